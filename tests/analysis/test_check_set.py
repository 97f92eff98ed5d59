"""Scoring analyse output against a labelled check set."""

import json
from pathlib import Path

import pytest

from vocmine.analysis.check_set import check_set_report, report_markdown
from vocmine.ingest.labelled import read_labelled_rows


def _gold(
    i: int,
    lang: str,
    sentiment: str,
    categories: list[str],
    churn: bool = False,
    effort: list[str] | None = None,
    split: str = "dev",
) -> dict:
    return {
        "id": f"{lang}-{i}",
        "lang": lang,
        "text": f"text {i}",
        "sentiment": sentiment,
        "categories": categories,
        "churn_risk": churn,
        "effort_signals": effort or [],
        "split": split,
    }


def _pred(gold: dict, **changes: object) -> dict:
    row = {
        k: gold[k]
        for k in ("id", "lang", "sentiment", "categories", "churn_risk", "effort_signals")
    }
    row.update(changes)
    return row


def test_perfect_output_scores_one() -> None:
    gold = [
        _gold(1, "pl", "negative", ["delivery"], churn=True, effort=["long_wait"]),
        _gold(2, "de", "positive", ["praise"]),
    ]
    report = check_set_report(gold, [_pred(g) for g in gold])
    assert report["sentiment"]["accuracy"] == 1.0
    assert report["categories"]["micro_f1"] == 1.0
    assert report["churn"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "support": 1,
        "flagged": 1,
    }
    assert report["effort_signals"]["long_wait"]["recall"] == 1.0


def test_errors_count_per_language_and_category() -> None:
    gold = [
        _gold(1, "pl", "negative", ["delivery", "wait_time"]),
        _gold(2, "pl", "positive", ["praise"]),
        _gold(3, "de", "negative", ["pricing"], churn=True),
    ]
    pred = [
        _pred(gold[0], categories=["delivery"]),
        _pred(gold[1], sentiment="negative"),
        _pred(gold[2], categories=["other"], churn_risk=False),
    ]
    report = check_set_report(gold, pred)
    assert report["sentiment"]["by_lang"]["pl"]["accuracy"] == 0.5
    assert report["sentiment"]["by_lang"]["de"]["accuracy"] == 1.0
    by_cat = report["categories"]["by_category"]
    assert by_cat["wait_time"]["recall"] == 0.0
    assert by_cat["delivery"]["f1"] == 1.0
    assert report["categories"]["stray_predictions"] == {"other": 1}
    assert report["churn"]["recall"] == 0.0
    # 2 of 4 gold labels found, no false positive among gold labels
    assert report["categories"]["micro_f1"] == pytest.approx(2 * 1.0 * 0.5 / 1.5, abs=1e-4)


def test_missing_output_counts_as_nothing_predicted() -> None:
    gold = [_gold(1, "en", "negative", ["billing"]), _gold(2, "en", "neutral", ["other"])]
    report = check_set_report(gold, [_pred(gold[1])])
    assert report["missing"] == 1
    assert report["sentiment"]["accuracy"] == 0.5
    assert "billing" in report["categories"]["by_category"]
    assert "| en | 2 |" in report_markdown(report, "t")


def test_unrelated_output_is_refused() -> None:
    with pytest.raises(ValueError, match="no predicted row"):
        check_set_report([_gold(1, "en", "negative", [])], [{"id": "zzz"}])


def test_read_labelled_rows_filters_split_and_rejects_repeats(tmp_path: Path) -> None:
    rows = [
        _gold(1, "pl", "negative", [], split="dev"),
        _gold(2, "pl", "neutral", [], split="blind"),
    ]
    (tmp_path / "pl.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    assert [r["id"] for r in read_labelled_rows([tmp_path], "dev")] == ["pl-1"]
    assert len(read_labelled_rows([tmp_path])) == 2
    (tmp_path / "pl2.jsonl").write_text(json.dumps(rows[0]) + "\n")
    with pytest.raises(ValueError, match="repeats"):
        read_labelled_rows([tmp_path])
    with pytest.raises(FileNotFoundError):
        read_labelled_rows([tmp_path / "nope.jsonl"])


def test_aspects_count_category_and_polarity_together() -> None:
    gold = [
        {
            "id": "1",
            "lang": "en",
            "aspect_sentiment": {"delivery": "negative", "staff_attitude": "positive"},
        },
        {"id": "2", "lang": "en", "aspect_sentiment": {}},
        {"id": "3", "lang": "en"},  # no gold aspects: not scored
    ]
    predicted = [
        {"id": "1", "aspect_sentiment": {"delivery": "negative", "staff_attitude": "negative"}},
        {"id": "2", "aspect_sentiment": {"pricing": "negative"}},
        {"id": "3", "aspect_sentiment": {"pricing": "negative"}},
    ]
    aspects = check_set_report(gold, predicted)["aspects"]
    assert (aspects["support"], aspects["flagged"]) == (2, 3)
    assert aspects["precision"] == round(1 / 3, 4)
    assert aspects["recall"] == 0.5
    assert "aspect (category, polarity)" in report_markdown(check_set_report(gold, predicted), "t")
