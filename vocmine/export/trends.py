"""Weekly views of the insight table: sentiment, topics, effort and emerging topics.

Weeks are ISO weeks (Monday to Sunday, UTC) of ``created_at``; items without a
date are left out of these views (they still appear in every other sheet).
Which topics are emerging is decided by :func:`vocmine.topics.trends.emerging_topics`
alone (the run summary and ``vocmine topics trends`` use it too); this module
only lays it out as a sheet.
"""

from __future__ import annotations

import pandas as pd

from vocmine.topics.trends import NO_TOPIC, EmergingCriteria, emerging_topics, period_label

__all__ = [
    "NO_TOPIC",
    "effort_signal_counts",
    "emerging_topics_view",
    "iso_week",
    "weekly_topic_shares",
    "weekly_trends",
]


def iso_week(created_at: pd.Series) -> pd.Series:
    """Return ``YYYY-Www`` labels (ISO year and week) of UTC timestamps; None when missing."""
    stamps = pd.to_datetime(created_at, utc=True)
    calendar = stamps.dt.isocalendar()
    labels = [
        f"{int(y)}-W{int(w):02d}" if pd.notna(y) else None
        for y, w in zip(calendar["year"], calendar["week"], strict=True)
    ]
    return pd.Series(labels, index=created_at.index, dtype=object)


def _dated(table: pd.DataFrame) -> pd.DataFrame:
    frame = table[table["created_at"].notna()].copy()
    frame["week"] = iso_week(frame["created_at"])
    return frame


def weekly_trends(table: pd.DataFrame) -> pd.DataFrame:
    """Return one row per ISO week: items, sentiment mix, mean score, effort, churn, rating.

    Args:
        table: The insight table (:func:`vocmine.export.tables.insights_table`).

    Returns:
        Columns ``week, items, negative, neutral, positive, negative_share,
        mean_sentiment_score, effort_items, churn_risk_items, rated_items,
        mean_rating``, weeks in order.
    """
    frame = _dated(table)
    columns = [
        "week",
        "items",
        "negative",
        "neutral",
        "positive",
        "negative_share",
        "mean_sentiment_score",
        "effort_items",
        "churn_risk_items",
        "rated_items",
        "mean_rating",
    ]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    rating = pd.to_numeric(frame["rating"], errors="coerce")
    frame = frame.assign(
        is_negative=(frame["sentiment"] == "negative").astype(int),
        is_neutral=(frame["sentiment"] == "neutral").astype(int),
        is_positive=(frame["sentiment"] == "positive").astype(int),
        effort_flag=frame["effort"].fillna(False).astype(bool).astype(int),
        churn_flag=frame["churn_risk"].fillna(False).astype(bool).astype(int),
        score=pd.to_numeric(frame["sentiment_score"], errors="coerce"),
        rating_value=rating,
    )
    grouped = frame.groupby("week", sort=True)
    out = pd.DataFrame(
        {
            "items": grouped.size(),
            "negative": grouped["is_negative"].sum(),
            "neutral": grouped["is_neutral"].sum(),
            "positive": grouped["is_positive"].sum(),
            "mean_sentiment_score": grouped["score"].mean().round(3),
            "effort_items": grouped["effort_flag"].sum(),
            "churn_risk_items": grouped["churn_flag"].sum(),
            "rated_items": grouped["rating_value"].count(),
            "mean_rating": grouped["rating_value"].mean().round(2),
        }
    )
    out["negative_share"] = (out["negative"] / out["items"]).round(3)
    return out.reset_index()[columns]


def weekly_topic_shares(table: pd.DataFrame, topics: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return one row per ISO week and topic: items and share of the week's items.

    Returns:
        Columns ``week, topic_id, topic_label, items, week_items, share``;
        outliers (topic -1) and items without a topic are counted in
        ``week_items`` but get no row.
    """
    frame = _dated(table)
    columns = ["week", "topic_id", "topic_label", "items", "week_items", "share"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    week_items = frame.groupby("week").size().rename("week_items")
    topical = frame[frame["topic_id"].notna()].copy()
    topical["topic_id"] = topical["topic_id"].astype(int)
    topical = topical[topical["topic_id"] != NO_TOPIC]
    if topical.empty:
        return pd.DataFrame(columns=columns)
    counts = topical.groupby(["week", "topic_id"]).size().rename("items").reset_index()
    counts = counts.merge(week_items.reset_index(), on="week")
    counts["share"] = (counts["items"] / counts["week_items"]).round(4)
    counts["topic_label"] = counts["topic_id"].map(_topic_labels(table, topics))
    return counts[columns].sort_values(["week", "items"], ascending=[True, False])


def _topic_labels(table: pd.DataFrame, topics: pd.DataFrame | None) -> dict[int, str]:
    labels: dict[int, str] = {}
    if topics is not None and len(topics):
        labels = {
            int(t): str(lab) for t, lab in zip(topics["topic_id"], topics["label"], strict=True)
        }
    for topic_id, label in zip(table["topic_id"], table["topic_label"], strict=True):
        if pd.notna(topic_id) and label is not None and pd.notna(label):
            labels.setdefault(int(topic_id), str(label))
    return labels


def emerging_topics_view(
    table: pd.DataFrame,
    topics: pd.DataFrame | None = None,
    criteria: EmergingCriteria | None = None,
) -> pd.DataFrame:
    """Return the ``emerging_topics`` sheet: :func:`vocmine.topics.trends.emerging_topics` by ISO week.

    Args:
        table: The insight table (``created_at``, ``topic_id``, ``topic_label``).
        topics: Topic descriptions for labels.
        criteria: Thresholds (``settings.topics.emerging_criteria()``; default
            :class:`~vocmine.topics.trends.EmergingCriteria`).

    Returns:
        One row per topic seen in the latest week: ``topic_id, topic_label,
        week, items_this_week, share_this_week, items_before, share_before,
        lift, z, emerging``; emerging first, then by lift.
    """
    judged = emerging_topics(table, criteria, freq="week")
    labels = _topic_labels(table, topics)
    return pd.DataFrame(
        {
            "topic_id": judged["topic_id"].astype("int64"),
            "topic_label": [labels.get(int(t)) for t in judged["topic_id"]],
            "week": [period_label(p) for p in judged["period"]],
            "items_this_week": judged["items"].astype("int64"),
            "share_this_week": judged["share"].astype(float).round(4),
            "items_before": judged["items_before"].astype("int64"),
            "share_before": judged["share_before"].astype(float).round(4),
            "lift": judged["lift"].astype(float).round(2),
            "z": judged["z"].astype(float).round(2),
            "emerging": judged["emerging"].astype(bool),
        }
    )


def effort_signal_counts(table: pd.DataFrame) -> pd.DataFrame:
    """Return how many items carry each effort signal, plus churn-risk items.

    Returns:
        Columns ``signal, items`` (``churn_risk`` last), most frequent signal first.
    """
    signals = table["effort_signals"].explode().dropna()
    counts = signals.value_counts().rename_axis("signal").reset_index(name="items")
    churn = int(table["churn_risk"].fillna(False).astype(bool).sum())
    extra = pd.DataFrame({"signal": ["churn_risk"], "items": [churn]})
    return pd.concat([counts, extra], ignore_index=True)
