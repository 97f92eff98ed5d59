"""The web app's defences: signed session cookies, CSRF tokens and the login throttle.

* The session cookie holds the session token signed with the app's secret
  (``itsdangerous``); the store keeps the token's digest, so logging out or
  disabling the user ends the session at once, whatever the cookie says.
* A form or a cookie-authenticated API call that changes something carries a
  CSRF token: an HMAC of the session token under the secret. A bearer-token
  call needs none (a browser never sends one on its own).
* :class:`LoginThrottle` refuses logins after too many failures for one user
  name or one client address in a window.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
from collections import deque

from itsdangerous import BadSignature, URLSafeSerializer

SESSION_COOKIE = "vocmine_session"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"


class CookieSigner:
    """Signs session tokens into cookie values and reads them back.

    Args:
        secret: The app's secret key (at least 32 characters).
    """

    def __init__(self, secret: str) -> None:
        if len(secret) < 32:
            raise ValueError("the web secret needs at least 32 characters")
        self._secret = secret.encode("utf-8")
        self._serializer = URLSafeSerializer(secret, salt="vocmine-session")

    def cookie_value(self, session_token: str) -> str:
        """Return the signed cookie value holding ``session_token``."""
        return str(self._serializer.dumps(session_token))

    def session_token(self, cookie_value: str) -> str | None:
        """Return the token a cookie holds (None: missing, forged or malformed)."""
        try:
            value = self._serializer.loads(cookie_value)
        except BadSignature:
            return None
        return value if isinstance(value, str) else None

    def csrf_token(self, session_token: str) -> str:
        """Return the CSRF token of a session (stable for the session's life)."""
        return hmac.new(self._secret, b"csrf:" + session_token.encode(), hashlib.sha256).hexdigest()

    def csrf_matches(self, session_token: str, given: str | None) -> bool:
        """Return whether ``given`` is the session's CSRF token (constant-time)."""
        return bool(given) and hmac.compare_digest(self.csrf_token(session_token), str(given))


class LoginThrottle:
    """Counts failed logins per user name and per client; refuses after ``limit`` in ``window``.

    Args:
        limit: Failures allowed within the window.
        window_seconds: How far back failures count (also how long a lock lasts).
        clock: Returns seconds (tests pass a fake one).
    """

    def __init__(self, limit: int = 5, window_seconds: float = 300.0, clock=time.monotonic) -> None:
        self.limit = limit
        self.window = window_seconds
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str) -> deque[float]:
        now = self._clock()
        failures = self._failures.setdefault(key, deque())
        while failures and now - failures[0] > self.window:
            failures.popleft()
        return failures

    def retry_after(self, user: str, client: str) -> float:
        """Return seconds until a login may be tried again (0: it may now)."""
        with self._lock:
            wait = 0.0
            for key in (f"user:{user.lower()}", f"client:{client}"):
                failures = self._recent(key)
                if len(failures) >= self.limit:
                    wait = max(wait, self.window - (self._clock() - failures[0]))
            return max(wait, 0.0)

    def failed(self, user: str, client: str) -> None:
        """Count one failed login."""
        with self._lock:
            for key in (f"user:{user.lower()}", f"client:{client}"):
                self._recent(key).append(self._clock())

    def succeeded(self, user: str) -> None:
        """Forget the user name's failures (the client's still count)."""
        with self._lock:
            self._failures.pop(f"user:{user.lower()}", None)
