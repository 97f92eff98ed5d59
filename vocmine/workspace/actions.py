"""What a workspace user can do, checked and applied: one function per action.

The web pages and the JSON API both call these, so a rule holds the same
way on both. Each takes the open store and the acting :class:`Principal`,
checks the permission (:class:`PermissionDeniedError` otherwise), applies
the change through the follow-up workflow or the store (which write the
audit rows) and returns the changed record.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from vocmine.errors import (
    CorrectionError,
    InvalidTransitionError,
    PermissionDeniedError,
    TopicNotFoundError,
)
from vocmine.followups.workflow import TRANSITIONS, assign_case, set_case_status
from vocmine.protocols import Store
from vocmine.workspace import permissions as can
from vocmine.workspace.accounts import Principal
from vocmine.workspace.corrections import clean_correction, model_labels


def _deny(who: Principal, action: str) -> PermissionDeniedError:
    return PermissionDeniedError(can.refusal(who, action))


def read_case(store: Store, who: Principal, case_id: str) -> dict:
    """Return a case ``who`` may read (with ``item_ids`` and ``events``)."""
    case = store.get_followup(case_id)
    if not can.can_read_case(who, case):
        raise _deny(who, f"read case {case_id}")
    return case


def list_cases(
    store: Store,
    who: Principal,
    *,
    status: str | None = "open",
    team: str | None = None,
    priority: str | None = None,
    owner: str | None = None,
    overdue_at: datetime | None = None,
    lang: str | None = None,
    category: str | None = None,
    source: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> tuple[list[dict], int]:
    """Return a page of the cases ``who`` may read, most urgent first, and how many there are.

    Agents and leads get their team's cases; asking for another team is refused.
    """
    if who.role in can.CASE_WORKERS:
        if team is not None and team != who.team:
            raise _deny(who, f"read the cases of team {team}")
        team = who.team
    filters: dict[str, Any] = {
        "priority": priority,
        "owner": owner,
        "team": team,
        "lang": lang,
        "category": category,
        "overdue_at": overdue_at,
        "source": source,
    }
    cases = store.list_followups(status, **filters, limit=limit, offset=offset)
    return cases, store.count_followups(status, **filters)


def assign(
    store: Store,
    who: Principal,
    case_id: str,
    to: str,
    note: str | None = None,
    version: int | None = None,
) -> dict:
    """Give a case to ``to`` if ``who`` may (see :func:`permissions.can_assign`)."""
    case = read_case(store, who, case_id)
    target = store.get_user(to)
    if target is None:
        raise InvalidTransitionError(f"no user {to!r} to assign the case to")
    if not can.can_assign(who, case, target):
        raise _deny(who, f"assign case {case_id} to {to}")
    return assign_case(store, case_id, to, actor=who.name, note=note, expected_version=version)


def change_status(
    store: Store,
    who: Principal,
    case_id: str,
    status: str,
    note: str | None = None,
    version: int | None = None,
) -> dict:
    """Move a case to ``status`` (reopen included) if ``who`` may work it."""
    case = read_case(store, who, case_id)
    if not can.can_change_case(who, case):
        raise _deny(who, f"change case {case_id}")
    return set_case_status(
        store, case_id, status, actor=who.name, note=note, expected_version=version
    )


def next_statuses(who: Principal, case: Mapping[str, Any]) -> tuple[str, ...]:
    """Return the statuses ``who`` can move the case to now (empty if none)."""
    if not can.can_change_case(who, case):
        return ()
    allowed = TRANSITIONS.get(case["status"], ())
    if not case.get("owner"):
        allowed = tuple(s for s in allowed if s not in ("assigned", "in_progress", "contacted"))
    return tuple(s for s in allowed if s != "assigned")  # assigning goes through assign()


def assignees(store: Store, who: Principal, case: Mapping[str, Any]) -> list[str]:
    """Return the users ``who`` may give the case to, by name."""
    return [u["name"] for u in store.list_users() if can.can_assign(who, case, u)]


def read_item(store: Store, who: Principal, item_id: str) -> dict:
    """Return a stored item ``who`` may read (agents: only through their team's cases)."""
    insight = store.get_insight(item_id)
    if not can.can_read_items(who):
        cases = [store.get_followup(c) for c in store.case_ids_of_item(item_id)]
        if not any(can.can_read_case(who, c) for c in cases):
            raise _deny(who, f"read item {item_id}")
    return insight


def correct(
    store: Store,
    who: Principal,
    item_id: str,
    values: Mapping[str, Any],
    category_keys: Sequence[str],
) -> tuple[dict, dict[str, dict]]:
    """Record ``who``'s corrections of an item; return the item and its current corrections."""
    insight = store.get_insight(item_id)
    if not can.can_correct(who):
        raise _deny(who, "correct labels")
    cleaned = clean_correction(values, category_keys)
    corrections = store.add_corrections(item_id, cleaned, model_labels(insight), actor=who.name)
    return insight, corrections


MAX_TOPIC_LABEL = 80


def label_topic(store: Store, who: Principal, topic_id: int, label: str) -> str:
    """Set an analyst's label for a topic; return it (trimmed)."""
    if not can.can_correct(who):
        raise _deny(who, "label topics")
    cleaned = " ".join(label.split())
    if not cleaned or len(cleaned) > MAX_TOPIC_LABEL:
        raise CorrectionError(f"a topic label needs 1 to {MAX_TOPIC_LABEL} characters")
    topics = store.read_topics()
    if int(topic_id) not in {int(t) for t in topics["topic_id"]}:
        raise TopicNotFoundError(f"no topic {topic_id} in the current topic model")
    store.set_topic_label(int(topic_id), cleaned, actor=who.name)
    return cleaned
