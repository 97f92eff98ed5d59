"""Write the sample corpus in data/sample/ deterministically from data/sample_src/.

The hand-written rows live in data/sample_src/*.jsonl (see its README.md). This
script adds what is computed: ids, timestamps from a seeded random generator,
the fake PII filling the ``{PESEL}``, ``{IBAN_PL}``, ``{IBAN_DE}`` and ``{CARD}``
placeholders (check digits computed below), the legacy code pages, and the
deliberately broken rows and duplicates listed in data/sample/README.md.

Run:  python scripts/make_sample_data.py [--out DIR]   (default: rewrites data/sample/*)
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

SRC = Path(__file__).resolve().parents[1] / "data" / "sample_src"
OUT = SRC.parent / "sample"
END = datetime(2026, 11, 20, tzinfo=UTC)
SPAN_DAYS = 56  # eight weeks before END
SEED = 20261120
HEADER = ["review_id", "product", "rating", "text", "lang", "created_at", "customer"]


def pesel_with_checksum(first10: str) -> str:
    """Return a PESEL: ``first10`` plus its check digit.

    Args:
        first10: The first ten digits.
    """
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    total = sum(int(d) * w for d, w in zip(first10, weights, strict=True))
    return first10 + str((10 - total % 10) % 10)


def iban_with_checksum(country: str, bban: str) -> str:
    """Return an IBAN with valid ISO 13616 check digits, grouped by four characters.

    Args:
        country: Two-letter country code.
        bban: The basic bank account number.
    """
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    iban = f"{country}{98 - int(digits) % 97:02d}{bban}"
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


PII = {
    "PESEL": pesel_with_checksum("8503141234"),
    "IBAN_PL": iban_with_checksum("PL", "109010140000071219812874"),
    "IBAN_DE": iban_with_checksum("DE", "370400440532013000"),
    "CARD": "4111 1111 1111 1111",  # the public Visa test card
}


def load(path: Path) -> list[dict[str, Any]]:
    """Return the rows of a JSON Lines source file, ``{NAME}`` PII placeholders filled in.

    Args:
        path: The file, in data/sample_src.
    """
    placeholder = re.compile(r"\{([A-Z_]+)\}")  # PII values need no JSON escaping
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(placeholder.sub(lambda m: PII[m[1]], ln)) for ln in lines if ln.strip()]


def when(rng: random.Random, index: int) -> datetime:
    """Return a UTC timestamp in the eight weeks before END, in office-ish hours.

    Args:
        rng: The seeded generator; each call draws twice, so call order matters.
        index: Row index, adds 0-2 minutes.
    """
    day = rng.randrange(SPAN_DAYS)
    minute = rng.randrange(7 * 60, 22 * 60)
    return END - timedelta(days=SPAN_DAYS - day) + timedelta(minutes=minute + index % 3)


def _jsonl(record: dict[str, Any]) -> bytes:
    """Return one chats.jsonl line."""
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def reviews_csv(rng: random.Random, reviews: list[dict]) -> bytes:
    """Return reviews.csv: four broken rows, one bad rating, one duplicate.

    Args:
        rng: The seeded generator.
        reviews: Rows of reviews.jsonl.
    """
    rows = [
        [f"R{1001 + i}", r["product"], str(r["rating"]), r["text"], r["lang"]]
        + [when(rng, i).strftime("%Y-%m-%d %H:%M"), f"c-{1000 + i % 60}"]
        for i, r in enumerate(reviews)
    ]
    rows[5][2] = "n/a"  # unparsable rating: item kept, meta warning
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows[:20])
    writer.writerow(["R0901", "kabel", "1", "", "pl", "2026-10-02 10:00", "c-0901"])  # empty
    writer.writerow(["R0902", "ładowarka", "2", "   \t ", "pl", "2026-10-03 11:00", "c-0902"])
    writer.writerows(rows[20:50])
    writer.writerow(rows[3])  # exact duplicate of R1004
    buf.write('R0903,mysz,5,"Mysz ok",pl,2026-10-04 12:00,c-0903,EXTRA,FIELDS\n')  # too many
    writer.writerows(rows[50:])
    buf.write("R0904,klawiatura,3\n")  # too few fields
    return buf.getvalue().encode("utf-8")


def legacy_csv(rng: random.Random, reviews: list[dict], encoding: str, start: int) -> bytes:
    """Return an old ';'-separated CRLF export in a legacy code page.

    Args:
        rng: The seeded generator.
        reviews: Rows of the source file.
        encoding: The code page, e.g. ``"cp1250"``.
        start: First id number (ids ``L<start>``, ``L<start + 1>``, ...).
    """
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for n, r in enumerate(reviews, start):
        date = when(rng, n).strftime("%d.%m.%Y %H:%M")
        writer.writerow([f"L{n}", r["product"], r["rating"], r["text"], r["lang"], date, f"c-{n}"])
    return buf.getvalue().encode(encoding)


def tickets_json(rng: random.Random, tickets: list[dict]) -> bytes:
    """Return tickets.json: one ticket without id, one duplicate.

    Args:
        rng: The seeded generator.
        tickets: Rows of tickets.jsonl.
    """
    records = [
        {
            "ticket_id": f"T-{5000 + i}",
            **{key: t[key] for key in ("subject", "body", "status", "priority")},
            "created_at": when(rng, 200 + i).isoformat().replace("+00:00", "Z"),
            "customer_email": t["customer_email"],
        }
        for i, t in enumerate(tickets)
    ]
    records.sort(key=lambda t: (t["customer_email"], t["ticket_id"]))  # repeat contacts in order
    broken = {"subject": "Brak numeru", "body": "Zgłoszenie bez identyfikatora.", "status": "open"}
    broken |= {"priority": "low", "created_at": "2026-10-10T09:00:00Z"}
    broken["customer_email"] = "x@example.com"  # and no ticket_id
    data = records[:10] + [broken] + records[10:25] + [dict(records[2])] + records[25:]
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def chats_jsonl(rng: random.Random, chats: list[dict], lines: list[dict]) -> bytes:
    """Return chats.jsonl: four broken lines, one duplicate conversation.

    Customer turns alternate with the scripted bot line (bot-only chats) or the
    agent lines of the chat's language (English for mixed-language chats).

    Args:
        rng: The seeded generator.
        chats: Rows of chats.jsonl.
        lines: Rows of chat_lines.jsonl, one per language.
    """
    by_lang = {row["lang"]: row for row in lines}
    good = []
    for i, chat in enumerate(chats):
        t = when(rng, 400 + i)
        script = by_lang[chat["lang"] or "en"]
        bot, agent = script["bot"], script["agent"]
        speaker, opening = ("bot", bot) if chat["bot_only"] else ("agent", agent[0])
        turns = [(speaker, opening, t)]
        for k, text in enumerate(chat["turns"]):
            if chat["bot_only"]:
                t += timedelta(seconds=40)
                turns.append(("customer", text, t))
                t += timedelta(seconds=5)
                turns.append(("bot", bot, t))
            else:
                t += timedelta(minutes=1 + k)
                turns.append(("client" if k % 2 else "customer", text, t))
                t += timedelta(minutes=2)
                turns.append(("agent", agent[1 + k % 2], t))
        record = {"id": f"CH-{7000 + i}", "customer": chat["customer"], "channel": "chat"}
        record["turns"] = [
            {"speaker": who, "text": text, "ts": ts.isoformat(timespec="seconds")}
            for who, text, ts in turns
        ]
        good.append(_jsonl(record | ({"lang": chat["lang"]} if chat["lang"] else {})))
    broken_json = (
        b'{"id": "CH-6901", "customer": "c-6901", "turns": [{"speaker": "customer", "text": "paczka'
    )
    undecodable = (
        b'{"id": "CH-6902", "turns": [{"speaker": "customer", "text": "\xff\xfe\x81 zle \xc3"}]}'
    )
    bot_turn = {"speaker": "bot", "text": by_lang["pl"]["bot"], "ts": "2026-10-20T10:00:00+00:00"}
    no_customer = _jsonl({"id": "CH-6903", "customer": "c-6903", "turns": [bot_turn]})
    bad_turns = _jsonl(
        {"id": "CH-6904", "customer": "c-6904", "turns": "klient: kde je moje zásielka?"}
    )
    data = good[:8] + [broken_json] + good[8:16] + [undecodable] + good[16:24] + [no_customer]
    data += good[24:30] + [good[1], bad_turns] + good[30:]  # good[1]: duplicate of CH-7001
    return b"\n".join(data) + b"\n"


def main(out: Path = OUT, src: Path = SRC) -> None:
    """Write every sample file into ``out`` and print the good items per language.

    Args:
        out: Output folder, created if missing (default data/sample).
        src: Folder with the hand-written rows (default data/sample_src).
    """
    rows = {path.stem: load(path) for path in sorted(src.glob("*.jsonl"))}
    rng = random.Random(SEED)  # the order of the calls below fixes every timestamp
    files = {  # each output file is made from the source file with the same stem
        "reviews.csv": reviews_csv(rng, rows["reviews"]),
        "reviews_cp1250.csv": legacy_csv(rng, rows["reviews_cp1250"], "cp1250", 300),
        "reviews_ru_cp1251.csv": legacy_csv(rng, rows["reviews_ru_cp1251"], "cp1251", 320),
        "tickets.json": tickets_json(rng, rows["tickets"]),
        "chats.jsonl": chats_jsonl(rng, rows["chats"], rows["chat_lines"]),
    }
    out.mkdir(parents=True, exist_ok=True)
    total: Counter[str] = Counter()
    for name, data in files.items():
        (out / name).write_bytes(data)
        langs = Counter(row["lang"] or "mixed/none" for row in rows[Path(name).stem])
        total.update(langs)
        print(f"{name}: {langs.total()} good items, by language {dict(sorted(langs.items()))}")
    print(f"total good items: {total.total()}, by language {dict(sorted(total.items()))}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (data/sample)")
    main(parser.parse_args().out)
