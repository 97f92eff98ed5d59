"""The closing-verdict scorer (bench/bench_closing_verdict.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from vocmine.sentiment.closing_verdict import ClosingVerdict

REPO = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location(
    "bench_closing_verdict", REPO / "bench" / "bench_closing_verdict.py"
)
bench = importlib.util.module_from_spec(spec)
sys.modules["bench_closing_verdict"] = bench
spec.loader.exec_module(bench)


def _out(text: str, label: str, proba: tuple[float, float, float]) -> dict:
    return {
        "text_redacted": text,
        "lang": "en",
        "sentiment": label,
        "sentiment_probabilities": dict(
            zip(("negative", "neutral", "positive"), proba, strict=True)
        ),
    }


def test_before_and_after_count_fixes_breaks_firings_and_agreement() -> None:
    rows = [
        {"sentiment": "positive"},  # fixed: the verdict beats a negative reading
        {"sentiment": "negative"},  # broken: a sarcastic "will be back" read as praise
        {"sentiment": "neutral"},  # no verdict, unchanged
    ]
    predicted = [
        _out("Food was cold. Still, we'll be back.", "negative", (0.7, 0.1, 0.2)),
        _out("Lost my bag again. Sure, we'll be back.", "negative", (0.6, 0.2, 0.2)),
        _out("When do you open?", "neutral", (0.1, 0.8, 0.1)),
    ]
    scores = bench.score(rows, predicted, ClosingVerdict().fit())
    assert scores["n"] == 3
    assert scores["fired"] == 2 and scores["agreed"] == 1
    assert scores["fixed"] == 1 and scores["broke"] == 1
    assert scores["acc_before"] == pytest.approx(2 / 3)
    assert scores["acc_after"] == pytest.approx(2 / 3)
