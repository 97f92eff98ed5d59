#!/usr/bin/env python3
"""Write data/eval/pii/blind13.jsonl: a general hand-written PII test split (blind, never tuned on).

140 customer texts (20 each in pl, cs, sk, ru, uk, en, de) by a separate author,
each its own hand-written template: support e-mails and tickets with greetings
and signature blocks, chats with agents, web forms, reviews, B2B invoices and
company blocks, quoted replies, forwarded mails and letters. Domains: telecom,
energy, banks, insurers, clinics, e-shops, couriers, hotels, rail, garages,
schools, municipal and tax offices, property managers, SaaS, accounting and
law offices. The split is weighted towards checksum identifiers (at least 40
per language) written the way people write them.

Names, checksum identifiers, phones, e-mails and addresses stand next to
near-misses that must survive redaction: order/invoice/ticket/tracking
numbers, customer/contract/meter/policy numbers that fail every id check,
dates, times, amounts, quantities, product codes, brands (some named after
people, marked ``{{cbrand|...}}``), team signatures, job titles, cities and
greetings without a name. About 10 items carry no PII.

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
generator (id_valid); every phone number passes phonenumbers.is_valid_number.
Numbered near-misses and product codes fail every identifier check used here
and are not valid phone numbers of the text's region. Each language must reach
the minima in MINIMA (checked on every run, --check included). The seed of
every item is fixed ("b13:" + its id).

    .venv/bin/python scripts/make_pii_blind13.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_blind13.py --check   # file on disk == output
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
OUT = ROOT / "data" / "eval" / "pii" / "blind13.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
SEED = "b13:"

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
    # 1 energy support e-mail
    """Dzień dobry [[sal|Pani Bożeno]],

w nawiązaniu do reklamacji {{@ticket:RK-#####-@@}} potwierdzamy korektę faktury {{@invoice:FV/####/11/2026}}. Nadpłata {{amount|214,37 zł}} wróci na rachunek [[@iban:PL:nrb]] w ciągu 14 dni.
Numer licznika {{@meter:#### #### ##}} pozostaje bez zmian, a fakturę wystawimy na NIP [[@nip]] zgodnie z Pani prośbą.

Pozdrawiamy
{{team_name|Zespół Obsługi Klienta}}
{{cbrand|Energa-Kowalczyk Serwis}}""",
    # 2 web form, bank
    """Formularz kontaktowy – wniosek o kartę
Imię i nazwisko: [[oth|Tomasz Wierzbicki]]
PESEL: [[@pesel:male mid]]
Seria i nr dowodu: [[@plid]]
Telefon: [[@phone:PL:g3]]
E-mail: [[email|t.wierzbicki81@poczta.fm]]
Adres: [[address|ul. Lipowa 17/4, 62-800 Kalisz]]
Zgoda marketingowa: nie""",
    # 3 B2B invoice block
    """FAKTURA VAT nr {{@invoice:##/@@/2026/###}}
Sprzedawca: {{cbrand|Drukarnia Zielińscy sp. j.}}, NIP [[@nip:dash]], REGON [[@regon]]
Nabywca: Hurtownia Elektryczna Volt sp. z o.o.
NIP nabywcy: [[@nip:pl]]
Termin płatności: {{date|30.12.2026}}
Rachunek: [[@iban:PL:group]]
Do zapłaty: {{amount|8 612,00 PLN}}""",
    # 4 chat with agent (telecom)
    """[14:02] Konsultant Oliwia: Dzień dobry, w czym mogę pomóc?
[14:02] Klient: numer mi nie działa od wczoraj [[@phone:PL:mcompact]]
[14:03] Konsultant Oliwia: Proszę podać PESEL właściciela umowy.
[14:03] Klient: [[@pesel:sp]]
[14:04] Konsultant Oliwia: Dziękuję, widzę zgłoszenie {{@ticket:INC########}}. Awaria masztu w rejonie {{city|Ostrołęka}}, naprawa do {{time|18:00}}.""",
    # 5 no PII - review
    """Zamówienie {{@order:ZAM-######}} dotarło po {{quantity|5 dniach}}, karton zgnieciony, ale ekspres {{brand|Philips}} działa. Obsługa na infolinii uprzejma. Daję {{quantity|4/5}}.""",
    # 6 accounting office mail with quoted reply
    """Pani Agnieszko,
przesyłam dane do JPK. Numer rachunku firmowego zmieniliśmy w październiku, teraz to
[[@iban:PL:nrbwrap]]
(wcześniejszy jest nieaktualny).

Z poważaniem
[[sig|Marek Dudziński]]
tel. [[@phone:PL:intl]]

> W dniu {{date|12.11.2026}} Biuro Rachunkowe Bilans napisał(a):
> Prosimy o NIP kontrahenta z faktury {{@invoice:F ####/26}}, bo w systemie jest błąd.
Odp.: NIP {{cbrand|Kaczmarek Logistyka}} to [[@nip:sp]].""",
    # 7 clinic registration
    """Rejestracja – Przychodnia Zdrowie Plus
Pacjent: [[oth|Zuzanna Mróz]] (dziecko), PESEL [[@pesel:child female]]
Opiekun: [[oth|Kamila Mróz]], PESEL [[@pesel:female mid]]
Wizyta: {{date|4 grudnia}}, godz. {{time|8:40}}, gabinet {{quantity|12}}
Skierowanie nr {{@num:####@@####}}""",
    # 8 courier complaint with tracking
    """Witam,
paczka {{@tracking:#####################}} utknęła w sortowni w {{city|Strykowie}}. Proszę o zwrot {{amount|19,99 zł}} za dostawę na kartę [[@card:group]], z której płaciłem, albo przelewem na [[@iban:PL:nrb]].
[[sig|Piotrek N.]]""",
    # 9 tax office letter
    """Naczelnik Urzędu Skarbowego w {{city|Radomiu}}

Podatnik: [[oth|Halina Gajewska]]
Identyfikator podatkowy (PESEL): [[@pesel:g3 senior]]
Dot.: zwrot nadpłaty PIT za {{date|2025}} r.

Proszę o przelew na konto nr [[@iban:PL:nrbc]].
Wcześniej podany numer {{@bad:nip:dash}} był błędny.
[[sig|H. Gajewska]]""",
    # 10 SaaS onboarding, company data
    """Cześć [[sal|Kasiu]]!
Zakładamy konto firmowe w {{brand|Fakturownik}}. Dane:
- nazwa: Pracownia Meblowa Dąb s.c.
- NIP: [[@nip:plsp]]
- REGON: [[@regon:sp]]
- osoba kontaktowa: [[oth|Sebastian Żak]], [[email|s.zak@meble-dab.pl]]
Plan {{product_code|PRO-12M}}, {{quantity|3 użytkowników}}.
Dzięki, [[sig|Seba]]""",
    # 11 property manager
    """Szanowni Państwo,
jako właściciel lokalu nr 14 przy [[address|ul. Kościuszki 88, 40-519 Katowice]] proszę o rozliczenie zaliczek za {{date|2026}}. Nr klienta {{@num:###-#####-#}}.
Zwrot proszę na [[@iban:PL:group]].
Regon wspólnoty wpisaliście źle – prawidłowy to [[@regon:14]].

[[sig|Edward Pietrzak]]""",
    # 12 insurer short mail
    """Pani [[sal|Magdo]], w sprawie polisy {{@policy:PZU/####/#######}} – szkoda komunikacyjna z {{date|3.11}}.
Sprawca: [[oth|Jan Kubiak]], PESEL:[[@pesel]]; poszkodowana ja, PESEL:[[@pesel:female]].
[[sig|Ewelina Sroka]], [[@phone:PL:mg3dash]]""",
    # 13 rail refund form
    """Wniosek o zwrot należności – {{brand|PKP Intercity}}
Jestem [[intro|Grzegorz Olszewski]], proszę o zwrot za bilet.
Bilet nr {{@num:@@########}}, pociąg {{product_code|TLK 38107}}, {{date|22.10.2026}}
Dowód osobisty: [[@plid:lc]]
Kwota: {{amount|87,50 zł}}
Przelew na: [[@iban:PL:compact]]""",
    # 14 e-shop chat with card
    """Bot: Podaj numer zamówienia.
Ty: {{@order:#######}}
Bot: Dziękuję. Płatność kartą ****4411 została odrzucona.
Ty: to spróbujcie tą [[@card:plain]] ważna 08/28
Bot: Nie przyjmujemy danych karty na czacie. Skorzystaj z bramki {{brand|Przelewy24}}.""",
    # 15 no PII - newsletter question
    """Dzień dobry, czy promocja {{percent|-20%}} na opony {{brand|Dębica}} obowiązuje także w serwisie w {{city|Gnieźnie}}? Kod rabatowy {{product_code|ZIMA26}} nie działa w koszyku. Pozdrawiam
[[sig|Wiesia Banaś]]""",
    # 17 school
    """{{greeting_without_name|Szanowna Pani Dyrektor}},
zgłaszam córkę do klasy 1: [[oth|Lena Wróblewska]], ur. 14.03.2019, PESEL [[@pesel:child girl]].
Matka: Nazywam się [[intro|Monika Wróblewska]], tel. [[@phone:PL:mnat]], [[email|monika.wroblewska@wp.pl]], PESEL matki [[@pesel:female mid]].
[[address|Osiedle Słoneczne 5/22, 87-100 Toruń]]""",
    # 18 garage invoice request
    """Prośba o fakturę za naprawę (zlecenie {{@order:ZL/###/26}}), {{cbrand|Auto-Serwis Nowicki}}.
Firma: Transport Bogdański, NIP:[[@nip]]
Rachunek do zwrotu kaucji:
[[@iban:PL:wrap]]
Karta floty nr [[@card:dash]] – proszę jej nie obciążać.""",
    # 19 law office
    """Kancelaria Radcy Prawnego
r.pr. [[sig|Joanna Lis-Stępień]]
NIP [[@nip:dash2]] | REGON [[@regon]]
Sygn. akt {{@num:I C ####/##}}
Pełnomocnik powoda [[oth|Arkadiusz Bąk]] (PESEL [[@pesel:male]]) wnosi o wpłatę na rachunek depozytowy [[@iban:PL:nrb]].""",
    # 20 hotel booking
    """Rezerwacja {{@order:HTL-#####}} – {{cbrand|Hotel Kamiński}}, {{quantity|2 noce}}, {{date|28–30.12}}.
Gość: [[oth|Ihor Melnyk]], paszport ukraiński.
Do faktury: NIP [[@nip:sp]]
Zadatek {{amount|300 zł}} pobrano z karty [[@card:dots]].
{{greeting_without_name|Do zobaczenia w Zakopanem!}}""",
    # 20b HR form
    """Kwestionariusz osobowy pracownika
1. Nazwisko i imię: [[oth|Kozieł Renata]]
2. PESEL: [[@pesel:female mid]]   3. Dowód: [[@plid:sp]]
4. Nr rachunku do wynagrodzeń: [[@iban:PL:nrb]]
5. Urząd skarbowy: {{city|Lublin}}""",
]
# =========================================================================== cs

ITEMS["cs"] = [
    # 1 energy support
    """Dobrý den [[sal|paní Horáková]],

k Vaší žádosti {{@ticket:PZ-######}} sdělujeme, že přeplatek {{amount|1 840 Kč}} odešleme na účet [[@iban:CZ:dom]].
Rodné číslo v naší evidenci ([[@rc:slash female mid]]) jsme opravili.
Číslo odběrného místa {{@meter:EAN 8591824#########}} se nemění.

S pozdravem
{{team_name|Zákaznická linka}}""",
    # 2 B2B invoice
    """Dodavatel: {{cbrand|Stavebniny Procházka s.r.o.}}
IČO: [[@ico]]   DIČ: [[@ico:czsame]]
Odběratel: Tesařství Kolář, IČ [[@ico:sp]]
Faktura č. {{@invoice:2026####}}, splatnost {{date|15. 1. 2027}}
Bankovní spojení: [[@iban:CZ:group]]
Celkem k úhradě: {{amount|46 230,00 Kč}}""",
    # 3 clinic form
    """Registrace nového pacienta – Poliklinika {{city|Kladno}}
Jméno: [[oth|Vojtěch Kratochvíl]]
Rodné číslo: [[@rc:plain male]]
Pojišťovna: VZP (111)
Telefon: [[@phone:CZ:g3]]
E-mail: [[email|vojta.kratochvil@seznam.cz]]""",
    # 4 chat telecom
    """Agent Lucie: Dobrý den, ověřím Vás – rodné číslo prosím.
Zákazník: [[@rc:sp]]
Agent Lucie: Děkuji. Smlouva {{@contract:SM-########}} je vedená na Vás, fakturu {{@invoice:FA####-##}} jsme stornovali.
Zákazník: a vraťte to na kartu [[@card:group]], jo?
Agent Lucie: Vracíme vždy na účet, ten máme [[@iban:CZ:dom]].""",
    # 5 no PII review
    """Objednávka {{@order:OBJ######}} dorazila za {{quantity|2 dny}}, vysavač {{brand|Sencor}} funguje, jen chyběl návod. Doprava {{amount|89 Kč}}. Jinak spokojenost.""",
    # 6 accounting office quoted
    """> Dne {{date|3. 11. 2026}} Účetní kancelář Nováková napsala:
> Potřebujeme DIČ, na fakturách máte jen IČO.

DIČ jsem OSVČ, takže je to [[@dicrc:female]] (z rodného čísla).
IČO je [[@ico]], číslo účtu [[@iban:CZ:dom]].
Díky, [[sig|Markéta Šimková]]""",
    # 7 municipal office
    """Městský úřad {{city|Jihlava}}, odbor dopravy
Žádost o vydání řidičského průkazu
Žadatel: [[oth|Radek Beneš]], r. č. [[@rc:slash male senior]]
Trvalý pobyt: [[address|Husova 12, 586 01 Jihlava]]
Správní poplatek {{amount|50 Kč}} uhrazen kartou.""",
    # 8 e-shop complaint
    """Dobrý den, jmenuji se [[intro|Ondřej Vacek]] a
reklamuji pračku (objednávka {{@order:######}}), kód výrobku {{product_code|WM-7K 2040}}.
Peníze prosím vraťte na [[@iban:CZ:compact]] – platil jsem kartou [[@card:plain]], ta už je zrušená.
[[sig|Ondřej Vacek]]
[[@phone:CZ:mintl]]""",
    # 9 school
    """Vážená paní učitelko [[sal|Bartošová]],
omlouvám syna [[oth|Matyáše Dvořáka]] ve dnech {{date|9.–11. 12.}}. Pro přihlášku na lyžák posílám jeho rodné číslo [[@rc:slash child boy]] a číslo pojištěnce je stejné.
Zálohu {{amount|2 500 Kč}} jsme poslali z účtu [[@iban:CZ:dom]].
[[sig|Dvořáková]]""",
    # 10 insurer
    """Pojistná událost č. {{@policy:####/##/#####}}
Pojištěný: [[oth|Ing. Pavel Holub]], RČ [[@rc:plain]]
Škůdce (slovenský řidič): [[oth|Peter Kováčik]], RČ [[@rcsk:slash male]]
Plnění zaslat na [[@iban:CZ:group]].""",
    # 11 SaaS company change
    """Ahoj, tady [[intro|Jiří Šindelář]] z pekárny,
měníme fakturační údaje ve {{brand|Fakturoidu}}:
firma Pekárna U Mlýna s.r.o., IČO [[@ico]], DIČ [[@ico:czsame]]
nová adresa sídla: [[address|Nádražní 4, 779 00 Olomouc]]
Předplatné {{product_code|TEAM-Y}} nechte.
[[sig|Jirka]] / [[email|jiri@pekarnaumlyna.cz]]""",
    # 12 property manager
    """SVJ Květná 8 – vyúčtování služeb {{date|2025}}
Jednotka {{quantity|8/14}}, vlastník: [[oth|Alena Fialová]]
Přeplatek {{amount|3 112 Kč}} zasíláme na účet [[@iban:CZ:dom]].
IČO společenství: [[@ico]]
Správce: {{cbrand|Reality Hruška}}, DIČ [[@ico:cz]], [[@phone:CZ:fintl]]""",
    # 13 no PII question
    """Dobrý den, otevíráte pobočku v {{city|Kolíně}} i v sobotu? Na webu je {{time|8:00}}–{{time|12:00}}, ale na dveřích něco jiného. Děkuji, [[sig|Libuše K.]]""",
    # 14 car rental
    """Pronájem vozu {{@order:RZ-#####}}, {{date|20.–23. 12.}}
Řidič: [[oth|Lukáš Pokorný]], rodné č. [[@rc:sp male mid]]
Kauce {{amount|15 000 Kč}} blokována na kartě [[@card:dash]]
Firma pro fakturu: IČO: [[@ico]]""",
    # 15 forwarded mail
    """---------- Přeposlaná zpráva ----------
Od: [[oth|Hana Marková]] <[[email|h.markova@email.cz]]>
Předmět: platba nájmu

Nájem za {{date|prosinec}} posílám z nového účtu [[@iban:CZ:lcgroup]], starý [[@iban:CZ:dom]] rušíme.
Hana

Prosím zkontrolovat, díky. [[sig|Tomáš]]""",
    # 16 bank letter
    """Vážený pane [[sal|Zeman]],
potvrzujeme zřízení účtu [[@iban:CZ:dom]] (IBAN [[@iban:CZ:group]]).
Debetní karta [[@card:group]] Vám přijde poštou na [[address|Sokolská 31, 120 00 Praha 2]].
S pozdravem [[sig|Kateřina Vlčková]], {{job_title|bankéřka}}""",
    # 17 law office
    """Advokátní kancelář {{cbrand|Machala & Partneři}}
Věc: exekuce sp. zn. {{@num:## EXE ####/2026}}
Povinný: [[oth|Miroslav Šťastný]], nar. 4. 4. 1971, RČ [[@rc:slash male]]
Oprávněný: Leasing Morava a.s., IČO [[@ico:sp]]""",
    # 18 courier chat
    """Kurýr: Dobrý den, jsem před domem, nikdo neotvírá.
Já: jsem v práci, dejte to sousedce [[oth|paní Vrbové]], byt 3
Kurýr: Zásilka {{@tracking:DR#########CZ}} je na dobírku {{amount|1 299 Kč}}.
Já: pošlu převodem, dejte číslo účtu
Kurýr: [[@iban:CZ:dom]], VS {{@num:########}}""",
    # 19 hotel with Slovak guest
    """Dobrý den,
rezervace {{@order:#######}} v {{cbrand|Penzion Kubíček}}, {{quantity|3 osoby}}.
Fakturujte prosím na slovenskou firmu: IČO [[@ico]], IČ DPH [[@icdph:sk]].
[[sig|Martina Hrušovská]]
[[@phone:SK:mintl]]""",
    # 20 HR
    """Osobní dotazník
Příjmení, jméno: [[oth|Sýkora Filip]]
Rodné číslo: [[@rc:slash male mid]]
Číslo účtu pro mzdu: [[@iban:CZ:dom]]
Zdravotní pojišťovna: VZP
Podpis: [[sig|F. Sýkora]]""",
]
# =========================================================================== sk

ITEMS["sk"] = [
    # 1 telecom mail
    """Dobrý deň [[sal|pán Baláž]],

ďakujeme za podnet {{@ticket:SR-#######}}. Preplatok {{amount|23,40 €}} Vám vrátime na účet [[@iban:SK:group]] do {{date|15. 12.}}
Pre overenie sme použili rodné číslo [[@rcsk:slash male mid]]. Automatické platby z karty [[@card:group]] sme zrušili.

S pozdravom
{{team_name|Tím starostlivosti o zákazníkov}}""",
    # 2 B2B invoice
    """FAKTÚRA č. {{@invoice:FA2026/#####}}
Dodávateľ: {{cbrand|Kováč a syn, s.r.o.}}
IČO: [[@ico]]  DIČ: [[@icdph:plain]]  IČ DPH: [[@icdph:sksame]]
Odberateľ: Záhradníctvo Lipa, IČO [[@ico]]
IBAN: [[@iban:SK:group]]
Suma: {{amount|1 208,90 EUR}}""",
    # 3 clinic
    """Objednanie na vyšetrenie
Pacientka: [[oth|Zuzana Hudecová]]
RČ: [[@rcsk:plain female]]
Poisťovňa: Dôvera
Mobil: [[@phone:SK:sk0]]
E-mail: [[email|zuzka.hudecova@gmail.com]]
Termín: {{date|8. 1. 2027}} o {{time|9:15}}""",
    # 4 chat bank
    """Ty: dobrý, zablokovali ste mi kartu [[@card:group]]
Agentka Simona: Dobrý deň, pre overenie prosím dátum narodenia a rodné číslo.
Ty: [[@rcsk:sp]]
Agentka Simona: Ďakujem. Karta bola blokovaná pre podozrivú platbu {{amount|499 €}} v {{city|Viedeň}}. Novú pošleme na adresu [[address|Hlavná 22, 040 01 Košice]].""",
    # 5 no PII
    """Hotel pekný, raňajky slabšie. Izba {{quantity|214}} mala výhľad na {{brand|Tatry}}. Rezervácia {{@order:BK-######}}, cena {{amount|168 €}} za {{quantity|2 noci}}. Odporúčam.""",
    # 6 tax office
    """Daňový úrad {{city|Žilina}}
Vec: žiadosť o vrátenie preplatku
Daňový subjekt: [[oth|Ľubomír Šimko]], DIČ [[@icdph:plain]]
Preplatok poukážte na účet [[@iban:SK:compact]].
Staré číslo účtu 2600/{{@num:########}} už neplatí.
[[sig|Ľ. Šimko]]""",
    # 7 forwarded invoice from Czech supplier
    """Fwd: faktura
Od: fakturace@hrusovsky-okna.cz
Dodavatel: Okna Hrušovský s.r.o., IČO [[@ico]], DIČ [[@ico:czsame]]
účet [[@iban:CZ:dom]]

Prosím uhradiť do piatku, posielam aj naše IČ DPH [[@icdph:sksp]] pre ich systém.
[[sig|Monika]]""",
    # 8 e-shop complaint
    """Dobrý deň,
objednávka {{@order:#########}} – dostal som iný model ({{product_code|XR-550B}}).
Vrátenie peňazí prosím na SK účet [[@iban:SK:lcgroup]], nie na kartu.
[[sig|Marek Oravec]]
[[email|marek.oravec@azet.sk]], [[@phone:SK:m00]]""",
    # 9 school form
    """Prihláška na krúžok
Meno dieťaťa: [[oth|Sofia Gregorová]]
Rodné číslo dieťaťa: [[@rcsk:slash child girl]]
Zákonný zástupca: [[oth|Eva Gregorová]], RČ [[@rcsk:slash female mid]]
Poplatok {{amount|40 €}} za polrok.""",
    # 10 energy letter
    """Vážená pani [[sal|Kollárová]],
zmluva {{@contract:ZM/######/26}} o dodávke plynu na odbernom mieste [[address|Družstevná 7, 971 01 Prievidza]] bola ukončená {{date|30. 11. 2026}}.
Preplatok zašleme na účet [[@iban:SK:dom]].
{{cbrand|Plyn Mikuláš}} – {{job_title|vedúca zákazníckeho centra}}""",
    # 11 accounting
    """Ahoj [[sal|Janka]],
posielam údaje nového klienta:
Reštaurácia Pod Hradom s.r.o.
IČO [[@ico:sp]]
DIČ [[@icdph:plain]]
IČ DPH [[@icdph:sksame]]
konateľ [[oth|Rastislav Bednár]], RČ [[@rcsk:slash male]]
[[sig|Peťo]]""",
    # 12 no PII question
    """Dobrý deň, platí zľava {{percent|15 %}} aj na servis bicykla {{brand|Kellys}} v predajni na {{street_as_brand|Obchodnej}}? Ďakujem""",
    # 13 courier
    """Zásielka {{@tracking:SK##########@@}} vrátená odosielateľovi. Dobierku {{amount|32,50 €}} sme Vám vrátili na [[@iban:SK:group]]. Za komplikácie sa ospravedlňujeme. {{team_name|Packeta podpora}}""",
    # 14 property manager
    """Správcovská spoločnosť {{cbrand|Bytservis Horváth}}
Vlastník bytu č. {{quantity|41}}: [[oth|Ing. Róbert Kocúr]]
Číslo účtu pre vratku: [[@iban:SK:dash]]
Variabilný symbol {{@num:##########}}
Kontakt: [[@phone:SK:fintl]]""",
    # 15 rail
    """Žiadosť o odškodnenie – meškanie vlaku {{product_code|R 605}} dňa {{date|2. 12. 2026}}
Cestujúci: volám sa [[intro|Tibor Lukáč]], lístok {{@num:@@#########}}, preukaz ZŤP vydaný na RČ [[@rcsk:plain male mid]]
IBAN: [[@iban:SK:compact]]
Ďakujem, [[sig|Tibor]]""",
    # 16 garage
    """Autoservis – objednávka opravy
Zákazník: [[oth|Dušan Mikula]], [[@phone:SK:sk0slash]]
Firma: Mikula Trans, IČO [[@ico]], IČ DPH [[@icdph:sk]]
Platba kartou [[@card:plain]] pri prevzatí.""",
    # 17 insurer, Czech guest driver
    """Poistná udalosť {{@policy:PU-########}}
Poškodený: [[oth|Juraj Slanina]], RČ [[@rcsk:plain male senior]]
Vodič vozidla z ČR: [[oth|Petra Novotná]], RČ [[@rc:slash female]]
Plnenie: [[@iban:SK:group]]""",
    # 18 SaaS
    """Hi support, píšem po slovensky, dúfam že nevadí.
Faktúru za licenciu {{product_code|CRM-BIZ-25}} vystavte na:
Webdizajn Mráz, IČO: [[@ico]], DIČ: [[@icdph:plain]]
Kartu [[@card:dash]] prosím odstráňte z účtu.
[[sig|Adriana Mrázová]]""",
    # 19 municipal
    """Obecný úrad {{city|Liptovská Teplá}}
Žiadosť o prihlásenie na trvalý pobyt
Meno: [[oth|Katarína Švecová]]
Rodné číslo: [[@rcsk:slash female mid]]
Adresa: [[address|Liptovská Teplá 212, 034 83]]
Poplatok {{amount|5 €}}""",
    # 20 chat hotel
    """Recepcia: Dobrý večer, ako môžem pomôcť?
Hosť: chcem doplatiť pobyt {{@order:#####}} prevodom
Recepcia: Pošlite na [[@iban:SK:compact]], do správy meno.
Hosť: ok, som [[intro|Dominik Sedlák]], platím z firemného účtu, faktúru na IČO [[@ico]]
Recepcia: Ďakujeme, {{greeting_without_name|pekný večer}}.""",
]
# =========================================================================== ru

ITEMS["ru"] = [
    # 1 support mail
    """Здравствуйте, [[sal|Ольга Сергеевна]]!

По обращению {{@ticket:№ #######}} сообщаем: перерасчёт за {{date|октябрь}} выполнен, сумма {{amount|1 248,60 ₽}} зачтена в счёт следующего платежа.
Для налогового вычета укажите, пожалуйста, ваш ИНН ([[@innp]]) в личном кабинете — сейчас там ошибка.

С уважением,
{{team_name|служба поддержки}}""",
    # 2 B2B requisites
    """Реквизиты организации
ООО «Северный Путь»
ИНН [[@inn]] / КПП {{@num:#########}}
ОГРН [[@ogrn]]
Генеральный директор: [[oth|Лапин Артём Викторович]] (ИНН [[@innp]])
Тел.: [[@phone:RU:ruintl]]
Банковские реквизиты — в приложении к договору {{@contract:№ ##-##/26}}""",
    # 3 clinic form
    """Анкета пациента
ФИО: [[oth|Ковалёва Дарья Игоревна]]
Дата рождения: 12.06.1988
СНИЛС: [[@snils:dash]]
ИНН: [[@innp]]
Направление {{@num:№ ######}}
Телефон: [[@phone:RU:ru8]]""",
    # 4 chat bank
    """Оператор Алина: Добрый день! Назовите, пожалуйста, номер карты.
Клиент: [[@card:mirgroup]]
Оператор Алина: Спасибо. Вижу списание {{amount|3 990 ₽}} от {{date|02.12}}, магазин «{{brand|Пятёрочка}}».
Клиент: я его не делал, и ещё вторая карта [[@card:mir]] тоже заблокирована
Оператор Алина: Оформила претензию {{@ticket:CR-########}}, ответ в течение {{quantity|10 дней}}.""",
    # 5 no PII review
    """Заказ {{@order:######-##}} пришёл вовремя, курьер вежливый. Пылесос {{brand|Dyson}} работает, но коробка помята. Оценка {{quantity|4 из 5}}.""",
    # 6 sole trader invoice
    """Счёт на оплату № {{@invoice:###}} от {{date|01.12.2026}}
Поставщик: {{cbrand|ИП Гаврилов}}
ИНН: [[@innp:12]]
ОГРНИП: [[@ogrn:15]]
Покупатель: ООО «Техноком», ИНН [[@inn]]
Итого: {{amount|54 000,00 руб.}}, без НДС""",
    # 7 HR mail with quoted request
    """> Пришлите, пожалуйста, СНИЛС и ИНН для оформления.

Добрый день!
СНИЛС [[@snils:sp]], ИНН [[@innp:12sp]].
Карта для зарплаты — [[@card:mirdash]].
[[sig|Евгений Шубин]]""",
    # 8 courier chat
    """Курьер: Здравствуйте, я у подъезда, домофон не работает.
Я: это [[intro|Алексей Воронин]], сейчас спущусь, заказ {{@order:###########}}?
Курьер: Да, оплата картой, {{amount|2 150 ₽}}.
Я: ок, в приложении привязана [[@card:mir]], спишите с неё. И передайте пакет соседке, [[oth|Нине Петровне]], она в кв. 17""",
    # 9 tax office letter
    """В ИФНС России № {{quantity|46}} по г. {{city|Москва}}
от [[oth|Суханова Игоря Павловича]]
ИНН [[@innp]]
адрес: [[address|г. Москва, ул. Профсоюзная, д. 91, кв. 204]]

Заявление о возврате излишне уплаченного налога в сумме {{amount|7 812 руб.}}
СНИЛС заявителя: [[@snils:dash2]]
Подпись: [[sig|И. П. Суханов]]""",
    # 10 telecom
    """Уважаемый [[sal|Андрей]]!
Ваш номер [[@phone:RU:ruintlsp]] перенесён к новому оператору. Договор {{@contract:Д-######/##}} закрыт {{date|30.11.2026}}.
Остаток {{amount|312 ₽}} вернём на карту [[@card:mirgroup]].
{{brand|МегаЛинк}}""",
    # 11 no PII
    """Подскажите, работает ли пункт выдачи на {{street_as_brand|Ленинском}} в праздники? На сайте написано до {{time|21:00}}, а по телефону сказали до {{time|20:00}}.
[[sig|Тамара Ильинична]]""",
    # 12 accounting
    """Коллеги, добрый день.
Новый контрагент:
— АО «Уралпромснаб», ИНН [[@inn]], ОГРН [[@ogrn]]
— ИП [[oth|Хабибуллина Р. Ф.]], ИНН [[@innp]], ОГРНИП [[@ogrn:15]]
Договоры {{@contract:ДП-####}} и {{@contract:ДП-####}} в работе.
[[sig|Галина Фомина]], {{job_title|главный бухгалтер}}""",
    # 13 insurer
    """Страховой случай по полису {{@policy:ХХХ ##########}}
Страхователь: меня зовут [[intro|Виктор Жданов]], СНИЛС [[@snils:plain]]
Возмещение прошу перечислить на карту [[@card:plain]].
Тел. [[@phone:RU:ru8dash]]""",
    # 14 hotel
    """Бронирование {{@order:RSV#######}}, {{cbrand|Отель «Морозов»}}, {{quantity|3 ночи}}.
Гость: [[oth|Эльвира Насибуллина]]
Предоплата {{amount|9 600 ₽}} с карты [[@card:mirgroup]].
Для закрывающих документов: ИНН организации [[@inn]].""",
    # 15 school
    """Заявление о приёме в 1 класс
Ребёнок: [[oth|Тихонов Матвей Алексеевич]], СНИЛС [[@snils:dash]]
Родитель: [[oth|Тихонова Анастасия Олеговна]], СНИЛС [[@snils:dash]]
Адрес: [[address|г. Казань, ул. Чистопольская, д. 7, кв. 55]]
e-mail: [[email|a.tikhonova@mail.ru]]""",
    # 16 SaaS mail
    """Добрый день, [[sal|Кирилл]]! Пишу по-русски, простите.
Оплатили подписку {{product_code|TEAM-50}} картой [[@card:group]], но счёт пришёл без реквизитов.
Нужно указать: ООО «Вектор Плюс», ИНН [[@inn]], ОГРН [[@ogrn]].
[[sig|Руслан]]
[[email|ruslan@vektor-plus.ru]]""",
    # 17 garage
    """Автосервис {{cbrand|«Гараж Петрова»}}
Заказ-наряд {{@order:ЗН-#####}}
Клиент: [[oth|Беляев Олег]], [[@phone:RU:ru8plain]]
Юрлицо для оплаты: ИНН [[@inn]], ОГРН [[@ogrn]]
Замена ГРМ, {{amount|18 400 ₽}}""",
    # 18 municipal / utilities
    """Управляющая компания «Дом-Сервис»
Лицевой счёт {{@num:##########}}
Собственник: [[oth|Карпова Людмила Николаевна]], СНИЛС [[@snils:dash]], ИНН [[@innp]]
Показания счётчика {{@meter:№ ########}}: {{quantity|1482 м³}}""",
    # 19 forwarded
    """-------- Пересылаемое сообщение --------
От: [[oth|Марина Ермакова]] <[[email|m.ermakova@yandex.ru]]>
Тема: возврат

Верните, пожалуйста, деньги за билет на карту [[@card:mirdots]] — старая [[@card:group]] закрыта.

--
Перешлите в бухгалтерию. [[sig|Денис]]""",
    # 20 law office
    """Адвокатское бюро {{cbrand|«Соколов и партнёры»}}
Доверитель: [[oth|Зайцева Ирина Андреевна]], ИНН [[@innp]], СНИЛС [[@snils:sp]]
Ответчик: ООО «Ритейл-Центр», ОГРН [[@ogrn]], ИНН [[@inn]]
Дело № {{@num:А40-######/2026}}""",
]
# =========================================================================== uk

ITEMS["uk"] = [
    # 1 energy
    """Доброго дня, [[sal|пане Олеже]]!

За зверненням {{@ticket:№ ЗВ-######}} виконано перерахунок. Переплату {{amount|412,80 грн}} повернемо на рахунок [[@iban:UA:group]].
Особовий рахунок {{@num:##########}} залишається без змін, РНОКПП у договорі виправлено на [[@rnokpp]].

З повагою,
{{team_name|Контакт-центр}} {{cbrand|Енергозбут Бондаренко}}""",
    # 2 B2B invoice
    """Рахунок-фактура № {{@invoice:СФ-####}} від {{date|03.12.2026}}
Постачальник: ТОВ «Карпатський Ліс», ЄДРПОУ [[@edrpou]]
IBAN: [[@iban:UA:compact]]
Покупець: ФОП [[oth|Гнатюк Андрій Степанович]], РНОКПП [[@rnokpp]]
До сплати: {{amount|27 360,00 грн}}""",
    # 3 clinic form
    """Декларація з лікарем
ПІБ: [[oth|Литвиненко Софія Вікторівна]]
РНОКПП: [[@rnokpp:female mid]]
Телефон: [[@phone:UA:ua0]]
Адреса: [[address|м. Полтава, вул. Соборності, 41, кв. 8]]
Лікар: [[oth|Ткачук І. В.]], {{job_title|сімейний лікар}}
IBAN для компенсації ліків: [[@iban:UA:group]]""",
    # 4 chat bank
    """Оператор: Вітаю! Чим допомогти?
Клієнт: картку [[@card:group]] заблокували після переказу
Оператор: Підкажіть, будь ласка, ІПН для перевірки.
Клієнт: [[@rnokpp]]
Оператор: Дякую. Переказ {{amount|15 000 грн}} на рахунок [[@iban:UA:group]] потрапив на перевірку. Розблокуємо до {{time|18:00}}.""",
    # 5 no PII
    """Замовлення {{@order:#########}} доставили у відділення {{brand|Нова Пошта}} №{{quantity|12}} за {{quantity|2 дні}}. Кавоварка працює, дякую!""",
    # 6 accounting quoted
    """> Надішліть реквізити ФОП для договору.

Добрий день!
ФОП [[oth|Савчук Олена Петрівна]]
РНОКПП [[@rnokpp:female]]
р/р [[@iban:UA:wrap]]
в {{brand|ПриватБанк}}
[[sig|Олена]]""",
    # 7 tax office
    """Головне управління ДПС у {{city|Львівській області}}
Заява про повернення надміру сплачених коштів
Платник: [[oth|Кравець Богдан Іванович]]
Реєстраційний номер облікової картки платника податків: [[@rnokpp:male senior]]
Рахунок для повернення: [[@iban:UA:compact]]
Підпис: [[sig|Б. Кравець]]""",
    # 8 courier chat
    """Кур'єр: Добрий день, посилка {{@tracking:####################}}, я біля під'їзду.
Я: залиште в сусідки, [[oth|Галина Миколаївна]], кв. 5
Кур'єр: Післяплата {{amount|860 грн}}, можна карткою. Мій номер [[@phone:UA:ua0sp]], якщо що.
Я: переказала на [[@card:plain]], це ваша картка з накладної? Або дайте IBAN, бо в накладній [[@iban:UA:compact]]""",
    # 9 school
    """Заява про зарахування до 5 класу
Учень: [[oth|Мельник Тарас Олегович]], РНОКПП [[@rnokpp:child boy]]
Мати: я, [[intro|Мельник Ірина Василівна]], РНОКПП [[@rnokpp:female mid]]
Тел. [[@phone:UA:ua38]]
[[sig|І. Мельник]]""",
    # 10 telecom
    """Шановна [[sal|Маріє]]!
Ваш тариф {{product_code|Смарт-250}} змінено з {{date|01.01.2027}}. Автоплатіж з картки [[@card:dash]] діятиме і далі. ІПН абонента: [[@rnokpp]].
Договір {{@contract:Д-#######}}.
Ваш {{brand|Київстар}}""",
    # 11 no PII
    """Чи є у вас знижка {{percent|10%}} для пенсіонерів на {{street_as_brand|Хрещатику}}? Чекаю на відповідь, дякую.""",
    # 12 property
    """ОСББ «Затишок»
ЄДРПОУ [[@edrpou]]
IBAN [[@iban:UA:group]]
Співвласник кв. {{quantity|64}}: [[oth|Шевчук Василь]], РНОКПП [[@rnokpp:male]]
Борг {{amount|1 930 грн}} станом на {{date|30.11.2026}}""",
    # 13 insurer
    """Страховий випадок за полісом {{@policy:ЕР-########}}
Заявник: мене звати [[intro|Дмитро Коваль]], ІПН [[@rnokpp:male mid]]
Винуватець: [[oth|Руденко С.]], поліс {{@policy:АР-########}}
Відшкодування на IBAN [[@iban:UA:lcgroup]]""",
    # 14 SaaS
    """Привіт, [[sal|Ярино]]!
Рахунок за {{product_code|CRM Pro}} виставте на ТОВ «Діджитал Хаб», код ЄДРПОУ: [[@edrpou]], IBAN: [[@iban:UA:compact]].
Оплатимо до {{date|10.12}}. Стару картку [[@card:dots]] з акаунта видаліть.
[[sig|Максим Гуменюк]], {{job_title|CTO}}
[[email|m.humeniuk@digitalhub.ua]]""",
    # 15 hotel
    """Бронювання {{@order:BK#######}}, {{cbrand|Готель «Лисенко»}}, {{city|Буковель}}
Гість: [[oth|Анна Захарченко]]
Передплата {{amount|4 800 грн}} з картки [[@card:group]]
Для звітності: ЄДРПОУ компанії [[@edrpou]]""",
    # 16 garage
    """СТО «Мотор-Плюс»
Замовлення {{@order:#####}}
Клієнт: [[oth|Бойко Юрій]], [[@phone:UA:ua0sp]]
Оплата: ФОП [[oth|Бойко Ю. В.]], РНОКПП [[@rnokpp:male]], рахунок [[@iban:UA:group]]""",
    # 17 rail
    """Звернення до {{brand|Укрзалізниці}}
Квиток {{@num:####-####-####-####}} на поїзд {{product_code|№ 749}} скасовано.
Прошу повернути кошти на картку [[@card:plain]], а якщо не можна — на рахунок
[[@iban:UA:group]].
[[sig|Людмила Ващенко]], [[email|l.vaschenko@ukr.net]]""",
    # 18 law
    """Адвокатське об'єднання {{cbrand|«Поліщук і партнери»}}
Позивач: [[oth|Остапенко Ганна Юріївна]], РНОКПП [[@rnokpp:female]]
Відповідач: ТОВ «Будмонтаж», ЄДРПОУ [[@edrpou]]
Справа № {{@num:###/#####/26}}""",
    # 19 HR with Polish PESEL (worked in PL)
    """Анкета працівника
ПІБ: [[oth|Кузьменко Петро Олександрович]]
РНОКПП: [[@rnokpp:male mid]]
PESEL (робота в Польщі): [[@pesel:male mid]]
Зарплатна картка: [[@card:group]]""",
    # 20 municipal
    """ЦНАП {{city|Вінниця}}
Заява про реєстрацію місця проживання
Заявник: [[oth|Семенко Олександра Ігорівна]], РНОКПП [[@rnokpp:female mid]]
Адреса: [[address|м. Вінниця, вул. Пирогова, 25, кв. 3]]
Адмінзбір {{amount|52 грн}} сплачено карткою [[@card:group]]""",
]
# =========================================================================== en

ITEMS["en"] = [
    # 1 energy
    """Hi [[sal|Mrs Patel]],

Thanks for getting in touch about reference {{@ticket:CAS-#######}}. We've refunded {{amount|£86.40}} to the account ending in the details you gave us ([[@iban:GB:group]]).
Your meter serial {{@meter:##@#######}} stays the same. The card we held for top-ups ([[@card:group]]) has expired, so please update it.

Kind regards,
{{team_name|Customer Care Team}}""",
    # 2 B2B invoice
    """INVOICE {{@invoice:INV-######}}
From: {{cbrand|Whitfield & Sons Ltd}}, VAT Reg. No. [[@gbvat:gbsp]]
To: Northgate Catering Ltd, VAT [[@gbvat:gb]]
Payment due: {{date|31 Dec 2026}}
Pay to IBAN [[@iban:GB:compact]]
Total: {{amount|£2,418.00}}""",
    # 3 GP registration form
    """GP registration (GMS1)
Name: [[oth|Callum Fraser]]
NHS number: [[@nhs:sp]]
Date of birth: 02/08/1991
Mobile: [[@phone:GB:mintl]]
Address: [[address|14 Kelso Road, Leeds LS2 9PQ]]""",
    # 4 chat bank
    """Agent (Priya): Hi, you're through to card services. How can I help?
You: hi, this is [[intro|Daniel Okafor]], my card [[@card:group]] got declined at the airport
Agent (Priya): Sorry about that. I can see a block after a payment of {{amount|€412}} in {{city|Lisbon}}. Is that you?
You: yes. also can you refund to my other account [[@iban:GB:group]]
Agent (Priya): I've raised {{@ticket:SR########}} for that.""",
    # 5 no PII
    """Order {{@order:#########}} arrived a day late and the box was soaked. The {{brand|Dyson}} itself is fine. {{quantity|3 stars}} for delivery, 5 for the product.""",
    # 6 accountant, quoted
    """> Could you send your UTR and the company VAT number before Friday?

Hi [[sal|Gemma]],
Personal UTR: [[@utr:sp]]
Company VAT: [[@gbvat:plain]]
Company UTR: [[@utr]]
Cheers,
[[sig|Rob Ellison]]
[[@phone:GB:mnat]]""",
    # 7 HMRC-style letter (to self)
    """Dear Sir or Madam,
I am writing about my Self Assessment for {{date|2025-26}}. My Unique Taxpayer Reference is [[@utr]] and I am owed a repayment of {{amount|£1,203.55}}. The old reference [[@utr:sp]] was for my partnership, which closed.
Please pay it into [[@iban:GB:compact]].
Yours faithfully,
[[sig|Declan O'Rourke]]
[[address|Flat 3, 27 Mill Lane, Bristol BS3 4HL]]""",
    # 8 courier
    """Parcel {{@tracking:@@#########GB}} was marked delivered but it isn't here. I paid {{amount|£7.99}} for next day on my card [[@card:dash]] – please refund that at least, or send it to [[@iban:GB:compact]].
[[sig|Sam]]""",
    # 9 school
    """Dear Mr Hughes,
I'm [[intro|Natalia Kowalska]], mum of [[oth|Zofia]] in Year 4. For the trip form you asked for Zofia's NHS number, it is [[@nhs:plain]]. The deposit of {{amount|£25}} was paid from [[@iban:GB:group]].
Thanks,
Natalia""",
    # 10 Polish supplier in English
    """Hello,
please find our company details for your vendor form:
Bursztyn Trade sp. z o.o.
NIP (tax number): [[@nip:pl]]
REGON: [[@regon]]
Bank account: [[@iban:PL:group]]
Contact: [[sig|Kinga Sadowska]], {{job_title|Export Manager}}
[[email|k.sadowska@bursztyntrade.pl]] | [[@phone:PL:mintl]]""",
    # 11 no PII
    """Do you still do the {{percent|20%}} student discount at the {{street_as_brand|Deansgate}} store? The code {{product_code|STU20}} didn't work online.
Thanks, [[sig|Freya]]""",
    # 12 hotel
    """Booking {{@order:HB-######}} – {{cbrand|The Ashworth Hotel}}, {{quantity|2 nights}}
Guest: [[oth|Oluwaseun Adeyemi]]
Card on file: [[@card:amex]] (backup card [[@card:dots]])
Company invoice to VAT [[@gbvat:gb]], please.""",
    # 13 SaaS, German client
    """Hi team,
we need the invoice for plan {{product_code|Growth-Annual}} reissued to our German entity:
Kessler Analytics GmbH, USt-IdNr. [[@ustid:de]]
IBAN for the direct debit: [[@iban:DE:group]]
[[sig|Lena Kessler]] | [[email|lena@kessler-analytics.de]]""",
    # 14 insurer
    """Claim {{@policy:MTR-######-##}}
Policyholder: [[oth|Mr Gareth Llewellyn]] (NHS no. for the injury part: [[@nhs:sp]])
Third party: [[oth|Ms A. Nowak]], policy {{@policy:@@########}}
Please settle to sort code/account in IBAN form: [[@iban:GB:wrap]]""",
    # 15 hospital letter
    """Outpatient appointment
Patient: [[oth|Margaret Doyle]]   NHS No: [[@nhs:dash]]
Clinic: Cardiology, {{date|14 January 2027}}, {{time|10:20}}
Referred by: [[oth|Dr S. Rahman]]
Travel costs refunded to: [[@iban:GB:group]]
Hospital number {{@num:@#######}}""",
    # 16 property manager
    """Dear [[sal|Tom]],
Your deposit of {{amount|£1,150}} for [[address|Flat 12, 8 Quay Street, Manchester M3 3JE]] will be returned to the account you gave ([[@iban:GB:compact]]) within {{quantity|10 days}}. The landlord's agent is {{cbrand|Hargreaves Lettings}}.
Best wishes,
[[sig|Aisha Khan]], {{job_title|Lettings Negotiator}}""",
    # 17 garage
    """Job card {{@order:JC-####}} – MOT and brakes
Customer: [[oth|Liam Walsh]], [[@phone:GB:nat]], [[email|liamwalsh77@outlook.com]]
Paid by card [[@card:group]]
Business customer? VAT number: [[@gbvat:gbsp]]""",
    # 18 Czech employee in UK HR form
    """New starter form
Full name: [[oth|Tereza Nováková]]
NHS number (if known): [[@nhs:sp]]
Czech birth number (for pension transfer): [[@rc:slash female mid]]
Bank: [[@iban:GB:group]]""",
    # 19 law firm
    """Without prejudice
Our client: [[oth|Mr Hamish Stewart]]
Your client: Greystone Developments Ltd (VAT [[@gbvat:gb]], UTR [[@utr]])
Case ref {{@num:HC-####-######}}
[[sig|Eleanor Brooks]], {{job_title|Solicitor}}""",
    # 20 telecom chat
    """Bot: What can we help with today?
Me: cancel my contract {{@contract:CTR########}}
Bot: Please confirm the last payment card.
Me: [[@card:plain]] or maybe the old one, [[@card:group]]
Bot: Thanks. Refunds go back to the card or to [[@iban:GB:lc]]? (the account we hold)""",
]
# =========================================================================== de

ITEMS["de"] = [
    # 1 energy
    """Sehr geehrte [[sal|Frau Brandt]],

zu Ihrem Anliegen {{@ticket:VG-#######}}: Das Guthaben von {{amount|184,20 €}} überweisen wir auf Ihr Konto [[@iban:DE:group]].
Zählernummer {{@meter:1ESY########}} und Vertragskonto {{@contract:########}} bleiben unverändert. Die Abbuchung von der Karte [[@card:group]] haben wir gestoppt.

Mit freundlichen Grüßen
{{team_name|Ihr Kundenservice}}""",
    # 2 B2B invoice
    """Rechnung Nr. {{@invoice:RE/@@/#####}}
{{cbrand|Schreinerei Hoffmann GmbH}} · USt-IdNr.: [[@ustid:de]]
Rechnungsempfänger: Bäckerei Lenz, USt-IdNr. [[@ustid:desp]]
Leistungsdatum: {{date|18.11.2026}}
Bankverbindung: IBAN [[@iban:DE:group]]
Gesamtbetrag: {{amount|3.927,00 €}}""",
    # 3 tax office letter
    """An das Finanzamt {{city|Bochum-Süd}}

Steuerpflichtige: [[oth|Sabine Krüger]]
Steuer-ID: [[@idnr:sp]]
Ehegatte (Zusammenveranlagung): [[oth|Frank Krüger]], IdNr [[@idnr]]
Betreff: Einkommensteuererklärung {{date|2025}}, Erstattung

Bitte erstatten Sie auf [[@iban:DE:compact]].
Mit freundlichen Grüßen
[[sig|Sabine Krüger]]""",
    # 4 chat bank
    """Berater Jonas: Hallo! Wie kann ich helfen?
Kunde: hier ist [[intro|Marco Peters]], meine Karte [[@card:group]] wurde gesperrt
Berater Jonas: Das tut mir leid. Ich sehe eine Zahlung über {{amount|249,99 €}} in {{city|Prag}}. Waren Sie das?
Kunde: nein. Bitte Rückbuchung auf [[@iban:DE:group]]
Berater Jonas: Ich habe den Fall {{@ticket:FA-########}} angelegt.""",
    # 5 no PII
    """Bestellung {{@order:#########}} kam nach {{quantity|drei Tagen}}, die Kaffeemaschine von {{brand|Melitta}} läuft einwandfrei. Verpackung etwas beschädigt, sonst top.""",
    # 6 payroll, quoted
    """> Für die Lohnabrechnung brauchen wir noch Ihre Steuer-ID und Ihre Bankverbindung.

Hallo [[sal|Herr Yilmaz]],
Steuer-ID: [[@idnr]]
IBAN: [[@iban:DE:wrap]]
Viele Grüße
[[sig|Derya Aksoy]]""",
    # 7 clinic
    """Anmeldung – Praxis {{cbrand|Dr. Weber & Kollegen}}
Patient: [[oth|Lukas Vogel]], geb. 07.05.1984
Patienten-Nr. (intern) {{@num:###-####}}
Telefon: [[@phone:DE:mdeslash]]
Selbstzahler-Rechnung per Karte [[@card:plain]]""",
    # 8 courier
    """Moin,
Sendung {{@tracking:00340#############}} liegt seit {{quantity|vier Tagen}} im Depot in {{city|Hamburg}}. Ich habe {{amount|6,90 €}} für Express bezahlt (Karte [[@card:dash]]). Bitte erstatten auf [[@iban:DE:lcgroup]].
[[sig|Jannik]]""",
    # 9 school
    """Liebe [[sal|Frau Schulz]],
für die Klassenfahrt überweisen wir {{amount|320 €}} von unserem Konto [[@iban:DE:compact]]. Für die Versicherung brauchen Sie die Steuer-ID von [[oth|Mia]]: [[@idnr:sp4]].
Viele Grüße, [[sig|Familie Engel]]""",
    # 10 Austrian supplier
    """Firmendaten für die Lieferantenanlage:
Holzbau Gruber GmbH, {{city|Innsbruck}}
UID: [[@atu]]
USt-IdNr. der deutschen Niederlassung: [[@ustid:de]]
IBAN: [[@iban:AT:group]]
Ansprechpartner: [[oth|Florian Gruber]], [[email|f.gruber@holzbau-gruber.at]], [[@phone:DE:intl]]""",
    # 11 no PII
    """Gilt der Rabatt von {{percent|15 %}} auch in der Filiale in der {{street_as_brand|Königstraße}}? Der Gutscheincode {{product_code|WINTER15}} wurde online abgelehnt.""",
    # 12 property manager
    """Hausverwaltung {{cbrand|Becker Immobilien}}
Nebenkostenabrechnung {{date|2025}}, Wohnung {{quantity|3. OG links}}
Mieter: [[oth|Herr Stefan Roth]], [[address|Lindenstraße 14, 04109 Leipzig]]
Guthaben {{amount|412,16 €}} → Überweisung auf [[@iban:DE:group]]
Vermieter-Steuernummer entfällt, USt-IdNr. [[@ustid:plain]]""",
    # 13 SaaS Czech customer
    """Hallo Support,
bitte stellen Sie die Rechnung für {{product_code|Team-Plan 25}} auf unsere tschechische Firma aus:
Softwarový ateliér s.r.o., IČO [[@ico]], DIČ [[@ico:czsame]]
Zahlung per Kreditkarte [[@card:group]].
[[sig|Pavel Jelínek]]
[[email|jelinek@softatelier.cz]]""",
    # 14 insurer
    """Schadensmeldung zu Vertrag {{@policy:KV-###-#######}}
Versicherungsnehmerin: mein Name ist [[intro|Katharina Fuchs]]
Erstattung bitte auf [[@iban:DE:compact]]
Steuer-ID für die Bescheinigung: [[@idnr]]
Telefon [[@phone:DE:mde0]]""",
    # 15 rail
    """Fahrgastrechte-Formular
Zug {{product_code|ICE 1009}} am {{date|29.11.2026}}, Verspätung {{quantity|95 Minuten}}
Name: [[oth|Elias Wagner]]
Auftragsnummer {{@order:@@####}}
Entschädigung auf: [[@iban:DE:group]]
(Ticket bezahlt mit Karte [[@card:dash]])""",
    # 16 garage
    """Werkstattauftrag {{@order:WA-#####}}
Kunde: Malerbetrieb Kaya, USt-IdNr. [[@ustid:de]]
Ansprechpartner: [[oth|Emre Kaya]], [[@phone:DE:mintl]]
Reifenwechsel, {{amount|89,00 €}} netto, Kartenzahlung [[@card:group]]""",
    # 17 Polish employee HR
    """Personalbogen
Name: [[oth|Wojciech Zając]]
Steuer-ID: [[@idnr:sp]]
PESEL (polnische Sozialversicherung): [[@pesel:male mid]]
Gehaltskonto: [[@iban:PL:group]]""",
    # 18 law office
    """Rechtsanwaltskanzlei {{cbrand|Meyer & Albrecht}}
Az. {{@num:## O ###/26}}
Mandantin: [[oth|Frau Dr. Ines Lorenz]], Steuer-ID [[@idnr]]
Gegner: Westbau GmbH, USt-IdNr. [[@ustid:de]]
Fremdgeldkonto: [[@iban:DE:group]]""",
    # 19 hotel
    """Reservierung {{@order:########}} im {{cbrand|Hotel Neumann}}, {{quantity|2 Nächte}}
Gast: [[oth|Anja Schmitt]]
Kreditkarte: [[@card:dots]]
Rechnung an Firma, USt-IdNr: [[@ustid:desp]]
{{greeting_without_name|Wir freuen uns auf Ihren Besuch!}}""",
    # 20 municipal
    """Bürgeramt {{city|Freiburg}}
Antrag auf Erstattung der Kita-Gebühren
Antragsteller: [[oth|Tobias Lang]], [[address|Wiesenweg 3, 79100 Freiburg]]
Steuer-ID: [[@idnr:sp4]]
Konto: [[@iban:DE:compact]]
[[sig|T. Lang]]""",
]
# ----------------------------------------------------------------------------- main

CHECKSUM_KINDS = {"card", "iban", "pesel", "birth_number", "national_id", "tax_id"}
MINIMA = {
    "signature": 5,
    "salutation": 3,
    "self_intro": 2,
    "checksum_id": 40,
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
            rows.append(fill(f"b13-{lang}-{i:02d}", lang, template))
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
