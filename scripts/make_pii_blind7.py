#!/usr/bin/env python3
"""Generate data/eval/pii/blind7.jsonl: a blind PII split written by a separate author.

Focus: identity-document numbers without a (written) check digit and identifiers
written away from the word that names them (next sentence, later form row, an
agent's question answered further down, lists with generic labels, signatures),
plus phones written far from any "tel" word, names in all contexts and many
near-misses shaped like document numbers (bookings, flights, orders, meters,
serial numbers) that must survive.

Every item below is a hand-written template used once; names, numbers, dates and
places are filled in by the generators in this file with a per-item seed, so the
file is deterministic.  Offsets are computed while filling the template.

    .venv/bin/python scripts/make_pii_blind7.py           # (re)writes the jsonl, prints counts
    .venv/bin/python scripts/make_pii_blind7.py --check   # file on disk == what it would write
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import random
import re
import string
import sys
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.cz import dic as cz_dic
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr as de_idnr
from stdnum.de import vat as de_vat
from stdnum.gb import vat as gb_vat
from stdnum.pl import nip as pl_nip
from stdnum.pl import pesel as pl_pesel
from stdnum.pl import regon as pl_regon
from stdnum.ru import inn as ru_inn
from stdnum.ru import ogrn as ru_ogrn
from stdnum.sk import dph as sk_dph
from stdnum.sk import rc as sk_rc
from stdnum.ua import edrpou as ua_edrpou
from stdnum.ua import rntrc as ua_rntrc

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "eval" / "pii" / "blind7.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
SEED = "blind7-2025"

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
NAME_CTX = {"salutation", "signature", "self_intro", "other"}
KEEP_WHAT = {
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

# ---------------------------------------------------------------------------
# slots and template filling
# ---------------------------------------------------------------------------


class P:
    """A PII value."""

    def __init__(self, kind, value, ctx=None):
        assert kind in PII_KINDS, kind
        if kind == "name":
            assert ctx in NAME_CTX, (value, ctx)
        else:
            assert ctx is None
        self.kind, self.value, self.ctx = kind, value, ctx


class K:
    """A near-miss that must be kept."""

    def __init__(self, what, value):
        assert what in KEEP_WHAT, what
        self.what, self.value = what, value


def N(value, ctx):
    return P("name", value, ctx)


def ID(value):
    return P("national_id", value)


def TX(value):
    return P("tax_id", value)


def PH(value):
    return P("phone", value)


def EM(value):
    return P("email", value)


def AD(value):
    return P("address", value)


SLOT_RE = re.compile(r"\{([a-z][a-z0-9_]*)\}")


def fill(template, slots):
    """Fill {slot} placeholders; return text, pii spans, keep spans."""
    out, pii, keep = [], [], []
    pos, n = 0, 0
    used = set()
    for m in SLOT_RE.finditer(template):
        lit = template[pos : m.start()]
        out.append(lit)
        n += len(lit)
        key = m.group(1)
        if key not in slots:
            raise KeyError(f"slot {key!r} not given")
        used.add(key)
        s = slots[key]
        val = s.value if isinstance(s, (P, K)) else s
        assert isinstance(val, str), (key, val)
        if isinstance(s, P):
            d = {"start": n, "end": n + len(val), "kind": s.kind}
            if s.ctx:
                d["context"] = s.ctx
            pii.append(d)
        elif isinstance(s, K):
            keep.append({"start": n, "end": n + len(val), "what": s.what})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(template[pos:])
    unused = set(slots) - used
    if unused:
        raise KeyError(f"unused slots {sorted(unused)}")
    text = "".join(out)
    assert "{" not in text and "}" not in text, text
    return text, pii, keep


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------

PHONE_REGIONS = ["PL", "CZ", "SK", "RU", "UA", "GB", "DE", "AT", "HU", "BY", "LT"]


def _valid(mod, v):
    try:
        return mod.is_valid(v)
    except Exception:
        return False


def checksum_hits(digits):
    """Names of digit-only identifiers this digit string would validate as."""
    hits = []
    L = len(digits)
    tests = [
        ("pesel", pl_pesel, {11}),
        ("nip", pl_nip, {10}),
        ("regon", pl_regon, {9, 14}),
        ("cz.rc", cz_rc, {9, 10}),
        ("sk.rc", sk_rc, {9, 10}),
        ("ico", cz_dic, {8, 9, 10}),
        ("inn", ru_inn, {10, 12}),
        ("ogrn", ru_ogrn, {13, 15}),
        ("edrpou", ua_edrpou, {8}),
        ("rntrc", ua_rntrc, {10}),
        ("idnr", de_idnr, {11}),
        ("gbvat", gb_vat, {9, 12}),
        ("sk.dph", sk_dph, {10}),
    ]
    for name, mod, lens in tests:
        if L in lens and _valid(mod, digits):
            hits.append(name)
    if L == 11 and snils_ok(digits):
        hits.append("snils")
    if 13 <= L <= 19 and luhn.is_valid(digits):
        hits.append("luhn")
    if L == 26 and _valid(std_iban, "PL" + digits):
        hits.append("nrb")
    return hits


LANG_REGIONS = {
    "pl": ["PL"],
    "cs": ["CZ"],
    "sk": ["SK"],
    "ru": ["RU"],
    "uk": ["UA"],
    "en": ["GB"],
    "de": ["DE", "AT"],
}
CURRENT = {"lang": None}


def phone_hits(s, regions=None):
    hits = []
    cands = {s, re.sub(r"\D", "", s)}
    for c in cands:
        if len(re.sub(r"\D", "", c)) < 6:
            continue
        for reg in regions or PHONE_REGIONS:
            try:
                num = phonenumbers.parse(c, reg)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(num):
                hits.append(reg)
    return hits


def keep_number_ok(value, lang=None):
    """A keep number must fail every checksum and not be a valid phone of the text's region."""
    lang = lang or CURRENT["lang"]
    runs = re.findall(r"\d+", value)
    joined = "".join(runs)
    for d in set(runs) | {joined}:
        if checksum_hits(d):
            return False
    if phone_hits(value, LANG_REGIONS[lang]):
        return False
    # IBAN-like strings
    compact = re.sub(r"[\s-]", "", value).upper()
    return not (
        re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact) and _valid(std_iban, compact)
    )


NUMERIC_KEEPS = {
    "order_number",
    "invoice_number",
    "ticket_number",
    "tracking_number",
    "invalid_checksum_number",
    "product_code",
}


def keepnum(r, what, gen, tries=500):
    """Draw a keep number with gen(r) until it passes keep_number_ok."""
    for _ in range(tries):
        v = gen(r)
        if keep_number_ok(v):
            return K(what, v)
    raise RuntimeError("could not draw a keep number")


def snils_ok(d):
    if len(d) != 11 or not d.isdigit():
        return False
    body, chk = d[:9], int(d[9:])
    if int(body) <= 1001998:
        return False
    s = sum(int(c) * (9 - i) for i, c in enumerate(body))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return c == chk


# ---------------------------------------------------------------------------
# random helpers
# ---------------------------------------------------------------------------

DIG = string.digits
UP = string.ascii_uppercase


def digits(r, n, first=None):
    s = "".join(r.choice(DIG) for _ in range(n))
    if first is not None:
        s = r.choice(first) + s[1:]
    return s


def letters(r, n, alphabet=UP):
    return "".join(r.choice(alphabet) for _ in range(n))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for z in sizes:
        out.append(s[i : i + z])
        i += z
    assert i == len(s), (s, sizes)
    return sep.join(out)


def no_checksum_id(gen):
    """Wrap an id generator: digit-only values must not also validate as a checksum id."""

    def g(r, *a, **kw):
        for _ in range(200):
            v = gen(r, *a, **kw)
            d = re.sub(r"\D", "", v)
            if d and len(d) == len(re.sub(r"[\s\-/.]", "", v)) and checksum_hits(d):
                continue
            return v
        raise RuntimeError("id")

    g.__name__ = gen.__name__
    return g


# ---------------------------------------------------------------------------
# identifiers with check digits
# ---------------------------------------------------------------------------


def _brute_last(r, body_fn, validate):
    for _ in range(1000):
        body = body_fn(r)
        for c in DIG:
            if validate(body + c):
                return body + c
    raise RuntimeError("no check digit")


def pesel(r, y=None, female=None):
    def body(r):
        yy = y if y is not None else r.randint(1944, 2006)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        mm = m + (20 if yy >= 2000 else 0)
        serial = digits(r, 3)
        sx = r.choice("02468" if female else "13579") if female is not None else r.choice(DIG)
        return f"{yy % 100:02d}{mm:02d}{d:02d}{serial}{sx}"

    v = _brute_last(r, body, lambda s: _valid(pl_pesel, s))
    assert pl_pesel.is_valid(v)
    return v


def nip(r, fmt=None):
    v = _brute_last(r, lambda r: digits(r, 9, first="123456789"), lambda s: _valid(pl_nip, s))
    assert pl_nip.is_valid(v)
    fmt = fmt or r.choice(["plain", "dash3322", "dash3232"])
    if fmt == "dash3322":
        return group(v, [3, 3, 2, 2], "-")
    if fmt == "dash3232":
        return group(v, [3, 2, 2, 3], "-")
    return v


def regon(r):
    v = _brute_last(r, lambda r: digits(r, 8, first="123456789"), lambda s: _valid(pl_regon, s))
    assert pl_regon.is_valid(v)
    return v


def rc(r, country="cz", female=None, slash=True, y=None):
    mod = cz_rc if country == "cz" else sk_rc
    for _ in range(1000):
        yy = y if y is not None else r.randint(1955, 2004)
        m = r.randint(1, 12)
        if female if female is not None else r.random() < 0.5:
            m += 50
        d = r.randint(1, 28)
        body = f"{yy % 100:02d}{m:02d}{d:02d}" + digits(r, 3)
        for c in DIG:
            v = body + c
            if _valid(mod, v):
                assert mod.is_valid(v)
                return v[:6] + "/" + v[6:] if slash else v
    raise RuntimeError


def rc_date(v):
    """Birth date written in a rodné číslo, as 'd. m. yyyy'."""
    yy, mm, dd = int(v[:2]), int(v[2:4]), int(v[4:6])
    mm = mm - 50 if mm > 50 else mm
    year = 1900 + yy if yy >= 54 else 2000 + yy
    return f"{dd}. {mm}. {year}"


def ico(r):
    v = _brute_last(r, lambda r: digits(r, 7, first="2467"), lambda s: _valid(cz_dic, s))
    assert cz_dic.is_valid(v) and len(v) == 8
    return v


def sk_icdph(r):
    for _ in range(5000):
        v = digits(r, 1, "2") + digits(r, 1, "0") + r.choice("2") + digits(r, 7)
        if _valid(sk_dph, "SK" + v):
            return "SK" + v
    raise RuntimeError


def ustid(r):
    v = _brute_last(
        r, lambda r: digits(r, 8, first="123456789"), lambda s: _valid(de_vat, "DE" + s)
    )
    assert de_vat.is_valid("DE" + v)
    return "DE" + v


def steuer_id(r):
    for _ in range(100000):
        body = digits(r, 10, first="123456789")
        for c in DIG:
            if _valid(de_idnr, body + c):
                return body + c
    raise RuntimeError


def inn10(r):
    v = _brute_last(r, lambda r: digits(r, 9, first="1234567"), lambda s: _valid(ru_inn, s))
    assert ru_inn.is_valid(v) and len(v) == 10
    return v


def ogrn(r):
    for _ in range(1000):
        body = r.choice("15") + digits(r, 2, "012") + digits(r, 9)
        for c in DIG:
            if _valid(ru_ogrn, body + c):
                return body + c
    raise RuntimeError


def edrpou(r):
    v = _brute_last(r, lambda r: digits(r, 7, first="234"), lambda s: _valid(ua_edrpou, s))
    assert ua_edrpou.is_valid(v)
    return v


def gbvat(r, prefix=True):
    for _ in range(10000):
        v = digits(r, 9, first="123456789")
        if _valid(gb_vat, v):
            f = group(v, [3, 4, 2])
            return ("GB " + f) if prefix else f
    raise RuntimeError


def snils(r):
    for _ in range(1000):
        body = digits(r, 9, first="123456789")
        for c in range(100):
            d = body + f"{c:02d}"
            if snils_ok(d):
                return f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}"
    raise RuntimeError


def card(r, brand=None, fmt="4"):
    brand = brand or r.choice(["visa", "mc"])
    pre = (
        "4" + digits(r, 5)
        if brand == "visa"
        else r.choice(["51", "52", "53", "54", "55"]) + digits(r, 4)
    )
    body = pre + digits(r, 9)
    for c in DIG:
        if luhn.is_valid(body + c):
            v = body + c
            break
    assert luhn.is_valid(v) and len(v) == 16
    if fmt == "4":
        return group(v, [4, 4, 4, 4])
    if fmt == "dash":
        return group(v, [4, 4, 4, 4], "-")
    return v


IBAN_SPEC = {"PL": 24, "CZ": 20, "SK": 20, "DE": 18, "GB": None, "UA": 25, "AT": 16}


def iban(r, cc, fmt="4"):
    for _ in range(1000):
        if cc == "PL":
            bban = digits(r, 24, first="1")
        elif cc in ("CZ", "SK"):
            bban = (
                r.choice(["0800", "0300", "0100", "5500", "1100", "0900", "0200"])
                + "0000"
                + digits(r, 12)
            )
            if cc == "SK":
                bban = r.choice(["0900", "1100", "0200", "7500", "5600"]) + "0000" + digits(r, 12)
        elif cc == "DE":
            bban = digits(r, 8, first="1234567") + digits(r, 10)
        elif cc == "GB":
            bban = r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(r, 14)
        elif cc == "UA":
            bban = r.choice(["305299", "322001", "300528", "380805"]) + "0000" + digits(r, 15)
        elif cc == "AT":
            bban = digits(r, 16, first="1234")
        else:
            raise ValueError(cc)
        v = cc + "00" + bban
        cd = std_iban.calc_check_digits(v)
        v = cc + cd + bban
        if _valid(std_iban, v):
            if fmt == "4":
                return " ".join(v[i : i + 4] for i in range(0, len(v), 4))
            if fmt == "nrb":
                d = v[2:]
                return d[:2] + " " + " ".join(d[i : i + 4] for i in range(2, len(d), 4))
            return v
    raise RuntimeError(cc)


# ---------------------------------------------------------------------------
# identity documents without a written check digit (values are invented)
# ---------------------------------------------------------------------------


def _letval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def pl_idcard(r, sep=""):
    """Polish ID card: 3 letters + 6 digits, check digit in position 4 (valid)."""
    w = [7, 3, 1, 9, 7, 3, 1, 7, 3]
    for _ in range(100):
        lt = r.choice(["A", "C", "D", "E"]) + letters(r, 2)
        rest = digits(r, 5)
        for c in DIG:
            v = lt + c + rest
            if sum(wi * _letval(ch) for wi, ch in zip(w, v, strict=True)) % 10 == 0:
                return v[:3] + sep + v[3:]
    raise RuntimeError


def pl_passport(r, sep=""):
    """Polish passport: 2 letters + 7 digits, check digit in position 3 (valid)."""
    w = [7, 3, 9, 1, 7, 3, 1, 7, 3]
    for _ in range(100):
        lt = r.choice(["E", "F", "G"]) + letters(r, 1)
        rest = digits(r, 6)
        for c in DIG:
            v = lt + c + rest
            if sum(wi * _letval(ch) for wi, ch in zip(w, v, strict=True)) % 10 == 0:
                return v[:2] + sep + v[2:]
    raise RuntimeError


@no_checksum_id
def pl_driving(r):
    return f"{digits(r, 5)}/{r.randint(10, 24)}/{digits(r, 4, first='01')}"


@no_checksum_id
def pl_residence(r):
    return r.choice(["RP", "RA", "RB"]) + digits(r, 7)


@no_checksum_id
def cz_op(r, sep=""):
    v = digits(r, 9, first="12")
    return v if not sep else group(v, [3, 3, 3], sep)


@no_checksum_id
def cz_passport(r):
    return digits(r, 8, first="4")


@no_checksum_id
def cz_driving(r, sep=" "):
    return r.choice(["EF", "EH", "EJ", "EL", "EC"]) + sep + digits(r, 6)


@no_checksum_id
def cz_residence(r):
    return r.choice(["ZC", "ZR", "PC"]) + digits(r, 7)


@no_checksum_id
def sk_op(r, sep=""):
    return r.choice(["EA", "EB", "EC", "ED", "HA", "HB"]) + sep + digits(r, 6)


@no_checksum_id
def sk_passport(r):
    return r.choice(["BA", "BB", "BC", "PA"]) + digits(r, 7)


@no_checksum_id
def ru_passport(r, style="4-6"):
    reg = r.choice(["45", "46", "40", "65", "50", "92", "60", "03", "18", "52", "36", "75"])
    yr = f"{r.randint(0, 23):02d}"
    num = digits(r, 6)
    if style == "4-6":
        return f"{reg}{yr} {num}"
    if style == "2-2-6":
        return f"{reg} {yr} {num}"
    if style == "plain":
        return f"{reg}{yr}{num}"
    if style == "no":
        return f"{reg}{yr} № {num}"
    raise ValueError(style)


def ru_passport_parts(r):
    reg = r.choice(["45", "46", "40", "65", "50", "92", "60", "03", "18", "52", "36", "75"])
    return reg + f"{r.randint(0, 23):02d}", digits(r, 6)


@no_checksum_id
def ru_foreign(r, sep=" "):
    return r.choice(["75", "76", "72", "53", "64", "77"]) + sep + digits(r, 7)


UA_LET = "АВЕКМНОРСТ"


@no_checksum_id
def ua_old_passport(r, sep=" "):
    return letters(r, 2, "АВЕКМНОСТЮ") + sep + digits(r, 6)


@no_checksum_id
def ua_idcard(r):
    return "00" + digits(r, 7)


def unzr(r, y=None):
    yy = y or r.randint(1950, 2005)
    body = f"{yy}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{digits(r, 4)}"
    w = [7, 3, 1] * 4
    c = sum(int(a) * b for a, b in zip(body, w, strict=True)) % 10
    return f"{body[:8]}-{body[8:]}{c}"


@no_checksum_id
def ua_foreign(r):
    return r.choice(["FA", "FB", "FC", "FE", "FF", "GA"]) + digits(r, 6)


@no_checksum_id
def by_passport(r):
    return r.choice(["MP", "MC", "KH", "AB", "HB"]) + digits(r, 7)


DE_ALNUM = "0123456789CFGHJKLMNPRTVWXYZ"


def de_ausweis(r):
    return r.choice("LMNPRTVWX") + "".join(r.choice(DE_ALNUM) for _ in range(8))


def de_reisepass(r):
    return r.choice("CFGHJK") + "".join(r.choice(DE_ALNUM) for _ in range(8))


def de_aufenthalt(r):
    return "Y" + "".join(r.choice(DE_ALNUM) for _ in range(8))


def de_fuehrerschein(r):
    return (
        r.choice("BFJ")
        + digits(r, 3)
        + "".join(r.choice(UP + DIG) for _ in range(5))
        + digits(r, 1)
        + r.choice(UP + DIG)
    )


@no_checksum_id
def gb_passport(r):
    return digits(r, 9, first="15")


def gb_driving(r, surname, first, middle="", female=False):
    s = re.sub(r"[^A-Z]", "", surname.upper())
    if s.startswith("MAC"):
        s = "MC" + s[3:]
    s = (s + "99999")[:5]
    y = r.randint(1955, 2003)
    m = r.randint(1, 12) + (50 if female else 0)
    d = r.randint(1, 28)
    core = f"{(y // 10) % 10}{m:02d}{d:02d}{y % 10}"
    ini = (first[0] + (middle[0] if middle else "9")).upper()
    return s + core + ini + "9" + letters(r, 2)


def gb_nino(r, spaced=True):
    a = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
    while a in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        a = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
    d = digits(r, 6)
    s = r.choice("ABCD")
    return f"{a} {d[:2]} {d[2:4]} {d[4:]} {s}" if spaced else a + d + s


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------

PHONE_PATTERNS = {
    "PL": [
        ("5", ["0", "1", "3", "7"], 7),
        ("6", ["0", "6", "9"], 7),
        ("7", ["2", "3", "8", "9"], 7),
        ("8", ["8"], 7),
        ("2", ["2"], 7),
        ("1", ["2"], 7),
        ("6", ["1"], 7),
        ("7", ["1"], 7),
        ("5", ["8"], 7),
    ],
    "CZ": [
        ("6", ["0", "3"], 7),
        ("7", ["2", "3", "7"], 7),
        ("2", ["2", "5", "6"], 7),
        ("5", ["4"], 7),
    ],
    "SK": [
        ("90", ["1", "3", "4", "5", "8"], 6),
        ("91", ["0", "1", "5", "6", "7"], 6),
        ("94", ["0", "4", "8", "9"], 6),
        ("2", ["0", "4", "5"], 7),
    ],
    "RU": [
        ("9", ["0", "1", "2", "3", "5", "6", "8"], 8),
        ("49", ["5", "9"], 7),
        ("81", ["2"], 7),
        ("34", ["3"], 7),
        ("38", ["3"], 7),
    ],
    "UA": [
        ("50", [""], 7),
        ("6", ["3", "6", "7", "8"], 7),
        ("9", ["3", "5", "6", "7", "8"], 7),
        ("73", [""], 7),
        ("44", [""], 7),
        ("32", [""], 7),
    ],
    "GB": [
        ("7", ["4", "5", "7", "8", "9"], 8),
        ("20", ["7", "3"], 7),
        ("161", [""], 7),
        ("113", [""], 7),
        ("131", [""], 7),
        ("29", ["2"], 7),
    ],
    "DE": [
        ("15", ["1", "2", "7"], 8),
        ("16", ["0", "2"], 7),
        ("17", ["0", "1", "2", "5", "6", "8"], 8),
        ("30", [""], 8),
        ("89", [""], 7),
        ("40", [""], 8),
        ("221", [""], 7),
        ("69", [""], 7),
    ],
    "AT": [("66", ["4"], 7), ("69", ["9"], 8), ("1", [""], 7)],
    "HU": [("30", [""], 7), ("20", [""], 7), ("70", [""], 7)],
    "BY": [("29", [""], 7), ("44", [""], 7), ("33", [""], 7)],
    "LT": [("6", [""], 7)],
    "KZ": [("70", ["1", "5", "7"], 7)],
    "CH": [("7", ["6", "8", "9"], 7)],
    "IE": [("8", ["3", "5", "6", "7"], 7)],
    "MD": [("6", ["9"], 6)],
}
TRUNK = {
    "PL": "",
    "CZ": "",
    "SK": "0",
    "RU": "8",
    "UA": "0",
    "GB": "0",
    "DE": "0",
    "AT": "0",
    "HU": "06",
    "BY": "8",
    "LT": "8",
    "KZ": "8",
    "CH": "0",
    "IE": "0",
    "MD": "0",
}


def phone_number(r, region):
    """Return (national significant number digits, region) of a valid number."""
    for _ in range(2000):
        a, bs, n = r.choice(PHONE_PATTERNS[region])
        nsn = a + r.choice(bs) + digits(r, n)
        num = phonenumbers.parse(
            "+" + str(phonenumbers.country_code_for_region(region)) + nsn, region
        )
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return num
    raise RuntimeError(region)


def phone(r, region, style=None, mobile=False):
    """A valid phone of region written in one of many styles."""
    num = phone_number(r, region)
    while mobile and phonenumbers.number_type(num) != phonenumbers.PhoneNumberType.MOBILE:
        num = phone_number(r, region)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    nsn = phonenumbers.national_significant_number(num)
    cc = str(num.country_code)
    styles = {
        "intl": intl,
        "intl_dash": intl.replace(" ", "-").replace("+" + cc + "-", "+" + cc + " "),
        "e164": e164,
        "00": "00" + cc + " " + intl.split(" ", 1)[1],
        "nat": nat,
        "nat_compact": re.sub(r"[\s\-()]", "", nat),
        "nat_dash": re.sub(r"\s+", "-", nat.replace("(", "").replace(")", "")),
    }
    if region in ("PL", "CZ"):
        styles["plain_nsn"] = nsn
        styles["groups3"] = " ".join(nsn[i : i + 3] for i in range(0, len(nsn), 3))
    if region == "DE" or region == "AT" or region == "CH":
        area_len = len(nat.split(" ")[0]) - 1
        styles["intl0"] = f"+{cc} (0){nsn[:area_len]} {nsn[area_len:]}"
        styles["slash"] = f"0{nsn[:area_len]}/{nsn[area_len:]}"
    if region == "RU":
        styles["8brackets"] = f"8 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:8]}-{nsn[8:]}"
        styles["+7brackets"] = f"+7 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:8]}-{nsn[8:]}"
        styles["8dash"] = f"8-{nsn[:3]}-{nsn[3:6]}-{nsn[6:8]}-{nsn[8:]}"
    if region == "UA":
        styles["+380br"] = f"+380 ({nsn[:2]}) {nsn[2:5]}-{nsn[5:7]}-{nsn[7:]}"
        styles["0xx"] = f"0{nsn[:2]} {nsn[2:5]} {nsn[5:7]} {nsn[7:]}"
    if region == "GB":
        styles["intl0"] = (
            f"+44 (0){nsn[:4]} {nsn[4:]}" if nsn.startswith("7") else f"+44 (0){nat[1:]}"
        )
    if region in ("PL", "CZ") and len(nsn) == 9:
        styles["3-3-3"] = f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
    if region in ("PL", "CZ", "SK") and len(nsn) == 9:
        styles["+3-3-3"] = f"+{cc} {nsn[:3]} {nsn[3:6]} {nsn[6:]}"
    if style is None:
        style = r.choice(sorted(styles))
    out = styles[style]
    # every written form must still parse to a valid number of the region
    p = phonenumbers.parse(out, region)
    assert phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region, (
        out,
        region,
    )
    return out


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------

PL_M = [
    ("Marek", "Marku"),
    ("Piotr", "Piotrze"),
    ("Tomasz", "Tomaszu"),
    ("Krzysztof", "Krzysztofie"),
    ("Paweł", "Pawle"),
    ("Michał", "Michale"),
    ("Grzegorz", "Grzegorzu"),
    ("Wojciech", "Wojciechu"),
    ("Andrzej", "Andrzeju"),
    ("Jacek", "Jacku"),
    ("Łukasz", "Łukaszu"),
    ("Bartosz", "Bartoszu"),
    ("Zbigniew", "Zbigniewie"),
    ("Adam", "Adamie"),
    ("Rafał", "Rafale"),
    ("Dariusz", "Dariuszu"),
    ("Sławomir", "Sławomirze"),
    ("Mateusz", "Mateuszu"),
]
PL_F = [
    ("Anna", "Anno"),
    ("Jadwiga", "Jadwigo"),
    ("Katarzyna", "Katarzyno"),
    ("Agnieszka", "Agnieszko"),
    ("Ewa", "Ewo"),
    ("Joanna", "Joanno"),
    ("Barbara", "Barbaro"),
    ("Małgorzata", "Małgorzato"),
    ("Magdalena", "Magdaleno"),
    ("Dorota", "Doroto"),
    ("Beata", "Beato"),
    ("Justyna", "Justyno"),
    ("Halina", "Halino"),
    ("Iwona", "Iwono"),
    ("Renata", "Renato"),
    ("Aleksandra", "Aleksandro"),
    ("Zofia", "Zofio"),
    ("Grażyna", "Grażyno"),
]
PL_SUR = [
    ("Kowalski", "Kowalska"),
    ("Nowak", "Nowak"),
    ("Wiśniewski", "Wiśniewska"),
    ("Wójcik", "Wójcik"),
    ("Kamiński", "Kamińska"),
    ("Zieliński", "Zielińska"),
    ("Szymański", "Szymańska"),
    ("Woźniak", "Woźniak"),
    ("Dąbrowski", "Dąbrowska"),
    ("Kozłowski", "Kozłowska"),
    ("Mazur", "Mazur"),
    ("Krawczyk", "Krawczyk"),
    ("Piątek", "Piątek"),
    ("Grabowski", "Grabowska"),
    ("Pawlak", "Pawlak"),
    ("Zając", "Zając"),
    ("Wieczorek", "Wieczorek"),
    ("Jabłoński", "Jabłońska"),
    ("Stępień", "Stępień"),
    ("Malinowski", "Malinowska"),
    ("Adamczyk", "Adamczyk"),
    ("Dudek", "Dudek"),
    ("Górski", "Górska"),
    ("Sikora", "Sikora"),
    ("Baran", "Baran"),
    ("Rutkowski", "Rutkowska"),
    ("Szewczyk", "Szewczyk"),
    ("Ostrowski", "Ostrowska"),
    ("Pietrzak", "Pietrzak"),
    ("Wróbel", "Wróbel"),
    ("Chmielewski", "Chmielewska"),
    ("Włodarczyk", "Włodarczyk"),
    ("Sokołowski", "Sokołowska"),
    ("Kubiak", "Kubiak"),
    ("Głowacki", "Głowacka"),
    ("Kołodziej", "Kołodziej"),
    ("Żak", "Żak"),
    ("Bąk", "Bąk"),
    ("Ziółkowski", "Ziółkowska"),
    ("Przybylski", "Przybylska"),
]

CS_M = [
    ("Petr", "Petře"),
    ("Jan", "Jane"),
    ("Tomáš", "Tomáši"),
    ("Martin", "Martine"),
    ("Jiří", "Jiří"),
    ("Pavel", "Pavle"),
    ("Lukáš", "Lukáši"),
    ("Jakub", "Jakube"),
    ("Ondřej", "Ondřeji"),
    ("Michal", "Michale"),
    ("Josef", "Josefe"),
    ("Zdeněk", "Zdeňku"),
    ("Vojtěch", "Vojtěchu"),
    ("Radek", "Radku"),
    ("Miroslav", "Miroslave"),
]
CS_F = [
    ("Jana", "Jano"),
    ("Eva", "Evo"),
    ("Lucie", "Lucie"),
    ("Petra", "Petro"),
    ("Markéta", "Markéto"),
    ("Hana", "Hano"),
    ("Tereza", "Terezo"),
    ("Veronika", "Veroniko"),
    ("Kateřina", "Kateřino"),
    ("Zuzana", "Zuzano"),
    ("Alena", "Aleno"),
    ("Ivana", "Ivano"),
    ("Monika", "Moniko"),
    ("Lenka", "Lenko"),
]
CS_SUR = [
    ("Novák", "Nováku", "Nováková"),
    ("Dvořák", "Dvořáku", "Dvořáková"),
    ("Svoboda", "Svobodo", "Svobodová"),
    ("Černý", "Černý", "Černá"),
    ("Procházka", "Procházko", "Procházková"),
    ("Kučera", "Kučero", "Kučerová"),
    ("Veselý", "Veselý", "Veselá"),
    ("Horák", "Horáku", "Horáková"),
    ("Němec", "Němče", "Němcová"),
    ("Pospíšil", "Pospíšile", "Pospíšilová"),
    ("Hájek", "Hájku", "Hájková"),
    ("Král", "Králi", "Králová"),
    ("Jelínek", "Jelínku", "Jelínková"),
    ("Růžička", "Růžičko", "Růžičková"),
    ("Beneš", "Beneši", "Benešová"),
    ("Fiala", "Fialo", "Fialová"),
    ("Sedláček", "Sedláčku", "Sedláčková"),
    ("Doležal", "Doležale", "Doležalová"),
    ("Zeman", "Zemane", "Zemanová"),
    ("Kolář", "Koláři", "Kolářová"),
    ("Navrátil", "Navrátile", "Navrátilová"),
    ("Čermák", "Čermáku", "Čermáková"),
    ("Vaněk", "Vaňku", "Vaňková"),
    ("Kříž", "Kříži", "Křížová"),
    ("Bartoš", "Bartoši", "Bartošová"),
    ("Vlček", "Vlčku", "Vlčková"),
    ("Musil", "Musile", "Musilová"),
    ("Šimek", "Šimku", "Šimková"),
    ("Konečný", "Konečný", "Konečná"),
    ("Malý", "Malý", "Malá"),
]

SK_M = [
    ("Ján", "Jožo"),
    ("Peter", "Peťo"),
    ("Jozef", "Jožko"),
    ("Michal", "Miško"),
    ("Martin", "Maťo"),
    ("Tomáš", "Tomi"),
    ("Juraj", "Ďuri"),
    ("Marek", "Marek"),
    ("Miroslav", "Miro"),
    ("Ľubomír", "Ľubo"),
    ("Štefan", "Števo"),
    ("Dušan", "Dušan"),
    ("Matej", "Maťko"),
    ("Rastislav", "Rasťo"),
]
SK_F = [
    ("Zuzana", "Zuzka"),
    ("Katarína", "Katka"),
    ("Mária", "Majka"),
    ("Jana", "Janka"),
    ("Lucia", "Lucka"),
    ("Monika", "Monika"),
    ("Veronika", "Veronika"),
    ("Eva", "Evka"),
    ("Andrea", "Andrejka"),
    ("Ľubica", "Ľubka"),
    ("Silvia", "Silvia"),
    ("Dominika", "Dominika"),
    ("Simona", "Simona"),
    ("Martina", "Maťka"),
]
SK_SUR = [
    ("Horváth", "Horváthová"),
    ("Kováč", "Kováčová"),
    ("Varga", "Vargová"),
    ("Tóth", "Tóthová"),
    ("Nagy", "Nagyová"),
    ("Baláž", "Balážová"),
    ("Molnár", "Molnárová"),
    ("Lukáč", "Lukáčová"),
    ("Kollár", "Kollárová"),
    ("Šimko", "Šimková"),
    ("Polák", "Poláková"),
    ("Kráľ", "Kráľová"),
    ("Hudák", "Hudáková"),
    ("Oravec", "Oravcová"),
    ("Štefanko", "Štefanková"),
    ("Bielik", "Bieliková"),
    ("Ďurica", "Ďuricová"),
    ("Gajdoš", "Gajdošová"),
    ("Kubík", "Kubíková"),
    ("Sloboda", "Slobodová"),
    ("Mikuláš", "Mikulášová"),
    ("Hrušovský", "Hrušovská"),
    ("Pavlík", "Pavlíková"),
    ("Belák", "Beláková"),
]

RU_M = [
    "Алексей",
    "Дмитрий",
    "Сергей",
    "Андрей",
    "Максим",
    "Игорь",
    "Евгений",
    "Павел",
    "Роман",
    "Артём",
    "Константин",
    "Виталий",
    "Григорий",
    "Станислав",
    "Никита",
    "Олег",
]
RU_F = [
    "Ольга",
    "Елена",
    "Наталья",
    "Татьяна",
    "Ирина",
    "Светлана",
    "Марина",
    "Анастасия",
    "Юлия",
    "Екатерина",
    "Людмила",
    "Вера",
    "Галина",
    "Ксения",
    "Дарья",
    "Полина",
]
RU_PAT = [
    ("Иванович", "Ивановна"),
    ("Петрович", "Петровна"),
    ("Сергеевич", "Сергеевна"),
    ("Николаевич", "Николаевна"),
    ("Александрович", "Александровна"),
    ("Владимирович", "Владимировна"),
    ("Михайлович", "Михайловна"),
    ("Андреевич", "Андреевна"),
    ("Викторович", "Викторовна"),
    ("Юрьевич", "Юрьевна"),
    ("Олегович", "Олеговна"),
    ("Геннадьевич", "Геннадьевна"),
    ("Анатольевич", "Анатольевна"),
]
RU_SUR = [
    ("Иванов", "Иванова"),
    ("Смирнов", "Смирнова"),
    ("Кузнецов", "Кузнецова"),
    ("Попов", "Попова"),
    ("Соколов", "Соколова"),
    ("Лебедев", "Лебедева"),
    ("Козлов", "Козлова"),
    ("Новиков", "Новикова"),
    ("Морозов", "Морозова"),
    ("Волков", "Волкова"),
    ("Соловьёв", "Соловьёва"),
    ("Васильев", "Васильева"),
    ("Зайцев", "Зайцева"),
    ("Павлов", "Павлова"),
    ("Семёнов", "Семёнова"),
    ("Голубев", "Голубева"),
    ("Виноградов", "Виноградова"),
    ("Богданов", "Богданова"),
    ("Фёдоров", "Фёдорова"),
    ("Тарасов", "Тарасова"),
    ("Комаров", "Комарова"),
    ("Орлов", "Орлова"),
    ("Киселёв", "Киселёва"),
    ("Макаров", "Макарова"),
    ("Ковалёв", "Ковалёва"),
    ("Ильин", "Ильина"),
    ("Гусев", "Гусева"),
    ("Кудрявцев", "Кудрявцева"),
    ("Сорокин", "Сорокина"),
    ("Захаров", "Захарова"),
    ("Никитин", "Никитина"),
    ("Соболев", "Соболева"),
    ("Белоусов", "Белоусова"),
    ("Щербаков", "Щербакова"),
    ("Калинин", "Калинина"),
    ("Громов", "Громова"),
    ("Шестаков", "Шестакова"),
]

UK_M = [
    ("Олег", "Олеже"),
    ("Іван", "Іване"),
    ("Петро", "Петре"),
    ("Андрій", "Андрію"),
    ("Микола", "Миколо"),
    ("Тарас", "Тарасе"),
    ("Юрій", "Юрію"),
    ("Василь", "Василю"),
    ("Дмитро", "Дмитре"),
    ("Сергій", "Сергію"),
    ("Богдан", "Богдане"),
    ("Остап", "Остапе"),
    ("Віктор", "Вікторе"),
    ("Ярослав", "Ярославе"),
]
UK_F = [
    ("Олена", "Олено"),
    ("Оксана", "Оксано"),
    ("Наталія", "Наталіє"),
    ("Марія", "Маріє"),
    ("Ірина", "Ірино"),
    ("Світлана", "Світлано"),
    ("Галина", "Галино"),
    ("Ольга", "Ольго"),
    ("Тетяна", "Тетяно"),
    ("Людмила", "Людмило"),
    ("Христина", "Христино"),
    ("Соломія", "Соломіє"),
    ("Ганна", "Ганно"),
    ("Леся", "Лесю"),
]
UK_PAT = [
    ("Петрович", "Петровичу", "Петрівна", "Петрівно"),
    ("Іванович", "Івановичу", "Іванівна", "Іванівно"),
    ("Миколайович", "Миколайовичу", "Миколаївна", "Миколаївно"),
    ("Васильович", "Васильовичу", "Василівна", "Василівно"),
    ("Олександрович", "Олександровичу", "Олександрівна", "Олександрівно"),
    ("Степанович", "Степановичу", "Степанівна", "Степанівно"),
    ("Володимирович", "Володимировичу", "Володимирівна", "Володимирівно"),
    ("Анатолійович", "Анатолійовичу", "Анатоліївна", "Анатоліївно"),
    ("Юрійович", "Юрійовичу", "Юріївна", "Юріївно"),
]
UK_SUR = [
    ("Шевченко", "Шевченко"),
    ("Коваленко", "Коваленко"),
    ("Бондаренко", "Бондаренко"),
    ("Ткаченко", "Ткаченко"),
    ("Кравченко", "Кравченко"),
    ("Олійник", "Олійник"),
    ("Шевчук", "Шевчук"),
    ("Поліщук", "Поліщук"),
    ("Мельник", "Мельник"),
    ("Бойко", "Бойко"),
    ("Ковальчук", "Ковальчук"),
    ("Лисенко", "Лисенко"),
    ("Марченко", "Марченко"),
    ("Савчук", "Савчук"),
    ("Руденко", "Руденко"),
    ("Мороз", "Мороз"),
    ("Павленко", "Павленко"),
    ("Гуменюк", "Гуменюк"),
    ("Коваль", "Коваль"),
    ("Кравчук", "Кравчук"),
    ("Левицький", "Левицька"),
    ("Гнатюк", "Гнатюк"),
    ("Петренко", "Петренко"),
    ("Зінченко", "Зінченко"),
    ("Яковенко", "Яковенко"),
    ("Климчук", "Климчук"),
    ("Гаврилюк", "Гаврилюк"),
    ("Заболотний", "Заболотна"),
    ("Вербицький", "Вербицька"),
    ("Пономаренко", "Пономаренко"),
    ("Головко", "Головко"),
    ("Дячук", "Дячук"),
]

EN_M = [
    "James",
    "Oliver",
    "Thomas",
    "Daniel",
    "Matthew",
    "Liam",
    "Callum",
    "Gareth",
    "Rhys",
    "Connor",
    "Stuart",
    "Harry",
    "Ben",
    "Aidan",
    "Graham",
    "Neil",
]
EN_F = [
    "Sarah",
    "Emma",
    "Charlotte",
    "Hannah",
    "Rebecca",
    "Sophie",
    "Laura",
    "Megan",
    "Chloe",
    "Siobhan",
    "Niamh",
    "Fiona",
    "Harriet",
    "Priya",
    "Gemma",
    "Lucy",
]
EN_SUR = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Davies",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Patel",
    "O'Connor",
    "McAllister",
    "Fitzgerald",
    "Okafor",
    "Hughes",
    "Lloyd",
    "Pritchard",
    "Ashworth",
    "Barraclough",
    "Hughes-Walker",
    "Kaur",
]

DE_M = [
    "Jürgen",
    "Thomas",
    "Stefan",
    "Michael",
    "Andreas",
    "Matthias",
    "Tobias",
    "Florian",
    "Jörg",
    "Uwe",
    "Lukas",
    "Sebastian",
    "Dirk",
    "Klaus",
    "Henrik",
    "Ralf",
]
DE_F = [
    "Sabine",
    "Petra",
    "Katrin",
    "Anja",
    "Susanne",
    "Julia",
    "Birgit",
    "Monika",
    "Jana",
    "Lena",
    "Ute",
    "Heike",
    "Nicole",
    "Sophie",
    "Gudrun",
    "Miriam",
]
DE_SUR = [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Bauer",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Zimmermann",
    "Krüger",
    "Hartmann",
    "Lange",
    "Werner",
    "Krause",
    "Lehmann",
    "Köhler",
    "Böhm",
    "Weiß",
    "Brandt",
    "Vogel",
    "Kühn",
    "Jäger",
    "Schulze-Wiesner",
    "Özdemir",
    "Kowalczyk",
]


class Person:
    def __init__(self, first, last, female, first_voc=None, last_voc=None, pat=None, pat_voc=None):
        self.first, self.last, self.female = first, last, female
        self.first_voc = first_voc or first
        self.last_voc = last_voc or last
        self.pat, self.pat_voc = pat, pat_voc

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def rev(self):
        return f"{self.last} {self.first}"

    @property
    def fio(self):
        return f"{self.last} {self.first} {self.pat}"

    @property
    def io(self):
        return f"{self.first} {self.pat}"


def person(r, lang, female=None):
    f = r.random() < 0.5 if female is None else female
    if lang == "pl":
        fn, fv = r.choice(PL_F if f else PL_M)
        sm, sf = r.choice(PL_SUR)
        return Person(fn, sf if f else sm, f, fv)
    if lang == "cs":
        fn, fv = r.choice(CS_F if f else CS_M)
        sm, smv, sf = r.choice(CS_SUR)
        return Person(fn, sf if f else sm, f, fv, sf if f else smv)
    if lang == "sk":
        fn, fv = r.choice(SK_F if f else SK_M)
        sm, sf = r.choice(SK_SUR)
        return Person(fn, sf if f else sm, f, fv)
    if lang == "ru":
        fn = r.choice(RU_F if f else RU_M)
        sm, sf = r.choice(RU_SUR)
        pm, pf = r.choice(RU_PAT)
        return Person(fn, sf if f else sm, f, pat=pf if f else pm)
    if lang == "uk":
        fn, fv = r.choice(UK_F if f else UK_M)
        sm, sf = r.choice(UK_SUR)
        pm, pmv, pf, pfv = r.choice(UK_PAT)
        return Person(fn, sf if f else sm, f, fv, pat=pf if f else pm, pat_voc=pfv if f else pmv)
    if lang == "en":
        return Person(r.choice(EN_F if f else EN_M), r.choice(EN_SUR), f)
    if lang == "de":
        return Person(r.choice(DE_F if f else DE_M), r.choice(DE_SUR), f)
    raise ValueError(lang)


def strip_diacritics(s):
    import unicodedata

    s = s.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
            "i",
            "yi",
            "ye",
            "g",
        ],
        strict=True,
    )
)


def translit(s):
    out = []
    for ch in s:
        lo = ch.lower()
        t = TRANSLIT.get(lo, ch)
        out.append(t.capitalize() if ch != lo and t else t)
    return "".join(out)


def email_for(r, p, domains):
    f = translit(strip_diacritics(p.first)).lower().replace("'", "")
    l_ = translit(strip_diacritics(p.last)).lower().replace("'", "").replace(" ", "")
    pat = r.choice(
        ["{f}.{l}", "{f}{l}", "{f0}.{l}", "{l}.{f}", "{f}.{l}{n}", "{f0}{l}{n}", "{f}_{l}"]
    )
    user = pat.format(f=f, l=l_, f0=f[0], n=r.randint(2, 99))
    return f"{user}@{r.choice(domains)}"


def token(r, n=32, alphabet=string.ascii_letters + DIG):
    return "".join(r.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------
# keep generators
# ---------------------------------------------------------------------------

MONTHS = {
    "pl": [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    "cs": [
        "ledna",
        "února",
        "března",
        "dubna",
        "května",
        "června",
        "července",
        "srpna",
        "září",
        "října",
        "listopadu",
        "prosince",
    ],
    "sk": [
        "januára",
        "februára",
        "marca",
        "apríla",
        "mája",
        "júna",
        "júla",
        "augusta",
        "septembra",
        "októbra",
        "novembra",
        "decembra",
    ],
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "uk": [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
}


def rdate(r, y0=2024, y1=2025):
    return dt.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def date(r, lang, y0=2024, y1=2025, style=None):
    d = rdate(r, y0, y1)
    style = style or r.choice(["num", "num", "word", "iso"])
    if style == "iso":
        v = d.isoformat()
    elif style == "num":
        if lang == "en":
            v = d.strftime("%d/%m/%Y")
        elif lang in ("cs", "sk"):
            v = (
                f"{d.day}. {d.month}. {d.year}"
                if r.random() < 0.5
                else f"{d.day}.{d.month}.{d.year}"
            )
        else:
            v = d.strftime("%d.%m.%Y")
    elif style == "short":
        v = d.strftime("%d.%m")
    else:
        m = MONTHS[lang][d.month - 1]
        if lang == "en":
            v = f"{d.day} {m} {d.year}"
        elif lang in ("cs", "sk", "de"):
            v = f"{d.day}. {m} {d.year}"
        else:
            v = f"{d.day} {m} {d.year}"
    return K("date", v)


def date_range(r, lang, style="short"):
    a = rdate(r)
    b = a + dt.timedelta(days=r.randint(2, 12))
    out = []
    for d in (a, b):
        if style == "short":
            out.append(K("date", d.strftime("%d.%m")))
        elif style == "en":
            out.append(K("date", d.strftime("%d/%m/%Y")))
        elif style == "iso":
            out.append(K("date", d.isoformat()))
        else:
            out.append(K("date", d.strftime("%d.%m.%Y")))
    return out


def bdate(r, lang, style=None):
    return date(r, lang, 1950, 2004, style=style or "num")


def time_(r, lang=None):
    h, m = r.randint(7, 21), r.choice([0, 15, 30, 45, 10, 20, 40, 50])
    if lang == "en" and r.random() < 0.5:
        return K("time", f"{(h - 1) % 12 + 1}:{m:02d}{'am' if h < 12 else 'pm'}")
    return K("time", f"{h}:{m:02d}")


def amount(r, lang, lo=20, hi=3000):
    v = r.randint(lo, hi)
    c = r.randint(0, 99) if r.random() < 0.5 else 0
    if lang == "pl":
        s = (
            f"{v:,}".replace(",", " ")
            + (f",{c:02d}" if c else "")
            + r.choice([" zł", " PLN", " zł"])
        )
    elif lang == "cs":
        s = f"{v:,}".replace(",", " ") + r.choice([" Kč", ",- Kč", " CZK"])
    elif lang == "sk":
        s = (
            f"{v:,}".replace(",", " ")
            + (f",{c:02d}" if c else "")
            + r.choice([" €", " eur", " EUR"])
        )
    elif lang == "ru":
        s = f"{v * 10:,}".replace(",", " ") + r.choice([" руб.", " ₽", " рублей"])
    elif lang == "uk":
        s = f"{v * 3:,}".replace(",", " ") + r.choice([" грн", " грн.", " гривень"])
    elif lang == "en":
        s = r.choice(["£", "£", "€"]) + f"{v:,}" + (f".{c:02d}" if c else "")
    else:
        s = f"{v:,}".replace(",", ".") + (f",{c:02d}" if c else ",00") + r.choice([" €", " EUR"])
    return K("amount", s)


def order_no(r, style=None):
    style = style or r.choice(["hash7", "pref", "slash", "aa7", "dash", "long"])

    def g(r):
        if style == "hash7":
            return "#" + digits(r, 7, first="123456789")
        if style == "pref":
            return r.choice(["ORD-", "ZAM-", "OBJ-", "ZK-", "NR-", "A-"]) + digits(
                r, 6, first="123456789"
            )
        if style == "slash":
            return f"{r.choice(['ZAM', 'FV', 'OBJ', 'RZ'])}/{r.randint(2023, 2025)}/{digits(r, 5)}"
        if style == "aa7":
            return letters(r, 2) + digits(r, 7, first="123456789")
        if style == "dash":
            return f"{digits(r, 3, first='123456789')}-{digits(r, 7)}-{digits(r, 7)}"
        if style == "long":
            return digits(r, 9, first="1")
        raise ValueError(style)

    return g


def booking_ref(r):
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def flight(r):
    return (
        r.choice(["LO", "FR", "W6", "LH", "OK", "BA", "U2", "PS", "SU", "EW", "TK", "LX"])
        + " "
        + str(r.randint(100, 8999))
    )


# ---------------------------------------------------------------------------
# items
# ---------------------------------------------------------------------------

REGISTRY = []


def item(lang):
    def deco(fn):
        REGISTRY.append((lang, fn))
        return fn

    return deco


def T(template, **slots):
    return template, slots


def build():
    rows = []
    per_lang = collections.Counter()
    for lang, fn in REGISTRY:
        per_lang[lang] += 1
        iid = f"b7-{lang}-{per_lang[lang]:02d}"
        r = random.Random(f"{SEED}:{iid}")
        CURRENT["lang"] = lang
        template, slots = fn(r)
        text, pii, keep = fill(template, slots)
        validate_item(iid, text, pii, keep)
        rows.append({"id": iid, "lang": lang, "text": text, "pii": pii, "keep": keep})
    order = {lg: i for i, lg in enumerate(LANGS)}
    rows.sort(key=lambda x: (order[x["lang"]], x["id"]))
    return rows


def validate_item(iid, text, pii, keep):
    spans = sorted([(s["start"], s["end"]) for s in pii + keep])
    for (a, b), (c, d) in zip(spans, spans[1:], strict=False):
        assert b <= c, (iid, "overlap", text[a:b], text[c:d])
    for s in pii + keep:
        v = text[s["start"] : s["end"]]
        assert v and v == v.strip() and v[-1] not in ",;:", (iid, v)
    for s in pii:
        v = text[s["start"] : s["end"]]
        k = s["kind"]
        d = re.sub(r"\D", "", v)
        if k == "pesel":
            assert pl_pesel.is_valid(d), (iid, v)
        elif k == "birth_number":
            assert cz_rc.is_valid(d) or sk_rc.is_valid(d), (iid, v)
        elif k == "card":
            assert luhn.is_valid(d) and len(d) == 16, (iid, v)
        elif k == "iban":
            c = re.sub(r"\s", "", v)
            assert std_iban.is_valid(c) or std_iban.is_valid("PL" + c), (iid, v)
        elif k == "tax_id":
            c = re.sub(r"[\s\-]", "", v).upper()
            assert (
                (c.startswith("DE") and de_vat.is_valid(c))
                or (c.startswith("SK") and sk_dph.is_valid(c))
                or (c.startswith("GB") and gb_vat.is_valid(c))
                or (c.startswith("CZ") and cz_dic.is_valid(c))
                or (c.startswith("PL") and pl_nip.is_valid(c[2:]))
                or checksum_hits(d)
            ), (iid, v)
        elif k == "phone":
            assert phone_hits(v) or phone_hits(re.sub(r"^\+?", "+", v)), (iid, v)
    for s in keep:
        v = text[s["start"] : s["end"]]
        if s["what"] in NUMERIC_KEEPS and re.search(r"\d{5,}", re.sub(r"[\s\-]", "", v)):
            assert keep_number_ok(v, iid.split("-")[1]), (iid, s["what"], v)


def dump(rows):
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows)


def report(rows):
    by_lang = collections.Counter(x["lang"] for x in rows)
    kinds = collections.Counter()
    ctx = collections.Counter()
    keeps = collections.Counter()
    kinds_lang = collections.defaultdict(collections.Counter)
    no_pii = collections.Counter()
    for x in rows:
        if not x["pii"]:
            no_pii[x["lang"]] += 1
        for s in x["pii"]:
            kinds[s["kind"]] += 1
            kinds_lang[x["lang"]][s["kind"]] += 1
            if s["kind"] == "name":
                ctx[s["context"]] += 1
        for s in x["keep"]:
            keeps[s["what"]] += 1
    print(f"items: {len(rows)}")
    for lg in LANGS:
        print(
            f"  {lg}: {by_lang[lg]} items, {no_pii[lg]} without PII, pii {dict(sorted(kinds_lang[lg].items()))}"
        )
    tot = sum(kinds.values())
    print(f"pii spans: {tot}")
    for k, v in kinds.most_common():
        print(f"  {k}: {v} ({100 * v / tot:.0f}%)")
    print(f"name contexts: {dict(ctx.most_common())}")
    print(f"keep spans: {sum(keeps.values())}")
    for k, v in keeps.most_common():
        print(f"  {k}: {v}")


# ---------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------

PL_STREETS = [
    "Lipowa",
    "Słoneczna",
    "Ogrodowa",
    "Kościuszki",
    "Mickiewicza",
    "Polna",
    "Leśna",
    "Długa",
    "Wiejska",
    "Reymonta",
    "Żeromskiego",
    "Kwiatowa",
    "Grunwaldzka",
    "Piłsudskiego",
    "Sienkiewicza",
    "Jagiellońska",
    "Kasztanowa",
    "Wrzosowa",
    "Staszica",
    "Orzeszkowej",
]
PL_CITIES = [
    ("Gdańsk", "80-{}"),
    ("Kraków", "31-{}"),
    ("Poznań", "60-{}"),
    ("Wrocław", "50-{}"),
    ("Łódź", "90-{}"),
    ("Lublin", "20-{}"),
    ("Rzeszów", "35-{}"),
    ("Białystok", "15-{}"),
    ("Olsztyn", "10-{}"),
    ("Katowice", "40-{}"),
    ("Szczecin", "70-{}"),
    ("Kielce", "25-{}"),
    ("Opole", "45-{}"),
    ("Toruń", "87-{}"),
    ("Bydgoszcz", "85-{}"),
]
CS_STREETS = [
    "Husova",
    "Palackého",
    "Masarykova",
    "Nádražní",
    "Školní",
    "Lipová",
    "Komenského",
    "Na Výsluní",
    "U Potoka",
    "Dlouhá",
    "Sokolská",
    "Žižkova",
    "Jiráskova",
    "Polní",
    "Zahradní",
    "Bezručova",
]
CS_CITIES = [
    ("Praha 4", "140 00"),
    ("Praha 10", "100 00"),
    ("Brno", "602 00"),
    ("Ostrava", "702 00"),
    ("Plzeň", "301 00"),
    ("Olomouc", "779 00"),
    ("Liberec", "460 01"),
    ("České Budějovice", "370 01"),
    ("Hradec Králové", "500 02"),
    ("Pardubice", "530 02"),
    ("Zlín", "760 01"),
    ("Jihlava", "586 01"),
    ("Kladno", "272 01"),
    ("Tábor", "390 02"),
]
SK_STREETS = [
    "Hlavná",
    "Štúrova",
    "Mierová",
    "Hviezdoslavova",
    "Kukučínova",
    "Záhradnícka",
    "Jesenského",
    "Sládkovičova",
    "Družstevná",
    "Športová",
    "Lesná",
    "Poľná",
    "Hurbanova",
    "Kpt. Nálepku",
]
SK_CITIES = [
    ("Bratislava", "821 08"),
    ("Bratislava", "851 01"),
    ("Košice", "040 01"),
    ("Žilina", "010 01"),
    ("Nitra", "949 01"),
    ("Banská Bystrica", "974 01"),
    ("Prešov", "080 01"),
    ("Trnava", "917 01"),
    ("Trenčín", "911 01"),
    ("Martin", "036 01"),
    ("Poprad", "058 01"),
    ("Zvolen", "960 01"),
]
RU_STREETS = [
    "Ленина",
    "Садовая",
    "Гагарина",
    "Лесная",
    "Пушкина",
    "Советская",
    "Молодёжная",
    "Школьная",
    "Профсоюзная",
    "Первомайская",
    "Чкалова",
    "Заречная",
    "Строителей",
    "Октябрьская",
]
RU_CITIES = [
    ("Москва", "1{}"),
    ("Санкт-Петербург", "19{}"),
    ("Казань", "420{}"),
    ("Екатеринбург", "620{}"),
    ("Новосибирск", "630{}"),
    ("Нижний Новгород", "603{}"),
    ("Самара", "443{}"),
    ("Воронеж", "394{}"),
    ("Краснодар", "350{}"),
    ("Пермь", "614{}"),
    ("Тверь", "170{}"),
    ("Ярославль", "150{}"),
]
UK_STREETS = [
    "Шевченка",
    "Грушевського",
    "Франка",
    "Лесі Українки",
    "Садова",
    "Соборна",
    "Миру",
    "Незалежності",
    "Зелена",
    "Хмельницького",
    "Коновальця",
    "Січових Стрільців",
    "Київська",
]
UK_CITIES = [
    ("Київ", "0{}"),
    ("Львів", "790{}"),
    ("Харків", "610{}"),
    ("Одеса", "650{}"),
    ("Дніпро", "490{}"),
    ("Вінниця", "210{}"),
    ("Полтава", "360{}"),
    ("Житомир", "100{}"),
    ("Чернівці", "580{}"),
    ("Тернопіль", "460{}"),
    ("Івано-Франківськ", "760{}"),
    ("Рівне", "330{}"),
    ("Луцьк", "430{}"),
]
EN_STREETS = [
    "Albert Road",
    "Victoria Street",
    "Mill Lane",
    "Church Street",
    "Station Road",
    "Park Avenue",
    "Queens Road",
    "Beech Grove",
    "Hawthorn Close",
    "Marlborough Crescent",
    "King Street",
    "Elm Tree Walk",
    "Chapel Lane",
    "Windsor Terrace",
]
EN_CITIES = [
    ("Leeds", "LS6 2AB"),
    ("Manchester", "M14 5RT"),
    ("Bristol", "BS3 4QT"),
    ("Cardiff", "CF24 3AA"),
    ("Glasgow", "G12 8QQ"),
    ("Norwich", "NR2 3LS"),
    ("Sheffield", "S10 2HD"),
    ("York", "YO10 5DD"),
    ("Belfast", "BT7 1NN"),
    ("Leicester", "LE2 1XY"),
    ("Nottingham", "NG7 2RD"),
    ("Brighton", "BN2 1TW"),
]
DE_STREETS = [
    "Lindenstraße",
    "Goethestraße",
    "Am Mühlbach",
    "Hauptstraße",
    "Schillerstr.",
    "Bahnhofstraße",
    "Gartenweg",
    "Birkenallee",
    "Kastanienweg",
    "Rosenstraße",
    "Am Anger",
    "Eichendorffstraße",
    "Talstraße",
    "Wiesenstraße",
]
DE_CITIES = [
    ("Berlin", "10437"),
    ("München", "80331"),
    ("Köln", "50667"),
    ("Hamburg", "20095"),
    ("Leipzig", "04109"),
    ("Nürnberg", "90402"),
    ("Stuttgart", "70173"),
    ("Dresden", "01067"),
    ("Bremen", "28195"),
    ("Frankfurt am Main", "60311"),
    ("Freiburg im Breisgau", "79098"),
    ("Münster", "48143"),
    ("Kassel", "34117"),
    ("Rostock", "18055"),
]


def street_pl(r):
    n = str(r.randint(1, 120))
    if r.random() < 0.5:
        n += f"/{r.randint(1, 60)}"
    return f"{r.choice(['ul. ', 'ul. ', ''])}{r.choice(PL_STREETS)} {n}"


def city_pl(r):
    c, pc = r.choice(PL_CITIES)
    return pc.format(digits(r, 3)) + " " + c, c


def street_cs(r):
    return f"{r.choice(CS_STREETS)} {r.randint(1, 2900)}" + (
        f"/{r.randint(1, 40)}" if r.random() < 0.6 else ""
    )


def city_cs(r):
    c, pc = r.choice(CS_CITIES)
    return f"{pc} {c}", c


def street_sk(r):
    return f"{r.choice(SK_STREETS)} {r.randint(1, 80)}" + (
        f"/{r.randint(1, 30)}" if r.random() < 0.3 else ""
    )


def city_sk(r):
    c, pc = r.choice(SK_CITIES)
    return f"{pc} {c}", c


def street_ru(r):
    return r.choice(
        [
            f"ул. {r.choice(RU_STREETS)}, д. {r.randint(1, 90)}, кв. {r.randint(1, 200)}",
            f"ул. {r.choice(RU_STREETS)} {r.randint(1, 90)}-{r.randint(1, 200)}",
            f"{r.choice(RU_STREETS)} ул., д. {r.randint(1, 90)}",
        ]
    )


def city_ru(r):
    c, pc = r.choice(RU_CITIES)
    return pc.format(digits(r, 6 - len(pc) + 2)), c


def street_uk(r):
    return r.choice(
        [
            f"вул. {r.choice(UK_STREETS)}, {r.randint(1, 90)}, кв. {r.randint(1, 150)}",
            f"вул. {r.choice(UK_STREETS)} {r.randint(1, 90)}/{r.randint(1, 150)}",
            f"вулиця {r.choice(UK_STREETS)}, буд. {r.randint(1, 90)}",
        ]
    )


def city_uk(r):
    c, pc = r.choice(UK_CITIES)
    return pc.format(digits(r, 5 - len(pc) + 2)), c


def street_en(r):
    return r.choice(
        [
            f"{r.randint(1, 180)} {r.choice(EN_STREETS)}",
            f"Flat {r.randint(1, 12)}, {r.randint(1, 99)} {r.choice(EN_STREETS)}",
        ]
    )


def city_en(r):
    c, pc = r.choice(EN_CITIES)
    return c, pc


def street_de(r):
    return f"{r.choice(DE_STREETS)} {r.randint(1, 140)}{r.choice(['', '', 'a', 'b'])}"


def city_de(r):
    c, pc = r.choice(DE_CITIES)
    return f"{pc} {c}", c


# ---------------------------------------------------------------------------
# small shared helpers for templates
# ---------------------------------------------------------------------------

BY_NAMES = [
    ("Siarhei", "Kavalenka", "Kavalenka"),
    ("Aliaksandr", "Zhuk", "Zhuk"),
    ("Dzmitry", "Lukashevich", "Lukashevich"),
    ("Volha", "Bialko", "Bialko"),
    ("Tatsiana", "Shymanskaya", "Shymanskaya"),
    ("Uladzimir", "Karpovich", "Karpovich"),
    ("Hanna", "Navumenka", "Navumenka"),
    ("Yauhen", "Marozau", "Marozava"),
]
LT_NAMES = [
    "Rūta Petrauskienė",
    "Tomas Kazlauskas",
    "Giedrė Jankauskaitė",
    "Mindaugas Stankevičius",
    "Aistė Vasiliauskienė",
    "Darius Žukauskas",
]
VN_NAMES = ["Nguyen Van Thanh", "Tran Thi Lan", "Pham Minh Duc", "Le Thi Hoa"]


def latin_ua(r, female=None):
    p = person(r, "uk", female)
    return translit(p.first) + " " + translit(p.last)


def latin_ru(r, female=None):
    p = person(r, "ru", female)
    return translit(p.first) + " " + translit(p.last)


def ocr_spaces(r, s):
    """Insert one or two stray spaces, as OCR or hasty typing does."""
    chars = list(s.replace(" ", ""))
    pos = sorted(r.sample(range(1, len(chars)), 2))
    for i in reversed(pos):
        chars.insert(i, " ")
    return "".join(chars)


def vin(r):
    return r.choice(["WVW", "TMB", "VF1", "WBA", "U5Y", "ZFA", "SJN"]) + "".join(
        r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14)
    )


def bad16(r):
    """16 digits failing Luhn (loyalty/gym/club cards)."""
    while True:
        v = digits(r, 16, first="6789")
        if not luhn.is_valid(v):
            return group(v, [4, 4, 4, 4])


def meter_like_passport(r):
    """'45 10 370712'-shaped meter / customer numbers (kept)."""
    return f"{digits(r, 2, first='123456789')} {digits(r, 2)} {digits(r, 6)}"


# ===========================================================================
# Polish
# ===========================================================================


@item("pl")
def _(r):
    g = person(r, "uk", female=True)
    return T(
        """Dzień dobry,
w nawiązaniu do rezerwacji {ref} (pobyt {d1}–{d2}) przesyłam dane do karty meldunkowej, o które prosiła recepcja.

Imię i nazwisko: {n}
Data urodzenia: {bd}
Obywatelstwo: ukraińskie
Rodzaj dokumentu: paszport zagraniczny
Seria / numer:
{pid}

Przyjedziemy ok. {t}, parking nie jest potrzebny. Gdyby coś było nie tak, proszę o SMS:
{ph}""",
        ref=K("order_number", booking_ref(r)),
        d1=(dr := date_range(r, "pl"))[0],
        d2=dr[1],
        n=N(translit(g.first) + " " + translit(g.last), "self_intro"),
        bd=bdate(r, "pl"),
        pid=ID(ua_foreign(r)),
        t=time_(r),
        ph=PH(phone(r, "UA", "intl")),
    )


@item("pl")
def _(r):
    agent = r.choice(["Ola", "Kinga", "Marta", "Paulina"])
    return T(
        """[{t1}] Konsultantka {a1}: Dzień dobry, do rejestracji karty SIM potrzebuję jeszcze numeru dokumentu tożsamości.
[{t2}] Klient: moment, szukam portfela
[{t3}] Klient: mam. {pid}
[{t4}] Konsultantka {a2}: Dziękuję. Karta {iccid} jest aktywna, pakiet {pkg} naliczy się od jutra.""",
        t1=K("time", "14:02"),
        t2=K("time", "14:03"),
        t3=K("time", "14:05"),
        t4=K("time", "14:06"),
        a1=N(agent, "other"),
        a2=N(agent, "other"),
        pid=ID(pl_idcard(r)),
        iccid=K(
            "product_code",
            "8948 0" + digits(r, 3) + " " + digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 4),
        ),
        pkg=K("brand", r.choice(["Bez Limitu 40 GB", "Smart 25", "Formuła Max"])),
    )


@item("pl")
def _(r):
    return T(
        """Witam,
trzeci raz próbuję zweryfikować tożsamość w aplikacji {bank} i za każdym razem dostaję komunikat „dokument nieczytelny”. Zdjęcie jest ostre, dowód ważny do {exp}.
Może to przez to, że w systemie macie błędnie wpisany numer? Mój to {pid}, a w profilu widzę coś z inną pierwszą literą.
Dla identyfikacji jeszcze PESEL: {pesel}
Zgłoszenie {tk}.
Klientka od {y} roku""",
        bank=K("brand", r.choice(["mBank", "Pekao", "ING", "Santander"])),
        exp=date(r, "pl", 2027, 2033, "num"),
        pid=ID(pl_idcard(r)),
        pesel=P("pesel", pesel(r, female=True)),
        tk=keepnum(r, "ticket_number", lambda r: "ZGL-" + digits(r, 7, first="123456789")),
        y=K("date", str(r.randint(2008, 2016))),
    )


@item("pl")
def _(r):
    return T(
        """Dzień dobry, w sobotę w tramwaju ktoś wyciągnął mi portfel. W środku był dowód osobisty, karta płatnicza i karta {loyal}.
Kartę już zastrzegłam, kradzież zgłoszona na policji. Proszę o adnotację w moim koncie, że ten dokument jest nieważny:
{pid}
Numer klienta: {cust}
Najlepiej dzwonić po 16, {ph}.""",
        loyal=K("brand", r.choice(["Rossmann", "Żabka", "Biedronki"])),
        pid=ID(pl_idcard(r, sep=" ")),
        cust=keepnum(r, "invalid_checksum_number", lambda r: digits(r, 10, first="9")),
        ph=PH(phone(r, "PL", r.choice(["groups3", "3-3-3"]))),
    )


@item("pl")
def _(r):
    h = person(r, "pl", female=False)
    return T(
        """Rezerwacja: {ref}, odbiór {d} o {t}, lotnisko {city}.
Kierowców będzie dwóch, ja i mąż ({husband}). Poniżej numery praw jazdy w tej samej kolejności:
{dl1}
{dl2}
Numer lotu przylotu {fl}, gdyby był opóźniony.""",
        ref=keepnum(r, "order_number", lambda r: "RC" + digits(r, 7, first="3456")),
        d=date(r, "pl", style="num"),
        t=time_(r),
        city=K("city", r.choice(["Gdańsk", "Kraków-Balice", "Katowice"])),
        husband=N(h.full, "other"),
        dl1=ID(pl_driving(r)),
        dl2=ID(pl_driving(r)),
        fl=K("product_code", flight(r)),
    )


@item("pl")
def _(r):
    return T(
        """Cześć, paczkę {track} odbierze za mnie córka. Kurier i tak spisuje dokument, więc podaję od razu: ma nowy dowód, {pid}. Ja wracam dopiero {d}, w razie czego dzwońcie do niej, {ph}.""",
        track=keepnum(r, "tracking_number", lambda r: digits(r, 13, first="6")),
        ph=PH(phone(r, "PL", "groups3")),
        pid=ID(pl_idcard(r).lower()),
        d=date(r, "pl", style="word"),
    )


@item("pl")
def _(r):
    return T(
        """Rejestracja pacjenta – {clinic}
Pacjent nie posiada numeru PESEL.
Dokumenty tożsamości (karta pobytu, paszport) – wpisać poniżej:
{rp}
{pp}
Data urodzenia: {bd}
Wizyta: {spec}, {d}, godz. {t}
Kontakt do opiekuna (córka):
{ph}""",
        clinic=K(
            "company",
            r.choice(["Centrum Medyczne Salus", "Przychodnia Zdrowa Rodzina", "Medicover"]),
        ),
        rp=ID(pl_residence(r)),
        pp=ID(ua_foreign(r)),
        bd=bdate(r, "pl"),
        spec=K("job_title", r.choice(["kardiolog", "okulista", "ortopeda"])),
        d=date(r, "pl", style="num"),
        t=time_(r),
        ph=PH(phone(r, "PL", "+3-3-3")),
    )


@item("pl")
def _(r):
    st = street_pl(r)
    pc, _c = city_pl(r)
    return T(
        """{g},
przesyłam dane stron do projektu umowy sprzedaży mieszkania (adres lokalu: {addr}).

Sprzedający (właściciel wg księgi wieczystej):
PESEL {pesel1}
dowód osobisty {pid1}

Kupująca – obywatelka Litwy, dokument: paszport.
Numer paszportu:
{lt}

Termin u notariusza proponujemy {d}.
Z poważaniem
{co}""",
        g=K("greeting_without_name", "Szanowna Pani Mecenas"),
        addr=AD(f"{st}, {pc}"),
        pesel1=P("pesel", pesel(r, female=False)),
        pid1=ID(pl_idcard(r)),
        lt=ID(digits(r, 8, first="2")),
        d=date(r, "pl", style="word"),
        co=K(
            "company",
            r.choice(["Biuro Nieruchomości Atrium", "Dom-Invest s.c.", "Kamienica Nieruchomości"]),
        ),
    )


@item("pl")
def _(r):
    return T(
        """Karnet w {gym} kupiony {d}, numer karty klubowej {club}. Przez dwa tygodnie bramka nie czytała karty, recepcja kazała czekać na „aktualizację systemu do wersji {ver}”. Za miesiąc zapłaciłem {amt}, a byłem na siłowni {q} razy. Obsługa miła, ale zwrotu nie dostałem.""",
        gym=K("brand", r.choice(["FitPoint", "Pure Gym Plus", "Atlas Klub"])),
        d=date(r, "pl", style="word"),
        club=keepnum(r, "invalid_checksum_number", bad16),
        ver=K("version", "4.2.1"),
        amt=amount(r, "pl", 99, 189),
        q=K("quantity", str(r.randint(2, 4))),
    )


@item("pl")
def _(r):
    return T(
        """Dzień dobry,
lecimy {fl} z Warszawy do Tbilisi {d}, rezerwacja {pnr}.
Przy odprawie online system nie przyjmuje paszportu córki, a syna przyjął bez problemu ({pp2}). Wpisałam dokładnie to, co jest w dokumencie córki:
{pp}
Ważny do {exp}. Miejsca {s1} i {s2}, bagaż {kg} kg.
Co robię źle?""",
        fl=K("product_code", "LO " + str(r.randint(700, 799))),
        d=date(r, "pl", style="word"),
        pnr=K("order_number", booking_ref(r)),
        pp2=ID(pl_passport(r)),
        pp=ID(pl_passport(r)),
        exp=date(r, "pl", 2027, 2034, "num"),
        s1=K("product_code", f"{r.randint(10, 30)}C"),
        s2=K("product_code", f"{r.randint(10, 30)}D"),
        kg=K("quantity", "23"),
    )


@item("pl")
def _(r):
    c, cg, pre = r.choice(
        [("Gdańsk", "Gdańska", "80-"), ("Poznań", "Poznania", "61-"), ("Lublin", "Lublina", "20-")]
    )
    pc = f"{pre}{digits(r, 3)} {c}"
    return T(
        """Do Urzędu Miasta {city}
Wydział Spraw Obywatelskich

Proszę o informację, czy mogę zameldować się elektronicznie. Nowy adres: {addr}.
Dowód mam jeszcze ze starym adresem – w załączniku skan. Numer dla ułatwienia: {pid}. PESEL się nie zmienił ({pesel}).
Nr sprawy z poprzedniej korespondencji: {case}.

{ph}""",
        city=K("city", cg),
        pesel=P("pesel", pesel(r)),
        addr=AD(f"{street_pl(r)}, {pc}"),
        pid=ID(pl_idcard(r)),
        case=keepnum(
            r,
            "ticket_number",
            lambda r: f"WSO.{r.randint(5000, 5999)}.{r.randint(10, 999)}.{r.randint(2024, 2025)}",
        ),
        ph=PH(phone(r, "PL", "nat_compact")),
    )


@item("pl")
def _(r):
    return T(
        """Dotyczy polisy turystycznej {pol} (wyjazd {d1}–{d2}).
Przy zakupie pomyliłem się w danych syna. Jest: {wrong}, powinno być: {right}.
To numer jego paszportu, bo dowodu jeszcze nie ma. Składka {amt} została pobrana, proszę o korektę bez ponownej płatności.""",
        pol=keepnum(r, "invalid_checksum_number", lambda r: digits(r, 9, first="9")),
        d1=(dr := date_range(r, "pl"))[0],
        d2=dr[1],
        wrong=ID(pl_passport(r)),
        right=ID(pl_passport(r)),
        amt=amount(r, "pl", 80, 400),
    )


@item("pl")
def _(r):
    p = person(r, "pl")
    pc, _c = city_pl(r)
    co = r.choice(["MEBLOSTYL Sp. z o.o.", "Hurtownia Elektryczna Iskra", "PPHU Drewmax"])
    return T(
        """Dane do faktury (zamówienie {ord}):
{co}
NIP: {nip}
REGON {regon}
{addr}
Rachunek do ewentualnych zwrotów:
{nrb}

Pozdrawiam
{n}
{job}
{co2}""",
        ord=keepnum(r, "order_number", order_no(r, "slash")),
        co=K("company", co),
        nip=TX(nip(r)),
        regon=TX(regon(r)),
        addr=AD(f"{street_pl(r)}\n{pc}"),
        nrb=P("iban", iban(r, "PL", "nrb")),
        n=N(p.full, "signature"),
        job=K("job_title", r.choice(["Specjalista ds. zakupów", "Kierownik magazynu", "Księgowa"])),
        co2=K("company", co),
    )


@item("pl")
def _(r):
    a = person(r, "pl", female=True)
    return T(
        """Tak, zgadza się, chodzi o ten sam dokument: {pid}.

> W dniu {d}, o godz. {t}, {agent} <{mail}> napisał(a):
> Dzień dobry, prosimy o podanie numeru dowodu osobistego, którym posłużono się przy zawieraniu umowy {contract}.
> Pozdrawiamy, {team}""",
        pid=ID(pl_idcard(r)),
        d=date(r, "pl", style="num"),
        t=time_(r),
        agent=N(a.full, "other"),
        mail=EM(email_for(r, a, ["obsluga.netfala.pl"])),
        contract=keepnum(r, "invalid_checksum_number", lambda r: "UM/" + digits(r, 8, first="1")),
        team=K("team_name", "Zespół Obsługi Klienta"),
    )


@item("pl")
def _(r):
    fn, fv = r.choice(PL_F)
    me = person(r, "pl", female=True)
    return T(
        """Pani {voc},
w sprawie zapisu syna do klasy 1b: PESEL {pesel}. Ja mam tylko paszport, bo dowód jest w wymianie – {pp}.
Wyprawka za {amt} opłacona w sekretariacie.
{n}""",
        voc=N(fv, "salutation"),
        pesel=P("pesel", pesel(r, y=2018, female=False)),
        pp=ID(pl_passport(r)),
        amt=amount(r, "pl", 60, 160),
        n=N(me.full, "signature"),
    )


@item("pl")
def _(r):
    return T(
        """Odczyt z {d}: {reading} m³.
Licznik nr {meter}, punkt poboru {ppe}.
Proszę o korektę prognozy, płacę {amt} miesięcznie, a zużycie spadło o {pct}.
Kontakt najlepiej wieczorami:
{ph}""",
        d=date(r, "pl", style="num"),
        reading=K("quantity", f"{r.randint(1000, 9999)},{r.randint(100, 999)}"),
        meter=keepnum(r, "invalid_checksum_number", meter_like_passport),
        ppe=keepnum(r, "invalid_checksum_number", lambda r: "5902" + digits(r, 14)),
        amt=amount(r, "pl", 80, 300),
        pct=K("percent", f"{r.randint(15, 40)}%"),
        ph=PH(phone(r, "PL", "intl")),
    )


@item("pl")
def _(r):
    return T(
        """Zamówienie {ord} – karma {brand} 12 kg i drapak {prod}. Kurier {cour} przywiózł tylko karmę, list przewozowy {track}. Drapak widnieje jako wysłany. Proszę o sprawdzenie. Pozdrawiam, klientka od {y} roku :)""",
        ord=keepnum(r, "order_number", order_no(r, "hash7")),
        brand=K("brand", r.choice(["Josera", "Brit Care", "Purina One"])),
        prod=keepnum(r, "product_code", lambda r: "KT-" + digits(r, 4) + "-BG"),
        cour=K("brand", r.choice(["DPD", "GLS", "DHL"])),
        track=keepnum(r, "tracking_number", lambda r: digits(r, 14, first="0")),
        y=K("date", "2019"),
    )


@item("pl")
def _(r):
    a = r.choice(BY_NAMES)
    b = r.choice([x for x in BY_NAMES if x != a])
    return T(
        """Potwierdzam pokój 2-osobowy na {d1}–{d2}. Goście: {g1} ({p1}) oraz {g2} ({p2}), obywatele Białorusi. Faktura na firmę, NIP prześlę później. Rezerwacja nr {ref}.""",
        d1=(dr := date_range(r, "pl"))[0],
        d2=dr[1],
        g1=N(a[0] + " " + a[1], "other"),
        p1=ID(by_passport(r)),
        g2=N(b[0] + " " + b[1], "other"),
        p2=ID(by_passport(r)),
        ref=keepnum(r, "order_number", lambda r: digits(r, 9, first="1")),
    )


@item("pl")
def _(r):
    return T(
        """Przenoszę numer z {op1} do {op2}. Numer do przeniesienia: {ph1}.
Umowa u obecnego operatora jest na mnie, ale mam w niej wpisany jeszcze stary dowód – {oldid}. Nowy: {newid}. Który podać we wniosku?
Jakby co, drugi numer (służbowy): {ph2}""",
        op1=K("brand", "Orange"),
        op2=K("brand", r.choice(["Play", "Plus"])),
        ph1=PH(phone(r, "PL", "plain_nsn")),
        oldid=ID(pl_idcard(r, sep=" ").lower()),
        newid=ID(pl_idcard(r)),
        ph2=PH(phone(r, "PL", "+3-3-3")),
    )


@item("pl")
def _(r):
    return T(
        """Dzień dobry, auto odebrałem z serwisu {d}, ale kontrolka silnika znowu się świeci. VIN {vin}, przebieg {km} km.
Przy okazji: na fakturze {inv} jest zły numer rejestracyjny, proszę o korektę.""",
        d=date(r, "pl", style="num"),
        vin=K("product_code", vin(r)),
        km=K("quantity", f"{r.randint(60, 240)} {digits(r, 3)}"),
        inv=keepnum(
            r, "invoice_number", lambda r: f"FV/{r.randint(100, 999)}/{r.randint(1, 12):02d}/2025"
        ),
    )


@item("pl")
def _(r):
    p = person(r, "pl", female=False)
    return T(
        """Hej, link do resetu hasła, który dostałem, nie działa:
{url}
Wersja aplikacji {ver}, przeglądarka {br}. Konto założone na {mail}.""",
        url=P("url_token", f"https://app.fakturka24.pl/reset-hasla?token={token(r, 40)}"),
        ver=K("version", f"3.{r.randint(0, 9)}.{r.randint(0, 20)}"),
        br=K("brand", "Firefox"),
        mail=EM(email_for(r, p, ["wp.pl", "o2.pl", "interia.pl"])),
    )


@item("pl")
def _(r):
    return T(
        """PILNE. Skradziono mi kartę debetową. Numer z wyciągu: {card}
Ostatnia moja transakcja to {amt} w {shop} {d}, późniejsze już nie są moje.
Dowód też zginął, więc w oddziale wylegitymuję się paszportem ({pp}).
Proszę o kontakt na numer z profilu albo {ph}, bo tamten telefon też był w torebce.""",
        pp=ID(pl_passport(r)),
        card=P("card", card(r, "visa")),
        amt=amount(r, "pl", 10, 200),
        shop=K("brand", r.choice(["Biedronce", "Rossmannie", "Lidlu"])),
        d=date(r, "pl", style="num"),
        ph=PH(phone(r, "PL", "nat")),
    )


@item("pl")
def _(r):
    fn = r.choice(["Kasia", "Gosia", "Ania", "Basia"])
    return T(
        """hej, tu {fn} z mieszkania {flat} :) sąsiad z dołu mówi że administracja potrzebuje moich danych do umowy najmu garażu. podaję: {pesel}, dowód {pid}. miejsce nr {spot}. dzięki!""",
        fn=N(fn, "self_intro"),
        flat=K("quantity", str(r.randint(2, 60))),
        pesel=P("pesel", pesel(r, female=True)),
        pid=ID(pl_idcard(r).lower()),
        spot=K("quantity", str(r.randint(1, 40))),
    )


@item("pl")
def _(r):
    return T(
        """Formularz najmu – przepisane ze zdjęcia (OCR):

Nr dok.: {pid}
Nr PESEL: {pesel}
Organ wydający: Prezydent Miasta {city}
Data ważności: {exp}""",
        pesel=P("pesel", pesel(r)),
        pid=ID(ocr_spaces(r, pl_idcard(r))),
        city=K("city", r.choice(["Łodzi", "Krakowa", "Poznania"])),
        exp=date(r, "pl", 2027, 2034, "num"),
    )


@item("pl")
def _(r):
    return T(
        """W odpowiedzi na ogłoszenie na stanowisko {job} przesyłam wymagane dane. Książeczka wojskowa – w załączniku skan strony ze zdjęciem.
Seria i numer (bo na skanie słabo widać): {mil}
Jestem dyspozycyjny od {d}.
--
{ph}""",
        job=K("job_title", "pracownik ochrony"),
        mil=ID(r.choice(["AW", "AX", "BC"]) + " " + digits(r, 7)),
        d=date(r, "pl", style="word"),
        ph=PH(phone(r, "PL", "groups3")),
    )


@item("pl")
def _(r):
    return T(
        """{g},
zgodnie z prośbą przesyłam dokumenty do kontraktu na {vessel}.
1) paszport – skan w załączniku
2) książeczka żeglarska / seaman's book
Numery, w tej kolejności:
{pp}
{sb}
Data zaokrętowania: {d}, port {city}.""",
        g=K("greeting_without_name", "Szanowni Państwo"),
        vessel=K("brand", r.choice(["m/v Baltic Star", "m/s Nordic Pearl"])),
        pp=ID(pl_passport(r)),
        sb=ID(r.choice(["ZS", "KZ", "MG"]) + digits(r, 6)),
        d=date(r, "pl", style="num"),
        city=K("city", r.choice(["Rotterdam", "Hamburg", "Gdynia"])),
    )


@item("pl")
def _(r):
    co = r.choice(["Agro-Sad Sp. z o.o.", "LogiTrans Sp. z o.o.", "Budmax S.A."])
    return T(
        """Dzień dobry, nowy pracownik z Ukrainy (magazyn, druga zmiana), dane do umowy zlecenia:
Passport No.
{pp}
Karta pobytu – w trakcie, mamy tylko stempel w paszporcie. Stawka {amt} brutto/h.
Dział kadr {co}
{ph}""",
        pp=ID(ua_foreign(r)),
        amt=amount(r, "pl", 28, 35),
        co=K("company", co),
        ph=PH(phone(r, "PL", "nat")),
    )


@item("pl")
def _(r):
    fn, _v = r.choice(PL_F)
    s1 = r.choice(PL_SUR)[1]
    s2 = r.choice(PL_SUR)[1]
    pc, _c = city_pl(r)
    return T(
        """Szanowni Państwo,
reklamuję sofę {prod} z zamówienia {ord}. Tapicerka odkleiła się po trzech tygodniach.
Montażysta, pan {fit}, potwierdził wadę i spisał mój dowód przy protokole, więc zakładam, że macie już komplet danych.
Z wyrazami szacunku
{n}
{addr}
{ph}""",
        ph=PH(phone(r, "PL", "nat")),
        prod=K("brand", r.choice(["Lido 3F", "Oslo XL"])),
        ord=keepnum(r, "order_number", order_no(r, "pref")),
        fit=N(r.choice(PL_M)[0], "other"),
        n=N(f"{fn} {s1}-{s2}", "signature"),
        addr=AD(f"{street_pl(r)}\n{pc}"),
    )


@item("pl")
def _(r):
    return T(
        """e-recepta: kod {code}, PESEL pacjentki {pesel}
Czy lek {drug} jest dostępny? Proszę odłożyć {q} opakowania, odbiór jutro po {t}. Płacę kartą {amt}.""",
        code=K("product_code", digits(r, 4, first="123456789")),
        pesel=P("pesel", pesel(r, y=r.randint(1940, 1955), female=True)),
        drug=K("brand", r.choice(["Euthyrox N 50", "Concor 5", "Polpril 2,5"])),
        q=K("quantity", "2"),
        t=time_(r),
        amt=amount(r, "pl", 10, 90),
    )


@item("pl")
def _(r):
    return T(
        """Bilet {tkt}, pociąg {train} {c1} – {c2}, wagon {w}, miejsce {m}. Klimatyzacja nie działała przez całą trasę, proszę o zwrot {pct} ceny ({amt}). Numer konta podałem w formularzu.""",
        tkt=keepnum(r, "ticket_number", lambda r: "e" + digits(r, 9, first="1")),
        train=K("product_code", f"IC {r.randint(1100, 8900)}"),
        c1=K("city", "Szczecin"),
        c2=K("city", "Przemyśl"),
        w=K("quantity", str(r.randint(3, 16))),
        m=K("quantity", str(r.randint(11, 88))),
        pct=K("percent", "25%"),
        amt=amount(r, "pl", 90, 190),
    )


@item("pl")
def _(r):
    a = person(r, "pl", female=False)
    return T(
        """---------- Wiadomość przekazana ----------
Od: {n1} <{e1}>
Data: {d}
Temat: dane do wizy

Paszporty w załączniku. Numery: mój {pp1}, żony {pp2}. Wylot {fl}.

---
Przekazuję do działu wiz, klient prosi o pilne potwierdzenie.
{co}""",
        n1=N(a.full, "other"),
        e1=EM(email_for(r, a, ["gmail.com", "onet.pl"])),
        d=date(r, "pl", style="word"),
        pp1=ID(pl_passport(r)),
        pp2=ID(pl_passport(r)),
        fl=K("product_code", flight(r)),
        co=K("company", r.choice(["Itaka Travel Centrum", "Biuro Podróży Globtour"])),
    )


@item("pl")
def _(r):
    p = person(r, "pl")
    pc, _c = city_pl(r)
    return T(
        """Zamówienie {ord} / umowa {contract}
Dane abonenta: {pesel}, {pid}
Adres instalacji: {addr}
Termin montażu: {d}, {t1}–{t2}""",
        ord=keepnum(r, "order_number", order_no(r, "aa7")),
        contract=keepnum(r, "invalid_checksum_number", lambda r: digits(r, 11, first="8")),
        pesel=P("pesel", pesel(r, female=p.female)),
        pid=ID(pl_idcard(r)),
        addr=AD(f"{street_pl(r)}, {pc}"),
        d=date(r, "pl", style="num"),
        t1=K("time", "8:00"),
        t2=K("time", "12:00"),
    )


@item("pl")
def _(r):
    return T(
        """Konsultant: Proszę jeszcze o numer paszportu podany przy rezerwacji.
Ja: a nie wystarczy nr zamówienia {ord}?
Konsultant: Niestety nie, system wymaga obu.
Ja: ok to {pp}
Ja: a i telefon do kontaktu w razie zmiany lotu {ph}""",
        ord=keepnum(r, "order_number", order_no(r, "aa7")),
        pp=ID(pl_passport(r)),
        ph=PH(phone(r, "PL", "groups3", mobile=True)),
    )


@item("pl")
def _(r):
    return T(
        """Proszę o zwrot {amt} za anulowany kurs „{course}” na konto:
{nrb}
(to konto mamy, bo ja nie mam jeszcze swojego).
Pozdrawiam""",
        amt=amount(r, "pl", 300, 1500),
        course=K("brand", "Excel od podstaw"),
        nrb=P("iban", iban(r, "PL", "nrb")),
    )


@item("pl")
def _(r):
    m, v = r.choice(PL_M)
    return T(
        """Panie {voc},
umowę przygotuję na jutro. Proszę tylko potwierdzić dane, które spisałem z dowodu:
{pid}, wydany przez Prezydenta Miasta {city}.
Kaucja {amt}, czynsz płatny do {day}. dnia miesiąca. Klucze przekażę o {t}.""",
        voc=N(v, "salutation"),
        pid=ID(pl_idcard(r)),
        city=K("city", r.choice(["Wrocławia", "Gdańska", "Lublina"])),
        amt=amount(r, "pl", 2000, 4000),
        day=K("quantity", "10"),
        t=time_(r),
    )


@item("pl")
def _(r):
    return T(
        """{g},
chcę zawiesić karnet na czas rehabilitacji (zwolnienie od {d}). Karta członkowska {club}.
Zaświadczenie lekarskie dowiozę do recepcji w klubie {gym}.

Pozdrawiam serdecznie
{ph}""",
        g=K("greeting_without_name", "Dzień dobry"),
        d=date(r, "pl", style="num"),
        club=keepnum(r, "invalid_checksum_number", lambda r: digits(r, 12, first="7")),
        gym=K("brand", r.choice(["FitHouse Mokotów", "Zdrofit Bemowo"])),
        ph=PH(phone(r, "PL", "3-3-3")),
    )


@item("pl")
def _(r):
    return T(
        """Dzień dobry, jestem obywatelem Niemiec, mieszkam w {city}. Do założenia konta w {bank} podaję dane z mojego dowodu (Personalausweis).
Nummer:
{dea}
gültig bis {exp}
Mam też paszport: {rp}.
Czy to wystarczy, czy potrzebny jest jeszcze numer podatkowy?""",
        rp=ID(de_reisepass(r)),
        city=K("city", r.choice(["Szczecinie", "Słubicach", "Zgorzelcu"])),
        bank=K("brand", r.choice(["PKO BP", "Millennium"])),
        dea=ID(de_ausweis(r)),
        exp=date(r, "de", 2027, 2034, "num"),
    )


@item("pl")
def _(r):
    return T(
        """Zamówiłam krem {b1} i perfumy {b2}. Przesyłka {track} doszła po {q} dniach, perfumy rozbite. Obsługa odpisała po tygodniu tylko: „Przepraszamy, {team}”. Słabo.""",
        b1=K("person_like_brand", "Dr Irena Eris"),
        b2=K("person_like_brand", "Hugo Boss"),
        track=keepnum(r, "tracking_number", lambda r: digits(r, 24, first="6")),
        q=K("quantity", str(r.randint(6, 12))),
        team=K("team_name", "zespół obsługi klienta"),
    )


@item("pl")
def _(r):
    return T(
        """Lista uczestników wycieczki do Lwowa (autokar {bus}, wyjazd {d}):

| Lp. | Data ur. | Dokument | Numer |
|-----|----------|----------|-------|
| 1 | {b1} | dowód | {id1} |
| 2 | {b2} | paszport | {id2} |
| 3 | {b3} | dowód | {id3} |

Płatność {amt} za osobę, zaliczka wpłacona.""",
        bus=K("product_code", "KR " + digits(r, 4) + letters(r, 1)),
        d=date(r, "pl", style="num"),
        b1=bdate(r, "pl"),
        id1=ID(pl_idcard(r)),
        b2=bdate(r, "pl"),
        id2=ID(pl_passport(r)),
        b3=bdate(r, "pl"),
        id3=ID(pl_idcard(r)),
        amt=amount(r, "pl", 300, 700),
    )


@item("pl")
def _(r):
    p = person(r, "ru", female=False)
    return T(
        """Dzień dobry,
nazywam się {n}, jestem obywatelem Rosji i mam pytanie o nostryfikację dyplomu. Na dyplomie są dane z mojego paszportu wewnętrznego, a w Polsce używam zagranicznego.
Wewnętrzny: {rp}
Zagraniczny: {rf}
Czy tłumacz przysięgły musi przetłumaczyć oba? Dyplom wydany {d}.""",
        n=N(translit(p.first) + " " + translit(p.last), "self_intro"),
        rp=ID(ru_passport(r, "2-2-6")),
        rf=ID(ru_foreign(r)),
        d=date(r, "pl", 2010, 2020, "num"),
    )


# ===========================================================================
# Czech
# ===========================================================================


@item("cs")
def _(r):
    g = person(r, "de")
    return T(
        """Dobrý den,
posílám údaje k ubytování, jak jste chtěli (rezervace {ref}, příjezd {d1}, odjezd {d2}):

jméno a příjmení: {n}
datum narození: {bd}
státní příslušnost: SRN
druh dokladu: cestovní pas
číslo:
{pp}

Přijedeme autem, dorazíme asi kolem {t}.""",
        ref=K("order_number", booking_ref(r)),
        d1=(dr := date_range(r, "cs", "num"))[0],
        d2=dr[1],
        n=N(g.full, "self_intro"),
        bd=bdate(r, "cs"),
        pp=ID(de_reisepass(r)),
        t=time_(r),
    )


@item("cs")
def _(r):
    a = r.choice(["Tomáš", "Radek", "Ondra"])
    return T(
        """Operátor {a1}: Dobrý den, pro aktivaci SIM ještě potřebuji číslo vašeho občanského průkazu.
Zákazník: jasně, vteřinku
Zákazník: {op}
Operátor {a2}: Děkuji, SIM s číslem {sim} bude aktivní do {t}. Tarif {tarif}.""",
        a1=N(a, "other"),
        a2=N(a, "other"),
        op=ID(cz_op(r)),
        sim=K(
            "product_code",
            "8942 0" + digits(r, 3) + " " + digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 3),
        ),
        t=time_(r),
        tarif=K("brand", r.choice(["NEO Modrý", "Yes 5 GB", "Bez limitu"])),
    )


@item("cs")
def _(r):
    return T(
        """Dobrý den,
ověření totožnosti v aplikaci {app} mi pořád hlásí chybu „údaje nesouhlasí“. Fotku občanky jsem nahrál už čtyřikrát.
Číslo dokladu: {op}
Rodné číslo: {rc}
Platnost do {exp}
Číslo požadavku {req}. Děkuji za kontrolu.""",
        app=K("person_like_brand", "George"),
        op=ID(cz_op(r)),
        rc=P("birth_number", rc(r, "cz", female=False)),
        exp=date(r, "cs", 2027, 2034, "num"),
        req=keepnum(r, "ticket_number", lambda r: "SR-" + digits(r, 8, first="123456789")),
    )


@item("cs")
def _(r):
    return T(
        """Ve čtvrtek mi v tramvaji vytáhli peněženku i s občankou a kartičkou {brand}. Krádež jsem nahlásil na policii.
Prosím o poznámku k mému účtu, aby si na ten doklad nikdo nic nepůjčil. Jeho číslo bylo {op}.
Zákaznické číslo {cust}.
Volejte mi radši odpoledne: {ph}""",
        brand=K("brand", r.choice(["Rohlík", "dm", "Tesco Clubcard"])),
        op=ID(cz_op(r, " ")),
        cust=keepnum(r, "invalid_checksum_number", lambda r: digits(r, 10, first="8")),
        ph=PH(phone(r, "CZ", "groups3")),
    )


@item("cs")
def _(r):
    return T(
        """Rezervace {ref}, vyzvednutí vozu {d} v {t}, letiště {city}.
Řídit budeme dva – já a přítelkyně. Řidičáky v tomhle pořadí:
{dl1}
{dl2}
Kdyby se let {fl} zpozdil, dáme vědět.""",
        ref=keepnum(r, "order_number", lambda r: "CR" + digits(r, 7, first="45")),
        d=date(r, "cs", style="num"),
        t=time_(r),
        city=K("city", r.choice(["Praha", "Brno", "Ostrava"])),
        dl1=ID(cz_driving(r)),
        dl2=ID(cz_driving(r, "")),
        fl=K("product_code", flight(r)),
    )


@item("cs")
def _(r):
    h = person(r, "cs", female=False)
    return T(
        """Zásilku {track} si na výdejně vyzvedne můj manžel {h}. Prokáže se občankou, pro jistotu posílám její číslo předem: {op}. Já jsem do {d} na služební cestě.""",
        track=keepnum(
            r,
            "tracking_number",
            lambda r: "Z " + digits(r, 3) + " " + digits(r, 4) + " " + digits(r, 3),
        ),
        h=N(h.full, "other"),
        op=ID(cz_op(r)),
        d=date(r, "cs", style="word"),
    )


@item("cs")
def _(r):
    return T(
        """Registrace pacienta – {clinic}
Pacientka nemá české rodné číslo (dočasná ochrana).
Doklady (pas, průkaz dočasné ochrany) – opsat sem:
{pp}
{vz}
Datum narození: {bd}
Objednání: {spec}, {d} v {t}
Tlumočí dcera, volat jí:
{ph}""",
        clinic=K(
            "company",
            r.choice(["Poliklinika Budějovická", "Poliklinika Lípa", "Nemocnice Na Homolce"]),
        ),
        pp=ID(ua_old_passport(r)),
        vz=ID(r.choice(["UKR", "SOP"]) + digits(r, 7)),
        bd=bdate(r, "cs"),
        spec=K("job_title", r.choice(["praktický lékař", "gynekologie", "ortopedie"])),
        d=date(r, "cs", style="num"),
        t=time_(r),
        ph=PH(phone(r, "UA", "intl")),
    )


@item("cs")
def _(r):
    return T(
        """Dobrý den, paní doktorko,
pro přípravu kupní smlouvy posílám údaje stran:

Prodávající (vlastnice dle LV)
nar. {bd1}, r. č. {rc1}
OP {op1}

Kupující
r. č. {rc2}
číslo OP
{op2}

Termín podpisu navrhujeme {d}.
S pozdravem
{co}""",
        bd1=K("date", rc_date(rc1 := rc(r, "cz", female=True))),
        rc1=P("birth_number", rc1),
        op1=ID(cz_op(r)),
        rc2=P("birth_number", rc(r, "cz", female=False, slash=False)),
        op2=ID(cz_op(r)),
        d=date(r, "cs", style="word"),
        co=K("company", r.choice(["RE/MAX Alfa", "Realitní kancelář Domino"])),
    )


@item("cs")
def _(r):
    return T(
        """Objednávka {ord} z {shop}: notebook {prod} (výrobní číslo {sn}) dorazil s prasklým displejem. Reklamace trvala {q} dní, pak mi poslali zpátky ten samý kus s poznámkou „vada nezjištěna“. Za {amt} čekám něco jiného. Firmware {ver}, kdyby to někoho zajímalo.""",
        ord=keepnum(r, "order_number", lambda r: digits(r, 9, first="1")),
        shop=K("brand", r.choice(["Alzy", "CZC", "Mall.cz"])),
        prod=K("product_code", "IdeaPad 5 " + digits(r, 2, "1") + "ABR" + digits(r, 2)),
        sn=keepnum(
            r,
            "product_code",
            lambda r: (
                "PF" + letters(r, 1) + digits(r, 1) + letters(r, 2) + digits(r, 4) + letters(r, 6)
            ),
        ),
        q=K("quantity", str(r.randint(25, 40))),
        amt=amount(r, "cs", 14000, 26000),
        ver=K("version", f"1.{r.randint(10, 40)}.0"),
    )


@item("cs")
def _(r):
    return T(
        """Dobrý den,
letíme {fl} do Hurghady {d}, rezervace {pnr}. Online check-in nebere pas syna, dcery prošel bez potíží ({pp2}).
Opisuju přesně, co je v pasu:
{pp}
Platnost {exp}. Sedadla {s1}, {s2}.
Co mám dělat?""",
        fl=K("product_code", "QS " + str(r.randint(1000, 1299))),
        d=date(r, "cs", style="word"),
        pnr=K("order_number", booking_ref(r)),
        pp2=ID(cz_passport(r)),
        pp=ID(cz_passport(r)),
        exp=date(r, "cs", 2027, 2034, "num"),
        s1=K("product_code", f"{r.randint(10, 30)}A"),
        s2=K("product_code", f"{r.randint(10, 30)}B"),
    )


@item("cs")
def _(r):
    c, pc = r.choice([("Kladno", "272 01"), ("Tábor", "390 02"), ("Jihlava", "586 01")])
    return T(
        """Městský úřad {city}
odbor správních agend

Chtěla bych se přihlásit k trvalému pobytu na adrese {addr}. Vlastník bytu souhlas podepsal.
Občanka ještě se starou adresou – sken v příloze, číslo pro jistotu: {op}.
Jednací číslo z minula: {jc}.

S pozdravem
{ph}""",
        city=K("city", c),
        addr=AD(f"{street_cs(r)}, {pc} {c}"),
        op=ID(cz_op(r)),
        jc=keepnum(
            r, "ticket_number", lambda r: f"MU/{r.randint(1000, 9999)}/{r.randint(2024, 2025)}/SA"
        ),
        ph=PH(phone(r, "CZ", "+3-3-3")),
    )


@item("cs")
def _(r):
    return T(
        """Týká se cestovního pojištění {pol} (cesta {d1}–{d2}).
Při sjednání jsem špatně vyplnil údaje dcery. Je tam {wrong}, správně má být {right}.
Je to číslo jejího pasu, občanku ještě nemá. Pojistné {amt} už bylo strženo, prosím jen o opravu.""",
        pol=keepnum(r, "invalid_checksum_number", lambda r: digits(r, 10, first="1")),
        d1=(dr := date_range(r, "cs", "num"))[0],
        d2=dr[1],
        wrong=ID(cz_passport(r)),
        right=ID(cz_passport(r)),
        amt=amount(r, "cs", 300, 1200),
    )


@item("cs")
def _(r):
    p = person(r, "cs", female=False)
    pc, _c = city_cs(r)
    co = r.choice(["STAVEBNINY KRÁL s.r.o.", "Elektro Vltava a.s.", "TISKÁRNA PÍSMENO s.r.o."])
    return T(
        """Fakturační údaje k objednávce {ord}:
{co}
IČO: {ico}
DIČ: {dic}
{addr}
Účet pro vrácení přeplatku:
{iban}

S pozdravem
Ing. {n}
{job}
{co2}
{ph}""",
        ord=keepnum(r, "order_number", order_no(r, "pref")),
        co=K("company", co),
        ico=TX(ico(r)),
        dic=TX("CZ" + ico(r)),
        addr=AD(f"{street_cs(r)}\n{pc}"),
        iban=P("iban", iban(r, "CZ")),
        n=N(p.full, "signature"),
        job=K("job_title", r.choice(["vedoucí nákupu", "jednatel", "obchodní ředitel"])),
        co2=K("company", co),
        ph=PH(phone(r, "CZ", "intl")),
    )


@item("cs")
def _(r):
    a = person(r, "cs", female=True)
    return T(
        """Ano, jde o stejný průkaz – {op}.

Dne {d} v {t} {agent} <{mail}> napsal(a):
> Dobrý den, prosíme o sdělení čísla občanského průkazu, který jste uvedl při podpisu smlouvy {contract}.
> S pozdravem {team}""",
        op=ID(cz_op(r)),
        d=date(r, "cs", style="num"),
        t=time_(r),
        agent=N(a.full, "other"),
        mail=EM(email_for(r, a, ["zakaznici.netbox.cz"])),
        contract=keepnum(r, "invalid_checksum_number", lambda r: "SM-" + digits(r, 8, first="3")),
        team=K("team_name", "Zákaznické centrum"),
    )


@item("cs")
def _(r):
    me = person(r, "cs", female=True)
    return T(
        """Vážená paní učitelko,
k přihlášce syna do první třídy ještě jeho rodné číslo: {rc}. Já sama mám teď jen cestovní pas, občanka je na výměně – {pp}.
Kroužek za {amt} jsem zaplatila převodem.
{n}""",
        rc=P("birth_number", rc(r, "cz", female=False, y=2018)),
        pp=ID(cz_passport(r)),
        amt=amount(r, "cs", 400, 1500),
        n=N(me.full, "signature"),
    )


@item("cs")
def _(r):
    return T(
        """Samoodečet ze dne {d}: VT {vt} kWh, NT {nt} kWh.
Elektroměr {meter}, EAN {ean}.
Zálohy {amt} měsíčně mi přijdou vysoké, spotřeba klesla asi o {pct}.
Ozvěte se prosím večer,
{ph}""",
        d=date(r, "cs", style="num"),
        vt=K("quantity", str(r.randint(10000, 40000))),
        nt=K("quantity", str(r.randint(1000, 9000))),
        meter=keepnum(r, "invalid_checksum_number", meter_like_passport),
        ean=keepnum(r, "invalid_checksum_number", lambda r: "859182400" + digits(r, 9)),
        amt=amount(r, "cs", 900, 3000),
        pct=K("percent", f"{r.randint(10, 30)} %"),
        ph=PH(phone(r, "CZ", "plain_nsn")),
    )


@item("cs")
def _(r):
    return T(
        """Objednávka {ord}: granule {brand} 15 kg a pelíšek {prod}. {cour} přivezla jen granule, číslo zásilky {track}. Pelíšek je v e-shopu pořád „odeslaný“. Prosím o prověření, jsem vaše zákaznice od roku {y}.""",
        ord=keepnum(r, "order_number", order_no(r, "hash7")),
        brand=K("brand", r.choice(["Brit Premium", "Calibra", "Royal Canin"])),
        prod=keepnum(r, "product_code", lambda r: "PL-" + digits(r, 3) + "-GR"),
        cour=K("brand", "PPL"),
        track=keepnum(r, "tracking_number", lambda r: digits(r, 11, first="4")),
        y=K("date", "2018"),
    )


@item("cs")
def _(r):
    a, b = r.sample(VN_NAMES, 2)
    return T(
        """Potvrzuji dvoulůžkový pokoj na {d1}–{d2}. Hosté: dva kolegové z pobočky v Hanoji, pasy {p1} a {p2}. Kontakt na ně: {ph}. Faktura na firmu, IČO pošlu dodatečně. Číslo rezervace {ref}.""",
        d1=(dr := date_range(r, "cs", "num"))[0],
        d2=dr[1],
        p1=ID("C" + digits(r, 7)),
        p2=ID("C" + digits(r, 7)),
        ph=PH(phone(r, "CZ", "intl", mobile=True)),
        ref=keepnum(r, "order_number", lambda r: digits(r, 8, first="1")),
    )


@item("cs")
def _(r):
    return T(
        """Přecházím od {op1} k {op2}. Číslo k přenesení: {ph1}.
Smlouvu mám na sebe, jenže je v ní ještě stará občanka – {old}. Nová je {new}. Kterou mám uvést v žádosti?
Kdyžtak pracovní mobil: {ph2}""",
        op1=K("brand", "Vodafone"),
        op2=K("brand", r.choice(["O2", "T-Mobile"])),
        ph1=PH(phone(r, "CZ", "groups3")),
        old=ID(cz_op(r)),
        new=ID(cz_op(r, " ")),
        ph2=PH(phone(r, "CZ", "intl")),
    )


@item("cs")
def _(r):
    return T(
        """Dobrý den, auto jsem si vyzvedl ze servisu {d}, ale znovu svítí kontrolka motoru. VIN {vin}, najeto {km} km.
Na faktuře {inv} je navíc špatná SPZ, prosím o opravu. Stálo to {amt}.""",
        d=date(r, "cs", style="num"),
        vin=K("product_code", vin(r)),
        km=K("quantity", f"{r.randint(60, 240)} {digits(r, 3)}"),
        inv=keepnum(
            r, "invoice_number", lambda r: f"FA{digits(r, 6, first='1')}/{r.randint(24, 25)}"
        ),
        amt=amount(r, "cs", 3000, 15000),
    )


@item("cs")
def _(r):
    p = person(r, "cs", female=True)
    return T(
        """Dobrý den, odkaz na obnovení hesla mi nefunguje:
{url}
Verze aplikace {ver}, prohlížeč {br}. Účet je na {mail}.""",
        url=P("url_token", f"https://moje.fakturoid-demo.cz/heslo/obnova/{token(r, 36)}"),
        ver=K("version", f"2.{r.randint(0, 9)}.{r.randint(0, 20)}"),
        br=K("brand", "Chrome"),
        mail=EM(email_for(r, p, ["seznam.cz", "email.cz", "centrum.cz"])),
    )


@item("cs")
def _(r):
    return T(
        """URGENTNÍ – ukradli mi debetní kartu. Číslo z výpisu: {card}
Moje poslední platba byla {amt} v {shop} {d}, další už nejsou moje.
Občanku mi vzali taky, na pobočce se prokážu pasem ({pp}).
Telefon z profilu byl v kabelce, zkuste {ph}.""",
        card=P("card", card(r, "mc", "dash")),
        amt=amount(r, "cs", 50, 600),
        shop=K("brand", r.choice(["Albertu", "Lidlu", "Bille"])),
        d=date(r, "cs", style="num"),
        pp=ID(cz_passport(r)),
        ph=PH(phone(r, "CZ", "3-3-3")),
    )


@item("cs")
def _(r):
    fn = r.choice(["Lucka", "Verča", "Bára", "Kačka"])
    return T(
        """čau, tady {fn} z bytu {flat} :) správa domu prej potřebuje moje údaje ke smlouvě na sklep. rodný číslo {rc}, občanka {op}. sklep č. {cellar}. díky moc!""",
        fn=N(fn, "self_intro"),
        flat=K("quantity", str(r.randint(2, 40))),
        rc=P("birth_number", rc(r, "cz", female=True)),
        op=ID(cz_op(r)),
        cellar=K("quantity", str(r.randint(1, 30))),
    )


@item("cs")
def _(r):
    return T(
        """Přihláška k nájmu – přepsáno z fotky:

Č. dokladu: {op}
RČ: {rc}
Vydal: MěÚ {city}
Platnost: {exp}""",
        op=ID(ocr_spaces(r, cz_op(r))),
        rc=P("birth_number", rc(r, "cz", slash=False)),
        city=K("city", r.choice(["Beroun", "Kolín", "Písek"])),
        exp=date(r, "cs", 2027, 2034, "num"),
    )


@item("cs")
def _(r):
    return T(
        """Reaguji na inzerát na pozici {job}. Požadované doklady posílám v příloze – zbrojní průkaz a vojenskou knížku.
Čísla (na skenu nejsou moc vidět), v tomto pořadí: {zp}, {vk}
Nastoupit můžu od {d}.
--
{ph}""",
        job=K("job_title", "strážný"),
        zp=ID("AL " + digits(r, 6)),
        vk=ID(r.choice(["VK", "ZB"]) + digits(r, 7)),
        d=date(r, "cs", style="word"),
        ph=PH(phone(r, "CZ", "+3-3-3")),
    )


@item("cs")
def _(r):
    return T(
        """{g},
posílám doklady ke smlouvě na {vessel}:
1) cestovní pas – sken v příloze
2) námořnická knížka (Seaman's Book)
Čísla ve stejném pořadí:
{pp}
{sb}
Nalodění {d}, přístav {city}.""",
        g=K("greeting_without_name", "Vážení"),
        vessel=K("brand", r.choice(["MV Danube Queen", "MS Elbe Star"])),
        pp=ID(cz_passport(r)),
        sb=ID("CZE" + digits(r, 6)),
        d=date(r, "cs", style="num"),
        city=K("city", r.choice(["Rotterdam", "Antverpy", "Hamburk"])),
    )


@item("cs")
def _(r):
    return T(
        """Dobrý den, posíláme údaje nové pracovnice z Ukrajiny k DPP (balírna, ranní směna):
Паспорт №
{pp}
Povolení k pobytu: vyřizuje se, zatím máme jen vízový štítek {vz}.
Hodinová sazba {amt}.
Personální oddělení {co}""",
        pp=ID(ua_foreign(r)),
        vz=ID(cz_residence(r)),
        amt=amount(r, "cs", 160, 220),
        co=K("company", r.choice(["AgroHaná s.r.o.", "Logistika Zlín a.s."])),
    )


@item("cs")
def _(r):
    fn, _v = r.choice(CS_F)
    a = r.choice(CS_SUR)[2]
    b = r.choice(CS_SUR)[2]
    pc, _c = city_cs(r)
    return T(
        """Dobrý den,
reklamuji pohovku {prod} z objednávky {ord}. Po třech týdnech se odlepil potah.
Technik (pan {tech}) vadu potvrdil a opsal si můj doklad do protokolu, takže údaje byste měli mít.
S pozdravem
Mgr. {n}
{addr}
{ph}""",
        prod=K("brand", r.choice(["Aston 3", "Viola XL"])),
        ord=keepnum(r, "order_number", order_no(r, "pref")),
        tech=N(r.choice(CS_SUR)[0], "other"),
        n=N(f"{fn} {a} {b}", "signature"),
        addr=AD(f"{street_cs(r)}\n{pc}"),
        ph=PH(phone(r, "CZ", "groups3")),
    )


@item("cs")
def _(r):
    return T(
        """eRecept {code}, rodné číslo pacientky {rc}
Máte skladem {drug}? Prosím odložit {q} balení, vyzvednu zítra po {t}. Doplatek {amt}.""",
        code=K(
            "product_code",
            "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(12)),
        ),
        rc=P("birth_number", rc(r, "cz", female=True, y=r.randint(1955, 1960))),
        drug=K("brand", r.choice(["Euthyrox 50", "Prestarium Neo", "Concor 5"])),
        q=K("quantity", "2"),
        t=time_(r),
        amt=amount(r, "cs", 30, 200),
    )


@item("cs")
def _(r):
    return T(
        """Jízdenka {tkt}, spoj {train} {c1} – {c2}, vůz {w}, místo {m}. Celou cestu nefungovala klimatizace, žádám o vrácení {pct} jízdného ({amt}). Číslo účtu jsem vyplnil ve formuláři.""",
        tkt=keepnum(r, "ticket_number", lambda r: digits(r, 10, first="1")),
        train=K("product_code", f"RJ {r.randint(1000, 1099)}"),
        c1=K("city", "Praha"),
        c2=K("city", "Košice"),
        w=K("quantity", str(r.randint(1, 12))),
        m=K("quantity", str(r.randint(11, 80))),
        pct=K("percent", "25 %"),
        amt=amount(r, "cs", 150, 600),
    )


@item("cs")
def _(r):
    a = person(r, "cs", female=False)
    return T(
        """---------- Přeposlaná zpráva ---------
Od: {n1} <{e1}>
Datum: {d}
Předmět: víza Indie

Pasy jsou v příloze. Čísla: můj {pp1}, manželky {pp2}. Odlet {fl}.

Předávám na vízové oddělení, klient spěchá.
{co}""",
        n1=N(a.full, "other"),
        e1=EM(email_for(r, a, ["seznam.cz", "gmail.com"])),
        d=date(r, "cs", style="word"),
        pp1=ID(cz_passport(r)),
        pp2=ID(cz_passport(r)),
        fl=K("product_code", flight(r)),
        co=K("company", r.choice(["CK Fischer", "Cestovní kancelář Exim Tours"])),
    )


@item("cs")
def _(r):
    pc, c = city_cs(r)
    return T(
        """Objednávka {ord} / smlouva {contract}
Údaje účastníka: {rc}, {op}
Adresa instalace: {addr}
Termín montáže: {d}, {t1}–{t2}""",
        ord=keepnum(r, "order_number", order_no(r, "aa7")),
        contract=keepnum(r, "invalid_checksum_number", lambda r: digits(r, 10, first="7")),
        rc=P("birth_number", rc(r, "cz")),
        op=ID(cz_op(r)),
        addr=AD(f"{street_cs(r)}, {pc}"),
        d=date(r, "cs", style="num"),
        t1=K("time", "8:00"),
        t2=K("time", "12:00"),
    )


@item("cs")
def _(r):
    return T(
        """Podpora: Ještě prosím číslo pasu, které jste zadal při rezervaci.
Já: nestačí číslo objednávky {ord}?
Podpora: Bohužel ne, systém chce obojí.
Já: tak {pp}""",
        ord=keepnum(r, "order_number", order_no(r, "aa7")),
        pp=ID(cz_passport(r)),
    )


@item("cs")
def _(r):
    return T(
        """Prosím o vrácení {amt} za zrušený kurz „{course}“ na účet
{iban}
(je to účet mamky, vlastní ještě nemám).
Díky""",
        amt=amount(r, "cs", 1500, 6000),
        course=K("brand", "Python pro začátečníky"),
        iban=P("iban", iban(r, "CZ", "raw")),
    )


@item("cs")
def _(r):
    sm, smv, _sf = r.choice(CS_SUR)
    return T(
        """Pane {voc},
smlouvu připravím na zítra. Jen prosím potvrďte údaje, které jsem si opsal z občanky:
{op}, vydal MěÚ {city}.
Kauce {amt}, nájem splatný do {day}. dne v měsíci. Klíče předám v {t}.""",
        voc=N(smv, "salutation"),
        op=ID(cz_op(r)),
        city=K("city", r.choice(["Mělník", "Benešov", "Příbram"])),
        amt=amount(r, "cs", 20000, 40000),
        day=K("quantity", "15"),
        t=time_(r),
    )


@item("cs")
def _(r):
    return T(
        """{g},
chci si pozastavit členství na dobu rehabilitace (neschopenka od {d}). Členská karta {club}.
Potvrzení od lékaře přinesu na recepci v {gym}.

Díky a hezký den
{ph}""",
        g=K("greeting_without_name", "Dobrý den"),
        d=date(r, "cs", style="num"),
        club=keepnum(r, "invalid_checksum_number", bad16),
        gym=K("brand", r.choice(["Form Factory Anděl", "Holmes Place Karlín"])),
        ph=PH(phone(r, "CZ", "intl")),
    )


@item("cs")
def _(r):
    return T(
        """Dobrý den, jsem ze Slovenska a v Brně bydlím druhým rokem. K otevření účtu u {bank} posílám údaje ze svého dokladu.
číslo OP:
{op}
rodné číslo {rc}
Stačí to, nebo potřebujete i potvrzení o pobytu?""",
        bank=K("brand", r.choice(["Raiffeisenbank", "Air Bank", "Fio banky"])),
        op=ID(sk_op(r)),
        rc=P("birth_number", rc(r, "sk")),
    )


@item("cs")
def _(r):
    return T(
        """Koupila jsem boty {b1} a parfém {b2}. Balík {track} přišel po {q} dnech a parfém byl rozbitý. Za týden přišla jen odpověď „Omlouváme se, {team}“. Nic víc. Nakupovat tu už nebudu, radši zajdu do {b3}.""",
        b1=K("person_like_brand", "Baťa"),
        b2=K("person_like_brand", "Calvin Klein"),
        track=keepnum(r, "tracking_number", lambda r: "DR" + digits(r, 9, first="1") + "CZ"),
        q=K("quantity", str(r.randint(6, 12))),
        team=K("team_name", "tým zákaznické péče"),
        b3=K("person_like_brand", "Alberta"),
    )


@item("cs")
def _(r):
    return T(
        """Seznam účastníků zájezdu do Lvova (autobus {bus}, odjezd {d}):

Pořadí; Doklad; Číslo
1; OP; {id1}
2; pas; {id2}
3; OP; {id3}

Záloha {amt} na osobu zaplacena.""",
        bus=K("product_code", digits(r, 1, "1234") + "A" + digits(r, 1) + " " + digits(r, 4)),
        d=date(r, "cs", style="num"),
        id1=ID(cz_op(r)),
        id2=ID(cz_passport(r)),
        id3=ID(cz_op(r)),
        amt=amount(r, "cs", 2000, 5000),
    )


@item("cs")
def _(r):
    me = person(r, "cs", female=False)
    mom = person(r, "uk", female=True)
    return T(
        """Dobrý den,
jmenuji se {n} a píšu za tchyni ({mom}), která u vás má žádost o příspěvek. Má ukrajinskou ID kartu, ne pas.
Číslo karty: {idc}
Záznam č. (УНЗР): {unzr}
Ověřovací kód žádosti je {code}. Děkuji.""",
        n=N(me.full, "self_intro"),
        mom=N(translit(mom.first) + " " + translit(mom.last), "other"),
        idc=ID(ua_idcard(r)),
        unzr=ID(unzr(r, y=r.randint(1950, 1965))),
        code=K("product_code", letters(r, 3) + "-" + digits(r, 4)),
    )


# ===========================================================================
# Slovak
# ===========================================================================


@no_checksum_id
def sk_driving(r):
    return r.choice(["SL", "SK", "EL", "EK"]) + digits(r, 6)


@item("sk")
def _(r):
    return T(
        """Dobrý deň, zásielku na dobierku {track} za mňa prevezme švagor. Kuriér od neho bude chcieť doklad, tak posielam vopred číslo vodičáku, ktorý ukáže: {dl}.
Suma na dobierku {amt} bude v hotovosti. Ďakujem.""",
        track=keepnum(
            r,
            "tracking_number",
            lambda r: digits(r, 3, "123") + "-" + digits(r, 4) + "-" + digits(r, 4),
        ),
        dl=ID(sk_driving(r)),
        amt=amount(r, "sk", 30, 300),
    )


@item("sk")
def _(r):
    return T(
        """Dobrý deň,
posielam zoznam hostí na víkend {d1} – {d2} (rezervácia {ref}, chata {cabin}):

Hosť | Dátum nar. | Číslo dokladu
1 | {b1} | {id1}
2 | {b2} | {id2}
3 (dieťa) | {b3} | {id3}

Vďaka, príchod cca o {t}. Keby niečo, volajte
{ph}""",
        d1=(dr := date_range(r, "sk", "num"))[0],
        d2=dr[1],
        ref=K("order_number", booking_ref(r)),
        cabin=K("brand", r.choice(["Limba", "Kosodrevina", "Pod Skalkou"])),
        b1=bdate(r, "sk"),
        id1=ID(sk_op(r)),
        b2=bdate(r, "sk"),
        id2=ID(sk_op(r)),
        b3=date(r, "sk", 2012, 2019, "num"),
        id3=ID(sk_passport(r)),
        t=time_(r),
        ph=PH(phone(r, "SK", "nat", mobile=True)),
    )


@item("sk")
def _(r):
    a = r.choice(["Zuzana", "Simona", "Andrea"])
    return T(
        """{a1} ({bank}): Kvôli overeniu vás prosím o číslo občianskeho preukazu.
Ja: ok, a ešte sa chcem spýtať, prečo mi neprišla karta, objednávka {ord}
{a2} ({bank}): Karta je na ceste, doručenie do {d}. A ten preukaz?
Ja: jj sorry, {op}""",
        a1=N(a, "other"),
        a2=N(a, "other"),
        bank=K("brand", r.choice(["Tatra banka", "VÚB", "SLSP"])),
        ord=keepnum(r, "order_number", lambda r: "KRT-" + digits(r, 6, first="123456789")),
        d=date(r, "sk", style="num"),
        op=ID(sk_op(r).lower()),
    )


@item("sk")
def _(r):
    return T(
        """Odpočet plynomeru k {d}: {q} m³.
Číslo odberného miesta {om}, plynomer {meter}.
Preddavok {amt} je pri tejto spotrebe zbytočne vysoký, žiadam o úpravu.
Cez deň nedvíham, najlepšie po 17:00:
{ph}""",
        d=date(r, "sk", style="num"),
        q=K("quantity", str(r.randint(1000, 9000))),
        om=keepnum(r, "invalid_checksum_number", lambda r: "4100" + digits(r, 6)),
        meter=keepnum(r, "invalid_checksum_number", meter_like_passport),
        amt=amount(r, "sk", 40, 160),
        ph=PH(phone(r, "SK", "nat")),
    )


@item("sk")
def _(r):
    return T(
        """Hlásim poistnú udalosť k zmluve {pol}. Na križovatke v {city} do mňa zozadu narazilo auto s ukrajinskými značkami.
Vodič nemal zelenú kartu pri sebe, ukázal iba pas, tak som si ho odfotil. Číslo z fotky je {pp}.
Škoda odhadom {amt}, fotky a záznam o nehode prikladám.""",
        pol=keepnum(r, "invalid_checksum_number", lambda r: digits(r, 10, first="6")),
        city=K("city", r.choice(["Prešove", "Žiline", "Trnave"])),
        pp=ID(ua_foreign(r)),
        amt=amount(r, "sk", 800, 3000),
    )


@item("sk")
def _(r):
    pc, c = city_sk(r)
    return T(
        """Obecný úrad – prihlásenie psa do evidencie
Bydlisko držiteľa: {addr}
Preukaz totožnosti: predložený na úrade, číslo doplnené nižšie
{op}
Pes: kríženec, čip {chip}, známka č. {tag}""",
        addr=AD(f"{street_sk(r)}, {pc}"),
        op=ID(sk_op(r)),
        chip=keepnum(r, "product_code", lambda r: "703" + digits(r, 12)),
        tag=K("quantity", digits(r, 3, first="1")),
    )


@item("sk")
def _(r):
    p = person(r, "sk", female=True)
    return T(
        """Milá pani učiteľka,
k výletu do Londýna posielam údaje syna. Rodné číslo {rc}, cestovný pas má nový a údaje z neho sú
{pp}
platný do {exp}.
Zálohu {amt} som poslala na účet školy.
S pozdravom
{n}""",
        rc=P("birth_number", rc(r, "sk", female=False, y=2012)),
        pp=ID(sk_passport(r)),
        exp=date(r, "sk", 2028, 2030, "num"),
        amt=amount(r, "sk", 100, 300),
        n=N(p.full, "signature"),
    )


@item("sk")
def _(r):
    return T(
        """Permanentka {card} mi už týždeň nejde na turnikete v {gym}. Na recepcii mi povedali, že „systém sa aktualizuje na verziu {ver}“. Zaplatené mám {amt} do {d}, tak by som rada vedela, či mi predĺžite platnosť.
Kontakt: píšte radšej SMS, volať nemôžem v práci
{ph}""",
        card=keepnum(r, "invalid_checksum_number", bad16),
        gym=K("brand", r.choice(["Golem Club", "FitCity Nivy"])),
        ver=K("version", f"5.{r.randint(0, 4)}"),
        amt=amount(r, "sk", 40, 90),
        d=date(r, "sk", style="word"),
        ph=PH(phone(r, "SK", "+3-3-3")),
    )


@item("sk")
def _(r):
    return T(
        """Objednávka {ord}: krmivo {b1} 12 kg prišlo roztrhnuté, polovica granúl v krabici. Vymenili mi to bez problémov, druhý balík prišiel cez {cour} do {q} dní. Spokojnosť, dávam {stars}.""",
        ord=keepnum(r, "order_number", order_no(r, "hash7")),
        b1=K("brand", r.choice(["Brit Care", "Acana", "Farmina N&D"])),
        cour=K("brand", r.choice(["Packetu", "GLS", "SPS"])),
        q=K("quantity", "2"),
        stars=K("quantity", "5/5"),
    )


@item("sk")
def _(r):
    return T(
        """Dobrý deň, predávam na vašom bazári bicykel (inzerát {ad}). Kupujúci mi ako „dôkaz dôveryhodnosti“ poslal fotku svojho pasu a chce zálohu vopred na kartu. Na fotke je bieloruský pas, číslo {pp}, a volať mám na {ph}.
Nie je to podvod? Nechcem, aby niekto zneužil moje údaje.""",
        ad=keepnum(r, "order_number", lambda r: digits(r, 9, first="1")),
        pp=ID(by_passport(r)),
        ph=PH(phone(r, "BY", "intl")),
    )


@item("sk")
def _(r):
    p = person(r, "sk", female=False)
    pc, _c = city_sk(r)
    co = r.choice(
        ["AGRO-TECH Senica, s.r.o.", "Kamenárstvo Vršatec s.r.o.", "Vinárstvo Pod Hradom, s.r.o."]
    )
    dph = sk_icdph(r)
    return T(
        """Fakturačné údaje (dodávka {ord}):
{co}
IČO {ico}
DIČ {dic}
IČ DPH {dph}
{addr}
IBAN na vrátenie zálohy: {iban}

S pozdravom
Ing. {n}, konateľ
{co2}""",
        ord=keepnum(r, "order_number", order_no(r, "pref")),
        co=K("company", co),
        ico=TX(ico(r)),
        dic=TX(dph[2:]),
        dph=TX(dph),
        addr=AD(f"{street_sk(r)}\n{pc}"),
        iban=P("iban", iban(r, "SK")),
        n=N(p.full, "signature"),
        co2=K("company", co),
    )


@item("sk")
def _(r):
    return T(
        """Recepcia ambulancie – nová pacientka z Maďarska, hovorí len po maďarsky.
Preukaz poistenca EÚ: áno, platný do {exp}
Személyi igazolvány:
{hu}
Dátum narodenia: {bd}
Termín: {d} o {t}, {spec}""",
        exp=date(r, "sk", 2026, 2028, "num"),
        hu=ID(digits(r, 6) + letters(r, 2)),
        bd=bdate(r, "sk"),
        d=date(r, "sk", style="num"),
        t=time_(r),
        spec=K("job_title", r.choice(["dermatológ", "ORL", "ortopéd"])),
    )


@item("sk")
def _(r):
    return T(
        """Auto som si vyzdvihol po servisnej prehliadke {d}. Na faktúre {inv} máte účtované dve výmeny oleja, robila sa jedna. VIN {vin}, stav tachometra {km} km. Prosím o dobropis na {amt}.""",
        d=date(r, "sk", style="num"),
        inv=keepnum(r, "invoice_number", lambda r: f"{r.randint(2024, 2025)}0{digits(r, 4)}"),
        vin=K("product_code", vin(r)),
        km=K("quantity", f"{r.randint(20, 180)} {digits(r, 3)}"),
        amt=amount(r, "sk", 40, 120),
    )


@item("sk")
def _(r):
    return T(
        """Dobrý deň, včera som si na predajni aktivoval eSIM pre číslo {ph}. QR kód nefunguje, telefón hlási „neplatný profil“.
Ešte jedna vec – pri overení mi pracovníčka do zmluvy opísala číslo dokladu zle. V zmluve je {bad}, správne je {good}. Opravte to, prosím, aby som nemal problém pri reklamácii.""",
        ph=PH(phone(r, "SK", "nat")),
        bad=ID(sk_op(r)),
        good=ID(sk_op(r)),
    )


@item("sk")
def _(r):
    a = person(r, "sk", female=False)
    return T(
        """-----Pôvodná správa-----
Od: {n1} <{e1}>
Odoslané: {d}
Predmet: víza USA – podklady

Pasy posielam naskenované, čísla pre formulár: ja {pp1}, manželka {pp2}, syn {pp3}.

--
Posúvam konzulárnemu oddeleniu na spracovanie.
{team}""",
        n1=N(a.full, "other"),
        e1=EM(email_for(r, a, ["gmail.com", "azet.sk", "centrum.sk"])),
        d=date(r, "sk", style="word"),
        pp1=ID(sk_passport(r)),
        pp2=ID(sk_passport(r)),
        pp3=ID(sk_passport(r)),
        team=K("team_name", "Vízové oddelenie CK Hydrotour"),
    )


@item("sk")
def _(r):
    fn = r.choice(["Miro", "Maťo", "Števo", "Dušan"])
    return T(
        """ahoj, tu {fn} z tretieho poschodia. správca chce kvôli kľúčom od práčovne číslo OP, tak tu je: {op}. kľúč č. {key}, kaucia {amt}. vďaka""",
        fn=N(fn, "self_intro"),
        op=ID(sk_op(r).lower()),
        key=K("quantity", str(r.randint(1, 20))),
        amt=amount(r, "sk", 5, 20),
    )


@item("sk")
def _(r):
    return T(
        """Verifikácia účtu na {ex} sa zasekla. Vo formulári som vyplnil:
Document type: Passport
Issuing country: Slovakia
Document number:
{pp}
Expiry date: {exp}
Stále svieti „pending“. ID ticketu {tk}.""",
        ex=K("brand", r.choice(["Binance", "Kraken", "Bitstamp"])),
        pp=ID(sk_passport(r)),
        exp=date(r, "en", 2028, 2034, "iso"),
        tk=keepnum(r, "ticket_number", lambda r: digits(r, 8, first="1")),
    )


@item("sk")
def _(r):
    sm, sf = r.choice(SK_SUR)
    fn = r.choice(SK_F)[0]
    son = r.choice(SK_M)[0]
    return T(
        """Plnomocenstvo

Ja, dolupodpísaná {n}, nar. {bd}, r. č. {rc}, č. OP {op},
splnomocňujem týmto svojho syna
meno a priezvisko: {son}
č. OP:
{op2}
aby ma zastupoval pri prepise vozidla na dopravnom inšpektoráte.

V {city}, dňa {d}""",
        n=N(f"{fn} {sf}", "self_intro"),
        bd=K("date", rc_date(rc0 := rc(r, "sk", female=True))),
        rc=P("birth_number", rc0),
        op=ID(sk_op(r)),
        son=N(f"{son} {sm}", "other"),
        op2=ID(sk_op(r)),
        city=K("city", r.choice(["Nitre", "Trenčíne", "Poprade"])),
        d=date(r, "sk", style="num"),
    )


@item("sk")
def _(r):
    return T(
        """Počas dovolenky v Chorvátsku mi ukradli tašku aj s cestovným pasom. Na konzuláte mi vystavili náhradný cestovný doklad.
Číslo ukradnutého pasu – mám ho z kópie v mobile – bolo
{pp}
Prosím o zablokovanie v systéme, aby ho nikto nepoužil na let. Rezervácia {pnr}, let {fl}.""",
        pp=ID(sk_passport(r)),
        pnr=K("order_number", booking_ref(r)),
        fl=K("product_code", flight(r)),
    )


@item("sk")
def _(r):
    fn, ln = r.choice(EN_F), r.choice(EN_SUR)
    return T(
        """Dobrý deň, potrebujem na tri dni dodávku (rezervácia {ref}). Šoférovať bude kolega z Anglicka, má britský vodičák.
Číslo preukazu, ako je na karte:
{dl}
Vyzdvihnutie {d} ráno o {t}, {city}.""",
        ref=keepnum(r, "order_number", lambda r: "VAN" + digits(r, 6, first="123456789")),
        dl=ID(gb_driving(r, ln, fn, female=True)),
        d=date(r, "sk", style="num"),
        t=time_(r),
        city=K("city", "Bratislava"),
    )


@item("sk")
def _(r):
    return T(
        """Vraciam bundu {b1} a košeľu {b2} z objednávky {ord}, obe veľkosť M sú malé. Vratka odoslaná cez Packetu, číslo {track}. Peniaze ({amt}) prosím späť na kartu, z ktorej som platil. Nové kusy už nechcem.""",
        b1=K("person_like_brand", "Tommy Hilfiger"),
        b2=K("person_like_brand", "Ralph Lauren"),
        ord=keepnum(r, "order_number", order_no(r, "aa7")),
        track=keepnum(r, "tracking_number", lambda r: "Z " + digits(r, 10, first="1")),
        amt=amount(r, "sk", 60, 250),
    )


@item("sk")
def _(r):
    return T(
        """Dobrý deň, pracujem ako kormidelník na Dunaji a potrebujem predĺžiť lodnícky preukaz.
V žiadosti chcú aj údaje z námorníckej knižky, ktorú mám z Holandska. Tu sú obe čísla, najprv slovenský preukaz, potom knižka:
{lp}
{sb}
Stačí poslať mailom, alebo musím osobne do {city}?""",
        lp=ID("SVK-LP-" + digits(r, 5)),
        sb=ID("NL" + digits(r, 7)),
        city=K("city", "Bratislavy"),
    )


@item("sk")
def _(r):
    return T(
        """Dobrý deň, uplatňujem si zľavu pre profesionálnych vojakov na lístok {tk}. Služobný preukaz mám pri sebe, vo formulári nešlo pole vyplniť, tak číslo uvádzam sem:
{mil}
Cena bez zľavy {amt}, so zľavou by mala byť o {pct} nižšia.""",
        tk=keepnum(r, "ticket_number", lambda r: letters(r, 2) + digits(r, 8, first="1")),
        mil=ID("OSSR " + digits(r, 6)),
        amt=amount(r, "sk", 15, 60),
        pct=K("percent", "30 %"),
    )


@item("sk")
def _(r):
    p = person(r, "sk", female=True)
    return T(
        """Dobrý deň,
volám sa {n}, som študentka 2. ročníka a potrebujem potvrdenie o štúdiu pre Sociálnu poisťovňu. ISIC karta {isic} mi nejde načítať v systéme.
Ak treba overiť totožnosť, číslo OP je {op}, rodné číslo {rc}.
Ďakujem""",
        n=N(p.full, "self_intro"),
        isic=keepnum(
            r,
            "invalid_checksum_number",
            lambda r: (
                "S 421 "
                + digits(r, 3)
                + " "
                + digits(r, 3)
                + " "
                + digits(r, 3)
                + " "
                + letters(r, 1)
            ),
        ),
        op=ID(sk_op(r)),
        rc=P("birth_number", rc(r, "sk", female=True, y=r.randint(2002, 2004))),
    )


@item("sk")
def _(r):
    return T(
        """Dobrý deň, k pracovnej zmluve nového zamestnanca z Ukrajiny (skladník, nástup od pondelka):
pas (starý typ, azbuka): {pp}
Prechodný pobyt je schválený, číslo dokladu o pobyte doplníme, keď príde kartička. Zatiaľ máme potvrdenie {conf}.
Mzdová učtáreň {co}
{ph}""",
        pp=ID(ua_old_passport(r)),
        conf=keepnum(
            r,
            "invalid_checksum_number",
            lambda r: "PPZ-" + digits(r, 5, first="1") + "/" + str(r.randint(2024, 2025)),
        ),
        co=K("company", r.choice(["Autodiely Žilina s.r.o.", "Pekáreň Klas a.s."])),
        ph=PH(phone(r, "SK", "intl")),
    )


@item("sk")
def _(r):
    a = person(r, "sk", female=False)
    return T(
        """Áno, je to ten istý doklad ako pri podpise: {op}

Dňa {d} o {t} {agent} napísal(a):
> Dobrý deň, pre dokončenie prepisu zmluvy {contract} nám prosím pošlite číslo dokladu totožnosti nového majiteľa.
> {team}""",
        op=ID(sk_op(r)),
        d=date(r, "sk", style="num"),
        t=time_(r),
        agent=N(a.full, "other"),
        contract=keepnum(
            r, "invalid_checksum_number", lambda r: digits(r, 9, first="1") + "/" + digits(r, 2)
        ),
        team=K("team_name", "Zákaznícky servis ZSE"),
    )


@item("sk")
def _(r):
    return T(
        """Na pošte mi pri podaní balíka {track} zle zadali hmotnosť ({kg} kg namiesto {kg2} kg) a zaplatil som {amt} navyše. Pokladničný doklad {rcpt} mám. Prosím o vrátenie rozdielu.""",
        track=keepnum(r, "tracking_number", lambda r: "RR" + digits(r, 9, first="1") + "SK"),
        kg=K("quantity", "12"),
        kg2=K("quantity", "2"),
        amt=amount(r, "sk", 3, 15),
        rcpt=keepnum(
            r,
            "invalid_checksum_number",
            lambda r: digits(r, 4, first="1") + "/" + digits(r, 6, first="1"),
        ),
    )


@item("sk")
def _(r):
    return T(
        """STRATENÁ KARTA – prosím okamžite zablokovať!
{card}
Posledná moja platba bola {amt} v {shop} dňa {d}. Telefón mi zobrali spolu s peňaženkou, volajte mi na pracovné číslo {ph} alebo na manželov {ph2}.""",
        card=P("card", card(r, "visa", "plain")),
        amt=amount(r, "sk", 5, 80),
        shop=K("brand", r.choice(["Kauflande", "Tescu", "Bille"])),
        d=date(r, "sk", style="num"),
        ph=PH(phone(r, "SK", "nat")),
        ph2=PH(phone(r, "SK", "intl")),
    )


@item("sk")
def _(r):
    fn = r.choice(SK_F)[0]
    a, b = r.sample(SK_SUR, 2)
    pc, _c = city_sk(r)
    return T(
        """Dobrý deň,
reklamujem práčku {prod}, ktorá po {q} mesiacoch prestala žmýkať. Servisný technik bol u nás {d}, protokol {prot}.
S pozdravom
{n}
{addr}
{ph}""",
        prod=K("product_code", "WW80T" + digits(r, 3) + "ABT"),
        q=K("quantity", "7"),
        d=date(r, "sk", style="num"),
        prot=keepnum(r, "ticket_number", lambda r: "SP-" + digits(r, 6, first="123456789")),
        n=N(f"{fn} {a[1]}-{b[1]}", "signature"),
        addr=AD(f"{street_sk(r)}, {pc}"),
        ph=PH(phone(r, "SK", "nat")),
    )


@item("sk")
def _(r):
    return T(
        """Dobrý deň, chcem objednať dcéru na preventívnu prehliadku (detská ambulancia na poliklinike). Rodné číslo dcéry {rc}, poisťovňa {ins}.
Vyhovuje mi {d} po {t}, keďže dopoludnia má školu.""",
        rc=P("birth_number", rc(r, "sk", female=True, y=2015, slash=False)),
        ins=K("brand", r.choice(["Dôvera", "Union", "VšZP"])),
        d=date(r, "sk", style="word"),
        t=time_(r),
    )


@item("sk")
def _(r):
    return T(
        """Check-in formulár – hosť z Ruska
Počet osôb: 1
Zahraničný pas č.:
(opísané z pasu pri príchode)
{rf}
Platnosť: {exp}
Telefón nechal iba ruský, je v poznámke nižšie.
Izba {room}, {nights} noci.
Pozn.: {ph}""",
        rf=ID(ru_foreign(r, "")),
        exp=date(r, "sk", 2027, 2034, "num"),
        room=K("quantity", str(r.randint(101, 420))),
        nights=K("quantity", "3"),
        ph=PH(phone(r, "RU", "+7brackets")),
    )


@item("sk")
def _(r):
    pc, _c = city_sk(r)
    return T(
        """Žiadosť o rezidentskú parkovaciu kartu
Adresa trvalého pobytu: {addr}
Vozidlo: {car}
Doklad totožnosti – číslo:
{op}
Karta na rok {y}, poplatok {amt} uhradený.""",
        addr=AD(f"{street_sk(r)}, {pc}"),
        car=K("brand", r.choice(["Škoda Octavia", "Kia Ceed", "Dacia Duster"])),
        op=ID(sk_op(r, " ")),
        y=K("date", "2025"),
        amt=amount(r, "sk", 20, 60),
    )


@item("sk")
def _(r):
    return T(
        """Žiadosť o spotrebný úver {app}
                Žiadateľ            Spolužiadateľ
Vzťah           manžel               manželka
RČ              {rc1}         {rc2}
OP              {op1}            {op2}
Požadovaná suma: {amt}, splatnosť {m} mesiacov""",
        app=keepnum(
            r, "invalid_checksum_number", lambda r: "UV-" + digits(r, 7, first="123456789")
        ),
        rc1=P("birth_number", rc(r, "sk", female=False)),
        rc2=P("birth_number", rc(r, "sk", female=True)),
        op1=ID(sk_op(r)),
        op2=ID(sk_op(r)),
        amt=amount(r, "sk", 3000, 15000),
        m=K("quantity", "60"),
    )


@item("sk")
def _(r):
    return T(
        """Cestoval som spojom {bus} z {c1} do {c2} ({d}). Mal som miestenku na sedadlo {seat}, no bolo obsadené a vodič nič neriešil. Lístok {tk} stál {amt}. Žiadam aspoň o vrátenie miestenky.""",
        bus=K("product_code", f"{r.randint(200, 899)}"),
        c1=K("city", "Bratislavy"),
        c2=K("city", "Popradu"),
        d=date(r, "sk", style="num"),
        seat=K("quantity", str(r.randint(1, 50))),
        tk=keepnum(
            r, "ticket_number", lambda r: letters(r, 3) + "-" + digits(r, 7, first="123456789")
        ),
        amt=amount(r, "sk", 10, 25),
    )


@item("sk")
def _(r):
    p = person(r, "sk", female=False)
    return T(
        """Dobrý deň, link na zmenu hesla je vraj neplatný:
{url}
Mám appku vo verzii {ver} (Android). Prihlasovací mail: {mail}""",
        url=P(
            "url_token",
            f"https://ucet.mojafaktura-test.sk/auth/reset?key={token(r, 28)}&uid={digits(r, 6)}",
        ),
        ver=K("version", f"{r.randint(4, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}"),
        mail=EM(email_for(r, p, ["azet.sk", "gmail.com", "post.sk"])),
    )


@item("sk")
def _(r):
    return T(
        """Matrika – ohlásenie sobáša na {d}
Snúbenec – doklad: OP
Snúbenica – doklad: cestovný pas
Čísla dokladov (v rovnakom poradí): {op} / {pp}
Svedkovia doplnia údaje na mieste.""",
        d=date(r, "sk", style="word"),
        op=ID(sk_op(r)),
        pp=ID(sk_passport(r)),
    )


@item("sk")
def _(r):
    fn, voc = r.choice(SK_F)
    me, mev = r.choice(SK_M)
    return T(
        """Ahoj {voc},
klient z pobočky v Trnave zabudol pri podpise uviesť číslo dokladu. Volal mi dnes, tak ti ho posielam, doplň ho prosím do zmluvy {contract}:
{op}
Zvyšok je ok.
{sig}""",
        voc=N(voc, "salutation"),
        contract=keepnum(r, "invalid_checksum_number", lambda r: digits(r, 10, first="3")),
        op=ID(sk_op(r)),
        sig=N(mev, "signature"),
    )


@item("sk")
def _(r):
    fn = r.choice(["Dominika", "Simona", "Katka"])
    return T(
        """Ahojte, tu je {fn} 🙂 Prihlásila som sa na kurz lezenia od {d}, ale v systéme mi nesedí dátum narodenia, mám tam {bad} a správne je {good}. Členské číslo {mem}. Dá sa to opraviť?""",
        fn=N(fn, "self_intro"),
        d=date(r, "sk", style="num"),
        bad=bdate(r, "sk"),
        good=bdate(r, "sk"),
        mem=keepnum(r, "invalid_checksum_number", lambda r: "HK" + digits(r, 5, first="1")),
    )


@item("sk")
def _(r):
    a = person(r, "sk", female=False)
    b = person(r, "sk", female=False)
    return T(
        """Kontakty na stavbu (bytový dom {proj}):
{n1} – {job1}
{ph1}
{n2} – {job2}
{ph2}
Preberanie materiálu vždy {t1}–{t2}.""",
        proj=K("brand", r.choice(["Rezidencia Slnečnica", "Park Vlčince"])),
        n1=N(a.full, "other"),
        job1=K("job_title", "stavbyvedúci"),
        ph1=PH(phone(r, "SK", "nat")),
        n2=N(b.full, "other"),
        job2=K("job_title", "technický dozor"),
        ph2=PH(phone(r, "SK", "+3-3-3")),
        t1=K("time", "7:00"),
        t2=K("time", "15:30"),
    )


@item("sk")
def _(r):
    return T(
        """Dobrý deň,
otec zomrel {d} a potrebujem prepísať odberné miesto {om} na seba. Úmrtný list prikladám.
Otcov občiansky preukaz som odovzdala na matrike, ale jeho číslo ešte mám: {op1}.
Môj doklad: {op2}
Ďakujem""",
        d=date(r, "sk", style="word"),
        om=keepnum(r, "invalid_checksum_number", lambda r: "OM-" + digits(r, 8, first="1")),
        op1=ID(sk_op(r)),
        op2=ID(sk_op(r)),
    )


# ===========================================================================
# Russian
# ===========================================================================


def rupp(r, style=None):
    style = style or r.choice(["4-6", "2-2-6", "plain", "no", "dash"])
    if style == "dash":
        s, n = ru_passport_parts(r)
        return f"{s}-{n}"
    return ru_passport(r, style)


@no_checksum_id
def ru_dl(r):
    return f"{digits(r, 2, first='1234579')} {digits(r, 2)} {digits(r, 6)}"


@item("ru")
def _(r):
    return T(
        """Добрый день!
Бронь {ref}, заезд {d1}, выезд {d2}. Администратор просила заранее прислать паспортные данные всех гостей, высылаю:

1) я
{p1}
2) муж
{p2}
3) ребёнок, 9 лет — свидетельство о рождении, номер
{sv}

Будем к {t}.""",
        ref=keepnum(r, "order_number", lambda r: digits(r, 8, first="1")),
        d1=(dr := date_range(r, "ru", "num"))[0],
        d2=dr[1],
        p1=ID(rupp(r, "2-2-6")),
        p2=ID(rupp(r, "4-6")),
        sv=ID(
            f"{r.choice(['I', 'II', 'III', 'IV', 'V'])}-{r.choice(['МЮ', 'АГ', 'ЛО', 'ИК'])} № {digits(r, 6)}"
        ),
        t=time_(r),
    )


@item("ru")
def _(r):
    return T(
        """Здравствуйте. Купил билеты на рейс {fl} на {d}, бронь {pnr}. Загранпаспорт у меня новый, старый истёк в марте, а в бронировании остался номер старого.
Правильный: {rf}
Старый (который сейчас в брони): {rf_old}
Можно исправить без доплаты? Место {seat}.""",
        fl=K("product_code", "SU " + str(r.randint(1000, 2999))),
        d=date(r, "ru", style="word"),
        pnr=K("order_number", booking_ref(r)),
        rf=ID(ru_foreign(r)),
        rf_old=ID(ru_foreign(r, "")),
        seat=K("product_code", f"{r.randint(10, 35)}F"),
    )


@item("ru")
def _(r):
    a = r.choice(["Светлана", "Ксения", "Марина"])
    return T(
        """Оператор {a1}: Для подтверждения личности назовите, пожалуйста, серию и номер паспорта.
Клиент: а зачем? я же уже вошёл в приложение
Оператор {a2}: Это стандартная процедура перед изменением лимита по карте.
Клиент: ладно
Клиент: {pp}
Клиент: и лимит, пожалуйста, {amt}""",
        a1=N(a, "other"),
        a2=N(a, "other"),
        pp=ID(rupp(r, "plain")),
        amt=amount(r, "ru", 3000, 20000),
    )


@item("ru")
def _(r):
    return T(
        """Добрый вечер. У меня в метро вытащили сумку вместе с паспортом. В полицию заявление подала, КУСП {kusp}.
Прошу отметить в вашей системе, что документ утерян, чтобы по нему не оформили кредит. Данные утерянного паспорта:
{pp}
Новый ещё не получила, временное удостоверение будет на следующей неделе.
Перезвоните, пожалуйста, на {ph}, до 18:00 я на работе.""",
        kusp=keepnum(r, "ticket_number", lambda r: digits(r, 5, first="1")),
        pp=ID(rupp(r, "no")),
        ph=PH(phone(r, "RU", "8brackets")),
    )


@item("ru")
def _(r):
    return T(
        """Регистрация продавца — реквизиты ООО:
{co}
ИНН {inn}
КПП {kpp}
ОГРН {ogrn}
Юридический адрес: {addr}
Склад отгрузки — тот же адрес. Первая поставка {q} шт., заявка {ord}.""",
        co=K("company", r.choice(["ООО «Домашний Уют»", "ООО «ТехноМир»", "ООО «Сибирский мёд»"])),
        inn=TX(inn10(r)),
        kpp=keepnum(r, "invalid_checksum_number", lambda r: digits(r, 4, first="67") + "01001"),
        ogrn=TX(ogrn(r)),
        addr=AD(f"{(cr := city_ru(r))[0]}, г. {cr[1]}, {street_ru(r)}"),
        q=K("quantity", str(r.randint(50, 500))),
        ord=keepnum(r, "order_number", lambda r: "WB-" + digits(r, 7, first="123456789")),
    )


@item("ru")
def _(r):
    b = person(r, "ru", female=False)
    return T(
        """Посылку {track} в пункте выдачи заберёт мой брат, {n}. Паспорт у него с собой, но на всякий случай пишу номер заранее, чтобы не было вопросов: {pp}. Я в командировке до {d}.""",
        track=keepnum(r, "tracking_number", lambda r: digits(r, 10, first="1")),
        n=N(b.full, "other"),
        pp=ID(rupp(r, "4-6")),
        d=date(r, "ru", style="word"),
    )


@item("ru")
def _(r):
    return T(
        """Запись к терапевту, {clinic}
Пациент прикрепляется впервые.
Документы: паспорт, СНИЛС — номера ниже в том же порядке
{pp}
{snils}
Дата рождения: {bd}
Удобное время: {d}, после {t}
Контактный телефон дочери:
{ph}""",
        clinic=K("company", r.choice(["поликлиника № 12", "клиника «Медси»", "ГБУЗ ГП № 220"])),
        pp=ID(rupp(r, "4-6")),
        snils=ID(snils(r)),
        bd=bdate(r, "ru"),
        d=date(r, "ru", style="num"),
        t=time_(r),
        ph=PH(phone(r, "RU", "+7brackets")),
    )


@item("ru")
def _(r):
    return T(
        """Уважаемая коллега,
для оформления наследства направляю сведения о наследниках по закону.

Наследник 1 — дочь наследодателя
паспорт: {p1}
СНИЛС {s1}

Наследник 2 — сын наследодателя
паспорт гражданина РФ
{p2}

Наследственное дело № {case}.
С уважением,
{co}""",
        p1=ID(rupp(r, "2-2-6")),
        s1=ID(snils(r)),
        p2=ID(rupp(r, "plain")),
        case=keepnum(r, "ticket_number", lambda r: f"{r.randint(10, 400)}/{r.randint(2024, 2025)}"),
        co=K(
            "company",
            r.choice(
                ["Нотариальная контора Центрального района", "Юридическое бюро «Право и Дело»"]
            ),
        ),
    )


@item("ru")
def _(r):
    return T(
        """Заказ {ord} на {shop}: крем {b1} пришёл вскрытый, а шампунь {b2} вообще не положили. Возврат оформила, деньги ({amt}) вернули только через {q} дней. Пункт выдачи на {pvz} нормальный, претензий нет, а вот склад — ужас.""",
        ord=keepnum(r, "order_number", lambda r: digits(r, 9, first="1") + "-" + digits(r, 4)),
        shop=K("brand", r.choice(["Ozon", "Wildberries"])),
        b1=K("person_like_brand", "Ив Роше"),
        b2=K("brand", "Natura Siberica"),
        amt=amount(r, "ru", 50, 300),
        q=K("quantity", "14"),
        pvz=K("street_as_brand", "Тверской"),
    )


@item("ru")
def _(r):
    return T(
        """Оформляю билет на поезд {train} {c1} — {c2}, вагон {w}, место {m}. Сайт выдаёт ошибку «неверный документ».
Тип документа выбран: паспорт РФ
Номер документа:
{pp}
Дата рождения {bd}. Что не так?""",
        train=K("product_code", f"{digits(r, 3, first='01')}{r.choice(['А', 'С', 'Й', 'У'])}"),
        c1=K("city", "Москва"),
        c2=K("city", r.choice(["Казань", "Самара", "Адлер"])),
        w=K("quantity", str(r.randint(1, 16))),
        m=K("quantity", str(r.randint(1, 54))),
        pp=ID(rupp(r, "plain")),
        bd=bdate(r, "ru"),
    )


@item("ru")
def _(r):
    cr = city_ru(r)
    return T(
        """В МФЦ, отдел регистрационного учёта

Прошу зарегистрировать меня по месту жительства: {addr}.
Паспорт
{pp}
выдан {d} (в паспорте ещё старый штамп о регистрации).
Собственник квартиры — мама, её согласие прилагаю.

{ph}""",
        addr=AD(f"{cr[0]}, г. {cr[1]}, {street_ru(r)}"),
        pp=ID(rupp(r, "2-2-6")),
        d=date(r, "ru", 2005, 2022, "num"),
        ph=PH(phone(r, "RU", "8dash")),
    )


@item("ru")
def _(r):
    return T(
        """По полису ОСАГО {pol} хочу вписать второго водителя — сына, стаж с {y}.
Его водительское удостоверение:
{dl}
Моё — то же, что в полисе: {dl2}
Сколько будет доплата? Сейчас полис стоит {amt}.""",
        pol=keepnum(r, "invalid_checksum_number", lambda r: "ХХХ " + digits(r, 10, first="0")),
        y=K("date", str(r.randint(2018, 2023))),
        dl=ID(ru_dl(r)),
        dl2=ID(ru_dl(r).replace(" ", "")),
        amt=amount(r, "ru", 500, 1500),
    )


@item("ru")
def _(r):
    p = person(r, "ru", female=False)
    return T(
        """Реквизиты для договора поставки (заявка {ord}):
ООО «{co}»
ИНН {inn}, ОГРН {ogrn}
Юр. адрес: {addr}

Генеральный директор
{n}
{ph}""",
        ord=keepnum(r, "order_number", lambda r: "ЗП-" + digits(r, 5, first="123456789")),
        co=K("company", r.choice(["Вектор Плюс", "СтройЛайн", "АгроЮг"])),
        inn=TX(inn10(r)),
        ogrn=TX(ogrn(r)),
        addr=AD(
            f"{(cr := city_ru(r))[0]}, г. {cr[1]}, ул. {r.choice(RU_STREETS)}, д. {r.randint(1, 90)}, офис {r.randint(1, 40)}"
        ),
        n=N(f"{p.last} {p.first[0]}. {p.pat[0]}.", "signature"),
        ph=PH(phone(r, "RU", "8brackets")),
    )


@item("ru")
def _(r):
    a = person(r, "ru", female=True)
    return T(
        """Да, это тот же паспорт, что и при заключении договора: {pp}

-------- Исходное сообщение --------
От: {agent} <{mail}>
Дата: {d}, {t}
> Добрый день! Для переоформления договора {contract} пришлите, пожалуйста, серию и номер паспорта.
> С уважением, {team}""",
        pp=ID(rupp(r, "4-6")),
        agent=N(a.full, "other"),
        mail=EM(email_for(r, a, ["support.dom-internet.ru"])),
        d=date(r, "ru", style="num"),
        t=time_(r),
        contract=keepnum(r, "invalid_checksum_number", lambda r: "Д-" + digits(r, 8, first="1")),
        team=K("team_name", "служба поддержки абонентов"),
    )


@item("ru")
def _(r):
    t_f = r.choice(RU_F)
    t_p = r.choice(RU_PAT)[1]
    return T(
        """Здравствуйте, {tn}!
Для зачисления {kid} в 1 «Б» досылаю недостающее: свидетельство о рождении {sv}, СНИЛС {snils}.
Мой паспорт нужен? Если да — {pp}.
Спасибо!""",
        kid=N(r.choice(["Саши", "Миши", "Даши", "Вани"]), "other"),
        tn=N(f"{t_f} {t_p}", "salutation"),
        sv=ID(f"V-МЮ № {digits(r, 6)}"),
        snils=ID(snils(r)),
        pp=ID(rupp(r, "4-6")),
    )


@item("ru")
def _(r):
    return T(
        """Показания на {d}:
холодная вода — {cw}
горячая вода — {hw}
Счётчик ХВС № {m1}, ГВС № {m2}. Лицевой счёт {ls}.
Если что-то не сходится, звоните вечером:
{ph}""",
        d=date(r, "ru", style="num"),
        cw=K("quantity", f"{r.randint(100, 900)},{r.randint(100, 999)}"),
        hw=K("quantity", f"{r.randint(50, 400)},{r.randint(100, 999)}"),
        m1=keepnum(r, "invalid_checksum_number", meter_like_passport),
        m2=keepnum(r, "invalid_checksum_number", lambda r: digits(r, 8, first="1")),
        ls=keepnum(r, "invalid_checksum_number", lambda r: digits(r, 10, first="1")),
        ph=PH(phone(r, "RU", "8dash")),
    )


@item("ru")
def _(r):
    return T(
        """Заказ {ord}: корм {b1} 10 кг и когтеточка {prod}. Курьер {cour} привёз только корм, трек {track}. Когтеточка в личном кабинете числится как доставленная. Разберитесь, пожалуйста.""",
        ord=keepnum(r, "order_number", order_no(r, "hash7")),
        b1=K("brand", r.choice(["Royal Canin", "Purina Pro Plan", "Grandorf"])),
        prod=keepnum(r, "product_code", lambda r: "KG-" + digits(r, 4) + "-S"),
        cour=K("brand", r.choice(["СДЭК", "Boxberry"])),
        track=keepnum(r, "tracking_number", lambda r: "RU" + digits(r, 9, first="1")),
    )


@item("ru")
def _(r):
    return T(
        """Здравствуйте, работодатель просит данные для уведомления в МВД. Работник — гражданин Узбекистана.
Pasport raqami:
{uz}
Патент (серия и номер, как на бланке):
{pt}
Дата въезда {d}. Миграционную карту пришлю отдельно.""",
        uz=ID(r.choice(["FA", "AB", "AD"]) + digits(r, 7)),
        pt=ID(digits(r, 2, first="57") + " № " + digits(r, 10, first="2")),
        d=date(r, "ru", style="num"),
    )


@item("ru")
def _(r):
    return T(
        """Хочу переоформить номер {ph1} на себя (сейчас он на отце). Паспорт у меня поменялся в 45 лет: старый был {old}, новый {new}. В салоне сказали, что в базе висит старый и поэтому отказ. Что делать?
Для связи второй номер: {ph2}""",
        ph1=PH(phone(r, "RU", "+7brackets")),
        old=ID(rupp(r, "4-6")),
        new=ID(rupp(r, "2-2-6")),
        ph2=PH(phone(r, "RU", "intl")),
    )


@item("ru")
def _(r):
    return T(
        """Забрал машину после ТО {d}, через два дня снова загорелся «чек». VIN {vin}, пробег {km} км. В заказ-наряде {zn} указана замена свечей, а свечи, судя по всему, старые. Оплачено {amt}.""",
        d=date(r, "ru", style="num"),
        vin=K("product_code", vin(r)),
        km=K("quantity", f"{r.randint(30, 200)} {digits(r, 3)}"),
        zn=keepnum(r, "invoice_number", lambda r: "ЗН-" + digits(r, 6, first="0")),
        amt=amount(r, "ru", 800, 3000),
    )


@item("ru")
def _(r):
    p = person(r, "ru", female=False)
    return T(
        """Ссылка для сброса пароля не открывается, пишет «срок действия истёк», хотя пришла пять минут назад:
{url}
Почта аккаунта {mail}, версия приложения {ver}.""",
        url=P(
            "url_token",
            f"https://lk.oblako-demo.ru/password/reset?token={token(r, 48, string.hexdigits.lower()[:16])}",
        ),
        mail=EM(email_for(r, p, ["yandex.ru", "mail.ru", "bk.ru"])),
        ver=K("version", f"{r.randint(10, 14)}.{r.randint(0, 9)}"),
    )


@item("ru")
def _(r):
    return T(
        """Срочно! Украли кошелёк с картой {card}. Последняя моя покупка — {amt} в «{shop}» {d}, всё, что после, не моё.
Телефон тоже украли, поэтому пишу с компьютера. Звоните жене: {ph}""",
        card=P("card", card(r, "mc", "4")),
        amt=amount(r, "ru", 20, 300),
        shop=K("brand", r.choice(["Пятёрочке", "Магните", "ВкусВилле"])),
        d=date(r, "ru", style="num"),
        ph=PH(phone(r, "RU", "8brackets")),
    )


@item("ru")
def _(r):
    fn = r.choice(["Даша", "Настя", "Лена", "Катя"])
    return T(
        """Привет! Это {fn} из {flat}-й квартиры. Председатель ТСЖ сказал скинуть данные паспорта для пропуска на парковку: {pp}, машина {car}. Место {spot}. Спасибо 🙏""",
        fn=N(fn, "self_intro"),
        flat=K("quantity", str(r.randint(10, 150))),
        pp=ID(rupp(r, "dash")),
        car=K("brand", r.choice(["Kia Rio", "Hyundai Solaris", "Lada Vesta"])),
        spot=K("quantity", str(r.randint(1, 90))),
    )


@item("ru")
def _(r):
    s, n = ru_passport_parts(r)
    ocr = f"{s[0]} {s[1]}{s[2]} {s[3]}{n[:2]} {n[2:]}"
    return T(
        """Распознанный текст со скана (проверьте, пожалуйста, там могли съехать пробелы):

ПАСПОРТ
{pp}
Дата выдачи {d}
Код подразделения — не распознан""",
        pp=ID(ocr),
        d=date(r, "ru", 2005, 2022, "num"),
    )


@item("ru")
def _(r):
    return T(
        """Откликаюсь на вакансию {job}. Военный билет приложу сканом, но скан бледный.
Номер на всякий случай: {vb}
Готов выйти с {d}.
--
{ph}""",
        job=K("job_title", "охранник 4 разряда"),
        vb=ID(r.choice(["АК", "АН", "АЕ", "АС"]) + " " + digits(r, 7)),
        d=date(r, "ru", style="word"),
        ph=PH(phone(r, "RU", "8dash")),
    )


@item("ru")
def _(r):
    return T(
        """Добрый день, направляю документы для контракта на т/х {vessel} (посадка в Новороссийске {d}).
Сначала паспорт моряка, потом загранпаспорт:
{pm}
{rf}
Медкомиссия пройдена, сертификаты во вложении.""",
        vessel=K("brand", r.choice(["«Капитан Лебедев»", "«Балтийская звезда»"])),
        d=date(r, "ru", style="num"),
        pm=ID("МК " + digits(r, 7)),
        rf=ID(ru_foreign(r)),
    )


@item("ru")
def _(r):
    return T(
        """Здравствуйте, я гражданин Казахстана, живу в {city} по виду на жительство. Банк не принимает ВНЖ при открытии вклада.
Вид на жительство
{vnzh}
Удостоверение личности РК (на всякий случай): {kz}
Связь — только казахстанский номер, {ph}""",
        city=K("city", r.choice(["Омске", "Оренбурге", "Астрахани"])),
        vnzh=ID(f"{r.choice(['82', '83'])} № {digits(r, 7)}"),
        kz=ID(digits(r, 9, first="0")),
        ph=PH(phone(r, "KZ", "intl")),
    )


@item("ru")
def _(r):
    a, af = r.choice(RU_SUR)
    b, bf = r.choice(RU_SUR)
    fn = r.choice(RU_F)
    pat = r.choice(RU_PAT)[1]
    cr = city_ru(r)
    return T(
        """Добрый день.
Прошу заменить диван {prod} по заказу {ord}: через месяц лопнула обивка. Сборщик ({fitter}) дефект подтвердил, акт у вас.
С уважением,
{n}
{addr}
{ph}""",
        fitter=N(r.choice(["Рустам", "Тимур", "Вадим"]), "other"),
        prod=K("brand", r.choice(["«Честер»", "«Мадрид 3»"])),
        ord=keepnum(r, "order_number", order_no(r, "pref")),
        n=N(f"{af}-{bf} {fn} {pat}", "signature"),
        addr=AD(f"{cr[0]}, г. {cr[1]}, {street_ru(r)}"),
        ph=PH(phone(r, "RU", "8brackets")),
    )


@item("ru")
def _(r):
    return T(
        """Заявление на Госуслугах

Документ, удостоверяющий личность    | Паспорт гражданина РФ
Серия и номер                        | {pp}
Дата выдачи                          | {d}
СНИЛС                                | {snils}

Статус: «Ошибка проверки данных в МВД». Уже третий раз.""",
        pp=ID(rupp(r, "4-6")),
        d=date(r, "ru", 2005, 2022, "num"),
        snils=ID(snils(r)),
    )


@item("ru")
def _(r):
    return T(
        """Тур {tour}, вылет {d} рейсом {fl}. Данные туристов, как в загранпаспортах:

турист 1 (я)
{p1}, до {e1}
турист 2 (жена)
{p2}, до {e2}

Доплату {amt} внесу завтра.""",
        tour=keepnum(r, "order_number", lambda r: digits(r, 7, first="1")),
        d=date(r, "ru", style="num"),
        fl=K("product_code", flight(r)),
        p1=ID(ru_foreign(r, "")),
        e1=date(r, "ru", 2027, 2034, "num"),
        p2=ID(ru_foreign(r, "")),
        e2=date(r, "ru", 2027, 2034, "num"),
        amt=amount(r, "ru", 3000, 12000),
    )


@item("ru")
def _(r):
    a = person(r, "ru", female=True)
    return T(
        """-------- Пересылаемое сообщение --------
От кого: {n1} <{e1}>
Кому: визовый отдел
Дата: {d}
Тема: анкеты на визу

Загранпаспорта в приложении. Номера: мой {p1}, мужа {p2}.

Переслала вам, клиентка торопится, вылет {d2}.
{team}""",
        n1=N(a.full, "other"),
        e1=EM(email_for(r, a, ["mail.ru", "gmail.com", "rambler.ru"])),
        d=date(r, "ru", style="word"),
        p1=ID(ru_foreign(r)),
        p2=ID(ru_foreign(r)),
        d2=date(r, "ru", style="num"),
        team=K("team_name", "Турагентство «Южный ветер»"),
    )


@item("ru")
def _(r):
    cr = city_ru(r)
    return T(
        """Заявка на подключение {ord} / договор {contract}
Абонент: паспорт {pp}, адрес подключения {addr}
Тариф {tariff}, монтаж {d} с {t1} до {t2}""",
        ord=keepnum(r, "order_number", order_no(r, "aa7")),
        contract=keepnum(r, "invalid_checksum_number", lambda r: digits(r, 9, first="1")),
        pp=ID(rupp(r, "plain")),
        addr=AD(f"г. {cr[1]}, {street_ru(r)}"),
        tariff=K("brand", r.choice(["«Домашний 500»", "«Игровой»"])),
        d=date(r, "ru", style="num"),
        t1=K("time", "9:00"),
        t2=K("time", "13:00"),
    )


@item("ru")
def _(r):
    return T(
        """Поддержка: Уточните, пожалуйста, номер паспорта, указанный при бронировании.
Я: разве номера заказа {ord} недостаточно?
Поддержка: К сожалению, нет, система требует оба.
Я: понял, {pp}""",
        ord=keepnum(r, "order_number", order_no(r, "aa7")),
        pp=ID(rupp(r, "2-2-6")),
    )


@item("ru")
def _(r):
    return T(
        """Прошу вернуть {amt} за отменённый курс «{course}» на карту
{card}
(карта мамы, своей у меня пока нет).""",
        amt=amount(r, "ru", 500, 3000),
        course=K("brand", "Английский с нуля"),
        card=P("card", card(r, "visa", "plain")),
    )


@item("ru")
def _(r):
    fn = r.choice(RU_F)
    pat = r.choice(RU_PAT)[1]
    return T(
        """{n}, добрый день!
Договор подготовлю к завтрашнему дню. Подтвердите, пожалуйста, данные, которые я переписал из вашего паспорта:
{pp}, выдан ГУ МВД по г. {city}.
Залог {amt}, оплата до {day} числа. Ключи передам в {t}.""",
        n=N(f"{fn} {pat}", "salutation"),
        pp=ID(rupp(r, "no")),
        city=K("city", r.choice(["Москве", "Санкт-Петербургу"])),
        amt=amount(r, "ru", 2000, 8000),
        day=K("quantity", "5"),
        t=time_(r),
    )


@item("ru")
def _(r):
    return T(
        """{g}
Хочу заморозить абонемент на время больничного (с {d}). Клубная карта {club}.
Справку занесу на ресепшн в {gym}.

Хорошего дня!
{ph}""",
        g=K("greeting_without_name", "Здравствуйте!"),
        d=date(r, "ru", style="num"),
        club=keepnum(r, "invalid_checksum_number", bad16),
        gym=K("brand", r.choice(["World Class Жуковка", "X-Fit Сокол", "DDX Fitness"])),
        ph=PH(phone(r, "RU", "intl")),
    )


@item("ru")
def _(r):
    return T(
        """Я гражданин Беларуси, работаю в {city}. Для открытия счёта в {bank} у меня спросили «идентификационный номер», я не понял, какой именно.
В паспорте на странице с фото есть два номера. Пишу оба:
{bp}
{ln}
Какой из них вам нужен?""",
        city=K("city", r.choice(["Смоленске", "Москве", "Брянске"])),
        bank=K("brand", r.choice(["Сбербанке", "ВТБ", "Альфа-Банке"])),
        bp=ID(by_passport(r)),
        ln=ID(
            digits(r, 7, first="3456")
            + r.choice("ABCHKEM")
            + digits(r, 3)
            + r.choice(["PB", "BA", "GB"])
            + digits(r, 1)
        ),
    )


@item("ru")
def _(r):
    return T(
        """Оформил кредитку {b1} ради кешбэка в {b2}, а кешбэк так и не пришёл. В чате бот отвечает «ваше обращение {tk} передано специалисту», и всё. {pct} обещанных — это ерунда, но обидно. Минус звезда.""",
        b1=K("person_like_brand", "Тинькофф"),
        b2=K("brand", "Яндекс Лавке"),
        tk=keepnum(r, "ticket_number", lambda r: "№" + digits(r, 8, first="1")),
        pct=K("percent", "5%"),
    )


@item("ru")
def _(r):
    return T(
        """Список участников экскурсии на завод (пропуск заказывает охрана):
№ | Должность | Паспорт (серия, номер)
1 | {j1} | {p1}
2 | {j2} | {p2}
3 | {j3} | {p3}
Дата визита {d}, сбор в {t} у проходной.""",
        j1=K("job_title", "инженер-технолог"),
        p1=ID(rupp(r, "4-6")),
        j2=K("job_title", "главный механик"),
        p2=ID(rupp(r, "2-2-6")),
        j3=K("job_title", "стажёр"),
        p3=ID(rupp(r, "plain")),
        d=date(r, "ru", style="num"),
        t=time_(r),
    )


@item("ru")
def _(r):
    p = person(r, "ru", female=False)
    return T(
        """Добрый день, меня зовут {n}. В каршеринге {cs} заблокировали аккаунт после того, как я поменял права.
Новые: {dl}
Старые (ещё в профиле): {dl2}
Фото загрузил, но проверка висит уже неделю. Обращение {tk}.""",
        n=N(f"{p.first} {p.last}", "self_intro"),
        cs=K("brand", r.choice(["Делимобиль", "BelkaCar", "Ситидрайв"])),
        dl=ID(ru_dl(r)),
        dl2=ID(ru_dl(r)),
        tk=keepnum(r, "ticket_number", lambda r: digits(r, 7, first="1")),
    )


# ===========================================================================
# Ukrainian
# ===========================================================================


@no_checksum_id
def ua_dl(r):
    return letters(r, 3, "АВЕКМНОРСТХ") + " " + digits(r, 6)


def ua_birth_cert(r):
    return f"{r.choice(['I', 'II', 'III'])}-{r.choice(['КВ', 'БК', 'ЛВ', 'ОД', 'ХА'])} № {digits(r, 6)}"


@item("uk")
def _(r):
    h = person(r, "uk", female=False)
    return T(
        """Добрий день! Посилку {ttn} у відділенні отримає мій чоловік, {n}. У нього ID-картка, пишу наперед номер і запис, щоб не було затримки:
{idc}
{unzr}
Я за кордоном до {d}.""",
        ttn=keepnum(r, "tracking_number", lambda r: "20" + digits(r, 12, first="4")),
        n=N(h.full, "other"),
        idc=ID(ua_idcard(r)),
        unzr=ID(unzr(r)),
        d=date(r, "uk", style="word"),
    )


@item("uk")
def _(r):
    return T(
        """Вітаю! Бронювання {ref}, заїзд {d1}, виїзд {d2}. Для поселення надсилаю документи гостей:

гість 1 — паспорт старого зразка
{p1}
гість 2 — ID-картка
{p2}

Приїдемо автомобілем, потрібне місце на паркінгу. Мій номер для Viber: {ph}""",
        ref=keepnum(r, "order_number", lambda r: "BK-" + digits(r, 6, first="123456789")),
        d1=(dr := date_range(r, "uk", "num"))[0],
        d2=dr[1],
        p1=ID(ua_old_passport(r)),
        p2=ID(ua_idcard(r)),
        ph=PH(phone(r, "UA", "intl")),
    )


@item("uk")
def _(r):
    a = r.choice(["Христина", "Юлія", "Анна"])
    return T(
        """Оператор {a1}: Уточніть, будь ласка, номер документа, що посвідчує особу.
Я: паспорт-книжечка чи ID?
Оператор {a2}: Той, за яким ви проходили верифікацію.
Я: тоді ID-картка
Я: {idc}
Я: і ліміт хочу {amt}""",
        a1=N(a, "other"),
        a2=N(a, "other"),
        idc=ID(ua_idcard(r)),
        amt=amount(r, "uk", 1000, 20000),
    )


@item("uk")
def _(r):
    return T(
        """ЦНАП {city}, відділ паспортних послуг

Втратила паспорт (книжечку) під час переїзду. Заяву про втрату подала, довідка {ref}.
Дані втраченого документа — серія та номер:
{pp}
Прошу записати на оформлення ID-картки. Зателефонуйте мені, будь ласка:
{ph}""",
        city=K("city", r.choice(["Вінниці", "Полтави", "Житомира"])),
        ref=keepnum(r, "ticket_number", lambda r: digits(r, 4, first="1") + "/" + digits(r, 2)),
        pp=ID(ua_old_passport(r, "")),
        ph=PH(phone(r, "UA", "0xx")),
    )


@item("uk")
def _(r):
    return T(
        """Купую квиток на потяг {train} {c1} — {c2}, вагон {w}, місце {m}. Сайт пише «некоректні дані документа».
Тип документа: закордонний паспорт
Номер:
{pp}
Дата народження {bd}. Що робити?""",
        train=K("product_code", f"№ {r.randint(1, 150)}"),
        c1=K("city", "Київ"),
        c2=K("city", r.choice(["Перемишль", "Холм"])),
        w=K("quantity", str(r.randint(1, 16))),
        m=K("quantity", str(r.randint(1, 36))),
        pp=ID(ua_foreign(r)),
        bd=bdate(r, "uk"),
    )


@item("uk")
def _(r):
    return T(
        """За полісом {pol} хочу додати сина як водія. Стаж у нього з {y}.
Посвідчення водія сина:
{dl}
Моє таке, як у полісі — {dl2}.
Скільки буде доплата? Зараз поліс коштує {amt}.""",
        pol=keepnum(r, "invalid_checksum_number", lambda r: "ЕР-" + digits(r, 9, first="2")),
        y=K("date", str(r.randint(2018, 2023))),
        dl=ID(ua_dl(r)),
        dl2=ID(ua_dl(r).replace(" ", "")),
        amt=amount(r, "uk", 400, 1200),
    )


@item("uk")
def _(r):
    return T(
        """Хочу підписати декларацію з сімейним лікарем в амбулаторії № {amb}.
У мене паспорт старого зразка, у реєстратурі не змогли внести номер. Ось він:
{pp}
Дата народження {bd}. Телефон для підтвердження SMS-кодом:
{ph}""",
        amb=K("quantity", str(r.randint(1, 12))),
        pp=ID(ua_old_passport(r)),
        bd=bdate(r, "uk"),
        ph=PH(phone(r, "UA", "+380br")),
    )


@item("uk")
def _(r):
    p = person(r, "uk", female=False)
    return T(
        """Реквізити для договору (замовлення {ord}):
ТОВ «{co}»
Код ЄДРПОУ {edr}
IBAN {iban}
Адреса: {addr}

Директор
{n}
{ph}""",
        ord=keepnum(r, "order_number", lambda r: "ЗМ-" + digits(r, 5, first="123456789")),
        co=K("company", r.choice(["Агроресурс", "Будмайстер Плюс", "Карпатська вода"])),
        edr=TX(edrpou(r)),
        iban=P("iban", iban(r, "UA", "raw")),
        addr=AD(f"{(cu := city_uk(r))[0]}, м. {cu[1]}, {street_uk(r)}"),
        n=N(f"{p.last} {p.first[0]}. {p.pat[0]}.", "signature"),
        ph=PH(phone(r, "UA", "intl")),
    )


@item("uk")
def _(r):
    return T(
        """Замовлення {ord} на {shop}: пилосос {prod} приїхав з тріснутим контейнером. Повернення оформили швидко, гроші ({amt}) повернули за {q} дні. Кур'єр {cour} ввічливий, п'ять зірок.""",
        ord=keepnum(r, "order_number", lambda r: digits(r, 9, first="3")),
        shop=K("brand", r.choice(["Rozetka", "Comfy", "Foxtrot"])),
        prod=K("product_code", "Dreame V" + digits(r, 2, "1") + " Pro"),
        amt=amount(r, "uk", 1000, 4000),
        q=K("quantity", "3"),
        cour=K("brand", r.choice(["Нової пошти", "Meest"])),
    )


@item("uk")
def _(r):
    return T(
        """Вітаю. Продаю на OLX велосипед (оголошення {ad}). «Покупець» надіслав фото свого паспорта, щоб я «довіряв», і просить дані картки для оплати. На фото паспорт старого зразка, номер {pp}.
Це шахрайство? Не хочу, щоб мої дані кудись пішли.""",
        ad=keepnum(r, "order_number", lambda r: "ID" + digits(r, 9, first="1")),
        pp=ID(ua_old_passport(r)),
    )


@item("uk")
def _(r):
    fn, fv = r.choice(UK_F)
    pm, pmv, pf, pfv = r.choice(UK_PAT)
    return T(
        """Шановна {voc}!
Надсилаю дані доньки для оформлення в табір: свідоцтво про народження {sv}. Мій документ — ID-картка {idc}, запис № {unzr}.
Внесок {amt} сплатила через Приват24.""",
        voc=N(f"{fv} {pfv}", "salutation"),
        sv=ID(ua_birth_cert(r)),
        idc=ID(ua_idcard(r)),
        unzr=ID(unzr(r)),
        amt=amount(r, "uk", 300, 1500),
    )


@item("uk")
def _(r):
    return T(
        """Показники газового лічильника на {d}: {q} м³.
Особовий рахунок {acc}, EIC-код {eic}, лічильник № {meter}.
Рахунок на {amt} явно завищений, прошу перевірити.
Дзвоніть після 18:00:
{ph}""",
        d=date(r, "uk", style="num"),
        q=K("quantity", str(r.randint(1000, 9000))),
        acc=keepnum(r, "invalid_checksum_number", lambda r: digits(r, 10, first="0")),
        eic=keepnum(
            r,
            "invalid_checksum_number",
            lambda r: "56XS" + digits(r, 10, first="0") + letters(r, 1) + digits(r, 1),
        ),
        meter=keepnum(r, "invalid_checksum_number", meter_like_passport),
        amt=amount(r, "uk", 200, 900),
        ph=PH(phone(r, "UA", "nat")),
    )


@item("uk")
def _(r):
    return T(
        """Добрий день, хочу оформити знижку для учасників бойових дій на абонемент {plan}. Посвідчення УБД маю з собою, у формі на сайті поле не приймає пробіл.
Серія і номер, як у посвідченні: {ubd}
Військовий квиток теж є, якщо треба: {vk}""",
        plan=K("brand", r.choice(["«Безліміт 12»", "«Ранковий»"])),
        ubd=ID(letters(r, 2, "АВЕКМНС") + " " + digits(r, 6)),
        vk=ID(letters(r, 2, "АВЕКМН") + "-" + digits(r, 6)),
    )


@item("uk")
def _(r):
    return T(
        """Доброго дня. Документи для контракту на т/х {vessel}, посадка в Констанці {d}.
Посвідчення особи моряка, потім закордонний паспорт:
{sb}
{pp}
Медогляд пройдено, сертифікати у вкладенні.""",
        vessel=K("brand", r.choice(["«Black Sea Pearl»", "«Nordic Trader»"])),
        d=date(r, "uk", style="num"),
        sb=ID(letters(r, 2, "АВЕКМНОР") + " " + digits(r, 6)),
        pp=ID(ua_foreign(r)),
    )


@item("uk")
def _(r):
    return T(
        """Доброго дня, я громадянин Грузії, живу у Львові. Банк не бачить мою посвідку в системі.
Residence permit No.
{rp}
Запис УНЗР (з картки): {unzr}
Паспорт Грузії — {ge}""",
        rp=ID(digits(r, 9, first="0")),
        unzr=ID(unzr(r)),
        ge=ID(digits(r, 2, "1") + letters(r, 2) + digits(r, 5)),
    )


@item("uk")
def _(r):
    a = person(r, "uk", female=True)
    return T(
        """Так, документ той самий: {idc}

Пн, {d} о {t} {agent} <{mail}> пише:
> Доброго дня! Для переоформлення договору {contract} надішліть, будь ласка, номер документа, що посвідчує особу.
> З повагою, {team}""",
        idc=ID(ua_idcard(r)),
        d=date(r, "uk", style="word"),
        t=time_(r),
        agent=N(a.full, "other"),
        mail=EM(email_for(r, a, ["support.lanet-demo.ua"])),
        contract=keepnum(r, "invalid_checksum_number", lambda r: "Д" + digits(r, 8, first="1")),
        team=K("team_name", "служба підтримки"),
    )


@item("uk")
def _(r):
    fn = r.choice(["Соломія", "Марічка", "Ярина", "Оля"])
    return T(
        """Привіт! Це {fn} з п'ятого під'їзду 🙂 Голова ОСББ просить номер документа для пропуску на паркінг: ID {idc}, авто {car}, місце {spot}. Дякую!""",
        fn=N(fn, "self_intro"),
        idc=ID(ua_idcard(r)),
        car=K("brand", r.choice(["Skoda Fabia", "Renault Duster"])),
        spot=K("quantity", str(r.randint(1, 60))),
    )


@item("uk")
def _(r):
    return T(
        """Бронювання авто {ref} на {d}, видача у Львові о {t}. Кермувати буде ще друг з Польщі.
Його посвідчення водія (з картки, як є):
Nr prawa jazdy
{dl}""",
        ref=keepnum(r, "order_number", lambda r: "LV" + digits(r, 6, first="123456789")),
        d=date(r, "uk", style="num"),
        t=time_(r),
        dl=ID(pl_driving(r)),
    )


@item("uk")
def _(r):
    return T(
        """ТЕРМІНОВО! Вкрали гаманець з карткою {card}. Моя остання покупка — {amt} в «{shop}» {d}, далі вже не я.
Телефон також вкрали, пишу з ноутбука. Дзвоніть дружині: {ph}""",
        card=P("card", card(r, "mc", "4")),
        amt=amount(r, "uk", 20, 300),
        shop=K("brand", r.choice(["Сільпо", "АТБ", "Novus"])),
        d=date(r, "uk", style="num"),
        ph=PH(phone(r, "UA", "+380br")),
    )


@item("uk")
def _(r):
    p = person(r, "uk", female=True)
    return T(
        """Посилання для скидання пароля не працює, пише «недійсний токен»:
{url}
Акаунт на {mail}, застосунок версії {ver} (iOS).""",
        url=P("url_token", f"https://my.hmara-demo.com.ua/reset?t={token(r, 32)}"),
        mail=EM(email_for(r, p, ["ukr.net", "i.ua", "gmail.com"])),
        ver=K("version", f"{r.randint(2, 5)}.{r.randint(0, 12)}.{r.randint(0, 9)}"),
    )


@item("uk")
def _(r):
    cu = city_uk(r)
    return T(
        """Заявка {ord} / договір {contract}
Абонент: ID-картка {idc}, УНЗР {unzr}
Адреса підключення: {addr}
Тариф {tariff}, монтаж {d} з {t1} до {t2}""",
        ord=keepnum(r, "order_number", order_no(r, "aa7")),
        contract=keepnum(r, "invalid_checksum_number", lambda r: digits(r, 9, first="1")),
        idc=ID(ua_idcard(r)),
        unzr=ID(unzr(r)),
        addr=AD(f"м. {cu[1]}, {street_uk(r)}"),
        tariff=K("brand", r.choice(["«Домашній 500»", "«Гігабіт»"])),
        d=date(r, "uk", style="num"),
        t1=K("time", "10:00"),
        t2=K("time", "14:00"),
    )


@item("uk")
def _(r):
    me = person(r, "uk", female=True)
    son = person(r, "uk", female=False)
    return T(
        """Довіреність

Я, {n}, паспорт {p1}, уповноважую свого сина
{son}
(ID-картка, номер нижче)
{p2}
представляти мої інтереси в сервісному центрі МВС щодо перереєстрації автомобіля.

м. {city}, {d}""",
        n=N(me.fio, "self_intro"),
        p1=ID(ua_old_passport(r)),
        son=N(son.fio, "other"),
        p2=ID(ua_idcard(r)),
        city=K("city", r.choice(["Рівне", "Луцьк", "Тернопіль"])),
        d=date(r, "uk", style="num"),
    )


@item("uk")
def _(r):
    return T(
        """Відправила покупцю навушники {prod}, ТТН {ttn}. Оплата при отриманні {amt}. Покупець пише, що у відділенні № {dep} посилку не видають, бо «немає в системі». Перевірте, будь ласка.""",
        prod=K("product_code", "JBL Tune " + digits(r, 3, "57")),
        ttn=keepnum(r, "tracking_number", lambda r: "59" + digits(r, 12, first="0")),
        amt=amount(r, "uk", 300, 1500),
        dep=K("quantity", str(r.randint(1, 300))),
    )


@item("uk")
def _(r):
    return T(
        """{g}
Прошу заморозити абонемент на час лікарняного (з {d}). Клубна картка {club}.
Довідку принесу на рецепцію {gym}.
Гарного дня!
{ph}""",
        g=K("greeting_without_name", "Доброго дня!"),
        d=date(r, "uk", style="num"),
        club=keepnum(r, "invalid_checksum_number", bad16),
        gym=K("brand", r.choice(["Sport Life Оболонь", "Gym 24 Поділ", "FitCurves"])),
        ph=PH(phone(r, "UA", "0xx")),
    )


@item("uk")
def _(r):
    a = person(r, "uk", female=True)
    return T(
        """---------- Пересланий лист ---------
Від: {n1} <{e1}>
Дата: {d}
Тема: документи на візу до Великої Британії

Закордонні паспорти в додатку. Номери: мій {p1}, доньки {p2}.

Пересилаю вам, клієнтка поспішає.
{team}""",
        n1=N(a.full, "other"),
        e1=EM(email_for(r, a, ["ukr.net", "gmail.com"])),
        d=date(r, "uk", style="word"),
        p1=ID(ua_foreign(r)),
        p2=ID(ua_foreign(r)),
        team=K("team_name", "Візовий відділ «Подорожі світом»"),
    )


@item("uk")
def _(r):
    return T(
        """Список пасажирів евакуаційного автобуса {bus}, виїзд {d} о {t}:
1. жінка, 34 р. — ID {p1}
2. жінка, 67 р. — паспорт {p2}
3. дитина, 6 р. — свідоцтво про народження {p3}""",
        bus=K(
            "product_code",
            letters(r, 2, "АВКН") + " " + digits(r, 4) + " " + letters(r, 2, "АВЕКМНОРСТХ"),
        ),
        d=date(r, "uk", style="num"),
        t=time_(r),
        p1=ID(ua_idcard(r)),
        p2=ID(ua_old_passport(r)),
        p3=ID(ua_birth_cert(r)),
    )


@item("uk")
def _(r):
    return T(
        """Загубив ID-картку десь у маршрутці. Заяву в поліцію подав.
Прошу заблокувати можливість ідентифікації за нею у вашому банку. Номер картки: {idc}. Запис у реєстрі — {unzr}.
Мій номер телефону не змінювався: {ph}""",
        idc=ID(ua_idcard(r)),
        unzr=ID(unzr(r)),
        ph=PH(phone(r, "UA", "intl")),
    )


@item("uk")
def _(r):
    fn = r.choice(UK_F)[0]
    a, b = r.sample(UK_SUR, 2)
    cu = city_uk(r)
    return T(
        """Доброго дня.
Прошу замінити диван {prod} за замовленням {ord}: через місяць тріснула оббивка. Майстер дефект підтвердив.
З повагою,
{n}
{addr}
{ph}""",
        prod=K("brand", r.choice(["«Бостон»", "«Верона 3»"])),
        ord=keepnum(r, "order_number", order_no(r, "pref")),
        n=N(f"{a[1]}-{b[1]} {fn}", "signature"),
        addr=AD(f"{cu[0]}, м. {cu[1]}, {street_uk(r)}"),
        ph=PH(phone(r, "UA", "0xx")),
    )


@item("uk")
def _(r):
    return T(
        """Електронний рецепт {code}, препарат {drug}, {q} упаковки. В аптеці на {street} кажуть, що рецепт уже погашений, хоча я нічого не купувала. Чек на {amt} не мій.""",
        code=K("product_code", "-".join(token(r, 4, "ABCDEFGHKMPTX0123456789") for _ in range(4))),
        drug=K("brand", r.choice(["L-тироксин 50", "Конкор 5", "Метформін 850"])),
        q=K("quantity", "2"),
        street=K("street_as_brand", r.choice(["Хрещатику", "Дерибасівській"])),
        amt=amount(r, "uk", 50, 300),
    )


@item("uk")
def _(r):
    fn, fv = r.choice(UK_F)
    return T(
        """Пані {voc},
договір підготую на завтра. Підтвердьте, будь ласка, дані, які я переписав з вашого паспорта:
{pp}, виданий {org}.
Застава {amt}, оплата до {day} числа. Ключі передам о {t}.""",
        voc=N(fv, "salutation"),
        pp=ID(ua_old_passport(r)),
        org=K(
            "company",
            r.choice(
                [
                    "Шевченківським РВ ГУ ДМС України в м. Києві",
                    "Галицьким РВ ГУ ДМС у Львівській області",
                ]
            ),
        ),
        amt=amount(r, "uk", 3000, 10000),
        day=K("quantity", "10"),
        t=time_(r),
    )


@item("uk")
def _(r):
    p = person(r, "uk", female=False)
    return T(
        """Доброго дня. Мене звати {n}, я водій-далекобійник. Для оформлення візи в Канаду мені потрібна довідка з вашої компанії.
Закордонний паспорт у мене новий: {pp}. Старий ({pp_old}) здав при обміні.
Рейс {fl} запланований на {d}.""",
        n=N(p.full, "self_intro"),
        pp=ID(ua_foreign(r)),
        pp_old=ID(ua_foreign(r)),
        fl=K("product_code", flight(r)),
        d=date(r, "uk", style="word"),
    )


@item("uk")
def _(r):
    return T(
        """У Дії досі відображається паспорт-книжечка, хоча я вже отримав ID-картку.
Старий: {old}
Новий: {new}
Звернення в підтримку {tk}, відповіді немає вже тиждень.""",
        old=ID(ua_old_passport(r)),
        new=ID(ua_idcard(r)),
        tk=keepnum(r, "ticket_number", lambda r: "#" + digits(r, 7, first="1")),
    )


@item("uk")
def _(r):
    return T(
        """Підтримка: Підкажіть, будь ласка, номер документа, який вказували при бронюванні.
Я: хіба номера замовлення {ord} не вистачить?
Підтримка: На жаль, ні, система вимагає обидва.
Я: зрозуміло, {pp}""",
        ord=keepnum(r, "order_number", order_no(r, "aa7")),
        pp=ID(ua_foreign(r)),
    )


@item("uk")
def _(r):
    return T(
        """Прошу повернути {amt} за скасований курс «{course}» на рахунок
{iban}
(це рахунок мами, свого в мене ще немає).""",
        amt=amount(r, "uk", 500, 3000),
        course=K("brand", "Англійська з нуля"),
        iban=P("iban", iban(r, "UA", "4")),
    )


@item("uk")
def _(r):
    return T(
        """Летимо з Жешува рейсом {fl} {d}, бронювання {pnr}. Онлайн-реєстрація не приймає паспорт сина, а мій прийняла ({pp2}).
Переписую точно з документа:
{pp}
Дійсний до {exp}. Місця {s1}, {s2}.""",
        fl=K("product_code", "LO " + str(r.randint(3800, 3999))),
        d=date(r, "uk", style="word"),
        pnr=K("order_number", booking_ref(r)),
        pp2=ID(ua_foreign(r)),
        pp=ID(ua_foreign(r)),
        exp=date(r, "uk", 2027, 2034, "num"),
        s1=K("product_code", f"{r.randint(10, 30)}A"),
        s2=K("product_code", f"{r.randint(10, 30)}B"),
    )


@item("uk")
def _(r):
    return T(
        """Запис на оформлення першого закордонного паспорта для дитини.
Документ дитини: свідоцтво про народження
Серія та номер
{sv}
Документ законного представника: ID-картка
Номер / УНЗР
{idc} / {unzr}
Бажана дата: {d}""",
        sv=ID(ua_birth_cert(r)),
        idc=ID(ua_idcard(r)),
        unzr=ID(unzr(r)),
        d=date(r, "uk", style="num"),
    )


@item("uk")
def _(r):
    return T(
        """Замовлення {ord}: корм {b1} 12 кг і лежанка {prod}. Кур'єр привіз тільки корм, ТТН {ttn}. Лежанка в кабінеті «доставлена». Прошу розібратися, я ваша клієнтка з {y} року.""",
        ord=keepnum(r, "order_number", order_no(r, "hash7")),
        b1=K("brand", r.choice(["Optimeal", "Club 4 Paws", "Brit Care"])),
        prod=keepnum(r, "product_code", lambda r: "LZ-" + digits(r, 3) + "-M"),
        ttn=keepnum(r, "tracking_number", lambda r: "20" + digits(r, 12, first="4")),
        y=K("date", "2020"),
    )


@item("uk")
def _(r):
    a = person(r, "uk", female=True)
    b = person(r, "uk", female=False)
    return T(
        """Контакти на весілля {d}:
{n1}, {job1}
{ph1}
{n2}, {job2}
{ph2}
Збір гостей о {t}, ресторан «{rest}».""",
        d=date(r, "uk", style="num"),
        n1=N(a.full, "other"),
        job1=K("job_title", "координаторка"),
        ph1=PH(phone(r, "UA", "0xx")),
        n2=N(b.full, "other"),
        job2=K("job_title", "фотограф"),
        ph2=PH(phone(r, "UA", "+380br")),
        t=time_(r),
        rest=K("brand", r.choice(["Липа", "Дубовий гай"])),
    )


@item("uk")
def _(r):
    return T(
        """Доброго дня! Працюю в Польщі через вашу агенцію. Для договору потрібні дані з карти побиту, надсилаю як у документі:
Numer karty pobytu
{kp}
PESEL {pesel}
Польський номер для зв'язку: {ph}""",
        kp=ID(pl_residence(r)),
        pesel=P("pesel", pesel(r, y=r.randint(1985, 2000))),
        ph=PH(phone(r, "PL", "+3-3-3")),
    )


@item("uk")
def _(r):
    return T(
        """Купила сумку {b1} у {shop}, через тиждень відірвалася ручка. Чек {rcpt} є, гарантія {q} місяців. На повернення {amt} у магазині сказали чекати «до 14 робочих днів». Дуже довго.""",
        b1=K("person_like_brand", "Michael Kors"),
        shop=K("brand", "Епіцентрі"),
        rcpt=keepnum(r, "invoice_number", lambda r: "ФН " + digits(r, 6, first="1")),
        q=K("quantity", "6"),
        amt=amount(r, "uk", 1500, 4000),
    )


# ===========================================================================
# English
# ===========================================================================

from stdnum.gb import nhs as gb_nhs  # noqa: E402


def nhs_number(r):
    for _ in range(1000):
        body = digits(r, 9, first="4")
        for c in DIG:
            if _valid(gb_nhs, body + c):
                v = body + c
                return f"{v[:3]} {v[3:6]} {v[6:]}"
    raise RuntimeError


@no_checksum_id
def brp(r):
    return r.choice(["ZR", "ZU", "RF", "ZX"]) + digits(r, 7)


@no_checksum_id
def us_passport(r):
    return digits(r, 9, first="5")


@no_checksum_id
def ie_passport(r):
    return r.choice(["PA", "PB", "PD", "PE"]) + digits(r, 7)


@item("en")
def _(r):
    return T(
        """Hi there,

Thanks for the pre-arrival email. You asked for ID details for everyone on booking {ref}, so here they are (all British passports):

me – {p1}
my husband – {p2}

We should be with you around {t} on {d}. Could we have a ground-floor room if possible?""",
        ref=K("order_number", booking_ref(r)),
        p1=ID(gb_passport(r)),
        p2=ID(gb_passport(r)),
        t=time_(r, "en"),
        d=date(r, "en", style="word"),
    )


@item("en")
def _(r):
    a_f, a_l = r.choice(EN_M), r.choice(EN_SUR)
    b_f, b_l = r.choice(EN_F), r.choice(EN_SUR)
    return T(
        """Re: hire {ref}, collection {d} at {t}, {loc}.

There'll be two drivers. Licence numbers below, main driver first:
{dl1}
{dl2}
Our flight is {fl} in case it's late.""",
        ref=keepnum(r, "order_number", lambda r: "HZ" + digits(r, 8, first="3456")),
        d=date(r, "en", style="num"),
        t=time_(r, "en"),
        loc=K("city", r.choice(["Manchester Airport", "Bristol Airport"])),
        dl1=ID(gb_driving(r, a_l, a_f)),
        dl2=ID(gb_driving(r, b_l, b_f, female=True)),
        fl=K("product_code", flight(r)),
    )


@item("en")
def _(r):
    return T(
        """Hello, I'm registering with your agency for warehouse shifts. I don't have a British passport; I have a biometric residence permit, which your form doesn't list as an option.
The number on the card is {brp}. My share code for the right-to-work check is {share} (valid until {d}).
NI number, if you need it: {nino}""",
        brp=ID(brp(r)),
        share=K(
            "product_code",
            f"{letters(r, 1)}{digits(r, 1)}{letters(r, 1)} {letters(r, 3)} {digits(r, 1)}{letters(r, 2)}",
        ),
        d=date(r, "en", style="word"),
        nino=ID(gb_nino(r)),
    )


@item("en")
def _(r):
    a = r.choice(["Chloe", "Megan", "Priya"])
    return T(
        """Agent {a1}: Thanks for waiting. Before I can raise your limit I need to confirm the number on your passport please.
Me: one sec, it's in the drawer
Me: ok
Me: {pp}
Agent {a2}: Perfect, thank you. Your new limit of {amt} is active now.""",
        a1=N(a, "other"),
        a2=N(a, "other"),
        pp=ID(gb_passport(r)),
        amt=amount(r, "en", 500, 5000),
    )


@item("en")
def _(r):
    return T(
        """My passport was stolen from our hotel room in Lisbon last night and I'm booked on {fl} home on {d} ({pnr}). I've reported it to the police and I'm getting an emergency travel document from the embassy tomorrow.
The stolen passport was
{pp}
Please update the booking so I'm not stopped at the gate. You can reach me on my mobile: {ph}""",
        fl=K("product_code", flight(r)),
        d=date(r, "en", style="word"),
        pnr=K("order_number", booking_ref(r)),
        pp=ID(gb_passport(r)),
        ph=PH(phone(r, "GB", "intl", mobile=True)),
    )


@item("en")
def _(r):
    fn = r.choice(["Niamh", "Siobhan", "Aoife"])
    return T(
        """Hi, my colleague {fn} will pick up parcel {track} from the depot for me tomorrow as I'm off sick. She'll bring her Irish passport – the number's {pp} if you want to note it on the collection.
Thanks!""",
        fn=N(fn, "other"),
        track=keepnum(
            r,
            "tracking_number",
            lambda r: "H0" + digits(r, 2) + letters(r, 3) + digits(r, 7, first="1"),
        ),
        pp=ID(ie_passport(r)),
    )


@item("en")
def _(r):
    return T(
        """New patient registration – {surgery}
Previous GP: in Poland, no NHS records yet.
NHS number (issued last week):
{nhs}
ID seen at reception: Polish passport
{pp}
Date of birth {bd}
Preferred contact, patient's daughter:
{ph}""",
        surgery=K("company", r.choice(["Beech Grove Medical Practice", "Riverside Surgery"])),
        nhs=ID(nhs_number(r)),
        pp=ID(pl_passport(r)),
        bd=bdate(r, "en"),
        ph=PH(phone(r, "GB", "nat")),
    )


@item("en")
def _(r):
    b = person(r, "en", female=True)
    return T(
        """Dear Sirs,

Purchase of {addr}

For your ID checks, please find below the details of both buyers.

Buyer 1
Passport: {p1}

Buyer 2
She doesn't hold a passport; driving licence as follows
{dl}

Kind regards,
{co}""",
        addr=AD(f"{street_en(r)}, {(ce := city_en(r))[0]} {ce[1]}"),
        p1=ID(gb_passport(r)),
        dl=ID(gb_driving(r, b.last, b.first, female=True)),
        co=K("company", r.choice(["Oakfield Estates", "Brightwater Lettings & Sales"])),
    )


@item("en")
def _(r):
    return T(
        """Ordered a {prod} from {shop} (order {ord}) and it arrived with a cracked lid (serial {sn}). Returned it, refund of {amt} took {q} days. The driver from {cour} was lovely though, so two stars rather than one.""",
        prod=K("product_code", "Ninja AF" + digits(r, 3, "1") + "UK"),
        shop=K("brand", r.choice(["Argos", "Currys", "AO.com"])),
        ord=keepnum(
            r,
            "order_number",
            lambda r: digits(r, 3, first="2") + "-" + digits(r, 7) + "-" + digits(r, 7),
        ),
        amt=amount(r, "en", 80, 250),
        sn=keepnum(
            r,
            "product_code",
            lambda r: letters(r, 5) + digits(r, 6) + letters(r, 2) + digits(r, 1) + letters(r, 2),
        ),
        q=K("quantity", "19"),
        cour=K("brand", r.choice(["Evri", "DPD", "Yodel"])),
    )


@item("en")
def _(r):
    return T(
        """Hello, we're flying {fl} to Malaga on {d}, booking ref {pnr}. Online check-in keeps rejecting my daughter's passport; mine went through fine ({pp2}).
Copied exactly from her passport:
{pp}
Expiry {exp}. Seats {s1} and {s2}.
What am I doing wrong?""",
        fl=K("product_code", "FR " + str(r.randint(1000, 9999))),
        d=date(r, "en", style="word"),
        pnr=K("order_number", booking_ref(r)),
        pp2=ID(gb_passport(r)),
        pp=ID(gb_passport(r)),
        exp=date(r, "en", 2027, 2034, "num"),
        s1=K("product_code", f"{r.randint(10, 30)}E"),
        s2=K("product_code", f"{r.randint(10, 30)}F"),
    )


@item("en")
def _(r):
    ce = city_en(r)
    return T(
        """Council Tax – change of address

Account reference: {acc}
New address: {addr}
Moving date: {d}

I've been asked for my National Insurance number as well. It's on my payslip as {nino}.
Single person discount still applies.

{ph}""",
        acc=keepnum(r, "invalid_checksum_number", lambda r: digits(r, 9, first="9")),
        addr=AD(f"{street_en(r)}\n{ce[0]}\n{ce[1]}"),
        d=date(r, "en", style="num"),
        nino=ID(gb_nino(r, spaced=False)),
        ph=PH(phone(r, "GB", "nat")),
    )


@item("en")
def _(r):
    a_f, a_l = r.choice(EN_M), r.choice(EN_SUR)
    return T(
        """Policy {pol} – adding a named driver

I'd like to add my son, who passed his test in {y}. His licence:
{dl}
Mine is unchanged. Current premium {amt}; please let me know the extra cost before making the change.""",
        pol=keepnum(
            r,
            "invalid_checksum_number",
            lambda r: "MTR/" + digits(r, 7, first="1") + "/" + letters(r, 2),
        ),
        y=K("date", str(r.randint(2019, 2024))),
        dl=ID(gb_driving(r, a_l, a_f)),
        amt=amount(r, "en", 400, 1200),
    )


@item("en")
def _(r):
    p = person(r, "en")
    co = r.choice(
        ["Pennine Joinery Ltd", "Harbourside Print Co. Ltd", "Greenway Catering Supplies Ltd"]
    )
    ce = city_en(r)
    return T(
        """Our details for the supplier form (PO {po}):

{co}
Company no. {crn}
VAT {vat}
Registered office: {addr}
Bank for refunds: {iban}

Best regards,

{n}
{job}
{co2}
{ph}""",
        po=keepnum(r, "order_number", lambda r: "PO-" + digits(r, 5, first="123456789")),
        co=K("company", co),
        crn=keepnum(r, "invalid_checksum_number", lambda r: digits(r, 8, first="01")),
        vat=TX(gbvat(r)),
        addr=AD(f"{street_en(r)}, {ce[0]} {ce[1]}"),
        iban=P("iban", iban(r, "GB")),
        n=N(p.full, "signature"),
        job=K("job_title", r.choice(["Finance Manager", "Operations Director", "Purchasing Lead"])),
        co2=K("company", co),
        ph=PH(phone(r, "GB", "intl")),
    )


@item("en")
def _(r):
    a = person(r, "en", female=True)
    return T(
        """Yes, it's the same licence I used when I signed up: {dl}

On {d}, at {t}, {agent} <{mail}> wrote:
> Hi, to finish transferring contract {contract} we need the number of the photo ID you used when the account was opened.
> Thanks, {team}""",
        dl=ID(gb_driving(r, r.choice(EN_SUR), r.choice(EN_F), female=True)),
        d=date(r, "en", style="num"),
        t=time_(r, "en"),
        agent=N(a.full, "other"),
        mail=EM(email_for(r, a, ["help.fibrenet-demo.co.uk"])),
        contract=keepnum(r, "invalid_checksum_number", lambda r: "CT" + digits(r, 8, first="1")),
        team=K("team_name", "Customer Care Team"),
    )


@item("en")
def _(r):
    t_l = r.choice(EN_SUR)
    return T(
        """Dear Mrs {t},

For the Year 8 trip to Paris, here is {kid}'s passport number as requested: {pp}. It expires in {exp}, so well after the trip.
The deposit of {amt} was paid through ParentPay today. If anything's missing, I'm on {ph} after 4pm.

Many thanks""",
        kid=N(r.choice(["Ruby", "Isla", "Freddie", "Alfie"]), "other"),
        t=N(t_l, "salutation"),
        pp=ID(gb_passport(r)),
        exp=K("date", f"{MONTHS['en'][r.randint(0, 11)]} {r.randint(2028, 2033)}"),
        amt=amount(r, "en", 50, 200),
        ph=PH(phone(r, "GB", "nat")),
    )


@item("en")
def _(r):
    return T(
        """Meter reading {d}: {q} kWh.
Meter serial {meter}, MPAN {mpan}.
My direct debit of {amt} a month is too high now that usage has dropped by about {pct}.
Best to call after work –
{ph}""",
        d=date(r, "en", style="num"),
        q=K("quantity", str(r.randint(10000, 60000))),
        meter=keepnum(r, "invalid_checksum_number", meter_like_passport),
        mpan=keepnum(
            r,
            "invalid_checksum_number",
            lambda r: (
                "S 01 801 101 "
                + digits(r, 2)
                + " "
                + digits(r, 4)
                + " "
                + digits(r, 4)
                + " "
                + digits(r, 3)
            ),
        ),
        amt=amount(r, "en", 60, 250),
        pct=K("percent", f"{r.randint(15, 35)}%"),
        ph=PH(phone(r, "GB", "intl0")),
    )


@item("en")
def _(r):
    return T(
        """Order {ord}: {b1} cat food (10kg) and a scratching post, {prod}. Only the food turned up with {cour}, tracking {track}. The post says delivered on my account. Can you look into it? Customer since {y}.""",
        ord=keepnum(r, "order_number", order_no(r, "hash7")),
        b1=K("brand", r.choice(["Lily's Kitchen", "Purina ONE", "Harringtons"])),
        prod=keepnum(r, "product_code", lambda r: "SP-" + digits(r, 4) + "-GR"),
        cour=K("brand", r.choice(["Evri", "DPD"])),
        track=keepnum(
            r,
            "tracking_number",
            lambda r: "H0" + digits(r, 2) + letters(r, 3) + digits(r, 7, first="1"),
        ),
        y=K("date", "2017"),
    )


@item("en")
def _(r):
    a = person(r, "en", female=False)
    b = person(r, "en", female=True)
    return T(
        """Confirming a twin room for {d1} to {d2}. Guests: {n1} ({p1}) and {n2} ({p2}), both US citizens. Invoice to the company please; PO number to follow. Our reference {ref}.""",
        d1=(dr := date_range(r, "en", "en"))[0],
        d2=dr[1],
        n1=N(a.full, "other"),
        p1=ID(us_passport(r)),
        n2=N(b.full, "other"),
        p2=ID(us_passport(r)),
        ref=keepnum(r, "order_number", lambda r: digits(r, 8, first="1")),
    )


@item("en")
def _(r):
    return T(
        """I'm moving my number {ph1} from {op1} to {op2}. My PAC is {pac}.
The old contract still has my old driving licence on it – {old} – and I've since had a new one issued with a new address. New number: {new}. Which one should go on the form?""",
        ph1=PH(phone(r, "GB", "nat")),
        op1=K("brand", "Vodafone"),
        op2=K("brand", r.choice(["giffgaff", "Three", "EE"])),
        pac=keepnum(
            r, "invalid_checksum_number", lambda r: letters(r, 3) + digits(r, 6, first="123456789")
        ),
        old=ID(gb_driving(r, (sn := r.choice(EN_SUR)), (fn := r.choice(EN_M)))),
        new=ID(gb_driving(r, sn, fn)),
    )


@item("en")
def _(r):
    return T(
        """Picked the car up after its MOT on {d}, and the engine light came straight back on. VIN {vin}, mileage {mi}. Invoice {inv} also lists a new wiper blade I never asked for. Total paid {amt}.""",
        d=date(r, "en", style="num"),
        vin=K("product_code", vin(r)),
        mi=K("quantity", f"{r.randint(20, 140)},{digits(r, 3)}"),
        inv=keepnum(r, "invoice_number", lambda r: "INV-" + digits(r, 6, first="1")),
        amt=amount(r, "en", 100, 700),
    )


@item("en")
def _(r):
    p = person(r, "en")
    return T(
        """The password reset link you sent me says "expired" straight away:
{url}
Account email: {mail}. I'm on version {ver} of the app.""",
        url=P(
            "url_token",
            f"https://accounts.rotaplanner-demo.co.uk/reset?token={token(r, 40)}&uid={digits(r, 5)}",
        ),
        mail=EM(email_for(r, p, ["gmail.com", "btinternet.com", "outlook.com"])),
        ver=K("version", f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}"),
    )


@item("en")
def _(r):
    return T(
        """URGENT – my purse was taken at the station with my debit card {card} inside.
Last genuine payment: {amt} at {shop} on {d}. Anything after that isn't me.
My phone went too, so please ring my partner: {ph}""",
        card=P("card", card(r, "visa", "4")),
        amt=amount(r, "en", 3, 60),
        shop=K("brand", r.choice(["Greggs", "Tesco Express", "Pret"])),
        d=date(r, "en", style="num"),
        ph=PH(phone(r, "GB", "nat")),
    )


@item("en")
def _(r):
    fn = r.choice(["Jess", "Becky", "Tom", "Ollie"])
    return T(
        """hiya, it's {fn} from flat {flat}! the letting agent needs my NI number for the deposit scheme, so here it is: {nino}. bike store key is no. {key}. cheers""",
        fn=N(fn, "self_intro"),
        flat=K("quantity", str(r.randint(1, 30))),
        nino=ID(gb_nino(r).lower()),
        key=K("quantity", str(r.randint(1, 20))),
    )


@item("en")
def _(r):
    v = gb_passport(r)
    return T(
        """Tenant application – typed up from the photo (please double-check, the scan was blurry):

Passport No: {pp}
Nationality: GBR
Date of expiry: {exp}
Employer: {co}""",
        pp=ID(f"{v[0]} {v[1:5]} {v[5:]}"),
        exp=date(r, "en", 2027, 2034, "num"),
        co=K("company", r.choice(["NHS Trust", "Sainsbury's Argos", "Leeds City Council"])),
    )


@item("en")
def _(r):
    return T(
        """Hi, I'm trying to claim the Armed Forces discount on a railcard. The form only has a box for a Defence Discount Service number and mine won't validate.
Here's my MOD 90 card number instead, copied off the card:
{mod}
Service number {sn}, if that helps.""",
        mod=ID(digits(r, 8, first="2") + letters(r, 1)),
        sn=ID(digits(r, 8, first="3")),
    )


@item("en")
def _(r):
    return T(
        """Documents for the crew contract on {vessel} (joining in Southampton on {d}):
1) passport – scan attached
2) Discharge Book
Numbers, same order:
{pp}
{db}
STCW certificates to follow.""",
        vessel=K("brand", r.choice(["MV Solent Pride", "Island Voyager"])),
        d=date(r, "en", style="num"),
        pp=ID(gb_passport(r)),
        db=ID("R" + digits(r, 6)),
    )


@item("en")
def _(r):
    fn = r.choice(PL_M)[0]
    ln = r.choice(PL_SUR)[0]
    return T(
        """Hello, new starter details for payroll:
{n}
Nr dowodu osobistego
{pid}
National Insurance number still pending – appointment booked for {d}.
Polish mobile until he gets a UK SIM: {ph}
HR, {co}""",
        n=N(strip_diacritics(f"{fn} {ln}"), "other"),
        pid=ID(pl_idcard(r)),
        d=date(r, "en", style="word"),
        ph=PH(phone(r, "PL", "+3-3-3")),
        co=K("company", r.choice(["FreshPack Foods Ltd", "Midlands Logistics"])),
    )


@item("en")
def _(r):
    fn = r.choice(EN_F)
    ce = city_en(r)
    return T(
        """Hello,

I'm returning the sofa from order {ord}; the seam split after three weeks. Your technician ({tech}, I think) confirmed the fault and took a photo of my ID for the report, so you should have everything.

Kind regards,
{n}
{addr}
{ph}""",
        ord=keepnum(r, "order_number", order_no(r, "pref")),
        tech=N(r.choice(EN_M), "other"),
        n=N(f"{fn} Hughes-Walker", "signature"),
        addr=AD(f"{street_en(r)}\n{ce[0]} {ce[1]}"),
        ph=PH(phone(r, "GB", "nat")),
    )


@item("en")
def _(r):
    return T(
        """Repeat prescription token {tok}. Patient's NHS number {nhs}.
Is {drug} in stock? I'd like {q} boxes put aside, I'll collect tomorrow after {t}.""",
        tok=K(
            "product_code", "-".join(token(r, 6, string.ascii_uppercase + DIG) for _ in range(3))
        ),
        nhs=ID(nhs_number(r)),
        drug=K("brand", r.choice(["Levothyroxine 50mcg", "Ramipril 5mg", "Sertraline 50mg"])),
        q=K("quantity", "2"),
        t=time_(r, "en"),
    )


@item("en")
def _(r):
    return T(
        """Ticket ref {tkt}, {train} {c1} to {c2}, coach {coach}, seat {seat}. The air con was broken the whole way and the train was {q} minutes late. I'd like a Delay Repay claim for {amt}. Bank details are on the form.""",
        tkt=keepnum(
            r, "ticket_number", lambda r: letters(r, 2) + digits(r, 6, first="1") + letters(r, 1)
        ),
        train=K("brand", r.choice(["Avanti", "LNER", "CrossCountry"])),
        c1=K("city", "Glasgow"),
        c2=K("city", "London Euston"),
        coach=r.choice("ABCDEFGHJ"),
        seat=K("product_code", str(r.randint(10, 80))),
        q=K("quantity", "74"),
        amt=amount(r, "en", 40, 180),
    )


@item("en")
def _(r):
    a = person(r, "en", female=False)
    return T(
        """---------- Forwarded message ---------
From: {n1} <{e1}>
Date: {d}
Subject: ESTA

Passports attached. Numbers are mine {p1} and my wife's {p2}. ESTA application no. {esta}.

---
Passing on to the US desk, client travels on {d2}.
{team}""",
        n1=N(a.full, "other"),
        e1=EM(email_for(r, a, ["gmail.com", "hotmail.co.uk"])),
        d=date(r, "en", style="word"),
        p1=ID(gb_passport(r)),
        p2=ID(gb_passport(r)),
        esta=keepnum(
            r, "order_number", lambda r: letters(r, 2) + digits(r, 6) + letters(r, 1) + digits(r, 5)
        ),
        d2=date(r, "en", style="num"),
        team=K("team_name", "Long Haul Team"),
    )


@item("en")
def _(r):
    ce = city_en(r)
    return T(
        """Broadband order {ord} / account {acc}
ID provided: UK driving licence {dl}
Installation address: {addr}
Engineer slot: {d}, {t1}–{t2}""",
        ord=keepnum(r, "order_number", order_no(r, "aa7")),
        acc=keepnum(r, "invalid_checksum_number", lambda r: digits(r, 10, first="1")),
        dl=ID(gb_driving(r, r.choice(EN_SUR), r.choice(EN_M))),
        addr=AD(f"{street_en(r)}, {ce[0]} {ce[1]}"),
        d=date(r, "en", style="num"),
        t1=K("time", "8am"),
        t2=K("time", "1pm"),
    )


@item("en")
def _(r):
    return T(
        """Support: Could you confirm the passport number used on the booking?
Me: isn't the booking reference {ord} enough?
Support: Sorry, the system needs both.
Me: fair enough, {pp}""",
        ord=keepnum(r, "order_number", order_no(r, "aa7")),
        pp=ID(gb_passport(r)),
    )


@item("en")
def _(r):
    return T(
        """Please refund the {amt} for the cancelled "{course}" course to this account:
{iban}
(it's my mum's account – I don't have one of my own yet).""",
        amt=amount(r, "en", 90, 400),
        course=K("brand", "Intro to Python"),
        iban=P("iban", iban(r, "GB", "raw")),
    )


@item("en")
def _(r):
    fn = r.choice(EN_M)
    return T(
        """Hi {fn},

I'll have the tenancy agreement ready tomorrow. Can you just confirm the details I took from your passport?
{pp}, issued by HM Passport Office.
Deposit {amt}, rent due on the {day} of each month. I'll hand over the keys at {t}.""",
        fn=N(fn, "salutation"),
        pp=ID(gb_passport(r)),
        amt=amount(r, "en", 900, 2000),
        day=K("date", "1st"),
        t=time_(r, "en"),
    )


@item("en")
def _(r):
    return T(
        """{g},
I'd like to freeze my membership while I recover from surgery (from {d}). Membership card {club}.
I'll drop the doctor's note in at {gym}.
Thanks,
{ph}""",
        g=K("greeting_without_name", "Hello"),
        d=date(r, "en", style="num"),
        club=keepnum(r, "invalid_checksum_number", bad16),
        gym=K("brand", r.choice(["PureGym Leeds Central", "The Gym Group Brixton"])),
        ph=PH(phone(r, "GB", "nat")),
    )


@item("en")
def _(r):
    return T(
        """Hi, I'm German and have lived in {city} for two years. To open an account with {bank} I'm sending the details from my ID card, since my passport is being renewed.
Personalausweis-Nr.:
{dea}
gültig bis {exp}
Is that enough, or do you need proof of address as well?""",
        city=K("city", r.choice(["Bristol", "Edinburgh", "Leeds"])),
        bank=K("brand", r.choice(["Monzo", "Nationwide", "Starling"])),
        dea=ID(de_ausweis(r)),
        exp=date(r, "de", 2027, 2034, "num"),
    )


@item("en")
def _(r):
    return T(
        """Bought a coat from {b1} at the {st} store and a bag from {b2}. The bag's strap broke within a week. Receipt {rcpt}, paid {amt}. The store says "send it off, allow 28 days". Not impressed.""",
        b1=K("person_like_brand", "Ted Baker"),
        st=K("street_as_brand", "Oxford Street"),
        b2=K("person_like_brand", "John Lewis"),
        rcpt=keepnum(
            r,
            "invoice_number",
            lambda r: digits(r, 4, first="1") + "-" + digits(r, 4) + "-" + digits(r, 3),
        ),
        amt=amount(r, "en", 60, 300),
    )


@item("en")
def _(r):
    ps = [person(r, "en") for _ in range(3)]
    return T(
        """Site access list for {d} (contractor: {co})
badge,role,id_type,id_number
V-01,{j1},passport,{p1}
V-02,{j2},driving licence,{p2}
V-03,{j3},passport,{p3}""",
        d=date(r, "en", style="num"),
        co=K("company", r.choice(["Northgate Scaffolding Ltd", "Apex Electrical Services"])),
        j1=K("job_title", "scaffolder"),
        p1=ID(gb_passport(r)),
        j2=K("job_title", "site supervisor"),
        p2=ID(gb_driving(r, ps[1].last, ps[1].first, female=ps[1].female)),
        j3=K("job_title", "apprentice"),
        p3=ID(gb_passport(r)),
    )


@item("en")
def _(r):
    me = person(r, "en", female=True)
    dad = person(r, "en", female=False)
    return T(
        """Hello,
My name is {n} and I'm writing on behalf of my father, {dad}, who is in hospital and can't manage email at the moment. He's asked me to update his pension details.
His passport number is {pp} and his NI number is {nino}.
I hold lasting power of attorney (reference {lpa}).""",
        n=N(me.full, "self_intro"),
        dad=N(dad.full, "other"),
        pp=ID(gb_passport(r)),
        nino=ID(gb_nino(r)),
        lpa=keepnum(
            r,
            "invalid_checksum_number",
            lambda r: "7" + digits(r, 3) + "-" + digits(r, 4) + "-" + digits(r, 4),
        ),
    )


# ===========================================================================
# German
# ===========================================================================


@no_checksum_id
def at_passport(r):
    return r.choice("PU") + digits(r, 7)


@no_checksum_id
def ch_passport(r):
    return r.choice("XSF") + digits(r, 7)


@no_checksum_id
def tr_passport(r):
    return r.choice("UZS") + digits(r, 8)


@item("de")
def _(r):
    g = person(r, "de")
    return T(
        """Guten Tag,

anbei wie gewünscht die Angaben für den Meldeschein (Buchung {ref}, Anreise {d1}, Abreise {d2}):

Name: {n}
Geburtsdatum: {bd}
Staatsangehörigkeit: deutsch
Ausweisnummer:
{dea}

Wir kommen voraussichtlich gegen {t} an.""",
        ref=K("order_number", booking_ref(r)),
        d1=(dr := date_range(r, "de", "num"))[0],
        d2=dr[1],
        n=N(g.full, "self_intro"),
        bd=bdate(r, "de"),
        dea=ID(de_ausweis(r)),
        t=time_(r),
    )


@item("de")
def _(r):
    return T(
        """Mietvertrag {ref}, Abholung {d} um {t} am Flughafen {city}.
Es fahren zwei Personen, meine Frau und ich. Die Führerscheinnummern in dieser Reihenfolge:
{dl1}
{dl2}
Flugnummer {fl}, falls wir uns verspäten.""",
        ref=keepnum(r, "order_number", lambda r: "DE" + digits(r, 8, first="5")),
        d=date(r, "de", style="num"),
        t=time_(r),
        city=K("city", r.choice(["Köln/Bonn", "Hamburg", "Stuttgart"])),
        dl1=ID(de_fuehrerschein(r)),
        dl2=ID(de_fuehrerschein(r)),
        fl=K("product_code", flight(r)),
    )


@item("de")
def _(r):
    a = r.choice(["Lukas", "Florian", "Tobias"])
    return T(
        """Berater {a1}: Für die Erhöhung des Dispos muss ich Sie kurz legitimieren. Nennen Sie mir bitte die Nummer Ihres Personalausweises.
Ich: Moment, der liegt im Auto
Ich: so, da bin ich wieder
Ich: {dea}
Berater {a2}: Danke. Ihr Dispo beträgt jetzt {amt}.""",
        a1=N(a, "other"),
        a2=N(a, "other"),
        dea=ID(de_ausweis(r)),
        amt=amount(r, "de", 500, 5000),
    )


@item("de")
def _(r):
    c = r.choice(["Bremen", "Kassel", "Münster"])
    return T(
        """An das Bürgeramt {city}

Mein Personalausweis wurde mir am Wochenende zusammen mit der Geldbörse gestohlen. Die Anzeige bei der Polizei ist erstattet (Vorgangsnummer {vg}).
Zur Sperrung hier die Seriennummer des gestohlenen Ausweises:
{dea}
Bitte teilen Sie mir mit, wann ich einen neuen beantragen kann. Tagsüber erreichen Sie mich unter
{ph}""",
        city=K("city", c),
        vg=keepnum(
            r,
            "ticket_number",
            lambda r: (
                digits(r, 3, first="1")
                + "/"
                + digits(r, 5, first="1")
                + "/"
                + str(r.randint(24, 25))
            ),
        ),
        dea=ID(de_ausweis(r)),
        ph=PH(phone(r, "DE", "slash")),
    )


@item("de")
def _(r):
    h = person(r, "de", female=False)
    return T(
        """Hallo, mein Mann {n} holt das Paket {track} morgen in der Filiale ab, ich bin auf Dienstreise. Die Vollmacht liegt bei. Er zeigt seinen Reisepass vor, die Nummer vorab: {rp}. Ich bin ab {d} wieder da.""",
        n=N(h.full, "other"),
        track=keepnum(r, "tracking_number", lambda r: "00" + digits(r, 18, first="3")),
        rp=ID(de_reisepass(r)),
        d=date(r, "de", style="word"),
    )


@item("de")
def _(r):
    return T(
        """Neuaufnahme – {praxis}
Patientin aus der Ukraine, noch keine elektronische Gesundheitskarte, Behandlungsschein vom Sozialamt liegt vor.
Ausweisdokument (Reisepass):
{pp}
Fiktionsbescheinigung Nr.:
{fik}
Geburtsdatum {bd}
Termin {d}, {t}
Dolmetscherin (Nichte) erreichbar unter
{ph}""",
        praxis=K("company", r.choice(["Hausarztpraxis am Marktplatz", "MVZ Am Stadtpark"])),
        pp=ID(ua_foreign(r)),
        fik=ID(de_aufenthalt(r)),
        bd=bdate(r, "de"),
        d=date(r, "de", style="num"),
        t=time_(r),
        ph=PH(phone(r, "DE", "nat", mobile=True)),
    )


@item("de")
def _(r):
    return T(
        """Sehr geehrte Damen und Herren,

für den Entwurf des Kaufvertrags über die Wohnung {addr} übersende ich die Daten der Beteiligten.

Verkäufer (Eigentümer laut Grundbuch)
Personalausweis {p1}

Käuferin
Reisepass-Nr.
{p2}

Als Beurkundungstermin schlagen wir den {d} vor.
Mit freundlichen Grüßen
{co}""",
        addr=AD(f"{street_de(r)}, {city_de(r)[0]}"),
        p1=ID(de_ausweis(r)),
        p2=ID(de_reisepass(r)),
        d=date(r, "de", style="word"),
        co=K("company", r.choice(["Immobilien Hansa GmbH", "Maklerbüro Sonnenhof"])),
    )


@item("de")
def _(r):
    return T(
        """Bestellung {ord} bei {shop}: Kaffeevollautomat {prod} (Seriennummer {sn}) kam mit gesprungenem Wassertank. Retoure lief problemlos, die {amt} waren nach {q} Tagen wieder auf dem Konto. Der {cour}-Bote war super freundlich, deshalb trotzdem drei Sterne.""",
        ord=keepnum(
            r,
            "order_number",
            lambda r: digits(r, 2, first="1") + "-" + digits(r, 5) + "-" + digits(r, 5),
        ),
        shop=K("person_like_brand", "Otto"),
        prod=K("product_code", "EQ.6 S" + digits(r, 3, "1")),
        amt=amount(r, "de", 400, 1200),
        sn=keepnum(
            r,
            "product_code",
            lambda r: digits(r, 4, first="1") + letters(r, 2) + digits(r, 6) + letters(r, 4),
        ),
        q=K("quantity", "9"),
        cour=K("brand", "Hermes"),
    )


@item("de")
def _(r):
    return T(
        """Hallo,
wir fliegen am {d} mit {fl} nach Palma, Buchungscode {pnr}. Der Online-Check-in lehnt den Kinderreisepass meines Sohnes ab, meiner ging durch ({rp2}).
Abgeschrieben aus seinem Pass:
{rp}
Gültig bis {exp}. Sitzplätze {s1} und {s2}.
Was mache ich falsch?""",
        d=date(r, "de", style="word"),
        fl=K("product_code", "EW " + str(r.randint(500, 9999))),
        pnr=K("order_number", booking_ref(r)),
        rp2=ID(de_reisepass(r)),
        rp=ID(de_reisepass(r)),
        exp=date(r, "de", 2026, 2030, "num"),
        s1=K("product_code", f"{r.randint(10, 30)}C"),
        s2=K("product_code", f"{r.randint(10, 30)}D"),
    )


@item("de")
def _(r):
    pc, c = city_de(r)
    return T(
        """Ummeldung – Anfrage zur Onlinefunktion

Seit dem {d} wohne ich hier: {addr}. Die Wohnungsgeberbestätigung liegt vor.
Kann ich mich online ummelden? Mein Ausweis hat die Online-Ausweisfunktion, die Nummer steht unten.

{dea}

Danke und viele Grüße
{ph}""",
        d=date(r, "de", style="num"),
        addr=AD(f"{street_de(r)}, {pc}"),
        dea=ID(de_ausweis(r)),
        ph=PH(phone(r, "DE", "nat")),
    )


@item("de")
def _(r):
    return T(
        """Betreff: Vertrag {pol} – zusätzlicher Fahrer

Meine Tochter hat seit {y} den Führerschein und soll als Fahrerin eingetragen werden.
Ihre Führerscheinnummer:
{dl}
Meine Daten sind unverändert. Aktueller Beitrag {amt} – bitte nennen Sie mir vorab den Mehrbeitrag.""",
        pol=keepnum(r, "invalid_checksum_number", lambda r: "KV-" + digits(r, 9, first="4")),
        y=K("date", str(r.randint(2019, 2024))),
        dl=ID(de_fuehrerschein(r)),
        amt=amount(r, "de", 300, 1200),
    )


@item("de")
def _(r):
    p = person(r, "de")
    pc, _c = city_de(r)
    co = r.choice(
        ["Holzbau Brenner GmbH", "Feinkost Albrecht & Söhne KG", "Druckerei Lindner e.K."]
    )
    return T(
        """Unsere Stammdaten für Ihr Lieferantenformular (Bestellung {ord}):

{co}
{addr}
USt-IdNr. {ust}
Handelsregister {hrb}
IBAN {iban}

Mit freundlichen Grüßen
i. A. {n}
{job}
{co2}
{ph}""",
        ord=keepnum(r, "order_number", lambda r: "BE-" + digits(r, 6, first="123456789")),
        co=K("company", co),
        addr=AD(f"{street_de(r)}\n{pc}"),
        ust=TX(ustid(r)),
        hrb=keepnum(
            r, "invalid_checksum_number", lambda r: "HRB " + digits(r, 5, first="123456789")
        ),
        iban=P("iban", iban(r, "DE")),
        n=N(p.full, "signature"),
        job=K("job_title", r.choice(["Einkauf", "Buchhaltung", "Vertriebsinnendienst"])),
        co2=K("company", co),
        ph=PH(phone(r, "DE", "intl0")),
    )


@item("de")
def _(r):
    a = person(r, "de", female=True)
    return T(
        """Ja, es ist derselbe Ausweis wie bei Vertragsabschluss: {dea}

Am {d} um {t} schrieb {agent} <{mail}>:
> Guten Tag, für die Übertragung des Vertrags {contract} benötigen wir die Nummer des Ausweisdokuments, mit dem Sie sich damals legitimiert haben.
> Freundliche Grüße
> {team}""",
        dea=ID(de_ausweis(r)),
        d=date(r, "de", style="num"),
        t=time_(r),
        agent=N(a.full, "other"),
        mail=EM(email_for(r, a, ["kundenservice.stadtnetz-demo.de"])),
        contract=keepnum(r, "invalid_checksum_number", lambda r: "V" + digits(r, 9, first="1")),
        team=K("team_name", "Ihr Kundenservice-Team"),
    )


@item("de")
def _(r):
    t_l = r.choice(DE_SUR)
    return T(
        """Liebe Frau {t},

für die Klassenfahrt nach London brauchen Sie ja noch die Passnummer von {kid}: {rp}. Der Kinderreisepass ist bis {exp} gültig.
Den Eigenanteil von {amt} habe ich heute überwiesen. Falls noch etwas fehlt, bin ich nachmittags unter {ph} erreichbar.

Viele Grüße""",
        t=N(t_l, "salutation"),
        kid=N(r.choice(["Emil", "Mia", "Paul", "Lina"]), "other"),
        rp=ID(de_reisepass(r)),
        exp=date(r, "de", 2026, 2030, "num"),
        amt=amount(r, "de", 100, 450),
        ph=PH(phone(r, "DE", "nat_compact", mobile=True)),
    )


@item("de")
def _(r):
    return T(
        """Zählerstand vom {d}: {q} kWh
Zählernummer {meter}
Marktlokation {malo}
Mein Abschlag von {amt} ist viel zu hoch, der Verbrauch ist um ca. {pct} gesunken.
Rückruf bitte abends:
{ph}""",
        d=date(r, "de", style="num"),
        q=K("quantity", str(r.randint(10000, 60000))),
        meter=keepnum(r, "invalid_checksum_number", meter_like_passport),
        malo=keepnum(r, "invalid_checksum_number", lambda r: "5" + digits(r, 10)),
        amt=amount(r, "de", 60, 250),
        pct=K("percent", f"{r.randint(10, 35)} %"),
        ph=PH(phone(r, "DE", "nat")),
    )


@item("de")
def _(r):
    return T(
        """Bestellung {ord}: {b1} Trockenfutter 12 kg und Kratzbaum {prod}. Geliefert hat {cour} nur das Futter, Sendungsnummer {track}. Der Kratzbaum steht im Kundenkonto als zugestellt. Bitte prüfen, ich bestelle seit {y} bei Ihnen.""",
        ord=keepnum(r, "order_number", order_no(r, "hash7")),
        b1=K("brand", r.choice(["Josera", "Animonda", "Wolfsblut"])),
        prod=keepnum(r, "product_code", lambda r: "KB-" + digits(r, 4) + "-XL"),
        cour=K("brand", "DHL"),
        track=keepnum(r, "tracking_number", lambda r: "JJD" + digits(r, 16, first="0")),
        y=K("date", "2016"),
    )


@item("de")
def _(r):
    return T(
        """Hiermit bestätige ich ein Doppelzimmer vom {d1} bis {d2}. Gäste: zwei Kollegen aus unserer Zürcher Niederlassung (Pässe {p1} und {p2}). Erreichbar unter {ph}. Rechnung bitte an die Firma, Referenz {ref}.""",
        d1=(dr := date_range(r, "de", "num"))[0],
        d2=dr[1],
        p1=ID(ch_passport(r)),
        p2=ID(ch_passport(r)),
        ph=PH(phone(r, "CH", "intl")),
        ref=keepnum(r, "order_number", lambda r: digits(r, 8, first="1")),
    )


@item("de")
def _(r):
    return T(
        """Ich möchte meine Nummer {ph1} von {op1} zu {op2} mitnehmen.
Im alten Vertrag steht noch mein alter Ausweis ({old}), inzwischen habe ich einen neuen mit neuer Adresse: {new}. Welchen soll ich im Portierungsformular angeben?
Zweitnummer (dienstlich): {ph2}""",
        ph1=PH(phone(r, "DE", "nat", mobile=True)),
        op1=K("brand", "Vodafone"),
        op2=K("brand", r.choice(["Telekom", "O2", "congstar"])),
        old=ID(de_ausweis(r)),
        new=ID(de_ausweis(r)),
        ph2=PH(phone(r, "DE", "intl")),
    )


@item("de")
def _(r):
    return T(
        """Auto nach der Inspektion am {d} abgeholt, zwei Tage später leuchtet die Motorkontrollleuchte wieder. FIN {vin}, Kilometerstand {km}. Auf der Rechnung {inv} steht außerdem ein Wischerblatt, das ich nie bestellt habe. Bezahlt: {amt}.""",
        d=date(r, "de", style="num"),
        vin=K("product_code", vin(r)),
        km=K("quantity", f"{r.randint(20, 200)}.{digits(r, 3)}"),
        inv=keepnum(r, "invoice_number", lambda r: "RE" + digits(r, 6, first="9")),
        amt=amount(r, "de", 200, 1200),
    )


@item("de")
def _(r):
    p = person(r, "de")
    return T(
        """Der Link zum Zurücksetzen des Passworts funktioniert nicht, es kommt sofort „abgelaufen“:
{url}
Konto: {mail}, App-Version {ver}.""",
        url=P("url_token", f"https://konto.dienstplan-demo.de/passwort/neu?token={token(r, 44)}"),
        mail=EM(email_for(r, p, ["gmx.de", "web.de", "t-online.de"])),
        ver=K("version", f"{r.randint(2, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}"),
    )


@item("de")
def _(r):
    return T(
        """DRINGEND – Geldbörse mit meiner Debitkarte {card} gestohlen!
Meine letzte echte Zahlung: {amt} bei {shop} am {d}. Alles danach war nicht ich.
Das Handy ist auch weg, bitte rufen Sie meinen Mann an: {ph}""",
        card=P("card", card(r, "mc", "4")),
        amt=amount(r, "de", 3, 80),
        shop=K("brand", r.choice(["Rossmann", "Edeka", "Lidl"])),
        d=date(r, "de", style="num"),
        ph=PH(phone(r, "DE", "nat", mobile=True)),
    )


@item("de")
def _(r):
    fn = r.choice(["Lena", "Jule", "Anni", "Kathi"])
    return T(
        """Hi, hier ist {fn} aus dem 3. OG 😊 die Hausverwaltung braucht für den Transponder zur Tiefgarage meine Ausweisnummer: {dea}. Stellplatz {spot}. Danke dir!""",
        fn=N(fn, "self_intro"),
        dea=ID(de_ausweis(r).lower()),
        spot=K("quantity", str(r.randint(1, 60))),
    )


@item("de")
def _(r):
    return T(
        """Mieterselbstauskunft – vom Foto abgetippt (bitte prüfen, das Bild war unscharf):

Ausweis-Nr.: {dea}
Staatsangehörigkeit: DEUTSCH
Gültig bis: {exp}
Arbeitgeber: {co}""",
        dea=ID(ocr_spaces(r, de_ausweis(r))),
        exp=date(r, "de", 2027, 2034, "num"),
        co=K(
            "company",
            r.choice(["Stadtwerke Bochum", "Siemens Healthineers", "Kreissparkasse Köln"]),
        ),
    )


@item("de")
def _(r):
    return T(
        """Hallo, ich möchte den Rabatt für Soldatinnen und Soldaten auf das Jahresabo nutzen. Im Formular kann ich nur eine Personalnummer eingeben, die wird aber nicht angenommen.
Hier stattdessen die Nummer meines Truppenausweises, so wie sie auf der Karte steht:
{ta}
Abo-Nummer {abo}.""",
        ta=ID(r.choice("ABCDEFGHKLMNPRSTUVWXYZ") + digits(r, 7)),
        abo=keepnum(r, "invalid_checksum_number", lambda r: "ABO-" + digits(r, 7, first="1")),
    )


@item("de")
def _(r):
    return T(
        """Unterlagen für den Heuervertrag auf der {vessel} (Anmusterung in Bremerhaven am {d}):
1) Reisepass – Scan anbei
2) Seefahrtbuch
Nummern in derselben Reihenfolge:
{rp}
{sfb}
Die STCW-Zeugnisse reiche ich nach.""",
        vessel=K("brand", r.choice(["MS Nordlicht", "MV Hanse Trader"])),
        d=date(r, "de", style="num"),
        rp=ID(de_reisepass(r)),
        sfb=ID("SFB " + digits(r, 6)),
    )


@item("de")
def _(r):
    return T(
        """Guten Tag, für den Arbeitsvertrag unseres neuen Mitarbeiters aus der Türkei (Lager, Frühschicht):
Pasaport No:
{tr}
Aufenthaltstitel (eAT) liegt vor, Kartennummer:
{eat}
Bitte Lohnsteuerklasse I anlegen.
Personalabteilung {co}""",
        tr=ID(tr_passport(r)),
        eat=ID(de_aufenthalt(r)),
        co=K("company", r.choice(["Bäckerei Sonnenkorn GmbH", "Logistikzentrum Rhein-Main"])),
    )


@item("de")
def _(r):
    fn = r.choice(DE_F)
    pc, _c = city_de(r)
    return T(
        """Sehr geehrte Damen und Herren,

ich reklamiere das Sofa aus der Bestellung {ord}; nach drei Wochen ist die Naht aufgegangen. Ihr Monteur, Herr {tech}, hat den Mangel bestätigt und meinen Ausweis fürs Protokoll fotografiert.

Mit freundlichen Grüßen
Dr. {n}
{addr}
{ph}""",
        ord=keepnum(r, "order_number", order_no(r, "pref")),
        tech=N(r.choice(DE_SUR), "other"),
        n=N(f"{fn} Schulze-Wiesner", "signature"),
        addr=AD(f"{street_de(r)}\n{pc}"),
        ph=PH(phone(r, "DE", "nat")),
    )


@item("de")
def _(r):
    return T(
        """E-Rezept-Code {code} – ist {drug} vorrätig? Bitte {q} Packungen zurücklegen, ich hole sie morgen nach {t} ab. Zuzahlung {amt} zahle ich bar.""",
        code=K(
            "product_code",
            " ".join(token(r, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)),
        ),
        drug=K("brand", r.choice(["L-Thyroxin 50", "Ramipril 5 mg", "Ibuflam 600"])),
        q=K("quantity", "2"),
        t=time_(r),
        amt=amount(r, "de", 5, 10),
    )


@item("de")
def _(r):
    return T(
        """Auftragsnummer {tkt}, {train} von {c1} nach {c2}, Wagen {w}, Platz {p}. Die Klimaanlage war die ganze Fahrt kaputt und wir hatten {q} Minuten Verspätung. Ich beantrage die Fahrgastrechte-Entschädigung über {amt}. BahnCard {bc}.""",
        tkt=keepnum(r, "ticket_number", lambda r: letters(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ")),
        train=K("product_code", f"ICE {r.randint(500, 1999)}"),
        c1=K("city", "Hamburg"),
        c2=K("city", "München"),
        w=K("quantity", str(r.randint(1, 14))),
        p=K("quantity", str(r.randint(11, 99))),
        q=K("quantity", "93"),
        amt=amount(r, "de", 20, 80),
        bc=keepnum(r, "invalid_checksum_number", lambda r: "7081 " + bad16(r)[5:]),
    )


@item("de")
def _(r):
    a = person(r, "de", female=True)
    return T(
        """---------- Weitergeleitete Nachricht ---------
Von: {n1} <{e1}>
Datum: {d}
Betreff: Visum Indien

Pässe hängen an. Nummern: meiner {p1}, der meines Mannes {p2}.

Weitergeleitet an die Visaabteilung, die Kundin fliegt schon am {d2}.
{team}""",
        n1=N(a.full, "other"),
        e1=EM(email_for(r, a, ["web.de", "gmx.net"])),
        d=date(r, "de", style="word"),
        p1=ID(de_reisepass(r)),
        p2=ID(de_reisepass(r)),
        d2=date(r, "de", style="num"),
        team=K("team_name", "Team Fernreisen"),
    )


@item("de")
def _(r):
    pc, _c = city_de(r)
    return T(
        """Auftrag {ord} / Kundennummer {kd}
Legitimation: Personalausweis {dea}
Anschlussadresse: {addr}
Techniker-Termin: {d}, {t1}–{t2} Uhr""",
        ord=keepnum(r, "order_number", order_no(r, "aa7")),
        kd=keepnum(r, "invalid_checksum_number", lambda r: digits(r, 10, first="1")),
        dea=ID(de_ausweis(r)),
        addr=AD(f"{street_de(r)}, {pc}"),
        d=date(r, "de", style="num"),
        t1=K("time", "8"),
        t2=K("time", "12"),
    )


@item("de")
def _(r):
    return T(
        """Kundenservice: Bitte nennen Sie mir noch die Reisepassnummer aus der Buchung.
Ich: reicht die Buchungsnummer {ord} nicht?
Kundenservice: Leider nein, das System verlangt beides.
Ich: ok, {rp}""",
        ord=keepnum(r, "order_number", order_no(r, "aa7")),
        rp=ID(de_reisepass(r)),
    )


@item("de")
def _(r):
    return T(
        """Bitte erstatten Sie die {amt} für den abgesagten Kurs „{course}“ auf dieses Konto:
{iban}
(Das Konto gehört meiner Mutter, ich habe noch kein eigenes.)""",
        amt=amount(r, "de", 90, 400),
        course=K("brand", "Python für Einsteiger"),
        iban=P("iban", iban(r, "DE", r.choice(["4", "raw"]))),
    )


@item("de")
def _(r):
    sn = r.choice(DE_SUR)
    return T(
        """Hallo Herr {sn},

den Mietvertrag bereite ich bis morgen vor. Bitte bestätigen Sie kurz die Daten, die ich von Ihrem Ausweis abgeschrieben habe:
{dea}, ausgestellt von der Stadt {city}.
Kaution {amt}, Miete fällig zum {day}. des Monats. Schlüsselübergabe um {t}.""",
        sn=N(sn, "salutation"),
        dea=ID(de_ausweis(r)),
        city=K("city", r.choice(["Leipzig", "Dresden", "Rostock"])),
        amt=amount(r, "de", 1500, 3000),
        day=K("quantity", "3"),
        t=time_(r),
    )


@item("de")
def _(r):
    return T(
        """{g},
ich möchte meine Mitgliedschaft wegen einer OP ruhen lassen (ab {d}). Mitgliedsnummer {mem}.
Das Attest bringe ich bei {gym} an der Theke vorbei.
Danke!
{ph}""",
        g=K("greeting_without_name", "Hallo zusammen"),
        d=date(r, "de", style="num"),
        mem=keepnum(r, "invalid_checksum_number", lambda r: digits(r, 9, first="1")),
        gym=K("brand", r.choice(["McFit Köln-Ehrenfeld", "FitX Dortmund"])),
        ph=PH(phone(r, "DE", "nat_dash", mobile=True)),
    )


@item("de")
def _(r):
    fn, ln = r.choice(PL_F)[0], r.choice(PL_SUR)[1]
    return T(
        """Guten Tag, ich arbeite seit zwei Monaten in {city} und möchte ein Girokonto bei der {bank} eröffnen. Ich habe nur einen polnischen Personalausweis.
Nr dowodu:
{pid}
Meine Meldebescheinigung schicke ich nach. Deutsche Nummer habe ich noch nicht, bitte auf die polnische anrufen: {ph}
{n}""",
        city=K("city", r.choice(["Frankfurt (Oder)", "Görlitz", "Berlin"])),
        bank=K("brand", r.choice(["Sparkasse", "Commerzbank", "Postbank"])),
        pid=ID(pl_idcard(r)),
        ph=PH(phone(r, "PL", "intl")),
        n=N(strip_diacritics(f"{fn} {ln}"), "signature"),
    )


@item("de")
def _(r):
    return T(
        """Anzug von {b1} im Store auf der {st} gekauft, dazu Schuhe von {b2} online. Die Schuhe waren nach zwei Wochen durch. Beleg {rcpt}, bezahlt {amt}. Antwort vom Kundenservice: „Bitte haben Sie Geduld.“ Na toll.""",
        b1=K("person_like_brand", "Hugo Boss"),
        st=K("street_as_brand", "Königsallee"),
        b2=K("person_like_brand", "Lloyd"),
        rcpt=keepnum(
            r, "invoice_number", lambda r: digits(r, 4, first="1") + "-" + digits(r, 6, first="1")
        ),
        amt=amount(r, "de", 150, 600),
    )


@item("de")
def _(r):
    return T(
        """Besucherliste Werksführung {d} ({co})
Nr.; Abteilung; Ausweisart; Nummer
1; {j1}; Personalausweis; {p1}
2; {j2}; Reisepass; {p2}
3; {j3}; Personalausweis; {p3}
Treffpunkt Pforte Tor 2, {t}.""",
        d=date(r, "de", style="num"),
        co=K("company", r.choice(["Brauerei Falkenstein", "Maschinenbau Krüger AG"])),
        j1=K("team_name", "Einkauf"),
        p1=ID(de_ausweis(r)),
        j2=K("team_name", "Qualitätssicherung"),
        p2=ID(de_reisepass(r)),
        j3=K("team_name", "Vertrieb"),
        p3=ID(de_ausweis(r)),
        t=time_(r),
    )


@item("de")
def _(r):
    me = person(r, "de", female=False)
    mom = person(r, "de", female=True)
    return T(
        """Guten Tag,
mein Name ist {n}, ich schreibe für meine Mutter {mom}, die in einer Pflegeeinrichtung in Salzburg lebt. Sie ist österreichische Staatsbürgerin.
Für die Rentenauskunft brauchen Sie laut Schreiben die Nummer ihres Reisepasses: {pp}.
Rückfragen gern an mich, {ph}.""",
        n=N(me.full, "self_intro"),
        mom=N(mom.full, "other"),
        pp=ID(at_passport(r)),
        ph=PH(phone(r, "AT", "intl")),
    )


@item("de")
def _(r):
    a = person(r, "de", female=False)
    b = person(r, "de", female=False)
    return T(
        """Ansprechpartner Baustelle {proj}:
{n1} ({job1})
{ph1}
{n2} ({job2}, Subunternehmer aus Österreich)
{ph2}
Materialanlieferung nur {t1}–{t2} Uhr.""",
        proj=K("brand", r.choice(["Quartier am Hafen", "Wohnpark Lindenhof"])),
        n1=N(a.full, "other"),
        job1=K("job_title", "Bauleiter"),
        ph1=PH(phone(r, "DE", "nat", mobile=True)),
        n2=N(b.full, "other"),
        job2=K("job_title", "Polier"),
        ph2=PH(phone(r, "AT", "intl", mobile=True)),
        t1=K("time", "7"),
        t2=K("time", "15"),
    )


# ---------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--check", action="store_true", help="verify the file on disk equals what would be written"
    )
    args = ap.parse_args()
    rows = build()
    per_lang = collections.Counter(x["lang"] for x in rows)
    assert all(per_lang[lg] == 40 for lg in LANGS), per_lang
    assert len({x["id"] for x in rows}) == len(rows)
    data = dump(rows)
    if args.check:
        on_disk = OUT.read_text(encoding="utf-8") if OUT.exists() else None
        if on_disk != data:
            print(
                f"{OUT.relative_to(ROOT)} differs from what the generator writes", file=sys.stderr
            )
            return 1
        print(f"{OUT.relative_to(ROOT)}: ok ({len(rows)} items)")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(data, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    report(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
