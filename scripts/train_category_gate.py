"""Fit and save the shipped category gate (models/categories/gate_v1).

The gate (:mod:`vocmine.categorise.gate`) learns from documents the category heads
did not learn from: the lines ``bench/bench_category_checkset_lodo.py --recipes
stop56 --dump FILE`` writes, where every spent check set is analysed with both heads
fitted by the shipped recipe without it. The committed lines
(``data/train/category_gate/lodo_stop58.jsonl.gz``) hold the fourteen sets of stop 58
(gold and predicted categories, document scores, sentiment probabilities, lengths; no
text).
Refit the gate from a new dump whenever the heads' recipe or data change.
Deterministic; a few seconds.

Usage (``make train-category-gate``)::

    .venv/bin/python scripts/train_category_gate.py \
        --lines data/train/category_gate/lodo_stop58.jsonl.gz --out models/categories/gate_v1
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from a checkout without installing
    sys.path.insert(0, str(REPO))

from vocmine.categorise.gate import CategoryGate, gate_rows, read_gate_lines  # noqa: E402
from vocmine.categorise.head import CategoryHead  # noqa: E402
from vocmine.registry import STATIC_CATEGORY_HEAD_DIR  # noqa: E402

DEFAULT_LINES = REPO / "data" / "train" / "category_gate" / "lodo_stop58.jsonl.gz"


def main() -> None:
    """Parse the arguments, fit the gate and save it."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=Path, nargs="+", default=[DEFAULT_LINES])
    parser.add_argument(
        "--head",
        type=Path,
        default=STATIC_CATEGORY_HEAD_DIR,
        help="the category head the lines' scores come from (its embedder is recorded)",
    )
    parser.add_argument("--C", type=float, default=1.0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    lines = read_gate_lines(args.lines)
    rows = gate_rows(lines)
    head = CategoryHead.load(args.head)
    gate = CategoryGate(C=args.C, head_embedder=head.embedder_name).fit(
        rows.scores,
        rows.sentiment,
        rows.predicted,
        rows.gold,
        rows.score_keys,
        rows.categories,
        rows.chars,
        groups=[str(line.get("set")) for line in lines],
    )
    sets = sorted({str(line.get("set")) for line in lines})
    gate.save(
        args.out,
        extra={
            "trained_on": {
                "lines": [p.name for p in args.lines],
                "documents": len(lines),
                "sets": sets,
            }
        },
    )
    print(
        f"gate: {len(lines)} documents of {len(sets)} sets -> {args.out / 'gate.json'} "
        f"(documents of {gate.min_chars_}+ characters)"
    )
    for key, report in gate.fit_report_.items():
        print(f"  {key}: {report}")


if __name__ == "__main__":
    main()
