"""Erase a customer or an item, and retention: store and every file under the output folder."""

from __future__ import annotations

import csv
import io
import json
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import vocmine.pipeline.run as pipeline
from vocmine.analysis.pseudonyms import Pseudonymiser
from vocmine.cli.main import app
from vocmine.config import Settings
from vocmine.errors import ConfigError, InputError
from vocmine.export.safe_cells import write_safe_csv
from vocmine.nlp.customer_text import customer_text
from vocmine.pipeline.erasure import erase_customer, erase_item
from vocmine.pipeline.pseudonym_key import pseudonymiser_for
from vocmine.schemas import content_hash
from vocmine.store import open_store

ANNA = "client-4711"
TODAY = datetime.now(UTC).replace(microsecond=0)

# (external id, customer, channel, conversation, lang, text, days ago)
ROWS = [
    (
        "a1",
        ANNA,
        "ticket",
        "t-1",
        "pl",
        "Przesyłka nie dotarła, reklamacja bez odpowiedzi od tygodnia.",
        3,
    ),
    (
        "a2",
        " Client-4711",
        "chat",
        "t-1",
        "pl",
        "Trzeci raz piszę w sprawie paczki, rezygnuję z usług.",
        2,
    ),
    (
        "a3",
        ANNA,
        "review",
        None,
        "en",
        "Annas review: the courier was late and rude, never again.",
        1,
    ),
    (
        "b1",
        "bob-77",
        "ticket",
        "t-2",
        "en",
        "I was charged twice for the same order, refund me now.",
        3,
    ),
    ("b2", "bob-77", "review", None, "de", "Die Lieferung kam pünktlich, alles bestens.", 2),
    ("c1", "cara-9", "ticket", "t-3", "cs", "Zásilka přišla poškozená a reklamace trvá měsíc.", 5),
    ("c2", "cara-9", "review", None, "ru", "Оператор бросил трубку, больше к вам не обращусь.", 4),
    ("d1", "dan-5", "review", None, "en", "Great app, quick delivery and friendly support.", 1),
    (
        "d2",
        "dan-5",
        "ticket",
        "t-4",
        "uk",
        "Посилка загубилася, ніхто не відповідає на дзвінки.",
        6,
    ),
    ("e1", "eva-3", "review", None, "sk", "Balík prišiel neskoro a kuriér bol nepríjemný.", 2),
]


def write_rows(path: Path, rows: list[tuple]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for external_id, customer, channel, conversation, lang, text, days in rows:
            row = {
                "id": external_id,
                "customer": customer,
                "channel": channel,
                "conversation_id": conversation,
                "lang": lang,
                "text": text,
                "created_at": (TODAY - timedelta(days=days)).isoformat(),
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


@pytest.fixture
def erase_settings(tmp_path: Path) -> Settings:
    from tests.conftest import fast_settings

    return fast_settings(tmp_path)  # 10 items: too few to fit topics, vectors still cached


@pytest.fixture
def ran(erase_settings: Settings, tmp_path: Path) -> Settings:
    source = tmp_path / "items.jsonl"
    write_rows(source, ROWS)
    summary = pipeline.run_pipeline(erase_settings, inputs=[source])
    assert summary.stored == len(ROWS)
    out = erase_settings.resolve(erase_settings.out_dir)
    with open_store(erase_settings.resolved_store_url) as store:
        cases = pd.DataFrame(store.list_followups("all"))
        insights = store.read_insights()
    assert set(cases["customer_key"]) & set(insights["customer_key"])  # some case of a customer
    # An analyst's own copies under the output folder: a case export and a JSON Lines extract.
    (out / "cases").mkdir()
    write_safe_csv(cases.astype(str), out / "cases" / "open-cases.csv")
    with (out / "extract.jsonl").open("w", encoding="utf-8") as handle:
        for row in insights[["item_id", "customer_key", "text_redacted"]].to_dict("records"):
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return erase_settings


def store_snapshot(settings: Settings) -> dict[str, list[str]]:
    """Every row of every table as text, per table."""
    with open_store(settings.resolved_store_url) as store:
        session = store._db
        tables = [
            r[0]
            for r in session.fetchall(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
            )
        ]
        return {
            t: sorted(
                json.dumps(r, default=str, ensure_ascii=False)
                for r in session.fetchall(f"SELECT * FROM {t}")
            )
            for t in tables
        }


def file_texts(out: Path) -> dict[str, str]:
    """Every file under ``out`` as searchable text (Parquet and workbooks read cell by cell)."""
    texts = {}
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        if path.suffix == ".parquet":
            texts[str(path)] = pd.read_parquet(path).to_json(force_ascii=False, date_format="iso")
        elif path.suffix == ".xlsx":
            sheets = pd.read_excel(path, sheet_name=None)
            texts[str(path)] = " ".join(
                s.to_json(force_ascii=False, date_format="iso") for s in sheets.values()
            )
        elif path.suffix == ".png":
            continue
        else:
            texts[str(path)] = path.read_bytes().decode("utf-8", errors="replace")
    return texts


def marks_of(settings: Settings, customer: str) -> dict[str, list[str]]:
    """What identifies a customer: item ids, keys, case ids, texts (redacted)."""
    with open_store(settings.resolved_store_url) as store:
        keys = pseudonymiser_for(settings, store).keys_of(customer)
        insights = store.read_insights()
        mine = insights[insights["customer_key"].isin(keys)]
        cases = [c["case_id"] for c in store.list_followups("all") if c["customer_key"] in keys]
    return {
        "item_ids": list(mine["item_id"]),
        "keys": [k for k in keys if k],
        "case_ids": cases,
        "texts": [t[:40] for t in mine["text_redacted"]],
    }


def cached_vectors(settings: Settings, item_ids: list[str]) -> tuple[set[str], set[str]]:
    """Return the cached vector keys of these items' texts and clauses, and of the others'."""
    with open_store(settings.resolved_store_url) as store:
        insights = store.read_insights()
        cached = {h for (h,) in store._db.fetchall("SELECT content_hash FROM embeddings")}

    def keys(rows: pd.DataFrame) -> set[str]:
        texts = {t for text in rows["text_redacted"] for t in (text, customer_text(text))}
        texts |= {s["text"] for sentences in rows["sentences"] for s in sentences}
        return {content_hash(t) for t in texts} & cached

    mine = insights["item_id"].isin(item_ids)
    return keys(insights[mine]), keys(insights[~mine])


def test_erasing_a_customer_leaves_no_trace_and_nothing_else_changes(ran: Settings) -> None:
    out = ran.resolve(ran.out_dir)
    marks = marks_of(ran, ANNA)
    assert len(marks["item_ids"]) == 3 and marks["case_ids"]
    with open_store(ran.resolved_store_url) as store:  # analysts corrected her item and another
        other_item = next(i for i in store.read_insights()["item_id"] if i not in marks["item_ids"])
        for item_id in (marks["item_ids"][0], other_item):
            store.add_corrections(item_id, {"sentiment": "neutral"}, {}, actor="analyst1")
    before_store, before_files = store_snapshot(ran), file_texts(out)
    everything = [m for ms in marks.values() for m in ms] + [ANNA]
    assert any(m in text for text in before_files.values() for m in marks["texts"])

    anna_vectors, other_vectors = cached_vectors(ran, marks["item_ids"])
    assert anna_vectors and other_vectors

    dry = erase_customer(ran, ANNA, dry_run=True)
    assert dry.items == 3 and dry.rows["insights"] == 3 and dry.rows["followups"] >= 1
    assert dry.rows["corrections"] == 1 and dry.rows["audit_events"] == 1
    assert dry.rows["embeddings"] >= 1 and dry.files and dry.erasure_id is None
    assert store_snapshot(ran) == before_store and file_texts(out) == before_files

    report = erase_customer(ran, ANNA, actor="dpo@company")
    assert report.rows == dry.rows and report.erasure_id and not report.files_left
    after_store, after_files = store_snapshot(ran), file_texts(out)
    for table, rows in after_store.items():
        for row in rows:
            leaked = [m for m in everything if m in row]
            assert not leaked, f"{table} still holds {leaked}: {row[:200]}"
    for path, text in after_files.items():
        leaked = [m for m in everything if m in text]
        assert not leaked, f"{path} still holds {leaked}"

    assert cached_vectors(ran, marks["item_ids"]) == (set(), other_vectors)

    # Every other customer's rows are unchanged (the store: row for row).
    for table in ("insights", "quarantine", "followup_items", "runs", "topics", "corrections"):
        mine = [r for r in before_store[table] if any(m in r for m in everything)]
        expected = sorted(set(before_store[table]) - set(mine))
        if table != "runs":
            assert after_store[table] == expected, table
    others = [r for r in before_store["followups"] if not any(m in r for m in everything)]
    assert sorted(others) == after_store["followups"]
    # ... and in the run partitions, row for row.
    partitions = sorted((out / "dataset").glob("insights-*.csv"))
    assert partitions
    for path in partitions:
        rows_before = list(csv.reader(io.StringIO(before_files[str(path)], newline="")))
        kept = [r for r in rows_before if not any(m in c for c in r for m in everything)]
        assert list(csv.reader(io.StringIO(after_files[str(path)], newline=""))) == kept

    [record] = [json.loads(r) for r in after_store["erasures"]]
    assert record[2] == "dpo@company" and record[3] == "customer"
    assert not any(m in json.dumps(record) for m in everything)

    again = erase_customer(ran, ANNA)
    assert not again.found and again.erasure_id is None
    assert store_snapshot(ran) == after_store and file_texts(out) == after_files


def test_erasing_one_item_by_external_id_keeps_the_customers_other_items(ran: Settings) -> None:
    with pytest.raises(InputError):
        erase_item(ran, "  ")
    report = erase_item(ran, "a3")
    assert report.items == 1 and report.rows["insights"] == 1
    with open_store(ran.resolved_store_url) as store:
        left = set(store.read_insights()["external_id"])
    assert "a3" not in left and {"a1", "a2"} <= left


def test_erasure_needs_the_stores_key(ran: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOCMINE_PSEUDONYM_KEY", "another key of enough length")
    from vocmine.config import load_settings

    other = load_settings(ran.base_dir / "vocmine.yaml")
    assert other.pseudonym_key is not None
    with pytest.raises(ConfigError, match="not the one"):
        erase_customer(other, ANNA)


def test_the_cli_erases_with_a_dry_run_first(ran: Settings) -> None:
    config = str(ran.base_dir / "vocmine.yaml")
    runner = CliRunner()
    dry = runner.invoke(app, ["erase", "--customer", ANNA, "--dry-run", "--config", config])
    assert dry.exit_code == 0, dry.output
    assert "would erase 3 items" in dry.output and "insights 3" in dry.output
    done = runner.invoke(app, ["erase", "--customer", ANNA, "--config", config, "--json"])
    assert done.exit_code == 0, done.output
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["items"] == 3 and result["erasure_id"]
    again = runner.invoke(app, ["erase", "--customer", ANNA, "--config", config])
    assert again.exit_code == 0 and "nothing to erase" in again.output
    both = runner.invoke(app, ["erase", "--customer", ANNA, "--item", "b1", "--config", config])
    assert both.exit_code == 2 and "either --customer ID or --item ID" in both.output


def test_two_fresh_stores_give_different_keys_and_the_key_file_is_private(tmp_path: Path) -> None:
    from tests.conftest import fast_settings

    keys = []
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        settings = fast_settings(folder)
        with open_store(settings.resolved_store_url) as store:
            keys.append(pseudonymiser_for(settings, store).customer_key(ANNA))
        key_file = Path(settings.resolved_store_url.removeprefix("duckdb:///") + ".key")
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert keys[0] != keys[1]


def test_a_lost_key_file_is_refused_not_replaced(ran: Settings) -> None:
    key_file = Path(ran.resolved_store_url.removeprefix("duckdb:///") + ".key")
    key_file.unlink()
    with open_store(ran.resolved_store_url) as store, pytest.raises(ConfigError, match="missing"):
        pseudonymiser_for(ran, store)
    assert not key_file.exists()


def test_the_key_can_come_from_a_named_secret(ran: Settings) -> None:
    key_file = Path(ran.resolved_store_url.removeprefix("duckdb:///") + ".key")
    secret = key_file.read_text(encoding="utf-8").strip()
    settings = ran.model_copy(update={"pseudonym_key_secret": "vocmine-pseudonym-key"})
    with open_store(ran.resolved_store_url) as store:
        with pytest.raises(ConfigError, match="only the Prefect flow"):
            pseudonymiser_for(settings, store)
        read = pseudonymiser_for(settings, store, secrets={"vocmine-pseudonym-key": secret}.get)
    assert read == Pseudonymiser(secret.encode(), ran.customer_salt)
