"""Churn precision and recall of the taxonomy's rules on every labelled set, held out or not.

The rules (``SignalDetector.churn_risk``) are scored on the hand-written sets, each
marked by what it may be used for:

- ``tune``: rules may be written from these (churn_sentences ``train``, support
  ``train``, the check set's ``dev`` half, churn_contexts ``train``);
- ``held out``: never read while writing rules (churn_sentences ``holdout``, support
  ``holdout``, churn_contexts ``holdout``, categories_heldout splits ``b``/``c``/``d``);
- ``blind``: data/eval/churn_blind and data/eval/realistic_blind2, written by separate
  authors who saw neither the rules nor the training data; counts only.

It also counts how often churn fires on up to 3,000 texts per public set of
../shared/data (nearly all of them not churn), and how long the signal rules take::

    PYTHONPATH=. .venv/bin/python bench/bench_churn_rules.py [--no-public]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from vocmine.categorise import SignalDetector

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
PUBLIC_PER_SET = 3000


@dataclass
class ChurnScore:
    """Counts of one set: true and false positives, misses, and the gold items per language."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    found_by_lang: dict[str, list[int]] = field(default_factory=dict)

    def add(self, gold: bool, predicted: bool, lang: str) -> None:
        """Count one item."""
        self.tp += gold and predicted
        self.fp += predicted and not gold
        self.fn += gold and not predicted
        if gold:
            found, total = self.found_by_lang.get(lang, [0, 0])
            self.found_by_lang[lang] = [found + predicted, total + 1]

    @property
    def precision(self) -> float:
        """Share of flagged items that are churn (0 when nothing is flagged)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of churn items flagged (0 when there are none)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


def score(detector: SignalDetector, rows: Iterable[dict]) -> ChurnScore:
    """Return the churn counts of ``rows`` (gold in ``churn_risk`` or ``churn``)."""
    result = ChurnScore()
    for row in rows:
        gold = bool(row.get("churn_risk", row.get("churn")))
        result.add(gold, detector.churn_risk(row["text"], row["lang"]), row["lang"])
    return result


def _rows(pattern: str, splits: set[str] | None) -> list[dict]:
    rows = []
    for path in sorted(ROOT.glob(pattern)):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if splits is None or row.get("split") in splits:
                    rows.append(row)
    return rows


def labelled_sets() -> list[tuple[str, str, list[dict]]]:
    """Return (use, name, rows) of every labelled churn set in the repository."""
    return [
        ("tune", "churn_sentences train", _rows("data/train/churn_sentences/*.jsonl", {"train"})),
        ("tune", "support train", _rows("data/train/support/*.jsonl", {"train"})),
        ("tune", "check set dev", _rows("data/eval/realistic/*.jsonl", {"dev"})),
        ("tune", "churn_contexts train", _rows("data/train/churn_contexts/*/*.jsonl", {"train"})),
        (
            "held out",
            "churn_sentences holdout",
            _rows("data/train/churn_sentences/*.jsonl", {"holdout"}),
        ),
        ("held out", "support holdout", _rows("data/train/support/*.jsonl", {"holdout"})),
        (
            "held out",
            "churn_contexts holdout",
            _rows("data/train/churn_contexts/*/*.jsonl", {"holdout"}),
        ),
        (
            "held out",
            "categories_heldout b/c/d",
            _rows("data/eval/categories_heldout.jsonl", {"b", "c", "d"}),
        ),
        ("blind", "churn_blind", _rows("data/eval/churn_blind/*.jsonl", None)),
        ("blind", "check set blind2", _rows("data/eval/realistic_blind2/*.jsonl", None)),
    ]


def public_fires(detector: SignalDetector, seed: int = 1) -> tuple[int, int]:
    """Return (texts, churn fires) on up to PUBLIC_PER_SET texts of each public set."""
    texts = fires = 0
    for path in sorted(SHARED.glob("*/data.jsonl")):
        with path.open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle]
        random.Random(seed).shuffle(rows)
        for row in rows[:PUBLIC_PER_SET]:
            if isinstance(row.get("text"), str):
                texts += 1
                fires += detector.churn_risk(row["text"], row.get("lang"))
    return texts, fires


def main() -> None:
    """Print churn precision / recall per set, and the public fire rate."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-public", action="store_true", help="skip ../shared/data")
    args = parser.parse_args()
    detector = SignalDetector().fit()
    print(
        f"{'use':9s} {'set':28s} {'items':>5s} {'churn':>5s} {'P':>6s} {'R':>6s}  found by language"
    )
    for use, name, rows in labelled_sets():
        result = score(detector, rows)
        by_lang = " ".join(f"{k} {f}/{n}" for k, (f, n) in sorted(result.found_by_lang.items()))
        print(
            f"{use:9s} {name:28s} {len(rows):5d} {result.tp + result.fn:5d} "
            f"{result.precision:6.3f} {result.recall:6.3f}  {by_lang}"
        )
    if not args.no_public and SHARED.is_dir():
        started = time.perf_counter()
        texts, fires = public_fires(detector)
        seconds = time.perf_counter() - started
        print(
            f"public texts: {texts}, churn fires {fires} ({1000 * fires / max(texts, 1):.1f} "
            f"per 1,000), {seconds:.1f} s"
        )


if __name__ == "__main__":
    main()
