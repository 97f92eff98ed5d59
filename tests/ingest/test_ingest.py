"""Tests for vocmine.ingest: readers, quarantine reasons, chats, accounting, sample corpus."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vocmine.ingest import SourceSpec, read_files, read_source
from vocmine.ingest.chats import speaker_role
from vocmine.ingest.records import MAX_TEXT_CHARS, normalise_text, parse_datetime, parse_rating
from vocmine.schemas import IngestResult, stable_item_id

REPO = Path(__file__).resolve().parents[2]


def balanced(result: IngestResult) -> bool:
    return result.rows_in == len(result.items) + len(result.quarantined) + result.skipped_duplicates


def reasons(result: IngestResult) -> list[str]:
    return [row.reason for row in result.quarantined]


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# ------------------------------------------------------------------ sample corpus


@pytest.fixture(scope="module")
def sample_results() -> dict[str, IngestResult]:
    config = yaml.safe_load((REPO / "vocmine.yaml").read_text(encoding="utf-8"))
    specs = [SourceSpec(**raw).resolved(REPO) for raw in config["sources"]]
    return {spec.name: read_source(spec) for spec in specs}


@pytest.mark.parametrize(
    ("source", "rows_in", "items", "quarantined", "duplicates"),
    [
        ("shop_reviews", 213, 208, 4, 1),
        ("shop_reviews_legacy_cz_pl", 8, 8, 0, 0),
        ("shop_reviews_legacy_ru", 6, 6, 0, 0),
        ("helpdesk_tickets", 43, 41, 1, 1),
        ("web_chats", 40, 35, 4, 1),
    ],
)
def test_sample_accounting_per_source(
    sample_results: dict[str, IngestResult],
    source: str,
    rows_in: int,
    items: int,
    quarantined: int,
    duplicates: int,
) -> None:
    result = sample_results[source]
    counts = (result.rows_in, len(result.items), len(result.quarantined), result.skipped_duplicates)
    assert counts == (rows_in, items, quarantined, duplicates)
    assert balanced(result)


def test_sample_totals_and_reasons(sample_results: dict[str, IngestResult]) -> None:
    all_reasons = sorted(r for result in sample_results.values() for r in reasons(result))
    assert all_reasons == sorted(
        ["empty_text"] * 3
        + ["malformed_row"] * 2
        + ["missing_field:external_id", "malformed_json", "undecodable", "bad_value:turns"]
    )
    assert sum(len(r.items) for r in sample_results.values()) == 298
    items = [item for result in sample_results.values() for item in result.items]
    assert all(item.created_at is not None and item.created_at.tzinfo for item in items)
    assert min(i.created_at for i in items) >= datetime(2026, 9, 20, tzinfo=UTC)
    assert max(i.created_at for i in items) < datetime(2026, 11, 20, tzinfo=UTC)
    assert len({item.item_id for item in items}) == len(items)


def test_sample_specific_rows(sample_results: dict[str, IngestResult]) -> None:
    reviews = {i.external_id: i for i in sample_results["shop_reviews"].items}
    assert reviews["R1006"].rating is None
    assert reviews["R1006"].meta["warnings"] == ["bad_value:rating"]
    assert reviews["R1001"].meta["product"] == "odkurzacz"
    assert reviews["R1001"].item_id == stable_item_id("shop_reviews", "R1001")
    legacy = [i.text for i in sample_results["shop_reviews_legacy_cz_pl"].items]
    assert any("Żelazko" in t for t in legacy) and any("Žehlička" in t for t in legacy)
    assert any("Утюг" in i.text for i in sample_results["shop_reviews_legacy_ru"].items)
    tickets = sample_results["helpdesk_tickets"].items
    assert all(t.subject and t.text.startswith(t.subject + "\n") for t in tickets)
    assert sum(t.customer == "jan.kowalski@example.com" for t in tickets) == 3
    chats = {c.external_id: c for c in sample_results["web_chats"].items}
    assert chats["CH-7001"].meta["bot_only"] is True
    assert chats["CH-7000"].meta["bot_only"] is False
    assert sum(c.meta["bot_only"] for c in chats.values()) == 8


# ------------------------------------------------------------------ values


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-03-01T14:22:00+01:00", datetime(2024, 3, 1, 13, 22, tzinfo=UTC)),
        ("2024-03-01T14:22:00Z", datetime(2024, 3, 1, 14, 22, tzinfo=UTC)),
        ("2024-03-01 14:22", datetime(2024, 3, 1, 14, 22, tzinfo=UTC)),
        ("01.03.2024", datetime(2024, 3, 1, tzinfo=UTC)),
        ("1. 3. 2024 14:22", datetime(2024, 3, 1, 14, 22, tzinfo=UTC)),
        ("01/03/2024", datetime(2024, 3, 1, tzinfo=UTC)),
        (1709302920, datetime(2024, 3, 1, 14, 22, tzinfo=UTC)),
        ("1709302920", datetime(2024, 3, 1, 14, 22, tzinfo=UTC)),
        (1709302920000, datetime(2024, 3, 1, 14, 22, tzinfo=UTC)),
        (datetime(2024, 3, 1, 14, 22), datetime(2024, 3, 1, 14, 22, tzinfo=UTC)),
        ("", None),
    ],
)
def test_parse_datetime(raw: object, expected: datetime | None) -> None:
    parsed = parse_datetime(raw)
    assert parsed == expected
    if parsed is not None:
        assert parsed.tzinfo is not None


def test_parse_datetime_keeps_offset() -> None:
    parsed = parse_datetime("2024-03-01T14:22:00+03:00")
    assert parsed is not None and parsed.utcoffset() == timedelta(hours=3)
    assert parsed.astimezone(UTC).hour == 11


@pytest.mark.parametrize("raw", ["wczoraj", "32.13.2024", "2024-02-30", True, [1]])
def test_parse_datetime_rejects(raw: object) -> None:
    with pytest.raises(ValueError):
        parse_datetime(raw)


@pytest.mark.parametrize(("raw", "expected"), [("4", 4.0), ("4,5", 4.5), ("4/5", 4.0), (3, 3.0)])
def test_parse_rating(raw: object, expected: float) -> None:
    assert parse_rating(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Zásilka\u200b  nepřišla \r\n\n\n\tdík", "Zásilka nepřišla\n\ndík"),
        ("Przesyłka\x07 nie\u00a0doszła\ufeff", "Przesyłka nie doszła"),
        ("Заказ\u200d не пришёл\x00", "Заказ не пришёл"),
        ("Zásilka nepr\u030ci\u0161la", "Zásilka nepřišla"),  # NFD -> NFC
        ("family 👨\u200d👩\u200d👧 ok", "family 👨\u200d👩\u200d👧 ok"),
    ],
)
def test_normalise_text(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


# ------------------------------------------------------------------ CSV


def test_csv_reader_quarantines_and_parses(tmp_path: Path) -> None:
    path = write(
        tmp_path / "r.csv",
        "review_id;rating;text;lang;created_at\n"
        "1;5;Świetna obsługa, polecam!;PL;01.03.2024 14:22\n"
        "2;1;;pl;2024-03-02\n"
        "3;2;   ;pl;2024-03-02\n"
        "4;1;zasilka neprisla;cs-CZ;wczoraj\n"
        "5;1;too;many;fields;here\n"
        "6;3\n"
        "\n"
        '7;2;"Víceřádková\nrecenze";cs;1709302920\n'
        "1;5;Duplikat;pl;2024-03-03\n",
    )
    spec = SourceSpec(name="shop", kind="reviews", path=path)
    result = read_source(spec)
    assert balanced(result)
    assert result.rows_in == 8 and result.skipped_duplicates == 1
    assert reasons(result) == ["empty_text", "empty_text", "malformed_row", "malformed_row"]
    items = {i.external_id: i for i in result.items}
    assert set(items) == {"1", "4", "7"}
    assert items["1"].lang == "pl" and items["1"].rating == 5.0 and items["1"].channel == "review"
    assert items["1"].created_at == datetime(2024, 3, 1, 14, 22, tzinfo=UTC)
    assert items["4"].created_at is None and items["4"].meta["warnings"] == ["bad_value:created_at"]
    assert items["4"].lang == "cs"
    assert items["7"].text == "Víceřádková\nrecenze"
    assert result.quarantined[2].location == "r.csv:6"


def test_csv_mapping_and_missing_text_column(tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", "rid,body,stars\nA1,Dobrý produkt,4\n")
    mapped = SourceSpec(
        name="s", kind="reviews", path=path, mapping={"external_id": "rid", "text": "body"}
    )
    result = read_source(mapped)
    assert [(i.external_id, i.text, i.rating) for i in result.items] == [
        ("A1", "Dobrý produkt", 4.0)
    ]
    unmapped = SourceSpec(name="s", kind="reviews", path=path, mapping={"text": "comment"})
    assert reasons(read_source(unmapped)) == ["missing_field:external_id"]
    no_text = SourceSpec(
        name="s", kind="reviews", path=path, mapping={"external_id": "rid", "text": "comment"}
    )
    assert reasons(read_source(no_text)) == ["missing_field:text"]


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1250", "Zásilka nepřišla, šest dní čekám, přecházím ke konkurenci"),
        ("iso-8859-2", "Zásilka nepřišla, šest dní čekám, přecházím ke konkurenci"),
        ("cp1250", "Przesyłka uszkodzona, źle zapakowana, ściągam reklamację"),
        ("cp1251", "Заказ не пришёл, расторгну договор"),
        ("koi8-r", "Заказ не пришёл, расторгну договор"),
        ("utf-8-sig", "Paket nicht angekommen, ich kündige"),
    ],
)
def test_csv_legacy_encodings(tmp_path: Path, encoding: str, text: str) -> None:
    path = write(tmp_path / "old.csv", f"id;text\n1;{text}\n2;{text[::-1]}\n", encoding)
    result = read_source(SourceSpec(name="old", kind="reviews", path=path))
    assert [i.text for i in result.items] == [text, text[::-1]]


def test_undecodable_csv_file_is_one_quarantined_row(tmp_path: Path) -> None:
    path = tmp_path / "bin.csv"
    path.write_bytes(bytes(range(256)) * 8)
    result = read_source(SourceSpec(name="b", kind="reviews", path=path))
    assert reasons(result) == ["undecodable"] and result.rows_in == 1


def test_long_text_is_truncated(tmp_path: Path) -> None:
    long_text = "Paczka nie doszła. " * 2000
    path = write(tmp_path / "a.jsonl", json.dumps({"id": "x", "text": long_text}) + "\n")
    (item,) = read_files([path]).items
    assert len(item.text) == MAX_TEXT_CHARS and item.meta["truncated"] is True


# ------------------------------------------------------------------ JSONL / JSON / XLSX


def test_jsonl_items_and_line_reasons(tmp_path: Path) -> None:
    good = {"id": "1", "text": "Zásielka neprišla", "lang": "sk", "channel": "email"}
    lines = [
        json.dumps(good, ensure_ascii=False).encode(),
        b'{"id": "2", "text": "broken',
        b'{"id": "3", "text": "\xff\xfe niedekodowalne"}',
        b"[1, 2, 3]",
        json.dumps({"id": "5", "text": ["not", "text"]}).encode(),
        json.dumps({"text": "no id here"}).encode(),
        json.dumps({"id": "7", "text": "Посилка не прийшла", "created_at": "2024-03-01"}).encode(),
        b"   ",
    ]
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines))
    result = read_files([path], source="cli")
    assert balanced(result) and result.rows_in == 7
    assert reasons(result) == [
        "malformed_json",
        "undecodable",
        "malformed_row",
        "bad_value:text",
        "missing_field:external_id",
    ]
    assert [q.location for q in result.quarantined][:2] == ["in.jsonl:2", "in.jsonl:3"]
    first, last = result.items
    assert (first.lang, first.channel, first.source) == ("sk", "email", "cli")
    assert last.channel == "other" and last.created_at == datetime(2024, 3, 1, tzinfo=UTC)


def test_jsonl_legacy_lines_are_detected(tmp_path: Path) -> None:
    texts = ["Zásilka nepřišla, čekám šest dní", "Kurýr byl drzý, přecházím jinam"]
    data = b"\n".join(
        json.dumps({"id": str(i), "text": t}, ensure_ascii=False).encode("cp1250")
        for i, t in enumerate(texts)
    )
    path = tmp_path / "old.jsonl"
    path.write_bytes(data)
    assert [i.text for i in read_files([path]).items] == texts


def test_json_tickets(tmp_path: Path) -> None:
    tickets = {
        "tickets": [
            {"ticket_id": 17, "subject": "Faktura", "body": "Błędna kwota", "status": "open"},
            {"ticket_id": 18, "subject": "", "body": ""},
            {"subject": "Bez id", "body": "x"},
        ]
    }
    path = write(tmp_path / "t.json", json.dumps(tickets, ensure_ascii=False))
    result = read_files([path], source="helpdesk")
    assert reasons(result) == ["empty_text", "missing_field:external_id"]
    (ticket,) = result.items
    assert (ticket.external_id, ticket.text, ticket.subject) == (
        "17",
        "Faktura\nBłędna kwota",
        "Faktura",
    )
    assert ticket.channel == "ticket" and ticket.meta["status"] == "open"
    broken = write(tmp_path / "b.json", '[{"ticket_id": 1, ')
    assert reasons(read_files([broken])) == ["malformed_json"]


def test_xlsx_reviews(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["id", "text", "rating", "created_at"])
    sheet.append([101, "Dostawa na czas, polecam", 5, datetime(2026, 10, 1, 9, 30)])
    sheet.append([102, None, 1, None])
    sheet.append([103, "Lieferung zu spät", 2, "01.10.2026", "extra"])
    sheet.append([104.0, "Paket beschädigt", "zwei", None])
    path = tmp_path / "r.xlsx"
    workbook.save(path)
    result = read_files([path])
    assert reasons(result) == ["empty_text", "malformed_row"]
    first, second = result.items
    assert first.external_id == "101" and first.created_at == datetime(
        2026, 10, 1, 9, 30, tzinfo=UTC
    )
    assert second.external_id == "104" and second.meta["warnings"] == ["bad_value:rating"]


def test_folder_source_reads_sorted_files_and_dedups_across_them(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    write(folder / "b.csv", "id,text\n2,Druhý soubor\n1,Opakovaná recenze\n")
    write(folder / "a.csv", "id,text\n1,První soubor\n")
    write(folder / "notes.txt", "ignored")
    spec = SourceSpec(name="dir", kind="reviews", path=Path("exports")).resolved(tmp_path)
    assert spec.path == folder and [p.name for p in spec.files()] == ["a.csv", "b.csv"]
    result = read_source(spec)
    assert [i.text for i in result.items] == ["První soubor", "Druhý soubor"]
    assert result.skipped_duplicates == 1 and balanced(result)
    with pytest.raises(FileNotFoundError):
        read_source(SourceSpec(name="x", kind="reviews", path=tmp_path / "missing"))


# ------------------------------------------------------------------ chats


@pytest.mark.parametrize(
    ("speaker", "role"),
    [
        ("customer", "customer"),
        ("Klient", "customer"),
        ("Zákazník", "customer"),
        ("клієнт", "customer"),
        ("Kunde", "customer"),
        ("konsultant", "agent"),
        ("Operátor", "agent"),
        ("оператор", "agent"),
        ("bot", "bot"),
        ("чат-бот", "bot"),
        ("???", "other"),
        (None, "other"),
    ],
)
def test_speaker_role(speaker: object, role: str) -> None:
    assert speaker_role(speaker) == role


def test_chat_customer_turn_extraction(tmp_path: Path) -> None:
    conversations = [
        {
            "id": "c1",
            "customer": "k-1",
            "turns": [
                {
                    "speaker": "bot",
                    "text": "Dzień dobry, w czym pomóc?",
                    "ts": "2026-10-01T10:00:00Z",
                },
                {"speaker": "klient", "text": "Gdzie moja paczka?", "ts": "2026-10-01T10:01:00Z"},
                {"speaker": "konsultant", "text": "Sprawdzam.", "ts": "2026-10-01T10:03:00Z"},
                {
                    "speaker": "klient",
                    "text": "Czekam  już  tydzień!",
                    "ts": "2026-10-01T10:04:00Z",
                },
            ],
        },
        {
            "id": "c2",
            "turns": [
                {"speaker": "user", "text": "talk to a human", "ts": 1790000000},
                {"speaker": "chatbot", "text": "Pick a topic"},
            ],
        },
        {"id": "c3", "turns": [{"speaker": "agent", "text": "Hello?"}]},
        {"id": "c4", "customer": "k-4"},
        {"id": "c5", "turns": {"speaker": "customer"}},
    ]
    path = tmp_path / "chats.jsonl"
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in conversations), "utf-8")
    result = read_source(SourceSpec(name="chat", kind="chats", path=path))
    assert reasons(result) == ["empty_text", "missing_field:turns", "bad_value:turns"]
    first, second = result.items
    assert first.text == "Gdzie moja paczka?\nCzekam już tydzień!"
    assert first.created_at == datetime(2026, 10, 1, 10, 1, tzinfo=UTC)
    assert (first.conversation_id, first.customer, first.channel) == ("c1", "k-1", "chat")
    assert first.meta["n_customer_turns"] == 2 and first.meta["n_agent_turns"] == 1
    assert first.meta["bot_only"] is False
    assert first.meta["turn_speakers"] == ["bot", "customer", "agent", "customer"]
    assert second.meta["bot_only"] is True and second.meta["n_bot_turns"] == 1
    assert second.created_at == datetime.fromtimestamp(1790000000, tz=UTC)
    # read_files recognises chat lines in a .jsonl by their "turns"
    assert [i.text for i in read_files([path]).items] == [first.text, second.text]


def test_excerpt_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"id": "1", "text": "' + "a" * 5000 + "\n", "utf-8")
    (row,) = read_files([path]).quarantined
    assert row.reason == "malformed_json" and len(row.raw_excerpt) == 200


# ------------------------------------------------------------------ properties

FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FAST
@given(lines=st.lists(st.binary(max_size=80), max_size=8))
def test_random_bytes_in_jsonl_never_raise(tmp_path: Path, lines: list[bytes]) -> None:
    path = tmp_path / "fuzz.jsonl"
    path.write_bytes(b"\n".join(lines))
    result = read_source(SourceSpec(name="fuzz", kind="reviews", path=path))
    assert balanced(result)
    chats = read_source(SourceSpec(name="fuzz", kind="chats", path=path))
    assert balanced(chats)


@FAST
@given(data=st.binary(max_size=400))
def test_random_bytes_in_csv_never_raise(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(b"id,text\n" + data)
    assert balanced(read_source(SourceSpec(name="fuzz", kind="reviews", path=path)))


@FAST
@given(cells=st.lists(st.tuples(st.text(max_size=30), st.text(max_size=60)), max_size=6))
def test_random_strings_in_csv_never_raise(tmp_path: Path, cells: list[tuple[str, str]]) -> None:
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "text", "created_at"])
    for ident, text in cells:
        writer.writerow([ident, text, text[:10]])
    path = tmp_path / "fuzz.csv"
    path.write_text(buf.getvalue(), encoding="utf-8", errors="surrogatepass")
    result = read_source(SourceSpec(name="fuzz", kind="reviews", path=path))
    assert balanced(result)
