#!/usr/bin/env python3
"""Write data/eval/pii/blind21.jsonl: a hand-written PII test split (blind, never tuned on).

140 customer texts (20 each in pl, cs, sk, ru, uk, en, de) by a separate author,
each its own hand-written template. Every language is one week of the
customer-experience inbox of one mid-size company, a different industry each:
pl a chain of veterinary clinics, cs a ski resort (lift passes, ski school,
rentals), sk a driving school with a car rental arm, ru a furniture-to-order
workshop, uk a pharmacy chain with online orders and home delivery, en a
wedding venue and catering company, de a car-sharing service. Formats: e-mails
with greetings, quoted replies and forwarded mails, signature blocks of many
shapes, chats with bots and agents, web forms, reviews with the owner's answer,
social-media and messenger messages, complaint letters with sender blocks, B2B
orders and invoices (tables, glued labels), SMS replies and voicemail
transcripts.

Names (with their titles: Pani, paní, pane, pán, Herr/Herrn, Frau, Mr, Mrs, Ms,
Dr., dr, Ing., Mgr., Bc., MUDr., lek. wet. ... are part of the name span; a
greeting or closing word is not), checksum identifiers of the country and its
neighbours, phones, e-mails and addresses stand next to near-misses that must
survive redaction: order/invoice/ticket/contract/meter/account numbers that
fail every id check, dates, times, amounts, quantities, product codes, brands
(companies named after a surname are marked ``{{cbrand|...}}`` and kept
without their legal form), team signatures, job titles, cities, branches named
after streets and greetings without a name. About 10 items carry no PII.

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Pani Joanno]]    name, context salutation   (also sig / intro / oth)
    [[email|a@b.pl]]       literal PII of a kind (email, phone, address, url_token...)
    [[@pesel]]             PII value drawn by a generator (kind from GEN)
    {{city|Kraków}}        literal keep span with its `what`
    {{cbrand|Górecki}}     a company named after a surname: keep, what `brand`
    {{@order:####}}        keep value drawn by a generator (what from KEEP_GEN)

Every identifier gets computed check digits and is validated with python-stdnum
(SNILS and the Polish ID card with the published algorithms, Czech and Slovak
domestic account numbers with the bank-account check), and every written PII
span of a checksum kind is checked once more by its kind, independently of its
generator (id_valid); every phone number passes phonenumbers.is_valid_number.
Numbered near-misses and product codes fail every identifier check used here
and are not valid phone numbers of the text's region. Each language must reach
the minima in MINIMA (checked on every run, --check included). The seed of
every item is fixed ("b21:" + its id).

    .venv/bin/python scripts/make_pii_blind21.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_blind21.py --check   # file on disk == output
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
OUT = ROOT / "data" / "eval" / "pii" / "blind21.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
SEED = "b21:"

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
    "account": ("invalid_checksum_number", gen_pattern),
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
# a chain of veterinary clinics, one week of the customer-experience inbox
ITEMS["pl"] = [
    """Temat: Re: faktura za zabieg – kotka Mela

Dzień dobry [[sal|Pani Joanno]],

proszę jednak o fakturę na firmę męża, bo zabieg był płacony z firmowej karty.
{{cbrand|Górecki Instalacje}} sp. z o.o., NIP [[@nip:dash]]
Kwota {{amount|680 zł}}, wizyta {{date|2 grudnia}} w placówce przy {{street_as_brand|Zwierzynieckiej}}.

Pozdrawiam
[[sig|Marta Górecka]]
[[@phone:PL:mg3]]

> W dniu {{date|3.12.2026}} o {{time|14:12}} recepcja napisała:
> {{greeting_without_name|Dzień dobry}}, paragon nr {{@num:PAR/####/##}} możemy zamienić na fakturę do 3 miesięcy od zakupu.
> {{team_name|Zespół recepcji Pazur Kraków}}""",
    """Formularz: płatność ratalna – leczenie ortopedyczne
Właściciel zwierzęcia: [[oth|Bartłomiej Szczepaniak]]
PESEL: [[@pesel:g3 male mid]]
Nr dowodu osobistego: [[@plid]]
Telefon: [[@phone:PL:mintl]]
E-mail: [[email|bartek.szczepaniak@onet.pl]]
Adres: [[address|ul. Wiśniowa 9/3, 31-435 Kraków]]
Pacjent: pies Bruno, owczarek niemiecki, {{quantity|7 lat}}
Kwota zabiegu: {{amount|4 900 zł}}, liczba rat: {{quantity|10}}
Rachunek do spłaty rat: [[@iban:PL:nrb]]
Zgoda na kontakt SMS: tak""",
    """Bot Pazurek: Cześć! W czym mogę pomóc? 🐾
Klient: chce umowic szczepienie dla kota
Bot Pazurek: Podaj numer karty pacjenta albo telefon podany przy rejestracji.
Klient: [[@phone:PL:mg3]]
Bot Pazurek: Znalazłem kartę {{@num:KP-######}} – kot Filemon. Przekazuję rozmowę do konsultantki.
Konsultantka [[oth|Iwona]]: Dzień dobry, tu [[intro|Iwona Pietrzak]] z rejestracji. Mam wolny {{date|piątek 11.12}} o {{time|16:30}} u [[oth|lek. wet. Pawła Mroczka]] w placówce {{street_as_brand|Królewska}}.
Klient: pasuje, zapiszcie na [[oth|Jolantę Kubacką]], to moja mama, ona z nim przyjdzie
Konsultantka [[oth|Iwona]]: Zapisane, {{greeting_without_name|miłego dnia}}!""",
    """FAKTURA VAT nr {{@invoice:FV/####/12/2026}}
Sprzedawca: VetPharm Morava s.r.o., Brno
IČO: [[@ico]]   DIČ: [[@ico:czsame]]
Nabywca: Przychodnie Weterynaryjne Pazur sp. z o.o.
NIP:[[@nip]]  REGON:[[@regon]]
Pozycje: szczepionka p/wściekliźnie – {{quantity|200 dawek}}; płyn infuzyjny – {{quantity|40 op.}}
Razem brutto: {{amount|12 480,00 PLN}}
Płatność przelewem na rachunek: [[@iban:CZ:group]]
Termin płatności: {{date|21.12.2026}}
Wystawił: [[sig|Radek Zeman]]""",
    """★★☆☆☆ [[oth|Kasia W.]] · 2 tygodnie temu
Czekałam z kotem {{quantity|półtorej godziny}}, mimo że wizyta była na {{time|18:00}}. [[oth|Doktor Hanna Zalewska]] bardzo miła i konkretna, ale recepcja nikogo nie informowała o opóźnieniu.

Odpowiedź właściciela:
[[sal|Pani Katarzyno]], przepraszamy za długie oczekiwanie – tego wieczoru mieliśmy dwa nagłe przypadki po wypadkach. Od grudnia wysyłamy SMS, gdy opóźnienie przekracza {{quantity|20 minut}}.
[[sig|Adam Rutkowski]], {{job_title|kierownik placówki}} {{street_as_brand|Kazimierza Wielkiego}}""",
    """---------- Wiadomość przekazana ----------
Od: Likwidacja szkód <[[email|szkody@ubezpieczenia-ogonek.pl]]>
Data: {{date|1 grudnia 2026}} {{time|09:47}}
Temat: Szkoda {{@num:SZ/####/26}} – [[oth|Żaneta Kołodziej-Bąk]]

{{greeting_without_name|Szanowni Państwo}},
prosimy o kartę leczenia psa Maks z okresu {{date|10–24.11.2026}}. Ubezpieczona: [[oth|Żaneta Kołodziej-Bąk]], PESEL [[@pesel:female]], polisa {{@policy:OGN-########}}.

Z poważaniem
{{team_name|Dział Likwidacji Szkód}}

[[sal|Olu]], możesz to wysłać do końca tygodnia? Dzięki
[[sig|M.]]""",
    """SMS od Pazur: Przypominamy o wizycie kontrolnej psa Rocky {{date|jutro}} o {{time|10:15}}, placówka {{street_as_brand|Długa}}. Odpisz TAK, aby potwierdzić.
Odpowiedź z nr [[@phone:PL:mintl]]: TAK ale przyjdzie syn [[oth|Kuba]] bo ja w pracy. [[sig|Ewa Sobczak]]""",
    """Poczta głosowa, {{date|4.12}} {{time|19:52}}, numer [[@phone:PL:fnat]]:
„Dobry wieczór, mówi [[intro|Stanisław Kmieć]], ja w sprawie kota, co go wczoraj przywiozłem po wypadku z ulicy... chciałem zapytać, czy przeżył noc. Proszę oddzwonić, mój komórkowy to [[@phone:PL:mg3]], albo do żony, [[oth|Grażyny]], ona ma [[@phone:PL:mg232]]. Dziękuję, do widzenia.”""",
    """[[sig|Henryka Lis]]
[[address|ul. Słoneczna 4, 34-100 Wadowice]]
tel. [[@phone:PL:mnat]]

Przychodnie Weterynaryjne Pazur sp. z o.o.
{{team_name|Dział Obsługi Klienta}}

{{city|Wadowice}}, {{date|30 listopada 2026 r.}}

Reklamacja

{{greeting_without_name|Szanowni Państwo}},
w dniu {{date|18.11.2026}} [[oth|dr. Witold Brzeziński]] pobrał ode mnie {{amount|350 zł}} za USG jamy brzusznej psa, choć cennik na stronie podaje {{amount|230 zł}}. Proszę o zwrot różnicy {{amount|120 zł}} na rachunek
[[@iban:PL:nrbwrap]].

Z poważaniem
[[sig|Henryka Lis]]""",
    """Hej wszystkim,
od {{date|poniedziałku 14.12}} placówka {{street_as_brand|Zwierzyniecka}} pracuje do {{time|21:00}}, a w soboty od {{time|8:00}} do {{time|15:00}}. Zamówienie karm weterynaryjnych {{@order:ZAM-#####}} dojdzie w środę, {{quantity|12 palet}}, prosimy o kogoś na rozładunek.
{{brand|Pakiet Szczeniak Plus}} kosztuje od nowego roku {{amount|399 zł}} zamiast {{amount|349 zł}}.
{{team_name|Koordynacja placówek}}""",
    """[[oth|Natalia Wrona]] (Messenger): hej, macie jeszcze miejsce na sterylizację suczki w grudniu? mogę tylko po 16
Pazur – Przychodnie Weterynaryjne: Cześć [[sal|Natalio]]! Mamy {{date|17.12}} o {{time|16:40}}. Podaj proszę imię i nazwisko na kartę i numer telefonu 🙂 [[sig|Dorota]]
[[oth|Natalia Wrona]]: super! jestem [[intro|Natalia Wrona]], tel [[@phone:PL:mg3dash]], suczka Luna, {{quantity|9 miesięcy}}""",
    """Dzień dobry [[sal|Pani Moniko]],

piszę przez tłumacza, przepraszam za błędy. Mój pies Anton był leczony w {{city|Szczecinie}} {{date|28.11}}. Proszę o fakturę na moją firmę:
{{cbrand|Hundepension Albrecht}} GmbH
USt-IdNr. [[@ustid:desp]]
Steuer-ID (prywatnie, dla księgowej): [[@idnr:sp]]
Nadpłatę {{amount|85 zł}} proszę przelać na IBAN [[@iban:DE:group]].

Mit freundlichen Grüßen / Z poważaniem
[[sig|Jürgen Albrecht]]""",
    """Kochani z placówki na {{street_as_brand|Kazimierza}}!
Dziękujemy za opiekę nad naszą Tosią w jej ostatnich dniach. Szczególnie [[oth|pani doktor Agacie]] i technikowi [[oth|Michałowi]] – byliście dla nas ogromnym wsparciem.
[[sig|Ania]] i [[sig|Piotrek Malinowscy]]""",
    """Zamówienie {{@order:ZK/###/2026}}
| Zamawiający | Przychodnie Weterynaryjne Pazur sp. z o.o. |
| NIP | [[@nip:pl]] |
| REGON | [[@regon:14]] |
| Dostawa | [[address|ul. Rydlówka 20, 30-363 Kraków]] |
| Kontakt | [[oth|Edyta Sikora]], [[@phone:PL:fintl]] w. 24 |
| Dostawca | {{cbrand|Hurtownia Nowakowski i Wspólnicy}} sp.k. |
| NIP dostawcy | [[@nip:sp]] |
| Konto | [[@iban:PL:compact]] |
Pozycje: {{product_code|RC-GI-2KG}} × {{quantity|30}}, {{product_code|HILLS-ID-12}} × {{quantity|18}}""",
    """Dobrý den, piszę po polsku jak umiem.
Nasz pies został ugryziony w {{city|Zakopanem}}, leczony u was {{date|29.11}}. Faktura proszę na mnie:
[[oth|Ondřej Vávra]], rodné číslo:[[@rc:slash male mid]]
adresa [[address|Palackého 18, 737 01 Český Těšín]]
Zwrot kaucji {{amount|200 zł}} na můj účet [[@iban:CZ:dom]].
Díky, [[sig|Ondra]]""",
    """Tu [[intro|Beata Krawczyk]] z kadr – dane nowej lekarki do umowy:
[[oth|lek. wet. Aleksandra Czarnecka-Wilk]]
PESEL [[@pesel:sp female mid]]
konto [[@iban:PL:nrb]]
dowód [[@plid:sp]]
Umowa {{@contract:UM/##/####}} od {{date|1.01.2027}}, placówka {{street_as_brand|Długa}}.
[[sig|Beata]]""",
    """dzien dobry [[sal|pani Ewo]], chcialam zapytac czy wynik badania krwi kota (zlecenie {{@order:#######}}) juz jest. placilam karta [[@card:group]] ale w apce nie widze paragonu.
pozdrawiam
[[sig|agnieszka kaminska]]""",
    """Zgłoszenie do bazy oznakowanych zwierząt
Właściciel: [[oth|Rafał Adamczyk]]
PESEL:[[@pesel:male]]
Nr mikroczipu: {{@num:616############}}
Gatunek: pies, rasa: beagle, ur. {{date|03.2025}}
Opłata: {{amount|25 zł}}""",
    """Szanowny [[sal|Panie Tomaszu]],

dziękuję za cierpliwość. Zwrot {{amount|240 zł}} zleciliśmy {{date|dziś}} na rachunek podany w reklamacji {{@ticket:REK-####}}.

Pozdrawiam serdecznie
[[sig|Magdalena Jaworska-Pieńkowska]]
{{job_title|Kierowniczka ds. Jakości}}
Przychodnie Weterynaryjne Pazur
tel. [[@phone:PL:fintl]]
[[email|m.jaworska@pazur-vet.pl]]

-----Original Message-----
From: [[oth|Tomasz Bielecki]] <[[email|tbielecki@interia.pl]]>
Sent: {{date|27 listopada 2026}}
> proszę o zwrot na konto [[@iban:PL:nrb]]. PESEL do dokumentu korygującego: [[@pesel:male senior]]
> [[sig|T. Bielecki]]""",
    """Skierowanie do kardiologa – placówka {{street_as_brand|Królewska}}
Pacjent: kot Mruczek, {{quantity|12 lat}}, właściciele: [[oth|Zofia]] i [[oth|Jerzy Nowiccy]]
Płatnik: Fundacja Psia Łapa, NIP [[@nip:dash2]], KRS {{@num:##########}}
Badanie: echo serca, termin do {{date|20.12}}

[[sig|lek. wet. Kamil Urban]]
[[sig|tech. wet. Oliwia Duda]]""",
]
# =========================================================================== cs
# a ski resort (lift passes, ski school, rentals)
ITEMS["cs"] = [
    """Předmět: Přihláška – lyžařská školička, týden {{date|28. 12. – 1. 1.}}

Dobrý den [[sal|paní Vondrová]],
přihlašuji obě děti do školičky:
1) [[oth|Eliška Burešová]], RČ [[@rc:slash child girl]], úroveň: začátečník
2) [[oth|Matěj Bureš]], RČ [[@rc:plain child boy]], jezdí od loňska
Zákonný zástupce: [[oth|Jana Burešová]], [[@phone:CZ:mg3]], [[email|jana.buresova@seznam.cz]]
Kurz {{amount|4 900 Kč}} za dítě zaplatím převodem z účtu [[@iban:CZ:dom]].

Děkuji a zdravím
[[sig|Jana Burešová]]""",
    """Chatbot Sněžka: Ahoj! Potřebuješ pomoct s půjčovnou, skipasem nebo lyžařskou školou?
Host: půjčovna. rezervace {{@order:PJ-######}}
Chatbot Sněžka: Díky, přepojuji na kolegu z půjčovny.
[[oth|Jakub]] (půjčovna): Dobrý den, [[intro|Jakub Horák]] z půjčovny. Lyže {{product_code|RS-170-CARV}} a boty vel. {{quantity|44}} máme připravené na {{date|sobotu}} od {{time|8:15}}.
Host: super, vyzvedne je švagr [[oth|Libor Kazda]], já dorazím až večer
[[oth|Jakub]] (půjčovna): V pořádku, ať má s sebou občanku. Kauci {{amount|3 000 Kč}} blokujeme na kartě.""",
    """Zamówienie / Objednávka skipasů {{@order:OBJ-####-PL}}
Odběratel: {{cbrand|Biuro Podróży Zawadzki}} sp. z o.o., {{city|Katowice}}
NIP: [[@nip:plsp]]  REGON: [[@regon]]
Skupina: {{quantity|42 osob}}, 6denní skipas, {{date|7.–13. 2. 2027}}
Vedoucí skupiny: [[oth|Paweł Stępniak]], tel. [[@phone:PL:mintl]]
Platba z účtu: [[@iban:PL:group]]
Fakturu prosíme v EUR.
S pozdravem / Z poważaniem
[[sig|Dominika Zawadzka]], {{job_title|vedoucí prodeje}}""",
    """[[oth|Radim Pokorný]] ★★★★☆
Skvělé sjezdovky, ale fronta u kabinky v {{time|9:00}} byla na {{quantity|40 minut}}. Instruktor [[oth|Vašek]] naprosto super, syn po třech dnech sjede červenou.

Odpověď majitele:
[[sal|Pane Pokorný]], děkujeme! Od {{date|ledna}} otevíráme pokladny už v {{time|7:30}}. [[oth|Vaškovi]] pochvalu rádi vyřídíme.
{{team_name|Tým Skiareálu Modrý Vrch}}""",
    """Provozní info {{date|9. 12.}}
Odečet elektroměru č. {{@meter:EM-########}} na horní stanici: {{quantity|18 422 kWh}}.
Sníh: {{quantity|65 cm}} technického, {{quantity|20 cm}} přírodního.
Sedačka {{product_code|SED-B4}} mimo provoz {{time|12:00}}–{{time|14:00}} kvůli větru.
Denní skipas {{amount|1 190 Kč}}, dětský {{amount|790 Kč}}, večerní lyžování do {{time|21:00}}.
{{team_name|Dispečink lanovek}}""",
    """Dobrý deň,
syn [[oth|Samuel Kováčik]] si {{date|3. 12.}} zlomil ruku na svahu, takže zvyšné {{quantity|4 dni}} skipasu {{@ticket:SKP-#######}} nevyužil. Prosím o vrátenie pomernej časti na účet [[@iban:SK:group]].
Kópiu lekárskej správy prikladám, RČ syna pre poisťovňu: [[@rcsk:slash child boy]].
S pozdravom
[[sig|Miroslava Kováčiková]]
[[@phone:SK:mintl]]""",
    """Hlasová zpráva, {{date|čt 10. 12.}}, {{time|22:41}}:
„Dobrý večer, tady [[intro|Zdeněk Malý]], bydlíme v apartmánu sedm. Ztratil jsem na sjezdovce peněženku, kartu už mám zablokovanou, ale byl v ní i skipas na jméno [[oth|Veronika Malá]]. Zavolejte mi prosím na [[@phone:CZ:mintl]]. Díky, na shledanou.”""",
    """Žádost o sezónní skipas {{date|2026/27}}
Jméno a příjmení: [[oth|Ing. Martin Procházka]]
Rodné číslo (sleva pro členy Horské služby): [[@rc:slash male mid]]
Bydliště: [[address|Lipová 231, 543 51 Špindlerův Mlýn]]
E-mail: [[email|mprochazka.hs@centrum.cz]]
Platba kartou: [[@card:group]]
Cena: {{amount|13 900 Kč}}""",
    """FAKTURA – DAŇOVÝ DOKLAD č. {{@invoice:2026####}}
Dodavatel: Skiareál Modrý Vrch a.s., IČO: [[@ico]], DIČ: [[@ico:czsame]]
Bankovní spojení: [[@iban:CZ:dom]]
Odběratel: {{cbrand|Softvérové štúdio Hudec}} s.r.o., Bratislava
IČO [[@ico:sp]], IČ DPH [[@icdph:sk]]
Předmět: firemní lyžovačka {{date|15.–17. 1. 2027}}, skipasy {{quantity|25×}}, půjčovna {{quantity|8×}}
Celkem: {{amount|118 250 Kč}}
Vystavil: [[sig|P. Šindelářová]]""",
    """Záznam o úrazu – lyžařská škola
Zraněný: [[oth|Wiktor Lewandowski]] (PL), PESEL [[@pesel:child boy]]
Matka: [[oth|Agnieszka Lewandowska]], tel. [[@phone:PL:mintlg3]]
Instruktorka: [[oth|Bc. Tereza Holá]]
Místo: sjezdovka {{product_code|B2}}, {{time|11:20}}
Popis: pád při nástupu na pomu, odvezen Horskou službou na ošetření do {{city|Vrchlabí}}.
Zapsal: [[sig|Filip Novák]], {{job_title|vedoucí lyžařské školy}}""",
    """SMS: Vaše rezervace výuky {{@order:VY-#####}} na {{date|12. 12.}} v {{time|10:00}} je potvrzena. Instruktorka: [[oth|Klára]]. Skiareál Modrý Vrch
Odpověď: Dekuji, prijdeme o 10 min pozdeji, holka [[oth|Anicka]] ma horecku tak pujde jen [[oth|Honzik]]. [[sig|Petra S.]]""",
    """Host: kolik stojí odpolední skipas?
Bot: Odpolední skipas od {{time|12:30}} stojí {{amount|890 Kč}}, děti do {{quantity|15 let}} {{amount|620 Kč}}.
Host: a dá se koupit online?
Bot: Ano, v e-shopu. Se slevovým kódem {{product_code|RANO-15}} ušetříte {{percent|15 %}} při nákupu do {{time|20:00}} předchozího dne.
Host: dík""",
    """Vážená [[sal|paní Dostálová]],
omlouváme se, platba za objednávku {{@order:E-########}} opravdu proběhla dvakrát. Druhou platbu {{amount|2 380 Kč}} jsme {{date|dnes}} vrátili na kartu, ze které byla stržena.

S pozdravem
[[sig|Lenka Krejčí]]
{{job_title|účetní}}
Skiareál Modrý Vrch a.s.
tel.: [[@phone:CZ:fintl]]
e-mail: [[email|ucetni@modryvrch.cz]]

> Dne {{date|8. 12. 2026}} [[oth|Hana Dostálová]] napsala:
> Dobrý den, strhli jste mi to dvakrát z karty [[@card:plain]], prosím o nápravu.""",
    """[[sig|MUDr. Aleš Kratochvíl]]
[[address|Hrnčířská 12, 602 00 Brno]]
RČ: [[@rc:slash male]]

Skiareál Modrý Vrch a.s., půjčovna

V {{city|Brně}} {{date|7. 12. 2026}}
Věc: námitka proti účtování poškození lyží

{{greeting_without_name|Vážení}},
z mé kauce jste strhli {{amount|2 500 Kč}} za poškrábanou skluznici, přestože lyže byly poškrábané už při převzetí (fotky přikládám). Žádám o vrácení na účet [[@iban:CZ:compact]].

S pozdravem
[[sig|A. Kratochvíl]]""",
    """#lyzarska-skola
[[oth|Klára Vondrová]]: zítra chybí [[oth|Tomáš]], kdo vezme jeho skupinu Medvídci v {{time|9:30}}?
[[oth|Ondra Beneš]]: beru já
[[oth|Klára Vondrová]]: díky [[sal|Ondro]] 🙏 děti mají sraz u {{brand|Dětského parku Sněžínek}}""",
    """Objednávka firemných permanentiek na sezónu
| Firma | Horské chaty Tatry s.r.o. |
| IČO | [[@ico]] |
| DIČ | [[@icdph:plain]] |
| IČ DPH | [[@icdph:sksame]] |
| IBAN | [[@iban:SK:compact]] |
| Kontakt | [[oth|Ing. Marián Ondrejka]], [[email|ondrejka@chaty-tatry.sk]] |
| Počet | {{quantity|12 ks}} |""",
    """Dobrý den, [[sal|pane Šimku]],
potvrzujeme lyžařský kurz pro {{quantity|56 žáků}} a {{quantity|4 pedagogy}} v termínu {{date|1.–5. 2. 2027}}. Fakturu vystavíme na Gymnázium Jihlava, IČO [[@ico:sp]], cena {{amount|6 450 Kč}} za žáka včetně skipasu a polopenze.

[[sig|Petr Havel]]          [[sig|Iveta Soukupová]]
{{job_title|ředitel střediska}}   {{job_title|vedoucí ubytování}}""",
    """Dobrý den,
jmenuji se [[intro|Kristýna Jelínková]] a ráda bych se přihlásila na místo instruktorky snowboardu na tuto sezónu. Mám licenci {{product_code|APUL-SB3}} a {{quantity|tři sezóny}} praxe.
Pro smlouvu DPP: RČ [[@rc:sp female mid]], účet [[@iban:CZ:dom]], pojišťovna 111.
[[sig|Kristýna]]
[[@phone:CZ:mg3]]""",
    """Dzień dobry / Dobrý den,
prosím o opravu faktury {{@invoice:FV/####/2026}} – je to firma: {{cbrand|Usługi Transportowe Krawiec}}, NIP:[[@nip:dash]], adres [[address|ul. Mickiewicza 5, 43-300 Bielsko-Biała]], ne fyzická osoba. Přeplatek vraťte prosím na [[@iban:PL:nrb]].
Pozdrawiam
[[sig|Łukasz Krawiec]]""",
    """[[oth|Monika Zelenková]] komentovala: Našla jsem na parkovišti P2 klíče od auta s modrým přívěskem, nechala jsem je na pokladně.
Skiareál Modrý Vrch: Díky [[sal|Moniko]]! Majitel si je může vyzvednout do {{time|16:00}}.
[[oth|Pavel Říha]]: jsou moje!! jsem [[intro|Pavel]], večer se stavím, kdyby něco [[@phone:CZ:mg3]]""",
]
# =========================================================================== sk
# a driving school with a car rental arm
ITEMS["sk"] = [
    """Prihláška do kurzu skupiny B
Meno a priezvisko: [[oth|Lucia Hrnčiarová]]
Rodné číslo: [[@rcsk:slash female]]
Trvalý pobyt: [[address|Námestie SNP 14, 974 01 Banská Bystrica]]
Mobil: [[@phone:SK:msk0]]
E-mail: [[email|lucka.hrnciarova@azet.sk]]
Kurzovné: {{amount|890 €}}, splátky: {{quantity|3×}}
Platba z účtu: [[@iban:SK:group]]""",
    """Dobrý deň [[sal|pani Lipková]],
za syna [[oth|Adama Čierneho]] posielam zálohu {{amount|300 €}} z účtu [[@iban:SK:dom]], do poznámky som dal variabilný symbol {{@num:########}}. Jeho rodné číslo do prihlášky: [[@rcsk:plain child boy]].
Ďakujem,
[[sig|Vladimír Čierny]]""",
    """Autopožičovňa – chat
Zákazník: dobrý deň, chcem si požičať Octaviu combi od {{date|piatku}} do {{date|nedele}}
Agentka [[oth|Simona]]: Dobrý deň, volám sa [[intro|Simona Baková]]. Octavia je voľná, cena {{amount|49 €}}/deň, depozit {{amount|400 €}}. Potrebujem meno vodiča.
Zákazník: šoférovať bude manžel, [[oth|Peter Gašpar]], ja zaplatím kartou [[@card:group]]
Agentka [[oth|Simona]]: Rezervácia {{@order:AP-######}} je vytvorená. Kľúče si vyzdvihnete na pobočke {{street_as_brand|Račianska}}.""",
    """FAKTÚRA č. {{@invoice:FA####-26}}
Dodávateľ: Autoškola Zebra s.r.o., Bratislava
IČO: [[@ico]]  DIČ: [[@icdph:plain]]  IČ DPH: [[@icdph:sksame]]
IBAN: [[@iban:SK:group]]
Odberateľ: {{cbrand|Stavebniny Kubíček}} s.r.o., {{city|Hodonín}}
IČO: [[@ico:sp]]  DIČ: [[@ico:czsame]]
Predmet: kondičné jazdy pre vodičov dodávok, {{quantity|6 osôb × 4 h}}
Spolu k úhrade: {{amount|1 440,00 €}}""",
    """[[oth|Marek Tóth]] ★★★★★
Inštruktor [[oth|Jožko Kráľ]] má trpezlivosť ako svätý. Spravil som to na prvý pokus!
Odpoveď autoškoly: Ďakujeme, [[sal|Marek]], a gratulujeme k vodičáku! 🚗 [[sig|Zuzana]], Autoškola Zebra""",
    """Oznam pre klientov
Od {{date|1. januára 2027}} sa mení cenník: kurz skupiny B {{amount|920 €}}, kondičná jazda {{amount|35 €}} za {{quantity|45 min}}, požičanie Fabie {{amount|39 €}} na deň.
Pobočka {{street_as_brand|Obchodná}} bude cez sviatky zatvorená od {{date|24. 12.}} do {{date|27. 12.}}. Servis vozidiel zabezpečuje {{cbrand|Autoservis Gregor}}.
{{team_name|Vedenie autoškoly}}""",
    """Dobrý den,
při vrácení vozu (smlouva {{@contract:NZ-######}}) jste mi naúčtovali {{amount|180 €}} za škrábanec na nárazníku, který tam byl už při převzetí. Jsem [[intro|Jiří Doležal]], RČ [[@rc:slash male mid]], bydliště [[address|Komenského 7, 750 02 Přerov]]. Peníze prosím vraťte na účet [[@iban:CZ:dom]].
S pozdravem
[[sig|Jiří Doležal]]""",
    """SMS Autoškola Zebra: Pripomíname jazdu zajtra o {{time|7:00}}, inštruktor [[oth|Fero]], miesto: parkovisko pri pobočke {{street_as_brand|Bajkalská}}.
Odpoveď z [[@phone:SK:mintl]]: dobre, dakujem. [[sig|nina]]""",
    """Záznam z odkazovača, {{date|st 9. 12.}} {{time|18:05}}:
„Dobrý deň, tu je [[intro|Mgr. Katarína Slobodová]], volám kvôli dcére [[oth|Terezke]], ktorá má zajtra skúšky a je chorá. Dá sa to presunúť? Zavolajte mi prosím na [[@phone:SK:msk0]]. Ďakujem, dovidenia.”""",
    """Rezerwacja / Rezervácia {{@order:AP-######}}
Nájomca: [[oth|Krzysztof Domański]]
PESEL: [[@pesel:male mid]]
Nr dowodu osobistego: [[@plid:lc]]
Firma pre faktúru: {{cbrand|P.H.U. Domański}}, NIP [[@nip:pl]]
Depozit: karta [[@card:dash]]
Telefón: [[@phone:PL:mintl]]""",
    """ahoj [[sal|Zuzka]],
posielam zoznam ziakov na skusky {{date|15.12.}}: [[oth|Hrnciarova]], [[oth|Cierny]], [[oth|Tomas Vrabel]]. [[oth|Vrabel]] este nema zaplatenu poslednu splatku {{amount|150 €}}.
[[sig|fero]]

> Dňa {{date|8. 12. 2026}} o {{time|11:02}} [[oth|Zuzana Lipková]] napísala:
> [[sal|Fero]], pošli mi prosím do piatku mená na skúšky.""",
    """Žiadosť o firemný prenájom
Firma: Logistika Západ s.r.o.
IČO:[[@ico]]
IČ DPH:[[@icdph:sk]]
Štatutár: [[oth|Ing. Branislav Hudák]], RČ [[@rcsk:slash male senior]]
Počet áut: {{quantity|3}}, obdobie {{date|1.–31. 1. 2027}}
Kontakt: [[email|fleet@logistika-zapad.sk]], [[@phone:SK:fintl]]""",
    """[[oth|Dominika Vargová]]: ahojte, kedy začína nový kurz? mám 17 a pol 🙈
Autoškola Zebra: Ahoj [[sal|Dominika]]! Najbližší kurz začína {{date|11. januára}} o {{time|16:00}}, teória je na pobočke {{street_as_brand|Obchodná}}. Prihlášku nájdeš na webe. [[sig|Zuzka]]""",
    """[[sig|Ján Mikuš]] a [[sig|Eva Mikušová]]
[[address|Partizánska 22, 010 01 Žilina]]

Autoškola Zebra s.r.o.
{{city|Žilina}}, {{date|5. 12. 2026}}

Vec: sťažnosť na správanie inštruktora

Náš syn [[oth|Oliver]] absolvoval {{date|1. 12.}} kondičnú jazdu, počas ktorej naňho inštruktor [[oth|p. Kollár]] opakovane kričal. Žiadame vrátenie {{amount|120 €}} za dve jazdy na účet [[@iban:SK:compact]].

S pozdravom
[[sig|Ján Mikuš]]
[[sig|Eva Mikušová]]""",
    """Hlásenie škodovej udalosti č. {{@num:SU-########}}
Vozidlo: Škoda Fabia z požičovne Autoškola Zebra
Vodič: [[oth|Tomasz Wójcik]] (PL), PESEL [[@pesel:sp male]]
Druhý účastník: [[oth|Renáta Šustrová]], RČ [[@rc:plain female mid]]
Miesto: {{city|Trenčín}}, {{date|2. 12. 2026}}, {{time|17:45}}
Poisťovňa: {{brand|Union}}
Zapísal: [[sig|Ing. Roman Bielik]], {{job_title|likvidátor}}""",
    """Ahoj, tu je [[intro|Marek Jurčo]], nový inštruktor od januára. Posielam údaje na zmluvu: RČ [[@rcsk:sp male mid]], číslo účtu [[@iban:SK:lcgroup]]. Mám aj živnosť, IČO [[@ico]], DIČ [[@icdph:plain]]. Vďaka, [[sig|Marek]]""",
    """Potvrdenie platby
Rezervácia: {{@order:AP-######}}
Zákazník: [[oth|Silvia Hornáková]]
Karta: [[@card:plain]]
Suma: {{amount|147,00 €}} ({{quantity|3 dni}})
Ďakujeme, {{team_name|Tím autopožičovne Zebra}}""",
    """---------- Preposlaná správa ---------
Od: Okresný dopravný inšpektorát <[[email|odi.ba@minv.sk]]>
Predmet: Objasňovanie priestupku {{@num:ODI-BA-#####/26}}
Žiadame o oznámenie údajov vodiča, ktorý viedol vaše vozidlo {{date|28. 11. 2026}} o {{time|14:32}}.

[[sal|Zuzka]], podľa zmluvy {{@contract:NZ-######}} to bol [[oth|Daniel Baláž]], RČ v zmluve [[@rcsk:slash male]], adresa [[address|Hlavná 101, 080 01 Prešov]]. Pošli im to prosím.
[[sig|R. Marko]], {{job_title|konateľ}}""",
    """Prihláška (skupina A – motorka)
Meno:[[oth|Vojtěch Pavlíček]]RČ:[[@rc:plain male]]Tel:[[@phone:CZ:mintl]]
Adresa prechodného pobytu: [[address|Mlynské nivy 5, 821 09 Bratislava]]
Kurzovné {{amount|650 €}} zaplatím kartou [[@card:group]]""",
    """Dobrý deň [[sal|pán Ondruš]],
vrátenie depozitu {{amount|400 €}} za prenájom {{@order:AP-######}} sme spracovali {{date|dnes}}. Peniaze budú na karte do {{quantity|5 pracovných dní}}.

S pozdravom

--
[[sig|Zuzana Lipková]]
{{job_title|vedúca kancelárie}}
Autoškola Zebra s.r.o. | IČO [[@ico:sp]]
[[@phone:SK:fintl]] | [[email|kancelaria@autoskola-zebra.sk]]""",
]
# =========================================================================== ru
# a furniture-to-order workshop
ITEMS["ru"] = [
    """Тема: Кухня на заказ – замер

Здравствуйте!
Хотим заказать угловую кухню по размерам, {{quantity|3,2 м}} на {{quantity|2,1 м}}. Замер можно в {{date|субботу}} после {{time|12:00}}.
Адрес: [[address|г. Казань, ул. Чистопольская, д. 61, кв. 118]]
Телефон: [[@phone:RU:mru8]]
Предоплату {{amount|30 000 ₽}} готовы внести картой.

С уважением,
[[sig|Гульнара Рашидовна Хафизова]]""",
    """Счёт на оплату № {{@invoice:СЧ-####}} от {{date|07.12.2026}}
Поставщик: ИП [[oth|Дубровин Алексей Викторович]], ИНН [[@innp]], ОГРНИП [[@ogrn:15]]
Покупатель: ООО «Гостиница Северная», ИНН [[@inn]], КПП {{@num:#########}}, ОГРН [[@ogrn]]
Товар: шкаф-купе 2400×600, {{quantity|14 шт.}}
Итого к оплате: {{amount|812 000,00 руб.}}
Руководитель ______ [[sig|Дубровин А. В.]]""",
    """Бот «Дубрава»: Здравствуйте! Я помогу узнать статус заказа. Введите номер заказа.
Клиент: {{@order:Д-#####}}
Бот «Дубрава»: Заказ в производстве, ориентировочная дата готовности – {{date|18 декабря}}. Соединить с менеджером?
Клиент: да
Менеджер [[oth|Кирилл]]: Добрый день, меня зовут [[intro|Кирилл Лаптев]]. Фасады задержались у поставщика на {{quantity|5 дней}}, приносим извинения.
Клиент: Ладно. Доставку тогда оформите на жену, [[oth|Светлана Игоревна Белова]], она будет дома""",
    """[[oth|Денис К.]] ★☆☆☆☆
Заказывали шкаф в детскую, привезли с опозданием на {{quantity|три недели}}, дверца перекошена. Сборщик [[oth|Руслан]] сказал, что «так и должно быть».

Ответ владельца:
[[sal|Денис]], здравствуйте. Нам очень жаль. Мы связались с вами по телефону: мастер приедет {{date|12.12}} и заменит дверцу бесплатно.
[[sig|Алексей Дубровин]], {{job_title|владелец мастерской}}""",
    """Цех, план на неделю:
- заказ {{@order:Д-#####}} – кухня, покраска фасадов до {{date|среды}};
- заказ {{@order:Д-#####}} – гардеробная, {{quantity|18 листов}} ЛДСП {{product_code|EGGER-H1145}};
- кромка {{product_code|ПВХ-2-22}} закончилась, заказать {{quantity|200 м}}.
Сборка по выходным – доплата {{percent|20 %}}.
{{job_title|Начальник производства}}""",
    """Здравствуйте, [[sal|Алексей]]!
Пишу из {{city|Харькова}}, хочу заказать у вас комод, его отвезут родственники. Оплачивать будет сестра с украинского счёта:
Получатель: [[oth|Оксана Петрівна Гнатюк]]
РНОКПП: [[@rnokpp:female mid]]
IBAN: [[@iban:UA:group]]
Если удобнее от фирмы – ТОВ «Меблі Схід», ЄДРПОУ [[@edrpou]].
[[sig|Ирина Гнатюк]]""",
    """Голосовое сообщение, {{date|08.12}}, {{time|21:17}}, номер [[@phone:RU:mruintl]]:
«Алло, добрый вечер, это [[intro|Валентина Степановна]], я у вас стенку заказывала. Сама забрать не смогу, приедет зять, [[oth|Геннадий]], у него номер [[@phone:RU:mru8dash]]. Спасибо, до свидания.»""",
    """Директору мастерской «Дубрава» [[oth|Дубровину А. В.]]
от [[sig|Морозовой Елены Викторовны]]
[[address|г. Казань, пр. Победы, д. 12, кв. 40]]
тел. [[@phone:RU:mru8]]

ПРЕТЕНЗИЯ

{{date|20 октября 2026 г.}} с вашей мастерской заключён договор {{@contract:№ ####/26}} на изготовление шкафа. Срок истёк {{date|20 ноября}}, шкаф не изготовлен. Прошу вернуть предоплату {{amount|45 000 руб.}} на карту [[@card:mirgroup]].

{{date|09.12.2026}}          [[sig|Е. В. Морозова]]""",
    """Кадры: данные нового столяра
ФИО: [[oth|Зайцев Никита Олегович]]
СНИЛС: [[@snils]]
ИНН: [[@innp:12sp]]
Карта для зарплаты: [[@card:mir]]
Выход на работу: {{date|14.12.2026}}, оклад {{amount|75 000 ₽}}
Оформила: [[sig|Н. Ю. Гаврилова]], {{job_title|бухгалтер}}""",
    """SMS: Мастерская «Дубрава»: ваш заказ {{@order:Д-#####}} готов. Доставка {{date|15.12}} с {{time|10:00}} до {{time|14:00}}. Водитель [[oth|Артём]], [[@phone:RU:mruintlsp]].
Ответ: Спасибо, будем дома. [[sig|Т. Лаврова]]""",
    """-------- Пересылаемое сообщение --------
От: ООО «{{cbrand|Громов}}» <[[email|sales@gromov-fanera.ru]]>
Дата: {{date|04.12.2026}}, {{time|16:20}}
Тема: Прайс на фанеру

{{greeting_without_name|Уважаемые коллеги}}, направляем реквизиты для договора поставки:
ООО «{{cbrand|Громов}}», ИНН [[@inn]], ОГРН [[@ogrn]]
С уважением, {{team_name|отдел продаж}}

[[sal|Лёша]], посмотри, у них берёзовая фанера {{product_code|ФК-18-1525}} на {{percent|8%}} дешевле.
[[sig|Кирилл]]""",
    """VK, сообщения сообщества
[[oth|Ксюша Белоусова]]: здравствуйте!! а вы делаете кровати-чердаки? сыну [[oth|Тимофею]] 7 лет
Дубрава | Мебель на заказ: Здравствуйте, [[sal|Ксения]]! Да, делаем, от {{amount|38 000 ₽}}. Дизайнер приедет на замер бесплатно. [[sig|Мария]], {{job_title|менеджер}}""",
    """Добрый день. Сколько стоит прихожая шириной {{quantity|1,8 м}} из массива дуба и сколько ждать? Нужна к {{date|Новому году}}.

Ответ: Здравствуйте! Из массива – от {{amount|120 000 ₽}}, срок {{quantity|35–40 рабочих дней}}, к {{date|31 декабря}}, к сожалению, не успеем. Можем предложить шпон, это {{quantity|20 дней}}.
{{team_name|Команда «Дубравы»}}""",
    """Уважаемый [[sal|Алексей Викторович]]!
Подтверждаем заказ {{@order:Д-#####}} на мебель для переговорной ({{quantity|1 стол, 12 стульев}}). Оплату {{amount|264 500 руб.}} проведём до {{date|18.12}}.
Счёт прошу выставить на:
АО «Технопарк Волга», ИНН [[@inn]], ОГРН [[@ogrn]]

С уважением,
[[sig|Марина Сергеевна Кузнецова-Орлова]]
{{job_title|офис-менеджер}} АО «Технопарк Волга»
тел.: [[@phone:RU:fintl]], доб. 214
[[email|m.kuznetsova-orlova@tehnopark-volga.ru]]""",
    """Заявка на рассрочку
ФИО: [[oth|Абрамов Вячеслав Игоревич]]
ИНН: [[@innp]]
СНИЛС: [[@snils:sp]]
Телефон: [[@phone:RU:mruintl]]
Сумма: {{amount|186 000 ₽}}, срок {{quantity|12 мес.}}
Карта для автосписания: [[@card:mir]]""",
    """telegram, @[[oth|dima_sokolov_kzn]]:
добрый вечер, я [[intro|дмитрий соколов]], заказывал у вас стол {{@order:Д-#####}}. ножки шатаются, можно мастера? оплата была с карты жены [[@card:mirplain]]""",
    """Здравствуйте, [[sal|Кирилл]].
Это [[intro|Богдан Мельничук]], по шкафу для мамы. Я сейчас в {{city|Киеве}}, оплачу с украинской карты [[@card:group]]. Если нужен чек на моё имя – РНОКПП [[@rnokpp:male mid]].
Доставка маме, [[oth|Галина Степановна Мельничук]], [[address|г. Казань, ул. Баумана, д. 7, кв. 3]].""",
    """ДОГОВОР № {{@contract:####-МБ}} на изготовление мебели
г. {{city|Казань}}                     {{date|02 декабря 2026 г.}}
Исполнитель: ИП [[oth|Дубровин Алексей Викторович]], ОГРНИП [[@ogrn:15]], ИНН [[@innp]]
Заказчик: [[oth|Яковлева Дарья Андреевна]], СНИЛС [[@snils:dash2]]
Предмет: гардеробная по эскизу, срок изготовления {{quantity|30 рабочих дней}}, цена {{amount|154 000 руб.}}

Исполнитель ________ [[sig|А. В. Дубровин]]     Заказчик ________ [[sig|Д. А. Яковлева]]""",
    """[[oth|Руслан]] (сборка): по заказу {{@order:Д-#####}} всё собрал, клиентка [[oth|Хафизова]] подписала акт. Завтра к [[oth|Лавровой]] к {{time|9:00}}.
[[oth|Кирилл Лаптев]]: Принял, спасибо. Не забудь {{quantity|2 петли}} {{product_code|CLIP-71T}} взять.""",
    """Реквизиты для сверки:
ИП [[oth|Дубровин А.В.]]
ИНН:[[@innp]] ОГРНИП:[[@ogrn:15]]
Почта: [[email|dubrava.mebel@yandex.ru]]
Акт сверки за {{date|2026}} пришлите, пожалуйста, до {{date|25.12}}.
[[sig|Гаврилова Н.]]""",
]
# =========================================================================== uk
# a pharmacy chain with online orders and home delivery
ITEMS["uk"] = [
    """Тема: Замовлення {{@order:АП-#######}} – не той препарат

Доброго дня!
Замовляла через сайт {{quantity|2 упаковки}} крапель для очей, а кур'єр привіз інший препарат. Прошу повернути кошти {{amount|486 грн}} на картку [[@card:group]] або замінити.
Адреса доставки: [[address|м. Львів, вул. Городоцька, 174, кв. 25]]
Тел.: [[@phone:UA:mua0]]

З повагою,
[[sig|Христина Романівна Данилюк]]""",
    """Шановна [[sal|пані Христино]]!
Перепрошуємо за помилку складу. Правильні краплі привеземо {{date|завтра}} з {{time|10:00}} до {{time|13:00}}, а помилково доставлену упаковку кур'єр забере. Кошти не списуємо.

З повагою,
[[sig|Олена Ткачук]]
{{job_title|старша фахівчиня служби підтримки}}
Аптечна мережа «Калина»
[[@phone:UA:fintl]]
[[email|support@kalyna-apteka.ua]]""",
    """Бот «Калинка»: Вітаю! Оберіть: 1 – статус замовлення, 2 – консультація фармацевта.
Клієнт: 2
Фармацевтка [[oth|Марія]]: Добрий вечір, я [[intro|Марія Коваль]], фармацевтка аптеки на {{street_as_brand|Сихівській}}. Чим допомогти?
Клієнт: у мами, [[oth|Ганни Йосипівни]], рецепт на інсулін, електронний, код {{@num:####-####-####-####}}, чи є в наявності?
Фармацевтка [[oth|Марія]]: Так, є {{quantity|5 шприц-ручок}}. Для бронювання потрібен номер телефону пацієнтки.
Клієнт: [[@phone:UA:mua38]]""",
    """Рахунок-фактура № {{@invoice:РФ-######}} від {{date|04.12.2026}}
Постачальник: ТОВ «{{cbrand|Мельник Фарм}}», код ЄДРПОУ [[@edrpou]]
IBAN: [[@iban:UA:compact]]
Покупець: ТОВ «Аптечна мережа Калина», ЄДРПОУ [[@edrpou]]
Товар: {{product_code|PARA-500-T20}} – {{quantity|1 200 уп.}}
Разом з ПДВ: {{amount|184 320,00 грн}}
Директор [[sig|Ковальчук Т. М.]]        Бухгалтер [[sig|Н. Бойко]]""",
    """[[oth|Андрій Савчук]] ★★★★★
Фармацевтка [[oth|пані Леся]] з аптеки на {{street_as_brand|Героїв УПА}} вночі знайшла потрібні ліки для дитини, дуже вдячний!
Відповідь власника: [[sal|Пане Андрію]], дякуємо за теплі слова! Обов'язково передамо [[oth|Лесі]] 🌿
{{team_name|Команда «Калини»}}""",
    """Добрий день!
Я зараз працюю у {{city|Вроцлаві}}, а ліки замовляю батькам до Львова. Оплатила з польського рахунку [[@iban:PL:nrb]], а гроші списались двічі ({{amount|1 240 грн}}). Поверніть, будь ласка, на той самий рахунок. Якщо потрібно для бухгалтерії – мій PESEL [[@pesel:female mid]], NIP [[@nip]].
Отримувачі: [[oth|Ярослав Петрович Гуменюк]] і [[oth|Марія Гуменюк]]
Дякую, [[sig|Олеся]]""",
    """Автовідповідач, {{date|08.12}}, {{time|07:55}}, номер [[@phone:UA:mua0sp]]:
«Доброго ранку, це [[intro|Василь Іванович Кравець]]. Мені вчора привезли ліки, а в пакеті не було чека, а він мені потрібен для соцзахисту. Подзвоніть мені, будь ласка, або доньці, [[oth|Наталці]], вона все знає. Дякую.»""",
    """Колеги, з {{date|понеділка}} аптеки на {{street_as_brand|Стрийській}} та {{street_as_brand|Шевченка}} працюють до {{time|23:00}}. Препарат {{product_code|VIT-D3-2000}} закінчується, ліміт – {{quantity|2 упаковки}} в одні руки. Нові поставки від ТОВ «{{cbrand|Петренко Фарм}}» очікуємо {{date|18 грудня}}.
{{team_name|Відділ закупівель}}""",
    """Директору ТОВ «Аптечна мережа Калина»
від [[sig|Шевчук Людмили Олексіївни]]
РНОКПП [[@rnokpp:female senior]]
[[address|вул. Зелена, 45, кв. 7, м. Тернопіль, 46001]]

СКАРГА

{{date|3 грудня 2026 р.}} в аптеці на {{street_as_brand|Руській}} мені продали ліки з терміном придатності до {{date|12.2026}}, про що фармацевт не попередив. Прошу повернути {{amount|312 грн}} на рахунок [[@iban:UA:group]].

{{date|05.12.2026}}                              [[sig|Л. О. Шевчук]]""",
    """SMS Калина: Ваше замовлення {{@order:АП-#######}} передано кур'єру [[oth|Роману]], [[@phone:UA:mintl]]. Очікуйте з {{time|15:00}} до {{time|17:00}}.
Відповідь: дякую, за мене забере сусідка [[oth|Зоя Федорівна]]. [[sig|Петро Литвин]]""",
    """Замовлення для кабінету
ФОП [[oth|Мороз Ігор Степанович]]
РНОКПП:[[@rnokpp:male mid]]
IBAN:[[@iban:UA:compact]]
Адреса:[[address|м. Київ, просп. Перемоги, 32, оф. 5]]
Email:[[email|dr.moroz.ortho@ukr.net]]
Позиції: бинт еластичний {{quantity|40 шт.}}, рукавички {{quantity|10 уп.}}""",
    """Telegram, @[[oth|nastia_kovalenko]]:
привіт, а можна доставку на роботу? це [[intro|Настя Коваленко]], оплачу карткою [[@card:plain]]
Калина | доставка ліків: Вітаю, [[sal|Насте]]! Так, вкажіть адресу в коментарі до замовлення. [[sig|Юля]]""",
    """Наказ про прийняття на роботу (чернетка)
Провізор: [[oth|Бондаренко Оксана Віталіївна]], РНОКПП [[@rnokpp:female mid]]
Зарплатна картка: [[@card:plain]]
Аптека: {{street_as_brand|Городоцька}}, з {{date|15.12.2026}}
Погоджено:
[[sig|І. Гринько]], {{job_title|завідувачка аптеки}}
[[sig|П. Сидоренко]], {{job_title|HR-менеджер}}""",
    """---------- Переслане повідомлення ---------
Від: [[oth|Katarzyna Wiśniewska]] <[[email|k.wisniewska@medpol-export.pl]]>
Тема: Faktura {{@invoice:FV/####/12/26}}
Dzień dobry, w załączniku faktura. Dane: MedPol Export sp. z o.o., NIP [[@nip:plsp]], REGON [[@regon]], konto [[@iban:PL:group]].

[[sal|Тарасе]], перевір, будь ласка, і оплати до п'ятниці. [[sig|О. Т.]]""",
    """Доброго дня, [[sal|пані Олено]]!
Пише вам [[intro|Параска Гнатишин]]. Прошу об'єднати дві бонусні картки: мою ({{@num:###########}}) і чоловіка, [[oth|Степана Миколайовича Гнатишина]] ({{@num:###########}}). Обидві оформлені на номер [[@phone:UA:mua0sp]].
Також для податкової знижки: РНОКПП чоловіка [[@rnokpp:male senior]].
З повагою,
[[sig|П. Гнатишин]]""",
    """| Замовник | ТОВ «{{cbrand|Литвиненко Агро}}» |
| ЄДРПОУ | [[@edrpou]] |
| IBAN | [[@iban:UA:group]] |
| Контакт | [[oth|Віктор Литвиненко]], [[@phone:UA:mua380]] |
| Аптечки | {{quantity|25 шт.}} |
| Замовлення | {{@order:B2B-####}} |""",
    """Viber, кур'єр [[oth|Ярема]]: Добрий день, я під під'їздом з ліками, замовлення {{@order:АП-#######}}, домофон не працює
Клієнтка: ой, зараз спущуся! я [[intro|Ірина]] з п'ятого поверху
Кур'єр: оплата карткою чи готівкою? сума {{amount|742 грн}}""",
    """Реквізити для договору:
ТОВ «Аптечна мережа Калина»
ЄДРПОУ: [[@edrpou]]
ІПН платника ПДВ: {{@num:############}}
IBAN: [[@iban:UA:group]] в АТ «Банк Лелека»
Директор: [[oth|Ковальчук Тетяна Миколаївна]]
Підписант за довіреністю: [[oth|Остап Кривий]]
[[sig|Т. Ковальчук]]""",
    """Заява на відшкодування
ПІБ: [[oth|Гончаренко Юрій Павлович]]
РНОКПП: [[@rnokpp:male senior]]
Картка для повернення коштів: [[@card:group]]
Сума: {{amount|1 056 грн}}
Чек № {{@num:####-######}}
Підпис: [[sig|Гончаренко]]""",
    """dobryi den [[sal|pani Oleno]], zamovlennia {{@order:AP-#######}} dosi ne pryishlo, a hroshi z kartky [[@card:group]] znialy {{date|3 hrudnia}}. moie RNOKPP yakshcho treba: [[@rnokpp:female]].
[[sig|olha kravchuk]]""",
]
# =========================================================================== en
# a wedding venue and catering company
ITEMS["en"] = [
    """Subject: Wedding enquiry – {{date|Saturday 12 June 2027}}

Hi there,
We're looking for a venue for around {{quantity|110 guests}}, ceremony and reception in one place, ideally with a vegetarian-friendly menu. Is {{date|12 June}} still available, and could we come for a viewing one weekend in {{date|January}}?

Thanks so much,
[[sig|Chloe Bennett]] & [[sig|Ravi Sharma]]
[[@phone:GB:mintl]]""",
    """Dear [[sal|Chloe]] and [[sal|Ravi]],

Thank you for thinking of Ashcombe Barn! {{date|12 June 2027}} is still free. Viewings run on Saturdays at {{time|11am}} and {{time|2pm}}; I've pencilled you in for {{date|16 January}} at {{time|11am}}.

Warm wishes,
[[sig|Harriet Coleman]]
{{job_title|Wedding Coordinator}}
Ashcombe Barn & Kitchen
[[@phone:GB:fintl]] | [[email|harriet@ashcombebarn.co.uk]]""",
    """INVOICE {{@invoice:ABK-####}}
Ashcombe Barn & Kitchen Ltd, VAT Reg No [[@gbvat:gbsp]]
Bill to: [[oth|Mr Ravi Sharma]] & [[oth|Ms Chloe Bennett]], [[address|27 Fenwick Road, Bristol BS5 7JT]]
Deposit ({{percent|25%}}): {{amount|£4,125.00}}
Pay to: [[@iban:GB:group]], reference {{@num:WED-######}}""",
    """Hello,

my fiancée and I live in {{city|Hamburg}} and would like to book your barn for {{date|4 September 2027}}. As part of the evening is a company event, please invoice my firm: {{cbrand|Vogt Architekten}} GmbH, USt-IdNr. [[@ustid:de]]. Our accountant also asked for my personal tax ID on the invoice: [[@idnr:sp4]].
We will pay from our German account [[@iban:DE:group]].

Best regards,
[[sig|Dr. Matthias Vogt]]""",
    """[[oth|Emma T.]] ★★★★★
Our day was perfect. {{job_title|Chef}} [[oth|Marco]]'s lamb was the talk of the evening and [[oth|Harriet]] kept us calm through the rain!

Response from the owner: Thank you, [[sal|Emma]] – it was a joy to host you both. [[sig|Tom]] & {{team_name|the Ashcombe team}}""",
    """Tasting evenings for 2027 couples
{{date|Thursday 14 January}} and {{date|Thursday 4 February}}, {{time|6.30pm}} in the Orchard Room.
Three menus: {{product_code|MENU-A}}, {{product_code|MENU-B}} and the vegan {{product_code|MENU-V}}, {{amount|£35}} per person, refunded on booking.
{{team_name|Ashcombe Kitchen}}""",
    """Supplier: Słodka Chwila sp. z o.o., NIP: [[@nip:pl]], REGON: [[@regon]]
Bank: [[@iban:PL:group]]
Customer: Ashcombe Barn & Kitchen Ltd, VAT [[@gbvat:plain]]
Item: wedding cake, 4 tiers – {{quantity|1}}; macarons – {{quantity|300 pcs}}
Total: {{amount|£1,860.00}}
Invoice no. {{@invoice:FV/####/2026}}""",
    """New starter – front of house
Name: [[oth|Paulina Zając]]
NHS number: [[@nhs:sp]]
PESEL (for her Polish pension transfer): [[@pesel:female mid]]
Bank: [[@iban:GB:compact]]
Emergency contact: [[oth|Marek Zając]] (brother), [[@phone:GB:mnat]]
Start date: {{date|11 January 2027}}, {{quantity|30 hours}} a week""",
    """Voicemail, {{date|Tue 8 Dec}}, {{time|4:52pm}}, from [[@phone:GB:mnat]]:
“Hi, it's [[intro|Linda Okonkwo]], mother of the bride for the {{date|20th of March}} wedding. My husband [[oth|Femi]] wants to know if we can bring in our own jollof for the evening buffet, we'd pay the corkage or whatever it is. Call me back on this number, thanks, bye.”""",
    """[[sig|Mrs Gillian Harcourt]]
[[address|Flat 3, 41 Abbey Lane, Bath BA1 2NR]]
Tel. [[@phone:GB:mnat]]

{{date|2 December 2026}}

Dear [[sal|Mr Whitaker]],

Re: booking {{@order:ABK-#####}}, 14 November

I write to complain about the final bill for my daughter's reception. We were charged for {{quantity|120}} evening guests although the final numbers we confirmed were {{quantity|96}}. Please refund the difference of {{amount|£640}} to the card used, [[@card:group]].

Yours sincerely,
[[sig|Gillian Harcourt]]""",
    """Ash (bot): Hi! I'm Ash 🌿 How can I help today?
Guest: hi, I'm [[intro|Owen Pryce]], coming to the wedding of [[oth|Sophie Morgan]] on Saturday. my son [[oth|Alfie]] has a nut allergy
Ash (bot): Thanks for letting us know! I've passed this to our catering team, reference {{@ticket:CAT-#####}}. They'll confirm by {{time|5pm}} tomorrow.""",
    """Reminder from Ashcombe Barn: final guest numbers and dietary requirements are due by {{date|1 March}}. Any questions, just reply to this text.
Reply: ok will do, thanks!! x""",
    """---------- Forwarded message ---------
From: [[oth|Jess Amberley]] <[[email|jess@amberleyphoto.co.uk]]>
Subject: supplier form

Hi [[sal|Harriet]], here are my details for your supplier list:
{{cbrand|Amberley Photography}}, UTR [[@utr:sp]], VAT [[@gbvat:gb]]
Bank: [[@iban:GB:group]]
[[sig|Jess]] x

[[sal|Tom]] – can you add her to Xero? [[sig|H]]""",
    """[[oth|Priya]]: hiya [[sal|harriet]]! quick q – can my aunt [[oth|Meena Patel]] bring her own mithai for the dessert table?
[[oth|Harriet]] (Ashcombe): Of course! We just need it delivered by {{time|1pm}} on the day and a list of ingredients for the allergen sheet 😊
[[oth|Priya]]: amazing thank youuu""",
    """Booking form
Couple: [[oth|Daniel Hughes]] & [[oth|Aisling Murphy-Hughes]]
Date: {{date|18/09/2027}}
Guests: {{quantity|85 day, 120 evening}}
Contact email: [[email|dan.hughes@outlook.com]]
Card for deposit: [[@card:plain]]
Billing address: [[address|6 Orchard Close, Chester CH3 5XL]]""",
    """Purchase order {{@order:PO-######}}
From: {{cbrand|Calloway & Finch}} LLP, VAT [[@gbvat:gbsp]]
Event: Christmas dinner, {{date|17 December 2026}}, {{quantity|64 covers}}
Contact: [[sig|Natasha Ibekwe]], {{job_title|Office Manager}}, [[@phone:GB:fintl]]

Please raise a second invoice for our Munich office: {{cbrand|Calloway & Finch Rechtsanwälte}} GmbH, USt-IdNr. [[@ustid:desp]]; they will pay from [[@iban:DE:compact]].""",
    """Hi all,
menu change for the {{@num:WED-######}} wedding on {{date|Saturday}}: the groom's grandmother, [[oth|Mrs Edna Lowe]], is coeliac, so table 4 gets the gluten-free starter. {{quantity|2}} extra high chairs as well.
--
[[sig|M.R.]]""",
    """Dear [[sal|Dr Kaur]],

Thank you for your payment of {{amount|£2,000}}, received today from account [[@iban:GB:compact]]. Your balance of {{amount|£9,460}} is due {{quantity|8 weeks}} before the wedding.

Kind regards,
{{team_name|Accounts team}}, Ashcombe Barn & Kitchen""",
    """Re: change of bank details – {{cbrand|Hollis Flowers}} Ltd

Please note our new account: [[@iban:GB:group]]. The old one, [[@iban:GB:group]], closes on {{date|31 December}}. Company no. {{@num:########}}, VAT [[@gbvat:gb]].
Please call us to confirm before paying anything.

[[sig|Rosie Hollis]]     [[sig|Ben Hollis]]
{{job_title|Directors}}""",
    """Hello, we are [[intro|Magda]] and [[intro|Kuba Nowicki]] from {{city|Poznań}}, getting married with you on {{date|2 October 2027}}. We will pay the deposit from our Polish account [[@iban:PL:nrb]]. [[oth|Kuba]] has a company, so the invoice please with NIP [[@nip:dash]].
Thank you!
[[sig|Magda]] & [[sig|Kuba]]""",
]
# =========================================================================== de
# a car-sharing service
ITEMS["de"] = [
    """Betreff: Schadenspauschale Buchung {{@order:CS-########}}

Guten Tag,

mir wurden {{amount|350,00 €}} Selbstbeteiligung für einen Kratzer berechnet, den ich nicht verursacht habe. Das Fahrzeug stand bei Übernahme am {{date|28.11.}} um {{time|07:40}} an der Station {{street_as_brand|Torstraße}} bereits so (Fotos sind in der App hochgeladen).
Bitte erstatten Sie den Betrag auf mein Konto [[@iban:DE:group]] und belasten Sie die Kreditkarte [[@card:dash]] nicht erneut.

Mit freundlichen Grüßen
[[sig|Jannik Roth]]
[[@phone:DE:mdeslash]]""",
    """Sehr geehrter [[sal|Herr Roth]],

vielen Dank für Ihre Nachricht und die Fotos. Wir haben den Vorschaden bestätigt und erstatten Ihnen die {{amount|350,00 €}} innerhalb von {{quantity|5 Werktagen}}.

Freundliche Grüße
[[sig|Aylin Demir]]
{{team_name|Kundenservice}} | FlinkCar GmbH
Tel. [[@phone:DE:fintl]] · [[email|service@flinkcar.de]]""",
    """Registrierung – Prüfung Führerschein
Vorname: [[oth|Lea]]
Nachname: [[oth|Schumacher]]
E-Mail: [[email|lea.schumacher@web.de]]
Mobil: [[@phone:DE:mintl]]
Meldeadresse: [[address|Gneisenaustraße 41, 10961 Berlin]]
Steuer-ID (nur für Firmenkonto, optional): [[@idnr:sp4]]
Zahlungsmittel: Kreditkarte [[@card:group]]
Gutscheincode: {{product_code|FLINK-START}}""",
    """Firmenkunden-Antrag
Firma:{{cbrand|Hoffmann & Partner}} Steuerberatung PartG mbB
USt-IdNr.:[[@ustid:de]]
IBAN (SEPA-Lastschrift):[[@iban:DE:compact]]
Fahrer:innen: [[oth|Dr. Frank Hoffmann]], [[oth|Melanie Kraus]], [[oth|Timo Weiß]]
Ansprechpartnerin: [[oth|Frau Kraus]], [[@phone:DE:fintl]]
Gewünschter Tarif: {{product_code|BUSINESS-M}}""",
    """Servus,

wir sind eine Agentur aus {{city|Wien}} und nutzen euch in {{city|München}} für Kundentermine. Bitte alle Rechnungen an:
{{cbrand|Werbeagentur Pichler}} GmbH, UID [[@atu]]
Lastschrift von [[@iban:AT:group]]

Danke und liebe Grüße
[[sig|Sebastian Pichler]]
{{job_title|Geschäftsführer}}""",
    """FlinkBot: Hallo! Wobei kann ich helfen?
Kunde: auto lässt sich nicht beenden
FlinkBot: Ich verbinde dich mit einem Menschen 🙂
Agent [[oth|Kevin]]: Hi, hier ist [[intro|Kevin]] vom Support. Ich sehe die Miete {{@order:CS-########}}. Das Beifahrerfenster ist noch offen, bitte schließen, dann klappt es.
Kunde: ok danke. bin übrigens mit dem Account meiner Freundin unterwegs, [[oth|Johanna Berger]], ist das ein Problem?
Agent [[oth|Kevin]]: Leider ja – fahren darf nur die Kontoinhaberin. Beim nächsten Mal wird eine Vertragsstrafe von {{amount|50 €}} fällig.""",
    """Guten Tag,

ich bin Tschechin und wohne seit {{date|2024}} in {{city|Dresden}}. Die Kaution von {{amount|100 €}} sollte nach meiner Kündigung zurückkommen. Bitte auf mein tschechisches Konto [[@iban:CZ:group]] (inländisch [[@iban:CZ:dom]]). Zur Identifikation: Rodné číslo [[@rc:slash female mid]].

Danke, [[sig|Petra Nováková]]""",
    """Sehr geehrte [[sal|Frau Yıldız]],

für Ihre Fahrt am {{date|21.11.2026}} ({{@order:CS-########}}) ist bei uns ein Anhörungsbogen der Bußgeldstelle {{city|Köln}} eingegangen, Az. {{@num:###.######.#}}. Wir haben Ihre Daten gemäß unseren AGB übermittelt und berechnen eine Bearbeitungsgebühr von {{amount|25 €}}.

Mit freundlichen Grüßen
{{team_name|Ihr FlinkCar Team}}""",
    """Mailbox, {{date|Mi., 09.12.}}, {{time|06:12 Uhr}}:
„Ja, guten Morgen, [[intro|Wolfgang Schreiber]] hier. Ich stehe mit dem Wagen am Flughafen im Parkhaus und die Karte geht nicht, das Auto macht nicht auf. Meine Frau, [[oth|Gisela]], hat um acht einen Arzttermin. Rufen Sie mich bitte sofort zurück, [[@phone:DE:mnat]]. Danke.“""",
    """Hallo,

ich bin [[intro|Marcin Kaczmarek]] und fahre in {{city|Berlin}} beruflich. Rechnungen bitte auf meine polnische Firma: Usługi IT [[oth|Marcin Kaczmarek]], NIP [[@nip:plsp]].
Zahlung künftig per Lastschrift von [[@iban:PL:group]].
Für die Führerscheinprüfung habt ihr nach einer ID gefragt – PESEL: [[@pesel:male mid]].

Gruß, [[sig|Marcin]]""",
    """★★☆☆☆ von [[oth|Nils H.]]
App stürzt beim Öffnen des Autos ständig ab, Version {{version|5.12.1}}. Stand {{quantity|20 Minuten}} im Regen.

Antwort des Entwicklers: Hallo [[sal|Nils]], das tut uns leid! Mit Version {{version|5.12.2}} ist der Fehler behoben. [[sig|Lara]] vom {{team_name|App-Team}}""",
    """Ab {{date|1. Januar 2027}} kostet die Minute im Kleinwagen {{amount|0,29 €}} statt {{amount|0,26 €}}, Tagespakete bleiben bei {{amount|59 €}}.
Die Station {{street_as_brand|Kastanienallee}} zieht in die Tiefgarage um, dort stehen {{quantity|12 Stellplätze}} bereit.
{{team_name|Flottenmanagement}}""",
    """[[sig|Herbert Kühn]]
[[address|Am Lindenhof 3
04129 Leipzig]]

FlinkCar GmbH
{{team_name|Schadenabteilung}}

{{city|Leipzig}}, {{date|04.12.2026}}

Widerspruch gegen Rechnung {{@invoice:RE-######-26}}

{{greeting_without_name|Sehr geehrte Damen und Herren}},

die Reinigungsgebühr von {{amount|180 €}} ist unberechtigt; das Fahrzeug war bei Rückgabe sauber. Bitte erstatten Sie den Betrag auf
[[@iban:DE:wrap]].

Mit freundlichen Grüßen
[[sig|H. Kühn]]""",
    """Personalbogen Minijob Fahrzeugpflege
Name: [[oth|Yusuf Aydın]]
Steuer-ID: [[@idnr:sp]]
IBAN: [[@iban:DE:group]]
Beginn: {{date|01.01.2027}}, {{quantity|10 Std./Woche}}
Erfasst von [[sig|S. Lindner]], {{job_title|HR}}""",
    """SMS FlinkCar: Deine Reservierung {{@order:CS-########}} läuft in {{quantity|15 Min.}} ab.
Antwort: kann man die verlängern? Mein Mann [[oth|Stefan]] kommt später. Gruß [[sig|Claudia Wagner-Lenz]] [[@phone:DE:mdedash]]""",
    """---------- Weitergeleitete Nachricht ---------
Von: [[oth|Ing. Tomáš Bartoš]] <[[email|bartos@sdilenaauta.cz]]>
Betreff: Partnervertrag

Guten Tag [[sal|Herr Dr. Albers]],
anbei unsere Firmendaten: Sdílená auta s.r.o., IČO [[@ico]], DIČ [[@ico:czsame]], Konto [[@iban:CZ:group]].
S pozdravem / Mit freundlichen Grüßen
[[sig|Tomáš Bartoš]]

[[sal|Jana]], bitte im ERP anlegen. – [[sig|KA]]""",
    """Rechnung {{@invoice:FC-####-##}}
| Kunde | {{cbrand|Pflegedienst Sonnenberg}} GmbH |
| USt-IdNr. | [[@ustid:desp]] |
| Zeitraum | {{date|November 2026}} |
| Fahrten | {{quantity|143}} |
| Betrag | {{amount|2.874,60 €}} |
| Lastschrift | [[@iban:DE:group]] |
| Kartennr. Fahrerin | {{@num:FC-######}} |""",
    """hallo, ich bin [[intro|jonas mueller]], mein konto wurde gesperrt wegen zahlungsausfall. habe jetzt neue karte hinterlegt [[@card:plain]]. koennt ihr entsperren? kundennummer {{@account:K-#######}}
Antwort: Hallo [[sal|Jonas]], danke! Die offene Summe von {{amount|43,80 €}} ist bezahlt, dein Konto ist wieder aktiv. Viele Grüße, [[sig|Mira]]""",
    """{{greeting_without_name|Sehr geehrte Damen und Herren}},

ich ersuche um Storno der doppelten Abbuchung vom {{date|3. Dezember}}: Es wurden zweimal {{amount|27,40 €}} von meinem Konto [[@iban:AT:group]] abgebucht.

Hochachtungsvoll
[[sig|Dr. Elisabeth Gruber-Haas]]
[[address|Praterstraße 14/6, 1020 Wien]]
UID der Ordination: [[@atu:sp]]""",
    """Kanzlei {{cbrand|Brandt & Seidel}}

In der Sache unseres Mandanten [[oth|Herrn Felix Ostermann]] ./. FlinkCar GmbH fordern wir Sie auf, {{amount|1.240,00 €}} bis zum {{date|18.12.2026}} auf unser Anderkonto [[@iban:DE:group]] zu überweisen.

[[sig|Dr. Katrin Brandt]]                [[sig|Jörg Seidel]]
{{job_title|Rechtsanwältin}}              {{job_title|Rechtsanwalt}}""",
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
            rows.append(fill(f"b21-{lang}-{i:02d}", lang, template))
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
    assert 0.30 <= t["name"] / total <= 0.60, t["name"] / total
    assert 0.30 <= t["checksum_id"] / total <= 0.60, t["checksum_id"] / total
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
