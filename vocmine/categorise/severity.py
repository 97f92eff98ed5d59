"""Severity of an item: how urgently someone should follow it up.

Formula (every term in [0, 1])::

    negativity = (1 - sentiment_score) / 2          # sentiment_score in [-1, 1]
    category   = max(weights[c] for c in categories) # 0 when none is weighted
    effort     = min(1, distinct effort signals / 2)
    churn      = 1 if churn_risk else 0
    base       = 0.45 * negativity + 0.25 * category + 0.15 * effort + 0.15 * churn
    severity   = min(1, base * (0.75 + 0.5 * customer_value))   # customer_value in [0, 1]

``customer_value`` (e.g. the customer's revenue percentile) defaults to 0.5,
which leaves ``base`` unchanged. Severity never decreases when the text gets
more negative, a heavier category is added, another effort signal appears,
churn risk is flagged, or the customer is worth more.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

NEGATIVITY_WEIGHT = 0.45
CATEGORY_WEIGHT = 0.25
EFFORT_WEIGHT = 0.15
CHURN_WEIGHT = 0.15
EFFORT_SATURATION = 2
"""Number of distinct effort signals that count as maximal effort."""


def _clip(value: float, low: float = 0.0, high: float = 1.0) -> float:
    return min(high, max(low, value))


def severity(
    sentiment_score: float,
    categories: Sequence[str],
    effort_signals: Sequence[str],
    churn_risk: bool,
    weights: Mapping[str, float],
    customer_value: float | None = None,
) -> float:
    """Return the follow-up severity of an item in [0, 1] (formula in the module docstring).

    Args:
        sentiment_score: Polarity in [-1, 1] (-1 most negative); values outside are clipped.
        categories: Category keys of the item.
        effort_signals: Effort signal keys of the item.
        churn_risk: Whether the item threatens churn.
        weights: Category weight in [0, 1] per key (``Taxonomy.category_weights()``);
            unknown keys weigh 0.
        customer_value: Optional value of the customer in [0, 1]; ``None`` = 0.5.

    Returns:
        Severity rounded to 4 decimals.

    Example:
        >>> severity(-1.0, ["billing"], ["repeat_contact"], True, {"billing": 0.7})
        0.85
    """
    negativity = _clip((1.0 - _clip(float(sentiment_score), -1.0, 1.0)) / 2.0)
    category = max((_clip(float(weights.get(c, 0.0))) for c in categories), default=0.0)
    effort = min(1.0, len(set(effort_signals)) / EFFORT_SATURATION)
    base = (
        NEGATIVITY_WEIGHT * negativity
        + CATEGORY_WEIGHT * category
        + EFFORT_WEIGHT * effort
        + CHURN_WEIGHT * float(bool(churn_risk))
    )
    value = 0.5 if customer_value is None else _clip(float(customer_value))
    return round(_clip(base * (0.75 + 0.5 * value)), 4)
