"""Tests for the SQL connector on SQLite: table or query, incremental, bound parameters."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from vocmine.errors import ConfigError, InputError
from vocmine.ingest import SourceSpec, read_source
from vocmine.ingest.sql import build_select, decode_watermark, encode_watermark

ROWS = [
    (1, "Kurier zostawił paczkę pod drzwiami, była mokra.", "2024-03-01 08:00:00", "pl"),
    (2, "Faktura je špatně, účtovali mi dvakrát.", "2024-03-02 09:00:00", "cs"),
    (3, "Оператор был груб и бросил трубку.", "2024-03-02 09:00:00", "ru"),
    (4, "", "2024-03-03 10:00:00", "de"),
    (5, "Die Lieferung kam pünktlich, danke!", "2024-03-04 11:00:00", "de"),
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "helpdesk.db"
    with sqlite3.connect(path) as con:
        con.execute(
            "CREATE TABLE tickets (ticket_id INTEGER PRIMARY KEY, body TEXT, "
            "updated_at TEXT, language TEXT)"
        )
        con.executemany("INSERT INTO tickets VALUES (?, ?, ?, ?)", ROWS)
    return path


def sql_spec(db: Path, **sql: object) -> SourceSpec:
    options = {"url": f"sqlite:///{db}", "table": "tickets", "updated_column": "updated_at"}
    options.update(sql)
    return SourceSpec(
        name="crm",
        kind="tickets",
        type="sql",
        sql={k: v for k, v in options.items() if v is not None},
        mapping={"external_id": "ticket_id", "text": "body", "lang": "language"},
    )


def test_table_read_and_incremental_watermark(db: Path) -> None:
    spec = sql_spec(db)
    first = read_source(spec)
    assert [i.external_id for i in first.items] == ["1", "2", "3", "5"]
    assert [q.reason for q in first.quarantined] == ["empty_text"]
    assert first.items[1].lang == "cs" and first.items[1].channel == "ticket"
    mark = first.watermarks["crm"]
    assert decode_watermark(mark) == "2024-03-04 11:00:00"

    again = read_source(spec, since=mark)
    assert [i.external_id for i in again.items] == ["5"]  # >=: re-read, skipped by hash later

    with sqlite3.connect(db) as con:
        con.execute(
            "UPDATE tickets SET body = ?, updated_at = ? WHERE ticket_id = 2",
            ("Faktura je špatně, účtovali mi dvakrát a nikdo neodpovídá.", "2024-03-05 07:00:00"),
        )
        con.execute(
            "INSERT INTO tickets VALUES (6, 'Zásielka neprišla.', '2024-03-04 11:00:00', 'sk')"
        )
    later = read_source(spec, since=mark)
    assert sorted(i.external_id for i in later.items) == ["2", "5", "6"]
    assert "nikdo neodpovídá" in next(i.text for i in later.items if i.external_id == "2")
    assert decode_watermark(later.watermarks["crm"]) == "2024-03-05 07:00:00"


def test_query_source_with_hostile_watermark_is_bound_not_spliced(db: Path) -> None:
    spec = sql_spec(
        db, table=None, query="SELECT ticket_id, body, updated_at, language FROM tickets"
    )
    hostile = encode_watermark("2024-03-03' OR '1'='1")
    result = read_source(spec, since=hostile)
    assert [i.external_id for i in result.items] == ["5"]
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM tickets").fetchone() == (5,)


def test_statement_uses_bound_parameter_and_quoted_identifiers() -> None:
    options = sql_spec(Path("x.db")).sql
    assert options is not None
    statement = build_select(options, sa.create_engine("sqlite://").dialect, "2024")
    assert str(statement) == (
        "SELECT * FROM tickets WHERE updated_at >= :since ORDER BY updated_at"
    )
    assert statement.compile().params == {"since": "2024"}


@pytest.mark.parametrize(
    "value",
    [
        "2024-03-04 11:00:00",
        17,
        2.5,
        datetime(2024, 3, 4, 11, tzinfo=UTC),
        date(2024, 3, 4),
    ],
)
def test_watermark_round_trips_its_type(value: object) -> None:
    assert decode_watermark(encode_watermark(value)) == value


def test_bad_identifiers_are_config_errors(db: Path) -> None:
    with pytest.raises(ValueError):
        sql_spec(db, table="tickets; DROP TABLE tickets")
    with pytest.raises(ValueError):
        sql_spec(db, updated_column="updated_at) OR (1=1")


def test_url_from_environment_and_errors_hide_the_password(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = SourceSpec(
        name="crm",
        kind="tickets",
        type="sql",
        sql={"url_env": "CRM_DB_URL", "table": "tickets"},
        mapping={"external_id": "ticket_id", "text": "body"},
    )
    monkeypatch.delenv("CRM_DB_URL", raising=False)
    with pytest.raises(ConfigError, match="CRM_DB_URL"):
        read_source(spec)
    monkeypatch.setenv("CRM_DB_URL", f"sqlite:///{db}")
    assert len(read_source(spec).items) == 4

    missing = SourceSpec(
        name="crm",
        kind="tickets",
        type="sql",
        sql={"url": f"sqlite:///{db}", "table": "no_such_table"},
    )
    with pytest.raises(InputError, match="no_such_table|no such table"):
        read_source(missing)


# ------------------------------------------------------------------ PostgreSQL
# (the throwaway server is the `pg_url` fixture of conftest.py)


def test_postgresql_incremental_on_timestamptz(pg_url: str) -> None:
    engine = sa.create_engine(pg_url)
    with engine.begin() as con:
        con.execute(sa.text("DROP TABLE IF EXISTS tickets"))
        con.execute(
            sa.text(
                "CREATE TABLE tickets (ticket_id int PRIMARY KEY, body text, "
                "updated_at timestamptz, language text)"
            )
        )
        for row in ROWS:
            con.execute(
                sa.text("INSERT INTO tickets VALUES (:i, :b, CAST(:u AS timestamptz), :l)"),
                {"i": row[0], "b": row[1], "u": row[2] + "+00", "l": row[3]},
            )
    engine.dispose()
    spec = SourceSpec(
        name="crm",
        kind="tickets",
        type="sql",
        sql={"url": pg_url, "table": "public.tickets", "updated_column": "updated_at"},
        mapping={"external_id": "ticket_id", "text": "body", "lang": "language"},
    )
    first = read_source(spec)
    assert [i.external_id for i in first.items] == ["1", "2", "3", "5"]
    mark = first.watermarks["crm"]
    assert decode_watermark(mark) == datetime(2024, 3, 4, 11, tzinfo=UTC)
    assert [i.external_id for i in read_source(spec, since=mark).items] == ["5"]

    query = SourceSpec(
        name="crm",
        kind="tickets",
        type="sql",
        sql={
            "url": pg_url,
            "query": "SELECT ticket_id, body, updated_at FROM tickets WHERE language <> 'de'",
            "updated_column": "updated_at",
        },
        mapping={"external_id": "ticket_id", "text": "body"},
    )
    since = encode_watermark(datetime(2024, 3, 2, 9, tzinfo=UTC))
    assert [i.external_id for i in read_source(query, since=since).items] == ["2", "3"]
