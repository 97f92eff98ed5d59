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

from vocmine.protocols import Store
from vocmine.web.access import Caller, identify, unauthorised
from vocmine.web.security import CSRF_HEADER
from vocmine.web.views import case_json, event_json, item_json
from vocmine.workspace import actions

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

    Agents and leads see their own team's cases; asking for another team is 403.
    """
    now = datetime.now(UTC)
    cases, total = actions.list_cases(
        store,
        caller.who,
        status=status,
        team=team,
        priority=priority,
        owner=owner,
        overdue_at=now if overdue else None,
        lang=lang,
        category=category,
        source=source,
        limit=page_size,
        offset=(page - 1) * page_size,
    )
    return {
        "cases": [case_json(c, now) for c in cases],
        "total": total,
        "page": page,
        "page_size": page_size,
    }


@router.get("/cases/{case_id}")
def get_case(case_id: str, store: StoreDep, caller: CallerDep) -> dict[str, Any]:
    """Return one case with its audit trail and its items."""
    case = actions.read_case(store, caller.who, case_id)
    out = case_json(case, datetime.now(UTC))
    out["item_ids"] = case["item_ids"]
    out["events"] = [event_json(e) for e in case["events"]]
    corrections = store.corrections_for(case["item_ids"])
    out["items"] = [
        item_json(store.get_insight(i), corrections.get(i, {})) for i in case["item_ids"]
    ]
    return out


@router.post("/cases/{case_id}/assign")
def assign(case_id: str, body: AssignRequest, store: StoreDep, caller: CallerDep) -> dict[str, Any]:
    """Give a case to a user (agents take cases for themselves; leads within the team)."""
    updated = actions.assign(store, caller.who, case_id, body.to, body.note, body.version)
    return case_json(updated, datetime.now(UTC))


@router.post("/cases/{case_id}/status")
def change_status(
    case_id: str, body: StatusRequest, store: StoreDep, caller: CallerDep
) -> dict[str, Any]:
    """Move a case to another status, with a note for the audit trail."""
    updated = actions.change_status(
        store, caller.who, case_id, body.status, body.note, body.version
    )
    return case_json(updated, datetime.now(UTC))


@router.get("/items/{item_id}")
def get_item(item_id: str, store: StoreDep, caller: CallerDep) -> dict[str, Any]:
    """Return an item: the model's labels, the corrected ones, confidences and sentences."""
    insight = actions.read_item(store, caller.who, item_id)
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
    insight, corrections = actions.correct(
        store, caller.who, item_id, body, request.app.state.category_keys
    )
    return item_json(insight, corrections)


class TopicLabelRequest(BaseModel):
    """``POST /api/topics/{id}/label``."""

    label: str = Field(max_length=200)


@router.post("/topics/{topic_id}/label")
def label_topic(
    topic_id: int, body: TopicLabelRequest, store: StoreDep, caller: CallerDep
) -> dict[str, Any]:
    """Give a topic an analyst's label (analysts, admins); the model's stays beside it."""
    label = actions.label_topic(store, caller.who, topic_id, body.label)
    return {"topic_id": topic_id, "label": label}
