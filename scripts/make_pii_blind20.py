#!/usr/bin/env python3
# ruff: noqa: E501
"""Write data/eval/pii/blind20.jsonl: a hand-written PII test split (blind, never tuned on).

140 customer texts (20 each in pl, cs, sk, ru, uk, en, de) by a separate author,
each its own hand-written template. Every language is one mid-size company's
customer-experience inbox for a week, a different industry each:

    pl  a chain of dental clinics              cs  an online grocery delivery service
    sk  a regional gas and electricity supplier ru  a chain of car washes and tyre centres
    uk  a mobile games studio (in-app purchases) en  a letting agency for student flats
    de  a bicycle leasing company for employers

Formats: long e-mails with greetings, quoted replies and signature blocks of many
shapes, chat transcripts with agents and bots, web forms, reviews, social-media and
messenger messages, complaint letters, B2B orders and invoices, SMS replies and
voicemail transcripts. Checksum identifiers of the country and its neighbours stand
next to near-misses that must survive redaction: companies named after a surname
(``{{cbrand|...}}``), team signatures, job titles, cities, shops named after streets,
greetings without a name, order/invoice/ticket numbers and contract/meter/player
numbers that fail every id check.

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Pani Anno]]      name, context salutation   (also sig / intro / oth)
    [[email|a@b.pl]]       literal PII of a kind (email, phone, address, url_token...)
    [[@pesel]]             PII value drawn by a generator (kind from GEN)
    {{city|Kraków}}        literal keep span with its `what`
    {{cbrand|Nowak Dental}} a company named after a surname: keep, what `brand`
    {{@order:####}}        keep value drawn by a generator (what from KEEP_GEN)

The machinery (filler, generators, python-stdnum / phonenumbers checks, id_valid,
--check, MINIMA) follows make_pii_blind13.py; the texts are new. The seed of every
item is fixed ("b20:" + its id).

    .venv/bin/python scripts/make_pii_blind20.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_blind20.py --check   # file on disk == output
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
OUT = ROOT / "data" / "eval" / "pii" / "blind20.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
SEED = "b20:"

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
# a chain of dental clinics (Szkliwo: Poznań, Gniezno, Leszno, Kalisz)

ITEMS["pl"] = [
    # 01 e-mail with a quoted reply, invoice for the husband's firm
    """Temat: Re: Re: faktura za leczenie kanałowe

Dzień dobry,

nadal czekam na korektę faktury {{@invoice:FV/####/04/2024}}. Faktura ma być na firmę męża, nie na mnie prywatnie: {{cbrand|Usługi Remontowe Kowalczyk}}, NIP [[@nip:dash]]. Dzwoniłam już dwa razy do recepcji w {{city|Gnieźnie}} i za każdym razem słyszę, że "przekażą dalej".

Pozdrawiam
[[sig|Marzena Kowalczyk]]
tel. [[@phone:PL:mg3]]

> W dniu {{date|12.04.2024}} o {{time|14:07}} Recepcja Szkliwo Gniezno napisał(a):
> {{greeting_without_name|Szanowna Pani}},
> dziękujemy za wiadomość. Prosimy o podanie numeru NIP firmy, na którą ma zostać wystawiona faktura korygująca.
> Z wyrazami szacunku
> {{team_name|Zespół Recepcji Szkliwo}}
""",
    # 02 web form, new patient with a child
    """Formularz rejestracji nowego pacjenta – {{brand|Szkliwo}} Poznań Jeżyce

Imię i nazwisko: [[oth|Tomasz Wróblewski]]
PESEL: [[@pesel:mid-male]]
Adres: [[address|ul. Dąbrowskiego 112 m. 7, 60-577 Poznań]]
Telefon: [[@phone:PL:mcompact]]
E-mail: [[email|t.wroblewski86@onet.pl]]
Dziecko do zapisania (opcjonalnie): [[oth|Zosia Wróblewska]], PESEL [[@pesel:child-female]]
Preferowany lekarz: [[oth|dr Agnieszka Mrozek]]
Uwagi: córka boi się borowania, prosimy o cierpliwość :)
Zgoda na przetwarzanie danych: TAK
""",
    # 03 SMS reply, first name + initial
    """Potwierdzam wizyte {{date|14.05}} {{time|9:30}}. A czy moge przyjsc z wnuczka? ma pesel [[@pesel:child-female]] i tez trzeba jej przeglad zrobic. [[sig|Halina K.]]""",
    # 04 review with the owner's answer, branch named after a street
    """[[oth|Krystyna Zawada]] · 3 opinie
★☆☆☆☆  {{date|2 tygodnie temu}}
Filia {{street_as_brand|Szkliwo Górnośląska}} w Kaliszu. Czekałam 50 minut mimo umówionej godziny, a pani w rejestracji tylko wzruszała ramionami. Sam zabieg u [[oth|dr. Bartosza Lisa]] w porządku, ale drugi raz tam nie pójdę.

Odpowiedź właściciela
[[sal|Pani Krystyno]], bardzo przepraszamy za długie oczekiwanie – tego dnia jeden z lekarzy zachorował i przesuwaliśmy wizyty. Prosimy o kontakt pod adresem [[email|jakosc@szkliwo-klinika.pl]], chcemy to wyjaśnić.
{{team_name|Zespół Szkliwo Kalisz}}
""",
    # 05 dental lab sends an invoice, two signers
    """Szanowni Państwo,

w załączeniu przesyłamy fakturę nr {{@invoice:###/LAB/2024}} za korony cyrkonowe ({{quantity|6 szt.}}) dla pacjentów filii w {{city|Lesznie}}.
Prosimy o przelew na rachunek:
[[@iban:PL:nrb]]

{{cbrand|Laboratorium Protetyczne Nowicki}} s.c.
NIP: [[@nip]]    REGON: [[@regon]]
Kwota do zapłaty: {{amount|4 380,00 zł}}, termin płatności {{date|30.04.2024}}.

Z poważaniem
[[sig|Piotr Nowicki]] i [[sig|Ewa Nowicka]]
wspólnicy
""",
    # 06 chat: bot, then an agent
    """[{{time|09:12}}] Szkliwko (bot): Cześć! W czym mogę pomóc? 🦷
[{{time|09:12}}] Gość: chce przelozyc wizyte
[{{time|09:13}}] Szkliwko (bot): Podaj proszę numer wizyty albo PESEL pacjenta.
[{{time|09:13}}] Gość: [[@pesel:g3]]
[{{time|09:13}}] Szkliwko (bot): Nie znalazłem wizyty. Przekazuję rozmowę do konsultanta.
[{{time|09:16}}] [[oth|Oliwia]] (konsultant): Dzień dobry, z tej strony [[intro|Oliwia Sadowska]]. Widzę wizytę u [[oth|dr. Rafała Czerwińskiego]] w czwartek o 16:00, na kiedy chciałby Pan ją przenieść?
[{{time|09:17}}] Gość: na sobote jesli sie da
[{{time|09:18}}] [[oth|Oliwia]] (konsultant): W sobotę przyjmuje tylko filia Leszno, {{time|10:40}} wolne. Pasuje?
""",
    # 07 formal complaint letter, sender block on top
    """[[oth|Stanisław Bąk]]
[[address|ul. Słowiańska 41/3
64-100 Leszno]]
PESEL [[@pesel:senior-male]]
dowód osobisty [[@plid:sp]]

{{city|Leszno}}, dnia {{date|3 kwietnia 2024 r.}}

Szkliwo Sp. z o.o.
Dział Reklamacji

REKLAMACJA

Niniejszym składam reklamację mostu protetycznego wykonanego w Państwa placówce w lutym br. (umowa {{@contract:UM/####/####}}). Po niecałych dwóch miesiącach most się odkleił, a przy ponownej wizycie zażądano ode mnie dopłaty {{amount|650 zł}}. Żądam bezpłatnej naprawy albo zwrotu kosztów.

Z poważaniem
[[sig|S. Bąk]]
""",
    # 08 messenger, lower case, no diacritics
    """hej, czy moge zaplacic za corke? ma na imie [[oth|julka]] i byla u was we wtorek na lakowaniu. przelew zrobilam z konta [[@iban:PL:nrbc]] ale w tytule wpisalam zly numer wizyty, powinno byc {{@order:W-######}}. sorki za zamieszanie
[[sig|aga]]""",
    # 09 employer signs staff up for a dental package, table of staff
    """Dzień dobry [[sal|Pani Moniko]],

zgodnie z naszą rozmową przesyłam listę osób do pakietu „Uśmiech Pracownika” od {{date|1 maja}}:

| Nazwisko i imię                | PESEL        |
| [[oth|Grabowski Adam]]                 | [[@pesel:mid-male]]  |
| [[oth|Lewandowska-Pietrzak Iwona]]     | [[@pesel:mid-female]]  |
| [[oth|Szymański Jerzy]]                | [[@pesel:senior-male]]  |

Dane do faktury: {{cbrand|Grabowski i Synowie}} Sp. z o.o., NIP [[@nip:plsp]], REGON [[@regon:14]]

Pozdrawiam serdecznie
[[sig|Natalia Krupa]]
{{job_title|Specjalistka ds. Kadr i Płac}}
[[@phone:PL:fintl]] wew. 214
""",
    # 10 one-line SMS signed with the surname
    """Nie dam rady jutro, dziecko chore. Prosze przelozyc na przyszly tydzien. [[sig|Kowalska]]""",
    # 11 refund to a card, quoted Outlook reply
    """Dzień dobry,

zwrot zaliczki ({{amount|200 zł}}) za odwołaną wizytę miał wrócić na kartę [[@card:group]], a minęły już trzy tygodnie. Numer transakcji z terminala: {{@bad:card}}.

Pozdr.
[[sig|Wojtek Pawlak]]

-----Original Message-----
Od: Szkliwo – Rozliczenia <[[email|rozliczenia@szkliwo-klinika.pl]]>
Wysłano: {{date|28 marca 2024}} {{time|11:02}}
Do: [[email|wojtek.pawlak@gmail.com]]
Temat: Zwrot zaliczki

[[sal|Panie Wojciechu]],
zwrot został zlecony, środki powinny pojawić się w ciągu 10 dni roboczych.
[[sig|Dorota Wiśniewska]] | Dział Rozliczeń
""",
    # 12 voicemail transcript
    """Poczta głosowa – filia Gniezno – {{date|pon. 15.04}} {{time|07:52}} (transkrypcja automatyczna)
"Dzień dobry [[sal|pani Basiu]], mówi [[intro|Henryk Olszewski]], ja byłem zapisany na dzisiaj na ósmą do [[oth|dr Jankowskiej]], ale mi się auto zepsuło pod Wrześnią i nie dojadę. Proszę oddzwonić na numer [[@phone:PL:mg3dash]]. Pesel mój to [[@pesel:senior-male]], jakby trzeba było. Dziękuję, do usłyszenia."
""",
    # 13 Instagram DM about a dentist who moved to a clinic named after him
    """dzien dobry czy u was dalej przyjmuje [[oth|dr Mateusz Kaczmarek]]?? widzialam na insta ze przeszedl do {{cbrand|Kaczmarek Dental Studio}} w Swarzędzu a ja jestem w trakcie leczenia u niego i nie wiem co teraz 😕""",
    # 14 invoice for a vet practice named after the owner, "--" signature
    """{{greeting_without_name|Szanowni Państwo}},
proszę o wystawienie faktury na moją działalność:
{{cbrand|Gabinet Weterynaryjny Zając}}
NIP:[[@nip]]
za wizytę z dnia {{date|05.04.2024}} (wybielanie, {{amount|1 200 zł}}).
Fakturę proszę wysłać mailem, papierowej nie potrzebuję.

--
[[sig|Karolina Zając]]
Gabinet Weterynaryjny Zając
tel. [[@phone:PL:fnat]]
[[email|gabinet@zajac-wet.pl]]
""",
    # 15 someone else's X-ray results sent by mistake, initials
    """Dostałam dziś od Was maila z wynikami RTG [[oth|pana Zbigniewa Malinowskiego]] (PESEL [[@pesel:sp-senior-male]]), a ja się nazywam zupełnie inaczej i nigdy nie robiłam u Was RTG. To jest poważny wyciek danych. Proszę o wyjaśnienie na piśmie.
[[sig|M. Sikora]]""",
    # 16 chat about paying for implants in instalments
    """Klient: dzien dobry, nazywam sie [[intro|Damian Kubiak]] i chcialem zapytac o raty na implanty
[[oth|Ewelina]] – Szkliwo: Dzień dobry, [[sal|Panie Damianie]]! Oferujemy {{quantity|20 rat}} {{percent|0%}} przy kwocie powyżej {{amount|6 000 zł}}.
Klient: ok to co potrzebujecie
[[oth|Ewelina]] – Szkliwo: Numer dowodu osobistego, PESEL i numer rachunku, z którego będą spłacane raty.
Klient: [[@plid:lc]] / [[@pesel:mid-male]] / [[@iban:PL:nrb]]
[[oth|Ewelina]] – Szkliwo: Dziękuję, wniosek wysłany do banku, decyzja zwykle w {{time|15 minut}}.
""",
    # 17 forwarded complaint, internal note
    """---------- Wiadomość przekazana ----------
Od: [[oth|Joanna Pietrzyk]] <[[email|asia.pietrzyk@wp.pl]]>
Data: {{date|pt., 19 kwi 2024}}
Temat: ból po ekstrakcji

Witam, po usunięciu ósemki u [[oth|dr. Kamila Adamczyka]] od trzech dni mam spuchnięty policzek i gorączkę. Na telefon nikt nie odbiera. Mój numer [[@phone:PL:mintl]].
[[sig|Joanna]]

Przekazuję do działu jakości, prośba o pilny kontakt z pacjentką.
[[sig|Ola]]
{{team_name|Recepcja Leszno}}
""",
    # 18 a question without personal data
    """Czy w sobotę filia w {{city|Kaliszu}} jest otwarta? I do której? Na stronie jest napisane do {{time|14:00}}, a w Google do {{time|13:00}}.""",
    # 19 Czech patient from Cieszyn, refund to a Czech account
    """Dzień dobry,
jestem [[intro|Lenka Horáková]], Czeszka, mieszkam w {{city|Cieszynie}}, leczę się w Waszej filii od roku. Nie mam numeru PESEL, w systemie wpisano mi rodné číslo [[@rc:slash-female]]. Proszę o zwrot nadpłaty {{amount|340 zł}} na moje czeskie konto: [[@iban:CZ:dom]].
Pozdrawiam, [[sig|Lenka Horakova]]""",
    # 20 invoice for a son-in-law's firm in Germany, closing and name on one line
    """Dzień dobry [[sal|Pani Agnieszko]],

jak rozmawiałyśmy przez telefon – fakturę za leczenie proszę wystawić na firmę zięcia w Görlitz: {{cbrand|Schulz Fliesen GmbH}}, USt-IdNr. [[@ustid]]. Jeżeli byłaby nadpłata, to zwrot na jego konto [[@iban:DE:group]].
Numer pacjenta z karty: {{@num:P-#####}}.

Serdecznie pozdrawiam, [[sig|Grażyna Schulz]]
""",
]

# =========================================================================== cs
# an online grocery delivery service (Mlsná Bedýnka: Praha, Brno, Plzeň, Olomouc)

ITEMS["cs"] = [
    # 01 missing items, refund to a domestic account, quoted reply from support
    """Dobrý den,

v objednávce {{@order:MB-#######}} z {{date|úterý 9. 4.}} chyběly {{quantity|2 ks}} mléka a celé balení kuřecích prsou, přitom na účtence jsou. Peníze ({{amount|289,80 Kč}}) prosím vraťte na účet [[@iban:CZ:dom]], kartou jsem neplatila, platila jsem dobírkou.

Děkuji
[[sig|Pavla Šimková]]
[[@phone:CZ:mg3]]

Dne {{date|10. 4. 2024}} v {{time|8:41}} Mlsná Bedýnka <[[email|podpora@mlsnabedynka.cz]]> napsal(a):
> Dobrý den, [[sal|paní Šimková]],
> omlouváme se za chybějící zboží. Pošlete nám prosím číslo účtu, na který máme částku vrátit.
> [[sig|Radek]] z {{team_name|týmu Péče o zákazníky}}
""",
    # 02 chat: bot Bedýnkobot and an agent
    """Bedýnkobot: Ahoj! Jsem Bedýnkobot 🤖 S čím potřebuješ pomoct?
Zákazník: kuryr mi dal cizi tasku
Bedýnkobot: Mrzí mě to. Napiš mi prosím číslo objednávky.
Zákazník: {{@order:MB-#######}}
Bedýnkobot: Děkuji, předávám kolegům.
[[oth|Tereza]] (Mlsná Bedýnka): Dobrý den, jmenuji se [[intro|Tereza Novotná]] a budu se Vám věnovat. Taška patří jinému zákazníkovi ze stejné ulice, řidič [[oth|Michal]] se pro ni vrátí do {{time|19:30}}. Vaši objednávku Vám přiveze znovu.
Zákazník: ok diky. a ta cizi taska je na jmeno [[oth|Kratochvílová]], kdyby to pomohlo
""",
    # 03 SMS to the driver
    """Jsem v praci, nechte to prosim u sousedky [[oth|pani Vondrove]] ve 2. patre, vi o tom. [[sig|Hanka]]""",
    # 04 B2B fruit for an office, invoice data
    """Dobrý den,

chtěli bychom objednávat pravidelně ovoce do kanceláře, každé pondělí ráno ({{quantity|3 bedýnky}} po 5 kg).

Fakturační údaje:
{{cbrand|Advokátní kancelář Dvořák & Beneš}}, s.r.o.
[[address|Vinohradská 1511/230, 100 00 Praha 10]]
IČO: [[@ico]]
DIČ: [[@ico:czsame]]
Kontaktní osoba: [[oth|Mgr. Lucie Benešová]], {{job_title|office manažerka}}
Číslo účtu: [[@iban:CZ:dom]]

Mohli byste nám poslat nabídku s firemní slevou?

S pozdravem
[[sig|Lucie Benešová]]
[[@phone:CZ:fintl]]
""",
    # 05 review with the shop's answer
    """⭐⭐⭐⭐ [[oth|Jana N.]], {{city|Olomouc}}
Jinak super, ale banány zase zelené jak tráva 🙂 Řidič moc milý, [[oth|pan Jaroslav]] vždycky vynese tašky až do 4. patra bez výtahu.

Odpověď obchodu: [[sal|Paní Jano]], děkujeme za hodnocení, pochvalu [[oth|Jaroslavovi]] vyřídíme a na banány si posvítíme. {{team_name|Tým Mlsné Bedýnky}}
""",
    # 06 ID check for an alcohol order
    """Dobrý den, ve formuláři u objednávky vína po mě chcete ověření věku. Občanku fotit nebudu. Stačí rodné číslo? [[@rc:slash-mid-male]]. Plnoletý jsem už hodně dlouho 😄
[[sig|Ondřej Kříž]]""",
    # 07 Slovak customer in Brno, refund to a Slovak IBAN
    """Dobrý deň,

som [[intro|Martin Gajdoš]], Slovák, bývam v Brne a u vás nakupujem cca rok. Pri poslednom nákupe mi strhli peniaze dvakrát ({{amount|2 × 1 146 Kč}}). Prosím o vrátenie na môj slovenský účet [[@iban:SK:group]] (majiteľ [[oth|Martin Gajdoš]]). Moje rodné číslo [[@rcsk:plain-mid-male]], ak by ste ho potrebovali na overenie.

Ďakujem, [[sig|Martin Gajdoš]]
""",
    # 08 Polish apple supplier sends an invoice
    """Dzień dobry / Dobrý den,

posíláme fakturu {{@invoice:FV ###/2024}} za dodávku jablek Ligol a Gala ({{quantity|2 400 kg}}), cena {{amount|18 960,00 PLN}}.
Dostawca: {{cbrand|Sady Kowalewski}} sp. j., Grójec
NIP: [[@nip:pl]]  REGON: [[@regon]]
Číslo účtu (PLN): [[@iban:PL:group]]

Pozdrawiam / S pozdravem
[[sig|Adam Kowalewski]]
{{job_title|export manager}}
""",
    # 09 daughter writes for her mother (senior discount)
    """Dobrý den,

píšu za maminku, [[oth|paní Marii Procházkovou]], která sama e-mail nepoužívá. Chtěla by se přihlásit do programu Senior (sleva {{percent|10 %}} na dovoz). Ve formuláři to po ní chce rodné číslo, tak ho posílám sem: [[@rc:slash-senior-female]]. Adresa doručení je [[address|Husova 17, 779 00 Olomouc]], zvonek "Procházka". Případné přeplatky prosím vracejte na maminčin účet [[@iban:CZ:dom]].

Kdyby něco, volejte prosím mně, ne mamince – [[@phone:CZ:mnat]].

Děkuji moc
[[sig|Kateřina Procházková-Veselá]]
""",
    # 10 voicemail transcript
    """Hlasová zpráva ({{time|06:15}}, {{date|čt 11. 4.}}): "Dobrý den, tady [[intro|Zdeněk Bartoš]], mám objednávku na dnešek mezi sedmou a devátou, ale já jsem úplně zapomněl, že jedu na chatu. Jestli by šlo to přehodit na zítra, číslo objednávky nevím, volám z [[@phone:CZ:mg3]]. Díky, nashle."
""",
    # 11 Facebook comment, named after a surname
    """Proč mi furt vozíte pečivo od {{cbrand|Pekárny Moravec}}, když jsem si objednala chleba z {{cbrand|Pekárny Hrubý}}? 😡 Už potřetí. @[[oth|Alena Šťastná]] to samý ne?""",
    # 12 a sole trader with a bistro, DIČ from the birth number
    """Dobrý den,
provozuji bistro {{cbrand|U Nováků}} v {{city|Plzni}} a chtěl bych u vás nakupovat na IČO, hlavně zeleninu a mléčné výrobky.
IČO [[@ico:sp]], DIČ [[@dicrc:-mid-male]] (jsem OSVČ, takže DIČ je z rodného čísla)
Dovoz ideálně do {{time|7:00}} na adresu [[address|Americká 34, 301 00 Plzeň]]. Platit budu převodem z účtu [[@iban:CZ:group]].
Díky, [[sig|Petr Novák]]
""",
    # 13 card charged twice
    """Dobrý den, dne {{date|2. 4.}} mi z karty [[@card:plain]] odešla platba za objednávku {{@order:MB-#######}} dvakrát. Výpis z banky přikládám. Prosím o vrácení druhé platby, {{amount|1 732 Kč}}.

Jestli to na kartu nejde, tak na účet [[@iban:CZ:dom]].

S pozdravem

[[sig|Ing. Radovan Kopecký]]

> Vážený [[sal|pane Kopecký]],
> platbu jsme prověřili, druhá transakce byla pouze blokace a do {{quantity|5 pracovních dnů}} zmizí.
> {{team_name|Zákaznická péče}}
""",
    # 14 complaint about a driver
    """Předmět: stížnost na řidiče

Dobrý den,
Váš řidič (dle aplikace [[oth|Lukáš P.]]) dnes kolem {{time|18:20}} zaparkoval dodávku na chodníku přímo před vchodem a když jsem ho upozornil, byl sprostý. Auto mělo na boku nápis Mlsná Bedýnka a SPZ začínala 1AX. Prosím o vyřešení.

[[sig|Vladimír Sýkora]], [[email|v.sykora@seznam.cz]], tel. [[@phone:CZ:mintl]]
""",
    # 15 correction of an invoice, table
    """Dobrý den,
na faktuře {{@invoice:2024######}} máme chybně uvedené IČO. Správné údaje:

Odběratel        | {{cbrand|Stavebniny Holub}} s.r.o.
IČO              | [[@ico]]
DIČ              | [[@ico:czsame]]
Účet             | [[@iban:CZ:compact]]

Opravenou fakturu prosím na [[email|fakturace@stavebniny-holub.cz]].
Díky
[[sig|Jitka Holubová]], {{job_title|účetní}}
""",
    # 16 no personal data
    """díky, dorazilo všechno, jahody top 👍 jen příště prosím bez igelitek, {{quantity|5 tašek}} na {{quantity|8 položek}} je fakt moc""",
    # 17 lower case, no diacritics, "--" signature with an initial
    """dobry den, rusim predplatne bedynky "Rodina" od {{date|1.5.}}, uz to nezvladame sníst. posledni platba mi prosla z uctu [[@iban:CZ:dom]], dalsi uz prosim nestrhavejte.
--
[[sig|m. cerny]]""",
    # 18 gift voucher moved to another person
    """Dobrý den,
od kolegů z práce jsem dostala dárkový poukaz {{@num:DP-####-####}} na {{amount|1 500 Kč}}, ale nakupuje u nás manžel ([[oth|Jiří Doležal]], jeho účet je na e-mail [[email|jirka.dolezal@email.cz]]). Dá se poukaz převést na něj?
Děkuju, [[sig|Renata Doležalová]]

>> Dobrý den [[sal|paní Doležalová]], poukaz převést lze, stačí nám napsat jeho e-mail. Zdraví [[sig|Klára]]
""",
    # 19 tweet-like message to the brand, no personal data
    """@MlsnaBedynka v {{city|Brně}} už druhý týden volné sloty jen po {{time|21:00}}, to fakt jako? 🙄 #nakupy""",
    # 20 accounting mail, two signers, Slovak partner's IČ DPH
    """Dobrý den [[sal|pane Horáku]],

posíláme opravené platební údaje pro dobropis {{@invoice:DB-24-####}}. Slovenský odběratel {{cbrand|Mliekareň Baláž}}, s.r.o. má IČO [[@ico]] a IČ DPH [[@icdph:sksp]], peníze patří na účet [[@iban:SK:compact]]. Původně jsme posílali na starý účet, proto platba nedošla. Pro kontrolu naše DIČ: [[@ico:cz]].

S pozdravem
[[sig|Ivana Malá]] a [[sig|Tomáš Šebesta]]
{{team_name|Účtárna Mlsná Bedýnka}}
tel. [[@phone:CZ:fnat]]
""",
]

# =========================================================================== sk
# a regional gas and electricity supplier (Zemplínska energetika: Michalovce, Humenné, Trebišov, Košice)

ITEMS["sk"] = [
    # 01 change of supplier, long e-mail with a quoted reply
    """Predmet: RE: Zmena dodávateľa – odberné miesto Sobrance

Dobrý deň, [[sal|pani Vargová]],

posielam chýbajúce údaje k zmluve o dodávke plynu:
meno a priezvisko: [[oth|Ján Hudák]]
rodné číslo: [[@rcsk:plain-senior-male]]
adresa odberného miesta: [[address|Hlavná 58, 073 01 Sobrance]]
číslo plynomeru: {{@meter:########}}
IBAN na preplatky: [[@iban:SK:group]]

Zálohy chcem platiť mesačne, nie štvrťročne.

S pozdravom
[[sig|Ján Hudák]]
[[@phone:SK:msk0slash]]

-----Pôvodná správa-----
Od: Zákaznícke centrum ZE <[[email|zakaznik@zemplinska-energetika.sk]]>
Odoslané: {{date|štvrtok 4. apríla 2024}} {{time|10:12}}
> Vážený zákazník, k dokončeniu zmeny dodávateľa nám chýba rodné číslo a číslo plynomeru.
> S pozdravom [[sig|Jarmila Vargová]], {{job_title|zákaznícka poradkyňa}}
""",
    # 02 chat with a bot and then an agent
    """ZEbot: Dobrý deň, som virtuálny asistent ZEbot ⚡ Ako vám môžem pomôcť?
Používateľ: preplatok
ZEbot: Na vrátenie preplatku potrebujem číslo zmluvy.
Používateľ: {{@contract:ZE-####-####}}
ZEbot: Ďakujem. Preplatok {{amount|84,16 €}} bude vrátený na účet končiaci …2291. Chcete ho zmeniť?
Používateľ: ano, novy je [[@iban:SK:lc]]
ZEbot: Zmenu účtu musí potvrdiť operátor, prepájam.
Operátor: Dobrý deň, pri telefóne… pardon, pri chate [[intro|Miroslava Tkáčová]] 🙂 Pre overenie mi prosím napíšte dátum narodenia alebo rodné číslo majiteľa zmluvy.
Používateľ: [[@rcsk:slash-mid-female]] je to na manzelku [[oth|Zuzanu]]
""",
    # 03 SMS reply, first name
    """Stav elektromeru {{quantity|48 213 kWh}}, foto neviem poslat lebo mam stary telefon. [[sig|Milan]]""",
    # 04 B2B: a bakery wants a business tariff, named after a surname
    """Dobrý deň,

naša pekáreň {{cbrand|Pekáreň Kolesár}} s.r.o. má od mája nové prevádzky v {{city|Humennom}} a v {{city|Snine}}. Prosíme o cenovú ponuku na elektrinu a plyn pre podnikateľov.

Fakturačné údaje:
IČO: [[@ico]]
DIČ: [[@icdph:plain]]
IČ DPH: [[@icdph:sksame]]
Sídlo: [[address|Štefánikova 1120/14, 066 01 Humenné]]

S pozdravom

[[sig|Ing. Viktor Kolesár]]
{{job_title|konateľ}}
tel.: [[@phone:SK:mintl]]
[[email|kolesar@pekarenkolesar.sk]]
""",
    # 05 Facebook comment, a street-named shop
    """Zase vypadok prúdu na Sídlisku Juh v {{city|Michalovciach}}, od {{time|6:00}} nejde nic. Aj {{street_as_brand|Kaufland Močarianska}} je zatvorený. Kedy to opravíte??? cc [[oth|Dušan Fedák]] nech vidí ako to funguje""",
    # 06 formal complaint letter
    """[[oth|Anna Pribulová]]
[[address|Okružná 1912/7, 071 01 Michalovce]]

Zemplínska energetika, a.s.
oddelenie reklamácií

V Michalovciach {{date|8. 4. 2024}}

Vec: Reklamácia vyúčtovacej faktúry č. {{@invoice:FA18########}}

Vyúčtovanie za rok 2023 mi prišlo na {{amount|1 284,50 €}}, čo je trojnásobok oproti predchádzajúcemu roku, hoci v byte bývam sama a väčšinu zimy som bola u dcéry. Domnievam sa, že odpočet bol odhadnutý, nie skutočný. Žiadam o kontrolný odpočet elektromera č. {{@meter:#########}}.

Rodné číslo: [[@rcsk:plain-senior-female]]
Číslo účtu: [[@iban:SK:dom]]

S pozdravom
[[sig|Anna Pribulová]]
""",
    # 07 web form for a new connection, Czech owner
    """Žiadosť o pripojenie – webový formulár
Meno: [[oth|Petra Vlčková]]
Rodné číslo: [[@rc:slash-mid-female]] (som občianka ČR, trvalý pobyt Ostrava)
Adresa pripojenia: [[address|Chata č. 112, 072 36 Vinné]]
Telefón: [[@phone:CZ:mintl]]
E-mail: [[email|petra.vlckova@seznam.cz]]
Poznámka: chata pri Zemplínskej šírave, potrebujem pripojenie do {{date|konca júna}}.
""",
    # 08 voicemail transcript
    """Hlasová správa, {{date|pondelok}} {{time|16:47}}: "Dobrý deň, tu je [[intro|Gejza Oláh]] z Trebišova, volám kvôli tej faktúre, čo mi prišla, že mám doplatiť skoro tristo eur, ja som to platil celý rok poctivo. Zavolajte mi na [[@phone:SK:msk0]], ďakujem pekne."
""",
    # 09 housing cooperative: two signers, domestic account
    """Vážení,

spoločenstvo vlastníkov bytov {{brand|SVB Brezová}} v Trebišove žiada o zmenu účtu, z ktorého sa inkasujú zálohy za spoločné priestory.
Nový účet: [[@iban:SK:dom]]
IČO SVB: [[@ico]]
DIČ: [[@icdph:plain]]
Zmluva č. {{@contract:####/####/SVB}}

Za SVB
[[sig|Mgr. Eva Kurucová]], predsedníčka
[[sig|Peter Baran]], podpredseda
""",
    # 10 messenger, lower case, without diacritics
    """dobry den, chcem sa spytat ci sa da platit zalohy cez sipo alebo len trvalym prikazom? a este, moj ocko [[oth|jozef]] zomrel v marci a zmluva je na neho, jeho rc je [[@rcsk:plain-senior-male]], co mame robit? dakujem
[[sig|lucia]]""",
    # 11 an installer firm named after its owner, invoice number, dashed IBAN
    """Dobrý deň,
za montáž nového plynového kotla u vášho zákazníka (zákazka {{@order:ZAK-####}}) fakturujeme {{amount|420,00 €}} bez DPH.

Dodávateľ: {{cbrand|Kúrenie Straka}}, Medzilaborce
IČO: [[@ico:sp]]   IČ DPH: [[@icdph:sk]]
Účet: [[@iban:SK:dash]]

[[sig|Róbert Straka]] – [[@phone:SK:mg3]]
""",
    # 12 review on Google
    """★★★★★ [[oth|Katarína M.]]
Pobočka na {{street_as_brand|Masarykovej}} v Košiciach – [[oth|pani Ľubica]] pri okienku mi vybavila prepis zmluvy za 10 minút. Klobúk dole!""",
    # 13 e-mail with a Hungarian-sounding name, an agent intro in the answer
    """Tisztelt / Dobrý deň,

prosím o zaslanie faktúry v maďarčine alebo aspoň dvojjazyčne. Odberné miesto je v Kráľovskom Chlmci, zmluva {{@contract:ZE-####-####}}.

Köszönöm, ďakujem
[[sig|Szabó Ildikó]]

-- odpoveď --
Dobrý deň, [[sal|pani Szabó]],
volám sa [[intro|Natália Ferková]] a mám na starosti zákazníkov z regiónu Kráľovský Chlmec. Dvojjazyčné faktúry žiaľ zatiaľ nevystavujeme.
S pozdravom, [[sig|N. Ferková]]
""",
    # 14 one line, no personal data
    """Kedy bude odstavka plynu v {{city|Strážskom}}? Potrebujem vedieť či mám zobrať deti k babke.""",
    # 15 card payment failed
    """Dobrý deň, v aplikácii mi pri platbe kartou [[@card:group]] vyskočí chyba "Transakcia zamietnutá" (kód {{@num:E-####}}). Banka tvrdí, že je všetko v poriadku. Skúšala som to aj z kartou manžela [[@card:plain]], to isté.
[[sig|Monika Ďuricová]]

> Dobrý deň [[sal|pani Ďuricová]], chybu sme preverili, bola na strane platobnej brány a je už opravená. Skúste platbu prosím znova. {{team_name|Tím ZE online}}""",
    # 16 heir takes over the contract, two birth numbers
    """Dobrý deň [[sal|pán Štefanko]],

ako sme sa dohodli telefonicky, posielam údaje na prepis zmluvy po nebohej mame:
zosnulá: [[oth|Helena Sabolová]], RČ [[@rcsk:slash-senior-female]]
nový odberateľ: ja, [[oth|Marek Sabol]], RČ [[@rcsk:slash-mid-male]]
číslo účtu na inkaso: [[@iban:SK:group]]
kópiu úmrtného listu posielam v prílohe.

Ďakujem za ústretovosť,
[[sig|Marek Sabol]]
""",
    # 17 twitter-like, a company mentioned by surname
    """Vďaka @ZemplinskaEnergetika, po 3 týždňoch konečne zapojené 💡 a hlavne vďaka chalanom z {{cbrand|Elektro Hrabovský}}, ktorí to celé vybavili""",
    # 18 internal forward: customer asks for a payment calendar
    """FW: splátkový kalendár

Ahoj [[sal|Zuzka]], prosím ťa vybav to dnes, pán je už netrpezlivý. {{team_name|Oddelenie pohľadávok}} to schválilo.
[[sig|Braňo]]

> Od: [[oth|Viliam Kočiš]] <[[email|vilo.kocis@post.sk]]>
> Prosím o rozloženie nedoplatku {{amount|612 €}} na {{quantity|6 splátok}}, platiť budem z účtu [[@iban:SK:compact]]. RČ [[@rcsk:plain-mid-male]]
""",
    # 19 SMS, initials
    """Dakujem, faktura {{@invoice:FA18########}} uz zaplatena dnes rano. [[sig|J.K.]]""",
    # 20 Polish guesthouse owner near the border, neighbour ids
    """Dzień dobry / Dobrý deň,
mám penzión vo {{city|Vyšnom Komárniku}}, ale firma je registrovaná v Poľsku. Faktúry prosím na:
{{cbrand|Pensjonat Wiśniewski}}, NIP [[@nip:dash]]
IBAN: [[@iban:PL:group]]
Kontakt: [[@phone:PL:mintl]]
Pozdrawiam / S pozdravom [[sig|Tadeusz Wiśniewski]]
""",
]

# =========================================================================== ru
# a chain of car washes and tyre centres (ЧистоКолесо: Казань, Самара, Уфа, Набережные Челны)

ITEMS["ru"] = [
    # 01 complaint e-mail with a quoted reply
    """Тема: Re: Повреждение диска при шиномонтаже

Здравствуйте!

Повторно пишу по заказ-наряду {{@order:ЗН-######}} от {{date|06.04.2024}}. На сезонной переобувке в центре на {{street_as_brand|Проспекте Победы}} мне поцарапали два литых диска. Мастер ([[oth|Ренат]], если не ошибаюсь) сам это признал, но сказал, что «так и было». Фото прикладываю. Прошу компенсировать покраску — {{amount|9 600 руб.}} Оплачивала картой [[@card:mirdots]], можно вернуть на неё.

С уважением,
[[sig|Гульнара Хабибуллина]]
моб. [[@phone:RU:mru8]]

-----
> {{date|8 апреля 2024 г.}}, в {{time|12:40}}, ЧистоКолесо <[[email|otzyv@chistokoleso.ru]]> написал:
> [[sal|Гульнара]], добрый день! Ваше обращение передано управляющему центра. Ответ — в течение трёх рабочих дней.
> {{team_name|Служба заботы о клиентах}}
""",
    # 02 chat with a bot and an operator
    """Бот Колёсик: Привет! Записать на мойку, шиномонтаж или хранение шин?
Клиент: хранение. хочу забрать шины
Бот Колёсик: Назовите номер договора хранения.
Клиент: {{@contract:ХР-#####}}
Бот Колёсик: Соединяю с оператором…
Оператор [[oth|Алина]]: Здравствуйте! Меня зовут [[intro|Алина Фаттахова]]. Ваши шины ({{quantity|4 шт.}}, R17) лежат на складе в {{city|Набережных Челнах}}, привезём в центр к {{date|пятнице}}. Договор оформлен на [[oth|Мухаметшина Ильдара Рустемовича]] — это вы?
Клиент: нет, это тесть. я [[intro|Артём]]
""",
    # 03 B2B fleet contract: company data
    """Добрый день!

Просим заключить договор на обслуживание корпоративного автопарка ({{quantity|14 автомобилей}}, мойка + шиномонтаж) по безналичному расчёту.

Реквизиты:
ООО «{{cbrand|Транспортная компания Гарипов и партнёры}}»
ИНН [[@inn]]  КПП {{@num:16####001}}
ОГРН [[@ogrn]]
ИНН руководителя [[@innp:12]]
Юр. адрес: [[address|420111, г. Казань, ул. Баумана, д. 44, оф. 12]]

Контактное лицо: [[oth|Евгений Сорокин]], {{job_title|начальник транспортного отдела}}, [[@phone:RU:mruintl]]

С уважением,
[[sig|Р. Р. Гарипов]]
{{job_title|генеральный директор}}
""",
    # 04 pensioner discount with SNILS
    """Здравствуйте. У вас на сайте написано скидка пенсионерам {{percent|15%}} на мойку. Я пенсионер, СНИЛС [[@snils:dash]], удостоверение есть, платил пенсионной картой [[@card:mir]]. Проживаю: [[address|г. Уфа, ул. Менделеева, д. 130, кв. 56]]. На кассе в {{city|Уфе}} сказали такой скидки нет. Это как понимать?
[[sig|Виктор Павлович Семёнов]]""",
    # 05 sole trader (ИП) supplies tyres: ОГРНИП and personal ИНН
    """Коллеги, добрый день!

Во вложении счёт {{@invoice:№ ###}} от {{date|10.04.2024}} на поставку шин Nordman ({{quantity|40 шт.}}), сумма {{amount|212 400,00 ₽}}, НДС не облагается.
Покупатель: ООО «ЧистоКолесо», ИНН [[@inn]].

Поставщик: ИП [[oth|Зайнуллин Марат Ильгизович]]
ИНН [[@innp:12]]
ОГРНИП [[@ogrn:15]]

--
[[sig|Марат]]
[[@phone:RU:mru8dash]]
""",
    # 06 SMS reply
    """Да, подтверждаю запись на {{time|18:30}}. Буду на белой Гранте. [[sig|Света]]""",
    # 07 review on a map service
    """★★☆☆☆ [[oth|Дмитрий К.]], {{date|3 дня назад}}
Мойка на {{street_as_brand|Московском шоссе}} в Самаре. Заплатил {{amount|1 200 ₽}} за комплекс, через час машина в разводах. Администратор [[oth|Ольга]] сказала «приезжайте перемоем», но это опять полдня терять.

Ответ владельца: [[sal|Дмитрий]], здравствуйте! Жаль, что так вышло. Напишите, пожалуйста, номер чека на почту [[email|quality@chistokoleso.ru]] — вернём деньги или перемоем бесплатно в удобное время.
""",
    # 08 card refund, personal data in a long letter
    """Добрый вечер.

{{date|14 апреля}} на мойке в Казани (ул. Чистопольская) с моей карты [[@card:mir]] списали оплату дважды по {{amount|850 руб.}} Кассир [[oth|Ильназ]] выдал только один чек. Прошу вернуть второе списание на ту же карту или на карту мужа [[@card:mirgroup]]. Номер операции из банка: {{@bad:card}}.

Для связи: [[@phone:RU:mruintlsp]], почта [[email|l.mironova84@mail.ru]]

Спасибо,
[[sig|Людмила Миронова]]
""",
    # 09 job application to the car wash (HR inbox)
    """Здравствуйте, я по вакансии мойщика в Набережных Челнах. Меня зовут [[intro|Жасур Каримов]], мне 24 года, опыт на мойке 2 года. Документы все есть: ИНН [[@innp:12sp]], СНИЛС [[@snils:sp]], карта для зарплаты [[@card:mirplain]]. Могу выйти с понедельника. Телефон [[@phone:RU:mru8plain]]""",
    # 10 voicemail transcript
    """Расшифровка голосового сообщения ({{time|22:14}}): «Алло, это [[intro|Николай Петрович Ершов]], я у вас вчера ставил машину на хранение шин, мне дали бумажку, а там фамилия не моя написана, [[oth|Ершова]] надо, а написали [[oth|Ерохин]]. Перезвоните пожалуйста, восемь девятьсот семнадцать…» (обрыв записи)""",
    # 11 telegram message, lower case
    """добрый, а можно на шиномонтаж без записи в субботу? и сколько стоит переобуть r16. спасибо
[[sig|кирилл]]""",
    # 12 a dealer named after the owner asks about partnership
    """Уважаемые господа!

Автосалон «{{cbrand|Шайхутдинов Моторс}}» предлагает сотрудничество: скидка {{percent|10%}} нашим клиентам на мойку и шиномонтаж в ваших центрах, взамен — размещение вашей рекламы в нашем шоуруме.

Наши реквизиты: ИНН [[@inn]], ОГРН [[@ogrn]].

С уважением,
[[sig|Шайхутдинов Айдар]]
{{job_title|коммерческий директор}}
[[@phone:RU:fruintl]] доб. 105
[[email|a.shaikhutdinov@shm-motors.ru]]
""",
    # 13 forwarded internal message, two signers
    """Пересылаю. [[sal|Марина Викторовна]], посмотрите, пожалуйста, это уже третья жалоба по Самаре за неделю.

[[sig|Е. Лаптева]], [[sig|О. Брагин]]
{{team_name|отдел контроля качества}}

---------- Пересылаемое сообщение ----------
От: [[oth|Сергей Ткаченко]]
Тема: мойка днища
Заказал мойку днища, днище не мыли вообще, проверял на яме у знакомого. Заказ {{@order:ЗН-######}}.
""",
    # 14 no personal data
    """Подскажите, у вас есть мойка для газелей? Высота {{quantity|2,7 м}}. В {{city|Самаре}} ни одна мойка не берёт""",
    # 15 legal entity claims a VAT invoice, INN in a table
    """Добрый день!

Для бухгалтерии просим выставить счёт-фактуру за {{date|март 2024}}:

Покупатель       | ООО «{{cbrand|Строймаш Петров}}»
ИНН              | [[@inn]]
ОГРН             | [[@ogrn]]
Сумма            | {{amount|38 750,00 ₽}}
Акт              | {{@invoice:АКТ-####}}

Скан счёта-фактуры можно на [[email|buh@stroymash-petrov.ru]].

С уважением, [[sig|Наталья Игоревна Петрова]], {{job_title|главный бухгалтер}}
""",
    # 16 loyalty card: a customer sends a foreign card and a family member's data
    """Здравствуйте! Хочу оформить семейную карту лояльности на себя и мужа.
Я — [[oth|Валиева Эльвира Ринатовна]], ИНН [[@innp:12]]
Муж — [[oth|Валиев Тимур Айратович]], ИНН [[@innp:12]]
Оплачивать будем картой [[@card:dash]].
[[sig|Эльвира]]

> [[sal|Эльвира]], добрый день! Семейную карту оформили, она появится в приложении в течение суток.""",
    # 17 complaint about an employee's rudeness, signature with a title
    """Руководству сети ЧистоКолесо

Хочу пожаловаться на сотрудника шиномонтажа на ул. Революционной в Уфе (на бейдже «[[oth|Айрат]]»). {{date|Вчера}} около {{time|17:00}} он нахамил моей жене, [[oth|Ирине]], когда она попросила проверить давление в шинах.

Жду ответа.
[[sig|к.т.н. Олег Владимирович Борисов]]
[[@phone:RU:mru8]]
""",
    # 18 a Ukrainian customer living in Russia: neighbour ids
    """Добрий день / Добрый день. Я гражданин Украины, работаю в Казани. Для договора хранения шин у меня нет российского ИНН, есть украинский РНОКПП [[@rnokpp:mid-male]]. СНИЛС есть, [[@snils:dash2]]. Подойдёт? [[sig|Богдан Коваль]]""",
    # 19 SMS, initials
    """Спасибо, всё забрал. Колпак один потеряли правда. [[sig|А.С.]]""",
    # 20 an agent's answer with OGRNIP of a franchisee, salutation with patronymic
    """Здравствуйте, [[sal|Зульфия Рашидовна]]!

Центр на {{street_as_brand|Сибирском тракте}} работает по франшизе, юридически это ИП [[oth|Нуриев Рамиль Фаритович]] (ОГРНИП [[@ogrn:15]], ИНН [[@innp:12]]). Претензию по возврату нужно направлять ему, мы со своей стороны уже передали ваше обращение {{@ticket:T-#####}}.

С уважением,
[[sig|Ксения]], {{team_name|служба заботы ЧистоКолесо}}
""",
]

# =========================================================================== uk
# a mobile games studio with in-app purchases (Лелека Геймс: «Веселий Хутір», «Рунна Битва»)

ITEMS["uk"] = [
    # 01 a parent asks for a refund of a child's purchases, quoted reply
    """Тема: Re: Повернення коштів за покупки дитини

Добрий день!

Ще раз пояснюю: мій син ([[oth|Максим]], 9 років) за два вечори накупив у «Веселому Хуторі» кристалів на {{amount|2 347 грн}} з моєї картки [[@card:group]]. Я про це не знала, пароль він підгледів. Номери замовлень: {{@order:GPA.####-####-####-#####}} і {{@order:GPA.####-####-####-#####}}.
Для підтвердження особи — мій РНОКПП [[@rnokpp:mid-female]].

З повагою,
[[sig|Оксана Литвиненко]]
[[@phone:UA:mua0]]

> {{date|11 квітня 2024}} о {{time|09:15}} Лелека Геймс Support <[[email|help@leleka.games]]> пише:
> [[sal|Оксано]], вітаємо! Повернення за покупки в Google Play оформлює сам Google, ми можемо лише передати ваш запит. Надішліть, будь ласка, номери замовлень.
> {{team_name|Команда підтримки Лелека}}
""",
    # 02 in-game chat with a bot and an agent
    """[Бот Лелеко] Привіт! Обери тему: 1) Покупки 2) Акаунт 3) Баги
[Гравець DarkFarmer77] 1
[Бот Лелеко] Вкажи свій ID гравця (Налаштування → Профіль).
[Гравець DarkFarmer77] {{@num:########}}
[Бот Лелеко] Дякую! Підключаю агента.
[Агент [[oth|Дарина]]] Привіт! Я [[intro|Дарина Мельничук]], допоможу з покупкою. Бачу платіж {{amount|199,99 грн}} від {{date|вчора}}, але пакет «Скарбничка» не зарахувався. Зараз нарахую вручну.
[Гравець DarkFarmer77] дякую!! а можна ще на акаунт брата [[oth|Сашка]], в нього те саме
""",
    # 03 FOP influencer sends an invoice (RNOKPP as tax number)
    """Доброго дня!

Надсилаю рахунок {{@invoice:№ ##/24}} за рекламну інтеграцію «Рунної Битви» на моєму YouTube-каналі ({{quantity|2 ролики}}).
Виконавець: ФОП [[oth|Бондаренко Ярослав Ігорович]]
РНОКПП: [[@rnokpp:mid-male]]
IBAN: [[@iban:UA:group]]
Сума: {{amount|36 000,00 грн}}, без ПДВ.

Дякую, гарного дня!
[[sig|Ярослав]]
t.me/yarik_plays
""",
    # 04 B2B: ad agency contract, EDRPOU and two signers
    """Шановні колеги,

у додатку — акт виконаних робіт {{@invoice:АВР-####}} за березень (закупівля трафіку для «Веселого Хутора», {{quantity|1,2 млн}} показів).

Реквізити:
ТОВ «{{cbrand|Агенція Шевчук і партнери}}»
ЄДРПОУ [[@edrpou]]
IBAN [[@iban:UA:compact]]
[[address|вул. Велика Васильківська, 72, оф. 304, Київ, 03150]]
Замовник: ТОВ «Лелека Геймс», ЄДРПОУ [[@edrpou]]

З повагою,
[[sig|Ірина Шевчук]], {{job_title|директорка}}
[[sig|Андрій Гнатюк]], {{job_title|фінансовий менеджер}}
""",
    # 05 Google Play review with the studio's answer
    """[[oth|Назар Ковальчук]] ★☆☆☆☆ {{date|14.04.2024}}
Після оновлення {{version|3.8.2}} гра вилітає на завантаженні, а я вчора задонатив 500 грн. Верніть гроші або пофіксіть!!!

Відповідь розробника:
[[sal|Назаре]], вибачте за незручності! Ми вже випустили виправлення у версії {{version|3.8.3}}. Якщо покупка не з’явилася — напишіть нам на [[email|help@leleka.games]] і вкажіть ID гравця.
""",
    # 06 SMS-style reply
    """Дякую, кристали прийшли 👍 [[sig|Таня]]""",
    # 07 Ukrainian refugee in Poland pays with a Polish card; PESEL
    """Добрий день. Я зараз живу в Польщі, у Вроцлаві. Оплачувала преміум-пропуск польською карткою [[@card:plain]], гроші списали двічі ({{amount|2 × 49,99 zł}}). Мій PESEL [[@pesel:mid-female]], якщо треба для банку. Повернення можна на рахунок [[@iban:PL:group]].
[[sig|Вікторія Савчук]]""",
    # 08 complaint letter from a grandmother, formal
    """Директору ТОВ «Лелека Геймс»
від [[oth|Кравченко Галини Петрівни]],
[[address|м. Полтава, вул. Соборності, 21, кв. 8]]
тел. [[@phone:UA:mua38]]

СКАРГА

Мій онук [[oth|Кравченко Денис]] грав у вашу гру на моєму телефоні та без мого відома здійснив покупки на суму {{amount|4 120 грн}}. Прошу повернути кошти на мою пенсійну картку [[@card:group]] або на рахунок
[[@iban:UA:wrap]]. Мій РНОКПП [[@rnokpp:senior-female]].

{{date|15.04.2024}}                     [[sig|Г. П. Кравченко]]
""",
    # 09 Discord-like message, lower case
    """всім привіт, хто з адмінів онлайн? у мене клан «Соколи» зник після оновлення {{version|2.14}}. я лідер, нік LeleKing, звати [[intro|богдан]]. пінганіть будь ласка @[[oth|Olena_mod]] 🙏""",
    # 10 voicemail transcript from a parent
    """Голосове повідомлення ({{date|нд}}, {{time|20:03}}): «Добрий вечір. Це [[intro|Сергій Гончаренко]], тато [[oth|Марка]], він у вас в грі щось купив, а я ж ставив заборону покупок. Перетелефонуйте мені, будь ласка, на номер [[@phone:UA:mua0sp]]. Дякую.»""",
    # 11 e-mail in English/Ukrainian from a Polish contractor (voice actor), neighbour ids
    """Добрий день / Dzień dobry,

przesyłam rachunek za nagranie głosów do «Runnej Bitwy» ({{quantity|42 kwestie}}). Faktura {{@invoice:FV ##/04/2024}}, kwota {{amount|3 200 PLN}}.
{{cbrand|Studio Dźwięku Wójcik}}, NIP [[@nip]], REGON [[@regon:sp]]
Konto: [[@iban:PL:nrb]]

Pozdrawiam / З повагою
[[sig|Kamil Wójcik]]
""",
    # 12 account recovery with personal data, many numbers
    """Доброго дня, прошу відновити акаунт, його вкрали. Дані:
ID гравця: {{@num:########}}
пошта, на яку був прив'язаний: [[email|mykhailo.tkachuk2009@ukr.net]]
останній платіж: {{date|02.04}}, {{amount|399 грн}}, з картки [[@card:plain]]
платник — мама, [[oth|Ткачук Людмила]], РНОКПП [[@rnokpp:mid-female]]
Мене звати [[intro|Михайло]], мені 15.
""",
    # 13 one line, no personal data
    """коли буде івент на Великдень? минулого року був з 20 квітня""",
    # 14 B2B: payment provider wants updated company data
    """Шановний [[sal|пане Олександре]],

для продовження договору еквайрингу {{@contract:ЕКВ-####/24}} просимо підтвердити реквізити ТОВ «Лелека Геймс»:
ЄДРПОУ: [[@edrpou]]
IBAN: [[@iban:UA:group]]
Кінцевий бенефіціар: [[oth|Олександр Марченко]], РНОКПП [[@rnokpp:mid-male]]

З повагою,
[[sig|Людмила Руденко]]
{{job_title|менеджерка з комплаєнсу}}
[[@phone:UA:fintl]]
""",
    # 15 tweet-like, a studio named after a surname
    """ну от нащо Лелека скопіювали механіку з гри {{cbrand|Петренко Студіо}}? 🤦 @[[oth|Petrenko_Dmytro]] бачив?""",
    # 16 long thread: bank chargeback, two cards
    """Добрий день.

Банк повідомив про чарджбек по картці [[@card:group]] на {{amount|1 599 грн}}, але це не шахрайство — я сам купував, просто подумав що не пройшло і оплатив вдруге з іншої картки [[@card:dash]]. Тепер і там і там мінус. Що робити? Можна повернути хоч на рахунок [[@iban:UA:group]].

ID: {{@num:########}}, пристрій iPhone 12.

[[sig|Тарас Поліщук]]

>> [[sal|Пане Тарасе]], вітаємо. Скасувати чарджбек може лише ваш банк. Як тільки він буде відкликаний, ми повернемо другий платіж. [[sig|Ліза]], підтримка Лелека
""",
    # 17 a tester from the beta group, signature "--"
    """Привіт! Бета-версія {{version|4.0.0-rc2}} на Xiaomi крашиться при відкритті магазину. Лог прикріпив. Пристрій Redmi Note 11, Android 13.
--
[[sig|Олег Д.]], бета-тестер""",
    # 18 SMS reply to a support survey
    """Оцінка 2. Відповідали 3 дні. [[sig|Ковальова]]""",
    # 19 payout to a tournament winner, RNOKPP in a table
    """Вітаю, [[sal|Вероніко]]!

Ви посіли {{quantity|2 місце}} у турнірі «Рунна Ліга» і виграли {{amount|5 000 грн}}. Щоб ми перерахували приз, заповніть, будь ласка:

ПІБ: [[oth|Іваненко Вероніка Сергіївна]]
РНОКПП: [[@rnokpp:mid-female]]
IBAN: [[@iban:UA:lcgroup]]

Вітаємо ще раз!
{{team_name|Команда кіберспорту Лелека}}
""",
    # 20 a game artist applies for a job, self-introduction
    """Добрий день!
Мене звуть [[intro|Анастасія Бойко]], я 2D-художниця, бачила вашу вакансію на {{brand|Djinni}}. Портфоліо за посиланням {{url|https://www.artstation.com/a_boyko}}. Телефон [[@phone:UA:mintl]].
Гарного дня,
[[sig|Настя Бойко]]
""",
]

# =========================================================================== en
# a letting agency for student flats (Quadrangle Lets: Leeds, Sheffield, Nottingham, Manchester)

ITEMS["en"] = [
    # 01 deposit dispute, long e-mail with a quoted reply
    """Subject: RE: Deposit deductions – Flat 3

Hi [[sal|Becky]],

Thanks for getting back to me but I still don't agree with the £180 for "professional cleaning". We cleaned the whole flat before we left on {{date|28 June}}, there are photos in the shared album. The only thing was the oven and we offered to sort that.

Can the rest of the deposit ({{amount|£520}}) go back to my account please: [[@iban:GB:group]] (in my name, [[oth|Callum J. Hughes]]), and [[oth|Megan]]'s half to hers: [[@iban:GB:lcgroup]].

Cheers,
[[sig|Callum]]
[[@phone:GB:mintl]]

On {{date|Tue, 2 Jul 2024}} at {{time|10:48}}, Quadrangle Lets <[[email|deposits@quadranglelets.co.uk]]> wrote:
> {{greeting_without_name|Dear Tenant}},
> Please find attached the check-out report for Flat 3. Proposed deductions: cleaning £180, replacement of blinds £45.
> Kind regards,
> [[sig|Rebecca Moss]]
> {{job_title|Deposit & Check-out Coordinator}}
""",
    # 02 website chat: bot, then an agent
    """Quadbot: Hi there 👋 Are you a current tenant, a guarantor or looking for a room?
Visitor: looking for a room for september, 4 people
Quadbot: Great! Which city?
Visitor: {{city|Sheffield}}, near the uni
Quadbot: Let me get someone from the lettings team for you…
[[oth|Priya]] (Quadrangle Lets): Hi! I'm [[intro|Priya Chauhan]] from the Sheffield office. We've got a 4-bed on Crookesmoor Road at {{amount|£132 pppw}} incl. bills. Would you like a viewing?
Visitor: yes pls, can you text my mate [[oth|Ellie]], she's organising it – [[@phone:GB:mnat]]
""",
    # 03 guarantor form: UTR of a self-employed parent
    """GUARANTOR APPLICATION – Quadrangle Lets
Tenant: [[oth|Olivia Grant]]
Property: {{@num:QL-####}}
Guarantor full name: [[oth|Mr Stephen Grant]]
Relationship: father
Address: [[address|14 Orchard Close, Harrogate HG2 7LP]]
Employment: self-employed (plumbing & heating)
UTR: [[@utr:sp]]
VAT no. (if registered): [[@gbvat:plain]]
Bank account (for refunds): [[@iban:GB:group]]
Annual income: {{amount|£48,000}}
Bank: {{brand|Yorkshire Building Society}}
Signed: [[sig|S. Grant]]   Date: {{date|03/04/2024}}
""",
    # 04 contractor's invoice with a GB VAT number, named after a surname
    """Hi all,

Invoice {{@invoice:INV-####}} attached for the boiler replacement at [[address|27 Derby Rd]] ({{quantity|1 x}} Worcester Greenstar 30i, parts + labour).

Total {{amount|£2,340.00}} inc VAT
{{cbrand|Patel & Sons Heating Ltd}}
VAT reg no. [[@gbvat:gbsp]]   UTR [[@utr]]
Payment to: [[@iban:GB:compact]]

Thanks
[[sig|Raj]]

--
[[sig|Rajesh Patel]] | {{job_title|Director}}
{{cbrand|Patel & Sons Heating Ltd}}
[[@phone:GB:fintl]]
""",
    # 05 short text message
    """yeah fine for the inspection at {{time|11}} tmrw, key's under the mat if no ones in. [[sig|dan]]""",
    # 06 Google review with the agency's reply
    """[[oth|Hannah Whitfield]]
★★☆☆☆ · {{date|a month ago}}
Nice flat but the agency took 6 weeks to fix our shower. [[oth|Mark]] from maintenance was lovely, the office not so much.

Response from the owner
Hi [[sal|Hannah]], we're sorry about the delay – our plumber was off sick and we should have found cover sooner. Please get in touch at [[email|feedback@quadranglelets.co.uk]] so we can put things right.
{{team_name|The Quadrangle Lets team}}
""",
    # 07 German parent as guarantor: Steuer-ID and a German IBAN
    """Dear Sir or Madam,

I am the guarantor for my daughter [[oth|Lena Hoffmann]] ([[address|8 Brudenell Grove, Leeds]]). Your form asks for a National Insurance number, which I do not have as I live in Germany. Please find instead my German tax ID (Steuer-ID) [[@idnr:sp]] and my bank account [[@iban:DE:group]].

Best regards
[[sig|Dr. Markus Hoffmann]]
[[address|Lindenstraße 12, 69117 Heidelberg]]
""",
    # 08 complaint from a tenant's mother, card payment
    """To whom it may concern,

I paid my son's holding deposit of {{amount|£250}} on {{date|12th March}} with my card [[@card:group]], and the booking reference was {{@order:QL-BK-######}}. He has since been told the room was given to someone else. I would like a full refund immediately, either to the card or to my account [[@iban:GB:dash]].

My son is [[oth|Thomas Adeyemi]], he is a first-year student at {{brand|Nottingham Trent}}.

Regards,
[[sig|Mrs Folake Adeyemi]]
[[@phone:GB:m00]]
""",
    # 09 WhatsApp group message, lower case
    """hiya its [[intro|jess]] from flat 2b 🙂 our washing machine's been leaking since sunday, theres water all over the kitchen floor. [[oth|amir]] put towels down but its getting worse. can someone come asap""",
    # 10 voicemail transcript
    """Voicemail – Nottingham office – {{date|Mon 15 Apr}} {{time|08:07}}
"Hi, it's [[intro|George Baxter]], I'm in [[address|41 Lenton Boulevard, flat 4]]. Our front door lock has jammed and we can't get out, well, we can, through the back, but yeah. If someone could call me back on [[@phone:GB:mnat]]. Thanks, bye."
""",
    # 11 Polish student pays rent from a Polish account
    """Hello,

I'm a Polish exchange student staying in your flat on Ecclesall Road until June. My bank in Poland asks for my PESEL number on the transfer, it's [[@pesel:mid-female]] – I'm sending it in case you need to match the payment. The rent is coming from account [[@iban:PL:group]], tenant reference {{@num:TEN-#####}}. For the right-to-rent check I used my Polish ID card, number [[@plid]].

Thanks a lot,
[[sig|Zuzanna Kamińska]]
""",
    # 12 an NHS number on an incident form (tenant injured by a broken stair)
    """INCIDENT REPORT (tenant)
Name: [[oth|Aisha Rahman]]
Property: [[address|9 Mayfield Road, Flat 1]]
Date/time: {{date|09/04/2024}} approx {{time|22:30}}
What happened: the third stair from the top is broken, I slipped and twisted my ankle. Went to A&E at the General.
NHS number (if you want it for the insurance): [[@nhs:sp]]
Witness: [[oth|Joseph Okafor]] (flatmate)
Contact: [[email|aisha.rahman@student.example.ac.uk]]
""",
    # 13 letting agent to a landlord, two signers, landlord company
    """Dear [[sal|Mrs Pemberton]],

Please find enclosed the rental statement for April. After our fee ({{percent|12%}} + VAT) and the boiler repair, the net amount of {{amount|£6,118.40}} will be paid to your company account next Friday.

For our records, could you confirm the company details:
{{cbrand|Pemberton Property Holdings Ltd}}, VAT [[@gbvat:gb]], UTR [[@utr]], and that the account [[@iban:GB:group]] is still correct.

Yours sincerely,

[[sig|Sarah Lowe]]                      [[sig|Tom Fairley]]
{{job_title|Lettings Manager}}           {{job_title|Accounts}}
""",
    # 14 one line, no personal data
    """Do you still have anything in {{city|Manchester}} for {{date|Jan}} start? Happy to share with 2 others""",
    # 15 twitter-like mention, a shop named after a street
    """@QuadrangleLets day 9 without heating in our flat above the {{street_as_brand|Sainsbury's Hyde Park Corner}}. students aren't cash cows ffs""",
    # 16 a guarantor's card, forwarded internally
    """Fwd from [[oth|Jo]]:

> From: [[oth|Gavin McAllister]] <[[email|gavin.mcallister@btinternet.com]]>
> I've paid the first term for my nephew [[oth|Ryan]] by card [[@card:dash]] but I've not had a receipt. Can you resend please? Payment ref {{@order:PAY-#######}}. If there's any overpayment put it back on my other card [[@card:group]].

[[sal|Kelly]] can you resend this one, the system's not sending receipts again. ta
[[sig|J]]
""",
    # 17 formal complaint letter with a sender block
    """[[oth|Ms Chloe Fraser]]
[[address|Flat 6, 33 Ecclesall Road, Sheffield S11 8HJ]]

Quadrangle Lets
Complaints

{{date|16 April 2024}}

Dear Sir/Madam,

Complaint reference {{@ticket:CMP-####}}

I am writing to formally complain about the repeated entry into our flat without 24 hours' notice (on {{date|3 April}} and {{date|11 April}}). This is a breach of our tenancy agreement. I expect compensation, which can be paid into [[@iban:GB:group]].

Yours faithfully,

[[sig|Chloe Fraser]]
""",
    # 18 landlord's management form with company ids
    """New landlord sign-up
Landlord: [[oth|David Okonkwo]]
Company: {{cbrand|Okonkwo Estates}} Ltd
VAT number: [[@gbvat:plain]]
Company UTR: [[@utr]]
Rent to be paid to: [[@iban:GB:compact]]
Mobile: [[@phone:GB:mgbsp]]
""",
    # 19 an e-mail with a name on the same line as the closing
    """Hi,

Just to let you know [[oth|Freya]] is moving out at Easter and her replacement, [[oth|Noah Clarke]], will be moving into room 3 from {{date|the 22nd}}. He's already signed the paperwork with [[oth|Mike]] in the office.

Thanks, [[sig|Isla Morrison]]
""",
    # 20 the agency's refund e-mail with a card and a reference
    """Hi [[sal|Mr Nowak]],

We've processed the refund of your holding fee ({{amount|£150}}) to the card ending in 4417. It may take {{quantity|3-5 working days}} to appear. For your records, your original payment was taken from card [[@card:plain]] and your reference is {{@order:QL-BK-######}}.

Best wishes,
[[sig|Ameena]]
{{team_name|Lettings Team}}, Quadrangle Lets
""",
]

# =========================================================================== de
# a bicycle leasing company for employers (Pedalwerk Dienstrad GmbH, Leipzig; dealers across DE and AT)

ITEMS["de"] = [
    # 01 employee asks about the end of the lease, quoted reply
    """Betreff: AW: Übernahme Dienstrad nach Vertragsende

Hallo [[sal|Frau Krüger]],

danke für die schnelle Antwort. Ich möchte das Rad (Cube Kathmandu, Vertrag {{@contract:PW-####-####}}) nach Ende der Laufzeit am {{date|31.08.2024}} übernehmen. Den Restwert von {{amount|412,00 €}} überweise ich gern, bitte buchen Sie ihn von meinem Konto ab:
[[@iban:DE:group]]

Viele Grüße
[[sig|Jonas Reimann]]
[[@phone:DE:mintl]]

Am {{date|08.04.2024}} um {{time|15:22}} schrieb Pedalwerk Kundenservice <[[email|service@pedalwerk-dienstrad.de]]>:
> {{greeting_without_name|Guten Tag}},
> nach Ablauf der {{quantity|36 Monate}} können Sie das Rad zum Restwert von {{percent|18 %}} des Listenpreises übernehmen.
> Mit freundlichen Grüßen
> [[sig|Sabine Krüger]]
> {{job_title|Kundenbetreuung Rückgabe}}
""",
    # 02 employer sign-up: framework contract with company data
    """Sehr geehrte Damen und Herren,

wir möchten für unsere {{quantity|85 Mitarbeitenden}} Dienstradleasing per Gehaltsumwandlung anbieten. Anbei unsere Daten für den Rahmenvertrag:

Firma: {{cbrand|Schreinerei Bäumler}} GmbH & Co. KG
Anschrift: [[address|Industriestraße 9, 91522 Ansbach]]
USt-IdNr.: [[@ustid:de]]
Handelsregister: Amtsgericht Ansbach HRA {{@num:####}}
Konto für die Servicegebühr: [[@iban:DE:group]]
Ansprechpartnerin: [[oth|Claudia Bäumler]], {{job_title|Personalleitung}}

Mit freundlichen Grüßen
i. A. [[sig|Tobias Wendt]]
{{job_title|Assistenz der Geschäftsführung}}
Tel. [[@phone:DE:fdeslash]]
""",
    # 03 chat with a bot and an agent
    """Pedalbot: Hallo! Ich bin Pedalbot 🚲 Geht es um einen Schaden, eine Inspektion oder deinen Vertrag?
Nutzer: schaden, rad geklaut
Pedalbot: Oh nein! Bitte nenne mir deine Vertragsnummer.
Nutzer: {{@contract:PW-####-####}}
Pedalbot: Danke. Ich verbinde dich mit einer Kollegin.
[[oth|Melanie]] (Pedalwerk): Hallo, hier ist [[intro|Melanie Schubert]]. Das tut mir leid! Hast du schon Anzeige bei der Polizei erstattet? Wir brauchen das Aktenzeichen und die Rechnung des Schlosses.
Nutzer: ja heute morgen in {{city|Leipzig}}, die beamtin hieß [[oth|Frau Yilmaz]]. aktenzeichen hab ich als foto
""",
    # 04 payroll: employee's Steuer-ID and salary conversion
    """Hallo zusammen,

für die Gehaltsumwandlung ab {{date|Mai}} fehlt noch die Steuer-ID von [[oth|Herrn Kemal Aydın]]: [[@idnr:sp]]. Die Rate beträgt {{amount|67,43 €}} brutto im Monat.

Außerdem ist [[oth|Frau Petra Lindner]] in Elternzeit, ihr Vertrag soll ruhen. Ihre Steuer-ID zur Zuordnung: [[@idnr]].

Für den neuen Kollegen [[oth|Piotr Nowak]] (Grenzgänger aus Polen) haben wir bisher nur die PESEL [[@pesel:mid-male]], die Steuer-ID reichen wir nach.

Gruß aus der Lohnbuchhaltung
[[sig|Anke]]
""",
    # 05 Austrian employer: ATU and an Austrian IBAN
    """Sehr geehrter [[sal|Herr Mag. Steiner]],

wie telefonisch besprochen, übermitteln wir Ihnen die Daten unserer österreichischen Niederlassung:

{{cbrand|Huber & Gruber Bau}} GmbH, Linz
UID: [[@atu]]
USt-IdNr. des Stammhauses in Passau: [[@ustid:de]]
Bankverbindung: [[@iban:AT:group]]

Mit freundlichen Grüßen
[[sig|Mag. Elisabeth Gruber]]
{{job_title|Prokuristin}}
[[@phone:DE:m00]] (Diensthandy, deutsche Nummer)
""",
    # 06 SMS reply to an inspection appointment
    """Passt, Do {{time|17 Uhr}} bin ich da. LG [[sig|Mia]]""",
    # 07 a dealer's invoice, named after a surname, dealer Steuer-ID of the owner
    """Moin,

anbei Rechnung {{@invoice:RE-####/24}} zu Ihrer Bestellung {{@order:B-#####}} für das Dienstrad von [[oth|Herrn Jansen]] (Gazelle Ultimate C380, {{amount|3.899,00 €}}).

{{cbrand|Fahrradhaus Petersen}} e.K.
Inh. [[oth|Ole Petersen]]
USt-IdNr. [[@ustid:desp]]
IBAN [[@iban:DE:compact]]

Beste Grüße aus Husum
[[sig|Ole]]
""",
    # 08 review on a rating site
    """★☆☆☆☆ „Nie wieder“ – [[oth|Sven H.]], {{date|vor 2 Wochen}}
Rad seit 7 Wochen in der Werkstatt, Pedalwerk schiebt es auf den Händler ({{street_as_brand|Radladen Kastanienallee}}), der Händler auf Pedalwerk. Zahle brav meine {{amount|52 €}} im Monat für ein Rad, das ich nicht habe.

Antwort von Pedalwerk: Hallo [[sal|Sven]], das klingt wirklich ärgerlich. Bitte melde dich unter [[email|feedback@pedalwerk-dienstrad.de]] mit deiner Vertragsnummer, wir kümmern uns persönlich darum.
""",
    # 09 formal complaint letter about a damage claim
    """[[oth|Dr. Friederike Maaß]]
[[address|Gohliser Straße 27
04155 Leipzig]]

Pedalwerk Dienstrad GmbH
Schadenabteilung

{{city|Leipzig}}, den {{date|12. April 2024}}

Schadennummer {{@ticket:SCH-######}}

Sehr geehrte Damen und Herren,

mit Befremden habe ich Ihre Ablehnung der Kostenübernahme für den Akkutausch ({{amount|689,00 €}}) zur Kenntnis genommen. Der Defekt trat nach 14 Monaten auf und ist eindeutig ein Garantiefall. Die Rechnung der Werkstatt ({{@invoice:WR-#####}}) liegt bei. Ich bitte um Erstattung auf mein Konto [[@iban:DE:group]].

Mit freundlichen Grüßen

[[sig|Dr. F. Maaß]]
""",
    # 10 voicemail transcript
    """Mailbox-Nachricht, {{date|Mi 10.04.}}, {{time|12:41}} (automatisch transkribiert): „Ja, hallo, hier ist der [[intro|Ralf Schönberger]] von der Stadtwerke-Kantine, also ich hab das Rad ja über die Firma, und jetzt ist das Hinterrad verbogen, könnten Sie mich mal zurückrufen, [[@phone:DE:mnat]], danke, tschüss.“""",
    # 11 messenger message, lower case without umlauts
    """hi, ich bin [[intro|timo]] aus der logistik, kurze frage, kann ich das dienstrad auch meiner freundin [[oth|lea]] leihen oder ist das versicherungstechnisch ein problem? lg [[sig|timo]]""",
    # 12 HR forwards an employee's request, two people
    """WG: Zweitrad für Ehepartner?

Hallo [[sal|Herr Albrecht]],

unsere Mitarbeiterin [[oth|Svenja Koch]] fragt, ob sie ein zweites Rad für ihren Mann leasen kann. Ich habe dazu im Rahmenvertrag nichts gefunden. Können Sie uns das beantworten?

Danke und Grüße
[[sig|Bettina Vogt]] | {{job_title|HR Business Partner}}
{{cbrand|Maschinenbau Kessler}} AG
[[@phone:DE:fintl]]
[[email|b.vogt@kessler-maschinenbau.de]]
""",
    # 13 a Polish dealer from Słubice, neighbour ids
    """Guten Tag,

wir sind ein Fahrradgeschäft in Słubice direkt an der Grenze zu Frankfurt (Oder) und möchten Partnerhändler werden. Unsere Daten:
{{cbrand|Rowery Zieliński}} sp. z o.o.
NIP: [[@nip:pl]], REGON [[@regon]]
IBAN: [[@iban:PL:group]]

Mit freundlichen Grüßen / Z poważaniem
[[sig|Marek Zieliński]]
""",
    # 14 one line, no personal data
    """Gilt der Rahmenvertrag auch für E-Lastenräder über {{amount|8.000 €}}?""",
    # 15 insurance payout to a card, card number in the mail
    """Hallo,

die Erstattung für das gestohlene Schloss ({{amount|89,95 €}}) könnt ihr gern auf meine Kreditkarte buchen, die Nummer ist [[@card:dash]]. Auf mein Girokonto geht es natürlich auch: [[@iban:DE:lcgroup]].

Viele Grüße
[[sig|Katharina Brandt]]
""",
    # 16 termination on behalf of a deceased employee
    """Sehr geehrte Damen und Herren,

leider müssen wir Ihnen mitteilen, dass unser Kollege [[oth|Herr Wilfried Sommer]] am {{date|2. April}} verstorben ist. Das Dienstrad (Vertrag {{@contract:PW-####-####}}) befindet sich bei seiner Witwe, [[oth|Frau Gisela Sommer]], [[address|Am Mühlbach 4, 83022 Rosenheim]]. Bitte nehmen Sie direkt mit ihr Kontakt auf, Tel. [[@phone:DE:fdedash]]. Die restlichen Raten übernimmt sie, bitte künftig von ihrem Konto [[@iban:DE:group]] einziehen.

Seine Steuer-ID für die Abrechnung: [[@idnr:sp4]]

Mit freundlichen Grüßen
[[sig|Jürgen Haas]]
{{job_title|Personalabteilung}}
""",
    # 17 tweet-like mention
    """@pedalwerk 3 Monate auf mein Rad gewartet, heute endlich abgeholt bei {{cbrand|Zweirad Schuster}} 🚴‍♀️ danke an [[oth|Dennis]] dort!!""",
    # 18 dealer with Czech partner, neighbour ids
    """Dobrý den / Guten Tag,

unser Partner in {{city|Cheb}}, {{cbrand|Cykloservis Marek}}, möchte auch Dienstradkunden aus Bayern betreuen. Firmendaten:
IČO [[@ico]], DIČ [[@ico:czsame]]
Konto: [[@iban:CZ:group]]

Schöne Grüße
[[sig|Václav Marek]]
""",
    # 19 employee's bank details change, initials signature
    """Hallo Pedalwerk-Team,

meine Bankverbindung hat sich geändert. Bitte die Raten für die Versicherung (Vertrag {{@contract:PW-####-####}}) künftig von [[@iban:DE:dash]] abbuchen (bisher [[@iban:DE:compact]]).

Danke!
[[sig|T. K.]]
""",
    # 20 employer's tax advisor with two ids, signer with title and degree
    """Sehr geehrte [[sal|Frau Dr. Winter]],

im Auftrag unserer Mandantin, der {{cbrand|Bäckerei Wolf}} GmbH (USt-IdNr. [[@ustid:plain]]), bitten wir um Zusendung aller Leasingrechnungen des Jahres 2023. Die Steuer-ID des Geschäftsführers [[oth|Herrn Bernd Wolf]] lautet [[@idnr:sp]].

Mit freundlichen Grüßen

[[sig|Dipl.-Kfm. Rainer Vogel]]
{{job_title|Steuerberater}}
[[@phone:DE:fde0]]
""",
]
# ----------------------------------------------------------------------------- main

CHECKSUM_KINDS = {"card", "iban", "pesel", "birth_number", "national_id", "tax_id"}
MINIMA = {
    "name": 30,
    "signature": 12,
    "salutation": 5,
    "self_intro": 3,
    "checksum_id": 25,
    "phone": 5,
    "email": 2,
    "address": 2,
    "order_or_invoice_keep": 3,
    "surname_company_keep": 2,
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
            rows.append(fill(f"b20-{lang}-{i:02d}", lang, template))
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "two items share a text"
    for lang in LANGS:
        t = tally([r for r in rows if r["lang"] == lang])
        for key, need in MINIMA.items():
            assert t[key] >= need, (lang, key, t[key], need)
    no_pii = sum(not r["pii"] for r in rows)
    assert 5 <= no_pii <= 14, no_pii
    t = tally(rows)
    total = sum(len(r["pii"]) for r in rows)
    assert 0.35 <= t["name"] / total <= 0.60, t["name"] / total
    assert 0.25 <= t["checksum_id"] / total <= 0.50, t["checksum_id"] / total
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
