"""Alerts: P1 and overdue follow-up cases posted to a webhook.

Building a message (:func:`alert_message`), choosing what to alert
(:func:`pending_alerts`) and posting it (:func:`post_webhook`) are separate,
so the Prefect flow (``flows/followup_alerts.py``) can retry the network call
alone. Each alert is sent once per case and kind: sending records an
``alert_priority`` / ``alert_overdue`` event in the case's audit trail. The
payload is JSON with a ``text`` field (what Slack, Teams and Mattermost
incoming webhooks show) and the case facts under ``case``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

ALERT_KINDS: tuple[str, ...] = ("priority", "overdue")
SYSTEM_ACTOR = "vocmine-alerts"


@dataclass(frozen=True, slots=True)
class Alert:
    """One alert to send: the case and why (``priority`` or ``overdue``)."""

    case: Mapping[str, Any]
    kind: str


def alert_message(case: Mapping[str, Any], kind: str, now: datetime) -> dict[str, Any]:
    """Return the JSON payload of an alert about one case.

    Args:
        case: The case as the store returns it.
        kind: ``priority`` (a new urgent case) or ``overdue`` (past its due date).
        now: The moment the alert is built (for how late a case is).
    """
    categories = ", ".join(case.get("categories") or ()) or "uncategorised"
    reasons = ", ".join(r for r in case.get("reasons") or () if not r.startswith("category:"))
    if kind == "overdue":
        late_h = (now - case["due_at"]).total_seconds() / 3600
        head = f"OVERDUE {case['priority']} case {case['case_id']}: {late_h:.1f} h past due"
    else:
        head = f"New {case['priority']} case {case['case_id']}"
    owner = case.get("owner") or "unassigned"
    text = (
        f"{head} | team {case.get('team') or '-'} | owner {owner} | {categories} | "
        f"lang {case.get('lang') or '-'} | {case['source']}:{case['external_id']} | {reasons} | "
        f"due {case['due_at']:%Y-%m-%d %H:%M %Z}"
    )
    facts = {
        key: case.get(key)
        for key in (
            "case_id",
            "priority",
            "status",
            "team",
            "owner",
            "lang",
            "source",
            "external_id",
            "categories",
            "reasons",
        )
    }
    facts["due_at"] = case["due_at"].isoformat()
    return {"text": text, "kind": kind, "case": facts}
