"""Tests for vocmine.topics.trends: topic counts per day/week and emerging topics."""

from __future__ import annotations

import pandas as pd
import pytest

from vocmine.topics.trends import emerging_topics, topic_counts


def assignments(per_day: dict[str, dict[int, int]]) -> pd.DataFrame:
    rows = [
        {"created_at": f"{day}T{9 + i % 8:02d}:00:00Z", "topic_id": topic}
        for day, topics in per_day.items()
        for topic, n in topics.items()
        for i in range(n)
    ]
    return pd.DataFrame(rows)


# Five quiet days, then a burst of topic 3 (say, "app crashes after update") on Saturday.
WEEK = {
    "2026-03-02": {0: 10, 1: 5, 3: 1, -1: 1},
    "2026-03-03": {0: 9, 1: 6, 3: 1},
    "2026-03-04": {0: 11, 1: 4},
    "2026-03-05": {0: 10, 1: 5, 3: 1},
    "2026-03-06": {0: 12, 1: 5},
    "2026-03-07": {0: 10, 1: 5, 3: 12},
}


def test_daily_counts_and_shares() -> None:
    counts = topic_counts(assignments(WEEK), freq="D")
    assert list(counts.columns) == ["period", "topic_id", "items", "share"]
    monday = counts[counts["period"] == pd.Timestamp("2026-03-02")]
    assert dict(zip(monday["topic_id"], monday["items"], strict=True)) == {-1: 1, 0: 10, 1: 5, 3: 1}
    assert monday["share"].sum() == pytest.approx(1.0)
    assert counts.groupby("period")["share"].sum().round(9).eq(1.0).all()


def test_weekly_counts_start_on_monday() -> None:
    frame = assignments({"2026-03-01": {0: 2}, "2026-03-02": {0: 3}, "2026-03-08": {0: 1}})
    counts = topic_counts(frame, freq="week")
    assert counts["period"].tolist() == [pd.Timestamp("2026-02-23"), pd.Timestamp("2026-03-02")]
    assert counts["items"].tolist() == [2, 4]


def test_missing_created_at_falls_back_to_analysed_at_and_rows_without_topic_are_left_out() -> None:
    frame = pd.DataFrame(
        {
            "created_at": [None, "2026-03-02T10:00Z", "2026-03-02T11:00Z"],
            "analysed_at": ["2026-03-03T01:00Z", "2026-03-03T01:00Z", "2026-03-03T01:00Z"],
            "topic_id": [1, 2, None],
        }
    )
    counts = topic_counts(frame)
    assert counts[["topic_id", "items"]].values.tolist() == [[2, 1], [1, 1]]


def test_emerging_topic_is_flagged_against_its_baseline() -> None:
    counts = topic_counts(assignments(WEEK))
    flagged = emerging_topics(counts, factor=2.0, min_count=5, baseline_periods=4)
    assert flagged["topic_id"].tolist() == [3]
    row = flagged.iloc[0]
    assert row["items"] == 12
    assert row["baseline_share"] == pytest.approx((1 / 16 + 0 + 1 / 16 + 0) / 4)  # Tue..Fri
    assert row["ratio"] > 2.0
    # Too few items, or a higher bar, flags nothing; outliers are never flagged.
    assert emerging_topics(counts, min_count=13).empty
    assert emerging_topics(counts, factor=50).empty
    # A day before the burst is quiet.
    assert emerging_topics(counts, period="2026-03-06").empty


def test_brand_new_topic_has_infinite_ratio_and_no_history_flags_nothing() -> None:
    counts = topic_counts(assignments({"2026-03-02": {0: 10}, "2026-03-03": {0: 10, 7: 6}}))
    flagged = emerging_topics(counts, min_count=5)
    assert flagged["topic_id"].tolist() == [7] and flagged["ratio"].iloc[0] == float("inf")
    assert emerging_topics(topic_counts(assignments({"2026-03-02": {0: 10}}))).empty
    assert topic_counts(pd.DataFrame({"created_at": [], "topic_id": []})).empty
