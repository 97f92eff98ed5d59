#!/usr/bin/env python3
"""Write data/eval/pii/dev19.jsonl: a hand-written PII development split by a separate author.

140 customer texts (20 each in pl, cs, sk, ru, uk, en, de), each its own
hand-written template, from the inbox of one invented company per language,
each in a different industry: a Polish furniture e-shop, a Czech gym chain, a
Slovak insurance broker, a Russian cinema chain, a Ukrainian mobile operator,
a British veterinary practice and a German solar installer. The mix: support
e-mails with greetings, quoted earlier replies and signature blocks (of
customers and of staff), chats with agents and bots, web forms, reviews,
complaint letters, B2B orders and invoices, SMS replies and internal forwards.

The split puts weight on how writers sign (at least 12 signature names per
language): closing + name on the next line, a name alone, a name with
role/company/phone lines, initials, surname first, a name after a dash, a name
in a chat's last turn, "Name z Miasta" in a review, a name before a phone
number, a name with a title or a degree. It also carries salutations (at least
6 per language), self-introductions (at least 3), other names, checksum
identifiers (at least 15 per language), phones, e-mails and addresses, next to
near-misses that must survive redaction: order/invoice/ticket/contract/policy/
meter numbers that fail every id check, dates, times, amounts, quantities,
product codes, brands (companies named after a surname marked
``{{cbrand|...}}``), streets named after people, cities, team names, job
titles and greetings without a name. 8 items carry no PII.

Name spans include a title standing right before the name ("Pani Agnieszko",
"Herr Dr. Hoffmann", "dr Henryk Zawadzki") and degrees right after it
("Mgr. Petra Kadlecová, Ph.D."); a greeting or closing word is never part of
the span.

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Agnieszko]]      name, context salutation   (also sig / intro / oth)
    [[email|a@b.pl]]       literal PII of a kind (email, phone, address, ...)
    [[@pesel]]             PII value drawn by a generator (kind from GEN)
    {{city|Łódź}}          literal keep span with its `what`
    {{cbrand|Kollár Stavby}} a company named after a surname: keep, what `brand`
    {{@order:MS-######}}   keep value drawn by a generator (what from KEEP_GEN)

Every identifier gets computed check digits and is validated with python-stdnum
(SNILS and the Polish ID card with the published algorithms, Czech and Slovak
domestic account numbers with the bank-account check), and every written PII
span of a checksum kind is checked once more by its kind, independently of its
generator (id_valid); every phone number passes phonenumbers.is_valid_number.
Numbered near-misses and product codes fail every identifier check used here
and are not valid phone numbers of the text's region. Each language must reach
the minima in MINIMA (checked on every run, --check included). The seed of
every item is fixed ("d19:" + its id). All people, companies and numbers are
invented.

    .venv/bin/python scripts/make_pii_dev19.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_dev19.py --check   # file on disk == output
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
OUT = ROOT / "data" / "eval" / "pii" / "dev19.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
SEED = "d19:"

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
# a Polish furniture e-shop ("Meblarnia Sosnowa")

ITEMS["pl"] = [
    # 1 customer e-mail, closing + name on the next line, phone line
    """Dzień dobry,

zamówienie {{@order:MS-######}} z {{date|12 marca}} (szafa {{@product:SZ-@@###}}) dotarło z pękniętym frontem. Proszę o wymianę frontu albo zwrot {{amount|1 249 zł}} na konto [[@iban:PL:nrb]].

Pozdrawiam
[[sig|Agnieszka Wróblewska]]
tel. [[@phone:PL:mg3]]""",
    # 2 staff reply with a quoted message
    """[[sal|Pani Agnieszko]],

dziękujemy za zdjęcia. Kurier odbierze uszkodzony front w czwartek, nowy wyślemy z magazynu w {{city|Łodzi}}.

Z poważaniem
[[sig|Paweł Dudek]]
{{team_name|Dział Reklamacji}} | {{brand|Meblarnia Sosnowa}}
[[email|p.dudek@meblarnia-sosnowa.pl]]

> W dniu {{date|14.03.2026}} [[oth|Agnieszka Wróblewska]] napisała:
> Czy mam odesłać cały korpus, czy tylko drzwi?""",
    # 3 chat: bot, agent introduces herself, customer signs in the last turn
    """[10:02] Sosenka (bot): Cześć! W czym mogę pomóc?
[10:02] Klient: chcę zmienić adres dostawy
[10:04] Konsultantka: Dzień dobry, tu [[intro|Marta]], przejmuję rozmowę. Poproszę numer zamówienia.
[10:05] Klient: {{@order:MS-######}}, nowy adres: [[address|ul. Polna 17/4, 62-030 Luboń]]
[10:06] Konsultantka: Zmienione, dostawa bez zmian {{date|21.03}}.
[10:06] Klient: super, dzięki, [[sig|Bartek]]""",
    # 4 web form, invoice for a company
    """Formularz: faktura VAT do zamówienia
Imię i nazwisko: [[oth|Grzegorz Malinowski]]
Firma: Pracownia Wnętrz Lamela
NIP: [[@nip:dash]]
REGON: [[@regon]]
E-mail: [[email|lamela.biuro@wp.pl]]
Treść: Proszę o fakturę na firmę do zamówienia {{@order:MS-######}}, kwota {{amount|3 870,00 zł}} brutto.""",
    # 5 review, "Name z Miasta"
    """★★★★☆ Łóżko {{brand|Lena}} 160×200 – solidne, ale instrukcja montażu to koszmar. Kurier uprzejmy, paczki w komplecie ({{quantity|4 kartony}}).
[[sig|Kasia]] z {{city|Gdańska}}""",
    # 6 installment complaint letter, title before the name in the signature
    """Szanowni Państwo,

w dniu {{date|2 lutego 2026}} złożyłem wniosek o zakup na raty (komoda i regał, razem {{amount|2 680 zł}}). Podałem PESEL [[@pesel:senior male]] i numer dowodu [[@plid:sp]], mimo to do dziś nie mam decyzji.
Proszę o kontakt pod numerem [[@phone:PL:fnat]].

Z wyrazami szacunku
[[sig|dr Henryk Zawadzki]]
[[address|ul. Kasztanowa 3, 43-300 Bielsko-Biała]]""",
    # 7 B2B order from a guesthouse, name with role/company/phone
    """Dzień dobry [[sal|Panie Pawle]],

zamawiamy do pensjonatu {{quantity|12 szt.}} krzeseł {{@product:KR-####-@}} i {{quantity|3}} stoły {{@product:ST-####}}. Płatność przelewem 14 dni, dane do faktury: NIP [[@nip:pl]], REGON [[@regon:14]].

Z pozdrowieniami
[[sig|Iwona Szczepańska]]
{{job_title|kierownik administracyjny}}
Pensjonat Pod Jaworem, Szczawnica
[[@phone:PL:mintlg3]]""",
    # 8 invoice block issued by the shop
    """FAKTURA VAT {{@invoice:FV/####/03/2026}}
Sprzedawca: Meblarnia Sosnowa sp. z o.o., {{street_as_brand|ul. Kopernika}}, {{city|Łódź}}, NIP [[@nip:sp]]
Nabywca: [[oth|Roman Jabłoński]], [[address|ul. Leśna 8, 05-500 Piaseczno]]
Rachunek: [[@iban:PL:group]]
Do zapłaty: {{amount|959,00 zł}}, termin {{date|28.03.2026}}
Wystawił(a): [[sig|Ewa Sikora]]""",
    # 9 SMS reply, surname only
    """OK, jutro po 16 pasuje, brama od podwórza. [[sig|Kowalczyk]]""",
    # 10 no PII: question with a greeting without a name
    """{{greeting_without_name|Dzień dobry}}, czy stół {{@product:ST-####}} będzie znowu w kolorze dąb bielony? Widziałem go w katalogu na {{date|kwiecień}}. Pozdrawiam""",
    # 11 no PII: review without a name
    """Szybka dostawa, montaż zajął {{quantity|20 minut}}, narożnik {{brand|Milano}} wygodny. Polecam sklep, ocena {{quantity|5/5}}.
Pozdrawiam, [[sig|Renata]]""",
    # 12 e-mail signed with initials, salutation with title
    """[[sal|Panie Tomaszu]],

przelałem dopłatę za zmianę tkaniny, potwierdzenie w załączniku. Karta, którą płaciłem: [[@card:group]]; proszę nie obciążać jej drugi raz.

[[sig|A.K.]]
--
wysłane z telefonu""",
    # 13 web form, surname first
    """Zgłoszenie nr {{@ticket:ZG-######}}
Od: [[oth|Nowicka Beata]]
Temat: brak śrub w zestawie
Wiadomość: W paczce do regału {{@product:RG-###-@@}} brakuje woreczka ze śrubami. Adres bez zmian.

[[sig|Nowicka Beata]]""",
    # 14 name after a dash
    """Dziękuję za szybką wymianę nóżek, wszystko pasuje. Fakturę korygującą proszę wysłać na NIP [[@nip]].
— [[sig|Julia]]""",
    # 15 internal forward mentioning colleagues
    """Cześć [[sal|Adam]],

przesyłam zgłoszenie od klienta – [[oth|pan Zenon Kubiak]] twierdzi, że montażysta [[oth|Krystian]] porysował mu parkiet. Zamówienie {{@order:MS-######}}, klient podał PESEL [[@pesel:g3]] do protokołu szkody.
Zerknij proszę do piątku.

[[sig|Ola]]
{{team_name|Zespół Montaży}}""",
    # 16 designer ordering for a client, degree title before name
    """[[sal|Pani Ewo]],

w imieniu klientki ([[oth|Danuta Cieślak]]) potwierdzam zamówienie zabudowy według projektu z {{date|5.03}}. Wpłata zaliczki {{percent|30%}} poszła z konta [[@iban:PL:nrbc]].

Łączę pozdrowienia
[[sig|mgr inż. arch. Jerzy Pawlak]]
{{cbrand|Studio Pawlak Wnętrza}} – tel. [[@phone:PL:mdash]]""",
    # 17 chat, the customer's name in the last turn
    """Klient: dzień dobry, sofa przyszła w złym kolorze
Agent [[oth|Łukasz]]: Tu [[intro|Łukasz]], przykro mi! Proszę o numer zamówienia i zdjęcie.
Klient: {{@order:MS-######}}, zdjęcie wysłane mailem z [[email|w.gorska1978@onet.pl]]
Agent [[oth|Łukasz]]: Mam. Wymiana do {{date|10 kwietnia}}, odbiór starej gratis.
Klient: dziękuję, [[sig|Wiesława Górska]]""",
    # 18 SMS: name before the phone
    """Proszę dzwonić przed przyjazdem, domofon nie działa.
[[sig|Marek]] [[@phone:PL:mg3]]""",
    # 19 card charged twice, staff replies with self-introduction
    """Dzień dobry [[sal|Panie Zbigniewie]],

nazywam się [[intro|Natalia Kaczmarek]] i zajmuję się płatnościami. Widzę dwie transakcje kartą kończącą się na 4417; drugą ({{amount|449 zł}}) anulowaliśmy {{date|18.03.2026}}.

Pozdrawiam serdecznie
[[sig|Natalia Kaczmarek]]
Płatności i zwroty, Meblarnia Sosnowa""",
    # 20 installment form, self-introduction
    """Nazywam się [[intro|Lucyna Baran]], chcę kupić na raty zestaw {{brand|Kaszub}} (kuchnia {{@product:KU-###-@@}}). Moje dane: PESEL [[@pesel:sp]], dowód [[@plid]], konto [[@iban:PL:nrbwrap]].
[[sig|Lucyna B.]]""",
]

# =========================================================================== cs
# a Czech gym chain ("Síla+ fitness")

ITEMS["cs"] = [
    # 1 membership cancellation e-mail
    """Dobrý den,

chtěla bych ukončit členství {{@contract:CL-######}} k {{date|31. 3. 2026}}. Permanentku jsem platila kartou [[@card:group]], vratku za duben ({{amount|890 Kč}}) prosím na účet [[@iban:CZ:dom]].

Děkuji a zdravím
[[sig|Veronika Šťastná]]
[[@phone:CZ:mg3]]""",
    # 2 staff reply with a quoted message
    """Dobrý den [[sal|paní Šťastná]],

výpověď jsme přijali, členství skončí {{date|31. 3. 2026}}. Vratku pošleme do {{quantity|10 pracovních dnů}}.

S pozdravem
[[sig|Ondřej Hruška]]
{{job_title|vedoucí recepce}}, Síla+ {{street_as_brand|Palackého}}
[[email|ondrej.hruska@silaplus.cz]]

> Dne {{date|20. 3. 2026}} v 18:40 [[oth|Veronika Šťastná]] napsala:
> chtěla bych ukončit členství""",
    # 3 web form: corporate membership
    """Poptávka firemního členství
Firma: {{cbrand|Stavby Novák & Dvořák}} s.r.o.
IČO: [[@ico]]
DIČ: [[@ico:czsame]]
Kontaktní osoba: [[oth|Ing. Radek Bureš]]
E-mail: [[email|bures@stavby-nd.cz]]
Počet zaměstnanců: {{quantity|45}}
Poznámka: zajímá nás karta MultiSport i vlastní tarif.""",
    # 4 chat with a bot and a trainer
    """Bot Bára: Ahoj! Chceš si rezervovat lekci?
Klient: jo, spinning ve středu v 18:00
Bot Bára: Předávám trenérovi.
Trenér: Zdravím, tady [[intro|Kuba Vlček]], na středu je plno, můžu nabídnout čtvrtek {{time|18:30}}.
Klient: beru, díky. [[sig|Dominik]]""",
    # 5 review
    """★★★★★ Pobočka {{city|Brno}}-Židenice: čisto, nové stroje, trenérka [[oth|Lucka]] super. Jen sprchy by chtěly víc teplé vody.
[[sig|Martin]] z {{city|Jihlavy}}""",
    # 6 complaint letter, degree after name
    """Vážení,

dne {{date|4. února}} mi z uzamčené skříňky v šatně zmizela peněženka. Recepční [[oth|pan Kolář]] sepsal záznam {{@ticket:ZZ-#####}}, od té doby se nikdo neozval. Žádám náhradu škody {{amount|3 200 Kč}}.

S pozdravem
[[sig|Mgr. Petra Kadlecová, Ph.D.]]
[[address|Údolní 14, 602 00 Brno]]""",
    # 7 B2B invoice from a supplier
    """FAKTURA č. {{@invoice:2026####}}
Dodavatel: FitTech Morava s.r.o., IČ [[@ico]], DIČ [[@ico:czsame]]
Odběratel: Síla+ fitness a.s., IČ [[@ico]]
Položky: běžecký pás {{@product:RUN-###@}} {{quantity|2 ks}}, {{amount|184 000 Kč}} bez DPH
Úhrada na účet [[@iban:CZ:group]]
Vystavila: [[sig|Jana Procházková]], tel. [[@phone:CZ:fnat]]""",
    # 8 SMS reply, surname first
    """Ano, trénink v pondělí platí. [[sig|Dvořák Jiří]]""",
    # 9 no PII
    """{{greeting_without_name|Dobrý den}}, máte na pobočce {{city|Olomouc}} i saunu? A platí tam permanentka koupená v {{city|Praze}}? Díky""",
    # 10 e-mail with initials
    """Ahoj [[sal|Terezo]],

posílám rodné číslo syna kvůli dětskému kroužku: [[@rc:child male]]. Platbu pošlu z účtu [[@iban:CZ:dom]].

[[sig|M. K.]]""",
    # 11 student discount, self-introduction
    """Dobrý den,
jmenuji se [[intro|Adéla Marešová]], studuji v {{city|Ostravě}} a chtěla bych studentskou slevu {{percent|20 %}}. Rodné číslo [[@rc:sp female]], ISIC přikládám.
[[sig|Adéla]]""",
    # 12 staff e-mail, name with role and phone lines, salutation
    """Vážený [[sal|pane Krejčí]],

k Vaší žádosti {{@ticket:SP-######}}: osobní trénink lze převést na manželku, stačí vyplnit formulář na recepci.

S přátelským pozdravem

[[sig|Bc. Lenka Horáková]]
{{job_title|manažerka pobočky}} Praha-Smíchov
Síla+ fitness a.s.
M: [[@phone:CZ:mintl]]""",
    # 13 chat last-turn name
    """[14:11] Zákazník: zapomněl jsem si v šatně hodinky Garmin
[14:12] Recepce: Dobrý den, tady [[intro|Simona]]. Máme je, jsou na recepci.
[14:12] Zákazník: skvělý, zítra si pro ně dojdu, [[sig|Filip Beneš]]""",
    # 14 name after a dash, sole-trader DIČ
    """Dobrý den [[sal|Moniko]],
fakturu za osobní tréninky prosím vystavit na OSVČ, DIČ [[@dicrc]], adresa [[address|Na Vyhlídce 229, 252 41 Dolní Břežany]].
– [[sig|Hanka]]""",
    # 15 forwarded e-mail about a trainer
    """[[sal|Zdeňku]],

přeposílám stížnost na trenéra [[oth|Patrika Sedláčka]] – klientka tvrdí, že lekce {{brand|BodyPump}} začala {{quantity|o 15 minut}} později. Řešíme pod {{@ticket:ZZ-#####}}.

Díky, [[sig|Klára]]""",
    # 16 name alone as signature, personal number
    """Dobrý den, pojišťovna chce potvrzení o členství pro příspěvek. Prosím vystavit na jméno [[oth|Miroslav Pokorný]], rodné číslo [[@rc:slash senior male]].

[[sig|Miroslav Pokorný]]""",
    # 17 direct debit form
    """Souhlas s inkasem
Majitel účtu: [[oth|Tomáš Vaněk]]
Číslo účtu: [[@iban:CZ:dom]]
Rodné číslo: [[@rc]]
Tarif: {{brand|Síla+ Unlimited}}, {{amount|1 190 Kč}} měsíčně
První faktura: {{@invoice:FP-######}}
Podpis: [[sig|T. Vaněk]]""",
    # 18 review signed with a nickname and a city
    """Na pobočce u {{street_as_brand|Masarykova nádraží}} je v 7 ráno plno, ale personál milý. Hodnotím {{quantity|4/5}}. – [[sig|Radka]], {{city|Praha}}""",
    # 19 B2B reply, company named after a surname
    """Dobrý den [[sal|pane Nováku]],

objednávku {{@order:OBJ-#####}} na {{quantity|20}} kettlebellů jsme přijali, expedice ze skladu {{cbrand|Kotlár Sport}} v {{city|Zlíně}} {{date|2. 4.}}.

Zdraví
[[sig|Šimon Bartoš]]
{{team_name|obchodní oddělení}}""",
    # 20 SMS with a name before the phone
    """Volejte prosím až po 17h, jsem v práci. [[sig|Eva]] [[@phone:CZ:mg3]]""",
]

# =========================================================================== sk
# a Slovak insurance broker ("Poistný dom Istota")

ITEMS["sk"] = [
    # 1 claim e-mail from a client
    """Dobrý deň,

nahlasujem poistnú udalosť k zmluve {{@policy:PZ-########}}: {{date|8. marca}} mi krupobitie poškodilo auto. Rodné číslo [[@rcsk:slash male]], plnenie prosím na účet [[@iban:SK:group]].

S pozdravom
[[sig|Marián Kováčik]]
[[@phone:SK:mintl]]""",
    # 2 broker reply with quoted text, salutation with title
    """Vážený [[sal|pán Kováčik]],

udalosť sme postúpili poisťovni, číslo škody {{@ticket:SU-2026-#####}}. Obhliadku technika čakajte do {{quantity|5 dní}}.

S úctou
[[sig|Ing. Zuzana Hudecová]]
{{job_title|likvidátorka škôd}}
Poistný dom Istota, s.r.o. | [[email|hudecova@istota-poistenie.sk]]

> {{date|9. 3. 2026}}, [[oth|Marián Kováčik]] napísal(a):
> nahlasujem poistnú udalosť""",
    # 3 web form for a household policy
    """Kalkulácia poistenia domácnosti
Meno a priezvisko: [[oth|Katarína Baláž]]
Rodné číslo: [[@rcsk:plain female]]
Adresa poistenej nehnuteľnosti: [[address|Hlavná 58, 080 01 Prešov]]
Telefón: [[@phone:SK:msk0slash]]
Plocha: {{quantity|74 m²}}, hodnota {{amount|92 000 €}}""",
    # 4 chat with a bot and an agent
    """Istotka (bot): Dobrý deň, ako vám môžem pomôcť?
Klient: potrebujem zelenú kartu do Srbska
Istotka (bot): Prepájam na poradcu.
Poradca: Dobrý deň, volám sa [[intro|Peter Gajdoš]]. Pošlem vám ju e-mailom ešte dnes.
Klient: ďakujem, [[sig|Ľubo]]""",
    # 5 review
    """Vybavili mi PZP aj havarijné za hodinu, lacnejšie o {{percent|18 %}} než minulý rok. Pani [[oth|Oľga]] z pobočky v {{city|Trnave}} je zlatá.
[[sig|Janka]] z {{city|Piešťan}}""",
    # 6 B2B: fleet insurance order
    """Dobrý deň [[sal|pani Hudecová]],

potvrdzujeme záujem o flotilové poistenie {{quantity|14 vozidiel}} podľa objednávky {{@order:OBJ-SK-#####}}. Údaje spoločnosti: {{cbrand|Doprava Mráz}} s.r.o., IČO [[@ico]], DIČ [[@icdph:plain]], IČ DPH [[@icdph:sksame]].

S pozdravom
[[sig|Roman Mráz]]
{{job_title|konateľ}}
tel. [[@phone:SK:fsk0]]""",
    # 7 commission invoice
    """FAKTÚRA {{@invoice:FA-2026-####}}
Dodávateľ: Poistný dom Istota, s.r.o., {{street_as_brand|Štúrova}} 11, {{city|Žilina}}
IČO [[@ico]], IČ DPH [[@icdph:sk]]
IBAN: [[@iban:SK:compact]]
Provízia za {{date|Q1 2026}}: {{amount|4 315,20 €}}
Vystavil: [[sig|Jozef Lacko]]""",
    # 8 SMS surname only
    """Zmluvu podpíšem zajtra o 10. [[sig|Horváth]]""",
    # 9 no PII
    """{{greeting_without_name|Dobrý deň}}, kryje cestovné poistenie aj lyžovanie mimo zjazdoviek? Odchádzame {{date|14. februára}} do {{city|Innsbrucku}}. Vďaka""",
    # 10 initials
    """Milá [[sal|Lucia]],

v prílohe posielam kópiu technického preukazu. Poistné zaplatím kartou [[@card:dash]], ak to ide.

Ďakujem
[[sig|E. Š.]]""",
    # 11 self-introduction in a letter
    """Vážení,

volám sa [[intro|Dušan Krajčír]] a som dedič po zosnulej matke [[oth|Anne Krajčírovej]] (rodné číslo [[@rcsk:slash senior female]]). Žiadam vyplatenie poistného plnenia zo životnej poistky na môj účet [[@iban:SK:group]].

S pozdravom
[[sig|Dušan Krajčír]]
[[address|Kpt. Nálepku 7, 071 01 Michalovce]]""",
    # 12 name after a dash
    """Poistka na chatu prišla, všetko sedí. Ešte prosím zmeniť číslo účtu na [[@iban:SK:dom]].
– [[sig|Milan]]""",
    # 13 internal e-mail
    """Ahoj [[sal|Tibor]],

klient [[oth|Viliam Šebo]] chce presunúť zmluvu {{@policy:ZM-#######}} na firmu, IČO [[@ico]]. Skontroluj prosím, či mu neprepadne bonus {{percent|10 %}}.

[[sig|Nika]]""",
    # 14 chat with the agent's last turn
    """[09:15] Klientka: dobrý deň, kedy príde peňažné plnenie za vytopený byt?
[09:17] Agent: Plnenie {{amount|1 870 €}} odišlo {{date|12. 3.}}, do 2 dní ho uvidíte.
[09:18] Klientka: super, ďakujem
[09:18] Agent: Rado sa stalo, pekný deň praje [[sig|Veronika]]""",
    # 15 degree after the name, surname-named company
    """Dobrý deň [[sal|pán inžinier Kollár]],

k dopytu {{@order:DP-######}} zasielam ponuky od {{quantity|troch}} poisťovní pre Vašu firmu {{cbrand|Kollár Stavby}}; najlepšia je {{amount|1 240 € ročne}}.

S pozdravom
[[sig|Mgr. Andrej Polák, MBA]]
{{job_title|senior poradca}}
[[@phone:SK:mintl]] | [[email|polak@istota-poistenie.sk]]""",
    # 16 client e-mail, surname first
    """Dobrý deň,
posielam DIČ pre faktúru za poistenie firmy: [[@icdph:plain]].
Ďakujem
[[sig|Bednárik Pavol]]""",
    # 17 name before the phone
    """Prosím zavolajte mi kvôli obhliadke, som doma celý deň. [[sig|Silvia]] [[@phone:SK:mg3]]""",
    # 18 review without a name: no PII
    """Hodnotenie {{quantity|2/5}}: na vybavenie škody {{@ticket:SU-2026-#####}} som čakal {{quantity|7 týždňov}}. Poradca milý, poisťovňa pomalá.
– [[sig|Ferko]]""",
    # 19 form: life insurance for a child
    """Prihláška – detské životné poistenie
Poistník: [[oth|Martina Hrušovská]]
Dieťa: [[oth|Samko Hrušovský]], RČ [[@rcsk:plain child male]]
Platiteľ: účet [[@iban:SK:lcgroup]]
Podpis: [[sig|M. Hrušovská]]""",
    # 20 broker reply with self-intro and salutation
    """Dobrý deň [[sal|pani Baláž]],

som [[intro|Gabriela Oravcová]], Vaša nová poradkyňa. Kalkulácia domácnosti vychádza na {{amount|96 € ročne}}.

Pekný deň
[[sig|Gabriela Oravcová]]
Poistný dom Istota – pobočka {{city|Prešov}}""",
]

# =========================================================================== ru
# a Russian cinema chain ("Киносеть «Полярная звезда»")

ITEMS["ru"] = [
    # 1 refund e-mail
    """Здравствуйте!

{{date|7 марта}} купил {{quantity|4 билета}} на сеанс в {{time|19:40}} (заказ {{@order:ПЗ-#######}}), сеанс отменили. Оплачивал картой [[@card:mirgroup]], прошу вернуть {{amount|2 360 ₽}}.

С уважением,
[[sig|Алексей Воронцов]]
[[@phone:RU:mruintl]]""",
    # 2 staff reply with a quote
    """Уважаемый [[sal|Алексей Петрович]],

возврат по заказу оформлен, деньги поступят в течение {{quantity|10 рабочих дней}}. Приносим извинения за отмену сеанса.

С уважением,
[[sig|Дарья Соколова]]
{{team_name|Служба заботы о зрителях}}
[[email|d.sokolova@polyarnaya-kino.ru]]

> {{date|08.03.2026}}, [[oth|Алексей Воронцов]] пишет:
> сеанс отменили, прошу вернуть деньги""",
    # 3 B2B: corporate screening order
    """Добрый день, [[sal|Ирина Сергеевна]]!

Подтверждаем аренду зала №3 на {{date|22 апреля}} для корпоративного показа. Реквизиты: ООО «Техностиль», ИНН [[@inn]], ОГРН [[@ogrn]].

С уважением,
[[sig|Николаев Д. А.]]
{{job_title|руководитель отдела персонала}}
тел. [[@phone:RU:fru8]]""",
    # 4 chat with a bot and an operator
    """Бот Кинокот: Привет! Чем помочь?
Гость: не пришли билеты на почту
Бот Кинокот: Передаю оператору.
Оператор: Здравствуйте, меня зовут [[intro|Екатерина]]. Продублировала билеты на [[email|zhenya.belov92@mail.ru]].
Гость: пришли, спасибо! [[sig|Женя]]""",
    # 5 review, name and city
    """Зал {{brand|IMAX}} отличный, звук мощный, но попкорн за {{amount|590 ₽}} – это перебор. Оценка {{quantity|4 из 5}}.
[[sig|Ольга]], {{city|Казань}}""",
    # 6 complaint letter with a title
    """Руководству киносети «Полярная звезда»

Я, [[intro|Гордеева Светлана Викторовна]], СНИЛС [[@snils:dash]], пенсионерка, прошу разъяснить, почему в кинотеатре на {{street_as_brand|улице Гагарина}} мне отказали в скидке {{percent|30%}} по пенсионному удостоверению.

[[sig|С. В. Гордеева]]
[[address|г. Тверь, ул. Садовая, д. 12, кв. 45]]""",
    # 7 supplier invoice (sole trader)
    """СЧЁТ № {{@invoice:СЧ-####/26}} от {{date|15.03.2026}}
Поставщик: ИП [[oth|Рахимов Тимур Ильдарович]], ИНН [[@innp]], ОГРНИП [[@ogrn:15]]
Покупатель: ООО «Полярная звезда Кино», ИНН [[@inn]]
Товар: стаканы 0,5 л {{@product:СТ-###-@}} – {{quantity|5000 шт.}}, {{amount|42 500 ₽}}
Счёт выставил: [[sig|Т. Рахимов]]""",
    # 8 SMS surname and initials
    """Да, бронь на субботу подтверждаю, предоплата с карты [[@card:mirdots]]. [[sig|Кузнецов]]""",
    # 9 no PII
    """{{greeting_without_name|Добрый день}}! Будет ли премьера «Мастера и Маргариты» в {{city|Новосибирске}} {{date|1 апреля}}? Спасибо""",
    # 10 staff e-mail with full block and degree
    """Уважаемая [[sal|Светлана Викторовна]]!

Скидка для пенсионеров действует только на дневные сеансы до {{time|17:00}}; приносим извинения за недопонимание.

С уважением,
[[sig|к.э.н. Павел Андреевич Лебедев]]
{{job_title|директор по клиентскому сервису}}
Киносеть «Полярная звезда»
[[@phone:RU:fruintl]], доб. 214""",
    # 11 chat, customer signs in the last turn
    """[20:14] Зритель: в зале 5 не работает кондиционер
[20:15] Администратор [[oth|Руслан]]: Уже идём, спасибо за сигнал!
[20:31] Зритель: заработал, спасибо. [[sig|Маргарита Ш.]]""",
    # 12 loyalty card form
    """Анкета участника программы «Звёздный зритель»
ФИО: [[oth|Быстров Илья Олегович]]
Дата рождения: {{date|03.11.1994}}
Телефон: [[@phone:RU:mru8]]
СНИЛС: [[@snils:dash2]]
ИНН (для налогового вычета не нужен, но указал): [[@innp:12sp]]
Подпись: [[sig|И. Быстров]]""",
    # 13 forwarded internal note
    """{{greeting_without_name|Коллеги}},

пересылаю жалобу гостя [[oth|Виктора Назарова]]: билетёр не пустил его с ребёнком 11 лет на фильм {{quantity|12+}}. Разберитесь до пятницы.

—
[[sig|Анна]]""",
    # 14 name after a dash
    """Отличный кинотеатр, всегда чисто, персонал вежливый. Спасибо вам!
— [[sig|Семён]]""",
    # 15 self-introduction, B2B advertising
    """Добрый день!

Меня зовут [[intro|Артём Ковалёв]], я представляю рекламное агентство {{cbrand|Мельников и партнёры}}. Хотим разместить ролик перед сеансами в {{quantity|18 залах}}. Наш ИНН [[@inn]], ОГРН [[@ogrn]].

[[sig|Артём Ковалёв]]
[[@phone:RU:mruintlsp]]""",
    # 16 refund via card, name before phone
    """[[sal|Даша]], верните пожалуйста деньги за билеты на карту [[@card:mirplain]], заказ {{@order:ПЗ-#######}}. [[sig|Лиля]] [[@phone:RU:mru8dash]]""",
    # 17 no PII
    """Почему в приложении не отображаются места в {{brand|VIP}}-зале? Версия {{version|5.12.1}}, {{brand|Android}}.
— [[sig|Гоша]]""",
    # 18 salutation and signature with role
    """Здравствуйте, [[sal|Наталья]]!

Ваш сертификат {{@num:СЕРТ-######}} продлён до {{date|30.06.2026}}, доплата списана с карты [[@card:mirdash]].

Хорошего просмотра!
[[sig|Максим]], {{team_name|поддержка «Полярной звезды»}}""",
    # 19 tax deduction certificate request
    """Здравствуйте, [[sal|Галина Петровна]]!
Прошу выдать справку об оплате абонемента для работодателя. Плательщик: [[oth|Зайцева Марина Игоревна]], СНИЛС [[@snils:sp]], ИНН [[@innp]].
[[sig|Зайцева М. И.]]""",
    # 20 lost property
    """{{greeting_without_name|Уважаемые сотрудники}}!
Вчера в зале 2 (сеанс {{time|21:10}}) оставил кожаную перчатку. Можно прислать курьером на [[address|Лиговский пр., д. 87, кв. 12, Санкт-Петербург]]. Если найдёте — позвоните, пожалуйста.
С благодарностью, [[sig|Олег Тихонов]], [[@phone:RU:mruintl]]""",
]

# =========================================================================== uk
# a Ukrainian mobile operator ("Хвиля Мобайл")

ITEMS["uk"] = [
    # 1 SIM re-registration e-mail
    """Добрий день!

Прошу переоформити номер [[@phone:UA:mua0sp]] на мене після смерті батька. Мій РНОКПП [[@rnokpp:mid male]], документи додаю.

З повагою,
[[sig|Богдан Ткачук]]
[[address|вул. Шевченка, 41, кв. 7, м. Вінниця, 21000]]""",
    # 2 staff reply with a quote
    """Шановний [[sal|пане Богдане]],

заявку {{@ticket:ЗВ-######}} прийнято, переоформлення займе до {{quantity|3 робочих днів}}. Співчуваємо вашій втраті.

З повагою,
[[sig|Оксана Литвиненко]]
{{team_name|Служба підтримки абонентів}}
[[email|o.lytvynenko@hvylia.ua]]

> {{date|11.03.2026}} [[oth|Богдан Ткачук]] написав:
> Прошу переоформити номер""",
    # 3 chat with a bot and an operator
    """Бот Хвилька: Вітаю! Чим допомогти?
Абонент: списали гроші за послугу, яку я не підключав
Бот Хвилька: З'єдную з оператором.
Оператор: Добрий день, мене звати [[intro|Ірина]]. Послугу «{{brand|Музика+}}» вимкнено, {{amount|45 грн}} повернемо на рахунок.
Абонент: дякую, [[sig|Віталій]]""",
    # 4 B2B corporate tariff order
    """Доброго дня, [[sal|Тарасе Миколайовичу]]!

Просимо підключити {{quantity|35 SIM-карток}} за тарифом «{{brand|Бізнес Безліміт}}». Реквізити: ТОВ «Агроплюс-Схід», ЄДРПОУ [[@edrpou]], IBAN [[@iban:UA:group]].

З повагою,
[[sig|Мельник Галина]]
{{job_title|офіс-менеджер}}
тел. [[@phone:UA:fua38]]""",
    # 5 review
    """Зв'язок у {{city|Карпатах}} тримає навіть на полонині, інтернет {{quantity|4G}} стабільний. Ставлю {{quantity|5 з 5}}.
[[sig|Назар]] зі {{city|Львова}}""",
    # 6 invoice from the operator
    """РАХУНОК {{@invoice:РХ-2026-######}}
Постачальник: ТОВ «Хвиля Мобайл», ЄДРПОУ [[@edrpou]], {{street_as_brand|вул. Лесі Українки}}, {{city|Київ}}
Платник: ФОП [[oth|Савчук Андрій Петрович]], РНОКПП [[@rnokpp]]
Сума: {{amount|1 740,00 грн}}, сплатити до {{date|25.03.2026}} на [[@iban:UA:compact]]
Виписала: [[sig|Л. Гребенюк]]""",
    # 7 SMS reply, surname
    """Так, заміну SIM підтверджую, доплату зніміть з картки [[@card:dots]], заберу у четвер. [[sig|Поліщук]]""",
    # 8 no PII
    """{{greeting_without_name|Доброго дня}}! Чи працює роумінг у {{city|Молдові}} за тарифом {{@product:TRF-@@##}}? Дякую""",
    # 9 card payment problem, initials
    """[[sal|Пані Олено]],

автоплатіж з картки [[@card:group]] не пройшов {{date|1 березня}} (рахунок {{@invoice:РХ-@@#####}}), хоча гроші на картці були. Перевірте, будь ласка.

Дякую,
[[sig|Д. К.]]""",
    # 10 complaint letter, self-introduction
    """{{job_title|Генеральному директору}} ТОВ «Хвиля Мобайл»

Я, [[intro|Кравчук Людмила Іванівна]], РНОКПП [[@rnokpp:senior female]], абонент з {{date|2009 року}}, скаржуся на відсутність зв'язку в селі протягом {{quantity|двох тижнів}}.

[[sig|Л. І. Кравчук]]
[[@phone:UA:mua0]]""",
    # 11 chat, the agent's last turn
    """[18:02] Абонент: як перенести номер від іншого оператора?
[18:03] Оператор: Візьміть паспорт і РНОКПП у будь-який салон, перенесення безкоштовне.
[18:03] Абонент: ок
[18:04] Оператор: Гарного вечора! Ваша [[sig|Соломія]]""",
    # 12 web form, number porting
    """Заявка на перенесення номера
ПІБ: [[oth|Гнатюк Ярослав Романович]]
Номер: [[@phone:UA:mintl]]
РНОКПП: [[@rnokpp:mid male]]
E-mail: [[email|yar.hnatiuk@ukr.net]]
Підпис: [[sig|Я. Гнатюк]]""",
    # 13 forwarded internal note
    """[[sal|Максиме]],

абонентка [[oth|Вікторія Бондар]] (РНОКПП [[@rnokpp:female]]) просить компенсацію за простій вежі в {{city|Житомирі}}. Тікет {{@ticket:ЗВ-######}}, розмір компенсації {{amount|150 грн}}.

[[sig|Оля]], {{team_name|2-га лінія}}""",
    # 14 name after a dash
    """Дякую за швидку заміну eSIM, усе працює!
– [[sig|Тетяна]]""",
    # 15 staff e-mail with degree
    """Шановна [[sal|пані Людмило Іванівно]]!

Базову станцію в с. Липовець відновлено {{date|14.03.2026}}, на ваш рахунок зараховано компенсацію {{amount|200 грн}}.

З повагою,
[[sig|к.т.н. Сергій Онищенко]]
{{job_title|керівник технічного відділу}}
Хвиля Мобайл, [[@phone:UA:fintl]]""",
    # 16 refund request with IBAN, name before phone
    """[[sal|Пане Олеже]], прошу повернути залишок {{amount|312 грн}} з закритого контракту {{@contract:КН-#######}} на IBAN [[@iban:UA:group]], РНОКПП [[@rnokpp]]. [[sig|Андрій]] [[@phone:UA:mua0sp]]""",
    # 17 no PII
    """Коли у {{city|Харкові}} з'явиться 5G? Обіцяли ще у {{date|2025 році}}.
[[sig|Ігор]]""",
    # 18 self-introduction by a dealer
    """Добрий день!
Мене звати [[intro|Роман Зінченко]], я власник салону зв'язку {{cbrand|Зінченко Телеком}} у {{city|Полтаві}}. Хочемо стати дилером, наш ЄДРПОУ [[@edrpou]].
[[sig|Роман]]""",
    # 19 review with a surname-first signature
    """Менеджерка [[oth|Аліна]] в салоні на {{street_as_brand|проспекті Грушевського}} допомогла перенести контакти, дуже уважна.
[[sig|Коваленко Петро]]""",
    # 20 gift SIM for a child, form
    """Договір на дитячий номер
Батько: [[oth|Дмитро Приходько]], РНОКПП [[@rnokpp:mid male]]
Дитина: [[oth|Софійка Приходько]]
Адреса: [[address|вул. Соборна, 5, м. Рівне, 33028]]
Замовлення {{@order:ZM-#######}}, оплата карткою [[@card:plain]]
[[sig|Дмитро П.]]""",
]

# =========================================================================== en
# a British veterinary practice ("Hollybank Veterinary Surgery")

ITEMS["en"] = [
    # 1 client e-mail about a bill
    """Hi there,

I was charged twice for Biscuit's vaccination on {{date|3 March}} ({{amount|£68.50}} each). The card was [[@card:group]]. Could you refund one of them please?

Many thanks,
[[sig|Rachel Whitmore]]
[[@phone:GB:mintl]]""",
    # 2 staff reply with a quote
    """Dear [[sal|Ms Whitmore]],

apologies for the double charge – the second payment has been refunded today, reference {{@ticket:HB-######}}. Please allow {{quantity|3-5 working days}}.

Kind regards,
[[sig|Priya Chandra]]
{{job_title|Practice Manager}}
Hollybank Veterinary Surgery
[[email|priya.chandra@hollybankvets.co.uk]]

> On {{date|4 Mar 2026}}, [[oth|Rachel Whitmore]] wrote:
> I was charged twice for Biscuit's vaccination""",
    # 3 chat with a bot and a nurse
    """HollyBot: Hello! How can I help today?
Client: my dog ate some chocolate, is that an emergency?
HollyBot: Connecting you to a nurse now.
Nurse: Hi, I'm [[intro|Gemma]], one of the RVNs. How much and what kind of chocolate, and how heavy is your dog?
Client: about half a bar of dark, he's 12 kg
Nurse: Please bring him in now, we'll see him straight away.
Client: on our way. [[sig|Tom]]""",
    # 4 locum vet invoice
    """INVOICE {{@invoice:INV-####}}
From: [[oth|Dr Fiona MacLeod]] BVMS MRCVS, locum veterinary surgeon
UTR: [[@utr:sp]]
To: Hollybank Veterinary Surgery, {{street_as_brand|Nelson Road}}, {{city|Harrogate}}
Services: {{quantity|6 days}} cover, {{date|10–15 March 2026}}, {{amount|£2,940.00}}
Bank: [[@iban:GB:group]]

[[sig|Fiona MacLeod]]""",
    # 5 review with name and town
    """Five stars. [[oth|Mr Alvarez]] and the team saved our cat after a road accident – kind, honest about costs and they rang every evening.
[[sig|Sue]] from {{city|Ripon}}""",
    # 6 complaint letter with a title
    """Dear Sir or Madam,

I am writing to complain about the treatment of my Labrador, Bramble, on {{date|18 February}}. The vet, [[oth|Mr Hughes]], did not explain the {{amount|£412}} estimate before starting, and {{amount|£150}} was taken from my card [[@card:amex]] without my consent.

Yours faithfully,

[[sig|Mrs Patricia Ellison]]
[[address|14 Orchard Close, Knaresborough HG5 8QT]]""",
    # 7 supplier order confirmation
    """Dear [[sal|Dr Okafor]],

thank you for order {{@order:PO-######}}: {{quantity|20 boxes}} of {{brand|Metacam}} 1.5 mg/ml ({{@product:MC-###@}}) and {{quantity|4}} cases of {{brand|Hill's}} i/d. Our VAT no. is [[@gbvat:gbsp]].

Best wishes,
[[sig|Callum Reid]]
{{job_title|Account Manager}}, Northern Vet Supplies Ltd
M: [[@phone:GB:mnat]]""",
    # 8 SMS reply with surname
    """Yes Thursday 9.40 is fine for the dental. Thanks, [[sig|Gallagher]]""",
    # 9 no PII
    """{{greeting_without_name|Hello}}, do you take new exotic patients? We have a bearded dragon and are moving to {{city|York}} in {{date|May}}. Thanks""",
    # 10 pet plan form
    """Pet Health Club sign-up
Owner: [[oth|Daniel O'Connor]]
Address: [[address|7 Hawthorn Way, Harrogate HG2 0LP]]
Email: [[email|dan.oconnor84@gmail.com]]
Pet: Luna (cat, {{quantity|3 yrs}})
Monthly fee {{amount|£16.99}} by card [[@card:plain]]
Signed: [[sig|D. O'Connor]]""",
    # 11 initials
    """Hi [[sal|Jess]],

Could you email me the insurance claim form for Pepper's cruciate surgery? Invoice {{@invoice:INV-####}}. I'll pay the excess by card [[@card:dash]].

Cheers
[[sig|K.B.]]""",
    # 12 staff e-mail with degrees after the name
    """Dear [[sal|Mr and Mrs Patel]],

Milo's blood results are back and everything is within normal range. No further treatment is needed.

Warm regards,

[[sig|Dr Hannah Lowe BVSc MRCVS]]
Veterinary Surgeon
Hollybank Veterinary Surgery | [[@phone:GB:fnat]]""",
    # 13 chat, client's name in last turn
    """[11:20] Reception: Hollybank Vets, [[intro|Amy]] speaking, how can I help?
[11:21] Client: can I move Rolo's booster from Friday to next week?
[11:22] Reception: Of course – Tuesday {{time|2.15pm}} with [[oth|Mr Alvarez]]?
[11:22] Client: perfect, thank you, [[sig|Margaret Thornton]]""",
    # 14 name after a dash
    """Just wanted to say thank you to everyone who looked after Daisy in her last days. We'll never forget your kindness.
— [[sig|Ian]] & [[sig|Karen]]""",
    # 15 B2B: crematorium partner
    """Hi [[sal|Priya]],

attached is our March statement for the pet cremation service, {{quantity|11}} collections, total {{amount|£1,815.00}}. Please pay to [[@iban:GB:compact]]; our VAT registration is [[@gbvat:gb]].

Thanks,
[[sig|Stuart Pennington]]
Dales Pet Crematorium
[[@phone:GB:fnat]]""",
    # 16 name before phone
    """Please can someone call me about Max's stitches, one looks open. [[sig|Lorraine]] [[@phone:GB:mnat]]""",
    # 17 accessibility request with a self-introduction
    """Hello,

My name is [[intro|Graham Pickering]]; I am registered disabled and would like to request a home visit for my elderly cat. My GP surgery asked me to give you my NHS number, [[@nhs:sp]], for the assistance scheme.

[[sig|Graham]]""",
    # 18 surname first in a form
    """Referral form – Ryedale Referrals
Referring vet: [[oth|Lowe, Hannah]]
Patient: Milo (owner [[oth|Mr Patel]]), {{quantity|7 yrs}}, ECG {{date|20/03/2026}}
Practice VAT: [[@gbvat:plain]]
Practice UTR: [[@utr]]
Fees to: [[@iban:GB:dash]]""",
    # 19 no PII
    """Great practice, always on time, parking on {{street_as_brand|Victoria Avenue}} is a pain though. {{quantity|4/5}} – [[sig|Bev]]""",
    # 20 accountant e-mail
    """Dear [[sal|Priya]],

for the year-end accounts I still need the practice's UTR ([[@utr]]) confirmed and the VAT return for {{date|Q4}}. Our fee will be {{amount|£1,250 + VAT}}, payable to [[@iban:GB:group]].

Regards,
[[sig|Neil Barraclough ACA]]
{{cbrand|Barraclough & Co}}, Chartered Accountants""",
]

# =========================================================================== de
# a German solar installer ("SonnenWerk Photovoltaik GmbH")

ITEMS["de"] = [
    # 1 customer e-mail about an offer
    """Guten Tag,

vielen Dank für das Angebot {{@order:ANG-@@####}} über eine {{quantity|9,8 kWp}}-Anlage mit Speicher. Die Anzahlung von {{amount|4.500 €}} überweise ich von meinem Konto [[@iban:DE:group]].

Mit freundlichen Grüßen
[[sig|Stefanie Brandt]]
[[@phone:DE:mintl]]""",
    # 2 staff reply with a quote
    """Sehr geehrte [[sal|Frau Brandt]],

die Anzahlung ist eingegangen. Die Montage ist für die {{date|KW 17}} geplant; unser Team meldet sich zwei Tage vorher.

Freundliche Grüße
[[sig|Jonas Keller]]
{{job_title|Projektleiter}}
SonnenWerk Photovoltaik GmbH
[[email|j.keller@sonnenwerk-pv.de]]

> Am {{date|12.03.2026}} schrieb [[oth|Stefanie Brandt]]:
> Die Anzahlung überweise ich von meinem Konto""",
    # 3 chat with a bot and an adviser
    """Sonni (Bot): Hallo! Interessieren Sie sich für eine PV-Anlage?
Kunde: ja, für ein Reihenhaus in {{city|Kassel}}
Sonni (Bot): Ich verbinde Sie mit einer Beraterin.
Beraterin: Guten Tag, hier ist [[intro|Melanie Vogt]]. Wie groß ist Ihre Dachfläche ungefähr?
Kunde: ca. {{quantity|45 m²}}, Süddach
Beraterin: Dann passen etwa {{quantity|22 Module}}. Ich schicke Ihnen ein Angebot.
Kunde: super, danke! [[sig|Holger]]""",
    # 4 supplier invoice
    """RECHNUNG Nr. {{@invoice:RE-######}}
Lieferant: Modulhandel Süd GmbH, {{street_as_brand|Goethestraße}} 20, {{city|Augsburg}}
USt-IdNr.: [[@ustid:de]]
Kunde: SonnenWerk Photovoltaik GmbH, USt-IdNr. [[@ustid:desp]]
{{quantity|120}} × Modul {{@product:SW-###-@@}}, {{amount|14.280,00 €}} netto
Bankverbindung: [[@iban:DE:group]]
Bearbeitet von: [[sig|Claudia Reinhardt]]""",
    # 5 review
    """Montage sauber und pünktlich, die Jungs vom {{team_name|Team Nord}} waren top. Nur die Anmeldung beim Netzbetreiber hat {{quantity|7 Wochen}} gedauert.
[[sig|Uwe]] aus {{city|Göttingen}}""",
    # 6 complaint letter with a title
    """Sehr geehrte Damen und Herren,

seit dem {{date|3. Februar}} zeigt der Wechselrichter ({{brand|Fronius}}) die Fehlermeldung {{@product:E-###}}. Ihr Monteur [[oth|Herr Schubert]] hat trotz zweier Termine nichts behoben. Ich setze Ihnen eine Frist bis {{date|31.03.2026}}.

Mit freundlichen Grüßen

[[sig|Dr. Bernd Hoffmann]]
[[address|Lindenweg 12, 34117 Kassel]]""",
    # 7 tax form for the operator, Steuer-ID
    """Für die Anmeldung als Anlagenbetreiber beim Finanzamt brauche ich laut Ihrem Merkblatt meine Steuer-ID: [[@idnr:sp]]. Meine Frau ([[oth|Sabine Lorenz]]) hat die [[@idnr]].

Grüße
[[sig|Lorenz, Matthias]]""",
    # 8 SMS reply surname only
    """Passt, Dienstag ab 8 Uhr ist jemand da. Gruß [[sig|Wagner]]""",
    # 9 no PII
    """{{greeting_without_name|Hallo}}, lohnt sich ein Balkonkraftwerk mit {{quantity|800 W}} in {{city|Leipzig}}? Oder nur mit Speicher? Danke""",
    # 10 degree, salutation with title
    """Sehr geehrter [[sal|Herr Dr. Hoffmann]],

wir bedauern die Verzögerung. Der Wechselrichter wird am {{date|24.03.}} kostenlos getauscht; als Entschädigung erhalten Sie {{amount|250 €}}.

Mit freundlichen Grüßen

[[sig|Dipl.-Ing. Katrin Weber]]
{{job_title|Leiterin Kundendienst}}
SonnenWerk Photovoltaik GmbH
Tel. [[@phone:DE:fdeslash]]""",
    # 11 web form
    """Kontaktformular – Wartungsvertrag
Name: [[oth|Friedrich Hahn]]
Adresse: [[address|Am Mühlbach 4, 37073 Göttingen]]
E-Mail: [[email|f.hahn@t-online.de]]
Telefon: [[@phone:DE:mdedash]]
Zahlungsart: Kreditkarte [[@card:group]]
Nachricht: Bitte Wartung jährlich im {{date|April}}.""",
    # 12 initials
    """Hallo [[sal|Jonas]],

anbei das Foto vom Zählerschrank. Zählernummer {{@meter:1ESY########}}. Die Rate für den Speicher bitte wie besprochen von [[@iban:DE:compact]] abbuchen.

VG
[[sig|K.M.]]""",
    # 13 chat, customer signs in the last turn
    """[16:40] Kunde: die App zeigt seit gestern 0 kWh
[16:41] Support: Hallo, hier ist [[intro|Lukas]]. Bitte starten Sie den Datenlogger einmal neu.
[16:48] Kunde: jetzt geht's wieder, danke! [[sig|Annette Krüger]]""",
    # 14 Austrian B2B, AT UID
    """Sehr geehrte [[sal|Frau Weber]],

wir bestellen {{quantity|6}} Speicher {{@product:BAT-##@}} für unsere Projekte in {{city|Salzburg}}. UID: [[@atu]], Zahlung auf Ihr Konto, Rückerstattungen bitte an [[@iban:AT:group]].

Mit besten Grüßen
[[sig|Ing. Florian Gruber]]
{{cbrand|Gruber Elektrotechnik}} GmbH""",
    # 15 name after a dash
    """Anlage läuft seit {{quantity|einem Monat}}, schon {{quantity|640 kWh}} erzeugt. Danke an alle!
– [[sig|Sven]]""",
    # 16 forwarded internal note
    """Hi [[sal|Katrin]],

Kunde [[oth|Herr Yilmaz]] will die Schlussrechnung {{@invoice:RE-######}} auf seine Firma umschreiben lassen, USt-IdNr. [[@ustid:de]]. Kannst du das freigeben?

[[sig|Jonas]]""",
    # 17 name before phone
    """Hallo [[sal|Herr Keller]], bitte vor Anfahrt kurz anrufen, Hund im Garten. [[sig|Petra]] [[@phone:DE:mnat]]""",
    # 18 self-introduction, subsidy
    """Guten Tag,

mein Name ist [[intro|Hartmut Schulze]], ich bin Rentner und möchte den KfW-Zuschuss beantragen. Meine Steuer-Identifikationsnummer: [[@idnr:sp4]], Konto [[@iban:DE:dash]].

Freundlich grüßt
[[sig|H. Schulze]]""",
    # 19 no PII
    """Welcher Hersteller ist besser, {{brand|SMA}} oder {{brand|Kostal}}? Und gibt es {{percent|0 %}} MwSt. auch auf Speicher?""",
    # 20 Kleinunternehmer electrician subcontractor
    """Rechnung {{@invoice:TB-##@##}}
Elektroarbeiten Anschluss Zählerschrank, Objekt {{street_as_brand|Schillerstraße}}, {{city|Kassel}}
{{amount|1.180,00 €}} (Kleinunternehmer, keine USt.)
Steuer-ID: [[@idnr]]
IBAN: [[@iban:DE:group]]
Elektro [[sig|Timo Brenner]]""",
]


# ----------------------------------------------------------------------------- main

CHECKSUM_KINDS = {"card", "iban", "pesel", "birth_number", "national_id", "tax_id"}
MINIMA = {
    "signature": 12,
    "salutation": 6,
    "self_intro": 3,
    "checksum_id": 15,
    "phone": 3,
    "email": 2,
    "address": 2,
    "near_miss_keep": 8,
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
            c["near_miss_keep"] += 1
            if s["what"] in ("order_number", "invoice_number"):
                c["order_or_invoice_keep"] += 1
    return c


def build() -> list[dict]:
    rows = []
    for lang in LANGS:
        items = ITEMS[lang]
        assert len(items) == 20, (lang, len(items))
        for i, template in enumerate(items, 1):
            rows.append(fill(f"d19-{lang}-{i:02d}", lang, template))
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
    assert 0.30 <= t["name"] / total <= 0.60, t["name"] / total
    assert 0.20 <= t["checksum_id"] / total <= 0.50, t["checksum_id"] / total
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
