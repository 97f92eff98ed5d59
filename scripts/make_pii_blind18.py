#!/usr/bin/env python3
# ruff: noqa: E501
"""Write data/eval/pii/blind18.jsonl: a hand-written PII test split of a week at a CX desk (blind, never tuned on).

140 customer texts (20 each in pl, cs, sk, ru, uk, en, de) by a separate author,
each its own hand-written template, each language a different company:
pl a coworking and serviced-office operator, cs a veterinary clinic chain, sk a
car rental company, ru a maker of fitted kitchens and furniture to order, uk a
private kindergarten and language school, en a self-storage company, de a solar
panel and heat pump installer. Formats: long e-mail threads with quoted replies
and signature blocks of many shapes, chats with bots and agents, web forms,
reviews, social-media comments and messenger messages, complaint letters, B2B
orders and invoices, SMS replies and voicemail transcripts.

Names (customers, family, colleagues, technicians, doctors, chat handles),
checksum identifiers of the language's country and of neighbouring ones,
phones, e-mails and addresses stand next to near-misses that must survive
redaction: order/invoice/ticket numbers, contract/customer/chip/policy numbers
that fail every id check, dates, times, amounts, quantities, product codes,
brands (companies named after a surname marked ``{{cbrand|...}}``), bots, team
signatures, job titles, cities, locations named after streets and greetings
without a name. One item per language carries no PII.

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Pani Magdaleno]] name, context salutation   (also sig / intro / oth);
                           a title right before the name and degrees after it
                           belong in the span, greeting and closing words do not
    [[email|a@b.pl]]       literal PII of a kind (email, phone, address, url_token...)
    [[@pesel]]             PII value drawn by a generator (kind from GEN)
    {{city|Kraków}}        literal keep span with its `what`
    {{cbrand|Zawadzcy Architekci}} a company named after a surname: keep, what `brand`
    {{@order:RZ-#####}}    keep value drawn by a generator (what from KEEP_GEN)

Every identifier gets computed check digits and is validated with python-stdnum
(SNILS and the Polish ID card with the published algorithms, Czech and Slovak
domestic account numbers with the bank-account check), and every written PII
span of a checksum kind is checked once more by its kind, independently of its
generator (id_valid); every phone number passes phonenumbers.is_valid_number.
Numbered near-misses and product codes fail every identifier check used here
and are not valid phone numbers of the text's region (they are redrawn until
they are). Each language must reach the minima in MINIMA (checked on every
run, --check included). The seed of every item is fixed ("b18:" + its id).

    .venv/bin/python scripts/make_pii_blind18.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_blind18.py --check   # file on disk == output
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
OUT = ROOT / "data" / "eval" / "pii" / "blind18.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
SEED = "b18:"

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
# a coworking and serviced-office operator (Biurowo: Hoża, Mokotowska, Długa, Św. Marcin)

ITEMS["pl"] = [
    # 01 e-mail thread, invoice correction, full signature block
    """Temat: Re: Korekta faktury {{@invoice:FV/####/04/2025}}

Dzień dobry [[sal|Pani Magdaleno]],

dziękuję za szybką odpowiedź, ale niestety na korekcie dalej jest stary NIP. Od lutego działamy jako spółka, a nie jako moja jednoosobowa działalność.

Prawidłowe dane do faktury:
Pixelbrew sp. z o.o.
[[address|ul. Ogrodowa 58, 00-876 Warszawa]]
NIP [[@nip:dash]]
REGON [[@regon]]

Starego numeru ([[@nip]]) proszę już nigdzie nie używać. Płatność za kwiecień poszła z konta [[@iban:PL:nrb]], kwota {{amount|2 952,00 zł}}, więc prosiłbym też o przeksięgowanie jej na właściwego kontrahenta.

> W dniu {{date|14.04.2025}} o {{time|09:12}} [[oth|Magdalena Szczepańska]] <[[email|m.szczepanska@biurowo.pl]]> napisała:
> Dzień dobry,
> korekta jest już w panelu klienta, zakładka Dokumenty.
> Pozdrawiam
> {{team_name|Recepcja Biurowo Hoża}}

Pozdrawiam serdecznie
[[sig|Bartosz Wróblewski]]
{{job_title|CEO}} | Pixelbrew
tel. [[@phone:PL:mg3]]
[[email|bartosz@pixelbrew.pl]]""",
    # 02 SMS
    """ok dzieki, bede jutro ok {{time|8:30}}, karta zostawiona u ochrony? [[sig|kuba]]""",
    # 03 Google review
    """[[oth|Michał K.]]  ★★☆☆☆  {{date|2 tygodnie temu}}
Lokalizacja świetna, ale w {{street_as_brand|Biurowo Długa}} klimatyzacja na 3 piętrze to jakiś żart. W lipcu {{quantity|31 stopni}} w open space, zgłaszałem to dwa razy przez aplikację ({{@ticket:#####}} i drugie zgłoszenie bez numeru bo appka się wysypała). Na plus [[oth|pani Ola]] z recepcji, która przyniosła nam wiatrak ze swojego pokoju :) Kawa z ekspresu ok, ale za {{amount|790 zł}} miesięcznie za hot desk oczekuję, że da się pracować po 14.""",
    # 04 web form
    """Formularz: Zapytanie o biuro prywatne
Imię i nazwisko: [[oth|Renata Czarnecka-Bąk]]
Firma: Lumo Studio s.c.
NIP: [[@nip]]
Telefon: [[@phone:PL:mintl]]
E-mail: [[email|renata@lumostudio.pl]]
Lokalizacja: {{street_as_brand|Mokotowska}}
Liczba stanowisk: {{quantity|6}}
Od kiedy: {{date|od czerwca}}
Wiadomość: Dzień dobry, nazywam się [[intro|Renata Czarnecka-Bąk]] i prowadzę z mężem małe studio projektowe. Szukamy zamykanego biura na 6 osób, najlepiej z oknem od podwórza, bo od ulicy podobno głośno. Czy jest możliwość obejrzenia w przyszłym tygodniu? Mąż ([[oth|Adam]]) może przyjechać sam, ja będę na urlopie.""",
    # 05 chat with a bot and an agent
    """[{{time|10:41}}] {{brand|Biurek}} (asystent): Cześć! W czym mogę pomóc?
[{{time|10:41}}] Gość: przepustka do budynku
[{{time|10:41}}] Biurek (asystent): Łączę z konsultantem, chwileczkę…
[{{time|10:43}}] [[oth|Karolina]] dołączyła do rozmowy
[{{time|10:43}}] [[oth|Karolina]]: Dzień dobry, tu [[intro|Karolina]] z Biurowo. Chodzi o stałą przepustkę do Hożej?
[{{time|10:44}}] Gość: tak, ochrona chce nr dowodu, podaję: [[@plid]]. I jeszcze pytanie czy mogę opłacić od razu kartą, [[@card:group]] ważna do 09/27
[{{time|10:45}}] [[oth|Karolina]]: Dziękuję, dowód przekazałam ochronie. Numeru karty proszę nie wysyłać na czacie — wysłałam link do płatności na e-mail. Przepustka będzie gotowa jutro od {{time|8:00}}.
[{{time|10:45}}] Gość: super, dzięki""",
    # 06 B2B order with a list of people
    """Dzień dobry,

w imieniu firmy Tervio S.A. (NIP [[@nip:sp]], REGON [[@regon:14]]) zamawiam {{quantity|10 karnetów}} Flex na {{date|maj 2025}} dla zespołu, który na czas remontu naszego biura przenosi się do Państwa na Mokotowską.

Karty dostępu proszę wystawić na:
1. [[oth|Anna Pietrzak]]
2. [[oth|Tomasz Gil]]
3. [[oth|Łukasz Domański]]
4. [[oth|Weronika Jabłońska]]
(pozostałe 6 osób doślę do końca tygodnia)

Nasz numer zamówienia: {{@order:PO-######}}. Faktura przelewowa, 14 dni, proszę o wpisanie numeru PO na fakturze, inaczej księgowość jej nie przepuści.

Z poważaniem
[[sig|Ewelina Krawczyk-Duda]]
{{job_title|Office Manager}}
Tervio S.A.""",
    # 07 complaint letter about the deposit
    """Szanowni Państwo,

umowa najmu biura nr {{@contract:UM/WAW/####/2023}} wygasła {{date|31 marca 2025 r.}}, biuro zostało oddane bez uwag (protokół podpisany przez kierownika lokalizacji). Do dzisiaj nie otrzymałam zwrotu kaucji w wysokości {{amount|4 200 zł}}, mimo że umowa przewiduje 14 dni.

Proszę o zwrot na rachunek:
[[@iban:PL:group]]
Posiadacz: [[oth|Joanna Lis-Borkowska]], PESEL [[@pesel:female]]

Jeżeli kwota nie wpłynie do {{date|15 maja}}, sprawę przekażę do {{cbrand|Kancelarii Nowicki i Wspólnicy}}, z którą współpracuję.

Z poważaniem
[[sig|Joanna Lis-Borkowska]]
[[address|ul. Kwiatowa 7/12
02-521 Warszawa]]""",
    # 08 Messenger, no diacritics
    """hej, tu [[intro|Ola]] z Brandboxa :) macie moze jeszcze wolna sale konferencyjna na piatek {{time|13-16}}? bedzie nas {{quantity|12 osob}}, potrzebujemy rzutnika i flipcharta. jakby co to moj nr [[@phone:PL:mcompact]]""",
    # 09 voicemail transcript
    """Transkrypcja poczty głosowej, {{date|22.04}} {{time|17:58}}, długość {{quantity|0:48}}
„Dzień dobry, z tej strony [[intro|Krzysztof Malinowski]], firma {{cbrand|Malinowski Instalacje}}, wynajmujemy u państwa biuro na Świętym Marcinie. Dzwonię w sprawie faktury {{@invoice:FV/####/2025}}, bo jest tam doliczone parkowanie, a my nie mamy miejsca parkingowego od marca. Proszę o telefon, mój numer [[@phone:PL:mg3]], powtarzam [[@phone:PL:mg3]], eee nie, przepraszam, końcówka inna, najlepiej na ten pierwszy. Dziękuję, do usłyszenia.”""",
    # 10 internal forward with a Czech client
    """[[sal|Marek]], rzucisz okiem na tę wpłatę? Klient twierdzi że zapłacił, w systemie nic nie widzę.
[[sig|A.]]

---------- Wiadomość przekazana ----------
Od: [[oth|Jiří Kadlec]] <[[email|kadlec@brnowebs.cz]]>
Data: {{date|7 kwi 2025}}
Temat: platba - hot desk Hoża

Dobrý den / Dzień dobry,
płatność za {{date|marzec}} wysłałem z konta czeskiego [[@iban:CZ:group]] ({{amount|189 EUR}}). Dane firmy na fakturę:
BrnoWebs s.r.o., IČO [[@ico]], DIČ [[@ico:czsame]]
Przepraszam za mój polski :)
[[sig|Jiří Kadlec]]""",
    # 11 no PII
    """Dzień dobry,
czy w długi weekend ({{date|1–4 maja}}) budynek przy {{street_as_brand|Biurowo Św. Marcin}} jest otwarty dla abonamentów 24/7? Mamy umowę {{@contract:UM/POZ/###/2024}} i część ekipy chce popracować w spokoju.
Z góry dzięki,
{{team_name|ekipa z piątego piętra}}""",
    # 12 German client, Polish text, Dr. title
    """Szanowna [[sal|Pani Moniko]],

w załączeniu przesyłam dane naszej spółki do umowy na biuro w Gdańsku:

Nordwerk Logistik GmbH
USt-IdNr.: [[@ustid:de]]
Oddział w Polsce: NIP [[@nip:pl]]
Konto do zwrotów: [[@iban:DE:group]]

Umowę podpisze nasz prokurent, [[oth|Herr Stefan Albrecht]], przyjedzie do {{city|Gdańska}} {{date|12 czerwca}}.

Mit freundlichen Grüßen / Z poważaniem
[[sig|Dr. Henrik Vogt]]
{{job_title|Geschäftsführer}}""",
    # 13 thread about noise, two signers
    """> [[oth|Zbigniew Rutkowski]] napisał(a):
> Przepraszamy za hałas, prace w sąsiednim lokalu mają się skończyć w piątek.

> > Dzień dobry, od poniedziałku od 8 rano wiercą za ścianą naszego biura nr 214. Nie da się prowadzić rozmów z klientami.

Dzień dobry [[sal|Panie Zbigniewie]],
jest środa następnego tygodnia i dalej wiercą. Prosimy o obniżenie czynszu za {{date|kwiecień}} o {{percent|30%}}, inaczej rozważymy przeniesienie się do innej lokalizacji. Dane do korekty bez zmian (NIP [[@nip]]).

[[sig|Anna Zawadzka]], [[sig|Piotr Zawadzki]]
{{cbrand|Zawadzcy Architekci}}""",
    # 14 lower-case e-mail, signature after "--"
    """hej, prosze o przedluzenie wirtualnego biura o kolejny rok, ta sama stawka co w tym roku ({{amount|99 zl/mies}}). faktura na to samo co zawsze.

--
[[sig|t. nowicka]]
[[@phone:PL:mg232]]""",
    # 15 chat with a handle
    """[[oth|ewa_kaczmarek]]: dzień dobry, płatność cykliczna znowu odrzucona 😩
[[oth|Paweł]] ({{team_name|Zespół Płatności}}): Dzień dobry, sprawdzę. Może Pani podać numer rezerwacji?
[[oth|ewa_kaczmarek]]: {{@order:RZ-#####}}
[[oth|Paweł]] (Zespół Płatności): Widzę, bank odrzucił obciążenie karty kończącej się na 4412.
[[oth|ewa_kaczmarek]]: bo zmieniłam kartę, nowa to [[@card:dash]]
[[oth|Paweł]] (Zespół Płatności): Dziękuję, ale proszę wpisać ją w panelu, ze względów bezpieczeństwa nie przyjmujemy numerów kart na czacie. Link: {{url|https://biurowo.pl/panel/platnosci}}""",
    # 16 NPS survey answer
    """Ocena: {{quantity|9/10}}
Co moglibyśmy poprawić? — Wi-fi na 4 piętrze gubi zasięg, zwłaszcza przy oknach. Poza tym wszystko super, [[oth|pan Darek]] z recepcji zawsze pomoże, nawet z paczkami które kurier zostawia pod złym numerem. I dzięki za {{percent|10%}} rabatu na salę!""",
    # 17 virtual office registration
    """Dzień dobry [[sal|Pani Kasiu]],

tak jak rozmawiałyśmy przez telefon, przesyłam dane do umowy na adres do rejestracji firmy (wirtualne biuro, pakiet Standard):

[[oth|Natalia Górska]]
PESEL: [[@pesel:sp]]
dowód osobisty: [[@plid:sp]]
adres zamieszkania: [[address|ul. Sienkiewicza 21 m. 4, 90-113 Łódź]]
e-mail do skanów: [[email|natalia.gorska.biuro@gmail.com]]

Firma jeszcze nie ma NIP-u, dośle jak tylko CEIDG przyjmie wniosek. Płacę od razu za {{quantity|12 miesięcy}}, rozumiem że wtedy jest {{percent|15%}} taniej?

Pozdrawiam, [[sig|Natalia Górska]]""",
    # 18 formal termination, two signers with roles
    """WYPOWIEDZENIE UMOWY

{{city|Warszawa}}, {{date|28.04.2025}}

Datacrest sp. z o.o.
NIP: [[@nip:dash2]]   REGON: [[@regon:14]]
KRS: {{@num:0000######}}

Biurowo sp. z o.o.
Dział Umów

Niniejszym wypowiadamy umowę o świadczenie usług biurowych nr {{@contract:BW/####/22}} z zachowaniem trzymiesięcznego okresu wypowiedzenia. Kaucję prosimy zwrócić na rachunek [[@iban:PL:nrbc]].

[[sig|Wojciech Baran]]                       [[sig|Iwona Sikora]]
{{job_title|Prezes Zarządu}}                     {{job_title|Członek Zarządu}}""",
    # 19 SMS, surname only
    """Dzien dobry, kod do drzwi na {{street_as_brand|Hozej}} nie dziala, stoje przed wejsciem z klientem. Prosze o pilny kontakt [[@phone:PL:mnat]]. [[sig|Sikorski]]""",
    # 20 Ukrainian member, Polish text
    """Dzień dobry,

nazywam się [[intro|Oksana Melnyk]], od stycznia wynajmuję biurko w Biurowo Długa. Potrzebuję faktury z moimi danymi, bo rozliczam się jeszcze częściowo w Ukrainie:

PESEL: [[@pesel:female]] (mam status UKR)
ukraiński numer podatkowy (RNOKPP): [[@rnokpp:female]]
konto w Monobanku: [[@iban:UA:compact]]

Czy mogę płacić w hrywnach? Jeśli nie, to zostaje przelew z polskiego konta jak dotychczas.

Dziękuję i pozdrawiam
[[sig|Oksana Melnyk]]
[[@phone:PL:mintlg3]]""",
]


# =========================================================================== cs
# a veterinary clinic chain (Tlapka: Praha-Vinohrady, Brno-Židenice, Olomouc, Ostrava)

ITEMS["cs"] = [
    # 01 e-mail thread about a bill, quoted reply
    """Předmět: Re: Re: Vyúčtování – kastrace Bady

{{greeting_without_name|Dobrý den, paní doktorko}},

děkuju za vysvětlení, ale pořád mi nesedí ta částka. Při předání Bady mi na recepci řekli, že kastrace vyjde na {{amount|4 800 Kč}} včetně léků, a na faktuře {{@invoice:FA########}} je {{amount|7 350 Kč}}. Chápu, že se musel dělat ultrazvuk navíc, ale to mi měl někdo říct předem, ne až u pokladny.

Navrhuju, že ultrazvuk ({{amount|1 450 Kč}}) zaplatím, ale zbytek rozdílu mi prosím vraťte na účet [[@iban:CZ:dom]].

> Dne {{date|3. 3. 2025}} v {{time|14:20}} [[oth|MVDr. Petra Holubová]] <[[email|holubova@tlapka-vet.cz]]> napsal(a):
> Dobrý den, [[sal|paní Marková]],
> po otevření dutiny břišní jsme zjistili zadržené varle v tříslech, proto se výkon prodloužil a bylo nutné doplnit vyšetření.
> S pozdravem
> [[sig|MVDr. Petra Holubová]]
> Veterinární klinika Tlapka, pobočka Vinohrady

S pozdravem
[[sig|Jana Marková]]
tel. [[@phone:CZ:mg3]]""",
    # 02 SMS
    """Dobry den, muzu Micinku objednat na ockovani v patek kolem {{time|16h}}? Diky [[sig|Hanka]]""",
    # 03 review
    """★★★★★ [[oth|Lucie D.]] · před {{date|3 týdny}}
Chodíme s oběma psy na Židenice už pátý rok. [[oth|MVDr. Kratochvíl]] je poklad, trpělivý i s naším bojácným křížencem, a vždycky vysvětlí, co a proč dělá. Jediné mínus je parkování – před klinikou jsou {{quantity|dvě místa}} a v sobotu tam stojí půl Brna.""",
    # 04 web form, self intro
    """Online objednávka – pobočka Olomouc
Jméno: [[oth|Radek Vávra]]
Telefon: [[@phone:CZ:mnat]]
E-mail: [[email|radek.vavra@seznam.cz]]
Zvíře: pes, border kolie, {{quantity|7 let}}
Číslo čipu: {{@num:203098100######}}
Důvod návštěvy: kulhá na zadní levou
Poznámka: Dobrý den, jsem [[intro|Radek Vávra]], u vás jsme zatím nebyli, přecházíme od {{cbrand|MVDr. Šindelář veterina}} z Prostějova, protože pan doktor končí s praxí. Zprávy od něj vám můžu přinést v papírové podobě.""",
    # 05 chat: bot, agent, birth number, card
    """{{brand|Tlapík}} 🐾: Ahoj! Jsem virtuální asistent kliniky Tlapka. S čím ti můžu pomoct?
Zákazník: potrebuju potvrzeni pro pojistovnu
Tlapík 🐾: Rozumím. Přepojuji na kolegyni z recepce.
— Do chatu se připojila [[oth|Veronika]] (recepce Brno) —
[[oth|Veronika]]: Dobrý den, o jaké zvíře jde a kdy jste byli na návštěvě?
Zákazník: kocour Šiška, {{date|12.2.}}, pojistku mam u PetJistoty a ti chteji na potvrzeni moje rodne cislo [[@rc:slash-female]]
[[oth|Veronika]]: Děkuji, potvrzení připravím do zítřka a pošlu na e-mail z karty pacienta.
Zákazník: jeste jedna vec, minule jsem platila kartou [[@card:plain]] a na vypisu to mam strzeny dvakrat
[[oth|Veronika]]: To prověřím s účetní. Číslo karty sem prosím příště nepište, stačí poslední čtyři číslice.""",
    # 06 kennel, B2B, signature with role
    """Dobrý den,

chovatelská stanice {{cbrand|Bohemia Horák}} objednává hromadné očkování a čipování vrhu ({{quantity|6 štěňat}}, zlatý retrívr, narozena {{date|18. 1.}}). Termín ideálně {{date|8. nebo 9. března}} na pobočce Olomouc.

Fakturační údaje:
{{cbrand|Horák Chov s.r.o.}}
[[address|Nádražní 412, 783 91 Uničov]]
IČO: [[@ico]]
DIČ: [[@ico:czsame]]
Číslo účtu: [[@iban:CZ:dom]]

Prosím o zaslání cenové nabídky předem, loni jsme měli množstevní slevu {{percent|10 %}}.

S pozdravem
[[sig|Ing. Pavel Horák]]
{{job_title|chovatel a jednatel}}
[[@phone:CZ:mintl]]""",
    # 07 insurance claim form pasted into an e-mail
    """Dobrý den,
pojišťovna po mně chce vyplněný formulář i s vaším razítkem. Údaje jsem vyplnila, posílám přepis, ať to máte připravené:

POJISTNÁ UDÁLOST – HLÁŠENÍ
Pojistník: [[oth|Kristýna Benešová]]
Rodné číslo: [[@rc:plain-female]]
Číslo pojistné smlouvy: {{@policy:PS########}}
Zvíře: kočka, Mia, čip {{@num:203094000######}}
Datum události: {{date|27. 1. 2025}}
Popis: polknutí cizího tělesa (gumička), endoskopické vyjmutí
Ošetřující lékař: [[oth|MVDr. Tomáš Kratochvíl]]
Plnění zaslat na účet: [[@iban:CZ:group]]

Díky moc,
[[sig|K. Benešová]]""",
    # 08 messenger, no diacritics
    """ahoj, tady [[intro|Tereza]] 😊 vcera jsem u vas nechala Rozinku na odcerveni a zapomnela jsem si vzit vodítko, je na recepci? kdyztak mi napiste na [[@phone:CZ:mg3]], zastavim se v ctvrtek""",
    # 09 voicemail
    """Hlasová zpráva – {{date|úterý}} {{time|19:42}} – pobočka Vinohrady
„Dobrý večer, tady [[intro|Novotná]], volám kvůli Arnoštovi, to je ten starý jezevčík, byl u vás dneska na tom čištění zubů. Nechce žrát a pořád se třese, tak nevím, jestli je to normální po narkóze. Zavolejte mi prosím zítra ráno na [[@phone:CZ:mg3]], nebo na manžela, to je [[@phone:CZ:mg3]], on je doma celý den. Děkuju, na shledanou.“""",
    # 10 formal complaint letter
    """Vážení,

dne {{date|14. února 2025}} jsem na pobočce Ostrava uhradil za ošetření kocoura částku {{amount|3 980 Kč}} převodem z účtu [[@iban:CZ:compact]]. O týden později mi byla doručena upomínka na tutéž částku (variabilní symbol {{@invoice:2025######}}).

Žádám o prověření platby a o písemné potvrzení, že žádný dluh nemám. Pokud bude upomínka předána inkasní agentuře, budu se bránit. Pro identifikaci uvádím své r. č. [[@rc:plain-male]].

[[sig|Jaroslav Kučera]]
[[address|Hlavní třída 1187/28
708 00 Ostrava-Poruba]]""",
    # 11 no PII
    """Dobrý den, máte o Velikonocích ({{date|18.–21. 4.}}) otevřenou pohotovost v Brně? Naše fena je těsně před porodem a nerada bych to řešila až na místě. Děkuju za odpověď, {{greeting_without_name|hezký den}}.""",
    # 12 Slovak owner writing to a Czech branch
    """Dobrý deň,

sme zo Skalice a chodíme k vám do Brna, lebo u nás nie je žiadna veterina s CT. Poisťovňa (slovenská) potrebuje faktúru na moje meno aj s rodným číslom, tak ho píšem sem: [[@rcsk:slash-male]].

Preplatok za lieky prosím vráťte na môj slovenský účet [[@iban:SK:group]], česká koruna mi nevadí, banka si to prepočíta.

Ďakujem pekne,
[[sig|Marián Baláž]]
(majiteľ psa Brutus, pacient č. {{@num:P-#####}})""",
    # 13 Polish breeder at the Ostrava branch
    """Dobrý den [[sal|pane doktore Zedníku]],

posílám údaje pro fakturu za RTG dysplazie obou fen. Jsme polská chovatelská stanice z Cieszyna, takže faktura prosím na polskou firmu:

Hodowla Złoty Kłos [[oth|Beata Wiśniewska]]
[[address|ul. Górna 14, 43-400 Cieszyn]], Polsko
NIP: [[@nip:pl]], REGON [[@regon]]
účet: [[@iban:PL:group]]

Omlouvám se za češtinu, kolegyně mi pomáhá s překladem.
Pozdrawiam / S pozdravem
[[sig|Beata Wiśniewska]]""",
    # 14 lower case, signature after "--"
    """dobry den [[sal|pani Ivano]], posilam platbu za ty granule na ledviny ({{quantity|2 pytle}}, {{@product:RN-###-@@}}), poslala jsem to z manzelova uctu [[@iban:CZ:dom]] at se nedivite

--
[[sig|petra h.]]""",
    # 15 Instagram DM with a handle
    """[[oth|barbora.kralova_]]: dobrý den, viděla jsem u vás na profilu akci na dentální hygienu, platí ještě?
Tlapka Vet: Dobrý den, ano, do {{date|konce dubna}} je hygiena o {{percent|20 %}} levnější. Stačí se objednat přes web nebo na recepci.
[[oth|barbora.kralova_]]: super, a berete i králíky? mám zakrslého beránka
Tlapka Vet: Králíky ošetřuje [[oth|MVDr. Šárka Vondrová]], ordinuje na Vinohradech v úterý a ve čtvrtek.
[[oth|barbora.kralova_]]: děkuju 🙏""",
    # 16 microchip registration
    """REGISTRACE ČIPU – předávací list

Majitel: [[oth|Zdeněk Procházka]]
Rodné číslo: [[@rc:sp-male]]
Adresa: [[address|Lipová 9, 772 00 Olomouc]]
Telefon: [[@phone:CZ:mintlg3]]
Zvíře: pes, kříženec, fena, {{quantity|4 měsíce}}
Číslo čipu: {{@num:203098100######}}
Čipoval: [[oth|MVDr. Vondrová]], {{date|10. 3. 2025}}

Souhlasím se zápisem do registru.
Podpis: [[sig|Z. Procházka]]""",
    # 17 B2B, security agency with dogs, two signers
    """Vážená [[sal|paní Šimková]],

na základě našeho jednání potvrzujeme zájem o rámcovou smlouvu na preventivní péči o služební psy (aktuálně {{quantity|14 psů}}, pobočky Praha a Brno).

Identifikace odběratele:
{{cbrand|Kubíček Security}} s.r.o.
IČ [[@ico:sp]], DIČ [[@ico:czsame]]
bankovní spojení: [[@iban:CZ:group]]

Rádi bychom fakturaci měsíčně se splatností 30 dní.

S úctou

[[sig|Mgr. Roman Kubíček]]                [[sig|Lenka Šafránková]]
{{job_title|ředitel společnosti}}             {{job_title|vedoucí psovodů}}""",
    # 18 call transcript, card
    """[Záznam hovoru, {{date|4. 4.}}, linka objednávek]
Operátorka ([[oth|Simona]]): Klinika Tlapka, [[intro|Simona]], dobrý den.
Volající: Dobrý den, tady [[intro|Petr Růžička]], chtěl bych zaplatit tu zálohu na operaci předem, jak jste mi říkali.
Operátorka: Ano, {{amount|2 000 Kč}}. Pošlu vám platební odkaz esemeskou.
Volající: Tak to radši hned, číslo karty je [[@card:group]], platnost 11/26.
Operátorka: [[sal|Pane Růžičko]], po telefonu kartu přijmout nemůžeme, pošlu vám odkaz. Máte pořád číslo končící 412?
Volající: Ne, nové je [[@phone:CZ:mg3]].""",
    # 19 Czech customer living in Germany
    """Dobrý den,

jsem vaše klientka z Vinohrad, ale teď bydlím v {{city|Drážďanech}}, takže jezdíme jen na kontroly. Poslední fakturu ({{@invoice:FA########}}) jsem zaplatila z německého účtu [[@iban:DE:compact]], ale vidím, že mi banka strhla poplatek a vám přišlo o {{amount|180 Kč}} méně. Doplatím to kartou při příští návštěvě, nebo mi klidně pošlete odkaz. Případné přeplatky radši na můj starý český účet [[@iban:CZ:dom]], ten pořád mám.

Zdraví
[[sig|Alena Pokorná]]
[[@phone:DE:mintl]]""",
    # 20 sole trader, DIČ from the birth number, title and degree
    """Dobrý den,

na faktuře za ošetření psa máte špatně údaje, jsem OSVČ a fakturu si dávám do nákladů (pes hlídá provozovnu):

[[oth|Ing. Martin Šťastný, Ph.D.]]
IČO [[@ico]]
DIČ [[@dicrc]]
[[address|Kollárova 3, 602 00 Brno]]
účet: [[@iban:CZ:dom]]

Opravenou fakturu prosím na [[email|stastny.martin@email.cz]].

Děkuji
[[sig|Ing. Martin Šťastný, Ph.D.]]""",
]


# =========================================================================== sk
# a car rental company (Kolesá Rent: Bratislava-letisko, Košice, Poprad, Žilina)

ITEMS["sk"] = [
    # 01 long e-mail thread about damage, quoted reply, full signature
    """Predmet: RE: Škodová udalosť k rezervácii {{@order:KR-######}}

Dobrý deň [[sal|pani Hudecová]],

ďakujem za fotky, ale ten škrabanec na zadnom nárazníku tam bol už pri prevzatí. Mám to aj na videu, ktoré som robil na parkovisku P2 o {{time|7:55}}, keď som auto preberal – pošlem cez WeTransfer, do mailu sa nezmestí ({{quantity|480 MB}}).

Z kaucie ste mi stiahli {{amount|350 €}}, čo považujem za neoprávnené. Prosím o vrátenie na účet [[@iban:SK:group]]. Vodič v zmluve som bol ja (r. č. [[@rcsk:slash-male]]), nikto iný auto nešoféroval.

> Od: [[oth|Gabriela Hudecová]] <[[email|skody@kolesarent.sk]]>
> Odoslané: {{date|pondelok 10. marca 2025}} {{time|11:04}}
> Dobrý deň,
> pri kontrole vozidla po vrátení bolo zistené poškodenie laku zadného nárazníka (foto v prílohe). Podľa čl. 7 VOP Vám bola z kaucie zadržaná paušálna suma.
> S pozdravom
> {{team_name|Oddelenie škodových udalostí}}
> Kolesá Rent s.r.o.

S pozdravom
[[sig|Juraj Mikuš]]
[[@phone:SK:mintl]]""",
    # 02 SMS
    """Auto je na P2, kluce som hodil do schranky pri vstupe. Nadrzane do plna. [[sig|Tomas]]""",
    # 03 review
    """[[oth|Zuzka M.]] ⭐⭐⭐⭐
Auto čisté, nové, pobočka na letisku funguje aj o polnoci 👍 Jedna hviezdička dole za to, že nám pri preberaní nikto nepovedal o diaľničnej známke do Rakúska, a potom sme ju kupovali na pumpe za {{amount|12,40 €}}. Inak pán [[oth|Gabriel]] na odovzdávke super, ochotný a vtipný.""",
    # 04 web form with self intro
    """Rezervačný formulár – Košice
Meno a priezvisko: [[oth|Viktória Tóthová]]
Rodné číslo vodiča: [[@rcsk:plain-female]]
E-mail: [[email|viktoria.tothova@azet.sk]]
Telefón: [[@phone:SK:msk0slash]]
Kategória vozidla: C – kombi
Prevzatie: {{date|24. 5. 2025}} {{time|9:00}}, vrátenie {{date|31. 5. 2025}}
Poznámka: Dobrý deň, volám sa [[intro|Viktória Tóthová]], cestujeme s dvoma deťmi, potrebujeme {{quantity|2 autosedačky}} (3 a 6 rokov). Auto bude šoférovať aj manžel, [[oth|Róbert]], jeho údaje doplním pri preberaní.""",
    # 05 chat: bot, agent, card, IČ DPH
    """{{brand|Kolesko}} 🤖: Dobrý deň! Som Kolesko, pomôžem vám s rezerváciou alebo faktúrou.
Zákazník: faktura na firmu
Kolesko 🤖: Prepájam vás s operátorom.
[[oth|Lukáš]] (zákaznícka podpora): Dobrý deň, tu [[intro|Lukáš]]. Faktúru vám vystavím, potrebujem názov firmy a IČ DPH.
Zákazník: Stavmont s.r.o., ič dph [[@icdph:sksp]]
Zákazník: a kauciu ste mi zablokovali na karte [[@card:group]], kedy sa to uvolni?
[[oth|Lukáš]] (zákaznícka podpora): Kaucia sa uvoľní do {{quantity|7 pracovných dní}} od vrátenia auta. A prosím, číslo karty sem nepíšte, stačí posledné 4 číslice.""",
    # 06 B2B fleet order, signature with role
    """Dobrý deň,

na základe Vašej ponuky {{@order:PON-2025-###}} záväzne objednávame dlhodobý prenájom:
- {{quantity|3 ks}} dodávka do 3,5 t (skriňa), obdobie {{date|1. 6. – 30. 9. 2025}}
- cena {{amount|1 190 € bez DPH}} / mesiac / vozidlo

Fakturačné údaje:
{{cbrand|Gajdoš Logistika}} s.r.o.
[[address|Priemyselná 18, 010 01 Žilina]]
IČO: [[@ico]]
DIČ: [[@icdph:plain]]
IČ DPH: [[@icdph:sksame]]

Vozidlá prevezme náš dispečer [[oth|Milan Ondrejka]], tel. [[@phone:SK:msk0]].

S pozdravom
[[sig|Ing. Katarína Gajdošová]]
{{job_title|konateľka}}""",
    # 07 formal complaint about an admin fee
    """Vážení,

dňa {{date|2. apríla 2025}} mi bol z účtu stiahnutý „administratívny poplatok za spracovanie priestupku“ vo výške {{amount|35 €}}. O žiadnom priestupku neviem, žiadnu výzvu od polície som nedostal a v zmluve {{@contract:NZ/####/25}} sa takýto poplatok nespomína.

Žiadam o doloženie dokumentu, na základe ktorého bol poplatok účtovaný, prípadne o jeho vrátenie na účet [[@iban:SK:dom]]. Pre identifikáciu uvádzam rodné číslo [[@rcsk:sp-male]].

[[sig|Mgr. Ondrej Bartoš]]
[[address|Hurbanova 22, 058 01 Poprad]]""",
    # 08 WhatsApp, no diacritics
    """ahoj, som [[intro|Maros]], mam u vas auto od piatku na letisku. let mam meskanie cca {{quantity|2 hodiny}}, pristaneme asi o {{time|23:40}}, bude tam este niekto?? moje cislo [[@phone:SK:mcompact]]""",
    # 09 voicemail
    """Odkaz v hlasovej schránke, {{date|17. 3.}} {{time|8:12}}
„Dobrý deň, tu je [[intro|Ľubica Hrušková]], mám rezerváciu na zajtra v Poprade, číslo {{@order:KR-######}}. Chcela by som sa spýtať, či môžem auto vrátiť v Žiline namiesto Popradu, lebo sa nám zmenili plány. Zavolajte mi prosím na [[@phone:SK:msk0]]. Ďakujem.“""",
    # 10 Slovak customer, Czech company
    """Dobrý deň [[sal|pán Bielik]],

prosím o opravu faktúry {{@invoice:FV########}}. Firma, na ktorú som auto prenajímal, je česká, nie slovenská:

Brno Tech Services s.r.o.
IČO [[@ico]]
DIČ [[@ico:czsame]]
číslo účtu [[@iban:CZ:dom]]

Ďakujem, [[sig|Peter Šimko]]""",
    # 11 no PII
    """Dobrý deň, máte v Poprade autá so zimnými pneumatikami aj v apríli? Ideme {{date|na Veľkú noc}} do Tatier a nechceme riskovať. Ďakujem, {{greeting_without_name|pekný deň prajem}}.""",
    # 12 second driver from Poland
    """Dobrý deň,

k rezervácii {{@order:KR-######}} prosím pridať druhého vodiča, je to môj kamarát z Poľska:

[[oth|Paweł Zając]]
PESEL [[@pesel:male]]
vodičský preukaz platný do {{date|2031}}

Príplatok za druhého vodiča ({{amount|8 €/deň}}) zaplatí on zo svojho účtu [[@iban:PL:group]], ak to nevadí.

Ďakujem
[[sig|Adam Varga]]""",
    # 13 thread, two signers, couple with a camper
    """> [[oth|Dominika]] z Kolesá Rent napísala:
> Karavan bude pripravený {{date|v sobotu}} od {{time|10:00}}, nezabudnite si priniesť vlastné posteľné prádlo.

Dobrý deň [[sal|Dominika]],

super, ďakujeme. Ešte otázka – môžeme si požičať aj bicyklový nosič? Máme {{quantity|dva bicykle}}. Doplatok pošleme prevodom z účtu [[@iban:SK:compact]].

Veľa pozdravov,
[[sig|Jana]] a [[sig|Milan Kováčovci]]""",
    # 14 lower-case, signature after "--"
    """dobry den, tu faktura nesedi, mali sme 5 dni nie 6. prosim o dobropis.

--
[[sig|m. krajcova]]
[[@phone:SK:msk0]]""",
    # 15 Facebook comment with a handle
    """[[oth|Stano Ďurica]]: Vie mi niekto povedať či Kolesá Rent berie aj debetné karty na kauciu? Na webe o tom nič nie je.
Kolesá Rent: Dobrý deň, áno, debetné karty prijímame, kaucia sa ale na nich blokuje dlhšie. Napíšte nám do správy číslo rezervácie a overíme to.
[[oth|Stano Ďurica]]: ok dík
[[oth|lenka_betakova]]: my sme minule mali debetku a bolo to v pohode 👍""",
    # 16 rental contract data block
    """NÁJOMNÁ ZMLUVA č. {{@contract:NZ/####/25}} – údaje nájomcu

Nájomca: [[oth|Andrej Kollár]]
Rodné číslo: [[@rcsk:slash-male]]
Trvalý pobyt: [[address|Mierová 71, 821 05 Bratislava]]
Telefón: [[@phone:SK:mintlg3]]
E-mail: [[email|a.kollar@post.sk]]
Vozidlo: Škoda Octavia Combi, nájazd pri prevzatí {{quantity|48 312 km}}
Kaucia: {{amount|500 €}} (karta končiaca 7731)

Podpis nájomcu: [[sig|Kollár]]""",
    # 17 Austrian company, Slovak text, Mag. title
    """Dobrý deň [[sal|pán Vrabec]],

ako sme sa dohodli telefonicky, posielam údaje našej materskej firmy vo Viedni, na ktorú majú ísť faktúry za prenájom áut pre našich montérov:

Donauhaus Montage GmbH
UID: [[@atu]]
IBAN: [[@iban:AT:group]]

Faktúry prosím posielať na [[email|rechnung@donauhaus-montage.at]], kópiu mne.

S pozdravom / Mit freundlichen Grüßen
[[sig|Mag. Stefan Huber]]
{{job_title|Projektleiter}}, pobočka Bratislava""",
    # 18 sole trader, name on the closing line
    """Dobrý deň, [[sal|pani Kostková]],

faktúra za prenájom dodávky musí byť na moju živnosť, nie na súkromnú osobu, inak si ju neuplatním:

[[oth|Peter Slanina]] – {{cbrand|SLANINA stavebné práce}}
IČO: [[@ico:sp]]
DIČ: [[@icdph:plain]]
IČ DPH: [[@icdph:sksame]]

Vopred ďakujem. S pozdravom, [[sig|Ing. Peter Slanina]]""",
    # 19 SMS with a card
    """Doplatok za palivo {{amount|42 €}} mozete stiahnut z tejto karty: [[@card:plain]], na tu povodnu uz nemam peniaze. Dakujem""",
    # 20 couple from Komárno, two birth numbers
    """Dobrý deň,

posielam údaje k rezervácii na {{date|júl}} (Škoda Kodiaq, {{quantity|14 dní}}):

Hlavný vodič: [[oth|Attila Nagy]], r.č. [[@rcsk:plain-male]]
Druhý vodič: manželka [[oth|Erika Nagyová]], r.č. [[@rcsk:slash-female]]

Zálohu {{amount|300 €}} sme poslali včera z účtu [[@iban:SK:dom]], VS je číslo rezervácie.

Ďakujem, s pozdravom
[[sig|Attila Nagy]]
{{city|Komárno}}""",
]


# =========================================================================== ru
# a maker of fitted kitchens and furniture to order (Кедр: кухни, шкафы-купе, мебель по размерам)

ITEMS["ru"] = [
    # 01 long e-mail thread, quoted reply, signature block
    """Тема: Re: Заказ {{@order:К-#####}} — фасады не того цвета

Добрый день, [[sal|Сергей]]!

Вчера привезли фасады, и они не «графит матовый», как в договоре, а почти чёрный глянец. На фото в приложении видно, рядом с образцом, который нам давали в салоне. Монтажники [[oth|Рустам]] и [[oth|Олег]] сами сказали, что это не то, и ставить не стали.

Мы не готовы ждать ещё {{quantity|5 недель}}. Предлагаю так: либо вы переделываете фасады за {{quantity|10 рабочих дней}}, либо возвращаете предоплату {{amount|186 400 ₽}} на карту, с которой платили: [[@card:mirgroup]].

> {{date|18.03.2025}}, {{time|16:47}}, [[oth|Сергей Лапин]] <[[email|lapin@kedr-mebel.ru]]> пишет:
> Уважаемая [[sal|Ольга Викторовна]], фасады отгружены со склада, доставка в четверг с 10 до 14.
> С уважением, [[sig|Сергей Лапин]], {{job_title|менеджер проекта}}

--
С уважением,
[[sig|Ольга Викторовна Зуева]]
[[@phone:RU:mruintl]]
[[email|zueva.olga@mail.ru]]""",
    # 02 SMS
    """Замерщик может прийти в субботу после {{time|12}}? Домофон не работает, позвоните как подъедет. [[sig|Ирина]]""",
    # 03 review
    """[[oth|Дмитрий П.]] ★★★★☆ {{date|2 недели назад}}
Кухня в итоге отличная, но нервов потрачено много. Дизайнер [[oth|Марина Олеговна]] — профи, всё продумала до сантиметра, даже нишу под холодильник под наши кривые стены. Сборщик [[oth|Алексей]] тоже молодец. Минус звезда за сроки: обещали {{quantity|45 дней}}, вышло почти три месяца.""",
    # 04 web form, self intro
    """Заявка с сайта: бесплатный замер
ФИО: [[oth|Тимофеев Артём Игоревич]]
Телефон: [[@phone:RU:mru8]]
E-mail: [[email|art.timofeev@yandex.ru]]
Адрес замера: [[address|ул. Фрунзе, д. 40, кв. 112, Новосибирск]]
Что нужно: шкаф-купе в прихожую + гардеробная
Комментарий: Здравствуйте, меня зовут [[intro|Артём]], квартира после ремонта, стены ровные. Удобно в будни после {{time|19:00}} или в выходные. Если можно, пусть приедет тот же замерщик, что был у моих родителей в прошлом году ([[oth|Виктор]], кажется).""",
    # 05 chat: bot, manager, installment plan
    """{{brand|Кедрик}} (бот): Здравствуйте! Я помогу с заказом, рассрочкой или доставкой. Что вас интересует?
Клиент: рассрочка
Кедрик (бот): Соединяю с менеджером…
[[oth|Анастасия]]: Добрый день, меня зовут [[intro|Анастасия]]. Рассрочку на {{quantity|12 месяцев}} оформляет банк-партнёр, ему нужны ваши ИНН и СНИЛС.
Клиент: ИНН [[@innp:12]], снилс [[@snils:dash]]
Клиент: первый взнос могу сразу картой [[@card:mir]]?
[[oth|Анастасия]]: Анкету отправила в банк, ответ в течение часа. Первый взнос оплачивается по ссылке, номер карты в чат, пожалуйста, не пишите.""",
    # 06 B2B order, hotel, company block
    """Добрый день!

Гостиница «Волжская» просит выставить счёт на изготовление мебели для номеров по согласованному проекту {{@order:ПР-2025-###}}:
— шкаф встроенный 1800×600×2400 — {{quantity|20 шт.}}
— тумба прикроватная — {{quantity|40 шт.}}
Итого по спецификации: {{amount|2 364 000 ₽}}, в т.ч. НДС.

Реквизиты:
ООО «Волжская гостиничная компания»
ИНН [[@inn]]  КПП {{@num:####01001}}
ОГРН [[@ogrn]]
Юр. адрес: [[address|443010, г. Самара, ул. Куйбышева, д. 91]]

Контактное лицо по монтажу — наш главный инженер [[oth|Коротков Валерий Степанович]], [[@phone:RU:mru8dash]].

С уважением,
[[sig|Беляева Н. А.]]
{{job_title|директор по закупкам}}""",
    # 07 formal claim letter
    """ПРЕТЕНЗИЯ

Генеральному директору ООО «Кедр»
от [[oth|Гусева Павла Андреевича]],
проживающего по адресу: [[address|г. Казань, ул. Баумана, д. 12, кв. 7]]

{{greeting_without_name|Уважаемые господа!}}

{{date|12 февраля 2025 г.}} между мной и ООО «Кедр» заключён договор {{@contract:Д-####/25}} на изготовление кухонного гарнитура. Срок изготовления по договору истёк {{date|28 марта}}, гарнитур до сих пор не поставлен.

На основании ст. 28 Закона «О защите прав потребителей» требую выплатить неустойку в размере {{percent|3%}} цены заказа за каждый день просрочки. Денежные средства прошу перечислить на карту [[@card:mirdash]].

{{date|07.04.2025}}                 [[sig|П. А. Гусев]]""",
    # 08 Telegram, casual
    """здравствуйте это [[intro|Света]], вы у нас кухню собирали на прошлой неделе. дверца над мойкой перекосилась и не закрывается до конца, можно мастера прислать? лучше звонить вечером [[@phone:RU:mru8plain]]""",
    # 09 voicemail
    """Голосовое сообщение, {{date|пн}} {{time|09:03}}
«Алло, здравствуйте, меня зовут [[intro|Геннадий Павлович Лаптев]], я насчёт столешницы из камня, вы нам её заказывали у поставщика. Мне сказали, что она уже приехала на склад. Когда можно привезти? Я дома после обеда. Телефон мой [[@phone:RU:mruintl]], запишите. Спасибо, всего доброго.»""",
    # 10 sole trader, shop furniture
    """Здравствуйте!

Заказываю торговое оборудование для магазина (стеллажи, прилавок, витрины — по вашему эскизу от {{date|03.03}}). Оформляйте, пожалуйста, на ИП:

ИП [[oth|Смирнова Алла Геннадьевна]]
ИНН [[@innp:12sp]]
ОГРНИП [[@ogrn:15]]
Адрес магазина: [[address|г. Тверь, пр-т Чайковского, д. 27]]

Аванс {{percent|50%}} оплачу картой предпринимателя [[@card:group]] сегодня же, если пришлёте ссылку.

[[sig|Алла Смирнова]]""",
    # 11 no PII
    """Добрый вечер! Делаете ли вы кухни с фасадами из массива дуба и сколько примерно стоит погонный метр? У нас угловая кухня, {{quantity|3,2 м}} + {{quantity|2,1 м}}. Живём в {{city|Подольске}}, замер к нам бесплатный?""",
    # 12 self-employed installer sends his data
    """Добрый день, бухгалтерия!

Высылаю данные для выплаты за сборку по заказам {{@order:К-#####}} и {{@order:К-#####}} (я самозанятый, чек из «Мой налог» приложил):

[[oth|Исмаилов Рустам Нариманович]]
ИНН [[@innp:12]]
СНИЛС [[@snils:sp]]
Карта для перевода: [[@card:plain]]

Сумма по двум заказам {{amount|27 500 ₽}}.
[[sig|Рустам]]""",
    # 13 thread, two signers
    """> Мы готовы заменить столешницу за свой счёт, но срок поставки камня — {{quantity|3 недели}}.
> [[sig|Елизавета Кравец]], {{team_name|отдел рекламаций}}

Здравствуйте, [[sal|Елизавета]]!

Три недели — это много, у нас уже месяц нет нормальной кухни. Если быстрее нельзя, давайте хотя бы поставим временную столешницу из ЛДСП. Доплату за подъём на {{quantity|9 этаж}} без лифта ({{amount|2 500 ₽}}) можем списать с той же карты [[@card:mirgroup]].

Спасибо,
[[sig|Ксения]] и [[sig|Павел Морозовы]]""",
    # 14 lower case, signature after "--"
    """добрый день. счет {{@invoice:№ ####}} от {{date|14.04}} оплатили, платежку прикладываю. плательщик ооо «Лайттрейд», ИНН [[@inn]] (ОГРН [[@ogrn]]), не пугайтесь что не от меня лично

--
[[sig|д. носов]]""",
    # 15 VK comments with handles
    """[[oth|Катя Горбунова]]: Подскажите, кто заказывал шкаф-купе у Кедра, сколько ждали?
[[oth|mebel_lover_77]]: мы ждали месяц ровно, шкаф супер
[[oth|Катя Горбунова]]: спасибо! а по цене как?
Кедр | Мебель на заказ: [[sal|Екатерина]], добрый день! Стоимость зависит от размеров и наполнения, напишите нам в сообщения сообщества — рассчитаем бесплатно.
[[oth|Роман Ли]]: Присоединяюсь, шкаф отличный, только сборщики опоздали на два часа""",
    # 16 order form
    """БЛАНК ЗАКАЗА № {{@order:К-#####}}
Дата: {{date|21.04.2025}}
Заказчик: [[oth|Фомина Дарья Сергеевна]]
Тел.: [[@phone:RU:mruintlsp]]
Адрес доставки: [[address|127282, Москва, ул. Полярная, д. 5, кв. 48]]

| Позиция | Кол-во | Сумма |
| Кухня прямая «Верона», 3,0 м | {{quantity|1}} | {{amount|214 000}} |
| Мойка гранит, арт. {{@product:GR-####}} | {{quantity|1}} | {{amount|18 900}} |
| Сборка и установка | — | {{amount|21 400}} |

Предоплата {{percent|70%}} внесена картой [[@card:mirplain]].
Менеджер: [[oth|Лапин С.]]""",
    # 17 supplier invoice, company named after a surname, two signers
    """СЧЁТ НА ОПЛАТУ № {{@invoice:####}} от {{date|09.04.2025}}

Поставщик: {{cbrand|ООО «Фурнитура Белова»}}
ИНН [[@inn]], КПП {{@num:####01001}}, ОГРН [[@ogrn]]
Покупатель: ООО «Кедр», ИНН [[@inn]]

1. Петля с доводчиком, арт. {{@product:HB-###-@}} — {{quantity|400 шт.}} — {{amount|56 000,00}}
2. Направляющие скрытого монтажа — {{quantity|120 компл.}} — {{amount|87 600,00}}

Руководитель __________ [[sig|Белов М. Ю.]]
Главный бухгалтер __________ [[sig|Шестакова Т. В.]]""",
    # 18 name on the closing line
    """Здравствуйте, [[sal|Максим]]!

Прошу выставить счёт на детскую мебель по эскизу (двухъярусная кровать + шкаф), но не на меня, а на организацию, где я работаю, — они компенсируют часть суммы:

ООО «Северный терминал», ИНН [[@inn]], ОГРН [[@ogrn]].

С уважением, [[sig|Ковалёв И. С.]]""",
    # 19 SMS
    """Возврат за ручки ({{amount|3 240 р}}) переведите пожалуйста на эту карту [[@card:group]], старая заблокирована""",
    # 20 designer partner, commission
    """[[sal|Елена]], добрый день!

Напоминаю про агентское вознаграждение за клиентов из моего бюро за {{date|I квартал}} — по нашему договору {{percent|7%}}, итого {{amount|64 120 ₽}} (заказы {{@order:К-#####}}, {{@order:К-#####}}, {{@order:К-#####}}).

Реквизиты:
ИП [[oth|Воронцова Полина Андреевна]]
ИНН [[@innp:12]]
ОГРНИП [[@ogrn:15]]
Можно на карту [[@card:dots]], так быстрее.

[[sig|Полина]]
{{cbrand|Студия интерьера Воронцовой}}
[[@phone:RU:mruintl]]""",
]


# =========================================================================== uk
# a private kindergarten and language school (Сонячна Абетка: садочок + курси англійської, Київ і Львів)

ITEMS["uk"] = [
    # 01 long e-mail thread, refund for sick days, quoted reply
    """Тема: Re: Перерахунок за березень

Добрий день, [[sal|пані Вікторіє]]!

Дякую за відповідь, але я, мабуть, не зовсім зрозуміло пояснила. [[oth|Софійка]] хворіла не 4 дні, а {{quantity|9 робочих днів}} (з {{date|10}} по {{date|20 березня}}), довідку від педіатра [[oth|Костенко Л. М.]] я передала вихователці [[oth|Наталії Петрівні]] ще {{date|21-го}}. За договором при відсутності понад 5 днів повертається {{percent|50%}} вартості харчування і перебування.

Прошу перерахувати {{amount|3 150 грн}} на мій рахунок [[@iban:UA:group]]. РНОКПП отримувача: [[@rnokpp:female-mid]].

> {{date|24.03.2025}} о {{time|15:31}} [[oth|Вікторія Бондар]] <[[email|admin.kyiv@abetka-kids.ua]]> пише:
> Шановна [[sal|пані Мирославо]], за нашими даними дитина була відсутня 4 дні, тому перерахунок не передбачений.
> З повагою, [[sig|Вікторія Бондар]], {{job_title|адміністраторка садочка}}

З повагою,
[[sig|Мирослава Гнатюк]]
[[@phone:UA:mua38]]""",
    # 02 SMS
    """Доброго ранку, [[oth|Марійка]] сьогодні не прийде, температура 38. Мама [[sig|Оксана]]""",
    # 03 review
    """[[oth|Ірина К.]] ★★★★★
Водимо доньку в Абетку вже другий рік. Окреме дякую [[oth|пані Галині]] — дитина заговорила англійською так, що вдома нас виправляє 😄 Ціна не найнижча ({{amount|9 800 грн/міс}}), але воно того варте. З мінусів — тісна роздягальня, зранку о {{time|8:30}} там справжній хаос.""",
    # 04 web form, self intro
    """Заявка на зарахування — Львів, група «Сонечко» (3–4 роки)
Ім'я дитини: [[oth|Давид Ковальчук]]
Дата народження: {{date|14.09.2021}}
ПІБ одного з батьків: [[oth|Ковальчук Ганна Ярославівна]]
РНОКПП (для договору): [[@rnokpp:female-mid]]
Телефон: [[@phone:UA:mua0]]
Email: [[email|hanna.kovalchuk@ukr.net]]
Коментар: Добрий день! Я [[intro|Ганна]], мама [[oth|Давида]]. У сина алергія на горіхи, чи є у вас окреме меню? І чи можна прийти на пробний день разом з татом ([[oth|Тарас]] працює позмінно, буде вільний у {{date|вівторок}})?""",
    # 05 Viber chat: bot, admin, tax certificate
    """{{brand|Абеткобот}}: Вітаю! Оберіть тему: 1 — оплата, 2 — розклад, 3 — довідки
Клієнт: 3
Абеткобот: Зачекайте, підключаю адміністратора 🙂
[[oth|Юлія]] (адміністратор): Доброго дня! Мене звати [[intro|Юлія]]. Вам довідка для податкової знижки за навчання?
Клієнт: так, за {{date|2024 рік}}. мій ІПН [[@rnokpp:male-mid]]
[[oth|Юлія]] (адміністратор): Дякую, підготую до п'ятниці. Також бачу заборгованість за квітень {{amount|4 200 грн}} (рахунок {{@invoice:АБ-#####}}).
Клієнт: ой, зараз оплачу карткою [[@card:group]] можна так?
[[oth|Юлія]] (адміністратор): Карткою можна лише через посилання в особистому кабінеті, номер картки в чат, будь ласка, не надсилайте.""",
    # 06 B2B, IT company, employees list
    """Добрий день!

ТОВ «Кодгарден» хоче оплатити корпоративний курс англійської (рівень B1–B2, {{quantity|2 рази на тиждень}}, онлайн) для {{quantity|4 працівників}}:
1. [[oth|Олексій Мельничук]]
2. [[oth|Діана Шевчук]]
3. [[oth|Богдан Лисенко]]
4. [[oth|Аліна Романенко]]

Наші реквізити:
ТОВ «Кодгарден», код ЄДРПОУ [[@edrpou]]
IBAN [[@iban:UA:compact]]
[[address|вул. Січових Стрільців, 52, м. Київ, 04053]]

Рахунок, будь ласка, на {{date|травень–липень}} одним документом, з номером нашого замовлення {{@order:ZP-####-##}}.

З повагою,
[[sig|Катерина Олійник]]
{{job_title|HR-менеджерка}}
[[@phone:UA:mintl]]""",
    # 07 formal complaint
    """Директору ТОВ «Сонячна Абетка»
від [[oth|Пономаренка Ігоря Васильовича]]
РНОКПП [[@rnokpp:male-mid]]
[[address|м. Київ, вул. Антоновича, 114, кв. 23]]

СКАРГА

{{greeting_without_name|Шановна адміністраціє!}}

{{date|02.04.2025}} мій син, вихованець групи «Зайчики», повернувся додому з подряпиною на щоці. Вихователька пояснила, що «діти гралися», але ніхто мені не зателефонував і запис у журналі відсутній.

Прошу провести перевірку і письмово повідомити про її результати.

{{date|03.04.2025}}                                        [[sig|І. В. Пономаренко]]""",
    # 08 Telegram, casual
    """доброго вечора) це [[intro|Таня]], мама [[oth|Дениса]] з групи Бджілки. чи можна завтра забрати його раніше, о {{time|15:00}}? заходитиме бабуся, [[oth|Людмила Іванівна]]. якщо щось, мій номер [[@phone:UA:mua0sp]]""",
    # 09 voicemail
    """Голосове повідомлення, {{date|вт}}, {{time|18:20}}
«Добрий вечір, це [[intro|Степан Гордійчук]], я дідусь [[oth|Ярини]], вона у вас на англійській по вівторках і четвергах. Хотів спитати, чи можна перенести заняття на суботу, бо в четвер у нас лікар. Зателефонуйте, будь ласка, [[@phone:UA:mua0sp]]. Дякую.»""",
    # 10 family in Poland, online lessons, Polish company
    """Добрий день!

Ми з донькою тепер живемо в {{city|Кракові}}, але продовжуємо онлайн-заняття з [[oth|пані Оленою]]. Оплачувати будемо з польського рахунку моєї фірми (я ФОП у Польщі, JDG), тому прошу інвойс на:

[[oth|Nataliia Savchenko]]
NIP [[@nip]]
[[address|ul. Wielicka 112/5, 30-552 Kraków]]
рахунок: [[@iban:PL:group]]

Для польської школи ще потрібна довідка, що донька навчається у вас. Її PESEL [[@pesel:child-female]].

Дякую!
[[sig|Наталія]]""",
    # 11 no PII
    """Добрий день! Чи працює садочок {{date|1 травня}}? І чи буде літній табір у червні, скільки коштує тиждень? Дякую, {{greeting_without_name|гарного дня}}!""",
    # 12 tax-discount data, parent and child
    """[[sal|Пані Юліє]], для довідки на податкову знижку:

Платник: [[oth|Рибак Андрій Миколайович]], РНОКПП [[@rnokpp:male-mid]]
Дитина: [[oth|Рибак Максим Андрійович]], РНОКПП [[@rnokpp:child-male]]
Договір: {{@contract:Д-###/24}} від {{date|01.09.2024}}
Сплачено за {{date|2024 рік}}: {{amount|38 400 грн}} ({{quantity|4 квартали}})

Довідку прошу надіслати на [[email|rybak.andriy@gmail.com]]. Дякую""",
    # 13 thread, two signers
    """> Шановні батьки, нагадуємо про оплату за {{date|квітень}} до {{date|5 числа}}.
> {{team_name|Адміністрація «Сонячної Абетки»}}

Добрий день!
Оплатили {{date|вчора}} з рахунку [[@iban:UA:group]], але в призначенні платежу забули вказати прізвище дитини. Це оплата за [[oth|Соломію Ткач]], група «Кульбабки». Прошу не нараховувати пеню 🙏 Довідку на знижку прошу на тата, його РНОКПП [[@rnokpp:male-mid]].

[[sig|Оля]] і [[sig|Роман Ткачі]]""",
    # 14 lower case, signature after "--"
    """добрий день, скиньте будь ласка реквізити ще раз, бо банк не приймає старий iban. оплату робимо з [[@iban:UA:lc]]

--
[[sig|і. кравчук]]""",
    # 15 Instagram comments with handles
    """[[oth|olena_mama_twins]]: А з якого віку берете на англійську? Моїм по 4 🙈
Сонячна Абетка: Вітаємо! Групи «Little Stars» — з {{quantity|3,5 років}}, заняття у формі гри по {{quantity|30 хвилин}}. Пишіть у директ, підкажемо розклад 💛
[[oth|olena_mama_twins]]: дякую!
[[oth|svitlana.horbach]]: Підтверджую, наш син ходить до [[oth|Mr Jake]], в захваті""",
    # 16 contract data block
    """ДОГОВІР № {{@contract:АБ-####/25}} — дані замовника

Замовник: [[oth|Мельник Вероніка Олександрівна]]
РНОКПП: [[@rnokpp:female-mid]]
Адреса: [[address|79005, м. Львів, вул. Зелена, 36, кв. 4]]
Тел.: [[@phone:UA:mua38]]
E-mail: [[email|veronika.melnyk@i.ua]]
Дитина: [[oth|Мельник Злата]], {{date|12.02.2020}} р.н.
Програма: повний день + англійська, {{amount|11 200 грн/міс}}
Оплата: автосписання з картки [[@card:plain]]

Підпис замовника: [[sig|В. Мельник]]""",
    # 17 supplier invoice, sole trader named after a surname
    """Рахунок-фактура № {{@invoice:СФ-#####}} від {{date|31.03.2025}}

Постачальник: {{cbrand|Кулінарія «Марченко»}}
ФОП [[oth|Марченко Оксана Петрівна]], РНОКПП [[@rnokpp:female-mid]]
IBAN [[@iban:UA:group]]
Покупець: ТОВ «Сонячна Абетка»

Обіди та полуденки для дітей, березень 2025 — {{quantity|1 240 порцій}} — {{amount|99 200,00 грн}}
Без ПДВ (платник єдиного податку).

ФОП __________ [[sig|О. П. Марченко]]""",
    # 18 name on the closing line
    """Вітаю, [[sal|Ілоно]]!

Наша компанія готова оплачувати навчання дітей співробітників (поки що {{quantity|3 дитини}}), хочемо рахунок на юрособу: {{cbrand|ТОВ «Бондаренко Агро»}}, ЄДРПОУ [[@edrpou]], рахунок [[@iban:UA:compact]]. Договір підпише директор, [[oth|Кравець Віталій Олегович]].

З повагою, [[sig|Андрій Савчук]]""",
    # 19 SMS with a card
    """Повернення за табір {{amount|2 600 грн}} можна на картку [[@card:group]]? Дякую""",
    # 20 family moved to Germany
    """Добрий день, [[sal|Галино Миколаївно]]!

Ми переїхали до {{city|Лейпцига}}, тож [[oth|Марко]] з {{date|травня}} вже не ходитиме до садочка. Прошу розірвати договір і повернути депозит {{amount|5 000 грн}} на наш німецький рахунок [[@iban:DE:group]] (отримувач [[oth|Yevhen Lytvyn]]).

Також потрібна довідка для німецького садочка, що син відвідував «Абетку» з {{date|2022 року}}. РНОКПП сина: [[@rnokpp:child-male]].

Дякуємо вам за все!
[[sig|Євген]] і [[sig|Марта Литвини]]""",
]


# =========================================================================== en
# a self-storage company (BoxBay Storage: Leeds Kirkstall, Bristol Avonmouth, Trafford, Glasgow)

ITEMS["en"] = [
    # 01 long e-mail thread, quoted reply, signature block
    """Subject: RE: Your unit rate from 1 June

Hi [[sal|Callum]],

Thanks for getting back to me, but I'm afraid "market conditions" doesn't really cut it. I've had unit C-114 since {{date|2019}} and this is the third increase in eighteen months – {{amount|£142.50}} to {{amount|£168.00}} a month is about {{percent|18%}}, and nothing about the unit has changed (the roller door still sticks, as I've mentioned twice).

If you can hold the old rate for another year I'll stay; otherwise please treat this as my 28 days' notice and refund the deposit to the account you already have on file ([[@iban:GB:group]]).

> On {{date|2 May 2025}}, at {{time|10:02}}, [[oth|Callum Reid]] <[[email|kirkstall@boxbaystorage.co.uk]]> wrote:
> Dear [[sal|Mrs Okafor]],
> Thank you for your email. Unfortunately due to market conditions our rates are reviewed annually...
> Kind regards,
> [[sig|Callum Reid]]
> {{job_title|Store Manager}}, BoxBay Kirkstall

Best wishes,
[[sig|Adaeze Okafor]]
[[@phone:GB:mintl]]""",
    # 02 SMS
    """Running 10 mins late for the {{time|2pm}} viewing, sorry! [[sig|Dan]]""",
    # 03 review
    """[[oth|Sarah T.]] ★★★★★ {{date|12 April 2025}}
Moved out of a flat in a hurry and needed somewhere same day. [[oth|Kev]] at the Kirkstall store sorted a {{quantity|50 sq ft}} unit in about 15 minutes, lent us a trolley AND found us some boxes for free. Place is clean, well lit and the gate code works 24/7. Would recommend.""",
    # 04 web form quote, postcode only, self intro
    """Get a quote – website form
Name: [[oth|Priyanka Desai]]
Email: [[email|priyanka.desai@outlook.com]]
Phone: [[@phone:GB:mnat]]
Your postcode: [[address|BS11 9QD]]
Store: Avonmouth
Unit size: not sure – 2 bed flat contents
Start date: {{date|mid July}}
Message: Hello, I'm [[intro|Priyanka]] and I'm moving to Singapore for a year with work. Looking for somewhere to keep the furniture and a piano (!). Do you have climate-controlled units? My partner, [[oth|Tom Hughes]], will be the one dropping things off.""",
    # 05 chat: bot, agent, card and IBAN
    """{{brand|Stan the Storage Bot}}: Hi there! 👋 I can help with bookings, payments and access. What do you need?
You: payment failed
Stan the Storage Bot: Let me get a human for you.
[[oth|Priya]] joined the chat
[[oth|Priya]]: Hi, I'm [[intro|Priya]] from the BoxBay Customer Team. I can see your May payment bounced — would you like to pay by card now or update your direct debit?
You: both? card now: [[@card:group]] exp 04/28, and change the DD to my new account [[@iban:GB:compact]]
[[oth|Priya]]: Thanks — for security I can't take card numbers over chat, so I've sent a secure payment link by email. The direct debit change I've started, you'll get a confirmation within {{quantity|3 working days}}.""",
    # 06 B2B, online seller storing stock
    """Hello,

We'd like to take a second {{quantity|200 sq ft}} unit at Trafford for stock overflow from {{date|1 September}} to {{date|31 January}} (peak season). Please invoice the business as below and quote our PO {{@order:PO-#####}} on every invoice.

Northern Threads Ltd
Company no. {{@num:########}}
VAT reg. [[@gbvat:gbsp]]
[[address|Unit 4, Cobden Street, Salford M6 6WF]]

Our sister company, Threadwork Wholesale Ltd (VAT [[@gbvat:gb]]), will also need access to the unit – please add [[oth|Marcus Bell]] as an authorised user.

Invoices are paid by BACS from [[@iban:GB:group]].

Thanks,
[[sig|Fiona Gallagher]]
{{job_title|Operations Director}}
Northern Threads Ltd · [[@phone:GB:fnat]] ext. 214""",
    # 07 formal complaint, damp
    """{{greeting_without_name|Dear Sir or Madam}},

Formal complaint – unit B-027, Avonmouth store

On {{date|19 March 2025}} I visited my unit and found water had come in under the rear wall. A mattress, two boxes of books and an oak sideboard are badly water-damaged; photographs are attached. I was never told of any leak, although other tenants tell me it has happened before.

I am claiming {{amount|£1,240}} under your goods protection cover (certificate no. {{@policy:GP#######}}). Please pay the settlement to my account [[@iban:GB:group]], or refund it to the card the rent is taken from, [[@card:plain]].

I expect a written response within 14 days.

Yours faithfully,

[[sig|Mr Leonard Ashworth]]
[[address|27 Cranbrook Road, Bristol BS6 7BL]]""",
    # 08 WhatsApp, casual
    """hiya its [[intro|Jade]] 🙂 lost my access fob somewhere between the van and the lift 🙈 can u cancel it and do me a new one?? unit A-201. ring me on [[@phone:GB:mcompact]] if u need anything x""",
    # 09 voicemail with a card read out
    """Voicemail – {{date|Sat}} {{time|08:47}} – Glasgow store
“Hiya, this is [[intro|Graham Whitlock]], unit twenty-two, eh, I'm calling to pay the overdue bit so the gate code gets switched back on. Card number is [[@card:group]], expiry oh-nine twenty-seven. If that's no' how you do it, give me a call back on [[@phone:GB:mintl]]. Cheers.”""",
    # 10 sole trader, name on the closing line
    """Hi,

Can you reissue invoice {{@invoice:INV-######}} with my business details? My accountant won't accept it without them.

[[oth|Steve Collier]] t/a {{cbrand|Collier Decorating}}
UTR: [[@utr:sp]]
VAT no: [[@gbvat:plain]]

I'll pay the balance by card once the new invoice comes through — it's the card ending 6620, same as always, or this one if that fails: [[@card:dash]].

Cheers, [[sig|Steve Collier]]""",
    # 11 no PII
    """Hello, do you allow storage of garden tools with a bit of petrol left in the mower? And is there a minimum term at the Leeds store or can I do just {{quantity|two weeks}}? {{greeting_without_name|Thanks in advance}}""",
    # 12 hospital discharge team
    """Dear [[sal|Ms Patel]],

I am writing on behalf of a patient on Ward 22 who has been admitted long-term and whose tenancy has now ended. Her son has asked us to arrange short-term storage for her belongings until a care home place is found.

Patient: [[oth|Mrs Doreen Farrow]]
NHS No: [[@nhs:sp]]
Next of kin: [[oth|Gary Farrow]] (son), [[@phone:GB:mnat]]

The council will cover the first {{quantity|12 weeks}}; the invoice should be addressed to the Adult Social Care team, quoting reference {{@num:ASC-######}}.

Kind regards,
[[sig|Ms Hannah Lowry]]
{{job_title|Discharge Coordinator}}
[[@phone:GB:fnat]]""",
    # 13 thread, two signers, moving to Germany
    """> We'll inspect the unit after you've cleared it and refund the deposit within 10 working days.
> {{team_name|The BoxBay Team}}

Hi [[sal|Callum]],
All cleared out on Saturday, key fob left at reception. As we've now moved to {{city|Hamburg}}, could the deposit ({{amount|£150}}) go to our German account instead: [[@iban:DE:group]]? If that's a hassle, refund it to the card [[@card:group]].

Thanks for everything,
[[sig|Ellie]] & [[sig|Rob Marsden]]""",
    # 14 lower case, signature after "--"
    """hi, need a vat receipt for all of last year for my self assessment. my vat no is [[@gbvat:gb]] if that helps. thx

--
[[sig|j.okonkwo]]""",
    # 15 Facebook comments with handles
    """[[oth|Louise Pritchard]]: Anyone used BoxBay in Trafford? Is it safe?
[[oth|darren_the_mover]]: been there 2 yrs, cctv everywhere, never had an issue
[[oth|Louise Pritchard]]: thanks [[oth|Darren]]!
BoxBay Storage: Hi [[sal|Louise]], thanks for asking! Feel free to pop in for a tour any time – our Trafford team are in from {{time|8am}} to {{time|6pm}} 😊
[[oth|Amir Siddiqui]]: prices have gone up a lot tho""",
    # 16 storage agreement data block
    """STORAGE AGREEMENT – CUSTOMER DETAILS
Agreement no.: {{@contract:SA-#######}}
Customer: [[oth|Mr Oliver Brennan]]
Address: [[address|Flat 3, 18 Victoria Road, Leeds LS6 1DL]]
Mobile: [[@phone:GB:mgbsp]]
Email: [[email|ollie.brennan@gmail.com]]
Alternative contact: [[oth|Niamh Brennan]] (sister), [[@phone:GB:mintl]]
Unit: D-09, {{quantity|35 sq ft}}, {{amount|£64.00}}/4 weeks
Direct debit account: [[@iban:GB:group]]
Deposit paid by card: [[@card:group]]

Customer signature: [[sig|O. Brennan]]""",
    # 17 supplier invoice, removals company named after surnames
    """INVOICE {{@invoice:HS-####}}
{{date|30/04/2025}}

From: {{cbrand|Hargreaves & Sons Removals}}
VAT Reg No [[@gbvat:plain]]

To: BoxBay Storage Ltd, Kirkstall

Customer move-ins, April (van + 2 crew) ........ {{quantity|14 jobs}}
Total ......................................... {{amount|£3,920.00}} + VAT

Payment within 30 days to: [[@iban:GB:compact]]

[[sig|Dave Hargreaves]] / [[sig|Lisa Hargreaves]]
{{job_title|Directors}}""",
    # 18 Polish customer in the UK
    """Hello [[sal|Mr Reid]],

Sorry for my english. For the ID check you asked about – I do not have a UK driving licence, only my Polish ID card, number [[@plid:plain]]. Is that ok? I can show it when I come on {{date|Friday}}.

The rent I will pay from my Polish account, [[@iban:PL:group]], in pounds. My brother [[oth|Bartek]] will also come sometimes to take tools.

Thank you,
[[sig|Kamil Wójcik]]""",
    # 19 SMS with a card
    """Pls take this months rent off this card instead [[@card:plain]] ta""",
    # 20 probate solicitors
    """Our ref: {{@num:PC/####/EST}}

{{greeting_without_name|Dear Sirs}},

Re: the late [[oth|Mr Raymond Tillotson]] – unit F-03, Glasgow

We act for the executors of the above estate, [[oth|Mrs Carol Tillotson]] and [[oth|Mr Ian Tillotson]]. Please find enclosed a copy of the grant of confirmation. Kindly freeze the account and send us a final statement; any balance due will be settled from our client account ([[@iban:GB:group]]). For HMRC purposes the estate's UTR is [[@utr:plain]].

Yours faithfully,

[[sig|Jennifer Clarke]]
{{job_title|Associate}}
{{cbrand|Pemberton Clarke LLP}} · VAT [[@gbvat:gbsp]]""",
]


# =========================================================================== de
# a solar panel and heat pump installer (SonnenWerk Energietechnik: PV, Speicher, Wärmepumpen)

ITEMS["de"] = [
    # 01 long e-mail thread, quoted reply, signature block
    """Betreff: AW: AW: Wärmepumpe – Stromverbrauch / Geräusch

Hallo [[sal|Herr Lindner]],

danke für die Rückmeldung, aber ehrlich gesagt beruhigt mich das nicht. Die Anlage läuft seit {{date|November}}, und wir haben laut Zwischenzähler {{quantity|4.870 kWh}} verbraucht – geplant waren im Angebot {{quantity|3.200 kWh}} fürs ganze Jahr. Dazu brummt das Außengerät nachts so, dass die Nachbarn schon zweimal geklingelt haben.

Ich möchte, dass sich ein Techniker die Heizkurve und die Aufstellung nochmal ansieht, und zwar vor Ende der Heizperiode. Die Wartungspauschale ({{amount|189 €}}) buchen Sie bitte erst ab, wenn das Problem gelöst ist – das Lastschriftmandat für [[@iban:DE:group]] ist ja noch aktiv.

> Am {{date|03.03.2025}} um {{time|14:18}} schrieb [[oth|Jonas Lindner]] <[[email|service@sonnenwerk-energie.de]]>:
> Sehr geehrte [[sal|Frau Dr. Wagner]],
> ein erhöhter Verbrauch im ersten Winter ist nicht ungewöhnlich, da der Estrich noch austrocknet.
> Mit freundlichen Grüßen
> [[sig|Jonas Lindner]]
> {{team_name|Kundendienst Wärmepumpen}}

Mit freundlichen Grüßen
[[sig|Dr. Ulrike Wagner]]
[[address|Am Lindenhof 7, 34131 Kassel]]
Tel. [[@phone:DE:mdeslash]]""",
    # 02 SMS
    """Bin ab {{time|14 Uhr}} zuhause, Monteur kann kommen. Gruß [[sig|Jens]]""",
    # 03 review
    """[[oth|Markus W.]] – ★★★★☆ – vor {{date|einem Monat}}
PV-Anlage mit {{quantity|9,8 kWp}} und Speicher, Montage in zwei Tagen erledigt, Team sehr ordentlich. Besonders [[oth|Herr Yilmaz]] hat sich Zeit genommen, uns die App zu erklären. Ein Stern Abzug, weil die Anmeldung beim Netzbetreiber fast {{quantity|8 Wochen}} gedauert hat und man ständig hinterhertelefonieren musste.""",
    # 04 web form, self intro
    """Kontaktformular – Angebot Photovoltaik
Name: [[oth|Katharina Vogel]]
Straße, Nr.: [[address|Ahornweg 14]]
PLZ, Ort: [[address|97082 Würzburg]]
Telefon: [[@phone:DE:mnat]]
E-Mail: [[email|k.vogel@web.de]]
Dachfläche ca.: {{quantity|65 m²}}, Süd-West, Ziegel
Nachricht: Guten Tag, mein Name ist [[intro|Katharina Vogel]], wir haben ein Reihenendhaus Baujahr 1978 und überlegen PV + Speicher, evtl. später Wallbox. Mein Mann ([[oth|Felix]]) ist tagsüber meist erreichbar, ich eher abends.""",
    # 05 chat: bot, agent, Steuer-ID and IBAN
    """{{brand|Solly}} (Chatbot): Hallo! Ich bin Solly ☀️ Wobei kann ich helfen?
Kunde: einspeisevergütung
Solly (Chatbot): Ich verbinde Sie mit einer Mitarbeiterin.
[[oth|Jana]] (Kundenservice): Guten Tag, hier ist [[intro|Jana]] von SonnenWerk. Worum geht es genau?
Kunde: der Netzbetreiber will meine Steuer-ID und Bankverbindung, soll ich das Ihnen schicken oder denen?
Kunde: steuer-id [[@idnr:sp]], konto [[@iban:DE:compact]]
[[oth|Jana]] (Kundenservice): Das geht direkt an den Netzbetreiber, nicht an uns – bitte tragen Sie es im Portal ein. Ihre Daten lösche ich hier aus dem Verlauf.""",
    # 06 B2B order, farm
    """Sehr geehrte Damen und Herren,

hiermit beauftragen wir gemäß Ihrem Angebot {{@order:AN-####/25}} vom {{date|12.02.2025}} die Errichtung einer PV-Anlage ({{quantity|99,6 kWp}}) auf dem Dach der neuen Maschinenhalle.

Rechnungsanschrift:
Milchhof Sonnleiten GbR
[[address|Sonnleiten 3, 84367 Tann]]
USt-IdNr.: [[@ustid:de]]
Bankverbindung: [[@iban:DE:group]]

Ansprechpartner vor Ort ist mein Sohn, [[oth|Lukas Brandl]], Tel. [[@phone:DE:mintl]].

Mit freundlichen Grüßen
[[sig|Georg Brandl]]
{{job_title|Gesellschafter}}""",
    # 07 formal complaint, lawyers named after surnames
    """{{greeting_without_name|Sehr geehrte Damen und Herren}},

Mängelrüge – PV-Anlage, Auftrag {{@order:AB-######}}

seit der Inbetriebnahme am {{date|14.01.2025}} fällt der Wechselrichter mehrmals pro Woche mit Fehlercode {{@product:E-###}} aus. Trotz drei Terminen ist der Mangel nicht behoben. Ich setze Ihnen hiermit eine letzte Frist zur Mängelbeseitigung bis zum {{date|30.04.2025}}.

Sollte bis dahin keine Lösung erfolgen, werde ich die Angelegenheit an die {{cbrand|Kanzlei Brandt & Partner}} übergeben und den Einbehalt von {{percent|10 %}} der Schlussrechnung geltend machen. Die bereits gezahlte Abschlagsrechnung ist von meinem Konto [[@iban:DE:compact]] abgegangen.

Mit freundlichen Grüßen
[[sig|Rainer Schultheiß]]""",
    # 08 WhatsApp, casual
    """Hi, hier ist [[intro|Mia]] 😊 eure Monteure haben bei uns ihre Bohrmaschine liegen lassen (Makita, grün). Können sie morgen abholen, bin ab {{time|16:00}} da. Oder ich bring sie vorbei? [[@phone:DE:mcompact]]""",
    # 09 voicemail, Bavarian
    """Sprachnachricht – {{date|Mo}}, {{time|07:35}}
„Ja, Grüß Gott, [[intro|Huber]] hier, aus Dingolfing. Unser Speicher zeigt seit gestern nur noch null Prozent an, obwohl die Sonne scheint, und im Display steht irgendwas mit Kommunikation. Könnt's mich bitte zurückrufen, [[@phone:DE:mnat]], oder auf'm Festnetz [[@phone:DE:fnat]]. Pfiat eich.“""",
    # 10 Austrian guesthouse
    """Grüß Gott [[sal|Frau Aigner]],

wie telefonisch besprochen anbei unsere Daten für die Auftragsbestätigung der Wärmepumpe ({{quantity|2 Geräte}}, Gästehaus und Wohnhaus):

{{cbrand|Gasthof Moosbrugger}} KG
[[address|Dorfstraße 21, 6150 Steinach am Brenner]], Österreich
UID: [[@atu:sp]]
IBAN: [[@iban:AT:group]]

Die Förderung beim Land Tirol beantragen wir selbst.

Mit besten Grüßen aus Tirol
[[sig|Andreas Moosbrugger]]""",
    # 11 no PII
    """Hallo, lohnt sich eine Wärmepumpe bei einem Altbau mit Heizkörpern (kein Fußboden)? Wir wohnen in {{city|Göttingen}}, Baujahr 1952, {{quantity|140 m²}}. {{greeting_without_name|Danke schon mal und schönes Wochenende}}!""",
    # 12 Polish subcontractor invoice, German text
    """RECHNUNG Nr. {{@invoice:FV/###/2025}}
Datum: {{date|31.03.2025}}

Leistender: {{cbrand|Montaż-Dach Kowalczyk}}
[[address|ul. Polna 8, 68-200 Żary]], Polen
NIP: [[@nip:pl]]

Leistungsempfänger: SonnenWerk Energietechnik GmbH
USt-IdNr.: [[@ustid:de]]

Montage Unterkonstruktion, {{quantity|6 Baustellen}} ........ {{amount|14.280,00 EUR}}
Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).

Bankverbindung: [[@iban:PL:group]]

[[sig|Mariusz Kowalczyk]]""",
    # 13 thread, two signers
    """> Für den KfW-Zuschuss benötigen wir noch die Bestätigung nach Durchführung (BnD) und Ihre Kontoverbindung.
> Ihr {{team_name|SonnenWerk-Förderteam}}

Hallo zusammen,

die Bankverbindung für die Auszahlung: [[@iban:DE:group]] (Kontoinhaber [[oth|Tobias Reuter]]). Den Antrag hat meine Frau gestellt, falls das wichtig ist – ihre Steuer-ID ist [[@idnr:sp4]].

Viele Grüße
[[sig|Tobias]] und [[sig|Anne Reuter]]""",
    # 14 lower case, signature after "--"
    """hallo, bitte den abschlag für mai erst zum 15. abbuchen, nicht zum 1. konto bleibt gleich ([[@iban:DE:lcgroup]]). danke!

--
[[sig|s. köhler]]""",
    # 15 Facebook comments with handles
    """[[oth|Petra Schönfeld]]: Hat jemand Erfahrung mit SonnenWerk? Wir haben ein Angebot für eine Wärmepumpe und sind unsicher.
[[oth|solar_sven_84]]: Haben 2023 PV bei denen machen lassen, alles top, nur die Terminplanung ist manchmal chaotisch
[[oth|Petra Schönfeld]]: Danke dir!
SonnenWerk Energietechnik: Hallo [[sal|Petra]], vielen Dank für dein Interesse! Schreib uns gern eine PN, dann ruft dich unsere Energieberaterin zurück.
[[oth|Heiko Brandstätter]]: Bei uns hat die Montage super geklappt 👍""",
    # 16 order confirmation data block
    """AUFTRAGSBESTÄTIGUNG {{@order:AB-######}} – Kundendaten

Auftraggeber: [[oth|Herr Bernd Oltmanns]]
Anschrift: [[address|Deichstraße 42, 26506 Norden]]
Telefon: [[@phone:DE:fdedash]]
E-Mail: [[email|b.oltmanns@t-online.de]]
Steuer-ID (für Netzbetreiber-Formular): [[@idnr:plain]]
SEPA-Lastschrift von: [[@iban:DE:group]]
Leistung: PV {{quantity|12,3 kWp}}, Speicher {{quantity|10 kWh}}, Wallbox
Gesamtpreis: {{amount|24.870,00 €}} (0 % USt. nach § 12 Abs. 3 UStG)

Unterschrift Auftraggeber: [[sig|B. Oltmanns]]""",
    # 17 Czech subcontractor
    """Sehr geehrter [[sal|Herr Dietrich]],

anbei sende ich Ihnen die Daten unserer Firma für den Rahmenvertrag (Elektroinstallation der Wärmepumpen in Sachsen):

ElektroMont Liberec s.r.o.
IČO: [[@ico]]
DIČ: [[@ico:czsame]]
Bankverbindung: [[@iban:CZ:group]]

Unsere Elektriker sind ab {{date|KW 18}} verfügbar, jeweils {{quantity|2 Teams}}.

Mit freundlichen Grüßen
[[sig|Ing. Tomáš Dvořák]]
{{job_title|Geschäftsführer}}
[[@phone:CZ:mintl]]""",
    # 18 name on the closing line
    """Guten Tag,

für die Rechnung zur Steuererklärung (Handwerkerleistungen) benötige ich die Lohnkosten separat ausgewiesen. Meine Steuer-ID: [[@idnr:sp]]. Die Erstattung der Überzahlung ({{amount|312,40 €}}) bitte auf [[@iban:DE:compact]].

Viele Grüße, [[sig|Dr. Sabine Krüger-Lehmann]]""",
    # 19 SMS with a card
    """Hallo, das Wallbox-Kabel bitte per Karte zahlen: [[@card:group]], gültig bis 11/27. Oder per Lastschrift von [[@iban:DE:compact]], wie beim Abschlag. LG""",
    # 20 property manager, two signers
    """Sehr geehrte [[sal|Frau Aigner]],

die Eigentümerversammlung der WEG Rosenstraße 12 hat am {{date|25.03.2025}} den Einbau einer Luft-Wasser-Wärmepumpe beschlossen. Wir bitten um Übersendung des Vertrags an die Verwaltung.

Auftraggeber: WEG Rosenstraße 12, vertreten durch {{cbrand|Hausverwaltung Seidel}} GmbH
USt-IdNr.: [[@ustid:desp]]
Zahlung aus der Erhaltungsrücklage: [[@iban:DE:group]]
Hausgeldkonto (nur für Rückerstattungen): [[@iban:DE:group]]

Beiratsvorsitzender und Ansprechpartner für die Begehung: [[oth|Herr Manfred Kluge]], [[@phone:DE:mintl]].

Mit freundlichen Grüßen

[[sig|Christine Seidel]]              [[sig|Oliver Pohl]]
{{job_title|Geschäftsführerin}}           {{job_title|Objektbetreuer}}""",
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
            rows.append(fill(f"b18-{lang}-{i:02d}", lang, template))
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "two items share a text"
    for lang in LANGS:
        t = tally([r for r in rows if r["lang"] == lang])
        for key, need in MINIMA.items():
            assert t[key] >= need, (lang, key, t[key], need)
    no_pii = sum(not r["pii"] for r in rows)
    assert 5 <= no_pii <= 12, no_pii
    t = tally(rows)
    total = sum(len(r["pii"]) for r in rows)
    assert 0.30 <= t["name"] / total <= 0.60, t["name"] / total
    assert 0.25 <= t["checksum_id"] / total <= 0.55, t["checksum_id"] / total
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
    cols = ["name", "signature", "salutation", "self_intro", "other"]
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
