"""A churn rule's flag needs a negative overall sentiment in a long text (churn_min_negative)."""

from __future__ import annotations

import dataclasses

import pytest

from vocmine.registry import build_analyser
from vocmine.schemas import FeedbackItem

STAYED = (
    "Muszę przyznać, że w marcu byłam o krok od rezygnacji z abonamentu i przejścia do "
    "konkurencji, bo internet zrywał się co wieczór. Od kiedy przyszedł nowy router, wszystko "
    "działa bez zarzutu, a konsultant sam zadzwonił dwa razy, żeby sprawdzić. Zostaję z Wami "
    "i właśnie przedłużyłam umowę na dwa lata."
)
LEAVING = (
    "Third outage this month and nobody on your hotline can tell me when it will be fixed. "
    "I have been a customer for eight years and this is how you treat me. I am cancelling my "
    "contract at the end of the month and moving to another provider, and I will tell "
    "everyone I know why."
)


@pytest.fixture(scope="module")
def analyser(tmp_path_factory):
    from tests.conftest import fast_settings

    return build_analyser(fast_settings(tmp_path_factory.mktemp("churn_veto")))


def _analyse(analyser, text: str, lang: str):
    (insight,) = analyser.analyse([FeedbackItem(source="t", external_id="1", text=text, lang=lang)])
    return insight


def test_a_satisfied_story_of_nearly_leaving_is_no_churn_risk(analyser):
    insight = _analyse(analyser, STAYED, "pl")
    assert analyser.signals.evidence(insight.text_redacted, "pl")["churn"] in {"strong", "multiple"}
    assert insight.sentiment == "positive"
    assert insight.sentiment_probabilities["negative"] < analyser.churn_min_negative
    assert not insight.churn_risk
    assert "churn_risk" not in insight.signal_reasons
    assert analyser.calibration is not None
    assert insight.churn_probability == round(
        analyser.calibration.probability("churn", "overruled"), 4
    )


def test_an_angry_threat_keeps_its_flag_and_reason(analyser):
    insight = _analyse(analyser, LEAVING, "en")
    assert insight.sentiment == "negative"
    assert insight.churn_risk
    assert "cancelling my contract" in insight.signal_reasons["churn_risk"]


def test_zero_keeps_every_flag_of_the_rules(analyser):
    unchecked = dataclasses.replace(analyser, churn_min_negative=0.0)
    insight = _analyse(unchecked, STAYED, "pl")
    assert insight.churn_risk
    assert "churn_risk" in insight.signal_reasons


GONE_ELSEWHERE = (
    "Dvakrát jsme čekali na technika celý den a nikdo nepřišel ani nezavolal. Reklamaci "
    "jste zamítli bez vysvětlení a peníze za zmařenou návštěvu nevrátili. Nový kotel nám "
    "mezitím instalovala jiná firma a servis budeme řešit u ní."
)


def test_the_churn_head_flags_a_negative_text_whose_closing_says_the_customer_went_elsewhere(
    analyser,
):
    assert analyser.churn_head is not None
    insight = _analyse(analyser, GONE_ELSEWHERE, "cs")
    assert insight.sentiment == "negative"
    assert analyser.signals.evidence(insight.text_redacted, "cs")["churn"] not in {
        "strong",
        "multiple",
    }
    assert insight.churn_risk
    assert insight.signal_reasons["churn_risk"].startswith("closing sentence (learned)")
    assert insight.churn_probability == round(analyser.churn_head.precision, 4)


def test_without_the_head_the_rules_decide_alone(analyser):
    insight = _analyse(dataclasses.replace(analyser, churn_head=None), GONE_ELSEWHERE, "cs")
    assert not insight.churn_risk


def test_the_head_is_not_asked_for_a_satisfied_text(analyser):
    happy = (
        "Technik přišel včas, kotel funguje skvěle. Minule jsme byli u jiné firmy, vy jste lepší."
    )
    insight = _analyse(analyser, happy, "cs")
    assert insight.sentiment == "positive"
    assert not insight.churn_risk
