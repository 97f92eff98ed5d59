#!/usr/bin/env python3
"""Write data/eval/pii/dev16.jsonl: hand-written PII texts on salutations and signatures (development split).

140 customer texts (20 each in pl, cs, sk, ru, uk, en, de) by a separate author,
each its own hand-written template. The focus is on the names in greetings and
signatures in every shape customers and companies write them: vocatives of
first names and surnames, first name + patronymic, titles (Pani, pane, Herr Dr.,
пане, professor, inženýrka, Mecenas) before a name, academic titles before and
after it, double names and double surnames, informal greetings and nicknames,
lower case without diacritics, time-of-day greetings, two addressees, a name
after "Hello" on the same line as the message; signatures with a name alone,
with role, company, phone, e-mail and address lines, initial + surname, surname
first or in capitals, two signers, "i. A." / "v z." / "за дорученням" / "pp",
names after informal closings on the same line, "Sent from my iPhone" under the
name, a pipe-separated role, closings in another language than the body, a
quoted earlier message under the name, chats, SMS, reviews ("name from city")
and forms ("Podpis: ..."). A few checksum ids, phones, e-mails and addresses
stand in the signature blocks.

Near-misses that must survive redaction: team signatures, company-only
signatures and brands named after a surname (``{{cbrand|...}}``), job titles
alone, greetings without a name, cities after a name, order/invoice/ticket/
tracking/contract numbers, dates, times, amounts. About 7 items carry no PII.

Labelling: a title standing right before a name belongs to the name span
("Pani Moniko", "Herr Dr. Weber", "пане Іване", "Dr. Priya Raman PhD FRCP");
a greeting word ("Dear", "Dobrý den", "Hallo") does not, nor a closing word,
"i. A.", "v z.", "pp", "За дорученням", a form label or a job title on its own.
Names carry a context: salutation, signature, self_intro or other (names in a
quoted header or a form's name field).

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Moniko]]         name, context salutation   (also sig / intro / oth)
    [[email|a@b.pl]]       literal PII of a kind (email, phone, address, url_token...)
    [[@nip]]               PII value drawn by a generator (kind from GEN)
    {{city|Gdyni}}         literal keep span with its `what`
    {{cbrand|Meble Wiśniewski}} a company named after a surname: keep, what `brand`
    {{@order:####}}        keep value drawn by a generator (what from KEEP_GEN)

Every identifier gets computed check digits and is validated with python-stdnum,
every written PII span of a checksum kind is checked once more by its kind
(id_valid), every phone number passes phonenumbers.is_valid_number, and numbered
near-misses fail every id check and are no valid phone number of the text's
region. Each language must reach the minima in MINIMA (checked on every run,
--check included). The seed of every item is fixed ("d16:" + its id).

    .venv/bin/python scripts/make_pii_dev16.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_dev16.py --check   # file on disk == output
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
OUT = ROOT / "data" / "eval" / "pii" / "dev16.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
SEED = "d16:"

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
    # 1 customer thanks the shop
    """Dzień dobry [[sal|Pani Moniko]],

dziękuję za szybki kontakt w sprawie zamówienia {{@order:ZAM-######}}. Paczka dotarła dziś rano, wszystko się zgadza.

Pozdrawiam serdecznie
[[sig|Grzegorz Wilczyński]]
tel. [[@phone:PL:mg3]]""",
    # 2 supplier writes to a company president
    """Szanowny [[sal|Panie Prezesie Zalewski]],

przesyłam korektę faktury {{@invoice:FK/###/2026}} na kwotę {{amount|1 240,00 zł}}.

Z wyrazami szacunku
[[sig|dr inż. Halina Strzelecka]]
{{job_title|Kierownik Działu Rozliczeń}}
{{cbrand|Drukarnia Sobczak Sp. z o.o.}}
NIP [[@nip:dash]]""",
    # 3 informal chat
    """Hej [[sal|Kasiu]]! Czy mogę jeszcze zmienić rozmiar w zamówieniu {{@order:########}}? Zamiast M potrzebuję L. Pozdro [[sig|Bartek]]""",
    # 4 review with a city
    """Bardzo szybka wysyłka, kurtka zgodna z opisem, polecam sklep {{brand|Outdoorovo}}. Ocena 5/5.
[[sig|Wojtek]] z {{city|Gdyni}}""",
    # 5 complaint form
    """Formularz reklamacyjny
Numer zamówienia: {{@order:PL-#####-@@}}
Opis: pękła szyba w drzwiczkach piekarnika po dwóch tygodniach użytkowania.
Data: {{date|14.10.2026}}
Podpis: [[sig|A. Pietrzak]]""",
    # 6 no PII: template reply
    """{{greeting_without_name|Dzień dobry Państwu}},

informujemy, że zgłoszenie {{@ticket:ZGL-######}} zostało zamknięte. W razie pytań prosimy o kontakt przez formularz na stronie.

Z poważaniem
{{team_name|Zespół Obsługi Klienta}}
{{brand|NetPol Światłowód}}""",
    # 7 two addressees, two signers
    """Szanowna [[sal|Pani Ewo]], szanowny [[sal|Panie Marku]],

w załączeniu przesyłamy harmonogram prac remontowych na klatce B. Prace potrwają do {{date|30 listopada}}.

[[sig|Anna Lis]] i [[sig|Piotr Kmita]]
{{team_name|Zarząd Wspólnoty Mieszkaniowej}}""",
    # 8 lower case, no diacritics
    """dzien dobry [[sal|panie lukaszu]]
nadal nie mam internetu od wczoraj, router miga na czerwono. prosze o telefon
[[sig|zbigniew kaluza]]""",
    # 9 pipe role
    """Zmiana grafiku potwierdzona, dostawa w czwartek od 6:00 do 14:00.

[[sig|Marek Wójcik]] | {{job_title|Kierownik zmiany}} | {{cbrand|Piekarnia Gawroński}}""",
    # 10 surname first in capitals, phone footer
    """Witam,
proszę o anulowanie umowy {{@contract:UM/####/##}} z końcem miesiąca.

[[sig|KOWALEWSKA Dorota]]

Wysłane z iPhone'a""",
    # 11 no name after a title
    """{{greeting_without_name|Szanowna Pani Dyrektor}},

uprzejmie prosimy o potwierdzenie terminu szkolenia BHP dla {{quantity|12 osób}}.

[[sig|Bożena Kulik]]
{{team_name|Dział Kadr}}
{{cbrand|Zakłady Mięsne Duda}}""",
    # 12 double surname, lawyer
    """Szanowna [[sal|Pani Mecenas Kowalczyk-Nowak]],

potwierdzam odbiór pisma z dnia {{date|3 września 2026 r.}} w sprawie sygn. akt I C 412/26.

Łączę wyrazy szacunku
[[sig|adw. Joanna Brzezińska-Kulas]]
[[email|j.brzezinska@kancelaria-bk.pl]]""",
    # 13 evening greeting, English closing
    """Dobry wieczór [[sal|Panie Zdzisławie]],
dziękuję za naprawę pralki, działa bez zarzutu.
Best regards,
[[sig|Ola Tomczyk]]""",
    # 14 chat with an agent
    """Klient: Kiedy dostanę zwrot za bilet?
Konsultant: Zwrot {{amount|89,90 zł}} zlecono dziś, środki będą na koncie w ciągu 3 dni roboczych. Czy mogę jeszcze w czymś pomóc?
Klient: Nie, dziękuję.
Konsultant: Miłego dnia!
— [[sig|Agnieszka]]""",
    # 15 signature above a quoted message
    """Dzięki, termin pasuje.

Pozdrawiam
[[sig|Rafał]]

> Dnia {{date|12.03.2026}} o {{time|10:14}} [[oth|Justyna Bielecka]] napisała:
> Proponuję montaż we wtorek rano.""",
    # 16 SMS
    """Dzien dobry, czy kurier moze przyjechac jutro po 16? Paczka {{@tracking:#### #### ####}}. [[sig|Tomek]]""",
    # 17 hello on the same line
    """Cześć [[sal|Marta]], mam pytanie o karnet na siłownię – czy można go zawiesić na miesiąc?
Dzięki, [[sig|Iza]]""",
    # 18 on behalf
    """W imieniu Zarządu informujemy, że spotkanie zostało przełożone na {{date|5 grudnia}}.

z up. [[sig|Krystyna Maj]]
{{cbrand|Kancelaria Nowakowski}}
nr rachunku: [[@iban:PL:nrb]]""",
    # 19 professor with full contact block
    """[[sal|Panie Krzysztofie]],
w załączeniu recenzja pracy. Proszę o potwierdzenie odbioru.

[[sig|prof. dr hab. Wiesław Grabarczyk]]
{{team_name|Katedra Inżynierii Materiałowej}}
[[address|ul. Szkolna 14/3, 90-123 Łódź]]
[[@phone:PL:fintl]]""",
    # 20 brand in the signature line
    """Dzień dobry,
szafa dotarła uszkodzona, zdjęcia w załączniku. Proszę o kontakt.
[[sig|Jadwiga Olszewska-Róg]]

---
Odpowiedź: {{cbrand|Meble Wiśniewski}} – {{team_name|Dział Reklamacji}}""",
]

# =========================================================================== cs

ITEMS["cs"] = [
    # 1 engineer title, female
    """Vážená [[sal|paní inženýrko Vondráčková]],

posíláme opravenou fakturu {{@invoice:FV-####-###}} za projekční práce. Splatnost zůstává {{date|15. 12. 2026}}.

S pozdravem
[[sig|Ing. Lenka Horská, Ph.D.]]
{{job_title|vedoucí ekonomického oddělení}}
{{cbrand|Stavby Procházka s.r.o.}}""",
    # 2 surname vocative
    """Dobrý den [[sal|pane Dvořáku]],
kotel stále hlásí chybu E4, technik u nás byl minulý týden.
Děkuji
[[sig|Radek Šimánek]]
[[@phone:CZ:mg3]]""",
    # 3 informal with nickname
    """Ahoj [[sal|Peťo]], objednávka {{@order:OBJ######}} už dorazila? Díky, [[sig|Míša]]""",
    # 4 two addressees
    """Vážená [[sal|paní Nová]], vážený [[sal|pane Starý]],

svolávám schůzi vlastníků na {{date|9. ledna}} v {{time|18:00}} do společenské místnosti.

[[sig|Mgr. Tereza Kratochvílová]]
{{job_title|předsedkyně výboru SVJ}}""",
    # 5 lower case, no diacritics
    """dobry den [[sal|pani hajkova]]
porad mi nechodi vyuctovani za plyn, prosim poslat znovu
[[sig|jaroslav melichar]]""",
    # 6 no PII
    """{{greeting_without_name|Vážení}},

děkujeme za Vaši zprávu. Požadavek {{@ticket:SR-######}} jsme předali technickému oddělení a ozveme se do {{quantity|3 pracovních dnů}}.

Vyřizuje: [[sig|Hana Pešková]]
{{team_name|Zákaznická podpora}}
{{brand|ČeskýNet}}""",
    # 7 doctor vocative
    """Dobré odpoledne [[sal|pane doktore Horáku]],
prosím o přeobjednání kontroly na jiný termín, ve čtvrtek nemohu.
Zdravím [[sig|Jirka]]""",
    # 8 on behalf
    """Potvrzujeme přijetí reklamace {{@ticket:RK/####/26}}. Výsledek Vám sdělíme do 30 dnů.

v z. [[sig|Kateřina Benešová]]
{{team_name|Reklamační oddělení}}""",
    # 9 surname first, capitals
    """Dobrý den,
žádám o výpověď smlouvy {{@contract:SML-########}} ke konci měsíce.

[[sig|NOVOTNÝ Pavel]]
[[address|Lipová 218, 530 02 Pardubice]]""",
    # 10 initial + surname, iPhone
    """Zásilka dorazila poškozená, posílám fotky.

S pozdravem
[[sig|J. Kříž]]

Odesláno z iPhonu""",
    # 11 review with a city
    """Skvělý servis, auto hotové za dva dny a levněji než v odhadu. Doporučuji autoservis {{cbrand|Pokorný & syn}}.
[[sig|Honza]] z {{city|Olomouce}}""",
    # 12 chat
    """Operátor: Dobrý den, jmenuji se [[intro|Veronika]], jak Vám mohu pomoci?
Zákazník: Nefunguje mi internet.
Operátor: Restartovala jsem Vám modem na dálku, zkuste to prosím teď.
Zákazník: Už to jede, díky.
— [[sig|Veronika]], {{team_name|technická podpora}}""",
    # 13 English closing in a Czech mail, pipe role
    """Dobrý den [[sal|paní Malá]],
v příloze posílám podklady k nabídce.
Kind regards
[[sig|Tomáš Bednář]] | {{job_title|Key Account Manager}} | [[@phone:CZ:intl]]""",
    # 14 quoted reply
    """Děkuji, termín 14. 11. mi vyhovuje.
[[sig|Alena]]

-----Původní zpráva-----
Od: [[oth|Ondřej Kubíček]] <[[email|ondrej.kubicek@montaze-ok.cz]]>
Předmět: Termín montáže""",
    # 15 SMS
    """Dobry den, kuryr muze prijet az po 17h? Dekuji [[sig|Tomas]]""",
    # 16 form
    """Jméno a příjmení: [[oth|Zdeňka Marešová]]
Číslo zákazníka: {{@num:########}}
Požadavek: změna tarifu od {{date|1. 1. 2027}}
Podpis: [[sig|Marešová]]""",
    # 17 hello on the same line, informal
    """Čau [[sal|Lucko]], posílám ti ty rozměry: stůl {{quantity|180 × 90 cm}}. Měj se, [[sig|Vojta]]""",
    # 18 two signers and a company
    """Vážený [[sal|pane řediteli Koubku]],
děkujeme za spolupráci v letošním roce.

[[sig|Petra Vlčková]]      [[sig|Ing. Martin Hrubý, MBA]]
{{job_title|obchodní ředitelka}}   {{job_title|jednatel}}
{{cbrand|Tiskárna Havlíček}}, IČO [[@ico]]""",
    # 19 company-only signature
    """{{greeting_without_name|Dobrý den}},
Vaše objednávka {{@order:#########}} byla expedována. Řidič Vám zavolá z čísla [[@phone:CZ:mg3]].
Tým {{brand|Zahradní centrum Lipno}}""",
    # 20 double first name, morning greeting
    """Dobré ráno [[sal|Anno Marie]],
posílám vyplněný formulář k pojistné události.
Hezký den
[[sig|Jana Marie Doležalová]]
[[email|jm.dolezalova@seznam.cz]]""",
]

# =========================================================================== sk

ITEMS["sk"] = [
    # 1 surname vocative
    """Dobrý deň [[sal|pán Kováč]],
ďakujem za rýchle vybavenie reklamácie {{@ticket:RK-#####}}.
S pozdravom
[[sig|Mária Hudecová]]""",
    # 2 engineer title
    """Vážený [[sal|pán inžinier Baláž]],

v prílohe zasielame cenovú ponuku na rekonštrukciu strechy.

S úctou
[[sig|Ing. arch. Dušan Lacko, PhD.]]
{{job_title|hlavný projektant}}
{{cbrand|Ateliér Chovanec s.r.o.}}
IČ DPH [[@icdph:sk]]""",
    # 3 informal nickname
    """Ahoj [[sal|Peťo]], prídeš v sobotu na brigádu? Napíš. [[sig|Maťo]]""",
    # 4 two addressees
    """Vážená [[sal|pani Horváthová]], vážený [[sal|pán Tóth]],

oznamujeme Vám odstávku vody dňa {{date|12. 11. 2026}} od {{time|8:00}} do {{time|14:00}}.

{{team_name|Správa bytového domu}}
{{cbrand|Správcovská spoločnosť Gajdoš}}""",
    # 5 no diacritics, lower case
    """dobry den [[sal|pani zuzka]]
este stale som nedostala vratenie penazi za objednavku {{@order:#######}}
[[sig|lenka sedlakova]]""",
    # 6 no PII
    """{{greeting_without_name|Vážení zákazníci}},

od {{date|1. decembra}} sa mení otváracia doba predajne na {{time|9:00}} – {{time|18:00}}.

Ďakujeme za pochopenie
{{team_name|Zákaznícky servis}}""",
    # 7 doctor title
    """Dobrý deň [[sal|pani doktorka Šimková]],
potrebovala by som potvrdenie o návšteve pre zamestnávateľa.
Ďakujem
[[sig|Ivana Krajčírová]]
[[@phone:SK:mg3]]""",
    # 8 on behalf
    """Potvrdzujeme prijatie Vašej žiadosti o zmenu tarifu.

v z. [[sig|Martina Polakovičová]]
{{team_name|Oddelenie starostlivosti o zákazníkov}}""",
    # 9 surname first in capitals
    """Žiadam o zrušenie zmluvy {{@contract:ZML/#####/26}}.

[[sig|HUDÁK Jozef]]
[[address|Hlavná 45, 040 01 Košice]]""",
    # 10 initial + surname, mobile footer
    """Tovar prišiel v poriadku, ďakujem.
S pozdravom
[[sig|P. Bartoš]]

Odoslané z môjho iPhonu""",
    # 11 review with a city
    """Ubytovanie čisté, personál milý, raňajky výborné. Penzión {{cbrand|U Mikuláša}} odporúčam.
[[sig|Katka]] z {{city|Žiliny}}""",
    # 12 pipe role, English closing
    """Dobrý deň [[sal|pán Novák]],
zasielam objednávku na ďalší kvartál.
Best regards
[[sig|Róbert Ďurica]] | {{job_title|Purchasing Manager}} | [[email|r.durica@agrotrade.sk]]""",
    # 13 chat
    """Agent: Dobrý deň, volám sa [[intro|Simona]]. Ako Vám môžem pomôcť?
Zákazník: Kedy príde technik?
Agent: Technik príde zajtra medzi {{time|10:00}} a {{time|12:00}}.
— [[sig|Simona]]""",
    # 14 quoted reply
    """Vyhovuje, ďakujem.
[[sig|Marek]]

Dňa {{date|3. 10. 2026}} [[oth|Eva Krištofová]] napísal(a):
> Môžeme prísť v piatok?""",
    # 15 SMS
    """Dobry den, balik mozete nechat u susedov, cislo 12. Dakujem [[sig|Juraj]]""",
    # 16 form
    """Meno: [[oth|Alžbeta Rusnáková]]
Číslo zákazníka: {{@num:#########}}
Správa: Prosím o zaslanie faktúry e-mailom.
Podpis: [[sig|A. Rusnáková]]""",
    # 17 informal closing
    """Čau [[sal|Miško]], hotové, fotky ti pošlem večer.
Vďaka, [[sig|Ďuro]]""",
    # 18 two signers
    """Vážená [[sal|pani riaditeľka Kollárová]],
ďakujeme za dlhoročnú spoluprácu.

[[sig|Beáta Vargová]] a [[sig|Mgr. Peter Oravec]]
{{cbrand|Cestovná kancelária Mráz}}""",
    # 19 company-only
    """{{greeting_without_name|Dobrý deň}},
Vaša zásielka {{@tracking:SK#########}} bola odoslaná, kuriér zavolá z čísla [[@phone:SK:mg3]].
{{brand|Tatrapošta Expres}}""",
    # 20 job title alone signature
    """{{greeting_without_name|Vážený zákazník}},
Vaša reklamácia bola uznaná, peniaze {{amount|49,90 €}} vrátime do 14 dní.
{{job_title|Vedúci predajne}}""",
]

# =========================================================================== ru

ITEMS["ru"] = [
    # 1 first name + patronymic
    """Добрый день, [[sal|Ольга Николаевна]]!

Направляем акт сверки по договору {{@contract:ДГ-####/26}}. Просим подписать до {{date|20 ноября}}.

С уважением,
[[sig|И. П. Сидоров]]
{{job_title|главный бухгалтер}}
{{cbrand|ООО «Торговый дом Крылов»}}""",
    # 2 informal
    """Привет, [[sal|Лёша]]! Заказ {{@order:№ #######}} забрал, всё ок. Обнимаю, [[sig|Таня]]""",
    # 3 polite with surname and title
    """Уважаемый [[sal|господин Ветров]],

благодарим за обращение. Ваша заявка {{@ticket:№ ######}} передана инженеру.

{{team_name|Служба поддержки}}
{{brand|ТелеКом-Сибирь}}""",
    # 4 two addressees
    """Уважаемые [[sal|Марина Сергеевна]] и [[sal|Виктор Павлович]]!

Приглашаем вас на собрание собственников {{date|15 декабря}} в {{time|19:00}}.

{{job_title|Председатель совета дома}} [[sig|Гусева Н. А.]]""",
    # 5 lower case, no punctuation
    """здравствуйте [[sal|дмитрий]]
интернет опять пропал с утра роутер мигает красным
[[sig|валентина ефимова]]""",
    # 6 no PII
    """{{greeting_without_name|Уважаемый клиент}}!

Ваш заказ {{@order:##-######}} передан в службу доставки. Ожидаемая дата доставки — {{date|12.11.2026}}.

С уважением,
{{team_name|Команда интернет-магазина}} {{brand|ДомТехника}}""",
    # 7 surname first in capitals
    """Прошу расторгнуть договор с {{date|1 января 2027 г.}}

[[sig|ЗАХАРОВ Андрей Викторович]]
[[@phone:RU:ru8]]""",
    # 8 doctor title
    """Здравствуйте, [[sal|доктор Лебедева]]!
Анализы сдала, результаты пришлю завтра.
Спасибо,
[[sig|Нина Кравец]]

Отправлено с iPhone""",
    # 9 by proxy
    """Подтверждаем получение вашей претензии {{@ticket:ПР-#####}}.

По доверенности [[sig|Е. В. Морозова]]
{{team_name|Отдел по работе с претензиями}}""",
    # 10 pipe role, English closing
    """Добрый день, [[sal|Артём]]!
Высылаю спецификацию на {{quantity|40 шт.}}
Best regards,
[[sig|Кирилл Орлов]] | {{job_title|менеджер по закупкам}} | [[email|k.orlov@promsnab-nsk.ru]]""",
    # 11 review with a city
    """Отличная гостиница, чисто и тихо, завтрак вкусный. Рекомендую!
[[sig|Сергей]] из {{city|Казани}}""",
    # 12 chat
    """Оператор: Здравствуйте! Меня зовут [[intro|Алина]], чем могу помочь?
Клиент: Не пришёл возврат {{amount|2 450 ₽}}.
Оператор: Возврат оформлен, деньги поступят в течение 5 дней.
— [[sig|Алина]], {{team_name|служба поддержки}}""",
    # 13 quoted reply
    """Спасибо, договорились.
[[sig|Павел]]

{{date|5 окт. 2026 г.}}, в {{time|14:20}}, [[oth|Юлия Шестакова]] <[[email|yu.shestakova@mail.ru]]> пишет:
> Можем приехать в субботу.""",
    # 14 SMS
    """Добрый день, курьер может приехать после 18? [[sig|Вадим]]""",
    # 15 diminutive vocative style, affectionate
    """Дорогая [[sal|Машенька]], спасибо за торт, все гости в восторге!
Целую, твоя [[sig|Зина]]""",
    # 16 form
    """ФИО: [[oth|Громов Олег Игоревич]]
ИНН: [[@innp]]
Обращение: прошу выслать справку о доходах.
Подпись: [[sig|Громов О. И.]]""",
    # 17 academic titles
    """Глубокоуважаемый [[sal|профессор Беляев]]!
Направляем отзыв на диссертацию.

[[sig|д.т.н., проф. Мельников Г. С.]]
{{team_name|Кафедра теплотехники}}""",
    # 18 two signers
    """Поздравляем с Новым годом и благодарим за сотрудничество!

[[sig|Анна Петрова]] и [[sig|Михаил Жуков]]
{{cbrand|Агентство «Смирнов и партнёры»}}""",
    # 19 company-only, signature with brand after surname
    """{{greeting_without_name|Добрый день}}!
Ваш автомобиль готов, можно забирать.
{{cbrand|Автосервис Калашников}}
тел. [[@phone:RU:ruintl]]""",
    # 20 hello on the same line with surname and name
    """Здравствуйте, [[sal|Игорь Семёнович]], подскажите, пожалуйста, когда будет счёт {{@invoice:№ ####}}?
[[sig|Людмила]]""",
]

# =========================================================================== uk

ITEMS["uk"] = [
    # 1 name + patronymic vocative
    """Добрий день, [[sal|Юрію Петровичу]]!

Надсилаємо рахунок {{@invoice:№ СФ-####}} за листопад. Сума до сплати {{amount|12 800,00 грн}}.

З повагою
[[sig|Оксана Гнатюк]]
{{job_title|бухгалтер}}
{{cbrand|ТОВ «Будмайстер Коваленко»}}
ЄДРПОУ [[@edrpou]]""",
    # 2 title before first name
    """Шановний [[sal|пане Іване]],
дякую за швидку доставку, все в порядку.
[[sig|Марія Ткачук]]""",
    # 3 informal
    """Привіт, [[sal|Олено]]! Замовлення {{@order:#########}} вже отримала? Обіймаю, [[sig|Таня]]""",
    # 4 two addressees
    """Шановна [[sal|пані Галино]], шановний [[sal|пане Богдане]]!

Запрошуємо на збори ОСББ {{date|7 грудня}} о {{time|18:30}}.

{{team_name|Правління ОСББ «Сонячний»}}""",
    # 5 no PII
    """{{greeting_without_name|Шановний клієнте}}!

Ваше звернення {{@ticket:№ ######}} зареєстровано. Відповідь надійде протягом {{quantity|5 робочих днів}}.

{{team_name|Служба підтримки}}
{{brand|УкрЗв'язок Плюс}}""",
    # 6 lower case
    """добрий день [[sal|андрію]]
досі немає світла в під'їзді, прошу прислати електрика
[[sig|петро лисенко]]""",
    # 7 on behalf
    """Підтверджуємо отримання вашої претензії.

За дорученням [[sig|Наталія Савчук]]
{{team_name|Відділ претензійної роботи}}""",
    # 8 surname first in capitals
    """Прошу розірвати договір {{@contract:Д-#####/26}} з {{date|1 січня 2027 року}}.

[[sig|КОВАЛЬЧУК Василь Миколайович]]
[[address|вул. Шевченка, 17, кв. 4, м. Полтава, 36000]]""",
    # 9 doctor title vocative
    """Доброго ранку, [[sal|пані лікарко Мельник]]!
Чи можна перенести прийом на п'ятницю?
Дякую,
[[sig|Ірина Бондар]]
[[@phone:UA:mua0]]""",
    # 10 pipe role, English closing
    """Добрий день, [[sal|Сергію]]!
Надсилаю комерційну пропозицію.
Kind regards,
[[sig|Дмитро Павленко]] | {{job_title|Sales Manager}} | [[email|d.pavlenko@agroexport.ua]]""",
    # 11 review with a city
    """Дуже смачна кава і привітний персонал, кав'ярня {{brand|Зерно}} — найкраща!
[[sig|Оля]] зі {{city|Львова}}""",
    # 12 chat
    """Оператор: Вітаю! Мене звати [[intro|Вікторія]]. Чим можу допомогти?
Клієнт: Не проходить оплата карткою.
Оператор: Спробуйте, будь ласка, ще раз, ми оновили сторінку.
— [[sig|Вікторія]]""",
    # 13 quoted
    """Дякую, підходить.
[[sig|Роман]]

{{date|3 жовт. 2026 р.}} о {{time|11:05}} [[oth|Христина Федорук]] пише:
> Можемо приїхати в суботу зранку.""",
    # 14 SMS
    """Добрий день, залиште посилку біля дверей будь ласка. [[sig|Остап]]""",
    # 15 initial + surname
    """Рахунок оплачено, платіжка в додатку.
З повагою,
[[sig|В. Кравченко]]

Надіслано з iPhone""",
    # 16 form
    """ПІБ: [[oth|Мороз Людмила Степанівна]]
РНОКПП: [[@rnokpp:female]]
Звернення: прошу надати довідку про відсутність заборгованості.
Підпис: [[sig|Мороз Л. С.]]""",
    # 17 academic titles
    """Вельмишановний [[sal|пане професоре Грищенко]]!
Надсилаємо відгук на автореферат.

[[sig|д.е.н., проф. Тарас Шевчук]]
{{team_name|Кафедра фінансів}}""",
    # 18 two signers
    """Дякуємо за співпрацю у 2026 році!

[[sig|Анна Литвин]] та [[sig|Максим Руденко]]
{{cbrand|Агенція «Кравець і партнери»}}""",
    # 19 Russian closing in a Ukrainian mail
    """Добрий вечір, [[sal|Світлано]], надсилаю фото пошкодженої упаковки.
С уважением, [[sig|Геннадий]]""",
    # 20 company-only
    """{{greeting_without_name|Доброго дня}}!
Ваше авто готове, можна забирати.
{{cbrand|СТО Бондаренко}}
[[@phone:UA:fua0sp]]""",
]

# =========================================================================== en

ITEMS["en"] = [
    # 1 formal with title
    """Dear [[sal|Mrs Thornton]],

Thank you for your enquiry about order {{@order:#########}}. A replacement has been dispatched today.

Kind regards,
[[sig|Daniel Hughes]]
{{job_title|Customer Service Advisor}}
{{brand|Brightwell Home}} · VAT Reg. No. [[@gbvat:gbsp]]""",
    # 2 two addressees, first names
    """Dear [[sal|Anna]] and [[sal|Tom]],

Your booking for {{date|14 February}} is confirmed: a double room for {{quantity|2 nights}}.

Best wishes,
[[sig|Fiona]]
{{cbrand|The Gable House}}""",
    # 3 informal hi with dash
    """Hi [[sal|Jen]] - quick one: can I swap my Thursday shift for Saturday? Cheers - [[sig|Dave]]""",
    # 4 no PII
    """{{greeting_without_name|Dear Sir or Madam}},

We are writing to let you know that your account has been updated. No action is needed.

Yours faithfully,
{{team_name|The Customer Support Team}}
{{brand|Northline Energy}}""",
    # 5 professor, academic titles after
    """Dear [[sal|Professor Ashworth]],

Please find attached my revised dissertation chapter.

Yours sincerely,
[[sig|Dr. Priya Raman PhD FRCP]]
{{team_name|Department of Clinical Sciences}}""",
    # 6 lower case
    """hey [[sal|mike]]
the parcel never arrived, tracking {{@tracking:@@#########GB}} says delivered but nothing here
[[sig|sarah o'neill]]""",
    # 7 surname first, capitals
    """Please cancel my membership from the end of this month.

[[sig|PATTERSON, Gregory]]
Membership no. {{@num:########}}""",
    # 8 initial + surname, iPhone
    """Invoice {{@invoice:INV-#####}} paid this morning, remittance attached.

Regards,
[[sig|J. McAllister]]

Sent from my iPhone""",
    # 9 pipe role with phone
    """Hello [[sal|Mr. Osei]], the quote for the boiler service is attached.
[[sig|Liam Carter]] | {{job_title|Service Coordinator}} | [[@phone:GB:mnat]]""",
    # 10 on behalf
    """Your complaint has been received and will be reviewed within 10 working days.

pp [[sig|Helen Marsh]]
{{job_title|Complaints Manager}}""",
    # 11 review with a city
    """Lovely staff, spotless rooms and the breakfast was superb. Will be back!
[[sig|Gareth]] from {{city|Cardiff}}""",
    # 12 chat
    """Agent: Hi, I'm [[intro|Chloe]], how can I help today?
Customer: My card got declined twice.
Agent: I've lifted the temporary block, please try again.
— [[sig|Chloe]], {{team_name|Payments Team}}""",
    # 13 quoted reply
    """Works for me, thanks.
[[sig|Nick]]

On {{date|Tue, 6 Oct 2026}} at {{time|09:12}}, [[oth|Rebecca Lowe]] <[[email|rebecca.lowe@lowe-interiors.co.uk]]> wrote:
> Could we move the fitting to Friday?""",
    # 14 SMS
    """Hi, can the driver leave it in the porch pls. Thanks [[sig|Tomas]]""",
    # 15 two signers
    """Thank you for a great year of working together!

[[sig|Emma Clarke]] & [[sig|Rob Fenwick]]
{{cbrand|Pemberton & Daughters Ltd}}""",
    # 16 form
    """Full name: [[oth|Oliver Brennan]]
Email: [[email|olly.brennan@outlook.com]]
Message: please call me about the extended warranty.
Signature: [[sig|O Brennan]]""",
    # 17 morning greeting, Polish closing in English mail
    """Good morning [[sal|Sophie]],
I attach the signed contract.
Pozdrawiam,
[[sig|Krzysztof Zieliński]]""",
    # 18 title + double-barrelled surname
    """Dear [[sal|Dr Harper-Lloyd]],
Your prescription is ready to collect from {{date|Monday}}.
{{team_name|The Pharmacy Team}}
{{cbrand|Wilkinson Chemists}}""",
    # 19 company block with address
    """Hello,
Please confirm receipt of the pallet.
Many thanks,
[[sig|Aisha Begum]]
{{job_title|Logistics Coordinator}}
[[address|Unit 4, Riverside Park, Leeds LS10 1QR]]
[[@phone:GB:fintl]]""",
    # 20 hi with two names informal
    """Hiya [[sal|Becks]]! Thanks for the voucher, loved it xx
Love, [[sig|Maureen]]""",
]

# =========================================================================== de

ITEMS["de"] = [
    # 1 professor doctor
    """Sehr geehrter [[sal|Herr Prof. Dr. Lange]],

anbei erhalten Sie das Angebot {{@order:AN-######}} für die Wartung der Lüftungsanlage.

Mit freundlichen Grüßen
[[sig|Dr. Karl Huber MBA]]
{{job_title|Geschäftsführer}}
{{cbrand|Klimatechnik Seidel GmbH}}
USt-IdNr. [[@ustid]]""",
    # 2 informal Moin
    """Moin [[sal|Jens]], das Paket ist heute rausgegangen. LG [[sig|Steffi]]""",
    # 3 two addressees
    """Sehr geehrte [[sal|Frau Krüger]], sehr geehrter [[sal|Herr Brandt]],

die Eigentümerversammlung findet am {{date|3. Dezember}} um {{time|18 Uhr}} statt.

Ihre {{team_name|Hausverwaltung}}
{{cbrand|Immobilien Schäfer}}""",
    # 4 i. A. over a team signature
    """Vielen Dank für Ihre Reklamation {{@ticket:RMA-#####}}. Wir melden uns innerhalb von 5 Werktagen.

i. A. [[sig|Sabine Vogt]]
{{team_name|Ihr Kundenservice}}""",
    # 5 lower case, no umlauts
    """hallo [[sal|frau mueller]]
bei mir geht das internet seit gestern nicht, bitte um rueckruf
[[sig|guenther schmitz]]""",
    # 6 surname first, capitals
    """Hiermit kündige ich meinen Vertrag {{@contract:V-########}} fristgerecht.

[[sig|WAGNER, Heike]]
[[address|Lindenstraße 12, 04109 Leipzig]]""",
    # 7 initial + surname, iPhone
    """Rechnung {{@invoice:RE-######}} ist bezahlt.
Gruß
[[sig|M. Becker]]

Von meinem iPhone gesendet""",
    # 8 pipe role
    """Hallo [[sal|Herr Yilmaz]], die Ersatzteile sind da.
[[sig|Tobias Keller]] | {{job_title|Werkstattleiter}} | [[@phone:DE:mdedash]]""",
    # 9 review with a city
    """Super Beratung, schnelle Lieferung, gerne wieder!
[[sig|Uwe]] aus {{city|Bremen}}""",
    # 10 chat
    """Agent: Hallo, ich bin [[intro|Lea]]. Wie kann ich helfen?
Kunde: Meine Bestellung ist noch nicht da.
Agent: Sie wird morgen zugestellt.
— [[sig|Lea]], {{team_name|Kundenservice}}""",
    # 11 quoted
    """Passt, danke!
[[sig|Flo]]

Am {{date|07.10.2026}} um {{time|15:40}} schrieb [[oth|Katrin Lehmann]] <[[email|k.lehmann@lehmann-bau.de]]>:
> Geht Donnerstag?""",
    # 12 SMS
    """Hallo, bitte Paket beim Nachbarn abgeben, Nr. 7. Danke [[sig|Sven]]""",
    # 13 double first name, Austrian title
    """Sehr geehrte [[sal|Frau Mag. Hofer-Leitner]],

vielen Dank für Ihre Anfrage. Anbei die Unterlagen.

Freundliche Grüße
[[sig|DI Franz-Josef Gruber]]
{{cbrand|Planungsbüro Aigner}}""",
    # 14 two signers
    """Danke für die tolle Zusammenarbeit im Jahr 2026!

[[sig|Julia Neumann]] und [[sig|Dr. Stefan Roth]]
{{cbrand|Steuerkanzlei Baumann & Partner}}""",
    # 15 no PII
    """{{greeting_without_name|Sehr geehrte Damen und Herren}},

Ihre Bestellung {{@order:##########}} wurde versandt.

Mit freundlichen Grüßen
{{team_name|Ihr Team vom Kundendienst}}
{{brand|Gartenwelt Süd}}""",
    # 16 form
    """Name: [[oth|Dieter Hoffmann]]
Kundennummer: {{@num:#########}}
Anliegen: Bitte SEPA-Mandat ändern.
Unterschrift: [[sig|D. Hoffmann]]""",
    # 17 good evening, English closing
    """Guten Abend [[sal|Frau Dr. Schulze]],
anbei die unterschriebene Vollmacht.
Best regards,
[[sig|Oliver Brandl]]""",
    # 18 informal with diminutive
    """Hi [[sal|Steffi]], kannst du mir den Schlüssel morgen vorbeibringen? Danke dir, [[sig|Moni]]""",
    # 19 job title signature only, near-misses
    """{{greeting_without_name|Liebe Kundin, lieber Kunde}},
Ihr Fahrzeug ist abholbereit. Rückfragen unter [[@phone:DE:fintl]].
{{job_title|Ihr Serviceberater}}
{{cbrand|Autohaus Schmidt}}""",
    # 20 Herr Dr. with hello on the same line
    """Guten Tag [[sal|Herr Dr. Weber]], wir bestätigen Ihren Termin am {{date|Montag, 9. November}}.
Viele Grüße
[[sig|Anja Kühn]]
{{team_name|Praxis-Team}}""",
]

# ----------------------------------------------------------------------------- main

CHECKSUM_KINDS = {"card", "iban", "pesel", "birth_number", "national_id", "tax_id"}
NEAR_MISS_WHATS = {"team_name", "job_title", "greeting_without_name", "brand", "city"}
MINIMA = {
    "signature": 10,
    "salutation": 8,
    "near_miss_keep": 8,
    "numbered_keep": 2,
    "surname_company_keep": 2,
    "phone": 2,
    "checksum_id": 1,
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
            if s["what"] in NUMBERED_KEEPS:
                c["numbered_keep"] += 1
            if s["what"] in NEAR_MISS_WHATS:
                c["near_miss_keep"] += 1
    return c


def build() -> list[dict]:
    rows = []
    for lang in LANGS:
        items = ITEMS[lang]
        assert len(items) == 20, (lang, len(items))
        for i, template in enumerate(items, 1):
            rows.append(fill(f"d16-{lang}-{i:02d}", lang, template))
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "two items share a text"
    for lang in LANGS:
        t = tally([r for r in rows if r["lang"] == lang])
        for key, need in MINIMA.items():
            assert t[key] >= need, (lang, key, t[key], need)
    no_pii = sum(not r["pii"] for r in rows)
    assert 5 <= no_pii <= 8, no_pii
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
