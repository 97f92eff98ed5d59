"""The HTML pages: queue, case and item, with their forms.

Pages need the session cookie (no cookie: a redirect to ``/login``). Every
form carries the session's CSRF token and, where it changes a case, the
version the user saw, so a change made meanwhile by someone else is refused
with a message (409) instead of being overwritten. Jinja escapes everything
it prints: feedback text is shown as text, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from vocmine.errors import (
    CaseConflictError,
    CaseNotFoundError,
    CorrectionError,
    InvalidTransitionError,
    ItemNotFoundError,
    PermissionDeniedError,
    TopicNotFoundError,
    UserError,
)
from vocmine.followups.replies import draft_reply
from vocmine.followups.workflow import STATUSES
from vocmine.protocols import Store
from vocmine.schemas import SENTIMENT_LABELS
from vocmine.web.access import Caller, identify
from vocmine.web.security import CSRF_FIELD
from vocmine.web.views import case_json, event_json, item_json
from vocmine.workspace import actions
from vocmine.workspace import permissions as can
from vocmine.workspace.accounts import ROLES, add_user
from vocmine.workspace.corrections import CORRECTABLE_FIELDS

PAGE_SIZE = 50
EXCERPT_CHARS = 140
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
router = APIRouter()

_STATUS_OF_ERROR: dict[type[Exception], int] = {
    PermissionDeniedError: 403,
    CaseNotFoundError: 404,
    ItemNotFoundError: 404,
    TopicNotFoundError: 404,
    CaseConflictError: 409,
    InvalidTransitionError: 422,
    CorrectionError: 422,
    UserError: 422,
}


def excerpt(text: str | None, limit: int = EXCERPT_CHARS) -> str:
    """Return one line of at most ``limit`` characters (an ellipsis when cut)."""
    line = " ".join((text or "").split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _render(
    request: Request, caller: Caller, name: str, context: dict[str, Any], status: int = 200
) -> Response:
    signer = request.app.state.signer
    assert caller.session_token is not None
    context = {
        "me": caller.who,
        "csrf_field": CSRF_FIELD,
        "csrf": signer.csrf_token(caller.session_token),
        "can": can,
        **context,
    }
    return templates.TemplateResponse(request, name, context, status_code=status)


def _with_page_caller(
    request: Request, work: Callable[[Store, Caller], Response], form_csrf: str | None = None
) -> Response:
    """Open the store, find the session's user (else: to /login), check CSRF on forms, run."""
    with request.app.state.gate.open() as store:
        caller = identify(request, store, request.app.state.signer)
        if caller is None or caller.session_token is None:
            return RedirectResponse("/login", status_code=303)
        if request.method == "POST" and not request.app.state.signer.csrf_matches(
            caller.session_token, form_csrf
        ):
            return _render(
                request,
                caller,
                "message.html",
                {"title": "Form expired", "message": "The form expired; reload the page."},
                403,
            )
        try:
            return work(store, caller)
        except tuple(_STATUS_OF_ERROR) as exc:
            status = _STATUS_OF_ERROR[type(exc)]
            return _render(
                request,
                caller,
                "message.html",
                {"title": "Not possible", "message": str(exc)},
                status,
            )


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> Response:
    """Send a user to their first page (service staff: the queue; analysts: the items)."""

    def work(store: Store, caller: Caller) -> Response:
        first = "/review" if caller.who.role == "analyst" else "/queue"
        return RedirectResponse(first, status_code=303)

    return _with_page_caller(request, work)


@router.get("/queue", response_class=HTMLResponse)
def queue(
    request: Request,
    status: str = "open",
    priority: str = "",
    team: str = "",
    owner: str = "",
    overdue: str = "",
    lang: str = "",
    category: str = "",
    source: str = "",
    page: int = 1,
) -> Response:
    """The follow-up queue: most urgent first, filtered, a page at a time."""
    filters = {
        "status": status,
        "priority": priority,
        "team": team,
        "owner": owner,
        "overdue": overdue,
        "lang": lang,
        "category": category,
        "source": source,
    }

    def work(store: Store, caller: Caller) -> Response:
        now = datetime.now(UTC)
        current = max(page, 1)
        shown, total = actions.list_cases(
            store,
            caller.who,
            status=status or "open",
            team=team or None,
            priority=priority or None,
            owner=owner or None,
            overdue_at=now if overdue else None,
            lang=lang or None,
            category=category or None,
            source=source or None,
            limit=PAGE_SIZE,
            offset=(current - 1) * PAGE_SIZE,
        )
        pages = max(1, -(-total // PAGE_SIZE))
        texts = store.texts_of([c["item_id"] for c in shown])
        rows = []
        for case in shown:
            row = case_json(case, now)
            row["excerpt"] = excerpt(texts.get(case["item_id"]))
            rows.append(row)
        kept = {k: v for k, v in filters.items() if v}

        def page_link(number: int) -> str:
            return "/queue?" + urlencode({**kept, "page": number})

        return _render(
            request,
            caller,
            "queue.html",
            {
                "rows": rows,
                "total": total,
                "page": current,
                "pages": pages,
                "page_link": page_link,
                "filters": filters,
                "statuses": ("open", "all", *STATUSES),
                "categories": request.app.state.category_keys,
            },
        )

    return _with_page_caller(request, work)


@router.get("/cases/{case_id}", response_class=HTMLResponse)
def case_page(request: Request, case_id: str, done: str = "") -> Response:
    """One case: the customer's redacted text, labels, sentences, history, reply, actions."""

    def work(store: Store, caller: Caller) -> Response:
        return _case_view(request, store, caller, case_id, done)

    return _with_page_caller(request, work)


def _case_view(
    request: Request,
    store: Store,
    caller: Caller,
    case_id: str,
    done: str = "",
    error: str | None = None,
    status: int = 200,
) -> Response:
    case = actions.read_case(store, caller.who, case_id)
    now = datetime.now(UTC)
    corrections = store.corrections_for(case["item_ids"])
    items = [item_json(store.get_insight(i), corrections.get(i, {})) for i in case["item_ids"]]
    contacts = store.customer_contacts([case["customer_key"]]).get(case["customer_key"], [])
    others = sorted(
        (c for c in contacts if c["item_id"] not in case["item_ids"]),
        key=lambda c: c["created_at"] or now,
        reverse=True,
    )
    return _render(
        request,
        caller,
        "case.html",
        {
            "case": case_json(case, now),
            "items": items,
            "events": [event_json(e) for e in case["events"]],
            "others": others,
            "reply": draft_reply(case, signature=caller.who.name),
            "next_statuses": actions.next_statuses(caller.who, case),
            "assignees": actions.assignees(store, caller.who, case),
            "done": done,
            "error": error,
        },
        status,
    )


def _case_change(
    request: Request,
    case_id: str,
    csrf_token: str,
    change: Callable[[Store, Caller], object],
    done: str,
) -> Response:
    """Apply a change from the case page; a refused or conflicting one shows why on the page."""

    def work(store: Store, caller: Caller) -> Response:
        try:
            change(store, caller)
        except (CaseConflictError, InvalidTransitionError, PermissionDeniedError) as exc:
            status = _STATUS_OF_ERROR[type(exc)]
            return _case_view(request, store, caller, case_id, error=str(exc), status=status)
        return RedirectResponse(f"/cases/{case_id}?done={done}", status_code=303)

    return _with_page_caller(request, work, csrf_token)


@router.post("/cases/{case_id}/assign")
def assign_form(
    request: Request,
    case_id: str,
    to: Annotated[str, Form(max_length=64)],
    version: Annotated[int, Form()],
    note: Annotated[str, Form(max_length=2000)] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    """Assign from the case page."""
    return _case_change(
        request,
        case_id,
        csrf_token,
        lambda store, caller: actions.assign(store, caller.who, case_id, to, note or None, version),
        "assigned",
    )


@router.post("/cases/{case_id}/status")
def status_form(
    request: Request,
    case_id: str,
    status: Annotated[str, Form(max_length=32)],
    version: Annotated[int, Form()],
    note: Annotated[str, Form(max_length=2000)] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    """Change the status from the case page, with a note."""
    return _case_change(
        request,
        case_id,
        csrf_token,
        lambda store, caller: actions.change_status(
            store, caller.who, case_id, status, note or None, version
        ),
        status,
    )


@router.get("/items/{item_id}", response_class=HTMLResponse)
def item_page(request: Request, item_id: str, done: str = "") -> Response:
    """One item: labels with confidences, the corrections beside the model's, the form."""

    def work(store: Store, caller: Caller) -> Response:
        return _item_view(request, store, caller, item_id, done)

    return _with_page_caller(request, work)


def _item_view(
    request: Request,
    store: Store,
    caller: Caller,
    item_id: str,
    done: str = "",
    error: str | None = None,
    status: int = 200,
) -> Response:
    insight = actions.read_item(store, caller.who, item_id)
    item = item_json(insight, store.corrections_for([item_id]).get(item_id, {}))
    return _render(
        request,
        caller,
        "item.html",
        {
            "item": item,
            "case_ids": store.case_ids_of_item(item_id),
            "sentiments": SENTIMENT_LABELS,
            "categories": request.app.state.category_keys,
            "fields": CORRECTABLE_FIELDS,
            "done": done,
            "error": error,
        },
        status,
    )


@router.post("/items/{item_id}/corrections")
def correction_form(
    request: Request,
    item_id: str,
    sentiment: Annotated[str, Form()] = "",
    categories: Annotated[list[str] | None, Form()] = None,
    churn_risk: Annotated[str, Form()] = "",
    effort: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    """Save an analyst's corrections: the fields whose value differs from the current label."""
    submitted: dict[str, Any] = {
        "sentiment": sentiment or None,
        "categories": list(categories or []),
        "churn_risk": {"yes": True, "no": False}.get(churn_risk),
        "effort": {"yes": True, "no": False}.get(effort),
    }

    def work(store: Store, caller: Caller) -> Response:
        current = item_json(
            actions.read_item(store, caller.who, item_id),
            store.corrections_for([item_id]).get(item_id, {}),
        )["labels"]
        values = {
            field: value
            for field, value in submitted.items()
            if value is not None
            and (sorted(value) if field == "categories" else value)
            != (sorted(current[field] or []) if field == "categories" else current[field])
        }
        if not values:
            return RedirectResponse(f"/items/{item_id}?done=unchanged", status_code=303)
        try:
            actions.correct(store, caller.who, item_id, values, request.app.state.category_keys)
        except (CorrectionError, PermissionDeniedError) as exc:
            return _item_view(
                request, store, caller, item_id, error=str(exc), status=_STATUS_OF_ERROR[type(exc)]
            )
        return RedirectResponse(f"/items/{item_id}?done=corrected", status_code=303)

    return _with_page_caller(request, work, csrf_token)


ITEM_FILTERS: tuple[str, ...] = (
    "sentiment",
    "category",
    "lang",
    "channel",
    "source",
    "topic_id",
    "needs_review",
    "effort",
    "churn_risk",
    "since",
    "until",
    "rated",
)
"""Query parameters of ``/items`` (every dashboard number links to them)."""


def _item_filters(request: Request) -> dict[str, Any]:
    """Return the ``find_insights`` arguments a query string gives (bad values ignored)."""
    query = request.query_params
    out: dict[str, Any] = {}
    for name in ("sentiment", "category", "lang", "channel", "source"):
        if query.get(name):
            out[name] = query[name]
    if query.get("topic_id", "").lstrip("-").isdigit():
        out["topic_id"] = int(query["topic_id"])
    for name in ("needs_review", "effort", "churn_risk", "rated"):
        if query.get(name) in ("1", "0"):
            out[name] = query[name] == "1"
    for name in ("since", "until"):
        try:
            if query.get(name):
                out[name] = datetime.fromisoformat(query[name]).replace(tzinfo=UTC)
        except ValueError:
            continue
    return out


def _list_rows(store: Store, rows: list[dict]) -> list[dict]:
    corrections = store.corrections_for([r["item_id"] for r in rows])
    out = []
    for row in rows:
        corrected = {f: c["value"] for f, c in corrections.get(row["item_id"], {}).items()}
        probabilities = row.get("sentiment_probabilities") or {}
        out.append(
            {
                "id": row["item_id"],
                "created_at": row["created_at"],
                "lang": row.get("lang"),
                "channel": row.get("channel"),
                "source": row.get("source"),
                "sentiment": row.get("sentiment"),
                "sentiment_confidence": max(probabilities.values()) if probabilities else None,
                "categories": row.get("categories") or [],
                "corrected": corrected,
                "needs_review": bool(row.get("needs_review")),
                "review_reasons": row.get("review_reasons") or [],
                "excerpt": excerpt(row.get("text_redacted")),
            }
        )
    return out


def _item_list(
    request: Request,
    store: Store,
    caller: Caller,
    rows: list[dict],
    total: int,
    page: int,
    review: bool,
) -> Response:
    """Render one page of an item list (``/items`` or the review queue)."""
    kept = {k: v for k, v in request.query_params.items() if k in ITEM_FILTERS and v}
    path = "/review" if review else "/items"
    return _render(
        request,
        caller,
        "items.html",
        {
            "title": "Review queue" if review else "Items",
            "rows": _list_rows(store, rows),
            "total": total,
            "page": page,
            "pages": max(1, -(-total // PAGE_SIZE)),
            "page_link": lambda n: f"{path}?" + urlencode({**kept, "page": n}),
            "filters": kept,
            "categories": request.app.state.category_keys,
            "sentiments": SENTIMENT_LABELS,
            "review": review,
        },
    )


@router.get("/items", response_class=HTMLResponse)
def items_page(request: Request, page: int = 1) -> Response:
    """Items behind a number: every filter of :data:`ITEM_FILTERS`, newest first."""

    def work(store: Store, caller: Caller) -> Response:
        if not can.can_read_items(caller.who):
            raise PermissionDeniedError(can.refusal(caller.who, "browse items"))
        filters = _item_filters(request)
        current = max(page, 1)
        rows, total = store.find_insights(
            **filters, limit=PAGE_SIZE, offset=(current - 1) * PAGE_SIZE
        )
        return _item_list(request, store, caller, rows, total, current, review=False)

    return _with_page_caller(request, work)


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request, page: int = 1) -> Response:
    """The review queue: items marked for review and not corrected yet, least sure first.

    "Least sure" is the model's probability of its own sentiment label; the
    items were marked by the review rules (docs/review.md) for an uncertain
    label of any kind.
    """

    def work(store: Store, caller: Caller) -> Response:
        if not can.can_correct(caller.who):
            raise PermissionDeniedError(can.refusal(caller.who, "review labels"))
        filters = {k: v for k, v in _item_filters(request).items() if k != "needs_review"}
        flagged, _ = store.find_insights(
            **filters,
            needs_review=True,
            limit=None,
            columns=("item_id", "sentiment_probabilities"),
        )
        corrected = store.corrected_item_ids()
        open_rows = [r for r in flagged if r["item_id"] not in corrected]

        def sureness(row: dict) -> float:
            probabilities = row.get("sentiment_probabilities") or {}
            return max(probabilities.values()) if probabilities else 1.0

        open_rows.sort(key=lambda r: (sureness(r), r["item_id"]))
        current = max(page, 1)
        page_ids = [
            r["item_id"] for r in open_rows[(current - 1) * PAGE_SIZE : current * PAGE_SIZE]
        ]
        by_id = {r["item_id"]: r for r in store.find_insights(item_ids=page_ids, limit=None)[0]}
        shown = [by_id[i] for i in page_ids if i in by_id]
        return _item_list(request, store, caller, shown, len(open_rows), current, review=True)

    return _with_page_caller(request, work)


AUDIT_ROWS = 200


def _audit_rows(store: Store) -> list[dict[str, Any]]:
    """Return the newest changes of every kind (cases, corrections, users), newest first."""
    rows = [
        {
            "at": e["at"],
            "actor": e["actor"],
            "action": e["action"],
            "target": f"{e['target_kind']} {e['target_id']}",
            "detail": ", ".join(f"{k}: {v}" for k, v in (e["detail"] or {}).items()),
        }
        for e in store.list_audit_events(limit=AUDIT_ROWS)
    ]
    for e in store.list_followup_events()[-AUDIT_ROWS:]:
        moved = f"{e['from_status'] or ''} → {e['to_status'] or ''}"
        rows.append(
            {
                "at": e["at"],
                "actor": e["actor"],
                "action": e["action"],
                "target": f"case {e['case_id']}",
                "detail": "; ".join(x for x in (moved, e["owner"] or "", e["note"] or "") if x),
            }
        )
    rows.sort(key=lambda r: r["at"] or datetime.min.replace(tzinfo=UTC), reverse=True)
    return rows[:AUDIT_ROWS]


def _admin_view(
    request: Request, store: Store, caller: Caller, error: str | None = None, status: int = 200
) -> Response:
    if not can.can_manage_users(caller.who):
        raise PermissionDeniedError(can.refusal(caller.who, "manage users"))
    return _render(
        request,
        caller,
        "admin.html",
        {
            "users": store.list_users(),
            "roles": ROLES,
            "audit": _audit_rows(store),
            "done": request.query_params.get("done", ""),
            "error": error,
        },
        status,
    )


@router.get("/admin", response_class=HTMLResponse)
def admin_page(request: Request) -> Response:
    """Users, roles and teams, and the audit of who changed what (admins)."""
    return _with_page_caller(request, lambda store, caller: _admin_view(request, store, caller))


@router.post("/admin/users")
def admin_add_user(
    request: Request,
    name: Annotated[str, Form(max_length=64)],
    role: Annotated[str, Form(max_length=16)],
    password: Annotated[str, Form(max_length=1024)],
    team: Annotated[str, Form(max_length=64)] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    """Add a user from the admin page."""

    def work(store: Store, caller: Caller) -> Response:
        if not can.can_manage_users(caller.who):
            raise PermissionDeniedError(can.refusal(caller.who, "manage users"))
        try:
            add_user(store, name, role, team or None, password, actor=caller.who.name)
        except UserError as exc:
            return _admin_view(request, store, caller, error=str(exc), status=422)
        return RedirectResponse("/admin?done=added", status_code=303)

    return _with_page_caller(request, work, csrf_token)


@router.post("/admin/users/{name}/disabled")
def admin_set_disabled(
    request: Request,
    name: str,
    disabled: Annotated[str, Form()],
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    """Disable (ending their sessions and tokens) or enable a user."""

    def work(store: Store, caller: Caller) -> Response:
        if not can.can_manage_users(caller.who):
            raise PermissionDeniedError(can.refusal(caller.who, "manage users"))
        if name == caller.who.name and disabled == "1":
            return _admin_view(request, store, caller, "you cannot disable yourself", 422)
        store.update_user(name, {"disabled": disabled == "1"}, actor=caller.who.name)
        return RedirectResponse("/admin?done=changed", status_code=303)

    return _with_page_caller(request, work, csrf_token)


@router.post("/topics/{topic_id}/label")
def topic_label_form(
    request: Request,
    topic_id: int,
    label: Annotated[str, Form(max_length=200)],
    back: Annotated[str, Form(max_length=2000)] = "/dashboard",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    """Rename a topic from the dashboard, then return to it."""

    def work(store: Store, caller: Caller) -> Response:
        actions.label_topic(store, caller.who, topic_id, label)
        target = back if back.startswith("/dashboard") else "/dashboard"
        return RedirectResponse(target, status_code=303)

    return _with_page_caller(request, work, csrf_token)


@router.post("/admin/users/{name}")
def admin_change_user(
    request: Request,
    name: str,
    role: Annotated[str, Form(max_length=16)],
    team: Annotated[str, Form(max_length=64)] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    """Change a user's role and team (an agent or lead needs a team)."""

    def work(store: Store, caller: Caller) -> Response:
        if not can.can_manage_users(caller.who):
            raise PermissionDeniedError(can.refusal(caller.who, "manage users"))
        if role not in ROLES:
            return _admin_view(
                request, store, caller, f"role {role!r}: use one of {', '.join(ROLES)}", 422
            )
        if role in ("agent", "lead") and not team:
            return _admin_view(request, store, caller, f"an {role} works in a team", 422)
        if name == caller.who.name and role != "admin":
            return _admin_view(request, store, caller, "you cannot take your own admin role", 422)
        try:
            store.update_user(name, {"role": role, "team": team or None}, actor=caller.who.name)
        except UserError as exc:
            return _admin_view(request, store, caller, str(exc), 404)
        return RedirectResponse("/admin?done=changed", status_code=303)

    return _with_page_caller(request, work, csrf_token)
