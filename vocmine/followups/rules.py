"""Follow-up cases: which insights need a person to call the customer back.

Rules (configurable in :class:`vocmine.config.FollowupRules`): an insight
opens a case when it is negative (score at or below ``negative_score_max``)
and at least ``min_severity`` severe, whenever the customer threatens to
leave (``churn_always``), when it falls in one of the watched ``categories``,
or when its rating is low (``low_rating_max``). One case per customer and
conversation: repeat contacts about the same conversation map to the same
case id (they attach to it and count as effort), so a re-run never
duplicates or reopens a case. Priority comes from severity, the due date
from the priority's SLA and the owner team from :mod:`vocmine.followups.routing`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime, timedelta

from pydantic import BaseModel, Field

from vocmine.followups.routing import RouteRule, owner_team
from vocmine.schemas import AnalysedItem, FollowupCase

UNACTIONABLE_CATEGORIES: frozenset[str] = frozenset({"other", "praise"})
"""Categories that say nothing about what to fix."""

PRIORITY_THRESHOLDS: tuple[tuple[float, str], ...] = ((0.85, "P1"), (0.7, "P2"), (0.5, "P3"))
"""Severity from which a case gets each priority; below the last: P4."""


def priority_for(
    severity: float, churn_risk: bool, thresholds: dict[str, float] | None = None
) -> str:
    """Return ``P1``..``P4`` for a severity in [0, 1]; churn risk is at least P2.

    Args:
        severity: The insight's severity.
        churn_risk: Whether the customer threatens to leave.
        thresholds: Severity from which each of P1..P3 applies
            (``FollowupRules.priority_severity``); None = the defaults.
    """
    ordered = (
        PRIORITY_THRESHOLDS
        if thresholds is None
        else tuple(sorted(((v, k) for k, v in thresholds.items()), reverse=True))
    )
    priority = "P4"
    for threshold, name in ordered:
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
    if set(rules.categories) & set(insight.categories):
        reasons.append("watched_category")
    rating = analysed.item.rating
    rating_max = rules.low_rating_max_by_source.get(analysed.item.source, rules.low_rating_max)
    if rating is not None and rating_max is not None and rating <= rating_max:
        reasons.append("low_rating")
    if not reasons:
        return []
    reasons += [f"effort:{signal}" for signal in insight.effort_signals]
    reasons += [f"category:{c}" for c in actionable_categories(insight.categories)]
    return reasons


def actionable_categories(categories: Sequence[str]) -> list[str]:
    """Return the categories that say what to fix (not ``other``/``praise``)."""
    return [c for c in categories if c not in UNACTIONABLE_CATEGORIES]


def case_id_for(analysed: AnalysedItem) -> str:
    """Return the case id: one per customer and conversation, else per item."""
    item = analysed.item
    if analysed.customer_key:
        return case_id_of(
            item.source, analysed.customer_key, item.conversation_id or item.external_id
        )
    return "case-" + hashlib.sha256(f"item\x1f{item.item_id}".encode()).hexdigest()[:12]


def case_id_of(source: str, customer_key: str, thread: str) -> str:
    """Return the case id of a customer's conversation (``thread``: conversation or external id)."""
    key = f"{source}\x1f{customer_key}\x1f{thread}"
    return "case-" + hashlib.sha256(key.encode()).hexdigest()[:12]


def followup_cases(
    analysed: Sequence[AnalysedItem], rules: FollowupRules, now: datetime
) -> list[FollowupCase]:
    """Return the cases a batch of insights opens (most severe item per case).

    Items of one customer and conversation form one case: the most severe
    item opens it, the others attach to it (``contact_item_ids``) and a
    second contact adds the ``effort:repeat_contact`` reason.

    Args:
        analysed: Items with their insights.
        rules: Case rules, SLAs and routes.
        now: Opening time (timezone-aware); due dates count from it.

    Returns:
        New cases, one per case id, most urgent first.
    """
    cases: dict[str, FollowupCase] = {}
    for entry in analysed:
        reasons = case_reasons(entry, rules)
        if not reasons:
            continue
        case = _case_of(entry, reasons, rules, now)
        known = cases.get(case.case_id)
        if known is None:
            cases[case.case_id] = case
            continue
        cases[case.case_id] = _merged(known, case)
    for case in cases.values():
        if len(case.contact_item_ids) > 1 and "effort:repeat_contact" not in case.reasons:
            case.reasons.append("effort:repeat_contact")
        case.team = owner_team(
            rules.routes, rules.default_team, case.categories, case.lang, case.channel, case.source
        )
    return sorted(cases.values(), key=lambda c: (c.priority, -c.severity, c.case_id))


def _case_of(
    entry: AnalysedItem, reasons: list[str], rules: FollowupRules, now: datetime
) -> FollowupCase:
    insight = entry.insight
    priority = priority_for(insight.severity, insight.churn_risk, rules.priority_severity)
    return FollowupCase(
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
        channel=entry.item.channel,
        categories=sorted(
            actionable_categories(insight.categories),
            key=lambda c: -insight.category_scores.get(c, 0.0),
        ),
        contact_item_ids=[entry.item.item_id],
    )


def _merged(known: FollowupCase, new: FollowupCase) -> FollowupCase:
    """Return the more severe of two cases with one id, carrying both's items and facts.

    The lead item's categories stay first, so the case is routed on them.
    """
    lead, other = (new, known) if new.severity > known.severity else (known, new)
    lead.contact_item_ids = list(dict.fromkeys(known.contact_item_ids + new.contact_item_ids))
    lead.reasons = list(dict.fromkeys(lead.reasons + other.reasons))
    lead.categories = list(dict.fromkeys(lead.categories + other.categories))
    return lead


class FollowupRules(BaseModel):
    """Which insights open a follow-up case, how urgent it is and who owns it.

    Attributes:
        negative_score_max: Sentiment score at or below which an item counts
            as negative for the rule.
        min_severity: Negative items open a case only from this severity up.
        churn_always: Any churn-risk item opens a case.
        categories: Categories that open a case whatever the sentiment
            (e.g. ``["refunds_returns"]``).
        low_rating_max: A rating at or below this opens a case (1-5 stars);
            None turns the rule off.
        low_rating_max_by_source: Per-source override of ``low_rating_max``
            for sources on another scale (e.g. ``{nps_survey: 6}``).
        priority_severity: Severity from which a case gets P1, P2 and P3;
            below the P3 threshold: P4. Churn risk is at least P2.
        sla_hours: Hours until due, per priority.
        routes: Owner-team routing rules, first match wins.
        default_team: Team of cases no route takes.
        reopen_on_new_contact: A new contact on a resolved or closed case
            reopens it (a re-run of known items never does).
        webhook_url: Where P1 and overdue alerts are posted; None = no alerts.
        notify_priorities: Priorities alerted as soon as they are opened.
        notify_overdue: Alert once when an open case passes its due date.
    """

    negative_score_max: float = -0.3
    min_severity: float = 0.55
    churn_always: bool = True
    categories: list[str] = Field(default_factory=list)
    low_rating_max: float | None = 2.0
    low_rating_max_by_source: dict[str, float] = Field(default_factory=dict)
    priority_severity: dict[str, float] = Field(
        default_factory=lambda: {"P1": 0.85, "P2": 0.7, "P3": 0.5}
    )
    sla_hours: dict[str, int] = Field(
        default_factory=lambda: {"P1": 4, "P2": 24, "P3": 72, "P4": 168}
    )
    routes: list[RouteRule] = Field(default_factory=list)
    default_team: str = "care"
    reopen_on_new_contact: bool = True
    webhook_url: str | None = None
    notify_priorities: list[str] = Field(default_factory=lambda: ["P1"])
    notify_overdue: bool = True
