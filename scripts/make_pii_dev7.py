#!/usr/bin/env python3
"""Write data/eval/pii/dev7.jsonl, a dev split of the PII test set.

Focus: identity-document numbers without a check digit (or whose check digit is
not written) and identifiers written away from the word that names them.

Every item is one hand-written text in a small inline markup:

    {{CODE|VALUE}}

CODE is a PII kind (``n:s``/``n:g``/``n:i``/``n:o`` for a name as salutation,
signature, self-introduction or other; ``id`` national_id, ``pesel``, ``rc``
birth_number, ``tax``, ``card``, ``iban``, ``ph`` phone, ``em`` email, ``addr``
address, ``tok`` url_token) or ``k:WHAT`` for a span to keep. VALUE is either the
literal text or ``@generator[:arg]`` (optionally followed by ``=label`` to store
the drawn value; ``~label`` inside a literal repeats it). Offsets are computed from the filled
text and checked.

    .venv/bin/python scripts/make_pii_dev7.py           # rewrites the file, prints counts
    .venv/bin/python scripts/make_pii_dev7.py --check   # file on disk == what it writes
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.cz import dic as cz_dic
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr as de_idnr
from stdnum.de import vat as de_vat
from stdnum.gb import nhs as gb_nhs
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

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "eval" / "pii" / "dev7.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}

PII_KINDS = {
    "id": "national_id",
    "pesel": "pesel",
    "rc": "birth_number",
    "tax": "tax_id",
    "card": "card",
    "iban": "iban",
    "ph": "phone",
    "em": "email",
    "addr": "address",
    "tok": "url_token",
}
NAME_CTX = {"s": "salutation", "g": "signature", "i": "self_intro", "o": "other"}
KEEP_WHAT = {
    "brand",
    "company",
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
    "person_like_brand",
    "job_title",
    "team_name",
}
# keep kinds whose values are numbers that must fail every checksum and phone plan
NUMERIC_KEEP = {
    "order_number",
    "invoice_number",
    "ticket_number",
    "tracking_number",
    "product_code",
    "invalid_checksum_number",
}

# --------------------------------------------------------------------------- #
# checksum helpers and validators
# --------------------------------------------------------------------------- #

LAT = "ABCDEFGHJKLMNPRSTUVWXZ"
CYR = "АВЕКМНОРСТХБГДЗИЛПФЦЧШЮЯ"
DE_ALNUM = "CFGHJKLMNPRTVWXYZ0123456789"
DE_LET = "CFGHJKLMNPRTVWXYZ"


def _letter_value(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    return ord(ch) - ord("A") + 10


def pl_idcard_valid(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{3}\d{6}", s):
        return False
    w = [7, 3, 1, 9, 7, 3, 1, 7, 3]
    return sum(_letter_value(c) * x for c, x in zip(s, w, strict=False)) % 10 == 0


def pl_passport_valid(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{7}", s):
        return False
    w = [7, 3, 9, 1, 7, 3, 1, 7, 3]
    return sum(_letter_value(c) * x for c, x in zip(s, w, strict=False)) % 10 == 0


def snils_check(d9: str) -> str:
    s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return f"{c:02d}"


def snils_valid(d: str) -> bool:
    return len(d) == 11 and d.isdigit() and snils_check(d[:9]) == d[9:]


def unzr_check(d12: str) -> str:
    w = [7, 3, 1] * 4
    return str(sum(int(c) * x for c, x in zip(d12, w, strict=False)) % 10)


def unzr_valid(d: str) -> bool:
    return len(d) == 13 and d.isdigit() and unzr_check(d[:12]) == d[12]


def any_id_valid(s: str) -> str | None:
    """Name of an identifier checksum the value passes, or None."""
    d = re.sub(r"\D", "", s)
    a = re.sub(r"[\s\-/.]", "", s).upper()
    tests = []
    n = len(d)
    if n == 11:
        tests += [("pesel", pl_pesel.is_valid), ("idnr", de_idnr.is_valid), ("snils", snils_valid)]
    if n in (9, 10):
        tests += [("cz_rc", lambda x: cz_rc.is_valid(x)), ("sk_rc", lambda x: sk_rc.is_valid(x))]
    if n == 10:
        tests += [
            ("nip", pl_nip.is_valid),
            ("inn", ru_inn.is_valid),
            ("nhs", gb_nhs.is_valid),
            ("rntrc", ua_rntrc.is_valid),
            ("sk_dph", sk_dph.is_valid),
        ]
    if n in (9, 14):
        tests += [("regon", pl_regon.is_valid)]
    if n == 8:
        tests += [("edrpou", ua_edrpou.is_valid)]
    if 8 <= n <= 10:
        tests += [("cz_dic", cz_dic.is_valid)]
    if n in (9, 12):
        tests += [("gb_vat", gb_vat.is_valid)]
    if n == 9:
        tests += [("de_vat", de_vat.is_valid)]
    if n == 12:
        tests += [("inn", ru_inn.is_valid)]
    if n in (13, 15):
        tests += [("ogrn", ru_ogrn.is_valid)]
    if n == 13:
        tests += [("unzr", unzr_valid)]
    if n >= 12:
        tests += [("luhn", luhn.is_valid)]
    for name, fn in tests:
        try:
            if fn(d):
                return name
        except Exception:  # noqa: BLE001 - stdnum raises on odd input
            pass
    if len(a) >= 15 and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", a) and std_iban.is_valid(a):
        return "iban"
    if pl_idcard_valid(a):
        return "pl_idcard"
    if pl_passport_valid(a):
        return "pl_passport"
    return None


PHONE_REGIONS = [
    "PL",
    "CZ",
    "SK",
    "RU",
    "UA",
    "GB",
    "DE",
    "AT",
    "BY",
    "LT",
    "HU",
    "US",
    "MD",
    "KZ",
    "RO",
]


def _valid_phone(text: str, region: str | None) -> bool:
    try:
        num = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num)


def phone_like(s: str, region: str) -> bool:
    """True if the value reads as a valid phone number."""
    d = re.sub(r"\D", "", s)
    if len(d) < 6:
        return False
    if "+" in s and _valid_phone("+" + d, None):
        return True
    if d.startswith("00") and _valid_phone("+" + d[2:], None):
        return True
    others = [x for x in PHONE_REGIONS if x != region] if re.fullmatch(r"[\d ]+", s) else []
    for r in [region] + others:
        md = phonenumbers.PhoneMetadata.metadata_for_region(r)
        trunk = md.national_prefix
        if r == "DE" and r != region and not d.startswith("0"):
            continue
        if trunk and not d.startswith(trunk):
            continue
        if _valid_phone(d, r):
            return True
    return False


def safe_number(s: str, region: str) -> bool:
    return any_id_valid(s) is None and not phone_like(s, region)


# --------------------------------------------------------------------------- #
# generators
# --------------------------------------------------------------------------- #


def pattern(rng: random.Random, pat: str) -> str:
    out = []
    for ch in pat:
        if ch == "#":
            out.append(str(rng.randrange(10)))
        elif ch == "!":
            out.append(str(rng.randrange(1, 10)))
        elif ch == "%":
            out.append(rng.choice(LAT))
        elif ch == "^":
            out.append(rng.choice(CYR))
        elif ch == "&":
            out.append(rng.choice(DE_ALNUM))
        elif ch == "*":
            out.append(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
        else:
            out.append(ch)
    return "".join(out)


def g_p(rng, arg, region):
    """Shape-only identifier (no check digit)."""
    return pattern(rng, arg)


def g_k(rng, arg, region):
    """A number to keep: redrawn until it fails every checksum and phone plan."""
    for _ in range(20000):
        v = pattern(rng, arg)
        if safe_number(v, region):
            return v
    raise RuntimeError(f"cannot draw a safe number for {arg!r}")


def g_ruser(rng, arg, region):
    reg = rng.choice(
        [
            "45",
            "46",
            "40",
            "50",
            "60",
            "65",
            "71",
            "03",
            "11",
            "92",
            "36",
            "52",
            "04",
            "18",
            "80",
            "75",
            "22",
            "56",
        ]
    )
    yr = rng.choice(
        [
            "03",
            "05",
            "07",
            "09",
            "10",
            "12",
            "13",
            "14",
            "15",
            "16",
            "17",
            "18",
            "19",
            "20",
            "21",
            "22",
            "23",
        ]
    )
    return f"{reg} {yr}" if arg == "sp" else reg + yr


def g_runum(rng, arg, region):
    return pattern(rng, "!#####")


def g_ru(rng, arg, region):
    """Russian internal passport: sp '45 10 370712', 4 '4510 370712', glued, dash."""
    ser = g_ruser(rng, "", region)
    num = g_runum(rng, "", region)
    if arg == "sp":
        return f"{ser[:2]} {ser[2:]} {num}"
    if arg == "glued":
        return ser + num
    if arg == "dash":
        return f"{ser}-{num}"
    if arg == "no":
        return f"{ser} № {num}"
    return f"{ser} {num}"


def g_pldowod(rng, arg, region):
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    while True:
        let = "".join(rng.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(3))
        rest = pattern(rng, "#####")
        vals = [_letter_value(c) for c in let] + [int(c) for c in rest]
        chk = sum(v * x for v, x in zip(vals, w, strict=False)) % 10
        s = f"{let}{chk}{rest}"
        assert pl_idcard_valid(s)
        if arg == "sp":
            return f"{s[:3]} {s[3:]}"
        if arg == "low":
            return s.lower()
        return s


def g_plpass(rng, arg, region):
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    let = rng.choice(
        [
            "EA",
            "EB",
            "EC",
            "ED",
            "EE",
            "EF",
            "EG",
            "EH",
            "EK",
            "EL",
            "EM",
            "EN",
            "ER",
            "ES",
            "ET",
            "EW",
            "EZ",
            "ZS",
            "ZT",
        ]
    )
    rest = pattern(rng, "######")
    vals = [_letter_value(c) for c in let] + [int(c) for c in rest]
    chk = sum(v * x for v, x in zip(vals, w, strict=False)) % 10
    s = f"{let}{chk}{rest}"
    assert pl_passport_valid(s), s
    if arg == "sp":
        return f"{s[:2]} {s[2:]}"
    return s


def g_pesel(rng, arg, region):
    """arg: YYYY-MM-DD[,m|f][,fmt] ; fmt sp -> groups."""
    parts = (arg or "").split(",")
    if parts[0]:
        y, m, dd = map(int, parts[0].split("-"))
    else:
        y, m, dd = rng.randrange(1950, 2006), rng.randrange(1, 13), rng.randrange(1, 29)
    sex = parts[1] if len(parts) > 1 and parts[1] else rng.choice("mf")
    mm = m + (20 if y >= 2000 else 0)
    base = f"{y % 100:02d}{mm:02d}{dd:02d}{rng.randrange(1000):03d}"
    sd = rng.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8])
    base += str(sd)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    chk = (10 - sum(int(c) * x for c, x in zip(base, w, strict=False)) % 10) % 10
    s = base + str(chk)
    assert pl_pesel.is_valid(s)
    if len(parts) > 2 and parts[2] == "sp":
        return f"{s[:6]} {s[6:]}"
    return s


def g_rc(rng, arg, region):
    """arg: cz|sk,YYYY-MM-DD,m|f,fmt(slash|plain|sp)"""
    parts = (arg or "cz").split(",") + ["", "", ""]
    cc, date, sex, fmt = (
        parts[0] or "cz",
        parts[1],
        parts[2] or rng.choice("mf"),
        parts[3] or "slash",
    )
    if date:
        y, m, dd = map(int, date.split("-"))
    else:
        y, m, dd = rng.randrange(1955, 2004), rng.randrange(1, 13), rng.randrange(1, 29)
    mm = m + (50 if sex == "f" else 0)
    while True:
        head = f"{y % 100:02d}{mm:02d}{dd:02d}{rng.randrange(1000):03d}"
        n9 = int(head)
        c = n9 % 11
        if c == 10:
            continue
        s = head + str(c)
        if int(s) % 11 != 0:
            continue
        break
    mod = cz_rc if cc == "cz" else sk_rc
    assert mod.is_valid(s), s
    if fmt == "slash":
        return f"{s[:6]}/{s[6:]}"
    if fmt == "sp":
        return f"{s[:6]} {s[6:]}"
    return s


def _loop(rng, pat, valid):
    for _ in range(100000):
        v = pattern(rng, pat)
        if valid(v):
            return v
    raise RuntimeError(pat)


def g_nip(rng, arg, region):
    s = _loop(rng, "!#########", pl_nip.is_valid)
    if arg == "dash":
        return f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"
    if arg == "dash2":
        return f"{s[:3]}-{s[3:5]}-{s[5:7]}-{s[7:]}"
    if arg == "pl":
        return "PL" + s
    return s


def g_regon(rng, arg, region):
    return _loop(rng, "!########", pl_regon.is_valid)


def g_ico(rng, arg, region):
    s = _loop(rng, "#######" + "#", lambda v: cz_dic.is_valid(v) and v[0] != "0")
    if arg == "cz":
        return "CZ" + s
    if arg == "sp":
        return f"{s[:3]} {s[3:5]} {s[5:]}"
    return s


def g_skdph(rng, arg, region):
    s = _loop(rng, "!#" + "########", sk_dph.is_valid)
    return ("SK" + s) if arg != "plain" else s


def g_idnr(rng, arg, region):
    s = _loop(rng, "!##########", de_idnr.is_valid)
    if arg == "sp":
        return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"
    return s


def g_devat(rng, arg, region):
    s = _loop(rng, "!########", de_vat.is_valid)
    return ("DE" + s) if arg != "sp" else f"DE {s}"


def g_inn(rng, arg, region):
    n = 12 if arg == "12" else 10
    return _loop(rng, "!" + "#" * (n - 1), ru_inn.is_valid)


def g_ogrn(rng, arg, region):
    return _loop(rng, "1#" + "#" * 11, ru_ogrn.is_valid)


def g_rnokpp(rng, arg, region):
    return _loop(rng, "!#########", ua_rntrc.is_valid)


def g_edrpou(rng, arg, region):
    return _loop(rng, "!#######", ua_edrpou.is_valid)


def g_gbvat(rng, arg, region):
    s = _loop(rng, "!########", gb_vat.is_valid)
    if arg == "sp":
        return f"GB {s[:3]} {s[3:7]} {s[7:]}"
    return "GB" + s


def g_nhs(rng, arg, region):
    s = _loop(rng, "!#########", gb_nhs.is_valid)
    if arg == "sp":
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    return s


def g_nino(rng, arg, region):
    """UK National Insurance number (no check digit); arg: suffix letter."""
    ok = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = rng.choice(ok) + rng.choice(ok.replace("O", ""))
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = pattern(rng, "######")
    suf = arg or rng.choice("ABCD")
    return f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suf}"


def g_snils(rng, arg, region):
    while True:
        d9 = pattern(rng, "!########")
        c = snils_check(d9)
        s = d9 + c
        if snils_valid(s):
            break
    if arg == "plain":
        return s
    return f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}"


def g_unzr(rng, arg, region):
    """arg: YYYYMMDD (birth date) or empty."""
    date = arg or f"{rng.randrange(1960, 2004)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
    d12 = date + pattern(rng, "####")
    s = d12 + unzr_check(d12)
    assert unzr_valid(s)
    return f"{s[:8]}-{s[8:]}"


IBAN_LEN = {"PL": 28, "CZ": 24, "SK": 24, "DE": 22, "UA": 29, "GB": 22}


def g_iban(rng, arg, region):
    parts = (arg or "PL").split(",")
    cc = parts[0]
    fmt = parts[1] if len(parts) > 1 else "sp"
    n = IBAN_LEN[cc] - 4
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + pattern(rng, "#" * 14)
    elif cc == "UA":
        bban = rng.choice(["305299", "322001", "320649", "300528"]) + pattern(rng, "#" * (n - 6))
    elif cc == "PL":
        bban = rng.choice(["1020", "1140", "1090", "1050", "2490", "1160", "1240"]) + pattern(
            rng, "#" * (n - 4)
        )
    else:
        bban = pattern(rng, "#" * n)
    rearr = bban + cc + "00"
    num = int("".join(str(_letter_value(c)) for c in rearr))
    chk = 98 - num % 97
    s = f"{cc}{chk:02d}{bban}"
    assert std_iban.is_valid(s), s
    if fmt == "nrb":
        s = s[2:]
        return f"{s[:2]} " + " ".join(s[i : i + 4] for i in range(2, len(s), 4))
    if fmt == "plain":
        return s
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def g_card(rng, arg, region):
    parts = (arg or "visa").split(",")
    brand = parts[0]
    fmt = parts[1] if len(parts) > 1 else "sp"
    pre = "4" if brand == "visa" else rng.choice(["51", "52", "53", "54", "55"])
    body = pre + pattern(rng, "#" * (15 - len(pre)))
    for c in "0123456789":
        if luhn.is_valid(body + c):
            s = body + c
            break
    if fmt == "dash":
        return "-".join(s[i : i + 4] for i in range(0, 16, 4))
    if fmt == "plain":
        return s
    return " ".join(s[i : i + 4] for i in range(0, 16, 4))


def g_gbdl(rng, arg, region):
    """arg: SURNAME,INITIALS,YYYY-MM-DD,m|f"""
    sur, ini, date, sex = arg.split(",")
    y, m, d = map(int, date.split("-"))
    s = (sur.upper() + "99999")[:5]
    mm = m + (50 if sex == "f" else 0)
    s += f"{(y // 10) % 10}{mm:02d}{d:02d}{y % 10}"
    s += (ini.upper() + "9")[:2]
    s += "9" + rng.choice(LAT) + rng.choice(LAT)
    assert len(s) == 16
    return s


# phones: per region a list of (nsn pattern, formats); '#' in a format takes the
# next digit of the national significant number
PHONE_PLANS = {
    "PL": [
        (
            [
                "50#######",
                "51#######",
                "53#######",
                "60#######",
                "66#######",
                "69#######",
                "72#######",
                "78#######",
                "79#######",
                "88#######",
            ],
            [
                "### ### ###",
                "###-###-###",
                "#########",
                "+48 ### ### ###",
                "+48 #########",
                "0048 ### ### ###",
                "+48 ###-###-###",
                "(+48) ### ### ###",
            ],
        ),
        (
            ["22#######", "12#######", "58#######", "61#######", "71#######", "42#######"],
            ["## ### ## ##", "(##) ### ## ##", "+48 ## ### ## ##", "## ###-##-##"],
        ),
    ],
    "CZ": [
        (
            ["60#######", "72#######", "73#######", "77#######", "79#######"],
            [
                "### ### ###",
                "+420 ### ### ###",
                "+420#########",
                "00420 ### ### ###",
                "#########",
                "+420 ###-###-###",
            ],
        ),
        (["2########", "5########"], ["### ### ###", "+420 ### ### ###"]),
    ],
    "SK": [
        (
            ["90#######", "91#######", "94#######", "95#######"],
            [
                "0### ### ###",
                "+421 ### ### ###",
                "00421 ### ### ###",
                "0###/### ###",
                "0#########",
                "+421#########",
            ],
        ),
        (["2########"], ["0#/#### ####", "+421 # #### ####"]),
    ],
    "RU": [
        (
            ["91#######!", "92########", "98########", "90########", "96########"],
            [
                "+7 (###) ###-##-##",
                "8 (###) ###-##-##",
                "8-###-###-##-##",
                "8##########",
                "+7 ### ### ## ##",
                "+7##########",
                "8 ### ### ####",
            ],
        ),
        (
            ["495#######", "499#######", "812#######", "343#######"],
            ["8 (###) ###-##-##", "+7 (###) ###-##-##", "(###) ###-##-##"],
        ),
    ],
    "UA": [
        (
            [
                "50#######",
                "63#######",
                "66#######",
                "67#######",
                "68#######",
                "73#######",
                "93#######",
                "95#######",
                "96#######",
                "97#######",
                "98#######",
                "99#######",
            ],
            [
                "+380 ## ### ####",
                "+38 (0##) ###-##-##",
                "0## ### ## ##",
                "0#########",
                "(0##) ###-##-##",
                "+380#########",
                "+380 (##) ### ## ##",
            ],
        ),
        (["44#######"], ["(0##) ###-##-##", "+380 ## ### ## ##"]),
    ],
    "GB": [
        (
            ["7#########"],
            [
                "0#### ######",
                "+44 #### ######",
                "+44 (0)#### ######",
                "0#### ### ###",
                "0##########",
                "+44##########",
            ],
        ),
        (["20########"], ["0## #### ####", "+44 ## #### ####", "+44 (0)## #### ####"]),
        (["161#######", "113#######", "131#######"], ["0### ### ####", "+44 ### ### ####"]),
    ],
    "DE": [
        (
            [
                "151########",
                "152########",
                "160#######",
                "170#######",
                "171#######",
                "176########",
                "157########",
            ],
            [
                "0### ########",
                "+49 ### ########",
                "0###-#######",
                "0049 ### #######",
                "+49 (0)### #######",
                "0###/#######",
            ],
        ),
        (
            ["30########", "89########", "40########", "69#######"],
            [
                "0## ########",
                "+49 ## ########",
                "0##/########",
                "+49 (0)## ########",
                "0## / #### ####",
            ],
        ),
        (
            ["221#######", "711#######", "511#######"],
            ["0### #######", "+49 ### #######", "0###-###-####"],
        ),
    ],
    "AT": [
        (
            ["664#######", "650#######", "676#######"],
            ["+43 ### #######", "0### #######", "0043 ### ### ####"],
        )
    ],
    "BY": [
        (
            ["29#######", "33#######", "44#######"],
            ["+375 ## ###-##-##", "8 0## ###-##-##", "+375 (##) ### ## ##"],
        )
    ],
    "LT": [(["6#######"], ["+370 ### #####", "8 ### #####"])],
    "HU": [(["20#######", "30#######", "70#######"], ["+36 ## ### ####", "06 ## ### ####"])],
    "US": [(["212!######", "646!######", "415!######"], ["+1 (###) ###-####", "+1 ###-###-####"])],
    "RO": [
        (
            ["72#######", "74#######", "75#######", "76#######"],
            ["+40 ### ### ###", "07## ### ###", "0040 ### ### ###"],
        )
    ],
    "MD": [
        (["69######", "78######", "60######"], ["+373 ### ## ###", "0### ## ###", "+373 ########"])
    ],
    "KZ": [(["701#######", "707#######", "777#######"], ["+7 ### ### ####", "8 (###) ### ## ##"])],
}


def g_ph(rng, arg, region):
    """arg: REGION[,format index]"""
    parts = (arg or region).split(",")
    reg = parts[0].upper()
    fidx = int(parts[1]) if len(parts) > 1 and parts[1] != "" else None
    plan_idx = int(parts[2]) if len(parts) > 2 else (0 if fidx is not None else None)
    plans = PHONE_PLANS[reg]
    plan = (
        plans[plan_idx]
        if plan_idx is not None
        else plans[0 if rng.random() < 0.75 else rng.randrange(len(plans))]
    )
    nsn_pats, fmts = plan
    cc = phonenumbers.country_code_for_region(reg)
    for _ in range(10000):
        nsn = pattern(rng, rng.choice(nsn_pats))
        if not _valid_phone(f"+{cc}{nsn}", None):
            continue
        fmt = fmts[fidx] if fidx is not None else rng.choice(fmts)
        if fmt.count("#") != len(nsn):
            continue
        it = iter(nsn)
        s = "".join(next(it) if ch == "#" else ch for ch in fmt)
        if _valid_phone(s, reg):
            return s
    raise RuntimeError(f"phone {arg}")


def g_ocr(rng, arg, region):
    """Another generator's value with stray spaces, as copied from a scan."""
    gname, _, a = arg.partition(":")
    v = GENS[gname](rng, a, region)
    chars = list(v)
    spots = [i for i in range(1, len(chars)) if chars[i] != " " and chars[i - 1] != " "]
    for i in sorted(rng.sample(spots, 2), reverse=True):
        chars.insert(i, " ")
    return "".join(chars)


def g_low(rng, arg, region):
    """Another generator's value in lower case, as typed in a chat."""
    gname, _, a = arg.partition(":")
    return GENS[gname](rng, a, region).lower()


GENS = {
    "p": g_p,
    "k": g_k,
    "ru": g_ru,
    "ruser": g_ruser,
    "runum": g_runum,
    "pldowod": g_pldowod,
    "plpass": g_plpass,
    "pesel": g_pesel,
    "rc": g_rc,
    "nip": g_nip,
    "regon": g_regon,
    "ico": g_ico,
    "skdph": g_skdph,
    "idnr": g_idnr,
    "devat": g_devat,
    "inn": g_inn,
    "ogrn": g_ogrn,
    "rnokpp": g_rnokpp,
    "edrpou": g_edrpou,
    "gbvat": g_gbvat,
    "snils": g_snils,
    "unzr": g_unzr,
    "iban": g_iban,
    "card": g_card,
    "nhs": g_nhs,
    "nino": g_nino,
    "ocr": g_ocr,
    "low": g_low,
    "gbdl": g_gbdl,
    "ph": g_ph,
}

# --------------------------------------------------------------------------- #
# markup
# --------------------------------------------------------------------------- #

MARK = re.compile(r"\{\{([a-z_:]+)\|(.*?)\}\}", re.S)


def build(item_id: str, lang: str, src: str) -> dict:
    rng = random.Random(f"dev7|{item_id}")
    region = REGION[lang]
    memo: dict[str, str] = {}
    text_parts: list[str] = []
    pii: list[dict] = []
    keep: list[dict] = []
    pos = 0
    last = 0
    for m in MARK.finditer(src):
        text_parts.append(src[last : m.start()])
        pos += m.start() - last
        last = m.end()
        code, val = m.group(1), m.group(2)
        label = None
        if val.startswith("@"):
            lm = re.search(r"=(\w+)$", val)
            if lm:
                label = lm.group(1)
                val = val[: lm.start()]
            gname, _, arg = val[1:].partition(":")
            val = GENS[gname](rng, arg, region)
            if label:
                memo[label] = val
        elif "~" in val:
            val = re.sub(r"~(\w+)", lambda mm: memo[mm.group(1)], val)
        start, end = pos, pos + len(val)
        text_parts.append(val)
        pos = end
        if code.startswith("n:"):
            pii.append({"start": start, "end": end, "kind": "name", "context": NAME_CTX[code[2:]]})
        elif code.startswith("k:"):
            what = code[2:]
            assert what in KEEP_WHAT, (item_id, what)
            keep.append({"start": start, "end": end, "what": what})
        else:
            pii.append({"start": start, "end": end, "kind": PII_KINDS[code]})
    text_parts.append(src[last:])
    text = "".join(text_parts)
    assert "{{" not in text and "}}" not in text, item_id
    # checks
    spans = sorted([(s["start"], s["end"]) for s in pii + keep])
    for (a1, b1), (a2, b2) in zip(spans, spans[1:], strict=False):
        assert b1 <= a2, (item_id, "overlap", text[a1:b1], text[a2:b2])
    for s in pii + keep:
        v = text[s["start"] : s["end"]]
        initial = s.get("kind") == "name" and re.search(r"(^|\W)\w\.$", v)
        tail = (
            ",;:!?(\"'"
            if s.get("what") in ("company", "brand", "date") or initial
            else ".,;:!?(\"'"
        )
        head = ".,;:!?)\"'" if s.get("kind") == "phone" else ".,;:!?)(\"'"
        assert v and v == v.strip() and v[0] not in head and v[-1] not in tail, (item_id, v)
    for s in pii:
        v = text[s["start"] : s["end"]]
        k = s["kind"]
        d = re.sub(r"\D", "", v)
        if k == "pesel":
            assert pl_pesel.is_valid(d), (item_id, v)
        elif k == "birth_number":
            assert cz_rc.is_valid(d) or sk_rc.is_valid(d), (item_id, v)
        elif k == "card":
            assert luhn.is_valid(d) and len(d) == 16, (item_id, v)
        elif k == "iban":
            a = re.sub(r"\s", "", v)
            assert std_iban.is_valid(a) or std_iban.is_valid("PL" + a), (item_id, v)
        elif k == "tax_id":
            assert any_id_valid(v) is not None, (item_id, v)
        elif k == "phone":
            assert _valid_phone(v, region) or any(_valid_phone(v, r) for r in PHONE_REGIONS), (
                item_id,
                v,
            )
        elif k == "email":
            assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", v), (item_id, v)
    for s in keep:
        if s["what"] in NUMERIC_KEEP:
            v = text[s["start"] : s["end"]]
            if sum(c.isdigit() for c in v) >= 6:
                assert safe_number(v, region), (item_id, v, any_id_valid(v))
    pii.sort(key=lambda s: s["start"])
    keep.sort(key=lambda s: s["start"])
    return {"id": item_id, "lang": lang, "text": text, "pii": pii, "keep": keep}


# --------------------------------------------------------------------------- #
# items (one hand-written text per item)
# --------------------------------------------------------------------------- #

ITEMS: dict[str, list[str]] = {}


# --- Polish ----------------------------------------------------------------

ITEMS["pl"] = [
    """
Dzień dobry,
kupiłem starter {{k:brand|Plus}} w kiosku i przy rejestracji w aplikacji system ciągle odrzuca mój dokument. Dane przepisuję z dowodu osobistego dokładnie tak, jak są na karcie, łącznie ze spacją.
Wpisywany numer: {{id|@pldowod:sp}}
Wcześniej próbowałem paszportem i też nie przeszło: {{id|@plpass}}
Numer startera to {{ph|@ph:PL,0}}.
Zgłoszenie w aplikacji dostało numer {{k:ticket_number|@k:ZG-#######}}. Co robię źle?
""",
    """
KARTA MELDUNKOWA – {{k:brand|Hotel Pod Złotą Różą}}, {{k:city|Kraków}}
Gość: {{n:o|Wiesław Dąbrowski-Kalita}}
Przyjazd: {{k:date|03.05.2024}}    Wyjazd: {{k:date|06.05.2024}}
Dokument tożsamości: paszport
Kraj wydania: RP
Seria i numer
{{id|@plpass}}
Osoba towarzysząca (żona) – dowód osobisty {{id|@pldowod}}
Rezerwacja {{k:order_number|@k:HPR-######}}, opłata miejscowa {{k:amount|12,60 zł}}
""",
    """
[{{k:time|10:02}}] Konsultant: Aby potwierdzić tożsamość, proszę podać numer dokumentu, którym legitymowała się Pani przy otwieraniu rachunku.
[{{k:time|10:04}}] Klientka: chwileczkę, szukam portfela
[{{k:time|10:06}}] Klientka: jest. {{id|@pldowod:low}}
[{{k:time|10:06}}] Konsultant: Dziękuję. Poproszę jeszcze o numer PESEL.
[{{k:time|10:07}}] Klientka: {{pesel|@pesel:1979-06-03,f}}
[{{k:time|10:07}}] Konsultant: I kwota ostatniego przelewu?
[{{k:time|10:08}}] Klientka: {{k:amount|1 250,00 zł}} do {{k:company|PGE Obrót}}
""",
    """
Szanowni Państwo,
{{k:date|12 lutego}} skradziono mi torebkę w tramwaju linii 8. Oprócz portfela był w niej paszport. Kradzież zgłosiłam na policji jeszcze tego samego dnia (sygnatura {{k:ticket_number|@k:RSD-####/24}}).
Proszę o unieważnienie dokumentu. Numer odczytałam ze starej kserokopii: {{id|@plpass:sp}}.
Wniosek o nowy złożę w {{k:city|Gdańsku}}, do wglądu zabiorę dowód osobisty ({{id|@pldowod}}).

Z poważaniem
{{n:g|Halina Wróbel}}
{{ph|@ph:PL}}
""",
    """
Witam,
potwierdzam rezerwację auta na {{k:date|22–25.06}}, nr rezerwacji {{k:order_number|@k:%%#######}}. Samochód będzie prowadził mój wspólnik, {{n:o|tomasz lis}}; jego prawo jazdy przesyłam poniżej, bo w formularzu online nie ma na to pola.
{{id|@p:0####/##/####}}, kat. B, wydane przez starostę w {{k:city|Pruszkowie}}
Fakturę proszę wystawić na firmę, NIP {{tax|@nip:dash}}.
pozdr.
""",
    """
Dzień dobry, rejestruję mamę na wizytę u kardiologa. Mama jest obywatelką Ukrainy i nie ma jeszcze numeru PESEL, w Państwa systemie jest zapisana z dokumentem.
Nazwisko i imię: {{n:o|Kovalenko Olha}}
Data urodzenia: {{k:date|07.11.1958}}
Rodzaj dokumentu: paszport zagraniczny
Nr dokumentu: {{id|@p:F%######}}
Karta pobytu (gdyby paszport nie przeszedł): {{id|@p:%%#######}}
Termin: wtorek {{k:date|14.05}}, godz. {{k:time|9:40}}
Mama nie mówi dobrze po polsku, proszę dzwonić do mnie (córka):
{{ph|@ph:PL}}
""",
    """
hej, paczka z zamówienia {{k:order_number|@k:#########}} na {{k:brand|Allegro}} (worki {{k:person_like_brand|Jan Niezbędny}} i płyn do naczyń) miała być w piątek, a w śledzeniu od trzech dni stoi "w sortowni". numer przesyłki {{k:tracking_number|@k:6## ### ### ### ### ### ### ##}}. zapłaciłam {{k:amount|14,99 zł}} za dostawę ekspresową i chyba nie tak to powinno wyglądać
""",
    """
Dzień dobry,
w nawiązaniu do jutrzejszego aktu (umowa sprzedaży lokalu, godz. {{k:time|11:30}}) przesyłam dane stron.
Sprzedający: {{n:o|Ryszard Pawlak}}, PESEL {{pesel|@pesel:1961-09-30,m}}
dowód osobisty {{id|@pldowod}}
Kupująca: {{n:o|Aneta Pawlak-Górska}} – jej dowód jest w wymianie, więc okaże paszport. Numer dopisuję, bo sama go nie pamiętała:
{{id|@plpass}}
Cena: {{k:amount|485 000 zł}}
Pozdrawiam, syn sprzedającego
""",
    """
Cześć, tu {{n:i|kuba wrona}}, mam karnet w {{k:brand|Zdrofit}}, nr karty członkowskiej {{k:product_code|@k:################}}. Od {{k:date|1 marca}} bramka mnie nie wpuszcza, a opłata {{k:amount|139 zł}} poszła normalnie. Oddzwońcie proszę na {{ph|@ph:PL}}, najlepiej po 17.
""",
    """
Tu {{n:i|Katarzyna Sowa}}. Kurier odmówił wydania przesyłki za pobraniem, bo „nazwisko na dowodzie się nie zgadza”. Po ślubie zmieniłam nazwisko, a dowód mam jeszcze stary, na panieńskie ({{n:o|Mróz}}).
Dokument, który pokazałam kurierowi:
{{id|@pldowod}}
Numer paczki {{k:tracking_number|@k:JJD0000########## ##}}, kwota pobrania {{k:amount|312,40 zł}}.
""",
    """
Szkoda nr {{k:ticket_number|@k:SZ/2024/######}}
Polisa OC: {{k:invalid_checksum_number|@k:9#########}}

Sprawca kolizji, obywatel Litwy, nie miał przy sobie polskich dokumentów, pokazał tylko paszport. Spisałem z niego: {{n:o|Mindaugas Petrauskas}} ({{id|@p:2#######}}). Telefon, który podał: {{ph|@ph:LT}}. Z prawa jazdy (też litewskiego) przepisałem jeszcze {{id|@p:########}}.
Zdjęcia uszkodzeń wysłałem {{k:date|wczoraj}} przez aplikację {{k:brand|Warta}}.
""",
    """
{{k:greeting_without_name|Szanowna Pani Dyrektor}},
w załączeniu wniosek o duplikat legitymacji szkolnej dla córki, {{n:o|Zuzanny}} (klasa 6b). Oryginał zgubiła na wycieczce do {{k:city|Torunia}}.
W systemie szkoły zapisany jest chyba stary adres, dlatego podaję numer, po którym Pani sekretarka ją znajdzie:
{{pesel|@pesel:2012-04-18,f}}
Opłatę {{k:amount|9 zł}} wpłaciłam przelewem. Legitymację odbiorę osobiście, dla sekretariatu mój dowód: {{id|@pldowod:sp}}.
Z wyrazami szacunku, mama
""",
    """
Aktualizacja danych klienta (KYC)
Imię i nazwisko: {{n:o|Bogdan Wiśniewski}}
Obywatelstwo: białoruskie
PESEL (nadany w {{k:date|2023}}): {{pesel|@pesel:1988-12-02,m}}
Rodzaj dokumentu | Numer | Ważny do
karta pobytu | {{id|@p:%%#######}} | {{k:date|30.09.2026}}
paszport | {{id|@p:MP#######}} | {{k:date|11.02.2030}}
Nr klienta: {{k:invalid_checksum_number|@k:#########}}
""",
    """
Dzień dobry, przeprowadziłem się i chcę przepisać licznik na siebie. Numer licznika {{k:invalid_checksum_number|@k:########}}, stan {{k:quantity|14 382 kWh}} na dzień {{k:date|31.01}}. Nr klienta poprzedniego najemcy: {{k:invalid_checksum_number|@k:!#########}}. Umowę podpiszę w biurze, dowód do wglądu: {{id|@pldowod}}.
Proszę o kontakt, najlepiej po 16:
{{ph|@ph:PL}}
— {{n:g|J. Kaczmarczyk}}
""",
    """
Oczywiście, proszę: {{id|@pldowod}}
{{n:g|Grzegorz}}

W dniu pon., {{k:date|8 kwi 2024}} o {{k:time|09:12}} {{n:o|Ewelina Szymczak}} <{{em|e.szymczak@biuro-ksiegowe-rachunek.pl}}> napisał(a):
> Panie {{n:s|Grzegorzu}},
> na skanie dowodu nie widać numeru (odblask lampy). Czy może Pan przepisać go ręcznie w odpowiedzi?
> Pozdrawiam, {{n:g|Ewelina}}
""",
    """
Zamówiłam karmę {{k:brand|Brit Care}} 12 kg (zamówienie {{k:order_number|@k:ZK/####/##}}), a przyszła karma dla kota. Paragon nr {{k:invoice_number|@k:####/####/##}}. Pies nie będzie jadł kociej karmy :) Proszę o wymianę albo zwrot {{k:amount|219 zł}}. Jak coś, jestem pod {{ph|@ph:PL,1}} do 15.
pozdrawiam, {{n:g|ola}}
""",
    """
Rezerwacja {{k:order_number|@k:******}}
Lot {{k:product_code|LO 3915}} WAW–TLV, {{k:date|18.07}}, miejsca {{k:product_code|23E}} i {{k:product_code|23F}}
Pasażerowie:
1. {{n:o|ZIELIŃSKA/MONIKA}} — {{id|@plpass}}
2. {{n:o|ZIELIŃSKI/ADAM}} — {{id|@plpass}}
Proszę o poprawienie numeru paszportu syna: w rezerwacji jest literówka, powyżej jest już poprawny.
W dniu wylotu będę pod numerem {{ph|@ph:PL,3}}.
""",
    """
Dzień dobry, auto odebrane, ale na fakturze {{k:invoice_number|@k:FV ###/##/2024}} jest błędny VIN, powinno być {{k:product_code|@k:WVWZZZ1KZ#W######}}.
Druga sprawa: przy odbiorze pan z recepcji przepisał mój dowód i prawo jazdy do zeszytu, choć samochód jest firmowy. Proszę o usunięcie tych danych. W zeszycie dowód jest zapisany z dziwnymi odstępami, „{{id|@ocr:pldowod}}”, a prawo jazdy jako {{id|@p:0####/##/####}}.
""",
    """
Dzień dobry, nazywam się {{n:i|Dmytro Melnyk}} i chciałbym zameldować się czasowo pod nowym adresem. Jestem obywatelem Ukrainy (status UKR).
Dane z dokumentów:
ID card – {{id|@p:00#######}}
Запис № {{id|@unzr}}
PESEL nadany w {{k:date|2022}}: {{pesel|@pesel}}
Adres: {{addr|ul. Lipowa 4 m. 12, 20-020 Lublin}}
{{ph|@ph:UA,1}} (ukraiński) / {{ph|@ph:PL,0}}
""",
    """
Dzień dobry,
prosimy o korektę faktury {{k:invoice_number|@k:INV-2024-#####}} – wpisano złą nazwę nabywcy. Poprawne dane:
{{k:company|Ogrody Zielone sp. z o.o.}}
{{addr|ul. Kwiatowa 17/3
62-080 Tarnowo Podgórne}}
NIP {{tax|@nip}}
REGON {{tax|@regon}}
Licencja: {{k:product_code|@k:%%%%-####-%%%%-####}}, plan Business, {{k:quantity|25}} stanowisk.
{{k:team_name|Dział księgowości}}
""",
    """
Zgłaszam podejrzanego kupującego. Napisał do mnie na czacie: „Prześlij zdjęcie dowodu, to potwierdzę przelew {{k:amount|350 zł}} przez {{k:brand|OLX}} Pay”.
Niestety wysłałam, zanim się zorientowałam, a potem jeszcze przepisałam mu dane karty ({{card|@card:visa}}). Kartę już zablokowałam w banku, ale dowód? Czy możecie mi pomóc go zastrzec? Jego numer:
{{id|@pldowod}}
Pisał z numeru {{ph|@ph:PL,2}}, teraz nie odbiera.
Ogłoszenie nr {{k:order_number|@k:######!##}}, rozmowa z {{k:date|wczoraj}} ok. {{k:time|21:40}}.
""",
    """
Proszę o przeniesienie numeru {{ph|@ph:PL,0}} z {{k:brand|Orange}} do {{k:brand|Play}}. Umowa u obecnego operatora jest na mojego tatę, {{n:o|Stanisław Kurek}}, on podpisze pełnomocnictwo. Jego PESEL podawałem w formularzu, ale strona się zawiesiła, więc przepisuję jeszcze raz: {{pesel|@pesel:1957-02-14,m}}.
Numer zamówienia {{k:order_number|@k:PLY/####/######}}
Mój dowód (nowy abonent) to {{id|@pldowod:sp}}.
""",
    """
Dzień dobry, w załączeniu lista gości grupy {{k:company|Baltic Tours}} ({{k:quantity|3}} osoby) do meldunku:
pokój; kraj; dokument
104; DE; {{id|@p:C&&&&&&&&}}
105; SE; {{id|@p:########}}
105; CZ; {{id|@p:4#######}}
Nazwiska są w załączonym pliku, tutaj tylko numery do sprawdzenia.
Przyjazd {{k:date|12.09}}, voucher {{k:order_number|@k:BT-24-####}}.
""",
    """
Pani {{n:s|Jadwigo}},
dziękuję za cierpliwość przy rejestracji taty. Skierowanie do poradni ma numer {{k:invalid_checksum_number|@k:#########}}, a wizyta wyszła na {{k:date|3 czerwca}} o {{k:time|8:15}}, pokój 14. Tata nie pamiętał przy okienku swojego numeru, więc podaję: {{pesel|@pesel:1949-10-21,m}}.
Gdyby coś się zmieniło, proszę dzwonić do mnie, nie na telefon domowy:
{{ph|@ph:PL}}
{{n:g|Dorota}}
""",
    """
Dzień dobry,
w odpowiedzi na ogłoszenie (starszy mechanik, {{k:company|Chipolbrok}}) przesyłam CV i listę dokumentów marynarskich.
– książeczka żeglarska, ważna do {{k:date|03/2027}}:
  {{id|@p:%% ######}}
– paszport:
  {{id|@plpass}}
– świadectwo STCW: {{k:invalid_checksum_number|@k:####/##/STCW}}
{{n:g|Zbigniew Kaźmierczak}}
kom. {{ph|@ph:PL,3}}
""",
    """
Proszę o wydanie zaświadczenia o przebiegu służby wojskowej dziadka, {{n:o|Henryka Stępnia}} (zm. {{k:date|2019}}). Jego książeczkę wojskową znalazłam w szufladzie, ale pierwsza strona jest prawie nieczytelna. Odczytałam tylko:
{{id|@p:%% #######}}
Numer PESEL dziadka przepisuję z aktu zgonu: {{pesel|@pesel:1932-01-17,m}}
Wniosek nr {{k:ticket_number|@k:WSW-####-##}}.
""",
    """
[chat {{k:brand|Netia}}]
Agent {{n:o|Marek}}: Dzień dobry, w czym mogę pomóc?
Ja: od wczoraj nie działa internet, router miga na czerwono
Agent {{n:o|Marek}}: Proszę podać numer klienta albo numer umowy.
Ja: umowa {{k:invalid_checksum_number|@k:UM/##/######}}
Agent {{n:o|Marek}}: Dziękuję. Do weryfikacji poproszę jeszcze numer dokumentu tożsamości podanego w umowie.
Ja: serio? no dobra
Ja: {{id|@pldowod:low}}
Agent: Router {{k:product_code|@k:SN-%%##########}} został zrestartowany zdalnie, proszę sprawdzić za {{k:quantity|5 minut}}.
""",
    """
Rezerwacja auta – {{k:brand|Panek}} CarSharing
Kierowca: {{n:o|Igor Bondarenko}}
Driving licence no. / Führerschein-Nr.
{{id|@p:%%%######}}
issued: UA, {{k:date|2019}}
Паспорт / passport:
{{id|@p:F%######}}
Wynajem od {{k:date|10.08}} do {{k:date|17.08}}, kaucja {{k:amount|1 500 zł}}, rezerwacja {{k:order_number|@k:PNK########}}
""",
    """
Lot {{k:product_code|FR 2437}} z {{k:city|Modlina}} był opóźniony o {{k:quantity|4 godziny}}. Numer rezerwacji {{k:order_number|@k:******}}, wylot {{k:date|14.08.2024}}, planowo {{k:time|6:25}}. Zgodnie z rozporządzeniem 261/2004 należy mi się {{k:amount|250 euro}}. Proszę o wypłatę na konto podane we wniosku {{k:ticket_number|@k:EU261-#######}}.
""",
    """
Dzień dobry Pani {{n:s|Agnieszko}},
tak jak rozmawiałyśmy, przesyłam dane do umowy najmu lokalu użytkowego:
Najemca: {{k:company|Studio Fryzur Lok sp.j.}}
Reprezentuje: wspólniczka (podpis poniżej)
Dokument reprezentanta – dowód osobisty, dane na odwrocie skanu:
{{id|@pldowod}}
NIP spółki {{tax|@nip:dash2}}
Konto do zwrotu kaucji: {{iban|@iban:PL,nrb}}

Z pozdrowieniami
{{n:g|Iwona Lewandowska-Pietrzak}}
{{k:job_title|wspólniczka}}, {{k:company|Studio Fryzur Lok}}
{{ph|@ph:PL,1}}
""",
]

# --- Czech -----------------------------------------------------------------

ITEMS["cs"] = [
    """
Dobrý den,
při registraci předplacenky {{k:brand|O2}} mi aplikace pořád hlásí „neplatný doklad“. Údaje z občanky zadávám přesně tak, jak jsou na kartičce.
Číslo dokladu: {{id|@p:!########}}
Platnost do: {{k:date|17. 9. 2029}}
Zkoušel jsem to i s pasem ({{id|@p:4#######}}), taky nic.
Číslo SIM, kterou registruju: {{ph|@ph:CZ,0}}
Požadavek {{k:ticket_number|@k:REQ-#######}}
""",
    """
Kniha ubytovaných – {{k:brand|Penzion U Lípy}}, {{k:city|Český Krumlov}}
Host: Ing. {{n:o|Marián Kováč}}
Státní příslušnost: SK
Druh dokladu: cestovní pas
Číslo:
{{id|@p:%%#######}}
Spolucestující: pas {{id|@p:%%#######}}
Pobyt {{k:date|2.–5. 8.}}, rezervace {{k:order_number|@k:PUL-####-##}}, {{k:quantity|2}} osoby
""",
    """
{{k:brand|Fio banka}} – chat
Operátor: Dobrý den, pro ověření potřebuji číslo vašeho občanského průkazu a rodné číslo.
Klient: dobrý den, moment, hledám peněženku
Klient: {{id|@p:!########}}
Klient: a to druhé {{rc|@rc:cz,1983-07-11,m,slash}}
Operátor: Děkuji, ověřeno. Platba {{k:amount|4 890 Kč}} z {{k:date|3. 4.}} je zablokovaná kvůli podezření na podvod.
""",
    """
Dobrý den,
minulý týden jsem ztratil peněženku i s občankou. Ztrátu jsem nahlásil na policii (č. j. {{k:ticket_number|@k:KRPA-######-#/ČJ-2024}}). Číslo průkazu bylo {{id|@p:!########}}, mám ho z fotky v mobilu.
Potřebuji se objednat na vydání nového, nejlépe ve čtvrtek. Stačí rodný list, nebo mám přinést i pas? Ten mám platný – {{id|@p:4#######}}.
Děkuji
{{n:g|Lukáš Beneš}}
{{ph|@ph:CZ,3}}
""",
    """
Dobrý den, píše {{n:i|Oleksandr Hnatiuk}}. Mám u vás rezervaci vozu na {{k:date|12.–15. 7.}} ({{k:order_number|@k:CZR########}}). Řidičák mám ukrajinský a číslo je ve 2. řádku dole, ne to nahoře u fotky:
{{id|@p:^^^ ######}}
Pas: {{id|@p:F%######}}
Stačí to, nebo potřebuju mezinárodní řidičský průkaz?
""",
    """
Registrace nového pacienta – {{k:brand|Poliklinika Budějovická}}
Příjmení, jméno: {{n:o|Horváthová Zsófia}}
Pojišťovna: {{k:company|PVZP}}
Číslo pojištěnce: {{k:invalid_checksum_number|@k:##########}}
Doklad: OP Maďarsko
{{id|@p:######%%}}
Pas: {{id|@p:%%#######}}
Telefon (zaměstnání):
{{ph|@ph:CZ,1,1}}
""",
    """
Dobrý den, reklamace {{k:ticket_number|@k:RMA-#######}} k objednávce {{k:order_number|@k:#########}} z {{k:brand|Alza}}. Sluchátka {{k:product_code|WH-1000XM5}} po aktualizaci na firmware {{k:version|2.0.1}} nejdou spárovat. Zaplaceno {{k:amount|7 990 Kč}} {{k:date|14. 2.}}, od té doby čekám už {{k:quantity|31 dní}}.
""",
    """
{{k:greeting_without_name|Vážená paní notářko}},
posílám údaje k podpisu kupní smlouvy na byt ({{k:date|20. 5.}} v {{k:time|10:00}}).
Prodávající: {{n:o|Jaroslav Krejčí}}, nar. {{k:date|4. 3. 1956}}, r. č. {{rc|@rc:cz,1956-03-04,m,slash}}
Kupující: já, budu se prokazovat občankou.
Číslo: {{id|@p:!########}}
Kupní cena {{k:amount|3 950 000 Kč}}
S pozdravem
Mgr. {{n:g|Petra Šťastná}}
""",
    """
ahoj, tady {{n:i|Verča}}, mám permanentku do {{k:brand|Form Factory}}, číslo karty {{k:product_code|@k:################}}. od pondělí mi ji turniket nenačte. napište mi nebo zavolejte na {{ph|@ph:CZ}}, díky
""",
    """
Dobrý den,
na výdejním místě {{k:brand|Zásilkovna}} mi nechtěli vydat balík pro manželku, přestože jsem měl plnou moc. Paní na pobočce si opsala číslo mého dokladu do sešitu, což se mi nelíbí. Šlo o tento:
{{id|@p:!########}}
Zásilka {{k:tracking_number|@k:Z ### #### ###}}. V plné moci bylo uvedeno i číslo manželčina průkazu, tedy {{id|@p:!########}}, takže nevím, co jim chybělo.
Prosím o vysvětlení.
""",
    """
Hlášení pojistné události č. {{k:ticket_number|@k:####-####-##}}
Pojistná smlouva: {{k:invalid_checksum_number|@k:##########}}

Na parkovišti v {{k:city|Chebu}} do mě couval řidič z Německa, {{n:o|Florian Weiß}} ({{id|@p:L&&&&&&&&}}). Číslo mám z jeho Personalausweisu, vyfotil jsem si ho. Škoda odhadem {{k:amount|18 000 Kč}}. Telefon mi nadiktoval tento: {{ph|@ph:DE,1}}
""",
    """
{{k:greeting_without_name|Dobrý den paní učitelko}},
posílám přihlášku na letní tábor pro {{n:o|Adama}}. V přihlášce chybělo rodné číslo, doplňuji ho sem:
{{rc|@rc:cz,2013-06-09,m,plain}}
Kartičku pojištěnce má od {{k:company|VZP}}.
Děkuji, {{n:g|Hana Marková}}
""",
    """
AKTUALIZACE ÚDAJŮ KLIENTA
Jméno a příjmení | {{n:o|Taras Savchuk}}
Státní občanství | UA
Typ dokladu | povolení k pobytu
Číslo dokladu | {{id|@p:%%#######}}
Platnost | {{k:date|31. 12. 2025}}
Typ dokladu | cestovní pas
Číslo dokladu | {{id|@p:F%######}}
Rodné číslo přidělené MV: {{rc|@rc:cz,1986-04-03,m,slash}}
Číslo smlouvy: {{k:invalid_checksum_number|@k:##########}}
""",
    """
Dobrý den, od {{k:date|1. 3.}} bydlím na adrese {{addr|Husova 1187/12, 586 01 Jihlava}} a chci převést odběr elektřiny na sebe. Číslo elektroměru {{k:invalid_checksum_number|@k:#########}}, EAN {{k:product_code|@k:859182400#########}}, stav {{k:quantity|23 481 kWh}}.
Smlouvu podepíšu na občanku č. {{id|@p:!########}}.
Volejte prosím až odpoledne:
{{ph|@ph:CZ}}
""",
    """
Tady to je: {{id|@p:!########}}. Platnost do {{k:date|2031}}. Kdyby to nešlo, mám i řidičák {{id|@p:%% ######}}.

Dne st {{k:date|10. 4. 2024}} v {{k:time|14:03}} {{n:o|Radek Pospíšil}} <{{em|pospisil@autodily-brno.cz}}> napsal(a):
> Dobrý den pane {{n:s|Nováku}},
> pro vystavení zákaznické karty ještě potřebujeme číslo Vašeho OP.
> {{n:g|R. Pospíšil}}, {{k:company|Autodíly Brno}}
""",
    """
Dobrý den, objednávka {{k:order_number|@k:OBJ-######}} ze {{k:brand|Super zoo}}: granule {{k:brand|Brit Premium}} 15 kg přišly roztržené a půlka se vysypala do krabice. Prosím vraťte mi {{k:amount|1 249 Kč}} na účet, ze kterého jsem platila. Díky, {{n:g|Bára}}
""",
    """
Rezervace {{k:order_number|@k:******}}, let {{k:product_code|QS 1024}} PRG–HER {{k:date|28. 6.}}
Cestující / číslo pasu / platnost:
{{n:o|DVOŘÁK MICHAL}} / {{id|@p:4#######}} / {{k:date|03/2030}}
{{n:o|DVOŘÁKOVÁ LENKA}} / {{id|@p:4#######}} / {{k:date|11/2027}}
Dcera cestuje na občanský průkaz, číslo pošlu zítra.
""",
    """
Dobrý den,
zakázka {{k:order_number|@k:SZ########}} – {{k:brand|Škoda}} Octavia, VIN {{k:product_code|@k:TMBJ%%NE#L#######}}.
Při předání auta po mně technik chtěl řidičák a číslo si zapsal do protokolu. Proč, když jsem vlastník vozu? Jednalo se o {{id|@p:%% ######}} a o občanku {{id|@p:!########}}, tu si vyfotil taky.
Prosím o výmaz.
{{ph|@ph:CZ,5}}
""",
    """
Dobrý den, jmenuji se {{n:i|Natalia Wójcik}}, jsem občanka Polska a chci nahlásit přechodný pobyt. Posílám údaje:
– doklad: dowód osobisty
– {{id|@pldowod}}
– PESEL {{pesel|@pesel:1994-09-08,f}}
– bydliště v ČR: {{addr|Pražská 45, 370 01 České Budějovice}}
– {{ph|@ph:PL,3}}
""",
    """
Dobrý den,
prosíme o opravu faktury {{k:invoice_number|@k:FV2024####}}, odběratel má být:
{{k:company|Stavby Hrubý s.r.o.}}
IČO {{tax|@ico=i}}, DIČ {{tax|CZ~i}}
{{addr|Na Výsluní 8
251 01 Říčany}}
Objednávka {{k:order_number|@k:PO-####/24}}
{{k:team_name|Fakturace}}
""",
    """
Dobrý den, prodávala jsem kočárek přes {{k:brand|Bazoš}} a „kupující“ chtěl ověření totožnosti. Poslala jsem mu fotku občanky z obou stran. Teď mi přišla SMS o půjčce, kterou jsem si nebrala. Co mám dělat? Na průkazu je (opsáno z fotky, kterou jsem poslala)
{{id|@ocr:p:!########}}
a rodné číslo {{rc|@rc:cz,1991-02-27,f,slash}}.
Inzerát č. {{k:order_number|@k:#########}}, „kupující“ psal z {{ph|@ph:CZ,2}}
""",
    """
Chci převést číslo {{ph|@ph:CZ,1}} od {{k:brand|Vodafone}} k {{k:brand|T-Mobile}}. ČVOP mi přišlo SMS ({{k:product_code|@k:%%##########}}). Smlouva je psaná na tátu, {{n:o|Miroslav Kučera}}, plnou moc mám. V ní je jeho rodné číslo, kdybyste ho potřebovali: {{rc|@rc:cz,1960-11-30,m,slash}}
Nová smlouva bude na mě, číslo mé občanky je {{id|@p:!## ### ###}}.
""",
    """
Dobrý den, rooming list skupiny {{k:company|CK Adventura}} na {{k:date|9.–11. 10.}}:
pokoj 12 – pas UA {{id|@p:F%######}}
pokoj 12 – pas UA {{id|@p:F%######}}
pokoj 14 – OP SK {{id|@p:%%######}}
pokoj 15 – Reisepass {{id|@p:C&&&&&&&&}}
Celkem {{k:quantity|4 osoby}}, záloha {{k:amount|12 400 Kč}} uhrazena.
""",
    """
Vážená paní {{n:s|Procházková}},
maminka je Ukrajinka a v kartě má místo rodného čísla číslo pasu. Ten starý už neplatí, nový je
{{id|@p:F%######}}
Pojišťovnu změnila na {{k:company|OZP}}, číslo pojištěnce {{k:invalid_checksum_number|@k:##########}}. Prý jí přidělili i rodné číslo, na kartičce je {{rc|@rc:cz,1962-05-14,f,plain}}. Léky jí vydávají v {{k:person_like_brand|Dr. Max}} na recept. Objednání na {{k:date|pondělí}} {{k:time|9:30}} platí.
{{n:g|Olena}}
""",
    """
Dobrý den,
k nástupu na loď od {{k:date|1. června}} ({{k:company|Elbe Cruises}}, hotelový úsek) posílám opis dokladů:
– námořnická knížka (vydal Polsko), platná do {{k:date|2028}}
  {{id|@p:%% ######}}
– cestovní pas
  {{id|@p:4#######}}
– zdravotní průkaz {{k:invalid_checksum_number|@k:ZP/####/##}}
{{n:g|Zdeněk Bureš}}
{{ph|@ph:CZ}}
""",
    """
Operátor {{n:o|Tomáš}}: Dobrý den, jak vám mohu pomoci?
Zákazník: nejde mi internet od rána
Operátor {{n:o|Tomáš}}: Nejdřív vás ověřím, sdělte mi prosím datum narození a číslo dokladu, na který je smlouva.
Zákazník: {{k:date|14. 2. 1987}}
Zákazník: číslo z hlavy nevím, vteřinku... {{id|@p:!## ### ###}}
Operátor: Děkuji. V lokalitě {{k:city|Kladno}} je výpadek, oprava do {{k:time|16:00}}.
""",
    """
Rezervace u {{k:brand|Hertz}} přes web – vyplnil jsem:
Full name: {{n:o|Jiří Málek}}
ID/Passport No.:
{{id|@p:4#######}}
Driving licence No.: {{id|@p:%% ######}}
Date of birth: {{k:date|1979-10-02}}
a systém píše „invalid document“. Přitom pas platí do {{k:date|2032}}. Rezervace {{k:order_number|@k:H-%%#######}}.
""",
    """
Dobrý den, ve vlaku {{k:product_code|RJ 1031}} z {{k:city|Ostravy}} {{k:date|22. 3.}} nefungovala klimatizace ve voze 7 (místo {{k:product_code|45}}). Jízdenka {{k:ticket_number|@k:##########}}, zaplaceno {{k:amount|389 Kč}}. Žádám o kompenzaci alespoň {{k:percent|25 %}}.
""",
    """
Dobrý den, pane {{n:s|Svobodo}},
v příloze posílám podepsanou smlouvu a kopii OP jednatelky. Sken je trochu tmavý, takže číslo průkazu píšu ještě ručně: {{id|@p:!########}}.
Rodné číslo jste chtěl zvlášť:
{{rc|@rc:cz,1975-01-22,f,slash}}

S pozdravem

Ing. {{n:g|Kateřina Hájková Dušková}}
{{k:job_title|jednatelka}}
{{k:company|Hájek & syn, s.r.o.}}
{{ph|@ph:CZ}}
{{em|hajkova@hajek-syn.cz}}
""",
    """
---------- Přeposlaná zpráva ---------
Od: {{n:o|Martina Vlčková}} <{{em|martina.vlckova@seznam.cz}}>
Datum: {{k:date|po 6. 5. 2024}} {{k:time|8:41}}
Předmět: doklady na brigádu

Ahoj, posílám, co chtěli na personálním:
{{id|@p:!########}}
{{rc|@rc:cz,2001-08-19,f,plain}}
{{iban|@iban:CZ}}
{{n:g|Martina}}
""",
]

# --- Slovak ----------------------------------------------------------------

ITEMS["sk"] = [
    """
Dobrý deň,
kúpil som si predplatenú kartu {{k:brand|Telekom}} a pri registrácii cez appku mi stále píše, že údaje z dokladu nesedia. Údaje mám z občianskeho preukazu, prepisoval som ich trikrát.
Zadávam:
{{id|@p:%%######}}
platnosť do {{k:date|08.11.2030}}
Skúšal som aj cestovný pas, tiež neprešiel: {{id|@p:%%#######}}
Číslo karty: {{ph|@ph:SK,0}}
""",
    """
Dobrý deň, banka odo mňa žiada aktualizáciu údajov, lebo mi skončila platnosť občianky. Nový preukaz mám od {{k:date|marca}}. Jeho číslo je {{id|@p:%%######}}, vydal ho OR PZ {{k:city|Trnava}}.
Rodné číslo sa nezmenilo. Pre istotu: starý preukaz mal číslo {{id|@p:%%######}} a platil do {{k:date|02/2024}}.
Klientske číslo {{k:invalid_checksum_number|@k:##########}}
S pozdravom {{n:g|Ľubomír Kráľ}}
{{ph|@ph:SK,0}}
""",
    """
[{{k:brand|Orange}} chat]
Agentka {{n:o|Simona}}: Dobrý deň, ako vám môžem pomôcť?
Zákazník: chcem zmeniť paušál na {{k:brand|Go Biz}}
Agentka: Kvôli overeniu prosím uveďte rodné číslo držiteľa zmluvy.
Zákazník: to je moja mama, pošlem o chvíľu
Zákazník: {{rc|@rc:sk,1962-10-08,f,slash}}
Zákazník: a jej občiansky, keby bolo treba {{id|@p:%%######}}
Agentka: Ďakujem. Paušál {{k:brand|Go Biz}} bude aktívny od {{k:date|1. 7.}}, cena {{k:amount|19,99 €}} mesačne.
""",
    """
Dobrý deň,
počas dovolenky v {{k:city|Barcelone}} mi ukradli batoh, bol v ňom aj cestovný pas. Číslo mám už len z potvrdenia rezervácie letenky: {{id|@p:%%#######}}.
Polícia mi vystavila protokol ({{k:ticket_number|@k:####/2024/######}}). Potrebujem náhradný cestovný doklad, odlietam {{k:date|v piatok}}.
{{n:g|Michaela Horváthová}}
{{ph|@ph:SK,1}}
""",
    """
Dobrý deň,
k rezervácii {{k:order_number|@k:%%-#######}} pridávam druhého vodiča: {{n:o|Gábor Szabó}} (maďarský vodičák {{id|@p:%%######}}, pas {{id|@p:%%#######}}). Je to kolega z práce, budeme sa pri šoférovaní striedať. Vyzdvihnutie {{k:date|16.9.}} o {{k:time|7:30}}, letisko {{k:city|Košice}}.
""",
    """
Dobrý deň, chcela by som objednať dcéru na preventívku k detskej lekárke. Je poistená v {{k:company|Dôvere}}.
Údaje:
{{n:o|Ema Balážová}}
{{rc|@rc:sk,2016-02-11,f,plain}}
Najlepšie v {{k:date|utorok}} ráno. Ďakujem, {{n:g|Jana}}
{{ph|@ph:SK,3}}
""",
    """
Dobrý deň, objednávka {{k:order_number|@k:##########}} z {{k:brand|Martinus}} mala byť doručená do {{k:date|24. 11.}}, no zásielka {{k:tracking_number|@k:Z ### ### ####}} stále visí v depe {{k:brand|Packeta}}. Je to darček, kniha za {{k:amount|23,90 €}}. Dá sa to urýchliť?
""",
    """
{{k:greeting_without_name|Dobrý deň pani notárka}},
k zajtrajšej zmluve o prevode bytu posielam údaje:
predávajúci – {{n:o|Peter Lukáč}}, RČ {{rc|@rc:sk,1971-12-01,m,slash}}, OP {{id|@p:%%######}}
kupujúci – {{n:o|Andrej Kozak}}, občan Ukrajiny. Preukáže sa povolením na pobyt, číslo mi poslal dnes ráno SMS-kou:
{{id|@p:%%#######}}
Cena {{k:amount|168 000 €}}
""",
    """
ahoj, volám sa {{n:i|Tomi}}, mám permanentku do {{k:brand|Golem Club}}, kartu {{k:product_code|@k:################}}. včera mi ju na recepcii zablokovali, vraj som nezaplatil, ale {{k:amount|45 €}} mi z účtu odišlo {{k:date|3. marca}}. zavolajte mi prosím, {{ph|@ph:SK}}
""",
    """
Dobrý deň, kuriér {{k:brand|SPS}} mi nechcel vydať dobierku, lebo meno na štítku nesúhlasilo s občiankou. Na štítku je {{n:o|Zuzana Feketeová}}, v preukaze mám po rozvode ešte {{n:o|Kollárová}}. Preukaz, ktorý som ukazovala:
{{id|@p:%%######}}
Ukázala som aj vodičák, tam je tiež staré meno ({{id|@p:%%######}}).
Zásielka {{k:tracking_number|@k:###########}}, dobierka {{k:amount|56,40 €}}.
""",
    """
Škodová udalosť {{k:ticket_number|@k:SU-####-######}}
Zmluva PZP: {{k:invalid_checksum_number|@k:##########}}
Vinník je poľský vodič. Na mieste mi ukázal dowód osobisty a ja som si opísal meno a číslo: {{n:o|Krzysztof Adamczyk}}, {{id|@pldowod}}. Jeho poisťovňa je {{k:brand|PZU}}. Vodičák mal tiež poľský: {{id|@p:0####/##/####}}.
Telefón, ktorý mi dal: {{ph|@ph:PL,3}}
""",
    """
{{k:greeting_without_name|Milá pani učiteľka}},
k prihláške do školy v prírode som zabudla dopísať rodné číslo {{n:o|Matejka}}. Tu je:
{{rc|@rc:sk,2014-09-03,m,slash}}
Preukaz poistenca má z {{k:company|VšZP}}.
Ďakujem, {{n:g|Katka Mišíková}}
""",
    """
Formulár klienta
Meno: {{n:o|Iryna}}
Priezvisko: {{n:o|Bondar}}
Štátna príslušnosť: UA
Doklad 1 (typ / číslo): povolenie na pobyt /
{{id|@p:%%#######}}
Doklad 2 (typ / číslo): cestovný pas /
{{id|@p:F%######}}
IBAN: {{iban|@iban:SK}}
""",
    """
Dobrý deň, od {{k:date|1. 4.}} prepisujem odberné miesto na seba, bývam na adrese {{addr|Hlavná 112, 040 01 Košice}}. Číslo elektromera {{k:invalid_checksum_number|@k:########}}, EIC {{k:product_code|@k:24ZZS##########%}}. Predchádzajúci odberateľ bol môj otec, ktorý v januári zomrel.
Zmluvu podpíšem na občiansky preukaz {{id|@p:%%######}}.
Ozvite sa prosím na
{{ph|@ph:SK}}
""",
    """
Dobrý deň, posielam: {{id|@p:%%######}}
Ďakujem

Dňa {{k:date|15. 5. 2024}} o {{k:time|9:20}} {{n:o|Lenka Urbanová}} <{{em|urbanova@reality-zilina.sk}}> napísal(a):
> Dobrý deň pán {{n:s|Gajdoš}},
> do nájomnej zmluvy ešte potrebujem číslo Vášho občianskeho preukazu.
> S pozdravom, {{k:company|Reality Žilina}}
""",
    """
dobry den, objednala som krmivo pre papagaja ({{k:order_number|@k:OBJ#######}}) a prislo uplne ine, pre morcata. zakaznicka karta {{k:product_code|@k:################}}, na nej mam aj body za minuly nakup. vymenite to prosim? dakujem {{n:g|zuzka}}
""",
    """
Rezervácia {{k:order_number|@k:******}}, let {{k:product_code|W6 4355}} BTS–FCO, {{k:date|04.08.}}, sedadlá {{k:product_code|12A}} a {{k:product_code|12B}}
Obaja cestujúci sa prihlásia na občiansky preukaz:
1) {{n:o|KOVÁČOVÁ ALENA}} – {{id|@p:%%######}}
2) {{n:o|KOVÁČ MAREK}} – {{id|@p:%%######}}
""",
    """
Dobrý deň,
vozidlo {{k:brand|Kia}} Ceed (zákazka {{k:order_number|@k:ZK-######}}) mi pri odovzdaní vydali bez protokolu. Pri prevzatí si technik odfotil môj vodičský preukaz aj občiansky preukaz, prosím o vymazanie tých fotiek. Ide o {{id|@p:%%######}} a {{id|@p:%%######}}. Faktúra {{k:invoice_number|@k:FA-2024-#####}} na {{k:amount|412,80 €}} je uhradená.
Ing. {{n:g|Rastislav Vrabec}}
{{ph|@ph:SK}}
""",
    """
Dobrý deň, volám sa {{n:i|Tereza Nováková}}, som občianka ČR a chcem sa prihlásiť na prechodný pobyt v {{k:city|Žiline}}.
Doklad totožnosti: občanský průkaz ČR
Číslo:
{{id|@p:!########}}
Rodné číslo {{rc|@rc:cz,1996-07-24,f,slash}}
Kontakt: {{ph|@ph:CZ,1}}
""",
    """
Dobrý deň,
na vystavenie faktúry za licencie {{k:brand|Microsoft 365}} ({{k:quantity|12}} ks) posielam fakturačné údaje:
{{k:company|AGRO Záhorie, s.r.o.}}
{{addr|Štúrova 21, 901 01 Malacky}}
IČO: {{tax|@ico}}
IČ DPH: {{tax|@skdph}}
Objednávka č. {{k:order_number|@k:OBJ/####/##}}
{{k:team_name|Ekonomické oddelenie}}
""",
    """
Dobrý deň, na {{k:brand|Bazoš.sk}} som predávala bicykel a kupujúci chcel fotku OP „kvôli kuriérovi“. Poslala som ju a teraz mi niekto na moje meno zobral pôžičku. Ak sa dá, zablokujte prosím preukaz, číslo som skopírovala z fotky cez aplikáciu:
{{id|@ocr:p:%%######}}
Napísala som mu aj číslo karty na „vrátenie poštovného“, tú som už zrušila: {{card|@card:mc}}
Komunikoval so mnou cez WhatsApp z čísla {{ph|@ph:GB,1}}.
""",
    """
Prenos čísla {{ph|@ph:SK,4}} zo {{k:brand|4ka}} do {{k:brand|O2}}. Zmluva je na mňa, no v systéme mám asi ešte starý doklad. Aktuálny:
{{id|@p:%%######}}
(starý, {{id|@p:%%######}}, platil do {{k:date|2023}})
Objednávka {{k:order_number|@k:O2-#########}}
""",
    """
Menný zoznam skupiny je v prílohe, tu len čísla dokladov pre recepciu:
izba 201 – {{id|@pldowod}}
izba 201 – {{id|@pldowod}}
izba 202 – {{id|@p:^^ ######}}
izba 203 – {{id|@p:########}} (LT)
Príchod {{k:date|7.10.}}, {{k:quantity|4}} osoby, voucher {{k:order_number|@k:TT-####-##}}
""",
    """
Dobrý deň pani {{n:s|Kováčová}},
posielam výsledky z laboratória pre otca, {{n:o|Jozefa Hudáka}}, prosím zapísať ho na kontrolu. Občiansky preukaz má {{id|@p:%%######}}. Kartu poistenca nemá pri sebe, ale číslo poistenca je rovnaké ako rodné číslo:
{{rc|@rc:sk,1944-03-17,m,slash}}
Termín mu vyhovuje {{k:date|15.}} alebo {{k:date|22. 5.}} dopoludnia.
dcéra
""",
    """
Dobrý deň,
žiadam o potvrdenie o dobe služby na účely výsluhového dôchodku. Slúžil som v rokoch {{k:date|1998–2016}}. Údaje zo služobného preukazu (už neplatný):
séria a číslo
{{id|@p:%% ######}}
Osobné číslo vojaka som zabudol, ale RČ je {{rc|@rc:sk,1978-05-30,m,plain}}.
{{n:g|Štefan Juhás}}, OP {{id|@p:%%######}}
""",
    """
Technik {{n:o|Jano}} ({{k:brand|SWAN}}): dobrý deň, pripájam sa na váš router
Ja: ok
Technik ({{k:brand|SWAN}}): router {{k:product_code|@k:SN%%########}}, firmware {{k:version|3.4.12}}. vidím, že zmluva je na iné meno. kto je držiteľ?
Ja: manžel, {{n:o|Pavol Kmeť}}
Technik: potrebujem ešte číslo jeho dokladu
Ja: {{id|@p:%%######}}
""",
    """
Check-in online – {{k:brand|Ryanair}}
Document type: ID card
Nationality: SVK
Document number
{{id|@p:%%######}}
Expiry date: {{k:date|21/03/2031}}
Passenger 2 – Document number
{{id|@p:%%######}}
Appka mi hádže chybu „document already used“. Let {{k:product_code|FR 3072}}, rezervácia {{k:order_number|@k:******}}.
""",
    """
Dobrý deň, vlak {{k:product_code|R 613}} Tatran {{k:date|18. 2.}} meškal {{k:quantity|95 minút}} a ujel mi prípoj v {{k:city|Žiline}}. Cestovný lístok {{k:ticket_number|@k:##########}}, cena {{k:amount|17,45 €}}. Podľa podmienok mám nárok na {{k:percent|50 %}} odškodnenie.
""",
    """
Dobrý deň, pán {{n:s|Ondrejka}},
posielam podklady k zmluve o dielo. Konateľka sa preukáže pasom, občiansky preukaz má vo výmene. Číslo pasu:
{{id|@p:%%#######}}
DIČ spoločnosti {{tax|@skdph:plain}}

S pozdravom
Mgr. {{n:g|Denisa Straková}}
{{k:job_title|konateľka}}
{{k:company|STAV-MONT SK s.r.o.}}
mob.: {{ph|@ph:SK,1}}
""",
    """
-------- Preposlaná správa --------
Od: {{n:o|Róbert Dudáš}} <{{em|r.dudas@centrum.sk}}>
Komu: {{em|personalne@stavmont.sk}}
Dátum: {{k:date|štvrtok 2. mája 2024}} {{k:time|18:02}}

posielam veci na zmluvu
{{id|@p:%%######}}
{{rc|@rc:sk,1999-01-12,m,slash}}
{{iban|@iban:SK}}
vďaka {{n:g|Robo}}
""",
]

# --- Russian ---------------------------------------------------------------

ITEMS["ru"] = [
    """
Здравствуйте! Купил сим-карту {{k:brand|МТС}} в салоне, а через неделю пришло СМС, что номер заблокируют, если не подтвердить данные на Госуслугах. Подтверждаю — пишет «данные паспорта не совпадают». Продавец вписал в договор мой паспорт с ошибкой, правильно так:
{{id|@ru:sp}}
выдан {{k:date|12.04.2016}}
(в договоре, похоже, стоит мой старый, {{id|@ru:4}}, его меняли в 45 лет)
Номер сим-карты {{ph|@ph:RU,0}}, договор {{k:invalid_checksum_number|@k:##########}}.
""",
    """
АНКЕТА ГОСТЯ — {{k:brand|Гостиница «Волга»}}, {{k:city|Самара}}
ФИО: {{n:o|Гусейнова Лейла Рашидовна}}
Дата рождения: {{k:date|21.09.1990}}
Документ, удостоверяющий личность: паспорт РФ
серия
{{id|@ruser}}
номер
{{id|@runum}}
Бронь {{k:order_number|@k:VLG-######}}, заезд {{k:date|14.03}}, выезд {{k:date|16.03}}
""",
    """
Чат {{k:person_like_brand|Тинькофф}}
[{{k:time|14:21}}] Оператор: Для подтверждения личности назовите, пожалуйста, серию и номер паспорта.
[{{k:time|14:22}}] Клиент: сейчас достану
[{{k:time|14:24}}] Клиент: {{id|@ru:glued}}
[{{k:time|14:24}}] Клиент: снилс тоже нужен? {{id|@snils:plain}}
[{{k:time|14:24}}] Оператор: Спасибо. Перевод на {{k:amount|35 000 ₽}} от {{k:date|2 мая}} приостановлен: получатель в базе мошеннических счетов.
""",
    """
Добрый день.
{{k:date|3 февраля}} в метро у меня вытащили кошелёк, в нём был паспорт. Заявление в полицию подал, КУСП № {{k:ticket_number|@k:#####}}. Прошу признать паспорт недействительным. Скан был у меня в почте, оттуда и переписываю:
{{id|@ru:dash}}
Подойду в МФЦ в {{k:date|субботу}}.
С уважением,
{{n:g|Кирилл Андреевич Зайцев}}
{{ph|@ph:RU}}
""",
    """
Здравствуйте, на связи {{n:i|Айгерим}}. Хочу добавить второго водителя в аренду {{k:order_number|@k:%%-######}}. Это мой брат {{n:o|Нурлан}}, он гражданин Казахстана. Права у него казахстанские, номер вот: {{id|@p:%%######}}. Удостоверение личности — {{id|@p:0########}}.
Забираем машину {{k:date|9 июня}} в {{k:time|8:00}}.
""",
    """
Запись в клинику {{k:brand|«Медси»}}
Пациент: {{n:o|Ковалёва Анастасия Игоревна}}
Полис ОМС: {{k:invalid_checksum_number|@k:################}}
СНИЛС: {{id|@snils}}
Документ: паспорт
{{id|@ru:sp}}
Контактный телефон мамы:
{{ph|@ph:RU}}
""",
    """
Заказ {{k:order_number|@k:########-####}} на {{k:brand|Ozon}} должен был прийти {{k:date|12 марта}}, а в трекинге до сих пор «передан в доставку». Трек-номер {{k:tracking_number|@k:%%#########%%}}. Оплачено {{k:amount|2 490 ₽}}, чек {{k:invoice_number|@k:####/######}}. Верните деньги или привезите уже.
""",
    """
Уважаемая {{n:s|Марина Сергеевна}}!
Направляю данные для доверенности на продажу автомобиля.
Доверитель: {{n:o|Пахомов Виктор Ильич}}, {{k:date|1958}} г. р.
паспорт: сер. {{id|@ruser:sp}} н. {{id|@runum}}
Поверенный — я, мои данные у вас есть с прошлого раза; на всякий случай ИНН {{id|@inn:12}}.
Автомобиль {{k:brand|Lada}} Vesta, VIN {{k:product_code|@k:XTA%%%###%%######}}.
{{n:g|Д. Пахомов}}
""",
    """
Здравствуйте, это {{n:i|Алина}}, клиентка {{k:brand|World Class}} на Павелецкой. Карта {{k:product_code|@k:################}} перестала работать на турникете после продления за {{k:amount|48 000 ₽}}. Перезвоните, пожалуйста, на {{ph|@ph:RU}}.
""",
    """
В пункте выдачи {{k:brand|СДЭК}} мне отказались отдать посылку, потому что «паспорт не совпадает с данными получателя». Я — {{n:i|Ефимова Ольга Петровна}}, получатель по накладной, только там ошибка в отчестве. Предъявляла вот этот документ:
{{id|@ru:4}}
а потом ещё и права: {{id|@p:99 ## ######}}
Накладная {{k:tracking_number|@k:##########}}, наложенный платёж {{k:amount|4 120 ₽}}.
""",
    """
Убыток № {{k:ticket_number|@k:####-#######-##}}
Полис ОСАГО: {{k:invalid_checksum_number|@k:ХХХ ##########}}
Второй участник ДТП — гражданин Беларуси {{n:o|Сергей Лукашевич}} (паспорт {{id|@p:MP#######}}). Сказал, что полис «Зелёная карта» у него есть, но показать не смог. Его телефон: {{ph|@ph:BY}}. Водительское удостоверение у него белорусское, переписал номер: {{id|@p:#%% ######}}.
""",
    """
Уважаемая {{n:s|Ольга Николаевна}}!
Для зачисления сына в 1-й класс прошу принять недостающие сведения. Свидетельство о рождении:
{{id|@p:IV-^^ ######}}
СНИЛС ребёнка пришлю завтра, пока только мой: {{id|@snils}}
С уважением, {{n:g|Орлова Е. В.}}
{{ph|@ph:RU,4}}
""",
    """
Анкета клиента (обновление данных)
ФИО | {{n:o|Тарасов Глеб Олегович}}
Документ | паспорт гражданина РФ
Серия, номер | {{id|@ru:4}}
Загранпаспорт | есть
Номер документа | {{id|@p:7# #######}}
ИНН | {{id|@inn:12}}
Кодовое слово | не менять
""",
    """
Добрый день. Прошу переоформить лицевой счёт {{k:invalid_checksum_number|@k:##########}} на меня в связи со вступлением в наследство. Адрес: {{addr|ул. Садовая, д. 14, кв. 57, г. Тверь, 170100}}. Счётчик воды № {{k:invalid_checksum_number|@k:########}}, показания {{k:quantity|341 м³}}. Копию паспорта прикладываю, данные: {{id|@ru:4}}.
Телефон для связи (мобильный, в любое время):
{{ph|@ph:RU,0}}
""",
    """
Вот, пожалуйста: {{id|@ru:sp}}, выдан {{k:date|23.08.2019}}.

{{k:date|пн, 15 апр. 2024 г.}} в {{k:time|10:14}}, {{n:o|Алексей Руденко}} <{{em|a.rudenko@tk-vector.ru}}>:
> Добрый день, {{n:s|Игорь}}!
> Для оформления пропуска на склад пришлите, пожалуйста, паспортные данные.
> --
> {{k:job_title|менеджер по логистике}}, {{k:company|ТК «Вектор»}}
""",
    """
добрый день, заказывала в {{k:brand|Четыре Лапы}} корм {{k:brand|Royal Canin}} 10 кг (заказ {{k:order_number|@k:##########}}), привезли 2 кг. на карте лояльности {{k:product_code|@k:################}} списались баллы за весь заказ. верните, пожалуйста, разницу {{k:amount|3 870 ₽}}. спасибо, {{n:g|наташа}}
""",
    """
Бронь {{k:order_number|@k:******}}, рейс {{k:product_code|SU 1402}} SVO–KRR, {{k:date|21.07}}, места {{k:product_code|18A}} и {{k:product_code|18B}}.
Пассажиры:
{{n:o|IVANOVA/ELENA}} MRS — {{id|@ru:glued}}
{{n:o|IVANOV/PAVEL}} MR — {{id|@ru:glued}}
При оплате номер паспорта мужа ввели с ошибкой, выше правильный.
""",
    """
Заказ-наряд {{k:order_number|@k:ЗН-######}}, {{k:brand|Toyota}} Camry. При приёмке мастер переписал мои данные в акт: {{id|@p:99 ## ######}} (это права) и паспорт {{id|@ru:4}}. Объясните, пожалуйста, зачем автосервису паспорт? Прошу удалить.
{{n:g|Рустам}}
{{ph|@ph:RU,3}}
""",
    """
Здравствуйте, меня зовут {{n:i|Шерзод Юлдашев}}, я гражданин Узбекистана. Пришёл продлевать регистрацию, а в базе ошибка в номере паспорта. Правильный:
{{id|@p:FA#######}}
Миграционная карта: {{id|@p:#### #######}}
ИНН получил в прошлом году: {{id|@inn:12}}
Чек об оплате патента на {{k:amount|7 500 ₽}} прикладываю.
""",
    """
Добрый день!
Просим перевыставить счёт {{k:invoice_number|@k:СЧ-####/24}} на верные реквизиты:
{{k:company|ООО «Северный ветер»}}
ИНН {{tax|@inn}}, КПП {{k:invalid_checksum_number|@k:#########}}
ОГРН {{tax|@ogrn}}
Юр. адрес: {{addr|191024, г. Санкт-Петербург, ул. Мытнинская, д. 9, лит. А}}
{{k:team_name|Бухгалтерия}}
""",
    """
Продавала на {{k:brand|Авито}} детскую коляску. Покупатель попросил фото паспорта «для доставки», я отправила. На фото всё было видно, телефон распознаёт оттуда серию и номер вот так: {{id|@ocr:ru:sp}}. Потом он прислал ссылку «для получения денег», и я ввела туда карту {{card|@card:mc}}. С карты списали {{k:amount|18 300 ₽}}. Что делать с паспортом? Он писал с номера {{ph|@ph:RU,6}}.
""",
    """
Перенос номера {{ph|@ph:RU,1}} из {{k:brand|Билайн}} в {{k:brand|Т2}}. Договор оформлен на маму, {{n:o|Людмила Фёдоровна Котова}}, она рядом и согласна. Её паспорт:
{{id|@ru:no}}
Заявка {{k:ticket_number|@k:MNP-#########}}
Новый договор будет на меня: {{id|@ru:4}}
""",
    """
Список документов группы (ФИО — в приложенном файле):
1 — паспорт РФ {{id|@ru:sp}}
2 — паспорт РФ {{id|@ru:sp}}
3 — паспорт РБ {{id|@p:HB#######}}
4 — свидетельство о рождении {{id|@p:III-^^ ######}}
Заезд {{k:date|02.08}}, {{k:quantity|4}} чел., ваучер {{k:order_number|@k:TUR-#####-##}}
""",
    """
{{n:s|Татьяна Викторовна}}, добрый день!
Папу выписали, для оформления инвалидности просят копию паспорта. Копию принесу, а пока переписываю:
Паспорт
{{id|@ru:sp}}
Код подразделения {{k:invalid_checksum_number|@k:###-###}}
Спасибо вам большое!
{{n:g|Вера}}
""",
    """
Добрый день! По вакансии {{k:job_title|боцман}} ({{k:company|«Совкомфлот»}}) направляю данные документов:
Удостоверение личности моряка: {{id|@p:РМ #######}} (действует до {{k:date|2027}})
Военный билет — серия и номер на развороте:
{{id|@p:АК #######}}
{{n:g|Геннадий Сорокин}}
паспорт {{id|@ru:sp}}
{{ph|@ph:RU,1}}
""",
    """
Специалист {{n:o|Ирина}}: Здравствуйте! Чем могу помочь?
Вы: не могу войти в личный кабинет {{k:brand|Ростелеком}}
Специалист: Назовите, пожалуйста, номер лицевого счёта и паспортные данные владельца договора.
Вы: лс {{k:invalid_checksum_number|@k:############}}
Вы: паспорт сейчас
Вы: {{id|@ru:sp}}
""",
    """
Пытаюсь пройти онлайн-регистрацию на рейс {{k:product_code|TK 414}} ({{k:brand|Turkish Airlines}}), поля там на английском:
Document type — Passport
Document number — ввожу {{id|@p:7########}}
(у второго пассажира, мужа, {{id|@p:7########}} — его приняло)
Expiry — {{k:date|05.2031}}
Nationality — RUS
А система пишет «invalid document». Бронь {{k:order_number|@k:******}}.
""",
    """
Поезд {{k:product_code|№ 752А}} «Ласточка» {{k:date|10.06}} задержали на {{k:quantity|2 часа}}, вагон 5, место 34. Электронный билет {{k:ticket_number|@k:7#############}}, стоимость {{k:amount|1 840 ₽}}. Прошу вернуть {{k:percent|50 %}} стоимости, как положено по правилам {{k:brand|РЖД}}.
""",
    """
Добрый день, {{n:s|Артём}}!
Во вложении договор поставки. Для доверенности на получение груза: водитель {{n:o|Мамедов Эльчин}}, гражданин Азербайджана. Номер паспорта в следующей строке:
{{id|@p:C0#######}}

С уважением,
{{n:g|Светлана Игоревна Белова}}
{{k:job_title|коммерческий директор}}
{{k:company|ООО «ТехСнаб»}}
тел. {{ph|@ph:RU,1,1}}
моб. {{ph|@ph:RU,4}}
""",
    """
-------- Пересылаемое сообщение --------
{{k:date|17.05.2024}}, {{k:time|09:12}}, "{{n:o|Даниил Ким}}" <{{em|kim.daniil@mail.ru}}>:
кидаю данные для оформления:
{{id|@ru:4}}
{{id|@snils}}
{{id|@inn:12}}
-------- Конец пересылаемого сообщения --------
Оформите, пожалуйста, пропуск на {{k:date|20 мая}}.
""",
]

# --- Ukrainian -------------------------------------------------------------

ITEMS["uk"] = [
    """
Добрий день! Хочу переоформити номер на себе, бо раніше він був на батька. У салоні {{k:brand|Київстар}} сказали надіслати дані документа сюди. Паспорт у мене старого зразка, книжечка.
Серія та номер:
{{id|@p:^^ ######}}
виданий {{k:date|14.02.2003}}
Номер, який переоформлюю: {{ph|@ph:UA,2}}, договір {{k:invalid_checksum_number|@k:#########}} від {{k:date|2017}} року.
""",
    """
Анкета гостя — {{k:brand|Radisson Blu Resort Bukovel}}
П.І.Б.: {{n:o|Мельничук Ярослава Андріївна}}
Громадянство: Україна
Документ: ID-картка
Номер документа
{{id|@p:00#######}}
Запис №
{{id|@unzr}}
Бронювання {{k:order_number|@k:BKL-######}}, заїзд {{k:date|28.12}}, {{k:quantity|3 ночі}}
""",
    """
[{{k:brand|monobank}}]
Підтримка: Щоб зняти обмеження, надішліть, будь ласка, номер вашого паспорта та РНОКПП.
Я: а навіщо, ви ж і так усе знаєте
Підтримка: Це вимога фінмоніторингу, вибачте за незручності.
Я: ну добре
Я: {{id|@p:00#######}}
Я: {{id|@rnokpp}}
Підтримка: Дякуємо! Обмеження на перекази понад {{k:amount|50 000 грн}} знімемо протягом {{k:quantity|2 годин}}.
""",
    """
Доброго дня.
{{k:date|11 березня}} у {{k:city|Варшаві}} в мене вкрали сумку із закордонним паспортом. Заяву в поліцію написала (номер справи {{k:ticket_number|@k:RSD-####/##}}). Прошу анулювати документ. Номер є на старій візовій анкеті, звідти й переписую: {{id|@p:F%######}}.
Повертатися буду за посвідченням на повернення. ID-картка в мене з собою: {{id|@p:00#######}}.
{{n:g|Олена Кравчук}}
{{ph|@ph:PL,3}}
""",
    """
Привіт! Бронюю авто на {{k:date|5–9 серпня}} ({{k:order_number|@k:RENT-#####}}), водієм буде мій друг з Польщі, {{n:o|Piotr Grabowski}}. Він скинув фото посвідчення, номер такий: {{id|@p:0####/##/####}}. Паспорт у нього {{id|@plpass}}. Цього достатньо? Ціна в мене {{k:amount|1 150 грн}} за добу, так?
""",
    """
Декларація з сімейним лікарем — {{k:brand|Добробут}}
Пацієнт: {{n:o|Гончаренко Марко}} (дитина, {{k:date|2015}} р. н.)
Документ дитини: свідоцтво про народження
Серія, номер:
{{id|@p:I-^^ ######}}
РНОКПП мами: {{id|@rnokpp}}
Телефон мами:
{{ph|@ph:UA}}
Заява {{k:ticket_number|@k:DEC-#######}}
""",
    """
Замовлення {{k:order_number|@k:#########}} на {{k:brand|Rozetka}}: пилосос {{k:brand|Xiaomi}} {{k:product_code|G10}} приїхав з тріснутим корпусом. ТТН {{k:tracking_number|@k:20450#########}}, оплата {{k:amount|8 499 грн}} карткою. Прошу заміну або повернення коштів.
""",
    """
Шановна пані {{n:s|Ірино}}!
Надсилаю дані для довіреності на продаж квартири.
Довіритель — мій батько, {{n:o|Петро Іванович Ткачук}}, паспорт старого зразка:
{{id|@p:^^ ######}}
Повірений — я. Мій документ — ID-картка {{id|@p:00#######}}, РНОКПП {{id|@rnokpp}}.
{{n:g|Андрій Ткачук}}
{{ph|@ph:UA,0}}
""",
    """
Вітаю! Мене звати {{n:i|Дарина}}, у мене абонемент у {{k:brand|Sport Life}}, картка {{k:product_code|@k:################}}. Хочу заморозити його на {{k:quantity|30 днів}}, бо їду у відрядження. Передзвоніть, будь ласка: {{ph|@ph:UA}}
""",
    """
Доброго дня, пише вам {{n:i|Василь Гуменюк}}. {{k:date|27.05}} у відділенні {{k:brand|Нової пошти}} № 12 мені не видали посилку, оформлену на дружину, хоча в застосунку стоїть довіреність. Оператор переписав мій паспорт у журнал:
{{id|@p:^^ ######}}
і сказав прийти разом з нею. Хоча ID-картка дружини вказана в довіреності: {{id|@p:00#######}}. ТТН {{k:tracking_number|@k:59############}}, післяплата {{k:amount|1 240 грн}}.
""",
    """
Повідомлення про ДТП, поліс {{k:invalid_checksum_number|@k:ЕР-#########}}
ДТП {{k:date|14.06}} о {{k:time|18:20}}, {{k:city|Одеса}}. Винуватець — водій з Молдови, {{n:o|Ion Rusu}} ({{id|@p:B########}}). Зелена картка в нього є, номер {{k:invalid_checksum_number|@k:MD/###/#######}}.
Його телефон: {{ph|@ph:MD}}
""",
    """
Шановна {{n:s|Оксано Петрівно}}!
Для оформлення безкоштовного харчування доньки (3-Б клас) з {{k:date|1 вересня}} прошу внести в базу її дані. Свідоцтво про народження:
{{id|@p:I-^^ ######}}
Пільга — як дитині учасника бойових дій. Посвідчення тата: {{id|@p:^^ ######}}.
{{n:g|Наталія Козак}}
""",
    """
Анкета клієнта
ПІБ | {{n:o|Ахмедов Руслан}}
Громадянство | Азербайджан
Документ | посвідка на постійне проживання
Номер документа | {{id|@p:00#######}}
Дата видачі | {{k:date|12.10.2021}}
Запис № | {{id|@unzr}}
Паспорт | {{id|@p:C0#######}}
РНОКПП | {{id|@rnokpp}}
""",
    """
Добрий день. Прошу переоформити особовий рахунок {{k:invalid_checksum_number|@k:#########}} на нового власника у зв'язку з купівлею квартири за адресою {{addr|вул. Антоновича, 48, кв. 19, Київ, 03150}}. Лічильник № {{k:invalid_checksum_number|@k:########}}, показники на {{k:date|01.06}} — {{k:quantity|217}}.
Зв'язок:
{{ph|@ph:UA}}
""",
    """
Ось: {{id|@p:00#######}}, запис {{id|@unzr}}.

{{k:date|чт, 18 квіт. 2024 р.}} о {{k:time|16:40}} {{n:o|Вікторія Лисенко}} <{{em|v.lysenko@hr-agro.com.ua}}> пише:
> Пане {{n:s|Олеже}},
> для оформлення на роботу не вистачає номера ID-картки та запису в реєстрі.
> {{k:team_name|Відділ кадрів}}
""",
    """
добрий день, замовляла в {{k:brand|MasterZoo}} наповнювач для кота ({{k:order_number|@k:MZ-#######}}), привезли не той, з ароматом лаванди, а кіт його ігнорує :( бонусна картка {{k:product_code|@k:################}}. можна обміняти? дякую, {{n:g|софійка}}
""",
    """
Бронювання {{k:order_number|@k:******}}, рейс {{k:product_code|W6 1759}} KTW–TFS, {{k:date|02.02}}, місця {{k:product_code|7C}} і {{k:product_code|7D}}
Пасажири:
{{n:o|SAVCHENKO/IRYNA}} — {{id|@p:F%######}}
{{n:o|SAVCHENKO/MYKOLA}} — {{id|@p:F%######}}
Номер паспорта сина під час покупки вказали з помилкою, вище правильний.
""",
    """
Залишав авто на {{k:brand|СТО «Автомакс»}} (наряд {{k:order_number|@k:НЗ-#####}}). Майстер сфотографував моє посвідчення водія «для бази», прошу видалити. Номер: {{id|@p:^^^ ######}}. Рахунок {{k:invoice_number|@k:РФ-#####}} на {{k:amount|3 650 грн}} я сплатив.
{{ph|@ph:UA,3}}
{{n:g|Богдан}}
""",
    """
Доброго дня, мене звати {{n:i|Тетяна Бондаренко}}, я внутрішньо переміщена особа з {{k:city|Харкова}}. Хочу отримати довідку ВПО у вашому ЦНАП. Документи:
ID-картка — {{id|@p:00#######}}
РНОКПП — {{id|@rnokpp}}
Фактичне місце проживання: {{addr|вул. Шевченка, 7, кв. 3, Ужгород}}
{{ph|@ph:UA,2}}
""",
    """
Доброго дня!
Прохання виставити рахунок на:
{{k:company|ТОВ «Зелена долина»}}
ЄДРПОУ {{tax|@edrpou}}
IBAN {{iban|@iban:UA}}
Юридична адреса: {{addr|вул. Промислова, 3, м. Біла Церква, 09100}}
Замовлення {{k:order_number|@k:ЗМ-####/24}}, {{k:quantity|40}} шт.
{{k:team_name|Бухгалтерія}}
""",
    """
Продавала на {{k:brand|OLX}} дитяче крісло. «Покупець» попросив фото паспорта для «безпечної угоди», потім надіслав посилання, і з картки {{card|@card:visa}} списали {{k:amount|6 200 грн}}. Картку заблокувала. А що робити з паспортом? На фото було видно все: номер {{id|@ocr:p:00#######}}, запис {{id|@unzr}}. Шахрай писав з {{ph|@ph:UA,3}}.
""",
    """
Перенесення номера {{ph|@ph:UA,1}} з {{k:brand|Vodafone}} у {{k:brand|lifecell}}. Контракт на маму, {{n:o|Галина Степанівна Рибак}}. Її документ (паспорт-книжечка) пишу нижче, бо в анкеті не вміщається:
{{id|@p:^^ ######}}
Заявка {{k:ticket_number|@k:LC-#######}} від {{k:date|08.04}}
Новий контракт буде на мене, мій ID: {{id|@p:00#######}}
""",
    """
Документи групи для поселення (прізвища у файлі):
1) закордонний паспорт {{id|@p:F%######}}
2) закордонний паспорт {{id|@p:F%######}}
3) ID-картка {{id|@p:00#######}}
4) dowód osobisty (PL) {{id|@pldowod}}
Заїзд {{k:date|15.09}}, ваучер {{k:order_number|@k:TRV-####-##}}
""",
    """
Лесю, привіт!
Запиши, будь ласка, тата на УЗД на {{k:date|четвер}} о {{k:time|10:30}}. Його дані:
{{n:o|Литвин Степан Миколайович}}
{{id|@p:^^ ######}}
{{id|@rnokpp}}
Дякую! {{n:g|Оля}}
""",
    """
Доброго дня! Я кандидат на посаду {{k:job_title|другого помічника капітана}}. Документи:
посвідчення особи моряка (дійсне до {{k:date|09.2028}}):
{{id|@p:АВ ######}}
послужна книжка моряка:
{{id|@p:^^ ######}}
{{n:g|Максим Шевчук}}
{{ph|@ph:UA,0}}
""",
    """
Оператор {{n:o|Ольга}} ({{k:brand|Укртелеком}}): Добрий день! Назвіть, будь ласка, номер особового рахунку.
Клієнт: {{k:invalid_checksum_number|@k:##########}}
Оператор: Дякую. Договір оформлено на іншу особу. Хто власник?
Клієнт: свекруха, {{n:o|Ганна Коваль}}, ось її ID {{id|@p:00#######}}
""",
    """
Я {{n:i|Оксана}}, з {{k:date|2022}} живу в {{k:city|Кракові}}. Заповнюю на сайті польського банку форму, а там так:
Rodzaj dokumentu: karta pobytu
Numer dokumentu:
{{id|@p:%%#######}}
PESEL: {{pesel|@pesel}}
і пише «błędny numer dokumentu». Що не так? Рахунок відкриваю в {{k:brand|PKO BP}}.
""",
    """
Поїзд {{k:product_code|№ 743}} {{k:brand|Інтерсіті+}} {{k:date|03.03}} запізнився на {{k:quantity|3 години}}, вагон 4, місце 27. Квиток {{k:ticket_number|@k:##############}}, вартість {{k:amount|1 116 грн}}. Прошу компенсацію {{k:percent|25 %}} від вартості.
""",
    """
Добрий день, пане {{n:s|Тарасе}}!
Надсилаю підписаний договір. Для довіреності водія: {{n:o|Сергій Приходько}}, посвідчення водія в наступному рядку:
{{id|@p:^^^ ######}}
--
З повагою,
{{n:g|Юлія Остапенко}}
{{k:job_title|менеджерка з продажу}}
{{k:company|ТОВ «Агротехсервіс»}}
{{ph|@ph:UA,1}}
{{em|ostapenko@agrotechservice.ua}}
""",
    """
---------- Forwarded message ---------
Від: {{n:o|Роман Гнатюк}} <{{em|roman.hnatiuk@ukr.net}}>
Дата: {{k:date|пт, 10 трав. 2024 р.}} о {{k:time|20:15}}
Тема: дані

{{id|@p:00#######}}
{{id|@unzr}}
{{id|@rnokpp}}
{{iban|@iban:UA}}

Перешліть, будь ласка, в бухгалтерію для виплати.
""",
]

# --- English ---------------------------------------------------------------

ITEMS["en"] = [
    """
Hi,
I'm trying to upgrade my {{k:brand|EE}} contract online and the ID check keeps failing at the very last step. It asks for photo ID and I picked driving licence. This is what I typed in:
{{id|@gbdl:MORGAN,SJ,1984-11-03,f}}
I also tried with my passport, {{id|@p:!########}}, same error.
I've checked it three times against the card. Account number {{k:invalid_checksum_number|@k:#########}} if that helps, order ref {{k:order_number|@k:MS-########}}.
""",
    """
GUEST REGISTRATION – {{k:brand|The Balmoral}}, {{k:city|Edinburgh}}
Surname: {{n:o|Haddad}}
First name: {{n:o|Karim}}
Nationality: Lebanese
Document: passport
Number
{{id|@p:LR#######}}
Accompanying guest (spouse) – passport {{id|@p:LR#######}}
Arrival {{k:date|12 Oct}} / Departure {{k:date|15 Oct}} – booking {{k:order_number|@k:BAL-#####-##}}
""",
    """
[{{k:brand|Monzo}} chat]
Support: To make sure it's you, could you confirm the number on the passport you used when you opened the account?
Me: hang on, it's in a drawer somewhere
Me: found it
Me: {{id|@p:!########}}
Support: Thanks, and your National Insurance number please?
Me: {{id|@nino:A}}
Support: Thanks! I've lifted the block on the {{k:amount|£1,200.00}} transfer from {{k:date|Tuesday}}.
""",
    """
Hello,
my passport was stolen from a hotel room in {{k:city|Lisbon}} on {{k:date|2 May}}. I reported it to the local police straight away (report {{k:ticket_number|@k:####/2024/PSP}}).
The number, copied from an old booking confirmation, is {{id|@p:!########}}. My previous (expired) one was {{id|@p:!########}}, in case that shows up on your system.
I fly home on {{k:date|Friday}} and need an emergency travel document. What do I need to bring to the embassy?
Kind regards,
{{n:g|Rebecca Osei-Mensah}}
{{ph|@ph:GB,1}}
""",
    """
Hi there, booking {{k:order_number|@k:%%#######}} – could you add my partner {{n:o|Ciarán Ó Súilleabháin}} as a second driver? His licence is Irish, number {{id|@p:#########}}. He'll have his passport with him as well ({{id|@p:P%#######}}). Pick-up is {{k:date|Sat 22 June}}, {{k:time|10am}}, {{k:city|Dublin}} Airport.
""",
    """
New patient registration – {{k:brand|Riverside Medical Practice}}
Name: {{n:o|Agnieszka Wiśniewska-Holt}}
DOB: {{k:date|19/07/1992}}
Proof of ID: BRP
Card number (front, top right):
{{id|@p:%%#######}}
NHS number (if known): {{id|@nhs}}
Mobile:
{{ph|@ph:GB}}
""",
    """
Order {{k:order_number|@k:###-#######-#######}} from {{k:brand|Amazon}} says delivered on {{k:date|14 March}} but nothing arrived. {{k:brand|Royal Mail}} tracking {{k:tracking_number|@k:%% ### ### ###GB}} shows it went to a different postcode. It was a {{k:amount|£89.99}} kettle (the same one is {{k:amount|£20}} cheaper at the {{k:street_as_brand|Oxford Street}} {{k:person_like_brand|John Lewis}}, so I'm not paying twice), please refund or resend.
""",
    """
Dear Mr {{n:s|Patel}},
Further to our call, here are the details for the ID checks on the sale of {{addr|14 Albany Road, Bristol BS6 5LN}}:
Seller 1: {{n:o|Margaret Anne Lowe}} – passport, see below
Seller 2: me – driving licence {{id|@gbdl:LOWE,C,1958-06-22,m}}
Her passport number is on the second page of the scan, but it came out blurry, so here it is: {{id|@p:!########}}
Completion is planned for {{k:date|28 June}}.
Best wishes,
{{n:g|Colin}}
""",
    """
Hiya, it's {{n:i|Jodie}} (membership {{k:product_code|@k:################}}). My fob stopped working after I switched to the {{k:amount|£24.99}} off-peak plan. Can someone call me back on {{ph|@ph:GB,0}}? Thanks!
""",
    """
The {{k:brand|DPD}} Pickup shop refused to give me my parcel because the name on my licence didn't match the label. The label says {{n:o|Liz Carter}}, the licence has my full first name. Same person! I even showed them my passport as a second ID ({{id|@p:!########}}). They also wrote the licence number down on a scrap of paper:
{{id|@gbdl:CARTER,E,1979-02-14,f}}
Parcel {{k:tracking_number|@k:1550 #### ### ###}}.
""",
    """
Claim ref {{k:ticket_number|@k:CLM-#######}}
Policy {{k:invalid_checksum_number|@k:%%%/#######}}
The other driver was a Polish lorry driver, {{n:o|Dariusz Nowakowski}} ({{id|@pldowod}}); he only had his Polish ID card on him and his licence ({{id|@p:0####/##/####}}). Phone number he gave me: {{ph|@ph:PL,3}}. It happened on the M6 near {{k:city|Stafford}} on {{k:date|9 March}}.
""",
    """
Dear Mrs {{n:s|Hughes}},
For the Year 8 trip to {{k:city|Normandy}} you asked for our son's passport details. It's a new passport, issued last month:
{{id|@p:!########}}
expiry {{k:date|04/2029}}
For the consent form, my own passport is {{id|@p:!########}}.
Many thanks,
{{n:g|Sam Whitfield}}
{{ph|@ph:GB,0}}
""",
    """
KYC update — {{k:brand|Revolut Business}}
Director: {{n:o|Tobias Okonkwo-Reid}}
Document type: UK passport | Document no.: {{id|@p:!########}}
National Insurance no. (see payslip line 2)
{{id|@nino:B}}
Company no. {{k:invalid_checksum_number|@k:########}}
VAT {{tax|@gbvat:sp}}
""",
    """
Hi, I've just moved into {{addr|Flat 3, 27 Granby Street, Leicester LE1 6EJ}} and want to set up an account. Meter serial {{k:product_code|@k:##%#######}}, reading {{k:quantity|04512}} on {{k:date|1 April}}. The previous tenant's account was {{k:invalid_checksum_number|@k:A-########}}. If you need ID I can show my BRP ({{id|@p:%%#######}}).
Best number to reach me is
{{ph|@ph:GB}}
after 5pm.
""",
    """
Here you go: {{id|@p:!########}}, expires {{k:date|Aug 2031}}. My old one was {{id|@p:!########}} if your system still has that.

On Tue, {{k:date|9 Apr 2024}} at {{k:time|11:52}}, {{n:o|Hannah Pryce}} <{{em|hannah.pryce@lettingsbyrowe.co.uk}}> wrote:
> Hi {{n:s|Daniel}},
> For the Right to Rent check I still need your passport number – the scan cut it off.
> Thanks, {{n:g|Hannah}}
""",
    """
hi, ordered the {{k:brand|Harringtons}} dog food 15kg (order {{k:order_number|@k:PAH#######}}) and got two 2kg bags instead lol. vip card {{k:product_code|@k:################}}. could you sort the difference ({{k:amount|£27.50}})? cheers {{n:g|mo}}
""",
    """
Booking {{k:order_number|@k:******}} – {{k:product_code|BA 2680}} LGW–LCA, {{k:date|19 July}}, seats {{k:product_code|31A}}/{{k:product_code|31B}}
Passport details as entered in Advance Passenger Information:
Mr {{n:o|James Whitaker}} – {{id|@p:!########}} – exp {{k:date|2030-03-14}}
Mrs {{n:o|Priya Whitaker}} – {{id|@p:!########}} – exp {{k:date|2027-11-02}}
My wife's number had a typo when we booked, the one above is correct.
""",
    """
{{n:i|Gareth Price}} here – picked the car up from {{k:brand|Kwik Fit}} yesterday (job {{k:order_number|@k:KF-######}}, {{k:amount|£312.40}}). The lad at the desk photocopied my driving licence "for the insurance" and I'd like that copy destroyed please. The number on it is {{id|@gbdl:PRICE,G,1971-09-30,m}}. He also jotted my passport number on a sticky note ({{id|@p:!########}}), please bin that too.
Call me on {{ph|@ph:GB,3}} if there's a problem.
""",
    """
Hello, my name is {{n:i|Florin Popescu}} and I've moved into the borough from {{k:city|Luton}}. I'm applying for the single person discount. You asked for ID, so I've uploaded my Romanian ID card; the number is in the bottom line of the card:
{{id|@p:%% ######}}
Council tax account {{k:invalid_checksum_number|@k:########}}
You also wanted my NI number – it's on the HMRC letter:
{{id|@nino:D}}
New address: {{addr|42 Fernbank Road, Reading RG1 8NL}}
Mobile {{ph|@ph:GB,1}} (Romanian number {{ph|@ph:RO}} until the end of the month)
""",
    """
Hi,
please reissue invoice {{k:invoice_number|@k:INV-######}} to our new entity:
{{k:company|Northgate Joinery Ltd}}
{{addr|Unit 7, Canal Side Industrial Estate, Wakefield WF2 7AZ}}
Company no. {{k:invalid_checksum_number|@k:########}}
VAT {{tax|@gbvat:sp}}
PO {{k:order_number|@k:PO-#####}}
{{k:team_name|Accounts Payable}}
""",
    """
I was selling a pram on {{k:brand|Facebook Marketplace}} and the "buyer" asked for a photo of my passport to "verify the courier". Stupidly I sent it. Then he sent a link for the payment and I typed my card in: {{card|@card:visa}}. {{k:amount|£640}} gone. He was texting from {{ph|@ph:GB,4}}. I've cancelled the card, but what about the passport? Number (copied from the photo with the text tool, sorry for the spaces):
{{id|@ocr:p:!########}}
""",
    """
I'd like to move my number {{ph|@ph:GB,0}} from {{k:brand|Vodafone}} to {{k:brand|giffgaff}}. PAC is {{k:invalid_checksum_number|@k:%%%######}}. The old contract is in my husband's name, {{n:o|Neil}}, he's happy for me to do this. His licence, in case you need to check the account:
{{id|@gbdl:HARRISON,NJ,1969-01-05,m}}
And mine, for the new contract: {{id|@gbdl:HARRISON,KL,1972-07-19,f}}
""",
    """
Rooming list for the {{k:company|Warsaw Philharmonic}} tour group – names are in the attached spreadsheet, these are just the ID numbers the front desk asked for:
Rm 412 – {{id|@plpass}}
Rm 412 – {{id|@pldowod}}
Rm 415 – {{id|@p:C&&&&&&&&}}
Rm 418 – {{id|@p:4#######}}
Arriving {{k:date|11 Nov}}, {{k:quantity|4}} guests.
""",
    """
Hi Dr {{n:s|Shah}},
Thanks for seeing Dad at short notice. Reception couldn't find him on the system, so here is his NHS number from his old letters: {{id|@nhs:sp}}. He's booked in for {{k:date|Thursday}} at {{k:time|2.40pm}}.
— {{n:g|Aisha}}
""",
    """
Application – {{k:job_title|Able Seaman}}, {{k:company|Stena Line}}
British Seaman's Card / discharge book (number under the photo):
{{id|@p:R######}}
Passport:
{{id|@p:!########}}
Ex-RN, service number {{id|@p:D#######}}
{{n:g|Connor McBride}}
{{ph|@ph:GB,3}}
""",
    """
Agent {{n:o|Priya}}: Hi, you're through to {{k:brand|Virgin Media}}, how can I help?
You: broadband's been down since last night
Agent: Sorry to hear that. Can I take the account holder's name and the first line of the address?
You: {{n:o|Graham Tulloch}}, {{addr|9 Kestrel Close}}
Agent: Thanks. And the router serial?
You: {{k:product_code|@k:%%%#########}}
You: do you need my licence number as well? it's {{id|@low:gbdl:TULLOCH,G,1966-12-09,m}}
""",
    """
I'm filling in the Polish consulate's form for my mum's new passport and the labels are all in Polish:
Numer PESEL: {{pesel|@pesel:1956-08-12,f}}
Seria i numer poprzedniego paszportu:
{{id|@plpass}}
Her ID card (dowód) is {{id|@pldowod}}, if that's needed too. Does "seria i numer" mean the letters and the digits together? The appointment is {{k:date|3 June}}, {{k:time|9:15}}. Mum's Polish mobile is {{ph|@ph:PL,3}} if the consulate asks.
""",
    """
{{k:brand|Avanti West Coast}} service {{k:product_code|1S42}} from {{k:city|Euston}} on {{k:date|2 Feb}} was {{k:quantity|67 minutes}} late. Ticket {{k:ticket_number|@k:%%%-#######}}, paid {{k:amount|£94.10}}. Delay Repay says I get {{k:percent|50%}}, but the form keeps timing out.
""",
    """
Hi {{n:s|Tom}},
Attached is the signed NDA. For the site visit on the {{k:date|14th}}, security asked for the visitor's ID in advance. Our engineer {{n:o|Wojciech Zając}} will be coming; his ID card (Polish) is on the next line:
{{id|@pldowod:sp}}
and his passport as a backup: {{id|@plpass}}
Best regards,
Dr {{n:g|Eleanor Finch-Hatton}}
{{k:job_title|Head of Operations}}
{{k:company|Finch Analytics Ltd}}
{{ph|@ph:GB,2,1}}
{{em|e.finchhatton@finchanalytics.co.uk}}
""",
    """
---------- Forwarded message ---------
From: {{n:o|Kwame Asante}} <{{em|kwame.asante88@gmail.com}}>
Date: {{k:date|Fri, 3 May 2024}} at {{k:time|21:07}}
Subject: payroll stuff

{{id|@nino:C}}
{{iban|@iban:GB}}
{{id|@p:!########}}

cheers
""",
]

# --- German ----------------------------------------------------------------

ITEMS["de"] = [
    """
Hallo,
ich wollte meine {{k:brand|congstar}} Prepaid-Karte per Video-Ident freischalten, aber der Vorgang bricht immer ab. Der Mitarbeiter hat die Ausweisnummer vorgelesen und meinte, sie sei nicht lesbar. Auf der Vorderseite steht oben rechts:
{{id|@p:L&&&&&&&&}}
Mit dem Reisepass habe ich es auch probiert ({{id|@p:C&&&&&&&&}}), gleiches Ergebnis.
Rufnummer der neuen Karte: {{ph|@ph:DE,0}}
Vorgangsnummer {{k:ticket_number|@k:VI-########}}
""",
    """
Meldeschein – {{k:brand|Hotel Zur Post}}, {{k:city|Garmisch-Partenkirchen}}
Name, Vorname: {{n:o|Kowalczyk, Anna}}
Staatsangehörigkeit: polnisch
Ausweisart: Reisepass
Ausweisnummer
{{id|@plpass}}
Mitreisende: {{k:quantity|1}} Kind
Anreise {{k:date|03.08.}}, Abreise {{k:date|10.08.}}, Buchung {{k:order_number|@k:ZP-#####-##}}
""",
    """
[{{k:brand|N26}} Support-Chat]
Support: Zur Verifizierung nennen Sie uns bitte die Nummer des Ausweisdokuments, mit dem Sie sich registriert haben.
Ich: moment, das war noch der alte Reisepass glaub ich
Ich: {{id|@p:C&&&&&&&&}}
Support: Danke. Und noch Ihre steuerliche Identifikationsnummer, bitte.
Ich: sekunde, muss auf der lohnabrechnung schauen
Ich: {{id|@idnr}}
Support: Danke. Die Überweisung über {{k:amount|2.450,00 €}} vom {{k:date|12.03.}} wurde aus Sicherheitsgründen angehalten.
""",
    """
Sehr geehrte Damen und Herren,
am {{k:date|Samstag}} wurde mir auf dem Flohmarkt in {{k:city|Leipzig}} das Portemonnaie gestohlen, darin auch mein Personalausweis. Anzeige ist erstattet (Tagebuchnummer {{k:ticket_number|@k:####/24/######}}).
Die Nummer des Ausweises habe ich noch von einem Foto (per Texterkennung rauskopiert): {{id|@ocr:p:T&&&&&&&&}}. Bitte sperren Sie ihn, auch die Online-Ausweisfunktion. Zur Abholung des neuen bringe ich meinen Reisepass mit, der war zum Glück nicht im Portemonnaie: {{id|@p:G&&&&&&&&}}.
Mit freundlichen Grüßen
{{n:g|Jörg Hasselbach}}
{{ph|@ph:DE,1,1}}
""",
    """
Guten Tag, zur Buchung {{k:order_number|@k:#########}} möchte ich einen Zusatzfahrer eintragen lassen: meinen Schwager {{n:o|Lukas Gruber}} aus {{k:city|Innsbruck}}. Er hat einen österreichischen Führerschein, Nummer {{id|@p:########}}, und bringt seinen Reisepass ({{id|@p:P#######}}) mit. Meine eigene Führerscheinnummer steht schon in der Buchung ({{id|@p:%##&&&&&&##}}).
""",
    """
Patientenaufnahme – {{k:brand|Hausarztpraxis am Markt}}
Name: {{n:o|Nguyen Thi Lan}}
Geburtsdatum: {{k:date|04.12.1987}}
Versichertennummer: {{k:invalid_checksum_number|@k:%#########}}
Ausweisdokument: elektronischer Aufenthaltstitel
Dokumentennummer (Vorderseite):
{{id|@p:Y&&&&&&&&}}
Reisepass (Vietnam): {{id|@p:C#######}}
Rückruf bitte unter
{{ph|@ph:DE}}
""",
    """
Bestellung {{k:order_number|@k:#########}} bei {{k:person_like_brand|Otto}}: Die Waschmaschine {{k:product_code|WM14N2G1}} wurde am {{k:date|11.04.}} geliefert, aber die Transportsicherung fehlt. Sendungsnummer {{k:tracking_number|@k:00340434############}}, bezahlt {{k:amount|549,00 €}}. Bitte um Rückruf oder Abholung.
""",
    """
Sehr geehrte Frau Dr. {{n:s|Brandt}},
anbei die Daten für den Kaufvertragsentwurf (Wohnung {{addr|Lindenstraße 12, 50674 Köln}}):
Verkäufer: {{n:o|Hans-Peter Schmitz}}, geb. {{k:date|17.05.1951}}
Steuer-ID {{id|@idnr:sp}}
Käuferin: ich. Mein Ausweis liegt der Mail als Scan bei; da die Zahlen schlecht lesbar sind, hier abgetippt:
{{id|@p:L&&&&&&&&}}
Mit freundlichen Grüßen
{{n:g|Sabine Öztürk-Lange}}
{{ph|@ph:DE,1}}
""",
    """
Hi, hier ist {{n:i|Kevin}} aus dem {{k:brand|McFit}} in {{k:city|Bochum}}. Meine Mitgliedskarte {{k:product_code|@k:################}} geht seit dem Update der App ({{k:version|5.3.0}}) nicht mehr am Drehkreuz. Ruft mich bitte zurück: {{ph|@ph:DE,2}}
""",
    """
Ich wollte im {{k:brand|Hermes}} PaketShop das Paket für meine Nachbarin, Frau {{n:o|Yıldız}}, abholen. Die Dame im Shop hat meinen Ausweis eingescannt, ohne zu fragen. Es ging um diesen hier:
{{id|@p:M&&&&&&&&}}
Den Ausweis meiner Nachbarin, den sie mir mitgegeben hatte, hat sie gleich mit eingescannt ({{id|@p:R&&&&&&&&}}).
Sendung {{k:tracking_number|@k:H##############}}, übrigens ein Anzug von {{k:person_like_brand|Hugo Boss}} aus dem Store an der {{k:street_as_brand|Königsallee}}. Ist das überhaupt erlaubt?
""",
    """
Schadennummer {{k:ticket_number|@k:KS-####-######}}
Versicherungsschein-Nr. {{k:invalid_checksum_number|@k:###/######-#}}
Unfallgegner war ein Tscheche, {{n:o|Pavel Dvořák}} ({{id|@p:!########}} – Nummer seines Občanský průkaz, etwas anderes hatte er nicht dabei). Handy: {{ph|@ph:CZ,1}}. Seinen tschechischen Führerschein habe ich auch abfotografiert: {{id|@p:%% ######}}. Ort: {{k:city|Passau}}, {{k:date|21.02.}}, ca. {{k:time|17:40 Uhr}}.
""",
    """
Sehr geehrte Frau {{n:s|Köhler}},
für die Klassenfahrt nach {{k:city|Prag}} brauchen Sie noch Angaben zum Ausweis unseres Sohnes. Er hat einen Kinderreisepass, ausgestellt im {{k:date|Mai}}:
{{id|@p:F&&&&&&&&}}
gültig bis {{k:date|05/2030}}
Für die Einverständniserklärung noch meine eigene Ausweisnummer: {{id|@p:L&&&&&&&&}}
Viele Grüße
{{n:g|Martina Vogel}}
""",
    """
Kundendaten (Aktualisierung)
Name | {{n:o|Oksana Marchenko}}
Staatsangehörigkeit | ukrainisch
Dokument 1 | Aufenthaltstitel (§ 24 AufenthG)
Nummer | {{id|@p:Y&&&&&&&&}}
Dokument 2 | Reisepass UA
Nummer | {{id|@p:F%######}}
Steuer-ID | {{id|@idnr}}
""",
    """
Guten Tag, ich bin zum {{k:date|01.04.}} in die {{addr|Goethestraße 8, 04109 Leipzig}} gezogen und möchte den Stromvertrag übernehmen. Zählernummer {{k:invalid_checksum_number|@k:1%%#########}}, Zählerstand {{k:quantity|18.234 kWh}}. Kundennummer der Vormieterin: {{k:invalid_checksum_number|@k:##########}}.
Eine Kopie meines Personalausweises liegt bei ({{id|@p:W&&&&&&&&}}).
Erreichbar bin ich werktags ab 16 Uhr:
{{ph|@ph:DE}}
""",
    """
Hier die Nummer: {{id|@p:R&&&&&&&&}} (gültig bis {{k:date|2032}}). Notfalls ginge auch der Reisepass, {{id|@p:C&&&&&&&&}}.

Am {{k:date|Mo., 22. Apr. 2024}} um {{k:time|08:15}} schrieb {{n:o|Julia Brenner}} <{{em|j.brenner@hausverwaltung-brenner.de}}>:
> Hallo Herr {{n:s|Yilmaz}},
> für den Mietvertrag benötige ich noch Ihre Ausweisnummer.
> Beste Grüße
> {{n:g|J. Brenner}}
""",
    """
hallo, ich hab beim {{k:brand|Fressnapf}} online katzenstreu bestellt ({{k:order_number|@k:FN#########}}) und es kam nur ein sack statt drei. kundenkarte {{k:product_code|@k:################}}. bitte nachliefern oder {{k:amount|23,98 €}} erstatten. lg {{n:g|jule mueller}}
""",
    """
Buchungscode {{k:order_number|@k:******}}, Flug {{k:product_code|LH 1884}} MUC–ATH am {{k:date|14.09.}}, Sitze {{k:product_code|22C}} und {{k:product_code|22D}}
Reisende (Personalausweis):
{{n:o|WAGNER/STEFAN}} – {{id|@p:L&&&&&&&&}}
{{n:o|WAGNER/CLAUDIA}} – {{id|@p:L&&&&&&&&}}
Bei meiner Frau ist die Ausweisnummer falsch hinterlegt, oben steht die richtige.
""",
    """
Servicetermin {{k:date|09.05.}}, Auftrag {{k:order_number|@k:WA-######}}, {{k:brand|VW}} Golf (FIN {{k:product_code|@k:WVWZZZ1KZ#W######}}). Bei der Fahrzeugübergabe wurde mein Führerschein kopiert – wozu? Bitte vernichten Sie die Kopie. Nummer: {{id|@p:%##&&&&&&##}}
Dr. {{n:g|Frank Lessing}}
Tel. {{ph|@ph:DE,0,2}}
""",
    """
Guten Tag, mein Name ist {{n:i|Tomasz Wieczorek}}. Ich möchte mich in {{k:city|Görlitz}} anmelden und habe einen Termin am {{k:date|16.07.}} um {{k:time|10:20 Uhr}}. Als Ausweis bringe ich meinen polnischen Personalausweis mit, die Nummer steht vorn unten rechts, hier schon mal vorab:
{{id|@pldowod}}
Neue Adresse: {{addr|Berliner Straße 31, 02826 Görlitz}}
{{ph|@ph:PL,4}}
Eine Steuer-ID wurde mir schon bei meiner ersten Arbeitsstelle zugeteilt, falls das relevant ist: {{id|@idnr}}
""",
    """
Sehr geehrte Damen und Herren,
bitte stellen Sie die Rechnung {{k:invoice_number|@k:RE-2024-#####}} auf unsere neue Firmierung aus:
{{k:company|Bergmann & Töchter GmbH}}
{{addr|Industriestraße 44
70565 Stuttgart}}
USt-IdNr. {{tax|@devat}}
HRB {{k:invalid_checksum_number|@k:######}}
Bestellung {{k:order_number|@k:PO-########}}
{{k:team_name|Kreditorenbuchhaltung}}
""",
    """
Ich heiße {{n:i|Lea Hartmann}} und habe auf {{k:brand|Kleinanzeigen}} ein Sofa verkauft. Der „Käufer“ wollte ein Foto meines Personalausweises „für den Versand“. Danach kam ein Link, wo ich meine Kreditkarte eingeben sollte ({{card|@card:mc,dash}}). Es wurden {{k:amount|899 €}} abgebucht, die Karte ist inzwischen gesperrt. Was mache ich mit dem Ausweis? Die Nummer ist
{{id|@p:N&&&&&&&&}}
Der Betrüger schrieb von {{ph|@ph:DE,3}}.
""",
    """
Ich möchte meine Nummer {{ph|@ph:DE,2}} von {{k:brand|Vodafone}} zu {{k:brand|O2}} mitnehmen. Der alte Vertrag läuft auf meinen Vater, {{n:o|Reinhard Schulte}}. Die Vollmacht liegt bei; falls Sie zur Prüfung seine Ausweisnummer brauchen, hier:
{{id|@p:T&&&&&&&&}}
Auftragsnummer {{k:order_number|@k:MNP-#########}}
Der neue Vertrag läuft auf mich, meine Ausweisnummer: {{id|@p:X&&&&&&&&}}
""",
    """
Für die Gruppe {{k:company|Chor Cantabile}} ({{k:quantity|5}} Personen) hier die Ausweisnummern für den Meldeschein, die Namen stehen in der angehängten Liste:
Zi. 21 – {{id|@p:L&&&&&&&&}}
Zi. 21 – {{id|@p:L&&&&&&&&}}
Zi. 22 – {{id|@p:C&&&&&&&&}}
Zi. 23 – {{id|@p:%%######}} (Slowakei)
Zi. 23 – {{id|@p:!########}} (Tschechien)
""",
    """
Liebe {{n:s|Anke}},
kannst du Papa bitte für {{k:date|Dienstag}} eintragen? Seine neue Karte ist noch nicht da, die Versichertennummer steht auf dem Schreiben der {{k:brand|AOK}}: {{k:invalid_checksum_number|@k:%#########}}. Falls ihr einen Ausweis braucht:
{{id|@p:V&&&&&&&&}}
Danke dir!
{{n:g|Steffi}}
""",
    """
Bewerbung als {{k:job_title|Matrose}} – {{k:company|Reederei Rambow}}
Seefahrtsbuch-Nr. (steht auf Seite 2, nicht auf dem Umschlag):
{{id|@p:########}}
Truppenausweis (Reserve):
{{id|@p:Y-######}}
{{n:g|Malte Hinrichs}}
{{ph|@ph:DE,1}}
""",
    """
{{n:o|Sandra}} ({{k:brand|1&1}}): Hallo! Wie kann ich helfen?
Kunde: Internet weg seit heute früh
{{n:o|Sandra}} ({{k:brand|1&1}}): Das tut mir leid. Zur Identifizierung bitte Kundennummer und Geburtsdatum des Vertragsinhabers.
Kunde: {{k:invalid_checksum_number|@k:K#########}}, {{k:date|03.11.1979}}
{{n:o|Sandra}}: Danke. Für den Technikertermin bräuchte ich außerdem die Nummer Ihres Ausweises.
Kunde: {{id|@low:p:L&&&&&&&&}}
""",
    """
Ich versuche, bei {{k:brand|Booking.com}} die Online-Registrierung für ein Hotel in {{k:city|Dubai}} auszufüllen:
Passport number:
{{id|@p:C&&&&&&&&}}
Date of expiry: {{k:date|2031-05-17}}
Country of issue: DEU
Second guest – Passport number:
{{id|@p:C&&&&&&&&}}
Da steht immer „invalid passport number“. Buchungsnummer {{k:order_number|@k:#### ### ###}}.
""",
    """
Der {{k:product_code|ICE 1537}} am {{k:date|28.03.}} von {{k:city|Hamburg}} nach {{k:city|München}} hatte {{k:quantity|84 Minuten}} Verspätung, Wagen 12, Platz 54. Auftragsnummer {{k:order_number|@k:%%%###}}, Fahrpreis {{k:amount|129,90 €}}. Laut Fahrgastrechten stehen mir {{k:percent|25 %}} zu.
""",
    """
Hallo Herr {{n:s|Albrecht}},
anbei der unterschriebene Rahmenvertrag. Für die Werksbesichtigung am {{k:date|18.06.}} benötigt Ihr Werkschutz die Ausweisdaten unseres Technikers {{n:o|Marek Kowalski}}; er ist polnischer Staatsbürger. Nummer laut Kopie:
{{id|@pldowod:sp}}
Mit freundlichen Grüßen
i. A. Dipl.-Ing. {{n:g|Ulrike Sommerfeld}}
{{k:job_title|Projektleitung}}
{{k:company|Sommerfeld Anlagenbau GmbH}}
Tel. {{ph|@ph:DE,1,1}}
Mobil {{ph|@ph:DE,0}}
{{em|u.sommerfeld@sommerfeld-anlagenbau.de}}
""",
    """
-----Ursprüngliche Nachricht-----
Von: {{n:o|Deniz Aksoy}} <{{em|deniz.aksoy@web.de}}>
Gesendet: {{k:date|Freitag, 10. Mai 2024}} {{k:time|19:44}}
An: {{em|personal@baeckerei-kunz.de}}
Betreff: Unterlagen

{{id|@idnr:sp}}
{{id|@p:L&&&&&&&&}}
{{iban|@iban:DE}}
""",
]

# ITEMS-END


def generate() -> list[dict]:
    out = []
    for lang in LANGS:
        srcs = ITEMS[lang]
        assert len(srcs) == 30, (lang, len(srcs))
        for i, src in enumerate(srcs, 1):
            out.append(build(f"d7-{lang}-{i:02d}", lang, src.strip("\n")))
    texts = [x["text"] for x in out]
    assert len(set(texts)) == len(texts)
    return out


def dump(items: list[dict]) -> str:
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items)


def counts(items: list[dict]) -> None:
    by_lang = collections.Counter()
    kinds = collections.Counter()
    ctx = collections.Counter()
    keeps = collections.Counter()
    per_lang_kind = collections.defaultdict(collections.Counter)
    no_pii = 0
    name_items = 0
    for x in items:
        by_lang[x["lang"]] += 1
        no_pii += not x["pii"]
        name_items += any(s["kind"] == "name" for s in x["pii"])
        for s in x["pii"]:
            kinds[s["kind"]] += 1
            per_lang_kind[x["lang"]][s["kind"]] += 1
            if s["kind"] == "name":
                ctx[s["context"]] += 1
        for s in x["keep"]:
            keeps[s["what"]] += 1
    print(f"{len(items)} items; {no_pii} without PII; {name_items} with names")
    for lang in LANGS:
        c = per_lang_kind[lang]
        print(
            f"  {lang}: {by_lang[lang]} items, {sum(c.values())} pii spans: "
            + ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
        )
    total = sum(kinds.values())
    print(f"pii spans {total}: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    ids = sum(kinds[k] for k in ("national_id", "pesel", "birth_number", "tax_id", "card", "iban"))
    print(
        f"  ids {ids} ({100 * ids / total:.0f}%), phones {kinds['phone']} ({100 * kinds['phone'] / total:.0f}%)"
    )
    print("name contexts: " + ", ".join(f"{k} {v}" for k, v in ctx.most_common()))
    print(
        f"keep spans {sum(keeps.values())}: "
        + ", ".join(f"{k} {v}" for k, v in keeps.most_common())
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="verify the file on disk")
    args = ap.parse_args()
    items = generate()
    data = dump(items)
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != data:
            print(f"{OUT.relative_to(ROOT)} differs from what the script writes", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)} OK ({len(items)} items)")
        return 0
    OUT.write_text(data, encoding="utf-8")
    counts(items)
    return 0


if __name__ == "__main__":
    sys.exit(main())
