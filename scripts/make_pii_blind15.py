#!/usr/bin/env python3
"""Write data/eval/pii/blind15.jsonl: a hand-written PII test split (blind, never tuned on).

140 customer texts (20 each in pl, cs, sk, ru, uk, en, de) by a separate author,
each its own hand-written template, laid out as a CX analyst's export of one
week of a mid-size company's inbound contacts: long support e-mails with
greetings, quoted earlier replies and signature blocks, chat transcripts with
agents and bots, web-form submissions with labelled fields, app-store and
marketplace reviews, complaint letters, B2B orders with company blocks, SMS
replies and voicemail transcripts. Domains are mostly not telecom, energy or
banks: online pharmacy, car rental, kindergarten, real-estate agency, furniture
maker, airline ground handling, cinema chain, e-learning, gym chain, municipal
water utility, travel agency, second-hand marketplace, pet shop, bike sharing,
wedding venue and the like. At least 35 checksum identifiers and 20 names per
language.

Names, checksum identifiers, phones, e-mails and addresses stand next to
near-misses that must survive redaction: order/invoice/ticket/tracking/booking
numbers, contract/meter/policy numbers that fail every id check, dates, times,
amounts, quantities, product codes, brands (some named after people, marked
``{{cbrand|...}}``), streets named after people, team names, job titles, cities
and greetings without a name. About 10 items carry no PII.

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Moniko]]         name, context salutation   (also sig / intro / oth)
    [[email|a@b.pl]]       literal PII of a kind (email, phone, address, url_token...)
    [[@pesel]]             PII value drawn by a generator (kind from GEN)
    {{city|Gdańsk}}        literal keep span with its `what`
    {{cbrand|Meble Nowak}} a company named after a surname: keep, what `brand`
    {{@order:####}}        keep value drawn by a generator (what from KEEP_GEN)

Every identifier gets computed check digits and is validated with python-stdnum
(SNILS and the Polish ID card with the published algorithms, Czech and Slovak
domestic account numbers with the bank-account check), and every written PII
span of a checksum kind is checked once more by its kind, independently of its
generator (id_valid); every phone number passes phonenumbers.is_valid_number.
Numbered near-misses and product codes fail every identifier check used here
and are not valid phone numbers of the text's region. Each language must reach
the minima in MINIMA (checked on every run, --check included). The seed of
every item is fixed ("b15:" + its id).

    .venv/bin/python scripts/make_pii_blind15.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_blind15.py --check   # file on disk == output
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
from stdnum.at import uid as at_uid
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
OUT = ROOT / "data" / "eval" / "pii" / "blind15.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
SEED = "b15:"

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
    """True if no digit run (nor all digits together) passes an id check, no letter-digit
    run is a valid Polish ID card or IBAN, and neither the value nor a digit run of it is
    a valid phone number of the text's region."""
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
    compact = re.sub(r"[\s\-/.]", "", value).upper()
    for m in re.finditer(r"(?=([A-Z]{3}\d{6}))", compact):
        if plid_ok(m.group(1)):
            return False
    for m in re.finditer(r"(?=(ATU\d{8}))", compact):
        if at_uid.is_valid(m.group(1)):
            return False
    looks_like_iban = re.search(r"[A-Z]{2}\d{2}", compact)
    return not (looks_like_iban and std_iban.is_valid(value))


def id_valid(kind: str, value: str) -> bool:
    """Re-check a written identifier of a PII kind, independently of its generator."""
    v = value.replace("\n", " ")
    d = re.sub(r"\D", "", v)
    compact = re.sub(r"[\s\-./]", "", v).upper()

    def ok(fn, x):
        try:
            return bool(fn(x))
        except Exception:  # noqa: BLE001 - a validator refusing input is a failed check
            return False

    if kind == "card":
        return 13 <= len(d) <= 19 and luhn.is_valid(d)
    if kind == "iban":
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", compact):
            return std_iban.is_valid(compact)
        if re.fullmatch(r"\d{26}", compact):  # Polish NRB
            return std_iban.is_valid("PL" + compact)
        if re.fullmatch(r"\d{2,10}/\d{4}", v):  # Czech/Slovak domestic account/bank code
            acc, bank = v.split("/")
            if bank in SK_BANKS:  # Slovak banks: the same weighted mod-11 account check
                return ok(lambda x: cz_bank._calc_checksum(x.zfill(10)) == 0, acc)
            return ok(cz_bank.is_valid, v)
        return False
    if kind == "pesel":
        return pl_pesel.is_valid(d)
    if kind == "birth_number":
        return cz_rc.is_valid(d) or sk_rc.is_valid(d)
    if kind == "national_id":
        return (
            plid_ok(v)
            or snils_ok(v)
            or (len(d) == 12 and ru_inn.is_valid(d))
            or (len(d) == 10 and (ua_rntrc.is_valid(d) or gb_nhs.is_valid(d)))
            or (len(d) == 11 and de_idnr.is_valid(d))
        )
    if kind == "tax_id":
        checks = [
            pl_nip.is_valid,
            pl_regon.is_valid,
            cz_dic.is_valid,
            lambda x: sk_dph.is_valid("SK" + x),
            lambda x: de_vat.is_valid("DE" + x),
            ru_inn.is_valid,
            ru_ogrn.is_valid,
            ua_edrpou.is_valid,
            gb_vat.is_valid,
            gb_utr.is_valid,
        ]
        if compact.startswith("ATU"):
            return at_uid.is_valid(compact)
        return any(ok(fn, compact if compact[:2] in ("CZ",) else d) for fn in checks)
    return True


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
    """Year of birth for a generated id: child, senior (1950-1960), mid (1970-1997)."""
    if "child" in fmt:
        return rng.randint(2009, 2019)
    if "senior" in fmt:
        return rng.randint(1950, 1960)
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
            if fmt.startswith("sp"):  # 850312 04567
                return group(v, (6, 5))
            if fmt.startswith("g3"):  # 850 312 045 67
                return group(v, (3, 3, 3, 2))
            return v


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
        if fmt == "sp":
            return group(v, (3, 3, 2, 2))
        if fmt == "pl":
            return "PL" + v
        if fmt == "plsp":
            return "PL " + group(v, (3, 3, 2, 2))
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
    if fmt == "sp":
        return group(v, (3, 3, 3))
    return v


def gen_plid(rng, fmt="plain"):
    while True:
        letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
        rest = digits(rng, 5)
        vals = [ord(c) - 55 for c in letters] + [0] + [int(c) for c in rest]
        w = (7, 3, 1, 9, 7, 3, 1, 7, 3)
        s = sum(a * b for a, b in zip(w, vals, strict=False)) % 10
        check = next(d for d in range(10) if (s + 9 * d) % 10 == 0)
        v = letters + str(check) + rest
        assert plid_ok(v)
        if fmt == "lc":
            return v.lower()
        return v if fmt == "plain" else letters + " " + str(check) + rest


def gen_rc(rng, fmt="slash", cc="cz"):
    child = "child" in fmt
    sex = sex_of(rng, fmt)
    fmt_in = fmt
    fmt = "plain" if fmt.startswith("plain") else "sp" if fmt.startswith("sp") else "slash"
    while True:
        year = rng.randint(2008, 2019) if child else birth_year(rng, fmt_in, (1956, 2003))
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
        if fmt == "sp":  # 905412 1234 (a space instead of the slash)
            return v[:6] + " " + v[6:]
        return v[:6] + "/" + v[6:] if fmt == "slash" else v


def gen_ico(rng, fmt="plain"):
    while True:
        body = str(rng.randint(1, 8)) + digits(rng, 6)
        s = sum(int(a) * b for a, b in zip(body, (8, 7, 6, 5, 4, 3, 2), strict=False))
        v = body + str((11 - s % 11) % 10)
        if cz_dic.is_valid(v):
            if fmt.startswith("czsame"):  # a company's DIČ: CZ + an IČO drawn before
                idx = int(fmt[6:] or -1)  # czsame = the last one, czsame0 = the first
                return "CZ" + rng.icos[idx]
            rng.icos = [*getattr(rng, "icos", []), v]
            if fmt == "cz":
                return "CZ" + v
            if fmt == "sp":
                return group(v, (3, 2, 3))
            return v


def gen_dic_rc(rng, fmt=""):
    """DIČ of a Czech sole trader: CZ + the birth number."""
    v = "CZ" + gen_rc(rng, "plain" + fmt)
    assert cz_dic.is_valid(v)
    return v


def gen_icdph(rng, fmt="sk"):
    if "same" in fmt:  # IČ DPH = SK + a DIČ drawn before (sksame: the last, sksame0: the first)
        head, _, idx = fmt.partition("same")
        v = rng.dics[int(idx or -1)]
        return ("SK " if head == "sksp" else "SK") + v
    while True:
        body = str(rng.randint(1, 9)) + digits(rng, 1) + rng.choice("234789") + digits(rng, 6)
        for last in range(10):
            v = body + str(last)
            if int(v) % 11 == 0 and sk_dph.is_valid("SK" + v):
                rng.dics = [*getattr(rng, "dics", []), v]
                if fmt == "sk":
                    return "SK" + v
                if fmt == "sksp":
                    return "SK " + v
                return v


def gen_idnr(rng, fmt="plain"):
    while True:
        v = str(rng.randint(1, 9)) + digits(rng, 10)
        if de_idnr.is_valid(v):
            if fmt == "sp":
                return group(v, (2, 3, 3, 3))
            if fmt == "sp4":  # 1234 5678 901
                return group(v, (4, 4, 3))
            return v


def gen_ustid(rng, fmt="de"):
    while True:
        v = str(rng.randint(1, 9)) + digits(rng, 8)
        if de_vat.is_valid("DE" + v):
            if fmt == "de":
                return "DE" + v
            if fmt == "desp":
                return "DE " + group(v, (3, 3, 3))
            return v


def gen_atu(rng, fmt="atu"):
    """Austrian UID: ATU + 7 digits + check digit."""
    body = "U" + digits(rng, 7)
    v = "AT" + body + at_uid.calc_check_digit(body)
    assert at_uid.is_valid(v)
    return v if fmt == "atu" else "AT " + v[2:]


def gen_inn(rng, fmt="10"):
    if fmt == "10":
        body = str(rng.randint(1, 9)) + digits(rng, 8)
        v = body + ru_inn.calc_company_check_digit(body)
    else:
        body = str(rng.randint(1, 9)) + digits(rng, 9)
        v = body + ru_inn.calc_personal_check_digits(body)
    assert ru_inn.is_valid(v)
    if fmt == "12sp":  # 7712 345678 90
        return group(v, (4, 6, 2))
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
            return group(v, (3, 4, 2))


def gen_nhs(rng, fmt="sp"):
    while True:
        body = str(rng.randint(4, 7)) + digits(rng, 8)
        c = 11 - sum(int(a) * (10 - i) for i, a in enumerate(body)) % 11
        if c == 10:
            continue
        v = body + str(0 if c == 11 else c)
        assert gb_nhs.is_valid(v)
        if fmt == "dash":
            return group(v, (3, 3, 4), "-")
        return group(v, (3, 3, 4)) if fmt == "sp" else v


def gen_utr(rng, fmt="plain"):
    body = str(rng.randint(1, 9)) + digits(rng, 8)
    v = gb_utr.calc_check_digit(body) + body
    assert gb_utr.is_valid(v)
    if fmt == "sp":  # 12345 67890
        return group(v, (5, 5))
    return v


PL_BANKS = ["102", "105", "109", "114", "116", "124", "175", "249", "160", "203", "132"]
CZ_BANKS = ["0100", "0300", "0800", "2010", "3030", "0600", "5500", "6210", "2700"]
SK_BANKS = ["0200", "0900", "1100", "7500", "5600", "8330", "6500"]
DE_BLZ = ["10010010", "20041133", "37040044", "50070010", "70150000", "12030000", "86055592"]
GB_BANKS = [("NWBK", "60"), ("BARC", "20"), ("LOYD", "30"), ("HBUK", "40"), ("MIDL", "40")]
UA_MFO = ["305299", "322001", "300465", "380805", "300528", "325365"]
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
    if style == "wrap":  # grouped, wrapped onto a second line after three groups
        g = group(v, [4] * 8).split(" ")
        return " ".join(g[:3]) + "\n" + " ".join(g[3:])
    if style == "lcgroup":  # typed in lower case, grouped
        return group(v.lower(), [4] * 8)
    if style == "lc":  # typed in lower case, compact
        return v.lower()
    if style == "dash":
        return group(v, [4] * 8, "-")
    if style == "nrb":  # Polish domestic 26 digits, 2+4x6 grouping
        return group(v[2:], (2, 4, 4, 4, 4, 4, 4))
    if style == "nrbc":
        return v[2:]
    if style == "nrbwrap":  # domestic, wrapped after the fourth group
        g = group(v[2:], (2, 4, 4, 4, 4, 4, 4)).split(" ")
        return " ".join(g[:4]) + "\n" + " ".join(g[4:])
    if style == "dom":  # Czech/Slovak domestic account number/bank code
        acc = v[14:].lstrip("0")
        return f"{acc}/{v[4:8]}"
    return v  # compact


def gen_card(rng, fmt="group"):
    if fmt == "amex":
        body = rng.choice(["34", "37"]) + digits(rng, 12)
        v = body + luhn.calc_check_digit(body)
        assert luhn.is_valid(v) and len(v) == 15
        return group(v, (4, 6, 5))
    if fmt.startswith("mir"):  # a Russian Mir card, 2200-2204
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
    "PL": [
        ("50", 9),
        ("51", 9),
        ("53", 9),
        ("57", 9),
        ("60", 9),
        ("66", 9),
        ("69", 9),
        ("72", 9),
        ("78", 9),
        ("79", 9),
        ("88", 9),
        ("22", 9),
        ("12", 9),
        ("61", 9),
        ("71", 9),
    ],
    "CZ": [("60", 9), ("72", 9), ("73", 9), ("77", 9), ("2", 9), ("54", 9), ("38", 9)],
    "SK": [("90", 9), ("91", 9), ("94", 9), ("95", 9), ("2", 9), ("32", 9), ("48", 9)],
    "RU": [("91", 10), ("92", 10), ("96", 10), ("495", 10), ("812", 10), ("383", 10)],
    "UA": [("67", 9), ("50", 9), ("66", 9), ("97", 9), ("44", 9), ("32", 9), ("57", 9)],
    "GB": [("74", 10), ("75", 10), ("77", 10), ("79", 10), ("20", 10), ("113", 10), ("117", 10)],
    "DE": [
        ("151", 11),
        ("152", 11),
        ("170", 10),
        ("176", 11),
        ("30", 10),
        ("69", 10),
        ("40", 10),
        ("351", 10),
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
        elif st == "paren":  # (+48) 601 234 567
            v = f"(+{code}) " + group(nsn, (3, 3, 3))
        elif st == "g232":  # 601 23 45 67
            v = group(nsn, (3, 2, 2, 2))
        elif st == "ru8":  # 8 (916) 123-45-67
            v = f"8 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:8]}-{nsn[8:]}"
        elif st == "ru8dash":  # 8-916-123-45-67
            v = f"8-{nsn[:3]}-{nsn[3:6]}-{nsn[6:8]}-{nsn[8:]}"
        elif st == "ru8plain":
            v = f"8{nsn}"
        elif st == "ruintl":  # +7 (916) 123-45-67
            v = f"+7 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:8]}-{nsn[8:]}"
        elif st == "ruintlsp":  # +7 916 123 45 67
            v = f"+7 {nsn[:3]} {nsn[3:6]} {nsn[6:8]} {nsn[8:]}"
        elif st == "ua0":  # (067) 123-45-67
            v = f"(0{nsn[:2]}) {nsn[2:5]}-{nsn[5:7]}-{nsn[7:]}"
        elif st == "ua0sp":  # 067 123 45 67
            v = f"0{nsn[:2]} {nsn[2:5]} {nsn[5:7]} {nsn[7:]}"
        elif st == "ua38":  # +38 (067) 123 45 67
            v = f"+38 (0{nsn[:2]}) {nsn[2:5]} {nsn[5:7]} {nsn[7:]}"
        elif st == "ua380":  # +380671234567 written with dashes: +380-67-123-45-67
            v = f"+380-{nsn[:2]}-{nsn[2:5]}-{nsn[5:7]}-{nsn[7:]}"
        elif st == "de0":  # +49 (0)151 ...
            v = intl.replace("+49 ", "+49 (0)", 1)
        elif st == "deslash":  # 0151/23456789
            parts = nat.split(" ", 1)
            v = parts[0] + "/" + parts[1].replace(" ", "")
        elif st == "dedash":  # 0151-23456789
            parts = nat.split(" ", 1)
            v = parts[0] + "-" + parts[1].replace(" ", "")
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
    "dicrc": ("tax_id", gen_dic_rc),
    "icdph": ("tax_id", gen_icdph),
    "idnr": ("national_id", gen_idnr),
    "ustid": ("tax_id", gen_ustid),
    "atu": ("tax_id", gen_atu),
    "inn": ("tax_id", gen_inn),
    "innp": ("national_id", lambda r, f="12": gen_inn(r, f if f.startswith("12") else "12")),
    "ogrn": ("tax_id", gen_ogrn),
    "snils": ("national_id", gen_snils),
    "rnokpp": ("national_id", gen_rnokpp),
    "edrpou": ("tax_id", gen_edrpou),
    "gbvat": ("tax_id", gen_gbvat),
    "utr": ("tax_id", gen_utr),
    "nhs": ("national_id", gen_nhs),
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
        "idnr": lambda: gen_idnr(rng),
        "rnokpp": lambda: gen_rnokpp(rng),
        "snils": lambda: gen_snils(rng, "plain"),
        "ico": lambda: gen_ico(rng),
        "regon": lambda: gen_regon(rng),
        "edrpou": lambda: gen_edrpou(rng),
        "nhs": lambda: gen_nhs(rng, "plain"),
        "utr": lambda: gen_utr(rng),
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
        if harmless_number(v, rng.region):
            return v


KEEP_GEN = {
    "order": ("order_number", gen_pattern),
    "invoice": ("invoice_number", gen_pattern),
    "ticket": ("ticket_number", gen_pattern),
    "tracking": ("tracking_number", gen_pattern),
    "bad": ("invalid_checksum_number", gen_bad),
    "num": ("invalid_checksum_number", gen_pattern),
    "contract": ("invalid_checksum_number", gen_pattern),
    "meter": ("invalid_checksum_number", gen_pattern),
    "policy": ("invalid_checksum_number", gen_pattern),
    "product": ("product_code", gen_pattern),
}


# --------------------------------------------------------------------------- parser

TOKEN = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}", re.S)


def fill(item_id, lang, template):
    rng = random.Random(SEED + item_id)
    rng.region = REGION[lang]
    out, pii, keep, pos = [], [], [], 0
    surname_companies = 0
    length = 0
    for m in TOKEN.finditer(template):
        lit = template[pos : m.start()]
        out.append(lit)
        length += len(lit)
        pos = m.end()
        spec = m.group(1) if m.group(1) is not None else m.group(2)
        is_pii = m.group(1) is not None
        if spec.startswith("@"):
            key, _, fmt = spec[1:].partition(":")
            if is_pii:
                kind, fn = GEN[key]
                value = fn(rng, fmt) if fmt else fn(rng)
            else:
                kind, fn = KEEP_GEN[key]
                value = fn(rng, fmt)
            ctx = None
        else:
            key, _, value = spec.partition("|")
            assert value, (item_id, spec)
            ctx = None
            if key == "cbrand":  # a company named after a surname: a brand to keep
                key = "brand"
                surname_companies += 1
            if is_pii:
                if key in NAME_CTX:
                    kind, ctx = "name", NAME_CTX[key]
                else:
                    kind = key
                if kind == "phone":
                    assert is_phone(value, [REGION[lang]] + list(REGION.values())), value
            else:
                kind = key
        start = length
        out.append(value)
        length += len(value)
        span = {"start": start, "end": length}
        if is_pii:
            assert kind in PII_KINDS, (item_id, kind)
            span["kind"] = kind
            if ctx:
                span["context"] = ctx
            pii.append((span, value))
        else:
            assert kind in KEEP_WHATS, (item_id, kind)
            span["what"] = kind
            keep.append((span, value))
    out.append(template[pos:])
    text = "".join(out)
    assert "[[" not in text and "{{" not in text and "]]" not in text and "}}" not in text, item_id
    for span, value in pii + keep:
        assert text[span["start"] : span["end"]] == value, (item_id, value)
        assert value == value.strip() and value, (item_id, value)
    for span, value in pii:
        if span["kind"] == "phone":
            assert is_phone(value, [REGION[lang]] + list(REGION.values())), (item_id, value)
        else:
            assert id_valid(span["kind"], value), (item_id, span["kind"], value)
    for span, value in keep:
        if span["what"] in NUMBERED_KEEPS or span["what"] == "product_code":
            assert harmless_number(value, REGION[lang]), (
                item_id,
                value,
                digit_checks(re.sub(r"\D", "", value)),
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
        "_surname_companies": surname_companies,
    }


ITEMS: dict[str, list[str]] = {}

# =========================================================================== pl

ITEMS["pl"] = [
    # 01 online pharmacy, e-mail with a quoted reply
    """Temat: Re: Zamówienie {{@order:AP-######}} – brak leku na receptę

{{greeting_without_name|Dzień dobry,}}

piszę już drugi raz. Zamówienie zostało opłacone {{date|3 marca}}, a w paczce zabrakło leku z e-recepty. Do realizacji podałam PESEL [[@pesel:female]], kod recepty przesłałam SMS-em. Proszę o dosłanie albo zwrot {{amount|84,90 zł}} na konto [[@iban:PL:nrb]].

Pozdrawiam
[[sig|Halina Wróblewska]]
tel. [[@phone:PL:mg3]]

> W dniu {{date|04.03.2025}} o {{time|09:12}} {{team_name|Zespół Obsługi Klienta}} napisał(a):
> Dziękujemy za wiadomość. Zgłoszenie otrzymało numer {{@ticket:ZG-#####}}. Odpowiemy w ciągu {{quantity|2 dni roboczych}}.
> {{job_title|Farmaceuta dyżurny}} [[sig|mgr Piotr Lis]]""",
    # 02 car rental, web form
    """Formularz rezerwacji – wypożyczalnia samochodów
Imię i nazwisko: [[oth|Bartosz Kaczmarczyk]]
PESEL: [[@pesel:male:mid]]
Nr dowodu osobistego: [[@plid]]
Telefon: [[@phone:PL:intl]]
E-mail: [[email|b.kaczmarczyk@pocztex-mail.pl]]
Odbiór: {{city|Katowice}} Pyrzowice, {{date|12.04.2025}} {{time|14:30}}
Zwrot: {{city|Kraków}} Balice, {{date|19.04.2025}}
Karta do kaucji: [[@card]]
Grupa auta: {{product_code|C-KOMBI}}, rezerwacja {{@order:RZ/####/25}}
Uwagi: proszę o fotelik dla dziecka ({{quantity|1 szt.}})""",
    # 03 kindergarten, parent's e-mail
    """{{greeting_without_name|Szanowni Państwo,}}

w związku z rekrutacją do przedszkola na rok {{date|2025/2026}} przesyłam brakujące dane. Córka: [[oth|Zuzanna Pawlak]], PESEL [[@pesel:child:girl]]. Syn (rodzeństwo już uczęszczające, grupa {{team_name|Motylki}}): [[oth|Kacper Pawlak]], PESEL [[@pesel:child:boy]].

Opłatę wpisową {{amount|150 zł}} wpłaciliśmy z konta [[@iban:PL:nrbc]] – proszę o potwierdzenie.

Z poważaniem
[[sig|Agnieszka Pawlak]]
[[address|ul. Grunwaldzka 17/4, 80-236 Gdańsk]]""",
    # 04 furniture maker, B2B order with a company block
    """ZAMÓWIENIE HURTOWE nr {{@order:ZH-####/2025}}

Do: {{cbrand|Stolarnia Mazurek}} sp. z o.o.
Od:
Hotel „Pod Lipami” Sp. z o.o.
[[address|ul. Leśna 2, 34-500 Zakopane]]
NIP: [[@nip:dash]]
REGON: [[@regon]]
Rachunek do zwrotu zaliczki: [[@iban:PL:group]]

Pozycje:
{{product_code|KRZ-210}} krzesło dębowe – {{quantity|48 szt.}}
{{product_code|STO-88}} stół 180x90 – {{quantity|12 szt.}}

Termin dostawy: do {{date|30 maja}}. Osoba kontaktowa: [[oth|Renata Głowacka]], {{job_title|kierownik zaopatrzenia}}, [[@phone:PL:fnat]] wew. 24.""",
    # 05 cinema chain, app review (no PII)
    """★★☆☆☆ Aplikacja kina do poprawy
Kupiłem {{quantity|3 bilety}} na seans o {{time|20:15}} w {{city|Poznaniu}}, zapłaciłem {{amount|87 zł}}, a w aplikacji bilety pokazały się dopiero po {{quantity|20 minutach}}. Kod rezerwacji {{@order:KN####}} nie działał przy bramce. Obsługa na miejscu miła, ale aplikacja (wersja {{version|4.12.1}}) wymaga pracy.""",
    # 06 gym chain, chat transcript
    """[Czat – sieć siłowni]
Bot: Witaj! Podaj numer karnetu lub e-mail.
Klient: {{@contract:KR-######}}
Bot: Dziękuję. Łączę z konsultantem.
Konsultant [[oth|Dominika]]: Dzień dobry, w czym mogę pomóc?
Klient: Dzień dobry, tu [[intro|Łukasz Sobczak]]. Pobrano mi opłatę dwa razy ({{amount|2 × 129 zł}}) z karty [[@card:dash]]. Proszę o zwrot nadpłaty na konto [[@iban:PL:nrb]].
Konsultant [[oth|Dominika]]: Widzę dwie transakcje z {{date|1 marca}}. Zgłaszam zwrot, numer sprawy {{@ticket:SR-#####}}.
Klient: dzięki""",
    # 07 real-estate agency, landlord e-mail
    """Dzień dobry [[sal|Pani Ewelino]],

w nawiązaniu do umowy najmu lokalu przy {{street_as_brand|ul. Marii Skłodowskiej-Curie}} w {{city|Lublinie}} przesyłam dane do aneksu:
wynajmujący: [[oth|Stanisław Kubiak]], PESEL [[@pesel:senior:male]], dowód [[@plid:sp]],
kaucja {{amount|4 200 zł}} do zwrotu na rachunek
[[@iban:PL:nrbwrap]]

Umowa z agencją nr {{@contract:UN/###/####}} – prowizja bez zmian ({{percent|3%}}).

Pozdrawiam serdecznie
[[sig|Stanisław Kubiak]]""",
    # 08 municipal water utility, complaint letter
    """Przedsiębiorstwo Wodociągów i Kanalizacji
Dział Obsługi Klienta

Reklamacja rozliczenia za wodę

Ja, [[intro|Józef Przybylski]], zam. [[address|ul. Polna 8, 62-800 Kalisz]], PESEL [[@pesel:senior:male]], nr klienta {{@num:##-#####}}, kwestionuję fakturę {{@invoice:FW/#####/2025}} na kwotę {{amount|612,40 zł}}. Wodomierz nr {{@meter:WM#########}} był wymieniany {{date|14.01.2025}}, a odczyt przyjęto szacunkowo ({{quantity|58 m³}}).

Nadpłatę proszę zwrócić na konto: [[@iban:PL:nrb]].

Kalisz, {{date|20 lutego 2025 r.}}
[[sig|J. Przybylski]]""",
    # 09 SMS reply
    """TAK, potwierdzam wizytę serwisanta {{date|jutro}} {{time|8-12}}. Gdyby coś, proszę dzwonić na [[@phone:PL:mcompact]]. [[sig|Katarzyna]]""",
    # 10 travel agency, passenger list
    """Temat: Lista uczestników – wycieczka {{@order:WY-####}} {{city|Wiedeń}}

Dzień dobry [[sal|Panie Marcinie]],

zgodnie z prośbą przesyłam dane do ubezpieczenia:
1. [[oth|Tomasz Wieczorek]] – [[@pesel:male:mid]]
2. [[oth|Marta Wieczorek]] – [[@pesel:female:mid]]
3. [[oth|Olga Wieczorek]] – [[@pesel:child:girl]]

Dopłatę {{amount|1 350 zł}} zapłacę kartą [[@card]], wygasa {{date|09/27}}.

--
[[sig|Tomasz Wieczorek]]
[[email|t.wieczorek82@skrzynka-pl.com]]""",
    # 11 e-learning platform, invoice request
    """Dzień dobry,
nazywam się [[intro|Iwona Szczepańska]] i prowadzę jednoosobową działalność. Wykupiłam kurs „Excel dla księgowych” (licencja {{@order:EL-########}}, {{amount|349 zł}}) i potrzebuję faktury na firmę: Biuro Rachunkowe Iwona Szczepańska, NIP [[@nip:pl]], REGON [[@regon:sp]].
W panelu pole NIP odrzuca format z myślnikami ([[@nip:dash2]]) – to chyba błąd?
Dziękuję,
[[sig|I. Szczepańska]]""",
    # 12 pet shop, marketplace review (no PII)
    """Opinia o sprzedawcy: {{cbrand|Zoologiczny Jabłoński}}
Karma dla kota dotarła w {{quantity|2 dni}}, paczka {{@tracking:##########PL}} dobrze zabezpieczona. Minus za brak gratisu, który był w opisie. Ogólnie {{quantity|4/5}}, polecam sklep z {{city|Radomia}}.""",
    # 13 voicemail transcript
    """[Poczta głosowa, {{date|07.03}}, {{time|17:42}}, długość {{quantity|0:48}}]
„Dzień dobry, tu [[intro|Marek Zieliński]], dzwonię w sprawie zwrotu roweru elektrycznego, zamówienie {{@order:########}}. Kurier nie przyjechał. Mój numer [[@phone:PL:g3]], ewentualnie żona, [[oth|Beata]], pod numerem [[@phone:PL:mintl]]. PESEL do umowy ratalnej to... [[@pesel:g3:male]]. Dziękuję, do usłyszenia.”""",
    # 14 second-hand marketplace, dispute
    """Zgłoszenie sporu – transakcja {{@order:TX-#########}}

Kupujący: [[oth|Patrycja Lewandowska]]
Sprzedający (login: mama_kuby_88): [[oth|Grażyna Malinowska]]

Opis: zamówiłam wózek dziecięcy za {{amount|950 zł}}, przelew poszedł na konto sprzedającej [[@iban:PL:nrb]] dnia {{date|2 marca}}. Numer przesyłki {{@tracking:############}} – od {{quantity|9 dni}} status „nadana”. Sprzedająca nie odpisuje. Proszę o interwencję.

Dane do zwrotu: [[@iban:PL:group]]""",
    # 15 bike sharing, complaint
    """Dzień dobry,
rower nr {{@product:R-#####}} nie dał się zwrócić na stacji przy {{street_as_brand|al. Jana Pawła II}} i naliczono mi {{amount|46,50 zł}} za {{quantity|3 h 6 min}}. Karta w aplikacji to [[@card:plain]] – w historii widzę też jakiś numer {{@bad:card:group}}, który nie jest moją kartą?!
Proszę o korektę.
[[sig|Wiktor Sadowski]]
[[email|wiktor.sadowski@post-box.pl]]""",
    # 16 wedding venue, contract data
    """Temat: dane do umowy – wesele {{date|14.06.2025}}

{{greeting_without_name|Dzień dobry,}}
poniżej dane do umowy na salę (pakiet {{product_code|GOLD-120}}, {{quantity|120 osób}}):
Pan Młody: [[oth|Kamil Jasiński]], PESEL [[@pesel:male:mid]], dow. os. [[@plid]]
Panna Młoda: [[oth|Natalia Borkowska]], PESEL [[@pesel:sp:female:mid]], dow. os. [[@plid:lc]]
Zadatek {{amount|5 000 zł}} wpłacimy po otrzymaniu umowy. Prosimy o potwierdzenie numeru konta sali – na fakturze jest NIP [[@nip]] a na stronie inny.

[[sig|Natalia i Kamil]]""",
    # 17 airline ground handling, damaged baggage form
    """ZGŁOSZENIE USZKODZENIA BAGAŻU (PIR {{@ticket:WAW@@#####}})
Lot: {{product_code|LO 3912}}, {{date|16.03.2025}}
Pasażer: [[oth|Aleksandra Kurek]]
PESEL: [[@pesel:female]]
Adres: [[address|os. Kościuszkowskie 5/22, 61-001 Poznań]]
Tel.: [[@phone:PL:paren]]
Opis: walizka {{cbrand|Wittchen}}, pęknięta rączka, wartość {{amount|690 zł}}
Konto do odszkodowania: [[@iban:PL:compact]]
Przyjął: {{job_title|agent obsługi naziemnej}} [[sig|D. Kowalik]]""",
    # 18 internal forward (no PII)
    """FW: pilne – {{quantity|3 reklamacje}} bez odpowiedzi

Zgłoszenia {{@ticket:ZG-#####}}, {{@ticket:ZG-#####}} i {{@ticket:ZG-#####}} czekają od {{date|poniedziałku}}. Proszę {{team_name|Dział Reklamacji}} o odpowiedź do {{time|15:00}}. Faktura korygująca {{@invoice:FK/###/03/2025}} jeszcze nie wystawiona.
{{greeting_without_name|Dzięki, pozdrawiam}}""",
    # 19 online pharmacy, chat with a pharmacist
    """[Czat z farmaceutą]
Farmaceutka [[oth|mgr Joanna]]: Dzień dobry, proszę podać PESEL, na który wystawiono e-receptę.
Klient: dzień dobry, jestem [[intro|Adam Krawczyk]], pesel [[@pesel:sp:male]], recepta dla mamy, jej pesel [[@pesel:senior:female]]
Farmaceutka [[oth|mgr Joanna]]: Dziękuję. Lek dostępny, {{quantity|2 opakowania}}, {{amount|38,20 zł}}. Dostawa do paczkomatu {{product_code|KRA01M}}?
Klient: tak""",
    # 20 B2B, supplier invoice correction
    """Szanowna [[sal|Pani Dyrektor Wiśniewska]],

w nawiązaniu do faktury {{@invoice:FV/####/2025}} za catering dla przedszkola informuję o zmianie danych:
{{cbrand|Catering Domański}} s.c.
NIP [[@nip:sp]]; REGON [[@regon:14]]
nowy rachunek: [[@iban:PL:nrbwrap]]
Pozostałe warunki bez zmian ({{amount|12,50 zł}} za posiłek, {{quantity|65 dzieci}}).

Z wyrazami szacunku
[[sig|Robert Domański]]
{{job_title|właściciel}}
[[@phone:PL:fintl]]""",
]

# =========================================================================== cs

ITEMS["cs"] = [
    # 01 online pharmacy, e-mail with a quoted reply
    """Předmět: Re: Objednávka {{@order:LK#######}} – chybí lék

{{greeting_without_name|Dobrý den,}}

v zásilce chyběl lék z eReceptu. Rodné číslo pacientky (moje maminka, [[oth|Jarmila Horáková]]) je [[@rc:senior:female]], recept jsem posílal přes aplikaci. Částku {{amount|312 Kč}} prosím vraťte na účet [[@iban:CZ:dom]].

Děkuji
[[sig|Ondřej Horák]]
[[@phone:CZ:mg3]]

> Dne {{date|5. 3. 2025}} v {{time|10:04}} napsal {{team_name|Zákaznický servis}}:
> Dobrý den, vaši reklamaci evidujeme pod číslem {{@ticket:RK-#####}}.
> S pozdravem [[sig|Lucie Benešová]], {{job_title|farmaceutická asistentka}}""",
    # 02 car rental, web form
    """Rezervační formulář – půjčovna aut
Jméno a příjmení: [[oth|Radek Šimek]]
Rodné číslo: [[@rc:male:mid]]
Datum převzetí: {{date|18. 4. 2025}}, {{city|Brno}} – letiště
Datum vrácení: {{date|22. 4. 2025}}, {{city|Praha}}
Telefon: [[@phone:CZ:intl]]
E-mail: [[email|radek.simek@schranka-cz.net]]
Platební karta (kauce): [[@card]]
Kategorie vozu: {{product_code|SUV-B}}
Poznámka: potřebuji tažné zařízení""",
    # 03 kindergarten, parent's e-mail
    """Vážená [[sal|paní ředitelko Dvořáková]],

posílám údaje k zápisu do mateřské školy: syn [[oth|Matyáš Kolář]], r. č. [[@rc:child:boy]], nástup od {{date|1. 9. 2025}}. Školné {{amount|1 200 Kč}} měsíčně budeme hradit z účtu [[@iban:CZ:group]].
Druhý zákonný zástupce: [[oth|Tereza Kolářová]], r. č. [[@rc:female:mid]].

S pozdravem
[[sig|Petr Kolář]]
[[address|Husova 214, 252 28 Černošice]]""",
    # 04 furniture maker, B2B order
    """OBJEDNÁVKA č. {{@order:OBJ-####/25}}

Dodavatel: {{cbrand|Truhlářství Pospíšil}} s.r.o.
Odběratel:
Penzion U Rybníka s.r.o.
[[address|Náměstí 12, 388 01 Blatná]]
IČO: [[@ico]]
DIČ: [[@ico:czsame]]
Bankovní spojení: [[@iban:CZ:dom]]

{{product_code|PST-160}} postel dubová 160×200 – {{quantity|8 ks}}
{{product_code|NOC-02}} noční stolek – {{quantity|16 ks}}

Kontakt: [[oth|Ing. Marcela Vávrová]], {{job_title|provozní}}, [[@phone:CZ:fintl]]""",
    # 05 cinema, app review (no PII)
    """★★★☆☆ Aplikace kina
Lístky na {{time|19:30}} v {{city|Ostravě}} koupeny bez problému ({{quantity|2 ks}}, {{amount|418 Kč}}), ale QR kód rezervace {{@order:CN########}} se načetl až napotřetí. Popcorn dobrý, verze aplikace {{version|3.8.0}} padá na starším Androidu.""",
    # 06 gym chain, chat
    """[Chat – síť posiloven]
Bot: Dobrý den, zadejte číslo členství.
Zákazník: {{@contract:CL-######}}
Bot: Přepojuji na operátora.
Operátor [[oth|Vojta]]: Dobrý den, jak mohu pomoci?
Zákazník: Dobrý den, jmenuji se [[intro|Kristýna Marešová]]. Z karty [[@card:group]] se mi strhlo roční členství {{amount|7 990 Kč}} dvakrát. Vraťte to prosím na [[@iban:CZ:compact]].
Operátor [[oth|Vojta]]: Vidím obě platby z {{date|2. 3.}}. Založil jsem požadavek {{@ticket:PZ-######}}, peníze do {{quantity|5 pracovních dnů}}.""",
    # 07 real-estate agency
    """Dobrý den [[sal|pane Fialo]],

k nájemní smlouvě na byt v ulici {{street_as_brand|Boženy Němcové}} ({{city|Olomouc}}) doplňuji údaje pronajímatele: [[oth|Miroslav Urban]], nar. {{date|1961}}, r. č. [[@rc:sp:male:senior]], kauci {{amount|36 000 Kč}} prosím na účet [[@iban:CZ:dom]].
Provize realitní kanceláře dle smlouvy {{@contract:RK/####/###}}.

Hezký den
[[sig|Miroslav Urban]]
[[email|m.urban@posta-seznam.cz]]""",
    # 08 municipal water utility, complaint letter
    """Vodovody a kanalizace – zákaznické centrum

Reklamace vyúčtování

Já, [[intro|Zdeněk Kratochvíl]], bytem [[address|Pražská 45, 370 01 České Budějovice]], r. č. [[@rc:plain:male:senior]], reklamuji fakturu {{@invoice:VF########}} na {{amount|4 816 Kč}}. Vodoměr č. {{@meter:VD-########}} byl vyměněn {{date|10. 1. 2025}} a spotřeba {{quantity|112 m³}} je nereálná.

Přeplatek zašlete na účet [[@iban:CZ:dom]].

V Českých Budějovicích {{date|21. 2. 2025}}
[[sig|Z. Kratochvíl]]""",
    # 09 SMS reply
    """Ano, termín montáže kuchyně {{date|čtvrtek}} {{time|9:00}} platí. Kdyby něco, volejte manželovi [[@phone:CZ:mg3]]. [[sig|Hanka]]""",
    # 10 travel agency, passenger list
    """Předmět: Cestující – zájezd {{@order:ZJ-#####}} {{city|Chorvatsko}}

Dobrý den [[sal|paní Jelínková]],

posílám údaje cestujících k pojištění:
[[oth|Jakub Štěpánek]], r. č. [[@rc:male:mid]]
[[oth|Simona Štěpánková]], r. č. [[@rc:female:mid]]
[[oth|Eliška Štěpánková]], r. č. [[@rc:child:girl]]

Doplatek {{amount|18 450 Kč}} zaplatím kartou [[@card:plain]].

[[sig|Jakub Štěpánek]]""",
    # 11 e-learning, invoice request
    """Dobrý den,
jmenuji se [[intro|Pavla Zemanová]], jsem OSVČ a koupila jsem roční přístup ke kurzům ({{amount|2 490 Kč}}, licence {{@order:EL######}}). Fakturu prosím na: Pavla Zemanová – překlady, IČ [[@ico]], DIČ [[@dicrc:female]].
Děkuji
[[sig|P. Zemanová]]""",
    # 12 pet shop, review (no PII)
    """Hodnocení obchodu {{cbrand|Chovatelské potřeby Vacek}}: granule dorazily za {{quantity|2 dny}}, zásilka {{@tracking:DR##########}} v pořádku. Jen škoda, že chyběl vzorek zdarma. Celkově {{quantity|4 hvězdičky}}. [[sig|Ludmila K.]]""",
    # 13 voicemail transcript
    """[Hlasová schránka {{date|11. 3.}} {{time|16:55}}]
„Dobrý den, tady [[intro|Jan Procházka]], volám kvůli vrácení kola, objednávka {{@order:#########}}. Kurýr nepřijel. Zavolejte mi prosím na [[@phone:CZ:g3]], nebo manželce [[oth|Veronice]] na [[@phone:CZ:mintl]]. Číslo účtu pro vrácení peněz je [[@iban:CZ:dom]]. Děkuju, na shledanou.”""",
    # 14 second-hand marketplace, dispute
    """Spor k transakci {{@order:BZ-#########}}

Kupující: [[oth|Nikola Kadlecová]]
Prodávající: [[oth|Roman Sýkora]]

Koupila jsem kočárek za {{amount|3 900 Kč}}, peníze odešly {{date|3. 3.}} na účet prodávajícího [[@iban:CZ:dom]]. Zásilka {{@tracking:##############}} je {{quantity|10 dní}} ve stavu „podáno“. Prodávající nereaguje.
Vrácení na: [[@iban:CZ:group]]""",
    # 15 bike sharing
    """Dobrý den,
kolo {{@product:K-#####}} nešlo vrátit ve stanici na {{street_as_brand|Masarykově náměstí}}, účtováno {{amount|186 Kč}} za {{quantity|4 hodiny}}. Platím kartou [[@card:dash]]. V historii je i neznámé číslo {{@bad:card:group}}?
Prosím o opravu.
[[sig|Filip Doležal]]
[[email|filip.dolezal@mailik.cz]]""",
    # 16 wedding venue
    """Předmět: údaje ke smlouvě – svatba {{date|21. 6. 2025}}

Dobrý den,
k rezervaci zámeckého sálu (balíček {{product_code|ROMANCE-80}}, {{quantity|80 hostů}}) posíláme údaje:
Ženich: [[oth|Tomáš Krejčí]], r. č. [[@rc:male:mid]]
Nevěsta: [[oth|Barbora Němcová]], r. č. [[@rc:sp:female:mid]]
Zálohu {{amount|25 000 Kč}} pošleme po podpisu. Na faktuře máte IČO [[@ico]], ale na webu jiné – které platí?

[[sig|Barbora a Tomáš]]""",
    # 17 airline ground handling
    """HLÁŠENÍ POŠKOZENÍ ZAVAZADLA (PIR {{@ticket:PRG@@#####}})
Let: {{product_code|OK 0627}}, {{date|17. 3. 2025}}
Cestující: [[oth|Alena Marková]]
Adresa: [[address|Lidická 88, 602 00 Brno]]
Telefon: [[@phone:CZ:e164]]
Účet pro odškodnění: [[@iban:CZ:compact]]
Rodné číslo: [[@rc:female]]
Popis: kufr {{brand|Samsonite}}, prasklé kolečko, hodnota {{amount|3 200 Kč}}
Převzal: [[sig|M. Holub]], {{job_title|agent handlingu}}""",
    # 18 internal forward (no PII)
    """FW: urgentní – nevyřízené reklamace

{{team_name|Oddělení reklamací}}, prosím o vyřízení požadavků {{@ticket:RK-#####}} a {{@ticket:RK-#####}} do {{date|pátku}}. Dobropis {{@invoice:DB-####/25}} ještě nebyl vystaven, částka {{amount|1 480 Kč}}.
{{greeting_without_name|Díky, zdravím}}""",
    # 19 pharmacy chat
    """[Chat s lékárníkem]
Lékárnice [[oth|Mgr. Šárka]]: Dobrý den, pro výdej eReceptu potřebuji identifikátor.
Zákazník: dobry den, jsem [[intro|Lukáš Beneš]], rc [[@rc:plain:male]], recept je pro tátu, jeho rc [[@rc:male:senior]]
Lékárnice [[oth|Mgr. Šárka]]: Děkuji, lék je skladem, {{quantity|2 balení}}, {{amount|246 Kč}}.""",
    # 20 B2B supplier change
    """Vážená [[sal|paní Procházková]],

k faktuře {{@invoice:FA########}} za dodávky obědů pro mateřskou školu oznamujeme změnu údajů:
{{cbrand|Jídelna Bartoš}} s.r.o., IČO [[@ico:sp]], DIČ [[@ico:czsame]]
nové číslo účtu: [[@iban:CZ:dom]]
IBAN: [[@iban:CZ:group]]
Cena {{amount|48 Kč}} za porci zůstává.

S pozdravem
[[sig|Václav Bartoš]]
{{job_title|jednatel}}
[[@phone:CZ:fintl]]""",
]

# =========================================================================== sk

ITEMS["sk"] = [
    # 01 online pharmacy, e-mail with a quoted reply
    """Predmet: Re: Objednávka {{@order:LE-#######}} – reklamácia

{{greeting_without_name|Dobrý deň,}}

v balíku chýbal liek z eReceptu. Rodné číslo: [[@rcsk:female:mid]]. Sumu {{amount|27,60 €}} mi prosím vráťte na [[@iban:SK:group]].

Ďakujem
[[sig|Monika Baláková]]
[[@phone:SK:mg3]]

> Dňa {{date|6. 3. 2025}} o {{time|8:47}} {{team_name|Zákaznícka podpora}} napísala:
> Vašu požiadavku evidujeme pod číslom {{@ticket:ZP-#####}}.
> [[sig|Ing. Peter Hudák]]""",
    # 02 car rental, web form
    """Rezervácia vozidla – autopožičovňa
Meno a priezvisko: [[oth|Martin Ďurica]]
Rodné číslo: [[@rcsk:male:mid]]
Prevzatie: {{city|Bratislava}} letisko, {{date|10. 4. 2025}} {{time|13:00}}
Vrátenie: {{city|Košice}}, {{date|14. 4. 2025}}
Telefón: [[@phone:SK:sk0slash]]
E-mail: [[email|martin.durica@postovka.sk]]
Karta na depozit: [[@card]]
Trieda: {{product_code|ECO-A}}""",
    # 03 kindergarten
    """Vážená [[sal|pani riaditeľka Kováčová]],

posielam údaje k prihláške do materskej školy: dcéra [[oth|Nela Oravcová]], RČ [[@rcsk:child:girl]], od {{date|septembra 2025}}. Príspevok {{amount|45 €}} mesačne budeme platiť z účtu [[@iban:SK:compact]].
Otec: [[oth|Juraj Oravec]], RČ [[@rcsk:male:mid]], tel. [[@phone:SK:intl]].

S pozdravom
[[sig|Lenka Oravcová]]
[[address|Hlavná 56, 040 01 Košice]]""",
    # 04 furniture maker, B2B order
    """OBJEDNÁVKA č. {{@order:OB-####/2025}}

Dodávateľ: {{cbrand|Nábytok Gajdoš}} s.r.o.
Odberateľ:
Chata Pod Skalou s.r.o.
[[address|Štrbské Pleso 14, 059 85 Vysoké Tatry]]
IČO: [[@ico]]
DIČ: [[@icdph:dic]]
IČ DPH: [[@icdph:sksame]]
Účet: [[@iban:SK:dom]]

{{product_code|LZ-90}} lôžko smrekové – {{quantity|14 ks}}
{{product_code|SK-3}} skriňa – {{quantity|7 ks}}
Kontakt: [[oth|Andrea Kollárová]], {{job_title|vedúca prevádzky}}""",
    # 05 cinema review (no PII)
    """★★☆☆☆ Aplikácia kina
Kúpil som {{quantity|4 lístky}} na {{time|18:40}} v {{city|Žiline}} za {{amount|32 €}}, kód rezervácie {{@order:KZ######}} turniket nenačítal. Verzia {{version|2.4.7}} stále padá.""",
    # 06 gym chat
    """[Chat – fitness centrá]
Bot: Zadajte číslo permanentky.
Zákazník: {{@contract:PM-######}}
Operátorka [[oth|Zuzka]]: Dobrý deň, ako vám pomôžem?
Zákazník: Dobrý deň, volám sa [[intro|Tomáš Rybár]]. Z karty [[@card:group]] mi dvakrát strhli {{amount|399 €}}. Prosím vrátiť na IBAN [[@iban:SK:lcgroup]].
Operátorka [[oth|Zuzka]]: Vidím obe platby z {{date|3. 3.}}, žiadosť {{@ticket:VR-#####}}.""",
    # 07 real-estate agency
    """Dobrý deň [[sal|pán Švec]],

k nájomnej zmluve na byt na {{street_as_brand|Štúrovej ulici}} v {{city|Nitre}} dopĺňam údaje prenajímateľky: [[oth|Alžbeta Horváthová]], RČ [[@rcsk:sp:female:senior]], kaucia {{amount|1 400 €}} na účet [[@iban:SK:dom]].
Zmluva s kanceláriou č. {{@contract:RK/###/####}}.

S pozdravom
[[sig|A. Horváthová]]""",
    # 08 municipal water utility
    """Vodárenská spoločnosť – zákaznícke centrum

Reklamácia faktúry

Ja, [[intro|Ján Mikuláš]], bytom [[address|Partizánska 9, 974 01 Banská Bystrica]], RČ [[@rcsk:plain:male:senior]], reklamujem faktúru {{@invoice:VS#########}} na {{amount|238,15 €}}. Vodomer č. {{@meter:VM-########}} bol vymenený {{date|15. 1. 2025}}, spotreba {{quantity|96 m³}} nie je reálna.

Preplatok na účet [[@iban:SK:group]].

[[sig|J. Mikuláš]]""",
    # 09 SMS reply
    """Áno, potvrdzujem doručenie sedačky {{date|v piatok}} {{time|10-14}}. Volajte prosím na [[@phone:SK:sk0]]. [[sig|Dana]]""",
    # 10 travel agency
    """Predmet: Účastníci zájazdu {{@order:ZA-#####}} {{city|Taliansko}}

Dobrý deň [[sal|pani Lukáčová]],

posielam údaje na poistenie:
[[oth|Michal Hruška]], RČ [[@rcsk:male:mid]]
[[oth|Katarína Hrušková]], RČ [[@rcsk:female:mid]]
[[oth|Adam Hruška]], RČ [[@rcsk:child:boy]]

Doplatok {{amount|780 €}} uhradím kartou [[@card:dash]].
[[sig|Michal Hruška]]""",
    # 11 e-learning, invoice request
    """Dobrý deň,
som [[intro|Veronika Šimková]], živnostníčka. Kúpila som ročnú licenciu ({{amount|119 €}}, {{@order:LIC-######}}) a potrebujem faktúru: Veronika Šimková – grafika, IČO [[@ico]], DIČ [[@icdph:dic]], IČ DPH [[@icdph:sksp]].
Ďakujem
[[sig|V. Šimková]]""",
    # 12 second-hand marketplace dispute
    """Spor k transakcii {{@order:BZ-#########}}

Kupujúci: [[oth|Patrik Kováčik]]
Predávajúci: [[oth|Ivan Bednár]]

Zaplatil som {{amount|220 €}} za bicykel na účet predávajúceho [[@iban:SK:compact]] dňa {{date|4. 3.}}. Zásielka {{@tracking:##############}} je {{quantity|8 dní}} „podaná“.
Vrátenie prosím na [[@iban:SK:dom]].""",
    # 13 voicemail
    """[Hlasová schránka {{date|12. 3.}} {{time|15:20}}]
„Dobrý deň, tu [[intro|Róbert Krajčí]], volám ohľadom vrátenia kolobežky, objednávka {{@order:#########}}. Zavolajte mi na [[@phone:SK:g3]], alebo manželke [[oth|Ivete]]. Číslo účtu na vrátenie je [[@iban:SK:dom]]. Ďakujem.”""",
    # 14 pet shop review (no PII)
    """Hodnotenie: {{cbrand|Zverimex Tóth}} – krmivo prišlo za {{quantity|3 dni}}, balík {{@tracking:SK##########}} v poriadku, ale chýbala faktúra. Dávam {{quantity|4/5}}.
– [[sig|Erika]]""",
    # 15 bike sharing
    """Dobrý deň,
bicykel {{@product:B-#####}} sa nedal vrátiť na stanici pri {{street_as_brand|Hviezdoslavovom námestí}}, účtovali mi {{amount|8,40 €}}. Platím kartou [[@card:plain]]. V histórii vidím aj číslo {{@bad:card:group}}, to nie je moja karta.
[[sig|Lukáš Poliak]]
[[email|lukas.poliak@zoznamik.sk]]""",
    # 16 wedding venue
    """Predmet: údaje k zmluve – svadba {{date|28. 6. 2025}}

Dobrý deň,
k rezervácii sály (balík {{product_code|KLASIK-100}}, {{quantity|100 hostí}}):
Ženích: [[oth|Marek Vlček]], RČ [[@rcsk:male:mid]]
Nevesta: [[oth|Simona Kubišová]], RČ [[@rcsk:female:mid]]
Zálohu {{amount|2 000 €}} pošleme na váš účet po podpise; IČ DPH sály na faktúre je [[@icdph:sk]], prosím potvrdiť.
[[sig|Simona a Marek]]""",
    # 17 airline ground handling
    """HLÁSENIE POŠKODENIA BATOŽINY (PIR {{@ticket:BTS@@#####}})
Let: {{product_code|FR 8123}}, {{date|18. 3. 2025}}
Cestujúci: [[oth|Gabriel Šoltés]]
RČ: [[@rcsk:male]]
Adresa: [[address|Komenského 21, 010 01 Žilina]]
Telefón: [[@phone:SK:intl]]
Účet: [[@iban:SK:group]]
Prevzal: [[sig|K. Blaho]], {{job_title|agent pozemnej obsluhy}}""",
    # 18 internal forward (no PII)
    """FW: nevybavené reklamácie
{{team_name|Oddelenie reklamácií}}, prosím vybaviť {{@ticket:RE-#####}} a {{@ticket:RE-#####}} do {{date|stredy}}. Dobropis {{@invoice:DP-####/25}} na {{amount|64 €}} ešte nie je vystavený.
{{greeting_without_name|Vďaka}}""",
    # 19 pharmacy chat
    """[Chat s lekárnikom]
Lekárnička [[oth|PharmDr. Miroslava]]: Dobrý deň, prosím rodné číslo k eReceptu.
Zákazník: dobry den, som [[intro|Stanislav Greguš]], rc [[@rcsk:plain:male]], recept je pre mamu [[@rcsk:female:senior]]
Lekárnička [[oth|PharmDr. Miroslava]]: Ďakujem, {{quantity|2 balenia}}, {{amount|11,90 €}}.""",
    # 20 B2B supplier change
    """Vážený [[sal|pán riaditeľ Kmeť]],

k faktúre {{@invoice:FA#########}} za stravovanie v materskej škole oznamujeme zmenu údajov:
{{cbrand|Jedáleň Sloboda}} s.r.o., IČO [[@ico:sp]], IČ DPH [[@icdph:sk]]
nový účet: [[@iban:SK:dom]]
Cena {{amount|2,30 €}} za porciu ostáva.

S pozdravom
[[sig|Ing. Rastislav Sloboda]]
{{job_title|konateľ}}
[[@phone:SK:fintl]]""",
]

# =========================================================================== ru

ITEMS["ru"] = [
    # 01 online pharmacy, e-mail with a quoted reply
    """Тема: Re: Заказ {{@order:АП-#######}} – не хватает препарата

{{greeting_without_name|Здравствуйте!}}

В посылке не оказалось препарата по рецепту. Для оформления возврата указываю СНИЛС [[@snils]] и ИНН [[@innp]]. Сумму {{amount|1 245 ₽}} прошу вернуть на карту [[@card:mir]].

С уважением,
[[sig|Галина Петровна Сорокина]]
[[@phone:RU:ru8]]

> {{date|05.03.2025}} в {{time|11:20}} {{team_name|Служба заботы о клиентах}} пишет:
> Ваше обращение зарегистрировано под номером {{@ticket:ОБ-######}}.
> [[sig|Оператор Кирилл Ясенев]]""",
    # 02 car rental, web form
    """Анкета арендатора – прокат автомобилей
ФИО: [[oth|Воронцов Денис Игоревич]]
ИНН: [[@innp:12sp]]
СНИЛС: [[@snils:sp]]
Телефон: [[@phone:RU:ruintl]]
E-mail: [[email|d.vorontsov@pochta-box.ru]]
Получение: {{city|Казань}}, {{date|15.04.2025}} {{time|10:00}}
Возврат: {{city|Казань}}, {{date|20.04.2025}}
Карта для залога: [[@card:mirgroup]]
Класс: {{product_code|B-SEDAN}}, бронь {{@order:BR-######}}""",
    # 03 kindergarten
    """Уважаемая [[sal|Ольга Викторовна]]!

Направляю документы для зачисления в детский сад: сын [[oth|Тимофей Белов]], СНИЛС ребёнка [[@snils:dash]]. Мать: [[oth|Белова Анастасия Сергеевна]], СНИЛС [[@snils:dash]], ИНН [[@innp]]. Родительскую плату {{amount|4 800 ₽}} будем вносить с карты [[@card]].

С уважением,
[[sig|А. С. Белова]]
[[address|г. Тула, ул. Советская, д. 41, кв. 17]]""",
    # 04 furniture maker, B2B order
    """ЗАЯВКА № {{@order:ЗК-####/25}}

Поставщик: ООО «{{cbrand|Мебельная фабрика Гусева}}»
Покупатель: ООО «Гостиница Волжская»
ИНН [[@inn]] / КПП {{@num:#########}}
ОГРН [[@ogrn]]
Юр. адрес: [[address|443010, г. Самара, ул. Куйбышева, д. 88]]

{{product_code|КР-120}} кровать односпальная – {{quantity|30 шт.}}
{{product_code|ТМ-40}} тумба – {{quantity|30 шт.}}
Контактное лицо: [[oth|Ирина Гаврилова]], {{job_title|начальник АХО}}, [[@phone:RU:fintl]]""",
    # 05 cinema review (no PII)
    """★★☆☆☆ Приложение кинотеатра
Купил {{quantity|2 билета}} на {{time|21:10}} в {{city|Екатеринбурге}} за {{amount|760 ₽}}, код брони {{@order:КТ######}} на входе не сработал. Версия {{version|5.1.3}} постоянно вылетает.""",
    # 06 gym chat
    """[Чат – сеть фитнес-клубов]
Бот: Введите номер клубной карты.
Клиент: {{@contract:ФК-######}}
Оператор [[oth|Алина]]: Добрый день! Чем помочь?
Клиент: Здравствуйте, меня зовут [[intro|Роман Ткаченко]]. С карты [[@card:mirgroup]] дважды списали {{amount|24 900 ₽}} за годовой абонемент.
Оператор [[oth|Алина]]: Вижу два списания от {{date|02.03}}. Заявка на возврат {{@ticket:ВЗ-######}}, срок до {{quantity|10 рабочих дней}}.""",
    # 07 real-estate agency
    """Добрый день, [[sal|Сергей Анатольевич]]!

Для договора аренды квартиры на {{street_as_brand|улице Маяковского}} ({{city|Новосибирск}}) направляю данные наймодателя: [[oth|Лебедев Виктор Павлович]], ИНН [[@innp]], СНИЛС [[@snils:dash2]]. Залог {{amount|45 000 ₽}} – на карту [[@card:plain]].
Договор с агентством № {{@contract:АГ/###/####}}.

С уважением,
[[sig|В. П. Лебедев]]""",
    # 08 municipal water utility
    """В абонентский отдел водоканала

Заявление

Я, [[intro|Кузнецова Валентина Николаевна]], проживающая по адресу: [[address|г. Ярославль, ул. Свободы, д. 12, кв. 5]], СНИЛС [[@snils]], оспариваю счёт {{@invoice:ВК-########}} на {{amount|3 912,40 ₽}}. Счётчик № {{@meter:СЧ########}} заменён {{date|16.01.2025}}, начислено {{quantity|74 м³}} по нормативу.

Переплату прошу вернуть на карту [[@card:mir]].

{{date|21.02.2025}}                [[sig|В. Н. Кузнецова]]""",
    # 09 SMS reply
    """Да, доставку шкафа на {{date|субботу}} {{time|12-16}} подтверждаю. Звоните мужу: [[@phone:RU:ru8dash]]. [[sig|Наталья]]""",
    # 10 travel agency
    """Тема: Туристы по туру {{@order:ТР-#####}} {{city|Сочи}}

Здравствуйте, [[sal|Марина]]!

Данные для страховки:
1. [[oth|Фролов Артём Олегович]], СНИЛС [[@snils:dash]]
2. [[oth|Фролова Дарья Андреевна]], СНИЛС [[@snils:dash]]
3. [[oth|Фролова Вера Артёмовна]], ИНН [[@innp]]

Доплату {{amount|38 600 ₽}} внесу картой [[@card:group]].

--
[[sig|Артём Фролов]]""",
    # 11 e-learning, invoice request
    """Здравствуйте!
Меня зовут [[intro|Евгения Смирнова]], я ИП. Оплатила годовой доступ к курсам ({{amount|14 990 ₽}}, лицензия {{@order:ЛЦ-######}}). Прошу выставить счёт на ИП Смирнова Е. А., ИНН [[@innp]], ОГРНИП [[@ogrn:15]].
Спасибо,
[[sig|Е. Смирнова]]""",
    # 12 pet shop review
    """Отзыв о магазине «{{cbrand|Зоомир Карпова}}»: корм пришёл за {{quantity|3 дня}}, трек {{@tracking:##############}}, всё целое. Минус – не положили обещанный подарок. Оценка {{quantity|4 из 5}}. [[sig|Людмила]]""",
    # 13 voicemail
    """[Голосовая почта {{date|13.03}} {{time|18:05}}]
«Здравствуйте, это [[intro|Павел Николаев]], звоню по возврату самоката, заказ {{@order:#########}}. Курьер не приехал. Перезвоните мне на [[@phone:RU:ru8plain]] или жене [[oth|Светлане]] на [[@phone:RU:ruintlsp]]. ИНН для возврата, если нужно, [[@innp]]. Спасибо.»""",
    # 14 second-hand marketplace dispute
    """Спор по сделке {{@order:СД-#########}}

Покупатель: [[oth|Ксения Морозова]]
Продавец: [[oth|Игорь Зайцев]]

Оплатила детскую коляску {{amount|12 500 ₽}} переводом на карту продавца [[@card:mirplain]] {{date|04.03}}. Посылка {{@tracking:##############}} {{quantity|9 дней}} в статусе «принята». Продавец не отвечает.
Возврат прошу на карту [[@card:mirgroup]].""",
    # 15 bike sharing
    """Добрый день!
Велосипед {{@product:В-#####}} не удалось вернуть на станции у {{street_as_brand|памятника Пушкину}}, списали {{amount|540 ₽}}. Моя карта [[@card:mirdash]]. В истории вижу ещё номер {{@bad:card:group}} – это не моя карта.
[[sig|Глеб Соколов]]
[[email|gleb.sokolov@yandeks-pochta.ru]]""",
    # 16 wedding venue
    """Тема: данные для договора – свадьба {{date|12.07.2025}}

Добрый день!
Для договора аренды зала (пакет {{product_code|ЛЮКС-90}}, {{quantity|90 гостей}}):
Жених: [[oth|Андрей Калинин]], ИНН [[@innp]]
Невеста: [[oth|Полина Орлова]], СНИЛС [[@snils]]
Задаток {{amount|60 000 ₽}} переведём после подписания. В счёте указан ИНН площадки [[@inn]], а ОГРН [[@ogrn]] – сверьте, пожалуйста.
[[sig|Полина и Андрей]]""",
    # 17 airline ground handling
    """АКТ О ПОВРЕЖДЕНИИ БАГАЖА (PIR {{@ticket:SVO@@#####}})
Рейс: {{product_code|SU 1402}}, {{date|19.03.2025}}
Пассажир: [[oth|Медведева Алла Юрьевна]]
СНИЛС: [[@snils:dash]]
Адрес: [[address|г. Пермь, ул. Ленина, д. 60, кв. 9]]
Телефон: [[@phone:RU:intl]]
Карта для компенсации: [[@card:mir]]
Принял: {{job_title|агент наземного обслуживания}} [[sig|Д. Сафин]]""",
    # 18 internal forward (no PII)
    """FW: срочно – жалобы без ответа
{{team_name|Отдел претензий}}, прошу закрыть {{@ticket:ПР-#####}} и {{@ticket:ПР-#####}} до {{date|пятницы}}. Корректировочный счёт {{@invoice:КС-####/25}} на {{amount|2 180 ₽}} ещё не выставлен.
{{greeting_without_name|Спасибо}}""",
    # 19 pharmacy chat
    """[Чат с фармацевтом]
Фармацевт [[oth|Елена]]: Здравствуйте! Для электронного рецепта нужен СНИЛС.
Клиент: здравствуйте, я [[intro|Олег Васильев]], снилс [[@snils:plain]], рецепт для отца, его снилс [[@snils:dash]]
Фармацевт [[oth|Елена]]: Спасибо, препарат в наличии, {{quantity|2 упаковки}}, {{amount|1 380 ₽}}.""",
    # 20 B2B supplier change
    """Уважаемая [[sal|Татьяна Ивановна]]!

По договору {{@contract:ДП-####/##}} на питание в детском саду сообщаем новые реквизиты:
ООО «{{cbrand|Столовая Баранова}}»
ИНН [[@inn]], ОГРН [[@ogrn]]
Цена {{amount|185 ₽}} за порцию без изменений.

С уважением,
[[sig|Баранов Олег Петрович]]
{{job_title|генеральный директор}}
[[@phone:RU:ruintl]]""",
]

# =========================================================================== uk

ITEMS["uk"] = [
    # 01 online pharmacy, e-mail with a quoted reply
    """Тема: Re: Замовлення {{@order:АП-#######}} – бракує ліків

{{greeting_without_name|Добрий день!}}

У посилці не було препарату за рецептом. Для повернення коштів: РНОКПП [[@rnokpp:female]], сума {{amount|486 грн}}, рахунок [[@iban:UA:group]].

З повагою,
[[sig|Оксана Мельничук]]
[[@phone:UA:ua0]]

> {{date|06.03.2025}} о {{time|09:35}} {{team_name|Служба підтримки}} написала:
> Звернення зареєстровано за номером {{@ticket:ЗВ-######}}.
> [[sig|Консультант Ірина Гнатюк]]""",
    # 02 car rental, web form
    """Анкета клієнта – прокат авто
ПІБ: [[oth|Коваленко Андрій Вікторович]]
РНОКПП: [[@rnokpp:male:mid]]
Телефон: [[@phone:UA:intl]]
E-mail: [[email|a.kovalenko@skrynka-ua.net]]
Отримання: {{city|Львів}}, аеропорт, {{date|16.04.2025}} {{time|12:00}}
Повернення: {{city|Київ}}, {{date|21.04.2025}}
Картка для застави: [[@card]]
Клас: {{product_code|C-HATCH}}""",
    # 03 kindergarten
    """Шановна [[sal|пані Людмило]]!

Надсилаю дані для зарахування до садочка: донька [[oth|Соломія Бондар]], РНОКПП дитини [[@rnokpp:child:girl]]. Мати: [[oth|Бондар Христина Олегівна]], РНОКПП [[@rnokpp:female:mid]]. Батьківську плату {{amount|1 100 грн}} сплачуватимемо з рахунку [[@iban:UA:compact]].

З повагою,
[[sig|Х. Бондар]]
[[address|м. Вінниця, вул. Соборна, 27, кв. 14]]""",
    # 04 furniture maker, B2B order
    """ЗАМОВЛЕННЯ № {{@order:ЗМ-####/25}}

Постачальник: ТОВ «{{cbrand|Меблі Кравця}}»
Покупець: ТОВ «Готель Карпатський»
Код ЄДРПОУ: [[@edrpou]]
IBAN: [[@iban:UA:group]]
Адреса: [[address|76018, м. Івано-Франківськ, вул. Незалежності, 55]]

{{product_code|ЛЖ-90}} ліжко – {{quantity|20 шт.}}
{{product_code|ШФ-2}} шафа – {{quantity|10 шт.}}
Контакт: [[oth|Мирослава Савчук]], {{job_title|заступниця директора}}, [[@phone:UA:fintl]]""",
    # 05 cinema review
    """★★★☆☆ Застосунок кінотеатру
Купила {{quantity|2 квитки}} на {{time|19:00}} у {{city|Дніпрі}} за {{amount|360 грн}}, код {{@order:КН######}} на вході не зчитався. Версія {{version|6.0.2}}. [[sig|Аліна]]""",
    # 06 gym chat
    """[Чат – мережа спортклубів]
Бот: Введіть номер абонемента.
Клієнт: {{@contract:АБ-######}}
Оператор [[oth|Назар]]: Доброго дня! Чим допомогти?
Клієнт: Вітаю, мене звати [[intro|Олена Кравчук]]. З картки [[@card:group]] двічі списали {{amount|9 600 грн}}. Поверніть, будь ласка, на [[@iban:UA:lc]].
Оператор [[oth|Назар]]: Бачу два списання від {{date|03.03}}, заявка {{@ticket:ПВ-######}}.""",
    # 07 real-estate agency
    """Добрий день, [[sal|пане Тарасе]]!

До договору оренди квартири на {{street_as_brand|вулиці Шевченка}} ({{city|Черкаси}}) надсилаю дані орендодавця: [[oth|Литвиненко Василь Іванович]], РНОКПП [[@rnokpp:senior:male]], депозит {{amount|18 000 грн}} – на рахунок [[@iban:UA:group]].
Договір з агентством № {{@contract:АГ/###/####}}.

[[sig|В. Литвиненко]]""",
    # 08 municipal water utility
    """До абонентського відділу водоканалу

Скарга

Я, [[intro|Ткачук Галина Петрівна]], проживаю за адресою: [[address|м. Житомир, вул. Київська, 19, кв. 3]], РНОКПП [[@rnokpp:senior:female]], оскаржую рахунок {{@invoice:ВК-########}} на {{amount|1 274,60 грн}}. Лічильник № {{@meter:ЛЧ########}} замінено {{date|17.01.2025}}, нараховано {{quantity|68 м³}} за нормою.

Переплату прошу повернути на рахунок [[@iban:UA:compact]].

{{date|22.02.2025}}            [[sig|Г. П. Ткачук]]""",
    # 09 SMS reply
    """Так, доставку дивана {{date|у суботу}} {{time|10-14}} підтверджую. Телефонуйте на [[@phone:UA:ua0sp]]. [[sig|Віра]]""",
    # 10 travel agency
    """Тема: Туристи – тур {{@order:ТУ-#####}} {{city|Єгипет}}

Вітаю, [[sal|Юліє]]!

Дані для страхування:
1. [[oth|Мороз Дмитро Сергійович]], РНОКПП [[@rnokpp:male:mid]]
2. [[oth|Мороз Анна Ігорівна]], РНОКПП [[@rnokpp:female:mid]]
3. [[oth|Мороз Максим Дмитрович]], РНОКПП [[@rnokpp:child:boy]]

Доплату {{amount|21 400 грн}} внесу карткою [[@card:dash]].
[[sig|Дмитро Мороз]]""",
    # 11 e-learning, invoice request
    """Добрий день!
Мене звати [[intro|Поліна Гордієнко]], я ФОП. Оплатила річний доступ ({{amount|3 990 грн}}, ліцензія {{@order:ЛЦ-######}}). Прошу рахунок на ФОП Гордієнко П. В., РНОКПП [[@rnokpp:female]], IBAN [[@iban:UA:group]].
Дякую,
[[sig|П. Гордієнко]]""",
    # 12 pet shop review
    """Відгук про магазин «{{cbrand|Зоосвіт Олійника}}»: корм прийшов за {{quantity|2 дні}}, ТТН {{@tracking:##############}}, усе ціле. Оцінка {{quantity|5 з 5}}. [[sig|Марта]]""",
    # 13 voicemail
    """[Голосова пошта {{date|14.03}} {{time|17:15}}]
«Добрий день, це [[intro|Богдан Ковальчук]], телефоную щодо повернення електросамоката, замовлення {{@order:#########}}. Передзвоніть на [[@phone:UA:ua38]] або дружині [[oth|Ользі]]. Рахунок для повернення [[@iban:UA:compact]]. Дякую.»""",
    # 14 second-hand marketplace dispute
    """Спір щодо угоди {{@order:УГ-#########}}

Покупець: [[oth|Вікторія Шевчук]]
Продавець: [[oth|Степан Павленко]]

Сплатила {{amount|4 500 грн}} за дитячий візок на картку продавця [[@card:plain]] {{date|05.03}}. Посилка {{@tracking:##############}} {{quantity|8 днів}} у статусі «прийнято».
Повернення прошу на [[@iban:UA:group]], РНОКПП [[@rnokpp:female]].""",
    # 15 bike sharing
    """Добрий день!
Велосипед {{@product:В-#####}} не вдалося повернути на станції біля {{street_as_brand|площі Івана Франка}}, списали {{amount|210 грн}}. Моя картка [[@card:group]]. В історії є ще номер {{@bad:card:group}} – це не моя картка.
[[sig|Ярослав Бойко]]
[[email|yaroslav.boiko@poshtova.com.ua]]""",
    # 16 wedding venue
    """Тема: дані для договору – весілля {{date|19.07.2025}}

Добрий день!
Для договору оренди зали (пакет {{product_code|ПРЕМІУМ-70}}, {{quantity|70 гостей}}):
Наречений: [[oth|Остап Гнатів]], РНОКПП [[@rnokpp:male:mid]]
Наречена: [[oth|Іванна Левчук]], РНОКПП [[@rnokpp:female:mid]]
Завдаток {{amount|30 000 грн}} сплатимо після підписання. У рахунку код ЄДРПОУ зали [[@edrpou]] – перевірте, будь ласка.
[[sig|Іванна та Остап]]""",
    # 17 airline ground handling
    """АКТ ПОШКОДЖЕННЯ БАГАЖУ (PIR {{@ticket:LWO@@#####}})
Рейс: {{product_code|PQ 7103}}, {{date|20.03.2025}}
Пасажир: [[oth|Кириленко Лариса Миколаївна]]
РНОКПП: [[@rnokpp:female]]
Адреса: [[address|м. Луцьк, вул. Лесі Українки, 30, кв. 8]]
Телефон: [[@phone:UA:ua380]]
IBAN для компенсації: [[@iban:UA:compact]]
Прийняв: {{job_title|агент наземного обслуговування}} [[sig|Р. Данилюк]]""",
    # 18 internal forward (no PII)
    """FW: терміново – скарги без відповіді
{{team_name|Відділ претензій}}, прошу закрити {{@ticket:СК-#####}} і {{@ticket:СК-#####}} до {{date|п'ятниці}}. Коригувальний рахунок {{@invoice:КР-####/25}} на {{amount|740 грн}} ще не виставлено.
{{greeting_without_name|Дякую}}""",
    # 19 pharmacy chat
    """[Чат з фармацевтом]
Фармацевтка [[oth|Наталія]]: Вітаю! Для е-рецепта потрібен РНОКПП.
Клієнт: добрий день, я [[intro|Віталій Руденко]], рнокпп [[@rnokpp:male]], рецепт для мами [[@rnokpp:senior:female]]
Фармацевтка [[oth|Наталія]]: Дякую, препарат є, {{quantity|2 упаковки}}, {{amount|312 грн}}.""",
    # 20 B2B supplier change
    """Шановна [[sal|Тетяно Миколаївно]]!

За договором {{@contract:ДГ-####/##}} на харчування в садочку повідомляємо нові реквізити:
ТОВ «{{cbrand|Їдальня Гончаренка}}», ЄДРПОУ [[@edrpou]]
IBAN [[@iban:UA:group]]
Ціна {{amount|62 грн}} за порцію без змін.

З повагою,
[[sig|Гончаренко Петро Андрійович]]
{{job_title|директор}}
[[@phone:UA:intl]]""",
]

# =========================================================================== en

ITEMS["en"] = [
    # 01 online pharmacy, e-mail with a quoted reply
    """Subject: Re: Order {{@order:RX-#######}} – item missing

{{greeting_without_name|Hello,}}

My prescription item was missing from the parcel. My NHS number is [[@nhs:sp]] if you need it for the pharmacist. Please refund {{amount|£18.40}} to the card I paid with, [[@card]].

Kind regards,
[[sig|Eleanor Pritchard]]
[[@phone:GB:mintl]]

> On {{date|5 Mar 2025}} at {{time|10:12}}, {{team_name|Customer Care Team}} wrote:
> Your case reference is {{@ticket:CS-######}}.
> [[sig|Gareth Lloyd]], {{job_title|Dispensary Assistant}}""",
    # 02 car rental, web form
    """Rental booking form
Full name: [[oth|Callum Henderson]]
Date of birth: {{date|14/08/1986}}
Mobile: [[@phone:GB:nat]]
Email: [[email|callum.henderson@mailbox-uk.net]]
Pick-up: {{city|Edinburgh}} Airport, {{date|11 Apr 2025}} {{time|09:30}}
Return: {{city|Glasgow}}, {{date|15 Apr 2025}}
Deposit card: [[@card:plain]]
Company billing (VAT no.): [[@gbvat:gbsp]]
Vehicle group: {{product_code|EDMR}}, booking {{@order:BK######}}""",
    # 03 kindergarten / nursery
    """Dear [[sal|Mrs Whitfield]],

Please find our details for the nursery funding form: child [[oth|Poppy Harrington]], NHS no. [[@nhs:plain]]. Parent: [[oth|Laura Harrington]], NHS [[@nhs:sp]]. Fees of {{amount|£420}} a month will come from [[@iban:GB:group]].

Many thanks,
[[sig|Laura Harrington]]
[[address|27 Ashgrove Road, Leeds LS6 2DR]]""",
    # 04 furniture maker, B2B order
    """PURCHASE ORDER {{@order:PO-#####}}

Supplier: {{cbrand|Thornton & Hale Joinery}} Ltd
Buyer: Harbourview Hotel Ltd
VAT reg.: [[@gbvat:gbsp]]
UTR: [[@utr:sp]]
Remit refunds to: [[@iban:GB:compact]]
Delivery: [[address|3 Quay Street, Whitby YO21 3PT]]

{{product_code|BED-135}} oak double bed – {{quantity|18 units}}
{{product_code|WRD-2D}} wardrobe – {{quantity|18 units}}
Contact: [[oth|Fiona MacLeod]], {{job_title|Operations Manager}}, [[@phone:GB:fintl]]""",
    # 05 cinema review
    """★★☆☆☆ Cinema app
Bought {{quantity|2 tickets}} for the {{time|8:45pm}} showing in {{city|Bristol}}, {{amount|£23.80}}, but booking code {{@order:CN######}} wouldn't scan. Version {{version|7.2.0}} keeps crashing. – [[sig|Dan]]""",
    # 06 gym chat
    """[Live chat – gym membership]
Bot: Please enter your membership number.
Customer: {{@contract:GM-######}}
Agent [[oth|Priya]]: Hi, how can I help?
Customer: Hi, I'm [[intro|Owen Gallagher]]. My card [[@card:group]] was charged {{amount|£34.99}} twice this month. Can you refund to my account [[@iban:GB:group]]?
Agent [[oth|Priya]]: I can see both payments from {{date|1 March}}. Refund request {{@ticket:RF-######}} raised.""",
    # 07 real-estate agency
    """Hi [[sal|Marcus]],

For the tenancy at the flat on {{street_as_brand|Nelson Street}} in {{city|Manchester}}, landlord details: [[oth|Gordon Ashby]], UTR [[@utr]] (he lets it as a sole trader). Deposit {{amount|£1,150}} to [[@iban:GB:lcgroup]].
Agency agreement {{@contract:AG/###/####}}.

Cheers,
[[sig|Gordon Ashby]]""",
    # 08 municipal water utility
    """Customer Services, Water Utility

Billing complaint

I, [[intro|Margaret Doyle]], of [[address|14 Elm Close, Norwich NR3 1HG]], dispute bill {{@invoice:WB########}} for {{amount|£312.66}}. Meter {{@meter:MT##########}} was replaced on {{date|16 January 2025}} and the estimated {{quantity|84 m³}} is wrong.

Please refund the overpayment to [[@iban:GB:group]].

{{date|21 February 2025}}
[[sig|M. Doyle]]""",
    # 09 SMS reply
    """YES confirm sofa delivery {{date|Sat}} {{time|10-2}}. Ring my partner on [[@phone:GB:mnat]] if no answer. [[sig|Jess]]""",
    # 10 travel agency
    """Subject: Passengers – holiday {{@order:TH-#####}} {{city|Lanzarote}}

Hello [[sal|Sophie]],

Details for the travel insurance:
1. [[oth|Nathan Brooks]], NHS [[@nhs:sp]]
2. [[oth|Kirsty Brooks]], NHS [[@nhs:dash]]
3. [[oth|Ruby Brooks]], NHS [[@nhs:sp]]

I'll pay the balance of {{amount|£1,286}} by card [[@card:dash]].

--
[[sig|Nathan Brooks]]""",
    # 11 e-learning, invoice request
    """Hi,
I'm [[intro|Rachel Okafor]], a self-employed bookkeeper. I bought the annual plan ({{amount|£149}}, licence {{@order:LC######}}) and need a VAT invoice: Okafor Bookkeeping, VAT [[@gbvat]], UTR [[@utr]].
Thanks,
[[sig|R. Okafor]]""",
    # 12 pet shop review
    """Review for {{cbrand|Barker & Finch Pet Supplies}}: cat food arrived in {{quantity|2 days}}, tracking {{@tracking:@@#########GB}}, well packed. Missing the free sample though. {{quantity|4/5}}. [[sig|Hannah]]""",
    # 13 voicemail
    """[Voicemail {{date|13 Mar}} {{time|16:30}}]
“Hi, it's [[intro|Liam Forsyth]], calling about returning the e-bike, order {{@order:#########}}. Courier never came. Call me back on [[@phone:GB:gbsp]] or my wife [[oth|Claire]] on [[@phone:GB:mintl]]. Refund can go to [[@iban:GB:compact]]. Thanks, bye.”""",
    # 14 second-hand marketplace dispute
    """Dispute – transaction {{@order:TX-#########}}

Buyer: [[oth|Megan Rhodes]]
Seller: [[oth|Stuart Kemp]]

I paid {{amount|£240}} for a pram by bank transfer to the seller's account [[@iban:GB:group]] on {{date|4 March}}. Parcel {{@tracking:@@#########GB}} has said "posted" for {{quantity|9 days}}.
Refund to [[@iban:GB:group]] please.""",
    # 15 bike sharing
    """Hello,
Bike {{@product:B-#####}} wouldn't lock at the dock by {{street_as_brand|Cromwell Road}}, I was charged {{amount|£14.20}}. My card is [[@card:plain]]. I also see {{@bad:card:group}} in my history – not my card. Refund to [[@iban:GB:lc]] please.
[[sig|Tom Ellery]]
[[email|tom.ellery@postbox-mail.co.uk]]""",
    # 16 wedding venue
    """Subject: contract details – wedding {{date|26 July 2025}}

Hi,
For the barn booking (package {{product_code|RUSTIC-110}}, {{quantity|110 guests}}):
Groom: [[oth|James Whitaker]], NHS [[@nhs:sp]]
Bride: [[oth|Isla Fraser]], NHS [[@nhs:plain]]
We'll pay the {{amount|£3,000}} deposit once signed. Your invoice shows VAT no. [[@gbvat:plain]] but the website has another – which is right?
[[sig|Isla & James]]""",
    # 17 airline ground handling
    """PROPERTY IRREGULARITY REPORT {{@ticket:MAN@@#####}}
Flight: {{product_code|LS 0871}}, {{date|18 Mar 2025}}
Passenger: [[oth|Derek Sutcliffe]]
Address: [[address|9 Mill Lane, Preston PR1 4AB]]
Phone: [[@phone:GB:e164]]
Compensation account: [[@iban:GB:compact]]
Card on booking: [[@card]]
Taken by: [[sig|K. Nwosu]], {{job_title|Ground Handling Agent}}""",
    # 18 internal forward (no PII)
    """FW: urgent – complaints overdue
{{team_name|Complaints Team}}, please close {{@ticket:CP-#####}} and {{@ticket:CP-#####}} by {{date|Friday}}. Credit note {{@invoice:CN-####/25}} for {{amount|£96.00}} not issued yet.
{{greeting_without_name|Thanks all}}""",
    # 19 pharmacy chat
    """[Chat with pharmacist]
Pharmacist [[oth|Aisha]]: Hi! Could you give me the NHS number on the prescription?
Customer: hi, I'm [[intro|Craig Dunmore]], nhs [[@nhs:plain]], it's for my dad too, his is [[@nhs:sp]]
Pharmacist [[oth|Aisha]]: Thanks, in stock, {{quantity|2 packs}}, {{amount|£19.80}}.""",
    # 20 B2B supplier change
    """Dear [[sal|Ms Carrington]],

Re contract {{@contract:SC-####/##}} for school meals at the nursery, our details have changed:
{{cbrand|Pemberton Catering}} Ltd, VAT [[@gbvat:gb]], UTR [[@utr:sp]]
New account: [[@iban:GB:group]]
Price of {{amount|£2.45}} per meal unchanged.

Yours sincerely,
[[sig|Howard Pemberton]]
{{job_title|Managing Director}}
[[@phone:GB:fintl]]""",
]

# =========================================================================== de

ITEMS["de"] = [
    # 01 online pharmacy, e-mail with a quoted reply
    """Betreff: AW: Bestellung {{@order:AP-#######}} – Medikament fehlt

{{greeting_without_name|Guten Tag,}}

im Paket fehlte das Medikament vom E-Rezept. Bitte erstatten Sie {{amount|23,95 €}} auf mein Konto [[@iban:DE:group]]. Bezahlt hatte ich mit der Karte [[@card:dots]].

Mit freundlichen Grüßen
[[sig|Sabine Krüger]]
[[@phone:DE:mintl]]

> Am {{date|05.03.2025}} um {{time|10:40}} schrieb {{team_name|Ihr Kundenservice-Team}}:
> Ihr Anliegen hat die Nummer {{@ticket:KS-######}}.
> [[sig|Jonas Brandt]], {{job_title|pharmazeutisch-technischer Assistent}}""",
    # 02 car rental, web form
    """Mietvertrag – Online-Formular
Name: [[oth|Felix Hartmann]]
Geburtsdatum: {{date|22.09.1984}}
Telefon: [[@phone:DE:deslash]]
E-Mail: [[email|felix.hartmann@postfach-mail.de]]
Abholung: {{city|München}} Flughafen, {{date|12.04.2025}} {{time|08:00}}
Rückgabe: {{city|Salzburg}}, {{date|18.04.2025}}
Kaution per Kreditkarte: [[@card]]
Firmenkunde, USt-IdNr.: [[@ustid:desp]]
Fahrzeuggruppe: {{product_code|CDMR}}, Buchung {{@order:MV######}}""",
    # 03 kindergarten
    """Sehr geehrte [[sal|Frau Lindner]],

für die Kita-Anmeldung unseres Sohnes [[oth|Leon Vogt]] ab {{date|August 2025}} reiche ich die Daten nach: Steuer-ID des Kindes [[@idnr:sp]], meine Steuer-ID [[@idnr]] (für die Bescheinigung der Betreuungskosten). Den Beitrag von {{amount|210 €}} buchen Sie bitte von [[@iban:DE:group]] ab.

Viele Grüße
[[sig|Miriam Vogt]]
[[address|Lindenstraße 14, 04109 Leipzig]]""",
    # 04 furniture maker, B2B order
    """BESTELLUNG Nr. {{@order:BS-####/25}}

Lieferant: {{cbrand|Schreinerei Baumgartner}} GmbH
Besteller: Landhotel Seeblick GmbH
[[address|Uferweg 3, 82319 Starnberg]]
USt-IdNr.: [[@ustid]]
Bankverbindung: [[@iban:DE:compact]]

{{product_code|BT-180}} Doppelbett Eiche – {{quantity|22 Stück}}
{{product_code|NT-01}} Nachttisch – {{quantity|44 Stück}}
Ansprechpartnerin: [[oth|Claudia Reiter]], {{job_title|Hausdamenleitung}}, [[@phone:DE:fintl]]""",
    # 05 cinema review
    """★★☆☆☆ Kino-App
{{quantity|3 Tickets}} für {{time|20:30}} in {{city|Köln}} gekauft ({{amount|38,70 €}}), aber der Code {{@order:KI######}} ließ sich am Einlass nicht scannen. Version {{version|9.1.4}} stürzt ständig ab. – [[sig|Tobi]]""",
    # 06 gym chat
    """[Chat – Fitnessstudio-Kette]
Bot: Bitte geben Sie Ihre Mitgliedsnummer ein.
Kunde: {{@contract:MG-######}}
Mitarbeiterin [[oth|Jana]]: Hallo, wie kann ich helfen?
Kunde: Hallo, hier ist [[intro|Dennis Albrecht]]. Von meiner Karte [[@card:group]] wurden {{amount|29,90 €}} doppelt abgebucht. Bitte auf [[@iban:DE:lcgroup]] zurück.
Mitarbeiterin [[oth|Jana]]: Ich sehe beide Buchungen vom {{date|01.03.}}. Erstattung {{@ticket:ER-######}} ist angelegt.""",
    # 07 real-estate agency
    """Hallo [[sal|Herr Dr. Weigand]],

zum Mietvertrag für die Wohnung in der {{street_as_brand|Goethestraße}} ({{city|Frankfurt am Main}}) die Daten des Vermieters: [[oth|Helmut Engel]], Steuer-ID [[@idnr:sp4]]. Die Kaution von {{amount|2.850 €}} bitte auf [[@iban:DE:group]].
Maklervertrag {{@contract:MV/###/####}}.

Beste Grüße
[[sig|Helmut Engel]]""",
    # 08 municipal water utility
    """Stadtwerke – Kundenservice Wasser

Beschwerde zur Jahresabrechnung

Ich, [[intro|Ingrid Schäfer]], wohnhaft [[address|Bahnhofstraße 7, 34117 Kassel]], widerspreche der Rechnung {{@invoice:WR########}} über {{amount|486,20 €}}. Der Zähler Nr. {{@meter:WZ##########}} wurde am {{date|15.01.2025}} getauscht, {{quantity|102 m³}} sind geschätzt.

Guthaben bitte auf [[@iban:DE:group]].

Kassel, {{date|21.02.2025}}
[[sig|I. Schäfer]]""",
    # 09 SMS reply
    """JA, Lieferung Sofa {{date|Samstag}} {{time|10-14 Uhr}} passt. Bei Fragen meinen Mann anrufen: [[@phone:DE:mdedash]]. [[sig|Petra]]""",
    # 10 travel agency
    """Betreff: Reiseteilnehmer – Buchung {{@order:RB-#####}} {{city|Mallorca}}

Hallo [[sal|Frau Berger]],

anbei die Daten für die Reiserücktrittsversicherung:
1. [[oth|Sebastian Kühn]], Steuer-ID [[@idnr]]
2. [[oth|Anja Kühn]], Steuer-ID [[@idnr:sp]]
Den Restbetrag von {{amount|1.940 €}} zahle ich mit Karte [[@card:dash]].

--
[[sig|Sebastian Kühn]]""",
    # 11 e-learning, invoice request
    """Guten Tag,
ich bin [[intro|Katharina Voss]], freiberufliche Übersetzerin. Ich habe das Jahresabo gekauft ({{amount|189 €}}, Lizenz {{@order:LZ######}}) und brauche eine Rechnung: Übersetzungsbüro Voss, USt-IdNr. [[@ustid]], Steuer-ID [[@idnr:sp4]], Konto [[@iban:DE:compact]].
Danke
[[sig|K. Voss]]""",
    # 12 pet shop review
    """Bewertung für {{cbrand|Zoofachhandel Möller}}: Futter kam nach {{quantity|2 Tagen}}, Sendung {{@tracking:############}} gut verpackt. Gratisprobe fehlte. {{quantity|4 von 5}}. [[sig|Uwe]]""",
    # 13 voicemail
    """[Mailbox {{date|13.03.}} {{time|17:50}}]
„Ja, hallo, hier ist [[intro|Stefan Lorenz]], es geht um die Rücksendung vom E-Bike, Bestellung {{@order:#########}}. Der Kurier kam nicht. Rufen Sie mich bitte an unter [[@phone:DE:de0]] oder meine Frau [[oth|Nicole]] unter [[@phone:DE:mnat]]. Erstattung auf [[@iban:DE:compact]]. Danke, tschüss.“""",
    # 14 second-hand marketplace dispute
    """Streitfall – Transaktion {{@order:TR-#########}}

Käuferin: [[oth|Lena Fischer]]
Verkäufer: [[oth|Markus Böhm]] (Österreich, UID [[@atu]])

Ich habe {{amount|320 €}} für einen Kinderwagen auf das Konto des Verkäufers [[@iban:AT:group]] überwiesen ({{date|04.03.}}). Sendung {{@tracking:############}} seit {{quantity|9 Tagen}} „eingeliefert“.
Erstattung bitte auf [[@iban:DE:group]].""",
    # 15 bike sharing
    """Hallo,
das Rad {{@product:R-#####}} ließ sich an der Station am {{street_as_brand|Willy-Brandt-Platz}} nicht zurückgeben, berechnet wurden {{amount|12,50 €}}. Meine Karte ist [[@card:plain]]. In der Historie steht außerdem {{@bad:card:group}} – das ist nicht meine Karte. Erstattung bitte auf [[@iban:DE:dash]].
[[sig|Moritz Seidel]]
[[email|moritz.seidel@briefkasten-web.de]]""",
    # 16 wedding venue
    """Betreff: Vertragsdaten – Hochzeit {{date|09.08.2025}}

Hallo,
für die Buchung der Scheune (Paket {{product_code|LANDLIEBE-90}}, {{quantity|90 Gäste}}):
Bräutigam: [[oth|Florian Haas]], Steuer-ID [[@idnr]]
Braut: [[oth|Johanna Roth]], Steuer-ID [[@idnr:sp4]]
Die Anzahlung {{amount|3.500 €}} überweisen wir nach Unterschrift. Auf Ihrer Rechnung steht USt-IdNr. [[@ustid:de]], auf der Website eine andere – welche stimmt?
[[sig|Johanna & Florian]]""",
    # 17 airline ground handling
    """SCHADENSMELDUNG GEPÄCK (PIR {{@ticket:FRA@@#####}})
Flug: {{product_code|EW 9054}}, {{date|19.03.2025}}
Passagier: [[oth|Gerhard Wolff]]
Anschrift: [[address|Am Markt 5, 99084 Erfurt]]
Telefon: [[@phone:DE:intl]]
Konto für Entschädigung: [[@iban:DE:group]]
Kreditkarte der Buchung: [[@card]]
Aufgenommen: {{job_title|Bodenverkehrsdienst-Agent}} [[sig|T. Yilmaz]]""",
    # 18 internal forward (no PII)
    """WG: dringend – offene Reklamationen
{{team_name|Team Reklamation}}, bitte {{@ticket:RK-#####}} und {{@ticket:RK-#####}} bis {{date|Freitag}} abschließen. Gutschrift {{@invoice:GS-####/25}} über {{amount|74,00 €}} noch nicht erstellt.
{{greeting_without_name|Danke euch}}""",
    # 19 pharmacy chat
    """[Chat mit der Apotheke]
Apothekerin [[oth|Frau Nowak]]: Hallo! Für die Rechnung an die Beihilfe brauche ich Ihre Steuer-ID.
Kunde: hallo, ich bin [[intro|Rainer Zimmer]], steuer-id [[@idnr:sp]], das Rezept ist für meine Mutter, ihre ist [[@idnr]]
Apothekerin [[oth|Frau Nowak]]: Danke, {{quantity|2 Packungen}}, {{amount|17,40 €}}.""",
    # 20 B2B supplier change
    """Sehr geehrter [[sal|Herr Kaiser]],

zum Vertrag {{@contract:VP-####/##}} über die Mittagsverpflegung der Kita teilen wir neue Daten mit:
{{cbrand|Großküche Brunner}} GmbH, USt-IdNr. [[@ustid:desp]]
Österreichische Filiale: UID [[@atu:sp]]
neues Konto: [[@iban:DE:group]]
Preis {{amount|3,80 €}} pro Essen unverändert.

Mit freundlichen Grüßen
[[sig|Andreas Brunner]]
{{job_title|Geschäftsführer}}
[[@phone:DE:fintl]]""",
]

# ----------------------------------------------------------------------------- main

CHECKSUM_KINDS = {"card", "iban", "pesel", "birth_number", "national_id", "tax_id"}
MINIMA = {
    "signature": 5,
    "salutation": 3,
    "self_intro": 2,
    "checksum_id": 35,
    "name": 20,
    "phone": 4,
    "email": 2,
    "address": 2,
    "order_or_invoice_keep": 3,
    "surname_company_keep": 1,
}


def tally(rows: list[dict]) -> collections.Counter:
    c = collections.Counter()
    for r in rows:
        c["surname_company_keep"] += r["_surname_companies"]
        for s in r["pii"]:
            c[s["kind"]] += 1
            if s["kind"] == "name":
                c[s["context"]] += 1
            if s["kind"] in CHECKSUM_KINDS:
                c["checksum_id"] += 1
        for s in r["keep"]:
            if s["what"] in ("order_number", "invoice_number"):
                c["order_or_invoice_keep"] += 1
    return c


def build() -> list[dict]:
    rows = []
    for lang in LANGS:
        items = ITEMS[lang]
        assert len(items) == 20, (lang, len(items))
        for i, template in enumerate(items, 1):
            rows.append(fill(f"b15-{lang}-{i:02d}", lang, template))
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "two items share a text"
    for lang in LANGS:
        t = tally([r for r in rows if r["lang"] == lang])
        for key, need in MINIMA.items():
            assert t[key] >= need, (lang, key, t[key], need)
    no_pii = sum(not r["pii"] for r in rows)
    assert 8 <= no_pii <= 12, no_pii
    t = tally(rows)
    total = sum(len(r["pii"]) for r in rows)
    assert 0.15 <= t["name"] / total <= 0.45, t["name"] / total
    assert 0.40 <= t["checksum_id"] / total <= 0.70, t["checksum_id"] / total
    keeps = sum(len(r["keep"]) for r in rows)
    assert 2.0 <= keeps / len(rows) <= 6.0, keeps / len(rows)
    return rows


def dump(rows: list[dict]) -> str:
    out = []
    for r in rows:
        rec = {k: v for k, v in r.items() if not k.startswith("_")}
        out.append(json.dumps(rec, ensure_ascii=False) + "\n")
    return "".join(out)


def counts(rows: list[dict]) -> None:
    kinds = collections.Counter(s["kind"] for r in rows for s in r["pii"])
    ctx = collections.Counter(s["context"] for r in rows for s in r["pii"] if s["kind"] == "name")
    keeps = collections.Counter(s["what"] for r in rows for s in r["keep"])
    total = sum(kinds.values())
    with_name = sum(any(s["kind"] == "name" for s in r["pii"]) for r in rows)
    no_pii = sum(not r["pii"] for r in rows)
    order = [k for k, _ in kinds.most_common()]
    print("lang  items  no_pii  " + "  ".join(order) + "  keep")
    for lang in [*LANGS, "all"]:
        sub = rows if lang == "all" else [r for r in rows if r["lang"] == lang]
        kc = collections.Counter(s["kind"] for r in sub for s in r["pii"])
        print(
            f"{lang:4s}  {len(sub):5d}  {sum(not r['pii'] for r in sub):6d}  "
            + "  ".join(f"{kc[k]:{len(k)}d}" for k in order)
            + f"  {sum(len(r['keep']) for r in sub):4d}"
        )
    print()
    cols = ["signature", "salutation", "self_intro", "other"]
    cols += [c for c in MINIMA if c not in cols]
    print("lang  " + "  ".join(cols))
    for lang in [*LANGS, "all"]:
        sub = rows if lang == "all" else [r for r in rows if r["lang"] == lang]
        t = tally(sub)
        print(f"{lang:4s}  " + "  ".join(f"{t[c]:{len(c)}d}" for c in cols))
    print()
    print(f"pii spans: {total}  with a name: {with_name}  without pii: {no_pii}")
    for k, v in kinds.most_common():
        print(f"  {k:13s} {v:4d}  {100 * v / total:5.1f}%")
    print("name contexts: " + "  ".join(f"{k}={v}" for k, v in ctx.most_common()))
    print(f"keep spans: {sum(keeps.values())}")
    for k, v in keeps.most_common():
        print(f"  {k:24s} {v:4d}")


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
