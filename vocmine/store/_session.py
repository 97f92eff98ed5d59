"""One SQL connection behind the few operations the store needs.

The store's queries are written once, in the SQL that DuckDB and PostgreSQL
share, with ``?`` placeholders. A session runs them on its backend and owns
what differs: placeholder style, transactions, bulk writes, "value in this
list" and "JSON list contains" predicates, and how vectors are kept.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np
import pandas as pd


class Session(ABC):
    """A connection plus the dialect of its database."""

    name: str
    """Backend name, for messages (``duckdb``, ``postgresql``)."""

    @abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; return the number of rows it changed (or -1)."""

    @abstractmethod
    def script(self, sql: str) -> None:
        """Run several ``;``-separated statements without parameters (schema)."""

    @abstractmethod
    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Run a query; return its rows as tuples."""

    @abstractmethod
    def fetch_dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a query; return its rows as ``column -> value`` dicts."""

    @abstractmethod
    def frame(self, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        """Run a query; return a DataFrame (timestamps tz-aware UTC)."""

    @abstractmethod
    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for each parameter row."""

    @abstractmethod
    def upsert_rows(
        self,
        table: str,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        key: Sequence[str],
        update: Sequence[str] | None,
    ) -> None:
        """Insert rows in bulk; on a key conflict update ``update`` columns (None: keep the row)."""

    @abstractmethod
    def update_rows(
        self, table: str, key: str, column: str, pairs: Sequence[tuple[Any, Any]]
    ) -> None:
        """Set ``column`` of existing rows in bulk from ``(key value, new value)`` pairs."""

    @abstractmethod
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Commit what runs inside on success, roll it back on any error."""

    @abstractmethod
    def in_list(self, column: str) -> str:
        """SQL fragment: ``column`` is one of the list bound to its one ``?``."""

    @abstractmethod
    def json_list_contains(self, column: str) -> str:
        """SQL fragment: the JSON list text in ``column`` holds the string bound to ``?``."""

    vector_type: str
    """Column type of cached embedding vectors."""

    conflict_errors: tuple[type[BaseException], ...] = ()
    """Errors the backend raises when two transactions change one row at once.

    DuckDB (optimistic) raises one for the later writer; PostgreSQL makes it
    wait and re-checks the ``WHERE``, so it needs none.
    """

    @abstractmethod
    def vector_param(self, vector: np.ndarray) -> Any:
        """Return a vector as the value stored in a ``vector_type`` column."""

    @abstractmethod
    def vector_value(self, stored: Any) -> np.ndarray:
        """Return the float32 vector a ``vector_type`` column value holds."""

    @abstractmethod
    def try_run_lock(self) -> bool:
        """Take the store's run lock unless another run holds it; held until :meth:`close`."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection (and the run lock, if held)."""


def upsert_sql(
    table: str, columns: Sequence[str], key: Sequence[str], update: Sequence[str] | None
) -> str:
    """Return ``INSERT ... ON CONFLICT`` SQL with ``?`` placeholders (shared by both dialects)."""
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    if not update:
        return f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT DO NOTHING"
    sets = ", ".join(f"{c} = excluded.{c}" for c in update)
    return (
        f"INSERT INTO {table} ({names}) VALUES ({marks}) "
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {sets}"
    )
