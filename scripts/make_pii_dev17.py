#!/usr/bin/env python3
"""Write data/eval/pii/dev17.jsonl: hand-written PII test texts on e-mail signatures (development split).

140 texts (20 each in pl, cs, sk, ru, uk, en, de) by a separate author, each its
own hand-written template: e-mails as they arrive in a company's support inbox,
from customers and from business partners, weighted towards signature blocks.
Every language has at least 14 signature names, each in a different signature
block: closing word or none, closing on the name's line or above it, roles,
departments, companies, addresses, phones, e-mails, web and social links, tax
ids, legal disclaimers and "consider the environment" lines; names in capitals,
with nicknames in quotes or parentheses, after a dash or "-- ", followed by
"on behalf of" / "w imieniu" / "i. A.", with pronouns, with a trailing initial,
surname only with a title, split over two lines, in another language than the
body, Cyrillic initials and patronymics in many orders, company on the name's
line, particles and hyphens, mobile footers under or above the name, and reply
chains with a different person's signature in the quoted part. Salutation names
(at least 4 per language) stand next to near-misses that must survive: team and
department signatures, company-only blocks (companies named after a surname
marked ``{{cbrand|...}}``), job titles, cities, device brands of mobile footers,
greetings without a name, order/invoice/ticket/tracking numbers. 7 items carry
no PII.

Labelling: a title before a name (Ing., dr hab., Prof., Frau, pani, Mr, д-р) and
degrees after it (Ph.D., MBA) belong to the name span; greeting and closing
words, pronouns "(she/her)", "on behalf of ..." and the company after "|" or ","
do not. A nickname inside the name belongs to it. A two-line name is one span.

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Pani Ewo]]        name, context salutation   (also sig / intro / oth)
    [[email|a@b.pl]]        literal PII of a kind (email, phone, address, ...)
    [[@nip]]                PII value drawn by a generator (kind from GEN)
    {{city|Nitra}}          literal keep span with its `what`
    {{cbrand|Horák & syn}}  a company named after a surname: keep, what `brand`
    {{@order:ZAM-####}}     keep value drawn by a generator (what from KEEP_GEN)

Every identifier gets computed check digits and is validated with python-stdnum,
and every written PII span of a checksum kind is checked once more by its kind
(id_valid); every phone number passes phonenumbers.is_valid_number. Numbered
near-misses fail every identifier check used here and are not valid phone
numbers of the text's region. Each language must reach the minima in MINIMA
(checked on every run, --check included). The seed of every item is fixed
("d17:" + its id).

    .venv/bin/python scripts/make_pii_dev17.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_dev17.py --check   # file on disk == output
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
OUT = ROOT / "data" / "eval" / "pii" / "dev17.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
SEED = "d17:"

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
    # 1 customer, closing above, mobile footer under
    """{{greeting_without_name|Dzień dobry}},
paczka z zamówienia {{@order:ZAM-######}} przyszła z pękniętym ekranem. Proszę o kontakt.

Pozdrawiam
[[sig|Marek Zieliński]]

Wysłane z mojego {{brand|Galaxy}}""",
    # 2 partner, full corporate block with disclaimer
    """Szanowni Państwo,
w załączeniu korekta do faktury {{@invoice:FV/###/05/2026}}.

Z poważaniem
[[sig|mgr inż. Agnieszka Wróblewska-Kos]]
{{job_title|Kierownik ds. Zakupów}}
{{team_name|Dział Logistyki}}
TRANSBUD Sp. z o.o.
[[address|ul. Składowa 14, 61-897 Poznań]]
tel. [[@phone:PL:fintl]]
NIP: [[@nip:dash]]

Treść tej wiadomości jest poufna i przeznaczona wyłącznie dla adresata.
Zanim wydrukujesz tego maila, pomyśl o środowisku.""",
    # 3 closing and name on one line, salutation
    """[[sal|Pani Ewo]],
dzięki za szybką odpowiedź, router już działa.
Pozdrawiam, [[sig|Kuba Lis]]""",
    # 4 reply chain, agent signature in the quoted part
    """Dziękuję, wszystko się zgadza.

[[sig|Kasia]]

-----Wiadomość oryginalna-----
Od: Biuro Obsługi Klienta
Wysłano: wtorek, 12 maja 2026 09:14
Temat: Zgłoszenie {{@ticket:ZG-#####}}

Dzień dobry,
zwrot w kwocie {{amount|189,00 zł}} został zlecony.

Z wyrazami szacunku
[[sig|Paweł Grabowski]]
{{job_title|Specjalista ds. reklamacji}}""",
    # 5 nickname in quotes
    """Cześć,
jak co miesiąc proszę o fakturę na firmę, NIP [[@nip]].

Dzięki!
[[sig|Tomasz „Tomek” Wiśniewski]]
{{cbrand|Wiśniewski Foto}} – fotografia ślubna""",
    # 6 dash signature, salutation by first name
    """[[sal|Marto]], przesyłam zdjęcia uszkodzonej paczki, list przewozowy {{@tracking:@@#########PL}}.
— [[sig|Ola]]""",
    # 7 sig delimiter and company on the same line
    """Witam,
proszę o aktualizację danych kontaktowych w umowie {{@contract:UM/##/####/K}}.

--\x20
[[sig|Bartłomiej Nowak]] | {{cbrand|Nowak-Trans}}
kom. [[@phone:PL:mg3]]""",
    # 8 name in capitals with title line
    """Szanowni Państwo,
potwierdzamy przyjęcie zamówienia {{@order:PO-####-##}} do realizacji.

[[sig|ANNA KOWALCZYK]]
{{job_title|Prezes Zarządu}}
{{cbrand|Kowalczyk Meble}} Sp. j.
www.meble-przyklad.pl""",
    # 9 trailing initial
    """Hej, nadal nie mam dostępu do panelu po zmianie hasła. Co robić?
[[sig|Jan K.]]""",
    # 10 surname-only with title, salutation with title
    """{{greeting_without_name|Szanowny Panie Doktorze}},
czy gabinet w {{city|Gliwicach}} przyjmuje w sobotę?

Z poważaniem
[[sig|dr hab. Mazur]]""",
    # 11 team signature only, no PII
    """Dzień dobry,
informujemy, że faktura {{@invoice:F/#####/2026}} została opłacona.

Pozdrawiamy serdecznie
{{team_name|Zespół Wsparcia Technicznego}}
Sklep Rowerowy Pedał
Ta wiadomość została wygenerowana automatycznie.""",
    # 12 two-line name
    """Proszę o anulowanie subskrypcji od czerwca.

Z pozdrowieniami
[[sig|Katarzyna
Lewandowska-Pietrzak]]
[[email|k.lewandowska.p@przyklad-poczta.pl]]""",
    # 13 Polish body, English signature
    """Dzień dobry,
w załączniku specyfikacja do oferty {{@order:OF-###/2026}}. Termin dostawy bez zmian.

Best regards,
[[sig|Piotr Sadowski]]
{{job_title|Account Manager}}, CEE
Mobile: [[@phone:PL:mintl]]""",
    # 14 on behalf of
    """Szanowni Państwo,
zgłaszamy awarię domofonu na klatce B.

[[sig|Monika Dąbrowska]]
w imieniu Zarządu Wspólnoty Mieszkaniowej „Zielone Wzgórze”""",
    # 15 salutation + name with company after comma
    """Szanowny [[sal|Panie Krzysztofie]],
przesyłamy podpisany aneks.

Łączę pozdrowienia
[[sig|Robert Kaczmarek]], {{cbrand|Kaczmarek i Wspólnicy}}
REGON [[@regon]]""",
    # 16 mobile footer above the name
    """nie dostałem kodu SMS do logowania, numer w profilu [[@phone:PL:mg3]]

Wysłane z {{brand|iPhone}}'a
[[sig|Łukasz Pawlak]]""",
    # 17 company-only block
    """Dzień dobry,
prosimy o wycenę 40 palet, odbiór {{city|Bydgoszcz}}.

Pozdrawiamy
{{cbrand|PHU Kowalski}}
[[address|ul. Fabryczna 3, 85-001 Bydgoszcz]]
{{team_name|Dział Handlowy}}""",
    # 18 review signed with a first name
    """Bardzo dobry kontakt z infolinią, kurier {{brand|InPost}} dowiózł na czas. Polecam, zamówienie {{@order:########}}.
[[sig|Gosia]]""",
    # 19 salutation, name with degree after
    """Dzień dobry [[sal|Pani Aniu]],
jak rozmawialiśmy, przesuwamy szkolenie na {{date|15 czerwca}}.

Serdecznie pozdrawiam
[[sig|Michał Górski, MBA]]
{{job_title|Dyrektor Sprzedaży}}""",
    # 20 parentheses nickname, closing on same line with dash
    """Paczka dotarła, dziękuję! Pozdrawiam – [[sig|Aleksandra (Ola) Michalak]]""",
]

# =========================================================================== cs

ITEMS["cs"] = [
    # 1 partner with company on the same line
    """Dobrý den,
posílám dodací list k objednávce {{@order:OBJ-#####}}.

S pozdravem
[[sig|Petr Svoboda]] | ACME s.r.o.
[[@phone:CZ:intl]]""",
    # 2 name, company after comma (surname company)
    """Vážení,
reklamujeme poškozené dveře z faktury {{@invoice:FA#######}}.

Děkuji
[[sig|Ivana Horáková]], {{cbrand|Horák & syn}}
IČO: [[@ico]]""",
    # 3 surname-only with title
    """Prosím o zaslání nového PIN kódu ke kartě.
[[sig|Ing. Novák]]""",
    # 4 salutation, titles before and after
    """Vážená [[sal|paní Dvořáková]],
děkujeme za objednávku.

S přátelským pozdravem
[[sig|Mgr. Jana Marková, Ph.D.]]
{{job_title|vedoucí zákaznického oddělení}}
Kancelářské potřeby Bílý s.r.o.
[[address|Palackého 12, 602 00 Brno]]

Myslete na životní prostředí – tiskněte jen to, co opravdu potřebujete.""",
    # 5 reply chain with two signatures
    """Dobrý den, tak to zkusím zítra znovu.
Díky, [[sig|Ondra]]

Dne 3. 6. 2026 v 10:42 Zákaznická podpora napsal(a):
> Dobrý den,
> prosíme o restart modemu a kontrolu kabelu.
> S pozdravem
> [[sig|Lucie Benešová]]
> {{team_name|Technická podpora}}""",
    # 6 mobile footer below, trailing initial
    """nefunguje mi aplikace po aktualizaci {{version|4.2.1}}, hází chybu při přihlášení
[[sig|Tereza P.]]

Odesláno z mého {{brand|iPhonu}}""",
    # 7 dash signature
    """Potvrzuji převzetí zásilky {{@tracking:CZ#########@@}}, vše v pořádku.
--\x20
[[sig|Jiří Černý]]
mobil: [[@phone:CZ:mg3]]""",
    # 8 company-only block, no PII
    """Dobrý den,
zasíláme upomínku k faktuře {{@invoice:2026####}} se splatností {{date|30. 6. 2026}}.

S pozdravem
{{team_name|Účetní oddělení}}
{{cbrand|Pekárna Dostál}} s.r.o.
Tento e-mail byl vygenerován automaticky, neodpovídejte na něj.""",
    # 9 salutation by first name, sign with nickname
    """Ahoj [[sal|Martine]],
přeposílám fotky z montáže.
[[sig|Jakub „Kuba“ Procházka]]""",
    # 10 name in caps, role
    """Dobrý den,
potvrzujeme termín servisu na {{date|18. června}}.

[[sig|MARTIN KRÁL]]
{{job_title|servisní technik}}
{{city|Olomouc}}""",
    # 11 on behalf of
    """Vážení,
žádáme o prodloužení nájemní smlouvy {{@contract:NS/####/##}}.

[[sig|Eva Šimková]]
za SVJ Lipová 8""",
    # 12 two-line name, English footer
    """Dobrý den,
potřebovali bychom fakturu přepsat na nového odběratele, DIČ [[@ico:cz]].

Kind regards
[[sig|Veronika
Kopecká-Němcová]]
{{job_title|Procurement Specialist}}""",
    # 13 no PII, short review
    """Rychlé doručení, zboží dobře zabalené. Objednávka {{@order:#######}} bez problémů.
[[sig|Radka]]""",
    # 14 closing and name on one line, salutation
    """Dobrý den [[sal|pane Pospíšile]],
v příloze posílám podepsanou smlouvu. S pozdravem [[sig|Radek Urban]]""",
    # 15 disclaimer and social links
    """Dobrý den,
posíláme nabídku na školení pro 12 osob.

[[sig|Bc. Klára Veselá]]
{{job_title|obchodní zástupkyně}}
Tel.: [[@phone:CZ:fintl]] | E-mail: [[email|klara.vesela@skoleni-priklad.cz]]
Sledujte nás: facebook.com/skoleniprikladcz | linkedin.com/company/skoleni-priklad
Obsah této zprávy je důvěrný. Pokud nejste adresátem, informujte odesílatele.""",
    # 16 mobile footer above name
    """prosím o storno objednávky {{@order:E-######}}, omylem jsem objednal dvakrát

Odesláno z {{brand|Outlooku}} pro Android
[[sig|Zdeněk Vávra]]""",
    # 17 salutation, team sign
    """Vážený [[sal|pane inženýre Růžičko]],
vaši reklamaci {{@ticket:RK-####}} jsme uzavřeli.

S pozdravem
{{team_name|Zákaznické centrum}}""",
    # 18 German signature under Czech body
    """Dobrý den,
posíláme potvrzení o dodání do skladu v {{city|Plzni}}.

Mit freundlichen Grüßen
[[sig|Stefan Maier]]
{{job_title|Leiter Disposition}}""",
    # 19 hyphenated name with pronoun, name+initial
    """Díky za pomoc s nastavením!
[[sig|Alžběta Nováková-Hrubá]] (ona/její)""",
    # 20 no PII, team
    """Dobrý den,
zásilka z objednávky {{@order:#########}} byla předána dopravci {{brand|PPL}}.

Za tým {{cbrand|Obuv Kratochvíl}}
[[sig|Hana Kratochvílová]]""",
]

# =========================================================================== sk

ITEMS["sk"] = [
    # 1 customer, closing above, mobile footer
    """Dobrý deň,
stále čakám na vrátenie peňazí za objednávku {{@order:SK-#######}}.

S pozdravom
[[sig|Peter Horváth]]

Odoslané z môjho {{brand|iPhonu}}""",
    # 2 partner block with IČ DPH
    """Dobrý deň,
v prílohe zasielame faktúru {{@invoice:FV########}}.

S úctou
[[sig|Ing. Mária Kováčová, PhD.]]
{{job_title|ekonomická riaditeľka}}
Stavmat Trnava a.s.
[[address|Hlavná 45, 917 01 Trnava]]
IČ DPH: [[@icdph:sk]]
Pred vytlačením tohto e-mailu zvážte vplyv na životné prostredie.""",
    # 3 name and company on the same line
    """Prosíme o potvrdenie termínu dodania.
[[sig|Jozef Baláž]] | {{cbrand|Baláž Transport}}
[[@phone:SK:m00]]""",
    # 4 salutation, closing same line
    """Vážená [[sal|pani Lukáčová]],
ďakujeme za trpezlivosť. S pozdravom [[sig|Tomáš Varga]]""",
    # 5 reply chain, different signature quoted
    """Ďakujem, už to funguje.
[[sig|Zuzka]]

---------- Pôvodná správa ----------
Od: Zákaznícka linka
Dátum: po 8. 6. 2026 o 14:02
> Dobrý deň, skúste prosím vymazať vyrovnávaciu pamäť prehliadača.
> S pozdravom
> [[sig|Michal Oravec]]
> {{team_name|Oddelenie podpory}}""",
    # 6 surname-only with title
    """Žiadam o zaslanie kópie zmluvy {{@contract:ZM-####/##}} poštou.
S pozdravom
[[sig|MUDr. Hudák]]""",
    # 7 dash sig
    """Zásielka {{@tracking:@@#########SK}} mi neprišla, podľa sledovania je doručená.
— [[sig|Lenka]]""",
    # 8 team + company only, no PII
    """Dobrý deň,
upozorňujeme na plánovanú odstávku systému v {{date|sobotu 20. 6.}} od {{time|22:00}}.

S pozdravom
{{team_name|IT oddelenie}}
Kníhkupectvo Pod Hradom
Táto správa bola vygenerovaná automaticky.""",
    # 9 caps name, role
    """Dobrý deň,
posielame cenovú ponuku na 300 ks.

[[sig|JANA MOLNÁROVÁ]]
{{job_title|obchodná manažérka}}
{{city|Nitra}}""",
    # 10 salutation, name with nickname
    """Ahoj [[sal|Paľo]],
tu sú podklady k reklamácii {{@ticket:TCK-#####}}.
Vďaka,
[[sig|Marek „Maťo“ Kollár]]""",
    # 11 trailing initial
    """Nejde mi zaplatiť kartou, píše chybu 402.
[[sig|Juraj S.]]""",
    # 12 on behalf of
    """Vážení,
v mene spoločenstva vlastníkov žiadame o opravu výťahu.

[[sig|Ivan Mikuš]]
v zastúpení Spoločenstva vlastníkov bytov Javorová 5""",
    # 13 English signature under Slovak body
    """Dobrý deň,
potvrdzujeme prijatie objednávky {{@order:PO#######}}.

Best regards,
[[sig|Daniel Gregor]]
{{job_title|Supply Chain Coordinator}}
M: [[@phone:SK:mintl]]""",
    # 14 two-line name with e-mail
    """Prosím o zrušenie automatického predĺženia.

Pekný deň,
[[sig|Katarína
Šimková-Polačková]]
[[email|katka.simkova@posta-priklad.sk]]""",
    # 15 salutation, signature with title after
    """Dobrý deň [[sal|pán Novotný]],
zasielam podpísaný preberací protokol.

S pozdravom
[[sig|Mgr. art. Róbert Lacko, ArtD.]]""",
    # 16 mobile footer above name
    """kedy príde technik? čakám od rána

Odoslané zo zariadenia {{brand|Samsung}}
[[sig|Martina Benková]]""",
    # 17 company-only with surname company
    """Dobrý deň,
prosím o dobropis k faktúre {{@invoice:2026/####}}.

{{cbrand|Kamenárstvo Sloboda}}
[[address|Priemyselná 7, 040 01 Košice]]
IČO: [[@ico]]""",
    # 18 no PII
    """Služba super, technik prišiel načas a všetko vysvetlil. Ďakujem celému tímu!

[[sig|Dušan Mráz]]
Odoslané z {{brand|Galaxy}}""",
    # 19 salutation, pronouns, particle
    """Milá [[sal|Simona]],
posielam opravenú prezentáciu.
[[sig|Alex de Vries]] (on/jeho)
{{job_title|Regional Manager}}""",
    # 20 Czech signature under Slovak body
    """Dobrý deň,
tovar sme odoslali včera.

Děkuji a přeji hezký den
[[sig|Lukáš Kadlec]]
Sklad {{city|Ostrava}}""",
]

# =========================================================================== ru

ITEMS["ru"] = [
    # 1 initials before surname
    """Добрый день!
Прошу выставить счёт по договору {{@contract:Д-####/##}}.

С уважением,
[[sig|А. В. Смирнов]]
{{job_title|главный инженер}}
ООО «ТехноСтрой»
ИНН [[@inn]]""",
    # 2 surname then initials
    """Здравствуйте,
направляем акт сверки за май.

С уважением
[[sig|Кузнецова Е. П.]]
{{job_title|бухгалтер}}
тел. [[@phone:RU:ru8]]""",
    # 3 full name with patronymic, surname first
    """Уважаемые коллеги,
подтверждаем отгрузку по заказу {{@order:ЗК-######}}.

[[sig|Волков Дмитрий Сергеевич]]
{{job_title|руководитель отдела продаж}}
[[address|ул. Заводская, д. 17, г. Самара]]""",
    # 4 salutation with name and patronymic
    """Уважаемая [[sal|Ольга Николаевна]]!
Высылаю подписанный договор.
С уважением, [[sig|Игорь Павлов]]""",
    # 5 reply chain
    """Спасибо, получилось.
[[sig|Настя]]

-----Исходное сообщение-----
От: Служба поддержки
Отправлено: 9 июня 2026 г. 11:20
> Здравствуйте! Попробуйте, пожалуйста, сбросить пароль по ссылке в письме.
> С уважением,
> [[sig|Сергей Морозов]]
> {{team_name|Служба поддержки}}""",
    # 6 mobile footer
    """не приходит смс с кодом, уже час жду

Отправлено с {{brand|iPhone}}
[[sig|Кирилл]]""",
    # 7 initials after first name style, company on same line
    """Коллеги, добрый день.
Ждём от вас оригиналы накладных по заказу {{@order:№ ######}}.

[[sig|Марина Лебедева]] | {{cbrand|Лебедев и партнёры}}
моб. [[@phone:RU:ruintl]]""",
    # 8 team-only, no PII
    """Здравствуйте!
Ваш заказ {{@order:########}} передан в службу доставки.

С уважением,
{{team_name|команда интернет-магазина}}
Это письмо отправлено автоматически, не отвечайте на него.""",
    # 9 dash, trailing initial
    """Заказ пришёл без инструкции, можно прислать PDF?
— [[sig|Павел Н.]]""",
    # 10 caps name
    """Добрый день!
Направляем коммерческое предложение во вложении.

[[sig|ЕЛЕНА СОКОЛОВА]]
{{job_title|менеджер по работе с ключевыми клиентами}}
{{city|Екатеринбург}}""",
    # 11 salutation by first name, nickname
    """Привет, [[sal|Саша]]!
Скинул фото повреждений, номер обращения {{@ticket:INC-######}}.
[[sig|Михаил (Миша) Егоров]]""",
    # 12 on behalf of
    """Уважаемые господа,
от имени ТСЖ «Северное» просим заменить счётчики в подъезде 2.

[[sig|Г. И. Фёдорова]]
председатель правления, по поручению общего собрания""",
    # 13 English signature under Russian body
    """Добрый день,
во вложении спецификация по заявке {{@order:RQ-#####}}.

Best regards,
[[sig|Andrei Popov]]
{{job_title|Sales Engineer}}""",
    # 14 two-line name, initials with patronymic spelled
    """Прошу расторгнуть договор обслуживания с 1 июля.

С уважением,
[[sig|Николаева
Татьяна Викторовна]]
СНИЛС [[@snils]]""",
    # 15 salutation with title and surname, sign with particle
    """Уважаемый [[sal|господин Белов]],
благодарим за сотрудничество.

[[sig|Ахмед ибн Рашид аль-Хасан]]
{{job_title|коммерческий директор}}""",
    # 16 no PII, review
    """Отличный сервис, курьер {{brand|СДЭК}} приехал вовремя. Спасибо!
— [[sig|Вера Ж.]]""",
    # 17 closing same line, initials with space
    """Оплату по счёту {{@invoice:СЧ-####}} провели сегодня. С уважением, [[sig|Ковалёв А.Н.]]""",
    # 18 surname-only with title
    """Прошу перенести приём на следующую неделю.
[[sig|Д-р Гусев]]""",
    # 19 salutation, partner block with email and OGRN
    """Добрый день, [[sal|Виктор]]!
Пересылаю реквизиты для договора.

[[sig|Роман Захаров]]
{{job_title|юрист}}
ООО «Вектор»
ОГРН [[@ogrn]]
[[email|r.zaharov@vektor-primer.ru]]""",
    # 20 Ukrainian-language sig under Russian body
    """Добрый день,
товар отгрузили со склада в {{city|Харькове}}.

З повагою,
[[sig|Олена Гнатюк]]""",
]

# =========================================================================== uk

ITEMS["uk"] = [
    # 1 initials before surname
    """Добрий день!
Просимо надіслати рахунок за договором {{@contract:ДГ-####/##}}.

З повагою,
[[sig|О. М. Коваленко]]
{{job_title|головний бухгалтер}}
ТОВ «Агросвіт»
код ЄДРПОУ [[@edrpou]]""",
    # 2 surname first with patronymic
    """Шановні колеги,
підтверджуємо відвантаження за замовленням {{@order:ЗМ-######}}.

[[sig|Шевченко Ірина Петрівна]]
{{job_title|менеджер з логістики}}
тел. [[@phone:UA:ua0]]""",
    # 3 salutation name + patronymic
    """Шановний [[sal|Василю Івановичу]]!
Надсилаю підписаний акт.
З повагою, [[sig|Андрій Мельник]]""",
    # 4 reply chain, agent sig quoted
    """Дякую, все працює.
[[sig|Оксана]]

----- Оригінальне повідомлення -----
Від: Служба підтримки
> Добрий день! Спробуйте перезавантажити роутер і зачекати 5 хвилин.
> З повагою,
> [[sig|Богдан Ткаченко]]
> {{team_name|Технічна підтримка}}""",
    # 5 mobile footer above name
    """не можу оплатити замовлення {{@order:UA-#######}}, помилка банку

Надіслано з {{brand|iPhone}}
[[sig|Юлія Бондар]]""",
    # 6 surname then initials
    """Прошу повернути кошти на картку.
[[sig|Кравчук Л. В.]]
РНОКПП [[@rnokpp]]""",
    # 7 dash, trailing initial
    """Посилка прийшла пошкоджена, фото додаю.
— [[sig|Тарас К.]]""",
    # 8 company-only block, surname company
    """Добрий день,
надсилаємо прайс на червень.

{{cbrand|Пекарня Гончаренко}}
[[address|вул. Січових Стрільців, 21, м. Львів]]
{{team_name|відділ продажу}}""",
    # 9 caps name, role
    """Добрий день!
Пропозицію щодо поставки додаємо у вкладенні.

[[sig|НАТАЛІЯ ПОЛІЩУК]]
{{job_title|директорка з розвитку}}
{{city|Вінниця}}""",
    # 10 salutation by first name, nickname sign
    """Привіт, [[sal|Остапе]]!
Кидаю номер звернення {{@ticket:TS-#####}}.
[[sig|Дмитро «Дімон» Савченко]]""",
    # 11 no PII, team
    """Шановний клієнте!
Ваше замовлення {{@order:########}} передано до служби доставки {{brand|Нова пошта}}.

З повагою,
{{team_name|команда інтернет-магазину}}""",
    # 12 on behalf of
    """Шановні панове,
від імені ОСББ «Липки» просимо замінити лічильник у під'їзді 3.

[[sig|Г. С. Литвиненко]]
голова правління, за дорученням зборів""",
    # 13 English signature under Ukrainian body
    """Добрий день,
специфікацію до заявки {{@order:RQ-####}} додаю.

Kind regards,
[[sig|Mykola Romanenko]]
{{job_title|Key Account Manager}}
Mob.: [[@phone:UA:mintl]]""",
    # 14 two-line name
    """Прошу розірвати договір з 1 серпня.

З повагою,
[[sig|Мороз
Ганна Степанівна]]""",
    # 15 salutation with pani + surname
    """Шановна [[sal|пані Кравець]],
дякуємо за звернення.

[[sig|Віталій Олійник]] | {{cbrand|Олійник і партнери}}
[[email|v.oliinyk@partnery-pryklad.ua]]""",
    # 16 no PII, review
    """Дуже швидка доставка, все ціле і гарно запаковане. Рекомендую!
[[sig|Лариса]]""",
    # 17 closing same line, initials stuck
    """Оплату за рахунком {{@invoice:РФ-####}} здійснено. З повагою, [[sig|Бойко В.М.]]""",
    # 18 surname-only with title
    """Прошу перенести консультацію.
[[sig|д-р Гаврилюк]]""",
    # 19 salutation, Russian signature under Ukrainian body
    """Добрий день, [[sal|Марино]]!
Реквізити надсилаю нижче.

С уважением,
[[sig|Евгений Рыбаков]]
IBAN [[@iban:UA:compact]]""",
    # 20 hyphenated surname, pronouns, disclaimer
    """Добрий день!
Нагадуємо про оплату рахунку {{@invoice:######/26}}.

[[sig|Софія Левченко-Гуменюк]] (вона/її)
{{job_title|фінансова менеджерка}}
Цей лист і вкладення є конфіденційними. Перш ніж друкувати, подумайте про довкілля.""",
]

# =========================================================================== en

ITEMS["en"] = [
    # 1 pronouns after name
    """Hi there,
I still haven't received the refund for order {{@order:WEB-######}}.

Thanks,
[[sig|Alex Morgan]] (she/her)""",
    # 2 full corporate block with legal disclaimer
    """Dear Sir or Madam,
please find attached the credit note for invoice {{@invoice:INV-#####}}.

Kind regards,

[[sig|Dr. Priya Raman, PhD]]
{{job_title|Head of Procurement}}
Northgate Components Ltd
[[address|Unit 4, Riverside Park, Leeds LS11 5DR]]
T: [[@phone:GB:fintl]]
VAT Reg. No. [[@gbvat:gbsp]]

This e-mail and any attachments are confidential and intended solely for the addressee.
Registered in England and Wales.
Please consider the environment before printing this email.""",
    # 3 closing and name on one line
    """Router works again after the reset. Cheers, [[sig|Dave]]""",
    # 4 sent from my iPhone under name
    """my card was charged twice for the same booking, please help

[[sig|Sam Whitaker]]

Sent from my {{brand|iPhone}}""",
    # 5 reply chain with agent signature quoted
    """Thanks, that did the trick.

[[sig|Rebecca]]

On Tue, 9 Jun 2026 at 14:03, Customer Care wrote:
> Hello,
> please clear your browser cache and sign in again.
> Best wishes,
> [[sig|Tom Fletcher]]
> {{team_name|Customer Care Team}}""",
    # 6 for and on behalf of
    """Dear Sirs,
we confirm acceptance of purchase order {{@order:PO######}}.

Yours faithfully,
[[sig|Gareth Lloyd-Evans]]
for and on behalf of Brackenridge Supplies Ltd""",
    # 7 name in caps, company on same line
    """Hello,
quote attached as discussed.

[[sig|OLIVER HAYES]] | {{cbrand|Hayes & Carter}}
{{job_title|Managing Director}}
M: [[@phone:GB:mgbsp]]""",
    # 8 salutation, trailing initial
    """Hi [[sal|Jenny]],
the parcel {{@tracking:@@#########GB}} arrived damaged, photos attached.
[[sig|Mark T.]]""",
    # 9 dash signature, nickname in quotes
    """Can you move my delivery to Friday?
--\x20
[[sig|Robert "Bobby" Quinn]]""",
    # 10 team-only, company-only block
    """Dear customer,
your ticket {{@ticket:CS-######}} has been resolved.

Kind regards,
{{team_name|The Support Team}}
{{cbrand|Whitmore Energy}}
This is an automated message. Please do not reply.""",
    # 11 surname-only with title
    """Please cancel my appointment on {{date|Thursday 11 June}}.
Regards,
[[sig|Mrs Patel]]""",
    # 12 two-line name with particles
    """Hello,
kindly update the billing address on account {{@num:ACC-######}}.

Best,
[[sig|Maria
van der Berg]]
[[email|maria.vdberg@example-mail.co.uk]]""",
    # 13 Polish signature under English body
    """Hello,
the pallets will be collected tomorrow morning.

Pozdrawiam
[[sig|Grzegorz Wójcik]]
{{job_title|Kierownik magazynu}}""",
    # 14 salutation with title
    """Dear [[sal|Mr O'Connor]],
thank you for your payment for invoice {{@invoice:#####-A}}.

Warm regards,
[[sig|Hannah Brooks]]
{{job_title|Accounts Assistant}}
Brooks & Finch Accountants
Follow us: twitter.com/brooksfinch | facebook.com/brooksfinchuk""",
    # 15 mobile footer above the name
    """app crashes every time I open settings, version {{version|7.3.0}}

Sent from Outlook for {{brand|Android}}
[[sig|Chloe Adeyemi]]""",
    # 16 salutation by first name, sign with degree
    """Hi [[sal|Liam]],
attached is the signed contract.

Best regards,
[[sig|Prof. Eleanor Whitfield, MBE]]""",
    # 17 on behalf of, in parentheses
    """Hello,
please send the replacement to the office in {{city|Bristol}}.

[[sig|Nadia Hussain]] (on behalf of [[oth|Daniel Reeves]])""",
    # 18 name with hyphen and particle, company line, UTR
    """Hi,
here are our details for the supplier form.

[[sig|Jean-Luc de la Fontaine]]
Fontaine Wines UK
UTR [[@utr]]""",
    # 19 salutation, closing same line with dash
    """Dear [[sal|Ms Kowalski]],
your replacement card is on its way. Best wishes – [[sig|Ian McGregor]]""",
    # 20 German signature under English body
    """Hello,
we have shipped the spare parts from our warehouse in {{city|Hamburg}}.

Viele Grüße
[[sig|Jörg Becker]]""",
]

# =========================================================================== de

ITEMS["de"] = [
    # 1 full partner block with legal footer
    """Sehr geehrte Damen und Herren,
anbei die Gutschrift zur Rechnung {{@invoice:RE-######}}.

Mit freundlichen Grüßen

[[sig|Dipl.-Ing. Katrin Hoffmann]]
{{job_title|Leiterin Einkauf}}
Rheinwerk Maschinenbau GmbH
[[address|Industriestraße 22, 40589 Düsseldorf]]
Tel.: [[@phone:DE:fde0]]
USt-IdNr.: [[@ustid]]
Geschäftsführer: siehe Impressum | Amtsgericht Düsseldorf
Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.""",
    # 2 particle von
    """Hallo,
die Lieferung {{@tracking:DE##########}} ist noch nicht angekommen.

Beste Grüße
[[sig|Friedrich von Bülow]]""",
    # 3 closing same line
    """Danke für die schnelle Hilfe! VG [[sig|Lena]]""",
    # 4 Gesendet von meinem iPhone
    """kann meine Bestellung {{@order:AB-#######}} nicht stornieren, Button geht nicht

[[sig|Markus Vogel]]

Gesendet von meinem {{brand|iPhone}}""",
    # 5 reply chain
    """Danke, hat geklappt.

Gruß
[[sig|Sabine]]

Am 10.06.2026 um 09:12 schrieb Kundenservice:
> Guten Tag,
> bitte melden Sie sich einmal ab und wieder an.
> Freundliche Grüße
> [[sig|Jonas Weber]]
> {{team_name|Ihr Kundenservice-Team}}""",
    # 6 salutation with Frau, title
    """Sehr geehrte [[sal|Frau Dr. Schneider]],
vielen Dank für Ihre Anfrage.

Mit freundlichen Grüßen
[[sig|Thomas Krüger]]
{{job_title|Vertriebsinnendienst}}""",
    # 7 name and company on the same line, surname company
    """Hallo zusammen,
Angebot anbei.

[[sig|Uwe Brandt]], {{cbrand|Brandt & Söhne}}
Mobil: [[@phone:DE:mdeslash]]""",
    # 8 caps name
    """Guten Tag,
wir bestätigen den Auftrag {{@order:AUF-#####}}.

[[sig|CLAUDIA MEYER]]
{{job_title|Geschäftsführerin}}
{{city|Leipzig}}""",
    # 9 trailing initial, dash
    """Rechnung stimmt nicht, bitte korrigieren.
— [[sig|Stefan R.]]""",
    # 10 company-only block, team
    """Sehr geehrte Kundin, sehr geehrter Kunde,
Ihr Ticket {{@ticket:TK-######}} wurde geschlossen.

Ihr {{team_name|Serviceteam}}
{{cbrand|Stadtwerke Hellmann}}
Diese E-Mail wurde automatisch erstellt.""",
    # 11 surname-only with title
    """Bitte senden Sie mir die Unterlagen per Post.
Mit freundlichem Gruß
[[sig|Prof. Wagner]]""",
    # 12 salutation by first name, nickname
    """Hi [[sal|Jens]],
Fotos vom Schaden hängen dran.
[[sig|Maximilian (Max) Schulz]]""",
    # 13 two-line name
    """Bitte kündigen Sie meinen Vertrag {{@contract:V-########}} zum nächstmöglichen Termin.

Freundliche Grüße
[[sig|Anna-Lena
Schmidt-Hübner]]
[[email|al.schmidt-huebner@beispiel-post.de]]""",
    # 14 i.A. / on behalf
    """Sehr geehrte Damen und Herren,
anbei der unterschriebene Lieferschein.

i. A. [[sig|Melanie Fischer]]
Spedition Nordlicht GmbH""",
    # 15 English signature under German body
    """Guten Tag,
die Ersatzteile gehen morgen raus.

Best regards,
[[sig|Michael O'Brien]]
{{job_title|Service Coordinator}}""",
    # 16 mobile footer above name, Steuer-ID
    """Hier meine Steuer-ID für die Abrechnung: [[@idnr:sp]]

Von meinem {{brand|Samsung Galaxy}} gesendet
[[sig|Heike Lorenz]]""",
    # 17 salutation Herr, sig with degree after
    """Sehr geehrter [[sal|Herr Wolff]],
das Gutachten liegt bei.

Mit besten Grüßen
[[sig|Dr. med. Carsten Brauer, MBA]]""",
    # 18 pronouns, hyphenated
    """Hallo,
ich habe noch keine Zugangsdaten erhalten.

LG
[[sig|Kim Yilmaz-Berger]] (they/them)""",
    # 19 salutation, Polish sig under German body
    """Hallo [[sal|Petra]],
die Ware ist im Lager in {{city|Słubice}} angekommen.

Pozdrawiam
[[sig|Wojciech Krawczyk]]""",
    # 20 name with "im Auftrag" after, IBAN
    """Sehr geehrte Damen und Herren,
bitte überweisen Sie die Erstattung auf folgendes Konto: [[@iban:DE:group]].

[[sig|Gerda Hoffmann-Stein]]
(im Auftrag von [[oth|Herrn Stein]])""",
]

# ----------------------------------------------------------------------------- main

CHECKSUM_KINDS = {"card", "iban", "pesel", "birth_number", "national_id", "tax_id"}
MINIMA = {
    "signature": 14,
    "salutation": 4,
    "near_miss_keep": 8,
    "checksum_id": 2,
    "phone": 2,
    "email": 1,
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
        c["near_miss_keep"] += len(r["keep"])
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
            rows.append(fill(f"d17-{lang}-{i:02d}", lang, template))
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "two items share a text"
    for lang in LANGS:
        t = tally([r for r in rows if r["lang"] == lang])
        for key, need in MINIMA.items():
            assert t[key] >= need, (lang, key, t[key], need)
    no_pii = sum(not r["pii"] for r in rows)
    assert 5 <= no_pii <= 7, no_pii
    t = tally(rows)
    total = sum(len(r["pii"]) for r in rows)
    assert 0.50 <= t["name"] / total <= 0.90, t["name"] / total
    assert 0.05 <= t["checksum_id"] / total <= 0.30, t["checksum_id"] / total
    keeps = sum(len(r["keep"]) for r in rows)
    assert 1.0 <= keeps / len(rows) <= 6.0, keeps / len(rows)
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
    cols = ["signature", "salutation", "other"]
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
