"""Every label of an analysed item carries a probability, and review marks follow the rule."""

from __future__ import annotations

import numpy as np
import pytest

from vocmine.analysis.analyser import sentiment_probabilities
from vocmine.analysis.review import ReviewRules, review_reasons
from vocmine.categorise.signals import churn_evidence
from vocmine.nlp.customer_text import customer_text
from vocmine.registry import build_analyser
from vocmine.schemas import SENTIMENT_LABELS, FeedbackItem

TEXTS = [
    ("Kurier zgubił paczkę, dzwoniłem trzy razy. Rezygnuję z waszych usług!", "pl"),
    ("Посылка пришла вовремя, спасибо!", "ru"),
    ("Die Lieferung kam eine Woche zu spät.", "de"),
    ("ok", None),
]


@pytest.fixture(scope="module")
def analysed(tmp_path_factory):
    from tests.conftest import fast_settings

    settings = fast_settings(tmp_path_factory.mktemp("confidence"))
    analyser = build_analyser(settings)
    items = [
        FeedbackItem(source="t", external_id=str(i), text=text, lang=lang)
        for i, (text, lang) in enumerate(TEXTS)
    ]
    return analyser, items, analyser.analyse(items)


def test_sentiment_probabilities_are_a_distribution_led_by_the_label(analysed):
    _, _, insights = analysed
    for insight in insights:
        probabilities = insight.sentiment_probabilities
        assert list(probabilities) == list(SENTIMENT_LABELS)
        assert all(0.0 <= p <= 1.0 for p in probabilities.values())
        assert sum(probabilities.values()) == pytest.approx(1.0, abs=1e-9)
        assert max(probabilities, key=probabilities.__getitem__) == insight.sentiment
        polarity = probabilities["positive"] - probabilities["negative"]
        assert insight.sentiment_score == pytest.approx(polarity, abs=2e-4)


def test_signal_probabilities_come_from_the_calibration(analysed):
    analyser, _, insights = analysed
    assert analyser.calibration is not None
    for insight in insights:
        text = customer_text(insight.text_redacted)  # what the analyser's signals read
        evidence = analyser.signals.evidence(text, insight.lang)
        evidence["churn"] = churn_evidence(
            evidence["churn"],
            insight.sentiment_probabilities["negative"],
            len(text),
            analyser.churn_min_negative,
        )
        expected = analyser.calibration.probabilities(evidence)
        assert insight.churn_probability == expected["churn"]
        assert insight.effort_probability == expected["effort"]
        assert 0.0 <= insight.churn_probability <= 1.0
    churner, happy = insights[0], insights[1]
    assert churner.churn_risk and churner.churn_probability > 0.5
    assert churner.effort and churner.effort_probability > 0.5
    assert not happy.churn_risk and happy.churn_probability < 0.5


def test_category_scores_are_probabilities_and_review_follows_the_rule(analysed):
    analyser, _, insights = analysed
    for insight in insights:
        assert all(0.0 <= v <= 1.0 for v in insight.category_scores.values())
        assert insight.review_reasons == review_reasons(
            insight, analyser.review, analyser.categoriser.threshold
        )
        assert insight.needs_review is bool(insight.review_reasons)


def test_bot_only_conversations_are_certain_effort(analysed):
    analyser, _, _ = analysed
    item = FeedbackItem(
        source="t", external_id="bot", text="Dziękuję.", lang="pl", meta={"bot_only": True}
    )
    (insight,) = analyser.analyse([item])
    assert insight.effort and insight.effort_probability == 1.0


def test_rounded_probabilities_still_sum_to_one():
    row = sentiment_probabilities(np.array([1 / 3, 1 / 3, 1 / 3]))
    assert sum(row.values()) == pytest.approx(1.0, abs=1e-12)
    assert all(0.0 <= v <= 1.0 for v in row.values())


def test_configured_review_rules_reach_the_analyser(tmp_path):
    from tests.conftest import fast_settings

    settings = fast_settings(tmp_path)
    strict = settings.model_copy(update={"review": ReviewRules(sentiment_min_top=1.0)})
    analyser = build_analyser(strict)
    assert analyser.review.sentiment_min_top == 1.0
    (insight,) = analyser.analyse([FeedbackItem(source="t", external_id="1", text=TEXTS[1][0])])
    assert "sentiment_uncertain" in insight.review_reasons and insight.needs_review
