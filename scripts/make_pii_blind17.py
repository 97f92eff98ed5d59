#!/usr/bin/env python3
"""Write data/eval/pii/blind17.jsonl: a hand-written PII test split (blind, never tuned on).

140 customer texts (20 each in pl, cs, sk, ru, uk, en, de) by a separate author,
each its own hand-written template: what the customer-experience team of a
mid-size company receives in a week, each language a different company and
industry (pl an e-bike maker, cs a supplier of water coolers and office coffee
machines, sk a travel agency, ru a printing house, uk a household appliance
repair service, en a home heating company, de an optician chain). Formats:
long e-mails with greetings, quoted earlier replies and signature blocks, chat
transcripts with agents and bots, web forms, app-store and marketplace
reviews, social-media messages, complaint letters, B2B orders and invoices,
internal notes and SMS replies. At least 25 checksum identifiers per language,
written the way people write them.

Names (salutations, signatures, self-introductions and elsewhere), checksum
identifiers, phones, e-mails and addresses stand next to near-misses that must
survive redaction: order/invoice/ticket/tracking/contract numbers, dates,
times, amounts, quantities, product codes, brands (some named after people,
marked ``{{cbrand|...}}``), streets named after people, cities, team names,
job titles and greetings without a name. About 10 items carry no PII.

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Pani Marto]]     name, context salutation   (also sig / intro / oth)
    [[email|a@b.pl]]       literal PII of a kind (email, phone, address, url_token...)
    [[@pesel]]             PII value drawn by a generator (kind from GEN)
    {{city|Poznań}}        literal keep span with its `what`
    {{cbrand|Rowery Nowickiego}} a company named after a surname: keep, what `brand`
    {{@order:####}}        keep value drawn by a generator (what from KEEP_GEN)

Every identifier gets computed check digits and is validated with python-stdnum
(SNILS and the Polish ID card with the published algorithms, Czech and Slovak
domestic account numbers with the bank-account check), and every written PII
span of a checksum kind is checked once more by its kind, independently of its
generator (id_valid); every phone number passes phonenumbers.is_valid_number.
Numbered near-misses and product codes fail every identifier check used here
and are not valid phone numbers of the text's region. Each language must reach
the minima in MINIMA (checked on every run, --check included). The seed of
every item is fixed ("b17:" + its id).

    .venv/bin/python scripts/make_pii_blind17.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_blind17.py --check   # file on disk == output
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
OUT = ROOT / "data" / "eval" / "pii" / "blind17.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
SEED = "b17:"

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
# an e-bike maker with its own shop and service points

ITEMS["pl"] = [
    # 1 customer e-mail with a quoted reply
    """Dzień dobry [[sal|Pani Marto]],

dziękuję za szybką odpowiedź. Rower nadal nie ładuje się powyżej {{percent|80%}}, mimo wymiany ładowarki w serwisie w {{city|Poznaniu}}. Proszę o zwrot na konto [[@iban:PL:nrb]] albo o nową baterię {{@product:BAT-##@}}.
Zamówienie: {{@order:VLX/######/26}}

Z poważaniem
[[sig|Grzegorz Wawrzyniak]]
tel. [[@phone:PL:g3]]

> {{date|14.10.2026}} {{team_name|Dział Serwisu Velomax}} napisał(a):
> Szanowny Panie, prosimy o podanie numeru ramy oraz numeru zamówienia.
> Pozdrawiamy, [[sig|Marta Cieślak]]""",
    # 2 chat with a bot and an agent
    """[{{time|09:12}}] Bot Velka: Cześć! W czym mogę pomóc?
[{{time|09:12}}] Klient: chcę zmienić dane do faktury, NIP firmy to [[@nip:dash]]
[{{time|09:13}}] Bot Velka: Przekazuję rozmowę do konsultanta.
[{{time|09:15}}] Konsultant: Dzień dobry, z tej strony [[intro|Kamil Jabłoński]]. Podaje Pan też REGON?
[{{time|09:16}}] Klient: [[@regon]] , a faktura nr {{@invoice:FV ####/10/2026}}
[{{time|09:17}}] Konsultant: Dziękuję, korekta do {{date|jutra}}.""",
    # 3 web form, warranty
    """Formularz reklamacyjny
Imię i nazwisko: [[oth|Alicja Szczepaniak-Bąk]]
Adres: [[address|ul. Grunwaldzka 118/4, 60-311 Poznań]]
E-mail: [[email|alicja.sz.bak@poczta.example.pl]]
Telefon: [[@phone:PL:intl]]
PESEL (wymagany przy gwarancji rozszerzonej): [[@pesel:female]]
Model: {{product_code|Velomax Trek 5}}, nr zamówienia {{@order:WEB-#######}}
Opis: po {{quantity|300 km}} skrzypi suport.""",
    # 4 marketplace review, no PII
    """★★☆☆☆ Rower przyszedł po {{quantity|9 dniach}}, a nie po {{quantity|3}} jak obiecano. Sam rower ok, ale sklep {{cbrand|Rowery Nowickiego}} w {{city|Gnieźnie}} montował go lepiej niż fabryka. Cena {{amount|7 499 zł}} trochę wysoka.""",
    # 5 B2B order from a dealer
    """ZAMÓWIENIE HURTOWE {{@order:ZH-####-@@}}
Odbiorca: {{cbrand|Serwis Rowerowy Kaczmarek s.c.}}
NIP: [[@nip:pl]]   REGON: [[@regon:14]]
Rachunek do zwrotu kaucji: [[@iban:PL:group]]
Pozycje:
- {{@product:EB-###-@@}} x {{quantity|6 szt.}}
- {{@product:EB-###-@@}} x {{quantity|4 szt.}}
Osoba kontaktowa: [[oth|Bartosz Kaczmarek]], [[@phone:PL:mnat]]
[[sig|B. Kaczmarek]]
właściciel""",
    # 6 SMS reply
    """TAK, potwierdzam odbior w sobote {{time|10:00}}. Karta do platnosci na miejscu [[@card:plain]]. [[sig|Zenon]]""",
    # 7 Facebook message
    """Hej, tu [[intro|Ola Pietrzyk]] 🙂 kupiłam u Was rower dla taty na prezent, ale przyszedł z rysą. Tata nazywa się [[oth|Henryk Pietrzyk]], faktura jest na niego, PESEL [[@pesel:senior:male]]. Zwrot na mój rachunek: [[@iban:PL:nrbc]]. Da się to ogarnąć bez odsyłania?""",
    # 8 complaint letter
    """[[oth|Władysław Konopka]]
[[address|ul. Sienkiewicza 7, 87-100 Toruń]]

{{brand|Velomax sp. z o.o.}}
Dział Reklamacji

Szanowni Państwo,

na podstawie art. 561 KC żądam wymiany roweru {{@product:VMX-@@-###}} (faktura {{@invoice:####/VMX/2026}}). Do reklamacji dołączam kopię dowodu osobistego nr [[@plid:sp]] oraz potwierdzenie przelewu z karty [[@card:group]].

Z poważaniem
[[sig|Władysław Konopka]]""",
    # 9 internal forward to service
    """Fwd: zgłoszenie {{@ticket:SRV-######}}

[[sal|Krzysiu]], przejmiesz to? Klient z {{city|Wrocławia}}, ul. Jana Pawła II to adres punktu, nie jego.
Klient: [[oth|Paweł Dudek]], [[email|p.dudek@firma-dudek.example.pl]]

--
[[sig|Natalia Sikora]]
{{job_title|Koordynatorka serwisu}}
Velomax""",
    # 10 corporate bike benefit
    """Dzień dobry,
w imieniu {{cbrand|Zakładów Mięsnych Wierzbicki}} zgłaszam {{quantity|12}} pracowników do programu rower służbowy. Lista z PESEL:
1. [[oth|Tomasz Gruszka]] – [[@pesel:sp]]
2. [[oth|Ewelina Krawiec]] – [[@pesel:g3]]
3. [[oth|Robert Zając]] – [[@pesel]]
Pozostałe osoby dośle [[oth|pani Jadwiga]] z kadr.
Płatnik: NIP [[@nip:sp]]

[[sig|Mirosław Gajda]]
{{job_title|Kierownik HR}}""",
    # 11 app-store review, no PII
    """Aplikacja Velomax Connect {{version|3.4.1}} gubi połączenie z rowerem co {{quantity|5 minut}}. Zgłoszenie {{@ticket:APP-#####}} wisi od {{date|2 tygodni}}. Daję {{quantity|1 gwiazdkę}}. [[sig|Hubert W.]]""",
    # 12 e-mail asking for refund split
    """Witam [[sal|Panie Dawidzie]],

proszę o rozdzielenie zwrotu: {{amount|1 200,00 zł}} na rachunek [[@iban:PL:nrbwrap]], a resztę na kartę kończącą się ... nie, podam całą: [[@card:dash]].

Pozdrawiam serdecznie
[[sig|Iwona Michalska]]
[[@phone:PL:mg232]]""",
    # 13 web chat about a test ride
    """Agent: Witam, jestem [[intro|Sandra]], chętnie umówię jazdę próbną.
Klient: dzień dobry, sobota {{time|11:30}} w salonie na ul. Kościuszki?
Agent: Tak, {{street_as_brand|ul. Kościuszki}} 40 działa do {{time|14:00}}. Na jakie nazwisko?
Klient: [[oth|Leszek Ostrowski]], [[@phone:PL:m00]]
Agent: Zapisane, dziękuję!""",
    # 14 invoice block
    """FAKTURA VAT {{@invoice:FV/VLX/####/2026}}
Sprzedawca: Velomax sp. z o.o., NIP [[@nip:plsp]], REGON [[@regon:sp]]
Nabywca: [[oth|Jerzy Bielawski]] prowadzący działalność {{cbrand|Bielawski Transport}}, NIP [[@nip]]
Razem: {{amount|15 980,00 zł}}
Konto sprzedawcy: [[@iban:PL:compact]]""",
    # 15 no PII, generic question
    """Dzień dobry, czy rower {{product_code|Velomax City 28}} zmieści się na bagażniku {{brand|Thule}}? Waga wg strony {{quantity|24,5 kg}}. {{greeting_without_name|Pozdrawiam serdecznie}}
[[sig|Dorota Kubiak]]""",
    # 16 e-mail with a Czech customer
    """Dzień dobry [[sal|Pani Renato]],

jestem klientem z Czech, kupiłem rower przez Wasz sklep. Faktura ma być na moją firmę: IČO [[@ico]], DIČ [[@ico:czsame]]. Zwrot proszę na [[@iban:CZ:group]].

Děkuji / dziękuję
[[sig|Radek Pospíšil]]""",
    # 17 dealer e-mail with ID card
    """{{greeting_without_name|Szanowny Panie Prezesie}},

odbiór rowerów z magazynu w {{city|Swarzędzu}} w imieniu firmy zrobi kierowca [[oth|Marian Lis]], dowód osobisty [[@plid]]. Numer listu przewozowego {{@tracking:PL########@@}}.

Łączę pozdrowienia
[[sig|Agata Nowicka-Lis]]
{{cbrand|Rowerownia Lisów}}
[[email|biuro@rowerownia-lisow.example.pl]]""",
    # 18 instalment form
    """Wniosek o raty 0%
Wnioskodawca: [[oth|Krystyna Majewska]]
PESEL: [[@pesel:mid:female]]
Seria i nr dowodu: [[@plid:lc]]
Rachunek: [[@iban:PL:nrb]]
Kwota: {{amount|9 999 zł}} / {{quantity|20 rat}}
[[sig|K. Majewska]]""",
    # 19 Twitter DM, no PII
    """serio? zamówienie {{@order:VLX-######}} miało być {{date|wczoraj}}, a status dalej "w przygotowaniu". {{team_name|Zespół Velomax}} nie odpisuje od rana, oddzwońcie [[@phone:PL:mcompact]]""",
    # 20 e-mail thread with signature block
    """Cześć [[sal|Kasiu]],

w załączniku zestawienie zwrotów za {{date|październik}}. Dwa przelewy odbiły się: [[@iban:PL:nrb]] i [[@iban:PL:group]] – proszę o weryfikację.

--
[[sig|Łukasz Bednarek]]
{{job_title|Specjalista ds. rozliczeń}}
[[@phone:PL:fintl]] wew. 214
{{brand|Velomax sp. z o.o.}}""",
]

# =========================================================================== cs
# a supplier of water coolers and office coffee machines

ITEMS["cs"] = [
    # 1 e-mail with quoted reply
    """Dobrý den [[sal|paní Horáková]],

děkuji za odpověď. Barel jsme dostali, ale faktura {{@invoice:FA/2026/####}} je stále vystavená na starou adresu. Správně: {{cbrand|Účetnictví Procházka s.r.o.}}, IČO [[@ico]], DIČ [[@ico:czsame]].
Přeplatek {{amount|1 480 Kč}} prosím na účet [[@iban:CZ:dom]].

S pozdravem
[[sig|Ing. Jaroslav Procházka]]
jednatel

> Dne {{date|3. 11. 2026}} v {{time|14:05}} {{team_name|Zákaznická péče AquaPoint}} napsal(a):
> Vážený zákazníku, pošlete nám prosím správné fakturační údaje.
> [[sig|Lenka Horáková]]""",
    # 2 chat
    """Chatbot: Dobrý den, jsem virtuální asistent AquaPoint. Jak vám pomohu?
Zákazník: potřebuju zrušit smlouvu {{@contract:SML/####/##}}
Chatbot: Přepojuji na operátora.
Operátor: Dobrý den, u telefonu... tedy u chatu [[intro|Michaela Dostálová]]. Můžete mi kvůli ověření napsat rodné číslo majitele smlouvy?
Zákazník: [[@rc:slash]]
Operátor: Děkuji, výpověď je zaevidovaná k {{date|31. 12.}}""",
    # 3 web form
    """Objednávkový formulář – domácnost
Jméno: [[oth|Veronika Šťastná]]
Adresa doručení: [[address|Lidická 1893/12, 602 00 Brno]]
Telefon: [[@phone:CZ:g3]]
E-mail: [[email|vera.stastna@seznam.example.cz]]
Platba kartou: [[@card:group]]
Produkt: {{@product:AP-@@-###}} stojan + {{quantity|4 barely}}""",
    # 4 review, no PII
    """Heureka recenze: Kávovar {{product_code|AquaPoint Barista 2}} vydržel {{quantity|14 měsíců}}, pak servis v {{city|Olomouci}} dva týdny nic. Objednávka {{@order:OBJ-#######}}. Hodnocení {{percent|40 %}}.""",
    # 5 B2B order
    """OBJEDNÁVKA č. {{@order:####/2026/@@}}
Odběratel: {{cbrand|Stavebniny Kubíček a syn}}
IČO: [[@ico:sp]]   DIČ: [[@ico:czsame]]
Bankovní spojení: [[@iban:CZ:group]]
Dodací adresa: [[address|Průmyslová 44, 779 00 Olomouc]]
{{quantity|30 ks}} {{@product:KAPS-###-@}} kapsle, {{quantity|2 ks}} filtr
Vyřizuje: [[sig|Marek Kubíček]], [[@phone:CZ:intl]]""",
    # 6 SMS
    """Dobrý den, dovoz barelů v pátek v {{time|8:00}} nám nevyhovuje, prosím až po {{time|10:00}}. [[sig|Blanka Vondrová]]""",
    # 7 social media
    """Ahoj AquaPoint, tady [[intro|Honza Mareš]]. Strhli jste mi dvakrát platbu {{amount|899 Kč}} z karty [[@card:plain]]. Vraťte to prosím na účet [[@iban:CZ:dom]], kartu jsem už zablokoval.""",
    # 8 complaint letter
    """[[oth|JUDr. Alena Křížová]]
advokátní kancelář
[[address|Masarykova 210/7, 370 01 České Budějovice]]

AquaPoint s.r.o.
Věc: reklamace zatečení z chladiče vody

Vážení,
jménem klientky [[oth|Hany Pokorné]], r. č. [[@rc:plain:female]], uplatňuji náhradu škody na podlaze ve výši {{amount|38 500 Kč}}. Částku uhraďte na účet advokátní úschovy [[@iban:CZ:compact]].

S pozdravem
[[sig|JUDr. Alena Křížová]]""",
    # 9 internal note
    """Poznámka k tiketu {{@ticket:TK-######}}:
[[sal|Petře]], zákazník volal znovu, tvrdí že technik nepřišel. Číslo technika je {{@num:T-####}}, ulice {{street_as_brand|Palackého}} je správně. Zavolej mu prosím na [[@phone:CZ:mnat]].
[[sig|Zdeňka]]""",
    # 10 sole trader invoice request
    """Dobrý den,
prosím o fakturu na OSVČ: [[oth|Luboš Jelínek]], IČO [[@ico]], DIČ [[@dicrc:male]].
Platit budu převodem z účtu [[@iban:CZ:dom]].
Díky,
[[sig|L. Jelínek]]""",
    # 11 app review, no PII
    """Aplikace AquaPoint {{version|2.11}}: objednání barelu funguje, ale notifikace chodí v {{time|3:00}} ráno. {{greeting_without_name|Hezký den}} vývojářům. [[sig|Vojtěch]]""",
    # 12 e-mail, company contract
    """Vážený [[sal|pane Bartoši]],

posíláme podepsanou smlouvu {{@contract:RS-####-##}} na {{quantity|6 kávovarů}} pro pobočky v {{city|Praze}} a {{city|Plzni}}. Fakturační údaje: {{cbrand|Dvořák Logistics a.s.}}, IČO [[@ico:cz]], účet [[@iban:CZ:group]].

S pozdravem
[[sig|Mgr. Simona Vlčková, MBA]]
{{job_title|vedoucí nákupu}}
[[email|vlckova@dvorak-logistics.example.cz]]""",
    # 13 chat continued
    """[{{time|16:40}}] Zákazník: dobrý den, jmenuji se [[intro|Pavla Benešová]] a chci změnit inkasní účet
[{{time|16:41}}] Agent [[oth|Tomáš]]: dobrý den, napište prosím nový účet a rodné číslo
[{{time|16:43}}] Zákazník: [[@iban:CZ:dom]] , RČ [[@rc:sp:female]]
[{{time|16:44}}] Agent [[oth|Tomáš]]: hotovo, první inkaso {{date|15. 1. 2027}}""",
    # 14 invoice block
    """FAKTURA – DAŇOVÝ DOKLAD {{@invoice:2026######}}
Dodavatel: AquaPoint s.r.o., IČO [[@ico]], DIČ [[@ico:czsame]]
Odběratel: [[oth|Ondřej Málek]], IČO [[@ico]]
Celkem k úhradě: {{amount|12 705,00 Kč}} do {{date|20. 12. 2026}}
Účet: [[@iban:CZ:dom]] / IBAN [[@iban:CZ:compact]]""",
    # 15 Slovak customer
    """Dobrý deň [[sal|pani Malá]],
sme firma zo Slovenska, IČ DPH [[@icdph:sk]], fakturu prosím v eurách na účet [[@iban:SK:group]].
S pozdravom
[[sig|Róbert Hudák]]""",
    # 16 form: child drinking fountain in school
    """Přihláška do programu Pitný režim ve škole
Škola: ZŠ {{street_as_brand|T. G. Masaryka}}, {{city|Jihlava}}
Kontaktní osoba: [[oth|Mgr. Eva Šimková]], [[@phone:CZ:fnat]]
IČO školy: [[@ico]]
Počet žáků: {{quantity|412}}""",
    # 17 e-mail with two names
    """Ahoj [[sal|Kateřino]],

předávám ti reklamaci od [[oth|pana Zdeňka Holuba]] (tel. [[@phone:CZ:intl]]). Vrátil filtr {{@product:FLT-##@}} a chce peníze zpět na kartu [[@card:dash]].

Díky
[[sig|Radim]]
{{team_name|Tým reklamací}}""",
    # 18 reminder
    """Upomínka k faktuře {{@invoice:FA/2026/####}}
Dlužná částka {{amount|3 215 Kč}}, splatnost byla {{date|1. 10. 2026}}.
Číslo smlouvy {{@contract:SML/####/##}}.
Odběratel: [[oth|Stanislav Doležal]], IČO [[@ico]]
{{team_name|Oddělení pohledávek}}""",
    # 19 customer e-mail with birth numbers of household
    """Dobrý den [[sal|pane Novotný]],

k smlouvě na domácnost doplňuji spolubydlící: [[oth|Jakub Říha]], RČ [[@rc:slash:male]], a moje RČ je [[@rc:slash:female]].

Děkuji
[[sig|Tereza Říhová]]""",
    # 20 short web form
    """Jméno: [[oth|Filip Kratochvíl]]
Firma: {{cbrand|Kratochvíl Pekařství}}
IČO: [[@ico]]
Dotaz: kolik stojí pronájem {{quantity|2}} stojanů na {{quantity|12 měsíců}}?
[[sig|F. K.]]""",
]

# =========================================================================== sk
# a travel agency selling package holidays and coach tours

ITEMS["sk"] = [
    # 1 e-mail with quoted reply
    """Dobrý deň [[sal|pani Kováčová]],

ďakujem za ponuku. Zájazd {{@order:ZJ-######}} do {{city|Chorvátska}} berieme, ale záloha {{amount|620 €}} odišla omylom dvakrát. Prosím vrátiť na účet [[@iban:SK:group]].
Cestujúci: ja a manželka [[oth|Zuzana Baranová]], r. č. [[@rcsk:slash:female]].

S pozdravom
[[sig|Peter Baran]]
[[@phone:SK:mintl]]

> {{date|2. 9. 2026}} {{team_name|Tatramar – oddelenie predaja}} napísal:
> Dobrý deň, posielame zmluvu o zájazde. [[sig|Jana Kováčová]]""",
    # 2 chat
    """Asistent Tatramar: Dobrý deň! Zadajte číslo rezervácie.
Klient: {{@order:RZ-####-@@}}
Asistent Tatramar: Ďakujem. Prepájam na kolegyňu.
Agentka: Dobrý deň, volám sa [[intro|Lucia Hrušková]]. Čo pre vás môžem urobiť?
Klient: potrebujem zmeniť meno druhého cestujúceho na [[oth|Mária Ondrejková]], jej rodné číslo [[@rcsk:plain:female]]
Agentka: Zmena je za poplatok {{amount|25 €}}.""",
    # 3 web form
    """Online prihláška na zájazd
Meno: [[oth|Martin Šimko]]
Adresa: [[address|Hlavná 58, 040 01 Košice]]
Telefón: [[@phone:SK:sk0slash]]
E-mail: [[email|martin.simko@azet.example.sk]]
Rodné číslo: [[@rcsk:slash:male]]
Dieťa: [[oth|Adam Šimko]], [[@rcsk:slash:child]]
Platba kartou: [[@card:group]]""",
    # 4 review, no PII
    """Recenzia: hotel pri {{city|Hurghade}} super, ale transfer meškal {{quantity|2 hodiny}}. Delegátka bola milá. Zájazd {{@order:ZJ-######}}, cena {{amount|1 240 €}} za {{quantity|2 osoby}}. {{greeting_without_name|Ďakujeme}}""",
    # 5 B2B firm trip
    """OBJEDNÁVKA firemného výletu {{@order:FV/####/26}}
Objednávateľ: {{cbrand|Strojárne Hudec s.r.o.}}
IČO: [[@ico]]  DIČ: [[@icdph:plain]]  IČ DPH: [[@icdph:sksame]]
Účet: [[@iban:SK:compact]]
Počet osôb: {{quantity|48}}, autobus {{date|12. 6. 2027}}
Kontakt: [[sig|Ing. Viera Hudecová]], [[@phone:SK:intl]]""",
    # 6 SMS
    """Dobry den, potvrdzujem odchod autobusu zo {{street_as_brand|Štúrovej}} v {{time|5:30}}. Platil som kartou [[@card:plain]], pripiste prosim. [[sig|Ivan Lukáč]]""",
    # 7 Instagram DM
    """ahoj, som [[intro|Dominika]] 😊 chcela by som vrátiť storno poplatok, zájazd zrušený kvôli chorobe, potvrdenie mám. Účet [[@iban:SK:dom]]. Rezervácia {{@order:RZ-####-@@}}""",
    # 8 complaint letter
    """[[oth|Jozef Tomko]]
[[address|Partizánska 14, 974 01 Banská Bystrica]]

Tatramar, s.r.o.
Vec: reklamácia zájazdu {{@order:ZJ-######}}

Vážení,
hotel nezodpovedal katalógu ({{quantity|3*}} namiesto {{quantity|4*}}). Žiadam zľavu {{percent|30 %}}, teda {{amount|540 €}}, na účet [[@iban:SK:group]]. Moje rodné číslo pre identifikáciu: [[@rcsk:sp:senior:male]].

S pozdravom
[[sig|Jozef Tomko]]""",
    # 9 internal
    """[[sal|Miro]], prosím skontroluj platbu od [[oth|pána Gregora]], prišla z účtu [[@iban:SK:dom]] ale bez variabilného symbolu. Suma {{amount|1 860 €}}.
[[sig|Katka]]
{{team_name|Účtovníctvo Tatramar}}""",
    # 10 school trip
    """Dobrý deň,
som učiteľka [[intro|Mgr. Renáta Polakovičová]] zo ZŠ {{city|Prešov}}. Objednávame školský výlet pre {{quantity|27 žiakov}}. Fakturovať na školu: IČO [[@ico]], DIČ [[@icdph:plain]].
Kontakt: [[@phone:SK:mnat]], [[email|polakovicova@zs-presov.example.sk]]
Ďakujem
[[sig|R. Polakovičová]]""",
    # 11 app review with a name
    """Apka Tatramar {{version|5.2}} padá pri platbe. Skúšal som kartu [[@card:dash]] aj inú, nič. Hodnotenie {{quantity|2/5}}. – [[sig|Rasťo K.]]""",
    # 12 e-mail with Czech partner
    """Vážený [[sal|pán Čierny]],

posielame vyúčtovanie provízie za {{date|3. štvrťrok}}. Naša firma {{brand|Tatramar, s.r.o.}}, IČ DPH [[@icdph:sksp]]. Vy ako partner {{cbrand|CK Vacek}}: IČO [[@ico]], DIČ [[@ico:cz]]. Platbu pošleme na [[@iban:CZ:group]].

S pozdravom
[[sig|Andrea Bieliková]]
{{job_title|finančná manažérka}}""",
    # 13 chat
    """[{{time|20:14}}] Zákazník: dobrý večer, tu je [[intro|Matúš Kollár]], mám otázku k poisteniu storna
[{{time|20:15}}] Bot: Pracovná doba operátorov je {{time|8:00}}–{{time|18:00}}.
[{{time|08:03}}] Operátorka [[oth|Silvia]]: Dobré ráno, poistenie je {{percent|4 %}} z ceny zájazdu.""",
    # 14 invoice
    """FAKTÚRA {{@invoice:2026/#####}}
Dodávateľ: Tatramar, s.r.o., IČO [[@ico]], IČ DPH [[@icdph:sk]]
Odberateľ: [[oth|Eva Gajdošová]], [[address|Nám. SNP 3, 811 06 Bratislava]]
Spolu: {{amount|2 318,40 €}}
IBAN: [[@iban:SK:group]]""",
    # 15 e-mail
    """Dobrý deň [[sal|pán Kováč]],

posielam údaje pre poisťovňu: [[oth|Ľubomír Kováč]], RČ [[@rcsk:slash:male]], číslo karty, ktorou som platil, [[@card:group]].

Ďakujem
[[sig|Ľubomír Kováč ml.]]""",
    # 16 reminder
    """Pripomíname doplatok zájazdu {{@order:ZJ-######}}: {{amount|780 €}} do {{date|30. 4. 2027}}.
Zákazník: [[oth|Milan Uhrin]]
{{team_name|Tím Tatramar}}
{{greeting_without_name|Pekný deň}}""",
    # 17 e-mail to group leader
    """Ahoj [[sal|Tomáš]],

zoznam na letenky: [[oth|Tomáš Pekár]] [[@rcsk:slash:male]], [[oth|Lenka Pekárová]] [[@rcsk:slash:female]].

Vďaka
[[sig|Soňa]]""",
    # 18 Facebook post reply
    """Dobrý deň, zájazd do {{city|Tatier}} cez partnerskú agentúru {{cbrand|Hronec Tours}}... nikto sa neozval. Číslo objednávky {{@order:ZJ-######}}. Volajte [[@phone:SK:sk0]].""",
    # 19 refund form
    """Žiadosť o vrátenie peňazí
Meno: [[oth|Natália Horváthová]]
Účet: [[@iban:SK:dom]]
Dôvod: zrušený let {{date|14. 8. 2026}}
[[sig|N. Horváthová]]""",
    # 20 company block
    """--
[[sig|Mgr. Pavol Jurčo]]
{{job_title|riaditeľ pobočky}}
{{brand|Tatramar, s.r.o.}}, IČO [[@ico:sp]], DIČ [[@icdph:plain]]
[[@phone:SK:fintl]]""",
]

# =========================================================================== ru
# a printing house: business cards, catalogues, packaging

ITEMS["ru"] = [
    # 1 e-mail with quoted reply
    """Добрый день, [[sal|Ольга Викторовна]]!

Макет каталога согласовали, но в счёте {{@invoice:СЧ-#####}} неверные реквизиты. Правильно: {{cbrand|ООО «Полиграф-Соколов»}}, ИНН [[@inn]], ОГРН [[@ogrn]].
Тираж {{quantity|2 000 экз.}}, срок — до {{date|20 ноября}}.

С уважением,
[[sig|Артём Соколов]]
{{job_title|директор по маркетингу}}
[[@phone:RU:ruintl]]

> {{date|11.11.2026}}, {{team_name|отдел продаж «ТипоГраф»}} пишет:
> Пришлите, пожалуйста, карточку предприятия.
> [[sig|Ольга Лебедева]]""",
    # 2 chat
    """Бот: Здравствуйте! Я помощник «ТипоГраф». Укажите номер заказа.
Клиент: {{@order:ТГ-######}}
Бот: Заказ в печати. Соединяю с менеджером.
Менеджер: Добрый день, меня зовут [[intro|Дарья Климова]]. Чем помочь?
Клиент: хочу оплатить картой, [[@card:mirgroup]] подойдёт?
Менеджер: Да, ссылка придёт на почту.""",
    # 3 web form, individual with INN
    """Заявка на печать визиток
ФИО: [[oth|Никитин Сергей Павлович]]
Адрес доставки: [[address|г. Новосибирск, ул. Кирова, д. 27, кв. 15]]
Телефон: [[@phone:RU:ru8]]
E-mail: [[email|s.nikitin@mail.example.ru]]
ИНН (для самозанятого): [[@innp:12]]
Тираж: {{quantity|500 шт.}}, бумага {{@product:BC-###-@}}""",
    # 4 review, no PII
    """Отзыв на Яндекс Картах: печатают быстро, {{quantity|1000 листовок}} за {{quantity|сутки}}. Но цвет на {{percent|10%}} темнее макета. Заказ {{@order:ТГ-######}}, {{amount|4 300 ₽}}.""",
    # 5 B2B order
    """ЗАЯВКА № {{@order:З-####/26}}
Заказчик: ИП [[oth|Морозов А.В.]]
ИНН [[@innp:12]], ОГРНИП [[@ogrn:15]]
Продукция: коробки {{@product:PK-@@-###}}, {{quantity|3 000 шт.}}
Оплата картой [[@card:group]]
Контакт: [[sig|Андрей Морозов]], [[@phone:RU:ru8dash]]""",
    # 6 SMS
    """Спасибо, забрал заказ. Чек пришлите на почту [[email|kirill.zuev@example.ru]]. [[sig|Кирилл]]""",
    # 7 VK message
    """Здравствуйте, это [[intro|Марина Голубева]]. Вы печатали для нас приглашения на свадьбу, а в них ошибка в фамилии жениха — [[oth|Виталий Краснов]], а не Красков! Оплачивали с карты [[@card:mirplain]]. Перепечатаете бесплатно?""",
    # 8 complaint letter
    """Генеральному директору ООО «ТипоГраф»
от [[oth|Ковалёвой Натальи Игоревны]]
[[address|630099, г. Новосибирск, Красный проспект, д. 50, оф. 12]]

ПРЕТЕНЗИЯ

Требую возврата {{amount|18 750 руб.}} за брак тиража {{@order:ТГ-######}}. Мои данные для возврата: ИНН [[@innp:12]], СНИЛС [[@snils:dash]], карта [[@card:mirgroup]].

{{date|18.11.2026}}
[[sig|Н. И. Ковалёва]]""",
    # 9 internal note
    """[[sal|Игорь]], клиент с {{street_as_brand|улицы Ленина}} снова звонил по счёту {{@invoice:СЧ-#####}}. Его ИНН [[@inn]] в базе записан с ошибкой, поправь.
[[sig|Света]]
{{team_name|бухгалтерия}}""",
    # 10 employee card printing for a company
    """Добрый день!
Для пропусков наших сотрудников передаю список (нужны СНИЛС для кадров):
1. [[oth|Федоров Олег Николаевич]] — [[@snils:dash]]
2. [[oth|Яковлева Инна Сергеевна]] — [[@snils:sp]]
3. [[oth|Гусев Тимур Ринатович]] — [[@snils:plain]]
Организация: {{cbrand|АО «Завод Мельникова»}}, ИНН [[@inn]]

[[sig|Елена Белова]]
{{job_title|специалист по кадрам}}
[[@phone:RU:fruintl]]""",
    # 11 app review
    """Приложение «ТипоГраф» {{version|1.8.3}}: загрузка PDF больше {{quantity|50 МБ}} виснет. Поддержка ответила через {{quantity|3 дня}}. {{greeting_without_name|Всем добра}}. — [[sig|Роман Т.]]""",
    # 12 e-mail
    """Уважаемый [[sal|Константин Андреевич]],

направляем акт сверки за {{date|III квартал}}. Реквизиты нашей компании: ООО «ТипоГраф», ИНН [[@inn]], ОГРН [[@ogrn]]. Ваши по договору {{@contract:Д-###/26}}: ИНН [[@inn]].

С уважением,
[[sig|Галина Петровна Орлова]]
{{job_title|главный бухгалтер}}""",
    # 13 chat
    """[{{time|18:02}}] Клиент: здравствуйте, я [[intro|Павел Фомин]], заказывал наклейки
[{{time|18:03}}] Оператор [[oth|Ксения]]: здравствуйте, [[sal|Павел]]! номер заказа?
[{{time|18:04}}] Клиент: {{@order:ТГ-######}}, и пришлите счёт на ИП, ИНН [[@innp:12sp]]
[{{time|18:06}}] Оператор [[oth|Ксения]]: готово, счёт {{@invoice:СЧ-#####}}""",
    # 14 invoice
    """СЧЁТ НА ОПЛАТУ № {{@invoice:#####}} от {{date|02.12.2026}}
Поставщик: ООО «ТипоГраф», ИНН [[@inn]], ОГРН [[@ogrn]]
Покупатель: {{cbrand|ООО «Пекарня Зайцева»}}, ИНН [[@inn]]
Итого: {{amount|46 200,00 руб.}}""",
    # 15 e-mail
    """Здравствуйте, [[sal|Анна]]!

Оплату за календари внесу с карты мужа [[oth|Дмитрия Смирнова]]: [[@card:dash]]. Если нужно, его ИНН [[@innp:12]].

Спасибо,
[[sig|Юлия Смирнова]]""",
    # 16 reminder
    """Напоминаем: заказ {{@order:ТГ-######}} ждёт вас в пункте выдачи на {{street_as_brand|проспекте Гагарина}} до {{date|25 декабря}}. Получатель: [[oth|Зуев К.]] {{team_name|Команда «ТипоГраф»}}""",
    # 17 freelance designer contract
    """Добрый день, [[sal|Виктор]]!
Для договора с дизайнером нужны данные: [[oth|Лаптева Алина Юрьевна]], ИНН [[@innp:12]], СНИЛС [[@snils:dash2]], карта для выплат [[@card:mirgroup]].
[[sig|Оксана]]""",
    # 18 Telegram
    """добрый вечер, [[intro|Руслан]] из {{cbrand|«Кофейни Баранова»}}. Стаканчики {{@product:CUP-###}} пришли мятые, {{quantity|200 шт.}} из {{quantity|1000}}. Номер для связи [[@phone:RU:ru8plain]]""",
    # 19 web form
    """Обратный звонок
Имя: [[oth|Вера]]
Телефон: [[@phone:RU:ruintlsp]]
Комментарий: нужен расчёт на {{quantity|5 000}} буклетов А5""",
    # 20 letter block
    """С уважением,
[[sig|Жуков Максим Олегович]]
{{job_title|руководитель отдела закупок}}
{{cbrand|ООО «Торговый дом Журавлёв»}}
ИНН [[@inn]] / ОГРН [[@ogrn]]
[[email|zhukov.mo@tdzh.example.ru]]""",
]

# =========================================================================== uk
# a repair service for household appliances (washing machines, fridges, boilers)

ITEMS["uk"] = [
    # 1 e-mail with quoted reply
    """Доброго дня, [[sal|пані Оксано]]!

Майстер приходив {{date|12 листопада}}, але пральна машина знову тече. Заявка {{@ticket:ЗВ-######}}. Прошу повернути {{amount|1 350 грн}} на рахунок [[@iban:UA:group]].

З повагою,
[[sig|Василь Мельничук]]
[[@phone:UA:ua0]]

> {{date|08.11.2026}} {{team_name|Служба підтримки «ДімСервіс»}} пише:
> Будь ласка, надішліть фото шильдика пристрою.
> [[sig|Оксана Гнатюк]]""",
    # 2 chat
    """Бот: Вітаю! Я віртуальний помічник «ДімСервіс». Опишіть проблему.
Клієнт: холодильник не морозить
Бот: Передаю оператору.
Оператор: Добрий день, мене звати [[intro|Ірина Бондар]]. Підкажіть номер договору обслуговування?
Клієнт: {{@contract:ДО-####-##}}, оформлений на [[oth|Степана Ковальчука]], його РНОКПП [[@rnokpp:senior:male]]
Оператор: Дякую, майстер буде завтра з {{time|10:00}} до {{time|13:00}}.""",
    # 3 web form
    """Заявка на ремонт
ПІБ: [[oth|Савчук Наталія Олегівна]]
Адреса: [[address|м. Львів, вул. Городоцька, 174, кв. 9]]
Телефон: [[@phone:UA:ua38]]
E-mail: [[email|n.savchuk@ukr.example.net]]
РНОКПП: [[@rnokpp:female]]
Пристрій: бойлер {{product_code|Termo 80}}, серійний № {{@num:SN-@@######}}""",
    # 4 review, no PII
    """Відгук на Google: ремонт посудомийки за {{quantity|2 дні}}, ціна {{amount|2 100 грн}} як і казали. Майстер ввічливий. Замовлення {{@order:ДС-#######}}. {{greeting_without_name|Дякую всім}}!""",
    # 5 B2B contract with a hotel
    """ЗАМОВЛЕННЯ № {{@order:####/26-@}}
Замовник: {{cbrand|ТОВ «Готель Шевчук»}}
Код ЄДРПОУ: [[@edrpou]]
IBAN: [[@iban:UA:compact]]
Обладнання: {{quantity|14}} кондиціонерів, сервіс {{quantity|2 рази на рік}}
Контактна особа: [[sig|Роман Шевчук]], [[@phone:UA:intl]]""",
    # 6 SMS
    """Так, чекаю майстра у четвер після {{time|15:00}}. Оплата карткою [[@card:plain]] на місці ок? [[sig|Олена]]""",
    # 7 Facebook
    """Привіт, це [[intro|Тарас Бойко]]. Ваш майстер забрав мікрохвильовку ще {{date|місяць тому}}, квитанція {{@ticket:КВ-#####}}. Де вона?? Гроші {{amount|600 грн}} сплатив з картки [[@card:group]], повертайте на рахунок [[@iban:UA:group]].""",
    # 8 complaint letter
    """Директору ТОВ «ДімСервіс»
[[oth|Литвиненко Галини Петрівни]]
[[address|79005, м. Львів, вул. Коперника, 12, кв. 3]]

СКАРГА

Після ремонту пральної машини (акт {{@num:АКТ-####/26}}) затопило сусідів. Вимагаю компенсацію {{amount|8 400 грн}} на рахунок [[@iban:UA:group]]. Мій РНОКПП [[@rnokpp:senior:female]].

{{date|20.11.2026}}
[[sig|Г. П. Литвиненко]]""",
    # 9 internal
    """[[sal|Андрію]], клієнтка з {{street_as_brand|вулиці Франка}} просить перенести візит. Її номер [[@phone:UA:ua0sp]].
[[sig|Марта]]
{{team_name|диспетчерська}}""",
    # 10 employee list for warranty programme
    """Добрий день!
Передаю дані працівників для корпоративної програми обслуговування техніки:
1. [[oth|Ткаченко Юрій Іванович]] — РНОКПП [[@rnokpp:mid:male]]
2. [[oth|Кравець Олена Миколаївна]] — РНОКПП [[@rnokpp:mid:female]]
Роботодавець: {{cbrand|ТОВ «Пекарня Гриценка»}}, ЄДРПОУ [[@edrpou]]

З повагою,
[[sig|Світлана Мороз]]
{{job_title|менеджерка з персоналу}}""",
    # 11 app review
    """Застосунок ДімСервіс {{version|4.0.2}} не показує статус ремонту. Заявка {{@ticket:ЗВ-######}}. Оцінка {{quantity|2 з 5}}. — [[sig|Богдан К.]]""",
    # 12 e-mail
    """Шановний [[sal|пане Миколо]],

надсилаємо рахунок {{@invoice:РФ-#####}} за сервіс котлів у {{city|Тернополі}}. Реквізити: ТОВ «ДімСервіс», ЄДРПОУ [[@edrpou]], IBAN [[@iban:UA:group]].

З повагою,
[[sig|Людмила Данилюк]]
{{job_title|бухгалтерка}}
[[@phone:UA:fintl]]""",
    # 13 chat
    """[{{time|19:20}}] Клієнт: добрий вечір, я [[intro|Олександр Петренко]], хочу оплатити ремонт
[{{time|19:21}}] Оператор [[oth|Дмитро]]: добрий вечір! номер квитанції?
[{{time|19:22}}] Клієнт: {{@ticket:КВ-#####}}, повернення якщо що на картку [[@card:dash]]
[{{time|19:24}}] Оператор [[oth|Дмитро]]: рахунок надіслано""",
    # 14 invoice
    """РАХУНОК № {{@invoice:#####/26}} від {{date|01.12.2026}}
Постачальник: ТОВ «ДімСервіс», ЄДРПОУ [[@edrpou]], IBAN [[@iban:UA:compact]]
Платник: ФОП [[oth|Іваненко Петро Васильович]], РНОКПП [[@rnokpp:male]]
До сплати: {{amount|5 760,00 грн}}""",
    # 15 e-mail from Polish customer living in Lviv
    """Добрий день, [[sal|пані Ірино]]!

Я громадянка Польщі, для договору потрібен мій PESEL: [[@pesel:female]]. Оплата з польського рахунку [[@iban:PL:group]].

Дякую,
[[sig|Joanna Wiśniewska]]""",
    # 16 reminder
    """Нагадуємо: гарантія на ремонт за замовленням {{@order:ДС-#######}} діє до {{date|31.03.2027}}. {{team_name|Команда ДімСервіс}}""",
    # 17 e-mail
    """Привіт, [[sal|Наталко]]!

Повернення за скасований виклик: клієнт [[oth|Юрій Гончаренко]], РНОКПП [[@rnokpp]], рахунок [[@iban:UA:lcgroup]], сума {{amount|450 грн}}.

[[sig|Віка]]""",
    # 18 Viber
    """Доброго ранку, це [[intro|Леся]] з {{cbrand|кав'ярні «Кравчук»}}. Кавомашина {{@product:CM-###-@@}} знову видає помилку. Наш ЄДРПОУ [[@edrpou]]. Телефонуйте [[@phone:UA:ua380]].""",
    # 19 web form
    """Зворотний дзвінок
Ім'я: [[oth|Ганна]]
Телефон: [[@phone:UA:mua0]]
РНОКПП (для гарантії): [[@rnokpp:mid]]
Питання: скільки коштує діагностика пральної машини?""",
    # 20 signature block
    """--
З повагою,
[[sig|Кузьменко Ярослав Вікторович]]
{{job_title|директор}}
ТОВ «ДімСервіс», ЄДРПОУ [[@edrpou]]
IBAN [[@iban:UA:dash]]
[[email|kuzmenko@dimservis.example.ua]]""",
]

# =========================================================================== en
# a home heating company: boiler servicing, breakdown cover, installations

ITEMS["en"] = [
    # 1 e-mail with quoted reply
    """Hi [[sal|Rachel]],

Thanks for getting back to me. The engineer came on {{date|Tuesday 10 November}} but the boiler is losing pressure again. Job ref {{@ticket:WL-######}}. I'd like the call-out fee of {{amount|£85.00}} refunded to [[@iban:GB:group]].

Kind regards,
[[sig|Gareth Pryce]]
[[@phone:GB:mnat]]

> On {{date|6 Nov 2026}}, {{team_name|Warmline Customer Care}} wrote:
> Could you send us a photo of the pressure gauge?
> Best wishes, [[sig|Rachel Okafor]]""",
    # 2 chat
    """Warmbot: Hello! I'm Warmbot. What can I help you with today?
Customer: my cover renewal took the wrong amount
Warmbot: Let me pass you to a colleague.
Agent: Hi there, my name is [[intro|Priya Desai]]. Could I take the plan number?
Customer: {{@contract:HC-#####-@}}, and the card was [[@card:group]]
Agent: Thank you, I can see a double charge of {{amount|£14.99}}. Refund within {{quantity|5 working days}}.""",
    # 3 web form
    """Book a boiler service
Name: [[oth|Margaret Ellison]]
Address: [[address|14 Larch Close, Harrogate HG2 7QS]]
Phone: [[@phone:GB:intl]]
Email: [[email|m.ellison@example.co.uk]]
NHS number (priority service): [[@nhs:sp]]
Boiler: {{product_code|Vaillant ecoTEC plus 832}}
Preferred slot: {{date|Thursday}} {{time|8am}}-{{time|12pm}}""",
    # 4 review, no PII
    """Trustpilot ★★★★☆ Engineer turned up within {{quantity|2 hours}} on a Sunday, fixed the diverter valve. Invoice {{@invoice:INV-######}} came to {{amount|£212}}, a bit steep but fair for a weekend. {{greeting_without_name|Cheers}} Warmline.""",
    # 5 B2B order
    """PURCHASE ORDER {{@order:PO-#####/26}}
Customer: {{cbrand|Hargreaves Property Lettings Ltd}}
VAT reg: [[@gbvat:gbsp]]
Company UTR: [[@utr]]
Bank: [[@iban:GB:compact]]
Scope: annual gas safety checks, {{quantity|36 flats}}, {{city|Leeds}}
Contact: [[sig|Simon Hargreaves]], [[@phone:GB:fintl]]""",
    # 6 SMS
    """Yes thats fine, Friday {{time|2pm}}. Key is with next door (no 12). Pay by card [[@card:plain]] on the day. [[sig|Den]]""",
    # 7 Facebook message
    """Hello, [[intro|Chloe Barnes]] here. My nan [[oth|Dorothy Barnes]] is on your priority list as she's 89 with a heart condition, NHS number [[@nhs:sp]]. Her heating has been off since {{date|Saturday}}. Please call me on [[@phone:GB:mintl]].""",
    # 8 complaint letter
    """[[oth|Mr Anthony Whitcombe]]
[[address|3 Orchard Row, Bath BA1 5LP]]

Complaints Department
{{brand|Warmline Heating Ltd}}

{{date|21 November 2026}}

Dear Sir or Madam,

I am writing about the installation under quote {{@order:QT-######}}. The new boiler was fitted {{quantity|40 cm}} lower than agreed. I request a refund of {{amount|£650}} to my account [[@iban:GB:group]] (paid by card [[@card:dash]]).

Yours faithfully,
[[sig|Anthony Whitcombe]]""",
    # 9 internal
    """[[sal|Jas]], can you chase the part for the job on {{street_as_brand|Nelson Street}}? Customer [[oth|Mr Patel]] has been waiting since {{date|Monday}}. His mobile is [[@phone:GB:mgbsp]].
Ta,
[[sig|Kev]]
{{team_name|Scheduling}}""",
    # 10 landlord with tenant list
    """Hi,
Please add these tenants to the vulnerable customer register (consent attached):
- [[oth|Harold Finch]], NHS no. [[@nhs:dash]]
- [[oth|Edna Moss]], NHS no. [[@nhs:plain]]
Billing: {{brand|Pembury Housing Trust}}, VAT [[@gbvat:gb]]

Regards,
[[sig|Lorraine Kemp]]
{{job_title|Tenancy Support Officer}}""",
    # 11 app review
    """Warmline app {{version|2.3.0}} keeps logging me out and the booking calendar shows no slots till {{date|January}}. {{quantity|2 stars}}. – [[sig|Owen T.]]""",
    # 12 e-mail, accountant
    """Dear [[sal|Mr Abernethy]],

Please find our invoice {{@invoice:WH-####-@@}} for the plumbing subcontract. Our details: Warmline Heating Ltd, VAT [[@gbvat:plain]], payment to [[@iban:GB:group]].
As a sole trader your UTR [[@utr:sp]] will appear on the CIS statement.

Best regards,
[[sig|Fiona MacLeod]]
{{job_title|Accounts Manager}}
[[@phone:GB:fnat]]""",
    # 13 chat
    """[{{time|21:05}}] Customer: hi im [[intro|Liam O'Connor]], the boiler is showing F28
[{{time|21:05}}] Warmbot: Our engineers are available from {{time|07:00}}.
[{{time|07:12}}] Agent [[oth|Beth]]: Morning [[sal|Liam]], I've booked an engineer for {{time|10:00}}. Job {{@ticket:WL-######}}.""",
    # 14 invoice block
    """INVOICE {{@invoice:INV-######}}   Date: {{date|01/12/2026}}
From: Warmline Heating Ltd, VAT Reg No [[@gbvat:gb]]
To: [[oth|Dr Helen Price]], [[address|27 Mill Lane, Chester CH3 6EF]]
Total due: {{amount|£1,845.60}}
Pay to: [[@iban:GB:compact]]""",
    # 15 e-mail from a German customer with a UK holiday home
    """Dear [[sal|Ms Okafor]],

I own the cottage at Rose Hill and live in Germany. Please take the service fee from my German account [[@iban:DE:group]] or my card [[@card:group]].

Kind regards,
[[sig|Dr. Katrin Vogel]]""",
    # 16 reminder
    """Reminder: your annual boiler service under plan {{@contract:HC-#####-@}} is due by {{date|28 February 2027}}. Book online or call our {{team_name|Customer Care team}}.""",
    # 17 e-mail
    """Hey [[sal|Tom]],

Refund list for this week: [[oth|Sarah Lloyd]] [[@iban:GB:group]] {{amount|£45}}, [[oth|Mark Dunn]] [[@iban:GB:lcgroup]] {{amount|£120}}.

[[sig|Abi]]""",
    # 18 WhatsApp
    """Hiya, it's [[intro|Shauna]] from {{cbrand|Doyle's Bakery}}. The oven extractor {{@product:EX-###-@@}} is tripping again. Can someone come today? [[@phone:GB:mcompact]]""",
    # 19 web form: contractor
    """Become an approved installer
Name: [[oth|Craig Watson]]
Business UTR: [[@utr]]
VAT: [[@gbvat:gbsp]]
Gas Safe reg: {{@num:GS ######}}
Bank: [[@iban:GB:dash]]""",
    # 20 signature
    """--
Best,
[[sig|James Whitaker MBA]]
{{job_title|Head of Customer Experience}}
Warmline Heating Ltd | VAT [[@gbvat:gb]] | Company UTR [[@utr]]
[[email|j.whitaker@warmline.example.co.uk]]""",
]

# =========================================================================== de
# an optician chain: glasses, contact lenses, hearing tests

ITEMS["de"] = [
    # 1 e-mail with quoted reply
    """Guten Tag [[sal|Frau Albrecht]],

vielen Dank für Ihre Antwort. Die neue Gleitsichtbrille (Auftrag {{@order:SW-######}}) drückt leider immer noch hinter dem Ohr. Falls keine Anpassung in der Filiale {{city|Leipzig}} möglich ist, bitte ich um Erstattung von {{amount|389,00 €}} auf [[@iban:DE:group]].

Mit freundlichen Grüßen
[[sig|Jürgen Vollmer]]
[[@phone:DE:mnat]]

> Am {{date|09.11.2026}} schrieb {{team_name|Sehwerk Kundenservice}}:
> Bitte bringen Sie die Brille zur kostenlosen Anpassung vorbei.
> Freundliche Grüße, [[sig|Sabine Albrecht]]""",
    # 2 chat
    """Sehbot: Hallo! Ich bin der digitale Assistent von Sehwerk. Worum geht es?
Kunde: Kontaktlinsen-Abo kündigen
Sehbot: Ich verbinde Sie mit einer Kollegin.
Mitarbeiterin: Guten Tag, hier ist [[intro|Leonie Krämer]]. Nennen Sie mir bitte Ihre Abo-Nummer?
Kunde: {{@contract:ABO-#####-@}}, abgebucht wird von [[@iban:DE:compact]]
Mitarbeiterin: Danke, gekündigt zum {{date|31.01.2027}}.""",
    # 3 web form
    """Terminbuchung Sehtest
Name: [[oth|Hannelore Brückner]]
Anschrift: [[address|Karl-Liebknecht-Straße 88, 04275 Leipzig]]
Telefon: [[@phone:DE:deslash]]
E-Mail: [[email|h.brueckner@web.example.de]]
Anzahlung per Karte: [[@card:dots]]
Wunschtermin: {{date|Mittwoch}}, {{time|15:30 Uhr}}""",
    # 4 review, no PII
    """Google-Bewertung: Sehr freundliche Beratung in der Filiale an der {{street_as_brand|Goethestraße}}, Brille nach {{quantity|6 Tagen}} fertig. Nur die Wartezeit von {{quantity|40 Minuten}} trotz Termin war ärgerlich. Bestellung {{@order:SW-######}}.""",
    # 5 B2B order, company glasses
    """BESTELLUNG {{@order:B-####/26}}
Kunde: {{cbrand|Metallbau Schröder GmbH}}
USt-IdNr.: [[@ustid:de]]
Bankverbindung: [[@iban:DE:group]]
Position: Arbeitsschutzbrillen {{@product:ASB-###-@@}}, {{quantity|25 Stück}}
Ansprechpartner: [[sig|Dipl.-Ing. Frank Schröder]], [[@phone:DE:fintl]]""",
    # 6 SMS
    """Ja, Abholung Samstag {{time|11 Uhr}} passt. Zahle mit Karte [[@card:plain]]. LG [[sig|Mia]]""",
    # 7 Instagram
    """Hi, ich bin [[intro|Jonas Weber]] 👋 habe bei euch die {{product_code|Sehwerk Flex 3}} gekauft und der Bügel ist nach {{quantity|2 Wochen}} gebrochen. Bezahlt hab ich mit [[@card:group]]. Kriege ich Ersatz?""",
    # 8 complaint letter
    """[[oth|Dr. Wolfgang Hartmann]]
[[address|Lindenallee 5, 01309 Dresden]]

{{brand|Sehwerk Optik GmbH}}
Beschwerdemanagement

{{date|23.11.2026}}

Sehr geehrte Damen und Herren,

die Gläser meiner Brille (Rechnung {{@invoice:RE-#######}}) haben nach {{quantity|3 Monaten}} Kratzer. Ich verlange Ersatz oder Erstattung von {{amount|540,00 €}} auf mein Konto [[@iban:DE:group]].

Mit freundlichen Grüßen
[[sig|Dr. Wolfgang Hartmann]]""",
    # 9 internal
    """[[sal|Steffi]], kannst du bei [[oth|Herrn Yilmaz]] anrufen? Seine Linsen {{@product:KL-##-@@}} sind da. Nummer: [[@phone:DE:dedash]].
Danke, [[sig|Olli]]
{{team_name|Filiale Dresden-Neustadt}}""",
    # 10 employer glasses subsidy
    """Guten Tag,
für den Bildschirmbrillen-Zuschuss übermitteln wir die Daten unserer Mitarbeitenden (Steuer-ID für die Lohnabrechnung):
- [[oth|Katharina Lenz]], Steuer-ID [[@idnr:sp]]
- [[oth|Markus Pohl]], Steuer-ID [[@idnr:plain]]
- [[oth|Aylin Demir]], Steuer-ID [[@idnr:sp4]]
Arbeitgeber: {{cbrand|Bäckerei Richter KG}}, USt-IdNr. [[@ustid:desp]]

Viele Grüße
[[sig|Claudia Neumann]]
{{job_title|Personalreferentin}}""",
    # 11 app review
    """Sehwerk App {{version|6.1}}: Linsen nachbestellen klappt, aber Zahlung per Karte [[@card:dash]] wurde zweimal abgebucht. {{quantity|3 Sterne}}. – [[sig|Tim B.]]""",
    # 12 e-mail from Austrian partner
    """Sehr geehrter [[sal|Herr Dr. Lorenz]],

anbei unsere Rechnung {{@invoice:AT-####-@@}} für die Fassungen. Unsere UID: [[@atu]], Konto [[@iban:AT:group]]. Ihre USt-IdNr. [[@ustid:de]] ist auf der Rechnung vermerkt.

Mit freundlichen Grüßen
[[sig|Mag. Elisabeth Gruber]]
{{job_title|Geschäftsführerin}}
{{cbrand|Gruber Brillenmanufaktur}}""",
    # 13 chat
    """[{{time|17:48}}] Kundin: Hallo, hier ist [[intro|Franziska Otto]], meine Brille ist fertig?
[{{time|17:49}}] Mitarbeiter [[oth|Kai]]: Hallo [[sal|Frau Otto]], ja, Auftrag {{@order:SW-######}} liegt bereit.
[{{time|17:50}}] Kundin: Super, Rest zahle ich per Überweisung von [[@iban:DE:lc]]""",
    # 14 invoice
    """RECHNUNG {{@invoice:RE-#######}} vom {{date|02.12.2026}}
Sehwerk Optik GmbH, USt-IdNr. [[@ustid:de]]
Kunde: [[oth|Gisela Brandt]], [[address|Am Markt 2, 06108 Halle (Saale)]]
Betrag: {{amount|1.249,00 €}}
IBAN: [[@iban:DE:compact]]""",
    # 15 e-mail
    """Hallo [[sal|Herr Kowalski]],

die Brille für meinen Sohn [[oth|Ben Fischer]] zahle ich von meinem Konto [[@iban:DE:group]]. Falls Sie für die Krankenkasse meine Steuer-ID brauchen: [[@idnr:sp]].

Viele Grüße
[[sig|Nadine Fischer]]""",
    # 16 reminder
    """Erinnerung: Ihr Kontaktlinsen-Abo {{@contract:ABO-#####-@}} wird am {{date|15.01.2027}} verlängert. {{greeting_without_name|Herzliche Grüße}}, {{team_name|Ihr Sehwerk-Team}}""",
    # 17 e-mail
    """Hi [[sal|Jana]],

Erstattungen diese Woche: [[oth|Uwe Beck]] [[@iban:DE:group]] {{amount|89 €}}, [[oth|Petra Lang]] [[@iban:DE:dash]] {{amount|129 €}}.

Gruß
[[sig|Robert]]""",
    # 18 WhatsApp
    """Moin, hier [[intro|Sönke]] von {{cbrand|Hansen Fahrräder}}, USt-IdNr. [[@ustid:de]]. Die Schutzbrillen {{@product:SB-###-@}} für meine Jungs sind zu klein. Ruft mich an: [[@phone:DE:de0]]""",
    # 19 web form
    """Rückrufwunsch
Name: [[oth|Erika Vogt]]
Telefon: [[@phone:DE:intl]]
Steuer-ID (für Zuschuss): [[@idnr]]
Konto für Erstattung: [[@iban:DE:group]]
Anliegen: Hörtest für meine Mutter""",
    # 20 signature
    """--
Mit freundlichen Grüßen
[[sig|Prof. Dr. Stefan Wagner]]
{{job_title|Leiter Qualitätsmanagement}}
Sehwerk Optik GmbH | USt-IdNr. [[@ustid:desp]]
[[email|s.wagner@sehwerk.example.de]]""",
]

# ----------------------------------------------------------------------------- main

CHECKSUM_KINDS = {"card", "iban", "pesel", "birth_number", "national_id", "tax_id"}
MINIMA = {
    "signature": 8,
    "salutation": 5,
    "self_intro": 3,
    "checksum_id": 25,
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
            rows.append(fill(f"b17-{lang}-{i:02d}", lang, template))
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
