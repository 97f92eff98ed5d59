"""Working a follow-up case: the status machine, assignment and loop metrics.

Statuses go ``new -> assigned -> in_progress -> contacted -> resolved ->
closed``; a resolved or closed case can be ``reopened`` and then worked
again. Every change goes through :meth:`Store.update_followup`, which records
who, when and the note in the audit trail and refuses the change when the
case moved on since it was read (optimistic ``version``).

Example:
    >>> check_transition("new", "assigned")
    >>> check_transition("new", "closed")
    Traceback (most recent call last):
    ...
    vocmine.errors.InvalidTransitionError: cannot move a case from 'new' to 'closed'; from 'new' it can go to: assigned
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import pandas as pd

from vocmine.errors import InvalidTransitionError
from vocmine.protocols import Store

STATUSES: tuple[str, ...] = (
    "new",
    "assigned",
    "in_progress",
    "contacted",
    "resolved",
    "closed",
    "reopened",
)

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "new": ("assigned",),
    "assigned": ("in_progress", "contacted"),
    "in_progress": ("contacted", "resolved"),
    "contacted": ("in_progress", "resolved"),
    "resolved": ("closed", "reopened"),
    "closed": ("reopened",),
    "reopened": ("assigned", "in_progress"),
}
"""Where a case can go from each status."""


def check_transition(current: str, target: str) -> None:
    """Refuse a status change the workflow does not allow.

    Raises:
        InvalidTransitionError: With the statuses allowed from ``current``.
    """
    if target not in STATUSES:
        raise InvalidTransitionError(
            f"unknown status {target!r}; statuses are: {', '.join(STATUSES)}"
        )
    allowed = TRANSITIONS.get(current, ())
    if target not in allowed:
        raise InvalidTransitionError(
            f"cannot move a case from {current!r} to {target!r}; "
            f"from {current!r} it can go to: {', '.join(allowed) or 'nothing'}"
        )


def assign_case(
    store: Store,
    case_id: str,
    owner: str,
    *,
    actor: str,
    note: str | None = None,
    at: datetime | None = None,
    expected_version: int | None = None,
) -> dict:
    """Give a case to a person; a ``new`` or ``reopened`` case becomes ``assigned``.

    Reassigning a case that is being worked keeps its status. Resolved and
    closed cases cannot be assigned (reopen them first).

    Args:
        store: The store holding the case.
        case_id: The case.
        owner: Who works it from now on.
        actor: Who made the assignment.
        note: Why, for the audit trail.
        at: When (default: now).
        expected_version: The version the caller read (default: the current
            one; pass it when the caller showed the case to a person first).

    Returns:
        The updated case.
    """
    case = store.get_followup(case_id)
    if case["status"] in ("resolved", "closed"):
        raise InvalidTransitionError(
            f"case {case_id} is {case['status']}; reopen it before assigning it"
        )
    changes: dict[str, Any] = {"owner": owner}
    if case["status"] in ("new", "reopened"):
        changes["status"] = "assigned"
    return store.update_followup(
        case_id,
        case["version"] if expected_version is None else expected_version,
        changes,
        actor=actor,
        action="assigned",
        note=note,
        at=at,
    )


def set_case_status(
    store: Store,
    case_id: str,
    status: str,
    *,
    actor: str,
    note: str | None = None,
    at: datetime | None = None,
    expected_version: int | None = None,
) -> dict:
    """Move a case to ``status`` if the workflow allows it; return the updated case.

    Reaching ``contacted`` the first time stamps ``first_contact_at``;
    ``resolved`` and ``closed`` stamp ``resolved_at`` / ``closed_at``. A case
    must have an owner to be worked.

    Raises:
        InvalidTransitionError: The change is not allowed from the case's status.
        CaseConflictError: The case changed since ``expected_version``.
    """
    at = at or datetime.now(UTC)
    case = store.get_followup(case_id)
    check_transition(case["status"], status)
    if status in ("assigned", "in_progress", "contacted") and not case["owner"]:
        raise InvalidTransitionError(
            f"case {case_id} has no owner; assign it first (vocmine followups assign {case_id} --to NAME)"
        )
    changes: dict[str, Any] = {"status": status}
    if status == "contacted" and case["first_contact_at"] is None:
        changes["first_contact_at"] = at
    if status == "resolved":
        changes["resolved_at"] = at
    if status == "closed":
        changes["closed_at"] = at
    return store.update_followup(
        case_id,
        case["version"] if expected_version is None else expected_version,
        changes,
        actor=actor,
        action="status",
        note=note,
        at=at,
    )


LOOP_METRIC_COLUMNS: tuple[str, ...] = (
    "cases",
    "open",
    "overdue",
    "hours_to_first_contact_median",
    "hours_to_resolve_median",
    "within_sla_share",
    "reopen_rate",
)


def followup_loop_metrics(
    cases: Sequence[dict],
    events: Sequence[dict],
    now: datetime,
    by: Sequence[str] = ("team", "category"),
) -> pd.DataFrame:
    """Return how well the loop is closed, per team and category.

    A case with several categories counts once in each; a case without one
    counts under ``(none)``.

    Args:
        cases: Every case (``Store.list_followups("all")``).
        events: The audit trail (``Store.list_followup_events()``).
        now: The moment overdue is measured at.
        by: Grouping columns: ``team``, ``category``, ``priority``, ``lang``.

    Returns:
        One row per group with :data:`LOOP_METRIC_COLUMNS`: ``cases``;
        ``open`` and ``overdue`` counts; median hours from opening to first
        contact and to resolution; ``within_sla_share``: of the cases whose
        SLA is decided (resolved, or open past due), the share resolved by
        the due date; ``reopen_rate``: of the cases ever resolved or
        reopened, the share reopened at least once.
    """
    columns = [*by, *LOOP_METRIC_COLUMNS]
    if not cases:
        return pd.DataFrame(columns=columns)
    reopened = {e["case_id"] for e in events if e.get("to_status") == "reopened"}
    rows = []
    for case in cases:
        done = case["status"] in ("resolved", "closed")
        resolved_at = case.get("resolved_at")
        due_at = case["due_at"]
        if resolved_at is not None:
            in_sla: float | None = float(resolved_at <= due_at)
        elif not done and due_at < now:
            in_sla = 0.0
        else:
            in_sla = None
        ever_resolved = resolved_at is not None or case["case_id"] in reopened
        base = {
            "team": case.get("team") or "(none)",
            "priority": case["priority"],
            "lang": case.get("lang") or "(none)",
            "open": int(not done),
            "overdue": int(not done and due_at < now),
            "first_contact_h": _hours(case["opened_at"], case.get("first_contact_at")),
            "resolve_h": _hours(case["opened_at"], resolved_at),
            "in_sla": in_sla,
            "reopened": float(case["case_id"] in reopened) if ever_resolved else None,
        }
        for category in case.get("categories") or ["(none)"]:
            rows.append({**base, "category": category})
    frame = pd.DataFrame(rows)
    for column in ("first_contact_h", "resolve_h", "in_sla", "reopened"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype(float)
    grouped = frame.groupby(list(by), dropna=False)
    out = pd.DataFrame(
        {
            "cases": grouped.size(),
            "open": grouped["open"].sum(),
            "overdue": grouped["overdue"].sum(),
            "hours_to_first_contact_median": grouped["first_contact_h"].median(),
            "hours_to_resolve_median": grouped["resolve_h"].median(),
            "within_sla_share": grouped["in_sla"].mean(),
            "reopen_rate": grouped["reopened"].mean(),
        }
    ).reset_index()
    return out[columns]


def _hours(start: datetime, end: datetime | None) -> float | None:
    if end is None:
        return None
    return round((end - start).total_seconds() / 3600, 2)
