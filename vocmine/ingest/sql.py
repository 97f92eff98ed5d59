"""SQL connector: a table or query over any SQLAlchemy URL, incremental on a column.

* ``table`` or ``query``; a query is wrapped as a subquery so the incremental
  filter and ordering are added around it.
* Incremental: with ``updated_column``, rows where that column is ``>=`` the
  stored watermark are read (``>=``, not ``>``, so rows sharing the newest
  timestamp of the last run are never missed; re-read rows are skipped by
  content hash). The new watermark is the largest value read, stored with its
  type so it is bound back as the same type.
* Values go to the database only as bound parameters; identifiers (table and
  column names) are validated in the config and quoted by the dialect.
* The URL may come from an environment variable (``url_env``) so passwords
  stay out of files; logs show it with the password hidden.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from vocmine.errors import ConfigError, InputError
from vocmine.ingest.collect import collect_rows
from vocmine.ingest.records import record_row
from vocmine.ingest.spec import SourceSpec, SqlOptions
from vocmine.schemas import IngestResult

if TYPE_CHECKING:
    from sqlalchemy.engine import Dialect
    from sqlalchemy.sql.elements import TextClause

logger = logging.getLogger("vocmine.ingest.sql")


def sql_url(options: SqlOptions, env: Mapping[str, str] | None = None) -> str:
    """Return the SQLAlchemy URL of a source (from ``url`` or the ``url_env`` variable).

    Raises:
        ConfigError: If ``url_env`` names a variable that is not set.
    """
    if options.url is not None:
        return options.url
    value = (os.environ if env is None else env).get(options.url_env or "", "").strip()
    if not value:
        raise ConfigError(f"environment variable {options.url_env} (the database URL) is not set")
    return value


def encode_watermark(value: Any) -> str:
    """Return a typed, JSON-encoded watermark for a column value."""
    if isinstance(value, datetime):
        return json.dumps({"type": "datetime", "value": value.isoformat()})
    if isinstance(value, date):
        return json.dumps({"type": "date", "value": value.isoformat()})
    if isinstance(value, bool):
        raise TypeError("a boolean column cannot be a watermark")
    if isinstance(value, int):
        return json.dumps({"type": "int", "value": value})
    if isinstance(value, float | Decimal):
        return json.dumps({"type": "float", "value": float(value)})
    return json.dumps({"type": "str", "value": str(value)})


def decode_watermark(text: str) -> Any:
    """Return the column value a watermark from :func:`encode_watermark` stands for."""
    try:
        data = json.loads(text)
        kind, value = data["type"], data["value"]
    except (ValueError, TypeError, KeyError):
        return text  # a hand-set plain watermark: compare as text
    if kind == "datetime":
        return datetime.fromisoformat(value)
    if kind == "date":
        return date.fromisoformat(value)
    return {"int": int, "float": float}.get(kind, str)(value)


def build_select(options: SqlOptions, dialect: Dialect, since: Any) -> TextClause:
    """Return the SQLAlchemy ``text`` statement (with bound ``since``) for a read."""
    import sqlalchemy as sa

    quote = dialect.identifier_preparer.quote
    if options.table is not None:
        source = ".".join(quote(part) for part in options.table.split("."))
    else:
        source = f"({options.query}) AS vocmine_src"
    sql = f"SELECT * FROM {source}"
    params: dict[str, Any] = {}
    if options.updated_column:
        column = quote(options.updated_column)
        if since is not None:
            sql += f" WHERE {column} >= :since"
            params["since"] = since
        sql += f" ORDER BY {column}"
    return sa.text(sql).bindparams(**params) if params else sa.text(sql)


def read_sql_source(
    spec: SourceSpec, since: str | None = None, env: Mapping[str, str] | None = None
) -> IngestResult:
    """Read the rows of a SQL source changed since the watermark.

    Args:
        spec: A ``type: sql`` source; rows are mapped like a file's columns.
        since: The stored watermark (from a previous read), or None.
        env: Environment for ``url_env`` (default ``os.environ``).

    Returns:
        Items and quarantined rows; ``watermarks`` holds the largest
        ``updated_column`` value read (when there is one).

    Raises:
        InputError: If the database cannot be reached or the statement fails.
    """
    import sqlalchemy as sa

    options = spec.sql
    if options is None:
        raise ConfigError(f"source {spec.name!r} has no sql: options")
    url = sql_url(options, env)
    try:
        engine = sa.create_engine(url)
    except (sa.exc.ArgumentError, ImportError) as err:
        raise ConfigError(f"source {spec.name!r}: bad SQLAlchemy URL: {err}") from None
    shown = engine.url.render_as_string(hide_password=True)
    newest: Any = None
    rows = []
    try:
        with engine.connect() as connection:
            statement = build_select(
                options, engine.dialect, decode_watermark(since) if since else None
            )
            result = connection.execute(statement)
            for number, row in enumerate(result, start=1):
                record = dict(row._mapping)
                rows.append(record_row(record, spec, f"{spec.name} row {number}", record))
                if options.updated_column:
                    value = record.get(options.updated_column)
                    if value is not None and (newest is None or _greater(value, newest)):
                        newest = value
    except sa.exc.SQLAlchemyError as err:
        raise InputError(
            f"source {spec.name!r}: reading {shown} failed: {type(err).__name__}: "
            f"{str(err.orig if hasattr(err, 'orig') and err.orig else err).splitlines()[0]}"
        ) from None
    finally:
        engine.dispose()
    logger.info("source %s: %d rows from %s", spec.name, len(rows), shown)
    ingested = collect_rows(rows)
    if newest is not None:
        ingested.watermarks[spec.name] = encode_watermark(newest)
    return ingested


def _greater(value: Any, than: Any) -> bool:
    try:
        return bool(value > than)
    except TypeError:
        return str(value) > str(than)
