#!/usr/bin/env python3
"""Write data/eval/pii/dev18.jsonl: hand-written PII texts on greetings and sign-offs (development split).

140 short, informal customer texts (20 each in pl, cs, sk, ru, uk, en, de) by a
separate author, each its own hand-written template: web-form and contact-form
messages, chat messages, SMS and WhatsApp/Viber replies, app-store and
marketplace reviews, social-media comments and DMs to a brand, survey
free-text, voicemail transcripts and notes left for a courier. The focus is how
people greet and sign off there: first names only, diminutives and nicknames,
lower case, no diacritics, initials, name + surname initial, names after "-",
"–", "~", "/" or an emoji, names glued after a closing without a comma ("Dík
Pavel", "Danke Jens"), names after "pozdrawiam"/"zdravím"/"LG"/"cheers"/
"спасибо"/"дякую" on the same line, names in brackets, names before a phone
number, name + city or order number on the last line, signing as a relation
("mama Ani", "Oksana, Dmytro's mum"), self-introductions in the first line and
salutations to an agent by first name ("Díky moc, Lucko", "Danke, Herr Yilmaz").

Next to them stand near-misses that must survive redaction: brand, app, bot
and product names (some bots carry a person's first name), places, team names,
closings and greetings without a name ("Pozdrawiam serdecznie", "Danke Team",
"Merci"), months and weekdays, order/invoice/ticket/contract numbers. A few
phones, e-mails and checksum identifiers occur as they come. About 9 items
carry no PII.

Template markup (parsed below, offsets computed from the filled text):

    [[sal|Ewo]]            name, context salutation   (also sig / intro / oth)
    [[email|a@b.pl]]       literal PII of a kind (email, phone, address, ...)
    [[@pesel]]             PII value drawn by a generator (kind from GEN)
    {{city|Kraków}}        literal keep span with its `what`
    {{cbrand|Hartley Joinery}} a company named after a surname: keep, what `brand`
    {{@order:####}}        keep value drawn by a generator (what from KEEP_GEN)

Every identifier gets computed check digits and is validated with python-stdnum
(SNILS and the Polish ID card with the published algorithms, Czech and Slovak
domestic account numbers with the bank-account check), and every written PII
span of a checksum kind is checked once more by its kind, independently of its
generator (id_valid); every phone number passes phonenumbers.is_valid_number.
Numbered near-misses fail every identifier check used here and are not valid
phone numbers of the text's region. Each language must reach the minima in
MINIMA (checked on every run, --check included). The seed of every item is
fixed ("d18:" + its id).

    .venv/bin/python scripts/make_pii_dev18.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_dev18.py --check   # file on disk == output
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
OUT = ROOT / "data" / "eval" / "pii" / "dev18.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
SEED = "d18:"

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
    # 1 contact form of an e-shop, name glued after the closing
    """Formularz kontaktowy – {{brand|SklepLumo}}
Temat: zwrot
Wiadomość: dzień dobry, paczka {{@order:LM-######}} wróciła do was w {{date|poniedziałek}}, kiedy zwrot kasy?
Dzieki [[sig|Marek]]""",
    # 2 SMS to a courier, name before the phone number
    """Prosze zostawic paczke u sasiada pod 12, jestem w pracy do 17. [[sig|Tomasz]] [[@phone:PL:g3]]""",
    # 3 app-store review, closing without a name
    """★★★★☆ Aplikacja {{brand|Kurierek}} działa ok, ale powiadomienia przychodzą z opóźnieniem, czasem dopiero w {{date|piątek}}.
{{greeting_without_name|Pozdrawiam serdecznie}}""",
    # 4 chat, thanks to the agent by title + vocative, lower-case signature
    """Dzięki [[sal|Pani Ewo]]! Kod rabatowy zadziałał, zamówienie {{@order:#######}} już opłacone 🙂 [[sig|kasia]]""",
    # 5 WhatsApp reply, name after "pozdrawiam" on the same line
    """ok to jutro od 8 do 10 bede w domu, domofon 14
pozdrawiam [[sig|Grzesiek]]""",
    # 6 self-introduction in the first line
    """Tu [[intro|Ania]] z 4B 🙂 czy zeszyt ćwiczeń do angielskiego jest jeszcze w {{brand|Księgarni Pod Sową}}? mama kazała zapytać""",
    # 7 signing as a relation
    """Dzień dobry, czy córka może odebrać zamówienie {{@order:ZM/#####}} za mnie w punkcie w {{city|Gdyni}}? Ma dowód osobisty.
mama [[sig|Ani]]""",
    # 8 marketplace review, name in brackets
    """Szybka wysyłka, dobrze zapakowane, polecam sprzedawcę {{brand|DomoweLove}} ([[sig|Bartek]])""",
    # 9 survey free text, initials
    """Ankieta – co możemy poprawić? Odp.: dłuższe godziny infolinii w {{date|soboty}}. [[sig|J.K.]]""",
    # 10 complaint form, name + surname initial after "/"
    """Reklamacja butów {{brand|Trekko Alpin}} rozm. 42 – odkleja się podeszwa po 3 tyg. Proszę o kontakt mailowy: [[email|m.wrobel84@poczta.example.pl]]
/ [[sig|Michał W.]]""",
    # 11 no diacritics, name + order reference on the last line
    """dzien dobry nie dostalem kodu do odbioru, prosze o zwrot na konto [[@iban:PL:nrb]]
[[sig|Lukasz]], zam. {{@order:#########}}""",
    # 12 voicemail transcript
    """[Poczta głosowa, {{date|wtorek}} 14:32] Dzień dobry [[sal|Pani Moniko]], z tej strony [[intro|Halina Dąbrowska]], dzwonię w sprawie licznika, proszę oddzwonić na [[@phone:PL:g3]], dziękuję.""",
    # 13 comment under a brand post, name after "~"
    """@{{brand|PiekarniaZłotyKłos}} a w {{date|niedzielę}} otwarte? 😅 ~[[sig|Ola]]""",
    # 14 DM to a brand, agent's first name
    """Cześć [[sal|Kuba]], jeszcze raz ja – mogę zmienić adres dostawy na [[address|ul. Lipowa 7/3, 31-422 Kraków]]? [[sig|Wiktoria]]""",
    # 15 chatbot with a person's name (a brand), signature after a dash
    """Rozmowa z asystentem {{brand|Zenek}} (bot {{brand|EnergoPlus}}): {{brand|Zenek}} nie rozumie pytania o fakturę {{@invoice:FV/####/##/2026}}. Proszę o konsultanta. {{greeting_without_name|Dziękuję}}
- [[sig|Renata]]""",
    # 16 note for the courier, title abbreviation + first name, phone
    """Kurier: proszę dzwonić domofonem 23, pies nie gryzie 🙂 [[sig|p. Zofia]] [[@phone:PL:g3dash]]""",
    # 17 web form, formal vocative, name + surname initial
    """Witam [[sal|Panie Rafale]], czy karta podarunkowa {{brand|GiftBox}} jest ważna do {{date|grudnia}}?
[[sig|Ewelina K.]]""",
    # 18 marketplace message, diminutive
    """Hej [[sal|Magda]]! Dostałam paczkę, wszystko super, dziękuję i {{greeting_without_name|Wesołych Świąt}}!! [[sig|Baśka]] 🎄""",
    # 19 chat, everything lower case
    """dzieki [[sal|pani agnieszko]] za szybka odpowiedz 👍 — [[sig|robert]]""",
    # 20 web form, greeting-only line, emoji before the name
    """{{greeting_without_name|Szanowni Państwo}},
zamówiłam tort na {{date|sobotę 14 marca}} w {{brand|Cukierni Bezik}}, czy można dopisać napis „Sto lat"? Odbiór w {{city|Toruniu}}.
🌸 [[sig|Justyna]]""",
]

# =========================================================================== cs

ITEMS["cs"] = [
    # 1 contact form, name glued after "Dík"
    """Dobrý den, objednávka {{@order:#########}} pořád nedorazila, na výdejně {{brand|BalíkBox}} o ní nevědí.
Dík [[sig|Pavel]]""",
    # 2 SMS for the courier, nickname before the phone number
    """Nechte to prosím u vrátnice, jsem v práci do 16. [[sig|Honza]] [[@phone:CZ:g3]]""",
    # 3 app-store review, closing without a name
    """Appka {{brand|Jízdenka Plus}} padá při platbě kartou, od {{date|úterý}} nejde koupit nic.
{{greeting_without_name|Zdravím}}""",
    # 4 chat, vocative of the agent's diminutive
    """Díky moc, [[sal|Lucko]], už to funguje! 🙂 [[sig|Petra]]""",
    # 5 WhatsApp, name after "zdravím" on the same line, lower case
    """jo v pohodě, zítra mezi 9-11 jsem doma. zdravím [[sig|Jirka]]""",
    # 6 self-introduction
    """Ahoj, tady [[intro|Verča]] z {{city|Kolína}}, máte ještě mikinu {{brand|Horal Flex}} ve velikosti M? díky""",
    # 7 signing as a relation
    """Dobrý den, syn zapomněl v autobuse batoh, linka 136 v {{date|pátek}} večer. Prosím o info.
táta [[sig|Kubíka]]""",
    # 8 review, name in brackets
    """Skvělá pizza od {{brand|Pizzerie Vesuvio}}, jen příště víc sýra 😄 ([[sig|Marťa]])""",
    # 9 survey, no diacritics, initials
    """Anketa: Co bychom mohli zlepsit? - rychlejsi vraceni penez. Diky. [[sig|M.H.]]""",
    # 10 contact form, nickname after "~"
    """Dá se u vás platit přes {{brand|PayKlik}}? ~ [[sig|Standa]]""",
    # 11 name + order reference on the last line
    """Objednala jsem dva kusy, přišel jeden.
[[sig|Alena Svobodová]], obj. {{@order:E#######}}""",
    # 12 voicemail transcript
    """Hlasová zpráva ({{date|pondělí}} 8:05): Dobrý den, [[sal|paní Novotná]], tady [[intro|Karel Beneš]], volám kvůli té smlouvě, zavolejte mi prosím zpátky na [[@phone:CZ:intl]]. Na shledanou.""",
    # 13 comment under a brand post, name after an em dash
    """{{brand|Kavárna Mlýnek}} máte v {{date|sobotu}} otevřeno? 🙏 — [[sig|Bára]]""",
    # 14 DM, e-mail, name after "díky"
    """Ahoj [[sal|Tomáši]], můžeš mi poslat fakturu na mail [[email|kuba.dvorak77@seznam.example.cz]]? díky [[sig|Kuba]]""",
    # 15 chatbot with a person's name (a brand), name after the closing
    """Chatbot {{brand|Emička}} od {{brand|ČeskáEnergie24}} mi pořád posílá stejný odkaz k faktuře {{@invoice:##########}}. Chci mluvit s člověkem.
{{greeting_without_name|S pozdravem}} [[sig|Vlasta]]""",
    # 16 note for the courier, surname + floor
    """Zvonek nefunguje, klepejte prosím. Díky!
[[sig|Novák]], 3. patro""",
    # 17 web form, formal salutation, title before the name
    """Dobrý den [[sal|pane Vávro]], děkuji za rychlé vyřízení reklamace {{@ticket:RK-######}}.
[[sig|Ing. Zdeněk Malý]]""",
    # 18 marketplace chat, diminutive salutation, lower-case nickname
    """Díky [[sal|Míšo]]!! všechno dorazilo 👌 [[sig|pepa]]""",
    # 19 review, emoji before two names
    """Děkujeme za krásný pobyt v {{brand|Penzion Skalka}}, v {{date|červenci}} zase přijedeme! ❤️ [[sig|Lenka]] a [[sig|Martin]]""",
    # 20 chat with a small business, IČO, name before the phone after "/"
    """Ahoj [[sal|Pavlíno]], IČO na fakturu je [[@ico]], díky!
[[sig|Radek Kučera]] / [[@phone:CZ:g3]]""",
]

# =========================================================================== sk

ITEMS["sk"] = [
    # 1 contact form, nickname after "Vďaka"
    """Dobrý deň, kedy príde objednávka {{@order:SK-######}}? Platila som v {{date|pondelok}}.
Vďaka [[sig|Peťo]]""",
    # 2 SMS for the courier, name before the phone number
    """Balík prosím do schránky alebo k susedke, č. 5. [[sig|Zuzka]] [[@phone:SK:msk0]]""",
    # 3 app-store review, closing without a name
    """Aplikácia {{brand|MojaLekáreň}} je fajn, ale v {{date|nedeľu}} vôbec nešla. Ďakujem, {{greeting_without_name|pekný deň}}""",
    # 4 chat, agent's first name
    """Ďakujem pekne, [[sal|Janka]], ste zlatá! [[sig|Mária]]""",
    # 5 WhatsApp, no diacritics, name after "zdravim"
    """ok budem doma od 16. zdravim [[sig|Maťo]]""",
    # 6 self-introduction
    """Ahoj, som [[intro|Dominika]] z {{city|Prešova}}, máte ešte voľné miesto na kurz {{brand|Joga Lotos}} v {{date|septembri}}?""",
    # 7 signing as a relation, two names
    """Dobrý deň, dcéra je chorá, odhláste jej prosím obed na {{date|piatok}}.
[[sig|Ivana]], mama [[sig|Tomáška]] (2.B)""",
    # 8 review, name + city in brackets
    """Super služba, kuriér bol milý 🙂 ([[sig|Róbert]] zo {{city|Žiliny}})""",
    # 9 survey, initial + surname
    """Dotazník – poznámka: dlhé čakanie na linke {{brand|TeleSlovak}}. [[sig|P. Horváth]]""",
    # 10 chat, no diacritics, name glued after "Dik"
    """aha jasne, uz to vidim v aplikacii. Dik [[sig|Miro]]""",
    # 11 complaint, name + city on the last line
    """Reklamácia topánok {{brand|Kroky}} č. {{@ticket:R-#####}}, podrážka praskla po mesiaci.
[[sig|Katarína Vargová]], {{city|Trnava}}""",
    # 12 voicemail transcript
    """Hlasová správa: Dobrý deň, [[sal|pán Oravec]], tu [[intro|Ondrej Kováč]], volám ohľadom faktúry {{@invoice:FA######}}, zavolajte mi prosím na [[@phone:SK:intl]]. Ďakujem.""",
    # 13 comment under a brand post, name after " - "
    """{{brand|Cukráreň Lienka}} robíte aj bezlepkové torty? 🎂 - [[sig|Simona]]""",
    # 14 DM, e-mail
    """Ahoj [[sal|Tomáš]], pošleš mi potvrdenie na [[email|lenka.baranova@azet.example.sk]]? vďaka, [[sig|Lenka]]""",
    # 15 chatbot named like a person (a brand), closing, initials after it
    """{{brand|Robo Tono}} mi neporozumel. Chcem hovoriť s operátorom, zmluva {{@contract:ZM-########}}.
{{greeting_without_name|S pozdravom}} [[sig|J. M.]]""",
    # 16 note for the courier, name + phone
    """Kuriér, nechajte balík pri dverách, pes je zavretý 🐶 [[sig|Dušan]] [[@phone:SK:msk0slash]]""",
    # 17 web form, formal salutation, title before the signature name
    """Dobrý deň [[sal|pani Kollárová]], ďakujem za vybavenie.
[[sig|MUDr. Eva Šimková]]""",
    # 18 marketplace chat, diminutive, lower case
    """Vďaka [[sal|Miško]]! všetko sedí 👍 [[sig|ferko]]""",
    # 19 review, emoji, two names with "&"
    """Ďakujeme za krásny pobyt v {{brand|Chata pod Chopkom}} 💚 [[sig|Natália]] & [[sig|Marek]]""",
    # 20 B2B chat, IČO and account, name + company after "/"
    """Ahoj [[sal|Veronika]], IČO na faktúru je [[@ico]], platiť budeme z účtu [[@iban:SK:group]].
[[sig|Braňo]] / {{brand|Stolárstvo Drevex}}""",
]

# =========================================================================== ru

ITEMS["ru"] = [
    # 1 contact form, name glued after "Спасибо"
    """Здравствуйте! Заказ № {{@order:########}} так и не пришёл, в {{brand|ПВЗ Быстрый}} говорят, что его нет.
Спасибо [[sig|Олег]]""",
    # 2 SMS for the courier, nickname before the phone number
    """Оставьте, пожалуйста, у консьержа, я на работе. [[sig|Саня]] [[@phone:RU:ru8]]""",
    # 3 app-store review, version, closing without a name
    """Приложение {{brand|ЕдаДом}} после обновления {{version|5.2}} вылетает при оплате. Спасибо, {{greeting_without_name|хорошего дня}}""",
    # 4 chat, agent's first name
    """Спасибо, [[sal|Ирина]]! Всё получилось 🙂 [[sig|Наталья]]""",
    # 5 WhatsApp, lower case, name after "спасибо"
    """ок, завтра с 10 до 12 буду дома. спасибо [[sig|дима]]""",
    # 6 self-introduction
    """Добрый день, меня зовут [[intro|Алина]], я из {{city|Казани}}. Подскажите, кроссовки {{brand|Ветер Про}} 38 размера будут в {{date|мае}}?""",
    # 7 signing as a relation
    """Здравствуйте, сын забыл куртку в раздевалке бассейна {{brand|Волна}} в {{date|среду}}. Не находили?
Мама [[sig|Егора]]""",
    # 8 marketplace review, name in brackets
    """Отличная доставка, курьер вежливый 👍 ([[sig|Вика]])""",
    # 9 survey, initials
    """Опрос: что нам улучшить? — Сделать оплату по QR. [[sig|А.С.]]""",
    # 10 contact form, name after " - "
    """Можно ли вернуть товар без чека? - [[sig|Костя]]""",
    # 11 name + order reference on the last line
    """Пришёл не тот размер, хочу обмен.
[[sig|Светлана Морозова]], заказ {{@order:RU-#######}}""",
    # 12 voicemail transcript, name and patronymic
    """Голосовое сообщение ({{date|понедельник}}, 9:14): Алло, [[sal|Марина Викторовна]], это [[intro|Пётр Ильич]] по поводу ремонта, перезвоните, пожалуйста, [[@phone:RU:ruintl]].""",
    # 13 comment under a brand post, name after "~"
    """{{brand|Пекарня Колосок}}, а по {{date|воскресеньям}} работаете? ~[[sig|Лёша]]""",
    # 14 DM, e-mail
    """Привет, [[sal|Катя]]! скинь счёт на [[email|grisha.volkov@mail.example.ru]] плиз. [[sig|Гриша]]""",
    # 15 chatbot named like a person (a brand), name after the closing
    """{{brand|Тёма}} из чата снова не понял вопрос про тариф {{brand|Домашний 100}}. Нужен оператор.
{{greeting_without_name|С уважением}}, [[sig|Е. Кузнецова]]""",
    # 16 note for the courier, name and patronymic + phone
    """Курьеру: домофон 45, собака добрая 🐕 [[sig|Людмила Петровна]] [[@phone:RU:ru8dash]]""",
    # 17 web form, formal salutation, degree before the name
    """Добрый день, [[sal|Андрей Сергеевич]]! Благодарю за оперативную помощь.
[[sig|к.т.н. Виктор Лебедев]]""",
    # 18 marketplace chat, salutation, Latin-script signature
    """Спасибо [[sal|Оля]]!!! всё пришло ❤️ [[sig|ksenia]]""",
    # 19 social media, brand and month, no name
    """С Новым годом, команда {{brand|ТехноМир}}! {{greeting_without_name|Спасибо}} за скидки в {{date|декабре}} 🎄""",
    # 20 chat with a shop, INN and card, name + surname initial
    """Здравствуйте, [[sal|Денис]]. ИНН для счёта [[@inn]], оплачу с карты [[@card:mirgroup]].
[[sig|Роман Н.]]""",
]

# =========================================================================== uk

ITEMS["uk"] = [
    # 1 contact form, name glued after "Дякую"
    """Добрий день, замовлення № {{@order:#########}} досі не прийшло на відділення {{brand|ШвидкоПошта}}.
Дякую [[sig|Тарас]]""",
    # 2 SMS for the courier, name before the phone number
    """Залиште біля дверей, будь ласка, я на роботі. [[sig|Андрій]] [[@phone:UA:mua0sp]]""",
    # 3 app-store review, closing without a name
    """Застосунок {{brand|МійКвиток}} не показує квитки з {{date|четверга}}. Дякую, {{greeting_without_name|гарного дня}}""",
    # 4 chat, agent's first name in the vocative
    """Дякую, [[sal|Олено]]! Все працює 🙂 [[sig|Софія]]""",
    # 5 Viber reply, lower case, name after "дякую"
    """ок, завтра з 9 до 11 вдома. дякую [[sig|Сашко]]""",
    # 6 self-introduction
    """Привіт, це [[intro|Марічка]] з {{city|Львова}} 😊 у вас ще є світшот {{brand|Карпати Фліс}} розміру S?""",
    # 7 signing as a relation, two names
    """Добрий день, син захворів, прошу зняти його з обідів на {{date|п'ятницю}}.
[[sig|Оксана]], мама [[sig|Дмитрика]] (3-А)""",
    # 8 review, name + city in brackets
    """Дуже смачно, дякуємо {{brand|Піцерії Сонях}}! ([[sig|Ірина]] з {{city|Полтави}})""",
    # 9 survey, initials
    """Опитування: що покращити? — менше рекламних дзвінків. [[sig|В.К.]]""",
    # 10 contact form, name after "/"
    """Чи можна обміняти подарунковий сертифікат {{brand|Книгарня Слово}}? / [[sig|Назар]]""",
    # 11 name + order reference on the last line
    """Прийшов не той колір, хочу обміняти.
[[sig|Галина Ткаченко]], замовлення {{@order:UA######}}""",
    # 12 voicemail transcript
    """Голосове повідомлення ({{date|вівторок}}, 17:40): Добрий день, [[sal|пані Наталю]], це [[intro|Богдан Коваль]], передзвоніть, будь ласка, на [[@phone:UA:intl]].""",
    # 13 comment under a brand post, name after "~"
    """{{brand|Кав'ярня Зерно}}, у {{date|неділю}} працюєте? ~ [[sig|Юля]]""",
    # 14 DM, e-mail
    """Привіт, [[sal|Максе]]! надішли рахунок на [[email|o.melnyk@ukr.example.net]], дякую. [[sig|Остап]]""",
    # 15 chatbot named like a person (a brand), name after the closing
    """Бот {{brand|Помічник Тарасик}} не розуміє питання. Потрібен оператор, договір {{@contract:ДГ-#######}}.
{{greeting_without_name|З повагою}}
[[sig|пан Степан]]""",
    # 16 note for the courier, title + first name, phone
    """Кур'єру: домофон 27, пес не кусається 🐶 [[sig|пані Ганна]] [[@phone:UA:ua0]]""",
    # 17 web form, name + patronymic, title before the signature name
    """Добрий день, [[sal|Ігорю Петровичу]]! Дякую за допомогу з поверненням.
[[sig|д-р Віра Савчук]]""",
    # 18 marketplace chat, Latin-script signature
    """Дякую [[sal|Настя]]!!! все отримала 💛 [[sig|yulia]]""",
    # 19 review, name + city after an en dash
    """Все чудово, рекомендую магазин {{brand|ТепліРечі}} 💙💛 – [[sig|roman]], {{city|Харків}}""",
    # 20 B2B chat, RNOKPP and IBAN, name + surname initial
    """Доброго дня, [[sal|Вікторе]]. РНОКПП для договору [[@rnokpp]], IBAN [[@iban:UA:group]].
[[sig|Лілія М.]]""",
]

# =========================================================================== en

ITEMS["en"] = [
    # 1 contact form, name after "Cheers" on the same line
    """Order {{@order:#######}} still not here, tracking says it's been at the {{brand|ParcelHop}} depot since {{date|Thursday}}. Any update?
Cheers [[sig|Dave]]""",
    # 2 SMS for the courier, name before the phone number
    """Pls leave with no. 12 next door, at work till 6. [[sig|Tom]] [[@phone:GB:mnat]]""",
    # 3 app-store review, closing without a name
    """★★☆☆☆ {{brand|ParcelPal}} keeps logging me out since the {{date|Monday}} update.
{{greeting_without_name|Thanks team}}""",
    # 4 chat, agent's first name
    """Hi [[sal|Kate]], thanks so much, that worked! [[sig|Priya]]""",
    # 5 WhatsApp, lower-case nickname after "ta"
    """yep tmrw 8-10 works. ta [[sig|gaz]]""",
    # 6 self-introduction
    """Hi, [[intro|Megan]] here from {{city|Leeds}} - do you still have the {{brand|Nimbus 2}} trainers in a size 6?""",
    # 7 signing as a relation, two names
    """Hi, my son left his PE kit on the 52 bus on {{date|Friday}}. Any luck?
[[sig|Oksana]], [[sig|Dmytro]]'s mum""",
    # 8 review, name + city in brackets
    """Great service, driver was lovely :) ([[sig|Siobhan]], {{city|Bristol}})""",
    # 9 survey, initials
    """Survey - anything else? - longer opening hours on {{date|Sundays}}. [[sig|R.J.]]""",
    # 10 contact form, short nickname after "~"
    """Do you ship to {{city|Jersey}}? ~[[sig|Fi]]""",
    # 11 name + order reference on the last line
    """Wrong colour arrived, can I swap it?
[[sig|Hannah Clarke]], order {{@order:UK-######}}""",
    # 12 voicemail transcript
    """Voicemail ({{date|Tuesday}} 10:02): Hi [[sal|Ms Patel]], it's [[intro|Gareth Jones]] calling about the boiler service, could you ring me back on [[@phone:GB:intl]]? Cheers.""",
    # 13 comment under a brand post, name after an en dash
    """@{{brand|TheCrumbBakery}} are you open on Easter {{date|Monday}}? 🙏 – [[sig|Becky]]""",
    # 14 DM, e-mail
    """Hey [[sal|Sam]], can you send the invoice to [[email|joe.barker91@mailbox.example.co.uk]]? ta, [[sig|Joe]]""",
    # 15 chatbot named like a person (a brand), name after the closing
    """Your bot {{brand|Max}} keeps sending me the same link about invoice {{@invoice:INV-######}}. Can I talk to a human please?
{{greeting_without_name|Many thanks}}
-- [[sig|Ellie B]]""",
    # 16 note for the courier, title + surname, phone
    """Driver: gate code is on the box, dog is friendly 🐕 [[sig|Mrs Evans]] [[@phone:GB:mintl]]""",
    # 17 web form, title before the salutation name, degree after the signature name
    """Hello [[sal|Dr Okafor]], thanks for sorting the refund so quickly.
[[sig|Liam O'Brien MSc]]""",
    # 18 marketplace chat, lower case, a kiss after the name
    """thank you [[sal|jess]]!! all arrived 😍 [[sig|chloe]] x""",
    # 19 review, emoji, two names with "&"
    """Lovely stay at {{brand|The Willow Inn}}, see you in {{date|August}}! 💛 [[sig|Amira]] & [[sig|Tom]]""",
    # 20 B2B chat, VAT number and IBAN, name glued after "Thanks", company after "/"
    """Hi [[sal|Mark]], our VAT no. is [[@gbvat]] and the account is [[@iban:GB:group]].
Thanks [[sig|Rob]] / {{cbrand|Hartley Joinery}}""",
]

# =========================================================================== de

ITEMS["de"] = [
    # 1 contact form, name glued after "Danke"
    """Bestellung {{@order:#########}} ist immer noch nicht da, laut {{brand|PaketPilot}} seit {{date|Dienstag}} im Zustellfahrzeug.
Danke [[sig|Jens]]""",
    # 2 SMS for the courier, nickname before the phone number
    """Bitte beim Nachbarn Nr. 4 abgeben, bin bis 18 Uhr arbeiten. [[sig|Sascha]] [[@phone:DE:mdeslash]]""",
    # 3 app-store review, closing without a name
    """App {{brand|FahrKarte24}} stürzt seit dem Update im {{date|März}} beim Bezahlen ab.
{{greeting_without_name|Danke Team}}""",
    # 4 chat, title + surname of the agent
    """Danke, [[sal|Herr Yilmaz]], jetzt klappt es! [[sig|Melanie]]""",
    # 5 WhatsApp, name after "LG" on the same line
    """passt, morgen 8-10 bin ich da. LG [[sig|Steffi]]""",
    # 6 self-introduction
    """Hallo, hier ist [[intro|Lukas]] aus {{city|Bremen}}, habt ihr den {{brand|Wanderrucksack Alpin 30}} noch in Grün?""",
    # 7 signing as a relation
    """Hallo, mein Sohn hat seine Jacke bei der {{brand|Schwimmschule Delfin}} am {{date|Mittwoch}} liegen lassen. Ist sie gefunden worden?
Mama von [[sig|Leon]]""",
    # 8 review, name in brackets
    """Super Service, der Fahrer war sehr freundlich :) ([[sig|Anja]])""",
    # 9 survey, initials
    """Umfrage – Sonstiges: längere Hotline-Zeiten am {{date|Samstag}}. [[sig|K.B.]]""",
    # 10 contact form, emoji before the name
    """Liefert ihr auch nach {{city|Rostock}}? 🙂 [[sig|Jule]]""",
    # 11 name + order reference on the last line
    """Falsche Größe geliefert, bitte Umtausch.
[[sig|Sabine Krüger]], Bestellung {{@order:DE-#######}}""",
    # 12 voicemail transcript
    """Mailbox ({{date|Montag}}, 9:12): Guten Tag [[sal|Frau Schulz]], hier spricht [[intro|Dieter Hoffmann]], es geht um die Heizungswartung, bitte rufen Sie mich zurück unter [[@phone:DE:fnat]]. Danke.""",
    # 13 comment under a brand post, name after "~"
    """@{{brand|baeckerei.kornblume}} habt ihr am {{date|Sonntag}} offen? ~ [[sig|Basti]]""",
    # 14 DM, e-mail
    """Hi [[sal|Tim]], schick mir die Rechnung bitte an [[email|m.weber.1988@web.example.de]]. Danke dir, [[sig|Micha]]""",
    # 15 self-introduction, chatbot named like a person (a brand), "Merci" at the end
    """Hier nochmal [[intro|Gabi]]: euer Chatbot {{brand|Hanna}} versteht meine Frage zur Rechnung {{@invoice:RE-######}} nicht. Bitte um Rückruf.
{{greeting_without_name|Merci}}""",
    # 16 note for the courier, family name with "Fam.", phone
    """Paketbote: Klingel geht nicht, bitte klopfen 🐶 [[sig|Fam. Özdemir]] [[@phone:DE:mdedash]]""",
    # 17 web form, titles before both names
    """Sehr geehrte [[sal|Frau Dr. Wagner]], vielen Dank für die schnelle Erstattung.
[[sig|Prof. Dr. Heinz Vogel]]""",
    # 18 marketplace chat, all lower case
    """danke [[sal|nina]]!! alles angekommen 😍 [[sig|lea]]""",
    # 19 social media, team and brand, no name
    """Frohe Weihnachten an das {{team_name|Team Kundenservice}} von {{brand|Stadtwerke Lindental}}! Schöne Grüße aus {{city|Kassel}}""",
    # 20 B2B chat, USt-IdNr. and IBAN, name glued after "Danke", company after "/"
    """Hallo [[sal|Frau Berger]], unsere USt-IdNr. ist [[@ustid]], Konto [[@iban:DE:group]].
Danke [[sig|Jörg]] / {{brand|Tischlerei Holzwerk}}""",
]
# ----------------------------------------------------------------------------- main

CHECKSUM_KINDS = {"card", "iban", "pesel", "birth_number", "national_id", "tax_id"}
NEAR_MISS_WHATS = {"brand", "city", "date", "greeting_without_name", "team_name", "version"}
MINIMA = {
    "signature": 12,
    "salutation": 6,
    "self_intro": 1,
    "near_miss": 8,
    "checksum_id": 1,
    "phone": 2,
    "email": 1,
    "order_or_invoice_keep": 2,
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
            if s["what"] in NEAR_MISS_WHATS:
                c["near_miss"] += 1
    return c


def build() -> list[dict]:
    rows = []
    for lang in LANGS:
        items = ITEMS[lang]
        assert len(items) == 20, (lang, len(items))
        for i, template in enumerate(items, 1):
            rows.append(fill(f"d18-{lang}-{i:02d}", lang, template))
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
    assert 0.60 <= t["name"] / total <= 0.90, t["name"] / total
    keeps = sum(len(r["keep"]) for r in rows)
    assert 1.0 <= keeps / len(rows) <= 5.0, keeps / len(rows)
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
