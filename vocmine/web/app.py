"""The workspace web app: ``create_app`` builds it, ``vocmine serve`` runs it.

Everything it serves comes from the package (templates and static files);
nothing loads from the network. Errors become plain HTTP answers: the
domain's errors map to 404, 409, 422 and 503 in one place
(:func:`_error_handlers`), so routes only say what they do.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated

from fastapi import FastAPI, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from vocmine.categorise.taxonomy import load_taxonomy
from vocmine.config import Settings
from vocmine.errors import (
    CaseConflictError,
    CaseNotFoundError,
    CorrectionError,
    InvalidTransitionError,
    ItemNotFoundError,
    PermissionDeniedError,
    TopicNotFoundError,
)
from vocmine.web import api, dashboard, pages
from vocmine.web.access import RETRY_AFTER_SECONDS, StoreBusy, StoreGate
from vocmine.web.security import CSRF_FIELD, SESSION_COOKIE, CookieSigner, LoginThrottle
from vocmine.workspace.accounts import SESSION_HOURS, authenticate, start_session, token_digest

HERE = Path(__file__).parent
SECRET_ENV = "VOCMINE_WEB_SECRET"
"""Environment variable holding the app's cookie-signing secret (random per start if unset)."""


def web_secret() -> str:
    """Return the cookie-signing secret: ``VOCMINE_WEB_SECRET``, or a new random one.

    Sessions are checked against the store as well, so a random secret only
    means that restarting the app logs everyone out.
    """
    return os.environ.get(SECRET_ENV) or secrets.token_urlsafe(48)


def create_app(
    settings: Settings,
    *,
    secret: str | None = None,
    gate: StoreGate | None = None,
    throttle: LoginThrottle | None = None,
    secure_cookies: bool = False,
    warm_dashboard: bool = False,
) -> FastAPI:
    """Build the app on the configured store.

    Args:
        settings: The store URL and the taxonomy come from here.
        secret: Signs session cookies (default: :func:`web_secret`).
        gate: Opens the store per request (default: the settings' store, 5 s
            wait while a run holds a DuckDB file).
        throttle: Failed-login limits (default: 5 per 5 minutes per user
            name and per client).
        secure_cookies: Mark the session cookie ``Secure`` (behind HTTPS).
        warm_dashboard: Compute the default dashboard in a background thread
            at start and whenever the data changed (checked every minute).

    Returns:
        The ASGI app.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        warmer = None
        if warm_dashboard:
            warmer = dashboard.DashboardWarmer(app.state.gate, app.state.dashboard_cache, settings)
            warmer.start()
        try:
            yield
        finally:
            if warmer is not None:
                warmer.stop()

    app = FastAPI(title="vocmine workspace", docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.gate = gate or StoreGate(settings.resolved_store_url)
    app.state.signer = CookieSigner(secret or web_secret())
    app.state.throttle = throttle or LoginThrottle()
    app.state.category_keys = load_taxonomy(settings.taxonomy).category_keys
    app.state.secure_cookies = secure_cookies
    app.state.settings = settings
    app.state.dashboard_cache = dashboard.SliceCache()
    templates = pages.templates
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(dashboard.router)
    _error_handlers(app)

    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request, error: str | None = None) -> Response:
        return templates.TemplateResponse(request, "login.html", {"error": error})

    @app.post("/login")
    def login(
        request: Request,
        username: Annotated[str, Form(max_length=64)],
        password: Annotated[str, Form(max_length=1024)],
    ) -> Response:
        client = request.client.host if request.client else "?"
        throttle: LoginThrottle = app.state.throttle
        wait = throttle.retry_after(username, client)
        if wait > 0:
            return templates.TemplateResponse(
                request,
                "login.html",
                {"error": f"Too many failed logins. Try again in {int(wait) + 1} seconds."},
                status_code=429,
                headers={"Retry-After": str(int(wait) + 1)},
            )
        with app.state.gate.open() as store:
            who = authenticate(store, username, password)
            if who is None:
                throttle.failed(username, client)
                return templates.TemplateResponse(
                    request,
                    "login.html",
                    {"error": "Wrong user name or password, or the account is disabled."},
                    status_code=401,
                )
            throttle.succeeded(username)
            token = start_session(store, who)
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(
            SESSION_COOKIE,
            app.state.signer.cookie_value(token),
            max_age=SESSION_HOURS * 3600,
            httponly=True,
            samesite="strict",
            secure=app.state.secure_cookies,
            path="/",
        )
        return response

    @app.post("/logout")
    def logout(request: Request, csrf_token: Annotated[str, Form()] = "") -> Response:
        signer: CookieSigner = app.state.signer
        cookie = request.cookies.get(SESSION_COOKIE)
        token = signer.session_token(cookie) if cookie else None
        if token is not None:
            if not signer.csrf_matches(token, csrf_token):
                raise HTTPException(403, f"missing or wrong {CSRF_FIELD}")
            with app.state.gate.open() as store:
                store.delete_user_token(token_digest(token))
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    return app


def _error_handlers(app: FastAPI) -> None:
    """Map the domain's errors to HTTP answers with the error's own message."""

    def answer(status: int, headers: dict[str, str] | None = None):
        def handle(request: Request, exc: Exception) -> Response:
            message = exc.message if isinstance(exc, StoreBusy) else str(exc)
            if request.url.path.startswith("/api/"):
                return JSONResponse({"detail": message}, status_code=status, headers=headers)
            title = "The store is busy" if isinstance(exc, StoreBusy) else "Not possible"
            return pages.templates.TemplateResponse(
                request,
                "message.html",
                {"title": title, "message": message},
                status_code=status,
                headers=headers,
            )

        return handle

    app.add_exception_handler(PermissionDeniedError, answer(403))
    app.add_exception_handler(CaseNotFoundError, answer(404))
    app.add_exception_handler(ItemNotFoundError, answer(404))
    app.add_exception_handler(TopicNotFoundError, answer(404))
    app.add_exception_handler(CaseConflictError, answer(409))
    app.add_exception_handler(InvalidTransitionError, answer(422))
    app.add_exception_handler(CorrectionError, answer(422))
    app.add_exception_handler(StoreBusy, answer(503, {"Retry-After": str(RETRY_AFTER_SECONDS)}))
