"""The review rule: each reason fires on its own cause, and none fires without one."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from vocmine.analysis.review import ReviewRules, mark_for_review, review_reasons
from vocmine.schemas import Insight

THRESHOLD = 0.5
RULES = ReviewRules(
    sentiment_min_top=0.6,
    category_band=0.1,
    signal_low=0.2,
    signal_high=0.7,
    min_lang_confidence=0.6,
)


def confident(**changes: object) -> Insight:
    """An insight every label of which is clear-cut; ``changes`` override fields."""
    insight = Insight(
        id="x",
        lang="pl",
        lang_confidence=0.95,
        sentiment="negative",
        sentiment_probabilities={"negative": 0.9, "neutral": 0.07, "positive": 0.03},
        categories=["delivery"],
        category_scores={"delivery": 0.91, "billing": 0.0, "other": 0.0},
        effort_probability=0.02,
        churn_probability=0.95,
    )
    for name, value in changes.items():
        setattr(insight, name, value)
    return insight


def test_no_reason_without_cause():
    assert review_reasons(confident(), RULES, THRESHOLD) == []


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        (
            {"sentiment_probabilities": {"negative": 0.5, "neutral": 0.3, "positive": 0.2}},
            "sentiment_uncertain",
        ),
        ({"category_scores": {"delivery": 0.91, "billing": 0.45}}, "category_uncertain:billing"),
        ({"category_scores": {"delivery": 0.55}}, "category_uncertain:delivery"),
        ({"category_scores": {"delivery": 0.3, "other": 1.0}}, "category_none"),
        ({"effort_probability": 0.5}, "effort_uncertain"),
        ({"churn_probability": 0.2}, "churn_uncertain"),
        ({"lang_confidence": 0.5}, "language_uncertain"),
    ],
)
def test_each_reason_fires_on_its_cause_alone(changes, reason):
    assert review_reasons(confident(**changes), RULES, THRESHOLD) == [reason]


def test_edges_of_the_bands():
    # Just outside the category band on both sides, and just outside the signal band.
    insight = confident(
        category_scores={"delivery": 0.61, "billing": 0.39},
        effort_probability=0.19,
        churn_probability=0.81,
        sentiment_probabilities={"negative": 0.6, "neutral": 0.3, "positive": 0.1},
        lang_confidence=0.6,
    )
    assert review_reasons(insight, RULES, THRESHOLD) == []


def test_fallback_category_is_not_judged_and_missing_probabilities_are_no_cause():
    insight = confident(
        category_scores={"delivery": 0.9, "other": 0.5},
        sentiment_probabilities={},
        effort_probability=None,
        churn_probability=None,
    )
    assert review_reasons(insight, RULES, THRESHOLD) == []


def test_reasons_accumulate_in_order_and_mark_sets_the_flag():
    insight = confident(
        sentiment_probabilities={"negative": 0.4, "neutral": 0.35, "positive": 0.25},
        churn_probability=0.5,
        lang_confidence=0.3,
    )
    mark_for_review(insight, RULES, THRESHOLD)
    assert insight.review_reasons == [
        "sentiment_uncertain",
        "churn_uncertain",
        "language_uncertain",
    ]
    assert insight.needs_review is True
    calm = confident()
    mark_for_review(calm, RULES, THRESHOLD)
    assert calm.needs_review is False and calm.review_reasons == []


def test_disabled_rules_and_failed_items_are_never_marked():
    shaky = {"lang_confidence": 0.1, "churn_probability": 0.5}
    assert (
        review_reasons(confident(**shaky), RULES.model_copy(update={"enabled": False}), 0.5) == []
    )
    assert review_reasons(confident(error="analysis failed", **shaky), RULES, THRESHOLD) == []


def test_signal_band_must_be_ordered():
    with pytest.raises(ValidationError):
        ReviewRules(signal_low=0.9, signal_high=0.1)


def test_category_band_follows_each_categorys_own_threshold() -> None:
    from vocmine.analysis.review import ReviewRules, review_reasons
    from vocmine.schemas import Insight

    insight = Insight(
        id="x", lang_confidence=1.0, category_scores={"billing": 0.3, "delivery": 0.3}
    )
    rules = ReviewRules()
    per_category = review_reasons(insight, rules, {"billing": 0.25, "delivery": 0.6})
    assert "category_uncertain:billing" in per_category
    assert "category_uncertain:delivery" not in per_category
    assert "category_none" not in per_category
    assert review_reasons(insight, rules, 0.5) == ["category_none"]
