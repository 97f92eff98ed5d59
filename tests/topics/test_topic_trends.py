"""Tests for vocmine.topics.trends: topic counts per day/week and emerging topics."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from vocmine.topics.trends import EmergingCriteria, emerging_topics, period_label, topic_counts


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


def _z(k: int, n: int, k0: int, n0: int) -> float:
    pooled = (k + k0) / (n + n0)
    return (k / n - k0 / n0) / math.sqrt(pooled * (1 - pooled) * (1 / n + 1 / n0))


def flagged_ids(judged: pd.DataFrame) -> list[int]:
    return judged.loc[judged["emerging"], "topic_id"].tolist()


def test_emerging_topic_is_flagged_against_its_baseline() -> None:
    frame = assignments(WEEK)
    judged = emerging_topics(frame, EmergingCriteria(min_items=5, baseline_periods=4), freq="day")
    assert flagged_ids(judged) == [3]
    row = judged.iloc[0]
    # Saturday: 12 of 27 items; baseline Tue..Fri: 2 of 16 + 15 + 16 + 17 = 64 items.
    assert (row["items"], row["items_before"]) == (12, 2)
    assert row["share"] == pytest.approx(12 / 27)
    assert row["share_before"] == pytest.approx(2 / 64)
    assert row["lift"] == pytest.approx((12 / 27) / (2 / 64))
    assert row["z"] == pytest.approx(_z(12, 27, 2, 64))
    # The steady topics are judged (listed) but not flagged; outliers are never listed.
    assert set(judged["topic_id"]) == {0, 1, 3}
    # Too few items, or a higher bar, flags nothing.
    assert not flagged_ids(emerging_topics(frame, EmergingCriteria(min_items=13), freq="day"))
    assert not flagged_ids(emerging_topics(frame, EmergingCriteria(min_lift=50), freq="day"))
    assert not flagged_ids(emerging_topics(frame, EmergingCriteria(min_z=10), freq="day"))
    # A day before the burst is quiet.
    assert not flagged_ids(emerging_topics(frame, freq="day", period="2026-03-06"))


def test_a_jump_on_few_items_fails_the_z_test() -> None:
    # 5 of 100 items before, 3 of 20 now: share x3, but z = 1.64 < 1.96.
    frame = assignments(
        {
            "2026-02-23": {0: 95, 9: 5},
            "2026-03-02": {0: 17, 9: 3},
        }
    )
    judged = emerging_topics(frame).set_index("topic_id")
    assert judged.loc[9, "lift"] == pytest.approx(3.0)
    assert judged.loc[9, "z"] == pytest.approx(_z(3, 20, 5, 100)) and judged.loc[9, "z"] < 1.96
    assert not judged.loc[9, "emerging"]
    assert judged.loc[9, "period"] == pd.Timestamp("2026-03-02")


def test_brand_new_topic_gets_a_smoothed_finite_lift_and_no_history_flags_nothing() -> None:
    frame = assignments({"2026-03-02": {0: 10}, "2026-03-03": {0: 10, 7: 6}})
    judged = emerging_topics(frame, EmergingCriteria(min_items=5), freq="day")
    assert flagged_ids(judged) == [7]
    assert judged.iloc[0]["lift"] == pytest.approx((6 / 16) / (0.5 / 10))
    assert emerging_topics(assignments({"2026-03-02": {0: 10}})).empty
    assert topic_counts(pd.DataFrame({"created_at": [], "topic_id": []})).empty
    assert emerging_topics(pd.DataFrame({"created_at": [], "topic_id": []})).empty


def test_emerging_dates_items_by_created_at_only() -> None:
    # Undated items analysed in the newest week would look like a burst there.
    frame = assignments({"2026-02-23": {0: 20, 4: 1}, "2026-03-02": {0: 20}})
    undated = pd.DataFrame({"created_at": [None] * 8, "topic_id": [4] * 8})
    frame = pd.concat([frame, undated], ignore_index=True)
    frame["analysed_at"] = "2026-03-04T01:00Z"
    counts = topic_counts(frame, freq="week")
    assert 4 in counts.loc[counts["period"] == pd.Timestamp("2026-03-02"), "topic_id"].tolist()
    assert not flagged_ids(emerging_topics(frame))


def test_period_labels_are_iso_weeks() -> None:
    assert period_label(pd.Timestamp("2026-03-02")) == "2026-W10"
    assert period_label(pd.Timestamp("2026-03-02"), freq="day") == "2026-03-02"
