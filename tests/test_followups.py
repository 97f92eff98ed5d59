"""Follow-up case rules: who gets a call back, how urgent, never twice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from vocmine.config import FollowupRules
from vocmine.followups import case_id_for, followup_cases, priority_for
from vocmine.schemas import AnalysedItem, FeedbackItem, Insight

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def entry(
    external_id: str,
    score: float,
    severity: float,
    churn: bool = False,
    customer: str | None = None,
    conversation: str | None = None,
) -> AnalysedItem:
    item = FeedbackItem(
        source="tickets", external_id=external_id, text="x", conversation_id=conversation
    )
    insight = Insight(
        id=item.item_id,
        lang="pl",
        sentiment="negative" if score < 0 else "positive",
        sentiment_score=score,
        severity=severity,
        churn_risk=churn,
        categories=["billing"],
    )
    return AnalysedItem(item, insight, "h", customer_key=customer)


@pytest.mark.parametrize(
    ("severity", "churn", "expected"),
    [
        (0.9, False, "P1"),
        (0.75, False, "P2"),
        (0.6, False, "P3"),
        (0.2, False, "P4"),
        (0.2, True, "P2"),
        (0.9, True, "P1"),
    ],
)
def test_priority_from_severity_and_churn(severity, churn, expected):
    assert priority_for(severity, churn) == expected


def test_negative_and_severe_opens_a_case_with_sla_due_date():
    rules = FollowupRules()
    cases = followup_cases([entry("T-1", -0.9, 0.9)], rules, NOW)
    assert len(cases) == 1
    case = cases[0]
    assert case.status == "new"
    assert case.priority == "P1"
    assert case.due_at == NOW + timedelta(hours=rules.sla_hours["P1"])
    assert "negative" in case.reasons and "category:billing" in case.reasons


def test_mildly_negative_or_positive_items_open_nothing():
    rules = FollowupRules()
    assert followup_cases([entry("T-1", -0.4, 0.3), entry("T-2", 0.8, 0.1)], rules, NOW) == []


def test_churn_risk_always_opens_a_case():
    cases = followup_cases([entry("T-1", 0.1, 0.2, churn=True)], FollowupRules(), NOW)
    assert [c.reasons[0] for c in cases] == ["churn_risk"]


def test_one_case_per_customer_and_conversation():
    first = entry("T-1", -0.9, 0.7, customer="k", conversation="conv-1")
    second = entry("T-2", -0.9, 0.95, customer="k", conversation="conv-1")
    other = entry("T-3", -0.9, 0.9, customer="k", conversation="conv-2")
    assert case_id_for(first) == case_id_for(second) != case_id_for(other)
    cases = followup_cases([first, second, other], FollowupRules(), NOW)
    assert len(cases) == 2
    assert {c.external_id for c in cases} == {"T-2", "T-3"}


def test_items_with_errors_open_nothing():
    broken = entry("T-1", -0.9, 0.9)
    broken.insight.error = "analysis failed"
    assert followup_cases([broken], FollowupRules(), NOW) == []
