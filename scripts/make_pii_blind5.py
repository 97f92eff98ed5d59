"""Write data/eval/pii/blind5.jsonl: a fifth blind PII split (identifiers, phones, numbers to keep).

Every item is one hand-written template (40 per language: pl, cs, sk, ru, uk, en, de).
Names, e-mails, addresses, brands, dates and amounts are written into the templates;
identifiers and phone numbers are drawn by the generators below, get their check digits
and are validated with python-stdnum / phonenumbers. Numbers that must survive (order,
invoice, ticket, customer, meter numbers ...) are redrawn until they fail every
identifier checksum used here and are no valid phone number of any of the seven
countries.

Template tokens, ``{{...}}``:

* ``{{n.CTX=Name}}``           a name; CTX is sal, sig, self or oth
* ``{{email=...}}``, ``{{address=...}}``, ``{{url_token=...}}``  literal PII
  (``~`` in a url_token becomes a random letter or digit)
* ``{{ph:REGION:FORMAT}}``     a phone: FORMAT has literal digits and ``N`` for random ones
* ``{{GEN:ARG...}}``           a generated identifier (see ``GENERATORS``)
* ``{{k.WHAT=VALUE}}``         a span to keep; in numbers to check (order, invoice ...)
  ``#`` is a random digit, ``%`` 1-9, ``@`` A-Z

Usage::

    .venv/bin/python scripts/make_pii_blind5.py          # (re)write, print counts
    .venv/bin/python scripts/make_pii_blind5.py --check  # file on disk == what it writes
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import string
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.cz import dic as cz_dic
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr as de_idnr
from stdnum.de import stnr as de_stnr
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

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "eval" / "pii" / "blind5.jsonl"
SEED = "blind5-2026"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
LANG_REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
REGIONS = ["PL", "CZ", "SK", "RU", "UA", "GB", "DE"]
CALLING_CODES = ["48", "420", "421", "7", "380", "44", "49"]

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
NAME_CONTEXTS = {"sal": "salutation", "sig": "signature", "self": "self_intro", "oth": "other"}
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
# keeps whose digits must fail every checksum and phone check
CHECKED_KEEPS = {
    "order_number",
    "invoice_number",
    "ticket_number",
    "tracking_number",
    "product_code",
    "invalid_checksum_number",
}
CHECKSUM_KINDS = {"pesel", "birth_number", "national_id", "tax_id", "card", "iban"}


# --------------------------------------------------------------------------- checks


def snils_is_valid(number: str) -> bool:
    """SNILS (Russian insurance number): 9 digits and a 2-digit check (stdnum lacks it)."""
    d = re.sub(r"[\s-]", "", number)
    if len(d) != 11 or not d.isdigit():
        return False
    if int(d[:9]) <= 1001998:
        return False
    s = sum(int(c) * (9 - i) for i, c in enumerate(d[:9]))
    if s > 101:
        s %= 101
    check = 0 if s in (100, 101) else s
    return f"{check:02d}" == d[9:]


PL_ID_LETTERS = {c: 10 + i for i, c in enumerate(string.ascii_uppercase)}


def pl_id_is_valid(number: str) -> bool:
    """Polish ID card (dowód osobisty): AAA + check digit + 5 digits (stdnum lacks it)."""
    n = number.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{3}\d{6}", n):
        return False
    vals = [PL_ID_LETTERS[c] for c in n[:3]] + [int(c) for c in n[3:]]
    return sum(w * v for w, v in zip([7, 3, 1, 9, 7, 3, 1, 7, 3], vals, strict=True)) % 10 == 0


def _safe(fn) -> bool:
    try:
        return bool(fn())
    except Exception:  # noqa: BLE001 - any validator error means "not valid"
        return False


def id_hits(d: str) -> list[str]:
    """Names of the identifier checks a digit string passes (any of the seven countries)."""
    checks = {
        "pesel": lambda: pl_pesel.is_valid(d),
        "nip": lambda: pl_nip.is_valid(d),
        "regon": lambda: pl_regon.is_valid(d),
        "nrb": lambda: len(d) == 26 and std_iban.is_valid("PL" + d),
        "cz_rc": lambda: cz_rc.is_valid(d),
        "cz_dic/ico": lambda: cz_dic.is_valid(d),
        "sk_rc": lambda: sk_rc.is_valid(d),
        "sk_dph": lambda: sk_dph.is_valid("SK" + d),
        "de_idnr": lambda: de_idnr.is_valid(d),
        "de_vat": lambda: de_vat.is_valid("DE" + d),
        "ru_inn": lambda: ru_inn.is_valid(d),
        "ru_ogrn": lambda: ru_ogrn.is_valid(d),
        "ru_snils": lambda: snils_is_valid(d),
        "ua_rntrc": lambda: ua_rntrc.is_valid(d),
        "ua_edrpou": lambda: ua_edrpou.is_valid(d),
        "gb_vat": lambda: gb_vat.is_valid(d),
        "gb_nhs": lambda: gb_nhs.is_valid(d),
        "gb_utr": lambda: gb_utr.is_valid(d),
        "luhn": lambda: 12 <= len(d) <= 19 and luhn.is_valid(d),
    }
    return [name for name, fn in checks.items() if _safe(fn)]


def phone_hits(d: str, region: str) -> list[str]:
    """Valid phone readings: national in the item's region, or after +CC of the seven countries."""
    hits = []
    candidates = [(d, region)] + [("+" + cc + d, None) for cc in CALLING_CODES]
    for value, reg in candidates:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, reg)):
                hits.append(value if reg is None else f"{reg}:{value}")
        except phonenumbers.NumberParseException:
            pass
    return hits


def digit_groups(value: str) -> tuple[set[str], set[str]]:
    """Digit strings a redactor could read out of a keep value.

    Identifier readings drop every separator (as stdnum's compact does) and also take
    each group of digits; phone readings take each run of digits, and for a value made
    only of digits, spaces, dashes, dots and brackets (shaped like a phone) also the
    groups joined across spaces, dashes and dots and the whole value.
    """
    runs = {m.group() for m in re.finditer(r"\d+", value)}
    joined = {re.sub(r"\D", "", m.group()) for m in re.finditer(r"\d+(?:[ .\-]\d+)*", value)}
    ids = {re.sub(r"\D", "", value)} | runs | joined
    phones = set(runs)
    if re.fullmatch(r"[\d\s.\-()+]+", value):
        phones |= joined | {re.sub(r"\D", "", value)}
    return {g for g in ids if len(g) >= 6}, {g for g in phones if len(g) >= 6}


def keep_is_risky(value: str, region: str) -> list[str]:
    ids, phones = digit_groups(value)
    out = [f"{g}:{h}" for g in ids for h in id_hits(g)]
    out += [f"{g}:{h}" for g in phones for h in phone_hits(g, region)]
    return out


# --------------------------------------------------------------------------- generators


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def complete(rng: random.Random, make, valid, tries: int = 5000) -> str:
    for _ in range(tries):
        value = make()
        if valid(value):
            return value
    raise RuntimeError("could not generate a valid value")


def rand_date(rng: random.Random, y0: int, y1: int) -> date:
    start = date(y0, 1, 1)
    return start + timedelta(days=rng.randrange((date(y1, 12, 31) - start).days))


def gen_pesel(rng, age="adult"):
    def make():
        born = rand_date(rng, 2010, 2019) if age == "kid" else rand_date(rng, 1948, 2006)
        month = born.month + (20 if born.year >= 2000 else 0)
        base = f"{born.year % 100:02d}{month:02d}{born.day:02d}{digits(rng, 4)}"
        check = (
            10 - sum(int(c) * w for c, w in zip(base, [1, 3, 7, 9] * 3, strict=False)) % 10
        ) % 10
        return base + str(check)

    v = complete(rng, make, pl_pesel.is_valid)
    return "pesel", v


def fmt_groups(d: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for s in sizes:
        out.append(d[i : i + s])
        i += s
    assert i == len(d), (d, sizes)
    return sep.join(out)


def gen_nip(rng, fmt="plain"):
    v = complete(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 9), pl_nip.is_valid)
    forms = {
        "plain": v,
        "a": fmt_groups(v, [3, 3, 2, 2], "-"),
        "b": fmt_groups(v, [3, 2, 2, 3], "-"),
        "sp": fmt_groups(v, [3, 3, 2, 2], " "),
        "PL": "PL" + v,
        "PLsp": "PL " + v,
        "PLa": "PL " + fmt_groups(v, [3, 3, 2, 2], "-"),
        "PLb": "PL" + fmt_groups(v, [3, 2, 2, 3], "-"),
    }
    return "tax_id", forms[fmt]


def gen_regon(rng, fmt="9"):
    n = int(fmt[:2]) if fmt.startswith("14") else 9
    v = complete(rng, lambda: str(rng.randint(1, 9)) + digits(rng, n - 1), pl_regon.is_valid)
    if fmt == "9sp":
        v = fmt_groups(v, [3, 3, 3], " ")
    return "tax_id", v


def gen_plid(rng, fmt="plain"):
    def make():
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(3))
        rest = digits(rng, 5)
        vals = [PL_ID_LETTERS[c] for c in letters]
        s = sum(w * v for w, v in zip([7, 3, 1], vals, strict=True))
        s += sum(w * int(c) for w, c in zip([7, 3, 1, 7, 3], rest, strict=True))
        return f"{letters}{s % 10}{rest}"

    v = complete(rng, make, pl_id_is_valid)
    return "national_id", (v[:3] + " " + v[3:]) if fmt == "sp" else v


IBAN_BBAN = {
    "PL": lambda rng: pl_sort_code(rng) + digits(rng, 16),
    "CZ": lambda rng: (
        rng.choice(["0800", "0100", "0300", "2010", "0600", "5500", "3030", "0710"])
        + rng.choice(["000000", "000019", "000035", "000000", "000000"])
        + str(rng.randint(1, 9))
        + digits(rng, 9)
    ),
    "SK": lambda rng: (
        rng.choice(["0900", "1100", "0200", "7500", "5600", "8360", "6500"])
        + rng.choice(["000000", "000000", "000026"])
        + str(rng.randint(1, 9))
        + digits(rng, 9)
    ),
    "DE": lambda rng: (
        rng.choice(
            [
                "10010010",
                "37040044",
                "50010517",
                "70020270",
                "20050550",
                "12030000",
                "43060967",
                "76050101",
                "86055592",
            ]
        )
        + digits(rng, 10)
    ),
    "GB": lambda rng: (
        rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "MONZ"]) + digits(rng, 14)
    ),
    "UA": lambda rng: (
        rng.choice(["305299", "322001", "300528", "380805", "320649", "351005"])
        + "00000"
        + rng.choice(["2600", "2620", "2625", "2909"])
        + digits(rng, 10)
    ),
}


def pl_sort_code(rng) -> str:
    bank = rng.choice(["1020", "1050", "1140", "1240", "1090", "1160", "1540", "1870", "2490"])
    first7 = bank + digits(rng, 3)
    check = (
        10 - sum(int(c) * w for c, w in zip(first7, [3, 9, 7, 1, 3, 9, 7], strict=True)) % 10
    ) % 10
    return first7 + str(check)


def iban_form(v: str, fmt: str) -> str:
    grouped = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    return {
        "grp": grouped,
        "block": v,
        "lower": v.lower(),
        "lowergrp": grouped.lower(),
        "nrbgrp": v[2:4] + " " + " ".join(v[i : i + 4] for i in range(4, len(v), 4)),
        "nrb": v[2:],
        "dash": "-".join(v[i : i + 4] for i in range(0, len(v), 4)),
    }[fmt]


def gen_iban(rng, cc="PL", fmt="grp"):
    def make():
        bban = IBAN_BBAN[cc](rng)
        check = std_iban.calc_check_digits(cc + "00" + bban)
        return cc + check + bban

    v = complete(rng, make, std_iban.is_valid)
    return "iban", iban_form(v, fmt)


def gen_nrb(rng, fmt="nrbgrp"):
    return gen_iban(rng, "PL", fmt)


def gen_rc(rng, cc="CZ", fmt="slash", sex=None, age="adult"):
    module = cz_rc if cc == "CZ" else sk_rc

    def make():
        born = rand_date(rng, 2018, 2022) if age == "kid" else rand_date(rng, 1954, 2005)
        female = (sex == "f") if sex in ("f", "m") else rng.random() < 0.5
        month = born.month + (50 if female else 0)
        base = f"{born.year % 100:02d}{month:02d}{born.day:02d}{digits(rng, 3)}"
        check = int(base) % 11 % 10
        return base + str(check)

    v = complete(rng, make, module.is_valid)
    return "birth_number", (v[:6] + "/" + v[6:]) if fmt == "slash" else v


def gen_ico(rng, cc="CZ", fmt="plain"):
    v = complete(rng, lambda: rng.choice("0123456784") + digits(rng, 7), cz_dic.is_valid)
    if fmt == "sp":
        v = fmt_groups(v, [3, 2, 3], " ")
    return "tax_id", v


def gen_czdic(rng, fmt="CZ"):
    if fmt.startswith("rc"):
        _, v = gen_rc(rng, "CZ", "plain")
    else:
        _, v = gen_ico(rng, "CZ")
    assert cz_dic.is_valid("CZ" + v)
    return "tax_id", ("CZ " + v) if fmt.endswith("sp") else "CZ" + v


def gen_skdic(rng, fmt="plain"):
    v = complete(
        rng,
        lambda: rng.choice(["20", "21", "10"]) + digits(rng, 8),
        lambda x: sk_dph.is_valid("SK" + x),
    )
    forms = {"plain": v, "SK": "SK" + v, "SKsp": "SK " + v, "SKdash": "SK-" + v}
    return "tax_id", forms[fmt]


def gen_idnr(rng, fmt="plain"):
    v = complete(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 10), de_idnr.is_valid, 200000)
    forms = {
        "plain": v,
        "grp": fmt_groups(v, [2, 3, 3, 3], " "),
        "grp2": fmt_groups(v, [3, 3, 3, 2], " "),
    }
    return "national_id", forms[fmt]


def gen_devat(rng, fmt="DE"):
    v = complete(
        rng, lambda: str(rng.randint(1, 9)) + digits(rng, 8), lambda x: de_vat.is_valid("DE" + x)
    )
    forms = {"DE": "DE" + v, "DEsp": "DE " + fmt_groups(v, [3, 3, 3], " "), "DE1": "DE " + v}
    return "tax_id", forms[fmt]


def gen_stnr(rng, fmt="by"):
    # Bayern FFF/BBB/UUUUP, Berlin FF/BBB/UUUUP
    if fmt == "by":
        v = f"{rng.randint(143, 199)}/{digits(rng, 3)}/{digits(rng, 5)}"
        assert de_stnr.is_valid(v, "Bayern")
    else:
        v = f"{rng.randint(11, 37)}/{digits(rng, 3)}/{digits(rng, 5)}"
        assert de_stnr.is_valid(v, "Berlin")
    return "tax_id", v


def gen_inn(rng, n="10"):
    size = int(n)
    v = complete(
        rng,
        lambda: (
            rng.choice(["77", "78", "50", "54", "66", "16", "23", "52"]) + digits(rng, size - 2)
        ),
        ru_inn.is_valid,
        50000,
    )
    return ("tax_id" if size == 10 else "national_id"), v


def gen_ogrn(rng, n="13"):
    size = int(n)
    first = "1" if size == 13 else "3"
    v = complete(rng, lambda: first + digits(rng, size - 1), ru_ogrn.is_valid, 50000)
    return "tax_id", v


def gen_snils(rng, fmt="std"):
    v = complete(rng, lambda: digits(rng, 11), snils_is_valid, 50000)
    forms = {
        "std": f"{v[:3]}-{v[3:6]}-{v[6:9]} {v[9:]}",
        "plain": v,
        "sp": f"{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}",
        "dash": f"{v[:3]}-{v[3:6]}-{v[6:9]}-{v[9:]}",
    }
    return "national_id", forms[fmt]


def gen_rupass(rng, fmt="sp"):
    series = f"{rng.randint(1, 99):02d}{rng.randint(0, 25):02d}"
    num = f"{rng.randint(100000, 999999)}"
    forms = {
        "sp": f"{series[:2]} {series[2:]} {num}",
        "plain": series + num,
        "no": f"{series} {num}",
    }
    return "national_id", forms[fmt]


def gen_rnokpp(rng, fmt="plain"):
    v = complete(rng, lambda: str(rng.randint(2, 3)) + digits(rng, 9), ua_rntrc.is_valid, 50000)
    return "national_id", v


def gen_edrpou(rng, fmt="plain"):
    v = complete(
        rng, lambda: rng.choice(["3", "4", "2", "1"]) + digits(rng, 7), ua_edrpou.is_valid, 50000
    )
    return "tax_id", v


def gen_gbvat(rng, fmt="GBsp"):
    v = complete(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 8), gb_vat.is_valid, 50000)
    forms = {
        "GBsp": "GB " + fmt_groups(v, [3, 4, 2], " "),
        "GB": "GB" + v,
        "sp": fmt_groups(v, [3, 4, 2], " "),
        "plain": v,
    }
    return "tax_id", forms[fmt]


def gen_nhs(rng, fmt="sp"):
    v = complete(rng, lambda: str(rng.randint(4, 6)) + digits(rng, 9), gb_nhs.is_valid, 50000)
    return "national_id", fmt_groups(v, [3, 3, 4], " ") if fmt == "sp" else v


def gen_utr(rng, fmt="plain"):
    v = complete(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 9), gb_utr.is_valid, 50000)
    return "tax_id", fmt_groups(v, [5, 5], " ") if fmt == "sp" else v


CARD_PREFIX = {
    "visa": ["4", "4", "4"],
    "mc": ["51", "52", "53", "54", "55"],
    "mir": ["2200", "2202", "2204"],
}


def gen_card(rng, brand="visa", fmt="sp"):
    def make():
        p = rng.choice(CARD_PREFIX[brand])
        body = p + digits(rng, 15 - len(p))
        return body + luhn.calc_check_digit(body)

    v = complete(rng, make, luhn.is_valid)
    forms = {
        "sp": fmt_groups(v, [4, 4, 4, 4], " "),
        "dash": fmt_groups(v, [4, 4, 4, 4], "-"),
        "block": v,
    }
    return "card", forms[fmt]


GENERATORS = {
    "pesel": gen_pesel,
    "nip": gen_nip,
    "regon": gen_regon,
    "plid": gen_plid,
    "nrb": gen_nrb,
    "iban": gen_iban,
    "rc": gen_rc,
    "ico": gen_ico,
    "czdic": gen_czdic,
    "skdic": gen_skdic,
    "idnr": gen_idnr,
    "devat": gen_devat,
    "stnr": gen_stnr,
    "inn": gen_inn,
    "ogrn": gen_ogrn,
    "snils": gen_snils,
    "rupass": gen_rupass,
    "rnokpp": gen_rnokpp,
    "edrpou": gen_edrpou,
    "gbvat": gen_gbvat,
    "nhs": gen_nhs,
    "utr": gen_utr,
    "card": gen_card,
}


def gen_phone(rng, region: str, fmt: str) -> str:
    for _ in range(5000):
        value = "".join(rng.choice(string.digits) if c == "N" else c for c in fmt)
        try:
            num = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return value
    raise RuntimeError(f"no valid phone for {region} {fmt}")


def fill_pattern(rng, pattern: str) -> str:
    out = []
    for c in pattern:
        if c == "#":
            out.append(rng.choice(string.digits))
        elif c == "%":
            out.append(rng.choice("123456789"))
        elif c == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXZ"))
        else:
            out.append(c)
    return "".join(out)


def fill_token(rng, pattern: str) -> str:
    alnum = string.ascii_letters + string.digits
    return "".join(rng.choice(alnum) if c == "~" else c for c in pattern)


# --------------------------------------------------------------------------- rendering

TOKEN = re.compile(r"\{\{(.+?)\}\}", re.S)


def render(item_id: str, lang: str, template: str) -> dict:
    rng = random.Random(hashlib.sha256(f"{SEED}:{item_id}".encode()).hexdigest())
    text, pii, keep, pos = [], [], [], 0
    length = 0
    for m in TOKEN.finditer(template):
        lit = template[pos : m.start()]
        text.append(lit)
        length += len(lit)
        spec = m.group(1)
        ann: dict
        if spec.startswith("k."):
            what, _, pattern = spec[2:].partition("=")
            assert what in KEEP_WHATS, (item_id, what)
            value = ""
            for _ in range(20000):
                value = fill_pattern(rng, pattern) if what in CHECKED_KEEPS else pattern
                if what not in CHECKED_KEEPS or not keep_is_risky(value, LANG_REGION[lang]):
                    break
                if value == pattern:
                    raise AssertionError(
                        f"{item_id}: literal keep {value!r} is risky: {keep_is_risky(value, LANG_REGION[lang])}"
                    )
            else:
                raise AssertionError(f"{item_id}: could not draw a safe keep for {pattern!r}")
            ann = {"what": what}
            target = keep
        elif spec.startswith("n."):
            ctx, _, value = spec[2:].partition("=")
            ann = {"kind": "name", "context": NAME_CONTEXTS[ctx]}
            target = pii
        elif spec.split("=", 1)[0] in ("email", "address", "url_token"):
            kind, _, value = spec.partition("=")
            if kind == "url_token":
                value = fill_token(rng, value)
            ann = {"kind": kind}
            target = pii
        elif spec.startswith("ph:"):
            _, region, fmt = spec.split(":", 2)
            value = gen_phone(rng, region, fmt)
            ann = {"kind": "phone"}
            target = pii
        else:
            name, *args = spec.split(":")
            kind, value = GENERATORS[name](rng, *args)
            ann = {"kind": kind}
            target = pii
        assert value and value == value.strip(), (item_id, spec, value)
        start = length
        text.append(value)
        length += len(value)
        target.append({"start": start, "end": length, **ann, "_value": value})
        pos = m.end()
    text.append(template[pos:])
    full = "".join(text)
    for span in pii + keep:
        assert full[span["start"] : span["end"]] == span.pop("_value"), (item_id, span)
    assert "{{" not in full and "}}" not in full, item_id
    assert any(c.isdigit() for c in full), f"{item_id}: no number-like thing"
    return {"id": item_id, "lang": lang, "text": full, "pii": pii, "keep": keep}


def T(s: str) -> str:
    """A template written at column 0 inside triple quotes."""
    return s.strip("\n")


# =========================================================================== templates
ITEMS: dict[str, list[str]] = {}

ITEMS["pl"] = [
    # 01 telecom ticket
    T("""
{{k.greeting_without_name=Dzień dobry}}, od {{k.date=3 marca}} nie działa mi internet mobilny na numerze {{ph:PL:+48 60N NNN NNN}}. Numer klienta: {{k.invalid_checksum_number=### ### ###}}, zgłoszenie nr {{k.ticket_number=INC-%######}}. Umowa jest na mnie, PESEL {{pesel}}. Proszę o telefon po {{k.time=17:00}}, najlepiej na drugi numer {{ph:PL:5NNNNNNNN}}.
"""),
    # 02 clinic registration by e-mail
    T("""
Szanowna Pani {{n.sal=Jadwigo}},

w nawiązaniu do rozmowy telefonicznej przesyłam dane do zapisu na wizytę u kardiologa {{k.date=14.04.2026}} o {{k.time=9:30}}:
Pacjent: {{n.oth=Tomasz Wierzbicki}}
PESEL: {{pesel}}
Telefon: {{ph:PL:6NN-NNN-NNN}}
Skierowanie nr {{k.invalid_checksum_number=########}}

Z poważaniem
{{n.sig=Ewa Wierzbicka}}
"""),
    # 03 B2B invoice correction
    T("""
Prosimy o korektę faktury {{k.invoice_number=FV/2026/03/0###}} - na dokumencie jest zły NIP nabywcy. Poprawny: {{nip:a}}. Nabywca: {{k.company=Drukarnia Offsetowa Pryzmat sp. z o.o.}}, REGON {{regon}}. Kwota brutto {{k.amount=4 182,70 zł}} bez zmian, termin płatności {{k.quantity=14 dni}}.
--
{{k.team_name=Dział Księgowości}}
"""),
    # 04 bank card dispute
    T("""
Reklamacja transakcji kartą {{card:visa:sp}} z dnia {{k.date=2026-02-27}} na kwotę {{k.amount=349,00 PLN}}. Nie autoryzowałam tej płatności, kod BLIK {{k.invalid_checksum_number=######}} też nie był wygenerowany przeze mnie. Proszę o zwrot na rachunek {{nrb:nrbgrp}}. Dane do weryfikacji: PESEL {{pesel}}.
"""),
    # 05 courier, informal
    T("""
hej, paczka {{k.tracking_number=6##################}} stoi w sortowni w {{k.city=Strykowie}} od tygodnia. adres dostawy {{address=ul. Długa 17/3, 62-030 Luboń}}, tel {{ph:PL:66NNNNNNN}}. co się dzieje?? zapłaciłem {{k.amount=18,99}} za dostawę 24h
"""),
    # 06 chat transcript
    T("""
[{{k.time=14:02}}] Konsultant {{n.oth=Marek}}: {{k.greeting_without_name=Dzień dobry}}, w czym mogę pomóc?
[{{k.time=14:03}}] Klient: chcę zmienić numer do faktur na {{ph:PL:+4851NNNNNNN}}
[{{k.time=14:03}}] Konsultant {{n.oth=Marek}}: Proszę podać PESEL albo numer umowy.
[{{k.time=14:04}}] Klient: umowa {{k.invalid_checksum_number=UM/###/2025}}, pesel {{pesel}}
"""),
    # 07 municipal office
    T("""
Urząd Miasta {{k.city=Gliwice}} - wniosek o wydanie zaświadczenia
Nr sprawy: {{k.ticket_number=WA.###.#.2026}}
Wnioskodawca legitymuje się dowodem osobistym {{plid:sp}}, PESEL {{pesel}}.
Opłata skarbowa {{k.amount=17 zł}} wniesiona {{k.date=05.03.2026}}.
"""),
    # 08 gym, lower-case self intro
    T("""
cześć, nazywam się {{n.self=kasia lewandowska}} i chciałabym zawiesić karnet nr {{k.invalid_checksum_number=########}} na {{k.quantity=2 miesiące}} (kontuzja kolana). mój numer to {{ph:PL:79N NNN NNN}}, mail {{email=k.lewandowska88@gmail.com}}
"""),
    # 09 motor insurance claim
    T("""
Tu {{n.self=Zbigniew Ptak}}, szkoda komunikacyjna z {{k.date=12/02/26}}. Polisa OC {{k.invalid_checksum_number=9###########}}, szkoda nr {{k.ticket_number=SZK/2026/######}}. Sprawca ma PESEL {{pesel}}, dowód {{plid:plain}} (z oświadczenia). Kosztorys warsztatu: {{k.amount=6 870,00 zł}}, czyli o {{k.percent=35%}} więcej niż Państwa wycena. Oddzwońcie na {{ph:PL:0048 5NN-NNN-NNN}}.
"""),
    # 10 marketplace, no PII
    T("""
Zamówienie {{k.order_number=#########}} z {{k.brand=Allegro}} - sprzedawca wysłał {{k.quantity=3 szt.}} zamiast 5. Kod produktu {{k.product_code=SKU-@@-####}}, faktura {{k.invoice_number=F/####/03/2026}}. Dopłaciłem {{k.amount=129,99 zł}} za kuriera, paczka doszła dopiero {{k.date=8 marca}}, a zwrot mogę oddać tylko w salonie {{k.street_as_brand=Nowy Świat}}?
"""),
    # 11 utility meter, business customer
    T("""
{{k.greeting_without_name=Dzień dobry}}, w związku z przeprowadzką proszę o spisanie licznika nr {{k.invalid_checksum_number=##########}} w lokalu przy {{address=ul. Kościuszki 48 m. 12}}. Stan na dziś: {{k.quantity=18 452 kWh}}. Umowa jest na firmę, NIP:{{nip:plain}}, REGON:{{regon}}. Kontakt: {{ph:PL:(12) NNN NN NN}} wew. 31.
"""),
    # 12 hotel confirmation
    T("""
Szanowny Panie {{n.sal=Andrzeju}},
potwierdzamy rezerwację nr {{k.order_number=RZ-######}} na termin {{k.date=21-23.05.2026}} ({{k.quantity=2 noce}}, pokój dwuosobowy). Gwarancja kartą {{card:mc:block}}. Zaliczka {{k.amount=450 zł}} zostanie pobrana {{k.quantity=14 dni}} przed przyjazdem.

{{k.team_name=Recepcja}}
{{k.brand=Hotel Pod Wawelem}}
tel. {{ph:PL:+48 12 NNN NN NN}}
NIP {{nip:sp}}
"""),
    # 13 forwarded mail
    T("""
{{k.greeting_without_name=Cześć}}, przesyłam dalej do obsługi, nr pacjentki w systemie {{k.invalid_checksum_number=P-#######}}.

---------- Wiadomość przekazana ----------
Od: {{n.oth=Grażyna Ostrowska}} <{{email=g.ostrowska@onet.pl}}>
Data: {{k.date=pon., 9 mar 2026}} {{k.time=11:47}}
Temat: zwrot za wizytę

Proszę o zwrot {{k.amount=220 zł}} na konto {{nrb:nrb}}, wizyta odwołana przez przychodnię.
"""),
    # 14 car service
    T("""
Zlecenie serwisowe {{k.order_number=ZS/####/26}}: wymiana rozrządu i oleju {{k.product_code=5W-30}}, przebieg {{k.quantity=187 400 km}}. Koszt {{k.amount=2.340,00 zł}} netto + {{k.percent=23%}} VAT. Odbiór auta {{k.date=piątek 20.03}} od {{k.time=8.00}}.
{{k.company=Auto-Serwis Zając}}
tel. {{ph:PL:(61) NNN NN NN}} / {{ph:PL:60N NNN NNN}}
NIP {{nip:b}}
"""),
    # 15 school
    T("""
Pani {{n.sal=Ewo}},
przesyłam dane syna do legitymacji: {{n.oth=Jakub Sikora}}, klasa 4b, PESEL {{pesel:kid}}. Składkę na radę rodziców ({{k.amount=60 zł}}) przelałam {{k.date=2 marca}}.
Pozdrawiam,
{{n.sig=Monika Sikora}}
{{ph:PL:+48 88N NNN NNN}}
"""),
    # 16 pet shop
    T("""
Zamawiałam karmę {{k.brand=Brit Care}} {{k.quantity=12 kg}} (kod {{k.product_code=BC-####-@}}), przyszła rozerwana. Zamówienie {{k.order_number=#######}}, zapłacone BLIKiem {{k.amount=289,90 zł}}, faktura na firmę NIP {{nip:PL}}. Proszę o wymianę, mój tel {{ph:PL:51N NNN NNN}}.
"""),
    # 17 B2B, German partner
    T("""
Dzień dobry Panie {{n.sal=Krzysztofie}},
nasz kontrahent z Niemiec podał USt-IdNr {{devat:DE}}, a na zamówieniu {{k.order_number=PO-2026-####}} figuruje {{k.company=Holzbau Krüger GmbH}}. Czy możemy wystawić fakturę WDT ze stawką {{k.percent=0%}}? Nasz NIP dla porządku: {{nip:PLb}}.

Pozdrawiam
{{n.sig=A. Malinowska}}
{{k.job_title=specjalistka ds. rozliczeń}}
"""),
    # 18 password reset link
    T("""
Link do resetu hasła nie działa: {{url_token=https://konto.sklepik24.pl/reset?token=~~~~~~~~~~~~~~~~~~~~~~~~}} - wygasł po {{k.quantity=15 minutach}}? Login to {{email=marta_zielinska@o2.pl}}, ostatnie zamówienie {{k.order_number=########}} z {{k.date=01.03.2026}}.
"""),
    # 19 bank, sole trader, double surname
    T("""
Nazywam się {{n.self=Agnieszka Wróbel-Kamińska}}, prowadzę jednoosobową działalność (NIP {{nip:sp}}, REGON {{regon}}). Proszę o zmianę rachunku do zwrotów na {{nrb:grp}} i o potwierdzenie SMS-em pod numerem {{ph:PL:601 NNN NNN}}.
"""),
    # 20 complaint form as table
    T("""
Formularz reklamacyjny
Imię i nazwisko | {{n.oth=Henryk Baran}}
PESEL | {{pesel}}
Nr dowodu | {{plid:plain}}
Nr umowy | {{k.invalid_checksum_number=##/####/2025}}
Telefon | {{ph:PL:+48 (58) NNN NN NN}}
Kwota sporna | {{k.amount=1 234,56 zł}}
Data zdarzenia | {{k.date=2026.02.18}}
"""),
    # 21 telecom number porting
    T("""
Proszę przenieść numery {{ph:PL:72N NNN NNN}} / {{ph:PL:73N NNN NNN}} do nowej umowy biznesowej. Firma {{k.company=Transbud Sp.J.}}, NIP {{nip:PLsp}}, REGON {{regon:9sp}}. Kontakt w firmie: sekretariat {{ph:PL:(32) NNN NN NN}} wew. 12, w godz. {{k.time=8-16}}.
"""),
    # 22 clinic, no PII
    T("""
Odwołuję wizytę {{k.date=17.03}} o {{k.time=8:15}} w {{k.brand=Lux Med}}, numer rezerwacji {{k.order_number=#########}}. Proszę nie pobierać opłaty {{k.amount=180 zł}}, odwołuję ponad {{k.quantity=24 godziny}} wcześniej.
"""),
    # 23 quoted reply, signature with company
    T("""
Rachunek do zwrotu kaucji: {{nrb:nrb}}
Kaucja {{k.amount=2 000 zł}} za rusztowanie, umowa najmu {{k.invalid_checksum_number=NR/##/####}}.

--
{{n.sig=Wiesław Górny}}
{{k.company=PHU Górny}}
tel. {{ph:PL:60N-NNN-NNN}}

W dniu {{k.date=10.03.2026}} o {{k.time=09:12}}, {{n.oth=Robert Szymański}} <{{email=r.szymanski@budmax.com.pl}}> pisze:
> Proszę o podanie numeru rachunku do zwrotu kaucji.
"""),
    # 24 ID card exchange, glued label
    T("""
Wymiana dowodu: stary nr {{plid:plain}}, nowy mam odebrać {{k.date=30 kwietnia}}. Czy mogę do tego czasu podpisać umowę kredytu {{k.invalid_checksum_number=KR-########}} na podstawie paszportu? PESEL:{{pesel}}
"""),
    # 25 courier, Czech sender
    T("""
Nadawca z Czech ({{k.company=Kovo Prima s.r.o.}}, IČO {{ico:CZ}}) podał telefon {{ph:CZ:+420 60N NNN NNN}}, ale kurier {{k.brand=DPD}} nie może się dodzwonić. List przewozowy {{k.tracking_number=#############U}}, waga {{k.quantity=23,5 kg}}, pobranie {{k.amount=1 120 zł}}.
"""),
    # 26 cosmetics shop, name-like brand
    T("""
Krem {{k.person_like_brand=Dr Irena Eris}} z promocji -{{k.percent=40%}} przyszedł bez folii. Zamówienie {{k.order_number=#########}}, zapłaciłam kartą kończącą się na {{k.invalid_checksum_number=4417}}, kwota {{k.amount=79,99 zł}}, faktura na NIP {{nip:b}}. Proszę o kontakt mailowy: {{email=ola.kr@interia.pl}}
"""),
    # 27 ISP technician visit, team signature
    T("""
Szanowny Panie {{n.sal=Jerzy}},
w odpowiedzi na zgłoszenie {{k.ticket_number=ZG-######}} informujemy, że technik przyjedzie w środę {{k.date=18.03}} między {{k.time=10:00}} a {{k.time=14:00}}. Prosimy o dostęp do skrzynki na klatce.

{{k.team_name=Zespół Obsługi Klienta}}
{{k.brand=Netia}}
"""),
    # 28 accounting data update
    T("""
Proszę o aktualizację danych w KSeF: {{k.company=Zakład Stolarski Wójcik i Syn}}, NIP:{{nip:a}}; REGON {{regon:14}}; adres: {{address=Stare Miasto 12, 37-100 Łańcut}}. Dotyczy faktur od {{k.invoice_number=FS/00##/2026}}.
"""),
    # 29 gym card
    T("""
moja karta {{k.brand=Multisport}} nr {{k.invalid_checksum_number=#### #### ####}} nie działa na bramce od poniedziałku, recepcja mówi że to system. w aplikacji wersja {{k.version=3.8.1}}. dajcie znać na {{ph:PL:883NNNNNN}} albo {{email=dawid.m@poczta.fm}}
"""),
    # 30 property tax
    T("""
Dotyczy: podatek od nieruchomości {{k.date=2026}}, nieruchomość {{address=ul. Polna 3, 05-820 Piastów}}, właściciel (PESEL {{pesel}}) i współwłaścicielka (PESEL {{pesel}}). Rata {{k.amount=312 zł}} płatna do {{k.date=15 marca}}, nr karty kontowej {{k.invalid_checksum_number=##-####-##}}.
"""),
    # 31 SaaS invoicing bug
    T("""
Po aktualizacji do {{k.version=4.12.3}} faktury w {{k.brand=wFirma}} mają zły numer: zamiast {{k.invoice_number=FV ###/2026}} jest {{k.invoice_number=FV ###/2025}}. Konto {{email=biuro@pracownia-ceramiki.pl}}, NIP {{nip:plain}}, ID klienta {{k.invalid_checksum_number=###########}}.
"""),
    # 32 construction company signature
    T("""
{{k.greeting_without_name=Dzień dobry}},
w załączeniu protokół odbioru do zamówienia {{k.order_number=ZK/26/#####}}. Proszę o podpis i odesłanie do {{k.date=25.03.2026}}.

Z wyrazami szacunku
mgr inż. {{n.sig=Bartosz Lis}}
{{k.job_title=Kierownik Budowy}}
{{k.company=Eko-Dach Sp. z o.o.}}
kom. {{ph:PL:+48 69N NNN NNN}} | tel. {{ph:PL:+48 (17) 85N-NN-NN}}
NIP {{nip:b}} | REGON {{regon}}
"""),
    # 33 gas bill, informal
    T("""
mąż dzwonił już 3 razy na infolinię {{k.brand=PGNiG}}, numer płatnika {{k.invalid_checksum_number=###-###-##-##}}. prognoza {{k.amount=1 480 zł}} to jakiś żart, zużycie {{k.quantity=96 m3}} za pół roku. umowa jest na niego, PESEL {{pesel}}, jego komórka {{ph:PL:0048 78N NNN NNN}}
"""),
    # 34 ask for someone in HR
    T("""
Proszę o kontakt z Panią {{n.oth=Bożeną Kaczmarek}} z działu kadr: {{ph:PL:(22) NNN-NN-NN}} wew. 118 lub {{email=b.kaczmarek@hr.logistikpol.pl}}. Chodzi o PIT-11 za {{k.date=2025}} dla pracownika o numerze ewidencyjnym {{k.invalid_checksum_number=EW-#####}} (PESEL {{pesel}}).
"""),
    # 35 school accident insurance
    T("""
Zgłaszam szkodę z NNW szkolnego: polisa {{k.invalid_checksum_number=NNW/###/######}}, dziecko PESEL {{pesel:kid}}. Rachunek do wypłaty: {{nrb:block}}. Koszty leczenia {{k.amount=430,00 zł}} (faktura {{k.invoice_number=####/M/2026}}).
"""),
    # 36 parcel locker, no PII
    T("""
Paczkomat {{k.product_code=KRA01M}} jest pełny od wtorku, kod odbioru {{k.invalid_checksum_number=######}} przestał działać. Przesyłka {{k.tracking_number=######################}}, termin odbioru mija {{k.date=12.03}} o {{k.time=23:59}}.
"""),
    # 37 flat rental, Ukrainian tenant
    T("""
Najemca: obywatelka Ukrainy, PESEL {{pesel}}. Umowa najmu od {{k.date=01.04.2026}}, czynsz {{k.amount=2 600 zł}} + media, kaucja w tej samej kwocie. Tel. najemcy {{ph:UA:+380 (50) NNN NN NN}}, mój {{ph:PL:606 NNN NNN}}.
"""),
    # 38 Slovak supplier invoice
    T("""
Faktura od słowackiego dostawcy {{k.company=Agro-Tatry s.r.o.}} (IČ DPH {{skdic:SK}}) na {{k.amount=3 850,00 €}} - czy to import usług? Numer faktury {{k.invoice_number=VF/26/0####}}, termin płatności {{k.date=31.03.2026}}, rachunek dostawcy {{iban:SK:grp}}.
"""),
    # 39 self intro "z tej strony"
    T("""
Z tej strony {{n.self=Łukasz Mazur}} z firmy {{k.company=Mazur Instalacje}}, dzwoniłem w sprawie oferty {{k.order_number=OF/####/26}}. Proszę o wycenę na {{k.quantity=40 m2}} ogrzewania podłogowego. Mój numer: {{ph:PL:502 NNN NNN}}, NIP do faktury {{nip:plain}}, REGON {{regon:14}}.
"""),
    # 40 long bank letter
    T("""
{{k.greeting_without_name=Szanowni Państwo}},

w imieniu męża, {{n.oth=Ryszarda Adamczyka}} (PESEL {{pesel}}), proszę o zamknięcie jego rachunku {{nrb:nrbgrp}} i przelanie salda na moje konto {{nrb:nrbgrp}}. Mąż przebywa w szpitalu, pełnomocnictwo notarialne Rep. A nr {{k.invalid_checksum_number=####/2026}} w załączeniu. Moja karta {{card:mc:sp}} została zastrzeżona {{k.date=04.03.2026}}.

Z poważaniem
{{n.sig=Halina Adamczyk}}
{{address=ul. Ogrodowa 7, 87-100 Toruń}}
tel. {{ph:PL:56 NNN NN NN}}
"""),
]


ITEMS["cs"] = [
    # 01 telecom, self intro
    T("""
{{k.greeting_without_name=Dobrý den}}, jmenuji se {{n.self=Lenka Procházková}} a od {{k.date=2. března}} mi nefunguje SIM s číslem {{ph:CZ:+420 73N NNN NNN}}. Číslo zákazníka {{k.invalid_checksum_number=### ### ###}}, požadavek {{k.ticket_number=SR-#######}}. Smlouva je psaná na rodné číslo {{rc:CZ:slash:f}}.
"""),
    # 02 e-shop, no PII
    T("""
Objednávka č. {{k.order_number=#########}} z {{k.brand=Alza}}: místo telefonu {{k.product_code=SM-A556B}} přišel starší model. Zaplatil jsem {{k.amount=12.490 Kč}} kartou {{k.date=3. 3.}} a dobropis čekám už {{k.quantity=10 dní}}. Reklamační protokol {{k.ticket_number=RMA-2026-#####}} jsem dostal na prodejně {{k.street_as_brand=Na Poříčí}}.
"""),
    # 03 clinic, surname in salutation
    T("""
Vážená paní {{n.sal=Horáková}},
posílám údaje pro registraci u praktického lékaře: číslo pojištěnce {{rc:CZ:plain}}, pojišťovna {{k.brand=VZP}}. Předchozí lékař: {{k.company=Medicentrum Pardubice}}, registrace do {{k.date=31. 12. 2025}}.

Děkuji a zdravím
{{n.sig=Jana Černá}}
{{ph:CZ:602 NNN NNN}}
"""),
    # 04 B2B invoice correction
    T("""
{{k.greeting_without_name=Dobrý den}},
prosím o opravu faktury {{k.invoice_number=FA-26-####}}: odběratel je {{k.company=Stavebniny Hořejší s.r.o.}}, IČO: {{ico:CZ:sp}}, DIČ: {{czdic:CZ}}. Platba proběhla {{k.date=11. 3. 2026}} na váš účet {{iban:CZ:grp}}, částka {{k.amount=48 399,00 Kč}}.

S pozdravem
{{k.team_name=účtárna}}
"""),
    # 05 courier, no diacritics
    T("""
zasilka {{k.tracking_number=Z ### #### ###}} se vratila odesilateli, prestoze jsem byl cely den doma. adresa: {{address=Nádražní 112, 686 01 Uherské Hradiště}}. volejte {{ph:CZ:77NNNNNNN}}, dekuji
"""),
    # 06 card dispute
    T("""
Reklamuji platbu kartou {{card:visa:dash}} ze dne {{k.date=28.02.2026}}, částka {{k.amount=3 499 Kč}}, obchodník {{k.brand=Booking.com}}. Kartu jsem mezitím zablokovala v aplikaci. Číslo reklamace {{k.ticket_number=RK%#######}}, rodné číslo majitelky účtu {{rc:CZ:slash:f}}.
"""),
    # 07 municipal office form
    T("""
Městský úřad {{k.city=Kolín}}, odbor dopravy
Žádost o výpis z bodového hodnocení řidiče
Žadatel: r.č. {{rc:CZ:plain:m}}
Tel.: {{ph:CZ:+420 32N NNN NNN}}
Správní poplatek {{k.amount=100 Kč}}, č.j. {{k.ticket_number=MUKO ####/2026}}
"""),
    # 08 gym, informal
    T("""
ahoj, tady {{n.self=tomas bartos}}, permanentka c. {{k.invalid_checksum_number=########}} mi nejde nacist u turniketu. platil jsem {{k.amount=1 290,-}} {{k.date=1.3.}} pres {{k.brand=GoPay}}. moje cislo {{ph:CZ:608NNNNNN}}
"""),
    # 09 insurance, Slovak party
    T("""
Škodní událost {{k.ticket_number=PU-2026-######}}: viník nehody je Slovák, v záznamu uvedl rodné číslo {{rc:SK:slash}} a telefon {{ph:SK:+421 90N NNN NNN}}. Moje pojistná smlouva {{k.invalid_checksum_number=##########}}, škoda cca {{k.amount=27 000 Kč}}.

Děkuji,
Ing. {{n.sig=Pavel Šimek}}
"""),
    # 10 electricity, no PII
    T("""
Odběrné místo EAN {{k.invalid_checksum_number=859182400#########}}, stav elektroměru {{k.quantity=23 418 kWh}} k {{k.date=31. 3.}}, zálohy {{k.amount=1 850 Kč}} měsíčně. Číslo smlouvy {{k.invalid_checksum_number=#########}}, žádám o snížení záloh o {{k.percent=20 %}}.
"""),
    # 11 chat transcript
    T("""
Operátor {{n.oth=Jakub}}: {{k.greeting_without_name=Dobrý den}}, jak vám mohu pomoci?
Zákazník: dobry den, chci zmenit tarif na cisle {{ph:CZ:721 NNN NNN}}
Operátor {{n.oth=Jakub}}: Pro ověření prosím rodné číslo držitele.
Zákazník: {{rc:CZ:slash}}
Operátor {{n.oth=Jakub}}: Děkuji, tarif {{k.product_code=NEO Modrý}} bude aktivní od {{k.date=1. 4.}}
"""),
    # 12 hotel
    T("""
Vážený pane {{n.sal=Nováku}},
děkujeme za rezervaci č. {{k.order_number=######}} na {{k.date=14.–16. 8. 2026}}. Zálohu {{k.amount=2 400 Kč}} prosím uhraďte na účet {{iban:CZ:block}}, variabilní symbol {{k.invalid_checksum_number=##########}}.

{{k.team_name=Recepce}} {{k.brand=Hotel Zlatá Hvězda}}
{{ph:CZ:+420 56N NNN NNN}}
DIČ: {{czdic:CZ}}
"""),
    # 13 SaaS reset link
    T("""
Nepřišel mi e-mail s novým heslem a odkaz {{url_token=https://app.ucetnictvi-online.cz/heslo/obnova?reset_token=~~~~~~~~~~~~~~~~~~~~~~}} hlásí chybu. Účet {{email=info@keramika-vltava.cz}} (IČO {{ico:CZ}}), verze aplikace {{k.version=2.41}}, prohlížeč {{k.brand=Firefox}} {{k.version=124}}.
"""),
    # 14 B2B with German customer
    T("""
Německý odběratel {{k.company=Maschinenbau Pohl GmbH}} požaduje na faktuře své USt-IdNr. {{devat:DEsp}} a naše DIČ {{czdic:CZsp}}. Dodávka {{k.quantity=12 palet}}, dodací list {{k.order_number=DL-26-####}}, cena {{k.amount=8.640,00 €}} bez DPH.
"""),
    # 15 school
    T("""
{{k.greeting_without_name=Vážená paní učitelko}},
omlouvám dceru {{n.oth=Terezu Vlčkovou}} ze 3.B z vyučování {{k.date=9.–11. 3.}} kvůli nemoci. Za školu v přírodě jsem poslala {{k.amount=3 200 Kč}} s VS {{k.invalid_checksum_number=#######}}. V případě potřeby volejte {{ph:CZ:+420 60N NNN NNN}}.
{{n.sig=Vlčková}}
"""),
    # 16 pet shop
    T("""
Granule {{k.brand=Brit Premium}} {{k.quantity=15 kg}}, kód {{k.product_code=BRP-####-15}}, přišly s prošlou trvanlivostí ({{k.date=02/2026}}). Objednávka {{k.order_number=#######}} na firmu s DIČ {{czdic:CZsp}}, doprava {{k.amount=89 Kč}}. Reklamaci posílám i na {{email=reklamace@zverimex-eshop.cz}}.
"""),
    # 17 Slovak supplier
    T("""
Dodavatel {{k.company=Drevoplus s.r.o.}} ze {{k.city=Žiliny}} uvádí na faktuře IČO {{ico:SK}} a IČ DPH {{skdic:SKsp}}. Je to v pořádku pro reverse charge? Kontakt na ně: {{ph:SK:041/NNN NN NN}}. Faktura {{k.invoice_number=2026/0####}}, částka {{k.amount=2 310,40 EUR}}.
"""),
    # 18 quoted reply
    T("""
Posílám číslo účtu pro vrácení přeplatku: {{iban:CZ:lowergrp}}

S pozdravem {{n.sig=R. Hejl}}

Dne {{k.date=út 10. 3. 2026}} v {{k.time=15:20}} {{n.oth=Kristýna Bendová}} <{{email=k.bendova@energie-sever.cz}}> napsal(a):
> Dobrý den, pro vrácení přeplatku {{k.amount=1 312 Kč}} potřebujeme číslo účtu ve formátu IBAN.
"""),
    # 19 car service
    T("""
Zakázka {{k.order_number=ZAK-####}}: výměna brzdových destiček {{k.product_code=GDB1550}} a kotoučů, cena {{k.amount=4 780 Kč}} vč. DPH {{k.percent=21 %}}. Vůz bude hotový {{k.date=ve čtvrtek}} po {{k.time=14. hodině}}. Dotazy na dílnu {{ph:CZ:+420 5NN NNN NNN}}, kl. 204.
{{k.company=AutoHájek Olomouc}}, IČ: {{ico:CZ}}
"""),
    # 20 form
    T("""
Jméno a příjmení: {{n.oth=Božena Kratochvílová}}
Rodné číslo: {{rc:CZ:slash:f}}
Telefon: {{ph:CZ:00420 60N NNN NNN}}
E-mail: {{email=bozena.kratochvilova@seznam.cz}}
Číslo smlouvy: {{k.invalid_checksum_number=########}}
Datum: {{k.date=2026-03-05}}
"""),
    # 21 sole trader, DIČ from birth number
    T("""
Jsem OSVČ, IČ {{ico:CZ}}, DIČ {{czdic:rc}}. Na faktuře {{k.invoice_number=2026/###}} máte chybně DIČ bez předpony CZ, opravte to prosím. Případně se ozvěte na {{ph:CZ:731 NNN NNN}}.
"""),
    # 22 husband
    T("""
Můj manžel {{n.oth=Karel}} volal už dvakrát, ale vyúčtování {{k.invoice_number=VY-###-####}} je pořád špatně: nedoplatek {{k.amount=6 713,50 Kč}} při spotřebě {{k.quantity=14,2 MWh}}. Číslo zákazníka {{k.invalid_checksum_number=#### ### ###}}. Smlouva je na mě, r. č. {{rc:CZ:plain:f}}.
"""),
    # 23 bank transfer to Slovakia
    T("""
Prosím o odeslání {{k.amount=850 EUR}} na slovenský účet {{iban:SK:grp}} (příjemce je můj syn), zpráva pro příjemce „nájem {{k.date=03/2026}}“. Můj účet {{iban:CZ:block}}.
"""),
    # 24 parcel to Germany
    T("""
Firemní balík (odesílatel IČO {{ico:CZ}}) do Německa {{k.tracking_number=DR#########CZ}} leží od {{k.date=5. 3.}} na depu v {{k.city=Drážďanech}}. Adresa příjemce: {{address=Lindenstraße 14, 01067 Dresden}}, tel. příjemce {{ph:DE:0351 NNNNNNN}}. Poštovné {{k.amount=680 Kč}}.
"""),
    # 25 signature with titles
    T("""
{{k.greeting_without_name=Dobrý den}},
v příloze zasílám podepsaný dodatek ke smlouvě {{k.invalid_checksum_number=SML-####-##}}.

S pozdravem

Ing. {{n.sig=Petr Dvořák}}, Ph.D.
{{k.job_title=vedoucí IT oddělení}}
{{k.company=Strojírny Vysočina a.s.}}
T: {{ph:CZ:+420 56N NNN NNN}} | M: {{ph:CZ:+420 60N NNN NNN}}
IČO {{ico:CZ}}
"""),
    # 26 second-hand marketplace
    T("""
Prodávající z {{k.brand=Bazoš}} mi poslal číslo účtu {{iban:SK:block}} a telefon {{ph:SK:0949 NNN NNN}}, jenže zboží (inzerát {{k.order_number=#########}}) nikdy nedorazilo. Zaplatila jsem {{k.amount=4 500 Kč}} už {{k.date=22. února}}.
"""),
    # 27 official letter, no PII
    T("""
{{k.greeting_without_name=Dobrý den}},
k č.j. {{k.ticket_number=MMB/####/2026/OD}}, sp. zn. {{k.invalid_checksum_number=S-MMB/######/2026}}: lhůta pro doplnění je {{k.quantity=15 dnů}}, poplatek {{k.amount=500 Kč}} je splatný do {{k.date=30. 4. 2026}}.
"""),
    # 28 clinic, ask for nurse
    T("""
Na MR se objednávejte u sestry {{n.oth=Hany}} na lince {{ph:CZ:+420 2NN NNN NNN}} kl. 315, nejlépe mezi {{k.time=7:00}} a {{k.time=9:00}}. Mějte připravené číslo žádanky {{k.invalid_checksum_number=########}} a číslo pojištěnce {{rc:CZ:plain}}.
"""),
    # 29 SaaS licences
    T("""
Fakturujete nám {{k.quantity=50 licencí}} místo 35. Faktura {{k.invoice_number=INV-2026-####}}, odběratel DIČ {{czdic:CZ}}, IČO stejné bez CZ. Rozdíl dělá {{k.amount=1.299,00 €}} měsíčně. Kontakt: {{email=it@tiskarna-brno.cz}}, {{ph:CZ:+420 54N NNN NNN}}
"""),
    # 30 changed surname
    T("""
u vás jsem vedena pod rc {{rc:CZ:plain:f}}, po svatbě jsem změnila příjmení, opravte to prosím v systému, věrnostní karta {{k.invalid_checksum_number=#### #### ####}}
"""),
    # 31 law firm
    T("""
Ve věci sp. zn. {{k.ticket_number=12 C ###/2025}} zasíláme vyúčtování nákladů řízení {{k.amount=18 150 Kč}}, splatné do {{k.date=15 dnů}} na účet {{iban:CZ:grp}}.

Mgr. {{n.sig=Klára Nováková}}
{{k.job_title=advokátní koncipientka}}
tel:{{ph:CZ:+420 22N NNN NNN}}
{{email=novakova@ak-ruzicka.cz}}
DIČ {{czdic:CZsp}}
"""),
    # 32 loan deferral
    T("""
Žádost o odklad splátek úvěru č. {{k.invalid_checksum_number=##########}}.
Dlužník: {{n.oth=Jiří Pospíšil}}, RČ {{rc:CZ:slash:m}}
Spoludlužnice: {{n.oth=Marta Pospíšilová}}, RČ {{rc:CZ:slash:f}}
Splátka {{k.amount=8 640 Kč}}, odklad na {{k.quantity=3 měsíce}}.
"""),
    # 33 courier, no PII
    T("""
Zásilka {{k.tracking_number=#########}} od {{k.brand=PPL}} měla přijít {{k.date=v pátek 13. 3.}} mezi {{k.time=8–12 h}}, nepřišla a v aplikaci je „doručeno“. Dobírka {{k.amount=1 567 Kč}} byla stržena.
"""),
    # 34 energy offer
    T("""
Milý pane {{n.sal=Tomáši}},
posílám podklady k nabídce: IČO {{ico:CZ}}, roční spotřeba {{k.quantity=42 MWh}}, distributor {{k.brand=ČEZ Distribuce}}, současná cena {{k.amount=3 890 Kč/MWh}}. Zavolejte mi prosím na {{ph:CZ:777 NNN NNN}}.
Díky, {{n.sig=Radek}}
"""),
    # 35 card number in quotes
    T("""
Číslo karty "{{card:mc:sp}}" mi {{k.brand=Rohlík}} pořád odmítá jako neplatné, i když v bance funguje. Objednávka {{k.order_number=#######}} za {{k.amount=1 845,90 Kč}} visí na „čeká na platbu“. Faktura má být na IČO {{ico:CZ}}.
"""),
    # 36 real estate, Slovak buyer
    T("""
Kupující (občan SR): r. č. {{rc:SK:slash:m}}, bytem {{address=Hlavná 25, 040 01 Košice}}. Kupní cena {{k.amount=3 950 000 Kč}}, rezervační smlouva {{k.invalid_checksum_number=RS/2026/###}}, rezervační poplatek {{k.amount=100 000 Kč}}.
"""),
    # 37 IT support, printer
    T("""
Tiskárna {{k.brand=HP}} {{k.product_code=M404dn}}, sériové číslo {{k.product_code=VNB3R#####}}, firmware {{k.version=002.2342A}} po aktualizaci netiskne. Tiket {{k.ticket_number=#####}}, zákazník IČO {{ico:CZ}}, kontaktní mobil {{ph:CZ:603 NNN NNN}}.
"""),
    # 38 cancel order, sent from phone
    T("""
Prosím o storno objednávky {{k.order_number=OBJ########}}, platba {{k.amount=699 Kč}} kartou už proběhla.

Peníze prosím vraťte na {{iban:CZ:grp}}
tel. {{ph:CZ:604 NNN NNN}}

Odesláno z iPhonu
"""),
    # 39 Polish carrier
    T("""
Polský dopravce {{k.company=Trans-Pol Sp. z o.o.}} nám fakturuje s NIP {{nip:PL}}, ale v CMR je jiná firma. Faktura {{k.invoice_number=FV/###/03/2026}}, kontaktní osoba {{n.oth=Paweł Zieliński}}, {{ph:PL:+48 60N NNN NNN}}.
"""),
    # 40 landlord letter
    T("""
Vážená paní {{n.sal=Šťastná}},
vyúčtování služeb za rok {{k.date=2025}} vychází na přeplatek {{k.amount=4 216 Kč}}. Vrátím ho na účet, který jste uvedla ve smlouvě ({{iban:CZ:grp}}), nejpozději do {{k.date=20. dubna}}. Pro daňové přiznání uvádím své rodné číslo {{rc:CZ:slash:m}}.

{{n.sig=Zdeněk Hůla}}
majitel bytu, {{address=Za Poštou 8, 415 01 Teplice}}
{{ph:CZ:+420 41N NNN NNN}}
"""),
]


ITEMS["sk"] = [
    # 01 telecom, self intro
    T("""
{{k.greeting_without_name=Dobrý deň}}, volám sa {{n.self=Martina Kováčová}} a mám u vás paušál na čísle {{ph:SK:0905 NNN NNN}}. Od {{k.date=4. 3.}} mi nechodia SMS. Zmluva č. {{k.invalid_checksum_number=##########}}, rodné číslo {{rc:SK:slash:f}}.
"""),
    # 02 bookshop, name-like brand, no PII
    T("""
Objednávka {{k.order_number=#########}} z {{k.person_like_brand=Martinus}}: namiesto {{k.quantity=2 kníh}} prišla len jedna. Faktúra {{k.invoice_number=FA########}}, suma {{k.amount=38,90 €}}, zaplatené {{k.date=28. 2. 2026}}.
"""),
    # 03 B2B invoice
    T("""
Prosíme o opravu faktúry č. {{k.invoice_number=2026/####}}: správne údaje odberateľa sú {{k.company=Agrostav Nitra s.r.o.}}, IČO {{ico:SK}}, DIČ {{skdic:plain}}. Suma {{k.amount=1 944,00 €}} s DPH {{k.percent=23 %}} zostáva.
"""),
    # 04 refund to bank account
    T("""
Prosím o vrátenie preplatku {{k.amount=126,40 €}} na účet {{iban:SK:grp}}. Číslo zákazníka {{k.invalid_checksum_number=### ### ###}}, vyúčtovanie za rok {{k.date=2025}}.

S pozdravom
{{n.sig=Peter Baláž}}
"""),
    # 05 courier
    T("""
zasielka {{k.tracking_number=0########}} stale nedorazila, kurier tvrdi ze som nebol doma. adresa: {{address=Mlynská 14, 974 01 Banská Bystrica}}, tel {{ph:SK:0948NNNNNN}}. doruceny mal byt {{k.date=6.3.}}
"""),
    # 06 double card payment
    T("""
Platba kartou {{card:mc:sp}} v {{k.brand=Tesco}} zo dňa {{k.date=27. 2.}} bola stiahnutá dvakrát ({{k.amount=2 × 64,15 €}}). Prosím o vrátenie jednej platby na účet {{iban:SK:grp}}.
"""),
    # 07 municipal office
    T("""
Mestský úrad {{k.city=Trnava}} – žiadosť o vydanie rybárskeho lístka
Žiadateľ: {{n.oth=Jozef Mikuš}}, r. č. {{rc:SK:plain:m}}
Trvalý pobyt: {{address=Hlavná 31, 917 01 Trnava}}
Poplatok {{k.amount=7 €}} uhradený {{k.date=9. 3. 2026}}.
"""),
    # 08 gym, informal
    T("""
ahoj, permanentka {{k.invalid_checksum_number=########}} mi nefunguje, zaplatila som {{k.amount=45 €}} ešte {{k.date=2. marca}} a turniket ma nepustí. som {{n.self=simona}}, cislo {{ph:SK:0917NNNNNN}}
"""),
    # 09 insurance, Czech party
    T("""
Poistná udalosť {{k.ticket_number=PU/2026/#####}}: škodca je Čech, v zázname uviedol r. č. {{rc:CZ:slash}} a telefón {{ph:CZ:+420 72N NNN NNN}}. Moja poistka PZP {{k.invalid_checksum_number=##########}}, škoda na aute cca {{k.amount=1 800 €}}.
"""),
    # 10 electricity, no PII
    T("""
Odberné miesto {{k.invalid_checksum_number=24ZZS#########@}}, stav elektromera {{k.quantity=12 304 kWh}} k {{k.date=31.3.2026}}. Záloha {{k.amount=58 €}} je po zdražení o {{k.percent=15 %}} privysoká, vyúčtovanie {{k.invoice_number=VY-2026-#####}}.
"""),
    # 11 chat export
    T("""
{{k.time=18:41}} {{n.oth=Zuzana Mrázová}}: dobrý večer, objednávka {{k.order_number=#######}} ešte neodišla?
{{k.time=18:43}} Podpora {{k.brand=Pilulka}}: Dobrý večer, podľa systému čaká na platbu {{k.amount=23,80 €}}.
{{k.time=18:44}} {{n.oth=Zuzana Mrázová}}: platila som kartou {{card:mc:dash}}, potvrdenie z banky mám
"""),
    # 12 spa voucher, company
    T("""
Vážený pán {{n.sal=Kollár}},
ďakujeme za nákup darčekovej poukážky č. {{k.invalid_checksum_number=PK-######}} v hodnote {{k.amount=150 €}}. Faktúru sme vystavili na firmu s IČO {{ico:SK}} a IČ DPH {{skdic:SKsp}}, platnosť poukážky je {{k.quantity=12 mesiacov}}.

{{k.team_name=Wellness recepcia}}
{{k.brand=Kúpele Sliač}}
"""),
    # 13 API token in URL
    T("""
Webhook {{url_token=https://api.skladnik-demo.sk/v2/hooks/inbound?api_key=~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~}} vracia od verzie {{k.version=2.18.4}} chybu 401. Nastavovali sme ho {{k.date=5. 3.}}, odvtedy sa nám nenačítalo {{k.quantity=140 objednávok}}. Píšte na {{email=vyvoj@eshop-hracky.sk}}, IČO {{ico:SK}}.
"""),
    # 14 Czech customer
    T("""
Český odberateľ {{k.company=Elektro Vavřinec s.r.o.}} uvádza DIČ {{czdic:CZ}}. Môžeme mu fakturovať bez DPH? Naše IČ DPH je {{skdic:SK}}. Objednávka {{k.order_number=OBJ-26-####}}, hodnota {{k.amount=5 720 €}}.
"""),
    # 15 kindergarten application
    T("""
Prihláška do materskej školy, školský rok {{k.date=2026/27}}
Dieťa: {{n.oth=Nela Hrušková}}, r. č. {{rc:SK:slash:f:kid}}
Zákonný zástupca: {{n.oth=Michal Hruška}}
Telefón: {{ph:SK:0910 NNN NNN}}, e-mail: {{email=michal.hruska@azet.sk}}
Nástup od: {{k.date=1. 9. 2026}}
"""),
    # 16 aquarium shop
    T("""
Akvárium {{k.product_code=AQ-120L}} prišlo s prasknutým sklom, objednávka {{k.order_number=#######}}, cena {{k.amount=149,90 €}}. Fotky posielam v prílohe. Peniaze prosím vráťte na {{iban:SK:lower}}
"""),
    # 17 Polish supplier
    T("""
Poľský dodávateľ {{k.company=Meble Wiktoria sp. z o.o.}} má na faktúre {{k.invoice_number=FV/####/2026}} NIP {{nip:a}}, ale v objednávke bol iný. Volal som im na {{ph:PL:+48 (71) NNN NN NN}}, nikto to nedvíha.
"""),
    # 18 forwarded vet invoice
    T("""
Preposielam faktúru z veterinárnej ambulancie, prosím o preplatenie z poistky zvieraťa {{k.invalid_checksum_number=ZV-########}}.

---------- Preposlaná správa ---------
Od: {{k.brand=VetCentrum Prešov}} <{{email=faktury@vetcentrum-po.sk}}>
Dátum: {{k.date=po 9. 3. 2026}} o {{k.time=16:12}}
Predmet: Faktúra {{k.invoice_number=VF-2026-###}}

Dobrý deň, v prílohe faktúra za ošetrenie psa, suma {{k.amount=96,00 €}}, splatnosť {{k.quantity=14 dní}}.
"""),
    # 19 car service
    T("""
Zákazka {{k.order_number=Z-26-####}}: výmena rozvodov a vodnej pumpy, cena {{k.amount=612,00 €}} s DPH. Auto je pripravené od {{k.time=15:00}}. Otázky na servis {{ph:SK:02/NNNN NNNN}}, kl. 18.
{{k.company=Auto Ferko s.r.o.}}, IČO {{ico:SK}}
"""),
    # 20 claim form, table
    T("""
| Poistník | {{n.oth=Ladislav Oravec}} |
| Rodné číslo | {{rc:SK:slash:m}} |
| Telefón | {{ph:SK:00421 944 NNN NNN}} |
| IBAN pre plnenie | {{iban:SK:grp}} |
| Číslo poistnej zmluvy | {{k.invalid_checksum_number=#########}} |
| Dátum udalosti | {{k.date=12/03/2026}} |
"""),
    # 21 accountant confirmation
    T("""
Potrebujem pre účtovníčku potvrdenie o úhrade faktúr za {{k.date=1. štvrťrok}}. Firma {{k.company=Stolárstvo Vrabec}}, IČO: {{ico:SK:sp}}, DIČ: {{skdic:plain}}. Ide o faktúry {{k.invoice_number=F2026-###}} až {{k.invoice_number=F2026-###}}.
"""),
    # 22 husband
    T("""
Manžel volal na linku už {{k.quantity=trikrát}}, plyn nám odpojili, hoci faktúru {{k.invoice_number=2026/#####}} sme zaplatili {{k.date=20. februára}}. Zmluva je na neho, r. č. {{rc:SK:plain:m}}, číslo odberného miesta {{k.invalid_checksum_number=#########}}. Kontakt {{ph:SK:0911 NNN NNN}}.
"""),
    # 23 transfer to Czechia
    T("""
Poslal som {{k.amount=250 €}} na český účet {{iban:CZ:grp}}, ale prišlo len {{k.amount=6 012 Kč}}. Poplatok {{k.percent=2,5 %}} som nikde nevidel. Môj účet {{iban:SK:block}}, transakcia {{k.invalid_checksum_number=TX-##########}}.
"""),
    # 24 parcel to the UK
    T("""
Balík do Anglicka ({{k.tracking_number=CV#########SK}}) sa vrátil s poznámkou „adresa neznáma“. Adresa bola {{address=14 Mill Lane, Leeds LS6 2AB}}, telefón adresáta {{ph:GB:07NNN NNNNNN}}. Poštovné {{k.amount=28,50 €}}.
"""),
    # 25 pharmacy signature, name-like brand
    T("""
{{k.greeting_without_name=Dobrý deň}},
liek {{k.product_code=Euthyrox 50}} je na sklade od {{k.date=11. 3.}}, rezervácia č. {{k.order_number=######}} platí {{k.quantity=3 dni}}.

PharmDr. {{n.sig=Eva Mészárosová}}
{{k.job_title=vedúca lekárne}}
{{k.person_like_brand=Dr.Max}} {{k.city=Komárno}}
tel./fax: {{ph:SK:035/NNN NN NN}}
"""),
    # 26 marketplace scam
    T("""
Na {{k.brand=Facebook Marketplace}} som kupoval bicykel, predajca chcel zálohu {{k.amount=190 €}} na účet {{iban:CZ:block}} a potom prestal dvíhať telefón {{ph:CZ:736 NNN NNN}}. Podal som oznámenie na polícii, ČVS {{k.invalid_checksum_number=ORP-###/BA-##-2026}}.
"""),
    # 27 road vignette, no PII
    T("""
Zaplatil som ročnú eznámku, doklad o úhrade {{k.invoice_number=EZ-2026-########}}, cena {{k.amount=60 €}}, platnosť od {{k.date=01.03.2026}} na {{k.quantity=365 dní}}. V systéme ju však nevidno a dostal som výzvu {{k.ticket_number=VZ/####/2026}}.
"""),
    # 28 dental appointment
    T("""
Prosím presunúť termín u MUDr. {{n.oth=Lacka}} z {{k.date=17.3.}} {{k.time=10:20}} na iný deň. Pacientka: r. č. {{rc:SK:plain:f}}, poisťovňa {{k.brand=Dôvera}}. Volajte radšej po {{k.time=16:00}} na {{ph:SK:0905NNNNNN}}.
"""),
    # 29 company phone numbers porting
    T("""
Prenos čísel na firemný paušál ({{k.company=Geoplan Košice s.r.o.}}, IČO {{ico:SK}}):
{{ph:SK:0910 NNN NNN}}
{{ph:SK:0910 NNN NNN}}
{{ph:SK:0911 NNN NNN}}
Požadovaný dátum prenosu {{k.date=1.4.2026}}, paušál {{k.product_code=Biznis M}} za {{k.amount=19,90 €}}.
"""),
    # 30 informal, lower case
    T("""
dobry, moje rc je {{rc:SK:plain:f}} a karta {{card:visa:block}}, platba {{k.amount=89,99}} neprešla ale peniaze mi zobrali. objednavka {{k.order_number=#######}}
"""),
    # 31 tax office letter
    T("""
Výzva na úhradu nedoplatku na dani z nehnuteľností za rok {{k.date=2025}}: {{k.amount=86,40 €}}. Daňový subjekt DIČ {{skdic:plain}}. Platbu poukážte na {{iban:SK:block}}, variabilný symbol {{k.invalid_checksum_number=##########}}, do {{k.quantity=15 dní}}.

{{k.team_name=Mesto Prešov, referát miestnych daní}}
"""),
    # 32 car leasing
    T("""
Leasingová zmluva {{k.invalid_checksum_number=LZ-##-######}}: nájomca {{k.company=Kraus Transport s.r.o.}}, IČO {{ico:SK}}, za firmu podpisuje konateľ {{n.oth=Roman Sloboda}} (r. č. {{rc:SK:slash:m}}). Akontácia {{k.percent=20 %}}, mesačná splátka {{k.amount=612,35 €}}.
"""),
    # 33 courier, no PII
    T("""
Zásielka {{k.tracking_number=SPS-##########}} je od pondelka v stave „na ceste“. Podľa sledovania bola v depe {{k.city=Senec}} už {{k.quantity=4-krát}}. Objednávka {{k.order_number=#######}} za {{k.amount=312 €}}, dodanie sľúbené do {{k.date=10.03.}}
"""),
    # 34 informal, solar panels
    T("""
Čau {{n.sal=Miro}}, vďaka za ponuku na fotovoltiku {{k.quantity=6,4 kWp}} za {{k.amount=7 890 €}}. Dotácia je stále {{k.amount=3 000 €}}? Ozvi sa na {{ph:SK:0907 NNN NNN}}, večer po {{k.time=18.00}}.
{{n.sig=Tibor}}
"""),
    # 35 airline ticket
    T("""
Letenky {{k.brand=Wizz Air}} Bratislava – Londýn, rezervácia {{k.order_number=Q7@@@@}}, zaplatené kartou {{card:mc:block}} ({{k.amount=184,98 €}}), ale potvrdenie neprišlo a v aplikácii rezerváciu nevidím. Faktúru potrebujem na firmu: IČO {{ico:SK}}, IČ DPH {{skdic:SK}}.
"""),
    # 36 rental, Ukrainian tenant
    T("""
Nájomníčka: {{n.oth=Olena Kovalenko}}, pridelené r. č. {{rc:SK:slash:f}}, tel. {{ph:UA:+380 67 NNN NN NN}}. Nájom {{k.amount=550 €}} mesačne od {{k.date=1. 4. 2026}}, kaucia na účet {{iban:SK:grp}}.
"""),
    # 37 phone repair
    T("""
Reklamácia {{k.ticket_number=RMA######}}: telefón {{k.brand=Samsung}} {{k.product_code=Galaxy A54}}, sériové číslo {{k.product_code=R58@#######}}, po výmene displeja nefunguje dotyk. Servis trvá už {{k.quantity=32 dní}}. Kontakt {{email=p.duris@post.sk}}, {{ph:SK:0902 NNN NNN}}.
"""),
    # 38 restaurant booking cancel
    T("""
Rušíme rezerváciu stola na sobotu {{k.date=14.3.}} o {{k.time=19:30}} pre {{k.quantity=8 osôb}}, zálohu {{k.amount=80 €}} prosím vráťte na {{iban:SK:dash}}.
Vďaka, {{n.sig=Matej}} ({{ph:SK:+421948NNNNNN}})
"""),
    # 39 German partner
    T("""
Nemecký partner {{k.company=Fischer Logistik GmbH}} uvádza na faktúre USt-IdNr. {{devat:DE}}, my sme {{k.company=TransCargo Žilina s.r.o.}}, IČ DPH {{skdic:SK}}. Ich dispečing: {{ph:DE:+49 (0)89 NNNNNNN}}. Faktúra {{k.invoice_number=RE-2026-####}}.
"""),
    # 40 bank mortgage letter
    T("""
Vážená pani {{n.sal=Kováčiková}},
v návrhu hypotekárnej zmluvy {{k.invalid_checksum_number=HU-########}} je nesprávne rodné číslo. Správne je {{rc:SK:slash:m}}, adresa {{address=Štúrova 9, 010 01 Žilina}}. Výška úveru {{k.amount=142 000 €}}, fixácia {{k.quantity=5 rokov}}, úrok {{k.percent=3,89 %}}.

S pozdravom
{{n.sig=Vladimír Šebo}}
{{ph:SK:+421 41 NNN NNNN}}
"""),
]


ITEMS["ru"] = [
    # 01 telecom, self intro
    T("""
{{k.greeting_without_name=Здравствуйте}}! Меня зовут {{n.self=Алексей Воронин}}, номер {{ph:RU:+7 (916) NNN-NN-NN}} заблокировали после замены SIM-карты. Паспорт {{rupass:sp}}, договор № {{k.invalid_checksum_number=###-#######}}. Перезвоните, пожалуйста, после {{k.time=18:00}}.
"""),
    # 02 marketplace, no PII
    T("""
Заказ {{k.order_number=#########}} на {{k.brand=Wildberries}}: пришёл не тот размер, артикул {{k.product_code=#########}}. Возврат оформлен {{k.date=05.03.2026}}, а {{k.amount=3 499 ₽}} так и не вернули, прошло уже {{k.quantity=14 дней}}.
"""),
    # 03 B2B invoice
    T("""
Просим исправить счёт № {{k.invoice_number=###}} от {{k.date=10.03.2026}}: покупатель {{k.company=ООО «Северный ветер»}}, ИНН {{inn:10}}, ОГРН {{ogrn:13}}. Сумма {{k.amount=148 200,00 руб.}}, в т.ч. НДС {{k.percent=20%}}.
--
{{k.team_name=Бухгалтерия}}
"""),
    # 04 card dispute
    T("""
Оспариваю операцию по карте {{card:mir:sp}} от {{k.date=28.02.2026}} на {{k.amount=12 990 ₽}} в {{k.brand=OZON}}. Карта всё время была у меня, СМС с кодом не приходило. Обращение № {{k.ticket_number=#########}}.

{{n.sig=Смирнова Е.А.}}
"""),
    # 05 courier
    T("""
посылка {{k.tracking_number=##########}} (СДЭК) третий день в статусе «передана на доставку». адрес: {{address=620014, г. Екатеринбург, ул. Малышева, д. 45, кв. 12}}, телефон получателя {{ph:RU:89NNNNNNNNN}}. доставка оплачена, {{k.amount=450 р}}
"""),
    # 06 chat, passport
    T("""
Оператор: {{k.greeting_without_name=Добрый день}}! Чем могу помочь?
Клиент: хочу перенести номер {{ph:RU:8 (903) NNN-NN-NN}} на тариф {{k.product_code=«Безлимит 2.0»}}
Оператор: Назовите, пожалуйста, серию и номер паспорта владельца.
Клиент: {{rupass:plain}}
Оператор: Спасибо, тариф сменится {{k.date=1 апреля}}.
"""),
    # 07 pension office
    T("""
Заявление о перерасчёте пенсии
Заявитель: {{n.oth=Кузнецова Галина Ивановна}}
СНИЛС: {{snils:std}}
ИНН: {{inn:12}}
Паспорт: {{rupass:no}}
Номер обращения: {{k.ticket_number=####-##-#######}}
"""),
    # 08 gym, informal lower case
    T("""
привет, абонемент {{k.invalid_checksum_number=########}} заморозьте на {{k.quantity=2 недели}} плиз, я в командировке. это {{n.self=дима соколов}}, тел {{ph:RU:8-926-NNN-NN-NN}}
"""),
    # 09 motor insurance
    T("""
По убытку № {{k.ticket_number=####/##-#####}} (полис ОСАГО {{k.invalid_checksum_number=ХХХ ##########}}) выплата {{k.amount=87 400 руб.}} занижена почти на {{k.percent=40%}} по сравнению с калькуляцией СТО. Прошу пересчитать.

С уважением,
{{n.sig=Павел Игоревич Лебедев}}
тел. {{ph:RU:+7 912 NNN NN NN}}
"""),
    # 10 utilities, no PII
    T("""
Лицевой счёт {{k.invalid_checksum_number=##########}}. Показания на {{k.date=25.02.2026}}: ХВС {{k.quantity=345 м³}}, ГВС {{k.quantity=198 м³}}, счётчик ХВС № {{k.invalid_checksum_number=########}}. В квитанции за февраль насчитали {{k.amount=6 812,44 ₽}} по нормативу, прошу сделать перерасчёт.
"""),
    # 11 SaaS, reset link
    T("""
Ссылка для сброса пароля {{url_token=https://lk.crm-demo.ru/auth/reset?token=~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~}} выдаёт ошибку 403. Логин {{email=sales@teplodom-spb.ru}}, версия {{k.version=7.3.12}}, ИНН организации {{inn:10}}.
"""),
    # 12 hotel
    T("""
Уважаемая {{n.sal=Ольга Сергеевна}}!
Подтверждаем бронирование № {{k.order_number=########}} с {{k.date=12.06}} по {{k.date=15.06.2026}}, номер «Стандарт», {{k.quantity=2 гостя}}. Предоплата {{k.amount=9 600 ₽}} списана с карты {{card:visa:block}}.

{{k.team_name=Служба бронирования}} {{k.brand=отеля «Волна»}}
{{ph:RU:8 (862) NNN-NN-NN}}
"""),
    # 13 forwarded message
    T("""
Пересылаю данные нового сотрудника для договора ГПХ.

-------- Пересылаемое сообщение --------
От: {{n.oth=Игорь Петренко}} <{{email=petrenko.igor@mail.ru}}>
Дата: {{k.date=вторник, 10 марта 2026 г.}}, {{k.time=9:41}}
Тема: документы

Добрый день, мой ИНН {{inn:12}}, СНИЛС {{snils:plain}}.
"""),
    # 14 car service
    T("""
Заказ-наряд № {{k.order_number=ЗН-#######}}: замена ремня ГРМ и помпы, {{k.amount=18 750 ₽}}, пробег {{k.quantity=124 500 км}}. Машина будет готова {{k.date=в четверг}} после {{k.time=15:00}}. Вопросы по телефону {{ph:RU:+7 (343) NNN-NN-NN}}, доб. 214.
{{k.company=Автосервис «Гараж-66»}}, ИНН {{inn:10}}
"""),
    # 15 school
    T("""
Уважаемая {{n.sal=Марина Викторовна}}, сын {{n.oth=Артём}} болеет, в школе его не будет с {{k.date=10 по 13 марта}}, справку принесём. СНИЛС сына для льготного питания: {{snils:sp}}. Взнос на экскурсию {{k.amount=1 500 руб.}} перевела.
{{n.sig=Ковалёва Н.}}
"""),
    # 16 pet shop
    T("""
Корм {{k.brand=Purina Pro Plan}} {{k.quantity=14 кг}}, артикул {{k.product_code=PP-####-14}}, пришёл с порванным мешком. Заказ № {{k.order_number=#######}}, оплачено {{k.amount=7 290 ₽}}. Свяжитесь со мной: {{ph:RU:+79NNNNNNNNN}}
"""),
    # 17 Ukrainian supplier
    T("""
Наш поставщик из Киева, {{k.company=ТОВ «Агросвіт»}}, код ЄДРПОУ {{edrpou}}, прислал счёт {{k.invoice_number=СФ-####}} на {{k.amount=12 400 USD}} с реквизитами {{iban:UA:grp}}. Их бухгалтерия: {{ph:UA:+380 44 NNN NN NN}}. Можно ли платить с валютного счёта?
"""),
    # 18 sole proprietor
    T("""
Реквизиты для договора: ИП {{n.oth=Зайцев Андрей Викторович}}, ОГРНИП {{ogrn:15}}, ИНН {{inn:12}}, юр. адрес {{address=г. Казань, ул. Баумана, д. 12, оф. 3}}. Договор № {{k.invalid_checksum_number=Д-###/26}} от {{k.date=02.03.2026}}.
"""),
    # 19 self intro "это ... из"
    T("""
Добрый день, это {{n.self=Светлана}} из {{k.company=«ТехноСтрой»}} (ИНН {{inn:10}}, ОГРН {{ogrn:13}}), по счёту № {{k.invoice_number=####}} от {{k.date=3 марта}} оплата ещё не поступила, {{k.amount=56 300 ₽}}. Перезвоните, т. {{ph:RU:8 (812) NNN NN NN}}
"""),
    # 20 form table
    T("""
ФИО | {{n.oth=Орлов Дмитрий Сергеевич}}
СНИЛС | {{snils:std}}
ИНН | {{inn:12}}
Телефон | {{ph:RU:+7 (999) NNN-NN-NN}}
Номер заявки | {{k.ticket_number=######}}
Дата обращения | {{k.date=2026-03-11}}
"""),
    # 21 office phones
    T("""
С {{k.date=1 апреля}} у нас меняются номера офиса: бухгалтерия {{ph:RU:8 (495) NNN-NN-NN}} / {{ph:RU:8 (495) NNN-NN-NN}}, склад {{ph:RU:+7 (499) NNN-NN-NN}}. ИНН компании {{inn:10}} остаётся прежним, договор № {{k.invalid_checksum_number=##/##-АБ}} продлевается.
"""),
    # 22 pharmacy order, no PII
    T("""
Заказ в аптеке {{k.brand=Ригла}} на {{k.street_as_brand=Тверской}} № {{k.order_number=########}} на {{k.amount=2 318,50 ₽}}: из {{k.quantity=5 позиций}} привезли 4, нет {{k.product_code=Нурофен 200 мг}}. Срок хранения заказа до {{k.date=14.03}}, пункт выдачи работает до {{k.time=21:00}}.
"""),
    # 23 quoted reply
    T("""
Добрый день! Карта для возврата: {{card:mc:sp}}, ИНН для чека {{inn:12}}.

{{k.date=10 марта 2026 г.}}, в {{k.time=12:14}}, {{n.oth=Наталья Белова}} <{{email=n.belova@shop-mebel.ru}}> написал(а):
> Для возврата {{k.amount=24 990 ₽}} укажите, пожалуйста, номер карты, с которой производилась оплата.
"""),
    # 24 glued labels
    T("""
Реквизиты покупателя: {{k.company=АО «Уралхиммаш-Сервис»}}, ИНН{{inn:10}}, ОГРН{{ogrn:13}}, тел.{{ph:RU:+73432NNNNNN}}. Счёт на оплату № {{k.invoice_number=У-#####}}, срок {{k.quantity=5 банковских дней}}.
"""),
    # 25 courier, name in "ask for"
    T("""
Курьер {{k.brand=Boxberry}} привёз коробку без товара, трек {{k.tracking_number=@@##########}}. Акт составлен, его подписал администратор ПВЗ. Стоимость заказа {{k.amount=5 640 ₽}}. Мой номер: {{ph:RU:8 (917) NNN-NN-NN}}
"""),
    # 26 bank transfer, name-like brand
    T("""
Перевёл с карты {{card:mir:sp}} через {{k.person_like_brand=Тинькофф}} {{k.amount=25 000 ₽}} по номеру телефона {{ph:RU:+7 905 NNN-NN-NN}}, получатель отобразился другой, и деньги ушли не тому человеку. Номер операции {{k.invalid_checksum_number=A6###########}}, время {{k.time=14:27}}.
"""),
    # 27 ISP team reply, no PII
    T("""
{{k.greeting_without_name=Уважаемый абонент}}!
По заявке № {{k.ticket_number=#######}} мастер приедет {{k.date=17.03.2026}} с {{k.time=10:00}} до {{k.time=14:00}}. Скорость по тарифу {{k.quantity=500 Мбит/с}}, абонентская плата {{k.amount=690 ₽}} в месяц.

С уважением,
{{k.team_name=служба технической поддержки}} {{k.brand=Дом.ру}}
"""),
    # 28 HR certificate request
    T("""
Прошу выдать справку о доходах за {{k.date=2025 год}}. Табельный номер {{k.invalid_checksum_number=####}}, ИНН {{inn:12}}, СНИЛС {{snils:dash}}. Справку можно прислать на {{email=a.petrova83@yandex.ru}}.

{{n.sig=Петрова А. В.}}
"""),
    # 29 club card, invalid 16 digits
    T("""
Карта клуба {{k.invalid_checksum_number=#### #### #### ####}} не проходит на турникете с {{k.date=понедельника}}. Продлевал на {{k.quantity=12 месяцев}} за {{k.amount=34 900 ₽}}, оплачивал картой {{card:mir:dash}}.
"""),
    # 30 property tax
    T("""
Налоговое уведомление № {{k.invoice_number=########}}: налог на квартиру {{k.amount=4 112 ₽}}, кадастровый номер {{k.invalid_checksum_number=77:06:000####:####}}. Объект: {{address=г. Москва, ул. Профсоюзная, д. 93, кв. 41}}. Мой ИНН {{inn:12}}, квартира продана ещё {{k.date=15.08.2024}}.
"""),
    # 31 licence number shaped like SNILS
    T("""
Номер лицензии {{k.invalid_checksum_number=###-###-### ##}} не принимается в программе после обновления до {{k.version=12.0.4}}. Лицензия на {{k.quantity=10 рабочих мест}}, куплена {{k.date=2026-01-20}}, счёт {{k.invoice_number=Л-####}}. Пишите на {{email=it@zavod-polimer.ru}}, ИНН {{inn:10}}
"""),
    # 32 signature block
    T("""
Коллеги, добрый день.
Направляем заявку на поставку {{k.quantity=40 т}} цемента М500, спецификация № {{k.invalid_checksum_number=#/2026}}.

С уважением,
{{n.sig=Андрей Кириллов}}
{{k.job_title=менеджер по закупкам}}
{{k.company=ООО «Промснаб»}}
моб. {{ph:RU:+7-922-NNN-NN-NN}}
ИНН/КПП {{inn:10}}/{{k.invalid_checksum_number=#########}}
"""),
    # 33 husband, loan
    T("""
Муж, {{n.oth=Сергей Николаевич Гусев}}, оформлял кредит № {{k.invalid_checksum_number=####-####-##}} в {{k.date=2023}} году. Его паспорт {{rupass:sp}}, ИНН {{inn:12}}. Он в больнице, прошу отсрочку платежа {{k.amount=18 420 руб.}} на {{k.quantity=3 месяца}}.
"""),
    # 34 ask for someone
    T("""
По оптовым ценам обращайтесь в отдел продаж: {{ph:RU:8 800 NNN-NN-NN}}, доб. 5. Минимальная партия {{k.quantity=200 шт.}}, скидка {{k.percent=7%}} от {{k.amount=100 000 ₽}}. ИНН поставщика {{inn:10}}.
"""),
    # 35 card in quotes
    T("""
Номер карты "{{card:visa:dash}}" сайт {{k.brand=Яндекс Маркет}} считает недействительным, хотя в банке с ней всё в порядке. Заказ {{k.order_number=##########}}, сумма {{k.amount=1 990 ₽}}.
"""),
    # 36 rental contract
    T("""
Договор найма квартиры от {{k.date=01.04.2026}}: наниматель, паспорт {{rupass:sp}}, телефон {{ph:RU:8 (921) NNN-NN-NN}}. Плата {{k.amount=45 000 ₽}} в месяц, залог {{k.amount=45 000 ₽}}, показания счётчика электроэнергии {{k.quantity=23 561 кВт·ч}}.
"""),
    # 37 IT support
    T("""
Кассовый аппарат {{k.brand=АТОЛ}} {{k.product_code=30Ф}}, заводской № {{k.invalid_checksum_number=00106#########}}, прошивка {{k.version=5.8.18}}: после обновления не печатает чек. Обращение {{k.ticket_number=#######}}, ИНН магазина {{inn:10}}, телефон {{ph:RU:+7 (831) NNN-NN-NN}}.
"""),
    # 38 Ukrainian RNOKPP in Russian
    T("""
Я из Харькова, для перевода нужен мой ИНН (РНОКПП): {{rnokpp}}. Карта {{card:mc:block}}, получатель — мой брат, телефон {{ph:UA:+380 (66) NNN-NN-NN}}. Сумма {{k.amount=1 200 EUR}}.
"""),
    # 39 German supplier
    T("""
Немецкий поставщик {{k.company=Kessler Maschinen GmbH}} (USt-IdNr. {{devat:DEsp}}) выставил инвойс {{k.invoice_number=RE-2026-#####}} на {{k.amount=18.400,00 €}}. Менеджер отвечает по телефону {{ph:DE:+49 711 NNNNNNN}}. Наш ИНН {{inn:10}}.
"""),
    # 40 long complaint letter
    T("""
Уважаемый {{n.sal=Игорь Валентинович}}!

{{k.date=27 февраля}} в вашем салоне {{k.brand=«М.Видео»}} был оформлен кредит на телевизор {{k.product_code=55UR78006LK}} на моё имя без моего согласия. Мои данные: паспорт {{rupass:no}}, ИНН {{inn:12}}, СНИЛС {{snils:std}}. Договор № {{k.invalid_checksum_number=########-##}}, сумма {{k.amount=64 990 ₽}}.

Прошу расторгнуть договор и ответить письменно по адресу: {{address=143005, Московская обл., г. Одинцово, ул. Солнечная, д. 8, кв. 27}}.

С уважением,
{{n.sig=Татьяна Михайловна Рябова}}
{{ph:RU:+7 (926) NNN-NN-NN}}
"""),
]


ITEMS["uk"] = [
    # 01 roaming charges, self intro
    T("""
{{k.greeting_without_name=Вітаю}}! Мене звати {{n.self=Оксана Литвиненко}}. За {{k.quantity=4 дні}} у Польщі з мого номера {{ph:UA:067 NNN NNNN}} зняли {{k.amount=1 180 грн}} за роумінг, хоча пакет {{k.product_code=«Європа 10 ГБ»}} був активний. Особовий рахунок {{k.invalid_checksum_number=#########}}, РНОКПП {{rnokpp}}.
"""),
    # 02 marketplace, no PII
    T("""
Замовлення № {{k.order_number=#########}} на {{k.brand=Rozetka}}: замість {{k.product_code=Xiaomi Redmi Note 13 8/256}} привезли версію {{k.product_code=6/128}}. Різниця {{k.amount=1 400 грн}}, повернення оформила {{k.date=04.03.2026}}, заявка {{k.ticket_number=R-#######}}.
"""),
    # 03 reconciliation act
    T("""
Доброго дня! Надсилаємо акт звірки взаєморозрахунків за {{k.date=I квартал 2026}}. Сальдо на користь {{k.company=ТОВ «Будмайстер Плюс»}} (ЄДРПОУ {{edrpou}}) становить {{k.amount=84 600,00 грн}}. Просимо підписати в {{k.brand=M.E.Doc}} до {{k.date=10.04}} або надіслати скан на {{email=buh@budmaister.com.ua}}.
"""),
    # 04 app review with signature
    T("""
★☆☆☆☆ Після оновлення застосунку до {{k.version=5.21}} двічі списало {{k.amount=2 349 грн}} за одну покупку. Підтримка відповіла аж через {{k.quantity=5 днів}}, звернення {{k.ticket_number=#######}} досі «в обробці».
Відгук покупця з {{k.city=Житомира}}
"""),
    # 05 courier
    T("""
Відправлення {{k.brand=Укрпошти}} {{k.tracking_number=0500#########}} вже тиждень «прямує до відділення». Адреса доставки {{address=вул. Шевченка, 14, кв. 7, м. Біла Церква}}, отримувач тел. {{ph:UA:+38 097 NNN NN NN}}. Оплачено {{k.amount=95 грн}} за доставку
"""),
    # 06 chat, RNOKPP
    T("""
Оператор {{n.oth=Ярослава}}: {{k.greeting_without_name=Вітаю}}! Чим можу допомогти?
Клієнт: треба переоформити договір {{k.invalid_checksum_number=#######/##}} на мене
Оператор {{n.oth=Ярослава}}: Вкажіть, будь ласка, ваш ІПН.
Клієнт: {{rnokpp}}
"""),
    # 07 formal "Я, ..." request
    T("""
Прошу видати довідку про склад сімʼї. Я, {{n.self=Гнатюк Василь Степанович}}, РНОКПП {{rnokpp}}, зареєстрований за адресою {{address=вул. Героїв Майдану, 31, кв. 5, м. Тернопіль, 46001}}. Довідку заберу особисто в ЦНАП {{k.date=у четвер}}; тел. {{ph:UA:(0352) NN-NN-NN}}.
"""),
    # 08 gym, informal
    T("""
привіт, я {{n.self=андрій}}, заморозьте абонемент {{k.invalid_checksum_number=########}} на {{k.quantity=3 тижні}}, я поїхав у відрядження. номер для звʼязку {{ph:UA:063-NNN-NN-NN}}
"""),
    # 09 insurance, Polish party
    T("""
Страховий випадок № {{k.ticket_number=СВ-2026-#####}}, мій поліс {{k.invalid_checksum_number=ЕР-#########}}. Винуватець ДТП — громадянин Польщі, у протоколі вказав PESEL {{pesel}} і телефон {{ph:PL:+48 5NN NNN NNN}}. Збиток оцінили в {{k.amount=38 700 грн}}.
"""),
    # 10 electricity, no PII
    T("""
З {{k.date=1 квітня}} тариф на електроенергію {{k.amount=4,32 грн}} за кВт·год, а мені нарахували за старим. EIC-код {{k.invalid_checksum_number=62Z##########@}}, споживання за березень {{k.quantity=286 кВт·год}}, різниця {{k.amount=312,40 грн}}.
"""),
    # 11 invite link with token
    T("""
Запрошення до робочого простору {{url_token=https://team.taskhub-demo.com.ua/invite?code=~~~~~~~~~~~~~~~~~~~~~~~~}} прийшло на мою стару пошту. Перешліть, будь ласка, на {{email=yulia.shevchuk@gmail.com}}. Компанія ЄДРПОУ {{edrpou}}, тариф {{k.product_code=Team 10}}.
"""),
    # 12 dentist reminder, vocative with patronymic
    T("""
Шановна {{n.sal=Оксано Петрівно}}!
Нагадуємо про прийом у стоматолога {{k.date=18.03}} о {{k.time=15:30}}. Вартість консультації {{k.amount=600 грн}}. Щоб перенести візит, телефонуйте {{ph:UA:+380 (3434) N-NN-NN}}.
{{k.brand=Клініка «Дентал Про»}}
"""),
    # 13 forwarded email
    T("""
Пересилаю реквізити нового постачальника, внесіть у базу.

---------- Переслане повідомлення ---------
Від: {{n.oth=Максим Кравчук}} <{{email=m.kravchuk@tehnoprom.ua}}>
Дата: {{k.date=пн, 9 бер. 2026 р.}} о {{k.time=10:27}}
Тема: реквізити

ТОВ «Техно-Пром», ЄДРПОУ {{edrpou}}, IBAN {{iban:UA:grp}}
"""),
    # 14 car service SMS
    T("""
СТО «Автодок»: Ваше авто готове. До сплати {{k.amount=14 300 грн}}, замовлення-наряд {{k.order_number=ЗН-######}}. Працюємо до {{k.time=19:00}}. Інфо: {{ph:UA:+380 (32) NNN-NN-NN}}. ФОП, РНОКПП {{rnokpp}}
"""),
    # 15 school
    T("""
Шановна {{n.sal=Галино Іванівно}}, донька {{n.oth=Софійка}} захворіла, у школі не буде до {{k.date=13.03}}. Для безкоштовного харчування надсилаю її РНОКПП: {{rnokpp}}. Батьківський внесок {{k.amount=300 грн}} переказала.
"""),
    # 16 pet shop, list
    T("""
Проблема: корм {{k.brand=Club 4 Paws}} {{k.quantity=14 кг}} прострочений ({{k.date=02.2026}})
Артикул: {{k.product_code=C4P-####}}
Замовлення: {{k.order_number=#######}}, {{k.amount=1 899 грн}}
Телефон: {{ph:UA:+380NNNNNNNNN}}
"""),
    # 17 Polish partner
    T("""
Польський партнер {{k.company=Drewnex Sp. z o.o.}} надіслав інвойс {{k.invoice_number=FV/####/2026}} з NIP {{nip:PLsp}} і рахунком {{iban:PL:grp}}. Сума {{k.amount=12 480,00 PLN}}. Чи можемо платити в злотих?
"""),
    # 18 sole proprietor details
    T("""
Реквізити для договору: ФОП {{n.oth=Коваль Ірина Олегівна}}, РНОКПП {{rnokpp}}, IBAN {{iban:UA:grp}}, тел. {{ph:UA:+380 93 NNN NN NN}}. Договір № {{k.invalid_checksum_number=##/26-П}} від {{k.date=05.03.2026}}.
"""),
    # 19 call-back request
    T("""
Передзвоніть мені, будь ласка, я {{n.self=Тарас Мельничук}}. Питання щодо встановлення {{k.product_code=сонячної станції 10 кВт}}, заявка {{k.ticket_number=WEB-#####}}. Мій номер {{ph:UA:(0432) NN-NN-NN}}, зручно після {{k.time=17:00}}. Для договору: РНОКПП {{rnokpp}}.
"""),
    # 20 form table
    T("""
ПІБ | {{n.oth=Савчук Тетяна Миколаївна}}
РНОКПП | {{rnokpp}}
Телефон | {{ph:UA:+380 (50) NNN-NN-NN}}
IBAN | {{iban:UA:grp}}
Номер заявки | {{k.ticket_number=#####}}
Дата | {{k.date=2026-03-12}}
"""),
    # 21 Viber numbers
    T("""
Якщо не додзвонитесь на {{ph:UA:(044) NNN-NN-NN}}, пишіть у Viber: {{ph:UA:+380 95 NNN NN NN}} / {{ph:UA:+380 95 NNN NN NN}}. Рахунок {{k.invoice_number=№ ###}} виставлено на ЄДРПОУ {{edrpou}}, сума {{k.amount=7 460 грн}}.
"""),
    # 22 clinic, no PII
    T("""
Записався до сімейного лікаря через {{k.brand=Helsi}} на {{k.date=18.03}} о {{k.time=11:40}}, номер декларації {{k.invalid_checksum_number=####-####-####}}. Але реєстратура каже, що запису немає, а направлення {{k.ticket_number=####-@@##-####-####}} вже неактивне.
"""),
    # 23 quoted reply
    T("""
Добрий день, рахунок для повернення: {{iban:UA:lowergrp}}

{{k.date=11 бер. 2026 р.}} о {{k.time=14:02}} {{n.oth=Ольга Мельник}} <{{email=o.melnyk@kyivenergo-service.ua}}> пише:
> Для повернення переплати {{k.amount=812,30 грн}} надішліть, будь ласка, IBAN.
"""),
    # 24 payment order, glued labels
    T("""
Призначення платежу: оплата за рахунком № {{k.invoice_number=ХМК-#####}} від {{k.date=04.03.2026}}, у т.ч. ПДВ {{k.amount=1 560,00 грн}}.
Отримувач: {{k.company=ПП «Харківметалоконструкція»}}, ЄДРПОУ{{edrpou}}, р/р {{iban:UA:block}}
Тел.{{ph:UA:+380(57)NNN-NN-NN}}
"""),
    # 25 international parcel
    T("""
Посилка з Польщі {{k.tracking_number=LY#########PL}} стоїть на митниці в {{k.city=Ягодині}} з {{k.date=2 березня}}. Вартість {{k.amount=148 EUR}}, мито нараховано {{k.amount=2 130 грн}}. Мій телефон для СМС {{ph:UA:098 NNN NN NN}}, РНОКПП для митниці {{rnokpp}}.
"""),
    # 26 restaurant, name-like brand
    T("""
Бронювали стіл у {{k.person_like_brand=Мама Манана}} на {{k.date=8 березня}}, {{k.time=19:00}}. Передоплату {{k.amount=1 000 грн}} зняли двічі з картки {{card:visa:sp}}. Бронювання {{k.order_number=#####}}.
"""),
    # 27 forwarded SMS, no PII
    T("""
Мені прийшло таке SMS, але я рахунок не поповнювала:
«Kyivstar: Ваш рахунок поповнено на {{k.amount=200 грн}}. Баланс {{k.amount=236,40 грн}}. Тариф {{k.product_code=«Безлімітний»}} діє до {{k.date=14.04.2026}}.»
Це може бути шахрайство?
"""),
    # 28 student certificate
    T("""
Прошу видати довідку з місця навчання для ТЦК. {{n.self=Бойко Олег Миколайович}}, група КН-21, студентський квиток {{k.invalid_checksum_number=КВ ########}}, РНОКПП {{rnokpp}}. Довідку надішліть на {{email=o.boiko.81@ukr.net}}.
"""),
    # 29 supermarket bonus card
    T("""
Бонусна картка {{k.brand=Сільпо}} прив'язана до номера {{ph:UA:+380 67 NNN NN NN}}, але бали за покупки з {{k.date=лютого}} не нараховуються. Номер картки {{k.invalid_checksum_number=#### #### #### ####}}, чек {{k.invoice_number=####/######}} на {{k.amount=1 264,90 грн}}, оплата карткою {{card:mc:sp}}.
"""),
    # 30 land lease
    T("""
Договір оренди земельної ділянки, кадастровий номер {{k.invalid_checksum_number=##########:##:###:####}}, площа {{k.quantity=2,41 га}}. Орендна плата {{k.amount=18 000 грн}} на рік перераховується на {{iban:UA:grp}}. Орендодавець: РНОКПП {{rnokpp}}.
"""),
    # 31 water meter, no PII
    T("""
Повірка лічильника води {{k.invalid_checksum_number=##########}} закінчилась у {{k.date=січні 2026}}. Скільки коштує повірка, {{k.amount=450 грн}} чи більше? І чи можна записатися на {{k.date=21.03}}?
"""),
    # 32 signature with pipes
    T("""
Надсилаємо оновлений прайс на селітру, ціна {{k.amount=19 800 грн/т}} діє до {{k.date=31.03}}.

—
З найкращими побажаннями,
{{n.sig=Олександр Гончаренко}} | {{k.company=Агрохім-Поділля}}
т. {{ph:UA:+380 67 NNN NN NN}} | {{email=o.honcharenko@agrohim-podillia.ua}} | ЄДРПОУ {{edrpou}}
"""),
    # 33 wife
    T("""
Моя дружина, {{n.oth=Наталія}}, оплатила кредит {{k.invalid_checksum_number=КР-########}} зі своєї картки {{card:visa:dash}}, а платіж {{k.amount=4 250 грн}} не зарахували. Кредит оформлений на мене, РНОКПП {{rnokpp}}.
"""),
    # 34 colleague
    T("""
Колега {{n.oth=Ірина Василівна}} сказала, що ваш номер {{ph:UA:0 800 NNN NNN}} безкоштовний, але мені зняли {{k.amount=12 грн}} за хвилину. Дзвонила {{k.date=06.03}} о {{k.time=10:15}}, розмова {{k.quantity=7 хв}}.
"""),
    # 35 card in brackets
    T("""
{{k.brand=Prom.ua}} не приймає оплату, пише «невірні дані» (картка {{card:mc:dash}}). Замовлення {{k.order_number=#########}}, сума {{k.amount=3 120 грн}}, продавець {{k.company=«ТехноМаркет»}}, ЄДРПОУ {{edrpou}}.
"""),
    # 36 rental scam
    T("""
На {{k.brand=OLX}} «власник» квартири просить передоплату {{k.amount=5 000 грн}} на картку {{card:visa:block}} і не показує житло. Оголошення {{k.order_number=#########}}, його телефон {{ph:UA:+380 (68) NNN NN NN}}. Чи можете заблокувати?
"""),
    # 37 router
    T("""
Роутер {{k.brand=TP-Link}} {{k.product_code=Archer C6}} після оновлення прошивки до {{k.version=1.3.5}} постійно перезавантажується. Договір {{k.invalid_checksum_number=ІНТ-######}} на {{k.company=ТОВ «Фермер-Агро»}}, ЄДРПОУ {{edrpou}}, звʼязок {{ph:UA:+380 (57) NNN-NN-NN}}.
"""),
    # 38 worker in Czechia
    T("""
Мені в Чехії присвоїли rodné číslo {{rc:CZ:slash}}, а роботодавець {{k.company=Kovona Plzeň s.r.o.}} має IČO {{ico:CZ}}. Для довідки про доходи вкажіть також мій чеський номер {{ph:CZ:+420 77N NNN NNN}}.
"""),
    # 39 German client
    T("""
Німецький клієнт {{k.company=Brandt Möbel GmbH}} вказав у замовленні {{k.order_number=PO-#####}} USt-IdNr. {{devat:DE}}. Контакт: {{ph:DE:+49 (0)40 NNNNNNN}}. Наш ЄДРПОУ {{edrpou}}, сума {{k.amount=9 860,00 €}}.
"""),
    # 40 thank-you letter with warranty data
    T("""
Шановний пане {{n.sal=Олеже}}!

Дякую за швидкий ремонт бойлера {{k.product_code=Ariston Velis 80}} за гарантією. Як домовлялися, надсилаю дані для акта: гарантійний талон {{k.invalid_checksum_number=ГТ-#######}}, мій РНОКПП {{rnokpp}}, адреса {{address=вул. Соборна, 17, кв. 3, м. Рівне, 33028}}. Компенсацію {{k.amount=850 грн}} за виклик прошу на картку {{card:mc:sp}}.

З повагою,
{{n.sig=Людмила Ковальчук}}
{{ph:UA:+380 (96) NNN-NN-NN}}
"""),
]


ITEMS["en"] = [
    # 01 energy supplier, meter reading
    T("""
Hi, my smart meter stopped sending readings on {{k.date=2 March}}. Account {{k.invalid_checksum_number=A-@@######}}, meter serial {{k.invalid_checksum_number=##@#######}}. Today's reading is {{k.quantity=41 872 kWh}}, and the last bill ({{k.amount=£212.40}}) is clearly estimated. Text me on {{ph:GB:07NNN NNNNNN}} if an engineer needs access.
"""),
    # 02 Polish supplier bank details
    T("""
Dear Sirs,

please find our bank details for invoice {{k.invoice_number=FV/####/03/2026}} below:
{{k.company=Meblex Sp. z o.o.}}
NIP {{nip:a}}
IBAN {{iban:PL:grp}}

Best regards,
{{n.sig=Katarzyna Wójcik}}
{{k.job_title=Export Manager}}
{{ph:PL:+48 61 NNN NN NN}}
"""),
    # 03 GP referral
    T("""
Dear Dr {{n.sal=Okafor}},

Re: {{n.oth=Margaret Ellis}}, NHS No. {{nhs:sp}}
The cardiology clinic has moved her appointment to {{k.date=Tue 17 March}} at {{k.time=2.45pm}} (clinic ref {{k.ticket_number=RJ1-######}}). Please let her know, as we could not reach her by phone.

Kind regards,
{{n.sig=Helen Marsh}}
{{k.job_title=Outpatient Booking Coordinator}}
"""),
    # 04 card dispute
    T("""
I'm disputing a charge of {{k.amount=£249.99}} taken on {{k.date=28/02/2026}} by {{k.brand=FlyNow Travel}}. I cancelled within the {{k.quantity=14-day}} window. The card used was {{card:visa:sp}}. Your reference for my complaint is {{k.ticket_number=CMP#######}}.
"""),
    # 05 Royal Mail
    T("""
parcel {{k.tracking_number=@@#########GB}} says delivered but nothing here. address is {{address=Flat 3, 27 Granby Street, Leicester LE1 6EJ}}, you can ring me on {{ph:GB:+44 7NNN NNNNNN}}. it's a birthday present worth {{k.amount=£85}} so pretty urgent
"""),
    # 06 chat, VAT number
    T("""
[{{k.time=10:02}}] Agent {{n.oth=Priya}}: Thanks for waiting! How can I help today?
[{{k.time=10:03}}] You: our invoices still show the old VAT number, the correct one is {{gbvat:GB}}
[{{k.time=10:04}}] Agent {{n.oth=Priya}}: Updated. Future invoices from {{k.invoice_number=INV-######}} onwards will show it.
"""),
    # 07 council tax, self intro
    T("""
My name is {{n.self=Gareth Hughes}} and I moved out of {{address=14 Elm Grove, Bristol BS7 8LR}} on {{k.date=31 January 2026}}. Council Tax account {{k.invalid_checksum_number=########}} still shows me liable for {{k.amount=£1,874.32}}. Please close it; my landline is {{ph:GB:0117 NNN NNNN}}.
"""),
    # 08 gym, informal
    T("""
hiya, can you freeze membership {{k.invalid_checksum_number=#######}} for {{k.quantity=6 weeks}}? broke my wrist lol. the {{k.amount=£34.99}} went out on the {{k.date=1st}} anyway
cheers, {{n.sig=jess}} {{ph:GB:07NNNNNNNNN}}
"""),
    # 09 insurance claim, Czech driver
    T("""
Claim {{k.ticket_number=MTR-2026-#####}} (policy {{k.invalid_checksum_number=@@@#######}}): the other driver was a Czech lorry driver from {{k.company=Trans Morava s.r.o.}} (IČO {{ico:CZ}}). He gave me his Czech mobile {{ph:CZ:+420 60N NNN NNN}} but it's switched off. Repair estimate {{k.amount=£3,460}}.
"""),
    # 10 SaaS invoice, no PII
    T("""
Invoice {{k.invoice_number=INV-2026-####}} charges us for {{k.quantity=25 seats}} on {{k.product_code=Team Pro}} at {{k.amount=$12.00}} each, but we dropped to 18 seats on {{k.date=2026-02-14}}. Since updating to {{k.version=4.18.2}} the billing page also shows {{k.percent=20%}} VAT twice. Our VAT number is {{gbvat:GB}}.
"""),
    # 11 reset link
    T("""
The reset link you sent ({{url_token=https://accounts.shopwise-demo.co.uk/reset?token=~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~}}) says it has expired after {{k.quantity=10 minutes}}. Account email {{email=orders@harbourcandles.co.uk}}, company VAT {{gbvat:plain}}.
"""),
    # 12 hotel
    T("""
Dear Mr {{n.sal=Adebayo}},

Thank you for booking with us. Your reservation {{k.order_number=GR######}} for {{k.date=12–14 June 2026}} is guaranteed with the card {{card:mc:dash}}. Check-in is from {{k.time=3pm}}.

{{k.team_name=Reservations Team}}
{{k.brand=The Grange Hotel}}, {{k.city=York}}
{{ph:GB:+44 (0)1904 NNNNNN}}
"""),
    # 13 forwarded message
    T("""
Can you add this supplier? See below.

---------- Forwarded message ---------
From: {{n.oth=Tomasz Kaczmarek}} <{{email=t.kaczmarek@polstal-export.pl}}>
Date: Mon, {{k.date=9 Mar 2026}} at {{k.time=11:20}}
Subject: supplier registration

Our VAT ID is {{nip:PL}}, REGON {{regon}}. Phone {{ph:PL:+48 32 NNN NN NN}}.
"""),
    # 14 garage
    T("""
Job card {{k.order_number=JC-#####}}: MOT plus front brake pads, total {{k.amount=£318.50}} inc VAT. Car ready after {{k.time=4:30}} tomorrow. If you have questions ask for {{n.oth=Dave}} in the workshop, {{ph:GB:0113 NNN NNNN}}.
{{k.company=Kirkstall Road Motors}} · VAT Reg. {{gbvat:sp}}
"""),
    # 15 school absence
    T("""
Dear Mrs {{n.sal=Thompson}},
{{n.oth=Amelia}} won't be in school from {{k.date=Wed 11th}} to {{k.date=Fri 13th March}}, she has chickenpox. We've paid the {{k.amount=£22}} for the trip through ParentPay (ref {{k.invoice_number=PP#######}}).
Many thanks,
{{n.sig=Claire Fitzgerald}}
{{ph:GB:077NN NNN NNN}}
"""),
    # 16 pet food, name-like brand
    T("""
Ordered {{k.quantity=6 x 800g}} trays of {{k.person_like_brand=Lily's Kitchen}} (SKU {{k.product_code=LK-####-@}}), got {{k.quantity=6 x 150g}} instead. Order {{k.order_number=#########}}, paid {{k.amount=£41.94}} with {{card:mc:block}}. Can you send the right ones?
"""),
    # 17 German supplier
    T("""
Hello,
for the outstanding invoice {{k.invoice_number=RE-2026-#####}} ({{k.amount=€4.380,00}}) please transfer to {{iban:DE:grp}}. Our VAT ID: {{devat:DEsp}}. Payment term {{k.quantity=30 days}} net.
{{k.team_name=Accounts Receivable}}
{{k.company=Hanse Verpackung GmbH}}
"""),
    # 18 quoted reply
    T("""
Thanks, the account for the refund is {{iban:SK:grp}}.

On Tue, {{k.date=10 Mar 2026}} at {{k.time=16:41}}, {{n.oth=Zuzana Horváthová}} <{{email=zuzana.horvathova@tatrawear.sk}}> wrote:
> Hello, we can refund {{k.amount=€64.90}} for order {{k.order_number=TW-######}}. Please send us your IBAN.
"""),
    # 19 this is X from
    T("""
Hi, this is {{n.self=Ben Carter}} from {{k.company=Carter & Lowe Ltd}} (VAT {{gbvat:GBsp}}). We still haven't received the credit note for PO {{k.order_number=CL-####}}, {{k.amount=£1,240.00}}. Best number for me is {{ph:GB:+44 (0)161 NNN NNNN}}.
"""),
    # 20 referral form
    T("""
Name: {{n.oth=Daniel Okonkwo}}
NHS number: {{nhs:plain}}
Mobile: {{ph:GB:07NNN NNNNNN}}
Email: {{email=dan.okonkwo@outlook.com}}
Referral ref: {{k.ticket_number=ERS-########}}
Preferred date: {{k.date=after 20/03}}
"""),
    # 21 telecom porting
    T("""
Please port both numbers {{ph:GB:07NNN NNNNNN}} / {{ph:GB:07NNN NNNNNN}} to the new business account {{k.invalid_checksum_number=BA-#######}} (VAT {{gbvat:GBsp}}). PAC codes {{k.invalid_checksum_number=@@@######}} and {{k.invalid_checksum_number=@@@######}}, both valid until {{k.date=24/03/26}}.
"""),
    # 22 marketplace, no PII
    T("""
Order {{k.order_number=###-#######-#######}} placed {{k.date=March 3rd}}: the listing said {{k.quantity=2 pack}}, I got one. Refund of {{k.amount=£14.99}} was promised by {{k.date=12/03/26}} but never arrived on my card {{card:visa:sp}}. Return label {{k.tracking_number=@@#########GB}}.
"""),
    # 23 refund to UK IBAN
    T("""
Please refund the deposit of {{k.amount=£450}} to {{iban:GB:grp}} (account name as on the booking).
"""),
    # 24 Ukrainian supplier
    T("""
Payment details for contract {{k.invalid_checksum_number=UA-###/2026}}: {{k.company=TOV "Karpaty Wood"}}, EDRPOU {{edrpou}}, IBAN {{iban:UA:block}}. Contact in Lviv: {{ph:UA:+380 (32) NNN-NN-NN}}. Amount {{k.amount=USD 18,600.00}}.
"""),
    # 25 Slovak company
    T("""
The Slovak subsidiary's details for the intercompany invoice are: {{k.company=Danubia Logistics s.r.o.}}, IČO {{ico:SK}}, IČ DPH {{skdic:SK}}. Their office line is {{ph:SK:+421 2 NNNN NNNN}}. Please use reference {{k.invoice_number=IC-2026-###}}.
"""),
    # 26 department store, street store
    T("""
I bought a coat at the {{k.street_as_brand=Oxford Street}} store of {{k.person_like_brand=John Lewis}} on {{k.date=7 March}} (receipt {{k.invoice_number=####-###-####}}), {{k.amount=£189}}, paid with {{card:mc:sp}}. The zip broke after two days.
"""),
    # 27 parking fine, no PII
    T("""
PCN {{k.ticket_number=@@########}} issued {{k.date=04/03/2026}} at {{k.time=09:17}}: I had a valid pay-by-phone session, receipt {{k.invoice_number=#########}}, {{k.amount=£3.60}} for {{k.quantity=2 hours}}. The fine of {{k.amount=£70}} should be cancelled.
"""),
    # 28 P60 request
    T("""
Could payroll resend my P60 for {{k.date=2024/25}}? Employee number {{k.invalid_checksum_number=E#####}}, UTR {{utr}}. The copy I got shows the wrong tax code ({{k.product_code=1257L}}) and someone else's UTR ({{utr:sp}}).
"""),
    # 29 Czech customer, self intro
    T("""
Hello, I'm {{n.self=Tomáš Novák}}, you asked for a national ID to release the rental car deposit. My Czech birth number is {{rc:CZ:plain:m}}, booking {{k.order_number=RC-#######}}, deposit {{k.amount=€300}}.
"""),
    # 30 construction signature
    T("""
Please find attached our valuation no. {{k.invoice_number=####}} for {{k.amount=£27,450.00}}.

{{n.sig=Mark Sullivan}}
{{k.job_title=Commercial Manager}}
{{k.company=Sullivan Groundworks Ltd}}
T: {{ph:GB:+44 (0)20 7NNN NNNN}} | M: {{ph:GB:07NNN NNNNNN}}
Company No. {{k.invalid_checksum_number=########}} | VAT {{gbvat:sp}}
"""),
    # 31 app bug, no PII
    T("""
App version {{k.version=7.4.1 (build 7410)}} crashes on checkout with error {{k.product_code=E-4012}}. Basket total {{k.amount=£63.20}}, {{k.quantity=4 items}}, tried {{k.quantity=3 times}} between {{k.time=18:00}} and {{k.time=18:30}}.
"""),
    # 32 husband, bank
    T("""
My husband {{n.oth=Michael}} and I have a joint account. A direct debit of {{k.amount=£59.00}} to {{k.brand=StreamMax}} keeps coming out although we cancelled on {{k.date=1 Feb}}. It was also charged to his card {{card:visa:dash}}. Complaint ref {{k.ticket_number=######}}.
"""),
    # 33 tenancy deposit
    T("""
Deposit ID {{k.invalid_checksum_number=DPS-#######}}: the tenancy at {{address=22 Albert Road, Southsea PO5 2SJ}} ended {{k.date=28/02/2026}}. Please release {{k.amount=£1,150}} to {{iban:GB:block}}. Contact {{ph:GB:02392 NNNNNN}}.
"""),
    # 34 Polish employee
    T("""
For the Polish tax form my PESEL is {{pesel}} and my Polish ID card is {{plid:sp}}. UK mobile {{ph:GB:079NN NNNNNN}}, Polish one {{ph:PL:+48 69N NNN NNN}}. I worked here from {{k.date=01.05.2025}}, payroll number {{k.invalid_checksum_number=PR####}}.
"""),
    # 35 card in quotes
    T("""
Your site keeps saying "card number invalid" for "{{card:visa:block}}", but my bank says it's fine. Basket {{k.order_number=BSK-########}}, {{k.amount=£129.00}}.
"""),
    # 36 courier
    T("""
Evri parcel {{k.tracking_number=H00@@A###########}} was "handed to a neighbour" but no neighbour has it. Contents worth {{k.amount=£220}}. Safe place was the porch, delivery window {{k.time=14:00–16:00}}.
"""),
    # 37 Czech IT client
    T("""
Ticket {{k.ticket_number=######}}: the invoices to our Prague client {{k.company=Softwarové Studio Praha a.s.}} must show IČO {{ico:CZ}} and DIČ {{czdic:CZ}}. Their accountant is on {{ph:CZ:+420 2NN NNN NNN}}. Release {{k.version=3.2.0}} dropped the DIČ field.
"""),
    # 38 German freelancer
    T("""
Hi, as requested for the contractor onboarding: my German tax ID (Steuer-ID) is {{idnr:grp}} and my USt-IdNr. {{devat:DE}}. Day rate {{k.amount=€680}}, start {{k.date=1 April}}. Mobile {{ph:DE:+49 176 NNNNNNNN}}.
"""),
    # 39 flight delay, no PII
    T("""
Flight {{k.product_code=FR 2614}} on {{k.date=14/02/2026}} arrived {{k.quantity=3h 40m}} late. Booking reference {{k.order_number=@@@@@@}}, claim {{k.ticket_number=EU261-#######}}. Under the regulation I'm owed {{k.amount=€400}} per passenger, {{k.quantity=2 passengers}}.
"""),
    # 40 practice manager letter
    T("""
Dear Ms {{n.sal=Kowalczyk-Brown}},

Thank you for your letter of {{k.date=3 March}}. We have corrected our records: invoices from {{k.invoice_number=INV-####}} onwards will show your practice VAT number {{gbvat:GBsp}}, and refunds will go to {{iban:GB:grp}}. The overpayment of {{k.amount=£612.00}} will be returned within {{k.quantity=10 working days}}.

Yours sincerely,
Dr {{n.sig=Rachel O'Neill}}
{{k.job_title=Practice Manager}}
{{k.company=Riverside Dental Care}}
{{address=5 Quay Street, Bideford EX39 2HB}}
{{ph:GB:01237 4NNNNN}}
"""),
]


ITEMS["de"] = [
    # 01 telecom, self intro
    T("""
{{k.greeting_without_name=Guten Tag}}, mein Name ist {{n.self=Sabine Krüger}}. Seit dem {{k.date=3. März}} funktioniert mein Festnetzanschluss {{ph:DE:030 NNNNNNNN}} nicht. Kundennummer {{k.invalid_checksum_number=### ### ####}}, Auftragsnummer {{k.order_number=AN-########}}. Erreichbar bin ich mobil unter {{ph:DE:0171 NNNNNNN}}.
"""),
    # 02 Polish supplier
    T("""
Unser polnischer Lieferant {{k.company=Stalmet Sp. z o.o.}} hat auf der Rechnung {{k.invoice_number=FV/####/03/2026}} die NIP {{nip:a}} angegeben, im VIES finden wir aber nur die USt-IdNr. {{nip:PL}}. Können Sie das bitte prüfen? Betrag {{k.amount=7.842,50 €}}, fällig am {{k.date=31.03.2026}}.
"""),
    # 03 doctor's office, salutation with title
    T("""
Sehr geehrte Frau Dr. {{n.sal=Schneider}},

die Rechnung {{k.invoice_number=PR-2026-####}} über {{k.amount=86,43 €}} habe ich am {{k.date=02.03.2026}} überwiesen, trotzdem kam heute eine Mahnung mit {{k.amount=5,00 €}} Gebühr. Abgebucht wurde von {{iban:DE:grp}}, den Kontoauszug kann ich gern schicken.

Freundliche Grüße
{{n.sig=Ingrid Hahn}}
"""),
    # 04 card dispute
    T("""
Ich widerspreche der Abbuchung von {{k.amount=1.299,00 €}} vom {{k.date=26.02.2026}} auf meiner Kreditkarte {{card:mc:sp}}. Die Bestellung bei {{k.brand=ElektroWelt24}} wurde storniert (Storno-Nr. {{k.order_number=ST-######}}). Bitte auf {{iban:DE:block}} zurückbuchen.
"""),
    # 05 parcel
    T("""
Sendung {{k.tracking_number=00340434############}} laut Verfolgung zugestellt, ist aber nicht da. Lieferadresse: {{address=Hauptstraße 12, 69117 Heidelberg}}, bei Rückfragen {{ph:DE:06221 NNNNNN}}. Inhalt im Wert von {{k.amount=149 €}}.
"""),
    # 06 chat, IBAN
    T("""
Kundenservice: {{k.greeting_without_name=Hallo}}! Wohin dürfen wir die Erstattung von {{k.amount=38,90 €}} überweisen?
Kunde: auf {{iban:DE:block}}
Kundenservice: Danke, das dauert {{k.quantity=3 bis 5 Werktage}}. Ihre Vorgangsnummer ist {{k.ticket_number=VG-#######}}.
"""),
    # 07 tax office
    T("""
{{k.greeting_without_name=Sehr geehrte Damen und Herren}},

zum Bescheid vom {{k.date=12.02.2026}} (Steuernummer {{stnr:by}}) lege ich Einspruch ein. Meine Steuer-ID lautet {{idnr:grp}}. Die Werbungskosten von {{k.amount=2.316 €}} wurden nicht berücksichtigt.

Mit freundlichen Grüßen
{{n.sig=Thomas Berger}}
"""),
    # 08 gym, informal
    T("""
hey, ich bin's, {{n.self=lena}} 😅 mitgliedsnummer {{k.invalid_checksum_number=#######}}. könnt ihr meinen vertrag ab {{k.date=april}} für {{k.quantity=3 monate}} ruhen lassen? bin im ausland. handy {{ph:DE:0157 NNNNNNNN}}
"""),
    # 09 insurance, Slovak party
    T("""
Schadennummer {{k.ticket_number=SN-##-#######}}, Versicherungsschein {{k.invalid_checksum_number=##-#######-#}}. Der Unfallgegner kommt aus der Slowakei, laut Protokoll Rodné číslo {{rc:SK:slash}}, Handy {{ph:SK:+421 9NN NNN NNN}}. Schaden laut Gutachten {{k.amount=4.870,00 €}}.
"""),
    # 10 utility, no PII
    T("""
Zählernummer {{k.invalid_checksum_number=1ESY##########}}, Zählerstand am {{k.date=28.02.2026}}: {{k.quantity=12.345 kWh}}. Der neue Abschlag von {{k.amount=148,00 €}} ist um {{k.percent=51 %}} höher als bisher. Vertragskonto {{k.invalid_checksum_number=## #### ####}}.
"""),
    # 11 session link
    T("""
Wenn ich den Link {{url_token=https://portal.lohnbuero-demo.de/login?sid=~~~~~~~~~~~~~~~~~~~~~~~~~~}} aus Ihrer Mail öffne, lande ich im Konto eines anderen Mandanten! Mein Zugang: {{email=buchhaltung@baeckerei-vogt.de}}, Mandant {{k.invalid_checksum_number=M-#####}}, Version {{k.version=11.2.7}}.
"""),
    # 12 hotel
    T("""
Sehr geehrter Herr {{n.sal=Yılmaz}},

wir bestätigen Ihre Buchung {{k.order_number=BK-######}} vom {{k.date=18.–20.09.2026}} ({{k.quantity=2 Nächte}}, Doppelzimmer). Die Garantie erfolgt über die Karte {{card:visa:dash}}.

Ihr {{k.team_name=Reservierungsteam}}
{{k.brand=Hotel Isartor}}
{{ph:DE:+49 (0)89 NNNNNNN}}
"""),
    # 13 forwarded Outlook header
    T("""
zur Info, bitte in die Lohnabrechnung übernehmen.

Von: {{n.oth=Jörg Hoffmann}} <{{email=j.hoffmann@gmx.de}}>
Gesendet: Montag, {{k.date=9. März 2026}} {{k.time=10:14}}
An: {{email=personal@tischlerei-brandt.de}}
Betreff: Unterlagen

Hallo, meine Steuer-ID ist {{idnr:plain}}, Gehaltskonto {{iban:DE:grp}}.
"""),
    # 14 car repair
    T("""
Auftrag {{k.order_number=WA-#####}}: Inspektion und Zahnriemenwechsel, {{k.amount=1.184,20 €}} inkl. {{k.percent=19 %}} MwSt. Der Wagen ist ab {{k.time=16 Uhr}} abholbereit. Rückfragen unter {{ph:DE:0221 NNNNNNN}}, Durchwahl 12.
{{k.company=Autohaus Lindner}} · USt-IdNr. {{devat:DE}}
"""),
    # 15 school
    T("""
Liebe Frau {{n.sal=Özdemir}},
unser Sohn {{n.oth=Finn}} fehlt vom {{k.date=10.}} bis {{k.date=12.03.}} wegen Grippe. Das Geld für die Klassenfahrt ({{k.amount=240 €}}) überweisen wir diese Woche.
Viele Grüße
{{n.sig=Katrin Weber}}
{{ph:DE:0176 NNNNNNNN}}
"""),
    # 16 pet food, name-like brand
    T("""
Das Futter von {{k.person_like_brand=Dr. Clauder's}} ({{k.quantity=12,5 kg}}, Art.-Nr. {{k.product_code=DC-#####}}) kam mit aufgerissenem Sack an. Bestellung {{k.order_number=#########}}, bezahlt {{k.amount=64,99 €}}. Bitte auf {{iban:DE:lowergrp}} erstatten.
"""),
    # 17 Czech customer
    T("""
Unser tschechischer Kunde {{k.company=Sklárna Nový Bor s.r.o.}} hat die DIČ {{czdic:CZ}} mitgeteilt, die IČO ist {{ico:CZ}}. Bitte im ERP hinterlegen. Ansprechpartner dort: {{ph:CZ:+420 48N NNN NNN}}. Erste Lieferung {{k.quantity=18 Paletten}}.
"""),
    # 18 quoted reply
    T("""
Hallo, hier die Kontoverbindung für die Rückzahlung: {{iban:DE:grp}}
Gruß, {{n.sig=Sven}}

Am {{k.date=10.03.2026}} um {{k.time=14:22}} schrieb {{n.oth=Claudia Neumann}} <{{email=c.neumann@stadtwerke-demo.de}}>:
> Für die Rückzahlung des Guthabens von {{k.amount=212,17 €}} benötigen wir Ihre IBAN.
"""),
    # 19 voicemail, hier spricht
    T("""
Sprachnachricht ({{k.time=09:41}}): „Ja, hallo, hier spricht {{n.self=Werner Kowalski}}, es geht um die Heizungswartung, Kundennummer {{k.invalid_checksum_number=K-######}}. Bitte rufen Sie mich zurück unter {{ph:DE:040 / NNNNNNNN}}, danke.“
"""),
    # 20 form table
    T("""
Name | {{n.oth=Petra Schulze}}
Steuer-ID | {{idnr:grp}}
IBAN | {{iban:DE:grp}}
Telefon | {{ph:DE:+49 351 NNNNNNN}}
Antragsnummer | {{k.ticket_number=#######}}
Datum | {{k.date=11.03.2026}}
"""),
    # 21 number porting
    T("""
Bitte die Rufnummern {{ph:DE:030/NNN NNN-NN}} und {{ph:DE:+49 30 NNNNNNN}} zum {{k.date=01.05.2026}} auf den Geschäftskunden-Vertrag umstellen. Firma {{k.company=Kranz & Söhne OHG}}, USt-IdNr. {{devat:DE}}, Vertragsnummer {{k.invalid_checksum_number=VK-########}}.
"""),
    # 22 train delay, no PII
    T("""
Mein {{k.product_code=ICE 578}} am {{k.date=05.03.2026}} kam {{k.quantity=95 Minuten}} zu spät. Auftragsnummer {{k.order_number=@@@@@@}}, Fahrpreis {{k.amount=89,90 €}}. Laut Fahrgastrechten stehen mir {{k.percent=25 %}} zu, das Formular lehnt die Nummer aber ab.
"""),
    # 23 rental deposit, family signature
    T("""
Die Mietkaution von {{k.amount=2.400 €}} für die Wohnung {{address=Lindenweg 5, 2. OG links, 28203 Bremen}} bitte auf unser Konto {{iban:DE:grp}} zurückzahlen. Übergabe war am {{k.date=28.02.}}

Freundliche Grüße
Familie {{n.sig=Schröder}}
"""),
    # 24 Ukrainian employee
    T("""
Ich bin {{n.self=Oksana Marchenko}} und arbeite seit {{k.date=Oktober}} bei Ihnen. Für die Anmeldung brauchen Sie meine Steuer-ID {{idnr:plain}}; aus der Ukraine habe ich noch die Steuernummer (RNOKPP) {{rnokpp}}. Ukrainische Nummer: {{ph:UA:+380 67 NNN NN NN}}.
"""),
    # 25 Slovak subcontractor
    T("""
Der Subunternehmer {{k.company=Montáže Záhorie s.r.o.}} hat uns IČ DPH {{skdic:SKsp}} und Bankverbindung {{iban:SK:grp}} geschickt. Stundensatz {{k.amount=38,00 €}}, Einsatz ab {{k.date=KW 14}}. Rückfragen: {{ph:SK:0905 NNN NNN}}.
"""),
    # 26 Otto order
    T("""
Bei {{k.person_like_brand=Otto}} habe ich am {{k.date=4.3.}} einen Kühlschrank bestellt (Bestellnr. {{k.order_number=##########}}), bezahlt mit {{card:visa:sp}}. Liefertermin war {{k.date=KW 11}}, jetzt heißt es {{k.date=KW 16}}. Bitte stornieren.
"""),
    # 27 citizens office, no PII
    T("""
Vorgangsnummer {{k.ticket_number=BA-2026-#######}}: Termin am {{k.date=Do., 19.03.2026}} um {{k.time=08:40 Uhr}} zur Ummeldung. Gebühr {{k.amount=37,00 EUR}}, bitte {{k.quantity=2 Dokumente}} mitbringen. Absage bis {{k.quantity=24 Std.}} vorher möglich.
"""),
    # 28 payroll
    T("""
Auf meiner Lohnsteuerbescheinigung {{k.date=2025}} steht eine falsche Steuer-ID. Richtig ist {{idnr:grp2}}. Personalnummer {{k.invalid_checksum_number=#####}}, Abteilung {{k.team_name=Logistik}}.
"""),
    # 29 imprint-like footer, glued labels
    T("""
{{k.company=Roth Präzisionstechnik GmbH}} | {{address=Gewerbepark 3, 70565 Stuttgart}}
Steuernummer {{stnr:be}} | HRB {{k.invalid_checksum_number=######}}
Tel.:{{ph:DE:+49(0)711NNNNNNN}} | USt-IdNr.:{{devat:DE}}
"""),
    # 30 tradesman signature
    T("""
anbei das Angebot {{k.order_number=ANG-2026-###}} für den Heizungstausch, {{k.amount=14.980,00 €}} brutto.

Mit freundlichen Grüßen

{{n.sig=Jürgen Albrecht}}
{{k.job_title=Installateur- und Heizungsbaumeister}}
{{k.company=Albrecht Haustechnik GmbH}}
Tel. {{ph:DE:07131 NNNNNN}} | Mobil {{ph:DE:0160 NNNNNNN}}
USt-IdNr. {{devat:DEsp}}
"""),
    # 31 software bug, no PII
    T("""
Seit dem Update auf {{k.version=2026.1.3}} rechnet das Kassensystem {{k.percent=7 %}} statt {{k.percent=19 %}} MwSt. Betroffen sind Bons ab Nr. {{k.invoice_number=######}} vom {{k.date=09.03.}}, Differenz ca. {{k.amount=1.140 €}}.
"""),
    # 32 husband, direct debit
    T("""
Mein Mann hat den Vertrag {{k.invalid_checksum_number=V-########}} schon im {{k.date=Januar}} gekündigt, trotzdem wurden {{k.amount=29,99 €}} per Lastschrift von {{iban:DE:grp}} abgebucht. Bitte zurückbuchen. Bei Fragen: {{ph:DE:089 NNNNNNN}}.
"""),
    # 33 ask for a colleague
    T("""
Wegen der Gutschrift fragen Sie bitte nach Frau {{n.oth=Petersen}}, Durchwahl -214, Zentrale {{ph:DE:+49 40 NNNNNNN}}. Sie kennt den Fall (Reklamation {{k.ticket_number=RK-#####}}, {{k.quantity=14 Stück}}). Gutschrift bitte auf {{iban:DE:grp}}.
"""),
    # 34 Polish rental customer
    T("""
Mieter: {{n.oth=Marek Wiśniewski}}, PESEL {{pesel}}, polnische Handynummer {{ph:PL:+48 5NN NNN NNN}}. Mietvertrag {{k.invalid_checksum_number=MV-####-##}}, Transporter vom {{k.date=14.}} bis {{k.date=16.03.2026}}, Kaution {{k.amount=500 €}}.
"""),
    # 35 card number in quotes
    T("""
Ihr Shop lehnt die Karte „{{card:mc:dash}}“ immer wieder ab, obwohl sie gedeckt ist. Warenkorb {{k.order_number=WK-#######}}, {{k.amount=349,00 €}}.
"""),
    # 36 parcel shop
    T("""
Das Paket {{k.tracking_number=H10##############}} liegt seit {{k.quantity=9 Tagen}} im Paketshop, soll aber an die Filiale {{k.street_as_brand=Königsallee}} gehen. Ich bin unter {{ph:DE:0211 NNNNNNN}} erreichbar.
"""),
    # 37 IT support
    T("""
Drucker {{k.brand=Kyocera}} {{k.product_code=ECOSYS M2540dn}}, Seriennummer {{k.product_code=VCF#######}}, Firmware {{k.version=2V9_S000.002.601}} zeigt Fehler {{k.product_code=C6000}}. Ticket {{k.ticket_number=######}}, Kunde USt-IdNr. {{devat:DE1}}, Tel. {{ph:DE:0341 NNNNNNN}}.
"""),
    # 38 Russian customer, bank
    T("""
Für die Kontoeröffnung wollen Sie meine russische Steuernummer (INN) {{inn:12}} und die Passnummer {{rupass:no}}. Meine deutsche Handynummer ist {{ph:DE:0152 NNNNNNNN}}, meine alte russische {{ph:RU:+7 916 NNN-NN-NN}}.
"""),
    # 39 UK customer
    T("""
Der britische Kunde {{k.company=Whitfield Engineering Ltd}} braucht auf der Rechnung {{k.invoice_number=RE-2026-####}} seine VAT No. {{gbvat:GBsp}}. Kontakt: {{ph:GB:+44 (0)121 NNN NNNN}}. Summe {{k.amount=£12,400.00}}.
"""),
    # 40 formal letter, double surname
    T("""
Sehr geehrte Frau {{n.sal=Müller-Lüdenscheidt}},

vielen Dank für Ihr Schreiben vom {{k.date=02.03.2026}}. Wie besprochen, erhalten Sie das Honorar für den Gastvortrag ({{k.amount=850,00 €}}) auf Ihr Konto {{iban:DE:grp}}. Für die Meldung an das Finanzamt benötigen wir noch Ihre Steuer-ID; bei uns ist {{idnr:grp}} hinterlegt, bitte bestätigen Sie diese.

Mit freundlichen Grüßen
Prof. Dr. {{n.sig=Hans-Georg Wendt}}
{{k.job_title=Dekan}}
{{address=Universitätsplatz 1, 39104 Magdeburg}}
Tel. {{ph:DE:0391 NNNNNNN}}
"""),
]


# =========================================================================== main


def build() -> list[dict]:
    rows = []
    for lang in LANGS:
        templates = ITEMS[lang]
        assert len(templates) == 40, (lang, len(templates))
        assert len(set(templates)) == 40, lang
        for i, tpl in enumerate(templates, 1):
            rows.append(render(f"b5-{lang}-{i:02d}", lang, tpl))
    validate(rows)
    return rows


def validate(rows: list[dict]) -> None:
    seen = set()
    for row in rows:
        assert row["id"] not in seen
        seen.add(row["id"])
        text = row["text"]
        spans = sorted([(s["start"], s["end"]) for s in row["pii"] + row["keep"]])
        for (_, a1), (b0, _) in zip(spans, spans[1:], strict=False):
            assert a1 <= b0, (row["id"], "overlap")
        for s in row["pii"]:
            assert s["kind"] in PII_KINDS, row["id"]
            v = text[s["start"] : s["end"]]
            assert v == v.strip() and v
            if s["kind"] == "name":
                assert s["context"] in NAME_CONTEXTS.values()
        for s in row["keep"]:
            assert s["what"] in KEEP_WHATS
        for s in row["keep"]:
            if s["what"] in CHECKED_KEEPS:
                v = text[s["start"] : s["end"]]
                risky = keep_is_risky(v, LANG_REGION[row["lang"]])
                assert not risky, (row["id"], v, risky)
    # distinct generated values across the split
    values = Counter(
        row["text"][s["start"] : s["end"]]
        for row in rows
        for s in row["pii"]
        if s["kind"] not in ("name", "address", "email")
    )
    dup = [v for v, c in values.items() if c > 1]
    assert not dup, dup


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def report(rows: list[dict]) -> None:
    by_lang = Counter(r["lang"] for r in rows)
    print("items:", len(rows), dict(by_lang))
    kinds = Counter(s["kind"] for r in rows for s in r["pii"])
    total = sum(kinds.values())
    print("pii spans:", total)
    for k, c in kinds.most_common():
        print(f"  {k:14s} {c:4d}  {c / total:.0%}")
    ids = sum(c for k, c in kinds.items() if k in CHECKSUM_KINDS)
    print(f"  checksum ids {ids / total:.0%}, phones {kinds['phone'] / total:.0%}")
    print(
        "name contexts:",
        dict(Counter(s["context"] for r in rows for s in r["pii"] if s["kind"] == "name")),
    )
    with_names = sum(1 for r in rows if any(s["kind"] == "name" for s in r["pii"]))
    print(
        f"items with names: {with_names} ({with_names / len(rows):.0%}); items without pii:",
        sum(1 for r in rows if not r["pii"]),
    )
    keeps = Counter(s["what"] for r in rows for s in r["keep"])
    print("keep spans:", sum(keeps.values()), f"({sum(keeps.values()) / len(rows):.2f} per item)")
    for k, c in keeps.most_common():
        print(f"  {k:24s} {c:4d}")
    print("per language (pii kinds):")
    for lang in LANGS:
        c = Counter(s["kind"] for r in rows if r["lang"] == lang for s in r["pii"])
        kc = sum(1 for r in rows if r["lang"] == lang for _ in r["keep"])
        print(f"  {lang}: {dict(sorted(c.items()))} keep={kc}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the file on disk")
    args = ap.parse_args(argv)
    rows = build()
    data = dumps(rows)
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != data:
            print(f"{OUT} differs from what the script writes", file=sys.stderr)
            return 1
        print(f"{OUT}: ok ({len(rows)} items)")
        return 0
    OUT.write_text(data, encoding="utf-8")
    report(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
