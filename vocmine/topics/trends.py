"""Topics over time: counts per day or week, and emerging topics.

Pure functions over a frame of topic assignments (``created_at`` or
``analysed_at``, ``topic_id``: what ``store.read_topic_assignments()`` or
``store.read_insights()`` return), so the run artifact, the exports and the
CLI all show the same numbers.

Example:
    >>> counts = topic_counts(store.read_topic_assignments(), freq="W")  # doctest: +SKIP
    >>> emerging_topics(counts, factor=2.0, min_count=5)                 # doctest: +SKIP
"""

from __future__ import annotations

import pandas as pd

FREQUENCIES = {"D": "D", "day": "D", "W": "W-MON", "week": "W-MON"}
"""Accepted ``freq`` values; weeks start on Monday (ISO)."""

COUNT_COLUMNS = ["period", "topic_id", "items", "share"]
EMERGING_COLUMNS = ["topic_id", "period", "items", "share", "baseline_share", "ratio"]


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
            (items without ``created_at`` use ``analysed_at`` when present,
            else are left out). Rows without a topic are left out.
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
    counts: pd.DataFrame,
    factor: float = 2.0,
    min_count: int = 5,
    baseline_periods: int = 4,
    period: pd.Timestamp | str | None = None,
) -> pd.DataFrame:
    """Return topics whose share jumped in a period against the periods before it.

    A topic is emerging in ``period`` when it has at least ``min_count``
    items there and its share is at least ``factor`` times its mean share
    over the ``baseline_periods`` periods before (a period in which it did
    not occur counts as share 0; a topic new in the window has an infinite
    ratio). Outliers (-1) are never flagged. With no earlier period there is
    no baseline, and nothing is flagged.

    Args:
        counts: What :func:`topic_counts` returned.
        factor: Share jump that flags a topic.
        min_count: Items a topic needs in ``period`` to be flagged.
        baseline_periods: How many earlier periods form the baseline.
        period: The period to judge (default: the newest in ``counts``).

    Returns:
        Columns ``topic_id, period, items, share, baseline_share, ratio``,
        largest ratio first.
    """
    empty = pd.DataFrame(columns=EMERGING_COLUMNS)
    if counts.empty:
        return empty
    periods = sorted(counts["period"].unique())
    current = pd.Timestamp(period) if period is not None else pd.Timestamp(periods[-1])
    earlier = [p for p in periods if pd.Timestamp(p) < current][-baseline_periods:]
    if not earlier:
        return empty
    now = counts[(counts["period"] == current) & (counts["topic_id"] != -1)]
    before = counts[counts["period"].isin(earlier)]
    baseline = before.groupby("topic_id")["share"].sum() / len(earlier)
    rows = []
    for row in now.itertuples():
        base = float(baseline.get(row.topic_id, 0.0))
        ratio = row.share / base if base > 0 else float("inf")
        if row.items >= min_count and ratio >= factor:
            rows.append(
                {
                    "topic_id": int(row.topic_id),
                    "period": current,
                    "items": int(row.items),
                    "share": float(row.share),
                    "baseline_share": base,
                    "ratio": ratio,
                }
            )
    if not rows:
        return empty
    return pd.DataFrame(rows, columns=EMERGING_COLUMNS).sort_values(
        ["ratio", "items"], ascending=False, ignore_index=True
    )
