"""How a request reaches the store and learns who is asking.

The app opens the store for each request and closes it afterwards. A DuckDB
file can be open in one process at a time, so a nightly run and the app take
turns: while a run holds the file, :class:`StoreGate` waits up to
``busy_wait_seconds`` and then answers 503 with a plain message and a
``Retry-After`` header. Nothing a user sent is half-applied: a change is one
store transaction, made only once the store is open. PostgreSQL serves both
at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from fastapi import HTTPException, Request

from vocmine.errors import StoreBusyError
from vocmine.protocols import Store
from vocmine.store import open_store
from vocmine.web.security import SESSION_COOKIE, CookieSigner
from vocmine.workspace.accounts import Principal, principal_for_token

RETRY_AFTER_SECONDS = 30


class StoreBusy(Exception):
    """The store stayed busy for the whole wait (answered with 503)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class StoreGate:
    """Opens the store for one request, waiting a little while another process holds it.

    Attributes:
        url: The store URL.
        busy_wait_seconds: How long to keep trying a busy store
            (``open_store``'s own retry).
    """

    url: str
    busy_wait_seconds: float = 5.0

    @contextmanager
    def open(self) -> Iterator[Store]:
        """Yield the open store; raise :class:`StoreBusy` when it stays busy."""
        try:
            store = open_store(self.url, busy_wait_seconds=self.busy_wait_seconds)
        except StoreBusyError as exc:
            raise StoreBusy(
                "the store is busy: a vocmine run is writing it. Nothing was changed; "
                f"try again in a minute ({exc})"
            ) from exc
        try:
            yield store
        finally:
            store.close()


@dataclass(frozen=True, slots=True)
class Caller:
    """Who a request acts for and how it proved it.

    Attributes:
        who: The user.
        session_token: The session token when the request came with the
            session cookie (None for a bearer token); CSRF checks need it.
    """

    who: Principal
    session_token: str | None


def bearer_token(request: Request) -> str | None:
    """Return the token of an ``Authorization: Bearer`` header (None without one)."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return None


def identify(request: Request, store: Store, signer: CookieSigner) -> Caller | None:
    """Return who sent the request: a bearer token first, then the session cookie."""
    token = bearer_token(request)
    if token is not None:
        who = principal_for_token(store, token, ("api", "session"))
        return Caller(who, None) if who else None
    cookie = request.cookies.get(SESSION_COOKIE)
    session = signer.session_token(cookie) if cookie else None
    if session is None:
        return None
    who = principal_for_token(store, session, ("session",))
    return Caller(who, session) if who else None


def unauthorised(message: str = "log in or send a valid bearer token") -> HTTPException:
    """Return the 401 answer (with the ``WWW-Authenticate`` challenge)."""
    return HTTPException(401, message, headers={"WWW-Authenticate": "Bearer"})
