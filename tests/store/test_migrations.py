"""Schema versions: a released store upgrades keeping every row; current stores see no DDL.

``fixtures/store_v0.duckdb.gz`` is a store the last release without schema
versions wrote (fixtures/README.md says how); PostgreSQL "old" stores are
made with the baseline DDL and no ``schema_version``.
"""

from __future__ import annotations

import gzip
import hashlib
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

import vocmine.store._migrations as migrations
from vocmine.cli.main import app
from vocmine.config import load_settings
from vocmine.errors import StoreError
from vocmine.store import (
    LATEST_VERSION,
    open_store,
    read_schema_version,
    upgrade_store,
)
from vocmine.store._duckdb import DuckDBSession
from vocmine.store._migrations import MIGRATIONS, Migration, ensure_current, sql
from vocmine.store._postgres import postgres_session
from vocmine.store._session import Session

FIXTURE = Path(__file__).parent / "fixtures" / "store_v0.duckdb.gz"
V0_ROWS = {
    "embeddings": 508,
    "followup_events": 60,
    "followup_items": 60,
    "followups": 60,
    "insights": 103,
    "processed_files": 0,
    "quarantine": 6,
    "runs": 1,
    "topic_id_map": 7,
    "topic_refits": 1,
    "topics": 8,
    "watermarks": 5,
}
"""Rows per table of the fixture, as the release wrote it."""

runner = CliRunner()


@pytest.fixture
def v0_path(tmp_path: Path) -> Path:
    """A fresh copy of the release's store."""
    path = tmp_path / "store_v0.duckdb"
    with gzip.open(FIXTURE) as packed, path.open("wb") as out:
        shutil.copyfileobj(packed, out)
    return path


def _duckdb_rows(path: Path) -> dict[str, int]:
    with duckdb.connect(str(path), read_only=True) as con:
        tables = [t for (t,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _duckdb_checksum(path: Path, table: str, key: str) -> str:
    """SHA-256 of a table's rows (every column as text), in key order."""
    with duckdb.connect(str(path), read_only=True) as con:
        columns = [
            c for (c,) in con.execute(f"SELECT column_name FROM (DESCRIBE {table})").fetchall()
        ]
        as_text = ", ".join(f'CAST("{c}" AS VARCHAR)' for c in columns)
        rows = con.execute(f"SELECT {as_text} FROM {table} ORDER BY {key}").fetchall()
    return hashlib.sha256(repr((columns, rows)).encode()).hexdigest()


def _duckdb_columns(path: Path) -> set[tuple[str, str, str]]:
    with duckdb.connect(str(path), read_only=True) as con:
        return set(
            con.execute(
                "SELECT table_name, column_name, data_type FROM information_schema.columns"
            ).fetchall()
        )


def _versions(session: Session) -> list[tuple[int, str]]:
    return [
        tuple(r) for r in session.fetchall("SELECT version, name FROM schema_version ORDER BY 1")
    ]


def _session(url: str) -> Session:
    if url.startswith("duckdb:///"):
        return DuckDBSession(url[len("duckdb:///") :])
    return postgres_session(url)


def _with_migration(monkeypatch: pytest.MonkeyPatch, migration: Migration) -> None:
    """Make ``migration`` the code's newest (as an appended migration would be)."""
    monkeypatch.setattr(migrations, "MIGRATIONS", (*MIGRATIONS, migration))
    monkeypatch.setattr(migrations, "LATEST_VERSION", migration.version)


def _counting(step: Callable[[Session], None], calls: list[int]) -> Callable[[Session], None]:
    def apply(session: Session) -> None:
        calls.append(1)
        step(session)

    return apply


# --------------------------------------------------------------- the list itself


def test_migrations_are_numbered_from_one_without_gaps() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert MIGRATIONS[-1].version == LATEST_VERSION
    names = [m.name for m in MIGRATIONS]
    assert all(names) and len(set(names)) == len(names)
    assert MIGRATIONS[0].name == "baseline"


# --------------------------------------------------------------- the release's store


def test_the_release_store_upgrades_keeping_every_row(v0_path: Path) -> None:
    before = _duckdb_rows(v0_path)
    assert before == V0_ROWS  # the fixture is what the release wrote
    insights = _duckdb_checksum(v0_path, "insights", "item_id")
    cases = _duckdb_checksum(v0_path, "followups", "case_id")
    events = _duckdb_checksum(v0_path, "followup_events", "event_id")
    assert read_schema_version(f"duckdb:///{v0_path}") == 0

    with open_store(f"duckdb:///{v0_path}") as store:
        assert len(store.read_insights()) == V0_ROWS["insights"]
        assert _versions(store._db) == [(m.version, m.name) for m in MIGRATIONS]

    after = _duckdb_rows(v0_path)
    assert after.pop("schema_version") == len(MIGRATIONS)
    assert {t: n for t, n in after.items() if t in V0_ROWS} == V0_ROWS
    assert _duckdb_checksum(v0_path, "insights", "item_id") == insights
    assert _duckdb_checksum(v0_path, "followups", "case_id") == cases
    assert _duckdb_checksum(v0_path, "followup_events", "event_id") == events
    assert read_schema_version(f"duckdb:///{v0_path}") == LATEST_VERSION


def test_the_upgraded_release_store_has_the_schema_of_a_new_store(
    v0_path: Path, tmp_path: Path
) -> None:
    fresh = tmp_path / "fresh.duckdb"
    open_store(f"duckdb:///{fresh}").close()
    open_store(f"duckdb:///{v0_path}").close()
    assert _duckdb_columns(v0_path) == _duckdb_columns(fresh)


def test_the_upgraded_release_store_takes_new_writes(v0_path: Path) -> None:
    with open_store(f"duckdb:///{v0_path}") as store:
        case = store.list_followups(None)[0]
        updated = store.update_followup(
            case["case_id"], case["version"], {"owner": "ana"}, actor="tester", action="assigned"
        )
        events = store.list_followup_events()
    assert updated["owner"] == "ana" and updated["version"] == case["version"] + 1
    assert len(events) == V0_ROWS["followup_events"] + 1
    assert events[-1]["event_id"] > max(e["event_id"] for e in events[:-1])  # sequence went on


def test_a_store_of_an_older_release_gets_the_columns_added_since(v0_path: Path) -> None:
    with duckdb.connect(str(v0_path)) as con:  # as the first release wrote it
        for column in ("learned_categories", "signal_reasons", "needs_review"):
            con.execute(f"ALTER TABLE insights DROP COLUMN {column}")
        for column in ("team", "version", "closed_at"):
            con.execute(f"ALTER TABLE followups DROP COLUMN {column}")
        con.execute("DROP TABLE topic_id_map")
    with open_store(f"duckdb:///{v0_path}") as store:
        insights = store.read_insights()
        cases = store.list_followups(None)
        assert store.read_topic_id_map().empty
    assert len(insights) == V0_ROWS["insights"] and insights["signal_reasons"].isna().all()
    assert len(cases) == V0_ROWS["followups"] and {c["version"] for c in cases} == {1}


# --------------------------------------------------------------- opening a store


def test_a_current_store_opens_without_ddl(store_url: str) -> None:
    open_store(store_url).close()
    session = _session(store_url)
    calls: list[str] = []
    for name in ("script", "execute", "executemany", "transaction"):
        real = getattr(session, name)
        setattr(session, name, lambda *a, _n=name, _r=real, **k: (calls.append(_n), _r(*a, **k))[1])
    try:
        assert ensure_current(session, store_url) == []
        assert calls == []  # two reads, nothing else
    finally:
        session.close()
    with open_store(store_url) as again:
        assert _versions(again._db) == [(m.version, m.name) for m in MIGRATIONS]


def test_auto_upgrade_off_refuses_a_store_behind_the_code(v0_path: Path) -> None:
    url = f"duckdb:///{v0_path}"
    with pytest.raises(StoreError) as refused:
        open_store(url, auto_upgrade=False)
    message = str(refused.value)
    assert "at schema version 0" in message
    assert f"needs version {LATEST_VERSION}" in message
    assert f"vocmine store upgrade --store {url}" in message
    assert read_schema_version(url) == 0  # untouched, and not left open
    with open_store(url) as upgraded:  # the default upgrades
        assert len(upgraded.read_insights()) == V0_ROWS["insights"]
    open_store(url, auto_upgrade=False).close()  # a current store opens either way


def test_store_auto_upgrade_is_a_setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "vocmine.yaml"
    config.write_text("store_url: duckdb:///store.duckdb\n", encoding="utf-8")
    assert load_settings(config).store_auto_upgrade is True
    monkeypatch.setenv("VOCMINE_STORE_AUTO_UPGRADE", "false")
    assert load_settings(config).store_auto_upgrade is False


def test_a_store_newer_than_the_code_is_refused(store_url: str) -> None:
    with open_store(store_url) as store:
        store._db.execute(
            "INSERT INTO schema_version VALUES (?, 'from the future', now())", [LATEST_VERSION + 1]
        )
    for auto_upgrade in (True, False):
        with pytest.raises(StoreError, match=f"schema version {LATEST_VERSION + 1}, newer"):
            open_store(store_url, auto_upgrade=auto_upgrade)
    with pytest.raises(StoreError, match="never downgraded"):
        upgrade_store(store_url)


def test_an_appended_migration_runs_once_in_its_transaction(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(store_url).close()
    calls: list[int] = []
    step = sql("CREATE TABLE notes (note_id INTEGER PRIMARY KEY, body VARCHAR)")
    _with_migration(monkeypatch, Migration(LATEST_VERSION + 1, "notes", _counting(step, calls)))
    with open_store(store_url) as store:
        store._db.execute("INSERT INTO notes VALUES (1, 'kept')")
    with open_store(store_url) as store:
        assert store._db.fetchall("SELECT body FROM notes") == [("kept",)]
        assert _versions(store._db)[-1] == (LATEST_VERSION + 1, "notes")
    assert calls == [1]


def test_a_failing_migration_leaves_the_store_at_the_version_before(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(store_url).close()

    def half_done(session: Session) -> None:
        session.script(
            "CREATE TABLE notes (note_id INTEGER); ALTER TABLE runs ADD COLUMN x INTEGER"
        )
        raise RuntimeError("the migration broke half-way")

    _with_migration(monkeypatch, Migration(LATEST_VERSION + 1, "broken", half_done))
    with pytest.raises(RuntimeError, match="half-way"):
        open_store(store_url)
    monkeypatch.undo()
    with open_store(store_url) as store:  # rolled back: no table, no column, same version
        assert _versions(store._db)[-1][0] == LATEST_VERSION
        tables = store._db.fetchall(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'notes'"
        )
        assert tables == [(0,)]
        assert "x" not in store.read_runs().columns


def test_threads_upgrading_an_old_store_at_once_migrate_it_once(
    v0_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    baseline = MIGRATIONS[0]
    monkeypatch.setattr(
        migrations,
        "MIGRATIONS",
        (Migration(1, "baseline", _counting(baseline.apply, calls)), *MIGRATIONS[1:]),
    )
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def open_and_close() -> None:
        try:
            start.wait()
            upgrade_store(f"duckdb:///{v0_path}")  # what opening a store runs first
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_and_close) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == [] and calls == [1]
    assert _duckdb_rows(v0_path)["schema_version"] == len(MIGRATIONS)


# --------------------------------------------------------------- vocmine store ...


def test_cli_store_upgrade_dry_run_changes_nothing_then_upgrades(v0_path: Path) -> None:
    url = f"duckdb:///{v0_path}"
    shown = runner.invoke(app, ["store", "version", "--store", url])
    assert shown.exit_code == 0, shown.output
    assert "version: 0" in shown.stdout and f"target:  {LATEST_VERSION}" in shown.stdout

    dry = runner.invoke(app, ["store", "upgrade", "--store", url, "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "would apply 1: baseline" in dry.stdout and "nothing was changed" in dry.stdout
    assert read_schema_version(url) == 0
    assert "schema_version" not in _duckdb_rows(v0_path)

    done = runner.invoke(app, ["store", "upgrade", "--store", url])
    assert done.exit_code == 0, done.output
    assert "applied 1: baseline" in done.stdout
    assert f"now at version {LATEST_VERSION}" in done.stdout
    assert read_schema_version(url) == LATEST_VERSION
    assert {t: n for t, n in _duckdb_rows(v0_path).items() if t in V0_ROWS} == V0_ROWS

    again = runner.invoke(app, ["store", "upgrade", "--store", url, "--json"])
    assert again.exit_code == 0, again.output
    assert '"migrations": []' in again.stdout.splitlines()[-1]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://host/db", "unsupported store URL scheme 'mysql'"),
        ("duckdb:////nowhere/missing.duckdb", "no DuckDB store at /nowhere/missing.duckdb"),
    ],
)
def test_cli_store_commands_explain_a_bad_url(url: str, message: str) -> None:
    for command in (["store", "version"], ["store", "upgrade"], ["store", "upgrade", "--dry-run"]):
        result = runner.invoke(app, [*command, "--store", url])
        assert result.exit_code == 2
        assert message in " ".join(result.stderr.split())
        assert "Traceback" not in result.output
    assert not Path("/nowhere/missing.duckdb").exists()  # nothing was created


def test_cli_store_upgrade_refuses_a_newer_store(tmp_path: Path) -> None:
    url = f"duckdb:///{tmp_path / 'store.duckdb'}"
    with open_store(url) as store:
        store._db.execute("INSERT INTO schema_version VALUES (?, 'future', now())", [99])
    result = runner.invoke(app, ["store", "upgrade", "--store", url])
    assert result.exit_code == 2
    assert "newer than this vocmine" in " ".join(result.stderr.split())


# --------------------------------------------------------------- PostgreSQL


def _old_postgres_store(url: str) -> None:
    """A database as the last unversioned release left it: its DDL, some rows, no version."""
    session = postgres_session(url)
    try:
        with session.transaction():
            MIGRATIONS[0].apply(session)
        for column in ("needs_review", "review_reasons"):  # and from before these columns
            session.execute(f"ALTER TABLE insights DROP COLUMN {column}")
        session.execute(
            "INSERT INTO insights (item_id, source, external_id, content_hash, text_redacted) "
            "VALUES ('i1', 'shop', '1', 'h1', 'Paczka nie dotarła'), "
            "('i2', 'shop', '2', 'h2', 'Dziękuję')"
        )
        session.execute("INSERT INTO runs (run_id, status) VALUES ('r1', 'completed')")
        session.execute(
            "INSERT INTO followups (case_id, item_id, status, reasons) "
            "VALUES ('c1', 'i1', 'new', '[\"negative\"]')"
        )
        session.execute("INSERT INTO watermarks VALUES ('shop', '2026-11-01', now())")
    finally:
        session.close()


def test_a_new_postgres_store_is_at_the_latest_version(pg_store_url: str) -> None:
    with open_store(pg_store_url) as store:
        assert _versions(store._db) == [(m.version, m.name) for m in MIGRATIONS]
        indexes = {
            name
            for (name,) in store._db.fetchall(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'insights'"
            )
        }
    assert {"insights_customer_key", "insights_topic_id"} <= indexes
    assert read_schema_version(pg_store_url) == LATEST_VERSION


def test_an_old_postgres_store_upgrades_keeping_its_rows(pg_store_url: str) -> None:
    _old_postgres_store(pg_store_url)
    assert read_schema_version(pg_store_url) == 0
    with pytest.raises(StoreError, match="vocmine store upgrade"):
        open_store(pg_store_url, auto_upgrade=False)
    with open_store(pg_store_url) as store:
        insights = store.read_insights().set_index("item_id")
        assert insights["text_redacted"].to_dict() == {"i1": "Paczka nie dotarła", "i2": "Dziękuję"}
        assert insights["needs_review"].isna().all()  # the column is back, unknown
        assert store.read_runs()["run_id"].tolist() == ["r1"]
        assert [case["case_id"] for case in store.list_followups(None)] == ["c1"]
        assert store._db.fetchall("SELECT case_id, item_id FROM followup_items") == [("c1", "i1")]
        assert store.get_watermark("shop") == "2026-11-01"
        assert _versions(store._db) == [(m.version, m.name) for m in MIGRATIONS]


SLOW_UPGRADE = """
import sys, time
import vocmine.store._migrations as m
baseline = m.MIGRATIONS[0].apply
def slow(session):
    baseline(session)
    time.sleep(1.0)  # hold the transaction open while the others try
m.MIGRATIONS = (m.Migration(1, "baseline", slow), *m.MIGRATIONS[1:])
from vocmine.store import upgrade_store
print(len(upgrade_store(sys.argv[1]).migrations))
"""


def test_processes_opening_an_old_postgres_store_at_once_migrate_it_once(
    pg_store_url: str,
) -> None:
    _old_postgres_store(pg_store_url)
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", SLOW_UPGRADE, pg_store_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    outputs = [worker.communicate(timeout=120) for worker in workers]
    assert [w.returncode for w in workers] == [0, 0, 0], [err for _, err in outputs]
    applied = [int(out.strip().splitlines()[-1]) for out, _ in outputs]
    # each migration applied once, by whichever process took the lock first: usually one
    # process applies them all, but under load another can win a later migration's lock
    # (the lock is per migration's transaction), so only the total is fixed
    assert sum(applied) == len(MIGRATIONS), applied
    with open_store(pg_store_url) as store:
        assert _versions(store._db) == [(m.version, m.name) for m in MIGRATIONS]
        assert len(store.read_insights()) == 2
