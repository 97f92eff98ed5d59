#!/usr/bin/env python3
"""Write data/eval/pii/dev15.jsonl: a hand-written PII dev split on names and name look-alikes.

140 customer texts (20 each in pl, cs, sk, ru, uk, en, de) by a separate author,
each its own hand-written template: support e-mails with greetings and
signature blocks, chats with agents and bots, web forms in capitals, reviews,
B2B invoices and company blocks, quoted replies, forwarded mails with From/To/
CC lines, minutes and letters. The split is weighted towards **personal names
and what only looks like a name**: names in every position (salutations with
vocatives and titles, signatures with role and company lines, initials, capitals,
surname first, "i. A.", two signers; self-introductions, also in lower case;
third persons in the body, CC/From/To lines, chat display names, quoted reply
headers, lists of people, forms, patronymics, double surnames, diminutives)
next to capitalised words that are no person and must survive redaction: firms
named after a surname, products and models, hotels, ships, schools and
hospitals named after people, streets and squares named after people, towns
that are also first names, teams and departments as addressees, job titles
under a sign-off, bots with first names, saints' days, holidays and months,
common words that are also first names, greetings and titles without a name.
Each language also carries at least 10 checksum identifiers, phones, e-mails
(some with a person's name as local part: an email span, not a name span) and
addresses, and order/invoice/ticket numbers, dates and amounts to keep. About
8 items carry no PII. It is a development split: rules may be tuned on it.

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Pani Moniko]]    name, context salutation   (also sig / intro / oth);
                           a title standing right before the name is part of it
    [[email|a@b.pl]]       literal PII of a kind (email, phone, address ...)
    [[@pesel]]             PII value drawn by a generator (kind from GEN)
    {{city|Marek}}         literal keep span with its `what` (see KEEP_WHATS)
    {{cbrand|Kowalski Meble}} a firm named after a surname: keep, what `brand`
    {{@order:####}}        keep value drawn by a generator (what from KEEP_GEN)

Every identifier gets computed check digits and is validated with python-stdnum
(SNILS and the Polish ID card with the published algorithms, Czech and Slovak
domestic account numbers with the bank-account check), and every written PII
span of a checksum kind is checked once more by its kind, independently of its
generator (id_valid); every phone number passes phonenumbers.is_valid_number.
Numbered near-misses fail every identifier check used here and are not valid
phone numbers of the text's region. Each language must reach the minima in
MINIMA (checked on every run, --check included), among them 14 names and 20
name-like keep spans (NAME_LIKE_KEEPS). The seed of every item is fixed
("d15:" + its id).

    .venv/bin/python scripts/make_pii_dev15.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_dev15.py --check   # file on disk == output
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
OUT = ROOT / "data" / "eval" / "pii" / "dev15.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
SEED = "d15:"

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
# near-misses of a name: capitalised words that stand where names stand but are no person
NAME_LIKE_KEEPS = {
    "brand",  # firms and shops, some named after a surname ({{cbrand|...}})
    "product_name",  # products, models, drinks, books, apps
    "place",  # hotels, ships, restaurants, schools, hospitals named after people
    "city",  # towns, some of them also personal names
    "street_as_brand",  # streets and squares named after people, without a house number
    "team_name",  # teams and departments, also as the addressee of a greeting
    "job_title",  # roles under a sign-off or in the body
    "bot_name",  # chat bots and virtual assistants
    "calendar_word",  # days, months, holidays, saints' and name days
    "common_word",  # capitalised common words that are also first names
    "greeting_without_name",  # a greeting formula with no name in it
    "title_without_name",  # Pani / Herr / Sir / пане standing without a name
}
KEEP_WHATS = NAME_LIKE_KEEPS | {
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
    id_keys = []  # generator of every drawn id, for the counts by id kind
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
                if key == "iban":
                    id_keys.append("iban " + (fmt.split(":")[0] if fmt else "PL"))
                elif key not in ("phone", "url"):
                    id_keys.append(key)
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
        "_id_keys": id_keys,
    }


ITEMS: dict[str, list[str]] = {}

# =========================================================================== pl

ITEMS["pl"] = [
    # 1 courier complaint: a greeting to all, a courier named in the body, a street named after a poet
    """{{greeting_without_name|Szanowni Państwo}},

paczka {{@tracking:###########}} miała dotrzeć w {{calendar_word|Poniedziałek}}, a kurier, [[oth|pan Grzegorz]] (tak się przedstawił przez telefon), zostawił ją w punkcie {{brand|Żabka}} przy {{street_as_brand|ul. Mickiewicza}}, choć byłam w domu cały dzień. Proszę o kontakt: [[@phone:PL:mg3]].

[[sig|Renata Wójcik-Sadowska]]""",
    # 2 chat: a bot with a first name, an agent's display name, a self-introduction
    """[10:02] {{bot_name|Asystent Max}}: Cześć! W czym mogę pomóc?
[10:02] Klient: reklamacja telewizora {{product_name|Samsung Crystal}}
[10:03] {{bot_name|Asystent Max}}: Łączę z konsultantem.
[10:05] [[oth|Oliwia K.]]: Dzień dobry, tu [[intro|Oliwia]] z działu reklamacji. Poproszę numer zamówienia.
[10:06] Klient: {{@order:ZM/####/##}}, moje dane: [[intro|Tomasz Pietrzyk]], PESEL [[@pesel:sp]]""",
    # 3 B2B correction invoice, signature with role and a firm named after a surname
    """Dzień dobry [[sal|Panie Arkadiuszu]],

przesyłam korektę faktury {{@invoice:FV/###/##/2025}}. Nasz NIP: [[@nip:dash]], REGON [[@regon]]. Płatność proszę kierować na rachunek [[@iban:PL:nrb]].

Z poważaniem
[[sig|Joanna Mazurkiewicz]]
{{job_title|Specjalistka ds. rozliczeń}}
{{cbrand|Kowalski Meble sp. z o.o.}}""",
    # 4 lower-case chat, a town that is a first name (Marki -> z Marek)
    """hej, tu [[intro|kasia]] z {{city|Marek}} :) rezerwowałam {{product_name|Renault Clio}} na długi weekend na {{calendar_word|Boże Ciało}}, a dostałam sms, że auto będzie dopiero w {{calendar_word|Czwartek}} wieczorem. mój nr to [[@phone:PL:mcompact]], oddzwońcie pls""",
    # 5 forwarded mail with From / To / CC lines, an e-mail whose local part is a name
    """---------- Wiadomość przekazana ----------
Od: [[oth|Marta Lis]] <[[email|marta.lis@kancelaria-lis.pl]]>
Do: {{team_name|Dział Windykacji}}
DW: [[oth|Zbigniew Kaczmarek]]

{{greeting_without_name|Dzień dobry}},
w załączeniu wezwanie dotyczące umowy {{@contract:UM-####-@@}}. Dłużnik: [[oth|Stanisław Adamczyk]], PESEL [[@pesel:senior-male]], zam. [[address|ul. Kwiatowa 17/4, 05-270 Marki]].""",
    # 6 hotel review without PII: hotel, street, patisserie and feast named after people
    """{{place|Hotel Kazimierz}} w {{city|Krakowie}} – polecam! Pokój od strony {{street_as_brand|ul. Józefa}}, cicho mimo centrum. Śniadania jak z {{cbrand|Blikle}}, a w {{calendar_word|Andrzejki}} był wieczór z wróżeniem z wosku. {{job_title|Kierownik zmiany}} sam zaniósł nam walizki. Rezerwacja {{@order:HK-######}}, {{amount|1 240 zł}} za trzy noce.""",
    # 7 return form in capitals, surname first
    """FORMULARZ ZWROTU
NAZWISKO I IMIĘ: [[oth|WIŚNIEWSKA HALINA]]
PESEL: [[@pesel:senior-female]]
SERIA I NR DOWODU: [[@plid]]
ADRES: [[address|UL. SŁOWACKIEGO 8 M. 12, 41-200 SOSNOWIEC]]
TOWAR: odkurzacz {{product_name|Zelmer Aquawelt}}
SKLEP: {{cbrand|RTV Nowicki}}
NR PARAGONU: {{@invoice:####/##/####}}""",
    # 8 short answer above a quoted reply header, a title without a name in the quote
    """Dziękuję, wszystko się zgadza.
[[sig|Ewa]]

W dniu wt., {{date|14.10.2025}} o 09:12 [[oth|Dariusz Zawadzki]] <[[email|d.zawadzki@rtv-nowicki.pl]]> napisał(a):
> {{title_without_name|Szanowna Pani}},
> zwrot {{amount|349,00 zł}} zlecono na rachunek [[@iban:PL:nrbc]].
> {{job_title|Kierownik sklepu}}""",
    # 9 letter with two signers, a school named after a person
    """Do Zarządu {{brand|Spółdzielni Mieszkaniowej „Jutrzenka”}}

Zwracamy się z prośbą o zamianę lokalu przy [[address|ul. Lipowej 3/15 w Lublinie]] na większy. Nasze dzieci chodzą do {{place|Szkoły Podstawowej nr 12 im. Jana Pawła II}}, dlatego zależy nam na tej samej dzielnicy.

[[sig|Anna Zielińska]], PESEL [[@pesel:mid-female]]
[[sig|Piotr Zieliński]], PESEL [[@pesel:mid-male]]""",
    # 10 clinic: a doctor, a hotline lady "chyba Agnieszka", a child as patient
    """Dzień dobry, chciałbym przełożyć wizytę syna u [[oth|dr Wojciechowskiej]] zaplanowaną na {{date|3 listopada}}. Pani z infolinii, chyba [[oth|Agnieszka]], powiedziała, że trzeba pisać mailowo. Pacjent: [[oth|Igor Sobczak]], PESEL [[@pesel:child]]. Przychodnia {{place|Centrum Medyczne im. Ludwika Rydygiera}}, filia przy {{street_as_brand|ul. Kopernika}}.
Tel. [[@phone:PL:mg3dash]]
[[sig|Łukasz Sobczak]]""",
    # 11 garage invoice: firms named after owners, a car model
    """Sprzedawca: {{cbrand|Auto-Serwis Jabłoński}}, NIP [[@nip:pl]]
Nabywca: [[oth|Jacek Malinowski]], prowadzący działalność jako {{cbrand|Malinowski Transport}}, NIP [[@nip]]
Usługa: wymiana rozrządu, {{product_name|Škoda Octavia}} III, {{amount|2 150,00 zł}}
Termin płatności: {{date|30.11.2025}}, faktura {{@invoice:####/@@/2025}}""",
    # 12 plants at line starts that are also first names
    """Zamówienie {{@order:#######}} – braki w dostawie:
{{common_word|Róża}} pnąca w doniczce – brak
{{common_word|Jagoda}} kamczacka, 2 szt. – przyszły uschnięte
{{common_word|Malina}} jesienna – ok
{{common_word|Kalina}} koralowa – zamiast niej przyszedł bez
Proszę o zwrot {{amount|86,50 zł}}.
Pozdrawiam, [[sig|Jolanta]]""",
    # 13 letter to a lawyer: a title without a name, heirs, initials in the signature
    """{{title_without_name|Szanowny Panie Mecenasie}},

w sprawie spadku po zmarłym [[oth|Henryku Kamińskim]] przesyłam dane spadkobierców: [[oth|Beata Kamińska]], PESEL [[@pesel:mid-female]], oraz [[oth|Robert Kamiński]], PESEL [[@pesel:g3]]. Sygnatura akt {{@num:I Ns ###/##}}.

[[sig|B. Kamińska]]""",
    # 14 number porting, surname first in the signature
    """Witam,
proszę o przeniesienie numeru [[@phone:PL:mintl]] z {{brand|Play}} do {{brand|Orange}}. Umowa w salonie przy {{street_as_brand|Placu Kościuszki}} nie została jeszcze rozwiązana.
[[sig|KOWALCZYK Dorota]]
nr dowodu [[@plid:sp]]""",
    # 15 self-introduction with a double surname, writing for the mother, a holiday
    """{{greeting_without_name|Dzień dobry}},
nazywam się [[intro|Wiesława Grabowska-Nowak]] i piszę w imieniu mamy, [[oth|Teresy Grabowskiej]]. Mama płaci za gaz od 30 lat, a tuż po {{calendar_word|Wszystkich Świętych}} dostała wezwanie do zapłaty {{amount|1 870 zł}}. Jej PESEL: [[@pesel:senior-female]].
Odpowiedź proszę na [[email|wieslawa.grabowska@onet.pl]].""",
    # 16 a team in the vocative, trainers in a list, a diminutive
    """Szanowny {{team_name|Zespole}} {{cbrand|Studia Jogi Kasprzak}},
na zajęciach w {{calendar_word|środy}} prowadzący ciągle się zmieniają: najpierw [[oth|Paulina]], potem [[oth|Kuba]], a ostatnio [[oth|pan Sebastian]]. Za karnet {{@num:K-#####}} zapłaciłam {{amount|320 zł}} i chciałabym wiedzieć, u kogo ćwiczę.
[[sig|Natalia]]""",
    # 17 cruise: a ship and a town, a stewardess with a title
    """Reklamacja rejsu z {{date|12.08.2025}} statkiem {{place|„Kapitan Wroński”}} z {{city|Ustki}}, rezerwacja {{@order:RJ-#####}}. Stewardesa, [[oth|pani Iwona]], była bardzo pomocna, ale rejs skrócono o godzinę. Zwrot połowy ceny proszę przelać na [[@iban:PL:group]].
[[sig|Mirosław Jasiński]]""",
    # 18 warehouse: town named after a person, job title and department under the name
    """Cześć [[sal|Bartku]],
potwierdzam dostawę 40 palet do magazynu w {{city|Józefowie}}. Faktura {{@invoice:FS-####/##}}, NIP odbiorcy [[@nip:sp]].
Pozdro
[[sig|Michał Ostrowski]]
{{job_title|Kierownik zmiany}}
{{team_name|Magazyn Centralny}}
tel. [[@phone:PL:mg3]]""",
    # 19 lower-case self-intro in a chat, a train named after a king
    """Dzień dobry [[sal|pani Karolino]], tu [[intro|marek]] jeszcze raz. karta [[@card:group]] została obciążona dwa razy za bilet {{brand|PKP Intercity}} na pociąg {{product_name|IC Chrobry}}, {{amount|2 x 189 zł}}. bilet nr {{@ticket:#########}}""",
    # 20 florist: a bouquet and a saint's day that are a first name
    """Dzień dobry,
zamówiłem bukiet {{product_name|„Barbara”}} na {{calendar_word|Barbórkę}} dla żony, a kurier dowiózł go dzień później. Odbiorca: [[oth|Barbara Pawlak]], [[address|ul. Lipowa 9, 62-030 Luboń]].
[[sig|Krzysztof Pawlak]]
[[email|k.pawlak77@wp.pl]]""",
]

# =========================================================================== cs

ITEMS["cs"] = [
    # 1 complaint to a department as the addressee of the greeting
    """Dobrý den, {{team_name|oddělení reklamací}},
posílám podruhé reklamaci pračky {{product_name|Whirlpool FreshCare}} z objednávky {{@order:#########}}. Technik, [[oth|pan Jelínek]], přišel ve {{calendar_word|čtvrtek}}, ale náhradní díl neměl. Volejte prosím na [[@phone:CZ:mg3]].
S pozdravem
[[sig|Lenka Procházková]]""",
    # 2 form in capitals, surname first, birth number
    """ŽÁDOST O ZMĚNU TARIFU
JMÉNO: [[oth|NOVÁKOVÁ JANA]]
RODNÉ ČÍSLO: [[@rc:slash-female-mid]]
ADRESA: [[address|NÁDRAŽNÍ 412/7, 370 01 ČESKÉ BUDĚJOVICE]]
TARIF: {{product_name|Neomezeně Plus}}
PRODEJNA: {{street_as_brand|náměstí Přemysla Otakara II.}}""",
    # 3 vocative salutation, signature with title, role and firm
    """Vážený [[sal|pane inženýre Kučero]],
v příloze zasílám fakturu {{@invoice:FV-2025-####}}. Naše IČO: [[@ico]], DIČ: [[@ico:czsame]]. Platbu prosím na účet [[@iban:CZ:dom]].
S pozdravem
[[sig|Ing. Petra Doležalová]]
{{job_title|vedoucí účtárny}}
{{cbrand|Stavebniny Horák s.r.o.}}""",
    # 4 lower-case chat self-introduction, a town
    """ahoj, tady [[intro|pepa]] ze {{city|Zlína}}. objednal jsem boty {{cbrand|Baťa}} vel. 43 a přišly 41, obj. {{@order:B########}}. kdy mi pošlete správné?""",
    # 5 no PII: review with a square, a saint's day and a brewery named after people
    """Kavárna na {{street_as_brand|náměstí Míru}} je super, ale na {{calendar_word|svatého Václava}} tam bylo narváno a čekali jsme 40 minut. Pivo {{product_name|Svijany}} ok, dort {{product_name|Marlenka}} výborný, {{job_title|vrchní}} ochotný. Dali jsme {{amount|640 Kč}} za čtyři lidi.""",
    # 6 quoted reply header with a name, answer on top
    """Děkuji, platbu jsem odeslal.
[[sig|Radek]]

Dne {{date|2. 10. 2025}} v 8:41 napsal(a) [[oth|Veronika Šťastná]] <[[email|veronika.stastna@pojistovna-vltava.cz]]>:
> {{title_without_name|Vážený pane}},
> pojistné {{amount|4 812 Kč}} prosím uhraďte na účet [[@iban:CZ:group]], VS {{@num:#######}}.""",
    # 7 chat display names and a bot
    """{{bot_name|Robot Emil}}: Dobrý den, jsem virtuální asistent. Napište, s čím potřebujete pomoct.
Zákazník: chci mluvit s člověkem
{{bot_name|Robot Emil}}: Přepojuji.
[[oth|Markéta]] (podpora): Dobrý den, u telefonu... pardon, v chatu [[intro|Markéta]]. Jak vám mohu pomoci?
Zákazník: jsem [[intro|Ondřej Malý]], rodné číslo [[@rc:plain-male]], nefunguje mi internet""",
    # 8 CC line and list of people at a meeting
    """Komu: {{team_name|Zákaznický servis}}
Kopie: [[oth|Mgr. Hana Vávrová]], [[oth|Tomáš Beneš]]

Dobrý den,
na schůzi SVJ {{date|18. 9.}} byli přítomni [[oth|paní Krejčí]], [[oth|pan Marek]] a já. Dohodli jsme se, že vyúčtování za [[address|Husova 15, Kolín]] rozporujeme.
[[sig|Jaroslav Kříž]], předseda SVJ""",
    # 9 double surname self-introduction, city also a name-like word
    """Dobrý den,
jmenuji se [[intro|Alena Černá Vojtíšková]] a bydlím v {{city|Jindřichově Hradci}}. Od {{calendar_word|Velikonoc}} mi chodí faktury za elektřinu dvakrát. Moje RČ: [[@rc:slash-female-senior]], číslo odběrného místa {{@meter:##########}}.
E-mail: [[email|alena.vojtiskova@seznam.cz]]""",
    # 10 invoice of a sole trader: DIČ from birth number, a shop named after the owner
    """Dodavatel: [[oth|Miroslav Havel]] – {{cbrand|Truhlářství Havel}}
IČ: [[@ico]], DIČ: [[@dicrc:-male-mid]]
Odběratel: {{brand|Kavárna U Josefa}}
Předmět: dubová lavice, {{quantity|2 ks}}, {{amount|18 400 Kč}}
Splatnost {{date|15. 11. 2025}}""",
    # 11 car service: model names, a job title after the signature
    """Dobrý den [[sal|pane Dvořáku]],
vaše {{product_name|Škoda Octavia}} je hotová, vyměnili jsme brzdy a olej. Vyzvednout si ji můžete na {{street_as_brand|třídě Tomáše Bati}} do 18:00. Cena {{amount|7 320 Kč}}.
[[sig|Zdeněk Pokorný]]
{{job_title|přijímací technik}}
{{cbrand|Autoservis Pokorný a syn}}""",
    # 12 card dispute, salutation with a diminutive, signature in capitals
    """Ahoj [[sal|Péťo]],
jak jsme se bavili, posílám údaje. Karta [[@card:group]], dvě platby v {{brand|Albert}} po {{amount|1 299 Kč}} z {{date|1. 11.}}, ani jednu jsem neudělala.
[[sig|MICHAELA RŮŽIČKOVÁ]]""",
    # 13 titles without names and a hotel named after a person
    """{{greeting_without_name|Vážená paní, vážený pane}},
děkujeme za pobyt v hotelu {{place|Grandhotel Pupp}} v {{city|Karlových Varech}}. Pokud jste spokojeni, ohodnoťte nás. Rezervace {{@order:GP-######}}.
[[sig|Lucie Hanáková]]
{{team_name|Recepce}}""",
    # 14 school named after a person, parent writing about a child
    """Dobrý den {{title_without_name|paní učitelko}},
dcera [[oth|Eliška Burianová]] ({{place|ZŠ T. G. Masaryka}}, 3.B) bude od {{calendar_word|pondělí}} nemocná. Pojišťovna chce její rodné číslo, posílám: [[@rc:slash-child-female]].
[[sig|Burianová]]""",
    # 15 a shopping list with capitalised common words that are names
    """Objednávka {{@order:########}} na {{calendar_word|Mikuláše}}:
{{common_word|Jahoda}} v čokoládě – 3 balení
{{product_name|Míša}} tvarohový nanuk – 10 ks
{{product_name|Studentská pečeť}} – 5 ks
Celkem {{amount|412 Kč}}, doprava zdarma.
Díky, [[sig|Dana]]""",
    # 16 energy B2B: IČO, DIČ, bank IBAN, two signers
    """Odběratel: {{cbrand|Pekárna Veselý s.r.o.}}, IČO [[@ico:sp]], DIČ [[@ico:czsame]]
Bankovní spojení: [[@iban:CZ:compact]]
Za odběratele podepisují:
[[sig|Jan Veselý]], {{job_title|jednatel}}
[[sig|Ivana Veselá]], {{job_title|prokuristka}}""",
    # 17 phone complaint, operator named "chyba" style
    """Dobrý den,
včera mi volala nějaká paní z infolinky, myslím že [[oth|Kateřina]], a nabízela tarif {{product_name|Fér Mobil}}. Já to nechci. Číslo [[@phone:CZ:mintl]] na mě prosím nechte, ale přestaňte volat.
[[sig|K. Šimková]]""",
    # 18 hospital and doctor
    """Dobrý den,
ve {{place|Fakultní nemocnici Bulovka}} mi [[oth|MUDr. Pavel Hrubý]] doporučil rehabilitaci. Pojišťovna ji neproplatila. Moje RČ [[@rc:plain-male-senior]], číslo dokladu {{@num:@@ ######}}.
[[sig|Václav Novotný]], [[address|Šafaříkova 12, 120 00 Praha 2]]""",
    # 19 short English-Czech mix on a rail ticket, a train name
    """Dobrý den [[sal|paní Moravcová]],
reklamuji jízdenku {{@ticket:###########}} na vlak {{product_name|EC Hungaria}}, zpoždění 95 minut. Částku {{amount|329 Kč}} prosím vraťte na kartu [[@card:plain]].
[[sig|Filip Sedlák]]""",
    # 20 online shop: e-mail with a name in it, brand named after a founder
    """Dobrý den,
objednávku {{@order:#########}} z {{cbrand|Datart}} jsem nepřevzal, kurýr [[oth|Honza]] z {{brand|PPL}} prý nezastihl nikoho doma. Prosím o nové doručení. Kontakt: [[email|jiri.kolar82@email.cz]], [[@phone:CZ:mg3]].
[[sig|Jiří Kolář]]""",
]

# =========================================================================== sk

ITEMS["sk"] = [
    # 1 a town called Martin next to a real Martin
    """Dobrý deň,
volám sa [[intro|Martin Hudec]] a bývam v {{city|Martine}}. Balík {{@tracking:SK#########@@}} mal prísť na výdajné miesto na {{street_as_brand|Hviezdoslavovej ulici}}, ale nie je tam. Tel. [[@phone:SK:msk0]].
[[sig|M. Hudec]]""",
    # 2 team greeting and a job title under a signature
    """Dobrý deň, {{team_name|zákaznícke centrum}},
faktúra {{@invoice:2025######}} obsahuje zlú adresu. Správne údaje: {{cbrand|Kováč Stavby s.r.o.}}, IČO [[@ico]], DIČ [[@icdph:plain]], IČ DPH [[@icdph:sksame]].
S pozdravom
[[sig|Ing. Juraj Kováč]]
{{job_title|konateľ}}""",
    # 3 chat with bot and agent, lower-case self-intro
    """{{bot_name|Asistentka Zuzka}}: Dobrý deň! Som virtuálna asistentka. Ako vám pomôžem?
zákazník: chcem operátora
{{bot_name|Asistentka Zuzka}}: Prepájam vás.
[[oth|Dominika]]: Dobrý deň, pri telefóne... v chate [[intro|Dominika]]. S čím potrebujete pomôcť?
zákazník: tu [[intro|jozef]], nejde mi karta [[@card:group]] v {{brand|Tesco}}""",
    # 4 no PII: review with name days, a town named after a person
    """Penzión pri {{city|Štúrove}} odporúčam, výhľad na {{place|Most Márie Valérie}} je nádherný. Boli sme tam cez {{calendar_word|Katarínsku zábavu}} a domáci nás pohostili {{product_name|Horalkami}} a {{product_name|Kofolou}}. Za dve noci {{amount|120 €}}. {{job_title|Kuchárka}} varí výborne.""",
    # 5 form in capitals with birth number
    """PRIHLÁŠKA NA KURZ
PRIEZVISKO, MENO: [[oth|ORAVCOVÁ ZUZANA]]
RODNÉ ČÍSLO: [[@rcsk:slash-female-mid]]
ADRESA: [[address|HLAVNÁ 27, 040 01 KOŠICE]]
KURZ: {{product_name|Excel pre začiatočníkov}}
TERMÍN: {{date|4. 11. 2025}}""",
    # 6 quoted reply with From/To header
    """Ďakujem, beriem na vedomie.
[[sig|Ľubica]]

Od: [[oth|Peter Baláž]] <[[email|peter.balaz@poistovna-tatry.sk]]>
Komu: [[oth|Ľubica Tóthová]]
Predmet: Poistná udalosť {{@num:PU-######}}
> {{title_without_name|Vážená pani}},
> plnenie {{amount|1 450 €}} poukážeme na účet [[@iban:SK:group]].""",
    # 7 salutations with vocatives, signature with two people
    """Milá [[sal|pani Janka]],
ďakujeme za rýchlu opravu kotla {{product_name|Vaillant ecoTEC}}. Platbu {{amount|285 €}} sme poslali z účtu [[@iban:SK:dom]].
[[sig|Marek Bartoš]]
[[sig|Silvia Bartošová]]""",
    # 8 doctor and nurse in the body, hospital named after a person
    """Dobrý deň,
v {{place|Nemocnici Milosrdní bratia}}... prepáčte, vo {{place|Fakultnej nemocnici F. D. Roosevelta}} mi [[oth|MUDr. Slávka Hrušková]] predpísala lieky a sestrička, myslím [[oth|Anka]], mi dala zlý recept. Moje RČ: [[@rcsk:plain-female-senior]].
[[sig|Oľga Krajčírová]]""",
    # 9 firms named after surnames, sole trader invoice
    """Dodávateľ: [[oth|Ján Šimko]] – {{cbrand|Šimko Elektro}}, IČO [[@ico:sp]], IČ DPH [[@icdph:sk]]
Odberateľ: {{cbrand|Reštaurácia u Bystrického}}
Položka: elektroinštalácia kuchyne {{amount|2 340 €}}
Účet: [[@iban:SK:compact]]""",
    # 10 CC list of people
    """Komu: {{team_name|Správa bytového domu}}
Kópia: [[oth|Mgr. Róbert Kollár]], [[oth|Viera Lukáčová]]

Dobrý deň,
za vlastníkov bytov na [[address|Žilinskej 14, Trnava]] žiadame opravu výťahu. Schôdza bude v {{calendar_word|stredu}}.
[[sig|Štefan Gregor]], {{job_title|predseda spoločenstva}}""",
    # 11 diminutive salutation, lower-case chat
    """ahoj [[sal|Majka]], posielam ti to cislo uctu co si chcela: [[@iban:SK:lcgroup]]. daj vediet ked to dorazi, nech to mozem dat do {{brand|Billa}} zoznamu :)
[[sig|tomas]]""",
    # 12 no name: a greeting to a department and a street named after a person, ids only
    """{{greeting_without_name|Dobrý deň}},
prosím o zmenu platobných údajov pre zmluvu {{@contract:ZM-######}}. Nové číslo účtu: [[@iban:SK:group]]. Odberné miesto: predajňa na {{street_as_brand|Štúrovej ulici}}.
{{team_name|Ekonomické oddelenie}}""",
    # 13 self-intro with double surname and e-mail
    """Dobrý večer,
som [[intro|Katarína Novák Vargová]] a objednávala som si {{product_name|Samsung Galaxy A55}} (obj. {{@order:##########}}). Telefón nejde zapnúť. Kontakt: [[email|katka.vargova@azet.sk]], [[@phone:SK:mintl]].""",
    # 14 a name day that is a first name, a mother named in the body
    """{{greeting_without_name|Dobrý deň}},
objednal som kyticu na meniny na {{calendar_word|Jána}} ({{date|24. 6.}}) pre mamu, [[oth|pani Janu Mrázovú]], ale kuriér ju doručil až o deň neskôr. Objednávka {{@order:K-#####}}, prosím o vrátenie {{amount|35 €}}.
[[sig|Ivan Mráz]]""",
    # 15 rail ticket, train named after a person
    """Dobrý deň [[sal|pán Švec]],
lístok {{@ticket:##########}} na vlak {{product_name|R Sitno}} som kúpil dvakrát, strhli mi {{amount|2 × 14,60 €}} z karty [[@card:dash]].
[[sig|Pavol Miklóš]]""",
    # 16 school named after a person and a parent
    """Dobrý deň {{title_without_name|pani riaditeľka}},
syn [[oth|Adam Polák]] ({{place|ZŠ Janka Kráľa}}, 2.A) chýbal od {{date|10. 11.}}. Poisťovňa žiada jeho rodné číslo: [[@rcsk:slash-child-male]].
[[sig|Monika Poláková]]""",
    # 17 surname first and capitals in signature
    """Reklamujem vysávač {{product_name|Dyson V11}} kúpený v {{cbrand|Nay}}, doklad {{@invoice:########}}. Opravu nechcem, žiadam výmenu.
S pozdravom
[[sig|HORVÁTH Ladislav]]
[[address|Komárňanská 3, 940 01 Nové Zámky]]""",
    # 18 bank: tax id, account, job titles of the bank staff without names
    """Dobrý deň [[sal|pani Kováčiková]],
potvrdzujeme zmenu bankového spojenia firmy {{cbrand|Mlyn Hudák s.r.o.}} (IČO [[@ico]]) na účet [[@iban:SK:dom]].
{{job_title|Firemný bankár}}
{{brand|Tatra banka}}""",
    # 19 phone call complaint about an operator
    """Dobrý deň,
dnes mi volal nejaký [[oth|pán Hronec]] z {{brand|Orange}}, že mi predĺžia viazanosť. Nesúhlasím. Môj účet je na meno [[oth|Eva Šramková]], RČ [[@rcsk:sp-female-mid]], telefón [[@phone:SK:sk0slash]].
[[sig|Eva]]""",
    # 20 e-mail with a name in it, signature with company
    """Ahoj [[sal|Pali]],
posielam faktúru za {{calendar_word|október}}: {{@invoice:FA-####-##}}. Odpoveď prosím na [[email|silvia.kubikova@drevomax.sk]].
[[sig|Silvia Kubíková]]
{{cbrand|Drevomax Kubík}}""",
]

# =========================================================================== ru

ITEMS["ru"] = [
    # 1 self-introduction with a patronymic, a street named after a poet
    """Здравствуйте, {{team_name|служба поддержки}}!
Меня зовут [[intro|Ольга Сергеевна Кузнецова]], я оплатила заказ {{@order:#########}}, но пункт выдачи на {{street_as_brand|улице Пушкина}} закрыт уже неделю. Мой телефон [[@phone:RU:mru8]].""",
    # 2 chat: a voice assistant with a woman's name, an agent, a lower-case client
    """{{bot_name|Алиса}}: Я не смогла найти ответ, перевожу на оператора.
{{job_title|Оператор}} [[oth|Денис]]: Добрый день! Меня зовут [[intro|Денис]], чем могу помочь?
клиент: это [[intro|вова]], списали деньги с карты [[@card:mirgroup]] за подписку {{product_name|Плюс}}, я её не оформлял""",
    # 3 common words that are also first names, at line starts; no PII
    """Отзыв о гостинице {{place|«Пётр I»}} в {{city|Пушкине}}:
{{common_word|Надежда}} на тихий отдых не оправдалась — под окнами стройка.
{{common_word|Вера}} в хороший сервис тоже пропала: завтрак в 7:00 уже закончился.
{{common_word|Любовь}} к этому городу осталась. Оплатили {{amount|14 600 ₽}} за две ночи.""",
    # 4 company block with INN, OGRN and a director with a patronymic in the signature
    """Добрый день, [[sal|Игорь Валентинович]]!
Направляем акт сверки по договору {{@contract:Д-####/##}}.
Реквизиты: {{cbrand|ООО «Смирнов и партнёры»}}, ИНН [[@inn]], ОГРН [[@ogrn]].
С уважением,
[[sig|Т. А. Белова]]
{{job_title|главный бухгалтер}}""",
    # 5 quoted reply header with a name, answer on top
    """Спасибо, получила.
[[sig|Наталья]]

{{date|12 окт. 2025 г.}}, в 10:15, [[oth|Андрей Воронцов]] <[[email|a.vorontsov@stroymarket.ru]]>:
> {{title_without_name|Уважаемая клиентка}}!
> Возврат {{amount|3 290 ₽}} оформлен, номер обращения {{@ticket:####-####}}.""",
    # 6 form in capitals, surname first, SNILS
    """ЗАЯВЛЕНИЕ НА ВОЗВРАТ
ФИО: [[oth|СОКОЛОВА ИРИНА ПАВЛОВНА]]
СНИЛС: [[@snils:dash]]
ИНН: [[@innp]]
АДРЕС: [[address|Г. ТОЛЬЯТТИ, УЛ. ЮБИЛЕЙНАЯ, Д. 31, КВ. 88]]
ТОВАР: шоколад {{product_name|«Алёнка»}}, {{quantity|24 шт.}}""",
    # 7 a courier named in the body, a town named after a person
    """Добрый вечер!
Курьер, кажется [[oth|Руслан]], привёз заказ в {{city|Королёв}} на два часа позже, а коробка {{product_name|«Дядя Ваня»}} с огурцами разбита. Заказ {{@order:R-########}}. Прошу вернуть {{amount|459 ₽}} на карту [[@card:mirplain]].
[[sig|Людмила Ефимова]]""",
    # 8 river cruise: a ship named after a singer, holidays
    """Круиз на теплоходе {{place|«Фёдор Шаляпин»}} с {{date|1 по 5 мая}} испортили: каюта {{@num:###-@}} не убиралась. {{job_title|Старший помощник капитана}} на жалобу не ответил. На {{calendar_word|Масленицу}} поеду с другой компанией.
[[sig|С. Егоров]]
[[@phone:RU:ruintl]]""",
    # 9 sole trader: OGRNIP and personal INN, a firm named after him
    """Исполнитель: ИП [[oth|Гаврилов Олег Николаевич]], {{cbrand|«Мастерская Гаврилова»}}
ИНН [[@innp]], ОГРНИП [[@ogrn:15]]
Заказчик: {{brand|кафе «Шоколадница»}}
Работы: ремонт витрины, {{amount|27 000 ₽}}""",
    # 10 no PII: a greeting without a name, a saint's day, products with names
    """{{greeting_without_name|Добрый день, уважаемые коллеги}}!
В магазине на {{street_as_brand|проспекте Гагарина}} к {{calendar_word|Татьяниному дню}} закончились конфеты {{product_name|«Бабаевский»}} и торты {{product_name|«Наполеон»}}. Просим пополнить склад до {{date|24 января}}, накладная {{@invoice:НК-######}}.
{{team_name|Отдел закупок}}""",
    # 11 CC/To lines and people in a list
    """Кому: {{team_name|Управляющая компания «Уют»}}
Копия: [[oth|Петров В. И.]], [[oth|Мария Лебедева]]

Жильцы подъезда 3 ([[oth|Зинаида Фёдоровна]], [[oth|Гена]] из 41-й и я) просят починить домофон.
[[sig|Аркадий Семёнов]], [[address|ул. Гоголя, д. 7, кв. 40, Новосибирск]]""",
    # 12 diminutive in salutation, signature lower case
    """Привет, [[sal|Серёжа]]! Скинь, пожалуйста, свой ИНН для договора: мне сказали, нужен именно личный. Мой: [[@innp]]. Встречаемся у {{cbrand|«Макдоналдса»}} на {{street_as_brand|Пушкинской площади}}.
[[sig|лёша]]""",
    # 13 title and patronymic, doctor in the body
    """Уважаемая [[sal|Елена Викторовна]]!
Мой сын [[oth|Кирилл Орлов]] лечился у [[oth|доктора Захарова]] в {{place|больнице имени Боткина}}. Для возврата налога прошу справку. СНИЛС сына: [[@snils:sp]].
[[sig|Орлова М. В.]]""",
    # 14 an e-mail with a name, a brand named after a person
    """Здравствуйте!
Купила кофемашину {{cbrand|De'Longhi}} в {{brand|«М.Видео»}}, чек {{@invoice:#### #### ####}}. Не работает капучинатор. Пишите на [[email|galina.romanova1964@mail.ru]] или звоните [[@phone:RU:ru8dash]].
[[sig|Галина Романова]]""",
    # 15 job title and team after a signature, salutation with a title
    """Добрый день, [[sal|господин Шевцов]]!
Ваша заявка {{@ticket:INC#######}} выполнена, доступ к {{product_name|«1С:Бухгалтерии»}} восстановлен.
--
[[sig|Павел Ильин]]
{{job_title|Руководитель группы поддержки}}
{{team_name|ИТ-департамент}}""",
    # 16 taxi complaint, driver named in the body, a car model
    """Водитель [[oth|Азамат]] на {{product_name|Kia Rio}} отменил поездку, а деньги {{amount|612 ₽}} списали. Поездка {{@order:##########}}, {{date|3 ноября}}. Вы писали, что {{job_title|менеджер}} перезвонит, — не перезвонил.
[[sig|Мила]]""",
    # 17 bank: a card and a personal INN, a department greeting
    """Добрый день, {{team_name|отдел по работе с клиентами}}!
Прошу заблокировать карту [[@card:group]] — её украли в {{city|Жуковском}}. Паспортные данные у вас есть, ИНН [[@innp:12sp]].
[[sig|Виталий Борисович Крылов]]""",
    # 18 insurance: a policy holder and a beneficiary, SNILS
    """Страхователь: [[oth|Федорова Анна Игоревна]], СНИЛС [[@snils:dash2]]
Выгодоприобретатель: [[oth|Федоров Максим Олегович]]
Полис {{@policy:@@@ #######}}, страховая сумма {{amount|500 000 ₽}}
Агент: [[oth|Ю. Ким]]""",
    # 19 a lower-case chat self-introduction, a saint's day
    """добрый, это [[intro|таня]] из {{city|Твери}}. на {{calendar_word|Покров}} заказывала торт с надписью, привезли без надписи. номер [[@phone:RU:mru8plain]]""",
    # 20 company letter, an OGRN, a ship and a hotel that sound like people
    """{{title_without_name|Уважаемые господа}}!
Подтверждаем бронь в отеле {{place|«Адмирал Нахимов»}} для сотрудников {{brand|ООО «Северный путь»}} (ИНН [[@inn]], ОГРН [[@ogrn]]). Счёт {{@invoice:СЧ-####}}.
[[sig|Ксения Дмитриевна Абрамова]]
{{job_title|офис-менеджер}}""",
]

# =========================================================================== uk

ITEMS["uk"] = [
    # 1 salutation with a title and vocative, signature with role and company
    """Добрий день, [[sal|пане Іване]]!
Надсилаю рахунок {{@invoice:СФ-#####}} за поставку. Наш код ЄДРПОУ [[@edrpou]], рахунок [[@iban:UA:group]].
З повагою,
[[sig|Оксана Мельник]]
{{job_title|менеджерка з продажу}}
{{cbrand|ТОВ «Бондаренко Агро»}}""",
    # 2 self-introduction, a street named after a poetess
    """Доброго вечора, {{team_name|служба підтримки}}!
Мене звати [[intro|Богдан Ткачук]], я з {{city|Хмельницького}}. Відділення {{brand|Нової Пошти}} на {{street_as_brand|вулиці Лесі Українки}} не видає посилку {{@tracking:20450#########}}. Телефон [[@phone:UA:mua0]].""",
    # 3 no PII: common words that are also first names, a holiday named after a saint
    """Замовлення {{@order:#######}} до {{calendar_word|Дня святого Миколая}}:
{{common_word|Калина}} в цукрі — 2 банки, прийшли розбиті
{{common_word|Надія}} на вчасну доставку, як бачите, не справдилась
{{product_name|«Рошен»}} асорті — ок
Прошу повернути {{amount|318 грн}}.""",
    # 4 chat with a bot and an agent, lower-case self-intro
    """{{bot_name|Бот Олеся}}: Вітаю! Оберіть тему звернення.
клієнт: оператор
[[oth|Христина]]: Доброго дня, мене звати [[intro|Христина]], чим допомогти?
клієнт: це [[intro|сашко]], з картки [[@card:group]] двічі списали за {{product_name|Київстар ТБ}}""",
    # 5 form in capitals with RNOKPP
    """ЗАЯВА НА ПОВЕРНЕННЯ КОШТІВ
ПІБ: [[oth|КОВАЛЕНКО МАРІЯ ПЕТРІВНА]]
РНОКПП: [[@rnokpp:senior-female]]
АДРЕСА: [[address|М. ЛЬВІВ, ВУЛ. ЗЕЛЕНА, 114, КВ. 6]]
ТОВАР: {{product_name|вода «Моршинська»}}, {{quantity|12 пляшок}}""",
    # 6 quoted reply header with a name and e-mail
    """Дякую, все отримала.
[[sig|Ірина]]

пн, {{date|6 жовт. 2025}} о 11:20 [[oth|Дмитро Савчук]] <[[email|d.savchuk@vodokanal-rivne.ua]]> пише:
> {{title_without_name|Шановна пані}},
> переплату {{amount|1 204 грн}} повернемо на рахунок [[@iban:UA:compact]].""",
    # 7 restaurant named after a literary hero, a waiter named in the body
    """Були в ресторані {{place|«Тарас Бульба»}} на {{street_as_brand|Пушкінській}}, офіціант [[oth|Назар]] переплутав замовлення, а {{job_title|адміністраторка}} навіть не вибачилась. Чек {{@invoice:####-####}}, {{amount|1 860 грн}}.
[[sig|Віталій Гнатюк]], [[@phone:UA:mintl]]""",
    # 8 sole trader (FOP) block: RNOKPP as tax number
    """Виконавець: ФОП [[oth|Лисенко Андрій Васильович]] ({{cbrand|«Майстерня Лисенка»}})
РНОКПП [[@rnokpp:mid-male]]
IBAN [[@iban:UA:group]]
Замовник: {{brand|кав'ярня «Львівська майстерня шоколаду»}}""",
    # 9 CC lines and a list of neighbours
    """Кому: {{team_name|ОСББ «Затишок»}}
Копія: [[oth|Г. М. Ярошенко]], [[oth|Степан Кравець]]

Просимо полагодити ліфт. Підписали: [[oth|Тетяна Олексіївна]], [[oth|Юрко]] з 12-ї та я.
[[sig|Людмила Бойко]], [[address|вул. Садова, 3, кв. 17, м. Ніжин]]""",
    # 10 doctor and hospital named after a person
    """Добрий день!
Моя донька [[oth|Софія Романенко]] лікувалась в {{place|лікарні імені Пирогова}} у [[oth|лікарки Гнатенко]]. Для податкової знижки прошу довідку. РНОКПП доньки [[@rnokpp:child-female]].
[[sig|Романенко О. В.]]""",
    # 11 diminutive salutation, lower-case signature
    """Привіт, [[sal|Тарасику]]! Кинь номер своєї картки, поверну за квитки на {{product_name|«Інтерсіті»}} — {{amount|740 грн}}. Мій рахунок, якщо зручніше: [[@iban:UA:lc]].
[[sig|оля]]""",
    # 12 a feast day and a name day that are first names
    """Замовляла букет {{product_name|«Ганна»}} на {{calendar_word|Андрія}} для свекрухи, [[oth|пані Ганни Коваль]], а доставили {{date|15 грудня}}. Замовлення {{@order:БК-#####}}. Поверніть гроші, будь ласка.
[[sig|Вікторія Коваль]]
[[email|viktoria.koval@ukr.net]]""",
    # 13 titles without names and a greeting to a department
    """{{title_without_name|Шановний пане}}!
{{greeting_without_name|Добрий день}}, {{team_name|відділ кадрів}}. Прошу надіслати довідку про доходи за {{date|2024 рік}}. Мій РНОКПП [[@rnokpp:mid-female]].
[[sig|Ярослава Дем'янчук]]""",
    # 14 company letter: EDRPOU, director signs, two companies named after people
    """Товариство {{cbrand|«Шевченко і сини»}} (ЄДРПОУ [[@edrpou]]) повідомляє про зміну рахунку на [[@iban:UA:dash]].
{{job_title|Директор}} [[sig|Павло Шевченко]]
{{job_title|Головний бухгалтер}} [[sig|Н. І. Гуменюк]]""",
    # 15 taxi: driver in the body, car model, city that sounds like a name
    """Водій [[oth|Олег]] на {{product_name|Škoda Fabia}} повіз мене не в {{city|Богуслав}}, а в {{city|Богодухів}}! Поїздка {{@order:##########}}, списали {{amount|980 грн}} з картки [[@card:dash]].
[[sig|Валентина Присяжнюк]]""",
    # 16 e-mail with a name in it, a phone, a saint's holiday
    """Добрий день, [[sal|пані Олено]]!
Після {{calendar_word|Івана Купала}} у нас не працює інтернет. Договір {{@contract:ДГ-######}}. Контакти: [[email|mykola.petrenko@gmail.com]], [[@phone:UA:ua38]].
[[sig|Микола Петренко]]""",
    # 17 insurance: holder with patronymic, policy number
    """Страхувальник: [[oth|Гончаренко Ірина Миколаївна]], РНОКПП [[@rnokpp:mid-female]]
Поліс {{@policy:@@-#######}}, сума {{amount|200 000 грн}}
Агент: [[oth|М. Литвин]]
{{team_name|Відділ врегулювання збитків}}""",
    # 18 bot and agent named in a complaint
    """Ваш {{bot_name|бот Дарина}} тричі відправляв мене в меню, а потім оператор, здається [[oth|Вероніка]], поклала слухавку. Рахунок {{@invoice:#########}}, сума {{amount|562,40 грн}}. Я [[intro|Зоя Карпенко]], телефон [[@phone:UA:ua0sp]].""",
    # 19 salutation with a title, a school named after a writer
    """Шановна [[sal|Ольго Іванівно]]!
Мій син [[oth|Артем Бондар]] (ліцей {{place|імені Івана Франка}}, 7-Б) буде відсутній з {{calendar_word|понеділка}}.
[[sig|Бондар Наталія]]""",
    # 20 B2B with EDRPOU and card payment, company named after founder
    """Оплата за {{product_name|«Джонні Вокер»}} ({{quantity|6 пляшок}}) пройшла з корпоративної картки [[@card:plain]] компанії {{cbrand|«Кравчук Трейд»}} (ЄДРПОУ [[@edrpou]]).
[[sig|Денис Кравчук]], {{job_title|директор}}""",
]

# =========================================================================== en

ITEMS["en"] = [
    # 1 a title without a name, a signature with role and company
    """{{greeting_without_name|Dear Sir or Madam}},

I am writing about invoice {{@invoice:INV-#####}} from {{cbrand|Hargreaves & Sons Ltd}}. Our VAT number is [[@gbvat:gbsp]] and we have paid in full to [[@iban:GB:group]].

Kind regards,
[[sig|Fiona McAllister]]
{{job_title|Head of Operations}}
{{brand|Northbridge Logistics}}""",
    # 2 common words that are also first names; no PII
    """Quick summary of my call today:
{{common_word|Bill}} for {{calendar_word|May}} was £12 higher than quoted.
{{common_word|Grace}} period on the late payment was not applied.
{{common_word|Jack}} socket on the router is loose, please send a new one.
Order ref {{@order:BT########}}.""",
    # 3 chat: a bot with a girl's name, an agent, lower-case customer
    """{{bot_name|Ava}} (virtual assistant): Hi! How can I help today?
You: agent please
[[oth|Priya_S]]: Hi, you're chatting with [[intro|Priya]]. Could I take your name?
You: its [[intro|dave]]. card ending... actually full number [[@card:group]], you charged me twice""",
    # 4 quoted reply header with a name
    """Thanks, that's sorted.
[[sig|Tom]]

On Tue, {{date|14 Oct 2025}} at 09:12, [[oth|Rebecca Thornton]] <[[email|rebecca.thornton@hollybank-energy.co.uk]]> wrote:
> {{title_without_name|Dear Customer}},
> your refund of {{amount|£84.20}} has been sent. Case {{@ticket:CAS-######}}.""",
    # 5 NHS: a doctor, a hospital named after a person, self-introduction
    """Hello,
my name is [[intro|Gareth Pryce]] and I was seen by [[oth|Dr Okafor]] at the {{place|Royal Alexandra Hospital}} on {{calendar_word|St David's Day}}. My NHS number is [[@nhs:sp]]. Could the letter go to my GP, [[oth|Dr. Helen Marsh]]?
[[@phone:GB:mnat]]""",
    # 6 a form in capitals, surname first
    """CHANGE OF DETAILS FORM
SURNAME, FORENAME: [[oth|ABERNATHY, CLAIRE]]
NATIONAL INSURANCE: see attached
UTR: [[@utr]]
ADDRESS: [[address|14 KING EDWARD ROAD, LINCOLN LN2 4HT]]
EMPLOYER: {{cbrand|WHITFIELD BROTHERS}}""",
    # 7 a town that is a first name, a street named after a king
    """Hi {{team_name|Support team}},
my parcel {{@tracking:JD##################}} shows as delivered in {{city|Stanley}}, but I live in {{city|Chester}}. The {{brand|Evri}} depot on {{street_as_brand|Victoria Road}} says it never arrived. I'm [[intro|Aisha Rahman]], [[@phone:GB:mintl]].""",
    # 8 From/To/CC lines, names in the body
    """From: [[oth|Oliver Bennett]]
To: {{team_name|Accounts Payable}}
Cc: [[oth|Samantha Cole]]; [[oth|Raj Patel]]

Hi all,
[[oth|Mrs Whitaker]] from {{cbrand|Whitaker Interiors}} called again about payment {{@invoice:PO-######}}. Can someone ring her back before {{calendar_word|Friday}}?
[[sig|Ollie]]""",
    # 9 hotel and ship named after people, a job title
    """We stayed at {{place|The Savoy}} before boarding the {{place|Queen Mary 2}} in {{city|Southampton}}. The {{job_title|concierge}} was lovely, but our booking {{@order:QM2-#####}} was charged twice: {{amount|£1,420}} on my Amex [[@card:amex]].
[[sig|Harold]] & [[sig|June Fenwick]]""",
    # 10 brands named after people; no PII
    """Returned a pair of {{cbrand|Dr. Martens}} boots to {{cbrand|Marks & Spencer}} on {{date|2 November}} and I'm still waiting for {{amount|£139}}. Return code {{@num:RTN-####-@@}}. The {{job_title|store manager}} said 5 working days.""",
    # 11 sole trader invoice: UTR and VAT
    """Supplier: [[oth|Liam O'Connor]] t/a {{cbrand|O'Connor Plumbing}}
VAT reg. [[@gbvat:gb]] | UTR [[@utr:sp]]
Customer: {{brand|The Wellington Arms}}
Work: replace boiler, {{amount|£2,350.00}}
Pay to [[@iban:GB:compact]]""",
    # 12 salutation with title and a diminutive
    """Hi [[sal|Mr Hughes]],
just confirming [[oth|Becky]] from our team will visit on {{calendar_word|Monday}} to fit the {{product_name|Hive}} thermostat. Job {{@ticket:JOB-#####}}.
Cheers,
[[sig|Dan]]
{{job_title|Field Service Coordinator}}""",
    # 13 e-mail with a name, a month and a name-like month
    """Dear [[sal|Ms Kowalczyk-Brown]],
your policy {{@policy:HX-@@-######}} renews in {{calendar_word|August}}. If you would like to change your payment card, reply to [[email|james.whitlock@kestrel-insure.co.uk]].
[[sig|James Whitlock]]
{{job_title|Customer Success Manager}}""",
    # 14 NHS numbers for a child and a parent
    """Hello,
I'm writing for my son [[oth|Noah Grant]] (NHS [[@nhs:dash]]). He's registered at {{place|St Luke's Surgery}} but the {{brand|Boots}} pharmacy can't find his prescription.
[[sig|Karen Grant]]""",
    # 15 initials and capitals in a signature, a team greeting
    """Hello {{team_name|Customer Services}},
please update the bank details for account {{@num:######-@@}} to [[@iban:GB:group]].
Regards,
[[sig|P. J. HOLLOWAY]]""",
    # 16 people in a list at a residents' meeting, an address
    """Minutes, residents' meeting:
Present: [[oth|Margaret Dunn]], [[oth|Ken Osei]], [[oth|Sally]] (flat 4), {{job_title|building manager}}.
Lift at [[address|Flat 2, 88 Churchill Court, Leeds LS6 2AB]] still broken since {{calendar_word|Easter}}.
Next meeting {{date|3 December}}.""",
    # 17 a card and a ride with a driver, a car model
    """Hi [[sal|Sophie]], as I said on the phone: my driver [[oth|Mohammed]] in a {{product_name|Toyota Prius}} cancelled and I was still charged {{amount|£18.40}} on [[@card:dash]]. Trip {{@order:##########}}.
[[sig|Chloe]]""",
    # 18 company block: VAT and UTR, two signers
    """{{cbrand|Ashworth & Lyle LLP}}, VAT [[@gbvat:plain]], UTR [[@utr]].
Signed for and on behalf of the firm:
[[sig|Edward Ashworth]], {{job_title|Partner}}
[[sig|Imogen Lyle]], {{job_title|Partner}}""",
    # 19 a common word that is a name at a line start; a lower-case self-intro
    """hi its [[intro|ben]] again. {{common_word|Will}} someone call me back today? number is [[@phone:GB:mgbsp]]. {{common_word|Mark}} my ticket {{@ticket:######}} as urgent pls""",
    # 20 a street named after a person, a pub and a saint's day
    """{{greeting_without_name|Hi there}},
booked a table at {{place|The Duke of Wellington}} on {{street_as_brand|Nelson Street}} for {{calendar_word|St Patrick's Day}}, booking {{@order:DW-####}}, {{quantity|8 guests}}. Nobody had the reservation. Please explain.
[[sig|Gemma Price]]""",
]

# =========================================================================== de

ITEMS["de"] = [
    # 1 a greeting to everyone, "i. A." before a name, role and firm below
    """{{greeting_without_name|Sehr geehrte Damen und Herren}},

anbei die Rechnung {{@invoice:RE-####-@@}}. Unsere USt-IdNr.: [[@ustid:de]]. Bitte überweisen Sie auf [[@iban:DE:group]].

Mit freundlichen Grüßen
i. A. [[sig|Sabine Krüger]]
{{job_title|Teamleiterin Buchhaltung}}
{{cbrand|Schneider & Vogt GmbH}}""",
    # 2 a salutation with a title and a doctor's title
    """Sehr geehrter [[sal|Herr Dr. Weber]],
mein Sohn [[oth|Leon Brandt]] war am {{date|12.09.2025}} bei Ihnen in der Praxis am {{street_as_brand|Bismarckplatz}}. Die Krankenkasse braucht seine Steuer-ID: [[@idnr:sp]].
Viele Grüße
[[sig|Claudia Brandt]]""",
    # 3 chat: a bot with a girl's name, an agent, lower-case customer
    """{{bot_name|Lena}} (digitale Assistentin): Hallo! Wie kann ich helfen?
Kunde: mitarbeiter bitte
[[oth|Jonas]]: Hallo, hier ist [[intro|Jonas]] vom {{team_name|Kundenservice}}. Worum geht es?
Kunde: hier [[intro|kevin]], meine karte [[@card:group]] wurde zweimal belastet""",
    # 4 no PII: a drugstore, a brand and holidays named after people
    """Bei {{cbrand|Müller Drogerie}} in der {{street_as_brand|Karl-Marx-Straße}} gab es zu {{calendar_word|Nikolaus}} keine Schokolade von {{cbrand|Dr. Oetker}} mehr, obwohl im Prospekt beworben. Bon-Nr. {{@num:####-####-##}}, {{amount|23,80 €}}. Die {{job_title|Filialleiterin}} war unfreundlich.""",
    # 5 quoted reply header with a name
    """Danke, ist angekommen.
[[sig|Uwe]]

Am Di., {{date|14. Okt. 2025}} um 09:12 schrieb [[oth|Katrin Hoffmann]] <[[email|katrin.hoffmann@stadtwerke-elbtal.de]]>:
> {{greeting_without_name|Hallo}},
> die Gutschrift über {{amount|112,40 €}} geht auf [[@iban:DE:compact]].""",
    # 6 form in capitals, surname first
    """ANTRAG AUF ERSTATTUNG
NAME, VORNAME: [[oth|SCHÄFER, JÜRGEN]]
STEUER-ID: [[@idnr]]
ANSCHRIFT: [[address|GOETHESTRASSE 18, 67059 LUDWIGSHAFEN]]
PRODUKT: {{product_name|Bosch Serie 6}}""",
    # 7 self-introduction, a town named after a person, a street
    """Guten Tag, {{team_name|Kundenservice}},
ich heiße [[intro|Marlene Özdemir]] und wohne in {{city|Wilhelmshaven}}. Mein Paket {{@tracking:00340########}} liegt seit {{calendar_word|Pfingsten}} im {{brand|DHL}}-Shop. Telefon [[@phone:DE:mdeslash]].""",
    # 8 To/CC lines and people in a list
    """An: {{team_name|Hausverwaltung}}
Cc: [[oth|Frau Yilmaz]]; [[oth|Dieter Lorenz]]

Hallo zusammen,
bei der Begehung waren [[oth|Herr Kaiser]], [[oth|Gabi]] aus dem 2. OG und ich dabei. Die Heizung in [[address|Lindenweg 7, 04109 Leipzig]] ist weiterhin kalt.
[[sig|Rolf Wagner]]""",
    # 9 sole trader: Steuer-ID and USt-IdNr, a firm with the owner's surname
    """Rechnungssteller: [[oth|Thomas Becker]], {{cbrand|Malerbetrieb Becker}}
USt-IdNr. [[@ustid:desp]], Steuer-ID [[@idnr:sp4]]
Kunde: {{brand|Hotel Zum Goldenen Hirsch}}
Leistung: Treppenhaus streichen, {{amount|3.480,00 €}}""",
    # 10 a car that is a woman's name, a workshop
    """Hallo [[sal|Frau Richter]],
Ihr {{product_name|Mercedes}} C 200 ist fertig, die Bremsen sind neu. Abholung in der {{street_as_brand|Konrad-Adenauer-Allee}} bis 18 Uhr. Betrag {{amount|860 €}}.
[[sig|Stefan Braun]]
{{job_title|Serviceberater}}""",
    # 11 Austrian firm with UID and IBAN
    """Sehr geehrter [[sal|Herr Mag. Huber]],
bitte korrigieren Sie unsere UID auf [[@atu]] und die Bankverbindung auf [[@iban:AT:group]].
Liebe Grüße aus {{city|Salzburg}}
[[sig|Andrea Gruber]]
{{cbrand|Gruber Holzbau}}""",
    # 12 common words and a month at line starts that are also names
    """Zusammenfassung:
{{common_word|Ernst}} gemeint: die Lieferung kam zum dritten Mal zu spät.
{{common_word|Rose}} im Strauß fehlte, nur Nelken geliefert.
{{calendar_word|August}}-Rechnung doppelt bezahlt.
Bestellung {{@order:#########}}, {{amount|54,90 €}}.
[[sig|H. Engel]]""",
    # 13 a ship and a hotel named after people, a card
    """Die Flusskreuzfahrt mit der {{place|MS Theodor Fontane}} war schön, aber im {{place|Hotel Kaiserin Augusta}} in {{city|Weimar}} wurde meine Karte [[@card:dots]] doppelt belastet. Buchung {{@order:@@-######}}.
[[sig|Gisela Neumann]]""",
    # 14 a salutation with a diminutive, a lower-case signature
    """Hi [[sal|Steffi]], kannst du mir deine IBAN schicken? Ich überweise dir die {{amount|45 €}} für {{cbrand|Tchibo}}. Meine ist [[@iban:DE:lcgroup]].
lg [[sig|moni]]""",
    # 15 titles without a name, a team in the greeting
    """{{greeting_without_name|Liebes Team}} von {{cbrand|Fielmann}},
der {{title_without_name|Herr}} im Laden meinte, die Brille sei in zwei Wochen fertig. Auftrag {{@order:F-########}} seit {{calendar_word|Fronleichnam}} offen.
[[sig|Bärbel Schulze]]
[[email|baerbel.schulze@web.de]]""",
    # 16 two signers, a doctor named in the body
    """Sehr geehrte [[sal|Frau Dr. Lehmann]],
wir bitten um Verlegung unseres Termins bei [[oth|Dr. med. Aydın]] im {{place|Klinikum Ernst von Bergmann}}.
[[sig|Horst Keller]]
[[sig|Ingrid Keller]]
Tel. [[@phone:DE:fdedash]]""",
    # 17 a courier named in the body, an e-mail with a name
    """Der Fahrer, ich glaube [[oth|Sascha]], hat das Paket einfach beim {{cbrand|Rossmann}} abgegeben. Sendung {{@tracking:#### #### ####}}. Bitte melden Sie sich: [[email|tobias.kraemer@gmx.de]], [[@phone:DE:mintl]].
[[sig|Tobias Krämer]]""",
    # 18 a Martinsmarkt stall, a team and a job title
    """Hallo {{team_name|Marktverwaltung}},
für den Stand auf dem {{calendar_word|Martinsmarkt}} zahle ich {{amount|180 €}} an [[@iban:DE:group]]? Die Rechnung {{@invoice:MV-####}} nennt eine andere IBAN.
[[sig|Jana Wolff]], {{job_title|Inhaberin}} {{cbrand|Wolff Kerzen}}""",
    # 19 a form: surname first, Steuer-ID of a child
    """Betreff: Rückerstattung Kindergeld
Kind: [[oth|Mia Fischer]], Steuer-ID [[@idnr:plain]]
Antragsteller: [[oth|FISCHER, Daniel]]
Anschrift: [[address|Schillerstraße 4, 79098 Freiburg]]""",
    # 20 USt-IdNr of a company with a founder's name, a card payment
    """Die Firmenkarte [[@card:plain]] der {{cbrand|Porsche Zentrum Nord}} wurde für eine Bestellung bei {{brand|Otto}} belastet, die wir nicht kennen. USt-IdNr. [[@ustid:de]]. Bitte Rückruf an [[oth|Frau Lange]], {{job_title|Office Managerin}}.""",
]

# ----------------------------------------------------------------------------- main

CHECKSUM_KINDS = {"card", "iban", "pesel", "birth_number", "national_id", "tax_id"}
MINIMA = {
    "name": 14,
    "signature": 3,
    "salutation": 3,
    "self_intro": 2,
    "other": 5,
    "name_like_keep": 20,
    "checksum_id": 10,
    "phone": 2,
    "email": 2,
    "address": 1,
    "order_or_invoice_keep": 2,
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
            if s["what"] in NAME_LIKE_KEEPS:
                c["name_like_keep"] += 1
    return c


def build() -> list[dict]:
    rows = []
    for lang in LANGS:
        items = ITEMS[lang]
        assert len(items) == 20, (lang, len(items))
        for i, template in enumerate(items, 1):
            rows.append(fill(f"d15-{lang}-{i:02d}", lang, template))
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "two items share a text"
    for lang in LANGS:
        t = tally([r for r in rows if r["lang"] == lang])
        for key, need in MINIMA.items():
            assert t[key] >= need, (lang, key, t[key], need)
    no_pii = sum(not r["pii"] for r in rows)
    assert 6 <= no_pii <= 10, no_pii
    t = tally(rows)
    total = sum(len(r["pii"]) for r in rows)
    assert 0.35 <= t["name"] / total <= 0.75, t["name"] / total
    assert 0.15 <= t["checksum_id"] / total <= 0.45, t["checksum_id"] / total
    assert t["name_like_keep"] >= t["name"], (t["name_like_keep"], t["name"])
    keeps = sum(len(r["keep"]) for r in rows)
    assert 3.0 <= keeps / len(rows) <= 10.0, keeps / len(rows)
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
    cols = ["name", "signature", "salutation", "self_intro", "other", "name_like_keep"]
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
    idk = collections.Counter(k for r in rows for k in r["_id_keys"])
    print("checksum ids by generator: " + "  ".join(f"{k}={v}" for k, v in idk.most_common()))
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
