"""Topics over time: counts per day or week, and the one definition of an emerging topic.

Pure functions over a frame of topic assignments (``created_at``, optionally
``analysed_at``, and ``topic_id``: what ``store.read_topic_assignments()``
returns, or the export's insight table), so the run summary, the Prefect
artifact, ``vocmine topics trends``, the workbook and the HTML report all name
the same emerging topics.

Example:
    >>> counts = topic_counts(store.read_topic_assignments(), freq="W")  # doctest: +SKIP
    >>> flagged = emerging_topics(store.read_topic_assignments())        # doctest: +SKIP
    >>> flagged[flagged["emerging"]]                                     # doctest: +SKIP
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

FREQUENCIES = {"D": "D", "day": "D", "W": "W-MON", "week": "W-MON"}
"""Accepted ``freq`` values; weeks start on Monday (ISO weeks, UTC)."""

NO_TOPIC = -1
"""BERTopic's outlier topic id: counted in a period's items, never flagged itself."""

COUNT_COLUMNS = ["period", "topic_id", "items", "share"]
EMERGING_COLUMNS = [
    "topic_id",
    "period",
    "items",
    "share",
    "items_before",
    "share_before",
    "lift",
    "z",
    "emerging",
]


@dataclass(frozen=True, slots=True)
class EmergingCriteria:
    """When a topic counts as emerging in a period (``topics.emerging_*`` settings).

    Attributes:
        min_items: Items the topic needs in the period.
        min_lift: Its share must be at least this many times its smoothed
            share over the baseline periods.
        min_z: ... and a two-proportion z-test (period against baseline) must
            reach this (1.96: one-sided p of about 0.025).
        baseline_periods: How many earlier periods with data form the baseline.
    """

    min_items: int = 3
    min_lift: float = 2.0
    min_z: float = 1.96
    baseline_periods: int = 4


def _periods(times: pd.Series, freq: str) -> pd.Series:
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {sorted(FREQUENCIES)}, not {freq!r}")
    stamps = pd.to_datetime(times, utc=True).dt.tz_convert(None)
    if FREQUENCIES[freq] == "D":
        return stamps.dt.floor("D")
    return (stamps - pd.to_timedelta(stamps.dt.day_of_week, unit="D")).dt.floor("D")


def topic_counts(assignments: pd.DataFrame, freq: str = "D") -> pd.DataFrame:
    """Return how many items each topic had per day or week, and its share.

    Args:
        assignments: One row per item with ``topic_id`` and ``created_at``
            (items without ``created_at`` use ``analysed_at`` when that column
            is present, else are left out). Rows without a topic are left out.
        freq: ``"D"``/``"day"`` or ``"W"``/``"week"`` (Monday-based weeks).

    Returns:
        Columns ``period`` (day or week start, naive UTC), ``topic_id``,
        ``items`` and ``share`` (of all items with a topic in that period,
        outliers -1 included), sorted by period then topic id.

    Example:
        >>> frame = pd.DataFrame({
        ...     "created_at": ["2026-03-02T10:00Z", "2026-03-02T12:00Z", "2026-03-03T09:00Z"],
        ...     "topic_id": [1, 2, 1]})
        >>> topic_counts(frame).to_dict("records")[0]["share"]
        0.5
    """
    frame = assignments[assignments["topic_id"].notna()].copy()
    times = pd.to_datetime(frame["created_at"], utc=True)
    if "analysed_at" in frame:
        times = times.fillna(pd.to_datetime(frame["analysed_at"], utc=True))
    frame = frame.assign(_time=times)[times.notna()]
    if frame.empty:
        return pd.DataFrame(
            {
                c: pd.Series(dtype=t)
                for c, t in zip(
                    COUNT_COLUMNS, ["datetime64[ns]", "int64", "int64", "float64"], strict=True
                )
            }
        )
    frame["period"] = _periods(frame["_time"], freq)
    frame["topic_id"] = frame["topic_id"].astype("int64")
    counts = frame.groupby(["period", "topic_id"]).size().rename("items").reset_index()
    totals = counts.groupby("period")["items"].transform("sum")
    counts["share"] = counts["items"] / totals
    counts["items"] = counts["items"].astype("int64")
    return counts.sort_values(["period", "topic_id"], ignore_index=True)[COUNT_COLUMNS]


def emerging_topics(
    assignments: pd.DataFrame,
    criteria: EmergingCriteria | None = None,
    freq: str = "week",
    period: pd.Timestamp | str | None = None,
) -> pd.DataFrame:
    """Return every topic of the newest period, judged against the periods before it.

    The period (default: the newest with a dated topic assignment) is compared
    with the ``criteria.baseline_periods`` periods with data before it. With
    ``k`` of the period's ``n`` items in the topic and ``k0`` of the
    baseline's ``n0``:

    * ``lift = (k / n) / (max(k0, 0.5) / n0)``: a topic absent before counts
      as half an item, so a brand-new topic gets a large but finite lift;
    * ``z``: the two-proportion z-test of ``k / n`` against ``k0 / n0``
      (pooled standard error), so a jump on a handful of items is not enough;
    * *emerging* when ``k >= min_items``, ``lift >= min_lift`` and
      ``z >= min_z``.

    ``n`` counts the period's items that went through the topic stage
    (outliers -1 included; items without a topic are left out). Only
    ``created_at`` dates an item here: ``analysed_at`` is ignored, since
    undated items back-filled in one run would look like a burst in the week
    they were analysed. Outliers (-1) are never flagged; with no earlier
    period nothing is returned.

    Args:
        assignments: One row per item with ``created_at`` and ``topic_id``
            (``store.read_topic_assignments()`` or the export's insight table).
        criteria: Thresholds (default :class:`EmergingCriteria`).
        freq: ``"week"`` (default, Monday-based ISO weeks) or ``"day"``.
        period: The period to judge (its start; default the newest).

    Returns:
        Columns ``topic_id, period, items, share, items_before, share_before,
        lift, z, emerging``: one row per topic seen in the period, emerging
        first, then by lift and items.

    Example:
        >>> frame = pd.DataFrame({
        ...     "created_at": ["2026-03-02T10:00Z"] * 20 + ["2026-03-09T10:00Z"] * 20,
        ...     "topic_id": [0] * 20 + [0] * 12 + [5] * 8})
        >>> emerging_topics(frame)[["topic_id", "items", "emerging"]].values.tolist()
        [[5, 8, True], [0, 12, False]]
    """
    criteria = criteria or EmergingCriteria()
    empty = pd.DataFrame({c: pd.Series(dtype=object) for c in EMERGING_COLUMNS})
    dated = assignments[["created_at", "topic_id"]]
    counts = topic_counts(dated, freq=freq)
    if counts.empty:
        return empty
    totals = counts.groupby("period")["items"].sum()
    periods = list(totals.index)
    current = pd.Timestamp(period) if period is not None else pd.Timestamp(periods[-1])
    earlier = [p for p in periods if p < current][-criteria.baseline_periods :]
    if not earlier or current not in totals.index:
        return empty
    n_now = int(totals[current])
    n_before = int(totals[earlier].sum())
    before = counts[counts["period"].isin(earlier)].groupby("topic_id")["items"].sum()
    now = counts[(counts["period"] == current) & (counts["topic_id"] != NO_TOPIC)]
    rows = []
    for row in now.itertuples(index=False):
        k_now, k_before = int(row.items), int(before.get(row.topic_id, 0))
        p_now, p_before = k_now / n_now, k_before / n_before
        lift = p_now / (max(k_before, 0.5) / n_before)
        pooled = (k_now + k_before) / (n_now + n_before)
        se = math.sqrt(pooled * (1 - pooled) * (1 / n_now + 1 / n_before))
        z = (p_now - p_before) / se if se > 0 else 0.0
        rows.append(
            {
                "topic_id": int(row.topic_id),
                "period": current,
                "items": k_now,
                "share": p_now,
                "items_before": k_before,
                "share_before": p_before,
                "lift": lift,
                "z": z,
                "emerging": bool(
                    k_now >= criteria.min_items
                    and lift >= criteria.min_lift
                    and z >= criteria.min_z
                ),
            }
        )
    if not rows:
        return empty
    return pd.DataFrame(rows, columns=EMERGING_COLUMNS).sort_values(
        ["emerging", "lift", "items"], ascending=False, ignore_index=True
    )


def period_label(period: pd.Timestamp, freq: str = "week") -> str:
    """Return ``YYYY-Www`` (ISO year and week) for a week, ``YYYY-MM-DD`` for a day."""
    stamp = pd.Timestamp(period)
    if FREQUENCIES.get(freq) == "W-MON":
        year, week, _ = stamp.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{stamp:%Y-%m-%d}"
