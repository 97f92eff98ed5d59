"""The JSON API: cases and items, with the same rules as the pages.

Every route needs a caller (a bearer token, or the session cookie plus the
CSRF header for changes): 401 otherwise. A role that may not do something
gets 403, an unknown id 404, a change to a case that moved on since the
caller read it 409, an invalid transition or value 422, and a store a run is
writing 503 (see :mod:`vocmine.web.access`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field

from vocmine.errors import InvalidTransitionError
from vocmine.followups.workflow import assign_case, set_case_status
from vocmine.protocols import Store
from vocmine.web.access import Caller, identify, unauthorised
from vocmine.web.security import CSRF_HEADER
from vocmine.web.views import case_json, event_json, item_json
from vocmine.workspace import permissions as can
from vocmine.workspace.corrections import clean_correction, model_labels

MAX_PAGE_SIZE = 200

router = APIRouter(prefix="/api")


def store_dep(request: Request) -> Iterator[Store]:
    """Yield the store for this request (closed afterwards)."""
    with request.app.state.gate.open() as store:
        yield store


StoreDep = Annotated[Store, Depends(store_dep)]


def caller_dep(request: Request, store: StoreDep) -> Caller:
    """Return who calls; 401 without valid credentials, 403 on a change without CSRF token."""
    caller = identify(request, store, request.app.state.signer)
    if caller is None:
        raise unauthorised()
    if request.method not in ("GET", "HEAD", "OPTIONS") and caller.session_token is not None:
        given = request.headers.get(CSRF_HEADER)
        if not request.app.state.signer.csrf_matches(caller.session_token, given):
            raise HTTPException(403, f"missing or wrong {CSRF_HEADER} header")
    return caller


CallerDep = Annotated[Caller, Depends(caller_dep)]


class AssignRequest(BaseModel):
    """``POST /api/cases/{id}/assign``."""

    to: str = Field(min_length=1, max_length=64)
    note: str | None = Field(default=None, max_length=2000)
    version: int | None = None


class StatusRequest(BaseModel):
    """``POST /api/cases/{id}/status``."""

    status: str
    note: str | None = Field(default=None, max_length=2000)
    version: int | None = None


def _readable_case(store: Store, caller: Caller, case_id: str) -> dict:
    case = store.get_followup(case_id)  # 404 when unknown
    if not can.can_read_case(caller.who, case):
        raise HTTPException(403, can.refusal(caller.who, f"read case {case_id}"))
    return case


@router.get("/me")
def me(caller: CallerDep, request: Request) -> dict[str, Any]:
    """Return who the credentials belong to (and, for a login session, its CSRF token)."""
    out: dict[str, Any] = {
        "name": caller.who.name,
        "role": caller.who.role,
        "team": caller.who.team,
    }
    if caller.session_token is not None:
        out["csrf_token"] = request.app.state.signer.csrf_token(caller.session_token)
    return out


@router.get("/cases")
def list_cases(
    store: StoreDep,
    caller: CallerDep,
    status: str = "open",
    team: str | None = None,
    priority: str | None = None,
    owner: str | None = None,
    overdue: bool = False,
    lang: str | None = None,
    category: str | None = None,
    source: str | None = None,
    page: Annotated[int, Query(ge=1)] = 1,
    page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50,
) -> dict[str, Any]:
    """Return the cases the caller may read, most urgent first, a page at a time.

    Agents and leads see their own team's cases whatever ``team`` says.
    """
    who = caller.who
    if who.role in can.CASE_WORKERS:
        if team is not None and team != who.team:
            raise HTTPException(403, can.refusal(who, f"read the cases of team {team}"))
        team = who.team
    now = datetime.now(UTC)
    cases = store.list_followups(
        status,
        priority=priority,
        owner=owner,
        team=team,
        lang=lang,
        category=category,
        overdue_at=now if overdue else None,
    )
    if source is not None:
        cases = [c for c in cases if c.get("source") == source]
    start = (page - 1) * page_size
    return {
        "cases": [case_json(c, now) for c in cases[start : start + page_size]],
        "total": len(cases),
        "page": page,
        "page_size": page_size,
    }


@router.get("/cases/{case_id}")
def get_case(case_id: str, store: StoreDep, caller: CallerDep) -> dict[str, Any]:
    """Return one case with its audit trail, its items and the customer's other contacts."""
    case = _readable_case(store, caller, case_id)
    out = case_json(case, datetime.now(UTC))
    out["item_ids"] = case["item_ids"]
    out["events"] = [event_json(e) for e in case["events"]]
    items = []
    for item_id in case["item_ids"]:
        insight = store.get_insight(item_id)
        items.append(item_json(insight, store.corrections_for([item_id]).get(item_id, {})))
    out["items"] = items
    return out


@router.post("/cases/{case_id}/assign")
def assign(case_id: str, body: AssignRequest, store: StoreDep, caller: CallerDep) -> dict[str, Any]:
    """Give a case to a user (agents take cases for themselves; leads within the team)."""
    case = _readable_case(store, caller, case_id)
    target = store.get_user(body.to)
    if target is None:
        raise InvalidTransitionError(f"no user {body.to!r} to assign the case to")
    if not can.can_assign(caller.who, case, target):
        raise HTTPException(403, can.refusal(caller.who, f"assign case {case_id} to {body.to}"))
    updated = assign_case(
        store,
        case_id,
        body.to,
        actor=caller.who.name,
        note=body.note,
        expected_version=body.version,
    )
    return case_json(updated, datetime.now(UTC))


@router.post("/cases/{case_id}/status")
def change_status(
    case_id: str, body: StatusRequest, store: StoreDep, caller: CallerDep
) -> dict[str, Any]:
    """Move a case to another status, with a note for the audit trail."""
    case = _readable_case(store, caller, case_id)
    if not can.can_change_case(caller.who, case):
        raise HTTPException(403, can.refusal(caller.who, f"change case {case_id}"))
    updated = set_case_status(
        store,
        case_id,
        body.status,
        actor=caller.who.name,
        note=body.note,
        expected_version=body.version,
    )
    return case_json(updated, datetime.now(UTC))


@router.get("/items/{item_id}")
def get_item(item_id: str, store: StoreDep, caller: CallerDep) -> dict[str, Any]:
    """Return an item: the model's labels, the corrected ones, confidences and sentences."""
    insight = store.get_insight(item_id)  # 404 when unknown
    if not can.can_read_items(caller.who):
        cases = [store.get_followup(c) for c in store.case_ids_of_item(item_id)]
        if not any(can.can_read_case(caller.who, c) for c in cases):
            raise HTTPException(403, can.refusal(caller.who, f"read item {item_id}"))
    return item_json(insight, store.corrections_for([item_id]).get(item_id, {}))


@router.post("/items/{item_id}/corrections")
def correct_item(
    item_id: str,
    store: StoreDep,
    caller: CallerDep,
    request: Request,
    body: Annotated[dict[str, Any], Body()],
) -> dict[str, Any]:
    """Correct an item's labels (analysts, admins); the model's stay beside them."""
    insight = store.get_insight(item_id)  # 404 when unknown
    if not can.can_correct(caller.who):
        raise HTTPException(403, can.refusal(caller.who, "correct labels"))
    values = clean_correction(body, request.app.state.category_keys)
    model = model_labels(insight)
    corrections = store.add_corrections(item_id, values, model, actor=caller.who.name)
    return item_json(insight, corrections)
