"""PostgreSQL store: one database a team shares (``postgresql://user@host/db``).

Same tables and queries as the DuckDB store (:class:`SqlStore`); this module
only says how to talk to PostgreSQL: ``%s`` placeholders, ``= ANY(array)``,
``jsonb`` containment, vectors as ``bytea`` (raw little-endian float32), and
bulk writes as pipelined ``executemany``. The password comes from the URL,
``PGPASSWORD`` or ``~/.pgpass`` (libpq's usual places), never from a log:
messages show the URL with the password masked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import numpy as np
import pandas as pd

from vocmine.errors import StoreError
from vocmine.store._session import Session, upsert_sql
from vocmine.store._sql_store import SqlStore
from vocmine.store.base import mask_password


def _placeholders(sql: str) -> str:
    """Return our ``?`` SQL in psycopg's ``%s`` style (literal ``%`` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


RUN_LOCK_KEY = 0x766F636D696E65  # "vocmine": the advisory lock key of pipeline runs


class PostgresSession(Session):
    """A psycopg 3 connection in autocommit mode; transactions are explicit.

    Args:
        conninfo: A libpq URL (``postgresql://user@host:port/db``).
        display_url: The URL as shown in messages (password masked).
    """

    name = "postgresql"
    vector_type = "BYTEA"

    def __init__(self, conninfo: str, display_url: str) -> None:
        try:
            import psycopg
        except ImportError as exc:
            raise StoreError(
                "the PostgreSQL store needs psycopg: pip install 'vocmine[postgres]'"
            ) from exc
        self._psycopg = psycopg
        try:
            self._con = psycopg.connect(conninfo, autocommit=True, connect_timeout=15)
        except psycopg.OperationalError as exc:
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(f"cannot connect to PostgreSQL store {display_url}: {detail}") from exc

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; return the number of rows it changed."""
        return self._con.execute(_placeholders(sql), list(params)).rowcount

    def script(self, sql: str) -> None:
        """Run several statements (schema) in one transaction."""
        statements = [s.strip() for s in sql.split(";") if s.strip()]
        with self._con.transaction():
            for statement in statements:
                self._con.execute(statement)

    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Return a query's rows as tuples."""
        return self._con.execute(_placeholders(sql), list(params)).fetchall()

    def fetch_dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Return a query's rows as dicts."""
        cursor = self._con.execute(_placeholders(sql), list(params))
        names = [d.name for d in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def frame(self, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        """Return a query's result as a DataFrame, timestamps tz-aware UTC."""
        cursor = self._con.execute(_placeholders(sql), list(params))
        names = [d.name for d in cursor.description or ()]
        frame = pd.DataFrame.from_records(cursor.fetchall(), columns=names)
        for column in names:  # timestamptz values arrive as datetimes: make them UTC columns
            if frame[column].dtype == object and any(
                isinstance(v, datetime) for v in frame[column].head(50)
            ):
                frame[column] = pd.to_datetime(frame[column], utc=True)
        return frame

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for each parameter row (pipelined)."""
        if rows:
            with self._con.cursor() as cursor:
                cursor.executemany(_placeholders(sql), [list(r) for r in rows])

    def upsert_rows(
        self,
        table: str,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        key: Sequence[str],
        update: Sequence[str] | None,
    ) -> None:
        """Insert rows in bulk; update or keep on a key conflict."""
        self.executemany(upsert_sql(table, columns, key, update), rows)

    def update_rows(
        self, table: str, key: str, column: str, pairs: Sequence[tuple[Any, Any]]
    ) -> None:
        """Set ``column`` of existing rows in bulk."""
        self.executemany(
            f"UPDATE {table} SET {column} = ? WHERE {key} = ?", [(v, k) for k, v in pairs]
        )

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction (nested calls become savepoints)."""
        with self._con.transaction():
            yield

    def in_list(self, column: str) -> str:
        """``column`` is in the bound list (a text array)."""
        return f"{column} = ANY(?::text[])"

    def json_list_contains(self, column: str) -> str:
        """The JSON list in ``column`` holds the bound string."""
        return f"jsonb_exists(COALESCE({column}, '[]')::jsonb, ?)"

    def vector_param(self, vector: np.ndarray) -> Any:
        """A vector as raw little-endian float32 bytes."""
        return np.asarray(vector, dtype="<f4").tobytes()

    def vector_value(self, stored: Any) -> np.ndarray:
        """The float32 vector of a ``bytea`` value."""
        return np.frombuffer(bytes(stored), dtype="<f4").astype(np.float32)

    def try_run_lock(self) -> bool:
        """Take a session-level advisory lock: one vocmine run per database at a time.

        PostgreSQL releases it when this connection ends, also when the
        process dies, so a crashed run never leaves the store locked.
        """
        row = self._con.execute("SELECT pg_try_advisory_lock(%s)", [RUN_LOCK_KEY]).fetchone()
        return bool(row and row[0])

    def close(self) -> None:
        """Release the connection (PostgreSQL drops the advisory lock with it)."""
        self._con.close()


def postgres_session(url: str) -> PostgresSession:
    """Return a session on the database a ``postgresql://`` (or ``postgres://``) URL names."""
    conninfo = re.sub(r"^postgres(ql)?(\+psycopg)?://", "postgresql://", url)
    return PostgresSession(conninfo, mask_password(url))


class PostgresStore(SqlStore):
    """Store in a PostgreSQL database, for a team (several readers, one writer run at a time).

    Args:
        url: ``postgresql://user[:password]@host[:port]/database`` (the
            SQLAlchemy spelling ``postgresql+psycopg://`` is accepted too).
        auto_upgrade: Migrate a store behind the code's schema (else refuse
            it: a runtime user without DDL rights).
    """

    def __init__(self, url: str, auto_upgrade: bool = True) -> None:
        super().__init__(postgres_session(url), mask_password(url), auto_upgrade)
