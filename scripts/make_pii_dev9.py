#!/usr/bin/env python3
"""Write data/eval/pii/dev9.jsonl: a development PII split (names and checksum ids).

Every text is a hand-written template (one per item) with inline marks:

    [[kind|value]]   a PII span; kind is a PII kind, or sal/sig/self/oth for a
                     name with context salutation/signature/self_intro/other
    {{what|value}}   a keep span (a near-miss that must survive redaction)

A value starting with "@" is drawn by a generator below (ids get their check
digits and are validated with python-stdnum; phones with phonenumbers).
Offsets are computed while the template is filled.

    .venv/bin/python scripts/make_pii_dev9.py           # rewrites the jsonl, prints counts
    .venv/bin/python scripts/make_pii_dev9.py --check   # file on disk == what it writes
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import string
import sys
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.at import uid as at_uid
from stdnum.ch import ssn as ch_ssn
from stdnum.ch import uid as ch_uid
from stdnum.cz import dic as cz_dic
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr as de_idnr
from stdnum.de import vat as de_vat
from stdnum.gb import nhs as gb_nhs
from stdnum.gb import utr as gb_utr
from stdnum.gb import vat as gb_vat
from stdnum.ie import pps as ie_pps
from stdnum.ie import vat as ie_vat
from stdnum.pl import nip as pl_nip
from stdnum.pl import pesel as pl_pesel
from stdnum.pl import regon as pl_regon
from stdnum.ru import inn as ru_inn
from stdnum.ru import ogrn as ru_ogrn
from stdnum.sk import dph as sk_dph
from stdnum.sk import rc as sk_rc
from stdnum.ua import edrpou as ua_edrpou
from stdnum.ua import rntrc as ua_rntrc

SEED = 20240909
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "eval" / "pii" / "dev9.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]

PII_KINDS = {
    "email",
    "url_token",
    "card",
    "iban",
    "pesel",
    "birth_number",
    "national_id",
    "tax_id",
    "phone",
    "name",
    "address",
}
NAME_CTX = {"sal": "salutation", "sig": "signature", "self": "self_intro", "oth": "other"}
KEEP_WHATS = {
    "brand",
    "company",
    "city",
    "order_number",
    "invoice_number",
    "ticket_number",
    "tracking_number",
    "product_code",
    "date",
    "time",
    "amount",
    "quantity",
    "percent",
    "version",
    "url",
    "invalid_checksum_number",
    "greeting_without_name",
    "street_as_brand",
    "person_like_brand",
    "job_title",
    "team_name",
}
# keep spans whose digits must fail every id checksum and every phone plan
NUMBERISH = {
    "order_number",
    "invoice_number",
    "ticket_number",
    "tracking_number",
    "invalid_checksum_number",
    "product_code",
}
REGIONS = {
    "pl": ["PL"],
    "cs": ["CZ"],
    "sk": ["SK"],
    "ru": ["RU"],
    "uk": ["UA"],
    "en": ["GB", "US", "IE"],
    "de": ["DE", "AT", "CH"],
}


# ---------------------------------------------------------------- checks


def snils_ok(d: str) -> bool:
    if not re.fullmatch(r"\d{11}", d):
        return False
    s = sum(int(c) * (9 - i) for i, c in enumerate(d[:9]))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return int(d[9:]) == c


def dowod_ok(v: str) -> bool:
    if not re.fullmatch(r"[A-Z]{3}\d{6}", v):
        return False
    w = [7, 3, 1, 9, 7, 3, 1, 7, 3]
    vals = [ord(c) - 55 if c.isalpha() else int(c) for c in v]
    return sum(a * b for a, b in zip(w, vals, strict=True)) % 10 == 0


def id_hits(value: str) -> list[str]:
    """Every id checksum the digits of `value` (or the value itself) pass."""
    d = re.sub(r"\D", "", value)
    compact = re.sub(r"[\s\-./]", "", value).upper()
    tests = {
        "pesel": lambda: pl_pesel.is_valid(d),
        "nip": lambda: pl_nip.is_valid(d),
        "regon": lambda: pl_regon.is_valid(d),
        "cz_rc": lambda: cz_rc.is_valid(d),
        "sk_rc": lambda: sk_rc.is_valid(d),
        "ico": lambda: len(d) == 8 and cz_dic.is_valid(d),
        "sk_dph": lambda: sk_dph.is_valid("SK" + d),
        "idnr": lambda: de_idnr.is_valid(d),
        "de_vat": lambda: de_vat.is_valid("DE" + d),
        "at_uid": lambda: at_uid.is_valid("ATU" + d),
        "inn": lambda: ru_inn.is_valid(d),
        "ogrn": lambda: ru_ogrn.is_valid(d),
        "snils": lambda: snils_ok(d),
        "rntrc": lambda: ua_rntrc.is_valid(d),
        "edrpou": lambda: ua_edrpou.is_valid(d),
        "gb_vat": lambda: gb_vat.is_valid("GB" + d),
        "luhn": lambda: len(d) >= 12 and luhn.is_valid(d),
        "nrb": lambda: len(d) == 26 and std_iban.is_valid("PL" + d),
        "iban": lambda: std_iban.is_valid(compact),
        "dowod": lambda: dowod_ok(compact),
        "nhs": lambda: gb_nhs.is_valid(d),
        "utr": lambda: gb_utr.is_valid(d),
        "pps": lambda: ie_pps.is_valid(compact),
        "ie_vat": lambda: ie_vat.is_valid(compact),
        "ahv": lambda: ch_ssn.is_valid(d),
        "ch_uid": lambda: ch_uid.is_valid(d),
    }
    return [k for k, f in tests.items() if _try(f)]


def _try(f) -> bool:
    try:
        return bool(f())
    except Exception:
        return False


def phone_hits(value: str, regions) -> list[str]:
    hits = []
    d = re.sub(r"\D", "", value)
    for r in regions:
        for cand in {value, d}:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(cand, r)):
                    hits.append(r)
            except phonenumbers.NumberParseException:
                pass
    return hits


# ---------------------------------------------------------------- generators


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def brute_last(rng, body_fn, n_check, ok):
    for _ in range(5000):
        body = body_fn()
        for c in range(10**n_check):
            v = body + str(c).zfill(n_check)
            if ok(v):
                return v
    raise AssertionError("no valid value")


def birth_date(rng, lo=1950, hi=2006):
    start = date(lo, 1, 1)
    return start + timedelta(days=rng.randrange((date(hi, 12, 31) - start).days))


def parse_person(arg):
    """'M', 'F', 'M1940-1960', '1990-2000' -> (sex or None, first year, last year)."""
    m = re.fullmatch(r"([MF]?)(?:(\d{4})-(\d{4}))?", arg or "")
    assert m, arg
    lo, hi = (int(m.group(2)), int(m.group(3))) if m.group(2) else (1950, 2002)
    return m.group(1) or None, lo, hi


def g_pesel(rng, arg):
    sex_arg, lo, hi = parse_person(arg)

    def body():
        b = birth_date(rng, lo, hi)
        m = b.month + (20 if b.year >= 2000 else 0)
        sex = rng.choice(
            "13579" if sex_arg == "M" else "02468" if sex_arg == "F" else string.digits
        )
        return f"{b.year % 100:02d}{m:02d}{b.day:02d}{digits(rng, 3)}{sex}"

    return brute_last(rng, body, 1, pl_pesel.is_valid)


def g_nip(rng, arg):
    return brute_last(rng, lambda: str(rng.randint(101, 999)) + digits(rng, 6), 1, pl_nip.is_valid)


def g_regon9(rng, arg):
    return brute_last(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 7), 1, pl_regon.is_valid)


def g_regon14(rng, arg):
    base = g_regon9(rng, arg)
    return brute_last(rng, lambda: base + digits(rng, 4), 1, pl_regon.is_valid)


def g_dowod(rng, arg):
    for _ in range(1000):
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(3))
        rest = digits(rng, 5)
        for c in range(10):
            v = letters + str(c) + rest
            if dowod_ok(v):
                return v
    raise AssertionError


def g_rc(rng, arg):
    sex_arg, lo, hi = parse_person(arg)
    lo = max(lo, 1954)

    def body():
        b = birth_date(rng, lo, hi)
        m = b.month + (50 if sex_arg == "F" else 0)
        return f"{b.year % 100:02d}{m:02d}{b.day:02d}{digits(rng, 3)}"

    return brute_last(rng, body, 1, lambda v: cz_rc.is_valid(v) and sk_rc.is_valid(v))


def g_ico(rng, arg):
    return brute_last(
        rng, lambda: str(rng.randint(1, 9)) + digits(rng, 6), 1, lambda v: cz_dic.is_valid(v)
    )


def g_dic_cz(rng, arg):
    return "CZ" + g_ico(rng, arg)


def g_dph(rng, arg):
    def ok(v):
        return sk_dph.is_valid("SK" + v)

    return "SK" + brute_last(rng, lambda: rng.choice(["20", "20", "10"]) + digits(rng, 7), 1, ok)


def g_idnr(rng, arg):
    return brute_last(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 9), 1, de_idnr.is_valid)


def g_devat(rng, arg):
    return "DE" + brute_last(
        rng, lambda: str(rng.randint(1, 9)) + digits(rng, 7), 1, lambda v: de_vat.is_valid("DE" + v)
    )


def g_atuid(rng, arg):
    return "ATU" + brute_last(rng, lambda: digits(rng, 7), 1, lambda v: at_uid.is_valid("ATU" + v))


def g_inn10(rng, arg):
    return brute_last(rng, lambda: str(rng.randint(10, 99)) + digits(rng, 7), 1, ru_inn.is_valid)


def g_inn12(rng, arg):
    return brute_last(rng, lambda: str(rng.randint(10, 99)) + digits(rng, 8), 2, ru_inn.is_valid)


def g_ogrn(rng, arg):
    return brute_last(rng, lambda: rng.choice("15") + digits(rng, 11), 1, ru_ogrn.is_valid)


def g_ogrnip(rng, arg):
    return brute_last(rng, lambda: "3" + digits(rng, 13), 1, ru_ogrn.is_valid)


def g_snils(rng, arg):
    return brute_last(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 8), 2, snils_ok)


def g_rntrc(rng, arg):
    return brute_last(rng, lambda: str(rng.randint(1, 4)) + digits(rng, 8), 1, ua_rntrc.is_valid)


def g_edrpou(rng, arg):
    return brute_last(rng, lambda: rng.choice("234") + digits(rng, 6), 1, ua_edrpou.is_valid)


def g_gbvat(rng, arg):
    return "GB" + brute_last(
        rng, lambda: str(rng.randint(1, 9)) + digits(rng, 6), 2, lambda v: gb_vat.is_valid("GB" + v)
    )


def g_dic_rc(rng, arg):
    return "CZ" + g_rc(rng, arg)


def g_nhs(rng, arg):
    return brute_last(rng, lambda: str(rng.randint(4, 9)) + digits(rng, 8), 1, gb_nhs.is_valid)


def g_utr(rng, arg):
    for _ in range(10000):
        v = digits(rng, 10)
        if v[0] != "0" and gb_utr.is_valid(v):
            return v
    raise AssertionError


def _brute_letter(rng, body_fn, ok):
    for _ in range(1000):
        body = body_fn()
        for c in "ABCDEFGHIJKLMNOPQRSTUVW":
            if ok(body + c):
                return body + c
    raise AssertionError


def g_pps(rng, arg):
    return _brute_letter(rng, lambda: digits(rng, 7), ie_pps.is_valid)


def g_ievat(rng, arg):
    return "IE" + _brute_letter(
        rng, lambda: str(rng.randint(1, 9)) + digits(rng, 6), lambda v: ie_vat.is_valid("IE" + v)
    )


def g_ahv(rng, arg):
    return brute_last(rng, lambda: "756" + digits(rng, 9), 1, ch_ssn.is_valid)


def g_chuid(rng, arg):
    return "CHE" + brute_last(
        rng,
        lambda: str(rng.randint(1, 9)) + digits(rng, 7),
        1,
        lambda v: ch_uid.is_valid("CHE" + v),
    )


def _iban_check(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"


def _cz_account(rng):
    w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    while True:
        acc = str(rng.randint(1, 9)) + digits(rng, 8)
        for c in range(10):
            v = (acc + str(c)).zfill(10)
            if sum(int(a) * b for a, b in zip(v, w, strict=True)) % 11 == 0:
                return v


def g_iban(rng, cc):
    cc = cc or "PL"
    for _ in range(1000):
        if cc == "PL":
            bban = (
                rng.choice(["1020", "1050", "1090", "1140", "1160", "1240", "1750", "2490"])
                + digits(rng, 4)
                + digits(rng, 16)
            )
        elif cc == "CZ":
            bban = (
                rng.choice(["0100", "0300", "0800", "2010", "0600", "5500", "3030", "6210"])
                + "000000"
                + _cz_account(rng)
            )
        elif cc == "SK":
            bban = (
                rng.choice(["0900", "0200", "1100", "7500", "5600", "8360"])
                + "000000"
                + _cz_account(rng)
            )
        elif cc == "DE":
            bban = rng.choice(
                ["10070000", "20041111", "50010517", "70020270", "37040044", "12030000"]
            ) + digits(rng, 10)
        elif cc == "AT":
            bban = rng.choice(["12000", "20111", "32000", "14000"]) + digits(rng, 11)
        elif cc == "UA":
            bban = (
                rng.choice(["305299", "322001", "300528", "320649", "380805"])
                + "0000"
                + digits(rng, 15)
            )
        elif cc == "IE":
            bban = (
                rng.choice(["AIBK", "BOFI", "IPBS"])
                + rng.choice(["931152", "900017", "990510"])
                + digits(rng, 8)
            )
        elif cc == "CH":
            bban = rng.choice(["00700", "00235", "00767", "80808"]) + digits(rng, 12)
        elif cc == "GB":
            bban = (
                rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"])
                + digits(rng, 6)
                + digits(rng, 8)
            )
        else:
            raise ValueError(cc)
        v = cc + _iban_check(cc, bban) + bban
        if std_iban.is_valid(v):
            return v
    raise AssertionError(cc)


def g_nrb(rng, arg):
    return g_iban(rng, "PL")[2:]


def g_card(rng, arg):
    prefix = arg or "4"
    return brute_last(rng, lambda: prefix + digits(rng, 15 - len(prefix)), 1, luhn.is_valid)


GENS = {
    "pesel": ("pesel", g_pesel),
    "nip": ("tax_id", g_nip),
    "regon9": ("tax_id", g_regon9),
    "regon14": ("tax_id", g_regon14),
    "dowod": ("national_id", g_dowod),
    "rc": ("birth_number", g_rc),
    "ico": ("tax_id", g_ico),
    "dic_cz": ("tax_id", g_dic_cz),
    "dph": ("tax_id", g_dph),
    "idnr": ("national_id", g_idnr),
    "devat": ("tax_id", g_devat),
    "atuid": ("tax_id", g_atuid),
    "inn10": ("tax_id", g_inn10),
    "inn12": ("national_id", g_inn12),
    "ogrn": ("tax_id", g_ogrn),
    "ogrnip": ("tax_id", g_ogrnip),
    "snils": ("national_id", g_snils),
    "rntrc": ("national_id", g_rntrc),
    "edrpou": ("tax_id", g_edrpou),
    "gbvat": ("tax_id", g_gbvat),
    "dic_rc": ("tax_id", g_dic_rc),
    "nhs": ("national_id", g_nhs),
    "utr": ("tax_id", g_utr),
    "pps": ("national_id", g_pps),
    "ievat": ("tax_id", g_ievat),
    "ahv": ("national_id", g_ahv),
    "chuid": ("tax_id", g_chuid),
    "iban": ("iban", g_iban),
    "nrb": ("iban", g_nrb),
    "card": ("card", g_card),
}


def apply_mask(v: str, mask: str | None) -> str:
    if not mask:
        return v
    if mask.startswith("g"):
        n, sep = int(mask[1]), (mask[2:] or " ")
        return sep.join(v[i : i + n] for i in range(0, len(v), n))
    out, it = [], iter(v)
    for ch in mask:
        if ch == "#":
            out.append(next(it))
        elif ch == "_":
            next(it)
        else:
            out.append(ch)
    rest = "".join(it)
    assert not rest, (v, mask)
    return "".join(out)


def fill_pattern(rng, pattern):
    return "".join(rng.choice(string.digits) if c == "#" else c for c in pattern)


def g_phone(rng, region, pattern):
    for _ in range(5000):
        v = fill_pattern(rng, pattern)
        try:
            n = phonenumbers.parse(v, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
            return v
    raise AssertionError(f"no valid phone for {region} {pattern}")


def g_safe(rng, pattern, regions):
    for _ in range(2000):
        v = fill_pattern(rng, pattern)
        if not id_hits(v) and not phone_hits(v, regions):
            return v
    raise AssertionError(pattern)


def g_bad(rng, spec, regions):
    """A typo'd id: one digit of a valid value changed so that it fails every check."""
    name, _, mask = spec.partition("~")
    name, _, arg = name.partition(":")
    good = GENS[name][1](rng, arg or None)
    pos = [i for i, c in enumerate(good) if c.isdigit()]
    for _ in range(200):
        i = rng.choice(pos[1:])
        bad = good[:i] + rng.choice([c for c in string.digits if c != good[i]]) + good[i + 1 :]
        out = apply_mask(bad, mask or None)
        if not id_hits(out) and not phone_hits(out, regions):
            return out
    raise AssertionError(spec)


def g_token_url(rng, url):
    tok = "".join(
        rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(28, 40))
    )
    return url.replace("*", tok)


STORE: dict[str, str] = {}


def generate(spec: str, rng, kind: str, lang: str) -> str:
    spec, _, key = spec.partition(">")
    head, _, rest = spec.partition(":")
    if head == "ref":
        name, _, mask = rest.partition("~")
        v = apply_mask(STORE[name], mask or None)
        assert id_hits(v), (spec, v)
        return v
    if head == "ph":
        region, _, pattern = rest.partition(":")
        assert kind == "phone", spec
        return g_phone(rng, region, pattern)
    if head == "safe":
        return g_safe(rng, rest, REGIONS[lang])
    if head == "bad":
        assert kind == "invalid_checksum_number", spec
        return g_bad(rng, rest, REGIONS[lang])
    if head == "url":
        assert kind == "url_token", spec
        return g_token_url(rng, rest)
    name, _, mask = spec.partition("~")
    name, _, arg = name.partition(":")
    k, fn = GENS[name]
    assert k == kind, (spec, kind)
    v = fn(rng, arg or None)
    assert id_hits(v), (spec, v)
    if key:
        STORE[key] = v
    return apply_mask(v, mask or None)


# ---------------------------------------------------------------- items

TOKEN = re.compile(r"\[\[([a-z_]+)\|(.+?)\]\]|\{\{([a-z_]+)\|(.+?)\}\}", re.S)
PUNCT = " \t\n,;:!?"


def build(item_id: str, lang: str, template: str, rng) -> dict:
    template = template.strip("\n")
    out, pii, keep, placed, pos = [], [], [], [], 0
    last = 0
    for m in TOKEN.finditer(template):
        chunk = template[last : m.start()]
        out.append(chunk)
        pos += len(chunk)
        last = m.end()
        if m.group(1):
            kind, value = m.group(1), m.group(2)
            span = {}
            if kind in NAME_CTX:
                span = {"kind": "name", "context": NAME_CTX[kind]}
            else:
                assert kind in PII_KINDS and kind != "name", (item_id, kind)
                span = {"kind": kind}
            if value.startswith("@"):
                value = generate(value[1:], rng, span["kind"], lang)
            else:
                assert kind not in {
                    "phone",
                    "card",
                    "iban",
                    "pesel",
                    "birth_number",
                    "national_id",
                    "tax_id",
                }, (item_id, value)
            pii.append({"start": pos, "end": pos + len(value), **span})
            placed.append((pii[-1], value))
        else:
            what, value = m.group(3), m.group(4)
            assert what in KEEP_WHATS, (item_id, what)
            if value.startswith("@"):
                value = generate(value[1:], rng, what, lang)
            keep.append({"start": pos, "end": pos + len(value), "what": what})
            placed.append((keep[-1], value))
        assert value == value.strip() and value[0] not in PUNCT + "." and value[-1] not in PUNCT, (
            item_id,
            value,
        )
        if (
            value.count("«") != value.count("»")
            or value.count('"') % 2
            or value.count("(") != value.count(")")
        ):
            raise AssertionError((item_id, "unbalanced", value))
        out.append(value)
        pos += len(value)
    out.append(template[last:])
    text = "".join(out)
    for s, v in placed:
        assert text[s["start"] : s["end"]] == v, (item_id, v)
    assert "[[" not in text and "{{" not in text and "]]" not in text and "}}" not in text, item_id
    spans = sorted([(s["start"], s["end"]) for s in pii + keep])
    for (a, b), (c, d) in zip(spans, spans[1:], strict=False):
        assert b <= c, (item_id, text[a:b], text[c:d])
    for s in keep:
        v = text[s["start"] : s["end"]]
        if s["what"] in NUMBERISH and len(re.sub(r"\D", "", v)) >= 6:
            hits = id_hits(v) + phone_hits(v, REGIONS[lang])
            assert not hits, (item_id, v, hits)
    covered = [(a, b) for a, b in spans]
    for m in re.finditer(r"\d{6,}", text):
        assert any(a <= m.start() and m.end() <= b for a, b in covered), (item_id, m.group())
    for s in pii:
        v = text[s["start"] : s["end"]]
        if s["kind"] == "email":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (item_id, v)
    return {"id": item_id, "lang": lang, "text": text, "pii": pii, "keep": keep}


ITEMS: dict[str, list[str]] = {lang: [] for lang in LANGS}


def T(lang: str, template: str) -> None:
    ITEMS[lang].append(template)


# ================================================================ Polish

T(
    "pl",
    """
Dzień dobry Pani [[sal|Jadwigo]],

dziękuję za wczorajszy telefon w sprawie zgłoszenia {{ticket_number|@safe:SR-#######}}. Niestety od {{date|14 marca}} {{brand|Światłowód Max}} nadal zrywa się każdego wieczoru około {{time|21:00}}. Router wymieniłem, kabel też.
Do weryfikacji: umowa jest na mnie, PESEL [[pesel|@pesel:M]]. Najlepiej dzwonić po szesnastej na [[phone|@ph:PL:5## ### ###]].

Z poważaniem
[[sig|Grzegorz Wójcik-Malinowski]]
""",
)

T(
    "pl",
    """
Krem {{person_like_brand|Dr Irena Eris}} zamówiony {{date|2.05}}, doszedł po tygodniu, pudełko zgniecione, ale sam produkt ok. Sprzedawca odpisał grzecznie, choć dopiero za trzecim razem. Zostawiam tę opinię jako stała klientka – [[self|Renata Pawlak]] – i liczę, że ktoś z {{company|Beauty Hurt}} ją przeczyta. 3/5
""",
)

T(
    "pl",
    """
Formularz rejestracji pacjenta – {{company|Przychodnia Zdrowie na Woli}}
Imię i nazwisko: [[self|Stanisław Kaczmarczyk]]
PESEL: [[pesel|@pesel:M]]
Adres: [[address|ul. Leszczyńska 14/3, 01-213 Warszawa]]
Telefon: [[phone|@ph:PL:+48 6## ### ###]]
E-mail: [[email|s.kaczmarczyk@interia.pl]]
Lekarz prowadzący: dr [[oth|Beata Szymańska]]
Uwagi: proszę o termin po {{date|20.06.2024}}, najlepiej rano.
""",
)

T(
    "pl",
    """
{{greeting_without_name|Szanowni Państwo}},

zgłaszam szkodę z polisy {{invalid_checksum_number|@safe:############}} (zalanie łazienki przez sąsiada z góry, {{date|3 lutego}}). Poniżej dane do wypłaty:

właścicielka mieszkania: [[self|Halina Dudek]], PESEL [[pesel|@pesel:F]]
konto: [[iban|@nrb~## #### #### #### #### #### ####]]

W załączeniu zdjęcia i protokół od administracji.
[[sig|Halina Dudek]]
""",
)

T(
    "pl",
    """
Dzień dobry Panie [[sal|Arturze]],

prosimy o korektę faktury {{invoice_number|@safe:FV/2024/05/####}} – na dokumencie jest stary NIP. Poprawne dane:
{{company|Ogrodnik Projekt sp. z o.o.}}
NIP: [[tax_id|@nip~###-###-##-##]]
REGON: [[tax_id|@regon9]]
Rachunek: [[iban|@nrb~## #### #### #### #### #### ####]]

Pozdrawiam
[[sig|Aleksandra Kmieć]]
{{job_title|Główna księgowa}}
[[email|a.kmiec@ogrodnikprojekt.pl]] | tel. [[phone|@ph:PL:22 ### ## ##]]
""",
)

T(
    "pl",
    """
Tu [[self|Marzena Kubiak]], klientka od lat. Wczoraj w nocy ktoś dwa razy obciążył moją kartę [[card|@card:4~g4]] na {{amount|349,99 zł}} w sklepie, w którym nigdy nie byłam. Kartę zastrzegł już mój mąż [[oth|Zbigniew]] przez infolinię {{brand|Pekao}}, ale pieniądze nie wróciły. Proszę o zwrot na rachunek [[iban|@nrb]].
""",
)

T(
    "pl",
    """
[{{time|10:42}}] Agent Marek: Dzień dobry, w czym mogę pomóc?
[{{time|10:43}}] Klient: paczka {{tracking_number|@safe:6############}} stoi w {{city|Strykowie}} od czterech dni
[{{time|10:44}}] Agent Marek: Już sprawdzam. Czy przesyłka jest na to samo nazwisko co zamówienie?
[{{time|10:45}}] Klient: tak, zamawiała żona, [[oth|Dorota]]. ja jestem [[self|Paweł]], dzwoniłem wczoraj
""".replace("Agent Marek", "Agent [[oth|Marek]]"),
)

T(
    "pl",
    """
Hotel {{brand|Pod Złotym Lwem}} w {{city|Kazimierzu Dolnym}} – pokój czysty, śniadania świetne, ale parking {{amount|40 zł}} za dobę to przesada. Ogromne podziękowania dla pani [[oth|Eli]] z recepcji, która o {{time|23:30}} znalazła nam ładowarkę. Wrócimy na majówkę!
""",
)

T(
    "pl",
    """
Cześć [[sal|Tomku]],

auto odebrane, dzięki za szybką robotę przy sprzęgle. Fakturę {{invoice_number|@safe:##/06/2024}} wystaw proszę jeszcze raz na firmę, NIP [[tax_id|@nip]] (nie {{invalid_checksum_number|@bad:nip}}, tam jest literówka), bo poprzednia poszła na mnie prywatnie. Zapłacone przelewem {{amount|1 840 zł}}.
Jakby co, moja nowa komórka to [[phone|@ph:PL:7##-###-###]].

[[sig|Kuba]]
""",
)

T(
    "pl",
    """
{{greeting_without_name|Szanowni Państwo}},

w nawiązaniu do pisma znak {{ticket_number|@safe:WA-III.6740.###.2024}} uprzejmie proszę o przesunięcie terminu oględzin działki przy [[address|ul. Sosnowej 8, 05-500 Piaseczno]]. Wnioskodawca: [[self|Michał Adamczyk]], PESEL [[pesel|@pesel:M]], dowód osobisty [[national_id|@dowod]]. Opłatę skarbową przelałem z rachunku [[iban|@iban:PL]].

Z wyrazami szacunku
[[sig|M. Adamczyk]]
""",
)

T(
    "pl",
    """
Dzień dobry Pani [[sal|Agnieszko]],

[[oth|Oliwia]] nie będzie w szkole od {{date|10.04}} do {{date|12.04}}, bo jedziemy na badania do {{city|Krakowa}}. Zaległości nadrobi, a sprawdzian z matematyki napisze w kolejnym tygodniu.

Pozdrawiam serdecznie
[[sig|Iwona Jabłońska]]
""",
)

T(
    "pl",
    """
Dzień dobry,
nazywam się [[self|Olena Kovalenko]] (PESEL [[pesel|@pesel:F]]) i chciałabym wypowiedzieć umowę karnetu {{product_code|OPEN-12M}} w klubie {{brand|FitFabryka}} {{street_as_brand|Piotrkowska}}. Proszę o zwrot nadpłaty {{amount|129 zł}} na konto:
[[iban|@iban:PL~g4]]
Mój e-mail: [[email|olena.kovalenko94@gmail.com]]
Dziękuję,
[[sig|Olena]]
""",
)

T(
    "pl",
    """
{{greeting_without_name|Dzień dobry}},

zamówienie {{order_number|@safe:#######}} z {{date|12.03.2024}} – karma {{brand|Royal Canin}} {{quantity|2 × 10 kg}} dotarła uszkodzona, jeden worek rozdarty. Zdjęcia w załączniku. Proszę o wymianę albo zwrot {{amount|389 zł}}.

Odpowiedź:
{{greeting_without_name|Dzień dobry}}, przepraszamy za kłopot. Wymiana wyjdzie jutro kurierem.
{{team_name|Zespół Obsługi Klienta}} {{brand|ZooMarket}}
""",
)

T(
    "pl",
    """
---------- Wiadomość przekazana ----------
Od: [[oth|Krzysztof Baran]] <[[email|k.baran@budmex-hurt.pl]]>
Data: {{date|wt., 9 kwi 2024}} {{time|08:12}}
Temat: Zamówienie {{order_number|@safe:ZK/####/24}}
Do: <[[email|zamowienia@tynki-sikora.pl]]>

Pani [[sal|Moniko]], potwierdzam dostawę na czwartek. Proszę o NIP i REGON do faktury.

--
Odpowiadam: NIP [[tax_id|@nip]], REGON [[tax_id|@regon9]], konto [[iban|@iban:PL]], reszta danych bez zmian.
[[sig|Monika Sikora]]
{{company|Tynki Sikora}}
tel. [[phone|@ph:PL:+48 ###-###-###]]
""",
)

T(
    "pl",
    """
{{greeting_without_name|Witam}},
jestem właścicielką mieszkania i proszę o przepisanie licznika na mnie. Numer licznika: {{invalid_checksum_number|@safe:########}}, nr klienta {{invalid_checksum_number|@safe:##########}}.
Mój PESEL to [[pesel|@pesel:F]] (w poprzednim wniosku wpisałam przez pomyłkę {{invalid_checksum_number|@bad:pesel}} – proszę poprawić).
[[sig|Barbara Nowicka-Zając]]
""",
)

T(
    "pl",
    """
Dzień dobry, tu [[self|Nguyen Van Minh]] z restauracji {{company|Pho Hanoi}}. Od dwóch tygodni hurtownia wystawia faktury na zły numer – nasz NIP to [[tax_id|@nip~PL##########]], REGON [[tax_id|@regon9]], konto [[iban|@iban:PL~g4]], a nie dane z zamówienia {{order_number|@safe:H-#####}}. Bardzo proszę poprawić, księgowa nie przyjmie.
[[sig|Minh]]
""",
)

T(
    "pl",
    """
Dziękuję, wszystko się zgadza. Do zobaczenia {{date|18 czerwca}}!
[[sig|Ewa]]

W dniu {{date|pon., 3 cze 2024}} o {{time|10:15}} [[oth|Katarzyna Lewandowska]] <[[email|k.lewandowska@biuro-sol.pl]]> napisała:
> Szanowna Pani [[sal|Ewo]],
> w załączeniu voucher do hotelu {{brand|Sol Marina}} w {{city|Gdańsku}}. Do polisy turystycznej wpisałam PESEL, który Pani podała: [[pesel|@pesel:F]].
> Pozdrawiam, [[sig|Katarzyna Lewandowska]]
""",
)

T(
    "pl",
    """
Cześć [[sal|Kasiu]]!
Czy mogę na sobotę zamówić tort {{brand|Malinowa Chmurka}} na {{quantity|20 osób}}? Odbiorę koło {{time|11}}, zapłacę BLIKiem. Mój numer [[phone|@ph:PL:+48 ### ### ###]], w razie czego dzwoń.
buziaki, [[sig|Gosia Laskowska]]
""",
)

T(
    "pl",
    """
Panie [[sal|Tomaszu]],

w imieniu firmy {{company|Transkom s.c.}} (NIP [[tax_id|@nip]], REGON [[tax_id|@regon14]]) proszę o ofertę OC przewoźnika na przyszły rok. Flota bez zmian – {{quantity|7 ciągników}}, obecna polisa {{invalid_checksum_number|@safe:PL/##########}}.

Łączę pozdrowienia
[[sig|Ryszard Kołodziej]]
{{job_title|Współwłaściciel}}
tel. kom. [[phone|@ph:PL:6########]]
[[email|biuro@transkom-przewozy.pl]]
nr rachunku: [[iban|@nrb]]
""",
)

T(
    "pl",
    """
{{greeting_without_name|Szanowny Kliencie}},

reklamacja nr {{ticket_number|@safe:RK-####-##}} została rozpatrzona pozytywnie. Kwota {{amount|249,00 zł}} zostanie zwrócona w ciągu {{quantity|14 dni}} na rachunek, z którego dokonano płatności.
{{job_title|Kierownik działu reklamacji}} zatwierdził wymianę odkurzacza {{brand|Zelmer}} {{product_code|ZVC752SP}} na nowy egzemplarz.

Z poważaniem
{{team_name|Dział Obsługi Posprzedażowej}}
{{company|Elektro-Dom S.A.}}
""",
)

T(
    "pl",
    """
Tu [[self|Henryk Mazur]], pacjent z sali 12 na kardiologii (PESEL [[pesel|@pesel:M1938-1958]], gdyby trzeba było odnaleźć kartę). Chciałem bardzo podziękować panu doktorowi [[oth|Zielińskiemu]] i pielęgniarkom z nocnej zmiany. {{company|Szpital Wojewódzki}} w {{city|Koszalinie}} ma złote ręce.
""",
)

T(
    "pl",
    """
Witam Panie [[sal|Krzysztofie]],
dziękujemy za zakup w naszym sklepie. Niestety model {{product_code|KT-220 Pro}} jest chwilowo niedostępny – wysyłka możliwa od {{date|15.07}}. Jeśli woli Pan zwrot, proszę odpisać.

Pozdrawiam
{{team_name|Sklep Narzędziowy Majster}}
NIP [[tax_id|@nip]] · REGON [[tax_id|@regon9]] · {{url|www.narzedziamajster.pl}}
Konto: [[iban|@nrb~## #### #### #### #### #### ####]]
""",
)

T(
    "pl",
    """
{{greeting_without_name|Szanowni Państwo}},
prowadzę lokal {{brand|Ankara Kebab}} na starówce w {{city|Olsztynie}}. Od {{date|1 sierpnia}} nie dostaję faktur za wywóz odpadów. Dane firmy: {{company|Yılmaz Gastro}}, REGON [[tax_id|@regon9]], NIP [[tax_id|@nip]]. Płatności idą z konta [[iban|@nrb]].

Serdecznie pozdrawiam
[[sig|Mehmet Yılmaz]]
""",
)

T(
    "pl",
    """
Nie mogę odebrać paczki z automatu {{product_code|KRA12M}}, kod nie działa. Dostałam link do zmiany hasła w aplikacji: [[url_token|@url:https://konto.paczkoteka.pl/reset?token=*]] ale wyskakuje błąd. Numer telefonu w koncie: [[phone|@ph:PL:0048 ### ### ###]].
Pozdrawiam, [[sig|Justyna]]
""",
)

T(
    "pl",
    """
hej, od wczoraj nie działa mi logowanie do {{brand|Kinomanii}} na telewizorze (aplikacja {{version|4.12.1}}). konto na [[email|piotrek.zawada@o2.pl]], płacę kartą [[card|@card:5~################]], ostatnia płatność {{amount|29,99}} zeszła {{date|1.09}}. co jest grane?
—[[sig|Piotrek]]
""",
)

T(
    "pl",
    """
Reklamacja – dane przesyłki:
nr_przesylki;nadawca;odbiorca;adres_doreczenia
{{tracking_number|@safe:MP########PL}};{{company|Meblex}};[[oth|Ludwik Marczak]];[[address|Kwiatowa 27, 62-030 Luboń]]
Kurier [[oth|Paweł]] zostawił paczkę pod klatką, bez awizo, choć podałem numer [[phone|@ph:PL:+48 5########]]. Stół ma pękniętą nogę.
""",
)

T(
    "pl",
    """
Dzień dobry Pani [[sal|Renato]],
w załączeniu potwierdzenie przelewu z {{date|28.02.2024}}. Proszę zaksięgować wpłatę na poczet umowy {{invalid_checksum_number|@safe:UM/##/######}}. Płatnik: firma jednoosobowa, NIP[[tax_id|@nip]], REGON[[tax_id|@regon9]].
Account no.:[[iban|@iban:PL]]
[[sig|Kowalczyk Jan]]
""",
)

T(
    "pl",
    """
Dzień dobry, piszę jako mama [[oth|Antosia]] (PESEL dziecka [[pesel|@pesel:M2016-2022]]) – prosimy o przełożenie szczepienia z {{date|12.06}} na inny termin, synek ma gorączkę. Jestem osiągalna pod [[phone|@ph:PL:6##.###.###]].
[[sig|Magdalena Kozieł]]
""",
)

T(
    "pl",
    """
Karta meldunkowa – {{brand|Hotel Arkadia}}, {{city|Zakopane}}
Gość: [[self|Wojciech Stępień]]
Adres: [[address|os. Słoneczne 4/12, 31-956 Kraków]]
PESEL: [[pesel|@pesel:M]]
Nr dowodu osobistego: [[national_id|@dowod~### ######]]
Przyjazd: {{date|21.12.2024}}, wyjazd: {{date|27.12.2024}}, {{quantity|2 os.}}
""",
)

T(
    "pl",
    """
hej, tu [[self|Zosia]] z 3B 🙂 czy ktoś wie, czy jutro jest wf? wychowawczyni pisała coś na {{brand|Librusie}}, ale mi się nie otwiera
""",
)


# ================================================================ Czech

T(
    "cs",
    """
Vážená paní [[sal|Dvořáková]],

děkuji za vyřízení reklamace {{ticket_number|@safe:CZ-########}}. Bohužel se výpadky připojení na {{brand|O2 Smart Box}} vrátily hned druhý den. Pro ověření: smlouva je psaná na mě, RČ [[birth_number|@rc:M]]. Jsem k zastižení na čísle [[phone|@ph:CZ:+420 7## ### ###]] mezi {{time|9}} a {{time|17}} hodinou.

S pozdravem
Ing. [[sig|Pavel Horák]]
""",
)

T(
    "cs",
    """
{{greeting_without_name|Dobrý den}},
jmenuji se [[self|Lucie Procházková]] a minulý týden jsem nahlásila pojistnou událost (rozbité čelní sklo). Číslo smlouvy {{invalid_checksum_number|@safe:##########}}, moje rodné číslo [[birth_number|@rc:F~######/####]], plnění prosím na účet [[iban|@iban:CZ~g4]].
Kdy můžu čekat likvidátora? Telefon [[phone|@ph:CZ:+420 ### ### ###]].
Děkuji, [[sig|L. Procházková]]
""",
)

T(
    "cs",
    """
Dobrý den pane [[sal|Nováku]],
auto ({{brand|Škoda Octavia}}) můžu přivézt v pátek ráno. Fakturu prosím na firmu {{company|Novotný Stavby s.r.o.}}, IČO [[tax_id|@ico>cs3]], DIČ [[tax_id|@ref:cs3~CZ########]], platit budeme z účtu [[iban|@iban:CZ]].
Díky, [[sig|Jiří Novotný]]
""",
)

T(
    "cs",
    """
Objednávka č. {{order_number|@safe:#########}} z {{brand|Alzy}} dorazila včas, ale notebook {{brand|Lenovo IdeaPad 5}} měl prasklý rámeček. Reklamace přes web proběhla za {{quantity|3 dny}}, nový kus už mám doma. {{percent|100 %}} spokojenost, jen ta krabice…
""",
)

T(
    "cs",
    """
{{greeting_without_name|Dobrý den všem}},
jsem [[self|Tran Thi Hoa]], mám večerku v {{city|Plzni}} (IČO [[tax_id|@ico]]). Včera mi v {{person_like_brand|Albertu}} neprošla věrnostní karta {{invalid_checksum_number|@safe:#### #### #### ####}}, prý neexistuje. Můžete to prověřit?
[[sig|Hoa]]
""",
)

T(
    "cs",
    """
Dobrý den, paní [[sal|Marešová]],
v příloze posílám podepsanou objednávku {{order_number|@safe:OBJ-2024-####}}. Platbu provedeme z účtu [[iban|@iban:CZ~g4]] do {{date|30. 4.}}

S pozdravem a přáním hezkého dne
[[sig|Markéta Šimková]]
{{job_title|nákupčí}}
{{company|Zahradnictví Květ s.r.o.}}
IČ: [[tax_id|@ico>cs6]], DIČ: [[tax_id|@ref:cs6~CZ########]]
Tel.: [[phone|@ph:CZ:+420 ### ### ###]]
""",
)

T(
    "cs",
    """
Operátorka: Dobrý den, s čím vám mohu pomoci?
Zákazník: dobrý, nefunguje mi karta v aplikaci {{brand|Smart Banka}}
Operátorka Jana: Můžete mi prosím sdělit celé jméno a číslo karty?
Zákazník: [[self|Vojtěch Kadlec]], [[card|@card:4~################]]
Operátorka Jana: Děkuji. Vidím blokaci z {{date|12. 5.}} v {{time|14:32}}, hned ji ruším.
""".replace("Operátorka Jana", "Operátorka"),
)

T(
    "cs",
    """
{{greeting_without_name|Vážená paní učitelko}},
[[oth|Matýsek]] bude zítra chybět, jedeme na kontrolu do {{company|FN Motol}}. Omlouvám ho i z odpoledního kroužku. Kdyby něco, jsem na [[phone|@ph:CZ:7## ### ###]].
Děkuji a zdravím
[[sig|Petra Vávrová]]
""",
)

T(
    "cs",
    """
Ahoj [[sal|Mirko]],
posílám ti číslo účtu na zálohu za ten catering: [[iban|@iban:CZ]]. Do poznámky dej {{invoice_number|@safe:ZAL####}}, fakturu vystavím na IČO [[tax_id|@ico]]. Kdyby něco, volej na [[phone|@ph:CZ:7## ### ###]].
Měj se,
[[sig|Saša]]
""",
)

T(
    "cs",
    """
Městský úřad {{city|Kolín}}, odbor dopravy
Věc: žádost o vydání parkovací karty

Žadatel: Ing. [[self|Radek Beneš]]
Trvalé bydliště: [[address|Pražská 1153/12, 280 02 Kolín]]
Rodné číslo: [[birth_number|@rc:M~######/####]]
Telefon: [[phone|@ph:CZ:+420 6##-###-###]]

V {{city|Kolíně}} dne {{date|3. 6. 2024}}
""",
)

T(
    "cs",
    """
{{greeting_without_name|Dobrý den}},

omlouváme se za výpadek ze dne {{date|7. 8.}} mezi {{time|10:05}} a {{time|11:40}}. Chyba byla ve verzi {{version|3.18.2}}, oprava je nasazena. Jako kompenzaci vám prodlužujeme předplatné {{product_code|Business}} o {{quantity|1 měsíc}}.

{{team_name|Tým podpory}} {{brand|FakturaPro}}
""",
)

T(
    "cs",
    """
Díky, platba odešla.
[[sig|Honza]]

Dne {{date|út 14. 5. 2024}} v {{time|9:02}} [[oth|Kateřina Malá]] <[[email|katerina.mala@cestovka-sluncem.cz]]> napsal(a):
> Dobrý den pane [[sal|Krejčí]],
> zasílám vyúčtování zájezdu {{order_number|@safe:ZJ-######}} do {{city|Splitu}}. Doplatek {{amount|12 400 Kč}} prosím na účet [[iban|@iban:CZ~g4]].
""",
)

T(
    "cs",
    """
Dobrý den, jmenuji se [[self|Oksana Melnyk]], jsem pojištěnka {{company|VZP}}. Potřebuji objednat syna [[oth|Danyla]] k zubaři. Jeho rodné číslo je [[birth_number|@rc:M2012-2018]], moje [[birth_number|@rc:F1980-1990~######/####]]. Česky mluvím jen trochu, prosím napište e-mail: [[email|oksana.melnyk88@seznam.cz]]
""",
)

T(
    "cs",
    """
Ruším členství ve {{brand|Form Factory}} {{street_as_brand|Vinohradská}} k {{date|31. 10.}} Jako držitel permanentky [[self|Ondřej Šťastný]] žádám o vrácení zbývajících {{amount|1 450 Kč}} na účet [[iban|@iban:CZ]].
""",
)

T(
    "cs",
    """
Hotel {{brand|U Zlatého jelena}} v {{city|Českém Krumlově}} – krásný výhled, snídaně průměrná. Paní [[oth|Hana]] na recepci byla moc milá, pan majitel už méně. Za {{quantity|2 noci}} jsme dali {{amount|5 800 Kč}}, což je na {{city|Krumlov}} asi normál.
""",
)

T(
    "cs",
    """
{{greeting_without_name|Vážený pane inženýre}},
potvrzujeme přijetí vaší poptávky na {{quantity|40 palet}} dlažby {{product_code|KLASIKO 60}}. Cenovou nabídku {{invoice_number|@safe:NAB-24-####}} zašleme do pátku.

S pozdravem
[[sig|Zdeněk Pospíšil]]
{{job_title|obchodní zástupce}}
{{company|Stavebniny Pospíšil a syn s.r.o.}}
IČO: [[tax_id|@ico>cs16]] | DIČ: [[tax_id|@ref:cs16~CZ########]]
Bankovní spojení: [[iban|@iban:CZ~g4]]
[[phone|@ph:CZ:602 ### ###]]
""",
)

T(
    "cs",
    """
{{greeting_without_name|dobrej}}, někdo mi z karty [[card|@card:5~g4]] strhl {{amount|2 999 Kč}} za nějaký předplatný, co jsem nikdy neobjednal. kartu jsem už zablokoval v appce. prosím o vrácení peněz na [[iban|@iban:CZ]].
[[sig|Marek Dušek]]
""",
)

T(
    "cs",
    """
{{greeting_without_name|Dobrý den}},
zásilka {{tracking_number|@safe:DR##########CZ}} měla dorazit už v úterý, kurýr ale volal na špatné číslo. Správné číslo příjemce je [[phone|@ph:CZ:00420 ### ### ###]], adresa [[address|Jeseniova 2214/48, 130 00 Praha 3]].
Díky moc a hezký den, [[sig|Petr]]
""",
)

T(
    "cs",
    """
{{greeting_without_name|Dobrý den}},
chtěla bych se zeptat, jestli granule {{brand|Brit Care}} {{product_code|Adult Large Breed}} {{quantity|12 kg}} budou zase skladem na prodejně {{street_as_brand|Vinohradská}}. Minule jsem je kupovala {{date|20. 2.}} za {{amount|1 299 Kč}}.
Děkuji
""",
)

T(
    "cs",
    """
Vážený pane profesore [[sal|Dvořáku]],
děkuji za konzultaci. Posílám opravenou verzi diplomové práce ({{version|v3}}). Na obhajobu {{date|18. června}} se přihlásím přes {{brand|SIS}}.
S úctou
Bc. [[sig|Tereza Kubíčková]]
[[email|kubickova.tereza@studenti-mail.cz]]
""",
)

T(
    "cs",
    """
Ahoj [[sal|Petro]],
fakturujte prosím naši slovenskou pobočku: {{company|Kovomat SK s.r.o.}}, IČ DPH [[tax_id|@dph]], IČO [[tax_id|@ico]], účet [[iban|@iban:SK~g4]]. Kontaktní osoba pro příjem zboží je pan [[oth|Ľubomír Baláž]], tel. [[phone|@ph:SK:+421 9## ### ###]].
Díky, [[sig|Alena Jelínková]]
""",
)

T(
    "cs",
    """
{{greeting_without_name|Dobrý den}},
jsem OSVČ ([[self|Martin Fiala]], grafické práce) a na faktuře {{invoice_number|@safe:FA2024####}} mám chybné DIČ. Správně je [[tax_id|@dic_rc]], IČO [[tax_id|@ico]] je v pořádku. Opravenou fakturu prosím na [[email|fiala.grafika@email.cz]].
Děkuji
""",
)

T(
    "cs",
    """
{{greeting_without_name|dobry den}}, objednavka {{order_number|@safe:#########}} porad neprisla, uz je to {{quantity|10 dni}}. muzete to prosim preverit? jinak chci penize zpet na ucet [[iban|@iban:CZ]].
diky
[[sig|jakub stransky]]
""",
)

T(
    "cs",
    """
{{greeting_without_name|Dobrý den}},
odesílám samoodečet elektroměru č. {{invalid_checksum_number|@safe:########}} ke dni {{date|1. 7. 2024}}: VT {{quantity|18 452 kWh}}, NT {{quantity|9 871 kWh}}.
Odběratel: [[self|Jaroslava Černá]], RČ [[birth_number|@rc:F]]
EAN: {{invalid_checksum_number|@safe:8591824###########}}
Adresa odběrného místa: [[address|Lipová 16, 779 00 Olomouc]]
""",
)

T(
    "cs",
    """
Dobrý den, kliknula jsem na odkaz pro obnovení hesla [[url_token|@url:https://muj.kvetinac-shop.cz/heslo/obnova?klic=*]] a píše to, že platnost vypršela. Můžete poslat nový? Účet je na [[email|vera.hruba@post.cz]].
[[sig|Věra Hrubá]]
""",
)

T(
    "cs",
    """
{{greeting_without_name|Dobrý den paní doktorko}},
posílám výsledky krve naší fenky z laboratoře {{company|Vetlab}}. Můžeme se objednat na kontrolu ve čtvrtek v {{time|16:30}}?
Majitel: [[self|Lukáš Zeman]], tel. [[phone|@ph:CZ:731 ### ###]]
""",
)

T(
    "cs",
    """
-----Původní zpráva-----
Od: [[oth|Radka Svobodová-Malá]] [mailto:[[email|svobodova.mala@ucetnictvi-rsm.cz]]]
Odesláno: {{date|čtvrtek 6. června 2024}} {{time|13:47}}
Komu: {{team_name|Fakturace}} <[[email|fakturace@tiskarna-arch.cz]]>
Předmět: RE: dobropis {{invoice_number|@safe:DB-####/24}}

{{greeting_without_name|Dobrý den}},
dobropis jsme obdrželi, děkujeme. Pro příště prosím uvádějte naše IČO [[tax_id|@ico>cs27]] a DIČ [[tax_id|@ref:cs27~CZ########]].
S pozdravem
[[sig|Radka Svobodová-Malá]]
{{company|Účetnictví RSM}}
""",
)

T(
    "cs",
    """
{{greeting_without_name|Dobrý den}},
v pondělí jsem měl v servisu {{person_like_brand|Emil Frey}} výměnu oleje a od té doby svítí kontrolka. Zakázkový list {{order_number|@safe:ZL-######}} (na firmu, IČO [[tax_id|@ico]]), technik říkal, že je to v pořádku. Jsem [[self|Dominik Vlček]], volejte prosím na [[phone|@ph:CZ:+420 ### ### ###]].
""",
)

T(
    "cs",
    """
Čau [[sal|Kubo]], posílám fotku dokladu, IČO firmy je [[tax_id|@ico>cs29]], DIČ [[tax_id|@ref:cs29~CZ ########]], kdyžtak to vyplň za mě do toho formuláře v {{brand|Datovce}}. Dík! [[sig|Vašek]]
""",
)

T(
    "cs",
    """
{{greeting_without_name|Vážení}},
na základě čl. 15 GDPR žádám o výpis osobních údajů, které o mně zpracováváte. Identifikace: [[self|Miroslav Kratochvíl]], RČ [[birth_number|@rc:M~######/####]]. Pozor, ve vašem systému mám uvedeno chybné číslo {{invalid_checksum_number|@bad:rc~######/####}}.
Děkuji
[[sig|M. Kratochvíl]]
""",
)


# ================================================================ Slovak

T(
    "sk",
    """
Dobrý deň, pán [[sal|Kollár]],
ďakujem za ochotu pri telefonáte. Ako sme sa dohodli, posielam číslo zmluvy {{invalid_checksum_number|@safe:##########}} a žiadam o zrušenie paušálu {{brand|Go Plus}} k {{date|30. 9. 2024}}. Pre overenie: držiteľ zmluvy, RČ [[birth_number|@rc:F~######/####]]. Kontakt: [[phone|@ph:SK:0905 ### ###]].
S pozdravom
[[sig|Miroslava Bartošová]]
""",
)

T(
    "sk",
    """
{{greeting_without_name|Dobrý deň}},
volám sa [[self|Juraj Kováč]] a chcem si otvoriť bežný účet online, ale formulár mi neprijíma rodné číslo [[birth_number|@rc:M~######/####]]. Skúšal som aj bez lomky. Môj e-mail je [[email|juraj.kovac.ke@azet.sk]]. Verzia aplikácie {{version|5.2.0}}, telefón {{brand|Samsung A54}}.
Ďakujem, [[sig|J. Kováč]]
""",
)

T(
    "sk",
    """
Kúpila som si v {{person_like_brand|Deichmanne}} v {{brand|Auparku}} tenisky za {{amount|49,99 €}} a po dvoch týždňoch sa odlepila podrážka. Reklamáciu mi zamietli, že je to „bežné opotrebenie". Bloček č. {{invoice_number|@safe:####-######}}. Som sklamaná. Ak to niekto preverí, peniaze prosím na [[iban|@iban:SK~g4]].
[[sig|Zuzana Lukáčová]]
""",
)

T(
    "sk",
    """
{{greeting_without_name|Dobrý deň}},
prosíme o vystavenie faktúry na:
{{company|AGRO-TECH Liptov s.r.o.}}
[[address|Priemyselná 12, 031 01 Liptovský Mikuláš]]
IČO: [[tax_id|@ico]]
DIČ: [[tax_id|@dph~__##########>sk4]]
IČ DPH: [[tax_id|@ref:sk4]]
IBAN: [[iban|@iban:SK~g4]]

S pozdravom
{{team_name|Oddelenie nákupu}}
""",
)

T(
    "sk",
    """
Ahoj [[sal|Zuzka]],
môžeš mi prosím presunúť tréning zo stredy na štvrtok o {{time|18:00}}? Permanentku mám ešte na {{quantity|4 vstupy}}.
vďaka, [[sig|Majka]]
""",
)

T(
    "sk",
    """
{{greeting_without_name|Dobrý deň}},
som [[self|Ľudmila Ondrejková]], pacientka MUDr. [[oth|Šimkovej]]. Potrebujem predpis na lieky, rodné číslo [[birth_number|@rc:F]], poisťovňa {{company|Dôvera}}. Vyzdvihnem si ho v {{person_like_brand|Dr.Max}} na {{street_as_brand|Obchodnej}}.
""",
)

T(
    "sk",
    """
Chat – {{brand|Packeta}}
Operátor Rastislav: Dobrý deň, ako vám môžem pomôcť?
Vy: dobry den, zasielka {{tracking_number|@safe:Z #### ### ###}} je v stave doručená ale ja ju nemám
Operátor Rastislav: Je mi to ľúto. Overím to u kuriéra. Môžete potvrdiť adresu doručenia?
Vy: [[address|Hlavná 58, 040 01 Košice]], meno na zvončeku [[self|Fedorová]]
""".replace("Operátor Rastislav", "Operátor [[oth|Rastislav]]"),
)

T(
    "sk",
    """
Mestský úrad {{city|Trnava}}
{{team_name|Oddelenie daní a poplatkov}}

Vec: Odhlásenie psa z evidencie

{{greeting_without_name|Dobrý deň}},
oznamujem, že pes vedený pod evidenčným číslom {{invalid_checksum_number|@safe:TT-####}} uhynul {{date|2. 3. 2024}}. Prosím o ukončenie poplatkovej povinnosti a vrátenie preplatku na [[iban|@iban:SK]].

S úctou
Mgr. [[sig|Katarína Novotná Šimeková]]
[[address|Študentská 7, 917 01 Trnava]]
""",
)

T(
    "sk",
    """
Hotel {{brand|Grand Jasná}} – lyžovačka super, ale wellness bolo zatvorené {{quantity|2 dni}} z piatich. Recepcia sľúbila zľavu {{percent|15 %}}, na faktúre {{invoice_number|@safe:HJ######}} nič. Nabudúce skúsime inde.
""",
)

T(
    "sk",
    """
{{greeting_without_name|Dobrý deň}},
moje meno je [[self|Pham Duc Long]], mám bistro v {{city|Nitre}}. Poslali ste mi návrh poistenia prevádzky {{invalid_checksum_number|@safe:PZ##########}}, no je tam zlé IČO. Správne IČO je [[tax_id|@ico]] a DIČ [[tax_id|@dph~__##########]]. Poistné budem platiť z účtu [[iban|@iban:SK]].
Vďaka
[[sig|Long]]
""",
)

T(
    "sk",
    """
Ďakujem, termín {{date|14. 11.}} o {{time|10:30}} mi vyhovuje.
[[sig|Peter Baláž]]

Dňa {{date|po 4. 11. 2024}} o {{time|15:12}} {{company|Autoservis Kubík}} <[[email|servis@autokubik.sk]]> napísal(a):
> Dobrý deň pán [[sal|Baláž]],
> Vaše auto je pripravené na STK. Navrhujeme termín {{date|14. 11.}}
> S pozdravom, [[sig|Ivan Kubík]], {{job_title|vedúci servisu}}
""",
)

T(
    "sk",
    """
Dobrý deň, pani [[sal|Kováčová]],
tovar z objednávky {{order_number|@safe:#########}} som vrátila cez {{brand|Z-BOX}} {{date|5. 8.}} Peniaze prosím poslať na účet [[iban|@iban:SK~g4]], majiteľka účtu [[self|Veronika Hudáková]].
Ďakujem
""",
)

T(
    "sk",
    """
{{greeting_without_name|Vážená pani učiteľka}},
volám sa [[self|Iryna Bondarenko]] a som mama [[oth|Sofie]] z 3.A. Dcéra bude zajtra chýbať, ideme na cudzineckú políciu do {{city|Bratislavy}}. Ak treba, volajte: [[phone|@ph:SK:+421 9## ### ###]].
Ďakujem
""",
)

T(
    "sk",
    """
{{greeting_without_name|dobry den}}
na mojej karte [[card|@card:4~####-####-####-####]] su dve platby po {{amount|89 eur}} co som nerobil. prosim zablokovat a vratit na ucet [[iban|@iban:SK]]
[[sig|tomas hudec]]
""",
)

T(
    "sk",
    """
Od: [[oth|Michaela Urbanová]] <[[email|urbanova@drevostav-zv.sk]]>
Odoslané: {{date|štvrtok, 10. októbra 2024}} {{time|9:41}}
Komu: {{team_name|Obchod}}
Predmet: cenová ponuka {{invoice_number|@safe:CP-24/###}}

[[sal|Janko]], posielam ponuku na okná. Ceny sú bez DPH {{percent|20 %}}, fakturovať budeme na IČ DPH [[tax_id|@dph]].
[[sig|Miška]]
""",
)

T(
    "sk",
    """
{{brand|Zoo Hobby}} {{city|Prešov}} – predavačka [[oth|Monika]] poradila s akváriom perfektne, filter {{brand|Eheim}} {{product_code|2213}} funguje ako hodinky. Odporúčam!
""",
)

T(
    "sk",
    """
{{greeting_without_name|Dobrý deň}},
zasielam údaje k zmene odberateľa elektriny:
číslo odberného miesta: {{invalid_checksum_number|@safe:##########}}
nový odberateľ: [[self|Anton Gajdoš]], RČ [[birth_number|@rc:M~######/####]]
pôvodný odberateľ: [[oth|Eva Gajdošová]] (zosnulá)
Kontakt: [[email|gajdos.anton@centrum.sk]]
S pozdravom, syn [[sig|Anton]]
""",
)

T(
    "sk",
    """
{{greeting_without_name|Dobrý deň}},
resetovací odkaz [[url_token|@url:https://app.rezervuj-online.sk/reset-password/*]] mi nefunguje, vraj expiroval. Prihlasovací e-mail: [[email|salon.bella.zilina@gmail.com]], IČO salónu [[tax_id|@ico]].
{{company|Salón Bella}}, {{city|Žilina}}
""",
)

T(
    "sk",
    """
Čau [[sal|Paľo]], auto ti dovezie švagor [[oth|Miro]] zajtra ráno, kľúče má on. Faktúru daj na firmu, IČO [[tax_id|@ico]], IČ DPH [[tax_id|@dph]]. Dík, [[sig|Števo]]
""",
)

T(
    "sk",
    """
Vážený pán Ing. [[sal|Šoltés]],
ďakujem za stretnutie v pobočke {{brand|Tatra banky}} na {{street_as_brand|Mlynských nivách}}. Posielam údaje k úverovej zmluve {{invalid_checksum_number|@safe:UZ########}}: IBAN [[iban|@iban:SK]], RČ [[birth_number|@rc:F]].
S úctou
[[sig|Denisa Richterová]]
""",
)

T(
    "sk",
    """
{{greeting_without_name|Dobrý deň všetkým}},
oznamujeme, že od {{date|1. 12.}} sa mení otváracia doba predajne {{brand|Pet Center}} {{street_as_brand|Vajnorská}}: po–pi {{time|9:00}}–{{time|19:00}}, so {{time|9:00}}–{{time|13:00}}.
{{team_name|Váš tím Pet Center}}
""",
)

T(
    "sk",
    """
{{greeting_without_name|Dobrý deň}},
potvrdzujeme rezerváciu {{quantity|12 izieb}} na firemné školenie {{date|20.–22. 5. 2025}}. Zálohu {{amount|1 800 €}} prosíme uhradiť do {{date|30. 4.}} na IBAN [[iban|@iban:SK~g4]].

S pozdravom
[[sig|Lenka Mišíková]]
{{job_title|Sales manager}}
{{brand|Hotel Patria}} | [[phone|@ph:SK:+421 52 ### ## ##]] | [[email|l.misikova@hotelpatria.sk]]
IČO: [[tax_id|@ico]] | IČ DPH: [[tax_id|@dph]]
""",
)

T(
    "sk",
    """
Dobrý večer, tu je [[self|Branislav Oravec]] z {{company|Oravec Transport}}. Vodič [[oth|Dušan]] dnes odovzdal zásielku {{tracking_number|@safe:OT-#####-SK}} v {{city|Senci}}, ale príjemca nepodpísal dodací list. Prosím o potvrdenie prevzatia mailom. Fakturačné údaje: IČO [[tax_id|@ico]], IČ DPH [[tax_id|@dph]].
""",
)

T(
    "sk",
    """
{{greeting_without_name|Dobrý deň}},
v zmluve mám uvedené rodné číslo {{invalid_checksum_number|@bad:rc~######/####}}, ale správne je [[birth_number|@rc:M~######/####]]. Prosím o opravu.
[[sig|Richard Beňo]]
[[phone|@ph:SK:+421 903 ### ###]]
""",
)

T(
    "sk",
    """
fitko {{brand|Gym Arena}} je fajn, ale tréner [[oth|Adam]] stále pozerá do mobilu. za {{amount|45 €}} mesačne by som čakal viac.
– [[sig|Filip]]
""",
)

T(
    "sk",
    """
Objednávateľ: [[self|Marek Kollár]] – {{company|MK Elektro}}
Sídlo: [[address|Kláštorská 3, 949 01 Nitra]]
IČO: [[tax_id|@ico]]
DIČ: [[tax_id|@dph~__##########]]
Platba kartou: [[card|@card:5~g4]], platnosť {{date|08/27}}
Účet na vrátenie preplatku: [[iban|@iban:SK~g4]]
""",
)

T(
    "sk",
    """
{{greeting_without_name|Dobrý deň}},
balík {{tracking_number|@safe:SK##########}} prevezme manželka [[oth|Oľga]], ja budem v práci. Jej číslo je [[phone|@ph:SK:0915 ### ###]].
Ďakujem, [[sig|Vladimír]]
""",
)

T(
    "sk",
    """
{{greeting_without_name|Vážený pán doktor}},
ďakujem za ošetrenie nášho psa. Faktúru {{invoice_number|@safe:VT/2024/###}} som uhradil, ale potreboval by som ju na firmu – IČO [[tax_id|@ico]], IČ DPH [[tax_id|@dph]]. Preplatok prosím vrátiť na účet [[iban|@iban:SK]].
S pozdravom
[[sig|Ondrej Zeman]]
[[email|zeman.ondrej@gmail.com]]
""",
)

T(
    "sk",
    """
{{greeting_without_name|Dobrý deň}},
kedy bude opäť dostupná kniha „{{brand|Tisícročná včela}}" v predajni {{street_as_brand|Poštová}}? Objednávka {{order_number|@safe:ORD-#######}} stále čaká.
""",
)

T(
    "sk",
    """
{{greeting_without_name|Vážení}},
v prílohe posielam reklamačný protokol {{ticket_number|@safe:RP-###/24}}. Chladnička {{brand|Gorenje}} {{product_code|NRK6192}} opäť nechladí, tretíkrát za rok.
S pozdravom
[[sig|J. Ferenc]]
tel. [[phone|@ph:SK:048/### ## ##]]
{{city|Banská Bystrica}}
""",
)


# ================================================================ Russian

T(
    "ru",
    """
Уважаемая [[sal|Ольга Петровна]],

благодарю за оперативный ответ по заявке № {{ticket_number|@safe:##-#######}}. Интернет на тарифе {{brand|Домашний 500}} работает стабильно уже три дня, заявку можно закрывать.

С уважением,
[[sig|Андрей Викторович Сомов]]
[[phone|@ph:RU:+7 (9##) ###-##-##]]
""",
)

T(
    "ru",
    """
Здравствуйте! Меня зовут [[self|Галина Сергеевна Миронова]], хочу записаться к кардиологу на следующей неделе. Полис ОМС у меня есть, СНИЛС [[national_id|@snils~###-###-### ##]]. Звонить лучше внучке [[oth|Насте]], у меня плохо со слухом: [[phone|@ph:RU:8 9## ### ## ##]].
""",
)

T(
    "ru",
    """
Добрый день, [[sal|Светлана]]!

Направляем акт сверки за {{date|III квартал 2024}}. Просим подписать и вернуть до {{date|15.10.2024}}.

--
С уважением,
[[sig|Кузнецова Е.В.]]
{{job_title|главный бухгалтер}}
{{company|ООО «СеверСтрой»}}
ИНН [[tax_id|@inn10]] / КПП {{invalid_checksum_number|@safe:#########}}
ОГРН [[tax_id|@ogrn]]
""",
)

T(
    "ru",
    """
Привет, [[sal|Даша]]! Это [[self|Лёша]] из {{company|ВкусДоставки}}. Твой заказ {{order_number|@safe:#######}} курьер привезёт к {{time|19:30}}, он позвонит с номера [[phone|@ph:RU:+79#########]]. Если что — пиши сюда 🙂
""",
)

T(
    "ru",
    """
Купил в «{{brand|Пятёрочке}}» огурцы «{{person_like_brand|Дядя Ваня}}», банка вздутая, срок годности до {{date|03.2026}}. Чек № {{invoice_number|@safe:####}}, {{amount|189,90 ₽}}. Магазин на {{street_as_brand|Тверской}} деньги вернуть отказался, сказали писать производителю.
""",
)

T(
    "ru",
    """
{{greeting_without_name|Добрый день, служба поддержки}}!

Я, [[self|Белов Дмитрий Олегович]], ИНН [[national_id|@inn12]], СНИЛС [[national_id|@snils~###-###-### ##]], прошу отозвать согласие на обработку персональных данных в приложении {{brand|Копилка+}}. Аккаунт привязан к почте [[email|d.belov1983@mail.ru]].

{{date|12.02.2025}}
""",
)

T(
    "ru",
    """
[[sal|Тань]], привет! Скинь, пожалуйста, реквизиты для оплаты аренды зала за {{date|ноябрь}}. Наши данные для договора: ИНН [[tax_id|@inn10]], ОГРН [[tax_id|@ogrn]]. Спасибо!
[[sig|Саша]] ({{company|студия «Пластилин»}})
""",
)

T(
    "ru",
    """
{{greeting_without_name|Здравствуйте}}.
{{date|14 марта}} с моей карты [[card|@card:2200~#### #### #### ####]] прошло списание {{amount|4 990 руб.}} в пользу «{{brand|KinoPlus}}». Подписку я не оформлял. Прошу вернуть деньги.
Держатель карты — [[self|Тимур Рашидович Хайруллин]]
""",
)

T(
    "ru",
    """
-------- Пересылаемое сообщение --------
От: [[oth|Ирина Полякова]] <[[email|polyakova.ira@yandex.ru]]>
Дата: {{date|пт, 6 сент. 2024}}, {{time|11:20}}
Тема: возврат по заказу {{order_number|@safe:#########-####}}

Добрый день! Возврат оформила, трек {{tracking_number|@safe:RA#########RU}}. Деньги прошу вернуть на карту [[card|@card:2202~################]].
[[sig|Ирина]]

{{greeting_without_name|Коллеги}}, посмотрите, пожалуйста, почему возврат не проведён.
{{team_name|Отдел по работе с маркетплейсами}}
""",
)

T(
    "ru",
    """
{{greeting_without_name|Добрый вечер}}!
Хочу поблагодарить администратора гостиницы «{{brand|Волга}}» в {{city|Самаре}}. Прошу передать благодарность [[oth|Марине Игоревне]] — она помогла найти потерянный паспорт и вызвала такси в {{time|4 утра}}. Бронь {{order_number|@safe:VB-######}}, счёт выставлялся на организацию с ИНН [[tax_id|@inn10]].
[[sig|Ковалёв С.А.]]
""",
)

T(
    "ru",
    """
{{greeting_without_name|Добрый день}}.
Передаю показания счётчиков: ХВС {{quantity|00342}}, ГВС {{quantity|00187}}. Лицевой счёт {{invalid_checksum_number|@safe:##########}}.
Также прошу исправить СНИЛС в карточке: указан {{invalid_checksum_number|@bad:snils~###-###-### ##}}, верный — [[national_id|@snils~###-###-### ##]].
Собственник: [[self|Зинаида Фёдоровна Орлова]]
""",
)

T(
    "ru",
    """
Оператор: Здравствуйте! Чем могу помочь?
Клиент: добрый день, не приходит письмо для сброса пароля на [[email|ooo.vektor.buh@gmail.com]]
Оператор Евгений: Отправил повторно. Ссылка действует 30 минут: [[url_token|@url:https://lk.oblako-crm.ru/auth/reset?key=*]]
Клиент: пришло, спасибо большое!
""".replace("Оператор Евгений", "Оператор"),
)

T(
    "ru",
    """
Здравствуйте, я [[self|Арутюнян Гаяне]], клиентка клуба {{brand|Спортлайф}} на {{street_as_brand|Ленинском}}. Прошу заморозить абонемент «{{brand|Годовой Безлимит}}» с {{date|1 июля}} по {{date|31 августа}} — уезжаю. Номер карты клуба {{invalid_checksum_number|@safe:#######}}, мой телефон [[phone|@ph:RU:+7-9##-###-##-##]].
""",
)

T(
    "ru",
    """
Уважаемая [[sal|Елена Викторовна]]!
Мой сын [[oth|Артём Гусев]] (7 «Б») пропустил контрольную по болезни, справку принесём в понедельник.
С уважением, [[sig|Наталья Гусева]]
[[phone|@ph:RU:+7 9## ### ####]]
""",
)

T(
    "ru",
    """
{{greeting_without_name|Добрый день}}.
Заказывал в «{{person_like_brand|Петровиче}}» ламинат {{quantity|42 м²}}, доставка {{date|18.05}}, заказ {{order_number|@safe:####-####-####}}. Привезли {{quantity|38 м²}}.
Я — ИП [[self|Соловьёв Артём Николаевич]], ИНН [[national_id|@inn12]], ОГРНИП [[tax_id|@ogrnip]]. Прошу допоставить недостающее или сделать возврат.
""",
)

T(
    "ru",
    """
Уважаемый [[sal|Игорь Валентинович]],

по полису ОСАГО серии ХХХ № {{invalid_checksum_number|@safe:##########}} направляю документы по ДТП от {{date|02.09.2024}}. Второй участник — [[oth|Гасанов Эльчин Рауф оглы]], его страховая {{company|Ингосстрах}}.

Страхователь — я, ИНН [[national_id|@inn12]]. Прошу связаться со мной: [[email|yury.kalinin@bk.ru]], [[phone|@ph:RU:8 (9##) ###-##-##]]
[[sig|Калинин Ю.]]
""",
)

T(
    "ru",
    """
{{greeting_without_name|Добрый день}}!
Заказ {{order_number|@safe:Z-########}} в зоомагазине {{brand|Четыре лапы}} собран и ждёт вас в пункте выдачи на {{street_as_brand|Новом Арбате}} до {{date|20 октября}}. Сумма к оплате: {{amount|2 340 ₽}}.
С заботой о ваших питомцах,
{{team_name|команда «Четыре лапы»}}
""",
)

T(
    "ru",
    """
В МФЦ г. {{city|Красногорск}}
от [[self|Лебедевой Анны Михайловны]],
проживающей по адресу: [[address|ул. Школьная, д. 7, кв. 19, г. Красногорск, 143401]]
СНИЛС [[national_id|@snils~###-###-### ##]], ИНН [[national_id|@inn12]]
тел. [[phone|@ph:RU:8-9##-###-##-##]]

ЗАЯВЛЕНИЕ
Прошу выдать дубликат свидетельства о регистрации по месту пребывания.
{{date|17.03.2025}}, [[sig|Лебедева А.М.]]
""",
)

T(
    "ru",
    """
Добрый день, [[sal|Константин]]!
Во вложении счёт № {{invoice_number|@safe:###}} от {{date|21.11.2024}} на {{amount|184 500,00 руб.}} Оплату просим провести до конца месяца.
Наши реквизиты изменились: ИНН [[tax_id|@inn10]], ОГРН [[tax_id|@ogrn]].
[[sig|Вера Шестакова]], {{job_title|менеджер по продажам}}
""",
)

T(
    "ru",
    """
заказывала платье на {{brand|Вайлдберриз}}, пришло на два размера меньше. продавец ИП [[oth|Смирнова О.В.]] (ИНН [[national_id|@inn12]]) на сообщения не отвечает уже неделю. артикул {{product_code|@safe:#########}}. верните деньги!!!
[[sig|лена]]
""",
)

T(
    "ru",
    """
Здравствуйте, это [[self|Бахтиёр Каримов]], водитель из {{company|ТК «Магистраль»}} (ИНН [[tax_id|@inn10]], ОГРН [[tax_id|@ogrn]]). Груз по ТТН {{tracking_number|@safe:####-#####}} доставлен на склад в {{city|Подольске}} в {{time|06:40}}, но кладовщик не подписал накладную. Мой номер [[phone|@ph:RU:+7 9## ###-##-##]].
""",
)

T(
    "ru",
    """
Спасибо, всё получили.

{{date|5 марта 2025 г.}}, в {{time|14:02}}, [[oth|Виктория Зайцева]] <[[email|v.zaitseva@printservis.ru]]> написал(а):
> Добрый день, [[sal|Олег]]!
> Макеты визиток отправила, тираж {{quantity|500 шт.}} будет готов в четверг. Счёт выставлен на ИНН [[tax_id|@inn10]], ОГРН [[tax_id|@ogrn]].
> --
> [[sig|Виктория Зайцева]]
> {{company|ПринтСервис}}
""",
)

T(
    "ru",
    """
{{greeting_without_name|Добрый день}}, выгрузка по неоплаченным счетам на {{date|01.12.2024}}:
Контрагент;ИНН;ОГРН;Сумма
{{company|ООО "Ромашка-Трейд"}};[[tax_id|@inn10]];[[tax_id|@ogrn]];{{amount|56 000,00}}
{{company|АО "ТехноПарк Сибирь"}};[[tax_id|@inn10]];[[tax_id|@ogrn]];{{amount|12 450,00}}
{{company|ИП Лаптев}};[[national_id|@inn12]];[[tax_id|@ogrnip]];{{amount|3 900,00}}
{{team_name|Финансовый отдел}}
""",
)

T(
    "ru",
    """
{{greeting_without_name|Добрый день}}! Посылку {{tracking_number|@safe:CDEK-##########}} заберёт мой муж [[oth|Рустам]], доверенность есть. Если что, его телефон [[phone|@ph:RU:+7 (9##) ### ## ##]].
[[sig|Алина Садыкова]]
""",
)

T(
    "ru",
    """
[[sal|Саш]], привет! Перевела тебе {{amount|3 200}} за билеты в театр, проверь. Если что-то не пришло — мой номер карты [[card|@card:2202~################]], переведёшь обратно 🙂
[[sig|Ксюша]]
""",
)

T(
    "ru",
    """
{{greeting_without_name|Добрый день}}. Прошу перенести мою запись к врачу [[oth|Андреевой Светлане Юрьевне]] с {{date|12.04}} {{time|10:20}} на любое время после {{time|17:00}}.
Пациент: [[self|Громов Виталий]], СНИЛС [[national_id|@snils]]
""",
)

T(
    "ru",
    """
Здравствуйте, пишу из {{city|Харькова}}. Я [[self|Ткаченко Олег Иванович]], ИНН (РНОКПП) [[national_id|@rntrc]]. Хочу оформить возврат за {{brand|Xiaomi Redmi Note 13}}, заказ {{order_number|@safe:UA-#######}}, деньги прошу на карту [[card|@card:5~#### #### #### ####]].
""",
)

T(
    "ru",
    """
{{greeting_without_name|Уважаемые клиенты}}!
{{job_title|Генеральный директор}} {{company|ООО «ТеплоСервис»}} приносит извинения за перебои с горячей водой {{date|10–12 января}}. Перерасчёт на сумму до {{percent|30%}} будет произведён в квитанции за {{date|февраль}}.
{{team_name|Служба поддержки}}
""",
)

T(
    "ru",
    """
Здравствуйте, [[sal|Денис]]! Готовы забрать старый холодильник при доставке нового ({{brand|Атлант}} {{product_code|ХМ-4624}}). На складе спросите [[oth|Максима]], он в курсе. Адрес доставки: [[address|Москва, Профсоюзная ул., 104, кв. 31]].
""",
)

T(
    "ru",
    """
{{greeting_without_name|Здравствуйте}}. Третий раз пишу про некорректный счёт за {{date|август}}: начислено {{amount|7 812,44 руб.}} вместо обычных {{amount|2 100}}. Номер договора {{invalid_checksum_number|@safe:##-######}}, ИНН для справки о вычете [[national_id|@inn12]].
Жду ответа.
Абонент [[sig|Пахомов Е. Г.]]
""",
)


# ================================================================ Ukrainian

T(
    "uk",
    """
Шановна пані [[sal|Ірино]],

дякую за вчорашню консультацію. Як домовлялися, надсилаю номер особового рахунку {{invalid_checksum_number|@safe:##########}} і прошу перевести мене на тариф «{{brand|Смарт Сім'я}}» з {{date|1 листопада}}.
Для перевірки: договір на мене, РНОКПП [[national_id|@rntrc]].
Мій номер: [[phone|@ph:UA:+380 67 ### ## ##]]

З повагою,
[[sig|Богдан Литвиненко]]
""",
)

T(
    "uk",
    """
Доброго дня! Мене звати [[self|Оксана Петрівна Гнатюк]], хочу укласти декларацію з сімейним лікарем у вашій амбулаторії. РНОКПП [[national_id|@rntrc]], телефон [[phone|@ph:UA:050 ### ## ##]]. Лікарку мені порадила сусідка.
""",
)

T(
    "uk",
    """
Добрий день, пане [[sal|Олеже]]!
Надсилаю рахунок-фактуру № {{invoice_number|@safe:СФ-####}} від {{date|14.08.2024}}. Реквізити для оплати:
{{company|ТОВ «Агроресурс Поділля»}}
код ЄДРПОУ [[tax_id|@edrpou]]
IBAN [[iban|@iban:UA]]
{{job_title|Бухгалтер}} [[sig|Людмила Гребенюк]]
[[email|buh@agroresurs-podillia.com.ua]]
""",
)

T(
    "uk",
    """
{{greeting_without_name|Доброго вечора}}.
{{date|23.03}} з картки [[card|@card:5~#### #### #### ####]] списали {{amount|1 299 грн}} за підписку {{brand|MegaTV}}, яку я скасувала ще в лютому. Я, [[self|Вікторія Савчук]], прошу повернути кошти на цю ж картку або на рахунок [[iban|@iban:UA~g4]].
""",
)

T(
    "uk",
    """
Привіт, [[sal|Сашко]]! Скинь, будь ласка, номер ТТН ще раз ({{tracking_number|@safe:20450#########}} не знаходить), бо я не бачу посилку в застосунку {{brand|Нова пошта}}. Дякую!
[[sig|Марічка]]
""",
)

T(
    "uk",
    """
Центр надання адміністративних послуг м. {{city|Вінниця}}
Заявник: [[self|Кравчук Роман Степанович]]
РНОКПП: [[national_id|@rntrc]]
Адреса: [[address|вул. Келецька, 61, кв. 14, м. Вінниця, 21021]]
Прошу видати довідку про склад сім'ї.
{{date|04.11.2024}}        [[sig|Р. С. Кравчук]]
""",
)

T(
    "uk",
    """
Підтримка, Андрій: Вітаю! Чим можу допомогти?
Ви: добрий день, не приходить код для входу в {{brand|КасаОнлайн}}, ФОП [[self|Мороз Ірина]], код [[national_id|@rntrc]]
Підтримка, Андрій: Дякую, бачу ваш акаунт. Надіслав посилання для скидання: [[url_token|@url:https://my.kasaonline.com.ua/reset/*]]
""".replace("Підтримка, Андрій", "Підтримка, [[oth|Андрій]]"),
)

T(
    "uk",
    """
замовляли торт у «{{person_like_brand|Тітки Галі}}» на день народження, все супер! окреме дякую кондитерці [[oth|Юлі]], яка зробила напис без помилок з першого разу 😄 {{amount|850 грн}} за кіло — варто.
""",
)

T(
    "uk",
    """
{{greeting_without_name|Доброго дня, колеги}}!

Підтверджуємо відвантаження {{quantity|24 палет}} за замовленням {{order_number|@safe:ЗМ-#####}} {{date|12.09.2024}}. Водій — [[oth|Василь Коломієць]], [[phone|@ph:UA:(097) ### ## ##]].

--
З повагою,
[[sig|Тарас Біленко]]
{{job_title|Менеджер з логістики}}
{{company|ТОВ «Західтранс»}}, ЄДРПОУ [[tax_id|@edrpou]]
IBAN [[iban|@iban:UA~g4]]
""",
)

T(
    "uk",
    """
Шановна [[sal|Надіє Василівно]]!
Мій син [[oth|Максим Бондар]] з 5-Б класу завтра буде відсутній, бо їдемо до стоматолога. Мій телефон [[phone|@ph:UA:+380 50 ### ####]].
З повагою, [[sig|Алла Бондар]]
""",
)

T(
    "uk",
    """
Готель «{{brand|Старий Лев}}» у {{city|Львові}}: номер маленький, але чистий, сніданок з {{time|7:30}}. Парковка {{amount|200 грн}} за добу. Адміністратор порадив ресторан на {{street_as_brand|Вірменській}} — рекомендую.
""",
)

T(
    "uk",
    """
{{greeting_without_name|Добрий день}}.
Прошу переоформити особовий рахунок {{invalid_checksum_number|@safe:##########}} на мене. Попередня власниця — моя мати [[oth|Галина Іванівна Ковальчук]] (померла). Мій РНОКПП [[national_id|@rntrc]], у договорі помилково вказано {{invalid_checksum_number|@bad:rntrc}}.
[[sig|Ковальчук Петро]]
""",
)

T(
    "uk",
    """
Пане [[sal|Миколо]], добрий день! Машину заберу в суботу, рахунок виставте, будь ласка, на ФОП [[self|Шевчук Андрій Олегович]], РНОКПП [[national_id|@rntrc]]. Оплачу з рахунку [[iban|@iban:UA~g4]]. Телефон [[phone|@ph:UA:+380#########]].
""",
)

T(
    "uk",
    """
Дякую, отримали!

{{date|пн, 7 жовт. 2024 р.}} о {{time|16:45}} [[oth|Ірина Бойко]] <[[email|i.boiko@drukarnia-litera.com.ua]]> пише:
> Вітаю, пане [[sal|Степане]]!
> Макет буклетів погоджено, друк {{quantity|1000 шт.}} — до п'ятниці. Рахунок на ЄДРПОУ [[tax_id|@edrpou]], оплата на [[iban|@iban:UA~g4]].
> [[sig|Ірина Бойко]], {{company|Друкарня «Літера»}}
""",
)

T(
    "uk",
    """
{{greeting_without_name|Добрий день}}!
Я, [[self|Дарина Кучер]], прошу припинити дію абонемента {{product_code|FIT-12}} у клубі {{brand|Sport Life}} на {{street_as_brand|Дерибасівській}} з {{date|1 грудня}}. Залишок коштів прошу повернути на картку [[card|@card:4~#### #### #### ####]]. Відповідь прошу надіслати на [[email|darina.kucher@ukr.net]].
""",
)

T(
    "uk",
    """
Доброго дня, пані [[sal|Оксано]]. Посилку {{tracking_number|@safe:59##########7}} отримає мій чоловік [[oth|Іван Стасюк]], я буду у відрядженні. Його телефон [[phone|@ph:UA:063-###-##-##]]. Дякую!
[[sig|Лілія Стасюк]]
""",
)

T(
    "uk",
    """
Виписка контрагентів (фрагмент):
Назва | ЄДРПОУ | IBAN
{{company|ТОВ «Смарт Агро»}} | [[tax_id|@edrpou]] | [[iban|@iban:UA]]
{{company|ПП «Бджілка»}} | [[tax_id|@edrpou]] | [[iban|@iban:UA]]
Прохання перевірити, чому платіж на {{amount|48 000 грн}} повернувся.
[[sig|Оксана]], {{team_name|бухгалтерія «Смарт Агро»}}
""",
)

T(
    "uk",
    """
[[sal|Женю]], привіт! Нагадую, що завтра о {{time|10:00}} зустріч із клієнтом у {{city|Дніпрі}}. Візьми з собою договір {{invalid_checksum_number|@safe:Д-##/####}} (контрагент — ЄДРПОУ [[tax_id|@edrpou]]) і печатку. Якщо щось — дзвони на [[phone|@ph:UA:+380 9# ### ####]].
[[sig|Костя]]
""",
)

T(
    "uk",
    """
{{greeting_without_name|Доброго дня}}!
Замовлення № {{order_number|@safe:########}} від {{date|18.10}} на корм {{brand|Club 4 Paws}} {{quantity|14 кг}} прийшло без подарункових ласощів, хоча на сайті була акція {{percent|-10%}}. Перевірте, будь ласка.
""",
)

T(
    "uk",
    """
{{greeting_without_name|Шановні представники}} компанії «{{brand|Рошен}}»!
Купила цукерки «{{brand|Київ вечірній}}», а всередині — пліснява. Партія {{product_code|@safe:L####}}, придатні до {{date|15.06.2025}}. Фото додаю. Компенсацію прошу на картку [[card|@card:5~################]].
Мене звати [[self|Світлана Дорошенко]], мій номер [[phone|@ph:UA:+380 67 ### ## ##]].
""",
)

T(
    "uk",
    """
Шановний пане [[sal|Вікторе Михайловичу]]!
Звертаюся до вас як голова ОСББ «{{company|Сонячний}}» щодо ремонту даху за адресою [[address|вул. Героїв Праці, 18, м. Харків]]. Кошторис на {{amount|312 000 грн}} додаю. Реквізити ОСББ: ЄДРПОУ [[tax_id|@edrpou]], IBAN [[iban|@iban:UA~g4]].
З повагою,
[[sig|Наталія Гончаренко-Руденко]]
{{job_title|голова правління ОСББ}}
[[phone|@ph:UA:+380 57 ### ## ##]]
""",
)

T(
    "uk",
    """
{{greeting_without_name|Вітаємо}}!
Повернення за замовленням {{order_number|@safe:R-#######}} оформлено, кошти {{amount|2 499 грн}} надійдуть на картку протягом {{quantity|3–5 днів}}.
{{team_name|Служба турботи про клієнтів}} {{brand|Rozetka}}
""",
)

T(
    "uk",
    """
{{greeting_without_name|Доброго дня}}!
Мій колега [[oth|Ігор Ничипорук]] порадив вашу компанію. Хочу застрахувати авто ({{brand|Toyota RAV4}}, {{date|2019}} р. в.). Я ФОП, ЄДРПОУ не маю, лише РНОКПП [[national_id|@rntrc]]. Оплачуватиму з рахунку [[iban|@iban:UA]].
[[sig|Юрій Кравець]], [[phone|@ph:UA:098 ### ## ##]]
""",
)

T(
    "uk",
    """
{{greeting_without_name|Шановний пане професоре}}!
Надсилаю курсову роботу (версія {{version|2.1}}) і прошу про консультацію в четвер о {{time|14:00}}.
З повагою,
студентка групи КН-31
[[sig|Анастасія Мирошниченко]]
""",
)

T(
    "uk",
    """
Привіт! Мене звуть [[self|Денис]], замовляв у вас навушники {{brand|JBL Tune 520}}, оплатив карткою [[card|@card:4~################]], але замовлення так і висить «очікує оплати». Номер {{order_number|@safe:#######}}, пошта [[email|denys.lytvyn@i.ua]].
""",
)

T(
    "uk",
    """
Від: [[oth|Олександр Ткач]] <[[email|o.tkach@agrosvit.com.ua]]>
Надіслано: {{date|середа, 2 жовтня 2024 р.}} {{time|9:14}}
Кому: {{team_name|Відділ продажів}}
Тема: Re: рахунок {{invoice_number|@safe:###-24}}

Добрий день! Оплату здійснили, ЄДРПОУ платника [[tax_id|@edrpou]], з рахунку [[iban|@iban:UA]].
--
[[sig|Олександр]]
""",
)

T(
    "uk",
    """
{{greeting_without_name|Доброго дня}}!
Щиро дякую медсестрі [[oth|Олександрі Петрівні]] та всьому відділенню з {{company|КНП «Міська лікарня № 3»}}.
Пацієнтка палати 12, [[sig|Тамара Вакуленко]]
""",
)

T(
    "uk",
    """
Добрий день, я [[self|Ельмаз Аблаєва]], власниця кав'ярні «{{brand|Кава Хан}}» у {{city|Києві}}. Прошу змінити реквізити в договорі: ЄДРПОУ [[tax_id|@edrpou]], IBAN [[iban|@iban:UA~g4]], РНОКПП директора [[national_id|@rntrc]].
""",
)

T(
    "uk",
    """
{{greeting_without_name|Добрий день}}.
Лічильник газу № {{invalid_checksum_number|@safe:########}}, показник на {{date|01.02.2025}} — {{quantity|04518 м³}}. Особовий рахунок {{invalid_checksum_number|@safe:##########}}.
[[sig|О. Дмитренко]], РНОКПП [[national_id|@rntrc]]
[[phone|@ph:UA:+380 44 ### ## ##]]
""",
)

T(
    "uk",
    """
{{greeting_without_name|Доброго дня, служба підтримки}}!
Після оновлення застосунку {{brand|ГрошіПлюс}} до версії {{version|7.4.2}} не працює вхід за відбитком пальця ({{brand|Samsung Galaxy A34}}). Звернення {{ticket_number|@safe:##-######}} відкрите вже {{quantity|5 днів}}.
""",
)


# ================================================================ English

T(
    "en",
    """
Dear Mr [[sal|Patel]],

Thank you for renewing your {{brand|CloudLedger}} {{product_code|Pro}} subscription. Invoice {{invoice_number|@safe:INV-######}} is attached; the total of {{amount|£1,188.00}} includes VAT at {{percent|20%}}.

Could you confirm your company VAT number? We currently hold [[tax_id|@gbvat~## ### #### ##]], which HMRC shows as deregistered.

Kind regards,
[[sig|Hannah Cole]]
{{job_title|Billing Specialist}}, {{brand|CloudLedger}}
""",
)

T(
    "en",
    """
Hi [[sal|Jo]],
can you freeze my membership from {{date|1 Aug}} to {{date|15 Sep}}? Off to Kerala for a wedding 🙂 Member no. {{invalid_checksum_number|@safe:GYM#######}}, and please pause the direct debit from [[iban|@iban:GB]] too.
Cheers,
[[sig|Priya]]
""",
)

T(
    "en",
    """
{{greeting_without_name|Hello}},

I'm writing to ask for a repeat prescription. My name is [[self|Oluwaseun Adeyemi]], NHS number [[national_id|@nhs~### ### ####]], and I'm registered at the {{company|Riverside Medical Centre}}. You can reach me on [[phone|@ph:GB:078## ### ###]].

Many thanks,
[[sig|Seun]]
""",
)

T(
    "en",
    """
{{greeting_without_name|Hi there}},
three payments on my Visa [[card|@card:4~#### #### #### ####]] from {{date|12 March}} aren't mine ({{amount|£64.99}} each, merchant "{{brand|ZX Gaming}}"). My husband [[oth|Callum]] has already called your fraud line. Please refund and send a new card to [[address|14 Brackenfield Road, Leeds LS6 2QN]].
Thanks, [[sig|Shona Mackie]]
""",
)

T(
    "en",
    """
Bought a {{person_like_brand|Ted Baker}} coat at the {{street_as_brand|Regent Street}} store for {{amount|£229}} and the zip broke after two wears. Staff were lovely though - shout out to [[oth|Amir]] who sorted the exchange in five minutes. 4/5
""",
)

T(
    "en",
    """
Dear Ms [[sal|Okafor]],

Please find attached my self-assessment documents for {{date|2023/24}}. My UTR is [[tax_id|@utr]] and the rental income goes into [[iban|@iban:GB~g4]].

Best wishes,
[[sig|Daniel Whitcombe]]
[[phone|@ph:GB:077## ######]]
""",
)

T(
    "en",
    """
Chat started {{time|14:02}}
Agent Sophie: Hi, you're through to {{brand|Parcelwise}} support, how can I help?
You: hi, parcel {{tracking_number|@safe:PW#########GB}} says delivered but nothing here
Agent Sophie: Sorry about that! Can I take the postcode?
You: [[address|M14 5RT]]
Agent Sophie: Thanks. The driver's photo shows a green door - is that yours?
""".replace("Agent Sophie", "Agent [[oth|Sophie]]"),
)

T(
    "en",
    """
{{greeting_without_name|Hi team}},
this is [[self|Raghav Iyer]] from {{company|Iyer & Sons Logistics}}. Our payment of {{amount|£3,450}} was sent to the old account. New details: [[iban|@iban:GB~g4]]. VAT reg: [[tax_id|@gbvat]].
Regards,
[[sig|Raghav]]
""",
)

T(
    "en",
    """
{{greeting_without_name|Dear Support Team}},

Order {{order_number|@safe:#########}} (a {{brand|Dyson}} {{product_code|V11}}) was due on {{date|Friday 3 May}} and still hasn't shipped. I paid {{amount|£399.99}} for next-day delivery. Please advise.
""",
)

T(
    "en",
    """
Stayed at the {{brand|Harbour View Hotel}} in {{city|Whitby}} for {{quantity|3 nights}}. Room was spotless and breakfast excellent. Special thanks to [[oth|Gemma]] on reception and to the night porter. Parking is {{amount|£12}}/night - bring coins!
""",
)

T(
    "en",
    """
Hello [[sal|Niamh]],
I moved from {{city|Cork}} to {{city|Manchester}} last month and need to update my travel policy {{invalid_checksum_number|@safe:TRV-########}}. My Irish PPS number is [[national_id|@pps]] if that helps find the old record; premiums were paid from [[iban|@iban:IE~g4]].
[[sig|Siobhán Ní Bhriain]]
""",
)

T(
    "en",
    """
Perfect, see you then!

On {{date|Tue, 11 Jun 2024}} at {{time|09:31}}, [[oth|Marcus Bell]] <[[email|marcus.bell@fixitplumbing.co.uk]]> wrote:
> Hi [[sal|Tom]],
> Engineer booked for {{date|Thursday 13th}}, {{time|8-10am}}. Quote ref {{invoice_number|@safe:Q-#####}}; deposit to [[iban|@iban:GB~g4]] please.
> [[sig|Marcus]]
> {{company|FixIt Plumbing Ltd}} | VAT [[tax_id|@gbvat~## ### #### ##]] | [[phone|@ph:GB:0161 ### ####]]
""",
)

T(
    "en",
    """
Dear Mrs [[sal|Henderson]],
[[oth|Aisha]] has a dentist appointment on {{date|Wednesday}} at {{time|11:15}}, so I'll pick her up after break. She'll be back for the afternoon.
Thank you,
[[sig|Fatima Rahman]]
[[email|fatima.rahman.84@gmail.com]]
""",
)

T(
    "en",
    """
hey, dropping the car ({{brand|Ford Focus}}) off at {{time|8:30}} tomorrow for the MOT - my partner might collect it, just ask for [[oth|jamie]]. call me on [[phone|@ph:GB:+44 79## ######]] if anything comes up. ta, [[sig|kev]]
""",
)

T(
    "en",
    """
{{greeting_without_name|To whom it may concern}},

Meter reading for account {{invalid_checksum_number|@safe:##########}}: {{quantity|04821}} (electric), taken {{date|30/09/2024}}. The estimated bill of {{amount|£287.14}} is way off; please refund the overpayment to [[iban|@iban:GB]].

Mr [[sig|P. Okonkwo]]
""",
)

T(
    "en",
    """
Hi [[sal|Lukas]],
please update our billing entity - invoices should go to {{company|Brightmoor Ltd}}, VAT GB [[tax_id|@gbvat~__### #### ##]], not the Irish branch (IE VAT [[tax_id|@ievat]]). Remittance advice to [[email|ap@brightmoor.co.uk]].
Thanks,
[[sig|Eleanor Vance-Hughes]]
{{job_title|Head of Procurement}}
""",
)

T(
    "en",
    """
{{greeting_without_name|Hello}} from {{brand|Vintage Threads}}!
Your parcel {{tracking_number|@safe:H#############}} left our {{city|Bristol}} warehouse today. Any questions, just reply here.
Love,
{{team_name|the Vintage Threads team}}
""",
)

T(
    "en",
    """
Hi,
I'm the account holder, [[self|Yusuf Al-Haddad]]. My son set up a second {{brand|StreamBox}} profile and I need to remove the card [[card|@card:5~################]] from it. Account email is [[email|y.alhaddad@outlook.com]].
""",
)

T(
    "en",
    """
{{greeting_without_name|Good afternoon}},

The pallet for job {{order_number|@safe:JB/#####}} will be delivered on {{date|22/10}} between {{time|7am}} and {{time|noon}}. Please ensure a forklift is available on site at [[address|Unit 4, Kingsway Trading Estate, Swansea SA5 4DL]].

Kind regards

[[sig|Gareth Pryce]]
{{job_title|Transport Planner}}
{{company|Pryce Haulage}} · VAT No. [[tax_id|@gbvat]]
[[phone|@ph:GB:01792 ######]]
""",
)

T(
    "en",
    """
{{greeting_without_name|Dear Sir or Madam}},
I would like to close my savings account and move the balance of {{amount|£12,400}} to [[iban|@iban:GB~g4]]. For anything urgent please ring my daughter, [[oth|Rebecca]], on [[phone|@ph:GB:078## ### ###]].
Yours faithfully,
[[sig|Margaret Ellison]]
""",
)

T(
    "en",
    """
hiya, my order of {{person_like_brand|Lily's Kitchen}} wet food ({{quantity|24 tins}}) came with half the tins dented. order {{order_number|@safe:#######}}. can I get a partial refund? [[sig|Bex]] x
""",
)

T(
    "en",
    """
Hi,
Your password reset link isn't working: [[url_token|@url:https://app.tasknest.io/reset?token=*]] gives "expired" straight away. Running version {{version|3.9.0}} on {{brand|Chrome}}.
Cheers, [[sig|Dev Mehta]]
""",
)

T(
    "en",
    """
Dear Dr [[sal|Chaudhry]],
Thank you for seeing my father, [[oth|Harold Pike]], last week. His NHS number is [[national_id|@nhs]] - the letter from the hospital had it wrong ({{invalid_checksum_number|@bad:nhs}}). Best number for me is [[phone|@ph:GB:+44 (0)77## ######]].
Best,
[[sig|Lucy Pike-Jennings]]
""",
)

T(
    "en",
    """
---------- Forwarded message ---------
From: [[oth|Nadia Petrova]] <[[email|nadia.p@greenleafcatering.co.uk]]>
Date: {{date|Mon, 2 Sept 2024}} at {{time|16:40}}
Subject: deposit for the {{date|14th}}
To: <[[email|events@oakbarn.co.uk]]>

Deposit sent from [[iban|@iban:GB]]. Our company number for the contract is {{invalid_checksum_number|@safe:########}}, VAT [[tax_id|@gbvat]].
[[sig|Nadia]]
""",
)

T(
    "en",
    """
{{greeting_without_name|Dear Support Team}},

{{job_title|Office Manager}} access needs to move from our old admin to me. Company: {{company|Hartley Dental Group}}, VAT [[tax_id|@gbvat]].

Thanks,
[[sig|Imran Qureshi]]
{{job_title|Practice Manager}}
""",
)

T(
    "en",
    """
Hi, this is [[self|Ben]] on [[phone|@ph:GB:075## ######]] - my broadband's been down since {{date|Sunday}} and the ticket {{ticket_number|@safe:CS########}} hasn't moved. Router light is flashing orange.
""",
)

T(
    "en",
    """
Hey [[sal|Marisol]],
thanks for the fast turnaround on PO {{order_number|@safe:PO-#####}}. Can you send the W-9 again? Our AP team can't find it. My direct line is [[phone|@ph:US:(###) ###-####]].
- [[sig|Jordan]]
""",
)

T(
    "en",
    """
Dear Mr [[sal|O'Connell]],
We'd like to pay {{company|St Brigid's College}} fees by card. Card: [[card|@card:4~####-####-####-####]], expiry {{date|11/27}}. Student: [[oth|Ciarán Murphy]], Year 5. Parent's PPS for the tax relief form: [[national_id|@pps]].
Kind regards,
[[sig|Aoife Murphy]]
""",
)

T(
    "en",
    """
{{greeting_without_name|Dear Resident}},
Your garden waste collection will move to {{date|Tuesdays}} from {{date|4 November}}. Bins must be out by {{time|7am}}. The permit ({{amount|£52}} per year) can be renewed at {{url|www.examplecouncil.gov.uk/garden}}.
{{team_name|Waste and Recycling Team}}
""",
)

T(
    "en",
    """
Hi [[sal|Ananya]],
my colleague [[oth|Rohit Verma]] will join the {{time|3pm}} call instead of me - please add [[email|rohit.verma@finlytics.co.uk]] to the invite. We'll go through release {{version|2.4}}.
Best,
[[sig|S. Krishnan]]
""",
)


# ================================================================ German

T(
    "de",
    """
Sehr geehrte Frau Dr. [[sal|Aydın]],

vielen Dank für die Behandlung am {{date|12.04.}} Die Rechnung {{invoice_number|@safe:RE-24-#####}} über {{amount|186,40 €}} habe ich heute an meine private Krankenversicherung weitergeleitet.

Mit freundlichen Grüßen
[[sig|Jürgen Kessler]]
""",
)

T(
    "de",
    """
An das {{company|Finanzamt Bochum-Mitte}}
Betreff: Einspruch gegen den Einkommensteuerbescheid für {{date|2023}}

{{greeting_without_name|Sehr geehrte Damen und Herren}},

hiermit lege ich, [[self|Sabine Krüger-Hoffmann]], Einspruch gegen den Bescheid vom {{date|14. Mai 2024}} ein. Steuer-ID: [[national_id|@idnr~## ### ### ###]]
Die Begründung reiche ich bis zum {{date|30.06.}} nach.
Anschrift: [[address|Hattinger Str. 118, 44789 Bochum]]

Freundliche Grüße
[[sig|S. Krüger-Hoffmann]]
""",
)

T(
    "de",
    """
Servus [[sal|Toni]],
kannst du mir die Rechnung für die Reifen nochmal schicken? Bitte auf die Firma, UID [[tax_id|@atuid]]. Zahl dann gleich per Überweisung von [[iban|@iban:AT]].
Pfiat di, [[sig|Sepp]]
""",
)

T(
    "de",
    """
{{greeting_without_name|Hallo zusammen}},

die Bestellung {{order_number|@safe:#########}} ist leider immer noch nicht da. Laut Sendungsverfolgung liegt das Paket seit {{date|Montag}} im Verteilzentrum {{city|Hannover}}. Kann da jemand nachhaken?

Danke & Gruß
""",
)

T(
    "de",
    """
Habe im {{person_like_brand|Hugo Boss}} Store in der {{street_as_brand|Kaufingerstraße}} ein Hemd für {{amount|119 €}} gekauft, nach der ersten Wäsche um eine Größe eingelaufen. Umtausch wurde abgelehnt, weil „Pflegefehler". Sehr enttäuschend. ⭐⭐
""",
)

T(
    "de",
    """
Guten Tag,

ich bin [[self|Hakan Demir]], Inhaber von {{company|Demir Fliesen & Naturstein}} in {{city|Offenbach}}. Auf Ihrer Rechnung {{invoice_number|@safe:###-####}} fehlt unsere USt-IdNr.: [[tax_id|@devat]]. Bitte korrigieren Sie das, sonst kann mein Steuerberater die Vorsteuer nicht ziehen. Unsere Bankverbindung ist unverändert: [[iban|@iban:DE]]. Rückfragen gern unter [[phone|@ph:DE:069 #######]].

Mit freundlichen Grüßen
[[sig|Hakan Demir]]
""".replace("Guten Tag", "{{greeting_without_name|Guten Tag}}"),
)

T(
    "de",
    """
Kundenservice – Chat
Kundenservice: Hallo! Wie kann ich helfen?
Sie: hi, mein vertrag {{invalid_checksum_number|@safe:##########}} wurde doppelt abgebucht
Mitarbeiterin Lena: Oh, das tut mir leid. Von welcher IBAN wurde abgebucht?
Sie: [[iban|@iban:DE~g4]]
Mitarbeiterin Lena: Danke, ich veranlasse die Rückbuchung von {{amount|39,99 €}}.
""".replace("Mitarbeiterin Lena", "Kundenservice"),
)

T(
    "de",
    """
Voicemail-Transkript ({{date|03.09.2024}}, {{time|17:48}}):
„Ja, hallo, hier spricht [[self|Gisela Brandt]], ich rufe wegen der Heizungswartung an. Der Techniker, Herr [[oth|Wolff]], sollte heute kommen, war aber nicht da. Bitte rufen Sie mich zurück unter [[phone|@ph:DE:0421 ######]], danke."
""",
)

T(
    "de",
    """
-----Ursprüngliche Nachricht-----
Von: Dr. [[oth|Markus Albrecht]] <[[email|m.albrecht@praxis-albrecht.de]]>
Gesendet: {{date|Freitag, 7. Juni 2024}} {{time|10:12}}
An: {{team_name|Buchhaltung}}
Betreff: Lastschrift Juni

Guten Tag Frau [[sal|Brenner]], bitte buchen Sie ab Juli vom neuen Konto ab: [[iban|@iban:DE~g4]]. Die Praxis hat die USt-IdNr. [[tax_id|@devat]].
Gruß, [[sig|M. Albrecht]]
""",
)

T(
    "de",
    """
Moin [[sal|Jannik]],
Fahrrad ist fertig, Kette und Bremsbeläge getauscht, macht {{amount|84,50 €}}. Kannst du ab {{time|16 Uhr}} abholen.
Gruß [[sig|Ole]] von {{brand|Radwerk Nord}}
[[phone|@ph:DE:0176 ########]]
""",
)

T(
    "de",
    """
{{greeting_without_name|Grüß Gott}},
mein Name ist [[self|Veronika Huber]], ich möchte mein Zeitungsabo (Abo-Nr. {{invalid_checksum_number|@safe:#######}}) zum {{date|31.12.2024}} kündigen. Die Abbuchung erfolgt bisher von [[iban|@iban:AT~g4]].
Mit lieben Grüßen aus {{city|Graz}}
[[sig|V. Huber]]
""",
)

T(
    "de",
    """
Grüezi Frau [[sal|Meier]]

Anbei die Unterlagen für die Anmeldung bei der Pensionskasse. Meine AHV-Nummer lautet [[national_id|@ahv~###.####.####.##]], der Arbeitgeber ist die {{company|Alpenholz AG}} (UID [[tax_id|@chuid~###-###.###.###]]). Lohnkonto: [[iban|@iban:CH~g4]].

Freundliche Grüsse
[[sig|Reto Gisler]]
""",
)

T(
    "de",
    """
Liebe Frau [[sal|Schneider]],
[[oth|Mia]] ist heute krank und bleibt zu Hause. Könnten Sie ihr die Hausaufgaben über den {{brand|Schulmanager}} oder an [[email|k.lehmann-familie@web.de]] schicken?
Viele Grüße
[[sig|Katrin Lehmann]]
""",
)

T(
    "de",
    """
Hallo,
ich heiße [[self|Thi Thu Trang Pham]] und betreibe einen Nagelsalon in {{city|Leipzig}}. Das Kartenterminal {{product_code|@safe:T-#####}} zeigt seit gestern den Fehler {{product_code|E-14}}. Meine Kundennummer: {{invalid_checksum_number|@safe:KD-########}}, USt-IdNr. [[tax_id|@devat]]. Bitte Rückruf: [[phone|@ph:DE:+49 341 #######]].
Danke!
[[sig|Trang]]
""".replace("Hallo,", "{{greeting_without_name|Hallo}},"),
)

T(
    "de",
    """
{{greeting_without_name|Sehr geehrtes Verbraucherservice-Team}},
in einer Pizza von {{person_like_brand|Dr. Oetker}} (MHD {{date|14.02.2025}}, Los {{product_code|L4 123 A}}) habe ich ein Stück Plastik gefunden. Fotos anbei. Ich bitte um Erstattung von {{amount|3,49 €}} auf mein Konto [[iban|@iban:DE]].
Freundliche Grüße
[[sig|Wilhelm Stoltenberg]]
[[address|Am Mühlenteich 3, 24937 Flensburg]]
""",
)

T(
    "de",
    """
Sehr geehrter Herr [[sal|Wagner]],

Ihr Fahrzeug ({{brand|VW Golf}}) ist für die Inspektion am {{date|Dienstag, 08.10.}} um {{time|7:30 Uhr}} eingeplant. Auftragsnummer: {{order_number|@safe:AU-#######}}.

{{team_name|Ihr Service-Team}}
{{company|Autohaus Schröder GmbH}}
Tel. [[phone|@ph:DE:0911 ######-0]]
""",
)

T(
    "de",
    """
Hallo Frau [[sal|Yıldız]],
für die Lohnabrechnung fehlen mir noch Ihre Steuer-ID und die IBAN. Bitte kurz per Mail zurück.
Viele Grüße, [[sig|Tanja Roth]]
{{team_name|Personalabteilung}}

> Hallo Frau [[sal|Roth]], hier die Daten:
> Steuer-ID [[national_id|@idnr]] (im Personalbogen steht versehentlich {{invalid_checksum_number|@bad:idnr}})
> IBAN [[iban|@iban:DE~g4]]
> Gruß, [[sig|Elif Yıldız]]
""",
)

T(
    "de",
    """
hallo, hab bei euch am {{date|5.3.}} ein handy bestellt ({{brand|Pixel 8}}), bezahlt mit kreditkarte [[card|@card:5~################]]. jetzt wurde zweimal abgebucht!! bitte das geld zurueck.
gruss [[sig|joerg mueller]]
""".replace("hallo,", "{{greeting_without_name|hallo}},", 1),
)

T(
    "de",
    """
{{greeting_without_name|Sehr geehrte Sachbearbeiterin, sehr geehrter Sachbearbeiter}},
ich beantrage hiermit Wohngeld ab {{date|01.11.2024}}. Antragsteller: [[self|Dragan Petrović]], [[address|Lindenstraße 42a, 10969 Berlin]], Steuer-ID [[national_id|@idnr]]. Die Mietbescheinigung meines Vermieters liegt bei. Auszahlung bitte auf [[iban|@iban:DE~g4]].
Hochachtungsvoll
[[sig|Dragan Petrović]]
""",
)

T(
    "de",
    """
{{greeting_without_name|Liebe Kundin, lieber Kunde}},

Ihre Rücksendung zur Bestellung {{order_number|@safe:##########}} ist bei uns eingegangen. Die Erstattung über {{amount|59,95 €}} erfolgt innerhalb von {{quantity|5 Werktagen}}.

{{job_title|Teamleitung Kundenservice}}
{{person_like_brand|Modehaus Kaiser}}
""",
)

T(
    "de",
    """
Hotel {{brand|Alpenrose}} in {{city|Kitzbühel}}: Zimmer top, Frühstück super. Nur der Wellnessbereich schließt schon um {{time|19 Uhr}}. Danke an Frau [[oth|Gruber]] an der Rezeption für den Tipp mit der Rodelbahn!
""",
)

T(
    "de",
    """
Sehr geehrte Frau [[sal|Krause]],
mein Mann [[oth|Klaus-Dieter Hartmann]] ist am {{date|2. August}} verstorben. Ich bitte um Übertragung der Hausratversicherung {{invalid_checksum_number|@safe:HR-########}} auf mich, [[self|Renate Hartmann]]. Steuer-ID: [[national_id|@idnr~###########]], Konto für die Beiträge: [[iban|@iban:DE~g4]]
Mit freundlichen Grüßen
[[sig|R. Hartmann]]
""",
)

T(
    "de",
    """
Danke, passt so!

Am {{date|Mi., 16. Okt. 2024}} um {{time|08:55}} schrieb [[oth|Katharina Vogel]] <[[email|k.vogel@eventlocation-hafen.de]]>:
> Hallo Herr [[sal|Özdemir]],
> anbei der Vertrag für Ihre Feier am {{date|23.11.}} Die Anzahlung von {{amount|500 €}} bitte auf [[iban|@iban:DE~g4]].
> Herzliche Grüße
> [[sig|Katharina Vogel]]
""",
)

T(
    "de",
    """
Guten Tag Herr [[sal|Lindqvist]],

anbei das Angebot {{invoice_number|@safe:ANG-24-####}} für {{quantity|300 Stück}} {{product_code|PX-200}}.

Beste Grüße
Dr. [[sig|Friederike Ahrens]]
{{job_title|Vertriebsleiterin}}
{{company|Ahrens Messtechnik GmbH}} · USt-IdNr. [[tax_id|@devat]] · IBAN [[iban|@iban:DE~g4]]
Tel. [[phone|@ph:DE:+49 (0)40 ########]]
""",
)

T(
    "de",
    """
Kündigung Mitgliedschaft {{brand|McFit}}
Hiermit kündige ich, [[self|Lukas Schmitt]], Mitgliedsnummer {{invalid_checksum_number|@safe:#########}}, meinen Vertrag fristgerecht zum nächstmöglichen Zeitpunkt. Die Lastschrift von [[iban|@iban:DE]] bitte einstellen.
{{city|Köln}}, {{date|28.08.2024}}
[[sig|Lukas Schmitt]]
""",
)

T(
    "de",
    """
Hi! Hab letzte Woche im {{brand|Fressnapf}} auf der {{street_as_brand|Schildergasse}} einen Kratzbaum gekauft ({{amount|89,99 €}}), eine Schraube fehlte. Der Verkäufer meinte, ich soll mich hier melden. Bon-Nr. {{invoice_number|@safe:####-####-####}}.
LG [[sig|Jule]]
""",
)

T(
    "de",
    """
{{greeting_without_name|Grüezi mitenand}}
Seit dem Umzug nach {{city|Winterthur}} funktioniert mein Internet-Abo {{brand|inOne home}} nicht mehr. Kundennummer {{invalid_checksum_number|@safe:#########}}, Kontakt [[phone|@ph:CH:079 ### ## ##]], AHV-Nr. falls nötig: [[national_id|@ahv~###.####.####.##]].
Freundlichi Grüess
[[sig|Beat Zürcher]]
""",
)

T(
    "de",
    """
Hallo Herr [[sal|Becker]],
ich bin [[self|Arjun Nair]], neuer Kunde seit {{date|September}}. Für die Stromabrechnung hier meine Bankverbindung: [[iban|@iban:DE~g4]] und meine Steuer-ID [[national_id|@idnr]] (falls Sie die für die Bescheinigung brauchen).
Beste Grüße
[[sig|Arjun]]
""",
)

T(
    "de",
    """
Zahlungsübersicht (Export)
Datum;Kunde;Karte;Betrag
{{date|02.10.2024}};[[oth|Weber, Anna]];[[card|@card:4~################]];{{amount|120,00}}
{{date|02.10.2024}};[[oth|Kaya, Emre]];[[card|@card:5~################]];{{amount|75,50}}
Bitte prüfen, ob die erste Rückbuchung schon gelaufen ist.
[[sig|Tobias]] ({{team_name|Buchhaltung}})
""",
)

T(
    "de",
    """
Hallo [[sal|Sandra]],
der Termin für die Hundeschule am {{date|Samstag}} passt, wir kommen um {{time|10}}. Soll ich die {{amount|35 €}} bar mitbringen?
--
[[sig|Nele]]
""",
)


# ================================================================ main


def build_all() -> list[dict]:
    rng = random.Random(SEED)
    STORE.clear()
    items = []
    for lang in LANGS:
        assert len(ITEMS[lang]) == 30, (lang, len(ITEMS[lang]))
        for i, template in enumerate(ITEMS[lang], 1):
            items.append(build(f"d9-{lang}-{i:02d}", lang, template, rng))
    return items


def render(items: list[dict]) -> str:
    return "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items)


def print_counts(items: list[dict]) -> None:
    by_lang = collections.Counter(it["lang"] for it in items)
    kinds = collections.Counter(s["kind"] for it in items for s in it["pii"])
    ctx = collections.Counter(
        s["context"] for it in items for s in it["pii"] if s["kind"] == "name"
    )
    keep = collections.Counter(s["what"] for it in items for s in it["keep"])
    n_pii = sum(kinds.values())
    print(f"items: {len(items)}  " + "  ".join(f"{k}={v}" for k, v in by_lang.items()))
    for lang in LANGS:
        sub = [it for it in items if it["lang"] == lang]
        c = collections.Counter(s["kind"] for it in sub for s in it["pii"])
        print(f"  {lang}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
    print(f"pii spans: {n_pii}")
    for k, v in kinds.most_common():
        print(f"  {k:13s} {v:4d}  {100 * v / n_pii:5.1f}%")
    print("name context: " + ", ".join(f"{k}={v}" for k, v in ctx.most_common()))
    print(f"keep spans: {sum(keep.values())}")
    print("  " + ", ".join(f"{k}={v}" for k, v in keep.most_common()))
    with_name = sum(1 for it in items if any(s["kind"] == "name" for s in it["pii"]))
    no_pii = sum(1 for it in items if not it["pii"])
    print(f"items with a name: {with_name}, items without pii: {no_pii}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the file on disk")
    args = ap.parse_args()
    text = render(build_all())
    if args.check:
        on_disk = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if on_disk != text:
            print(f"{OUT.relative_to(ROOT)} differs from what the script writes", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)} is up to date")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print_counts([json.loads(line) for line in text.splitlines()])
    return 0


if __name__ == "__main__":
    sys.exit(main())
