"""Write data/eval/pii/dev5.jsonl: a dev split focused on identifiers, phones and numbers to keep.

Every item is one hand-written text in a small inline markup; the values of ids, phones
and numbers to keep are drawn by generators, and the offsets are computed from the
filled text.

Markup (``⟦...⟧``):

- ``⟦n.s|Anna⟧`` name with context s(alutation), g (signature), i (self_intro), o(ther);
  ``⟦em|a@b.pl⟧`` email, ``⟦ad|ul. Lipowa 5⟧`` address, literal values.
- ``⟦ut:https://x/reset?token=%%%%⟧`` url_token, ``%`` is a random letter or digit.
- ``⟦GEN⟧`` or ``⟦GEN:PATTERN⟧`` a checksum id; GEN names a generator (see ``IDS``), each
  ``#`` of PATTERN takes the next character of the compact value, other characters are
  written as they are; ``GEN~`` writes it in lower case, ``GEN@x`` repeats the value drawn
  for the first ``GEN@x`` of the item (IČO and DIČ of one company).
- ``⟦ph.RR.PFX:PATTERN⟧`` a phone valid in region RR whose national number starts with PFX;
  the ``#`` are its national significant digits.
- ``⟦k.WHAT|text⟧`` a literal span to keep; ``⟦k.WHAT:PATTERN⟧`` a generated one (``#`` a
  random digit, ``@`` a random capital letter), redrawn until its digits fail every
  identifier checksum of the seven countries and are no valid phone number.

    .venv/bin/python scripts/make_pii_dev5.py           # rewrites the file, prints counts
    .venv/bin/python scripts/make_pii_dev5.py --check   # file on disk == what it writes
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import string
import sys
import textwrap
import zlib
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.cz import bankaccount as cz_bankaccount
from stdnum.cz import dic as cz_dic
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr as de_idnr
from stdnum.de import vat as de_vat
from stdnum.gb import nhs as gb_nhs
from stdnum.gb import utr as gb_utr
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
OUT = ROOT / "data" / "eval" / "pii" / "dev5.jsonl"
SEED = 5_205

REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
CALLING = {"PL": "48", "CZ": "420", "SK": "421", "RU": "7", "UA": "380", "GB": "44", "DE": "49"}
NAME_CTX = {"s": "salutation", "g": "signature", "i": "self_intro", "o": "other"}
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
# keep kinds whose digits must fail every checksum and phone test
NUMERIC_KEEP = {
    "order_number",
    "invoice_number",
    "ticket_number",
    "tracking_number",
    "product_code",
    "invalid_checksum_number",
}
CHECKSUM_KINDS = {"pesel", "birth_number", "national_id", "tax_id", "card", "iban"}


# ---------------------------------------------------------------- checksum ids


def digits(rng: random.Random, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def with_check(rng: random.Random, body, validate, tail: int = 1) -> str:
    """Draw bodies until some ``tail``-digit suffix makes the number valid."""
    for _ in range(1000):
        b = body(rng)
        for k in range(10**tail):
            cand = b + str(k).zfill(tail)
            if validate(cand):
                return cand
    raise RuntimeError("no valid number found")


def snils_valid(n: str) -> bool:
    if not re.fullmatch(r"\d{11}", n):
        return False
    s = sum(int(d) * w for d, w in zip(n[:9], range(9, 0, -1), strict=True))
    check = s if s < 100 else (0 if s in (100, 101) else s % 101)
    if check == 100:
        check = 0
    return int(n[9:]) == check


PLID_W = (7, 3, 1, 9, 7, 3, 1, 7, 3)


def plid_valid(n: str) -> bool:
    """Polish ID card (dowód osobisty): 3 letters + 6 digits, check digit at position 4."""
    if not re.fullmatch(r"[A-Z]{3}\d{6}", n):
        return False
    vals = [ord(c) - 55 for c in n[:3]] + [int(c) for c in n[3:]]
    return sum(v * w for v, w in zip(vals, PLID_W, strict=True)) % 10 == 0


def gen_plid(rng: random.Random) -> str:
    while True:
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        rest = digits(rng, 5)
        for c in "0123456789":
            cand = letters + c + rest
            if plid_valid(cand):
                return cand


def gen_pesel(rng: random.Random, sex: str = "", years: tuple[int, int] = (1948, 2006)) -> str:
    """PESEL; the tenth digit is odd for men and even for women."""

    def body(r):
        y = r.randint(*years)
        m = r.randint(1, 12) + (20 if y >= 2000 else 0)
        d = r.randint(1, 28)
        serial = digits(r, 3)
        s = r.choice({"m": "13579", "f": "02468"}.get(sex, string.digits))
        return f"{y % 100:02d}{m:02d}{d:02d}{serial}{s}"

    return with_check(rng, body, pl_pesel.is_valid)


def gen_rc(rng: random.Random, module, sex: str = "", years: tuple[int, int] = (1954, 2005)) -> str:
    """Czech/Slovak rodné číslo (ten digits, born 1954 or later); women have 50 added to
    the month."""

    def body(r):
        y = r.randint(*years)
        female = r.random() < 0.5 if not sex else sex == "f"
        m = r.randint(1, 12) + (50 if female else 0)
        d = r.randint(1, 28)
        return f"{y % 100:02d}{m:02d}{d:02d}" + digits(r, 3)

    return with_check(rng, body, module.is_valid)


def gen_ico(rng: random.Random) -> str:
    return with_check(rng, lambda r: digits(r, 7, "1234567"), cz_dic.is_valid)


def gen_sk_dic(rng: random.Random) -> str:
    # DIČ of a Slovak company: 10 digits starting with 20, IČ DPH is SK + DIČ
    return with_check(rng, lambda r: "202" + digits(r, 6), lambda n: sk_dph.is_valid("SK" + n))


def gen_iban(rng: random.Random, cc: str, bban) -> str:
    while True:
        b = bban(rng)
        for k in range(2, 99):
            cand = f"{cc}{k:02d}{b}"
            if std_iban.is_valid(cand):
                return cand


def cz_account(rng: random.Random) -> str:
    while True:
        bank = rng.choice(["0800", "0100", "0300", "2010", "0600", "5500", "0710"])
        prefix = "000000" if rng.random() < 0.7 else "0000" + digits(rng, 2, "123")
        number = digits(rng, 10, "12")
        if cz_bankaccount.is_valid(f"{prefix}-{number}/{bank}"):
            return bank + prefix + number


def sk_account(rng: random.Random) -> str:
    while True:
        bank = rng.choice(["0900", "1100", "0200", "7500", "5600", "8330"])
        prefix = "000000"
        number = digits(rng, 10, "12345")
        # same weighted mod 11 rule as Czech accounts
        if cz_bankaccount.is_valid(f"{number}/0800"):
            return bank + prefix + number


IDS = {
    # generator name: (kind, function)
    "pesel": ("pesel", gen_pesel),
    "pesel_m": ("pesel", lambda r: gen_pesel(r, "m")),
    "pesel_f": ("pesel", lambda r: gen_pesel(r, "f")),
    "pesel_child_m": ("pesel", lambda r: gen_pesel(r, "m", (2010, 2018))),
    "pesel_child_f": ("pesel", lambda r: gen_pesel(r, "f", (2010, 2018))),
    "nip": (
        "tax_id",
        lambda r: with_check(r, lambda q: digits(q, 9, "123456789"), pl_nip.is_valid),
    ),
    "regon": (
        "tax_id",
        lambda r: with_check(r, lambda q: digits(q, 8, "1234567"), pl_regon.is_valid),
    ),
    "regon14": (
        "tax_id",
        lambda r: with_check(r, lambda q: digits(q, 13, "1234567"), pl_regon.is_valid),
    ),
    "plid": ("national_id", gen_plid),
    "nrb": (
        "iban",
        lambda r: gen_iban(
            r,
            "PL",
            lambda q: (
                q.choice(
                    [
                        "10901014",
                        "11402004",
                        "10205011",
                        "24901044",
                        "10501445",
                        "19401076",
                        "11602202",
                    ]
                )
                + digits(q, 16)
            ),
        )[2:],
    ),
    "iban_pl": (
        "iban",
        lambda r: gen_iban(
            r,
            "PL",
            lambda q: (
                q.choice(
                    [
                        "10901014",
                        "11402004",
                        "10205011",
                        "24901044",
                        "10501445",
                        "19401076",
                        "11602202",
                    ]
                )
                + digits(q, 16)
            ),
        ),
    ),
    "cz_rc": ("birth_number", lambda r: gen_rc(r, cz_rc)),
    "sk_rc": ("birth_number", lambda r: gen_rc(r, sk_rc)),
    "cz_rc_m": ("birth_number", lambda r: gen_rc(r, cz_rc, "m")),
    "cz_rc_f": ("birth_number", lambda r: gen_rc(r, cz_rc, "f")),
    "sk_rc_m": ("birth_number", lambda r: gen_rc(r, sk_rc, "m")),
    "sk_rc_f": ("birth_number", lambda r: gen_rc(r, sk_rc, "f")),
    "cz_rc_child_m": ("birth_number", lambda r: gen_rc(r, cz_rc, "m", (2012, 2020))),
    "sk_rc_senior_f": ("birth_number", lambda r: gen_rc(r, sk_rc, "f", (1954, 1962))),
    "cz_ico": ("tax_id", gen_ico),
    "sk_ico": ("tax_id", gen_ico),
    "sk_dic": ("tax_id", gen_sk_dic),
    "iban_cz": ("iban", lambda r: gen_iban(r, "CZ", cz_account)),
    "iban_sk": ("iban", lambda r: gen_iban(r, "SK", sk_account)),
    "iban_de": (
        "iban",
        lambda r: gen_iban(
            r,
            "DE",
            lambda q: (
                q.choice(["10070000", "20050550", "37040044", "50010517", "70150000", "12030000"])
                + digits(q, 10)
            ),
        ),
    ),
    "iban_gb": (
        "iban",
        lambda r: gen_iban(
            r, "GB", lambda q: q.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(q, 14)
        ),
    ),
    "iban_ua": (
        "iban",
        lambda r: gen_iban(
            r,
            "UA",
            lambda q: (
                q.choice(["305299", "322001", "300528", "320649", "380805"])
                + "0000"
                + digits(q, 15)
            ),
        ),
    ),
    "ru_inn10": (
        "tax_id",
        lambda r: with_check(r, lambda q: digits(q, 9, "123456789"), ru_inn.is_valid),
    ),
    "ru_inn12": (
        "national_id",
        lambda r: with_check(r, lambda q: digits(q, 10, "1234567"), ru_inn.is_valid, 2),
    ),
    "ru_ogrn": (
        "tax_id",
        lambda r: with_check(r, lambda q: q.choice("15") + digits(q, 11), ru_ogrn.is_valid),
    ),
    "ru_ogrnip": (
        "tax_id",
        lambda r: with_check(r, lambda q: "3" + q.choice("012") + digits(q, 12), ru_ogrn.is_valid),
    ),
    "snils": (
        "national_id",
        lambda r: with_check(r, lambda q: digits(q, 9, "1234"), snils_valid, 2),
    ),
    # Russian passport: series + number, no checksum
    "ru_pass": (
        "national_id",
        lambda r: (
            f"{r.choice(['45', '46', '40', '50', '77', '60'])}"
            f"{r.randint(0, 24):02d}" + digits(r, 6, "1234567")
        ),
    ),
    "ua_rnokpp": (
        "national_id",
        lambda r: with_check(r, lambda q: digits(q, 9, "123"), ua_rntrc.is_valid),
    ),
    "ua_edrpou": (
        "tax_id",
        lambda r: with_check(r, lambda q: digits(q, 7, "1234"), ua_edrpou.is_valid),
    ),
    "de_idnr": (
        "national_id",
        lambda r: with_check(r, lambda q: digits(q, 10, "123456789"), de_idnr.is_valid),
    ),
    "de_vat": ("tax_id", lambda r: with_check(r, lambda q: digits(q, 8, "123"), de_vat.is_valid)),
    "gb_vat": (
        "tax_id",
        lambda r: with_check(r, lambda q: digits(q, 7, "12345679"), gb_vat.is_valid, 2),
    ),
    "card_visa": ("card", lambda r: with_check(r, lambda q: "4" + digits(q, 14), luhn.is_valid)),
    "card_mc": (
        "card",
        lambda r: with_check(
            r, lambda q: q.choice(["51", "52", "53", "54", "55"]) + digits(q, 13), luhn.is_valid
        ),
    ),
    "card_mir": (
        "card",
        lambda r: with_check(r, lambda q: "220" + q.choice("01234") + digits(q, 11), luhn.is_valid),
    ),
    "gb_nhs": (
        "national_id",
        lambda r: with_check(r, lambda q: digits(q, 9, "4"), gb_nhs.is_valid),
    ),
}

VALIDATE = {
    "pesel": pl_pesel.is_valid,
    "pesel_m": pl_pesel.is_valid,
    "pesel_f": pl_pesel.is_valid,
    "pesel_child_m": pl_pesel.is_valid,
    "pesel_child_f": pl_pesel.is_valid,
    "nip": pl_nip.is_valid,
    "regon": pl_regon.is_valid,
    "regon14": pl_regon.is_valid,
    "plid": plid_valid,
    "nrb": lambda v: std_iban.is_valid("PL" + v),
    "iban_pl": std_iban.is_valid,
    "cz_rc": cz_rc.is_valid,
    "sk_rc": sk_rc.is_valid,
    "cz_rc_m": cz_rc.is_valid,
    "cz_rc_f": cz_rc.is_valid,
    "sk_rc_m": sk_rc.is_valid,
    "sk_rc_f": sk_rc.is_valid,
    "cz_rc_child_m": cz_rc.is_valid,
    "sk_rc_senior_f": sk_rc.is_valid,
    "cz_ico": cz_dic.is_valid,
    "sk_ico": cz_dic.is_valid,
    "sk_dic": lambda v: sk_dph.is_valid("SK" + v),
    "iban_cz": std_iban.is_valid,
    "iban_sk": std_iban.is_valid,
    "iban_de": std_iban.is_valid,
    "iban_gb": std_iban.is_valid,
    "iban_ua": std_iban.is_valid,
    "ru_inn10": ru_inn.is_valid,
    "ru_inn12": ru_inn.is_valid,
    "ru_ogrn": ru_ogrn.is_valid,
    "ru_ogrnip": lambda v: len(v) == 15 and ru_ogrn.is_valid(v),
    "snils": snils_valid,
    "ru_pass": lambda v: re.fullmatch(r"\d{10}", v) is not None,
    "ua_rnokpp": ua_rntrc.is_valid,
    "ua_edrpou": ua_edrpou.is_valid,
    "de_idnr": de_idnr.is_valid,
    "de_vat": lambda v: de_vat.is_valid("DE" + v),
    "gb_vat": lambda v: gb_vat.is_valid("GB" + v),
    "card_visa": lambda v: luhn.is_valid(v) and len(v) == 16,
    "card_mc": lambda v: luhn.is_valid(v) and len(v) == 16,
    "card_mir": lambda v: luhn.is_valid(v) and len(v) == 16,
    "gb_nhs": gb_nhs.is_valid,
}


# ---------------------------------------------------------------- numbers to keep

DIGIT_VALIDATORS = [
    pl_nip.is_valid,
    pl_pesel.is_valid,
    pl_regon.is_valid,
    cz_dic.is_valid,
    cz_rc.is_valid,
    sk_rc.is_valid,
    ru_inn.is_valid,
    ru_ogrn.is_valid,
    ua_edrpou.is_valid,
    ua_rntrc.is_valid,
    de_idnr.is_valid,
    gb_utr.is_valid,
    gb_nhs.is_valid,
    snils_valid,
    lambda d: sk_dph.is_valid("SK" + d),
    lambda d: de_vat.is_valid("DE" + d),
    lambda d: gb_vat.is_valid("GB" + d),
    lambda d: cz_dic.is_valid("CZ" + d),
    lambda d: 13 <= len(d) <= 19 and luhn.is_valid(d),
    lambda d: len(d) == 26 and std_iban.is_valid("PL" + d),
]


def valid_phone(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def id_or_phone(d: str, raw: str, region: str) -> str | None:
    """Why the digit string ``d`` (written as ``raw``) could be taken for PII, or None."""
    for f in DIGIT_VALIDATORS:
        try:
            if f(d):
                return f"checksum {getattr(f, '__module__', f)}"
        except Exception:  # noqa: BLE001 - a validator refusing the shape is a failure
            pass
    if valid_phone(raw, region):
        return f"phone in {region}"
    for r, cc in CALLING.items():
        if valid_phone(d, r) or valid_phone("+" + cc + d, r):
            return f"phone {r}"
    return None


def keep_risk(value: str, region: str) -> str | None:
    """Check the digits of a value to keep: all of them if it is only digits and separators,
    and every unbroken run of six or more digits."""
    cands = []
    if re.fullmatch(r"[\d\s./\-]+", value) and len(re.sub(r"\D", "", value)) >= 6:
        cands.append((re.sub(r"\D", "", value), value))
    for m in re.finditer(r"\d{6,}", value):
        cands.append((m.group(), m.group()))
    for d, raw in cands:
        why = id_or_phone(d, raw, region)
        if why:
            return why
    return None


# ---------------------------------------------------------------- filling the markup

MARK = re.compile(r"⟦([^⟧|:]+)(?:\|([^⟧]*)|:([^⟧]*))?⟧")


def fill_pattern(value: str, pattern: str | None) -> str:
    if pattern is None:
        return value
    if pattern.count("#") != len(value):
        raise ValueError(
            f"pattern {pattern!r} has {pattern.count('#')} '#', value has {len(value)}"
        )
    it = iter(value)
    return "".join(next(it) if c == "#" else c for c in pattern)


def gen_phone(rng: random.Random, region: str, prefix: str, pattern: str) -> str:
    """A phone valid in ``region`` whose national significant number is exactly the
    digits written at the ``#`` of the pattern (so trunk 0/8 and +CC are literal)."""
    n = pattern.count("#")
    for _ in range(20000):
        nsn = prefix + digits(rng, n - len(prefix), "123456789")
        text = fill_pattern(nsn, pattern)
        try:
            parsed = phonenumbers.parse(text.replace("(0)", ""), region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed) and str(parsed.national_number) == nsn:
            return text
    raise RuntimeError(f"no valid phone for {region} {prefix} {pattern}")


def gen_keep(rng: random.Random, pattern: str, region: str) -> str:
    for _ in range(20000):
        text = "".join(
            rng.choice(string.digits)
            if c == "#"
            else rng.choice("ABCDEFGHJKLMNPRSTUVWXZ")
            if c == "@"
            else c
            for c in pattern
        )
        if keep_risk(text, region) is None:
            return text
    raise RuntimeError(f"no safe number for {pattern}")


def build(item_id: str, lang: str, template: str) -> dict:
    rng = random.Random(SEED * 1_000_003 + zlib.crc32(item_id.encode()))
    region = REGION[lang]
    out: list[str] = []
    pii: list[dict] = []
    keep: list[dict] = []
    shared: dict[tuple[str, str], str] = {}
    pos = 0
    cursor = 0
    for m in MARK.finditer(template):
        out.append(template[cursor : m.start()])
        pos += m.start() - cursor
        cursor = m.end()
        tag, literal, pattern = m.group(1), m.group(2), m.group(3)
        if tag.startswith("n."):
            value = literal
            span = {"kind": "name", "context": NAME_CTX[tag[2:]]}
        elif tag == "em":
            value, span = literal, {"kind": "email"}
        elif tag == "ad":
            value, span = literal, {"kind": "address"}
        elif tag == "ut":
            value = "".join(
                rng.choice(string.ascii_letters + string.digits) if c == "%" else c for c in pattern
            )
            span = {"kind": "url_token"}
        elif tag.startswith("ph."):
            _, reg, prefix = tag.split(".")
            value = gen_phone(rng, reg, prefix, pattern)
            span = {"kind": "phone"}
        elif tag.startswith("k."):
            what = tag[2:]
            if what not in KEEP_WHATS:
                raise ValueError(f"{item_id}: keep {what}")
            value = literal if literal is not None else gen_keep(rng, pattern, region)
            if what in NUMERIC_KEEP:
                why = keep_risk(value, region)
                if why:
                    raise ValueError(f"{item_id}: keep {value!r} looks like PII ({why})")
            span = {"what": what}
        else:
            # GEN, GEN~ (lower case), GEN@ref (the same value again within the item)
            lower = tag.endswith("~")
            gen, _, ref = tag.rstrip("~").partition("@")
            kind, fn = IDS[gen]
            if ref and (gen, ref) in shared:
                compact = shared[(gen, ref)]
            else:
                compact = fn(rng)
                if ref:
                    shared[(gen, ref)] = compact
            if not VALIDATE[gen](compact):
                raise ValueError(f"{item_id}: invalid {gen} {compact}")
            value = fill_pattern(compact, pattern)
            if lower:
                value = value.lower()
            span = {"kind": kind}
        if value is None or value != value.strip() or not value:
            raise ValueError(f"{item_id}: bad value {value!r} in {m.group()}")
        span = {"start": pos, "end": pos + len(value), **span}
        (keep if "what" in span else pii).append(span)
        out.append(value)
        pos += len(value)
    out.append(template[cursor:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"{item_id}: unbalanced markup")
    item = {
        "id": item_id,
        "lang": lang,
        "text": text,
        "pii": sorted(pii, key=lambda s: s["start"]),
        "keep": sorted(keep, key=lambda s: s["start"]),
    }
    verify(item, template)
    return item


def verify(item: dict, template: str) -> None:
    text = item["text"]
    spans = sorted(item["pii"] + item["keep"], key=lambda s: s["start"])
    for a, b in zip(spans, spans[1:], strict=False):
        assert a["end"] <= b["start"], (item["id"], a, b)
    for s in item["pii"]:
        assert s["kind"] in PII_KINDS, s
        v = text[s["start"] : s["end"]]
        assert v == v.strip() and v, (item["id"], v)
    for s in item["keep"]:
        assert s["what"] in KEEP_WHATS, s
    # every item carries something number-like
    numeric = [s for s in item["pii"] if s["kind"] in CHECKSUM_KINDS | {"phone"}]
    numeric += [s for s in item["keep"] if re.search(r"\d", text[s["start"] : s["end"]])]
    assert numeric, f"{item['id']}: nothing number-like"


def T(s: str) -> str:
    return textwrap.dedent(s).strip("\n")


# ---------------------------------------------------------------- items

ITEMS: dict[str, list[str]] = {}

ITEMS["pl"] = [
    # 1 telecom, number porting
    T("""
    Dzień dobry,
    proszę o przeniesienie numeru ⟦ph.PL.60:+48 ### ### ###⟧ do Państwa sieci. Umowa u obecnego operatora (nr ⟦k.invalid_checksum_number:###/####/####⟧) kończy się ⟦k.date|31.05.2026⟧.
    Dane abonenta: PESEL ⟦pesel⟧, dowód osobisty ⟦plid:### ######⟧.
    Kontakt w godzinach pracy: ⟦ph.PL.22:(##) ### ## ##⟧ wew. 214.

    ⟦n.g|Krzysztof Wróblewski⟧
    """),
    # 2 marketplace dispute
    T("""
    Kupiłem na ⟦k.brand|Allegro⟧ ekspres do kawy (oferta ⟦k.product_code:###########⟧), zamówienie ⟦k.order_number:########-####⟧ z ⟦k.date|04.03.2026⟧. Sprzedawca, firma ⟦k.company|AGD-Serwis s.c.⟧ (NIP:⟦nip⟧), od tygodnia nie odpowiada, a zapłaciłem ⟦k.amount|1 249,00 zł⟧. Jeśli zwrot, to proszę na konto ⟦nrb:## #### #### #### #### #### ####⟧.
    """),
    # 3 energy, form
    T("""
    WNIOSEK O ZMIANĘ SPRZEDAWCY ENERGII
    Imię i nazwisko | ⟦n.o|Bożena Kaczmarczyk-Lis⟧
    PESEL | ⟦pesel_f⟧
    Adres punktu poboru | ⟦ad|ul. Modrzewiowa 14/3, 43-300 Bielsko-Biała⟧
    Nr licznika | ⟦k.invalid_checksum_number:########⟧
    Kod PPE | ⟦k.invalid_checksum_number:590243############⟧
    Telefon | ⟦ph.PL.51:### ### ###⟧
    Taryfa | G11, roczne zużycie ok. ⟦k.quantity|2 150 kWh⟧
    """),
    # 4 clinic, wife writes for husband
    T("""
    ⟦k.greeting_without_name|Szanowna Pani Doktor⟧,
    piszę w sprawie skierowania na rezonans dla męża, ⟦n.o|Tadeusza Lewandowskiego⟧ (PESEL ⟦pesel_m⟧). W przychodni dostaliśmy termin dopiero na ⟦k.date|18 czerwca⟧, godz. ⟦k.time|7:40⟧. Czy jest szansa na wcześniejszy? Kod e-skierowania: ⟦k.invalid_checksum_number:####⟧.
    Pozdrawiam
    ⟦n.g|Halina Lewandowska⟧
    tel. ⟦ph.PL.69:###-###-###⟧
    """),
    # 5 bank, double charge
    T("""
    Dzień dobry, ⟦k.date|27.02.2026⟧ z mojej karty ⟦card_visa:#### #### #### ####⟧ pobrano dwa razy ⟦k.amount|389,99 PLN⟧ w sklepie ⟦k.brand|Media Expert⟧ (id transakcji ⟦k.invalid_checksum_number:################⟧). Proszę o zwrot na rachunek ⟦iban_pl:#### #### #### #### #### #### ####⟧. Numer reklamacji nadany na infolinii: ⟦k.ticket_number:RK/#####/26⟧. Proszę o kontakt: ⟦ph.PL.69:+48 ###-###-###⟧.
    Z poważaniem, ⟦n.g|Marek Zieliński⟧
    """),
    # 6 courier, chat
    T("""
    [⟦k.time|14:02⟧] Klient: paczka ⟦k.tracking_number:########################⟧ od trzech dni „w drodze”
    [⟦k.time|14:03⟧] Konsultant: Dzień dobry, poproszę numer telefonu podany przy zamówieniu.
    [⟦k.time|14:03⟧] Klient: ⟦ph.PL.79:#########⟧
    [⟦k.time|14:06⟧] Konsultant: Dziękuję. Paczka jest w sortowni w ⟦k.city|Strykowie⟧, doręczenie jutro do ⟦k.time|18:00⟧.
    """),
    # 7 hotel, invoice for a company
    T("""
    Prośba o fakturę VAT do rezerwacji ⟦k.order_number:HTL-####-##⟧ (pobyt ⟦k.date|12–14.03.2026⟧, ⟦k.quantity|2 noclegi⟧, ⟦k.amount|1 180,00 zł⟧ brutto).
    Nabywca:
    ⟦k.company|Pracownia Stolarska Dębina sp. z o.o.⟧
    ⟦ad|ul. Warszawska 221, 05-092 Łomianki⟧
    NIP ⟦nip:###-##-##-###⟧, REGON ⟦regon⟧
    Fakturę proszę przesłać na ⟦em|faktury@debina-stolarnia.pl⟧
    """),
    # 8 car service, sms in lower case
    T("""
    dzien dobry tu ⟦n.i|pawel nowicki⟧, zlecenie ⟦k.order_number:ZS/####/##⟧ (octavia, wymiana rozrzadu, faktura na firme nip ⟦nip⟧). mial byc odbior w czwartek o ⟦k.time|16:00⟧ a dalej nic. w kosztorysie bylo ⟦k.amount|2 340 zl⟧ a teraz slysze o ⟦k.amount|3100⟧?? prosze o telefon ⟦ph.PL.50:###-###-###⟧ albo do zony ⟦ph.PL.88:### ### ###⟧
    """),
    # 9 municipal office
    T("""
    Urząd Miasta ⟦k.city|Gdyni⟧ – Wydział Komunikacji
    Znak sprawy: ⟦k.ticket_number:KM.####.###.2026⟧
    Wnioskodawca – PESEL: ⟦pesel_m⟧
    Opłata ⟦k.amount|256 zł⟧ została wniesiona ⟦k.date|10/03/26⟧ na rachunek ⟦nrb⟧, ale w potwierdzeniu widnieje stary numer konta, proszę o informację, czy wpłata doszła.
    """),
    # 10 gym, cancellation
    T("""
    Cześć,
    chcę wypowiedzieć karnet, numer członkowski ⟦k.invalid_checksum_number:#########⟧, z końcem marca. Opłaty szły co miesiąc z karty ⟦card_mc:####-####-####-####⟧ (⟦k.amount|139 zł⟧) – proszę o zatrzymanie obciążeń od ⟦k.date|1 kwietnia⟧.
    Dzięki,
    ⟦n.g|Ola⟧
    ⟦ph.PL.66:+48#########⟧
    """),
    # 11 pet shop review, no PII
    T("""
    Zamówienie ⟦k.order_number:#########⟧: karma ⟦k.brand|Brit Care⟧ ⟦k.quantity|12 kg⟧ przyszła z rozerwanym workiem, kurier ⟦k.brand|DPD⟧ zostawił ją pod drzwiami. Reklamację zgłosiłem ⟦k.date|2 marca⟧, odpowiedź po ⟦k.quantity|9 dniach⟧. Sklep stacjonarny przy ⟦k.street_as_brand|Piotrkowskiej⟧ obsługuje lepiej niż internetowy. Ocena ⟦k.quantity|2/5⟧.
    """),
    # 12 school trip, vocative
    T("""
    Szanowna Pani ⟦n.s|Jadwigo⟧,
    przesyłam potwierdzenie wpłaty za wycieczkę klasy 4b: ⟦k.amount|450 zł⟧, tytuł „wycieczka 4b – ⟦n.o|Zuzanna Wójcik⟧”. Do ubezpieczenia NNW podaję PESEL córki: ⟦pesel_child_f⟧. W razie pytań proszę dzwonić: ⟦ph.PL.60:0048 ###-###-###⟧.
    Z wyrazami szacunku
    ⟦n.g|Agnieszka Wójcik⟧
    """),
    # 13 SaaS ticket
    T("""
    Zgłoszenie #⟦k.ticket_number:#######⟧, wersja aplikacji ⟦k.version|4.12.3⟧
    Od ⟦k.date|2026-03-09⟧ (ok. ⟦k.time|09:15⟧) nie wysyłają się do KSeF faktury dla kontrahenta o NIP ⟦nip:PL##########⟧ (nasz NIP: ⟦nip:###-##-##-###⟧). Problem dotyczy ok. ⟦k.percent|30%⟧ dokumentów, np. ⟦k.invoice_number:FV/###/03/2026⟧. Instrukcja z ⟦k.url|https://pomoc.fakturownia-przyklad.pl/ksef⟧ nie pomogła.
    """),
    # 14 insurance claim
    T("""
    Dzień dobry, nazywam się ⟦n.i|Ewa Maria Nowak-Szulc⟧ i zgłaszam szkodę z polisy mieszkaniowej ⟦k.invalid_checksum_number:## #### ####⟧. ⟦k.date|6 marca⟧ zalało nam łazienkę z mieszkania wyżej, wycena hydraulika to ⟦k.amount|4 870,50 zł⟧. PESEL: ⟦pesel_f⟧. Odszkodowanie proszę przelać na ⟦nrb⟧. Telefon kontaktowy: ⟦ph.PL.72:(+48) ### ### ###⟧.
    """),
    # 15 B2B with a Czech supplier
    T("""
    Potwierdzamy zamówienie ⟦k.order_number:PO-2026-####⟧ u ⟦k.company|Kovotech s.r.o.⟧ (DIČ ⟦cz_ico:CZ########⟧): ⟦k.quantity|40 palet⟧ profili, dostawa do magazynu w ⟦k.city|Tychach⟧ do ⟦k.date|20.04.2026⟧. Po stronie czeskiej sprawę prowadzi kierownik zmiany, tel. ⟦ph.CZ.60:+420 ### ### ###⟧. Płatność ⟦k.amount|18 400 EUR⟧ w ⟦k.quantity|30 dni⟧ od faktury; na fakturze nasz NIP ⟦nip:PL##########⟧.
    """),
    # 16 gas utility
    T("""
    Dzień dobry, z tej strony ⟦n.i|Leszek Bąk⟧, nr klienta ⟦k.invalid_checksum_number:##########⟧, PESEL ⟦pesel_m⟧. Dostałem fakturę ⟦k.invoice_number:P/#####/02/2026⟧ na ⟦k.amount|2 713,40 zł⟧ za dwa miesiące – odczyt z ⟦k.date|28.02⟧ jest błędny, na liczniku jest ⟦k.quantity|4 512 m³⟧, a nie 5 412. Adres: ⟦ad|os. Tysiąclecia 41/118, Katowice⟧, tel. domowy ⟦ph.PL.32:## ### ## ##⟧.
    """),
    # 17 password reset
    T("""
    Próbuję zresetować hasło do konta, ale link z maila
    ⟦ut:https://konto.sklep-przyklad.pl/reset-hasla?key=%%%%%%%%%%%%%%%%%%%%%%%%⟧
    wygasa po minucie („Link nieaktywny”). Konto założone na ⟦em|k.szymanska84@poczta.fm⟧, ostatnie zamówienie ⟦k.order_number:#######⟧ z ⟦k.date|01.03.2026⟧.
    """),
    # 18 telecom invoice, department signature
    T("""
    Temat: korekta faktury ⟦k.invoice_number:F/##/#####/03/2026⟧
    W fakturze za marzec naliczono roaming ⟦k.amount|87,60 zł⟧ na numerze ⟦ph.PL.53:### ### ###⟧, choć telefon służbowy nie wyjeżdżał z kraju. Prosimy o kontakt z naszym kolegą ⟦n.o|Tomaszem Zającem⟧ z działu księgowości: ⟦ph.PL.12:## ### ## ##⟧, wew. 31.

    ⟦k.team_name|Dział Księgowości⟧
    ⟦k.company|Hydro-Tech Sp. z o.o.⟧
    NIP ⟦nip:###-###-##-##⟧, REGON ⟦regon⟧
    """),
    # 19 quoted reply
    T("""
    Dziękuję, przelew wysłany dzisiaj, w tytule wpisałem ⟦k.invoice_number:FA ###/2026⟧.
    --
    ⟦n.g|Robert Kamiński⟧

    W dniu pon., ⟦k.date|9 mar 2026⟧ o ⟦k.time|10:12⟧ ⟦n.o|Anna Nowak⟧ <⟦em|a.nowak@biuro-rachunkowe-przyklad.pl⟧> napisała:
    > Przypominamy o zaległej płatności ⟦k.amount|615,00 zł⟧. Numer konta: ⟦iban_pl⟧
    > Pozdrawiamy, ⟦k.team_name|Dział Windykacji⟧
    """),
    # 20 gym chat
    T("""
    Trener: przenoszę dzisiejszy trening na ⟦k.time|18:30⟧, sala nr 2
    Ja: ok, będę ok. ⟦k.time|18:20⟧. jakby co tel.⟦ph.PL.60:#########⟧
    Trener: 👍 zostały ci ⟦k.quantity|3 wejścia⟧ z pakietu, karnet ⟦k.invalid_checksum_number:###-###-##-##⟧ ważny do ⟦k.date|30.04⟧
    """),
    # 21 hospital billing, table
    T("""
    Korekta danych płatnika do faktury ⟦k.invoice_number:SZP/####/2026⟧
    | pole        | było          | ma być        |
    | NIP         | ⟦nip⟧    | ⟦nip⟧    |
    | REGON       | ⟦regon⟧     | ⟦regon⟧     |
    | kwota       | ⟦k.amount|12 480,00⟧     | bez zmian     |
    Prosimy o wystawienie korekty do ⟦k.date|15.03.2026⟧.
    """),
    # 22 bank, BLIK fraud
    T("""
    Zgłaszam nieautoryzowaną transakcję BLIK z ⟦k.date|11.03.2026⟧, godz. ⟦k.time|21:47⟧, na ⟦k.amount|1 500 zł⟧. Ktoś podszył się pod znajomego na Messengerze i poprosił o kod (⟦k.invalid_checksum_number:### ###⟧). Pieniądze poszły na numer telefonu ⟦ph.PL.57:+48 ### ### ###⟧. Moje konto: ⟦nrb:## #### #### #### #### #### ####⟧. PESEL ⟦pesel⟧. Zastrzegłem też kartę ⟦card_visa:################⟧.
    """),
    # 23 courier to a Ukrainian recipient
    T("""
    Nadanie ⟦k.tracking_number:@@#########PL⟧ – adresatka nie odebrała paczki, bo kurier miał zły numer. Poprawne dane:
    ⟦n.o|Olena Kovalenko⟧
    ⟦ad|ul. Kasprowicza 7/12, 51-137 Wrocław⟧
    tel. ⟦ph.UA.67:+380 (##) ###-##-##⟧ lub ⟦ph.PL.73:+48 ###-###-###⟧
    Paczka waży ⟦k.quantity|3,4 kg⟧, pobranie ⟦k.amount|210 zł⟧.
    """),
    # 24 review, no PII
    T("""
    Zamawiam w ⟦k.person_like_brand|Jan Niezbędny⟧ od ⟦k.quantity|3 lat⟧ i pierwszy raz dostałem cudzą fakturę (⟦k.invoice_number:#####/W/2026⟧). Aplikacja w wersji ⟦k.version|7.4⟧ pokazuje status „dostarczone” od ⟦k.date|5.03⟧, a paczki nie ma. Rabat ⟦k.percent|15%⟧ na przeprosiny to za mało.
    """),
    # 25 landlord, two numbers after a slash
    T("""
    Ogłoszenie: wynajmę kawalerkę ⟦k.quantity|28 m²⟧, ⟦ad|ul. Słowackiego 9 m. 4, 31-159 Kraków⟧, ⟦k.amount|2 300 zł⟧ + media, kaucja ⟦k.amount|3000⟧. Dostępna od ⟦k.date|1.04⟧. Kontakt: ⟦ph.PL.12:## ### ## ##⟧ / ⟦ph.PL.60:### ### ###⟧ (po ⟦k.time|17⟧).
    """),
    # 26 car insurance
    T("""
    Kalkulacja OC dla ⟦k.brand|Toyota Yaris⟧ (⟦k.date|2019⟧, ⟦k.quantity|68 tys. km⟧):
    właściciel (PESEL: ⟦pesel⟧), współwłaściciel [⟦pesel⟧]. Składka z kalkulatora: ⟦k.amount|1 087 zł⟧, po zniżce ⟦k.percent|60%⟧. Numer oferty ⟦k.order_number:OF/##########⟧ ważny ⟦k.quantity|14 dni⟧.
    """),
    # 27 school e-register
    T("""
    Szanowni Państwo,
    nie mogę zalogować się do e-dziennika, link aktywacyjny ⟦ut:https://uonetplus.przyklad-szkola.edu.pl/aktywacja?t=%%%%%%%%%%%%%%%%%%%%⟧ zwraca błąd ⟦k.product_code|E-403⟧. Jestem rodzicem ucznia klasy 2c (PESEL syna ⟦pesel_child_m⟧), login ⟦em|marta.gorska@wp.pl⟧, tel. ⟦ph.PL.78:### ### ###⟧.
    """),
    # 28 vet clinic, microchip
    T("""
    Dzień dobry, rejestruję kotkę na szczepienie. Nr chipa ⟦k.invalid_checksum_number:###############⟧, waga ⟦k.quantity|4,2 kg⟧, wiek ⟦k.quantity|3 lata⟧. Termin ⟦k.date|19.03⟧ o ⟦k.time|10:30⟧ pasuje. Faktura na firmę męża, NIP ⟦nip:### ### ## ##⟧. Telefon ⟦ph.PL.58:(##) ###-##-##⟧ (do ⟦k.time|15:00⟧).
    """),
    # 29 e-mail signature with role and company
    T("""
    Dzień dobry,
    w załączniku zamówienie ⟦k.order_number:ZK/####/2026⟧ na ⟦k.quantity|1 200 szt.⟧ kartonów ⟦k.product_code:K@@-###⟧. Prosimy o potwierdzenie terminu.

    Pozdrawiam serdecznie
    ⟦n.g|Izabela Dąbrowska-Pietrzak⟧
    ⟦k.job_title|Specjalista ds. zakupów⟧
    ⟦k.company|Polfarb Logistyka sp. j.⟧
    NIP: ⟦nip⟧ | REGON: ⟦regon14⟧
    mob. ⟦ph.PL.60:+48 ### ### ###⟧
    ⟦em|i.dabrowska@polfarb-log.pl⟧
    """),
    # 30 prosumer, id in quotes
    T("""
    Rozliczenie net-billing: na fakturze ⟦k.invoice_number:E/######/2026⟧ widnieje „NIP ⟦nip⟧”, a instalacja ⟦k.quantity|6,4 kWp⟧ jest na osobę prywatną (PESEL ⟦pesel_f⟧). Depozyt prosumencki wynosi ⟦k.amount|412,18 zł⟧, stan z ⟦k.date|2026-02-28⟧. Proszę o korektę.
    """),
]

ITEMS["cs"] = [
    # 1 telecom, number porting
    T("""
    Dobrý den,
    jmenuji se ⟦n.i|Jana Procházková⟧ a chci převést číslo ⟦ph.CZ.777:### ### ###⟧ od stávajícího operátora k vám. Číslo smlouvy ⟦k.invalid_checksum_number:#########⟧, ČVOP jsem dostala SMS ⟦k.date|9. 3.⟧ Smlouva je psaná na mě, r.č. ⟦cz_rc_f:######/####⟧.
    Děkuji
    """),
    # 2 electricity
    T("""
    Zákaznické číslo: ⟦k.invalid_checksum_number:##########⟧
    EAN odběrného místa: ⟦k.invalid_checksum_number:8591824###########⟧
    Adresa odběrného místa: ⟦ad|Na Výsluní 1187/12, 147 00 Praha 4⟧
    Odběratel: r. č. ⟦cz_rc_f:######/####⟧
    Žádám o snížení měsíční zálohy z ⟦k.amount|2.850 Kč⟧ na ⟦k.amount|1.900 Kč⟧, roční spotřeba klesla o ⟦k.percent|35 %⟧ (fotovoltaika ⟦k.quantity|5,2 kWp⟧ od ⟦k.date|07/2025⟧). Přeplatek prosím na ⟦iban_cz:#### #### #### #### #### ####⟧.
    """),
    # 3 paediatric clinic
    T("""
    ⟦k.greeting_without_name|Vážená paní doktorko⟧,
    prosím o nový termín očkování pro syna ⟦n.o|Matyáše Černého⟧ (rodné číslo ⟦cz_rc_child_m⟧, pojišťovna ⟦k.brand|VZP⟧). Původní termín ⟦k.date|16. 3. 2026⟧ v ⟦k.time|9:20⟧ nestihneme, máme horečky.
    S pozdravem
    ⟦n.g|Lucie Černá⟧
    tel. ⟦ph.CZ.60:+420 ### ### ###⟧
    """),
    # 4 electronics e-shop, refund
    T("""
    Reklamace ⟦k.ticket_number:RMA-######⟧ k objednávce č. ⟦k.order_number:### ### ###⟧: sluchátka ⟦k.brand|Sony WH-1000XM5⟧ vráceny ⟦k.date|2026-02-20⟧, od té doby nic. Kupoval jsem na firmu (IČO ⟦cz_ico⟧). Částka ⟦k.amount|8.990,- Kč⟧ mi měla přijít do ⟦k.quantity|14 dnů⟧ na účet ⟦iban_cz:#### #### #### #### #### ####⟧. Prosím o vyřízení.
    """),
    # 5 B2B, Slovak supplier quoted by a Czech company
    T("""
    Objednávka ⟦k.order_number:OBJ-26-####⟧
    Dodavatel: ⟦k.company|Drevostav Žilina s.r.o.⟧, IČO ⟦sk_ico:## ### ###⟧, IČ DPH ⟦sk_dic:SK##########⟧
    Odběratel: ⟦k.company|Tesařství Vrba s.r.o.⟧, IČO:⟦cz_ico@a⟧, DIČ:⟦cz_ico@a:CZ########⟧
    Předmět: ⟦k.quantity|24 m³⟧ KVH hranolů ⟦k.product_code|60×120⟧, cena ⟦k.amount|11 900 EUR⟧ bez DPH, splatnost ⟦k.quantity|21 dní⟧.
    """),
    # 6 municipal office
    T("""
    Magistrát města ⟦k.city|Brna⟧, odbor dopravně správních agend
    Č. j.: ⟦k.ticket_number:MMB/#######/2026⟧
    Žadatel (r. č.): ⟦cz_rc_m:######/####⟧
    Správní poplatek ⟦k.amount|50 Kč⟧ uhrazen ⟦k.date|2. 3. 2026⟧. Výměna řidičského průkazu – vyzvednutí po ⟦k.quantity|20 dnech⟧ na přepážce ⟦k.quantity|12⟧.
    """),
    # 7 chat with an operator
    T("""
    Operátor: Dobrý den, s čím vám mohu pomoci?
    Zákazník: nefunguje mi internet od ⟦k.time|7:00⟧, smlouva ⟦k.invalid_checksum_number:###-###-###⟧
    Operátor: Vidím výpadek v lokalitě ⟦k.city|Kladno⟧, oprava do ⟦k.time|14:00⟧. Mám vám poslat SMS?
    Zákazník: ano, tel:⟦ph.CZ.73:+420#########⟧
    """),
    # 8 insurance claim
    T("""
    Hlášení pojistné události k pojistné smlouvě ⟦k.invalid_checksum_number:### ### ####⟧
    Dne ⟦k.date|28.2.2026⟧ kolem ⟦k.time|18:30⟧ mi na parkovišti u ⟦k.brand|Globusu⟧ někdo odřel dveře, škoda podle servisu ⟦k.amount|23 400 Kč⟧. Pojištěný: rodné číslo ⟦cz_rc_m:######/####⟧. Plnění prosím na účet ⟦iban_cz⟧. Kontakt: ⟦ph.CZ.608:### ### ###⟧, ⟦em|vitek.mares@seznam.cz⟧
    """),
    # 9 hotel review, no PII
    T("""
    Penzion ⟦k.person_like_brand|U Josefa⟧ v ⟦k.city|Telči⟧: rezervace ⟦k.order_number:##########⟧ přes ⟦k.brand|Booking⟧, ⟦k.quantity|2 noci⟧ za ⟦k.amount|4 280 Kč⟧. Pokoj č. 14 byl čistý, snídaně do ⟦k.time|10:00⟧, Wi-Fi ale nefungovala. Hodnotím ⟦k.quantity|7/10⟧.
    """),
    # 10 car service, informal
    T("""
    dobry den, tady ⟦n.i|radek⟧ s tou octavii, zakazka ⟦k.order_number:ZK-26-#####⟧. muzu si ji vyzvednout uz dnes po ⟦k.time|16h⟧? a fakturu prosim na firmu, ICO ⟦cz_ico@a⟧, DIC ⟦cz_ico@a:CZ########⟧. kdyztak volejte ⟦ph.CZ.73:#########⟧
    """),
    # 11 gym, vocative
    T("""
    Dobrý den, pane ⟦n.s|Nováku⟧,
    permanentka č. ⟦k.invalid_checksum_number:########⟧ mi vypršela ⟦k.date|1. 3.⟧, ale z karty mi ⟦k.date|5. 3.⟧ stejně strhli ⟦k.amount|1 290,- Kč⟧. Prosím o vrácení. Číslo karty: ⟦card_visa:#### #### #### ####⟧.
    Děkuji, ⟦n.g|Kateřina Bílá⟧, tel. ⟦ph.CZ.72:+420 ###-###-###⟧
    """),
    # 12 school, excuse
    T("""
    ⟦k.greeting_without_name|Vážená paní učitelko⟧,
    omlouvám dceru z výuky ve dnech ⟦k.date|12.–13. 3.⟧ (třída 3.B), jedeme k lékaři do ⟦k.city|Olomouce⟧. Kdyby bylo potřeba, jsem k zastižení na ⟦ph.CZ.60:00420 ### ### ###⟧.
    ⟦n.g|M. Horáková⟧
    """),
    # 13 pet shop, no PII
    T("""
    Objednávka ⟦k.order_number:##########⟧: ⟦k.quantity|2× 15 kg⟧ granule ⟦k.brand|Brit Premium⟧, celkem ⟦k.amount|2 398 Kč⟧. Zásilka ⟦k.tracking_number:Z ### #### ###⟧ přes ⟦k.brand|Zásilkovnu⟧ leží na výdejním místě od ⟦k.date|10. března⟧, ale SMS s kódem nepřišla. Poradíte?
    """),
    # 14 bank, blocked card
    T("""
    Dobrý den,
    dnes v ⟦k.time|11:42⟧ mi byla zablokována karta ⟦card_mc:#### #### #### ####⟧ při platbě ⟦k.amount|8 450,00 Kč⟧ u ⟦k.brand|IKEA⟧. Prosím o odblokování. Pro ověření: r. č. ⟦cz_rc_m⟧, účet ⟦iban_cz:#### #### #### #### #### ####⟧, variabilní symbol poslední platby ⟦k.invalid_checksum_number:##########⟧.
    S pozdravem
    Ing. ⟦n.g|Karel Dvořák⟧
    ⟦ph.CZ.72:+420 ### ### ###⟧
    """),
    # 15 courier, phone of another country
    T("""
    Zásilku ⟦k.tracking_number:###########⟧ prosím doručte až po ⟦k.time|17:00⟧ na adresu ⟦ad|Husova 18, 602 00 Brno⟧. Pokud nebudu doma, volejte manželovi na ⟦ph.SK.90:+421 ### ### ###⟧ (je teď na Slovensku) nebo mně ⟦ph.CZ.60:### ### ###⟧. Dobírka ⟦k.amount|1 560 Kč⟧.
    """),
    # 16 SaaS invoicing bug
    T("""
    Verze ⟦k.version|3.8.1⟧, faktura ⟦k.invoice_number:FV-2026-######⟧: IČO odběratele ⟦cz_ico⟧ se v PDF tiskne špatně jako ⟦k.invalid_checksum_number:########⟧ (chybí poslední číslice a přehozené dvě). Chyba od aktualizace ⟦k.date|2026-03-04⟧, týká se asi ⟦k.percent|10 %⟧ faktur. Naše DIČ: ⟦cz_ico:CZ########⟧. Náhled: ⟦k.url|https://app.fakturace-priklad.cz/napoveda/pdf⟧
    """),
    # 17 forwarded e-mail
    T("""
    Posílám dál, prosím o kontrolu platby.

    ---------- Přeposlaná zpráva ---------
    Od: ⟦n.o|Veronika Malá⟧ <⟦em|veronika.mala@ucetni-priklad.cz⟧>
    Datum: út ⟦k.date|10. 3. 2026⟧ v ⟦k.time|8:14⟧
    Předmět: Upomínka ⟦k.invoice_number:FV#######⟧

    Dobrý den, evidujeme neuhrazenou částku ⟦k.amount|12.500 Kč⟧. IČO ⟦cz_ico⟧, číslo účtu: ⟦iban_cz⟧, VS ⟦k.invalid_checksum_number:#######⟧.
    """),
    # 18 gas supplier change, form
    T("""
    Přihláška k odběru plynu
    Jméno a příjmení: ⟦n.o|Jaroslav Kučera⟧
    Rodné číslo: ⟦cz_rc_m:##########⟧
    Adresa: ⟦ad|Palackého 412, 537 01 Chrudim⟧
    Telefon: ⟦ph.CZ.46:### ### ###⟧ / ⟦ph.CZ.775:### ### ###⟧
    Účet pro přeplatky: ⟦iban_cz:#### #### #### #### #### ####⟧
    Číslo plynoměru: ⟦k.invalid_checksum_number:#########⟧, stav ⟦k.quantity|18 204 m³⟧ k ⟦k.date|1. 4. 2026⟧
    """),
    # 19 review, no PII
    T("""
    Prodejna na ⟦k.street_as_brand|Národní⟧ mi odmítla reklamaci bot (účtenka ⟦k.invoice_number:#####/###⟧ z ⟦k.date|listopadu⟧), prý po ⟦k.quantity|4 měsících⟧ nosení. Po ⟦k.quantity|14 dnech⟧ e-mailové pingpongu mi nabídli slevu ⟦k.percent|20 %⟧ na další nákup. Díky, nechci.
    """),
    # 20 technical support with an extension
    T("""
    Servisní požadavek ⟦k.ticket_number:SR-#######⟧: tiskárna ⟦k.product_code|HP M428fdw⟧, sériové číslo ⟦k.product_code:@@@@######⟧, chyba ⟦k.product_code|59.F0⟧. Technik z německé centrály je k dispozici na ⟦ph.DE.351:+49 ### #######⟧, u nás volejte recepci ⟦ph.CZ.2:### ### ###⟧, kl. 204. Fakturujte na IČO ⟦cz_ico⟧.
    """),
    # 21 rent, landlord signature
    T("""
    Dobrý den,
    nájemné za duben ⟦k.amount|14.500 Kč⟧ + zálohy ⟦k.amount|3.200 Kč⟧ posílejte prosím od teď na nový účet ⟦iban_cz:########################⟧, VS = číslo bytu (⟦k.invalid_checksum_number|207⟧).
    Děkuji
    ⟦n.g|Zdeněk Kratochvíl⟧
    pronajímatel
    mob. ⟦ph.CZ.603:### ### ###⟧
    """),
    # 22 company details glued to labels
    T("""
    Fakturační údaje pro objednávku ⟦k.order_number:#####/26⟧:
    ⟦k.company|ELEKTRO-MONT Jihlava s.r.o.⟧, ⟦ad|Brněnská 3165/42, 586 01 Jihlava⟧
    IČO:⟦cz_ico@a⟧ DIČ:⟦cz_ico@a:CZ########⟧
    zapsaná u KS v ⟦k.city|Brně⟧, oddíl C, vložka ⟦k.quantity|48211⟧
    """),
    # 23 password reset
    T("""
    Zdravím, nejde mi obnovit heslo do zákaznické zóny. Odkaz
    ⟦ut:https://muj.dodavatel-priklad.cz/obnova-hesla?token=%%%%%%%%%%%%%%%%%%%%%%%%%%%%⟧
    hlásí „Platnost vypršela“ hned po otevření. Zákaznické číslo ⟦k.invalid_checksum_number:#########⟧, e-mail ⟦em|m.kolar1983@email.cz⟧.
    """),
    # 24 insurance, Slovak mother
    T("""
    Dobrý den, cestovní pojištění č. ⟦k.invalid_checksum_number:##########⟧ – chci do něj přidat maminku ⟦n.o|Oľgu Kováčovou⟧, je ze Slovenska, r. č. ⟦sk_rc_senior_f:######/####⟧. Odlet ⟦k.date|2. 5.⟧, návrat ⟦k.date|16. 5.⟧, Chorvatsko. Doplatek ⟦k.amount|640 Kč⟧ zaplatím kartou ⟦card_visa:####-####-####-####⟧.
    """),
    # 25 doctor, SMS
    T("""
    Dobrý den, tady ⟦n.i|Hanka Šťastná⟧, jsem objednaná na ⟦k.date|17.3.⟧ v ⟦k.time|8.30⟧ na kontrolu, ale musím to zrušit. Číslo pojištěnce je rodné číslo ⟦cz_rc_f:##########⟧. Dá se to přesunout na další týden? Díky
    """),
    # 26 dispute with a German carrier
    T("""
    K faktuře ⟦k.invoice_number:RE-2026-#####⟧ od ⟦k.company|Hoffmann Spedition GmbH⟧ (USt-IdNr. ⟦de_vat:DE#########⟧): účtují nám čekání ⟦k.quantity|5 h⟧ á ⟦k.amount|45 EUR⟧, ale řidič dorazil až v ⟦k.time|13:50⟧ místo ⟦k.time|8:00⟧. Naše DIČ je ⟦cz_ico:CZ########⟧. Prosíme o dobropis. Dispečink Hoffmann: ⟦ph.DE.171:+49 ### #######⟧.
    """),
    # 27 telecom technician visit, salutation
    T("""
    Vážená paní ⟦n.s|Dvořáková⟧,
    k vašemu požadavku ⟦k.ticket_number:SZ-#######⟧ jsme naplánovali návštěvu technika na ⟦k.date|středu 18. 3.⟧ mezi ⟦k.time|8:00⟧ a ⟦k.time|12:00⟧. Technik se vám ozve z čísla ⟦ph.CZ.73:+420 ### ### ###⟧.
    ⟦k.team_name|Tým zákaznické péče⟧
    """),
    # 28 school canteen
    T("""
    Platba obědů za březen: ⟦k.amount|850 Kč⟧ na účet jídelny ⟦iban_cz:#### #### #### #### #### ####⟧ (IČO ⟦cz_ico⟧), variabilní symbol ⟦k.invalid_checksum_number:######⟧ (číslo strávníka), do zprávy jméno dítěte a třídu. Splatnost do ⟦k.date|25. 2.⟧
    """),
    # 29 marketplace ad
    T("""
    Prodám kočárek ⟦k.brand|Cybex Priam⟧, ⟦k.date|r. v. 2023⟧, cena ⟦k.amount|9 000 Kč⟧ (nový ⟦k.amount|24 990 Kč⟧). Osobní odběr ⟦k.city|Plzeň⟧-Slovany, případně pošlu ⟦k.brand|Zásilkovnou⟧. tel.:⟦ph.CZ.77:+420#########⟧, volat po ⟦k.time|18h⟧.
    """),
    # 30 software, no PII
    T("""
    Po aktualizaci na ⟦k.version|v2.14.0⟧ nejde export do ⟦k.brand|Pohody⟧: import ⟦k.quantity|1 248⟧ dokladů spadne na dokladu ⟦k.invoice_number:FV-2026-#####⟧ s chybou ⟦k.product_code|0x80040E14⟧. Ve ⟦k.version|v2.13.2⟧ to fungovalo. Ticket ⟦k.ticket_number:#######⟧.
    """),
]

ITEMS["sk"] = [
    # 1 telecom, porting
    T("""
    Dobrý deň,
    volám sa ⟦n.i|Miroslav Baláž⟧ a chcem si k vám preniesť číslo ⟦ph.SK.905:0### ### ###⟧. Zmluva u súčasného operátora má číslo ⟦k.invalid_checksum_number:##########⟧ a viazanosť mi skončila ⟦k.date|28.02.2026⟧. Zmluvu mám na seba, r. č. ⟦sk_rc_m:######/####⟧.
    Ďakujem
    """),
    # 2 electricity
    T("""
    Číslo odberného miesta: ⟦k.invalid_checksum_number:##########⟧
    EIC: ⟦k.product_code:24ZZS#########@⟧
    Adresa: ⟦ad|Mlynská 27, 040 01 Košice⟧
    Odberateľ: r. č. ⟦sk_rc_f:######/####⟧
    Prosím o zníženie mesačnej zálohy zo ⟦k.amount|96 €⟧ na ⟦k.amount|70 €⟧, spotreba za rok ⟦k.quantity|1 840 kWh⟧. Preplatok z vyúčtovania ⟦k.invoice_number:VY/2026/######⟧ mi pošlite na ⟦iban_sk:#### #### #### #### #### ####⟧.
    """),
    # 3 clinic
    T("""
    ⟦k.greeting_without_name|Dobrý deň, pani doktorka⟧,
    chcela by som objednať mamu ⟦n.o|Annu Sedlákovú⟧ (r. č. ⟦sk_rc_senior_f:##########⟧, poisťovňa ⟦k.brand|Dôvera⟧) na kontrolu tlaku. Najlepšie utorok alebo štvrtok po ⟦k.time|13:00⟧.
    ⟦n.g|Monika Sedláková⟧
    ⟦ph.SK.908:0###/### ###⟧
    """),
    # 4 e-shop refund, no name
    T("""
    Objednávka č. ⟦k.order_number:### ### ###⟧ bola stornovaná ⟦k.date|3. 3. 2026⟧, ale peniaze ⟦k.amount|1 299,00 €⟧ mi stále neprišli. Kupoval som na firmu, IČO ⟦sk_ico⟧. Platil som prevodom z účtu ⟦iban_sk:#### #### #### #### #### ####⟧, referencia ⟦k.invalid_checksum_number:##########⟧. Reklamácia ⟦k.ticket_number:RK-######⟧. Kontakt ⟦ph.SK.910:0### ### ###⟧.
    """),
    # 5 B2B with a Czech supplier
    T("""
    Objednávateľ: ⟦k.company|Stavby Orava s.r.o.⟧
    IČO: ⟦sk_ico⟧, DIČ: ⟦sk_dic@a⟧, IČ DPH: ⟦sk_dic@a:SK##########⟧
    Dodávateľ: ⟦k.company|Kovoobrábění Zlín a.s.⟧, DIČ ⟦cz_ico:CZ########⟧
    Objednávame ⟦k.quantity|120 ks⟧ kotiev ⟦k.product_code:KT-##-@⟧ podľa ponuky ⟦k.order_number:NAB-26-###⟧, cena spolu ⟦k.amount|3 480,00 EUR⟧ bez DPH.
    """),
    # 6 municipal tax
    T("""
    Mestský úrad ⟦k.city|Trnava⟧, oddelenie miestnych daní
    Platobný výmer ⟦k.ticket_number:MsÚ/DzN/#####/2026⟧
    Daň z nehnuteľností ⟦k.amount|187,40 €⟧ je splatná do ⟦k.date|31. 5. 2026⟧ na účet ⟦iban_sk⟧, variabilný symbol ⟦k.invalid_checksum_number:##########⟧.
    Vybavuje: referát daní, tel. ⟦ph.SK.33:0##/### ## ##⟧, kl. 118
    """),
    # 7 chat
    T("""
    Agentka ⟦n.o|Zuzana⟧: Dobrý deň, ako vám môžem pomôcť?
    Zákazník: nejde mi internet, zmluva ⟦k.invalid_checksum_number:###-###-###⟧, adresa ⟦ad|Hlavná 44, Prešov⟧
    Agentka: Ďakujem. V lokalite evidujeme poruchu od ⟦k.time|6:40⟧, odhad opravy ⟦k.time|15:00⟧. Pošlem SMS na ⟦ph.SK.915:0### ### ###⟧, súhlasí?
    Zákazník: áno
    """),
    # 8 insurance, iban in lower case
    T("""
    Nahlasujem poistnú udalosť k zmluve ⟦k.invalid_checksum_number:### ### ####⟧: ⟦k.date|7. 3.⟧ mi v byte praskla rúra, oprava ⟦k.amount|640 €⟧ + maľovanie ⟦k.amount|380 €⟧. Poistený: r. č. ⟦sk_rc_m:######/####⟧. Plnenie prosím na ⟦iban_sk~:#### #### #### #### #### ####⟧. Fotky pošlem z ⟦em|j.kollar@azet.sk⟧.
    """),
    # 9 hotel review, no PII
    T("""
    Hotel ⟦k.person_like_brand|Vila Kristína⟧ v ⟦k.city|Starom Smokovci⟧: rezervácia ⟦k.order_number:##########⟧, ⟦k.quantity|3 noci⟧ za ⟦k.amount|486 €⟧ s polpenziou. Wellness otvorený len od ⟦k.time|16:00⟧ do ⟦k.time|20:00⟧, parkovanie ⟦k.amount|10 €⟧ na deň. Celkovo ⟦k.quantity|8/10⟧.
    """),
    # 10 car service, lower case
    T("""
    dobry den, pisem kvoli zakazke ⟦k.order_number:SZ/####/26⟧, ja som ⟦n.i|peter hudak⟧ s tym fabiou. uz je hotova? faktura na firmu ICO ⟦sk_ico⟧, ic dph ⟦sk_dic:SK##########⟧. tel ⟦ph.SK.944:0#########⟧
    """),
    # 11 gym, label glued
    T("""
    Dobrý deň, chcem zrušiť členstvo č. ⟦k.invalid_checksum_number:#######⟧ k ⟦k.date|31. 3.⟧ Poplatok ⟦k.amount|39,90 €⟧ mi ide trvalým príkazom z účtu ⟦iban_sk⟧, zrušila som ho v banke. Kontakt tel.č.⟦ph.SK.917:0#########⟧
    """),
    # 12 school
    T("""
    ⟦k.greeting_without_name|Milá pani učiteľka⟧,
    ospravedlňujem syna z vyučovania ⟦k.date|10. a 11. marca⟧, má angínu. Potvrdenie od lekára prinesie v ⟦k.date|pondelok⟧. Keby ste niečo potrebovali, som na ⟦ph.SK.903:+421 ### ### ###⟧.
    S pozdravom
    ⟦n.g|Jana Kolláriková⟧
    """),
    # 13 pet shop, no PII
    T("""
    Objednávka ⟦k.order_number:##########⟧: ⟦k.quantity|2× 12 kg⟧ granúl ⟦k.brand|Brit Care⟧ a škrabadlo ⟦k.product_code|SC-180⟧. Prišiel len jeden vak, na faktúre ⟦k.invoice_number:FA######⟧ sú dva. Rozdiel ⟦k.amount|54,90 €⟧. Zásielka ⟦k.tracking_number:Z #### ### ###⟧.
    """),
    # 14 bank fraud
    T("""
    Dobrý deň, ⟦k.date|12.03.2026⟧ o ⟦k.time|22:14⟧ mi z karty ⟦card_visa:#### #### #### ####⟧ odišli ⟦k.amount|3 × 249,00 €⟧ na stránku, ktorú nepoznám. Kartu som zablokoval cez aplikáciu. Rodné číslo ⟦sk_rc_m:##########⟧. Môj účet: ⟦iban_sk:########################⟧. Volajte prosím ⟦ph.SK.905:00421 ### ### ###⟧.
    """),
    # 15 courier, Czech recipient phone
    T("""
    Zásielku ⟦k.tracking_number:###########⟧ doručte prosím na ⟦ad|Štúrova 9, 949 01 Nitra⟧, prevezme ju brat ⟦n.o|Marek Vavro⟧, jeho číslo ⟦ph.CZ.73:+420 ### ### ###⟧ (má české). Dobierka ⟦k.amount|62,50 €⟧, prosím doručenie po ⟦k.time|15:30⟧.
    """),
    # 16 SaaS bug
    T("""
    Tiket ⟦k.ticket_number:#######⟧, verzia ⟦k.version|5.2.0⟧: na faktúrach ⟦k.invoice_number:FV-2026-####⟧ sa IČ DPH odberateľa ⟦sk_dic:SK##########⟧ tlačí bez prefixu SK a kontrola na portáli finančnej správy hlási chybu. Naše IČO ⟦sk_ico⟧. Týka sa to asi ⟦k.percent|12 %⟧ dokladov od ⟦k.date|2026-03-02⟧.
    """),
    # 17 forwarded
    T("""
    Posielam ďalej, vybav prosím.

    Od: ⟦n.o|Mária Vargová⟧ <⟦em|maria.vargova@uctovnictvo-priklad.sk⟧>
    Odoslané: ⟦k.date|pondelok 9. marca 2026⟧ ⟦k.time|10:05⟧
    Predmet: Upomienka – faktúra ⟦k.invoice_number:FA-2026-####⟧

    Dobrý deň, evidujeme neuhradenú sumu ⟦k.amount|2 150,00 €⟧. ⟦k.company|Účtovníctvo Varga s.r.o.⟧, IČO ⟦sk_ico⟧, DIČ ⟦sk_dic⟧, IBAN: ⟦iban_sk:#### #### #### #### #### ####⟧, VS ⟦k.invalid_checksum_number:######⟧.
    """),
    # 18 form
    T("""
    Žiadosť o pripojenie
    Meno a priezvisko | ⟦n.o|Ľubomír Kováč⟧
    Rodné číslo | ⟦sk_rc_m:######/####⟧
    Adresa | ⟦ad|Sládkovičova 1534/6, 010 01 Žilina⟧
    Telefón | ⟦ph.SK.41:0##/### ## ##⟧, ⟦ph.SK.949:0### ######⟧
    IBAN (inkaso) | ⟦iban_sk⟧
    Rýchlosť | ⟦k.quantity|500 Mb/s⟧, ⟦k.amount|19,99 €⟧ mesačne
    """),
    # 19 review, no PII
    T("""
    Predajňa na ⟦k.street_as_brand|Obchodnej⟧ mi odmietla reklamáciu slúchadiel (bloček ⟦k.invoice_number:###/#####⟧ z ⟦k.date|decembra⟧), vraj mechanické poškodenie. Po ⟦k.quantity|30 dňoch⟧ mi ponúkli zľavu ⟦k.percent|15 %⟧. Hodnotenie ⟦k.quantity|1/5⟧.
    """),
    # 20 tech support with an extension
    T("""
    Servisná požiadavka ⟦k.ticket_number:SP-######⟧: kopírka ⟦k.product_code|Konica Minolta C258⟧, výrobné číslo ⟦k.product_code:@@@@#######⟧, chyba ⟦k.product_code|C2557⟧. Technik nech volá na recepciu ⟦ph.SK.2:0#/#### ####⟧, kl. 12, alebo priamo ⟦ph.SK.948:0### ### ###⟧. Faktúra na IČO ⟦sk_ico⟧.
    """),
    # 21 rent, landlord signature
    T("""
    Dobrý deň,
    nájom za apríl ⟦k.amount|650 €⟧ + energie ⟦k.amount|120 €⟧ posielajte už na nový účet ⟦iban_sk:#### #### #### #### #### ####⟧, do správy číslo bytu (⟦k.quantity|12⟧).
    Ďakujem
    Ing. ⟦n.g|Rastislav Mikuš⟧
    ⟦ph.SK.907:+421 ### ### ###⟧
    """),
    # 22 company details glued
    T("""
    Fakturačné údaje k objednávke ⟦k.order_number:#####/26⟧:
    ⟦k.company|AGRO-TECH Levice s.r.o.⟧, ⟦ad|Priemyselná 11, 934 01 Levice⟧
    IČO:⟦sk_ico⟧,DIČ:⟦sk_dic@a⟧,IČ DPH:⟦sk_dic@a:SK##########⟧
    Zapísaná v OR OS ⟦k.city|Nitra⟧, oddiel Sro, vložka č. ⟦k.quantity|41207/N⟧
    """),
    # 23 password reset
    T("""
    Dobrý deň, neviem si obnoviť heslo do samoobsluhy. Odkaz
    ⟦ut:https://moj.dodavatel-priklad.sk/reset?token=%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%⟧
    vypíše „Token expiroval“. Zákaznícke číslo ⟦k.invalid_checksum_number:#########⟧, e-mail ⟦em|d.horvathova@gmail.com⟧.
    """),
    # 24 dentist, Czech birth number
    T("""
    Dobrý deň, objednávam manžela na dentálnu hygienu. Je Čech, poistený v ⟦k.brand|Union⟧, rodné číslo ⟦cz_rc_m:##########⟧. Vyhovuje nám ⟦k.date|20. 3.⟧ ráno, cena ⟦k.amount|65 €⟧ je v poriadku.
    """),
    # 25 SMS
    T("""
    Dobrý deň, tu ⟦n.i|Zuzka Bieliková⟧, mám termín ⟦k.date|18.3.⟧ o ⟦k.time|9.15⟧ na kontrolu, ale musím ho presunúť. Rodné číslo ⟦sk_rc_f:######/####⟧. Ďakujem
    """),
    # 26 B2B with a Polish partner
    T("""
    Faktúra ⟦k.invoice_number:FV/###/03/2026⟧ od ⟦k.company|Transbud Rzeszów Sp. z o.o.⟧ (NIP PL ⟦nip:###-###-##-##⟧) – účtujú nám ⟦k.quantity|2 palety⟧ navyše, dodací list ⟦k.order_number:WZ/####/26⟧ hovorí o ⟦k.quantity|18⟧. Naše IČ DPH: ⟦sk_dic:SK##########⟧. Prosíme o dobropis na ⟦k.amount|312,00 EUR⟧. Kontakt na dopravcu: ⟦ph.PL.17:+48 ## ### ## ##⟧.
    """),
    # 27 technician visit, salutation
    T("""
    Vážený pán ⟦n.s|Horváth⟧,
    k vašej požiadavke ⟦k.ticket_number:INC#######⟧ sme naplánovali výjazd technika na ⟦k.date|stredu 18. 3.⟧ medzi ⟦k.time|8:00⟧ a ⟦k.time|12:00⟧. Technik vám zavolá z čísla ⟦ph.SK.911:0### ### ###⟧.
    S pozdravom
    ⟦k.team_name|Tím zákazníckej podpory⟧
    """),
    # 28 school lunch
    T("""
    Platba za obedy – marec: ⟦k.amount|38,40 €⟧ na účet školskej jedálne ⟦iban_sk:#### #### #### #### #### ####⟧ (IČO ⟦sk_ico⟧), VS ⟦k.invalid_checksum_number:#####⟧ (kód stravníka), ŠS ⟦k.invalid_checksum_number|0326⟧. Splatnosť do ⟦k.date|25. 2.⟧
    """),
    # 29 classified ad
    T("""
    Predám detskú postieľku ⟦k.brand|Klups⟧ s matracom, ⟦k.amount|80 €⟧, osobný odber ⟦k.city|Banská Bystrica⟧ – Fončorda. Volať ⟦ph.SK.915:0### ### ###⟧ po ⟦k.time|17:00⟧, SMS kedykoľvek.
    """),
    # 30 software, no PII
    T("""
    Po aktualizácii ⟦k.brand|Omega⟧ na ⟦k.version|26.1.3⟧ padá import bankových výpisov: ⟦k.quantity|412⟧ pohybov sa zastaví na doklade ⟦k.invoice_number:BV-2026-####⟧ s chybou ⟦k.product_code|E1022⟧. Vo verzii ⟦k.version|25.4.8⟧ to išlo. Licencia ⟦k.invalid_checksum_number:####-####-####⟧.
    """),
]

ITEMS["ru"] = [
    # 1 telecom, porting
    T("""
    Здравствуйте! Меня зовут ⟦n.i|Ольга Сергеевна Ким⟧, хочу перенести номер ⟦ph.RU.916:+7 (###) ###-##-##⟧ к вашему оператору с сохранением номера. Договор с текущим оператором № ⟦k.invalid_checksum_number:##########⟧ оформлен на меня, паспорт ⟦ru_pass:## ## ######⟧. Удобно подойти в салон ⟦k.date|14.03⟧ после ⟦k.time|18:00⟧.
    """),
    # 2 utilities
    T("""
    Лицевой счёт: ⟦k.invalid_checksum_number:##########⟧
    Адрес: ⟦ad|ул. Профсоюзная, д. 56, кв. 112, Москва⟧
    Прошу сделать перерасчёт за февраль: в квитанции ⟦k.quantity|34 м³⟧ горячей воды, а по счётчику № ⟦k.invalid_checksum_number:########⟧ показания ⟦k.quantity|00412⟧ → ⟦k.quantity|00421⟧, т. е. ⟦k.quantity|9 м³⟧. Переплата ⟦k.amount|5 218,40 руб.⟧
    Тел. ⟦ph.RU.495:8 (###) ###-##-##⟧
    """),
    # 3 clinic, salutation with patronymic
    T("""
    Уважаемая ⟦n.s|Марина Викторовна⟧!
    Прошу записать меня на повторный приём к кардиологу. Мои данные: ⟦n.i|Белов Виктор Аркадьевич⟧, СНИЛС ⟦snils:###-###-### ##⟧. Результаты ЭКГ от ⟦k.date|02.03.2026⟧ загружены в личный кабинет. Удобно в будни до ⟦k.time|11:00⟧.
    Тел.: ⟦ph.RU.903:+7 ### ###-##-##⟧
    """),
    # 4 marketplace refund
    T("""
    Заказ ⟦k.order_number:#########-####⟧ от ⟦k.date|27 февраля⟧: пришли кроссовки ⟦k.brand|Nike Pegasus 41⟧ размера ⟦k.quantity|43⟧ вместо ⟦k.quantity|42⟧. Возврат оформил ⟦k.date|3 марта⟧, пункт выдачи принял, но ⟦k.amount|8 499 ₽⟧ до сих пор не вернули на карту ⟦card_mir:#### #### #### ####⟧. Номер обращения ⟦k.ticket_number:#########⟧.
    """),
    # 5 B2B requisites, entrepreneur surname first
    T("""
    Поставщик: ⟦k.company|ООО «Северный ветер»⟧
    ИНН ⟦ru_inn10⟧, КПП ⟦k.invalid_checksum_number:#########⟧, ОГРН ⟦ru_ogrn⟧
    Покупатель: ИП ⟦n.o|Гусев Андрей Павлович⟧, ИНН ⟦ru_inn12⟧, ОГРНИП ⟦ru_ogrnip⟧
    Счёт № ⟦k.invoice_number:###⟧ от ⟦k.date|11.03.2026⟧ на ⟦k.amount|146 300,00 руб.⟧, в т. ч. НДС ⟦k.percent|20%⟧.
    """),
    # 6 public services
    T("""
    Заявление № ⟦k.ticket_number:####-#######⟧ на замену паспорта в МФЦ. Данные заявителя: СНИЛС ⟦snils:###-###-###-##⟧, старый паспорт ⟦ru_pass:#### ######⟧, ИНН ⟦ru_inn12⟧. Госпошлина ⟦k.amount|1 500 ₽⟧ оплачена ⟦k.date|2026-03-05⟧, квитанция ⟦k.invalid_checksum_number:####################⟧. Когда можно забрать? Телефон для связи ⟦ph.RU.909:8 ### ### ## ##⟧.
    """),
    # 7 chat
    T("""
    Оператор: Добрый день! Чем могу помочь?
    Клиент: интернет не работает с ⟦k.time|8 утра⟧, договор ⟦k.invalid_checksum_number:###-###-###⟧
    Оператор: Вижу авария на линии, бригада будет до ⟦k.time|16:00⟧. Оставить заявку на перерасчёт?
    Клиент: да. мой моб.⟦ph.RU.925:+7##########⟧
    """),
    # 8 car insurance
    T("""
    ДТП ⟦k.date|09.03.2026⟧ в ⟦k.time|17:45⟧, полис ОСАГО ХХХ ⟦k.invalid_checksum_number:##########⟧. Виновник – второй участник, его полис ТТТ ⟦k.invalid_checksum_number:##########⟧. Ущерб по калькуляции ⟦k.amount|87 400 руб.⟧ Паспорт ⟦ru_pass:#### ######⟧. Выплату прошу на карту ⟦card_mir:################⟧. Связь: ⟦ph.RU.917:8-###-###-##-##⟧, ⟦em|r.galiev@mail.ru⟧
    """),
    # 9 hotel review, no PII
    T("""
    Гостиница «⟦k.person_like_brand|Иван да Марья⟧» в ⟦k.city|Суздале⟧: бронь ⟦k.order_number:##########⟧, ⟦k.quantity|2 ночи⟧ за ⟦k.amount|11 800 ₽⟧. Завтрак до ⟦k.time|10:30⟧, баня за отдельные ⟦k.amount|2 500 ₽⟧ в час. Оценка ⟦k.quantity|9/10⟧, Wi-Fi слабый.
    """),
    # 10 car service, lower case
    T("""
    здравствуйте это ⟦n.i|дмитрий⟧ по заказ-наряду ⟦k.order_number:ЗН-######⟧, рено логан. вчера сказали будет готово к ⟦k.time|17⟧ часам, сегодня тишина. за ремонт насчитали ⟦k.amount|23 700⟧ а договаривались на ⟦k.amount|18 000⟧. счёт выставьте на ип, ИНН⟦ru_inn12⟧. перезвоните ⟦ph.RU.926:8##########⟧
    """),
    # 11 gym
    T("""
    Добрый день! Прошу заморозить абонемент № ⟦k.invalid_checksum_number:#######⟧ на ⟦k.quantity|30 дней⟧ с ⟦k.date|16.03.2026⟧ (перелом руки, справка есть). Абонемент оплачен до ⟦k.date|31.08.2026⟧ картой ⟦card_visa:#### #### #### ####⟧, ⟦k.amount|32 000 ₽⟧.
    """),
    # 12 school
    T("""
    Здравствуйте, ⟦n.s|Елена Петровна⟧!
    Сын завтра не придёт, у нас приём у врача в ⟦k.time|9:30⟧. Домашнее задание по математике (с. ⟦k.quantity|84⟧, № ⟦k.quantity|312⟧) сделаем. Если что, звоните: ⟦ph.RU.965:+7 ### ### ## ##⟧.
    ⟦n.g|Наталья Кузнецова⟧
    """),
    # 13 pet shop, no PII
    T("""
    Заказ ⟦k.order_number:##########⟧: корм ⟦k.brand|Royal Canin⟧ ⟦k.quantity|10 кг⟧ и наполнитель, итого ⟦k.amount|7 640 ₽⟧. Трек СДЭК ⟦k.tracking_number:##########⟧ висит «принят на склад» с ⟦k.date|4 марта⟧. Промокод на ⟦k.percent|10%⟧ не применился.
    """),
    # 14 bank, surname first
    T("""
    Вас беспокоит ⟦n.i|Кравцов Игорь Николаевич⟧, ИНН ⟦ru_inn12⟧. ⟦k.date|10.03.2026⟧ с моей карты ⟦card_mir:#### #### #### ####⟧ списано ⟦k.amount|3 × 4 990 ₽⟧ в пользу неизвестного магазина. Карту заблокировал, прошу оспорить операции. Номер обращения в чате ⟦k.ticket_number:###########⟧. Телефон ⟦ph.RU.985:+7 (###) ### ## ##⟧.
    """),
    # 15 courier, recipient abroad
    T("""
    Посылка ⟦k.tracking_number:@@#########RU⟧ вернулась отправителю. Получатель – моя дочь, она сейчас в Германии: ⟦ad|Lindenstraße 14, 10969 Berlin⟧, тел. ⟦ph.DE.151:+49 ### ########⟧. Вес ⟦k.quantity|2,3 кг⟧, объявленная ценность ⟦k.amount|6 000 руб.⟧
    """),
    # 16 SaaS, INN glued to label
    T("""
    Тикет ⟦k.ticket_number:#######⟧, версия ⟦k.version|3.0.158.21⟧: при выгрузке УПД ⟦k.invoice_number:УТ-#####⟧ в ЭДО поле покупателя заполняется как «ИНН⟦ru_inn10⟧/КПП» без КПП, оператор отклоняет документ. Наши реквизиты: ИНН ⟦ru_inn10⟧, ОГРН ⟦ru_ogrn⟧. Началось после обновления ⟦k.date|06.03.2026⟧, затронуто около ⟦k.percent|15%⟧ документов.
    """),
    # 17 forwarded message
    T("""
    Коллеги, посмотрите, пожалуйста, счёт ниже.

    -------- Пересылаемое сообщение --------
    ⟦k.date|10.03.2026⟧, ⟦k.time|12:40⟧, "⟦n.o|Анна Смирнова⟧" <⟦em|a.smirnova@buh-primer.ru⟧>:
    Добрый день! Направляем счёт № ⟦k.invoice_number:###/26⟧ на ⟦k.amount|58 900,00 ₽⟧. Оплату просим до ⟦k.date|20.03⟧, ИНН получателя ⟦ru_inn10⟧, ОГРН ⟦ru_ogrn⟧.
    """),
    # 18 form
    T("""
    АНКЕТА ЗАЁМЩИКА
    ФИО | ⟦n.o|Соколова Татьяна Игоревна⟧
    СНИЛС | ⟦snils:### ### ### ##⟧
    ИНН | ⟦ru_inn12⟧
    Паспорт | ⟦ru_pass:## ## ######⟧
    Телефон | ⟦ph.RU.921:+7 ### ###-##-##⟧
    Сумма | ⟦k.amount|350 000 ₽⟧ на ⟦k.quantity|24 мес.⟧
    """),
    # 19 review, no PII
    T("""
    Магазин на ⟦k.street_as_brand|Тверской⟧ отказался менять пылесос ⟦k.brand|Dyson V15⟧ (чек ⟦k.invoice_number:####/###⟧ от ⟦k.date|января⟧), говорят, везите в сервис. В сервисе срок ⟦k.quantity|45 дней⟧. Скидку ⟦k.percent|5%⟧ предложили как компенсацию. Не рекомендую.
    """),
    # 20 tech support with an extension
    T("""
    Заявка ⟦k.ticket_number:SD-######⟧: принтер ⟦k.product_code|Kyocera M2040dn⟧, серийный № ⟦k.product_code:@@@#######⟧, ошибка ⟦k.product_code|C7990⟧. Счёт на ИНН ⟦ru_inn10⟧. Инженеру звонить в офис ⟦ph.RU.812:+7 (###) ###-##-##⟧ доб. 5, или на ресепшен ⟦ph.RU.812:8 ### ###-##-##⟧.
    """),
    # 21 rent, transfer by phone number
    T("""
    Добрый день! Оплату за апрель ⟦k.amount|45 000 ₽⟧ + коммуналку ⟦k.amount|6 300 ₽⟧ переведите, пожалуйста, по номеру телефона ⟦ph.RU.916:+7 ### ### ## ##⟧ (⟦k.brand|Сбер⟧), в комментарии – номер квартиры (⟦k.quantity|17⟧). Можно и на карту ⟦card_mir:#### #### #### ####⟧.
    С уважением,
    ⟦n.g|Галина Петровна⟧
    """),
    # 22 signature with requisites
    T("""
    Добрый день! Подтверждаем заказ ⟦k.order_number:ЗК-####⟧ на ⟦k.quantity|600 шт.⟧ коробок ⟦k.product_code|К-400⟧, отгрузка ⟦k.date|18.03⟧.

    С уважением,
    ⟦n.g|Алексей Воронин⟧
    ⟦k.job_title|менеджер по закупкам⟧
    ⟦k.company|ООО «ТараПак»⟧
    ИНН/КПП ⟦ru_inn10⟧/⟦k.invalid_checksum_number:#########⟧
    ОГРН ⟦ru_ogrn⟧
    т. ⟦ph.RU.343:+7 (###) ###-##-##⟧
    """),
    # 23 password reset
    T("""
    Не могу восстановить пароль в личном кабинете. Ссылка из письма
    ⟦ut:https://lk.energo-primer.ru/restore?token=%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%⟧
    открывает страницу «Срок действия ссылки истёк». Лицевой счёт ⟦k.invalid_checksum_number:##########⟧, почта ⟦em|petrov.sv@yandex.ru⟧.
    """),
    # 24 tax office
    T("""
    В уведомлении № ⟦k.ticket_number:#####⟧ от ⟦k.date|26.02.2026⟧ указана недоимка ⟦k.amount|12 340 ₽⟧ по ИП с ОГРНИП ⟦ru_ogrnip⟧, ИНН ⟦ru_inn12⟧. Взносы я оплатил ⟦k.date|28.12.2025⟧, платёжка № ⟦k.invalid_checksum_number|214⟧ прилагается, СНИЛС ⟦snils:###-###-### ##⟧. Прошу провести сверку.
    """),
    # 25 SMS
    T("""
    Добрый день, это ⟦n.i|Таня⟧ из ⟦k.quantity|45⟧ квартиры. У нас снова течёт стояк, вода у соседей снизу. Аварийка не отвечает. Перезвоните ⟦ph.RU.911:8 ### ### ####⟧, я дома до ⟦k.time|14:00⟧.
    """),
    # 26 import from Poland
    T("""
    По контракту № ⟦k.order_number:PL-26/###⟧ с ⟦k.company|Meblex Sp. z o.o.⟧ (NIP ⟦nip⟧, ⟦k.city|Познань⟧) пришла партия ⟦k.quantity|36 мест⟧ вместо ⟦k.quantity|40⟧. Инвойс ⟦k.invoice_number:FV/####/2026⟧ на ⟦k.amount|18 240 EUR⟧. Наш ИНН ⟦ru_inn10⟧, ОГРН ⟦ru_ogrn⟧. Прошу оформить акт расхождений. Менеджер поставщика: ⟦ph.PL.61:+48 ## ### ## ##⟧.
    """),
    # 27 technician visit
    T("""
    Уважаемый ⟦n.s|Олег Викторович⟧!
    По вашей заявке № ⟦k.ticket_number:#######⟧ мастер приедет ⟦k.date|завтра, 17 марта⟧, с ⟦k.time|10:00⟧ до ⟦k.time|14:00⟧. Он позвонит вам с номера ⟦ph.RU.999:+7 ### ###-##-##⟧ за час до приезда.
    ⟦k.team_name|Служба поддержки «Дом.Сервис»⟧
    """),
    # 28 kindergarten payment
    T("""
    Оплата за детский сад за март – ⟦k.amount|4 860 ₽⟧, лицевой счёт ребёнка ⟦k.invalid_checksum_number:#########⟧, получатель ⟦k.company|МАДОУ № 27⟧, ИНН ⟦ru_inn10⟧, плательщик – мама, ИНН ⟦ru_inn12⟧, БИК ⟦k.invalid_checksum_number:04#######⟧. Срок до ⟦k.date|10-го⟧.
    """),
    # 29 classified ad
    T("""
    Продаю детскую коляску ⟦k.brand|Anex m/type⟧ 2 в 1, ⟦k.date|2024 г.⟧, ⟦k.amount|38 000 ₽⟧, торг. Самовывоз ⟦k.city|Казань⟧, Ново-Савиновский р-н. т. ⟦ph.RU.917:8-###-###-##-##⟧, звонить после ⟦k.time|19:00⟧.
    """),
    # 30 software, no PII
    T("""
    После обновления платформы до ⟦k.version|8.3.25.1374⟧ не открывается отчёт по остаткам: на ⟦k.quantity|12 418⟧ строках вылетает ошибка ⟦k.product_code|0x8007000E⟧. В версии ⟦k.version|8.3.24⟧ работало. Номер лицензии ⟦k.invalid_checksum_number:########⟧, обращение ⟦k.ticket_number:#######⟧.
    """),
]

ITEMS["uk"] = [
    # 1 telecom
    T("""
    Добрий день! Мене звати ⟦n.i|Ірина Бондаренко⟧, мій номер ⟦ph.UA.67:+380 (##) ###-##-##⟧. Прошу переоформити номер на мене з чоловіка, договір № ⟦k.invalid_checksum_number:#########⟧ від ⟦k.date|2019 р.⟧ Мій РНОКПП ⟦ua_rnokpp⟧, паспорт-картка є. Автоплатіж з картки ⟦card_visa:################⟧. Коли можна підійти в магазин?
    """),
    # 2 gas
    T("""
    Особовий рахунок: ⟦k.invalid_checksum_number:##########⟧
    EIC-код точки: ⟦k.product_code:56XS#########@⟧
    Адреса: ⟦ad|вул. Шевченка, 12, кв. 7, м. Черкаси⟧
    Власник: РНОКПП ⟦ua_rnokpp⟧.
    Прошу перерахувати рахунок № ⟦k.invoice_number:########⟧ за лютий: нараховано ⟦k.quantity|214 м³⟧, а фактичні показники лічильника ⟦k.quantity|08452⟧, тобто ⟦k.quantity|96 м³⟧. Переплату ⟦k.amount|1 870,40 грн⟧ прошу зарахувати на наступний місяць.
    """),
    # 3 clinic, vocative
    T("""
    Шановна пані ⟦n.s|Ірино⟧!
    Хочу записати маму, ⟦n.o|Галину Степанівну Мельник⟧, до сімейного лікаря – декларація № ⟦k.invalid_checksum_number:####-####-####⟧, РНОКПП ⟦ua_rnokpp⟧. Тиск тримається ⟦k.quantity|160/100⟧ третій день. Мій телефон ⟦ph.UA.67:0## ### ####⟧.
    ⟦n.g|Оксана Мельник⟧
    """),
    # 4 marketplace return
    T("""
    Замовлення ⟦k.order_number:#########⟧ від ⟦k.date|24.02.2026⟧: повернула пилосос ⟦k.brand|Philips⟧ через ⟦k.brand|Нову пошту⟧ (ТТН ⟦k.tracking_number:##############⟧) ще ⟦k.date|2 березня⟧, але ⟦k.amount|4 299 грн⟧ досі не повернули на картку ⟦card_visa:#### #### #### ####⟧. Можна на IBAN ⟦iban_ua:#### #### #### #### #### #### #### #⟧. Звернення ⟦k.ticket_number:######⟧.
    """),
    # 5 B2B requisites
    T("""
    Постачальник: ⟦k.company|ТОВ «Агроспецтех»⟧
    Код ЄДРПОУ ⟦ua_edrpou⟧
    IBAN ⟦iban_ua⟧ в ⟦k.brand|АТ КБ «ПриватБанк»⟧
    Рахунок-фактура ⟦k.invoice_number:СФ-######⟧ від ⟦k.date|12.03.2026⟧ на ⟦k.amount|186 420,00 грн⟧, у т. ч. ПДВ ⟦k.percent|20%⟧. Оплата протягом ⟦k.quantity|5 банківських днів⟧. Бухгалтерія: ⟦ph.UA.44:(0##) ###-##-##⟧.
    """),
    # 6 administrative services
    T("""
    ЦНАП ⟦k.city|Вінниці⟧. Заява № ⟦k.ticket_number:####/##-##⟧ про реєстрацію місця проживання.
    Заявник: ⟦n.o|Коваль Дмитро Олегович⟧, РНОКПП: ⟦ua_rnokpp⟧
    Адреса: ⟦ad|вул. Соборна, 87, кв. 14, 21050 Вінниця⟧
    Адміністративний збір ⟦k.amount|42,50 грн⟧ сплачено ⟦k.date|2026-03-06⟧.
    """),
    # 7 chat
    T("""
    Оператор: Вітаю! Чим можу допомогти?
    Клієнт: з ⟦k.time|7:00⟧ немає інтернету, договір ⟦k.invalid_checksum_number:###-###-###⟧
    Оператор: Бачу аварію в районі, бригада працює, орієнтовно до ⟦k.time|15:00⟧. Надіслати SMS, коли відновимо?
    Клієнт: так, моб.⟦ph.UA.50:0#########⟧
    """),
    # 8 car insurance, lower-case iban
    T("""
    ДТП ⟦k.date|08.03.2026⟧ о ⟦k.time|18:20⟧ на парковці ⟦k.brand|Епіцентру⟧. Поліс автоцивілки ⟦k.invalid_checksum_number:ЕР-#########⟧, винуватець має поліс ⟦k.invalid_checksum_number:ЕР-#########⟧. Ремонт за калькуляцією ⟦k.amount|23 600 грн⟧. Мій РНОКПП ⟦ua_rnokpp⟧, виплату прошу на ⟦iban_ua~⟧. Зв'язок: ⟦ph.UA.93:+380#########⟧, ⟦em|v.savchuk@ukr.net⟧
    """),
    # 9 hotel review, no PII
    T("""
    Готель ⟦k.person_like_brand|«Марічка»⟧ у ⟦k.city|Яремчі⟧: бронювання ⟦k.order_number:##########⟧, ⟦k.quantity|3 ночі⟧ за ⟦k.amount|7 800 грн⟧ зі сніданками. Чан за ⟦k.amount|1 500 грн⟧, працює до ⟦k.time|22:00⟧. Оцінка ⟦k.quantity|9/10⟧.
    """),
    # 10 car service, lower case
    T("""
    добрий день, це ⟦n.i|сашко⟧ з приводу октавії, замовлення-наряд ⟦k.order_number:ЗН-#####⟧. казали буде готова в ⟦k.date|четвер⟧, вже ⟦k.date|субота⟧. і рахунок ⟦k.amount|14 300⟧ замість ⟦k.amount|9 800⟧ як домовлялись. рахунок на фоп, рнокпп⟦ua_rnokpp⟧. передзвоніть ⟦ph.UA.97:0##-###-##-##⟧
    """),
    # 11 gym
    T("""
    Добрий день! Прошу заморозити абонемент № ⟦k.invalid_checksum_number:######⟧ на ⟦k.quantity|3 тижні⟧ з ⟦k.date|16.03⟧ – відрядження. Оплату ⟦k.amount|1 200 грн⟧ щомісяця списують з картки ⟦card_mc:####-####-####-####⟧, прошу цей місяць не списувати.
    """),
    # 12 school, vocative
    T("""
    Доброго дня, пані ⟦n.s|Оксано⟧!
    Донька завтра не буде на уроках, маємо запис до лікаря на ⟦k.time|10:15⟧. Домашнє завдання (с. ⟦k.quantity|56⟧, вправа ⟦k.quantity|4⟧) зробимо. Якщо що, телефонуйте: ⟦ph.UA.95:+380 ## ### ## ##⟧.
    З повагою, ⟦n.g|Наталія Гнатюк⟧
    """),
    # 13 pet shop, no PII
    T("""
    Замовлення ⟦k.order_number:########⟧: корм ⟦k.brand|Purina Pro Plan⟧ ⟦k.quantity|14 кг⟧ та наповнювач, разом ⟦k.amount|3 640 грн⟧. ТТН ⟦k.tracking_number:##############⟧ з ⟦k.date|5 березня⟧ «прямує до відділення», хоча мало бути ⟦k.date|7-го⟧. Промокод на ⟦k.percent|10%⟧ не спрацював.
    """),
    # 14 bank fraud
    T("""
    Пише вам ⟦n.i|Олександр Ткаченко⟧, РНОКПП ⟦ua_rnokpp⟧. ⟦k.date|11.03.2026⟧ о ⟦k.time|23:05⟧ з моєї картки ⟦card_mc:#### #### #### ####⟧ пройшли ⟦k.quantity|дві⟧ оплати по ⟦k.amount|2 499 грн⟧ на невідомий сайт. Картку заблокував у застосунку. Прошу відкрити спір і повернути кошти на ⟦iban_ua⟧. Тел. ⟦ph.UA.63:+380 (##) ### ## ##⟧.
    """),
    # 15 courier to Poland
    T("""
    Відправка ⟦k.tracking_number:###########⟧ до Польщі: отримувачка моя сестра, ⟦ad|ul. Grunwaldzka 112/5, 80-244 Gdańsk⟧, тел. ⟦ph.PL.51:+48 ### ### ###⟧. Вага ⟦k.quantity|4,8 кг⟧, оголошена вартість ⟦k.amount|2 000 грн⟧. Чому статус «повернення»?
    """),
    # 16 SaaS, code glued to label
    T("""
    Тікет ⟦k.ticket_number:#######⟧, версія ⟦k.version|11.02.094⟧: податкова накладна № ⟦k.invoice_number:###⟧ не реєструється, квитанція №2 пише «невірний код ЄДРПОУ:⟦ua_edrpou⟧», хоча код правильний. Почалося після оновлення ⟦k.date|05.03.2026⟧, стосується близько ⟦k.percent|20%⟧ документів.
    """),
    # 17 forwarded
    T("""
    Переслати бухгалтерії, будь ласка.

    ---------- Переслане повідомлення ---------
    Від: ⟦n.o|Тетяна Лисенко⟧ <⟦em|t.lysenko@buh-pryklad.com.ua⟧>
    Дата: вт, ⟦k.date|10 бер. 2026⟧ р. о ⟦k.time|11:32⟧
    Тема: Рахунок № ⟦k.invoice_number:###/26⟧

    Добрий день! Надсилаємо рахунок на ⟦k.amount|48 600,00 грн⟧. Реквізити: ⟦iban_ua⟧, ЄДРПОУ ⟦ua_edrpou⟧.
    """),
    # 18 form
    T("""
    АНКЕТА КЛІЄНТА
    ПІБ | ⟦n.o|Шевчук Марія Василівна⟧
    РНОКПП | ⟦ua_rnokpp⟧
    Адреса | ⟦ad|просп. Свободи, 28, кв. 41, Львів, 79000⟧
    Телефон | ⟦ph.UA.98:+380 ## ### ####⟧
    IBAN для зарахування | ⟦iban_ua⟧
    Сума кредиту | ⟦k.amount|60 000 грн⟧ на ⟦k.quantity|12 міс.⟧
    """),
    # 19 review, no PII
    T("""
    Магазин на ⟦k.street_as_brand|Хрещатику⟧ відмовився приймати навушники ⟦k.brand|JBL Tune 770⟧ за гарантією (чек ⟦k.invoice_number:####/####⟧ від ⟦k.date|грудня⟧), мовляв, механічне пошкодження. Сервіс – ⟦k.quantity|до 30 днів⟧. Знижку ⟦k.percent|5%⟧ запропонували як компенсацію. Не раджу.
    """),
    # 20 tech support with an extension
    T("""
    Заявка ⟦k.ticket_number:SD-#####⟧: БФП ⟦k.product_code|Canon MF443dw⟧, серійний номер ⟦k.product_code:@@@#####⟧, помилка ⟦k.product_code|E000007-0000⟧. Рахунок на ТОВ, ЄДРПОУ ⟦ua_edrpou⟧. Інженеру телефонувати в офіс ⟦ph.UA.44:+380 ## ### ## ##⟧, доб. 214, або на мобільний адміністратора ⟦ph.UA.66:0## ### ## ##⟧.
    """),
    # 21 rent
    T("""
    Добрий день! Оплату за квітень ⟦k.amount|14 000 грн⟧ + комуналку ⟦k.amount|2 350 грн⟧ переказуйте, будь ласка, на картку ⟦card_mc:#### #### #### ####⟧ (⟦k.brand|monobank⟧), у коментарі – номер квартири (⟦k.quantity|33⟧), або на IBAN ⟦iban_ua⟧.
    Дякую,
    ⟦n.g|Людмила Іванівна⟧
    """),
    # 22 signature with requisites
    T("""
    Доброго дня! Підтверджуємо замовлення ⟦k.order_number:ЗМ-####⟧ на ⟦k.quantity|800 шт.⟧ коробок ⟦k.product_code|Г-300⟧, відвантаження ⟦k.date|19.03⟧.

    З повагою,
    ⟦n.g|Віктор Савченко⟧
    ⟦k.job_title|менеджер з продажу⟧
    ⟦k.company|ТОВ «Пакет-Трейд»⟧
    ЄДРПОУ ⟦ua_edrpou⟧, IBAN ⟦iban_ua⟧
    т. ⟦ph.UA.57:+380 (##) ###-##-##⟧
    """),
    # 23 password reset
    T("""
    Не можу відновити пароль в особистому кабінеті. Посилання з листа
    ⟦ut:https://kabinet.gaz-pryklad.ua/reset?token=%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%⟧
    пише «Термін дії посилання минув». Особовий рахунок ⟦k.invalid_checksum_number:##########⟧, пошта ⟦em|ivan.hrytsenko@gmail.com⟧.
    """),
    # 24 sole trader, surname first
    T("""
    ФОП ⟦n.o|Петренко Василь Іванович⟧, РНОКПП ⟦ua_rnokpp⟧. Отримав податкове повідомлення-рішення № ⟦k.ticket_number:#######/####⟧ від ⟦k.date|27.02.2026⟧ на ⟦k.amount|5 780 грн⟧ єдиного податку, хоча сплачував ⟦k.date|20.01.2026⟧ на рахунок ⟦iban_ua⟧ (платіжка № ⟦k.invalid_checksum_number|118⟧). Прошу провести звірку.
    """),
    # 25 SMS
    T("""
    Добрий день, це ⟦n.i|Оля⟧ з ⟦k.quantity|12⟧ квартири. У нас знову тече з даху, в кімнаті мокра стеля. Диспетчер не відповідає. Передзвоніть ⟦ph.UA.96:0## ### ## ##⟧, я вдома до ⟦k.time|15:00⟧.
    """),
    # 26 B2B with a Czech partner
    T("""
    За контрактом ⟦k.order_number:CZ-26/###⟧ з ⟦k.company|Strojírny Vsetín s.r.o.⟧ (DIČ ⟦cz_ico:CZ########⟧) надійшло ⟦k.quantity|14 ящиків⟧ замість ⟦k.quantity|16⟧. Інвойс ⟦k.invoice_number:FV-2026-####⟧ на ⟦k.amount|9 860 EUR⟧. Наш код ЄДРПОУ ⟦ua_edrpou⟧. Прошу скласти акт розбіжностей. Контакт у Чехії: ⟦ph.CZ.57:+420 ### ### ###⟧.
    """),
    # 27 technician visit, vocative
    T("""
    Шановний пане ⟦n.s|Олеже⟧!
    За вашою заявкою № ⟦k.ticket_number:#######⟧ майстер приїде ⟦k.date|завтра, 17 березня⟧, з ⟦k.time|10:00⟧ до ⟦k.time|13:00⟧. Він зателефонує з номера ⟦ph.UA.68:+380 ## ###-##-##⟧ за годину.
    ⟦k.team_name|Служба підтримки⟧
    """),
    # 28 kindergarten payment
    T("""
    Оплата за садочок за березень – ⟦k.amount|1 120 грн⟧. Отримувач: ⟦k.company|ЗДО № 14⟧, ЄДРПОУ ⟦ua_edrpou⟧, рахунок ⟦iban_ua:#### #### #### #### #### #### #### #⟧. Призначення: «батьківська плата, ос. рах. ⟦k.invalid_checksum_number:######⟧». До ⟦k.date|10 числа⟧.
    """),
    # 29 classified ad
    T("""
    Продам дитячий велосипед ⟦k.brand|Pride Glider⟧ 16", ⟦k.date|2023 р.⟧, ⟦k.amount|3 200 грн⟧. Самовивіз ⟦k.city|Дніпро⟧, лівий берег. Тел. ⟦ph.UA.96:0## ### ## ##⟧, дзвонити після ⟦k.time|18:00⟧, Viber теж.
    """),
    # 30 software, no PII
    T("""
    Після оновлення ⟦k.brand|BAS⟧ до ⟦k.version|1.1.52.7⟧ не відкривається звіт по залишках: на ⟦k.quantity|9 340⟧ рядках падає помилка ⟦k.product_code|0xC0000005⟧. У версії ⟦k.version|1.1.51⟧ працювало. Ліцензія ⟦k.invalid_checksum_number:########⟧, звернення ⟦k.ticket_number:######⟧.
    """),
]

ITEMS["en"] = [
    # 1 telecom, porting
    T("""
    Hi, my name is ⟦n.i|Priya Patel⟧ and I'd like to port my number ⟦ph.GB.79:0#### ######⟧ over to you. My PAC is ⟦k.product_code:@@@######⟧ (valid until ⟦k.date|21/03/2026⟧) and my current account number is ⟦k.invalid_checksum_number:#########⟧. Could the switch happen on a weekday after ⟦k.time|5pm⟧?
    Thanks!
    """),
    # 2 energy
    T("""
    Account number: ⟦k.invalid_checksum_number:##########⟧
    Supply address: ⟦ad|14 Cranbrook Road, Ilford IG1 4PU⟧
    Meter serial: ⟦k.product_code:##@#######⟧
    My March bill (⟦k.invoice_number:INV-#######⟧) uses an estimated reading of ⟦k.quantity|18,450 kWh⟧, but the meter showed ⟦k.quantity|17,962⟧ on ⟦k.date|1 March⟧ – photo attached. Please re-bill; the direct debit of ⟦k.amount|£214.60⟧ from ⟦iban_gb⟧ is far too high.
    """),
    # 3 GP surgery, salutation
    T("""
    Dear Dr ⟦n.s|Okafor⟧,
    I'm writing about my repeat prescription, which hasn't reached the pharmacy since ⟦k.date|4th March⟧. My NHS number is ⟦gb_nhs:### ### ####⟧ and the pharmacy is ⟦k.brand|Boots⟧ on the high street. I can be reached on ⟦ph.GB.77:+44 #### ######⟧ any time before ⟦k.time|2pm⟧.
    Kind regards,
    ⟦n.g|Margaret Ellison⟧
    """),
    # 4 marketplace refund, no name
    T("""
    Order ⟦k.order_number:###-#######-#######⟧ placed on ⟦k.date|28 Feb 2026⟧: the blender arrived cracked. I returned it on ⟦k.date|3/3⟧ with the prepaid label (tracking ⟦k.tracking_number:@@#########GB⟧) but the refund of ⟦k.amount|£129.99⟧ hasn't appeared on my card ⟦card_visa:#### #### #### ####⟧. Case ID ⟦k.ticket_number:##########⟧. If the card route fails, my bank account is ⟦iban_gb⟧.
    """),
    # 5 B2B with a Polish supplier
    T("""
    Hi team,
    our print supplier ⟦k.company|Drukpol Sp. z o.o.⟧ (NIP ⟦nip:PL##########⟧, ⟦k.city|Łódź⟧) has invoiced us twice for PO ⟦k.order_number:PO-26-####⟧: invoices ⟦k.invoice_number:FV/###/2026⟧ and ⟦k.invoice_number:FV/###/2026⟧, ⟦k.amount|€3,480.00⟧ each. Please block the second one. Their accounts team is on ⟦ph.PL.42:+48 ## ### ## ##⟧. Note their new bank details: ⟦iban_pl:#### #### #### #### #### #### ####⟧. For the reverse-charge note, our VAT No is ⟦gb_vat:GB ### #### ##⟧.
    ⟦k.team_name|Accounts Payable⟧
    """),
    # 6 council tax
    T("""
    ⟦k.greeting_without_name|Dear Sir or Madam⟧,
    council tax account ⟦k.invalid_checksum_number:#########⟧: I moved out of ⟦ad|Flat 3, 27 Mill Lane, Leeds LS6 2DA⟧ on ⟦k.date|31/01/2026⟧ but I'm still being charged ⟦k.amount|£162⟧ a month. Please close the account and refund the overpayment to ⟦iban_gb:#### #### #### #### #### ##⟧.
    """),
    # 7 chat
    T("""
    Agent ⟦n.o|Marek⟧: Hello, thanks for waiting. How can I help?
    You: my broadband's been down since ⟦k.time|7am⟧, account ⟦k.invalid_checksum_number:###-###-###⟧
    Agent: Thanks. There's an outage in ⟦k.city|Bristol⟧, fix expected by ⟦k.time|3pm⟧. Shall I text you when it's back?
    You: yes please, ⟦ph.GB.74:0##########⟧
    """),
    # 8 insurance claim, lower-case iban
    T("""
    Claim reference ⟦k.ticket_number:CLM-#######⟧, policy ⟦k.invalid_checksum_number:@@##########⟧.
    On ⟦k.date|8 March⟧ a pipe burst in our kitchen; the plumber's invoice is ⟦k.amount|£640⟧ and the flooring quote ⟦k.amount|£1,180⟧. Please pay the settlement to ⟦iban_gb~:#### #### #### #### #### ##⟧. Photos will follow from ⟦em|s.whitaker@btinternet.com⟧.
    """),
    # 9 hotel review, no PII
    T("""
    Stayed at the ⟦k.brand|Premier Inn⟧ near ⟦k.city|York⟧ station, booking ⟦k.order_number:@@#######⟧, ⟦k.quantity|2 nights⟧ at ⟦k.amount|£89⟧ a night. Room 214 was spotless, breakfast until ⟦k.time|10:30⟧, but parking was another ⟦k.amount|£15⟧ a day. ⟦k.quantity|8/10⟧.
    """),
    # 10 garage, lower case
    T("""
    hi its ⟦n.i|dave⟧ about the golf, job no ⟦k.order_number:J######⟧. you said ready thurs by ⟦k.time|4⟧ but nothing yet. also quote was ⟦k.amount|£420⟧ and now its ⟦k.amount|£610⟧?? invoice to my firm pls, vat no ⟦gb_vat:GB#########⟧. ring me on ⟦ph.GB.78:0#### ### ###⟧ pls
    """),
    # 11 gym
    T("""
    Hello, please cancel my membership (no. ⟦k.invalid_checksum_number:########⟧) from ⟦k.date|31 March⟧. The ⟦k.amount|£34.99⟧ monthly fee is taken from my card ⟦card_mc:####-####-####-####⟧ – please make sure April's payment isn't collected, and cancel the old direct debit from ⟦iban_gb:######################⟧ too. Membership started ⟦k.date|2024-09-01⟧, so the ⟦k.quantity|12-month⟧ minimum is over.
    """),
    # 12 school, salutation
    T("""
    Dear Mrs ⟦n.s|Hughes⟧,
    My son won't be in tomorrow as he has a hospital appointment at ⟦k.time|9:45⟧. He'll catch up on the maths homework (p. ⟦k.quantity|42⟧, Q ⟦k.quantity|1–8⟧). If you need me, my mobile is ⟦ph.GB.75:+44 (0)#### ######⟧.
    Best wishes,
    ⟦n.g|Rachel Thompson⟧
    """),
    # 13 pet shop, no PII
    T("""
    Order ⟦k.order_number:#########⟧: ⟦k.quantity|2 x 12kg⟧ bags of ⟦k.brand|Burns⟧ and a scratching post, total ⟦k.amount|£96.40⟧. Royal Mail tracking ⟦k.tracking_number:@@#########GB⟧ has said "in transit" since ⟦k.date|5 March⟧. The ⟦k.percent|10%⟧ first-order code didn't apply either.
    """),
    # 14 bank fraud
    T("""
    This is ⟦n.i|Tom Fletcher⟧, I've just noticed ⟦k.quantity|three⟧ payments of ⟦k.amount|£249.00⟧ on ⟦k.date|11/03/26⟧ to a website I've never used, from my debit card ⟦card_visa:################⟧. I've frozen the card in the app. Please raise a dispute and refund to my current account ⟦iban_gb:#### #### #### #### #### ##⟧. Best number: ⟦ph.GB.20:0## #### ####⟧ (home) or ⟦ph.GB.79:0#### ######⟧.
    """),
    # 15 courier to Czechia
    T("""
    Parcel ⟦k.tracking_number:###########⟧ to Prague came back "address unknown". Correct details:
    ⟦n.o|Jana Dvořáková⟧
    ⟦ad|Korunní 810/104, 101 00 Praha 10⟧
    tel. ⟦ph.CZ.73:+420 ### ### ###⟧ (for customs her rodné číslo is ⟦cz_rc_f:######/####⟧)
    Weight ⟦k.quantity|2.6 kg⟧, declared value ⟦k.amount|£60⟧. Can you resend without another ⟦k.amount|£18.50⟧ charge?
    """),
    # 16 SaaS, EU VAT ids
    T("""
    Ticket ⟦k.ticket_number:#######⟧ – app version ⟦k.version|2.31.4⟧
    Since ⟦k.date|2026-03-02⟧ VIES validation fails for three of our EU customers: a Czech one with DIČ ⟦cz_ico:CZ########⟧, a Slovak one with IČ DPH ⟦sk_dic:SK##########⟧ and a Polish one with NIP ⟦nip:PL##########⟧. All three are valid on the VIES site. Affected invoices: ⟦k.invoice_number:INV-2026-####⟧ and ⟦k.invoice_number:INV-2026-####⟧.
    """),
    # 17 forwarded, Ukrainian partner
    T("""
    FYI – can finance check this before Friday?

    ---------- Forwarded message ---------
    From: ⟦n.o|Oksana Lysenko⟧ <⟦em|o.lysenko@agrotrade-ua.com⟧>
    Date: Tue, ⟦k.date|10 Mar 2026⟧ at ⟦k.time|11:32⟧
    Subject: Invoice ⟦k.invoice_number:UA-26/###⟧

    Dear colleagues, please find our invoice for ⟦k.amount|USD 48,600⟧. Beneficiary: ⟦k.company|TOV Agrotrade⟧, EDRPOU ⟦ua_edrpou⟧, IBAN ⟦iban_ua⟧.
    """),
    # 18 form
    T("""
    NEW PATIENT REGISTRATION
    Full name: ⟦n.o|Daniel O'Connor⟧
    NHS number: ⟦gb_nhs⟧
    Address: ⟦ad|22 Beech Grove, Cardiff CF14 3AB⟧
    Mobile: ⟦ph.GB.77:0#### ### ###⟧
    Previous practice: ⟦k.brand|Whitchurch Road Surgery⟧ (left ⟦k.date|02/2026⟧)
    """),
    # 19 review, no PII
    T("""
    The ⟦k.street_as_brand|Oxford Street⟧ store refused to swap my ⟦k.brand|Dyson V15⟧ (receipt ⟦k.invoice_number:####-####-###⟧ from ⟦k.date|December⟧) and sent me to the repair centre: ⟦k.quantity|6 weeks⟧. ⟦k.person_like_brand|John Lewis⟧ would have just replaced it. ⟦k.percent|10%⟧ voucher as an apology – no thanks.
    """),
    # 20 tech support with an extension
    T("""
    Service request ⟦k.ticket_number:SR-######⟧: printer ⟦k.product_code|Brother MFC-L8900CDW⟧, serial ⟦k.product_code:@#######⟧, error ⟦k.product_code|Print Unable 0A⟧. Engineer should ask for ⟦n.o|Kerry⟧ at reception, on ⟦ph.GB.161:+44 (0)### ### ####⟧, ext. 204, or our office manager on ⟦ph.GB.77:0#### ### ###⟧. Our VAT No for the invoice: ⟦gb_vat:### #### ##⟧.
    """),
    # 21 landlord
    T("""
    Hi both,
    from April please pay the rent (⟦k.amount|£1,150⟧) into my new account: ⟦iban_gb:######################⟧, reference "Flat 2B". The deposit stays protected with the scheme (ref ⟦k.invalid_checksum_number:@@########⟧).
    Cheers,
    ⟦n.g|Graham⟧
    ⟦ph.GB.77:0#### ######⟧
    """),
    # 22 signature with company and VAT
    T("""
    Hello,
    please find attached PO ⟦k.order_number:#####⟧ for ⟦k.quantity|1,200⟧ double-wall boxes (⟦k.product_code|DW-450⟧). Delivery to our ⟦k.city|Leicester⟧ warehouse by ⟦k.date|20 March⟧ please.

    Regards
    ⟦n.g|Sanjay Mistry⟧
    ⟦k.job_title|Purchasing Manager⟧
    ⟦k.company|Midland Packaging Ltd⟧
    VAT Reg. No. ⟦gb_vat:### #### ##⟧
    T: ⟦ph.GB.116:0### ### ####⟧ | M: ⟦ph.GB.78:0#### ######⟧
    """),
    # 23 password reset
    T("""
    The password reset link you sent me doesn't work:
    ⟦ut:https://account.example-energy.co.uk/reset-password?token=%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%⟧
    It says "This link has expired" straight away. Account number ⟦k.invalid_checksum_number:##########⟧, email ⟦em|j.barker77@outlook.com⟧.
    """),
    # 24 freelancer in Poland
    T("""
    Hi ⟦n.s|Emma⟧,
    invoice ⟦k.invoice_number:FV ##/03/2026⟧ for the March sprint is attached: ⟦k.quantity|64 hours⟧ at ⟦k.amount|€55⟧, total ⟦k.amount|€3,520⟧. As before I'm invoicing as a Polish sole trader, NIP ⟦nip:###-###-##-##⟧, REGON ⟦regon⟧. Please pay to ⟦iban_pl:#### #### #### #### #### #### ####⟧ (EUR account) by ⟦k.date|14 April⟧.
    Thanks,
    ⟦n.g|Tomasz Wiśniewski⟧
    """),
    # 25 SMS
    T("""
    Hi, it's flat ⟦k.quantity|4⟧ – the boiler's gone again, no hot water since ⟦k.time|6am⟧. Job ref from last time was ⟦k.ticket_number:@@######⟧. Can someone come today? I'm in until ⟦k.time|3⟧. ⟦ph.GB.74:0#### ### ###⟧
    """),
    # 26 German partner
    T("""
    Re: credit note for shipment ⟦k.order_number:SHP-####-##⟧
    Our haulier ⟦k.company|Brandt Logistik GmbH⟧ (USt-IdNr. ⟦de_vat:DE #########⟧) charged ⟦k.quantity|6 hours⟧ of waiting time at ⟦k.amount|€45⟧/h, but the driver only arrived at ⟦k.time|13:50⟧ for an ⟦k.time|08:00⟧ slot. Our VAT number is ⟦gb_vat:GB#########⟧. Please issue a credit note against invoice ⟦k.invoice_number:RE-26-#####⟧. Their dispatch desk: ⟦ph.DE.40:+49 (0)## ### ### ##⟧.
    """),
    # 27 engineer visit
    T("""
    Dear Mr ⟦n.s|Adeyemi⟧,
    further to your request ⟦k.ticket_number:#######⟧, our engineer will visit on ⟦k.date|Wednesday 18 March⟧ between ⟦k.time|8am⟧ and ⟦k.time|12pm⟧. He'll call you from ⟦ph.GB.77:+44 #### ### ###⟧ about 30 minutes before.
    ⟦k.team_name|The Customer Care Team⟧
    """),
    # 28 school trip, no PII
    T("""
    Year 6 residential: the balance of ⟦k.amount|£185.00⟧ is due by ⟦k.date|27/03/2026⟧ via ParentPay (item code ⟦k.product_code:Y6R-####⟧). A ⟦k.amount|£50⟧ deposit has already been taken. ⟦k.quantity|42⟧ pupils are booked; the coach leaves at ⟦k.time|8:15⟧.
    """),
    # 29 classified ad
    T("""
    For sale: kids' bike ⟦k.brand|Frog 55⟧, 20" wheels, bought ⟦k.date|2023⟧, ⟦k.amount|£180⟧ ono. Collection from ⟦k.city|Sheffield⟧ (⟦ad|S10⟧). Call or text ⟦ph.GB.78:0#### ### ###⟧ after ⟦k.time|6pm⟧.
    """),
    # 30 software, no PII
    T("""
    After updating to ⟦k.version|v4.18.0⟧ the stock report crashes on ⟦k.quantity|12,418⟧ rows with error ⟦k.product_code|0x8007000E⟧. It worked in ⟦k.version|v4.17.2⟧. Licence key ends ⟦k.invalid_checksum_number:####⟧, ticket ⟦k.ticket_number:#######⟧.
    """),
]

ITEMS["de"] = [
    # 1 telecom, number porting
    T("""
    Guten Tag,
    mein Name ist ⟦n.i|Sabine Krüger⟧ und ich möchte meine Rufnummer ⟦ph.DE.171:0### #######⟧ zu Ihnen mitnehmen. Kundennummer beim alten Anbieter: ⟦k.invalid_checksum_number:#########⟧, Vertragsende ⟦k.date|30.04.2026⟧. Lastschrift künftig bitte von ⟦iban_de⟧. Bitte rufen Sie mich nicht vor ⟦k.time|10 Uhr⟧ an.
    Danke!
    """),
    # 2 energy
    T("""
    Vertragskonto: ⟦k.invalid_checksum_number:############⟧
    Zählernummer: ⟦k.product_code:#@@@#########⟧
    Lieferadresse: ⟦ad|Lindenallee 12, 50968 Köln⟧
    Die Jahresabrechnung ⟦k.invoice_number:RG-2026-######⟧ setzt ⟦k.quantity|4.812 kWh⟧ an, laut Zähler waren es am ⟦k.date|31.12.2025⟧ aber nur ⟦k.quantity|3.990 kWh⟧ (Foto anbei). Bitte korrigieren Sie den Abschlag von ⟦k.amount|142,00 €⟧ (Lastschrift von ⟦iban_de:#### #### #### #### #### ##⟧).
    """),
    # 3 medical practice
    T("""
    Sehr geehrte Frau Dr. ⟦n.s|Weber⟧,
    mein Vater, ⟦n.o|Heinz-Dieter Brandt⟧, braucht ein neues Rezept für sein Blutdruckmittel (⟦k.quantity|100 Stück⟧, ⟦k.quantity|5 mg⟧). Die Versichertenkarte bringe ich am ⟦k.date|Montag⟧ vorbei. Rückruf bitte unter ⟦ph.DE.221:0###/### ## ##⟧.
    Mit freundlichen Grüßen
    ⟦n.g|Petra Brandt⟧
    """),
    # 4 marketplace refund
    T("""
    Bestellung ⟦k.order_number:##########⟧ bei ⟦k.person_like_brand|Otto⟧ vom ⟦k.date|26.02.2026⟧: Die Waschmaschine wurde am ⟦k.date|3.3.⟧ wieder abgeholt, die Erstattung von ⟦k.amount|549,00 €⟧ fehlt aber noch. Bitte überweisen Sie auf ⟦iban_de:#### #### #### #### #### ##⟧. Retourennummer ⟦k.tracking_number:@@##########⟧.
    """),
    # 5 B2B, Polish partner
    T("""
    Sehr geehrte Damen und Herren,
    für den Auftrag ⟦k.order_number:AB-26-####⟧ liefert unser Partner ⟦k.company|Metalpol Sp. z o.o.⟧ aus ⟦k.city|Poznań⟧ (NIP ⟦nip:###-###-##-##⟧, REGON ⟦regon⟧) direkt an Sie. Rückfragen gern an ⟦ph.DE.30:0##/### ###-##⟧. Die Rechnung ⟦k.invoice_number:RE-2026-#####⟧ über ⟦k.amount|12.480,00 €⟧ stellen wir als innergemeinschaftliche Lieferung, unsere USt-IdNr. ist ⟦de_vat:DE#########⟧.
    ⟦k.team_name|Ihr Vertriebsteam⟧
    """),
    # 6 citizens' office
    T("""
    Bürgeramt ⟦k.city|Leipzig⟧ – Antrag auf Lohnsteuerbescheinigung
    Aktenzeichen: ⟦k.ticket_number:BA-####/26⟧
    Antragsteller: ⟦n.o|Jürgen Hoffmann⟧, Steuer-ID ⟦de_idnr:## ### ### ###⟧
    Gebühr: ⟦k.amount|13,00 €⟧, bezahlt am ⟦k.date|05.03.2026⟧ per EC-Karte. Abholung ab ⟦k.date|19.03.⟧ am Schalter ⟦k.quantity|7⟧.
    """),
    # 7 chat
    T("""
    Agentin ⟦n.o|Lea⟧: Hallo! Wie kann ich helfen?
    Kunde: seit ⟦k.time|7:00⟧ kein Internet, Vertrag ⟦k.invalid_checksum_number:###-###-###⟧
    Agentin: Danke. In ⟦k.city|Bochum⟧ gibt es eine Störung, Behebung voraussichtlich bis ⟦k.time|15 Uhr⟧. Soll ich Ihnen eine SMS schicken?
    Kunde: ja, Handy:⟦ph.DE.160:+49##########⟧
    """),
    # 8 car insurance, lower-case iban
    T("""
    Schadennummer ⟦k.ticket_number:SN-##-#######⟧, Versicherungsschein ⟦k.invalid_checksum_number:###.###.###⟧
    Am ⟦k.date|9. März⟧ gegen ⟦k.time|17:45⟧ wurde mein geparktes Auto beim ⟦k.brand|Kaufland⟧ angefahren. Kostenvoranschlag der Werkstatt: ⟦k.amount|2.340,50 €⟧. Bitte zahlen Sie auf ⟦iban_de~:#### #### #### #### #### ##⟧. Fotos schicke ich von ⟦em|m.schulte@gmx.de⟧.
    """),
    # 9 hotel review, no PII
    T("""
    Gasthof ⟦k.person_like_brand|Zum Alten Fritz⟧ in ⟦k.city|Bamberg⟧: Buchung ⟦k.order_number:##########⟧, ⟦k.quantity|2 Nächte⟧ für ⟦k.amount|238 €⟧ inkl. Frühstück. Frühstück nur bis ⟦k.time|9:30⟧, Parken ⟦k.amount|12 €⟧ am Tag. Sonst top, ⟦k.quantity|9/10⟧.
    """),
    # 10 garage, lower case
    T("""
    hallo hier ist ⟦n.i|jens⟧ wegen dem passat, auftrag ⟦k.order_number:A-######⟧. ihr wolltet gestern bis ⟦k.time|16 uhr⟧ fertig sein, hab nix gehört. und im kostenvoranschlag stand ⟦k.amount|780 euro⟧, jetzt heißt es ⟦k.amount|1.140⟧?? rechnung bitte auf meine firma, ust-idnr ⟦de_vat:DE#########⟧. ruft mich an ⟦ph.DE.176:0### ########⟧
    """),
    # 11 gym
    T("""
    Hiermit kündige ich meine Mitgliedschaft (Mitgliedsnummer ⟦k.invalid_checksum_number:########⟧) fristgerecht zum ⟦k.date|31.05.2026⟧. Der Beitrag von ⟦k.amount|29,90 €⟧ wird von meiner Kreditkarte ⟦card_mc:#### #### #### ####⟧ abgebucht – bitte danach keine Abbuchungen mehr. Bestätigung bitte schriftlich.
    """),
    # 12 school, salutation
    T("""
    Liebe Frau ⟦n.s|Becker⟧,
    meine Tochter kann morgen leider nicht kommen, sie hat um ⟦k.time|9:15⟧ einen Termin beim Kieferorthopäden. Die Hausaufgaben (S. ⟦k.quantity|58⟧, Nr. ⟦k.quantity|3–6⟧) holt sie nach. Sie erreichen mich unter ⟦ph.DE.151:+49 ### ########⟧.
    Viele Grüße
    ⟦n.g|Stefanie Lorenz⟧
    """),
    # 13 pet shop, no PII
    T("""
    Bestellung ⟦k.order_number:#########⟧: ⟦k.quantity|2 × 12 kg⟧ ⟦k.brand|Josera⟧ und ein Kratzbaum, zusammen ⟦k.amount|89,97 €⟧. DHL-Sendung ⟦k.tracking_number:####################⟧ hängt seit ⟦k.date|5. März⟧ im Paketzentrum. Der Gutschein über ⟦k.percent|10 %⟧ wurde auch nicht abgezogen.
    """),
    # 14 bank, voicemail
    T("""
    [Mailbox, ⟦k.date|11.03.2026⟧, ⟦k.time|23:12⟧] „Ja, guten Abend, hier spricht ⟦n.i|Klaus Wagner⟧. Von meiner Karte ⟦card_visa:#### #### #### ####⟧ sind heute dreimal ⟦k.amount|249 Euro⟧ abgegangen, das war ich nicht. Ich hab die Karte schon sperren lassen. Das Geld bitte zurück auf ⟦iban_de:#### #### #### #### #### ##⟧. Rufen Sie mich bitte zurück, ⟦ph.DE.30:+49 (0)## #######⟧, danke.“
    """),
    # 15 courier to Czechia
    T("""
    Paket ⟦k.tracking_number:############⟧ nach Tschechien kam zurück („Empfänger unbekannt“). Richtige Adresse:
    ⟦n.o|Petra Nováková⟧
    ⟦ad|Masarykova 214/7, 602 00 Brno⟧
    Tel. ⟦ph.CZ.60:00420 ### ### ###⟧
    Gewicht ⟦k.quantity|3,1 kg⟧, Warenwert ⟦k.amount|75 €⟧. Können Sie ohne neues Porto (⟦k.amount|16,49 €⟧) erneut zustellen?
    """),
    # 16 SaaS, VAT id glued
    T("""
    Ticket ⟦k.ticket_number:#######⟧, Version ⟦k.version|6.4.2⟧
    Seit dem Update vom ⟦k.date|2026-03-03⟧ druckt die Software auf Rechnungen „USt-IdNr.:⟦de_vat:DE#########⟧“ ohne Leerzeichen und der Kunde lehnt ca. ⟦k.percent|20 %⟧ der Belege ab, z. B. ⟦k.invoice_number:R-2026-#####⟧. Unsere eigene USt-IdNr. ⟦de_vat:DE #########⟧ steht korrekt drauf. Hilfe-Artikel ⟦k.url|https://hilfe.rechnungsprogramm-beispiel.de/ustid⟧ passt nicht.
    """),
    # 17 forwarded, Czech supplier
    T("""
    Zur Info, bitte bis Freitag prüfen.

    Von: ⟦n.o|Lukáš Horák⟧ <⟦em|lukas.horak@kovostroj-beispiel.cz⟧>
    Gesendet: Dienstag, ⟦k.date|10. März 2026⟧ ⟦k.time|11:32⟧
    An: Einkauf
    Betreff: Rechnung ⟦k.invoice_number:FV#######⟧

    Sehr geehrte Damen und Herren, anbei unsere Rechnung über ⟦k.amount|8.640,00 EUR⟧. ⟦k.company|Kovostroj s.r.o.⟧, IČO ⟦cz_ico@a⟧, DIČ ⟦cz_ico@a:CZ########⟧, IBAN ⟦iban_cz⟧.
    """),
    # 18 form
    T("""
    PERSONALFRAGEBOGEN
    Name | ⟦n.o|Aylin Demir⟧
    Steuer-ID | ⟦de_idnr⟧
    IBAN | ⟦iban_de:#### #### #### #### #### ##⟧
    Anschrift | ⟦ad|Gartenstraße 5a, 70176 Stuttgart⟧
    Telefon | ⟦ph.DE.711:0### #######⟧
    Eintritt | ⟦k.date|01.04.2026⟧, ⟦k.quantity|30 Std./Woche⟧
    """),
    # 19 review, no PII
    T("""
    Die Filiale auf der ⟦k.street_as_brand|Königsallee⟧ wollte meine Kopfhörer (Kassenbon ⟦k.invoice_number:####-###-####⟧ vom ⟦k.date|Dezember⟧) nicht umtauschen, nur Einschicken: ⟦k.quantity|4–6 Wochen⟧. Als Entschuldigung ein ⟦k.percent|10 %⟧-Gutschein. Bei ⟦k.person_like_brand|Hugo Boss⟧ nebenan war man deutlich netter.
    """),
    # 20 tech support with an extension
    T("""
    Serviceauftrag ⟦k.ticket_number:SA-######⟧: Drucker ⟦k.product_code|Kyocera ECOSYS M5526cdw⟧, Seriennummer ⟦k.product_code:@@@#######⟧, Fehler ⟦k.product_code|C6000⟧. Rechnung an USt-IdNr. ⟦de_vat⟧. Der Techniker erreicht uns über die Zentrale ⟦ph.DE.89:0## #######⟧, Durchwahl -12, oder mobil ⟦ph.DE.152:0#### #######⟧.
    """),
    # 21 landlord
    T("""
    Liebe Mieter,
    ab April bitte die Miete (⟦k.amount|890 €⟧ warm) auf mein neues Konto ⟦iban_de:######################⟧ überweisen, Verwendungszweck „Miete Whg. ⟦k.quantity|3⟧“. Die Kaution bleibt auf dem Kautionskonto ⟦iban_de:#### #### #### #### #### ##⟧. Die Nebenkostenabrechnung ⟦k.date|2025⟧ kommt bis ⟦k.date|Ende Mai⟧.
    Viele Grüße
    ⟦n.g|Gerd Zimmermann⟧
    Handy: ⟦ph.DE.172:0### #######⟧
    """),
    # 22 signature with company data
    T("""
    Guten Tag,
    anbei Bestellung ⟦k.order_number:BE-####⟧ über ⟦k.quantity|1.200⟧ Faltkartons ⟦k.product_code|FK-400⟧. Lieferung bitte bis ⟦k.date|20.03.⟧ nach ⟦k.city|Kassel⟧.

    Mit freundlichen Grüßen
    ⟦n.g|Andreas Vogel⟧
    ⟦k.job_title|Leiter Einkauf⟧
    ⟦k.company|Nordhessen Verpackung GmbH⟧
    USt-IdNr. ⟦de_vat:DE ### ### ###⟧
    Tel.: ⟦ph.DE.561:+49 (0)### #######⟧ | Fax: ⟦ph.DE.561:+49 (0)### #######⟧
    """),
    # 23 password reset
    T("""
    Der Link zum Zurücksetzen meines Passworts funktioniert nicht:
    ⟦ut:https://kundenportal.stadtwerke-beispiel.de/passwort?token=%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%⟧
    Es kommt sofort „Link abgelaufen“. Kundennummer ⟦k.invalid_checksum_number:##########⟧, E-Mail ⟦em|t.heinemann@web.de⟧.
    """),
    # 24 tax adviser, Steuer-ID
    T("""
    Hallo Frau ⟦n.s|Schmitt⟧,
    anbei die Belege für die Steuererklärung ⟦k.date|2025⟧: ⟦k.quantity|14⟧ Rechnungen, Spendenquittung über ⟦k.amount|250 €⟧. Meine Steuer-ID ist ⟦de_idnr⟧, die meiner Frau ⟦de_idnr:## ### ### ###⟧. Die Erstattung bitte wie immer auf ⟦iban_de⟧.
    Gruß, ⟦n.g|Michael⟧
    """),
    # 25 SMS
    T("""
    Hallo, ich bin ⟦n.i|Mehmet⟧ aus Wohnung ⟦k.quantity|5⟧, die Heizung ist schon wieder aus, seit ⟦k.time|6 Uhr⟧ kalt. Ticket vom letzten Mal war ⟦k.ticket_number:HM-#####⟧. Kann heute jemand kommen? Bin bis ⟦k.time|15 Uhr⟧ da. ⟦ph.DE.157:0### ########⟧
    """),
    # 26 Polish employee
    T("""
    Sehr geehrte Damen und Herren,
    ab ⟦k.date|01.04.2026⟧ arbeitet bei uns Herr ⟦n.o|Piotr Nowak⟧ (PESEL ⟦pesel_m⟧, deutsche Steuer-ID ⟦de_idnr:## ### ### ###⟧) im Rahmen einer Entsendung; A1-Bescheinigung Nr. ⟦k.invalid_checksum_number:#####/2026⟧ liegt vor. Entsendender Arbeitgeber: ⟦k.company|Budimex-Serwis Sp. z o.o.⟧, NIP ⟦nip⟧. Lohnabrechnung bitte über unsere Personalnummer ⟦k.invalid_checksum_number:######⟧. Rückfragen: ⟦ph.DE.40:+49 ## ########⟧, Durchwahl -215.
    """),
    # 27 technician visit
    T("""
    Sehr geehrter Herr ⟦n.s|Yılmaz⟧,
    zu Ihrem Auftrag ⟦k.ticket_number:#######⟧ kommt unser Techniker am ⟦k.date|Mittwoch, 18.03.⟧ zwischen ⟦k.time|8⟧ und ⟦k.time|12 Uhr⟧. Er ruft Sie ca. 30 Minuten vorher von ⟦ph.DE.170:+49 ### #######⟧ an.
    ⟦k.team_name|Ihr Kundenservice⟧
    """),
    # 28 daycare fees, no PII besides the iban
    T("""
    Kita-Beitrag April: ⟦k.amount|312,50 €⟧ inkl. Essensgeld, bitte bis ⟦k.date|05.04.⟧ auf ⟦iban_de:#### #### #### #### #### ##⟧ überweisen. Kassenzeichen ⟦k.invalid_checksum_number:####.####.####⟧ unbedingt angeben, sonst kann die Zahlung nicht zugeordnet werden. Fragen: Kita-Büro ⟦ph.DE.69:0## ### ### ##⟧.
    """),
    # 29 classified ad, bare postcode
    T("""
    Verkaufe Kinderfahrrad ⟦k.brand|Puky⟧ 18 Zoll, ⟦k.date|Bj. 2022⟧, ⟦k.amount|120 € VB⟧. Nur Abholung, PLZ ⟦ad|10115⟧ (⟦k.city|Berlin⟧-Mitte). Handy ⟦ph.DE.176:0### ### ## ###⟧, gerne auch WhatsApp, ab ⟦k.time|18 Uhr⟧.
    """),
    # 30 software, no PII
    T("""
    Nach dem Update auf Version ⟦k.version|2026.1⟧ stürzt der Lagerbericht bei ⟦k.quantity|12.418⟧ Zeilen mit Fehler ⟦k.product_code|0x8007000E⟧ ab. Mit ⟦k.version|2025.4.2⟧ lief alles. Lizenz endet auf ⟦k.invalid_checksum_number:####⟧, Ticket ⟦k.ticket_number:#######⟧.
    """),
]


# ---------------------------------------------------------------- output

LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]


def build_all() -> list[dict]:
    items = []
    for lang in LANGS:
        assert len(ITEMS[lang]) == 30, (lang, len(ITEMS[lang]))
        for i, template in enumerate(ITEMS[lang], 1):
            items.append(build(f"d5-{lang}-{i:02d}", lang, template))
    revalidate(items)
    check_balance(items)
    return items


ID_CHECKS = {
    "pesel": [pl_pesel.is_valid],
    "birth_number": [cz_rc.is_valid, sk_rc.is_valid],
    "national_id": [
        plid_valid,
        de_idnr.is_valid,
        ru_inn.is_valid,
        ua_rntrc.is_valid,
        snils_valid,
        gb_nhs.is_valid,
        lambda v: re.fullmatch(r"\d{10}", v) is not None,
    ],
    "tax_id": [
        pl_nip.is_valid,
        pl_regon.is_valid,
        cz_dic.is_valid,
        sk_dph.is_valid,
        de_vat.is_valid,
        gb_vat.is_valid,
        ru_inn.is_valid,
        ru_ogrn.is_valid,
        ua_edrpou.is_valid,
        lambda v: sk_dph.is_valid("SK" + v),
    ],
    "card": [lambda v: len(v) == 16 and luhn.is_valid(v)],
    "iban": [std_iban.is_valid, lambda v: std_iban.is_valid("PL" + v)],
}


def revalidate(items: list[dict]) -> None:
    """Check the written spans again, from the text alone."""
    for it in items:
        text = it["text"]
        for s in it["pii"]:
            v = text[s["start"] : s["end"]]
            if s["kind"] in ID_CHECKS:
                compact = re.sub(r"[\s\-./]", "", v).upper()
                assert any(f(compact) for f in ID_CHECKS[s["kind"]]), (it["id"], s["kind"], v)
            elif s["kind"] == "phone":
                assert any(valid_phone(v.replace("(0)", ""), r) for r in CALLING), (it["id"], v)
        for s in it["keep"]:
            v = text[s["start"] : s["end"]]
            if s["what"] in NUMERIC_KEEP:
                assert keep_risk(v, REGION[it["lang"]]) is None, (it["id"], v)


def check_balance(items: list[dict]) -> None:
    pii = [s for it in items for s in it["pii"]]
    ids = sum(s["kind"] in CHECKSUM_KINDS for s in pii)
    phones = sum(s["kind"] == "phone" for s in pii)
    named = sum(any(s["kind"] == "name" for s in it["pii"]) for it in items)
    keeps = sum(len(it["keep"]) for it in items)
    assert 0.40 <= ids / len(pii) <= 0.50, ids / len(pii)
    assert 0.20 <= phones / len(pii) <= 0.30, phones / len(pii)
    assert 0.33 <= named / len(items) <= 0.47, named / len(items)
    assert keeps / len(items) >= 2.0
    for it in items:
        assert it["pii"] or it["keep"], it["id"]


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
    ids = sum(kinds[k] for k in CHECKSUM_KINDS)
    print(f"items: {len(items)}  " + ", ".join(f"{k} {v}" for k, v in by_lang.items()))
    print(
        f"pii spans: {n_pii}  (checksum ids {ids} = {ids / n_pii:.0%}, "
        f"phones {kinds['phone']} = {kinds['phone'] / n_pii:.0%})"
    )
    print("  " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print("name contexts: " + ", ".join(f"{k} {v}" for k, v in ctx.most_common()))
    named = sum(any(s["kind"] == "name" for s in it["pii"]) for it in items)
    no_pii = sum(not it["pii"] for it in items)
    print(f"items with names: {named}, without PII: {no_pii}")
    print(f"keep spans: {sum(keep.values())} ({sum(keep.values()) / len(items):.1f} per item)")
    print("  " + ", ".join(f"{k} {v}" for k, v in keep.most_common()))
    for lang in LANGS:
        sub = [it for it in items if it["lang"] == lang]
        c = collections.Counter(s["kind"] for it in sub for s in it["pii"])
        print(
            f"  {lang}: "
            + ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
            + f" | keep {sum(len(it['keep']) for it in sub)}"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the file on disk, write nothing")
    args = ap.parse_args()
    items = build_all()
    text = render(items)
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} differs from what the script writes", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)} is up to date ({len(items)} items)")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    print_counts(items)
    return 0


if __name__ == "__main__":
    sys.exit(main())
