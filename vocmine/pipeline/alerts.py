"""Send follow-up alerts: find the cases to alert on, post them, record what was sent."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from vocmine.followups.alerts import SYSTEM_ACTOR, Alert, alert_message
from vocmine.followups.rules import FollowupRules
from vocmine.protocols import Store


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
