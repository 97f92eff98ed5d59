"""Which insights need a person to check their labels (``needs_review``).

The rule (:func:`review_reasons`): an item is marked for review when any of

* ``sentiment_uncertain``: the sentiment model's top class probability is
  below ``sentiment_min_top``;
* ``category_uncertain:<key>``: a category's score lies within
  ``category_band`` of the categoriser's threshold (either side; the
  fallback category ``other`` is not judged);
* ``category_none``: no category scores even ``threshold - category_band``
  (the item got the fallback and may be about something the taxonomy misses:
  on held-out labels these items are wrong about half the time);
* ``effort_uncertain`` / ``churn_uncertain``: the flag's calibrated
  probability lies inside ``[signal_low, signal_high]``;
* ``language_uncertain``: the language detector's confidence is below
  ``min_lang_confidence`` (every later stage depends on the language).

Each reason that holds is recorded, in that order. The defaults were chosen by
measurement: ``bench/bench_review_marking.py`` shows that marked items are
wrong far more often than unmarked ones (docs/review.md).
"""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict, Field, model_validator

from vocmine.schemas import Insight

FALLBACK_CATEGORY = "other"
"""The category predicted when nothing else is; its score is not judged."""


class ReviewRules(BaseModel):
    """When an insight's labels are uncertain enough to be marked for review.

    Attributes:
        enabled: Mark items at all (False: ``needs_review`` is always False).
        sentiment_min_top: Mark when the top sentiment probability is below this.
        category_band: Mark when a category score is within this of the threshold,
            or when no category scores even the threshold minus this.
        signal_low: Mark when the effort or churn probability is at least this ...
        signal_high: ... and at most this.
        min_lang_confidence: Mark when the language confidence is below this.
    """

    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    sentiment_min_top: float = Field(default=0.6, ge=0.0, le=1.0)
    category_band: float = Field(default=0.05, ge=0.0, le=1.0)
    signal_low: float = Field(default=0.2, ge=0.0, le=1.0)
    signal_high: float = Field(default=0.75, ge=0.0, le=1.0)
    min_lang_confidence: float = Field(default=0.6, ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _ordered_band(self) -> ReviewRules:
        if self.signal_low > self.signal_high:
            raise ValueError("review.signal_low must not exceed review.signal_high")
        return self


def review_reasons(
    insight: Insight, rules: ReviewRules, category_threshold: float | Mapping[str, float]
) -> list[str]:
    """Return why ``insight``'s labels are uncertain (empty: no review needed).

    Args:
        insight: An analysed insight (probabilities filled).
        rules: The thresholds.
        category_threshold: The score at which a category is predicted: one for all,
            or one per category (a categoriser with a head has its own per category;
            a category missing from the mapping uses 0.5).

    Returns:
        The reasons, in the order of the module docstring.
    """
    if not rules.enabled or insight.error:
        return []
    reasons: list[str] = []
    probabilities = insight.sentiment_probabilities
    if probabilities and max(probabilities.values()) < rules.sentiment_min_top:
        reasons.append("sentiment_uncertain")
    scores = {k: v for k, v in insight.category_scores.items() if k != FALLBACK_CATEGORY}

    def threshold(key: str) -> float:
        if isinstance(category_threshold, Mapping):
            return float(category_threshold.get(key, 0.5))
        return float(category_threshold)

    for key, score in scores.items():
        if abs(score - threshold(key)) < rules.category_band:
            reasons.append(f"category_uncertain:{key}")
    if scores and all(score <= threshold(k) - rules.category_band for k, score in scores.items()):
        reasons.append("category_none")
    for flag, probability in (
        ("effort", insight.effort_probability),
        ("churn", insight.churn_probability),
    ):
        if probability is not None and rules.signal_low <= probability <= rules.signal_high:
            reasons.append(f"{flag}_uncertain")
    if insight.lang_confidence < rules.min_lang_confidence:
        reasons.append("language_uncertain")
    return reasons


def mark_for_review(
    insight: Insight, rules: ReviewRules, category_threshold: float | Mapping[str, float]
) -> None:
    """Set ``review_reasons`` and ``needs_review`` of ``insight`` (see :func:`review_reasons`)."""
    insight.review_reasons = review_reasons(insight, rules, category_threshold)
    insight.needs_review = bool(insight.review_reasons)
