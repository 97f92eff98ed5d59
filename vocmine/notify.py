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

import json
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from vocmine.config import FollowupRules
from vocmine.store.base import Store

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


def pending_alerts(store: Store, rules: FollowupRules, now: datetime) -> list[Alert]:
    """Return the alerts not sent yet: open cases of an alerted priority, open overdue cases."""
    sent = {(e["case_id"], e["action"]) for e in store.list_followup_events()}
    alerts: list[Alert] = []
    for case in store.list_followups("open"):
        if case["priority"] in rules.notify_priorities and (
            (case["case_id"], "alert_priority") not in sent
        ):
            alerts.append(Alert(case, "priority"))
        if (
            rules.notify_overdue
            and case["due_at"] < now
            and (case["case_id"], "alert_overdue") not in sent
        ):
            alerts.append(Alert(case, "overdue"))
    return alerts


def post_webhook(url: str, payload: Mapping[str, Any], timeout: float = 10.0) -> int:
    """POST ``payload`` as JSON to ``url``; return the HTTP status.

    Raises:
        urllib.error.URLError: The endpoint cannot be reached or answered an error.
    """
    request = urllib.request.Request(
        url,
        data=json.dumps(payload, ensure_ascii=False).encode("utf-8"),
        headers={"Content-Type": "application/json; charset=utf-8"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (configured URL)
        return int(response.status)


def record_alert_sent(store: Store, alert: Alert, now: datetime) -> None:
    """Record in the case's audit trail that an alert went out (so it is sent once)."""
    store.add_followup_event(
        alert.case["case_id"], SYSTEM_ACTOR, f"alert_{alert.kind}", "webhook alert sent", now
    )


def send_followup_alerts(
    store: Store,
    rules: FollowupRules,
    now: datetime,
    post: Callable[[str, Mapping[str, Any]], int] = post_webhook,
) -> list[dict[str, Any]]:
    """Send every pending alert to ``rules.webhook_url``; return the payloads sent.

    Nothing is sent when no webhook is configured. An alert that fails to
    post is not recorded, so the next call sends it again.

    Args:
        store: The store with the cases.
        rules: Follow-up settings (webhook, alerted priorities, overdue on/off).
        now: The moment overdue is judged at.
        post: Sender ``(url, payload) -> status``; default: :func:`post_webhook`.
    """
    if not rules.webhook_url:
        return []
    sent = []
    for alert in pending_alerts(store, rules, now):
        payload = alert_message(alert.case, alert.kind, now)
        post(rules.webhook_url, payload)
        record_alert_sent(store, alert, now)
        sent.append(payload)
    return sent
