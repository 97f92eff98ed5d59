"""Stores: where insights, runs, cases and caches live.

Use :func:`open_store` with a URL; ``duckdb:///path/file.duckdb`` is the
default embedded store. Every backend implements :class:`Store`.
"""

from __future__ import annotations

from vocmine.errors import StoreError
from vocmine.store.base import INSIGHT_COLUMNS, Store

__all__ = ["INSIGHT_COLUMNS", "Store", "open_store"]


def open_store(url: str) -> Store:
    """Open the store a URL names.

    Args:
        url: ``duckdb:///relative/or/absolute.duckdb`` or ``duckdb:///:memory:``.

    Returns:
        An open store; close it (or use it as a context manager) when done.

    Raises:
        StoreError: The scheme is not supported.
    """
    if url.startswith("duckdb:///"):
        from vocmine.store._duckdb import DuckDBStore

        return DuckDBStore(url[len("duckdb:///") :])
    scheme = url.split(":", 1)[0]
    raise StoreError(
        f"unsupported store URL scheme {scheme!r} in {url!r}; use duckdb:///path/to/file.duckdb"
    )
