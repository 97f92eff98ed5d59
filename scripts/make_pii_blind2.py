"""Write data/eval/pii/blind2.jsonl, the second blind split of the PII test set.

Written after the first blind split had been scored once, by a different author, with
new hand-written templates, names, streets, towns, companies and situations
(insurance claims, utility bills, telecom contracts, car service, hotels, clinics,
municipal offices, transport fines, B2B suppliers, card disputes, rented flats,
courier pickups). Never used for tuning.

Templates use two kinds of slots:

- ``{gen}`` / ``{gen:arg}``: a generator (names of a per-item person, phones, ids,
  e-mails, addresses, keep numbers); every value is computed and validated.
- ``<<label|literal>>``: a literal span; ``label`` is a PII kind (``name/other``,
  ``address``, ...) or a keep ``what`` (``brand``, ``date``, ...).

A template starting with ``~`` has its diacritics stripped, one starting with ``^``
is lowercased (both keep every offset). Identifiers get their check digits and are
validated with python-stdnum (SNILS and the Polish ID card with the published
algorithms), phones with ``phonenumbers.is_valid_number`` for their region, and
every keep number is checked to fail all of those checksums and not to be a valid
phone number of the text's region.

    .venv/bin/python scripts/make_pii_blind2.py          # writes the file, prints counts
    .venv/bin/python scripts/make_pii_blind2.py --check  # file on disk == what it writes
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.cz import dic as cz_dic
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr as de_idnr
from stdnum.de import vat as de_vat
from stdnum.eu import vat as eu_vat
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

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "data" / "eval" / "pii" / "blind2.jsonl"
LANGS = ("pl", "cs", "sk", "ru", "uk", "en", "de")
PER_LANG = 40
SEED = 20_2502
PII_KINDS = (
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
)
KEEP_WHATS = (
    "order_number",
    "invoice_number",
    "ticket_number",
    "tracking_number",
    "date",
    "amount",
    "time",
    "product_code",
    "quantity",
    "url",
    "city",
    "brand",
    "greeting_without_name",
    "invalid_checksum_number",
    "version",
    "percent",
    "street_as_brand",
)
NAME_CONTEXTS = ("salutation", "signature", "self_intro", "other")
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
PHONE_REGIONS = ("PL", "CZ", "SK", "RU", "UA", "DE", "GB", "US")


# ---------------------------------------------------------------------------
# Checksums
# ---------------------------------------------------------------------------


def snils_valid(value: str) -> bool:
    d = re.sub(r"[\s-]", "", value)
    if not re.fullmatch(r"\d{11}", d) or int(d[:9]) <= 1001998:
        return False
    s = sum(int(c) * (9 - i) for i, c in enumerate(d[:9]))
    while s > 101:
        s %= 101
    check = 0 if s in (100, 101) else s
    return int(d[9:]) == check


def _letter_value(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def pl_idcard_valid(value: str) -> bool:
    v = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{3}\d{6}", v):
        return False
    weights = (7, 3, 1, 0, 7, 3, 1, 7, 3)
    s = sum(_letter_value(c) * w for c, w in zip(v, weights, strict=True))
    return s % 10 == int(v[3])


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def checksum_hits(value: str) -> list[str]:
    """Names of the identifier checksums the value (or its digits) passes."""
    d = _digits(value)
    compact = re.sub(r"[\s./-]", "", value).upper()
    hits = []
    checks = [
        ("pesel", pl_pesel.is_valid, d),
        ("nip", pl_nip.is_valid, d),
        ("regon", pl_regon.is_valid, d),
        ("rc", cz_rc.is_valid, d),
        ("sk_rc", sk_rc.is_valid, d),
        ("cz_dic", cz_dic.is_valid, d),
        ("sk_dph", sk_dph.is_valid, "SK" + d),
        ("idnr", de_idnr.is_valid, d),
        ("de_vat", de_vat.is_valid, "DE" + d),
        ("inn", ru_inn.is_valid, d),
        ("ogrn", ru_ogrn.is_valid, d),
        ("edrpou", ua_edrpou.is_valid, d),
        ("rntrc", ua_rntrc.is_valid, d),
        ("gb_vat", gb_vat.is_valid, d),
        ("snils", snils_valid, d),
        ("iban", std_iban.is_valid, compact),
        ("iban_pl", std_iban.is_valid, "PL" + d if len(d) == 26 else ""),
        ("eu_vat", eu_vat.is_valid, compact),
        ("pl_idcard", pl_idcard_valid, compact),
    ]
    for name, fn, arg in checks:
        if arg and fn(arg):
            hits.append(name)
    if 13 <= len(d) <= 19 and luhn.is_valid(d):
        hits.append("luhn")
    return hits


KIND_CHECKS = {
    "card": lambda v: 13 <= len(_digits(v)) <= 19 and luhn.is_valid(_digits(v)),
    "iban": lambda v: bool({"iban", "iban_pl"} & set(checksum_hits(v))),
    "pesel": lambda v: pl_pesel.is_valid(_digits(v)),
    "birth_number": lambda v: cz_rc.is_valid(v.replace(" ", "")),
    "national_id": lambda v: bool(
        {"idnr", "rntrc", "snils", "pl_idcard"} & set(checksum_hits(v))
        or (len(_digits(v)) == 12 and ru_inn.is_valid(_digits(v)))
    ),
    "tax_id": lambda v: bool(
        {"nip", "regon", "cz_dic", "sk_dph", "de_vat", "ogrn", "edrpou", "gb_vat", "eu_vat"}
        & set(checksum_hits(v))
        or (len(_digits(v)) == 10 and ru_inn.is_valid(_digits(v)))
    ),
}


def phone_valid(value: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value, region))
    except phonenumbers.NumberParseException:
        return False


def keep_regions(lang: str) -> tuple[str, ...]:
    return ("GB", "US") if lang == "en" else (REGION[lang],)


def bad_keep(value: str, lang: str) -> list[str]:
    """Why a keep value would be a wrong near-miss (passes a checksum or is a phone)."""
    problems = checksum_hits(value)
    d = _digits(value)
    if len(d) >= 7:
        for region in keep_regions(lang):
            if phone_valid(value, region) or phone_valid(d, region):
                problems.append("phone:" + region)
    return problems


# ---------------------------------------------------------------------------
# Identifier generators (check digits computed, then validated)
# ---------------------------------------------------------------------------


def _rd(rng: random.Random, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def _complete(rng: random.Random, make, ok, tries: int = 2000) -> str:
    for _ in range(tries):
        base = make()
        for c in rng.sample(string.digits, 10):
            if ok(base + c):
                return base + c
    raise RuntimeError("no valid number")


def _group(s: str, sizes, sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def gen_card(rng, arg=""):
    prefix = rng.choice(["4", "4", "51", "53", "55", "2221"])
    num = _complete(rng, lambda: prefix + _rd(rng, 15 - len(prefix)), luhn.is_valid)
    style = arg or rng.choice(["space", "space", "plain", "dash"])
    if style == "plain":
        return num
    return _group(num, (4, 4, 4, 4), " " if style == "space" else "-")


IBAN_BBAN = {
    "PL": lambda rng: _rd(rng, 8, "1") + _rd(rng, 16),
    "CZ": lambda rng: (
        rng.choice(["0800", "0100", "0300", "2010", "5500", "0600"])
        + "000000"
        + _rd(rng, 10, "123456789")
    ),
    "SK": lambda rng: (
        rng.choice(["0900", "1100", "0200", "7500", "5600"]) + "000000" + _rd(rng, 10, "123456789")
    ),
    "DE": lambda rng: _rd(rng, 8, "1234567") + _rd(rng, 10),
    "UA": lambda rng: _rd(rng, 6, "3") + "0000" + _rd(rng, 15, "2"),
    "GB": lambda rng: rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + _rd(rng, 14),
}


def gen_iban(rng, arg="PL"):
    cc, _, style = arg.partition(".")
    for _ in range(500):
        bban = IBAN_BBAN[cc](rng)
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        check = 98 - int(num) % 97
        value = f"{cc}{check:02d}{bban}"
        if std_iban.is_valid(value):
            break
    else:
        raise RuntimeError(cc)
    style = style or rng.choice(["group", "group", "plain"])
    if style == "nrb":
        return _group(value[2:], (2, 4, 4, 4, 4, 4, 4))
    if style == "nrbplain":
        return value[2:]
    return _group(value, [4] * 8) if style == "group" else value


def gen_pesel(rng, arg=""):
    def make():
        y = rng.randint(1950, 2005)
        m = rng.randint(1, 12) + (20 if y >= 2000 else 0)
        d = rng.randint(1, 28)
        return f"{y % 100:02d}{m:02d}{d:02d}" + _rd(rng, 4)

    return _complete(rng, make, pl_pesel.is_valid)


def gen_rc(rng, arg=""):
    def make():
        y = rng.randint(1955, 1999)
        m = rng.randint(1, 12) + rng.choice([0, 50])
        d = rng.randint(1, 28)
        return f"{y % 100:02d}{m:02d}{d:02d}" + _rd(rng, 3)

    num = _complete(rng, make, lambda v: cz_rc.is_valid(v) and int(v) % 11 == 0)
    style = arg or rng.choice(["slash", "slash", "plain"])
    return num[:6] + "/" + num[6:] if style == "slash" else num


def gen_steuerid(rng, arg=""):
    num = _complete(rng, lambda: _rd(rng, 10, "123456789"), de_idnr.is_valid, 20000)
    style = arg or rng.choice(["a", "b", "c", "d"])
    return {
        "a": num,
        "b": _group(num, (2, 3, 3, 3)),
        "c": _group(num, (3, 3, 3, 2)),
        "d": _group(num, (2, 3, 3, 3), "/"),
    }[style]


def gen_rnokpp(rng, arg=""):
    return _complete(rng, lambda: _rd(rng, 9, "123"), ua_rntrc.is_valid)


def gen_snils(rng, arg=""):
    for _ in range(1000):
        base = _rd(rng, 9, "1234")
        for c in range(100):
            v = f"{base}{c:02d}"
            if snils_valid(v):
                break
        else:
            continue
        break
    style = arg or rng.choice(["dash", "plain"])
    return f"{v[:3]}-{v[3:6]}-{v[6:9]} {v[9:]}" if style == "dash" else v


def _inn12(rng):
    for _ in range(1000):
        base = rng.choice(["77", "50", "66", "78", "16", "54"]) + _rd(rng, 8)
        for a in string.digits:
            for b in string.digits:
                if ru_inn.is_valid(base + a + b):
                    return base + a + b
    raise RuntimeError("inn12")


def gen_inn10(rng, arg=""):
    return _complete(
        rng, lambda: rng.choice(["77", "78", "50", "66", "63"]) + _rd(rng, 7), ru_inn.is_valid
    )


def gen_ogrn(rng, arg=""):
    return _complete(
        rng, lambda: rng.choice(["102", "103", "115", "117", "120"]) + _rd(rng, 9), ru_ogrn.is_valid
    )


def gen_edrpou(rng, arg=""):
    return _complete(rng, lambda: _rd(rng, 7, "123434"), ua_edrpou.is_valid)


def gen_idcard(rng, arg=""):
    weights = (7, 3, 1, 7, 3, 1, 7, 3)
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(3))
    digits = _rd(rng, 5)
    body = letters + digits
    s = sum(_letter_value(c) * w for c, w in zip(body, weights, strict=True))
    value = letters + str(s % 10) + digits
    assert pl_idcard_valid(value)
    return value if arg != "space" else value[:3] + " " + value[3:]


def gen_nip(rng, arg=""):
    num = _complete(rng, lambda: _rd(rng, 3, "123456789") + _rd(rng, 6), pl_nip.is_valid)
    style = arg or rng.choice(["a", "b", "c", "d"])
    return {
        "a": _group(num, (3, 3, 2, 2), "-"),
        "b": _group(num, (3, 2, 2, 3), "-"),
        "c": num,
        "d": "PL" + num,
        "e": _group(num, (3, 3, 2, 2)),
    }[style]


def gen_regon9(rng, arg=""):
    return _complete(rng, lambda: _rd(rng, 8, "1234567"), pl_regon.is_valid)


def gen_regon14(rng, arg=""):
    r9 = gen_regon9(rng)
    return _complete(rng, lambda: r9 + _rd(rng, 4), pl_regon.is_valid)


def gen_ico(rng, arg=""):
    return _complete(rng, lambda: _rd(rng, 7, "0124567"), cz_dic.is_valid)


def gen_dic_cz(rng, arg=""):
    return "CZ" + gen_ico(rng)


def _sk10(rng):
    for _ in range(1000):
        base = rng.choice("12") + "0" + rng.choice("2347") + _rd(rng, 7)
        n = int(base)
        v = str(n - n % 11)
        if len(v) == 10 and sk_dph.is_valid("SK" + v):
            return v
    raise RuntimeError("sk")


def gen_dic_sk(rng, arg=""):
    return _sk10(rng)


def gen_icdph(rng, arg=""):
    v = "SK" + _sk10(rng)
    return v if arg != "space" else v[:2] + " " + v[2:]


def gen_ustid(rng, arg=""):
    v = _complete(rng, lambda: "DE" + _rd(rng, 8, "123456789"), de_vat.is_valid)
    return v if arg != "space" else "DE " + _group(v[2:], (3, 3, 3))


def gen_gbvat(rng, arg=""):
    for _ in range(1000):
        base = _rd(rng, 7, "123456789")
        for c in range(100):
            if gb_vat.is_valid(f"{base}{c:02d}"):
                v = f"{base}{c:02d}"
                return "GB " + _group(v, (3, 4, 2)) if arg != "plain" else "GB" + v
    raise RuntimeError("gbvat")


def gen_euvat(rng, arg="PL"):
    if arg == "CZ":
        return gen_dic_cz(rng)
    if arg == "SK":
        return gen_icdph(rng)
    if arg == "DE":
        return gen_ustid(rng)
    if arg == "GB":
        return gen_gbvat(rng, "plain")
    return "PL" + gen_nip(rng, "c")


ID_GENERATORS = {
    "card": ("card", gen_card),
    "iban": ("iban", gen_iban),
    "pesel": ("pesel", gen_pesel),
    "rc": ("birth_number", gen_rc),
    "steuerid": ("national_id", gen_steuerid),
    "rnokpp": ("national_id", gen_rnokpp),
    "snils": ("national_id", gen_snils),
    "inn12": ("national_id", lambda rng, arg="": _inn12(rng)),
    "idcard": ("national_id", gen_idcard),
    "nip": ("tax_id", gen_nip),
    "regon9": ("tax_id", gen_regon9),
    "regon14": ("tax_id", gen_regon14),
    "ico": ("tax_id", gen_ico),
    "diccz": ("tax_id", gen_dic_cz),
    "dicsk": ("tax_id", gen_dic_sk),
    "icdph": ("tax_id", gen_icdph),
    "ustid": ("tax_id", gen_ustid),
    "inn10": ("tax_id", gen_inn10),
    "ogrn": ("tax_id", gen_ogrn),
    "edrpou": ("tax_id", gen_edrpou),
    "gbvat": ("tax_id", gen_gbvat),
    "euvat": ("tax_id", gen_euvat),
}


# ---------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------

# national significant numbers: (type, prefixes, length)
PHONE_NSN = {
    "PL": {
        "m": (["501", "512", "533", "577", "602", "664", "691", "724", "787", "795", "883"], 9),
        "l": (["12", "22", "58", "81", "52", "61"], 9),
    },
    "CZ": {
        "m": (["603", "608", "704", "721", "732", "776", "792"], 9),
        "l": (["224", "541", "377", "485", "596"], 9),
    },
    "SK": {"m": (["903", "905", "911", "915", "944", "948", "950"], 9), "l": (["2"], 9)},
    "RU": {
        "m": (["916", "903", "925", "985", "912", "921", "962"], 10),
        "l": (["495", "812", "343", "843"], 10),
    },
    "UA": {
        "m": (["50", "63", "66", "67", "68", "73", "93", "97", "98"], 9),
        "l": (["44", "32"], 9),
    },
    "DE": {"m": (["151", "160", "170", "172", "176", "179"], 10), "l": (["30", "40", "89"], 10)},
    "GB": {"m": (["7723", "7812", "7956", "7403", "7588"], 10), "l": (["20", "29"], 10)},
    "US": {"m": (["415", "312", "617", "206", "512"], 10), "l": (["212", "303"], 10)},
}
# patterns over the national significant number (X = one digit); i/n/b = international,
# national with separators, bare digits (mobile only)
PHONE_FORMATS = {
    "PL": {
        "m": [
            ("i", "+48 XXX XXX XXX"),
            ("i", "0048 XXX XXX XXX"),
            ("i", "+48XXXXXXXXX"),
            ("n", "XXX-XXX-XXX"),
            ("n", "XXX XXX XXX"),
            ("b", "XXXXXXXXX"),
        ],
        "l": [("n", "XX XXX XX XX"), ("n", "(XX) XXX-XX-XX"), ("i", "+48 XX XXX XX XX")],
    },
    "CZ": {
        "m": [
            ("i", "+420 XXX XXX XXX"),
            ("i", "00420 XXXXXXXXX"),
            ("i", "+420XXXXXXXXX"),
            ("n", "XXX XXX XXX"),
            ("b", "XXXXXXXXX"),
        ],
        "l": [("n", "XXX XXX XXX"), ("i", "+420 XXX XXX XXX")],
    },
    "SK": {
        "m": [
            ("i", "+421 XXX XXX XXX"),
            ("i", "00421 XXX XXX XXX"),
            ("n", "0XXX XXX XXX"),
            ("n", "0XXX/XXX XXX"),
            ("b", "0XXXXXXXXX"),
        ],
        "l": [("n", "0X/XXXX XXXX"), ("i", "+421 X XXXX XXXX")],
    },
    "RU": {
        "m": [
            ("i", "+7 (XXX) XXX-XX-XX"),
            ("i", "+7 XXX XXX-XX-XX"),
            ("i", "+7XXXXXXXXXX"),
            ("n", "8 XXX XXX XX XX"),
            ("n", "8 (XXX) XXX-XX-XX"),
            ("b", "8XXXXXXXXXX"),
        ],
        "l": [("n", "8 (XXX) XXX-XX-XX"), ("i", "+7 (XXX) XXX-XX-XX")],
    },
    "UA": {
        "m": [
            ("i", "+380 XX XXX XX XX"),
            ("i", "+38 (0XX) XXX-XX-XX"),
            ("i", "+380XXXXXXXXX"),
            ("n", "0XX XXX XX XX"),
            ("n", "(0XX) XXX-XX-XX"),
            ("b", "0XXXXXXXXX"),
        ],
        "l": [("n", "(0XX) XXX-XX-XX"), ("i", "+380 XX XXX XX XX")],
    },
    "DE": {
        "m": [
            ("i", "+49 XXX XXXXXXX"),
            ("i", "+49 (0)XXX XXXXXXX"),
            ("i", "0049 XXX XXXXXXX"),
            ("n", "0XXX XXXXXXX"),
            ("n", "0XXX/XXXXXXX"),
            ("n", "0XXX-XXX XX XX"),
            ("b", "0XXXXXXXXXX"),
        ],
        "l": [
            ("n", "0XX XXXXXXXX"),
            ("n", "0XX / XXXX XXXX"),
            ("i", "+49 (0)XX XXXX XXXX"),
            ("i", "+49 XX XXXXXXXX"),
        ],
    },
    "GB": {
        "m": [
            ("i", "+44 XXXX XXXXXX"),
            ("i", "+44 (0)XXXX XXXXXX"),
            ("n", "0XXXX XXXXXX"),
            ("n", "0XXXX XXX XXX"),
            ("b", "0XXXXXXXXXX"),
        ],
        "l": [("n", "0XX XXXX XXXX"), ("i", "+44 XX XXXX XXXX")],
    },
    "US": {
        "m": [
            ("n", "(XXX) XXX-XXXX"),
            ("i", "+1 XXX XXX XXXX"),
            ("n", "XXX-XXX-XXXX"),
            ("i", "+1-XXX-XXX-XXXX"),
        ],
        "l": [("n", "(XXX) XXX-XXXX"), ("i", "+1 XXX-XXX-XXXX")],
    },
}


def gen_phone(rng, arg="", lang="pl"):
    """``arg``: ``REGION`` and/or style (``i``, ``n``, ``b``, ``l`` for landline), e.g. ``DE.l``."""
    parts = arg.split(".") if arg else []
    region = next((p for p in parts if p in PHONE_NSN), REGION[lang])
    style = next((p for p in parts if p in ("i", "n", "b", "l")), "")
    kind = "l" if style == "l" else "m"
    formats = PHONE_FORMATS[region][kind]
    if style in ("i", "n", "b"):
        formats = [f for f in formats if f[0] == style]
    elif not style:
        formats = [f for f in formats if f[0] != "b"]
    _, pattern = rng.choice(formats)
    prefixes, length = PHONE_NSN[region][kind]
    for _ in range(2000):
        pre = rng.choice(prefixes)
        nsn = pre + _rd(rng, length - len(pre), "23456789")
        if region in ("PL", "CZ", "SK") and kind == "l":
            nsn = pre + _rd(rng, length - len(pre), "2345678")
        it = iter(nsn)
        value = "".join(next(it) if ch == "X" else ch for ch in pattern)
        if phone_valid(value, region):
            return value
    raise RuntimeError(f"phone {region} {pattern}")


# ---------------------------------------------------------------------------
# Keep numbers
# ---------------------------------------------------------------------------


def gen_keep(rng, pattern, lang):
    """``#`` digit, ``@`` capital letter, ``%`` lowercase letter or digit; rest literal."""
    for _ in range(2000):
        value = "".join(
            rng.choice(string.digits)
            if ch == "#"
            else rng.choice("ABCDEFGHJKLMNPRSTUVWXZ")
            if ch == "@"
            else rng.choice("abcdefghjkmnpqrstuvwxyz23456789")
            if ch == "%"
            else ch
            for ch in pattern
        )
        if not bad_keep(value, lang):
            return value
    raise RuntimeError(pattern)


def gen_token(rng, n=32):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def gen_urltok(rng, arg):
    base = "https://" + arg
    style = rng.choice(["token", "sid", "path", "code", "session"])
    tok = gen_token(rng, rng.choice([24, 32, 40]))
    if style == "token":
        return f"{base}?token={tok}"
    if style == "sid":
        return f"{base}?sid={tok}&lang=1"
    if style == "path":
        return f"{base}/{tok}"
    if style == "code":
        return f"{base}?uid={rng.randint(10000, 99999)}&code={tok}"
    return f"{base};jsessionid={tok.upper()}"


# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------

DEACC = {"ł": "l", "Ł": "L", "ß": "s", "đ": "d", "ø": "o"}


def deacc_char(ch: str) -> str:
    if ch in DEACC:
        return DEACC[ch]
    base = unicodedata.normalize("NFKD", ch)[0]
    return base if base.isascii() else ch


def deaccent(text: str) -> str:
    return "".join(deacc_char(c) for c in text)


CYR = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "_",
            "y",
            "_",
            "e",
            "yu",
            "ya",
            "i",
            "ye",
            "yi",
            "g",
        ],
        strict=True,
    )
)


def ascii_name(s: str) -> str:
    out = []
    for c in s.lower():
        if c in CYR:
            out.append(CYR[c].replace("_", ""))
        else:
            out.append(deacc_char(c))
    return re.sub(r"[^a-z]", "", "".join(out))


# ---------------------------------------------------------------------------
# People, addresses, e-mails
# ---------------------------------------------------------------------------


def make_person(lang: str, rng: random.Random, gender: str) -> dict:
    d = DATA[lang]
    first = rng.choice(d["male" if gender == "m" else "female"])
    sur = rng.choice(d["surnames"])
    p: dict = {}
    if lang == "pl":
        p["first"], p["fvoc"], p["finst"] = first
        p["sur"] = sur[0] if gender == "m" else sur[1]
    elif lang == "cs":
        p["first"], p["fvoc"] = first
        p["sur"], p["svoc"] = (sur[0], sur[1]) if gender == "m" else (sur[2], sur[2])
    elif lang == "sk":
        p["first"] = first
        p["sur"] = sur[0] if gender == "m" else sur[1]
    elif lang == "ru":
        p["first"] = first
        pat = rng.choice(d["patronymics"])
        p["pat"] = pat[0] if gender == "m" else pat[1]
        p["sur"] = sur[0] if gender == "m" else sur[1]
    elif lang == "uk":
        p["first"], p["fvoc"] = first
        pat = rng.choice(d["patronymics"])
        p["pat"], p["patvoc"] = (pat[0], pat[1]) if gender == "m" else (pat[2], pat[3])
        p["sur"] = sur[0] if gender == "m" else sur[1]
    else:
        p["first"] = first
        p["sur"] = sur
    p.setdefault("fvoc", p["first"])
    p.setdefault("svoc", p["sur"])
    p["full"] = f"{p['first']} {p['sur']}"
    p["init"] = f"{p['first'][0]}. {p['sur']}"
    if "pat" in p:
        p["fp"] = f"{p['first']} {p['pat']}"
        p["fullp"] = f"{p['sur']} {p['first']} {p['pat']}"
        p["init"] = f"{p['first'][0]}. {p['pat'][0]}. {p['sur']}"
        if "patvoc" in p:
            p["fpvoc"] = f"{p['fvoc']} {p['patvoc']}"
    p["upper"] = f"{p['sur'].upper()} {p['first']}"
    return p


def person(state: dict, lang: str, rng: random.Random, pid: str) -> dict:
    if pid not in state:
        used = {q["sur"] for k, q in state.items() if isinstance(q, dict) and "sur" in q}
        for _ in range(50):
            p = make_person(lang, rng, pid[0])
            if p["sur"] not in used:
                break
        state[pid] = p
    return state[pid]


def gen_email(state, lang, rng, arg):
    pid, _, domain = arg.partition("@")
    p = person(state, lang, rng, pid or "m")
    f, s = ascii_name(p["first"]), ascii_name(p["sur"])
    local = rng.choice(
        [
            f"{f}.{s}",
            f"{f[0]}.{s}",
            f"{f}{s}{rng.randint(60, 99)}",
            f"{s}.{f}",
            f"{f}_{s}",
            f"{s}{f[0]}",
        ]
    )
    if domain:
        local = rng.choice([f"{f}.{s}", f"{f[0]}.{s}", f"{f[0]}{s}"])
    return f"{local}@{domain or rng.choice(DATA[lang]['domains'])}"


def _fill(rng, pattern):
    return "".join(
        rng.choice(string.digits)
        if c == "#"
        else rng.choice("ABDEFGHJLNPQRSTUWXYZ")
        if c == "@"
        else c
        for c in pattern
    )


def address(state, lang, rng):
    if "addr" not in state:
        d = DATA[lang]
        street = rng.choice(d["streets"])
        num = str(rng.randint(2, 120))
        if rng.random() < 0.3:
            num += rng.choice("abc")
        flat = str(rng.randint(1, 60)) if rng.random() < 0.55 else ""
        city, pc = rng.choice(d["towns"])
        state["addr"] = (street, num, flat, city, _fill(rng, pc))
    return state["addr"]


def fmt_street(lang, street, num, flat):
    if lang == "pl":
        return f"{street} {num}" + (f"/{flat}" if flat else "")
    if lang in ("cs", "sk"):
        return f"{street} {num}" + (f"/{flat}" if flat and lang == "cs" else "")
    if lang == "ru":
        return f"{street}, д. {num}" + (f", кв. {flat}" if flat else "")
    if lang == "uk":
        return f"{street}, {num}" + (f", кв. {flat}" if flat else "")
    if lang == "en":
        return (f"Flat {flat}, " if flat else "") + f"{num} {street}"
    return f"{street} {num}"


def fmt_pcity(lang, city, pc):
    if lang == "ru":
        return f"{pc}, г. {city}"
    if lang == "uk":
        return f"м. {city}, {pc}"
    if lang == "en":
        return f"{city} {pc}"
    return f"{pc} {city}"


def gen_address(state, lang, rng, form):
    street, num, flat, city, pc = address(state, lang, rng)
    st = fmt_street(lang, street, num, flat)
    pcity = fmt_pcity(lang, city, pc)
    if form == "street":
        return st
    if form == "pcity":
        return pcity
    if form == "pc":
        return pc
    if lang == "ru":
        return f"{pc}, г. {city}, {st}" if form == "addr" else f"{st}\n{pc}, г. {city}"
    sep = ", " if form == "addr" else "\n"
    return f"{st}{sep}{pcity}"


# ---------------------------------------------------------------------------
# Keep values in the language's format
# ---------------------------------------------------------------------------


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def gen_amount(rng, lang, arg=""):
    n = rng.choice([rng.randint(12, 99), rng.randint(100, 990), rng.randint(1000, 14000)])
    cents = rng.choice([0, 0, 50, 99, rng.randint(1, 98)])
    nb = "\u00a0"
    if lang == "pl":
        return f"{_thousands(n, ' ')},{cents:02d} zł"
    if lang == "cs":
        return f"{_thousands(n, ' ')} Kč" if not cents else f"{_thousands(n, ' ')},{cents:02d} Kč"
    if lang == "sk":
        return f"{_thousands(n, ' ')},{cents:02d} €"
    if lang == "ru":
        return f"{_thousands(n, ' ')} руб." if rng.random() < 0.5 else f"{_thousands(n, nb)} ₽"
    if lang == "uk":
        return f"{_thousands(n, ' ')} грн" if not cents else f"{_thousands(n, ' ')},{cents:02d} грн"
    if lang == "en":
        cur = "$" if arg == "US" else "£"
        return f"{cur}{_thousands(n, ',')}.{cents:02d}"
    return (
        f"{_thousands(n, '.')},{cents:02d} €"
        if rng.random() < 0.6
        else f"EUR {_thousands(n, '.')},{cents:02d}"
    )


def gen_date(rng, lang, arg=""):
    y = rng.choice([2024, 2025])
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    if lang == "cs":
        return f"{d}. {m}. {y}"
    if lang == "sk":
        return f"{d}.{m}.{y}" if rng.random() < 0.5 else f"{d:02d}.{m:02d}.{y}"
    if lang == "en":
        return f"{d:02d}/{m:02d}/{y}" if rng.random() < 0.6 else f"{y}-{m:02d}-{d:02d}"
    if lang == "pl" and rng.random() < 0.3:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d:02d}.{m:02d}.{y}"


def gen_time(rng, lang, arg=""):
    return f"{rng.randint(7, 19)}:{rng.choice(['00', '15', '30', '45', '10', '50'])}"


# ---------------------------------------------------------------------------
# Template rendering
# ---------------------------------------------------------------------------

SLOT = re.compile(r"\{(\w+)(?::([^{}]*))?\}|<<([\w/]+)\|(.*?)>>", re.S)
NAME_FORMS = {
    "first",
    "fvoc",
    "finst",
    "sur",
    "svoc",
    "full",
    "fp",
    "fpvoc",
    "fullp",
    "init",
    "pat",
    "upper",
}


def render(template: str, lang: str, rng: random.Random) -> tuple[str, list, list]:
    transform = None
    if template[:1] in "~^":
        transform, template = template[0], template[1:]
    state: dict = {}
    parts: list[str] = []
    pii: list[dict] = []
    keep: list[dict] = []
    pos = 0
    last = 0

    def add(value: str, label):
        nonlocal pos
        start = pos
        parts.append(value)
        pos += len(value)
        if label is None:
            return
        if label[0] == "pii":
            sp = {"start": start, "end": pos, "kind": label[1]}
            if label[1] == "name":
                sp["context"] = label[2]
            pii.append(sp)
        else:
            keep.append({"start": start, "end": pos, "what": label[1]})

    for m in SLOT.finditer(template):
        add(template[last : m.start()], None)
        last = m.end()
        if m.group(3):
            label, value = m.group(3), m.group(4)
            kind, _, ctx = label.partition("/")
            if kind in PII_KINDS:
                add(value, ("pii", kind, ctx or None))
            elif kind in KEEP_WHATS:
                add(value, ("keep", kind))
            else:
                raise ValueError(f"label {label!r}")
            continue
        gen, arg = m.group(1), m.group(2) or ""
        if gen in NAME_FORMS:
            ctx, _, pid = arg.partition(".")
            p = person(state, lang, rng, pid or "m")
            add(p[gen], ("pii", "name", ctx))
        elif gen == "email":
            add(gen_email(state, lang, rng, arg), ("pii", "email"))
        elif gen == "phone":
            add(gen_phone(rng, arg, lang), ("pii", "phone"))
        elif gen in ID_GENERATORS:
            kind, fn = ID_GENERATORS[gen]
            add(fn(rng, arg) if arg else fn(rng), ("pii", kind))
        elif gen in ("street", "pcity", "addr", "addr2", "pc"):
            add(gen_address(state, lang, rng, gen), ("pii", "address"))
        elif gen == "urltok":
            add(gen_urltok(rng, arg), ("pii", "url_token"))
        elif gen == "k":
            what, _, pattern = arg.partition(":")
            assert what in KEEP_WHATS, what
            add(gen_keep(rng, pattern, lang), ("keep", what))
        elif gen == "date":
            add(gen_date(rng, lang, arg), ("keep", "date"))
        elif gen == "amount":
            add(gen_amount(rng, lang, arg), ("keep", "amount"))
        elif gen == "time":
            add(gen_time(rng, lang, arg), ("keep", "time"))
        else:
            raise ValueError(f"generator {gen!r}")
    add(template[last:], None)
    text = "".join(parts)
    if transform == "~":
        text = deaccent(text)
    elif transform == "^":
        text = text.lower()
    assert len(text) == pos
    return text, pii, keep


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------


def validate_item(item: dict) -> list[str]:
    problems: list[str] = []
    text, lang = item["text"], item["lang"]
    if lang not in LANGS:
        problems.append(f"lang {lang}")
    spans = []
    for sp in item["pii"]:
        s, e, kind = sp["start"], sp["end"], sp["kind"]
        value = text[s:e]
        spans.append((s, e, kind))
        if kind not in PII_KINDS:
            problems.append(f"kind {kind}")
            continue
        if kind == "name" and sp.get("context") not in NAME_CONTEXTS:
            problems.append(f"context {sp.get('context')}")
        if kind in KIND_CHECKS and not KIND_CHECKS[kind](value):
            problems.append(f"{kind} {value!r} fails its checksum")
        if kind == "phone" and not any(phone_valid(value, r) for r in PHONE_REGIONS):
            problems.append(f"phone {value!r} invalid")
        if kind == "email" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value):
            problems.append(f"email {value!r}")
        if kind == "url_token" and not value.startswith("https://"):
            problems.append(f"url_token {value!r}")
        if kind == "name" and re.search(r"\d", value):
            problems.append(f"name {value!r}")
    for sp in item["keep"]:
        s, e, what = sp["start"], sp["end"], sp["what"]
        spans.append((s, e, "keep:" + what))
        if what not in KEEP_WHATS:
            problems.append(f"what {what}")
        value = text[s:e]
        if len(_digits(value)) >= 6:
            bad = bad_keep(value, lang)
            if bad:
                problems.append(f"keep {value!r} passes {bad}")
    for s, e, k in spans:
        if not (0 <= s < e <= len(text)) or text[s:e] != text[s:e].strip() or not text[s:e]:
            problems.append(f"{k} {s}:{e} bad offsets/whitespace")
    spans.sort()
    for (s1, e1, k1), (s2, _e2, k2) in zip(spans, spans[1:], strict=False):
        if s2 < e1:
            problems.append(f"{k1} {s1}:{e1} overlaps {k2} at {s2}")
    return problems


# ---------------------------------------------------------------------------
# Building the set
# ---------------------------------------------------------------------------

NO_PII_PER_LANG = 10


def make_item(template: str, lang: str, rng: random.Random) -> tuple[str, list, list]:
    last: list[str] = []
    for _ in range(60):
        text, pii, keep = render(template, lang, rng)
        last = validate_item({"lang": lang, "text": text, "pii": pii, "keep": keep})
        if not last:
            return text, pii, keep
    raise ValueError(f"{lang}: template keeps failing: {last}\n{template}")


def build() -> list[dict]:
    items: list[dict] = []
    for li, lang in enumerate(LANGS):
        rng = random.Random(SEED + li)
        d = DATA[lang]
        with_pii, no_pii, oneoff = d["templates"], d["no_pii"], d["oneoff"]
        n_extra = PER_LANG - len(with_pii) - len(no_pii) - len(oneoff)
        extra_no = max(0, NO_PII_PER_LANG - len(no_pii))
        assert n_extra >= extra_no, (lang, n_extra)
        chosen = (
            list(oneoff)
            + list(with_pii)
            + list(no_pii)
            + rng.sample(no_pii, extra_no)
            + rng.sample(with_pii, n_extra - extra_no)
        )
        drawn = []
        for t in chosen:
            text, pii, keep = make_item(t, lang, rng)
            if (t in no_pii) != (not pii):
                raise ValueError(f"{lang}: PII mismatch for template\n{t}")
            drawn.append((text, pii, keep))
        rng.shuffle(drawn)
        for n, (text, pii, keep) in enumerate(drawn, 1):
            items.append(
                {
                    "id": f"b2-{lang}-{n:03d}",
                    "lang": lang,
                    "text": text,
                    "pii": sorted(pii, key=lambda s: s["start"]),
                    "keep": sorted(keep, key=lambda s: s["start"]),
                }
            )
    values = Counter(
        it["text"][sp["start"] : sp["end"]]
        for it in items
        for sp in it["pii"]
        if sp["kind"] in KIND_CHECKS
    )
    dup = [v for v, c in values.items() if c > 1]
    if dup:
        raise ValueError(f"identifiers repeated: {dup}")
    return items


def dumps(items: list[dict]) -> str:
    return "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items)


def counts(items: list[dict]) -> str:
    cols = list(PII_KINDS)
    lines = [
        "| lang | items | no PII | " + " | ".join(cols) + " | keep |",
        "|" + "---|" * (len(cols) + 4),
    ]
    for lang in (*LANGS, "all"):
        its = [it for it in items if lang in ("all", it["lang"])]
        c = Counter(sp["kind"] for it in its for sp in it["pii"])
        lines.append(
            f"| {lang} | {len(its)} | {sum(1 for it in its if not it['pii'])} | "
            + " | ".join(str(c[k]) for k in cols)
            + f" | {sum(len(it['keep']) for it in its)} |"
        )
    ctx = Counter(sp["context"] for it in items for sp in it["pii"] if sp["kind"] == "name")
    what = Counter(sp["what"] for it in items for sp in it["keep"])
    lines.append("names by context: " + ", ".join(f"{k} {ctx[k]}" for k in NAME_CONTEXTS))
    lines.append("keep by what: " + ", ".join(f"{k} {v}" for k, v in sorted(what.items())))
    lines.append(
        "templates per language: "
        + ", ".join(
            f"{lang} {len(DATA[lang]['templates']) + len(DATA[lang]['no_pii'])}+{len(DATA[lang]['oneoff'])}"
            for lang in LANGS
        )
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the file on disk")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    items = build()
    for it in items:
        problems = validate_item(it)
        if problems:
            raise ValueError(f"{it['id']}: {problems}")
    text = dumps(items)
    if args.check:
        on_disk = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if on_disk != text:
            print(f"{args.out} differs from what the script writes", file=sys.stderr)
            return 1
        print(f"{args.out}: {len(items)} items, identical, all valid")
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(counts(items))
    return 0


# ---------------------------------------------------------------------------
# Hand-written data and templates, one block per language
# ---------------------------------------------------------------------------

DATA: dict[str, dict] = {}

DATA["pl"] = {
    "male": [
        ("Grzegorz", "Grzegorzu", "Grzegorzem"),
        ("Bartosz", "Bartoszu", "Bartoszem"),
        ("Wojciech", "Wojciechu", "Wojciechem"),
        ("Łukasz", "Łukaszu", "Łukaszem"),
        ("Radosław", "Radosławie", "Radosławem"),
        ("Mirosław", "Mirosławie", "Mirosławem"),
        ("Kamil", "Kamilu", "Kamilem"),
        ("Dariusz", "Dariuszu", "Dariuszem"),
        ("Henryk", "Henryku", "Henrykiem"),
        ("Przemysław", "Przemysławie", "Przemysławem"),
        ("Jacek", "Jacku", "Jackiem"),
        ("Zbigniew", "Zbigniewie", "Zbigniewem"),
    ],
    "female": [
        ("Aleksandra", "Aleksandro", "Aleksandrą"),
        ("Małgorzata", "Małgorzato", "Małgorzatą"),
        ("Joanna", "Joanno", "Joanną"),
        ("Renata", "Renato", "Renatą"),
        ("Beata", "Beato", "Beatą"),
        ("Weronika", "Weroniko", "Weroniką"),
        ("Ewelina", "Ewelino", "Eweliną"),
        ("Dorota", "Doroto", "Dorotą"),
        ("Justyna", "Justyno", "Justyną"),
        ("Halina", "Halino", "Haliną"),
        ("Izabela", "Izabelo", "Izabelą"),
    ],
    "surnames": [
        ("Wróblewski", "Wróblewska"),
        ("Szczepański", "Szczepańska"),
        ("Kaczmarek", "Kaczmarek"),
        ("Sikora", "Sikora"),
        ("Grabowski", "Grabowska"),
        ("Michalak", "Michalak"),
        ("Zalewski", "Zalewska"),
        ("Jabłoński", "Jabłońska"),
        ("Krawczyk", "Krawczyk"),
        ("Ostrowski", "Ostrowska"),
        ("Malinowski", "Malinowska"),
        ("Wieczorek", "Wieczorek"),
        ("Pietrzak", "Pietrzak"),
        ("Chmielewski", "Chmielewska"),
        ("Borkowski", "Borkowska"),
        ("Kubiak", "Kubiak"),
        ("Czarnecki", "Czarnecka"),
        ("Sobczak", "Sobczak"),
    ],
    "streets": [
        "ul. Kasztanowa",
        "ul. Obrońców Wybrzeża",
        "al. Niepodległości",
        "ul. Piastowska",
        "os. Słoneczne",
        "ul. Gen. Bema",
        "ul. Cicha",
        "ul. Jagiellońska",
        "ul. Polna",
        "ul. Marii Konopnickiej",
        "pl. Wolności",
    ],
    "towns": [
        ("Kraków", "31-4##"),
        ("Gdańsk", "80-2##"),
        ("Lublin", "20-0##"),
        ("Bydgoszcz", "85-7##"),
        ("Rzeszów", "35-3##"),
        ("Olsztyn", "10-6##"),
        ("Opole", "45-0##"),
        ("Kielce", "25-5##"),
        ("Zielona Góra", "65-1##"),
        ("Wieliczka", "32-020"),
        ("Pruszcz Gdański", "83-000"),
        ("Mińsk Mazowiecki", "05-300"),
    ],
    "domains": ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com", "op.pl"],
}
DATA["pl"]["templates"] = [
    # insurance claim, formal, address block over two lines
    "<<greeting_without_name|Szanowni Państwo>>,\n\nw nawiązaniu do szkody nr {k:ticket_number:SZK/2025/######} (zalanie mieszkania z dnia {date}) przesyłam brakujące zdjęcia i protokół od administracji. Odszkodowanie proszę przelać na rachunek {iban:PL.nrb}.\n\nZ poważaniem\n{full:signature.m}\n{addr2}\ntel. {phone:n}",
    # contact form pasted into a ticket
    "Formularz kontaktowy – <<brand|Tauron>>\nImię i nazwisko: {full:other.f}\nPESEL: {pesel}\nE-mail: {email:f}\nTelefon: {phone:b}\nAdres punktu poboru: {addr}\nTreść: Proszę o rozwiązanie umowy kompleksowej nr {k:invalid_checksum_number:##########} z dniem {date}.",
    # car service, vocative salutation
    "Dzień dobry Panie {fvoc:salutation.m2},\nauto (<<brand|Skoda Octavia>>, przebieg <<quantity|148 300 km>>) odebrałem w piątek, ale kontrolka ABS znów się świeci. Zlecenie serwisowe {k:order_number:ZS-####/25}. Proszę o telefon pod {phone}.\n{full:signature.m}",
    # telecom self intro
    "Nazywam się {full:self_intro.f} i od {date} nie działa mi światłowód w <<brand|Orange>>. Numer konta klienta {k:invalid_checksum_number:###########}, zgłoszenie {k:ticket_number:ORA-#######}. Technik miał być między <<time|8:00>> a <<time|12:00>> i nikt nie przyszedł. Proszę o kontakt mailowy: {email:f}",
    # hotel, invoice for a company
    "Dzień dobry, dot. rezerwacji nr {k:order_number:##########} w hotelu <<brand|Mercure Kasprowy>> (<<quantity|3 noce>>, pokój dwuosobowy). Proszę o fakturę VAT na firmę: <<brand|Instalbud Usługi Hydrauliczne>>, NIP {nip:a}, {addr}. Pozdrawiam, {full:signature.m}",
    # clinic appointment
    "Chciałabym przełożyć wizytę u dr. <<name/other|Ostrowskiego>> z {date} godz. {time}. Pacjentka: {full:other.f}, PESEL {pesel}. Najlepiej dzwonić po 16: {phone:n}",
    # municipal office
    "Urząd Miasta – wydział spraw obywatelskich\nWnioskodawca: {full:other.m}\nNr dotychczasowego dowodu osobistego: {idcard}\nAdres zameldowania: {addr}\nSprawa: zgłoszenie utraty dowodu, sygnatura {k:ticket_number:SO.5340.###.2025}",
    # public transport fine, sloppy lowercase
    "^odwoluje sie od wezwania do zaplaty nr {k:ticket_number:KN/#####/2025} na {amount}. mialem bilet miesieczny w aplikacji <<brand|jakdojade>>, kontroler nie chcial czekac az sie zaladuje. prosze o anulowanie.\n{full:signature.m}",
    # B2B complaint with a multi-line signature
    "Dzień dobry Pani {fvoc:salutation.f},\n\nw dostawie według WZ {k:order_number:####/##/2025} brakowało <<quantity|14 palet>> kleju do płytek <<product_code|KP-210>>, a faktura {k:invoice_number:FS/####/2025} obejmuje całość. Proszę o korektę.\n\nPozdrawiam\n{full:signature.m}\nKierownik ds. zaopatrzenia\n<<brand|Fugator Hurtownia Budowlana Sp. z o.o.>>\nNIP: {nip:b} | REGON: {regon9}\nkom. {phone:b}\n{email:m@fugator.com.pl}",
    # card dispute
    "Reklamuję transakcję kartą {card} z dnia {date} na kwotę {amount} w sklepie internetowym <<brand|Elektrohit>>. Nie dokonywałam tego zakupu, karta cały czas była u mnie. {full:signature.f}",
    # rented flat
    "Pani {fvoc:salutation.f}, czynsz za lipiec przelałem na konto {iban:PL.group}, w tytule dałem numer lokalu. Licznik wody nr {k:invalid_checksum_number:##########} pokazuje <<quantity|412 m³>>, zdjęcie w załączniku.\n{first:signature.m}",
    # courier pickup, bare phone without a cue
    "kurier <<brand|DPD>> ma odebrać zwrot spod adresu {addr}, list przewozowy {k:tracking_number:##############U}, {phone:b}",
    # forwarded mail with headers
    "---------- Wiadomość przekazana ----------\nOd: {full:other.f} <{email:f}>\nData: {date}\nTemat: Korekta faktury {k:invoice_number:FV/####/##/25}\nDo: <<email|bok@wodkan-gniezno.pl>>\n\nProszę o korektę, odczyt wodomierza był szacunkowy.",
    # reset link with a token
    "Klikam w link z maila {urltok:ebok.energa-operator.pl/reset-hasla} i wyskakuje błąd, a na stronie <<url|https://www.energa-operator.pl/kontakt>> nie ma czatu. Wersja aplikacji <<version|3.14.2>>.",
    # no diacritics
    "~Dzień dobry, nazywam się {full:self_intro.m}, dzwoniłem w sprawie polisy OC {k:invalid_checksum_number:###########} w <<brand|PZU>>. Stłuczka była {date} na parkingu pod <<brand|Biedronką>>. Mój numer {phone:i}.",
    # signature with an initial
    "Nadal nie dostałem zwrotu {amount} za anulowany lot do <<city|Barcelony>>, rezerwacja {k:order_number:@@@#@@}. Minęło już <<quantity|6 tygodni>>.\n\n{init:signature.m}",
    # other name in the instrumental case
    "Rozmawiałam wczoraj z Panem {finst:other.m2} z infolinii <<brand|Play>> i obiecał, że aneks do umowy przyjdzie mailem. Nic nie przyszło. Proszę o wysłanie na {email:f}. {full:signature.f}",
    # company data, REGON 14, NIP with PL prefix
    "Dane do faktury za serwis klimatyzacji: <<brand|Chłodpol Serwis Sp.j.>>, NIP {nip:d}, REGON {regon14}, {addr}. Osoba kontaktowa: {full:other.m}, {phone:l}.",
    # son in the UK
    "Zgłoszenie awarii licznika gazu przy {street}. Ja wyjechałam, proszę dzwonić do syna, jest w Anglii: {phone:GB.i}. {full:signature.f}",
    # short chat with self intro by first name
    "hej, tu {first:self_intro.f}, zamawiałam mieszkanie przez <<brand|Booking>> na {date} ale gospodarz nie odbiera. rezerwacja {k:order_number:##########}. mój nr {phone:b}",
]
DATA["pl"]["no_pii"] = [
    "dzien dobry, mam pytanie do faktury {k:invoice_number:P/########/0001/25} za prąd – naliczono {amount}, a zużycie z licznika {k:invalid_checksum_number:########} jest dużo mniejsze. Numer klienta {k:invalid_checksum_number:##########}. Pozdrawiam",
    "<<greeting_without_name|Dzień dobry>>, zamówienie {k:order_number:#########} miało być dostarczone {date}, a paczkomat pokazuje status „w drodze”. Numer przesyłki {k:tracking_number:########################}.",
    "Aplikacja <<brand|mObywatel>> w wersji <<version|4.12.1>> nie pokazuje biletu <<brand|ZTM>>. Telefon z Androidem 14, czyściłem pamięć.",
    "Podwyżka taryfy o <<percent|17%>> od {date} to przesada. Płacę {amount} miesięcznie za wodę w <<city|Gdyni>> za dwuosobowe mieszkanie.",
    "Czekolada <<brand|E. Wedel>> kupiona w <<brand|Lidlu>> była przeterminowana (data {date}), paragon nr {k:invalid_checksum_number:####/####/####}. Proszę o zwrot {amount}.",
    "<<greeting_without_name|Szanowni Państwo>>, proszę o duplikat polisy nr {k:invalid_checksum_number:###########} i potwierdzenie zapłaty składki {amount}. Termin płatności minął {date}.",
    "Serwis <<brand|Bosch Car Service>> wycenił wymianę rozrządu na {amount}, a w <<brand|Norauto>> to {amount}. Zlecenie {k:order_number:###/##/####}. Czy gwarancja to pokrywa?",
    "Wizyta kontrolna w przychodni <<brand|Lux Med>> {date} o {time}, skierowanie nr {k:invalid_checksum_number:#############}. Proszę o przypomnienie SMS dzień wcześniej.",
]
DATA["pl"]["oneoff"] = [
    "Temat: Odwołanie od decyzji w sprawie szkody komunikacyjnej {k:ticket_number:KOM/2025/#######}\n\n<<greeting_without_name|Szanowni Państwo>>,\n\nnie zgadzam się z wyceną naprawy na {amount}. Kosztorys warsztatu <<brand|Auto-Mix Serwis>> opiewa na {amount}, a różnica wynika z zastosowania zamienników zamiast części oryginalnych. Samochód ma <<quantity|4 lata>> i był serwisowany w ASO.\n\nDane poszkodowanego: {full:other.m}, PESEL {pesel}, nr dowodu {idcard:space}.\nRachunek do wypłaty: {iban:PL.nrb}\n\nZ poważaniem\n{full:signature.m}\n{addr2}\n{phone:i}\n{email:m}",
    "[czat 14:02] Klient: dzień dobry, nie mogę się zalogować do <<brand|iPKO>>\n[czat 14:03] Konsultantka <<name/other|Marta>>: Dzień dobry, w czym mogę pomóc?\n[czat 14:03] Klient: karta {card:plain} zablokowana po 3 próbach PIN, jestem {full:self_intro.m}\n[czat 14:05] Konsultantka <<name/other|Marta>>: Proszę podać numer telefonu z umowy.\n[czat 14:05] Klient: {phone:b}",
    "Dzień dobry Panie {fvoc:salutation.m},\n\nprzesyłam umowę najmu lokalu użytkowego przy {addr} do podpisu. Kaucja {amount} płatna na rachunek {iban:PL.plain}. Pierwszy czynsz do {date}.\n\nNajemca: <<brand|Kwiaciarnia Stokrotka>> {full:other.f}, NIP {nip:c}\n\nPozdrawiam serdecznie\n{full:signature.f2}\nAdministrator nieruchomości\n<<brand|Domus Zarządzanie Nieruchomościami>>\ntel. {phone:l}",
    "Reklamacja dostawy dla firmy – faktura {k:invoice_number:FVS/###/2025}, zamówienie {k:order_number:ZK-######}. Towar: <<product_code|PRF-3000-B>> (<<quantity|120 szt.>>). Zamawiający: <<brand|Meblotex S.A.>>, NIP {nip:e}. Kontakt handlowy: {full:other.m}, {email:m@meblotex.pl}, {phone:n}. Kontakt w magazynie: {phone:PL.l}.",
]

DATA["cs"] = {
    "male": [
        ("Petr", "Petře"),
        ("Jiří", "Jiří"),
        ("Tomáš", "Tomáši"),
        ("Lukáš", "Lukáši"),
        ("Ondřej", "Ondřeji"),
        ("Radek", "Radku"),
        ("Vojtěch", "Vojtěchu"),
        ("Marek", "Marku"),
        ("Zdeněk", "Zdeňku"),
        ("Miroslav", "Miroslave"),
    ],
    "female": [
        ("Lenka", "Lenko"),
        ("Kateřina", "Kateřino"),
        ("Petra", "Petro"),
        ("Markéta", "Markéto"),
        ("Veronika", "Veroniko"),
        ("Zuzana", "Zuzano"),
        ("Hana", "Hano"),
        ("Ivana", "Ivano"),
        ("Simona", "Simono"),
    ],
    # masculine nominative, masculine vocative, feminine
    "surnames": [
        ("Dvořák", "Dvořáku", "Dvořáková"),
        ("Procházka", "Procházko", "Procházková"),
        ("Kučera", "Kučero", "Kučerová"),
        ("Veselý", "Veselý", "Veselá"),
        ("Horák", "Horáku", "Horáková"),
        ("Němec", "Němče", "Němcová"),
        ("Pokorný", "Pokorný", "Pokorná"),
        ("Král", "Králi", "Králová"),
        ("Beneš", "Beneši", "Benešová"),
        ("Fiala", "Fialo", "Fialová"),
        ("Kolář", "Koláři", "Kolářová"),
        ("Sedláček", "Sedláčku", "Sedláčková"),
        ("Zeman", "Zemane", "Zemanová"),
        ("Růžička", "Růžičko", "Růžičková"),
    ],
    "streets": [
        "Lidická",
        "Nádražní",
        "Palackého",
        "U Školky",
        "Havlíčkova",
        "Třída Míru",
        "Na Výsluní",
        "Husova",
        "Komenského",
        "Sokolská",
    ],
    "towns": [
        ("Brno", "602 00"),
        ("České Budějovice", "370 01"),
        ("Olomouc", "779 00"),
        ("Plzeň", "301 00"),
        ("Hradec Králové", "500 02"),
        ("Liberec", "460 01"),
        ("Jihlava", "586 01"),
        ("Praha 4", "140 00"),
        ("Kolín", "280 02"),
        ("Třebíč", "674 01"),
    ],
    "domains": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz", "volny.cz"],
}
DATA["cs"]["templates"] = [
    "Dobrý den, pane {svoc:salutation.m2},\n\nposílám podklady k pojistné události č. {k:ticket_number:PU-2025-######} (krupobití, vůz <<brand|Škoda Kamiq>>). Plnění prosím zaslat na účet {iban:CZ.group}.\n\nS pozdravem\n{full:signature.m}\n{addr2}\ntel. {phone:n}",
    "Kontaktní formulář – <<brand|ČEZ Prodej>>\nJméno a příjmení: {full:other.f}\nRodné číslo: {rc:slash}\nE-mail: {email:f}\nTelefon: {phone:b}\nOdběrné místo: {addr}\nZpráva: Žádám o ukončení smlouvy č. {k:invalid_checksum_number:##########} k {date}.",
    "Dobrý den, paní {svoc:salutation.f},\nvůz jsem si včera vyzvedl ze servisu, ale pořád bliká kontrolka motoru. Zakázka {k:order_number:ZAK-#####}. Zavolejte mi prosím na {phone}.\n{full:signature.m}",
    "Jmenuji se {full:self_intro.f} a od {date} mi nefunguje pevný internet od <<brand|O2>>. Číslo zákaznického účtu {k:invalid_checksum_number:##########}, technik měl přijet mezi <<time|8:00>> a <<time|12:00>>. Odpovězte prosím na {email:f}",
    "Dobrý den, k rezervaci č. {k:order_number:#########} v hotelu <<brand|Clarion Congress>> (<<quantity|2 noci>>) prosím o fakturu na firmu: <<brand|Stavby Kolín s.r.o.>>, IČO {ico}, DIČ {diccz}, {addr}. Děkuji, {full:signature.m}",
    "Potřebuji přeobjednat kontrolu u MUDr. <<name/other|Kolářové>> z {date} {time}. Pacient: {full:other.m}, r. č. {rc:plain}. Volejte po obědě: {phone:n}",
    "Magistrát – odbor dopravy\nŽadatel: {full:other.m}\nBydliště: {addr}\nVěc: odpor proti příkazu č. {k:ticket_number:MgO/####/2025} za parkování v modré zóně. Parkovací karta byla za sklem.",
    "^dobry den, dostal jsem pokutu od revizora v tramvaji c. {k:ticket_number:DP#######}, ale jizdenku mam v aplikaci <<brand|PID Lítačka>>, jen se nenacetla. prosim o zruseni, {full:signature.m}",
    "Dobrý den, paní {svoc:salutation.f},\n\nv dodávce dle dodacího listu {k:order_number:DL-####-##} chybělo <<quantity|8 kartonů>> zboží <<product_code|SP-4410>>, faktura {k:invoice_number:FV2025####} je ale na plné množství.\n\nS pozdravem\n{full:signature.m}\nvedoucí nákupu\n<<brand|Elektro Brázda s.r.o.>>\nIČO: {ico} | DIČ: {diccz}\nmobil: {phone:b}\n{email:m@elektrobrazda.cz}",
    "Reklamuji platbu kartou {card} ze dne {date} ve výši {amount} u obchodníka <<brand|Alza>>. Platbu jsem neprovedla. {full:signature.f}",
    "Pane {svoc:salutation.m2}, nájem za srpen jsem poslala na účet {iban:CZ.plain}. Stav vodoměru {k:invalid_checksum_number:########} je <<quantity|231 m³>>. Díky, {first:signature.f}",
    "kurýr <<brand|PPL>> má vyzvednout balík na adrese {addr}, číslo zásilky {k:tracking_number:###########}, {phone:b}",
    "---------- Přeposlaná zpráva ----------\nOd: {full:other.f} <{email:f}>\nDatum: {date}\nPředmět: Vyúčtování vody {k:invoice_number:########/25}\nKomu: <<email|zakaznici@vodarna-olomouc.cz>>\n\nOdečet byl odhadnutý, prosím o opravu.",
    "Odkaz na obnovení hesla {urltok:moje.innogy.cz/obnova-hesla} hlásí chybu. Na <<url|https://www.innogy.cz/kontakty>> nic není. Verze aplikace <<version|2.8.0>>.",
    "~Dobrý den, jmenuji se {full:self_intro.m}, volal jsem kvůli havarijní pojistce č. {k:invalid_checksum_number:##########} u <<brand|Kooperativy>>. Nehoda byla {date} na parkovišti u <<brand|Globusu>>. Moje číslo {phone:i}.",
    "Stále jsem nedostal zpět {amount} za zrušený let do <<city|Lisabonu>>, rezervace {k:order_number:@@@#@@}. Už je to <<quantity|5 týdnů>>.\n\n{init:signature.m}",
    "Včera jsem mluvila s panem <<name/other|Benešem>> z infolinky <<brand|Vodafone>>, slíbil dodatek ke smlouvě e-mailem. Nic nepřišlo, pošlete ho prosím na {email:f}. {full:signature.f}",
    "Fakturační údaje za servis kotle: <<brand|Teplo Třebíč s.r.o.>>, IČO {ico}, DIČ {diccz}, {addr}. Kontaktní osoba: {full:other.m}, {phone:l}.",
    "Hlásím poruchu plynoměru v {street}. Jsem v zahraničí, volejte prosím synovi do Německa: {phone:DE.i}. {full:signature.f}",
    "ahoj, tady {first:self_intro.f}, mám apartmán přes <<brand|Booking>> od {date}, ale majitel nebere telefon. rezervace {k:order_number:##########}. moje číslo {phone:b}",
]
DATA["cs"]["no_pii"] = [
    "dobry den, mam dotaz k fakture {k:invoice_number:##########} za elektrinu – vyuctovano {amount}, ale elektromer {k:invalid_checksum_number:########} ukazuje mnohem mene. Zakaznicke cislo {k:invalid_checksum_number:##########}.",
    "<<greeting_without_name|Dobrý den>>, objednávka {k:order_number:#########} měla dorazit {date}, ale <<brand|Zásilkovna>> ukazuje stav „na cestě“. Číslo zásilky {k:tracking_number:Z##########}.",
    "Aplikace <<brand|Moje Penze>> ve verzi <<version|5.3.2>> se po aktualizaci nespustí. Telefon <<brand|Xiaomi>>, Android 13.",
    "Zdražení vodného o <<percent|12 %>> od {date} je moc. Platíme {amount} měsíčně za byt v <<city|Ostravě>>.",
    "Čokoláda <<brand|Orion>> z <<brand|Alberta>> byla po datu spotřeby ({date}), účtenka {k:invalid_checksum_number:####-####-####}. Chci vrátit {amount}.",
    "<<greeting_without_name|Vážení>>, žádám o kopii pojistné smlouvy {k:invalid_checksum_number:##########} a potvrzení o zaplacení {amount}. Splatnost byla {date}.",
    "Servis <<brand|Auto Kelly>> mi nacenil výměnu rozvodů na {amount}, v <<brand|Bosch Car Service>> {amount}. Zakázka {k:order_number:###/####}. Kryje to záruka?",
    "Kontrola na poliklinice <<brand|Medicon>> {date} v {time}, žádanka {k:invalid_checksum_number:#############}. Prosím o SMS připomenutí.",
]
DATA["cs"]["oneoff"] = [
    "Věc: Námitka proti výši plnění – škoda {k:ticket_number:SK-2025-#######}\n\n<<greeting_without_name|Vážení>>,\n\nnesouhlasím s vyčíslením opravy na {amount}. Rozpočet servisu <<brand|Autocentrum Jih>> je {amount}; rozdíl vzniká použitím neoriginálních dílů. Vozidlo je <<quantity|3 roky>> staré.\n\nPoškozený: {full:other.m}, r. č. {rc:slash}\nÚčet pro výplatu: {iban:CZ.group}\n\nS pozdravem\n{full:signature.m}\n{addr2}\n{phone:i}\n{email:m}",
    "[chat 09:12] Zákazník: dobrý den, nejde mi přihlášení do <<brand|George>>\n[chat 09:13] Operátorka <<name/other|Klára>>: Dobrý den, s čím mohu pomoci?\n[chat 09:13] Zákazník: karta {card:space} je zablokovaná po třech pokusech, jsem {full:self_intro.m}\n[chat 09:14] Operátorka <<name/other|Klára>>: Uveďte prosím telefon ze smlouvy.\n[chat 09:15] Zákazník: {phone:b}",
    "Dobrý den, pane {svoc:salutation.m},\n\nv příloze posílám nájemní smlouvu k nebytovému prostoru na adrese {addr}. Kauce {amount} na účet {iban:CZ.plain}, první nájem do {date}.\n\nNájemce: <<brand|Květinářství Sedmikráska>>, IČO {ico}\n\nS pozdravem\n{full:signature.f2}\nsprávkyně nemovitostí\n<<brand|Realitní správa Morava s.r.o.>>\ntel. {phone:l}",
    "Reklamace pro firmu – faktura {k:invoice_number:##########}, objednávka {k:order_number:OBJ-######}. Zboží <<product_code|HX-220-C>> (<<quantity|60 ks>>). Odběratel <<brand|Nábytek Hora a.s.>>, DIČ {diccz}. Kontakt: {full:other.m}, {email:m@nabytekhora.cz}, {phone:n}; sklad {phone:CZ.l}.",
]

DATA["sk"] = {
    "male": [
        "Martin",
        "Peter",
        "Juraj",
        "Michal",
        "Marián",
        "Ľubomír",
        "Matej",
        "Branislav",
        "Dušan",
        "Igor",
    ],
    "female": [
        "Zuzana",
        "Mária",
        "Katarína",
        "Lucia",
        "Monika",
        "Andrea",
        "Silvia",
        "Ivana",
        "Eva",
        "Gabriela",
    ],
    "surnames": [
        ("Kováč", "Kováčová"),
        ("Horváth", "Horváthová"),
        ("Varga", "Vargová"),
        ("Tóth", "Tóthová"),
        ("Baláž", "Balážová"),
        ("Šimko", "Šimková"),
        ("Lukáč", "Lukáčová"),
        ("Polák", "Poláková"),
        ("Hudák", "Hudáková"),
        ("Oravec", "Oravcová"),
        ("Mikuš", "Mikušová"),
        ("Kollár", "Kollárová"),
        ("Gajdoš", "Gajdošová"),
    ],
    "streets": [
        "Hlavná",
        "Štúrova",
        "Mlynská",
        "Námestie SNP",
        "Dlhá",
        "Kuzmányho",
        "Jesenského",
        "Záhradnícka",
        "Okružná",
    ],
    "towns": [
        ("Košice", "040 01"),
        ("Žilina", "010 01"),
        ("Banská Bystrica", "974 01"),
        ("Trnava", "917 01"),
        ("Nitra", "949 01"),
        ("Prešov", "080 01"),
        ("Bratislava", "831 04"),
        ("Martin", "036 01"),
        ("Poprad", "058 01"),
    ],
    "domains": ["azet.sk", "centrum.sk", "gmail.com", "zoznam.sk", "post.sk"],
}
DATA["sk"]["templates"] = [
    "Dobrý deň, pán {sur:salutation.m2},\n\nposielam doklady k poistnej udalosti č. {k:ticket_number:PU/####/2025} (vytopenie kúpeľne od suseda). Plnenie prosím na účet {iban:SK.group}.\n\nS pozdravom\n{full:signature.m}\n{addr2}\n{phone:n}",
    "Formulár – <<brand|ZSE Energia>>\nMeno a priezvisko: {full:other.f}\nRodné číslo: {rc}\nE-mail: {email:f}\nTelefón: {phone:b}\nAdresa odberného miesta: {addr}\nSpráva: Žiadam o zmenu zálohy, zmluva {k:invalid_checksum_number:##########}.",
    "Dobrý deň, pani {sur:salutation.f},\nauto som si vyzdvihol zo servisu <<brand|Kia Motors Žilina>>, ale stále klepe predná náprava. Zákazka {k:order_number:SZ######}. Prosím zavolajte mi na {phone}.\n{full:signature.m}",
    "Volám sa {full:self_intro.f} a od {date} mi nejde internet od <<brand|Slovak Telekom>>. Zákaznícke číslo {k:invalid_checksum_number:##########}. Odpíšte mi na {email:f}, telefón mám pokazený.",
    "Dobrý deň, k rezervácii č. {k:order_number:#########} v hoteli <<brand|Hotel Tatra>> prosím faktúru na firmu <<brand|Agro Poprad s.r.o.>>, IČO {ico}, DIČ {dicsk}, IČ DPH {icdph}, {addr}. Ďakujem, {full:signature.m}",
    "Potrebujem presunúť termín u MUDr. <<name/other|Hudákovej>> z {date} o {time}. Pacientka: {full:other.f}, rodné číslo {rc:slash}. Kontakt {phone:n}",
    "Mestský úrad – oddelenie miestnych daní\nMeno: {full:other.m}\nTrvalý pobyt: {addr}\nVec: námietka k rozhodnutiu o dani z nehnuteľnosti č. {k:ticket_number:MsU/####/2025}, vymeraná suma {amount} nesedí s výmerou.",
    "^dobry den, revizor v trolejbuse mi dal pokutu c. {k:ticket_number:DPMK#######}, pritom listok som mal v aplikacii <<brand|IDS BK>>. prosim zrusit, {full:signature.m}",
    "Dobrý deň, pani {sur:salutation.f},\n\nv zásielke podľa dodacieho listu {k:order_number:DL/####/25} chýbalo <<quantity|20 vriec>> cementu <<product_code|CEM II 42,5>>, faktúra {k:invoice_number:2025######} je na celé množstvo.\n\nS pozdravom\n{full:signature.m}\nvedúci skladu\n<<brand|Stavmat Prešov s.r.o.>>\nIČ DPH: {icdph}\nmobil: {phone:b}\n{email:m@stavmat.sk}",
    "Reklamujem platbu kartou {card} zo dňa {date} vo výške {amount} u obchodníka <<brand|Nay>>. Transakciu som nerobila. {full:signature.f}",
    "Pán {sur:salutation.m2}, nájom za september som poslal na {iban:SK.plain}. Stav vodomera {k:invalid_checksum_number:#########} je <<quantity|188 m³>>. {first:signature.m}",
    "kuriér <<brand|SPS>> má vyzdvihnúť balík na {addr}, zásielka {k:tracking_number:SPS##########}, {phone:b}",
    "---------- Preposlaná správa ----------\nOd: {full:other.f} <{email:f}>\nDátum: {date}\nPredmet: Vyúčtovanie plynu {k:invoice_number:#########}\nKomu: <<email|info@spp-zakaznik.sk>>\n\nOdpočet bol odhadnutý, prosím o opravu.",
    "Link na zmenu hesla {urltok:moja.orangeslovensko.sk/heslo/reset} nefunguje. Verzia aplikácie <<version|6.1.4>>.",
    "~Dobrý deň, volám sa {full:self_intro.m}, volal som kvôli PZP zmluve {k:invalid_checksum_number:##########} v <<brand|Allianz>>. Nehoda bola {date} na parkovisku pri <<brand|Kauflande>>. Moje číslo {phone:i}.",
    "Stále mi nevrátili {amount} za zrušený let do <<city|Ríma>>, rezervácia {k:order_number:@@@#@@}. Už <<quantity|7 týždňov>>.\n\n{init:signature.m}",
    "Včera som hovorila s pánom <<name/other|Gajdošom>> z linky <<brand|4ka>>, sľúbil dodatok mailom. Nič neprišlo, pošlite ho na {email:f}. {full:signature.f}",
    "Fakturačné údaje: <<brand|Kúrenie Nitra s.r.o.>>, IČO {ico}, IČ DPH {icdph:space}, {addr}. Kontaktná osoba {full:other.m}, {phone:l}.",
    "Hlásim poruchu plynomeru na {street}. Som v Česku, volajte synovi: {phone:CZ.i}. {full:signature.f}",
    "ahoj, tu {first:self_intro.f}, mam ubytovanie cez <<brand|Airbnb>> od {date} ale hostitel nedviha. kod {k:order_number:@@@@@@@@@@}. moje cislo {phone:b}",
]
DATA["sk"]["no_pii"] = [
    "dobry den, faktura {k:invoice_number:##########} za elektrinu – {amount}, ale elektromer {k:invalid_checksum_number:########} ukazuje menej. Zakaznicke cislo {k:invalid_checksum_number:##########}.",
    "<<greeting_without_name|Dobrý deň>>, objednávka {k:order_number:#########} mala prísť {date}, <<brand|Packeta>> ukazuje „v preprave“. Zásielka {k:tracking_number:Z##########}.",
    "Aplikácia <<brand|Tatra banka>> vo verzii <<version|7.20.1>> po aktualizácii padá. Telefón <<brand|Samsung>>.",
    "Zdraženie tepla o <<percent|9,5 %>> od {date} je veľa. Platíme {amount} mesačne za byt v <<city|Martine>>.",
    "Šunka z <<brand|Billy>> bola po záruke ({date}), bloček {k:invalid_checksum_number:####-####-####}. Chcem späť {amount}.",
    "<<greeting_without_name|Vážení>>, žiadam o kópiu poistnej zmluvy {k:invalid_checksum_number:##########} a potvrdenie o úhrade {amount}. Splatnosť bola {date}.",
    "Servis <<brand|Autoservis Šulek>> mi nacenil brzdy na {amount}, <<brand|ATU>> {amount}. Zákazka {k:order_number:###/####}. Pokryje to záruka?",
    "Kontrola v <<brand|Medifera>> {date} o {time}, výmenný lístok {k:invalid_checksum_number:#############}. Prosím SMS pripomienku.",
]
DATA["sk"]["oneoff"] = [
    "Vec: Odvolanie – škoda {k:ticket_number:SU-2025-#######}\n\n<<greeting_without_name|Vážení>>,\n\nnesúhlasím s výškou plnenia {amount}. Rozpočet servisu <<brand|Autocentrum Trnava>> je {amount}. Vozidlo má <<quantity|2 roky>>.\n\nPoškodený: {full:other.m}, r. č. {rc:slash}\nÚčet: {iban:SK.group}\n\nS pozdravom\n{full:signature.m}\n{addr2}\n{phone:i}\n{email:m}",
    "[chat 16:40] Klient: dobrý deň, nejde mi prihlásenie do <<brand|SLSP>>\n[chat 16:41] Operátorka <<name/other|Jana>>: Dobrý deň, s čím pomôžem?\n[chat 16:41] Klient: karta {card:dash} je zablokovaná, som {full:self_intro.m}\n[chat 16:42] Operátorka <<name/other|Jana>>: Prosím telefón zo zmluvy.\n[chat 16:42] Klient: {phone:b}",
    "Dobrý deň, pán {sur:salutation.m},\n\nposielam nájomnú zmluvu k priestoru na {addr}. Depozit {amount} na {iban:SK.plain}, prvý nájom do {date}.\n\nNájomca: <<brand|Kvetinárstvo Ruža>>, IČO {ico}, DIČ {dicsk}\n\nS pozdravom\n{full:signature.f2}\nsprávkyňa\n<<brand|Správa domov Žilina s.r.o.>>\ntel. {phone:l}",
    "Reklamácia – faktúra {k:invoice_number:##########}, objednávka {k:order_number:OBJ######}. Tovar <<product_code|RX-550>> (<<quantity|40 ks>>). Odberateľ <<brand|Drevodom a.s.>>, IČ DPH {icdph}. Kontakt {full:other.m}, {email:m@drevodom.sk}, {phone:n}.",
]

DATA["ru"] = {
    "male": [
        "Алексей",
        "Дмитрий",
        "Сергей",
        "Андрей",
        "Николай",
        "Павел",
        "Михаил",
        "Виктор",
        "Геннадий",
        "Константин",
    ],
    "female": [
        "Ольга",
        "Татьяна",
        "Наталья",
        "Елена",
        "Ирина",
        "Светлана",
        "Марина",
        "Анастасия",
        "Людмила",
        "Валентина",
    ],
    # masculine, feminine patronymic
    "patronymics": [
        ("Петрович", "Петровна"),
        ("Сергеевич", "Сергеевна"),
        ("Викторович", "Викторовна"),
        ("Александрович", "Александровна"),
        ("Игоревич", "Игоревна"),
        ("Олегович", "Олеговна"),
        ("Анатольевич", "Анатольевна"),
        ("Юрьевич", "Юрьевна"),
    ],
    "surnames": [
        ("Соколов", "Соколова"),
        ("Лебедев", "Лебедева"),
        ("Морозов", "Морозова"),
        ("Зайцев", "Зайцева"),
        ("Голубев", "Голубева"),
        ("Виноградов", "Виноградова"),
        ("Белоусов", "Белоусова"),
        ("Тихонов", "Тихонова"),
        ("Крылов", "Крылова"),
        ("Жуков", "Жукова"),
        ("Ершов", "Ершова"),
        ("Калинин", "Калинина"),
        ("Самойлов", "Самойлова"),
    ],
    "streets": [
        "ул. Малышева",
        "ул. Садовая",
        "пр-т Мира",
        "ул. Комсомольская",
        "ул. Гагарина",
        "Заречная ул.",
        "ул. Бауманская",
        "пер. Тихий",
    ],
    "towns": [
        ("Екатеринбург", "6200##"),
        ("Казань", "4200##"),
        ("Новосибирск", "6300##"),
        ("Самара", "4430##"),
        ("Нижний Новгород", "6030##"),
        ("Пермь", "6140##"),
        ("Воронеж", "3940##"),
        ("Тверь", "1700##"),
    ],
    "domains": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "list.ru", "gmail.com"],
}
DATA["ru"]["templates"] = [
    "Уважаемый {fp:salutation.m2}!\n\nНаправляю документы по страховому случаю № {k:ticket_number:У-####-25} (залив квартиры соседями сверху). Прошу перечислить возмещение на карту {card}.\n\nС уважением,\n{fullp:signature.m}\n{addr2}\nтел. {phone:n}",
    "Заявка с сайта <<brand|Мосэнергосбыт>>\nФИО: {fullp:other.f}\nСНИЛС: {snils:dash}\nE-mail: {email:f}\nТелефон: {phone:b}\nАдрес: {addr}\nТекст: Прошу сделать перерасчёт за <<date|март>>, лицевой счёт {k:invalid_checksum_number:##########}.",
    "Здравствуйте, {first:salutation.f}!\nМашину из сервиса забрал, но опять горит чек. Заказ-наряд {k:order_number:ЗН-######}. Перезвоните, пожалуйста: {phone}.\n{full:signature.m}",
    "Меня зовут {full:self_intro.f}, с {date} не работает домашний интернет <<brand|Ростелеком>>. Лицевой счёт {k:invalid_checksum_number:############}. Мастер должен был прийти с <<time|10:00>> до <<time|14:00>> и не пришёл. Ответьте на {email:f}",
    "Добрый день! По брони № {k:order_number:#########} в гостинице <<brand|Азимут>> (<<quantity|4 ночи>>) прошу выставить счёт на организацию: <<brand|ООО «Техснаб-Урал»>>, ИНН {inn10}, КПП {k:invalid_checksum_number:######001}, ОГРН {ogrn}. Спасибо, {full:signature.m}",
    "Хочу перенести приём к доктору <<name/other|Ершовой>> с {date} {time}. Пациент: {fullp:other.m}, полис ОМС {k:invalid_checksum_number:################}. Звонить после 17: {phone:n}",
    "МФЦ, обращение\nЗаявитель: {fullp:other.m}\nИНН: {inn12}\nСНИЛС: {snils:plain}\nАдрес регистрации: {addr}\nСуть: не пришла выписка по заявлению № {k:ticket_number:####-#####-####}",
    "^контролер в автобусе выписал штраф {k:ticket_number:АП#######} на {amount}, хотя я оплатил проезд картой <<brand|Тройка>>. прошу отменить. {full:signature.m}",
    "Добрый день, {fp:salutation.f}!\n\nВ поставке по накладной {k:order_number:ТН-####/25} не хватило <<quantity|12 коробок>> профиля <<product_code|ПН-50/40>>, а счёт-фактура {k:invoice_number:####/25} выставлена на весь объём.\n\nС уважением,\n{full:signature.m}\nначальник отдела снабжения\n<<brand|ООО «СтройПрофиль»>>\nИНН {inn10} / ОГРН {ogrn}\nмоб. {phone:b}\n{email:m@stroyprofil.ru}",
    "Оспариваю операцию по карте {card} от {date} на сумму {amount} в магазине <<brand|DNS>>. Я её не совершала, карта была при мне. {full:signature.f}",
    "{first:salutation.f}, добрый вечер! Оплату за квартиру за октябрь перевёл вам на карту, показания счётчика воды {k:invalid_checksum_number:########}: <<quantity|96 м³>>. {first:signature.m}",
    "курьер <<brand|СДЭК>> должен забрать посылку с адреса {addr}, накладная {k:tracking_number:##########}, {phone:b}",
    "-------- Пересылаемое сообщение --------\nОт: {full:other.f} <{email:f}>\nДата: {date}\nТема: Счёт за воду {k:invoice_number:########}\nКому: <<email|abonent@vodokanal-perm.ru>>\n\nПоказания были переданы, а начислено по нормативу.",
    "Ссылка для сброса пароля {urltok:lk.mosenergosbyt.ru/restore} выдаёт ошибку. Версия приложения <<version|4.0.17>>.",
    "Здравствуйте, я {fullp:self_intro.m}, звонил по полису ОСАГО {k:ticket_number:ХХХ ##########} в <<brand|Ингосстрах>>. ДТП было {date} у <<brand|Ленты>>. Мой номер {phone:i}.",
    "До сих пор не вернули {amount} за отменённый рейс в <<city|Сочи>>, бронь {k:order_number:@@@#@@}. Прошло <<quantity|5 недель>>.\n\n{init:signature.m}",
    "Вчера говорила с <<name/other|Калининым>> из поддержки <<brand|МТС>>, обещал прислать допсоглашение на почту. Ничего нет, пришлите на {email:f}. {full:signature.f}",
    "Реквизиты для счёта за ремонт котла: <<brand|ИП Самойлов>>, ИНН {inn12}, ОГРН {ogrn}, {addr}. Контакт {fullp:other.m}, {phone:l}.",
    "Сообщаю о неисправности газового счётчика, {street}. Я сейчас в Германии, звоните дочери: {phone:DE.i}. {full:signature.f}",
    "привет, это {first:self_intro.f}, сняла квартиру через <<brand|Авито>> с {date}, хозяин не отвечает. бронь {k:order_number:##########}. мой номер {phone:b}",
]
DATA["ru"]["no_pii"] = [
    "здравствуйте, по счёту {k:invoice_number:##########} за электричество начислено {amount}, а счётчик {k:invalid_checksum_number:########} показывает меньше. Лицевой счёт {k:invalid_checksum_number:##########}.",
    "<<greeting_without_name|Здравствуйте>>! Заказ {k:order_number:#########} должен был прийти {date}, а <<brand|Почта России>> пишет «в пути». Трек {k:tracking_number:@@#########RU}.",
    "Приложение <<brand|Госуслуги>> версии <<version|5.21.0>> не открывает штрафы. Телефон <<brand|Honor>>.",
    "Повышение тарифа на отопление на <<percent|11,9%>> с {date} — это слишком. Платим {amount} в месяц за квартиру в <<city|Туле>>.",
    "Шоколад <<brand|Бабаевский>> из <<brand|Магнита>> был просрочен ({date}), чек {k:invalid_checksum_number:####-####-####}. Верните {amount}.",
    "<<greeting_without_name|Добрый день>>, прошу дубликат полиса {k:invalid_checksum_number:##########} и подтверждение оплаты {amount}. Срок был {date}.",
    "Сервис <<brand|Fit Service>> насчитал замену ремня ГРМ {amount}, а официальный дилер {amount}. Заказ {k:order_number:###/####}. Это гарантийный случай?",
    "Приём в клинике <<brand|Медси>> {date} в {time}, направление {k:invalid_checksum_number:#############}. Пришлите СМС-напоминание.",
]
DATA["ru"]["oneoff"] = [
    "Тема: Претензия по убытку {k:ticket_number:КАСКО-2025-######}\n\n<<greeting_without_name|Добрый день>>.\n\nНе согласен с оценкой ремонта в {amount}. Калькуляция сервиса <<brand|Автоцентр Север>> — {amount}; разница из-за неоригинальных запчастей.\n\nПотерпевший: {fullp:other.m}, СНИЛС {snils:plain}\nКарта для выплаты: {card:plain}\n\nС уважением,\n{fullp:signature.m}\n{addr2}\n{phone:i}\n{email:m}",
    "[чат 11:20] Клиент: здравствуйте, не могу войти в <<brand|Т-Банк>>\n[чат 11:21] Оператор <<name/other|Ксения>>: Здравствуйте! Чем помочь?\n[чат 11:21] Клиент: карта {card:space} заблокирована после трёх попыток, я {full:self_intro.m}\n[чат 11:22] Оператор <<name/other|Ксения>>: Назовите номер телефона из договора.\n[чат 11:22] Клиент: {phone:b}",
    "Уважаемый {fp:salutation.m}!\n\nНаправляю договор аренды нежилого помещения по адресу {addr}. Депозит {amount}, первый платёж до {date}.\n\nАрендатор: <<brand|ООО «Цветочная лавка»>>, ИНН {inn10}, ОГРН {ogrn}\n\nС уважением,\n{fullp:signature.f2}\nуправляющий объектами\n<<brand|УК «Домострой»>>\nтел. {phone:l}",
    "Рекламация: счёт {k:invoice_number:##########}, заказ {k:order_number:ЗК-######}. Товар <<product_code|ТР-880>> (<<quantity|30 шт.>>). Покупатель <<brand|АО «Мебельград»>>, ИНН {inn10}. Контакт {full:other.m}, {email:m@mebelgrad.ru}, {phone:n}; склад {phone:RU.l}.",
]

DATA["uk"] = {
    "male": [
        ("Олег", "Олеже"),
        ("Андрій", "Андрію"),
        ("Тарас", "Тарасе"),
        ("Богдан", "Богдане"),
        ("Василь", "Василю"),
        ("Юрій", "Юрію"),
        ("Степан", "Степане"),
        ("Микола", "Миколо"),
        ("Ігор", "Ігоре"),
    ],
    "female": [
        ("Оксана", "Оксано"),
        ("Ірина", "Ірино"),
        ("Олена", "Олено"),
        ("Галина", "Галино"),
        ("Марія", "Маріє"),
        ("Тетяна", "Тетяно"),
        ("Світлана", "Світлано"),
        ("Людмила", "Людмило"),
        ("Христина", "Христино"),
    ],
    # masculine, masculine vocative, feminine, feminine vocative
    "patronymics": [
        ("Петрович", "Петровичу", "Петрівна", "Петрівно"),
        ("Іванович", "Івановичу", "Іванівна", "Іванівно"),
        ("Миколайович", "Миколайовичу", "Миколаївна", "Миколаївно"),
        ("Васильович", "Васильовичу", "Василівна", "Василівно"),
        ("Олександрович", "Олександровичу", "Олександрівна", "Олександрівно"),
        ("Богданович", "Богдановичу", "Богданівна", "Богданівно"),
    ],
    "surnames": [
        ("Шевчук", "Шевчук"),
        ("Коваленко", "Коваленко"),
        ("Бондаренко", "Бондаренко"),
        ("Ткачук", "Ткачук"),
        ("Мельник", "Мельник"),
        ("Бойко", "Бойко"),
        ("Савчук", "Савчук"),
        ("Поліщук", "Поліщук"),
        ("Гриценко", "Гриценко"),
        ("Левицький", "Левицька"),
        ("Яворський", "Яворська"),
        ("Дорошенко", "Дорошенко"),
        ("Кравець", "Кравець"),
    ],
    "streets": [
        "вул. Городоцька",
        "вул. Шевченка",
        "просп. Перемоги",
        "вул. Соборна",
        "вул. Садова",
        "вул. Грушевського",
        "пров. Тихий",
        "вул. Личаківська",
    ],
    "towns": [
        ("Львів", "790##"),
        ("Київ", "031##"),
        ("Харків", "610##"),
        ("Одеса", "650##"),
        ("Дніпро", "490##"),
        ("Вінниця", "210##"),
        ("Полтава", "360##"),
        ("Чернігів", "140##"),
    ],
    "domains": ["ukr.net", "i.ua", "gmail.com", "meta.ua", "outlook.com"],
}
DATA["uk"]["templates"] = [
    "Шановний пане {fvoc:salutation.m2}!\n\nНадсилаю документи щодо страхового випадку № {k:ticket_number:СВ-####/25} (пошкодження авто градом). Відшкодування прошу перерахувати на рахунок {iban:UA.group}.\n\nЗ повагою\n{full:signature.m}\n{addr2}\nтел. {phone:n}",
    "Форма з сайту <<brand|Yasno>>\nПІБ: {fullp:other.f}\nРНОКПП: {rnokpp}\nE-mail: {email:f}\nТелефон: {phone:b}\nАдреса: {addr}\nЗвернення: прошу перерахувати рахунок за <<date|листопад>>, особовий рахунок {k:invalid_checksum_number:##########}.",
    "Добрий день, пані {fvoc:salutation.f}!\nАвто з СТО забрав, але знову горить помилка двигуна. Замовлення-наряд {k:order_number:ЗН######}. Зателефонуйте, будь ласка: {phone}.\n{full:signature.m}",
    "Мене звати {full:self_intro.f}, з {date} не працює домашній інтернет <<brand|Київстар>>. Особовий рахунок {k:invalid_checksum_number:##########}. Майстер мав прийти з <<time|9:00>> до <<time|13:00>>. Відповідайте на {email:f}",
    "Добрий день! Щодо бронювання № {k:order_number:#########} у готелі <<brand|Reikartz>> (<<quantity|2 ночі>>) прошу рахунок на <<brand|ТОВ «Агроконтакт»>>, ЄДРПОУ {edrpou}, {addr}. Дякую, {full:signature.m}",
    "Хочу перенести прийом до лікарки <<name/other|Дорошенко>> з {date} {time}. Пацієнт: {fullp:other.m}, декларація {k:invalid_checksum_number:####-####-####}. Телефонуйте після 18: {phone:n}",
    "ЦНАП, звернення\nЗаявник: {fullp:other.m}\nРНОКПП: {rnokpp}\nАдреса реєстрації: {addr}\nСуть: не отримав витяг за заявою № {k:ticket_number:####/##/2025}",
    "^контролер у трамваї виписав штраф {k:ticket_number:ЛК######} на {amount}, хоча я мав проїзний у застосунку <<brand|LeoCard>>. прошу скасувати. {full:signature.m}",
    "Шановна {fpvoc:salutation.f}!\n\nУ поставці за накладною {k:order_number:ВН-####} не вистачило <<quantity|9 ящиків>> плитки <<product_code|КП-33>>, а рахунок {k:invoice_number:СФ-#####} виставлено на весь обсяг.\n\nЗ повагою\n{full:signature.m}\nкерівник відділу закупівель\n<<brand|ТОВ «Будмайстер»>>\nЄДРПОУ {edrpou}\nмоб. {phone:b}\n{email:m@budmaister.com.ua}",
    "Оскаржую операцію карткою {card} від {date} на {amount} у магазині <<brand|Rozetka>>. Я її не здійснювала. {full:signature.f}",
    "{fvoc:salutation.f}, добрий вечір! Оплату за квартиру за березень переказав на {iban:UA.plain}. Лічильник води {k:invalid_checksum_number:########}: <<quantity|74 м³>>. {first:signature.m}",
    "кур'єр <<brand|Нова Пошта>> має забрати посилку з адреси {addr}, ТТН {k:tracking_number:204500########}, {phone:b}",
    "-------- Переслане повідомлення --------\nВід: {full:other.f} <{email:f}>\nДата: {date}\nТема: Рахунок за воду {k:invoice_number:########}\nКому: <<email|abonent@lvivvodokanal.com.ua>>\n\nПоказники передавала, а нараховано за нормою.",
    "Посилання для скидання пароля {urltok:my.yasno.ua/password/reset} не працює. Версія застосунку <<version|3.9.2>>.",
    "Добрий день, я {fullp:self_intro.m}, дзвонив щодо поліса ОСЦПВ {k:invalid_checksum_number:#########} в <<brand|Оранта>>. ДТП було {date} біля <<brand|Сільпо>>. Мій номер {phone:i}.",
    "Досі не повернули {amount} за скасований рейс до <<city|Варшави>>, бронювання {k:order_number:@@@#@@}. Минуло <<quantity|6 тижнів>>.\n\n{init:signature.m}",
    "Вчора говорила з паном <<name/other|Яворським>> з підтримки <<brand|lifecell>>, обіцяв надіслати додаткову угоду. Нічого немає, надішліть на {email:f}. {full:signature.f}",
    "Реквізити для рахунку за ремонт котла: <<brand|ФОП Кравець>>, РНОКПП {rnokpp}, {addr}. Контакт {fullp:other.m}, {phone:l}.",
    "Повідомляю про несправність газового лічильника, {street}. Я зараз у Польщі, телефонуйте доньці: {phone:PL.i}. {full:signature.f}",
    "привіт, це {first:self_intro.f}, зняла квартиру через <<brand|OLX>> з {date}, власник не відповідає. мій номер {phone:b}",
]
DATA["uk"]["no_pii"] = [
    "добрий день, за рахунком {k:invoice_number:##########} за світло нараховано {amount}, а лічильник {k:invalid_checksum_number:########} показує менше. Особовий рахунок {k:invalid_checksum_number:##########}.",
    "<<greeting_without_name|Добрий день>>! Замовлення {k:order_number:#########} мало прийти {date}, а <<brand|Укрпошта>> пише «в дорозі». Трек {k:tracking_number:@@#########UA}.",
    "Застосунок <<brand|Дія>> версії <<version|4.18.0>> не показує водійське. Телефон <<brand|Motorola>>.",
    "Підвищення тарифу на воду на <<percent|15%>> з {date} — це забагато. Платимо {amount} на місяць за квартиру в <<city|Житомирі>>.",
    "Цукерки <<brand|Roshen>> з <<brand|АТБ>> були прострочені ({date}), чек {k:invalid_checksum_number:####-####-####}. Поверніть {amount}.",
    "<<greeting_without_name|Шановні>>, прошу дублікат договору страхування {k:invalid_checksum_number:##########} і підтвердження оплати {amount}. Термін був {date}.",
    "СТО <<brand|Bosch Car Service>> порахувало заміну ременя {amount}, а дилер {amount}. Замовлення {k:order_number:###/####}. Це гарантія?",
    "Прийом у клініці <<brand|Добробут>> {date} о {time}, направлення {k:invalid_checksum_number:####-####-####-####}. Надішліть SMS-нагадування.",
]
DATA["uk"]["oneoff"] = [
    "Тема: Претензія щодо збитку {k:ticket_number:КАСКО-######}\n\n<<greeting_without_name|Добрий день>>.\n\nНе погоджуюся з оцінкою ремонту в {amount}. Калькуляція СТО <<brand|Автосвіт>> — {amount}.\n\nПотерпілий: {fullp:other.m}, РНОКПП {rnokpp}\nРахунок для виплати: {iban:UA.group}\n\nЗ повагою\n{fullp:signature.m}\n{addr2}\n{phone:i}\n{email:m}",
    "[чат 15:30] Клієнт: добрий день, не можу зайти в <<brand|Приват24>>\n[чат 15:31] Оператор <<name/other|Дарина>>: Вітаю! Чим допомогти?\n[чат 15:31] Клієнт: картку {card:space} заблоковано, я {full:self_intro.m}\n[чат 15:32] Оператор <<name/other|Дарина>>: Назвіть номер телефону з договору.\n[чат 15:32] Клієнт: {phone:b}",
    "Шановний {fpvoc:salutation.m}!\n\nНадсилаю договір оренди приміщення за адресою {addr}. Депозит {amount} на рахунок {iban:UA.plain}, перший платіж до {date}.\n\nОрендар: <<brand|ТОВ «Квіткова крамниця»>>, ЄДРПОУ {edrpou}\n\nЗ повагою\n{full:signature.f2}\nкеруюча нерухомістю\n<<brand|ТОВ «Житлосервіс»>>\nтел. {phone:l}",
    "Рекламація: рахунок {k:invoice_number:##########}, замовлення {k:order_number:ЗМ-######}. Товар <<product_code|ТР-410>> (<<quantity|25 шт.>>). Покупець <<brand|ТОВ «Меблевик»>>, ЄДРПОУ {edrpou}. Контакт {full:other.m}, {email:m@meblevyk.ua}, {phone:n}.",
]

DATA["en"] = {
    "male": [
        "Gareth",
        "Callum",
        "Owen",
        "Samuel",
        "Declan",
        "Rhys",
        "Nathan",
        "Trevor",
        "Howard",
        "Marcus",
    ],
    "female": [
        "Harriet",
        "Chloe",
        "Megan",
        "Rebecca",
        "Fiona",
        "Imogen",
        "Priya",
        "Siobhan",
        "Bethany",
        "Louise",
    ],
    "surnames": [
        "Whitfield",
        "Ashworth",
        "Pemberton",
        "Haslam",
        "Lockwood",
        "Fairbairn",
        "Holloway",
        "Kershaw",
        "Mahoney",
        "Pritchard",
        "Dunmore",
        "Gallagher",
        "Okafor",
        "Thornbury",
    ],
    "streets": [
        "Mill Lane",
        "Elm Grove",
        "Station Road",
        "Victoria Terrace",
        "Chapel Street",
        "Orchard Close",
        "Queens Drive",
        "Beech Avenue",
    ],
    "towns": [
        ("Leeds", "LS6 #@@"),
        ("Manchester", "M14 #@@"),
        ("Bristol", "BS7 #@@"),
        ("Norwich", "NR2 #@@"),
        ("Cardiff", "CF24 #@@"),
        ("York", "YO10 #@@"),
        ("Sheffield", "S11 #@@"),
    ],
    "domains": [
        "gmail.com",
        "outlook.com",
        "btinternet.com",
        "yahoo.co.uk",
        "hotmail.co.uk",
        "icloud.com",
    ],
}
DATA["en"]["templates"] = [
    "Dear Mr {sur:salutation.m2},\n\nPlease find attached the photos and the plumber's report for claim {k:ticket_number:CLM-######-HH} (escape of water, kitchen ceiling). Kindly pay the settlement into {iban:GB.group}.\n\nKind regards,\n{full:signature.m}\n{addr2}\nTel: {phone:n}",
    "Web form – <<brand|Octopus Energy>>\nFull name: {full:other.f}\nEmail: {email:f}\nMobile: {phone:b}\nSupply address: {addr}\nMessage: please close account {k:invalid_checksum_number:##########} from {date}, I am moving out.",
    "Hi {first:salutation.f},\nPicked the car up from the garage yesterday but the engine light is back on. Job card {k:order_number:JC######}. Can someone ring me on {phone}?\n{full:signature.m}",
    "My name is {full:self_intro.f} and my broadband with <<brand|Virgin Media>> has been down since {date}. Account number {k:invalid_checksum_number:##########}. The engineer was due between <<time|8:00>> and <<time|13:00>> and never came. Please reply to {email:f}",
    "Hello, regarding booking {k:order_number:#########} at the <<brand|Premier Inn>> (<<quantity|3 nights>>), could you issue a VAT invoice to <<brand|Lockwood & Dunmore Ltd>>, VAT reg. {gbvat}, {addr}? Thanks, {full:signature.m}",
    "I need to move my appointment with Dr <<name/other|Okafor>> on {date} at {time}. Patient: {full:other.m}, NHS no. {k:invalid_checksum_number:### ### ####}. Best reached after 5pm on {phone:n}",
    "Council Tax enquiry\nName: {full:other.m}\nAddress: {addr}\nReference: {k:invalid_checksum_number:##########}\nQuery: I was charged {amount} although the single person discount of <<percent|25%>> was approved.",
    "^got a penalty fare {k:ticket_number:PF######} on the train for {amount} but i had a valid ticket in the <<brand|Trainline>> app, it just wouldnt load. please cancel. {full:signature.m}",
    "Dear {first:salutation.f},\n\nOur delivery note {k:order_number:DN-#####} was short by <<quantity|6 pallets>> of <<product_code|PLY-18-WBP>>, yet invoice {k:invoice_number:INV-######} bills the full quantity.\n\nBest regards,\n{full:signature.m}\nProcurement Manager\n<<brand|Haslam Timber Supplies Ltd>>\nVAT: {gbvat:plain}\nM: {phone:b}\n{email:m@haslamtimber.co.uk}",
    "I am disputing a payment on my card {card} dated {date} for {amount} at <<brand|Currys>>. I did not make it, the card never left my wallet. {full:signature.f}",
    "Hi {first:salutation.f}, paid October rent into {iban:GB.plain} this morning. Water meter {k:invalid_checksum_number:########} reads <<quantity|1,204 m³>>. Cheers, {first:signature.m}",
    "courier from <<brand|Evri>> is meant to collect a parcel from {addr}, tracking {k:tracking_number:H00@@@##########}, {phone:b}",
    "---------- Forwarded message ---------\nFrom: {full:other.f} <{email:f}>\nDate: {date}\nSubject: Water bill {k:invoice_number:##########}\nTo: <<email|customer.services@severnwater-billing.co.uk>>\n\nI submitted a reading but was billed on an estimate.",
    "The password reset link {urltok:account.thameswater.co.uk/reset} says it has expired. App version <<version|12.4.1>>.",
    "~Hello, I'm {full:self_intro.m}, I called about my motor policy {k:invalid_checksum_number:##########} with <<brand|Aviva>>. The bump was on {date} in the <<brand|Tesco>> car park. My number is {phone:i}.",
    "Still no refund of {amount} for the cancelled flight to <<city|Málaga>>, booking ref {k:order_number:@@@#@@}. It's been <<quantity|5 weeks>>.\n\n{init:signature.m}",
    "Yesterday I spoke to <<name/other|Nathan>> from <<brand|EE>> support, who promised the contract addendum by email. Nothing has arrived, please send it to {email:f}. {full:signature.f}",
    "Hi, we're a small US client of yours – our office line is {phone:US.n} and accounts payable is {email:f@brightlinepayroll.com}. Invoice {k:invoice_number:US-######} for {amount:US} is still open. {full:signature.f}",
    "Reporting a faulty gas meter at {street}. I'm abroad, please call my daughter in Germany: {phone:DE.i}. {full:signature.f}",
    "hiya it's {first:self_intro.f}, booked a flat on <<brand|Airbnb>> from {date} but the host isn't answering. booking {k:order_number:@@@@@@@@@@}. my number {phone:b}",
]
DATA["en"]["no_pii"] = [
    "hi, bill {k:invoice_number:##########} charges {amount} for electricity but meter {k:invalid_checksum_number:########} shows far less. Account {k:invalid_checksum_number:##########}.",
    "<<greeting_without_name|Hello>>, order {k:order_number:#########} was due on {date} but <<brand|Royal Mail>> still says in transit. Tracking {k:tracking_number:@@#########GB}.",
    "The <<brand|Monzo>> app version <<version|5.102.0>> crashes when I open pots. Phone is a <<brand|Pixel 7>>.",
    "A <<percent|9.4%>> rise in the water rate from {date} is too much. We pay {amount} a month for a flat in <<city|Swindon>>.",
    "The <<brand|Marks & Spencer>> cake I bought at the <<street_as_brand|Oxford Street>> store was out of date ({date}), receipt {k:invalid_checksum_number:####-####-####}. Please refund {amount}.",
    "<<greeting_without_name|Dear Sir or Madam>>, please send a copy of policy {k:invalid_checksum_number:##########} and proof of payment of {amount}. It was due on {date}.",
    "<<brand|Kwik Fit>> quoted {amount} for a cambelt, the main dealer {amount}. Job {k:order_number:###/####}. Is that covered by the warranty? Also my <<brand|Ted Baker>> bag went missing from the car.",
    "Appointment at the <<brand|Nuffield Health>> clinic on {date} at {time}, referral {k:invalid_checksum_number:#############}. Please send a text reminder.",
]
DATA["en"]["oneoff"] = [
    "Subject: Complaint about claim {k:ticket_number:MTR-25-#######}\n\n<<greeting_without_name|Dear Sir or Madam>>,\n\nI do not accept the repair valuation of {amount}. The estimate from <<brand|Autofix Bristol>> is {amount}; the difference comes from non-genuine parts.\n\nPolicyholder: {full:other.m}\nAccount for payment: {iban:GB.group}\n\nYours faithfully,\n{full:signature.m}\n{addr2}\n{phone:i}\n{email:m}",
    "[chat 10:02] Customer: hi, locked out of <<brand|Barclays>> online banking\n[chat 10:03] Agent <<name/other|Ellie>>: Hello! How can I help?\n[chat 10:03] Customer: card {card:space} blocked after three PIN attempts, I'm {full:self_intro.m}\n[chat 10:04] Agent <<name/other|Ellie>>: Could you confirm the phone number on the account?\n[chat 10:04] Customer: {phone:b}",
    "Dear Mrs {sur:salutation.f},\n\nAttached is the lease for the shop unit at {addr}. Deposit {amount} to {iban:GB.plain}, first rent due {date}.\n\nTenant: <<brand|Petal & Stem Florists>>, VAT {gbvat}\n\nKind regards,\n{full:signature.f2}\nLettings Manager\n<<brand|Northgate Property Management>>\nT: {phone:l}",
    "Complaint – invoice {k:invoice_number:##########}, PO {k:order_number:PO-######}. Item <<product_code|HX-220-C>> (<<quantity|60 units>>). Buyer <<brand|Holloway Furniture plc>>, VAT {euvat:GB}. Contact {full:other.m}, {email:m@hollowayfurniture.co.uk}, {phone:n}; warehouse {phone:GB.l}.",
]

DATA["de"] = {
    "male": [
        "Jürgen",
        "Matthias",
        "Tobias",
        "Dieter",
        "Florian",
        "Uwe",
        "Henrik",
        "Markus",
        "Rüdiger",
        "Sven",
    ],
    "female": [
        "Birgit",
        "Sabine",
        "Katrin",
        "Anja",
        "Heike",
        "Ulrike",
        "Lena",
        "Miriam",
        "Doris",
        "Franziska",
    ],
    "surnames": [
        "Schäfer",
        "Krüger",
        "Zimmermann",
        "Hartmann",
        "Köhler",
        "Brandt",
        "Vogel",
        "Friedrich",
        "Günther",
        "Lorenz",
        "Seidel",
        "Ziegler",
        "Kühn",
        "Pohl",
    ],
    "streets": [
        "Lindenstraße",
        "Am Mühlbach",
        "Goethestr.",
        "Bahnhofstraße",
        "Kirchweg",
        "Schillerplatz",
        "Eichendorffstraße",
        "Hauptstr.",
    ],
    "towns": [
        ("Leipzig", "0410#"),
        ("Nürnberg", "9040#"),
        ("Bremen", "2819#"),
        ("Freiburg", "7909#"),
        ("Dresden", "0106#"),
        ("Essen", "4512#"),
        ("Regensburg", "9304#"),
        ("Kassel", "3411#"),
    ],
    "domains": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com", "freenet.de"],
}
DATA["de"]["templates"] = [
    "Sehr geehrter Herr {sur:salutation.m2},\n\nanbei die Fotos und der Bericht des Installateurs zum Schaden Nr. {k:ticket_number:LW-####-####} (Leitungswasser, Küchendecke). Bitte überweisen Sie die Entschädigung auf {iban:DE.group}.\n\nMit freundlichen Grüßen\n{full:signature.m}\n{addr2}\nTel. {phone:n}",
    "Kontaktformular – <<brand|Stadtwerke Leipzig>>\nName, Vorname: {upper:other.f}\nSteuer-ID: {steuerid}\nE-Mail: {email:f}\nMobil: {phone:b}\nLieferadresse: {addr}\nNachricht: Bitte Vertrag {k:invalid_checksum_number:##########} zum {date} kündigen, ich ziehe um.",
    "Hallo {first:salutation.f},\nhabe das Auto gestern aus der Werkstatt geholt, die Motorkontrollleuchte ist wieder an. Auftrag {k:order_number:WA-######}. Rufen Sie mich bitte unter {phone} an.\n{full:signature.m}",
    "Mein Name ist {full:self_intro.f}, seit {date} geht mein DSL bei <<brand|Vodafone>> nicht. Kundennummer {k:invalid_checksum_number:##########}. Der Techniker sollte zwischen <<time|8:00>> und <<time|12:00>> kommen. Bitte antworten Sie an {email:f}",
    "Guten Tag, zur Buchung {k:order_number:#########} im <<brand|Motel One>> (<<quantity|2 Nächte>>) bitte eine Rechnung an <<brand|Brandt & Pohl GmbH>>, USt-IdNr. {ustid}, {addr}. Danke, {full:signature.m}",
    "Ich muss meinen Termin bei Dr. <<name/other|Seidel>> am {date} um {time} verschieben. Patient: {full:other.m}, Versichertennummer {k:invalid_checksum_number:@#########}. Erreichbar ab 17 Uhr: {phone:n}",
    "Bürgeramt – Anfrage\nName: {full:other.m}\nSteuerliche Identifikationsnummer: {steuerid}\nMeldeadresse: {addr}\nAnliegen: Meldebescheinigung zu Vorgang {k:ticket_number:BA-####-####} ist nicht angekommen.",
    "^hab im bus ein erhöhtes beförderungsentgelt bekommen, nr {k:ticket_number:EBE######}, {amount}, obwohl mein <<brand|Deutschlandticket>> in der app war. bitte stornieren. {full:signature.m}",
    "Sehr geehrte Frau {sur:salutation.f},\n\nbei der Lieferung laut Lieferschein {k:order_number:LS-#####} fehlten <<quantity|10 Kartons>> Fliesenkleber <<product_code|FK-500>>, die Rechnung {k:invoice_number:####} berechnet aber die volle Menge.\n\nMit freundlichen Grüßen\n{full:signature.m}\nLeiter Einkauf\n<<brand|Baustoffe Ziegler GmbH & Co. KG>>\nUSt-IdNr.: {ustid:space}\nMobil: {phone:b}\n{email:m@baustoffe-ziegler.de}",
    "Ich widerspreche einer Kartenzahlung mit {card} vom {date} über {amount} bei <<brand|MediaMarkt>>. Die habe ich nicht getätigt. {full:signature.f}",
    "Hallo {first:salutation.f}, die Miete für Oktober ist auf {iban:DE.plain} überwiesen. Wasserzähler {k:invalid_checksum_number:########} steht bei <<quantity|312 m³>>. Gruß {first:signature.m}",
    "der <<brand|Hermes>>-Fahrer soll ein Paket bei {addr} abholen, Sendung {k:tracking_number:H100########0######}, {phone:b}",
    "---------- Weitergeleitete Nachricht ----------\nVon: {full:other.f} <{email:f}>\nDatum: {date}\nBetreff: Wasserrechnung {k:invoice_number:##########}\nAn: <<email|kundenservice@swb-wasser-bremen.de>>\n\nIch hatte den Zählerstand gemeldet, abgerechnet wurde geschätzt.",
    "Der Link zum Zurücksetzen des Passworts {urltok:kundenportal.enbw.com/passwort} geht nicht. App-Version <<version|8.3.0>>.",
    "~Guten Tag, ich bin {full:self_intro.m}, ich hatte wegen der Kfz-Police {k:invalid_checksum_number:##########} bei der <<brand|HUK-Coburg>> angerufen. Der Unfall war am {date} auf dem Parkplatz von <<brand|Kaufland>>. Meine Nummer: {phone:i}.",
    "Ich habe immer noch keine Erstattung über {amount} für den gestrichenen Flug nach <<city|Palma>>, Buchung {k:order_number:@@@#@@}. Das sind schon <<quantity|6 Wochen>>.\n\n{init:signature.m}",
    "Gestern habe ich mit Herrn <<name/other|Kühn>> von der <<brand|Telekom>>-Hotline gesprochen, er wollte mir die Vertragsänderung mailen. Nichts gekommen, bitte an {email:f}. {full:signature.f}",
    "Rechnungsdaten für die Heizungswartung: <<brand|Lorenz Haustechnik e.K.>>, USt-IdNr. {ustid}, {addr}. Ansprechpartner {full:other.m}, {phone:l}.",
    "Störung am Gaszähler in der {street}. Ich bin verreist, bitte meinen Sohn in Polen anrufen: {phone:PL.i}. {full:signature.f}",
    "hi, hier ist {first:self_intro.f}, hab über <<brand|Airbnb>> ab {date} eine wohnung gebucht, der vermieter geht nicht ran. buchung {k:order_number:@@@@@@@@@@}. meine nr {phone:b}",
]
DATA["de"]["no_pii"] = [
    "hallo, Rechnung {k:invoice_number:##########} berechnet {amount} für Strom, aber Zähler {k:invalid_checksum_number:########} zeigt viel weniger. Vertragskonto {k:invalid_checksum_number:##########}.",
    "<<greeting_without_name|Guten Tag>>, Bestellung {k:order_number:#########} sollte am {date} kommen, <<brand|DHL>> zeigt noch „in Zustellung“. Sendungsnummer {k:tracking_number:00340434##########}.",
    "Die App von <<brand|Sparkasse>> in Version <<version|6.7.2>> stürzt beim Login ab. Handy ist ein <<brand|Galaxy S21>>.",
    "Eine Erhöhung des Gaspreises um <<percent|14 %>> ab {date} ist zu viel. Wir zahlen {amount} im Monat für eine Wohnung in <<city|Bielefeld>>.",
    "Der Kuchen von <<brand|Dr. Oetker>> aus der <<brand|Müller>>-Filiale auf der <<street_as_brand|Königsallee>> war abgelaufen ({date}), Bon {k:invalid_checksum_number:####-####-####}. Bitte {amount} erstatten.",
    "<<greeting_without_name|Sehr geehrte Damen und Herren>>, bitte senden Sie mir eine Kopie der Police {k:invalid_checksum_number:##########} und einen Zahlungsnachweis über {amount}. Fällig war {date}.",
    "<<brand|ATU>> will für den Zahnriemen {amount}, das Autohaus {amount}. Auftrag {k:order_number:###/####}. Ist das ein Garantiefall?",
    "Termin in der Praxis im <<brand|MVZ Nordstadt>> am {date} um {time}, Überweisung {k:invalid_checksum_number:#############}. Bitte SMS-Erinnerung schicken.",
]
DATA["de"]["oneoff"] = [
    "Betreff: Beschwerde zum Schaden {k:ticket_number:KH/1#####/25}\n\n<<greeting_without_name|Sehr geehrte Damen und Herren>>,\n\nmit der Bewertung der Reparatur über {amount} bin ich nicht einverstanden. Der Kostenvoranschlag von <<brand|Autohaus Kassel Nord>> liegt bei {amount}.\n\nVersicherungsnehmer: {full:other.m}, Steuer-ID {steuerid:b}\nKonto für die Auszahlung: {iban:DE.group}\n\nMit freundlichen Grüßen\n{full:signature.m}\n{addr2}\n{phone:i}\n{email:m}",
    "[Chat 13:10] Kunde: hallo, komme nicht ins Onlinebanking der <<brand|Commerzbank>>\n[Chat 13:11] Mitarbeiterin <<name/other|Jessica>>: Hallo! Wie kann ich helfen?\n[Chat 13:11] Kunde: Karte {card:space} nach drei PIN-Versuchen gesperrt, ich bin {full:self_intro.m}\n[Chat 13:12] Mitarbeiterin <<name/other|Jessica>>: Bitte nennen Sie die hinterlegte Telefonnummer.\n[Chat 13:12] Kunde: {phone:b}",
    "Sehr geehrter Herr {sur:salutation.m},\n\nanbei der Mietvertrag für die Gewerbeeinheit {addr}. Kaution {amount} auf {iban:DE.plain}, erste Miete bis {date}.\n\nMieter: <<brand|Blumen Vogel e.K.>>, USt-IdNr. {ustid}\n\nMit freundlichen Grüßen\n{full:signature.f2}\nObjektverwaltung\n<<brand|Hausverwaltung Friedrich GmbH>>\nTel. {phone:l}",
    "Reklamation – Rechnung {k:invoice_number:##########}, Bestellung {k:order_number:BE-######}. Artikel <<product_code|HT-770>> (<<quantity|45 Stück>>). Käufer <<brand|Möbelhaus Günther AG>>, Steuer-ID des Inhabers {steuerid:d}. Kontakt {full:other.m}, {email:m@moebel-guenther.de}, {phone:n}; Lager {phone:DE.l}.",
]


if __name__ == "__main__":
    sys.exit(main())
