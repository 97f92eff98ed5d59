#!/usr/bin/env python3
"""Write data/eval/pii/dev14.jsonl: a focused hand-written PII development split.

140 customer texts (20 each in pl, cs, sk, ru, uk, en, de) by a separate author,
each its own hand-written template. Two focuses:

1. Checksum identifiers in messy layouts (at least 40 per language): rows pasted
   from spreadsheets (tab- or semicolon-separated), OCR'd invoices with doubled
   spacing, ids wrapped across a line break, chat answers to a bot or agent
   question asked one or more turns earlier, quoted and forwarded mail chains,
   ids in file names and subject lines, in parentheses or after slashes, ids of
   a neighbouring country under another language's label, dotted or unusual
   grouping, lower-case or transliterated labels ("inn", "edrpou", "ico"),
   voice-to-text transcripts with one digit per word, several ids in one
   sentence, bank statement lines.
2. Name precision: capitalised words that are no personal names standing next to
   real names (companies and products, some named after a surname, streets,
   places, team names in greetings such as "Hallo Support-Team", job titles,
   month and holiday names, app/ship/hotel names, capitalised common words), and
   real names in unusual spots (CC lines, "Odesláno za ...", chat display names,
   "podepsáno:", bank statement lines) with context ``other``.

Around them: order/invoice/ticket/tracking/contract/meter/policy numbers, KPP
codes, dates, amounts, quantities and product codes that must be kept; phones,
e-mails and addresses. 9 items carry no PII.

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Pani Kasiu]]     name, context salutation   (also sig / intro / oth)
    [[email|a@b.pl]]       literal PII of a kind (email, phone, address)
    [[@pesel]]             PII value drawn by a generator (kind from GEN)
    [[@pesel~g:3 3 3 2]]   ... then rewritten in a messy layout (see relayout:
                           g/d/h regroup with spaces/dots/hyphens, w:N wrap after
                           N characters, ss doubled spaces, each one space per
                           character, lc lower case; several may follow)
    {{city|Kraków}}        literal keep span with its `what`
    {{cbrand|Kowalski Meble}} a company named after a surname: keep, what `brand`
    {{@order:####}}        keep value drawn by a generator (what from KEEP_GEN)

Keep `what`s added in this split: ``calendar_word`` (month and holiday names) and
``common_word`` (a capitalised common noun: "Dyrekcja", "Tastatur", "Finance").

Every identifier gets computed check digits and is validated with python-stdnum
(SNILS and the Polish ID card with the published algorithms, Czech and Slovak
domestic account numbers with the bank-account check), and every written PII
span of a checksum kind is checked once more by its kind after its layout was
applied, independently of its generator (id_valid); every phone number passes
phonenumbers.is_valid_number. Numbered near-misses and product codes fail every
identifier check used here and are not valid phone numbers of the text's
region. Each language must reach the minima in MINIMA (checked on every run,
--check included). The seed of every item is fixed ("d14:" + its id).

    .venv/bin/python scripts/make_pii_dev14.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_dev14.py --check   # file on disk == output
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
OUT = ROOT / "data" / "eval" / "pii" / "dev14.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
SEED = "d14:"

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
    "calendar_word",
    "common_word",
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


def relayout(value: str, lay: str) -> str:
    """Rewrite a generated value in a messy layout (the part after "~" in the markup).

    g:3 3 3 2   regroup the compact value by the sizes, with spaces
    d:3 3 3 2   the same with dots;  h:...  with hyphens
    w:N         wrap onto a new line after the N-th character of the written value
    ss          every single space doubled (OCR)
    each        a space between every character (voice-to-text dictation)
    lc          lower case
    """
    name, _, arg = lay.partition(":")
    compact = re.sub(r"[\s\-./]", "", value)
    if name in ("g", "d", "h"):
        sep = {"g": " ", "d": ".", "h": "-"}[name]
        return group(compact, [int(x) for x in arg.split()], sep)
    if name == "w":
        n = int(arg)
        return value[:n].rstrip(" ") + "\n" + value[n:].lstrip(" ")
    if name == "ss":
        return value.replace(" ", "  ")
    if name == "each":
        return " ".join(compact)
    if name == "lc":
        return value.lower()
    raise ValueError(lay)


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
            core, *layouts = spec[1:].split("~")
            key, _, fmt = core.partition(":")
            if is_pii:
                kind, fn = GEN[key]
                value = fn(rng, fmt) if fmt else fn(rng)
            else:
                kind, fn = KEEP_GEN[key]
                value = fn(rng, fmt)
            for lay in layouts:
                value = relayout(value, lay)
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
    # 1 spreadsheet rows pasted into a mail
    """Dzień dobry {{team_name|Zespole Rozliczeń}},

wklejam z arkusza kontrahentów, których brakuje w systemie:

Lp.\tNazwa\tNIP\tREGON\tKonto
1\t{{cbrand|Zieliński i Synowie}} sp. z o.o.\t[[@nip]]\t[[@regon]]\t[[@iban:PL:nrbc]]
2\t{{brand|Hydro-Mazur}} S.A.\t[[@nip:dash]]\t[[@regon:14]]\t[[@iban:PL:nrb]]

[[sal|Panie Michale]], proszę o dopisanie przed zamknięciem {{calendar_word|marca}}.
[[sig|Grażyna Wilczek]]""",
    # 2 OCR invoice, doubled spacing
    """FAKTURA  VAT  nr  {{@invoice:FV  ###/##/2025}}
Sprzedawca:  {{brand|Drukarnia Orzeł}}  ul.  {{street_as_brand|Sienkiewicza}}  4
NIP:  [[@nip:sp~ss]]
Nabywca:  [[oth|Tadeusz  Kamiński]]
PESEL  nabywcy:  [[@pesel]]
Do  zapłaty:  {{amount|1 845,00  zł}}""",
    # 3 chat, PESEL answered two turns later
    """[Bot {{brand|Alicja}}] Podaj proszę swój numer PESEL, żebym mógł znaleźć polisę.
[[oth|Wojtek Marczak]]: chwila, szukam dowodu
[[oth|Wojtek Marczak]]: mam
[[oth|Wojtek Marczak]]: [[@pesel:mid]]
[Bot {{brand|Alicja}}] Dziękuję. Numer polisy {{@policy:PL/###/#####}} jest aktywny.""",
    # 4 forwarded chain
    """-----Original Message-----
Od: [[oth|Renata Sowa]] <[[email|r.sowa@zaklady-lipa.pl]]>
Temat: RE: NIP [[@nip]] - korekta

> Prosimy o korektę faktury {{@invoice:##/####/K}}.
> Nasz poprawny rachunek: [[@iban:PL:nrbwrap]]
> Pozdrawiam, Renata

[[sal|Pani Renato]], korekta poszła wczoraj. {{team_name|Dział Księgowości}}""",
    # 5 file names
    """[[sal|Pani Kasiu]], w załączniku: faktura_[[@nip]].pdf oraz zaswiadczenie_regon_[[@regon]].pdf.
Plik umowa_{{@contract:####_##}}.docx wyślę jutro, bo {{common_word|Dyrekcja}} jeszcze nie podpisała.
[[sig|Marek Jabłoński]], {{job_title|Kierownik Zakupów}}""",
    # 6 voice-to-text
    """notatka głosowa: dzień dobry tu [[intro|Halina Kos]] mój pesel to [[@pesel:senior~each]] a numer licznika {{@meter:## ### ###}} proszę o kontakt [[@phone:PL:mg3]]""",
    # 7 Czech company under Polish labels
    """Dostawca z Czech: {{brand|Pekárna Vlašim}} s.r.o., NIP (czeski) [[@ico:cz]], nr firmy [[@ico~g:3 2 3]]
Konto do przelewu: [[@iban:CZ:group]]
Zamówienie {{@order:ZM-#####}}, {{quantity|40 palet}}.""",
    # 8 parentheses and slashes
    """Płatnik: {{brand|Agro-Lech}} (NIP [[@nip]]) / REGON/[[@regon]]/ – rachunek ([[@iban:PL:group]]).
Kontakt: [[oth|Jolanta Żak]] ([[email|jzak@agrolech.com.pl]])""",
    # 8 wrapped ids
    """Szanowni Państwo,
proszę o zwrot na rachunek [[@iban:PL:wrap]] dla
[[oth|Zdzisława Pawlaka]], PESEL
[[@pesel~w:6]]
{{calendar_word|Wielkanoc}} spędzamy w {{city|Zakopanem}}, więc odbiorę przesyłkę {{@tracking:##########@@}} później.""",
    # 9 several ids in one sentence
    """Potwierdzam dane: PESEL [[@pesel]], dowód osobisty [[@plid]], NIP [[@nip:pl]], konto [[@iban:PL:nrbc]].
[[sig|Bartosz Urban]] / [[@phone:PL:mdash]]""",
    # 10 no PII
    """Dzień dobry {{greeting_without_name|Wszystkim}},
w {{calendar_word|Boże Narodzenie}} punkt na {{street_as_brand|Piłsudskiego}} jest zamknięty. Zamówienia nr {{@order:######}} i {{@order:######}} wyślemy {{date|2 stycznia}}.
{{team_name|Obsługa Klienta}} {{brand|Kowalski Meble}}""",
    # 11 lower-case labels and dots
    """nip: [[@nip~d:3 3 2 2]]
regon. [[@regon~d:3 3 3]]
pesel prezesa [[@pesel~d:2 2 2 5]]
(tak jak w {{common_word|KRS}}, {{common_word|Prezes}} [[oth|Adam Sobczak]])""",
    # 12 CC lines
    """Do: {{team_name|Biuro Obsługi}} <[[email|bok@wodociagi-brzeg.pl]]>
DW: [[oth|Kinga Lis]]; [[oth|Piotr Grabowski]]
Temat: RE: numer klienta {{@num:K-#######}}

Nowy właściciel lokalu, PESEL [[@pesel:female]], adres: [[address|os. Słoneczne 7/31, 61-312 Poznań]], NRB:
[[@iban:PL:nrb]]""",
    # 14 card in chat with agent
    """Konsultant [[oth|Ewa]]: Jaką kartą Pan płacił?
Klient: visa
Konsultant [[oth|Ewa]]: Proszę podać pełny numer do zwrotu.
Klient: [[@card:dash]] ważna do 08/27
Konsultant [[oth|Ewa]]: Zwrot {{amount|349,99 zł}} w ciągu {{quantity|5 dni}}.""",
    # 15 German partner under Polish labels
    """Kontrahent z Niemiec {{brand|Holzbau Fischer}} GmbH: NIP UE [[@ustid]], konto [[@iban:DE:group]].
Prowadzi go u nas [[oth|Sylwia Grzelak]], {{job_title|Specjalistka ds. Eksportu}}.""",
    # 16 signature with company block
    """Pozdrawiam serdecznie
[[sig|dr Aleksandra Wróbel]]
{{job_title|Dyrektor Finansowy}}
{{brand|Mleczarnia Podlasie}} | NIP [[@nip:dash2]] | REGON [[@regon:sp]]
[[address|ul. Lipowa 12, 15-424 Białystok]]""",
    # 17 ticket, card and pesel
    """Dzień dobry, tu [[intro|Roman Cieślak]].
Zgłoszenie {{@ticket:ZG-######}}: płatność kartą [[@card:group]] nie przeszła dwa razy.
Numer klienta {{@bad:pesel}} (to nie PESEL!), mój PESEL [[@pesel:male]], dowód [[@plid:sp]].
Tel. [[@phone:PL:fintl]] wew. 24""",
    # 18 subject line
    """Temat: Fw: PESEL [[@pesel]] / NIP [[@nip]] - wniosek o ulgę

{{common_word|Urząd}} prosi o dane ojca, [[oth|Stanisława Nowaka]]. Przesyłam ponownie.
Odręcznie podpisane: [[sig|Irena Nowak]]""",
    # 19 bank statement line
    """{{date|12.05.2025}}  PRZELEW PRZYCHODZĄCY  {{amount|2 300,00}}  nadawca [[oth|KRZYSZTOF DUDA]]  rach. [[@iban:PL:nrbc]]  tytuł: czynsz {{calendar_word|maj}} lokal {{@num:###/##}}""",
    # 20 reply with quote
    """> Proszę o numer dowodu i PESEL opiekuna.
Opiekun: [[oth|Lucyna Malinowska]]
Dowód [[@plid]], PESEL [[@pesel:senior]]
Telefon [[@phone:PL:mintl]], {{common_word|Sanatorium}} „{{brand|Zdrój Jadwiga}}”.""",
]
# =========================================================================== cs

ITEMS["cs"] = [
    # 1 pasted CSV
    """Dobrý den, {{team_name|podporo}},
posílám export z účetnictví (středník jako oddělovač):

nazev;ico;dic;ucet
{{cbrand|Truhlářství Dvořák}};[[@ico]];[[@ico:czsame]];[[@iban:CZ:dom]]
{{brand|Zelená Louka}} s.r.o.;[[@ico]];[[@ico:czsame]];[[@iban:CZ:dom]]

Děkuji, [[sig|Libuše Kratochvílová]]""",
    # 2 subject line
    """Předmět: RE: IČO [[@ico]] – chybná faktura {{@invoice:####/2025}}

Dobrý den [[sal|pane Novotný]],
fakturu jsme stornovali. Nová půjde na účet [[@iban:CZ:group]].
S pozdravem
[[sig|Hana Benešová]], {{job_title|vedoucí fakturace}}""",
    # 3 chat, birth number answered later
    """Operátor [[oth|Jitka]]: Pro ověření potřebuji vaše rodné číslo.
[[oth|Vlasta Horáková]]: moment, mám ho v peněžence
[[oth|Vlasta Horáková]]: [[@rc:female]]
Operátor [[oth|Jitka]]: Děkuji, smlouva {{@contract:SML-######}} je na vás.""",
    # 4 OCR invoice
    """DAŇOVÝ  DOKLAD  č.  {{@invoice:######}}
Dodavatel :  {{brand|Elektro  Šumava}}  a.s.
IČ :  [[@ico~ss]]     DIČ :  [[@ico:czsame]]
Odběratel :  [[oth|Miroslav  Čermák]] ,  IČ  [[@ico~g:2 3 3]]
Bankovní  spojení :  [[@iban:CZ:dom]]
Celkem  k  úhradě  {{amount|12 480,00  Kč}}""",
    # 5 forwarded mail
    """---------- Přeposlaná zpráva ----------
Od: [[oth|Radek Fiala]] <[[email|fiala@stavbyfiala.cz]]>
Předmět: údaje pro smlouvu

> ico 27 ... ne, správně je [[@ico]]
> dic [[@dicrc]] (jsem OSVČ)
> RČ [[@rc:male]]

Prosím zapracovat, [[sig|Zuzana]]""",
    # 6 no PII
    """Dobrý den, {{greeting_without_name|vážení zákazníci}},
o {{calendar_word|Velikonocích}} bude prodejna na {{street_as_brand|Palackého}} zavřená. Objednávky {{@order:OBJ-#####}} vyřídíme v {{calendar_word|dubnu}}.
{{team_name|Tým Zákaznické Péče}} {{cbrand|Zahradnictví Procházka}}""",
    # 7 Slovak company under Czech label
    """Milý [[sal|Petře]],
slovenský odběratel {{brand|Tatra Mlyn}} s.r.o., IČO [[@ico]], IČ DPH [[@icdph]], DIČ [[@icdph:plain]],
účet [[@iban:SK:group]]. Kontaktní osoba [[oth|Ing. Peter Hudec]].""",
    # 8 wrapped and file names
    """Dobrý den, tady [[intro|Bohumil Šťastný]].
V příloze faktura_[[@ico]]_{{@invoice:####}}.pdf. Účet pro vratku:
[[@iban:CZ:wrap]]
Majitel účtu jsem já, RČ [[@rc:senior~w:7]]""",
    # 9 voice-to-text
    """přepis hovoru: dobrý den jmenuji se [[intro|Alena Vávrová]] moje rodné číslo je [[@rc:female~each]] a volám kvůli elektroměru {{@meter:########}}""",
    # 10 several in one sentence
    """Za firmu {{brand|Kovo Brno}} uvádím IČO [[@ico]], DIČ [[@ico:czsame]], účet [[@iban:CZ:dom]] a kartu [[@card:group]], na kterou jsme platili zálohu.
[[sig|Jaroslav Polák]], {{job_title|jednatel}}
tel. [[@phone:CZ:mintl]]""",
    # 11 CC and Odesláno
    """Komu: {{team_name|Reklamace}}
Kopie: [[oth|Eva Marková]], [[oth|Tomáš Sýkora]]

Reklamace {{@ticket:RK-####-###}}: vratka na [[@iban:CZ:dom]].

Odesláno za [[oth|Pavla Kadlece]] z mobilu""",
    # 12 lower case labels
    """ico [[@ico]] / dic [[@ico:czsame~lc]]
rc [[@rc:plain]]
(dle {{common_word|Obchodního}} rejstříku, {{city|Pardubice}})""",
    # 13 parentheses
    """Objednatel: [[oth|Marie Kučerová]] (RČ [[@rc:female]]), zastoupená firmou {{cbrand|Advokáti Hrubý}} (IČO [[@ico]]).
Platba (účet [[@iban:CZ:group]]) do {{date|15. 6. 2025}}. Dotazy na [[@phone:CZ:fnat]].""",
    # 14 spreadsheet tab
    """Jméno\tRČ\tčíslo účtu
[[oth|Josef Král]]\t[[@rc:senior]]\t[[@iban:CZ:dom]]
[[oth|Lenka Králová]]\t[[@rc:female]]\t[[@iban:CZ:dom]]""",
    # 15 German partner under Czech labels
    """Dodavatel z Německa {{brand|Bäckerei Lindner}}: DIČ (USt-IdNr.) [[@ustid]], IBAN [[@iban:DE:group]]. Za {{brand|Pilsner}} platíme my.
[[sig|Karel Doležal]]""",
    # 16 no PII
    """Dobrý den {{team_name|Obchodní oddělení}},
prosím o nabídku na {{quantity|200 ks}} {{@product:KV-####-@}}.
Děkuji, {{brand|Autoservis Liberec}}""",
    # 17 bank statement
    """{{date|03.03.2025}}  Příchozí platba  {{amount|4 500,00}}  protiúčet [[@iban:CZ:dom]]  VS {{@num:##########}}  [[oth|NOVÁKOVÁ JANA]]""",
    # 18 podepsáno
    """Souhlasím se zpracováním údajů. RČ [[@rc:plain~g:2 2 2 4]], číslo OP neuvádím.
V {{city|Olomouci}} dne {{date|4. 2.}}
podepsáno: [[oth|Vladimír Beneš]]
adresa: [[address|Na Vyhlídce 15, 779 00 Olomouc]]""",
    # 19 chat with several turns
    """[Bot {{brand|Hugo}}] Na jaké IČO má být faktura?
[[oth|Petra S.]]: ještě se zeptám šéfa
[Bot {{brand|Hugo}}] V pořádku, počkám.
[[oth|Petra S.]]: tak [[@ico]], a DIČ je [[@ico:czsame]]
[[oth|Petra S.]]: email [[email|petra@mlynarna-kolin.cz]], mobil [[@phone:CZ:mg3]]""",
    # 20 signature
    """[[sal|Paní Ivano]], děkujeme za rychlé vyřízení.
S pozdravem
[[sig|Martin Zeman]]
{{job_title|Finanční ředitel}}
{{brand|Sklárna Bohemia Nova}}, IČO [[@ico:sp]], DIČ [[@ico:czsame]]
[[address|Tovární 8, 466 01 Jablonec nad Nisou]], [[@phone:CZ:fintl]], [[email|zeman@bohemianova.cz]]""",
]
# =========================================================================== sk

ITEMS["sk"] = [
    # 1 spreadsheet rows
    """Dobrý deň, {{team_name|Oddelenie fakturácie}},
posielam riadky z tabuľky, ktoré vám chýbajú:

Firma\tIČO\tDIČ\tIČ DPH
{{brand|Drevona Orava}} s.r.o.\t[[@ico]]\t[[@icdph:plain]]\t[[@icdph:sksame]]
{{cbrand|Stolárstvo Baláž}}\t[[@ico]]\t[[@icdph:plain]]\t[[@icdph:sksame]]

[[sig|Marta Kováčiková]]""",
    # 2 subject + quoted reply
    """Predmet: RE: RE: IČ DPH [[@icdph]] – dobropis

> Dobrý deň, prosím o číslo účtu na vrátenie preplatku.
Účet: [[@iban:SK:group]]
> Ďakujeme, [[oth|Ľubica]] zo {{team_name|Zákazníckeho centra}}

Zdravím, [[sig|Juraj Mikuláš]]""",
    # 3 chat, birth number two turns later
    """Agent [[oth|Simona]]: Na overenie budem potrebovať vaše rodné číslo.
[[oth|Ondrej Kolár]]: a načo?
Agent [[oth|Simona]]: Kvôli zmene tarify {{brand|Optimum Plus}}.
[[oth|Ondrej Kolár]]: ok [[@rcsk:male]]""",
    # 4 OCR invoice
    """F A K T Ú R A   č.  {{@invoice:##########}}
Dodávateľ :  {{brand|Agro  Záhorie}}  s.r.o.
IČO  :  [[@ico~ss]]   DIČ  :  [[@icdph:plain]]   IČ  DPH  :  [[@icdph:sksame~g:2 10]]
Odberateľ  :  [[oth|Štefan  Hric]]
IBAN  :  [[@iban:SK:group~ss]]
Spolu  :  {{amount|1 212,40  €}}""",
    # 5 voice-to-text
    """prepis: dobrý deň tu je [[intro|Zlatica Bartošová]] rodné číslo [[@rcsk:female~each]] volám ohľadom faktúry {{@invoice:########}} ďakujem""",
    # 6 Czech partner under Slovak labels
    """Český dodávateľ {{brand|Sklo Morava}} a.s.: IČO [[@ico]], DIČ [[@ico:czsame]], účet [[@iban:CZ:dom]].
Faktúru pošle ich {{job_title|konateľ}} [[oth|Vojtěch Souček]].""",
    # 7 file names
    """Dobrý deň, volám sa [[intro|Milan Ďurica]].
V prílohe nájdete zmluva_[[@ico]].pdf a potvrdenie_rc_[[@rcsk:plain]].pdf.
Súbor {{@contract:ZML_####_##}}.zip je príliš veľký, pošlem cez {{brand|WeTransfer}}. Ďakujem.""",
    # 8 wrapped account
    """Prosím o vrátenie {{amount|89,90 €}} na účet
[[@iban:SK:wrap]]
majiteľ [[oth|Eva Šimková]], narodená ako RČ [[@rcsk:female~w:7]]
Pošta na [[address|Hlavná 27, 040 01 Košice]]""",
    # 9 several in one sentence
    """Za {{brand|Hotel Tatra Lomnica}} uvádzame IČO [[@ico]], DIČ [[@icdph:plain]], IČ DPH [[@icdph:sksame]] a účet [[@iban:SK:dom]].
[[sig|Ing. Pavol Lukáč]], {{job_title|riaditeľ hotela}}, [[@phone:SK:mintl]]""",
    # 10 no PII
    """Dobrý deň, {{greeting_without_name|milí priatelia}},
počas {{calendar_word|Vianoc}} je pobočka na {{street_as_brand|Štúrovej}} zatvorená. Objednávky {{@order:OBJ######}} vybavíme do {{date|7. januára}}.
{{team_name|Tím podpory}} {{brand|Zlatý Bažant}} e-shopu""",
    # 11 CC
    """Komu: [[email|podpora@vodarne-tn.sk]]
Kópia: [[oth|Katarína Gregorová]]; [[oth|Rastislav Hudák]]
Vec: odberné miesto {{@meter:#########}}

Dobrý deň, [[sal|pán Hudák]],
nový odberateľ, RČ [[@rcsk:senior]], platby z účtu [[@iban:SK:dom]], adresa [[address|Nábrežie 4, 911 01 Trenčín]].""",
    # 12 lower case labels, dots
    """ico: [[@ico~d:2 3 3]]
dic: [[@icdph:plain]]
ic dph: [[@icdph:sksame~lc]]
{{common_word|Konateľ}}: [[oth|Róbert Mačák]]""",
    # 13 parentheses and slashes
    """Objednávateľ [[oth|Jana Oravcová]] (RČ [[@rcsk:female]]) / firma {{brand|Kvetinárstvo Ruža}} (IČO/[[@ico]]) / karta [[@card:group]]. Tel. [[@phone:SK:msk0]].""",
    # 14 agent asks for card
    """[[sal|Pani Gabriela]], potrebujeme posledné číslo karty.
> Karta je [[@card:plain]], platnosť {{date|11/26}}.
> [[sig|Gabriela Vrabcová]]
Ďakujeme, vrátime {{amount|42 €}}. {{team_name|Reklamačné oddelenie}}""",
    # 15 Austrian partner
    """Rakúsky partner {{brand|Weinbau Huber}} OG: UID [[@atu]], IBAN [[@iban:AT:group]].
Vybavuje [[oth|Miriam Hollá]], {{job_title|obchodná zástupkyňa}}, [[@phone:SK:fsk0slash]].""",
    # 16 bank statement
    """{{date|21.02.2025}}  Kredit  {{amount|640,00 EUR}}  od [[oth|BALÁŽ MATÚŠ]]  účet [[@iban:SK:group]]  VS {{@num:########}}  {{common_word|Nájomné}} {{calendar_word|február}}""",
    # 17 podpísané
    """Súhlasím s podmienkami poistenia {{@policy:PZ-#######}}.
RČ [[@rcsk:plain~g:2 2 2 4]]
V {{city|Žiline}}, {{date|2. 4. 2025}}
podpísané: [[oth|Dušan Kmeť]]""",
    # 18 chat display names
    """[{{time|09:14}}] [[oth|martinka_h]]: IČO máme [[@ico]]
[{{time|09:15}}] {{brand|Podpora Orange}}: a IČ DPH?
[{{time|09:17}}] [[oth|martinka_h]]: [[@icdph:sksp]]
[{{time|09:18}}] [[oth|martinka_h]]: email [[email|m.hlinkova@pekaren-liptov.sk]]""",
    # 19 forwarded
    """---------- Preposlaná správa ---------
Od: [[oth|Igor Blaško]]
Dátum: {{date|10. 3. 2025}}
> Ahoj [[sal|Peťo]], tu je IBAN spoločníka: [[@iban:SK:lcgroup]]
> a jeho RČ [[@rcsk:male]]

Prosím zapísať do {{brand|Pohoda}}. [[sig|Silvia]]""",
    # 20 Polish partner under Slovak labels
    """Poľský odberateľ {{brand|Hurtownia Bałtyk}}: DIČ (NIP) [[@nip]], REGON [[@regon]], účet [[@iban:PL:group]].
Kontakt [[oth|Agnieszka Wrona]], [[@phone:PL:mintl]]""",
]
# =========================================================================== ru

ITEMS["ru"] = [
    # 1 pasted table
    """Добрый день, {{team_name|Бухгалтерия}}!
Вставляю из таблицы контрагентов:

Наименование\tИНН\tКПП\tОГРН
ООО «{{brand|Северный Ветер}}»\t[[@inn]]\t{{@num:77##01001}}\t[[@ogrn]]
ИП [[oth|Соколов Андрей Петрович]]\t[[@innp]]\t—\t[[@ogrn:15]]

[[sig|Галина Орлова]]""",
    # 2 subject line
    """Тема: RE: ИНН [[@inn]] — акт сверки за {{calendar_word|март}}

Уважаемая [[sal|Ольга Викторовна]], акт подписан, оригинал отправлен {{brand|Почтой России}}, трек {{@tracking:#############}}.
С уважением, [[sig|Денис Фомин]], {{job_title|главный бухгалтер}}""",
    # 3 chat, SNILS answered later
    """Бот {{brand|Госуслуги}}: Укажите СНИЛС для записи к врачу.
[[oth|Лариса Ефимова]]: а где его посмотреть?
Бот {{brand|Госуслуги}}: На зелёной карточке или в приложении.
[[oth|Лариса Ефимова]]: [[@snils]]
Бот {{brand|Госуслуги}}: Спасибо, талон {{@ticket:Т-######}} на {{date|14 мая}}.""",
    # 4 OCR invoice
    """СЧЁТ  НА  ОПЛАТУ  №  {{@invoice:####}}  от  {{date|02.06.2025}}
Поставщик :  ООО  «{{brand|Уралтехснаб}}»   ИНН  [[@inn~ss]]   КПП  {{@num:66##01001}}
ОГРН  [[@ogrn]]
Покупатель :  ИП  [[oth|Мельников  С.  А.]] ,  ИНН  [[@innp~g:4 6 2]]
Итого :  {{amount|48 300,00  руб.}}""",
    # 5 forwarded mail
    """-----Original Message-----
From: [[oth|Кирилл Зайцев]] <[[email|k.zaitsev@stroymir-nn.ru]]>
Subject: реквизиты

> ИНН/КПП [[@inn]]/{{@num:52##01001}}
> ОГРН [[@ogrn]]
> Карта для возврата: [[@card:mirgroup]]

Коллеги, внесите, пожалуйста. [[sig|Инна]]""",
    # 6 voice-to-text
    """расшифровка звонка: здравствуйте меня зовут [[intro|Валентина Крылова]] мой снилс [[@snils:plain~each]] хочу узнать про перерасчёт по лицевому счёту {{@num:######}}""",
    # 7 lower case / transliterated labels
    """inn [[@inn]]
ogrn [[@ogrn]]
snils direktora [[@snils:sp]]
(napisal latinicej, {{common_word|Klaviatura}} slomalas) [[sig|Arkadiy Bel'skiy]]""",
    # 8 several in one sentence
    """Прошу оформить вычет: ИНН [[@innp]], СНИЛС [[@snils:dash2]], карта [[@card:mirgroup]], договор {{@contract:ДГ-#####}}.
[[sig|Тамара Гусева]], [[@phone:RU:mruintl]]""",
    # 9 wrapped
    """Добрый день! Для возврата средств:
получатель [[oth|Широков Егор Ильич]], ИНН
[[@innp~w:6]]
карта [[@card:mir~g:4 4 4 4~w:9]]
Адрес: [[address|г. Тверь, ул. Советская, д. 19, кв. 4]]""",
    # 10 no PII
    """Здравствуйте, {{greeting_without_name|уважаемые покупатели}}!
В {{calendar_word|Новый год}} пункт выдачи на {{street_as_brand|Пушкинской}} не работает. Заказы {{@order:#########}} доставим после {{date|8 января}}.
{{team_name|Служба заботы}} {{cbrand|Шоколадная фабрика Бабаев}}""",
    # 11 CC lines
    """Кому: {{team_name|Отдел кадров}}
Копия: [[oth|Павел Ершов]]; [[oth|Нина Лаптева]]
Тема: новый сотрудник

ФИО: [[oth|Ахметова Диляра Ринатовна]]
СНИЛС [[@snils]], ИНН [[@innp:12sp]], тел. [[@phone:RU:mru8dash]]
{{job_title|Старший кладовщик}}, склад {{city|Подольск}}""",
    # 12 Ukrainian partner under Russian labels
    """[[sal|Марина]], добрый день!
Украинский поставщик ТОВ «{{brand|Дніпро-Агро}}»: код ЕГРПОУ [[@edrpou]], счёт [[@iban:UA:group]].
Директор [[oth|Остапчук Віктор]], ИНН (РНУКПН) [[@rnokpp]].""",
    # 13 parentheses and slashes
    """Арендатор ИП [[oth|Калинина М. В.]] (ИНН [[@innp]] / ОГРНИП [[@ogrn:15]]) задолжала {{amount|36 000 руб.}} за {{calendar_word|апрель}}.""",
    # 14 dots and odd grouping
    """И.Н.Н. [[@inn~d:3 3 4]]
О.Г.Р.Н. [[@ogrn~g:1 2 2 2 2 4]]
С.Н.И.Л.С. [[@snils~d:3 3 3 2]]
{{brand|Сбербанк}} не принимает, говорит формат неверный.""",
    # 15 file names
    """Прикрепляю: выписка_ЕГРЮЛ_[[@ogrn]].pdf, свидетельство_ИНН_[[@inn]].jpg, снилс_[[@snils:plain]].png.
Счёт-фактура {{@invoice:СФ-####/##}} будет в {{brand|Диадок}}.""",
    # 16 chat with agent, card
    """Клиент: Здравствуйте, это [[intro|Роман Жуков]], хочу вернуть деньги за заказ.
Оператор [[oth|Алина]]: Назовите, пожалуйста, номер карты, с которой была оплата.
Клиент: сейчас
Клиент: [[@card:dash]]
Оператор [[oth|Алина]]: Возврат {{amount|2 490 руб.}} оформлен, заявка {{@ticket:ВЗ-#######}}.""",
    # 17 bank statement
    """{{date|17.03.2025}}  Зачисление  {{amount|15 000,00}}  от [[oth|ПЕТРОВА ЕЛЕНА ЮРЬЕВНА]]  ИНН [[@innp]]  назначение: {{common_word|Аренда}} {{calendar_word|март}}""",
    # 18 signature block
    """Добрый день, [[sal|Сергей]]!
Счёт во вложении.
--
[[sig|Виктория Лебедева]]
{{job_title|Менеджер по продажам}}
ООО «{{brand|Волга-Пласт}}», ИНН/КПП [[@inn]]/{{@num:63##01001}}, ОГРН [[@ogrn]]
[[@phone:RU:fruintl]], [[email|lebedeva@volgaplast.ru]]""",
    # 19 podpisano
    """Согласен на обработку персональных данных.
СНИЛС [[@snils:dash]], ИНН [[@innp]]
проживаю: [[address|г. Казань, ул. Баумана, д. 7, кв. 12]]
{{city|Казань}}, {{date|5 апреля 2025 г.}}
подписано: [[oth|Гарипов Ильдар]]""",
    # 20 German partner
    """Немецкий партнёр {{brand|Müller Logistik}} GmbH: USt-IdNr. [[@ustid]], IBAN [[@iban:DE:group]].
По вопросам — [[oth|Лидия Шмидт]], [[@phone:RU:mru8]].""",
]
# =========================================================================== uk

ITEMS["uk"] = [
    # 1 pasted table
    """Добрий день, {{team_name|Фінансовий відділ}}!
Копіюю з таблиці постачальників:

Назва\tЄДРПОУ\tIBAN
ТОВ «{{brand|Карпатська Вода}}»\t[[@edrpou]]\t[[@iban:UA:compact]]
ФОП [[oth|Гнатюк Олена]]\t[[@rnokpp:female]]\t[[@iban:UA:group]]

[[sig|Тетяна Кравець]]""",
    # 2 subject line
    """Тема: RE: ЄДРПОУ [[@edrpou]] — акт звірки

[[sal|Пане Андрію]], акт підписали, рахунок для оплати [[@iban:UA:group]].
З повагою, [[sig|Оксана Мельничук]], {{job_title|головна бухгалтерка}}""",
    # 3 chat, RNOKPP answered later
    """Бот {{brand|Дія}}: Введіть ваш РНОКПП (ідентифікаційний код).
[[oth|Богдан Ткачук]]: зараз знайду
Бот {{brand|Дія}}: Очікую.
[[oth|Богдан Ткачук]]: [[@rnokpp:male]]
Бот {{brand|Дія}}: Дякуємо, заява {{@ticket:ЗВ-######}} прийнята.""",
    # 4 OCR invoice
    """РАХУНОК - ФАКТУРА  №  {{@invoice:####}}
Постачальник :  ТОВ  «{{brand|Поділля  Агро}}»   код  ЄДРПОУ  [[@edrpou~ss]]
IBAN :  [[@iban:UA:group~ss]]
Покупець :  ФОП  [[oth|Левченко  І.  М.]] ,  ІПН  [[@rnokpp]]
Разом :  {{amount|18 750,00  грн}}""",
    # 5 forwarded
    """-----Original Message-----
Від: [[oth|Назар Гуменюк]] <[[email|n.humeniuk@lvivmebli.ua]]>
Тема: реквізити для повернення

> РНОКПП [[@rnokpp]]
> картка [[@card:group]]
> IBAN [[@iban:UA:lcgroup]]

Переслано до {{team_name|Відділу претензій}}. [[sig|Христина]]""",
    # 6 voice-to-text
    """розшифровка: добрий день мене звати [[intro|Ганна Савчук]] мій ідентифікаційний код [[@rnokpp:female~each]] дзвоню щодо рахунку {{@num:#######}}""",
    # 7 lower case / transliterated labels
    """edrpou [[@edrpou]]
iban [[@iban:UA:lc]]
rnokpp kerivnyka [[@rnokpp:male]]
(pyshu latynkoyu, {{common_word|Telefon}} bez kyrylytsi) [[sig|Yurii Pavlenko]]""",
    # 8 several ids in one sentence
    """Прошу повернути кошти: РНОКПП [[@rnokpp]], картка [[@card:dash]], IBAN [[@iban:UA:group]], договір {{@contract:ДГ-####/##}}.
[[sig|Людмила Бондар]], [[@phone:UA:mua0]]""",
    # 9 wrapped
    """Одержувач [[oth|Климченко Роман]]
IBAN [[@iban:UA:wrap]]
ІПН [[@rnokpp~w:5]]
адреса: [[address|м. Вінниця, вул. Соборна, 40, кв. 8]]""",
    # 10 no PII
    """Вітаємо, {{greeting_without_name|шановні клієнти}}!
На {{calendar_word|Різдво}} відділення на {{street_as_brand|Шевченка}} не працює. Замовлення {{@order:##########}} доставимо {{date|27 грудня}}.
{{team_name|Служба підтримки}} {{cbrand|Кондитерська Ярошенко}}""",
    # 11 CC
    """Кому: {{team_name|Відділ кадрів}}
Копія: [[oth|Ірина Зайченко]]; [[oth|Максим Олійник]]
Тема: нова працівниця

[[oth|Коваль Дарина Сергіївна]], РНОКПП [[@rnokpp:female]], зарплатна картка [[@card:group]]
{{job_title|Провідна економістка}}, офіс у {{city|Житомирі}}""",
    # 12 Polish partner under Ukrainian labels
    """Польський партнер {{brand|Transbud Lublin}}: податковий номер (NIP) [[@nip]], рахунок [[@iban:PL:group]].
Менеджерка [[oth|Joanna Kot]], [[@phone:PL:mintl]]""",
    # 13 parentheses and slashes
    """Орендар ФОП [[oth|Сидоренко О. П.]] (РНОКПП [[@rnokpp]]) / ТОВ «{{brand|Смарт Офіс}}» (ЄДРПОУ/[[@edrpou]]) — борг {{amount|22 400 грн}}, об'єкт [[address|м. Черкаси, бульв. Шевченка, 120]], за {{calendar_word|травень}}.""",
    # 14 dots
    """[[sal|Пані Оксано]], реквізити до замовлення {{@order:ЗМ-#####}}:
Є.Д.Р.П.О.У. [[@edrpou~d:4 4]]
Р.Н.О.К.П.П. директора [[@rnokpp~d:5 5]]
IBAN [[@iban:UA:dash]]
{{brand|ПриватБанк}} платіж не пропускає.""",
    # 15 file names
    """Додаю: витяг_[[@edrpou]].pdf, довідка_ІПН_[[@rnokpp]].jpg та скан_паспорта.jpg.
Накладна {{brand|Нова Пошта}} {{@tracking:##############}}.
[[sig|Віра Остапенко]]""",
    # 16 chat with agent
    """Оператор [[oth|Софія]]: Уточніть, будь ласка, номер картки для повернення.
Клієнт: це [[intro|Зоряна Петрів]], тієї картки, що закінчується на {{invalid_checksum_number|4417}}?
Оператор [[oth|Софія]]: Так, повний номер.
Клієнт: [[@card:plain]]
Оператор [[oth|Софія]]: Дякую, повернення {{amount|1 150 грн}} протягом {{quantity|3 днів}}.""",
    # 17 bank statement
    """{{date|04.04.2025}}  Надходження  {{amount|9 000,00}}  від [[oth|МАРЧЕНКО ОЛЕГ]]  РНОКПП [[@rnokpp:male]]  IBAN [[@iban:UA:compact]]  призначення: {{common_word|Оренда}} {{calendar_word|квітень}}""",
    # 18 signature block
    """Доброго дня, [[sal|Наталю]]!
Рахунок у вкладенні.
--
[[sig|Денис Кириленко]]
{{job_title|Менеджер з продажу}}
ТОВ «{{brand|Харків Пак}}», ЄДРПОУ [[@edrpou]], IBAN [[@iban:UA:group]]
[[@phone:UA:fintl]], [[email|kyrylenko@kharkivpak.com.ua]]""",
    # 19 podpysano
    """Погоджуюсь на обробку персональних даних. РНОКПП [[@rnokpp:senior]].
{{city|Полтава}}, {{date|12 березня 2025 р.}}
підписано: [[oth|Гончаренко Василь]]
тел. [[@phone:UA:mua38]]""",
    # 20 Russian ids under Ukrainian labels
    """Російський контрагент (архівна справа): ІПН [[@inn]], ОГРН [[@ogrn]].
Картка [[@card:mirgroup]] заблокована. Відповідальна [[oth|Світлана Руденко]], [[email|s.rudenko@archiv-ua.org]]""",
]
# =========================================================================== en

ITEMS["en"] = [
    # 1 spreadsheet rows
    """Hi {{team_name|Accounts Payable}},
pasting the missing suppliers from our sheet:

Supplier\tVAT no\tUTR\tBank
{{cbrand|Hargreaves & Lowe}} Ltd\t[[@gbvat]]\t[[@utr]]\t[[@iban:GB:compact]]
{{brand|Northern Oak Joinery}}\t[[@gbvat:plain]]\t[[@utr:sp]]\t[[@iban:GB:group]]

Cheers, [[sig|Dawn Pickering]]""",
    # 2 subject line and quoted reply
    """Subject: RE: VAT [[@gbvat]] - credit note {{@invoice:CN-#####}}

> Could you confirm the account for the refund?
Sure: [[@iban:GB:group]]
> Thanks, [[oth|Priya]] ({{team_name|Billing Team}})

Best, [[sig|Callum Reid]]""",
    # 3 chat, NHS number asked earlier
    """Bot {{brand|Ask Nightingale}}: What is your NHS number? You can find it on a letter from your GP.
[[oth|Shirley Watson]]: hang on
Bot {{brand|Ask Nightingale}}: No rush.
[[oth|Shirley Watson]]: [[@nhs]]
Bot {{brand|Ask Nightingale}}: Thanks, your appointment {{@ticket:APT-######}} is on {{date|Monday 12 May}}.""",
    # 4 OCR invoice
    """INV0ICE  No.  {{@invoice:######}}
From :  {{brand|Pennine  Print}}  Ltd  ,  {{street_as_brand|Victoria  Street}}  ,  {{city|Leeds}}
VAT  Reg  :  [[@gbvat:gbsp~ss]]
Bill  to :  [[oth|Mr  Gareth  Hughes]]
Sort  /  IBAN :  [[@iban:GB:group~ss]]
Total  due  {{amount|GBP  1,420.00}}""",
    # 5 forwarded chain
    """-----Original Message-----
From: [[oth|Fiona Blake]] <[[email|fiona.blake@thistlelegal.co.uk]]>
Sent: {{date|03 April 2025 09:12}}
Subject: UTR for the return

> My UTR is [[@utr]] and my NHS number [[@nhs:plain]] (the surgery asked).
> Card for the fee: [[@card:group]]
> Mobile [[@phone:GB:mnat]]

Forwarding to {{team_name|Tax Team}} - [[sig|Owen]]""",
    # 6 voice-to-text
    """voicemail transcript: hi this is [[intro|Keith Barnes]] my u t r is [[@utr~each]] calling about the penalty letter reference {{@num:PEN######}} thanks""",
    # 7 Polish colleague under English labels
    """New starter: [[oth|Katarzyna Nowicka]], Polish tax id (PESEL) [[@pesel:female]], Polish ID card [[@plid]], account [[@iban:PL:group]].
She joins the {{team_name|Warehouse Team}} in {{calendar_word|June}} as {{job_title|Shift Supervisor}}.""",
    # 8 file names
    """Attached: VAT_return_[[@gbvat]]_Q1.pdf and UTR_[[@utr]].png. The file PO_{{@order:######}}.xlsx comes later, {{common_word|Finance}} still has it.
[[sig|Rachel Kemp]]""",
    # 9 wrapped
    """Please refund to
[[@iban:GB:wrap]]
account holder [[oth|Dennis Moore]], NHS no.
[[@nhs~w:3]]
post to [[address|14 Rowan Close, Bristol BS7 8QT]]""",
    # 10 no PII
    """Hello {{greeting_without_name|everyone}},
over {{calendar_word|Easter}} the {{cbrand|Marks & Spencer}} concession on {{street_as_brand|Queen Street}} is closed. Orders {{@order:#######}} ship after {{date|22 April}}.
{{team_name|Customer Care}}""",
    # 11 CC lines
    """To: {{team_name|Payroll}}
Cc: [[oth|Janet Harper]]; [[oth|Lewis O'Connor]]
Subject: bank change

Hi [[sal|Sandra]],
please pay [[oth|Amira Khan]] to [[@iban:GB:group]] from {{calendar_word|May}}; her NHS number is [[@nhs:dash]].""",
    # 12 several in one sentence
    """For the file: VAT [[@gbvat]], UTR [[@utr]], IBAN [[@iban:GB:compact]], card [[@card:plain]], all for {{brand|Wren & Finch Bakery}}.
[[sig|Tom Ashworth]], {{job_title|Director}}, [[@phone:GB:mintl]]""",
    # 13 German supplier under English labels
    """Our German supplier {{brand|Schwarzwald Uhren}} GmbH: VAT number [[@ustid]], tax ID of the owner [[@idnr]], bank [[@iban:DE:group]].""",
    # 14 lower case labels, odd grouping
    """vat [[@gbvat~lc]]
utr [[@utr~g:3 3 4]]
nhs [[@nhs:plain~g:5 5]]
(typed on my phone on the {{brand|Caledonian Sleeper}}) - [[sig|Ailsa]]""",
    # 15 parentheses and slashes
    """Payer: {{brand|Brightwater Holdings}} (VAT [[@gbvat]]) / director [[oth|Mr Patel]] (UTR/[[@utr]]) / bank ([[@iban:GB:group]]). Queries: [[@phone:GB:mgbsp]].""",
    # 16 chat with agent
    """Agent [[oth|Becky]]: Which card did you pay with?
You: I'm [[intro|Neil Bradshaw]], the debit one
Agent [[oth|Becky]]: Could you give me the long number on it?
You: [[@card:dash]]
Agent [[oth|Becky]]: Thanks, {{amount|£64.99}} will be back in {{quantity|3-5 working days}}.""",
    # 17 no PII
    """Dear {{team_name|Support Team}},
the {{brand|Premier Inn}} near {{city|Cardiff}} charged twice for booking {{@order:########}}, {{amount|£89}} each. {{common_word|Manager}} on duty said to email you.
{{common_word|Regards}}""",
    # 18 Czech/Slovak ids under English labels
    """Our Czech distributor {{brand|Moravia Trade}} s.r.o.: company no. (ICO) [[@ico]], VAT [[@ico:czsame]], account [[@iban:CZ:dom]]. Contact [[oth|Lukáš Hrdina]], [[email|hrdina@moraviatrade.cz]].""",
    # 19 signature block
    """Dear [[sal|Mrs Thompson]],
thank you for your patience.
Kind regards
[[sig|Graham Fielding]]
{{job_title|Head of Credit Control}}
{{brand|Lakeland Boilers}} Ltd, VAT [[@gbvat:gbsp]]
[[address|Unit 4, Mintsfeet Road, Kendal LA9 6ND]], [[@phone:GB:fintl]], [[email|g.fielding@lakelandboilers.co.uk]]""",
    # 20 signed
    """I confirm the details above are correct.
NHS number [[@nhs:sp]], UTR [[@utr:sp]]
{{city|Norwich}}, {{date|9 March 2025}}
signed: [[oth|Beverley Clarke]]
Hi [[sal|Bev]], received, thanks. {{team_name|Admissions}}""",
]
# =========================================================================== de

ITEMS["de"] = [
    # 1 spreadsheet rows
    """Hallo {{team_name|Support-Team}},
hier die Zeilen aus unserer Lieferantenliste, die bei Ihnen fehlen:

Firma;USt-IdNr;IBAN
{{cbrand|Schreinerei Brandstätter}};[[@ustid]];[[@iban:DE:compact]]
{{brand|Alpenblick Käserei}} GmbH;[[@ustid:desp]];[[@iban:DE:group]]

Gruß [[sig|Sabine Krüger]]""",
    # 2 subject line and quoted reply
    """Betreff: AW: USt-IdNr. [[@ustid]] – Gutschrift {{@invoice:GS-#####}}

> Bitte teilen Sie uns die Bankverbindung für die Erstattung mit.
IBAN: [[@iban:DE:group]]
> Mit freundlichen Grüßen, [[oth|Frau Lorenz]], {{team_name|Kundenservice}}

Viele Grüße
[[sig|Jens Hoffmann]]""",
    # 3 chat, Steuer-ID asked earlier
    """Bot {{brand|Elster-Assistent}}: Bitte nennen Sie Ihre steuerliche Identifikationsnummer.
[[oth|Ute Sommer]]: muss kurz suchen
Bot {{brand|Elster-Assistent}}: Kein Problem.
[[oth|Ute Sommer]]: [[@idnr]]
Bot {{brand|Elster-Assistent}}: Danke, Vorgang {{@ticket:VG-#######}} angelegt.""",
    # 4 OCR invoice
    """R E C H N U N G   Nr.  {{@invoice:RE-######}}
Lieferant :  {{brand|Ostsee  Fisch}}  GmbH  ,  {{street_as_brand|Goethestraße}}  3  ,  {{city|Kiel}}
USt - IdNr. :  [[@ustid:desp~ss]]
Kunde :  [[oth|Herr  Lars  Petersen]]
IBAN :  [[@iban:DE:group~ss]]
Gesamt  {{amount|2.184,60  EUR}}""",
    # 5 forwarded
    """----- Weitergeleitete Nachricht -----
Von: [[oth|Markus Weber]] <[[email|m.weber@weber-elektro.de]]>
Datum: {{date|14.03.2025}}
Betreff: Daten für Lohnabrechnung

> Steuer-ID [[@idnr:sp]]
> Konto [[@iban:DE:lcgroup]]
> Kreditkarte (Firmenkarte) [[@card:group]]

Bitte an die {{team_name|Personalabteilung}}. [[sig|Nicole]]""",
    # 6 voice-to-text
    """Sprachnachricht: hallo hier ist [[intro|Gisela Brandt]] meine steuer id ist [[@idnr~each]] es geht um den Bescheid vom {{date|2. Mai}} danke""",
    # 7 Austrian partner
    """Unser Wiener Partner {{brand|Kaffeerösterei Donaublick}} KG: UID [[@atu]], IBAN [[@iban:AT:group]].
Ansprechpartnerin [[oth|Mag. Elisabeth Gruber]], {{job_title|Prokuristin}}, [[email|e.gruber@donaublick.at]], Büro Hamburg [[@phone:DE:fdeslash]]""",
    # 8 file names
    """Anbei Rechnung_[[@ustid]]_{{@invoice:####}}.pdf und Lohnsteuerbescheinigung_[[@idnr]].pdf.
Die Datei Vertrag_{{@contract:V####-##}}.docx folgt, die {{common_word|Geschäftsführung}} muss noch unterschreiben.
[[sig|Florian Haas]]""",
    # 9 wrapped
    """Bitte erstatten Sie auf
[[@iban:DE:wrap]]
Kontoinhaberin [[oth|Renate Vogel]], Steuer-ID
[[@idnr~w:5]]
Anschrift: [[address|Lindenallee 22, 04109 Leipzig]]""",
    # 10 no PII
    """Liebe {{greeting_without_name|Kundinnen und Kunden}},
an {{calendar_word|Pfingsten}} bleibt die Filiale in der {{street_as_brand|Schillerstraße}} geschlossen. Bestellungen {{@order:#########}} liefern wir ab {{date|10. Juni}}.
Ihr {{team_name|Service-Team}} von {{cbrand|Feinkost Käfer}}""",
    # 11 CC lines
    """An: {{team_name|Buchhaltung}}
CC: [[oth|Tobias Lang]]; [[oth|Petra Schulte]]
Betreff: neue Bankverbindung

Hallo [[sal|Frau Schulte]],
ab {{calendar_word|August}} bitte Gehalt für [[oth|Yasemin Demir]] auf [[@iban:DE:group]], Steuer-ID [[@idnr:sp4]].""",
    # 12 several ids in one sentence
    """Für die Akte: USt-IdNr. [[@ustid]], Steuer-ID des Inhabers [[@idnr]], IBAN [[@iban:DE:compact]], Karte [[@card:dash]].
[[sig|Dieter Kaiser]], {{job_title|Inhaber}}, [[@phone:DE:mintl]]""",
    # 13 Polish and Czech partners under German labels
    """Polnischer Kunde {{brand|Meblex Opole}}: Steuernummer (NIP) [[@nip:dash]], IBAN [[@iban:PL:group]].
Tschechischer Lieferant {{brand|Pivovar Hradec}}: IČO [[@ico]], USt-IdNr. [[@ico:czsame]].""",
    # 14 lower case, dots
    """ust-idnr [[@ustid~lc]]
steuer-id [[@idnr~d:2 3 3 3]]
iban [[@iban:DE:lc]]
(alles klein, {{common_word|Tastatur}} spinnt) [[sig|Kai]]""",
    # 15 parentheses and slashes
    """Mieter [[oth|Herr Yilmaz]] (Steuer-ID [[@idnr]]) / Vermieter {{brand|Wohnbau Rhein-Main}} (USt-IdNr./[[@ustid]]) / Konto ([[@iban:DE:group]]).""",
    # 16 chat with agent
    """Agentin [[oth|Melanie]]: Mit welcher Karte haben Sie bezahlt?
Sie: [[intro|Holger Wendt]] hier, mit der Kreditkarte
Agentin [[oth|Melanie]]: Bitte die vollständige Nummer für die Rückbuchung.
Sie: [[@card:plain]]
Agentin [[oth|Melanie]]: Danke, {{amount|59,90 €}} kommen in {{quantity|5 Werktagen}} zurück.""",
    # 17 bank statement
    """{{date|01.04.2025}}  Gutschrift  {{amount|850,00}}  von [[oth|SCHNEIDER, KLAUS]]  IBAN [[@iban:DE:compact]]  Verwendungszweck: {{common_word|Miete}} {{calendar_word|April}} Whg. {{@num:##/###}}""",
    # 18 signature block
    """Sehr geehrter [[sal|Herr Dr. Albrecht]],
vielen Dank für Ihre Geduld.
Mit freundlichen Grüßen
[[sig|Claudia Neumann]]
{{job_title|Leiterin Debitorenbuchhaltung}}
{{brand|Zeppelin Dachbau}} GmbH, USt-IdNr. [[@ustid]]
[[address|Bahnhofstraße 7, 88045 Friedrichshafen]], [[@phone:DE:fintl]], [[email|neumann@zeppelin-dachbau.de]]""",
    # 19 signed
    """Hiermit bestätige ich die Richtigkeit der Angaben.
Steuer-ID [[@idnr:sp]], IBAN [[@iban:DE:group]]
{{city|Bamberg}}, den {{date|3. März 2025}}
gez. [[oth|Monika Eberhardt]]
Hallo [[sal|Monika]], ist angekommen. [[@phone:DE:mde0]]""",
    # 20 ship and hotel names near a name, Russian INN under German label
    """Buchung auf der {{brand|MS Europa}}, Kabine {{@num:###}}, danach {{brand|Hotel Adlon}}.
Reisender [[oth|Wladimir Kusnezow]], russische Steuernummer (INN) [[@innp]], Karte [[@card:group]].
Ansprechpartner bei uns: {{job_title|Reiseberater}} [[oth|Stefan]]""",
]


# ----------------------------------------------------------------------------- main

CHECKSUM_KINDS = {"card", "iban", "pesel", "birth_number", "national_id", "tax_id"}
MINIMA = {
    "signature": 5,
    "salutation": 3,
    "self_intro": 2,
    "checksum_id": 40,
    "phone": 4,
    "email": 2,
    "address": 2,
    "order_or_invoice_keep": 3,
    "surname_company_keep": 1,
    "name_near_miss_keep": 8,
    "other": 2,
}
# capitalised words that are no personal names (the second focus of the split)
NAME_NEAR_MISS = {
    "brand",
    "city",
    "street_as_brand",
    "team_name",
    "job_title",
    "greeting_without_name",
    "calendar_word",
    "common_word",
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
            if s["what"] in NAME_NEAR_MISS:
                c["name_near_miss_keep"] += 1
    return c


def build() -> list[dict]:
    rows = []
    for lang in LANGS:
        items = ITEMS[lang]
        assert len(items) == 20, (lang, len(items))
        for i, template in enumerate(items, 1):
            rows.append(fill(f"d14-{lang}-{i:02d}", lang, template))
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
