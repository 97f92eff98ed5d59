"""The run summary counts the items marked for review and their share."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from vocmine.pipeline.summary import summarise
from vocmine.schemas import AnalysedItem, FeedbackItem, Insight, RunSummary


def entry(n: int, reasons: list[str], error: str | None = None) -> AnalysedItem:
    item = FeedbackItem(source="s", external_id=str(n), text=f"text {n}")
    insight = Insight(
        id=item.item_id,
        lang="pl",
        sentiment="neutral",
        needs_review=bool(reasons),
        review_reasons=reasons,
        error=error,
    )
    return AnalysedItem(item, insight, content_hash=str(n))


def test_summary_counts_marked_items_their_share_and_reasons():
    summary = RunSummary(run_id="r", started_at=datetime(2026, 11, 20, tzinfo=UTC))
    summarise(
        summary,
        [
            entry(1, ["sentiment_uncertain", "category_uncertain:delivery"]),
            entry(2, ["category_uncertain:billing", "category_uncertain:delivery"]),
            entry(3, []),
            entry(4, []),
            entry(5, [], error="analysis failed"),  # not judged: not in the share
        ],
    )
    assert summary.marked_for_review == 2
    assert summary.review_share == pytest.approx(0.5)
    # An item counts once per kind of reason, whatever the category.
    assert summary.review_reasons == {"sentiment_uncertain": 1, "category_uncertain": 2}
    assert summary.to_dict()["review_share"] == pytest.approx(0.5)


def test_a_run_without_analysed_items_has_no_share():
    summary = RunSummary(run_id="r", started_at=datetime(2026, 11, 20, tzinfo=UTC))
    summarise(summary, [entry(1, ["language_uncertain"], error="redaction failed")])
    assert summary.marked_for_review == 0 and summary.review_share == 0.0
