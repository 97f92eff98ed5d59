#!/usr/bin/env python3
"""Write data/eval/pii/dev12.jsonl: a development PII split centred on checksum ids.

280 customer texts (40 each in pl, cs, sk, ru, uk, en, de) by a separate author,
each its own hand-written template. The focus is on checksum identifiers as
customers and companies really write them: PESEL, NIP, REGON, the Polish ID
card, CZ/SK birth numbers, IČO, DIČ, IČ DPH, INN, OGRN, OGRNIP, SNILS, RNOKPP,
EDRPOU, Steuer-ID, USt-IdNr, GB VAT, NHS number, UTR, IBANs and NRB, payment
cards (Visa/Mastercard/Mir/Amex) - each in many surroundings: a label before
(glued or not), after, far before, in the previous sentence or chat turn, a bare
chat answer, form fields, pipe/CSV/tab tables, company blocks, signatures,
brackets and quotes, lists, named only by the office or document it comes from,
corrections ("not X but Y", the wrong number being a keep), two ids in one
sentence, next to a date/amount/order number, in quoted replies and forwarded
mails, in lower-case chat, and split by a line wrap. Phones, names, e-mails and
addresses appear for realism; near-misses to keep (order/invoice/ticket/tracking
numbers, id-shaped customer/contract/meter/policy numbers that fail every check,
dates, amounts, quantities, product codes, brands) stand in every item. About
25 items carry no PII at all.

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Jadwigo]]          name, context salutation   (also sig / intro / oth)
    [[email|a@b.pl]]         literal PII of a kind (email, address, ...)
    [[@pesel:female!label]]  PII value drawn by a generator (kind from GEN); every
                             checksum id carries its surrounding after "!"
                             (SURROUNDINGS); "!wrap" breaks the value over a line
    {{city|Kraków}}          literal keep span with its `what`
    {{@order:ZS/####/25}}    keep value drawn by a generator (what from KEEP_GEN)
    [[@same:CZ!block]]       the previous checksum id again, behind a prefix (DIČ = CZ +
                             IČO, IČ DPH = SK + DIČ, VAT-EU = PL + NIP)
    {{@typo:next}}           a mistyped copy of the next (or prev) checksum id in
                             the item that fails every check: invalid_checksum_number

Every identifier gets computed check digits and is validated again after
filling with python-stdnum (SNILS and the Polish ID card with the published
algorithms); every phone number passes phonenumbers.is_valid_number for its
region. Order/invoice/ticket/tracking numbers, product codes and
invalid_checksum_number values fail every identifier check used here and are not
valid phone numbers of the text's region. Each language must reach the minima in
MINIMA (checked on every run, --check included).

    .venv/bin/python scripts/make_pii_dev12.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_dev12.py --check   # file on disk == output
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import string
import sys
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.cz import bankaccount as cz_bank
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

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "eval" / "pii" / "dev12.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}

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
CHECKSUM_KINDS = {"card", "iban", "pesel", "birth_number", "national_id", "tax_id"}
KEEP_WHATS = {
    "brand",
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
    "job_title",
    "team_name",
}
NUMBERED_KEEPS = {
    "order_number",
    "invoice_number",
    "ticket_number",
    "tracking_number",
    "invalid_checksum_number",
}
# where a checksum id stands (every generated id carries one after "!")
SURROUNDINGS = {
    "label": "label right before (full or abbreviated; colon, dash or nothing between)",
    "glued": "label glued to the number (NIP:…, PESEL…, IBAN:…)",
    "after": "label after the number (… – to mój PESEL)",
    "far": "label far before, other words between",
    "prev": "label in a previous sentence or chat turn",
    "answer": "bare chat answer after a question",
    "form": "form field",
    "table": "pipe, CSV or tab table",
    "block": "company block (letterhead, footer, party block)",
    "signature": "signature line, with or without a label",
    "bracket": "in brackets or quotes",
    "list": "item of a list",
    "indirect": "named only by the office that issued it or the document it is on",
    "correction": "the right number after a wrong one (not X but Y)",
    "pair": "two ids in one sentence",
    "beside": "next to a date, amount or order number",
    "quoted": "in a quoted reply or forwarded mail",
    "chat_lc": "lower-case informal chat",
    "wrap": "split by a line wrap",
}


# --------------------------------------------------------------------------- checks


def snils_ok(value: str) -> bool:
    d = re.sub(r"\D", "", value)
    if len(d) != 11:
        return False
    s = sum(int(c) * (9 - i) for i, c in enumerate(d[:9]))
    while s > 101:
        s %= 101
    check = 0 if s in (100, 101) else s
    return int(d[9:]) == check


def plid_ok(value: str) -> bool:
    v = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{3}\d{6}", v):
        return False
    vals = [ord(c) - 55 if c.isalpha() else int(c) for c in v]
    return sum(w * x for w, x in zip((7, 3, 1, 9, 7, 3, 1, 7, 3), vals, strict=False)) % 10 == 0


def digit_checks(d: str) -> list[str]:
    """Names of every identifier check the digit string d passes."""
    hits = []
    tests = [
        ("pesel", pl_pesel.is_valid),
        ("nip", pl_nip.is_valid),
        ("regon", pl_regon.is_valid),
        ("cz_rc", cz_rc.is_valid),
        ("cz_dic", cz_dic.is_valid),
        ("sk_rc", sk_rc.is_valid),
        ("sk_dph", lambda x: sk_dph.is_valid("SK" + x)),
        ("de_idnr", de_idnr.is_valid),
        ("de_vat", lambda x: de_vat.is_valid("DE" + x)),
        ("ru_inn", ru_inn.is_valid),
        ("ru_ogrn", ru_ogrn.is_valid),
        ("ua_rntrc", ua_rntrc.is_valid),
        ("ua_edrpou", ua_edrpou.is_valid),
        ("gb_vat", gb_vat.is_valid),
        ("gb_utr", gb_utr.is_valid),
        ("snils", snils_ok),
        ("gb_nhs", gb_nhs.is_valid),
    ]
    for name, fn in tests:
        try:
            if fn(d):
                hits.append(name)
        except Exception:  # noqa: BLE001 - a validator refusing input is a failed check
            pass
    if 13 <= len(d) <= 19 and luhn.is_valid(d):
        hits.append("luhn")
    return hits


def is_phone(value: str, regions) -> bool:
    for reg in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def harmless_number(value: str, region: str) -> bool:
    """True if no digit run (nor all digits together) passes an id check, and neither
    the value nor a digit run of it is a valid phone number of the text's region."""
    runs = re.findall(r"\d+", value)
    cands = set(runs)
    cands.add("".join(runs))
    for r in cands:
        if r and digit_checks(r):
            return False
    if not re.search(r"[A-Za-z]", value) and is_phone(value, [region]):
        return False
    for r in cands:
        if len(r) >= 7 and is_phone(r, [region]):
            return False
    compact = re.sub(r"\s", "", value).upper()
    looks_like_iban = re.search(r"[A-Z]{2}\d{2}", compact)
    if looks_like_iban and std_iban.is_valid(compact[looks_like_iban.start() :]):
        return False
    return not (len(re.sub(r"\D", "", value)) == 26 and std_iban.is_valid("PL" + "".join(runs)))


def plain(value: str) -> str:
    """The value without blanks, dashes, dots and slashes, upper case."""
    return re.sub(r"[\s\-./]", "", value).upper()


def strip_cc(value: str, cc: str) -> str:
    v = plain(value)
    return v[len(cc) :] if v.startswith(cc) else v


# the check every generated id must pass again after filling (key of GEN -> test)
VALID = {
    "pesel": lambda v: pl_pesel.is_valid(plain(v)),
    "nip": lambda v: pl_nip.is_valid(strip_cc(v, "PL")),
    "regon": lambda v: pl_regon.is_valid(plain(v)),
    "plid": plid_ok,
    "rc": lambda v: cz_rc.is_valid(plain(v)),
    "rcsk": lambda v: sk_rc.is_valid(plain(v)),
    "ico": lambda v: cz_dic.is_valid(strip_cc(v, "CZ")) and len(strip_cc(v, "CZ")) == 8,
    "dicrc": lambda v: plain(v).startswith("CZ") and cz_dic.is_valid(plain(v)),
    "icdph": lambda v: sk_dph.is_valid("SK" + strip_cc(v, "SK")),
    "idnr": lambda v: de_idnr.is_valid(plain(v)),
    "ustid": lambda v: de_vat.is_valid("DE" + strip_cc(v, "DE")),
    "inn": lambda v: ru_inn.is_valid(plain(v)) and len(plain(v)) == 10,
    "innp": lambda v: ru_inn.is_valid(plain(v)) and len(plain(v)) == 12,
    "ogrn": lambda v: ru_ogrn.is_valid(plain(v)),
    "snils": snils_ok,
    "rnokpp": lambda v: ua_rntrc.is_valid(plain(v)),
    "edrpou": lambda v: ua_edrpou.is_valid(plain(v)),
    "gbvat": lambda v: gb_vat.is_valid("GB" + strip_cc(v, "GB")),
    "nhs": lambda v: gb_nhs.is_valid(plain(v)),
    "utr": lambda v: gb_utr.is_valid(plain(v)),
    "iban": lambda v: (
        std_iban.is_valid(plain(v))
        if plain(v)[:2].isalpha()
        else len(plain(v)) == 26 and std_iban.is_valid("PL" + plain(v))
    ),
    "card": lambda v: plain(v).isdigit() and 15 <= len(plain(v)) <= 16 and luhn.is_valid(plain(v)),
}


# ----------------------------------------------------------------------- generators


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def sex_of(rng, fmt):
    if "female" in fmt or "girl" in fmt:
        return "f"
    if "male" in fmt or "boy" in fmt:
        return "m"
    return rng.choice("mf")


def birth_year(rng, fmt, default):
    """Year of birth for a generated id: child, senior (1950-1959), mid (1970-1997)."""
    if "child" in fmt:
        return rng.randint(2010, 2018)
    if "senior" in fmt:
        return rng.randint(1950, 1959)
    if "mid" in fmt:
        return rng.randint(1970, 1997)
    return rng.randint(*default)


def gen_pesel(rng, fmt="plain"):
    sex = sex_of(rng, fmt)
    while True:
        year = birth_year(rng, fmt, (1948, 2006))
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        mm = month + (20 if year >= 2000 else 0)
        body = f"{year % 100:02d}{mm:02d}{day:02d}" + digits(rng, 3)
        body += str(rng.choice("13579" if sex == "m" else "02468"))
        w = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
        c = (10 - sum(int(a) * b for a, b in zip(body, w, strict=False)) % 10) % 10
        v = body + str(c)
        if pl_pesel.is_valid(v):
            return group(v, (6, 5)) if "sp" in fmt.split(":") else v


def gen_nip(rng, fmt="plain"):
    while True:
        body = str(rng.randint(101, 999)) + digits(rng, 6)
        c = sum(int(a) * b for a, b in zip(body, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=False)) % 11
        if c == 10:
            continue
        v = body + str(c)
        assert pl_nip.is_valid(v)
        if fmt == "dash":
            return group(v, (3, 3, 2, 2), "-")
        if fmt == "dash2":
            return group(v, (3, 2, 2, 3), "-")
        if fmt == "pl":
            return "PL" + v
        if fmt == "plsp":
            return "PL " + group(v, (3, 3, 2, 2))
        if fmt == "pldash":
            return "PL " + group(v, (3, 3, 2, 2), "-")
        return v


def gen_regon(rng, fmt="9"):
    body = str(rng.randint(1, 9)) + digits(rng, 7)
    c = sum(int(a) * b for a, b in zip(body, (8, 9, 2, 3, 4, 5, 6, 7), strict=False)) % 11 % 10
    v = body + str(c)
    if fmt == "14":
        body = v + digits(rng, 4)
        c = (
            sum(
                int(a) * b
                for a, b in zip(body, (2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8), strict=False)
            )
            % 11
            % 10
        )
        v = body + str(c)
    assert pl_regon.is_valid(v)
    return v


def gen_plid(rng, fmt="plain"):
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
    rest = digits(rng, 5)
    vals = [ord(c) - 55 for c in letters] + [0] + [int(c) for c in rest]
    w = (7, 3, 1, 9, 7, 3, 1, 7, 3)
    s = sum(a * b for a, b in zip(w, vals, strict=False)) % 10
    check = next(d for d in range(10) if (s + 9 * d) % 10 == 0)
    v = letters + str(check) + rest
    assert plid_ok(v)
    return v if fmt == "plain" else letters + " " + str(check) + rest


def gen_rc(rng, fmt="slash", cc="cz"):
    """CZ/SK birth number; fmt: slash (855101/1234), plain, sp (855101 1234),
    slashsp (855101 / 1234); with child/senior/mid and male/female."""
    child = "child" in fmt
    sex = sex_of(rng, fmt)
    style = fmt.split(":")[0]
    while True:
        year = rng.randint(2008, 2019) if child else birth_year(rng, fmt, (1956, 2003))
        month = rng.randint(1, 12) + (50 if sex == "f" else 0)
        day = rng.randint(1, 28)
        body = f"{year % 100:02d}{month:02d}{day:02d}" + digits(rng, 3)
        rem = int(body) * 10 % 11
        c = (11 - rem) % 11
        if c == 10:
            continue
        v = body + str(c)
        if int(v) % 11:
            continue
        mod = cz_rc if cc == "cz" else sk_rc
        if not mod.is_valid(v):
            continue
        if style == "plain":
            return v
        if style == "sp":
            return v[:6] + " " + v[6:]
        if style == "slashsp":
            return v[:6] + " / " + v[6:]
        return v[:6] + "/" + v[6:]


def gen_dicrc(rng, fmt="male"):
    """Czech DIČ of a self-employed person: CZ + birth number."""
    v = "CZ" + gen_rc(rng, "plain:" + fmt)
    assert cz_dic.is_valid(v)
    return v


def gen_ico(rng, fmt="plain"):
    while True:
        body = str(rng.randint(1, 8)) + digits(rng, 6)
        s = sum(int(a) * b for a, b in zip(body, (8, 7, 6, 5, 4, 3, 2), strict=False))
        v = body + str((11 - s % 11) % 10)
        if cz_dic.is_valid(v):
            if fmt == "cz":
                return "CZ" + v
            if fmt == "czsp":
                return "CZ " + v
            if fmt == "sp":
                return group(v, (3, 2, 3))
            return v


def gen_icdph(rng, fmt="sk"):
    while True:
        body = "20" + rng.choice("234789") + digits(rng, 6)
        for last in range(10):
            v = body + str(last)
            if int(v) % 11 == 0 and sk_dph.is_valid("SK" + v):
                if fmt == "sk":
                    return "SK" + v
                if fmt == "sksp":
                    return "SK " + v
                return v


def gen_idnr(rng, fmt="plain"):
    while True:
        v = str(rng.randint(1, 9)) + digits(rng, 10)
        if de_idnr.is_valid(v):
            return group(v, (2, 3, 3, 3)) if fmt == "sp" else v


def gen_ustid(rng, fmt="de"):
    while True:
        v = str(rng.randint(1, 9)) + digits(rng, 8)
        if de_vat.is_valid("DE" + v):
            if fmt == "de":
                return "DE" + v
            if fmt == "desp":
                return "DE " + group(v, (3, 3, 3))
            return v


def gen_inn(rng, fmt="10"):
    if fmt == "10":
        body = str(rng.randint(1, 9)) + digits(rng, 8)
        v = body + ru_inn.calc_company_check_digit(body)
    else:
        body = str(rng.randint(1, 9)) + digits(rng, 9)
        v = body + ru_inn.calc_personal_check_digits(body)
    assert ru_inn.is_valid(v)
    return v


def gen_ogrn(rng, fmt="13"):
    while True:
        if fmt == "15":  # ОГРНИП of a sole trader
            body = "3" + digits(rng, 13)
            v = body + str(int(body) % 13 % 10)
        else:
            body = rng.choice("15") + digits(rng, 11)
            v = body + str(int(body) % 11 % 10)
        if ru_ogrn.is_valid(v):
            return v


def gen_snils(rng, fmt="dash"):
    while True:
        body = str(rng.randint(1, 9)) + digits(rng, 8)
        s = sum(int(c) * (9 - i) for i, c in enumerate(body))
        while s > 101:
            s %= 101
        c = 0 if s in (100, 101) else s
        v = body + f"{c:02d}"
        if snils_ok(v):
            if fmt == "dash":
                return f"{v[:3]}-{v[3:6]}-{v[6:9]} {v[9:]}"
            if fmt == "dash2":
                return f"{v[:3]}-{v[3:6]}-{v[6:9]}-{v[9:]}"
            if fmt == "sp":
                return f"{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}"
            return v


def gen_rnokpp(rng, fmt="plain"):
    while True:
        # the first five digits count days from 31.12.1899
        if "child" in fmt:
            head = str(rng.randint(40200, 43400))  # born 2010-2018
        elif "senior" in fmt:
            head = str(rng.randint(18300, 21900))  # born 1950-1959
        elif "mid" in fmt:
            head = str(rng.randint(25600, 35800))  # born 1970-1997
        else:
            head = str(rng.randint(15000, 38000))
        v = head + digits(rng, 5)
        if int(v[8]) % 2 != (sex_of(rng, fmt) == "m"):
            continue  # the ninth digit is odd for men
        if ua_rntrc.is_valid(v):
            return v


def gen_edrpou(rng, fmt="plain"):
    while True:
        body = str(rng.randint(1, 4)) + digits(rng, 6)
        v = body + ua_edrpou.calc_check_digit(body)
        if ua_edrpou.is_valid(v):
            return v


def gen_gbvat(rng, fmt="gb"):
    while True:
        v = str(rng.randint(1, 9)) + digits(rng, 8)
        if gb_vat.is_valid(v):
            if fmt == "gb":
                return "GB" + v
            if fmt == "gbsp":
                return "GB " + group(v, (3, 4, 2))
            if fmt == "plain":
                return v
            return group(v, (3, 4, 2))


def gen_nhs(rng, fmt="sp"):
    while True:
        body = str(rng.randint(4, 7)) + digits(rng, 8)
        c = 11 - sum(int(a) * (10 - i) for i, a in enumerate(body)) % 11
        if c == 10:
            continue
        v = body + str(0 if c == 11 else c)
        assert gb_nhs.is_valid(v)
        if fmt == "sp":
            return group(v, (3, 3, 4))
        if fmt == "dash":
            return group(v, (3, 3, 4), "-")
        return v


def gen_utr(rng, fmt="plain"):
    """UK Unique Taxpayer Reference: ten digits, the first a check digit."""
    while True:
        body = str(rng.randint(1, 9)) + digits(rng, 8)
        for first in range(10):
            v = str(first) + body
            if gb_utr.is_valid(v):
                return group(v, (5, 5)) if fmt == "sp" else v


PL_BANKS = ["102", "105", "109", "114", "116", "124", "175", "249", "160", "203"]
CZ_BANKS = ["0100", "0300", "0800", "2010", "3030", "0600", "5500", "6210"]
SK_BANKS = ["0200", "0900", "1100", "7500", "5600", "8330"]
DE_BLZ = ["10010010", "20041133", "37040044", "50070010", "70150000", "12030000", "43060967"]
GB_BANKS = [("NWBK", "60"), ("BARC", "20"), ("LOYD", "30"), ("HBUK", "40"), ("MIDL", "40")]
UA_MFO = ["305299", "322001", "300465", "380805", "300528"]
AT_BLZ = ["12000", "20111", "32000", "14000", "60000"]


def _cz_account(rng):
    while True:
        acc = str(rng.randint(1, 9)) + digits(rng, 9)
        if cz_bank._calc_checksum(acc) == 0:
            return acc


def gen_iban(rng, fmt="PL:group"):
    cc, _, style = fmt.partition(":")
    if cc == "PL":
        bank = rng.choice(PL_BANKS) + digits(rng, 4)
        c = (
            10 - sum(int(a) * b for a, b in zip(bank, (3, 9, 7, 1, 3, 9, 7), strict=False)) % 10
        ) % 10
        bban = bank + str(c) + digits(rng, 16)
    elif cc in ("CZ", "SK"):
        bank = rng.choice(CZ_BANKS if cc == "CZ" else SK_BANKS)
        bban = bank + "000000" + _cz_account(rng)
    elif cc == "DE":
        bban = rng.choice(DE_BLZ) + str(rng.randint(1, 9)) + digits(rng, 9)
    elif cc == "GB":
        code, sort = rng.choice(GB_BANKS)
        bban = code + sort + digits(rng, 4) + digits(rng, 8)
    elif cc == "AT":
        bban = rng.choice(AT_BLZ) + digits(rng, 11)
    elif cc == "UA":
        bban = rng.choice(UA_MFO) + "00000" + "2600" + digits(rng, 10)
    else:
        raise ValueError(cc)
    v = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
    assert std_iban.is_valid(v), v
    if cc == "CZ":
        assert cz_bank.is_valid(v[14:] + "/" + v[4:8])
    if style == "group":
        return group(v, [4] * 8)
    if style == "lcgroup":  # typed in lower case, grouped
        return group(v.lower(), [4] * 8)
    if style == "lc":  # typed in lower case, compact
        return v.lower()
    if style == "nrb":  # Polish domestic 26 digits, 2+4x6 grouping
        return group(v[2:], (2, 4, 4, 4, 4, 4, 4))
    if style == "nrbc":
        return v[2:]
    return v  # compact


def gen_card(rng, fmt="group"):
    """Payment card; fmt: group, dash, plain, dots; amex* (15 digits, 4-6-5) and
    mir* (2200-2204) select the scheme: amex, amexc, amexdash, mir, mirplain."""
    if fmt.startswith("amex"):
        body = rng.choice(["34", "37"]) + digits(rng, 12)
        v = body + luhn.calc_check_digit(body)
        assert luhn.is_valid(v) and len(v) == 15
        if fmt == "amexc":
            return v
        return group(v, (4, 6, 5), "-" if fmt == "amexdash" else " ")
    if fmt.startswith("mir"):
        prefix = "220" + str(rng.randint(0, 4))
        fmt = fmt[3:] or "group"
    else:
        prefix = rng.choice(["4", "4", "51", "52", "53", "54", "55", "2221", "2720"])
    body = prefix + digits(rng, 15 - len(prefix))
    v = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(v) and len(v) == 16
    if fmt == "group":
        return group(v, (4, 4, 4, 4))
    if fmt == "dash":
        return group(v, (4, 4, 4, 4), "-")
    if fmt == "dots":
        return group(v, (4, 4, 4, 4), ".")
    return v


PHONE_NSN = {
    "PL": [("5", 9), ("6", 9), ("7", 9), ("88", 9), ("22", 9), ("12", 9), ("61", 9), ("58", 9)],
    "CZ": [("60", 9), ("72", 9), ("73", 9), ("77", 9), ("2", 9), ("54", 9), ("59", 9)],
    "SK": [("90", 9), ("91", 9), ("94", 9), ("2", 9), ("33", 9), ("55", 9)],
    "RU": [("91", 10), ("92", 10), ("98", 10), ("495", 10), ("812", 10), ("343", 10)],
    "UA": [("67", 9), ("50", 9), ("63", 9), ("93", 9), ("44", 9), ("32", 9), ("48", 9)],
    "GB": [("74", 10), ("75", 10), ("78", 10), ("79", 10), ("20", 10), ("161", 10), ("131", 10)],
    "DE": [
        ("151", 11),
        ("160", 10),
        ("171", 10),
        ("176", 11),
        ("30", 10),
        ("89", 9),
        ("40", 10),
        ("221", 10),
    ],
}


def gen_phone(rng, fmt="PL:intl"):
    reg, _, style = fmt.partition(":")
    code = phonenumbers.country_code_for_region(reg)
    while True:
        pre, n = rng.choice(PHONE_NSN[reg])
        nsn = pre + digits(rng, n - len(pre))
        num = phonenumbers.parse("+" + str(code) + nsn)
        if not phonenumbers.is_valid_number(num):
            continue
        ntype = phonenumbers.number_type(num)
        mobile = (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        )
        if style.startswith("m"):
            wanted = mobile
        elif style.startswith("f"):  # a landline, e.g. with an extension after it
            wanted = (phonenumbers.PhoneNumberType.FIXED_LINE,)
        else:
            wanted = mobile + (phonenumbers.PhoneNumberType.FIXED_LINE,)
        if ntype not in wanted:
            continue
        intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        st = style.lstrip("mf") or "intl"
        if st == "intl":
            v = intl
        elif st == "nat":
            v = nat
        elif st == "e164":
            v = e164
        elif st == "00":
            v = "00" + intl[1:]
        elif st == "dash":
            v = nat.replace(" ", "-")
        elif st == "intldash":
            v = intl.replace(" ", "-")
        elif st == "compact":
            v = re.sub(r"\D", "", nat)
        elif st == "g3":  # nsn in threes: 601 234 567
            v = group(nsn, (3, 3, 3))
        elif st == "g3dash":
            v = group(nsn, (3, 3, 3), "-")
        elif st == "intlg3":
            v = f"+{code} " + group(nsn, (3, 3, 3))
        elif st == "ru8":  # 8 (916) 123-45-67
            v = f"8 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:8]}-{nsn[8:]}"
        elif st == "ru8plain":
            v = f"8{nsn}"
        elif st == "ruintl":  # +7 (916) 123-45-67
            v = f"+7 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:8]}-{nsn[8:]}"
        elif st == "ua0":  # (067) 123-45-67
            v = f"(0{nsn[:2]}) {nsn[2:5]}-{nsn[5:7]}-{nsn[7:]}"
        elif st == "ua38":  # +38 (067) 123 45 67
            v = f"+38 (0{nsn[:2]}) {nsn[2:5]} {nsn[5:7]} {nsn[7:]}"
        elif st == "de0":  # +49 (0)151 ...
            v = intl.replace("+49 ", "+49 (0)", 1)
        elif st == "deslash":  # 0151/23456789
            parts = nat.split(" ", 1)
            v = parts[0] + "/" + parts[1].replace(" ", "")
        elif st == "sk0slash":  # 0905/123 456
            v = "0" + nsn[:3] + "/" + group(nsn[3:], (3, 3))
        elif st == "sk0":
            v = "0" + group(nsn, (3, 3, 3))
        elif st == "gbsp":  # +44 (0)7911 123456
            v = intl.replace("+44 ", "+44 (0)", 1)
        else:
            raise ValueError(style)
        assert is_phone(v, [reg]), (v, reg)
        return v


def gen_token_url(rng, fmt):
    tok = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(32))
    return fmt + tok


GEN = {
    "pesel": ("pesel", gen_pesel),
    "nip": ("tax_id", gen_nip),
    "regon": ("tax_id", gen_regon),
    "plid": ("national_id", gen_plid),
    "rc": ("birth_number", gen_rc),
    "rcsk": ("birth_number", lambda r, f="slash": gen_rc(r, f, "sk")),
    "ico": ("tax_id", gen_ico),
    "dicrc": ("tax_id", gen_dicrc),
    "icdph": ("tax_id", gen_icdph),
    "idnr": ("national_id", gen_idnr),
    "ustid": ("tax_id", gen_ustid),
    "inn": ("tax_id", gen_inn),
    "innp": ("national_id", lambda r, f="": gen_inn(r, "12")),
    "ogrn": ("tax_id", gen_ogrn),
    "snils": ("national_id", gen_snils),
    "rnokpp": ("national_id", gen_rnokpp),
    "edrpou": ("tax_id", gen_edrpou),
    "gbvat": ("tax_id", gen_gbvat),
    "nhs": ("national_id", gen_nhs),
    "utr": ("national_id", gen_utr),
    "iban": ("iban", gen_iban),
    "card": ("card", gen_card),
    "phone": ("phone", gen_phone),
    "url": ("url_token", gen_token_url),
}


# keep generators: harmless numbers in many shapes; "#" = digit, "@" = letter
def gen_pattern(rng, pattern):
    for _ in range(3000):
        v = "".join(
            rng.choice(string.digits)
            if c == "#"
            else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
            if c == "@"
            else c
            for c in pattern
        )
        if harmless_number(v, rng.region):
            return v
    raise ValueError(f"no harmless value for pattern {pattern!r} in {rng.region}")


def gen_bad(rng, fmt):
    """A number of an id's shape with one digit wrong: fails every check."""
    base = {
        "pesel": lambda: gen_pesel(rng),
        "nip": lambda: gen_nip(rng),
        "card": lambda: gen_card(rng, "plain"),
        "rc": lambda: gen_rc(rng, "plain"),
        "inn": lambda: gen_inn(rng),
        "innp": lambda: gen_inn(rng, "12"),
        "idnr": lambda: gen_idnr(rng),
        "rnokpp": lambda: gen_rnokpp(rng),
        "snils": lambda: gen_snils(rng, "plain"),
        "ico": lambda: gen_ico(rng),
        "regon": lambda: gen_regon(rng),
        "edrpou": lambda: gen_edrpou(rng),
        "nhs": lambda: gen_nhs(rng, "plain"),
        "utr": lambda: gen_utr(rng),
        "ogrn": lambda: gen_ogrn(rng),
        "ustid": lambda: gen_ustid(rng, "plain"),
        "icdph": lambda: gen_icdph(rng, "plain"),
    }
    kind, _, style = fmt.partition(":")
    while True:
        v = base[kind]()
        i = len(v) - 1 if rng.random() < 0.6 else rng.randrange(len(v))
        v = v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1 :]
        if kind == "rc" and style == "slash":
            v = v[:6] + "/" + v[6:]
        if kind == "card" and style == "group":
            v = group(v, (4, 4, 4, 4))
        if kind == "nip" and style == "dash":
            v = group(v, (3, 3, 2, 2), "-")
        if kind == "snils" and style == "dash":
            v = f"{v[:3]}-{v[3:6]}-{v[6:9]} {v[9:]}"
        if kind == "nhs" and style == "sp":
            v = group(v, (3, 3, 4))
        if kind == "idnr" and style == "sp":
            v = group(v, (2, 3, 3, 3))
        if harmless_number(v, rng.region):
            return v


def gen_typo(rng, ref):
    """The id `ref` as a customer mistyped it: one digit changed or two swapped, so
    that it fails every check (and is no phone number of the region)."""
    pos = [i for i, c in enumerate(ref) if c.isdigit()]
    for _ in range(3000):
        v = list(ref)
        i = rng.choice(pos)
        if rng.random() < 0.3 and i + 1 in pos and ref[i] != ref[i + 1]:
            v[i], v[i + 1] = v[i + 1], v[i]
        else:
            v[i] = str((int(v[i]) + rng.randint(1, 9)) % 10)
        v = "".join(v)
        if harmless_number(v, rng.region):
            return v
    raise ValueError(f"no harmless typo of {ref!r}")


KEEP_GEN = {
    "order": ("order_number", gen_pattern),
    "invoice": ("invoice_number", gen_pattern),
    "ticket": ("ticket_number", gen_pattern),
    "tracking": ("tracking_number", gen_pattern),
    "bad": ("invalid_checksum_number", gen_bad),
    "num": ("invalid_checksum_number", gen_pattern),
    "contract": ("invalid_checksum_number", gen_pattern),
    "meter": ("invalid_checksum_number", gen_pattern),
    "product": ("product_code", gen_pattern),
    "typo": ("invalid_checksum_number", None),  # filled from its neighbour id
}


def wrap(value: str) -> str:
    """Break the value over a line at the blank nearest its middle."""
    blanks = [i for i, c in enumerate(value) if c == " "]
    assert blanks, f"cannot wrap {value!r}"
    i = min(blanks, key=lambda b: abs(b - len(value) / 2))
    return value[:i] + "\n" + value[i + 1 :]


# --------------------------------------------------------------------------- parser

TOKEN = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}", re.S)


def fill(item_id, lang, template):
    rng = random.Random("d12:" + item_id)
    rng.region = REGION[lang]
    # pass 1: draw every value in order (typos wait for their neighbour)
    toks = []
    pos = 0
    for m in TOKEN.finditer(template):
        lit = template[pos : m.start()]
        pos = m.end()
        spec = m.group(1) if m.group(1) is not None else m.group(2)
        is_pii = m.group(1) is not None
        tok = {"lit": lit, "is_pii": is_pii, "ctx": None, "surr": None, "key": None}
        if spec.startswith("@"):
            spec, _, surr = spec[1:].partition("!")
            key, _, fmt = spec.partition(":")
            tok["key"] = key
            if is_pii and key == "same":  # the previous id again, with a prefix (DIČ = CZ + IČO)
                ref = next(t for t in toks[::-1] if t["is_pii"] and t["kind"] in CHECKSUM_KINDS)
                key = tok["key"] = ref["key"]
                kind, value = ref["kind"], fmt + plain(ref["value"])
                assert not plain(ref["value"])[:2].isalpha(), (item_id, "same needs a bare ref")
                assert surr in SURROUNDINGS, (item_id, spec, surr)
                tok["surr"] = surr
            elif is_pii:
                kind, fn = GEN[key]
                value = fn(rng, fmt) if fmt else fn(rng)
                if kind in CHECKSUM_KINDS:
                    assert surr in SURROUNDINGS, (item_id, spec, surr)
                    tok["surr"] = surr
                    if surr == "wrap":
                        value = wrap(value)
                else:
                    assert not surr, (item_id, spec)
            else:
                kind, fn = KEEP_GEN[key]
                assert not surr, (item_id, spec)
                value = None if key == "typo" else fn(rng, fmt)
                tok["fmt"] = fmt
        else:
            key, _, value = spec.partition("|")
            if is_pii:
                if key in NAME_CTX:
                    kind, tok["ctx"] = "name", NAME_CTX[key]
                else:
                    kind = key
                assert kind not in CHECKSUM_KINDS, (item_id, "checksum ids are generated")
                if kind == "phone":
                    assert is_phone(value, [REGION[lang]] + list(REGION.values())), value
            else:
                kind = key
        tok["kind"] = kind
        tok["value"] = value
        toks.append(tok)
    tail = template[pos:]
    # pass 2: a typo copies the nearest checksum id after (next) or before (prev) it
    for i, tok in enumerate(toks):
        if tok["key"] == "typo" and not tok["is_pii"]:
            order = toks[i + 1 :] if tok["fmt"] == "next" else toks[:i][::-1]
            ref = next(t for t in order if t["is_pii"] and t["kind"] in CHECKSUM_KINDS)
            tok["value"] = gen_typo(rng, ref["value"])
    # pass 3: offsets
    out, pii, keep, length = [], [], [], 0
    for tok in toks:
        out.append(tok["lit"])
        length += len(tok["lit"])
        value = tok["value"]
        span = {"start": length, "end": length + len(value)}
        out.append(value)
        length += len(value)
        if tok["is_pii"]:
            assert tok["kind"] in PII_KINDS, (item_id, tok["kind"])
            span["kind"] = tok["kind"]
            if tok["ctx"]:
                span["context"] = tok["ctx"]
            pii.append((span, tok))
        else:
            assert tok["kind"] in KEEP_WHATS, (item_id, tok["kind"])
            span["what"] = tok["kind"]
            keep.append((span, tok))
    out.append(tail)
    text = "".join(out)
    for span, tok in pii + keep:
        value = tok["value"]
        assert text[span["start"] : span["end"]] == value, (item_id, value)
        assert value == value.strip() and value, (item_id, value)
    for _span, tok in pii:
        if tok["kind"] in CHECKSUM_KINDS:
            assert VALID[tok["key"]](tok["value"]), (item_id, tok["key"], tok["value"])
        if tok["kind"] == "phone":
            assert is_phone(tok["value"], [REGION[lang]] + list(REGION.values())), tok["value"]
    for span, tok in keep:
        if span["what"] in NUMBERED_KEEPS or span["what"] == "product_code":
            assert harmless_number(tok["value"], REGION[lang]), (
                item_id,
                tok["value"],
                digit_checks(re.sub(r"\D", "", tok["value"])),
            )
    spans = sorted([s for s, _ in pii + keep], key=lambda s: s["start"])
    for a, b in zip(spans, spans[1:], strict=False):
        assert a["end"] <= b["start"], (item_id, a, b)
    return {
        "id": item_id,
        "lang": lang,
        "text": text,
        "pii": [s for s, _ in pii],
        "keep": [s for s, _ in keep],
        "_ids": [(t["key"], t["surr"]) for _, t in pii if t["surr"]],
    }


ITEMS: dict[str, list[str]] = {}

# =========================================================================== pl
ITEMS["pl"] = [
    # 01 joinery asks for an invoice: NIP glued to its colon, REGON after a bare label
    """{{greeting_without_name|Dzień dobry}},
proszę o wystawienie faktury za {{date|marzec}} na Pracownię Stolarską Dąb, NIP:[[@nip!glued]], REGON [[@regon!label]]. Kwota {{amount|4 870,00 zł}} netto, zamówienie {{@order:ZS/####/2025}}.
Pozdrawiam
[[sig|Grzegorz Wilczek]]""",
    # 02 clinic registration, the PESEL first and its label after it
    """{{greeting_without_name|Dzień dobry}}, w rejestracji przychodni wpisano mi błędny numer. [[@pesel:mid:female!after]] – to mój PESEL, proszę go poprawić przed wizytą u kardiologa {{date|3 kwietnia}} o {{time|10:40}}. Skierowanie nr {{@bad:pesel}} jest wystawione jeszcze na starą kartotekę.
[[sig|Halina Szewczyk]]
tel. [[@phone:PL:mg3]]""",
    # 03 telecom chat, the PESEL as a bare answer
    """[{{time|09:12}}] Konsultant [[oth|Marta]]: Dzień dobry, w czym mogę pomóc?
[09:13] Klient: chcę przejść na taryfę {{product_code|Smart 60}}
[09:13] Konsultant [[oth|Marta]]: Proszę podać PESEL właściciela umowy.
[09:14] Klient: [[@pesel:male!answer]]
[09:14] Konsultant [[oth|Marta]]: I jeszcze seria i numer dowodu osobistego.
[09:15] Klient: [[@plid!answer]]
[09:15] Konsultant [[oth|Marta]]: Dziękuję. Zmiana wejdzie od {{date|1 maja}}, abonament {{amount|59,99 zł}} miesięcznie.""",
    # 04 HR sends a pipe table of employees for sports cards
    """Dzień dobry,
w załączeniu lista pracowników do kart {{brand|Multisport}} od {{date|1 czerwca}}:
| Imię i nazwisko | PESEL | Wariant |
| [[oth|Katarzyna Bielecka]] | [[@pesel:mid:female!table]] | {{product_code|Classic}} |
| [[oth|Tomasz Jaworek]] | [[@pesel:mid:male!table]] | {{product_code|Plus}} |
Fakturę proszę wystawić na NIP [[@nip:dash!label]].
[[sig|Ewelina Zając]]
{{job_title|specjalistka ds. kadr}}""",
    # 05 bank, the label far before the number
    """Numer PESEL, o który Pani pytała w mailu z {{date|piątku}} i którego nie mogłam znaleźć w starej umowie kredytowej {{@contract:KH/#####/2019}}, to [[@pesel:senior:female!far]]. Nadpłatę proszę zwrócić na rachunek, z którego spłacałam raty: [[@iban:PL:nrb!wrap]]. Proszę już nie dzwonić na stacjonarny, lepiej na komórkę [[@phone:PL:mg3]] po {{time|16:00}}.
[[sig|Irena Dudek]]""",
    # 06 language school, label in the previous sentence
    """Pytali Państwo o numer identyfikacji podatkowej naszej szkoły językowej. Znalazłem go na starej fakturze, proszę: [[@nip!prev]]. Zamówienie {{@order:#########}} na {{quantity|30 podręczników}} {{brand|Oxford}} proszę wysłać do {{date|20 sierpnia}}.
[[sig|Adam Rutkowski]]""",
    # 07 rail discount, the number named by the document it is printed on
    """Dzień dobry, chcę odzyskać zniżkę studencką na bilet {{product_code|IC 5310}}. Przepisuję numer, który mam na legitymacji studenckiej pod zdjęciem: [[@pesel:female!indirect]]. Przejazd {{date|12.05}}, {{city|Gdańsk}} – {{city|Kraków}}, dopłaciłam {{amount|67,30 zł}}.
[[sig|Oliwia Grabowska]]""",
    # 08 insurer, a correction: not the mistyped NIP but the right one
    """Przepraszam, pomyliłem się w poprzedniej wiadomości – NIP firmy to nie {{@typo:next}}, tylko [[@nip!correction]]. Polisa {{@contract:OC/####/####}} na {{brand|Skodę Octavię}} zostaje bez zmian, składka {{amount|1 184 zł}}.
[[sig|Marek Ziółkowski]], [[@phone:PL:m00]]""",
    # 09 foundation, two ids in one sentence, then its account
    """Dzień dobry, nasza fundacja (NIP [[@nip!pair]], REGON [[@regon!pair]], KRS {{@num:00000#####}}) prosi o potwierdzenie darowizny {{amount|2 500 zł}} z {{date|28.02.2025}}. Konto fundacji: [[@iban:PL:nrb!label]].
[[sig|Beata Kowalewska]]
{{job_title|skarbniczka}}""",
    # 10 e-shop refund, a bank statement line pasted: date, account, amount, title
    """Wklejam z historii rachunku, bo zwrot nie dotarł:
{{date|04.03.2025}}  [[@iban:PL:nrbc!beside]]  -{{amount|1 299,00 PLN}}  tytuł: {{@order:ZAM-######}}
Płatność poszła do Was, a w panelu zamówienie nadal „oczekuje na wpłatę”.
[[sig|Paweł Nowicki]]""",
    # 11 forwarded mail with a NIP with PL prefix and an account
    """Przesyłam dalej, proszę o zaksięgowanie.
[[sig|Robert Kmiecik]]

---------- Wiadomość przekazana ----------
Od: Księgowość {{brand|Transbud}} <[[email|ksiegowosc@transbud-lodz.pl]]>
Data: {{date|11 marca 2025}} {{time|14:02}}
Temat: Nota korygująca {{@invoice:NK/##/03/2025}}

W załączeniu nota. Nasz NIP [[@nip:pl!quoted]], rachunek do zwrotu nadpłaty [[@iban:PL:group!quoted]].""",
    # 12 marketplace, lower-case chat with a compact NRB
    """hej, przelej mi za kurtkę na konto [[@iban:PL:nrbc!chat_lc]] bo blik mi dziś nie działa. {{amount|180 zł}} + {{amount|15 zł}} wysyłka, nadam {{brand|InPostem}} jutro rano""",
    # 13 housing association, the account over a line break
    """Szanowni Państwo,
w związku ze zmianą zarządcy wspólnoty mieszkaniowej {{brand|Słoneczne Wzgórze}} prosimy o wpłacanie
zaliczek od {{date|kwietnia}} na nowy rachunek wspólnoty nr [[@iban:PL:nrb!wrap]] z dopiskiem
numeru lokalu. Zaliczka za lokal {{product_code|M-14}} wynosi {{amount|612,40 zł}}.
Z poważaniem
[[sig|Jolanta Maj]]
{{job_title|zarządca nieruchomości}}""",
    # 14 plumber, the NIP in the signature without a label
    """Dzień dobry, potwierdzam montaż kotła {{brand|Vaillant}} na {{date|środę 9 kwietnia}}, ok. {{time|8:00}}. Proszę przygotować dostęp do łazienki.

--
[[sig|Krzysztof Pawlak]]
Usługi Hydrauliczne
[[@nip:dash2!signature]]
tel. [[@phone:PL:mg3]]""",
    # 15 payment reminder under a letterhead with NIP and 14-digit REGON
    """{{brand|ELMAX}} Sp. z o.o. | {{city|Tarnowo Podgórne}}
NIP [[@nip!block]] · REGON [[@regon:14!block]] · BDO {{@num:000######}}

Wezwanie do zapłaty
Faktura {{@invoice:FV/####/02/25}} z {{date|14.02.2025}} na kwotę {{amount|18 450,00 zł}} pozostaje nieopłacona. Prosimy o wpłatę w ciągu {{quantity|7 dni}}.""",
    # 16 parking permit, a numbered list of data
    """Dzień dobry, do wniosku o abonament parkingowy dla mieszkańca podaję:
1. PESEL: [[@pesel:mid!list]]
2. seria i numer dowodu: [[@plid!list]]
3. telefon: [[@phone:PL:mnat]]
Strefa {{product_code|A2}}, okres {{quantity|12 miesięcy}}, opłata {{amount|30 zł}} miesięcznie.
[[sig|Michał Ostrowski]]""",
    # 17 travel insurance for a mother, PESEL in brackets
    """Kupiłam ubezpieczenie turystyczne dla mamy (PESEL [[@pesel:senior:female!bracket]]) na wyjazd do {{city|Hurghady}}, ale w polisie {{@contract:TR-#######}} jest zła data urodzenia. Wylot {{date|18.06}}, {{quantity|8 dni}}. W razie pytań proszę dzwonić: [[@phone:PL:mcompact]].
[[sig|Agnieszka Lis]]""",
    # 18 staffing agency, a Ukrainian RNOKPP in a Polish text
    """Dzień dobry, zatrudniamy od {{date|1 lipca}} pana [[oth|Ołeksandra Hnatiuka]]. PESEL-u jeszcze nie ma, jest tylko ukraiński numer podatkowy RNOKPP [[@rnokpp:mid:male!label]] – czy to wystarczy do umowy zlecenia? Stawka {{amount|28,10 zł}}/h.
[[sig|Anna Wróblewska]]
{{brand|Agencja Pracy Horyzont}}""",
    # 19 Czech supplier's DIČ in a Polish text
    """Dostawca z {{city|Ostrawy}} przysłał fakturę {{@invoice:2025####}} bez polskich danych, jest tylko DIČ [[@ico:cz!label]] (IČO to te same cyfry bez CZ). Czy możemy ją zaksięgować w euro ({{amount|1 240 EUR}})?
[[sig|Dorota Sikora]]""",
    # 20 German buyer and Polish seller, two VAT numbers in one sentence
    """Faktura WDT dla klienta z Niemiec: nabywca {{brand|Hofmann Logistik GmbH}} z USt-IdNr. [[@ustid:de!pair]], sprzedawca my z numerem [[@nip:pldash!pair]]. Kwota {{amount|3 900 EUR}}, termin płatności {{quantity|30 dni}}.""",
    # 21 lost wallet, card with dashes and a callback number
    """Zgubiłem portfel w {{city|Sopocie}}, proszę o pilne zastrzeżenie karty [[@card:dash!label]]. Moja ostatnia transakcja to {{amount|42,50 zł}} w {{brand|Żabce}} {{date|wczoraj}} ok. {{time|21:30}}. Oddzwońcie na [[@phone:PL:mintl]].
[[sig|Łukasz Czarnecki]]""",
    # 22 kindergarten registration form
    """Formularz rejestracji placówki
Nazwa: Przedszkole Niepubliczne {{brand|Promyk}}, oddział w {{city|Wieliczce}}
REGON jednostki lokalnej: [[@regon:14!form]]
NIP: [[@nip!form]]
Liczba miejsc: {{quantity|75}}
Wypełnia: [[intro|Renata Gawlik]], tel. [[@phone:PL:mg3]]""",
    # 23 new ID card, named in the previous sentence
    """Dzień dobry, wymieniłam dowód osobisty, bo stary stracił ważność {{date|2 marca}}. Nowy wydał Prezydent Miasta {{city|Radomia}}, numer [[@plid:sp!prev]]. Proszę zaktualizować dane w umowie najmu {{@contract:NM/###/2023}}.
[[sig|Natalia Kurek]]
[[@phone:PL:mintl]]""",
    # 24 damage claim form
    """Wniosek o wypłatę odszkodowania
Imię i nazwisko: [[intro|Sławomir Kuc]]
PESEL: [[@pesel:mid:male!form]]
Nr rachunku do wypłaty: [[@iban:PL:nrb!form]]
Telefon: [[@phone:PL:mg3dash]]
Nr szkody: {{@num:SZ/##/######}}
Nr polisy: {{@contract:AC/########}}
Data zdarzenia: {{date|17.01.2025}}""",
    # 25 payroll export, semicolon-separated
    """Eksport z programu kadrowego, proszę sprawdzić przed wysyłką do ZUS:
nazwisko;imię;pesel;etat
[[oth|Mazur]];[[oth|Karolina]];[[@pesel:mid:female!table]];{{quantity|1/1}}
[[oth|Stępień]];[[oth|Jan]];[[@pesel:senior:male!table]];{{quantity|1/2}}
Termin wysyłki {{date|15 kwietnia}}.""",
    # 26 quoted clinic message under a short answer
    """Tak, wszystko się zgadza, proszę tylko poprawić telefon na [[@phone:PL:mg3]].

> Prosimy o potwierdzenie danych przed zabiegiem {{date|22.04}}, godz. {{time|7:30}}:
> Pacjent: [[oth|Wiesław Górecki]]
> PESEL: [[@pesel:senior:male!quoted]]
> Oddział: {{team_name|chirurgia jednego dnia}}""",
    # 27 disputed card payment, card number with dots
    """Reklamuję transakcję. [[@card:dots!after]] – to numer mojej karty, obciążenie {{amount|389,00 zł}} z {{date|07.03}} od sprzedawcy {{brand|Allegro Lokalnie}}, którego nie zlecałam. Zgłoszenie {{@ticket:RK-######}}.
[[sig|Monika Baran]]""",
    # 28 summer camp, children's PESELs on a dashed list
    """Zapisuję dzieci na półkolonie w {{date|lipcu}}, numery PESEL poniżej w tej kolejności:
– [[oth|Zosia]], [[@pesel:child:female!list]]
– [[oth|Antek]], [[@pesel:child:male!list]]
Opłata {{amount|2 × 650 zł}} poszła przelewem {{date|wczoraj}}.
[[sig|Karolina Nowak]]""",
    # 29 refund chat, the label two turns before the account
    """Klient: chciałbym zwrot na konto, nie na kartę
Konsultant: Jasne, proszę podać numer rachunku.
Klient: chwila, szukam w aplikacji
Klient: jest: [[@iban:PL:group!prev]]
Konsultant: Dziękuję, zwrot {{amount|249,99 zł}} za zamówienie {{@order:#########}} wyślemy w ciągu {{quantity|14 dni}}.""",
    # 30 new sole trader, the NIP named only by the tax office
    """Od {{date|marca}} nie jestem już na etacie, tylko prowadzę działalność, więc fakturę za kurs {{product_code|Excel Expert}} proszę wystawić na firmę. Podaję to, co mi przydzielił skarbowy przy rejestracji: [[@nip!indirect]]. Cena {{amount|890 zł}}.
[[sig|Dominik Wawrzyniak]]
kom. [[@phone:PL:mg3]]""",
    # 31 washing machine repair, PESEL under the signature with a label
    """Dziękuję za szybką naprawę pralki {{brand|Bosch}} {{product_code|WAN28281PL}} – działa bez zarzutu. Rachunek na {{amount|320 zł}} proszę wysłać mailem.

Z wyrazami szacunku
[[sig|Teresa Adamczyk]]
PESEL [[@pesel:senior:female!signature]] (do zniżki dla seniora)
[[email|teresa.adamczyk@onet.pl]]""",
    # 32 order confirmation from a furniture maker, EU VAT number with spaces
    """Potwierdzamy zamówienie {{@order:ZK/###/25}}: {{quantity|4 krzesła}} {{product_code|Luna B2}} i stół {{product_code|Oslo 180}}. Dane nabywcy do faktury unijnej: {{brand|Kowalski i Syn}} s.c., nr VAT UE [[@nip:plsp!label]]. Odbiór {{date|23.05}}.""",
    # 33 missing receipt, the buyer's NIP glued behind a colon with dashes
    """Na paragonie z {{date|10 lutego}} zamiast mojego numeru wydrukowało się „NIP nabywcy:[[@nip:dash2!glued]]”, ale bez nazwy firmy i na kwotę {{amount|2 149 zł}} zamiast {{amount|1 249 zł}}. Proszę o fakturę do paragonu {{@invoice:PAR/#####}}.
[[sig|Zbigniew Marczak]]""",
    # 34 courier left a parcel elsewhere
    """Paczka {{@tracking:6##############}} miała przyjść na [[address|ul. Lipowa 7/12, 30-702 Kraków]], a kurier zostawił ją {{date|w poniedziałek}} w {{brand|Żabce}} dwie ulice dalej. Pobranie {{amount|86 zł}}, które i tak ściągnął z mojej karty, proszę zwrócić na konto podane w zamówieniu, czyli [[@iban:PL:nrb!far]]. Proszę o kontakt: [[@phone:PL:mg3]] albo [[email|j.pietrzak84@wp.pl]].
[[sig|Jakub Pietrzak]]""",
    # 35 pharmacy reservation, informal lower case with PESEL
    """dzien dobry, rezerwowałam {{brand|Euthyrox}} {{quantity|50 mcg}} na receptę, w systemie nie widać recepty. pesel [[@pesel:mid:female!chat_lc]], odbiór w punkcie przy {{street_as_brand|Mokotowskiej}} jutro po {{time|17:00}}""",
    # 36 callback request form, landline with extension and a mobile
    """Prośba o kontakt
Firma: {{brand|Drukarnia Poligraf}}
Telefon: [[@phone:PL:fnat]] wew. 21
Komórka: [[@phone:PL:mintl]]
Sprawa: wycena {{quantity|5 000 ulotek}} A5, termin {{date|do 10 maja}}""",
    # 37 no PII: double charge, customer number shaped like a PESEL
    """Dzień dobry, numer klienta {{@bad:pesel}} – od {{date|lutego}} naliczacie mi podwójnie opłatę za {{product_code|Internet 300}}. Faktury {{@invoice:F/####/01/2025}} i {{@invoice:F/####/02/2025}}, po {{amount|79 zł}}. Proszę o korektę.""",
    # 38 no PII: hotel review
    """Hotel {{brand|Mercure}} w {{city|Toruniu}}, pobyt {{date|14–16 marca}}: pokój czysty, śniadanie bardzo dobre, ale parking {{amount|60 zł}} za dobę to przesada. Rezerwacja {{@order:BK-########}}, {{quantity|2 noce}}.""",
    # 39 no PII: energy meter, meter and supply numbers shaped like ids
    """Dzień dobry, licznik nr {{@bad:nip}} pokazuje {{quantity|18 342 kWh}}, a na fakturze {{@invoice:E/##/####/25}} jest odczyt szacunkowy {{quantity|19 100 kWh}}. Punkt poboru {{@num:PL00##########}}. Proszę o przeliczenie do {{date|końca miesiąca}}.""",
    # 40 no PII: warehouse query, product codes and a contract number shaped like a REGON
    """Zamówienie {{@order:WZ/####/25}}: brakuje {{quantity|12 szt.}} {{product_code|PRM-4410}} i {{quantity|3 szt.}} {{product_code|PRM-4412}}. Umowa ramowa {{@bad:regon}}, dostawa miała być {{date|06.03}}.""",
]

# =========================================================================== cs
ITEMS["cs"] = [
    # 01 insurer, the birth number first and its label after it
    """{{greeting_without_name|Dobrý den}}, ve smlouvě {{@contract:PS-########}} máte špatně moje údaje. [[@rc:slash:mid:female!after]] je moje rodné číslo, ne to, co je uvedeno ve smlouvě. Pojistné {{amount|4 320 Kč}} jsem zaplatila {{date|15. ledna}}.
S pozdravem
[[sig|Lenka Horáková]]
[[@phone:CZ:mnat]]""",
    # 02 GP appointment, the number named by the insurance card
    """Dobrý den, objednávám se na preventivní prohlídku k MUDr. [[oth|Vaňkovi]]. Číslo z kartičky pojišťovny: [[@rc:plain:mid:male!indirect]], pojišťovna {{brand|VZP}}. Nejlépe {{date|v úterý}} ráno, od {{time|7:30}} můžu.
[[sig|Ondřej Beneš]]
tel. [[@phone:CZ:mg3]]""",
    # 03 e-shop chat, the IČO as a bare answer
    """Operátorka [[oth|Klára]] ({{time|14:02}}): Chcete fakturu na firmu? Napište mi prosím IČ.
Zákazník ({{time|14:03}}): [[@ico!answer]]
Operátorka [[oth|Klára]] ({{time|14:03}}): A DIČ máte?
Zákazník ({{time|14:04}}): [[@same:CZ!answer]]
Operátorka [[oth|Klára]] ({{time|14:05}}): Děkuji, objednávku {{@order:#########}} jsem upravila, faktura přijde e-mailem do {{quantity|24 hodin}}.""",
    # 04 reminder under a letterhead: IČO, DIČ built from it, IBAN
    """{{brand|Stavebniny Horizont}} s.r.o.
IČO [[@ico!block]] | DIČ [[@same:CZ!block]] | IBAN [[@iban:CZ:group!block]]
Zapsaná u Krajského soudu v {{city|Brně}}, oddíl C, vložka {{@num:#####}}

Upomínka: faktura {{@invoice:FV2025####}} na {{amount|86 240 Kč}} je {{quantity|21 dní}} po splatnosti.""",
    # 05 bank branch follow-up, abbreviated label glued with a dot
    """Dobrý den, na pobočce v {{city|Olomouci}} mi řekli, ať údaje pošlu mailem. Žádám o zrušení účtu {{product_code|Konto Plus}} ke dni {{date|31. března}}. Mé r.č.[[@rc:slash:senior:male!glued]], zůstatek prosím převést na manželku.
[[sig|Jaroslav Kučera]]""",
    # 06 a Slovak student in Brno, Slovak birth number in a Czech text
    """Dobrý den, jsem ze Slovenska a studuji v {{city|Brně}}. Na kolejích po mně chtějí rodné číslo, mám jen slovenské: [[@rcsk:slash:female!label]]. Stačí to k podpisu smlouvy o ubytování na {{date|zimní semestr}}? Kauce {{amount|5 000 Kč}} odešla {{date|2. září}} ze slovenského účtu [[@iban:SK:group!beside]]. Kdyžtak volejte na slovenské číslo [[@phone:SK:mintl]].
[[sig|Simona Kováčová]]""",
    # 07 school trip, a pipe table of pupils
    """Dobrý den, posílám seznam dětí na lyžák do {{city|Harrachova}} ({{date|3.–7. února}}) kvůli pojištění:
| jméno | rodné číslo | třída |
| [[oth|Matyáš Dvořák]] | [[@rc:slash:child:male!table]] | {{product_code|6.B}} |
| [[oth|Eliška Pokorná]] | [[@rc:slash:child:female!table]] | {{product_code|6.B}} |
Za {{team_name|třídní učitele}} Mgr. [[sig|Petra Šimková]]""",
    # 08 payroll export for the health insurer, semicolon CSV
    """Hlášení zaměstnanců k {{date|1. 4. 2025}}, prosím o kontrolu:
prijmeni;jmeno;rodne_cislo;pojistovna
[[oth|Marek]];[[oth|Jiří]];[[@rc:plain:mid:male!table]];{{product_code|111}}
[[oth|Říhová]];[[oth|Zuzana]];[[@rc:plain:mid:female!table]];{{product_code|211}}
Počet řádků: {{quantity|2}}""",
    # 09 tab-separated export of supplier accounts
    """Posílám export dodavatelů z účetnictví, sloupce oddělené tabulátorem:
dodavatel	IČO	IBAN
{{brand|Pekárna Klas}}	[[@ico!table]]	[[@iban:CZ!table]]
{{brand|Mlékárna Hlinsko}}	[[@ico!table]]	[[@iban:CZ!table]]
Platby odcházejí každý {{date|čtvrtek}}.""",
    # 10 correction: not the mistyped birth number but the right one
    """Omlouvám se, v žádosti o příspěvek jsem se překlepla. Rodné číslo syna není {{@typo:next}}, ale [[@rc:slash:child:male!correction]]. Číslo žádosti {{@ticket:ZP-#####}}, příspěvek {{amount|1 500 Kč}}.
[[sig|Martina Staňková]], tel. [[@phone:CZ:mg3]]""",
    # 11 forwarded mail with the original header
    """Přeposílám, prosím o zaúčtování dobropisu.
[[sig|Pavel Sedláček]]

-----Původní zpráva-----
Od: {{brand|Autodíly Kopřiva}} <[[email|fakturace@autodily-kopriva.cz]]>
Odesláno: {{date|pondělí 10. března 2025}} {{time|9:15}}
Předmět: Dobropis {{@invoice:DB-####/25}}
Částku {{amount|3 180 Kč}} vrátíme na účet [[@iban:CZ:group!quoted]], odběratel IČ [[@ico!quoted]].""",
    # 12 lower-case chat, IBAN typed in lower case
    """jj posilam ti cislo uctu at mi to muzes poslat: [[@iban:CZ:lcgroup!chat_lc]] :) za listky na {{brand|Colours}} v {{date|sobotu}} {{amount|2 x 3 290}}, dik""",
    # 13 landlord, the IBAN over a line break
    """Dobrý den, paní [[sal|Jelínková]],
od {{date|dubna}} prosím posílejte nájem na nový účet, starý u {{brand|Air Bank}} rušíme. IBAN: [[@iban:CZ:group!wrap]], variabilní symbol {{@num:2025###}}, částka beze změny {{amount|14 500 Kč}}.
[[sig|Vladimír Hruška]]
[[@phone:CZ:m00]]""",
    # 14 self-employed craftsman, IČ under the signature with a label
    """Dobrý den, nabídka na pokládku dlažby v koupelně ({{quantity|12 m²}}): práce {{amount|18 600 Kč}}, materiál dle výběru v {{brand|Siko}}. Termín nejdřív {{date|od 20. května}}.

[[sig|Radek Vondráček]]
obklady a dlažby
IČ: [[@ico!signature]]
DIČ: [[@same:CZ!signature]]
[[@phone:CZ:mintlg3]]""",
    # 15 web studio, DIČ under the signature without a label
    """Díky za podklady, web nasadíme {{date|v pátek}} po {{time|18:00}}. Faktura {{@invoice:2025-###}} přijde po spuštění.
--
[[sig|Tomáš Krejčí]]
{{job_title|vývojář}}
[[@ico:cz!signature]]
[[email|tomas@krejci-web.cz]]""",
    # 16 the label far before, with a story in between
    """To rodné číslo, na které se paní na přepážce pošty v {{city|Kolíně}} ptala a které jsem jí nemohl hned nadiktovat, protože jsem neměl občanku u sebe, je [[@rc:slash:senior:male!far]]. Balík {{@tracking:DR########CZ}} si vyzvednu {{date|zítra}}.
[[sig|Zdeněk Pokorný]]""",
    # 17 energy supplier, label in the previous sentence
    """Posíláte upomínky na špatnou firmu, identifikační číslo ve smlouvě {{@contract:EL-######}} máte chybně. Správně je to tohle: [[@ico!prev]]. Záloha {{amount|2 100 Kč}} měsíčně odchází z účtu firmy od {{date|ledna}}.
[[sig|Ivana Marešová]], {{job_title|jednatelka}}""",
    # 18 sole trader, IČO and DIČ (CZ + birth number) in one sentence
    """Fakturujte prosím na mě jako OSVČ: IČO [[@ico!pair]] a DIČ [[@dicrc:male!pair]], sídlo {{city|Tábor}}. Objednávka {{@order:OBJ-#####}}, {{quantity|40 balení}} zámkové dlažby.
[[sig|Karel Šťastný]]""",
    # 19 payment dispute, card number next to a date and an amount
    """Platba {{date|03.03.2025}} [[@card:group!beside]] {{amount|1 499,00 CZK}} {{brand|ALZA.CZ}} – tuhle platbu jsem neprováděla, karta byla celou dobu u mě. Prosím o reklamaci a vrácení peněz na účet [[@iban:CZ!label]], moje číslo [[@phone:CZ:mnat]].
[[sig|Věra Kalinová]]""",
    # 20 cooperative, IČO in brackets and DIČ in quotes
    """Naše bytové družstvo ({{brand|BD Slunečná}}, IČO [[@ico!bracket]]) žádá o opravu faktury: místo našeho DIČ tam máte „[[@ico:cz!bracket]]“ jiné firmy. Jde o fakturu {{@invoice:####/2025}} za {{amount|12 800 Kč}}.
[[sig|Hana Vlčková]]""",
    # 21 gym membership, a dashed list of data
    """Dobrý den, posílám údaje k permanentce na {{quantity|12 měsíců}}:
- jméno: [[intro|Adéla Moravcová]]
- rodné číslo: [[@rc:slash:mid:female!list]]
- číslo účtu pro inkaso: [[@iban:CZ!list]]
- telefon: [[@phone:CZ:mcompact]]
Tarif {{product_code|FIT 12}}, {{amount|890 Kč}} měsíčně.""",
    # 22 scholarship form
    """Žádost o stipendium
Jméno a příjmení: [[intro|Lukáš Procházka]]
Rodné číslo: [[@rc:slash:male!form]]
Číslo účtu (IBAN): [[@iban:CZ:group!form]]
Studijní program: {{product_code|EKM-B}}
Ročník: {{quantity|2.}}
Telefon: [[@phone:CZ:me164]]
Datum podání: {{date|14. 10. 2024}}""",
    # 23 Polish supplier in a Czech text
    """Dobrý den, polský dodavatel {{brand|Meble Wójcik}} nám poslal fakturu s NIP [[@nip:dash!label]]. Můžeme ji zaúčtovat v režimu přenesení daňové povinnosti? Částka {{amount|2 340 EUR}}, dodáno {{date|12. února}}.
[[sig|Renata Bartošová]], {{team_name|účtárna}}""",
    # 24 German buyer in a Czech text, VAT number with spaces
    """Odběratel z {{city|Drážďan}} chce na faktuře své USt-IdNr. [[@ustid:desp!pair]] vedle našeho DIČ [[@ico:cz!pair]]. Zboží {{quantity|3 palety}}, dodací list {{@order:DL-######}}. Dá se to doplnit dodatečně?
[[sig|Michal Novotný]]""",
    # 25 Slovak customer's VAT number, glued after a colon
    """Prosím o opravu faktury {{@invoice:25#####}}: odběratel je slovenská firma {{brand|Drevomax}} s.r.o., IČ DPH:[[@icdph:sk!glued]]. Cena bez DPH {{amount|1 870 EUR}}.
[[sig|Jitka Malá]]""",
    # 26 Ukrainian worker, RNOKPP in a Czech text
    """Dobrý den, od {{date|1. 5.}} nastupuje pan [[oth|Andrij Kovalenko]]. Rodné číslo zatím nemá, z Ukrajiny přinesl jen daňové číslo RNOKPP [[@rnokpp:mid:male!label]]. Stačí to pro přihlášku na {{brand|ČSSZ}}?
[[sig|Lucie Hájková]], {{team_name|personální oddělení}}
[[@phone:CZ:fnat]]""",
    # 27 Polish worker in Ostrava, PESEL in a Czech text
    """Jsem Polák a pracuji v {{city|Ostravě}}, doma mám PESEL [[@pesel:mid:male!label]]. Lékárna mi na něj nechce vydat lék na recept, v systému mě prý nenajdou. Recept je z {{date|14. 3.}}, lék {{brand|Prestarium}}.
[[sig|Piotr Zieliński]]
[[@phone:PL:mintl]]""",
    # 28 lost card, number with dashes, read out in a call note
    """Záznam hovoru {{time|16:42}}: klient [[oth|Petr Urban]], ověřen přes [[@rc:slash:mid:male!after]] (rodné číslo), hlásí ztrátu karty [[@card:dash!label]], poslední platba {{amount|340 Kč}} v {{brand|Billa}}. Karta zablokována, nová do {{quantity|5 pracovních dní}}.""",
    # 29 a payment card with no spaces, lower-case chat
    """hele muzes mi tam dat kartu [[@card:plain!chat_lc]] platnost {{date|09/27}}? na {{brand|rohlik}} za {{amount|1 280}} mi to nejde, chce to 3d secure a mobil mam vybitej""",
    # 30 insurance claim, rodné číslo with spaces
    """Dobrý den, škodní událost {{@num:SU-##-#####}}: pojištěná osoba [[oth|Jana Vacková]], rodné číslo [[@rc:sp:senior:female!label]], úraz ze dne {{date|8. 1. 2025}} v {{city|Špindlerově Mlýně}}. Prosím o vyplacení {{amount|23 000 Kč}} na účet [[@iban:CZ:group!wrap]].
[[sig|Aleš Vacek]] (manžel), [[@phone:CZ:mg3]]""",
    # 31 tax adviser, slash with spaces, named by the office
    """Pane [[sal|Holube]], finanční úřad Vám přiřadil daňové identifikační číslo, které je shodné s rodným číslem; napsal jste mi ho takto: [[@rc:slashsp:mid:male!indirect]]. Přiznání za {{date|2024}} podám do {{date|1. 4.}}, honorář {{amount|3 500 Kč}}.
Ing. [[sig|Blanka Černá]]
{{job_title|daňová poradkyně}}""",
    # 32 Austrian landlord's IBAN in a Czech text
    """Dobrý den, pronajímatel ve {{city|Vídni}} chce nájem na rakouský účet [[@iban:AT:group!label]]. Jde to z vašeho účtu {{product_code|Standard}} bez poplatku? Částka {{amount|780 EUR}} měsíčně.
[[sig|Filip Doležal]]""",
    # 33 lost parcel, address and contacts
    """Dobrý den, zásilka {{@tracking:Z#########}} měla dorazit {{date|ve středu}} na adresu [[address|Hálkova 14, 301 00 Plzeň]], ale nikdo nezvonil a teď je prý v {{brand|Zásilkovně}}. Pokud se nenajde, vraťte peníze na účet, ze kterého jsem objednávku platila – je to [[@iban:CZ:group!far]]. Volejte prosím [[@phone:CZ:mg3]] nebo pište na [[email|j.nemcova@seznam.cz]].
[[sig|Jana Němcová]]""",
    # 34 two birth numbers in one sentence for a family trip
    """Dobrý den, k zájezdu {{@order:ZJ-#######}} do {{city|Chorvatska}} doplňuji: manžel má rodné číslo [[@rc:slash:mid:male!pair]], já [[@rc:slash:mid:female!pair]]. Doplatek {{amount|18 400 Kč}} pošleme do {{date|konce dubna}}.
[[sig|Kristýna Fialová]]
[[@phone:CZ:mintlg3]]""",
    # 35 callback, landline and mobile
    """Dobrý den, prosím o zavolání ohledně výměny plynoměru {{date|příští týden}}, doma jsem po {{time|15:00}}. Pevná linka [[@phone:CZ:fnat]], mobil [[@phone:CZ:mintl]]. Odběrné místo {{@num:27ZG######}}.
[[sig|Miroslav Kratochvíl]]""",
    # 36 a company number inside quotation marks in a complaint about a fake invoice
    """Přišla nám faktura od firmy, se kterou nemáme smlouvu: „{{brand|Katalog firem CZ}}, IČ [[@ico!bracket]], za zápis {{amount|8 900 Kč}}“. Jde o podvod? Nic jsme neobjednávali, číslo faktury {{@invoice:KF#######}}.
[[sig|Stanislav Beran]]""",
    # 37 no PII: electricity bill, variable symbol shaped like a birth number
    """Dobrý den, variabilní symbol {{@bad:rc}} na záloze za {{date|březen}} nesedí s tím v aplikaci. Vyúčtování {{@invoice:VY########}} ukazuje nedoplatek {{amount|1 264 Kč}}. Prosím o kontrolu.""",
    # 38 no PII: restaurant review
    """Restaurace {{brand|U Zlatého tygra}} v {{city|Praze}}: pivo výborné, ale na stůl jsme čekali {{quantity|40 minut}}. Útrata {{amount|1 120 Kč}} za čtyři, rezervace {{@order:R-#####}} na {{time|19:00}} nebyla v systému.""",
    # 39 no PII: supplier query with an IČO-shaped customer number
    """Zákaznické číslo {{@bad:ico}}, objednávka {{@order:OB-######}}: místo {{quantity|20 ks}} {{product_code|DN110}} přišlo {{quantity|2 ks}}. Prosím o doplnění do {{date|pátku}}.""",
    # 40 no PII: water meter reading
    """Stav vodoměru č. {{@meter:VD#######}} k {{date|31. 12.}} je {{quantity|1 284 m³}}. Smlouva {{@bad:rc}} (číslo smlouvy, ne rodné číslo), odběrné místo {{city|Jihlava}}.""",
]

# =========================================================================== sk
ITEMS["sk"] = [
    # 01 social insurer, the birth number first and its label after it
    """{{greeting_without_name|Dobrý deň}}, v liste zo {{date|14. marca}} je pri mne nesprávny dátum narodenia. [[@rcsk:slash:senior:female!after]] – to je moje rodné číslo, prosím o opravu. Dôchodok {{amount|612,40 €}} mi chodí v poriadku.
S pozdravom
[[sig|Alžbeta Hudecová]]
[[@phone:SK:msk0]]""",
    # 02 GP surgery, the number named by the insurance card it is on
    """Dobrý deň, chcem sa objednať na odber krvi. Číslo z preukazu poistenca je [[@rcsk:plain:mid:male!indirect]], poisťovňa {{brand|Dôvera}}. Vyhovuje mi {{date|pondelok}} alebo {{date|štvrtok}} do {{time|8:30}}.
[[sig|Marek Oravec]]""",
    # 03 e-shop chat, the IČO as a bare answer
    """Agent ({{time|10:21}}): Faktúru chcete vystaviť na firmu? Pošlite mi prosím IČO.
Zákazník ({{time|10:22}}): [[@ico!answer]]
Agent ({{time|10:22}}): A IČ DPH?
Zákazník ({{time|10:23}}): [[@icdph:sk!answer]]
Agent ({{time|10:24}}): Ďakujem, objednávka {{@order:SK-#######}} je upravená, tovar odchádza {{date|zajtra}}.""",
    # 04 reminder under a letterhead: IČO, DIČ, IČ DPH built from it, IBAN
    """{{brand|Agro Záhorie}} s.r.o., {{city|Senica}}
IČO: [[@ico!block]]  DIČ: [[@icdph:plain!block]]  IČ DPH: [[@same:SK!block]]
IBAN: [[@iban:SK:group!block]]

Upomienka k faktúre {{@invoice:2025####}} zo dňa {{date|3. 2. 2025}}, suma {{amount|7 420,00 €}}.""",
    # 05 tiles order, the IČO glued to its colon
    """Dobrý deň, objednávam {{quantity|35 m²}} dlažby {{product_code|Cersanit Arte 60}} na firmu, IČO:[[@ico!glued]]. Dovoz na stavbu v {{city|Pezinku}} najskôr {{date|v stredu}}, prosím zavolajte vodičovi [[@phone:SK:mg3]].
[[sig|Juraj Baláž]]""",
    # 06 a Czech birth number in a Slovak text
    """Dobrý deň, som Češka, bývam v {{city|Žiline}} a do poisťovne sa prihlasujem prvýkrát. Mám české rodné číslo [[@rc:slash:mid:female!label]] – dá sa s ním uzavrieť zmluva {{product_code|Úraz Plus}}? Poistné {{amount|9,90 €}} mesačne.
[[sig|Tereza Marková]]
[[@phone:CZ:mintl]]""",
    # 07 meal vouchers, a pipe table of staff
    """Posielam zoznam zamestnancov na stravné lístky od {{date|1. apríla}}:
| meno | rodné číslo | počet |
| [[oth|Peter Kollár]] | [[@rcsk:slash:mid:male!table]] | {{quantity|21}} |
| [[oth|Natália Šimková]] | [[@rcsk:slash:mid:female!table]] | {{quantity|19}} |
[[sig|Zuzana Ondrejková]], {{team_name|mzdová účtáreň}}""",
    # 08 comma-separated export for a health insurer
    """Export poistencov na kontrolu pred odoslaním:
priezvisko,meno,rodne_cislo,datum_nastupu
[[oth|Mikuš]],[[oth|Ján]],[[@rcsk:plain:senior:male!table]],{{date|2025-03-01}}
[[oth|Gregorová]],[[oth|Eva]],[[@rcsk:plain:mid:female!table]],{{date|2025-03-15}}
Spolu {{quantity|2 záznamy}}.""",
    # 09 correction of an IBAN: not the mistyped one but the right one
    """Prepáčte, v žiadosti o vrátenie preplatku som uviedol zlý účet. Nie {{@typo:next}}, ale [[@iban:SK:group!correction]]. Preplatok {{amount|86,20 €}} za plyn, zmluva {{@contract:ZP-########}}.
[[sig|Ľubomír Fabian]]
mobil: [[@phone:SK:mintl]]""",
    # 10 forwarded mail with the original header
    """Preposielam na vybavenie, faktúru prosím uhradiť do piatku.
[[sig|Ivana Bieliková]]

---------- Preposlaná správa ----------
Od: {{brand|Stolárstvo Drevko}} <[[email|objednavky@drevko.sk]]>
Dátum: {{date|ut 11. 3. 2025}} o {{time|13:47}}
Predmet: Faktúra {{@invoice:FA-####-25}}
Platbu {{amount|2 340 €}} posielajte na [[@iban:SK:group!quoted]], náš IČ DPH [[@icdph:sk!quoted]].""",
    # 11 lower-case chat, an IBAN in lower case, no spaces
    """cau, tu je moj ucet [[@iban:SK:lc!chat_lc]], posli mi tie {{amount|45 eur}} za listky na {{brand|Pohodu}} ked budes moct, najneskor v {{date|piatok}}""",
    # 12 landlord, the IBAN over a line break
    """Dobrý deň pán [[sal|Kráľ]],
nájom za {{date|máj}} ({{amount|520 €}}) prosím pošlite už na nový účet v {{brand|Tatra banke}}: [[@iban:SK:group!wrap]] s variabilným symbolom {{@num:2025##}}.
Ďakujem, [[sig|Eva Šoltésová]]""",
    # 13 heating firm, IČ DPH under the signature without a label
    """Dobrý deň, montáž kotla {{brand|Protherm}} potvrdzujeme na {{date|18. 4.}} od {{time|7:00}}. Prosím zabezpečte prístup do kotolne.
--
[[sig|Štefan Lukáč]]
kúrenárske práce
[[@icdph:sk!signature]]
[[@phone:SK:msk0slash]]""",
    # 14 translator, IČO under the signature with a label
    """Preklad zmluvy ({{quantity|14 normostrán}}) posielam v prílohe, faktúra {{@invoice:2025/###}} na {{amount|280 €}} príde zvlášť, platbu prosím na účet [[@iban:SK:group!wrap]].

S pozdravom
Mgr. [[sig|Katarína Záhorská]]
prekladateľka, IČO [[@ico!signature]]
[[email|preklady.zahorska@gmail.com]]""",
    # 15 the label far before, with a story in between
    """Rodné číslo, ktoré ste po mne chceli v {{date|piatok}} na pobočke v {{city|Prešove}} a ktoré som si vtedy nevedela spomenúť, lebo som nemala pri sebe občiansky, je [[@rcsk:slash:mid:female!far]]. Reklamácia {{@ticket:RK######}} je stále otvorená. Volajte radšej po {{time|17:00}} na [[@phone:SK:msk0]].
[[sig|Monika Sabová]]""",
    # 16 water company, the label in the previous sentence
    """Vo faktúre máte zlé identifikačné číslo našej organizácie. Správne je toto: [[@ico!prev]]. Ide o odberné miesto {{@num:OM-#######}} a sumu {{amount|1 128,60 €}}.
[[sig|Rastislav Turčan]], {{job_title|správca}}""",
    # 17 two company ids in one sentence
    """Faktúru prosím vystavte na {{brand|Kaviareň Modrá}} s.r.o., IČO [[@ico!pair]], DIČ [[@icdph:plain!pair]], adresa prevádzky {{street_as_brand|Hlavná}} v {{city|Košiciach}}. Objednávka {{@order:OBJ-####}}, {{quantity|6 kg}} kávy.""",
    # 18 card statement line pasted into a complaint
    """Vo výpise mám toto:
{{date|07.03.2025}} | [[@card:group!beside]] | {{amount|-129,00 EUR}} | {{brand|SHEIN}}
Takú objednávku som nerobila, kartu som nikomu nedávala.
[[sig|Veronika Hlaváčová]], [[@phone:SK:mnat]]""",
    # 19 travel agency, the son's birth number in brackets
    """Dobrý deň, k zájazdu {{@order:ZJ-#####}} dopĺňam údaje o synovi ([[oth|Adam]], r. č. [[@rcsk:slash:child:male!bracket]]). Odlet z {{city|Bratislavy}} {{date|2. júla}}, doplatok {{amount|640 €}} pošlem tento týždeň.
[[sig|Lucia Mészárosová]], [[@phone:SK:mg3]]""",
    # 20 bank account opening, a bulleted list
    """Dobrý deň, k založeniu účtu {{product_code|Študent}} posielam:
• meno: [[intro|Dávid Horňák]]
• rodné číslo: [[@rcsk:slash:male!list]]
• telefón: [[@phone:SK:mg3]]
Pobočka {{city|Nitra}}, termín {{date|15. septembra}}.""",
    # 21 scholarship form
    """Žiadosť o ubytovanie v internáte
Meno a priezvisko: [[intro|Simona Vargová]]
Rodné číslo: [[@rcsk:slash:female!form]]
IBAN na vrátenie kaucie: [[@iban:SK!form]]
Fakulta: {{team_name|FIIT STU}}
Izba: {{product_code|B-214}}
Akademický rok: {{date|2025/2026}}""",
    # 22 a Polish supplier in a Slovak text
    """Poľský dodávateľ {{brand|Okna Sowa}} nám poslal zálohovú faktúru s NIP [[@nip:dash2!label]]. Môžeme ju uhradiť, keď tam chýba IČ DPH? Suma {{amount|4 860 €}}, dodanie okien {{date|v máji}}.
[[sig|Milan Kubík]]
tel.: [[@phone:SK:fnat]]""",
    # 23 worker in Vienna, an Austrian IBAN in a Slovak text
    """Dobrý deň, pracujem v {{city|Rakúsku}} a mzdu mi posielajú na rakúsky účet [[@iban:AT!label]]. Môžem z neho platiť splátku úveru {{@contract:UV-########}} ({{amount|212 €}})?
[[sig|Roman Ďurica]]""",
    # 24 a Ukrainian employee's RNOKPP in a Slovak text
    """Pán [[oth|Serhij Bondarenko]] nastupuje {{date|1. 6.}} na pozíciu {{job_title|skladník}}. Slovenské rodné číslo ešte nemá, má ukrajinský daňový identifikačný kód RNOKPP [[@rnokpp:mid:male!label]]. Stačí na prihlásenie do {{brand|Sociálnej poisťovne}}?
[[sig|Denisa Krajčová]]""",
    # 25 a Czech supplier in a Slovak text, IČO in quotes
    """V objednávke {{@order:OB-#####}} máme ako dodávateľa českú firmu „{{brand|Kovo Hranice}}, IČ [[@ico:sp!bracket]]“, ale faktúra prišla od inej spoločnosti. Suma {{amount|1 090 €}}.
[[sig|Patrik Holub]]""",
    # 26 a card with dots in a marketplace complaint
    """Na bazoši som zaplatil kartou [[@card:dots!label]] za telefón {{product_code|iPhone 13}} {{amount|380 €}} a predajca nekomunikuje. Ako to mám reklamovať? Stalo sa to {{date|v nedeľu}}.
[[sig|Tomáš Gajdoš]]""",
    # 27 birth number with a space, dictated to the helpdesk
    """Volám kvôli prepisu elektriny po otcovi k {{date|1. máju}}. Jeho rodné číslo je [[@rcsk:sp:senior:male!label]], odberné miesto {{@num:24ZSS########@}}, stav elektromera {{quantity|45 612 kWh}}. Kontakt na mňa [[@phone:SK:mintl]].
[[sig|Andrea Púchovská]]""",
    # 28 slash with spaces in a chat
    """Operátor: Kvôli overeniu mi prosím napíšte rodné číslo.
Klient: jasné, momentík
Klient: [[@rcsk:slashsp:mid:male!prev]]
Operátor: Ďakujem. Zmluva {{@contract:T-########}} je aktívna do {{date|31. 8.}}, paušál {{product_code|Go 20}}.""",
    # 29 tab-separated payment list
    """Zoznam platieb na schválenie (skopírované z excelu):
príjemca	IBAN	suma
{{brand|Lesy SR}}	[[@iban:SK!table]]	{{amount|1 250,00}}
{{brand|Kameňolom Ružín}}	[[@iban:SK!table]]	{{amount|3 880,40}}""",
    # 30 lost card with dashes and a callback
    """Dobrý deň, stratila som peňaženku v {{brand|Auparku}}, prosím zablokujte kartu [[@card:dash!label]]. Posledná platba bola {{amount|23,60 €}} v {{brand|Lidli}} okolo {{time|18:00}}. Som na čísle [[@phone:SK:mg3]].
[[sig|Daniela Slováková]]""",
    # 31 the IČO named by the office that assigned it
    """Dobrý deň, na faktúre nám chýba číslo, ktoré nám pridelil štatistický úrad pri založení združenia: [[@ico!indirect]]. Prosím o opravnú faktúru k {{@invoice:F######}} na {{amount|450 €}}.
[[sig|Miroslava Kučerová]], {{job_title|predsedníčka}}""",
    # 32 a missed delivery, address and contacts
    """Balík {{@tracking:SK########}} mal prísť {{date|včera}} na adresu [[address|Jesenského 12, 040 01 Košice]], kuriér {{brand|Packeta}} nezvonil. Ak sa balík nenájde, peniaze vráťte na účet, z ktorého bežne platím všetky objednávky: [[@iban:SK:group!far]]. Prosím o nové doručenie, tel. [[@phone:SK:mg3]], e-mail [[email|m.tokar@azet.sk]].
[[sig|Matúš Tokár]]""",
    # 33 two birth numbers in one sentence
    """K zmluve o úvere {{@contract:HU-#######}} prikladám údaje: žiadateľ má rodné číslo [[@rcsk:slash:mid:male!pair]] a spolužiadateľka [[@rcsk:slash:mid:female!pair]]. Výška úveru {{amount|98 000 €}}, splatnosť {{quantity|25 rokov}}.
[[sig|Branislav Kováč]]
[[@phone:SK:m00]]""",
    # 34 a Polish worker's PESEL in a Slovak text
    """Dobrý deň, od {{date|marca}} pracujem v {{city|Trstenej}}, som z Poľska. V lekárni mi na recept nechcú dať liek, lebo mám len toto: [[@pesel:mid:male!after]] – to je môj poľský PESEL. Liek {{brand|Ibalgin}} {{quantity|400 mg}}.
[[sig|Kamil Nowak]]""",
    # 35 two phones for a callback
    """Prosím o spätné volanie ohľadom ponuky na internet {{product_code|Fiber 500}}. Pevná linka [[@phone:SK:fnat]] (do {{time|16:00}}), mobil [[@phone:SK:msk0]]. Adresa pripojenia {{city|Trnava}}.""",
    # 36 lower-case chat with an IČ DPH
    """ahoj, na fakturu {{@invoice:FV-####}} daj prosim nase ic dph [[@icdph:sk!chat_lc]], ostatne ostava. a este zmen mnozstvo na {{quantity|12 ks}} {{product_code|RB-220}}, dik""",
    # 37 no PII: insurance renewal with a policy number shaped like a birth number
    """Dobrý deň, poistná zmluva {{@bad:rc:slash}} (PZP na {{brand|Škodu Fabia}}) sa obnovila so sumou {{amount|312 €}} namiesto {{amount|268 €}}. Prečo?""",
    # 38 no PII: hotel review
    """Hotel {{brand|Grand Jasná}}, pobyt {{date|7.–9. februára}}: wellness super, raňajky slabšie, za {{quantity|2 noci}} {{amount|420 €}}. Rezervácia {{@order:BK######}}.""",
    # 39 no PII: supplier, meter and customer numbers shaped like ids
    """Zákaznícke číslo {{@bad:ico}}, elektromer {{@meter:EM-#########}}: odpočet {{quantity|12 480 kWh}} k {{date|31. 12. 2024}}. Faktúra {{@invoice:VF25######}} je vyššia o {{percent|18 %}}.""",
    # 40 marketplace seller asks for the buyer's company data in a chat
    """Predajca: Faktúru na firmu? Pošlite IČO aj DIČ.
Kupujúci: IČO [[@ico!label]]
Kupujúci: DIČ [[@icdph:plain!label]]
Predajca: Ďakujem, faktúra {{@invoice:2025-####}} na {{amount|159 €}} príde mailom do {{date|pondelka}}.""",
]

# =========================================================================== ru
ITEMS["ru"] = [
    # 01 pension fund, the SNILS first and its label after it
    """{{greeting_without_name|Здравствуйте}}! В выписке от {{date|12 марта}} неверно указан стаж. [[@snils:dash!after]] — это мой СНИЛС, проверьте, пожалуйста, данные за {{date|2003–2005 годы}}. Пенсия {{amount|18 240 руб.}}
С уважением,
[[sig|Зинаида Петровна Лаптева]]
[[@phone:RU:mru8]]""",
    # 02 clinic, the SNILS named only by the green card it is printed on
    """Добрый день. Записываюсь к терапевту на {{date|среду}}, полис {{brand|СОГАЗ-Мед}}. Номер с зелёной карточки: [[@snils:plain!indirect]]. Удобно после {{time|14:00}}, кабинет {{product_code|214}} мне подходит.
[[sig|Виктор Сергеевич Гончаров]]""",
    # 03 clinic chat, the personal INN as a bare answer
    """Администратор ({{time|11:05}}): Для справки на налоговый вычет нужен ваш ИНН. Пришлите, пожалуйста.
Пациент ({{time|11:09}}): [[@innp!answer]]
Администратор ({{time|11:09}}): И СНИЛС, пожалуйста.
Пациент ({{time|11:10}}): [[@snils:dash!answer]]
Администратор ({{time|11:10}}): Спасибо, справка за {{date|2024 год}} на сумму {{amount|46 300 ₽}} будет готова через {{quantity|5 рабочих дней}}.""",
    # 04 supplier's company block under an offer
    """Коммерческое предложение {{@order:КП-###/25}} во вложении, срок действия {{quantity|10 дней}}.

{{brand|ООО «ТехноСнаб»}}
ИНН [[@inn!block]] / КПП {{@num:####01001}}
ОГРН [[@ogrn!block]]
{{city|г. Екатеринбург}}""",
    # 05 INN glued to its colon in a short request
    """Прошу выставить счёт на организацию, ИНН:[[@inn!glued]], за {{quantity|12 лицензий}} {{product_code|Office Pro}} на {{quantity|1 год}}. Оплата до {{date|25.04}}.
[[sig|Елена Дорофеева]]
тел. [[@phone:RU:fru8]], доб. 112""",
    # 06 a Ukrainian RNOKPP in a Russian text
    """Здравствуйте. Я гражданка Украины, живу в {{city|Кишинёве}}. Для открытия счёта у меня есть только украинский РНОКПП [[@rnokpp:mid:female!label]], российского ИНН нет. Переехала в {{date|феврале}}. Подойдёт ли это для тарифа {{product_code|Базовый}}?
[[sig|Оксана Литвиненко]]""",
    # 07 medical check-up, a pipe table of employees
    """Направляем список сотрудников на медосмотр {{date|14 апреля}}:
| ФИО | СНИЛС | должность |
| [[oth|Карпов Денис Олегович]] | [[@snils:dash!table]] | {{job_title|водитель}} |
| [[oth|Мухаметова Алсу Ринатовна]] | [[@snils:dash!table]] | {{job_title|кладовщик}} |
[[sig|Ирина Белова]], {{team_name|отдел кадров}}""",
    # 08 semicolon CSV from a payroll program
    """Выгрузка для сверки за {{date|март}} (разделитель — точка с запятой):
фамилия;имя;снилс;инн
[[oth|Федоров]];[[oth|Глеб]];[[@snils:plain!table]];[[@innp!table]]
[[oth|Сафина]];[[oth|Диляра]];[[@snils:plain!table]];[[@innp!table]]
Итого строк: {{quantity|2}}, взносы {{amount|31 480 ₽}}""",
    # 09 correction: not the mistyped INN but the right one
    """Извините, в заявке ошибся в одной цифре. ИНН компании не {{@typo:next}}, а [[@inn!correction]]. Договор {{@contract:Д-####/25}}, сумма {{amount|128 000 руб.}} без изменений.
[[sig|Артём Зуев]]
[[@phone:RU:mruintl]]""",
    # 10 forwarded mail with an OGRNIP and an INN of a sole trader
    """Пересылаю, нужно оплатить до пятницы.
[[sig|Ольга Никитина]]

-------- Пересылаемое сообщение --------
От: ИП [[oth|Кравченко]] <[[email|kravchenko.ip@mail.ru]]>
Дата: {{date|10 марта 2025}}, {{time|16:20}}
Тема: Счёт {{@invoice:№ ##}}
Оплату {{amount|24 500 ₽}} прошу перечислить по реквизитам: ОГРНИП [[@ogrn:15!quoted]], ИНН [[@innp!quoted]].""",
    # 11 lower-case chat, a Mir card number without spaces
    """скинь на карту [[@card:mirplain!chat_lc]] сбер, {{amount|1500}} за {{brand|вкусвилл}} и {{amount|700}} за такси. не спеши, до {{date|понедельника}} норм""",
    # 12 a card number over a line break in a long complaint
    """Здравствуйте. С моей карты {{brand|Т-Банка}} номер [[@card:group!wrap]] {{date|3 марта}} списано {{amount|4 990 руб.}} за подписку {{product_code|Premium}}, которую я не оформлял. Прошу вернуть деньги.
[[sig|Станислав Орлов]]""",
    # 13 sole trader's signature with OGRNIP and INN
    """Добрый день! Готов принять заказ на {{quantity|200 кг}} мёда, отгрузка {{date|до 20 мая}}, цена {{amount|650 ₽/кг}}.

С уважением,
ИП [[sig|Мельников Ю. А.]]
ОГРНИП [[@ogrn:15!signature]]
ИНН [[@innp!signature]]
[[@phone:RU:mru8]]""",
    # 14 accountant's signature with the company INN without a label
    """Акт сверки за {{date|I квартал}} подписан, оригинал отправим {{brand|Почтой России}}, трек {{@tracking:8########@}} пришлём позже.
--
[[sig|Анна Кузнецова]]
{{job_title|главный бухгалтер}}
{{brand|ООО «Вектор-М»}}
[[@inn!signature]]""",
    # 15 the label far before, with a story in between
    """СНИЛС, который вы запросили в письме от {{date|5 февраля}} для оформления полиса ДМС в {{brand|«Ингосстрахе»}} и который я долго не мог найти среди старых документов, оказался записан в трудовой книжке: [[@snils:dash!far]]. Полис {{@contract:ДМС-#######}}.
[[sig|Павел Егоров]], моб. [[@phone:RU:mintl]]""",
    # 16 the label in the previous sentence
    """Вы просили ИНН нашей организации для договора поставки. Нашёл в уставе, вот он: [[@inn!prev]]. Поставка {{quantity|40 паллет}} кирпича {{brand|Браер}} на {{date|15.05}}.
[[sig|Руслан Хабибуллин]], {{job_title|снабженец}}""",
    # 17 INN and OGRN in one sentence
    """Прошу включить в договор наши реквизиты: ИНН [[@inn!pair]], ОГРН [[@ogrn!pair]], БИК банка {{@num:04#######}}. Договор {{@contract:№ ##-П/2025}}, {{amount|312 400 ₽}}.
[[sig|Вера Соколова]]""",
    # 18 a card next to an amount, a date and an order number
    """Оплатила заказ {{@order:#########}} {{date|07.03.2025}} картой [[@card:mir!beside]] на {{amount|2 349 ₽}}, деньги списались дважды. Верните, пожалуйста, одно списание.
[[sig|Людмила Ковалёва]]""",
    # 19 a personal INN in brackets
    """Прошу оформить справку об оплате медицинских услуг на меня (ИНН [[@innp!bracket]]) за лечение в {{date|2024 году}}. Договор {{@contract:№ ####-С}}, сумма {{amount|58 900 руб.}}
[[sig|Максим Андреевич Волков]]""",
    # 20 a numbered list for a school application
    """Для зачисления сына в секцию {{brand|«Юный пловец»}} (занятия по {{date|вторникам}}) отправляю:
1) ФИО: [[oth|Лебедев Тимофей Ильич]]
2) дата рождения: {{date|12.09.2016}}
3) СНИЛС: [[@snils:dash!list]]
4) телефон мамы: [[@phone:RU:mruintl]]
[[sig|Лебедева Ю. В.]]""",
    # 21 web form for a loyalty card
    """Анкета участника программы лояльности
ФИО: [[intro|Гусева Марина Александровна]]
Дата рождения: {{date|03.11.1988}}
СНИЛС: [[@snils:dash2!form]]
Телефон: [[@phone:RU:mintl]]
Номер карты {{brand|«Спасибо»}}: {{@num:77########}}""",
    # 22 a Ukrainian company's EDRPOU in a Russian text
    """Контрагент из {{city|Одессы}} прислал договор, вместо ИНН у них код ЕГРПОУ [[@edrpou!label]], а счёт указан как [[@iban:UA:group!wrap]]. Как правильно заполнить карточку контрагента в {{brand|1С}}? Сумма поставки {{amount|8 400 USD}}.
[[sig|Светлана Игоревна Морозова]]
[[@phone:RU:mruintl]]""",
    # 23 chat: the OGRNIP two turns after the question
    """Менеджер: Для {{brand|Wildberries}} нужны ваш ОГРНИП и ИНН.
Продавец: сейчас гляну в выписке
Продавец: [[@ogrn:15!prev]]
Продавец: ИНН [[@innp!label]]
Менеджер: Спасибо, карточка {{@num:SLR-######}} отправлена на модерацию, срок {{quantity|3 дня}}.""",
    # 24 a SNILS with spaces in an informal message
    """добрый вечер, снилс мой [[@snils:sp!chat_lc]], запишите пожалуйста на {{date|пятницу}} на {{time|18:30}} к неврологу в {{brand|медси}}, если есть место""",
    # 25 lost card, number with dashes, and a callback
    """Срочно! Украли сумку в {{brand|Ленте}}, заблокируйте, пожалуйста: [[@card:dash!after]] — это номер моей карты. Последняя покупка — {{amount|412 руб.}} около {{time|19:40}}. Перезвоните на [[@phone:RU:mru8]].
[[sig|Геннадий Крылов]]""",
    # 26 an INN named by the document it is printed on
    """Добрый день. Оформляю вычет за обучение дочери. Переписываю номер из свидетельства о постановке на учёт в налоговом органе: [[@innp!indirect]]. Договор с {{brand|МГУ}} {{@contract:№ ##/####}}, оплачено {{amount|310 000 руб.}}
[[sig|Наталья Беляева]]
[[@phone:RU:me164]]""",
    # 27 two SNILS numbers in one sentence
    """Прошу прикрепить к поликлинике меня и мужа: мой СНИЛС [[@snils:dash!pair]], его — [[@snils:dash!pair]]. Участок {{product_code|12}}, адрес в {{city|Туле}} не менялся с {{date|2019 года}}.
[[sig|Екатерина Смирнова]]""",
    # 28 a reply over a quoted bank message
    """Да, данные верны, подтверждаю.

> Уважаемый клиент! Для завершения заявки {{@ticket:ZV-########}} проверьте данные:
> ФИО: [[oth|Шевцов Игорь Николаевич]]
> ИНН: [[@innp!quoted]]
> Лимит: {{amount|150 000 ₽}}
> Срок действия: {{date|до 15.04.2025}}""",
    # 29 tab-separated export of counterparties
    """Контрагенты для проверки в {{brand|Контур.Фокусе}} (из таблицы):
наименование	ИНН	ОГРН
{{brand|ООО «Сибирь-Опт»}}	[[@inn!table]]	[[@ogrn!table]]
{{brand|АО «Уралхим-Транс»}}	[[@inn!table]]	[[@ogrn!table]]""",
    # 30 a missed delivery, address and contacts
    """Курьер {{brand|СДЭК}} {{date|вчера}} не доставил посылку {{@tracking:##########}} на адрес [[address|ул. Гагарина, д. 15, кв. 48, Казань, 420061]]. Деньги за доставку верните на карту, с которой я оплачивал заказ ещё в {{date|феврале}}, — это [[@card:mir!far]]. Звоните [[@phone:RU:mru8]] или пишите на [[email|r.valiev@yandex.ru]].
[[sig|Ринат Валиев]]""",
    # 31 a callback request with two phones
    """Прошу перезвонить по поводу подключения {{product_code|Интернет 500}}. Рабочий [[@phone:RU:fnat]] (до {{time|18:00}}), мобильный [[@phone:RU:mintl]]. Дом {{quantity|9-этажный}}, подъезд {{quantity|4}}.""",
    # 32 a child's SNILS for school meals
    """Заявление на льготное питание: ученица {{product_code|3 «Б»}} класса [[oth|Полина Зайцева]], СНИЛС ребёнка [[@snils:dash!label]]. Справка о доходах за {{quantity|3 месяца}} приложена, льгота нужна на {{date|2025/26 учебный год}}.
[[sig|Зайцева О. Н.]], [[@phone:RU:mru8]]""",
    # 33 the INN in quotation marks from a contract draft
    """В проекте договора у вас написано «Исполнитель: [[oth|Ткаченко Олег Петрович]], ИНН [[@innp!bracket]]», но я работаю как самозанятый, а не как ИП. Договор должен начаться {{date|с 1 июня}}. Поправьте, пожалуйста, пункт {{product_code|1.2}} и сумму {{amount|85 000 ₽}}.""",
    # 34 a company block at the bottom of an invoice dispute
    """Счёт {{@invoice:№ ###}} от {{date|01.04.2025}} выставлен неверно: {{quantity|50 шт.}} вместо {{quantity|5 штук}}.

Покупатель: {{brand|ООО «Альфа-Строй»}}
ИНН/КПП: [[@inn!block]]/{{@num:####01001}}
ОГРН: [[@ogrn!block]]""",
    # 35 Visa card grouped next to a date in a chargeback letter
    """Прошу оспорить операцию по карте [[@card:group!label]]: {{date|28.02.2025}}, {{amount|89,99 EUR}}, {{brand|BOOKING.COM}}. Бронь {{@order:##########}} отменена бесплатно за {{quantity|7 дней}}.
[[sig|Алина Тимофеева]]""",
    # 36 the SNILS in an informal self-introduction
    """Здравствуйте, меня зовут [[intro|Игорь Власов]], пишу по поводу записи на {{brand|Госуслугах}}. Там пишут, что мой СНИЛС [[@snils:dash!label]] не найден, хотя заявление {{@ticket:#########}} я подал {{date|ещё в январе}}.
[[@phone:RU:mru8plain]]""",
    # 37 no PII: a supplier with a KPP and an account number shaped like ids
    """Добрый день. По договору {{@bad:inn}} (это номер договора, не ИНН) отгрузка {{quantity|12 паллет}} задерживается до {{date|18.04}}. КПП получателя {{@num:####01001}}.""",
    # 38 no PII: a hotel review
    """Гостиница {{brand|«Азимут»}} в {{city|Сочи}}: номер чистый, завтрак так себе. За {{quantity|3 ночи}} {{amount|21 600 руб.}}, бронь {{@order:AZ-#######}}.""",
    # 39 no PII: electricity meter
    """Лицевой счёт {{@bad:innp}}, счётчик {{@meter:№ ########}}: показания на {{date|25.03}} — {{quantity|14 872 кВт·ч}}, в квитанции {{quantity|15 300}}. Прошу пересчитать.""",
    # 40 no PII: a marketplace order
    """Заказ {{@order:#########-####}} на {{brand|Ozon}}: пришла не та модель — {{product_code|RX-580}} вместо {{product_code|RX-6600}}. Возврат оформил {{date|вчера}}, сумма {{amount|18 990 ₽}}.""",
]

# =========================================================================== uk
ITEMS["uk"] = [
    # 01 pension fund, the RNOKPP first and its label after it
    """{{greeting_without_name|Добрий день}}! У листі від {{date|11 березня}} мені відмовили в перерахунку. [[@rnokpp:senior:female!after]] — це мій РНОКПП, перевірте, будь ласка, ще раз. Пенсія {{amount|4 870 грн}}.
З повагою,
[[sig|Галина Степанівна Коваль]]
[[@phone:UA:mua0]]""",
    # 02 family doctor, the number named by the card it is printed on
    """Доброго дня. Хочу підписати декларацію з лікарем у {{brand|«Добробуті»}}. Код з картки платника податків: [[@rnokpp:mid:male!indirect]]. Зручно {{date|в четвер}} після {{time|15:00}}.
[[sig|Олег Бондар]], [[@phone:UA:mnat]]""",
    # 03 bank chat, the RNOKPP as a bare answer
    """Оператор [[oth|Ірина]] ({{time|09:41}}): Щоб відкрити рахунок, напишіть, будь ласка, ваш ідентифікаційний код.
Клієнт ({{time|09:43}}): [[@rnokpp:mid:female!answer]]
Оператор [[oth|Ірина]] ({{time|09:43}}): І рахунок, на який вам зараз надходить зарплата?
Клієнт ({{time|09:44}}): [[@iban:UA!answer]]
Оператор [[oth|Ірина]] ({{time|09:44}}): Дякую, картку {{product_code|Універсальна}} можна забрати у відділенні через {{quantity|3 дні}}.""",
    # 04 a company block under an offer
    """Рахунок {{@invoice:СФ-####}} на {{amount|42 600 грн}} у вкладенні, дійсний до {{date|30.04}}.

{{brand|ТОВ «Агротех-Схід»}}
код ЄДРПОУ [[@edrpou!block]]
IBAN [[@iban:UA!block]]
{{city|м. Харків}}""",
    # 05 EDRPOU glued to its colon
    """Прошу виставити рахунок на підприємство, ЄДРПОУ:[[@edrpou!glued]], за {{quantity|20 пачок}} паперу {{brand|Svetocopy}} А4. Доставка до {{date|п'ятниці}}.
[[sig|Тетяна Кравчук]], {{job_title|офіс-менеджер}}""",
    # 06 a Ukrainian worker in Poland, PESEL in a Ukrainian text
    """Добрий день. Я працюю у {{city|Вроцлаві}}, маю польський номер [[@pesel:mid:male!after]] — це мій PESEL. Чи можна за ним оформити переказ зарплати на картку {{brand|ПриватБанку}}? Щомісяця приблизно {{amount|3 500 zł}}.
[[sig|Василь Ткачук]]
[[@phone:PL:mintl]]""",
    # 07 pipe table of employees for insurance
    """Список працівників для медичного страхування з {{date|1 травня}}:
| ПІБ | РНОКПП | програма |
| [[oth|Савченко Андрій Петрович]] | [[@rnokpp:mid:male!table]] | {{product_code|Стандарт}} |
| [[oth|Гнатюк Олена Іванівна]] | [[@rnokpp:mid:female!table]] | {{product_code|Комфорт}} |
[[sig|Юлія Руденко]], {{team_name|відділ кадрів}}""",
    # 08 semicolon CSV from a payroll program
    """Вивантаження з {{brand|M.E.Doc}} для звірки за {{date|березень}}:
прізвище;ім'я;рнокпп;сума
[[oth|Мороз]];[[oth|Богдан]];[[@rnokpp:mid:male!table]];{{amount|18500,00}}
[[oth|Лисенко]];[[oth|Марія]];[[@rnokpp:mid:female!table]];{{amount|21200,00}}""",
    # 09 correction: not the mistyped IBAN but the right one
    """Перепрошую, у заяві на повернення коштів помилився в рахунку. Не {{@typo:next}}, а [[@iban:UA!correction]]. Замовлення {{@order:№ #######}}, сума {{amount|2 150 грн}}.
[[sig|Дмитро Лук'яненко]]
[[@phone:UA:mintl]]""",
    # 10 forwarded mail of a sole trader with RNOKPP and IBAN
    """Пересилаю рахунок, оплатіть, будь ласка, до кінця тижня.
[[sig|Світлана Марченко]]

---------- Переслане повідомлення ---------
Від: ФОП [[oth|Демченко]] <[[email|demchenko.fop@ukr.net]]>
Дата: {{date|пн, 10 бер. 2025 р.}} о {{time|12:05}}
Тема: Рахунок {{@invoice:№ ###}}
Реквізити: ФОП [[oth|Демченко Роман Олегович]], РНОКПП [[@rnokpp:mid:male!quoted]], IBAN [[@iban:UA:group!quoted]].""",
    # 11 lower-case chat, IBAN in lower case without spaces
    """скинь на [[@iban:UA:lc!chat_lc]] будь ласка {{amount|850}} за квитки на {{brand|Океан Ельзи}}, монобанк, до {{date|неділі}}, дякую""",
    # 12 a card over a line break in a long complaint
    """Добрий день. З моєї картки {{brand|monobank}} [[@card:group!wrap]] {{date|2 березня}} списали {{amount|1 299 грн}} за підписку {{product_code|Megogo Максимальна}}, яку я скасувала ще в {{date|лютому}}.
[[sig|Анастасія Поліщук]]""",
    # 13 sole trader's signature with the code under a label
    """Замовлення на {{quantity|50 кг}} меду приймаю, відвантаження {{date|до 15 травня}}, ціна {{amount|180 грн/кг}}.

З повагою,
ФОП [[sig|Шевчук Ю. М.]]
РНОКПП [[@rnokpp:mid:male!signature]]
[[@phone:UA:mua38]]""",
    # 14 signature with an EDRPOU without a label
    """Акт звірки за {{date|І квартал}} підписали, оригінал відправимо {{brand|Новою поштою}}, ТТН {{@tracking:20450#########}}.
--
[[sig|Оксана Гуменюк]]
{{job_title|головний бухгалтер}}
{{brand|ПП «Будсервіс»}}
[[@edrpou!signature]]""",
    # 15 the label far before, with a story in between
    """Ідентифікаційний код, про який ви питали в листі від {{date|3 лютого}} і який я не могла знайти, бо всі документи лишилися в {{city|Маріуполі}}, мені нарешті продублювали: [[@rnokpp:mid:female!far]]. Справа {{@ticket:№ ####/25}}.
[[sig|Людмила Бойко]]
[[@phone:UA:mua0]]""",
    # 16 the label in the previous sentence
    """Ви просили код ЄДРПОУ нашої школи. Знайшла у статуті, ось він: [[@edrpou!prev]]. Підручники {{brand|«Ранок»}}, {{quantity|120 комплектів}}, доставка на {{date|25.08}}.
[[sig|Марина Петрівна Олійник]], {{job_title|директорка}}
тел. [[@phone:UA:fua0]]""",
    # 17 EDRPOU and IBAN in one sentence
    """Просимо внести в договір наші реквізити: код ЄДРПОУ [[@edrpou!pair]], рахунок [[@iban:UA:group!pair]], МФО {{@num:3#####}}. Договір {{@contract:№ ##-П}}, {{amount|96 000 грн}}.
[[sig|Ігор Ковальчук]]""",
    # 18 a card next to a date, an amount and an order number
    """Оплатив замовлення {{@order:№ #########}} {{date|05.03.2025}} карткою [[@card:group!beside]] на {{amount|3 499 грн}}, а гроші списали двічі. Поверніть одне списання.
[[sig|Максим Романюк]]""",
    # 19 the son's RNOKPP in brackets
    """Прошу зарахувати сина ([[oth|Назар]], РНОКПП [[@rnokpp:child:male!bracket]]) до секції плавання {{brand|«Дельфін»}} на {{date|вересень}}. Абонемент {{amount|1 200 грн}} на місяць.
[[sig|Вікторія Мельник]]
[[@phone:UA:mintl]]""",
    # 20 a numbered list for a subsidy application
    """Для субсидії на {{date|опалювальний сезон 2025/26}} надсилаю:
1) ПІБ: [[intro|Гаврилюк Петро Васильович]]
2) РНОКПП: [[@rnokpp:senior:male!list]]
3) особовий рахунок газу: {{@num:########}}
4) телефон: [[@phone:UA:mua0]]
Кількість зареєстрованих: {{quantity|2 особи}}.""",
    # 21 a web form for a loyalty programme
    """Анкета учасника програми
ПІБ: [[intro|Литвин Олена Сергіївна]]
Дата народження: {{date|14.07.1991}}
РНОКПП: [[@rnokpp:mid:female!form]]
IBAN для кешбеку: [[@iban:UA!form]]
Картка {{brand|«Сільпо»}}: {{@num:2#########}}""",
    # 22 a Polish bank account in a Ukrainian text
    """Добрий день. Чи можна переказати кошти з мого рахунку в {{brand|ПУМБ}} на польський рахунок [[@iban:PL:group!label]]? Сума {{amount|1 000 EUR}}, призначення — оплата навчання в {{city|Кракові}}.
[[sig|Софія Кучер]]""",
    # 23 chat: the EDRPOU two turns after the question
    """Менеджер: Для договору потрібен код ЄДРПОУ вашої організації.
Клієнт: зараз, шукаю виписку
Клієнт: [[@edrpou!prev]]
Менеджер: Дякую, договір {{@contract:№ ####-Т}} надішлю до {{time|17:00}}, тариф {{product_code|Бізнес 100}}.""",
    # 24 an informal lower-case message with the RNOKPP
    """добрий вечір, мій ідентифікаційний [[@rnokpp:mid:female!chat_lc]], запишіть будь ласка на {{date|суботу}} на {{time|10:00}} до стоматолога в {{brand|дентал клінік}}""",
    # 25 lost card, number with dashes, and a callback
    """Терміново! Вкрали гаманець у {{brand|АТБ}}, заблокуйте картку [[@card:dash!label]]. Остання покупка {{amount|286 грн}} о {{time|18:20}}. Передзвоніть на [[@phone:UA:mua38]].
[[sig|Валентина Кравець]]""",
    # 26 the RNOKPP named by the certificate it is on
    """Доброго дня. Оформлюю податкову знижку за навчання доньки. Переписую код із довідки про присвоєння ідентифікаційного номера: [[@rnokpp:mid:male!indirect]]. Договір з {{brand|КНУ}} {{@contract:№ ##/####}}, сплачено {{amount|38 000 грн}}. Повернення прошу на рахунок [[@iban:UA:group!wrap]].
[[sig|Юрій Савчук]]
[[@phone:UA:mua38]]""",
    # 27 two RNOKPPs in one sentence
    """Прошу з {{date|1 квітня}} переоформити договір на газ: мій РНОКПП [[@rnokpp:mid:female!pair]], чоловіка — [[@rnokpp:mid:male!pair]]. Особовий рахунок {{@num:0#########}}, показник {{quantity|4 218 м³}}.
[[sig|Ніна Гончаренко]]""",
    # 28 a reply over a quoted bank message
    """Так, усе правильно, підтверджую.

> Шановний клієнте! Для завершення заявки {{@ticket:ZV-#######}} перевірте дані:
> ПІБ: [[oth|Кузьменко Тарас Ігорович]]
> РНОКПП: [[@rnokpp:mid:male!quoted]]
> Ліміт: {{amount|50 000 грн}}
> Строк: {{quantity|12 місяців}}""",
    # 29 tab-separated list of counterparties
    """Контрагенти для перевірки в {{brand|YouControl}} (скопійовано з таблиці):
назва	ЄДРПОУ	IBAN
{{brand|ТОВ «Львівхліб-Трейд»}}	[[@edrpou!table]]	[[@iban:UA!table]]
{{brand|ПрАТ «Карпатпром»}}	[[@edrpou!table]]	[[@iban:UA!table]]""",
    # 30 a missed delivery with address and contacts
    """Кур'єр {{brand|Нової пошти}} {{date|учора}} не доставив посилку {{@tracking:59##########}} на адресу [[address|вул. Шевченка, 21, кв. 7, Полтава, 36000]]. Гроші за доставку поверніть на картку, з якої я платив за замовлення, тобто [[@card:group!far]]. Телефонуйте [[@phone:UA:mua0]] або пишіть на [[email|o.zhuk@gmail.com]].
[[sig|Олександр Жук]]""",
    # 31 a Czech birth number in a Ukrainian text
    """Я живу в {{city|Празі}} з {{date|2022 року}}, маю чеське rodné číslo [[@rc:slash:mid:female!label]]. Чи можна вказати його замість РНОКПП у заяві на переказ {{@ticket:№ ######}}?
[[sig|Дарина Ткаченко]]
[[@phone:CZ:mintl]]""",
    # 32 card with dots in a marketplace complaint
    """На {{brand|OLX}} оплатила карткою [[@card:dots!label]] {{amount|2 800 грн}} за коляску {{product_code|Anex m/type}}, а продавець зник. Як оскаржити платіж від {{date|неділі}}?
[[sig|Христина Федоришин]]""",
    # 33 the RNOKPP in quotation marks from a contract draft
    """У проєкті договору написано «Виконавець: ФОП [[oth|Левченко Ганна Миколаївна]], РНОКПП [[@rnokpp:mid:female!bracket]]», але з {{date|січня}} я працюю як ТОВ. Виправте, будь ласка, пункт {{product_code|1.3}} та суму {{amount|64 000 грн}}.""",
    # 34 a company block at the bottom of an invoice dispute
    """Рахунок {{@invoice:№ ###}} від {{date|02.04.2025}} виставлено неправильно: {{quantity|40 шт.}} замість {{quantity|4 штук}}.

Покупець: {{brand|ТОВ «Дніпро-Пласт»}}
ЄДРПОУ: [[@edrpou!block]]
IBAN: [[@iban:UA:group!block]]""",
    # 35 a callback request with two phones
    """Прошу передзвонити щодо підключення {{product_code|Інтернет 1 Гбіт}}. Робочий [[@phone:UA:fnat]] (до {{time|18:00}}), мобільний [[@phone:UA:mintl]]. Будинок на {{quantity|16 поверхів}}.""",
    # 36 self-introduction with the code and a NIP of a Polish employer
    """Мене звати [[intro|Роман Білик]], працюю в Польщі ({{city|Гданськ}}) у {{brand|Budimex}}. Для довідки про доходи вказую свій РНОКПП [[@rnokpp:mid:male!pair]] і NIP роботодавця [[@nip!pair]]. Період — {{date|2024 рік}}.
[[@phone:PL:mg3]]""",
    # 37 no PII: a supplier with a personal account number shaped like an id
    """Добрий день. Особовий рахунок {{@bad:rnokpp}} (це не ідентифікаційний код, а номер у {{brand|Нафтогазі}}) — прошу перевірити нарахування за {{date|лютий}}: {{amount|2 140 грн}}.""",
    # 38 no PII: a hotel review
    """Готель {{brand|«Дністер»}} у {{city|Львові}}: номер чистий, сніданок добрий. За {{quantity|2 ночі}} {{amount|4 600 грн}}, бронювання {{@order:BK-#######}}.""",
    # 39 no PII: a meter reading with numbers shaped like ids
    """Лічильник {{@meter:№ ########}}, договір {{@bad:edrpou}}: показники на {{date|31.03}} — {{quantity|9 412 кВт·год}}, у рахунку {{quantity|9 800}}. Прошу перерахувати.""",
    # 40 a card and an amount in a short refund request
    """Прошу повернути {{amount|560 грн}} за скасований квиток {{@order:UZ-#########}} на картку [[@card:plain!label]]. Поїздка {{city|Київ}} — {{city|Одеса}} була на {{date|12.03}}.
[[sig|Артем Поліщук]]""",
]

# =========================================================================== en
ITEMS["en"] = [
    # 01 GP surgery, the NHS number first and its label after it
    """{{greeting_without_name|Hello}}, I was sent a letter about a missed appointment on {{date|4 March}} that I never booked. [[@nhs:sp!after]] is my NHS number – could you check whose appointment it was? Ref {{@ticket:PX-######}}.
Kind regards,
[[sig|Margaret Ellison]]
[[@phone:GB:mnat]]""",
    # 02 pharmacy, the number named by the prescription it is printed on
    """Hi, I'd like to nominate your branch in {{city|Leeds}} for my repeat prescriptions. The number printed at the top of my repeat slip is [[@nhs:plain!indirect]]. I collect on {{date|Fridays}} after {{time|5pm}}, usually {{quantity|2 items}}.
[[sig|Kwame Mensah]]
[[@phone:GB:mnat]]""",
    # 03 SaaS billing chat, the VAT number as a bare answer
    """Billing bot ({{time|10:02}}): To remove VAT from future invoices, please enter your VAT registration number.
Customer ({{time|10:03}}): [[@gbvat:gb!answer]]
Billing bot ({{time|10:03}}): Which card should we charge from now on?
Customer ({{time|10:04}}): [[@card:amexc!answer]]
Billing bot ({{time|10:04}}): Thanks! Your plan {{product_code|Team Annual}} ({{amount|£480}}) will be invoiced without VAT from {{date|1 May}}.""",
    # 04 a letterhead footer under a payment reminder
    """Our invoice {{@invoice:INV-#####}} for {{amount|£2,340.00}} dated {{date|12 February 2025}} is now {{quantity|30 days}} overdue.

{{brand|Harbour Print Ltd}} · Registered in England and Wales no. {{@num:########}}
VAT Reg. No. [[@gbvat:gbsp!block]] · IBAN [[@iban:GB:group!block]]""",
    # 05 VAT number glued to its colon in a quote request
    """Please re-issue quote {{@order:Q-####}} to our company, VAT:[[@gbvat:gb!glued]], for {{quantity|25 chairs}} {{product_code|Ergo 300}}. Delivery to {{city|Bristol}} by {{date|end of April}}.
[[sig|Priya Raman]]
{{job_title|Office Manager}}""",
    # 06 a Polish worker in the UK, PESEL in an English text
    """Hi, I'm Polish and have worked in {{city|Peterborough}} since {{date|2019}}. The pension provider keeps asking for an ID from home – my PESEL is [[@pesel:mid:male!label]]. Is that enough to transfer my pot of {{amount|£6,200}} to my Polish account [[@iban:PL:nrb!label]]?
[[sig|Paweł Zawadzki]]
[[@phone:GB:mintl]]""",
    # 07 care home, a pipe table of residents for flu jabs
    """Flu jab list for {{date|Tuesday 14 October}}:
| Resident | NHS number | Room |
| [[oth|Doris Whitfield]] | [[@nhs:sp!table]] | {{product_code|12A}} |
| [[oth|Albert Kingsley]] | [[@nhs:sp!table]] | {{product_code|3}} |
[[sig|Sandra Obi]], {{job_title|Deputy Manager}}""",
    # 08 comma-separated export from a dental system
    """Export for the new practice system ({{date|March}}):
surname,first_name,nhs_no,band
[[oth|Patel]],[[oth|Ravi]],[[@nhs:plain!table]],{{product_code|2}}
[[oth|O'Connor]],[[oth|Siobhan]],[[@nhs:plain!table]],{{product_code|1}}
Rows: {{quantity|2}}""",
    # 09 correction: not the mistyped UTR but the right one
    """Apologies, there's a typo in the form I sent your accountant. My UTR is not {{@typo:next}} but [[@utr!correction]]. The return is for {{date|2023-24}}, fee {{amount|£350}} as agreed.
[[sig|Daniel Hughes]]
Tel: [[@phone:GB:fnat]]""",
    # 10 forwarded mail with a GB IBAN and VAT number
    """FYI – please pay this by Friday.
[[sig|Tom]]

---------- Forwarded message ---------
From: {{brand|Greenway Landscapes}} <[[email|accounts@greenway-landscapes.co.uk]]>
Date: {{date|Mon, 10 Mar 2025}} at {{time|09:14}}
Subject: Invoice {{@invoice:GL-####}}
Please pay {{amount|£1,180.00}} to [[@iban:GB:group!quoted]]. Our VAT number is [[@gbvat:sp!quoted]].""",
    # 11 lower-case chat, an IBAN typed in lower case
    """yeah send the deposit to [[@iban:GB:lcgroup!chat_lc]] pls, {{amount|£150}} for the flat in {{city|manchester}}, keys on {{date|saturday}}""",
    # 12 a landlord's account over a line break
    """Dear Mr [[sal|Adeyemi]],
from {{date|June}} please pay the rent ({{amount|£975}} per month) into our new account at {{brand|Lloyds}}, IBAN [[@iban:GB:group!wrap]], with your flat number {{product_code|4B}} as the reference.
Best wishes,
[[sig|Helen Crawford]]""",
    # 13 sole trader's signature with a labelled VAT number
    """Happy to quote for the bathroom refit: {{amount|£4,800}} labour, tiles from {{brand|Topps Tiles}} on top. Earliest start {{date|19 May}}, about {{quantity|8 working days}}.

Cheers,
[[sig|Gareth Pryce]]
Pryce Plumbing & Heating
VAT No. [[@gbvat:gbsp!signature]]
CIS – UTR [[@utr!signature]]
[[@phone:GB:mgbsp]]""",
    # 14 signature with a VAT number and no label
    """Thanks for the order, the {{quantity|12 cases}} of {{brand|Rioja}} will go out on {{date|Thursday}} with {{brand|DPD}}.
--
[[sig|Fiona MacRae]]
{{job_title|Sales}}, {{brand|Glen Wines Ltd}}
[[@gbvat:sp!signature]]""",
    # 15 the label far before, with a story in between
    """The NHS number you asked for in your letter of {{date|3 February}}, which I couldn't find because my mum's paperwork was all in a box in the loft, turns out to be [[@nhs:sp!far]]. Her appointment at {{brand|St James's}} is on {{date|the 21st}}.
[[sig|Caroline Webb]], [[@phone:GB:me164]]""",
    # 16 the label in the previous sentence
    """You asked for our VAT registration. I found it on last year's invoice: [[@gbvat:gb!prev]]. Please add it to order {{@order:SO-######}} ({{quantity|40 units}} of {{product_code|HX-200}}).
[[sig|Ahmed Khan]]""",
    # 17 two UTRs in one sentence
    """We're a partnership, so for the {{date|2024-25}} returns please use my UTR [[@utr!pair]] and my partner's UTR [[@utr:sp!pair]]. Your fee of {{amount|£600}} is fine if you file before the {{date|31 January}} deadline.
[[sig|Lisa Carmichael]]""",
    # 18 an Amex card next to a date and an amount
    """I don't recognise this line on my statement:
{{date|07/03/2025}}  [[@card:amex!beside]]  {{amount|£249.99}}  {{brand|AIRBNB}}
I've never used Airbnb. Please raise a dispute, case {{@ticket:CS########}}.
[[sig|Oliver Grant]]""",
    # 19 a daughter's NHS number in brackets
    """Could you book my daughter ([[oth|Amelia]], NHS no. [[@nhs:sp!bracket]]) in for her {{quantity|12-month}} jabs? Any {{date|Wednesday}} between {{time|9 and 11am}} works.
[[sig|Rebecca Lawson]]
[[@phone:GB:mnat]]""",
    # 20 a numbered list for a student loan query
    """Details you asked for:
1. Name: [[intro|Chloe Barnes]]
2. UTR: [[@utr!list]]
3. Student ref: {{@num:SLC########}}
4. Phone: [[@phone:GB:mintl]]
5. Refunds to: [[@iban:GB!list]]
Repaying {{amount|£52}} a month since {{date|April 2024}}.""",
    # 21 a web form for a new patient
    """New patient registration
Full name: [[intro|Tomasz Nowicki]]
Date of birth: {{date|02/09/1987}}
NHS number: [[@nhs:sp!form]]
Mobile: [[@phone:GB:mnat]]
Previous practice: {{brand|Riverside Medical Centre}}, {{city|Headingley}}""",
    # 22 a German supplier's IBAN in an English text
    """Hi, our supplier in {{city|Hamburg}} has changed banks. Please update their details to [[@iban:DE:group!label]] before paying invoice {{@invoice:RE-2025-####}} ({{amount|€3,450}}).
[[sig|Jessica Marsh]], {{team_name|Accounts Payable}}
DD: [[@phone:GB:fnat]]""",
    # 23 a Polish supplier's NIP in an English text
    """The invoice from our Polish contractor {{brand|Drewbud}} shows their NIP [[@nip:dash!pair]] and our VAT number [[@gbvat:gb!pair]], but no UK VAT number for them. Can we still reclaim the {{amount|£1,900}} under reverse charge? Work done {{date|January}}.
[[sig|Martin Doyle]]""",
    # 24 a German VAT number in an English text
    """Our customer {{brand|Schneider Technik GmbH}} wants their USt-IdNr. [[@ustid:de!label]] on invoice {{@invoice:INV-#####}} so they can zero-rate it. Goods shipped {{date|3 March}}, {{quantity|6 pallets}}.
[[sig|Natalie Brooks]]""",
    # 25 lost card with dashes and a callback
    """My purse was stolen at {{brand|Tesco}} in {{city|Croydon}} – please block card [[@card:dash!label]]. The last thing I bought was {{amount|£14.20}} at about {{time|6.30pm}}. Call me on [[@phone:GB:mintl]].
[[sig|Janet Collins]]""",
    # 26 card with dots typed into a contact form
    """Card used: [[@card:dots!form]]
Amount: {{amount|£89.00}}
Merchant: {{brand|FitLife Gym}}
Refund to: [[@iban:GB:group!form]]
Problem: membership cancelled in {{date|January}} but still charged.""",
    # 27 a UTR with a space, named by the letter it came on
    """Hi, I'm newly self-employed. The reference on the letter I got after registering for Self Assessment is [[@utr:sp!indirect]]. Can you file my first return for {{date|2024-25}}? I earned about {{amount|£18,000}} delivering for {{brand|Uber Eats}}. Any refund can go to [[@iban:GB:group!wrap]].
[[sig|Sam Ortiz]]""",
    # 28 an NHS number with dashes in a hospital transport request
    """Patient transport for {{date|Monday 9am}}: Mr [[oth|Eric Lowe]], NHS [[@nhs:dash!label]], pick-up [[address|14 Kelso Road, Leeds LS6 3AB]], to {{brand|Leeds General Infirmary}}, wheelchair {{quantity|1}}.""",
    # 29 a reply over a quoted bank message
    """Yes, that's all correct.

> Before we can release payment {{@ticket:PAY-#######}}, please confirm:
> Account name: [[oth|Bethany Hart]]
> IBAN: [[@iban:GB!quoted]]
> Amount: {{amount|£2,750.00}}
> Payee bank: {{brand|Lloyds}}""",
    # 30 tab-separated supplier list
    """Supplier list for the audit (pasted from Excel):
supplier	VAT number
{{brand|Northern Timber Ltd}}	[[@gbvat:gb!table]]
{{brand|Kestrel Fixings}}	[[@gbvat:gb!table]]
Period: {{date|Q4 2024}}""",
    # 31 a missed delivery, address and contacts
    """The {{brand|Evri}} courier said he tried to deliver parcel {{@tracking:H##########}} on {{date|Tuesday}}, but nobody knocked. Address: [[address|Flat 3, 22 Albert Street, Cardiff CF11 6LJ]]. If it's lost, refund me to the card I paid with last month, which was [[@card:group!far]]. Please rebook and call [[@phone:GB:mnat]] or email [[email|rhys.morgan@btinternet.com]].
[[sig|Rhys Morgan]]""",
    # 32 a callback request with a landline and a mobile
    """Please call me back about switching to {{product_code|Fibre 500}}. Landline [[@phone:GB:fnat]] (daytime), mobile [[@phone:GB:mintl]]. Contract {{@contract:BT-#######}} ends on {{date|30 June}}.""",
    # 33 two NHS numbers in one sentence for twins
    """Please register the twins at {{brand|Oldfield Surgery}}: [[oth|Leo]]'s NHS number is [[@nhs:sp!pair]] and [[oth|Isla]]'s is [[@nhs:sp!pair]]. We moved to {{city|Bath}} on {{date|1 March}}.
[[sig|Emma Sinclair]]""",
    # 34 lower-case chat with a card number
    """ok just use my card [[@card:group!chat_lc]] exp {{date|11/26}} for the {{quantity|2 nights}}, ill pay the {{amount|£40}} parking at the desk""",
    # 35 an Amex with dashes in a hotel booking form
    """Booking {{@order:HB-######}} – guarantee card: Amex [[@card:amexdash!label]], name on card [[oth|R. Thompson]]. Arrival {{date|14 June}}, {{quantity|3 nights}}.""",
    # 36 a German Steuer-ID in an English text
    """Hello, I'm German and moved to {{city|Edinburgh}} in {{date|2023}}. For my last German return I used [[@idnr:sp!after]], that's my Steuer-ID – do I need it for the UK double-tax relief form {{product_code|DT-Individual}}?
[[sig|Jonas Weber]]
[[@phone:DE:mintl]]""",
    # 37 no PII: gym membership number shaped like an NHS number
    """Hi, my membership number {{@bad:nhs:sp}} stopped working at the {{brand|PureGym}} in {{city|Reading}} on {{date|Monday}}. I've paid {{amount|£24.99}} this month.""",
    # 38 no PII: restaurant review
    """Lovely Sunday roast at {{brand|The Red Lion}} in {{city|Worcester}}: {{amount|£18.50}} a head, booking {{@order:RL-####}} for {{time|1pm}} was honoured even though we were {{quantity|20 minutes}} late.""",
    # 39 no PII: an energy bill with account numbers shaped like ids
    """Account {{@bad:utr}}, meter {{@meter:E##@#####}}: my reading on {{date|31 March}} was {{quantity|23,481 kWh}}, but bill {{@invoice:B########}} uses an estimate of {{quantity|24,100}}.""",
    # 40 no PII: a parcel query
    """Order {{@order:###-#######-#######}}: {{quantity|1 of 2}} parcels arrived, tracking {{@tracking:TBA############}} shows the other one in {{city|Swindon}} since {{date|Sunday}}.""",
]

# =========================================================================== de
ITEMS["de"] = [
    # 01 payroll office, the Steuer-ID first and its label after it
    """{{greeting_without_name|Guten Tag}}, auf meiner Gehaltsabrechnung für {{date|März}} steht eine falsche Nummer. [[@idnr!after]] – das ist meine Steuer-ID, bitte korrigieren Sie das bis zur nächsten Abrechnung. Personalnummer {{@num:P-#####}}.
Mit freundlichen Grüßen
[[sig|Sabine Krüger]]
[[@phone:DE:mdeslash]]""",
    # 02 tax adviser, the number named by the document it is printed on
    """Hallo Frau [[sal|Albrecht]], die elfstellige Nummer oben rechts auf meiner Lohnsteuerbescheinigung lautet [[@idnr:sp!indirect]]. Die Belege für {{date|2024}} bringe ich Ihnen am {{date|Donnerstag}} vorbei, es sind ca. {{quantity|40 Seiten}}.
Viele Grüße
[[sig|Thomas Brandt]]
[[@phone:DE:mnat]]""",
    # 03 web shop chat, the VAT number as a bare answer
    """Support ({{time|13:10}}): Für eine Rechnung ohne Umsatzsteuer brauche ich Ihre USt-IdNr.
Kunde ({{time|13:12}}): [[@ustid:de!answer]]
Support ({{time|13:12}}): Und die IBAN für die Lastschrift?
Kunde ({{time|13:13}}): [[@iban:DE!answer]]
Support ({{time|13:14}}): Danke, Bestellung {{@order:#########}} wird als B2B-Bestellung abgerechnet, Versand {{date|morgen}}.""",
    # 04 a letterhead footer under a payment reminder
    """Unsere Rechnung {{@invoice:RE-####-##}} vom {{date|14.02.2025}} über {{amount|3.480,00 €}} ist seit {{quantity|30 Tagen}} fällig.

{{brand|Holzbau Sonnenhang GmbH}} · Amtsgericht {{city|Freiburg}} HRB {{@num:######}}
USt-IdNr. [[@ustid:de!block]] · IBAN [[@iban:DE:group!block]]""",
    # 05 VAT number glued to its colon in an order
    """Bitte liefern Sie {{quantity|15 Kartons}} {{product_code|Kopierpapier A4 80g}} an unsere Praxis, USt-IdNr.:[[@ustid:de!glued]]. Lieferung bis {{date|Freitag}}, Rechnung per Mail.
Dr. [[sig|Anja Weiß]]""",
    # 06 a Polish worker in Germany, PESEL in a German text
    """Guten Tag, ich arbeite seit {{date|Januar}} bei Ihnen in {{city|Frankfurt (Oder)}} und habe noch keine deutsche Steuer-ID. Ich habe nur [[@pesel:mid:male!after]], das ist meine polnische PESEL – reicht das vorerst für die Anmeldung? Stundenlohn {{amount|14,50 €}}, den Lohn bitte auf mein polnisches Konto [[@iban:PL:group!label]].
[[sig|Krzysztof Wiśniewski]]
[[@phone:PL:mintl]]""",
    # 07 a pipe table of employees for the company pension
    """Anmeldung zur betrieblichen Altersvorsorge ab {{date|01.05.2025}}:
| Name | Steuer-ID | Beitrag |
| [[oth|Lukas Hoffmann]] | [[@idnr!table]] | {{amount|100 €}} |
| [[oth|Aylin Yıldız]] | [[@idnr!table]] | {{amount|75 €}} |
[[sig|Petra Lang]], {{team_name|Personalabteilung}}""",
    # 08 semicolon CSV of members for direct debit
    """Export aus der Vereinsverwaltung für den Lastschrifteinzug {{date|Q2}}:
Name;Vorname;IBAN;Betrag
[[oth|Schulte]];[[oth|Jan]];[[@iban:DE!table]];{{amount|36,00}}
[[oth|Öztürk]];[[oth|Elif]];[[@iban:DE!table]];{{amount|24,00}}""",
    # 09 correction: not the mistyped IBAN but the right one
    """Entschuldigung, in meiner letzten Mail war die IBAN falsch. Nicht {{@typo:next}}, sondern [[@iban:DE:group!correction]]. Die Erstattung über {{amount|89,90 €}} für Auftrag {{@order:A-######}} bitte dorthin.
[[sig|Markus Vogel]]
[[@phone:DE:mintl]]""",
    # 10 forwarded mail with the supplier's bank and VAT number
    """Zur Info, bitte bis Freitag überweisen.
[[sig|Julia]]

---------- Weitergeleitete Nachricht ---------
Von: {{brand|Elektro Brenner}} <[[email|buchhaltung@elektro-brenner.de]]>
Datum: {{date|Mo., 10. März 2025}} um {{time|08:47}}
Betreff: Rechnung {{@invoice:####-25}}
Bitte überweisen Sie {{amount|1.245,00 €}} auf [[@iban:DE:group!quoted]]. Unsere USt-IdNr. lautet [[@ustid:desp!quoted]].""",
    # 11 lower-case chat, IBAN typed in lower case
    """hey, schick mir die {{amount|35 €}} für das konzert einfach auf [[@iban:DE:lcgroup!chat_lc]], danke! bis {{date|samstag}} wär cool, {{brand|paypal}} geht bei mir grad nicht""",
    # 12 landlord's account over a line break
    """Sehr geehrter Herr [[sal|Nowak]],
ab {{date|Juni}} überweisen Sie die Miete ({{amount|890 €}} warm) bitte auf unser neues Konto bei der {{brand|Sparkasse}}, IBAN [[@iban:DE:group!wrap]], Verwendungszweck „Whg. {{product_code|3.2}}“.
Mit freundlichen Grüßen
[[sig|Gisela Hartmann]]""",
    # 13 craftsman's signature with a labelled VAT number
    """Angebot für den Austausch der Fenster: {{quantity|6 Stück}} {{product_code|Kunststoff 3-fach}}, {{amount|7.340 €}} inkl. Montage. Frühester Termin {{date|KW 21}}.

Mit freundlichen Grüßen
[[sig|Ralf Becker]]
Fensterbau & Montage
USt-IdNr. [[@ustid:de!signature]]
Tel. [[@phone:DE:fnat]]""",
    # 14 signature with an IBAN and no label
    """Danke für die Anmeldung zum Yogakurs {{product_code|Vinyasa Basic}}, Beginn {{date|Mittwoch 18 Uhr}}. Die Kursgebühr von {{amount|120 €}} bitte vorab überweisen.
--
[[sig|Mira Sommer]]
Yoga am Fluss
[[@iban:DE:group!signature]]""",
    # 15 the label far before, with a story in between
    """Die Steuer-ID, nach der Sie in Ihrem Schreiben vom {{date|5. Februar}} gefragt hatten und die ich erst nach langem Suchen in den Unterlagen meiner verstorbenen Mutter in {{city|Kassel}} gefunden habe, ist [[@idnr!far]]. Aktenzeichen {{@num:NL-####/25}}.
[[sig|Bernd Kaiser]]
Tel. [[@phone:DE:fnat]]""",
    # 16 the label in the previous sentence
    """Sie hatten nach unserer Umsatzsteuer-Identifikationsnummer gefragt. Ich habe sie auf einer alten Rechnung gefunden: [[@ustid:de!prev]]. Bitte auf Auftrag {{@order:AB-#####}} ({{quantity|3 Paletten}} Pflastersteine) ergänzen, Lieferung {{date|nächste Woche}}.
[[sig|Heike Wolf]]""",
    # 17 two ids in one sentence
    """Für die Rechnung bitte beides angeben: unsere USt-IdNr. [[@ustid:de!pair]] und die IBAN [[@iban:DE!pair]]. Betrag {{amount|2.160 €}}, Leistungszeitraum {{date|April}}.
[[sig|Stefan Lorenz]], {{job_title|Geschäftsführer}}""",
    # 18 a card next to a date and an amount
    """Auf meiner Kreditkartenabrechnung steht:
{{date|06.03.2025}}  [[@card:group!beside]]  {{amount|129,99 EUR}}  {{brand|ZALANDO}}
Ich habe dort nichts bestellt. Bitte Rückbuchung, Vorgang {{@ticket:KK-#######}}.
[[sig|Carina Schmitt]]""",
    # 19 a child's Steuer-ID in brackets
    """Für den Kinderfreibetrag: unsere Tochter ([[oth|Lena]], Steuer-ID [[@idnr:sp!bracket]]) ist seit {{date|Oktober}} in der Ausbildung bei {{brand|Siemens}}, Vergütung {{amount|950 €}} brutto.
[[sig|Andreas Jung]]
[[@phone:DE:mde0]]""",
    # 20 a numbered list for a rental application
    """Unterlagen zur Mietbewerbung für Wohnung {{product_code|Nr. 14}}:
1. Name: [[intro|Nele Baumann]]
2. Nummer aus dem Brief vom Bundeszentralamt für Steuern: [[@idnr!indirect]]
3. IBAN für die Kaution: [[@iban:DE:group!list]]
4. Telefon: [[@phone:DE:mintl]]
Einzug ab {{date|01.07.}}, Nettoeinkommen {{amount|2.900 €}}.""",
    # 21 a web form for a new customer
    """Neukundenformular
Vorname / Name: [[intro|Jonas Richter]]
Geburtsdatum: {{date|12.11.1990}}
IBAN: [[@iban:DE:group!form]]
Telefon: [[@phone:DE:mnat]]
Tarif: {{product_code|Strom Öko 12}}
Zählernummer: {{@meter:1EMH#########}}""",
    # 22 an Austrian IBAN in a German text
    """Hallo, unser neuer Lieferant sitzt in {{city|Salzburg}}. Bitte die Bankverbindung [[@iban:AT:group!label]] für Rechnung {{@invoice:AT-25-####}} ({{amount|4.120 €}}) hinterlegen.
[[sig|Melanie Graf]], {{team_name|Kreditorenbuchhaltung}}""",
    # 23 a Polish supplier's NIP in a German text
    """Die Rechnung unseres polnischen Subunternehmers {{brand|Bud-Mar}} enthält nur NIP [[@nip:pl!label]], keine deutsche Steuernummer. Dürfen wir die {{amount|5.600 €}} trotzdem netto zahlen? Leistung {{date|Februar}}.
[[sig|Uwe Seidel]]""",
    # 24 a Czech company's IČO and DIČ in a German text
    """Neuer Kunde aus {{city|Pilsen}}: {{brand|Strojírna Radnice}} s.r.o., IČO [[@ico!label]], DIČ [[@same:CZ!label]]. Erste Bestellung {{@order:B-######}}, {{quantity|200 Stück}} {{product_code|Flansch DN80}}.
[[sig|Katrin Fuchs]]""",
    # 25 lost card with dashes and a callback
    """Mir wurde in der {{brand|S-Bahn}} das Portemonnaie gestohlen, bitte sperren Sie die Karte [[@card:dash!label]]. Letzte Zahlung {{amount|12,40 €}} bei {{brand|Rewe}} gegen {{time|19 Uhr}}. Rückruf bitte unter [[@phone:DE:mdeslash]].
[[sig|Dennis Maier]]""",
    # 26 card with dots in a complaint to a ticket seller
    """Ich habe für das Konzert am {{date|21.06.}} mit der Karte [[@card:dots!label]] {{amount|2 × 79 €}} bezahlt, die Tickets kamen nie an. Bitte erstatten Sie das Geld auf [[@iban:DE:group!label]]. Bestellung {{@order:EV-########}}.
[[sig|Franziska Peters]]""",
    # 27 a Steuer-ID in an informal lower-case message
    """hi, meine steuer-id für den minijob bei {{brand|edeka}} ist [[@idnr!chat_lc]], ich fang am {{date|montag}} an, {{quantity|10 std}} die woche. lg""",
    # 28 an Amex 4-6-5 in a hotel guarantee
    """Buchung {{@order:HB-#######}}: Garantie per Amex [[@card:amex!label]], Karteninhaber [[oth|K. Schröder]]. Anreise {{date|14.08.}}, {{quantity|2 Nächte}}, Spätanreise nach {{time|22 Uhr}}.""",
    # 29 a reply over a quoted bank message
    """Ja, das stimmt so.

> Bitte bestätigen Sie die Daten für Ihren Antrag {{@ticket:KA-#######}}:
> Name: [[oth|Felix Hahn]]
> Steuer-ID: [[@idnr:sp!quoted]]
> Kreditrahmen: {{amount|5.000 €}}
> Laufzeit: {{quantity|24 Monate}}""",
    # 30 tab-separated supplier list
    """Lieferanten für die Zusammenfassende Meldung (aus Excel kopiert):
Lieferant	USt-IdNr.
{{brand|Metallbau Rhein}}	[[@ustid:de!table]]
{{brand|Druckhaus Nord}}	[[@ustid:de!table]]
Zeitraum: {{date|Q1 2025}}""",
    # 31 a missed delivery with address and contacts
    """Der {{brand|DHL}}-Bote hat Paket {{@tracking:JJD000############}} am {{date|Dienstag}} nicht zugestellt, obwohl ich zu Hause war. Adresse: [[address|Lindenstraße 12, 50674 Köln]]. Die Nachnahmegebühr bitte auf das Konto zurück, von dem ich sonst immer meine Bestellungen bezahle: [[@iban:DE:group!far]]. Bitte melden Sie sich unter [[@phone:DE:mnat]] oder [[email|t.yilmaz@web.de]].
[[sig|Tarik Yılmaz]]""",
    # 32 a callback request with two phones
    """Bitte rufen Sie mich wegen des Glasfaseranschlusses {{product_code|FTTH 500}} zurück. Festnetz [[@phone:DE:fnat]] (vormittags), mobil [[@phone:DE:mde0]]. Vertrag {{@contract:V-########}} läuft bis {{date|30. Juni}}.""",
    # 33 two Steuer-IDs in one sentence for a joint return
    """Für die gemeinsame Veranlagung {{date|2024}}: meine Steuer-ID ist [[@idnr!pair]], die meiner Frau [[@idnr!pair]]. Die Rechnung über {{amount|480 €}} können Sie mir bis {{date|Ende Mai}} schicken, die Erstattung bitte auf [[@iban:DE:group!wrap]].
[[sig|Michael Schuster]], [[@phone:DE:mde0]]""",
    # 34 a VAT number with spaces in quotation marks
    """Auf Ihrer Rechnung {{@invoice:R#######}} steht als unsere Nummer „[[@ustid:desp!bracket]]“ – das ist die unserer Schwesterfirma in {{city|Leipzig}}. Bitte korrigieren, Betrag {{amount|980 €}}.
[[sig|Ines Walter]]""",
    # 35 a Czech birth number in a German text
    """Ich bin Tscheche und arbeite in {{city|Regensburg}}. Die Krankenkasse will eine Nummer aus der Heimat, mein rodné číslo ist [[@rc:slash:mid:male!label]]. Mitgliedsnummer bei der {{brand|AOK}} ist {{@num:@#########}}.
[[sig|Jakub Svoboda]]
[[@phone:CZ:mintl]]""",
    # 36 a Steuer-ID dictated over the phone, label two turns before
    """Agent ({{time|10:14}}): Für den Antrag brauche ich noch Ihre steuerliche Identifikationsnummer.
Kunde: Moment, ich hole kurz den Ordner.
Kunde: So, hier: [[@idnr:sp!prev]]
Agent: Danke, der Antrag {{@ticket:ZU-######}} auf {{product_code|Riester Classic}} ist damit vollständig.""",
    # 37 no PII: a customer number shaped like a Steuer-ID
    """Kundennummer {{@bad:idnr}}: Die Abschlagszahlung für {{date|April}} wurde doppelt abgebucht ({{amount|2 × 78 €}}). Bitte erstatten Sie einen Betrag, Zähler {{@meter:1ESY#########}}.""",
    # 38 no PII: restaurant review
    """Schnitzelhaus {{brand|Zur Linde}} in {{city|Bamberg}}: riesige Portionen, {{amount|16,90 €}} mit Pommes, Reservierung {{@order:T-####}} für {{time|19:30}} hat geklappt, trotz {{quantity|12 Personen}}.""",
    # 39 no PII: a contract number shaped like an id
    """Vertragsnummer {{@bad:ustid}} (Handyvertrag {{product_code|Allnet L}}): Seit {{date|Februar}} zahle ich {{amount|34,99 €}} statt {{amount|24,99 €}}. Bitte prüfen.""",
    # 40 lower-case chat with an IBAN without spaces
    """moin, kannst du mir die {{amount|60 €}} für die {{brand|Bahncard}}-hälfte auf [[@iban:DE:lc!chat_lc]] schicken? bis {{date|ende des monats}} reicht""",
]


# ----------------------------------------------------------------------------- main

MINIMA = {
    "checksum_id": 16,
    "phone": 4,
    "numbered_keep": 5,
    "surroundings": 8,
}


def tally(rows: list[dict]) -> collections.Counter:
    c = collections.Counter()
    for r in rows:
        for s in r["pii"]:
            c[s["kind"]] += 1
            if s["kind"] == "name":
                c[s["context"]] += 1
            if s["kind"] in CHECKSUM_KINDS:
                c["checksum_id"] += 1
        for s in r["keep"]:
            if s["what"] in NUMBERED_KEEPS:
                c["numbered_keep"] += 1
    c["surroundings"] = len({surr for r in rows for _, surr in r["_ids"]})
    return c


def build() -> list[dict]:
    rows = []
    for lang in LANGS:
        items = ITEMS[lang]
        assert len(items) == 40, (lang, len(items))
        for i, template in enumerate(items, 1):
            rows.append(fill(f"d12-{lang}-{i:02d}", lang, template))
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "two items share a text"
    for r in rows:
        assert len(r["keep"]) >= 3, (r["id"], "fewer than 3 near-misses")
    for lang in LANGS:
        t = tally([r for r in rows if r["lang"] == lang])
        for key, need in MINIMA.items():
            assert t[key] >= need, (lang, key, t[key], need)
    no_pii = sum(not r["pii"] for r in rows)
    assert 22 <= no_pii <= 28, no_pii
    t = tally(rows)
    total = sum(len(r["pii"]) for r in rows)
    assert t["checksum_id"] / total >= 0.45, t["checksum_id"] / total
    assert 0.12 <= t["phone"] / total <= 0.19, t["phone"] / total
    return rows


def dump(rows: list[dict]) -> str:
    out = []
    for r in rows:
        rec = {k: v for k, v in r.items() if not k.startswith("_")}
        out.append(json.dumps(rec, ensure_ascii=False) + "\n")
    return "".join(out)


def table(title: str, rows: list[dict], key_of, order=None) -> None:
    """Print a lang x key table of counts; key_of(row) yields the keys of a row."""
    per = {lang: collections.Counter() for lang in LANGS}
    for r in rows:
        per[r["lang"]].update(key_of(r))
    allc = sum(per.values(), collections.Counter())
    cols = order or [k for k, _ in allc.most_common()]
    w = max([len(c) for c in cols] + [4])
    print(title)
    print(f"  {'':{w}s}  " + "  ".join(f"{lang:>4s}" for lang in [*LANGS, "all"]))
    for c in cols:
        print(
            f"  {c:{w}s}  " + "  ".join(f"{per[lang][c]:4d}" for lang in LANGS) + f"  {allc[c]:4d}"
        )
    print()


def counts(rows: list[dict]) -> None:
    kinds = collections.Counter(s["kind"] for r in rows for s in r["pii"])
    total = sum(kinds.values())
    t = tally(rows)
    print(
        f"items {len(rows)}  without pii {sum(not r['pii'] for r in rows)}  pii spans {total}"
        f"  keep spans {sum(len(r['keep']) for r in rows)}"
    )
    print(
        f"checksum ids {t['checksum_id']} ({100 * t['checksum_id'] / total:.1f}%)  "
        f"phones {t['phone']} ({100 * t['phone'] / total:.1f}%)"
    )
    print()
    table("pii kind", rows, lambda r: [s["kind"] for s in r["pii"]])
    table("name context", rows, lambda r: [s["context"] for s in r["pii"] if s["kind"] == "name"])
    table("checksum id type (generator)", rows, lambda r: [k for k, _ in r["_ids"]])
    table("checksum id surrounding", rows, lambda r: [s for _, s in r["_ids"]])
    table("keep what", rows, lambda r: [s["what"] for s in r["keep"]])
    table("items without pii", rows, lambda r: ["no_pii"] if not r["pii"] else [])
    print(
        "per language: "
        + "  ".join(
            f"{lang}={tally([r for r in rows if r['lang'] == lang])['surroundings']} surroundings"
            for lang in LANGS
        )
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the file on disk, write nothing")
    args = ap.parse_args()
    rows = build()
    text = dump(rows)
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} differs from the generator output", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)} is up to date")
        return 0
    OUT.write_text(text, encoding="utf-8")
    counts(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
