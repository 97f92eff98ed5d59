"""The Markdown run summary (the Prefect artifact)."""

from __future__ import annotations

from datetime import UTC, datetime

from vocmine.export.run_summary import run_summary_markdown
from vocmine.schemas import RunSummary


def test_summary_markdown_has_counts_breakdowns_topics_and_exports():
    summary = RunSummary(
        run_id="20261120T020000Z-abc123",
        started_at=datetime(2026, 11, 20, 2, tzinfo=UTC),
        status="completed",
        rows_in=10,
        stored=7,
        quarantined=2,
        skipped_duplicates=1,
        followups_opened=3,
        marked_for_review=2,
        review_share=0.2857,
        review_reasons={"sentiment_uncertain": 2, "category_none": 1},
        by_language={"pl": 4, "cs": 3},
        by_category={"delivery": 5, "billing": 2},
        top_topics=[{"topic_id": 4, "label": "przesyłka, kurier", "items": 5}],
        emerging_topics=[
            {
                "topic_id": 4,
                "label": "przesyłka, kurier",
                "week": "2026-11-16",
                "items": 5,
                "share": 0.5,
                "baseline_share": 0.1,
            }
        ],
        quarantine_reasons={"empty_text": 2},
        followup_loop=[
            {
                "team": "finance-care",
                "cases": 4,
                "open": 3,
                "overdue": 1,
                "hours_to_first_contact_median": 2.5,
                "hours_to_resolve_median": None,
                "within_sla_share": 0.5,
                "reopen_rate": None,
            },
        ],
        exports={"csv": "/out/insights.csv"},
    )
    text = run_summary_markdown(summary)
    assert "Rows in **10** = stored 7 + updated 0 + quarantined 2 + skipped duplicates 1" in text
    assert "| delivery | 5 |" in text and "| pl | 4 |" in text
    assert "| 4 | przesyłka, kurier | 5 |" in text
    assert "Emerging topics" in text and "50.0%" in text and "10.0%" in text
    assert "| empty_text | 2 |" in text
    assert "Marked for review: **2** (29% of the items analysed)" in text
    assert "Marked for review, by reason" in text and "| sentiment_uncertain | 2 |" in text
    assert "`/out/insights.csv`" in text
    assert "| finance-care | 4 | 3 | 1 | 2.5 | - | 50% | - |" in text
