#!/usr/bin/env python3
"""Write data/eval/pii/dev13.jsonl: a PII development split centred on ids far from their keyword.

140 customer texts (20 each in pl, cs, sk, ru, uk, en, de) by a separate author,
each its own hand-written template. The focus is on checksum identifiers
(tax_id, national_id, birth_number, pesel, iban, card), at least 2.5 per item
on average and at least 45 per language, standing in surroundings common in
real CEE customer mail but unusual for a redactor: the keyword on an earlier
line or in an earlier sentence, the keyword only in a heading or subject line,
values in quoted replies and forwarded headers, lists of several ids after one
keyword, ids in parentheses after a company name, abbreviations with odd
punctuation, unusual spacing and grouping, ids labelled in another language,
answers to form questions, table rows, ids named only by what they are for,
mistyped keywords, and keywords separated from the value by a date or a name.
Names, phones, e-mails and addresses stand around them for realism, next to
many near-misses that must be kept (order/invoice/ticket/tracking/contract/
meter/policy numbers that fail every id check, dates, amounts, product codes).
About 10 items carry no PII.

Every template carries a list of surrounding tags (SURROUNDINGS) counted in the
printout. The machinery (markup filler, id/phone/near-miss generators with
their python-stdnum and phonenumbers checks, the second check of every written
id span by its kind, --check, the record format) is copied from
scripts/make_pii_blind12.py; one addition: a generated value may be regrouped,
``[[@pesel:plain~2 2 2 5]]`` (sizes split by the separator to use).

Template markup:

    [[sal|Jadwigo]]        name, context salutation   (also sig / intro / oth)
    [[email|a@b.pl]]       literal PII of a kind (email, phone, address, url_token...)
    [[@pesel]]             PII value drawn by a generator (kind from GEN)
    {{city|Kraków}}        literal keep span with its `what`
    {{cbrand|Stavby Kubát}} a company named after a surname: keep, what `brand`
    {{@order:####}}        keep value drawn by a generator (what from KEEP_GEN)

The seed of every item is fixed ("d13:" + its id).

    .venv/bin/python scripts/make_pii_dev13.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_dev13.py --check   # file on disk == output
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
OUT = ROOT / "data" / "eval" / "pii" / "dev13.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
SEED = "d13:"

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


def regroup_value(value, spec):
    """Regroup a generated value: spec "3 3 2 2" = sizes, split by the separator to use."""
    sep = re.search(r"\D+", spec).group()
    sizes = [int(x) for x in re.split(r"\D+", spec)]
    return group(re.sub(r"[\s\-./]", "", value), sizes, sep)


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
            fmt, _, regroup = fmt.partition("~")
            if is_pii:
                kind, fn = GEN[key]
                value = fn(rng, fmt) if fmt else fn(rng)
                if regroup:
                    value = regroup_value(value, regroup)
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


ITEMS: dict[str, list[tuple[str, str]]] = {}

# =========================================================================== pl
ITEMS["pl"] = [
    # 01 joinery, invoice data given as a bare block under an earlier sentence
    (
        "earlier list",
        """Temat: korekta faktury {{@invoice:FV/####/2025}}

Dzień dobry [[sal|Pani Moniko]],

w zamówieniu {{@order:ZK-######}} wpisał się zły nabywca. Dane do faktury poniżej.

{{cbrand|Pracownia Stolarska Marczak}}
[[address|ul. Kwiatowa 7, 62-030 Luboń]]
[[@nip:dash]]
[[@regon:9]]
[[@iban:PL:nrb]]

Kwota się zgadza ({{amount|2 460,00 zł}}), proszę tylko o zmianę nabywcy.
Pozdrawiam
[[sig|Sylwester Marczak]]""",
    ),
    # 02 summer camp, the keyword only in the subject line
    (
        "heading",
        """Temat: PESEL syna – poprawka w zgłoszeniu

Dzień dobry,
w zgłoszeniu na obóz {{@ticket:OB-####/25}} pomyliłam dwie cyfry. Poprawnie ma być:
[[@pesel:child-male]]
Mój zostaje bez zmian, dla porządku: [[@pesel:mid-female]], ojca dziecka też: [[@pesel:mid-male]].
Turnus od {{date|7 lipca}}, wpłata {{amount|1 890 zł}} poszła w całości.

[[sig|Aneta Wójcicka]]
tel. [[@phone:PL:mg3]]""",
    ),
    # 03 water utility, the account and NIP sit in the customer's own quoted message
    (
        "quoted earlier",
        """Re: brak wpłaty za {{date|marzec}}

Przelew wyszedł {{date|14.03}}, {{amount|318,40 zł}}, tytułem nr klienta {{@num:K/#####/##}}. Rachunek podawałam już niżej, nic się nie zmieniło.

> W dniu {{date|10.03.2025}} [[oth|Krystyna Pawlikowska]] pisze:
> Płacę zawsze z tego samego konta:
> [[@iban:PL:nrb]]
> faktury proszę wystawiać na działalność, numer podatkowy
> jak w umowie – [[@nip:plain]]

[[sig|K. Pawlikowska]]""",
    ),
    # 04 accounting office, several ids after one keyword in a list
    (
        "list spacing",
        """Dzień dobry,

przesyłam numery PESEL wszystkich trzech pracowników do zgłoszenia w ZUS:
1) [[oth|Dawid Cieślak]] – [[@pesel:mid-male]]
2) [[oth|Wiktoria Nowakowska]] – [[@pesel:mid-female~3 3 3 2]]
3) [[oth|Ihor Sydorenko]] – [[@pesel:mid-male~6 5]]
Umowy od {{date|1.04.2025}}, etat {{quantity|1/1}}, stawka {{amount|5 200 zł brutto}}.

[[sig|Renata Słowik]]
kadry, {{cbrand|Biuro Rachunkowe Słowik}}""",
    ),
    # 05 B2B complaint, ids in parentheses after company names
    (
        "paren",
        """Reklamacja dostawy {{@order:PO-#####-PL}}

Towar zamówiony przez {{brand|Hurtownia Elektryczna Woltex}} (NIP [[@nip:plain]], REGON [[@regon:9]]) dostarczyła nam firma kurierska, ale paleta {{quantity|3 z 5}} była zalana. Faktura wystawiona przez {{brand|Lumo-Tech sp. z o.o.}} ([[@nip:pl]]) ma nr {{@invoice:LT/##/#####}}.
Prosimy o kontakt: [[email|zaopatrzenie@woltex-hurt.pl]]

[[sig|Marek Rutkowski]], kierownik magazynu""",
    ),
    # 06 form reply with odd abbreviations N.I.P. and R-GON
    (
        "abbrev form",
        """Zgłoszenie przez formularz partnera
---
Nazwa firmy: Usługi Remontowe „Kielnia”
N.I.P.:  [[@nip:dash2]]
Reg.: [[@regon:14]]
Osoba do kontaktu: [[intro|Paweł Szczygieł]]
Telefon: [[@phone:PL:mnat]]
Nr rach.: [[@iban:PL:nrb]]
Czego dotyczy zgłoszenie? chcę założyć konto firmowe, wpisuję N I P i wyskakuje błąd {{@ticket:ERR-####}}
---""",
    ),
    # 07 e-shop, English labels inside a Polish message
    (
        "foreign earlier",
        """Hej, zamawiam z waszego sklepu pierwszy raz, formularz jest po angielsku więc wpisałem tak jak kazał:

Tax ID: [[@nip:plsp]]
Bank account (for refunds): [[@iban:PL:group]]

PESEL (for personal invoice): [[@pesel:mid-male]]

i przy płatności kartą [[@card:group]] pokazało {{amount|0,00 PLN}}. Zamówienie {{@order:#######}} wisi jako „pending”. Co robić?
[[sig|Kuba Lewandowski]]""",
    ),
    # 08 insurer, PESEL named only by what it is for, separated by a date
    (
        "purpose separated",
        """Szanowni Państwo,

zgłaszam szkodę z polisy {{@policy:PZ-########}} z dnia {{date|22.02.2025}}. Numer identyfikacyjny do systemu ubezpieczeń (ten z dowodu, nie z prawa jazdy), stan na {{date|luty 2025}}: [[@pesel:senior-male]].
Odszkodowanie proszę przelać na rachunek żony, [[oth|Teresy Kaczor]]: [[@iban:PL:nrbwrap]]

Z poważaniem
[[sig|Henryk Kaczor]]
[[address|os. Słoneczne 12/4, 34-400 Nowy Targ]]""",
    ),
    # 09 mistyped keywords in a chat
    (
        "typo",
        """[{{time|10:12}}] Klientka: dzien dobry chce zmienic taryfe ale system nie przyjmuje mojego PESLE
[{{time|10:12}}] Klientka: [[@pesel:mid-female]]
[{{time|10:13}}] Konsultant [[oth|Oskar]]: Dzień dobry, a numer dowodu?
[{{time|10:14}}] Klientka: dowud [[@plid:plain]]
[{{time|10:15}}] Konsultant [[oth|Oskar]]: Dziękuję, taryfa {{product_code|NET-75}} od {{date|1 maja}}.
[{{time|10:16}}] Klientka: a nadplata prosze na konto [[@iban:PL:nrbc]]""",
    ),
    # 10 table rows in a payroll e-mail
    (
        "table list",
        """[[sal|Basiu]], lista do przelewów za {{date|maj}}:

| lp | pracownik | rachunek | kwota |
|---|---|---|---|
| 1 | [[oth|Tomasz Grabowski]] | [[@iban:PL:nrbc]] | {{amount|4 812,30}} |
| 2 | [[oth|Ewelina Lis]] | [[@iban:PL:nrb]] | {{amount|3 990,00}} |
| 3 | [[oth|Szymon Wrona]] | [[@iban:PL:group]] | {{amount|4 105,75}} |

Zatwierdza: [[sig|Barbara Zych]], [[@phone:PL:fnat]]""",
    ),
    # 11 no PII: numbers that must stay
    (
        "nopii",
        """Dzień dobry, zamówienie {{@order:ZAM/####/##}} z {{date|3 czerwca}} nadal nie dotarło. Numer przesyłki {{@tracking:########################}}, faktura {{@invoice:FVS-####-25}}. NIP podam przy odbiorze, jeśli będzie potrzebny. Produkt {{@product:SKU-@@-####}}, {{quantity|2 szt.}}, razem {{amount|349,98 zł}}.""",
    ),
    # 12 forwarded header with the id in the forwarded block
    (
        "quoted heading",
        """---------- Przekazana wiadomość ---------
Od: [[oth|Adrian Bielecki]] <[[email|a.bielecki@poczta.onet.pl]]>
Data: {{date|5 marca 2025}} 08:41
Temat: REGON i NIP do umowy najmu

[[@regon:sp]]
[[@nip:sp]]
konto do czynszu: [[@iban:PL:nrbc]]
---------------------------------------------

[[sal|Pani Agnieszko]], przesyłam dalej, proszę dopisać do umowy {{@contract:UN/##/####}}.
[[sig|Łukasz]]""",
    ),
    # 13 car rental, keyword separated by a name
    (
        "separated paren",
        """Rezerwacja {{@order:RZ######}}, odbiór {{date|18.07}} na lotnisku w {{city|Gdańsku}}.
Kierowca dodatkowy: mąż – [[oth|Robert Jasiński]] (PESEL: [[@pesel:mid-male]]), dowód [[@plid:sp]].
Płatność kartą, której właścicielką jestem ja, [[intro|Marta Jasińska]]:
[[@card:dash]], kaucja {{amount|1 500 zł}}.
Kontakt: [[@phone:PL:mintlg3]]""",
    ),
    # 14 no PII: complaint with meter and contract numbers
    (
        "nopii",
        """Reklamuję odczyt licznika {{@meter:##########-##}} z {{date|31.01}}. Umowa {{@contract:UE/####/####}}, taryfa {{product_code|G11}}. Zużycie {{quantity|4 812 kWh}} w dwa miesiące to niemożliwe, zwykle mam ok. {{quantity|300 kWh}}. Proszę o weryfikację, ticket {{@ticket:######}}.""",
    ),
    # 15 ids written in Czech labels inside a Polish text (a Czech supplier)
    (
        "foreign paren",
        """Dzień dobry [[sal|Panie Jarku]],
dostawca z Ostrawy wystawił fakturę {{@invoice:####/2025/CZ}} tak:
{{brand|Kovo-Lis s.r.o.}} (IČO [[@ico:plain]], DIČ [[@ico:czsame]])
a naszą firmę wpisał jako NIP [[@nip:plain]] bez prefiksu PL – czy to przejdzie w JPK?
Kwota {{amount|12 300 CZK}}.
[[sig|Gabriela Mazur]], księgowość""",
    ),
    # 16 bank, answering the form question after a blank line
    (
        "form earlier",
        """Pytanie 4. Proszę podać numer rachunku, na który mamy zwrócić nadpłatę.

Odpowiedź:
[[@iban:PL:lcgroup]]

Pytanie 5. Numer identyfikacyjny klienta / PESEL lub NIP
Odpowiedź: nie mam PESEL, jestem obywatelem Ukrainy, mam NIP [[@nip:dash]]
(a w ukraińskim paszporcie podatkowy РНОКПП [[@rnokpp:mid-male]])
Podpis: [[sig|Oleksandr Hnatiuk]]""",
    ),
    # 17 property manager, several ids after one keyword line
    (
        "list earlier",
        """Dzień dobry,

do aneksu proszę wpisać współwłaścicieli, numery PESEL w tej samej kolejności:
[[oth|Józef Kubacki]], [[oth|Irena Kubacka]], [[oth|Natalia Kubacka]]
[[@pesel:senior-male]], [[@pesel:senior-female]], [[@pesel:mid-female]]

Lokal nr {{quantity|14}}, udział {{percent|52%}}. Korespondencja na [[address|ul. Lipowa 3/14, 15-424 Białystok]].
[[sig|Natalia Kubacka]]""",
    ),
    # 18 card dispute, card number in the quoted bank message
    (
        "quoted",
        """Nie zgadzam się z tym, co napisaliście:

> Transakcja kartą [[@card:plain]] z dnia {{date|02.05.2025}} na kwotę {{amount|249,00 EUR}}
> została autoryzowana kodem 3-D Secure.

Nie dostałam żadnego SMS-a na [[@phone:PL:m00]]. Proszę o chargeback, reklamacja {{@ticket:RK-######}}.
Zwrot na rachunek, do którego jest podpięta karta – [[@iban:PL:nrb]].
[[sig|Ilona Sadowska]]""",
    ),
    # 19 sole trader changes his account, the keyword is "to samo co wyżej"
    (
        "earlier spacing",
        """Dzień dobry,

mój NIP: [[@nip:plain]]. Od {{date|czerwca}} zmieniam bank, więc faktury {{@invoice:FV ##/##/2025}} i następne proszę opłacać na nowe konto:
[[@iban:PL:nrb~2  4  4  4  4  4  4]]
NIP firmy podałem wyżej, REGON bez zmian: [[@regon:9]].
[[sig|Wojciech Dudek]]
[[@phone:PL:mdash]]""",
    ),
    # 20 dentist, child id as a form answer with odd spacing
    (
        "form spacing",
        """Ankieta pacjenta – {{brand|Gabinet Uśmiech}}
Czy pacjent jest małoletni? TAK
Dane pacjenta: [[oth|Zuzia Kamińska]], wizyta kontrolna {{date|14.05}}
Identyfikator pacjenta: [[@pesel:child-female~2 2 2 2 3]]
Opiekun prawny (imię, nazwisko, PESEL): [[intro|Karolina Kamińska]] [[@pesel:mid-female]]
E-mail do przypomnień: [[email|karolina.kaminska85@gmail.com]]""",
    ),
]


# =========================================================================== cs
ITEMS["cs"] = [
    # 01 invoice data under an earlier sentence, bare block
    (
        "earlier list",
        """Dobrý den,

prosím o opravu faktury {{@invoice:FA-2025-####}}, odběratel má být firma, ne já osobně. Fakturační údaje posílám níže:

{{cbrand|Truhlářství Doležal}}
[[address|Na Výsluní 211, 551 01 Jaroměř]]
[[@ico:plain]]
[[@ico:czsame]]
[[@iban:CZ:group]]

Děkuji,
[[sig|Vojtěch Doležal]]""",
    ),
    # 02 subject-line keyword only
    (
        "heading",
        """Předmět: rodné číslo dcery pro pojišťovnu

Dobrý den [[sal|paní doktorko]],
posílám, co jste chtěla na recepci:
[[@rc:slash-child-female]]
a moje, jako zákonného zástupce: [[@rc:plain-mid-female]]
Kartička pojišťovny {{brand|VZP}} se ztratila, novou čekáme. Kontrola {{date|12. 6.}} v {{time|8:30}}.
[[sig|Lenka Vávrová]], [[@phone:CZ:mg3]]""",
    ),
    # 03 quoted reply with the customer's account
    (
        "quoted",
        """Re: Vrácení přeplatku {{@num:ZP-#######}}

Dobrý den, přeplatek {{amount|1 742 Kč}} stále nedorazil.

> Dne {{date|3. 3. 2025}} v 14:22 [[oth|Radek Pokorný]] napsal(a):
> Přeplatek prosím na účet [[@iban:CZ:dom]], případně
> IBAN [[@iban:CZ:group]] (druhý účet u jiné banky).

S pozdravem
[[sig|Radek Pokorný]]""",
    ),
    # 04 odd abbreviation I.Č.O. and spacing
    (
        "abbrev spacing paren",
        """Objednávka {{@order:OBJ/####/25}}
Odběratel: {{brand|Elektro Brázda a syn}} (I.Č.O.: [[@ico:sp]] , D.I.Č.: [[@ico:czsame]])
Dodací adresa: [[address|Průmyslová 1480, 530 02 Pardubice]]
Kontakt: [[oth|Jiří Brázda]], [[email|brazda.jiri@seznam.cz]]
Položky: {{@product:ELB-####-@@}} × {{quantity|40 ks}}
Splatnost {{quantity|14 dní}}, č. ú. [[@iban:CZ:dom]]""",
    ),
    # 05 mistyped ICO without diacritics and a typo in "rodne cislo"
    (
        "typo",
        """dobry den, registruju se u vas jako zivnostnik a formular hlasi chybu u ICO
moje ICO je [[@ico:plain]]
DIC mam podle rodneho cilsa: [[@dicrc:-mid-male]]
ucet na vraceni preplatku [[@iban:CZ:dom]]
pisu z mobilu, volejte na [[@phone:CZ:mcompact]]
[[sig|Martin Kopecky]]""",
    ),
    # 06 table of employees with birth numbers
    (
        "table list",
        """Dobrý den, přihlášky k nemocenskému pojištění za {{date|duben}}:

| jméno | RČ | nástup |
|---|---|---|
| [[oth|Petra Sýkorová]] | [[@rc:slash-mid-female]] | {{date|1. 4. 2025}} |
| [[oth|Dominik Hruška]] | [[@rc:plain-mid-male]] | {{date|7. 4. 2025}} |
| [[oth|Nguyen Van Long]] | [[@rc:sp-mid-male]] | {{date|14. 4. 2025}} |
| [[oth|Kristýna Urbanová]] | [[@rc:slash-mid-female]] | {{date|22. 4. 2025}} |

[[sig|Ilona Marková]], mzdová účetní""",
    ),
    # 07 English labels inside Czech text
    (
        "foreign form",
        """Dobrý den, objednávám z vašeho e-shopu, pokladna je jen anglicky, tak jsem vyplnila:

Company registration no.: [[@ico:plain]]
VAT number: [[@ico:czsame]]
Card: [[@card:dash]]
Refund account: [[@iban:CZ:compact]]

a objednávka {{@order:#########}} pořád visí. Je to správně?
[[sig|Eliška Malá]]""",
    ),
    # 08 id named only by its purpose and separated by a date
    (
        "purpose separated",
        """Dobrý den,
k žádosti o příspěvek {{@num:PB/####/2025}} doplňuji číslo pro daňové účely, platné od {{date|1. 1. 2024}}: [[@dicrc:-senior-female]].
Příspěvek posílejte na účet, na který mi chodí důchod – [[@iban:CZ:dom]].
Manžel, [[oth|Karel Horák]], má číslo [[@dicrc:-senior-male]], kdyby bylo třeba.
[[sig|Marie Horáková]]
[[address|Lidická 45, 602 00 Brno]]""",
    ),
    # 09 no PII
    (
        "nopii",
        """Dobrý den, reklamace {{@ticket:RMA-######}} k objednávce {{@order:2025######}}: pračka {{product_code|WM-7412}} netočí odstřeďování. Zásilka {{@tracking:DR##########CZ}} dorazila {{date|2. května}}. IČO doplním, až mi ho pošle účetní. Cena {{amount|11 490 Kč}}.""",
    ),
    # 10 forwarded header with ids in the forwarded body
    (
        "quoted list",
        """---------- Přeposlaná zpráva ---------
Od: [[oth|Tereza Kolářová]] <[[email|kolarova.t@email.cz]]>
Datum: {{date|út 18. 2. 2025}}
Předmět: údaje na smlouvu

RČ: [[@rc:slash-mid-female]], [[@rc:slash-mid-male]] (manžel)
číslo účtu na zálohy [[@iban:CZ:dom]]

----
[[sal|Honzo]], tohle prosím dopiš do smlouvy {{@contract:SML-####-##}}.
[[sig|Pavla]]""",
    ),
    # 11 Polish and Slovak ids in a Czech text
    (
        "foreign paren",
        """Dobrý den [[sal|pane Šťastný]],
fakturu {{@invoice:####2025}} jsme poslali na dva odběratele:
- {{brand|Agro-Pol sp. z o.o.}} (NIP [[@nip:pl]])
- {{brand|Zelenina Vrbov s.r.o.}} (IČ DPH [[@icdph:sk]])
Platba na náš účet [[@iban:CZ:compact]].
[[sig|Hana Vlčková]], {{team_name|fakturace}}""",
    ),
    # 12 form question answers
    (
        "form",
        """Žádost o kartu do fitness {{brand|Gymnázium Sport}}
1. Jméno a příjmení: [[intro|Ondřej Novotný]]
2. Rodné číslo (pro slevu studenta): [[@rc:plain-mid-male]]
3. Z jakého účtu budete platit? [[@iban:CZ:dash]]
4. Telefon: [[@phone:CZ:mintl]]
5. Platební karta pro automatické strhávání (nepovinné): [[@card:plain]]""",
    ),
    # 13 id in the sentence before, several numbers after
    (
        "earlier spacing",
        """Dobrý den, v přiznání mi chybí oprava. Rodná čísla dětí pro slevu na dani jsou tato, napsala jsem je ručně, tak snad čitelně.
[[@rc:plain-child-male~3 3 4]]
[[@rc:plain-child-female~2 2 2 4]]
Vrácení přeplatku na [[@iban:CZ:lcgroup]].
[[sig|Jana Svobodová]]""",
    ),
    # 14 no PII
    (
        "nopii",
        """Dobrý den, stížnost na vyúčtování {{@num:VY-########}} za odběrné místo {{@meter:859182400##########}}. Záloha {{amount|1 900 Kč}}, spotřeba {{quantity|3,2 MWh}}, to nesedí. Smlouva {{@contract:EL/####/###}}. Děkuji.""",
    ),
    # 15 separated by a name, card after ticket
    (
        "separated",
        """Dobrý den,
platbu za letenky {{@order:PNR-@@@@@@}} dělala kartou moje sestra, [[oth|Alena Benešová]], číslo karty kvůli refundaci: [[@card:group]].
Já jsem [[intro|Zdeňka Benešová]], cestující, RČ [[@rc:slash-mid-female]].
[[@phone:CZ:mnat]]""",
    ),
    # 16 keyword in subject + list of IČO
    (
        "heading list",
        """Předmět: IČO poboček pro rámcovou smlouvu

Praha – [[@ico:plain]]
Olomouc – [[@ico:plain]]
Ostrava – [[@ico:plain]]
Účet centrály pro všechny pobočky je stejný: [[@iban:CZ:group]]

Za {{cbrand|Stavebniny Kubíček}}
[[sig|Ing. Lubomír Kubíček]]
[[@phone:CZ:fintl]]""",
    ),
    # 17 quoted reply with birth number
    (
        "quoted purpose",
        """Ahoj [[sal|Kláro]],
tady to máš, potřebovala jsi to na tu pojistku:
> pošli mi prosím to číslo, co máš v občance pod fotkou
[[@rc:slash-senior-male]] – to je tátovo, moje je [[@rc:slash-mid-female]]
[[sig|Míša]]""",
    ),
    # 18 B2B table row with DIČ and account
    (
        "table",
        """Podklady pro zápočet pohledávek:

| firma | DIČ | účet | částka |
|---|---|---|---|
| {{brand|Kovárna Hlinsko}} | [[@ico:cz]] | [[@iban:CZ:dom]] | {{amount|48 200 Kč}} |
| {{brand|Pila Rovensko}} | [[@ico:cz]] | [[@iban:CZ:dom]] | {{amount|12 750 Kč}} |

Vyřizuje [[sig|Bc. Šárka Jelínková]]""",
    ),
    # 19 no PII
    (
        "nopii",
        """Dobrý den, objednávka {{@order:EO-#######}} z {{date|20. 4.}}: místo {{quantity|6}} kusů přišly {{quantity|4}}. Dodací list {{@invoice:DL######}}, balík {{@tracking:Z##########}}. Rodné číslo ani IČO nemám, nakupuji jako soukromá osoba.""",
    ),
    # 20 Slovak birth number in a Czech message, odd spacing on the account
    (
        "foreign spacing",
        """Dobrý den,
jsem Slovenka, studuju v {{city|Brně}}, rodné číslo mám slovenské: [[@rcsk:slash-mid-female]].
Kolej {{@num:K-####}}, nájem platím kartou [[@card:group]], kauce {{amount|5 000 Kč}} vrátit na [[@iban:SK:group~4 4 4 4 4 4]].
[[sig|Zuzana Hudecová]]
[[email|zuzka.hudecova@azet.sk]]""",
    ),
]


# =========================================================================== sk
ITEMS["sk"] = [
    # 01 invoice block under an earlier sentence
    (
        "earlier list",
        """Dobrý deň,

k objednávke {{@order:OBJ-######}} potrebujem faktúru na firmu. Údaje uvádzam nižšie, prosím prepísať aj v účte.

{{cbrand|Kaderníctvo Ondrejková}}
[[address|Hlavná 18, 040 01 Košice]]
[[@ico:plain]]
[[@icdph:plain]]
[[@icdph:sksame]]
[[@iban:SK:group]]

Ďakujem, [[sig|Veronika Ondrejková]]""",
    ),
    # 02 abbreviations with odd punctuation, parentheses
    (
        "abbrev paren",
        """Dodávateľ: {{brand|Strojárne Považie a.s.}} (I.Č.O.: [[@ico:plain]]; D.I.Č.:[[@icdph:plain]]; IČ-DPH: [[@icdph:sksame]])
Odberateľ: {{brand|Mlyn Trnávka s.r.o.}}
Faktúra č. {{@invoice:2025####}}, splatnosť {{date|30. 5. 2025}}, suma {{amount|8 412,00 €}}
Platba: [[@iban:SK:group]]
Vystavil: [[sig|Peter Gašpar]]""",
    ),
    # 03 subject-line keyword
    (
        "heading",
        """Predmet: rodné čísla detí – zápis do školy

Dobrý deň [[sal|pani riaditeľka]],
[[@rcsk:slash-child-male]]
[[@rcsk:slash-child-female]]
(zákonný zástupca: [[@rcsk:slash-mid-female]])
Obaja nastupujú od {{date|septembra}}, trieda {{quantity|1.B}}.
[[sig|Michaela Balážová]], [[@phone:SK:msk0slash]]""",
    ),
    # 04 quoted reply
    (
        "quoted",
        """Re: vrátenie poplatku {{@ticket:SR-######}}

Dobrý deň, stále čakám. Pripájam pôvodnú správu.

> {{date|4. 3. 2025}}, [[oth|Igor Kováč]] napísal:
> Poplatok {{amount|35 €}} prosím vrátiť na [[@iban:SK:group]].
> Pri registrácii som zadal rodné číslo [[@rcsk:plain-mid-male]].

[[sig|Igor Kováč]]""",
    ),
    # 05 mistyped keyword
    (
        "typo",
        """dobry den, v eshope mi pri ICO [[@ico:plain]] hadze ze neexistuje, skusal som aj s DIC [[@icdph:plain]]. co s tym?
a este: platil som kartou [[@card:plain]] a strhlo mi to dva krat, objednavka {{@order:##########}}
[[sig|Tomas Sulik]] [[@phone:SK:mcompact]]""",
    ),
    # 06 table row
    (
        "table list",
        """Zoznam poistených osôb k zmluve {{@policy:PZ/######/25}}:

| meno | rodné číslo | pomer |
|---|---|---|
| [[oth|Ľubomír Hanko]] | [[@rcsk:slash-senior-male]] | poistník |
| [[oth|Anna Hanková]] | [[@rcsk:slash-senior-female]] | manželka |
| [[oth|Marek Hanko]] | [[@rcsk:slash-mid-male]] | syn |

Poistné {{amount|412 €}} ročne.""",
    ),
    # 07 English labels in Slovak text, Czech ids
    (
        "foreign",
        """Ahoj, objednávam cez tú anglickú platformu pre firmy, vypĺňal som:
Registration number: [[@ico:plain]]
VAT ID: [[@icdph:sk]]
IBAN: [[@iban:SK:compact]]
A to naše české partnerské IČO je [[@ico:plain]]. Stačí to?
[[sig|Rado]]""",
    ),
    # 08 no PII
    (
        "nopii",
        """Dobrý deň, balík {{@tracking:SK##########}} k objednávke {{@order:#########}} ležal na pošte {{quantity|3 dni}}, teraz sa vrátil. Faktúra {{@invoice:VF-####/25}}, tovar {{@product:KX-###-@}}. IČO vám dodám v pondelok.""",
    ),
    # 09 purpose-only name, separated by a date
    (
        "purpose separated",
        """Dobrý deň,
k žiadosti o príspevok uvádzam číslo, ktoré mi pridelil daňový úrad, platné od {{date|1. 1. 2023}} – [[@icdph:plain]].
Peniaze prosím na účet, kam mi chodí plat: [[@iban:SK:compact]].
[[sig|Ing. Juraj Mikuš]]
[[address|Sládkovičova 9, 974 01 Banská Bystrica]]""",
    ),
    # 10 forwarded header
    (
        "quoted earlier",
        """---------- Preposlaná správa ---------
Od: [[oth|Silvia Horváthová]] <[[email|silvia.horvathova@gmail.com]]>
Dátum: {{date|pi 14. 3. 2025}}
Predmet: údaje k hypotéke

Moje a manželove, v tomto poradí:
[[@rcsk:plain-mid-female]]
[[@rcsk:plain-mid-male]]
spoločný účet: [[@iban:SK:compact]]
--------------------------------------
[[sal|Martin]], založ prosím spis {{@contract:HU-####-####}}.""",
    ),
    # 11 form answers
    (
        "form spacing",
        """Registrácia do fitka {{brand|Lvie Srdce}}
Meno: [[intro|Patrik Zelenák]]
Dátum narodenia a rodné číslo (bez lomky): [[@rcsk:plain-mid-male~2 2 2 4]]
Číslo účtu pre inkaso: [[@iban:SK:group]]
Telefón: [[@phone:SK:mintl]]
E-mail: [[email|patrik.zelenak@post.sk]]""",
    ),
    # 12 no PII
    (
        "nopii",
        """Reklamácia odpočtu plynomera {{@meter:######-##}} z {{date|31. 12.}}: spotreba {{quantity|1 840 m³}}, zmluva {{@contract:ZP-########}}. Zálohy {{amount|96 €}} mesačne. Číslo odberného miesta doplním.""",
    ),
    # 13 separated by a name
    (
        "separated paren",
        """Dobrý deň,
ubytovanie {{@order:RES-######}} zaplatila kartou moja kolegyňa, [[oth|Dana Šimková]] ([[@card:group]]), ale faktúru chceme na firmu {{brand|Geo-Plan s.r.o.}} (IČO [[@ico:plain]]).
Som [[intro|Kamil Drobný]], za firmu [[@phone:SK:fintl]].""",
    ),
    # 14 Czech and Polish ids in a Slovak text
    (
        "foreign list",
        """Dobrý deň [[sal|pán Petráš]],
dodávatelia na tento mesiac:
{{brand|Pekárna Hora s.r.o.}}, IČO [[@ico:plain]], DIČ [[@ico:czsame]]
{{brand|Mleczarnia Pod Lasem}}, NIP [[@nip:dash]]
Zálohu posielame z nášho účtu [[@iban:SK:group]].
[[sig|Renáta Šoltésová]]""",
    ),
    # 15 earlier sentence keyword
    (
        "earlier",
        """Dobrý deň, posielam IBAN na vrátenie preplatku za elektrinu, aj s IČ DPH, lebo odber je na živnosť. Oba riadky nižšie.

[[@iban:SK:lcgroup]]
[[@icdph:sk]]

Zmluva {{@contract:EE-#######}}. [[sig|Štefan Kollár]]""",
    ),
    # 16 quoted bank message with card
    (
        "quoted",
        """Nesúhlasím s vašou odpoveďou:
>> Transakcia kartou [[@card:dash]] zo dňa {{date|7. 4. 2025}} bola overená.
Kartu som mal v tom čase zablokovanú, nahlásil som to {{date|6. 4.}} o {{time|22:10}}.
Reklamácia {{@ticket:RK########}}. [[sig|Branislav Čech]]
Vrátiť prosím na [[@iban:SK:dash]]""",
    ),
    # 17 heading and list, Slovak birth numbers
    (
        "heading list",
        """RODNÉ ČÍSLA – cestovné poistenie, zájazd {{@order:ZJ-####}}
[[oth|Jana Poláková]] [[@rcsk:slash-mid-female]]
[[oth|Emil Polák]] [[@rcsk:slash-mid-male]]
[[oth|Lea Poláková]] [[@rcsk:slash-child-female]]
odlet {{date|2. 8.}} z {{city|Viedne}}
platba kartou [[@card:dots]]""",
    ),
    # 18 no PII
    (
        "nopii",
        """Dobrý deň, tiket {{@ticket:######}}: internet {{product_code|FIBER 500}} od {{date|utorka}} padá každú hodinu. Zmluva {{@contract:T-#########}}, zariadenie {{@product:ONT-@@####}}. Ďakujem.""",
    ),
    # 19 table of companies
    (
        "table paren",
        """Prehľad odberateľov po zlúčení:

| názov | IČO | IČ DPH |
|---|---|---|
| {{brand|Agrodružstvo Lúky}} | [[@ico:plain]] | [[@icdph:sk]] |
| {{brand|Mäsovýroba Záhorie}} | [[@ico:plain]] | [[@icdph:sk]] |
| {{brand|Sady Brezina}} | [[@ico:plain]] | [[@icdph:sk]] |

(kontakt [[email|uctaren@agrodruzstvo-luky.sk]])""",
    ),
    # 20 Hungarian speaker, spacing, account odd grouping
    (
        "spacing form",
        """Otázka: Číslo účtu, na ktoré chcete vrátiť zálohu?
Odpoveď: [[@iban:SK:group~2 2 4 4 4 4 4]]
Otázka: Rodné číslo?
Odpoveď: [[@rcsk:sp-senior-female]]
[[sig|Erzsébet Nagyová]], [[address|Hlavná 4, 945 01 Komárno]]""",
    ),
]


# =========================================================================== ru
ITEMS["ru"] = [
    # 01 requisites block under an earlier sentence, ИНН/КПП
    (
        "earlier abbrev",
        """Добрый день!

Просим перевыставить счёт {{@invoice:СЧ-####/25}} — в нём указана старая организация. Наши реквизиты ниже.

{{brand|ООО «Северный ветер»}}
ИНН/КПП [[@inn:10]]/{{@num:78##01001}}
[[@ogrn:13]]
директор [[oth|Лаптев О. Н.]], ИНН [[@innp:12]]
[[address|191002, г. Санкт-Петербург, ул. Рубинштейна, д. 9, оф. 12]]

С уважением,
[[sig|Ирина Лаптева]], бухгалтер""",
    ),
    # 02 subject line keyword only
    (
        "heading",
        """Тема: СНИЛС для больничного

Здравствуйте, [[sal|Олеся Викторовна]]!
[[@snils:dash]]
и ИНН на всякий случай: [[@innp:12]]
Больничный открыт с {{date|12 марта}}, номер ЭЛН {{@num:9##########}}.
[[sig|Глеб Кузьмин]], [[@phone:RU:mru8]]""",
    ),
    # 03 quoted reply
    (
        "quoted purpose",
        """Re: возврат по заказу {{@order:########-####}}

Деньги так и не пришли, уже {{quantity|21 день}}.

> {{date|03.04.2025}}, [[oth|Нина Сорокина]] пишет:
> Возврат прошу на карту [[@card:mirgroup]].
> Номер для налоговой, если нужен для чека: [[@innp:12]]

[[sig|Н. Сорокина]]""",
    ),
    # 04 list after one keyword
    (
        "list table",
        """Добрый день. СНИЛС сотрудников для отчёта ЕФС-1:

| ФИО | СНИЛС |
|---|---|
| [[oth|Ахмедов Рустам Ильдарович]] | [[@snils:dash]] |
| [[oth|Белова Ксения Андреевна]] | [[@snils:dash2]] |
| [[oth|Цой Виктор Сергеевич]] | [[@snils:sp]] |
| [[oth|Шевчук Анна Олеговна]] | [[@snils:plain]] |

Отчёт за {{date|I квартал 2025}}. [[sig|Лариса Котова]]""",
    ),
    # 05 ids in parentheses after companies
    (
        "paren",
        """Претензия по договору поставки {{@contract:П-###/2025}}.
Поставщик {{brand|АО «Уралмет»}} (ИНН [[@inn:10]], ОГРН [[@ogrn:13]]) отгрузил {{quantity|12 т}} вместо {{quantity|20 т}}. Перевозчик {{brand|ИП Гусев}} (ОГРНИП [[@ogrn:15]], ИНН [[@innp:12]]) подтверждает недовес.
Сумма претензии {{amount|1 240 000 ₽}}.
[[sig|Дмитрий Осипов]], юрист""",
    ),
    # 06 typo in keyword
    (
        "typo",
        """здравствуйте, при регистрации как самозанятый пишет неверный ИИН, хотя ввожу правильно: [[@innp:12]]
и СНИЛ тоже [[@snils:plain]]. Что делать? Карта для выплат [[@card:mirplain]]
[[sig|Артём]] [[@phone:RU:mru8plain]]""",
    ),
    # 07 form answers
    (
        "form",
        """Анкета на кредитную карту
Ваше ФИО: [[intro|Гарипова Алсу Ринатовна]]
Ваш ИНН (12 цифр): [[@innp:12sp]]
СНИЛС: [[@snils:dash]]
Карта для перевода кредитных средств: [[@card:mir]]
Мобильный: [[@phone:RU:mruintl]]""",
    ),
    # 08 no PII
    (
        "nopii",
        """Здравствуйте. Заказ {{@order:#########}} от {{date|14 мая}} до сих пор в пункте выдачи, трек {{@tracking:RA#########RU}}. Товар {{@product:АРТ-####-@}}, {{amount|3 490 ₽}}. ИНН пришлю позже, если понадобится для закрывающих.""",
    ),
    # 09 forwarded header
    (
        "quoted",
        """-------- Пересылаемое сообщение --------
От: [[oth|Павел Фомин]] <[[email|p.fomin@yandex.ru]]>
Дата: {{date|пятница, 7 марта 2025}}
Тема: реквизиты ИП

ОГРНИП [[@ogrn:15]]
ИНН [[@innp:12]]
--------------------------------------
[[sal|Света]], внеси, пожалуйста, в договор {{@contract:Д-####}}.""",
    ),
    # 10 separated by a date and name
    (
        "separated",
        """Добрый вечер. Оплату за обучение по договору {{@contract:ОБ-####-25}} вносила мама, [[oth|Татьяна Игоревна Руденко]], её ИНН для налогового вычета — за {{date|2024 год}} — [[@innp:12]].
Мой СНИЛС как студента: [[@snils:dash]]. Возврат переплаты — на карту [[@card:mirgroup]].
[[sig|Алина Руденко]]""",
    ),
    # 11 English labels in Russian text
    (
        "foreign",
        """Здравствуйте, зарубежный поставщик просит заполнить форму на английском, правильно ли я понял:
Tax Identification Number: [[@inn:10]]
Primary State Registration Number: [[@ogrn:13]]
Company card for deposit: [[@card:group]]
Director's personal tax number: [[@innp:12]]
[[sig|Сергей Ветров]]""",
    ),
    # 12 spacing
    (
        "spacing earlier",
        """Здравствуйте. Номер карты диктую по группам, как на лицевой стороне:
[[@card:mir~4  4  4  4]]
и вторую, запасную, тоже отвяжите: [[@card:dots]]
Списание {{amount|990 ₽}} за подписку {{product_code|PLUS-12}} от {{date|01.06}} прошу отменить.
[[sig|Вера Лукина]]""",
    ),
    # 13 purpose only
    (
        "purpose",
        """Добрый день. Для оформления доверенности указываю номер пенсионного страхования: [[@snils:dash2]], и номер налогоплательщика: [[@innp:12]].
Доверитель — ИП, ОГРНИП [[@ogrn:15]].
Приду {{date|в четверг}} к {{time|11:00}}. [[sig|Евгений Баранов]]
[[address|г. Казань, ул. Баумана, д. 44, кв. 7]]""",
    ),
    # 14 no PII
    (
        "nopii",
        """Жалоба: счётчик № {{@meter:########}} заменили {{date|20.02}}, а начисления идут по нормативу. Лицевой счёт {{@num:ЛС-#######}}, договор {{@contract:ЭС/##/######}}. Прошу пересчитать за {{quantity|2 месяца}}.""",
    ),
    # 15 heading + list
    (
        "heading list",
        """ИНН КОНТРАГЕНТОВ ДЛЯ СВЕРКИ
1. {{brand|ООО «Вектор-Строй»}} — [[@inn:10]]
2. {{brand|ООО «Тайга Лес»}} — [[@inn:10]]
3. {{brand|АО «Промснаб»}} — [[@inn:10]]
4. {{brand|ООО «Волжский берег»}} — [[@inn:10]]
Сверка за {{date|2024 г.}}, отв. [[sig|Э. Нуриев]]""",
    ),
    # 16 Ukrainian and Kazakh-origin customer, ids of two countries
    (
        "foreign paren",
        """Добрый день. Я гражданка Украины, в России с {{date|2022 года}}. У меня есть РНОКПП ([[@rnokpp:mid-female]]) и российский ИНН ([[@innp:12]]), какой указывать в договоре аренды {{@contract:АР-###}}?
[[sig|Оксана Мельник]], [[@phone:RU:mruintlsp]]""",
    ),
    # 17 chat, card separated from the keyword by a bot line
    (
        "separated",
        """[{{time|21:04}}] Клиент: хочу привязать другую карту
[{{time|21:04}}] Бот: Введите номер карты.
[{{time|21:05}}] Бот: Напоминаем: сотрудники банка никогда не спрашивают CVC-код.
[{{time|21:05}}] Клиент: [[@card:plain]]
[{{time|21:06}}] Оператор [[oth|Маргарита]]: Карта привязана, спасибо.""",
    ),
    # 18 table row with company ids
    (
        "table",
        """Добрый день, [[sal|Андрей Петрович]]!
Акт сверки {{@invoice:АС-######}}
| сторона | ИНН | ОГРН |
|---|---|---|
| {{brand|ООО «Ладога»}} | [[@inn:10]] | [[@ogrn:13]] |
| {{brand|ООО «Кедр»}} | [[@inn:10]] | [[@ogrn:13]] |
Сальдо {{amount|0,00 ₽}}. Подготовил [[sig|Игорь Семенов]]""",
    ),
    # 19 abbreviation and email
    (
        "abbrev",
        """Реквизиты для договора: И.Н.Н.  [[@inn:10]] ; О.Г.Р.Н. – [[@ogrn:13]] ; КПП {{@num:50##01001}}.
Генеральный директор [[oth|Лебедев А. В.]] (лично: И.Н.Н. [[@innp:12]])
Вопросы: [[email|zakupki@vostok-trade.ru]]""",
    ),
    # 20 passenger, purpose of an id asked as a question
    (
        "purpose",
        """Добрый день, меня зовут [[intro|Константин Ершов]]. Билет № {{@order:######-###}} на поезд {{product_code|020У}} {{date|15.07}} не отображается в приложении. Оплата {{amount|7 850 ₽}} прошла с карты [[@card:mirdash]], чек {{@invoice:ФД ########}}.
Документ пассажира в заказе — по СНИЛС? Если нужно: [[@snils:dash]].""",
    ),
]


# =========================================================================== uk
ITEMS["uk"] = [
    # 01 requisites under an earlier sentence
    (
        "earlier list",
        """Добрий день!

Рахунок {{@invoice:СФ-####}} виписано на стару назву. Реквизити для перевиставлення нижче, будь ласка.

{{brand|ТОВ «Зелений Гай»}}
[[@edrpou:plain]]
[[@iban:UA:group]]
директор [[oth|Гнатюк Р. М.]], РНОКПП [[@rnokpp:mid-male]]
[[address|79005, м. Львів, вул. Зелена, 115, оф. 3]]

З повагою,
[[sig|Олена Гнатюк]], бухгалтерка""",
    ),
    # 02 subject line keyword
    (
        "heading",
        """Тема: РНОКПП дружини для договору

Доброго дня, [[sal|пане Василю]]!
[[@rnokpp:mid-female]]
Мій лишається той самий, що й у {{date|2023}}: [[@rnokpp:mid-male]].
Підпишемо {{date|у середу}} о {{time|15:00}}.
[[sig|Степан Ковальчук]], [[@phone:UA:mua0sp]]""",
    ),
    # 03 quoted reply
    (
        "quoted",
        """Re: повернення коштів за замовлення {{@order:UA-########}}

Гроші досі не надійшли.

> {{date|02.04.2025}} [[oth|Ірина Бойко]] пише:
> Поверніть, будь ласка, на картку [[@card:group]]
> або на рахунок [[@iban:UA:compact]].

[[sig|Ірина Бойко]]""",
    ),
    # 04 mistyped keyword, chat
    (
        "typo",
        """[{{time|09:31}}] Клієнт: добрий день, не проходить мій РНКОПП при реєстрації
[{{time|09:31}}] Клієнт: [[@rnokpp:mid-male]]
[{{time|09:32}}] Оператор [[oth|Дарина]]: Перевірте, будь ласка, чи немає пробілів.
[{{time|09:33}}] Клієнт: і ЄДРПУО фірми теж не бере [[@edrpou:plain]]
[{{time|09:34}}] Клієнт: і картку не привʼязує [[@card:plain]]""",
    ),
    # 05 parentheses after companies
    (
        "paren",
        """Скарга щодо поставки за договором {{@contract:ДП-##/2025}}.
Постачальник {{brand|ТОВ «Агросвіт-Південь»}} (ЄДРПОУ [[@edrpou:plain]]) привіз {{quantity|18 т}} замість {{quantity|22 т}}. Перевізник — ФОП [[oth|Мельничук Р. І.]] (РНОКПП [[@rnokpp:mid-male]]).
Відповідальна: [[sig|Людмила Тарасенко]], [[email|l.tarasenko@agroplus.com.ua]]""",
    ),
    # 06 table of employees
    (
        "table list",
        """Список працівників для нарахування за {{date|травень}}:

| ПІБ | РНОКПП | рахунок |
|---|---|---|
| [[oth|Шевченко Марія Петрівна]] | [[@rnokpp:mid-female]] | [[@iban:UA:compact]] |
| [[oth|Литвин Андрій Олегович]] | [[@rnokpp:mid-male]] | [[@iban:UA:compact]] |

Головний бухгалтер [[sig|В. Кравчук]]""",
    ),
    # 07 form answers
    (
        "form",
        """Заява на субсидію (онлайн-форма)
Прізвище, ім'я: [[intro|Поліщук Галина]]
Реєстраційний номер облікової картки платника податків: [[@rnokpp:senior-female]]
Куди перераховувати кошти (IBAN): [[@iban:UA:group]]
Телефон: [[@phone:UA:mua38]]
Адреса: [[address|м. Житомир, вул. Київська, 18, кв. 21]]""",
    ),
    # 08 purpose only
    (
        "purpose separated",
        """Доброго дня. Для податкової знижки за навчання сина подаю свій номер для податкової, станом на {{date|31.12.2024}}: [[@rnokpp:mid-female]].
Договір з університетом № {{@contract:###-НД}}, сума {{amount|38 400 грн}}. Повернення — на [[@iban:UA:group]].
[[sig|Тетяна Савчук]]""",
    ),
    # 09 forwarded header with list
    (
        "quoted list",
        """---------- Переслане повідомлення ---------
Від: [[oth|Максим Руденко]] <[[email|max.rudenko@ukr.net]]>
Дата: {{date|пт, 21 бер. 2025}}
Тема: дані для полісу

мій, дружини і сина:
[[@rnokpp:mid-male]]
[[@rnokpp:mid-female]]
[[@rnokpp:child-male]]
-------------------
[[sal|Оксано]], оформи, будь ласка, поліс {{@policy:ЕР-#########}}.""",
    ),
    # 10 English labels in Ukrainian text
    (
        "foreign",
        """Доброго дня, іноземний маркетплейс просить заповнити профіль продавця англійською. Написав так:
Tax ID (individual): [[@rnokpp:mid-male]]
Company code: [[@edrpou:plain]]
Payout IBAN: [[@iban:UA:lcgroup]]
Card for fees: [[@card:group]]
Чи правильно? [[sig|Богдан Яковенко]]""",
    ),
    # 11 spacing
    (
        "spacing earlier",
        """Вітаю. Картку, з якої списали двічі, пишу так, як на ній надруковано:
[[@card:plain~4 4 4 4]]
Списання {{amount|1 299 грн}} за тариф {{product_code|SMART-L}} {{date|05.05}} і {{date|06.05}}. Заявка № {{@ticket:#######}}.
[[sig|Юлія Мороз]]""",
    ),
    # 12 separated by a name
    (
        "separated",
        """Добрий день. Оплату за ремонт машини {{@order:СТО-####}} робив мій батько, [[oth|Петро Іванович Гаврилюк]], його картка — [[@card:dash]]. Чек потрібен на мене, [[intro|Андрій Гаврилюк]], РНОКПП [[@rnokpp:mid-male]].
[[@phone:UA:mua0]]""",
    ),
    # 13 heading and list of EDRPOU
    (
        "heading list",
        """КОДИ ЄДРПОУ ФІЛІЙ — для тендеру {{@num:UA-2025-0#-1#-######-a}}
Київ: [[@edrpou:plain]]
Одеса: [[@edrpou:plain]]
Харків: [[@edrpou:plain]]
Дніпро: [[@edrpou:plain]]
[[sig|Наталія Остапенко]]""",
    ),
    # 14 Polish ids in a Ukrainian text
    (
        "foreign paren",
        """Доброго дня! Я працюю в Польщі, роботодавець ({{brand|Budmax sp. z o.o.}}, NIP [[@nip:dash]]) просить мій PESEL для довідки, ось він: [[@pesel:mid-male]]. Українського РНОКПП їм не треба?
Зарплата йде на польський рахунок [[@iban:PL:nrb]].
[[sig|Віталій Кушнір]]""",
    ),
    # 15 table row of cards
    (
        "table",
        """Заявка на блокування карток після крадіжки {{date|18.05}}:
| картка | власник |
|---|---|
| [[@card:group]] | [[oth|Ганна Лисенко]] |
| [[@card:group]] | [[oth|Ганна Лисенко]] (кредитна) |
Заява {{@ticket:ZB-######}}. [[@phone:UA:mintl]]""",
    ),
    # 16 abbreviation with odd punctuation
    (
        "abbrev",
        """Постачальник: ФОП [[oth|Климчук О. В.]], Р.Н.О.К.П.П.: [[@rnokpp:mid-female]]; р/р: [[@iban:UA:group]]
Покупець: {{brand|ТОВ «Скіф-Трейд»}}, код за Є.Д.Р.П.О.У.–[[@edrpou:plain]]
Накладна {{@invoice:РН-####}}, {{amount|24 600 грн}}""",
    ),
    # 17 quoted bank letter with card
    (
        "quoted separated",
        """Не погоджуюсь з відповіддю:
> Операція за карткою, яка закінчується на {{@num:*####}}, від {{date|09.04.2025}} підтверджена.
Повний номер картки, щоб не було плутанини: [[@card:plain]]
Я в той день був у {{city|Ужгороді}}, а покупка у {{city|Варшаві}}. Звернення {{@ticket:#########}}. Кошти прошу на [[@iban:UA:group]].
[[sig|Роман Павлюк]]""",
    ),
    # 18 mixed: id answer to question later in text
    (
        "earlier form",
        """Питання 1: Вкажіть номер рахунку для повернення.
Питання 2: Вкажіть ваш податковий номер.
Відповіді (в тому ж порядку):
[[@iban:UA:group]]
[[@rnokpp:mid-female]]
[[sig|Софія Ткаченко]], [[email|sofia.tkachenko@gmail.com]]""",
    ),
    # 19 housing, address and ids for several owners
    (
        "list",
        """Добрий день, [[sal|пані Світлано]]. Співвласники квартири за адресою [[address|м. Вінниця, вул. Соборна, 27, кв. 9]], РНОКПП по черзі: [[@rnokpp:senior-male]], [[@rnokpp:senior-female]], [[@rnokpp:mid-male]] (син, [[oth|Олег Бондар]]).
Особовий рахунок {{@num:ОР-########}}, борг {{amount|0 грн}}.
[[sig|Микола Бондар]]""",
    ),
    # 20 ids labelled in Russian inside a Ukrainian text
    (
        "foreign typo",
        """Вибачте, пишу з телефону. Мій ИНН (ну, тобто ідентифікаційний код) [[@rnokpp:mid-male]], а картка для виплати [[@card:group]].
Замовлення {{@order:#######}} отримав {{date|вчора}}.
[[sig|Денис]]""",
    ),
]


# =========================================================================== en
ITEMS["en"] = [
    # 01 invoice details under an earlier sentence
    (
        "earlier list",
        """Hi there,

Invoice {{@invoice:INV-#####}} went out to our old trading name. Correct billing details below – please reissue.

{{brand|Harbour & Finch Ltd}}
[[address|Unit 4, Mill Lane, Frome BA11 1AB]]
[[@gbvat:gbsp]]
[[@utr:plain]]
[[@iban:GB:group]]

Thanks,
[[sig|Priya Raman]]
Finance Assistant""",
    ),
    # 02 subject line keyword only
    (
        "heading",
        """Subject: NHS numbers – Carter family registration

Hello [[sal|Dr Okafor]],
[[@nhs:sp]]
[[@nhs:sp]]
[[@nhs:dash]]
The second one is my daughter's, the third my husband's. We moved in on {{date|3 March}}.
[[sig|Gemma Carter]]
[[@phone:GB:mnat]]""",
    ),
    # 03 quoted reply with card and IBAN
    (
        "quoted",
        """Re: Refund for booking {{@order:BK-######}}

Still nothing on my statement after {{quantity|14 working days}}.

> On {{date|2 Apr 2025}}, [[oth|Daniel Hughes]] wrote:
> Please refund to the card I paid with, [[@card:group]],
> or, if that card has expired, to [[@iban:GB:group]].

[[sig|Dan Hughes]]""",
    ),
    # 04 several NHS numbers after one keyword
    (
        "list form",
        """Care home admission form – section C
Residents' NHS numbers (as on their medical cards):
[[oth|Margaret Holloway]]: [[@nhs:dash]]
[[oth|Albert Singh]]: [[@nhs:plain]]
[[oth|Edith Lowe]]: [[@nhs:sp]]
Completed by [[sig|Sandra Mwangi]], deputy manager""",
    ),
    # 05 parentheses after company names
    (
        "paren",
        """Dispute re PO {{@order:PO######}}.
The goods were sold by {{brand|Greyfield Components Ltd}} (VAT [[@gbvat:gb]]) but invoiced by their agent {{brand|Norvell Trading}} (UTR [[@utr:sp]]), which our auditors flagged. Amount at stake: {{amount|£12,480.00}}. Ours, for the credit note: [[@gbvat:gbsp]].
[[sig|Owen Price]], Procurement, [[email|owen.price@castlebrook-foods.co.uk]]""",
    ),
    # 06 foreign ids in an English text: Polish customer
    (
        "foreign form",
        """Account verification – please answer all questions
Q1. Full name: [[intro|Magdalena Zielińska]]
Q2. National ID number: [[@pesel:mid-female]] (it's a Polish PESEL, I don't have a UK one)
Q3. Bank account for payouts: [[@iban:PL:group]]
Q4. Contact number: [[@phone:GB:mintl]]""",
    ),
    # 07 mistyped keyword
    (
        "typo",
        """hiya, your portal wont accept my UTR [[@utr:plain]] – keeps saying invalid, and the VAT no. box too ([[@gbvat:plain]]). been trying since {{date|Monday}}. the health form took my NHS no fine tho [[@nhs:plain]]. ref {{@ticket:CS-######}}
[[sig|Jamie O'Neill]]""",
    ),
    # 08 table of suppliers
    (
        "table",
        """Supplier onboarding – batch {{@num:SO-####}}

| supplier | VAT reg | line of business |
|---|---|---|
| {{brand|Pennine Print Co}} | [[@gbvat:gb]] | printing |
| {{brand|Blue Heron Catering}} | [[@gbvat:gbsp]] | catering |
| {{brand|Kestrel Couriers}} | [[@gbvat:gb]] | delivery |
| {{brand|Thornbury Fixings}} | [[@gbvat:plain]] | hardware |

Signed off by [[sig|Rachel Dunn]]""",
    ),
    # 09 purpose only, separated by a date
    (
        "purpose separated",
        """Hello, for the direct debit you asked for the account the monthly premium should come from – as of {{date|1 June 2025}} it will be [[@iban:GB:compact]].
The number the tax office uses for my self-assessment is [[@utr:sp]], in case the policy {{@policy:HX-########}} needs it for the tax relief.
Regards, [[sig|Colin Barker]]""",
    ),
    # 10 forwarded header
    (
        "quoted heading",
        """---------- Forwarded message ---------
From: [[oth|Aisha Begum]] <[[email|aisha.begum@outlook.com]]>
Date: {{date|Thu, 6 Mar 2025}}
Subject: card + NHS no. for the clinic

[[@card:plain]]
[[@nhs:plain]]
----------------------------------
[[sal|Tom]], can you put these on her file? Appointment {{@num:APT-#####}}.""",
    ),
    # 11 Czech company ids in an English text
    (
        "foreign paren",
        """Hi [[sal|Martina]],
we'd like to order {{quantity|500 units}} of {{@product:CZ-@@-####}}. Our Czech subsidiary should be billed: {{brand|Northline CZ s.r.o.}} (IČO [[@ico:plain]], DIČ [[@ico:czsame]]). Payment from [[@iban:CZ:group]].
Best, [[sig|Graham Whitlock]]""",
    ),
    # 12 spacing
    (
        "spacing",
        """Hello, I'm [[intro|Fatima Rahman]] and I'm disputing a payment. The card number, copied exactly as my banking app shows it: [[@card:plain~4-4-4-4]]
Charge of {{amount|£89.99}} on {{date|14/05}} from a company I've never heard of. Case {{@ticket:######}}. Refund to [[@iban:GB:group]] please.
[[@phone:GB:mgbsp]]""",
    ),
    # 13 no PII
    (
        "nopii",
        """Order {{@order:#########}} from {{date|12 May}} arrived damaged – two of the {{quantity|six}} mugs smashed. Tracking {{@tracking:JD0##############}}, invoice {{@invoice:INV/####/25}}, product {{@product:MG-####-@@}}. I'll send my VAT number separately if you need it for the credit note.""",
    ),
    # 14 German employee ids in English text
    (
        "foreign list",
        """Hi HR, for the secondment paperwork: my German tax ID (Steuer-ID) and my wife's, in that order –
[[@idnr:plain]], [[@idnr:plain]]
And our German account for the relocation allowance: [[@iban:DE:group]]
[[sig|Luke Brennan]]""",
    ),
    # 15 separated by a name
    (
        "separated",
        """Hi, the tuition was paid by my sponsor, [[oth|Mr Adebayo Okonkwo]], card [[@card:dash]]; the receipt should show my name though, [[intro|Chidinma Okonkwo]], student no. {{@num:S#######}}, NHS number [[@nhs:sp]].
[[email|chidi.okonkwo@student.shef.ac.uk]]""",
    ),
    # 16 heading list of UTRs
    (
        "heading list",
        """UTRs FOR THE PARTNERSHIP RETURN ({{date|2024-25}})
[[oth|P. Lindqvist]] — [[@utr:plain]]
[[oth|S. Achebe]] — [[@utr:plain]]
[[oth|R. Costa]] — [[@utr:sp]]
Partnership UTR as before: [[@utr:plain]]""",
    ),
    # 17 abbreviation odd punctuation
    (
        "abbrev",
        """Supplier: {{brand|Oakmoor Joinery}}, V.A.T. reg no.:[[@gbvat:gb]] / U.T.R.:[[@utr:plain]]
Bank: [[@iban:GB:group]]
Invoice {{@invoice:OJ-####}}, {{amount|£3,240.00}} inc. VAT, due {{date|30/06/2025}}.
Contact [[oth|Neil Foster]], [[@phone:GB:fintl]], [[address|14 Quarry Road, Hexham NE46 3PL]]""",
    ),
    # 18 quoted bank message with IBAN
    (
        "quoted earlier",
        """I don't agree with this:
> We were unable to credit the account you provided.
The account is correct, I've checked it twice:
[[@iban:GB:group]]
If there's a problem please pay the {{amount|£250}} deposit to my partner's instead – [[@iban:GB:compact]].
[[sig|Hannah Lloyd]]""",
    ),
    # 19 Ukrainian refugee, ids of Ukraine
    (
        "foreign form purpose",
        """Housing application, part 2
What number do you use for tax in your home country? [[@rnokpp:mid-female]]
Ukrainian bank account (if any): [[@iban:UA:group]]
UK bank card for rent payments: [[@card:group]]
Name: [[intro|Kateryna Petrenko]]""",
    ),
    # 20 a chat with table-ish lines
    (
        "table separated",
        """[{{time|16:20}}] Agent [[oth|Lewis]]: Could you confirm the cards on the account?
[{{time|16:21}}] Customer: sure
[{{time|16:21}}] Customer: debit | [[@card:group]]
[{{time|16:21}}] Customer: credit | [[@card:group]]
[{{time|16:22}}] Agent [[oth|Lewis]]: Thanks, the new limit of {{amount|£2,000}} applies from {{date|tomorrow}}.""",
    ),
]


# =========================================================================== de
ITEMS["de"] = [
    # 01 billing block under an earlier sentence
    (
        "earlier list",
        """Guten Tag,

die Rechnung {{@invoice:RE-25-@####}} ging an unsere alte Firmierung. Die korrekten Rechnungsdaten stehen unten.

{{cbrand|Schreinerei Vogt GmbH}}
[[address|Talstraße 12, 79100 Freiburg]]
[[@ustid:de]]
[[@iban:DE:group]]

Danke und Gruß
[[sig|Jana Vogt]]""",
    ),
    # 02 keyword only in the subject
    (
        "heading",
        """Betreff: Steuer-ID meiner Tochter für die Kindergeld-Akte

Sehr geehrte [[sal|Frau Lehmann]],
[[@idnr:sp]]
Meine eigene haben Sie schon, zur Sicherheit: [[@idnr:plain]].
Aktenzeichen {{@num:FK ###/####}}.
Mit freundlichen Grüßen
[[sig|Sabine Krüger]]
[[@phone:DE:mdeslash]]""",
    ),
    # 03 quoted reply
    (
        "quoted",
        """AW: Erstattung Bestellung {{@order:########}}

Das Geld ist nach {{quantity|drei Wochen}} immer noch nicht da.

> Am {{date|04.04.2025}} schrieb [[oth|Markus Albrecht]]:
> Bitte erstatten Sie auf die Karte [[@card:group]],
> ersatzweise auf mein Konto [[@iban:DE:compact]].

[[sig|M. Albrecht]]""",
    ),
    # 04 odd abbreviations USt.-IdNr. and St.-Nr. (a person's tax id named wrongly)
    (
        "abbrev typo",
        """Kleinunternehmer, Rechnungsadresse:
[[oth|Florian Baumgartner]], [[address|Lindenweg 3, 86150 Augsburg]]
USt.-IdNr.: [[@ustid:desp]]
St.-Nr. (die 11-stellige vom Bundeszentralamt): [[@idnr:sp4]]
Bankverb.: [[@iban:DE:group]]""",
    ),
    # 05 ids in parentheses after company names
    (
        "paren",
        """Reklamation zu Lieferschein {{@invoice:LS-######}}:
Geliefert hat {{brand|Rheintal Metallbau GmbH}} (USt-IdNr. [[@ustid:de]]), bestellt hatten wir jedoch bei deren österreichischer Schwester {{brand|Alpen Metall GmbH}} (UID [[@atu:atu]]). Bankverbindung Rheintal laut Rechnung: [[@iban:DE:group]]. Fehlmenge {{quantity|14 Stück}} {{@product:RM-####-@}}.
[[sig|Kerstin Hahn]], Einkauf, [[email|k.hahn@werkhaus-hahn.de]]""",
    ),
    # 06 several ids after one keyword in a table
    (
        "table list",
        """Hallo [[sal|Herr Yilmaz]],
für die Lohnabrechnung {{date|Mai}} die Steuer-IDs der neuen Aushilfen:

| Name | Steuer-ID | Beginn |
|---|---|---|
| [[oth|Leonie Brandt]] | [[@idnr:plain]] | {{date|02.05.}} |
| [[oth|Mehmet Aydın]] | [[@idnr:sp]] | {{date|05.05.}} |
| [[oth|Paulina Kowalczyk]] | [[@idnr:plain]] | {{date|12.05.}} |

[[sig|Uwe Sommer]]""",
    ),
    # 07 form answers
    (
        "form",
        """Online-Antrag Wohngeld – Ihre Angaben
Name, Vorname: [[intro|Schulze, Dieter]]
Steuerliche Identifikationsnummer: [[@idnr:plain]]
Steuerliche Identifikationsnummer der Ehefrau: [[@idnr:sp]]
Auf welches Konto soll gezahlt werden? [[@iban:DE:group]]
Telefon für Rückfragen: [[@phone:DE:fnat]]
Anschrift: [[address|Am Markt 5, 06108 Halle (Saale)]]""",
    ),
    # 08 purpose only, separated by a date
    (
        "purpose separated",
        """Guten Tag, für die Zuwendungsbestätigung bitte die Nummer, die das Finanzamt mir zugeteilt hat – gültig seit {{date|01.01.2008}} –: [[@idnr:sp]].
Spende {{amount|250,00 €}} ging am {{date|15.03.}} von [[@iban:DE:group]] raus.
[[sig|Gertrud Maier]]""",
    ),
    # 09 forwarded header
    (
        "quoted heading",
        """---------- Weitergeleitete Nachricht ---------
Von: [[oth|Tobias Engel]] <[[email|tobias.engel@web.de]]>
Datum: {{date|Fr., 7. März 2025}}
Betreff: IBAN + Steuer-ID für den Mietvertrag

[[@iban:DE:group]]
[[@idnr:plain]]
----------------------------------------
[[sal|Nina]], bitte in Vertrag {{@contract:MV-####-##}} eintragen.""",
    ),
    # 10 English labels inside German text
    (
        "foreign",
        """Hallo, das Händlerportal ist nur auf Englisch, ich habe eingegeben:
VAT ID: [[@ustid:de]]
Tax ID (personal): [[@idnr:plain]]
Payout account: [[@iban:DE:lcgroup]]
Company card: [[@card:dots]]
Ist das so richtig? Händlerkonto {{@num:HK-######}}.
[[sig|Serkan Doğan]]""",
    ),
    # 11 mistyped keywords
    (
        "typo",
        """hallo, beim registrieren meckert das formular immer bei der UStID [[@ustid:plain]] und bei der IBNA [[@iban:DE:dash]], obwohl beide stimmen. Kundennr {{@num:K#######}}
gruß [[sig|Jens]]""",
    ),
    # 12 spacing
    (
        "spacing earlier",
        """Guten Tag, die Kartennummer schreibe ich so ab, wie sie auf der Karte steht, in Vierergruppen:
[[@card:plain~4  4  4  4]]
Abbuchung {{amount|59,90 €}} vom {{date|02.06.}} für ein Abo {{product_code|PREMIUM-12}}, das ich nie abgeschlossen habe. Vorgang {{@ticket:######}}.
[[sig|Ursula Brenner]]""",
    ),
    # 13 Austrian customer, separated by a name
    (
        "separated foreign",
        """Grüß Gott, die Zimmerrechnung {{@invoice:HR-#####}} hat mein Chef, [[oth|Mag. Reinhard Pichler]], mit seiner Karte bezahlt: [[@card:dash]]. Rechnungsempfänger soll aber die Firma sein, {{cbrand|Pichler Consulting}}, UID [[@atu:atsp]].
Ich bin [[intro|Lisa Gruber]], Assistenz. [[@phone:DE:mintl]]""",
    ),
    # 14 heading and list
    (
        "heading list",
        """KONTOVERBINDUNGEN DER FILIALEN (neu ab {{date|Juli}})
Köln: [[@iban:DE:group]]
Bonn: [[@iban:DE:group]]
Trier: [[@iban:DE:compact]]
Wien: [[@iban:AT:group]]
Rückfragen: [[sig|Petra Lange]], Buchhaltung""",
    ),
    # 15 Polish worker, Polish ids in German text
    (
        "foreign paren",
        """Sehr geehrte Damen und Herren,
für die A1-Bescheinigung meines Mitarbeiters [[oth|Krzysztof Nowak]] (PESEL [[@pesel:mid-male]]) hier unsere polnische Firma: {{brand|Nowak Bud sp. z o.o.}} (NIP [[@nip:plain]]). Einsatz ab {{date|01.08.2025}} in {{city|Leipzig}}. Lohnkonto in Polen: [[@iban:PL:group]].
[[sig|Marta Nowak]]""",
    ),
    # 16 quoted bank
    (
        "quoted separated",
        """Ich widerspreche Ihrer Antwort vom {{date|10.04.}}:
> Die Zahlung mit Ihrer Karte wurde per 3-D-Secure freigegeben.
Meine Karte – [[@card:group]] – lag an dem Tag nachweislich bei mir zu Hause in {{city|Kassel}}.
Bitte Rückbuchung auf [[@iban:DE:compact]].
[[sig|Heinz-Peter Wolff]]""",
    ),
    # 17 table of Austrian suppliers
    (
        "table",
        """| Lieferant | UID | IBAN |
|---|---|---|
| {{brand|Tiroler Holz KG}} | [[@atu:atu]] | [[@iban:AT:group]] |
| {{brand|Steirer Kernöl GmbH}} | [[@atu:atu]] | [[@iban:AT:compact]] |
Stand {{date|Q2/2025}}, geprüft von [[sig|A. Fink]]""",
    ),
    # 18 sentence before carries the keyword
    (
        "earlier",
        """Guten Tag, ich habe ein neues Girokonto und möchte die Abschläge künftig davon zahlen. Die neue Nummer lautet, Sie hatten sie am Telefon schon notiert, nochmals schriftlich:

[[@iban:DE:wrap]]

Die alte ([[@iban:DE:compact]]) bitte löschen.
Vertragskonto {{@contract:VK #### ####}}, Zähler {{@meter:1ESY##########}}.
[[sig|Birgit Schwarz]]""",
    ),
    # 19 abbreviations with odd punctuation
    (
        "abbrev list",
        """Absender: {{brand|Druckerei am Hafen}}, Inh. [[oth|Holger Brandt]]
Ust.-Id.-Nr. / Steuer-Id.-Nr.: [[@ustid:de]] / [[@idnr:sp]]
Rg.-Nr. {{@invoice:R@-####-25}}, Betrag {{amount|1.190,00 €}}
IBAN:[[@iban:DE:compact]]""",
    ),
    # 20 chat with a card split by a bot line
    (
        "separated",
        """[{{time|20:11}}] Kunde: ich will die Karte im Konto ändern
[{{time|20:11}}] Bot: Bitte geben Sie die neue Kartennummer ein.
[{{time|20:12}}] Bot: Hinweis: Wir fragen nie nach Ihrer PIN.
[{{time|20:12}}] Kunde: [[@card:plain]]
[{{time|20:13}}] Mitarbeiterin [[oth|Svenja]]: Danke, ist hinterlegt. Und die Erstattung?
[{{time|20:14}}] Kunde: aufs konto bitte [[@iban:DE:lc]]""",
    ),
]


# ----------------------------------------------------------------------------- main

SURROUNDINGS = {
    "earlier": "keyword on an earlier line or in an earlier sentence",
    "heading": "keyword only in a heading or subject line",
    "quoted": "value in a quoted reply or forwarded header",
    "list": "several ids after one keyword",
    "paren": "ids in parentheses after a company or person",
    "abbrev": "abbreviation with odd punctuation",
    "spacing": "unusual spacing or grouping",
    "foreign": "id labelled in another language",
    "form": "answer to a form question",
    "table": "table row",
    "purpose": "id named only by what it is for",
    "typo": "mistyped keyword",
    "separated": "keyword separated from the value by a date or a name",
    "nopii": "no PII, near-misses only",
}
CHECKSUM_KINDS = {"card", "iban", "pesel", "birth_number", "national_id", "tax_id"}
MINIMA = {
    "signature": 5,
    "salutation": 3,
    "self_intro": 2,
    "checksum_id": 45,
    "phone": 3,
    "email": 2,
    "address": 2,
    "order_or_invoice_keep": 3,
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
        for i, (tags, template) in enumerate(items, 1):
            row = fill(f"d13-{lang}-{i:02d}", lang, template)
            row["_tags"] = tags.split()
            assert row["_tags"] and set(row["_tags"]) <= set(SURROUNDINGS), (row["id"], tags)
            ids = sum(s["kind"] in CHECKSUM_KINDS for s in row["pii"])
            assert ("nopii" in row["_tags"]) == (not row["pii"]), row["id"]
            assert "nopii" in row["_tags"] or ids >= 1, row["id"]
            rows.append(row)
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
    assert t["checksum_id"] / len(rows) >= 2.5, t["checksum_id"] / len(rows)
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
    n_ids = sum(s["kind"] in CHECKSUM_KINDS for r in rows for s in r["pii"])
    print(f"checksum ids: {n_ids}  per item {n_ids / len(rows):.2f}")
    print("surroundings (items / checksum ids in them):")
    for tag in SURROUNDINGS:
        sub = [r for r in rows if tag in r["_tags"]]
        n = sum(s["kind"] in CHECKSUM_KINDS for r in sub for s in r["pii"])
        print(f"  {tag:10s} {len(sub):4d} {n:4d}")
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
