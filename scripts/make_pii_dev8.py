#!/usr/bin/env python3
"""Write data/eval/pii/dev8.jsonl: a dev split of the PII test set.

210 customer texts (30 per language: pl, cs, sk, ru, uk, en, de), one
hand-written template per item, focused on checksum ids, phones and e-mails
written the ways customers write them, with many near-misses to keep.

Template markup (offsets are computed from the filled text):

  [[tag|literal text]]   a literal span.  tag is
                           sal / sig / intro / oth   name (context salutation,
                                                     signature, self_intro, other)
                           em                        email
                           adr                       address
                           tok                       url_token
                           pii:KIND                  another PII kind (no checksum)
                           k:WHAT                    keep span of kind WHAT
  {gen:arg:arg}          a generated value (ids, phones, numbers to keep);
  {gen:arg@x}            the same, remembered as x within the item: a second
                         {...@x} writes the same value again.

Usage:
  .venv/bin/python scripts/make_pii_dev8.py          # (re)write, print counts
  .venv/bin/python scripts/make_pii_dev8.py --check  # file == what it writes
"""

from __future__ import annotations

import argparse
import collections
import datetime
import json
import random
import re
import sys
from pathlib import Path

import phonenumbers
from stdnum import iban as s_iban
from stdnum import luhn
from stdnum.at import uid as s_atuid
from stdnum.by import unp as s_unp
from stdnum.ch import uid as s_chuid
from stdnum.cz import dic as s_czdic
from stdnum.cz import rc as s_czrc
from stdnum.de import idnr as s_idnr
from stdnum.de import vat as s_devat
from stdnum.gb import nhs as s_nhs
from stdnum.gb import utr as s_utr
from stdnum.gb import vat as s_gbvat
from stdnum.ie import pps as s_pps
from stdnum.ie import vat as s_ievat
from stdnum.iso7064 import mod_11_10
from stdnum.pl import nip as s_nip
from stdnum.pl import pesel as s_pesel
from stdnum.pl import regon as s_regon
from stdnum.ru import inn as s_inn
from stdnum.ru import ogrn as s_ogrn
from stdnum.sk import dph as s_skdph
from stdnum.sk import rc as s_skrc
from stdnum.ua import edrpou as s_edrpou
from stdnum.ua import rntrc as s_rntrc

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "eval" / "pii" / "dev8.jsonl"
SEED = "dev8-pii-2024"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]

NAME_CTX = {"sal": "salutation", "sig": "signature", "intro": "self_intro", "oth": "other"}
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
KEEP_KINDS = {
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

# regions of the text's language (phone checks of numbers to keep)
LANG_REGIONS = {
    "pl": ["PL"],
    "cs": ["CZ", "SK"],
    "sk": ["SK", "CZ"],
    "ru": ["RU"],
    "uk": ["UA"],
    "en": ["GB", "IE"],
    "de": ["DE", "AT", "CH"],
}
ALL_REGIONS = ["PL", "CZ", "SK", "RU", "UA", "GB", "IE", "DE", "AT", "CH"]
TRUNK = {
    "PL": "",
    "CZ": "",
    "SK": "0",
    "RU": "8",
    "UA": "0",
    "GB": "0",
    "IE": "0",
    "DE": "0",
    "AT": "0",
    "CH": "0",
}
CC = {
    "PL": "48",
    "CZ": "420",
    "SK": "421",
    "RU": "7",
    "UA": "380",
    "GB": "44",
    "IE": "353",
    "DE": "49",
    "AT": "43",
    "CH": "41",
}


# ---------------------------------------------------------------- validators


def snils_valid(d: str) -> bool:
    if len(d) != 11 or not d.isdigit() or int(d[:9]) <= 1001998:
        return False
    s = sum(int(c) * (9 - i) for i, c in enumerate(d[:9]))
    if s > 101:
        s %= 101
    check = 0 if s in (100, 101) else s
    return int(d[9:]) == check


def _try(fn, *args) -> bool:
    try:
        return bool(fn(*args))
    except Exception:  # noqa: BLE001 - any failure means "not valid"
        return False


def any_checksum(d: str) -> list[str]:
    """Names of the identifier checksums the digit string d passes."""
    hits = []
    checks = [
        ("pesel", lambda: s_pesel.is_valid(d)),
        ("nip", lambda: s_nip.is_valid(d)),
        ("regon", lambda: s_regon.is_valid(d)),
        # 9-digit birth numbers (before 1954) carry no check digit: only 10 count
        ("cz.rc", lambda: len(d) == 10 and s_czrc.is_valid(d)),
        ("sk.rc", lambda: len(d) == 10 and s_skrc.is_valid(d)),
        ("cz.dic", lambda: len(d) in (8, 10) and s_czdic.is_valid(d)),
        ("sk.dph", lambda: s_skdph.is_valid(d)),
        ("ru.inn", lambda: s_inn.is_valid(d)),
        ("ru.ogrn", lambda: s_ogrn.is_valid(d)),
        ("snils", lambda: snils_valid(d)),
        ("ua.rntrc", lambda: s_rntrc.is_valid(d)),
        ("ua.edrpou", lambda: s_edrpou.is_valid(d)),
        ("de.idnr", lambda: s_idnr.is_valid(d)),
        ("de.vat", lambda: s_devat.is_valid(d)),
        ("gb.vat", lambda: s_gbvat.is_valid(d)),
        ("gb.nhs", lambda: s_nhs.is_valid(d)),
        ("gb.utr", lambda: s_utr.is_valid(d)),
        ("at.uid", lambda: s_atuid.is_valid("U" + d)),
        ("ch.uid", lambda: s_chuid.is_valid("CHE" + d)),
        ("luhn", lambda: 13 <= len(d) <= 19 and luhn.is_valid(d)),
        ("nrb", lambda: len(d) == 26 and s_iban.is_valid("PL" + d)),
        ("by.unp", lambda: s_unp.is_valid(d)),
    ]
    for name, fn in checks:
        if _try(fn):
            hits.append(name)
    return hits


def phone_valid_in(written: str, region: str) -> bool:
    try:
        num = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num)


def keep_number_problems(value: str, regions: list[str]) -> list[str]:
    """Why a number to keep could be read as an id or a phone ([] if it can't)."""
    problems = []
    chunks = []
    if re.fullmatch(r"[\d\s\-./()+]+", value) and re.search(r"\d", value):
        chunks.append(value.strip())
    for m in re.finditer(r"\d(?:[\d \-./]*\d)?", value):
        if len(re.sub(r"\D", "", m.group())) >= 6:
            chunks.append(m.group())
    for chunk in chunks:
        d = re.sub(r"\D", "", chunk)
        if len(d) >= 6:
            hits = any_checksum(d)
            if hits:
                problems.append(f"{chunk!r} passes {hits}")
        if len(d) < 6:
            continue
        digits_only = chunk.isdigit() and value.strip() == chunk
        for region in ALL_REGIONS:
            if region not in regions and not digits_only:
                continue
            if region not in regions and region == "DE":
                continue
            trunk = TRUNK[region]
            if trunk and not d.startswith(trunk):
                pass
            elif phone_valid_in(chunk, region):
                problems.append(f"{chunk!r} is a phone of {region}")
        if chunk.startswith(("+", "00")) and any(phone_valid_in(chunk, r) for r in ALL_REGIONS):
            problems.append(f"{chunk!r} is an international phone")
    return problems


# ---------------------------------------------------------------- generators


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def group(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def rand_date(rng: random.Random, y0: int, y1: int) -> datetime.date:
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


AGES = {"adult": (1955, 2003), "young": (1997, 2005), "kid": (2008, 2017)}


def g_pesel(rng, fmt="bare", age="adult"):
    while True:
        d = rand_date(rng, *AGES[age])
        m = d.month + (20 if d.year >= 2000 else 0)
        base = f"{d.year % 100:02d}{m:02d}{d.day:02d}" + digits(rng, 4)
        v = base + s_pesel.calc_check_digit(base)
        if s_pesel.is_valid(v):
            break
    if fmt == "sp":
        v = f"{v[:6]} {v[6:]}"
    return v, "pesel"


def g_nip(rng, fmt="d"):
    w = (6, 5, 7, 2, 3, 4, 5, 6, 7)
    while True:
        base = str(rng.randint(101, 998)) + digits(rng, 6)
        c = sum(a * int(b) for a, b in zip(w, base, strict=True)) % 11
        if c == 10:
            continue
        v = base + str(c)
        assert s_nip.is_valid(v)
        break
    forms = {
        "bare": v,
        "d": f"{v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}",
        "d2": f"{v[:3]}-{v[3:5]}-{v[5:7]}-{v[7:]}",
        "sp": f"{v[:3]} {v[3:6]} {v[6:8]} {v[8:]}",
        "PL": "PL" + v,
        "PLs": "PL " + v,
        "PLd": f"PL {v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}",
    }
    return forms[fmt], "tax_id"


def g_regon(rng, n="9"):
    while True:
        base = f"{rng.randrange(1, 99, 2):02d}" + digits(rng, 6)
        v = base + s_regon.calc_check_digit(base)
        if n == "14":
            b14 = v + digits(rng, 4)
            v = b14 + s_regon.calc_check_digit(b14)
        if s_regon.is_valid(v):
            return v, "tax_id"


def g_rc(rng, country="cz", fmt="slash", sex=None, age="adult"):
    sex = sex if sex in ("m", "f") else rng.choice("mf")
    mod = s_czrc if country == "cz" else s_skrc
    while True:
        d = rand_date(rng, *AGES[age])
        m = d.month + (50 if sex == "f" else 0)
        base = f"{d.year % 100:02d}{m:02d}{d.day:02d}" + digits(rng, 3)
        v = base + str(int(base) % 11 % 10)
        if mod.is_valid(v):
            break
    forms = {
        "slash": f"{v[:6]}/{v[6:]}",
        "bare": v,
        "sps": f"{v[:6]} / {v[6:]}",
        "sp": f"{v[:6]} {v[6:]}",
        "dash": f"{v[:6]}-{v[6:]}",
    }
    return forms[fmt], "birth_number"


def _ico(rng):
    while True:
        base = str(rng.randint(1, 8)) + digits(rng, 6)
        s = sum((8 - i) * int(n) for i, n in enumerate(base))
        v = base + str((11 - s % 11) % 10)
        if s_czdic.is_valid(v):
            return v


def g_ico(rng, fmt="bare"):
    v = _ico(rng)
    if fmt == "sp":
        v = f"{v[:2]} {v[2:5]} {v[5:]}"
    return v, "tax_id"


def g_dic(rng, fmt="CZ"):
    if fmt == "rc":
        v = g_rc(rng, "cz", "bare")[0]
        return "CZ" + v, "tax_id"
    v = _ico(rng)
    return {"CZ": "CZ" + v, "CZs": "CZ " + v}[fmt], "tax_id"


def g_icdph(rng, fmt="SK"):
    while True:
        base = str(rng.randint(1, 4)) + digits(rng, 1) + rng.choice("234789") + digits(rng, 6)
        last = (-int(base) * 10) % 11
        if last == 10:
            continue
        v = base + str(last)
        if s_skdph.is_valid(v) and not s_skrc.is_valid(v):
            break
    return {"SK": "SK" + v, "SKs": "SK " + v, "bare": v}[fmt], "tax_id"


def g_skdic(rng):
    # Slovak DIČ of a company: 10 digits, 202... and divisible by 11
    while True:
        base = "202" + digits(rng, 6)
        last = (-int(base) * 10) % 11
        if last != 10:
            v = base + str(last)
            if s_skdph.is_valid(v):
                return v, "tax_id"


def g_inn(rng, n="10"):
    regions = ["77", "78", "50", "54", "66", "16", "23", "52", "61", "63"]
    while True:
        if n == "10":
            base = rng.choice(regions) + digits(rng, 2) + digits(rng, 5)
            v = base + s_inn.calc_company_check_digit(base)
            kind = "tax_id"
        else:
            base = rng.choice(regions) + digits(rng, 2) + digits(rng, 6)
            v = base + s_inn.calc_personal_check_digits(base)
            kind = "national_id"
        if s_inn.is_valid(v):
            return v, kind


def g_ogrn(rng, n="13"):
    while True:
        if n == "13":
            base = (
                rng.choice("15")
                + f"{rng.randint(2, 23):02d}"
                + rng.choice(["77", "78", "50", "54", "66", "16"])
                + digits(rng, 7)
            )
        else:
            base = (
                "3"
                + f"{rng.randint(4, 23):02d}"
                + rng.choice(["77", "78", "50", "54", "66", "16"])
                + digits(rng, 9)
            )
        v = base + "0"
        v = base + s_ogrn.calc_check_digit(v)[-1:]
        if len(v) == int(n) and s_ogrn.is_valid(v):
            return v, "tax_id"


def g_snils(rng, fmt="g"):
    while True:
        base = digits(rng, 9, True)
        if int(base) <= 1001998:
            continue
        s = sum(int(c) * (9 - i) for i, c in enumerate(base))
        if s > 101:
            s %= 101
        c = 0 if s in (100, 101) else s
        v = base + f"{c:02d}"
        if snils_valid(v):
            break
    forms = {
        "g": f"{v[:3]}-{v[3:6]}-{v[6:9]} {v[9:]}",
        "bare": v,
        "sp": f"{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}",
        "d": f"{v[:3]}-{v[3:6]}-{v[6:9]}-{v[9:]}",
    }
    return forms[fmt], "national_id"


def g_unp(rng):
    while True:
        base = rng.choice("1234567") + digits(rng, 7)
        try:
            v = base + s_unp.calc_check_digit(base)
        except Exception:  # noqa: BLE001 - check value 10 has no digit
            continue
        if s_unp.is_valid(v):
            return v, "tax_id"


def g_rnokpp(rng, age="adult"):
    while True:
        d = rand_date(rng, *AGES[age])
        days = (d - datetime.date(1899, 12, 31)).days
        base = f"{days:05d}" + digits(rng, 4)
        v = base + s_rntrc.calc_check_digit(base)
        if s_rntrc.is_valid(v):
            return v, "national_id"


def g_edrpou(rng):
    while True:
        base = rng.choice("234") + digits(rng, 6)
        v = base + s_edrpou.calc_check_digit(base)
        if s_edrpou.is_valid(v):
            return v, "tax_id"


def g_idnr(rng, fmt="bare"):
    while True:
        base = digits(rng, 10, True)
        counts = collections.Counter(base)
        rep = [c for c in counts.values() if c > 1]
        if len(rep) != 1 or rep[0] not in (2, 3):
            continue
        v = base + mod_11_10.calc_check_digit(base)
        if s_idnr.is_valid(v):
            break
    forms = {
        "bare": v,
        "g": f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}",
        "g3": f"{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}",
        "sl": f"{v[:2]}/{v[2:5]}/{v[5:8]}/{v[8:]}",
    }
    return forms[fmt], "national_id"


def g_ustid(rng, fmt="DE"):
    while True:
        base = digits(rng, 8, True)
        v = base + mod_11_10.calc_check_digit(base)
        if s_devat.is_valid(v):
            break
    forms = {"DE": "DE" + v, "DEs": f"DE {v}", "DEg": f"DE {v[:3]} {v[3:6]} {v[6:]}"}
    return forms[fmt], "tax_id"


def g_atu(rng, fmt="ATU"):
    while True:
        base = "U" + digits(rng, 7, True)
        v = base + s_atuid.calc_check_digit(base)
        if s_atuid.is_valid(v):
            break
    forms = {"ATU": "AT" + v, "ATUs": f"AT{v[0]} {v[1:]}"}
    return forms[fmt], "tax_id"


def g_chuid(rng, fmt="dot"):
    while True:
        base = digits(rng, 8, True)
        c = s_chuid.calc_check_digit(base)
        if len(c) != 1:
            continue
        v = base + c
        if s_chuid.is_valid("CHE" + v):
            break
    forms = {
        "dot": f"CHE-{v[:3]}.{v[3:6]}.{v[6:]}",
        "bare": "CHE" + v,
        "sp": f"CHE {v[:3]} {v[3:6]} {v[6:]}",
    }
    return forms[fmt], "tax_id"


def g_gbvat(rng, fmt="GBs"):
    while True:
        v = str(rng.randint(100, 999)) + digits(rng, 6)
        if s_gbvat.is_valid(v):
            break
    forms = {
        "GBs": f"GB {v[:3]} {v[3:7]} {v[7:]}",
        "GB": "GB" + v,
        "sp": f"{v[:3]} {v[3:7]} {v[7:]}",
        "bare": v,
    }
    return forms[fmt], "tax_id"


def g_nhs(rng, fmt="sp"):
    while True:
        v = digits(rng, 10, True)
        if s_nhs.is_valid(v):
            break
    return ({"sp": f"{v[:3]} {v[3:6]} {v[6:]}", "bare": v}[fmt]), "national_id"


def g_pps(rng, fmt="new"):
    while True:
        d = digits(rng, 7)
        if fmt == "new":
            v = d + s_ievat.calc_check_digit(d + "A") + "A"
        else:
            v = d + s_ievat.calc_check_digit(d)
        if s_pps.is_valid(v):
            return v, "national_id"


def g_ievat(rng):
    while True:
        d = digits(rng, 7, True)
        v = "IE" + d + s_ievat.calc_check_digit(d)
        if s_ievat.is_valid(v):
            return v, "tax_id"


def g_utr(rng):
    while True:
        v = digits(rng, 10, True)
        if s_utr.is_valid(v):
            return f"{v[:5]} {v[5:]}", "tax_id"


CZ_BANKS = ["0100", "0300", "0800", "2010", "0600", "5500", "6210", "3030", "2700"]
SK_BANKS = ["0900", "0200", "1100", "7500", "5600", "6500", "8330"]
UA_MFO = ["305299", "300465", "322001", "380805", "300335", "351005"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]


def _czsk_account(rng):
    w = (6, 3, 7, 9, 10, 5, 8, 4, 2, 1)
    while True:
        acc = "00" + digits(rng, 8, True)
        if sum(a * int(b) for a, b in zip(w, acc, strict=True)) % 11 == 0:
            return acc


def _pl_sortcode(rng):
    w = (3, 9, 7, 1, 3, 9, 7)
    base = rng.choice(
        ["102", "105", "109", "114", "116", "124", "249", "175", "160", "103"]
    ) + digits(rng, 4)
    s = sum(a * int(b) for a, b in zip(w, base, strict=True))
    return base + str((10 - s % 10) % 10)


def _bban(rng, cc):
    if cc == "PL":
        return _pl_sortcode(rng) + digits(rng, 16)
    if cc == "CZ":
        return rng.choice(CZ_BANKS) + "000000" + _czsk_account(rng)
    if cc == "SK":
        return rng.choice(SK_BANKS) + "000000" + _czsk_account(rng)
    if cc == "DE":
        return (
            rng.choice(["100", "200", "370", "500", "600", "700", "120"])
            + digits(rng, 5)
            + digits(rng, 10)
        )
    if cc == "AT":
        return rng.choice(["12000", "20111", "32000", "14000", "60000"]) + digits(rng, 11)
    if cc == "UA":
        return rng.choice(UA_MFO) + "00000" + "2600" + digits(rng, 10)
    if cc == "GB":
        return rng.choice(GB_BANKS) + digits(rng, 6) + digits(rng, 8)
    raise ValueError(cc)


def _iban_raw(rng, cc):
    while True:
        bban = _bban(rng, cc)
        v = cc + s_iban.calc_check_digits(cc + "00" + bban) + bban
        if s_iban.is_valid(v):
            return v


def g_iban(rng, cc="PL", fmt="g"):
    v = _iban_raw(rng, cc)
    g = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    if fmt == "g":
        out = g
    elif fmt == "bare":
        out = v
    elif fmt == "lower":
        out = g.lower()
    elif fmt == "lowerbare":
        out = v.lower()
    elif fmt == "nl":  # wrapped by a mail client after the third group
        parts = g.split(" ")
        out = " ".join(parts[:3]) + "\n" + " ".join(parts[3:])
    elif fmt == "odd":  # "PL 61 1090 ..." : country and check apart, rest in one run
        out = f"{v[:2]} {v[2:4]} {v[4:12]} {v[12:]}"
    elif fmt == "dash":
        out = "-".join(v[i : i + 4] for i in range(0, len(v), 4))
    else:
        raise ValueError(fmt)
    return out, "iban"


def g_nrb(rng, fmt="g"):
    v = _iban_raw(rng, "PL")[2:]
    forms = {
        "g": v[:2] + " " + " ".join(v[i : i + 4] for i in range(2, 26, 4)),
        "bare": v,
        "odd": f"{v[:2]} {v[2:10]} {v[10:18]} {v[18:]}",
        "dash": v[:2] + "-" + "-".join(v[i : i + 4] for i in range(2, 26, 4)),
        "nl": v[:2]
        + " "
        + " ".join(v[i : i + 4] for i in range(2, 14, 4))
        + "\n"
        + " ".join(v[i : i + 4] for i in range(14, 26, 4)),
    }
    return forms[fmt], "iban"


def g_card(rng, typ="visa", fmt="g"):
    starts = {
        "visa": ("4", 16),
        "mc": (None, 16),
        "mir": (None, 16),
        "amex": (None, 15),
        "maestro": (None, 19),
    }
    _, n = starts[typ]
    if typ == "visa":
        head = "4" + rng.choice(["0", "1", "2", "5", "8", "9"])
    elif typ == "mc":
        head = "5" + rng.choice("12345")
    elif typ == "mir":
        head = "220" + rng.choice("01234")
    elif typ == "amex":
        head = "3" + rng.choice("47")
    else:
        head = rng.choice(["6759", "5018", "6761"])
    body = head + digits(rng, n - 1 - len(head))
    v = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(v) and len(v) == n
    if fmt == "bare":
        return v, "card"
    if typ == "amex":
        sizes = [4, 6, 5]
    elif typ == "maestro" and fmt != "g4":
        sizes = [4, 4, 4, 4, 3]
    else:
        sizes = [4, 4, 4, 4, 4]
    sep = {"g": " ", "g4": " ", "dash": "-"}[fmt]
    return group(v, sizes, sep), "card"


# phone number types: region, NSN prefixes, NSN lengths
PHONE_TYPES = {
    "pl_m": ("PL", ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], [9]),
    "pl_l": ("PL", ["12", "22", "58", "61", "71", "42", "32", "81"], [9]),
    "cz_m": (
        "CZ",
        [
            "601",
            "602",
            "603",
            "604",
            "605",
            "606",
            "608",
            "720",
            "721",
            "724",
            "728",
            "731",
            "732",
            "736",
            "737",
            "739",
            "773",
            "774",
            "775",
            "776",
            "777",
        ],
        [9],
    ),
    "cz_l": ("CZ", ["2", "54", "38", "48", "58"], [9]),
    "sk_m": (
        "SK",
        [
            "901",
            "902",
            "903",
            "904",
            "905",
            "907",
            "908",
            "910",
            "911",
            "915",
            "917",
            "918",
            "940",
            "944",
            "948",
            "949",
            "950",
        ],
        [9],
    ),
    "sk_l": ("SK", ["2"], [9]),
    "sk_l2": ("SK", ["55", "41", "33", "48"], [9]),
    "ru_m": (
        "RU",
        ["915", "916", "903", "905", "925", "926", "977", "985", "999", "921", "911", "961"],
        [10],
    ),
    "ru_l": ("RU", ["495", "499", "812", "343", "383"], [10]),
    "ua_m": ("UA", ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"], [9]),
    "ua_l": ("UA", ["44", "32", "48", "57"], [9]),
    "gb_m": ("GB", ["74", "75", "77", "78", "79"], [10]),
    "gb_l2": ("GB", ["203", "207", "208", "292"], [10]),
    "gb_l3": ("GB", ["161", "131", "113", "121", "117"], [10]),
    "ie_m": ("IE", ["83", "85", "86", "87", "89"], [9]),
    "ie_l": ("IE", ["1"], [8]),
    "de_m": (
        "DE",
        [
            "151",
            "152",
            "157",
            "160",
            "162",
            "170",
            "171",
            "172",
            "173",
            "175",
            "176",
            "177",
            "178",
            "179",
        ],
        [10, 11],
    ),
    "de_l2": ("DE", ["30", "40", "89", "69"], [9, 10]),
    "de_l3": ("DE", ["221", "211", "711", "351", "511", "341", "911"], [9, 10]),
    "at_m": ("AT", ["664", "660", "676", "699", "650", "680"], [10]),
    "at_l": ("AT", ["1"], [8, 9]),
    "ch_m": ("CH", ["76", "77", "78", "79"], [9]),
    "ch_l": ("CH", ["44", "31", "61", "21", "22"], [9]),
}


def g_tel(rng, typ, pattern):
    forced = None
    if "=" in typ:
        typ, forced = typ.split("=")
    region, prefixes, lengths = PHONE_TYPES[typ]
    if forced:
        prefixes = [forced]
    n = pattern.count("#")
    assert n in lengths, (typ, pattern, n)
    for _ in range(5000):
        nsn = rng.choice(prefixes)
        nsn += digits(rng, n - len(nsn), first_nonzero=True)
        it = iter(nsn)
        written = "".join(next(it) if ch == "#" else ch for ch in pattern)
        if phone_valid_in(written, region):
            return written, "phone"
    raise RuntimeError(f"no valid phone for {typ} {pattern}")


def g_keepnum(rng, what, pattern, regions):
    """A number to keep: '#' digit, '%' upper-case letter; redrawn until it is no id/phone."""
    for _ in range(20000):
        out = []
        prev = ""
        for ch in pattern:
            if ch == "#":
                d = rng.choice("0123456789")
                if not prev.isdigit() and prev != "0" and d == "0":
                    d = rng.choice("123456789")
                out.append(d)
            elif ch == "%":
                out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
            else:
                out.append(ch)
            prev = out[-1]
        v = "".join(out)
        if not keep_number_problems(v, regions):
            return v, what
    raise RuntimeError(f"cannot draw a keep number for {pattern}")


def g_date(rng, fmt, regions):
    for _ in range(1000):
        d = rand_date(rng, 2023, 2025)
        v = {
            "dmy": d.strftime("%d.%m.%Y"),
            "iso": d.strftime("%Y-%m-%d"),
            "compact": d.strftime("%Y%m%d"),
            "slash": d.strftime("%d/%m/%Y"),
            "dmy2": d.strftime("%d.%m.%y"),
            "dm": f"{d.day}.{d.month}.",
            "dmys": f"{d.day}. {d.month}. {d.year}",
            "dmyd": d.strftime("%d-%m-%Y"),
            "us": d.strftime("%m/%d/%Y"),
            "dmy1": f"{d.day}.{d.month}.{d.year}",
        }[fmt]
        if not keep_number_problems(v, regions):
            return v, "date"
    raise RuntimeError(fmt)


PII_GENERATORS = {
    "pesel": g_pesel,
    "nip": g_nip,
    "regon": g_regon,
    "rc": g_rc,
    "ico": g_ico,
    "dic": g_dic,
    "icdph": g_icdph,
    "skdic": g_skdic,
    "inn": g_inn,
    "ogrn": g_ogrn,
    "snils": g_snils,
    "rnokpp": g_rnokpp,
    "edrpou": g_edrpou,
    "idnr": g_idnr,
    "ustid": g_ustid,
    "atu": g_atu,
    "chuid": g_chuid,
    "gbvat": g_gbvat,
    "nhs": g_nhs,
    "utr": g_utr,
    "iban": g_iban,
    "nrb": g_nrb,
    "card": g_card,
    "tel": g_tel,
    "unp": g_unp,
    "pps": g_pps,
    "ievat": g_ievat,
}

PII_VALIDATORS = {
    "pesel": lambda v: s_pesel.is_valid(v.replace(" ", "")),
    "nip": lambda v: s_nip.is_valid(v),
    "regon": lambda v: s_regon.is_valid(v),
    "rc": lambda v: s_czrc.is_valid(v.replace("-", "")) and s_skrc.is_valid(v.replace("-", "")),
    "ico": lambda v: s_czdic.is_valid(v.replace(" ", "")) and len(v.replace(" ", "")) == 8,
    "dic": lambda v: s_czdic.is_valid(v),
    "icdph": lambda v: s_skdph.is_valid(v),
    "skdic": lambda v: s_skdph.is_valid(v),
    "inn": lambda v: s_inn.is_valid(v),
    "ogrn": lambda v: s_ogrn.is_valid(v),
    "snils": lambda v: snils_valid(re.sub(r"\D", "", v)),
    "rnokpp": lambda v: s_rntrc.is_valid(v),
    "edrpou": lambda v: s_edrpou.is_valid(v),
    "idnr": lambda v: s_idnr.is_valid(v),
    "ustid": lambda v: s_devat.is_valid(v),
    "atu": lambda v: s_atuid.is_valid(v),
    "chuid": lambda v: s_chuid.is_valid(v),
    "gbvat": lambda v: s_gbvat.is_valid(v),
    "nhs": lambda v: s_nhs.is_valid(v),
    "utr": lambda v: s_utr.is_valid(v),
    "iban": lambda v: s_iban.is_valid(v.replace("\n", " ")),
    "nrb": lambda v: s_iban.is_valid("PL" + re.sub(r"\D", "", v)),
    "card": lambda v: luhn.is_valid(re.sub(r"\D", "", v)),
    "unp": lambda v: s_unp.is_valid(v),
    "pps": lambda v: s_pps.is_valid(v),
    "ievat": lambda v: s_ievat.is_valid(v),
}


def g_typo(rng, regions, gen, *args):
    """A valid id with one digit mistyped: it fails its checksum (and every other)."""
    for _ in range(2000):
        v, _kind = PII_GENERATORS[gen](rng, *args)
        pos = [i for i, ch in enumerate(v) if ch.isdigit()]
        i = rng.choice(pos[1:])
        new = rng.choice([d for d in "0123456789" if d != v[i]])
        t = v[:i] + new + v[i + 1 :]
        if PII_VALIDATORS[gen](t):
            continue
        if keep_number_problems(t, regions):
            continue
        return t, "invalid_checksum_number"
    raise RuntimeError(gen)


# ---------------------------------------------------------------- template filling

TOKEN_RE = re.compile(r"\[\[([^|\]]+)\|(.*?)\]\]|\{([^{}]+)\}", re.S)


def typo_of(rng, regions, gen, value, mode="digit"):
    """The id `value` (made by `gen`) with one digit mistyped, or two neighbours swapped."""
    pos = [i for i, ch in enumerate(value) if ch.isdigit()][1:]
    for _ in range(2000):
        i = rng.choice(pos)
        if mode == "swap":
            if i + 1 >= len(value) or not value[i + 1].isdigit() or value[i] == value[i + 1]:
                continue
            t = value[:i] + value[i + 1] + value[i] + value[i + 2 :]
        else:
            t = value[:i] + rng.choice([d for d in "0123456789" if d != value[i]]) + value[i + 1 :]
        if PII_VALIDATORS[gen](t) or keep_number_problems(t, regions):
            continue
        return t
    raise RuntimeError(f"no typo for {value}")


def fill(item_id: str, lang: str, template: str):
    """Fill a template; returns (text, pii spans, keep spans).

    Generated values are drawn in two passes: first every value of its own, then
    the ones that refer to another value of the item ({typo:ref=x}: the value
    labelled x with one digit mistyped, {typo:ref=x:swap}: two neighbouring digits
    swapped; {dicof:x}: the Czech DIČ "CZ" + the IČO labelled x).
    """
    rng = random.Random(f"{SEED}/{item_id}")
    regions = LANG_REGIONS[lang]
    segs: list[list] = []  # [literal] or [value, cat, kind, ctx] or [None, spec, label]
    pos = 0
    for m in TOKEN_RE.finditer(template):
        segs.append([template[pos : m.start()]])
        pos = m.end()
        if m.group(1) is not None:
            tag, val = m.group(1), m.group(2)
            if tag in NAME_CTX:
                segs.append([val, "pii", "name", NAME_CTX[tag]])
            elif tag == "em":
                assert re.fullmatch(r"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+", val), val
                segs.append([val, "pii", "email", None])
            elif tag == "adr":
                segs.append([val, "pii", "address", None])
            elif tag == "tok":
                segs.append([val, "pii", "url_token", None])
            elif tag.startswith("pii:"):
                assert tag[4:] in PII_KINDS and tag[4:] != "name", (item_id, tag)
                segs.append([val, "pii", tag[4:], None])
            elif tag.startswith("k:"):
                what = tag[2:]
                assert what in KEEP_KINDS, (item_id, what)
                if what not in ("amount", "percent", "quantity", "time", "version"):
                    probs = keep_number_problems(val, regions)
                    assert not probs, (item_id, val, probs)
                segs.append([val, "keep", what, None])
            else:
                raise ValueError(f"{item_id}: unknown tag {tag}")
            continue
        spec = m.group(3)
        label = None
        if "@" in spec:
            spec, label = spec.rsplit("@", 1)
        segs.append([None, spec, label])
    segs.append([template[pos:]])

    memo: dict[str, tuple[str, str, str, str]] = {}

    def is_ref(spec):
        return spec.startswith(("typo:ref=", "dicof:"))

    for pass_refs in (False, True):
        for seg in segs:
            if len(seg) != 3 or seg[0] is not None or is_ref(seg[1]) != pass_refs:
                continue
            _, spec, label = seg
            if label and label in memo:
                value, cat, kind, _gen = memo[label]
                seg[:] = [value, cat, kind, None]
                continue
            parts = spec.split(":")
            gen, args = parts[0], parts[1:]
            if gen == "k":
                what = args[0]
                assert what in KEEP_KINDS, (item_id, what)
                value, kind = g_keepnum(rng, what, ":".join(args[1:]), regions)
                cat = "keep"
            elif gen == "date":
                value, kind = g_date(rng, args[0] if args else "dmy", regions)
                cat = "keep"
            elif gen == "typo" and args[0].startswith("ref="):
                ref = args[0][4:]
                base, _c, _k, base_gen = memo[ref]
                value = typo_of(rng, regions, base_gen, base, args[1] if len(args) > 1 else "digit")
                kind, cat = "invalid_checksum_number", "keep"
            elif gen == "typo":
                value, kind = g_typo(rng, regions, *args)
                cat = "keep"
            elif gen == "dicof":
                value, kind, cat = "CZ" + memo[args[0]][0].replace(" ", ""), "tax_id", "pii"
                assert s_czdic.is_valid(value), (item_id, value)
            elif gen == "tel":
                value, kind = g_tel(rng, args[0], ":".join(args[1:]))
                cat = "pii"
            else:
                value, kind = PII_GENERATORS[gen](rng, *args)
                cat = "pii"
                assert PII_VALIDATORS[gen](value), (item_id, gen, value)
            if label:
                memo[label] = (value, cat, kind, gen)
            seg[:] = [value, cat, kind, None]

    text = []
    pii, keep = [], []
    offset = 0
    for seg in segs:
        if len(seg) == 1:
            text.append(seg[0])
            offset += len(seg[0])
            continue
        value, cat, kind, ctx = seg
        span = {"start": offset, "end": offset + len(value)}
        if cat == "pii":
            span["kind"] = kind
            if kind == "name":
                span["context"] = ctx
            pii.append(span)
        else:
            span["what"] = kind
            keep.append(span)
        text.append(value)
        offset += len(value)
    full = "".join(text)
    for span in pii + keep:
        assert full[span["start"] : span["end"]], (item_id, span)
    assert "[[" not in full and "]]" not in full and "{" not in full and "}" not in full, item_id
    return full, pii, keep


def check_item(item):
    text = item["text"]
    spans = sorted([(s["start"], s["end"]) for s in item["pii"] + item["keep"]])
    for (a, b), (c, d) in zip(spans, spans[1:], strict=False):
        assert b <= c, (item["id"], text[a:b], text[c:d])
    for s in item["pii"] + item["keep"]:
        v = text[s["start"] : s["end"]]
        assert v and v == v.strip() and v[-1] not in ",;:" and v[0] not in ",;:.", (item["id"], v)
    for s in item["pii"]:
        assert s["kind"] in PII_KINDS
        v = text[s["start"] : s["end"]]
        if s["kind"] == "phone":
            regions = [r for r in ALL_REGIONS if phone_valid_in(v, r)]
            assert regions, (item["id"], v)


ITEMS: dict[str, list[str]] = {lang: [] for lang in LANGS}


def item(lang: str, template: str) -> None:
    ITEMS[lang].append(template)


# ====================================================================== items
# ---------------------------------------------------------------- Polish (pl)

item(
    "pl",
    """[[k:greeting_without_name|Dzień dobry]],

proszę o korektę faktury nr {k:invoice_number:FV/######/2024} – naliczono mi roaming w [[k:city|Pradze]], a od miesięcy nie wyjeżdżałem z kraju. Dotyczy numeru {tel:pl_m:+48 ### ### ###}. Umowę podpisywałem w salonie na PESEL:{pesel}, więc proszę szukać po nim, nie po numerze klienta.

Pozdrawiam
[[em|t.wroblewski@onet.pl]]""",
)

item(
    "pl",
    """[[k:greeting_without_name|Szanowni Państwo]],
w załączeniu zamówienie {k:order_number:ZK/####/03} (40 szt. palet EUR, dostawa do {date:dmy}). Fakturę proszę wystawić na dane ze stopki.

--
[[k:company|Hurtownia Budowlana MIREX sp. z o.o.]]
[[adr|ul. Składowa 14, 62-080 Tarnowo Podgórne]]
NIP: {nip:d}
REGON: {regon:9}
Konto: {iban:PL:g}
tel. {tel:pl_l=61:## ### ## ##} wew. 21
[[em|zamowienia@mirex-hurt.pl]]""",
)

item(
    "pl",
    """[[k:time|12:03]] Konsultant [[k:brand|Bank Pekao]] – [[oth|Kamila]]: W czym mogę pomóc?
[[k:time|12:04]] Klient: zablokujcie mi karte {card:visa:g} bo zgubilem portfel w tramwaju
[[k:time|12:04]] Konsultant [[k:brand|Bank Pekao]] – [[oth|Kamila]]: Karta zastrzeżona. Czy zaplanowany przelew na rachunek {nrb:g} ma zostać wykonany?
[[k:time|12:05]] Klient: tak, to moje drugie konto, oszczędnościowe""",
)

item(
    "pl",
    """Kurier [[k:brand|InPost]] trzeci raz zostawił awizo, choć cały dzień byłam w domu. Przesyłka {k:tracking_number:########################}, nadana {date:dmy}. Zamiast SMS-ów niech kurier zadzwoni: {tel:pl_m:###.###.###}. Jeśli do piątku paczka nie dotrze, składam reklamację – odpowiedź proszę na [[em|ania.zalewska84@gmail.com]].""",
)

item(
    "pl",
    """Eksport z formularza rejestracji – Przychodnia [[k:company|Zdrowie Plus]]
imię;nazwisko;PESEL;telefon;data wizyty
[[oth|Halina]];[[oth|Krawczyk-Zięba]];{pesel};{tel:pl_m:#########};{date:iso}
[[oth|jan]];[[oth|nowicki]];{pesel};{tel:pl_m:+48#########};{date:iso}
[[oth|Zofia]];[[oth|Adamczyk]];{pesel};{tel:pl_l:## ### ## ##};{date:iso}""",
)

item(
    "pl",
    """Zgłaszam odczyt licznika gazu: [[k:quantity|4 512 m3]] na dzień {date:dmy}.
Nr licznika: {k:invalid_checksum_number:########}
Nr klienta: {k:invalid_checksum_number:##########}
W poprzednim piśmie podałam PESEL z literówką ({typo:ref=p}) – prawidłowy to {pesel@p}. Proszę o poprawienie danych w systemie.
Tel. kontaktowy {tel:pl_m:### ### ###}, e-mail [[em|m.gorska@poczta.fm]]""",
)

item(
    "pl",
    """Dzień dobry,
w nawiązaniu do szkody nr {k:ticket_number:SZK/####/######} przesyłam numer konta do wypłaty odszkodowania:
{nrb:bare}
Właścicielem rachunku jest mój mąż, [[oth|Grzegorz Pietrzak]].

W dniu {date:dmy} o [[k:time|14:32]] Likwidacja Szkód <[[em|szkody@ubezpieczenia-fenix.pl]]> napisał(a):
> Prosimy o podanie numeru rachunku bankowego oraz numeru polisy {k:invalid_checksum_number:###########}.""",
)

item(
    "pl",
    """Hej, mamy problem z fakturą z panelu – system wstawił VAT ID: {nip:PL} zamiast naszego, a nasz poprawny to {nip:PLd} (REGON {regon:9}). Wersja aplikacji [[k:version|4.12.3]], konto firmowe nr {k:invalid_checksum_number:#######}. Proszę o korektę faktury {k:invoice_number:INV-2024-#####}. Odpowiedź proszę kierować do admina: [[em|admin@lingo-szkola.edu.pl]].""",
)

item(
    "pl",
    """Sprzedawca z [[k:brand|Allegro]] przysłał nie ten model: zamawiałem pralkę {k:product_code:WM%-####}, a przyszła {k:product_code:WM%-####}. Zamówienie {k:order_number:### ### ###}, zapłaciłem [[k:amount|1 249,00 zł]] {date:dmy}. Zwrot zgłoszony jako {k:ticket_number:#########}, od tygodnia cisza. Nie polecam.""",
)

item(
    "pl",
    """Rezerwacja {k:order_number:#########} w [[k:brand|Hotelu Pod Wawelem]], pobyt [[k:date|12.07]]–[[k:date|15.07.2024]].
Zaliczkę pobrano z karty {card:mc:g}. Fakturę proszę wystawić na firmę: NIP {nip:bare}, i wysłać na [[em|biuro+faktury@kancelaria-lis.pl]].
W razie pytań: {tel:pl_m:0048#########}.""",
)

item(
    "pl",
    """dzien dobry tu [[intro|marek zielinski]], skoda octavia stoi u was od {date:dm} na wymianie rozrzadu (zlecenie {k:order_number:SRV-#####}). kiedy odbior? fakture na firme NIP {nip:bare}. prosze o telefon, tel:{tel:pl_m:###-###-###}""",
)

item(
    "pl",
    """Prezydent Miasta Lublin
[[k:team_name|Wydział Gospodarki Komunalnej]]

Wnoszę o wydanie zaświadczenia o niezaleganiu w opłatach za gospodarowanie odpadami dla spółki:
REGON {regon:14}
NIP {nip:d2}
Adres do korespondencji: [[adr|ul. Pogodna 7/3, 20-337 Lublin]]
Znak sprawy z poprzedniego pisma: {k:ticket_number:GK.6220.###.2024}""",
)

item(
    "pl",
    """Pani [[sal|Jadwigo]],
przesyłam dane [[oth|Kuby]] do ubezpieczenia NNW: PESEL {pesel:bare:kid}, klasa 3b. Składkę ([[k:amount|58 zł]]) wpłaciłam dziś przelewem. Gdyby czegoś brakowało, proszę dzwonić na {tel:pl_m:### ### ###} lub {tel:pl_l:(##) ### ## ##} (praca).

Pozdrawiam serdecznie
[[sig|Ewa Malinowska-Kot]]""",
)

item(
    "pl",
    """Rezygnuję z karnetu nr {k:invalid_checksum_number:#### #### ####} od {date:dmy}. Mimo wypowiedzenia pobraliście mi z karty {card:mc:dash} kolejne [[k:amount|139,99 zł]]. Żądam zwrotu na rachunek {nrb:dash}. Klub: [[k:brand|FitZone]] Kraków Bronowice. Oddzwońcie proszę: {tel:pl_m:+48 ### ### ###}.""",
)

item(
    "pl",
    """Zamówiłam karmę Brit Care [[k:quantity|12 kg]] (kod {k:product_code:BC-#####-12}) i drapak, zamówienie nr {k:order_number:###-###-##-##}. Dostawa miała być {date:dmy}, a dostałam tylko drapak. Proszę o dosłanie karmy albo zwrot [[k:amount|219,90 zł]].""",
)

item(
    "pl",
    """Reklamuję przelew z {date:dmy}: zlecałem z rachunku
{iban:PL:lower}
na rachunek {nrb:odd}, kwota [[k:amount|3 500,00 PLN]], tytuł „faktura {k:invoice_number:####/2024}”. Pieniądze zeszły z konta, a odbiorca twierdzi, że nic nie dostał.""",
)

item(
    "pl",
    """Proszę o przeniesienie numerów {tel:pl_m:### ### ###} oraz {tel:pl_m:###-###-###} do taryfy firmowej i dopisanie ich do konta {k:invalid_checksum_number:##########}. Dane firmy bez zmian (NIP{nip:bare}, REGON{regon:9}). Kod autoryzacyjny dostaliśmy SMS-em: {k:invalid_checksum_number:######}.""",
)

item(
    "pl",
    """---------- Wiadomość przekazana ----------
Od: [[oth|Paweł Szymczak]] <[[em|p.szymczak@transbud.com.pl]]>
Data: {date:dmy} [[k:time|09:14]]
Temat: Re: reklamacja {k:ticket_number:RK-######}

Proszę o kontakt z naszą księgową, panią [[oth|Ireną]] – {tel:pl_l:(##) ### ## ##} wew. 34 – ona ma oryginały faktur. Nasz NIP do korekty: {nip:d2}.""",
)

item(
    "pl",
    """Lista punktów poboru do zmiany sprzedawcy energii:
1) PPE {k:invalid_checksum_number:590#############42} – NIP {nip:bare}
2) PPE {k:invalid_checksum_number:590#############17} – NIP {nip:bare}
3) PPE {k:invalid_checksum_number:590###############} – REGON {regon:9}
Umowy kończą się {date:dmy}, nowe ceny wg oferty {k:order_number:OF/####/##}. Faktury zbiorcze proszę na [[em|energia@gminaklonowa.pl]].""",
)

item(
    "pl",
    """Nasz kontrahent z Niemiec podał na fakturze USt-IdNr. {ustid:DE} oraz rachunek {iban:DE:g}, ale bank odrzuca przelew ([[k:amount|12 400,00 EUR]]). Czy możecie sprawdzić? Z naszej strony NIP: {nip:d}.
[[k:team_name|Dział Księgowości]] [[k:company|ALFA-TRANS sp.j.]]
[[em|ksiegowosc@alfa-trans.com.pl]], tel. {tel:pl_l:+48 (##) ### ## ##}""",
)

item(
    "pl",
    """Zwrot od klienta z Czech – prosimy o korektę faktury {k:invoice_number:FK ####/##/2024}.
Nabywca: [[k:company|Pekárna Novák s.r.o.]], IČO {ico@i}, DIČ {dicof:i}
Rachunek nabywcy: {iban:CZ:g}
Kwota do zwrotu: [[k:amount|2 180,40 zł]]
Kontakt: [[em|objednavky@pekarna-novak.cz]]""",
)

item(
    "pl",
    """Cześć, zamówienie {k:order_number:#######} z waszego sklepu z zabawkami nadal nie wysłane. Najszybciej złapiecie mnie na WhatsAppie: {tel:pl_m:+48 ###-###-###}, ew. mailowo [[em|kasia.bienkowska87@wp.pl]]. Płaciłam kartą Maestro {card:maestro:g}, kasa zeszła od razu. Dzięki!""",
)

item(
    "pl",
    """Dzień dobry, proszę o przesłanie wyników badań krwi z {date:dmy} na adres [[em|Anna.Lis@Interia.PL]]. Numer zlecenia: {k:order_number:LAB-######}, PESEL pacjentki {pesel}.""",
)

item(
    "pl",
    """Byliśmy w [[k:street_as_brand|Floriańskiej 18]] na urodzinach – obsługa super, ale rachunek {k:invoice_number:#####/2024} doliczył [[k:percent|15%]] serwisu bez uprzedzenia. Stolik był na [[k:time|19:30]] i czekaliśmy do [[k:time|20:10]]. Dwie gwiazdki.""",
)

item(
    "pl",
    """Polisa OC nr {k:invalid_checksum_number:##########} – płatność kartą się nie udała. Dane karty: {card:amex:g}, ważna do [[k:date|08/27]]. Płatnik: firma, NIP:{nip:d}, REGON:{regon:9}. Proszę o ponowne obciążenie.""",
)

item(
    "pl",
    """Ktoś próbował zresetować hasło do mojego konta w systemie fakturowym. Dostałem maila z linkiem [[tok|https://app.faktury-online.pl/reset-hasla?token=9fK2mQx81LzTqp0R7vWc]] – to nie ja. Login: [[em|serwis@auto-kompleks.pl]], firma Auto-Kompleks, NIP {nip:d}. Proszę o zablokowanie konta do wyjaśnienia.""",
)

item(
    "pl",
    """Leasing samochodu – prośba o harmonogram.
Korzystający: [[k:company|Zakład Stolarski DĄB]] ({nip:bare}/{regon:9})
Umowa leasingu: {k:invalid_checksum_number:###/####/2023}
Rata: [[k:amount|2 340,00 zł]] netto
Kontakt: {tel:pl_m:### ### ###}, [[em|sekretariat@dab-stolarka.pl]]""",
)

item(
    "pl",
    """Dzień dobry, nazywam się [[intro|Aleksandra Dudek]], jestem studentką studiów zaocznych i nie mogę się zalogować do USOS. Mail uczelniany: [[em|s412987@student.uw.edu.pl]], prywatny: [[em|ola_dudek@o2.pl]]. Nr albumu {k:invalid_checksum_number:######}, PESEL do weryfikacji: {pesel}. Prof. [[oth|Wiesław Nowak]] też nie może mnie dopisać do seminarium.
Pozdrawiam""",
)

item(
    "pl",
    """Witam,
w odpowiedzi na zgłoszenie {k:ticket_number:#######} informujemy, że paczka {k:tracking_number:%%#########PL} została zwrócona do nadawcy {date:dmy}. Zwrot środków nastąpi w ciągu [[k:quantity|14 dni]].

Z poważaniem
[[k:team_name|Zespół Obsługi Klienta]]
[[k:company|Sklep Domowy Kącik sp. z o.o.]], NIP {nip:d}, REGON {regon:9}, BDO {k:invalid_checksum_number:#########}""",
)

item(
    "pl",
    """Zamówienie {k:order_number:########} – płatność BLIK odrzucona, kod był {k:invalid_checksum_number:### ###}. Spróbuję jeszcze raz wieczorem. Karta sklepu: {k:invalid_checksum_number:#### #### #### ####}, punkty się nie naliczyły od {date:dmy}.""",
)


# ---------------------------------------------------------------- Czech (cs)

item(
    "cs",
    """Dobrý den,
jmenuji se [[intro|Lukáš Procházka]] a mám u vás paušál na čísle {tel:cz_m:+420 ### ### ###}. Za březen mi přišlo vyúčtování {k:invoice_number:##########} na [[k:amount|1 899 Kč]], přitom tarif stojí [[k:amount|499 Kč]]. Smlouvu jsem podepisoval na pobočce, ověřit si mě můžete podle rodného čísla {rc:cz:slash:m}.
Odpověď prosím na [[em|lukas.prochazka@email.cz]].
Děkuji za vyřízení.""",
)

item(
    "cs",
    """Dobrý den,
posíláme objednávku č. {k:order_number:OBJ-####-###} (cement CEM II, [[k:quantity|24 palet]]). Dodání nejpozději {date:dmy1}.

S pozdravem

[[k:company|STAVEBNINY HORÁK a.s.]]
[[adr|Průmyslová 1288/6, 370 01 České Budějovice]]
IČO: {ico@i}
DIČ: {dicof:i}
Bankovní spojení: {iban:CZ:g}
Tel.: {tel:cz_l=38:+420 ### ### ###}, kl. 115
[[em|obchod@stavebniny-horak.cz]]""",
)

item(
    "cs",
    """Žádost o změnu zdravotní pojišťovny
Příjmení, jméno: [[oth|Horáková Věra]]
Rodné číslo: {rc:cz:sps:f}
Telefon: {tel:cz_m:### ### ###}
E-mail: [[em|vera.horakova@seznam.cz]]
Datum podání: {date:dmys}
Číslo pojištěnce u stávající pojišťovny: {k:invalid_checksum_number:##########}""",
)

item(
    "cs",
    """Objednávka {k:order_number:##########} z [[k:brand|Alzy]] dorazila až po [[k:quantity|6 dnech]], krabice promáčknutá. Sluchátka {k:product_code:WH-1000XM5} fungují, ale chybí nabíjecí kabel. Reklamace vedená pod číslem {k:ticket_number:RMA######}, zatím bez odpovědi. Tři hvězdy jen kvůli rychlé výměně v prodejně.""",
)

item(
    "cs",
    """[[k:time|15:42]] Operátorka [[oth|Petra]]: Dobrý den, s čím vám mohu pomoci?
[[k:time|15:43]] Zákazník: strhli jste mi dvakrát platbu za [[k:amount|2 340 Kč]], karta {card:mc:bare}
[[k:time|15:44]] Operátorka [[oth|Petra]]: Děkuji, vidím dvě transakce z {date:dmy1}. Jednu vám vrátíme do [[k:quantity|5 pracovních dnů]].
[[k:time|15:44]] Zákazník: ok a kdyby neco volejte na {tel:cz_m:### ### ###}""",
)

item(
    "cs",
    """Dne {date:dmy1} v [[k:time|10:21]] [[oth|Jana Dvořáková]] <[[em|jana.dvorakova@rapid-logistik.cz]]> napsal(a):
> Pošlete prosím IČ DPH vaší slovenské pobočky, bez něj nemůžeme vystavit fakturu.

Dobrý den,
IČ DPH pobočky v Bratislavě je {icdph:SK}, IČO {ico}. Česká centrála má DIČ {dic:CZ}.
Zdraví [[k:team_name|fakturace]] [[k:company|MODERNA TRADE s.r.o.]]""",
)

item(
    "cs",
    """Nahlašuji stav elektroměru k {date:dmy}: VT [[k:quantity|18 442 kWh]], NT [[k:quantity|9 017 kWh]].
EAN odběrného místa: {k:invalid_checksum_number:8591824###########}
Zákaznické číslo: {k:invalid_checksum_number:##########}
Kontakt pro technika: {tel:cz_m:(+420) ### ### ###}
Zálohy platím z účtu {iban:CZ:g}.""",
)

item(
    "cs",
    """Dobrý den, potvrzuji rezervaci č. {k:order_number:########} na [[k:quantity|3 noci]] od [[k:date|14. 8.]] Fakturu prosím na [[em|Recepce@Penzion-Lipno.CZ]] – ne, pardon, na můj e-mail [[em|M.Kubat@Volny.cz]]. Zálohu jsem platil kartou {card:visa:bare}. Přijedeme kolem [[k:time|18:00]], kdyby se něco změnilo, zavolejte mi zpět na {tel:cz_m:00420 ### ### ###}.""",
)

item(
    "cs",
    """Dobrý den pane [[sal|Nováku]],
vůz Škoda Superb (zakázka {k:order_number:ZK-#####}) je opravený, k vyzvednutí od zítřka od [[k:time|7:30]]. Cena dle kalkulace [[k:amount|14 560 Kč]] vč. DPH. Fakturu vystavíme na firmu, prosím ještě o potvrzení IČO a DIČ – máme {ico@i} a {dicof:i}.

S pozdravem
Ing. [[sig|Radek Šimek]]
vedoucí servisu, [[k:company|Autoservis Šimek & syn]]
{tel:cz_m:### ### ###}""",
)

item(
    "cs",
    """Městský úřad Velké Meziříčí, odbor životního prostředí
Žádost o vydání rybářského lístku na [[k:quantity|3 roky]]
Žadatel: RČ {rc:cz:bare:m}, trvalé bydliště [[adr|Na Výsluní 12, 594 01 Velké Meziříčí]]
Správní poplatek [[k:amount|200 Kč]] uhrazen dne {date:dmy1}, doklad {k:invoice_number:PP/####/##}.
Lístek prosím poslat e-mailem: [[em|jiri.kolar.vm@seznam.cz]]""",
)

item(
    "cs",
    """[[k:greeting_without_name|Dobrý den, paní učitelko]],
omlouvám syna z výuky od {date:dmy1} do pátku, má angínu. Pojišťovna po nás chce k úrazovému pojištění jeho rodné číslo, posílám ho: {rc:cz:slash:m:kid}. Kdyby bylo potřeba cokoli dalšího, jsem na {tel:cz_m:+420### ### ###} nebo na {tel:cz_l=2:### ### ###} (práce, kl. 217).""",
)

item(
    "cs",
    """Chci zrušit členství ve fitku [[k:brand|FormaFit]] k {date:dmy}. Členská karta {k:invalid_checksum_number:#### #### ####}, platby chodí z účtu {iban:CZ:bare}. Minulý měsíc jste mi stáhli [[k:amount|890 Kč]] navíc. Ozvěte se na {tel:cz_m:#########} nebo {tel:cz_m:### ### ###}, díky.""",
)

item(
    "cs",
    """Objednávali jsme granule pro kočku ([[k:quantity|2× 10 kg]], kód {k:product_code:RC-####-10}) v e-shopu [[k:brand|Zverimex]], objednávka {k:order_number:### ### ###}. Přišel jen jeden pytel a faktura {k:invoice_number:FV########} je na oba. Prosíme o doposlání nebo dobropis na [[k:amount|1 249 Kč]].""",
)

item(
    "cs",
    """Dobrý den,
v žádosti o úvěr jsem omylem uvedl špatné rodné číslo {typo:ref=r}. Správné je {rc:cz:slash:m@r}. Číslo žádosti {k:ticket_number:UV-########}. Účet pro čerpání: {iban:CZ:g}.
Děkuji, [[sig|Filip Beneš]]""",
)

item(
    "cs",
    """Zásilka {k:tracking_number:Z #### ### ###} měla být ve výdejním místě {date:dmy1}, stav ale pořád „na cestě“. Kurýr mi volal z čísla {tel:cz_m:+420 ### ### ###}, nestihla jsem to vzít. Zpětně se nedovolám. Objednávka z e-shopu {k:order_number:#########}, napište mi prosím na [[em|h.sedlackova@centrum.cz]].""",
)

item(
    "cs",
    """Ticket #{k:ticket_number:######} – špatné údaje na faktuře
V aplikaci (verze [[k:version|3.8.1]]) nejde změnit DIČ. Jsem OSVČ (IČO {ico}), moje DIČ je {dic:rc@d}, ne {typo:ref=d:swap}, jak máte uvedeno. Účet pro vratku: {iban:CZ:lowerbare}""",
)

item(
    "cs",
    """Dobrý den,
k pojistné události č. {k:ticket_number:PU-####-#####} (pojistná smlouva {k:invalid_checksum_number:##########}) zasílám číslo účtu pro výplatu plnění:
IBAN: {iban:CZ:nl}
Majitel účtu: pojištěný, RČ {rc:cz:bare}. Výše škody dle faktury [[k:amount|38 700 Kč]].""",
)

item(
    "cs",
    """Varování pro ostatní: prodejce na [[k:brand|Bazoši]] chtěl zaplatit předem na účet {iban:SK:g}. Pak poslal odkaz na „ověření karty“ a já tam bohužel zadala svou kartu {card:visa:g}. Banka ji zablokovala. Prodejce psal z čísla {tel:sk_m:+421 ### ### ###}. Inzerát č. {k:order_number:#########}.""",
)

item(
    "cs",
    """Fakturační údaje slovenského odběratele (prosím doplnit do systému):
[[k:company|Drevoprodukt Liptov s.r.o.]]
IČO: {ico:sp}
DIČ: {skdic}
IČ DPH: {icdph:SKs}
IBAN: {iban:SK:g}
Splatnost faktur [[k:quantity|30 dní]].""",
)

item(
    "cs",
    """Náš německý dodavatel nám poslal novou proformu {k:invoice_number:PF-####-###}. USt-IdNr. {ustid:DEs}, IBAN {iban:DE:bare}. Kontakt na jejich [[k:team_name|Verkauf]]: tel. {tel:de_m:+49 ### ########}, [[em|verkauf@kunststoff-hessler.de]]. Prosím zkontrolujte před úhradou, minule byl účet jiný.""",
)

item(
    "cs",
    """Reklamace od polského zákazníka: NIP {nip:PLd}, faktura {k:invoice_number:####/##/2024}. Zboží vrátil kurýrem, tracking {k:tracking_number:##############}. Peníze chce zpět na {nrb:g}. Jejich REGON {regon:9}, kontakt [[em|biuro@meble-wisla.pl]].""",
)

item(
    "cs",
    """Export účastníků – letní tábor [[k:brand|Vlčí stopa]]
č.;RČ dítěte;telefon rodiče;e-mail rodiče
1;{rc:cz:bare:f:kid};{tel:cz_m:#########};[[em|mala.petra@seznam.cz]]
2;{rc:cz:slash:m:kid};{tel:cz_m:+420#########};[[em|vesely.rodina@gmail.com]]
Záloha [[k:amount|3 500 Kč]] splatná do {date:dmy}.""",
)

item(
    "cs",
    """ahoj, píšu kvůli tomu kolu co jste mi prodali, přehazovačka nefunguje. Nejlíp mi napište na WhatsApp {tel:cz_m:+420 ### ### ###} nebo Viber, mail moc nečtu ([[em|pepa.hruby@post.cz]]). Platil jsem kartou {card:mc:g}. Objednávka č. {k:order_number:##########}.""",
)

item(
    "cs",
    """Boty z prodejny [[k:person_like_brand|Baťa]] v [[k:city|Olomouci]] se rozlepily po [[k:quantity|dvou měsících]]. Účtenka č. {k:invoice_number:#####/###}, datum nákupu {date:dmy1}, cena [[k:amount|1 599 Kč]]. Reklamaci zamítli s tím, že jde o „běžné opotřebení“. Nesouhlasím.""",
)

item(
    "cs",
    """Dobrý den, objednávám se na kontrolu k MUDr. [[oth|Aleně Krejčí]]. Jsem pojištěnec [[k:brand|VZP]], číslo pojištěnce = rodné číslo {rc:cz:dash:f}. Volný termín mi vyhovuje {date:dmy1} kolem [[k:time|9:00]]. Telefon {tel:cz_m:### ### ###}, e-mail [[em|zdenka.pokorna@volny.cz]].""",
)

item(
    "cs",
    """Reklamuji vysavač Dyson V11 (sériové číslo {k:product_code:%%%-#####-####}), zakoupený {date:dmy1}, faktura {k:invoice_number:##########}. Nabíjí se jen na [[k:percent|30 %]], fotky posílám v příloze (IMG_{date:compact}.jpg). Peníze prosím vrátit na účet {iban:CZ:bare}.

Odesláno z iPhonu""",
)

item(
    "cs",
    """Vážení,
v březnu jsem zaplatil zálohu na služby do SVJ dvakrát. Variabilní symbol {k:invalid_checksum_number:##########}, specifický symbol {k:invalid_checksum_number:######}. Prosím vrácení na účet, ze kterého platba přišla: {iban:CZ:g}. Správce domu je k zastižení na {tel:cz_l=2:+420 ### ### ###}, kl. 24, v úterý a ve čtvrtek.""",
)

item(
    "cs",
    """Dobrý den, po změně hesla mi přišel mail s odkazem [[tok|https://muj.internet-pripojeni.cz/login/reset?key=Hq82LmxZp4TnV0ae]], ale odkaz je neplatný. Smlouva {k:invalid_checksum_number:########} (na IČO {ico}), přípojka na adrese [[adr|Lipová 318, 763 02 Zlín]]. Návod z [[k:url|https://www.internet-pripojeni.cz/napoveda]] nepomohl.""",
)

item(
    "cs",
    """DIČ:{dicof:i}
IČO:{ico@i}
To jsou správné údaje naší firmy – na faktuře {k:invoice_number:2024######} je uvedeno IČO {typo:ref=i}, což je překlep. Prosím o opravný daňový doklad do {date:dmy1}.""",
)

item(
    "cs",
    """Dobrý den paní [[sal|Marková]],
děkujeme za přihlášku na školení BOZP ({date:dmy1}, [[k:city|Brno]]). Účastnický poplatek [[k:amount|2 900 Kč]] prosíme uhradit na {iban:CZ:g}, VS {k:invalid_checksum_number:########}. Fakturu pošleme na [[em|ucetni@truhlarstvi-marek.cz]], jak jste uvedla.

S pozdravem
[[k:team_name|Tým školení]]
[[k:company|BOZP Centrum Morava]]
IČO {ico} | tel. {tel:cz_l=54:+420 ### ### ###}""",
)


# ---------------------------------------------------------------- Slovak (sk)

item(
    "sk",
    """Dobrý deň,
volám sa [[intro|Peter Baláž]] a už tretí mesiac mi na čísle {tel:sk_m:0### ### ###} účtujete prémiové SMS, ktoré som si neobjednal. Faktúra {k:invoice_number:##########} je na [[k:amount|47,80 €]]. Zmluvu mám na rodné číslo {rc:sk:slash:m}. Prosím o dobropis, odpoveď na [[em|peter.balaz@zoznam.sk]].
Ďakujem""",
)

item(
    "sk",
    """Dobrý deň,
v prílohe posielame objednávku č. {k:order_number:OBJ/2024/####} na drevené europalety ([[k:quantity|120 ks]]).

S pozdravom

[[k:company|PALETY ZVOLEN, s.r.o.]]
[[adr|Lučenecká cesta 21, 960 01 Zvolen]]
IČO: {ico}
DIČ: {skdic}
IČ DPH: {icdph:SK}
IBAN: {iban:SK:g}
tel.: {tel:sk_m:+421 ### ### ###}
[[em|objednavky@palety-zvolen.sk]]""",
)

item(
    "sk",
    """Prihláška na dôchodkové sporenie – formulár
Rodné číslo: {rc:sk:bare:f}
Účet na výplatu: {iban:SK:g}
Telefón: {tel:sk_m:0###/### ###}
E-mail: [[em|maria.kovacova@azet.sk]]
Číslo zmluvy: {k:invalid_checksum_number:##########}
Dátum: {date:dmys}""",
)

item(
    "sk",
    """Objednávka {k:order_number:##########} z [[k:brand|Mall.sk]] prišla po [[k:quantity|10 dňoch]] namiesto sľúbených troch. Kávovar {k:product_code:EC-###.%} netesní, vodu púšťa spodkom. Reklamácia {k:ticket_number:RK-########} je v stave „posúdenie“ už od {date:dmy1}. Neodporúčam.""",
)

item(
    "sk",
    """[[k:time|9:12]] Agent [[oth|Zuzana]]: Dobrý deň, ako vám môžem pomôcť?
[[k:time|9:13]] Zákazník: mam zablokovanu kartu {card:visa:dash}, vcera som zadal zly PIN
[[k:time|9:14]] Agent [[oth|Zuzana]]: Rozumiem. Na overenie potrebujem telefónne číslo z vašej zmluvy.
[[k:time|9:14]] Zákazník: {tel:sk_m:0### ######}""",
)

item(
    "sk",
    """Dňa {date:dmy1} o [[k:time|16:05]] [[oth|Ján Horváth]] <[[em|jan.horvath@stavmont-ke.sk]]> napísal(a):
> Potrebujeme vaše fakturačné údaje, IČ DPH a číslo účtu.

Dobrý deň, posielam:
IČ DPH {icdph:SK}, IČO {ico}, účet {iban:SK:bare}.
[[k:team_name|Ekonomické oddelenie]]""",
)

item(
    "sk",
    """Nahlasujem samoodpočet plynu k {date:dmy}: [[k:quantity|12 874 m³]].
Číslo odberného miesta: {k:invalid_checksum_number:##########}
Zákaznícke číslo: {k:invalid_checksum_number:#########}
Zálohy platím z účtu {iban:SK:g}.
Technik nech volá na {tel:sk_m:+421 ### ### ###}, prípadne na pevnú linku {tel:sk_l2:0##/### ####}.""",
)

item(
    "sk",
    """Dobrý deň, rezervácia č. {k:order_number:#######}, [[k:quantity|2 izby]] na [[k:quantity|4 noci]] v [[k:city|Tatranskej Lomnici]]. Potvrdenie prosím poslať na [[em|Rezervacie.Kowalski@Gmail.com]] – sme z Poľska, kontakt {tel:pl_m:0048 ### ### ###}. Faktúru na firmu: NIP {nip:PL}. Zálohu sme zaplatili kartou {card:visa:g}.""",
)

item(
    "sk",
    """Dobrý deň pán [[sal|Horváth]],
vaše auto (zákazka {k:order_number:SK-######}) je po STK a emisnej kontrole. Zistili sme opotrebované brzdové platničky, výmena by stála [[k:amount|186 €]]. Dajte prosím vedieť, či to máme urobiť. Faktúru vystavíme na IČO {ico}, DIČ {skdic} – ak je to inak, napíšte.

S pozdravom
Mgr. [[sig|Tomáš Kollár]]
prijímací technik
mob.{tel:sk_m:0### ### ###}""",
)

item(
    "sk",
    """Obecný úrad Svätý Jur
Vec: Priznanie k dani z nehnuteľností
Daňovník: rodné číslo {rc:sk:sps:f}, trvalý pobyt [[adr|Prostredná 44, 900 21 Svätý Jur]]
Parcela č. {k:invalid_checksum_number:####/##}, výmera [[k:quantity|612 m²]]
Platobný výmer č. {k:invoice_number:DZN-####-####} som nedostala, prosím o zaslanie na [[em|h.lackova@post.sk]].""",
)

item(
    "sk",
    """[[k:greeting_without_name|Dobrý deň, pani učiteľka]],
posielam údaje dcéry na lyžiarsky výcvik: rodné číslo {rc:sk:slash:f:kid}, poisťovňa [[k:brand|Dôvera]]. Záloha [[k:amount|150 €]] odišla {date:dmy1}. V prípade čohokoľvek volajte {tel:sk_m:0### ### ###} alebo {tel:sk_m:+421### ### ###}.""",
)

item(
    "sk",
    """Chcem zrušiť permanentku vo fitku [[k:brand|GymBeam Studio]] ku koncu mesiaca. Číslo členskej karty {k:invalid_checksum_number:##########}. Z karty {card:mc:g} ste mi stiahli [[k:amount|39 €]] aj po výpovedi, vráťte ich na {iban:SK:bare}. Kontakt [[em|lucia.tothova@post.sk]].""",
)

item(
    "sk",
    """Objednávali sme krmivo pre psa ([[k:quantity|15 kg]], kód {k:product_code:AC-####-15}) a pelech, objednávka {k:order_number:### ### ###}. Pelech prišiel roztrhnutý, faktúra {k:invoice_number:FA########}. Prosíme o výmenu, nie vrátenie peňazí. Ďakujeme, [[k:brand|Psí raj]] zákazníci z [[k:city|Nitry]].""",
)

item(
    "sk",
    """Dobrý deň,
v žiadosti o hypotéku som omylom napísala rodné číslo {typo:ref=r}, správne je {rc:sk:slash:f@r}. Číslo žiadosti {k:ticket_number:HU-#########}. Príjem mi chodí na účet
{iban:SK:lower}
S pozdravom [[sig|Katarína Némethová]]""",
)

item(
    "sk",
    """Zásielka {k:tracking_number:############} z [[k:brand|Packety]] mala byť v boxe {date:dmy1}, ale stav je stále „odoslaná“. Kuriér mi volal z {tel:sk_m:0### ### ###} a potom už nedvíhal. Prosím zistite, kde balík je, objednávka č. {k:order_number:#########}. Môj e-mail: [[em|marek.dobos@gmail.com]]""",
)

item(
    "sk",
    """Tiket #{k:ticket_number:#####}: chyba vo fakturácii
Na faktúrach z aplikácie (verzia [[k:version|2.4.0]]) sa nám zobrazuje zlé IČ DPH. Správne údaje: DIČ:{skdic} / IČ DPH:{icdph:SK}. Kontakt na správcu účtu: [[em|it@kominarstvo-sedlak.sk]], {tel:sk_m:+421 ### ### ###}.""",
)

item(
    "sk",
    """Dobrý deň,
k poistnej udalosti č. {k:ticket_number:PU########} (poistná zmluva {k:invalid_checksum_number:##########}) posielam číslo účtu na vyplatenie:
{iban:SK:nl}
Majiteľ účtu je môj manžel [[oth|Róbert Varga]], rodné číslo {rc:sk:sp:m}, tel. {tel:sk_m:0### ### ###}.""",
)

item(
    "sk",
    """Pozor na predajcu z [[k:brand|Bazoša]]! Chcel platbu vopred na český účet {iban:CZ:g} a telefonoval z {tel:cz_m:+420 ### ### ###}. Inzerát {k:order_number:#########} už zmazal. Nahlásila som to na polícii, číslo záznamu {k:ticket_number:ČVS:####-####}.""",
)

item(
    "sk",
    """Fakturačné údaje českého partnera:
[[k:company|TISKÁRNA PETR s.r.o.]]
IČO: {ico@i}
DIČ: {dicof:i}
Účet: {iban:CZ:bare}
Telefón: {tel:cz_l=2:+420 ### ### ###}
E-mail: [[em|fakturace@tiskarna-petr.cz]]
Prosím založiť do systému pred vystavením faktúry {k:invoice_number:2024####}.""",
)

item(
    "sk",
    """Rakúsky dodávateľ nám poslal dobropis {k:invoice_number:GS-####/##}. UID: {atu:ATU}, IBAN {iban:AT:g}. Kontakt: [[em|office@holz-gruber.at]], mobil {tel:at_m:+43 ### #######}. Overte prosím, či sedí s objednávkou {k:order_number:#######}.""",
)

item(
    "sk",
    """Reklamácia z Poľska – zákazník chce peniaze späť na účet {nrb:g}. Jeho NIP {nip:d}, telefón {tel:pl_m:+48 ### ### ###}. Pôvodná faktúra {k:invoice_number:####/SK/2024}, suma [[k:amount|312,50 €]]. Jeho e-mail: [[em|zamowienia@sklep-rowerowy.pl]].""",
)

item(
    "sk",
    """Zoznam účastníkov – jazykový kurz [[k:brand|Lingua Plus]]
p.č.;rodné číslo;telefón;e-mail
1;{rc:sk:slash:m};{tel:sk_m:0#########};[[em|m.urban@azet.sk]]
2;{rc:sk:bare:f};{tel:sk_m:+421#########};[[em|simona.hruskova@gmail.com]]
3;{rc:sk:slash:m};{tel:sk_m:0### ### ###};[[em|david.lukac@centrum.sk]]""",
)

item(
    "sk",
    """cau, kupil som u vas bicykel a po tyzdni praskol ram. Pis mi radsej na whatsapp {tel:sk_m:+421 ### ### ###} alebo viber na to iste cislo, mail nekontrolujem. Platil som kartou {card:mc:bare}. Objednavka {k:order_number:##########}.""",
)

item(
    "sk",
    """Nakupovala som v outlete [[k:person_like_brand|Tommy Hilfiger]] v [[k:city|Bratislave]] a pri pokladni mi naúčtovali bundu dvakrát. Bloček č. {k:invoice_number:####-#####}, {date:dmy1}, [[k:amount|2× 129,90 €]]. Predavačka tvrdila, že to je chyba systému, ale peniaze mi nevrátili.""",
)

item(
    "sk",
    """Dobrý deň, chcela by som sa objednať na preventívnu prehliadku k MUDr. [[oth|Ivete Šimkovej]]. Rodné číslo {rc:sk:sp:f}, poisťovňa [[k:brand|Union]]. Vyhovuje mi {date:dmy1} dopoludnia, telefón {tel:sk_m:0###/######}, e-mail [[em|eva.simkova.ba@gmail.com]].""",
)

item(
    "sk",
    """Reklamujem práčku Whirlpool (výrobné číslo {k:product_code:%%#####-####}), kúpenú {date:dmy1}, doklad {k:invoice_number:##########}. Po [[k:quantity|15 minútach]] pracieho cyklu hlási chybu F06. Pri vrátení peňazí prosím na {iban:SK:g}.

Odoslané z môjho iPhonu""",
)

item(
    "sk",
    """Vážení,
za správu bytu som zaplatil dvakrát. Variabilný symbol {k:invalid_checksum_number:##########}, suma [[k:amount|84,20 €]]. Správca je k dispozícii na {tel:sk_l:0#/#### ####} kl. 12 v pondelok a stredu, ale nikto nedvíha. Prosím vrátiť preplatok na {iban:SK:g}.""",
)

item(
    "sk",
    """Po zmene hesla mi prišiel e-mail s odkazom [[tok|https://moj.optinet.sk/obnova-hesla?t=Lp3x9QzK0vY7mWd2sF]], ktorý nefunguje. Číslo zmluvy {k:invalid_checksum_number:#########} (na rodné číslo {rc:sk:bare}), pripojenie na adrese [[adr|Hlavná 112, 040 01 Košice]]. Návod na [[k:url|https://www.optinet.sk/podpora]] mi nepomohol.""",
)

item(
    "sk",
    """Na faktúre {k:invoice_number:FV2024/####} je chybné IČO {typo:ref=i}, správne je {ico@i}. DIČ {skdic} a IČ DPH {icdph:SK} sú v poriadku. Prosíme o opravnú faktúru do {date:dmy1}.
[[k:team_name|Účtovníctvo]], [[k:company|AGRO-MIX Senica, s.r.o.]]""",
)

item(
    "sk",
    """Dobrý deň,
som študentka 2. ročníka a nemôžem sa prihlásiť do AIS – heslo mi nechodí ani na školský e-mail [[em|xmrazova7@stuba.sk]], ani na súkromný [[em|ivana.mrazova@centrum.sk]]. ID študenta {k:invalid_checksum_number:######}, študijný program {k:product_code:B-API}.
Na overenie: rodné číslo {rc:sk:slash:f:young}.
Ďakujem""",
)


# ---------------------------------------------------------------- Russian (ru)

item(
    "ru",
    """Здравствуйте!
Меня зовут [[intro|Ольга Викторовна Савельева]], я абонент вашей сети с номером {tel:ru_m:+7 (###) ###-##-##}. С {date:dmy} с моего счёта ежедневно списывается [[k:amount|25 ₽]] за подписку, которую я не подключала. Прошу отключить её и вернуть деньги. Договор оформлен на мой ИНН {inn:12}. Ответ прошу прислать на [[em|olga.savelieva@mail.ru]].""",
)

item(
    "ru",
    """[[k:greeting_without_name|Добрый день]]!
Направляем заявку № {k:order_number:ЗК-####/##} на поставку упаковочной плёнки ([[k:quantity|36 рулонов]]). Счёт просим выставить по реквизитам ниже.

С уважением,
[[k:team_name|отдел закупок]]
[[k:company|ООО «Полимер-Снаб»]]
ИНН {inn:10} / КПП {k:invalid_checksum_number:####01001}
ОГРН {ogrn:13}
БИК {k:invalid_checksum_number:04452####}
Тел.: {tel:ru_l=495:+7 (###) ###-##-##}, доб. 214
[[em|zakupki@polimer-snab.ru]]""",
)

item(
    "ru",
    """Анкета участника программы лояльности
СНИЛС: {snils:g}
ИНН: {inn:12}
Телефон: {tel:ru_m:8 ### ### ## ##}
Эл. почта: [[em|artem.grechko@mail.ru]]
Номер карты лояльности: {k:invalid_checksum_number:#### #### #### ####}""",
)

item(
    "ru",
    """Заказ {k:order_number:########-####} на [[k:brand|Ozon]] пришёл с опозданием на [[k:quantity|неделю]], а пылесос (артикул {k:product_code:#########}) не включается. Возврат оформила {date:dmy}, заявка {k:ticket_number:#########}, но деньги [[k:amount|12 490 ₽]] так и не вернули. Одна звезда.""",
)

item(
    "ru",
    """[[k:time|14:20]] Оператор [[oth|Анастасия]]: Добрый день! Чем могу помочь?
[[k:time|14:21]] Клиент: карта {card:mir:g} не проходит при оплате онлайн, пишет «операция отклонена»
[[k:time|14:22]] Оператор [[oth|Анастасия]]: Вижу блокировку по подозрительной операции от {date:dmy}. Для разблокировки подтвердите, пожалуйста, номер телефона.
[[k:time|14:22]] Клиент: {tel:ru_m:+7##########}""",
)

item(
    "ru",
    """{date:dmy}, [[k:time|12:40]], [[oth|Сергей Петров]] <[[em|s.petrov@stroykomplekt.ru]]> пишет:
> Пришлите, пожалуйста, реквизиты ИП для договора. Наши: ИНН {inn:10}, ОГРН {ogrn:13}.

[[sal|Сергей]], добрый день!
ИНН ИП {inn:12}, ОГРНИП {ogrn:15}. Договор № {k:invalid_checksum_number:##/####} подпишу в понедельник.""",
)

item(
    "ru",
    """Передаю показания счётчиков за март:
ХВС — [[k:quantity|412 м³]], ГВС — [[k:quantity|198 м³]], электроэнергия — [[k:quantity|18 305 кВт·ч]].
Лицевой счёт {k:invalid_checksum_number:##########}, номер счётчика ХВС {k:invalid_checksum_number:########}.
Собственник: СНИЛС {snils:g}.
По вопросам звоните {tel:ru_l=812:8 (###) ###-##-##}.""",
)

item(
    "ru",
    """Добрый вечер! Бронирование № {k:order_number:#########}, заезд {date:dmy}, [[k:quantity|2 взрослых]]. Подтверждение почему-то ушло на старый адрес, пришлите, пожалуйста, на [[em|Irina.Zueva@Yandex.RU]]. Предоплату списали с карты {card:visa:g}. Если что-то не так с оплатой — перезвоните мне на {tel:ru_m:8 ### ### ## ##} или {tel:ru_m:+7##########}.""",
)

item(
    "ru",
    """Уважаемый [[sal|Игорь Николаевич]]!
Ваш автомобиль (заказ-наряд {k:order_number:ЗН-#######}) готов к выдаче. Замена ремня ГРМ и помпы — [[k:amount|28 600 ₽]]. Оплатить можно картой или по счёту {k:invoice_number:####} от {date:dmy} (счёт выставлен на ИНН {inn:10}, как вы просили).

Мастер-приёмщик
[[sig|Дмитрий Орлов]]
{tel:ru_m:+7 ### ###-##-##}""",
)

item(
    "ru",
    """В МФЦ [[k:city|Екатеринбурга]] мне отказали в приёме заявления, потому что в базе другой СНИЛС. Мой СНИЛС {snils:bare}, ИНН {inn:12}. Адрес регистрации: [[adr|ул. Малышева, д. 84, кв. 17, Екатеринбург, 620014]]. Талон электронной очереди {k:ticket_number:%###}. Ответ прошу на [[em|gorbunova.ln@yandex.ru]].""",
)

item(
    "ru",
    """Уважаемая [[sal|Марина Сергеевна]]!
Для оформления питания в школе передаю данные сына: СНИЛС {snils:g}. Квитанцию на [[k:amount|3 450 ₽]] оплатила {date:dmy}. Мой телефон {tel:ru_m:8-###-###-##-##}, почта [[em|kuznetsova.ev@bk.ru]].
[[sig|Е. В. Кузнецова]]""",
)

item(
    "ru",
    """Хочу расторгнуть договор с фитнес-клубом [[k:brand|«Атлетика»]] (договор № {k:invalid_checksum_number:###-####}). После заявления от {date:dmy} с карты {card:mir:bare} всё равно списали [[k:amount|4 900 ₽]]. Требую вернуть. Связь: {tel:ru_m:+7 ### ### ## ##}, [[em|d.sokolov84@gmail.com]].""",
)

item(
    "ru",
    """Заказывала в зоомагазине [[k:brand|«Хвост и Лапы»]] корм Royal Canin ([[k:quantity|10 кг]], артикул {k:product_code:RC-####}) и когтеточку. Заказ {k:order_number:### ### ###} пришёл без корма, в чеке {k:invoice_number:########} оба товара. Прошу довезти корм.""",
)

item(
    "ru",
    """В заявке на кредит я ошибся в ИНН: указал {typo:ref=n}, а правильный — {inn:12@n}. Номер заявки {k:ticket_number:КР-##########}. Прошу исправить, чтобы не было отказа. Для проверки: СНИЛС {snils:sp}.""",
)

item(
    "ru",
    """Трек-номер СДЭК {k:tracking_number:##########}, посылка застряла в [[k:city|Новосибирске]] с {date:dmy}. Курьер звонил с {tel:ru_m:+7 ###-###-##-##}, но я был на работе. Перезвоните, пожалуйста, на {tel:ru_m:8##########} или напишите на [[em|vlad.morozov@inbox.ru]].""",
)

item(
    "ru",
    """Обращение № {k:ticket_number:######}
В личном кабинете (версия [[k:version|5.2.7]]) не сохраняются реквизиты ИП. Ввожу ИНН{inn:12}, ОГРНИП{ogrn:15} — система пишет «неверный формат». Логин: [[em|ip.zhukova@yandex.ru]]. Прошу помочь, счета клиентам выставить не могу.""",
)

item(
    "ru",
    """По полису ОСАГО {k:invalid_checksum_number:ХХХ ##########} произошло ДТП {date:dmy}, убыток № {k:ticket_number:##-######}. Страховое возмещение прошу перечислить на карту {card:visa:g} (получатель — собственник ТС, ИНН {inn:12}). Телефон для связи: {tel:ru_m:+7 (###) ###-##-##}.""",
)

item(
    "ru",
    """Осторожно, мошенник на [[k:brand|Авито]]! Попросил перевести предоплату [[k:amount|15 000 ₽]] на карту {card:mir:dash} и пропал. Номер, с которого писал: {tel:ru_m:+7 ### ###-##-##}, почта [[em|prodam.srochno2024@mail.ru]]. Объявление № {k:order_number:##########} уже удалено.""",
)

item(
    "ru",
    """Реквизиты белорусского партнёра для договора:
[[k:company|ООО «БелТехСнаб»]]
УНП {unp}
Счёт в BYN открыт в [[k:brand|Белагропромбанке]], договор № {k:invalid_checksum_number:##-####/##}
Тел. {tel:ru_m:+7 ### ### ## ##} (представитель в Москве, ИНН {inn:10})""",
)

item(
    "ru",
    """Немецкий поставщик прислал новый счёт {k:invoice_number:RE-######}. USt-IdNr. {ustid:DE}, IBAN {iban:DE:g}. Контакт — [[em|sales@maschinen-hoff.de]], {tel:de_m:+49 ### ########}. Предоплата [[k:amount|4 200 EUR]] до {date:dmy}.""",
)

item(
    "ru",
    """Список сотрудников для оформления ДМС:
Фамилия;Имя;СНИЛС;Телефон
[[oth|Корнилова]];[[oth|Наталья]];{snils:g};{tel:ru_m:+7##########}
[[oth|Ибрагимов]];[[oth|Руслан]];{snils:bare};{tel:ru_m:8##########}
[[oth|Белов]];[[oth|Кирилл]];{snils:sp};{tel:ru_m:8 (###) ###-##-##}""",
)

item(
    "ru",
    """привет! продаёте ещё б/у велосипед из объявления {k:order_number:#########}? напишите в телеграм или ватсап {tel:ru_m:+7 ### ### ####}, звонить лучше после [[k:time|18:00]]""",
)

item(
    "ru",
    """Перевела деньги через [[k:person_like_brand|Тинькофф]] в магазин [[k:brand|«Эльдорадо»]], а заказ {k:order_number:##########} отменили. Прошло [[k:quantity|14 дней]], деньги ([[k:amount|23 990 ₽]]) не вернулись. Номер операции {k:invalid_checksum_number:############}. Поддержка отвечает шаблонами.""",
)

item(
    "ru",
    """Здравствуйте! Хочу записаться на повторный приём к врачу [[oth|Ивановой Е. А.]] на {date:dmy}. Полис ОМС тот же, СНИЛС {snils:d}. Телефон {tel:ru_m:+7 (###) ### ## ##}, почта [[em|t.belyaeva@list.ru]].""",
)

item(
    "ru",
    """Здравствуйте, микроволновка Samsung (серийный номер {k:product_code:%%#####%######}) перестала греть через [[k:quantity|3 месяца]]. Чек {k:invoice_number:######} от {date:dmy}, сумма [[k:amount|8 990 ₽]], оплата картой {card:mir:g}.

Отправлено с iPhone""",
)

item(
    "ru",
    """В [[k:company|ТСЖ «Рассвет»]] мне дважды начислили взнос на капремонт. Лицевой счёт {k:invalid_checksum_number:########}, квитанция за {date:dmy}. Бухгалтер доступен по {tel:ru_l=343:8 (###) ###-##-##} доб. 3, но трубку не берёт. Прошу сделать перерасчёт. Собственник квартиры — я, СНИЛС {snils:bare}.""",
)

item(
    "ru",
    """Мне пришло письмо для сброса пароля со ссылкой [[tok|https://lk.domnet-provider.ru/restore?code=8sTq2ZkLm0Pw4XvA]], хотя я ничего не запрашивал. Договор {k:invalid_checksum_number:#########} (оформлен на ИНН {inn:12}), адрес подключения [[adr|г. Казань, ул. Баумана, д. 19, кв. 5]]. Прошу проверить безопасность аккаунта.""",
)

item(
    "ru",
    """В выписке из ЕГРЮЛ наш ОГРН указан с ошибкой: {typo:ref=o} вместо {ogrn:13@o}. ИНН организации {inn:10@v} верный. Прошу внести исправление, заявление № {k:ticket_number:######-##} от {date:dmy}.
[[k:job_title|Генеральный директор]] [[k:company|ООО «Вектор-Плюс»]]
{inn:10@v}/{k:invalid_checksum_number:####01001}
[[em|info@vektor-plus.ru]]""",
)

item(
    "ru",
    """Добрый день, я студентка второго курса, не могу войти в электронную библиотеку. Университетская почта [[em|a.lebedeva@stud.uni-volga.ru]], личная — [[em|nastya_lebedeva03@yandex.ru]]. Номер студенческого {k:invalid_checksum_number:########}, СНИЛС {snils:g}.
Спасибо!""",
)

item(
    "ru",
    """Это [[intro|Кирилл Фёдоров]], вчера забыл в такси рюкзак. Водитель [[oth|Ахмед]], машина — белая Kia Rio, поездка {date:dmy} около [[k:time|23:15]], сумма [[k:amount|640 ₽]], оплата с карты {card:mir:bare}. Пожалуйста, передайте водителю мой номер {tel:ru_m:8 (###) ###-##-##} или почту [[em|k.fedorov@rambler.ru]].""",
)


# ---------------------------------------------------------------- Ukrainian (uk)

item(
    "uk",
    """Добрий день!
Мене звати [[intro|Оксана Мельник]], мій номер {tel:ua_m:+380 ## ### ####}. Після переходу на новий тариф мені щомісяця списують на [[k:amount|150 грн]] більше, ніж обіцяли в магазині. Договір укладений на РНОКПП {rnokpp}, рахунок {k:invoice_number:##########}. Прошу перерахунку, відповідь — на [[em|oksana.melnyk@ukr.net]].""",
)

item(
    "uk",
    """Доброго дня!
Надсилаємо замовлення № {k:order_number:ЗМ-#####} на гіпсокартон ([[k:quantity|80 листів]]), доставка до {date:dmy}.

З повагою,
[[k:team_name|відділ постачання]]
[[k:company|ТОВ «БудМайстер Захід»]]
Код ЄДРПОУ {edrpou}
IBAN {iban:UA:g}
[[adr|вул. Городоцька, 174, м. Львів, 79022]]
тел. {tel:ua_l=32:+380 ## ### ## ##}, дод. 105
[[em|postach@budmaister-zakhid.com.ua]]""",
)

item(
    "uk",
    """Анкета клієнта
РНОКПП: {rnokpp}
Телефон: {tel:ua_m:0## ### ## ##}
E-mail: [[em|a.kovalenko@ukr.net]]
Номер бонусної картки: {k:invalid_checksum_number:#### #### #### ####}""",
)

item(
    "uk",
    """Замовлення {k:order_number:#########} на [[k:brand|Rozetka]] приїхало з розбитим екраном. Ноутбук {k:product_code:%%##-###%%}, ціна [[k:amount|32 999 грн]]. Повернення оформив {date:dmy}, номер заявки {k:ticket_number:##########}. Гроші досі не повернули, підтримка мовчить.""",
)

item(
    "uk",
    """[[k:time|10:05]] Оператор [[oth|Богдана]]: Вітаю! Чим можу допомогти?
[[k:time|10:06]] Клієнт: картка {card:mc:g} заблокувалась після оплати в інтернеті
[[k:time|10:07]] Оператор [[oth|Богдана]]: Бачу, спрацював захист від шахрайства. Назвіть, будь ласка, номер телефону з договору.
[[k:time|10:07]] Клієнт: {tel:ua_m:+38 (0##) ###-##-##}""",
)

item(
    "uk",
    """{date:dmy}, [[k:time|12:40]], [[oth|Олег Бондар]] <[[em|o.bondar@agrotrade.ua]]> пише:
> Надішліть, будь ласка, реквізити ФОП для договору поставки.

[[sal|Олеже]], добрий день!
ФОП, РНОКПП {rnokpp}, рахунок {iban:UA:bare}. Договір № {k:invalid_checksum_number:###/##} підпишу завтра.""",
)

item(
    "uk",
    """Передаю показники лічильників станом на {date:dmy}:
електроенергія — [[k:quantity|23 418 кВт·год]], газ — [[k:quantity|5 102 м³]].
Особовий рахунок {k:invalid_checksum_number:##########}, EIC-код точки обліку {k:invalid_checksum_number:62Z#############}.
Споживач: РНОКПП {rnokpp}
Телефон для зв'язку: {tel:ua_m:(0##) ###-##-##}, пошта [[em|h.lysenko@i.ua]]""",
)

item(
    "uk",
    """Добрий вечір! Бронювання № {k:order_number:########} у [[k:city|Буковелі]], заїзд {date:dmy}, [[k:quantity|3 ночі]]. Підтвердження прийшло не на ту пошту, надішліть, будь ласка, на [[em|Yulia.Savchuk@Gmail.com]]. Передоплату списали з картки {card:mc:g}. Якщо щось не так з оплатою — передзвоніть мені на {tel:ua_m:0## ### ## ##}.""",
)

item(
    "uk",
    """Пане [[sal|Олеже]],
ваш автомобіль (наряд-замовлення {k:order_number:НЗ-######}) готовий. Заміна зчеплення — [[k:amount|14 800 грн]]. Оплатити можна карткою або за рахунком {k:invoice_number:####} від {date:dmy} (виставлений на ЄДРПОУ {edrpou}, як ви просили).

Майстер-приймальник
[[sig|Віталій Гнатюк]]
тел.{tel:ua_m:+380#########}""",
)

item(
    "uk",
    """У ЦНАП мені відмовили в оформленні субсидії, бо в базі інший РНОКПП. Мій правильний код {rnokpp}. Адреса реєстрації: [[adr|вул. Січових Стрільців, 12, кв. 4, м. Київ, 04053]]. Номер звернення {k:ticket_number:ЦН-######}. Субсидію прошу перераховувати на {iban:UA:g}, відповідь — на [[em|petrenko.vira@gmail.com]].""",
)

item(
    "uk",
    """Шановна [[sal|Ірино Петрівно]]!
Благодійний внесок на ремонт класу ([[k:amount|500 грн]]) перерахувала {date:dmy} з картки {card:visa:g}. Якщо потрібна квитанція — мій телефон {tel:ua_m=67:0#########}, пошта [[em|tkachenko.natalia@i.ua]].
З повагою, [[sig|Наталія Ткаченко]], мама [[oth|Марка]]""",
)

item(
    "uk",
    """Хочу розірвати договір з фітнес-клубом [[k:brand|SportLife]] (договір № {k:invalid_checksum_number:######}). Після заяви від {date:dmy} з картки {card:visa:bare} все одно списали [[k:amount|1 290 грн]]. Прошу повернути кошти на {iban:UA:bare}. Телефон {tel:ua_m:+380 ## ###-##-##}.""",
)

item(
    "uk",
    """Замовляла в [[k:brand|«Зоомаркеті»]] корм для кота ([[k:quantity|7 кг]], артикул {k:product_code:ZM-#####}) і лоток. Замовлення {k:order_number:### ### ###} прийшло без корму, хоча в чеку {k:invoice_number:########} він є. Прошу довезти.""",
)

item(
    "uk",
    """У заявці на кредит я помилився в РНОКПП: вказав {typo:ref=r:swap}, а правильний — {rnokpp@r}. Номер заявки {k:ticket_number:КР##########}. Прошу виправити. Кредит має надійти на {iban:UA:g}.""",
)

item(
    "uk",
    """ТТН [[k:brand|Нової Пошти]] {k:tracking_number:2045##########}, посилка вже тиждень «у дорозі». Відправник телефонував з {tel:ua_m:+380 ## ### ## ##}, отримувач — я, {tel:ua_m:0##-###-##-##}. Напишіть, будь ласка, на [[em|roman.shevchuk@meta.ua]], коли щось проясниться.""",
)

item(
    "uk",
    """Звернення № {k:ticket_number:######}
У кабінеті платника (версія [[k:version|3.1.4]]) не зберігаються реквізити. Я ФОП, РНОКПП:{rnokpp}, а покупець — ТОВ, ЄДРПОУ:{edrpou}. Система пише «некоректний код», скрін від {date:compact} додаю. Прошу допомогти. Логін: [[em|fop.savchenko@gmail.com]]""",
)

item(
    "uk",
    """Добрий день!
Щодо страхового випадку № {k:ticket_number:СВ-####-####} (поліс {k:invalid_checksum_number:##########}) надсилаю реквізити для виплати:
{iban:UA:nl}
Одержувач — я, власник авто, РНОКПП {rnokpp}. Сума збитку за калькуляцією [[k:amount|41 300 грн]].""",
)

item(
    "uk",
    """Обережно, шахрай на [[k:brand|OLX]]! Просив передоплату [[k:amount|2 000 грн]] на картку {card:mc:dash} і зник. Писав з номера {tel:ua_m:+380 (##) ### ## ##}, пошта [[em|bystryi.prodazh@ukr.net]]. Оголошення {k:order_number:##########} вже видалено.""",
)

item(
    "uk",
    """Добрий день! Я працюю в Польщі, мені потрібна довідка для податкової. Мій PESEL {pesel}, рахунок у польському банку {nrb:g}, польський номер {tel:pl_m:+48 ### ### ###}. Український РНОКПП {rnokpp} — на випадок, якщо треба.""",
)

item(
    "uk",
    """Німецький постачальник надіслав рахунок {k:invoice_number:RE-######}. USt-IdNr. {ustid:DE}, IBAN {iban:DE:g}. Контакт — [[em|vertrieb@agrartechnik-lang.de]], {tel:de_l2:+49 (0)## ########}. Передоплата [[k:amount|3 600 EUR]] до {date:dmy}.""",
)

item(
    "uk",
    """Список працівників для медогляду:
Таб. №;РНОКПП;Телефон;E-mail
{k:invalid_checksum_number:####};{rnokpp};{tel:ua_m:+380#########};[[em|boiko.ya@agromash.ua]]
{k:invalid_checksum_number:####};{rnokpp};{tel:ua_m:0#########};[[em|kravchuk.o@agromash.ua]]
{k:invalid_checksum_number:####};{rnokpp};{tel:ua_m:0## ### ## ##};[[em|moroz.d@agromash.ua]]""",
)

item(
    "uk",
    """вітаю! велосипед з оголошення {k:order_number:#########} ще продається? пишіть у вайбер або телеграм {tel:ua_m:+380 ## ### ## ##}, дзвонити краще після [[k:time|19:00]]""",
)

item(
    "uk",
    """Купувала дитячий візок у [[k:person_like_brand|«Антошці»]], а в чеку {k:invoice_number:####-######} пробили двічі. Сума [[k:amount|2× 8 450 грн]], дата {date:dmy}. Магазин у [[k:city|Вінниці]] каже звертатися на гарячу лінію, а там ніхто не відповідає.""",
)

item(
    "uk",
    """Добрий день! Хочу записатися на прийом до лікаря [[oth|Ковальчук Н. В.]] на {date:dmy}. Декларацію підписувала минулого року, РНОКПП {rnokpp}. Телефон {tel:ua_m:+38 0## ### ## ##}, пошта [[em|zinaida.koval@ukr.net]].""",
)

item(
    "uk",
    """Пральна машина LG (серійний номер {k:product_code:###%%%%#####}) після [[k:quantity|двох місяців]] видає помилку OE. Чек {k:invoice_number:######} від {date:dmy}, сума [[k:amount|17 499 грн]], оплата карткою {card:visa:g}.

Надіслано з iPhone""",
)

item(
    "uk",
    """В [[k:company|ОСББ «Затишок»]] мені двічі нарахували внесок за ліфт. Особовий рахунок {k:invalid_checksum_number:#######}, квитанція за {date:dmy}. Бухгалтерка доступна за {tel:ua_l=44:(0##) ###-##-##} дод. 2, але слухавку не бере. Прошу зробити перерахунок. Власниця квартири — я, РНОКПП {rnokpp}.""",
)

item(
    "uk",
    """Мені прийшов лист для скидання пароля з посиланням [[tok|https://my.netlink-provider.com.ua/reset?token=Zt7qL0pX2mKc9VwB]], хоча я нічого не запитував. Договір {k:invalid_checksum_number:#########} (на РНОКПП {rnokpp}), адреса підключення [[adr|м. Харків, просп. Науки, 27, кв. 58]]. Перевірте, будь ласка, безпеку акаунта.""",
)

item(
    "uk",
    """У рахунку-фактурі {k:invoice_number:####/24} наш код ЄДРПОУ вказано з помилкою: {typo:ref=e} замість {edrpou@e}. Прошу виправити до {date:dmy}, інакше бухгалтерія не проведе оплату.
[[k:job_title|Головний бухгалтер]] [[k:company|ПП «Агросвіт»]]
[[em|buh@agrosvit.com.ua]]""",
)

item(
    "uk",
    """Доброго дня! Я студентка третього курсу, не можу увійти в електронний журнал. Університетська пошта [[em|d.hrytsenko@stud.univ-dnipro.edu.ua]], особиста — [[em|dasha.hrytsenko@ukr.net]]. Номер студентського квитка {k:invalid_checksum_number:КВ ########}, РНОКПП {rnokpp:young}.
Дякую!""",
)

item(
    "uk",
    """На зв'язку [[intro|Леся Павленко]]: вчора залишила в таксі сумку. Водій [[oth|Тарас]], сіра Skoda Octavia, поїздка {date:dmy} близько [[k:time|22:40]], [[k:amount|185 грн]], оплата з картки {card:mc:bare}. Передайте, будь ласка, водієві мій номер {tel:ua_m:(0##) ### ## ##} або пошту [[em|lesia.pavlenko@gmail.com]].""",
)


# ---------------------------------------------------------------- English (en)

item(
    "en",
    """Hi there,
my name is [[intro|Callum Reid]] and I've been a customer for six years. Since switching to the 30GB plan my mobile ({tel:gb_m:0#### ######}) keeps getting charged for roaming in [[k:city|Calais]], even though I haven't left [[k:city|Kent]]. Bill reference {k:invoice_number:INV-########}, account {k:invalid_checksum_number:##########}, direct debit from {iban:GB:g}. Please sort this out and reply to [[em|callum.reid@btinternet.com]].
Thanks""",
)

item(
    "en",
    """[[k:greeting_without_name|Good afternoon]],
please find attached purchase order {k:order_number:PO-######} for [[k:quantity|200 units]] of the M8 anchor bolts, delivery by {date:slash}.

Kind regards,

[[k:team_name|Procurement Team]]
[[k:company|Harlow Fixings Ltd]]
[[adr|Unit 4, Riverside Trading Estate, Manchester M17 1RB]]
VAT Reg. No. {gbvat:GBs}
Company No. {k:invalid_checksum_number:########}
Bank: {iban:GB:g}
T: {tel:gb_l3=161:+44 (0)### ### ####}
E: [[em|purchasing@harlowfixings.co.uk]] <mailto:[[em|purchasing@harlowfixings.co.uk]]>""",
)

item(
    "en",
    """New patient registration – Meadowbank Surgery
NHS number: {nhs:sp}
Date of birth: [[k:date|14/02/1989]]
Mobile: {tel:gb_m:0#### ### ###}
Email: [[em|priya.raman@btinternet.com]]
Preferred pharmacy: [[k:brand|Boots]], High Street""",
)

item(
    "en",
    """Ordered a kettle from [[k:brand|Argos]], order {k:order_number:###-#######-#######}, and it arrived with a cracked lid. Model {k:product_code:KT-####-%%}, paid [[k:amount|£39.99]] on {date:slash}. Return request {k:ticket_number:RTN#######} has been "processing" for [[k:quantity|12 days]]. Not impressed.""",
)

item(
    "en",
    """[[k:time|16:02]] Agent [[oth|Priyanka]]: Hello, you're through to card services. How can I help?
[[k:time|16:03]] Customer: my amex {card:amex:g} was declined at the airport even though I told you I was travelling
[[k:time|16:04]] Agent [[oth|Priyanka]]: Sorry about that. I can see a fraud block from {date:slash}. Can you confirm the mobile number on the account?
[[k:time|16:04]] Customer: {tel:gb_m:+44 #### ######}""",
)

item(
    "en",
    """On Mon, [[k:date|4 Mar 2024]] at [[k:time|10:15]], [[oth|Sarah Collins]] <[[em|sarah.collins@brightline-events.co.uk]]> wrote:
> Could you send us your VAT number and bank details so we can set you up as a supplier?

Hi [[sal|Sarah]],
VAT number is {gbvat:GB}, and payments go to {iban:GB:g}. My colleague [[oth|Priya Shah]] will send invoice {k:invoice_number:BL-####} tomorrow.
Cheers, [[sig|Tom]]""",
)

item(
    "en",
    """Meter reading for {date:slash}: [[k:quantity|48213 kWh]] (day), [[k:quantity|19877 kWh]] (night).
Meter serial: {k:product_code:##%#######}
Customer number: {k:invalid_checksum_number:#########}
Direct debit is taken from {iban:GB:bare}. If the engineer needs access, call {tel:gb_m:0##########} or the landline {tel:gb_l3=113:0### ### ####}.""",
)

item(
    "en",
    """Hello, I have booking ref {k:order_number:%%#######} for [[k:quantity|2 nights]] at your [[k:city|Edinburgh]] hotel, arriving [[k:date|21 June]]. The confirmation went to an old address – could you resend it to [[em|D.McAllister@Outlook.COM]]? The deposit was paid with card {card:visa:g}. If there's a problem with the payment, please call me back on {tel:gb_m:+44 (0)#### ######}.""",
)

item(
    "en",
    """Dear Mr [[sal|Patel]],
your Ford Focus (job card {k:order_number:JC-#####}) has passed its MOT. We recommend replacing the rear brake discs, quoted at [[k:amount|£214.50]] incl. VAT. Please let us know by Friday.

Best regards,
[[sig|Gemma Wilkinson]]
Service Advisor, [[k:company|Northgate Motors]]
{tel:gb_l3=121:0### ### ####} | VAT no. {gbvat:GBs}""",
)

item(
    "en",
    """Council Tax – change of address
Account reference: {k:invalid_checksum_number:#########}
National Insurance number: [[pii:national_id|JT 48 27 19 D]]
New address from {date:slash}: [[adr|Flat 3, 27 Belgrave Road, Bristol BS8 2AA]]
Contact number: {tel:gb_m:0#### ######}
Email: [[em|l.mensah@gmail.com]]""",
)

item(
    "en",
    """Hi Mrs [[sal|Hughes]],
sorry, [[oth|Oliver]] won't be in on Thursday – dentist at [[k:time|11:30]]. I've paid for the trip to [[k:city|York]] ([[k:amount|£18.50]]) through ParentPay, ref {k:invalid_checksum_number:########}. Best number to reach me today is {tel:gb_m:0#### ### ###} or my work line {tel:gb_l2=207:0## #### ####} ext. 224.
Thanks, [[sig|Rachel]]""",
)

item(
    "en",
    """I'd like to cancel my membership at [[k:brand|PureFit]] Leeds from {date:slash}. Membership no. {k:invalid_checksum_number:### ### ###}. You've taken [[k:amount|£29.99]] from my card {card:visa:dash} after I gave notice – please refund it to {iban:GB:g}. You can email me at [[em|jamie.o.brien@yahoo.co.uk]].""",
)

item(
    "en",
    """Ordered [[k:quantity|2 x 12kg]] bags of dog food (SKU {k:product_code:PF-######}) and a crate, order number {k:order_number:#########}. Only the crate turned up, but invoice {k:invoice_number:INV/####/##} charges for everything ([[k:amount|£112.97]]). Can you send the food or refund the difference?""",
)

item(
    "en",
    """Hi, [[intro|Fiona Gallagher]] here. I made a mistake on the payee form – I typed my IBAN as {typo:ref=b}. The right one is {iban:GB:g@b}. Sort code {k:invalid_checksum_number:##-##-##} is correct. Claim reference {k:ticket_number:CLM-######}.
Regards""",
)

item(
    "en",
    """Parcel {k:tracking_number:%%#########GB} was meant to arrive on {date:slash} but tracking still says "in transit". The driver rang from {tel:ie_m:+353 ## ### ####} while I was at work – I'm in Dublin, so maybe it's with your Irish depot? Please call me on {tel:ie_m:0## ### ####} or email [[em|niamh.byrne@eircom.net]].""",
)

item(
    "en",
    """Ticket #{k:ticket_number:######}: tax details rejected
Your invoicing app (v[[k:version|7.3.2]]) won't accept my UTR. I'm a sole trader, UTR:{utr}, VAT registered as {gbvat:bare}. It says "invalid format". Could someone look at this? Log file dated {date:compact} attached. My login is [[em|studio@harper-design.co.uk]].""",
)

item(
    "en",
    """Hello,
regarding claim {k:ticket_number:HM-####-#####} (policy {k:invalid_checksum_number:##########}), please pay the settlement into:
{iban:GB:nl}
Account holder: myself. Total per the repair invoice: [[k:amount|£1,845.00]]. Correspondence to [[em|g.thompson1962@aol.co.uk]], please.""",
)

item(
    "en",
    """Warning: a seller on [[k:brand|Facebook Marketplace]] asked me to pay a "holding deposit" by card – I entered my card {card:mc:g} on his link and then [[k:amount|£349.00]] went out. He messaged from {tel:gb_m:0#### ### ###} and used the email [[em|quicksale.uk22@outlook.com]]. Listing ID {k:order_number:###############}.""",
)

item(
    "en",
    """Hi, I'm Polish and work in [[k:city|Peterborough]]. The payroll team need my details for the P45: PESEL {pesel:bare:young}, Polish bank account {nrb:bare}, UK mobile {tel:gb_m:0##########}, Polish mobile {tel:pl_m:+48 ### ### ###}. Please don't send letters to my old address.""",
)

item(
    "en",
    """Our German supplier sent a new invoice {k:invoice_number:RE-####-###}. USt-IdNr. {ustid:DE}, IBAN {iban:DE:bare}, contact [[em|export@metallbau-krueger.de]] or {tel:de_l3:+49 ### #######}. Our own VAT number on the order is {gbvat:GB}. Please check before we pay [[k:amount|€7,480.00]] – last time the bank details were different.""",
)

item(
    "en",
    """Staff list for flu jabs (please keep confidential)
Staff ID,NHS number,Mobile,Email
{k:invalid_checksum_number:E####},{nhs:bare},{tel:gb_m:0##########},[[em|d.okoro@riversidecare.org.uk]]
{k:invalid_checksum_number:E####},{nhs:sp},{tel:gb_m:+44##########},[[em|m.price@riversidecare.org.uk]]
{k:invalid_checksum_number:E####},{nhs:bare},{tel:gb_m:0#### ######},[[em|l.nowak@riversidecare.org.uk]]""",
)

item(
    "en",
    """hiya, is the sofa from listing {k:order_number:##########} still available? whatsapp me on {tel:gb_m:+44 #### ######} – I can collect sat morning, cash ok""",
)

item(
    "en",
    """Bought a coat at the [[k:person_like_brand|John Lewis]] in [[k:street_as_brand|Oxford Street]] and was charged twice – receipt {k:invoice_number:####-######}, [[k:amount|£189.00]] x2 on {date:slash}. The store told me to ring customer services, who told me to go back to the store. Going round in circles.""",
)

item(
    "en",
    """Hi, this is [[intro|Margaret Benson]] from the Tuesday clinic list – could I book a follow-up with Dr [[oth|Okafor]] some time after {date:slash}? NHS number {nhs:sp}, date of birth [[k:date|03/11/1957]]. Mornings are better. My daughter [[oth|Claire]] usually drives me, her number is {tel:gb_m:0#### ######} and email [[em|claire.benson@sky.com]].""",
)

item(
    "en",
    """The washing machine (serial {k:product_code:######%%####}) has shown error E21 since [[k:date|last Tuesday]]. Bought {date:slash}, receipt {k:invoice_number:#######}, [[k:amount|£429]], paid by card {card:amex:bare}.

Sent from my iPhone""",
)

item(
    "en",
    """Re: tenancy {k:invalid_checksum_number:TEN-#######}
The deposit ([[k:amount|£1,150]]) still hasn't been returned, [[k:quantity|6 weeks]] after check-out. I've tried calling your office on {tel:gb_l2=207:+44 ## #### ####} ext. 3 every day and emailing [[em|lettings@parkviewhomes.co.uk]]. Please transfer it to {iban:GB:bare} this week.""",
)

item(
    "en",
    """Someone tried to reset my broadband account password – I got an email with [[tok|https://myaccount.fibrenest.co.uk/reset?token=a8Kx2Lq0Zt5mNw3R]] but didn't request it. Account {k:invalid_checksum_number:########} (direct debit from {iban:GB:g}), installation address [[adr|14 Holly Lane, Sheffield S10 3GH]]. Please lock the account.""",
)

item(
    "en",
    """Your invoice {k:invoice_number:INV-#####} shows our VAT number as {typo:ref=v} – that's a typo. The correct number is {gbvat:GBs@v}, and our UTR is {utr}. Please reissue by {date:slash}.
[[k:job_title|Finance Manager]], [[k:company|Oakridge Catering Ltd]]""",
)

item(
    "en",
    """Hello, I'm a second-year student and can't log into the library system. University email: [[em|s2291847@students.northbridge.ac.uk]], personal: [[em|amelia.hart+uni@hotmail.co.uk]]. Student number {k:invalid_checksum_number:#######}.
Thanks""",
)

item(
    "en",
    """Hi, I'm registering my sole-trader business for the Dublin market stall. PPS number {pps:new}, VAT number {ievat}. Phone {tel:ie_l:+353 # ### ####} (shop) or {tel:ie_m:0## ### ####}, email [[em|ciara@greenleafcandles.ie]]. Stall fee [[k:amount|€65]] paid on {date:slash}.""",
)


# ---------------------------------------------------------------- German (de)

item(
    "de",
    """Guten Tag,
mein Name ist [[intro|Jonas Becker]], ich bin seit 2019 Kunde bei Ihnen (Kundennummer {k:invalid_checksum_number:#########}). Seit der Vertragsverlängerung wird mir für die Rufnummer {tel:de_m:0### #######} jeden Monat [[k:amount|9,99 €]] für eine Option berechnet, die ich nie gebucht habe. Bitte erstatten Sie die Beträge auf mein Konto {iban:DE:g} und antworten Sie an [[em|jonas.becker@web.de]].
Mit freundlichen Grüßen""",
)

item(
    "de",
    """[[k:greeting_without_name|Sehr geehrte Damen und Herren]],
anbei unsere Bestellung {k:order_number:BE-####-###} über [[k:quantity|500 Stück]] Kabelkanal 40×60, Liefertermin KW 14.

Mit freundlichen Grüßen

[[k:team_name|Einkauf]]
[[k:company|Elektro Brandl GmbH]]
[[adr|Gewerbering 7, 84030 Ergolding]]
Tel. {tel:de_l3=871:0### ######}-0, Durchwahl -23
USt-IdNr.: {ustid:DE}
IBAN: {iban:DE:g}
Amtsgericht Landshut HRB {k:invalid_checksum_number:#####}
[[em|einkauf@elektro-brandl.de]]""",
)

item(
    "de",
    """Personalfragebogen – Neueinstellung
Steuer-Identifikationsnummer: {idnr:g}
IBAN: {iban:DE:g}
Telefon (mobil): {tel:de_m:+49 ### ########}
E-Mail: [[em|deniz.yilmaz@gmx.de]]
Eintrittsdatum: {date:dmy}""",
)

item(
    "de",
    """Bestellung {k:order_number:###-#######-##} bei [[k:person_like_brand|Otto]]: der Staubsauger kam nach [[k:quantity|9 Tagen]] statt „morgen“, und der Akku lädt nur bis [[k:percent|60 %]]. Artikelnummer {k:product_code:#####-###}, bezahlt [[k:amount|249,00 €]] am {date:dmy}. Retoure {k:ticket_number:RT########} ist angemeldet, seitdem keine Rückmeldung.""",
)

item(
    "de",
    """[[k:time|11:47]] Mitarbeiterin [[oth|Lena]]: Hallo, Sie sprechen mit dem Kartenservice. Wie kann ich helfen?
[[k:time|11:48]] Kunde: meine Kreditkarte {card:mc:g} wurde im Ausland abgelehnt, obwohl ich die Reise gemeldet hatte
[[k:time|11:49]] Mitarbeiterin [[oth|Lena]]: Das tut mir leid. Ich sehe eine Sperre vom {date:dmy}. Können Sie mir Ihre hinterlegte Handynummer nennen?
[[k:time|11:49]] Kunde: {tel:de_m:0### ########}""",
)

item(
    "de",
    """Von: [[oth|Anna Vogel]] <[[em|anna.vogel@vogel-events.de]]>
Gesendet: Montag, [[k:date|4. März 2024]] [[k:time|10:15]]
An: [[em|buchhaltung@tonstudio-nord.de]]
Betreff: Lieferantenstammdaten

Hallo Frau [[sal|Vogel]],
unsere USt-IdNr. lautet {ustid:DEs}, die Bankverbindung {iban:DE:g}. Rechnung {k:invoice_number:RE-2024-###} folgt morgen.
Viele Grüße
[[sig|Malte Jensen]]""",
)

item(
    "de",
    """[Sprachnachricht, automatisch transkribiert, {date:dmy} [[k:time|08:52]]]
Ja, guten Tag, hier spricht [[intro|Bernd Kowalczyk]], ich wollte meinen Zählerstand durchgeben, Strom, [[k:quantity|38 417]] Kilowattstunden. Zählernummer ist {k:product_code:1ESY##########}, mein Vertragskonto {k:invalid_checksum_number:############}. Die Abschläge gehen ja von meinem Konto {iban:DE:g} ab, da hat sich nichts geändert. Für den Ablesetermin erreichen Sie mich unter {tel:de_l2=40:0## ########} oder mobil {tel:de_m:0### ########}. Danke, tschüss.""",
)

item(
    "de",
    """Grüß Gott, wir haben die Reservierung {k:order_number:########} für [[k:quantity|3 Nächte]] in Ihrem Haus in [[k:city|Wien]] ab [[k:date|17. Juli]]. Die Bestätigung ging leider an eine alte Adresse – bitte an [[em|Familie.Lorenz@T-Online.DE]] senden. Die Anzahlung lief über meine Kreditkarte {card:visa:g}. Falls mit der Zahlung etwas nicht stimmt, rufen Sie mich bitte zurück unter {tel:de_m:+49 (0)### #######}.""",
)

item(
    "de",
    """Sehr geehrter Herr [[sal|Yıldırım]],
Ihr VW Golf (Auftrag {k:order_number:WA-######}) ist fertig. Zusätzlich empfehlen wir den Wechsel der Bremsflüssigkeit, Kosten [[k:amount|89,00 €]] brutto. Bitte geben Sie uns bis morgen Bescheid.

Mit freundlichen Grüßen
i. A. [[sig|Sabine Krause]]
Serviceberaterin, [[k:company|Autohaus Nordring]]
{tel:de_l3=511:0### #######}-14
USt-IdNr. {ustid:DEg}""",
)

item(
    "de",
    """Bürgeramt Friedrichshain-Kreuzberg
Betreff: Ummeldung / Nachweis für das Finanzamt
Meine steuerliche Identifikationsnummer: {idnr:g3}
Neue Anschrift seit {date:dmy}: [[adr|Lindenstraße 12, 10969 Berlin]]
Vorgangsnummer des Termins: {k:ticket_number:BA-#######}
Rückfragen bitte an [[em|r.omerovic@gmx.net]]""",
)

item(
    "de",
    """Liebe Frau [[sal|Hoffmann-Lenz]],
[[oth|Mila]] ist ab morgen wieder gesund. Das Geld für die Klassenfahrt nach [[k:city|Hamburg]] ([[k:amount|145 €]]) haben wir am {date:dmy} überwiesen, Verwendungszweck {k:invalid_checksum_number:#######}. Falls noch etwas fehlt, erreichen Sie mich unter {tel:de_m:0### #######} oder dienstlich {tel:de_l2=89:0##/########}.
Viele Grüße
[[sig|Katrin Albers]]""",
)

item(
    "de",
    """Hiermit kündige ich meine Mitgliedschaft im [[k:brand|FitX]] zum {date:dmy}. Mitgliedsnummer {k:invalid_checksum_number:##########}. Nach der Kündigung wurden noch [[k:amount|24,99 €]] von meiner Karte {card:visa:dash} abgebucht. Bitte erstatten auf {iban:DE:lower}.""",
)

item(
    "de",
    """Wir haben bei [[k:brand|Fressnapf]] online Katzenfutter ([[k:quantity|2× 10 kg]], Art.-Nr. {k:product_code:######}) und einen Kratzbaum bestellt, Bestellung {k:order_number:### ### ###}. Der Kratzbaum kam beschädigt an, Rechnung {k:invoice_number:R########}. Bitte um Ersatz, keine Gutschrift.""",
)

item(
    "de",
    """Hallo,
im Antrag habe ich meine Steuer-ID falsch angegeben ({typo:ref=s}). Richtig ist {idnr:bare@s}. Antragsnummer {k:ticket_number:KA-########}. Auszahlung bitte auf {iban:DE:g}.
Gruß""",
)

item(
    "de",
    """Sendung {k:tracking_number:00340434###########} sollte am {date:dmy} kommen, laut Verfolgung liegt sie aber noch im Paketzentrum. Der Fahrer hat von {tel:de_m:+49 ### #######} angerufen, als ich nicht da war. Bitte rufen Sie mich unter {tel:de_l2=30:0##/#######} zurück oder schreiben Sie an [[em|h.schaefer@web.de]].""",
)

item(
    "de",
    """Ticket #{k:ticket_number:######}: Steuerdaten werden nicht gespeichert
In der App (Version [[k:version|6.0.12]]) kann ich als Freiberuflerin meine Daten nicht hinterlegen: USt-IdNr.:{ustid:DE}, Steuer-ID:{idnr:bare}. Es erscheint „ungültiges Format“ (Fehlerprotokoll vom {date:compact}). Login: [[em|kontakt@lektorat-seidel.de]].""",
)

item(
    "de",
    """[[k:greeting_without_name|Sehr geehrte Damen und Herren]],
zum Schaden {k:ticket_number:SN-####-######} (Versicherungsschein {k:invalid_checksum_number:##########}) bitte ich um Auszahlung auf:
{iban:DE:nl}
Kontoinhaberin bin ich selbst, Rückfragen an [[em|petra.lindner@t-online.de]]. Schadenhöhe laut Kostenvoranschlag [[k:amount|2.480,00 €]].""",
)

item(
    "de",
    """Achtung, Betrug auf [[k:brand|Kleinanzeigen]]! Der Verkäufer wollte „sicher bezahlen“ über einen Link, dort habe ich meine Karte {card:visa:g} eingegeben – danach wurden [[k:amount|420,00 €]] abgebucht. Er schrieb von {tel:de_m:+49 ### #######} und [[em|schnellverkauf.berlin@gmx.de]]. Anzeige-Nr. {k:order_number:##########}.""",
)

item(
    "de",
    """Unser polnischer Subunternehmer hat eine neue Rechnung {k:invoice_number:FV/###/2024} geschickt. NIP {nip:PL}, Konto {nrb:g}, Kontakt: [[em|biuro@zielbud.pl]] oder {tel:pl_m:+48 ### ### ###}. Bitte vor der Zahlung prüfen.""",
)

item(
    "de",
    """Grüezi, wir möchten für unsere Filiale in [[k:city|Zürich]] ein Firmenkonto eröffnen.
[[k:company|Bäckerei Meier AG]]
UID: {chuid:dot} MWST
Tel. {tel:ch_l=44:0## ### ## ##} / {tel:ch_m:+41 ## ### ## ##}
[[em|info@baeckerei-meier.ch]]""",
)

item(
    "de",
    """Neue Mitarbeitende – Daten für die Lohnabrechnung (bitte vertraulich behandeln)
Nachname;Vorname;Steuer-ID;Telefon
[[oth|Schulz]];[[oth|Marie]];{idnr:bare};{tel:de_m:0###########}
[[oth|Nguyen]];[[oth|Thanh]];{idnr:g};{tel:de_m:+49##########}
[[oth|Köhler]];[[oth|Ben]];{idnr:bare};{tel:de_m:0### ########}""",
)

item(
    "de",
    """hi, ist das rad aus der anzeige {k:order_number:##########} noch da? schreib mir einfach per whatsapp {tel:de_m:0###.#######}, kann samstag vorbeikommen""",
)

item(
    "de",
    """Ich habe in der Filiale auf der [[k:street_as_brand|Königsallee]] einen Anzug von [[k:person_like_brand|Hugo Boss]] gekauft und wurde doppelt belastet: Bon {k:invoice_number:####-######}, [[k:amount|2× 599,00 €]] am {date:dmy}. Die Filiale verweist auf die Hotline, die Hotline auf die Filiale.""",
)

item(
    "de",
    """Guten Tag, ich bin [[intro|Gisela Brandt]] und hätte gern einen Kontrolltermin bei Dr. [[oth|Schulte]] nach dem {date:dmy}. Ich bin gesetzlich versichert, Versichertennummer steht auf der Karte. Am besten vormittags, mein Sohn [[oth|Timo]] fährt mich, seine Nummer ist {tel:de_m:0### #######}, E-Mail [[em|timo.brandt@gmail.com]].""",
)

item(
    "de",
    """Die Spülmaschine (Seriennummer {k:product_code:FD####-#####}) zeigt seit [[k:date|letztem Dienstag]] den Fehler E:15. Gekauft am {date:dmy}, Beleg {k:invoice_number:#######}, [[k:amount|549 €]], bezahlt mit Karte {card:mc:g}.

Von meinem iPhone gesendet""",
)

item(
    "de",
    """Betreff: Nebenkostenabrechnung, Mieternummer {k:invalid_checksum_number:####-###}
Die Abrechnung für [[k:date|2023]] ist aus meiner Sicht falsch, der Hausmeister wurde doppelt berechnet. Ich habe die Hausverwaltung unter {tel:de_l2=30:0## #######}-12 mehrfach angerufen, leider ohne Erfolg. Die Rückzahlung bitte auf {iban:DE:bare}.""",
)

item(
    "de",
    """Jemand hat versucht, das Passwort meines Kundenkontos zurückzusetzen – ich habe eine Mail mit dem Link [[tok|https://kundencenter.glasfaser-west.de/passwort?token=Vb7Kq2xLm9Tz0RpW]] bekommen, aber nichts angefordert. Vertragsnummer {k:invalid_checksum_number:#########} (Lastschrift von {iban:DE:bare}), Anschluss [[adr|Am Mühlbach 3, 53111 Bonn]]. Bitte sperren Sie den Zugang.""",
)

item(
    "de",
    """Auf Ihrer Rechnung {k:invoice_number:RG-#####} steht unsere USt-IdNr. als {typo:ref=u:swap} – das ist ein Zahlendreher. Korrekt ist {ustid:DE@u}. Bitte korrigierte Rechnung bis {date:dmy}.
Unsere österreichische Niederlassung hat die UID {atu:ATUs}.
[[k:team_name|Buchhaltung]] [[k:company|Holzbau Eder KG]] · {ustid:DE@u}""",
)

item(
    "de",
    """Hallo, ich studiere im dritten Semester und komme nicht in das Bibliothekskonto. Uni-Mail: [[em|jana.peters@stud.uni-nordhafen.de]], privat: [[em|janapeters98@posteo.de]]. Matrikelnummer {k:invalid_checksum_number:#######}.
Danke!""",
)

item(
    "de",
    """Servus,
für die Lieferung nach [[k:city|Graz]] bitte folgende Daten verwenden:
[[k:company|Tischlerei Pichler e.U.]]
UID-Nr.: {atu:ATU}
IBAN: {iban:AT:g}
Tel.: {tel:at_m:0###/#######} oder {tel:at_l:+43 # ### ## ##}
E-Mail: <mailto:[[em|office@tischlerei-pichler.at]]>
Lieferschein {k:invoice_number:LS-#####} liegt bei.""",
)


# ====================================================================== output


def build() -> list[dict]:
    out = []
    for lang in LANGS:
        for n, template in enumerate(ITEMS[lang], 1):
            iid = f"d8-{lang}-{n:02d}"
            text, pii, keep = fill(iid, lang, template)
            it = {
                "id": iid,
                "lang": lang,
                "text": text,
                "pii": sorted(pii, key=lambda s: s["start"]),
                "keep": sorted(keep, key=lambda s: s["start"]),
            }
            check_item(it)
            out.append(it)
    return out


def dump(items: list[dict]) -> str:
    return "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items)


def counts(items: list[dict]) -> None:
    kinds = sorted(PII_KINDS)
    ids = {"card", "iban", "pesel", "birth_number", "national_id", "tax_id"}
    print("lang items noPII " + " ".join(kinds) + " keep")
    tot = collections.Counter()
    for lang in LANGS + ["all"]:
        its = [i for i in items if lang == "all" or i["lang"] == lang]
        c = collections.Counter(s["kind"] for i in its for s in i["pii"])
        nopii = sum(1 for i in its if not i["pii"])
        nk = sum(len(i["keep"]) for i in its)
        print(f"{lang} {len(its)} {nopii} " + " ".join(str(c[k]) for k in kinds) + f" {nk}")
        if lang == "all":
            tot = c
    n = sum(tot.values())
    nid = sum(tot[k] for k in ids)
    print(
        f"PII spans {n}: checksum ids {nid} ({nid / n:.0%}), phones {tot['phone']} "
        f"({tot['phone'] / n:.0%}), e-mails {tot['email']} ({tot['email'] / n:.0%}), "
        f"names {tot['name']}; items with names "
        f"{sum(1 for i in items if any(s['kind'] == 'name' for s in i['pii']))}"
    )
    ctx = collections.Counter(s["context"] for i in items for s in i["pii"] if s["kind"] == "name")
    print("name contexts:", dict(sorted(ctx.items())))
    kw = collections.Counter(s["what"] for i in items for s in i["keep"])
    print("keep:", dict(sorted(kw.items())))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="verify the file on disk")
    a = ap.parse_args()
    for lang in LANGS:
        assert len(ITEMS[lang]) == 30, (lang, len(ITEMS[lang]))
    items = build()
    data = dump(items)
    if a.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != data:
            print(f"{OUT} differs from what the script writes", file=sys.stderr)
            return 1
        print(f"{OUT}: OK ({len(items)} items)")
        return 0
    OUT.write_text(data, encoding="utf-8")
    print(f"wrote {OUT} ({len(items)} items)")
    counts(items)
    return 0


if __name__ == "__main__":
    sys.exit(main())
