"""Accounts: roles, password hashes, session and API tokens, who is asking.

Passwords are hashed with argon2id (``argon2-cffi``, a maintained binding of
the reference implementation); only the hash is stored. Tokens are random
(``secrets.token_urlsafe``, 256 bits); the store keeps their SHA-256 digest,
so a copy of the store does not hold a usable token.

Example:
    >>> digest = hash_password("correct horse battery staple")
    >>> password_matches(digest, "correct horse battery staple")
    True
    >>> password_matches(digest, "wrong")
    False
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from vocmine.errors import UserError
from vocmine.protocols import Store

ROLES: tuple[str, ...] = ("agent", "lead", "analyst", "admin")
"""Roles, from the service desk to the administrator (see :mod:`vocmine.workspace.permissions`)."""

MIN_PASSWORD_LENGTH = 10
SESSION_HOURS = 12
"""A login lasts this long, or until logout."""

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
_HASHER = PasswordHasher()


@dataclass(frozen=True, slots=True)
class Principal:
    """The user a request acts for.

    Attributes:
        name: The user name.
        role: One of :data:`ROLES`.
        team: The user's team (None for users without one, e.g. analysts).
    """

    name: str
    role: str
    team: str | None


def hash_password(password: str) -> str:
    """Return the argon2id hash of ``password`` (salted; differs on every call)."""
    return _HASHER.hash(password)


def password_matches(password_hash: str, password: str) -> bool:
    """Return whether ``password`` is the one ``password_hash`` was made from."""
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    """Return a new random token (URL-safe, 256 bits)."""
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """Return the digest the store keeps of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def check_new_user(name: str, role: str, password: str) -> None:
    """Refuse a user name, role or password that cannot be used, with the reason.

    Raises:
        UserError: The name has characters other than letters, digits and
            ``. _ @ -`` (or is longer than 64), the role is unknown, or the
            password is shorter than :data:`MIN_PASSWORD_LENGTH`.
    """
    if not _NAME.match(name):
        raise UserError(
            f"user name {name!r}: use 1-64 letters, digits, '.', '_', '@' or '-', "
            "starting with a letter or digit"
        )
    if role not in ROLES:
        raise UserError(f"role {role!r}: use one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"the password needs at least {MIN_PASSWORD_LENGTH} characters")


def add_user(
    store: Store, name: str, role: str, team: str | None, password: str, *, actor: str
) -> dict:
    """Create a user with a hashed password; return it.

    Raises:
        UserError: See :func:`check_new_user`; or the user exists, or an
            agent or lead has no team.
    """
    check_new_user(name, role, password)
    if role in ("agent", "lead") and not team:
        raise UserError(f"an {role} works in a team: give --team")
    return store.add_user(name, role, team, hash_password(password), actor=actor)


def authenticate(store: Store, name: str, password: str) -> Principal | None:
    """Return who logs in with this name and password (None: unknown, wrong or disabled).

    The password is checked against a hash even for an unknown user, so the
    answer takes as long either way.
    """
    user = store.get_user(name, with_hash=True)
    stored = user["password_hash"] if user else None
    matches = password_matches(stored or _UNKNOWN_USER_HASH, password)
    if user is None or user["disabled"] or not matches:
        return None
    return Principal(user["name"], user["role"], user["team"])


_UNKNOWN_USER_HASH = hash_password(secrets.token_hex(16))


def start_session(store: Store, who: Principal, now: datetime | None = None) -> str:
    """Open a login session for ``who``; return its token (the store keeps only the digest)."""
    token = new_token()
    expires = (now or datetime.now(UTC)) + timedelta(hours=SESSION_HOURS)
    store.add_user_token(who.name, token_digest(token), "session", expires)
    return token


def issue_api_token(store: Store, name: str) -> str:
    """Return a new bearer token for ``name``'s scripts (valid until the user is disabled).

    Raises:
        UserError: No such user, or the user is disabled.
    """
    user = store.get_user(name)
    if user is None:
        raise UserError(f"no user {name!r}; see `vocmine users list`")
    if user["disabled"]:
        raise UserError(f"user {name!r} is disabled")
    token = new_token()
    store.add_user_token(name, token_digest(token), "api", None, audit=True)
    return token


def principal_for_token(
    store: Store, token: str, kinds: tuple[str, ...], now: datetime | None = None
) -> Principal | None:
    """Return who a session or API token belongs to (None: unknown, expired, or user disabled)."""
    user = store.user_for_token(token_digest(token), kinds, now or datetime.now(UTC))
    if user is None:
        return None
    return Principal(user["name"], user["role"], user["team"])
