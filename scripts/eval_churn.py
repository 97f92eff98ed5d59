"""Churn precision and recall of the signal detector on the hand-written category sets.

``tune``: categories_eval.jsonl and split ``a`` of categories_heldout.jsonl (rules may be
tuned on these); ``heldout``: splits ``b``, ``c``, ``d`` (never tune on them)::

    PYTHONPATH=. python scripts/eval_churn.py heldout
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from vocmine.categorise import SignalDetector

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"


def rows_of(which: str) -> list[dict]:
    """Return the labelled rows of the ``tune`` or ``heldout`` part."""
    heldout = [json.loads(line) for line in (EVAL / "categories_heldout.jsonl").open()]
    if which == "tune":
        tune = [json.loads(line) for line in (EVAL / "categories_eval.jsonl").open()]
        return tune + [r for r in heldout if r["split"] == "a"]
    return [r for r in heldout if r["split"] in ("b", "c", "d")]


def main() -> None:
    """Print precision, recall and F1 of ``churn_risk`` (and counts per language) as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part", choices=["tune", "heldout"])
    args = parser.parse_args()
    detector = SignalDetector().fit()
    rows = rows_of(args.part)
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        predicted, gold = detector.churn_risk(row["text"], row["lang"]), bool(row["churn_risk"])
        if predicted or gold:
            per_lang[row["lang"]][0 if predicted and gold else 1 if predicted else 2] += 1
    tp, fp, fn = (sum(counts[k] for counts in per_lang.values()) for k in range(3))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        json.dumps(
            {
                "part": args.part,
                "items": len(rows),
                "gold_churn": tp + fn,
                "tp": tp,
                "fp": fp,
                "fn": fn,
                "precision": round(precision, 3),
                "recall": round(recall, 3),
                "f1": round(f1, 3),
                "tp_fp_fn_by_lang": dict(per_lang),
            }
        )
    )


if __name__ == "__main__":
    main()
