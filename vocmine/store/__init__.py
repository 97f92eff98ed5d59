"""Stores: where insights, runs, cases and caches live.

Use :func:`open_store` with a URL: ``duckdb:///path/file.duckdb`` is the
default embedded store, ``postgresql://user@host:port/db`` a team database.
Every backend implements :class:`Store` with the same queries
(:class:`~vocmine.store._sql_store.SqlStore`). Opening a store brings its
schema to this code's version (:mod:`vocmine.store._migrations`);
:func:`upgrade_store` does that on its own, for ``vocmine store upgrade``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from vocmine.errors import StoreBusyError, StoreError
from vocmine.protocols import Store
from vocmine.store._migrations import (
    LATEST_VERSION,
    check_version,
    pending_migrations,
    read_version,
    upgrade,
)
from vocmine.store._session import Session
from vocmine.store.base import INSIGHT_COLUMNS, mask_password

__all__ = [
    "INSIGHT_COLUMNS",
    "LATEST_VERSION",
    "SchemaUpgrade",
    "Store",
    "mask_password",
    "open_store",
    "read_schema_version",
    "upgrade_store",
]

_DUCKDB = "duckdb:///"
_POSTGRES = ("postgresql://", "postgresql+psycopg://", "postgres://")


def _check_scheme(url: str) -> None:
    if not url.startswith((_DUCKDB, *_POSTGRES)):
        scheme = url.split(":", 1)[0]
        raise StoreError(
            f"unsupported store URL scheme {scheme!r}; use duckdb:///path/to/file.duckdb "
            "or postgresql://user@host:port/database"
        )


def open_store(url: str, auto_upgrade: bool = True, busy_wait_seconds: float = 0.0) -> Store:
    """Open the store a URL names.

    Args:
        url: ``duckdb:///relative/or/absolute.duckdb``, ``duckdb:///:memory:``
            or ``postgresql://user[:password]@host[:port]/database``
            (``postgresql+psycopg://`` accepted).
        auto_upgrade: Apply pending schema migrations to a store an earlier
            release wrote (the setting ``store_auto_upgrade``); False refuses
            such a store with a message naming ``vocmine store upgrade``.
        busy_wait_seconds: A DuckDB file another process holds (the workspace
            app answering a request, another run) is tried again for this long
            before :class:`~vocmine.errors.StoreBusyError` is raised.

    Returns:
        An open store; close it (or use it as a context manager) when done.

    Raises:
        StoreError: The scheme is not supported, the store cannot be opened,
            or its schema is newer than this code (or older, with
            ``auto_upgrade`` off).
    """
    _check_scheme(url)
    if url.startswith(_DUCKDB):
        from vocmine.store._duckdb import DuckDBStore

        path = url[len(_DUCKDB) :]
        deadline = time.monotonic() + busy_wait_seconds
        while True:
            try:
                return DuckDBStore(path, auto_upgrade=auto_upgrade)
            except StoreBusyError:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.25)
    from vocmine.store._postgres import PostgresStore

    return PostgresStore(url, auto_upgrade=auto_upgrade)


def _existing_session(url: str) -> Session:
    """Open a session on a store that must exist already (no file is created)."""
    _check_scheme(url)
    if url.startswith(_DUCKDB):
        from vocmine.store._duckdb import DuckDBSession

        path = url[len(_DUCKDB) :]
        if path != ":memory:" and not Path(path).is_file():
            raise StoreError(f"no DuckDB store at {path} (check --store)")
        return DuckDBSession(path)
    from vocmine.store._postgres import postgres_session

    return postgres_session(url)


@dataclass(frozen=True, slots=True)
class SchemaUpgrade:
    """What :func:`upgrade_store` found and did.

    Attributes:
        url: The store, password masked.
        version_before: Its schema version when opened (0: none recorded).
        version_after: Its version afterwards (unchanged by a dry run).
        target_version: The version this code needs.
        migrations: ``(version, name)`` of the migrations applied, or that
            would be applied in a dry run.
        dry_run: Nothing was changed.
    """

    url: str
    version_before: int
    version_after: int
    target_version: int
    migrations: tuple[tuple[int, str], ...]
    dry_run: bool


def read_schema_version(url: str) -> int:
    """Return the schema version of an existing store (0: none recorded); changes nothing.

    Raises:
        StoreError: Bad URL, no such DuckDB file, or the store cannot be opened.
    """
    session = _existing_session(url)
    try:
        return read_version(session)
    finally:
        session.close()


def upgrade_store(url: str, dry_run: bool = False) -> SchemaUpgrade:
    """Bring an existing store's schema to this code's version (``vocmine store upgrade``).

    Args:
        url: The store URL.
        dry_run: Only report the pending migrations.

    Returns:
        The versions before and after and the migrations applied (or pending).

    Raises:
        StoreError: Bad URL, no such DuckDB file, the store cannot be
            opened, or its schema is newer than this code.
    """
    shown = mask_password(url)
    session = _existing_session(url)
    try:
        before = read_version(session)
        check_version(before, shown)
        if dry_run:
            todo = pending_migrations(before)
            after = before
        else:
            todo = upgrade(session, shown)
            after = read_version(session)
    finally:
        session.close()
    return SchemaUpgrade(
        url=shown,
        version_before=before,
        version_after=after,
        target_version=LATEST_VERSION,
        migrations=tuple((m.version, m.name) for m in todo),
        dry_run=dry_run,
    )
