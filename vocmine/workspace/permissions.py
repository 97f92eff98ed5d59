"""Who may do what: the one place the workspace's roles are decided.

* ``agent``: reads and works the follow-up cases of their own team; may
  take a case (assign it to themself).
* ``lead``: as an agent, and assigns the team's cases to its members.
* ``analyst``: reads every case and item (read-only on cases); corrects labels.
* ``admin``: everything, including users.

Each function answers one question about a :class:`Principal`; the web app
turns a ``False`` into HTTP 403 with :func:`refusal` as the message.

Example:
    >>> from vocmine.workspace.accounts import Principal
    >>> agent = Principal("ola", "agent", "billing")
    >>> can_change_case(agent, {"team": "billing"}), can_change_case(agent, {"team": "returns"})
    (True, False)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vocmine.workspace.accounts import Principal

CASE_WORKERS = ("agent", "lead")


def can_read_case(who: Principal, case: Mapping[str, Any]) -> bool:
    """Admins and analysts read every case; agents and leads their team's."""
    if who.role in ("admin", "analyst"):
        return True
    return who.role in CASE_WORKERS and case.get("team") == who.team


def can_change_case(who: Principal, case: Mapping[str, Any]) -> bool:
    """Admins change every case; agents and leads their team's (status, notes, reopen)."""
    if who.role == "admin":
        return True
    return who.role in CASE_WORKERS and case.get("team") == who.team


def can_assign(who: Principal, case: Mapping[str, Any], to: Mapping[str, Any]) -> bool:
    """Whether ``who`` may give ``case`` to the user ``to``.

    Admins assign to anyone enabled; a lead to any agent or lead of the
    case's team; an agent only takes a case of their team for themself.
    """
    if to.get("disabled"):
        return False
    if who.role == "admin":
        return True
    if not can_change_case(who, case):
        return False
    if who.role == "lead":
        return to.get("role") in CASE_WORKERS and to.get("team") == case.get("team")
    return to.get("name") == who.name


def can_read_items(who: Principal) -> bool:
    """Admins, analysts and leads read any item; agents only through their cases."""
    return who.role in ("admin", "analyst", "lead")


def can_correct(who: Principal) -> bool:
    """Analysts and admins correct labels."""
    return who.role in ("analyst", "admin")


def can_manage_users(who: Principal) -> bool:
    """Only admins manage users and read the audit of everyone."""
    return who.role == "admin"


def refusal(who: Principal, action: str) -> str:
    """Return the message of a refused action (no detail about the target)."""
    return f"{who.name} ({who.role}) may not {action}"
