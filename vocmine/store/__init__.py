"""Stores: where insights, runs, cases and caches live.

Use :func:`open_store` with a URL: ``duckdb:///path/file.duckdb`` is the
default embedded store, ``postgresql://user@host:port/db`` a team database.
Every backend implements :class:`Store` with the same queries
(:class:`~vocmine.store._sql_store.SqlStore`).
"""

from __future__ import annotations

from vocmine.errors import StoreError
from vocmine.protocols import Store
from vocmine.store.base import INSIGHT_COLUMNS, mask_password

__all__ = ["INSIGHT_COLUMNS", "Store", "mask_password", "open_store"]


def open_store(url: str) -> Store:
    """Open the store a URL names.

    Args:
        url: ``duckdb:///relative/or/absolute.duckdb``, ``duckdb:///:memory:``
            or ``postgresql://user[:password]@host[:port]/database``
            (``postgresql+psycopg://`` accepted).

    Returns:
        An open store; close it (or use it as a context manager) when done.

    Raises:
        StoreError: The scheme is not supported.
    """
    if url.startswith("duckdb:///"):
        from vocmine.store._duckdb import DuckDBStore

        return DuckDBStore(url[len("duckdb:///") :])
    if url.startswith(("postgresql://", "postgresql+psycopg://", "postgres://")):
        from vocmine.store._postgres import PostgresStore

        return PostgresStore(url)
    scheme = url.split(":", 1)[0]
    raise StoreError(
        f"unsupported store URL scheme {scheme!r}; use duckdb:///path/to/file.duckdb "
        "or postgresql://user@host:port/database"
    )
