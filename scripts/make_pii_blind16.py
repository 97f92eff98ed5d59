#!/usr/bin/env python3
"""Write data/eval/pii/blind16.jsonl: a hand-written PII test split in company inboxes (blind).

140 customer texts (20 each in pl, cs, sk, ru, uk, en, de) by a separate author.
Each language is the inbox of one invented company of its own industry: a
Polish photovoltaic installer, a Czech operator of children's camps and clubs,
a Slovak spa resort, a Russian fitness club chain, a Ukrainian agricultural
supplier, a British letting agency and a German bicycle-leasing firm. Every
text is its own hand-written template: support e-mails with greetings, quoted
earlier replies and signature blocks, chats with agents and bots, web forms,
reviews, complaint letters, B2B orders and invoices, SMS replies and internal
notes. Each language carries at least 30 checksum identifiers written the way
people write them.

Names, checksum identifiers, phones, e-mails and addresses stand next to
near-misses that must survive redaction: order/invoice/ticket/tracking/
booking numbers, contract/meter/policy/customer numbers that fail every id
check, dates, times, amounts, quantities, product codes, brands (some named
after people, marked ``{{cbrand|...}}``), streets named after people, team
names, job titles, cities and greetings without a name. About 10 items carry
no PII.

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Pani Haliny]]    name, context salutation   (also sig / intro / oth)
    [[email|a@b.pl]]       literal PII of a kind (email, phone, address, url_token...)
    [[@pesel]]             PII value drawn by a generator (kind from GEN)
    {{city|Kalisz}}        literal keep span with its `what`
    {{cbrand|Firma Nowak}} a company named after a surname: keep, what `brand`
    {{@order:####}}        keep value drawn by a generator (what from KEEP_GEN)

Every identifier gets computed check digits and is validated with python-stdnum
(SNILS and the Polish ID card with the published algorithms, Czech and Slovak
domestic account numbers with the bank-account check), and every written PII
span of a checksum kind is checked once more by its kind, independently of its
generator (id_valid); every phone number passes phonenumbers.is_valid_number.
Numbered near-misses and product codes fail every identifier check used here
and are not valid phone numbers of the text's region. Each language must reach
the minima in MINIMA (checked on every run, --check included). The seed of
every item is fixed ("b16:" + its id).

    .venv/bin/python scripts/make_pii_blind16.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_blind16.py --check   # file on disk == output
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
OUT = ROOT / "data" / "eval" / "pii" / "blind16.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
SEED = "b16:"

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
    "booking": ("order_number", gen_pattern),
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
# a photovoltaic installer (its inbox: clients, grants, wholesalers, subcontractors)

ITEMS["pl"] = [
    # 1 customer e-mail about a grant and a refund
    """Dzień dobry,

piszę w sprawie umowy {{@contract:UM/PV/####/@@}} na instalację {{quantity|8,2 kWp}} na dachu domu przy [[address|ul. Polnej 14, 62-080 Tarnowo Podgórne]]. Do wniosku o dotację potrzebujecie mojego numeru PESEL, więc podaję: [[@pesel:female]]. Zwrot nadpłaty ({{amount|2 400,00 zł}}) proszę przelać na rachunek [[@iban:PL:nrb]].

Z poważaniem
[[sig|Halina Wróblewska]]
tel. [[@phone:PL:mg3]]""",
    # 2 company reply with a quoted message and a footer
    """Szanowna [[sal|Pani Halino]],

nadpłata wróci na konto w ciągu {{quantity|14 dni roboczych}}. Prosimy tylko potwierdzić numer rachunku [[@iban:PL:nrbc]], bo w umowie widnieje inny.

Łączymy pozdrowienia
[[sig|Kamil Zawadzki]]
{{job_title|Koordynator ds. dotacji}}
{{cbrand|Nowicki Energia Sp. z o.o.}} | NIP [[@nip:dash]] | REGON [[@regon:9]]

> W dniu {{date|12.03.2026}} o {{time|09:41}} [[oth|Halina Wróblewska]] <[[email|h.wroblewska@poczta.fm]]> napisała:
> piszę w sprawie umowy na instalację na dachu domu""",
    # 3 web form
    """Formularz: wycena instalacji
Imię i nazwisko: [[oth|Grzegorz Pawlak]]
PESEL: [[@pesel:sp:male]]
Seria i nr dowodu osobistego: [[@plid:sp]]
E-mail: [[email|gpawlak77@onet.pl]]
Telefon: [[@phone:PL:m]]
Adres montażu: [[address|Kolonia Borek 3, 97-300 Piotrków Trybunalski]]
Dach: {{quantity|45 m²}}, blachodachówka, kierunek południowy
Uwagi: proszę o kontakt po {{time|16:00}}""",
    # 4 chat with a bot and an agent
    """[Bot] Witaj! Podaj numer zlecenia, a sprawdzę status montażu.
[Klient] {{@order:ZL-######}}
[Bot] Dziękuję. Przekazuję rozmowę do konsultanta.
[Konsultant] Dzień dobry, nazywam się [[intro|Oliwia Krawczyk]]. Widzę, że montaż zaplanowano na {{date|22 kwietnia}}. W czym mogę pomóc?
[Klient] chciałem dopłacić resztę kartą, numer [[@card:group]], ważna do 08/28
[Konsultant] Prosimy nie podawać numeru karty na czacie — wyślę link do płatności na maila.
[Klient] ok, a mój pesel [[@pesel:mid]] jest potrzebny do umowy przyłączeniowej?""",
    # 5 review, no PII
    """★★★★★ Montaż sprawny, ekipa z {{city|Leszna}} przyjechała punktualnie o {{time|7:30}}. Panele {{brand|Longi}}, falownik {{product_code|SUN-10K-G05}}, po {{quantity|3 miesiącach}} licznik pokazuje {{quantity|2 130 kWh}}. {{cbrand|Nowicki Energia}} polecam, choć na odbiór przez operatora czekaliśmy długo.""",
    # 6 B2B order from a wholesaler
    """ZAMÓWIENIE {{@order:ZAM/2026/####}}
Sprzedawca: {{cbrand|Hurtownia Elektryczna Bednarek}}, NIP [[@nip:pl]], REGON [[@regon:14]]
Nabywca: {{cbrand|Nowicki Energia Sp. z o.o.}}, NIP [[@nip:sp]]
Pozycje:
 1. Moduł 440 W, {{product_code|LR5-54HTH-440M}} — {{quantity|48 szt.}}
 2. Kabel solarny 6 mm², {{product_code|KS6-RD-100}} — {{quantity|4 rolki}}
Razem: {{amount|31 870,20 zł}} brutto, płatne przelewem na [[@iban:PL:group]]
Termin: {{date|30.04.2026}}
Wystawił: [[sig|Dariusz Bednarek]]""",
    # 7 complaint letter
    """{{city|Kalisz}}, {{date|3 maja 2026}}

[[oth|Zbigniew Małecki]]
[[address|ul. Jana Pawła II 27/4, 62-800 Kalisz]]
PESEL [[@pesel:g3:senior]]

{{cbrand|Nowicki Energia Sp. z o.o.}}
Dział Reklamacji

REKLAMACJA

Od {{quantity|trzech tygodni}} falownik zgłasza błąd {{product_code|F-207}}, a licznik nr {{@meter:#### ## ####}} nie nalicza produkcji. Żądam naprawy w terminie {{quantity|14 dni}}. Jako rolnik rozliczam się z NIP [[@nip:dash2]].

[[sig|Zbigniew Małecki]]""",
    # 8 SMS replies
    """Wiadomość od {{cbrand|Nowicki Energia}}: montaż {{date|14.05}} godz. {{time|8:00}}. Odpisz TAK, aby potwierdzić.
> TAK. Będzie syn, numer do niego [[@phone:PL:mcompact]]. [[sig|Marek Lis]]
> i jeszcze dowód żony do umowy [[@plid:plain]], PESEL [[@pesel:female]]""",
    # 9 invoice correction from a farm company
    """Dzień dobry [[sal|Panie Kamilu]],

na fakturze {{@invoice:FV/###/04/2026}} brakuje naszego numeru NIP. Prawidłowe dane:
{{cbrand|Gospodarstwo Rolne Jankowscy}}
NIP: [[@nip:plsp]]
REGON: [[@regon:sp]]
Rachunek do ewentualnego zwrotu:
[[@iban:PL:nrbwrap]]

Pozdrawiam serdecznie
[[sig|Agnieszka Jankowska]]
{{job_title|księgowa}}""",
    # 10 subcontractor from Ukraine
    """Witam, jestem [[intro|Taras Melnyk]], elektryk z uprawnieniami SEP, pracuję dla Was jako podwykonawca w rejonie {{city|Konina}}.
Do umowy o dzieło:
- ukraiński numer podatkowy (RNOKPP): [[@rnokpp:male]]
- PESEL nadany w Polsce: [[@pesel:mid:male]]
- konto w Monobanku: [[@iban:UA:group]]
Faktura za {{quantity|6 montaży}}: {{amount|5 700 zł}}.
Tel. [[@phone:PL:mintl]]
[[sig|Taras]]""",
    # 11 forwarded e-mail
    """---------- Wiadomość przekazana ----------
Od: [[oth|Irena Sadowska]] <[[email|irena.sadowska@wp.pl]]>
Data: {{date|pon., 9 mar 2026}}
Temat: współwłaściciel działki

Dzień dobry, dom jest współwłasnością z mężem, [[oth|Henrykiem Sadowskim]]. Jego PESEL: [[@pesel:senior:male]], dowód [[@plid:lc]].
[[sig|Irena]]

---
[[sal|Kamil]], dopisz proszę męża do umowy {{@contract:UM/PV/####/@@}}. — [[sig|Ewa]]""",
    # 12 greeting without a name, general question, no PII
    """{{greeting_without_name|Szanowni Państwo}},

czy oferujecie magazyny energii {{brand|BYD}} o pojemności {{quantity|10 kWh}}? Nasza instalacja ma {{quantity|6 kWp}}, falownik {{product_code|SG6.0RT}}, zamontowana w {{date|2022}} roku przez inną firmę z {{city|Poznania}}. Budżet ok. {{amount|25 tys. zł}}.

Pozdrawiam""",
    # 13 grant office style letter, names with titles
    """Szanowny [[sal|Panie Piotrze]],

w załączeniu przesyłamy pełnomocnictwo dla [[oth|mec. Piotra Urbańskiego]] do reprezentowania spółki w sporze o umowę {{@contract:UM/PV/####/@@}}. Dane spółki: {{cbrand|Nowicki Energia Sp. z o.o.}}, NIP [[@nip:plain]], KRS {{@num:0000######}}.
Zarząd: [[oth|inż. Paweł Nowicki]] (Prezes).

Z wyrazami szacunku
[[sig|mgr Beata Nowicka]]
{{job_title|Prokurent}}""",
    # 14 chat: customer confirms details
    """Czat 17:02 — Klient: dzień dobry, tu [[intro|Wiesław Górski]], dzwoniłem wczoraj w sprawie zlecenia {{@order:ZL-######}}
Czat 17:03 — Agent [[oth|Natalia]]: Dzień dobry [[sal|Panie Wiesławie]]! Dla weryfikacji proszę o PESEL.
Czat 17:03 — Klient: [[@pesel:plain:mid:male]]
Czat 17:04 — Agent: Dziękuję, zmiana terminu na {{date|5 czerwca}} zapisana.""",
    # 15 employee leave note from installer, payroll
    """Cześć [[sal|Basiu]],

od {{date|1 lipca}} zmieniam bank, nowe konto do wypłaty: [[@iban:PL:group]]. Stare ([[@iban:PL:nrbc]]) zamykam.
Mój PESEL do listy płac [[@pesel:sp:mid]], gdyby trzeba było coś sprawdzić.

[[sig|Łukasz Kubiak]]
{{team_name|Ekipa montażowa nr 3}}""",
    # 16 email from a housing cooperative (B2B)
    """Dzień dobry,

{{cbrand|Spółdzielnia Mieszkaniowa im. Kościuszki}} zamawia audyt dachów {{quantity|4 budynków}} przy {{street_as_brand|ul. Mickiewicza}}. Dane do faktury: NIP [[@nip:dash]], REGON [[@regon:9]]. Płatność z rachunku [[@iban:PL:compact]].

Z poważaniem
[[sig|inż. Stanisław Dąbek]]
{{job_title|Kierownik ds. technicznych}}
tel. [[@phone:PL:fdash]]""",
    # 17 short customer review reply with name
    """Odpowiedź właściciela: Dziękujemy [[sal|Pani Moniko]] za opinię! Błąd {{product_code|E-031}} usunęliśmy zdalnie {{date|2 dni}} po zgłoszeniu. Pozdrawiamy, [[sig|Tomasz]] z {{cbrand|Nowicki Energia}}""",
    # 18 customer sends card for service plan
    """Witam,
chcę wykupić przegląd roczny (pakiet {{product_code|SERWIS-PRO}}, {{amount|399 zł}}). Płatność proszę pobrać z karty [[@card:dash]].
Numer klienta {{@num:K-#####}}.
[[sig|Jolanta Michalak]], [[email|jola.michalak@gmail.com]]""",
    # 19 internal note
    """Notatka do zlecenia {{@order:ZL-######}}: klient [[oth|Ryszard Wilk]] prosi o fakturę na firmę, NIP [[@nip:sp]]. Rachunek firmowy wg klienta: [[@iban:PL:nrb]]. Montaż wykona {{team_name|Ekipa montażowa nr 1}}. — [[sig|K. Zawadzki]]""",
    # 20 reminder
    """Szanowny [[sal|Panie Ryszardzie]],

przypominamy o płatności za fakturę {{@invoice:FV/###/05/2026}} na kwotę {{amount|12 450,00 zł}}, termin minął {{date|20.05.2026}}. Wpłaty prosimy kierować na rachunek [[@iban:PL:nrb]].

{{team_name|Dział Windykacji}}
{{cbrand|Nowicki Energia Sp. z o.o.}}""",
]

# =========================================================================== cs
# an operator of children's summer camps and after-school clubs

ITEMS["cs"] = [
    # 1 parent's registration e-mail
    """Dobrý den,

přihlašuji syna na turnus {{@booking:T##-2026}} ({{date|12.–25. 7. 2026}}, {{city|Lipno nad Vltavou}}). Údaje pro pojištění:
jméno: [[oth|Vojtěch Šimánek]]
RČ: [[@rc:slash:child:male]]
zdravotní pojišťovna {{brand|VZP}}
Zálohu {{amount|3 500 Kč}} posílám z účtu [[@iban:CZ:dom]].

S pozdravem
[[sig|Lenka Šimánková]]
[[@phone:CZ:mg3]]""",
    # 2 reply with quote and footer
    """Dobrý den [[sal|paní Šimánková]],

přihláška je zaevidována, záloha dorazila. Do {{date|30. 6.}} prosím doplaťte {{amount|5 900 Kč}} na účet [[@iban:CZ:group]] s variabilním symbolem {{@num:26#####}}.

Hezký den přeje
[[sig|Bc. Klára Dušková]]
{{job_title|koordinátorka táborů}}
{{cbrand|Tábory Kolář s.r.o.}}, IČO [[@ico:plain]], DIČ [[@ico:czsame]]

Dne {{date|3. 4. 2026}} v {{time|21:15}} [[oth|Lenka Šimánková]] <[[email|lenka.simankova@seznam.cz]]> napsal(a):
> přihlašuji syna na turnus""",
    # 3 web form for an after-school club
    """Přihláška do kroužku: {{product_code|ROBOTIKA-B2}}
Dítě: [[oth|Eliška Procházková]], nar. {{date|14. 9. 2015}}
Rodné číslo dítěte: [[@rc:plain:child:female]]
Zákonný zástupce: [[oth|Martin Procházka]]
E-mail: [[email|m.prochazka@email.cz]]
Telefon: [[@phone:CZ:mintl]]
Bydliště: [[address|Kounicova 41, 602 00 Brno]]
Platba: kartou online""",
    # 4 employer contribution (FKSP) B2B
    """Dobrý den,

naše organizace přispěje z FKSP na tábor dětí zaměstnanců ({{quantity|6 dětí}}, celkem {{amount|18 000 Kč}}). Fakturační údaje:
{{cbrand|Nemocnice Dvořák a partneři, z. ú.}}
IČ: [[@ico:sp]]
DIČ: [[@ico:cz]]
Bankovní spojení: [[@iban:CZ:dom]]
Objednávka č. {{@order:OBJ-####/26}}

S pozdravem
[[sig|Ing. Radka Benešová]]
{{job_title|personální oddělení}}
tel. [[@phone:CZ:fg3]]""",
    # 5 review, no PII
    """Hodnocení 5/5: Dcera se vrátila z tábora v {{city|Kořenově}} nadšená, vedoucí z {{team_name|oddílu Sovy}} byli skvělí. Jen autobus z {{city|Prahy}} měl v {{time|8:00}} zpoždění {{quantity|40 minut}}. Za {{amount|8 900 Kč}} za {{quantity|14 dní}} férová cena. {{cbrand|Tábory Kolář}} určitě znovu.""",
    # 6 chat with bot and agent
    """Bot: Dobrý den! Napište číslo přihlášky.
Rodič: {{@booking:P-######}}
Bot: Přepojuji na operátora.
Operátor: Dobrý den, u telefonu… tedy u klávesnice [[intro|Petra Hanáková]]. Co potřebujete?
Rodič: potřebuji potvrzení pro pojišťovnu, rodné číslo dcery je [[@rc:slash:child:female]] a moje [[@rc:slash:mid:male]]
Operátor: Děkuji, potvrzení pošlu do {{time|16:00}}.""",
    # 7 complaint letter
    """V {{city|Olomouci}} dne {{date|2. srpna 2026}}

Věc: stížnost na průběh turnusu {{@booking:T##-2026}}

Vážení,
syn [[oth|Ondřej Kratochvíl]] (RČ [[@rc:sp:child:male]]) byl z tábora poslán domů o {{quantity|3 dny}} dříve bez vysvětlení. Žádám vrácení poměrné části, tj. {{amount|1 900 Kč}}, na účet [[@iban:CZ:compact]].

[[sig|Mgr. Jana Kratochvílová]]
[[address|Tř. Svobody 12, 779 00 Olomouc]]""",
    # 8 SMS replies
    """SMS {{cbrand|Tábory Kolář}}: Odjezd autobusu {{date|12. 7.}} v {{time|7:45}} od {{street_as_brand|Masarykova nádraží}}. Potvrďte ANO.
> ANO, pojede i sestra, doplatek pošlu z účtu [[@iban:CZ:dom]]. [[sig|Hrubá]]
> Omlouvám se, správně je to účet manžela [[@iban:CZ:dom]], zkuste to prosím takto. [[sig|Alena Hrubá]]""",
    # 9 supplier invoice for camp food
    """FAKTURA č. {{@invoice:2026####}}
Dodavatel: {{cbrand|Řeznictví Vlček}}, [[oth|Josef Vlček]], IČO [[@ico:plain]], DIČ [[@dicrc]]
Odběratel: {{cbrand|Tábory Kolář s.r.o.}}, IČO [[@ico:plain]]
Položky: uzeniny {{quantity|42 kg}}, {{amount|11 340 Kč}}
Splatnost: {{date|15. 7. 2026}}
Úhrada na: [[@iban:CZ:group]]
Vystavil: [[sig|Josef Vlček]]""",
    # 10 new instructor introduction
    """Ahoj,

jsem [[intro|Matěj Krejčí]], od léta nový instruktor lezení. Pro smlouvu (DPP) posílám: rodné číslo [[@rc:slash:mid:male]], číslo účtu [[@iban:CZ:dom]], pojišťovna {{brand|OZP}}.
Zdravotní průkaz doložím do {{date|1. 6.}}.

[[sig|Matěj]]
[[@phone:CZ:mcompact]]""",
    # 11 internal, no PII
    """Interní: Kapacita turnusu {{@booking:T##-2026}} je naplněna ({{quantity|48 dětí}}). Čekací listina se otevírá {{date|1. května}} v {{time|10:00}}. Ceník kroužku {{product_code|KERAMIKA-A1}} zůstává {{amount|2 400 Kč}} za pololetí. {{team_name|Tým přihlášek}}""",
    # 12 Slovak parent writing in Czech inbox
    """Dobrý deň,

sme zo {{city|Žiliny}}, dcéru [[oth|Natáliu Kováčovú]] prihlasujem na tábor. Rodné číslo: [[@rcsk:slash:child:female]]. Platiť budem zo slovenského účtu [[@iban:SK:group]].

Ďakujem, [[sig|Miroslava Kováčová]]""",
    # 13 cancellation with card refund
    """Dobrý den [[sal|pane Horáku]],

storno přihlášky {{@booking:P-######}} jsme přijali. Storno poplatek činí {{percent|20 %}}, zbytek ({{amount|7 120 Kč}}) vrátíme na kartu, ze které jste platil ([[@card:group]]), do {{quantity|10 dnů}}.

S pozdravem
[[sig|Klára Dušková]]""",
    # 14 school trip order (B2B)
    """Objednávka školy v přírodě
Škola: {{cbrand|ZŠ T. G. Masaryka}}, {{street_as_brand|Husova}} 8, {{city|Písek}}
IČO školy: [[@ico:plain]]
Počet žáků: {{quantity|52}}, termín {{date|18.–22. 5. 2026}}
Úhrada z účtu zřizovatele: [[@iban:CZ:group]]
Kontaktní osoba: [[oth|Mgr. Pavel Zeman]], [[@phone:CZ:fintl]]
S pozdravem [[sig|PaedDr. Hana Veselá]], ředitelka""",
    # 15 parent corrects data
    """Dobrý den [[sal|paní Dušková]],

v přihlášce jsem spletla rodné číslo syna. Správně: [[@rc:plain:child:male]] (ne {{@bad:rc:slash}}).
Děkuji a omlouvám se.
[[sig|Veronika Malá]]""",
    # 16 lawyer letter with degrees after name
    """Vážený [[sal|pane Sedláčku]],

jako právní zástupce {{cbrand|Tábory Kolář s.r.o.}} (IČO [[@ico:plain]]) Vám sděluji, že nárok Vaší klientky uplatněný dopisem ze dne {{date|5. 8. 2026}} odmítáme.

[[sig|JUDr. Aleš Konečný, Ph.D.]]
advokát, {{cbrand|Konečný & Svoboda advokáti}}""",
    # 17 bank change for payroll
    """Ahoj [[sal|Klárko]],

prosím změnit účet pro výplatu: [[@iban:CZ:lcgroup]]. RČ [[@rc:slash:mid:female]] kdyby to účetní potřebovala.
Díky, [[sig|Bára]]""",
    # 18 question without PII
    """{{greeting_without_name|Dobrý den}},
máte ještě volno na turnusu {{@booking:T##-2026}} pro {{quantity|2 děti}} ve věku {{quantity|9 a 11 let}}? A je možné platit přes {{brand|Edenred}} benefity?
Děkuji
[[sig|Soňa Urbanová]]""",
    # 19 doctor's confirmation
    """Potvrzení o zdravotní způsobilosti dítěte
Jméno: [[oth|Adam Pospíšil]], RČ [[@rc:sp:child:male]]
Dítě je schopno zúčastnit se zotavovací akce.
V {{city|Jihlavě}} dne {{date|20. 6. 2026}}
[[sig|MUDr. Ivana Šťastná]], praktický lékař pro děti a dorost""",
    # 20 camp leader self intro on chat with parent
    """[{{time|20:14}}] Vedoucí: Dobrý večer, jsem [[intro|Tereza Marková]], hlavní vedoucí turnusu. Syn je v pořádku, jen si zapomněl kartičku pojišťovny.
[{{time|20:16}}] Rodič: Děkuji! Číslo pojištěnce je jeho rodné číslo [[@rc:slash:child:male]]. [[sig|Kubát]]""",
]

# =========================================================================== sk
# a spa resort (stays paid by health insurers, vouchers, corporate guests)

ITEMS["sk"] = [
    # 1 guest e-mail about a prescribed stay
    """Dobrý deň,

lekár mi predpísal kúpeľnú liečbu (návrh č. {{@num:KL-#####/26}}), pobyt by som chcela nastúpiť {{date|3. marca 2026}}. Moje rodné číslo: [[@rcsk:slash:senior:female]], poisťovňa {{brand|Dôvera}}. Doplatok za jednoposteľovú izbu ({{amount|14 € / noc}}) zaplatím z účtu [[@iban:SK:group]].

S pozdravom
[[sig|Mária Ondrejková]]
[[@phone:SK:msk0slash]]""",
    # 2 reply from reception with quoted message
    """Dobrý deň [[sal|pani Ondrejková]],

termín {{date|3. 3. 2026}} je potvrdený, ubytovanie v dome {{brand|Palace}}, nástup od {{time|14:00}}. Doplatok prosíme uhradiť vopred na účet [[@iban:SK:compact]], VS {{@num:26######}}.

S pozdravom
[[sig|Zuzana Bieliková]]
{{job_title|recepcia – rezervácie}}
{{cbrand|Kúpele Hrabovský, a. s.}} | IČO: [[@ico:plain]] | DIČ: [[@icdph:plain]] | IČ DPH: [[@icdph:sksame]]

---- Pôvodná správa ----
Od: [[oth|Mária Ondrejková]] <[[email|maria.ondrejkova@azet.sk]]>
Dátum: {{date|10. 2. 2026}}""",
    # 3 web form booking
    """Rezervačný formulár – wellness pobyt {{product_code|RELAX-3N}}
Meno a priezvisko: [[oth|Peter Baláž]]
Rodné číslo (pre poisťovňu): [[@rcsk:plain:mid:male]]
Spolucestujúca: [[oth|Ivana Balážová]], RČ [[@rcsk:slash:mid:female]]
E-mail: [[email|peter.balaz@gmail.com]]
Telefón: [[@phone:SK:mintl]]
Adresa: [[address|Hlavná 118, 040 01 Košice]]
Príchod: {{date|14. 4.}} Odchod: {{date|17. 4.}}""",
    # 4 corporate voucher order
    """Objednávka {{@order:OBJ/2026/###}}

Dobrý deň, objednávame {{quantity|25 darčekových poukážok}} {{product_code|POUKAZ-150}} pre zamestnancov.
Odberateľ: {{cbrand|Strojáreň Mikuláš Horváth s.r.o.}}
IČO: [[@ico:sp]]
DIČ: [[@icdph:plain]]
IČ DPH: [[@icdph:sksp]]
Platba z účtu [[@iban:SK:group]]

S pozdravom
[[sig|Ing. Miroslav Tomko]]
{{job_title|vedúci HR}}""",
    # 5 review, no PII
    """Recenzia: Procedúry výborné, bazén s termálnou vodou {{quantity|38 °C}}, raňajky do {{time|10:00}}. Masérka z {{team_name|tímu Aqua}} mala zlaté ruky. Parkovanie {{amount|5 €}} denne. Na {{street_as_brand|Kollárovej}} ulici je pekná kaviareň. Do {{city|Piešťan}} sa vrátime v {{date|jeseni}}.""",
    # 6 chat with a bot
    """{{brand|Bot Hrabko}}: Dobrý deň! Zadajte číslo rezervácie.
Hosť: {{@booking:RZ-######}}
{{brand|Bot Hrabko}}: Prepájam na kolegyňu.
Agent: Dobrý deň, volám sa [[intro|Simona Vargová]]. Ako vám môžem pomôcť?
Hosť: chcem predĺžiť pobyt o {{quantity|2 noci}}, zaplatím kartou [[@card:group]]
Agent: Predĺženie je možné, platbu však prosím cez zabezpečený odkaz, nie v chate.
Hosť: ok. a pre poisťovňu ešte moje rč [[@rcsk:plain:senior:male]]""",
    # 7 complaint letter
    """{{city|Trenčín}}, {{date|21. 5. 2026}}

Vec: Reklamácia pobytu {{@booking:RZ-######}}

Počas pobytu nefungovala {{quantity|4 dni}} klimatizácia v izbe {{@num:3##}}. Žiadam zľavu {{percent|30 %}} a jej vrátenie na účet [[@iban:SK:dom]].

[[sig|MUDr. Eduard Kollár, PhD.]]
[[address|Jilemnického 6, 911 01 Trenčín]]""",
    # 8 SMS
    """{{cbrand|Kúpele Hrabovský}}: Dobrý deň, pripomíname nástup {{date|3. 3.}} od {{time|14:00}}. Odpovedzte OK.
> OK, prídem s manželom, jeho rč [[@rcsk:slash:senior:male]], môj telefón [[@phone:SK:msk0]]. [[sig|Ondrejková]]""",
    # 9 supplier invoice (laundry)
    """FAKTÚRA {{@invoice:FA26####}}
Dodávateľ: {{cbrand|Práčovňa Gregor}}, [[oth|Rastislav Gregor]]
IČO [[@ico:plain]], DIČ [[@icdph:plain]], nie je platiteľ DPH
Odberateľ: {{cbrand|Kúpele Hrabovský, a. s.}}, IČ DPH [[@icdph:sk]]
Pranie posteľnej bielizne: {{quantity|1 240 kg}} × {{amount|1,10 €}}
Úhrada: [[@iban:SK:wrap]]
Vyhotovil: [[sig|R. Gregor]]""",
    # 10 new therapist introduction
    """Dobrý deň,

som [[intro|Lucia Dudášová]], fyzioterapeutka, nastupujem {{date|1. apríla}}. Pre mzdovú účtovníčku: rodné číslo [[@rcsk:sp:mid:female]], účet na výplatu [[@iban:SK:dom]].

[[sig|Lucia]]""",
    # 11 Czech guest
    """Dobrý den [[sal|paní Bieliková]],

jezdíme k vám z {{city|Ostravy}} už {{quantity|5 let}}. Tentokrát platí pobyt moje firma: {{cbrand|Zedník & Syn s.r.o.}}, IČO [[@ico:plain]], DIČ [[@ico:czsame]], účet [[@iban:CZ:dom]].

Zdraví
[[sig|Jaroslav Zedník]]""",
    # 12 insurer letter
    """Vážený [[sal|pán Baláž]],

zdravotná poisťovňa schválila kúpeľnú starostlivosť kategórie {{product_code|A-II}} na {{quantity|21 dní}}. Poistenec: [[oth|Peter Baláž]], RČ [[@rcsk:slash:mid:male]].

S pozdravom
[[sig|Mgr. Renáta Čierna]]
{{team_name|oddelenie kúpeľnej starostlivosti}}""",
    # 13 gift card order by card
    """Dobrý deň, kupujem poukaz {{product_code|POUKAZ-300}} pre mamu [[oth|Oľgu Kútnu]]. Zaplatila som kartou končiacou na {{@num:####}}, ale platba zlyhala, skúste prosím túto: [[@card:plain]].
Ďakujem, [[sig|Katarína Kútna]], [[email|katka.kutna@post.sk]]""",
    # 14 internal handover
    """Odovzdávka smeny {{date|12. 4.}}, {{time|22:00}}:
- izba {{@num:2##}}: hosť [[oth|Ján Slanina]] žiada faktúru na firmu, IČO [[@ico:plain]], IČ DPH [[@icdph:sk]]
- {{team_name|údržba}} vymení batériu v {{@num:1##}}
[[sig|Zuzana B.]]""",
    # 15 salutation to doctor, degrees
    """Vážená [[sal|pani primárka MUDr. Hudáková]],

posielam zoznam pacientov na budúci týždeň. Pacient [[oth|Milan Rusnák]] (RČ [[@rcsk:plain:senior:male]]) prosí o presun na {{date|pondelok}}.

[[sig|Bc. Andrea Lukáčová]]
{{job_title|vrchná sestra}}""",
    # 16 refund to account
    """Dobrý deň [[sal|pán Tomko]],

za neodobraté poukazy vám vrátime {{amount|450 €}} na účet [[@iban:SK:lcgroup]] do {{quantity|5 pracovných dní}}.

S pozdravom
[[sig|Zuzana Bieliková]]""",
    # 17 hotel partner B2B
    """Dobrý deň,

v prílohe zmluva o spolupráci {{@contract:ZM-###/2026}}. Naše údaje: {{cbrand|Penzión U Jánošíka}}, IČO [[@ico:plain]], DIČ [[@icdph:plain]], účet [[@iban:SK:dom]].

S pozdravom
[[sig|Marek Šimko]], konateľ
[[@phone:SK:fintl]]""",
    # 18 self intro in chat, guest
    """[{{time|09:12}}] Hosť: dobrý deň, tu [[intro|Anton Michalík]] z izby {{@num:4##}}, môžem si presunúť masáž na {{time|15:30}}?
[{{time|09:13}}] Recepcia: Dobrý deň, áno, presunuté. Prajeme pekný deň!""",
    # 19 corrected birth number
    """Dobrý deň, v rezervácii {{@booking:RZ-######}} je chybné rodné číslo {{@bad:rc:slash}}, správne je [[@rcsk:slash:mid:female]].
[[sig|Eva Michalíková]]""",
    # 20 Austrian agency
    """Dobrý deň,

sme cestovná kancelária z {{city|Viedne}}, máme záujem o {{quantity|12 izieb}} v termíne {{date|10.–17. 9.}}. Údaje: {{cbrand|Reisebüro Steiner GmbH}}, UID [[@atu:atu]], IBAN [[@iban:AT:group]].

S pozdravom
[[sig|Mag. Elisabeth Gruber]]""",
]

# =========================================================================== ru
# a fitness club chain (memberships, tax deduction certificates, corporate clients)

ITEMS["ru"] = [
    # 1 member asks for a tax deduction certificate
    """Здравствуйте!

Прошу выдать справку об оплате физкультурно-оздоровительных услуг для налогового вычета за {{date|2025 год}}. Абонемент {{product_code|GOLD-12}}, договор № {{@contract:ФК-######}}.
Мой ИНН: [[@innp:12]]
Оплачивала картой [[@card:mirgroup]].

С уважением,
[[sig|Светлана Игоревна Кузьмина]]
[[@phone:RU:mru8]]""",
    # 2 reply with quote
    """Добрый день, [[sal|Светлана Игоревна]]!

Справка будет готова через {{quantity|5 рабочих дней}}. Для её оформления укажите, пожалуйста, ИНН налогоплательщика, если он отличается от [[@innp:12]] (например, если вычет получает супруг).

С уважением,
[[sig|Анна Белова]]
{{job_title|администратор клуба}}
{{cbrand|Фитнес-клуб «Поддубный»}}, ИНН [[@inn:10]], ОГРН [[@ogrn:13]]

-----Исходное сообщение-----
От: [[oth|Светлана Кузьмина]] <[[email|s.kuzmina@mail.ru]]>
Отправлено: {{date|14 февраля 2026 г.}} {{time|10:22}}""",
    # 3 web form for a trial visit
    """Заявка с сайта: пробная тренировка
ФИО: [[oth|Дмитрий Олегович Соколов]]
Телефон: [[@phone:RU:mruintl]]
E-mail: [[email|d.sokolov1990@yandex.ru]]
Клуб: {{city|Екатеринбург}}, ТЦ «Гринвич»
Адрес: [[address|Екатеринбург, ул. Фрунзе, 35А, кв. 112]]
ИНН (для справки о вычете): [[@innp:12]]
Удобное время: {{time|19:00}}
Комментарий: интересует бассейн и {{product_code|CROSS-FIT L2}}""",
    # 4 chat: bot and agent
    """Бот: Здравствуйте! Введите номер карты клиента.
Клиент: {{@num:#######}}
Бот: Переключаю на оператора.
Оператор: Добрый вечер, меня зовут [[intro|Ксения Мартынова]]. Чем помочь?
Клиент: хочу заморозить абонемент на {{quantity|30 дней}}, я в командировке
Оператор: Конечно. Для подтверждения назовите СНИЛС или последние цифры карты оплаты.
Клиент: снилс [[@snils:dash]]
Оператор: Спасибо, заморозка оформлена с {{date|завтрашнего дня}}.""",
    # 5 review, no PII
    """Отзыв: Зал большой, тренажёры {{brand|Technogym}}, но в {{time|19:00}} не протолкнуться. Сауна закрыта с {{date|1 марта}}. Абонемент за {{amount|34 900 ₽}} на {{quantity|12 месяцев}} — дороговато. Тренеры из {{team_name|команды «Атлет»}} молодцы. Клуб на {{street_as_brand|улице Гагарина}} лучше, чем в {{city|Верхней Пышме}}.""",
    # 6 corporate contract
    """Добрый день!

Наша компания хочет подключить корпоративные абонементы для {{quantity|40 сотрудников}}. Реквизиты:
{{cbrand|ООО «Лебедев и партнёры»}}
ИНН [[@inn:10]]
КПП {{@num:66##01001}}
ОГРН [[@ogrn:13]]
Генеральный директор [[oth|Лебедев Игорь Сергеевич]]

С уважением,
[[sig|Ольга Викторовна Зуева]]
{{job_title|HR-менеджер}}
[[@phone:RU:fruintl]]""",
    # 7 complaint letter
    """Директору {{cbrand|Фитнес-клуба «Поддубный»}}
от [[oth|Романова Артёма Павловича]]
[[address|г. Екатеринбург, ул. Вайнера, д. 9, кв. 31]]

ПРЕТЕНЗИЯ

{{date|12.04.2026}} с моей карты [[@card:mir]] повторно списали {{amount|3 490 ₽}} за ежемесячный платёж. Прошу вернуть деньги в течение {{quantity|10 дней}}. Договор № {{@contract:ФК-######}}, ИНН [[@innp:12sp]].

[[sig|А. П. Романов]]""",
    # 8 SMS
    """{{cbrand|Поддубный}}: Ваш абонемент истекает {{date|31.05}}. Продлить со скидкой {{percent|15%}}? Ответьте ДА.
> да, продлите. карта та же? если нет — [[@card:mirplain]] [[sig|Кузьмина]]""",
    # 9 sole trader trainer invoice
    """Счёт № {{@invoice:###-26}} от {{date|30.04.2026}}
Исполнитель: ИП [[oth|Жуков Максим Андреевич]], ИНН [[@innp:12]], ОГРНИП [[@ogrn:15]]
Заказчик: {{cbrand|ООО «Поддубный-Урал»}}, ИНН [[@inn:10]], ОГРН [[@ogrn:13]]
Услуги: персональные тренировки, {{quantity|64 ч}} × {{amount|1 500 ₽}}
Итого: {{amount|96 000 ₽}}, без НДС
[[sig|М. А. Жуков]]""",
    # 10 new coach hire
    """Добрый день!

Меня зовут [[intro|Егор Никитин]], с {{date|1 июня}} выхожу тренером в зал на {{street_as_brand|проспекте Ленина}}. Для оформления:
СНИЛС [[@snils:sp]]
ИНН [[@innp:12]]
Зарплатная карта [[@card:mirgroup]]

[[sig|Егор]]
[[@phone:RU:mru8dash]]""",
    # 11 salutation with patronymic + quote
    """Уважаемый [[sal|Максим Андреевич]]!

Акт за {{date|апрель}} подписан, оплата по счёту {{@invoice:###-26}} пройдёт до {{date|10 мая}}.

С уважением,
{{team_name|Бухгалтерия}} {{cbrand|ООО «Поддубный-Урал»}} (ИНН [[@inn:10]], ОГРН [[@ogrn:13]])
[[sig|Галина Петровна Сафронова]], {{job_title|главный бухгалтер}}""",
    # 12 forwarded e-mail from a spouse
    """---------- Пересылаемое сообщение ----------
От: [[oth|Игорь Кузьмин]] <[[email|igor.kuzmin@bk.ru]]>
Дата: {{date|16 февраля 2026}}

[[sal|Света]], вычет буду получать я, мой ИНН [[@innp:12]], СНИЛС [[@snils:dash2]].

---
[[sal|Анна]], добрый день, пересылаю данные мужа. [[sig|С. Кузьмина]]""",
    # 13 question without PII
    """{{greeting_without_name|Добрый день}}!
Есть ли в клубе на {{street_as_brand|улице Малышева}} детские группы по плаванию для детей {{quantity|6–7 лет}}? Сколько стоит {{quantity|8 занятий}}? Видела цену {{amount|6 400 ₽}}, она актуальна?
Спасибо""",
    # 14 chat: member self intro
    """[{{time|08:03}}] Клиент: доброе утро, это [[intro|Виктория Орлова]], карта клиента {{@num:#######}}, забыла браслет от шкафчика
[{{time|08:05}}] Администратор [[oth|Анна]]: Доброе утро, [[sal|Виктория]]! Подойдите на ресепшен, выдадим временный.""",
    # 15 refund to card with INN
    """Добрый день, [[sal|Артём Павлович]]!

Двойное списание подтверждено, {{amount|3 490 ₽}} по заказу {{@order:ЗК-#######}} вернутся на карту [[@card:mirdash]] в течение {{quantity|7 дней}}.

С уважением,
[[sig|Анна Белова]]""",
    # 16 supplier of equipment
    """Коммерческое предложение № {{@num:КП-####}}
Поставщик: {{cbrand|ООО «Спортмастер Громов»}}, ИНН [[@inn:10]], ОГРН [[@ogrn:13]]
Беговые дорожки {{product_code|TR-900X}} — {{quantity|6 шт.}}, {{amount|1 140 000 ₽}}
Менеджер: [[sig|Станислав Громов]], [[@phone:RU:fru8]]""",
    # 17 member data change
    """Здравствуйте, [[sal|Анна]]!
Сменила фамилию после свадьбы, теперь [[oth|Орлова-Зайцева]]. СНИЛС тот же: [[@snils:plain]], ИНН [[@innp:12]].
[[sig|Виктория]]""",
    # 18 tax office style data for a sole trader partner
    """Партнёр по аренде зала: ИП [[oth|Фёдоров Николай Ильич]]
ИНН [[@innp:12]]
ОГРНИП [[@ogrn:15]]
Договор аренды {{@contract:АР-###/26}} до {{date|31.12.2026}}
Подписал: [[sig|Н. И. Фёдоров]]""",
    # 19 complaint reply to a guest with a card
    """Уважаемая [[sal|Ольга Викторовна]]!

Корпоративный договор {{@contract:КД-####}} подписан. Первый платёж {{amount|140 000 ₽}} просим оплатить до {{date|15 июня}}, либо картой компании [[@card:group]]. В договоре прошу исправить ИНН на [[@inn:10]] — в шапке указан ИНН головной организации.

[[sig|Анна Белова]]""",
    # 20 sms from coach
    """Привет! Это [[intro|Максим Жуков]], твой тренер. Завтра в {{time|7:00}} ноги, возьми {{quantity|2 литра}} воды. Чек на {{amount|1 500 ₽}} отправлю на [[email|orlova.v@inbox.ru]].""",
]

# =========================================================================== uk
# an agricultural supplier (seeds, fertiliser, crop protection; farms and sole traders)

ITEMS["uk"] = [
    # 1 farmer order by e-mail
    """Добрий день!

Прошу виставити рахунок на насіння соняшнику {{product_code|LG 50.635}} — {{quantity|40 посівних одиниць}} та аміачну селітру {{quantity|12 т}}.
Покупець: ФГ «Зоря», код ЄДРПОУ [[@edrpou]]
Оплата з рахунку [[@iban:UA:group]]
Доставка: [[address|с. Велика Багачка, вул. Шкільна, 7, Полтавська обл.]]

З повагою,
[[sig|Василь Петрович Гнатюк]]
[[@phone:UA:mua0]]""",
    # 2 reply with invoice and quote
    """Доброго дня, [[sal|пане Василю]]!

Рахунок {{@invoice:СФ-######}} на суму {{amount|486 300,00 грн}} у вкладенні. Реквізити для оплати: [[@iban:UA:compact]], отримувач {{cbrand|ТОВ «Агроцентр Коваленко»}}, ЄДРПОУ [[@edrpou]].

З повагою,
[[sig|Оксана Лисенко]]
{{job_title|менеджерка з продажу}}

> {{date|03.03.2026}} о {{time|08:17}} [[oth|Василь Гнатюк]] <[[email|zorya.farm@ukr.net]]> пише:
> Прошу виставити рахунок на насіння соняшнику""",
    # 3 web form of a sole trader
    """Заявка на відтермінування платежу
ПІБ: [[oth|Кравчук Олена Миколаївна]]
РНОКПП: [[@rnokpp:female:mid]]
Статус: ФОП, 3 група
Рахунок: [[@iban:UA:lcgroup]]
Телефон: [[@phone:UA:mintl]]
Email: [[email|kravchuk.olena@gmail.com]]
Сума боргу: {{amount|72 400 грн}}, бажаний термін: до {{date|15.09.2026}}""",
    # 4 chat with bot and agent
    """Бот: Вітаємо! Введіть номер замовлення.
Клієнт: {{@order:ЗМ-#######}}
Бот: З'єдную з менеджером.
Менеджер: Добрий день, мене звати [[intro|Богдан Ткачук]]. Замовлення зібране, відвантаження {{date|завтра}} о {{time|9:00}}.
Клієнт: можна оплатити карткою? [[@card:group]]
Менеджер: Краще за посиланням, я надішлю. Для накладної потрібен ваш РНОКПП.
Клієнт: [[@rnokpp:male:mid]]""",
    # 5 review, no PII
    """Відгук: Гербіцид {{brand|Раундап}} привезли за {{quantity|2 дні}}, ціна {{amount|298 грн/л}} нижча, ніж у {{city|Кременчуці}}. Агроном із {{team_name|відділу агросупроводу}} приїхав на поле безкоштовно. Склад на {{street_as_brand|вулиці Шевченка}} працює з {{time|7:00}}.""",
    # 6 B2B contract with a large holding
    """Договір поставки № {{@contract:ДП-###/2026}}
Постачальник: {{cbrand|ТОВ «Агроцентр Коваленко»}}, ЄДРПОУ [[@edrpou]], IBAN [[@iban:UA:group]]
Покупець: {{cbrand|ПрАТ «Агрохолдинг Бондаренко»}}, ЄДРПОУ [[@edrpou]], IBAN [[@iban:UA:wrap]]
Предмет: мінеральні добрива {{product_code|NPK 16-16-16}}, {{quantity|120 т}}
Від постачальника: {{job_title|директор}} [[sig|Коваленко І. В.]]
Від покупця: [[sig|Бондаренко С. М.]]""",
    # 7 complaint letter
    """Директору {{cbrand|ТОВ «Агроцентр Коваленко»}}
від [[oth|Мельничука Юрія Степановича]], РНОКПП [[@rnokpp:senior:male]]
[[address|Черкаська обл., м. Сміла, вул. Незалежності, 44]]

СКАРГА

Насіння кукурудзи {{product_code|DKC 3730}} (партія {{@num:П-#####}}) мало схожість {{percent|61%}} замість заявлених {{percent|95%}}. Прошу повернути {{amount|58 000 грн}} на рахунок [[@iban:UA:group]].

{{date|20.05.2026}}                    [[sig|Ю. С. Мельничук]]""",
    # 8 SMS
    """{{cbrand|Агроцентр Коваленко}}: Ваше замовлення {{@order:ЗМ-#######}} відвантажено, ТТН {{@tracking:20450#########}}.
> дякую. рахунок для повернення передоплати [[@iban:UA:compact]] [[sig|Гнатюк]]""",
    # 9 sole trader driver invoice
    """Рахунок № {{@invoice:##/26}}
Виконавець: ФОП [[oth|Савчук Андрій Іванович]], РНОКПП [[@rnokpp:male:mid]], IBAN [[@iban:UA:group]]
Замовник: {{cbrand|ТОВ «Агроцентр Коваленко»}}, ЄДРПОУ [[@edrpou]]
Перевезення добрив, {{quantity|640 км}}, {{amount|25 600 грн}}
[[sig|А. І. Савчук]]""",
    # 10 new agronomist
    """Доброго дня!

Я [[intro|Ірина Поліщук]], нова агрономка на {{city|Полтавщині}}. Для відділу кадрів: РНОКПП [[@rnokpp:female:mid]], зарплатна картка [[@card:plain]], рахунок [[@iban:UA:group]].

[[sig|Ірина]]
[[@phone:UA:mua0sp]]""",
    # 11 Polish partner
    """Добрий день, [[sal|пані Оксано]]!

Ми польський дистриб'ютор сівалок {{brand|Kverneland}}. Наші дані: {{cbrand|Mazur Agro Sp. z o.o.}}, NIP [[@nip:pl]], рахунок [[@iban:PL:group]].

З повагою,
[[sig|Tomasz Mazur]]
[[@phone:PL:mintl]]""",
    # 12 accountant reminder
    """Шановний [[sal|Юрію Степановичу]]!

Повернення коштів за партію {{@num:П-#####}} погоджено: {{amount|58 000 грн}} надійдуть на рахунок [[@iban:UA:dash]] до {{date|31.05.2026}}.

З повагою,
[[sig|Галина Кравець]], {{job_title|головна бухгалтерка}}""",
    # 13 no PII question
    """{{greeting_without_name|Добрий день}}! Чи є в наявності {{product_code|Карбамід 46%}} у біг-бегах по {{quantity|500 кг}}? Потрібно {{quantity|20 т}} до {{date|1 квітня}}, доставка в {{city|Лубни}}. Яка ціна з ПДВ?""",
    # 14 chat, farmer introduces himself
    """[{{time|06:40}}] Клієнт: доброго ранку, це [[intro|Степан Бойко]], ФГ «Надія». Коли буде машина з насінням?
[{{time|06:52}}] Менеджер [[oth|Богдан]]: Доброго ранку! Виїхала о {{time|6:30}}, буде о {{time|10:00}}.
[{{time|06:53}}] Клієнт: ок. на накладну ЄДРПОУ [[@edrpou]]""",
    # 15 forwarded e-mail
    """---------- Переслане повідомлення ---------
Від: [[oth|Людмила Бойко]] <[[email|ludmyla.boyko@i.ua]]>
Дата: {{date|12 березня 2026}}

[[sal|Оксано]], кредит оформлюється на мене як на ФОП: РНОКПП [[@rnokpp:female:senior]], рахунок [[@iban:UA:lc]].

---
Передаю в кредитний відділ. [[sig|О. Лисенко]]""",
    # 16 salutation to manager with title
    """Шановна [[sal|пані Лисенко]],

підтверджую оплату рахунку {{@invoice:СФ-######}}. Платіжка з рахунку [[@iban:UA:group]], сума {{amount|486 300,00 грн}}.

[[sig|Наталія Гнатюк]], {{job_title|бухгалтер}} ФГ «Зоря»""",
    # 17 card refund
    """Вітаю, [[sal|Степане]]! Передоплату {{amount|12 000 грн}} повернули на картку [[@card:dash]], гроші прийдуть за {{quantity|3 банківські дні}}. [[sig|Богдан Ткачук]]""",
    # 18 lab report
    """Протокол аналізу ґрунту № {{@num:АГ-####}}
Замовник: ФГ «Надія», ЄДРПОУ [[@edrpou]]
Поле {{quantity|34 га}}, гумус {{percent|3,8%}}, pH {{quantity|6,1}}
Аналіз виконала [[sig|к. с.-г. н. Тамара Гордієнко]]""",
    # 19 internal note
    """Нотатка: ФОП [[oth|Кравчук О. М.]] (РНОКПП [[@rnokpp:female:mid]]) просить розстрочку. {{team_name|Кредитний комітет}} збирається {{date|у четвер}}. Відповідальна — [[sig|О. Лисенко]].""",
    # 20 self intro, voice-mail transcript
    """Розшифровка голосового повідомлення: «Добрий день, це [[intro|Петро Захарченко]] з {{city|Гадяча}}. Передзвоніть на [[@phone:UA:mua38]], хочу замовити {{quantity|3 т}} насіння пшениці {{product_code|Подяка}}. Мій код ЄДРПОУ господарства [[@edrpou]].»""",
]

# =========================================================================== en
# a letting agency (tenants, landlords, contractors, referencing)

ITEMS["en"] = [
    # 1 tenant e-mail about a deposit
    """Hi,

I moved out of [[address|Flat 3, 27 Albion Road, Leeds LS6 1AX]] on {{date|28 February}} and I'm still waiting for my deposit ({{amount|£1,150}}). Tenancy ref {{@contract:TEN-#####}}. Please return it to:
IBAN [[@iban:GB:group]]
(or back to the card I paid with, [[@card:group]], if that's easier)

Thanks,
[[sig|Chloe Harrington]]
[[@phone:GB:mintl]]""",
    # 2 agency reply with quote
    """Dear [[sal|Ms Harrington]],

The check-out report found {{quantity|two}} items of damage. We propose deducting {{amount|£85}} and returning {{amount|£1,065}} to [[@iban:GB:compact]] within {{quantity|10 working days}}.

Kind regards,
[[sig|Oliver Banks]]
{{job_title|Property Manager}}
{{cbrand|Whitmore & Pryce Lettings Ltd}} · VAT reg. [[@gbvat:gbsp]]

On {{date|Mon, 3 Mar 2026}} at {{time|11:02}}, [[oth|Chloe Harrington]] <[[email|chloe.harrington@outlook.com]]> wrote:
> I moved out on 28 February and I'm still waiting for my deposit""",
    # 3 web form: tenant referencing
    """Tenant application form
Full name: [[oth|Kacper Zieliński]]
Nationality: Polish
PESEL (Polish ID no.): [[@pesel:mid:male]]
Current address: [[address|14 Denmark Street, Bristol BS1 5DQ]]
Mobile: [[@phone:GB:mgbsp]]
Email: [[email|k.zielinski@gmail.com]]
Monthly income: {{amount|£2,900}}
Bank account for rent: [[@iban:GB:compact]]
Property: {{@num:PR-####}}, move-in {{date|1 April}}""",
    # 4 chat with bot and agent
    """Bot: Hi! What's your tenancy reference?
Tenant: {{@contract:TEN-#####}}
Bot: Thanks. Connecting you to the team.
Agent: Hello, I'm [[intro|Priya Shah]] from the lettings team. How can I help?
Tenant: boiler's broken again, third time since {{date|January}}
Agent: Sorry to hear that. I've logged job {{@ticket:JOB-######}}, an engineer will call before {{time|12pm}}.
Tenant: also can I pay this month's rent by card? [[@card:group]]
Agent: Please use the payment link instead, I'll text it to you.""",
    # 5 review, no PII
    """Review ★★☆☆☆: Viewing was rushed and the flat on {{street_as_brand|Gladstone Street}} smelled of damp. The agent from {{team_name|the Headingley branch}} was friendly but the {{amount|£250}} admin fee felt steep. Rent {{amount|£975 pcm}}, {{quantity|2 bed}}. Would not rent through them again in {{city|Leeds}}.""",
    # 5 -> 6 landlord non-resident scheme
    """Dear [[sal|Oliver]],

As I now live in {{city|Munich}}, please pay the rent for {{@num:PR-####}} into my German account: [[@iban:DE:group]]. My UTR is [[@utr:sp]] and HMRC has approved me under the non-resident landlord scheme.

Best wishes,
[[sig|Dr. Helen Aldridge]]""",
    # 7 contractor invoice
    """INVOICE {{@invoice:INV-####}}
From: {{cbrand|Cooper Plumbing & Heating}} ([[oth|Dean Cooper]])
VAT no: [[@gbvat:gb]]
UTR: [[@utr:plain]]
To: {{cbrand|Whitmore & Pryce Lettings Ltd}}
Job {{@ticket:JOB-######}}: replace diverter valve {{product_code|WB-87161}}, {{quantity|1.5 hrs}} labour
Total: {{amount|£312.00}} inc. VAT
Bank: [[@iban:GB:group]]
[[sig|Dean Cooper]]""",
    # 8 SMS thread
    """{{cbrand|Whitmore & Pryce}}: Your rent of {{amount|£975}} is due on {{date|1st}}. Reply STOP to opt out.
> paid yesterday from my partner's card [[@card:plain]], hope that's ok. [[sig|Jess]]
> sorry, it was card [[@card:dash]], not the first one. [[sig|Jess Morton]]""",
    # 9 tenant with disability adaptation request
    """Dear Sir or Madam,

My name is [[intro|Arthur Penrose]] and I rent {{@num:PR-####}}. My occupational therapist recommends a grab rail in the bathroom. For the council's adaptation grant they ask for my NHS number: [[@nhs:sp]].

Yours faithfully,
[[sig|Arthur Penrose]]
[[@phone:GB:fintl]]""",
    # 10 landlord company details
    """Hi [[sal|Priya]],

New landlord details for {{street_as_brand|Wellington Terrace}}:
{{cbrand|Marsh Property Holdings Ltd}}
VAT: [[@gbvat:plain]]
Company UTR: [[@utr:sp]]
Account: [[@iban:GB:lcgroup]]

Cheers,
[[sig|Gareth Marsh]]
{{job_title|Director}}""",
    # 11 forwarded reference
    """---------- Forwarded message ---------
From: [[oth|Rebecca Lowe]] <[[email|r.lowe@northfieldhr.co.uk]]>
Date: {{date|Tue, 11 Mar 2026}}
Subject: Employment reference

[[oth|Mr Zieliński]] has worked for us since {{date|2021}} as a {{job_title|Warehouse Supervisor}}, salary {{amount|£34,500}}.

---
[[sal|Priya]], reference OK, please proceed. [[sig|Oliver]]""",
    # 12 salutation with title and degree
    """Dear [[sal|Dr Aldridge]],

The rent of {{amount|£1,450}} for {{date|March}} (statement {{@invoice:ST-######}}) was sent to [[@iban:DE:compact]] today. As agreed, we withheld no tax since your NRL approval (UTR [[@utr:plain]]).

Kind regards,
[[sig|Oliver Banks, MARLA]]""",
    # 13 guarantor
    """Guarantor details
Name: [[oth|Margaret Harrington]]
NHS number (as ID for the credit check form, sorry if not needed): [[@nhs:plain]]
Card for the referencing fee: [[@card:group]]
Bank (for the guarantee): [[@iban:GB:compact]]
Address: [[address|6 Rectory Lane, Harrogate HG1 2PQ]]
Signed: [[sig|M. Harrington]]""",
    # 14 internal note
    """Note on {{@contract:TEN-#####}}: tenant [[oth|Jess Morton]] paid twice, refund {{amount|£975}} against invoice {{@invoice:RNT-######}} to card [[@card:group]]. {{team_name|Accounts}} to process by {{date|Friday}}. — [[sig|PS]]""",
    # 15 complaint letter
    """{{date|14 April 2026}}

Dear [[sal|Mr Banks]],

FORMAL COMPLAINT – ref {{@ticket:CMP-#####}}

For {{quantity|six weeks}} the mould in my bedroom has not been treated. Under the Decent Homes rules I expect repairs within {{quantity|14 days}}, otherwise I will contact the {{brand|Property Ombudsman}}. My NHS no. is [[@nhs:dash]] should you need to see my GP's letter about asthma.

Yours sincerely,
[[sig|Mrs Fatima Begum]]""",
    # 16 Czech tenant
    """Hello,

I'm [[intro|Tomáš Novotný]], the new tenant in {{@num:PR-####}}. My Czech bank account for the deposit refund later: [[@iban:CZ:group]]. For referencing you asked for an ID number: my rodné číslo is [[@rc:slash:mid:male]].

Thanks, [[sig|Tomáš]]""",
    # 17 supplier, bulk VAT details
    """Dear [[sal|Mr Marsh]],

Please find attached the quote {{@num:Q-#####}} for the EPC surveys ({{quantity|12 properties}}, {{amount|£65}} each). Our VAT number is [[@gbvat:gb]], UTR [[@utr:plain]]. Please quote purchase order {{@order:PO-#####}} on payment.

Regards,
[[sig|Sian Roberts]]
{{cbrand|Roberts Energy Assessors}}
[[@phone:GB:fnat]]""",
    # 18 chat with landlord
    """[{{time|14:05}}] Landlord: Hi, it's [[intro|Gareth Marsh]]. Did the rent for {{date|April}} go out?
[{{time|14:07}}] Agent: Hi [[sal|Gareth]], yes, {{amount|£2,140}} to the account ending {{@num:####}}.
[{{time|14:08}}] Landlord: great, new VAT reg for invoices is [[@gbvat:gbsp]] and pay into [[@iban:GB:group]] from now on""",
    # 19 simple message, names only
    """Hi [[sal|Chloe]],

Good news – [[oth|Oliver]] agreed to waive the {{amount|£85}}. Full refund on its way, allow {{quantity|3–5 days}} to show.

Best,
[[sig|Priya Shah]]
{{job_title|Lettings Negotiator}}""",
    # 20 SMS tenant to agent
    """Hi it's [[intro|Kacper]], signed the contract, sent deposit from [[@iban:PL:nrb]] - Polish bank, hope ok. NIP of my company if you need it for invoice: [[@nip:dash]]""",
]

# =========================================================================== de
# a company-bike leasing firm (employees, employers, bike dealers, insurers)

ITEMS["de"] = [
    # 1 employee e-mail
    """Hallo zusammen,

ich habe über meinen Arbeitgeber ein E-Bike geleast (Vertrag {{@contract:LV-######}}, Modell {{brand|Cube}} {{product_code|Kathmandu Hybrid 750}}). Für die Gehaltsumwandlung fragt die Lohnbuchhaltung nach meiner Steuer-ID: [[@idnr:sp]]. Die Versicherungserstattung bitte auf [[@iban:DE:group]] oder notfalls auf die Kreditkarte [[@card:group]].

Viele Grüße
[[sig|Julia Brandstätter]]
[[@phone:DE:mintl]]""",
    # 2 reply with quote and imprint
    """Hallo [[sal|Frau Brandstätter]],

vielen Dank. Die Steuer-ID benötigen wir nicht, sie gehört nur in die Lohnabrechnung Ihres Arbeitgebers. Die Erstattung über {{amount|189,00 €}} geht in {{quantity|3–5 Werktagen}} an [[@iban:DE:compact]].

Freundliche Grüße
[[sig|Jonas Albrecht]]
{{job_title|Kundenservice}}
{{cbrand|Radleasing Hoffmann GmbH}} · USt-IdNr. [[@ustid:de]] · Amtsgericht {{city|Freiburg}} HRB {{@num:7#####}}

Am {{date|04.03.2026}} um {{time|18:40}} schrieb [[oth|Julia Brandstätter]] <[[email|julia.brandstaetter@web.de]]>:
> ich habe über meinen Arbeitgeber ein E-Bike geleast""",
    # 3 web form: employer registration
    """Anmeldung Arbeitgeber
Firma: {{cbrand|Bäckerei Schuster KG}}
USt-IdNr.: [[@ustid:desp]]
Ansprechpartner: [[oth|Herr Markus Schuster]]
E-Mail: [[email|m.schuster@baeckerei-schuster.de]]
Telefon: [[@phone:DE:fintl]]
Anschrift: [[address|Lindenstraße 12, 79098 Freiburg im Breisgau]]
Mitarbeitende: {{quantity|38}}
Lastschrift von: [[@iban:DE:group]]""",
    # 4 chat with bot and agent
    """Bot: Hallo! Wie lautet deine Vertragsnummer?
Kunde: {{@contract:LV-######}}
Bot: Danke, ich verbinde dich.
Agentin: Hallo, hier ist [[intro|Mara Yilmaz]] vom Service. Was ist passiert?
Kunde: Rad geklaut vor dem Bahnhof, Anzeige ist erstattet, Aktenzeichen {{@num:ST/####/26}}
Agentin: Das tut mir leid. Die Selbstbeteiligung von {{amount|100 €}} können wir per Karte abbuchen.
Kunde: ok, [[@card:group]], gültig bis 11/27""",
    # 5 review, no PII
    """Bewertung ★★★★☆: Abwicklung über den Arbeitgeber lief problemlos, Rad nach {{quantity|drei Wochen}} beim Händler in der {{street_as_brand|Goethestraße}} abgeholt. Inspektion {{product_code|INSP-PLUS}} für {{amount|79 €}} im Jahr ist okay. Nur die Hotline ist ab {{time|17 Uhr}} kaum erreichbar. Team {{team_name|Service Süd}} hat dann aber schnell geholfen.""",
    # 6 dealer invoice
    """RECHNUNG {{@invoice:RE/####/26}}
{{cbrand|Zweirad Krämer e. K.}}, Inh. [[oth|Thomas Krämer]]
USt-IdNr.: [[@ustid:de]]
an: {{cbrand|Radleasing Hoffmann GmbH}}
Pos. 1 {{brand|Riese & Müller}} {{product_code|Charger4 GT vario}}, {{quantity|1 Stk.}}, {{amount|5.499,00 €}}
Bankverbindung: [[@iban:DE:group]]
Zahlbar bis {{date|15.04.2026}}
[[sig|T. Krämer]]""",
    # 7 complaint letter
    """[[oth|Dr. Friedrich Lange]]
[[address|Am Kirchberg 5, 01069 Dresden]]

{{cbrand|Radleasing Hoffmann GmbH}}
Beschwerde

{{city|Dresden}}, {{date|2. Mai 2026}}

Sehr geehrte Damen und Herren,

seit {{quantity|sechs Wochen}} wartet mein Rad ({{@contract:LV-######}}) auf ein Ersatzteil. Trotzdem wird die Rate von {{amount|64,90 €}} weiter von meinem Konto [[@iban:DE:group]] abgebucht. Ich bitte um Erstattung.

Mit freundlichen Grüßen
[[sig|Dr. Friedrich Lange]]""",
    # 8 SMS
    """{{cbrand|Radleasing Hoffmann}}: Ihr Inspektionstermin ist am {{date|12.06.}} um {{time|9:30}}. Antworten Sie JA zur Bestätigung.
> JA. Bitte Rechnung an meine neue Nummer [[@phone:DE:mdeslash]] schicken, nicht an die alte. [[sig|Lange]]""",
    # 9 Austrian dealer
    """Grüß Gott [[sal|Herr Albrecht]],

wir möchten als Fachhändler in {{city|Innsbruck}} Partner werden. Unsere Daten: {{cbrand|Radsport Pichler GmbH}}, UID [[@atu:atu]], IBAN [[@iban:AT:group]].

Mit besten Grüßen
[[sig|Ing. Stefan Pichler, MSc]]
{{job_title|Geschäftsführer}}
Filiale {{city|Rosenheim}}: [[@phone:DE:fde0]]""",
    # 10 new employee of the leasing firm
    """Hallo Personalabteilung,

ich bin [[intro|Lukas Hartmann]] und fange am {{date|1. Juli}} im Team {{team_name|Vertragsmanagement}} an. Meine Steuer-ID lautet [[@idnr:plain]], Gehaltskonto [[@iban:DE:lcgroup]].

Beste Grüße
[[sig|Lukas]]""",
    # 11 forwarded mail from an employer's HR
    """---------- Weitergeleitete Nachricht ---------
Von: [[oth|Sabine Vogt]] <[[email|s.vogt@klinikum-nord.de]]>
Datum: {{date|Di., 10. März 2026}}

Hallo, für unsere Mitarbeiterin [[oth|Frau Aylin Demir]] (Personalnummer {{@num:P-#####}}) bitte die Überlassungsvereinbarung neu ausstellen, Erstattungen an ihr Konto [[@iban:DE:group]]. Steuer-ID laut Personalakte: [[@idnr:sp4]].

---
[[sal|Jonas]], bitte Steuer-ID aus der Mail löschen, brauchen wir nicht. [[sig|Mara]]""",
    # 12 title salutation
    """Sehr geehrter [[sal|Herr Dr. Lange]],

wir bedauern die Verzögerung. Die Raten für {{date|April}} und {{date|Mai}} ({{amount|129,80 €}}) erstatten wir mit Gutschrift {{@invoice:GS-######}} auf [[@iban:DE:compact]]. Das Ersatzteil {{product_code|BOSCH-PX-2}} ist für {{date|KW 21}} angekündigt.

Mit freundlichen Grüßen
[[sig|Jonas Albrecht]]""",
    # 13 insurance claim form
    """Schadenmeldung Diebstahl
Versicherungsnehmer: {{cbrand|Radleasing Hoffmann GmbH}}
Nutzer/in: [[oth|Mara Kessler]], Steuer-ID (falls Rad privat versichert): [[@idnr:sp]]
Rahmennummer: {{@num:WAU####@@}}
Schadentag: {{date|18.03.2026}}, {{time|gegen 14 Uhr}}
Erstattung an: [[@iban:DE:wrap]]
Unterschrift: [[sig|M. Kessler]]""",
    # 14 polish dealer
    """Guten Tag [[sal|Frau Yilmaz]],

wir liefern Fahrradtaschen der Marke {{brand|Crosso}} aus {{city|Breslau}}. Rechnungsdaten: {{cbrand|Nowak Bike Sp. z o.o.}}, NIP [[@nip:pl]], Konto [[@iban:PL:group]].

Pozdrawiam / Viele Grüße
[[sig|Adam Nowak]]""",
    # 15 card refund
    """Hallo [[sal|Lukas]],

bitte die doppelt abgebuchte Selbstbeteiligung ({{amount|100 €}}) zurück auf die Karte [[@card:group]] buchen, Vorgang {{@ticket:SV-######}}.

Danke, [[sig|Mara Yilmaz]]""",
    # 16 employer contract with company details
    """Rahmenvertrag {{@contract:RV-####}}
zwischen {{cbrand|Radleasing Hoffmann GmbH}}, USt-IdNr. [[@ustid:plain]]
und {{cbrand|Stadtwerke Bergmann AG}}, USt-IdNr. [[@ustid:de]], Konto für Rückbuchungen [[@iban:DE:dash]]
Laufzeit: {{quantity|36 Monate}} ab {{date|01.09.2026}}
Für die Stadtwerke: [[sig|Dipl.-Kfm. Henrik Bergmann]], {{job_title|Vorstand}}
Für Radleasing: [[sig|Claudia Hoffmann]], {{job_title|Geschäftsführerin}}""",
    # 17 chat customer self intro
    """[{{time|12:31}}] Kunde: Hallo, hier [[intro|Finn Schröder]], Vertrag {{@contract:LV-######}}. Kann ich das Rad am Ende für {{percent|18 %}} übernehmen? Rate läuft über mein Konto [[@iban:DE:compact]].
[{{time|12:33}}] Agent: Hallo [[sal|Finn]], ja, der Restwert wird {{quantity|6 Wochen}} vor Vertragsende angeboten.
[{{time|12:34}}] Kunde: Super, zahl ich dann per Kreditkarte, [[@card:dots]].""",
    # 18 order of accessories
    """Bestellung {{@order:B-######}}
{{quantity|2×}} Helm {{brand|Uvex}} {{product_code|Active-CC-52}}
{{quantity|1×}} Schloss {{brand|Abus}} {{product_code|Bordo 6500}}
Zahlung: Visa [[@card:group]]
Rechnung an Arbeitgeber, USt-IdNr. [[@ustid:desp]]
Lieferadresse: [[address|Kantstraße 88, 10627 Berlin]]
Besteller: [[sig|Nele Winkler]]""",
    # 19 no PII
    """{{greeting_without_name|Guten Tag}},
gilt das Leasing auch für Lastenräder über {{amount|8.000 €}}? Unser Betrieb in {{city|Kassel}} hat {{quantity|12 Mitarbeitende}}, davon {{quantity|4}} Teilzeit. Gibt es eine Mindestlaufzeit unter {{quantity|36 Monaten}}?
Danke
[[sig|K. Wendt]]""",
    # 20 tax advisor letter
    """Sehr geehrte [[sal|Frau Vogt]],

als Steuerberaterin der {{cbrand|Klinikum Nord Meier & Co.}} bestätige ich die Lohnsteuerberechnung für die Dienstrad-Überlassung. Umsatzsteuer-ID der Mandantin: [[@ustid:de]]; Steuer-ID der Arbeitnehmerin [[oth|Aylin Demir]]: [[@idnr:sp]].

Mit freundlichen Grüßen
[[sig|StB Claudia Weiß]]""",
]


# ----------------------------------------------------------------------------- main

CHECKSUM_KINDS = {"card", "iban", "pesel", "birth_number", "national_id", "tax_id"}
MINIMA = {
    "signature": 8,
    "salutation": 5,
    "self_intro": 3,
    "checksum_id": 30,
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
            rows.append(fill(f"b16-{lang}-{i:02d}", lang, template))
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
