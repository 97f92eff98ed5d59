#!/usr/bin/env python3
"""Write data/eval/pii/blind14.jsonl: a general hand-written PII test split (blind, never tuned on).

140 customer texts (20 each in pl, cs, sk, ru, uk, en, de) by a separate author,
each its own hand-written template: support e-mails with greetings and
signature blocks, chats with agents and bots, web forms, reviews, B2B orders,
invoices and company blocks, quoted replies, forwarded mails, complaint letters
and SMS-style notes. Domains: veterinary clinics, car leasing, coworking,
funeral services, driving schools, agriculture suppliers, dental labs,
language schools, pharmacies, parking operators, ski resorts, printing houses,
freight forwarders, notaries, sports clubs, removal firms, opticians, caterers,
bike and car rental, pet shops, cleaning firms, translators and payroll. The
split is weighted towards checksum identifiers (at least 40 per language)
written the way people write them.

Names, checksum identifiers, phones, e-mails and addresses stand next to
near-misses that must survive redaction: order/invoice/ticket/tracking
numbers, receipt/contract/policy/reference numbers that fail every id check,
dates, times, amounts, quantities, product codes, brands (some named after
people, marked ``{{cbrand|...}}``), team signatures, job titles, cities, places
named after people and greetings without a name. 10 items carry no PII.

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Pani Ewo]]       name, context salutation   (also sig / intro / oth)
    [[email|a@b.pl]]       literal PII of a kind (email, phone, address)
    [[@pesel]]             PII value drawn by a generator (kind from GEN)
    {{city|Opole}}         literal keep span with its `what`
    {{cbrand|Pike & Sons}} a company named after a surname: keep, what `brand`
    {{@order:ZAM-####}}    keep value drawn by a generator (what from KEEP_GEN)

Every identifier gets computed check digits and is validated with python-stdnum
(SNILS and the Polish ID card with the published algorithms, Czech and Slovak
domestic account numbers with the weighted mod-11 account check), and every
written PII span of a checksum kind is checked once more by its kind,
independently of its generator (id_valid); every phone number passes
phonenumbers.is_valid_number. Numbered near-misses and product codes fail
every identifier check used here and are not valid phone numbers of the text's
region. Each language must reach the minima in MINIMA (checked on every run,
--check included). The seed of every item is fixed ("b14:" + its id).

    .venv/bin/python scripts/make_pii_blind14.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_blind14.py --check   # file on disk == output
"""

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
OUT = ROOT / "data" / "eval" / "pii" / "blind14.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
SEED = "b14:"

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
    subs: list[str] = []
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
                    style = fmt.partition(":")[2]
                    sub = "iban_" + ("nrb" if style.startswith("nrb") else fmt[:2])
                    subs.append("iban_dom_" + fmt[:2] if style == "dom" else sub)
                elif key == "ico" and fmt.startswith("cz"):
                    subs.append("cz_dic")
                elif key == "icdph" and not fmt.startswith("sk"):
                    subs.append("sk_dic")
                else:
                    subs.append(key + ("15" if key == "ogrn" and fmt == "15" else ""))
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
        "_subs": subs,
    }


ITEMS: dict[str, list[str]] = {}

# =========================================================================== pl

ITEMS["pl"] = [
    # 1 veterinary clinic, customer e-mail
    """Dzień dobry,

piszę w sprawie wizyty mojego psa (beagle, 7 lat) w {{cbrand|Lecznicy Weterynaryjnej Nowak i Syn}} dnia {{date|14.11.2026}}. Na paragonie jest {{amount|480 zł}}, a umawialiśmy się na {{amount|320 zł}} za szczepienie i odrobaczenie. Proszę o zwrot różnicy na konto:
[[@iban:PL:nrb]]
Dane do korekty: [[oth|Agnieszka Pawlak]], PESEL [[@pesel:female]] (tak było w karcie pacjenta, choć nie wiem po co).

Z poważaniem
[[sig|Agnieszka Pawlak]]
tel. [[@phone:PL:g3]]""",
    # 2 car leasing, B2B documents
    """Szanowni Państwo,

w załączeniu przesyłam dokumenty do umowy leasingu nr {{@contract:LO/####/@@/26}} na samochód dostawczy.
Dane firmy:
{{cbrand|Transport Zielińscy sp. z o.o.}}
NIP: [[@nip:dash]]
REGON: [[@regon]]
Rachunek do zwrotu kaucji: [[@iban:PL:group]]
Osoba kontaktowa: [[oth|Grzegorz Zieliński]], prezes zarządu, [[@phone:PL:intl]]

Proszę o potwierdzenie terminu odbioru auta w {{city|Poznaniu}}.
--
[[sig|Marta Sowa]]
{{job_title|specjalistka ds. flotowych}}""",
    # 3 coworking, chat with a bot and an agent
    """[10:02] Bot: Witaj w {{brand|HubSpace}}! Podaj numer rezerwacji.
[10:02] Klient: {{@order:HS-#####}}
[10:03] Bot: Dziękuję. Czego dotyczy sprawa?
[10:03] Klient: chcę zmienić dane na fakturze, nowy nip firmy to [[@nip:plain]] a nie ten stary
[10:05] Konsultant: Dzień dobry, nazywam się [[intro|Paweł Kubiak]]. Czy faktura ma iść na ten sam adres, [[address|ul. Grochowska 112/4, 04-357 Warszawa]]?
[10:06] Klient: tak. i proszę o zwrot za nadpłatę na [[@iban:PL:nrbc]]""",
    # 4 funeral services, letter from the family
    """Szanowni Państwo,

w imieniu rodziny proszę o rozliczenie pogrzebu mojej mamy, [[oth|Haliny Wróbel]] (PESEL [[@pesel:senior-female]]). Usługę wykonał {{cbrand|Zakład Pogrzebowy Kaczmarek}}, faktura {{@invoice:FV ###/2026}} na kwotę {{amount|6 850,00 zł}}. Zasiłek pogrzebowy proszę przelać na moje konto
[[@iban:PL:nrbwrap]]
Mój PESEL: [[@pesel:sp-mid-male]]

[[sig|Krzysztof Wróbel]]
[[address|ul. Lipowa 5, 26-600 Radom]]""",
    # 5 driving school review, no PII
    """Polecam {{brand|OSK Start}} z {{city|Lublina}}! Zdałem za pierwszym razem, {{quantity|30 godzin}} jazd plus {{quantity|4 godziny}} dodatkowe po {{amount|150 zł/h}}. Instruktor cierpliwy, auta zadbane. Jedyny minus – plac manewrowy daleko od centrum. {{greeting_without_name|Pozdrawiam wszystkich kursantów}}!""",
    # 6 agriculture supplier, order
    """ZAMÓWIENIE {{@order:ZAM-####/26}}
Dostawca: {{cbrand|Agro-Mazur Hurtownia Nasion}}
Odbiorca: Gospodarstwo Rolne [[oth|Stanisław Kępa]]
[[address|Wola Rzędzińska 214, 33-150 Wola Rzędzińska]]
NIP odbiorcy [[@nip:sp]] / REGON [[@regon:sp]]
Pozycje:
- nawóz {{product_code|NPK-8-24-24}} – {{quantity|12 t}}
- pszenica ozima siewna – {{quantity|800 kg}}
Płatność przelewem 30 dni. Kontakt w sprawie dostawy: [[@phone:PL:mnat]]""",
    # 7 dental lab, reply with a quoted mail
    """[[sal|Pani Ewo]],

korona dla pacjenta z karty {{@num:KP-####}} będzie gotowa w czwartek.

> Od: [[oth|Ewa Lis]] <[[email|e.lis@gabinet-lis.pl]]>
> Dzień dobry, proszę jeszcze o fakturę na gabinet, NIP [[@nip:pl]], i numer konta, na które mam zapłacić zaliczkę.

Konto pracowni: [[@iban:PL:group]]
Faktura pójdzie na {{cbrand|Gabinet Stomatologiczny Lis}}.

Pozdrawiam
[[sig|Rafał Dudek]]
{{cbrand|Pracownia Protetyczna Dudek-Dent}}""",
    # 8 language school, web form
    """Formularz zapisu – kurs niemiecki B1, grupa wieczorowa
Uczestnik: [[oth|Julia Mazurek]]
Klasa: 1 liceum
PESEL uczestnika: [[@pesel:child-female]]
Opiekun prawny: [[oth|Beata Mazurek]], PESEL [[@pesel:g3-mid-female]]
Telefon opiekuna: [[@phone:PL:m00]]
E-mail: [[email|beata.mazurek77@poczta.onet.pl]]
Uwagi: proszę o płatność w ratach, {{quantity|3 raty}} po {{amount|540 zł}}.""",
    # 9 pharmacy, complaint
    """Dzień dobry,
wczoraj o {{time|18:40}} w aptece przy {{street_as_brand|Rondzie Daszyńskiego}} pobrano z mojej karty [[@card:group]] dwa razy kwotę {{amount|89,99 zł}} za lek na receptę. Paragon nr {{@num:####/####/26}}. Proszę o zwrot jednej płatności. Do reklamacji podaję numer dowodu osobistego, bo tak chciała pani w okienku: [[@plid]].
[[sig|Jerzy Kwiatkowski]]""",
    # 10 parking operator, chat with an agent
    """Klient: dostałem wezwanie do zapłaty z {{brand|ParkMe}} nr {{@ticket:WZ/######}} a bilet miałem opłacony w aplikacji
Agent: Dzień dobry, z tej strony [[intro|Aleksandra]]. Proszę podać datę i kartę, którą Pan płacił.
Klient: karta [[@card:plain]], płaciłem {{date|2 listopada}} ok. {{time|14:15}}, strefa {{product_code|A3}}
Agent: Widzę płatność {{amount|12,00 zł}}. Anuluję wezwanie. Czy mogę w czymś jeszcze pomóc?
Klient: jeszcze jedno – fakturę za abonament proszę na firmę, NIP [[@nip:dash2]]""",
    # 11 ski resort, forwarded confirmation
    """---------- Wiadomość przekazana ----------
Od: {{team_name|Rezerwacje Kasprowy Resort}}
Do: [[email|p.gorski@wp.pl]]
Temat: Potwierdzenie {{@order:RES-######}}

Szanowny [[sal|Panie Piotrze]], potwierdzamy karnet rodzinny {{quantity|6-dniowy}} na termin {{date|18–23.01.2027}}. Do zapłaty {{amount|2 460 zł}}.
----------
[[sal|Pani Kasiu]], przesyłam dalej, bo to Pani robi rozliczenia delegacji. Karnet opłaciłem prywatną kartą [[@card:dash]], proszę o zwrot na konto [[@iban:PL:nrb]].
[[sig|P. Górski]]""",
    # 12 printing house, B2B order
    """Dzień dobry, tu [[intro|Monika Szulc]] z agencji {{cbrand|Szulc & Bąk Reklama}}.
Zamawiamy {{quantity|5000 szt.}} ulotek A5, kreda 130 g, wzór {{@product:UL-A5-###}}. Dane do FV:
{{cbrand|Szulc & Bąk Reklama s.c.}}, {{city|Gdańsk}}
NIP [[@nip:plsp]]
REGON [[@regon:14]]
Prosimy o dostawę do {{date|9 grudnia}}. Przedpłata pójdzie z konta [[@iban:PL:compact]].
{{greeting_without_name|Pozdrawiamy serdecznie}}""",
    # 13 freight forwarder, Czech carrier
    """Dzień dobry [[sal|Panie Tomaszu]],

przewoźnik z Czech prosi o przelew za fracht {{@order:SPED/####/11}} ({{quantity|2 palety}}, {{city|Ostrava}} → {{city|Katowice}}). Jego dane:
{{cbrand|Dopravní firma Horák}}, IČO [[@ico]], DIČ [[@ico:czsame]]
účet: [[@iban:CZ:dom]]
Kwota {{amount|11 400 CZK}}, termin {{date|do piątku}}.
Nasz NIP na fakturze ma być [[@nip]].

[[sig|Ilona Jasińska]]
{{job_title|spedytor międzynarodowy}}
{{brand|Trans-Link}}""",
    # 14 notary, form before the appointment
    """Kancelaria Notarialna – formularz przed wizytą
Akt: umowa darowizny mieszkania
Darczyńca: [[oth|Zofia Adamczyk]], dowód osobisty [[@plid:sp]], PESEL [[@pesel:senior-female]]
Obdarowany: [[oth|Marek Adamczyk]], dowód [[@plid:lc]], PESEL [[@pesel:mid-male]]
Termin: {{date|15.12.2026}} godz. {{time|11:30}}
Taksa notarialna ok. {{amount|1 200 zł}} + VAT {{percent|23%}}""",
    # 15 sports club, SMS-style note
    """hej, tu [[intro|Kuba]] z treningów U12. składka za grudzień {{amount|150 zł}} przelana z konta żony [[@iban:PL:nrbc]], tytuł: [[oth|Antek Wójcik]] {{@num:U12/##}}. pesel syna do ubezpieczenia NNW: [[@pesel:child-male]]. pozdro""",
    # 16 removal firm, complaint letter
    """Reklamacja do {{cbrand|Przeprowadzki Majewski}}

Podczas przeprowadzki {{date|28.10.2026}} z {{city|Wrocławia}} do {{city|Opola}} zniszczono komodę (wartość {{amount|1 900 zł}}). Zlecenie {{@order:PM-#####}}.
Żądam odszkodowania na rachunek [[@iban:PL:nrb]].
Zgłaszający: [[oth|Dorota Michalak]], [[address|ul. Ozimska 40 m. 12, 45-058 Opole]], tel. [[@phone:PL:intldash]]
Polisa OC przewoźnika {{@policy:OC/####/####}}; do zgłoszenia szkody PESEL [[@pesel:sp-mid-female]].
[[sig|Dorota Michalak]]""",
    # 17 catering, pro forma invoice block
    """Faktura pro forma {{@invoice:PF/##/12/2026}}
Sprzedawca: {{cbrand|Dwór Sobieskich – Catering}}
NIP [[@nip:dash]] | REGON [[@regon]]
Nabywca: [[oth|Natalia Grabowska]], [[address|os. Słoneczne 7/15, 31-959 Kraków]]
Przyjęcie weselne {{quantity|120 osób}} × {{amount|260 zł}}
Zaliczka {{percent|30%}} płatna na rachunek sprzedawcy nr
[[@iban:PL:nrbwrap]]""",
    # 18 bike rental, chat with a bot
    """Bot: Podaj ostatnie 4 cyfry karty.
Użytkownik: cała karta to [[@card:plain]]
Bot: Ze względów bezpieczeństwa nie podawaj pełnego numeru karty. Twoje zgłoszenie ma numer {{@ticket:BR-######}}.
Użytkownik: ok sorry. i jeszcze dowód [[@plid]] bo przy wypożyczeniu roweru spisali
Bot: Przekazałem rozmowę do konsultanta. Średni czas oczekiwania: {{time|4 min}}.""",
    # 19 optician, reply to a German customer
    """{{greeting_without_name|Szanowny Panie}},

okulary progresywne {{brand|Essilor}} zostały wysłane przesyłką {{@tracking:PL#########}}. Fakturę wystawiliśmy na firmę, jak Pan prosił:
{{cbrand|Becker Optik GmbH}}, USt-IdNr. [[@ustid:de]]
Płatność kartą [[@card:group]] została zaksięgowana {{date|2.12.2026}}.

Pozdrawiamy
{{team_name|Salon Optyczny – dział obsługi}}
[[sig|Weronika Cieślak]]""",
    # 20 sworn translator, order by e-mail
    """Dzień dobry,
zlecam tłumaczenie przysięgłe aktu urodzenia na ukraiński. Dane z dokumentu: [[oth|Oksana Melnyk]], RNOKPP [[@rnokpp:mid-female]]. Tłumaczenie na {{date|poniedziałek}}, odbiór osobisty.
Zapłacę przelewem z konta [[@iban:UA:group]] albo z polskiego [[@iban:PL:nrb]].
Mój PESEL (mam nadany): [[@pesel:mid-female]]
Dziękuję,
[[sig|Oksana Melnyk]]
[[email|oksana.melnyk.pl@gmail.com]]""",
]

# =========================================================================== cs

ITEMS["cs"] = [
    # 1 veterinary clinic, customer e-mail
    """Dobrý den [[sal|paní doktorko Malá]],
děkuji za ošetření naší kočky. Fakturu prosím vystavit na mě: [[oth|Lenka Vávrová]], [[address|Na Výsluní 12, 612 00 Brno]]. Zaplatila jsem kartou [[@card:group]], ale na výpisu vidím platbu {{amount|2 340 Kč}} dvakrát. Prosím o vrácení na účet [[@iban:CZ:dom]].
S pozdravem
[[sig|Lenka Vávrová]]
[[@phone:CZ:g3]]""",
    # 2 car leasing, transfer request
    """Žádost o převzetí leasingu {{@contract:LS-######/26}}
Současný nájemce: {{cbrand|Stavitelství Dvořák s.r.o.}}, IČO [[@ico:sp]], DIČ [[@ico:czsame]]
Nový nájemce: [[oth|Ing. Petr Sýkora]], OSVČ, IČ [[@ico]], DIČ [[@dicrc:-male]]
Vozidlo: {{brand|Škoda}} Octavia Combi, zůstatek {{amount|312 480 Kč}}
Kontakt: [[email|sykora.petr@seznam.cz]], [[@phone:CZ:intl]]""",
    # 3 coworking, chat with reception
    """[09:14] Návštěvník: dobrý den, potřebuju změnit fakturační údaje u členství {{@order:CW-####}}
[09:15] Recepce ({{brand|Kancl Hub}}): Dobrý den, jsem [[intro|Tereza]], s čím pomůžu?
[09:16] Návštěvník: firma se přejmenovala, nové IČO [[@ico]] a DIČ [[@ico:czsame]]. platit budeme z účtu [[@iban:CZ:group]]
[09:18] Recepce: Upraveno, faktura za {{date|prosinec}} už půjde na nové údaje.""",
    # 4 funeral services, reply with a quote
    """Vážená [[sal|paní Nováková]],
děkujeme, údaje jsme doplnili do smlouvy {{@contract:POH/###/2026}}. Záloha {{amount|15 000 Kč}} je splatná na účet [[@iban:CZ:dom]], VS {{@num:#######}}.

S úctou
[[sig|Jaroslav Kadlec]]
{{cbrand|Pohřební služba Kadlec}}

> Dobrý den, manžel měl rodné číslo [[@rc:slash-senior-male]], moje je [[@rc:sp-female]].
> [[sig|Jana Nováková]]""",
    # 5 driving school review, no PII
    """Autoškola {{brand|Rychlá jízda}} v {{city|Olomouci}} – hodnotím {{quantity|4/5}}. Kurz sk. B stál {{amount|18 900 Kč}}, teorie byla super, ale na jízdy se čekalo skoro {{quantity|3 týdny}}. {{greeting_without_name|Zdravím všechny}}, kdo se teprve hlásí!""",
    # 6 agriculture supplier, order
    """Objednávka č. {{@order:OBJ-26-####}}
Odběratel: Zemědělské družstvo Hrušovany, IČO [[@ico]], DIČ [[@ico:czsame]]
Dodavatel: {{cbrand|Agro Procházka a syn}}
Položky: osivo kukuřice {{product_code|KWS-2430}} – {{quantity|40 VJ}}; postřik – {{quantity|200 l}}
Platba: převodem na účet dodavatele [[@iban:CZ:dom]]
Vyřizuje: [[oth|Ing. Marie Hrubá]], agronomka, tel. [[@phone:CZ:nat]]""",
    # 7 dental lab, invoice e-mail
    """Dobrý den, [[sal|pane doktore Šťastný]],
posíláme fakturu {{@invoice:FA2026####}} za zhotovení {{quantity|3}} zirkonových korunek. Částka {{amount|9 750 Kč}} splatná do {{date|20. 12. 2026}} na účet
[[@iban:CZ:wrap]]
Naše IČO [[@ico]], nejsme plátci DPH.
{{greeting_without_name|S pozdravem}}
[[sig|Bc. Kateřina Holubová]]
{{cbrand|Zubní laboratoř Holub}}""",
    # 8 language school, application form
    """Přihláška – jazyková škola {{brand|Lingua Centrum}}
Jméno a příjmení: [[oth|Adéla Krejčí]]
Rodné číslo: [[@rc:child-female]]
Zákonný zástupce: [[oth|Martin Krejčí]], r. č. [[@rc:plain-mid-male]]
Kurz: angličtina pro teenagery, {{quantity|2× týdně}}
Platba: jednorázově {{amount|7 200 Kč}} / pololetí
E-mail: [[email|martin.krejci@email.cz]]""",
    # 9 pharmacy e-shop, complaint
    """Dobrý den,
v objednávce {{@order:#########}} z {{brand|Dr.Max}} chyběl {{brand|Paralen}} 500 mg ({{quantity|2 balení}}). Platila jsem kartou [[@card:plain]]. Prosím o vrácení {{amount|98 Kč}} na účet [[@iban:CZ:compact]], karta už je zrušená.
Děkuji, [[sig|Radka Beranová]]""",
    # 10 parking operator, web form
    """Kontaktní formulář – parkoviště {{brand|P+R Zličín}}
Jméno: [[oth|Ondřej Fiala]]
Telefon: [[@phone:CZ:e164]]
Dotaz: Parkovací automat mi strhl {{amount|450 Kč}} místo {{amount|50 Kč}} ({{date|3. 11.}} v {{time|7:45}}). Číslo lístku {{@ticket:#### ####}}. Karta [[@card:dots]]. Prosím o refundaci, klidně i na účet [[@iban:CZ:dom]].""",
    # 11 ski resort, company order from Slovakia
    """Dobrý den,
objednávám pro firmu skipasy na {{date|14.–16. 2. 2027}}: {{quantity|12 ks}} dospělých. Fakturační údaje:
{{cbrand|Kováč Consulting s.r.o.}}
DIČ: [[@icdph:plain]]
IČ DPH: [[@icdph:sksame]]
Platba předem z účtu [[@iban:SK:group]].
Kontaktní osoba: [[oth|Mgr. Juraj Kováč]], [[@phone:SK:intl]]
Díky, [[sig|Juraj]]""",
    # 12 printing house, reply quoting the customer
    """Dobrý den [[sal|paní Šimková]],

cena za {{quantity|1 000 ks}} katalogů A4 je {{amount|48 600 Kč}} bez DPH. Zálohovou fakturu {{@invoice:ZF-####/26}} jsme vystavili na údaje z Vašeho e-mailu:

> fakturujte prosím na mě jako OSVČ, IČO [[@ico]], DIČ [[@dicrc:-female]]
> účet pro případné vratky [[@iban:CZ:lcgroup]]

{{cbrand|Tiskárna Novotný & spol.}}
[[sig|Milan Novotný]], {{job_title|obchodní ředitel}}""",
    # 13 freight forwarder, transport order
    """Přepravní zakázka {{@order:ZK/2026/####}}
Nakládka: {{city|Plzeň}}, {{date|8. 12.}} {{time|6:00}}
Vykládka: {{city|Nürnberg}}
Dopravce: {{cbrand|Autodoprava Jelínek}}, IČ [[@ico]], DIČ [[@ico:czsame]]
Objednatel: {{brand|Westrans GmbH}}, USt-IdNr. [[@ustid:desp]]
Cena: {{amount|780 EUR}}, splatnost {{quantity|45 dní}}
Platba na [[@iban:CZ:group]] (EUR účet)
Řidič: [[oth|Libor Mach]], [[@phone:CZ:intlg3]]""",
    # 14 notary, documents for a purchase contract
    """Notářská kancelář [[oth|JUDr. Hana Pokorná]] – podklady k sepsání kupní smlouvy
Prodávající: [[oth|Vlastimil Růžička]], r. č. [[@rc:slash-senior-male]], [[address|Třebízského 845, 500 02 Hradec Králové]]
Kupující: [[oth|Simona Bártová]], r. č. [[@rc:sp-female]]
Kupní cena {{amount|3 950 000 Kč}} bude složena do notářské úschovy na účet [[@iban:CZ:dom]].""",
    # 15 sports club, SMS-style note
    """ahoj, tady [[intro|Zdeněk]] od fotbalistů U10. posílám členský příspěvek {{amount|2 500}} za [[oth|Vojtu Marka]], z účtu
[[@iban:CZ:dom]]. do poznámky jsem dal rč kluka [[@rc:plain-child-male]] jak jste chtěli. zítra trénink v {{time|17:00}}?""",
    # 16 removal firm, complaint letter
    """Věc: Stížnost na služby stěhovací firmy
Dne {{date|22. 10. 2026}} jste pro mě stěhovali byt z {{city|Prahy}} do {{city|Kolína}} (zakázka {{@order:ST-#####}}). Poškozena lednice {{brand|Bosch}}. Požaduji náhradu {{amount|12 990 Kč}} na účet [[@iban:CZ:dom]].
Při objednávce jste mi navíc strhli zálohu z karty [[@card:group]] dvakrát.
[[sig|Ing. Aleš Kratochvíl]]
[[address|Husova 117, 280 02 Kolín]]
[[email|ales.kratochvil@post.cz]]""",
    # 17 coworking statement, no PII
    """Vyúčtování služeb za {{date|listopad 2026}}
Zasedací místnost – {{quantity|14 h}} × {{amount|450 Kč}}
Tisk – {{quantity|320 stran}}
Celkem k úhradě {{amount|7 260 Kč}}, faktura {{@invoice:FV-26-####}}, splatnost {{date|15. 12. 2026}}.
{{team_name|Tým recepce}} {{brand|Coworking Kancl}}""",
    # 18 pet food e-shop, bot then operator
    """Chat – {{cbrand|Krmiva Vašek}}
Asistent: Dobrý den, jsem virtuální asistent. Zadejte číslo objednávky.
Zákazník: {{@order:KV######}}
Asistent: Objednávka byla zaplacena kartou končící {{@num:####}}. Chcete vrátit peníze?
Zákazník: ano ale na účet, karta [[@card:plain]] je zablokovaná. účet [[@iban:CZ:lc]]
Asistent: Předávám operátorovi.
Operátor: Dobrý den, tady [[intro|Lucie Marková]]. Vrácení {{amount|1 249 Kč}} je zadáno.""",
    # 19 payroll, forwarded mail
    """---------- Přeposlaná zpráva ----------
Od: [[oth|Dana Horáková]] <[[email|horakova@ucetni-horakova.cz]]>
Předmět: podklady ke mzdám

[[sal|Pane Kříži]], posílám údaje nového zaměstnance:
[[oth|Roman Urban]], r.č. [[@rc:slash-mid-male]], mzdový účet [[@iban:CZ:dom]]
zdravotní pojišťovna 111

[[sig|D. Horáková]]
----------
Ahoj [[sal|Evo]], zadej to prosím do systému. Díky, [[sig|Jirka]]""",
    # 20 garden centre, e-shop order
    """Objednávka z e-shopu {{brand|Zahradnictví U Lípy}}
Zákazník: [[oth|Věra Kopecká]]
Doručení: [[address|Lidická 28, 370 01 České Budějovice]]
Telefon: [[@phone:CZ:mnat]]
Položky: túje {{product_code|TJ-080}} × {{quantity|25}}
Fakturace na firmu: {{cbrand|Kopecký Zahrady s.r.o.}}, IČO [[@ico:sp]], DIČ [[@ico:czsame]]
Platba kartou [[@card:amex]]""",
]

# =========================================================================== sk

ITEMS["sk"] = [
    # 1 veterinary clinic, customer e-mail
    """Dobrý deň [[sal|pani doktorka Hudecová]],
ďakujem za rýchle ošetrenie nášho psíka. Faktúru prosím na moje meno [[oth|Zuzana Oravcová]], [[address|Hlavná 58, 040 01 Košice]]. Zaplatím prevodom z účtu [[@iban:SK:group]].
Mimochodom, poisťovňa pre zvieratá chce moje rodné číslo – je to [[@rcsk:slash-mid-female]].
S pozdravom
[[sig|Zuzana Oravcová]]
[[@phone:SK:sk0slash]]""",
    # 2 car leasing, early repayment request
    """Žiadosť o predčasné splatenie leasingu č. {{@contract:LZ-####-######}}
Nájomca: {{cbrand|Stavby Baláž s.r.o.}}
IČO: [[@ico]]
DIČ: [[@icdph:plain]]
IČ DPH: [[@icdph:sksame]]
Štatutár: [[oth|Ing. Peter Baláž]]
Preplatok {{amount|1 842,60 €}} prosíme poukázať na [[@iban:SK:compact]].
Vybavuje: [[sig|Martina Kollárová]], {{job_title|office manažérka}}, [[@phone:SK:intl]]""",
    # 3 coworking, chat with a bot
    """Bot: Ahoj! Som virtuálny asistent {{brand|Spaces Nivy}}. Ako ti môžem pomôcť?
Používateľ: potrebujem faktúru na firmu za {{date|október}}
Bot: Zadaj prosím IČO alebo názov firmy.
Používateľ: [[@ico]]
Bot: Našiel som {{quantity|2}} faktúry. Chceš ich poslať e-mailom?
Používateľ: áno na [[email|uctovnictvo@kovar-studio.sk]] a ešte dič [[@icdph:plain]] tam chýba""",
    # 4 funeral services, letter to the family
    """Vážený [[sal|pán Mikuláš]],
na základe Vašej objednávky pohrebu {{@order:PS/####/26}} Vám zasielame rozpis: rakva {{amount|690 €}}, kremácia {{amount|380 €}}, obrad {{amount|250 €}}. Údaje zosnulej: [[oth|Anna Mikulášová]], rodné číslo [[@rcsk:sp-senior-female]]. Príspevok na pohreb Vám bude vyplatený na účet [[@iban:SK:dom]].
S úctou
[[sig|Viera Kováčiková]]
{{cbrand|Pohrebníctvo Kováčik}}""",
    # 5 driving school, application form
    """Prihláška do autoškoly {{brand|Autoškola Pedál}}
Meno: [[oth|Samuel Horváth]]
Rodné číslo: [[@rcsk:plain-male]]
Skupina: B, rýchlokurz
Platba: kartou [[@card:group]]
Mobil: [[@phone:SK:sk0]]
Adresa: [[address|Štúrova 14, 949 01 Nitra]]""",
    # 6 agriculture supplier, invoice block
    """FAKTÚRA č. {{@invoice:FA-26-#####}}
Dodávateľ: {{cbrand|Agrochem Šimko s.r.o.}}, IČO [[@ico:sp]], IČ DPH [[@icdph:sksp]]
Odberateľ: Poľnohospodárske družstvo Dolné Saliby, IČO [[@ico]], DIČ [[@icdph:plain]]
Predmet: hnojivo LAV 27 – {{quantity|24 t}} á {{amount|395 €}}
DPH {{percent|20 %}}
Úhrada na účet: [[@iban:SK:group]]
Variabilný symbol: {{@num:26######}}""",
    # 7 dental lab, order e-mail
    """Dobrý deň,
posielam objednávku na {{quantity|2}} celokeramické korunky pre pacienta (karta {{@num:PK-#####}}). Fakturujte prosím na ambulanciu:
{{cbrand|DENTAL Hrnčiar s.r.o.}}, IČO [[@ico]], IČ DPH [[@icdph:sk]]
Ďakujem,
[[sig|MUDr. Lucia Hrnčiarová]]
[[@phone:SK:intlg3]]
[[email|ambulancia@dental-hrnciar.sk]]""",
    # 8 language school review, no PII
    """Jazyková škola {{brand|Berlitz}} v {{city|Žiline}} – kurz nemčiny A2, {{quantity|60 hodín}} za {{amount|420 €}}. Lektorka výborná, učebnice drahé. Odporúčam, ale skupiny by mohli byť menšie ({{quantity|12 ľudí}} je veľa).""",
    # 9 pharmacy, complaint
    """Reklamácia – lekáreň {{brand|Dr.Max}}, {{city|Trnava}}
Dňa {{date|12. 11. 2026}} mi bola z karty [[@card:dash]] stiahnutá suma {{amount|36,40 €}} dvakrát. Bloček č. {{@num:####-######}}.
Prosím o vrátenie na IBAN [[@iban:SK:lcgroup]].
[[sig|Miroslav Hudák]], [[@phone:SK:e164]]""",
    # 10 parking operator, e-mail
    """Dobrý deň, dostal som výzvu na úhradu od {{brand|PAAS}} č. {{@ticket:PK/######}}, hoci parkovné som zaplatil cez {{brand|EasyPark}} o {{time|8:12}}. Ak treba, rodné číslo: [[@rcsk:slash-mid-male]], číslo účtu na vrátenie [[@iban:SK:dom]].
[[sig|Tomáš Lukáč]]""",
    # 11 ski resort, group booking confirmation
    """Dobrý deň [[sal|pán Gajdoš]],
potvrdzujeme firemný pobyt v {{brand|Jasná Nízke Tatry}} {{date|23.–26. 1. 2027}} pre {{quantity|18 osôb}}. Zálohová faktúra {{@invoice:ZF####/26}} je splatná do {{date|10. 12.}} na účet
[[@iban:SK:wrap]]
Vaše údaje na faktúre: {{cbrand|Gajdoš Software s.r.o.}}, IČO [[@ico]], IČ DPH [[@icdph:sk]]
S pozdravom
{{team_name|Skupinové rezervácie}}""",
    # 12 printing house, forwarded mail
    """---------- Preposlaná správa ---------
Od: [[oth|Renáta Poláková]] <[[email|r.polakova@gmail.com]]>
Predmet: svadobné oznámenia

Dobrý deň, chcem {{quantity|80 ks}} oznámení, vzor {{@product:SO-###}}. Zaplatím kartou [[@card:plain]] alebo prevodom z [[@iban:SK:compact]].
---------
[[sal|Miško]], vybav prosím, zálohu {{percent|50 %}}. [[sig|Eva]]""",
    # 13 freight forwarder, transport order with a Polish carrier
    """Objednávka prepravy {{@order:EXP-26-#####}}
Objednávateľ: {{cbrand|Sped Matejka s.r.o.}}, IČ DPH [[@icdph:sk]]
Dopravca: {{brand|Trans-Pol Sp. z o.o.}}, NIP [[@nip:pl]]
Trasa: {{city|Žilina}} – {{city|Katowice}}, {{quantity|33 paliet}}
Cena {{amount|640 €}}, platba {{quantity|30 dní}} na účet dopravcu [[@iban:PL:group]]
Dispečer: [[oth|Marek Sloboda]], [[@phone:SK:intl]]""",
    # 14 notary, documents for a gift contract
    """Notársky úrad [[oth|JUDr. Katarína Vargová]]
Podklady k spísaniu darovacej zmluvy:
Darca: [[oth|Jozef Tóth]], r. č. [[@rcsk:slash-senior-male]], trvalý pobyt [[address|Dlhá 3, 917 01 Trnava]]
Obdarovaný: [[oth|Martin Tóth]], r. č. [[@rcsk:sp-mid-male]]
Odmena notára {{amount|86,50 €}}, splatná kartou [[@card:group]]""",
    # 15 sports club, SMS-style note
    """zdravim, tu [[intro|Ivan Kmeť]], otec [[oth|Nely]] z gymnastiky. clensky za 2. polrok {{amount|180 €}} idem posielat z [[@iban:SK:lc]], do poznamky davam jej rc [[@rcsk:plain-child-female]]. ok?""",
    # 16 bike e-shop, complaint letter
    """Vec: Reklamácia bicykla
Dňa {{date|2. 9. 2026}} som si kúpil bicykel {{brand|Kellys}} Spider 50 (obj. č. {{@order:#######}}), kúpa bola na firmu, IČO [[@ico]]. Po {{quantity|3 týždňoch}} praskol rám. Žiadam o výmenu alebo vrátenie {{amount|749 €}} na účet [[@iban:SK:dom]].
[[sig|Ing. Rastislav Kučera]]
[[address|Jesenského 22, 974 01 Banská Bystrica]]""",
    # 17 agricultural cooperative, member form
    """Formulár – zmena bankového spojenia člena družstva
Člen: [[oth|Mária Ondrejková]]
Rodné číslo: [[@rcsk:slash-senior-female]]
Nové číslo účtu: [[@iban:SK:dash]]
Pôvodné číslo účtu: [[@iban:SK:dom]]
Dátum: {{date|30. 11. 2026}}
Podpis: [[sig|M. Ondrejková]]""",
    # 18 ski rental, chat with an agent
    """Zákazník: dobrý deň, mám rezervované lyže na {{date|27.12.}}, rezervácia {{@order:LY-####}}
Agent: Dobrý deň, volám sa [[intro|Patrik]], pozriem sa na to. Zálohu ste platili kartou?
Zákazník: áno, [[@card:group]]
Agent: Vidím {{amount|60 €}}. Chcete zmeniť dátum?
Zákazník: áno na {{date|2.1.}} a pridať {{quantity|2}} detské prilby. a faktúru na firmu, DIČ [[@icdph:plain]]""",
    # 19 cleaning firm, contract e-mail with quoted data
    """Dobrý deň [[sal|pani Bieliková]],
v prílohe posielam zmluvu o upratovaní kancelárií {{@contract:UP-###/26}}. Doplnil som Vaše údaje:

> IČO: [[@ico]]
> DIČ: [[@icdph:plain]]
> IČ DPH: [[@icdph:sksame]]
> IBAN: [[@iban:SK:group]]

Mesačná cena {{amount|1 150 €}} bez DPH.
[[sig|Branislav Šoltés]]
{{cbrand|Šoltés Clean}}""",
    # 20 removal firm, offer, no PII
    """Dobrý deň,
ponuka sťahovania: {{quantity|3-izbový byt}}, {{city|Prešov}} → {{city|Poprad}}, {{date|15. 1. 2027}}. Cena {{amount|520 €}} vrátane balenia. Objednávku potvrdíte odpoveďou na tento e-mail, číslo ponuky {{@order:PN-#####}}.
{{greeting_without_name|S pozdravom}}
{{team_name|Tím Sťahovanie Tatry}}""",
]

# =========================================================================== ru

ITEMS["ru"] = [
    # 1 veterinary clinic, reply to a sole trader
    """Здравствуйте, [[sal|Ольга Викторовна]]!
Благодарим, что выбрали ветклинику {{brand|Айболит}}. По вашей просьбе выставили счёт {{@invoice:№ ####-В}} на ИП: [[oth|Кравцова Ольга Викторовна]], ИНН [[@innp]], ОГРНИП [[@ogrn:15]]. Сумма {{amount|7 850 ₽}}, оплата картой [[@card:mir]] прошла {{date|18.11.2026}}.
С уважением,
{{job_title|администратор}} [[sig|Дарья Климова]]
{{cbrand|ВетЦентр Сорокина}}""",
    # 2 car leasing, application with a guarantor
    """Заявка на лизинг {{@contract:ЛД-#####/26}}
Лизингополучатель: ООО «{{cbrand|Логистика Баранов}}»
ИНН [[@inn]] / КПП {{@num:#########}}
ОГРН [[@ogrn]]
Генеральный директор: [[oth|Баранов Сергей Петрович]]
Поручитель: [[oth|Баранова Ирина Олеговна]], ИНН [[@innp]], СНИЛС [[@snils:dash]]
Предмет лизинга: {{brand|ГАЗель NEXT}}, {{quantity|2 шт.}}
Контакт: [[@phone:RU:ruintl]], [[email|baranov@log-baranov.ru]]""",
    # 3 coworking, chat with a manager
    """[12:40] Клиент: добрый день, нужны закрывающие документы за {{date|октябрь}}
[12:41] Менеджер: Здравствуйте! Меня зовут [[intro|Алина]]. Подскажите ИНН организации?
[12:41] Клиент: [[@inn]]
[12:42] Менеджер: Нашла, договор {{@contract:КВ-####}}. Акт и счёт-фактуру отправлю в ЭДО до {{time|18:00}}.
[12:43] Клиент: спасибо, и ещё ОГРН поменялся у нас после реорганизации, новый [[@ogrn]]""",
    # 4 funeral services, letter to the widow
    """Уважаемая [[sal|Галина Ивановна]],
приносим соболезнования. Для оформления пособия на погребение нужны данные умершего: [[oth|Смирнов Николай Андреевич]], СНИЛС [[@snils:dash]]. Ваш СНИЛС: [[@snils:sp]]. Пособие будет перечислено на карту [[@card:mirgroup]].
Ритуальное агентство «{{cbrand|Ритуал-Фролов}}», договор {{@contract:РУ-###/26}}
[[sig|Фролов А. В.]]""",
    # 5 driving school review, no PII
    """Автошкола {{brand|Форсаж}} в {{city|Казани}}: теория нормально, а вот практику ждал {{quantity|2 недели}}. Заплатил {{amount|42 000 ₽}}, плюс {{amount|1 500 ₽}} за каждое доп. занятие. Инструкторы вежливые. {{greeting_without_name|Всем удачи на экзамене}}!""",
    # 6 agriculture supplier, order of a farm
    """Заказ {{@order:АГ-######}} от {{date|01.12.2026}}
Поставщик: {{cbrand|АгроСнаб Михайлов}}
Покупатель: КФХ [[oth|Ковалёв Дмитрий Игоревич]]
ИНН [[@innp]], ОГРНИП [[@ogrn:15]]
Адрес доставки: [[address|Ставропольский край, с. Кочубеевское, ул. Садовая, д. 17]]
Семена подсолнечника {{@product:НК-####}} — {{quantity|150 п.е.}} × {{amount|9 400 ₽}}
Оплата: {{percent|100%}} предоплата. Тел. [[@phone:RU:ru8]]""",
    # 7 dental lab, reply with a quote
    """> [[oth|Романова Елена]] писал(а):
> Добрый день! Пришлите, пожалуйста, реквизиты для оплаты каркаса. Карта клиники [[@card:group]] не проходит.

[[sal|Елена]], добрый день!
Реквизиты:
ООО «{{brand|Дентал Лаб Профи}}»
ИНН [[@inn]]
ОГРН [[@ogrn]]
Срок изготовления — {{quantity|5 рабочих дней}}.
[[sig|Игорь Семёнов]], {{job_title|зубной техник}}""",
    # 8 language school, application form
    """Анкета слушателя — курсы английского {{brand|Oxford Club}}
ФИО: [[oth|Егорова Полина Сергеевна]]
СНИЛС ребёнка: [[@snils:dash2]]
Родитель: [[oth|Егоров Сергей Павлович]], ИНН [[@innp]]
(нужно для налогового вычета)
Телефон: [[@phone:RU:ru8dash]]
E-mail: [[email|egorov.sp@mail.ru]]""",
    # 9 pharmacy, complaint
    """Жалоба. {{date|20 ноября}} в аптеке {{brand|Ригла}} на {{street_as_brand|Тверской}} с моей карты [[@card:mirdash]] списали {{amount|2 318 ₽}} дважды. Чек № {{@num:####}}, время {{time|19:52}}. Прошу вернуть деньги. Для налогового вычета на лекарства прошу справку об оплате, мой ИНН [[@innp]].
[[sig|Лебедева Т. А.]], тел. [[@phone:RU:ru8]]""",
    # 10 parking operator, chat with a bot
    """Бот {{brand|Городские парковки}}: Введите номер постановления.
Пользователь: {{@ticket:ПН-########}}
Бот: Постановление найдено. Сумма штрафа {{amount|5 000 ₽}}. Для оспаривания укажите СНИЛС.
Пользователь: снилс [[@snils:plain]], парковку оплачивал картой [[@card:plain]] в {{time|9:05}}
Бот: Спасибо. Заявка {{@ticket:ЗВ-######}} принята. Ответ поступит в течение {{quantity|10 дней}}.""",
    # 11 ski resort, booking with quoted company details
    """Добрый день, [[sal|Анна]]!
Подтверждаем бронирование {{@order:RZ-######}} в {{brand|Шерегеш Резорт}}: {{quantity|4 ночи}}, {{date|3–7 января}}, ски-пасс на {{quantity|3 дня}}. Предоплата {{amount|34 600 ₽}} списана с карты [[@card:group]].

> Реквизиты: ООО «{{brand|ТехноСофт}}», ИНН [[@inn]], ОГРН [[@ogrn]]
> [[sig|Анна Белова]], {{job_title|офис-менеджер}}

{{team_name|Отдел бронирования}}""",
    # 12 printing house, request of a sole trader
    """Здравствуйте! Меня зовут [[intro|Виктор Захаров]], я ИП, нужны визитки {{quantity|500 шт}} и {{quantity|2}} баннера {{product_code|3×1 м}}. Счёт выставьте на ИП [[oth|Захаров В. Н.]], ИНН [[@innp:12sp]], ОГРНИП [[@ogrn:15]]. Могу оплатить картой [[@card:mir]]. Ответ пришлите на [[email|zakharov.print@yandex.ru]]""",
    # 13 freight forwarder, transport request
    """Заявка на перевозку {{@order:№ ###/ТЭ}}
Заказчик: {{cbrand|ТК Виноградов}}, ИНН [[@inn]]
Перевозчик: ИП [[oth|Гусев Олег Романович]], ИНН [[@innp]], ОГРНИП [[@ogrn:15]]
Маршрут: {{city|Екатеринбург}} — {{city|Тюмень}}, {{quantity|20 т}}
Ставка {{amount|65 000 ₽}} без НДС
Водитель: [[oth|Гусев О. Р.]], тел. [[@phone:RU:ru8plain]]""",
    # 14 notary, list of documents
    """Нотариус [[oth|Кириллова Марина Юрьевна]]. Перечень документов к сделке {{date|14.12.2026}}:
1. Продавец: [[oth|Жуков Павел Андреевич]], СНИЛС [[@snils:dash]], ИНН [[@innp]]
2. Покупатель: [[oth|Жукова Светлана Олеговна]], СНИЛС [[@snils:dash]]
Тариф {{amount|12 500 ₽}}. Приём в {{time|10:30}}.""",
    # 15 sports club, SMS-style note
    """Добрый вечер! Это [[intro|Наталья]], мама [[oth|Артёма Ли]] из группы U-9. Оплатила абонемент {{amount|4 500}} картой [[@card:plain]], а чек не пришёл. Для вычета ещё нужен мой ИНН? [[@innp]]""",
    # 16 removal firm, formal claim
    """Генеральному директору ООО «{{brand|ПереездСервис}}»
от [[oth|Тарасова Алексея Ивановича]], проживающего по адресу: [[address|г. Новосибирск, ул. Ленина, д. 42, кв. 118]]
ПРЕТЕНЗИЯ
{{date|10.10.2026}} при перевозке вещей по договору {{@contract:ПС-####}} был повреждён холодильник {{brand|Атлант}}. Стоимость ремонта {{amount|18 700 ₽}}. Прошу возместить ущерб переводом на карту [[@card:mirgroup]].
ИНН заявителя: [[@innp]]
[[sig|А. И. Тарасов]]""",
    # 17 translator, act of services
    """Акт № {{@invoice:##}} от {{date|30.11.2026}}
Исполнитель: самозанятый [[oth|Морозов Кирилл Денисович]], ИНН [[@innp]]
Заказчик: {{cbrand|Студия Полякова}}, ИНН [[@inn]], ОГРН [[@ogrn]]
Услуги: перевод технической документации, {{quantity|42 страницы}} × {{amount|650 ₽}}
Итого: {{amount|27 300 ₽}}, НДС не облагается""",
    # 18 payroll, forwarded mail
    """-------- Пересылаемое сообщение --------
От: [[oth|Соколова Вера]] <[[email|v.sokolova@dentalab.ru]]>
Тема: новый сотрудник

[[sal|Игорь Павлович]], данные для трудового договора:
[[oth|Никитин Артём Евгеньевич]]
СНИЛС [[@snils:dash]]
ИНН [[@innp]]
Зарплатная карта [[@card:mirplain]]
--------
Оформи, пожалуйста. [[sig|В. С.]]""",
    # 19 car rental, refund request
    """Добрый день. Хочу вернуть предоплату за прокат автомобиля {{brand|Hyundai Solaris}} (бронь {{@order:CR-#####}}), поездка отменилась. Оплачивал картой [[@card:group]] {{date|25 ноября}}. СНИЛС, если нужен для договора, — [[@snils:sp]].
[[sig|Олег Фомин]], [[@phone:RU:ruintlsp]]""",
    # 20 pet shop, supply contract
    """Уважаемые коллеги!
Направляем договор поставки кормов {{@contract:ДП-##/2027}}. Наши реквизиты:
{{cbrand|Зоомаркет Белкин}} (ИП [[oth|Белкин Роман Сергеевич]])
ИНН [[@innp]]
ОГРНИП [[@ogrn:15]]
Контактное лицо: [[oth|Ирина]], [[@phone:RU:ruintl]]
{{greeting_without_name|С уважением}}
[[sig|Р. С. Белкин]]""",
]

# =========================================================================== uk

ITEMS["uk"] = [
    # 1 veterinary clinic, invoice e-mail
    """Доброго дня, [[sal|пані Оксано]]!
Дякуємо, що звернулися до ветклініки {{brand|Хвостик}}. Рахунок {{@invoice:№ ВК-####}} на суму {{amount|1 250 грн}} можна оплатити на IBAN [[@iban:UA:group]], призначення: оплата за лікування, [[oth|Шевчук О. В.]], РНОКПП [[@rnokpp:mid-female]].
З повагою,
[[sig|Людмила Гнатюк]], {{job_title|адміністраторка}}""",
    # 2 car leasing, application
    """Заявка на фінансовий лізинг {{@contract:ФЛ-######}}
Лізингоодержувач: ТОВ «{{cbrand|Агро Бондаренко}}», ЄДРПОУ [[@edrpou]]
Директор: [[oth|Бондаренко Іван Миколайович]], РНОКПП [[@rnokpp:mid-male]]
Авто: {{brand|Toyota}} Hilux, аванс {{percent|20%}} – {{amount|412 000 грн}}
Рахунок: [[@iban:UA:compact]]
Тел.: [[@phone:UA:ua38]]""",
    # 3 coworking, chat with the administrator
    """Клієнт: привіт, потрібен рахунок на ФОП за грудень
Адміністратор: Вітаю! Я [[intro|Марина]]. Назвіть, будь ласка, РНОКПП
Клієнт: [[@rnokpp]]
Адміністратор: Бачу, тариф {{brand|Flex}} {{amount|3 800 грн}}. Рахунок {{@invoice:КВ-####}} надіслала на пошту.
Клієнт: дякую, оплачу з [[@iban:UA:lc]]""",
    # 4 funeral services, letter to the family
    """Шановна [[sal|пані Ганно]],
висловлюємо співчуття. Для отримання допомоги на поховання потрібні дані померлого: [[oth|Ковальчук Петро Степанович]], РНОКПП [[@rnokpp:senior-male]], та ваш РНОКПП [[@rnokpp:mid-female]]. Кошти буде зараховано на рахунок [[@iban:UA:group]].
Ритуальна служба «{{cbrand|Вічність-Мельничук}}»
[[sig|Олег Мельничук]]""",
    # 5 driving school review, no PII
    """Автошкола {{brand|Драйв}} у {{city|Львові}} — за {{quantity|2 місяці}} здала і теорію, і практику. Курс {{amount|9 800 грн}}, пальне окремо. Інструктор на {{brand|Renault}} Logan дуже спокійний. Рекомендую!""",
    # 6 agriculture supplier, invoice block
    """Рахунок-фактура {{@invoice:СФ-####}} від {{date|02.12.2026}}
Постачальник: ТОВ «{{brand|АгроХімПостач}}», ЄДРПОУ [[@edrpou]], IBAN [[@iban:UA:group]]
Покупець: ФГ «{{cbrand|Лисенко і сини}}», ЄДРПОУ [[@edrpou]]
Товар: насіння кукурудзи {{@product:DKC ####}} — {{quantity|60 п.о.}}
Сума: {{amount|384 000 грн}}, ПДВ {{percent|20%}}""",
    # 7 dental lab, reply with a quote
    """[[sal|Тетяно]], доброго дня!
Замовлення {{@order:ЗТ-####}} (металокераміка, {{quantity|4 одиниці}}) готове, вартість {{amount|6 400 грн}}.

> Від: [[oth|Тетяна Руденко]]
> Оплачу карткою [[@card:group]], чи можна? Рахунок на ФОП [[oth|Руденко Т. І.]], РНОКПП [[@rnokpp:mid-female]].

Так, можна. Або на IBAN лабораторії [[@iban:UA:dash]].
[[sig|Андрій Олійник]]
{{cbrand|Зуботехнічна лабораторія Олійника}}""",
    # 8 language school, application form
    """Заява на навчання — мовна школа {{brand|Green Forest}}
ПІБ учня: [[oth|Кравченко Софія Андріївна]]
РНОКПП учня: [[@rnokpp:child-female]]
Батько/мати: [[oth|Кравченко Андрій Вікторович]], РНОКПП [[@rnokpp:mid-male]]
Курс: англійська, рівень {{product_code|B2}}, {{quantity|3 рази на тиждень}}
Телефон: [[@phone:UA:ua0]]""",
    # 9 pharmacy, complaint
    """Добрий день! {{date|19.11}} в аптеці {{brand|АНЦ}} на {{street_as_brand|Хрещатику}} двічі списали {{amount|612 грн}} з картки [[@card:group]]. Чек {{@num:####-####}}, час {{time|20:14}}. Поверніть, будь ласка, на IBAN [[@iban:UA:group]].
[[sig|Ірина Савчук]], [[@phone:UA:ua0sp]]""",
    # 10 parking operator, chat with a bot
    """Бот {{brand|Паркування Київ}}: Введіть номер постанови про порушення правил паркування.
Користувач: {{@ticket:ПП-#######}}
Бот: Сума {{amount|340 грн}}. Оплатити карткою?
Користувач: так, [[@card:plain]]
Бот: Оплата успішна. Квитанцію надіслано.
Користувач: квитанцію треба на ФОП, РНОКПП [[@rnokpp]]""",
    # 11 ski resort, booking confirmation
    """Доброго дня, [[sal|пане Богдане]]!
Підтверджуємо бронювання {{@order:BK-######}} у {{brand|Буковель}}: {{quantity|5 ночей}}, {{date|29.12–03.01}}. Передоплата {{percent|50%}} — {{amount|28 750 грн}} на рахунок
[[@iban:UA:wrap]]
(отримувач ТОВ «{{brand|Карпати Тур}}», ЄДРПОУ [[@edrpou]]).
{{greeting_without_name|З повагою}}, {{team_name|відділ бронювання}}""",
    # 12 printing house, forwarded mail
    """---------- Переслане повідомлення ---------
Від: [[oth|Ольга Мороз]] <[[email|olha.moroz@ukr.net]]>
Тема: візитки

Добрий день! Потрібно {{quantity|200}} візиток, макет {{@product:VZ-###}}. Рахунок на ФОП [[oth|Мороз О. П.]], РНОКПП [[@rnokpp:mid-female]], IBAN [[@iban:UA:compact]].
---------
[[sal|Сашко]], зроби до п'ятниці. [[sig|Таня]]""",
    # 13 freight forwarder, transport request with a Polish carrier
    """Заявка на перевезення {{@order:EX-####/26}}
Експедитор: ТОВ «{{cbrand|Транслогістик Шевченко}}», ЄДРПОУ [[@edrpou]]
Перевізник: {{brand|Trans-Bug Sp. z o.o.}}, NIP [[@nip:dash]]
Маршрут: {{city|Луцьк}} — {{city|Lublin}}, {{quantity|22 палети}}
Ставка {{amount|1 100 EUR}}, оплата на [[@iban:PL:group]]
Водій: [[oth|Костянтин Поліщук]], [[@phone:UA:intl]]""",
    # 14 notary, list of parties
    """Приватний нотаріус [[oth|Сидоренко Лариса Іванівна]]
Для посвідчення договору купівлі-продажу авто {{date|16.12.2026}} потрібні:
продавець — [[oth|Ткаченко Василь Петрович]], РНОКПП [[@rnokpp:senior-male]];
покупець — [[oth|Левченко Максим Олегович]], РНОКПП [[@rnokpp:mid-male]].
Вартість послуг {{amount|2 000 грн}}.""",
    # 15 sports club, SMS-style note
    """добрий вечір, це [[intro|Олена]], мама [[oth|Дениса Гончаренка]] з футболу. внесок {{amount|900 грн}} перекинула з картки [[@card:plain]], чи дійшло? і ще РНОКПП Дениса для довідки: [[@rnokpp:child-male]]""",
    # 16 removal firm, complaint letter
    """Директору ТОВ «{{brand|Швидкий Переїзд}}»
від [[oth|Павленко Наталії Олександрівни]], [[address|м. Харків, вул. Сумська, буд. 71, кв. 9]], e-mail [[email|n.pavlenko@gmail.com]]
СКАРГА
{{date|05.11.2026}} під час переїзду (договір {{@contract:ПР-#####}}) пошкоджено шафу. Прошу компенсувати {{amount|7 300 грн}} на рахунок [[@iban:UA:group]].
РНОКПП: [[@rnokpp:mid-female]]
[[sig|Н. О. Павленко]]""",
    # 17 employer in Poland, data for a contract
    """Добрий день, [[sal|пані Агнешко]]!
Надсилаю дані для договору: [[oth|Юлія Бойко]], PESEL [[@pesel:mid-female]], рахунок у польському банку [[@iban:PL:nrb]]. Український РНОКПП теж треба? [[@rnokpp:mid-female]]
Дякую, [[sig|Юлія]]
[[@phone:PL:intl]]""",
    # 18 pet shop, chat with an operator
    """Оператор: Вітаю, мене звати [[intro|Віктор]], чим допомогти?
Покупець: замовлення {{@order:ZK######}} не приїхало, ТТН {{@tracking:20450#########}}
Оператор: Посилка на відділенні № 12 у {{city|Вінниці}}.
Покупець: а я оплатила карткою [[@card:dash]] і доставку теж, хочу повернення за доставку {{amount|85 грн}}
Оператор: Поверну на картку. Для повернення потрібен ваш РНОКПП.
Покупець: [[@rnokpp:mid-female]]""",
    # 19 cleaning firm, contract header
    """Договір про прибирання офісу {{@contract:ДП-##/26}}
Виконавець: ФОП [[oth|Гордієнко Світлана Миколаївна]], РНОКПП [[@rnokpp:mid-female]], IBAN [[@iban:UA:group]]
Замовник: ТОВ «{{brand|IT Hub Дніпро}}», ЄДРПОУ [[@edrpou]]
Вартість: {{amount|14 000 грн}}/міс.""",
    # 20 animal feed order from a farm
    """Добрий день! Мене звати [[intro|Роман Кузьменко]], хочу замовити {{quantity|3 т}} комбікорму {{@product:KK-##}} для ферми. Рахунок на ФГ «{{brand|Зелена Долина}}», ЄДРПОУ [[@edrpou]]. Доставка: [[address|Житомирська обл., с. Озерне, вул. Шкільна, 4]]. Тел. [[@phone:UA:ua380]]""",
]

# =========================================================================== en

ITEMS["en"] = [
    # 1 veterinary practice, refund e-mail
    """Hi [[sal|Mrs Patel]],

Thanks for bringing Biscuit in on {{date|Tuesday}}. We charged the consultation twice to [[@card:group]], sorry about that. The refund of {{amount|£142.50}} will go to the account you gave us, [[@iban:GB:group]], within {{quantity|3 working days}}.

Kind regards,
[[sig|Holly Brennan]]
{{job_title|Practice Manager}}, {{cbrand|Whitfield & Hart Veterinary Surgery}}""",
    # 2 car leasing, novation request
    """Subject: Novation of lease agreement {{@contract:LA-######}}

{{greeting_without_name|Dear Sir or Madam}},
We request the transfer of the vehicle lease from {{cbrand|Robinson Haulage Ltd}} (VAT [[@gbvat:gb]]) to our new company:
Company: {{brand|Greenway Fleet Ltd}}
VAT no.: [[@gbvat:gbsp]]
UTR: [[@utr:sp]]
Director: [[oth|Mr Daniel Okafor]]
Direct debit from: [[@iban:GB:compact]]
Regards,
[[sig|Daniel Okafor]]
[[@phone:GB:m00]]""",
    # 3 coworking, chat with the community team
    """Member: hey, the invoice {{@invoice:INV-#####}} still has my old company details
Community team: Hi! I'm [[intro|Priya]] from {{brand|Deskhive}}, happy to fix that. What should it say?
Member: new VAT number is [[@gbvat:plain]], same address
Community team: Updated. Anything else?
Member: yes, card for the monthly plan changes to [[@card:plain]] from {{date|1 January}}""",
    # 4 funeral director, letter
    """Dear [[sal|Mr Hughes]],

Please accept our condolences. To complete the arrangements for the late [[oth|Margaret Hughes]] we still need her NHS number for the cremation forms – the surgery gave us [[@nhs:sp]], please confirm it is correct – and the deposit of {{amount|£850}}.
You mentioned you'd rather pay by card; the one you gave over the phone, [[@card:dash]], was declined.

With sympathy,
[[sig|Graham Pike]]
{{cbrand|Pike & Sons Funeral Directors}}, {{city|Leeds}}""",
    # 5 driving school review, no PII
    """Passed first time with {{brand|Green Light Driving School}} in {{city|Bristol}}! {{quantity|22 lessons}} at {{amount|£38}} each, mock test included. Only downside: the car ({{brand|Ford}} Fiesta) had a dodgy clutch. {{greeting_without_name|Cheers, everyone}}!""",
    # 6 agriculture supplier, purchase order
    """PURCHASE ORDER {{@order:PO-######}}
Supplier: {{brand|Harvest Agri Supplies}}
Customer: [[oth|Thomas Whitaker]]
Delivery: [[address|Lower Brook Farm, Haltwhistle, NE49 0JH]]
- Sheep feed nuts {{@product:SF-###}} × {{quantity|40 bags}}
- Mineral licks × {{quantity|12}}
VAT reg: [[@gbvat:gb]]
UTR (for the grant paperwork): [[@utr]]
Pay by BACS to [[@iban:GB:group]]""",
    # 7 dental lab, reply with a quote
    """Hi [[sal|Dr Shah]],

Crown for case {{@num:CL-####}} ships {{date|Thursday}}, tracking {{@tracking:@@#########GB}}.

> On Mon, [[oth|Anita Shah]] wrote:
> Could you invoice the practice this time? Practice VAT number [[@gbvat:gb]], and please pay the refund for the remake to [[@iban:GB:dash]].

Done – invoice {{@invoice:DL-####}} attached.
[[sig|Callum Reid]], {{cbrand|Reid Dental Lab}}""",
    # 8 language school, enrolment form
    """Enrolment form – {{brand|Albion English Academy}}
Student name: [[oth|Karolina Nowicka]]
Nationality: Polish
PESEL (for the grant): [[@pesel:mid-female]]
Course: General English {{product_code|B1+}}, {{quantity|12 weeks}}
Payment: card [[@card:group]]
Mobile: [[@phone:GB:mnat]]
Email: [[email|k.nowicka@wp.pl]]""",
    # 9 pharmacy, complaint
    """Hello, I was charged twice at your {{brand|Boots}} store on {{street_as_brand|Deansgate}} on {{date|14 Nov}} at {{time|5.40pm}}: {{amount|£23.99}} each. Card [[@card:plain]]. Receipt {{@num:####-###-####}}. Please refund. My NHS number is on the prescription anyway: [[@nhs:plain]].
– [[sig|Joanne Kelly]], [[@phone:GB:gbsp]]""",
    # 10 parking operator, appeal form
    """Parking Charge Notice appeal
PCN number: {{@ticket:PCN########}}
Name: [[oth|Liam O'Connor]]
Address: [[address|14 Wellington Road, Cheltenham GL52 2AF]]
Email: [[email|liam.oconnor@outlook.com]]
Grounds: I paid via the app at {{time|09:12}} (receipt attached), {{amount|£4.20}} charged to card [[@card:dots]].
Refund the {{amount|£60}} to: [[@iban:GB:lcgroup]]""",
    # 11 ski tour operator, booking confirmation
    """Dear [[sal|Ms Lindqvist]],

Your ski holiday {{@order:SKI-######}} to {{city|Val Thorens}} is confirmed for {{date|6–13 February 2027}}. The balance of {{amount|£2,310}} will be taken from card [[@card:group]] on {{date|6 January}}.
Travellers: 1. [[oth|Erik Lindqvist]] 2. [[oth|Sara Lindqvist]]
As agreed, the group discount was invoiced to your employer, {{cbrand|Lindqvist Architects}}, VAT [[@gbvat:gbsp]].

Best wishes,
{{team_name|The Bookings Team}}""",
    # 12 printing house, forwarded mail
    """---------- Forwarded message ---------
From: [[oth|Sophie Turner-Hale]] <[[email|sophie@turnerhale-design.co.uk]]>
Subject: Brochure print run

Hi, please quote {{quantity|2,500}} A5 brochures, artwork ref {{@product:BR-####}}. I'm a sole trader, UTR [[@utr:sp]], no VAT. Deposit can come from [[@iban:GB:compact]].
---------
[[sal|Dev]], can you price this up? Thanks, [[sig|Mags]]""",
    # 13 freight forwarder, booking confirmation
    """Booking confirmation {{@order:FF/26/####}}
Shipper: {{cbrand|Baxter Engineering Ltd}}, VAT [[@gbvat:gb]]
Consignee: {{brand|Kraft Maschinenbau GmbH}}, USt-IdNr. [[@ustid:de]]
Haulier: {{brand|Polspeed Sp. z o.o.}}, NIP [[@nip:pl]]
Route: {{city|Birmingham}} → {{city|Stuttgart}}, {{quantity|6 pallets}}, ETD {{date|11 Dec}}
Rate {{amount|€1,450}} payable to [[@iban:PL:group]]
Contact: [[oth|Nigel Baxter]], [[@phone:GB:intl]]""",
    # 14 notary public, identification record
    """Notary Public – client identification record
Client: [[oth|Mr Andrzej Wiśniewski]]
Polish ID card no.: [[@plid:sp]]
PESEL: [[@pesel:sp-mid-male]]
Document: power of attorney for the sale of a flat in {{city|Gdańsk}}
Fee: {{amount|£175}} paid by card [[@card:amex]]
Appointment: {{date|9 December}} at {{time|2.30pm}}""",
    # 15 sports club, SMS-style note
    """Hi it's [[intro|Becky]], [[oth|Ollie]]'s mum (under 11s). Paid subs {{amount|£75}} from [[@iban:GB:group]] but the club app says unpaid? Ref {{@num:U11-###}}. Also his NHS no. for the medical form: [[@nhs:dash]] Thx""",
    # 16 removal firm, complaint letter
    """{{greeting_without_name|Dear Sir/Madam}},

Re: Removal job {{@order:RM-#####}} on {{date|3 October 2026}}

Your crew from {{cbrand|Fletcher Removals}} damaged our oak dining table (quote for repair: {{amount|£640}}). The deposit was taken from my card [[@card:group]]. I expect compensation within {{quantity|14 days}} to:
Account name: [[oth|Mrs Eleanor Price]]
IBAN: [[@iban:GB:wrap]]

Yours faithfully,
[[sig|Eleanor Price]]
[[address|27 Orchard Close, Reading RG4 7LB]]""",
    # 17 coworking invoice, no PII
    """Invoice {{@invoice:INV-2026-####}}
Hot desk membership, {{date|November 2026}} – {{quantity|1}} × {{amount|£210.00}}
Meeting room, {{quantity|6 hrs}} × {{amount|£25.00}}
Subtotal {{amount|£360.00}}, VAT {{percent|20%}} {{amount|£72.00}}
Total due {{amount|£432.00}} by {{date|15 December 2026}}
{{team_name|Accounts Team}}, {{brand|Deskhive Coworking}}""",
    # 18 pet insurance, bot then agent
    """Bot: Hi! I'm {{brand|Pawly}}, your virtual assistant. What's your policy number?
User: {{@policy:PW-#######}}
Bot: Thanks. For security, please confirm the long card number you pay with.
User: [[@card:plain]]
Bot: Thanks, a human colleague will continue.
Agent: Hi, it's [[intro|Marcus]] here. I can see the vet bill from {{cbrand|Harrington Vets}} for {{amount|£389}}.""",
    # 19 payroll, new starter e-mail
    """Hi [[sal|Claire]],

New starter details for payroll ({{date|start 5 Jan}}):
Name: [[oth|Tomasz Zieliński]]
NHS number: [[@nhs:sp]]
UTR (was self-employed): [[@utr]]
Bank: [[@iban:GB:group]]
Polish PESEL on his docs: [[@pesel]]

Thanks,
[[sig|Rachel]]
{{job_title|HR Coordinator}}""",
    # 20 garden centre, invoice query
    """Order {{@order:#######}} – {{cbrand|Hughes Garden Centre}}

Hello, I'd like to pay the invoice for the {{quantity|30}} hedging plants by bank transfer, but your invoice has no VAT number – ours is [[@gbvat:gb]] and we need yours for reclaiming. Our account for the {{amount|£48}} overpayment refund: [[@iban:GB:lc]].
Many thanks,
[[sig|Oliver Grant]]
[[email|ogrant@grantlandscapes.co.uk]]
[[@phone:GB:fnat]]""",
]

# =========================================================================== de

ITEMS["de"] = [
    # 1 veterinary practice, double payment
    """Sehr geehrte [[sal|Frau Dr. Albrecht]],

vielen Dank für die Behandlung unseres Katers. Die Rechnung {{@invoice:TA-####/26}} über {{amount|186,40 €}} habe ich überwiesen, leider zweimal. Bitte erstatten Sie den Betrag auf mein Konto [[@iban:DE:group]].

Mit freundlichen Grüßen
[[sig|Sabine Krüger]]
[[address|Lindenstraße 14, 04109 Leipzig]]
Tel. [[@phone:DE:deslash]]""",
    # 2 car leasing, takeover by a successor company
    """Betreff: Leasingvertrag {{@contract:LV-#######}} – Übernahme durch Nachfolgefirma

{{greeting_without_name|Sehr geehrte Damen und Herren}},
die {{cbrand|Schreinerei Vogel GmbH}} (USt-IdNr. [[@ustid:de]]) wird zum {{date|01.01.2027}} von der {{brand|Holzwerk Süd GmbH}} übernommen. Neue Daten:
USt-IdNr.: [[@ustid:desp]]
Bankverbindung für den Lastschrifteinzug: [[@iban:DE:compact]]
Ansprechpartner: [[oth|Herr Markus Vogel]], [[@phone:DE:mintl]]
Mit freundlichen Grüßen
[[sig|M. Vogel]]""",
    # 3 coworking, chat with the team
    """[14:20] Mitglied: Hallo, ich brauche die Rechnung für {{date|November}} auf meine neue Firma
[14:21] Team {{brand|Basecamp Coworking}}: Hi, hier ist [[intro|Jana]]! Wie lautet die USt-IdNr.?
[14:21] Mitglied: [[@ustid:plain]], und abbuchen bitte ab jetzt von [[@iban:DE:lcgroup]]
[14:23] Team: Erledigt, Rechnung {{@invoice:BC-#####}} kommt per Mail.""",
    # 4 funeral director, letter to the son
    """Sehr geehrter [[sal|Herr Lorenz]],

unser aufrichtiges Beileid. Für die Meldungen an Rentenversicherung und Finanzamt benötigen wir noch die Steuer-ID Ihrer verstorbenen Mutter, [[oth|Gertrud Lorenz]]. In Ihrem Schreiben stand:
> Steuer-ID: [[@idnr:sp]]
Die Vorauszahlung von {{amount|2.500 €}} bitte auf unser Konto [[@iban:DE:group]] – oder per Karte, wie telefonisch besprochen ([[@card:group]]).
In stiller Anteilnahme
[[sig|Friedrich Hoffmann]]
{{cbrand|Bestattungen Hoffmann}}""",
    # 5 driving school review, no PII
    """Fahrschule {{brand|Grüne Welle}} in {{city|Dortmund}}: {{quantity|28 Fahrstunden}} à {{amount|65 €}}, Theorie im ersten Anlauf bestanden. Fahrlehrer super, Büro leider oft nicht erreichbar. {{quantity|4 von 5}} Sternen. {{greeting_without_name|Viele Grüße an alle Fahrschüler}}!""",
    # 6 agricultural trader, order
    """Bestellung {{@order:BE-######}}
Kunde: Landwirtschaftsbetrieb [[oth|Johann Brandl]]
Lieferanschrift: [[address|Hofweg 3, 84307 Eggenfelden]]
Artikel: Saatgut Winterweizen {{@product:WW-####}} – {{quantity|2,5 t}}; Kalkammonsalpeter – {{quantity|10 t}}
USt-IdNr. des Kunden: [[@ustid:de]]
Zahlung per SEPA-Lastschrift von [[@iban:DE:group]]
Lieferant: {{cbrand|Landhandel Huber}}""",
    # 7 dental lab, reply with a quote
    """Hallo [[sal|Herr Dr. Weiß]],

die Brücke für Patientenfall {{@num:DL-#####}} ist fertig und geht heute mit {{brand|DHL}} raus (Sendung {{@tracking:00340434#########}}).

> Am {{date|02.12.2026}} schrieb [[oth|Dr. Stefan Weiß]]:
> Bitte diesmal auf die Praxis-GmbH fakturieren, USt-IdNr. [[@ustid:de]]. Die Gutschrift für die Reklamation bitte auf [[@iban:DE:dash]].

Gutschrift ist veranlasst.
[[sig|Petra Schuster]]
{{cbrand|Dentallabor Schuster & Klein}}""",
    # 8 language school, registration
    """Anmeldung Sprachkurs – {{brand|Sprachinstitut Babylon}}
Teilnehmerin: [[oth|Marta Kowalczyk]]
Kurs: Deutsch {{product_code|C1}} Intensiv, {{quantity|8 Wochen}}
Für den Bildungsgutschein: Steuer-ID [[@idnr:sp4]]
Zahlung: Kreditkarte [[@card:dash]]
Handy: [[@phone:DE:mnat]]
E-Mail: [[email|marta.kowalczyk@gmx.de]]""",
    # 9 pharmacy, complaint
    """Guten Tag,
in Ihrer {{brand|Adler-Apotheke}} am {{street_as_brand|Goetheplatz}} wurde mir am {{date|21.11.}} um {{time|18:05 Uhr}} der Betrag von {{amount|47,80 €}} doppelt von der Kreditkarte [[@card:plain]] abgebucht. Beleg-Nr. {{@num:####/##/####}}. Bitte zurück auf [[@iban:DE:compact]].
Danke, [[sig|Ralf Zimmermann]]""",
    # 10 parking operator, objection form
    """Einspruch gegen Vertragsstrafe
Vorgangsnummer: {{@ticket:VS-########}}
Name: [[oth|Yvonne Bauer]]
Anschrift: [[address|Am Stadtpark 9, 90409 Nürnberg]]
E-Mail: [[email|y.bauer@web.de]]
Begründung: Parkschein über die {{brand|EasyPark}}-App um {{time|10:17}} gelöst, bezahlt mit Karte [[@card:group]]. Bitte Rückerstattung der {{amount|30 €}} an
[[@iban:DE:wrap]]""",
    # 11 ski area in Austria, group booking
    """Sehr geehrte [[sal|Frau Mag. Gruber]],

wir bestätigen Ihre Gruppenbuchung {{@order:SB-######}} im {{brand|Skicircus Saalbach}} für {{quantity|14 Personen}} vom {{date|7. bis 11. Februar 2027}}. Die Anzahlung von {{amount|3.920 €}} erbitten wir auf:
[[@iban:AT:group]]
Rechnung an: {{cbrand|Gruber & Partner Steuerberatung}}, UID [[@atu:atu]]
Mit freundlichen Grüßen
{{team_name|Ihr Gruppenreservierungsteam}}""",
    # 12 printing house, forwarded mail
    """---------- Weitergeleitete Nachricht ----------
Von: [[oth|Carina Lehmann]] <[[email|c.lehmann@lehmann-events.de]]>
Betreff: Flyer Sommerfest

Hallo, wir brauchen {{quantity|3.000}} Flyer DIN lang, Motiv {{@product:FL-###}}. Rechnung an {{cbrand|Lehmann Events}}, USt-IdNr. [[@ustid:desp]]. Anzahlung kommt von [[@iban:DE:group]], notfalls per Karte [[@card:dots]].
----------
[[sal|Tobi]], kannst du das bis {{date|Freitag}} drucken? Gruß [[sig|Heike]]""",
    # 13 freight forwarder, transport order with a Czech carrier
    """Transportauftrag {{@order:TA-@@-#####}}
Auftraggeber: {{cbrand|Spedition Hartmann GmbH}}, USt-IdNr. [[@ustid:de]]
Frachtführer: {{cbrand|Autodoprava Novák s.r.o.}}, IČO [[@ico]], DIČ [[@ico:czsame]]
Strecke: {{city|Regensburg}} → {{city|Plzeň}}, {{quantity|13,6 Lademeter}}
Fracht: {{amount|890 €}}, Zahlungsziel {{quantity|30 Tage}}
Bankverbindung Frachtführer: [[@iban:CZ:group]]
Fahrer: [[oth|Pavel Novák]], [[@phone:CZ:intl]]""",
    # 14 notary, preparation of a purchase contract
    """Notariat [[oth|Dr. Clemens Ritter]] – Vorbereitung Grundstückskaufvertrag
Verkäufer: [[oth|Herr Günter Schäfer]], Steuer-ID [[@idnr]]
Käuferin: [[oth|Frau Anna Schäfer-Wolf]], Steuer-ID [[@idnr:sp]]
Kaufpreis: {{amount|385.000 €}}, Beurkundung am {{date|17.12.2026}}, {{time|9:00 Uhr}}
Kaufpreis auf Anderkonto: [[@iban:DE:group]]""",
    # 15 sports club, SMS-style note
    """Hi, hier ist [[intro|Nadine]], Mama von [[oth|Leni]] (U13 Handball). Beitrag {{amount|96 €}} fürs Halbjahr geht per Lastschrift von [[@iban:DE:compact]] ab, oder? Steuer-ID für die Spendenquittung: [[@idnr:sp4]] LG""",
    # 16 removal firm, complaint
    """Beschwerde – Umzug am {{date|14.10.2026}}, Auftrag {{@order:UZ-#####}}

{{greeting_without_name|Sehr geehrte Damen und Herren}},
beim Umzug von {{city|Köln}} nach {{city|Bonn}} wurde unser Sideboard der Marke {{brand|Hülsta}} beschädigt (Reparatur lt. KV {{amount|780 €}}). Bei der Buchung wurde die Anzahlung von meiner Karte [[@card:group]] eingezogen. Ich erwarte Schadensersatz auf mein Konto:
[[@iban:DE:group]]
Kontoinhaber: [[oth|Wolfgang Berger]]
Mit freundlichen Grüßen
[[sig|Wolfgang Berger]]
[[address|Rheinaustraße 61, 53225 Bonn]]""",
    # 17 joinery, invoice block
    """RECHNUNG Nr. {{@invoice:RE-####-@@}}
{{cbrand|Möbelwerkstatt Krause}} · Inh. [[oth|Dieter Krause]]
USt-IdNr.: [[@ustid:de]]
Bankverbindung: [[@iban:DE:group]]
Leistung: Einbauschrank nach Maß, {{quantity|1 Stk.}} – {{amount|4.350,00 €}}
zzgl. {{percent|19 %}} MwSt.""",
    # 18 bike rental, bot then service
    """Bot: Hallo! Ich bin der {{brand|RadPilot}}-Assistent. Worum geht es?
Nutzer: doppelte abbuchung für fahrt {{@order:RP-########}}
Bot: Das tut mir leid. Mit welcher Karte wurde bezahlt?
Nutzer: [[@card:plain]] und bitte die rechnung auf meine firma, ust-id [[@ustid:plain]]
Bot: Danke. Ich leite an das Serviceteam weiter (Ticket {{@ticket:T-#####}}).
Service: Hallo, mein Name ist [[intro|Kevin Schulz]]. Die doppelte Buchung über {{amount|4,90 €}} wird storniert.""",
    # 19 payroll, new employee
    """Hallo [[sal|Frau Winkler]],

anbei die Daten des neuen Mitarbeiters ab {{date|01.01.2027}}:
Name: [[oth|Lukas Hofer]]
Steuer-ID: [[@idnr]]
IBAN: [[@iban:AT:compact]]
Krankenkasse: {{brand|TK}}
Er wohnt noch in {{city|Salzburg}}, daher das österreichische Konto.
Beste Grüße
[[sig|Jens Richter]]
{{job_title|Personalleitung}}""",
    # 20 dog grooming salon, Polish customer
    """Guten Tag, ich bin [[intro|Agnieszka Wróblewska]] und habe letzte Woche im {{brand|Hundesalon Pfötchen}} bezahlt. Leider ging die Zahlung ({{amount|65 €}}) von meinem polnischen Konto [[@iban:PL:compact]] zweimal raus. Für die Rechnung an meine Firma: NIP [[@nip:pl]]. Tel. [[@phone:PL:intl]]""",
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
            rows.append(fill(f"b14-{lang}-{i:02d}", lang, template))
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
    subs = collections.Counter(s for r in rows for s in r["_subs"] if s != "phone")
    print("checksum ids by generator: " + "  ".join(f"{k}={v}" for k, v in sorted(subs.items())))
    for lang in LANGS:
        sc = collections.Counter(s for r in rows if r["lang"] == lang for s in r["_subs"])
        print(f"  {lang}: " + "  ".join(f"{k}={v}" for k, v in sorted(sc.items()) if k != "phone"))
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
