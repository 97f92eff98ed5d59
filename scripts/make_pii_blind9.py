#!/usr/bin/env python3
"""Write data/eval/pii/blind9.jsonl: a hand-written PII test split (blind, never tuned on).

280 short customer texts (40 each in pl, cs, sk, ru, uk, en, de), every text a
hand-written one-off template. The focus is on the writer's and the addressee's
names (greetings, sign-offs, self-introductions) and on checksum identifiers as
they appear in ordinary company feedback, next to many near-misses that must
survive redaction (greetings to nobody, department sign-offs, brands that look
like names, cities, order/invoice/ticket numbers, dates, amounts).

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Jadwigo]]        name, context salutation   (also sig / intro / oth)
    [[email|a@b.pl]]       literal PII of a kind (email, phone, address, url_token...)
    [[@pesel]]             PII value drawn by a generator (kind from GEN_KIND)
    {{city|Kraków}}        literal keep span with its `what`
    {{@order:pl}}          keep value drawn by a generator (what from KEEP_GEN_WHAT)

Every identifier gets computed check digits and is validated with python-stdnum
(SNILS and the Polish ID card with the published algorithms); every phone number
passes phonenumbers.is_valid_number for its region. Order/invoice/ticket/tracking
numbers and invalid_checksum_number values fail every identifier check used here
and are not valid phone numbers.

    .venv/bin/python scripts/make_pii_blind9.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_blind9.py --check   # file on disk == output
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
OUT = ROOT / "data" / "eval" / "pii" / "blind9.jsonl"
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


def gen_pesel(rng, fmt="plain"):
    sex = sex_of(rng, fmt)
    while True:
        year = rng.randint(2010, 2018) if "child" in fmt else rng.randint(1948, 2006)
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
    fmt = "plain" if fmt.startswith("plain") else "slash"
    while True:
        year = rng.randint(2008, 2019) if child else rng.randint(1956, 2003)
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
        head = str(rng.randint(40200, 43400)) if "child" in fmt else str(rng.randint(15000, 38000))
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


PL_BANKS = ["102", "105", "109", "114", "116", "124", "175", "249", "160", "203"]
CZ_BANKS = ["0100", "0300", "0800", "2010", "3030", "0600", "5500", "6210"]
SK_BANKS = ["0200", "0900", "1100", "7500", "5600", "8330"]
DE_BLZ = ["10010010", "20041133", "37040044", "50070010", "70150000", "12030000", "43060967"]
GB_BANKS = [("NWBK", "60"), ("BARC", "20"), ("LOYD", "30"), ("HBUK", "40"), ("MIDL", "40")]
UA_MFO = ["305299", "322001", "300465", "380805", "300528"]


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
        wanted = (
            mobile if style.startswith("m") else mobile + (phonenumbers.PhoneNumberType.FIXED_LINE,)
        )
        if ntype not in wanted:
            continue
        intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        st = style.lstrip("m") or "intl"
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
    "product": ("product_code", gen_pattern),
}


# --------------------------------------------------------------------------- parser

TOKEN = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}", re.S)


def fill(item_id, lang, template):
    rng = random.Random("b9:" + item_id)
    rng.region = REGION[lang]
    out, pii, keep, pos = [], [], [], 0
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
        if span["what"] in NUMBERED_KEEPS:
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
    }


ITEMS: dict[str, list[str]] = {}

# =========================================================================== pl
ITEMS["pl"] = [
    # 01 telecom, formal, vocative salutation, signature + phone
    """Szanowna Pani [[sal|Jadwigo]],

dziękuję za szybki kontakt w sprawie reklamacji {{@ticket:REK/####/##}}. Niestety faktura {{@invoice:FV ####/05/2024}} nadal pokazuje opłatę {{amount|49,99 zł}} za pakiet roamingowy, którego nie włączałem. Proszę o korektę i zwrot na konto [[@iban:PL:nrb]]. PESEL abonenta do weryfikacji: [[@pesel:male]].

Z poważaniem
[[sig|Grzegorz Bąk]]
tel. [[@phone:PL:mg3]]""",
    # 02 chat transcript with an agent handle
    """[{{time|10:14}}] {{brand|Play}} – czat: Dzień dobry, w czym mogę pomóc?
[{{time|10:15}}] Klient: cześć, tu [[intro|tomek wiśniewski]], mam problem z przeniesieniem numeru [[@phone:PL:mcompact]] do was
[{{time|10:15}}] Konsultant [[oth|Marek]]: Rozumiem. Proszę podać NIP firmy, na którą jest umowa.
[{{time|10:16}}] Klient: [[@nip:dash]]
[{{time|10:17}}] Konsultant [[oth|Marek]]: Dziękuję. A PESEL osoby upoważnionej?
[{{time|10:17}}] Klient: [[@pesel:male]] (to mój)""",
    # 03 marketplace, no PII at all
    """{{greeting_without_name|Dzień dobry}},
zamówienie nr {{@order:#########}} z {{brand|Allegro}} przyszło niekompletne – brakuje {{quantity|2 szt.}} filtra {{@product:HF-####}}. Sprzedawca nie odpisuje od {{date|12 lutego}}. Proszę o pomoc w ramach Programu Ochrony Kupujących.
Pozdrawiam""",
    # 04 clinic, vocative to a doctor, patient self-intro, initial + surname
    """Pani Doktor [[sal|Agnieszko]],
nazywam się [[intro|Oksana Melnyk]], jestem pacjentką przychodni {{company|Medicus}} w {{city|Lublinie}}. Chciałabym przełożyć wizytę z {{date|14 marca}} na inny termin, bo syn ma gorączkę. PESEL: [[@pesel:female]], telefon [[@phone:PL:mg3dash]].
Dziękuję i pozdrawiam serdecznie
[[sig|O. Melnyk]]""",
    # 05 bank, card fraud, double-barrelled surname after a dash line
    """Witam,
na karcie [[@card:group]] pojawiła się transakcja na {{amount|1 249,00 zł}}, której nie zlecałam ({{date|02.04.2024}}, godz. {{time|23:41}}). Kartę zastrzegłam w aplikacji {{brand|IKO}} od razu rano. Proszę o procedurę chargeback, a zwrot na rachunek [[@iban:PL:group]]. PESEL do weryfikacji: [[@pesel:female]].

--
[[sig|Małgorzata Kowalczyk-Zając]]""",
    # 06 courier, informal, husband and courier named, lower-case signature
    """hej, paczka {{@tracking:############}} miała być wczoraj, mąż [[oth|Piotrek]] siedział cały dzień w domu i nikt nie przyszedł. w statusie jest „adresat nieobecny” co jest bzdurą. kurier, pan [[oth|Zbyszek]], ma chyba swoją wersję wydarzeń 🙄
[[sig|kasia]]""",
    # 07 B2B invoice, signature block with job title, company, NIP, REGON, NRB
    """Dzień dobry Panie [[sal|Tomaszu]],

w załączeniu przesyłam korektę faktury {{@invoice:FK/###/2024}}. Prosimy o płatność na rachunek [[@iban:PL:nrb]] do {{date|15 maja}}.

Pozdrawiam
[[sig|Ewelina Grabowska]]
{{job_title|Specjalistka ds. rozliczeń}}
{{company|Tartak Jodła sp. z o.o.}}
NIP [[@nip:dash]] | REGON [[@regon]]""",
    # 08 municipal office, writing on behalf of a mother
    """Do Wydziału Komunikacji UM w {{city|Rzeszowie}}

Piszę jako pełnomocnik mamy – [[intro|Bożena Kaczmarczyk]] – w sprawie wyrejestrowania samochodu po zmarłym tacie. Właścicielka: [[oth|Stanisława Kaczmarczyk]], PESEL [[@pesel:female]], dowód osobisty [[@plid:sp]]. Pełnomocnictwo w załączniku (skan). Kiedy mogę przyjść z tablicami?

Łączę wyrazy szacunku""",
    # 09 gym, web form, form fields
    """Imię i nazwisko: [[intro|Weronika Dąbrowska]]
E-mail: [[email|weronika.dabrowska93@o2.pl]]
Telefon: [[@phone:PL:mcompact]]
PESEL: [[@pesel:female]]
Klub: {{brand|Zdrofit}} {{city|Poznań}}
Treść: proszę o zawieszenie karnetu na {{quantity|2 miesiące}} (kontuzja kolana, zaświadczenie doślę). Umowa nr {{@num:UM/#######}}.""",
    # 10 hotel review, person-like brand, staff member named
    """Weekend w hotelu {{person_like_brand|Dr Irena Eris}} w {{city|Polanicy-Zdroju}} – polecam! Spa czyste, śniadania świetne, jedynie parking płatny {{amount|60 zł}} za dobę to przesada. Szczególne podziękowania dla pani [[oth|Haliny]] z recepcji, która załatwiła nam późne wymeldowanie. Byliśmy {{date|3–5 maja}}.""",
    # 11 insurance, surname first in capitals, policy number fails checksums
    """{{greeting_without_name|Szanowni Państwo}},
w nawiązaniu do szkody nr {{@num:PL##-####/##}} informuję, że rzeczoznawca do dziś się nie odezwał. Samochód stoi w warsztacie {{company|Auto-Serwis Ósemka}} (NIP [[@nip]]) od {{date|4 czerwca}}. Numer polisy OC: {{@num:############}}.
Dane poszkodowanego: PESEL [[@pesel:male]], konto do wypłaty [[@iban:PL:group]].

[[sig|KRAWCZYK Marian]]""",
    # 12 SaaS support, Vietnamese name in signature, diminutive salutation
    """Cześć [[sal|Kasiu]],
dzięki za szybką odpowiedź. Niestety eksport do CSV w wersji {{version|4.12.1}} dalej ucina polskie znaki w nazwach kontrahentów. Zgłoszenie #{{@ticket:SUP-#####}}, zrzuty w załączniku.

--
[[sig|Nguyen Van Duc]]
{{job_title|CTO}}, {{company|Kwadrat Labs}}
NIP: [[@nip:dash2]]
[[@phone:PL:mintlg3]]""",
    # 13 pet shop review, no diacritics signature
    """karma {{brand|Josera}} kupiona w {{brand|Kakadu}} w {{city|Gliwicach}} byla przeterminowana (data {{date|03/2024}}), kot wymiotowal. w sklepie powiedzieli ze to nie ich problem. dramat. zwrot {{amount|89 zl}} prosze na [[@iban:PL:nrb]]
pozdro, [[sig|lukasz zielinski]]""",
    # 14 school, greeting to a role (no name), child named
    """{{greeting_without_name|Szanowna Pani Dyrektor}},
zwracam się z prośbą o zwolnienie syna, [[oth|Jakuba Sikory]] (PESEL [[@pesel:child-male]]) z klasy 4b, z zajęć w dniach {{date|20–22 listopada}} ze względu na zawody pływackie w {{city|Olsztynie}}.
Z wyrazami szacunku
[[sig|Beata Sikora]]
[[@phone:PL:mintl]]""",
    # 15 energy utility, meter number, address, signature after a comma
    """{{greeting_without_name|Dzień dobry}}, zgłaszam odczyt licznika nr {{@num:########}}: {{quantity|18 452 kWh}} na dzień {{date|31.01.2024}}. Adres punktu poboru: [[address|ul. Lipowa 14/3, 87-100 Toruń]]. Prognoza z {{brand|Energa}} jest zawyżona o ok. {{percent|30%}}. Nadpłatę proszę zwrócić na [[@iban:PL:nrbc]], PESEL płatnika [[@pesel:male]].
Pozdrawiam, [[sig|Zdzisław Mazur]]""",
    # 16 car service, "tu X z" self-intro by the company side
    """Dzień dobry, tu [[intro|Marcin]] z serwisu {{company|Auto-Moto Kępa}}. Skoda gotowa do odbioru po {{time|16:00}}, do zapłaty {{amount|2 380 zł}} (klocki + tarcze przód), faktura na NIP [[@nip]] jak poprzednio. Nr zlecenia {{@order:ZL-####/##}}. W razie pytań proszę dzwonić: [[@phone:PL:g3]].""",
    # 17 quoted reply with a "W dniu ... napisał(a):" header
    """Bardzo proszę o pilną odpowiedź, czekam już trzy tygodnie na zwrot {{amount|3 150 zł}}.
[[sig|Henryk Lis]]

W dniu {{date|pon., 8 kwi 2024}} o {{time|09:12}} [[oth|Joanna Pawlak]] <[[email|j.pawlak@meblofix.pl]]> napisał(a):
> {{greeting_without_name|Dzień dobry}},
> przekazuję sprawę do działu reklamacji, zwrot nastąpi na rachunek [[@iban:PL:nrb]] podany w formularzu.
> Pozdrawiam
> [[sig|Joanna Pawlak]]
> {{team_name|Dział Obsługi Klienta}} {{brand|Meblofix}}""",
    # 18 bank transfer, account without a label at the end
    """Zlecenie stałe z {{date|10.06}} nie zostało wykonane, a odbiorca naliczył odsetki. Saldo było wystarczające ({{amount|4 120,55 zł}}). Proszę o wyjaśnienie i pismo do odbiorcy. Mój rachunek: [[@iban:PL:group]]
Rachunek odbiorcy: [[@iban:PL:nrbc]]""",
    # 19 person-like brand in a product review, no PII
    """Worki na śmieci {{person_like_brand|Jan Niezbędny}} 60 l pękają przy pierwszym podniesieniu, kupione w {{brand|Rossmann}} w paczce po {{quantity|20 szt.}} Kiedyś były dużo lepsze. {{percent|1/5}}.""",
    # 20 telecom, Ukrainian name written the Polish way, self-intro, customer number
    """{{greeting_without_name|Dzień dobry}},
nazywam się [[intro|Ołeksandr Bondarenko]] i od lutego mam światłowód w {{brand|Orange}}. Od tygodnia internet zrywa się co 20 minut. Numer klienta {{@num:##########}}, PESEL [[@pesel:male]]. Abonament opłacam kartą [[@card:dash]], ale ostatnia płatność się cofnęła.
Dziękuję,
[[sig|O. Bondarenko]]""",
    # 21 hotel booking chat, name at the end of the message
    """Recepcja: Dzień dobry Pani [[sal|Anno]], potwierdzamy rezerwację {{@order:RES#######}} na {{date|12–14 lipca}}, pokój z widokiem na morze. Czy zamówić parking?
Gość: tak poprosze, przyjedziemy ok {{time|20:00}} bo jedziemy z {{city|Wrocławia}}. kaucje prosze sciagnac z karty [[@card:plain]]. dzieki! [[sig|Ania]]""",
    # 22 B2B, Turkish client name, signature with title inż.
    """Dzień dobry Pani [[sal|Aylin]],
przesyłam ofertę na {{quantity|400 m²}} paneli {{@product:PV-###-@@}}. Cena netto {{amount|27 900 zł}}, termin dostawy do {{date|30 września}}. Nasze dane: {{company|Solaris Energia sp.k.}}, NIP [[@nip:pl]], REGON [[@regon]].

Z pozdrowieniami
inż. [[sig|Wojciech Szymański]]
{{job_title|Kierownik projektów}}
[[@phone:PL:mintl]] | [[email|w.szymanski@solaris-energia.pl]]""",
    # 23 municipal, document ID card mentioned, surname + first name order in a form
    """Wniosek o wydanie zaświadczenia o zameldowaniu
Nazwisko i imię: [[intro|Pietrzak Dorota]]
PESEL: [[@pesel:female]]
Nr dowodu osobistego: [[@plid]]
Adres: [[address|os. Słoneczne 7/12, 31-962 Kraków]]
Uzasadnienie: potrzebne do {{brand|ZUS}}.""",
    # 24 furniture shop complaint, "proszę pytać o" and colleague
    """Zamawiałem sofę w salonie {{street_as_brand|Nowy Świat}}, dostawa miała być {{date|15 marca}}, dziś {{date|2 kwietnia}}. W sklepie kazali pytać o pana [[oth|Rafała]], ale pan [[oth|Rafał]] jest na urlopie, a kolega – [[oth|Dawid Nowicki]] – nic nie wie. Zaliczka {{amount|1 500 zł}} wpłacona, faktura na firmę (NIP [[@nip:dash]]). Proszę o kontakt: [[@phone:PL:g3dash]].""",
    # 25 university, prof. title in salutation and signature with mgr
    """Szanowny Panie Profesorze,
uprzejmie proszę o przesunięcie terminu oddania pracy semestralnej z {{date|10 czerwca}} na {{date|17 czerwca}}. Powodem jest choroba.
Z poważaniem
mgr [[sig|Julia Adamczyk]]
doktorantka, {{company|Wydział Chemii}}
[[email|julia.adamczyk@student-demo.edu.pl]]""",
    # 26 utility (water), no name, department sign-off, invoice numbers
    """{{greeting_without_name|Szanowni Klienci}},
informujemy, że w dniu {{date|23.08.2024}} w godz. {{time|8:00}}–{{time|15:00}} nastąpi przerwa w dostawie wody w rejonie ulic Polnej i Krótkiej. Faktury {{@invoice:W/####/24}} i późniejsze zostaną skorygowane.
{{team_name|Dział Eksploatacji}}
{{company|Wodociągi Miejskie}}""",
    # 27 marketplace seller reply, forwarded with Od/Wysłano header
    """Przesyłam odpowiedź sprzedawcy (NIP z faktury: [[@nip]]), proszę ocenić, czy to zgodne z regulaminem.

-----Wiadomość oryginalna-----
Od: [[oth|Paweł Żak]] <[[email|sklep.zak@gmail.com]]>
Wysłano: {{date|środa, 17 stycznia 2024}} {{time|18:02}}
Temat: Re: zwrot {{@order:########}}

Zwrot tylko po odesłaniu na własny koszt, bez oryginalnego pudełka nie przyjmujemy.""",
    # 28 pharmacy, very short, phone in the middle
    """Czy lek {{brand|Euthyrox}} 75 jest dostępny w aptece przy {{street_as_brand|Galerii Krakowskiej}}? Proszę o SMS na [[@phone:PL:m00]], odbierze żona, [[oth|Marzena]].""",
    # 29 courier, company data as a CSV line
    """Reklamacja przesyłki – dane nadawcy w formacie z systemu:
nadawca;NIP;REGON;telefon;konto
{{company|Hurtownia Bartex}};[[@nip]];[[@regon:14]];[[@phone:PL:compact]];[[@iban:PL:nrbc]]
Przesyłka {{@tracking:##############}} uszkodzona (zgnieciony karton). Wartość towaru {{amount|860,00 zł}}.""",
    # 30 clinic, self-intro mid-sentence "jako", no diacritics
    """Dzien dobry, pisze jako opiekunka prawna pani [[oth|Heleny Wrobel]], nazywam sie [[intro|Aleksandra Wrobel-Lis]]. Mama ma skierowanie na rezonans, ale rejestracja telefoniczna nie odbiera od {{date|poniedzialku}}. PESEL mamy: [[@pesel:female]].""",
    # 31 bank, statement mentions a German supplier, USt-IdNr
    """{{greeting_without_name|Dzień dobry}},
firma zapłaciła kontrahentowi z Niemiec ({{company|Holzbau Krüger GmbH}}, USt-IdNr. [[@ustid]]) przelewem SEPA na [[@iban:DE:group]], środki wróciły po {{quantity|5 dniach}} z kodem AC01. Czemu?
[[sig|Arkadiusz Wójcik]], {{company|Meble Dąb}}, NIP [[@nip:pl]]""",
    # 32 telecom, salutation with diminutive and informal closing
    """Hej [[sal|Gosia]], przesyłam numer umowy, o który prosiłaś: {{@num:UMW-########}} (na firmę, NIP [[@nip]]). Router {{brand|Funbox}} od {{brand|Orange}} dalej się restartuje co noc o {{time|3:00}}. Dzięki za pomoc! [[sig|Bartek]]""",
    # 33 SaaS, no person, signature by a team only
    """{{greeting_without_name|Dzień dobry}},
Państwa subskrypcja planu {{brand|Business Pro}} wygaśnie {{date|30.11.2024}}. Aby ją przedłużyć, prosimy opłacić fakturę {{@invoice:INV-PL-######}} ({{amount|1 188,00 zł}} brutto).
Pozdrawiamy serdecznie
{{team_name|Zespół Obsługi Klienta}}
{{company|Fakturownia Demo sp. z o.o.}}, NIP [[@nip:dash]], REGON [[@regon]]
{{url|https://pomoc.fakturownia-demo.pl}}""",
    # 34 car rental, card and name on card, reset link
    """Dzień dobry, rezerwacja {{@order:@@######}} na {{city|Gdańsk}} Lotnisko. Kaucja ma być zablokowana na karcie [[@card:plain]] (właściciel karty: [[oth|Sebastian Urban]], mój brat). Link do resetu hasła nie działa: [[@url:https://konto.wynajem24-demo.pl/reset?token=]]
[[sig|Michał Urban]]""",
    # 35 school, Vietnamese family, teacher vocative
    """Pani [[sal|Ewo]],
córka [[oth|Linh]] nie będzie jutro na lekcjach, ma wizytę u lekarza o {{time|10:30}}. Przepraszam za mój polski.
[[sig|Tran Thi Mai]]
[[@phone:PL:mg3]]""",
    # 36 gym, Ukrainian client tax number RNOKPP, short
    """Proszę o fakturę za karnet {{brand|Benefit}} ({{amount|159 zł}}) na moje dane: [[intro|Iryna Savchenko]], RNOKPP [[@rnokpp:female]], [[address|ul. Kościuszki 40/2, 40-048 Katowice]].""",
    # 37 pet clinic, vet named with dr, owner self-intro variant "z tej strony"
    """Dzień dobry, z tej strony [[intro|Krystyna Jasińska]], właścicielka kota Filemona. Dr [[oth|Kamiński]] prosił o przesłanie wyników krwi – wysyłam w załączniku. Proszę o potwierdzenie na [[email|krysia.jasinska@interia.pl]].""",
    # 38 insurance, refusal letter quoted, invalid PESEL typo kept
    """Nie zgadzam się z decyzją z {{date|5.09.2024}}. W piśmie podano błędny PESEL ({{@bad:pesel}}) – prawidłowy to [[@pesel:male]]. Proszę o ponowne rozpatrzenie.
[[sig|Jerzy Kubiak]]
{{job_title|Prezes Zarządu}}
{{company|Kubex S.A.}}
NIP [[@nip:dash]] · tel. [[@phone:PL:mintl]]""",
    # 39 delivery app review, Czech neighbour company with DIČ, no name
    """Zamówiłem przez {{brand|Pyszne.pl}} pizzę z {{brand|Da Grasso}}, przyszła zimna po {{quantity|95 minutach}}. Zwrot {{amount|64 zł}} obiecany na czacie. Rachunek wystawiła czeska spółka, DIČ [[@ico:cz]] – czy to w ogóle legalne?""",
    # 40 hotel group, reply to guest with salutation in genitive/other plus signature with role
    """Szanowny Panie [[sal|Krzysztofie]],
bardzo dziękujemy za opinię o pobycie w {{brand|Hotelu Pod Wawelem}}. Przekazałam uwagi dotyczące śniadania szefowi kuchni, panu [[oth|Adamowi Michalskiemu]]. Na kolejny pobyt proponujemy rabat {{percent|15%}} z kodem {{@product:WAWEL##}}. Zwrot zaliczki trafił na Pana rachunek [[@iban:PL:nrb]].
Z wyrazami szacunku
[[sig|Natalia Ostrowska]]
{{job_title|Kierownik Recepcji}}""",
]

# =========================================================================== cs
ITEMS["cs"] = [
    # 01 telecom, formal salutation with surname vocative, signature with phone
    """Dobrý den, pane [[sal|Nováku]],

děkuji za vyřízení reklamace {{@ticket:RK-######}}. Bohužel na vyúčtování za {{date|březen}} je stále položka {{amount|299 Kč}} za datový balíček, který jsem si neaktivoval. Prosím o dobropis, případně vrácení na účet [[@iban:CZ:group]]. Rodné číslo pro ověření: [[@rc:slash-male]].

S pozdravem
[[sig|Petr Havlíček]]
[[@phone:CZ:mg3]]""",
    # 02 e-shop review, no PII
    """Objednávka {{@order:#########}} z {{brand|Alza}} dorazila za {{quantity|2 dny}}, ale AlzaBox v {{city|Pardubicích}} byl zavřený kvůli údržbě. Nikdo mi nedal vědět. Jinak spokojenost, {{percent|4/5}}.""",
    # 03 clinic, MUDr. in salutation, self-intro with jmenuji se, birth number
    """Vážená paní doktorko [[sal|Svobodová]],
jmenuji se [[intro|Hana Procházková]] a jsem vaše pacientka. Potřebovala bych nový recept na {{brand|Euthyrox}}, ten starý vypršel {{date|15. 5.}}. Rodné číslo: [[@rc:slash-female]].
Děkuji moc
[[sig|Hana Procházková]]""",
    # 04 B2B invoice, signature block with Ing., job title, company, IČO, DIČ, IBAN
    """Dobrý den,
v příloze posílám fakturu {{@invoice:FV2024####}} se splatností {{quantity|14 dní}}. Platbu prosím na účet [[@iban:CZ:group]], VS {{@num:##########}}.

S pozdravem
Ing. [[sig|Martina Kučerová]]
{{job_title|účetní}}
{{company|Stavebniny Hora s.r.o.}}
IČO: [[@ico]], DIČ: [[@ico:cz]]""",
    # 05 chat with agent handle, informal customer
    """{{brand|T-Mobile}} Chat
Operátor [[oth|Lukáš]]: Dobrý den, jak vám mohu pomoci?
Zákazník: ahoj, tady [[intro|verca]], nejde mi roaming v chorvatsku, číslo [[@phone:CZ:mcompact]]
Operátor [[oth|Lukáš]]: Děkuji. Pro ověření prosím rodné číslo majitele smlouvy.
Zákazník: [[@rc:plain-female]]
Operátor [[oth|Lukáš]]: Děkuji, ověřím nastavení. Vydržte prosím {{quantity|2 minuty}}.""",
    # 06 courier, husband named, lower-case signature without diacritics
    """zasilka {{@tracking:Z#########}} mela prijit vcera, manzel [[oth|Honza]] byl cely den doma a kuryr nikde. v aplikaci {{brand|Zásilkovna}} to pise ze byla doruceni neuspesne. fakt super.
[[sig|jana dvorakova]]""",
    # 07 municipal office, self-intro as owner of a house
    """{{greeting_without_name|Dobrý den}},
obracím se na Vás jako vlastník nemovitosti, [[intro|Josef Marek]], ve věci poplatku za odpad. Dle složenky mám doplatit {{amount|1 140 Kč}}, platil jsem však už v {{date|lednu}} (variabilní symbol {{@num:##########}}). Prosím o kontrolu. Rodné číslo poplatníka: [[@rc:slash-male]].

[[sig|Josef Marek]]
[[address|Lipová 218, 783 91 Uničov]]""",
    # 08 hotel review, staff named, person-like brand
    """Pobyt v hotelu {{brand|Jalta}} v {{city|Karlových Varech}} super, jen minibar byl prázdný. Moc děkujeme paní [[oth|Lence]] z recepce, půjčila nám nabíječku. Na pokoji byla láhev {{person_like_brand|Jan Becher}} jako pozornost, milé!""",
    # 09 insurance, surname first, policy number, rodné číslo without slash
    """{{greeting_without_name|Vážení}},
k pojistné události č. {{@num:PU-####-#####}} zasílám fotky poškozeného plotu. Pojistná smlouva {{@num:##########}}. Plnění prosím na účet [[@iban:CZ:compact]].
Pojištěný: [[sig|DVOŘÁK Miroslav]], r. č. [[@rc:plain-male]]""",
    # 10 SaaS support, informal salutation, signature with dashes
    """Ahoj [[sal|Mirko]],
díky za rychlou odpověď. Import faktur v {{version|v3.8}} pořád padá na souboru s {{quantity|2 000 řádky}}. Ticket {{@ticket:#######}}.
--
[[sig|Tomáš]]
{{company|Pekárna U Mlýna}}, IČ: [[@ico]]""",
    # 11 bank, card blocked, no greeting, signature with title Mgr.
    """Karta [[@card:group]] byla zablokována při platbě v {{brand|Lidl}} ({{date|3. 6. 2024}}, {{amount|845 Kč}}). Prosím odblokovat, v aplikaci to nejde. Účet ke kartě: [[@iban:CZ:group]], RČ [[@rc:slash-female]].
Mgr. [[sig|Eva Šťastná]]""",
    # 12 quoted reply header "Dne ... napsal(a)"
    """Pořád čekám na vrácení peněz, je to už měsíc!! Číslo účtu jsem Vám posílal hned: [[@iban:CZ:group]]

Dne {{date|po 8. 4. 2024}} v {{time|9:12}} [[oth|Jana Malá]] <[[email|jana.mala@nabytek-domov.cz]]> napsal(a):
> {{greeting_without_name|Dobrý den}},
> peníze Vám budou vráceny do 30 dní.
> S pozdravem
> {{team_name|Zákaznická podpora}}""",
    # 13 Vietnamese shop owner, self-intro, IČO, phone
    """Dobrý den, jsem [[intro|Nguyen Thi Lan]], majitelka večerky v {{city|Chebu}}. Chci změnit tarif pro firmu, IČO [[@ico]], DIČ [[@ico:cz]]. Volejte prosím odpoledne na [[@phone:CZ:mintl]]. Děkuju!""",
    # 14 school, greeting to all, teacher signature with Mgr. and role
    """{{greeting_without_name|Dobrý den všem}},
připomínám, že třídní schůzky budou {{date|ve čtvrtek 17. 10.}} od {{time|17:00}}. Prosím o potvrzení účasti.
Mgr. [[sig|Alena Veselá]]
{{job_title|třídní učitelka 5.B}}""",
    # 15 energy utility, ČEZ, meter number, address
    """Nahlašuji stav elektroměru č. {{@num:#########}}: {{quantity|12 845 kWh}} k {{date|31. 12. 2023}}. Odběrné místo: [[address|Na Výsluní 12, 301 00 Plzeň]]. Zákaznické číslo {{brand|ČEZ}}: {{@num:##########}}. Přeplatek prosím na [[@iban:CZ:group]].
Děkuji, [[sig|Radek Pokorný]]""",
    # 16 car service, "u telefonu" style message
    """Dobrý den, tady [[intro|Milan]] z autoservisu {{company|Autocentrum Sever}}. Vaše Octavia je hotová, cena {{amount|6 480 Kč}} vč. DPH, zakázka {{@order:ZA-#####}}, faktura na IČO [[@ico]]. Vyzvednout můžete do {{time|18:00}}.""",
    # 17 forwarded message with Od/Komu headers
    """Přeposílám vyjádření prodejce, podle mě to odporuje zákonu.

---------- Přeposlaná zpráva ---------
Od: [[oth|Pavel Beneš]] <[[email|benes@elektro-benes.cz]]>
Datum: {{date|út 16. 1. 2024}} {{time|14:22}}
Předmět: Re: reklamace {{@order:########}}

Reklamaci zamítáme, vada vznikla mechanickým poškozením.
{{company|ElektroServis Morava}}, IČO [[@ico:sp]]

[[sig|Zdeněk Holub]]
[[@phone:CZ:mintl]]""",
    # 18 pet shop, diminutive in salutation, informal
    """Čau [[sal|Péťo]], to krmivo pro psy {{brand|Brit Care}} už máte skladem? Tu {{quantity|12 kg}} verzi. Díky, [[sig|Kuba]]""",
    # 19 gym, form fields
    """Jméno a příjmení: [[intro|Kateřina Nováková Šimková]]
E-mail: [[email|k.simkova@seznam.cz]]
Telefon: [[@phone:CZ:mg3]]
Rodné číslo: [[@rc:slash-female]]
Pobočka: {{brand|Form Factory}} {{street_as_brand|Vodičkova}}
Zpráva: chci zrušit permanentku k {{date|30. 9.}}, stěhuji se do {{city|Brna}}.""",
    # 20 marketplace, no PII, department sign-off
    """{{greeting_without_name|Vážený zákazníku}},
Vaše objednávka {{@order:CZ########}} byla předána dopravci {{brand|PPL}}. Číslo zásilky {{@tracking:###########}}.
Děkujeme za nákup
{{team_name|Tým podpory}} {{brand|Notino}}""",
    # 21 pharmacy with person-like brand, wife named
    """Je v lékárně {{person_like_brand|Dr.Max}} na {{street_as_brand|Václavském náměstí}} skladem {{brand|Paralen}} 500? Vyzvedne manželka, [[oth|Dana Krejčí]], ozvěte se prosím na [[@phone:CZ:m00]].""",
    # 22 university, prof. in salutation, student signature with Bc.
    """Vážený pane profesore [[sal|Kratochvíle]],
dovoluji si Vás požádat o posunutí termínu odevzdání diplomové práce na {{date|31. května}}.
S úctou
Bc. [[sig|Ondřej Sedláček]]
{{company|Fakulta informatiky}}""",
    # 23 Ukrainian client in Czech text, self-intro, Slovak DPH mentioned
    """Dobrý den, jmenuji se [[intro|Oleksandr Kovalenko]] a pracuji pro slovenskou firmu {{company|Tatra Logistik s.r.o.}}, IČ DPH [[@icdph:sk]]. Potřebujeme opravit fakturu {{@invoice:2024/####}}, je tam špatná adresa. Díky, [[sig|O. Kovalenko]]
[[email|o.kovalenko@tatralogistik-demo.sk]]""",
    # 24 bank, account complaint, signature on its own line after closing
    """{{greeting_without_name|Dobrý den}},
od {{date|1. 7.}} mi strháváte poplatek {{amount|99 Kč}} za vedení účtu, přestože mám tarif zdarma. Účet [[@iban:CZ:compact]], rodné číslo [[@rc:plain-female]].
Děkuji a zdravím
[[sig|Blanka Růžičková]]""",
    # 25 hotel booking chat, name at end of the message
    """Recepce: Dobrý den, paní [[sal|Markéto]], potvrzujeme rezervaci {{@order:HB#######}} na {{date|12.–14. 7.}}. Přejete si parkování?
Host: ano prosím, přijedeme kolem {{time|21:00}} z {{city|Ostravy}}. díky moc, [[sig|Markéta]]""",
    # 26 insurance company letter to a client, vocative, department signature
    """Vážená paní [[sal|Horáková]],
Vaše pojistná smlouva č. {{@num:###########}} bude prodloužena k {{date|1. 1. 2025}}. Pojistné činí {{amount|3 260 Kč}} ročně a bude inkasováno z účtu [[@iban:CZ:compact]].
S pozdravem
{{team_name|Oddělení správy smluv}}
{{brand|Kooperativa}}""",
    # 27 IT supplier, surname-first signature with phone and email
    """Dobrý den pane [[sal|Šimůnku]],
posílám nabídku na {{quantity|15 ks}} notebooků {{@product:NB-####-@@}}. Cena celkem {{amount|312 000 Kč}} bez DPH.
S pozdravem
[[sig|Kadlec Jiří]], {{job_title|obchodní zástupce}}
tel.: [[@phone:CZ:mintl]], e-mail: [[email|jiri.kadlec@itpartner.cz]]
{{company|IT Partner s.r.o.}} · IČO [[@ico]] · DIČ [[@ico:cz]]""",
    # 28 municipal office, greeting and sign-off without people
    """{{greeting_without_name|Dobrý den}},
informujeme, že podatelna {{company|Magistrátu města Olomouce}} bude {{date|24. 12.}} uzavřena. Žádosti č. {{@ticket:MMOL/#####/2024}} vyřídíme po svátcích.
{{team_name|Odbor vnitřních věcí}}""",
    # 29 courier, company data in a table-like line
    """Reklamace poškozené zásilky:
Odesílatel | IČO | DIČ | telefon | účet
{{company|Kovo Trend s.r.o.}} | [[@ico]] | [[@ico:cz]] | [[@phone:CZ:g3]] | [[@iban:CZ:compact]]
Zásilka {{@tracking:DR##########@@}}, hodnota {{amount|4 200 Kč}}.""",
    # 30 school canteen, parent with daughter, initials + surname
    """Dobrý den, dcera [[oth|Anička]] má od {{date|pondělí}} bezlepkovou dietu, prosím o úpravu obědů. Potvrzení od lékaře přikládám. RČ dcery: [[@rc:slash-child-girl]]
S díky
[[sig|J. Kolářová]]""",
    # 31 used-car marketplace, buyer's card mistyped, kept
    """Platba za inzerát TOP ({{amount|199 Kč}}) neprošla, karta {{@bad:card:group}} prý neexistuje. Opsal jsem ji z karty, ověřte to prosím. Dík, [[sig|Roman]]""",
    # 32 SaaS, Slovak name in Czech text, vocative in salutation
    """Ahoj [[sal|Zuzko]],
posílám přístupy pro nového kolegu – [[oth|Matúš Baláž]] (RČ [[@rcsk:slash-male]] pro smlouvu) nastupuje {{date|1. 10.}} jako {{job_title|projektový manažer}}. Licence {{brand|Jira}} by měla stačit {{quantity|1}}.
Měj se, [[sig|Vojta]]""",
    # 33 car rental, reset link with token
    """Dobrý den, nemůžu se přihlásit, odkaz na obnovení hesla vyprší hned: [[@url:https://muj.pujcovna-demo.cz/obnova-hesla?token=]]
Rezervace {{@order:RZ######}}, {{city|Praha}} letiště, {{date|18. 8.}}. Kauce byla stržena z karty [[@card:group]].
[[sig|Adam Fiala]]""",
    # 34 electronics shop, brand Baťa look-alike, person-like brand, no PII
    """Boty z prodejny {{person_like_brand|Baťa}} jsem koupil na {{street_as_brand|Na Příkopě}}, po {{quantity|3 týdnech}} se odlepila podrážka. Účtenka {{@invoice:####-####-##}}. Prodejna reklamaci odmítla.""",
    # 35 dental clinic, Ukrainian patient names, Czech birth number of a child
    """Dobrý den, chtěla bych objednat syna [[oth|Maksyma]] na preventivní prohlídku. Rodné číslo syna: [[@rc:slash-child-boy]]. Já jsem [[intro|Iryna Tkachenko]], tel. [[@phone:CZ:mg3]].""",
    # 36 B2B order, Polish supplier NIP in Czech mail
    """Dobrý den pane [[sal|Wojcik]],
potvrzujeme objednávku {{@order:PO-####}} na {{quantity|40 palet}}. Prosíme uvést na fakturu náš DIČ [[@ico:cz]] a Váš NIP [[@nip:pl]].
S pozdravem
[[sig|Lucie Kopecká]], {{team_name|nákupní oddělení}}""",
    # 37 review of a gym, employee named, no signature
    """Trenér [[oth|Radim]] je super, ale šatny v {{brand|Holmes Place}} {{city|Brno}} jsou věčně špinavé. Za {{amount|1 690 Kč}} měsíčně bych čekal víc.""",
    # 38 utilities, invoice dispute, rodné číslo typo kept, correct one given
    """Na faktuře {{@invoice:######/24}} je chybně uvedeno moje rodné číslo {{@bad:rc:slash}}, správně je [[@rc:slash-male]]. Prosím o opravu.
S pozdravem, JUDr. [[sig|Vladimír Toman]]
{{company|Advokátní kancelář Lex Bohemia}}, IČ [[@ico]], DIČ [[@ico:cz]]""",
    # 39 short chat line, handle and self-intro
    """[{{time|14:02}}] [[sig|Ondra K.]]: ahoj, já jsem [[intro|Ondra Král]], objednávka {{@order:#######}} mi pořád nepřišla, platil jsem kartou [[@card:group]]
[{{time|14:03}}] {{team_name|Podpora Rohlík}}: Dobrý den, [[sal|Ondro]], omlouváme se, hned to prověříme.""",
    # 40 bank, loan, signature with middle initial
    """{{greeting_without_name|Vážení}},
žádám o předčasné splacení úvěru č. {{@num:###-#######}}. Zůstatek dle aplikace {{amount|84 312 Kč}}, uhradím z účtu [[@iban:CZ:group]].
Děkuji
[[sig|Karel J. Doležal]]
[[email|kj.dolezal@email.cz]]""",
]

# =========================================================================== sk
ITEMS["sk"] = [
    # 01 telecom, "Dobrý deň pán X" with nominative, signature + phone
    """Dobrý deň pán [[sal|Horváth]],

ďakujem za spätný telefonát. Na faktúre {{@invoice:#########}} za {{date|apríl}} mám stále poplatok {{amount|12,90 €}} za službu, ktorú som zrušil v {{date|marci}}. Prosím o opravu a vrátenie preplatku na účet [[@iban:SK:group]].

S pozdravom
[[sig|Peter Kováč]]
[[@phone:SK:m00]]""",
    # 02 marketplace review, person-like brand bookstore, no PII
    """Knihy z {{person_like_brand|Martinusu}} prišli do Z-BOXu v {{city|Martine}} za {{quantity|2 dni}}, všetko v poriadku. Jediná výhrada: obal mal natrhnutý roh. Objednávka {{@order:##########}}.""",
    # 03 clinic, vocative-less formal, self-intro "volám sa", birth number
    """Vážená pani doktorka [[sal|Kováčová]],
volám sa [[intro|Zuzana Baláková]], som Vaša pacientka. Potrebovala by som výmenný lístok na ortopédiu do {{city|Žiliny}}. Rodné číslo: [[@rcsk:slash-female]].
Ďakujem pekne
[[sig|Zuzana Baláková]]""",
    # 04 B2B, signature block with IČO, DIČ, IČ DPH, IBAN
    """Dobrý deň,
v prílohe zasielam faktúru č. {{@invoice:FA-2024-####}} so splatnosťou {{quantity|14 dní}}.

S pozdravom
Ing. [[sig|Marek Šimko]]
{{job_title|konateľ}}
{{company|Drevoplast SK s.r.o.}}
IČO: [[@ico]] | DIČ: [[@icdph:plain]] | IČ DPH: [[@icdph:sk]]
IBAN: [[@iban:SK:group]]""",
    # 05 chat with agent handle, informal customer with diminutive name
    """{{brand|Slovak Telekom}} – chat
Agent [[oth|Michal]]: Dobrý deň, s čím vám môžem pomôcť?
Zákazník: ahoj, tu [[intro|Janka]], nejde mi internet od rána, číslo [[@phone:SK:msk0]]
Agent [[oth|Michal]]: Ďakujem. Pre overenie prosím rodné číslo držiteľa zmluvy.
Zákazník: [[@rcsk:slash-female]]
Agent [[oth|Michal]]: Ďakujem, overím to. Prosím o strpenie cca {{quantity|5 minút}}.""",
    # 06 courier, lower-case, husband named, no diacritics
    """balik {{@tracking:SK############}} mal prist vcera, manzel [[oth|Jozko]] bol doma cely den a kurier nikde. v aplikacii {{brand|Packeta}} pise ze adresat nezastihnuty. super.
[[sig|katka hudakova]]""",
    # 07 municipal office, self-intro "som", house address
    """{{greeting_without_name|Dobrý deň}},
som [[intro|Ľubomír Kráľ]], vlastník domu na adrese [[address|Hlavná 45, 080 01 Prešov]]. Žiadam o preverenie výšky dane z nehnuteľnosti za rok {{date|2024}}, rozhodnutie č. {{@ticket:DzN/#####/24}} obsahuje nesprávnu výmeru. RČ: [[@rcsk:slash-male]].
S úctou
[[sig|Ľ. Kráľ]]""",
    # 08 hotel review, staff named, city
    """Hotel {{brand|Grand Jasná}} v {{city|Demänovskej Doline}} bol super, wellness čisté. Veľká vďaka čašníkovi [[oth|Patrikovi]], ktorý nám pripravil bezlepkové raňajky. Cena {{amount|189 €}} za noc je ale vysoká.""",
    # 09 insurance, surname-first signature in capitals, rodné číslo plain
    """{{greeting_without_name|Vážení}},
k poistnej udalosti č. {{@num:PU#########}} posielam fotodokumentáciu. Číslo zmluvy {{@num:##########}}, škoda vznikla {{date|7. 6. 2024}}.
Poistený: [[sig|MOLNÁR Štefan]], RČ [[@rcsk:plain-male]]
Poistné plnenie prosím na [[@iban:SK:compact]].""",
    # 10 SaaS support, informal "Ahoj" with diminutive, signature "--"
    """Ahoj [[sal|Mirka]],
vďaka za rýchlu odpoveď. Synchronizácia s {{brand|Google Calendar}} vo verzii {{version|2.14}} stále nefunguje. Tiket {{@ticket:T-######}}.
--
[[sig|Tomáš]]
{{company|Kaviareň Nová Doba}}, IČO [[@ico]], DIČ [[@icdph:plain]]""",
    # 11 bank, card complaint, Mgr. title signature
    """Na karte [[@card:group]] je transakcia {{amount|249,00 €}} z {{date|5. 8.}}, ktorú som neurobila. Kartu som zablokovala v aplikácii {{brand|Tatra banka}}. Účet: [[@iban:SK:group]].
Mgr. [[sig|Ivana Oravcová]]""",
    # 12 quoted reply "Dňa ... napísal(a)"
    """Stále čakám na vrátenie peňazí, prosím o urgenciu! Účet na vrátenie: [[@iban:SK:group]]

Dňa {{date|pon 8. 4. 2024}} o {{time|10:05}} [[oth|Lenka Bartošová]] <[[email|lenka.bartosova@nabytok-plus.sk]]> napísal(a):
> {{greeting_without_name|Dobrý deň}},
> peniaze Vám vrátime do 30 dní.
> S pozdravom
> {{team_name|Zákaznícky servis}}""",
    # 13 Vietnamese name in Slovak text, self-intro with "moje meno je"
    """Dobrý deň, moje meno je [[intro|Tran Van Hung]], mám bistro v {{city|Nitre}}. Chcem zmeniť tarif na firemný, IČO [[@ico]], IČ DPH [[@icdph:sksp]]. Volajte prosím po {{time|14:00}} na [[@phone:SK:mintl]].""",
    # 14 school, greeting to all, teacher signature
    """{{greeting_without_name|Dobrý deň, milí rodičia}},
pripomínam rodičovské združenie {{date|v utorok 15. 10.}} o {{time|16:30}} v triede 3.A.
Mgr. [[sig|Jana Lukáčová]]
{{job_title|triedna učiteľka}}""",
    # 15 energy utility, meter number, address, signature after comma
    """Nahlasujem stav plynomeru č. {{@num:########}}: {{quantity|4 512 m³}} k {{date|31. 12. 2023}}. Odberné miesto [[address|Mierová 88, 821 05 Bratislava]]. Zákaznícke číslo {{brand|SPP}} {{@num:##########}}. Preplatok prosím na [[@iban:SK:group]].
Ďakujem, [[sig|Igor Varga]]""",
    # 16 car service message, "tu je" self-intro
    """Dobrý deň, tu je [[intro|Rasťo]] z autoservisu {{company|Auto Hronec}}. Vaše Fabia je pripravená, cena {{amount|385 €}} s DPH, zákazka {{@order:ZK-#####}}, faktúra na IČO [[@ico]]. Otvorené máme do {{time|17:00}}.""",
    # 17 forwarded message with Od/Odoslané
    """Preposielam odpoveď predajcu, podľa mňa to nie je v súlade so zákonom.

-------- Pôvodná správa --------
Od: [[oth|Martin Gajdoš]] <[[email|gajdos@elektro-gajdos.sk]]>
Odoslané: {{date|streda 17. januára 2024}} {{time|9:40}}
Predmet: RE: reklamácia {{@order:########}}

Reklamáciu zamietame, išlo o mechanické poškodenie.
{{company|Elektro Tatry s.r.o.}} | IČO [[@ico]] | IČ DPH [[@icdph:sk]]

[[sig|Dušan Kollár]]
[[@phone:SK:msk0slash]]""",
    # 18 pet shop, informal
    """Čau [[sal|Paľo]], máte ešte to krmivo {{brand|Brit Premium}} pre mačky, to {{quantity|8 kg}}? Prídem v sobotu. Vďaka, [[sig|Maťo]]""",
    # 19 gym web form
    """Meno a priezvisko: [[intro|Simona Kučerová Lipková]]
E-mail: [[email|simona.lipkova@azet.sk]]
Telefón: [[@phone:SK:mintl]]
Rodné číslo: [[@rcsk:slash-female]]
Pobočka: {{brand|Golem Club}} {{street_as_brand|Obchodná}}
Správa: chcem zmraziť členstvo na {{quantity|2 mesiace}}, som tehotná.""",
    # 20 e-shop order confirmation, no PII, team sign-off
    """{{greeting_without_name|Milý zákazník}},
Vaša objednávka {{@order:SK########}} bola odovzdaná kuriérovi {{brand|SPS}}. Číslo zásielky {{@tracking:###########}}.
Ďakujeme za nákup
{{team_name|Tím zákazníckej podpory}}""",
    # 21 pharmacy, wife named, phone
    """Máte v lekárni {{person_like_brand|Dr.Max}} v {{brand|Auparku}} {{brand|Ibalgin}} 400? Vyzdvihne manželka [[oth|Monika Šebová]], prosím dajte vedieť na [[@phone:SK:msk0slash]].""",
    # 22 university, prof. in salutation, student signature with Bc.
    """Vážený pán profesor [[sal|Kollár]],
dovoľujem si Vás požiadať o konzultáciu k diplomovej práci v termíne {{date|20. 5.}} alebo neskôr.
S úctou
Bc. [[sig|Natália Švecová]]
{{company|Fakulta managementu UK}}""",
    # 23 Ukrainian worker in Slovakia, Czech company IČO
    """Dobrý deň, volám sa [[intro|Andrii Melnyk]], pracujem pre českú firmu {{company|Stavby Morava a.s.}} (IČO [[@ico]]). Potrebujem potvrdenie o príjme za {{date|rok 2023}}. Ďakujem, [[sig|A. Melnyk]]
[[email|andrii.melnyk@stavbymorava-demo.cz]]""",
    # 24 bank, fee complaint, signature under closing on own line
    """{{greeting_without_name|Dobrý deň}},
od {{date|1. 7.}} mi účtujete poplatok {{amount|6 €}} mesačne za vedenie účtu, hoci mám študentský účet. Číslo účtu [[@iban:SK:compact]], rodné číslo [[@rcsk:plain-female]].
Ďakujem a prajem pekný deň
[[sig|Barbora Némethová]]""",
    # 25 hotel booking chat, name at the end
    """Recepcia: Dobrý deň, pani [[sal|Lucia]], potvrdzujeme rezerváciu {{@order:RZ#######}} na {{date|12. – 14. 7.}}. Budete potrebovať parkovanie?
Hosť: áno, prídeme okolo {{time|20:00}} z {{city|Košíc}}. ďakujem, [[sig|Lucia]]""",
    # 26 insurer letter, salutation with surname (nominative), department signature
    """Vážená pani [[sal|Tóthová]],
Vaša poistná zmluva č. {{@num:###########}} bude automaticky predĺžená k {{date|1. 1. 2025}}. Ročné poistné je {{amount|312 €}}, inkaso z účtu [[@iban:SK:compact]].
S pozdravom
{{team_name|Oddelenie správy zmlúv}}
{{brand|Union poisťovňa}}""",
    # 27 IT supplier, signature with role, phone and email
    """Dobrý deň pán [[sal|Benko]],
posielam cenovú ponuku na {{quantity|12 ks}} monitorov {{@product:MN-####-@@}}. Spolu {{amount|3 480 €}} bez DPH.
S pozdravom
[[sig|Juraj Polák]], {{job_title|obchodný zástupca}}
tel. [[@phone:SK:mintl]], [[email|juraj.polak@itservis.sk]]
{{company|IT Servis s.r.o.}}, IČO: [[@ico:sp]], IČ DPH: [[@icdph:sk]]""",
    # 28 municipal notice, no person
    """{{greeting_without_name|Vážení občania}},
podateľňa {{company|Mestského úradu Trnava}} bude {{date|24. 12.}} zatvorená. Žiadosti č. {{@ticket:MsU/####/2024}} vybavíme po sviatkoch.
{{team_name|Oddelenie vnútornej správy}}""",
    # 29 courier complaint, CSV-like company data
    """Reklamácia poškodenej zásielky, údaje odosielateľa:
firma;IČO;DIČ;IČ DPH;IBAN
{{company|Kovex Trade s.r.o.}};[[@ico]];[[@icdph:plain]];[[@icdph:sk]];[[@iban:SK:compact]]
Zásielka {{@tracking:##########@@}}, hodnota tovaru {{amount|740 €}}.""",
    # 30 school canteen, daughter named, initial + surname signature
    """Dobrý deň, dcéra [[oth|Ninka]] má od {{date|pondelka}} bezlaktózovú diétu, prosím upravte jej obedy. Potvrdenie od lekárky prikladám, RČ dcéry [[@rcsk:slash-child-girl]].
Ďakujem
[[sig|M. Hudecová]]""",
    # 31 marketplace, mistyped card kept
    """Platba za topovanie inzerátu ({{amount|4,99 €}}) neprešla, vraj karta {{@bad:card:group}} neexistuje. Prepisoval som ju z karty. Skontrolujte to prosím. [[sig|Róbert]]""",
    # 32 SaaS, Czech name in Slovak text, colleague
    """Ahoj [[sal|Zuzka]],
posielam prístupy pre nového kolegu – [[oth|Jakub Dvořák]] z pražskej pobočky (české RČ [[@rc:slash-male]]) nastupuje {{date|1. 10.}} ako {{job_title|analytik}}.
Maj sa, [[sig|Vlado]]""",
    # 33 car rental, reset link token
    """Dobrý deň, link na obnovenie hesla hneď expiruje: [[@url:https://moj.autopozicovna-demo.sk/reset?token=]]
Rezervácia {{@order:AP######}}, {{city|Bratislava}} letisko, {{date|18. 8.}}. Depozit je blokovaný na karte [[@card:dash]].
[[sig|Filip Baran]]""",
    # 34 shoe shop review, person-like brand, street-named mall, no PII
    """Topánky {{person_like_brand|Baťa}} z predajne na {{street_as_brand|Obchodnej}} sa rozpadli po {{quantity|mesiaci}}. Bloček {{@invoice:####-######}}, reklamácia zamietnutá. Už nikdy.""",
    # 35 dental clinic, Ukrainian mother, son's birth number
    """Dobrý deň, chcela by som objednať syna [[oth|Danyla]] na preventívnu prehliadku. Rodné číslo syna: [[@rcsk:slash-child-boy]]. Ja som [[intro|Olena Shevchuk]], tel. [[@phone:SK:msk0]].""",
    # 36 B2B, Polish partner with NIP
    """Dobrý deň pani [[sal|Nowak]],
potvrdzujeme objednávku {{@order:OBJ-####}} na {{quantity|24 paliet}}. Na faktúru prosím uveďte naše IČ DPH [[@icdph:sk]] a Váš NIP [[@nip:dash]].
S pozdravom
[[sig|Ladislav Hrušovský]], {{team_name|oddelenie nákupu}}""",
    # 37 review of a gym, coach named, no signature
    """Tréner [[oth|Marián]] je top, ale šatne vo fitku {{brand|Gym Bratislava}} v {{brand|Eurovea}} sú stále špinavé. Za {{amount|55 €}} mesačne by som čakal viac.""",
    # 38 utilities, wrong birth number kept, correct one given
    """Na faktúre {{@invoice:######/24}} je nesprávne uvedené moje rodné číslo {{@bad:rc:slash}}, správne je [[@rcsk:slash-female]]. Prosím o opravu.
S pozdravom, PhDr. [[sig|Viera Mináriková]]
[[@phone:SK:mintl]]""",
    # 39 chat line with handle and self-intro
    """[{{time|18:44}}] [[sig|Dominik S.]]: dobrý večer, som [[intro|Dominik Sýkora]], objednávka {{@order:#######}} mi ešte neprišla, platil som kartou [[@card:plain]]
[{{time|18:46}}] {{team_name|Podpora}}: Dobrý večer pán [[sal|Sýkora]], preveríme to a ozveme sa.""",
    # 40 bank, loan early repayment, signature with email
    """{{greeting_without_name|Vážení}},
žiadam o predčasné splatenie úveru č. {{@num:####-######}}. Zostatok podľa aplikácie {{amount|7 812,40 €}}, splatím z účtu [[@iban:SK:group]].
Ďakujem
[[sig|Pavol Krajčír]]
[[email|pavol.krajcir@gmail.com]]""",
]

# =========================================================================== ru
ITEMS["ru"] = [
    # 01 telecom, formal salutation with name + patronymic, signature + phone
    """Уважаемая [[sal|Ольга Петровна]]!

Спасибо за оперативный ответ по обращению {{@ticket:№ #######}}. К сожалению, в счёте за {{date|март}} по-прежнему списано {{amount|350 ₽}} за подписку, которую я не подключал. Прошу сделать перерасчёт. Для идентификации: ИНН [[@innp]].

С уважением,
[[sig|Андрей Соколов]]
[[@phone:RU:mruintl]]""",
    # 02 marketplace review, no PII
    """Заказ {{@order:#########-####}} с {{brand|Wildberries}} пришёл в пункт выдачи в {{city|Казани}} через {{quantity|9 дней}}, хотя обещали 3. Коробка мятая, но сам товар целый. Оценка {{percent|3 из 5}}.""",
    # 03 clinic, "меня зовут", SNILS
    """Добрый день!
Меня зовут [[intro|Наталья Викторовна Кузнецова]], я прикреплена к {{company|городской поликлинике № 12}} в {{city|Екатеринбурге}}. Не могу записаться к эндокринологу через {{brand|Госуслуги}}, пишет «нет талонов» уже {{quantity|3 недели}}. СНИЛС: [[@snils]], полис ОМС на руках.
Спасибо""",
    # 04 B2B invoice, company details block with INN, OGRN
    """Добрый день, [[sal|Сергей]]!
Направляем счёт {{@invoice:№ СЧ-####}} от {{date|14.05.2024}} на сумму {{amount|184 600,00 руб.}}, оплата в течение {{quantity|5 банковских дней}}.

С уважением,
[[sig|Ирина Волкова]]
{{job_title|главный бухгалтер}}
{{company|ООО «СтройМаркет»}}
ИНН [[@inn]]
ОГРН [[@ogrn]]
тел. [[@phone:RU:mru8]]""",
    # 05 chat with operator handle, informal client
    """{{brand|МТС}} | чат поддержки
Оператор [[oth|Алина]]: Здравствуйте! Чем могу помочь?
Клиент: привет, это [[intro|женя]], у меня не работает мобильный интернет, номер [[@phone:RU:mru8plain]]
Оператор [[oth|Алина]]: Для проверки назовите, пожалуйста, ИНН владельца договора.
Клиент: [[@innp]]
Оператор [[oth|Алина]]: Спасибо, проверяю настройки. Это займёт около {{quantity|2 минут}}.""",
    # 06 courier complaint, husband named, lower-case
    """посылка {{@tracking:##########}} должна была прийти вчера, муж [[oth|Витя]] весь день сидел дома, курьер так и не появился. в {{brand|СДЭК}} пишут «получатель отсутствовал». ну да конечно.
[[sig|лена]]""",
    # 07 municipal (МФЦ), "я, ФИО, ..." formal self-intro, personal INN
    """В {{company|МФЦ района Хамовники}}

Я, [[intro|Петров Сергей Иванович]], прошу выдать справку об отсутствии задолженности по налогам. ИНН [[@innp]], СНИЛС [[@snils]]. Готовый документ прошу направить на [[email|s.i.petrov@mail.ru]].

{{date|12.03.2024}}""",
    # 08 hotel review, person-like brand, staff in dative
    """Отдыхали в отеле {{brand|Ривьера}} в {{city|Сочи}} с {{date|5 по 12 августа}}. Номер отличный, но кондиционер шумел. Отдельное спасибо администратору [[oth|Ксении]] за помощь с трансфером. В мини-баре были пельмени {{person_like_brand|Дядя Ваня}} 🙂""",
    # 09 insurance, surname + initials signature, policy number fails checks
    """{{greeting_without_name|Добрый день, служба поддержки}}.
Прошу ускорить рассмотрение убытка по полису ОСАГО {{@num:XXX ##########}}. Документы сданы {{date|4 июня}}, прошло больше 20 рабочих дней. Выплату прошу перечислить на карту [[@card:group]].
С уважением, клиент [[sig|Иванов И.И.]]""",
    # 10 SaaS support, informal salutation, signature after dashes
    """Привет, [[sal|Даша]]!
Спасибо, что так быстро ответила. Выгрузка отчёта в {{version|версии 5.2.3}} всё равно падает на файле больше {{quantity|10 000 строк}}. Заявка {{@ticket:SR-######}}.
--
[[sig|Максим]]
{{company|кофейня «Зерно»}}, ИНН [[@innp]]""",
    # 11 bank, card fraud, patronymic in signature
    """По карте [[@card:group]] прошла операция на {{amount|12 490 ₽}} ({{date|02.04.2024}}, {{time|03:17}}), которую я не совершала. Карта заблокирована в приложении {{person_like_brand|Тинькофф}}. Прошу оспорить операцию. ИНН [[@innp]], если нужно для заявления.
[[sig|Галина Сергеевна Белова]]""",
    # 12 quoted reply "... пишет:"
    """Уже месяц жду возврат денег, это просто издевательство!!

{{date|Пн, 8 апр. 2024 г.}} в {{time|11:20}}, [[oth|Мария Лебедева]] <[[email|m.lebedeva@mebel-dom.ru]]>:
> {{greeting_without_name|Здравствуйте}}!
> Возврат будет произведён в течение 10 рабочих дней на карту [[@card:plain]].
> С уважением,
> {{team_name|Служба поддержки}}""",
    # 13 self-employed with personal INN, "Это ... из"
    """Добрый вечер! Это [[intro|Фарид Алиев]] из шиномонтажа на {{street_as_brand|Профсоюзной}}. Мне нужен чек на самозанятого, ИНН [[@innp]]. Звоните [[@phone:RU:mru8]] после {{time|18:00}}.""",
    # 14 school, greeting to parents, teacher signature
    """{{greeting_without_name|Уважаемые родители}}!
Напоминаю, что родительское собрание состоится {{date|в четверг, 17 октября}}, в {{time|18:30}}, кабинет 204.
{{job_title|Классный руководитель}} 5 «Б»
[[sig|Светлана Юрьевна Морозова]]""",
    # 15 utilities (water meter), address, surname-first signature
    """Передаю показания счётчика воды № {{@num:#########}}: ХВС {{quantity|245 м³}}, ГВС {{quantity|131 м³}}. Адрес: [[address|ул. Ленина, д. 18, кв. 42, г. Самара]]. Лицевой счёт {{@num:##########}}, СНИЛС собственника [[@snils:dash2]].
[[sig|Васильева Т.А.]]""",
    # 16 car service, "это ... из" company side, order number
    """Здравствуйте, это [[intro|Артём]] из автосервиса {{company|«Мотор Плюс»}}. Ваш Солярис готов, к оплате {{amount|18 700 ₽}}, заказ-наряд {{@order:ЗН-#####}}. Счёт выставим на ИНН [[@inn]], как в прошлый раз. Работаем до {{time|20:00}}.""",
    # 17 forwarded message with От/Отправлено
    """Пересылаю ответ продавца, по-моему это нарушение закона о защите прав потребителей.

-------- Пересылаемое сообщение --------
От: [[oth|Дмитрий Орлов]] <[[email|orlov@tehnomir-shop.ru]]>
Отправлено: {{date|среда, 17 января 2024 г.}} {{time|14:05}}
Тема: RE: возврат {{@order:########}}

Возврат невозможен, товар был в употреблении.
ИП [[oth|Орлов Д.А.]], ИНН [[@innp]], ОГРНИП [[@ogrn:15]]

[[sig|Олег Никитин]]
[[@phone:RU:mruintl]]""",
    # 18 pet shop, informal diminutive both ends
    """Привет, [[sal|Саш]]! Корм {{brand|Royal Canin}} для стерилизованных кошек, {{quantity|10 кг}}, ещё остался? Заеду в субботу. Спасибо! [[sig|Таня]]""",
    # 19 gym web form
    """ФИО: [[intro|Смирнова Екатерина Андреевна]]
E-mail: [[email|katya.smirnova88@yandex.ru]]
Телефон: [[@phone:RU:mruintl]]
СНИЛС: [[@snils]]
Клуб: {{brand|World Class}} {{city|Москва}}
Сообщение: прошу заморозить абонемент на {{quantity|1 месяц}}, справка из травмпункта в приложении.""",
    # 20 shop notification, no PII, department signature
    """{{greeting_without_name|Уважаемый покупатель}}!
Ваш заказ {{@order:RU########}} передан в службу доставки {{brand|Boxberry}}. Трек-номер {{@tracking:@@#########RU}}.
Спасибо за покупку!
{{team_name|Команда}} {{brand|Ozon}}""",
    # 21 pharmacy, wife named, phone in a different format
    """Есть ли в аптеке {{brand|Ригла}} на {{street_as_brand|Тверской}} {{brand|Нурофен}} 400? Заберёт жена, [[oth|Людмила Петровна]], позвоните, пожалуйста: [[@phone:RU:mintldash]]. Оплатим картой [[@card:group]] через приложение.""",
    # 22 university, professor salutation in dative-free form, student signature
    """Уважаемый [[sal|Игорь Владимирович]]!
Прошу разрешить пересдачу экзамена по матанализу {{date|20 июня}}. Справка о болезни прилагается.
С уважением,
студент группы ИВТ-21
[[sig|Кирилл Фомин]]""",
    # 23 Uzbek name in Russian text, company INN/OGRN in parentheses
    """Добрый день! Меня зовут [[intro|Рустам Ахмедов]], я представляю {{company|ООО «Восток Логистик»}} (ИНН [[@inn]], ОГРН [[@ogrn]]). Оплата с карты [[@card:dash]] или по счёту. Хотим заключить договор на вывоз мусора с {{date|1 сентября}}. Перезвоните, пожалуйста.
[[sig|Р. Ахмедов]]""",
    # 24 bank, fee complaint, signature on its own line
    """{{greeting_without_name|Добрый день}}.
С {{date|1 июля}} с меня списывают {{amount|199 ₽}} в месяц за обслуживание карты, хотя тариф бесплатный. Прошу вернуть списания на карту [[@card:group]].
Всего доброго,
[[sig|Евгения Карпова]]
[[@phone:RU:mru8]]""",
    # 25 hotel booking chat, name at end of message
    """Ресепшн: Здравствуйте, [[sal|Виктория]]! Подтверждаем бронь {{@order:BK#######}} на {{date|12–14 июля}}. Нужна ли парковка?
Гость: да, нужна, приедем около {{time|22:00}} из {{city|Твери}}. спасибо!! [[sig|Вика]]""",
    # 26 insurer to client, name + patronymic in salutation, department signature
    """Уважаемый [[sal|Николай Андреевич]]!
Ваш договор страхования № {{@num:####-#######}} будет продлён с {{date|01.01.2025}}. Страховая премия составит {{amount|8 940 руб.}} и будет списана с карты [[@card:group]].
С уважением,
{{team_name|Отдел сопровождения договоров}}
{{brand|Ингосстрах}}""",
    # 27 IT supplier, signature block with role, phone, email
    """Добрый день, [[sal|Павел Сергеевич]]!
Направляю коммерческое предложение на {{quantity|20 шт.}} ноутбуков {{@product:NB-####-@@}}, итого {{amount|1 480 000 ₽}} с НДС.
С уважением,
[[sig|Алексей Зайцев]], {{job_title|менеджер по работе с клиентами}}
тел. [[@phone:RU:mruintl]], [[email|a.zaytsev@it-postavka.ru]]
{{company|ООО «ИТ Поставка»}} · ИНН [[@inn]] · ОГРН [[@ogrn]]""",
    # 28 municipal notice, no person
    """{{greeting_without_name|Уважаемые жители}}!
{{date|24 июля}} с {{time|9:00}} до {{time|17:00}} будет отключена горячая вода в домах по {{street_as_brand|Садовой}} улице. Заявки № {{@ticket:####/24}} и позднее будут рассмотрены после работ.
{{team_name|Управляющая компания}} {{company|«Уютный дом»}}""",
    # 29 courier complaint, company data in a list
    """Претензия по повреждённому грузу. Данные отправителя:
- наименование: ИП [[oth|Гусев С.В.]]
- ИНН: [[@innp]]
- ОГРНИП: [[@ogrn:15]]
- телефон: [[@phone:RU:ru8plain]]
Накладная {{@tracking:#-####-####}}, стоимость груза {{amount|42 300 ₽}}.""",
    # 30 school canteen, daughter, initials after surname
    """Здравствуйте! У дочери, [[oth|Алисы]], с {{date|понедельника}} безглютеновая диета, прошу учесть в питании. Справку передам классному руководителю. СНИЛС дочери: [[@snils]].
[[sig|Новикова А.В.]]""",
    # 31 marketplace, mistyped INN kept as invalid
    """Продавец указал в чеке ИНН {{@bad:inn}}, а сервис проверки пишет, что такого нет. Это вообще законно? Заказ {{@order:########}}, сумма {{amount|5 990 ₽}}.""",
    # 32 SaaS, Ukrainian-origin colleague, diminutive
    """Привет, [[sal|Женя]]!
Завели доступы для новой коллеги — [[oth|Оксана Коваленко]] (СНИЛС [[@snils]], для кадров) выходит {{date|1 октября}} {{job_title|аналитиком}}. Лицензий {{brand|Битрикс24}} хватает?
Пока, [[sig|Дима]]""",
    # 33 car sharing, reset link token
    """Не могу войти в аккаунт, ссылка для сброса пароля сразу истекает: [[@url:https://lk.karsharing-demo.ru/reset?token=]]
Бронь {{@order:CS#######}}, {{city|Санкт-Петербург}}. Депозит заблокирован на карте [[@card:group]].
[[sig|Роман Ефимов]]""",
    # 34 brand lookalike review, no PII
    """Пельмени {{person_like_brand|Дядя Ваня}} из {{brand|Пятёрочки}} развалились при варке, вся пачка {{quantity|800 г}}. Чек {{@invoice:####-####}}. Раньше были лучше.""",
    # 35 dental clinic, son's SNILS, mother intro "я — ..."
    """Здравствуйте, хочу записать сына [[oth|Тимура]] на профосмотр. СНИЛС сына: [[@snils:dash2]]. Я — [[intro|Гульнара Хасанова]], телефон [[@phone:RU:mru8]].""",
    # 36 B2B, German partner with USt-IdNr
    """Уважаемый господин [[sal|Шмидт]]!
Подтверждаем заказ {{@order:PO-####}} на {{quantity|18 паллет}}. Просим указать в инвойсе наш ИНН [[@inn]], ОГРН [[@ogrn]] и ваш USt-IdNr. [[@ustid]].
С уважением,
[[sig|Марина Полякова]], {{team_name|отдел закупок}}""",
    # 37 review, trainer named, no signature
    """Тренер [[oth|Стас]] отличный, но раздевалки в {{brand|Фитнес Хаус}} на {{street_as_brand|Невском}} вечно грязные. За {{amount|3 900 ₽}} в месяц ожидал большего.""",
    # 38 utilities dispute, wrong SNILS kept, correct given, initials
    """В квитанции {{@invoice:№ ######/24}} неверно указан мой СНИЛС {{@bad:snils:dash}}, правильный — [[@snils]]. Прошу исправить. ИНН тот же: [[@innp]].
С уважением, [[sig|В.П. Лаврентьев]]""",
    # 39 chat line with handle and self-intro
    """[{{time|21:14}}] [[sig|Костя]]: добрый вечер, я [[intro|Константин Гаврилов]], заказ {{@order:#######}} так и не пришёл, платил картой [[@card:group]]
[{{time|21:16}}] {{team_name|Поддержка}}: Добрый вечер, [[sal|Константин]]! Уточним у курьерской службы.""",
    # 40 bank, early repayment, signature with email
    """{{greeting_without_name|Добрый день}}.
Прошу досрочно погасить кредит по договору № {{@num:##-#######}}. Остаток по приложению {{amount|231 480,15 ₽}}, спишите с карты [[@card:plain]].
Спасибо,
[[sig|Юлия Маркова]]
[[email|yulia.markova@gmail.com]]""",
]

# =========================================================================== uk
ITEMS["uk"] = [
    # 01 telecom, vocative salutation, signature + phone
    """Шановна пані [[sal|Ірино]],

дякую за швидку відповідь щодо звернення {{@ticket:№ #######}}. На жаль, у рахунку за {{date|березень}} знову списано {{amount|150 грн}} за послугу, яку я не підключав. Прошу зробити перерахунок і повернути кошти на рахунок [[@iban:UA:compact]]. РНОКПП [[@rnokpp:male]].

З повагою,
[[sig|Олег Ткачук]]
[[@phone:UA:mintl]]""",
    # 02 marketplace review, no PII
    """Замовлення {{@order:#########}} з {{brand|Rozetka}} прийшло у поштомат {{brand|Нової пошти}} в {{city|Вінниці}} за {{quantity|2 дні}}. Все ціле, але інструкції українською не було. Оцінка {{percent|4/5}}.""",
    # 03 clinic, "мене звати", RNOKPP
    """Добрий день!
Мене звати [[intro|Марія Іванівна Коваленко]], я пацієнтка {{company|амбулаторії № 3}} у {{city|Полтаві}}. Не можу записатися до кардіолога через {{brand|Helsi}}, бо декларація «не знайдена». РНОКПП: [[@rnokpp:female]].
Дякую""",
    # 04 B2B invoice, company block with EDRPOU and IBAN
    """Добрий день, пане [[sal|Андрію]]!
Надсилаємо рахунок {{@invoice:№ СФ-####}} від {{date|14.05.2024}} на суму {{amount|84 600,00 грн}}, оплата протягом {{quantity|5 банківських днів}}.

З повагою,
[[sig|Наталія Гнатюк]]
{{job_title|головна бухгалтерка}}
{{company|ТОВ «Будмаркет Захід»}}
ЄДРПОУ [[@edrpou]]
IBAN [[@iban:UA:compact]]""",
    # 05 chat with operator handle, informal client
    """{{brand|Київстар}} | чат
Оператор [[oth|Вікторія]]: Вітаю! Чим можу допомогти?
Клієнт: привіт, це [[intro|сашко]], не працює мобільний інтернет, номер [[@phone:UA:mnat]]
Оператор [[oth|Вікторія]]: Дякую. Назвіть, будь ласка, РНОКПП власника договору.
Клієнт: [[@rnokpp:male]]
Оператор [[oth|Вікторія]]: Дякую, перевіряю налаштування, зачекайте {{quantity|2 хвилини}}.""",
    # 06 courier complaint, husband named, lower-case
    """посилка {{@tracking:20450#########}} мала прийти вчора, чоловік [[oth|Тарас]] весь день сидів вдома, а кур'єр так і не з'явився. в {{brand|Новій пошті}} пишуть «отримувач відсутній». ну звісно.
[[sig|оля]]""",
    # 07 municipal (ЦНАП), "Я, ПІБ, ..." formal self-intro
    """До {{company|ЦНАП Шевченківського району}}

Я, [[intro|Бондар Василь Петрович]], прошу видати довідку про склад сім'ї. РНОКПП [[@rnokpp:male]]. Готову довідку прошу надіслати на [[email|v.bondar@ukr.net]].

{{date|12.03.2024}}""",
    # 08 restaurant review, person-like brand, staff named
    """Вечеряли в {{person_like_brand|Мама Манана}} на Подолі, хачапурі чудове, але чекали {{quantity|50 хвилин}}. Окреме дякую офіціантці [[oth|Соломії]], яка принесла компліменти від закладу. Рахунок {{amount|1 240 грн}} на двох.""",
    # 09 insurance, signature "як власниця картки" style mid-sentence, policy number
    """{{greeting_without_name|Добрий день, служба підтримки}}.
Прошу пришвидшити розгляд страхового випадку за полісом {{@num:ЕР-########}}. Документи подані {{date|4 червня}}, минуло вже більше місяця. Виплату прошу на картку [[@card:group]], РНОКПП [[@rnokpp:female]].
З повагою, клієнтка [[sig|Савчук О.М.]]""",
    # 10 SaaS support, informal "Привіт", signature after dashes
    """Привіт, [[sal|Даринко]]!
Дякую за швидку відповідь. Експорт звіту у {{version|версії 3.4.1}} досі падає на файлі понад {{quantity|5 000 рядків}}. Заявка {{@ticket:UA-######}}.
--
[[sig|Богдан]]
{{company|кав'ярня «Зерно»}}, ФОП, ІПН [[@rnokpp:male]]""",
    # 11 bank, card fraud, "як власниця картки" self-intro
    """Як власниця картки [[@card:group]], [[intro|Олена Коваль]], повідомляю про операцію на {{amount|3 499 грн}} ({{date|02.04.2024}}, {{time|02:51}}), якої я не здійснювала. Картку заблокувала в застосунку {{brand|monobank}}. Кошти прошу повернути на рахунок [[@iban:UA:group]].""",
    # 12 quoted reply "... пише:"
    """Вже місяць чекаю на повернення коштів!!

{{date|пн, 8 квіт. 2024 р.}} о {{time|11:20}} [[oth|Ярослава Мельник]] <[[email|y.melnyk@mebli-dim.ua]]> пише:
> {{greeting_without_name|Добрий день}}!
> Кошти будуть повернені протягом 10 робочих днів на IBAN [[@iban:UA:compact]], вказаний у заяві.
> З повагою,
> {{team_name|Служба підтримки}}""",
    # 13 sole trader (ФОП), "це ... з", phone in brackets
    """Добрий вечір! Це [[intro|Ігор Левченко]] з шиномонтажу на {{street_as_brand|Сихові}}. Потрібен рахунок на ФОП, РНОКПП [[@rnokpp:male]], оплата з картки [[@card:group]]. Телефонуйте [[@phone:UA:mua0]] після {{time|18:00}}.""",
    # 14 school, greeting to parents, teacher signature
    """{{greeting_without_name|Шановні батьки}}!
Нагадую, що батьківські збори відбудуться {{date|у четвер, 17 жовтня}}, о {{time|18:30}}, кабінет 12.
{{job_title|Класна керівниця}} 5-Б
[[sig|Людмила Степанівна Гончаренко]]""",
    # 15 utilities (gas meter), address, surname-first signature
    """Передаю показники лічильника газу № {{@num:########}}: {{quantity|3 412 м³}} станом на {{date|31.01.2024}}. Адреса: [[address|вул. Шевченка, 25, кв. 7, м. Чернігів]]. Особовий рахунок {{@num:##########}}, РНОКПП власника [[@rnokpp]].
[[sig|Кравець Н.В.]]""",
    # 16 car service, company side "це ... з"
    """Вітаю, це [[intro|Назар]] з СТО {{company|«Мотор Сервіс»}}. Ваша Шкода готова, до сплати {{amount|6 850 грн}}, замовлення {{@order:ЗН-#####}}. Рахунок виставимо на ЄДРПОУ [[@edrpou]], як минулого разу. Працюємо до {{time|19:00}}.""",
    # 17 forwarded message with Від/Надіслано
    """Пересилаю відповідь продавця, як на мене це порушення закону про захист прав споживачів.

-------- Переслане повідомлення --------
Від: [[oth|Роман Савченко]] <[[email|savchenko@tehno-svit.com.ua]]>
Надіслано: {{date|середа, 17 січня 2024 р.}} {{time|14:05}}
Тема: RE: повернення {{@order:########}}

Повернення неможливе, товар був у використанні.
{{company|ТОВ «Техно Світ»}}, код ЄДРПОУ [[@edrpou]]

[[sig|Віталій Кушнір]]
[[@phone:UA:mua0]]""",
    # 18 pet shop, informal diminutives
    """Привіт, [[sal|Сашко]]! Корм {{brand|Purina Pro Plan}} для цуценят, {{quantity|12 кг}}, ще є? Заїду в суботу. Дякую! [[sig|Іра]]""",
    # 19 gym web form
    """ПІБ: [[intro|Шевчук Анастасія Олегівна]]
E-mail: [[email|nastya.shevchuk@gmail.com]]
Телефон: [[@phone:UA:mua38]]
РНОКПП: [[@rnokpp:female]]
Клуб: {{brand|Sport Life}} {{city|Київ}}
Повідомлення: прошу заморозити абонемент на {{quantity|1 місяць}}, довідку додаю.""",
    # 20 shop notification, no PII
    """{{greeting_without_name|Шановний покупцю}}!
Ваше замовлення {{@order:UA########}} передано до служби доставки {{brand|Meest}}. Номер відправлення {{@tracking:@@#########UA}}.
Дякуємо за покупку!
{{team_name|Команда}} {{brand|Epicentrk.ua}}""",
    # 21 pharmacy, wife named, phone
    """Чи є в аптеці {{brand|АНЦ}} на {{street_as_brand|Хрещатику}} {{brand|Нурофєн}} 400? Забере дружина, [[oth|Галина]], зателефонуйте, будь ласка: [[@phone:UA:mintl]]. Оплатимо карткою [[@card:dash]].""",
    # 22 university, name+patronymic vocative, student signature
    """Шановний [[sal|Іване Петровичу]]!
Прошу дозволити перескладання іспиту з вищої математики {{date|20 червня}}. Довідка про хворобу додається.
З повагою,
студентка групи КН-21
[[sig|Софія Мороз]]""",
    # 23 Crimean Tatar name, company EDRPOU in parentheses
    """Добрий день! Мене звати [[intro|Ельдар Умеров]], я представляю {{company|ТОВ «Південь Логістик»}} (код ЄДРПОУ [[@edrpou]], IBAN [[@iban:UA:group]]). Хочемо укласти договір на вивіз сміття з {{date|1 вересня}}. Передзвоніть, будь ласка.
[[sig|Е. Умеров]]""",
    # 24 bank, fee complaint, signature on its own line
    """{{greeting_without_name|Добрий день}}.
З {{date|1 липня}} з мене щомісяця списують {{amount|45 грн}} за обслуговування рахунку, хоча тариф безкоштовний. Рахунок [[@iban:UA:group]]. Прошу повернути кошти.
Гарного дня,
[[sig|Ксенія Литвин]]
РНОКПП [[@rnokpp:female]]""",
    # 25 hotel booking chat, name at end
    """Рецепція: Вітаємо, пані [[sal|Юліє]]! Підтверджуємо бронювання {{@order:BK#######}} на {{date|12–14 липня}}. Потрібен паркінг?
Гість: так, будемо близько {{time|22:00}} зі {{city|Львова}}. дякую!! [[sig|Юля]]""",
    # 26 insurer letter, name + patronymic vocative, department signature
    """Шановний [[sal|Миколо Андрійовичу]]!
Ваш договір страхування № {{@num:####-#######}} буде подовжено з {{date|01.01.2025}}. Страховий платіж становитиме {{amount|4 940 грн}}, його буде списано з рахунку [[@iban:UA:group]].
З повагою,
{{team_name|Відділ супроводу договорів}}
{{brand|ARX}}""",
    # 27 IT supplier, signature block with role, phone, email
    """Добрий день, пане [[sal|Павле]]!
Надсилаю комерційну пропозицію на {{quantity|20 шт.}} ноутбуків {{@product:NB-####-@@}}, разом {{amount|612 000 грн}} з ПДВ.
З повагою,
[[sig|Дмитро Бойко]], {{job_title|менеджер з продажу}}
тел. [[@phone:UA:mua38]], [[email|d.boyko@it-postach.com.ua]]
{{company|ТОВ «ІТ Постач»}} · ЄДРПОУ [[@edrpou]] · IBAN [[@iban:UA:compact]]""",
    # 28 municipal notice, no person
    """{{greeting_without_name|Шановні мешканці}}!
{{date|24 липня}} з {{time|9:00}} до {{time|17:00}} не буде гарячої води в будинках на {{street_as_brand|Саксаганського}}. Заявки № {{@ticket:####/24}} і пізніші розглянемо після робіт.
{{team_name|ОСББ}} {{company|«Затишний дім»}}""",
    # 29 courier claim, company data in a list
    """Претензія щодо пошкодженого вантажу. Дані відправника:
- назва: ФОП [[oth|Гуменюк Т.І.]]
- РНОКПП: [[@rnokpp]]
- картка для повернення: [[@card:plain]]
- телефон: [[@phone:UA:compact]]
- рахунок: [[@iban:UA:compact]]
ТТН {{@tracking:2045#########}}, вартість {{amount|12 300 грн}}.""",
    # 30 school canteen, daughter, initials after surname
    """Добрий день! У доньки, [[oth|Злати]], з {{date|понеділка}} безлактозна дієта, прошу врахувати в харчуванні. Довідку передам класній керівниці. РНОКПП доньки: [[@rnokpp:child-girl]].
[[sig|Петренко А.В.]]""",
    # 31 marketplace, wrong RNOKPP kept as invalid
    """Продавець на {{brand|Prom.ua}} вказав у чеку ІПН {{@bad:rnokpp}}, а перевірка в {{brand|Дії}} пише, що такого немає. Це взагалі законно? Замовлення {{@order:########}}, {{amount|2 990 грн}}.""",
    # 32 SaaS, Polish colleague, diminutive
    """Привіт, [[sal|Женю]]!
Створили доступи для нової колеги — [[oth|Agnieszka Wójcik]] (PESEL [[@pesel:female]] для договору) з варшавського офісу виходить {{date|1 жовтня}} {{job_title|аналітикинею}}. Ліцензій {{brand|Jira}} вистачає?
Бувай, [[sig|Остап]]""",
    # 33 car rental, reset link token
    """Не можу увійти в акаунт, посилання для скидання пароля одразу спливає: [[@url:https://kabinet.prokat-demo.ua/reset?token=]]
Бронювання {{@order:RC#######}}, {{city|Одеса}}. Заставу заблоковано на картці [[@card:group]].
[[sig|Максим Руденко]]""",
    # 34 bakery brand that looks like a name, no PII
    """Торт «{{person_like_brand|Бабуся Ганна}}» з {{brand|Сільпо}} був зовсім черствий, хоча термін до {{date|20.03}}. Чек {{@invoice:####-####}}. Раніше було смачніше.""",
    # 35 dental clinic, son's RNOKPP, mother intro
    """Вітаю, хочу записати сина [[oth|Марка]] на профогляд. РНОКПП сина: [[@rnokpp:child-boy]]. Я — [[intro|Христина Дячук]], телефон [[@phone:UA:mintl]].""",
    # 36 B2B, Polish partner with NIP
    """Шановна пані [[sal|Ковальська]]!
Підтверджуємо замовлення {{@order:PO-####}} на {{quantity|16 палет}}. Просимо вказати в інвойсі наш код ЄДРПОУ [[@edrpou]], IBAN [[@iban:UA:group]] та ваш NIP [[@nip:plsp]].
З повагою,
[[sig|Тетяна Сидоренко]], {{team_name|відділ закупівель}}""",
    # 37 review, trainer named, no signature
    """Тренер [[oth|Влад]] супер, але роздягальні в {{brand|Sport Life}} на {{street_as_brand|Лук'янівці}} вічно брудні. За {{amount|1 300 грн}} на місяць очікував більшого.""",
    # 38 utilities, wrong EDRPOU kept, correct given, initials
    """У рахунку {{@invoice:№ ######/24}} неправильно вказано код ЄДРПОУ нашого ОСББ {{@bad:edrpou}}, правильний — [[@edrpou]]. Прошу виправити. Наш IBAN: [[@iban:UA:group]].
З повагою, [[sig|В.П. Лисенко]], {{job_title|голова правління}}""",
    # 39 chat line with handle and self-intro
    """[{{time|21:14}}] [[sig|Тимко]]: добрий вечір, я [[intro|Тимофій Гаврилюк]], замовлення {{@order:#######}} досі не прийшло, платив карткою [[@card:plain]]
[{{time|21:16}}] {{team_name|Підтримка}}: Добрий вечір, пане [[sal|Тимофію]]! Уточнимо в перевізника.""",
    # 40 bank, early repayment, Ukrainian living in Poland with PESEL
    """{{greeting_without_name|Добрий день}}.
Прошу достроково погасити кредит за договором № {{@num:##-#######}}. Я зараз живу в {{city|Кракові}}, мій PESEL [[@pesel:female]], РНОКПП [[@rnokpp:female]], якщо потрібно для ідентифікації. Рахунок для списання: [[@iban:UA:compact]].
Дякую,
[[sig|Юлія Марченко]]
[[email|yuliia.marchenko@gmail.com]]""",
]

# =========================================================================== en
ITEMS["en"] = [
    # 01 telecom, formal Mr + surname, signature + mobile
    """Dear Mr [[sal|Patel]],

Thank you for calling me back about complaint {{@ticket:CMP-#######}}. Unfortunately my {{date|April}} bill still shows a {{amount|£7.50}} roaming add-on that I never switched on. Could you please credit it, or refund to [[@iban:GB:group]]?

Kind regards,
[[sig|Daniel Hughes]]
[[@phone:GB:mnat]]""",
    # 02 marketplace review, person-like brand, no PII
    """Ordered a duvet from {{person_like_brand|John Lewis}} (order {{@order:#########}}), delivered to the click & collect point in {{city|Reading}} after {{quantity|6 days}}. Packaging torn but product fine. {{percent|4/5}}.""",
    # 03 clinic, self-intro "my name is", Dr. salutation
    """Dear Dr [[sal|Okafor]],
My name is [[intro|Siobhan O'Neill]] and I'm registered at the {{company|Meadowbank Surgery}}. I need a repeat prescription for {{brand|Ventolin}}, the last one ran out on {{date|15 May}}. My address is [[address|41 Mill Lane, Cambridge CB2 1RX]] and my mobile [[@phone:GB:mnat]].
Many thanks,
[[sig|Siobhan]]""",
    # 04 B2B invoice, signature block with VAT number and IBAN
    """Hi [[sal|Gareth]],

Please find attached invoice {{@invoice:INV-######}} for {{amount|£4,860.00}}, due within {{quantity|30 days}}. Payment details below. Our company no. is on the letterhead.

Best regards,
[[sig|Emma Clarke]]
{{job_title|Accounts Manager}}
{{company|Northgate Timber Ltd}}
VAT Reg. No. [[@gbvat:gbsp]]
IBAN: [[@iban:GB:group]]""",
    # 05 chat with an agent handle, customer lower-case
    """{{brand|Vodafone}} Chat
Agent [[oth|Chloe]]: Hi there, how can I help today?
Customer: hi its [[intro|jamie]], my data stopped working abroad, number is [[@phone:GB:mcompact]]
Agent [[oth|Chloe]]: Thanks [[sal|Jamie]]. For security, can you confirm the last card used on the account?
Customer: [[@card:plain]]
Agent [[oth|Chloe]]: Thanks, I'll check your roaming settings now. This may take {{quantity|2 minutes}}.""",
    # 06 courier, husband named, signature only initial
    """Parcel {{@tracking:@@#########GB}} was supposed to arrive yesterday. My husband [[oth|Rob]] stayed in all day and nobody came, yet {{brand|Evri}} says "recipient not available". Absolutely ridiculous.
- [[sig|Karen P.]]""",
    # 07 council, self-intro as home owner, address
    """{{greeting_without_name|Dear Sir or Madam}},

I am writing as the owner of [[address|14 Elm Grove, Leeds LS6 2AB]], [[intro|Margaret Fielding]], regarding my council tax bill {{@num:CT########}}. I was charged for {{quantity|two}} adults although I live alone. Please refund the difference to [[@iban:GB:group]].

Yours faithfully,
[[sig|Margaret Fielding]]""",
    # 08 hotel review, staff named, no signature
    """Stayed at the {{brand|Premier Inn}} near {{city|Edinburgh}} Waverley on {{date|3–5 May}}. Room clean, breakfast decent, but the car park at {{amount|£18}} a night is steep. Huge thanks to [[oth|Ahmed]] on reception who sorted our late check-out!""",
    # 09 insurance, surname first, policy number
    """{{greeting_without_name|To whom it may concern}},
Regarding claim {{@num:CLM/####/#####}} under policy {{@num:POL##########}}: the assessor still hasn't been in touch since {{date|4 June}}. Please escalate. Settlement should be paid into [[@iban:GB:compact]].
[[sig|THOMPSON, Richard]]
[[@phone:GB:mintl]]""",
    # 10 SaaS support, informal, double-dash signature with company
    """Hi [[sal|Jo]],
Thanks for the quick reply. The CSV export in {{version|v4.12}} still breaks on accented names (e.g. café suppliers). Ticket {{@ticket:#######}}.
--
[[sig|Priya]]
{{company|Little Bean Coffee Co.}} | VAT [[@gbvat:gb]]""",
    # 11 bank, card dispute, "I'm X, the account owner"
    """Hello, I'm [[intro|Tom Bradley]], the account owner. There's a {{amount|£249.99}} payment on my card [[@card:group]] from {{date|2 April}} that I didn't make. I've frozen the card in the {{brand|Monzo}} app. Please raise a chargeback and credit [[@iban:GB:group]].""",
    # 12 quoted reply "On ..., X wrote:"
    """Still waiting for my refund, it has been a month now.

On {{date|Mon, 8 Apr 2024}} at {{time|09:12}}, [[oth|Hannah Price]] <[[email|hannah.price@sofaworld-demo.co.uk]]> wrote:
> {{greeting_without_name|Hi there}},
> Your refund will be processed within 14 days to card [[@card:group]].
> Kind regards,
> {{team_name|Customer Care Team}}""",
    # 13 Indian-origin shop owner, "this is X from", VAT in parentheses
    """Hi, this is [[intro|Rajesh Kumar]] from {{company|Corner Convenience}} in {{city|Leicester}}. We'd like to switch to your business tariff (our VAT number is [[@gbvat:gb]]; direct debit from [[@iban:GB:group]]). Best time to call is after {{time|2pm}} on [[@phone:GB:mintl]].""",
    # 14 school, greeting to all, teacher signature with title
    """{{greeting_without_name|Dear Parents and Carers}},
A reminder that parents' evening is on {{date|Thursday 17 October}} from {{time|4:30pm}} in the main hall.
Mrs [[sig|A. Whitmore]]
{{job_title|Year 5 Class Teacher}}""",
    # 15 energy, meter reading, address line, signature after comma
    """Meter reading for MPAN-linked meter {{@num:##########}}: {{quantity|18,452 kWh}} as of {{date|31/01/2024}}. Supply address: [[address|Flat 3, 27 Victoria Road, Bristol BS3 4QP]]. Estimated bills are {{percent|30%}} too high. Direct debit is from [[@iban:GB:compact]].
Thanks, [[sig|Callum Reid]]""",
    # 16 garage message, company side self-intro
    """Hi, it's [[intro|Dave]] at {{company|Hillside Motors}}. Your Focus is ready, {{amount|£386.40}} inc. VAT, job {{@order:JB-#####}}. We're open till {{time|5:30}}. Invoice will go to your company as before, VAT no. [[@gbvat:gbsp]].""",
    # 17 forwarded message with From/Sent headers
    """Forwarding the seller's reply below, surely this isn't allowed under the Consumer Rights Act?

-----Original Message-----
From: [[oth|Liam Walsh]] <[[email|liam@walsh-electricals-demo.co.uk]]>
Sent: {{date|Wednesday, January 17, 2024}} {{time|6:02 PM}}
Subject: RE: Return {{@order:########}}

Returns only accepted in original packaging, customer pays postage.
{{company|Bright Spark Electricals Ltd}} – VAT Reg [[@gbvat:plain]]

[[sig|Graham Pike]]
[[@phone:GB:nat]]""",
    # 18 pet shop, informal both ends
    """Hey [[sal|Bex]], have you got the {{quantity|12kg}} bag of {{brand|Lily's Kitchen}} puppy food back in? I'll pop in Saturday. Cheers, [[sig|Mo]]""",
    # 19 gym web form
    """Full name: [[intro|Olivia Grace Bennett]]
Email: [[email|liv.bennett92@gmail.com]]
Phone: [[@phone:GB:mintl]]
Card for payments: [[@card:dash]]
Club: {{brand|PureGym}} {{city|Manchester}} Piccadilly
Message: please freeze my membership for {{quantity|2 months}}, I've torn a ligament.""",
    # 20 shop notification, no PII, team sign-off
    """{{greeting_without_name|Dear Customer}},
Your order {{@order:UK########}} has been dispatched with {{brand|Royal Mail}} Tracked 24. Tracking number {{@tracking:@@#########GB}}.
Thanks for shopping with us,
{{team_name|The Customer Service Team}}""",
    # 21 pharmacy, wife named, street-named store
    """Do you have {{brand|Nurofen}} 400 in stock at the {{street_as_brand|Oxford Street}} branch of {{brand|Boots}}? My wife [[oth|Sarah Collins]] will collect, please text her on [[@phone:GB:mintl]]. We'll pay by card, [[@card:group]].""",
    # 22 university, professor salutation, student signature
    """Dear Professor [[sal|Adeyemi]],
I'd like to request an extension for my dissertation until {{date|31 May}} due to illness (note attached).
Yours sincerely,
[[sig|Aisha Rahman]]
{{job_title|MSc Data Science student}}""",
    # 23 Polish builder in English text, NIP
    """Hello, my name is [[intro|Krzysztof Nowak]], I run a small building firm registered in Poland ({{company|Budomax}}, NIP [[@nip:pl]]). We need an invoice for the scaffolding hire {{@invoice:####/24}} with our tax number on it please.
Regards, [[sig|K. Nowak]]
[[@iban:PL:group]]""",
    # 24 bank fee, signature on own line
    """{{greeting_without_name|Hello}},
Since {{date|1 July}} you've been charging me {{amount|£3}} a month for an account that is supposed to be free. Account [[@iban:GB:compact]], debit card [[@card:group]].
Many thanks,
[[sig|Bethany Ward]]""",
    # 25 hotel chat, name at end of message
    """Reception: Hi [[sal|Ellie]], we've confirmed booking {{@order:HB#######}} for {{date|12–14 July}}. Would you like parking?
Guest: yes please, we'll arrive around {{time|9pm}} from {{city|Cardiff}}. thanks! [[sig|Ellie]]""",
    # 26 insurer letter, Ms salutation, department signature
    """Dear Ms [[sal|Kowalczyk]],
Your home insurance policy {{@num:HP-##########}} will renew on {{date|1 January 2025}}. Your annual premium is {{amount|£312.00}}, collected by direct debit from [[@iban:GB:compact]].
Kind regards,
{{team_name|Renewals Team}}
{{brand|Aviva}}""",
    # 27 IT supplier, signature block
    """Hi [[sal|Sanjay]],
Attached is our quote for {{quantity|15}} laptops ({{@product:LT-####-@@}}), {{amount|£11,850}} ex VAT. Our VAT number: [[@gbvat:gb]].
Best,
[[sig|Fiona MacLeod]] | {{job_title|Account Executive}}
m: [[@phone:GB:mgbsp]] | e: [[email|fiona.macleod@techsupply-demo.co.uk]]""",
    # 28 council notice, no person
    """{{greeting_without_name|Dear Residents}},
The {{company|Town Hall}} reception will be closed on {{date|24 December}}. Requests {{@ticket:REQ-#####}} and later will be handled after the holidays.
{{team_name|Customer Services}}
{{company|Bristol City Council}}""",
    # 29 courier claim, table-like company data with German supplier
    """Damaged goods claim – sender details:
company | VAT | phone | IBAN
{{company|Brennholz Weber GmbH}} | [[@ustid:de]] | [[@phone:DE:intl]] | [[@iban:DE:compact]]
Consignment {{@tracking:##########}}, value {{amount|£740}}.""",
    # 30 school, daughter named, initials signature
    """Hi, just to let you know [[oth|Maisie]] has a dentist appointment at {{time|10:30}} tomorrow so will be in late.
Thanks, [[sig|L. Hargreaves]]""",
    # 31 marketplace, mistyped card kept
    """My payment of {{amount|£4.99}} for the featured listing failed – it says card {{@bad:card:group}} is invalid. I copied it straight off the card. Can you check? Otherwise take it from [[@iban:GB:group]]. [[sig|Nathan]]""",
    # 32 SaaS, colleague named, Indian names
    """Hi [[sal|Deepa]],
Can you set up access for our new starter? [[oth|Arjun Mehta]] joins on {{date|1 October}} as {{job_title|Product Analyst}} (payroll already has his bank details, [[@iban:GB:compact]]). We should have {{quantity|1}} spare {{brand|Slack}} seat.
Ta, [[sig|Vikram]]""",
    # 33 reset link with token
    """Hi, the password reset link expires straight away: [[@url:https://account.carhire-demo.co.uk/reset?token=]]
Booking {{@order:CH######}}, {{city|Glasgow}} Airport, {{date|18 Aug}}. Deposit is held on card [[@card:group]].
[[sig|Ewan Fraser]]""",
    # 34 person-like brand review, no PII
    """Bought a shirt from {{person_like_brand|Ted Baker}} on {{street_as_brand|Regent Street}}, seam split after {{quantity|two washes}}. Receipt {{@invoice:####-######}}. Store refused a refund. Not impressed.""",
    # 35 dental, son named, mother self-intro, NHS-free
    """Hello, I'd like to book my son [[oth|Oscar]] in for a check-up (we'll pay privately, card [[@card:dash]]). I'm [[intro|Zainab Hussain]], you can reach me on [[@phone:GB:mintl]] or [[email|zainab.h@outlook.com]].""",
    # 36 B2B, German partner with Steuer-ID of a freelancer
    """Dear Mr [[sal|Schneider]],
Thanks for your invoice {{@invoice:RE-2024-###}}. As you're invoicing as a freelancer, our finance team needs your tax ID – is [[@idnr]] still correct? And the USt-IdNr. [[@ustid:desp]] on your letterhead?
Kind regards,
[[sig|Harriet Lewis]], {{team_name|Procurement}}""",
    # 37 gym review, trainer named
    """Coach [[oth|Marcus]] is brilliant but the changing rooms at {{brand|David Lloyd}} {{city|Leeds}} are always filthy. At {{amount|£95}} a month I'd expect better.""",
    # 38 utilities, wrong VAT number flagged, correct one, Dr signature
    """Your invoice {{@invoice:######/24}} shows our VAT number as {{@num:GB ### #### ##}} which is wrong. The correct one is [[@gbvat:gbsp]]. Please reissue.
Regards, Dr [[sig|Helen Marsh]]
{{job_title|Practice Manager}}
{{company|Riverside Dental Practice}}, [[address|12 Quay Street, Bristol BS1 4HQ]]""",
    # 39 chat line with handle and self-intro
    """[{{time|21:14}}] [[sig|Sam W]]: evening, I'm [[intro|Sam Whitfield]], order {{@order:#######}} still hasn't turned up, paid with card [[@card:group]]
[{{time|21:16}}] {{team_name|Support}}: Good evening [[sal|Sam]]! Let me check with the courier.""",
    # 40 bank, loan, signature with email
    """{{greeting_without_name|Hello}},
I would like to settle my loan {{@num:LN-#########}} early. The app shows {{amount|£7,812.40}} outstanding; please collect it from [[@iban:GB:group]].
Thank you,
[[sig|Joshua Adeleke]]
[[email|josh.adeleke@gmail.com]]""",
]

# =========================================================================== de
ITEMS["de"] = [
    # 01 telecom, Frau Dr. salutation, signature + mobile
    """Sehr geehrte Frau Dr. [[sal|Yilmaz]],

vielen Dank für Ihren Rückruf zur Beschwerde {{@ticket:BS-#######}}. Leider enthält meine Rechnung für {{date|April}} weiterhin {{amount|9,99 €}} für eine Roaming-Option, die ich nie gebucht habe. Bitte um Gutschrift auf [[@iban:DE:group]].

Mit freundlichen Grüßen
[[sig|Jürgen Weiß]]
[[@phone:DE:mnat]]""",
    # 02 marketplace review, person-like brand, no PII
    """Bestellung {{@order:##########}} bei {{person_like_brand|Otto}} kam nach {{quantity|5 Tagen}} im Paketshop in {{city|Essen}} an. Karton eingedrückt, Ware aber heil. {{percent|4 von 5}} Sternen.""",
    # 03 clinic, "mein Name ist", Steuer-ID irrelevant but given
    """{{greeting_without_name|Guten Tag}},
mein Name ist [[intro|Ayşe Demir]], ich bin Patientin in der {{company|Praxis am Marktplatz}}. Ich brauche ein neues Rezept für {{brand|L-Thyroxin}}, das alte ist seit {{date|15. Mai}} abgelaufen. Versichert bin ich bei der {{brand|TK}}, Privatrechnungen bitte an [[address|Schillerstraße 8, 70173 Stuttgart]].
Vielen Dank
[[sig|A. Demir]]""",
    # 04 B2B invoice, signature block with USt-IdNr, IBAN, HRB-like company data
    """Hallo Herr [[sal|Brandt]],

anbei die Rechnung {{@invoice:RE-24-#####-@}} über {{amount|4.860,00 €}}, zahlbar innerhalb von {{quantity|14 Tagen}}.

Beste Grüße
[[sig|Katrin Vogel]]
{{job_title|Buchhaltung}}
{{company|Holzbau Nordheide GmbH}}
USt-IdNr.: [[@ustid:de]]
IBAN: [[@iban:DE:group]]""",
    # 05 chat with an agent handle, customer lower-case
    """{{brand|Telekom}} Chat
Mitarbeiter [[oth|Jonas]]: Hallo, wie kann ich helfen?
Kunde: hi, hier ist [[intro|lena]], mein mobiles internet geht seit gestern nicht, nummer [[@phone:DE:mcompact]]
Mitarbeiter [[oth|Jonas]]: Danke. Zur Verifizierung bitte die IBAN, von der abgebucht wird.
Kunde: [[@iban:DE:compact]]
Mitarbeiter [[oth|Jonas]]: Danke, ich prüfe die Einstellungen. Das dauert ca. {{quantity|2 Minuten}}.""",
    # 06 courier, husband named, lower-case no umlauts
    """paket {{@tracking:############}} sollte gestern kommen, mein mann [[oth|Uwe]] war den ganzen tag zu hause und keiner hat geklingelt. bei {{brand|Hermes}} steht "empfaenger nicht angetroffen". frechheit. erstattet mir die versandkosten auf [[@iban:DE:compact]].
gruss [[sig|moni]]""",
    # 07 municipal objection, "Ich, X, widerspreche"
    """An das {{company|Bürgeramt Köln-Ehrenfeld}}

Ich, [[intro|Hans-Peter Schulze]], wohnhaft [[address|Venloer Straße 412, 50825 Köln]], widerspreche dem Gebührenbescheid {{@num:GB-####/##}} vom {{date|12.03.2024}}. Die Gebühr von {{amount|85 €}} wurde bereits am {{date|20.03.2024}} von meinem Konto [[@iban:DE:group]] beglichen. Steuer-ID: [[@idnr]].

[[sig|H.-P. Schulze]]""",
    # 08 hotel review, staff named
    """Hotel {{brand|Seeblick}} am {{city|Tegernsee}}, {{date|3.–5. Mai}}: Zimmer sauber, Frühstück top, nur das Parken für {{amount|18 €}} pro Nacht ist frech. Ein großes Danke an Frau [[oth|Huber]] an der Rezeption für den späten Check-out!""",
    # 09 insurance, surname first with comma, policy number
    """{{greeting_without_name|Sehr geehrte Damen und Herren}},
zum Schaden {{@num:SCH-####-#####}} aus Vertrag {{@num:##########}}: Der Gutachter hat sich seit {{date|4. Juni}} nicht gemeldet. Bitte um Rückmeldung; Auszahlung an [[@iban:DE:compact]].
[[sig|Krämer, Wolfgang]]""",
    # 10 SaaS support, informal "Servus", double-dash signature
    """Servus [[sal|Toni]],
danke für die schnelle Antwort. Der CSV-Export in {{version|Version 4.12}} zerschießt immer noch die Umlaute. Ticket {{@ticket:#######}}.
--
[[sig|Flo]]
{{company|Café Zuckerl}} · USt-IdNr. [[@ustid:de]]""",
    # 11 bank, card dispute, self-intro mid-sentence
    """Hallo, ich bin [[intro|Murat Öztürk]], Inhaber des Kontos. Auf meiner Karte [[@card:group]] ist eine Zahlung über {{amount|249,99 €}} vom {{date|2. April}}, die ich nicht gemacht habe. Karte ist in der {{brand|N26}}-App gesperrt. Bitte Erstattung auf [[@iban:DE:group]].""",
    # 12 quoted reply "Am ... schrieb X:"
    """Ich warte jetzt seit einem Monat auf meine Erstattung!!

Am {{date|Mo., 8. Apr. 2024}} um {{time|09:12}} Uhr schrieb [[oth|Sandra Keller]] <[[email|s.keller@moebelhaus-demo.de]]>:
> {{greeting_without_name|Hallo zusammen}},
> die Erstattung erfolgt innerhalb von 14 Tagen auf die angegebene IBAN [[@iban:DE:compact]].
> Viele Grüße
> {{team_name|Ihr Service-Team}}""",
    # 13 Vietnamese shop owner, "hier spricht", USt-IdNr in parentheses
    """Guten Tag, hier spricht [[intro|Nguyen Van Minh]] vom {{company|Asia Markt Lotus}} in {{city|Leipzig}}. Wir möchten auf Ihren Geschäftstarif wechseln (USt-IdNr. [[@ustid:desp]], Lastschrift von [[@iban:DE:group]]). Am besten nach {{time|14 Uhr}} unter [[@phone:DE:mintl]].""",
    # 14 school, greeting to parents, teacher signature
    """{{greeting_without_name|Liebe Eltern}},
der Elternabend findet am {{date|Donnerstag, 17. Oktober}}, um {{time|19:00 Uhr}} im Musikraum statt.
Herzliche Grüße
[[sig|Birgit Lange]]
{{job_title|Klassenlehrerin 5b}}""",
    # 15 energy, meter number, address
    """Zählerstand für Zähler {{@num:#########}}: {{quantity|18.452 kWh}} zum {{date|31.01.2024}}. Lieferadresse: [[address|Am Mühlbach 7, 82031 Grünwald]]. Der Abschlag von {{brand|E.ON}} ist um ca. {{percent|30 %}} zu hoch. Lastschrift läuft über [[@iban:DE:group]].
Gruß, [[sig|Thomas Berger]]""",
    # 16 garage message, company side self-intro
    """Hallo, hier ist [[intro|Sven]] von der {{company|Autowerkstatt am Ring}}. Ihr Golf ist fertig, {{amount|486,40 €}} inkl. MwSt., Auftrag {{@order:AU-#####}}. Wir haben bis {{time|18 Uhr}} geöffnet. Rechnung geht wie immer an Ihre Firma, USt-IdNr. [[@ustid:desp]].""",
    # 17 forwarded message with Von/Gesendet headers
    """Ich leite die Antwort des Händlers weiter – ist das wirklich zulässig?

-----Ursprüngliche Nachricht-----
Von: [[oth|Dennis Hartmann]] <[[email|hartmann@elektro-hartmann-demo.de]]>
Gesendet: {{date|Mittwoch, 17. Januar 2024}} {{time|18:02}}
Betreff: AW: Rücksendung {{@order:########}}

Rücknahme nur in Originalverpackung, Versand zahlt der Kunde.
{{company|Elektro Nordlicht e.K.}} | USt-IdNr.: [[@ustid:de]]

[[sig|Gerhard Lindner]]
[[@phone:DE:intl]]""",
    # 18 pet shop, "Moin" informal both ends
    """Moin [[sal|Jens]], habt ihr das {{brand|Josera}} Welpenfutter im {{quantity|12,5-kg}}-Sack wieder da? Komme Samstag vorbei. LG [[sig|Ole]]""",
    # 19 gym web form
    """Vor- und Nachname: [[intro|Leonie Sophie Krüger]]
E-Mail: [[email|leonie.krueger@web.de]]
Telefon: [[@phone:DE:mdeslash]]
IBAN (Lastschrift): [[@iban:DE:group]]
Studio: {{brand|McFit}} {{city|Hamburg}}-Altona
Nachricht: Bitte meine Mitgliedschaft für {{quantity|2 Monate}} pausieren, Bänderriss.""",
    # 20 shop notification, no PII, team sign-off
    """{{greeting_without_name|Liebe Kundin, lieber Kunde}},
Ihre Bestellung {{@order:DE########}} wurde an {{brand|DHL}} übergeben. Sendungsnummer {{@tracking:00340434############}}.
Vielen Dank für Ihren Einkauf
{{team_name|Ihr Kundenservice}}""",
    # 21 pharmacy, wife named, street-named store
    """Haben Sie {{brand|Ibuprofen}} 400 in der Apotheke an der {{street_as_brand|Königsallee}} vorrätig? Abholen würde meine Frau, [[oth|Claudia Fischer]], bitte kurze SMS an [[@phone:DE:mde0]]. Zahlung mit Karte [[@card:dash]].""",
    # 22 university, professor salutation, student signature
    """Sehr geehrter Herr Prof. [[sal|Wagner]],
ich möchte um eine Verlängerung der Abgabefrist meiner Masterarbeit bis zum {{date|31. Mai}} bitten (Attest anbei).
Mit freundlichen Grüßen
[[sig|Fatima Al-Hassan]]
Matrikelnummer {{@num:#######}}
[[email|fatima.alhassan@uni-demo.de]]""",
    # 23 Polish contractor in German text, NIP
    """Guten Tag, mein Name ist [[intro|Tomasz Wiśniewski]], ich habe eine Baufirma in Polen ({{company|Wisbud}}, NIP [[@nip:dash]]). Für die Gerüstmiete {{@invoice:####/24}} brauche ich bitte eine Rechnung mit unserer Steuernummer.
Gruß, [[sig|T. Wiśniewski]]
PL-Konto: [[@iban:PL:compact]]""",
    # 24 bank fee, signature on its own line
    """{{greeting_without_name|Hallo}},
seit dem {{date|1. Juli}} buchen Sie {{amount|4,90 €}} monatlich Kontoführungsgebühr ab, obwohl das Konto kostenlos sein sollte. Konto [[@iban:DE:compact]], Steuer-ID falls nötig [[@idnr:sp]].
Viele Grüße
[[sig|Nadine Schröder]]""",
    # 25 hotel chat, name at end of message
    """Rezeption: Hallo Frau [[sal|Jansen]], wir bestätigen Ihre Buchung {{@order:HB#######}} für den {{date|12.–14. Juli}}. Benötigen Sie einen Parkplatz?
Gast: ja bitte, wir kommen gegen {{time|21 Uhr}} aus {{city|Nürnberg}}. danke! [[sig|Jule]]""",
    # 26 insurer letter, Herr salutation, department signature
    """Sehr geehrter Herr [[sal|Şahin]],
Ihr Vertrag {{@num:HV-##########}} verlängert sich zum {{date|01.01.2025}}. Der Jahresbeitrag beträgt {{amount|312,00 €}} und wird von [[@iban:DE:group]] abgebucht.
Freundliche Grüße
{{team_name|Ihr Vertragsservice}}
{{brand|HUK-COBURG}}""",
    # 27 IT supplier, signature block
    """Hallo Frau [[sal|Sharma]],
anbei unser Angebot über {{quantity|15}} Notebooks ({{@product:NB-####-@@}}), {{amount|14.850 €}} netto.
Beste Grüße
[[sig|Maximilian Roth]] | {{job_title|Key Account Manager}}
Mobil: [[@phone:DE:mintl]] | [[email|m.roth@it-haus-demo.de]]
{{company|IT-Haus Süd GmbH}} · USt-IdNr. [[@ustid:de]] · IBAN [[@iban:DE:group]]""",
    # 28 municipal notice, no person
    """{{greeting_without_name|Sehr geehrte Bürgerinnen und Bürger}},
das {{company|Bürgerbüro}} bleibt am {{date|24. Dezember}} geschlossen. Anträge ab Nr. {{@ticket:BB-#####}} bearbeiten wir nach den Feiertagen.
{{team_name|Ihr Team vom Bürgerbüro}}
{{company|Stadt Freiburg}}""",
    # 29 freelance invoice, CSV-like data with Steuer-ID and USt-IdNr
    """{{greeting_without_name|Hallo zusammen}}, hier wie besprochen meine Rechnungsdaten:
Name;Steuer-ID;USt-IdNr;Telefon
[[intro|Lisa Marie Becker]];[[@idnr]];[[@ustid:de]];[[@phone:DE:nat]]
Leistungszeitraum {{date|März 2024}}, Betrag {{amount|2.400,00 €}}.
VG [[sig|Lisa]]""",
    # 30 school, daughter named, initials signature
    """Hallo, [[oth|Mia]] hat morgen um {{time|10:30}} einen Zahnarzttermin und kommt später.
Danke, [[sig|S. Albrecht]]
[[@phone:DE:mnat]]""",
    # 31 marketplace, mistyped Steuer-ID kept
    """Ich soll meine Steuer-ID für das Verkäuferkonto angeben, aber {{@bad:idnr}} wird als ungültig abgelehnt. Habe sie vom Bescheid abgeschrieben. Was tun? Verkäufer-Nr. {{@num:V-#######}}. Meine USt-IdNr. [[@ustid:de]] wurde akzeptiert.""",
    # 32 SaaS, colleague named, Arabic and German names
    """Hi [[sal|Lena]],
kannst du bitte einen Zugang für unseren Neuen anlegen? [[oth|Karim Haddad]] startet am {{date|1. Oktober}} als {{job_title|Werkstudent}} (Steuer-ID [[@idnr]] hat er schon an die Personalabteilung geschickt). Eine {{brand|Slack}}-Lizenz ist noch frei.
Danke dir, [[sig|Basti]]""",
    # 33 reset link with token
    """Guten Tag, der Link zum Zurücksetzen des Passworts läuft sofort ab: [[@url:https://mein.autovermietung-demo.de/passwort?token=]]
Buchung {{@order:AV######}}, {{city|München}} Flughafen, {{date|18.08.}}, Kaution auf Karte [[@card:group]].
[[sig|Felix Neumann]]""",
    # 34 person-like brand review, no PII
    """Hemd von {{person_like_brand|Hugo Boss}} aus dem Store auf der {{street_as_brand|Zeil}} – Naht nach {{quantity|zwei Wäschen}} gerissen. Kassenbon {{@invoice:####-######}}. Umtausch abgelehnt. Enttäuschend.""",
    # 35 dentist, son named, mother self-intro, Czech neighbour
    """Guten Tag, ich möchte meinen Sohn [[oth|Matyáš]] zur Kontrolle anmelden. Ich bin [[intro|Petra Horáková]], erreichbar unter [[@phone:DE:mde0]]. Rodné číslo meines Sohnes: [[@rc:slash-child-boy]]. Versichert sind wir über meinen Arbeitgeber in {{city|Pilsen}}.""",
    # 36 B2B, Czech partner with DIČ
    """Sehr geehrter Herr [[sal|Dvořák]],
wir bestätigen die Bestellung {{@order:PO-####}} über {{quantity|18 Paletten}}. Bitte auf der Rechnung unsere USt-IdNr. [[@ustid:de]] und Ihre DIČ [[@ico:cz]] angeben. Zahlung erfolgt auf [[@iban:CZ:group]].
Mit freundlichen Grüßen
[[sig|Sabine Roth]], {{team_name|Einkauf}}""",
    # 37 gym review, trainer named
    """Trainer [[oth|Kevin]] ist super, aber die Umkleiden im {{brand|FitX}} {{city|Bochum}} sind ständig dreckig. Für {{amount|24,99 €}} im Monat erwarte ich mehr.""",
    # 38 utilities, wrong customer number, Steuer-ID correction, Dr. signature
    """In Ihrem Schreiben zu Vertrag {{@num:######-####}} ist meine Steuer-ID falsch übernommen. Richtig ist [[@idnr:sp]]. Bitte korrigieren. Erstattungen weiterhin auf [[@iban:DE:group]].
Mit freundlichen Grüßen
Dr. [[sig|Ingrid Hoffmann-Seidel]]
[[address|Lindenallee 23, 14050 Berlin]]""",
    # 39 chat line with handle and self-intro
    """[{{time|21:14}}] [[sig|Timo K.]]: guten abend, ich bin [[intro|Timo Kowalski]], bestellung {{@order:#######}} ist immer noch nicht da, bezahlt per karte [[@card:dash]]
[{{time|21:16}}] {{team_name|Support}}: Guten Abend Herr [[sal|Kowalski]]! Wir fragen beim Versanddienstleister nach.""",
    # 40 bank, loan, signature with email
    """{{greeting_without_name|Guten Tag}},
ich möchte meinen Kredit {{@num:KR-#########}} vorzeitig ablösen. Laut App beträgt die Restschuld {{amount|7.812,40 €}}, bitte von [[@iban:DE:compact]] einziehen.
Danke und viele Grüße
[[sig|Emre Kaya]]
[[email|emre.kaya@gmx.de]]""",
]


# ----------------------------------------------------------------------------- main


def build() -> list[dict]:
    rows = []
    for lang in LANGS:
        items = ITEMS[lang]
        assert len(items) == 40, (lang, len(items))
        for i, template in enumerate(items, 1):
            rows.append(fill(f"b9-{lang}-{i:02d}", lang, template))
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    return rows


def dump(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def counts(rows: list[dict]) -> None:
    by_lang = collections.Counter(r["lang"] for r in rows)
    kinds = collections.Counter(s["kind"] for r in rows for s in r["pii"])
    ctx = collections.Counter(s["context"] for r in rows for s in r["pii"] if s["kind"] == "name")
    keeps = collections.Counter(s["what"] for r in rows for s in r["keep"])
    total = sum(kinds.values())
    with_name = sum(any(s["kind"] == "name" for s in r["pii"]) for r in rows)
    no_pii = sum(not r["pii"] for r in rows)
    print(f"items: {len(rows)}  " + "  ".join(f"{k}={v}" for k, v in by_lang.items()))
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
    text = dump(build())
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} differs from the generator output", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)} is up to date")
        return 0
    OUT.write_text(text, encoding="utf-8")
    counts([json.loads(line) for line in text.splitlines()])
    return 0


if __name__ == "__main__":
    sys.exit(main())
