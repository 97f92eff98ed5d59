#!/usr/bin/env python3
"""Write data/eval/pii/blind10.jsonl: a general hand-written PII test split (blind, never tuned on).

280 customer texts (40 each in pl, cs, sk, ru, uk, en, de), each its own
hand-written template, as a company really receives them: support e-mails and
tickets with greetings and signature blocks, chat transcripts, web-form
submissions, reviews, complaints (telecom, energy, banks, insurers, clinics,
e-shops, couriers, hotels, rail, municipal offices), B2B invoices, quoted and
forwarded replies. A general mix: names, checksum identifiers, phones, e-mails,
addresses and reset links, next to near-misses that must survive redaction
(order/invoice/ticket/tracking/contract/meter numbers, dates, amounts, times,
brands that look like people, shops named after streets, cities, greetings to
nobody, team sign-offs, job titles). About 25 items carry no PII at all.

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Jadwigo]]        name, context salutation   (also sig / intro / oth)
    [[email|a@b.pl]]       literal PII of a kind (email, phone, address, url_token...)
    [[@pesel]]             PII value drawn by a generator (kind from GEN)
    {{city|Kraków}}        literal keep span with its `what`
    {{@order:####}}        keep value drawn by a generator (what from KEEP_GEN)

Every identifier gets computed check digits and is validated with python-stdnum
(SNILS and the Polish ID card with the published algorithms); every phone number
passes phonenumbers.is_valid_number for its region. Order/invoice/ticket/tracking
numbers and invalid_checksum_number values fail every identifier check used here
(NHS number included) and are not valid phone numbers of the text's region.

    .venv/bin/python scripts/make_pii_blind10.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_blind10.py --check   # file on disk == output
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
OUT = ROOT / "data" / "eval" / "pii" / "blind10.jsonl"
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
    rng = random.Random("b10:" + item_id)
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
    # 01 energy supplier, e-mail with vocative and signature block
    """Szanowny Panie [[sal|Tomaszu]],

w nawiązaniu do rozmowy telefonicznej przesyłam odczyt licznika {{@meter:#######-##}} z dnia {{date|3 października}}: 14 562 kWh. Proszę o skorygowanie faktury {{@invoice:F/EN/#####/24}}, bo prognoza na {{amount|612,30 zł}} jest zawyżona.

Z wyrazami szacunku
[[sig|Halina Cieślak]]
[[address|ul. Kasztanowa 14/3, 62-030 Luboń]]
tel. [[@phone:PL:mg3]]
PESEL: [[@pesel:female]]""",
    # 02 courier chat, courier named, customer self-intro lower case
    """{{brand|InPost}} Czat, {{time|08:52}}
Klient: dzien dobry, z tej strony [[intro|karolina zięba]], paczka {{@tracking:####################}} miała być w paczkomacie {{product_code|KRA12M}} a nadal jest w sortowni
Asystent: Dzień dobry! Widzę, że przesyłka ma opóźnienie. Kurier [[oth|Sebastian]] dowiezie ją jutro do {{time|14:00}}.
Klient: ok dzieki""",
    # 03 bank, card blocked, signature on closing line
    """{{greeting_without_name|Dzień dobry}},
w nocy z {{date|12 na 13 maja}} ktoś próbował zapłacić moją kartą [[@card:group]] w sklepie internetowym za {{amount|1 899,00 zł}}. Kartę zastrzegłem w aplikacji {{brand|PKO BP}}, ale proszę o potwierdzenie, że transakcja nie przeszła. Numer rachunku: [[@iban:PL:nrb]].
Pozdrawiam, [[sig|Wojciech Lis]]""",
    # 04 e-shop review, brand that looks like a person, no PII
    """Krem od {{brand|Dr Irena Eris}} kupiony w {{brand|Rossmannie}} w {{city|Gdyni}} – po tygodniu uczulenie. Zamówienie {{@order:RS-########}}, cena {{amount|89,99 zł}}. Nie polecam, zwrot trwał {{quantity|3 tygodnie}}, a pieniądze wróciły dopiero po monicie na [[@iban:PL:nrb]].""",
    # 05 web form, municipal office, no PII
    """Formularz kontaktowy – Urząd Miasta
Temat: dziura w jezdni
E-mail: [[email|osiedle.zielone@o2.pl]]
Treść: {{greeting_without_name|Witam}}, na skrzyżowaniu przy {{street_as_brand|Galerii Mokotów}} od {{date|lutego}} jest ogromna dziura, zgłoszenie {{@ticket:UM/####/####}} zamknięto bez naprawy. Proszę o interwencję.""",
    # 06 B2B invoice e-mail with company data
    """Dzień dobry Pani [[sal|Moniko]],

w załączeniu faktura {{@invoice:FV/###/11/2024}} za dostawę palet. Dane do przelewu poniżej:

{{brand|Tartak Nowak}} Sp. z o.o.
NIP: [[@nip:dash]]
REGON: [[@regon:9]]
Konto: [[@iban:PL:group]]

Termin płatności {{quantity|14 dni}}.
--
[[sig|Rafał Domański]]
{{job_title|Specjalista ds. rozliczeń}}
[[@phone:PL:intl]]""",
    # 07 telecom complaint, surname first in a form
    """Nazwisko i imię: [[intro|Wróbel Stanisław]]
PESEL: [[@pesel:male]]
Numer telefonu: [[@phone:PL:mcompact]]
Opis: od {{date|1 czerwca}} {{brand|Orange}} nalicza mi {{amount|15 zł}} za usługę premium, której nie zamawiałem. Umowa {{@contract:UM-#########}}.""",
    # 08 hotel review, receptionist named
    """Hotel przy {{street_as_brand|Krupówkach}} – pokój czysty, śniadanie przeciętne. Wielkie podziękowania dla pani [[oth|Ewy]] z recepcji, która znalazła mi taksówkę o {{time|4:30}} rano. Rezerwacja {{@order:BK#########}}, {{quantity|3 noce}}.""",
    # 09 clinic, patient writes about mother
    """Szanowni Państwo,
piszę w imieniu mamy, [[oth|Teresy Kubiak]] (PESEL [[@pesel:female]]), która ma skierowanie do kardiologa. Czy termin {{date|22.11}} o {{time|9:15}} jest aktualny? Proszę o kontakt na mój numer [[@phone:PL:mg3dash]].
[[sig|Joanna Kubiak-Frąckowiak]]""",
    # 10 rail complaint, no name, team sign-off reply quoted
    """> {{greeting_without_name|Szanowny Pasażerze}},
> dziękujemy za zgłoszenie {{@ticket:PR-#######}}. Odszkodowanie za opóźnienie pociągu {{product_code|IC 3510}} zostanie wypłacone w ciągu {{quantity|30 dni}}.
> {{team_name|Zespół Obsługi Klienta PKP Intercity}}

Minęło już 45 dni i nic. Bilet kosztował {{amount|139 zł}}. Podaję jeszcze raz rachunek: [[@iban:PL:nrbc]], PESEL do identyfikacji [[@pesel:female]].""",
    # 11 insurer, claim, self-intro "nazywam się", ID card
    """Dzień dobry,
nazywam się [[intro|Piotr Zawadzki]] i zgłaszam szkodę z polisy {{@num:PZU/###########}}. W nocy z {{date|8 na 9 stycznia}} zalało mi piwnicę pod adresem [[address|ul. Polna 7, 05-500 Piaseczno]]. Numer dowodu osobistego: [[@plid:plain]].
Proszę o wyznaczenie rzeczoznawcy.""",
    # 12 quoted reply with "W dniu ... napisał"
    """Dziękuję, tak zrobię.
[[sig|Ania]]

W dniu {{date|4.03.2024}} o {{time|11:02}} [[oth|Krzysztof Mazur]] <[[email|k.mazur@serwis-agd.pl]]> napisał:
> Pani [[sal|Anno]], pralkę odbierze kurier w czwartek. Proszę zachować numer zlecenia {{@ticket:SRV-#####}}.""",
    # 13 e-shop, return, IBAN without label, first name only signature
    """Cześć, odsyłam buty (rozmiar 42, zamówienie {{@order:#########}}), proszę o zwrot {{amount|329 zł}} na [[@iban:PL:nrbc]]
dzięki
[[sig|Bartek]]""",
    # 14 gym, greeting to nobody, team sign-off, no PII
    """{{greeting_without_name|Cześć wszystkim}}!
Od {{date|1 lipca}} klub {{brand|Zdrofit}} przy {{street_as_brand|Arkadii}} będzie otwarty od {{time|6:00}} do {{time|23:00}}. Karnet {{brand|Multisport}} nadal honorujemy.
{{team_name|Ekipa Zdrofit}}""",
    # 15 sole trader invoice data in a chat
    """[{{time|13:40}}] Klient: jaki NIP wpisać na fakturę?
[{{time|13:41}}] Sprzedawca: [[@nip:plain]], firma {{brand|Kwiaciarnia pod Lipą}}
[{{time|13:41}}] Klient: a REGON?
[{{time|13:42}}] Sprzedawca: [[@regon:14]]
[{{time|13:42}}] Klient: dzięki, [[intro|Magda Szulc]] z tej strony, przelew pójdzie dziś""",
    # 16 municipal office, waste fee, signature after comma
    """W sprawie opłaty za odpady za {{date|III kwartał}}: wpłaciłam {{amount|96 zł}} z tytułem {{@num:ODP-######}}, a system pokazuje zaległość. Dowód wpłaty w załączniku.
Z poważaniem, [[sig|Bożena Adamczyk]] (PESEL [[@pesel:female]]), [[address|ul. Lipowa 21, 87-100 Toruń]]""",
    # 17 telecom, Ukrainian customer writing in Polish
    """Dobry wieczór,
jestem [[intro|Ołena Bondarenko]], mam umowę w {{brand|Plusie}} od {{date|2022}} roku. Chcę przenieść numer [[@phone:PL:mg3]] do nowego operatora, ale kod PUK nie działa. Mój PESEL: [[@pesel:female]].
Dziękuję""",
    # 18 courier complaint, address and postcode
    """Kurier {{brand|DPD}} zostawił paczkę {{@tracking:##############}} pod złym adresem. Mój adres to [[address|ul. Długa 45/12
80-831 Gdańsk]], a paczka trafiła do sąsiedniej klatki. Zwrot za pobranie proszę na [[@iban:PL:nrb]]. Kontakt: [[email|m.kolodziej84@wp.pl]].
[[sig|Marcin Kołodziej]]""",
    # 19 bank, loan, signature with manager named as other
    """Szanowni Państwo,
w dniu {{date|15 kwietnia}} rozmawiałem z doradcą, panem [[oth|Dariuszem Piątkiem]], o wcześniejszej spłacie kredytu {{@contract:KH/#########}}. Obiecano mi oddzwonić, nikt tego nie zrobił. Mój PESEL: [[@pesel:male]].
Z poważaniem
[[sig|Andrzej Sikora]]
[[@phone:PL:intlg3]]""",
    # 20 e-shop review with person-like brand, no PII
    """Zamówiłam przez {{brand|Answear}} sukienkę {{brand|Tommy Hilfiger}}, przyszła inna. Infolinia obiecała kontakt do {{date|piątku}}, zgłoszenie {{@ticket:######-##}}. Ocena: {{quantity|2/5}}. Jak ktoś z obsługi to czyta: [[@phone:PL:mg3]].""",
    # 21 insurer, car accident, other driver named
    """Zgłoszenie szkody komunikacyjnej
Sprawca: [[oth|Jacek Olszewski]], nr rej. WA 5821K
Poszkodowany: [[intro|Krystyna Dudek]], PESEL [[@pesel:female]], dowód [[@plid:plain]]
Miejsce: {{city|Radom}}, parking pod {{brand|Biedronką}}
Data: {{date|27.08.2024}}, godz. {{time|17:20}}""",
    # 22 energy, B2B, VAT number EU and NIP prefix
    """{{greeting_without_name|Dzień dobry}},
prosimy o wystawienie faktury na nabywcę z NIP [[@nip:pl]] (VAT UE), REGON [[@regon:14]]. Licznik {{@meter:##########-#}}, taryfa {{product_code|C12a}}.
{{team_name|Dział Administracji}}
{{brand|Meblomax}}""",
    # 23 clinic chat, receptionist handle, patient gives ID card
    """Rejestracja ([[oth|Ola]]): Dzień dobry, proszę podać imię i nazwisko pacjenta.
Pacjent: [[intro|Zbigniew Kalinowski]]
Rejestracja ([[oth|Ola]]): Dziękuję, a numer PESEL albo dowodu?
Pacjent: [[@plid:spaced]]
Rejestracja ([[oth|Ola]]): Wizyta {{date|jutro}} o {{time|12:40}}, gabinet {{quantity|14}}.""",
    # 24 hotel booking, card with dashes, e-mail
    """Potwierdzam rezerwację na {{date|20–22 września}}, {{quantity|2 osoby}}. Karta do gwarancji: [[@card:dash]], ważna do 08/27. Link do płatności zaliczki nie działa: [[@url:https://platnosci.hotel-demo.pl/pay?sid=]]
Fakturę proszę wystawić na firmę, NIP [[@nip:pl]]. Potwierdzenie proszę wysłać na [[email|grazyna.pawlak@onet.pl]]
[[sig|Grażyna Pawlak]]""",
    # 25 tax office style letter, informal family note
    """Mamo, wysłałem Ci mój NIP i PESEL do tego PIT-u: [[@pesel:male]], a NIP firmy to [[@nip:dash2]]. Termin {{date|30 kwietnia}}!
[[sig|Kuba]]""",
    # 26 rail review, no PII
    """Pociąg {{product_code|EIP 1703}} {{city|Warszawa}} – {{city|Kraków}} spóźniony o {{quantity|47 minut}}, klimatyzacja nie działała. {{brand|PKP Intercity}} odpowiada szablonem. Bilet {{@ticket:eIC#########}} za {{amount|169 zł}}.""",
    # 27 forwarded message header
    """---------- Wiadomość przekazana ---------
Od: [[oth|Lucyna Górecka]] <[[email|lucyna.gorecka@gmail.com]]>
Data: {{date|2 lutego 2024}} {{time|19:48}}
Temat: reklamacja lodówki

Dzień dobry, lodówka {{brand|Samsung}} z zamówienia {{@order:EU-#######}} przestała chłodzić po {{quantity|5 miesiącach}}.""",
    # 28 car rental, reset link
    """Nie mogę się zalogować. Link z maila: [[@url:https://konto.wynajem-aut-demo.pl/reset?token=]] – wyskakuje błąd. Rezerwacja {{@order:WR-######}}, odbiór w {{city|Katowicach}}. Nr dowodu kierowcy: [[@plid:plain]].
[[sig|D. Górski]]""",
    # 29 internet provider, phone in national style, salutation by surname
    """Panie [[sal|Michalak]], technik miał przyjechać {{date|wczoraj}} między {{time|10}} a {{time|14}} i nie dotarł. Proszę o nowy termin, jestem pod numerem [[@phone:PL:mnat]].
Ticket: {{@ticket:NET-######}}, PESEL abonenta [[@pesel:female]]""",
    # 30 insurer reply by company, greeting, job title, agent
    """Szanowna Pani [[sal|Ireno]],
informujemy, że szkoda {{@num:SZK########}} została zakwalifikowana jako całkowita. Wypłata {{amount|23 400 zł}} nastąpi na rachunek [[@iban:PL:group]] wskazany w zgłoszeniu.
Z poważaniem
[[sig|Katarzyna Wilk]]
{{job_title|Likwidator szkód}}
{{brand|Warta}}""",
    # 31 e-shop B2B, Czech supplier with DIČ
    """Kupiliśmy 40 sztuk ({{@product:CZ-####-@}}) od czeskiego dostawcy, na fakturze brak ich DIČ. Znaleźliśmy w rejestrze: [[@ico:cz]]. Czy możemy to rozliczyć jako WNT? Faktura {{@invoice:####/2024}}.
[[sig|Aleksandra Bielecka]], {{job_title|główna księgowa}}""",
    # 32 landlord dispute, other person, no diacritics signature
    """Wlasciciel mieszkania, pan [[oth|Henryk Sowa]], nie oddaje kaucji {{amount|2 500 zl}} od {{date|marca}}. Umowa najmu {{@contract:NAJ/####/##}}. Kaucje wplacalem na jego konto [[@iban:PL:nrbc]]. Co moge zrobic?
[[sig|Pawel Kaczmarczyk]]""",
    # 33 Vietnamese shop owner self-intro
    """Dzień dobry, nazywam się [[intro|Nguyen Van Long]], prowadzę sklep {{brand|Bistro Sajgon}} w {{city|Wólce Kosowskiej}}. Terminal płatniczy nie działa od {{date|poniedziałku}}. NIP: [[@nip:plain]], REGON [[@regon:9]], tel. [[@phone:PL:mg3]].""",
    # 34 short complaint, greeting to nobody, amount, no PII
    """{{greeting_without_name|Witam serdecznie}}, w rachunku za {{date|październik}} naliczono mi {{amount|74,50 zł}} za roaming w {{city|Berlinie}}, a nie wyjeżdżałem. Numer klienta {{@num:##########}}, umowa na firmę (NIP [[@nip:dash]]), właściciel PESEL [[@pesel:male]].""",
    # 35 bank chat, agent handle, IBAN spaced
    """Konsultant [[oth|Paulina]] (mBank): W czym mogę pomóc?
Ty: przelew na [[@iban:PL:group]] wisi od {{date|piątku}}, kwota {{amount|4 200 zł}}
Konsultant [[oth|Paulina]] (mBank): Sprawdzam. Numer dyspozycji {{@ticket:########}}.
Ty: a PESEL potrzebny? [[@pesel:male]]""",
    # 36 school letter, child named, teacher vocative
    """Pani [[sal|Małgorzato]],
[[oth|Zuzia]] nie będzie w szkole {{date|od środy do piątku}} z powodu wyjazdu rodzinnego. Proszę o przesłanie zadań na [[email|dorota.zielinska@interia.pl]].
Z pozdrowieniami
[[sig|Dorota Zielińska]]""",
    # 37 e-shop, team signature, no PII
    """{{greeting_without_name|Drogi Kliencie}},
Twoje zamówienie {{@order:#########}} zostało wysłane. Przewidywana dostawa: {{date|czwartek}}.
Dziękujemy za zakupy!
{{team_name|Zespół Sklepu}} {{brand|Media Expert}}""",
    # 38 water utility, meter, wrong PESEL typed kept, real one given
    """W formularzu wpisałem przez pomyłkę {{@bad:pesel}}, poprawny PESEL to [[@pesel:male]]. Wodomierz nr {{@meter:WM######}}, adres poboru: [[address|ul. Szkolna 3, 43-300 Bielsko-Biała]].
[[sig|Leszek Nowicki]]""",
    # 39 SaaS, signature with role and company
    """Hej [[sal|Kasiu]],
czy możesz dodać do konta {{brand|Fakturownia}} drugiego użytkownika? Chodzi o naszą nową księgową, [[oth|Renatę Głowacką]].
Dzięki!
[[sig|Michał]]
{{job_title|CEO}} | {{brand|Pixel Studio}} | NIP [[@nip:dash]]
[[@phone:PL:mintl]]""",
    # 40 furniture delivery, courier phone, two names
    """Dostawa szafy przesunięta na {{date|18.12}}. Przewoźnik podał kontakt do kierowcy, pana [[oth|Romana]], [[@phone:PL:mg3]]. Zamówienie {{@order:BRW-#######}}, zapłacone kartą [[@card:group]].
[[sig|Ewelina]] i [[sig|Tomek Szymański]]""",
]

# =========================================================================== cs
ITEMS["cs"] = [
    # 01 telecom, vocative surname, signature block with phone
    """Vážený pane [[sal|Procházko]],

děkuji za vyřízení reklamace {{@ticket:RK-######}}. Dobropis na {{amount|438 Kč}} se mi ale na vyúčtování za {{date|září}} neobjevil. Prosím o kontrolu (rodné číslo majitele smlouvy [[@rc:slash-female]]), číslo smlouvy {{@contract:SML########}}.

S pozdravem
[[sig|Jitka Marešová]]
[[@phone:CZ:mg3]]
č. ú. [[@iban:CZ:group]]""",
    # 02 energy, meter, address, rodné číslo
    """{{greeting_without_name|Dobrý den}},
stěhuji se a potřebuji ukončit odběr elektřiny na adrese [[address|Na Výsluní 1128/6, 150 00 Praha 5]]. Elektroměr č. {{@meter:########}}, stav k {{date|31. 5.}} je 28 413 kWh. Rodné číslo: [[@rc:slash-male]].
Děkuji, [[sig|Ondřej Vávra]]""",
    # 03 e-shop review, person-like brand, no PII
    """Objednávka {{@order:##########}} z {{brand|Alzy}} dorazila za {{quantity|2 dny}}, ale balík byl promáčklý. Sluchátka {{brand|Jabra}} fungují, krabice zničená. Za {{amount|2 490 Kč}} bych čekal lepší balení. Hodnotím {{quantity|3 hvězdičkami}}. Reklamaci obalu jsem zadal pod jménem [[intro|Vít Kučera]], zatím bez odpovědi.""",
    # 04 B2B invoice with company block
    """Dobrý den paní [[sal|Kadlecová]],

posílám fakturu {{@invoice:FA2024####}} za servis tiskáren. Platební údaje:

{{brand|Tiskservis Brno}} s.r.o.
IČO: [[@ico:plain]]
DIČ: [[@ico:cz]]
Účet: [[@iban:CZ:group]]
Splatnost {{quantity|14 dní}}.

S pozdravem
Ing. [[sig|Radek Šimek]]
{{job_title|obchodní ředitel}}
tel.: [[@phone:CZ:intl]]""",
    # 05 courier chat, agent handle, courier named
    """{{brand|Zásilkovna}} – chat {{time|16:03}}
Operátorka [[oth|Lucie]]: Dobrý den, jak vám mohu pomoci?
Zákazník: zasilka {{@tracking:Z ### #### ###}} je 5 dni na depu v {{city|Ostravě}}
Operátorka [[oth|Lucie]]: Omlouvám se, kurýr [[oth|Pavel]] ji doručí zítra mezi {{time|9}} a {{time|12}} hodinou.""",
    # 06 clinic, self-intro jmenuji se, birth number no slash
    """Dobrý den, jmenuji se [[intro|Kateřina Holubová]] a chtěla bych objednat dceru na preventivní prohlídku. Rodné číslo dcery [[@rc:plain-child-girl]], pojišťovna {{brand|VZP}}. Volat můžete na [[@phone:CZ:mnat]].""",
    # 07 municipal office, no PII
    """{{greeting_without_name|Vážení}},
na {{street_as_brand|Václavském náměstí}} nefunguje od {{date|pondělí}} parkovací automat, zaplatil jsem {{amount|80 Kč}} a lístek nevyjel. Hlášení č. {{@ticket:MHMP-#####}}.""",
    # 08 bank, card fraud, signature on the closing line
    """Dobrý den,
z mé karty [[@card:group]] odešly dne {{date|14. 2.}} tři platby po {{amount|1 200 Kč}} do zahraničního e-shopu. Kartu jsem v aplikaci {{brand|George}} zablokovala. Prosím o reklamaci, peníze vraťte na účet [[@iban:CZ:compact]].
Děkuji, [[sig|Simona Pokorná]]""",
    # 09 hotel review, staff named
    """Hotel u {{street_as_brand|Karlova mostu}} – krásný výhled, ale snídaně slabá. Paní [[oth|Zdeňka]] na recepci byla moc milá a půjčila nám nabíječku. Rezervace {{@order:HB#######}}, {{quantity|4 noci}}.""",
    # 10 insurer, claim, surname first in form
    """Příjmení, jméno: [[intro|Kratochvíl Milan]]
Rodné číslo: [[@rc:slash-male]]
Číslo pojistné smlouvy: {{@contract:########}}
Popis: {{date|22. 7.}} kroupy poškodily střechu garáže, škoda cca {{amount|35 000 Kč}}.
Kontakt: [[email|milan.kratochvil@seznam.cz]]
Účet pro plnění: [[@iban:CZ:group]]""",
    # 11 quoted reply with "Dne ... napsal(a)"
    """Děkuji, vyzvednu zítra.
[[sig|Hanka]]

Dne {{date|10. 4. 2024}} v {{time|9:12}} [[oth|Tomáš Veselý]] <[[email|servis@kola-vesely.cz]]> napsal(a):
> Paní [[sal|Hano]], kolo je opravené, cena {{amount|1 150 Kč}}. Zakázka {{@order:ZK-####}}.""",
    # 12 rail complaint, no PII
    """Vlak {{product_code|R 1247}} z {{city|Plzně}} měl {{quantity|65 minut}} zpoždění a {{brand|České dráhy}} mi odškodné zamítly. Jízdenka {{@ticket:############}} za {{amount|219 Kč}}. Nechápu proč. Odškodné prosím na účet [[@iban:CZ:group]], rodné číslo držitele In Karty [[@rc:slash-male]].""",
    # 13 Vietnamese shop owner, IČO in a chat
    """[{{time|11:20}}] Klient: dobry den, ja jsem [[intro|Tran Thi Mai]], mam obchod {{brand|Večerka U Lípy}}
[{{time|11:21}}] Podpora: Dobrý den, jaké je vaše IČO?
[{{time|11:21}}] Klient: [[@ico:plain]], DIČ [[@ico:cz]]
[{{time|11:22}}] Podpora: Děkuji, terminál vám vyměníme do {{date|pátku}}.""",
    # 14 SaaS, informal, vocative first name, lower case signature
    """Ahoj [[sal|Petře]],
prosím tě, můžeš nám prodloužit licenci {{brand|Pohoda}} do konce {{date|roku}}? Faktura může jít na stejné IČO [[@ico:sp]].
díky
[[sig|jirka]]""",
    # 15 rodné číslo and IBAN without labels in a short reply
    """Tak posílám: [[@rc:slash-female]], účet [[@iban:CZ:compact]]. Snad to stačí.
[[sig|Věra Doležalová]]""",
    # 16 courier complaint, address, postcode
    """Kurýr {{brand|PPL}} tvrdí, že mě nezastihl, ale celý den jsem byl doma na adrese [[address|Husova 17, 602 00 Brno]]. Zásilka {{@tracking:#########}}. Volejte [[@phone:CZ:mg3]]. Dobírku {{amount|640 Kč}} jsem platil kartou [[@card:group]].
[[sig|Lukáš Beneš]]""",
    # 17 forwarded header
    """---------- Přeposlaná zpráva ---------
Od: [[oth|Eva Fialová]] <[[email|eva.fialova@email.cz]]>
Datum: {{date|3. března 2024}} {{time|20:15}}
Předmět: Vrácení peněz

Dobrý den, vrátila jsem boty (objednávka {{@order:#########}}), peníze stále nepřišly. Účet [[@iban:CZ:group]], rodné číslo [[@rc:slash-female]].""",
    # 18 team sign-off, greeting to nobody, no PII
    """{{greeting_without_name|Milí zákazníci}},
od {{date|1. července}} mění {{brand|T-Mobile}} ceník tarifů. Podrobnosti najdete na {{url|https://www.t-mobile.cz/cenik}}.
{{team_name|Váš tým T-Mobile}}""",
    # 19 bank, loan, advisor named
    """Dobrý den,
na pobočce v {{city|Olomouci}} jsem jednala s panem [[oth|Hrubým]] o předčasném splacení hypotéky {{@contract:HU-##########}}. Slíbil zavolat, neozval se. Moje rodné číslo [[@rc:slash-female]].
S pozdravem
[[sig|Dana Šťastná]]
[[@phone:CZ:mintl]]""",
    # 20 gym form fields
    """Jméno: [[intro|Adam Kolář]]
E-mail: [[email|adam.kolar@gmail.com]]
Telefon: [[@phone:CZ:mcompact]]
Zpráva: chci zrušit permanentku {{@num:PERM-######}}, stěhuji se do {{city|Liberce}}. Rodné číslo [[@rc:plain-male]].""",
    # 21 invoice dispute, wrong IČO kept, real one given
    """Na faktuře {{@invoice:###/2024}} máte uvedené IČO {{@bad:ico}}, správně je [[@ico:plain]]. Prosím o opravný daňový doklad.
{{team_name|Účtárna}} {{brand|Stavby Horák}}""",
    # 22 Ukrainian customer writing Czech
    """Dobrý den,
jsem [[intro|Nataliia Kovalenko]], pracuji v {{city|Mladé Boleslavi}}. Potřebuji potvrzení o platbě nájmu za {{date|srpen}}, zaplatila jsem {{amount|12 500 Kč}} na účet [[@iban:CZ:group]]. Rodné číslo: [[@rc:plain-female]].
Děkuji""",
    # 23 school letter, child named, teacher Mgr. in signature
    """Vážení rodiče,
žák [[oth|Vojtěch Novotný]] zapomněl v šatně bundu. Vyzvednout si ji můžete do {{date|pátku}}. Příspěvek na výlet prosím na [[@iban:CZ:compact]].
Mgr. [[sig|Alena Horáková]], {{job_title|třídní učitelka}}""",
    # 24 hotel booking, card with dashes
    """Potvrzuji rezervaci na {{date|12.–14. 9.}} pro {{quantity|2 osoby}}. Karta pro garanci: [[@card:dash]]. Fakturu na firmu, IČO [[@ico:plain]]. Potvrzení prosím na [[email|m.sedlacek@post.cz]].
[[sig|Martin Sedláček]]""",
    # 25 reset link
    """Odkaz pro obnovení hesla mi nefunguje: [[@url:https://muj.e-shop-demo.cz/obnova-hesla?token=]]
Zkoušela jsem i druhý: [[@url:https://muj.e-shop-demo.cz/obnova-hesla?token=]]
Objednávka {{@order:#######}}, platba {{amount|799 Kč}}.""",
    # 26 review, no PII, street shop
    """Prodejna na {{street_as_brand|Národní}} má skvělý výběr, ale pokladní byla nepříjemná. Vrácení bot s účtenkou {{@invoice:####-####-####}} odmítli. Škoda.""",
    # 27 B2B, Slovak partner IČ DPH
    """Dobrý den pane [[sal|Horváth]],
pro fakturaci potřebujeme vaše IČ DPH, v objednávce {{@order:OBJ-#####}} chybí. V registru vidíme [[@icdph:sk]], je to správně?
Díky, [[sig|Petra Nováková]]
{{brand|Kancelářské potřeby Zlín}}""",
    # 28 insurer reply with agent signature and job title
    """Vážená paní [[sal|Malá]],
pojistnou událost {{@num:PU########}} jsme uzavřeli, plnění {{amount|18 300 Kč}} odešle {{brand|Kooperativa}} do {{quantity|5 pracovních dnů}}.
Plnění půjde na účet [[@iban:CZ:group]].
S pozdravem
[[sig|Jan Kopecký]]
{{job_title|likvidátor}}""",
    # 29 internet outage, no diacritics signature
    """Uz 3 dny nejde internet, technik nedorazil. Zakaznicke cislo {{@num:##########}}, adresa pripojky [[address|Jiraskova 412, 530 02 Pardubice]]
[[sig|Frantisek Cerny]]
[[@phone:CZ:mnat]]""",
    # 30 pet shop, wife named, informal
    """Dobrý den, manželka [[oth|Ilona]] objednávala krmivo {{brand|Brit}} ({{@product:BR-###}}), přišla jiná příchuť. Vyměníte to? Kontakt [[@phone:CZ:mg3]], e-mail [[email|zdenek.fiala77@seznam.cz]].
[[sig|Zdeněk]]""",
    # 31 municipal, parking permit, surname first signature
    """Žádám o vydání parkovací karty pro oblast {{product_code|P3}}. Rodné číslo [[@rc:plain-male]], trvalé bydliště [[address|Korunní 88, 130 00 Praha 3]].
[[sig|DVOŘÁK Jaroslav]]""",
    # 32 bank chat, no greeting, IBAN
    """Klient: potřebuju zrušit trvalý příkaz na [[@iban:CZ:compact]]
Bankéř [[oth|Michal]]: Rozumím, příkaz {{@num:TP-#####}} je zrušen k {{date|dnešnímu dni}}.""",
    # 33 rail, no PII
    """{{greeting_without_name|Dobrý den}}, v aplikaci {{brand|Můj vlak}} jsem koupil jízdenku do {{city|Pardubic}} dvakrát, {{amount|2× 159 Kč}}. Doklad {{@invoice:##########}}. Prosím o vrácení jedné platby na kartu [[@card:group]].""",
    # 34 e-shop, self-intro "u telefonu" phrasing
    """Dobrý den, tady [[intro|Blanka Vlčková]], volala jsem včera kvůli pračce {{brand|Bosch}} z objednávky {{@order:#########}}. Posílám slíbené fotky. Číslo účtu pro vrácení: [[@iban:CZ:group]].""",
    # 35 sole trader invoice, IČO and DIČ in a row
    """Fakturační údaje: [[oth|Roman Šebesta]], IČO [[@ico:plain]], DIČ [[@ico:cz]], [[address|Palackého 5, 779 00 Olomouc]]
Fakturu prosím do {{date|konce měsíce}}.""",
    # 36 clinic, MUDr. vocative, self-intro mid-sentence
    """Vážený pane doktore [[sal|Bláho]],
v příloze posílám výsledky krve, které jsem si já, [[intro|Renata Pospíšilová]], nechala udělat v laboratoři {{brand|Synlab}} {{date|15. 1.}}.
Děkuji""",
    # 37 team sign-off notice, no PII
    """{{greeting_without_name|Dobrý den}},
Vaše zásilka {{@tracking:CZ#########}} je připravena k vyzvednutí na pobočce {{city|Kolín}} do {{date|středy}}.
{{team_name|Zákaznická podpora}} {{brand|Česká pošta}}""",
    # 38 B2B order, signature block with e-mail
    """Dobrý den,
objednáváme {{quantity|50 ks}} palet dle nabídky {{@num:NAB-####}}. Dodací adresa: [[address|Průmyslová 1, 397 01 Písek]].
Děkuji a zdravím
[[sig|Michaela Čermáková]]
{{job_title|nákup}}
[[email|cermakova@jihotrans-demo.cz]]
IČO [[@ico:plain]], DIČ [[@ico:cz]]""",
    # 39 family, husband named, lower case no diacritics
    """dobry den manzel [[oth|Karel]] mel u vas zaplatit pausal a zapomnel, posilam platbu z meho uctu [[@iban:CZ:compact]], cislo smlouvy {{@contract:#########}}
[[sig|jana]]""",
    # 40 energy, salutation to Ms first name + surname, card
    """Dobrý den, paní [[sal|Vaňková]],
zálohu {{amount|1 850 Kč}} za {{date|říjen}} jsme stáhli z karty [[@card:plain]]. Vyúčtování {{@invoice:VY########}} obdržíte e-mailem.
{{team_name|Zákaznický servis}} {{brand|innogy}}""",
]

# =========================================================================== sk
ITEMS["sk"] = [
    # 01 telecom, formal, signature with phone
    """Vážený pán [[sal|Kováč]],

ďakujem za telefonát. Posielam sľúbené údaje k reklamácii {{@ticket:REK-#######}}: faktúra {{@invoice:#########}} za {{date|august}} obsahuje poplatok {{amount|12,90 €}} za službu, ktorú som si neobjednal.

S pozdravom
[[sig|Marián Baláž]]
[[@phone:SK:mg3]]
rodné číslo [[@rcsk:slash-male]]""",
    # 02 energy, meter and address
    """{{greeting_without_name|Dobrý deň}},
prosím o zmenu zálohových platieb na odbernom mieste [[address|Hlavná 52, 040 01 Košice]]. Elektromer {{@meter:#########}}, stav k {{date|30. 6.}} 17 225 kWh. Rodné číslo: [[@rcsk:slash-female]].
Ďakujem, [[sig|Zuzana Lukáčová]]
Zálohy z účtu [[@iban:SK:compact]]""",
    # 03 bookshop brand that looks like a person, no PII
    """V {{brand|Martinuse}} v {{city|Martine}} mi predali knihu s chýbajúcimi stranami. Doklad {{@invoice:####/######}}, {{amount|18,50 €}}. Výmena prebehla bez problémov, vďaka pani [[oth|Lenke]] z pokladne.""",
    # 04 B2B invoice, company block
    """Dobrý deň, pani [[sal|Molnárová]],

v prílohe zasielame faktúru {{@invoice:FV2024#####}} za dodávku kancelárskeho nábytku.

{{brand|Nábytok Tatry}} s.r.o.
IČO: [[@ico:plain]]
DIČ: [[@icdph:plain]]
IČ DPH: [[@icdph:sk]]
IBAN: [[@iban:SK:group]]

S pozdravom
Ing. [[sig|Peter Hudák]]
{{job_title|konateľ}}
tel. [[@phone:SK:intl]]""",
    # 05 rental car chat, agent handle, damage found
    """[{{time|19:02}}] [[sig|Rudolf P.]]: dobry vecer, pri vrateni auta v {{city|Bratislave}} mi tvrdia, ze je skrabnuty naraznik, ale to tam bolo uz pri prevzati
[{{time|19:04}}] {{team_name|Podpora Autopožičovňa}}: Dobrý večer, pošlite prosím číslo rezervácie.
[{{time|19:04}}] [[sig|Rudolf P.]]: {{@order:RV-######}}, fotky mam z {{date|12. 6.}} o {{time|8:15}}
[{{time|19:05}}] [[sig|Rudolf P.]]: kaucia bola blokovana na karte [[@card:group]]""",
    # 06 clinic, self-intro "volám sa", child's birth number
    """Dobrý deň, volám sa [[intro|Andrea Šimková]] a chcela by som objednať syna na očné vyšetrenie. Rodné číslo syna: [[@rcsk:plain-child-boy]], poisťovňa {{brand|Dôvera}}. Som na čísle [[@phone:SK:msk0]], moje rodné číslo [[@rcsk:plain-female]].""",
    # 07 municipal, no PII
    """{{greeting_without_name|Vážený mestský úrad}},
na {{street_as_brand|Obchodnej}} ulici nesvieti od {{date|piatku}} päť lámp. Hlásenie č. {{@ticket:MU-#####/####}}. Prosím o nápravu.""",
    # 08 bank, card blocked, signature on closing line
    """Dobrý deň, dňa {{date|3. 3.}} mi z karty [[@card:group]] odišla platba {{amount|349 €}} do e-shopu, ktorý nepoznám. Kartu som zablokoval v {{brand|Tatra banke}}. Prosím o reklamáciu transakcie, peniaze na účet [[@iban:SK:group]].
Ďakujem, [[sig|Ľubomír Kollár]]""",
    # 09 wellness hotel, complaint with two family members
    """Dobrý deň,
boli sme u vás s manželom [[oth|Jurajom]] a dcérou [[oth|Petrou]] na pobyte {{date|23. – 27. 12.}}. Bazén bol celý čas zatvorený, hoci ste ho v ponuke {{brand|Wellness Hotel Grand}} uvádzali. Žiadam zľavu {{percent|30 %}} z ceny {{amount|1 120 €}}, vrátenie na [[@iban:SK:group]].
[[sig|Alžbeta Ševčíková]]""",
    # 10 insurer form, surname first
    """Priezvisko a meno: [[intro|Horváth Gejza]]
Rodné číslo: [[@rcsk:slash-male]]
Číslo zmluvy: {{@contract:##########}}
Popis škody: {{date|12. 5.}} spadol strom na auto pred domom, škoda odhadom {{amount|2 800 €}}.
E-mail: [[email|gejza.horvath@azet.sk]]
Účet na plnenie: [[@iban:SK:compact]]""",
    # 11 dentist, appointment move, no greeting, name on the closing line
    """Potrebovala by som presunúť termín {{date|štvrtok}} {{time|15:30}} na budúci týždeň, dcéra má chrípku. Ďakujem pekne, [[sig|Monika Žigová]], [[@phone:SK:msk0]]""",
    # 12 rail review, no PII
    """Vlak {{product_code|R 611}} zo {{city|Žiliny}} meškal {{quantity|50 minút}} a {{brand|ZSSK}} mi odškodné zamietla. Lístok {{@ticket:#############}} za {{amount|9,45 €}}. Náhradu prosím na účet [[@iban:SK:compact]], rodné číslo [[@rcsk:slash-female]].""",
    # 13 e-shop seller reply to a review, team and named agent
    """{{greeting_without_name|Dobrý deň, milý zákazník}},
mrzí nás, že vysávač {{brand|Dyson}} z objednávky {{@order:##########}} prišiel poškodený. Kolega [[oth|Ondrej]] vám zajtra zavolá kvôli výmene.
{{team_name|Tím zákazníckej podpory}}
{{brand|Datart}}""",
    # 14 informal SaaS, lower case signature
    """Ahoj [[sal|Tomáš]],
môžeš nám predĺžiť licenciu {{brand|Omega}} do konca {{date|roka}}? Faktúru na to isté IČ DPH [[@icdph:sksp]].
vdaka
[[sig|majo]]""",
    # 15 short reply, birth number and IBAN without labels
    """Posielam: [[@rcsk:slash-male]], účet [[@iban:SK:compact]].
[[sig|Stanislav Polák]]""",
    # 16 courier, address, phone
    """Kuriér {{brand|GLS}} tvrdí, že nikto nebol doma, ale ja som bola doma celý deň na [[address|Mierová 23, 821 05 Bratislava]]. Balík {{@tracking:###########}}. Volajte na [[@phone:SK:msk0slash]]. Dobierku som platila kartou [[@card:dash]].
[[sig|Mária Kováčová]]""",
    # 17 university, student e-mail, prof. in salutation
    """Vážený pán profesor [[sal|Kuruc]],
ospravedlňujem sa, ale na skúšku {{date|16. 1.}} som sa nemohla dostaviť pre chorobu. Potvrdenie od lekára prikladám. Môžem prísť na opravný termín?
S úctou
Bc. [[sig|Viktória Lengyelová]], {{job_title|študentka 2. ročníka}}
[[email|lengyelova3@uniba-demo.sk]]""",
    # 18 team sign-off, no PII
    """{{greeting_without_name|Milí zákazníci}},
od {{date|1. septembra}} sa mení cenník {{brand|Orange}}. Viac na {{url|https://www.orange.sk/cennik}}.
{{team_name|Váš tím Orange}}""",
    # 19 bank, mortgage, advisor named
    """Dobrý deň,
v pobočke v {{city|Nitre}} som hovorila s pani [[oth|Benkovou]] o refinancovaní hypotéky {{@contract:HU#########}}. Mala mi poslať ponuku, nič neprišlo. Rodné číslo: [[@rcsk:slash-female]].
S pozdravom
[[sig|Eva Krajčírová]]
[[@phone:SK:mintl]]""",
    # 20 water utility, meter, self-intro mid-sentence
    """Dobrý deň, ako vlastník domu [[address|Lipová 6, 900 25 Chorvátsky Grob]] vás ja, [[intro|Vladimír Bednár]], žiadam o výmenu vodomeru {{@meter:VD#######}}, ktorý od {{date|januára}} ukazuje nezmysly. Zálohy {{amount|38 €}} mesačne sú premrštené.""",
    # 21 invoice, wrong IČO kept
    """Na faktúre {{@invoice:###/2024}} je uvedené IČO {{@bad:ico}}, správne je [[@ico:plain]]. Prosíme o dobropis a novú faktúru.
{{team_name|Účtovné oddelenie}} {{brand|Stavmat}}""",
    # 22 Ukrainian customer in Slovak
    """Dobrý deň,
som [[intro|Iryna Shevchuk]], pracujem v {{city|Trnave}}. Potrebujem potvrdenie o úhrade nájmu za {{date|júl}}, poslala som {{amount|480 €}} na [[@iban:SK:group]].
Ďakujem""",
    # 23 pharmacy review, brand that looks like a person, no PII
    """Lekáreň {{brand|Dr.Max}} na {{street_as_brand|Zochovej}} – čakala som {{quantity|40 minút}}, v rade boli 3 ľudia. Vitamíny {{brand|Walmark}} za {{amount|12,99 €}} nemali. Dávam {{quantity|2 hviezdičky}}. Pani lekárnička [[oth|Gabika]] bola aspoň milá.""",
    # 24 hotel booking, card dashes
    """Potvrdzujem rezerváciu na {{date|8. – 10. 11.}} pre {{quantity|2 osoby}}. Karta na garanciu: [[@card:dash]]. Potvrdenie pošlite na [[email|r.blaho@zoznam.sk]].
[[sig|Rastislav Blaho]]""",
    # 25 reset link in a forwarded message
    """Toto mi prišlo, ale neviem či to nie je podvod:
> Kliknite sem na obnovenie hesla: [[@url:https://ucet.fakturacia-demo.sk/heslo/nove?sid=]]
> Platnosť linky {{quantity|24 hodín}}.
Je to od vás? Účet mám od {{date|2021}}, IČO [[@ico:plain]].""",
    # 26 Czech partner, DIČ
    """Dobrý deň, pán [[sal|Novák]],
pre fakturáciu potrebujeme vaše DIČ, na objednávke {{@order:OBJ/####}} chýba. V registri vidíme [[@ico:cz]], sedí to? Naše IČ DPH je [[@icdph:sk]].
Ďakujem, [[sig|Lucia Bartošová]]
{{brand|Kancelária Plus}}""",
    # 27 insurer reply, agent and job title
    """Vážená pani [[sal|Slobodová]],
poistnú udalosť {{@num:PU-########}} sme uzavreli, plnenie {{amount|1 240 €}} vám {{brand|Allianz}} pošle do {{quantity|5 pracovných dní}} na účet [[@iban:SK:group]].
S pozdravom
[[sig|Pavol Urban]]
{{job_title|likvidátor poistných udalostí}}""",
    # 28 internet outage, signature with diacritics missing, customer number
    """Vazeni, uz od piatku {{time|18:00}} nejde internet ani TV. Zakaznicke cislo {{@num:##########}}, {{brand|Slovak Telekom}}, adresa [[address|Sladkovicova 9, 974 01 Banska Bystrica]]
[[sig|Jozef Kralik]]
[[@phone:SK:mnat]]""",
    # 29 family, wife named
    """Dobrý deň, manželka [[oth|Silvia]] objednávala krmivo pre psa ({{@product:KR-####}}), prišla iná veľkosť. Vymeníte to? Tel. [[@phone:SK:mg3]], mail [[email|brano.kovac@post.sk]].
[[sig|Branislav]]""",
    # 30 municipal, surname first in capitals
    """Žiadam o vydanie rezidentskej parkovacej karty pre zónu {{product_code|BA-1}}. Rodné číslo [[@rcsk:plain-female]], trvalý pobyt [[address|Palisády 40, 811 06 Bratislava]].
[[sig|SZABÓOVÁ Henrieta]]""",
    # 31 municipal, tax on dog, birth number and signature surname first
    """Oznamujem, že od {{date|1. 3.}} už nie som vlastníkom psa (čip {{@num:###############}}). Žiadam o zrušenie dane za psa. Rodné číslo [[@rcsk:slash-male]].
[[sig|Baranovič Tibor]]""",
    # 32 rail, card refund
    """{{greeting_without_name|Dobrý deň}}, v aplikácii {{brand|IDOS}} som si kúpil lístok do {{city|Prešova}} dvakrát, {{amount|2× 14,20 €}}. Vráťte prosím jednu platbu na kartu [[@card:group]].""",
    # 33 e-shop complaint with IBAN in a list
    """Dobrý deň, reklamujem kávovar (obj. {{@order:#########}}):
- nejde mlynček
- tečie voda spodom
- kúpený {{date|5. 4.}} za {{amount|329 €}}
Peniaze prosím vrátiť na: [[@iban:SK:group]]
[[sig|Dominika H.]]""",
    # 34 sole trader in a row
    """Fakturačné údaje: [[oth|Ladislav Kučera]] – SZČO, IČO [[@ico:plain]], DIČ [[@icdph:plain]], [[address|Štúrova 11, 949 01 Nitra]]""",
    # 35 clinic, MUDr. salutation, self-intro mid-sentence
    """Vážená pani doktorka [[sal|Vargová]],
posielam výsledky, ktoré som si ja, [[intro|Oľga Sýkorová]], dala urobiť v laboratóriu {{brand|Alpha medical}} {{date|20. 1.}}.
Ďakujem""",
    # 36 notice, team sign-off, no PII
    """{{greeting_without_name|Dobrý deň}},
vaša zásielka {{@tracking:SK#########}} je pripravená na pobočke {{city|Zvolen}} do {{date|stredy}}.
{{team_name|Zákaznícky servis}} {{brand|Slovenská pošta}}""",
    # 37 B2B order, signature with e-mail
    """Dobrý deň,
objednávame {{quantity|30 ks}} paliet podľa ponuky {{@num:PON-####}}. Dodacia adresa: [[address|Priemyselná 4, 917 01 Trnava]].
S pozdravom
[[sig|Simona Mrázová]]
{{job_title|nákup}}
[[email|mrazova@zapadtrans-demo.sk]]
IČO [[@ico:plain]] | IČ DPH [[@icdph:sk]]""",
    # 38 lower case note from a neighbour about a courier, no PII
    """kurier vam nechal balik {{@tracking:##############}} u nas vo vchode, vyzdvihnite si ho do {{date|nedele}} prosim. vdaka, {{team_name|susedia z 3. poschodia}}""",
    # 39 energy, salutation, card
    """Dobrý deň, pán [[sal|Gašpar]],
zálohu {{amount|64 €}} za {{date|október}} sme strhli z karty [[@card:plain]]. Vyúčtovanie {{@invoice:VY########}} vám príde e-mailom.
{{team_name|Zákaznícke centrum}} {{brand|ZSE}}""",
    # 40 Czech customer, rodné číslo CZ and SK phone
    """Dobrý deň, jmenuji se [[intro|Tereza Kočí]], bydlím v {{city|Skalici}}, ale mám české rodné číslo [[@rc:slash-female]]. Můžu si u vás otevřít účet? Telefon [[@phone:SK:mg3]].""",
]

# =========================================================================== ru
ITEMS["ru"] = [
    # 01 telecom, name + patronymic salutation, signature with phone
    """Уважаемая [[sal|Марина Викторовна]],

спасибо за звонок. Как договаривались, высылаю данные по претензии {{@ticket:ПР-#######}}: в счёте за {{date|март}} снова списано {{amount|350 ₽}} за подписку, которую я не подключал.

С уважением,
[[sig|Олег Сергеевич Зуев]]
[[@phone:RU:mru8]]
ИНН [[@innp]]""",
    # 02 energy, meter, address, SNILS
    """{{greeting_without_name|Добрый день}}!
Прошу сделать перерасчёт по лицевому счёту {{@num:##########}}. Счётчик {{@meter:№ ########}} заменили {{date|14.02.2024}}, а начисления идут по нормативу. Адрес: [[address|ул. Садовая, д. 17, кв. 8, г. Тула, 300041]]. СНИЛС: [[@snils:dash]].
[[sig|Галина Петровна Рыбакова]]""",
    # 03 bank brand that looks like a person, no PII
    """Перевёл деньги через {{brand|Тинькофф}} на карту {{brand|Сбера}}, {{amount|15 000 ₽}} висят уже {{quantity|третий день}}. Номер операции {{@num:##########}}. Поддержка отвечает шаблонами. Карта получателя [[@card:group]], если это поможет.""",
    # 04 B2B invoice, company requisites
    """Добрый день, [[sal|Анна]]!

Направляем счёт {{@invoice:№ ###}} от {{date|02.09.2024}} на поставку упаковки. Реквизиты:

ООО «{{brand|Упак-Сервис}}»
ИНН [[@inn:10]]
ОГРН [[@ogrn:13]]
Тел.: [[@phone:RU:ruintl]]

С уважением,
[[sig|Денис Коваленко]]
{{job_title|менеджер по продажам}}""",
    # 05 courier chat, operator handle, courier named
    """{{brand|СДЭК}}, чат, {{time|12:40}}
Оператор [[oth|Алина]]: Здравствуйте! Чем могу помочь?
Клиент: посылка {{@tracking:##########}} третий день в {{city|Екатеринбурге}}, когда доставят?
Оператор [[oth|Алина]]: Курьер [[oth|Руслан]] привезёт её завтра с {{time|10:00}} до {{time|14:00}}.""",
    # 06 clinic, self-intro "меня зовут", SNILS plain
    """Здравствуйте, меня зовут [[intro|Ирина Ковалёва]], хочу записать сына к лору. Полис ОМС у нас {{brand|СОГАЗ-Мед}}, СНИЛС сына [[@snils:plain]]. Телефон для связи [[@phone:RU:mintl]].""",
    # 07 municipal, pothole, no PII
    """{{greeting_without_name|Уважаемые сотрудники администрации}}!
Во дворе дома на {{street_as_brand|Тверской}} с {{date|апреля}} стоит открытый люк. Обращение {{@ticket:№ ####-##/##}} закрыли без ответа. Просим принять меры.""",
    # 08 bank, card fraud, signature on closing line
    """Здравствуйте. {{date|19 января}} с моей карты [[@card:group]] прошли два списания по {{amount|4 990 ₽}} в интернет-магазине, которым я не пользуюсь. Карту заблокировала. Прошу вернуть деньги. СНИЛС [[@snils:dash]], ИНН [[@innp]].
Спасибо, [[sig|Светлана Морозова]]""",
    # 09 hotel review, administrator named
    """Гостиница у {{street_as_brand|Невского}} – номер маленький, но чистый. Отдельное спасибо администратору [[oth|Наталье]], которая помогла с поздним заездом в {{time|2 часа ночи}}. Бронь {{@order:##########}}, {{quantity|2 ночи}}.""",
    # 10 insurer form, surname first, personal INN
    """ФИО: [[intro|Беляев Константин Андреевич]]
ИНН: [[@innp]]
Полис: {{@contract:ХХХ ##########}}
Описание: {{date|03.07}} на парковке у {{brand|Ашана}} повредили бампер, ущерб около {{amount|45 000 ₽}}. СНИЛС [[@snils:dash2]].
Эл. почта: [[email|k.belyaev@mail.ru]]
Карта для выплаты: [[@card:group]]""",
    # 11 quoted reply
    """Спасибо, заберу в субботу.
[[sig|Лена]]

{{date|12.08.2024}}, {{time|10:17}}, [[oth|Виктор Лебедев]] <[[email|service@remont-lebedev.ru]]> пишет:
> [[sal|Елена]], добрый день! Ноутбук готов, стоимость ремонта {{amount|3 200 ₽}}. Заказ {{@order:Р-#####}}.""",
    # 12 rail review, no PII
    """Поезд {{product_code|№ 752А}} «{{brand|Сапсан}}» опоздал на {{quantity|40 минут}}, кондиционер не работал. {{brand|РЖД}} на претензию ответили отпиской. Билет {{@ticket:##############}} за {{amount|4 870 ₽}}, пассажир [[intro|Ринат Галиев]].""",
    # 13 sole trader, chat, INN 12 and OGRNIP
    """[{{time|15:11}}] Клиент: добрый день, я [[intro|Артур Гасанов]], ИП, хочу открыть расчётный счёт
[{{time|15:12}}] Банк: Здравствуйте! Назовите ИНН и ОГРНИП.
[{{time|15:13}}] Клиент: ИНН [[@innp]], ОГРНИП [[@ogrn:15]]
[{{time|15:13}}] Банк: Спасибо, заявка {{@ticket:######}} принята. Ссылка для входа: [[@url:https://biz.bank-demo.ru/onboarding?sid=]]""",
    # 14 informal, lower case signature
    """Привет, [[sal|Серёжа]]!
Продли нам, пожалуйста, лицензию {{brand|1С}} до конца {{date|года}}. Счёт на ту же фирму, ИНН [[@inn:10]].
спс
[[sig|вадим]]""",
    # 15 short answer without labels
    """Вот: [[@snils:dash2]], телефон [[@phone:RU:mru8plain]]. Больше ничего не нужно?""",
    # 16 courier, address
    """Курьер «{{brand|Почты России}}» написал, что меня не было дома, хотя я весь день была по адресу [[address|пр. Мира, д. 101, кв. 34, Москва, 129085]]. Отправление {{@tracking:##############}}. Наложенный платёж оплачу картой [[@card:dash]].
[[sig|Людмила Кравец]]
[[@phone:RU:ru8]]""",
    # 17 forwarded message
    """-------- Пересылаемое сообщение --------
От кого: [[oth|Ксения Павлова]] <[[email|ksenia.pavlova@yandex.ru]]>
Дата: {{date|6 марта 2024}}, {{time|22:31}}
Тема: Возврат

Добрый вечер. Вернула платье по заказу {{@order:##########}} ещё {{date|20 февраля}}, деньги так и не пришли. Карта для возврата [[@card:group]].""",
    # 18 team sign-off, no PII
    """{{greeting_without_name|Дорогие клиенты}}!
С {{date|1 июля}} {{brand|МТС}} меняет условия тарифа «{{brand|Мой МТС}}». Подробнее на {{url|https://moskva.mts.ru/tarifs}}.
{{team_name|Ваша команда МТС}}""",
    # 19 bank, mortgage, manager named
    """Добрый день.
В отделении на {{street_as_brand|Арбате}} я общался с менеджером [[oth|Ахмедовым Рустамом]] по рефинансированию ипотеки {{@contract:ИК-#########}}. Обещали перезвонить – тишина.
С уважением,
[[sig|Павел Николаевич Орлов]]
[[@phone:RU:mruintl]]""",
    # 20 gym web form
    """Имя: [[intro|Дарья Соколова]]
Email: [[email|dasha.sokolova99@gmail.com]]
Телефон: [[@phone:RU:mru8]]
Сообщение: хочу заморозить абонемент {{@num:АБ-######}} на {{quantity|месяц}}, уезжаю в {{city|Сочи}}. ИНН для налогового вычета: [[@innp]].""",
    # 21 invoice, wrong INN kept
    """В счёте {{@invoice:№ ####}} указан ИНН {{@bad:inn}}, правильный – [[@inn:10]]. Просим выставить корректный документ.
{{team_name|Бухгалтерия}} ООО «{{brand|СтройДеталь}}»""",
    # 22 Ukrainian surname, moving, SNILS
    """Здравствуйте,
я [[intro|Тарас Мельничук]], переехал из {{city|Краснодара}} в {{city|Казань}}. Прошу перевести договор {{@contract:№ ##########}} на новый адрес. СНИЛС [[@snils:dash]].
Спасибо""",
    # 23 school, child named, teacher signature
    """Уважаемые родители!
Ученик [[oth|Миша Тарасов]] оставил в раздевалке куртку. Забрать можно до {{date|пятницы}}. Деньги на экскурсию переводите на карту [[@card:plain]].
[[sig|Валентина Ивановна Гусева]], {{job_title|классный руководитель}}""",
    # 24 hotel booking, card dashes, e-mail
    """Подтверждаю бронь на {{date|14–16 октября}}, {{quantity|2 гостя}}. Карта для гарантии: [[@card:dash]]. Подтверждение пришлите на [[email|a.frolov@bk.ru]]. Счёт на организацию: ИНН [[@inn:10]].
[[sig|Антон Фролов]]""",
    # 25 reset link
    """Ссылка для сброса пароля не открывается: [[@url:https://lk.magazin-demo.ru/restore?token=]]
Заказ {{@order:#######}}, оплачено {{amount|2 490 ₽}}. Старая ссылка тоже не работала: [[@url:https://lk.magazin-demo.ru/restore?token=]]""",
    # 26 shop on a street, person-like brand, no PII
    """Заходил в «{{brand|Дядю Ваню}}» на {{street_as_brand|Тверской}} за продуктами – всё свежее, но на кассе очередь {{quantity|20 минут}}. Чек {{@invoice:####-####}}.""",
    # 27 B2B, OGRN check, company signature
    """Добрый день, [[sal|Игорь Владимирович]]!
Для закрывающих документов по договору {{@contract:№ ###/##}} нам нужен ваш ОГРН, в счёте он не указан. В выписке ЕГРЮЛ видим [[@ogrn:13]], верно?
С уважением, [[sig|Юлия Карпова]]
ООО «{{brand|ТрансЛогистик}}»""",
    # 28 insurer reply, employee and job title
    """Уважаемый [[sal|Геннадий Олегович]]!
Страховой случай {{@num:У-#########}} урегулирован, выплата {{amount|62 300 ₽}} поступит в течение {{quantity|5 рабочих дней}}.
С уважением,
[[sig|Е. В. Комарова]]
{{job_title|специалист отдела урегулирования убытков}}
{{brand|Ингосстрах}}""",
    # 29 internet outage, translit signature
    """Internet ne rabotaet uzhe 3 dnya, master ne prishel. Dogovor {{@contract:##########}}, adres [[address|ul. Lenina 45-12, Samara]]
[[sig|Nikolay Sidorov]]
[[@phone:RU:mintl]]""",
    # 30 family, husband named
    """Здравствуйте, муж, [[oth|Алексей]], заказывал у вас корм ({{@product:КР-####}}), пришёл не тот. Поменяете? Мой номер [[@phone:RU:mru8]], почта [[email|oksana.demidova@yandex.ru]].
[[sig|Оксана]]""",
    # 31 tax, personal INN, surname first in capitals
    """Прошу предоставить справку об отсутствии задолженности. ИНН [[@innp]], адрес регистрации [[address|ул. Гагарина, д. 3, кв. 15, г. Воронеж, 394036]].
[[sig|ЗАХАРОВ Игорь Леонидович]]""",
    # 32 bank chat
    """Клиент: отмените автоплатёж с карты [[@card:plain]]
Сотрудник [[oth|Максим]]: Готово, автоплатёж {{@num:АП######}} отключён с {{date|сегодняшнего дня}}.""",
    # 33 rail, no PII
    """{{greeting_without_name|Добрый день}}! В приложении {{brand|РЖД Пассажирам}} купил билет до {{city|Нижнего Новгорода}} дважды, {{amount|2 × 1 640 ₽}}. Номер заказа {{@order:##############}}. Верните одну оплату. Мой телефон в заказе [[@phone:RU:mru8]].""",
    # 34 e-shop, self-intro "это"
    """Добрый день, это [[intro|Вероника Степанова]], звонила вчера насчёт стиральной машины по заказу {{@order:#########}}. Прикладываю фото. Деньги прошу вернуть на карту [[@card:group]].""",
    # 35 sole trader requisites in a row
    """Реквизиты: ИП [[oth|Фомин Сергей Викторович]], ИНН [[@innp]], ОГРНИП [[@ogrn:15]], [[address|ул. Красная, 8, Краснодар, 350000]]""",
    # 36 clinic, doctor salutation with patronymic, self-intro mid-sentence
    """Уважаемая [[sal|Татьяна Михайловна]]!
Высылаю анализы, которые я, [[intro|Роза Ахметова]], сдавала в «{{brand|Инвитро}}» {{date|10 января}}.
Спасибо""",
    # 37 notice, team sign-off, no PII
    """{{greeting_without_name|Здравствуйте}}!
Ваше отправление {{@tracking:RA#########RU}} ожидает в отделении {{city|Пермь}} до {{date|среды}}.
{{team_name|Служба поддержки}} {{brand|Почта России}}""",
    # 38 B2B order, signature block with e-mail
    """Добрый день!
Заказываем {{quantity|40 паллет}} по коммерческому предложению {{@num:КП-####}}. Адрес доставки: [[address|Промышленная ул., 12, Подольск, 142100]].
С уважением,
[[sig|Мария Кузнецова]]
{{job_title|отдел закупок}}
[[email|kuznetsova@snab-demo.ru]]
ИНН [[@inn:10]] / ОГРН [[@ogrn:13]]""",
    # 39 OGRN and INN in a pipe table
    """Контрагент | ИНН | ОГРН
ООО «{{brand|Север-Авто}}» | [[@inn:10]] | [[@ogrn:13]]
Сумма к оплате {{amount|184 500 ₽}}, счёт {{@invoice:№ ####}} от {{date|05.11.2024}}.""",
    # 40 employee application, SNILS + INN, self-intro
    """Добрый день! Меня зовут [[intro|Хамидов Фарход]], пишу по поводу трудоустройства на склад в {{city|Подольске}}. Данные для оформления: СНИЛС [[@snils:dash]], ИНН [[@innp]]. Телефон [[@phone:RU:mruintl]].""",
]

# =========================================================================== uk
ITEMS["uk"] = [
    # 01 energy, vocative name + patronymic, signature
    """Шановний [[sal|Василю Михайловичу]]!

Дякую за роз'яснення щодо рахунку {{@invoice:№ ########}}. Проте нарахування за {{date|листопад}} – {{amount|1 486,20 грн}} – не відповідає показникам лічильника {{@meter:########}}. Прошу перерахувати.

З повагою
[[sig|Людмила Гнатюк]]
[[@phone:UA:mua0]]
РНОКПП [[@rnokpp:female]]""",
    # 02 delivery chat, Nova Poshta, operator and courier
    """{{brand|Нова пошта}}, онлайн-чат {{time|09:12}}
Оператор [[oth|Юлія]]: Доброго ранку! Чим можу допомогти?
Клієнт: посилка {{@tracking:20 #### #### ####}} вже тиждень у відділенні {{quantity|№ 14}}, але мені не прийшло повідомлення
Оператор [[oth|Юлія]]: Перепрошую, кур'єр [[oth|Богдан]] може привезти її сьогодні до {{time|18:00}}.""",
    # 03 bank, card fraud, RNOKPP
    """{{greeting_without_name|Добрий день}}.
{{date|7 квітня}} з моєї картки [[@card:group]] списано {{amount|3 200 грн}} на сайті, якого я не знаю. Картку заблокувала в застосунку {{brand|monobank}}. РНОКПП [[@rnokpp:female]].
Дякую, [[sig|Оксана Литвин]]""",
    # 04 review, no PII
    """Купувала пилосос у {{brand|Розетці}}, доставили за {{quantity|2 дні}}, все працює. Але замовлення {{@order:#########}} спершу скасували без пояснень. Ставлю {{quantity|4 з 5}}. [[sig|Віра Гончар]], {{city|Полтава}}""",
    # 05 B2B invoice, company block with EDRPOU and IBAN
    """Добрий день, пані [[sal|Ірино]]!

Надсилаємо рахунок-фактуру {{@invoice:СФ-######}} від {{date|15.10.2024}} за поставку картону.

ТОВ «{{brand|Пакпром}}»
Код ЄДРПОУ: [[@edrpou]]
IBAN: [[@iban:UA:compact]]
Тел.: [[@phone:UA:ua38]]

З повагою,
[[sig|Віталій Остапенко]]
{{job_title|комерційний директор}}""",
    # 06 clinic, self-intro "мене звати", child RNOKPP
    """Добрий день, мене звати [[intro|Наталія Бойко]], хочу записати доньку до педіатра через {{brand|Helsi}}, але система не приймає її РНОКПП [[@rnokpp:child-girl]]. Мій номер [[@phone:UA:mintl]].""",
    # 07 municipal, ЦНАП, no PII
    """{{greeting_without_name|Шановні працівники ЦНАП}}!
Електронна черга на {{date|понеділок}} не працює, талон {{@ticket:Т-####}} зник з системи. Прохання виправити.""",
    # 08 rail, Ukrzaliznytsia, refund to IBAN
    """Поїзд {{product_code|№ 743}} {{city|Київ}} – {{city|Львів}} запізнився на {{quantity|3 години}}. Прошу повернути вартість квитка {{@ticket:##############}} ({{amount|612 грн}}) на рахунок [[@iban:UA:group]].
[[sig|Степан Мороз]]""",
    # 09 hotel review in Lviv, staff named
    """Готель на {{street_as_brand|Площі Ринок}} – атмосферно, але гаряча вода з перебоями. Дякую адміністраторці [[oth|Соломії]], яка переселила нас в інший номер. Бронювання {{@order:##########}}.""",
    # 10 insurer, form, surname first
    """ПІБ: [[intro|Ковальчук Андрій Петрович]]
РНОКПП: [[@rnokpp:male]]
Поліс: {{@contract:АР-#######}}
Подія: {{date|02.06.2024}} у дворі на [[address|вул. Героїв Дніпра, 31, Київ]] на авто впала гілка.
Email: [[email|andrii.kovalchuk@ukr.net]]
Рахунок для виплати: [[@iban:UA:group]]""",
    # 11 quoted reply
    """Дякую, заберу у четвер.
[[sig|Тетяна]]

{{date|21.05.2024}} о {{time|14:06}} [[oth|Роман Ткачук]] <[[email|rtkachuk.service@gmail.com]]> пише:
> Пані [[sal|Тетяно]], телефон відремонтовано, до сплати {{amount|1 750 грн}}. Номер замовлення {{@order:РМ-####}}.""",
    # 12 sole trader (ФОП) in a chat
    """[{{time|11:30}}] Клієнт: добрий день, я ФОП [[intro|Дмитро Савчук]], хочу підключити термінал
[{{time|11:31}}] Банк: Вітаємо! Вкажіть, будь ласка, РНОКПП.
[{{time|11:31}}] Клієнт: [[@rnokpp:male]]
[{{time|11:32}}] Банк: Дякуємо, заявка {{@ticket:#######}} прийнята, менеджер зателефонує до {{date|п'ятниці}}. Посилання на анкету: [[@url:https://fop.bank-demo.ua/anketa?token=]]""",
    # 13 informal, diminutive salutation, lower case signature
    """Привіт, [[sal|Олежку]]!
Продовж нам, будь ласка, підписку {{brand|M.E.Doc}} до кінця {{date|року}}. Рахунок на те саме ЄДРПОУ [[@edrpou]].
дяки
[[sig|сашко]]""",
    # 14 short reply without labels
    """Ось: [[@rnokpp:female]], картка [[@card:plain]]. Щось ще потрібно?""",
    # 15 courier complaint, address with postcode
    """Кур'єр {{brand|Укрпошти}} написав, що мене не було вдома, а я цілий день була за адресою [[address|вул. Шевченка, 24, кв. 7, м. Вінниця, 21001]]. Відправлення {{@tracking:##############}}. Післяплату оплачу карткою [[@card:group]].
[[sig|Галина Савченко]]
[[@phone:UA:mua0]]""",
    # 16 forwarded message
    """-------- Переслане повідомлення --------
Від: [[oth|Марта Іваницька]] <[[email|marta.ivanytska@i.ua]]>
Дата: {{date|9 лютого 2024}}, {{time|20:44}}
Тема: повернення коштів

Добрий вечір, повернула куртку із замовлення {{@order:##########}} ще {{date|30 січня}}, гроші досі не надійшли. Картка [[@card:dash]], РНОКПП [[@rnokpp:female]].""",
    # 17 team sign-off, no PII
    """{{greeting_without_name|Шановні абоненти}}!
З {{date|1 березня}} {{brand|Київстар}} змінює умови тарифу «{{brand|Смарт Сім'я}}». Деталі на {{url|https://kyivstar.ua/taryfy}}.
{{team_name|Ваша команда Київстар}}""",
    # 18 bank, loan, manager named
    """Добрий день.
У відділенні {{brand|ПриватБанку}} на {{street_as_brand|Хрещатику}} я спілкувався з менеджеркою [[oth|Вікторією Кравчук]] щодо реструктуризації кредиту {{@contract:КР-#########}}. Обіцяли передзвонити – і тиша.
З повагою,
[[sig|Юрій Бондар]]
[[@phone:UA:mintl]]""",
    # 19 gym web form
    """Ім'я: [[intro|Анастасія Петренко]]
Email: [[email|nastia.petrenko@gmail.com]]
Телефон: [[@phone:UA:mnat]]
Повідомлення: прошу заморозити абонемент {{@num:АБ-######}} на {{quantity|2 тижні}}, їду до {{city|Одеси}}. Оплату беріть з картки [[@card:plain]].""",
    # 20 invoice, wrong EDRPOU kept
    """У рахунку {{@invoice:№ ####}} вказано код ЄДРПОУ {{@bad:edrpou}}, правильний – [[@edrpou]]. Просимо виставити виправлений документ.
{{team_name|Бухгалтерія}} ТОВ «{{brand|Будмайстер}}»""",
    # 21 Polish customer writing Ukrainian, PESEL
    """Добрий день,
я [[intro|Marek Wiśniewski]], громадянин Польщі, працюю у {{city|Львові}}. Для договору оренди потрібен мій PESEL? Ось він: [[@pesel:male]]. Оренда {{amount|14 000 грн}} на місяць.
Дякую""",
    # 22 school, child named, teacher signature
    """Шановні батьки!
Учениця [[oth|Софія Гончаренко]] залишила в класі пенал і телефон. Забрати можна до {{date|п'ятниці}}. Внески на екскурсію – на рахунок [[@iban:UA:compact]].
[[sig|Лариса Іванівна Руденко]], {{job_title|класна керівниця}}""",
    # 23 hotel booking, card dashes
    """Підтверджую бронювання на {{date|5–7 липня}}, {{quantity|2 дорослих}}. Картка для гарантії: [[@card:dash]]. Підтвердження надішліть на [[email|o.melnyk@ukr.net]]. Рахунок на ТОВ, ЄДРПОУ [[@edrpou]].
[[sig|Олександр Мельник]]""",
    # 24 reset link
    """Посилання для відновлення пароля не працює: [[@url:https://kabinet.energo-demo.ua/reset?token=]]
Особовий рахунок {{@num:##########}}, {{city|Житомир}}. РНОКПП власника [[@rnokpp:male]].""",
    # 25 store on a street, brand that looks like a person, no PII
    """Магазин {{brand|Sinsay}} на {{street_as_brand|Дерибасівській}}: черга {{quantity|25 хвилин}}, працювала одна каса. Чек {{@invoice:####-######}}, покупка на {{amount|899 грн}}.""",
    # 26 B2B, company signature, EDRPOU check
    """Добрий день, [[sal|Олено Вікторівно]]!
Для акта звірки за договором {{@contract:№ ###/##}} нам потрібен ваш код ЄДРПОУ. У реєстрі бачимо [[@edrpou]] – правильно?
З повагою, [[sig|Надія Кушнір]]
ТОВ «{{brand|Логістик-Захід}}»""",
    # 27 insurer reply, employee initials
    """Шановна пані [[sal|Зоє]]!
Страховий випадок {{@num:ВП-#########}} урегульовано, виплату {{amount|18 400 грн}} буде здійснено протягом {{quantity|5 робочих днів}} на рахунок [[@iban:UA:group]].
З повагою,
[[sig|М. В. Панченко]]
{{job_title|фахівець з урегулювання збитків}}""",
    # 28 internet outage, translit signature
    """Internet ne pratsiuie vzhe 2 dni, maistra ne bulo. Dohovir {{@contract:##########}}, adresa [[address|vul. Sadova 12, Poltava]]
[[sig|Ihor Lysenko]]
[[@phone:UA:mintl]]""",
    # 29 family, husband named
    """Добрий день, чоловік, [[oth|Микола]], замовляв у вас корм для кота ({{@product:КТ-###}}), прийшов інший. Обміняєте? Мій номер [[@phone:UA:mua0]], пошта [[email|hanna.moroz@ukr.net]].
[[sig|Ганна]]""",
    # 30 municipal, surname first in capitals, address
    """Прошу видати довідку про склад сім'ї. РНОКПП [[@rnokpp:male]], адреса реєстрації [[address|вул. Грушевського, 5, кв. 19, м. Тернопіль, 46001]].
[[sig|ДЕМЧЕНКО Павло Олегович]]""",
    # 31 bank chat, IBAN compact
    """Клієнт: скасуйте регулярний платіж на [[@iban:UA:compact]]
Працівник [[oth|Артем]]: Готово, платіж {{@num:РП######}} скасовано з {{date|сьогодні}}.""",
    # 32 e-shop, self-intro "це"
    """Добрий день, це [[intro|Христина Федорович]], я телефонувала вчора щодо пральної машини із замовлення {{@order:#########}}. Надсилаю фото. Кошти прошу повернути на картку [[@card:group]].""",
    # 33 sole trader requisites in a row
    """Реквізити: ФОП [[oth|Присяжнюк Василь Іванович]], РНОКПП [[@rnokpp:male]], IBAN [[@iban:UA:group]], [[address|вул. Соборна, 3, Рівне, 33000]]""",
    # 34 clinic, doctor salutation, self-intro mid-sentence
    """Шановна [[sal|Валентино Григорівно]]!
Надсилаю аналізи, які я, [[intro|Лілія Кравець]], здавала в «{{brand|Сінево}}» {{date|12 січня}}.
Дякую""",
    # 35 notice, team sign-off, no PII
    """{{greeting_without_name|Вітаємо}}!
Ваше відправлення {{@tracking:RA#########UA}} очікує у відділенні {{city|Черкаси}} до {{date|середи}}.
{{team_name|Служба підтримки}} {{brand|Укрпошта}}""",
    # 36 B2B order, signature block with e-mail
    """Добрий день!
Замовляємо {{quantity|25 палет}} згідно з комерційною пропозицією {{@num:КП-####}}. Адреса доставки: [[address|вул. Промислова, 7, Бровари, 07400]].
З повагою,
[[sig|Ірина Шевчук]]
{{job_title|відділ закупівель}}
[[email|shevchuk@postach-demo.ua]]
ЄДРПОУ [[@edrpou]]""",
    # 37 pipe table with EDRPOU and IBAN
    """Контрагент | ЄДРПОУ | IBAN
ТОВ «{{brand|Агро-Поділля}}» | [[@edrpou]] | [[@iban:UA:compact]]
Сума {{amount|96 300 грн}}, рахунок {{@invoice:№ ####}} від {{date|11.11.2024}}.""",
    # 38 job application, Russian customer, self-intro
    """Добрий день! Мене звати [[intro|Рустам Алієв]], пишу щодо вакансії водія в {{city|Дніпрі}}. Мої дані: РНОКПП [[@rnokpp:male]], телефон [[@phone:UA:mua38]].""",
    # 39 energy (ДТЕК), salutation, card payment
    """Добрий день, пане [[sal|Остапе]]!
Оплату {{amount|742 грн}} за {{date|жовтень}} списано з картки [[@card:plain]]. Рахунок {{@invoice:ДТ########}} надіслано на пошту.
{{team_name|Контакт-центр}} {{brand|ДТЕК}}""",
    # 40 telecom complaint, phone numbers, signature under closing
    """Добрий день.
Мій номер [[@phone:UA:mnat]] заблоковано без попередження, поповнення на {{amount|200 грн}} зникло. Номер звернення {{@ticket:######-##}}. РНОКПП власника номера [[@rnokpp:female]].
З повагою,
[[sig|Євгенія Литвиненко]]""",
]

# =========================================================================== en
ITEMS["en"] = [
    # 01 energy, formal, Mrs + surname, signature with phone
    """Dear Mrs [[sal|Whitfield]],

Thank you for your letter of {{date|3 October}}. I still disagree with the estimated bill {{@invoice:INV-########}} for {{amount|£412.67}}; my meter ({{@meter:E##@#####}}) read 23,118 on {{date|1 September}} and I sent a photo at the time.

Kind regards,
[[sig|Graham Lowther]]
[[@phone:GB:mnat]]
[[email|g.lowther@talktalk.net]]""",
    # 02 courier chat, agent and driver named
    """{{brand|Evri}} chat – {{time|13:27}}
Agent [[oth|Priya]]: Hi there, how can I help today?
Customer: parcel {{@tracking:H00@@A#########}} says delivered but it's not here
Agent [[oth|Priya]]: I'm sorry about that. The driver, [[oth|Connor]], left it in a safe place: behind the green bin.
Customer: we don't have a green bin""",
    # 03 bank, card fraud, signature on the closing line
    """{{greeting_without_name|Hello}},
There are two payments of {{amount|£89.99}} on my card [[@card:group]] from {{date|12 March}} that I did not make. I've frozen the card in the {{brand|Monzo}} app. Please raise a chargeback and credit [[@iban:GB:group]].
Thanks, [[sig|Rebecca Thornton]]""",
    # 04 review, brand that looks like a person, no PII
    """Bought a sofa from {{brand|John Lewis}} in {{city|Reading}}, delivery slot moved {{quantity|three times}}. Order {{@order:#########}}, {{amount|£1,249}}. Sofa is lovely, the service was not.
– [[sig|Pauline G.]]""",
    # 05 B2B invoice with company block, GB VAT and IBAN
    """Hi [[sal|Kwame]],

Please find attached invoice {{@invoice:INV-2024-####}} for the October print run.

{{brand|Northern Print Works}} Ltd
VAT Reg No: [[@gbvat:gbsp]]
IBAN: [[@iban:GB:group]]
Payment terms: {{quantity|30 days}}

Best wishes,
[[sig|Fiona McAllister]]
{{job_title|Accounts Manager}}
[[@phone:GB:intl]]""",
    # 06 GP surgery, self-intro "my name is", NHS number
    """Hello, my name is [[intro|Aisha Rahman]] and I'd like to register my son with the practice. His NHS number is [[@nhs:sp]]. My own NHS number is [[@nhs:plain]]. We've just moved to [[address|27 Chestnut Road, Leicester LE2 1QX]]. Best number is [[@phone:GB:mnat]].""",
    # 07 council, pothole, no PII
    """{{greeting_without_name|To whom it may concern}},
There is a pothole outside the {{street_as_brand|Oxford Street}} store that has been reported {{quantity|twice}} (refs {{@ticket:CRM-#######}}). A cyclist came off yesterday. Please fix it.""",
    # 08 rail, Delay Repay, refund
    """My {{brand|Avanti}} train from {{city|Manchester}} to {{city|Euston}} on {{date|4 June}} was {{quantity|72 minutes}} late. Delay Repay claim {{@ticket:DR#######}} was rejected. Ticket cost {{amount|£96.40}}, paid by card [[@card:plain]].
[[sig|Owen Pritchard]]""",
    # 09 hotel review, staff member named
    """Stayed at the hotel near {{street_as_brand|Princes Street}} for {{quantity|two nights}}. Room was tired but clean. Big thanks to [[oth|Morag]] on reception, who sorted a late checkout without fuss. Booking {{@order:BK########}}.""",
    # 10 insurer claim form
    """Policyholder: [[intro|Daniel O'Sullivan]]
Policy number: {{@contract:HH-@@######}}
Date of loss: {{date|14/02/2024}}
Description: burst pipe in the loft, kitchen ceiling damaged, estimate {{amount|£3,800}}.
Bank account for settlement: [[@iban:GB:group]]
Contact email: [[email|dan.osullivan@outlook.com]]""",
    # 11 quoted reply, "On ... wrote:"
    """Thanks, I'll pick it up on Saturday.
[[sig|Becky]]

On {{date|Tue, 9 Apr 2024}} at {{time|10:44}}, [[oth|Gareth Evans]] <[[email|gareth@evans-bikes.co.uk]]> wrote:
> Hi [[sal|Rebecca]], your bike is ready, {{amount|£65}} for the service. Job no. {{@order:J-####}}.""",
    # 12 sole trader, chat, VAT number without label
    """[{{time|16:02}}] Customer: hi, I'm [[intro|Tom Gallagher]], self-employed plumber, need VAT on my invoices
[{{time|16:03}}] Support: Sure, what's your VAT number?
[{{time|16:03}}] Customer: [[@gbvat:gb]]
[{{time|16:04}}] Support: Thanks [[sal|Tom]], added. Your next invoice {{@invoice:####}} will show it. Set your payout here: [[@url:https://app.invoicing-demo.co.uk/payout?sid=]]""",
    # 13 informal, first name salutation, lower-case signature
    """Hi [[sal|Jess]],
could you renew our {{brand|Xero}} subscription till end of {{date|March}}? Same VAT no. as before, [[@gbvat:plain]].
ta
[[sig|mike]]""",
    # 14 short reply, bank details without labels
    """Here you go: [[@iban:GB:compact]]. Let me know if you need anything else.
[[sig|Sam]]""",
    # 15 courier complaint, address with postcode across a line break
    """{{brand|DPD}} say nobody was home, but I was in all day at
[[address|Flat 3, 18 Marlborough Road
Cardiff CF23 5BU]]
Parcel {{@tracking:##############}}. Call me on [[@phone:GB:mintl]].
[[sig|Hannah Price]]""",
    # 16 forwarded message header
    """---------- Forwarded message ---------
From: [[oth|Lucy Barrett]] <[[email|lucy.barrett@btinternet.com]]>
Date: {{date|Mon, 5 Feb 2024}} at {{time|21:18}}
Subject: Refund

Hello, I returned the coat (order {{@order:##########}}) on {{date|20 January}} and still have no refund. Card used: [[@card:group]].""",
    # 17 team newsletter, no PII
    """{{greeting_without_name|Dear customer}},
From {{date|1 April}} {{brand|Vodafone}} prices will rise by {{percent|7.9%}}. Full details at {{url|https://www.vodafone.co.uk/prices}}.
{{team_name|The Vodafone Team}}""",
    # 18 bank, mortgage adviser named
    """Hi,
I spoke to your adviser Mr [[oth|Chaudhry]] at the {{city|Bristol}} branch about porting my mortgage ({{@contract:MTG##########}}). He promised a call back within {{quantity|48 hours}}. Nothing.
Regards,
[[sig|Philip Norris]]
[[@phone:GB:mgbsp]]""",
    # 19 gym web form
    """Name: [[intro|Chloe Bennett]]
Email: [[email|chloe.bennett92@gmail.com]]
Phone: [[@phone:GB:mnat]]
Message: please freeze membership {{@num:GYM-######}} for {{quantity|one month}}, I'm off to {{city|Sale}} for work. Direct debit from [[@iban:GB:compact]].""",
    # 20 invoice, wrong VAT number kept
    """Invoice {{@invoice:INV####}} shows our VAT number as {{@num:GB ### #### ##}}; the correct one is [[@gbvat:gbsp]]. Please reissue.
{{team_name|Accounts Payable}}, {{brand|Hillside Builders}}""",
    # 21 Polish worker, PESEL and NI-type details
    """Hello, I am [[intro|Krzysztof Nowak]], I work at the warehouse in {{city|Peterborough}}. The agency asked for my Polish PESEL for the payslip: [[@pesel:male]]. Pay goes to [[@iban:GB:group]].
Thank you""",
    # 22 school, child named, teacher signature
    """Dear Parents,
[[oth|Oliver Hughes]] left his PE kit in the changing room. It can be collected from the office until {{date|Friday}}. Trip payments to [[@iban:GB:group]], please.
Mrs [[sig|J. Abbott]], {{job_title|Year 4 Teacher}}""",
    # 23 hotel booking, card with dashes
    """I confirm the booking for {{date|18–20 October}}, {{quantity|2 adults}}. Card for the guarantee: [[@card:dash]]. Please send the confirmation to [[email|r.doyle@btinternet.com]] and invoice my company, VAT [[@gbvat:gb]].
[[sig|Ryan Doyle]]""",
    # 24 reset link
    """The password reset link doesn't work: [[@url:https://account.shop-demo.co.uk/reset?token=]]
Order {{@order:#######}}, {{amount|£34.99}}. Second link: [[@url:https://account.shop-demo.co.uk/reset?token=]]""",
    # 25 store review, shop named after a street, no PII
    """The {{street_as_brand|Regent Street}} branch of {{brand|Hamleys}} was heaving; waited {{quantity|30 minutes}} to pay. Receipt {{@invoice:####-######}}, {{amount|£42.50}}. Ask for [[oth|Bethany]] on the tills, she was lovely though.""",
    # 26 B2B, German partner, USt-IdNr
    """Dear Mr [[sal|Schneider]],
For the reverse-charge invoice {{@invoice:EU-#####}} we need your VAT ID. The VIES check shows [[@ustid:de]]; is that correct?
Kind regards,
[[sig|Amelia Grant]]
{{brand|Harbour Logistics}}""",
    # 27 insurer reply, adjuster initials, job title
    """Dear Mr [[sal|Adeyemi]],
Your claim {{@num:CLM-#########}} has been settled. {{brand|Aviva}} will pay {{amount|£2,150}} within {{quantity|5 working days}}.
Yours sincerely,
[[sig|K. Moreton]]
{{job_title|Claims Handler}}""",
    # 28 broadband outage, surname first
    """Broadband down for 3 days, engineer no-show. Account {{@num:##########}}, [[address|42 Victoria Street, Hull HU1 3DT]], paying by direct debit from [[@iban:GB:compact]]
[[sig|BRADSHAW, Neil]]
[[@phone:GB:mnat]]""",
    # 29 family, wife named
    """Hi, my wife [[oth|Sophie]] ordered dog food from you ({{@product:DF-####}}) and the wrong size came. Can you swap it? My number is [[@phone:GB:mintl]], email [[email|chris.fenwick@gmail.com]].
[[sig|Chris]]""",
    # 30 council tax, address, signature
    """I moved out of [[address|9 Mill Lane, Bath BA2 4JP]] on {{date|31 August}}. Please close council tax account {{@num:CT########}}. Refund any credit to [[@iban:GB:group]].
Yours faithfully,
[[sig|Margaret Ellison]]""",
    # 31 bank chat, card
    """You: cancel the recurring payment on card [[@card:group]] please
[[oth|Jamie]] ({{brand|Barclays}}): Done, mandate {{@num:RP######}} is cancelled from {{date|today}}.""",
    # 32 e-shop, self-intro "this is"
    """Hello, this is [[intro|Grace Okafor]], I called yesterday about the washing machine from order {{@order:#########}}. Photos attached. Please refund to card [[@card:group]].""",
    # 33 sole trader details in a row
    """Billing details: [[oth|Imran Qureshi]] t/a {{brand|Qureshi Electrical}}, VAT [[@gbvat:gb]], [[address|Unit 4, Canal Side, Birmingham B7 4AA]]""",
    # 34 clinic, Dr in salutation, self-intro mid-sentence
    """Dear Dr [[sal|Lindqvist]],
Attached are the blood results that I, [[intro|Helen Marsh]], had done at the {{brand|Spire}} clinic on {{date|10 January}}. My NHS number is [[@nhs:sp]].
Many thanks""",
    # 35 notice, team sign-off, Royal Mail
    """{{greeting_without_name|Hi}},
Your parcel {{@tracking:@@#########GB}} is waiting at the {{city|Norwich}} delivery office until {{date|Wednesday}}.
{{team_name|Customer Experience}}, {{brand|Royal Mail}}""",
    # 36 B2B order, signature block with e-mail
    """Hello,
Please supply {{quantity|40 pallets}} as per quote {{@num:Q-####}}. Delivery to [[address|Unit 12, Brunel Park, Swindon SN2 8BP]]. Our VAT no. is [[@gbvat:gbsp]].
Regards,
[[sig|Stuart Kerr]]
{{job_title|Procurement}}
[[@phone:GB:intl]]
[[email|s.kerr@westfield-demo.co.uk]]""",
    # 37 NHS, hospital appointment, NHS number no spaces
    """Hi, I need to move my mum's outpatient appointment on {{date|22 May}} at {{time|9:40}}. Her name is [[oth|Patricia Walsh]], NHS number [[@nhs:plain]]. I'm her daughter, [[intro|Claire]], on [[@phone:GB:mnat]] or [[email|claire.walsh@icloud.com]].""",
    # 38 telecom, phone numbers, signature under closing
    """Hi,
My number [[@phone:GB:mintl]] was cut off without warning and the {{amount|£20}} top-up vanished. Case ref {{@ticket:CAS-######-@@@}}. Refund to [[@card:dash]].
Cheers,
[[sig|Dev Patel]]""",
    # 39 energy supplier reply, greeting, card
    """Dear Mr [[sal|Hargreaves]],
We've taken {{amount|£128.00}} for {{date|October}} from card [[@card:plain]]. Your statement {{@invoice:ST########}} is in your online account.
{{team_name|Customer Service}}, {{brand|Octopus Energy}}""",
    # 40 complaint letter with address block
    """[[sig|Ian Fletcher]]
[[address|6 Orchard Close
Ipswich IP4 2LT]]

{{date|12 November 2024}}

{{greeting_without_name|Dear Sir or Madam}},
I have been charged twice for order {{@order:##########}} ({{amount|£219.00}} each). Please refund one payment.
Yours faithfully
[[sig|Ian Fletcher]]""",
]

# =========================================================================== de
ITEMS["de"] = [
    # 01 energy, formal, Frau + surname, signature with phone
    """Sehr geehrte Frau [[sal|Lindemann]],

vielen Dank für Ihr Schreiben vom {{date|8. Oktober}}. Die Jahresabrechnung {{@invoice:RE-########}} weist einen Verbrauch von 6.480 kWh aus, der Zähler {{@meter:1ESY########}} stand am {{date|31.12.}} aber bei 41.207 kWh. Bitte prüfen Sie das.

Mit freundlichen Grüßen
[[sig|Jürgen Hellwig]]
Tel. [[@phone:DE:deslash]]
IBAN für Guthaben: [[@iban:DE:group]]""",
    # 02 parcel chat, agent and driver named
    """{{brand|DHL}} Chat, {{time|10:31}}
Mitarbeiterin [[oth|Svenja]]: Guten Morgen, wie kann ich helfen?
Kunde: sendung {{@tracking:00340434########}} steht seit 4 tagen auf "in zustellung"
Mitarbeiterin [[oth|Svenja]]: Das tut mir leid. Der Fahrer, Herr [[oth|Demir]], bringt sie morgen bis {{time|13 Uhr}}.""",
    # 03 bank, card fraud, signature on the closing line
    """{{greeting_without_name|Guten Tag}},
am {{date|15.03.}} wurden von meiner Kreditkarte [[@card:group]] zwei Beträge à {{amount|249,00 €}} abgebucht, die ich nicht veranlasst habe. Die Karte ist in der App der {{brand|Sparkasse}} gesperrt. Bitte um Rückbuchung auf mein Girokonto [[@iban:DE:group]].
Danke, [[sig|Annika Vogt]]""",
    # 04 review, brand that looks like a person, no PII
    """Jacke bei {{brand|Otto}} bestellt, nach {{quantity|zwei Wochen}} immer noch nicht da. Bestellung {{@order:#########}}, {{amount|129,95 €}}. Der Kundenservice vertröstet mich seit {{date|Montag}}.
[[sig|Yvonne]]""",
    # 05 B2B invoice with company block
    """Hallo Herr [[sal|Yılmaz]],

anbei die Rechnung {{@invoice:RG-#####/24}} für die Wartung der Klimaanlagen im {{date|September}}.

{{brand|Kältetechnik Rhein}} GmbH
USt-IdNr.: [[@ustid:desp]]
IBAN: [[@iban:DE:group]]
Zahlungsziel: {{quantity|14 Tage}} netto

Beste Grüße
[[sig|Carolin Brandt]]
{{job_title|Buchhaltung}}
[[@phone:DE:de0]]""",
    # 06 doctor's office, self-intro "mein Name ist"
    """Guten Tag, mein Name ist [[intro|Merve Aydın]], ich möchte meine Tochter für die U9 anmelden. Wir sind bei der {{brand|AOK}} versichert. Erreichbar bin ich unter [[@phone:DE:mnat]] oder [[email|merve.aydin@gmx.de]].""",
    # 07 municipal office, no PII
    """{{greeting_without_name|Sehr geehrte Damen und Herren}},
seit {{date|Anfang Mai}} ist die Straßenlaterne vor dem Kaufhaus an der {{street_as_brand|Königsallee}} defekt. Meldung {{@ticket:MB-#######}} wurde ohne Reparatur geschlossen.""",
    # 08 rail, passenger rights, refund to IBAN
    """Mein ICE von {{city|Hamburg}} nach {{city|Köln}} am {{date|2. Juni}} hatte {{quantity|94 Minuten}} Verspätung. Den Fahrgastrechte-Antrag {{@ticket:FGR-########}} hat die {{brand|Deutsche Bahn}} abgelehnt. Fahrkarte {{amount|89,90 €}}, Erstattung bitte auf [[@iban:DE:compact]].
[[sig|Tobias Rademacher]]""",
    # 09 hotel review, staff named
    """Hotel direkt an der {{street_as_brand|Kaufingerstraße}} – Lage top, Zimmer laut. Danke an Frau [[oth|Krüger]] von der Rezeption fürs Upgrade. Buchung {{@order:HR########}}, {{quantity|3 Nächte}}.""",
    # 10 insurer claim form
    """Versicherungsnehmer: [[intro|Heinz-Dieter Stölzel]]
Vertragsnummer: {{@contract:HV-########}}
Schadentag: {{date|21.01.2024}}
Schilderung: Wasserrohrbruch im Keller, Schaden ca. {{amount|5.600 €}}.
Bankverbindung: [[@iban:DE:group]]
E-Mail: [[email|hd.stoelzel@t-online.de]]""",
    # 11 quoted reply
    """Danke, ich hole es am Samstag ab.
[[sig|Bine]]

Am {{date|Di., 16. Apr. 2024}} um {{time|11:05}} schrieb [[oth|Markus Jäger]] <[[email|werkstatt@radhaus-jaeger.de]]>:
> Hallo Frau [[sal|Hartwig]], Ihr Fahrrad ist fertig, {{amount|78 €}}. Auftrag {{@order:A-####}}.""",
    # 12 freelancer chat with Steuer-ID
    """[{{time|14:50}}] Kundin: hallo, ich bin [[intro|Jana Wolff]], freiberufliche Grafikerin, brauche ein Geschäftskonto
[{{time|14:51}}] Bank: Gern! Bitte nennen Sie uns Ihre Steuer-ID.
[{{time|14:52}}] Kundin: [[@idnr:sp]]
[{{time|14:52}}] Bank: Danke, Antrag {{@ticket:######}} ist eingegangen. Legitimation hier: [[@url:https://konto.bank-demo.de/ident?sid=]]""",
    # 13 informal, first name, lower case signature
    """Hi [[sal|Steffi]],
kannst du unser {{brand|DATEV}}-Abo bis Ende {{date|Juni}} verlängern? Rechnung wie immer an USt-IdNr. [[@ustid:de]].
danke dir
[[sig|olli]]""",
    # 14 short reply, Steuer-ID and IBAN without labels
    """Hier: [[@idnr]], Konto [[@iban:DE:group]]. Reicht das so?
[[sig|Gerda Pohl]]""",
    # 15 parcel, address with postcode across a line break
    """{{brand|Hermes}} behauptet, ich sei nicht da gewesen. Ich war den ganzen Tag zu Hause:
[[address|Am Mühlbach 7
79100 Freiburg im Breisgau]]
Sendung {{@tracking:H############}}, bezahlt mit Karte [[@card:group]]. Rückruf unter [[@phone:DE:mintl]].
[[sig|Sabrina Keller]]""",
    # 16 forwarded message header
    """---------- Weitergeleitete Nachricht ---------
Von: [[oth|Ute Baumgartner]] <[[email|ute.baumgartner@web.de]]>
Datum: {{date|Mo., 12. Feb. 2024}} um {{time|19:40}}
Betreff: Erstattung

Guten Abend, die Schuhe aus Bestellung {{@order:##########}} habe ich am {{date|29. Januar}} zurückgeschickt, das Geld fehlt noch. Konto: [[@iban:DE:compact]].""",
    # 17 telecom notice, no PII
    """{{greeting_without_name|Liebe Kundin, lieber Kunde}},
ab {{date|1. Juli}} ändert die {{brand|Telekom}} die Preise für {{brand|MagentaZuhause}}. Details unter {{url|https://www.telekom.de/preise}}.
{{team_name|Ihr Telekom Team}}""",
    # 18 bank, mortgage, adviser named
    """Guten Tag,
ich habe in der Filiale in {{city|Essen}} mit Ihrem Berater, Herrn [[oth|Wojcik]], über die Anschlussfinanzierung {{@contract:BF-##########}} gesprochen. Der versprochene Rückruf kam nie.
Mit freundlichen Grüßen
[[sig|Frank Scholz]]
[[@phone:DE:m00]]""",
    # 19 gym web form
    """Name: [[intro|Laura Schmitt]]
E-Mail: [[email|laura.schmitt@gmx.net]]
Telefon: [[@phone:DE:mnat]]
Nachricht: bitte Mitgliedschaft {{@num:MG-######}} für {{quantity|zwei Monate}} ruhen lassen, ich bin beruflich in {{city|Halle}}. Lastschrift-IBAN bleibt [[@iban:DE:compact]].""",
    # 20 invoice, wrong USt-IdNr kept
    """Auf der Rechnung {{@invoice:######}} steht unsere USt-IdNr. als {{@num:DE ### ### ###}}, richtig ist [[@ustid:de]]. Bitte korrigiert neu ausstellen.
{{team_name|Kreditorenbuchhaltung}}, {{brand|Baustoffe Weber}}""",
    # 21 Polish worker, PESEL
    """Guten Tag, ich bin [[intro|Paweł Kamiński]] und arbeite im Lager in {{city|Hamm}}. Das Lohnbüro will meine polnische PESEL: [[@pesel:male]]. Die deutsche Steuer-ID habe ich schon abgegeben. Lohn bitte weiter auf [[@iban:DE:group]].
Danke""",
    # 22 school, child named, teacher signature
    """Liebe Eltern,
[[oth|Finn Schröder]] hat seine Sporttasche in der Umkleide vergessen. Sie kann bis {{date|Freitag}} im Sekretariat abgeholt werden. Das Geld für den Ausflug bitte auf [[@iban:DE:group]].
[[sig|Birgit Lehmann]], {{job_title|Klassenlehrerin 3b}}""",
    # 23 hotel booking, card with dashes
    """Ich bestätige die Buchung vom {{date|11. bis 13. Oktober}}, {{quantity|2 Erwachsene}}. Kreditkarte zur Garantie: [[@card:dash]]. Bestätigung bitte an [[email|k.hofmann@posteo.de]], Rechnung an meine Firma, USt-IdNr. [[@ustid:de]].
[[sig|Kai Hofmann]]""",
    # 24 reset link
    """Der Link zum Passwort-Zurücksetzen funktioniert nicht: [[@url:https://konto.stadtwerke-demo.de/passwort/neu?token=]]
Kundennummer {{@num:##########}}, {{city|Bochum}}. Der alte Link ging auch nicht: [[@url:https://konto.stadtwerke-demo.de/passwort/neu?token=]]""",
    # 25 store review, person-like brand, Zeil
    """Im {{brand|Hugo Boss}} Store auf der {{street_as_brand|Zeil}} {{quantity|20 Minuten}} an der Kasse gewartet. Bon {{@invoice:####-######}}, {{amount|199 €}}. Die Verkäuferin [[oth|Aylin]] war aber sehr nett.""",
    # 26 B2B, Austrian partner, signature
    """Sehr geehrter Herr [[sal|Gruber]],
für die Rechnung {{@invoice:EU-#####}} benötigen wir Ihre UID, sie fehlt auf der Auftragsbestätigung {{@order:AB-####}}. Unsere eigene lautet [[@ustid:de]].
Freundliche Grüße
[[sig|Nadine Kühn]]
{{brand|Alpen-Logistik}} GmbH""",
    # 27 insurer reply, initials, job title
    """Sehr geehrter Herr [[sal|Okonkwo]],
Ihr Schaden {{@num:SN-#########}} ist reguliert. Die {{brand|Allianz}} überweist {{amount|1.980 €}} innerhalb von {{quantity|5 Werktagen}}.
Mit freundlichen Grüßen
[[sig|M. Brückner]]
{{job_title|Sachbearbeiterin Schaden}}""",
    # 28 internet outage, surname first
    """Seit 3 Tagen kein Internet, Techniker nicht gekommen. Kundennummer {{@num:##########}}, [[address|Bahnhofstraße 19, 45127 Essen]], Abbuchung von [[@iban:DE:group]]
[[sig|KRAUSE, Dieter]]
[[@phone:DE:mnat]]""",
    # 29 family, wife named
    """Hallo, meine Frau [[oth|Tanja]] hat bei Ihnen Katzenfutter bestellt ({{@product:KF-####}}), gekommen ist die falsche Sorte. Tauschen Sie das? Meine Nummer [[@phone:DE:mintl]], Mail [[email|ralf.winter@web.de]].
[[sig|Ralf]]""",
    # 30 Bürgeramt, Steuer-ID, address
    """Ich bin zum {{date|1. September}} aus [[address|Gartenweg 4, 04109 Leipzig]] ausgezogen. Für die Abmeldung meine Steuer-ID: [[@idnr:sp]].
Mit freundlichen Grüßen
[[sig|Elfriede Baumann]]""",
    # 31 bank chat, card
    """Sie: bitte die Abbuchung von Karte [[@card:group]] stoppen
[[oth|Jonas]] ({{brand|Commerzbank}}): Erledigt, Lastschrift {{@num:LS######}} ist ab {{date|heute}} gestoppt.""",
    # 32 e-shop, self-intro "hier ist"
    """Hallo, hier ist [[intro|Irina Becker]], ich hatte gestern wegen der Waschmaschine aus Bestellung {{@order:#########}} angerufen. Fotos anbei. Erstattung bitte auf [[@iban:DE:group]].""",
    # 33 freelancer billing details in a row
    """Rechnungsdaten: [[oth|Mehmet Arslan]], {{brand|Arslan Elektrotechnik}}, USt-IdNr. [[@ustid:de]], Steuer-ID [[@idnr]], [[address|Industriestr. 8, 68169 Mannheim]]""",
    # 34 doctor, Dr. in salutation, self-intro mid-sentence
    """Sehr geehrter Herr Dr. [[sal|Albers]],
anbei die Blutwerte, die ich, [[intro|Helga Thiele]], am {{date|10. Januar}} bei {{brand|Synlab}} habe machen lassen. Meine Steuer-ID ([[@idnr:sp]]) brauchen Sie für die Abrechnung nicht, oder?
Vielen Dank""",
    # 35 parcel notice, team sign-off
    """{{greeting_without_name|Hallo}},
Ihr Paket {{@tracking:@@#########DE}} liegt bis {{date|Mittwoch}} in der Filiale {{city|Kiel}} zur Abholung bereit. Abholberechtigt: [[oth|Gisela Maier]].
{{team_name|Ihr Kundenservice}}, {{brand|Deutsche Post}}""",
    # 36 B2B order, signature block with e-mail
    """Guten Tag,
wir bestellen {{quantity|40 Paletten}} laut Angebot {{@num:AN-####}}. Lieferadresse: [[address|Hafenstraße 22, 28217 Bremen]].
Freundliche Grüße
[[sig|Stefan Reinholz]]
{{job_title|Einkauf}}
[[@phone:DE:intl]]
[[email|s.reinholz@nordlager-demo.de]]""",
    # 37 payroll, Steuer-ID plain, self-intro
    """Hallo, ich bin [[intro|Lukas]] aus der Frühschicht. Die Lohnabrechnung für {{date|Oktober}} hat die falsche Steuerklasse. Steuer-ID [[@idnr]], Personalnummer {{@num:P-#####}}.""",
    # 38 telecom, phone number blocked, signature under closing
    """Guten Tag,
meine Nummer [[@phone:DE:mintl]] wurde ohne Vorwarnung gesperrt, das Guthaben von {{amount|15 €}} ist weg. Vorgang {{@ticket:VG-######-@@}}. Guthaben bitte auf [[@iban:DE:group]].
Viele Grüße
[[sig|Serkan Doğan]]""",
    # 39 energy reply, greeting, card
    """Guten Tag Frau [[sal|Schäfer]],
den Abschlag über {{amount|96,00 €}} für {{date|Oktober}} haben wir von Ihrer Karte [[@card:plain]] eingezogen. Die Rechnung {{@invoice:AB########}} finden Sie im Kundenportal.
{{team_name|Ihr Kundenservice}}, {{brand|Vattenfall}}""",
    # 40 complaint letter with address block at the top
    """[[sig|Werner Fuchs]]
[[address|Lindenstraße 31
90402 Nürnberg]]

{{city|Nürnberg}}, {{date|14.11.2024}}

{{greeting_without_name|Sehr geehrte Damen und Herren}},
die Bestellung {{@order:##########}} wurde mir zweimal mit {{amount|219,00 €}} berechnet. Bitte erstatten Sie einen Betrag.
Mit freundlichen Grüßen
[[sig|Werner Fuchs]]""",
]


# ----------------------------------------------------------------------------- main


def build() -> list[dict]:
    rows = []
    for lang in LANGS:
        items = ITEMS[lang]
        assert len(items) == 40, (lang, len(items))
        for i, template in enumerate(items, 1):
            rows.append(fill(f"b10-{lang}-{i:02d}", lang, template))
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
    order = [k for k, _ in kinds.most_common()]
    print("lang  items  no_pii  " + "  ".join(order) + "  keep")
    for lang in LANGS:
        sub = [r for r in rows if r["lang"] == lang]
        kc = collections.Counter(s["kind"] for r in sub for s in r["pii"])
        print(
            f"{lang:4s}  {len(sub):5d}  {sum(not r['pii'] for r in sub):6d}  "
            + "  ".join(f"{kc[k]:{len(k)}d}" for k in order)
            + f"  {sum(len(r['keep']) for r in sub):4d}"
        )
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
