"""DuckDB store: one embedded file, the default."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from vocmine.errors import StoreBusyError, StoreError
from vocmine.store._session import Session, upsert_sql
from vocmine.store._sql_store import SqlStore

_RUN_LOCKS: dict[str, threading.Lock] = {}
_RUN_LOCKS_GUARD = threading.Lock()


class DuckDBSession(Session):
    """A DuckDB connection; bulk writes go through Arrow tables.

    Args:
        path: The database file, or ``:memory:``.
    """

    name = "duckdb"
    vector_type = "REAL[]"
    conflict_errors = (duckdb.TransactionException,)

    def __init__(self, path: str) -> None:
        try:
            self._con = duckdb.connect(path)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreBusyError(
                    f"the DuckDB store {path} is busy: another vocmine run (or another "
                    f"process) holds it; try again in a moment ({exc})"
                ) from exc
            raise StoreError(
                f"cannot open DuckDB store {path}: {exc} (is another vocmine run using it?)"
            ) from exc
        self._depth = 0
        self._path = path
        self._run_lock: threading.Lock | None = None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; return the number of rows it changed (or -1)."""
        cursor = self._con.execute(sql, list(params))
        try:
            row = cursor.fetchone()
        except duckdb.InvalidInputException:  # statements that return nothing
            return -1
        return int(row[0]) if row and isinstance(row[0], int) else -1

    def script(self, sql: str) -> None:
        """Run several statements without parameters."""
        self._con.execute(sql)

    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Return a query's rows as tuples."""
        return self._con.execute(sql, list(params)).fetchall()

    def fetch_dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Return a query's rows as dicts."""
        cursor = self._con.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def frame(self, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        """Return a query's result as a DataFrame."""
        return self._con.execute(sql, list(params)).df()

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for each parameter row."""
        if rows:
            self._con.executemany(sql, [list(r) for r in rows])

    def _arrow(self, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> pa.Table:
        return pa.table({c: pa.array([r[i] for r in rows]) for i, c in enumerate(columns)})

    def upsert_rows(
        self,
        table: str,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        key: Sequence[str],
        update: Sequence[str] | None,
    ) -> None:
        """Insert rows in bulk from an Arrow table; update or keep on a key conflict."""
        if not rows:
            return
        if len(rows) == 1:
            self._con.execute(upsert_sql(table, columns, key, update), list(rows[0]))
            return
        names = ", ".join(columns)
        if update:
            sets = ", ".join(f"{c} = excluded.{c}" for c in update)
            conflict = f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {sets}"
        else:
            conflict = "ON CONFLICT DO NOTHING"
        self._con.register("_vocmine_rows", self._arrow(columns, rows))
        try:
            self._con.execute(
                f"INSERT INTO {table} ({names}) SELECT {names} FROM _vocmine_rows {conflict}"
            )
        finally:
            self._con.unregister("_vocmine_rows")

    def update_rows(
        self, table: str, key: str, column: str, pairs: Sequence[tuple[Any, Any]]
    ) -> None:
        """Set ``column`` of existing rows in bulk (one UPDATE joined to an Arrow table)."""
        if not pairs:
            return
        self._con.register("_vocmine_pairs", self._arrow(("k", "v"), pairs))
        try:
            self._con.execute(
                f"UPDATE {table} SET {column} = p.v FROM _vocmine_pairs p WHERE {table}.{key} = p.k"
            )
        finally:
            self._con.unregister("_vocmine_pairs")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction; nested calls join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._con.begin()
        self._depth = 1
        try:
            yield
        except BaseException:
            self._con.rollback()
            raise
        else:
            self._con.commit()
        finally:
            self._depth = 0

    def in_list(self, column: str) -> str:
        """``column`` is in the bound list."""
        return f"{column} IN (SELECT unnest(?::VARCHAR[]))"

    def json_list_contains(self, column: str) -> str:
        """The JSON list in ``column`` holds the bound string."""
        return f"list_contains(json_extract_string({column}, '$[*]'), ?)"

    def vector_param(self, vector: np.ndarray) -> Any:
        """A vector as a list of floats (DuckDB ``REAL[]``)."""
        return np.asarray(vector, dtype=np.float32).tolist()

    def vector_value(self, stored: Any) -> np.ndarray:
        """The float32 vector of a ``REAL[]`` value."""
        return np.asarray(stored, dtype=np.float32)

    def try_run_lock(self) -> bool:
        """Take this file's run lock in this process.

        Another process cannot open the file at all while this one has it
        open (DuckDB's file lock); this lock keeps two runs in one process
        (threads) apart too.
        """
        if self._path == ":memory:" or self._run_lock is not None:
            return True  # an in-memory database is private to this connection
        with _RUN_LOCKS_GUARD:
            lock = _RUN_LOCKS.setdefault(str(Path(self._path).resolve()), threading.Lock())
        if not lock.acquire(blocking=False):
            return False
        self._run_lock = lock
        return True

    def close(self) -> None:
        """Release the connection and the run lock."""
        if self._run_lock is not None:
            self._run_lock.release()
            self._run_lock = None
        self._con.close()


class DuckDBStore(SqlStore):
    """Store backed by one DuckDB file (or ``:memory:``).

    Args:
        path: The database file; its folder is created if needed.
        auto_upgrade: Migrate a store behind the code's schema (else refuse it).
    """

    def __init__(self, path: str | Path, auto_upgrade: bool = True) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        super().__init__(DuckDBSession(self.path), f"duckdb:///{self.path}", auto_upgrade)
