#!/usr/bin/env python3
"""Write data/eval/pii/dev10.jsonl: an informal development PII split.

Chats, short reviews, quick e-mails and form answers written carelessly:
lower-case sign-offs, nicknames, names inside sentences, ids glued to words,
oddly spaced, split across lines or given with no label. Every text is a
hand-written template (one per item) with inline marks:

    [[kind|value]]   a PII span; kind is a PII kind, or sal/sig/self/oth for a
                     name with context salutation/signature/self_intro/other
    {{what|value}}   a keep span (a near-miss that must survive redaction)

A value starting with "@" is drawn by a generator below (ids get their check
digits and are validated with python-stdnum; phones with phonenumbers).
Offsets are computed while the template is filled. The generators and the
filler are the same machinery as scripts/make_pii_dev9.py; the texts are new.

    .venv/bin/python scripts/make_pii_dev10.py           # rewrites the jsonl, prints counts
    .venv/bin/python scripts/make_pii_dev10.py --check   # file on disk == what it writes
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

SEED = 20241010
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "eval" / "pii" / "dev10.jsonl"
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
hej, paczka z zamówienia {{order_number|@safe:#########}} dalej nie doszła, w śledzeniu od {{date|wtorku}} stoi "w doręczeniu" w {{brand|InPost}}. da się coś z tym zrobić?
pozdr, [[sig|marek]]
""",
)

T(
    "pl",
    """
Dzień dobry, jako właścicielka konta, [[self|Agnieszka Kowalczyk-Brzęczek]], proszę o przepisanie umowy na córkę. Mój PESEL[[pesel|@pesel:F1960-1975]] (dopisuję, bo formularz go nie przyjął {{date|wczoraj}}). Umowa {{invalid_checksum_number|@safe:UM/####/##/K}} z {{date|2021}} r.
""",
)

T(
    "pl",
    """
[10:02] Konsultant: Dzień dobry, tu [[oth|Oliwia]] z {{brand|Plusa}}, w czym mogę pomóc?
[10:03] Klient: faktura za marzec za wysoka, {{amount|189,99 zł}} zamiast {{amount|59 zł}}
[10:03] Konsultant: Proszę podać NIP firmy, na którą jest umowa.
[10:04] Klient: [[tax_id|@nip]]
[10:05] Klient: a, i nr faktury {{invoice_number|@safe:F/####/24}}
""",
)

T(
    "pl",
    """
{{greeting_without_name|Dzień dobry}}, sklep w {{city|Gdyni}} jak zwykle czysty, ale kolejka do kas w sobotę o {{time|11:30}} to dramat. Tylko jedna kasa otwarta, reszta samoobsługowe i połowa nie działała. {{brand|Jan Niezbędny}} na promocji się skończył przed południem.
""",
)

T(
    "pl",
    """
Reklamacja butów, nr zamówienia {{order_number|@safe:ZM-######-##}}, zwrot na konto:[[iban|@nrb~## ######## ####  #### ########]]
przelew miał być w {{quantity|14 dni}}, minęło {{quantity|21}}.
— [[sig|Tomek W.]]
""",
)

T(
    "pl",
    """
Szanowni Państwo,
w imieniu firmy podaję dane do faktury korygującej: NIP [[tax_id|@nip~###-###-##-##]], REGON [[tax_id|@regon9]]. Korekta dotyczy {{invoice_number|@safe:FV/2024/##/###}} na kwotę {{amount|2 340,00 zł}}.
{{job_title|Specjalistka ds. zakupów}}
[[sig|Nguyen Thi Lan]]
""",
)

T(
    "pl",
    """
kurier (pan [[oth|Zbyszek]], ten co zawsze jeździ na naszą ulicę) zostawił paczkę u sąsiadki, pani [[oth|Haliny Nowickiej]] spod 5, bez pytania. Niby dobrze, ale w aplikacji {{brand|InPost}} było "doręczono do rąk własnych". przesyłka {{tracking_number|@safe:################}}, {{date|17.04}}.
""",
)

T(
    "pl",
    """
Cześć [[sal|Kasiu]]!
dzięki za szybki kontakt {{date|wczoraj}}, wszystko działa, internet {{quantity|600 Mb/s}} jak w umowie. Przy okazji zmieniam numer, nowy to [[phone|@ph:PL:+48 5##-###-###]], stary proszę wykasować.
Buziaki, [[sig|Gosia]]
""",
)

T(
    "pl",
    """
Zgłaszam zgubienie dowodu, seria i numer [[national_id|@dowod]] (chyba, pisze z pamięci), zgubiony {{date|2 czerwca}} w {{city|Lublinie}}. Proszę zablokować możliwość zawarcia umowy na mnie. Jestem [[self|Wojciech Pawlak]], klient od {{date|2015}}, dzwonić pod [[phone|@ph:PL:6########]] albo stacjonarny [[phone|@ph:PL:(22) ### ## ##]].
""",
)

T(
    "pl",
    """
Zamówienie {{order_number|@safe:#########-A}} przyszło niekompletne, brakuje {{quantity|2 szt.}} ładowarki {{product_code|@safe:CHG-##-####}}. Nie chce mi się dzwonić, proszę dosłać na ten sam adres.
{{team_name|Zespół Obsługi Klienta}} pewnie i tak odpisze szablonem...
[[sig|ania k.]]
""",
)

T(
    "pl",
    """
Dzien dobry, pisze bez polskich znakow bo z telefonu. Nazywam sie [[self|Lukasz Wroblewski]], adres do korespondencji [[address|ul. Slowackiego 14 m 2, 87-100 Torun]]. Karta lojalnosciowa {{invalid_checksum_number|@safe:################}} nie nalicza punktow od {{date|10.02}}, zakupy za {{amount|412 zl}} i nic.
""",
)

T(
    "pl",
    """
> Prosimy o podanie numeru karty, którą dokonano płatności.
[[card|@card:4~#### #### ####
####]]
(przepraszam, wkleiło się w dwóch liniach) płatność {{amount|349 zł}} z {{date|3 maja}} zniknęła z historii aplikacji {{brand|PKO}}.
""",
)

T(
    "pl",
    """
Wizyta w salonie w {{city|Katowicach}}: sprzedawca, pan [[oth|Mehmet]], super pomocny, wszystko wytłumaczył, nawet przeniósł kontakty. Dla takich ludzi się wraca do {{brand|Media Expert}}. {{percent|100%}} polecam.
""",
)

T(
    "pl",
    """
Witam, dotyczy zlecenia {{ticket_number|@safe:ZGL-######}}. Technik był o {{time|8:15}} zamiast między {{time|12}} a {{time|16}}, nikogo nie było w domu. Proszę o nowy termin, najlepiej {{date|piątek}}.
tel kontaktowy[[phone|@ph:PL:7## ### ###]]
Pozdrawiam
[[sig|Ewa Zielińska-Kot]]
""",
)

T(
    "pl",
    """
{{greeting_without_name|Hej}}, w aplikacji {{brand|mBank}} wersja {{version|7.4.1}} przelewy natychmiastowe nie przechodzą od {{date|poniedziałku}}. Błąd {{product_code|@safe:ERR-####}}. Nie tylko u mnie, znajomi mają to samo.
""",
)

T(
    "pl",
    """
Hej, tu [[self|Kuba]] z mieszkania nad sklepem. Wasza dostawa o {{time|5:40}} rano znowu mnie obudziła, kierowca trąbił na pół ulicy. To już {{quantity|trzeci raz}} w {{date|maju}}. Proszę przekazać kierownikowi sklepu, panu [[oth|Dariuszowi]].
""",
)

T(
    "pl",
    """
Szanowna Pani [[sal|Doroto]],
przesyłam dane do zwrotu kaucji:
imię i nazwisko: [[sig|Şükrü Yılmaz]]
konto: [[iban|@iban:PL~#### #### #### #### #### #### ####]]
e-mail:[[email|sukru.yilmaz@o2.pl]]
kaucja {{amount|500 zł}} za mieszkanie w {{city|Gliwicach}}, umowa do {{date|30.09}}.
z góry dziękuję
""",
)

T(
    "pl",
    """
ok dzieki, ela
a jeszcze jedno - ta faktura {{invoice_number|@safe:###/##/2024}} ma zły adres i brakuje peselu [[pesel|@pesel:F1970-1985~#####  ######]], powinno być [[address|Leśna 3, 05-500 Piaseczno]] a nie {{city|Warszawa}}, zamówienie z {{date|piątku}}
""",
)

T(
    "pl",
    """
Pracownik infolinii (przedstawił się jako [[oth|Krzysztof]]) obiecał oddzwonić w ciągu {{quantity|24h}}, minął tydzień. Sprawa {{ticket_number|@safe:#######/K}}. Słabo, {{brand|Orange}}.
""",
)

T(
    "pl",
    """
Dzień dobry wszystkim, {{job_title|Kierownik zmiany}} w sklepie przy {{street_as_brand|Piotrkowskiej}} był bardzo niemiły, gdy zapytałam o reklamację z {{date|12 stycznia}}. Tyle.
[[sig|Basia]]
""",
)

T(
    "pl",
    """
W załączeniu skan, bo system nie przyjmuje (zgłoszenie {{ticket_number|@safe:ZG/#####}} z {{date|06.05}}). Dane:
PESLE: [[pesel|@pesel:M1980-1995~### ### ### ##]]
tel. [[phone|@ph:PL:+48 (5##) ### ###]]
mail [[email|p.grabowski1987@interia.pl]]
[[sig|Paweł]]
""",
)

T(
    "pl",
    """
Cześć [[sal|Bartku]], jak rozmawialiśmy {{date|w czwartek}} - dane firmy do umowy serwisowej: {{brand|Usługi Remontowe Kowalski}} NIP:[[tax_id|@nip]] REGON:[[tax_id|@regon14]], siedziba [[address|ul. Polna 8, 62-080 Tarnowo Podgórne]].
dzięki, [[sig|Irek]]
""",
)

T(
    "pl",
    """
Faktura {{invoice_number|@safe:FS ####/03/2024}} na {{amount|1 250,00 zł}}, termin {{date|31.03.2024}}. Płaciłem przelewem {{date|28.03}}, a dostaję monit. Proszę sprawdzić.
{{greeting_without_name|Pozdrawiam serdecznie}}
[[sig|M. Lewandowski]]
""",
)

T(
    "pl",
    """
Opinia o sklepie {{brand|Dr Irena Eris}} w galerii: konsultantka [[oth|Priya]] (chyba z Indii, świetnie mówi po polsku) dobrała mi krem za {{amount|189 zł}} w {{quantity|5 minut}}, idealny. Obsługa na 6/5.
""",
)

T(
    "pl",
    """
czesc, kod z sms nie przychodzi od {{time|9:00}} na [[phone|@ph:PL:5## ### ###]] juz 3 raz. konto na adres [[email|KAMILA.DUDEK@WP.PL]] (pesel [[pesel|@pesel:F1985-1999]]). prosze o pomoc bo nie moge zaplacic rachunku {{amount|87,40}}.
[[sig|kamila]]
""",
)

T(
    "pl",
    """
Sąsiad ([[oth|p. Jerzy Kamiński]] z parteru) odebrał za mnie list polecony, a na awizo było moje nazwisko. Czy to zgodne z regulaminem {{brand|Poczty Polskiej}}? Przesyłka nr {{tracking_number|@safe:(00)################}}.
""",
)

T(
    "pl",
    """
{{greeting_without_name|Dzień dobry}}, dziękujemy za zgłoszenie nr {{ticket_number|@safe:##-####}}. Reklamacja została uznana, zwrot {{amount|129 zł}} nastąpi do {{date|15 kwietnia}}.
{{team_name|Dział Reklamacji}}
""",
)

T(
    "pl",
    """
Zmieniam dane do przelewów, proszę wpisać nowy rachunek (stary zamknięty):
[[iban|@nrb~##############
############]]
Właścicielka: [[self|Tamar Beridze]], jakby ktoś pytał. Płatność za {{date|maj}}, {{amount|2 150 zł}}, jak zwykle do {{date|10.}}
""",
)

T(
    "pl",
    """
Dostawa mebli: ekipa spóźniona o {{quantity|3 godziny}}, ale panowie ([[oth|Arek]] i [[oth|Sebastian]]) złożyli szafę w {{quantity|40 minut}} i posprzątali. Zamówienie {{order_number|@safe:MEB-#####/##}}. Na plus.
""",
)

T(
    "pl",
    """
Aplikacja {{brand|Żabka Jush}} pokazuje dostawę na {{time|19:00}}, kurier był o {{time|20:40}}, lody roztopione. Zwrot {{amount|23,97 zł}} proszę na kartę. {{greeting_without_name|Miłego dnia}}.
""",
)


# ================================================================ Czech

T(
    "cs",
    """
ahoj, objednávka {{order_number|@safe:#########}} pořád visí ve stavu "připravujeme", zaplaceno {{date|3.4.}}, {{amount|2 499 Kč}}, co s tím?
díky, [[sig|pepa]]
""",
)

T(
    "cs",
    """
Dobrý den, jako majitelka účtu, [[self|Jana Horáková]], žádám o zrušení služby k {{date|30. 6.}} Rodné číslo[[birth_number|@rc:F1965-1980]], smlouva {{invalid_checksum_number|@safe:SML-#####/##}}, {{brand|Vodafone}}.
""",
)

T(
    "cs",
    """
[14:20] Operátor: Dobrý den, jmenuji se [[oth|Radka]], jak vám můžu pomoct?
[14:21] Zákazník: potřebuju změnit fakturační údaje na firmu
[14:21] Operátor: Pošlete prosím IČO.
[14:22] Zákazník: [[tax_id|@ico>cs_ico1]]
[14:22] Zákazník: firma je {{brand|Truhlářství Dub}}, DIČ [[tax_id|@ref:cs_ico1~CZ########]]
""",
)

T(
    "cs",
    """
{{greeting_without_name|Dobrý den}}, prodejna {{brand|Albert}} v {{city|Olomouci}} má v neděli večer prázdné regály s pečivem už od {{time|18:00}}. Prosím doplňovat. Jinak spokojenost.
""",
)

T(
    "cs",
    """
Reklamace vysavače {{product_code|@safe:VX-####-##}}, číslo reklamace {{ticket_number|@safe:RK######}}. Částka {{amount|3 990 Kč}}. Peníze prosím vrátit na účet [[iban|@iban:CZ~#### #### ######  ##########]].
— [[sig|Honza N.]]
""",
)

T(
    "cs",
    """
Ahoj [[sal|Petře]],
posílám údaje na fakturu za {{date|duben}}: {{brand|Stavby Novák s.r.o.}}, IČ: [[tax_id|@ico~### ## ###]], sídlo [[address|Husova 12, 602 00 Brno]].
měj se, [[sig|Lukáš]]
""",
)

T(
    "cs",
    """
Kurýr (pan [[oth|Vašek]] od {{brand|PPL}}) hodil balík přes plot, navíc k sousedům, paní [[oth|Dvořákové]]. Zásilka {{tracking_number|@safe:##########}}, {{date|středa}} {{time|14:05}}. Tohle fakt ne.
""",
)

T(
    "cs",
    """
Dobrý den, píšu bez háčků, mobil to nedává. Jmenuji se [[self|Ngoc Anh Tran]], mam vecerku v {{city|Plzni}}, terminal {{brand|Global Payments}}, od {{date|pondeli}} nejde terminal. Tel [[phone|@ph:CZ:7## ### ###]]. Diky
""",
)

T(
    "cs",
    """
Zákaznice si stěžovala na pokladní, ale podle kamer to bylo jinak. Posílám shrnutí incidentu z {{date|8. 3.}} v {{time|15:20}}, {{job_title|vedoucí prodejny}}.
{{team_name|Tým prodejny Brno-Líšeň}}
""",
)

T(
    "cs",
    """
> Uveďte prosím číslo karty pro vrácení platby.
[[card|@card:5~####-####-####-####]]
platba {{amount|1 290 Kč}} ze dne {{date|12. 5.}} se strhla dvakrát
[[sig|marta]]
""",
)

T(
    "cs",
    """
Technik [[oth|Ondra]] přišel včas, zapojil router a ještě vysvětlil babičce ovladač. Super, {{brand|T-Mobile}}. Zakázka {{ticket_number|@safe:ZK-######}}. Hodnotím {{quantity|5 hvězdiček}}.
""",
)

T(
    "cs",
    """
Dobrý den,
prosím o změnu adresy pro doručování faktur na [[address|Na Příkopě 988/31
110 00 Praha 1]]. Odběrné místo {{invalid_checksum_number|@safe:EAN 859182400#########}}.
Zálohy {{amount|1 850 Kč}} měsíčně od {{date|července}}.
S pozdravem
Ing. [[sig|Zdeňka Malá-Kovářová]]
""",
)

T(
    "cs",
    """
{{greeting_without_name|Zdravím}}, aplikace {{brand|George}} verze {{version|5.12}} mi po aktualizaci neukazuje výpis za {{date|březen}}. Chyba {{product_code|@safe:E-####}}.
""",
)

T(
    "cs",
    """
dobry den, rodne cislo [[birth_number|@rc:M1970-1990~######/####]] a cislo OP nechci posilat mailem, muzu prijit na pobocku {{brand|ČSOB}} v {{city|Pardubicich}} v {{date|utery}}? [[sig|Karel Svoboda]]
""",
)

T(
    "cs",
    """
Ahoj, tady [[self|Míša]] ze třetího patra. Vaše popelářské auto zase v {{time|6:10}} blokovalo vjezd, už {{quantity|potřetí}} tento týden, řidič řekl ať si stěžuju u vás, tak si stěžuju. Dispečer pan [[oth|Hrubý]] to snad vyřeší.
""",
)

T(
    "cs",
    """
Vážená paní [[sal|Nováková]],
děkujeme za Váš podnět č. {{ticket_number|@safe:P-####/24}}. Částka {{amount|450 Kč}} Vám bude vrácena do {{quantity|30 dnů}}.
S pozdravem {{team_name|Zákaznická podpora}}
""",
)

T(
    "cs",
    """
Objednávka {{order_number|@safe:OBJ########}}, faktura {{invoice_number|@safe:2024######}}. DIČ jsem do formuláře napsal špatně, správně je [[tax_id|@dic_rc:M1960-1980]] (jsem OSVČ). Platba {{amount|12 100 Kč}}. Díky [[sig|Vladimír]]
""",
)

T(
    "cs",
    """
Hodnocení pobočky: pan [[oth|Mustafa]] u přepážky byl trpělivý, paní vedle (jmenovka [[oth|Šárka]]) si mezitím volala. {{date|Úterý}} ráno, fronta {{quantity|12 lidí}}, pobočka {{brand|Česká pošta}} {{city|Jihlava}}.
""",
)

T(
    "cs",
    """
čus, pls změňte mi číslo na [[phone|@ph:CZ:+420 6## ### ###]], staré už nemám od {{date|pátku}}. mail stejnej, [[email|jirka.dolezal@seznam.cz]]
[[sig|jirka]]
""",
)

T(
    "cs",
    """
Dobrý den, za firmu {{brand|Kofola}} nepíšu, jen jako zákazník: v automatu na nádraží v {{city|Ostravě}} to bralo peníze a nic nevydalo, {{amount|35 Kč}}. Automat {{product_code|@safe:AUT-###}}.
[[sig|Hana K.]]
""",
)

T(
    "cs",
    """
Jako zákonný zástupce syna ([[oth|Tomáš Černý]], nar. {{date|2009}}) žádám o zrušení předplatného {{brand|Netflix}} za {{amount|259 Kč}}. Platilo se z účtu [[iban|@iban:CZ]]. Já jsem [[self|Roman Černý]], tel. [[phone|@ph:CZ:00420 7## ### ###]].
""",
)

T(
    "cs",
    """
Hezký den, sestra [[oth|Irena]] na příjmu byla skvělá, doktor moc ne. Čekali jsme od {{time|7:30}} do {{time|11:45}}. Karta pojištěnce {{invalid_checksum_number|@safe:##########}} prý nebyla v systému.
""",
)

T(
    "cs",
    """
Dobrý den pane [[sal|Dvořáku]],
v příloze posílám výpis. IČO [[tax_id|@ico]] a DIČ máme stejné s CZ na začátku. Faktura {{invoice_number|@safe:FA####/2024}} je na {{amount|18 400 Kč}} bez DPH.
[[sig|Aylin Demir]]
{{job_title|účetní}}
""",
)

T(
    "cs",
    """
{{greeting_without_name|Dobrý večer}}, balíkovna v {{city|Kolíně}} zavřená i když má mít otevřeno do {{time|20:00}}. Zásilka {{tracking_number|@safe:DR#########CZ}}.
[[sig|v. kubát]]
""",
)

T(
    "cs",
    """
zpráva do chatu: "jo jasně, adresa je [[address|Lipová 5, Kladno]], zvonek nefunguje tak volejte [[phone|@ph:CZ:6########]]" — a stejně kurýr {{brand|Zásilkovny}} v {{time|13:12}} napsal, že jsem nebyl doma. [[sig|Sergej]]
""",
)

T(
    "cs",
    """
Posíláme údaje nového dodavatele: IČO [[tax_id|@ico>cs_ico2]], DIČ [[tax_id|@ref:cs_ico2~CZ ########]], účet [[iban|@iban:CZ~####  ####  ####  ####  ####  ####]]. Splatnost {{quantity|14 dní}}. Kontakt paní [[oth|Kateřina Procházková]], [[email|prochazkova@stavmat-brno.cz]].
{{team_name|Nákup}}
""",
)

T(
    "cs",
    """
Ahoj [[sal|Markéto]], díky za vrácení peněz, přišlo {{date|včera}}. Jen pro pořádek číslo dobropisu {{invoice_number|@safe:DB-#####}}. Měj se, [[sig|Láďa]]
""",
)

T(
    "cs",
    """
Nákup přes {{brand|Alza}}: kód {{order_number|@safe:#########}}, produkt {{product_code|@safe:RTX####-##}}. Doručení za {{quantity|2 dny}}, kurýr pan [[oth|Petr]] volal předem, balení ok.
""",
)

T(
    "cs",
    """
Dobrý den, píše [[self|Giorgi Kapanadze]], jsem nový nájemník v [[address|Sokolská 44, Praha 2]]. Od {{date|1. 5.}} na mě přepište prosím elektřinu od {{brand|ČEZ}}, moje RČ: [[birth_number|@rc:M1985-1995~## ## ## / ####]]
""",
)

T(
    "cs",
    """
[09:14] zákazník: ok tak to zkusím restartovat, díky moc, [[sig|kuba]]
[09:15] zákazník: jo a ještě, číslo smlouvy je {{invalid_checksum_number|@safe:##########}} kdybyste to potřebovali
[09:16] {{team_name|Podpora O2}}: Děkujeme, hezký den!
""",
)


# ================================================================ Slovak

T(
    "sk",
    """
čau, objednávka {{order_number|@safe:##########}} stále nedorazila, kuriér vraj bol o {{time|10:40}} ale nikto nezvonil, {{brand|Packeta}}. dík, [[sig|maťo]]
""",
)

T(
    "sk",
    """
Dobrý deň, ako majiteľka účtu, [[self|Zuzana Kováčiková]], žiadam o zablokovanie karty. Rodné č.[[birth_number|@rc:F1975-1990~######/####]], posledná transakcia {{amount|64,90 €}} dňa {{date|14. 2.}}, tú som nerobila ja.
""",
)

T(
    "sk",
    """
[11:04] {{greeting_without_name|Dobrý deň}}, vitajte v chate.
[11:05] Agent: Dobrý deň, pri telefóne [[oth|Lenka]], ako vám pomôžem?
[11:06] Zákazník: treba opraviť IČ DPH na faktúre
[11:06] Agent: Napíšte mi ho prosím.
[11:07] Zákazník: [[tax_id|@dph>sk_dph1]]
[11:07] Zákazník: DIČ je [[tax_id|@ref:sk_dph1~__##########]]
[11:08] Agent: Ďakujem, faktúra {{invoice_number|@safe:FV######}} bude opravená do {{date|piatku}}.
""",
)

T(
    "sk",
    """
{{greeting_without_name|Dobrý deň}}, v kníhkupectve {{brand|Martinus}} v {{city|Žiline}} mi ochotne objednali knihu, prišla za {{quantity|3 dni}}. Odporúčam.
""",
)

T(
    "sk",
    """
Reklamácia kávovaru {{product_code|@safe:KV-###-##}}, suma {{amount|249 €}}, vrátiť peniaze na IBAN [[iban|@iban:SK~#### ####   #### #### #### ####]]
vopred ďakujem
— [[sig|Peťo Horváth]]
""",
)

T(
    "sk",
    """
Ahoj [[sal|Janko]],
posielam údaje firmy na zmluvu od {{date|1. júna}}: IČO [[tax_id|@ico~## ### ###]], sídlo [[address|Hlavná 27, 040 01 Košice]]. Faktúry prosím na [[email|fakturacia@drevo-kosice.sk]].
zatiaľ, [[sig|Miro]]
""",
)

T(
    "sk",
    """
Kuriér [[oth|Ferko]] (už ho poznáme) nechal balík u susedy, pani [[oth|Marty Baloghovej]], a do aplikácie napísal "doručené". Zásielka {{tracking_number|@safe:SK##########}}. Nabudúce radšej zavolajte, som doma do {{time|17:00}}.
""",
)

T(
    "sk",
    """
Dobry den, pisem bez dlznov. Volam sa [[self|Van Thanh Pham]], mam obchod v {{city|Bratislave}}, terminal od {{date|pondelka}} nefunguje. Tel [[phone|@ph:SK:09## ### ###]].
""",
)

T(
    "sk",
    """
{{job_title|Vedúca predajne}} odpovedala na sťažnosť z {{date|2. 3.}} do {{quantity|48 hodín}}, ospravedlnila sa a poslala poukaz na {{amount|10 €}}. Tak to má byť.
— [[sig|r. bednárová]]
""",
)

T(
    "sk",
    """
> Prosíme o číslo platobnej karty.
[[card|@card:4~#### ####
#### ####]]
platba {{amount|129,00 €}} prešla dvakrát, {{date|5. mája}}.
[[sig|dominika]]
""",
)

T(
    "sk",
    """
Technik [[oth|Rasťo]] prišiel načas, internet zapojil, ale kábel nechal ležať cez chodbu. Zákazka {{ticket_number|@safe:ZAK-#####}} z {{date|utorka}}. Inak ok, {{brand|Orange}}.
""",
)

T(
    "sk",
    """
Dobrý deň,
prosím o zmenu adresy na [[address|Námestie SNP 8
974 01 Banská Bystrica]]. Číslo odberného miesta {{invalid_checksum_number|@safe:##########}}.
Zálohy {{amount|45 €}} od {{date|septembra}}.
S pozdravom
Mgr. [[sig|Eva Nagyová-Sedláková]]
""",
)

T(
    "sk",
    """
{{greeting_without_name|Zdravím}}, aplikácia {{brand|Tatra banka}} verzia {{version|4.8.2}} pri prihlásení padá. Chyba {{product_code|@safe:TB-####}} od {{date|včera}}.
""",
)

T(
    "sk",
    """
rodne cislo [[birth_number|@rc:M1965-1985]] mailom posielat nebudem, prídem osobne do pobočky {{brand|VÚB}} v {{city|Trnave}} v {{date|piatok}}. [[sig|Jozef Baláž]]
""",
)

T(
    "sk",
    """
Ahoj, tu [[self|Katka]] z bytu nad prevádzkou. Vaše vzduchotechnika hučí do {{time|23:00}}, dá sa s tým niečo robiť? Už {{quantity|2 týždne}}. Pán správca [[oth|Kollár]] mi povedal, nech napíšem vám.
""",
)

T(
    "sk",
    """
Vážený pán [[sal|Mikuláš]],
ďakujeme za podnet č. {{ticket_number|@safe:P######}}. Sumu {{amount|25 €}} Vám vrátime do {{quantity|14 dní}}.
S pozdravom {{team_name|Zákaznícky servis}}
""",
)

T(
    "sk",
    """
Objednávka {{order_number|@safe:OBJ-#######}}, faktúra {{invoice_number|@safe:2024#####}}. DIČ som zadal zle, správne je [[tax_id|@dph~__##########]]. Suma {{amount|1 180 €}}. [[sig|Stano]]
""",
)

T(
    "sk",
    """
Hodnotenie pobočky {{brand|Slovenská pošta}}: pani [[oth|Alžbeta]] pri okienku super, ale čakanie {{quantity|40 minút}}. {{date|Piatok}} poobede.
""",
)

T(
    "sk",
    """
čaute, zmeňte mi prosím číslo na [[phone|@ph:SK:+421 9## ### ###]], od {{date|zajtra}}, mail ostáva [[email|tomas.kral88@azet.sk]]
[[sig|tomáš]]
""",
)

T(
    "sk",
    """
Obchodík {{brand|Kaufland}} v {{city|Prešove}}: pokladne samoobslužné nefungujú, {{quantity|2}} z {{quantity|6}}. Zákaznícka linka nedvíha. {{greeting_without_name|Pekný deň}}.
""",
)

T(
    "sk",
    """
Ako zákonná zástupkyňa dcéry ([[oth|Natália Hudáková]]) žiadam zrušenie predplatného {{brand|Spotify}} ({{amount|10,99 €}}). Platilo sa z účtu [[iban|@iban:SK~####################
####]]. Ja som [[self|Ivana Hudáková]], tel. [[phone|@ph:SK:00421 9## ### ###]].
""",
)

T(
    "sk",
    """
Sestrička [[oth|Bibiana]] na príjme úplne v pohode, lekár ma vybavil za {{quantity|5 minút}} a ani sa nepozrel, {{date|streda}} ráno. Preukaz poistenca {{invalid_checksum_number|@safe:##########}}.
""",
)

T(
    "sk",
    """
Dobrý deň pán [[sal|Kováč]],
IČO [[tax_id|@ico]], IČ DPH [[tax_id|@dph]]. Faktúra {{invoice_number|@safe:F-####/24}} na {{amount|3 200 €}}.
[[sig|Emre Aydın]]
{{job_title|konateľ}}
""",
)

T(
    "sk",
    """
{{greeting_without_name|Dobrý večer}}, Z-BOX v {{city|Nitre}} nejde otvoriť, zásielka {{tracking_number|@safe:Z#########}}. [[sig|Lucia]]
""",
)

T(
    "sk",
    """
z chatu: "adresa je [[address|Záhradnícka 12, Bratislava]], zvonček nejde, tak volajte [[phone|@ph:SK:09########]]" a kuriér {{brand|DPD}} o {{time|12:50}} aj tak nič. [[sig|Oleksandr]]
""",
)

T(
    "sk",
    """
Posielame údaje nového odberateľa: IČO [[tax_id|@ico]], IČ DPH [[tax_id|@dph~## ## ## ## ## ##]], účet [[iban|@iban:SK]]. Splatnosť {{quantity|30 dní}}. Kontaktná osoba pani [[oth|Mária Vargová]], [[email|vargova@agrovar.sk]].
{{team_name|Oddelenie nákupu}}
""",
)

T(
    "sk",
    """
Ahoj [[sal|Zuzka]], vďaka za vrátenie peňazí, prišli {{date|dnes}}. Dobropis {{invoice_number|@safe:DB#####}}. Maj sa, [[sig|Braňo]]
""",
)

T(
    "sk",
    """
Nákup cez {{brand|Alza.sk}}: objednávka {{order_number|@safe:#########}}, doručenie za {{quantity|1 deň}}, kuriér [[oth|Dušan]] milý. Spokojnosť.
""",
)

T(
    "sk",
    """
Dobrý deň, píše [[self|Nino Tsiklauri]], nová nájomníčka na [[address|Mlynská 9, 811 05 Bratislava]]. Od {{date|1. 7.}} elektrinu od {{brand|ZSE}} prepíšte na mňa, rodné číslo: [[birth_number|@rc:F1990-2000~### ### / ####]]
""",
)

T(
    "sk",
    """
[16:30] zákazník: super, už to ide, ďakujem pekne, [[sig|adri]]
[16:31] zákazník: číslo zmluvy keby ste potrebovali {{invalid_checksum_number|@safe:########/##}}
[16:31] {{team_name|Podpora Telekom}}: Radi sme pomohli!
""",
)


# ================================================================ Russian

T(
    "ru",
    """
привет, заказ {{order_number|@safe:#########}} так и не пришёл, в трекинге с {{date|пятницы}} "передан курьеру". что делать? {{brand|Wildberries}} молчит.
спс, [[sig|лёша]]
""",
)

T(
    "ru",
    """
Здравствуйте, я как владелица счёта, [[self|Ирина Викторовна Соколова]], прошу закрыть карту {{brand|Сбера}}. СНИЛС[[national_id|@snils~###-###-### ##]], договор {{invalid_checksum_number|@safe:№ ##########}} от {{date|2019}} г.
""",
)

T(
    "ru",
    """
[12:10] Оператор: Добрый день, меня зовут [[oth|Алина]], чем могу помочь?
[12:11] Клиент: нужно перевыставить счёт на юрлицо
[12:11] Оператор: Назовите ИНН организации, пожалуйста.
[12:12] Клиент: [[tax_id|@inn10]]
[12:12] Клиент: огрн если надо [[tax_id|@ogrn]]
[12:13] Оператор: Спасибо, счёт {{invoice_number|@safe:СЧ-######}} будет готов до {{time|17:00}}.
""",
)

T(
    "ru",
    """
{{greeting_without_name|Добрый день}}, магазин {{brand|Вкусвилл}} в {{city|Казани}} на Баумана вечером без хлеба уже с {{time|19:00}}. Просьба завозить больше.
""",
)

T(
    "ru",
    """
Возврат за пылесос {{product_code|@safe:ПС-####}}, заказ {{order_number|@safe:##-######-##}}. Деньги на карту [[card|@card:2200~####  #### ####  ####]] (мир), пожалуйста, сумма {{amount|8 990 ₽}}.
— [[sig|Дима К.]]
""",
)

T(
    "ru",
    """
Привет, [[sal|Саш]]!
реквизиты ИП для договора с {{date|1 июня}}: ИНН [[national_id|@inn12]], ОГРНИП [[tax_id|@ogrnip]], адрес [[address|ул. Гагарина, д. 15, кв. 42, г. Самара, 443001]].
давай, [[sig|Рустам]]
""",
)

T(
    "ru",
    """
Курьер [[oth|Жора]] (он у нас постоянно возит) оставил коробку у соседки, [[oth|Тамары Петровны]], и отметил "вручено лично" в {{time|16:20}}. Отправление {{tracking_number|@safe:RU#########CN}}.
""",
)

T(
    "ru",
    """
Здравствуйте, пишу латиницей, на работе нет русской раскладки. Меня зовут [[self|Nguyen Van Hung]], у меня ларек на рынке, терминал {{brand|Сбер}} не работает с {{date|понедельника}}, в {{city|Краснодаре}}. Tel [[phone|@ph:RU:8 9## ###-##-##]].
""",
)

T(
    "ru",
    """
{{job_title|Старший кассир}} отработала жалобу за {{quantity|два дня}}, извинилась и дала купон на {{amount|500 ₽}}. Так бы всегда.
— [[sig|н. фомина]]
""",
)

T(
    "ru",
    """
> Укажите номер карты для возврата.
[[card|@card:4~#### #### ####
####]]
списали {{amount|2 490 ₽}} дважды, {{date|7 мая}}.
[[sig|оля]]
""",
)

T(
    "ru",
    """
Мастер [[oth|Ашот]] пришёл вовремя, поставил роутер, всё объяснил бабушке. Заявка {{ticket_number|@safe:ЗВ-#######}}. Тариф {{amount|650 ₽}} в месяц. Пять из пяти, спасибо {{brand|Ростелеком}}.
""",
)

T(
    "ru",
    """
Добрый день,
прошу сменить адрес доставки счетов на [[address|125009, г. Москва,
ул. Тверская, д. 7, кв. 18]]. Лицевой счёт {{invalid_checksum_number|@safe:##########}}.
Переплата {{amount|1 340 ₽}} за {{date|март}}.
С уважением,
[[sig|Екатерина Сергеевна Воронцова-Дашкова]]
""",
)

T(
    "ru",
    """
{{greeting_without_name|Здравствуйте}}, приложение {{brand|Тинькофф}} версия {{version|6.21}} вылетает при оплате ЖКХ. Ошибка {{product_code|@safe:ERR-####}}.
""",
)

T(
    "ru",
    """
снилс [[national_id|@snils~###########]] по почте отправлять не хочу, приду в офис {{brand|Госуслуг}} в {{city|Екатеринбурге}} в {{date|среду}} сам. [[sig|Олег Николаевич]]
""",
)

T(
    "ru",
    """
Здравствуйте, это [[self|Вика]] из квартиры над вашим магазином. Разгрузка в {{time|5:30}} утра, грохот на весь двор, {{quantity|третий раз}} за неделю. Администратор [[oth|Геннадий]] сказал писать вам.
""",
)

T(
    "ru",
    """
Уважаемая [[sal|Марина Игоревна]]!
Благодарим за обращение № {{ticket_number|@safe:######-#}}. Сумма {{amount|1 200 ₽}} будет возвращена в течение {{quantity|10 рабочих дней}}.
{{team_name|Служба поддержки}}
""",
)

T(
    "ru",
    """
Заказ {{order_number|@safe:ЗК########}}, счёт {{invoice_number|@safe:2024/#####}}. ИНН в анкете указал с ошибкой, правильный: [[national_id|@inn12~#### #### ####]]. Сумма {{amount|15 400 ₽}}. [[sig|Виталий]]
""",
)

T(
    "ru",
    """
Отзыв об отделении {{brand|Почты России}}: операционистка [[oth|Гульнара]] вежливая, но очередь {{quantity|45 минут}}, работало одно окно. {{date|Суббота}}, утро.
""",
)

T(
    "ru",
    """
с {{date|понедельника}} поменяйте номер на [[phone|@ph:RU:+7 (9##) ### ## ##]], почта та же: [[email|t.abdullaev@mail.ru]]
[[sig|тимур]]
""",
)

T(
    "ru",
    """
В {{brand|Леруа Мерлен}} в {{city|Новосибирске}} не работает возврат, {{quantity|3}} кассы из {{quantity|8}}. {{greeting_without_name|Хорошего дня}}.
""",
)

T(
    "ru",
    """
Как законный представитель сына ([[oth|Артём Ковалёв]], {{date|2010}} г.р.) прошу отключить подписку {{brand|Кинопоиск}} за {{amount|299 ₽}}. Списания шли с карты [[card|@card:5~################]]. Я [[self|Наталья Ковалёва]], тел. [[phone|@ph:RU:89#########]].
""",
)

T(
    "ru",
    """
Медсестра [[oth|Зарина]] в регистратуре молодец, врач принял за {{quantity|5 минут}} и даже не посмотрел. Полис {{invalid_checksum_number|@safe:################}} "не нашли в системе". Поликлиника в {{city|Уфе}}.
""",
)

T(
    "ru",
    """
Добрый день, [[sal|Андрей Павлович]],
ИНН [[tax_id|@inn10]], КПП {{invalid_checksum_number|@safe:####01001}}, ОГРН [[tax_id|@ogrn~# ## ## ## ##### #]]. Счёт {{invoice_number|@safe:А-###}} на {{amount|48 000 руб.}}
[[sig|Гиорги Кипиани]]
{{job_title|главный бухгалтер}}
""",
)

T(
    "ru",
    """
{{greeting_without_name|Добрый вечер}}, постамат в {{city|Туле}} не открывается, отправление {{tracking_number|@safe:##############}}.
[[sig|Р. Мамедов]]
""",
)

T(
    "ru",
    """
из чата: "адрес [[address|Ленинский пр-т 32, кв 5]], домофон не работает, звоните [[phone|@ph:RU:8-9##-###-##-##]]" и курьер {{brand|СДЭК}} в {{time|14:10}} всё равно не дозвонился. [[sig|Sergey]]
""",
)

T(
    "ru",
    """
Данные нового поставщика: ИНН[[tax_id|@inn10]] ОГРН[[tax_id|@ogrn]], отсрочка {{quantity|30 дней}}, контакт [[oth|Людмила Кравец]], [[email|kravets@stroymarket-tver.ru]].
{{team_name|Отдел закупок}}
""",
)

T(
    "ru",
    """
[[sal|Светуль]], привет, спасибо, деньги пришли {{date|сегодня}}. Номер возврата {{invoice_number|@safe:ВЗ#####}}. Целую, [[sig|Аня]]
""",
)

T(
    "ru",
    """
Покупка на {{brand|Озоне}}: заказ {{order_number|@safe:#####-####}}, доставили за {{quantity|2 дня}}, курьер [[oth|Фарид]] позвонил заранее, упаковка целая.
""",
)

T(
    "ru",
    """
Здравствуйте, пишет [[self|Нино Беридзе]], новая арендаторша в [[address|ул. Пушкина, 10, кв. 3, Тверь]]. С {{date|1 июля}} переоформите электричество {{brand|ТверьАтомЭнергоСбыт}} на меня, СНИЛС: [[national_id|@snils~### ### ### ##]]
""",
)

T(
    "ru",
    """
[18:40] клиент: всё, заработало, спасибо большое, [[sig|кирилл]]
[18:41] клиент: номер договора на всякий {{invalid_checksum_number|@safe:##########}}
[18:41] {{team_name|Поддержка МТС}}: Рады помочь!
""",
)


# ================================================================ Ukrainian

T(
    "uk",
    """
Вайбер о {{time|22:14}}: "добрий вечір, посилка {{tracking_number|@safe:20450#########}} вже {{quantity|5 днів}} у відділенні, а смс так і не прийшла. дякую, [[sig|сашко]]"
""",
)

T(
    "uk",
    """
Я, як власниця рахунку, [[self|Оксана Петрівна Ткаченко]], прошу закрити картку. РНОКПП[[national_id|@rntrc]]. Останню операцію на {{amount|1 250 грн}} {{date|12 квітня}} робила не я!! Картка {{brand|ПриватБанку}}.
""",
)

T(
    "uk",
    """
Доброго дня, [[sal|Олено]]!
Надсилаю реквізити ФОП для договору від {{date|01.06}}: РНОКПП [[national_id|@rntrc~## ### ### ##]], рахунок [[iban|@iban:UA~#### ######  ###################]], адреса [[address|вул. Личаківська, 45, кв. 7, м. Львів, 79010]].
Гарного дня, [[sig|Тарас]]
""",
)

T(
    "uk",
    """
{{greeting_without_name|Привіт усім}}! Хто купував у {{brand|Фокстроті}} в {{city|Вінниці}} телевізор {{product_code|@safe:TV-##-####}}? У мене після {{quantity|2 тижнів}} смуга на екрані, гарантійка тягне.
""",
)

T(
    "uk",
    """
ЄДРПОУ[[tax_id|@edrpou]] (наш), рахунок-фактура {{invoice_number|@safe:СФ-######}} на {{amount|36 000,00 грн}} досі не оплачена, термін був {{date|01.03.2024}}.
{{job_title|Головний бухгалтер}} [[sig|Ельмаз Асанова]]
""",
)

T(
    "uk",
    """
Кур'єр (здається, [[oth|Василь]]) залишив холодильник біля під'їзду і поїхав. Сусід, пан [[oth|Богдан Мельник]], допоміг занести о {{time|19:40}}. Замовлення {{order_number|@safe:##########}}. Це неприпустимо, {{brand|Епіцентр}}.
""",
)

T(
    "uk",
    """
Пишу латинкою бо телефон з Польщі. Mene zvaty [[self|Andrii Bondarenko]], zamovlennia {{order_number|@safe:#########}} ne pryishlo, {{brand|Rozetka}}, tel [[phone|@ph:UA:+380 6# ### ## ##]], email [[email|andrii.bondarenko1990@gmail.com]]
""",
)

T(
    "uk",
    """
{{greeting_without_name|Доброго ранку}}, в додатку {{brand|Монобанк}} версія {{version|1.93}} не проходить оплата комуналки, код помилки {{product_code|@safe:M-####}}. Чекаю вже з {{date|понеділка}}.
""",
)

T(
    "uk",
    """
> Вкажіть, будь ласка, номер картки, з якої була оплата.
ось: [[card|@card:5~####-####-####
-####]]
оплата {{amount|899 грн}}, {{date|3 травня}}
[[sig|юля]]
""",
)

T(
    "uk",
    """
Майстер [[oth|Іван Степанович]] прийшов вчасно, замінив лічильник за {{quantity|20 хвилин}}. Заявка {{ticket_number|@safe:№ ######}}. Дякую {{brand|Київгазу}}.
""",
)

T(
    "uk",
    """
Шановний [[sal|Андрію]],
прошу змінити адресу для рахунків на [[address|м. Київ, вул. Саксаганського, 12, кв. 40
01033]]. Особовий рахунок {{invalid_checksum_number|@safe:##########}}.
Переплата {{amount|830 грн}} за {{date|лютий}}.
З повагою,
[[sig|Катерина Гнатюк-Савчук]]
""",
)

T(
    "uk",
    """
В {{brand|АТБ}} на Героїв Дніпра касирка [[oth|Світлана]] нахамила мені і дитині. {{date|Неділя}}, близько {{time|18:30}}. Чек {{invalid_checksum_number|@safe:####-####-####-####}}.
""",
)

T(
    "uk",
    """
рнокпп [[national_id|@rntrc]] по пошті не надсилатиму, прийду у ЦНАП в {{city|Полтаві}} в {{date|четвер}}. [[sig|Микола Іванович]]
""",
)

T(
    "uk",
    """
Вітаю, це [[self|Мар'яна]] з квартири над вашою кав'ярнею. Музика до {{time|01:00}} щоп'ятниці, будь ласка, тихіше, вже {{quantity|третій тиждень}}. Адміністратор [[oth|Денис]] сказав писати сюди.
""",
)

T(
    "uk",
    """
Шановна пані [[sal|Галино]]!
Дякуємо за звернення № {{ticket_number|@safe:UA-######}}. Кошти {{amount|450 грн}} повернемо протягом {{quantity|7 днів}}.
{{team_name|Команда підтримки}}
""",
)

T(
    "uk",
    """
{{greeting_without_name|Добрий день}}. Замовлення {{order_number|@safe:ЗМ-#######}} прийшло без гарантійного талону. Магазин {{brand|Розетка}}, продавець {{brand|Технопарк}}. Прошу надіслати талон.
{{team_name|ТОВ «Будсервіс»}}
""",
)

T(
    "uk",
    """
Відгук про {{brand|Нову пошту}} {{city|Черкаси}}: операторка [[oth|Дарина]] все оформила за {{quantity|3 хвилини}}, але термінал не працював. Ставлю {{quantity|4}}.
""",
)

T(
    "uk",
    """
з {{date|понеділка}} змініть номер на [[phone|@ph:UA:067#######]], пошта та сама [[email|Bohdana.Kravchuk@ukr.net]]
[[sig|богдана]]
""",
)

T(
    "uk",
    """
Дані нового постачальника: ТОВ «Агроспектр», код ЄДРПОУ [[tax_id|@edrpou~## ## ## ##]], IBAN [[iban|@iban:UA]]. Відстрочка {{quantity|14 днів}}. Контактна особа [[oth|Ірина Шевчук]], [[phone|@ph:UA:(044) ### ## ##]].
{{team_name|Відділ закупівель}}
""",
)

T(
    "uk",
    """
Як законна представниця доньки ([[oth|Софія Литвиненко]], {{date|2011}} р.н.) прошу скасувати підписку {{brand|Megogo}} за {{amount|199 грн}}. Списання з IBAN[[iban|@iban:UA~#############################]]. Я — [[self|Наталія Литвиненко]], тел. [[phone|@ph:UA:0 (9#) ###-##-##]].
""",
)

T(
    "uk",
    """
{{greeting_without_name|Добрий вечір}}, поштомат у {{city|Житомирі}} не відчиняється, відправлення {{tracking_number|@safe:5900##########}}.
— [[sig|Ігор]]
""",
)

T(
    "uk",
    """
[[sal|Оксанко]], привіт! гроші повернулися {{date|сьогодні}}, номер повернення {{invoice_number|@safe:ПВ#####}}. Обіймаю, [[sig|Ліда]]
""",
)

T(
    "uk",
    """
з чату: "адреса [[address|вул. Соборна 21, кв 9, Рівне]], домофон не працює, дзвоніть [[phone|@ph:UA:+38 (09#) ###-##-##]]" а кур'єр {{brand|Meest}} о {{time|11:35}} все одно не додзвонився. [[sig|Ahmed]]
""",
)

T(
    "uk",
    """
Лікарка [[oth|Фатіма Алієва]] уважна, медсестра теж. Запис на {{time|9:20}}, прийняли о {{time|9:25}}. {{brand|Добробут}} тримає рівень. Картка пацієнта {{invalid_checksum_number|@safe:##########}}.
""",
)

T(
    "uk",
    """
Доброго дня, пише [[self|Ніно Ґелашвілі]], нова орендарка на [[address|вул. Хмельницького, 8, кв. 15, Одеса, 65012]]. З {{date|1 серпня}} перепишіть світло від {{brand|ДТЕК}} на мене, РНОКПП: [[national_id|@rntrc~#####-#####]]
""",
)

T(
    "uk",
    """
[20:02] клієнт: все, запрацювало, дякую, [[sig|влад]]
[20:03] клієнт: номер договору про всяк випадок {{invalid_checksum_number|@safe:##########}}
[20:03] {{team_name|Підтримка Київстар}}: Раді допомогти!
""",
)

T(
    "uk",
    """
Замовлення на {{brand|Prom.ua}} від {{date|20.04}}: продавець {{brand|Пан Куркуль}} (це магазин, не людина) надіслав не той колір. Номер {{order_number|@safe:#########}}. Повернення {{amount|640 грн}}.
""",
)

T(
    "uk",
    """
Карта для повернення коштів [[card|@card:4~################]] (платив нею), чек {{invalid_checksum_number|@safe:#########-##}}. Менеджер [[oth|Олександр Коваль]] казав повернуть за {{quantity|3 дні}}, вже {{quantity|10}}.
З повагою, [[sig|Р. Гуменюк]]
""",
)

T(
    "uk",
    """
Доброго дня, як засновник ТОВ, я [[self|Вікрам Шарма]], прошу оформити договір на компанію з {{date|15.05}}: ЄДРПОУ [[tax_id|@edrpou]], юр. адреса [[address|просп. Перемоги, 52, Київ, 03057]]. Телефон [[phone|@ph:UA:+380 (50) ###-##-##]]
""",
)

T(
    "uk",
    """
[[sal|Юрку]], привіт. Постачальник ({{brand|Мегатекс}}) скинув рахунок, менеджер у них [[oth|Мехмет Озтюрк]], пише з помилками, навіть «IBNA» замість IBAN: [[iban|@iban:UA~## ## ###### ####### ############]]
оплати до {{date|п'ятниці}}, сума {{amount|12 480 грн}}.
дяк, [[sig|Стас]]
""",
)


# ================================================================ English

T(
    "en",
    """
hiya, order {{order_number|@safe:#########}} still says "out for delivery" since {{date|tues}}, no sign of it. {{brand|Evri}} useless. any idea?
ta, [[sig|kev]]
""",
)

T(
    "en",
    """
As the account holder, [[self|Harriet Fortescue-Smythe]], I'd like my late husband's name removed from the gas bill. Our supplier is {{brand|British Gas}}, account ref is {{invalid_checksum_number|@safe:##########}} and the last bill was {{amount|£212.40}}.
""",
)

T(
    "en",
    """
[09:41] Agent: Hi, you're chatting with [[oth|Jade]], how can I help?
[09:42] Customer: need the invoice re-issued to my company
[09:42] Agent: No problem, what's the VAT number?
[09:43] Customer: [[tax_id|@gbvat~## ### #### ##]]
[09:43] Customer: invoice was {{invoice_number|@safe:INV-######}} btw
[09:44] Agent: Lovely, I'll send it within {{quantity|24 hours}}.
""",
)

T(
    "en",
    """
{{greeting_without_name|Hi there}}, the {{street_as_brand|Oxford Street}} store had one till open at {{time|5:30pm}} on a {{date|Saturday}}. Queue out the door. Staff were trying their best tbh.
""",
)

T(
    "en",
    """
refund for the kettle ({{product_code|@safe:KT-####-#}}), order {{order_number|@safe:W########}}, please back to my account [[iban|@iban:GB~#### #### ######  ########]] not the card, card's cancelled. it was {{amount|£34.99}}
- [[sig|Gaz]]
""",
)

T(
    "en",
    """
{{greeting_without_name|Morning}}! Hey [[sal|Priya]],
details for the contract starting {{date|1 June}} as promised: company VAT [[tax_id|@gbvat]], registered office [[address|Unit 4, Canal Wharf, Leeds LS11 5PS]]. Invoices to [[email|accounts@northfieldjoinery.co.uk]].
cheers, [[sig|dave]]
""",
)

T(
    "en",
    """
The driver (i think his name was [[oth|Mo]]) left my parcel with the neighbour at number 12, Mrs [[oth|Okafor]]... wait no, she's at {{quantity|14}}. Anyway, app said "handed to resident". Tracking {{tracking_number|@safe:H##########}}.
""",
)

T(
    "en",
    """
Hello, sorry my English. My name is [[self|Nguyen Thi Thu Trang]], I have nail salon on high street, card machine from {{brand|Barclaycard}} not work from {{date|monday}}, in {{city|Luton}}. Phone [[phone|@ph:GB:07### ######]]. Thank you
""",
)

T(
    "en",
    """
Our {{job_title|Store Manager}} called me back within the hour about the damaged sofa and arranged a swap for {{date|Thursday}}. Credit where it's due, {{brand|John Lewis}}.
[[sig|Pauline]]
""",
)

T(
    "en",
    """
> Please confirm the long number on the card used for payment.
[[card|@card:4~#### #### ####
####]]
charged {{amount|£49.99}} twice on {{date|3rd May}}
[[sig|becky]]
""",
)

T(
    "en",
    """
Engineer [[oth|Tomasz]] turned up on time, sorted the boiler in {{quantity|40 mins}}, even bled the radiators. Job ref {{ticket_number|@safe:JB######}}. Five stars.
""",
)

T(
    "en",
    """
Hi,
please update my correspondence address to [[address|Flat 3, 27 Mayfield Road
Edinburgh EH9 2NQ]]. Customer no. {{invalid_checksum_number|@safe:##########}}.
Move date {{date|14/06}}.
Kind regards,
Dr [[sig|Aoife Ní Bhriain-Walsh]]
""",
)

T(
    "en",
    """
{{greeting_without_name|Morning all}}, the {{brand|Monzo}} app ({{version|v5.61.0}}) crashes whenever I open pots. Error {{product_code|@safe:MZ-####}}. Started {{date|yesterday}}.
""",
)

T(
    "en",
    """
not sending my nhs no [[national_id|@nhs~###-###-####]] by email for obvious reasons... ok i just did. can i come in to the {{city|Leicester}} branch on {{date|Friday}} instead? [[sig|Raj Patel]]
""",
)

T(
    "en",
    """
Hi, it's [[self|Shaz]] from the flat above your shop. Your {{brand|Tesco}} delivery lorry was idling at {{time|5.15am}} again. Your manager [[oth|Gary]] told me to email you so here I am.
""",
)

T(
    "en",
    """
Dear Mr [[sal|Henderson]],
Thank you for your complaint ref {{ticket_number|@safe:CMP######}}. A refund of {{amount|£35.00}} will reach you within {{quantity|5 working days}}.
{{team_name|The Customer Care Team}}
""",
)

T(
    "en",
    """
Order {{order_number|@safe:UK-########}}, invoice {{invoice_number|@safe:SI#######}}. I typed my NHS numbr wrong on the form, it should be [[national_id|@nhs~### ### ####]]. Total {{amount|£62.50}}. thx [[sig|Callum]]
""",
)

T(
    "en",
    """
Review of the {{brand|Ted Baker}} outlet in {{city|Cheshire Oaks}}: [[oth|Kofi]] on the till was great, the lady on the fitting rooms (badge said [[oth|Bernadette]]) not so much. {{date|Sunday}} afternoon.
""",
)

T(
    "en",
    """
from {{date|monday}} pls change my number to [[phone|@ph:GB:+44 (0)7### ######]], email's the same [[email|o.alfarsi@outlook.com]]
[[sig|omar]]
""",
)

T(
    "en",
    """
{{brand|Sainsbury's}} in {{city|Croydon}}, self-checkouts down again, {{quantity|4}} of {{quantity|10}} working. {{greeting_without_name|Have a nice day}} my foot.
""",
)

T(
    "en",
    """
Hi, I'm writing on behalf of my mum ([[oth|Margaret Doyle]], she's {{quantity|84}}) to cancel the {{brand|Radio Times}} subscription ({{amount|£9.99}} a month). It comes out of her account [[iban|@iban:GB~####################
##]]. I'm [[self|Siobhan]], her daughter, mobile [[phone|@ph:GB:07###-######]].
""",
)

T(
    "en",
    """
receptionist [[oth|Tasha]] was lovely, GP saw me at {{time|10:40}} for a {{time|10:10}} appointment. fine. but they said my nhs number [[national_id|@nhs]] wasn't on the system??
""",
)

T(
    "en",
    """
Hi [[sal|Sandeep]],
VAT reg [[tax_id|@gbvat~##-#########]], invoice {{invoice_number|@safe:A-####}} for {{amount|£4,800 + VAT}}, due {{date|30/04}}.
[[sig|Emre Kaya]]
{{job_title|Finance Director}}
""",
)

T(
    "en",
    """
{{greeting_without_name|Evening}}, the parcel locker in {{city|Bristol}} Temple Meads won't open, parcel {{tracking_number|@safe:JJD00#############}}.
-- [[sig|Finn]]
""",
)

T(
    "en",
    """
from the chat: "it's [[address|22 Holloway Rd, N7 8JG]], buzzer's broken so ring [[phone|@ph:GB:07#########]]" and still the {{brand|DPD}} courier marked it failed at {{time|2:14pm}}. [[sig|Chidi]]
""",
)

T(
    "en",
    """
New supplier details: {{brand|Greenlane Packaging Ltd}}, VAT [[tax_id|@gbvat~__#########]], IBAN [[iban|@iban:GB]], contact [[oth|Lucy Fairbairn-Hughes]], [[email|lucy.fh@greenlanepack.co.uk]], [[phone|@ph:GB:0161 ### ####]].
{{team_name|Procurement}}
""",
)

T(
    "en",
    """
[[sal|Jen]]! refund came through {{date|today}}, ref {{invoice_number|@safe:RF#####}}. you're a star. [[sig|Mags]] x
""",
)

T(
    "en",
    """
Bought via {{brand|Argos}}: order {{order_number|@safe:#########}}, arrived in {{quantity|2 days}}, driver [[oth|Stevie]] rang ahead. No complaints.
""",
)

T(
    "en",
    """
Hi, [[self|Giorgi Tsereteli]] here, the new tenant at [[address|9 Abbey Lane, Sheffield S8 0BN]]. Please put the {{brand|Octopus}} electricity in my name from {{date|1st July}}. Card for the direct debit: [[card|@card:5~#### ####  ########]]
""",
)

T(
    "en",
    """
[21:12] customer: yep working now, thanks so much, [[sig|ellie]]
[21:13] customer: contract no. just in case {{invalid_checksum_number|@safe:##########}}
[21:13] {{team_name|Virgin Media Support}}: Glad we could help!
""",
)


# ================================================================ German

T(
    "de",
    """
hallo, bestellung {{order_number|@safe:#########}} hängt seit {{date|dienstag}} auf "in zustellung". was ist da los, {{brand|Hermes}}?
gruss [[sig|joerg]]
""",
)

T(
    "de",
    """
Als Kontoinhaberin, [[self|Ayşe Yıldırım-Becker]], bitte ich um Kündigung des Vertrags zum {{date|30.06.}} Meine Steuer-ID[[national_id|@idnr~## ### ### ###]] steht ja schon im Kundenkonto bei {{brand|Vodafone}}, Vertragsnr. {{invalid_checksum_number|@safe:V-########}}.
""",
)

T(
    "de",
    """
[15:02] Mitarbeiterin: Hallo, hier ist [[oth|Svenja]], wie kann ich helfen?
[15:03] Kunde: rechnung bitte auf die firma umschreiben
[15:03] Mitarbeiterin: Gerne, wie lautet Ihre USt-IdNr.?
[15:04] Kunde: [[tax_id|@devat]]
[15:04] Kunde: re-nr war {{invoice_number|@safe:RE-######}}
[15:05] Mitarbeiterin: Danke, kommt innerhalb von {{quantity|2 Werktagen}}.
""",
)

T(
    "de",
    """
{{greeting_without_name|Moin}}, die Filiale auf der {{street_as_brand|Königsallee}} hatte am {{date|Samstag}} um {{time|16 Uhr}} genau eine Kasse offen. Personal war nett, aber überfordert.
""",
)

T(
    "de",
    """
Retoure Wasserkocher ({{product_code|@safe:WK-####-#}}), Bestellung {{order_number|@safe:DE########}}. Erstattung bitte aufs Konto[[iban|@iban:DE~####  ####  ####  ####  ####  ##]], nicht auf die Karte, die ist gesperrt. Betrag {{amount|39,99 €}}.
- [[sig|Kalle]]
""",
)

T(
    "de",
    """
Hi [[sal|Steffi]],
wie besprochen die Firmendaten für den Rahmenvertrag ab {{date|1. Juni}}: USt-IdNr. [[tax_id|@devat~## ### ### ###]], Sitz [[address|Gewerbepark 7, 86899 Landsberg am Lech]]. Rechnungen bitte an [[email|buchhaltung@holzbau-ammer.de]].
LG [[sig|Micha]]
""",
)

T(
    "de",
    """
Der Fahrer (glaub [[oth|Dragan]] hieß er) hat das Paket bei der Nachbarin, Frau [[oth|Schulze-Wendt]], abgegeben und um {{time|14:32}} "persönlich übergeben" eingetragen. Sendung {{tracking_number|@safe:00340434##########}}.
""",
)

T(
    "de",
    """
Hallo, entschuldigung mein Deutsch. Ich heiße [[self|Tran Minh Duc]], habe Imbiss in Bahnhofstraße, Kartenterminal von {{brand|SumUp}} geht nicht seit {{date|Montag}}, in {{city|Dortmund}}. Telefon [[phone|@ph:DE:0176 ########]]. Danke
""",
)

T(
    "de",
    """
Die {{job_title|Filialleiterin}} hat sich noch am selben Tag gemeldet und den beschädigten Schrank für {{date|Donnerstag}} zum Tausch eingeplant. Top, {{brand|Otto}}!
[[sig|Renate]]
""",
)

T(
    "de",
    """
> Bitte nennen Sie die Kartennummer, mit der bezahlt wurde.
[[card|@card:5~#### #### ####
####]]
{{amount|79,90 €}} wurden am {{date|3. Mai}} doppelt abgebucht
[[sig|nadine]]
""",
)

T(
    "de",
    """
Techniker Herr [[oth|Kowalski]] kam pünktlich, Therme in {{quantity|45 Minuten}} repariert. Auftrag {{ticket_number|@safe:AU-######}}. Volle Punktzahl.
""",
)

T(
    "de",
    """
Guten Tag,
bitte ändern Sie meine Rechnungsanschrift in [[address|Eppendorfer Weg 112
20259 Hamburg]]. Kundennr. {{invalid_checksum_number|@safe:##########}}.
Umzug zum {{date|15.07.}}
Mit freundlichen Grüßen
Dr. [[sig|Friederike von Alvensleben]]
""",
)

T(
    "de",
    """
{{greeting_without_name|Servus zusammen}}, die {{brand|DKB}}-App ({{version|2.14.3}}) stürzt beim Fotoüberweisen ab. Fehler {{product_code|@safe:F-####}} seit {{date|gestern}}.
""",
)

T(
    "de",
    """
meine steuer id [[national_id|@idnr~###########]] schick ich ungern per mail, kann ich in der filiale von {{brand|Sparkasse}} in {{city|Bielefeld}} am {{date|freitag}} vorbeikommen? [[sig|Yusuf Haddad]]
""",
)

T(
    "de",
    """
Hallo, hier ist [[self|Conny]] aus der Wohnung über eurem Laden. Euer Lieferwagen stand heute um {{time|5:20}} mit laufendem Motor vor der Tür, zum {{quantity|dritten Mal}} diese Woche. Euer Chef, der Herr [[oth|Brandt]], meinte, ich soll euch schreiben.
""",
)

T(
    "de",
    """
Sehr geehrte Frau [[sal|Wagner]],
vielen Dank für Ihre Reklamation {{ticket_number|@safe:RK#######}}. Den Betrag von {{amount|34,99 €}} erstatten wir innerhalb von {{quantity|7 Tagen}}.
{{team_name|Ihr Kundenservice-Team}}
""",
)

T(
    "de",
    """
Bestellung {{order_number|@safe:B-########}}, Rechnung {{invoice_number|@safe:R########}}. Hab im Formular die Stuer-ID falsch getippt, richtig ist [[national_id|@idnr~### ### ### ##]]. Summe {{amount|129,00 €}}. thx [[sig|Basti]]
""",
)

T(
    "de",
    """
Bewertung {{brand|Hugo Boss}} Outlet {{city|Metzingen}}: [[oth|Kemal]] an der Kasse super, die Dame in der Umkleide (Namensschild [[oth|Gundula]]) eher nicht so. {{date|Sonntag}} Nachmittag.
""",
)

T(
    "de",
    """
ab {{date|montag}} bitte nummer ändern auf [[phone|@ph:DE:+49 (0)15# ########]], mail bleibt [[email|joerg.moeller@gmx.de]]
[[sig|jörg]]
""",
)

T(
    "de",
    """
{{brand|Rossmann}} in {{city|Leipzig}} Hbf, Selbstbedienungskassen wieder kaputt, {{quantity|3}} von {{quantity|8}}. {{greeting_without_name|Schönen Tag noch}}.
""",
)

T(
    "de",
    """
Ich schreibe für meinen Vater ([[oth|Heinz-Dieter Krause]], {{quantity|87}}) und möchte das Abo der {{brand|Rheinischen Post}} ({{amount|42,90 €}} im Monat) kündigen. Abgebucht wird von [[iban|@iban:DE~####
##################]]. Ich bin [[self|Sabine]], seine Tochter, Handy [[phone|@ph:DE:0151/########]].
""",
)

T(
    "de",
    """
Arzthelferin [[oth|Mandy]] total freundlich, Termin {{time|9:15}}, drangekommen {{time|10:05}}. Ok. Aber meine Versichertennummer {{invalid_checksum_number|@safe:A#########}} war angeblich nicht im System??
""",
)

T(
    "de",
    """
Hallo Herr [[sal|Özdemir]],
USt-IdNr. [[tax_id|@devat~## #########]], Rechnung {{invoice_number|@safe:AR-24/####}} über {{amount|5.600 € netto}}, fällig {{date|30.04.}}
[[sig|Anjali Krishnamurthy]]
{{job_title|Leitung Buchhaltung}}
""",
)

T(
    "de",
    """
{{greeting_without_name|Guten Abend}}, die Packstation am Bahnhof in {{city|Göttingen}} geht nicht auf, Sendung {{tracking_number|@safe:JJD#################}}.
Gruß [[sig|Ole]]
""",
)

T(
    "de",
    """
aus dem Chat: "[[address|Sonnenallee 154, 12059 Berlin]], Klingel geht nicht, ruft an: [[phone|@ph:DE:0157########]]" und trotzdem um {{time|11:58}} "Empfänger nicht angetroffen", {{brand|DHL}}. [[sig|Lina]]
""",
)

T(
    "de",
    """
Neuer Lieferant: {{brand|Ammertaler Verpackung GmbH}}, USt-IdNr.[[tax_id|@devat]], IBAN [[iban|@iban:DE~#### #### #### #### #### ##]], Ansprechpartnerin [[oth|Katrin Meier-Oldenburg]], [[email|k.meier-oldenburg@ammertaler.de]], Tel. [[phone|@ph:DE:08### ######]].
{{team_name|Einkauf}}
""",
)

T(
    "de",
    """
[[sal|Bine]]! Geld ist {{date|heute}} da, Gutschrift {{invoice_number|@safe:GS#####}}. Bist die Beste. [[sig|Tini]]
""",
)

T(
    "de",
    """
Über {{brand|Tchibo}} bestellt: Auftrag {{order_number|@safe:#########}}, nach {{quantity|2 Tagen}} da, Bote [[oth|Sascha]] hat vorher angerufen. Alles gut.
""",
)

T(
    "de",
    """
Hallo, [[self|Levan Chkheidze]] hier, neuer Mieter in der [[address|Lindenstraße 3a, 50674 Köln]]. Bitte Strom von {{brand|RheinEnergie}} ab {{date|1. August}} auf mich umschreiben. Lastschrift-IBAN: [[iban|@iban:DE~##   ##   ##################]]
""",
)

T(
    "de",
    """
[22:01] kunde: jo läuft wieder, danke dir, [[sig|timo]]
[22:02] kunde: vertragsnummer falls nötig {{invalid_checksum_number|@safe:##########}}
[22:02] {{team_name|Telekom hilft}}: Gerne!
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
            items.append(build(f"d10-{lang}-{i:02d}", lang, template, rng))
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
