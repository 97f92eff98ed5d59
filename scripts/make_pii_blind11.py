#!/usr/bin/env python3
"""Write data/eval/pii/blind11.jsonl: a general hand-written PII test split (blind, never tuned on).

280 customer texts (40 each in pl, cs, sk, ru, uk, en, de) by a separate author,
each its own hand-written template: support e-mails and tickets with greetings
and signature blocks, chat transcripts with agent handles and time stamps, web
forms with field labels, reviews, complaints, B2B invoices with company blocks
and tables, quoted replies, forwarded headers, letters with an address block.
Domains: telecom, energy, water, banks, insurers, leasing, clinics, dentists,
vets, pharmacies, e-shops, marketplaces, couriers, hotels, airlines, rail, car
rental, garages, schools, universities, municipal offices, property managers,
gyms, SaaS, B2B suppliers, accounting firms and law offices.

Names, checksum identifiers, phones, e-mails, addresses and token links stand
next to near-misses that must survive redaction: order/invoice/ticket/tracking
numbers, customer/contract/meter/policy numbers that fail every id check, dates,
times, amounts, quantities, brands that look like people, and companies named
after a surname (marked ``{{cbrand|...}}`` in the templates and written as a
``brand`` keep span). About 25 items carry no PII at all.

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Jadwigo]]        name, context salutation   (also sig / intro / oth)
    [[email|a@b.pl]]       literal PII of a kind (email, phone, address, url_token...)
    [[@pesel]]             PII value drawn by a generator (kind from GEN)
    {{city|Kraków}}        literal keep span with its `what`
    {{cbrand|Stavby Kubát}} a company named after a surname: keep, what `brand`
    {{@order:####}}        keep value drawn by a generator (what from KEEP_GEN)

Every identifier gets computed check digits and is validated with python-stdnum
(SNILS and the Polish ID card with the published algorithms); every phone number
passes phonenumbers.is_valid_number for its region. Order/invoice/ticket/tracking
numbers and invalid_checksum_number values fail every identifier check used here
and are not valid phone numbers of the text's region. Each language must reach
the minima in MINIMA (checked on every run, --check included).

    .venv/bin/python scripts/make_pii_blind11.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_blind11.py --check   # file on disk == output
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
OUT = ROOT / "data" / "eval" / "pii" / "blind11.jsonl"
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
    looks_like_iban = re.search(r"[A-Z]{2}\d{2}", value.replace(" ", ""))
    return not (looks_like_iban and std_iban.is_valid(value))


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
    """Year of birth for a generated id: child, senior (1955-1959), mid (1970-1997)."""
    if "child" in fmt:
        return rng.randint(2010, 2018)
    if "senior" in fmt:
        return rng.randint(1955, 1959)
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
        return v if fmt == "plain" else letters + " " + str(check) + rest


def gen_rc(rng, fmt="slash", cc="cz"):
    child = "child" in fmt
    sex = sex_of(rng, fmt)
    fmt_in = fmt
    fmt = "plain" if fmt.startswith("plain") else "slash"
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
        return v[:6] + "/" + v[6:] if fmt == "slash" else v


def gen_ico(rng, fmt="plain"):
    while True:
        body = str(rng.randint(1, 8)) + digits(rng, 6)
        s = sum(int(a) * b for a, b in zip(body, (8, 7, 6, 5, 4, 3, 2), strict=False))
        v = body + str((11 - s % 11) % 10)
        if cz_dic.is_valid(v):
            if fmt == "cz":
                return "CZ" + v
            if fmt == "sp":
                return group(v, (3, 2, 3))
            return v


def gen_icdph(rng, fmt="sk"):
    while True:
        body = str(rng.randint(1, 9)) + digits(rng, 1) + rng.choice("234789") + digits(rng, 6)
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
            return v


def gen_rnokpp(rng, fmt="plain"):
    while True:
        # the first five digits count days from 31.12.1899 (children: born 2010-2018)
        if "child" in fmt:
            head = str(rng.randint(40200, 43400))  # born 2010-2018
        elif "senior" in fmt:
            head = str(rng.randint(20100, 21900))  # born 1955-1959
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
        return group(v, (3, 3, 4)) if fmt == "sp" else v


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
    prefix = rng.choice(["4", "4", "51", "52", "53", "54", "55", "2221", "2720"])
    body = prefix + digits(rng, 15 - len(prefix))
    v = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(v) and len(v) == 16
    if fmt == "group":
        return group(v, (4, 4, 4, 4))
    if fmt == "dash":
        return group(v, (4, 4, 4, 4), "-")
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
    "product": ("product_code", gen_pattern),
}


# --------------------------------------------------------------------------- parser

TOKEN = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}", re.S)


def fill(item_id, lang, template):
    rng = random.Random("b11:" + item_id)
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
    for span, value in pii + keep:
        assert text[span["start"] : span["end"]] == value, (item_id, value)
        assert value == value.strip() and value, (item_id, value)
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
    # 01 water utility, meter reading dispute, double surname under the closing
    """{{greeting_without_name|Dzień dobry}},

od {{date|stycznia}} płacę rachunki za wodę wyższe o połowę, choć mieszkam sama. Wodomierz nr {{@meter:WM-########}} pokazuje dziś {{quantity|412,7 m³}}, a na fakturze {{@invoice:W/####/01/2025}} wpisano odczyt szacunkowy. Numer odbiorcy: {{@num:#######}}.

Proszę o korektę i kontakt telefoniczny po {{time|16:00}}.

Z poważaniem
[[sig|Grażyna Pietrzyk-Malec]]
[[address|ul. Słowicza 8 m. 12, 20-336 Lublin]]
tel. [[@phone:PL:mg3]]""",
    # 02 leasing, B2B, title-only salutation, company named after the owner's surname
    """{{greeting_without_name|Szanowny Panie Prezesie}},

zwracam się z prośbą o przesunięcie raty nr 17 z umowy leasingu {{@contract:LO/####/####}} o {{quantity|30 dni}}. Po pożarze magazynu w {{city|Kutnie}} czekamy na wypłatę odszkodowania.

Dane firmy:
{{cbrand|Kowalczyk Logistyka}} sp. z o.o.
NIP: [[@nip:pl]]
REGON: [[@regon:14]]

--
[[sig|Marek Kowalczyk]]
{{job_title|Prezes Zarządu}}
[[@phone:PL:intl]]""",
    # 03 dentist review, no PII, clinic named after a family
    """Byłam dziś w {{cbrand|Stomatologii Wiśniewscy}} w {{city|Sopocie}} z zębem ósemką. Usunięcie trwało {{quantity|20 minut}}, kosztowało {{amount|450 zł}}, znieczulenie zadziałało od razu. Jedyny minus: na wizytę czekałam od {{date|2 do 19 marca}}. Polecam, ale trzeba się zapisać wcześniej!""",
    # 04 vet clinic chat, receptionist handle, customer introduces herself
    """[{{time|09:14}}] Recepcja – [[oth|Ola]]: Dzień dobry, w czym mogę pomóc?
[{{time|09:15}}] Gość: dzień dobry, tu [[intro|Beata Sroka]], chciałam przełożyć szczepienie kota Filemona z {{date|czwartku}} na sobotę
[{{time|09:16}}] Recepcja: Sobota {{time|10:30}} u dr. [[oth|Kubackiego]] pasuje?
[{{time|09:16}}] Gość: tak, dziękuję. numer do mnie [[@phone:PL:mcompact]] gdyby coś""",
    # 05 pharmacy web form
    """Formularz reklamacji – apteka internetowa
Imię i nazwisko: [[intro|Teodor Gawlik]]
E-mail: [[email|t.gawlik58@interia.pl]]
Telefon: [[@phone:PL:mnat]]
Nr zamówienia: {{@order:AP-#######}}
Opis: w paczce zamiast {{quantity|2 opakowań}} leku było jedno, a zapłaciłem za dwa ({{amount|71,80 zł}}). Proszę o dosłanie lub zwrot na konto [[@iban:PL:nrb]].""",
    # 06 telecom complaint, self-introduction, initial + surname on the closing line
    """Szanowni Państwo,

nazywam się [[intro|Jerzy Kaczmarczyk]] i od {{quantity|11 lat}} jestem abonentem sieci {{brand|Orange}}. Numer klienta {{@num:1.########}}. Na fakturze za {{date|listopad}} naliczono mi {{amount|189,00 zł}} za roaming, choć nie wyjeżdżałem z kraju. Numer, którego dotyczy sprawa: [[@phone:PL:mintlg3]]. PESEL do weryfikacji: [[@pesel:male]].

Proszę o anulowanie opłaty. Pozdrawiam, [[sig|J. Kaczmarczyk]]""",
    # 07 bank, wrong transfer, lower-case first-name signature
    """hej, piszę przez formularz bo infolinia nie odbiera. {{date|wczoraj}} o {{time|21:40}} zrobiłam przelew {{amount|2 300 zł}} na zły rachunek – zamiast na [[@iban:PL:nrb]] poszło na [[@iban:PL:nrb]] (pomyliłam dwie cyfry przy wklejaniu). tytuł: czynsz {{date|luty}}. da się to cofnąć?
[[sig|ania]]""",
    # 08 insurer, car claim, other driver named, policy number kept
    """Zgłoszenie szkody do polisy {{@contract:PL-###-#######}}

{{date|14.02.2025}} około {{time|7:30}} na parkingu przy {{brand|Galerii Bałtyckiej}} w Gdańsku kierowca srebrnej {{brand|Skody}} cofając uderzył w mój samochód. Sprawca, pan [[oth|Dariusz Mazurek]], przyznał się do winy i podpisał oświadczenie (w załączniku). Szkoda: zderzak i lampa. Odszkodowanie proszę przelać na [[@iban:PL:lcgroup]].

[[sig|Sylwia Domagała]]
tel. [[@phone:PL:mg3]]
[[email|sylwia.domagala@wp.pl]]""",
    # 09 marketplace message to a seller named after a surname, NIP for the invoice
    """Dzień dobry Panie [[sal|Arkadiuszu]],
kupiłam u Pana komodę (zamówienie {{@order:##########}}). Czy mogę prosić o fakturę na firmę zamiast paragonu? Dane: Pracownia Krawiecka, [[address|ul. Ogrodowa 3, 87-100 Toruń]], NIP [[@nip]].
Przy okazji: szuflada w {{cbrand|Meblach Kaczmarek}} zawsze tak ciężko chodzi?
Pozdrawiam
[[sig|Paulina]]""",
    # 10 courier complaint, courier named by first name, new delivery address
    """Paczka {{@tracking:##############}} wróciła do nadawcy, a kurier, pan [[oth|Zbyszek]], nawet nie zadzwonił – cały dzień byłam w domu. Proszę o ponowne nadanie na adres:
[[address|ul. Wierzbowa 22/5
41-200 Sosnowiec]]
Telefon do odbiorcy: [[@phone:PL:mg3dash]]
Zwrot za nieudaną dostawę proszę na konto [[@iban:PL:nrb]]
[[sig|Elżbieta Szymczak]]""",
    # 11 hotel in the mountains, vocative salutation, guesthouse named after a surname
    """Dzień dobry Pani [[sal|Justyno]],

potwierdzam rezerwację pokoju dla dwóch osób w {{cbrand|Pensjonacie U Zięby}} od {{date|27 grudnia}} do {{date|2 stycznia}}. Zaliczkę {{amount|600 zł}} wysłałem przed chwilą, potwierdzenie przelewu z numerem rezerwacji {{@order:R-####}} w załączniku (link do płatności z maila, [[@url:https://rezerwacje.pensjonat-uzieby.pl/platnosc?sid=]], nie działał), resztę proszę pobrać z karty [[@card:group]] przy zameldowaniu. Przyjedziemy późno, ok. {{time|22:00}} – czy ktoś będzie na recepcji?

Pozdrawiam serdecznie
[[sig|Michał Sadowski]]""",
    # 12 airline refund, passenger and daughter, ID card number
    """Dotyczy: lot {{product_code|LO 3917}} z {{date|8 sierpnia}}, rezerwacja {{product_code|K7T2QX}}

Lot został odwołany, a na lot zastępczy nie było miejsc. Proszę o zwrot {{amount|1 284 zł}} za bilety moje i córki [[oth|Zuzanny]]. Przy odprawie podałem numer dowodu osobistego [[@plid]], mogą Państwo po nim sprawdzić rezerwację.

[[sig|Adam Cybulski]]
[[email|adam.cybulski@gmail.com]]""",
    # 13 rail complaint, no PII
    """Reklamacja: pociąg {{product_code|IC 5321}} z {{city|Krakowa}} do {{city|Szczecina}}, {{date|3 marca}}. Opóźnienie na miejscu docelowym {{quantity|142 minuty}}, klimatyzacja w wagonie 9 nie działała. Bilet kupiony w aplikacji, numer biletu {{@ticket:eIC########}}, cena {{amount|219,00 zł}}. Wnoszę o odszkodowanie {{percent|50%}} ceny biletu zgodnie z regulaminem.""",
    # 14 car rental form with the renter's own name, card for the deposit
    """Rezerwacja samochodu – dane najemcy
Najemca: [[intro|Łukasz Górecki]]
E-mail: [[email|lgorecki@onet.pl]]
Nr dowodu osobistego: [[@plid]]
Odbiór: {{city|Katowice}} Lotnisko, {{date|15.07.2025}} {{time|06:45}}
Zwrot: {{city|Wrocław}}, {{date|22.07.2025}}
Klasa: {{product_code|CDMR}}
Kaucja blokowana na karcie: [[@card:dash]]
Uwagi: dziecięcy fotelik x {{quantity|1}}""",
    # 15 garage SMS thread, mechanic by a diminutive, garage named after a surname
    """{{cbrand|Auto-Serwis Majewski}}: Dzień dobry, auto gotowe do odbioru, koszt {{amount|1 640 zł}} (rozrząd + pompa wody).
Klient: a można jutro rano? o {{time|7}} będę
{{cbrand|Auto-Serwis Majewski}}: Będzie pan [[oth|Heniu]], kluczyki u niego. VIN do faktury się zgadza? {{product_code|WF0AXXWPMAKA12345}}
Klient: tak zgadza się, dzięki
[[sig|Tomek]]""",
    # 16 school, parent to the class teacher, child's PESEL
    """Pani [[sal|Doroto]],

syn [[oth|Filip Jasiński]] z klasy {{product_code|4b}} nie będzie na wycieczce {{date|23 maja}}, bo ma zabieg. Wpłacone {{amount|85 zł}} proszę przeznaczyć na fundusz klasowy. Do ubezpieczenia, o które Pani prosiła, PESEL Filipa: [[@pesel:child-boy]].

Pozdrawiam
[[sig|Magdalena Jasińska]]""",
    # 17 university dean's office, student self-introduction mid-sentence
    """Szanowna Pani,

piszę w sprawie legitymacji – jestem studentką II roku filologii, [[intro|Weronika Pawlak]], nr albumu {{@num:######}}. Legitymacja została mi skradziona razem z portfelem {{date|10 października}}. Czy mogę złożyć wniosek o duplikat mailowo? PESEL: [[@pesel:female]].

Z wyrazami szacunku
[[email|w.pawlak@student.uw.edu.pl]]""",
    # 18 accounting office, NIP named indirectly
    """Pani [[sal|Iwono]],

przesyłam brakujące dokumenty za {{date|kwiecień}}: {{quantity|14 faktur}} kosztowych i wyciąg. Pytała Pani o numer, który dostałem z urzędu skarbowego dla działalności – to [[@nip:dash]], a REGON [[@regon:9]]. Czy {{cbrand|Biuro Rachunkowe Lewandowska}} rozlicza też PIT żony? Jeśli tak, to jej PESEL [[@pesel:female]].

Pozdrawiam
[[sig|Sławomir Krawczyk]]""",
    # 19 letter to the housing community with a sender block on top
    """[[sig|Ryszard Malinowski]]
[[address|ul. Lipowa 17/34
15-427 Białystok]]

Zarząd Wspólnoty Mieszkaniowej „Lipowa 17”

Uprzejmie proszę o zwrot nadpłaty za ogrzewanie z rozliczenia za {{date|2024 rok}} w kwocie {{amount|318,45 zł}} na rachunek [[@iban:PL:nrb]]. Numer lokalu w ewidencji: {{@num:L-###}}.

{{date|Białystok, 4 kwietnia 2025}}""",
    # 20 gym review, no PII, club named after a street
    """Klub przy {{street_as_brand|Puławskiej}} – sprzęt nowy, ale w szatni damskiej od {{date|dwóch tygodni}} nie działa prysznic. Karnet {{brand|Medicover Sport}} nie obsługuje zajęć z trenerem, a za {{quantity|4 wejścia}} dopłaciłam {{amount|120 zł}}. Ocena {{quantity|3/5}}.""",
    # 21 SaaS support ticket, reset link with a token, agent named
    """Zgłoszenie {{@ticket:SUP-#####}}
Od: [[email|ksiegowosc@stolbud.com.pl]]
Treść: Nie mogę się zalogować do programu do faktur. Link do resetu hasła wygasł: [[@url:https://app.faktury-online.pl/reset?token=]]
Konsultant [[oth|Kamil]] obiecał w piątek, że odblokuje konto na NIP [[@nip:plsp]] (REGON [[@regon:9]]), ale dalej nic.
--
[[sig|Danuta Borowiec]], {{job_title|główna księgowa}}""",
    # 22 B2B invoice with company blocks and a pipe table
    """FAKTURA VAT {{@invoice:FV/####/2025}}  Data wystawienia: {{date|31.01.2025}}

Sprzedawca: {{cbrand|Hurtownia Dudek}} s.c., [[address|ul. Przemysłowa 40, 33-100 Tarnów]]
NIP [[@nip:dash]], REGON [[@regon:9]]
Nabywca: Sklep „Pod Lipami”, NIP [[@nip]]

| Lp | Towar | Ilość | Cena netto |
| 1 | Mąka pszenna typ 650, {{product_code|MP650-25}} | {{quantity|40 worków}} | {{amount|2 480,00 zł}} |
| 2 | Cukier biały, {{product_code|CB-10}} | {{quantity|25 szt.}} | {{amount|875,00 zł}} |

Rachunek: [[@iban:PL:nrbc]]""",
    # 23 law office, client to the attorney, ex-husband named, ID card
    """{{greeting_without_name|Szanowny Panie Mecenasie}},

w nawiązaniu do sprawy rozwodowej (sygn. {{@num:III RC ###/24}}): mój były mąż, [[oth|Artur Nowicki]], od {{date|grudnia}} nie płaci alimentów. Do wniosku o egzekucję potrzebuje Pan moich danych – PESEL [[@pesel:female]], dowód osobisty [[@plid:sp]].

Z poważaniem
[[sig|Katarzyna Nowicka]]
[[@phone:PL:mintl]]""",
    # 24 forwarded e-mail about electricity, forwarded sender, son signs off
    """Przesyłam dalej, mama prosiła żeby to Państwu wysłać.
Pozdr. [[sig|Kuba]]

---------- Forwarded message ---------
Od: [[oth|Barbara Stępień]] <[[email|b.stepien1951@o2.pl]]>
Data: {{date|pon., 10 mar 2025}} {{time|18:02}}
Temat: prąd

PESEL [[@pesel:senior-female]], licznik nr {{@meter:########}}, punkt poboru {{@num:PL_ZEOD_##########_##}}. Od {{date|lutego}} przychodzą mi dwie faktury, jedna na {{amount|94,20 zł}} i druga na {{amount|231,77 zł}}. Która jest dobra?""",
    # 25 clinic, quoted reply from the registration desk, doctor named
    """Dziękuję, będę. Proszę jeszcze o informację, czy skierowanie od dr [[oth|Agnieszki Szulc]] jest ważne, bo wystawione było w {{date|październiku}}.
[[sig|Henryk Wilczek]]
PESEL [[@pesel:male]]

W dniu {{date|4.03.2025}} o {{time|10:12}} {{team_name|Rejestracja Przychodni}} <[[email|rejestracja@przychodnia-zdrowie.pl]]> napisał(a):
> {{greeting_without_name|Dzień dobry}}, wolny termin do kardiologa: {{date|18.03}} godz. {{time|11:40}}. Prosimy o potwierdzenie.""",
    # 26 marketplace scam report
    """Zgłaszam oszustwo. Sprzedawałam wózek za {{amount|700 zł}}, „kupujący” przysłał link do rzekomej płatności i prosił o dane karty. Pisał z numeru [[@phone:PL:mintl]] i przedstawiał się jako [[oth|Kevin Mendes]] z {{city|Portugalii}}. Numer ogłoszenia: {{@num:#########}}. Na szczęście podałam tylko numer konta do przelewu, [[@iban:PL:nrb]], kartą nie płaciłam.
[[sig|M. Piątek]]""",
    # 27 telecom chat, PESEL given with no label
    """Połączono z konsultantem: [[oth|Patryk]]
{{time|14:02}} Konsultant: Dzień dobry, w czym mogę pomóc?
{{time|14:03}} Klient: chce przeniesc numer do was z innej sieci
{{time|14:03}} Konsultant: Chętnie pomogę. Proszę podać numer PESEL właściciela umowy.
{{time|14:04}} Klient: [[@pesel:male]]
{{time|14:04}} Klient: numer do przeniesienia [[@phone:PL:mg3]]
{{time|14:05}} Konsultant: Dziękuję, przygotowuję umowę, termin przeniesienia {{date|21.05}}.""",
    # 28 insurer, Ukrainian worker introduces herself
    """Dzień dobry,
jestem [[intro|Ołena Krawczenko]], pracuję w {{city|Łodzi}} od {{date|2022 roku}}. Chcę wykupić ubezpieczenie zdrowotne dla siebie i syna [[oth|Maksyma]]. Mój PESEL: [[@pesel:mid-female]], syna: [[@pesel:child-boy]]. Składkę {{amount|129 zł}} miesięcznie mogę płacić z konta [[@iban:PL:group]].
Dziękuję
[[sig|Olena Kravchenko]]""",
    # 29 shop review, brands named after people, no PII
    """Torebka od {{brand|Wittchen}} za {{amount|599 zł}}, po {{quantity|miesiącu}} odkleja się pasek. W salonie w {{brand|Manufakturze}} powiedzieli, że to „normalne zużycie”. Z kolei koszula z {{brand|Vistuli}} po {{quantity|30 praniach}} jak nowa. Zamówienie {{@order:W-#######}}, reklamacja {{@ticket:RK/####}}.""",
    # 30 bank, company loan application, owner's PESEL
    """Wniosek o kredyt obrotowy – {{cbrand|Usługi Remontowe Bielecki}}
Wnioskowana kwota: {{amount|80 000 zł}}, okres {{quantity|36 miesięcy}}
NIP: [[@nip:dash2]]
REGON: [[@regon:9]]
Właściciel: [[intro|Jan Bielecki]], PESEL [[@pesel:male]]
Rachunek firmowy: [[@iban:PL:compact]]
Kontakt: [[@phone:PL:intl]], [[email|biuro@remonty-bielecki.pl]]""",
    # 31 gas supplier, customer confirms above the quoted letter, salutation inside the quote
    """Potwierdzam termin, będę w domu od rana. Proszę, żeby monter zadzwonił domofonem pod 14.
[[sig|Zdzisław Fijałkowski]]

> Szanowny Panie [[sal|Zdzisławie]],
>
> dziękujemy za zgłoszenie. Pomiar ciśnienia w instalacji pod adresem [[address|ul. Kolejowa 5, 32-600 Oświęcim]] wykona monter, pan [[oth|Grzegorz Bąk]], {{date|19.11}} między {{time|8:00}} a {{time|12:00}}.
>
> {{team_name|Dział Obsługi Klienta}}
> {{brand|Gazownia Małopolska}}""",
    # 32 hotel review signed with a first name and a city
    """Obsługa w {{brand|Hotelu Kasprowy}} bardzo miła, pokój czysty, ale śniadanie do {{time|10:00}} to za krótko w weekend. Basen zamknięty {{date|całą sobotę}} bez uprzedzenia. Pobyt {{quantity|3 noce}}, {{amount|1 470 zł}}.
– [[sig|Ania]], {{city|Poznań}}""",
    # 33 post office complaint, postman named, address
    """Przesyłka polecona {{@tracking:RR#########PL}} została oznaczona jako „awizowana”, choć listonosz, pan [[oth|Roman]], w ogóle nie przyszedł – byłem w domu cały dzień. Awizo znalazłem dopiero po {{quantity|5 dniach}}. Proszę o wyjaśnienie.
[[sig|Leszek Adamczyk]]
[[address|os. Tysiąclecia 41/8, 40-871 Katowice]]""",
    # 34 vet thanks, vet named, lower-case signature without diacritics
    """dzien dobry, chcialem podziekowac dr [[oth|Marcie Kubiak]] za operacje naszego psa – Bruno juz biega. rachunek {{@invoice:VET/####/25}} na {{amount|1 250 zl}} oplacony przelewem.
pozdrawiam
[[sig|lukasz zajac]]
[[@phone:PL:mcompact]]""",
    # 35 kindergarten payment, child's PESEL, title-only greeting
    """{{greeting_without_name|Dzień dobry Pani Dyrektor}},

czesne za {{date|wrzesień}} ({{amount|950 zł}}) wpłaciłem dwa razy – z mojego konta i z konta żony. Proszę o zwrot jednej wpłaty na rachunek [[@iban:PL:nrb]]. Dziecko: [[oth|Helena Ostrowska]], PESEL [[@pesel:child-girl]], grupa „{{brand|Biedronki}}”.

Pozdrawiam
[[sig|Paweł Ostrowski]]""",
    # 36 university, Vietnamese student, name surname-first in the signature
    """Dzień dobry,
nazywam się [[intro|Nguyen Thi Lan]], jestem studentką z {{city|Wietnamu}} na Politechnice. Dostałam PESEL [[@pesel:female]] i chcę go dopisać w systemie USOS zamiast numeru paszportu. Nr indeksu {{@num:######}}.
Dziękuję bardzo
[[sig|NGUYEN Thi Lan]]""",
    # 37 car leasing dispute, quoted reply with a name
    """Nie zgadzam się z obciążeniem {{amount|2 150 zł}} za „rysy na zderzaku” – przy zwrocie auta pan [[oth|Wiktor Leśniak]] z Państwa firmy podpisał protokół bez uwag.
[[sig|Izabela Kurek]]
{{job_title|kierownik floty}}, {{cbrand|Kurek i Synowie}} sp.j., NIP [[@nip:dash]]

W dniu {{date|12.06.2025}} o {{time|09:05}} {{team_name|Dział Windykacji}} napisał:
> Szanowna Pani [[sal|Izabelo]],
> dotyczy umowy {{@contract:UL/#####/##}}. Prosimy o uregulowanie noty {{@invoice:NO/###/2025}}.""",
    # 38 pharmacy complaint, pharmacist by first name, landline with an extension outside
    """Szanowni Państwo,
{{date|15 maja}} w Państwa aptece przy {{street_as_brand|Piotrkowskiej}} pani magister [[oth|Renata]] wydała mi lek w innej dawce niż na recepcie ({{quantity|20 mg}} zamiast {{quantity|10 mg}}). Proszę o kontakt, numer stacjonarny [[@phone:PL:fnat]] wew. 21.
[[sig|Kazimierz Wilk]]
PESEL [[@pesel:male]]""",
    # 39 hosting renewal, quoted team reply, signer from a printing house named after a surname
    """Przedłużenie domeny opłacone {{date|dziś}}, potwierdzenie {{@order:ORD-######}} w załączniku. Proszę o fakturę na {{cbrand|Drukarnię Jaworski}}, dane jak poprzednio (NIP [[@nip:pl]]).
[[sig|Grzegorz]]

> {{greeting_without_name|Dzień dobry}},
> domena wygasa {{date|30.09.2025}}. Koszt odnowienia {{amount|99 zł}} netto.
> {{team_name|Zespół obsługi klienta}}""",
    # 40 municipal office form, first name and surname in separate fields
    """Wniosek o wydanie zaświadczenia – Urząd Gminy
Imię: [[intro|Halina]]
Nazwisko: [[intro|Borkowska]]
PESEL: [[@pesel:female]]
Adres zamieszkania: [[address|Stara Wieś 112, 05-825 Grodzisk Mazowiecki]]
Telefon: [[@phone:PL:mg3]]
E-mail: [[email|halina.borkowska@gmail.com]]
Cel: dodatek węglowy, wniosek {{@num:GK.####.###.2025}}""",
]

# =========================================================================== cs
ITEMS["cs"] = [
    # 01 telecom, self-introduction, initial + surname on the closing line
    """{{greeting_without_name|Dobrý den}},

jmenuji se [[intro|Radek Vondráček]] a u {{brand|O2}} mám tarif už {{quantity|9 let}}. Od {{date|března}} mi na vyúčtování chodí poplatek {{amount|149 Kč}} za službu, kterou jsem si neobjednal. Číslo zákazníka {{@num:#########}}, rodné číslo [[@rc:slash-male]], dotčené číslo [[@phone:CZ:mintl]].

Prosím o vrácení peněz. S pozdravem [[sig|R. Vondráček]]""",
    # 02 energy, change of supplier form, EAN of the supply point kept
    """Žádost o změnu dodavatele elektřiny
Jméno a příjmení: [[intro|Hana Doležalová]]
Rodné číslo: [[@rc:plain-female]]
Adresa odběrného místa: [[address|Palackého 1182/14, 500 02 Hradec Králové]]
EAN odběrného místa: {{@num:859182400#########}}
E-mail: [[email|hana.dolezalova@seznam.cz]]
Zálohy hradit z účtu: [[@iban:CZ:compact]]
Požadovaný termín: {{date|1. 7. 2025}}""",
    # 03 water outage, no PII
    """Včera {{date|18. 6.}} od {{time|8:00}} do {{time|17:30}} neteklo v celé ulici v {{city|Kolíně}} vůbec nic, a to bez ohlášení. Na webu {{brand|Vodos}} nebyla žádná informace. Jsem odběratel č. {{@num:########}}, žádám o slevu z vodného, protože jsme museli kupovat {{quantity|24 litrů}} balené vody.""",
    # 04 bank, stolen card, lower-case diminutive signature
    """ahoj, v tramvaji mi ukradli peněženku s kartou [[@card:group]]. v appce {{brand|Fio}} jsem ji zablokoval v {{time|19:12}}, ale předtím z ní někdo zaplatil {{amount|2 480 Kč}} v trafice. co mám dělat dál? účet [[@iban:CZ:group]]
[[sig|pepa]]""",
    # 05 insurer, parking damage, other driver by surname, policy number kept
    """Hlášení pojistné události k pojistce {{@contract:PS-########}}

{{date|2. 5. 2025}} na parkovišti u {{brand|Globusu}} v {{city|Čakovicích}} do mého auta vycouval pan [[oth|Šimek]] a rozbil mi přední světlo. Záznam o nehodě jsme sepsali na místě. Plnění prosím na účet [[@iban:CZ:group]].

[[sig|Vlastimil Pokorný]]
RČ [[@rc:slash-male]]
tel. [[@phone:CZ:mg3]]""",
    # 06 leasing, B2B, vocative salutation, firm named after the signer's surname
    """Vážený pane [[sal|Horáku]],

děkujeme za nabídku operativního leasingu na {{quantity|3 dodávky}}. Než podepíšeme, potřebujeme upravit nájezd na {{quantity|40 000 km}} ročně. Fakturační údaje:

{{cbrand|Zednictví Procházka}} s.r.o.
IČO: [[@ico]]
DIČ: [[@ico:cz]]

S pozdravem
Ing. [[sig|Tomáš Procházka]]
{{job_title|jednatel}}
[[@phone:CZ:mintl]]""",
    # 07 clinic, patient to her GP, doctor named with the title outside
    """{{greeting_without_name|Vážená paní doktorko}},

posílám výsledky z odběrů, které jsem si nechala udělat u MUDr. [[oth|Hany Řezníčkové]] na interně {{date|12. 2.}} Hodnota cukru byla {{quantity|7,4 mmol/l}}. Mám se objednat na kontrolu dřív než v {{date|dubnu}}? Moje rodné číslo pro kartu: [[@rc:plain-female]].

Děkuji
[[sig|Jaroslava Kočí]]""",
    # 08 dentist review, no PII, practice named after a surname
    """{{cbrand|Stomatologie Veselý}} v {{city|Brně}} – konečně zubař, který vysvětlí, co dělá. Ošetření kazu {{amount|1 200 Kč}}, dentální hygiena {{amount|1 500 Kč}}. Na termín se čeká asi {{quantity|3 týdny}}, objednávala jsem se {{date|v lednu}}. Dávám {{quantity|5 hvězdiček}}.""",
    # 09 vet web form, owner's own name, microchip number kept
    """Objednávka na očkování – Veterinární klinika
Majitel zvířete: [[intro|Libor Šindelář]]
Telefon: [[@phone:CZ:mnat]]
E-mail: [[email|libor.sindelar@email.cz]]
Zvíře: pes, kříženec, {{quantity|6 let}}
Číslo čipu: {{@num:203############}}
Poznámka: nejlépe {{date|v pátek}} po {{time|15:00}}, pes se bojí jiných psů.""",
    # 10 pharmacy, brand that looks like a person, surname-first signature in capitals
    """Dobrý den,
v lékárně {{brand|Dr.Max}} na {{street_as_brand|Vinohradské}} mi {{date|včera}} nevydali lék na eRecept s kódem {{product_code|4KX7M2PZ9QAT}}, prý chybí v systému. Lékař tvrdí, že recept odeslal, paní magistra to hledala i podle rodného čísla [[@rc:slash-female]]. Co s tím?
[[sig|NOVOTNÁ Jitka]]
[[@phone:CZ:mg3]]""",
    # 11 e-shop, reply to an agent by a vocative, refund account
    """Dobrý den, pane [[sal|Marku]],

děkuji za rychlou odpověď. Reklamovaný vysavač (objednávka {{@order:#########}}) jsem odeslal {{date|pondělí}} přes {{brand|Zásilkovnu}} se štítkem z vašeho odkazu [[@url:https://reklamace.eshop-domacnost.cz/stitek?token=]]. Peníze {{amount|5 990 Kč}} prosím vraťte na účet [[@iban:CZ:group]].

S pozdravem
[[sig|Dominik Fiala]]""",
    # 12 marketplace dispute, seller by initial, phone
    """Koupila jsem na inzerát kočárek za {{amount|3 500 Kč}}, prodávající [[oth|Lucie K.]] slíbila odeslání do {{date|pátku}}. Peníze jsem poslala {{date|12. 3.}} na její účet [[@iban:CZ:group]], od té doby nebere telefon [[@phone:CZ:mg3]] a inzerát {{@num:#########}} smazala. Můžete ji zablokovat?""",
    # 13 courier chat, operator named once, phone with no label, delivery address
    """Operátor: [[oth|Tereza]]
[{{time|11:02}}] Operátor: Dobrý den, jak vám mohu pomoci?
[{{time|11:03}}] Zákazník: zásilka {{@tracking:Z ### #### ###}} stojí od {{date|úterý}} v depu
[{{time|11:04}}] Operátor: Vidím, že kurýr se nedovolal. Jaké telefonní číslo máme použít?
[{{time|11:04}}] Zákazník: [[@phone:CZ:mcompact]]
[{{time|11:05}}] Zákazník: a doručit prosím na [[address|Husova 27, 370 01 České Budějovice]]""",
    # 14 hotel booking, female surname salutation, Vietnamese name in the signature, card
    """Vážená paní [[sal|Šťastná]],

potvrzuji rezervaci apartmánu od {{date|14. 8.}} do {{date|18. 8.}} pro {{quantity|4 osoby}}. Garanci prosím stáhněte z karty [[@card:plain]], platnost {{date|09/27}}. Přijedeme kolem {{time|20:00}} z {{city|Chebu}}.

Děkuji
[[sig|Tran Van Duc]]""",
    # 15 airline refund, daughter named, account in a neighbouring country
    """Dobrý den,
let {{product_code|QS 1136}} z {{city|Prahy}} do {{city|Heraklionu}} dne {{date|6. 7. 2025}} byl zrušen. Žádám o vrácení {{amount|18 460 Kč}} za mě a dceru [[oth|Emu]], rezervace {{product_code|W4J8TZ}}. Bydlíme v Bratislavě, proto prosím na slovenský účet [[@iban:SK:group]].
[[sig|Petr Hloušek]]""",
    # 16 rail, no PII
    """Stížnost na spoj {{product_code|RJ 1013}} {{date|21. 4.}}: vlak z {{city|Ostravy}} stál {{quantity|75 minut}} u {{city|Zábřehu}}, bez jakékoli informace, klimatizace nefungovala. Jízdenka {{@ticket:#########}}, cena {{amount|289 Kč}}. Podle podmínek mi náleží náhrada {{percent|25 %}}.""",
    # 17 car rental form with the driver's own name
    """Rezervace vozu – údaje řidiče
Řidič: [[intro|Matěj Kadlec]]
E-mail: [[email|kadlec.matej@gmail.com]]
Telefon: [[@phone:CZ:mintl]]
Vyzvednutí: Letiště {{city|Praha}}, {{date|3. 9.}} v {{time|7:15}}
Kauce z karty: [[@card:dash]]
Třída vozu: {{product_code|SUV Compact}}""",
    # 18 garage named after a surname, the mechanic is the same surname
    """Dobrý den,
ve čtvrtek jsem si v {{cbrand|Pneuservisu Kratochvíl}} nechal přezout kola, a dnes mi na dálnici upadla poklice a levé zadní kolo hází. Pan [[oth|Kratochvíl]] mi do telefonu řekl, že to „není jeho problém“. SPZ {{product_code|5A2 4471}}, účtenka {{@invoice:PS-#####}} na firmu s IČO [[@ico]].
[[sig|Vít Machala]]
[[@phone:CZ:mg3]]""",
    # 19 school, parent to the teacher, child's birth number, double surname
    """{{greeting_without_name|Milá paní učitelko}},

[[oth|Vojtěch]] bude od {{date|pondělí}} {{quantity|týden}} doma s neštovicemi, úkoly mu prosím pošlete přes {{brand|Bakaláře}}. Na školní výlet jste chtěla rodné číslo, je to [[@rc:slash-child-boy]].

Děkuji
[[sig|Lenka Kubíčková Horáková]]""",
    # 20 university, title-only greeting, self-introduction, birth number without slash
    """{{greeting_without_name|Vážený pane docente}},

jmenuji se [[intro|Adéla Šebestová]], studuji druhý ročník, studijní číslo {{@num:A2#B####P}}. Ve STAGu mi chybí zápočet z předmětu {{product_code|KMA/ALG1}}, který jste mi udělil {{date|17. 1.}} Rodné číslo pro kontrolu: [[@rc:plain-female]].

S pozdravem
[[email|adela.sebestova@studenti.zcu.cz]]""",
    # 21 municipal office, parking permit form
    """Žádost o rezidentní parkovací kartu
Žadatel: [[intro|Bohumil Hrubý]]
Rodné číslo: [[@rc:slash-male]]
Trvalý pobyt: [[address|Korunní 98, 120 00 Praha 2]]
RZ vozidla: {{product_code|1AZ 3307}}
Telefon: [[@phone:CZ:mg3]]
Zóna: {{product_code|P2-0120}}""",
    # 22 property manager, sender block on top, vocative salutation of a surname
    """[[sig|Miroslava Černíková]]
[[address|Sokolovská 56
186 00 Praha 8]]

Vážený pane [[sal|Bláho]],

jako správce domu jste slíbil výměnu zvonků do {{date|konce května}}. Nic se nestalo. Do fondu oprav platím {{amount|1 850 Kč}} měsíčně z účtu [[@iban:CZ:compact]] a byt {{@num:###/##}} mám řádně přihlášený.

S pozdravem
[[sig|M. Černíková]]""",
    # 23 gym, no PII, club named after a street
    """Chci zrušit členství v {{brand|Form Factory}} na {{street_as_brand|Vinohradské}}. Už {{quantity|dva měsíce}} nefunguje sauna a na recepci mi řekli, ať napíšu e-mail. Karta člena {{@num:FF-######}}, poslední platba {{amount|1 190 Kč}} {{date|1. 6.}}""",
    # 24 SaaS ticket, reset link, agent named, accounting office named after a surname
    """Požadavek {{@ticket:HD-######}}
Od: [[email|fakturace@ucetni-maresova.cz]]
Dobrý den, [[oth|Ondřej]] z podpory mi včera poslal odkaz na obnovení hesla, ale nefunguje: [[@url:https://app.fakturoid-cloud.cz/password/reset?token=]]
Účet je vedený na IČO [[@ico]], DIČ [[@ico:cz]].
[[sig|Zuzana Marešová]]
{{cbrand|Účetní kancelář Marešová}}""",
    # 25 B2B invoice, pipe table, Slovak buyer with IČ DPH
    """FAKTURA – DAŇOVÝ DOKLAD č. {{@invoice:2025####}}
Dodavatel: {{cbrand|Truhlářství Sýkora}} s.r.o., [[address|Lidická 12, 602 00 Brno]]
IČO [[@ico]], DIČ [[@ico:cz]]
Odběratel: Interiéry Nitra s.r.o., IČ DPH [[@icdph:sk]]

| Položka | Množství | Cena bez DPH |
| Kuchyňská linka dub, {{product_code|KL-240}} | {{quantity|1 ks}} | {{amount|86 400 Kč}} |
| Montáž | {{quantity|12 hod}} | {{amount|7 200 Kč}} |

Splatnost {{date|14. 11. 2025}}, účet [[@iban:CZ:group]]""",
    # 26 accounting office, salutation by vocative, tax id named indirectly, diminutive signature
    """Ahoj [[sal|Petro]],

posílám ti podklady k přiznání za {{date|2024}}. To číslo, co mi přidělil finanční úřad, je [[@ico:cz]], IČO [[@ico]]. Příjmy za rok cca {{amount|640 000 Kč}}, výdaje paušálem {{percent|60 %}}.

Díky moc
[[sig|Míra]]""",
    # 27 law office, self-introduction mid-sentence, landlord named
    """{{greeting_without_name|Vážený pane magistře}},

obracím se na Vás na doporučení sestry – jde o byt, ve kterém já, [[intro|Renata Soukupová]], bydlím od {{date|2019}}. Pronajímatel pan [[oth|Zdeněk Holub]] mi dal výpověď s {{quantity|měsíční lhůtou}}. Byt: [[address|Nádražní 7, 779 00 Olomouc]]. Rodné číslo pro plnou moc: [[@rc:slash-female]].

S úctou""",
    # 28 telecom chat, birth number as a bare answer
    """Chat – operátorka [[oth|Jana]]
{{time|16:41}} {{brand|T-Mobile}}: Dobrý den, pro ověření mi prosím napište rodné číslo majitele smlouvy.
{{time|16:42}} Zákazník: [[@rc:plain-male]]
{{time|16:42}} {{brand|T-Mobile}}: Děkuji. Které číslo chcete převést na paušál?
{{time|16:43}} Zákazník: [[@phone:CZ:mg3]] a taky manželky [[@phone:CZ:mg3]]""",
    # 29 forwarded header, forwarder signs with a short name
    """Posílám dál, mamka to nezvládá sama. [[sig|Dan]]

---------- Přeposlaná zpráva ----------
Od: [[oth|Ivana Štěpánková]] <[[email|ivana.stepankova@centrum.cz]]>
Datum: {{date|čt 9. 1. 2025}} {{time|19:20}}
Předmět: vyúčtování plyn

Dostala jsem doplatek {{amount|6 812 Kč}}, ale zálohy jsem platila celý rok. Zákaznické číslo {{@num:##########}}, rodné číslo [[@rc:slash-senior-female]].""",
    # 30 insurer, quoted reply with a Vietnamese surname in the vocative
    """Dobrý den, posílám číslo účtu pro výplatu: [[@iban:CZ:group]].
[[sig|Nguyen Van Hung]]

Dne {{date|3. 4. 2025}} v {{time|9:15}} {{team_name|Likvidace pojistných událostí}} napsal(a):
> Vážený pane [[sal|Nguyene]],
> Vaše pojistná událost {{@contract:PU-#######}} byla uzavřena s plněním {{amount|12 300 Kč}}.""",
    # 31 e-shop review signed with a first name, brand that is a surname
    """Boty od {{brand|Bati}} objednané {{date|v neděli}}, doručené {{date|v úterý}}, velikost sedí. Jen krabice byla promáčklá. Za {{amount|1 799 Kč}} spokojenost.
– [[sig|Kateřina]], {{city|Olomouc}}""",
    # 32 energy, SIPO number kept, lower-case IBAN
    """Dobrý den, jmenuji se [[intro|Ludmila Vacková]]. Chci přejít z placení záloh přes SIPO ({{@num:##########}}) na inkaso z účtu [[@iban:CZ:lcgroup]]. Záloha {{amount|2 100 Kč}} měsíčně zůstává. Kontakt [[@phone:CZ:mnat]].""",
    # 33 noise complaint to the town hall, signed, pub named after a family
    """Stížnost na hluk: {{cbrand|Hospoda U Bednářů}} v {{city|Písku}} pořádá každý pátek a sobotu hudbu do {{time|2:00}} ráno. Obecní vyhláška povoluje do {{time|22:00}}. Podávala jsem stížnost už {{date|v dubnu}} (č. j. {{@num:MUPI/#####/2025}}), bez odezvy.
[[sig|Jaroslava Bártová]]""",
    # 34 B2B order, vocative salutation, signature block with a plumber firm named after a surname
    """Dobrý den pane [[sal|Koláři]],

objednáváme:
- {{product_code|PPR-20}} trubka {{quantity|120 m}}
- {{product_code|KK-1/2}} kulový kohout {{quantity|30 ks}}
Dodání na stavbu v {{city|Jihlavě}} do {{date|středy}}.

S pozdravem
[[sig|Aleš Bureš]]
{{job_title|vedoucí provozu}}
{{cbrand|Instalatérství Bureš}}, IČO [[@ico]]
[[@phone:CZ:mintl]] | [[email|ales@instalaterstvi-bures.cz]]""",
    # 35 clinic, Ukrainian patient introduces herself, insurance number is a birth number
    """Dobrý den, jsem [[intro|Oksana Melnyk]], pracuji v {{city|Pardubicích}}. Číslo pojištěnce mám [[@rc:slash-female]]. Potřebuji výsledky krve, odebírali mi {{date|10. 10.}} Můžete mi zavolat na [[@phone:CZ:mintl]]? Česky rozumím, ale lépe píšu.""",
    # 36 car leasing, title outside the signature, quoted team reply
    """Výkup vozu po skončení smlouvy chceme, prosím o návrh kupní smlouvy.
Bc. [[sig|Alena Vlčková]]
{{job_title|office manager}}, IČO [[@ico]], DIČ [[@ico:cz]]

Dne {{date|28. 2. 2025}} {{team_name|Oddělení správy smluv}} napsal(a):
> Smlouva {{@contract:OL-#####}} končí {{date|31. 3. 2025}}. Zůstatková hodnota vozu je {{amount|214 000 Kč}}.""",
    # 37 student dorm, lower-case signature without diacritics
    """dobry den, poslala jsem kolejne za {{date|rijen}} ({{amount|4 350 Kc}}) omylem bez variabilniho symbolu. platba odesla {{date|2.10.}} z uctu [[@iban:CZ:compact]]. muzete ji prosim sparovat? pokoj {{product_code|B-412}}
[[sig|tereza dolezalova]]""",
    # 38 guesthouse review signed by a family name
    """Penzion u Lipna nás mile překvapil: čisto, snídaně do {{time|10:30}}, majitelé ochotní. Za {{quantity|5 nocí}} jsme zaplatili {{amount|9 800 Kč}}. Příště zase!
Rodina [[sig|Kopeckých]], {{city|Tábor}}""",
    # 39 courier B2B delivery to Poland, Polish NIP in a Czech text
    """Dobrý den,
prosíme o vyzvednutí {{quantity|2 palet}} {{date|zítra}} do {{time|12:00}}, příjemce je v Polsku: Hurtownia Elektryczna, [[address|ul. Fabryczna 9, 43-300 Bielsko-Biała]], NIP [[@nip:pl]]. Objednávka přepravy {{@order:PRE-######}}, naše IČO [[@ico]].
[[sig|Pavel Hanák]]
{{team_name|expedice}}""",
    # 40 self-introduction with a first name from a transport firm named after a surname
    """Dobrý den, tady [[intro|Marek]] z {{cbrand|Autodopravy Hudec}}. Volal jsem vám {{date|dopoledne}} kvůli fakturám {{@invoice:FV-####-25}} a {{@invoice:FV-####-25}}, které ještě nejsou uhrazené. Naše IČO je [[@ico:sp]], kdyby bylo potřeba dohledat. Zavolejte mi prosím na [[@phone:CZ:mg3]].""",
]

# =========================================================================== sk
ITEMS["sk"] = [
    # 01 telecom, self-introduction, birth number with a slash, surname-only closing
    """{{greeting_without_name|Dobrý deň}},

volám sa [[intro|Ján Kolárik]] a som zákazníkom {{brand|Telekomu}} od {{date|2016}}. Na poslednej faktúre {{@invoice:##########}} mi účtujete {{amount|24,90 €}} za HBO, ktoré som nikdy nezapol. Rodné číslo: [[@rcsk:slash-male]], číslo služby [[@phone:SK:msk0slash]].

Prosím o dobropis.
[[sig|Kolárik]]""",
    # 02 energy, web form, EIC code kept
    """Prepis odberného miesta – formulár
Meno a priezvisko: [[intro|Lenka Šoltésová]]
Rodné číslo: [[@rcsk:plain-female]]
Adresa odberného miesta: [[address|Mierová 41, 821 05 Bratislava]]
EIC kód: {{@num:24ZZS########@}}
E-mail: [[email|lenka.soltesova@azet.sk]]
IBAN na preplatky: [[@iban:SK:compact]]
Stav elektromera k {{date|30. 4. 2025}}: {{quantity|18 342 kWh}}""",
    # 03 water, no PII
    """Už {{quantity|tretí deň}} tečie v {{city|Petržalke}} z kohútika hnedá voda. Na infolinke {{brand|BVS}} mi povedali, že ide o „prepláchnutie potrubia“. Číslo odberateľa {{@num:#########}}. Žiadam o zľavu za {{date|jún}}, za vodu som minulý mesiac zaplatila {{amount|38,60 €}}.""",
    # 04 bank, card fraud, diminutive signature
    """Dobrý deň,
dnes o {{time|03:17}} mi z karty [[@card:dash]] odišli dve platby po {{amount|199 €}} do nejakého e-shopu v {{city|Litve}}. Kartu som hneď zablokovala v aplikácii {{brand|Tatra banky}}. Prosím o reklamáciu, účet [[@iban:SK:group]].
Ďakujem
[[sig|Miška]]""",
    # 05 insurer, hail damage, title outside the signature
    """Hlásenie poistnej udalosti – poistka {{@contract:####-###-###}}

Dňa {{date|7. 7. 2025}} krupobitie v {{city|Trnave}} poškodilo kapotu a strechu auta. Fotky prikladám. Plnenie prosím na účet [[@iban:SK:group]].

S pozdravom
Ing. [[sig|Peter Baláž]]
RČ [[@rcsk:slash-male]]
[[@phone:SK:mintl]]""",
    # 06 leasing, B2B, female surname salutation, building-materials firm named after a surname
    """Vážená pani [[sal|Kováčiková]],

v prílohe posielam podpísanú zmluvu o finančnom leasingu {{@contract:FL/#####/25}} na bager. Údaje firmy:

{{cbrand|Stavebniny Hudák}} s.r.o.
IČO: [[@ico]]
DIČ: [[@icdph:plain]]
IČ DPH: [[@icdph:sk]]
Účet: [[@iban:SK:group]]

S pozdravom
[[sig|Marián Hudák]], {{job_title|konateľ}}
[[@phone:SK:mnat]]""",
    # 07 clinic, Hungarian name from the south, doctor named with the title outside
    """Dobrý deň, som [[intro|Alžbeta Nagyová]] z {{city|Komárna}}. U MUDr. [[oth|Szabóa]] som bola {{date|v pondelok}} a mala som prísť na kontrolu o {{quantity|dva týždne}}, ale sestrička ma nevie nájsť v systéme. Rodné číslo [[@rcsk:slash-female]]. Môžete mi zavolať na [[@phone:SK:mg3]]?""",
    # 08 dentist, title-only greeting, signature with a phone line
    """{{greeting_without_name|Dobrý deň, pani doktorka}},

musím zrušiť zajtrajší termín o {{time|8:30}}, syn má horúčku. Mohli by sme prísť budúci týždeň? Zálohu {{amount|50 €}} za korunku som už zaplatil.

Ďakujem
[[sig|Roman Straka]]
[[@phone:SK:msk0]]""",
    # 09 vet review, no PII, practice named after a surname
    """{{cbrand|Veterina Gregor}} v {{city|Žiline}} – rýchle ošetrenie psíka po uhryznutí, šitie a antibiotiká za {{amount|85 €}}. Čakali sme {{quantity|20 minút}} aj bez objednania v {{date|nedeľu}}. Odporúčam.""",
    # 10 online pharmacy, order form
    """Objednávka – internetová lekáreň
Meno: [[intro|Gabriela Ďuricová]]
Doručenie: [[address|Štúrova 14, 949 01 Nitra]]
Telefón: [[@phone:SK:mnat]]
E-mail: [[email|gabika.duricova@gmail.com]]
Číslo objednávky: {{@order:OBJ-#######}}
Poznámka: vitamín D {{quantity|2 balenia}}, prosím nedávať do Z-boxu. Odkaz na platbu nefunguje: [[@url:https://platba.lekaren-online.sk/pay?token=]]""",
    # 11 e-shop, first-name salutation, lower-case IBAN
    """Dobrý deň, pán [[sal|Tomáš]],

ďakujem za vybavenie reklamácie. Peniaze {{amount|429 €}} za objednávku {{@order:#########}} mi prosím pošlite na [[@iban:SK:lcgroup]], kartu, ktorou som platil, už nemám.

S pozdravom
[[sig|Filip Mráz]]""",
    # 12 marketplace fraud, seller named, initial + surname signature
    """Na bazári som kúpila bicykel za {{amount|320 €}}. Predávajúci sa predstavil ako [[oth|Dávid Rigo]], peniaze som poslala {{date|3. 5.}} na jeho účet [[@iban:SK:group]] a odvtedy neodpovedá. Telefón, z ktorého písal: [[@phone:SK:mintl]]. Inzerát {{@num:#########}} je už zmazaný.
[[sig|J. Mikulová]]""",
    # 13 courier chat, operator named, phone with no label, address
    """Chat s operátorkou [[oth|Andrea]]
[{{time|13:20}}] {{brand|Packeta}}: Dobrý deň, ako vám môžem pomôcť?
[{{time|13:21}}] Zákazník: zásielka {{@tracking:Z ### #### ###}} sa vrátila, chcem ju poslať znova
[{{time|13:22}}] {{brand|Packeta}}: Na akú adresu a aké číslo?
[{{time|13:23}}] Zákazník: [[address|Kukučínova 3, 040 01 Košice]]
[{{time|13:23}}] Zákazník: [[@phone:SK:msk0]]""",
    # 14 hotel in the Tatras, surname salutation, Hungarian signature, card
    """Vážený pán [[sal|Hrnčiar]],

chcel by som rezervovať izbu pre {{quantity|2 osoby}} od {{date|20. 2.}} do {{date|23. 2.}} s polpenziou. Garancia kartou [[@card:group]], platnosť {{date|11/26}}. Prídeme neskoro, asi o {{time|21:30}}.

Köszönöm / Ďakujem
[[sig|Krisztián Varga]]""",
    # 15 airline refund, passengers named
    """Dobrý deň,
let {{product_code|FR 3271}} z {{city|Bratislavy}} do {{city|Londýna}} {{date|14. 3.}} bol zrušený. Žiadam o vrátenie {{amount|312 €}} za mňa a manželku [[oth|Petronelu Škultétyovú]], rezervácia {{product_code|H2K9PL}}. Účet: [[@iban:SK:group]].
[[sig|Igor Škultéty]]
[[email|igor.skultety@post.sk]]""",
    # 16 rail, no PII, a named train
    """Rýchlik {{product_code|R 612}} {{brand|Tatran}} z {{city|Košíc}} {{date|v piatok}} meškal {{quantity|110 minút}}, vo vozni 5 nefungovalo kúrenie. Lístok {{@ticket:##########}}, cena {{amount|17,49 €}}. Prosím o odškodnenie podľa prepravného poriadku.""",
    # 17 car rental form with the renter's own name
    """Rezervácia vozidla
Nájomca: [[intro|Silvia Oravcová]]
E-mail: [[email|s.oravcova@centrum.sk]]
Telefón: [[@phone:SK:mintl]]
Prevzatie: Letisko {{city|Košice}}, {{date|1. 8.}} {{time|10:00}}
Vrátenie: {{city|Poprad}}, {{date|8. 8.}}
Depozit z karty: [[@card:plain]]""",
    # 18 garage named after a surname, customer's own firm with its ids
    """Dobrý deň,
faktúru {{@invoice:AO-####/25}} od {{cbrand|Autoservisu Ondruš}} za výmenu spojky ({{amount|740 €}}) prosím prepísať na firmu, nie na mňa: Elektro Sever s.r.o., IČO [[@ico]], IČ DPH [[@icdph:sksp]].
[[sig|Dušan Kollár]]
[[@phone:SK:msk0slash]]""",
    # 19 school, parent to the teacher, child by a diminutive, child's birth number
    """{{greeting_without_name|Milá pani učiteľka}},

[[oth|Samko]] bude chýbať od {{date|stredy}} do {{date|piatku}}, ideme k lekárke do {{city|Martina}}. Na lyžiarsky kurz ste pýtali rodné číslo, je to [[@rcsk:slash-child-boy]].

Ďakujem
[[sig|Zuzana Bieliková]]""",
    # 20 university, title-only greeting, self-introduction, birth number without slash
    """{{greeting_without_name|Vážený pán profesor}},

volám sa [[intro|Michaela Poláková]], som študentka 3. ročníka, študijné číslo {{@num:######}}. V AIS-e mám pri skúške {{product_code|MAT-2}} známku FX, hoci som písala {{date|22. 1.}} a mala som {{quantity|68 bodov}}. Rodné číslo: [[@rcsk:plain-female]].

S úctou
[[email|michaela.polakova@student.tuke.sk]]""",
    # 21 municipal office, waste fee form
    """Priznanie k poplatku za komunálny odpad
Meno a priezvisko: [[intro|Štefan Bartoš]]
Rodné číslo: [[@rcsk:slash-male]]
Trvalý pobyt: [[address|Jilemnického 8, 911 01 Trenčín]]
Počet osôb v domácnosti: {{quantity|4}}
Preplatok vrátiť na: [[@iban:SK:group]]""",
    # 22 property manager, sender block on top, female surname salutation
    """[[sig|Anton Vrabec]]
[[address|Hviezdoslavova 22
080 01 Prešov]]

Vážená pani [[sal|Kráľová]],

ako správkyňa bytového domu ste nám v {{date|marci}} sľúbili opravu výťahu. Doteraz nefunguje a na 8. poschodí bývajú dvaja dôchodcovia. Do fondu opráv platím {{amount|62 €}} mesačne, byt č. 14.

S pozdravom
[[sig|A. Vrabec]]""",
    # 23 gym, first-name signature, club named after a street
    """Fitko na {{street_as_brand|Hlavnej}} v Košiciach: permanentka {{amount|45 €}}, ale od {{date|mája}} nefunguje klimatizácia a v sále je cez {{quantity|30 °C}}. Na recepcii len krčia ramenami. Číslo členskej karty {{@num:#######}}.
[[sig|Zdenka]]""",
    # 24 SaaS ticket, reset link, agent named, architect's studio named after a surname
    """Tiket {{@ticket:#####}}
Od: [[email|studio@atelier-lipka.sk]]
Dobrý deň, kolega [[oth|Martin]] z vašej podpory mi poslal odkaz na obnovu hesla, ale hlási chybu: [[@url:https://moj.ucto-online.sk/obnova-hesla?token=]]
Firma: {{cbrand|Ateliér Lipka}}, IČO [[@ico]], DIČ [[@icdph:plain]]
Ing. arch. [[sig|Oľga Lipková]]""",
    # 25 B2B invoice, pipe table, Czech buyer with a CZ DIČ
    """FAKTÚRA č. {{@invoice:2025####}}
Dodávateľ: {{cbrand|Tlačiareň Maťovčík}} s.r.o., [[address|Priemyselná 4, 965 01 Žiar nad Hronom]]
IČO [[@ico]], DIČ [[@icdph:plain]], IČ DPH [[@icdph:sk]]
Odberateľ: Reklama Morava s.r.o., DIČ [[@ico:cz]]

| Položka | Množstvo | Cena bez DPH |
| Letáky A5, {{product_code|LA5-135}} | {{quantity|10 000 ks}} | {{amount|410,00 €}} |
| Roll-up 85x200 | {{quantity|3 ks}} | {{amount|165,00 €}} |

Účet: [[@iban:SK:group]]""",
    # 26 accounting, diminutive salutation, DIČ named indirectly, short signature
    """Ahoj [[sal|Evka]],

posielam ti bločky za {{date|máj}}. To číslo, čo mi dali na daňovom úrade, keď som si otváral živnosť, je [[@icdph:plain]], a IČO [[@ico]]. Tržby cca {{amount|3 200 €}}.

Vďaka
[[sig|Paľo]]""",
    # 27 law office, self-introduction mid-sentence, other party named
    """{{greeting_without_name|Vážený pán advokát}},

obraciam sa na Vás v mene rodiny – dom po otcovi, ktorý ja, [[intro|Ivan Šimko]], zdedil spolu so sestrou, si nárokuje bývalá partnerka otca, pani [[oth|Helena Juríková]]. Nehnuteľnosť: [[address|Dolná 15, 974 01 Banská Bystrica]]. Moje rodné číslo pre plnú moc: [[@rcsk:slash-male]].

S úctou""",
    # 28 telecom chat, birth number without a label
    """{{time|10:05}} Agent [[oth|Miro]]: Dobrý deň, pre overenie napíšte prosím rodné číslo držiteľa zmluvy.
{{time|10:06}} Zákazník: [[@rcsk:plain-male]]
{{time|10:06}} Agent: Ďakujem. Ktoré číslo chcete preniesť?
{{time|10:07}} Zákazník: [[@phone:SK:mg3]]""",
    # 29 forwarded header, forwarder signs with a short name
    """Posielam ďalej, svokra to nevie poslať sama.
[[sig|Maťo]]

---------- Preposlaná správa ---------
Od: [[oth|Terézia Mikušová]] <[[email|terezia.mikusova@zoznam.sk]]>
Dátum: {{date|ut 4. 2. 2025}} o {{time|17:48}}
Predmet: plyn

Dostala som vyúčtovanie s doplatkom {{amount|486,20 €}}, ale zálohy som platila pravidelne. Zmluva {{@contract:#########}}.""",
    # 30 insurer, quoted reply with the salutation inside
    """Dobrý deň, prikladám číslo účtu: [[@iban:SK:compact]].
[[sig|Rudolf Oravec]]

Dňa {{date|12. 6. 2025}} o {{time|8:41}} {{team_name|Oddelenie likvidácie}} napísal(a):
> Vážený pán [[sal|Oravec]],
> Vaša poistná udalosť {{@contract:PU########}} bola schválená, plnenie {{amount|1 150 €}}.""",
    # 31 e-shop review, first name and city, brand that is a person's name
    """Rifle od {{brand|Calvina Kleina}} prišli za {{quantity|2 dni}}, veľkosť sedí, ale farba je iná ako na fotke. Vrátenie bez problémov, peniaze {{amount|89 €}} späť do týždňa.
– [[sig|Veronika]], {{city|Levice}}""",
    # 32 gas, self-introduction, lower-case compact IBAN
    """Dobrý deň, som [[intro|Ivan Sloboda]] a chcem si zmeniť platbu záloh za plyn na inkaso z účtu [[@iban:SK:lc]]. Zmluva {{@contract:##########}}, záloha {{amount|58 €}}. Ak treba, volajte na [[@phone:SK:mintl]].""",
    # 33 bus company, driver named from his badge
    """Sťažnosť: {{date|23. 9.}} o {{time|7:40}} na linke {{product_code|39}} šofér zatvoril dvere pred dôchodkyňou s barlami a odišiel, hoci sme kričali. Na menovke mal [[oth|Richard Kováč]]. Žiadam, aby ste sa tým zaoberali.
[[sig|Blanka Tóthová]]""",
    # 34 B2B order, surname salutation, signature block with a heating firm named after a surname
    """Dobrý deň pán [[sal|Lukáč]],

objednávame na {{date|budúci týždeň}}:
- radiátor {{product_code|VK 22/600/800}} {{quantity|6 ks}}
- termostatická hlavica {{quantity|6 ks}}

S pozdravom
[[sig|Norbert Benko]]
{{cbrand|Kúrenárstvo Benko}}, IČO [[@ico]], IČ DPH [[@icdph:sk]]
[[@phone:SK:mintl]] · [[email|benko@kurenarstvo-benko.sk]]""",
    # 35 clinic, Ukrainian patient introduces herself
    """Dobrý deň, volám sa [[intro|Iryna Bondar]], som z {{city|Charkova}} a mám dočasné útočisko. Rodné číslo mi pridelili [[@rcsk:slash-mid-female]]. Potrebujem sa objednať k detskej lekárke so synom, termín {{date|v utorok}} nám nevyhovuje. Telefón [[@phone:SK:mnat]].""",
    # 36 car leasing, quoted team reply, title outside the signature
    """Súhlasíme s predčasným splatením, prosím o vyčíslenie k {{date|31. 10.}}
Mgr. [[sig|Katarína Jakubcová]]
{{job_title|finančná riaditeľka}}, IČO [[@ico]], IČ DPH [[@icdph:sk]]

Dňa {{date|2. 10. 2025}} {{team_name|Oddelenie správy zmlúv}} napísal(a):
> Zostatok istiny pri zmluve {{@contract:OL-######}} je {{amount|18 240 €}}.""",
    # 37 student dorm, lower-case signature without diacritics
    """dobry den, zaplatil som internat za {{date|oktober}} ({{amount|95 €}}) ale bez variabilneho symbolu. platba odisla {{date|3.10.}} z uctu [[@iban:SK:compact]]. izba {{product_code|C-217}}
[[sig|lubos kral]]""",
    # 38 guesthouse review signed by a couple with a family name
    """Penzión pod Roháčmi: izby čisté, domáca strava výborná, majitelia ochotní. Za {{quantity|4 noci}} {{amount|360 €}}. Radi prídeme znova!
Manželia [[sig|Hornákovci]], {{city|Nitra}}""",
    # 39 B2B delivery to the Czech Republic, Czech ids in a Slovak text
    """Dobrý deň,
prosím o vyzdvihnutie {{quantity|3 paliet}} {{date|vo štvrtok}}. Príjemca: Stavmat CZ s.r.o., [[address|Průmyslová 11, 741 01 Nový Jičín]], IČO [[@ico]]. Objednávka prepravy {{@order:TR-######}}, naše IČ DPH [[@icdph:sk]].
[[sig|Róbert Halász]]
{{team_name|expedícia}}""",
    # 40 self-introduction with a first name, bakery named after a surname
    """Dobrý deň, tu je [[intro|Rasťo]] z {{cbrand|Pekárne Šimko}}. Stále nemáme uhradené faktúry {{@invoice:FA###/2025}} a {{@invoice:FA###/2025}}. Naše IČO [[@ico:sp]], číslo účtu [[@iban:SK:group]]. Zavolajte mi prosím na [[@phone:SK:mg3]].""",
]

# =========================================================================== ru
ITEMS["ru"] = [
    # 01 telecom, self-introduction with a patronymic, surname + initials signature
    """{{greeting_without_name|Здравствуйте}}!

Меня зовут [[intro|Галина Петровна]], я абонент {{brand|МТС}} уже {{quantity|12 лет}}. С {{date|1 марта}} с моего номера [[@phone:RU:mru8]] ежемесячно списывают {{amount|299 ₽}} за подписку, которую я не подключала. Лицевой счёт {{@num:##########}}.

Прошу вернуть деньги.
[[sig|Шуваева Г. П.]]""",
    # 02 energy, web form, SNILS for a benefit
    """Заявление на перерасчёт – личный кабинет
ФИО: [[intro|Кузьмин Олег Васильевич]]
Адрес: [[address|630099, г. Новосибирск, ул. Советская, д. 18, кв. 44]]
Лицевой счёт: {{@num:##-####-###}}
СНИЛС (для льготы): [[@snils:dash]]
Телефон: [[@phone:RU:mruintl]]
E-mail: [[email|o.kuzmin@mail.ru]]
Показания на {{date|25.04.2025}}: день {{quantity|12 480}}, ночь {{quantity|6 115}}""",
    # 03 hot water outage, no PII
    """В нашем доме в {{city|Самаре}} отключили горячую воду на {{quantity|три недели}} вместо положенных {{quantity|14 дней}}. Заявка в диспетчерской № {{@ticket:####-##}} от {{date|5 июня}}, ответа нет. Прошу сделать перерасчёт, за ГВС в {{date|июне}} начислено {{amount|1 284,50 ₽}}.""",
    # 04 bank, phone fraud, fraudster named, first-name signature
    """Добрый день.
Сегодня в {{time|11:20}} мне позвонил мужчина, представился [[oth|Алексеем]] из службы безопасности {{brand|Сбербанка}} и попросил продиктовать код из СМС. Я не продиктовала, но карту [[@card:group]] прошу на всякий случай перевыпустить. Звонили с номера [[@phone:RU:mru8]].
[[sig|Вера]]""",
    # 05 insurer, OSAGO, other driver named, policy kept, card for the payout
    """Заявление о страховом случае по полису ОСАГО {{@contract:ХХХ ##########}}

{{date|18 мая}} в {{time|19:05}} на перекрёстке в {{city|Краснодаре}} водитель [[oth|Гасанов Эльдар Рамизович]] не уступил дорогу и повредил мне крыло. Европротокол оформили на месте. Выплату прошу перечислить на карту [[@card:plain]].

С уважением,
[[sig|Литвинов Андрей Сергеевич]]
[[@phone:RU:mruintl]]""",
    # 06 leasing, B2B, name and patronymic salutation, company named after a surname
    """Уважаемая [[sal|Марина Олеговна]]!

Направляем подписанный договор лизинга {{@contract:ДЛ-####/25}} на {{quantity|2 тягача}}. Реквизиты:

ООО «{{cbrand|Кравцов и партнёры}}»
ИНН [[@inn]]
ОГРН [[@ogrn]]

{{job_title|Генеральный директор}}
[[sig|Кравцов А. В.]]
[[@phone:RU:ruintl]]""",
    # 07 clinic, self-introduction mid-sentence, doctor by surname, OMS policy kept
    """{{greeting_without_name|Здравствуйте, доктор}}!

Пишу по поводу анализов, которые я, [[intro|Гарипова Алсу Ринатовна]], сдавала {{date|3 февраля}} по направлению терапевта [[oth|Ахмедовой]]. В личном кабинете их до сих пор нет. Полис ОМС {{@num:################}}, СНИЛС [[@snils:dash]].

Спасибо.""",
    # 08 dentist chat, administrator named, patient introduces himself
    """[{{time|18:02}}] Администратор [[oth|Кристина]]: Добрый вечер! Чем могу помочь?
[{{time|18:03}}] Пациент: добрый, это [[intro|Сергей Ким]], я записан на завтра на {{time|9:00}}, можно перенести на субботу?
[{{time|18:04}}] Администратор: В субботу свободно {{time|12:30}}. Подтвердите номер телефона, пожалуйста.
[{{time|18:04}}] Пациент: [[@phone:RU:mru8plain]]""",
    # 09 vet clinic review, no PII, brand named after a fairy-tale doctor
    """Ветклиника «{{brand|Айболит}}» в {{city|Перми}}: кошку приняли без записи, УЗИ и анализы за {{quantity|час}}. Счёт {{amount|4 750 ₽}}, дороговато, но врачи внимательные. Ставлю {{quantity|4 из 5}}.""",
    # 10 online pharmacy order form
    """Заказ в интернет-аптеке
Получатель: [[intro|Тимофеева Дарья]]
Адрес доставки: [[address|г. Екатеринбург, ул. Малышева, д. 71, кв. 9, 620075]]
Телефон: [[@phone:RU:mruintl]]
Эл. почта: [[email|dasha.timofeeva@yandex.ru]]
Номер заказа: {{@order:#########}}
Комментарий: позвонить за {{quantity|30 минут}}, домофон не работает. Ссылка на оплату не открывается: [[@url:https://pay.zdravcity-apteka.ru/order?token=]]""",
    # 11 marketplace, complaint about a sole trader with her ids from the product card
    """Добрый день!
Заказ {{@order:#########-####}} на {{brand|Wildberries}}: пришёл чайник с трещиной, продавец не отвечает. В карточке товара указано: ИП [[oth|Гусейнова Лейла Мамедовна]], ИНН [[@innp]], ОГРНИП [[@ogrn:15]]. Прошу вернуть {{amount|3 190 ₽}}.
[[sig|Павел Ершов]]""",
    # 12 classifieds fraud, fraudster named by first name
    """Меня обманули на {{brand|Авито}}: продавец телефона, назвался [[oth|Артуром]], попросил перевести предоплату {{amount|15 000 ₽}} на карту [[@card:group]] и пропал. Номер, с которого он писал: [[@phone:RU:mru8]]. Объявление {{@num:##########}} уже удалено. Помогите вернуть деньги.""",
    # 13 courier chat, operator named, phone with no label, address
    """{{brand|СДЭК}}, чат с оператором [[oth|Дарья]]
{{time|15:10}} Клиент: посылка {{@tracking:##########}} третий день «передана на доставку», курьер не приезжает
{{time|15:12}} Оператор: Приносим извинения. Уточните адрес и телефон для курьера.
{{time|15:13}} Клиент: [[address|г. Казань, ул. Баумана, д. 44, кв. 7]]
{{time|15:13}} Клиент: [[@phone:RU:mru8plain]]""",
    # 14 hotel, first-name salutation, card for the guarantee, Tatar name
    """Добрый день, [[sal|Ирина]]!

Подтверждаю бронь номера «Стандарт» с {{date|12 по 16 августа}} на {{quantity|двоих}}. Гарантийный платёж можно списать с карты [[@card:dash]]. Приедем поздно, около {{time|23:00}}, поезд из {{city|Москвы}}.

Спасибо,
[[sig|Тимур Абдуллаев]]""",
    # 15 airline refund, passengers named
    """Здравствуйте.
Рейс {{product_code|SU 1482}} {{city|Москва}} – {{city|Иркутск}} {{date|2 июля}} отменён. Прошу вернуть {{amount|41 600 ₽}} за билеты на меня и детей: [[oth|Аветисян Нарек]], [[oth|Аветисян Ани]]. Бронирование {{product_code|QWERTX}}, оплачено картой [[@card:group]], туда же прошу и возврат.
С уважением, [[sig|Аветисян Гаяне]]
[[email|gayane.avetisyan@gmail.com]]""",
    # 16 rail, no PII
    """Поезд № {{product_code|104В}} {{city|Москва}} – {{city|Адлер}} {{date|19 июля}}: в вагоне {{quantity|9}} не работал кондиционер, температура около {{quantity|35 градусов}}. Проводник сказал, что «так бывает». Электронный билет {{@ticket:##############}}, стоимость {{amount|8 920 ₽}}. Прошу компенсацию.""",
    # 17 car rental form with the renter's own name, licence number kept
    """Бронирование автомобиля
Арендатор: [[intro|Черных Константин Игоревич]]
Водительское удостоверение: {{@num:## ## ######}}
Телефон: [[@phone:RU:mruintl]]
E-mail: [[email|k.chernykh@bk.ru]]
Получение: {{city|Калининград}}, аэропорт Храброво, {{date|10.06}} {{time|14:00}}
Залог с карты: [[@card:group]]
Комментарий: арендую как ИП, закрывающие документы на ИНН [[@innp]], ОГРНИП [[@ogrn:15]]""",
    # 18 garage named after a patronymic nickname, mechanic named
    """Добрый вечер. В «{{cbrand|Гараже у Семёныча}}» {{date|в четверг}} меняли колодки, заплатил {{amount|6 400 ₽}}, а сегодня тормоза скрипят ещё сильнее. Мастер [[oth|Рустам]] обещал перезвонить и пропал. Заказ-наряд № {{@order:####}}.
[[sig|Игорь Лаптев]]
[[@phone:RU:mru8]]""",
    # 19 school, name and patronymic salutation, child by a diminutive, child's SNILS
    """Уважаемая [[sal|Елена Викторовна]]!

[[oth|Миша]] на этой неделе не придёт, у него ангина, справку принесём. Для оформления в лагерь Вы просили СНИЛС ребёнка: [[@snils:dash]].

С уважением,
[[sig|Ольга Ершова]]""",
    # 20 university, salutation, student introduces himself, personal INN for the stipend
    """Уважаемый [[sal|Игорь Семёнович]]!

Меня зовут [[intro|Даниил Пахомов]], группа {{product_code|ИВТ-21}}, номер зачётки {{@num:######}}. Бухгалтерия не начисляет стипендию за {{date|сентябрь}}, говорят, нет ИНН. Отправляю: [[@innp]].

С уважением,
[[email|d.pakhomov@edu.urfu.ru]]""",
    # 21 municipal complaint in the formal "I, ..." formula
    """В администрацию района

Я, [[intro|Белоусов Пётр Андреевич]], проживающий по адресу: [[address|г. Воронеж, ул. Лизюкова, д. 12, кв. 88]], сообщаю, что с {{date|апреля}} во дворе не вывозится мусор. Обращение № {{@ticket:ОГ-####}} в управу осталось без ответа. СНИЛС: [[@snils:dash2]], тел. [[@phone:RU:mru8]].

{{date|14.05.2025}}""",
    # 22 letter to a property manager with a sender header, surname-first signature
    """Генеральному директору ООО «УК Комфорт»
от [[sig|Ивановой Татьяны Николаевны]],
проживающей: [[address|г. Тула, пр-т Ленина, д. 102, кв. 31]]

ЗАЯВЛЕНИЕ

Прошу произвести перерасчёт платы за отопление за {{date|январь–март 2025}}, так как батареи в квартире были холодными. Лицевой счёт {{@num:#########}}, СНИЛС (пенсионер) [[@snils:dash]]. Сумма к перерасчёту по моим расчётам {{amount|5 730 ₽}}.

[[sig|Иванова Т. Н.]]""",
    # 23 gym, no PII, club named after a street
    """Клуб на {{street_as_brand|Арбате}}: абонемент за {{amount|54 000 ₽}} в год, а бассейн закрыт на «технические работы» с {{date|мая}}. Администратор предложила {{quantity|две недели}} заморозки в качестве компенсации. Договор № {{@contract:####-##}}. Несерьёзно.""",
    # 24 SaaS ticket, reset link with a token, agent named, job title
    """Обращение {{@ticket:#######}}
От: [[email|buh@stroymash-ural.ru]]
Здравствуйте! Специалист [[oth|Никита]] прислал ссылку для сброса пароля, но она не открывается: [[@url:https://online.buhsoft-cloud.ru/reset?token=]]
Организация ИНН [[@inn]], ОГРН [[@ogrn]].
--
[[sig|Наталья Ковалёва]]
{{job_title|главный бухгалтер}}""",
    # 25 B2B bill with a pipe table, sole trader as the buyer
    """Счёт на оплату № {{@invoice:###}} от {{date|17.03.2025}}
Поставщик: ООО «{{cbrand|Мельников и К}}», ИНН [[@inn]], ОГРН [[@ogrn]], [[address|443080, г. Самара, Московское ш., д. 4, стр. 2]]
Покупатель: ИП [[oth|Сафронов Денис Андреевич]], ИНН [[@innp]]

| № | Товар | Кол-во | Сумма |
| 1 | Плитка керамогранит 60×60, {{product_code|KG-6060}} | {{quantity|48 м²}} | {{amount|62 400,00}} |
| 2 | Клей плиточный 25 кг | {{quantity|20 шт.}} | {{amount|9 800,00}} |
Итого: {{amount|72 200,00 ₽}}, без НДС""",
    # 26 accounting, colloquial vocative salutation, personal INN named indirectly
    """Привет, [[sal|Свет]]!

Скинул сканы чеков за {{date|квартал}}. Ты спрашивала номер, который мне дали в налоговой, когда я открывал самозанятость, – вот: [[@innp]]. Доход примерно {{amount|410 000 ₽}}.

Спасибо!
[[sig|Костя]]""",
    # 27 law office, name and patronymic salutation, former employer named
    """Уважаемый [[sal|Аркадий Львович]]!

Обращаюсь по поводу невыплаченной зарплаты за {{quantity|три месяца}}. Директор ООО «Техносфера» [[oth|Зайцев]] обещал рассчитаться до {{date|1 июня}}, но денег нет. Мои данные для доверенности: СНИЛС [[@snils:dash]], ИНН [[@innp]].

С уважением,
[[sig|Рамиль Хабибуллин]]
[[@phone:RU:mru8]]""",
    # 28 bank chat, SNILS as a bare answer
    """{{time|09:31}} Банк: Для подачи заявки на вычет укажите, пожалуйста, СНИЛС.
{{time|09:33}} Клиент: [[@snils:plain]]
{{time|09:33}} Банк: Спасибо! Заявка № {{@ticket:########}} принята, срок рассмотрения {{quantity|30 дней}}.
{{time|09:34}} Клиент: а куда придут деньги? на карту [[@card:group]]?""",
    # 29 forwarded header, forwarder signs with a short name
    """Пересылаю, это от мамы, у неё не получается отправить с телефона.
[[sig|Саша]]

-------- Пересылаемое сообщение --------
От кого: [[oth|Людмила Голубева]] <[[email|l.golubeva56@rambler.ru]]>
Дата: {{date|среда, 8 января 2025}}, {{time|20:14}}
Тема: квитанция

Пришла квитанция на {{amount|9 870 ₽}}, а обычно {{amount|4 500}}. Лицевой счёт {{@num:##########}}, я получаю субсидию, СНИЛС [[@snils:dash]].""",
    # 30 support reply quoted, salutation inside the quote, card for the refund
    """Добрый день, деньги прошу вернуть на карту [[@card:dash]], старая заблокирована.
[[sig|В. П. Соколов]]

{{date|12.03.2025}}, {{time|10:15}}, «{{team_name|Служба поддержки}}»:
> Уважаемый [[sal|Виктор Павлович]]!
> По заказу № {{@order:#######}} оформлен возврат {{amount|7 490 ₽}}.""",
    # 31 food review signed with a first name and a city, brand named after a person
    """Колбаса «{{brand|Микоян}}» из {{brand|Пятёрочки}}: срок годности до {{date|20.09}}, а внутри уже плесень. Чек сохранила, {{amount|389,99 ₽}}. Очень разочарована.
– [[sig|Наталья]], {{city|Казань}}""",
    # 32 gas, self-introduction in the "пишет вам" formula
    """Добрый день! Пишет вам [[intro|Зинаида Фомина]], абонент по лицевому счёту {{@num:##########}}. Газовый счётчик № {{@meter:########}} поверен {{date|в марте}}, свидетельство прикладываю. Прошу убрать начисления по нормативу и учесть льготу ветерана труда, СНИЛС [[@snils:plain]]. Телефон [[@phone:RU:mru8]], почта [[email|zina.fomina@mail.ru]].""",
    # 33 taxi complaint, driver named by first name, plate kept
    """Вчера в {{time|23:40}} водитель [[oth|Фаррух]] (машина {{product_code|А 123 ВС 799}}) высадил меня не у подъезда, а на трассе, и списал с карты [[@card:dash]] {{amount|1 120 ₽}} вместо {{amount|640}}. Поездка {{@order:#########}}. Прошу вернуть разницу.
[[sig|Анастасия Леонова]]""",
    # 34 B2B order, first-name salutation, signature block with a building yard named after a surname
    """Добрый день, [[sal|Николай]]!

Просим поставить до {{date|пятницы}}:
- цемент М500 – {{quantity|60 мешков}}
- профлист {{product_code|С8-1150}} – {{quantity|40 листов}}

С уважением,
[[sig|Евгений Зуев]]
{{job_title|снабженец}}, ООО «{{cbrand|Стройдвор Зуев}}»
ИНН [[@inn]], ОГРН [[@ogrn]]
[[@phone:RU:mruintl]], [[email|zuev@stroydvor-zuev.ru]]""",
    # 35 clinic in Ukraine written in Russian, RNOKPP and a Ukrainian phone
    """Здравствуйте, меня зовут [[intro|Оксана Рудь]], я записывалась к кардиологу на {{date|среду}}, но в Хелси запись пропала. Мой РНОКПП: [[@rnokpp:female]]. Перезвоните, пожалуйста, на [[@phone:UA:mua38]].""",
    # 36 car leasing, quoted team reply, surname-first signature in capitals
    """Согласны на досрочный выкуп, просим выставить счёт.
[[sig|ФЁДОРОВА Анна Сергеевна]]
{{job_title|финансовый директор}}, ИНН [[@inn]], ОГРН [[@ogrn]]

{{date|02.10.2025}} {{team_name|Отдел сопровождения договоров}} пишет:
> Остаток по договору {{@contract:АЛ-######}} составляет {{amount|1 184 000 ₽}}.""",
    # 37 student dorm, lower-case signature, card
    """здравствуйте, оплатил общагу за {{date|октябрь}} ({{amount|1 850 ₽}}) с карты [[@card:plain]], а в личном кабинете долг. комната {{product_code|512-Б}}, чек прикладываю
[[sig|дима]]""",
    # 38 hotel review signed by a family
    """Гостевой дом у моря: чисто, хозяйка заботливая, до пляжа {{quantity|5 минут}}. За {{quantity|неделю}} заплатили {{amount|42 000 ₽}}. Обязательно вернёмся!
Семья [[sig|Морозовых]], {{city|Екатеринбург}}""",
    # 39 courier B2B, own company ids, OGRN
    """Добрый день! Просим забрать груз {{quantity|2 паллеты}} {{date|завтра}} с {{time|10}} до {{time|13}}. Отправитель: ООО «Северпласт», ИНН [[@inn]], ОГРН [[@ogrn]], склад [[address|г. Ярославль, ул. Промышленная, д. 19]]. Заявка {{@order:ЗП-######}}.
[[sig|Олег Дорофеев]], {{team_name|склад}}
[[@phone:RU:ru8]]""",
    # 40 self-introduction with a diminutive from a repair firm named after a surname
    """Добрый день, это [[intro|Гоша]] из «{{cbrand|Ремстрой Белов}}». До сих пор не оплачены счета № {{@invoice:###}} и № {{@invoice:###}} за ремонт офиса. Наш ИНН [[@inn]], ОГРН [[@ogrn]]. Наберите меня, пожалуйста: [[@phone:RU:mru8]].""",
]

# =========================================================================== uk
ITEMS["uk"] = [
    # 01 telecom, self-introduction, initial + surname signature
    """{{greeting_without_name|Добрий день}}!

Мене звати [[intro|Надія Гриценко]], я абонентка {{brand|Київстару}} з {{date|2011 року}}. З {{date|лютого}} з номера [[@phone:UA:mua0]] щомісяця знімають {{amount|45 грн}} за послугу, яку я не замовляла. Особовий рахунок {{@num:#########}}, РНОКПП [[@rnokpp:female]].

Прошу повернути кошти.
[[sig|Н. Гриценко]]""",
    # 02 energy, web form, EIC code kept
    """Заява на переоформлення договору – онлайн-форма
ПІБ: [[intro|Кравчук Степан Богданович]]
РНОКПП: [[@rnokpp:male]]
Адреса: [[address|вул. Городоцька, 174, кв. 12, м. Львів, 79022]]
EIC-код точки: {{@num:62Z##########@}}
Телефон: [[@phone:UA:mintl]]
E-mail: [[email|stepan.kravchuk@ukr.net]]
Показники на {{date|01.05.2025}}: {{quantity|23 914 кВт·год}}""",
    # 03 water, no PII
    """Третій день у {{city|Житомирі}} на нашій вулиці вода тільки вночі, з {{time|23:00}} до {{time|5:00}}. Ніхто не попереджав. Особовий рахунок {{@num:########}}. Прошу перерахунок за {{date|липень}}, бо ми купуємо воду по {{amount|40 грн}} за {{quantity|6 літрів}}.""",
    # 04 bank, phone fraud, fraudster named, lower-case signature
    """добрий вечір, мені щойно дзвонив чоловік, назвався [[oth|Дмитром]] зі служби безпеки {{brand|ПриватБанку}}, просив назвати код з смс. я нічого не казала, але про всяк випадок заблокуйте картку [[@card:group]]. дзвонили з [[@phone:UA:mua38]]
[[sig|оля]]""",
    # 05 insurer, motor claim, other driver named, IBAN for the payout
    """Повідомлення про ДТП за полісом {{@contract:ЕР-#########}}

{{date|21 квітня}} о {{time|8:15}} у {{city|Вінниці}} водій [[oth|Олександр Ткач]] на світлофорі в'їхав у задній бампер мого авто. Європротокол склали на місці. Виплату прошу на рахунок [[@iban:UA:group]].

З повагою,
[[sig|Богдана Лук'яненко]]
[[@phone:UA:mua38]]""",
    # 06 leasing, B2B, name and patronymic vocative, agro firm named after a surname
    """Шановна [[sal|Оксано Петрівно]]!

Надсилаємо підписаний договір лізингу {{@contract:ФЛ-####/25}} на {{quantity|2 трактори}}. Реквізити:

ТОВ «{{cbrand|Бондаренко Агро}}»
ЄДРПОУ [[@edrpou]]
IBAN [[@iban:UA:compact]]

{{job_title|Директор}}
[[sig|Василь Бондаренко]]
[[@phone:UA:mintl]]""",
    # 07 clinic, self-introduction mid-sentence, family doctor by surname
    """{{greeting_without_name|Доброго дня, пане лікарю}}!

Пишу щодо аналізів, які я, [[intro|Марта Дячук]], здавала {{date|10 березня}} за направленням сімейної лікарки [[oth|Ковальчук]]. У Helsi їх досі немає. Мій РНОКПП [[@rnokpp:female]], телефон [[@phone:UA:mnat]].

Дякую.""",
    # 08 dentist chat, administrator named once, Crimean Tatar patient introduces herself
    """Адміністратор: [[oth|Ярослава]]
[{{time|17:40}}] Адміністратор: Добрий вечір! Чим можу допомогти?
[{{time|17:41}}] Пацієнт: добрий вечір, це [[intro|Еміне Аблаєва]], я записана на четвер на {{time|10:00}}, можна перенести на п'ятницю?
[{{time|17:42}}] Адміністратор: П'ятниця {{time|15:30}} вільна. Підтвердіть, будь ласка, номер телефону.
[{{time|17:42}}] Пацієнт: [[@phone:UA:mcompact]]""",
    # 09 vet review, no PII, clinic named after a family
    """Ветклініка «{{cbrand|Марченко і син}}» у {{city|Полтаві}} – врятували нашого кота після отруєння. Крапельниці {{quantity|три дні}}, разом {{amount|3 600 грн}}. Лікарі на зв'язку навіть у {{date|неділю}}. Рекомендую!""",
    # 10 online pharmacy order form
    """Замовлення в інтернет-аптеці
Отримувач: [[intro|Савченко Лариса]]
Телефон: [[@phone:UA:mua0]]
Ел. пошта: [[email|larysa.savchenko@gmail.com]]
Доставка: {{brand|Нова пошта}}, {{city|Черкаси}}, відділення № {{product_code|14}}
Номер замовлення: {{@order:#######}}
Коментар: інсулін, потрібна термосумка. Посилання на оплату з SMS не відкривається: [[@url:https://pay.apteka-dobra.ua/checkout?sid=]]""",
    # 11 marketplace, complaint about a sole trader with her ids from the invoice
    """Добрий день!
Замовлення {{@order:#########}} на {{brand|Prom.ua}}: прийшов пилосос без насадок. Продавець – ФОП [[oth|Лисенко Ірина Василівна]], РНОКПП [[@rnokpp:female]], оплату я робив на її рахунок [[@iban:UA:group]]. На повідомлення не відповідає вже {{quantity|тиждень}}.
[[sig|Максим Олійник]]""",
    # 12 classifieds fraud, fraudster by first name, card
    """Мене ошукали на {{brand|OLX}}: продавець ноутбука, назвався [[oth|Владом]], попросив передоплату {{amount|6 000 грн}} на картку [[@card:group]] і зник. Писав з номера [[@phone:UA:mua0]]. Оголошення {{@num:#########}} вже видалене.""",
    # 13 courier chat, operator named, phone with no label, address
    """{{brand|Нова пошта}}, чат з оператором [[oth|Вікторія]]
{{time|12:03}} Клієнт: посилка {{@tracking:20450#########}} стоїть у відділенні, а я виїхала з міста, можна переадресувати?
{{time|12:05}} Оператор: Так, вкажіть нову адресу та телефон.
{{time|12:06}} Клієнт: [[address|вул. Соборна, 33, кв. 4, м. Рівне, 33028]]
{{time|12:06}} Клієнт: [[@phone:UA:mua0]]""",
    # 14 hotel in the Carpathians, vocative salutation, Hungarian signature, card
    """Доброго дня, [[sal|Мар'яно]]!

Підтверджую бронювання котеджу з {{date|3 по 7 січня}} на {{quantity|6 осіб}}. Передоплату можна списати з картки [[@card:dash]]. Приїдемо ввечері, близько {{time|20:00}}, з {{city|Ужгорода}}.

Дякую,
[[sig|Золтан Балог]]""",
    # 15 airline refund from Poland, passengers named
    """Добрий день.
Рейс {{product_code|W6 1543}} з {{city|Жешува}} до {{city|Лондона}} {{date|18 серпня}} скасовано. Прошу повернути {{amount|386 €}} за квитки на мене і доньку [[oth|Софію Гнатів]], бронювання {{product_code|ZK4M2P}}. Рахунок для повернення: [[@iban:UA:group]].
[[sig|Ірина Гнатів]]
[[email|iryna.hnativ@gmail.com]]""",
    # 16 rail, no PII
    """Поїзд Інтерсіті+ № {{product_code|743}} {{city|Київ}} – {{city|Харків}} {{date|22 травня}} запізнився на {{quantity|2 години 40 хвилин}}, у вагоні {{quantity|3}} не працювали розетки. Квиток {{@ticket:####-####-####-####}}, вартість {{amount|712 грн}}. Прошу компенсацію.""",
    # 17 car rental form with the renter's own name, Georgian name
    """Бронювання авто
Орендар: [[intro|Ніно Гелашвілі]]
РНОКПП: [[@rnokpp:female]]
Телефон: [[@phone:UA:mintl]]
E-mail: [[email|nino.gelashvili@i.ua]]
Отримання: {{city|Одеса}}, {{date|12.07}} {{time|09:00}}
Застава з картки: [[@card:plain]]""",
    # 18 garage named after a surname, mechanic named
    """Доброго вечора. На СТО «{{cbrand|Гараж Петренка}}» {{date|у вівторок}} міняли ремінь ГРМ, заплатив {{amount|7 800 грн}}, а сьогодні знову горить check engine. Майстер [[oth|Сергій]] не бере трубку. Платив карткою [[@card:group]], прошу повернути гроші. Наряд № {{@order:####}}.
[[sig|Андрій Коломієць]]
[[@phone:UA:mua38]]""",
    # 19 school, name and patronymic vocative, child by a diminutive, child's RNOKPP
    """Шановна [[sal|Галино Іванівно]]!

[[oth|Андрійко]] цього тижня на дистанційному навчанні, у нього вітрянка. Для табору Ви просили РНОКПП дитини: [[@rnokpp:child-boy]].

З повагою,
[[sig|Леся Вдовиченко]]""",
    # 20 university, Nigerian student introduces himself
    """Шановний пане декане!

Мене звати [[intro|Чуквуемека Оконкво]], я студент 3 курсу медичного факультету з {{city|Нігерії}}, студентський квиток {{@num:@@ ########}}. Мені не нарахували стипендію за {{date|жовтень}}. Бухгалтерія просить РНОКПП: [[@rnokpp:male]].

З повагою,
[[email|c.okonkwo@student.knmu.edu.ua]]""",
    # 21 municipal office, formal "I, ..." formula
    """До ЦНАП Дніпровської районної адміністрації

Я, [[intro|Мороз Віталій Олегович]], що проживаю за адресою: [[address|просп. Дмитра Яворницького, 56, кв. 17, м. Дніпро, 49000]], прошу видати довідку про склад сім'ї. РНОКПП [[@rnokpp:male]], тел. [[@phone:UA:mua0]].

{{date|03.06.2025}}""",
    # 22 letter to a housing association with a sender header
    """Голові правління ОСББ «Світанок»
від [[sig|Семенюк Ганни Іванівни]], кв. 27

ЗАЯВА

Прошу повернути переплату внесків за {{date|2024 рік}} у сумі {{amount|1 240 грн}} на рахунок [[@iban:UA:group]]. Квитанції додаю.

[[sig|Г. Семенюк]]""",
    # 23 gym, member introduces herself by first name
    """Привіт! Це [[intro|Юлія]], хочу заморозити абонемент у клубі на {{street_as_brand|Дерибасівській}} на {{quantity|місяць}}, бо їду у відрядження. Картка {{@num:#######}}, оплачено до {{date|31 грудня}}. Мій номер [[@phone:UA:mcompact]].""",
    # 24 SaaS ticket, reset link, agent named, job title
    """Звернення {{@ticket:#####}}
Від: [[email|buh@agrotrade-poltava.com.ua]]
Вітаю! Фахівець [[oth|Денис]] надіслав посилання для скидання пароля, але воно не працює: [[@url:https://cabinet.kasa-online.ua/reset?token=]]
Компанія ЄДРПОУ [[@edrpou]].
--
[[sig|Тетяна Руденко]]
{{job_title|головний бухгалтер}}""",
    # 25 B2B invoice with a pipe table, sole trader as the buyer
    """Рахунок на оплату № {{@invoice:СФ-###}} від {{date|14.02.2025}}
Постачальник: ТОВ «{{cbrand|Мельник і партнери}}», ЄДРПОУ [[@edrpou]], IBAN [[@iban:UA:group]]
Покупець: ФОП [[oth|Гаврилюк Остап Романович]], РНОКПП [[@rnokpp:male]]

| № | Товар | Кількість | Сума |
| 1 | Фарба фасадна 10 л, {{product_code|FF-10W}} | {{quantity|12 шт.}} | {{amount|14 280,00}} |
| 2 | Ґрунтовка 5 л | {{quantity|8 шт.}} | {{amount|3 120,00}} |
Разом: {{amount|17 400,00 грн}}, без ПДВ""",
    # 26 accounting, diminutive vocative, RNOKPP named indirectly
    """Привіт, [[sal|Юлю]]!

Кинув тобі чеки за {{date|квартал}}. Ти питала номер, який мені дали в податковій, коли я реєструвався як ФОП, – ось: [[@rnokpp:male]]. Дохід десь {{amount|290 000 грн}}.

Дякую!
[[sig|Тарас]]""",
    # 27 law office, vocative of a surname, landlord named
    """Шановний пане [[sal|Мельнику]]!

Звертаюся щодо квартири за адресою [[address|вул. Пушкінська, 8, кв. 3, м. Харків, 61057]]. Орендодавець [[oth|Ігор Задорожний]] вимагає виселитися за {{quantity|тиждень}}, хоча договір до {{date|грудня}}. Мій РНОКПП для довіреності: [[@rnokpp:female]].

З повагою,
[[sig|Вероніка Павленко]]""",
    # 28 bank chat, RNOKPP as a bare answer, card
    """{{time|10:12}} Банк: Для перевипуску картки вкажіть, будь ласка, РНОКПП.
{{time|10:13}} Клієнт: [[@rnokpp:male]]
{{time|10:13}} Банк: Дякуємо! Яку картку перевипускаємо?
{{time|10:14}} Клієнт: [[@card:group]], вона зламалась
{{time|10:15}} Банк: Заявку № {{@ticket:#######}} створено, картка буде за {{quantity|5 днів}}.""",
    # 29 forwarded header, forwarder signs with a short name
    """Пересилаю від свекрухи, вона не вміє з телефону.
[[sig|Іра]]

---------- Переслане повідомлення ---------
Від: [[oth|Валентина Щербак]] <[[email|v.shcherbak@ukr.net]]>
Дата: {{date|пн, 13 січ. 2025}} о {{time|19:02}}
Тема: газ

Прийшов рахунок {{amount|3 950 грн}}, а я платила щомісяця. Особовий рахунок {{@num:##########}}, РНОКПП [[@rnokpp:senior-female]].""",
    # 30 support reply quoted, name and patronymic vocative inside the quote
    """Доброго дня, ось рахунок для повернення: [[@iban:UA:compact]].
[[sig|Б. Я. Кушнір]]

{{date|12 березня 2025 р.}} о {{time|10:15}} {{team_name|Служба підтримки}} пише:
> Шановний [[sal|Богдане Ярославовичу]]!
> За замовленням № {{@order:#######}} оформлено повернення {{amount|2 499 грн}}.""",
    # 31 sweets review signed with a first name and a city, brand like a surname
    """Цукерки {{brand|Рошен}} з {{brand|АТБ}}: термін придатності до {{date|15.11}}, а шоколад уже білий. Чек є, {{amount|189,90 грн}}. Прикро.
– [[sig|Людмила]], {{city|Кременчук}}""",
    # 32 gas, self-introduction in the "пише вам" formula, lower-case IBAN
    """Добрий день! Пише вам [[intro|Петро Кузьмич]], особовий рахунок {{@num:##########}}. Лічильник № {{@meter:########}} повірено {{date|у квітні}}. Прошу зараховувати оплату з рахунку [[@iban:UA:lc]] і прибрати нарахування за нормою. Телефон [[@phone:UA:mua0]].""",
    # 33 taxi complaint, driver named, plate kept
    """Учора о {{time|22:50}} водій [[oth|Іон Русу]] (авто {{product_code|СЕ 4521 ВК}}) висадив мене за {{quantity|два квартали}} від адреси і зняв з картки [[@card:dash]] {{amount|285 грн}} замість {{amount|160}}. Поїздка {{@order:#########}}. Поверніть різницю, будь ласка.
[[sig|Карина Бойко]]""",
    # 34 B2B order, vocative salutation, signature block with a builder named after a surname
    """Доброго дня, пане [[sal|Олеже]]!

Просимо доставити до {{date|п'ятниці}}:
- цемент ПЦ-500 – {{quantity|80 мішків}}
- газоблок {{product_code|D500 600×300×200}} – {{quantity|12 піддонів}}

З повагою,
[[sig|Назар Савчук]]
{{job_title|виконроб}}, ТОВ «{{cbrand|Будмайстер Савчук}}», ЄДРПОУ [[@edrpou]]
[[@phone:UA:mintl]], [[email|savchuk@budmaister.com.ua]]""",
    # 35 worker in Poland writing in Ukrainian, PESEL and a Polish account
    """Доброго дня! Мене звати [[intro|Оксана Левчук]], я працюю на складі у {{city|Вроцлаві}} через вашу агенцію. Мені досі не прийшла зарплата за {{date|вересень}}. Мій PESEL: [[@pesel:mid-female]], рахунок: [[@iban:PL:nrb]], телефон [[@phone:PL:mintl]].""",
    # 36 car leasing, quoted team reply, surname-first signature in capitals
    """Погоджуємося на дострокове викуплення, надішліть рахунок.
[[sig|ГНАТЮК Роман Петрович]]
{{job_title|фінансовий директор}}, ЄДРПОУ [[@edrpou]], IBAN [[@iban:UA:compact]]

{{date|01.10.2025}} {{team_name|Відділ супроводу договорів}} пише:
> Залишок за договором {{@contract:ФЛ-######}} становить {{amount|1 480 000 грн}}.""",
    # 37 student dorm, lower-case signature, card
    """добрий день, заплатила за гуртожиток за {{date|жовтень}} ({{amount|950 грн}}) з картки [[@card:plain]], а в кабінеті борг. кімната {{product_code|414}}, квитанцію додаю
[[sig|марічка]]""",
    # 38 guesthouse review signed by a family
    """Садиба біля Синевиру: чисто, господиня привітна, вареники неймовірні. За {{quantity|5 ночей}} заплатили {{amount|9 500 грн}}. Приїдемо ще!
Родина [[sig|Коваленків]], {{city|Київ}}""",
    # 39 export to Poland, Polish NIP of the recipient
    """Добрий день! Просимо забрати {{quantity|4 палети}} {{date|в четвер}} до {{time|14:00}}. Відправник: ТОВ «Карпатські меблі», ЄДРПОУ [[@edrpou]]. Отримувач у Польщі: Meble Dom, NIP [[@nip:pl]], [[address|ul. Lubelska 12, 35-233 Rzeszów]]. Заявка {{@order:ЗП-######}}.
[[sig|Олег Кривенко]], {{team_name|склад}}""",
    # 40 self-introduction with a diminutive from a bakery named after a surname
    """Добрий день, це [[intro|Вітя]] з «{{cbrand|Пекарні Дорошенка}}». Досі не оплачені рахунки № {{@invoice:###}} і № {{@invoice:###}}. Наш ЄДРПОУ [[@edrpou]], IBAN [[@iban:UA:group]]. Наберіть мене, будь ласка: [[@phone:UA:mua38]].""",
]

# =========================================================================== en
ITEMS["en"] = [
    # 01 telecom, self-introduction, refund to the direct-debit account
    """{{greeting_without_name|Hello}},

My name is [[intro|Maureen Hale]] and I have been with {{brand|BT}} for {{quantity|15 years}}. Since {{date|February}} my bill has included a {{amount|£7.99}} charge for a sports add-on that I never ordered. Account number {{@num:@@########}}, landline [[@phone:GB:fnat]].

Please refund the charges to the account I pay by direct debit from, [[@iban:GB:group]]. Thanks.""",
    # 02 energy, web form, MPAN and meter serial kept
    """Change of tenancy – online form
Account holder: [[intro|Jonathan Ashworth]]
Supply address: [[address|27 Belgrave Terrace, Newcastle upon Tyne NE4 6HN]]
MPAN: {{@num:## ### ### ## #### #### ###}}
Meter serial: {{@meter:##@#######}}
Move-in date: {{date|01/06/2025}}, reading {{quantity|48213}}
Email: [[email|jon.ashworth@btinternet.com]]
Phone: [[@phone:GB:mnat]]
Direct Debit from: [[@iban:GB:group]]""",
    # 03 water, no PII
    """Third time this month the pressure in our street in {{city|Croydon}} has dropped to nothing between {{time|6pm}} and {{time|10pm}}. No notice on the {{brand|Thames Water}} website. Reference {{@ticket:TW########}} from the last complaint was closed without a fix. We pay {{amount|£46.20}} a month for this.""",
    # 04 bank, card fraud, lower-case first-name signature
    """hi, just noticed two payments of {{amount|£249.00}} from my card [[@card:group]] to some site in {{city|Riga}} at {{time|2:14am}}. i've frozen the card in the app. can you raise a chargeback? my account is [[@iban:GB:group]]
[[sig|tom]]""",
    # 05 car insurance claim, third party named, policy kept
    """Claim against policy {{@contract:MP/#######/##}}

On {{date|3 May}} at about {{time|8.20am}} a van reversed into my parked car outside {{brand|Tesco Extra}} in {{city|Warrington}}. The driver, Mr [[oth|Gary Pickering]], admitted fault and gave me his insurer's details. Photos attached. Please pay my excess back to [[@iban:GB:compact]].

Regards,
[[sig|Siobhan Kearney]]
[[@phone:GB:mintl]]""",
    # 06 leasing, B2B, surname salutation, plumbing firm named after a family
    """Dear Ms [[sal|Achterberg]],

Please find attached the signed hire purchase agreement {{@contract:HP-######}} for the {{quantity|two vans}}. Our details for the invoice:

{{cbrand|Harrington & Sons}} Plumbing Ltd
Company no. {{@num:########}}
VAT reg. [[@gbvat:gb]]
Bank: [[@iban:GB:group]]

Kind regards,
[[sig|Paul Harrington]]
{{job_title|Director}}
[[@phone:GB:mgbsp]]""",
    # 07 GP surgery, doctor salutation, NHS number
    """Dear Dr [[sal|Okafor]],

I was seen on {{date|12 March}} about my blood pressure and you asked me to send home readings. Average over {{quantity|two weeks}} was {{quantity|148/92}}. My NHS number is [[@nhs:sp]] and date of birth {{date|04/09/1956}}.

Yours sincerely,
[[sig|Margaret Doyle]]""",
    # 08 dentist review, no PII, practice named after a surname
    """{{cbrand|Hughes Dental Care}} in {{city|Cardiff}} – honest dentists, didn't push whitening on me. Check-up and scale & polish {{amount|£95}}. Waited {{quantity|10 minutes}} past my {{time|9:30}} slot. Would recommend.""",
    # 09 vet web form, owner's own name, microchip kept
    """Book an appointment – veterinary practice
Owner name: [[intro|Rebecca Thornton]]
Phone: [[@phone:GB:mnat]]
Email: [[email|becca.thornton@outlook.com]]
Pet: cat, {{quantity|11 years}}
Microchip: {{@num:826############}}
Reason: limping on the back left leg since {{date|Sunday}}""",
    # 10 pharmacy named after a family, patient named, NHS number
    """To whom it may concern,
On {{date|Friday}} the pharmacist at {{cbrand|Patel's Pharmacy}} gave my father {{quantity|28 tablets}} instead of {{quantity|56}}. The prescription is for [[oth|Dennis Cartwright]], NHS number [[@nhs:plain]]. Please can we collect the rest?
[[sig|Lorraine Cartwright]]
[[@phone:GB:mintl]]""",
    # 11 e-shop refund, reply to an agent by first name
    """Hi [[sal|Chloe]],

Thanks for approving the return. The parcel for order {{@order:#########}}, with the label from [[@url:https://returns.shopnorth.co.uk/label?token=]], went back with {{brand|Royal Mail}} on {{date|Tuesday}}. Please refund the {{amount|£64.00}} to the card I paid with, ending {{product_code|4417}}.

Cheers,
[[sig|Megan Lloyd]]""",
    # 12 marketplace dispute, seller named, tracking number kept
    """I bought a bike on here for {{amount|£180}} and the seller, [[oth|Connor Blake]], sent an empty box. Tracking {{@tracking:@@#########GB}} shows it delivered on {{date|9 April}}. I paid by bank transfer to [[@iban:GB:group]] and he has stopped replying. Item number {{@num:############}}.
[[sig|A. Mahmood]]""",
    # 13 courier chat, agent named once, phone with no label, address
    """Chat with [[oth|Jordan]] ({{brand|Evri}})
{{time|16:20}} You: my parcel {{@tracking:H00@@A##########}} says delivered but it isn't here
{{time|16:22}} Agent: Sorry about that. Can you confirm the delivery address and a contact number?
{{time|16:23}} You: [[address|Flat 3, 18 Clifton Road, Bristol BS8 1AF]]
{{time|16:23}} You: [[@phone:GB:mcompact]]""",
    # 14 hotel, first-name salutation, Polish guest's signature, card
    """Hi [[sal|Fiona]],

Just confirming our booking for {{date|22-25 August}}, double room, {{quantity|2 adults}}. You can take the deposit from [[@card:plain]], expiry {{date|03/27}}. We'll arrive late, around {{time|11pm}}, off the train from {{city|Glasgow}}.

Many thanks,
[[sig|Wojciech Nowicki]]""",
    # 15 airline refund, passengers named
    """Hello,
Flight {{product_code|U2 2147}} {{city|Gatwick}} – {{city|Faro}} on {{date|14 July}} was cancelled. I am requesting a refund of {{amount|£412.96}} for myself and my partner [[oth|Ellie Marsh]], booking {{product_code|K4TR9M}}. We paid by card [[@card:dash]].
[[sig|Liam Fletcher]]
[[email|liam.fletcher88@gmail.com]]""",
    # 16 rail, no PII
    """Delay Repay claim: {{product_code|1A22}} {{city|Manchester Piccadilly}} to {{city|London Euston}} on {{date|2 October}}, arrived {{quantity|67 minutes}} late. Ticket {{@ticket:##########}}, Anytime Return {{amount|£198.50}}. Claiming {{percent|50%}} of the single fare.""",
    # 17 car hire form with the driver's own name
    """Car hire booking
Main driver: [[intro|Deborah Akintola]]
Email: [[email|d.akintola@yahoo.co.uk]]
Mobile: [[@phone:GB:mintl]]
Pick-up: {{city|Edinburgh}} Airport, {{date|8 June}} {{time|10:45}}
Drop-off: {{city|Inverness}}, {{date|15 June}}
Deposit card: [[@card:group]]""",
    # 18 garage named after a surname, mechanic named, registration kept
    """I had my MOT at {{cbrand|McKenzie Motors}} on {{date|Monday}} and paid {{amount|£54.85}} plus {{amount|£210}} for brake pads. Now the car pulls to the left. [[oth|Stuart]] said to bring it back but nobody answers the phone. Reg {{product_code|SN19 KWX}}, invoice {{@invoice:MM-#####}}, paid by card [[@card:group]].
[[sig|Callum Reid]]
[[@phone:GB:mnat]]""",
    # 19 school, teacher salutation, child named
    """Dear Mrs [[sal|Llewellyn]],

[[oth|Alfie]] won't be in on {{date|Thursday}} as he has a hospital appointment in {{city|Swansea}}. He'll catch up on the maths homework over the weekend. For the trip form you asked for his NHS number: [[@nhs:sp]].

Thanks,
[[sig|Rhian Morgan]]""",
    # 20 university, professor salutation, student introduces herself
    """Dear Professor [[sal|Adebayo]],

I'm [[intro|Sophie Clarke-Whitmore]], a second-year student on your {{product_code|ECON2041}} module, student ID {{@num:#########}}. My coursework mark shows as zero although I submitted on {{date|27 November}} at {{time|14:52}}. I've attached the receipt.

Best wishes,
[[email|s.clarke-whitmore@student.leeds.ac.uk]]""",
    # 21 council tax form
    """Council Tax – set up a Direct Debit
Name: [[intro|Harold Ebbrell]]
Address: [[address|9 Mill Lane, Preston PR1 4JT]]
Council Tax account: {{@num:########}}
Bank account: [[@iban:GB:group]]
Payment date: {{date|15th}} of the month
Phone: [[@phone:GB:nat]]
Email: [[email|h.ebbrell@talktalk.net]]""",
    # 22 letter to a letting agent, sender block on top
    """[[sig|Natalia Sobczak]]
[[address|Flat 7, 41 Harcourt Street
Nottingham NG7 1DS]]

Dear Mr [[sal|Fairbrother]],

I moved out on {{date|30 April}} and my deposit of {{amount|£1,150}} has still not been returned. The check-out report raised no issues. Please transfer it to [[@iban:GB:group]].

Yours sincerely""",
    # 23 gym, member introduces himself by first name
    """Hi, this is [[intro|Kwame]], member {{@num:#########}}. I want to freeze my membership at the {{street_as_brand|Deansgate}} gym for {{quantity|two months}} from {{date|1 July}}, I'm having knee surgery. The direct debit comes from [[@iban:GB:group]]. My number is [[@phone:GB:mnat]].""",
    # 24 SaaS ticket, reset link with a token, agent named, job title
    """Ticket {{@ticket:######}}
From: [[email|accounts@brightsidecatering.co.uk]]
Hi, [[oth|Marcus]] from support sent me a password reset link but it says expired: [[@url:https://app.ledgerly.co.uk/reset?token=]]
Our VAT number is [[@gbvat:gbsp]] if you need to find the account.
--
[[sig|Priyanka Shah]]
{{job_title|Finance Manager}}""",
    # 25 B2B invoice with a pipe table, supplier named after a surname
    """INVOICE {{@invoice:INV-#####}}   Date: {{date|28/02/2025}}
From: {{cbrand|Baxter Building Supplies}} Ltd, [[address|Unit 4, Canal Road, Bradford BD1 4RB]]
VAT Reg No: [[@gbvat:plain]]
To: Northgate Roofing Ltd

| Qty | Description | Unit price | Total |
| {{quantity|40}} | Plasterboard 12.5mm, {{product_code|PB125}} | {{amount|£8.40}} | {{amount|£336.00}} |
| {{quantity|10}} | Multi-finish 25kg | {{amount|£11.95}} | {{amount|£119.50}} |

Pay to: [[@iban:GB:compact]]""",
    # 26 accounting, diminutive salutation, VAT number named indirectly, short signature
    """Hi [[sal|Jen]],

Receipts for {{date|Q3}} are in the shared folder. You asked for the number HMRC gave me when I registered for VAT – it's [[@gbvat:plain]]. Turnover about {{amount|£96k}}.

Ta,
[[sig|Baz]]""",
    # 27 solicitors, self-introduction mid-sentence, other party named
    """Dear Mr [[sal|Whitcombe]],

I am writing about the boundary dispute at [[address|22 Orchard Way, Chelmsford CM2 9LP]], which I, [[intro|Graham Pettifer]], have owned since {{date|2008}}. My neighbour, [[oth|Keith Ramsbottom]], has moved the fence about {{quantity|half a metre}} onto my land.

Yours sincerely,
[[@phone:GB:mintl]]""",
    # 28 building society chat, card number as a bare answer
    """{{time|09:02}} Adviser: Morning! For security, please type the long number on your card.
{{time|09:03}} Customer: [[@card:group]]
{{time|09:03}} Adviser: Thank you. How can I help?
{{time|09:04}} Customer: I need to move my ISA to [[@iban:GB:compact]] before {{date|5 April}}""",
    # 29 forwarded header, forwarder signs with a short name
    """Forwarding this from my mum, she can't work out attachments.
[[sig|Lee]]

---------- Forwarded message ---------
From: [[oth|Brenda Kowalczyk]] <[[email|brenda.k1949@aol.com]]>
Date: {{date|Wed, 15 Jan 2025}} at {{time|19:40}}
Subject: gas bill

My bill says {{amount|£612.30}} but I pay {{amount|£85}} a month by direct debit from [[@iban:GB:compact]]. Customer number {{@num:##########}}.""",
    # 30 support reply quoted, salutation inside the quote
    """Hello, the account for the refund is [[@iban:GB:group]].
[[sig|Tunde Oyelaran]]

On {{date|Tue, 4 Mar 2025}} at {{time|10:12}}, {{team_name|Customer Care}} wrote:
> Dear Mr [[sal|Oyelaran]],
> We have approved a refund of {{amount|£129.00}} for order {{@order:#########}}.""",
    # 31 review signed with a first name and a city that is a word, brand named after a person
    """Bought {{brand|Dr. Martens}} boots from {{brand|Schuh}}, the sole split after {{quantity|four months}}. Store refused a refund, said it was "wear and tear". {{amount|£189}} down the drain.
– [[sig|Hannah]], {{city|Bath}}""",
    # 32 energy, Polish customer introduces himself, Polish IBAN
    """Hello, my name is [[intro|Bartosz Wróbel]], account {{@num:##########}}. I am going back to {{city|Poland}} in {{date|September}}. Please send the credit balance of {{amount|£236.14}} to my Polish account [[@iban:PL:group]]. UK mobile until then: [[@phone:GB:mintl]].""",
    # 33 taxi complaint, driver named, plate kept
    """Last night at {{time|11:45pm}} my driver, [[oth|Imran]] (reg {{product_code|LK21 FXD}}), took a detour and charged me {{amount|£38.60}} instead of the quoted {{amount|£21}}. Trip {{@order:#########}}. Please refund the difference.
[[sig|Chloe Ainsworth]]""",
    # 34 B2B order, first-name salutation, signature with an extension outside the phone span
    """Morning [[sal|Gareth]],

Could you send over for {{date|Wednesday}}:
- {{quantity|12}} x euro pallets
- {{quantity|30}} rolls of stretch wrap, {{product_code|SW-500}}

Cheers,
[[sig|Chidi Okafor]]
{{job_title|Warehouse Manager}}, {{cbrand|Okafor Logistics}} Ltd, VAT [[@gbvat:gb]]
T: [[@phone:GB:fnat]] ext. 204 | [[email|chidi@okaforlogistics.co.uk]]""",
    # 35 clinic, patient introduces herself, NHS number
    """Hi, this is [[intro|Priya Raghunathan]], I had bloods taken on {{date|Monday}} and was told to ring for results after {{quantity|five days}} but the line is always busy. NHS number [[@nhs:sp]]. Could someone call me back on [[@phone:GB:mnat]]?""",
    # 36 leasing, quoted team reply, surname-first signature in capitals
    """We would like to buy the vehicle at the end of the agreement, please send the figures.
[[sig|MACLEOD Fiona]]
{{job_title|Operations Director}}, VAT [[@gbvat:gb]]

On {{date|1 Oct 2025}}, {{team_name|Agreements Team}} wrote:
> The balloon payment on agreement {{@contract:LA######}} is {{amount|£14,250.00}}.""",
    # 37 student accommodation, lower-case signature, card
    """hi, paid rent for {{date|october}} ({{amount|£740}}) with card [[@card:plain]] but the portal still shows arrears. room {{product_code|B14}}, receipt attached
[[sig|jas]]""",
    # 38 holiday cottage review signed by a family
    """Lovely cottage near {{city|Keswick}}: spotless, well equipped, owners left fresh bread and eggs. {{amount|£875}} for {{quantity|a week}}. We'll be back!
The [[sig|Pembertons]], {{city|Wigan}}""",
    # 39 export to Germany, German VAT id of the recipient
    """Hi,
Please collect {{quantity|3 pallets}} on {{date|Thursday}} before {{time|2pm}}. Consignee: Werkzeughandel Rhein GmbH, [[address|Industriestraße 12, 50829 Köln]], USt-IdNr [[@ustid:de]]. Our booking ref {{@order:BK-######}}, our VAT [[@gbvat:gbsp]].
[[sig|Dean Hollis]], {{team_name|Dispatch}}""",
    # 40 self-introduction by first name from a joinery named after a surname
    """Hi, this is [[intro|Dave]] from {{cbrand|Whitmore Joinery}}. Invoices {{@invoice:WJ-####}} and {{@invoice:WJ-####}} are still unpaid, {{quantity|45 days}} overdue now. Our VAT number is [[@gbvat:gb]], bank details [[@iban:GB:group]]. Give me a ring on [[@phone:GB:mintl]].""",
]

# =========================================================================== de
ITEMS["de"] = [
    # 01 telecom, self-introduction, refund IBAN, closing without a name
    """{{greeting_without_name|Guten Tag}},

mein Name ist [[intro|Ute Brandstätter]], ich bin seit {{date|2014}} Kundin bei der {{brand|Telekom}}. Seit {{date|März}} wird mir monatlich {{amount|9,95 €}} für eine Sicherheits-Option abgebucht, die ich nie bestellt habe. Kundennummer {{@num:#########}}, Anschluss [[@phone:DE:fnat]].

Bitte erstatten Sie den Betrag auf [[@iban:DE:group]]. Viele Grüße""",
    # 02 energy, web form, surname first, meter and market location ids kept
    """Anmeldung Stromlieferung – Online-Formular
Name, Vorname: [[intro|Lehmann, Karl-Heinz]]
Lieferadresse: [[address|Goethestraße 27, 04109 Leipzig]]
Zählernummer: {{@meter:1ESY##########}}
Marktlokations-ID: {{@num:5##########}}
Zählerstand am {{date|01.06.2025}}: {{quantity|31 407 kWh}}
SEPA-Lastschrift von: [[@iban:DE:compact]]
E-Mail: [[email|kh.lehmann@t-online.de]]""",
    # 03 water, no PII
    """Seit {{date|Montag}} kommt in unserer Straße in {{city|Moers}} braunes Wasser aus der Leitung. Beim Zweckverband hieß es nur, man spüle die Rohre. Kundennummer {{@num:########}}. Wir haben {{quantity|drei Kästen}} Wasser gekauft ({{amount|17,97 €}}) und bitten um Gutschrift.""",
    # 04 bank, card fraud, lower-case signature
    """hallo, heute nacht um {{time|02:51}} wurden von meiner karte [[@card:group]] zwei zahlungen über je {{amount|149,00 €}} an einen shop in {{city|Vilnius}} gemacht. karte ist in der app gesperrt. bitte rückbuchen, konto [[@iban:DE:group]]
[[sig|jonas]]""",
    # 05 car insurance claim, other driver named, policy kept
    """Schadenmeldung zum Versicherungsschein {{@contract:KH-###.###.###}}

Am {{date|12.05.2025}} gegen {{time|17:30}} ist mir auf dem Parkplatz vom {{brand|Kaufland}} in {{city|Siegen}} Herr [[oth|Dieter Kranz]] beim Ausparken in die Fahrertür gefahren. Er hat den Schaden sofort zugegeben. Bitte die Reparaturkosten auf [[@iban:DE:group]] erstatten.

Mit freundlichen Grüßen
[[sig|Anja Reimers]]
[[@phone:DE:mintl]]""",
    # 06 leasing, B2B, surname salutation, painting firm named after the signer, title outside
    """Sehr geehrte Frau [[sal|Özdemir]],

anbei der unterschriebene Leasingvertrag {{@contract:LV-######}} für {{quantity|zwei Transporter}}. Unsere Daten:

{{cbrand|Malerbetrieb Wendt}} GmbH
{{@num:HRB #####}}, Amtsgericht Bielefeld
USt-IdNr.: [[@ustid:de]]
IBAN: [[@iban:DE:group]]

Mit freundlichen Grüßen
Dipl.-Ing. [[sig|Frank Wendt]]
{{job_title|Geschäftsführer}}
[[@phone:DE:de0]]""",
    # 07 GP, doctor salutation with the title outside
    """Sehr geehrte Frau Dr. [[sal|Kühn]],

wie besprochen schicke ich Ihnen meine Blutdruckwerte der letzten {{quantity|zwei Wochen}}, im Schnitt {{quantity|152/94}}. Soll ich die Dosis von {{quantity|5 mg}} auf {{quantity|10 mg}} erhöhen? Geburtsdatum zur Zuordnung: {{date|17.08.1951}}.

Mit freundlichen Grüßen
[[sig|Werner Pfeiffer]]""",
    # 08 dentist review, no PII, practice named after a surname
    """{{cbrand|Zahnarztpraxis Lindner}} in {{city|Regensburg}}: Wurzelbehandlung ohne Schmerzen, alles gut erklärt. Eigenanteil {{amount|380 €}}. Wartezeit auf einen Termin {{quantity|drei Wochen}}, im Wartezimmer nur {{quantity|zehn Minuten}}. Klare Empfehlung.""",
    # 09 vet web form, owner's own name, patient number kept
    """Terminanfrage – Tierarztpraxis
Tierhalterin: [[intro|Svenja Koch]]
Telefon: [[@phone:DE:mdeslash]]
E-Mail: [[email|svenja.koch@gmx.de]]
Tier: Hund, Labrador, {{quantity|4 Jahre}}
Patientennummer: {{@num:P-#####}}
Anliegen: Impfung, gern {{date|Samstag}} vormittags""",
    # 10 pharmacy, pharmacist by surname, card payment
    """Guten Tag,
in Ihrer Apotheke hat mir Frau [[oth|Weber]] am {{date|Dienstag}} statt {{quantity|100 Tabletten}} nur {{quantity|50}} gegeben, bezahlt habe ich aber die große Packung ({{amount|24,80 €}}) mit der Karte [[@card:group]]. Bitte um Rückruf.
[[sig|Gerhard Vollmer]]
[[@phone:DE:de0]]""",
    # 11 e-shop, reply to an agent by first name, refund IBAN
    """Hallo [[sal|Lena]],

danke für die schnelle Antwort. Die Retoure zur Bestellung {{@order:##########}} ist am {{date|Freitag}} bei {{brand|Hermes}} abgegeben, Label über [[@url:https://retoure.modehaus24.de/label?token=]]. Bitte die {{amount|89,90 €}} auf [[@iban:DE:group]] zurücküberweisen, die Kreditkarte gibt es nicht mehr.

Liebe Grüße
[[sig|Marie Schuster]]""",
    # 12 classifieds fraud, seller named, paid by bank transfer
    """Ich habe über Kleinanzeigen ein Handy für {{amount|420 €}} gekauft. Der Verkäufer, [[oth|Marcel Dietz]], hat das Geld auf [[@iban:DE:compact]] bekommen und meldet sich seit {{date|10. April}} nicht mehr. Telefonnummer laut Anzeige: [[@phone:DE:mnat]]. Anzeigennummer {{@num:##########}}.
[[sig|T. Yıldız]]""",
    # 13 courier chat, agent named once, phone with no label, address
    """Chat mit [[oth|Kevin]] ({{brand|DHL}})
{{time|14:05}} Sie: Sendung {{@tracking:JJD##################}} steht auf „zugestellt“, ist aber nicht da
{{time|14:07}} Mitarbeiter: Das tut mir leid. Bitte bestätigen Sie Adresse und Telefonnummer.
{{time|14:08}} Sie: [[address|Hafenstraße 9, 24103 Kiel]]
{{time|14:08}} Sie: [[@phone:DE:mcompact]]""",
    # 14 hotel on the Baltic coast, surname salutation, Turkish double surname, card
    """Guten Tag Frau [[sal|Petersen]],

hiermit bestätige ich unsere Buchung vom {{date|2. bis 6. Juli}}, Doppelzimmer mit Meerblick, {{quantity|2 Erwachsene}}. Die Anzahlung können Sie von der Karte [[@card:dash]] abbuchen. Wir kommen erst gegen {{time|21 Uhr}} aus {{city|Hamburg}}.

Herzliche Grüße
[[sig|Ayşe Yılmaz-Becker]]""",
    # 15 airline refund, passengers named
    """Sehr geehrte Damen und Herren,
der Flug {{product_code|LH 1172}} von {{city|Frankfurt}} nach {{city|Porto}} am {{date|19.08.2025}} wurde annulliert. Ich bitte um Erstattung von {{amount|687,40 €}} für mich und meinen Sohn [[oth|Luca Hartwig]], Buchungscode {{product_code|R7XK2M}}, auf [[@iban:DE:group]].
[[sig|Claudia Hartwig]]
[[email|claudia.hartwig@web.de]]""",
    # 16 rail, no PII
    """Fahrgastrechte: {{product_code|ICE 597}} {{city|Berlin}} – {{city|München}} am {{date|3.10.}}, Ankunft {{quantity|94 Minuten}} verspätet, Anschluss in {{city|Nürnberg}} verpasst. Auftragsnummer {{@order:@#####}}, Flexpreis {{amount|139,90 €}}. Ich beantrage {{percent|25 %}} Entschädigung.""",
    # 17 car rental form, renter's own name, brand that is a surname
    """Reservierung bei {{brand|Sixt}}
Fahrer: [[intro|Benedikt Aigner]]
E-Mail: [[email|b.aigner@outlook.de]]
Mobil: [[@phone:DE:mintl]]
Abholung: {{city|München}} Flughafen, {{date|14.06.}} {{time|08:30}}
Rückgabe: {{city|Salzburg}}, {{date|21.06.}}
Kaution über Karte: [[@card:plain]]""",
    # 18 garage named after a surname, mechanic named, plate kept
    """Hallo,
ich war am {{date|Mittwoch}} bei {{cbrand|Autohaus Kruse}} zur Inspektion ({{amount|412,60 €}}), seitdem leuchtet die Motorkontrollleuchte. Herr [[oth|Kowalewski]] aus der Werkstatt wollte zurückrufen, hat er nicht. Kennzeichen {{product_code|OS-KR 481}}, Rechnung {{@invoice:RE-######}}, bezahlt per Überweisung von [[@iban:DE:group]].
[[sig|Heiko Brünger]]
[[@phone:DE:mdeslash]]""",
    # 19 school, teacher salutation, child named, two parents sign
    """Liebe Frau [[sal|Albrecht]],

[[oth|Mia]] ist seit gestern krank und fehlt voraussichtlich bis {{date|Freitag}}. Die Hausaufgaben holt ihre Freundin ab. Das Geld für den Ausflug ({{amount|12 €}}) geben wir nächste Woche mit.

Viele Grüße
[[sig|Sandra]] und [[sig|Timo Kaiser]]""",
    # 20 university, professor salutation with titles outside, student introduces himself
    """Sehr geehrter Herr Prof. Dr. [[sal|Brandt]],

ich bin [[intro|Emre Aksoy]], Matrikelnummer {{@num:#######}}, und habe die Klausur {{product_code|BWL-204}} am {{date|12.02.}} mitgeschrieben. Im Portal steht „nicht erschienen“. Den Sitzplan mit meiner Unterschrift kann ich nachweisen.

Mit freundlichen Grüßen
[[email|emre.aksoy@stud.uni-goettingen.de]]""",
    # 21 parental allowance form with the tax id
    """Antrag auf Elterngeld – Angaben der antragstellenden Person
Name: [[intro|Franziska Oberländer]]
Anschrift: [[address|Am Stadtpark 3, 90409 Nürnberg]]
Steuerliche Identifikationsnummer: [[@idnr]]
IBAN für die Auszahlung: [[@iban:DE:group]]
Telefon: [[@phone:DE:nat]]
Geburtsdatum des Kindes: {{date|28.04.2025}}""",
    # 22 letter to a property manager, sender block on top, surname salutation
    """[[sig|Edith Zimmermann]]
[[address|Lindenallee 41
50968 Köln]]

Sehr geehrter Herr [[sal|Pohl]],

in der Nebenkostenabrechnung {{date|2024}} sind für Gartenpflege {{amount|418 €}} angesetzt, obwohl es keinen Garten mehr gibt. Bitte korrigieren Sie die Abrechnung und überweisen Sie das Guthaben auf [[@iban:DE:group]].

Mit freundlichen Grüßen""",
    # 23 gym, no PII, studio named after a shopping street
    """Das Studio an der {{street_as_brand|Schildergasse}} ist seit {{date|Juni}} jeden Abend überfüllt, die Duschen sind kalt. Für {{amount|34,90 €}} im Monat erwarte ich mehr. Mitgliedsnummer {{@num:########}}. Kündigung zum {{date|31.12.}} folgt.""",
    # 24 SaaS ticket, reset link with a token, agent named, job title
    """Ticket {{@ticket:#######}}
Von: [[email|buchhaltung@rhein-catering.de]]
Hallo, Ihr Kollege [[oth|Florian]] hat mir einen Link zum Zurücksetzen geschickt, der aber abgelaufen ist: [[@url:https://app.rechnungsbox.de/passwort/reset?token=]]
Unsere USt-IdNr.: [[@ustid:desp]]
--
[[sig|Melanie Krüger]]
{{job_title|Leitung Buchhaltung}}""",
    # 25 B2B invoice with a pipe table, roofer named after a surname, Polish buyer
    """RECHNUNG {{@invoice:RE-####-25}}   Datum: {{date|31.03.2025}}
{{cbrand|Dachdeckerei Rüther}} GmbH, [[address|Gewerbestraße 8, 33602 Bielefeld]]
USt-IdNr. [[@ustid:de]]
Kunde: Budmex sp. z o.o., NIP [[@nip:pl]]

| Pos. | Leistung | Menge | Betrag |
| 1 | Dachziegel Biber, {{product_code|DZ-BB-21}} | {{quantity|1 200 Stk.}} | {{amount|2 760,00 €}} |
| 2 | Montage | {{quantity|18 Std.}} | {{amount|1 026,00 €}} |

Zahlbar bis {{date|30.04.2025}} auf [[@iban:DE:group]]""",
    # 26 tax adviser, diminutive salutation, tax id named indirectly
    """Hallo [[sal|Steffi]],

die Belege für {{date|2024}} liegen im Ordner. Du wolltest noch die Nummer, die mir das Bundeszentralamt damals geschickt hat – hier: [[@idnr:sp]]. Die Handwerkerrechnung über {{amount|1 870 €}} bitte auch ansetzen.

Danke dir!
[[sig|Kalle]]""",
    # 27 law office, salutation with the title outside, self-introduction mid-sentence
    """Sehr geehrter Herr Rechtsanwalt [[sal|Vogt]],

es geht um die Kündigung, die ich, [[intro|Dragana Petrović]], am {{date|28. Februar}} von meinem Arbeitgeber erhalten habe. Mein Vorgesetzter, Herr [[oth|Lutz Behrendt]], hat sie mir ohne Begründung übergeben. Ich wohne in [[address|Talstraße 14, 70188 Stuttgart]]. Für den Antrag auf Prozesskostenhilfe: Steuer-ID [[@idnr:sp]].

Mit freundlichen Grüßen
[[@phone:DE:mintl]]""",
    # 28 bank chat, tax id and IBAN as bare answers
    """{{time|10:20}} Bank: Für den Freistellungsauftrag benötige ich Ihre Steuer-ID.
{{time|10:22}} Kunde: [[@idnr]]
{{time|10:22}} Bank: Danke. Auf welches Konto soll der Auftrag laufen?
{{time|10:23}} Kunde: [[@iban:DE:compact]]
{{time|10:24}} Bank: Erledigt, Betrag {{amount|1 000 €}} ab {{date|01.01.}}""",
    # 29 forwarded header, forwarder signs with a short name
    """Leite ich weiter, meine Mutter kommt mit dem Anhang nicht klar.
[[sig|Bastian]]

---------- Weitergeleitete Nachricht ---------
Von: [[oth|Gisela Hartmann]] <[[email|gisela.hartmann@arcor.de]]>
Datum: {{date|Do., 16. Jan. 2025}} um {{time|18:55}}
Betreff: Gasrechnung

Die Nachzahlung von {{amount|743,18 €}} kann nicht stimmen, ich zahle jeden Monat {{amount|120 €}} von [[@iban:DE:group]]. Vertragskonto {{@num:###########}}.""",
    # 30 support reply quoted, Vietnamese surname in the salutation
    """Guten Tag, hier die Bankverbindung für die Erstattung: [[@iban:DE:group]].
[[sig|Nguyen Van Long]]

Am {{date|04.03.2025}} um {{time|10:12}} schrieb {{team_name|Kundenservice}}:
> Sehr geehrter Herr [[sal|Nguyen]],
> für Ihre Bestellung {{@order:#########}} haben wir eine Gutschrift über {{amount|59,00 €}} veranlasst.""",
    # 31 optician review signed with a first name and a city, brand that is a surname
    """Brille bei {{brand|Fielmann}} bestellt, nach {{quantity|zwei Wochen}} abgeholt – die Gläser waren vertauscht. Neu anfertigen dauerte nochmal {{quantity|10 Tage}}. Freundlich, aber {{amount|298 €}} und so viel Warterei.
– [[sig|Petra]], {{city|Worms}}""",
    # 32 Austrian customer, greeting and self-introduction, Austrian IBAN
    """Grüß Gott, hier schreibt [[intro|Sepp Huber]] aus {{city|Kufstein}}. Ich habe bei Ihnen am {{date|8. Mai}} einen Rasenmäher um {{amount|329 €}} bestellt (Bestellung {{@order:#######}}) und storniert. Bitte das Geld auf mein österreichisches Konto [[@iban:AT:group]] überweisen. Erreichbar unter [[@phone:DE:mintl]].""",
    # 33 taxi complaint, driver named, plate kept
    """Gestern um {{time|23:15}} hat mich der Fahrer [[oth|Ahmad]] (Kennzeichen {{product_code|B-TX 2291}}) einen riesigen Umweg gefahren, {{amount|46,80 €}} statt der angezeigten {{amount|24 €}}. Fahrt {{@order:#########}}. Bitte erstatten Sie die Differenz.
[[sig|Johanna Wolff]]""",
    # 34 B2B order, northern greeting, signature with the extension outside the phone span
    """Moin [[sal|Jens]],

bitte für {{date|Donnerstag}}:
- {{quantity|200 m}} NYM-J 3x1,5, {{product_code|NYM315}}
- {{quantity|40}} Schalterdosen

Gruß
[[sig|Olaf Brinkmann]]
{{job_title|Bauleiter}}, {{cbrand|Elektro Brinkmann}} GmbH & Co. KG, USt-IdNr. [[@ustid:de]]
Tel. [[@phone:DE:fnat]] (Durchwahl 214), [[email|o.brinkmann@elektro-brinkmann.de]]""",
    # 35 Polish worker to the payroll office, PESEL and German tax id
    """Hallo, ich bin [[intro|Krzysztof Zieliński]] und arbeite seit {{date|April}} bei Ihnen auf der Baustelle in {{city|Dortmund}}. Für die A1-Bescheinigung brauchen Sie meine Nummern: PESEL [[@pesel:mid-male]], Steuer-ID [[@idnr]]. Mein Lohn bitte weiter auf [[@iban:PL:group]].""",
    # 36 leasing, quoted team reply, surname-first signature
    """Wir möchten das Fahrzeug zum Vertragsende übernehmen, bitte um ein Angebot.
[[sig|Schulze, Karin]]
{{job_title|kaufmännische Leitung}}, USt-IdNr. [[@ustid:desp]], Zahlung von [[@iban:DE:group]]

Am {{date|01.10.2025}} schrieb {{team_name|Vertragsmanagement}}:
> Der Restwert zum Vertrag {{@contract:LV#######}} beträgt {{amount|18 450,00 €}}.""",
    # 37 student residence, lower-case signature
    """hallo, hab die miete für {{date|oktober}} ({{amount|345 €}}) überwiesen, im portal steht aber noch offen. überwiesen am {{date|1.10.}} von [[@iban:DE:compact]], zimmer {{product_code|C 3.12}}
[[sig|lea]]""",
    # 38 holiday flat review signed by a family
    """Ferienwohnung an der Mosel: sauber, toller Blick, Vermieter sehr herzlich. {{amount|640 €}} für {{quantity|eine Woche}}. Wir kommen wieder!
Familie [[sig|Hoffmann]] aus {{city|Hof}}""",
    # 39 freight forwarder, export to the Czech Republic
    """Guten Tag,
bitte holen Sie am {{date|Dienstag}} {{quantity|5 Paletten}} ab. Empfänger: Strojírny Vysočina s.r.o., [[address|Průmyslová 22, 586 01 Jihlava]], DIČ [[@ico:cz]]. Unser Auftrag {{@order:SP-######}}, unsere USt-IdNr. [[@ustid:de]].
[[sig|Rainer Eckert]], {{team_name|Versand}}
[[@phone:DE:nat]]""",
    # 40 self-introduction by a diminutive from a bakery named after a surname
    """Hallo, hier ist [[intro|Hansi]] von der {{cbrand|Bäckerei Schmitz}}. Die Rechnungen {{@invoice:####/25}} und {{@invoice:####/25}} sind noch offen. Unsere USt-IdNr. ist [[@ustid:de]], die Bankverbindung [[@iban:DE:group]]. Ruf mich bitte an: [[@phone:DE:mdeslash]].""",
]


# ----------------------------------------------------------------------------- main

CHECKSUM_KINDS = {"card", "iban", "pesel", "birth_number", "national_id", "tax_id"}
MINIMA = {
    "signature": 8,
    "salutation": 5,
    "self_intro": 5,
    "checksum_id": 8,
    "phone": 3,
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
            rows.append(fill(f"b11-{lang}-{i:02d}", lang, template))
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
