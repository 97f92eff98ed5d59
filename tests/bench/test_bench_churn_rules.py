"""The churn-rule scorer (bench/bench_churn_rules.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location(
    "bench_churn_rules", REPO / "bench" / "bench_churn_rules.py"
)
bench = importlib.util.module_from_spec(spec)
sys.modules["bench_churn_rules"] = bench
spec.loader.exec_module(bench)


class _Detector:
    """Flags a text that holds "leave"."""

    def churn_risk(self, text: str, lang: str | None) -> bool:
        return "leave" in text


def test_precision_and_recall_count_gold_from_either_field() -> None:
    rows = [
        {"text": "I leave you", "lang": "en", "churn": True},
        {"text": "I stay", "lang": "en", "churn_risk": True},
        {"text": "leave it at the door", "lang": "de", "churn": False},
        {"text": "fine", "lang": "de", "churn": False},
    ]
    result = bench.score(_Detector(), rows)
    assert (result.tp, result.fp, result.fn) == (1, 1, 1)
    assert result.precision == 0.5 and result.recall == 0.5
    assert result.found_by_lang == {"en": [1, 2]}


def test_every_labelled_set_is_found_with_churn_items() -> None:
    sets = {name: rows for _use, name, rows in bench.labelled_sets()}
    assert len(sets["churn_blind"]) == 168
    assert len(sets["churn_sentences holdout"]) == 245
    for name, rows in sets.items():
        assert any(row.get("churn", row.get("churn_risk")) for row in rows), name
