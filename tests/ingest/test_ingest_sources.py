"""Tests for Parquet, folder drops, path confinement, text cleaning and parser fuzzing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vocmine.config import Settings
from vocmine.ingest import SourceSpec, read_files, read_source
from vocmine.ingest.clean import clean_text, strip_html, strip_quoted_reply
from vocmine.ingest.records import MAX_TEXT_CHARS, record_row
from vocmine.ingest.spec import PathEscapeError
from vocmine.pipeline.run import advance_watermarks, ingest
from vocmine.schemas import FeedbackItem, IngestResult
from vocmine.store import open_store

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def balanced(result: IngestResult) -> bool:
    return result.rows_in == len(result.items) + len(result.quarantined) + result.skipped_duplicates


def write_parquet(path: Path, rows: list[dict]) -> Path:
    pq.write_table(pa.Table.from_pylist(rows), path)
    return path


# ------------------------------------------------------------------ parquet


def test_parquet_reviews(tmp_path: Path) -> None:
    path = write_parquet(
        tmp_path / "reviews.parquet",
        [
            {
                "review_id": "r1",
                "text": "Świetny sklep, polecam!",
                "rating": 5.0,
                "date": "2024-03-01",
            },
            {"review_id": "r2", "text": "  ", "rating": 1.0, "date": "2024-03-02"},
            {"review_id": "r1", "text": "Duplikat", "rating": 2.0, "date": "2024-03-03"},
            {"review_id": None, "text": "Без номера", "rating": None, "date": None},
        ],
    )
    result = read_source(SourceSpec(name="shop", kind="reviews", path=path))
    assert [i.external_id for i in result.items] == ["r1"]
    assert result.items[0].rating == 5.0 and result.items[0].created_at is not None
    assert sorted(q.reason for q in result.quarantined) == [
        "empty_text",
        "missing_field:external_id",
    ]
    assert result.skipped_duplicates == 1 and balanced(result)
    assert len(read_files([path]).items) == 1


def test_corrupt_parquet_is_one_quarantined_row(tmp_path: Path) -> None:
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 this is not parquet at all")
    result = read_source(SourceSpec(name="shop", kind="reviews", path=path))
    assert [q.reason for q in result.quarantined] == ["undecodable"]
    assert balanced(result)


# ------------------------------------------------------------------ folder drop


def drop_settings(tmp_path: Path, drop: Path) -> Settings:
    return Settings(
        store_url=f"duckdb:///{tmp_path / 'store.duckdb'}",
        base_dir=tmp_path,
        sources=[SourceSpec(name="drop", kind="reviews", type="folder_drop", path=drop)],
    )


def test_folder_drop_reads_each_file_once(tmp_path: Path) -> None:
    drop = tmp_path / "inbox"
    drop.mkdir()
    (drop / "a.csv").write_text("id,text\n1,Zásilka nepřišla\n2,Díky za rychlé doručení\n", "utf-8")
    write_parquet(drop / "b.parquet", [{"id": "3", "text": "Dostawa spóźniona o tydzień"}])
    settings = drop_settings(tmp_path, drop)
    with open_store(settings.resolved_store_url) as store:
        first = ingest(settings, store=store)
        assert len(first.items) == 3 and len(first.files_read) == 2
        again = ingest(settings, store=store)  # not stored yet: read again (crash safety)
        assert len(again.items) == 3
        advance_watermarks(store, first)
        assert ingest(settings, store=store).rows_in == 0

        (drop / "c.jsonl").write_text('{"id": "4", "text": "Товар пришёл разбитым"}\n', "utf-8")
        (drop / "a.csv").write_text('id,text\n1,"Zásilka nepřišla, pořád čekám"\n', "utf-8")
        later = ingest(settings, store=store)
        assert sorted(i.external_id for i in later.items) == ["1", "4"]
        advance_watermarks(store, later)
        advance_watermarks(store, later)  # idempotent
        assert ingest(settings, store=store).rows_in == 0
        assert len(store.processed_files("drop")) == 4


# ------------------------------------------------------------------ paths


def test_paths_cannot_escape_their_root(tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.mkdir()
    (root / "ok.csv").write_text("id,text\n1,ok\n", "utf-8")
    secret = tmp_path / "secret.csv"
    secret.write_text("id,text\n1,secret\n", "utf-8")
    spec = SourceSpec(name="s", kind="reviews", path="ok.csv", root="data")
    assert spec.resolved(tmp_path).path == root / "ok.csv"
    for bad in ("../secret.csv", str(secret), "sub/../../secret.csv"):
        with pytest.raises(PathEscapeError, match="outside its root"):
            SourceSpec(name="s", kind="reviews", path=bad, root="data").resolved(tmp_path)
    os.symlink(secret, root / "link.csv")
    folder = SourceSpec(name="s", kind="reviews", path=".", root="data").resolved(tmp_path)
    with pytest.raises(PathEscapeError):
        folder.files()


def test_source_types_need_their_options() -> None:
    with pytest.raises(ValueError, match="needs a path"):
        SourceSpec(name="s", kind="reviews")
    with pytest.raises(ValueError, match="rest"):
        SourceSpec(name="s", kind="tickets", type="rest")
    with pytest.raises(ValueError, match="exactly one"):
        SourceSpec(name="s", kind="tickets", type="sql", sql={"url": "sqlite://"})


# ------------------------------------------------------------------ cleaning


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "<div>Dobrý den,<br>objednávka <b>nedorazila</b>.</div>",
            "Dobrý den,\nobjednávka nedorazila.",
        ),
        ("<p>Ceny &amp; dostawa</p><script>alert(1)</script>", "Ceny & dostawa"),
        ("Nie działa.<blockquote>Poprzednia wiadomość</blockquote>", "Nie działa."),
        ("Ich finde 3 < 5 gut", "Ich finde 3 < 5 gut"),
    ],
)
def test_strip_html(raw: str, expected: str) -> None:
    assert strip_html(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Still broken.\n\nOn Mon, 4 Mar 2024 at 10:12, Support <help@shop.com> wrote:\n> Fixed?",
            "Still broken.",
        ),
        (
            "Dalej nic.\nW dniu 4.03.2024 o 10:12, Sklep <bok@sklep.pl> napisała:\n> Witam",
            "Dalej nic.",
        ),
        ("Pořád nic.\nDne 4. 3. 2024 v 10:12 Podpora napsal(a):\n> Dobrý den", "Pořád nic."),
        (
            "Immer noch nichts.\nAm 04.03.2024 um 10:12 schrieb Support <s@x.de>:\n> Hallo",
            "Immer noch nichts.",
        ),
        (
            "Всё ещё жду.\n4 марта 2024 г., в 10:12, Поддержка <s@x.ru> написал:\n> Здравствуйте",
            "Всё ещё жду.",
        ),
        ("Nowy tekst\n> cytat\n>> starszy cytat\ndalszy tekst", "Nowy tekst\ndalszy tekst"),
        ("Text\n-----Original Message-----\nFrom: x", "Text"),
    ],
)
def test_strip_quoted_reply(raw: str, expected: str) -> None:
    assert strip_quoted_reply(raw) == expected


def test_only_quoted_text_is_quarantined_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "mails.jsonl"
    path.write_text(json.dumps({"id": "m1", "text": "> Dziękujemy za kontakt"}) + "\n", "utf-8")
    result = read_files([path])
    assert [q.reason for q in result.quarantined] == ["empty_text"]


def test_megabyte_text_is_truncated_and_flagged(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    huge = ("Paczka nie dotarła 📦\u200b\u202e. " * 40_000)[:1_000_000]
    path.write_text(json.dumps({"id": "big", "text": huge}, ensure_ascii=False) + "\n", "utf-8")
    result = read_files([path])
    (item,) = result.items
    assert item.meta["truncated"] is True
    assert len(item.text) <= MAX_TEXT_CHARS
    assert "\u200b" not in item.text and "\u202e" not in item.text and "📦" in item.text


# ------------------------------------------------------------------ fuzzing

SPEC = SourceSpec(name="fuzz", kind="tickets", path="x.json")
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)
records = st.dictionaries(
    st.sampled_from(
        ["id", "body", "subject", "updated_at", "created_at", "rating", "customer", "lang", "x"]
    ),
    json_values,
    max_size=8,
)


@FUZZ
@given(record=records | json_values)
def test_records_from_apis_never_raise(record: object) -> None:
    row = record_row(record, SPEC, "fuzz #1", record)
    assert isinstance(row, FeedbackItem) or row.reason


@FUZZ
@given(text=st.text(max_size=300) | st.text(alphabet="<>/ab pr\n>&;\u200b\u200f", max_size=200))
def test_clean_text_never_raises_and_never_grows_markup(text: str) -> None:
    cleaned = clean_text(text)
    assert isinstance(cleaned, str)
    assert len(cleaned) <= len(text) + text.count(">") * 2 + 2


@pytest.mark.parametrize("suffix", [".json", ".xlsx", ".parquet"])
@FUZZ
@given(data=st.binary(max_size=300))
def test_random_bytes_in_binary_and_json_files_never_raise(
    tmp_path: Path, suffix: str, data: bytes
) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    result = read_files([path])
    assert balanced(result)


@FUZZ
@given(pages=st.lists(records, max_size=4))
def test_random_json_documents_never_raise(tmp_path: Path, pages: list[dict]) -> None:
    path = tmp_path / "fuzz.json"
    path.write_text(json.dumps(pages, default=str), "utf-8")
    result = read_files([path])
    assert balanced(result)


turns = st.lists(
    st.dictionaries(
        st.sampled_from(["role", "speaker", "text", "message", "at", "timestamp", "x"]),
        json_values,
        max_size=4,
    )
    | json_values,
    max_size=5,
)
conversations = st.dictionaries(
    st.sampled_from(["id", "conversation_id", "turns", "messages", "created_at", "customer"]),
    turns | json_values,
    max_size=5,
)


@FUZZ
@given(lines=st.lists(conversations | json_values, max_size=4))
def test_random_chat_transcripts_never_raise(tmp_path: Path, lines: list[object]) -> None:
    path = tmp_path / "chats.jsonl"
    path.write_text(
        "\n".join(json.dumps(line, default=str) for line in lines) + "\n", encoding="utf-8"
    )
    spec = SourceSpec(name="chat", kind="chats", path=str(path))
    result = read_source(spec)
    assert balanced(result)
    assert all(item.text.strip() for item in result.items)
