#!/usr/bin/env python3
"""Write data/eval/pii/dev11.jsonl: a dev PII split with checksum ids in a general mix.

280 customer texts (40 each in pl, cs, sk, ru, uk, en, de), each its own
hand-written template, as companies receive them: support e-mails, tickets,
web forms, chats, invoices, letters, CSV/pipe/tab tables and forwarded or
quoted mails (telecom, energy, banks, insurers, clinics, e-shops, couriers,
municipal offices, B2B). The focus is on checksum identifiers as people and
systems really write them: every common label and abbreviation, labels in
another language, long labels, labels on the line above, tables, company
footers, ids in parentheses after a name, inside sentences, in chat answers,
without any label, several in one line. Next to them names, phones, e-mails,
addresses and near-misses that must survive redaction: order/invoice/ticket/
tracking/contract/meter/customer/policy numbers, KRS numbers, sort codes,
BIC/SWIFT codes, dates, amounts and ids with one wrong digit. A dev split: it
may be read and tuned on. Its author did not see the redactor.

The machinery (markup filler, id/phone generators, near-miss generators) is
reused from scripts/make_pii_blind10.py; the templates are new.

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Jadwigo]]        name, context salutation   (also sig / intro / oth)
    [[email|a@b.pl]]       literal PII of a kind (email, phone, address, url_token...)
    [[@pesel]]             PII value drawn by a generator (kind from GEN)
    {{city|Kraków}}        literal keep span with its `what`
    {{@order:####}}        keep value drawn by a generator (what from KEEP_GEN)

Every identifier gets computed check digits and is validated with python-stdnum
(SNILS and the Polish ID card with the published algorithms); every phone number
passes phonenumbers.is_valid_number for its region. Order/invoice/ticket/tracking/
contract/meter/customer/policy numbers, KRS numbers, sort codes and
invalid_checksum_number values fail every identifier check used here (NHS number
included) and are not valid phone numbers of the text's region.

    .venv/bin/python scripts/make_pii_dev11.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_dev11.py --check   # file on disk == output
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
OUT = ROOT / "data" / "eval" / "pii" / "dev11.jsonl"
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
    "krs_number",
    "sort_code",
    "bic",
}
NUMBERED_KEEPS = {
    "order_number",
    "invoice_number",
    "ticket_number",
    "tracking_number",
    "invalid_checksum_number",
    "krs_number",
    "sort_code",
    "bic",
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
    if plid_ok(value):
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
AT_BLZ = ["12000", "20111", "14000", "32000", "60000"]
CH_CLEARING = ["00762", "00230", "08390", "00700", "09000"]


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
    elif cc == "AT":
        bban = rng.choice(AT_BLZ) + digits(rng, 11)
    elif cc == "CH":
        bban = rng.choice(CH_CLEARING) + digits(rng, 12)
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
        "ogrn": lambda: gen_ogrn(rng),
        "innp": lambda: gen_inn(rng, "12"),
        "ustid": lambda: gen_ustid(rng, "plain"),
        "icdph": lambda: gen_icdph(rng, "plain"),
        "gbvat": lambda: gen_gbvat(rng, "plain"),
        "iban": lambda: gen_iban(rng, style + ":compact"),
    }
    kind, _, style = fmt.partition(":")
    while True:
        v = base[kind]()
        i = len(v) - 1 if rng.random() < 0.6 else rng.randrange(len(v))
        while not v[i].isdigit() or (kind == "iban" and i < 4):
            i = rng.randrange(len(v))
        v = v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1 :]
        if kind == "rc" and style == "slash":
            v = v[:6] + "/" + v[6:]
        if kind == "card" and style == "group":
            v = group(v, (4, 4, 4, 4))
        if kind == "nip" and style == "dash":
            v = group(v, (3, 3, 2, 2), "-")
        if kind == "iban":
            v = group(v, [4] * 8)
        if kind in ("ustid", "gbvat", "icdph"):
            v = {"ustid": "DE", "gbvat": "GB", "icdph": "SK"}[kind] + v
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
    "customer": ("invalid_checksum_number", gen_pattern),
    "policy": ("invalid_checksum_number", gen_pattern),
    "krs": ("krs_number", gen_pattern),
    "sort": ("sort_code", gen_pattern),
    "product": ("product_code", gen_pattern),
}


# --------------------------------------------------------------------------- parser

TOKEN = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}", re.S)


def fill(item_id, lang, template):
    rng = random.Random("d11:" + item_id)
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
    # 01 energy, PESEL in a sentence, lower case label
    """Dzień dobry,
chcę przepisać umowę na prąd po zmarłym ojcu. mój pesel to [[@pesel:female]], numer klienta {{@customer:##########}}, licznik {{@meter:########}}. Odczyt z {{date|2 marca}}: 8 411 kWh.
[[sig|Bożena Zalewska]]""",
    # 02 B2B footer with KRS, NIP, REGON
    """W załączeniu korekta faktury {{@invoice:FK/###/2024}} na kwotę {{amount|-1 230,00 zł}}.

Pozdrawiam
[[sig|Marta Olszewska]]
{{job_title|Dział Księgowości}}
{{brand|Drewmet Kowalczyk}} Sp. z o.o., [[address|ul. Przemysłowa 41, 87-100 Toruń]]
Sąd Rejonowy w Toruniu, VII Wydział Gospodarczy KRS, KRS {{@krs:0000######}}, NIP [[@nip:dash]], REGON [[@regon:9]], kapitał zakładowy {{amount|100 000 zł}}""",
    # 03 web form key: value, label above
    """Formularz reklamacyjny
Imię i nazwisko:
[[intro|Grzegorz Pawlak]]
Numer PESEL:
[[@pesel:male]]
Nr dowodu osobistego:
[[@plid]]
Numer zamówienia:
{{@order:ZAM-#######}}
Numer rachunku do zwrotu:
[[@iban:PL:nrb]]
Opis: pralka przecieka od {{date|pierwszego prania}}.""",
    # 04 chat, answer to agent question
    """Konsultant ({{brand|Play}}): Proszę podać PESEL właściciela umowy.
Klient: [[@pesel]]
Konsultant: Dziękuję. A numer umowy?
Klient: {{@contract:UM/#######/24}}, a firma na umowie ma NIP [[@nip]]
Konsultant: Widzę, że abonament kończy się {{date|30.11.2024}}.""",
    # 05 invoice data line with slashes
    """Proszę wystawić fakturę na firmę: {{brand|Usługi Remontowe Kubiak}}, [[address|ul. Lipowa 3, 05-500 Piaseczno]], NIP/REGON: [[@nip]] / [[@regon:9]]. Zamówienie {{@order:#########}}, płatność przelewem.
[[sig|Adam Kubiak]]""",
    # 06 no PII, near-misses only
    """Nie działa przelew zwrotu, status zgłoszenia {{@ticket:ZG-########}} od {{date|tygodnia}} bez zmian. Kwota {{amount|349,00 zł}}, numer transakcji {{@num:############}}. Proszę o informację, zwrot na rachunek [[@iban:PL:nrb]].
[[sig|Weronika Stępień]]""",
    # 07 bank, NRB with and without spaces, BIC
    """Szanowni Państwo,
proszę o zmianę rachunku do spłaty kredytu {{@contract:KH-########}}. Stary rachunek: [[@iban:PL:nrbc]]
Nowy rachunek: [[@iban:PL:nrb]] ({{brand|mBank}}, BIC {{bic|BREXPLPWMBK}})
Z poważaniem
[[sig|Jerzy Kołodziej]]""",
    # 08 PESEL with wrong digit then correct one
    """W formularzu wpisałam PESEL {{@bad:pesel}} – to pomyłka, ostatnia cyfra jest zła. Prawidłowy: [[@pesel:female]]. Proszę poprawić w polisie {{@policy:PZU/########}}.
Pozdrawiam, [[sig|Edyta Wasilewska]]""",
    # 09 clinic, child PESEL, parent self-intro
    """Dzień dobry, nazywam się [[intro|Sylwia Jaworska]], chciałabym zapisać syna [[oth|Kubę]] do pediatry na {{date|czwartek}} po {{time|15:00}}, przychodnia {{brand|Medicover}} na {{street_as_brand|Bora-Komorowskiego}}. PESEL dziecka [[@pesel:child-male]], mój telefon [[@phone:PL:mg3]].""",
    # 10 pipe table, employees list for insurance
    """Lista osób do ubezpieczenia grupowego:
| Imię i nazwisko | PESEL | Data zgłoszenia |
| [[oth|Anna Borkowska]] | [[@pesel:female]] | {{date|01.12.2024}} |
| [[oth|Mariusz Sikora]] | [[@pesel:male]] | {{date|01.12.2024}} |
Polisa nr {{@policy:GR-######}}.""",
    # 11 e-shop B2B form, VAT ID label in English
    """Firma: {{brand|Elektro-Bud}} s.c.
VAT ID: [[@nip:pl]]
Adres dostawy: [[address|ul. Spacerowa 12, 76-200 Słupsk]]
Osoba kontaktowa: [[oth|Henryk Maciejewski]], [[@phone:PL:mintl]]
Uwagi: proszę o fakturę VAT, zamówienie {{@order:####-####}}""",
    # 12 telecom complaint, ID card with space
    """Reklamuję fakturę {{@invoice:F########}} za {{date|październik}} – naliczono roaming, a nie wyjeżdżałem. Dane do weryfikacji: seria i numer dowodu [[@plid:sp]], numer telefonu na umowie [[@phone:PL:mnat]].
[[sig|Łukasz Sobczak]]""",
    # 13 courier, no PII
    """Paczka {{@tracking:##############}} (nadawca: {{brand|Meblex}}, KRS {{@krs:0000######}}) utknęła w oddziale w {{city|Strykowie}}. Kurier miał przyjechać {{date|wczoraj}} między {{time|10:00}} a {{time|14:00}}. Proszę o pilny kontakt mailowy.""",
    # 14 forwarded mail with company data
    """-----Wiadomość oryginalna-----
Od: [[oth|Piotr Szczepański]] <[[email|p.szczepanski@budmax-demo.pl]]>
Wysłano: {{date|wtorek, 5 listopada 2024}} {{time|09:14}}
Temat: dane do umowy

Nasze dane: {{brand|BUDMAX}} Sp. z o.o., NIP [[@nip:dash2]], REGON [[@regon:14]], KRS {{@krs:0000######}}, konto [[@iban:PL:group]].""",
    # 15 municipal office, letter
    """Urząd Gminy – podanie
Ja, [[intro|Krystyna Dąbrowska]], zam. [[address|Wola Rzędzińska 118, 33-150 Wola Rzędzińska]], PESEL [[@pesel:female]], wnoszę o wydanie zaświadczenia o niezaleganiu w podatkach za rok {{date|2023}}.
Opłatę skarbową {{amount|21 zł}} wpłaciłam {{date|14.10.2024}} z rachunku [[@iban:PL:nrbc]].""",
    # 16 card, chat to bank
    """Ja: zgubiłem kartę, numer [[@card:group]], proszę zablokować
Bot {{brand|Pekao}}: Aby potwierdzić tożsamość, podaj ostatnie 4 cyfry numeru PESEL.
Ja: [[@pesel:male]] cały proszę
Bot: Dziękujemy, karta zastrzeżona {{time|22:47}}.""",
    # 17 CSV export
    """Eksport z CRM ({{date|2024-11-08}}):
klient;nip;regon;telefon
{{brand|Hurtownia Nabiał-Pol}};[[@nip]];[[@regon:9]];[[@phone:PL:nat]]
{{brand|Piekarnia Złoty Kłos}};[[@nip]];[[@regon:14]];[[@phone:PL:nat]]""",
    # 18 insurer, ID with wrong digit kept
    """Szanowna Pani [[sal|Ewo]],
numer dowodu osobistego {{invalid_checksum_number|ABC 123456}} podany we wniosku jest nieprawidłowy. Prosimy o przesłanie poprawnego numeru odpowiedzią na tę wiadomość.
{{team_name|Zespół Obsługi Klienta}} {{brand|Warta}}
TUiR Warta S.A., KRS {{@krs:0000######}}, NIP [[@nip:dash]]""",
    # 19 reply with the ID
    """> Prosimy o przesłanie poprawnego numeru dowodu.
Przepraszam, pomyliłam się: [[@plid]]. Wniosek {{@ticket:WN-######}} z {{date|4 listopada}}, opłata {{amount|30 zł}}.
[[sig|Ewa Michalak]]
[[@phone:PL:mg3dash]]""",
    # 20 no PII, dates and amounts
    """Abonament za {{amount|59,99 zł}} miesięcznie od {{date|1 stycznia}} wzrósł do {{amount|69,99 zł}}, a umowa {{@contract:######/####}} gwarantowała stałą cenę. Proszę o korektę faktur od {{date|lutego}}. Umowa jest na firmę, NIP [[@nip:dash]].""",
    # 21 long label with words between label and number
    """Numer identyfikacji podatkowej (NIP) naszej spółki, który był na poprzednich fakturach: [[@nip]]. Teraz na fakturze {{@invoice:FV/####/24}} pojawił się inny, {{@bad:nip}}, proszę poprawić.
[[sig|Jolanta Baran]], {{brand|Sklep Ogrodniczy Baran}}""",
    # 22 sole trader self-introduction with ids in parentheses
    """Dzień dobry, piszę w imieniu własnej firmy – [[intro|Daniel Ostrowski]] (NIP [[@nip]], REGON [[@regon:9]]). Od {{date|1 stycznia}} chcę zmienić taryfę gazową z {{product_code|W-3.6}} na {{product_code|W-4}} dla lokalu przy [[address|ul. Hallera 9, 80-401 Gdańsk]]. Punkt poboru: {{@meter:PL00########}}.""",
    # 23 wrong card number, keep
    """Próbowałam dodać kartę {{@bad:card:group}} do aplikacji, ale wyskakuje błąd "nieprawidłowy numer". Karta jest nowa, wydana {{date|10.09.2024}}. Co robić?
[[sig|Agnieszka Rutkowska]]""",
    # 24 e-mail, IBAN with PL prefix compact
    """Witam, zwrot za bilet {{@num:IC-###########}} proszę przelać na [[@iban:PL:compact]], właściciel rachunku [[oth|Zofia Gajewska]] (moja mama). Bilet był na {{date|17.10}}, {{amount|159,90 zł}}. Dziękuję.
[[sig|Kamil Gajewski]]""",
    # 25 tab table
    """Zestawienie kontrahentów do weryfikacji na białej liście:
Nazwa\tNIP\tRachunek
{{brand|Transbet}}\t[[@nip]]\t[[@iban:PL:nrbc]]
{{brand|Agromax}}\t[[@nip]]\t[[@iban:PL:nrbc]]
Sprawdzone: {{date|12.11.2024}}""",
    # 26 courier with PESEL of recipient (pharmacy parcel)
    """Kurier nie chciał wydać przesyłki {{@tracking:##########}} z lekami bez okazania dowodu. Podałem mu PESEL żony, [[@pesel:female]], i nr dowodu [[@plid]], ale to nie wystarczyło. Przesyłka za {{amount|0 zł}} (opłacona), zamówienie apteki {{@order:AP-######}}. Proszę o ponowną dostawę na [[address|ul. Słoneczna 5A, 43-300 Bielsko-Biała]].""",
    # 27 no PII, app
    """Aplikacja w wersji {{version|5.12.1}} wylogowuje mnie co {{quantity|5 minut}}. Zgłoszenie {{@ticket:#######}} zamknięte bez rozwiązania. Telefon z Androidem {{version|14}}.""",
    # 28 PESEL without label, context clear
    """Dzień dobry, do wniosku o kartę dużej rodziny podaję dane trojga dzieci: [[@pesel:child-female]], [[@pesel:child-male]], [[@pesel:child-male]]. Wniosek złożony {{date|3 września}}, numer sprawy {{@ticket:KDR/####/24}}, poprzednia karta ważna do {{date|31.08.2024}}.
[[sig|Monika Czarnecka]]""",
    # 29 gas, German label in Polish text
    """Moja firma ma siedzibę w Niemczech, dlatego na fakturze proszę podać USt-IdNr. [[@ustid:de]] zamiast polskiego NIP. Adres: {{brand|Holzbau Lange}} GmbH, [[address|Kirchweg 3, 02826 Görlitz]]. Dotyczy faktur {{@invoice:FV/###/10/2024}} i {{@invoice:FV/###/11/2024}}.
[[sig|Tomasz Lange]]""",
    # 30 municipal, property tax, REGON 14 of a branch
    """Decyzja podatkowa {{@num:PN.3120.####.2024}} została wysłana na zły adres oddziału. REGON oddziału: [[@regon:14]], REGON spółki: [[@regon:9]]. Prawidłowy adres: [[address|ul. Kolejowa 17, 58-100 Świdnica]]. Termin płatności pierwszej raty {{date|15 marca}}, {{amount|1 204 zł}}.""",
    # 31 clinic chat, short answers
    """Rejestracja: Poproszę PESEL pacjenta.
Pacjent: [[@pesel:male]]
Rejestracja: Pan [[sal|Zbigniew]]? Termin {{date|18 listopada}}, {{time|8:30}}, gabinet {{quantity|12}}.
Pacjent: tak, dziękuję""",
    # 32 B2B, NIP with PL and space
    """Szanowny Panie [[sal|Marku]],
potwierdzam zamówienie {{@order:PO-#####}}. Dane nabywcy do faktury WDT: {{brand|Polfarb}} S.A., NIP UE: [[@nip:plsp]]. Termin dostawy {{date|do 20 grudnia}}.
[[sig|Kinga Sadowska]]""",
    # 33 bank card dash, phone
    """Zablokujcie proszę kartę [[@card:dash]] – telefon z aplikacją został skradziony. Nowy numer kontaktowy [[@phone:PL:mintl]]. Zgłoszenie na policji {{@num:RSD-#####/24}} z {{date|dzisiaj}}, {{time|7:40}}.
[[sig|Robert Marciniak]]""",
    # 34 no PII, KRS and BIC are public
    """Proszę o potwierdzenie danych banku do przelewu zagranicznego: BIC {{bic|PKOPPLPW}}, numer KRS banku {{@krs:0000######}}. Kwota {{amount|2 400 EUR}}, data {{date|15.11.2024}}.""",
    # 35 several ids separated by commas, ID card on line
    """Dane pełnomocnika: [[oth|Irena Kaczmarek]], PESEL [[@pesel:female]], dowód osobisty [[@plid]], adres [[address|ul. Wiśniowa 22 m. 4, 20-050 Lublin]]. Pełnomocnictwo z {{date|2 października 2024}}, sprawa {{@ticket:SO/####/24}}, opłata {{amount|17 zł}}.""",
    # 36 signature with NIP under name (freelancer)
    """W załączniku rachunek {{@invoice:R/##/2024}} za tłumaczenie ({{quantity|48 stron}}).

[[sig|Natalia Kozieł]]
Tłumacz przysięgły
NIP [[@nip]]
[[@iban:PL:nrb]]""",
    # 37 quoted reply
    """> Proszę podać numer konta do zwrotu nadpłaty {{amount|212,40 zł}}.
Konto: [[@iban:PL:group]]
> oraz PESEL lub NIP (faktura {{@invoice:PGE/########}})
pesel: [[@pesel:male]]
dzięki, [[sig|Wiktor]]""",
    # 38 telecom, ticket, email, no id
    """Witam, od {{date|poniedziałku}} nie działa internet światłowodowy pod adresem [[address|ul. Akacjowa 8, 96-100 Skierniewice]]. Kontakt: [[email|m.wrona@interia.pl]], [[@phone:PL:mg3]]. Zgłoszenie {{@ticket:INC-#######}}.""",
    # 39 self-intro with ids in a row, lower case labels
    """jestem [[intro|Patrycja Nowicka]], pesel [[@pesel:female]], nr dowodu [[@plid:sp]], chcę odzyskać dostęp do konta w {{brand|Alior}}, zablokowało się po {{quantity|3}} próbach {{date|wczoraj}} ok. {{time|21:10}}""",
    # 40 NIP near-miss as customer number, signature
    """Numer klienta {{@customer:##########}} to nie jest NIP, proszę go nie wpisywać jako NIP na fakturze. Nasz NIP to [[@nip:dash]].
Z poważaniem
[[sig|Leszek Wójtowicz]]
{{brand|Auto-Serwis Wójtowicz}}""",
]


# =========================================================================== cs
ITEMS["cs"] = [
    # 01 energy, rodné číslo in a sentence
    """Dobrý den,
přepisuji odběrné místo po mamince. Moje rodné číslo je [[@rc:slash-female]], číslo odběrného místa {{@meter:EAN ##########}}, stav elektroměru k {{date|1. 10.}}: 23 118 kWh.
S pozdravem
[[sig|Jana Procházková]]""",
    # 02 B2B footer, IČO DIČ, spisová značka
    """Fakturu {{@invoice:FA-####-###}} jsme zaslali i poštou.

Ing. [[sig|Petr Dvořák]]
{{job_title|obchodní ředitel}}
{{brand|Stavebniny Horák}} s.r.o., [[address|Průmyslová 1120, 530 03 Pardubice]]
IČO: [[@ico]], DIČ: [[@ico:cz]]
zapsaná v obchodním rejstříku vedeném Krajským soudem v Hradci Králové, oddíl C, vložka 18442""",
    # 03 IČO inside sentence
    """Dobrý den, IČO naší firmy je [[@ico]] a na faktuře {{@invoice:########}} máte uvedené {{@bad:ico}}, což neexistuje. Prosím o opravný daňový doklad.
[[sig|Lenka Marešová]]""",
    # 04 chat, agent asks for birth number
    """Operátor ({{brand|O2}}): Pro ověření prosím rodné číslo držitele smlouvy.
Zákazník: [[@rc:plain-male]]
Operátor: Děkuji. Vidím smlouvu {{@contract:SML-#######}} (plátce {{brand|Instalatérství Beran}}, IČO [[@ico]]), závazek končí {{date|31. 3. 2025}}.
Zákazník: chci ji ukončit""",
    # 05 no PII
    """Balík {{@tracking:DR##########CZ}} leží na depu v {{city|Brně}} od {{date|pondělí}}. Zásilkovna tvrdí, že to je chyba dopravce. Objednávka {{@order:#######}}, {{amount|1 290 Kč}}, dobírka na jméno [[oth|Radka Šindelářová]], tel. [[@phone:CZ:mg3]].""",
    # 06 bank account change, CZ IBAN and domestic account
    """Prosím o změnu účtu pro inkaso záloh. Nový účet: [[@iban:CZ:group]] ({{brand|Fio banka}}, BIC {{bic|FIOBCZPP}}). Zákaznické číslo {{@customer:#########}}, platí od zálohy za {{date|prosinec}}.
Děkuji, [[sig|Tomáš Kratochvíl]]""",
    # 07 web form key:value
    """Jméno a příjmení: [[intro|Veronika Šimková]]
Datum narození: {{date|14. 6. 1988}}
Rodné číslo: [[@rc:slash-female]]
Telefon: [[@phone:CZ:mg3]]
E-mail: [[email|veronika.simkova@seznam.cz]]
Zpráva: žádám o vrácení přeplatku {{amount|2 340 Kč}}.""",
    # 08 B2B, Slovak partner, IČ DPH
    """Dobrý den pane [[sal|Nováku]],
pro fakturaci na slovenskou pobočku potřebujeme jejich IČ DPH: [[@icdph:sk]] a IČO [[@ico]]. Objednávka {{@order:OBJ-#####}}.
S pozdravem [[sig|Hana Benešová]]""",
    # 09 card compromised
    """Na výpisu mám platbu {{amount|4 999 Kč}} z {{date|12. 11.}}, kterou jsem neprovedl. Karta [[@card:group]], účet [[@iban:CZ:compact]]. Kartu jsem zablokoval v aplikaci {{brand|George}}.
[[sig|Martin Kučera]]""",
    # 10 pipe table employees
    """Seznam zaměstnanců k přihlášení na zdravotní pojišťovnu:
| Jméno | Rodné číslo | Nástup |
| [[oth|Lukáš Pokorný]] | [[@rc:slash-male]] | {{date|1. 12. 2024}} |
| [[oth|Tereza Sýkorová]] | [[@rc:slash-female]] | {{date|1. 12. 2024}} |""",
    # 11 DIČ label only, with CZ, in English
    """Hello, please issue the invoice to our Czech entity: {{brand|Lesní Služby}} a.s., VAT no. [[@ico:cz]], [[address|Nádražní 44, 370 01 České Budějovice]]. PO {{@order:PO######}}.
[[sig|Radek Fiala]]""",
    # 12 child birth number, clinic
    """Dobrý den, objednávám dceru [[oth|Elišku]] na preventivní prohlídku. Rodné číslo [[@rc:slash-child-female]], pojišťovna {{brand|VZP}}. Nejlépe {{date|v úterý}} ráno. Jsem její otec, [[intro|Jakub Vacek]], tel. [[@phone:CZ:mintl]].""",
    # 13 no PII
    """Aplikace {{brand|Můj vlak}} verze {{version|3.8.2}} mi strhla jízdenku dvakrát, {{amount|2 × 189 Kč}}. Reklamace {{@ticket:RK-######}} zatím bez odpovědi. Peníze prosím vrátit na [[@iban:CZ:compact]].
[[sig|Vojtěch Král]]""",
    # 14 forwarded mail with company ids
    """---------- Přeposlaná zpráva ---------
Od: [[oth|Milan Havlíček]] <[[email|havlicek@truhlarstvi-demo.cz]]>
Datum: {{date|čt 7. 11. 2024}} {{time|15:02}}

Naše údaje pro smlouvu: Truhlářství Havlíček, IČ [[@ico:sp]], DIČ [[@ico:cz]], č. ú. [[@iban:CZ:group]]""",
    # 15 self-intro, rodné číslo without slash
    """Jmenuji se [[intro|Karel Růžička]] a chtěl bych zrušit předplatné. RČ [[@rc:plain-male]], smlouva {{@contract:#########}}. Poslední platba {{date|5. listopadu}}.""",
    # 16 municipal office, letter header
    """[[sig|Marie Kopecká]]
[[address|Zahradní 12, 664 34 Kuřim]]
r. č. [[@rc:slash-female]]

Městský úřad Kuřim
Věc: žádost o prominutí poplatku za odpad za rok {{date|2024}} ({{amount|900 Kč}}, variabilní symbol {{@num:##########}})""",
    # 17 no PII, wrong birth number kept
    """Ve formuláři {{date|dnes}} v {{time|9:12}} mi to hlásí „neplatné rodné číslo“ u {{@bad:rc:slash}}, i když jsem ho opsal z občanky. Formulář {{@ticket:F-#####}}, prohlížeč {{brand|Firefox}} {{version|131}}.""",
    # 18 CSV suppliers
    """dodavatel,ico,dic,ucet
{{brand|Pekárna U Mlýna}},[[@ico]],[[@ico:cz]],[[@iban:CZ:compact]]
{{brand|Mlékárna Hlinsko}},[[@ico]],[[@ico:cz]],[[@iban:CZ:compact]]""",
    # 19 insurer, policy and ids
    """Vážená paní [[sal|Svobodová]],
k pojistné události {{@policy:PU-########}} potřebujeme číslo účtu pro výplatu plnění {{amount|18 600 Kč}}. Odpovězte prosím na tento e-mail.
{{team_name|Likvidace pojistných událostí}}, {{brand|Kooperativa}}""",
    # 20 reply with account
    """> potřebujeme číslo účtu pro výplatu plnění
Účet: [[@iban:CZ:group]], majitel účtu [[oth|Alena Svobodová]] (já). Rodné číslo pro kontrolu [[@rc:slash-female]]. Škoda vznikla {{date|2. 11.}} při vichřici.
[[sig|A. Svobodová]]""",
    # 21 B2B short, several ids with slashes
    """IČO/DIČ: [[@ico]] / [[@ico:cz]], sídlo [[address|Husova 8, 602 00 Brno]]. Prosíme doplnit do objednávky {{@order:##-#####}} ze {{date|dne 6. 11.}}, celkem {{amount|84 700 Kč}} bez DPH.""",
    # 22 telecom complaint
    """Reklamuji vyúčtování {{@invoice:########}} za {{date|září}}, účtovali mi {{amount|1 450 Kč}} za data v roamingu. Číslo [[@phone:CZ:mnat]], zákaznické číslo {{@customer:#########}}.
[[sig|Pavla Urbanová]]""",
    # 23 long label
    """Identifikační číslo osoby (IČO), pod kterým podnikám jako OSVČ: [[@ico]]. Prosím o zaslání potvrzení o zaplacení zálohy {{amount|3 852 Kč}} za {{date|říjen}}.
[[sig|Ondřej Beneš]]""",
    # 24 e-shop, IBAN SK in Czech text
    """Vrácení peněz za objednávku {{@order:#########}} prosím na můj slovenský účet [[@iban:SK:group]], kartou [[@card:plain]] to nešlo ({{amount|2 150 Kč}}, vráceno {{date|8. 11.}}). Děkuji, [[sig|Zuzana Hrubá]]""",
    # 25 chat short answers
    """Agent: Zadejte prosím IČO firmy.
Zákazník: [[@ico]]
Agent: Děkuji, firma {{brand|Autodoprava Zeman}}. Co pro vás mohu udělat?
Zákazník: potřebujeme přidat řidiče [[oth|Jiří Zeman]] k tankovací kartě {{@num:CCS ####}} od {{date|pondělí}}""",
    # 26 no PII
    """Dobrý den, kdy bude opět skladem vysavač {{product_code|VX-4410}}? Sleduji ho od {{date|srpna}} a cena vzrostla z {{amount|3 990 Kč}} na {{amount|4 490 Kč}}. Kupuji na firmu, IČO [[@ico]].
[[sig|Dana Holubová]]""",
    # 27 address and phone, no id
    """Technik nepřišel ({{amount|490 Kč}} za výjezd stejně naúčtováno, účet [[@iban:CZ:group]]), čekala jsem celý den na adrese [[address|Lipová 221/7, 460 01 Liberec]]. Volejte na [[@phone:CZ:m00]]. Zakázka {{@ticket:ZK######}}, termín byl {{date|8. 11.}} {{time|8–12 h}}.
[[sig|Blanka Musilová]]""",
    # 28 German label Czech text
    """Jako zaměstnanec v Německu jsem dostal Steuer-ID [[@idnr]], moje české rodné číslo je [[@rc:slash-male]]. Která čísla mám uvést ve formuláři {{@num:DP-####}} za rok {{date|2023}}? Příjem v Německu {{amount|41 200 €}}.
[[sig|Roman Kolář]]""",
    # 29 signature block with ids and phone
    """Děkujeme za spolupráci na uzávěrce za {{date|říjen}}, faktura {{@invoice:######}} je v příloze.

[[sig|Ivana Čermáková]]
{{brand|Účetnictví Čermáková}}
IČ: [[@ico]] | DIČ: [[@ico:cz]]
mobil: [[@phone:CZ:mintl]]
[[email|cermakova@ucetnictvi-demo.cz]]""",
    # 30 pension fund, rodné číslo after name in parentheses
    """Žádám o převod penzijního spoření pro [[oth|Václav Jelínek]] ([[@rc:slash-male]]) k jinému fondu ke dni {{date|1. 1. 2025}}. Smlouva {{@contract:PS########}}.""",
    # 31 tab table
    """Přehled plateb:
Datum\tČástka\tÚčet plátce
{{date|02.10.2024}}\t{{amount|1 200 Kč}}\t[[@iban:CZ:compact]]
{{date|02.11.2024}}\t{{amount|1 200 Kč}}\t[[@iban:CZ:compact]]""",
    # 32 salutation, courier
    """Dobrý den paní [[sal|Vlčková]],
zásilka {{@tracking:##########}} bude doručena {{date|zítra}} mezi {{time|8:00}} a {{time|12:00}}. Řidič [[oth|Patrik]] vám zavolá.
{{team_name|Zákaznická podpora}} {{brand|PPL}}""",
    # 33 self intro lower case, DIC only
    """tady [[intro|honza vondráček]], potřebuju fakturu na firmu, dič [[@ico:cz]], objednávka {{@order:#######}} z {{date|úterka}} za {{amount|6 480 Kč}}. díky""",
    # 34 no PII, wrong IČO kept
    """Systém u objednávky {{@order:###-#####}} nepřijal IČO {{@bad:ico}}. Zkontrolujte prosím validaci, u jiných firem to funguje.""",
    # 35 insurer, card and rodné číslo
    """Pojistné za {{date|prosinec}} se nestrhlo z karty [[@card:group]]. Pojištěný: [[oth|Filip Matějka]], RČ [[@rc:plain-male]], pojistka {{@policy:##########}}.""",
    # 36 municipal, parking permit
    """Žádám o rezidentní parkovací kartu pro vozidlo {{product_code|2BX 4411}} od {{date|1. 1. 2025}}, poplatek {{amount|1 200 Kč}}. Bydliště: [[address|Mánesova 15, 120 00 Praha 2]]. Kontakt [[email|l.novotna@email.cz]], [[@phone:CZ:mg3]].
[[sig|Lucie Novotná]]""",
    # 37 B2B, Austrian IBAN
    """Platbu za fakturu {{@invoice:####/2024}} prosím zašlete na náš rakouský účet [[@iban:AT:group]], BIC {{bic|BKAUATWW}}. Variabilní symbol {{@num:##########}}.
[[sig|Stanislav Pospíšil]]""",
    # 38 chat, rodné číslo answer with spaces around slash
    """Bot: Pro dokončení žádosti napište rodné číslo.
Vy: [[@rc:slash-female]]
Bot: Děkujeme. Žádost {{@ticket:Z-#######}} byla přijata {{date|dnes}} v {{time|10:41}}.""",
    # 39 long e-mail B2B
    """Dobrý den pane [[sal|Šťastný]],
posílám údaje nového odběratele: {{brand|Vinařství Skalka}} s.r.o., [[address|Sklepní 3, 691 06 Velké Pavlovice]], IČO [[@ico]], DIČ [[@ico:cz]], bankovní spojení [[@iban:CZ:group]]. Splatnost {{quantity|30 dní}}, limit {{amount|200 000 Kč}}.
S pozdravem
[[sig|Kateřina Doležalová]]
[[@phone:CZ:mintl]]""",
    # 40 short review, no PII
    """Objednávka {{@order:#########}} dorazila za {{quantity|2 dny}}, vše v pořádku. Jen faktura {{@invoice:##########}} měla špatnou adresu, opraveno do hodiny. Doporučuji {{brand|Alza}}.""",
]


# =========================================================================== sk
ITEMS["sk"] = [
    # 01 energy, rodné číslo in a sentence
    """Dobrý deň,
moje rodné číslo je [[@rcsk:slash-male]] a odberné miesto {{@meter:SKSSE##########}}. Prosím o preklopenie zmluvy na mňa od {{date|1. decembra}}.
S pozdravom
[[sig|Miroslav Baláž]]""",
    # 02 footer of Slovak company
    """Ďakujeme za objednávku {{@order:OBJ-######}}.

{{brand|Drevo-Tatry}} s.r.o., [[address|Priemyselná 9, 058 01 Poprad]]
IČO: [[@ico]] DIČ: [[@icdph:plain]] IČ DPH: [[@icdph:sk]]
Zapísaná v Obchodnom registri Okresného súdu Prešov, oddiel Sro, vložka 30112/P
IBAN: [[@iban:SK:group]]""",
    # 03 chat with agent
    """Agent ({{brand|Telekom}}): Prosím, uveďte rodné číslo majiteľa čísla.
Zákazník: [[@rcsk:plain-female]]
Agent: Ďakujem, pani [[sal|Horváthová]]. Platby idú z účtu [[@iban:SK:group]]. Vidím faktúru {{@invoice:##########}} na {{amount|38,90 €}}.""",
    # 04 no PII
    """Zásielka {{@tracking:SK##########}} je od {{date|štvrtka}} v stave „na ceste“. Objednávka {{@order:#######}}, suma {{amount|64,50 €}}. Prosím o preverenie, volajte [[@phone:SK:mnat]].
[[sig|Erik Molnár]]""",
    # 05 web form
    """Meno: [[intro|Katarína Vargová]]
Rodné číslo: [[@rcsk:slash-female]]
IBAN na vrátenie: [[@iban:SK:compact]]
Telefón: [[@phone:SK:mg3]]
Dôvod: dvojitá platba za {{date|október}}, {{amount|2 × 24,99 €}}, faktúra {{@invoice:##########}}""",
    # 06 IČ DPH in sentence, with space
    """Dobrý deň, naše IČ DPH je [[@icdph:sksp]], na faktúre {{@invoice:FV######}} chýba. Bez neho nám účtovníčka faktúru nezaúčtuje.
[[sig|Peter Kováč]], {{brand|Kováč Elektro}}""",
    # 07 pipe table
    """| Meno | Rodné číslo | Poisťovňa |
| [[oth|Andrej Novák]] | [[@rcsk:slash-male]] | {{brand|Dôvera}} |
| [[oth|Simona Nováková]] | [[@rcsk:slash-female]] | {{brand|Union}} |
| [[oth|Tobias Novák]] | [[@rcsk:slash-child-male]] | {{brand|Dôvera}} |""",
    # 08 bank card stolen
    """Včera večer mi ukradli peňaženku. Prosím zablokovať kartu [[@card:group]] a skontrolovať platby z účtu [[@iban:SK:group]] po {{time|21:00}}. Hlásenie na polícii: {{@num:ČVS-####/####}}.
[[sig|Lucia Kollárová]]""",
    # 09 no PII
    """Aplikácia {{brand|Tatra banka}} verzia {{version|7.4}} padá pri otvorení výpisu za {{date|september}}. Telefón {{brand|Samsung}} A54. Tiket {{@ticket:TB-######}}. Účet, ktorého sa to týka: [[@iban:SK:group]].""",
    # 10 Czech company in Slovak text
    """Pre česko-slovenskú zákazku potrebujeme údaje oboch firiem: slovenská IČO [[@ico]], IČ DPH [[@icdph:sk]]; česká DIČ [[@ico:cz]]. Zmluva {{@contract:ZM-#####}} na {{amount|18 400 €}}, podpis {{date|20. 11.}}.
[[sig|Martina Hudecová]]""",
    # 11 self intro, municipal
    """Volám sa [[intro|Ján Mikuláš]], bytom [[address|Hlavná 112, 040 01 Košice]]. Žiadam o vydanie potvrdenia o trvalom pobyte. RČ [[@rcsk:slash-male]]. Správny poplatok {{amount|5 €}} som zaplatil {{date|11. 11.}}, potvrdenie {{@num:PP-######}}.""",
    # 12 forwarded
    """-------- Pôvodná správa --------
Od: [[oth|Eva Šimková]] <[[email|eva.simkova@azet.sk]]>
Dátum: {{date|10. 11. 2024}}
Predmet: vrátenie tovaru

Tovar z objednávky {{@order:##########}} som poslala späť, peniaze prosím na [[@iban:SK:group]].""",
    # 13 insurer salutation, wrong rc kept
    """Vážený pán [[sal|Lukáč]],
rodné číslo {{@bad:rc:slash}} uvedené v návrhu poistnej zmluvy {{@policy:PZ#########}} nie je platné. Prosíme o jeho opravu.
{{team_name|Klientske centrum}} {{brand|Allianz – Slovenská poisťovňa}}""",
    # 14 reply
    """Dobrý deň, opravené rodné číslo k zmluve {{@policy:PZ#########}}: [[@rcsk:slash-male]]. Prepáčte, preklep. Začiatok poistenia {{date|1. 12.}}.
[[sig|Rastislav Lukáč]]
[[@phone:SK:msk0slash]]""",
    # 15 long label
    """Identifikačné číslo organizácie (IČO) nášho občianskeho združenia, ako je uvedené v registri: [[@ico]]. Prosíme o darovaciu zmluvu na {{amount|500 €}}.
[[sig|Zuzana Oravcová]], {{job_title|predsedníčka}}""",
    # 16 CSV
    """nazov;ico;ic_dph;iban
{{brand|Farma Podhorie}};[[@ico]];[[@icdph:sk]];[[@iban:SK:compact]]
{{brand|Mäsiarstvo Kráľ}};[[@ico]];[[@icdph:sk]];[[@iban:SK:compact]]""",
    # 17 no PII
    """Dobrý deň, kedy bude otvorená pobočka v {{city|Trenčíne}} po rekonštrukcii? Na webe je {{date|15. novembra}}, ale na dverách {{date|1. decembra}}. Potrebujem podpísať zmluvu pre firmu s IČO [[@ico]].
[[sig|Juraj Sloboda]]""",
    # 18 courier, address across lines
    """Kuriér doručil balík {{@tracking:##############}} na zlú adresu. Doručenie bolo {{date|včera}} o {{time|13:12}}. Správna adresa:
[[address|Štúrova 27
949 01 Nitra]]
Kontakt [[@phone:SK:mintl]], [[sig|Dominika Tóthová]]""",
    # 19 chat, IČO answer
    """Operátor: Aké je IČO vašej spoločnosti?
Klient: [[@ico:sp]]
Operátor: Ďakujem, {{brand|Stavby Gregor}}. Máte nezaplatenú faktúru {{@invoice:########}} so splatnosťou {{date|20. 10.}}.""",
    # 20 clinic, child
    """Prosím objednať syna [[oth|Matúša]] na očné vyšetrenie, najlepšie {{date|budúci týždeň}} po {{time|14:00}}. RČ: [[@rcsk:plain-child-male]]. Ja som jeho mama, [[intro|Ivana Bartošová]], tel. [[@phone:SK:msk0]].""",
    # 21 several ids slash
    """IČO / DIČ / IČ DPH: [[@ico]] / [[@icdph:plain]] / [[@icdph:sk]]
Banka: {{brand|VÚB}}, SWIFT {{bic|SUBASKBX}}, IBAN [[@iban:SK:group]]""",
    # 22 telecom complaint, phone, email
    """Reklamácia faktúry {{@invoice:##########}}: účtované {{amount|12,00 €}} za prémiové SMS, ktoré som neposlal. Číslo [[@phone:SK:mnat]], e-mail [[email|tomas.hruska@gmail.com]].
[[sig|Tomáš Hruška]]""",
    # 23 German employer, Steuer-ID
    """Pracujem v Rakúsku a v Nemecku; nemecký zamestnávateľ mi pridelil Steuer-Identifikationsnummer [[@idnr:sp]]. Pre daňové priznanie za {{date|2023}} (príjem {{amount|28 300 €}}) na Slovensku uvádzam aj rodné číslo [[@rcsk:slash-female]].
[[sig|Nikola Bednárová]]""",
    # 24 no PII
    """Zmluva {{@contract:###########}} mala skončiť {{date|31. 12.}}, ale fakturujete aj {{date|január}}. Žiadam o storno faktúry {{@invoice:########}}.""",
    # 25 card dash and wrong card kept
    """Karta {{@bad:card:group}} bola zamietnutá, lebo som zle opísal číslo. Správne číslo je [[@card:dash]]. Objednávka {{@order:#######}}.""",
    # 26 tab table
    """Dlžníci k {{date|30. 9. 2024}} (veriteľ IČO [[@ico]]):
Meno\tRČ\tDlh
[[oth|Milan Slezák]]\t[[@rcsk:slash-male]]\t{{amount|312,40 €}}
[[oth|Renáta Koreňová]]\t[[@rcsk:slash-female]]\t{{amount|88,00 €}}""",
    # 27 municipal, tax
    """Mestský úrad – daň z nehnuteľností
Platiteľ: [[oth|Stanislav Jurčo]], [[address|Družstevná 4, 917 01 Trnava]]
Variabilný symbol: {{@num:##########}}
Suma: {{amount|146,20 €}}
Splatnosť: {{date|31. 5. 2024}}""",
    # 28 self-intro, ids in row
    """som [[intro|Patrik Ďurica]], živnostník, IČO [[@ico]], DIČ [[@icdph:plain]], potrebujem zmeniť fakturačnú adresu na [[address|Záhradnícka 66, 821 08 Bratislava]] od faktúry {{@invoice:##########}}, ďakujem""",
    # 29 B2B, Czech IBAN, German USt
    """Pre nemeckého odberateľa prosím uviesť na faktúre jeho USt-IdNr. [[@ustid:desp]]. Platbu {{amount|7 860 €}} za zákazku {{@order:Z-####}} pošlú na náš český účet [[@iban:CZ:group]].
[[sig|Lenka Vlková]]""",
    # 30 signature block
    """S pozdravom

[[sig|Michal Polák]]
{{job_title|konateľ}}
{{brand|Polák Logistics}} s.r.o.
IČO [[@ico]] | IČ DPH [[@icdph:sk]]
[[@phone:SK:mintl]] | [[email|polak@polak-logistics-demo.sk]]""",
    # 31 bank, sort of BIC etc no PII
    """Aký je SWIFT kód pre platby do {{brand|Slovenskej sporiteľne}}? Mám {{bic|GIBASKBX}}, ale zahraničná banka píše, že nesedí. Platba {{amount|1 200 €}} z {{date|5. 11.}}.""",
    # 32 chat rc answer with spaces
    """Bot: Zadajte rodné číslo poistenca.
Vy: [[@rcsk:slash-female]]
Bot: Ďakujeme. Poistenec [[oth|Alžbeta Kráľová]], zmluva {{@policy:##########}}, platná do {{date|31. 8. 2025}}.""",
    # 33 energy, IBAN without label
    """Preplatok {{amount|86,30 €}} za vyúčtovanie {{@invoice:##########}} mi pošlite sem: [[@iban:SK:compact]]. Ďakujem.
[[sig|Jozef Kmeť]]""",
    # 34 salutation, courier
    """Dobrý deň pani [[sal|Zuzana]],
váš balík {{@tracking:##########}} čaká na {{brand|Z-BOXe}} v {{city|Žiline}} do {{date|soboty}}. Kód na vyzdvihnutie {{product_code|K7X3}}.
{{team_name|Tím Packeta}}""",
    # 35 rodné číslo in parentheses after name
    """Splnomocňujem svoju sestru [[oth|Janu Krajčírovú]] (RČ [[@rcsk:slash-female]]) na prevzatie zásielky {{@tracking:RR#########SK}} na pošte v {{city|Prešove}} do {{date|22. 11.}}.
[[sig|Mária Krajčírová]]""",
    # 36 ids in a letter header
    """Ing. [[sig|Blažej Horník]]
IČO: [[@ico]]
[[address|Partizánska 8, 974 01 Banská Bystrica]]

Vec: výpoveď zmluvy {{@contract:########}} ku dňu {{date|31. 1. 2025}}
Výpovedná lehota {{quantity|2 mesiace}}.""",
    # 37 eshop, Hungarian ... no: Czech card in SK text
    """Platil som {{date|9. 11.}} kartou [[@card:plain]] a peniaze sa strhli dvakrát, {{amount|2 × 79,90 €}}. Objednávka {{@order:##########}}.
[[sig|Adam Šťastný]]""",
    # 38 wrong IČ DPH kept, no PII
    """Overenie IČ DPH {{@bad:icdph}} vo VIES vracia „neplatné“. Je chyba u nás alebo vo vašom systéme? Tiket {{@ticket:######}}.""",
    # 39 B2B, ids inside sentence
    """Dobrý deň, DIČ našej firmy je [[@icdph:plain]] a IČ DPH je [[@icdph:sk]], nie {{@bad:icdph}}, ako máte vy. Ostatné údaje na faktúre {{@invoice:###/2024}} sú v poriadku.
[[sig|Roman Šebo]]""",
    # 40 clinic letter, address, phone
    """Pacient: [[oth|Vladimír Hudák]], nar. {{date|3. 4. 1961}}, RČ [[@rcsk:slash-male]], bydlisko [[address|Kollárova 3, 036 01 Martin]], tel. [[@phone:SK:mnat]]. Kontrola o {{quantity|6 mesiacov}}, {{date|máj 2025}}. Poistenec {{brand|VšZP}}, číslo preukazu {{@num:@#########}}.""",
]


# =========================================================================== ru
ITEMS["ru"] = [
    # 01 B2B footer
    """Счёт {{@invoice:СЧ-####}} от {{date|11.11.2024}} во вложении.

С уважением,
[[sig|Ольга Викторовна Сафонова]]
{{job_title|главный бухгалтер}}
ООО «{{brand|ТехСнабКомплект}}»
ИНН [[@inn]] КПП 770401001 ОГРН [[@ogrn]]
[[address|ул. Складочная, д. 6, стр. 2, Москва, 127018]]""",
    # 02 personal INN in a sentence
    """Здравствуйте! Для налогового вычета прошу выдать справку об оплате лечения. Мой ИНН [[@innp]], договор {{@contract:МЦ-######}}, лечение с {{date|3 по 17 сентября}}.
[[sig|Кирилл Андреевич Лебедев]]""",
    # 03 chat, SNILS answer
    """Оператор: Назовите, пожалуйста, СНИЛС.
Клиент: [[@snils:dash]]
Оператор: Спасибо, [[sal|Галина Петровна]]. Заявление {{@ticket:№ #######}} принято {{date|сегодня}}.""",
    # 04 no PII
    """Заказ {{@order:########-####}} не доставлен, хотя в трекинге {{@tracking:RU#########}} статус «вручено». Сумма {{amount|3 490 ₽}}. Прошу разобраться.
[[sig|Денис Комаров]], [[@phone:RU:mru8]]""",
    # 05 sole trader, OGRNIP
    """Добрый день. Я индивидуальный предприниматель [[intro|Тимур Рашидович Галиев]], ИНН [[@innp]], ОГРНИП [[@ogrn:15]]. Прошу переоформить договор эквайринга {{@contract:ЭК-#####}} на ИП с {{date|1 декабря}}, оборот около {{amount|600 000 ₽}} в месяц.""",
    # 06 web form key value
    """ФИО: [[intro|Смирнова Анастасия Игоревна]]
Телефон: [[@phone:RU:mru8]]
E-mail: [[email|a.smirnova@mail.ru]]
СНИЛС: [[@snils:dash]]
Сообщение: не отображается запись к врачу на {{date|21.11}} в {{time|9:40}}, талон {{@ticket:А-###}}""",
    # 07 pipe table employees
    """| ФИО | ИНН | СНИЛС |
| [[oth|Кузнецов Дмитрий Олегович]] | [[@innp]] | [[@snils:dash]] |
| [[oth|Попова Елена Сергеевна]] | [[@innp]] | [[@snils:dash]] |
Дата сверки: {{date|12.11.2024}}, отчёт {{@num:СЗВ-#####}}.""",
    # 08 card, bank
    """Здравствуйте, с моей карты [[@card:group]] {{date|09.11}} списали {{amount|12 800 ₽}} за подписку, которую я не оформлял. Прошу вернуть деньги.
[[sig|Никита Воробьёв]]
[[@phone:RU:mruintl]]""",
    # 09 wrong INN kept, no PII
    """При оплате налога сервис пишет «ИНН {{@bad:inn}} не найден». Платёж {{@num:##########}} на {{amount|4 120 ₽}} завис. Что делать?""",
    # 10 courier salutation
    """Уважаемый [[sal|Артём]], ваша посылка (отправитель ООО «{{brand|ТехноМаркет}}», ИНН [[@inn]]) {{@tracking:##############}} прибыла в пункт выдачи в {{city|Казани}}. Хранение до {{date|25 ноября}}.
{{team_name|Служба поддержки}} {{brand|СДЭК}}""",
    # 11 CSV counterparties
    """наименование,инн,огрн
ООО «{{brand|Север-Трейд}}»,[[@inn]],[[@ogrn]]
АО «{{brand|Волгахимпром}}»,[[@inn]],[[@ogrn]]
ИП [[oth|Хабибуллин Р. Ф.]],[[@innp]],[[@ogrn:15]]""",
    # 12 long label
    """Идентификационный номер налогоплательщика (ИНН), указанный в моём паспорте на последней странице: [[@innp]]. Прошу внести его в договор страхования {{@policy:ОСГ-##########}} от {{date|2 февраля}}, премия {{amount|8 700 ₽}}.
[[sig|Вера Кравченко]]""",
    # 13 forwarded
    """-------- Пересылаемое сообщение --------
От: [[oth|Игорь Белов]] <[[email|belov.igor@yandex.ru]]>
Дата: {{date|08.11.2024}}, {{time|17:26}}

Реквизиты для договора: ООО «{{brand|Белстрой}}», ИНН/КПП [[@inn]]/502401001, ОГРН [[@ogrn]].""",
    # 14 no PII
    """Приложение банка версии {{version|12.3.0}} не даёт войти после обновления. Обращение {{@ticket:#########}}, ответа нет {{quantity|5 дней}}. Карта, к которой привязан вход: [[@card:group]].""",
    # 15 municipal, SNILS plain and INN
    """В МФЦ {{city|Твери}} при подаче заявления на субсидию у меня не приняли СНИЛС [[@snils:plain]], сказали, что он не совпадает с базой. Паспорт в порядке, ИНН [[@innp]]. Заявление {{@ticket:№ ####-###}} от {{date|30 октября}}.
[[sig|Людмила Фёдоровна Зайцева]]""",
    # 16 answer in chat with INN of company
    """Агент: Укажите ИНН организации для счёта.
Пользователь: [[@inn]]
Агент: Нашёл: ООО «{{brand|Альфа-Логистик}}». Счёт {{@invoice:##########}} сформирован.""",
    # 17 clinic, child SNILS
    """Прошу прикрепить ребёнка к поликлинике. Ребёнок: [[oth|Мирон Егоров]], СНИЛС [[@snils:dash2]], полис ОМС {{@policy:################}}. Прикрепление с {{date|1 декабря}}. Мама — [[intro|Егорова Дарья]], тел. [[@phone:RU:mru8]].""",
    # 18 several ids slashed
    """ИНН/ОГРН: [[@inn]] / [[@ogrn]]
Адрес: [[address|пр-т Ленина, д. 54, оф. 12, Екатеринбург, 620075]]
Директор: [[oth|Соколов Павел Андреевич]]
Договор поставки {{@contract:ДП-###/2024}} от {{date|05.11.2024}}""",
    # 19 telecom complaint
    """Третий месяц начисляют {{amount|350 ₽}} за услугу «Антиопределитель», которую я не подключал. Номер [[@phone:RU:mintl]], лицевой счёт {{@customer:############}}.
[[sig|Олег Тарасов]]""",
    # 20 no PII
    """Доставка мебели перенесена с {{date|12}} на {{date|19 ноября}} без предупреждения. Заказ {{@order:М-######}}, стоимость доставки {{amount|1 500 ₽}}. Покупатель — ИП, ИНН [[@innp]], прошу вернуть доставку на счёт ИП.""",
    # 21 wrong SNILS kept and right one
    """Ошибка в СНИЛС: в заявлении указан {{@bad:snils:dash}}, правильный — [[@snils:dash]]. Исправьте, пожалуйста, заявление {{@ticket:З-######}} подано {{date|11.11}}.
[[sig|Маргарита Белова]]""",
    # 22 tab table
    """Сотрудник\tИНН\tДата приёма
[[oth|Ахмедов Рустам]]\t[[@innp]]\t{{date|01.10.2024}}
[[oth|Ким Виктория]]\t[[@innp]]\t{{date|15.10.2024}}""",
    # 23 self intro lowercase
    """здравствуйте это [[intro|светлана]], не могу оплатить налоги через госуслуги, пишет ошибка в инн, мой инн [[@innp]], налог {{amount|2 184 ₽}} надо до {{date|2 декабря}}""",
    # 24 insurer letter
    """Уважаемая [[sal|Ирина Валерьевна]]!
По страховому случаю {{@policy:№ ##-#######}} выплата {{amount|48 000 ₽}} будет перечислена на карту [[@card:plain]] в течение {{quantity|10 рабочих дней}}.
{{team_name|Отдел урегулирования убытков}}""",
    # 25 English label in Russian text
    """Для контракта с иностранным партнёром: Tax ID (INN) [[@inn]], Registration No. (OGRN) [[@ogrn]]. Партнёр просит также VAT — у нас его нет. Контракт {{@contract:EX-####}}, сумма {{amount|48 000 €}}.
[[sig|Анна Громова]]""",
    # 26 no PII
    """Обращаю внимание, что пункт выдачи на {{street_as_brand|Тверской}} закрыт уже {{quantity|неделю}}, а заказ {{@order:#########}} всё ещё направляют туда.""",
    # 27 B2B letter header
    """ИП [[oth|Ковалёв Сергей Николаевич]]
ИНН [[@innp]] ОГРНИП [[@ogrn:15]]
[[address|ул. Советская, 18, Рязань, 390000]]

Исх. № {{@num:##/##-И}} от {{date|06.11.2024}}
Генеральному директору ООО «{{brand|Мегаполис}}»""",
    # 28 energy
    """Передаю показания счётчика {{@meter:№ ########}}: день 04512, ночь 01877. Лицевой счёт {{@customer:##########}}. Адрес: [[address|ул. Гагарина, д. 9, кв. 41, Самара]].""",
    # 29 SNILS inside a sentence, no label
    """Пенсионный фонд просит подтвердить стаж, но у них мой номер [[@snils:dash]] привязан к другой фамилии. Меня зовут [[intro|Нина Гусева]], раньше была [[oth|Нина Сорокина]]. Обращение в СФР {{@ticket:№ ######}} от {{date|16 октября}}.""",
    # 30 card dash, phone
    """Карта [[@card:dash]] (держатель [[oth|Зуева Алина]], СНИЛС [[@snils:dash]]) заблокирована после {{quantity|3}} попыток ввода ПИН. Разблокируйте, пожалуйста, это было {{date|сегодня}} в {{time|8:15}} у банкомата на {{street_as_brand|Арбате}}. Мой номер [[@phone:RU:mru8plain]].""",
    # 31 KZ? no, wrong OGRN kept
    """В выписке из ЕГРЮЛ ОГРН нашей компании [[@ogrn]], а в вашем договоре стоит {{@bad:ogrn}}. Договор {{@contract:Д-####/24}}.
[[sig|Евгений Орлов]]""",
    # 32 quoted reply
    """> Пришлите, пожалуйста, ИНН и СНИЛС для оформления.
ИНН [[@innp]]
СНИЛС [[@snils:dash]]
Договор ГПХ {{@contract:ГПХ-###}}, сумма {{amount|45 000 ₽}}
С уважением, [[sig|Роман Шевцов]]""",
    # 33 no PII
    """Хочу уточнить: акция «−{{percent|20 %}}» на технику {{brand|Bosch}} действует до {{date|30 ноября}} или до {{date|1 декабря}}? Артикул {{product_code|WAN28281}}.""",
    # 34 many ids in a line
    """Данные: [[oth|Фролова Ксения]], ИНН [[@innp]], СНИЛС [[@snils:dash2]], тел. [[@phone:RU:mruintl]], [[email|kseniya.frolova@gmail.com]], заявка {{@ticket:########}} от {{date|13.11.2024}}""",
    # 35 IBAN (foreign) in a Russian text
    """Возврат за отменённый отель прошу перевести на мой счёт в Германии: IBAN [[@iban:DE:group]]. Бронь {{@order:#########}}, сумма {{amount|420 €}}.
[[sig|Алексей Миронов]]""",
    # 36 municipal complaint
    """В управу района. Заявитель: [[oth|Прохоров Виталий Ильич]], СНИЛС [[@snils:dash]], [[address|Каширское ш., д. 24, кв. 7, Москва]]. Прошу отремонтировать освещение во дворе, обращение {{@ticket:ОБ-######}} от {{date|2 октября}}.""",
    # 37 OGRN 13 with label in genitive
    """Основной государственный регистрационный номер нашего общества — [[@ogrn]], ИНН — [[@inn]]. Просим обновить данные в личном кабинете до {{date|конца месяца}}, договор {{@contract:№ ####-Ю}}.""",
    # 38 reply with number on next line
    """Добрый день, [[sal|Марина]]!
Мой ИНН:
[[@innp]]
Номер договора:
{{@contract:##########}}
Дата:
{{date|28.10.2024}}
[[sig|Геннадий Фомин]]""",
    # 39 card, wrong card kept
    """Вы указали в акте карту {{@bad:card:group}}, но моя карта — [[@card:group]]. Исправьте акт {{@num:А-#####}}.""",
    # 40 B2B order with BIK
    """Оплату по счёту {{@invoice:###}} от {{date|05.11}} произведём {{date|15.11}}, сумма {{amount|184 500 ₽}}. Банк получателя: {{brand|Сбербанк}}, БИК {{bic|044030653}}. Покупатель: ООО «{{brand|Ромашка-М}}», ИНН [[@inn]].
[[sig|Светлана Юрьевна Ильина]]""",
]


# =========================================================================== uk
ITEMS["uk"] = [
    # 01 RNOKPP in a sentence
    """Добрий день! Мій РНОКПП [[@rnokpp:female]], прошу переоформити договір на газ після смерті чоловіка. Особовий рахунок {{@customer:##########}}, лічильник {{@meter:№ #######}}.
З повагою, [[sig|Тетяна Бондаренко]]""",
    # 02 B2B footer
    """Рахунок-фактура {{@invoice:РФ-######}} у вкладенні.

ТОВ «{{brand|Агроресурс-Південь}}»
Код ЄДРПОУ [[@edrpou]]
IBAN [[@iban:UA:compact]] в {{brand|АТ КБ «ПриватБанк»}}, МФО 305299
[[address|вул. Промислова, 15, м. Миколаїв, 54028]]
тел. [[@phone:UA:ua38]]""",
    # 03 chat, agent question
    """Оператор ({{brand|Київстар}}): Назвіть, будь ласка, ідентифікаційний код власника номера.
Абонент: [[@rnokpp:male]]
Оператор: Дякую, пане [[sal|Олеже]]. Тариф змінено з {{date|1 грудня}}.""",
    # 04 no PII
    """Посилка {{@tracking:20############}} третій день у відділенні {{quantity|№ 12}} у {{city|Вінниці}}, а в додатку статус «в дорозі». Сума накладеного платежу {{amount|1 250 грн}}. Отримувач [[oth|Кучер Роман]], [[@phone:UA:mua0]].""",
    # 05 web form
    """ПІБ: [[intro|Литвиненко Оксана Василівна]]
ІПН: [[@rnokpp:female]]
Телефон: [[@phone:UA:mua0]]
Ел. пошта: [[email|oksana.lytvynenko@ukr.net]]
Звернення: прошу довідку про доходи за {{date|2023 рік}} до {{date|25.11}}, заявка {{@ticket:ДП-#####}}""",
    # 06 EDRPOU in sentence
    """Код ЄДРПОУ нашого підприємства — [[@edrpou]], а в договорі {{@contract:Д-####/24}} помилково вказано {{@bad:edrpou}}. Прошу виправити.
[[sig|Віталій Ткаченко]], {{job_title|директор}}""",
    # 07 card
    """З моєї картки [[@card:group]] {{date|06.11}} двічі списали {{amount|899 грн}} за підписку. Прошу повернути одну оплату.
[[sig|Андрій Мельник]]
[[@phone:UA:mintl]]""",
    # 08 pipe table
    """| ПІБ | РНОКПП | Посада |
| [[oth|Коваль Ірина]] | [[@rnokpp:female]] | {{job_title|бухгалтер}} |
| [[oth|Шевчук Богдан]] | [[@rnokpp:male]] | {{job_title|водій}} |""",
    # 09 IBAN UA grouped
    """Повернення коштів за замовлення {{@order:#########}} прошу на рахунок [[@iban:UA:group]], отримувач [[oth|Гончаренко Марія Петрівна]], РНОКПП [[@rnokpp:female]]. Сума {{amount|2 340 грн}}, повернення оформлено {{date|7 листопада}}.""",
    # 10 no PII
    """Застосунок {{brand|Дія}} версії {{version|4.9.2}} не відкриває цифровий паспорт, пише «помилка сервера». Звернення {{@ticket:######}}. Мій РНОКПП [[@rnokpp:female]], якщо потрібно.
[[sig|Алла Семенюк]]""",
    # 11 sole trader FOP
    """Я ФОП [[intro|Савченко Роман Ігорович]], РНОКПП [[@rnokpp:male]], платник єдиного податку 3 групи. Прошу змінити реквізити з {{date|1 грудня}}: IBAN [[@iban:UA:group]]. Договір {{@contract:ФОП-#####}}.""",
    # 12 salutation, insurer
    """Шановна пані [[sal|Людмило]],
страхувальник ТОВ «{{brand|Полтава-Агро}}», ЄДРПОУ [[@edrpou]];
за страховим випадком {{@policy:ПС-########}} виплату {{amount|14 300 грн}} буде здійснено до {{date|22 листопада}}. Просимо надіслати IBAN відповіддю на цей лист.
{{team_name|Відділ врегулювання збитків}}""",
    # 13 reply
    """> Просимо надіслати IBAN відповіддю на цей лист.
Справа {{@policy:ПС-########}}
IBAN: [[@iban:UA:compact]]
Отримувач: [[oth|Людмила Кравець]], код [[@rnokpp:female]]
[[sig|Л. Кравець]]""",
    # 14 CSV
    """назва;єдрпоу;iban
ТОВ «{{brand|Зерноторг}}»;[[@edrpou]];[[@iban:UA:compact]]
ПП «{{brand|Будсервіс-Захід}}»;[[@edrpou]];[[@iban:UA:compact]]""",
    # 15 long label
    """Реєстраційний номер облікової картки платника податків (колишній ідентифікаційний код), як у довідці з податкової: [[@rnokpp]]. Прошу внести в особову справу до {{date|кінця тижня}}, наказ {{@num:№ ###-к}}.
[[sig|Наталія Мороз]]""",
    # 16 self-intro lowercase
    """привіт, це [[intro|дмитро]], не можу оплатити комуналку карткою [[@card:plain]], пише відмова банку. особовий рахунок {{@customer:#########}}, сума {{amount|1 874,20 грн}}""",
    # 17 no PII, KRS-like? wrong rnokpp kept
    """Система ЦНАП не приймає код {{@bad:rnokpp}} — пише «контрольна сума не збігається». Талон {{@ticket:Т-###}}, {{date|сьогодні}} {{time|11:20}}.""",
    # 18 forwarded
    """---------- Переслане повідомлення ---------
Від: [[oth|Олександр Руденко]] <[[email|o.rudenko@meblifabryka-demo.ua]]>
Дата: {{date|4 листопада 2024}}

Наші реквізити: ТОВ «{{brand|Меблі-Фабрика}}», ЄДРПОУ [[@edrpou]], IBAN [[@iban:UA:group]].""",
    # 19 clinic child
    """Записую доньку [[oth|Соломію]] (моя РНОКПП [[@rnokpp:female]]) до педіатра на {{date|четвер}}. Її РНОКПП [[@rnokpp:child-female]], декларація з лікарем [[oth|Остапчук]] {{@num:####-####-####}}.
Мама, [[sig|Ольга Данилюк]]""",
    # 20 tab table
    """Контрагент\tЄДРПОУ\tСума
{{brand|Енергопостач}}\t[[@edrpou]]\t{{amount|48 200 грн}}
{{brand|Транс-Логістик}}\t[[@edrpou]]\t{{amount|12 750 грн}}""",
    # 21 energy, meter
    """Передаю показники лічильника {{@meter:№ ########}}: 12 408. Дата {{date|01.11.2024}}. Адреса: [[address|вул. Шевченка, 31, кв. 5, Полтава, 36000]]. Телефон [[@phone:UA:mua0]].
[[sig|Іван Коваленко]]""",
    # 22 several ids slashed
    """ЄДРПОУ / ІПН: [[@edrpou]] / [[@rnokpp:male]] (ФОП [[oth|Литвин В. М.]])
Рахунок {{@invoice:СФ-####}} від {{date|08.11.2024}} на {{amount|9 600 грн}}""",
    # 23 telecom complaint no ids
    """Мій код [[@rnokpp:female]]. Вже тиждень немає інтернету за адресою [[address|пров. Садовий, 4, Львів, 79000]]. Договір {{@contract:########}}, абонплата {{amount|250 грн}} списується.
[[sig|Марта Федорак]], [[@phone:UA:mintl]]""",
    # 24 Russian-language style label in Ukrainian text
    """Для польського партнера: наш код ЄДРПОУ [[@edrpou]], а їхній NIP [[@nip]]. Рахунок у злотих: [[@iban:PL:group]]. Перша поставка {{date|2 грудня}}, договір {{@contract:PL-UA/##/24}}.
[[sig|Юлія Пономаренко]]""",
    # 25 no PII
    """Дякую кур'єру за швидку доставку! Замовлення {{@order:####-######}} прийшло за {{quantity|1 день}}. Оцінка {{quantity|5 з 5}}.""",
    # 26 bank chat
    """Бот ({{brand|monobank}}): Вкажіть РНОКПП для підтвердження.
Клієнт: [[@rnokpp:male]]
Бот: Дякуємо. Картку [[@card:group]] (рахунок [[@iban:UA:compact]]) заблоковано о {{time|23:05}}.""",
    # 27 municipal letter header
    """[[sig|Бойко Степан Миколайович]]
[[address|вул. Лесі Українки, 7, кв. 12, Рівне, 33000]]
РНОКПП [[@rnokpp:male]]

Виконавчому комітету
Заява про перерахунок субсидії за {{date|жовтень}}
Рішення {{@num:№ ####}} від {{date|15.10.2024}}""",
    # 28 German IBAN, worker abroad
    """Працюю в Німеччині, зарплата приходить на [[@iban:DE:group]]. Для податкової там є Steuer-ID [[@idnr]]. Питання: чи треба подавати декларацію в Україні за {{date|2024 рік}}? Дохід близько {{amount|38 000 €}}.
[[sig|Максим Гнатюк]]""",
    # 29 salutation short
    """Доброго дня, пане [[sal|Тарасе]]! Акт {{@num:АВР-####}} підписали, рахунок {{@invoice:###/24}} оплатимо до {{date|п'ятниці}}.
[[sig|Ірина]], {{brand|Світло-Монтаж}}""",
    # 30 EDRPOU with label above
    """Код за ЄДРПОУ:
[[@edrpou]]
Повна назва: {{brand|Приватне підприємство «Добробут-Агро»}}
Керівник: [[oth|Гриценко Павло Вікторович]]
Дата реєстрації: {{date|14.05.2009}}""",
    # 31 no PII
    """Ціну на тариф «{{brand|Смарт}}» підняли з {{amount|200}} до {{amount|230 грн}} без повідомлення. Договір {{@contract:##########}} на ФОП [[oth|Ярема О. І.]], код [[@rnokpp:male]].""",
    # 32 Slovak/Czech IBAN in Ukrainian text
    """Повернення за квитки на потяг до {{city|Кошиць}} прошу на мій словацький рахунок [[@iban:SK:group]]. Бронювання {{@order:@@######}}.
[[sig|Анастасія Климчук]]""",
    # 33 quoted, ID answer
    """> Вкажіть, будь ласка, ваш ідентифікаційний номер.
[[@rnokpp:female]]
> та номер договору
{{@contract:##-#####}} від {{date|3 березня}}
[[sig|Вікторія]]""",
    # 34 card dash
    """Оплата карткою [[@card:dash]] не проходить на сайті, пише «3-D Secure error». Замовлення {{@order:#########}} на {{amount|3 499 грн}}, тел. [[@phone:UA:mua38]].""",
    # 35 wrong EDRPOU kept, no PII
    """У реєстрі не знаходить код {{@bad:edrpou}}, чи правильно ви його вказали в рахунку {{@invoice:####}}?""",
    # 36 self-intro full
    """Мене звати [[intro|Назар Петренко]], РНОКПП [[@rnokpp:male]]. Прошу відкликати мою згоду на обробку персональних даних у програмі лояльності {{brand|Сільпо}}. Картка лояльності {{@num:##############}}.""",
    # 37 B2B letter
    """Шановний пане [[sal|Ярославе]],
підтверджуємо поставку {{quantity|20 т}} добрив за договором {{@contract:ПД-###}}. Оплату прийнято з рахунку [[@iban:UA:group]], платник ТОВ «{{brand|Агро-Лан}}» (ЄДРПОУ [[@edrpou]]).
[[sig|Сергій Мазур]]""",
    # 38 energy, IBAN without label
    """Переплата {{amount|312 грн}} за {{date|вересень}} (рахунок {{@invoice:##########}}), поверніть сюди: [[@iban:UA:compact]]
[[sig|Галина Остапенко]]""",
    # 39 tab-less key value, mixed
    """Заявник: [[oth|Кириленко Антон Сергійович]]
Дата народження: {{date|12.03.1990}}
РНОКПП: [[@rnokpp:male]]
Адреса: [[address|вул. Соборна, 88, Черкаси, 18000]]
Телефон: [[@phone:UA:mintl]]
Звернення {{@ticket:ЦНАП-#####}}""",
    # 40 GB in Ukrainian? B2B UK partner
    """Британський партнер надіслав інвойс {{@invoice:INV-#####}} з VAT number [[@gbvat:gbsp]]. Ми платимо з рахунку [[@iban:UA:group]], SWIFT {{bic|PBANUA2X}}.
[[sig|Оксана Лисенко]]""",
]


# =========================================================================== en
ITEMS["en"] = [
    # 01 NHS number in sentence, clinic
    """Hi, I missed my appointment on {{date|Tuesday}} because the letter went to my old address. My NHS number is [[@nhs:sp]] and my new address is [[address|14 Larch Close, Leeds LS6 2QT]]. Could you rebook for after {{date|20 November}}, ideally before {{time|11am}}?
Thanks, [[sig|Aisha Rahman]]""",
    # 02 B2B footer
    """Please find attached invoice {{@invoice:INV-######}}, payment due within {{quantity|30 days}}.

Kind regards,
[[sig|Gareth Hughes]]
{{job_title|Accounts Assistant}}
{{brand|Hughes & Price Joinery}} Ltd, [[address|Unit 4, Canal Wharf, Cardiff CF10 5BT]]
Registered in England and Wales No. 08812345 | VAT Reg. No. [[@gbvat:gbsp]]
Bank: sort code {{@sort:##-##-##}}, IBAN [[@iban:GB:group]]""",
    # 03 chat, agent asks
    """Agent (Sam), {{time|09:03}}: Could you confirm your NHS number, please?
Patient: [[@nhs:plain]]
Agent: Thank you, Mr [[sal|Ellison]]... sorry, [[sal|Daniel]]. Your repeat prescription {{@num:RX-######}} is ready for collection after {{time|2pm}} on {{date|Thursday}}.""",
    # 04 no PII
    """Order {{@order:#########}} arrived with a cracked screen. I paid {{amount|£349.99}} on {{date|2 November}}. Please arrange a collection, ticket {{@ticket:CS-#######}}.
[[sig|Naomi Fletcher]]
[[@phone:GB:mintl]]""",
    # 05 card
    """Hello, there's a payment of {{amount|£1,240.00}} to an airline on my card [[@card:group]] that I didn't make. I've frozen the card in the app on {{date|12 Nov}}. Can you raise a chargeback? Case {{@ticket:FR-#######}}.
[[sig|Hannah Whitfield]]
[[@phone:GB:mgbsp]]""",
    # 06 web form
    """Full name: [[intro|Oliver Brennan]]
Email: [[email|oliver.brennan@outlook.com]]
Phone: [[@phone:GB:mnat]]
Account number: {{@customer:##########}}
Message: please stop the direct debit from {{date|1 December}}.""",
    # 07 VAT in a sentence
    """Our VAT number is [[@gbvat:gb]] - your invoice {{@invoice:##########}} shows {{@bad:gbvat}} which is wrong and HMRC won't accept it. Please reissue.
[[sig|Priya Nair]], {{brand|Nair Consulting}}""",
    # 08 no PII, sort code and BIC
    """Can you confirm your payment details? I have sort code {{@sort:##-##-##}} and SWIFT/BIC {{bic|NWBKGB2L}} but the transfer of {{amount|£2,500}} bounced on {{date|8 Nov}}. It was sent from [[@iban:GB:group]].
Thanks, [[sig|Callum Baird]]""",
    # 09 pipe table
    """| Name | NHS no. | Ward |
| [[oth|Margaret Cole]] | [[@nhs:sp]] | {{product_code|B4}} |
| [[oth|Terence Yates]] | [[@nhs:sp]] | {{product_code|C2}} |""",
    # 10 IBAN in a refund request, German IBAN
    """I bought the bike while living in Berlin. Please refund {{amount|€890}} to my German account [[@iban:DE:group]] rather than the UK one. Order {{@order:DE-#######}}.
Cheers, [[sig|Liam O'Connor]]""",
    # 11 self-intro with national insurance? no, with VAT
    """Hi, I'm [[intro|Ben Carter]], sole trader, VAT registration number [[@gbvat:plain]]. I need my last {{quantity|three}} invoices ({{@invoice:INV-#####}} onwards) re-issued with my business name by {{date|the end of the month}}.""",
    # 12 energy
    """Account holder [[oth|Rachel Dunn]], card for payments [[@card:group]]. Meter reading for MPAN {{@meter:## #### #### ###}}: 41226 on {{date|10/11/2024}}. Account {{@customer:########}}. The estimated bill of {{amount|£412.50}} is way off.
[[sig|Rachel Dunn]]""",
    # 13 forwarded
    """---------- Forwarded message ---------
From: [[oth|Mark Ellis]] <[[email|mark.ellis@ellis-builders-demo.co.uk]]>
Date: {{date|Wed, 6 Nov 2024}} at {{time|10:12}}
Subject: supplier form

Company: {{brand|Ellis Builders}} Ltd, VAT [[@gbvat:gb]], bank [[@iban:GB:compact]].""",
    # 14 no PII
    """The {{street_as_brand|Oxford Street}} store told me to contact you online. Receipt {{@invoice:####-####-####}}, jacket {{product_code|JK-2210}}, {{amount|£120}}. Refund still missing. Please credit it to [[@iban:GB:compact]].
[[sig|Harriet Lowe]]""",
    # 15 Polish customer in English
    """Hello, I am [[intro|Marta Zielińska]] from Poland. For the invoice I need my company data: NIP [[@nip]], REGON [[@regon:9]], [[address|ul. Ogrodowa 7, 90-001 Łódź]]. Order {{@order:##########}}, {{amount|€1,240}}, placed {{date|5 November}}.""",
    # 16 CSV suppliers
    """supplier,vat_no,iban
{{brand|Greenfield Produce}},[[@gbvat:gb]],[[@iban:GB:compact]]
{{brand|Harbour Fish Co}},[[@gbvat:gb]],[[@iban:GB:compact]]""",
    # 17 salutation, insurer
    """Dear Mrs [[sal|Thompson]],
your claim {{@policy:CLM-########}} has been approved. We will pay {{amount|£1,860}} to the account ending {{quantity|4471}} within {{quantity|5 working days}}.
{{team_name|Claims Team}}, {{brand|Aviva}}""",
    # 18 chat card answer
    """Bot: Please type the long card number shown on the front of your card.
You: [[@card:plain]]
Bot: Thanks. Your card has been cancelled at {{time|18:22}} and a replacement will arrive by {{date|Friday}}.""",
    # 19 wrong NHS kept no PII
    """The online form rejects NHS number {{@bad:nhs}} (the one on my card is [[@nhs:sp]], which it accepts) with "invalid check digit". I copied it from the letter dated {{date|3 October}}. Reference {{@ticket:#######}}.""",
    # 20 Czech company in English
    """Please invoice our Prague office: {{brand|Nordic Tools}} s.r.o., IČO [[@ico]], VAT ID [[@ico:cz]], [[address|Vinohradská 88, 130 00 Praha 3]]. Account [[@iban:CZ:group]]. PO {{@order:PO-#####}}, {{amount|CZK 184,000}}.
[[sig|Sophie Lindqvist]]""",
    # 21 quoted reply NHS
    """> Please reply with your NHS number and date of birth.
NHS no: [[@nhs:sp]]
DOB: {{date|17/04/1956}}
Appointment ref: {{@ticket:OP-#######}}
Regards, [[sig|Derek Moss]]""",
    # 22 long label
    """VAT registration number (as shown on our certificate from HMRC, effective {{date|1 April 2021}}): [[@gbvat:gbsp]]. Please update your supplier record.
[[sig|Fiona Grant]], {{brand|Grant Catering}}""",
    # 23 telecom
    """My broadband has dropped every evening since {{date|28 October}}. Landline [[@phone:GB:nat]], account {{@customer:@@########}}. Engineer visit {{@ticket:VR######}} was cancelled twice.
[[sig|Stuart Reid]]""",
    # 24 no PII
    """Great service at the {{brand|John Lewis}} in {{city|Kingston}}, the assistant sorted my return in {{quantity|5 minutes}}. Order {{@order:#########}}, paid with card [[@card:group]].""",
    # 25 German Steuer-ID in English
    """I moved from Munich to London in {{date|August}}. My German tax ID (Steuer-ID) is [[@idnr]] and my last German employer's VAT number was [[@ustid:de]]. Do you need anything else for the pension transfer of {{amount|€18,400}}, reference {{@num:PT-######}}?
[[sig|Jonas Weber]]""",
    # 26 Ukrainian refugee, RNOKPP
    """Hello, my name is [[intro|Olena Kovalchuk]]. For the housing support form I was asked for my Ukrainian tax number, it is [[@rnokpp:female]]. My UK mobile is [[@phone:GB:mintl]]. Application {{@ticket:HS-######}}, submitted {{date|1 November}}.""",
    # 27 tab table
    """Payment run {{date|15/11/2024}}
Payee\tIBAN\tAmount
{{brand|Castle Print}}\t[[@iban:GB:compact]]\t{{amount|£640.00}}
{{brand|Weald Timber}}\t[[@iban:GB:compact]]\t{{amount|£2,115.20}}""",
    # 28 council, address
    """Dear Council (council tax account {{@customer:#########}}, paid from [[@iban:GB:compact]]), the bin collection at [[address|22 Orchard Road, Bristol BS5 7JH]] has been missed {{quantity|three weeks}} running. Ref {{@ticket:WR/#####}}.
[[sig|Eileen Parsons]]
[[@phone:GB:mnat]]""",
    # 29 several ids slashed
    """Company no. / VAT no.: 12345678 / [[@gbvat:gb]]
Incorporated: {{date|12 March 2016}}
Sort code: {{@sort:##-##-##}}
Director: [[oth|Imran Qureshi]]
Account: [[@iban:GB:group]]""",
    # 30 card dash wrong + right
    """You charged {{@bad:card:group}}, which isn't my card, I think you mistyped. The right one is [[@card:dash]]. Booking {{@order:BK######}}.""",
    # 31 Slovak ids in English
    """For the Bratislava branch please use: IČO [[@ico]], IČ DPH [[@icdph:sk]], IBAN [[@iban:SK:compact]]. Contact: [[oth|Peter Hlavatý]]. First order {{@order:SK-#####}} ships {{date|2 December}}.""",
    # 32 self-intro lowercase chat
    """hi its [[intro|jess]] again, the refund for order {{@order:#########}} still hasnt come thru, it was {{amount|£58.40}} to card ending 3318""",
    # 33 Swiss and Austrian IBANs
    """Our European entities: Swiss account [[@iban:CH:group]], Austrian account [[@iban:AT:group]]. Please keep both on file for invoice {{@invoice:EU-####}} ({{amount|CHF 12,400}} and {{amount|€3,900}}).
[[sig|Claire Atkinson]]""",
    # 34 no PII
    """Can you tell me when the {{brand|Ring}} doorbell {{product_code|RD-4}} will be back in stock? I was quoted {{amount|£99}} on {{date|Black Friday}}.""",
    # 35 NHS in parentheses after name
    """Referral for [[oth|Kathleen Murphy]] (NHS [[@nhs:sp]]) to the falls clinic. Next of kin: [[oth|Sean Murphy]], [[@phone:GB:mintl]]. Fall on {{date|9 November}}, seen in A&E at {{time|03:10}}.""",
    # 36 label on line above, supplier
    """VAT number
[[@gbvat:gb]]
Company name
{{brand|Pennine Outdoor}} Ltd
Contact
[[oth|Rebecca Shaw]], [[email|rebecca@pennine-outdoor-demo.co.uk]]
Payment terms
{{quantity|60 days}}""",
    # 37 Russian INN in English
    """Our distributor in Russia is {{brand|Vostok Trade}} LLC, INN [[@inn]], OGRN [[@ogrn]]. The contract {{@contract:VT-####}} was signed on {{date|4 March}}; their IBAN for payments is [[@iban:DE:group]] (their German bank).""",
    # 38 GB IBAN in a sentence, no label
    """Please send the deposit back to [[@iban:GB:group]] - that's my Monzo account. Tenancy {{@contract:TN-#####}}, moved out {{date|31 October}}.
[[sig|Tom Fairclough]]""",
    # 39 dear salutation long
    """Dear Dr [[sal|Okafor]],
thank you for seeing my mother, [[oth|Grace Adeyemi]], on {{date|Monday}}. Her NHS number is [[@nhs:plain]]. Could the discharge letter go to [[email|f.adeyemi@gmail.com]]? Her hospital number is {{@num:H######}}.
Best wishes,
[[sig|Folake Adeyemi]]""",
    # 40 wrong VAT kept, no PII
    """Just to flag: the VAT number printed on receipt {{@invoice:##########}} is {{@bad:gbvat}}, which fails the HMRC check. Probably a typo on your till system.""",
]


# =========================================================================== de
ITEMS["de"] = [
    # 01 long label Steuer-ID
    """Sehr geehrte Damen und Herren,
meine Steuer-Identifikationsnummer (laut Lohnsteuerbescheinigung {{date|2023}}): [[@idnr:sp]]. Bitte ergänzen Sie diese für die Riester-Zulage in Vertrag {{@contract:RV-########}}.
Mit freundlichen Grüßen
[[sig|Ingrid Hoffmann]]""",
    # 02 company footer
    """Anbei die Rechnung {{@invoice:RE-#####/24}}.

Freundliche Grüße
[[sig|Jan Petersen]]
{{brand|Petersen Haustechnik}} GmbH · [[address|Ostring 12, 24103 Kiel]]
Amtsgericht Kiel HRB 24411 · Geschäftsführer: [[oth|Jan Petersen]]
USt-IdNr.: [[@ustid:de]] · IBAN: [[@iban:DE:group]] · BIC: {{bic|NOLADE21KIE}}""",
    # 03 chat, agent asks
    """Mitarbeiterin ({{brand|Sparkasse}}): Nennen Sie mir bitte Ihre IBAN.
Kunde: [[@iban:DE:compact]]
Mitarbeiterin: Danke, Herr [[sal|Yilmaz]]. Die Rücklastschrift {{@num:RL-#######}} über {{amount|84,20 €}} ist storniert.""",
    # 04 no PII
    """Paket {{@tracking:##############}} liegt seit {{date|Montag}} im Paketzentrum {{city|Hannover}}. Bestellung {{@order:###-#######-#######}}, {{amount|129,00 €}}. Bitte prüfen.
[[sig|Jannik Schulte]], [[@phone:DE:mnat]]""",
    # 05 Steuer-ID in a sentence
    """Hallo, meine Steuer-ID ist [[@idnr]], ich habe sie im Formular vergessen. Mitgliedsnummer {{@customer:M-######}}, Beitrag {{amount|14,90 €}} seit {{date|Juli}}. Danke!
[[sig|Lea Wagner]]""",
    # 06 web form
    """Vorname: [[intro|Tobias]]
Nachname: [[intro|Brandt]]
Steuerliche Identifikationsnummer: [[@idnr]]
IBAN: [[@iban:DE:group]]
Telefon: [[@phone:DE:mdeslash]]
Anliegen: Kindergeld ab {{date|Dezember}}, Kindergeldnummer {{@num:###FK######}}""",
    # 07 USt-IdNr inside sentence with space
    """Unsere Umsatzsteuer-Identifikationsnummer lautet [[@ustid:desp]] und nicht {{@bad:ustid}}, wie auf Ihrer Rechnung {{@invoice:########}} angegeben.
[[sig|Claudia Neumann]], {{brand|Neumann Messebau}}""",
    # 08 card
    """Guten Tag,
auf meiner Kreditkarte [[@card:group]] (Abrechnungskonto [[@iban:DE:group]]) erscheint eine Abbuchung über {{amount|349,00 €}} von {{date|gestern}}, die ich nicht kenne. Bitte sperren.
[[sig|Michael Wolf]]
[[@phone:DE:mde0]]""",
    # 09 pipe table payroll
    """| Name | Steuer-ID | Eintritt |
| [[oth|Sandra Koch]] | [[@idnr]] | {{date|01.11.2024}} |
| [[oth|Emre Aydın]] | [[@idnr]] | {{date|15.11.2024}} |""",
    # 10 no PII
    """Die App {{brand|DB Navigator}} Version {{version|24.40}} stürzt beim Kauf des {{brand|Deutschlandtickets}} ab. Fehler {{@ticket:ERR-#####}}, {{brand|iPhone}} mit iOS {{version|18.1}}.""",
    # 11 Austrian customer, AT IBAN, UID
    """Grüß Gott, bitte die Gutschrift über {{amount|240 €}} auf mein österreichisches Konto [[@iban:AT:group]] überweisen. Bestellung {{@order:##########}}.
[[sig|Florian Hofer]]""",
    # 12 Swiss customer
    """Grüezi, die Rückerstattung bitte auf mein Konto bei der {{brand|PostFinance}}: [[@iban:CH:group]]. Kunde [[intro|Reto Baumann]], Bestellnummer {{@order:CH-######}}.""",
    # 13 forwarded
    """---------- Weitergeleitete Nachricht ---------
Von: [[oth|Stefanie Krüger]] <[[email|stefanie.krueger@t-online.de]]>
Datum: {{date|Do., 7. Nov. 2024}}

Hier unsere Daten für den Lieferantenstamm: {{brand|Krüger Gartenbau}}, USt-ID [[@ustid:de]], Bankverbindung [[@iban:DE:compact]].""",
    # 14 label above
    """Steuer-ID
[[@idnr:sp]]
Geburtsdatum
{{date|22.08.1979}}
Name
[[oth|Markus Lorenz]]
Personalnummer
{{@num:P######}}""",
    # 15 no PII, Steuernummer not an id? leave it out; wrong Steuer-ID kept
    """Das Portal meldet bei der Steuer-ID {{@bad:idnr}} „Prüfziffer ungültig“, die richtige ist aber doch [[@idnr]]? Ich habe sie vom Brief abgetippt. Vorgang {{@ticket:#######}}, {{date|heute}} {{time|09:15}}.""",
    # 16 CSV
    """lieferant;ust_idnr;iban
{{brand|Holzhandel Brandl}};[[@ustid:de]];[[@iban:DE:compact]]
{{brand|Metallbau Simon}};[[@ustid:de]];[[@iban:DE:compact]]""",
    # 17 self-intro, Polish worker with PESEL and Steuer-ID
    """Guten Tag, ich heiße [[intro|Krzysztof Mazur]] und arbeite seit {{date|März}} bei Ihnen im Lager. Steuer-ID: [[@idnr]], meine polnische PESEL: [[@pesel:male]]. Bitte Lohn ab {{date|Dezember}} auf mein polnisches Konto [[@iban:PL:group]]. Personalnummer {{@num:#####}}.""",
    # 18 insurer letter
    """Sehr geehrte Frau [[sal|Schulze]],
zu Ihrem Schaden {{@policy:SV-########}} zahlen wir {{amount|2.310,00 €}} auf das Konto [[@iban:DE:group]] aus. Bitte prüfen Sie die Bankverbindung.
{{team_name|Ihr Schadenservice}}""",
    # 19 several ids with commas
    """Rechnungsanschrift: {{brand|Bauer & Söhne}} OHG, [[address|Mühlenweg 3, 49074 Osnabrück]], USt-IdNr. [[@ustid:de]], IBAN [[@iban:DE:group]], Zahlungsziel {{quantity|30 Tage}}, Auftrag {{@order:A-######}}""",
    # 20 clinic, child
    """Hallo, ich möchte meinen Sohn [[oth|Leon]] für die U9 am {{date|28.11.}} anmelden. Rechnungen bitte an mich, Steuer-ID [[@idnr]]. Versichert bei der {{brand|TK}}, Versichertennummer {{@num:@#########}}. Erreichbar unter [[@phone:DE:mintl]].
Viele Grüße, [[sig|Melanie Vogel]]""",
    # 21 tab table
    """Mitarbeiter\tSteuer-ID\tIBAN
[[oth|R. Schmitz]]\t[[@idnr]]\t[[@iban:DE:compact]]
[[oth|P. Hahn]]\t[[@idnr]]\t[[@iban:DE:compact]]""",
    # 22 telecom complaint, no ids
    """Seit {{date|14 Tagen}} kein Festnetz unter [[@phone:DE:nat]]. Kundennummer {{@customer:##########}}, Anschrift [[address|Amselweg 9, 53119 Bonn]]. Der Techniker-Termin {{@ticket:T-######}} wurde abgesagt.
[[sig|Hans-Jürgen Busch]]""",
    # 23 chat, Steuer-ID answer
    """Bot: Bitte geben Sie Ihre Steuer-ID ein (11 Ziffern).
Sie: [[@idnr:sp]]
Bot: Danke. Ihr Antrag {{@ticket:A-########}} wurde am {{date|13.11.2024}} um {{time|10:02}} angelegt.""",
    # 24 no PII
    """Ich war im {{brand|Otto}}-Outlet in {{city|Hamburg}} und die Jacke {{product_code|J-4412}} war für {{amount|59 €}} ausgeschildert, an der Kasse kostete sie {{amount|89 €}}.""",
    # 25 English label in German
    """Für die Auslandsüberweisung: IBAN [[@iban:GB:group]], Sort Code {{@sort:##-##-##}}, Empfänger [[oth|Daniel Harper]]. Betrag {{amount|1.500 £}}.""",
    # 26 USt-IdNr of Czech partner
    """Unser tschechischer Kunde hat die DIČ [[@ico:cz]], IČO [[@ico]]. Bitte im ERP so anlegen, Kundennummer {{@customer:D#####}}, Kreditlimit {{amount|25.000 €}}.
[[sig|Petra Schäfer]]""",
    # 27 letter header
    """[[sig|Gerhard Zimmermann]]
[[address|Birkenallee 40
01069 Dresden]]
Steuer-ID [[@idnr:sp]]

Finanzamt Dresden-Süd
Einspruch gegen den Bescheid vom {{date|04.10.2024}}
Nachzahlung: {{amount|1.318,00 €}}""",
    # 28 bank, card dash
    """Karte [[@card:dash]] bitte sperren, Handy mit Wallet gestohlen. Anzeige bei der Polizei {{@num:AZ ####/##}} von {{date|heute}} {{time|6:50}}. Rückruf [[@phone:DE:mintl]].""",
    # 29 quoted reply
    """> Bitte teilen Sie uns Ihre neue Bankverbindung mit.
Neue IBAN: [[@iban:DE:group]]
(alte war [[@iban:DE:group]], gilt nicht mehr ab {{date|1.12.}})
Vertrag {{@contract:V-########}}
Gruß [[sig|Thorsten]]""",
    # 30 municipal
    """Sehr geehrter Herr [[sal|Bergmann]],
Ihr Antrag ({{@ticket:BB-######}}, Steuer-ID laut Antrag [[@idnr:sp]]) auf Anwohnerparkausweis für [[address|Lessingstraße 5, 76135 Karlsruhe]] ist genehmigt. Gebühr {{amount|30,70 €}}, Kassenzeichen {{@num:#######.####}}.
{{team_name|Bürgerbüro}}""",
    # 31 salutation, colleague, no ids
    """Hallo [[sal|Sabine]],
kannst du die Lieferung {{@order:LS-#####}} an {{brand|Kern Bau}} (USt-IdNr. [[@ustid:de]]) auf {{date|Donnerstag}} verschieben? Der Kunde ist bis {{time|16 Uhr}} nicht da.
[[sig|Uwe]]""",
    # 32 USt in parentheses after company & person
    """Auftraggeber: Dr. [[oth|Katrin Engel]] ({{brand|Engel Zahnarztpraxis}}, USt-IdNr. [[@ustid:de]]), Auftrag {{@order:####/24}}.""",
    # 33 no PII
    """Die {{street_as_brand|Königsallee}}-Filiale hat meinen Gutschein {{@num:GS-##########}} über {{amount|50 €}} nicht angenommen, obwohl er bis {{date|31.12.2025}} gilt.""",
    # 34 Russian INN? Ukrainian EDRPOU in German
    """Für den ukrainischen Lieferanten {{brand|Lviv Textile}}: EDRPOU [[@edrpou]], IBAN [[@iban:UA:group]]. Zahlungsziel {{quantity|14 Tage}}.
[[sig|Oksana Richter]]""",
    # 35 wrong IBAN kept, right one
    """In Ihrer Bestätigung {{@num:BS-######}} vom {{date|8.11.}} steht {{@bad:iban:DE}}, das ist falsch. Meine IBAN: [[@iban:DE:group]].
[[sig|Heike Braun]]""",
    # 36 self-intro lowercase
    """hi, hier ist [[intro|nico]] – meine steuer-id für den minijob: [[@idnr]]. personalbogen schick ich morgen, start ist {{date|1.12.}}, {{amount|538 €}}-job""",
    # 37 energy
    """Zählerstand Zähler {{@meter:1ESY#########}} (Vertrag {{@contract:########}}) am {{date|01.11.2024}}: 23.441 kWh. Abschlag bitte weiter von [[@iban:DE:compact]] einziehen.
[[sig|Elke Sommer]], [[address|Talstraße 2, 66111 Saarbrücken]]""",
    # 38 Steuer-ID without label
    """Die Nummer aus dem Brief vom Bundeszentralamt: [[@idnr]]. Reicht das für die Anmeldung beim Minijob ab {{date|Januar}}?
[[sig|Ayşe Demir]]""",
    # 39 B2B, GB VAT in German
    """Unser britischer Kunde {{brand|Hartley Foods}} Ltd hat die VAT Reg. No. [[@gbvat:gb]], Bank: Sort Code {{@sort:##-##-##}}, IBAN [[@iban:GB:group]]. Rechnung {{@invoice:####}} ohne deutsche USt., Reverse Charge. Ansprechpartner: [[oth|Emily Hartley]].""",
    # 40 Steuer-ID with wrong and right, signature
    """Auf der Lohnabrechnung steht die Steuer-ID {{@bad:idnr}}, korrekt ist [[@idnr:sp]]. Bitte ab {{date|November}} korrigieren.
Danke und Gruß
[[sig|Anja Roth]]""",
]


# ----------------------------------------------------------------------------- main


def build() -> list[dict]:
    rows = []
    for lang in LANGS:
        items = ITEMS[lang]
        assert len(items) == 40, (lang, len(items))
        for i, template in enumerate(items, 1):
            rows.append(fill(f"d11-{lang}-{i:02d}", lang, template))
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
