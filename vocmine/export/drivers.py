"""Score drivers: which categories and topics pull a rating, NPS or CSAT down or up.

For every category (and topic) the rated items are split into those *with* it
and those *without* it. A driver's effect is the difference in mean score
(with minus without) with a Welch 95% confidence interval, and the difference
in the share of promoters and of detractors. A driver whose interval excludes
zero is marked ``significant``.

Scores on different scales are never pooled: each source's scale is given
(``scales``) or inferred from its values (:func:`infer_scale`), and the
analysis runs once per scale.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats

from vocmine.export.trends import NO_TOPIC


@dataclass(frozen=True)
class ScoreScale:
    """A score scale and where its promoters and detractors start.

    Attributes:
        name: Shown in exports (``stars_1_5``, ``nps_0_10`` ...).
        low: Lowest possible score.
        high: Highest possible score.
        promoter_min: Scores at or above this are promoters (top box).
        detractor_max: Scores at or below this are detractors (bottom box).
    """

    name: str
    low: float
    high: float
    promoter_min: float
    detractor_max: float


STARS_5 = ScoreScale("stars_1_5", 1, 5, promoter_min=4, detractor_max=2)
"""Star rating (and CSAT) 1-5: 4-5 satisfied, 1-2 dissatisfied (top/bottom two boxes)."""
CSAT_5 = ScoreScale("csat_1_5", 1, 5, promoter_min=4, detractor_max=2)
"""CSAT 1-5, the same boxes as stars; name it explicitly in ``scales`` to label it."""
NPS_10 = ScoreScale("nps_0_10", 0, 10, promoter_min=9, detractor_max=6)
"""Net Promoter Score question 0-10: 9-10 promoters, 0-6 detractors."""
CES_7 = ScoreScale("ces_1_7", 1, 7, promoter_min=5, detractor_max=3)
"""Customer Effort Score 1-7 ("it was easy to ..."; 7 = strongly agree): 5-7 easy, 1-3 hard."""
SCALES: dict[str, ScoreScale] = {s.name: s for s in (STARS_5, CSAT_5, NPS_10, CES_7)}
"""Every scale by the name a source's ``score_scale`` uses."""

DRIVER_COLUMNS: tuple[str, ...] = (
    "scale",
    "driver_kind",
    "driver",
    "label",
    "n_with",
    "n_without",
    "mean_with",
    "mean_without",
    "mean_diff",
    "ci_low",
    "ci_high",
    "significant",
    "promoter_share_with",
    "promoter_share_without",
    "promoter_diff",
    "detractor_share_with",
    "detractor_share_without",
    "detractor_diff",
)
"""Columns of the drivers sheet and of :func:`score_drivers`."""


def infer_scale(scores: pd.Series) -> ScoreScale | None:
    """Return the scale a source's scores fit: 1-5 stars, else 0-10 NPS; None if neither.

    Integers within 1..5 read as stars; values within 0..10 with any 0 or
    above 5 read as NPS. Pass ``scales`` to :func:`score_drivers` when a
    source's values could be ambiguous (an NPS source that only saw 1-5).
    """
    values = pd.to_numeric(scores, errors="coerce").dropna()
    if values.empty:
        return None
    if values.min() >= 1 and values.max() <= 5:
        return STARS_5
    if values.min() >= 0 and values.max() <= 10:
        return NPS_10
    return None


def mean_difference_ci(
    with_scores: np.ndarray, without_scores: np.ndarray, confidence: float = 0.95
) -> tuple[float, float, float]:
    """Return ``(difference, low, high)`` of two means with a Welch interval.

    The interval is NaN when either group has fewer than two scores or both
    have no variance.
    """
    diff = float(with_scores.mean() - without_scores.mean())
    n1, n2 = len(with_scores), len(without_scores)
    if n1 < 2 or n2 < 2:
        return diff, math.nan, math.nan
    v1, v2 = with_scores.var(ddof=1) / n1, without_scores.var(ddof=1) / n2
    se = math.sqrt(v1 + v2)
    if se == 0:
        return diff, math.nan, math.nan
    dof = (v1 + v2) ** 2 / ((v1**2 / (n1 - 1) if v1 else 0) + (v2**2 / (n2 - 1) if v2 else 0))
    margin = float(stats.t.ppf(0.5 + confidence / 2, dof)) * se
    return diff, diff - margin, diff + margin


def _memberships(
    frame: pd.DataFrame, labels: Mapping[int, str]
) -> list[tuple[str, str, str, np.ndarray]]:
    """Return ``(kind, key, label, mask)`` for every category and topic of ``frame``."""
    out = []
    categories = frame["categories"].apply(lambda v: set(v) if isinstance(v, list) else set())
    for key in sorted(set().union(*categories)) if len(categories) else []:
        mask = categories.apply(lambda cats, k=key: k in cats).to_numpy()
        out.append(("category", key, key, mask))
    topic_ids = pd.to_numeric(frame["topic_id"], errors="coerce")
    for topic in sorted(int(t) for t in topic_ids.dropna().unique() if int(t) != NO_TOPIC):
        mask = (topic_ids == topic).to_numpy()
        out.append(("topic", str(topic), labels.get(topic, f"topic {topic}"), mask))
    return out


def score_drivers(
    table: pd.DataFrame,
    scales: Mapping[str, ScoreScale] | None = None,
    min_items: int = 5,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """Return the effect of each category and topic on the score, per scale.

    Args:
        table: The insight table (``rating``, ``source``, ``categories``,
            ``topic_id``, ``topic_label``).
        scales: Source name -> scale; sources not named are inferred with
            :func:`infer_scale` (sources whose scale cannot be told are skipped).
        min_items: Drivers with fewer rated items with (or without) them are left out.
        confidence: Level of the interval on the mean difference.

    Returns:
        :data:`DRIVER_COLUMNS`, per scale the strongest negative driver first
        (ascending ``mean_diff``).
    """
    scales = dict(scales or {})
    rated = table.assign(score=pd.to_numeric(table["rating"], errors="coerce"))
    rated = rated[rated["score"].notna()]
    labels = {
        int(t): str(lab)
        for t, lab in zip(rated["topic_id"], rated["topic_label"], strict=True)
        if pd.notna(t) and lab is not None and pd.notna(lab)
    }
    by_scale: dict[ScoreScale, list[pd.DataFrame]] = {}
    for source, group in rated.groupby("source", sort=True):
        scale = scales.get(str(source)) or infer_scale(group["score"])
        if scale is not None:
            by_scale.setdefault(scale, []).append(group)
    rows = []
    for scale, groups in by_scale.items():
        frame = pd.concat(groups, ignore_index=True)
        scores = frame["score"].to_numpy(dtype=float)
        promoters = scores >= scale.promoter_min
        detractors = scores <= scale.detractor_max
        for kind, key, label, mask in _memberships(frame, labels):
            n_with, n_without = int(mask.sum()), int((~mask).sum())
            if n_with < min_items or n_without < min_items:
                continue
            diff, low, high = mean_difference_ci(scores[mask], scores[~mask], confidence)
            prom_with, prom_without = promoters[mask].mean(), promoters[~mask].mean()
            det_with, det_without = detractors[mask].mean(), detractors[~mask].mean()
            rows.append(
                {
                    "scale": scale.name,
                    "driver_kind": kind,
                    "driver": key,
                    "label": label,
                    "n_with": n_with,
                    "n_without": n_without,
                    "mean_with": round(float(scores[mask].mean()), 3),
                    "mean_without": round(float(scores[~mask].mean()), 3),
                    "mean_diff": round(diff, 3),
                    "ci_low": round(low, 3),
                    "ci_high": round(high, 3),
                    "significant": bool(low > 0 or high < 0),
                    "promoter_share_with": round(float(prom_with), 3),
                    "promoter_share_without": round(float(prom_without), 3),
                    "promoter_diff": round(float(prom_with - prom_without), 3),
                    "detractor_share_with": round(float(det_with), 3),
                    "detractor_share_without": round(float(det_without), 3),
                    "detractor_diff": round(float(det_with - det_without), 3),
                }
            )
    out = pd.DataFrame(rows, columns=list(DRIVER_COLUMNS))
    if out.empty:
        return out
    return out.sort_values(["scale", "mean_diff"]).reset_index(drop=True)
