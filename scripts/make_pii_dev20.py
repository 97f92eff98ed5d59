#!/usr/bin/env python3
# ruff: noqa: E501
"""Write data/eval/pii/dev20.jsonl: a hand-written PII dev split focused on names (may be tuned on).

140 customer texts (20 each in pl, cs, sk, ru, uk, en, de) by a separate author,
each its own hand-written template. Industries: pl a building materials store,
cs a ski resort, sk a mobile operator, ru a fitness club chain, uk a car
dealership and service, en a university admissions office, de a hospital's
billing department. Formats: SMS, chats with agents and bots, web forms,
e-mails with signature blocks and legal footers, quoted replies, forwarded
mails, threads, reviews and letters.

The focus is on names where customers and staff put them, above all signatures
and salutations in the shapes that are hard for rules: a first name or nickname
alone, a name on the closing's line, after an emoji or a dash, lower case,
without diacritics or transliterated, surname first, "Surname, First", two
signers, signatures followed by a role, company, address, phone, e-mail, legal
footer or a "Sent from" line, signatures in quoted replies and forwarded mails,
closings in another language than the body, salutations with vocatives,
titles, patronymics, diminutives, a surname alone or a double surname, and
self-introductions in many phrasings. Beside them stand words that look like
names but are not (brands, companies named after people, towns, products,
wards and buildings, bots, team names, months and weekdays, capitalised
common words), marked as keep spans where the schema has a `what` for them.

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Pani Agnieszko]]  name, context salutation   (also sig / intro / oth)
    [[email|a@b.pl]]        literal PII of a kind (email, phone, address, ...)
    [[@nip:dash]]           PII value drawn by a generator (kind from GEN)
    {{city|Marki}}          literal keep span with its `what`
    {{cbrand|Zawadzki Remonty}} a company named after a surname: keep, what `brand`
    {{@order:ZAM-######}}   keep value drawn by a generator (what from KEEP_GEN)

Every identifier gets computed check digits and is validated with python-stdnum
(SNILS and the Polish ID card with the published algorithms, Czech and Slovak
domestic account numbers with the bank-account check), and every written PII
span of a checksum kind is checked once more by its kind, independently of its
generator (id_valid); every phone number passes phonenumbers.is_valid_number.
Numbered near-misses and product codes fail every identifier check used here
and are not valid phone numbers of the text's region. Each language must reach
the minima in MINIMA (checked on every run, --check included). The seed of
every item is fixed ("d20:" + its id).

    .venv/bin/python scripts/make_pii_dev20.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_dev20.py --check   # file on disk == output
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
OUT = ROOT / "data" / "eval" / "pii" / "dev20.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
SEED = "d20:"

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
    if "senior" in fmt:  # from 1954 on: ten-digit birth numbers only
        return rng.randint(1954, 1960)
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
# a building materials store (Budoskład, branches in Marki and Józefów)

ITEMS["pl"] = [
    # 01 SMS, a first name on the closing's line
    """Dzień dobry, czy zamówienie {{@order:ZAM-######}} ({{quantity|25 worków}} cementu) już wyjechało z magazynu? Dzięki, [[sig|Kasia]]""",
    # 02 invoice to a company, surname first in the signature
    """Dzień dobry [[sal|Pani Agnieszko]],

dziękuję za wycenę bloczków, akceptujemy. Fakturę proszę wystawić na:
{{cbrand|Zawadzki Remonty}} s.c.
[[address|ul. Polna 7, 63-400 Ostrów Wielkopolski]]
NIP [[@nip:dash]]

Odbiór własny w {{date|czwartek 14.03}} ok. {{time|7:00}}, przyjedzie nasz kierowca [[oth|Staszek]] z HDS-em.

Pozdrawiam
[[sig|Zawadzki Tomasz]]
[[@phone:PL:mg3]]""",
    # 03 chat, agent introduces herself, customer signs off with a nickname
    """[10:42] Klient: hej macie na stanie płytki {{brand|Amelia}} 60x60 grafit?
[10:43] Konsultant: Dzień dobry, z tej strony [[intro|Marta]]! Mamy {{quantity|38 m²}} w magazynie w {{city|Markach}}.
[10:43] Klient: to poprosze {{quantity|24 m2}} zarezerwować
[10:44] Konsultant: Zrobione, rezerwacja {{@order:R/#####}} ważna do {{date|piątku}}.
[10:45] Klient: dzieki, pozdro [[sig|Bartek]]""",
    # 04 "Surname, First" signature, quoted reply with a staff signature
    """Witam,

w nawiązaniu do reklamacji {{@ticket:REK/####/24}}: farba elewacyjna dalej nie kryje, po drugiej warstwie widać stary kolor. Zdjęcia w załączniku. Proszę o telefon, bo mailowo to się ciągnie już trzeci tydzień.

--
[[sig|Nowak, Katarzyna]]
{{job_title|Specjalista ds. zakupów}}
{{cbrand|Kaczmarek Development}} Sp. z o.o.
tel. [[@phone:PL:fdash]]

> W dniu {{date|12.03.2024}} o {{time|09:15}} {{team_name|Dział Reklamacji}} napisał(a):
> Szanowna [[sal|Pani Katarzyno]],
> reklamacja została przekazana do producenta, odpowiedź prześlemy w ciągu 14 dni.
> Z poważaniem
> [[sig|Łukasz Wrona]]
> {{team_name|Dział Reklamacji}}""",
    # 05 messenger, lower case, name after an emoji
    """hej [[sal|pawel]], jest szansa na transport jutro na budowe w {{city|Józefowie}}? chodzi o {{quantity|2 palety}} kostki, zamowienie {{@order:######}} 😊 [[sig|ola]]""",
    # 06 web form with a self-introduction
    """Formularz kontaktowy – {{url|budosklad.pl/kontakt}}
Imię i nazwisko: [[oth|Grzegorz Pawlak]]
E-mail: [[email|g.pawlak@pawlak-budowy.pl]]
Telefon: [[@phone:PL:m]]
NIP (jeśli faktura): [[@nip:sp]]
Wiadomość: Dzień dobry, nazywam się [[intro|Grzegorz Pawlak]] i prowadzę budowę domu jednorodzinnego w {{city|Stefanowie}}. Potrzebuję wyceny stropu Teriva, około {{quantity|140 m2}}, dostawa na {{date|kwiecień}}. Proszę o kontakt telefoniczny po 16.""",
    # 07 two signers, refund to a domestic account
    """{{greeting_without_name|Szanowni Państwo}},

zwracamy 6 rolek wełny (nieotwarte), paragon nr {{@invoice:####/##/####}}. Prosimy o przelew zwrotu na konto:
[[@iban:PL:nrb]]
Kwota {{amount|412,80 zł}}.

Pozdrawiamy serdecznie
[[sig|Ania]] i [[sig|Michał Król]]""",
    # 08 closing in English, double surname, Sent from
    """Dzień dobry,

czy mogę przesunąć dostawę paneli z {{date|wtorku}} na {{date|środę}}? Nr zamówienia {{@order:WEB-#######}}. W wtorek nikogo nie będzie na budowie.

Thanks & regards,
[[sig|Magda Wiśniewska-Kruk]]

Sent from my iPhone""",
    # 09 staff to customer: diminutive vocative, signature with a place
    """[[sal|Panie Zbyszku]], towar (kleje, siatka, {{quantity|4 worki}} tynku) czeka na rampie nr 3, można odbierać do 18. Jakby co proszę dzwonić na magazyn [[@phone:PL:fg3]].
[[sig|Darek]], magazyn {{city|Marki}}""",
    # 10 forwarded mail, name after a dash
    """[[sal|Jola]], zerknij proszę na to niżej i oddzwoń do klienta, ja od jutra na urlopie.
dzięki
-[[sig|Paweł]]

---------- Wiadomość przekazana ---------
Od: [[oth|Jan Malinowski]] <[[email|jan.malinowski77@skrzynka-jm.pl]]>
Data: pon., 4 mar 2024 o 21:07
Temat: schody zewnętrzne – płytki
Do: <[[email|sklep.marki@budosklad.pl]]>

Dobry wieczór,
kupiłem u Państwa 18 m2 płytek {{brand|Kamienny Dwór}} na schody, po zimie połowa popękała. Czy to podlega reklamacji? Faktura {{@invoice:FV/####/03/24}}.

[[sig|Jan Malinowski]]
[[address|ul. Leśna 3A/2, 05-270 Marki]]""",
    # 11 review, staff named with a title, signer after a dash
    """★★★★★ Obsługa na medal. [[oth|Pan Henryk]] z działu drewna doradził mi tańszą impregnację i jeszcze pomógł załadować deski na przyczepkę. W sobotę rano kolejki zero. Polecam!
— [[sig|Wiesiek]] z {{city|Kalisza}}""",
    # 12 son writes for his mother: PESEL and ID card, initial + surname
    """Dzień dobry,
tu [[intro|Robert Sikora]]. Dzwoniłem wczoraj w sprawie zakupu okien na raty dla mamy, Pani na infolinii kazała podesłać dane mailem, to podsyłam:
[[oth|Halina Sikora]]
PESEL [[@pesel:senior female]]
dowód osobisty [[@plid]]
[[address|ul. Kościuszki 41, 62-800 Kalisz]]
Umowę mama podpisze osobiście w sklepie, ja ją tylko przywiozę.
Pozdr.
[[sig|R. Sikora]]""",
    # 13 invoice correction, signature with a role and a legal footer
    """Dzień dobry,

proszę o korektę faktury {{@invoice:FV/####/02/2024}} – zamiast danych firmy wpisano mój prywatny adres. Prawidłowe dane nabywcy:
{{cbrand|Dudek i Synowie}} Sp.j.
NIP [[@nip]]

[[sig|Mariusz Dudek]]
{{job_title|Współwłaściciel}}

--
Ta wiadomość może zawierać informacje poufne. Jeżeli nie jesteś jej adresatem, usuń ją i poinformuj nadawcę.
{{cbrand|Dudek i Synowie}} Sp.j., [[address|ul. Przemysłowa 12, 64-100 Leszno]], REGON [[@regon]]""",
    # 14 contractor, titles before the name, role, company, phone, e-mail
    """{{greeting_without_name|Szanowni Państwo}},
w załączeniu zestawienie materiałów na halę magazynową w {{city|Koninie}} – prosimy o ofertę do {{date|22 marca}}. Dostawy planujemy w dwóch partiach: kwiecień i maj.

Z poważaniem
[[sig|mgr inż. Paweł Jabłoński]]
{{job_title|Kierownik Robót}}
{{cbrand|Grabowski Budownictwo}} S.A.
kom. [[@phone:PL:mg232]]
[[email|p.jablonski@grabowski-bud.pl]]""",
    # 15 no PII: a colour, a brand and a town that look like names
    """Czy kolor „{{brand|Wiktoria}}” z palety {{brand|Dekorit}} jest jeszcze dostępny? W {{city|Stefanowie}} nie było. Potrzebuję 3 puszki po 10 l, najpóźniej na {{date|maj}}. Nr zamówienia {{@order:WEB-#######}}. Nadzieja w Was :)""",
    # 16 long thread: customer, staff reply, quoted first mail, quoted order confirmation
    """Re: Re: Dostawa dachówki – {{@order:ZAM-######}}

Dzień dobry,
no niestety kierowca znów nie dojechał. Czekaliśmy z ekipą od 8 do 13, nikt nie zadzwonił, a telefon kierowcy nie odpowiada.
Proszę o konkretną godzinę na jutro, bo płacę dekarzom za stanie, a od czwartku ma padać.
Jeśli jutro też nic nie przyjedzie, rezygnuję i proszę o zwrot całej kwoty.
[[sig|Krzysztof]]

W dniu 18.03.2024 o 16:40, Budoskład – Logistyka pisze:
> [[sal|Panie Krzysztofie]],
>
> bardzo przepraszamy, auto miało awarię pod {{city|Gnieznem}}. Dostawa przełożona na {{date|środę 20.03}}, okno {{time|8–12}}.
> Kierowca zadzwoni godzinę przed przyjazdem.
> Kierowca: [[oth|Sławomir]], tel. [[@phone:PL:mg3]]
>
> Pozdrawiam
> [[sig|Iwona Pietrzak]]
> {{team_name|Logistyka}} | {{brand|Budoskład}} {{city|Marki}}
>
> W dniu 17.03.2024 o 19:02, [[oth|Krzysztof Lis]] pisze:
>> Dzień dobry, dachówka miała być dziś, nikt nie przyjechał ani nie zadzwonił.
>> Adres budowy: [[address|ul. Sadowa 9, 05-082 Zielonki-Parcela]].
>> Wjazd od strony lasu, brama zielona.
>> [[sig|Krzysztof Lis]]
>>
>> W dniu 12.03.2024 o 10:15, sklep internetowy Budoskład pisze:
>>> Dzień dobry,
>>> dziękujemy za zamówienie. Podsumowanie:
>>> - dachówka ceramiczna {{brand|Karpatka}} karmazyn – {{quantity|1 450 szt.}}
>>> - gąsiory – {{quantity|38 szt.}}
>>> - taśma kalenicowa – {{quantity|6 rolek}}
>>> Wartość: {{amount|14 860 zł}}
>>> Planowana dostawa: {{date|17.03.2024}}
>>> Płatność: przelew, termin 14 dni
>>>
>>> {{team_name|Zespół Budoskład}}
>>> {{url|budosklad.pl}}""",
    # 17 staff reply, double surname salutation, first name + role
    """Dzień dobry [[sal|Pani Nowicka-Bąk]],

potwierdzam: klej {{brand|Flexol}} 25 kg jest w cenie promocyjnej do końca miesiąca ({{amount|39,90 zł}}/worek). Przy 40 workach mogę zejść jeszcze {{percent|5%}}.

Pozdrawiam
[[sig|Monika]]
{{job_title|Doradca klienta}} | {{brand|Budoskład}} {{city|Józefów}}""",
    # 18 initial + surname, Windows "sent" line
    """Witam, czy drzwi zewnętrzne model {{@product:DZ-###-@}} (lewe, 90) przyjdą przed świętami? Zaliczkę {{amount|500 zł}} zapłaciłem kartą, potwierdzenie {{@order:########}}.
[[sig|J. Kubiak]]

Wysłane z aplikacji Poczta dla systemu Windows""",
    # 19 B2B: self-introduction, company data, signature on the closing's line
    """Dzień dobry, z tej strony [[intro|Ewelina]] z firmy {{cbrand|Kubacki Okna}}. Chcemy otworzyć u Państwa konto firmowe z odroczonym terminem płatności (30 dni). Dane:
NIP [[@nip:pl]]
konto: [[@iban:PL:group]]
osoba do kontaktu: ja, [[email|ewelina@kubacki-okna.pl]], [[@phone:PL:m00]]
Pozdrawiam, [[sig|Ewelina Kubacka]]""",
    # 20 SMS between a builder and the yard
    """[[sal|Panie Rysiu]] dojade o 7.30 z betoniarką, brama bedzie otwarta? [[sig|Mirek]]""",
]

# =========================================================================== cs
# a ski resort (Skiareál Jelení Hora: lifts, ski school, rental, parking)

ITEMS["cs"] = [
    # 01 SMS, first name + initial on the closing's line
    """Dobrý den, platí skipas {{@order:SP-######}} i na večerní lyžování? Díky, [[sig|Petr N.]]""",
    # 02 company ski trip: salutation with paní, titled signature, company block
    """Dobrý den [[sal|paní Dvořáková]],

děkujeme za nabídku firemního lyžování na {{date|7.–9. února}}. Potvrzujeme {{quantity|24 osob}}, skipasy na 3 dny a ubytování v {{cbrand|Penzionu Horák}}, pokud tam ještě mají místo.
Fakturační údaje:
{{cbrand|Beneš Logistika}} s.r.o.
[[address|Průmyslová 1127/4, 530 02 Pardubice]]
IČO: [[@ico]]
DIČ: [[@ico:czsame]]

S pozdravem
[[sig|Ing. Lucie Šťastná]]
{{job_title|office manager}}
[[@phone:CZ:mg3]]""",
    # 03 chat: operator introduces herself, lifts and slopes with names, lower-case signer
    """Chat – {{brand|Skiareál Jelení Hora}}
Operátor: Dobrý den, jmenuji se [[intro|Radka]], jak vám můžu pomoct?
Zákazník: ahoj, jezdí dneska lanovka {{brand|Anděla}}? nahoře prý fouká
Operátor: Lanovka {{brand|Anděla}} je od {{time|11:00}} mimo provoz kvůli větru, sjezdovka {{brand|Helena}} ale jede normálně.
Zákazník: ok dik, tak jedem na {{brand|helenu}} :) [[sig|ondra]]""",
    # 04 refund to a domestic account, signature with an address
    """Dobrý den,

koupil jsem přes e-shop 4denní skipas (objednávka {{@order:E-#######}}), ale {{date|v pondělí}} a {{date|v úterý}} byly kvůli oblevě otevřené jen dvě sjezdovky. Chtěl bych poměrnou část vrátit na účet [[@iban:CZ:dom]].

Díky
[[sig|Jiří Kolář]]
[[address|Na Výsluní 318, 739 11 Frýdlant nad Ostravicí]]""",
    # 05 no diacritics, lower-case signer
    """dobry den, muzu si nechat lyze v uschovne pres noc? zitra jedem zas. diky moc [[sig|marketa]]""",
    # 06 ski school booking: self-introduction, child's birth number
    """Dobrý den,
jsem [[intro|Hana Procházková]] a chtěla bych přihlásit syna do {{brand|Lyžařské školy Ondra}} na týden od {{date|17. 2.}} (jarní prázdniny).
Jméno dítěte: [[oth|Matyáš Procházka]]
RČ: [[@rc:slash child male]]
Úroveň: umí oblouky, na kotvě jezdí sám.
Kontakt: [[@phone:CZ:mintlg3]], [[email|hana.prochazkova@mailik.cz]]

Děkuji, [[sig|H. Procházková]]""",
    # 07 forwarded complaint, internal nicknames, name inside the body
    """Ahoj [[sal|Kubo]],

přeposílám stížnost z recepce, prosím vyřiď do pátku.
[[sig|Míša]]

-------- Přeposlaná zpráva --------
Předmět: parkoviště P2
Datum: Sun, 11 Feb 2024 18:22:05 +0100
Od: [[oth|Vladimír Hruška]] <[[email|vhruska@hruska-stavby.cz]]>
Komu: [[email|info@jelenihora-ski.cz]]

Dobrý den, na parkovišti P2 mi váš zaměstnanec (vysoký, oranžová bunda, jmenoval se snad [[oth|Láďa]]) tvrdil, že zaplacené parkování neplatí a musím zaplatit znovu. Účtenka č. {{@invoice:####/24}}. Prosím o vrácení {{amount|200 Kč}}.
S pozdravem [[sig|Vladimír Hruška]]""",
    # 08 self-introduction, closing in English, two signers without diacritics
    """Dobrý den, tady [[intro|Tomáš Beran]],
chtěli bychom rezervovat apartmán pro 4 osoby + skipasy na {{date|1.–8. března}}. Platit budeme kartou na místě, jestli to jde.
Cheers,
[[sig|Tomas]] & [[sig|Klara]]""",
    # 09 school ski course: surname first with a degree title
    """{{greeting_without_name|Vážení}},

potvrzujeme lyžařský výcvik pro dvě sedmé třídy ({{quantity|46 žáků}} + 4 pedagogové) v termínu {{date|4.–8. 3. 2024}}. Fakturu prosím na:
Základní škola Trutnov, [[address|Komenského 399, 541 01 Trutnov]]
IČO [[@ico:sp]]

Za školu
[[sig|Mgr. Kratochvílová Jana]]
{{job_title|zástupkyně ředitele}}""",
    # 10 review: staff first name in the text, family signature after a dash
    """★★★★☆ Sjezdovky upravené, lanovka rychlá. Mínus za frontu na pokladně v sobotu ráno (40 min!). Moc děkujeme paní z půjčovny, myslím že se jmenovala [[oth|Zdeňka]], vyměnila dceři boty bez řečí.
— rodina [[sig|Vávrových]]""",
    # 11 lost and found: name in the text, nickname + place
    """Ahoj [[sal|Jitko]],
našel jsem u vleku {{brand|Sasanka}} peněženku, uvnitř občanka na jméno [[oth|Dušan Mareček]]. Nechávám ji u vás na recepci v šuplíku. Kdyby volal, ať si pro ni dojde.
[[sig|Honza]] z půjčovny, [[@phone:CZ:mg3]]""",
    # 12 thread: customer and sales, legal footer with IČO and an account
    """Dobrý den [[sal|paní Šimková]],

díky za rychlou odpověď. Ještě prosím změnu: místo 12 skipasů potřebujeme jen 10, dva kolegové onemocněli. Zbytek beze změny.

[[sig|Petra Vlčková]]
{{cbrand|Vlček & syn}} stavební s.r.o.

Dne 29. 1. 2024 v 10:12 napsal(a) Obchodní oddělení <[[email|obchod@jelenihora-ski.cz]]>:
> Dobrý den [[sal|paní Vlčková]],
> v příloze posílám zálohovou fakturu č. {{@invoice:ZF-####-##}} na {{amount|38 400 Kč}}, splatnost 7 dní. Číslo účtu: [[@iban:CZ:group]].
> S pozdravem
> [[sig|Ivana Šimková]]
> {{team_name|Obchodní oddělení}}
> {{brand|Skiareál Jelení Hora}} a.s. | IČO [[@ico]] | zapsaná v obchodním rejstříku vedeném Krajským soudem v Hradci Králové""",
    # 13 rental complaint, first name after a dash
    """Reklamace půjčovny – snowboard měl utrženou hranu, naúčtovali mi {{amount|1 500 Kč}} za opravu, ale hrana byla poškozená už při půjčení (mám fotky z {{time|9:05}}). Zápůjčka {{@order:PJ-#####}}.
- [[sig|Vojta]]""",
    # 14 staff reply: vocative salutation, nickname signature, Sent from
    """Ahoj [[sal|Martine]],
jo, ty dva vleky pro školu vám na čtvrtek vyhradíme od 9 do 11. Pošlu ještě potvrzení mailem.
[[sig|Ruda]]

Odesláno z mobilu""",
    # 15 no PII: a town, a slope and a chalet that look like names
    """Dobrý den, jede zítra skibus z {{city|Janských Lázní}} i ke sjezdovce {{brand|Helena}}? A je otevřená {{brand|Bouda u Prokopa}}? {{date|V pátek}} jsme tam byli a bylo zavřeno. Děkuji.""",
    # 16 job application: self-introduction, full name + phone
    """Dobrý den [[sal|pane Matějko]],

jmenuji se [[intro|Šimon Kadlec]], je mi 22 a mám instruktorskou licenci na lyže i snowboard. Rád bych u vás tuhle sezónu učil ve škole lyžování, praxi mám ze dvou zim v {{city|Schladmingu}}.
Životopis přikládám.

Díky za odpověď
[[sig|Šimon Kadlec]]
[[@phone:CZ:mg3]]""",
    # 17 sole trader's invoice: DIČ from the birth number, initial + surname
    """Dobrý den, prosím o fakturu na živnost:
[[oth|Karel Bláha]] – instalatérství
[[address|Zahradní 12, 543 71 Hostinné]]
IČ [[@ico]], DIČ [[@dicrc:male mid]]
Objednávka {{@order:E-#######}}, zaplaceno kartou.
[[sig|K. Bláha]]""",
    # 18 thanks: instructor's first name, three signers with a family surname
    """Dobrý den,
moc děkujeme za krásný týden, děti se naučily jezdit a instruktor [[oth|Filip]] byl skvělý – pozdravujte ho. Příští rok zase!
[[sig|Lenka]], [[sig|Pavel]] a [[sig|Eliška Marešovi]]""",
    # 19 formal letter: surname with pane, titled signature, birth number
    """Vážený [[sal|pane Novotný]],

obracím se na Vás jako na ředitele areálu. Dne {{date|3. 2. 2024}} jsem se zranila na sjezdovce {{brand|Helena}} v dolní části, kde nebyla označená terénní vlna. Pojistnou událost jsem nahlásila pod číslem {{@policy:PU-########}}. Pro Vaši pojišťovnu uvádím své rodné číslo [[@rc:slash female mid]].

Žádám o písemné vyjádření.

S úctou
[[sig|JUDr. Alena Kroupová]]""",
    # 20 bot chat, the customer signs off
    """Zákazník: Dobrý den, kolik stojí dětský skipas na celý den?
Bot: Dětský celodenní skipas (6–14 let) stojí {{amount|690 Kč}}. Mohu pomoci s něčím dalším?
Zákazník: ne dik, to je vše. [[sig|Zdeněk]]""",
]

# =========================================================================== sk
# a mobile operator (Hlasnet: tariffs, SIMs, porting, invoices, shops)

ITEMS["sk"] = [
    # 01 SMS without diacritics, first name on the closing's line
    """Dobry den, od rana mi nejdu data, cislo zmluvy {{@contract:ZM########}}. Vdaka [[sig|Janka]]""",
    # 02 business tariffs: salutation with pán, degree before and after the name
    """Dobrý deň [[sal|pán Kováč]],

ďakujem za ponuku firemných paušálov. Máme záujem o {{quantity|12 SIM}} s paušálom {{brand|Biznis 30}}, s prenosom čísel od súčasného operátora. Údaje firmy:
{{cbrand|Hudec & partneri}} s. r. o.
[[address|Štúrova 27, 949 01 Nitra]]
IČO: [[@ico]]
DIČ: [[@icdph:plain]]
IČ DPH: [[@icdph:sksame]]

S pozdravom
[[sig|Mgr. Zuzana Hudecová, MBA]]
{{job_title|konateľka}}""",
    # 03 chat: agent introduces herself, customer identifies, in-line address
    """Agentka: Dobrý deň, volám sa [[intro|Tatiana]], ako vám môžem pomôcť?
Vy: chcem zrusit roaming balik co mi pridali bez suhlasu
Agentka: Rozumiem. Overím si vás – poviete mi prosím meno majiteľa zmluvy a adresu?
Vy: [[oth|Marek Zachar]], [[address|Hviezdoslavova 14, Senica]]
Agentka: Ďakujem, [[sal|pán Zachar]]. Balík {{brand|Roaming Svet}} som zrušila, poplatok {{amount|9,99 €}} vám dobropisujeme v ďalšej faktúre.
Vy: ok dakujem, pekny den""",
    # 04 angry, lower case, name after an emoji
    """dobry den, uz treti mesiac mi na fakture {{@invoice:##########}} uctujete sluzbu {{brand|Hlasnet TV}} ktoru som si nikdy neobjednal. ak to neopravite idem k inemu operatorovi 😡 [[sig|peter]]""",
    # 05 porting form: birth number, number, address, direct debit, initial + surname
    """Žiadosť o prenos čísla
Meno a priezvisko: [[oth|Ľubomír Baláž]]
Rodné číslo: [[@rcsk:slash male mid]]
Prenášané číslo: [[@phone:SK:msk0]]
Adresa: [[address|Partizánska 8, 984 01 Lučenec]]
Inkaso z účtu: [[@iban:SK:group]]
Podpis: [[sig|L. Baláž]]""",
    # 06 operator reply: salutation with pani, first name + team
    """Dobrý deň [[sal|pani Mészárosová]],

faktúru sme prepočítali, rozdiel {{amount|14,20 €}} vám vrátime na účet do 10 pracovných dní. Číslo požiadavky {{@ticket:REQ-#######}}.

S pozdravom
[[sig|Andrea]]
{{team_name|Tím zákazníckej podpory}} {{brand|Hlasnet}}""",
    # 07 premium SMS: closing in English
    """Dobrý deň,
môj syn si omylom objednal prémiové SMS za {{amount|48 €}}. Dá sa to zablokovať a peniaze vrátiť? Ide o číslo [[@phone:SK:msk0slash]].
Best,
[[sig|Dominika Farkašová]]""",
    # 08 two signers, quoted technician notice with a first name + team
    """Dobrý deň, ďakujeme, internet už ide.
[[sig|Jozef]] a [[sig|Mária Tóthovci]]

----- Pôvodná správa -----
Od: Hlasnet – technická podpora
Komu: [[oth|Tóth Jozef]]
> Dobrý deň [[sal|pán Tóth]],
> technik príde {{date|v stredu}} medzi {{time|8:00}} a {{time|12:00}} na adresu [[address|Nám. SNP 3, 974 01 Banská Bystrica]].
> Pekný deň praje
> [[sig|Rastislav]], {{team_name|technická podpora}}""",
    # 09 B2B: surname first, role, company named after him, legal footer
    """Dobrý deň,

prosím o zaslanie duplikátu faktúry {{@invoice:##########}} za január, originál sa nám stratil. Zákaznícke číslo {{@num:########}}.

Ďakujem
[[sig|Šimko Roman]]
{{job_title|vedúci IT}}
{{cbrand|Šimko Stav}} s.r.o., IČO [[@ico]], IČ DPH [[@icdph:sk]]
Spoločnosť je zapísaná v Obchodnom registri Okresného súdu {{city|Žilina}}, oddiel Sro.""",
    # 10 the town Martin and a person Martin, diminutive signature
    """Ahoj [[sal|Martin]],
zákazník z našej predajne v {{city|Martine}} chce vymeniť reklamovaný telefón za nový kus, servis vrátil zápis „bez závady“. Zavolaj mu prosím, [[oth|pán Kollár]], [[@phone:SK:msk0]].
Vďaka, [[sig|Evka]]""",
    # 11 review: staff with a title, signer + town that looks like a name
    """Hodnotenie: 2/5
Čakal som 50 minút, lebo fungovalo len jedno okienko. [[oth|Slečna Ivetka]] sa snažila, ale nestíhala. Zmena paušálu trvala večnosť.
[[sig|Michal]], {{city|Michalovce}}""",
    # 12 granddaughter writes for her grandmother: birth number, initial
    """Dobrý deň, volám sa [[intro|Katarína Novotná]] a píšem za svoju starú mamu, ktorá nemá e-mail. Chce zrušiť pevnú linku, lebo ju vôbec nepoužíva. Zmluva je na jej meno, [[oth|Terézia Novotná]], rodné číslo [[@rcsk:plain female senior]]. Výpoveď podpíše, len neviem, či musí ísť osobne na predajňu do {{city|Senice}}.
Ďakujem, [[sig|Katka N.]]""",
    # 13 chat: customer introduces himself, signs off with a nickname
    """Zákazník: dobry den, tu [[intro|Pavol Hric]] z {{city|Nitry}}. Mám výpadok internetu na Dlhej ulici, viete o tom?
Operátor: Áno, evidujeme poruchu, oprava do {{time|18:00}}.
Zákazník: vdaka, dovi. [[sig|Paľo]]""",
    # 14 forwarded eSIM request: name | role, header names, diminutive
    """Dobrý deň,
preposielam žiadosť kolegu, prosím o vydanie eSIM na jeho číslo.
[[sig|Ivana Rybárová]] | {{job_title|asistentka konateľa}}
{{cbrand|Rybár Agro}} a.s.

---------- Forwarded message ---------
From: [[oth|Tomáš Lipták]] <[[email|t.liptak@rybaragro.sk]]>
Date: po 5. 2. 2024 o 8:14
Subject: eSIM
To: [[oth|Ivana Rybárová]] <[[email|i.rybarova@rybaragro.sk]]>

Ahoj [[sal|Ivka]], môžeš mi prosím vybaviť eSIM k novým hodinkám? Číslo [[@phone:SK:msk0]].
Vďaka, [[sig|Tomáš]]""",
    # 15 no PII: a tariff, a town that is a first name, a month
    """Dobrý deň, funguje {{brand|Paušál Sloboda}} aj v Maďarsku? V {{date|máji}} ideme na Balaton a v {{city|Martine}} na predajni mi povedali niečo iné ako na infolinke.""",
    # 16 thread: three mails, salutation with pani/pán, surname alone quoted
    """Re: Re: Reklamácia faktúry {{@invoice:##########}}

Dobrý deň [[sal|pani Sabová]],

stále mi nesedí suma. Posielate mi dobropis na 6,50 €, ale preplatené mám 3 mesiace po 12 €. To je spolu 36 €, nie 6,50. Prosím o kontrolu ešte raz.

[[sig|Dušan Gregor]]
[[address|Hlavná 102/5, 080 01 Prešov]]

Dňa 20. 2. 2024 o 14:03 Hlasnet Reklamácie <[[email|reklamacie@hlasnet.sk]]> napísal(a):
> Vážený [[sal|pán Gregor]],
> reklamáciu sme posúdili ako čiastočne oprávnenú. Dobropis {{amount|6,50 €}} bude zohľadnený vo faktúre za {{date|marec}}.
> S pozdravom
> [[sig|Mgr. Lenka Sabová]]
> {{team_name|Oddelenie reklamácií}}
>
> Dňa 2. 2. 2024 o 21:55 [[oth|Dušan Gregor]] napísal(a):
>> Dobrý deň, od novembra mi účtujete starý paušál, hoci som od 1.11. prešiel na lacnejší. Preplatok je 3 x 12 €.
>> [[sig|Gregor]]""",
    # 17 card payment, signature with a town
    """Dobrý deň, chcem zmeniť spôsob platby z poštového poukazu na platbu kartou. Karta: [[@card:group]], platnosť 09/27.
Ďakujem
[[sig|Jarmila Hrušovská]], {{city|Ružomberok}}""",
    # 18 Hungarian closing, self-introduction in another form of the name
    """Dobrý deň, volám sa [[intro|Gabriela Kovácsová]], mám problém s aktiváciou SIM karty, píše „SIM nie je aktívna“. Kúpila som ju včera v predajni v {{city|Komárne}} (objednávka {{@order:OBJ-#######}}), kód balenia {{@product:SIM-####-@@}}.
Köszönöm,
[[sig|Gabi Kovács]]""",
    # 19 operator's greeting: diminutive vocative, signed by the brand
    """Milá [[sal|Zuzka]], k narodeninám od nás máte {{quantity|10 GB}} dát zadarmo na 30 dní. Váš {{brand|Hlasnet}} 🎉""",
    # 20 no diacritics, titled signature with phone, e-mail and a Sent-from line
    """Dobry den,
prosim o zaslanie PUK kodu, telefon mi zablokovala dcera. Cislo SIM na karticke je {{@num:8942100##########}}.

S pozdravom
[[sig|Ing. Vladimír Oravec]]
[[@phone:SK:mintl]]
[[email|vlado.oravec@posta-sk.net]]

Odoslané z Outlooku pre Android""",
]

# =========================================================================== ru
# a fitness club chain (Гравитон Фитнес: memberships, trainers, freezes, tax deduction)

ITEMS["ru"] = [
    # 01 SMS, first name on the closing's line
    """Здравствуйте, заморозьте пожалуйста абонемент № {{@contract:######}} на 2 недели, уезжаю в командировку. Спасибо, [[sig|Лена]]""",
    # 02 tax deduction certificate: full name with patronymic, personal INN, initials + surname
    """Добрый день!

Прошу выдать справку об оплате физкультурно-оздоровительных услуг для налогового вычета за 2023 год.
Налогоплательщик: [[oth|Смирнова Ольга Викторовна]]
ИНН: [[@innp]]
Оплачено: годовая карта, {{amount|42 900 ₽}}, кассовые чеки {{@invoice:#####}} и {{@invoice:#####}}.
Справку можно отправить на почту [[email|o.smirnova84@mailbox-ru.net]] или я заберу на ресепшене в клубе на {{street_as_brand|Профсоюзной}}.

С уважением,
[[sig|О.В. Смирнова]]""",
    # 03 club reply: name + patronymic salutation, signature with role and legal footer
    """[[sal|Ольга Викторовна]], добрый день!

Справка готова, её можно забрать на ресепшене в любое время с {{time|7:00}} до {{time|23:00}}, при себе нужен паспорт.

--
С уважением,
[[sig|Анастасия Гусева]]
{{job_title|администратор клуба}}
{{brand|Гравитон Фитнес}} | ООО «Гравитон»
ИНН [[@inn]] ОГРН [[@ogrn]]
[[address|117342, г. Москва, ул. Профсоюзная, д. 65, корп. 1]]""",
    # 04 messenger: diminutive salutation, trainer in the dative, lower-case signer after an emoji
    """— [[sal|Машуль]], привет! на завтра к [[oth|Игорю]] на 19:00 есть окошко?
— Привет) есть, записываю тебя
— ура спасибки 😘 [[sig|катя]]""",
    # 05 complaint: surname first with patronymic, phone, address
    """Жалоба

Прошу разобраться с ситуацией в клубе в {{city|Королёве}}. {{date|12 марта}} в {{time|20:30}} администратор отказалась пускать меня в зал, ссылаясь на «неоплаченный долг», хотя карта оплачена до {{date|31.05}}. Чек об оплате № {{@invoice:######}} прилагаю. Номер карты клиента {{@num:##########}}.

[[sig|Петров Сергей Андреевич]]
тел. [[@phone:RU:mru8]]
проживаю: [[address|г. Королёв, ул. Циолковского, д. 29, кв. 7]]""",
    # 06 transliterated signature, closing in English, short self-introduction
    """Здравствуйте, это [[intro|Сергей]].
Подскажите, есть ли в клубе на {{street_as_brand|Гагарина}} бассейн для детей и сколько стоит абонемент на месяц?
Thanks,
[[sig|Sergey Volkov]]""",
    # 07 self-introduction, phone in the text
    """Добрый вечер! Меня зовут [[intro|Алина]], я записалась у вас на пробную тренировку через сайт, но мне так никто и не перезвонил. Телефон оставляла [[@phone:RU:mruintl]]. Хотела бы попробовать пилатес или стретчинг, лучше по утрам в будни.""",
    # 08 forwarded complaint: initial + surname with role, name in the text, surname + initial
    """Коллеги, пересылаю. Разберитесь, пожалуйста, до пятницы, клиент настроен серьёзно.
[[sig|Д. Ковалёв]]
{{job_title|управляющий клубами Северного округа}}

-------- Пересылаемое сообщение --------
18.03.2024, 22:41, "[[oth|Виктор Лебедев]]" <[[email|lebedev.v@mailbox-ru.net]]>:

Добрый вечер. Третью неделю в мужской раздевалке не работает душ №4 и сушилка для волос. Писал администратору [[oth|Вере]], обещали починить, ничего не изменилось. Я плачу 5 тысяч в месяц не за это.
[[sig|Лебедев В.]]""",
    # 09 double charge: self-introduction, Mir card, name patronymic surname
    """Здравствуйте! Я [[intro|Юлия Крылова]], хожу к вам с 2019 года.
С моей карты [[@card:mir]] дважды списали {{amount|3 500 ₽}} за персональные тренировки {{date|05.03}}, номер заказа в приложении {{@order:GF-########}}. Верните, пожалуйста, одно списание.
[[sig|Юлия Тимофеевна Крылова]]""",
    # 10 corporate contract: name + patronymic salutation, company named after a surname, initials after the surname
    """Уважаемый [[sal|Алексей Николаевич]]!

Направляем подписанный договор корпоративного членства на {{quantity|35 сотрудников}}. Реквизиты:
ООО «{{cbrand|Захаров и партнёры}}»
ИНН [[@inn]], ОГРН [[@ogrn]]
юр. адрес: [[address|125167, Москва, Ленинградский пр-т, д. 37А, стр. 4]]
Контактное лицо по договору — [[oth|Фёдорова Наталья]], [[@phone:RU:fruintlsp]], [[email|hr@zakharov-partners.ru]].

С уважением,
[[sig|Захаров И. П.]]
{{job_title|генеральный директор}}""",
    # 11 review: trainer named in the text, a first name that is also a word as signature
    """⭐⭐ Зал хороший, но тренер [[oth|Денис]] вечно в телефоне. Кондиционер в зале групповых не работает с {{date|мая}}. Раньше ходила в «{{cbrand|Семёнов Фитнес}}» в {{city|Жуковском}}, там порядка больше.
[[sig|Надежда]]""",
    # 12 club message: name + patronymic, manager's first name after his role, phone
    """[[sal|Татьяна Ивановна]], здравствуйте!
Напоминаем, что ваша клубная карта заканчивается {{date|15 апреля}}. До конца марта продление со скидкой {{percent|20%}}.
Ваш {{job_title|персональный менеджер}} [[sig|Кирилл]], [[@phone:RU:mru8dash]]""",
    # 13 no PII: towns named after people, a brand with a first name, a word that is a name
    """Здравствуйте. Когда откроется новый клуб в {{city|Пушкино}}? И будет ли там «{{brand|Аква Мария}}» (бассейн), как в {{city|Королёве}}? Надежда только на вас, больше поблизости ничего нет))""",
    # 14 parents freeze their sons' cards: two signers
    """Добрый день! Просим приостановить детские абонементы сыновей ([[oth|Миша]] и [[oth|Гоша]]) на время летнего лагеря, с {{date|1 июня}} по {{date|30 июня}}.
Спасибо!
[[sig|Анна]] и [[sig|Роман Беловы]]""",
    # 15 short reply above a quoted mail: name first in the salutation, signature on the closing's line
    """Спасибо, всё получил.

Отправлено с iPhone

> 21 марта 2024 г., в 11:05, Гравитон Фитнес <[[email|info@graviton-fit.ru]]> написал(а):
>
> [[sal|Константин]], добрый день!
> Ваш возврат за неиспользованные дни на сумму {{amount|7 320 ₽}} оформлен, деньги поступят в течение 10 рабочих дней.
> Номер заявки: {{@ticket:#######}}
> С уважением, [[sig|Марина]]
> {{team_name|служба заботы о клиентах}}""",
    # 16 new trainer to HR: SNILS and personal INN, first name + role + club
    """Здравствуйте, [[sal|Ксения]]!
Высылаю данные для оформления, как договаривались:
[[oth|Орлов Никита Сергеевич]]
СНИЛС [[@snils]]
ИНН [[@innp:12sp]]
Трудовую принесу в понедельник.
[[sig|Никита]]
{{job_title|тренер тренажёрного зала}}, клуб в {{city|Мытищах}}""",
    # 17 supplier (sole trader): self-introduction, OGRNIP, personal INN, brand named after a surname
    """Добрый день, [[sal|Арсений]]!
Это [[intro|Евгения]] из «{{cbrand|Орлов Спорт}}», мы с вами говорили на выставке про протеиновые батончики для ваших клубов. Высылаю реквизиты для договора поставки:
ИП [[oth|Орлова Евгения Павловна]]
ОГРНИП [[@ogrn:15]]
ИНН [[@innp]]

Хорошего дня!
[[sig|Евгения]]
{{job_title|менеджер по продажам}}""",
    # 18 lost item: name after a dash
    """Добрый день, я забыла в шкафчике №112 наушники, белые, в кейсе. Если найдёте — позвоните, пожалуйста: [[@phone:RU:mruintlsp]].
— [[sig|Вероника]]""",
    # 19 debt letter: surname with a title, signed by a team
    """Уважаемый [[sal|господин Миронов]]!

По состоянию на {{date|01.04.2024}} по вашему договору № {{@contract:######}} числится задолженность {{amount|4 800 ₽}} за рассрочку. Просим погасить её до {{date|15.04.2024}}.

С уважением,
{{team_name|отдел по работе с задолженностью}}
{{brand|Гравитон Фитнес}}""",
    # 20 bot chat: the bot has a name, the customer signs off in lower case
    """Бот: Привет! Я {{brand|Гравик}}, виртуальный помощник {{brand|Гравитон Фитнес}}. Чем помочь?
Клиент: во сколько сегодня закрывается клуб на {{street_as_brand|лесной}}?
Бот: Клуб на {{street_as_brand|Лесной}} сегодня работает до {{time|22:00}}.
Клиент: ок, спасибо. [[sig|дима]]""",
]

# =========================================================================== uk
# a car dealership and service (Сокіл Моторс: sales, trade-in, credit, service)

ITEMS["uk"] = [
    # 01 SMS: a car model that is a first name, diminutive signature
    """Добрий день, моя {{brand|Октавія}} вже готова? Замовлення-наряд {{@order:ЗН-#####}}. Дякую, [[sig|Сашко]]""",
    # 02 sales contract data: vocative with пані, surname first, RNOKPP, IBAN, address
    """Доброго дня, [[sal|пані Оксано]]!

Надсилаю дані для договору купівлі-продажу {{brand|Škoda Kodiaq}}:
ПІБ: [[oth|Бондаренко Ігор Миколайович]]
РНОКПП: [[@rnokpp:male mid]]
Адреса реєстрації: [[address|вул. Шевченка, 41, кв. 17, м. Біла Церква, 09100]]
Оплату здійсню з рахунку [[@iban:UA:group]].

З повагою,
[[sig|Ігор Бондаренко]]
[[@phone:UA:mua0]]""",
    # 03 dealer reply: name + patronymic vocative, signature with role and legal footer
    """[[sal|Ігорю Миколайовичу]], добрий день!

Договір підготовлено, чекаємо вас {{date|у четвер}} о {{time|15:00}} в салоні на {{street_as_brand|Кільцевій}}. Не забудьте паспорт і картку платника податків.

З повагою,
[[sig|Оксана Дмитренко]]
{{job_title|менеджерка з продажу}}
ТОВ «{{brand|Сокіл Моторс}}», код ЄДРПОУ [[@edrpou]]
[[@phone:UA:fua38]] | [[email|o.dmytrenko@sokil-motors.ua]]""",
    # 04 service complaint: self-introduction, mechanic named, surname first
    """Скарга

Пише вам [[intro|Олег Ткаченко]], клієнт вашого сервісу з 2019 року. {{date|14 березня}} залишив авто на ТО (замовлення {{@order:ЗН-#####}}). Після ТО горить check engine, а майстер [[oth|Василь]] каже, що «так і було». До ТО нічого не горіло!!! Прошу перевірити безкоштовно.

[[sig|Ткаченко Олег]]""",
    # 05 transliterated Ukrainian, lower-case signer
    """dobryi den, koly bude gotova moia mashyna? obitsialy na sohodni. dyakuyu, [[sig|taras]]""",
    # 06 fleet contract: self-introduction, company named after a surname, EDRPOU, IBAN, address
    """Доброго дня!
Мене звати [[intro|Руслан Кравчук]], я відповідаю за автопарк компанії «{{cbrand|Гнатюк Логістик}}». Хочемо укласти договір на сервісне обслуговування {{quantity|14 авто}} (Renault Master, Ford Transit).
Реквізити:
ТОВ «{{cbrand|Гнатюк Логістик}}»
ЄДРПОУ [[@edrpou]]
IBAN [[@iban:UA:plain]]
[[address|08500, Київська обл., м. Фастів, вул. Заводська, 3]]

--
[[sig|Руслан Кравчук]]
{{job_title|начальник транспортного відділу}}
моб. [[@phone:UA:mua0sp]]""",
    # 07 chat with a service advisor: advisor's name as a label, customer signs off
    """[09:12] Клієнт: Добрий день, можна записатися на шиномонтаж на суботу?
[09:13] Сервіс-консультант [[oth|Ярослав]]: Вітаю! Так, є вільно о {{time|10:30}} і {{time|13:00}}.
[09:13] Клієнт: давайте 10:30. Авто {{brand|Kia Sportage}}
[09:14] Сервіс-консультант [[oth|Ярослав]]: Записав. До зустрічі в суботу!
[09:15] Клієнт: дякую, до зустрічі! [[sig|Наталія]]""",
    # 08 warranty dispute: vocatives, closing in English, quoted Outlook reply
    """Шановний [[sal|пане Андрію]],

дякую за відповідь, але мене вона не влаштовує. Гарантія на коробку 5 років, авто куплене у вас у 2022 році, пробіг 61 000 км. Прошу надати письмовий висновок.

Best regards,
[[sig|Yuliia Melnyk]]

-----Original Message-----
From: [[oth|Андрій Шевчук]] <[[email|a.shevchuk@sokil-motors.ua]]>
Sent: Tuesday, March 19, 2024 4:51 PM
To: [[email|yuliia.melnyk@poshta-ua.com]]
Subject: RE: Гарантія – коробка передач

[[sal|Пані Юліє]], добрий день.
За результатами діагностики ({{@ticket:ДГ-######}}) пошкодження виникло через несвоєчасну заміну оливи, тому випадок не гарантійний.
З повагою,
[[sig|Андрій Шевчук]]
{{job_title|керівник сервісу}}""",
    # 09 review: salesman named, a town that is a first name, two signers with an initial
    """5/5. Купили в «{{brand|Сокіл Моторс}}» {{brand|Hyundai Tucson}}, менеджер [[oth|Богдан]] все пояснив, без нав'язування допів. Їхали аж з {{city|Богуслава}} — не пожаліли!
[[sig|Олег]] та [[sig|Марина К.]]""",
    # 10 deposit paid by card: self-introduction, first-name signature
    """Добрий вечір, я [[intro|Микола Гребенюк]]. Вніс передоплату {{amount|10 000 грн}} карткою [[@card:group]] за {{brand|Toyota RAV4}}, але в кабінеті показує 0. Підтвердження оплати {{@order:############}}. Перевірте, будь ласка.
[[sig|Микола]]""",
    # 11 forwarded web form: vocative of a short name, signature with a desk, a town from a first name
    """[[sal|Сашо]], глянь, будь ласка, клієнт з {{city|Василькова}}, треба передзвонити сьогодні до 18.
[[sig|Люда]], рецепція

---------- Переслане повідомлення ---------
Від: Форма зворотного зв'язку <[[email|noreply@sokil-motors.ua]]>
Тема: Запис на діагностику

Ім'я: [[oth|Петро Гнатюк]]
Телефон: [[@phone:UA:mua380]]
Авто: {{brand|Volkswagen Passat B7}}
Коментар: стукає щось спереду справа на ямах""",
    # 12 no PII: a model and a town that look like names
    """Доброго дня. Чи є у вас в наявності {{brand|Renault Zoe}} або інший електромобіль до {{amount|15 000 $}}? Цікавить з пробігом, можемо самі забрати з {{city|Іванкова}}.""",
    # 13 service reminder: surname vocative with пане, signed by a team
    """[[sal|Пане Ковальчуку]], вітаємо!
Ваш {{brand|Nissan Qashqai}} наближається до планового ТО (пробіг 60 000 км). Записатися можна за телефоном [[@phone:UA:fua0]] або на сайті {{url|sokil-motors.ua/servis}}.
{{team_name|Сервісний центр «Сокіл Моторс»}}""",
    # 14 Ukrainian body, Russian closing
    """Здравствуйте. Добрий день! Хочу уточнити, чи можна у вас замінити лобове скло на {{brand|Skoda Octavia A7}} і скільки це коштує разом з роботою?
Спасибо, [[sig|Алексей]]""",
    # 15 car credit: co-borrower's data, two RNOKPP, initial + surname
    """Доброго дня!
Для оформлення кредиту на авто надсилаю дані дружини, вона буде співпозичальником:
[[oth|Савченко Ірина Олегівна]], РНОКПП [[@rnokpp:female mid]]
Мій РНОКПП [[@rnokpp:male mid]]
Паспорти відскановані у вкладенні.
[[sig|С. Савченко]]""",
    # 16 lower-case self-introduction
    """привіт, це [[intro|денис]] з учора, той що з пом'ятим бампером) коли можна привезти авто на фарбування? можу хоч завтра зранку""",
    # 17 parts supplier: sole trader's RNOKPP, brand named after her surname, first-name signature
    """Добрий день!
Рахунок-фактура {{@invoice:СФ-####}} від {{date|22.03.2024}} за запчастини (гальмівні колодки, {{quantity|40 компл.}}) у вкладенні.
Постачальник: ФОП [[oth|Мельничук Ганна Степанівна]] (ТМ «{{cbrand|Мельничук Автозапчастини}}»)
РНОКПП [[@rnokpp:female]]
IBAN [[@iban:UA:group]]

Дякую, [[sig|Ганна]]
тел. [[@phone:UA:mua0]]""",
    # 18 service advisor: name + patronymic vocative, first name + role + address
    """Добрий день, [[sal|Тарасе Петровичу]]!
Ваш автомобіль готовий, вартість робіт {{amount|7 840 грн}} (рахунок {{@invoice:####-##}}). Забрати можна до {{time|20:00}}.

--
З повагою,
[[sig|Віталій]]
{{job_title|майстер-приймальник}}
{{brand|Сокіл Моторс}}, [[address|вул. Кільцева, 12, Київ]]""",
    # 19 refund dispute: signature with phone, e-mail, Sent from, quoted reply signed on one line
    """Re: Повернення передоплати

Доброго дня.
Вже втретє пишу. Повернення {{amount|25 000 грн}} мали зробити до {{date|1 квітня}}, грошей досі немає. Якщо до п'ятниці не буде – звертаюся до юриста.

--
[[sig|Данило Остапчук]]
[[@phone:UA:mua0]]
[[email|danylo.ostapchuk@poshta-ua.com]]

Надіслано з мого Galaxy

> 26.03.2024 о 10:02 Бухгалтерія Сокіл Моторс пише:
> [[sal|Даниле]], вітаємо!
> Заяву на повернення отримали, кошти надійдуть протягом 5 банківських днів.
> [[sig|Ольга Литвин]], {{job_title|бухгалтер}}""",
    # 20 messenger: diminutive vocative after an emoji, short signature
    """🙏 дякую, [[sal|Іринко]]! машину забрала, все супер. [[sig|Віка]]""",
]

# =========================================================================== en
# a university admissions office (University of Northbridge)

ITEMS["en"] = [
    # 01 web message, lower-case nickname after a dash
    """hi, did my reference letter arrive? app ref {{@ticket:UNB-######}}. thx – [[sig|jas]]""",
    # 02 parent: daughter named, UTR, titled signature with a double surname, address, phone
    """Dear {{team_name|Admissions Team}},

I am writing on behalf of my daughter, [[oth|Imogen Clarke-Whitfield]] (applicant no. {{@num:2400####}}), regarding the {{brand|Margaret Ellison Bursary}}. As requested, my Unique Taxpayer Reference is [[@utr:sp]] – I am self-employed, so there is no P60 to send.

Kind regards,
[[sig|Dr. Helen Clarke-Whitfield]]
[[address|14 Orchard Rise, Whitby YO21 3HT]]
[[@phone:GB:m]]""",
    # 03 interview invitation: Ms + surname, building named after a person, signature with role and footer
    """Dear [[sal|Ms Okafor]],

Thank you for your application to study BSc Nursing. We are pleased to invite you to an interview on {{date|Wednesday 6 March}} at {{time|10:30}} in the {{brand|Harriet Lane Building}}, room 2.14. Please bring photo ID.

Best wishes,

[[sig|Tom Gillespie]]
{{job_title|Admissions Officer}} | Faculty of Health
University of Northbridge
T: [[@phone:GB:f]]

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please delete it and notify the sender.""",
    # 04 chat: ambassador label and self-introduction, a town that is a word, signer after a dash
    """Chat started 14:02
[[oth|Sophie]] ({{job_title|Student Ambassador}}): Hi! I'm [[intro|Sophie]], a 2nd year Law student – ask me anything 🙂
Visitor: hi, is it easy to get to {{city|Reading}} from campus? and is accommodation guaranteed for first years
[[oth|Sophie]] ({{job_title|Student Ambassador}}): Accommodation is guaranteed if you firm us by {{date|30 June}}! {{city|Reading}} is about 40 min by train.
Visitor: ok cool thanks so much!! - [[sig|Priya]]""",
    # 05 NHS number: self-introduction, a bakery named after a surname, Sent from
    """Hi, this is [[intro|Callum Reid]] (applicant for Sports Science).
I ticked the box for disability support on my application. My GP asked me to pass on my NHS number for the letter: [[@nhs:sp]]. Evening appointments are best as I work Saturdays at {{cbrand|Hendry's}} bakery.
Cheers,
[[sig|Callum]]

Sent from my iPhone""",
    # 06 international applicant: surname in capitals, card, address, surname first
    """{{greeting_without_name|Dear Sir/Madam}},

My name is [[intro|WANG Xiaoyu]] (family name Wang). I applied for MSc Data Science, application ID {{@num:NB########}}. I paid the application fee by card but received no confirmation. The card was [[@card:group]], payment reference {{@order:PAY-#######}}.
Please send any documents to my address in the UK: [[address|Flat 1204, 88 Hope Street, Glasgow G2 6LB]]
Thank you very much.
[[sig|Wang Xiaoyu]]""",
    # 07 deposit refund: account holder, "Surname, First" signature, IBAN and card
    """Hello,

Please could you refund my accommodation deposit ({{amount|£350}}) as I have decided to study elsewhere. Bank details:
IBAN [[@iban:GB:group]]
Account name: [[oth|Olumide Adeyemi]]
(or back to the card I paid with, [[@card:plain]], whichever is easier)

Thanks
[[sig|Adeyemi, Olumide]]""",
    # 08 agency invoice: company named after surnames, GB VAT, first-name signature + role
    """Good afternoon,

Please find attached invoice {{@invoice:INV-#####}} for recruitment services (Autumn intake, {{quantity|12 enrolled students}}).

Many thanks,
[[sig|Deepa]]
{{job_title|Accounts Manager}}
{{cbrand|Hartley & Moss}} Education Consultants Ltd
VAT Reg No: [[@gbvat:gbsp]]
Registered in England and Wales.""",
    # 09 names that are words: Will, May, June
    """Hi [[sal|Will]],
May I ask whether the clearing line will be open on Saturday? My results come out {{date|Thursday}} and I will probably miss my offer by one grade.
Thanks,
[[sig|June]]""",
    # 10 forwarded thread: header name, first names, quoted full signature with role and phone
    """FYI – can someone from {{team_name|Student Finance}} pick this up? I've told him we'd reply by Friday.
[[sig|Rachel]]

---------- Forwarded message ---------
From: [[oth|Daniel O'Brien]] <[[email|dan.obrien@freemail-uk.net]]>
Date: Mon, 11 Mar 2024 at 09:17
Subject: Re: Tuition fee invoice {{@invoice:TF-######}}
To: Admissions <[[email|admissions@northbridge.ac.uk]]>

Hi [[sal|Rachel]],

Thanks for this, but the invoice still shows the international fee ({{amount|£18,500}}). I have settled status – the share code is on my application. Could this be corrected?

[[sig|Dan]]

On Fri, 8 Mar 2024 at 16:44, Admissions <[[email|admissions@northbridge.ac.uk]]> wrote:
> Dear [[sal|Daniel]],
> Your fee status has been assessed as Overseas based on the information provided in your application.
> Kind regards,
> [[sig|Rachel Simmons]]
> {{job_title|Senior Admissions Officer}}
> Tel: [[@phone:GB:f]]""",
    # 11 school reference: pupil named, title + initial + surname on the role's line
    """{{greeting_without_name|To whom it may concern}},

I have taught [[oth|Ethan Brooks]] A-level Chemistry for two years. He is a conscientious, curious student and consistently among the strongest in his set; I expect him to achieve an A.

Yours faithfully,
[[sig|Mrs J. Patel]], {{job_title|Head of Science}}, {{brand|Kingsmead Academy}}""",
    # 12 no PII: a month, a building and a town that look like names
    """Is the Open Day in June still on? The website says {{date|Saturday 15 June}} but the email said Sunday. Also, is parking free at the {{brand|Alder Building}}? We're driving up from {{city|Bath}}.""",
    # 13 mature student: self-introduction, employer named after a surname, UTR, phone, e-mail
    """Hello,

I'm [[intro|Gareth]], I'm 41 and thinking about applying for the part-time Foundation Year in Engineering. I left school at 16 and have worked as an electrician for {{cbrand|Pritchard Electrical}} ever since. Do I need GCSE Maths at grade 4 or would my City & Guilds Level 3 count? For the Adult Learner Bursary my UTR is [[@utr]].

Many thanks
[[sig|Gareth Llewellyn]]
[[@phone:GB:mgbsp]]
[[email|g.llewellyn.sparks@mailbox-uk.com]]""",
    # 14 parents: Professor + surname, two signers, IBAN
    """Dear [[sal|Professor Whitaker]],

Thank you for taking the time to speak to us at the Offer Holder Day. Our son is now certain he wants to firm Northbridge. We paid the accommodation deposit today from our joint account ([[@iban:GB:plain]]) – please let us know if anything else is needed.

With best wishes,
[[sig|Mark]] and [[sig|Susan Fletcher]]""",
    # 15 Polish applicant: PESEL, Polish phone, closing in Polish
    """Hello,
I would like to ask whether my Polish matura results (extended English {{percent|92%}}, Maths {{percent|78%}}) meet the entry requirements for BA Economics. The portal asks for a national ID number – mine is PESEL [[@pesel:mid female]], is that fine?
WhatsApp: [[@phone:PL:m]]
Pozdrawiam serdecznie,
[[sig|Zuzanna Wójcik]]""",
    # 16 lower case, name after emojis
    """omg just got my offer!!! thank u so much for all the help on the phone yesterday 😭💜 [[sig|lily]]""",
    # 17 colleague: surname alone as salutation, nickname signature
    """[[sal|Hughes]],

Thanks for sorting the Clearing rota. Could you also cover the phones on {{date|Thursday}} 9–1? I'm at the {{city|Leeds}} fair.

Cheers
[[sig|Bex]]""",
    # 18 offer letter: address block with a title, first-name salutation, titled signature
    """[[oth|Miss Amara Nwosu]]
[[address|Flat 3, 27 Victoria Road, Sale M33 7FR]]

{{date|12 March 2024}}

Dear [[sal|Amara]],

Conditional offer: BSc Psychology, entry September 2024
Your UCAS Personal ID: {{@num:###-###-####}}

We are delighted to offer you a place on the above programme, subject to achieving AAB at A level.

Yours sincerely,
[[sig|Professor Alan Reeve]]
{{job_title|Director of Admissions}}""",
    # 19 bot with a name, the user signs off after a dash
    """Bot: Hi there, I'm {{brand|Nora}}, the Northbridge virtual assistant. How can I help?
User: whats the deadline for the accommodation application
Bot: The deadline for first-year accommodation applications is {{date|30 June}}.
User: thanks {{brand|nora}} - [[sig|Kwame]]""",
    # 20 staff: Mr + surname, short first name with pronouns, role, Outlook line
    """Hi [[sal|Mr Sandhu]],

Your request to defer to 2025 entry has been approved. You don't need to do anything else on UCAS.

Best,
[[sig|Jo]] (she/her)
{{job_title|Admissions Assistant}}

Get Outlook for iOS""",
]

# =========================================================================== de
# a hospital's billing department (St. Hedwig Klinikum Rheinau, Patientenabrechnung)

ITEMS["de"] = [
    # 01 SMS: nickname on the closing's line
    """Hallo, hab die Rechnung {{@invoice:RE-########}} doppelt bekommen, einmal per Post und einmal per Mail. Welche soll ich zahlen? LG [[sig|Steffi]]""",
    # 02 double payment: account holder, IBAN, Steuer-ID, signature with address
    """{{greeting_without_name|Sehr geehrte Damen und Herren}},

bezüglich der Rechnung Nr. {{@invoice:##########}} vom {{date|02.02.2024}} (Wahlleistung Einzelzimmer) habe ich versehentlich zweimal überwiesen. Bitte erstatten Sie den Betrag von {{amount|1.184,60 €}} auf mein Konto:
IBAN: [[@iban:DE:group]]
Kontoinhaber: [[oth|Gerhard Bäumler]]

Für das Finanzamt benötige ich außerdem eine Zahlungsbestätigung. Meine Steuer-ID: [[@idnr:sp]]

Mit freundlichen Grüßen
[[sig|Gerhard Bäumler]]
[[address|Am Mühlbach 7, 76437 Rastatt]]""",
    # 03 reply: Herr + surname, i. A. signature, team, legal footer with managers and USt-IdNr
    """Sehr geehrter [[sal|Herr Bäumler]],

die Erstattung wurde heute angewiesen und sollte in 3–5 Werktagen auf Ihrem Konto sein. Die Zahlungsbestätigung liegt als PDF bei.

Freundliche Grüße
i. A. [[sig|Sabine Kröger]]
{{team_name|Patientenabrechnung}}
Tel. [[@phone:DE:fde0]] | [[email|abrechnung@st-hedwig-klinikum.de]]

{{brand|St. Hedwig Klinikum Rheinau}} gGmbH · Sitz: {{city|Rheinau}} · Amtsgericht {{city|Freiburg}} HRB {{@num:######}}
Geschäftsführung: [[oth|Dr. med. Christoph Albers]], [[oth|Martina Wendt]] · USt-IdNr. [[@ustid:de]]""",
    # 04 portal chat: agent label and self-introduction, lower-case signer
    """[14:02] Sie: hallo, wieso muss ich 10 € pro Tag zahlen? ich bin doch gesetzlich versichert
[14:03] [[oth|Jonas]] ({{team_name|Abrechnung}}): Hallo, ich bin [[intro|Jonas]] aus der Patientenabrechnung. Das ist die gesetzliche Zuzahlung, {{amount|10 €}} pro Tag, höchstens 28 Tage im Jahr.
[14:05] Sie: ah ok, verstehe. danke dir! gruß, [[sig|anke]]""",
    # 05 Austrian patient: employer named after a surname, AT UID, address
    """Grüß Gott,

ich war im {{date|Jänner}} als Notfall bei Ihnen (Skiunfall am {{city|Feldberg}}). Die Rechnung bitte an meinen Arbeitgeber schicken, die haben eine Gruppenversicherung:
{{cbrand|Hofbauer Bau}} GmbH, [[address|Gewerbestraße 14, 6020 Innsbruck]], UID [[@atu]]

Danke und liebe Grüße aus Tirol
[[sig|Florian Oberhuber]]""",
    # 06 reminder despite payment: IBAN in lower case, lower-case name after a dash
    """Hab die Mahnung bekommen obwohl ich am 5. überwiesen hab, von [[@iban:DE:lc]]. Bitte prüfen! Fallnummer {{@num:########}} – [[sig|kai]]""",
    # 07 daughter of a deceased patient: Frau + double surname, ward named after a person, "Surname, First"
    """Sehr geehrte [[sal|Frau Lehmann-Schütz]],

wie telefonisch besprochen, sende ich Ihnen die Vollmacht meines Vaters, [[oth|Horst Engel]], zu. Er lag vom {{date|4.}} bis {{date|18. März}} auf der Station {{brand|Marie Curie}} und ist inzwischen leider verstorben. Bitte richten Sie alle Rechnungen an mich.

Mit freundlichen Grüßen
[[sig|Engel, Birgit]]
[[address|Lindenstr. 22a, 79539 Lörrach]]""",
    # 08 card payment from abroad, closing in English
    """Hallo,
wir haben noch eine offene Rechnung für die ambulante OP meiner Frau (Rechnungsnr. {{@invoice:RE-########}}), möchten aber per Kreditkarte zahlen, weil wir gerade im Ausland sind. Geht das? Karte: [[@card:group]], gültig bis 11/26.
Cheers,
[[sig|Matthias]]""",
    # 09 internal: a first name that is also a word, Frau + surname, diminutive signature
    """Hallo [[sal|Ernst]],

im Ernst, die Rechnung an [[oth|Frau Yılmaz]] ging jetzt zum dritten Mal an die alte Adresse. Kannst du bitte im KIS die Anschrift korrigieren? Neu: [[address|Bahnhofstraße 3, 77694 Kehl]].
Danke dir!
[[sig|Rosi]]""",
    # 10 forwarded Beihilfe letter: professor titles, "Im Auftrag" + surname alone
    """{{greeting_without_name|Sehr geehrte Damen und Herren}},

anbei die Ablehnung meiner Beihilfestelle zur Kenntnis. Bitte schicken Sie mir eine korrigierte Rechnung mit den richtigen GOÄ-Ziffern.

Beste Grüße
[[sig|Prof. Dr. Ulrich Hahn]]

-------- Weitergeleitete Nachricht --------
Betreff: Ihr Beihilfeantrag vom 01.03.2024
Datum: Thu, 14 Mar 2024 10:22:51 +0100
Von: Beihilfestelle <[[email|beihilfe@bhs-suedwest.de]]>
An: [[email|u.hahn@hahn-consult.de]]

Sehr geehrter [[sal|Herr Prof. Dr. Hahn]],
die Rechnung des {{brand|St. Hedwig Klinikums}} vom {{date|12.02.2024}} kann nur teilweise anerkannt werden, da die Steigerungsfaktoren nicht begründet sind.
Mit freundlichen Grüßen
Im Auftrag
[[sig|Weber]]""",
    # 11 self-introduction, phone, initial + surname
    """Guten Tag, mein Name ist [[intro|Dragan Petrović]], ich versuche seit Tagen, jemanden in der Abrechnung telefonisch zu erreichen, aber es geht keiner ran. Unter [[@phone:DE:mdeslash]] erreichen Sie mich ab 16 Uhr.
[[sig|D. Petrović]]""",
    # 12 no PII: a house named after a saint, towns that are words, a capitalised word at a line start
    """Frage zur Rechnung: Was bedeutet die Position „Wahlleistung Chefarzt“? Ich war im {{brand|Haus Benedikt}} untergebracht, dort hieß es, das sei inklusive.
Frank und frei: ich verstehe die Rechnung überhaupt nicht. Wir kommen extra aus {{city|Essen}}, mein Mann ist in {{city|Siegen}} in Reha.""",
    # 13 parents: Frau + surname, the child's first name, three signers after an emoji
    """Liebe [[sal|Frau Kaya]],

vielen Dank für Ihre Geduld am Telefon! Die Rechnung für die Behandlung von [[oth|Ben]] ist jetzt bezahlt.

🙏 [[sig|Julia]], [[sig|Sebastian]] & [[sig|Ben Wolf]]""",
    # 14 invoice letter: address block over two lines, a surname that is a season, team signature
    """{{brand|St. Hedwig Klinikum Rheinau}} · Patientenabrechnung
[[oth|Frau Ingrid Sommer]]
[[address|Kirchweg 5
77866 Rheinau]]

Rechnung Nr. {{@invoice:##########}} · Datum {{date|20.03.2024}}

Sehr geehrte [[sal|Frau Sommer]],

für Ihren stationären Aufenthalt vom {{date|11.03.}} bis {{date|15.03.2024}} berechnen wir Ihnen die gesetzliche Zuzahlung von {{amount|50,00 €}} (5 Tage × 10 €). Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf das Konto [[@iban:DE:group]].

Mit freundlichen Grüßen
{{team_name|Ihre Patientenabrechnung}}""",
    # 15 transliterated names, surname first, Sent from
    """Hallo,
bitte schicken sie die Rechnung nochmal, ich finde sie nicht mehr. Mein Vater war im Februar auf der Kardiologie.
Name: [[oth|Oezdemir Mehmet]]
Fallnummer: {{@num:########}}
Danke, [[sig|Elif Oezdemir]]

Von meinem Samsung Galaxy Smartphone gesendet""",
    # 16 thread: instalments, company named after the sender, "Surname, First" in the quote header
    """AW: AW: Ratenzahlung Rechnung {{@invoice:RE-########}}

Hallo [[sal|Frau Brandt]],

super, vielen Dank! Dann überweise ich ab April monatlich 150 €. Den Dauerauftrag richte ich heute noch ein.

Viele Grüße
[[sig|Tobias Krämer]]
{{cbrand|Krämer Haustechnik}} – Heizung · Sanitär · Solar
Mobil [[@phone:DE:mintl]]
USt-IdNr. [[@ustid:desp]]

Am 19.03.2024 um 11:20 schrieb [[oth|Brandt, Nicole]] <[[email|n.brandt@st-hedwig-klinikum.de]]>:
> Sehr geehrter [[sal|Herr Krämer]],
> einer Ratenzahlung von {{amount|150 €}} monatlich stimmen wir zu. Bitte geben Sie als Verwendungszweck immer die Rechnungsnummer an.
> Mit freundlichen Grüßen
> [[sig|Nicole Brandt]]
> {{job_title|Sachbearbeiterin Forderungsmanagement}}
>
> -----Ursprüngliche Nachricht-----
> Von: [[oth|Tobias Krämer]] <[[email|info@kraemer-haustechnik.de]]>
> Gesendet: Montag, 18. März 2024 21:47
> Betreff: Ratenzahlung
>
> Guten Abend, ich bin selbständig und gerade etwas knapp bei Kasse. Kann ich die Rechnung über {{amount|1.740 €}} in Raten zahlen?
> Gruß [[sig|T. Krämer]]""",
    # 17 supplier invoice: company and manager with the same surname, USt-IdNr
    """{{greeting_without_name|Sehr geehrte Damen und Herren}},

anbei unsere Rechnung {{@invoice:MM-####-##}} über Verbandsmaterial (Lieferung vom {{date|07.03.2024}}, Lieferschein {{@tracking:LS-#######}}).

Mit freundlichen Grüßen

[[sig|Petra Schulze]]
{{job_title|Buchhaltung}}
{{cbrand|Müller Medizintechnik}} GmbH & Co. KG
[[address|Industriestraße 40, 68169 Mannheim]]
USt-IdNr.: [[@ustid:desp]]
Geschäftsführer: [[oth|Klaus-Dieter Müller]]""",
    # 18 German body, Polish closing, nickname + ward
    """{{greeting_without_name|Hallo zusammen}},
die Patientin von Zimmer 214 fragt, ob die Telefonkarte mit auf die Rechnung kommt oder ob sie bar zahlen muss. Kann mir das jemand sagen?
Pozdrawiam, [[sig|Kasia]] (Station 3B)""",
    # 19 southern "ich bin die ...", practice named after a square, signature with an emoji and phone
    """Hi, ich bin die [[intro|Lena]] vom Empfang der {{street_as_brand|Praxis am Schlossplatz}} – wir bräuchten für den Patienten mit der Fallnummer {{@num:########}} noch den Entlassbrief, der fehlt uns für die Abrechnung.
Grüßle
[[sig|Lena]] 😊
[[@phone:DE:fdedash]]""",
    # 20 legal guardian: Herr Dr., surnames that are words, maiden name, role, address, phone, e-mail
    """Sehr geehrter [[sal|Herr Dr. Neumann]],

ich bin rechtliche Betreuerin von [[oth|Frau Hildegard Sonntag]] (geb. [[oth|Winter]]), die vom {{date|2.}} bis {{date|9. Februar}} bei Ihnen lag. Abgerechnet wurde eine Chefarztbehandlung, obwohl [[oth|Frau Sonntag]] nie eine Wahlleistungsvereinbarung unterschrieben hat – sie ist seit 2021 nicht mehr geschäftsfähig. Ich bitte um Stornierung der Position und eine korrigierte Rechnung.

Mit freundlichen Grüßen
[[sig|Claudia Martens]]
{{job_title|Berufsbetreuerin}}
[[address|Hauptstraße 88, 77855 Achern]]
Tel. [[@phone:DE:fintl]] · [[email|c.martens@betreuungsbuero-martens.de]]""",
]

# ----------------------------------------------------------------------------- main

CHECKSUM_KINDS = {"card", "iban", "pesel", "birth_number", "national_id", "tax_id"}
MINIMA = {
    "name": 32,
    "signature": 16,
    "salutation": 7,
    "self_intro": 3,
    "checksum_id": 8,
    "phone": 4,
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
            rows.append(fill(f"d20-{lang}-{i:02d}", lang, template.strip("\n")))
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "two items share a text"
    for lang in LANGS:
        t = tally([r for r in rows if r["lang"] == lang])
        for key, need in MINIMA.items():
            assert t[key] >= need, (lang, key, t[key], need)
    no_pii = sum(not r["pii"] for r in rows)
    assert 5 <= no_pii <= 12, no_pii
    t = tally(rows)
    total = sum(len(r["pii"]) for r in rows)
    # a name-focused split: names are most of the PII, checksum ids a smaller share
    assert 0.50 <= t["name"] / total <= 0.80, t["name"] / total
    assert 0.10 <= t["checksum_id"] / total <= 0.35, t["checksum_id"] / total
    keeps = sum(len(r["keep"]) for r in rows)
    assert 1.5 <= keeps / len(rows) <= 6.0, keeps / len(rows)
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
