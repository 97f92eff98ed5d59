#!/usr/bin/env python3
# ruff: noqa: E501
"""Write data/eval/pii/blind19.jsonl: a hand-written PII test split (blind, never tuned on).

140 customer texts (20 each in pl, cs, sk, ru, uk, en, de) by a separate author,
each its own hand-written template. Every language is one organisation's inbox
over a month, a different industry per language: pl a student dormitory
operator, cs a removals company, sk a wedding venue with catering, ru a
residents' association / property manager of apartment blocks, uk a pharmacy
chain with home delivery, en a dog grooming salon that also sells pet
insurance, de a driving school. About half the items are short (messenger
messages, SMS, chat lines, app reviews, comment replies, one-line form fields),
half long (e-mails and letters with greeting and signature blocks, forwarded
and quoted threads, a complaint with a case history, a B2B invoice dispute).

Names (salutations, signatures, self-introductions, other people), checksum
identifiers of the country and its neighbours, phones, e-mails and addresses
stand next to near-misses that must survive redaction: order/invoice/ticket/
tracking numbers, contract/customer/meter numbers that fail every id check,
dates, times, amounts, quantities, product codes, brands (companies named after
a surname are marked ``{{cbrand|...}}``), team signatures, job titles, cities
and greetings without a name.

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Kasiu]]          name, context salutation   (also sig / intro / oth)
    [[email|a@b.pl]]       literal PII of a kind (email, phone, address, url_token...)
    [[@pesel]]             PII value drawn by a generator (kind from GEN)
    {{city|Gdańsk}}        literal keep span with its `what`
    {{cbrand|Przeprowadzky Dvořák}} a company named after a surname: keep, what `brand`
    {{@order:####}}        keep value drawn by a generator (what from KEEP_GEN)

Every identifier gets computed check digits and is validated with python-stdnum
(SNILS and the Polish ID card with the published algorithms, Czech and Slovak
domestic account numbers with the bank-account check), and every written PII
span of a checksum kind is checked once more by its kind, independently of its
generator (id_valid); every phone number passes phonenumbers.is_valid_number.
Numbered near-misses and product codes fail every identifier check used here
and are not valid phone numbers of the text's region. Each language must reach
the minima in MINIMA (checked on every run, --check included). The seed of
every item is fixed ("b19:" + its id).

    .venv/bin/python scripts/make_pii_blind19.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_blind19.py --check   # file on disk == output
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
OUT = ROOT / "data" / "eval" / "pii" / "blind19.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
SEED = "b19:"

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
    if "young" in fmt:  # students
        return rng.randint(1999, 2007)
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
        elif "young" in fmt:
            head = str(rng.randint(36530, 39080))  # born 2000-2006
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
# Akademiki Przystań: a student dormitory operator (Kraków, Wrocław), one month of its inbox

ITEMS["pl"] = [
    # 01 SMS to the reception
    """Dzien dobry, tu [[intro|Ola Wrzesińska]] z pokoju 214 (DS {{brand|Przystań}} Kraków). Pralka na 2 pietrze znowu zalała łazienkę, zgłoszenie {{@ticket:ZG-####}} wisi od {{date|wtorku}}. Może ktoś dziś przyjść? [[@phone:PL:g3]]""",
    # 02 a mother about the deposit
    """Temat: zwrot kaucji - syn wyprowadził się {{date|30.06}}

{{greeting_without_name|Szanowni Państwo}},

mój syn [[oth|Bartosz Kądziela]] mieszkał do końca czerwca w pokoju 3.17 w {{street_as_brand|DS Rakowicka}}. Przy wyprowadzce pani z recepcji spisała protokół, nie było żadnych uwag, a kaucja {{amount|1 200 zł}} nadal nie wróciła. Umowa najmu nr {{@contract:PRZ/####/@@}}.

[[oth|Bartek]] jest teraz na praktykach w {{city|Hamburgu}} i nie ma dostępu do polskiego konta, dlatego prosimy o przelew na mój rachunek:
[[@iban:PL:nrb]]
Dla porządku: PESEL syna [[@pesel:male young]] (tak był zapisany w umowie).

Z wyrazami szacunku
[[sig|Grażyna Kądziela]]
tel. [[@phone:PL:intl]]""",
    # 03 app review
    """★★☆☆☆ Pokój czysty, ale wifi w budynku B to porażka, od {{date|poniedziałku}} nie działa w ogóle. [[oth|Pan Zenek]] z portierni zawsze miły, tylko on ratuje tę ocenę. – [[sig|Kuba]]""",
    # 04 B2B invoice dispute with a university
    """Od: Dział Współpracy Międzynarodowej <[[email|dwm.zakwaterowanie@uczelnia-krakowska.edu.pl]]>
Do: [[email|faktury@przystan-akademiki.pl]]
Temat: RE: korekta faktury {{@invoice:FV/####/09/2026}} – studenci Erasmus+

Dzień dobry [[sal|Pani Moniko]],

niestety faktura nadal się nie zgadza. Zamawialiśmy {{quantity|18 miejsc}} na semestr zimowy, a zafakturowano {{quantity|21}}. Trzy osoby zrezygnowały przed {{date|15 września}} i zgodnie z § 4 umowy ramowej nie płacimy za nie.

Proszę też o poprawienie danych nabywcy – w fakturze jest stary NIP wydziału. Właściwe dane:
Uniwersytet Ekonomiczny w Krakowie – Centrum Obsługi Studentów
NIP: [[@nip:dash]]
REGON: [[@regon]]

Z Państwa strony na fakturze widnieje NIP [[@nip]] i konto [[@iban:PL:group]] – te się zgadzają, przelew za bezsporną część ({{amount|37 800,00 zł}}) wyszedł {{date|wczoraj}}.

Pozdrawiam serdecznie
[[sig|dr Anna Rostworowska-Pyka]]
{{job_title|kierownik Działu Współpracy Międzynarodowej}}
tel. [[@phone:PL:f]] wewn. 214

> W dniu {{date|2.10.2026}} o {{time|11:04}} [[email|faktury@przystan-akademiki.pl]] napisał:
> Dzień dobry, w załączeniu korekta.
> Pozdrawiam
> [[sig|Monika Jurczak]]
> {{team_name|Dział Rozliczeń Przystań}}""",
    # 05 Messenger chat
    """[{{time|23:41}}] hej czy ktos z administracji czyta to w nocy??
[{{time|23:42}}] w kuchni na 4 pietrze pali sie czujnik i wyje
[{{time|23:58}}] Recepcja Przystań: Dobry wieczór, [[oth|pan Mirek]] z ochrony już idzie na górę, proszę nie otwierać okien na klatce.
[{{time|23:59}}] ok dzięki, [[sig|Wiktoria]] pok. 408""",
    # 06 guest registration form
    """Formularz meldunku gościa (maks. {{quantity|3 noce}})
Mieszkaniec: [[oth|Patryk Żuławski]], pokój 112
Gość: [[oth|Julia Ostrowska]]
Nr dowodu osobistego gościa: [[@plid]]
PESEL gościa: [[@pesel:sp female]]
Termin pobytu: {{date|14–16.11}}
Telefon kontaktowy gościa: [[@phone:PL:m]]""",
    # 07 Ukrainian student, long e-mail in Polish with Ukrainian ids
    """Dzień dobry,

nazywam się [[intro|Iryna Kovalchuk]], jestem studentką 1 roku na Politechnice i od października mieszkam w pokoju 507 w {{brand|Przystań}} Wrocław. Piszę w sprawie faktury za akademik, bo moja stypendium płaci fundacja i oni potrzebują faktury na mnie, nie na rodziców.

Moje dane:
- adres stały: [[address|ul. Horodocka 48/12, Lwów]] (Ukraina)
- adres w Polsce: [[address|ul. Wittiga 6, 51-628 Wrocław]]
- PESEL jeszcze nie mam, dostałam tylko numer RNOKPP z Ukrainy: [[@rnokpp:female young]]

Fundacja zapłaci z konta w Ukrainie, ich IBAN to [[@iban:UA:group]], a jeśli trzeba zwrot nadpłaty to proszę na moje polskie konto [[@iban:PL:nrbc]].

Przepraszam za błędy w polskim :)
Dziękuję bardzo,
[[sig|Iryna]]""",
    # 08 reply from the dormitory to a complaint, case history
    """Szanowny [[sal|Panie Dawidzie]],

dziękujemy za cierpliwość. Poniżej podsumowanie Pana reklamacji {{@ticket:REK-###-@@}}, żeby wszystko było w jednym miejscu:

{{date|3.11}} – zgłoszenie pleśni w łazience w segmencie 6B (zdjęcia od Pana)
{{date|5.11}} – oględziny, był nasz technik [[oth|Sławomir Ptak]]; potwierdził przeciek z pionu
{{date|8.11}} – naprawa przez firmę {{cbrand|Hydro-Serwis Pietrzak}}, koszt po naszej stronie
{{date|12.11}} – Pana prośba o obniżkę czynszu za listopad
{{date|19.11}} – decyzja: obniżka {{percent|30%}} czynszu za {{quantity|14 dni}}, czyli {{amount|315,00 zł}}

Kwotę zaksięgujemy jako nadpłatę na Pana koncie najemcy {{@num:NAJ-######}}; jeśli woli Pan przelew, proszę odpisać z numerem rachunku. Kartą [[@card:group]], którą opłacał Pan kaucję, nie możemy zwrócić, bo minął termin operatora.

Z poważaniem
[[sig|Renata Kwiecień]]
{{job_title|Koordynatorka ds. mieszkańców}}
Akademiki Przystań sp. z o.o. · NIP [[@nip:sp]]""",
    # 09 comment under a Facebook post
    """@[[oth|Karolina Baran]] u nas w {{street_as_brand|DS Rakowicka}} tak samo, od {{date|piątku}} nie ma ciepłej wody 🙄 pisałam do nich, zero odzewu""",
    # 10 one-line form field
    """Numer rachunku do zwrotu kaucji: [[@iban:PL:nrb]] (właściciel: [[oth|Tadeusz Lis]], tata)""",
    # 11 long, forwarded thread about a Czech exchange student
    """---------- Wiadomość przekazana ----------
Od: Recepcja Przystań Kraków
Data: {{date|pon., 9 lis 2026}}, {{time|09:12}}
Temat: Fwd: ubytek w pokoju 219 - student z Czech

[[sal|Karol]], przekazuję Ci do rozliczenia, ja nie ogarniam czeskich numerów. [[sig|M.]]

---------- Wiadomość przekazana ----------
Od: [[oth|Ondřej Sýkora]] <[[email|ondra.sykora@seznam.cz]]>

Dobrý den / Dzień dobry,

jestem studentem z Brna na wymianie, mieszkałem w pokoju 219 do {{date|31.10}}. Dostałem od was rachunek na {{amount|480 zł}} za zniszczony materac, ale materac był zniszczony już kiedy przyjechałem – mam zdjęcie z {{date|2.10}}.

W umowie zamiast PESEL wpisaliście moje rodné číslo [[@rc:slash male mid]], więc chyba dlatego nie mogę się zalogować do waszej aplikacji.
Kaucję proszę wrócić na czeskie konto [[@iban:CZ:dom]] albo IBAN [[@iban:CZ:group]].

Děkuji, dziękuję
[[sig|Ondřej]]""",
    # 12 SMS from a father paying the rent late
    """Dzien dobry, [[intro|Waldemar Sroka]] ojciec [[oth|Natalii]] z pok. 33. Czynsz za listopad przelewam dopiero 12-go bo wyplata sie przesunela, prosze nie naliczac odsetek. Pozdrawiam""",
    # 13 e-mail from a catering supplier, invoice (surname company)
    """Dzień dobry [[sal|Pani Renato]],

w załączeniu faktura {{@invoice:##/@@/2026}} za obiady dla uczestników obozu językowego ({{quantity|640 porcji}}, {{amount|15 360,00 zł}} brutto).

Proszę zwrócić uwagę, że od {{date|1 listopada}} mamy nowe konto w innym banku:
[[@iban:PL:nrbwrap]]
Stare konto jest zamknięte, przelewy wrócą.

Dane do faktury bez zmian: {{cbrand|Catering Wójcik i Synowie}} s.c., NIP [[@nip:dash2]], REGON [[@regon:14]].

Pozdrawiam
[[sig|Elżbieta Wójcik]]
[[phone|+48 601 443 918]]""",
    # 14 a new resident's short self-introduction in the residents' group chat
    """Cześć wszystkim! Jestem [[intro|Filip]], od dziś mieszkam w 6C. Ktoś wie, czy pralnia na parterze działa na kartę czy na żetony? 🙂""",
    # 15 letter from a debt collector (formal), a resident named
    """{{cbrand|Kancelaria Windykacyjna Sobczak}} i Wspólnicy

Przystań Student Living sp. z o.o.
Dział Finansowy

Dotyczy: zaległości najemcy [[oth|Michała Jarosza]], PESEL [[@pesel:g3 male mid]], nr ewidencyjny sprawy {{@num:KW/#####/@}}

{{greeting_without_name|Szanowni Państwo}},

na podstawie pełnomocnictwa z {{date|4.11.2026}} informujemy, że dłużnik zadeklarował spłatę kwoty {{amount|2 735,40 zł}} w {{quantity|trzech ratach}}. Prosimy o potwierdzenie salda na dzień {{date|30.11.2026}} oraz numeru rachunku do wpłat – w posiadanych przez nas dokumentach widnieje [[@iban:PL:nrb]].

Z poważaniem
[[sig|r.pr. Agata Sobczak]]
w imieniu [[sig|r.pr. Jerzego Sobczaka]]""",
    # 16 no PII: a short question
    """Czy w akademiku na Kampusie Południowym można trzymać rower w pokoju? W regulaminie {{version|v3.2}} nic o tym nie ma.""",
    # 17 two signers: parents
    """Temat: rezerwacja na rok akad. {{date|2026/27}} – bliźniaczki

Dzień dobry [[sal|Panie Tomku]] (jeśli mogę tak się zwracać, rozmawialiśmy w sierpniu telefonicznie),

potwierdzamy rezerwację {{@order:RZ-####-##}} pokoju dwuosobowego dla naszych córek [[oth|Mai]] i [[oth|Leny Zawadzkich]]. Zaliczkę {{amount|800 zł}} zapłaciliśmy kartą [[@card:plain]] w waszej aplikacji, ale płatność wisi jako „oczekująca” (nr transakcji {{@num:TX########}}).

PESEL-e dziewczyn do umowy:
[[oth|Maja]] – [[@pesel:female young]]
[[oth|Lena]] – [[@pesel:female young]]

Pozdrawiamy serdecznie
[[sig|Agnieszka]] i [[sig|Paweł Zawadzcy]]
[[address|ul. Słoneczna 4, 37-450 Stalowa Wola]]
[[email|zawadzcy.rodzina@wp.pl]]""",
    # 18 staff internal chat
    """[[oth|Beata]], dopisz proszę do grafiku sprzątania: {{date|sobota}} budynek A, a w {{date|niedzielę}} {{cbrand|Czyścioch Malinowski}} robi okna. Faktura idzie na REGON [[@regon:sp]], nie na NIP. Dzięki! [[sig|Kamil]]""",
    # 19 review on Google with owner's reply
    """[[oth|Natalia W.]] ★★★★★
Super lokalizacja, 10 min na uczelnię, ochrona ogarnięta.

Odpowiedź właściciela:
Dziękujemy, [[sal|Natalio]]! Do zobaczenia w przyszłym semestrze 😊 – {{team_name|Zespół Akademików Przystań}}""",
    # 20 German student, deposit and Steuer-ID, e-mail in Polish/English
    """Hello / Dzień dobry,

my name is [[intro|Lukas Brenner]], I stayed in room 301 until {{date|end of October}}. My bank in Germany asks for the reason of the refund transfer, so please write "Kaution Zimmer 301" in the title.

IBAN: [[@iban:DE:group]]
BIC: {{product_code|COBADEFFXXX}}

The university in {{city|Leipzig}} also asked me for a confirmation of accommodation with my tax number, it is [[@idnr:sp]].

Dziękuję!
[[sig|Lukas]]
[[@phone:DE:mintl]]""",
]
# =========================================================================== cs
# Stěhujeme Hned s.r.o.: a removals and moving company (Praha, Brno), one month of its inbox

ITEMS["cs"] = [
    # 01 SMS from a customer on moving day
    """Dobry den, jsem uz pred domem, ale vase auto tu neni. Mame domluveno na {{time|8:00}}, zakazka {{@order:ST-#####}}. Volejte prosim [[@phone:CZ:g3]]. [[sig|Hanka]]""",
    # 02 long e-mail: damage complaint with case history
    """Předmět: Reklamace – poškozená komoda při stěhování {{date|14. 10.}}

Dobrý den, [[sal|pane Vaňku]],

obracím se na Vás jako na vedoucího dispečinku, protože moje předchozí dva e-maily zůstaly bez odpovědi. Pro přehled shrnuji:

• {{date|14. 10.}} – stěhování z [[address|Jugoslávských partyzánů 1580/3, 160 00 Praha 6]] do nového bytu v Říčanech, zakázka {{@order:ST-#####}}
• při vykládce Vaši pracovníci ([[oth|pan Radek]] a ještě jeden mladší kluk, jméno neznám) upustili dubovou komodu, praskla horní deska
• {{date|15. 10.}} – nahlášeno přes formulář, přiděleno číslo reklamace {{@ticket:RKL-####}}
• {{date|22. 10.}} – přišel technik od {{cbrand|Truhlářství Novotný}}, odhad opravy {{amount|6 800 Kč}}
• {{date|5. 11.}} – od Vás stále nic

Žádám o proplacení opravy podle odhadu. Peníze prosím pošlete na účet [[@iban:CZ:dom]]. Pro pojišťovnu uvádím i rodné číslo, na které je vedena smlouva: [[@rc:slash female mid]].

S pozdravem
[[sig|Ing. Lucie Marková]]
[[phone|+420 604 118 275]]""",
    # 03 Google review
    """★★★★★ Stěhovali nás z Brna do Olomouce, kluci makali jak draci, nic se nerozbilo. Díky [[oth|Martinovi]] a [[oth|Pepovi]]! Doporučuju. [[sig|Jitka S.]]""",
    # 04 B2B invoice dispute with an office client
    """Od: [[email|fakturace@ekolab-servis.cz]]
Předmět: Faktura {{@invoice:2026####}} – nesouhlasí počet hodin

Vážený [[sal|pane Mgr. Hrubý]],

k Vaší faktuře za stěhování naší kanceláře ({{date|31. 10.}}, Vinohradská → Karlín) máme tyto výhrady:

1) Účtováno {{quantity|4 pracovníci × 11 hod}}, podle naší evidence ve dveřích končili ve {{time|16:30}}, tedy {{quantity|9 hod}}.
2) Položka „obalový materiál“ {{amount|3 450 Kč}} – kartony jsme si kupovali sami.
3) Chybí naše DIČ, na faktuře je jen IČO.

Naše údaje pro opravný daňový doklad:
EKOLAB servis, s.r.o.
IČO: [[@ico]]
DIČ: [[@ico:czsame]]

Vaše údaje ve faktuře (IČO [[@ico:sp]], účet [[@iban:CZ:group]]) sedí.
Nespornou část {{amount|28 700 Kč}} uhradíme v termínu splatnosti {{date|20. 11. 2026}}.

S pozdravem

[[sig|Bc. Tereza Holubová]]
{{job_title|office manager}}
EKOLAB servis, s.r.o.
tel.: [[@phone:CZ:intl]]""",
    # 05 WhatsApp between dispatcher and a driver
    """[{{time|7:02}}] Dispečink: [[sal|Ondro]], dneska máš Vršovice, [[oth|paní Šťastná]], 3. patro bez výtahu
[{{time|7:03}}] ok, kolik lidí?
[{{time|7:03}}] Dispečink: ty + [[oth|Kuba]] + [[oth|Dan]]. Kdyby něco, volej přímo jí [[@phone:CZ:mnat]]
[{{time|7:04}}] jasne 👍""",
    # 06 one-line web form
    """Jméno a příjmení: [[oth|Miroslav Kadlec]] | Odkud: [[address|Palackého 12, 779 00 Olomouc]] | Kam: {{city|Šumperk}} | Termín: {{date|28. 11.}} | Poznámka: pianino!!""",
    # 07 long e-mail, move abroad to Germany, German ids
    """Dobrý den,

jmenuji se [[intro|Pavel Šindelář]] a v lednu se stěhujeme s rodinou do Drážďan, kde jsem dostal práci. Potřebovali bychom nabídku na stěhování {{quantity|3+1}} (cca {{quantity|35 m³}}) z Plzně.

Německý zaměstnavatel bude část nákladů proplácet, ale fakturu chce vystavenou takto:
[[oth|Pavel Šindelář]], c/o Elbtal Logistik GmbH
USt-IdNr. firmy: [[@ustid:de]]
moje Steuer-ID: [[@idnr]]

Zálohu můžu zaplatit kartou nebo z německého účtu [[@iban:DE:compact]], jak Vám to vyhovuje.

Termín ideálně {{date|9.–10. ledna}}.

Díky a hezký den
[[sig|Pavel Šindelář]]
[[email|pavel.sindelar@email.cz]]""",
    # 08 reply from the company (two signers, team)
    """Dobrý den, [[sal|paní Marková]],

moc se omlouváme za zpoždění. Reklamaci {{@ticket:RKL-####}} jsme uznali v plné výši {{amount|6 800 Kč}}, peníze odejdou do {{quantity|5 pracovních dnů}} na účet, který jste uvedla.

Pracovníka, který komodu upustil, jsme proškolili.

S omluvou a pozdravem
[[sig|Vojtěch Vaněk]], {{job_title|vedoucí dispečinku}}
[[sig|Iveta Kroupová]], {{job_title|reklamační oddělení}}
{{team_name|tým Stěhujeme Hned}}
IČO [[@ico]] | DIČ [[@ico:czsame]]""",
    # 09 FB comment
    """@[[oth|Lenka Procházková]] my jsme měli {{cbrand|Stěhování Dvořák}} a byli o {{amount|2 tisíce}} levnější než tihle 😉""",
    # 10 SMS, pay by bank transfer
    """Posilam zalohu {{amount|3000}} na ucet [[@iban:CZ:dom]], VS {{@num:########}}. Potvrdte prosim. [[sig|Kadlec]]""",
    # 11 forwarded thread: landlord, Slovak customer
    """---------- Přeposlaná zpráva ---------
Od: [[oth|Ján Hudec]] <[[email|jan.hudec.ba@gmail.com]]>
Datum: {{date|po 3. 11. 2026}} {{time|18:20}}
Předmět: sťahovanie Praha → Bratislava

Dobrý deň,

potrebujem presťahovať byt z Prahy do Bratislavy ([[address|Záhradnícka 51, 821 08 Bratislava]]). Faktúru prosím na firmu:
IČ DPH: [[@icdph:sk]]
Platiť budem zo slovenského účtu [[@iban:SK:group]].

Ďakujem, [[sig|Hudec]]

---
[[sal|Radku]], tohle je pro tebe, Slovensko jezdíš ty. Dej mu cenu do zítřka.
[[sig|V.]]""",
    # 12 short chat from web widget (self-intro)
    """Chat {{time|14:17}}: Dobrý den, tady [[intro|Marcela Šimková]], chtěla bych se zeptat, jestli stěhujete i trezor, má asi {{quantity|180 kg}}.
Chat {{time|14:18}}: Operátor: Dobrý den, ano, trezory do {{quantity|300 kg}} stěhujeme. Na jakou adresu?""",
    # 13 formal letter from a law office (on behalf)
    """{{cbrand|Advokátní kancelář Kučera & Bartoš}}
[[address|Údolní 33, 602 00 Brno]]

Věc: Výzva k úhradě škody – klient [[oth|Mgr. Jiří Matoušek]]

{{greeting_without_name|Vážení}},

v zastoupení našeho klienta, [[oth|pana Matouška]] (r. č. [[@rc:plain male]]), Vás vyzýváme k úhradě částky {{amount|41 250 Kč}} za zničený televizor a poškozenou podlahu při stěhování dne {{date|17. 10. 2026}}.

Částku uhraďte do {{quantity|15 dnů}} na účet naší kanceláře [[@iban:CZ:dom]], variabilní symbol {{@num:########}}.

S pozdravem

za kancelář
[[sig|JUDr. Petra Kučerová, Ph.D.]]
{{job_title|advokátka}}""",
    # 14 no PII: question on a forum
    """Máte někdo zkušenost s firmou {{brand|Stěhujeme Hned}}? Chceme stěhovat v prosinci z {{city|Liberce}} do {{city|Jablonce}}, cena {{amount|9 900 Kč}} mi přijde ok.""",
    # 15 e-mail from subcontractor, invoice with a sole trader DIČ
    """Ahoj [[sal|Vojto]],

posílám fakturu za říjen – {{quantity|6 výjezdů}} s dodávkou, celkem {{amount|21 600 Kč}}, faktura č. {{@invoice:FA-###/2026}}.

Jsem OSVČ, takže DIČ je moje rodné číslo: [[@dicrc:male]]. IČO [[@ico]].
Účet mám pořád u Fio: [[@iban:CZ:dom]].

Mějte se
[[sig|Libor]]
--
{{cbrand|Autodoprava Libor Hrubeš}}
mob. [[@phone:CZ:m00]]""",
    # 16 Instagram DM
    """ahoj, jste to vy kdo nám stěhoval babičku v září? chtěla jsem poděkovat tomu vousatýmu pánovi ([[oth|Tomáš]]?), pomohl jí pak i zapojit pračku ❤️ [[sig|Bára]]""",
    # 17 long e-mail, Polish customer moving to Ostrava
    """Dobrý den,

jsem [[intro|Agnieszka Pawlak]], z Polska, píšu česky ale asi s chybami. Stěhuji se z Katovic do Ostravy ({{date|6. prosince}}).

Potřebuji fakturu na moji polskou firmu:
NIP: [[@nip:pl]]
REGON: [[@regon]]
Adresa nová: [[address|Nádražní 118, 702 00 Ostrava]]

Platit budu z polského účtu [[@iban:PL:group]], nebo kartou [[@card:dash]] – co je lepší pro vás?

Děkuju moc
[[sig|Agnieszka Pawlak]]
[[phone|+48 512 330 847]]""",
    # 18 internal note with employees' payroll
    """Interní poznámka (mzdová): [[oth|Jaroslav Beneš]], nástup {{date|1. 11.}}, r.č. [[@rc:sp male]], výplatu na [[@iban:CZ:dom]]. Brigádník [[oth|Štěpán Rybář]] ještě nedodal číslo účtu. – [[sig|IK]]""",
    # 19 reply-to-review
    """Reakce firmy: Dobrý den, [[sal|paní Jitko]], děkujeme za hodnocení! Pochvalu vyřídíme. {{team_name|Tým Stěhujeme Hned}} 🚚""",
    # 20 long, customer, quoted signature inside the reply, card refund
    """Dobrý den,

tak platba kartou se strhla dvakrát, viz výpis – 2× {{amount|4 990 Kč}} dne {{date|12. 11.}} Prosím o vrácení jedné platby zpátky na kartu [[@card:group]].

Díky
[[sig|Zdeněk Bureš]]

Dne {{date|12. 11. 2026}} v {{time|10:41}} Stěhujeme Hned <[[email|info@stehujemehned.cz]]> napsal(a):
> Dobrý den, [[sal|pane Bureši]],
> potvrzujeme objednávku {{@order:ST-#####}} na {{date|19. 11.}}
> S pozdravem
> [[sig|Iveta Kroupová]]
> {{job_title|zákaznická podpora}}
> [[phone|+420 739 508 112]]""",
]
# =========================================================================== sk
# Kaštieľ Pod Lipou: a wedding venue with its own catering (near Trnava), one month of its inbox

ITEMS["sk"] = [
    # 01 SMS from a bride
    """Dobry den, tu [[intro|Simona]] (svadba {{date|13.6.}}), mozeme prist na ochutnavku aj v sobotu o {{time|10tej}}? Zenich v tyzdni nemoze. Dakujem!""",
    # 02 long e-mail: booking confirmation request, couple, two signers
    """Predmet: Rezervácia termínu {{date|22. augusta 2027}} – záloha

Dobrý deň, [[sal|pani Ďuríková]],

ďakujeme za milé privítanie pri prehliadke kaštieľa minulú sobotu. Po dlhom rozmýšľaní sme sa rozhodli – berieme termín {{date|22. 8. 2027}}, veľkú sálu a terasu, cca {{quantity|110 hostí}}.

Zálohu {{amount|2 500 €}} sme poslali dnes z účtu [[@iban:SK:group]], do poznámky sme dali číslo ponuky {{@order:PL-####/##}}. Zmluvu prosím vystaviť na mňa:

[[oth|Mgr. Katarína Vlčková]]
[[address|Hviezdoslavova 27, 917 01 Trnava]]
rodné číslo: [[@rcsk:slash female mid]]

Ženích chce ešte vedieť, či môže mať vlastného DJ-a, alebo musí byť ten váš.

Krásny deň prajú
[[sig|Katka]] & [[sig|Marek]]
[[phone|0905 412 733]]""",
    # 03 Facebook review
    """5/5 ⭐ Jedlo top, obsluha top, svokra spokojná, čo je zázrak 😂 Vďaka [[oth|pánovi Hrnčiarovi]] za trpezlivosť s našimi zmenami do poslednej minúty. [[sig|Veronika]] a [[sig|Tomáš]]""",
    # 04 B2B: invoice dispute with the flower supplier
    """Od: Kaštieľ Pod Lipou – účtovníctvo
Komu: [[email|objednavky@kvety-baranova.sk]]
Predmet: Faktúra {{@invoice:2026/####}} – reklamácia

Dobrý deň, [[sal|pani Baranová]],

vaša faktúra za výzdobu svadby {{date|17. 10.}} obsahuje {{quantity|24 stolových aranžmánov}}, dodaných bolo {{quantity|20}} – odovzdávací protokol podpísal náš hlavný čašník [[oth|Igor Mikuš]], posielam ho v prílohe. Rozdiel robí {{amount|320,00 €}}.

Prosíme o dobropis. Nesporná suma {{amount|1 465,20 €}} bude uhradená v splatnosti na váš účet [[@iban:SK:compact]].

Pre poriadok, na faktúre je správne:
odberateľ Kaštieľ Pod Lipou s.r.o., IČO [[@ico]], DIČ [[@icdph:dic]], IČ DPH [[@icdph:sksame]]
dodávateľ {{cbrand|Kvetinárstvo Baranová}}, IČO [[@ico:sp]]

S pozdravom
[[sig|Ing. Michaela Ondrejková]]
{{job_title|ekonómka}}
tel. [[@phone:SK:fintl]]""",
    # 05 WhatsApp group of the kitchen team
    """[{{time|5:48}}] [[oth|Julo]]: zajtra 140 porcií kačice, kto robí prílohy?
[{{time|5:51}}] [[oth|Zuzka]]: ja a [[oth|Mirka]], ale potrebujeme o {{quantity|2 hrnce}} viac
[{{time|6:02}}] šéfkuchár: ok, objednám u {{cbrand|Gastro Kollár}}. -[[sig|Rasťo]]""",
    # 06 contact form
    """Meno: [[oth|Lucia Benková]] · E-mail: [[email|lucia.benkova88@azet.sk]] · Počet hostí: {{quantity|60}} · Termín: {{date|jún 2027}} · Správa: máte voľnú sobotu?""",
    # 07 long e-mail from a Czech groom, Czech ids
    """Dobrý den,

jsem [[intro|Jakub Procházka]] z Brna a se snoubenkou ([[oth|Lenka Hučková]], je Slovenka z Trnavy) bychom u vás chtěli svatbu. Píšu česky, doufám, že to nevadí.

Smlouvu můžeme podepsat na mě, posílám údaje:
rodné číslo [[@rc:slash male mid]]
bydliště [[address|Křenová 67, 602 00 Brno]]
Zálohu zaplatíme z mého českého účtu [[@iban:CZ:dom]] (v CZK, doufám, že to jde, jinak převodem z IBAN [[@iban:CZ:compact]]).

Můj táta má firmu a chtěl by, aby fotograf byl fakturován na ni: IČO [[@ico]], DIČ [[@ico:czsame]].

Díky a ozvěte se
[[sig|Kuba Procházka]]
[[@phone:CZ:m]]""",
    # 08 reply from the venue, signature block with two phones
    """Dobrý deň, [[sal|pán Procházka]],

samozrejme, česky je úplne v poriadku 🙂 Termín {{date|4. 9. 2027}} je zatiaľ voľný, držíme vám ho {{quantity|14 dní}}. Platba v CZK žiaľ nie je možná, prosím v eurách na [[@iban:SK:group]].

Ochutnávku menu robíme vždy v sobotu o {{time|11:00}}, cena {{amount|45 €}} na osobu sa odpočíta zo zálohy.

S pozdravom
[[sig|Andrea Ďuríková]]
{{job_title|svadobná koordinátorka}}
Kaštieľ Pod Lipou
mobil: [[@phone:SK:msk0]] · recepcia: [[@phone:SK:fsk0slash]]""",
    # 09 Instagram comment
    """@[[oth|Dominika Hlaváčová]] toto je ten kaštieľ čo som ti hovorila!! {{city|Trnava}} je od nás 40 min 😍""",
    # 10 SMS from the DJ
    """Cau [[sal|Andrea]], aparatura bude o {{time|15:30}}, potrebujem 2 zasuvky 230V pri parkete. Fakturu dam na IČO [[@ico]]. DJ [[sig|Mato]]""",
    # 11 forwarded complaint with case history (guest)
    """---------- Preposlaná správa ---------
Od: [[oth|Peter Kolenič]] <[[email|kolenic.peter@gmail.com]]>
Dátum: {{date|st 4. 11. 2026}}

{{greeting_without_name|Vážení}},

bol som hosťom na svadbe {{date|24. 10.}} a vo vašej šatni sa mi stratil kabát (tmavomodrý, značka {{brand|Hugo Boss}}, cena {{amount|420 €}}).

{{date|25. 10.}} – volal som na recepciu, vraj ho nájdu
{{date|28. 10.}} – písal som mail, bez odpovede
{{date|2. 11.}} – pani na recepcii mi povedala, že šatňa nie je strážená

Žiadam náhradu. Číslo účtu: [[@iban:SK:dom]]. Pre poisťovňu moje r.č. [[@rcsk:plain male]].

[[sig|Peter Kolenič]]

---
[[sal|Miško]], prosím vybav to s poisťovňou, číslo poistky {{@policy:PZ-########}}. Ďakujem, [[sig|A. Ď.]]""",
    # 12 one-line form, an Austrian guest company
    """Fakturačné údaje: {{cbrand|Gasthof Leitner}} KG, UID [[@atu]], [[address|Hauptstraße 14, 2100 Korneuburg]]""",
    # 13 letter on behalf of someone
    """{{greeting_without_name|Vážená pani riaditeľka}},

píšem v mene mojej mamy, [[oth|Heleny Šimkovej]], ktorá si u vás v septembri objednala oslavu 70. narodenín (objednávka {{@order:OS-######}}). Mama zaplatila kartou [[@card:group]] zálohu {{amount|300 €}}, ale oslava bola zrušená kvôli jej hospitalizácii.

Podľa zmluvy pri zrušení zo zdravotných dôvodov vraciate {{percent|80 %}} zálohy. Prosím o vrátenie na jej kartu alebo na účet [[@iban:SK:group]].

Prikladám lekársku správu.

S úctou
[[sig|PhDr. Marián Šimko]]
v zastúpení [[sig|Heleny Šimkovej]]""",
    # 14 no PII: question in a wedding group
    """Byť niekto na svadbe v {{brand|Kaštieli Pod Lipou}}? Koľko pýtajú za menu na osobu? Nám dali {{amount|68 €}} bez nápojov.""",
    # 15 supplier's invoice e-mail, photographer, surname company
    """Ahoj [[sal|Andrejka]],

posielam faktúru č. {{@invoice:FV######}} za fotenie svadby [[oth|Vlčková]]–[[oth|Hudák]] ({{amount|1 150 €}}). Som neplatca DPH, tak len:
{{cbrand|Foto Kováčik}} – IČO [[@ico]], DIČ [[@icdph:dic]]
účet [[@iban:SK:lcgroup]]

Vďaka, maj sa
[[sig|Ivo]]
www.fotokovacik.sk | [[@phone:SK:m00]]""",
    # 16 chat widget
    """Návštevník: dobry den, vas kastiel je bezbarierovy? babka je na voziku
Operátor ([[oth|Natália]]): Dobrý deň, áno, sála aj toalety sú bezbariérové, parkovanie priamo pri vchode.""",
    # 17 long e-mail: Polish couple, Polish ids
    """Dzień dobry / Dobrý deň,

volám sa [[intro|Aleksandra Nowicka]], sme s priateľom z Krakova a chceli by sme malú svadbu u vás ({{quantity|40 osôb}}), {{date|máj 2027}}. Píšem po slovensky s prekladačom, prepáčte chyby.

Faktúru prosím na firmu môjho priateľa:
{{cbrand|Nowicki Bud}} sp. z o.o., NIP [[@nip:plsp]]
Pre zmluvu moje údaje: PESEL [[@pesel:female mid]], [[address|ul. Długa 19/3, 31-147 Kraków]]

Zaplatíme z poľského účtu [[@iban:PL:group]].

Ďakujem
[[sig|Ola Nowicka]]
[[email|ola.nowicka@onet.pl]]""",
    # 18 internal staff roster note
    """Smeny na sobotu {{date|15. 11.}}: bar – [[oth|Patrik]], sála – [[oth|Dominika]], [[oth|Sára]], [[oth|Lukáš Gavenda]]. Nový brigádnik, r.č. [[@rcsk:slash male child]]?? to je nejaký omyl, skontrolujte mu vek. – [[sig|Rasťo]], {{job_title|šéfkuchár}}""",
    # 19 reply to a review
    """Odpoveď prevádzkovateľa: Ďakujeme, [[sal|Veronika]]! Svokrám sa prispôsobujeme radi 😄 {{team_name|Tím Kaštieľ Pod Lipou}}""",
    # 20 e-mail, Ukrainian guest band, Ukrainian ids
    """Dobrý deň,

som [[intro|Oleh Marchenko]], vedúci hudobnej skupiny {{brand|Karpaty Band}}. Hráme u vás na svadbe {{date|29. 11.}} Ako sme sa dohodli s [[oth|pani Ďurikovou]], honorár {{amount|900 €}} fakturujem ako fyzická osoba z Ukrajiny.

Moje údaje:
RNOKPP (DIČ na Ukrajine): [[@rnokpp:male mid]]
účet: [[@iban:UA:compact]]

Ďakujem,
[[sig|Oleh]]
[[phone|+380 67 514 20 93]]""",
]
# =========================================================================== ru
# ТСЖ «Северный квартал» and its property manager УК «ДомСервис»: one month of the inbox

ITEMS["ru"] = [
    # 01 SMS from a resident
    """Здравствуйте, в 3 подъезде опять не работает лифт, с утра. Кв. 87, [[sig|Зинаида Павловна]]. Тел [[@phone:RU:ru8]]""",
    # 02 long complaint with case history
    """Тема: Протечка с крыши – кв. 142, повторно

{{greeting_without_name|Уважаемые господа}}!

Пишу уже третий раз, поэтому изложу всё по порядку:

{{date|02.10}} – после дождя протёк потолок в детской, подана заявка {{@ticket:З-#####}} через приложение
{{date|05.10}} – приходил мастер [[oth|Руслан]], сказал, что надо смотреть с крыши, ключей от чердака нет
{{date|12.10}} – повторная протечка, испорчен ламинат (около {{quantity|9 м²}})
{{date|20.10}} – позвонила в УК, диспетчер [[oth|Светлана]] обещала передать главному инженеру [[oth|Гусеву]]
{{date|03.11}} – ответа нет

Прошу: 1) отремонтировать кровлю над кв. 142; 2) возместить ущерб {{amount|38 500 ₽}} по смете (прилагаю).
Реквизиты для перевода – карта «Мир» [[@card:mir]], получатель – я.
Лицевой счёт {{@num:###########-#}}. Для страховой мой СНИЛС [[@snils]].

С уважением,
[[sig|Ковалёва Ирина Сергеевна]]
[[address|ул. Северная, д. 14, кв. 142]]
[[@phone:RU:ruintl]]""",
    # 03 comment in the house chat (Telegram)
    """[[oth|Дмитрий Олегович]] из 56-й, уберите пожалуйста машину с газона, дворник не может пройти 🙏""",
    # 04 B2B invoice dispute: cleaning contractor
    """От: [[email|buh@domservis-uk.ru]]
Кому: ООО «Чистый Двор»
Тема: Счёт № {{@invoice:###-@@}} от {{date|31.10.2026}} – разногласия

Добрый день, [[sal|Алексей Викторович]]!

По вашему счёту за уборку придомовой территории в октябре есть вопросы:

1. Выставлено {{quantity|31 день}} уборки, однако по журналу {{date|с 14 по 17 октября}} дворник не выходил (подтверждено актом, подписанным председателем ТСЖ [[oth|Кузнецовым А. В.]]).
2. Вывоз листвы {{amount|12 400 ₽}} – в договоре этой услуги нет.

Просим выставить корректировочный счёт. Неоспариваемую сумму {{amount|86 300 ₽}} оплатим до {{date|15.11}}.

Наши реквизиты для сверки:
ООО «ДомСервис», ИНН [[@inn]], ОГРН [[@ogrn]]
Ваши в счёте: ИНН [[@inn]], ОГРН [[@ogrn]] – верно.

С уважением,
[[sig|Белова Н. Г.]]
{{job_title|главный бухгалтер}} УК «ДомСервис»
тел. [[@phone:RU:fru8]] доб. 3""",
    # 05 chat with the dispatcher
    """[{{time|22:14}}] Житель: у нас в подвале вода!!! дом 16
[{{time|22:15}}] Диспетчер: Принято, аварийная бригада выезжает, старший – [[oth|Семёнов]]
[{{time|22:16}}] Житель: спасибо, я [[intro|Артём]] из 3-й квартиры, встречу у подвала""",
    # 06 one-line form: registration for the owners' meeting
    """ФИО: [[oth|Лебедев Григорий Аркадьевич]]; кв. 211; СНИЛС [[@snils:dash]]; ИНН [[@innp:12]]; адрес [[address|ул. Северная, 16-211]]; голосую заочно; телефон [[@phone:RU:mru8dash]]""",
    # 07 letter: sole trader contractor, OGRNIP
    """Председателю правления ТСЖ «Северный квартал»
[[oth|Кузнецову А. В.]]
от ИП [[oth|Мартыненко Олега Ивановича]]

{{greeting_without_name|Уважаемый председатель}}!

Направляю акт выполненных работ по замене почтовых ящиков (подъезды 1–4, {{quantity|168 шт.}}) и счёт на оплату № {{@invoice:##/##-@}} на {{amount|94 080 ₽}}.

Прошу обратить внимание: у меня сменился банк, оплату прошу производить по новым реквизитам (приложены). Мои данные:
ИНН [[@innp:12]]
ОГРНИП [[@ogrn:15]]

Гарантия на работы – {{quantity|12 месяцев}}.

ИП [[sig|Мартыненко О. И.]]
[[@phone:RU:mruintlsp]]""",
    # 08 reply from the association (team signature and a person)
    """Уважаемая [[sal|Ирина Сергеевна]]!

Заявка {{@ticket:З-#####}} взята на контроль. Осмотр кровли назначен на {{date|10 ноября}}, {{time|10:00}}–{{time|12:00}}, просим обеспечить доступ в квартиру. Вопрос о возмещении ущерба будет рассмотрен на заседании правления {{date|18.11}}.

С уважением,
{{team_name|Правление ТСЖ «Северный квартал»}}
Председатель [[sig|А. В. Кузнецов]]
ИНН ТСЖ [[@inn]] · ОГРН [[@ogrn]]""",
    # 09 comment in VK
    """Соседи, сбор на новый домофон по {{amount|500 ₽}} с квартиры, переводите на карту [[@card:mirplain]] (Сбер, [[oth|Ольга С.]], кв. 61). [[oth|Ольга Смирнова]], у вас в 12 доме тоже платёжки пришли с ошибкой? У нас {{amount|4 912 руб}} вместо {{amount|3 700}}""",
    # 10 SMS from the manager to a debtor
    """Уважаемый собственник кв. 33! Задолженность {{amount|18 240,55 руб.}} на {{date|01.11.2026}}. Оплатите до {{date|25.11}}, получатель ИНН [[@inn]]. УК «ДомСервис», [[@phone:RU:fruintl]]""",
    # 11 forwarded thread: tenant from Ukraine, Ukrainian ids
    """-------- Пересылаемое сообщение --------
От: [[oth|Оксана Бондар]] <[[email|oksana.bondar77@ukr.net]]>
Дата: {{date|06.11.2026}}, {{time|19:03}}
Тема: перерасчёт за воду

Добрый вечер,

я снимаю квартиру 74 у [[oth|Веры Николаевны Пантелеевой]], она сейчас в Киеве. Она просила написать вам от её имени. Счётчик воды сменили {{date|12 октября}}, номер нового – {{@meter:######-##}}, а в квитанции до сих пор старый.

Для перерасчёта [[oth|Вера Николаевна]] передала свои данные: РНОКПП [[@rnokpp:female senior]], а компенсацию просит перечислить в Украину на IBAN [[@iban:UA:group]] или на карту [[@card:group]].

Спасибо, [[sig|Оксана]]

-------- Конец пересылаемого сообщения --------
[[sal|Лена]], посмотри, можно ли вообще на украинский счёт. [[sig|Н. Г.]]""",
    # 12 self-introduction: new manager
    """Добрый день, соседи! Меня зовут [[intro|Виктория Андреевна Шумилова]], с {{date|1 ноября}} я новый управляющий домами 14 и 16. Приём жителей – по вторникам с {{time|17:00}} до {{time|19:00}}, офис в подъезде 2. Рабочий номер [[@phone:RU:mru8]].""",
    # 13 formal complaint, on behalf, with passport-free ids
    """В ООО «ДомСервис»
от [[oth|Ткаченко Людмилы Петровны]], собственника кв. 9,
проживающей по адресу: [[address|г. Новосибирск, ул. Северная, д. 12, кв. 9]]

ЗАЯВЛЕНИЕ

Прошу произвести перерасчёт платы за отопление за {{date|октябрь 2026 г.}} в связи с тем, что отопление было подано только {{date|19.10}}. Лицевой счёт {{@num:########}}.

ИНН [[@innp:12sp]], СНИЛС [[@snils:sp]].

Подписано по доверенности – [[sig|Ткаченко С. В.]] (сын), СНИЛС представителя [[@snils:dash]]
{{date|07.11.2026}}""",
    # 14 no PII: announcement
    """ВНИМАНИЕ! {{date|14 ноября}} с {{time|9:00}} до {{time|17:00}} отключение горячей воды в домах 12–16 (плановая замена стояков, подрядчик {{cbrand|Сантехника Ершова}}). {{team_name|Администрация УК}}""",
    # 15 e-mail: lift company, surname company
    """Добрый день, [[sal|Виктория Андреевна]],

по лифту в третьем подъезде: требуется замена платы управления, ориентировочная стоимость {{amount|64 000 ₽}}, срок поставки {{quantity|2–3 недели}}. Коммерческое предложение {{@order:КП-####/##}} во вложении.

Заказчик: ООО «ДомСервис», ИНН [[@inn]].
Реквизиты исполнителя: ООО «{{cbrand|Лифтремонт Зайцев}}», ИНН [[@inn]], ОГРН [[@ogrn]].

--
С уважением,
[[sig|Павел Зайцев]], {{job_title|технический директор}}
[[@phone:RU:mruintl]] | [[email|p.zaytsev@liftzaytsev.ru]]""",
    # 16 Telegram, short
    """кто-нибудь знает, [[oth|Петрович]] из 40-й квартиры в этом месяце счётчики снимает? мне надо до 20-го сдать""",
    # 17 long: owner living abroad in Kazakhstan wants a refund, card
    """Здравствуйте!

Меня зовут [[intro|Руденко Марина Геннадьевна]], я собственник кв. 118 (дом 14), но сейчас живу в {{city|Алматы}}. В {{date|сентябре}} по ошибке оплатила квитанцию дважды – {{amount|7 830 руб.}} ушли на ваш счёт два раза ({{date|05.09}} и {{date|07.09}}).

Прошу вернуть переплату на карту [[@card:mirdash]] (держатель – я). Если нужны дополнительные данные, мой ИНН [[@innp:12]], СНИЛС [[@snils:dash2]].

Заранее спасибо,
[[sig|М. Г. Руденко]]
[[email|marina.rudenko.kz@mail.ru]]
[[phone|+7 916 402-18-33]]""",
    # 18 reply with a quoted signature
    """[[sal|Марина Геннадьевна]], добрый день! Переплату вернём в течение {{quantity|10 рабочих дней}}.
[[sig|Белова]]

> {{date|10.11.2026}}, [[oth|Руденко М. Г.]] пишет:
> Прошу вернуть переплату...
> С уважением, [[sig|Марина]]""",
    # 19 app review
    """★☆☆☆☆ Приложение «{{brand|Мой Дом}}» {{version|2.4.1}} вылетает при передаче показаний. Пишу в поддержку – тишина. [[sig|Игорь К.]]""",
    # 20 SMS from an elderly resident
    """{{greeting_without_name|Сынок}} передай [[oth|Анне Михайловне]] из правления что я квитанцию оплатил, [[sig|Фёдор Ильич]] кв 5""",
]
# =========================================================================== uk
# Аптеки «Липа»: a pharmacy chain with home delivery (Львів, Київ), one month of its inbox

ITEMS["uk"] = [
    # 01 SMS from a customer
    """Добрий день! Кур'єр не приїхав, замовлення {{@order:LP-######}}, чекаю з {{time|14:00}}. Ліки для мами, терміново. [[sig|Наталя]] [[@phone:UA:mua0sp]]""",
    # 02 long complaint with case history
    """Тема: Скарга – неправильний препарат у доставці

Шановні представники мережі «Липа»!

Звертаюся вже втретє, тому коротко нагадаю історію:

{{date|03.11}} – оформила доставку на адресу [[address|вул. Степана Бандери 41, кв. 7, Львів]], замовлення {{@order:LP-######}}
{{date|04.11}} – отримала замість {{brand|Кардіомагніл}} {{quantity|75 мг}} інший препарат (дозування {{quantity|150 мг}}), кур'єр [[oth|Андрій]] сказав, що «так видали на складі»
{{date|04.11}} – дзвонила на гарячу лінію, оператор [[oth|Юлія]] відкрила звернення {{@ticket:ZV-#####}}
{{date|10.11}} – жодної відповіді

Прошу повернути {{amount|286,40 грн}} на картку [[@card:group]], з якої оплачувала, та вибачитися перед моїм батьком, [[oth|Петром Івановичем Гнатюком]], для якого були ліки (йому {{quantity|74 роки}}, е-рецепт виписаний на РНОКПП [[@rnokpp:male senior]]).

З повагою,
[[sig|Гнатюк Оксана Петрівна]]
РНОКПП [[@rnokpp:female mid]]
[[@phone:UA:ua38]]""",
    # 03 app review
    """★★★★☆ Зручний застосунок, доставка за {{quantity|40 хв}}. Мінус одна зірка – не можна обрати точний час. Дякую кур'єру [[oth|Тарасу]]! – [[sig|Ірина К.]]""",
    # 04 B2B invoice dispute with a wholesaler
    """Від: [[email|zakupivli@apteky-lypa.ua]]
Кому: ТОВ «ФармДистриб'юшн»
Тема: Рахунок-фактура {{@invoice:РФ-#####}} – розбіжності

Добрий день, [[sal|пане Ярославе]]!

За вашим рахунком від {{date|28.10.2026}} виявлено розбіжності з видатковою накладною:
- {{brand|Ібупрофен}} 200 мг №20 (арт. {{@product:IB-####-@}}): у рахунку {{quantity|600 уп.}}, фактично прийнято {{quantity|540 уп.}}
- ціна {{amount|41,80 грн}} замість погоджених у специфікації {{amount|39,50 грн}}

Просимо надати коригування. Неоспорювану суму {{amount|112 416,00 грн}} сплатимо до {{date|20.11}}.

Наші реквізити:
ТОВ «Аптеки Липа», код ЄДРПОУ [[@edrpou]]
IBAN [[@iban:UA:group]]

Ваші реквізити в рахунку (ЄДРПОУ [[@edrpou]], IBAN [[@iban:UA:compact]]) збігаються з договором.

З повагою,
[[sig|Мирослава Дячук]]
{{job_title|менеджерка з закупівель}}
тел. [[@phone:UA:fintl]]""",
    # 05 Viber chat with the pharmacist
    """[{{time|9:12}}] Клієнт: а у вас є інсулін у аптеці на Городоцькій?
[{{time|9:14}}] Фармацевт [[oth|Олена]]: Добрий день! Є, відкладу на ваше прізвище. Як вас записати?
[{{time|9:15}}] Клієнт: [[intro|Кравчук Василь]], заберу після обіду""",
    # 06 one-line delivery form
    """Отримувач: [[oth|Зоряна Ковальчук]] • Адреса: [[address|вул. Пасічна 88/14, Львів, 79032]] • Тел.: [[@phone:UA:mua0]] • РНОКПП (для е-рецепта): [[@rnokpp:female mid]] • Коментар: домофон не працює, дзвоніть""",
    # 07 long e-mail, Ukrainian living in Poland, Polish ids
    """Добрий день,

мене звати [[intro|Галина Мельничук]], я зараз живу в Польщі (Вроцлав), а моя мама залишилась у Тернополі. Хочу щомісяця замовляти їй ліки з доставкою і платити звідси.

Чи можна оформити підписку на мамине ім'я, а оплату з моєї польської картки [[@card:group]]? Якщо потрібна фактура для польської податкової, мої дані: PESEL [[@pesel:female mid]], адреса [[address|ul. Legnicka 55/20, 54-203 Wrocław]].

Мамині дані для доставки:
[[oth|Мельничук Ганна Степанівна]], РНОКПП [[@rnokpp:female senior]]
[[address|вул. Руська 12, кв. 3, Тернопіль]]

Дякую!
[[sig|Галина]]
[[@phone:PL:mintl]]""",
    # 08 reply to the complaint
    """Шановна [[sal|пані Оксано]]!

Щиро перепрошуємо за помилку. Звернення {{@ticket:ZV-#####}} опрацьовано: кошти {{amount|286,40 грн}} повернено на вашу картку {{date|12.11}}, надходження – до {{quantity|3 банківських днів}}. Правильний препарат кур'єр привезе сьогодні до {{time|18:00}} безкоштовно.

Провізор складу, [[oth|пан Богдан]], отримав догану.

З повагою,
[[sig|Ольга Савчук]]
{{job_title|керівниця служби якості}}
{{team_name|Служба турботи «Липа»}}""",
    # 09 Facebook comment
    """[[oth|Марта Іваненко]] у нас на Сихові теж «Липа» відкрилась, біля {{cbrand|Пекарні Ткачука}}, але там черги як у {{brand|АТБ}} 😅""",
    # 10 SMS notification with a pickup code, no PII
    """Ваше замовлення {{@order:LP-######}} готове до видачі в аптеці на {{street_as_brand|Городоцькій}}. Код отримання {{@num:####}}. Зберігається до {{date|15.11}}.""",
    # 11 forwarded e-mail: supplier FOP with an individual tax number
    """---------- Пересланий лист ---------
Від: ФОП [[oth|Литвин Роман Миколайович]] <[[email|lytvyn.fop@gmail.com]]>
Дата: {{date|5 лист. 2026}}, {{time|16:40}}

Доброго дня!

Надсилаю рахунок {{@invoice:№##-##/##}} за доставку {{quantity|14 замовлень}} у жовтні ({{amount|4 200 грн}}).
Реквізити:
ФОП [[oth|Литвин Р. М.]], РНОКПП [[@rnokpp:male mid]]
IBAN [[@iban:UA:compact]]
або на картку [[@card:group]]

З повагою, [[sig|Роман]]

---
[[sal|Мирославо]], перевір будь ласка, чи він у нас в договорах. [[sig|С.О.]]""",
    # 12 chat, self-intro as a courier applicant
    """Привіт! Я [[intro|Денис]], бачив у вас вакансію кур'єра на авто. Маю свою {{brand|Skoda Fabia}}, досвід 2 роки в {{brand|Glovo}}. Як подати резюме?""",
    # 13 letter from a notary on behalf of a deceased customer's heir
    """{{cbrand|Нотаріальна контора Ковальського}}

ТОВ «Аптеки Липа»

{{greeting_without_name|Шановні панове}}!

Повідомляємо, що [[oth|Шевчук Микола Андрійович]] (РНОКПП [[@rnokpp:male senior]]) помер {{date|02.10.2026}}. Спадкоємиця – [[oth|Шевчук Лариса Миколаївна]] (РНОКПП [[@rnokpp:female mid]]) – просить припинити автоматичне списання за підпискою {{@contract:PD-#######}} з картки [[@card:dash]] та повернути списані після смерті кошти ({{amount|1 152 грн}}) на її рахунок [[@iban:UA:group]].

Приватний нотаріус Львівського міського нотаріального округу
[[sig|Ковальський Б. Т.]]""",
    # 14 Telegram bot chat, no names, no PII
    """Бот «Липа»: Оберіть місто доставки 👇
Користувач: {{city|Київ}}
Бот «Липа»: Доставка по Києву {{amount|79 грн}}, безкоштовно від {{amount|800 грн}}.""",
    # 15 B2B: a hospital's request for an invoice, EDRPOU
    """Добрий день, шановна [[sal|Мирославо Іванівно]]!

Комунальне некомерційне підприємство «Міська лікарня №3» просить виставити рахунок на {{quantity|200 уп.}} {{brand|Парацетамол}} 500 мг для відділення.

Наші реквізити: код ЄДРПОУ [[@edrpou]], IBAN [[@iban:UA:group]] (казначейство).
Відповідальна особа – старша медсестра [[oth|Бойко Тетяна]], тел. [[@phone:UA:fua0]].

З повагою,
в.о. генерального директора [[sig|д-р Олег Марчишин]]
[[email|likarnia3.zakupivli@gmail.com]]""",
    # 16 Instagram DM, slang and no diacritics
    """прівіт, а можна замовити доставку на гуртожиток? я [[intro|Соня]], 2 корпус, кімната 314, звоню з чужого номера [[@phone:UA:me164]]""",
    # 17 reply with a signature in the quoted part
    """Дякую, все отримала 🙏 [[sig|О. Гнатюк]]

> {{date|12.11.2026}} о {{time|10:02}} Служба турботи «Липа» пише:
> Шановна [[sal|пані Оксано]], кошти повернено.
> З повагою,
> [[sig|Ольга Савчук]]
> [[phone|+380 32 244 71 09]]""",
    # 18 internal note with staff data (two people)
    """Бухгалтерії: нові працівниці з {{date|1.11}} – [[oth|Романюк Софія]] (РНОКПП [[@rnokpp:female mid]], картка для зарплати [[@card:plain]]) та [[oth|Паламарчук Віра]] (РНОКПП [[@rnokpp:female mid]]). Договори в папці. [[sig|Валентина Степанівна]], {{job_title|HR}}""",
    # 19 review reply
    """Відповідь аптеки: Дякуємо, [[sal|пані Ірино]]! Вибір часу доставки з'явиться в версії {{version|3.2}} застосунку. {{team_name|Команда «Липа»}}""",
    # 20 e-mail from a Slovak tourist, Slovak ids
    """Dobrý deň / Добрий день,

som [[intro|Martin Kováč]], turista zo Slovenska, momentálne vo Ľvove. Včera som u vás kúpil lieky za {{amount|640 грн}} a potrebujem doklad pre slovenskú poisťovňu s mojimi údajmi:
rodné číslo [[@rcsk:slash male mid]]
poisťovňa: {{brand|Union}}, IČO [[@ico]]
číslo účtu pre refundáciu [[@iban:SK:group]]

Ďakujem pekne,
[[sig|Martin Kováč]]
[[@phone:SK:mintl]]""",
]
# =========================================================================== en
# Scruffs & Suds: a dog grooming salon in Leeds that also sells pet insurance, one month of its inbox

ITEMS["en"] = [
    # 01 SMS
    """hiya its [[intro|Gemma]] (Biscuit's mum) running 10 mins late for the {{time|11.30}} sorry!! traffic on the ring road is mental x""",
    # 02 long complaint with case history
    """Subject: Formal complaint – injury during groom, booking {{@order:SS-#####}}

{{greeting_without_name|Dear Sir or Madam}},

I am writing to make a formal complaint about the treatment of my cocker spaniel, Monty, at your Headingley salon. As my phone calls have not been returned, here is the full history:

{{date|Sat 3 Oct}} – full groom booked, dropped off at {{time|9:00}}, groomer was [[oth|Kayleigh]]
{{date|3 Oct}}, {{time|1:30pm}} – collected; noticed a cut on his left ear, told it was "a tiny nick"
{{date|4 Oct}} – the cut was infected, vet visit at {{cbrand|Harper & Lowe Veterinary}}, {{amount|£146.20}} (invoice attached)
{{date|9 Oct}} – spoke to the manager, [[oth|Mr Dean Pickering]], who promised a refund
{{date|6 Nov}} – still nothing

I would like the vet bill and the groom ({{amount|£58}}) refunded to the card I paid with, [[@card:group]]. If that is not possible, my bank details are IBAN [[@iban:GB:group]].

Yours faithfully,

[[sig|Mrs Pauline Ashworth]]
[[address|14 Cardigan Road, Leeds LS6 3AG]]
[[@phone:GB:mgbsp]]""",
    # 03 Google review
    """★★★★★ Best groomers in Leeds hands down. [[oth|Priya]] did an amazing teddy cut on our doodle and sent us pics while we waited 😍 – [[sig|Tom]] & [[sig|Ellie]]""",
    # 04 B2B invoice dispute with the shampoo wholesaler
    """From: [[email|accounts@scruffsandsuds.co.uk]]
To: [[email|credit.control@petpro-supplies.co.uk]]
Subject: RE: Invoice {{@invoice:INV-######}} – overdue reminder

Hi [[sal|Janine]],

Thanks for the reminder, but we're not paying this one until it's corrected:

- {{quantity|12 x 5L}} {{brand|OatSoothe}} shampoo invoiced, {{quantity|8}} delivered (see the signed delivery note, {{@tracking:DN####@@}})
- the unit price went up from {{amount|£21.40}} to {{amount|£24.90}} with no notice
- your VAT number on the invoice is [[@gbvat:gb]], but HMRC's checker shows it belongs to a different company – please confirm.
- the bank details on the invoice changed to [[@iban:GB:group]]. Is that genuine? We won't pay to a new account without a call.

Our details for the credit note: Scruffs & Suds Ltd, VAT reg [[@gbvat:gbsp]], refunds to [[@iban:GB:compact]].

I've paid the undisputed {{amount|£171.20}} today from our account ending 4471.

Cheers,
[[sig|Rob Whitaker]]
{{job_title|Director}} | Scruffs & Suds Ltd
[[@phone:GB:fintl]]

> On {{date|2 Nov 2026}}, at {{time|09:14}}, Credit Control <[[email|credit.control@petpro-supplies.co.uk]]> wrote:
> {{greeting_without_name|Dear Customer}},
> Our records show invoice {{@invoice:INV-######}} is now {{quantity|14 days}} overdue.
> Kind regards,
> [[sig|Janine Oduya]]
> {{team_name|Credit Control Team}}""",
    # 05 WhatsApp with the salon
    """[{{time|16:02}}] Scruffs & Suds: Hi, Bella is ready for collection 🐾
[{{time|16:05}}] ok my husband [[oth|Gareth]] will pick her up, he's got the ticket
[{{time|16:05}}] Scruffs & Suds: No problem! See you soon, [[sig|Amy]] at the front desk""",
    # 06 insurance quote form, one line
    """Policyholder: [[oth|Dr Sanjay Mehta]] | Pet: Luna (Labrador, 3) | Postcode: [[address|LS17 6PL]] | Email: [[email|s.mehta.leeds@outlook.com]] | Plan: {{product_code|LIFETIME-7K}}""",
    # 07 long e-mail: pet insurance claim with a Polish owner
    """Hello,

My name is [[intro|Karolina Nowak]], I have the Scruffs Cover policy {{@policy:SC-#######}} for my dog Reksio. I want to claim for his knee operation ({{amount|£2,380}}), the vet has sent you the form already.

I am Polish and my bank account is still in Poland, can you pay the claim there?
IBAN: [[@iban:PL:group]]
If you need my ID for the payment, my PESEL is [[@pesel:female mid]] or ID card [[@plid]].

My address in UK is [[address|Flat 2, 9 Harehills Lane, Leeds LS8 4HS]].

Thank you,
[[sig|Karolina]]
[[@phone:GB:mnat]]""",
    # 08 reply from the insurance team
    """Dear [[sal|Ms Nowak]],

Thank you for your claim under policy {{@policy:SC-#######}}. We have received the vet's report from {{cbrand|Harper & Lowe Veterinary}} and the claim has been approved for {{amount|£2,130}} (the {{amount|£250}} excess is deducted).

Unfortunately we can only pay to a UK account. Please reply with your sort code and account number.

Kind regards,

[[sig|Siobhan Fairclough]]
{{job_title|Claims Handler}}, {{team_name|Scruffs Cover Claims}}
Scruffs & Suds Ltd is an appointed representative of {{brand|Thistle Pet Insurance}}.""",
    # 09 Facebook comment
    """[[oth|Jodie Metcalfe]] this is where I took Alfie!! they're fab, ask for [[oth|Priya]] 🙌""",
    # 10 SMS reminder, no PII
    """Scruffs & Suds: reminder of your appointment {{date|Thu 19 Nov}} at {{time|10:15}}. Reply C to cancel. Deposit {{amount|£10}} non-refundable.""",
    # 11 forwarded thread: a self-employed groomer's invoice
    """---------- Forwarded message ---------
From: [[oth|Lauren Birtwistle]] <[[email|lauren.b.grooming@gmail.com]]>
Date: {{date|Wed, 4 Nov 2026}} at {{time|20:11}}
Subject: October invoice

Hi [[sal|Rob]],

Invoice {{@invoice:LB-###}} attached for my Saturday shifts in October ({{quantity|4 days}}, {{amount|£520}}).
I'm self-employed so no VAT, but my UTR is [[@utr]] if your accountant needs it.
Pay into [[@iban:GB:compact]] please.

Thanks!
[[sig|Lauren]] x

---
[[sal|Bev]], can you put this through with the payroll run on Friday? [[sig|R]]""",
    # 12 chat on the website
    """Visitor: hello do you do cats as well??
Agent ([[oth|Mia]]): Hi! Sorry, dogs only at the moment 🐶
Visitor: oh ok no worries, I'm [[intro|Derek]] by the way, I'll tell my neighbour""",
    # 13 letter, on behalf of an elderly owner
    """[[address|27 Otley Old Road, Leeds LS16 6HB]]
{{date|8th November 2026}}

Dear [[sal|Mr Whitaker]],

I write on behalf of my father, [[oth|Mr Harold Greenwood]], who is 87 and no longer manages his own post. He has had pet insurance for his terrier with you since {{date|2019}}. The direct debit of {{amount|£23.90}} a month is still being taken although Pip died in {{date|September}}.

Please cancel policy {{@policy:SC-#######}} and refund the payments since {{date|1 October}} to his account, [[@iban:GB:group]]. I hold lasting power of attorney; his NHS number, which your form asks for, is [[@nhs:sp]].

Yours sincerely,

[[sig|Margaret Greenwood-Holt]]
on behalf of [[sig|Harold Greenwood]]""",
    # 14 new starter form from a German groomer, German ids
    """New starter form – {{date|16/11/2026}}
Name: [[oth|Annika Vogel]]
Role: {{job_title|Senior Groomer}}
Previous tax ID (Germany): [[@idnr:sp4]]
Bank (still German, will switch): [[@iban:DE:group]]
NHS number (if known): [[@nhs:plain]]
Emergency contact: [[oth|Jonas Vogel]], [[@phone:DE:mintl]]""",
    # 15 reply in a review thread
    """Response from the owner: Thanks so much [[sal|Tom]] and [[sal|Ellie]]! We'll pass the love on to [[oth|Priya]] 💛 – [[sig|Rob]], Scruffs & Suds""",
    # 16 two signers, couple
    """{{greeting_without_name|Hi both}},

We'd like to upgrade Luna's cover from {{product_code|ACCIDENT-2K}} to {{product_code|LIFETIME-7K}} from {{date|1 December}}. Please take the new premium from the same card as before ([[@card:plain]]). If that one declines, use [[@card:dash]].

Thanks,
[[sig|Sanjay]] & [[sig|Reena Mehta]]
[[@phone:GB:m00]]""",
    # 17 complaint reply with a case-history summary from the salon
    """Dear [[sal|Mrs Ashworth]],

I'm very sorry about what happened to Monty. I've looked into everything personally:

{{date|3 Oct}} – the nick was recorded in our incident book by [[oth|Kayleigh Dunn]], but you were not told properly – that was wrong
{{date|9 Oct}} – [[oth|Dean]] promised the refund but it wasn't passed on to accounts
{{date|11 Nov}} – refund of {{amount|£204.20}} ({{amount|£146.20}} vet + {{amount|£58}} groom) sent today to your card

[[oth|Kayleigh]] has been given extra training on ear trims.

With apologies,
[[sig|Rob Whitaker]]
{{job_title|Owner}}, Scruffs & Suds
Company reg. {{@num:########}} · VAT [[@gbvat:gb]] · Bank [[@iban:GB:group]]""",
    # 18 Instagram DM, typo-ish
    """hey!! is it [[oth|Becky]] who does the hand stripping? my border terrier needs doing b4 xmas, im [[intro|Chloe Rushworth]], 07 number is [[@phone:GB:mnat]]""",
    # 19 payment form line from a Ukrainian customer
    """Name on card: [[oth|Oleksandr Tkachenko]] · Card: [[@card:group]] · Note: my Ukrainian tax number [[@rnokpp:male mid]] for the receipt please, refunds to [[@iban:UA:compact]]""",
    # 20 e-mail from a dog-walking partner company (surname company), VAT
    """Hi [[sal|Robert]],

Just confirming our referral deal for {{date|2027}}: {{percent|10%}} off grooms for {{cbrand|Kettlewell's Dog Walking}} clients, and we'll hand out your insurance leaflets.

Our VAT number for your records is [[@gbvat:gb]] and the company UTR [[@utr:sp]]. Referral commission to [[@iban:GB:group]] as usual.

Speak soon,
[[sig|Alison Kettlewell]]
{{job_title|Founder}}
[[@phone:GB:mnat]]""",
]
# =========================================================================== de
# Fahrschule Grünlicht (Leipzig, two branches): a driving school, one month of its inbox

ITEMS["de"] = [
    # 01 WhatsApp from a student
    """Hey, hier ist [[intro|Leonie]] 🙈 ich schaff die Fahrstunde um {{time|16:30}} heute nicht, hab Fieber. Kann ich nächste Woche nachholen? Sorry!!""",
    # 02 long complaint with case history
    """Betreff: Beschwerde – doppelte Abbuchung und ausgefallene Prüfung

{{greeting_without_name|Sehr geehrte Damen und Herren}},

leider muss ich mich nun schriftlich an Sie wenden. Zur Übersicht:

{{date|07.10.}} – Anmeldung zur praktischen Prüfung, Gebühr {{amount|148,50 €}} per Lastschrift von meinem Konto [[@iban:DE:group]]
{{date|09.10.}} – dieselbe Gebühr wurde ein zweites Mal abgebucht
{{date|21.10.}} – Prüfungstermin um {{time|7:40}}, Fahrlehrer [[oth|Herr Kaminski]] erschien nicht, der Prüfer vom {{brand|TÜV}} ist nach {{quantity|20 Minuten}} wieder gefahren
{{date|22.10.}} – telefonisch bei [[oth|Frau Schubert]] im Büro gemeldet, Rückruf versprochen
{{date|05.11.}} – bis heute weder Rückruf noch Erstattung

Ich erwarte die Erstattung der doppelten Gebühr sowie der verfallenen Prüfungsgebühr, insgesamt {{amount|297,00 €}}, bis zum {{date|20.11.2026}}, gern auch zurück auf meine Kreditkarte [[@card:group]]. Meine Schülernummer lautet {{@num:GL-######}}.

Mit freundlichen Grüßen
[[sig|Jannik Voigt]]
[[address|Karl-Heine-Straße 88, 04229 Leipzig]]
Tel. [[@phone:DE:mdeslash]]""",
    # 03 Google review
    """⭐⭐⭐⭐⭐ Beim ersten Mal bestanden! Danke an [[oth|Marco]], der hat echt Nerven wie Drahtseile 😅 Theorie bei [[oth|Frau Dr. Albers]] war auch top. – [[sig|Emre]]""",
    # 04 B2B invoice dispute with the car leasing company
    """Von: [[email|buchhaltung@fahrschule-gruenlicht.de]]
An: Forderungsmanagement AutoLease Mitte GmbH
Betreff: Ihre Rechnung {{@invoice:RE-#######}} – Widerspruch

Sehr geehrter [[sal|Herr Dr. Brandt]],

gegen Ihre Rechnung vom {{date|30.10.2026}} legen wir in folgenden Punkten Widerspruch ein:

1. Schadensposition „Stoßfänger hinten“ {{amount|1.240,00 €}}: Der Schaden wurde bereits bei Übergabe protokolliert (Übergabeprotokoll vom {{date|02.03.2026}}, unterschrieben von Ihrem Mitarbeiter [[oth|Herrn Lindemann]]).
2. Mehrkilometer: abgerechnet {{quantity|6.800 km}}, laut Tacho-Foto nur {{quantity|4.150 km}}.

Den unstrittigen Betrag von {{amount|2.916,40 €}} überweisen wir fristgerecht – bitte bestätigen Sie die neue Bankverbindung [[@iban:DE:compact]] telefonisch, bevor wir zahlen.

Zur Korrektur der Rechnung unsere Daten:
Fahrschule Grünlicht GmbH
USt-IdNr. [[@ustid:de]]
IBAN [[@iban:DE:group]]

Ihre USt-IdNr. auf der Rechnung ([[@ustid:desp]]) ist korrekt.

Mit freundlichen Grüßen
i. A. [[sig|Sandra Pohl]]
{{job_title|Buchhaltung}}
Fahrschule Grünlicht GmbH
Telefon [[@phone:DE:fnat]]""",
    # 05 chat between two driving instructors
    """[{{time|6:58}}] [[oth|Marco]]: bin im Stau auf der B2, kannst du meinen {{time|7:15}}er übernehmen? [[oth|Tobias]], Automatik, Treffpunkt Filiale Süd
[{{time|7:01}}] [[oth|Kai]]: geht klar. ist das der mit der Angst vor der Autobahn?
[{{time|7:01}}] [[oth|Marco]]: genau der 😬 danke dir""",
    # 06 online registration form
    """Anmeldung Klasse B – Name: [[oth|Mia Sophie Hartung]], Alter 16 (BF17) | Erziehungsberechtigte: [[oth|Kerstin Hartung]] | Anschrift: [[address|Gohliser Str. 12, 04155 Leipzig]] | Mobil: [[@phone:DE:mintl]] | SEPA-Mandat: [[@iban:DE:group]] | Lernpaket bestellt: Best.-Nr. {{@order:LP-######}}""",
    # 07 long e-mail, Polish student, Polish ids
    """Guten Tag,

mein Name ist [[intro|Wojciech Zieliński]], ich arbeite seit einem Jahr in Leipzig und möchte bei Ihnen den Führerschein Klasse C1 machen. Meine Deutsch ist nicht perfekt, entschuldigung.

Mein Arbeitgeber ({{cbrand|Spedition Krause}}) bezahlt die Hälfte, die Rechnung bitte an die Firma, USt-IdNr. [[@ustid:de]]. Meine Hälfte bezahle ich von meinem polnischen Konto [[@iban:PL:group]].

In Polen habe ich schon Klasse B, Führerschein-Nr. {{@num:#####/##/####}}. Brauchen Sie auch meine PESEL? Sie ist [[@pesel:male mid]]. Deutsche Steuer-ID habe ich auch: [[@idnr:sp]].

Vielen Dank und schöne Grüße
[[sig|Wojtek Zieliński]]
[[@phone:DE:m00]]""",
    # 08 reply from the office
    """Hallo [[sal|Herr Voigt]],

Sie haben völlig recht, und dafür entschuldigen wir uns. Die doppelte Abbuchung ist ein Fehler unseres Zahlungsdienstleisters, die {{amount|148,50 €}} sind bereits zurückgebucht. Die verfallene Prüfungsgebühr übernehmen wir ebenfalls, und Ihr neuer Termin ist am {{date|26.11.}} um {{time|8:20}}, diesmal mit [[oth|Frau Nguyen]].

Beste Grüße aus der Filiale Plagwitz
[[sig|Melanie Schubert]]
{{job_title|Büroleitung}}
{{team_name|Team Grünlicht}}""",
    # 09 Instagram comment
    """@[[oth|Lena Fischer]] bei der Fahrschule war ich auch, frag nach [[oth|Kai]] 👌 viel günstiger als {{cbrand|Fahrschule Rößler}} am Markt""",
    # 10 SMS, no PII
    """Fahrschule Grünlicht: Ihre Theorieprüfung ist am {{date|Mi, 18.11.}} um {{time|10:00}} beim {{brand|TÜV SÜD}}, Prüfauftrag {{@num:##########}}. Bitte Ausweis mitbringen.""",
    # 11 forwarded thread, Austrian company, AT ids
    """---------- Weitergeleitete Nachricht ---------
Von: [[oth|Mag. Thomas Eder]] <[[email|t.eder@eder-transporte.at]]>
Datum: {{date|Di., 3. Nov. 2026}} um {{time|11:26}}
Betreff: Firmenschulung Berufskraftfahrer

Sehr geehrte [[sal|Frau Schubert]],

wir möchten {{quantity|sechs Fahrer}} zur Weiterbildung nach BKrFQG schicken. Rechnung bitte an:
{{cbrand|Eder Transporte}} GmbH, [[address|Industriestraße 7, 4600 Wels]]
UID [[@atu]]
Bankverbindung für Rückfragen: [[@iban:AT:group]]

Mit besten Grüßen
[[sig|Thomas Eder]]
{{job_title|Geschäftsführer}}

---
[[sal|Kai]], machst du ihm ein Angebot? Die Österreicher zahlen netto, Reverse Charge. LG [[sig|Mel]]""",
    # 12 chat on the website
    """Besucher: hi, wie viel kostet eine Doppelstunde?
Mitarbeiterin [[oth|Jana]]: Hallo! Eine Sonderfahrt (90 Min.) kostet {{amount|118 €}}.
Besucher: ok danke, bin übrigens [[intro|Finn]], komme morgen ins Büro zum Anmelden""",
    # 13 letter from a parent on behalf of her son
    """[[sig|Dr. med. Birgit Lorenz]]
[[address|Waldstraße 21
04105 Leipzig]]

Fahrschule Grünlicht GmbH
z. Hd. [[oth|Herrn Kaminski]]

Leipzig, den {{date|9. November 2026}}

Betreff: Kündigung des Ausbildungsvertrags meines Sohnes [[oth|Paul Lorenz]]

{{greeting_without_name|Sehr geehrte Damen und Herren}},

hiermit kündige ich im Namen meines minderjährigen Sohnes den Ausbildungsvertrag {{@contract:AV-#####}} zum {{date|30.11.2026}}. [[oth|Paul]] zieht mit seinem Vater nach {{city|Graz}}.

Bitte erstatten Sie das Guthaben von {{amount|420,00 €}} auf mein Konto [[@iban:DE:compact]].

Mit freundlichen Grüßen

[[sig|Birgit Lorenz]]""",
    # 14 internal note: new instructor's payroll data
    """Neuer Fahrlehrer ab {{date|01.12.}}: [[oth|Kai-Uwe Brandstätter]], Steuer-ID [[@idnr]], Gehaltskonto [[@iban:DE:group]]. Bitte an die Lohnbuchhaltung ({{cbrand|Steuerbüro Winkler}}) weiterleiten. – [[sig|S. Pohl]]""",
    # 15 review reply
    """Antwort des Inhabers: Herzlichen Glückwunsch, [[sal|Emre]]! [[oth|Marco]] freut sich riesig 🚗💨 Gute Fahrt! [[sig|Steffen Grün]], {{job_title|Inhaber}}""",
    # 16 e-mail, Czech student, Czech ids
    """{{greeting_without_name|Sehr geehrte Damen und Herren}},

ich bin [[intro|Tereza Nováková]] aus {{city|Ústí nad Labem}}, ich studiere in Leipzig und möchte bei Ihnen den Motorradführerschein machen. Die Anzahlung {{amount|500 €}} überweise ich von meinem tschechischen Konto [[@iban:CZ:group]], den Rest zahlen meine Eltern (Konto [[@iban:CZ:dom]]).

Für den Antrag bei der Führerscheinstelle brauchen Sie vielleicht meine tschechische Geburtsnummer: [[@rc:slash female young]].

Mit freundlichen Grüßen
[[sig|Tereza Nováková]]
[[email|tereza.novakova@seznam.cz]]""",
    # 17 card payment in a quoted reply, two signers
    """{{greeting_without_name|Hallo zusammen}},

die Zahlung hat jetzt funktioniert, danke! Die Karte war [[@card:group]], falls ihr das zuordnen müsst.

Liebe Grüße
[[sig|Jutta]] und [[sig|Rainer Hartung]]

Am {{date|10.11.2026}} um {{time|14:02}} schrieb [[email|info@fahrschule-gruenlicht.de]]:
> Hallo [[sal|Frau Hartung]],
> leider ist die Kartenzahlung für Rechnung {{@invoice:RE-#######}} fehlgeschlagen.
> Viele Grüße
> [[sig|Jana Petrović]]
> Fahrschule Grünlicht · [[@phone:DE:fintl]]""",
    # 18 SMS from a parent
    """Hallo [[sal|Marco]], [[oth|Mia]] hat heut Schule bis 15 Uhr, kann sie um {{time|15:30}} statt {{time|14:00}}? LG [[sig|Kerstin H.]]""",
    # 19 one-line web form with a slovak card holder
    """Zahlung: Karteninhaber [[oth|Michal Horváth]], Karte [[@card:dots]], Rechnungsadresse [[address|Mlynská 4, 040 01 Košice]], Firma IČO [[@ico]], DIČ für die Rechnung [[@icdph:dic]]""",
    # 20 e-mail from a tax adviser about the school's figures
    """Moin [[sal|Steffen]],

für die Umsatzsteuervoranmeldung {{date|Oktober}} fehlen mir noch zwei Belege: die Tankkarte ({{amount|612,87 €}}) und die Rechnung von {{cbrand|Autohaus Reinhardt}} (USt-IdNr. [[@ustid:de]]) für die Winterreifen. Außerdem hat das Finanzamt deine persönliche Steuer-ID angefragt, ich habe [[@idnr:sp4]] in der Akte – stimmt die noch?

Die USt-IdNr. der GmbH ([[@ustid:de]]) ist unverändert.

Viele Grüße
[[sig|Holger Winkler]]
{{job_title|Steuerberater}}
{{cbrand|Steuerbüro Winkler}} · [[@phone:DE:fde0]]""",
]

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
            rows.append(fill(f"b19-{lang}-{i:02d}", lang, template))
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "two items share a text"
    for lang in LANGS:
        t = tally([r for r in rows if r["lang"] == lang])
        for key, need in MINIMA.items():
            assert t[key] >= need, (lang, key, t[key], need)
    no_pii = sum(not r["pii"] for r in rows)
    assert 4 <= no_pii <= 14, no_pii
    t = tally(rows)
    total = sum(len(r["pii"]) for r in rows)
    assert 0.25 <= t["name"] / total <= 0.60, t["name"] / total
    assert 0.25 <= t["checksum_id"] / total <= 0.60, t["checksum_id"] / total
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
