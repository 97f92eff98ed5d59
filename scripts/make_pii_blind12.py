#!/usr/bin/env python3
"""Write data/eval/pii/blind12.jsonl: a general hand-written PII test split (blind, never tuned on).

280 customer texts (40 each in pl, cs, sk, ru, uk, en, de) by a separate author,
each its own hand-written template: support e-mails and tickets with greetings
and signature blocks, chat transcripts, web forms, reviews, complaints, B2B
invoices with company blocks and tables, quoted replies, forwarded headers and
letters with a sender block. Domains: telecom, energy, water, banks, insurers,
leasing, clinics, dentists, vets, pharmacies, e-shops, marketplaces, couriers,
hotels, airlines, rail, car rental, garages, schools, municipal offices,
property managers, gyms, SaaS, B2B suppliers, accounting and law offices.

Names, checksum identifiers, phones, e-mails, addresses and token links stand
next to near-misses that must survive redaction: order/invoice/ticket/tracking
numbers, customer/contract/meter/policy numbers that fail every id check, dates,
times, amounts, quantities, product codes, brands (some named after people),
companies named after a surname (marked ``{{cbrand|...}}`` in the templates and
written as a ``brand`` keep span), team signatures, job titles, cities, shops
named after streets and greetings without a name. About 25 items carry no PII.

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Jadwigo]]        name, context salutation   (also sig / intro / oth)
    [[email|a@b.pl]]       literal PII of a kind (email, phone, address, url_token...)
    [[@pesel]]             PII value drawn by a generator (kind from GEN)
    {{city|Kraków}}        literal keep span with its `what`
    {{cbrand|Stavby Kubát}} a company named after a surname: keep, what `brand`
    {{@order:####}}        keep value drawn by a generator (what from KEEP_GEN)

Every identifier gets computed check digits and is validated with python-stdnum
(SNILS and the Polish ID card with the published algorithms, Czech and Slovak
domestic account numbers with the bank-account check), and every written PII
span of a checksum kind is checked once more by its kind, independently of its
generator (id_valid); every phone number passes phonenumbers.is_valid_number. Order/invoice/ticket/
tracking numbers, product codes and invalid_checksum_number values fail every
identifier check used here and are not valid phone numbers of the text's
region. Each language must reach the minima in MINIMA (checked on every run,
--check included). The seed of every item is fixed ("b12:" + its id).

    .venv/bin/python scripts/make_pii_blind12.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_blind12.py --check   # file on disk == output
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
OUT = ROOT / "data" / "eval" / "pii" / "blind12.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
SEED = "b12:"

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
    # 01 telecom, overbilling, holder verification with PESEL after the name in the signature
    """Dzień dobry,

na fakturze {{@invoice:F/##/####/2025}} naliczono mi {{amount|89,99 zł}} za pakiet roamingowy, z którego nie korzystałam – w {{date|lutym}} nie wyjeżdżałam nawet z {{city|Radomia}}. Proszę o korektę i zwrot na konto, z którego płacę.

Dla weryfikacji abonenta:
[[sig|Halina Grzelak-Bąk]], PESEL [[@pesel:senior-female]]
nr abonenta {{@num:1-########}}
kontakt: [[@phone:PL:mg3]]""",
    # 02 energy, prosumer web form with field labels
    """Formularz: zgłoszenie mikroinstalacji PV
Imię i nazwisko: [[intro|Zbigniew Oleksy]]
PESEL: [[@pesel:senior-male]]
Adres instalacji: [[address|Zagórze 14, 32-050 Skawina]]
Moc instalacji: {{quantity|6,4 kWp}}
Numer PPE: {{@meter:5900##############}}
Rachunek do rozliczeń nadwyżki: [[@iban:PL:nrbc]]
Telefon: [[@phone:PL:mnat]]
E-mail: [[email|zbyszek.oleksy@wp.pl]]
Uwagi: licznik dwukierunkowy miał być wymieniony do {{date|15.04}}, nikt się nie pojawił.""",
    # 03 bank chat, card blocked, customer pastes the card number, consultant named
    """[{{time|19:02}}] Konsultant [[oth|Patrycja]]: Dzień dobry, w czym mogę pomóc?
[{{time|19:03}}] Klient: karta mi nie przechodzi na stacji, pisze odmowa
[{{time|19:03}}] Konsultant: Proszę podać ostatnie cztery cyfry karty.
[{{time|19:04}}] Klient: [[@card:group]]
[{{time|19:04}}] Klient: oj, całą wkleiłem, sorry
[{{time|19:05}}] Konsultant: Nic się nie stało. Karta została zablokowana prewencyjnie po transakcji na {{amount|1 940,00 EUR}}. Czy to Pan ją wykonał?""",
    # 04 motor insurer, collision, other driver named, policy number kept
    """Zgłaszam szkodę z OC sprawcy. Dnia {{date|3 czerwca}} ok. {{time|7:40}} na rondzie w {{city|Gliwicach}} w mój samochód wjechał pan [[oth|Dawid Strzelczyk]], który przyznał się do winy i podpisał oświadczenie. Jego polisa: {{@policy:9########-#}}.
Szkoda: tylny zderzak, klapa, czujniki parkowania (wycena warsztatu {{amount|7 300 zł}}).
Moje konto do wypłaty: [[@iban:PL:nrb]]

[[sig|Tomasz Rejmer]]
PESEL: [[@pesel:mid-male]]
[[@phone:PL:m00]]""",
    # 05 leasing, B2B company block with dashed NIP and REGON, surname company
    """Szanowni Państwo,

w nawiązaniu do oferty {{@order:OF/####/25}} na leasing dwóch ciągników siodłowych prosimy o przygotowanie umów na poniższy podmiot:

{{cbrand|Trans-Pawlak}} Sp. z o.o.
[[address|ul. Przemysłowa 22, 62-800 Kalisz]]
NIP [[@nip:dash]]  REGON [[@regon]]

Rachunek do zwrotu kaucji: [[@iban:PL:group]]
Osoba do kontaktu: [[oth|Izabela Pawlak]], {{job_title|główna księgowa}}, [[email|i.pawlak@trans-pawlak.pl]]

Z poważaniem
[[sig|Jerzy Pawlak]]
{{job_title|Prezes Zarządu}}""",
    # 06 clinic registration, mother writes for her son, child's PESEL
    """Dzień dobry, chciałabym zapisać syna na wizytę u alergologa. Dane: [[oth|Franciszek Lewandowski]], PESEL [[@pesel:child-male]], skierowanie od lekarza rodzinnego z {{date|12.05.2025}}. Pasuje nam każdy dzień po {{time|15:30}}.
pozdrawiam, [[sig|Agnieszka Lewandowska]]
[[@phone:PL:mg3dash]]""",
    # 07 dentist review, no PII, clinic named after a family
    """Polecam {{cbrand|Gabinet Stomatologiczny Kruczkowscy}}! Leczenie kanałowe dwóch zębów w {{quantity|2 wizyty}}, całość {{amount|1 650 zł}}, bez bólu. Recepcja oddzwania w ciągu {{quantity|godziny}}. Parking pod budynkiem, {{city|Rzeszów}} centrum. {{quantity|5/5}}""",
    # 08 vet, lower case without diacritics, dog's name is not PII
    """dzien dobry
piesek Kajtek (beagle, chip {{@num:616##########}}) po szczepieniu u Panstwa {{date|w sobote}} ma spuchnieta lape i nie chce jesc. czy to normalne? mam przyjsc jutro rano?
[[sig|malgorzata wojcik]]
tel [[@phone:PL:mcompact]]""",
    # 09 pharmacy, e-prescription by phone, PESEL named as "the number from the prescription"
    """Dzień dobry, czy w aptece przy {{street_as_brand|Rynku Kościuszki}} jest {{brand|Euthyrox}} {{quantity|100 mcg}}, {{quantity|2 opakowania}}? Mam e-receptę, kod {{@num:####}}, a numer, o który i tak pani zapyta, to [[@pesel:female]]. Odbierze mąż, [[oth|Rafał]], po {{time|17}}.
[[sig|Kinga Sowa]]""",
    # 10 e-shop return, NRB wrapped across two lines
    """Zwracam zamówienie {{@order:ZAM-########}} (kurtka, rozmiar M – za mała). Paczkę nadałam {{date|wczoraj}} w paczkomacie, nr nadania {{@tracking:##########################}}. Etykietę pobrałam z linku z maila, [[@url:https://zwroty.modna-szafa.pl/etykieta?token=]], regulamin zwrotów czytałam na {{url|modna-szafa.pl/zwroty}}.
Pieniądze proszę przelać na rachunek
[[@iban:PL:nrbwrap]]
właściciel rachunku: [[oth|Renata Michalska]] (moja mama, ja nie mam konta).
Dziękuję, [[sig|Weronika Michalska]]""",
    # 11 marketplace fraud, seller's name, phone and account quoted
    """Zgłaszam oszustwo. Kupiłem na {{brand|OLX}} konsolę za {{amount|1 450 zł}}, sprzedający podał się jako [[oth|Krystian Mazur]], tel. [[@phone:PL:m00]], i kazał zapłacić przelewem na [[@iban:PL:nrbc]]. Po przelewie przestał odpisywać, a ogłoszenie {{@num:########}} zniknęło.
Mój numer: [[@phone:PL:mintl]]
[[sig|Hubert Zawada]]""",
    # 12 parcel locker complaint, no PII, team signature
    """Dzień dobry,
przesyłka {{@tracking:##########################}} od {{quantity|trzech dni}} ma status „w drodze”, a paczkomat {{@product:KRA##M}} przy ul. Wielickiej był pusty. W paczce są leki, proszę o sprawdzenie.
Odpowiedź: Przesyłka utknęła w sortowni w {{city|Piotrkowie Trybunalskim}}, dostarczymy ją najpóźniej {{date|w piątek}}.
{{team_name|Zespół Obsługi Klienta}}""",
    # 13 hotel, invoice request with NIP glued to the label
    """Dobry wieczór, prosimy o wystawienie faktury za pobyt {{date|8–10 listopada}} (pokój {{quantity|2-osobowy}}, rezerwacja {{@order:#######}}) na firmę:
{{cbrand|Kancelaria Podatkowa Sołtys i Wspólnicy}}
NIP:[[@nip]] / REGON:[[@regon]]
[[address|al. Jana Pawła II 61/4, 01-031 Warszawa]]
Fakturę prosimy przesłać na [[email|faktury@soltys-kancelaria.pl]].
[[sig|A. Sołtys]]""",
    # 14 airline, lost luggage, forwarded message header
    """---------- Wiadomość przekazana ----------
Od: [[oth|Paweł Kozłowski]] <[[email|pawel.kozlowski84@gmail.com]]>
Data: {{date|pon., 7 lip 2025}} {{time|22:14}}
Temat: bagaż PIR {{@num:WAW@@#####}}

Witam, mój bagaż nie doleciał z {{city|Barcelony}} lotem {{product_code|LO 434}}. Walizka granatowa, {{quantity|23 kg}}. Proszę o dostarczenie na adres [[address|ul. Topolowa 5, 05-500 Piaseczno]], a zwrot za zakupy pierwszej potrzeby na konto [[@iban:PL:nrbc]].
[[sig|Paweł]]""",
    # 15 rail refund, ticket number kept, IBAN with PL prefix grouped
    """Szanowni Państwo,
pociąg {{product_code|IC 5312}} z {{city|Poznania}} dotarł do {{city|Przemyśla}} z opóźnieniem {{quantity|212 minut}}. Na podstawie regulaminu wnoszę o odszkodowanie za bilet nr {{@ticket:@@#########}} ({{amount|164,40 zł}}).
Proszę o przelew na: [[@iban:PL:group]]

Z wyrazami szacunku
[[sig|Stanisław Bieniek]]
[[email|s.bieniek@o2.pl]]
[[address|os. Kopernika 12/40, 37-700 Przemyśl]]""",
    # 16 car rental, main driver's ID card number and a second driver
    """Rezerwacja {{@order:RES-######}}, odbiór {{date|22.08}} lotnisko {{city|Katowice-Pyrzowice}}.
Kierowca główny: [[intro|Oksana Melnyk]], dowód osobisty [[@plid]]
Drugi kierowca: [[oth|Petro Melnyk]], PESEL [[@pesel:mid-male]] (mieszka w Polsce od 2016)
Proszę o fotelik dla dziecka i ubezpieczenie bez udziału własnego ({{amount|45 zł/doba}}).""",
    # 17 garage review, surname company and named mechanic
    """W {{cbrand|Auto-Serwis Dudek}} na {{street_as_brand|Kaliskiej}} wymienili mi rozrząd w {{quantity|jeden dzień}}, cena jak w wycenie ({{amount|2 100 zł}}). Pan [[oth|Leszek]] wszystko pokazał i wytłumaczył. Jedyny minus – kawa z automatu 😉
– [[sig|Grzegorz]] z {{city|Łasku}}""",
    # 18 school, parent to form teacher, diminutive salutation and child named
    """Pani [[sal|Magdo]],
[[oth|Julka]] jutro nie będzie w szkole, jedziemy do ortodonty do {{city|Krakowa}} na {{time|10:15}}. Zadania z matematyki odrobi w weekend.
Pozdrawiam serdecznie
[[sig|Ewelina Kubiak]] (mama [[oth|Julki]], klasa 4b)""",
    # 19 municipal office, letter with sender block on top, PESEL far from the label
    """[[sig|Władysław Szymczak]]
[[address|ul. Lipowa 3, 97-300 Piotrków Trybunalski]]

Urząd Miasta {{city|Piotrkowa Trybunalskiego}}
{{team_name|Wydział Podatków i Opłat}}

Dotyczy: decyzji {{@num:FN.3120.####.2025}}

Proszę o rozłożenie podatku od nieruchomości na {{quantity|4 raty}}. Jestem emerytem, a świadczenie wynosi {{amount|2 480 zł}} netto. W decyzji pomylono mi numer identyfikacyjny, prawidłowy to – zgodnie z dowodem osobistym, którego kopię dołączam – [[@pesel:senior-male]].

[[sig|Władysław Szymczak]]""",
    # 20 housing cooperative, quoted reply, administrator named
    """Dzień dobry, nadal czekam na odpowiedź. Woda w piwnicy stoi od {{date|poniedziałku}}. PESEL właściciela, o który Państwo prosili: [[@pesel:senior-male]]
[[sig|Jan Frączek]], m. {{quantity|17}}

W dniu {{date|11.03.2025}} o {{time|08:02}} Administracja <[[email|administracja@sm-zorza.pl]]> napisała:
> Panie [[sal|Janie]], przekazaliśmy zgłoszenie {{@ticket:ZGL/####}} konserwatorowi, panu [[oth|Kazimierzowi Bartosikowi]]. Do zgłoszenia w ubezpieczalni prosimy jeszcze o numer PESEL właściciela lokalu.
> {{team_name|Administracja SM „Zorza”}}""",
    # 21 gym, cancelling membership, self-introduction, card for the last payment
    """Cześć, tu [[intro|Kamil Nowicki]], mam karnet {{@num:FIT-######}} w klubie na {{street_as_brand|Ogrodowej}}. Chcę go zawiesić na {{quantity|2 miesiące}} (kontuzja kolana, mam zwolnienie). Ostatnia opłata {{amount|149 zł}} poszła z karty [[@card:plain]] {{date|1 marca}}, proszę jej nie obciążać w kwietniu, a nadpłatę zwrócić na [[@iban:PL:group]].
[[@phone:PL:mintlg3]]""",
    # 22 SaaS invoice, pipe table with seller and buyer, PL prefixed NIP
    """FAKTURA VAT {{@invoice:FV/####/05/2025}}
| | Sprzedawca | Nabywca |
|---|---|---|
| Nazwa | CloudKsięga Sp. z o.o. | Studio Fotograficzne [[oth|Marta Wilk]] |
| NIP | [[@nip:pl]] | [[@nip:sp]] |
| Adres | [[address|ul. Kreatywna 1, 30-002 Kraków]] | [[address|ul. Zielona 18, 43-300 Bielsko-Biała]] |
Pozycja: abonament Pro, {{quantity|12 mies.}}, {{amount|1 188,00 zł}} netto, VAT {{percent|23%}}
Termin płatności: {{date|14 dni}}
Konto sprzedawcy: [[@iban:PL:nrb]]""",
    # 23 B2B supplier order confirmation, salesman signature with company NIP in footer
    """Panie [[sal|Arturze]],
potwierdzamy przyjęcie zamówienia {{@order:ZK/####/####}}: płyta OSB {{product_code|OSB3-18-2500}} × {{quantity|120 szt.}}, wkręty {{product_code|WKR-4x40}} × {{quantity|50 op.}}. Dostawa transportem własnym {{date|czwartek}} między {{time|8}} a {{time|12}}.

--
[[sig|Rafał Cieślak]] | {{job_title|Przedstawiciel handlowy}}
{{cbrand|Hurtownia Budowlana Cieślak}} | NIP [[@nip:dash2]] | REGON [[@regon:14]]
kom. [[@phone:PL:mg3]]""",
    # 24 accounting office, new employee's data in a key-value list
    """Pani [[sal|Bożeno]], przesyłam dane nowego pracownika do zgłoszenia w ZUS od {{date|1 lipca}}:

nazwisko i imię: [[oth|KOWALCZYK Adrian]]
pesel – [[@pesel:mid-male]]
adres zam. – [[address|ul. Spacerowa 9, 86-300 Grudziądz]]
rachunek do wypłat – [[@iban:PL:nrb]]
stanowisko: {{job_title|magazynier}}, {{quantity|pełny etat}}, umowa na {{quantity|3 miesiące}}

[[sig|Wiesia]]""",
    # 25 law office, title-only salutation, case reference kept, client introduces herself
    """{{greeting_without_name|Szanowny Panie Mecenasie}},

nazywam się [[intro|Dorota Kaczmarek-Ryś]] i piszę w sprawie o sygn. akt {{invalid_checksum_number|I C 1187/24}} przeciwko deweloperowi. Otrzymałam pismo z sądu z terminem rozprawy na {{date|9 października}}, godz. {{time|11:30}}. Czy moja obecność jest konieczna?
Mój nowy numer telefonu: [[@phone:PL:mnat]], a PESEL do pełnomocnictwa: [[@pesel:sp-female]]

Z poważaniem
[[sig|D. Kaczmarek-Ryś]]""",
    # 26 water utility chat, customer gives the wrong then the right NIP
    """[{{time|10:21}}] Bot: Podaj numer klienta lub NIP firmy.
[{{time|10:22}}] Gość: {{@bad:nip}}
[{{time|10:22}}] Bot: Nie znaleziono klienta.
[{{time|10:23}}] Gość: przepraszam, literówka: [[@nip]]
[{{time|10:23}}] Bot: Dziękuję. Łączę z konsultantem.
[{{time|10:24}}] [[oth|Natalia]] (BOK): Dzień dobry Pani [[sal|Renato]], widzę zaległość {{amount|312,18 zł}} za {{date|I kwartał}}.""",
    # 27 gas meter, no PII
    """Dzień dobry, gazomierz nr {{@meter:########}} w lokalu przy {{street_as_brand|Grunwaldzkiej}} w {{city|Koszalinie}} pokazuje dziś {{quantity|3 981 m³}}. Proszę o rozliczenie według odczytu, a nie prognozy. Umowa {{@contract:UK/######/2019}}.""",
    # 28 internet provider, Ukrainian customer, Polish with errors, transliteration
    """Dzien dobry. Ja [[intro|Oleksandr Tkachenko]] (po ukrainsku [[intro|Олександр Ткаченко]]), umowa na internet {{@contract:INT-#######}}. Od {{date|piontku}} nie dziala router {{product_code|HG8245H}}, mruga czerwone LOS. Moj PESEL [[@pesel:mid-male]], telefon [[@phone:PL:mg3]]. Prosze technika, jestem w domu po {{time|18:00}}.
Dziekuje""",
    # 29 bank, wrong recipient, two accounts and the recipient's name
    """Szanowni Państwo,
{{date|20.02.2025}} wykonałam przelew {{amount|2 750,00 zł}} tytułem czynszu, ale w numerze rachunku pomyliłam dwie cyfry. Pieniądze wyszły z mojego konta [[@iban:PL:nrb]] na rachunek [[@iban:PL:nrbc]], odbiorca w potwierdzeniu: [[oth|Sebastian Urbański]]. Proszę o procedurę zwrotu.
Reklamacja {{@ticket:RK########}}

Łączę pozdrowienia
[[sig|Bogumiła Kasprzak]]
[[address|ul. Kasztanowa 40/2, 58-500 Jelenia Góra]]
tel. [[@phone:PL:mintl]]""",
    # 30 travel insurer, hospital abroad, spouse named
    """Dzień dobry, mąż, [[oth|Krzysztof Adamczyk]], trafił do szpitala w {{city|Splicie}} z zapaleniem wyrostka. Polisa turystyczna {{@policy:PT-########}}, ubezpieczony od {{date|28.06}} do {{date|12.07}}. Szpital żąda zaliczki {{amount|1 800 EUR}}, mogę zapłacić kartą [[@card:dots]]. Jego PESEL [[@pesel:mid-male]].
Proszę pilnie o kontakt: [[@phone:PL:m00]] (chorwacki roaming działa)
[[sig|Emilia Adamczyk]]""",
    # 31 shoe shop review, no PII, brands that look like people
    """Kupiłam w {{brand|Ryłko}} botki za {{amount|399 zł}}, po {{quantity|dwóch tygodniach}} odkleiła się podeszwa. Reklamację przyjęli od ręki, ale na decyzję czekałam {{quantity|14 dni}}. W {{brand|Ochnik}} obok obsługa dużo milsza. Sklep w galerii przy {{street_as_brand|Głębokiej}}, {{city|Lublin}}.""",
    # 32 courier, delivery to neighbour, courier named, address
    """Kurier [[oth|Mirek]] zostawił paczkę {{@tracking:#############}} u sąsiada, choć w aplikacji była opcja „tylko do rąk własnych”. Sąsiad wyjechał na {{quantity|tydzień}}. Adres doręczenia: [[address|ul. Wrzosowa 27B, 44-100 Gliwice]].
Odszkodowanie proszę na [[@iban:PL:nrb]].
Proszę o kontakt: [[email|ola.mrozek@onet.pl]]
[[sig|Aleksandra]]""",
    # 33 flat rental, tenant's data for the lease, ID card in lower case
    """Hej, tu [[intro|Ania]], w sprawie mieszkania na {{street_as_brand|Piotrkowskiej}} 🙂 Do umowy najmu podaję:
[[oth|Anna Zielińska-Nguyen]]
dowód: [[@plid:lc]]
[[@pesel:female]] – to pesel
Kaucja {{amount|3 200 zł}} może być przelewem od {{date|1.09}}?
[[@phone:PL:mnat]]""",
    # 34 university dorm, student number kept, signature surname first
    """{{greeting_without_name|Szanowna Pani Kierownik}},
uprzejmie proszę o przydział miejsca w domu studenckim na rok akademicki {{date|2025/26}}. Nr albumu {{@num:######}}, PESEL [[@pesel:female]], kierunek informatyka, rok {{quantity|II}}. Dochód na osobę w rodzinie: {{amount|1 270 zł}}.
[[sig|NOWAKOWSKA Zuzanna]]
[[email|z.nowakowska@student.uwr.edu.pl]]""",
    # 35 energy chatbot, contract number, customer's e-mail and PESEL as a bare answer
    """Bot: Podaj numer umowy.
Ty: {{@contract:##########/2024}}
Bot: Dla potwierdzenia podaj PESEL właściciela umowy.
Ty: [[@pesel:g3]]
Bot: Dziękujemy. Zaległość: {{amount|0,00 zł}}. Następna faktura {{date|10.06.2025}}.
Ty: prosze o wysylanie faktur na maila [[email|k.gorecki.1977@interia.pl]]
Ty: i link do resetu hasla nie dziala: [[@url:https://ebok.energia-pomorze.pl/reset-hasla?token=]]""",
    # 36 construction company, Czech supplier with IČO, DIČ and CZ IBAN
    """Pani [[sal|Joanno]], prosimy o korektę faktury {{@invoice:2025####}} od dostawcy z Czech – brakuje danych nabywcy. Dane dostawcy z faktury:
{{cbrand|Kovárna Hruška}} s.r.o., IČO [[@ico]], DIČ [[@ico:czsame]]
rachunek: [[@iban:CZ:group]]
Zapłacimy po korekcie, kwota {{amount|4 812 EUR}}.
[[sig|Monika Szewczyk]] – {{job_title|specjalista ds. zakupów}}""",
    # 37 online pharmacy, card payment failed, signature on the closing line
    """Panie [[sal|Przemysławie]], tak jak rozmawialiśmy przez telefon: zamówienie {{@order:AP#######}} opłaciłem kartą [[@card:dash]], pieniądze zeszły ({{amount|86,40 zł}}), a status dalej „oczekuje na płatność”. Proszę o sprawdzenie. Pozdrawiam – [[sig|Bartosz Jabłoński]]""",
    # 38 telecom, informal SMS-style lower case, self-intro with a diminutive
    """hej tu [[intro|kasia]] od pana [[oth|marka]] z {{cbrand|Serwisu GSM Malinowski}}, numer [[@phone:PL:mg3]] mi przeniesiecie do was do {{date|piatku}}? kod PUK mam, umowa {{@contract:###-######}}""",
    # 39 tax question, NIP named indirectly and REGON after it, far from the company name
    """Witam, prowadzę jednoosobową działalność, {{cbrand|Usługi Remontowe Kubicki}}. W CEIDG widnieje stary adres, a przecież zmieniałem go {{date|w marcu}}. Numer, który dostałem przy rejestracji w urzędzie skarbowym, to [[@nip]], a ten z GUS – [[@regon]]. Proszę o informację, czy muszę składać nowy wniosek.
[[sig|Marian Kubicki]]
[[@phone:PL:mg3]]""",
    # 40 hotel review, no PII, streets and cities
    """Hotel przy {{street_as_brand|Długiej}} w {{city|Gdańsku}} – świetna lokalizacja, śniadania {{amount|65 zł}} od osoby, ale pokój {{quantity|304}} od ulicy, hałas do {{time|2:00}}. Obsługa recepcji bardzo pomocna, parking {{amount|90 zł/doba}}. {{quantity|4/5}}""",
]

# =========================================================================== cs
ITEMS["cs"] = [
    # 01 telecom, bill complaint, signature with birth number for verification
    """{{greeting_without_name|Dobrý den}},

ve vyúčtování {{@invoice:#########}} za {{date|duben}} mám účtováno {{amount|1 248 Kč}} za prémiové SMS, které jsem nikdy neposílala. Žádám o vrácení a zablokování placených služeb na mém čísle [[@phone:CZ:mnat]].

S pozdravem
[[sig|Libuše Marková]]
RČ [[@rc:senior-female]]""",
    # 02 energy, change of supplier web form
    """Žádost o změnu dodavatele elektřiny
Jméno a příjmení: [[intro|Radek Hruban]]
Rodné číslo: [[@rc:mid-male]]
Adresa odběrného místa: [[address|Lipová 412, 278 01 Kralupy nad Vltavou]]
EAN: {{@meter:8591824########}}
Roční spotřeba: {{quantity|3,2 MWh}}
Číslo účtu pro přeplatky: [[@iban:CZ:dom]]
Telefon: [[@phone:CZ:mintl]]
E-mail: [[email|radek.hruban@seznam.cz]]""",
    # 03 bank chat, card lost, customer verifies with a birth number without slash
    """{{time|21:47}} Klient: dobrý večer, ztratil jsem peněženku i s kartou
{{time|21:47}} [[oth|Veronika]] ({{team_name|Podpora}}): Dobrý večer, kartu hned zablokujeme. Ověřím vás, napište prosím rodné číslo.
{{time|21:48}} Klient: [[@rc:plain-male]]
{{time|21:49}} [[oth|Veronika]] ({{team_name|Podpora}}): Děkuji, karta končící {{invalid_checksum_number|4471}} je zablokovaná. Nová dorazí do {{quantity|7 pracovních dnů}}.""",
    # 04 insurer, hail damage, domestic account for the payout
    """Hlásím pojistnou událost – krupobití dne {{date|23. 6. 2025}} v {{city|Olomouci}}. Poškozená střecha garáže a auto {{brand|Škoda Octavia}}. Pojistná smlouva {{@policy:##########}}.
Plnění prosím na účet [[@iban:CZ:dom]].
Fotky pošlu odpoledne.

[[sig|Vladimír Koudelka]]
RČ pojistníka: [[@rc:mid-male]]
[[@phone:CZ:mg3]]""",
    # 05 leasing, company block with spaced IČO and DIČ
    """Vážení,

na základě nabídky {{@order:NAB-####-##}} žádáme o operativní leasing {{quantity|3 vozů}} {{brand|Hyundai Tucson}}. Údaje o společnosti:

{{cbrand|Stavebniny Pokorný}} s.r.o.
[[address|Průmyslová 1187, 530 09 Pardubice]]
IČO: [[@ico:sp]]
DIČ: [[@ico:czsame]]
Bankovní spojení: [[@iban:CZ:group]]

S pozdravem
[[sig|Ing. Miroslav Pokorný]]
{{job_title|jednatel}}
[[@phone:CZ:mintl]] | [[email|pokorny@stavebniny-pokorny.cz]]""",
    # 06 GP, registering a child, child's birth number
    """Dobrý den, paní doktorko,
chtěla bych k Vám přeregistrovat dceru [[oth|Elišku Nguyenovou]], RČ [[@rc:child-female]], pojišťovna {{invalid_checksum_number|111}}. Dosud chodila k MUDr. [[oth|Holubovi]] v {{city|Berouně}}, ale přestěhovali jsme se.
Děkuji, [[sig|Thi Hoa Nguyenová]]
[[@phone:CZ:mnat]]""",
    # 07 dentist review, no PII
    """Zubní ordinace na {{street_as_brand|Vinohradské}} – objednání přes web, čekala jsem jen {{quantity|10 minut}}. Dentální hygiena {{amount|1 400 Kč}}, vše vysvětlili. Parkování v okolí hrozné. {{quantity|4 hvězdy}}""",
    # 08 vet, lower case without diacritics, diminutive signature
    """dobry den
vcera jsme u vas byli s kockou (Micka, cip {{@num:203#########}}), dostala antibiotika na {{quantity|7 dni}} ale nechce je zrat ani v kapsicce. muzeme to dat injekcne? mame cas v {{date|patek}} po {{time|16}}.
[[sig|jirka]]
[[@phone:CZ:mcompact]]""",
    # 09 pharmacy availability, no PII
    """Dobrý den, máte v lékárně {{brand|Dr.Max}} v {{city|Kolíně}} skladem {{brand|Nurofen}} sirup pro děti {{quantity|100 ml}}? Na webu {{url|www.drmax.cz}} píšete „dostupné do {{quantity|48 h}}“, ale potřebuji to dnes. Kód eReceptu nemám, je to volně prodejné. Děkuji.""",
    # 10 e-shop return, refund account with a prefix-less domestic number
    """Reklamace objednávky {{@order:##########}} – robotický vysavač {{product_code|RV-6500X}} nenabíjí. Zboží jsem poslal zpět přes Zásilkovnu ({{@tracking:Z #### ### ###}}).
Štítek jsem tiskl z odkazu [[@url:https://vraceni.elektro-svet.cz/stitek?token=]].
Peníze prosím na účet [[@iban:CZ:dom]], majitel účtu [[oth|Petr Sýkora]] (můj otec).
[[sig|Ondřej Sýkora]]
[[@phone:CZ:mnat]]""",
    # 11 classifieds fraud
    """Dobrý den, na {{brand|Bazoši}} jsem koupila kočárek za {{amount|6 500 Kč}}. Prodejce, který se představil jako [[oth|Marek Veselý]], tel. [[@phone:CZ:m00]], chtěl peníze na účet [[@iban:CZ:dom]] a pak se odmlčel. Platila jsem ze svého účtu [[@iban:CZ:dom]]. Inzerát {{@num:#########}} už neexistuje. Chci podat trestní oznámení, co k tomu potřebujete?
[[sig|Kristýna Bartošová]], [[email|k.bartosova@email.cz]]""",
    # 12 parcel pickup point, self-introduction, team signature
    """Dobrý den, tady [[intro|Hana Kratochvílová]]. Zásilka {{@tracking:Z ### #### ###}} má být podle SMS na výdejním místě v {{city|Třebíči}}, ale paní na pobočce ji nenašla. Můžete to prověřit?

Odpověď: Dobrý den, paní [[sal|Kratochvílová]], zásilka byla omylem doručena na jiné výdejní místo, zítra bude u Vás. Omlouváme se.
{{team_name|Tým zákaznické podpory}}""",
    # 13 hotel invoice, IČ glued to the label, DIČ on the next line
    """Prosím o vystavení faktury za ubytování {{date|3.–5. 9.}} (rezervace {{@order:#######}}) na firmu:
{{cbrand|Účetnictví Machala}} s.r.o.
IČ:[[@ico]]
DIČ:[[@ico:czsame]]
[[address|Nádražní 56, 702 00 Ostrava]]
Děkuji, [[sig|Jaroslava Machalová]]""",
    # 14 airline, forwarded header, reservation code
    """---------- Přeposlaná zpráva ----------
Od: [[oth|Tomáš Beneš]] <[[email|tomas.benes@centrum.cz]]>
Datum: {{date|út 15. 7. 2025}} {{time|23:05}}
Předmět: zpoždění letu {{product_code|QS 1125}}

Dobrý den, let z {{city|Heraklionu}} přiletěl se zpožděním {{quantity|5 h 40 min}}. Rezervace {{@order:@@@###}}, cestující [[oth|Tomáš Beneš]] a [[oth|Lucie Benešová]]. Žádám o kompenzaci {{amount|400 EUR}} na osobu, na účet [[@iban:CZ:group]].""",
    # 15 rail refund, CZ IBAN grouped
    """Dobrý den,
vlak {{product_code|EC 173}} z {{city|Prahy}} do {{city|Brna}} měl zpoždění {{quantity|95 minut}}. Jízdenka {{@ticket:###########}}, cena {{amount|329 Kč}}. Prosím o odškodné na účet
[[@iban:CZ:group]]
[[sig|Antonín Zeman]]
[[@phone:CZ:m00]]""",
    # 16 car rental, main driver form, birth number plain
    """Rezervace {{@order:CR######}}
Hlavní řidič: [[intro|Jakub Doležal]]
Rodné číslo: [[@rc:plain-mid-male]]
Řidičem od: {{date|2009}}
Druhý řidič: [[oth|Barbora Doležalová]]
Vyzvednutí: {{city|Letiště Václava Havla}}, {{date|12. 8.}} {{time|9:30}}
Platba kartou: [[@card:group]]""",
    # 17 garage review, surname company and mechanic
    """{{cbrand|Autoservis Vondráček}} v {{city|Písku}} – výměna spojky za {{amount|14 900 Kč}}, hotovo za {{quantity|dva dny}}. Pan [[oth|Vondráček]] mladší mi vše ukázal, staré díly vrátil. Doporučuji.
[[sig|Luboš]]""",
    # 18 school, parent to teacher, surname salutation and child named
    """Dobrý den, paní [[sal|Svobodová]],
[[oth|Vojta]] bude od zítra do {{date|pátku}} nemocný, má angínu. Prosím o zaslání úkolů přes Bakaláře.
Děkuji
[[sig|Petra Šimková]]
[[@phone:CZ:mintl]]""",
    # 19 municipal office, letter with sender block, birth number far from its label
    """[[sig|Jindřich Kalina]]
[[address|Husova 9, 586 01 Jihlava]]
tel. [[@phone:CZ:fnat]]

Magistrát města {{city|Jihlavy}}
{{team_name|Odbor správních činností}}

Věc: žádost o prominutí poplatku za odpad

Žádám o prominutí místního poplatku za komunální odpad za rok {{date|2025}} ve výši {{amount|900 Kč}}, protože jsem se od {{date|ledna}} zdržoval v zahraničí. Pro dohledání v evidenci uvádím své rodné číslo, které mi na úřadě minule nechtěli věřit, že je správně: [[@rc:senior-male]].
Případný přeplatek prosím na účet [[@iban:CZ:dom]].

[[sig|Jindřich Kalina]]""",
    # 20 housing association, quoted reply
    """Pořád to teče. Prosím o urgentní zásah. Rodné číslo vlastníka, jak jste chtěli: [[@rc:senior-female]]
[[sig|Dagmar Vlčková]], byt {{quantity|12}}

Dne {{date|14. 3. 2025}} v {{time|9:12}} napsal(a) Správa SVJ <[[email|sprava@svj-korunni.cz]]>:
> Vážená paní [[sal|Vlčková]], instalatér pan [[oth|Dušek]] přijde ve čtvrtek. Tiket {{@ticket:SV-####}}. Pro pojišťovnu ještě potřebujeme rodné číslo vlastníka bytu.
> {{team_name|Správa SVJ Korunní}}""",
    # 21 gym membership, card payment
    """Ahoj, jmenuju se [[intro|Filip Havlík]] a chci zrušit permanentku {{@num:PF######}} ve fitku na {{street_as_brand|Sokolovské}}. Minulý měsíc mi strhli {{amount|990 Kč}} z karty [[@card:dash]] i když jsem to rušil už v {{date|březnu}}. Vraťte mi to prosím na účet [[@iban:CZ:dom]].""",
    # 22 SaaS invoice, pipe table, domestic account
    """FAKTURA – DAŇOVÝ DOKLAD č. {{@invoice:2025####}}
| | Dodavatel | Odběratel |
|---|---|---|
| Název | RezervujTo s.r.o. | Kadeřnictví [[oth|Ivana Kopecká]] |
| IČO | [[@ico]] | [[@ico]] |
| DIČ | [[@ico:czsame0]] | neplátce DPH |
| Sídlo | [[address|Kounicova 20, 602 00 Brno]] | [[address|Palackého 7, 674 01 Třebíč]] |
Položka: licence Salon, {{quantity|12 měsíců}}, {{amount|4 680 Kč}}, DPH {{percent|21 %}}
Účet: [[@iban:CZ:dom]], VS {{@invoice:2025####}}""",
    # 23 B2B supplier, order confirmation, salutation by surname, salesman's signature with IČO
    """Dobrý den, pane [[sal|Horáku]],
potvrzujeme objednávku {{@order:OBJ/####/25}}: sádrokarton {{product_code|RB 12,5}} × {{quantity|80 ks}}, profily {{product_code|CW 50}} × {{quantity|40 ks}}. Doprava {{date|ve středu}} dopoledne.

S pozdravem
[[sig|Martin Beran]], {{job_title|obchodní zástupce}}
{{cbrand|Beran Stavebniny}} | IČO [[@ico]] | DIČ [[@ico:czsame]]
mob. [[@phone:CZ:mintl]]""",
    # 24 accounting office, new employee's data
    """Ahoj [[sal|Jano]],
posílám údaje nové zaměstnankyně k přihlášení na ČSSZ od {{date|1. 7.}}:
jméno: [[oth|Olena Bondarenko]]
RČ: [[@rc:mid-female]]
bydliště: [[address|Plzeňská 233, 150 00 Praha 5]]
účet pro mzdu: [[@iban:CZ:dom]]
pozice: {{job_title|skladnice}}, úvazek {{quantity|1,0}}
[[sig|Zdena]]""",
    # 25 law office, title-only salutation, self-introduction, case number kept
    """{{greeting_without_name|Vážený pane magistře}},

jmenuji se [[intro|Alžběta Řeháková]] a obracím se na Vás ve věci sp. zn. {{invalid_checksum_number|15 C 318/2024}} (spor s pronajímatelem). Soud nařídil jednání na {{date|7. října}} v {{time|10:00}}. Musím se dostavit osobně? Pro plnou moc: RČ [[@rc:plain-female]].

S úctou
[[sig|A. Řeháková]]
[[@phone:CZ:mnat]]""",
    # 26 water utility chat, wrong and corrected IČO
    """[{{time|14:02}}] Chatbot: Zadejte číslo odběratele nebo IČO.
[{{time|14:03}}] Návštěvník: {{@bad:ico}}
[{{time|14:03}}] Chatbot: Odběratel nenalezen.
[{{time|14:04}}] Návštěvník: pardon, [[@ico]]
[{{time|14:05}}] [[oth|Michaela]] ({{team_name|Zákaznické centrum}}): Dobrý den, pane [[sal|Marku]], evidujeme nedoplatek {{amount|2 315 Kč}} za {{date|1. pololetí}}.""",
    # 27 gas meter reading, no PII
    """Dobrý den, stav plynoměru {{@meter:#########}} k {{date|31. 5.}} je {{quantity|8 412 m³}}. Odběrné místo v {{city|Hradci Králové}}, smlouva {{@contract:#######/2021}}. Žádám o vyúčtování podle skutečného odečtu.""",
    # 28 internet provider, Ukrainian customer, transliterated name
    """Dobry den, ja jsem [[intro|Andrii Kovalchuk]], smlouva {{@contract:NET-######}}. Od {{date|nedele}} nejde internet, router {{product_code|TP-Link Archer C6}} sviti oranzove. Moje rodne cislo [[@rc:plain-mid-male]], telefon [[@phone:CZ:mg3]]. Prosim technika, doma jsem po {{time|17:00}}.""",
    # 29 bank, payment to a wrong account, two domestic accounts and recipient
    """Vážení,
dne {{date|2. 4. 2025}} jsem odeslal platbu {{amount|18 000 Kč}} ze svého účtu [[@iban:CZ:dom]] omylem na účet [[@iban:CZ:dom]] (příjemce podle výpisu [[oth|Bc. Roman Kučera]]). Žádám o zahájení reklamace chybné platby.
Reklamace {{@ticket:R-########}}

[[sig|Karel Hronek]]
[[email|karel.hronek@seznam.cz]]""",
    # 30 travel insurer, spouse in hospital abroad
    """Dobrý den, manželka [[oth|Simona Procházková]] si v {{city|Rakousku}} zlomila nohu na lyžích a leží v nemocnici v {{city|Innsbrucku}}. Cestovní pojištění {{@policy:CP########}}. Její rodné číslo [[@rc:female]]. Nemocnice chce zálohu {{amount|2 500 EUR}}, mohu ji zaplatit kartou [[@card:group]].
Volejte prosím na [[@phone:CZ:m00]].
[[sig|Lukáš Procházka]]""",
    # 31 gift shop review, brands named after people, no PII
    """Koupila jsem dárkový koš s {{brand|Becherovkou}} a dortem {{brand|Marlenka}} za {{amount|890 Kč}}. Doručení do {{city|Liberce}} za {{quantity|dva dny}}, ale krabice byla promáčklá. Kvůli ceně dávám {{quantity|3/5}}.""",
    # 32 courier, parcel left outside, courier named
    """Kurýr pan [[oth|Ptáček]] nechal balík {{@tracking:#############}} za brankou v dešti, i když jsem byla doma. Adresa: [[address|K Rybníku 4, 251 01 Říčany]]. Obsah (knihy) je zničený, hodnota {{amount|2 140 Kč}}, náhradu prosím na [[@iban:CZ:dom]].
[[sig|Eva Šťastná]], [[email|eva.stastna@post.cz]]""",
    # 33 flat rental, tenant's data, birth number with a space
    """Dobrý den, tady [[intro|Gabriela]] ohledně bytu {{quantity|2+kk}} na {{street_as_brand|Palmovce}}. Do smlouvy:
[[oth|Gabriela Horváthová]]
[[@rc:sp-female]] (rodné číslo)
trvalé bydliště [[address|Komenského 18, 360 01 Karlovy Vary]]
Kauci {{amount|32 000 Kč}} pošlu do {{date|1. 9.}} ze slovenského účtu [[@iban:SK:group]].""",
    # 34 university dorm, student id kept, signature surname first and capitals
    """{{greeting_without_name|Vážená paní vedoucí}},
žádám o ubytování na koleji pro akademický rok {{date|2025/2026}}. Studijní číslo {{@num:###-####}}, obor chemie, {{quantity|2. ročník}}.
S pozdravem
[[sig|BATBAYAR Gantulga]]
[[email|gantulga.b@mail.muni.cz]]""",
    # 35 energy chatbot, customer number and a bare birth number answer
    """Bot: Zadejte zákaznické číslo.
Vy: {{@num:#########}}
Bot: Pro ověření napište rodné číslo majitele smlouvy.
Vy: [[@rc]]
Bot: Děkujeme. Záloha {{amount|1 850 Kč}} je splatná {{date|15. 6.}}
Vy: posilejte mi faktury na [[email|m.hajek.63@volny.cz]] prosim
Vy: a odkaz na zmenu hesla mi nefunguje [[@url:https://muj.energie-vychod.cz/heslo?token=]]""",
    # 36 Polish supplier in a Czech text: NIP and Polish IBAN
    """Dobrý den, paní [[sal|Krejčí]],
dodavatel z Polska nám poslal fakturu {{@invoice:FV/###/2025}} bez čísla účtu v CZK. Podle jejich e-mailu:
Meble Wąsowicz Sp. z o.o., NIP [[@nip:pl]]
účet [[@iban:PL:group]]
Zaplatíme v EUR, {{amount|3 270 EUR}}.
[[sig|Radka Slaninová]] – {{job_title|nákup}}""",
    # 37 e-pharmacy, card charged twice, signature on the closing line
    """Objednávka {{@order:#########}} mi byla stržena dvakrát ({{amount|2× 612 Kč}}) z karty [[@card:plain]]. Prosím o vrácení jedné platby. Děkuji, [[sig|Ludmila Pešková]], tel. [[@phone:CZ:mg3]]""",
    # 38 informal SMS-style, lower case, diminutive self-introduction
    """ahoj tady [[intro|terka]] od [[oth|pepy novaka]], chtela bych prevest cislo [[@phone:CZ:mg3]] k vam do {{date|patku}}, cislo smlouvy {{@contract:#-#######}}, je to ok?""",
    # 39 sole trader, IČO named indirectly, DIČ built from the birth number
    """Dobrý den, jsem OSVČ ({{cbrand|Malířství Tuček}}) a v registru mám starou adresu. Číslo, které mi přidělil živnostenský úřad, je [[@ico]], a DIČ mám [[@dicrc:-male]]. Od {{date|1. 5.}} sídlím na nové adrese, musím to hlásit i finančnímu úřadu?
[[sig|Bohumil Tuček]]""",
    # 40 hotel review, city and street, team name answer
    """Hotel v {{city|Českém Krumlově}} – krásný výhled, snídaně {{amount|290 Kč}}, ale pokoj {{quantity|21}} u kuchyně, hluk od {{time|6:00}}.
Odpověď hotelu: Děkujeme za hodnocení, v zimě pokoje rekonstruujeme. {{team_name|Recepce hotelu}}
Hodnotila: [[sig|Marta K.]]""",
]

# =========================================================================== sk
ITEMS["sk"] = [
    # 01 telecom, roaming bill, signature with birth number
    """{{greeting_without_name|Dobrý deň}},

na faktúre {{@invoice:##########}} za {{date|máj}} mi účtujete {{amount|63,20 €}} za dáta v roamingu v {{city|Srbsku}}, hoci som mal dáta vypnuté. Prosím o preverenie a dobropis.

S pozdravom
[[sig|Ján Mikuš]]
rodné číslo [[@rcsk:senior-male]]
[[@phone:SK:msk0]]""",
    # 02 energy, web form with field labels
    """Žiadosť o pripojenie odberného miesta
Meno a priezvisko: [[intro|Silvia Országhová]]
Rodné číslo: [[@rcsk:mid-female]]
Adresa odberného miesta: [[address|Hlavná 118, 072 22 Strážske]]
EIC kód: {{@meter:24ZSS########@}}
Rezervovaná kapacita: {{quantity|3×25 A}}
IBAN pre preplatky: [[@iban:SK:lc]]
Telefón: [[@phone:SK:mintl]]
E-mail: [[email|silvia.orszaghova@azet.sk]]""",
    # 03 bank chat, phishing, customer pastes IBAN and the scammer's account
    """{{time|08:31}} Klient: dobre rano, vcera mi niekto volal ze je z banky a ja som potvrdil platbu v aplikacii
{{time|08:32}} [[oth|Dominika]] ({{team_name|Tatra banka}}): Dobré ráno, z ktorého účtu odišla platba?
{{time|08:33}} Klient: [[@iban:SK:group]]
{{time|08:33}} Klient: a poslali to sem [[@iban:CZ]]
{{time|08:35}} [[oth|Dominika]]: Ďakujem, platbu {{amount|3 400 €}} sme zadržali, kartu blokujem.""",
    # 04 motor insurer, collision, other driver and payout IBAN
    """Hlásim poistnú udalosť z PZP. Dňa {{date|18. 9.}} o {{time|16:20}} do mňa na parkovisku {{brand|Lidl}} v {{city|Prešove}} cúvol pán [[oth|Ladislav Fedor]], ktorý podpísal záznam o nehode. Jeho poistka {{@policy:##########}}. Škoda na prednom nárazníku, odhad {{amount|1 150 €}}.
Plnenie na účet [[@iban:SK:group]]
[[sig|Marek Dzurilla]]
RČ poistníka [[@rcsk:mid-male]]""",
    # 05 leasing, company block with IČO, DIČ and IČ DPH
    """Dobrý deň,

prosíme o prípravu zmluvy na finančný leasing k ponuke {{@order:PL-####/25}} (stroj {{product_code|JCB 3CX}}). Údaje spoločnosti:

{{cbrand|Zemné práce Hudec}}, s. r. o.
[[address|Priemyselná 5, 917 01 Trnava]]
IČO: [[@ico]] | DIČ: [[@icdph:plain]] | IČ DPH: [[@icdph:sksame]]

S pozdravom
[[sig|Ing. Pavol Hudec]], {{job_title|konateľ}}
[[@phone:SK:mintl]]""",
    # 06 paediatrician, child's birth number
    """Dobrý deň, pani doktorka,
syn [[oth|Samko Bednár]] (RČ [[@rcsk:child-male]]) má od včera teplotu {{quantity|39,2 °C}} a kašle. Môžeme prísť dnes po {{time|14:00}}? Poisťovňa {{invalid_checksum_number|25}}.
Ďakujem, [[sig|Katarína Bednárová]]""",
    # 07 dentist review, no PII
    """Zubná klinika na {{street_as_brand|Obchodnej}} – plomba {{amount|70 €}}, hotovo za {{quantity|20 minút}}, ale na termín som čakala {{quantity|tri týždne}}. Sestričky milé, parkovanie žiadne. {{quantity|4/5}}""",
    # 08 vet, lower case without diacritics
    """dobry den, nas pes (Bak, cip {{@num:703#########}}) po kastracii {{date|v utorok}} si stale liže ranu aj cez golier. mame prist na kontrolu skor ako {{date|v piatok}}?
[[sig|lubica kovacova]]
[[@phone:SK:msk0slash]]""",
    # 09 pharmacy, card charged but order not ready
    """Objednávku {{@order:##########}} (vitamíny a {{brand|Paralen}} {{quantity|500 mg}}) som zaplatila kartou [[@card:group]], peniaze sú stiahnuté, ale lekáreň v {{city|Žiline}} ju podľa SMS ešte nemá. Čo s tým?
[[sig|Mária Hrušovská]]
[[@phone:SK:mnat]]""",
    # 10 e-shop return, IBAN wrapped over two lines
    """Dobrý deň, vraciam objednávku {{@order:#########}} – slúchadlá {{product_code|WH-1000XM5}}, nefunguje ľavý kanál. Štítok na vrátenie som stiahol cez [[@url:https://vratky.techmarket.sk/stitok?token=]]. Peniaze prosím vrátiť na IBAN
[[@iban:SK:wrap]]
Ďakujem
[[sig|Tomáš Lacko]]""",
    # 11 classifieds fraud
    """Na {{brand|Bazar.sk}} som kupovala bicykel za {{amount|420 €}}. Predajca [[oth|Richard Oláh]], tel. [[@phone:SK:m00]], chcel zálohu {{amount|100 €}} na účet [[@iban:SK]] a potom zmizol. Platila som z účtu [[@iban:SK:group]]. Inzerát {{@num:########}} už je zmazaný.
[[sig|Zuzana Kráľová]], [[email|zuzka.kralova@gmail.com]]""",
    # 12 courier, no PII, team signature
    """Zásielka {{@tracking:@@#########@@}} je od {{date|pondelka}} „na ceste“, pritom je to len z {{city|Nitry}} do {{city|Trenčína}}. Dodacia lehota bola {{quantity|1 pracovný deň}}.
Odpoveď: Dobrý deň, pán [[sal|Oravec]], zásielka bola omylom presmerovaná na depo v {{city|Košiciach}}, doručíme ju zajtra.
{{team_name|Zákaznícky servis}}""",
    # 13 hotel invoice, IČO glued, IČ DPH after it
    """Prosím o faktúru za pobyt {{date|14.–16. 2.}} (rezervácia {{@order:######}}) na firmu:
{{cbrand|Geodézia Slivka}} s.r.o.
IČO:[[@ico]], IČ DPH:[[@icdph]]
[[address|Štúrova 22, 040 01 Košice]]
faktúru na [[email|uctovnictvo@geodezia-slivka.sk]]
[[sig|Slivka]]""",
    # 14 airline, forwarded header
    """---------- Preposlaná správa ----------
Od: [[oth|Peter Gajdoš]] <[[email|p.gajdos@centrum.sk]]>
Dátum: {{date|so 2. 8. 2025}} {{time|01:17}}
Predmet: zrušený let {{product_code|FR 8167}}

Dobrý deň, let z {{city|Bratislavy}} do {{city|Dublinu}} bol zrušený {{quantity|3 hodiny}} pred odletom. Rezervácia {{@order:@@@#@@}}, cestujúci [[oth|Peter Gajdoš]] a [[oth|Ivana Gajdošová]]. Žiadam vrátenie {{amount|286 €}} a kompenzáciu na [[@iban:SK]].""",
    # 15 rail refund
    """Dobrý deň,
vlak {{product_code|R 615}} „Tatran“ z {{city|Popradu}} mal meškanie {{quantity|74 minút}}, zmeškal som prípoj. Lístok {{@ticket:##########}}, {{amount|17,96 €}}. Prosím o náhradu na účet [[@iban:SK]].
[[sig|Róbert Baláž]], [[email|robo.balaz@gmail.com]]""",
    # 16 car rental, main driver and card
    """Rezervácia {{@order:AR-#####}}
Hlavný vodič: [[intro|Michal Šoltés]]
Rodné číslo: [[@rcsk:plain-mid-male]]
Poistenie bez spoluúčasti: {{amount|12 €/deň}}
Platba: [[@card:dash]]
Prevzatie: letisko {{city|Košice}}, {{date|5. 7.}} o {{time|11:40}}""",
    # 17 tyre service review, surname company
    """{{cbrand|Pneuservis Urban}} v {{city|Martine}} – prezutie {{amount|40 €}}, bez objednania som čakal {{quantity|2 hodiny}}. Majiteľ pán [[oth|Urban]] je ochotný, ale chlapci sa flákali. Hodnotenie {{quantity|3/5}}.
[[sig|Igor]]""",
    # 18 school, parent to teacher, child's name
    """{{greeting_without_name|Dobrý deň, pani učiteľka}},
[[oth|Ninka]] zajtra nepríde na výlet, má zápal ucha. Poplatok {{amount|12 €}} sme už zaplatili, dá sa vrátiť?
Ďakujem, [[sig|Lenka Mrázová]]
[[@phone:SK:msk0]]""",
    # 19 municipal office, sender block, birth number far away
    """[[sig|Štefan Kollár]]
[[address|Mlynská 14, 934 01 Levice]]

Mestský úrad {{city|Levice}}
{{team_name|Referát miestnych daní}}

Vec: daň z nehnuteľností – zníženie

Som poberateľ starobného dôchodku a žiadam o zníženie dane z nehnuteľností za rok {{date|2025}}. Kópiu rozhodnutia Sociálnej poisťovne prikladám; pre úplnosť uvádzam aj rodné číslo, ktoré v minulom rozhodnutí chýbalo: [[@rcsk:senior-male]].

S úctou
[[sig|Štefan Kollár]]""",
    # 20 property manager, quoted reply
    """Stále nemáme teplú vodu, prosím urgentne. Rodné číslo vlastníčky, ako ste chceli: [[@rcsk:senior-female]]
[[sig|Anna Poláková]], byt {{quantity|8}}

Dňa {{date|10. 1. 2025}} o {{time|7:55}} napísal(a) Správca <[[email|sprava@bytservis-zilina.sk]]>:
> Dobrý deň pani [[sal|Poláková]], technik pán [[oth|Kmeť]] príde v stredu. Číslo požiadavky {{@ticket:BS-#####}}. Kvôli poisťovni ešte potrebujeme rodné číslo vlastníka.
> {{team_name|Bytservis Žilina}}""",
    # 21 gym, self-introduction, contact
    """Dobrý deň, volám sa [[intro|Patrik Zelenák]] a chcem prerušiť členstvo {{@num:GY#####}} na {{quantity|tri mesiace}} kvôli operácii. Mám potvrdenie od lekára. Inkaso z účtu [[@iban:SK]] prosím na ten čas pozastavte. Odkaz na platbu, čo mi prišiel, [[@url:https://platby.fitlife.sk/pay?sid=]], nefunguje. Zavolajte mi prosím na [[@phone:SK:mnat]], ďakujem.""",
    # 22 SaaS invoice, pipe table with tax ids
    """FAKTÚRA č. {{@invoice:2025#####}}
| | Dodávateľ | Odberateľ |
|---|---|---|
| Názov | Fakturka s.r.o. | Kaviareň u [[oth|Dušana Kubíka]] |
| IČO | [[@ico]] | [[@ico]] |
| DIČ | [[@icdph:plain]] | [[@icdph:plain]] |
| IČ DPH | [[@icdph:skspsame0]] | – |
| Sídlo | [[address|Mlynské nivy 16, 821 09 Bratislava]] | [[address|Nám. SNP 3, 974 01 Banská Bystrica]] |
Položka: predplatné Štandard, {{quantity|12 mes.}}, {{amount|118,80 €}}, DPH {{percent|23 %}}
IBAN: [[@iban:SK:group]]""",
    # 23 B2B supplier, order confirmation, no PII
    """Dobrý deň,
potvrdzujeme objednávku {{@order:OBJ-#####}}: dlažba {{product_code|GR-60x60-ANT}} {{quantity|64 m²}}, lepidlo {{product_code|C2TE-25}} {{quantity|30 vriec}}. Expedícia {{date|vo štvrtok}}, vodič zavolá {{quantity|hodinu}} vopred.
{{team_name|Obchodné oddelenie}}
{{cbrand|Keramika Tóth}}""",
    # 24 accounting office, new employee's data
    """Ahoj [[sal|Zuzka]],
posielam údaje nového kolegu na prihlásenie do Sociálnej poisťovne od {{date|1. 6.}}:
[[oth|Mykola Savchuk]]
RČ [[@rcsk:mid-male]]
[[address|Kpt. Nálepku 31, 071 01 Michalovce]]
IBAN na výplatu [[@iban:SK:group]]
pozícia {{job_title|vodič}}, zdrav. poisťovňa {{invalid_checksum_number|24}}
[[sig|Alena]]""",
    # 25 law office, self-introduction, case number
    """{{greeting_without_name|Vážený pán advokát}},

volám sa [[intro|Daniela Švecová]] a píšem Vám ohľadom konania sp. zn. {{invalid_checksum_number|9C 117/2024}} (exekúcia). Dnes mi prišla výzva na zaplatenie {{amount|2 640 €}} do {{quantity|15 dní}}. Čo mám robiť? Na splnomocnenie: RČ [[@rcsk:plain-female]].
[[sig|D. Švecová]]
[[@phone:SK:msk0]]""",
    # 26 water utility chat, wrong and corrected birth number
    """[{{time|11:40}}] Asistent: Zadajte číslo zmluvy alebo rodné číslo.
[{{time|11:41}}] Zákazník: {{@bad:rc:slash}}
[{{time|11:41}}] Asistent: Zákazník nebol nájdený.
[{{time|11:42}}] Zákazník: sorry, [[@rcsk]]
[{{time|11:43}}] [[oth|Simona]] ({{team_name|Zákaznícke centrum}}): Dobrý deň, pán [[sal|Ďurica]], evidujeme preplatok {{amount|46,10 €}}.""",
    # 27 gas meter, no PII
    """Stav plynomeru {{@meter:########}} k {{date|30. 4.}}: {{quantity|5 220 m³}}. Odberné miesto v {{city|Lučenci}}, zmluva {{@contract:#######/2020}}. Žiadam vyúčtovanie podľa skutočného odpočtu, nie odhadu.""",
    # 28 internet provider, Hungarian customer, surname first
    """Jó napot, prepáčte moju slovenčinu. Som [[intro|Kovács Zoltán]] z {{city|Komárna}}, zmluva {{@contract:INT######}}. Internet nejde od {{date|soboty}}, modem {{product_code|ZTE F680}} bliká červeno. Rodné číslo [[@rcsk:plain-senior-male]], telefón [[@phone:SK:mintl]].""",
    # 29 bank, wrong payment, two IBANs and recipient
    """Dobrý deň,
dňa {{date|11. 3. 2025}} som z účtu [[@iban:SK:group]] omylom poslala {{amount|850 €}} na účet [[@iban:SK:group]] – majiteľ podľa výpisu [[oth|Norbert Vaško]]. Prosím o reklamáciu a vrátenie.
Reklamácia {{@ticket:RK-#######}}
[[sig|Viera Krajčovičová]]
[[address|Hviezdoslavova 12, 971 01 Prievidza]]
[[@phone:SK:msk0]]""",
    # 30 travel insurer, child injured, child's birth number
    """Dobrý deň, dcéra [[oth|Lea Hrubá]] si v {{city|Chorvátsku}} zlomila ruku. Cestovné poistenie {{@policy:CP-#######}}. Jej rodné číslo [[@rcsk:child-female]]. Ošetrenie stálo {{amount|380 €}}, účet z nemocnice prikladám.
[[sig|Jana Hrubá]], [[@phone:SK:m00]]""",
    # 31 review, brands named after people, reviewer's first name
    """Kúpila som v {{brand|Baťovi}} na {{street_as_brand|Michalskej}} tenisky {{brand|Adidas}} za {{amount|89 €}}. Po mesiaci sa odlepila podrážka, reklamáciu vybavili za {{quantity|30 dní}}. Inak ok.
– [[sig|Majka]]""",
    # 32 courier, parcel left at the wrong house, courier named, address
    """Kuriér pán [[oth|Čierny]] nechal balík {{@tracking:##############}} pri susedoch cez dve ulice. Moja adresa je [[address|Jabloňová 7, 900 25 Chorvátsky Grob]]. V balíku bol mobil za {{amount|640 €}}! Náhradu na [[@iban:SK:group]].
[[sig|Róbert Husár]]
[[email|robert.husar@post.sk]]""",
    # 33 flat rental, Czech tenant with a Czech birth number
    """Dobrý deň, tu je [[intro|Klára]], ohľadom prenájmu {{quantity|2-izbového}} bytu v {{city|Ružinove}}. Do zmluvy:
[[oth|Klára Dvořáková]]
[[@rc:female]] – rodné číslo, som z Česka
kontakt [[@phone:CZ:mintl]]
Kauciu {{amount|900 €}} pošlem z účtu [[@iban:CZ:group]].""",
    # 34 university dorm, surname first in capitals
    """{{greeting_without_name|Vážená pani riaditeľka}},
žiadam o pridelenie ubytovania v ŠD na akademický rok {{date|2025/2026}}. ID študenta {{@num:######}}, {{quantity|1. ročník}} Ing. štúdia.
S pozdravom
[[sig|HUDÁKOVÁ Veronika]]
[[email|veronika.hudakova@student.tuke.sk]]""",
    # 35 energy chatbot, bare birth number, e-mail
    """Bot: Zadajte zákaznícke číslo.
Vy: {{@num:#########}}
Bot: Na overenie zadajte rodné číslo.
Vy: [[@rcsk:plain]]
Bot: Ďakujeme. Najbližšia záloha {{amount|74 €}} je splatná {{date|20. 6.}}
Vy: a faktury chcem na [[email|milan.sebo@zoznam.sk]]""",
    # 36 Czech supplier in a Slovak text: IČO, DIČ and CZ IBAN
    """Dobrý deň, pán [[sal|Baláž]],
dodávateľ z Česka poslal faktúru {{@invoice:FV####}}, údaje:
{{cbrand|Truhlářství Kolář}} s.r.o., IČO [[@ico]], DIČ [[@ico:czsame]]
IBAN [[@iban:CZ:group]]
Suma {{amount|2 980 €}}, splatnosť {{date|14 dní}}.
[[sig|Erika Tomková]], {{job_title|fakturantka}}""",
    # 37 e-shop, double payment by card, signature on the closing line
    """Objednávka {{@order:##########}} mi bola stiahnutá dvakrát ({{amount|2× 54,90 €}}) z karty [[@card:plain]]. Vráťte mi prosím jednu platbu. Ďakujem, [[sig|Ivan Rusnák]]""",
    # 38 informal SMS style, diminutive self-introduction
    """cau tu [[intro|majka]] od [[oth|jozka hricu]], chcem prejst k vam s cislom [[@phone:SK:msk0]], zmluvu mam do {{date|konca mesiaca}}, staci vam to?""",
    # 39 sole trader, tax number named indirectly
    """Dobrý deň, som živnostník ({{cbrand|Stolárstvo Gregor}}). Číslo, čo mi pridelil daňový úrad, je [[@icdph:plain]], IČO [[@ico:sp]]. Od {{date|1. 7.}} budem platiteľ DPH, musím vám posielať nové údaje?
[[sig|Vladimír Gregor]]""",
    # 40 hotel review with manager's answer
    """Hotel v {{city|Starom Smokovci}} – výhľad na Lomnický štít super, wellness {{amount|15 €}} navyše, raňajky slabšie. Izba {{quantity|214}}.
Odpoveď: Ďakujeme, pani [[sal|Kubišová]], raňajky vylepšíme. [[sig|Marián Šulík]], {{job_title|riaditeľ hotela}}""",
]

# =========================================================================== ru
ITEMS["ru"] = [
    # 01 telecom, paid subscriptions, signature with phone
    """{{greeting_without_name|Добрый день}}!

С моего номера с {{date|марта}} списывают по {{amount|19 руб.}} в день за подписку «Гороскоп», которую я не подключала. Лицевой счёт {{@num:##########}}. Прошу отключить и вернуть {{amount|1 178 руб.}} на карту [[@card:mir]].

С уважением,
[[sig|Зинаида Петровна Шилова]]
[[@phone:RU:mru8]]""",
    # 02 energy, web form
    """Форма обращения
ФИО: [[intro|Гайнутдинов Рустам Ильдарович]]
Лицевой счёт: {{@num:##########}}
СНИЛС (для субсидии): [[@snils:dash]]
Адрес: [[address|ул. Баумана, д. 41, кв. 17, Казань, 420111]]
Показания счётчика {{product_code|Меркурий 201}}: {{quantity|18 406 кВт·ч}}
Телефон: [[@phone:RU:mruintl]]
Эл. почта: [[email|rustam.g@mail.ru]]
Сообщение: начислили по нормативу, хотя показания передаю каждый месяц до {{date|25 числа}}.""",
    # 03 bank chat, fraud, customer pastes a Mir card number
    """{{time|23:11}} Клиент: у меня списали {{amount|48 000 ₽}}, я ничего не делал!!!
{{time|23:11}} [[oth|Ксения]] ({{team_name|служба поддержки}}): Здравствуйте, сейчас заблокирую карту. Подтвердите, пожалуйста, последние 4 цифры.
{{time|23:12}} Клиент: [[@card:mirplain]]
{{time|23:13}} [[oth|Ксения]]: Спасибо, карта заблокирована. Для оспаривания операции подайте заявление в приложении, номер обращения {{@ticket:##########}}.""",
    # 04 motor insurer, collision, other driver, policy kept
    """Заявление о страховом случае по ОСАГО.
{{date|12.10.2025}} в {{time|18:45}} на пересечении Ленинского и Гагарина в {{city|Самаре}} водитель [[oth|Сафаров Эльдар Рашидович]] на {{brand|Lada Vesta}} въехал в мой автомобиль. Полис виновника {{@policy:ХХХ ##########}}. Европротокол оформили на месте.
Реквизиты для выплаты — карта [[@card:mir]]
[[sig|Белоусов А. В.]], тел. [[@phone:RU:m]]""",
    # 05 leasing, company block, INN, KPP kept, OGRN
    """Добрый день!

Просим подготовить договор лизинга по КП {{@order:####-ЛЗ}} на {{quantity|2}} самосвала {{brand|КАМАЗ}} {{product_code|65115}}. Реквизиты:

ООО «{{cbrand|Стройтранс Гусев}}»
ИНН [[@inn]] / КПП {{@num:####01001}}
ОГРН [[@ogrn]]
Юр. адрес: [[address|г. Тула, ул. Советская, д. 12, оф. 4]]

{{job_title|Генеральный директор}}
[[sig|Гусев Олег Николаевич]]""",
    # 06 clinic, mother registers a child with SNILS
    """Здравствуйте! Хочу записать дочь к лору. [[oth|Алиса Никитина]], {{quantity|7 лет}}, СНИЛС [[@snils:dash]], полис ОМС у вас в базе есть. Удобно после {{time|16:00}} в будни.
Мама, [[sig|Никитина Ирина]], [[@phone:RU:mru8dash]]""",
    # 07 dentist review, no PII
    """Клиника на {{street_as_brand|Маросейке}}: поставили {{quantity|две пломбы}} за {{amount|9 800 ₽}}, анестезия хорошая. Минус — запись только через {{quantity|10 дней}}, и администратор забыла напомнить о визите. Оценка {{quantity|4 из 5}}.""",
    # 08 vet, lower case, initials
    """добрый вечер. кот после кастрации {{date|в пятницу}} почти не ест и много спит, шов чистый. это нормально на {{quantity|третий день}}? вес {{quantity|4,2 кг}}
[[sig|оля к.]]
[[@phone:RU:mru8plain]]""",
    # 09 pharmacy pickup, card charged twice
    """Заказ {{@order:########}} в аптеке на {{street_as_brand|Тверской}} оплатила картой [[@card:group]], деньги списались дважды по {{amount|2 316 ₽}}. Прошу вернуть лишнее.
[[sig|Светлана Воронцова]]
[[@phone:RU:mruintlsp]]""",
    # 10 marketplace return, refund to another card
    """Здравствуйте, возвращаю заказ {{@order:#########-####}} — куртка {{product_code|ART 5528-17}}, не подошёл размер. Сдала в пункт выдачи {{date|вчера}} по ссылке из письма [[@url:https://vozvrat.modnyi-ryad.ru/label?token=]]. Карта, с которой оплачивала, перевыпущена, верните, пожалуйста, на новую: [[@card:mir]].
[[sig|Айгерим Нурланова]]""",
    # 11 classifieds fraud, seller's card and phone
    """Мошенник на {{brand|Авито}}. Продавец [[oth|Вадим Сергеевич Карпов]], тел. [[@phone:RU:mruintl]], попросил перевести предоплату {{amount|15 000 ₽}} на карту [[@card:mirgroup]] за видеокарту. Объявление {{@num:##########}} удалено. Скриншоты переписки прикладываю, платил со своей карты [[@card:group]].
[[sig|Тимур Абдуллаев]]""",
    # 12 courier, no PII, team answer
    """Посылка {{@tracking:##########}} третью неделю «в пути» из {{city|Новосибирска}} в {{city|Томск}}. Это {{quantity|250 км}}!
Ответ: Приносим извинения, отправление найдено на складе в {{city|Кемерово}} и будет доставлено в течение {{quantity|2 дней}}. Статус: {{url|www.cdek.ru/ru/tracking}}
{{team_name|Служба клиентского сервиса}}""",
    # 13 hotel invoice, INN glued to the label, OGRN
    """Прошу выставить счёт за проживание {{date|с 3 по 6 июня}} (бронь {{@order:#######}}) на организацию:
ООО «Северные технологии»
ИНН:[[@inn]] КПП:{{@num:####01001}}
ОГРН:[[@ogrn]]
счёт направить на [[email|buh@sevtech-spb.ru]]
[[sig|Ольга Дмитриевна Лаптева]], {{job_title|офис-менеджер}}""",
    # 14 airline, forwarded header, lost baggage
    """-------- Пересылаемое сообщение --------
От: [[oth|Ашот Саркисян]] <[[email|ashot.sarkisyan@yandex.ru]]>
Дата: {{date|вс, 20 июл. 2025}} {{time|02:40}}
Тема: потерян багаж, рейс {{product_code|SU 1133}}

Прилетел из {{city|Сочи}}, чемодан не прибыл. Акт {{@num:SVO@@#####}}. Доставьте, пожалуйста, по адресу [[address|Москва, ул. Профсоюзная, д. 93, кв. 208]]. Телефон [[@phone:RU:m]]. Компенсацию прошу на карту [[@card:mir]].""",
    # 15 rail refund, card, ticket kept
    """Здравствуйте. Поезд {{product_code|№ 752}} «Ласточка» отменили, билет {{@ticket:##############}} на {{amount|2 870 ₽}} так и не вернули. Возврат прошу на карту [[@card:mirdash]].
[[sig|Егор Лебедев]]
[[email|egor.lebedev95@yandex.ru]]""",
    # 16 car rental, driver form, personal INN, licence kept
    """Бронь {{@order:CR-######}}
Водитель: [[intro|Ким Виктор Алексеевич]]
ИНН физлица: [[@innp]]
Стаж вождения: {{quantity|12 лет}}
Получение: {{city|Владивосток}}, аэропорт, {{date|08.08}} в {{time|07:30}}
Оплата картой [[@card:group]]""",
    # 17 garage review, surname company
    """«{{cbrand|Автосервис Лазарев}}» на {{street_as_brand|Варшавке}} — поменяли сцепление за {{quantity|день}}, {{amount|31 000 ₽}} с работой. Мастер [[oth|Денис]] объяснил, что ещё скоро потребует замены. Рекомендую.
[[sig|Максим]]""",
    # 18 school, name and patronymic salutation, child named
    """Здравствуйте, [[sal|Елена Викторовна]]!
[[oth|Матвей]] сегодня не придёт, у него температура. Справку принесём в {{date|понедельник}}. Домашнее задание посмотрим в электронном дневнике.
[[sig|Наталья Громова]]""",
    # 19 municipal office, sender block in the genitive, SNILS far from the label
    """Главе управы района {{city|Бибирево}}
от [[sig|Тихонова Геннадия Павловича]],
проживающего по адресу: [[address|ул. Лескова, д. 8, кв. 56, Москва, 127349]],
ИНН [[@innp]]

ЗАЯВЛЕНИЕ

Прошу произвести перерасчёт платы за вывоз ТКО за период с {{date|января}} по {{date|май 2025 г.}}, так как в квартире я проживаю один. Номер свидетельства пенсионного страхования, о котором меня спрашивали по телефону, указываю здесь: [[@snils:dash2]].

{{date|02.06.2025}} [[sig|Г. П. Тихонов]]""",
    # 20 management company, quoted reply
    """Прошло две недели, течь на крыше никто не устранил. СНИЛС собственника, который вы просили: [[@snils:dash]]
[[sig|Фёдорова В.]], кв. {{quantity|88}}

{{date|15.04.2025}}, {{time|10:03}}, Диспетчерская УК <[[email|dispetcher@uk-rassvet.ru]]> пишет:
> Уважаемая [[sal|Валентина Игоревна]], заявка {{@ticket:###-####}} передана кровельщикам, мастер [[oth|Сергеев]] свяжется с вами. Для ГИС ЖКХ также пришлите, пожалуйста, СНИЛС собственника.
> {{team_name|УК «Рассвет»}}""",
    # 21 gym, freezing membership
    """Добрый день, меня зовут [[intro|Кирилл Орлов]], абонемент {{@num:FIT#####}}. Прошу заморозить его на {{quantity|30 дней}} с {{date|1 сентября}}, уезжаю в командировку. Автосписание с карты [[@card:group]] тоже остановите. Перезвоните на [[@phone:RU:mnat]] если нужно заявление.""",
    # 22 SaaS invoice table, buyer is a sole trader with personal INN and OGRNIP
    """Счёт на оплату № {{@invoice:####}} от {{date|05.05.2025}}
| | Поставщик | Покупатель |
|---|---|---|
| Наименование | ООО «Облачная касса» | ИП [[oth|Мельников Артём Сергеевич]] |
| ИНН | [[@inn]] | [[@innp]] |
| ОГРН / ОГРНИП | [[@ogrn]] | [[@ogrn:15]] |
| Адрес | [[address|г. Екатеринбург, ул. Малышева, д. 51]] | [[address|г. Пермь, ул. Ленина, д. 64, кв. 3]] |
Тариф «Бизнес», {{quantity|12 мес.}}, {{amount|14 400,00 ₽}}, НДС не облагается""",
    # 23 B2B supplier, no PII
    """Добрый день!
Подтверждаем заказ {{@order:ЗК-#####}}: профнастил {{product_code|С21-1000-0,5}} {{quantity|96 листов}}, саморезы {{product_code|4,8×35}} {{quantity|10 упак.}} Отгрузка {{date|в среду}} с {{time|9:00}}, водитель позвонит заранее.
{{team_name|Отдел продаж}}, {{cbrand|ТД Кузнецов и сыновья}}""",
    # 24 accounting, new employee's data
    """[[sal|Лена]], привет! Данные нового сотрудника для оформления с {{date|1 июля}}:
ФИО: [[oth|Рахимов Шерзод Бахтиёрович]]
ИНН: [[@innp]]
СНИЛС: [[@snils:plain]]
Адрес: [[address|Подольск, ул. Кирова, д. 15, кв. 40]]
Зарплатная карта: [[@card:mir]]
Должность: {{job_title|кладовщик}}
[[sig|Марина]]""",
    # 25 law firm, salutation by name and patronymic, self-introduction, case number
    """Уважаемый [[sal|Игорь Семёнович]]!

Меня зовут [[intro|Полина Андреевна Зуева]], я обращалась к Вам по делу № {{invalid_checksum_number|2-3318/2025}} о разделе имущества. Суд назначил заседание на {{date|14 ноября}} в {{time|11:00}}. Нужно ли мне присутствовать лично? Для доверенности: мой ИНН [[@innp]].

С уважением, [[sig|П. А. Зуева]]
[[@phone:RU:mru8]]""",
    # 26 water utility chat, sole trader mistypes and corrects the INN
    """[{{time|09:55}}] Бот: Введите ИНН организации или ИП.
[{{time|09:56}}] Пользователь: {{@bad:inn}}
[{{time|09:56}}] Бот: Абонент не найден.
[{{time|09:57}}] Пользователь: ой, вот правильный [[@innp]]
[{{time|09:58}}] Оператор [[oth|Любовь]]: Здравствуйте! По договору {{@contract:ВК-#####}} задолженность {{amount|6 412,50 ₽}}.""",
    # 27 gas meter reading, no PII
    """Показания газового счётчика № {{@meter:########}} на {{date|25.05}}: {{quantity|12 774 м³}}. Адрес в {{city|Твери}}, договор {{@contract:##-####-####}}. Прошу не начислять по нормативу.""",
    # 28 internet provider, migrant worker, Russian with errors, transliterated name
    """Здраствуйте я [[intro|Jamshid Tursunov]] ([[intro|Жамшид Турсунов]]), договор {{@contract:#######}}. Интернет не работает {{quantity|3 день}}, роутер {{product_code|Keenetic Giga}} лампочка красный. ИНН [[@innp]]. Мой телефон [[@phone:RU:mru8plain]], работаю до {{time|20:00}}, после приходите.""",
    # 29 bank, payment by phone number to the wrong person
    """Добрый день! {{date|3 мая}} перевела через СБП {{amount|12 500 ₽}} по номеру [[@phone:RU:mruintl]], думала, что это сестра, а получатель — «[[oth|Алексей Михайлович К.]]». Ошиблась одной цифрой. Помогите вернуть деньги. Моя карта [[@card:mirgroup]].
[[sig|Карина Саидова]]""",
    # 30 voluntary health insurance, husband in hospital
    """Здравствуйте! Муж, [[oth|Беридзе Георгий Давидович]], госпитализирован в {{city|Краснодаре}} с аппендицитом, полис ДМС {{@policy:ДМС-########}}. Больница требует гарантийное письмо до {{time|15:00}}. СНИЛС мужа: [[@snils]].
Жена, [[sig|Нино Беридзе]], [[@phone:RU:mintl]]""",
    # 31 review, brands named after people
    """Купили в «{{brand|Елисеевском}}» набор конфет «{{brand|Бабаевский}}» за {{amount|1 290 ₽}} — половина конфет с белым налётом, срок годности до {{date|декабря}}. Деньги вернули без чека, спасибо продавцу.
[[sig|Людмила Сергеевна]]""",
    # 32 courier, wrong address, courier named
    """Курьер [[oth|Руслан]] привёз заказ {{@tracking:##########}} не в тот подъезд и оставил у двери. Мой адрес: [[address|пр. Мира, д. 102, подъезд 3, кв. 161, Москва]]. Посылку нашли соседи через {{quantity|два дня}}. Компенсацию доставки прошу на карту [[@card:mirdash]].
[[sig|Лев Коган]], [[email|lev.kogan@gmail.com]]""",
    # 33 flat rental, tenant's personal INN and SNILS
    """Привет, это [[intro|Даша]] по квартире на {{street_as_brand|Пушкинской}} 🙂 Для договора:
[[oth|Дарья Олеговна Соколова]]
[[@innp:12sp]] — это ИНН
СНИЛС [[@snils:sp]]
телефон [[@phone:RU:mru8dash]]
Залог {{amount|40 000 ₽}} могу перевести {{date|1-го числа}}.""",
    # 34 university dorm, surname first in capitals
    """{{greeting_without_name|Уважаемая комиссия}}!
Прошу предоставить место в общежитии на {{date|2025/26}} учебный год. Студенческий билет {{@num:##-#####}}, {{quantity|2 курс}}, факультет экономики. СНИЛС для стипендии: [[@snils:plain]].
[[sig|ЦОЙ Виктория Андреевна]]
[[email|v.tsoi@edu.hse.ru]]""",
    # 35 energy chatbot, bare SNILS answer
    """Бот: Введите номер лицевого счёта.
Вы: {{@num:##########}}
Бот: Для подтверждения личности укажите СНИЛС владельца.
Вы: [[@snils:dash]]
Бот: Спасибо! Задолженность {{amount|0 ₽}}. Следующий платёж до {{date|10.07}}.
Вы: квитанции присылайте на [[email|a.smirnova1961@bk.ru]]
Вы: и ссылка для сброса пароля не открывается [[@url:https://lk.energosbyt-sibir.ru/reset?token=]]""",
    # 36 Ukrainian supplier, Russian text: EDRPOU, UA IBAN and phone
    """Добрый день, [[sal|Сергей]]!
Реквизиты нашей фирмы для договора поставки:
ТОВ «Черноморская тара», код ЕДРПОУ [[@edrpou]]
IBAN [[@iban:UA]]
{{city|Одесса}}, [[address|ул. Балковская, 137]]
Контакт: [[@phone:UA:mintl]]
С уважением, [[sig|Игорь Бондарь]], {{job_title|коммерческий директор}}""",
    # 37 e-shop, card charged twice, signature on the closing line
    """Заказ {{@order:#########}} оплачен дважды ({{amount|2×3 190 ₽}}) с карты [[@card:dash]]. Прошу вернуть один платёж. Спасибо, [[sig|Григорий Матвеев]]""",
    # 38 informal lower case, diminutive self-introduction
    """привет это [[intro|настя]] жена [[oth|вовы]], хотим перенести номер [[@phone:RU:mru8plain]] к вам до {{date|пятницы}}, договор {{@contract:########}} на него оформлен, это ок?""",
    # 39 sole trader, personal INN and OGRNIP, named indirectly
    """Здравствуйте. Я ИП ({{cbrand|Ремонт квартир Демидов}}), хочу перейти на ваш тариф для ИП. ИНН у меня остался тот же, что и до регистрации, — [[@innp]], а регистрационный номер из листа записи ЕГРИП — [[@ogrn:15]]. Какие документы ещё нужны?
[[sig|Демидов Е.]]""",
    # 40 hotel review with a named manager's answer
    """Гостиница в {{city|Суздале}} — тихо, завтраки домашние, номер {{quantity|12}} с видом на реку. Минус — Wi-Fi не ловит на {{quantity|2 этаже}}.
Ответ: Спасибо, [[sal|Татьяна]]! Роутер уже заменили. [[sig|Андрей Колесников]], {{job_title|управляющий}}""",
]

# =========================================================================== uk
ITEMS["uk"] = [
    # 01 telecom, paid content, signature with phone
    """{{greeting_without_name|Добрий день}}!

З мого номера [[@phone:UA:mua0]] з {{date|квітня}} щодня знімають {{amount|9 грн}} за «Мобільне TV», яке я не підключала. Прошу відключити послугу та повернути {{amount|270 грн}}.

З повагою,
[[sig|Ганна Остапівна Лисенко]]
РНОКПП [[@rnokpp:senior-female]]""",
    # 02 energy, web form with RNOKPP
    """Заява на перерахунок
ПІБ: [[intro|Гнатюк Василь Миколайович]]
РНОКПП: [[@rnokpp:senior-male]]
Особовий рахунок: {{@num:##########}}
Адреса: [[address|вул. Шевченка, 27, кв. 5, м. Вінниця, 21001]]
Показник лічильника: {{quantity|9 315 кВт·год}}
Телефон: [[@phone:UA:mnat]]
Коментар: у {{date|лютому}} світла не було {{quantity|11 днів}}, а нарахування як за повний місяць.""",
    # 03 bank chat, card compromised
    """{{time|22:07}} Клієнт: мені прийшло смс про оплату {{amount|7 999 грн}} в якомусь інтернет-магазині, я нічого не купував
{{time|22:08}} [[oth|Вікторія]] ({{team_name|підтримка}}): Добрий вечір, пане [[sal|Олексію]]! Назвіть, будь ласка, номер картки.
{{time|22:08}} Клієнт: [[@card:plain]]
{{time|22:09}} Оператор: Дякую. Картку заблоковано, оформлюю заяву на chargeback, номер {{@ticket:CB-#######}}.""",
    # 04 motor insurer, other driver, payout IBAN
    """Повідомляю про ДТП {{date|04.09.2025}} о {{time|08:15}} на вул. Сихівській у {{city|Львові}}. Винуватець — [[oth|Мартинюк Богдан Ігорович]], поліс {{@policy:ЕР-########}}. Пошкоджено передні двері та дзеркало, орієнтовно {{amount|18 000 грн}}.
Виплату прошу на рахунок [[@iban:UA]], мій РНОКПП [[@rnokpp:mid-male]]
[[sig|Остап Федорів]]
[[@phone:UA:mua38]]""",
    # 05 leasing, company block with EDRPOU and IBAN
    """Доброго дня!

Просимо підготувати договір фінансового лізингу за пропозицією {{@order:ЛП-####}} на {{quantity|1}} трактор {{brand|John Deere}} {{product_code|6135M}}. Реквізити:

ТОВ «{{cbrand|Агрофірма Савчуки}}»
код ЄДРПОУ [[@edrpou]]
IBAN [[@iban:UA:group]]
[[address|вул. Соборна, 3, смт Козова, Тернопільська обл.]]

{{job_title|Директор}}
[[sig|Савчук Петро Іванович]]""",
    # 06 family doctor, child's RNOKPP
    """Добрий день! Хочу підписати декларацію з лікарем на сина. [[oth|Данило Кравченко]], РНОКПП [[@rnokpp:child-male]]. Коли можна прийти з документами? Зручно після {{time|17:00}}.
[[sig|Кравченко Олена]], [[@phone:UA:mua0sp]]""",
    # 07 dentist review, no PII
    """Стоматологія на {{street_as_brand|Городоцькій}} — імплант за {{amount|23 000 грн}}, все пояснили, без болю. Але чекати в коридорі довелося {{quantity|40 хвилин}} понад запис. Оцінка {{quantity|4/5}}.""",
    # 08 vet, lower case
    """добрий вечір. собака після щеплення {{date|в суботу}} кульгає на задню лапу і скиглить. чи це реакція? вага {{quantity|18 кг}}, порода лабрадор
[[sig|іра]]
[[@phone:UA:mua0sp]]""",
    # 09 pharmacy, e-prescription code kept, card
    """Доброго дня! Замовила в аптеці на {{street_as_brand|Хрещатику}} ліки за е-рецептом (код {{@num:####-####-####-####}}), оплатила карткою [[@card:group]], але в SMS написано, що замовлення {{@order:#######}} скасовано, а гроші {{amount|1 126 грн}} списані. Поясніть, будь ласка.
[[sig|Тетяна Мороз]]
[[@phone:UA:mnat]]""",
    # 10 e-shop return, refund to a card
    """Повертаю товар із замовлення {{@order:#########}} — пилосос {{product_code|VC-2200}} не вмикається. Відправила Новою поштою, ТТН {{@tracking:20######## ####}}, етикетку створила за посиланням [[@url:https://povernennia.tekhnoland.ua/label?token=]]. Кошти прошу на картку [[@card:dash]].
[[sig|Соломія Гнатів]]""",
    # 11 classifieds fraud, card to transfer to
    """Шахрай на {{brand|OLX}}! Продавець [[oth|Руслан Ковальчук]] ([[@phone:UA:mintl]]) попросив передоплату {{amount|2 500 грн}} на картку [[@card:group]] за дитячий велосипед і зник. Я платив зі своєї картки [[@card:dash]], чи можна оскаржити? Оголошення {{@num:#########}} видалене.
[[sig|Назар Петрук]]""",
    # 12 parcel delivery, no PII
    """Посилка {{@tracking:20#############}} вже {{quantity|5 днів}} у відділенні в {{city|Житомирі}}, а мені пишуть «прямує до отримувача».
Відповідь: Вибачте, посилку помилково не відсканували. Вона вже у відділенні {{quantity|№ 12}}.
{{team_name|Служба підтримки}}""",
    # 13 hotel invoice for a sole trader, RNOKPP glued to the label
    """Прошу виставити рахунок за проживання {{date|12–15 січня}} (бронювання {{@order:######}}) на:
ФОП [[oth|Левицький Андрій Романович]]
ІПН:[[@rnokpp:mid-male]]
IBAN:[[@iban:UA]]
[[address|вул. Городоцька, 174, м. Львів]]
рахунок надіслати на [[email|levytskyi.fop@ukr.net]]""",
    # 14 coach company, forwarded header
    """---------- Переслане повідомлення ---------
Від: [[oth|Алла Шевчук]] <[[email|alla.shevchuk@gmail.com]]>
Дата: {{date|пн, 4 серп. 2025 р.}} о {{time|06:12}}
Тема: автобус {{product_code|Київ – Варшава}} не приїхав

Ми з донькою чекали на автостанції {{quantity|2 години}}. Квиток {{@ticket:##########}}, сплачено {{amount|2 150 грн}}. Прошу повернути гроші на картку [[@card:group]].""",
    # 15 rail refund
    """Добрий день. Потяг {{product_code|№ 705}} «Інтерсіті+» запізнився на {{quantity|3 години}}. Квиток {{@ticket:####-####-####-####}}, {{amount|812 грн}}. Прошу компенсацію на IBAN [[@iban:UA]].
[[sig|Юрій Гаврилюк]], [[email|yurii.havryliuk@ukr.net]]""",
    # 16 car rental, driver form with RNOKPP and card
    """Бронювання {{@order:RENT-#####}}
Водій: [[intro|Ярослава Дмитрук]]
РНОКПП: [[@rnokpp:mid-female]]
Стаж водіння: {{quantity|8 років}}
Отримання: {{city|Київ}}, Жуляни, {{date|19.10}} {{time|10:00}}
Картка для застави: [[@card:group]]""",
    # 17 garage review, surname company
    """«{{cbrand|Автосервіс Кравчука}}» на {{street_as_brand|Стрийській}} — замінили гальмівні диски за {{quantity|2 години}}, ціна {{amount|3 400 грн}} разом із роботою. Пан [[oth|Михайло]] все показав. Раджу.
[[sig|Тарас]]""",
    # 18 school, name and patronymic salutation, child named
    """Доброго дня, [[sal|Ірино Василівно]]!
[[oth|Софійка]] сьогодні не буде на уроках, у неї температура. Довідку принесемо {{date|в понеділок}}.
Дякую, [[sig|Оксана Бойко]]""",
    # 19 city council, letter with sender block, RNOKPP far away
    """Міському голові м. {{city|Полтава}}
від [[sig|Литвиненка Миколи Степановича]],
що проживає: [[address|вул. Соборності, 66, кв. 12, м. Полтава, 36000]]
тел. [[@phone:UA:mua0]]

ЗАЯВА

Прошу надати одноразову матеріальну допомогу на лікування. Я пенсіонер, пенсія {{amount|4 310 грн}}. Реєстраційний номер облікової картки платника податків, який просили дописати у ЦНАП, вказую тут: [[@rnokpp:senior-male]].

{{date|11.06.2025}}  [[sig|М. С. Литвиненко]]""",
    # 20 housing association, quoted reply
    """Вже тиждень немає гарячої води! Коли буде?
[[sig|Кузьменко Л.]], кв. {{quantity|54}}

{{date|18.11.2025}} о {{time|09:40}} Правління ОСББ <[[email|osbb.sonyachnyi@gmail.com]]> пише:
> Шановна пані [[sal|Людмило]], заявку {{@ticket:####}} передано сантехніку, пану [[oth|Гринюку]].
> {{team_name|Правління ОСББ «Сонячний»}}""",
    # 21 gym, self-introduction
    """Вітаю! Мене звати [[intro|Максим Ярошенко]], абонемент {{@num:SP-#####}}. Хочу заморозити його на {{quantity|місяць}} через відрядження з {{date|1 березня}}. Зателефонуйте мені [[@phone:UA:mua380]]. Щомісячне списання з картки [[@card:group]] на цей час теж зупиніть.""",
    # 22 SaaS invoice table: company EDRPOU, sole trader RNOKPP
    """Рахунок на оплату № {{@invoice:СФ-####}} від {{date|02.06.2025}}
| | Постачальник | Покупець |
|---|---|---|
| Назва | ТОВ «Хмарна каса» | ФОП [[oth|Онищенко Дарина Олегівна]] |
| Код | ЄДРПОУ [[@edrpou]] | РНОКПП [[@rnokpp:mid-female]] |
| IBAN | [[@iban:UA]] | [[@iban:UA]] |
Послуга: ПРРО «Старт», {{quantity|12 міс.}}, {{amount|3 588,00 грн}}, без ПДВ""",
    # 23 B2B supplier, no PII
    """Добрий день!
Підтверджуємо замовлення {{@order:ЗМ-#####}}: цегла {{product_code|М-150}} {{quantity|4 000 шт.}}, цемент {{product_code|ПЦ-500}} {{quantity|60 мішків}}. Доставка {{date|у четвер}}, вивантаження маніпулятором.
{{team_name|Відділ продажів}} {{cbrand|Будцентр Ткачук}}""",
    # 24 accounting office, new employee's data
    """Привіт, [[sal|Наталю]]! Дані нової працівниці для оформлення з {{date|1 серпня}}:
[[oth|Ахмедова Севіль Ріфатівна]]
РНОКПП [[@rnokpp:mid-female]]
адреса: [[address|вул. Київська, 12, кв. 3, м. Біла Церква]]
IBAN для зарплати [[@iban:UA]]
посада {{job_title|бухгалтерка}}
[[sig|Галина]]""",
    # 25 law firm, title-only salutation, self-introduction, case number
    """{{greeting_without_name|Шановний пане адвокате}}!

Звертається до вас [[intro|Руденко Марина Петрівна]] у справі № {{invalid_checksum_number|127/4418/24}} про стягнення аліментів. Засідання перенесли на {{date|3 грудня}} о {{time|14:30}}. Чи потрібна моя присутність? Для довіреності: РНОКПП [[@rnokpp:mid-female]].

З повагою, [[sig|М. П. Руденко]]
[[@phone:UA:mua0]]""",
    # 26 water utility chat, wrong and corrected RNOKPP
    """[{{time|13:20}}] Бот: Введіть особовий рахунок або РНОКПП.
[{{time|13:21}}] Користувач: {{@bad:rnokpp}}
[{{time|13:21}}] Бот: Абонента не знайдено.
[{{time|13:22}}] Користувач: ой, ось правильний [[@rnokpp]]
[{{time|13:23}}] Оператор [[oth|Дмитро]]: Вітаю, пане [[sal|Ігорю]]! Заборгованість {{amount|412,60 грн}} за {{date|жовтень}}.""",
    # 27 gas meter, no PII
    """Показники газового лічильника № {{@meter:#########}} станом на {{date|01.12}}: {{quantity|3 947 м³}}. Адреса в {{city|Черкасах}}, особовий рахунок {{@num:##########}}. Прошу не нараховувати за нормою.""",
    # 28 internet provider, Crimean Tatar customer, transliteration
    """Добрий день, я [[intro|Ельмара Абдуллаєва]] ([[intro|Elmara Abdullaieva]]), договір {{@contract:########}}. Інтернет не працює з {{date|неділі}}, роутер {{product_code|TP-Link EX220}} блимає червоним. РНОКПП власниці договору [[@rnokpp:female]]. Мій телефон [[@phone:UA:mintl]], вдома після {{time|18:00}}.""",
    # 29 bank, wrong transfer, two IBANs and recipient
    """Доброго дня! {{date|07.05.2025}} я помилково переказала {{amount|6 000 грн}} зі свого рахунку [[@iban:UA:wrap]] на рахунок [[@iban:UA]], отримувач — [[oth|Сидоренко Віталій Олександрович]]. Прошу допомогти повернути кошти.
Звернення {{@ticket:######}}
[[sig|Христина Возняк]]
[[address|вул. Грушевського, 21, кв. 9, м. Івано-Франківськ]]
[[@phone:UA:mua0]]""",
    # 30 insurer, Ukrainian in Poland with a PESEL
    """Добрий день! Я живу в {{city|Вроцлаві}}, маю статус UKR. Сина [[oth|Арсенія]] госпіталізували з переломом, поліс {{@policy:PL-#######}}. Його PESEL [[@pesel:child-male]], мій — [[@pesel:mid-female]]. Лікарня просить підтвердження покриття.
[[sig|Вероніка Ткач]], [[@phone:PL:mintl]]""",
    # 31 review, brand named after a family
    """Купили у Львові наливку «{{cbrand|Бачевських}}» на подарунок за {{amount|690 грн}}, а корок був пошкоджений. В магазині на {{street_as_brand|Площі Ринок}} поміняли без питань. Дякуємо!
[[sig|Ліна і Павло]]""",
    # 32 courier, parcel left at the gate, courier named, address
    """Кур'єр [[oth|Віталій]] залишив посилку {{@tracking:##############}} біля хвіртки, хоча я просила зателефонувати. Адреса: [[address|вул. Вишнева, 9, с. Гора, Бориспільський р-н]]. Коробка намокла, всередині техніка на {{amount|5 400 грн}}. Компенсацію прошу на картку [[@card:plain]].
[[sig|Жанна Мельник]], [[email|zhanna.melnyk@i.ua]]""",
    # 33 flat rental, tenant's data
    """Привіт, це [[intro|Олег]] щодо квартири на {{street_as_brand|Лесі Українки}}. Дані для договору:
[[oth|Олег Вікторович Павленко]]
[[@rnokpp:mid-male]] — мій ІПН
моб. [[@phone:UA:mua38]]
Заставу {{amount|15 000 грн}} перекажу {{date|до 1-го}}.""",
    # 34 university dorm, surname first in capitals
    """{{greeting_without_name|Шановна комісіє}}!
Прошу надати місце в гуртожитку на {{date|2025/2026}} навчальний рік. Студентський квиток {{@num:@@ ########}}, {{quantity|3 курс}}, факультет журналістики.
[[sig|ГОНЧАРУК Анастасія]]
[[email|a.honcharuk@knu.ua]]""",
    # 35 energy chatbot, bare RNOKPP answer
    """Бот: Введіть номер особового рахунку.
Ви: {{@num:#########}}
Бот: Для підтвердження введіть РНОКПП власника.
Ви: [[@rnokpp]]
Бот: Дякуємо! Наступний платіж {{amount|1 248 грн}} до {{date|20.01}}.
Ви: рахунки надсилайте на [[email|bondarenko.vas@ukr.net]]
Ви: а посилання для зміни пароля не працює [[@url:https://kabinet.energo-podillia.ua/reset?token=]]""",
    # 36 Ukrainian sole trader invoicing a Polish client: Polish NIP and NRB
    """Шановний пане [[sal|Томаше]]!
Надсилаю рахунок {{@invoice:INV-2025-###}} за переклад документації. Ваші дані, як ви просили:
Biuro Tłumaczeń Lingwa, NIP [[@nip]]
Оплату прошу на мій рахунок у польському банку: [[@iban:PL:nrb]]
Сума {{amount|1 840 PLN}}.
[[sig|Ірина Пастух]], {{job_title|перекладачка}}
ФОП, РНОКПП [[@rnokpp:mid-female]], український рахунок [[@iban:UA:group]]""",
    # 37 e-shop, card charged twice, signature on the closing line
    """Замовлення {{@order:##########}} оплачено двічі ({{amount|2× 1 499 грн}}) з картки [[@card:plain]]. Поверніть, будь ласка, один платіж. Дякую, [[sig|Антон Гребенюк]]""",
    # 38 informal lower case, diminutive self-introduction
    """привіт це [[intro|юлька]] сестра [[oth|сашка]], хочу перенести номер [[@phone:UA:mua0sp]] до вас до {{date|п'ятниці}}, договір {{@contract:#######}}, все ок?""",
    # 39 sole trader, RNOKPP named indirectly
    """Добрий день. Я ФОП {{quantity|3 групи}} ({{cbrand|Кондитерська Мирошниченко}}), хочу відкрити рахунок для бізнесу. Номер з моєї картки платника податків — [[@rnokpp:mid-female]], реєстрація з {{date|2021 року}}. Що ще потрібно?
[[sig|Мирошниченко Н.]]""",
    # 40 hotel review with the manager's answer
    """Готель у {{city|Чернівцях}} — затишно, сніданок {{amount|250 грн}}, номер {{quantity|305}} з видом на ратушу. Мінус — холодно в душі зранку.
Відповідь: Дякуємо, пане [[sal|Вадиме]]! Бойлер уже замінили. [[sig|Наталія Гуцул]], {{job_title|адміністраторка}}""",
]

# =========================================================================== en
ITEMS["en"] = [
    # 01 telecom, roaming charges, signature with phone
    """{{greeting_without_name|Hello}},

my bill {{@invoice:#########}} for {{date|August}} shows {{amount|£212.40}} in roaming charges from {{city|Tenerife}}, although my plan includes EU roaming. Please correct it before the direct debit on {{date|the 28th}}, or refund the difference to [[@iban:GB]].

Kind regards,
[[sig|Gwendolyn Ashby]]
[[@phone:GB:mnat]]""",
    # 02 energy, web form with field labels
    """Contact form – smart meter fault
Full name: [[intro|Rajesh Venkataraman]]
Account number: {{@num:A-########}}
Supply address: [[address|14 Marlborough Road, Sheffield S10 1DB]]
Meter serial: {{@meter:##@########}}
Phone: [[@phone:GB:mintl]]
Email: [[email|rajesh.venkat@outlook.com]]
Direct debit account: [[@iban:GB:group]]
Message: the in-home display has shown {{quantity|0 kWh}} since {{date|12 May}}, yet you bill estimated readings. The reset link you sent, [[@url:https://my.brightwatt-energy.co.uk/reset?token=]], has expired too.""",
    # 03 bank chat, card stolen, customer pastes the number
    """{{time|00:41}} You: my wallet got nicked on the night bus, need to freeze my card
{{time|00:41}} [[oth|Callum]] ({{team_name|Support}}): Sorry to hear that! I can do that now. Which card is it?
{{time|00:42}} You: [[@card:group]]
{{time|00:43}} {{team_name|Support}}: Frozen. I can see a pending payment of {{amount|£64.99}} at {{time|00:12}} – was that you?""",
    # 04 motor insurer, collision, third party named
    """Claim notification – policy {{@policy:MTR/########}}
On {{date|9 October}} at about {{time|17:30}} my car was hit at the junction of Albert Street in {{city|Derby}} by a van driven by [[oth|Kieran Doyle]], who admitted fault and gave me his insurer's details. Damage to the offside rear door, estimate {{amount|£2,380}}.
Please pay the settlement into [[@iban:GB:group]].
[[sig|Martin Ellwood]]
[[@phone:GB:mnat]]""",
    # 05 leasing, company block with company number and VAT number
    """Dear Sir or Madam,

further to quotation {{@order:Q-#####}}, please prepare a hire purchase agreement for {{quantity|two}} {{brand|Ford Transit}} vans.

{{cbrand|Thornton Joinery}} Ltd
[[address|Unit 7, Canal Side, Leeds LS11 5QR]]
Company No. {{@num:########}}
VAT Reg. [[@gbvat:gbsp]]
Bank: [[@iban:GB]]

Yours faithfully,
[[sig|Simon Thornton]]
{{job_title|Managing Director}}""",
    # 06 GP surgery, registering a child with an NHS number
    """Hi, I'd like to register my daughter at the practice. [[oth|Amara Mensah]], NHS number [[@nhs:sp]], we've just moved from {{city|Croydon}}. Is there a new patient appointment after {{time|3.30pm}}?
Thanks, [[sig|Efua Mensah]]
[[@phone:GB:mgbsp]]""",
    # 07 dentist review, no PII
    """Dentist on {{street_as_brand|Castle Street}}: hygienist appointment was {{amount|£65}} and took {{quantity|25 minutes}}, very gentle. Booking online via {{url|castlestreetdental.co.uk}} was easy, but they ran {{quantity|20 minutes}} late. {{quantity|4/5}}""",
    # 08 vet, lower case, initial
    """hi, our cat had her jabs on {{date|saturday}} and has been sleeping all day and not eating, is that normal for {{quantity|48 hrs}}? she's {{quantity|3.8kg}}
[[sig|lou b]]
[[@phone:GB:mcompact]]""",
    # 09 pharmacy, repeat prescription with NHS number after the name
    """Good morning, could you check whether my repeat prescription for {{brand|Ramipril}} {{quantity|5 mg}} has come through from the surgery? Name [[intro|Dennis Whitlock]], NHS no. [[@nhs:dash]]. I can collect from the branch on {{street_as_brand|High Street}} after {{time|4pm}}.
Many thanks""",
    # 10 e-shop return, refund to an Amex card
    """Returning order {{@order:#########}} – the jacket ({{product_code|SKU 48-2291-M}}) is too small. Dropped at the post office today, tracking {{@tracking:@@#########GB}}, label printed from [[@url:https://returns.northlane-outfitters.co.uk/label?token=]]. The card I paid with has expired; please refund to [[@card:amex]] instead.
Best, [[sig|Harriet Cole]]""",
    # 11 marketplace fraud
    """I want to report a scam on {{brand|Facebook Marketplace}}. The seller, [[oth|Jordan Pike]], phone [[@phone:GB:mintl]], took a {{amount|£150}} deposit for a PlayStation via bank transfer to [[@iban:GB]] and then blocked me. I paid from my own account, [[@iban:GB:group]]. Listing ID {{@num:##########}}.
[[sig|Aisha Rahman]]""",
    # 12 courier, no PII, team signature
    """Parcel {{@tracking:H##@@@#########}} has said "out for delivery" for {{quantity|three days}}. I work from home and nobody has knocked.
Reply: We're sorry – your parcel was mis-sorted at our {{city|Rugby}} hub and will be delivered {{date|tomorrow}} before {{time|6pm}}.
{{team_name|Customer Care Team}}""",
    # 13 hotel in Prague, invoice for a Polish company, NIP glued
    """Hi, could you issue the invoice for my stay {{date|3–6 March}} (booking {{@order:#######}}) to my employer:
{{cbrand|Zieliński Engineering}} Sp. z o.o.
[[address|ul. Fabryczna 12, 53-609 Wrocław]], Poland
VAT:[[@nip:pl]], REGON [[@regon]]
Send it to [[email|invoices@zielinski-eng.pl]], please.
Cheers, [[sig|Mateusz]]""",
    # 14 airline, forwarded header, delay compensation
    """---------- Forwarded message ---------
From: [[oth|Sophie Turnbull]] <[[email|sophie.turnbull@btinternet.com]]>
Date: {{date|Sun, 17 Aug 2025}} at {{time|23:58}}
Subject: Flight {{product_code|U2 2147}} delayed

Our flight from {{city|Kraków}} to {{city|Bristol}} landed {{quantity|4 hours 15 minutes}} late. Booking {{@order:@@@#@@@}}, passengers [[oth|Sophie Turnbull]] and [[oth|Ben Turnbull]]. We're claiming {{amount|£350}} each under UK261, payable to [[@iban:GB:group]].""",
    # 15 rail, delay repay, card
    """Hello, my {{time|07:04}} from {{city|Doncaster}} to {{city|London King's Cross}} arrived {{quantity|62 minutes}} late. Ticket {{@ticket:####@@#####}}, fare {{amount|£96.50}}. Please refund to the card I paid with, [[@card:plain]].
[[sig|Nigel Pratt]]
[[email|nigel.pratt@yahoo.co.uk]]""",
    # 16 car rental in Poland, main driver, licence kept
    """Booking {{@order:KRK-######}}
Main driver: [[intro|Connor McAllister]]
Extras: child seat, full cover {{amount|60 PLN/day}}
Additional driver: [[oth|Niamh McAllister]]
Pick-up: {{city|Kraków}} Airport, {{date|21 July}} {{time|14:20}}
Deposit card: [[@card:group]]""",
    # 17 garage review, surname company
    """{{cbrand|Hendry & Sons Motors}} in {{city|Paisley}} sorted my clutch in {{quantity|a day}} for {{amount|£540}}. [[oth|Alan]] at the front desk called me with updates twice. Would use again.
[[sig|Graeme]]""",
    # 18 school, parent to teacher, surname salutation, child named
    """Dear Mrs [[sal|Collins]],
[[oth|Freddie]] won't be in school {{date|tomorrow}} as he has a hospital appointment at {{time|10.40}}. He'll be back in the afternoon.
Many thanks,
[[sig|Laura Pemberton]]
[[@phone:GB:mnat]]""",
    # 19 HMRC, letter with sender block, UTR far away from its label
    """[[sig|Harold Fenwick]]
[[address|22 Orchard Close, Taunton TA1 4LP]]

HM Revenue & Customs
{{team_name|Self Assessment}}

{{date|4 February 2025}}

Dear Sir or Madam,

I am writing about the late filing penalty of {{amount|£100}}. I was in hospital from {{date|December}} to {{date|mid-January}} and enclose a letter from the ward. The reference you asked for on the phone, which I now found on my old return, is [[@utr]]. Should any refund be due, please pay it to [[@iban:GB:group]].

Yours faithfully,
[[sig|H. Fenwick]]""",
    # 20 letting agent, quoted reply
    """Still no hot water. This is now day {{quantity|6}}.
[[sig|Priya]]

On {{date|Tue, 11 Mar 2025}} at {{time|09:14}}, Lettings <[[email|lettings@harbourhomes.co.uk]]> wrote:
> Dear [[sal|Priya]], the plumber, [[oth|Gareth]], will attend on Thursday. Job ref {{@ticket:HH-####}}.
> {{team_name|Harbour Homes Lettings}}""",
    # 21 gym, self-introduction, card
    """Hi, I'm [[intro|Tom Okafor]], member {{@num:M#######}}. I'd like to freeze my membership for {{quantity|two months}} from {{date|1 November}} (knee surgery). Please stop the monthly {{amount|£34.99}} on card [[@card:dash]] during that time.""",
    # 22 SaaS invoice, pipe table with VAT numbers
    """INVOICE {{@invoice:INV-####}}    Date: {{date|02/06/2025}}
| | Supplier | Customer |
|---|---|---|
| Name | Ledgerly Ltd | [[oth|Fiona Strachan]] Photography |
| VAT | [[@gbvat]] | [[@gbvat:sp]] |
| Address | [[address|3 Quay Street, Manchester M3 3JE]] | [[address|8 Rose Street, Edinburgh EH2 2PR]] |
Pro plan, {{quantity|12 months}}, {{amount|£288.00}} + VAT {{percent|20%}}
Pay to: [[@iban:GB:group]]""",
    # 23 B2B supplier order confirmation, salesman signature
    """Hi [[sal|Dave]],
confirming order {{@order:SO-######}}: {{quantity|40}} × plasterboard {{product_code|PB-12.5-2400}}, {{quantity|12}} × metal stud {{product_code|MS-70}}. Delivery {{date|Wednesday}} AM, driver will call {{quantity|30 mins}} ahead.
Cheers,
[[sig|Liam Brennan]] | {{job_title|Account Manager}}
{{cbrand|Brennan Building Supplies}} · VAT [[@gbvat]]
[[@phone:GB:mnat]]""",
    # 24 accountant, sole trader's details for self assessment
    """Hi [[sal|Joanne]],
as requested, my details for this year's return:
Name: [[oth|Kwame Asante]]
UTR: [[@utr:sp]]
NHS number (for the hospital expenses you asked about): [[@nhs:plain]]
Address: [[address|45 Elm Grove, Reading RG1 5HT]]
Bank for the refund: [[@iban:GB]]
Thanks,
[[sig|Kwame]]""",
    # 25 solicitor, title-only salutation, self-introduction, case reference
    """{{greeting_without_name|Dear Sir or Madam}},

my name is [[intro|Bernadette O'Sullivan]] and I am the claimant in case {{invalid_checksum_number|K00BS412}} against my former landlord. The hearing has been listed for {{date|14 November}} at {{time|10am}}. Do I need to attend in person?

Yours faithfully,
[[sig|B. O'Sullivan]]
[[@phone:GB:mintl]]""",
    # 26 accountancy chat, wrong and corrected UTR
    """[{{time|15:02}}] Assistant: Please enter your UTR.
[{{time|15:03}}] Client: {{@bad:utr}}
[{{time|15:03}}] Assistant: That reference doesn't look right.
[{{time|15:04}}] Client: sorry, typo – [[@utr]]
[{{time|15:05}}] [[oth|Hannah]] ({{team_name|Tax Team}}): Thanks! Your return for {{date|2024/25}} is ready to sign, {{amount|£1,412.60}} due by {{date|31 January}}.""",
    # 27 gas meter reading, no PII
    """Gas meter reading for meter {{@meter:M#######@####}}: {{quantity|04412}} on {{date|1 April}}. Please stop estimating my bills, account {{@num:########}}, property in {{city|Gateshead}}.""",
    # 28 broadband, Nigerian-origin customer
    """Good afternoon, this is [[intro|Chukwuemeka Obi]], account {{@num:BB#######}}. My broadband has dropped every evening since {{date|Monday}}, router {{product_code|Hub 3}} flashing orange. Engineer visit please – I'm in after {{time|6pm}}, mobile [[@phone:GB:m00]]. Happy to pay the call-out fee with [[@card:plain]].""",
    # 29 bank, wrong payee, two IBANs, recipient
    """Dear Sir or Madam,
on {{date|3 May}} I sent {{amount|£1,200}} from my account [[@iban:GB:group]] to [[@iban:GB:group]] thinking it was my builder, but the payee shown is [[oth|M. Hussain]] and the builder hasn't received it. Please start a recall.
Case {{@ticket:########}}
[[sig|Rosalind Kerr]]
[[address|7 Thistle Walk, Dundee DD2 1LF]]
[[@phone:GB:fnat]]""",
    # 30 travel insurer, husband in hospital abroad
    """Hello, my husband, [[oth|Graham Whitaker]], was admitted to hospital in {{city|Málaga}} with chest pains. Policy {{@policy:TRV-#######}}. His NHS number is [[@nhs:sp]]. The hospital wants a guarantee of payment of {{amount|€4,000}}.
Please call me on [[@phone:GB:m00]].
[[sig|Janet Whitaker]]""",
    # 31 review, brands named after people
    """Bought a {{brand|Ted Baker}} bag at the {{brand|Marks & Spencer}} on {{street_as_brand|Oxford Street}} for {{amount|£89}} – the strap broke in {{quantity|three weeks}}. Refund done in {{quantity|5 minutes}}, no fuss.
– [[sig|Bev]]""",
    # 32 courier, parcel left in the bin, courier named, address
    """Your driver [[oth|Steve]] left parcel {{@tracking:##############}} in my recycling bin, which was emptied the next morning. Address: [[address|Flat 2, 19 Granby Street, Leicester LE1 6EJ]]. The contents were worth {{amount|£230}}; please refund to my card [[@card:group]].
[[sig|Olumide Adebayo]], [[email|olu.adebayo@gmail.com]]""",
    # 33 expat renting in Warsaw, PESEL and Polish phone
    """Hi, it's [[intro|Ethan]] about the flat on {{street_as_brand|Mokotowska}}. For the lease:
[[oth|Ethan Carter-Blake]]
[[@pesel:mid-male]] – that's my PESEL, I've lived in Warsaw since {{date|2019}}
phone [[@phone:PL:mintl]]
I can pay the deposit of {{amount|6,000 PLN}} on {{date|1 September}}.""",
    # 34 university accommodation, surname first in capitals
    """{{greeting_without_name|Dear Accommodation Office}},
I would like to apply for a room in halls for {{date|2025/26}}. Student ID {{@num:#########}}, {{quantity|second year}}, Civil Engineering. NHS number for the halls GP registration: [[@nhs:sp]].
Kind regards,
[[sig|OKAFOR Chiamaka]]
[[email|c.okafor@student.leeds.ac.uk]]""",
    # 35 pharmacy chatbot, bare NHS number answer
    """Bot: Is the prescription for you or for someone you care for?
You: my mum
Bot: What's her NHS number?
You: [[@nhs:plain]]
Bot: Thanks. The prescription for {{brand|Atorvastatin}} {{quantity|20 mg}} will be ready {{date|tomorrow}} after {{time|2pm}}.
You: text me on [[@phone:GB:mnat]] when ready""",
    # 36 Czech supplier to a UK buyer: IČO, DIČ and CZ IBAN
    """Hi [[sal|Fiona]],
our Czech supplier finally sent their details for the {{amount|€12,400}} order {{@order:PO-#####}}:
{{cbrand|Sklárna Novák}} s.r.o., IČO [[@ico]], DIČ [[@ico:czsame]]
IBAN [[@iban:CZ]]
Can you set them up in Xero?
[[sig|Rob]]""",
    # 37 e-shop, double charge, signature on the closing line
    """Order {{@order:#########}} was charged twice ({{amount|2 × £47.20}}) to my card [[@card:group]]. Please refund one of them. Thanks – [[sig|Deborah Lyle]]""",
    # 38 informal lower case, diminutive self-introduction
    """hiya its [[intro|becca]], [[oth|jamie]]'s girlfriend, can you move my number [[@phone:GB:mcompact]] over to your network by {{date|friday}}? contract ends {{date|the 30th}}""",
    # 39 sole trader, UTR and VAT named indirectly
    """Hello, I'm a self-employed electrician ({{cbrand|Pritchard Electrical}}) and want to switch to your business account. The ten-digit reference from my self assessment letters is [[@utr:sp]], and I'm VAT registered under [[@gbvat:sp]]. What else do you need?
[[sig|Gareth Pritchard]]""",
    # 40 hotel review with manager's answer
    """Lovely B&B in {{city|Whitby}} – full English at {{time|8}} sharp, room {{quantity|4}} with a sea view. Only downside: parking {{amount|£12}} a night.
Reply: Thank you, [[sal|Margaret]]! We've added two free spaces since your stay. [[sig|Ian Rowntree]], {{job_title|owner}}""",
]

# =========================================================================== de
ITEMS["de"] = [
    # 01 telecom, wrong tariff, signature with customer phone
    """{{greeting_without_name|Guten Tag}},

auf der Rechnung {{@invoice:####-####-####}} für {{date|Juli}} wird mir der Tarif {{product_code|MagentaMobil L}} berechnet ({{amount|59,95 €}}), obwohl ich im {{date|Mai}} auf M gewechselt habe. Bitte korrigieren Sie das und erstatten Sie die Differenz auf [[@iban:DE:group]].

Mit freundlichen Grüßen
[[sig|Ingrid Baumgärtner]]
[[@phone:DE:mnat]]""",
    # 02 municipal utility, form with first and last name in two fields, SEPA mandate
    """Anmeldung Strom – Online-Formular
Vorname: [[intro|Jens]]
Nachname: [[intro|Hoffmeister]]
Lieferadresse: [[address|Gartenstraße 17, 04109 Leipzig]]
Zählernummer: {{@meter:1ESY########}}
Einzugsdatum: {{date|01.09.2025}}
IBAN für das SEPA-Lastschriftmandat: [[@iban:DE]]
Telefon: [[@phone:DE:mdeslash]]""",
    # 03 bank chat, card lost, IBAN to identify the account
    """{{time|20:14}} Kunde: hallo, meine karte ist weg, vermutlich im zug liegen lassen
{{time|20:15}} [[oth|Sabine]] ({{team_name|Kundenservice}}): Guten Abend! Nennen Sie mir bitte die IBAN des Kontos.
{{time|20:15}} Kunde: [[@iban:DE:lcgroup]]
{{time|20:16}} {{team_name|Kundenservice}}: Danke, die Debitkarte ist gesperrt. Die neue kommt in {{quantity|5–7 Werktagen}}, Gebühr {{amount|0 €}}.""",
    # 04 motor insurer, other driver, payout IBAN
    """Schadenmeldung zur Police {{@policy:KH-#######-##}}
Am {{date|14.10.2025}} gegen {{time|7:50}} ist mir auf dem Parkplatz von {{brand|Kaufland}} in {{city|Gera}} Herr [[oth|Dieter Lorenz]] beim Ausparken in die Fahrertür gefahren. Er hat den Schaden anerkannt. Kostenvoranschlag der Werkstatt: {{amount|2.870 €}}.
Bitte Auszahlung auf [[@iban:DE:group]].
[[sig|Ralf Overbeck]]
[[@phone:DE:mde0]]""",
    # 05 leasing, company block, HRB kept, VAT number spaced
    """Sehr geehrte Damen und Herren,

bezugnehmend auf Ihr Angebot {{@order:AN-######}} bitten wir um den Leasingvertrag für {{quantity|einen}} Gabelstapler {{product_code|Linde H25D}}.

{{cbrand|Metallbau Schuster}} GmbH
[[address|Industriestraße 4, 73760 Ostfildern]]
HRB {{@num:######}}, Amtsgericht {{city|Stuttgart}}
Bankverbindung: [[@iban:DE:group]]
USt-IdNr. [[@ustid:desp]]

Mit freundlichen Grüßen
[[sig|Karl-Heinz Schuster]]
{{job_title|Geschäftsführer}}""",
    # 06 family benefits office, children's tax ids
    """Familienkasse {{city|Nürnberg}}
Kindergeld-Nr. {{@num:###FK######}}

Sehr geehrte Damen und Herren,

für meine Kinder reiche ich die fehlenden Steuer-IDs nach:
[[oth|Lena Albrecht]]: [[@idnr]]
[[oth|Paul Albrecht]]: [[@idnr:sp]]
Meine eigene Identifikationsnummer steht bereits im Antrag.

Freundliche Grüße
[[sig|Miriam Albrecht]]""",
    # 07 dentist review, no PII
    """Zahnarztpraxis in der {{street_as_brand|Schloßstraße}}: professionelle Zahnreinigung {{amount|95 €}}, dauerte {{quantity|45 Minuten}}, sehr gründlich. Termin online in {{quantity|zwei Tagen}} bekommen. Nur das Wartezimmer ist eng. {{quantity|5 Sterne}}""",
    # 08 vet, lower case, initial
    """hallo, unser hund hat seit der impfung am {{date|montag}} eine beule an der einstichstelle, so groß wie eine murmel. müssen wir vorbeikommen? er wiegt {{quantity|31 kg}}
[[sig|tanja w.]]
[[@phone:DE:mcompact]]""",
    # 09 pharmacy, card charged, prescription kept
    """Guten Tag, ich habe in Ihrer Apotheke am {{street_as_brand|Marktplatz}} das E-Rezept für {{brand|Ibuprofen}} {{quantity|600}} eingelöst und mit Karte [[@card:group]] bezahlt. Der Betrag {{amount|12,47 €}} wurde zweimal abgebucht. Bon-Nr. {{@num:####-####}}.
[[sig|Gerhard Pohl]]""",
    # 10 online shop return, IBAN wrapped across lines
    """Retoure zur Bestellung {{@order:###-#######-#######}}: Winterjacke {{@product:Art. ####-###}}, Größe L. Paket mit Sendungsnummer {{@tracking:##############}} heute abgegeben. Bitte die {{amount|149,90 €}} auf dieses Konto erstatten:
[[@iban:DE:wrap]]
Kontoinhaber: [[oth|Heike Brandl]]
Das Retourenlabel kam über [[@url:https://retoure.modehaus-nord.de/label?token=]].
Danke!""",
    # 11 classifieds fraud, seller's name, phone and IBAN
    """Betrug über {{brand|Kleinanzeigen}}: Die Verkäuferin „[[oth|Jessica Krämer]]“ (Tel. [[@phone:DE:m]]) hat {{amount|380 €}} für einen Kinderwagen auf [[@iban:DE]] kassiert und antwortet nicht mehr. Überwiesen habe ich von meinem Konto [[@iban:DE:group]]. Anzeige-ID {{@num:##########}}.
[[sig|Serkan Aydın]]""",
    # 12 parcel service, no PII, team signature
    """Sendung {{@tracking:00340#############}} liegt seit {{quantity|vier Tagen}} im Paketzentrum {{city|Hof}}. Ich brauche das Paket bis {{date|Freitag}}!
Antwort: Die Sendung wurde falsch sortiert und wird {{date|morgen}} zugestellt, den Status sehen Sie unter {{url|www.dhl.de/sendungsverfolgung}}. Wir bitten um Entschuldigung.
{{team_name|Ihr Kundenservice}}""",
    # 13 hotel invoice, VAT number glued to the label
    """Hallo, bitte stellen Sie die Rechnung für den Aufenthalt vom {{date|4. bis 6. März}} (Buchung {{@order:########}}) auf unsere Firma aus:
{{cbrand|Ingenieurbüro Wendland}} GmbH
[[address|Am Sandtorkai 48, 20457 Hamburg]]
USt-IdNr.:[[@ustid]]
An [[email|rechnung@ib-wendland.de]], danke.
[[sig|Wendland]]""",
    # 14 airline, forwarded header
    """---------- Weitergeleitete Nachricht ---------
Von: [[oth|Ulrike Zimmermann]] <[[email|ulrike.zimmermann@t-online.de]]>
Datum: {{date|Mo., 11. Aug. 2025}} um {{time|22:31}}
Betreff: Flug {{product_code|LH 1617}} annulliert

Unser Flug von {{city|München}} nach {{city|Bukarest}} wurde {{quantity|zwei Stunden}} vor Abflug annulliert. Buchungscode {{@order:@@@@##}}, Reisende: mein Mann und ich. Wir fordern {{amount|400 €}} pro Person auf [[@iban:DE]].""",
    # 15 rail, passenger rights, IBAN
    """Fahrgastrechte: Mein {{product_code|ICE 597}} von {{city|Hannover}} nach {{city|Frankfurt (Main)}} kam mit {{quantity|87 Minuten}} Verspätung an. Ticket {{@ticket:@@@###}}, Preis {{amount|84,90 €}}. Entschädigung bitte auf [[@iban:DE:group]].
[[sig|Benedikt Schäfer]]
[[email|b.schaefer@posteo.de]]""",
    # 16 car rental, main driver, card
    """Reservierung {{@order:RES-######}}
Hauptfahrer: [[intro|Magdalena Nowak]]
Führerschein seit: {{date|2011}}
Zusatzfahrer: [[oth|Piotr Nowak]]
Abholung: {{city|Dresden}} Hbf, {{date|02.09.}} {{time|8:00}}
Kaution per Kreditkarte: [[@card:dash]]""",
    # 17 garage review, surname company
    """{{cbrand|Kfz-Meisterbetrieb Brandt}} in {{city|Celle}}: TÜV plus Bremsen vorn für {{amount|620 €}}, an einem Tag erledigt. Der Meister, Herr [[oth|Brandt]], hat mir die alten Teile gezeigt. Gerne wieder.
[[sig|Uwe]]""",
    # 18 school, parent to teacher, surname salutation, child named
    """Liebe Frau [[sal|Yilmaz]],
[[oth|Emil]] fehlt heute und {{date|morgen}} wegen Magen-Darm. Die Hausaufgaben holt ein Nachbarskind ab.
Viele Grüße
[[sig|Christina Vogt]]
[[@phone:DE:mde0]]""",
    # 19 tax office, sender block, tax id far from its label
    """[[sig|Wolfgang Reuter]]
[[address|Lindenweg 3, 34117 Kassel]]

Finanzamt {{city|Kassel}}
{{team_name|Veranlagungsstelle}}

Einspruch gegen den Einkommensteuerbescheid vom {{date|12.05.2025}}

Sehr geehrte Damen und Herren,

hiermit lege ich fristgerecht Einspruch ein, da die Krankheitskosten von {{amount|3.412 €}} nicht berücksichtigt wurden. Zur Zuordnung – Sie baten im Schreiben ausdrücklich um die elfstellige Nummer, nicht um die Steuernummer –: [[@idnr]].

Mit freundlichen Grüßen
[[sig|W. Reuter]]""",
    # 20 property manager, quoted reply
    """Die Heizung ist immer noch kalt. Bitte dringend!
[[sig|Familie Kowalski]], Whg. {{quantity|3 OG links}}

Am {{date|20.01.2025}} um {{time|08:47}} schrieb Hausverwaltung <[[email|info@hv-mueller-partner.de]]>:
> Sehr geehrter Herr [[sal|Kowalski]], der Monteur, Herr [[oth|Schmitz]], kommt am Donnerstag. Vorgang {{@ticket:HV-#####}}.
> {{team_name|Ihre Hausverwaltung}}
>
>> Am {{date|18.01.2025}} schrieb [[oth|Kowalski]]:
>> Die Mietminderung für {{date|Januar}} bitte auf [[@iban:DE:group]] erstatten.""",
    # 21 gym, cancellation, self-introduction, SEPA IBAN
    """Hallo, hier ist [[intro|Leon Hartmann]], Mitgliedsnr. {{@num:######}}. Ich kündige meinen Vertrag fristgerecht zum {{date|31.12.}} und widerrufe das SEPA-Mandat für [[@iban:DE]]. Bitte bestätigen Sie die Kündigung schriftlich.""",
    # 22 SaaS invoice, pipe table
    """RECHNUNG {{@invoice:RE/#####/25}} vom {{date|01.06.2025}}
| | Anbieter | Kunde |
|---|---|---|
| Firma | Terminwerk GmbH | Physiotherapie [[oth|Anke Lüders]] |
| USt-IdNr. | [[@ustid]] | [[@ustid:desp]] |
| Anschrift | [[address|Friedrichstraße 68, 10117 Berlin]] | [[address|Bahnhofstraße 9, 49074 Osnabrück]] |
Paket Praxis, {{quantity|12 Monate}}, {{amount|468,00 €}} zzgl. {{percent|19 %}} USt.
Bankverbindung: [[@iban:DE:group]]""",
    # 23 B2B supplier, order confirmation, signature with VAT number
    """Hallo Herr [[sal|Petersen]],
wir bestätigen Auftrag {{@order:AB-#####}}: {{quantity|25}} Paletten Kalksandstein {{product_code|KS-L 12 DF}}, Lieferung {{date|Dienstag}} zwischen {{time|7}} und {{time|10 Uhr}}.
Beste Grüße
[[sig|Tobias Ehlers]] – {{job_title|Vertriebsinnendienst}}
{{cbrand|Baustoffe Ehlers}} KG · USt-IdNr. [[@ustid]]
Tel. [[@phone:DE:fnat]] Durchwahl 31""",
    # 24 tax adviser, client's data
    """Liebe [[sal|Conny]],
anbei meine Daten für die Steuererklärung {{date|2024}}:
Name: [[oth|Svetlana Becker]]
Steuer-ID: [[@idnr:sp4]]
Anschrift: [[address|Kirchplatz 2, 79098 Freiburg im Breisgau]]
Erstattungskonto: [[@iban:DE]]
Liebe Grüße
[[sig|Sveta]]""",
    # 25 lawyer, self-introduction, file number
    """{{greeting_without_name|Sehr geehrte Damen und Herren}},

mein Name ist [[intro|Friederike von Hagen]], ich bin Mandantin in der Sache Az. {{invalid_checksum_number|3 O 118/25}} (Mietminderung). Das Gericht hat den Termin auf den {{date|18. November}}, {{time|9:30 Uhr}} gelegt. Muss ich persönlich erscheinen? Für den PKH-Antrag noch meine Steuer-ID: [[@idnr:sp]].

Mit freundlichen Grüßen
[[sig|F. v. Hagen]]
[[@phone:DE:mintl]]""",
    # 26 municipal utility chat, wrong and corrected tax id
    """[{{time|16:40}}] Assistent: Für den Härtefallantrag brauchen wir Ihre Steuer-ID.
[{{time|16:41}}] Kundin: {{@bad:idnr}}
[{{time|16:41}}] Assistent: Die Nummer ist ungültig.
[{{time|16:42}}] Kundin: oh, zahlendreher, richtig ist [[@idnr]]
[{{time|16:43}}] Herr [[oth|Demir]] ({{team_name|Kundenzentrum}}): Danke, der Antrag ist angelegt, Abschlag sinkt auf {{amount|78 €}}.""",
    # 27 gas meter, customer number, signature only
    """Zählerstand Gas, Zähler {{@meter:#########}}: {{quantity|18.402,6 m³}} am {{date|30.04.}}. Kundennummer {{@num:########}}, Objekt in {{city|Worms}}. Bitte nach Ablesung abrechnen, nicht schätzen, und ein Guthaben auf [[@iban:DE:group]] überweisen.
Gruß [[sig|Kessler]]""",
    # 28 cable internet, Turkish-German customer
    """Guten Abend, ich bin [[intro|Mehmet Yıldırım]], Kundennr. {{@num:#########}}. Seit {{date|Samstag}} fällt das Internet jeden Abend aus, die {{brand|FritzBox}} {{product_code|6660}} blinkt rot. Bitte Techniker schicken, ab {{time|17 Uhr}} bin ich zu Hause: [[@phone:DE:mnat]]. Die Gutschrift für die Ausfalltage bitte auf [[@iban:DE]].""",
    # 29 bank, wrong transfer, two IBANs, recipient
    """Sehr geehrte Damen und Herren,
am {{date|06.05.2025}} habe ich von meinem Konto [[@iban:DE:group]] versehentlich {{amount|1.250,00 €}} an [[@iban:DE:group]] überwiesen. Empfänger laut Auszug: [[oth|Marco Schulte]]. Bitte leiten Sie einen Rückruf ein.
Vorgangsnummer {{@ticket:#########}}
[[sig|Annegret Holtkamp]]
[[address|Mühlenweg 5, 48143 Münster]]
[[@phone:DE:fdedash]]""",
    # 30 travel insurer, wife in hospital abroad
    """Guten Tag, meine Frau, [[oth|Birgit Lange]], liegt nach einem Sturz im Krankenhaus in {{city|Palma}}. Reiseversicherung {{@policy:RV-########}}. Das Krankenhaus verlangt eine Kostenübernahme über {{amount|6.000 €}}. Eine Anzahlung könnte ich mit der Kreditkarte [[@card:group]] leisten. Bitte rufen Sie mich an: [[@phone:DE:m00]].
[[sig|Holger Lange]]""",
    # 31 review, brands named after people
    """Bei {{brand|Rossmann}} in der {{street_as_brand|Kaiserstraße}} gab es die {{brand|Dr. Oetker}} Backmischung für {{amount|1,99 €}}, bei {{brand|Aldi}} nebenan sogar günstiger. Kassiererin sehr nett, Schlange lang ({{quantity|15 Minuten}}).
– [[sig|Hildegard]]""",
    # 32 courier, parcel at the wrong neighbour, courier named, address
    """Ihr Zusteller [[oth|Ahmad]] hat mein Paket {{@tracking:##############}} bei einem Nachbarn abgegeben, den es in unserem Haus gar nicht gibt. Meine Adresse: [[address|Bergstraße 21a, 69120 Heidelberg]]. Warenwert {{amount|219 €}}, Erstattung bitte auf [[@iban:DE:group]].
[[sig|Jana Krüger]], [[email|jana.krueger@gmx.de]]""",
    # 33 flat rental, Polish worker with PESEL and tax id
    """Guten Tag, hier ist [[intro|Łukasz]] wegen der Wohnung in {{city|Frankfurt (Oder)}}. Für den Mietvertrag:
[[oth|Łukasz Wróblewski]]
PESEL [[@pesel:mid-male]]
[[@idnr]] (meine Steuer-ID)
Handy [[@phone:PL:mintl]]
Kaution {{amount|1.350 €}} überweise ich zum {{date|01.10.}}""",
    # 34 student dorm, matriculation number kept, surname first in capitals
    """{{greeting_without_name|Sehr geehrtes Team des Studierendenwerks}},
ich bewerbe mich um einen Wohnheimplatz ab dem {{date|Wintersemester 2025/26}}. Matrikelnummer {{@num:#######}}, {{quantity|3. Fachsemester}} Maschinenbau. Für den BAföG-Antrag, den Sie ebenfalls bearbeiten: Steuer-ID [[@idnr]].
Mit freundlichen Grüßen
[[sig|NGUYEN Thi Mai]]
[[email|thi.mai.nguyen@stud.tu-darmstadt.de]]""",
    # 35 utility chatbot, bare IBAN answer
    """Bot: Bitte geben Sie die IBAN für den Abschlag ein.
Sie: [[@iban:DE:lc]]
Bot: Danke! Ihr monatlicher Abschlag beträgt {{amount|96 €}}, erste Abbuchung am {{date|15.07.}}.
Sie: und die Rechnung bitte an [[email|k.m.winter@web.de]]
Sie: der Link zum Passwort-Zurücksetzen geht nicht: [[@url:https://kundenportal.stadtwerke-rheintal.de/reset?token=]]""",
    # 36 Austrian supplier: ATU and AT IBAN
    """Hallo [[sal|Andreas]],
der Tiroler Lieferant hat uns endlich seine Daten geschickt (Auftrag {{@order:PO-#####}}, {{amount|8.760 €}}):
{{cbrand|Holzbau Hofer}} GmbH, [[address|Innstraße 12, 6020 Innsbruck]]
UID [[@atu]]
IBAN [[@iban:AT:group]]
Kannst du ihn anlegen?
[[sig|Melanie]]""",
    # 37 online shop, double charge, signature on the closing line
    """Bestellung {{@order:##########}} wurde zweimal ({{amount|2 × 64,99 €}}) von meiner Kreditkarte [[@card:group]] abgebucht. Bitte eine Zahlung erstatten. Danke, [[sig|Dominik Scholz]] ([[email|dominik.scholz@icloud.com]])""",
    # 38 informal lower case, diminutive self-introduction
    """hi hier ist [[intro|jule]], die freundin von [[oth|basti]]. kann ich meine nummer [[@phone:DE:mnat]] bis {{date|freitag}} zu euch mitnehmen? vertrag läuft {{date|ende des monats}} aus""",
    # 39 freelancer, tax id named indirectly
    """Guten Tag, ich arbeite freiberuflich als Übersetzerin ({{cbrand|Sprachbüro Lindqvist}}) und möchte ein Geschäftskonto eröffnen. Die Nummer oben links auf meiner letzten Lohnsteuerbescheinigung lautet [[@idnr:sp]], meine USt-IdNr. [[@ustid]]. Welche Unterlagen brauchen Sie noch?
[[sig|Karin Lindqvist]]""",
    # 40 hotel review with manager's answer
    """Pension in {{city|Bad Tölz}} – ruhig, Frühstück bis {{time|10:30}}, Zimmer {{quantity|7}} mit Balkon. Einziges Minus: WLAN nur in der Lobby.
Antwort: Vielen Dank, Frau [[sal|Seidel]]! Wir haben inzwischen Repeater installiert. [[sig|Georg Huber]], {{job_title|Inhaber}}""",
]


# ----------------------------------------------------------------------------- main

CHECKSUM_KINDS = {"card", "iban", "pesel", "birth_number", "national_id", "tax_id"}
MINIMA = {
    "signature": 8,
    "salutation": 5,
    "self_intro": 5,
    "checksum_id": 10,
    "phone": 4,
    "email": 2,
    "address": 2,
    "order_or_invoice_keep": 4,
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
        assert len(items) == 40, (lang, len(items))
        for i, template in enumerate(items, 1):
            rows.append(fill(f"b12-{lang}-{i:02d}", lang, template))
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "two items share a text"
    for lang in LANGS:
        t = tally([r for r in rows if r["lang"] == lang])
        for key, need in MINIMA.items():
            assert t[key] >= need, (lang, key, t[key], need)
    no_pii = sum(not r["pii"] for r in rows)
    assert 20 <= no_pii <= 30, no_pii
    t = tally(rows)
    total = sum(len(r["pii"]) for r in rows)
    assert 0.35 <= t["name"] / total <= 0.47, t["name"] / total
    assert 0.27 <= t["checksum_id"] / total <= 0.40, t["checksum_id"] / total
    keeps = sum(len(r["keep"]) for r in rows)
    assert 2.5 <= keeps / len(rows) <= 5.0, keeps / len(rows)
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
