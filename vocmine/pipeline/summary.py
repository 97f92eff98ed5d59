"""Fill a run's summary: counts, breakdowns, top and emerging topics, loop metrics."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pandas as pd

from vocmine.config import Settings
from vocmine.followups.workflow import followup_loop_metrics
from vocmine.pipeline.selection import Selection
from vocmine.schemas import (
    AnalysedItem,
    IngestResult,
    RunSummary,
)
from vocmine.store import Store
from vocmine.topics.trends import emerging_topics, period_label


def summarise(summary: RunSummary, analysed: Sequence[AnalysedItem]) -> None:
    """Fill the run summary's breakdowns from this run's insights (and the review share)."""
    for entry in analysed:
        insight = entry.insight
        if insight.error:
            summary.analysis_errors += 1
            continue
        if insight.needs_review:
            summary.marked_for_review += 1
            for reason in dict.fromkeys(r.split(":", 1)[0] for r in insight.review_reasons):
                summary.review_reasons[reason] = summary.review_reasons.get(reason, 0) + 1
        lang = insight.lang or "unknown"
        summary.by_language[lang] = summary.by_language.get(lang, 0) + 1
        label = insight.sentiment or "unknown"
        summary.by_sentiment[label] = summary.by_sentiment.get(label, 0) + 1
        for category in insight.categories:
            summary.by_category[category] = summary.by_category.get(category, 0) + 1
    judged = sum(1 for entry in analysed if not entry.insight.error)
    summary.review_share = round(summary.marked_for_review / judged, 4) if judged else 0.0


def complete_summary(
    settings: Settings,
    summary: RunSummary,
    store: Store,
    result: IngestResult,
    selection: Selection,
    analysed: Sequence[AnalysedItem],
    versions: dict[str, str],
) -> RunSummary:
    """Fill the summary's counts and breakdowns (exports and status are set later)."""
    summary.rows_in = result.rows_in
    summary.stored = len(selection.new)
    summary.updated = len(selection.changed)
    summary.quarantined = len(result.quarantined)
    summary.skipped_duplicates = result.skipped_duplicates + selection.unchanged
    summary.quarantine_reasons = _count(row.reason for row in result.quarantined)
    summarise(summary, analysed)
    summary.model_versions = versions
    topics = store.read_topics()
    if len(topics):
        counts = _count(str(a.insight.topic_id) for a in analysed if a.insight.topic_id is not None)
        ranked = [
            {"topic_id": int(t.topic_id), "label": t.label, "items": counts.get(str(t.topic_id), 0)}
            for t in topics.itertuples()
        ]
        ranked.sort(key=lambda t: -t["items"])
        summary.top_topics = ranked[:10]
        labels = {int(t.topic_id): t.label for t in topics.itertuples()}
        summary.emerging_topics = emerging_topics_this_week(store, labels, settings)
    loop = followup_loop_metrics(
        store.list_followups("all"), store.list_followup_events(), datetime.now(UTC), by=("team",)
    )
    summary.followup_loop = [
        {k: (None if pd.isna(v) else v) for k, v in row.items()}
        for row in loop.to_dict(orient="records")
    ]
    return summary


def emerging_topics_this_week(
    store: Store, labels: dict[int, str], settings: Settings
) -> list[dict]:
    """Return the topics emerging in the newest week of stored items.

    The one definition (:func:`vocmine.topics.trends.emerging_topics` with
    ``settings.topics.emerging_criteria()``), so the run summary, the Prefect
    artifact, ``vocmine topics trends``, the workbook and the report agree.
    """
    judged = emerging_topics(
        store.read_topic_assignments(), settings.topics.emerging_criteria(), freq="week"
    )
    return [
        {
            "topic_id": int(row.topic_id),
            "label": labels.get(int(row.topic_id), ""),
            "week": period_label(row.period),
            "items": int(row.items),
            "share": round(float(row.share), 4),
            "baseline_share": round(float(row.share_before), 4),
            "lift": round(float(row.lift), 2),
            "z": round(float(row.z), 2),
        }
        for row in judged[judged["emerging"]].itertuples()
    ]


def _count(values: object) -> dict[str, int]:
    counts: dict[str, int] = {}
    for value in values:  # type: ignore[attr-defined]
        counts[value] = counts.get(value, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))
