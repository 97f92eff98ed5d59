"""Follow-up cases: which insights need a person to call the customer back.

Rules (configurable in :class:`vocmine.config.FollowupRules`): an insight
opens a case when it is negative (score at or below ``negative_score_max``)
and at least ``min_severity`` severe, or whenever the customer threatens to
leave (``churn_always``). One case per customer and conversation: repeat
contacts about the same conversation map to the same case id, so a re-run
never duplicates or reopens a case.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime, timedelta

from vocmine.config import FollowupRules
from vocmine.schemas import AnalysedItem, FollowupCase

PRIORITY_THRESHOLDS: tuple[tuple[float, str], ...] = ((0.85, "P1"), (0.7, "P2"), (0.5, "P3"))
"""Severity from which a case gets each priority; below the last: P4."""


def priority_for(severity: float, churn_risk: bool) -> str:
    """Return ``P1``..``P4`` for a severity in [0, 1]; churn risk is at least P2."""
    priority = "P4"
    for threshold, name in PRIORITY_THRESHOLDS:
        if severity >= threshold:
            priority = name
            break
    if churn_risk and priority in ("P3", "P4"):
        priority = "P2"
    return priority


def case_reasons(analysed: AnalysedItem, rules: FollowupRules) -> list[str]:
    """Return why an insight needs follow-up; empty when it does not."""
    insight = analysed.insight
    if insight.error:
        return []
    reasons: list[str] = []
    score = insight.sentiment_score if insight.sentiment_score is not None else 0.0
    if score <= rules.negative_score_max and insight.severity >= rules.min_severity:
        reasons.append("negative")
    if rules.churn_always and insight.churn_risk:
        reasons.append("churn_risk")
    if not reasons:
        return []
    reasons += [f"effort:{signal}" for signal in insight.effort_signals]
    reasons += [f"category:{c}" for c in insight.categories if c not in ("other", "praise")]
    return reasons


def case_id_for(analysed: AnalysedItem) -> str:
    """Return the case id: one per customer and conversation, else per item."""
    item = analysed.item
    if analysed.customer_key:
        thread = item.conversation_id or item.external_id
        key = f"{item.source}\x1f{analysed.customer_key}\x1f{thread}"
    else:
        key = f"item\x1f{item.item_id}"
    return "case-" + hashlib.sha256(key.encode()).hexdigest()[:12]


def followup_cases(
    analysed: Sequence[AnalysedItem], rules: FollowupRules, now: datetime
) -> list[FollowupCase]:
    """Return the cases a batch of insights opens (most severe item per case).

    Args:
        analysed: Items with their insights.
        rules: Case rules and SLAs.
        now: Opening time (timezone-aware); due dates count from it.

    Returns:
        New cases, one per case id.
    """
    cases: dict[str, FollowupCase] = {}
    for entry in analysed:
        reasons = case_reasons(entry, rules)
        if not reasons:
            continue
        insight = entry.insight
        priority = priority_for(insight.severity, insight.churn_risk)
        case = FollowupCase(
            case_id=case_id_for(entry),
            item_id=entry.item.item_id,
            external_id=entry.item.external_id,
            source=entry.item.source,
            priority=priority,
            status="new",
            reasons=reasons,
            severity=insight.severity,
            opened_at=now,
            due_at=now + timedelta(hours=rules.sla_hours.get(priority, 168)),
            lang=insight.lang,
            customer_key=entry.customer_key,
        )
        known = cases.get(case.case_id)
        if known is None or case.severity > known.severity:
            cases[case.case_id] = case
    return sorted(cases.values(), key=lambda c: (c.priority, -c.severity, c.case_id))
