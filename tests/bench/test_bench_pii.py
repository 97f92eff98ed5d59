"""The PII scorer (bench/bench_pii.py) and the labelled set in data/eval/pii/."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data" / "eval" / "pii"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


bench = _load("bench_pii", REPO / "bench" / "bench_pii.py")
maker = _load("make_pii_set", REPO / "scripts" / "make_pii_set.py")


def item(text, pii=(), keep=(), lang="en", id_="en-001"):
    return {
        "id": id_,
        "lang": lang,
        "text": text,
        "pii": [
            dict(s, **({"context": "other"} if s["kind"] == "name" and "context" not in s else {}))
            for s in pii
        ],
        "keep": list(keep),
    }


def span(text, value, kind, **extra):
    start = text.index(value)
    return {"start": start, "end": start + len(value), "kind": kind, **extra}


def keep(text, value, what):
    start = text.index(value)
    return {"start": start, "end": start + len(value), "what": what}


def bar(result, name):
    return next(b for b in result["bars"] if b["name"].startswith(name))


# --- score ------------------------------------------------------------------

TEXT = "Call me on +48 512 345 678 or mail jan.kowalski@wp.pl, order 123456789."


def test_coverage_threshold_counts_non_whitespace_characters():
    it = item(TEXT, [span(TEXT, "+48 512 345 678", "phone")])
    s = TEXT.index("+48")
    # 12 non-space chars; covering "+48 512 345 6" = 10/12 = 0.83 -> found
    found = bench.score([it], [[(s, s + 13, "phone")]])
    assert found["recall"]["by_kind"]["phone"]["found"] == 1
    # "+48 512 345" = 9/12 = 0.75 -> missed
    missed = bench.score([it], [[(s, s + 11, "phone")]])
    assert missed["recall"]["by_kind"]["phone"]["found"] == 0
    assert missed["missed"][0]["text"] == "+48 512 345 678"
    # two partial predictions together cover it
    both = bench.score([it], [[(s, s + 7, "phone"), (s + 8, s + 15, "phone")]])
    assert both["recall"]["by_kind"]["phone"]["found"] == 1


def test_recall_accepts_any_kind_but_kind_agreement_is_reported():
    it = item(TEXT, [span(TEXT, "jan.kowalski@wp.pl", "email")])
    s = TEXT.index("jan.")
    result = bench.score([it], [[(s, s + 18, "url_token")]])
    assert result["recall"]["by_kind"]["email"]["rate"] == 1.0
    assert result["kind_agreement"]["by_kind"]["email"]["rate"] == 0.0
    assert result["precision"]["all"]["rate"] == 1.0


def test_precision_counts_any_overlap_with_gold_and_lists_false_positives():
    it = item(
        TEXT, [span(TEXT, "+48 512 345 678", "phone")], [keep(TEXT, "123456789", "order_number")]
    )
    s = TEXT.index("+48")
    o = TEXT.index("123456789")
    result = bench.score([it], [[(s + 4, s + 6, "phone"), (o, o + 9, "phone"), (0, 4, "name")]])
    p = result["precision"]
    assert (p["all"]["n"], p["all"]["correct"]) == (3, 1)
    assert p["by_kind"]["phone"]["rate"] == 0.5
    assert p["by_kind"]["name"]["rate"] == 0.0
    assert {f["text"] for f in result["false_positives"]} == {"123456789", "Call"}
    assert bar(result, "overall precision")["passed"] is False


def test_keep_is_lost_on_any_overlap():
    it = item(TEXT, [], [keep(TEXT, "123456789", "order_number")])
    o = TEXT.index("123456789")
    assert bench.score([it], [[]])["keep"]["by_what"]["order_number"]["rate"] == 1.0
    lost = bench.score([it], [[(o + 8, o + 12, "tax_id")]])
    assert lost["keep"]["by_what"]["order_number"]["rate"] == 0.0
    assert lost["keep_failures"] == [
        {"id": "en-001", "what": "order_number", "text": "123456789", "by": ["tax_id"]}
    ]
    assert bar(lost, "order+invoice")["passed"] is False


def test_per_kind_language_and_name_context_figures_and_bars():
    t1 = "Dear Mr Smith, my card 4111 1111 1111 1111 was charged.\nKind regards,\nJames Wilson"
    t2 = "Szanowny Panie Tomaszu, PESEL 02070803628, nr zamówienia 1234567890."
    items = [
        item(
            t1,
            [
                span(t1, "Smith", "name", context="salutation"),
                span(t1, "4111 1111 1111 1111", "card"),
                span(t1, "James Wilson", "name", context="signature"),
            ],
        ),
        item(
            t2,
            [span(t2, "Tomaszu", "name", context="salutation"), span(t2, "02070803628", "pesel")],
            [keep(t2, "1234567890", "order_number")],
            lang="pl",
            id_="pl-001",
        ),
    ]

    def at(t, v, kind):
        s = t.index(v)
        return (s, s + len(v), kind)

    predicted = [
        [at(t1, "Smith", "name"), at(t1, "4111 1111 1111 1111", "card")],
        [at(t2, "02070803628", "pesel"), at(t2, "1234567890", "tax_id")],
    ]
    result = bench.score(items, predicted)
    rec = result["recall"]
    assert rec["by_kind"]["name"] == {"n": 3, "found": 1, "rate": pytest.approx(1 / 3)}
    assert rec["by_kind"]["card"]["rate"] == 1.0
    assert rec["by_lang"]["en"]["rate"] == pytest.approx(2 / 3)
    assert rec["by_lang"]["pl"]["rate"] == 0.5
    assert rec["name_by_context"]["salutation"]["rate"] == 0.5
    assert rec["name_by_context"]["signature"]["rate"] == 0.0
    assert bar(result, "checksum ids")["passed"] is True
    assert bar(result, "names")["value"] == pytest.approx(1 / 3)
    assert bar(result, "email")["passed"] is None  # no gold emails: n/a
    assert result["precision"]["all"]["rate"] == 0.75
    assert {m["text"] for m in result["missed"]} == {"James Wilson", "Tomaszu"}
    blind = bench.without_texts(result)
    assert blind["missed"] == 2
    assert "James Wilson" not in bench.report(blind, show_texts=False)
    assert "James Wilson" in bench.report(result, show_texts=True)


def test_run_redactor_uses_redact_spans(monkeypatch):
    class FakeRedactor:
        def redact(self, text, lang):
            start = text.index("@") - 3
            return SimpleNamespace(
                spans=[SimpleNamespace(start=start, end=start + 10, kind="email")]
            )

    fake = ModuleType("vocmine.nlp.redact")
    fake.Redactor = FakeRedactor
    monkeypatch.setitem(sys.modules, "vocmine.nlp.redact", fake)
    t = "mail: abc@d.pl!"
    predicted, per_s, _build = bench.run_redactor([item(t, [span(t, "abc@d.pl", "email")])])
    assert predicted == [[(6, 16, "email")]]
    assert per_s > 0


# --- the set ------------------------------------------------------------------


def _lines(name):
    with (DATA / f"{name}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


SET = {name: _lines(name) for name in ("dev", "blind")}
ALL = SET["dev"] + SET["blind"]


@pytest.mark.parametrize("it", ALL, ids=[it["id"] for it in ALL])
def test_every_item_validates(it):
    """Offsets, kinds, overlaps, checksums (stdnum) and phones (phonenumbers)."""
    assert bench.check_item(it) == []
    assert maker.validate_item(it) == []
    for sp in it["pii"]:
        value = it["text"][sp["start"] : sp["end"]]
        assert value == value.strip()


def test_set_size_split_and_balance():
    ids = [it["id"] for it in ALL]
    assert len(ids) == len(set(ids)) >= 260
    assert not {it["id"] for it in SET["dev"]} & {it["id"] for it in SET["blind"]}
    per_lang = Counter(it["lang"] for it in ALL)
    assert set(per_lang) == set(bench.LANGS)
    assert min(per_lang.values()) >= 35
    dev_lang = Counter(it["lang"] for it in SET["dev"])
    for lang, n in per_lang.items():
        assert 0.3 <= dev_lang[lang] / n <= 0.5
    kinds = Counter(sp["kind"] for it in ALL for sp in it["pii"])
    for kind in ("email", "phone", "name", "address", "tax_id", "national_id"):
        assert kinds[kind] >= 25, kind
    for kind in ("card", "iban", "pesel", "birth_number", "url_token"):
        assert kinds[kind] >= 10, kind
    ctx = Counter(sp["context"] for it in ALL for sp in it["pii"] if sp["kind"] == "name")
    assert ctx["salutation"] + ctx["signature"] + ctx["self_intro"] >= 60
    no_pii = sum(1 for it in ALL if not it["pii"])
    assert 0.18 <= no_pii / len(ALL) <= 0.35
    values = Counter(
        it["text"][sp["start"] : sp["end"]]
        for it in ALL
        for sp in it["pii"]
        if sp["kind"] in bench.CHECKSUM_KINDS
    )
    assert values.most_common(1)[0][1] == 1  # no identifier repeated


def test_files_are_what_the_generator_writes():
    assert maker.main(["--check"]) == 0


def test_every_blind_split_on_disk_is_a_split_choice_in_numeric_order():
    on_disk = {p.stem for p in bench.DATA.glob("blind*.jsonl")}
    assert set(bench.BLIND_SPLITS) == on_disk
    assert bench.BLIND_SPLITS[:3] == ("blind", "blind2", "blind3")
    assert bench.BLIND_SPLITS.index("blind10") > bench.BLIND_SPLITS.index("blind9")
    with pytest.raises(SystemExit):
        bench.main(["--split", "blind999"])
