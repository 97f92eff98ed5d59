#!/usr/bin/env python3
"""Write data/eval/pii/blind6.jsonl: a blind PII split focused on personal and
document identifiers (birth numbers, passports, ID cards, SNILS, INN, RNOKPP,
Steuer-ID, PESEL, NINO, ...), phones, names and the look-alike numbers that
must survive.

Every item is one hand-written template. Markers in double braces are filled
by generators (check digits computed, then validated with python-stdnum or the
published algorithm; phones validated with phonenumbers) or carry a literal
value; offsets are computed while the text is assembled.

    .venv/bin/python scripts/make_pii_blind6.py          # rewrite, print counts
    .venv/bin/python scripts/make_pii_blind6.py --check  # file on disk == output

Marker syntax (inside double braces):
    n.s|Name  n.g|Name  n.i|Name  n.o|Name   name (salutation/signature/self_intro/other)
    e|addr  a|address  u|url-with-token      literal email / address / url_token
    k.WHAT|value                             literal keep span
    K.WHAT|mask                              generated keep ('#' digit, '%' letter),
                                             redrawn until no id checksum and no phone
    GEN|style...                             generated identifier or phone
    ...^lbl  then  =lbl                      remember a value and repeat it
"""

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
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

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "eval" / "pii" / "blind6.jsonl"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGIONS = ["PL", "CZ", "SK", "RU", "UA", "GB", "DE"]
CCS = ["48", "420", "421", "7", "380", "44", "49"]
REGION_OF = dict(zip(LANGS, REGIONS, strict=True))

KEEP = {
    "br": "brand",
    "co": "company",
    "ci": "city",
    "on": "order_number",
    "in": "invoice_number",
    "tn": "ticket_number",
    "tr": "tracking_number",
    "pc": "product_code",
    "d": "date",
    "t": "time",
    "am": "amount",
    "q": "quantity",
    "pct": "percent",
    "v": "version",
    "url": "url",
    "icn": "invalid_checksum_number",
    "gwn": "greeting_without_name",
    "sab": "street_as_brand",
    "plb": "person_like_brand",
    "jt": "job_title",
    "team": "team_name",
}
NAME_CTX = {"s": "salutation", "g": "signature", "i": "self_intro", "o": "other"}


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def cval(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55


# ---- validators for ids that python-stdnum lacks ---------------------------


def snils_valid(s):
    if not re.fullmatch(r"\d{11}", s) or int(s[:9]) <= 1001998:
        return False
    t = sum(int(d) * (9 - i) for i, d in enumerate(s[:9]))
    c = t if t < 100 else (0 if t in (100, 101) else t % 101)
    if c == 100:
        c = 0
    return c == int(s[9:])


def pl_idcard_valid(s):
    if not re.fullmatch(r"[A-Z]{3}\d{6}", s):
        return False
    w = [7, 3, 1, 9, 7, 3, 1, 7, 3]
    return sum(cval(c) * k for c, k in zip(s, w, strict=True)) % 10 == 0


def pl_passport_valid(s):
    if not re.fullmatch(r"[A-Z]{2}\d{7}", s):
        return False
    w = [7, 3, 9, 1, 7, 3, 1, 7, 3]
    return sum(cval(c) * k for c, k in zip(s, w, strict=True)) % 10 == 0


def icao_check(s):
    w = [7, 3, 1]
    return str(sum(cval(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def unzr_valid(s):
    m = re.fullmatch(r"(\d{8})-?(\d{5})", s)
    if not m:
        return False
    d = m.group(1) + m.group(2)
    return icao_check(d[:12]) == d[12]


# ---- near-miss check: a number to keep must pass none of these -------------

STD_CHECKS = [
    pl_pesel.is_valid,
    pl_nip.is_valid,
    pl_regon.is_valid,
    cz_rc.is_valid,
    sk_rc.is_valid,
    cz_dic.is_valid,
    sk_dph.is_valid,
    de_idnr.is_valid,
    ru_inn.is_valid,
    ru_ogrn.is_valid,
    ua_rntrc.is_valid,
    ua_edrpou.is_valid,
    gb_vat.is_valid,
    gb_utr.is_valid,
    gb_nhs.is_valid,
    snils_valid,
    unzr_valid,
]


def _ok(fn, s):
    try:
        return bool(fn(s))
    except Exception:
        return False


def phone_valid(d, regions):
    """d: digits only; valid in national form or after the country code of a region."""
    for region in regions:
        cc = str(phonenumbers.country_code_for_region(region))
        for cand, reg in ((d, region), ("+" + cc + d, None)):
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(cand, reg)):
                    return True
            except phonenumbers.NumberParseException:
                pass
    return False


def looks_like_id(s, region):
    """True if s passes an identifier checksum or is a valid phone number.

    Checksums: the whole digit sequence and every digit group of 5+ digits.
    Phones: no phone of the text's region, neither in national form nor after
    its country code; a number written only with digits and separators also no
    phone of the other regions (Germany excepted: its plan accepts almost any
    run of 5-15 digits).
    """
    groups = re.findall(r"\d+", s)
    alld = "".join(groups)
    for c in {alld} | set(groups):
        if len(c) < 5:
            continue
        if any(_ok(fn, c) for fn in STD_CHECKS):
            return True
        if len(c) >= 8 and luhn.is_valid(c):
            return True
    compact = re.sub(r"[\s\-/.]", "", s).upper()
    if _ok(std_iban.is_valid, compact) or _ok(unzr_valid, s):
        return True
    for k in range(len(compact) - 8):
        if pl_idcard_valid(compact[k : k + 9]) or pl_passport_valid(compact[k : k + 9]):
            return True
    if len(alld) >= 5:
        regions = [region]
        if re.fullmatch(r"[\d\s\-/.()+]+", s):
            regions += [r for r in REGIONS if r not in (region, "DE")]
        return phone_valid(alld, regions)
    return False


def from_mask(rng, mask):
    out = []
    for ch in mask:
        if ch == "#":
            out.append(str(rng.randint(0, 9)))
        elif ch == "%":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXZ"))
        else:
            out.append(ch)
    return "".join(out)


def gen_keep(rng, mask, region):
    for _ in range(3000):
        v = from_mask(rng, mask)
        if not looks_like_id(v, region):
            return v
    raise RuntimeError("no near-miss for mask " + mask)


# ---- identifier generators ---------------------------------------------------


def brute(rng, n, fn, first="123456789"):
    while True:
        s = rng.choice(first) + digits(rng, n - 1)
        if _ok(fn, s):
            return s


def g_rc(rng, style):
    female = "f" in style
    if "9" in style:
        while True:
            y = rng.randint(1930, 1953)
            m = rng.randint(1, 12) + (50 if female else 0)
            s = f"{y % 100:02d}{m:02d}{rng.randint(1, 28):02d}{digits(rng, 3)}"
            if cz_rc.is_valid(s) and sk_rc.is_valid(s):
                return f"{s[:6]}/{s[6:]}"
    while True:
        y = rng.randint(1954, 2006)
        m = rng.randint(1, 12) + (50 if female else 0)
        base = f"{y % 100:02d}{m:02d}{rng.randint(1, 28):02d}{digits(rng, 3)}"
        c = int(base) % 11
        if c == 10:
            continue
        s = base + str(c)
        if cz_rc.is_valid(s) and sk_rc.is_valid(s):
            break
    if "ns" in style:
        return s
    if "sp" in style:
        return f"{s[:6]} / {s[6:]}"
    if "dash" in style:
        return f"{s[:6]}-{s[6:]}"
    return f"{s[:6]}/{s[6:]}"


def g_pesel(rng, style):
    while True:
        y = rng.randint(1945, 2009)
        m = rng.randint(1, 12) + (20 if y >= 2000 else 0)
        base = f"{y % 100:02d}{m:02d}{rng.randint(1, 28):02d}{digits(rng, 4)}"
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        c = (10 - sum(int(d) * k for d, k in zip(base, w, strict=True)) % 10) % 10
        s = base + str(c)
        if pl_pesel.is_valid(s):
            return s if "sp" not in style else f"{s[:6]} {s[6:]}"


def letters(rng, n, alphabet="ABCDEFGHIJKLMNOPRSTUVWXYZ"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def g_pldo(rng, style):
    while True:
        s = letters(rng, 3) + digits(rng, 6)
        if pl_idcard_valid(s):
            return s if "sp" not in style else f"{s[:3]} {s[3:]}"


def g_plpas(rng, style):
    while True:
        s = letters(rng, 2) + digits(rng, 7)
        if pl_passport_valid(s):
            return s if "sp" not in style else f"{s[:2]} {s[2:]}"


def g_ruser(rng, style):
    s = f"{rng.choice([45, 46, 40, 50, 52, 60, 63, 66, 77, 92, 18, 36])}{rng.choice(['04', '07', '09', '10', '12', '14', '15', '17', '18', '19', '20', '21', '22', '23'])}"
    return s if "c" in style else f"{s[:2]} {s[2:]}"


def g_runum(rng, style):
    return str(rng.randint(100000, 999999))


def g_rupass(rng, style):
    ser = g_ruser(rng, "c")
    num = g_runum(rng, "")
    if "no" in style:
        return f"{ser[:2]} {ser[2:]} № {num}"
    if "d" in style:
        return f"{ser}-{num}"
    if "n" in style:
        return ser + num
    if "c" in style:
        return f"{ser} {num}"
    return f"{ser[:2]} {ser[2:]} {num}"


def g_ruzagr(rng, style):
    s = f"{rng.choice([71, 72, 73, 75, 76, 53, 65])}{rng.randint(1000000, 9999999)}"
    return s if "sp" not in style else f"{s[:2]} {s[2:]}"


def g_uaold(rng, style):
    s = letters(rng, 2, "АВЕКМНОРСТ") + str(rng.randint(100000, 999999))
    return s if "sp" not in style else f"{s[:2]} {s[2:]}"


def g_uaid(rng, style):
    return "00" + digits(rng, 7) if "x" not in style else digits(rng, 9)


def g_unzr(rng, style):
    y, m, d = rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)
    base = f"{y}{m:02d}{d:02d}{digits(rng, 4)}"
    s = f"{base[:8]}-{base[8:]}{icao_check(base)}"
    assert unzr_valid(s)
    return s


def g_snils(rng, style):
    while True:
        n = digits(rng, 9)
        if int(n) <= 1001998:
            continue
        t = sum(int(d) * (9 - i) for i, d in enumerate(n))
        c = t if t < 100 else (0 if t in (100, 101) else t % 101)
        if c == 100:
            c = 0
        s = f"{n}{c:02d}"
        assert snils_valid(s)
        break
    if "n" in style:
        return s
    if "s" in style:
        return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"
    if "dd" in style:
        return f"{s[:3]}-{s[3:6]}-{s[6:9]}-{s[9:]}"
    return f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}"


def g_czop(rng, style):
    s = rng.choice("12") + digits(rng, 8)
    return s if "sp" not in style else f"{s[:3]} {s[3:6]} {s[6:]}"


def g_skop(rng, style):
    s = rng.choice(["EA", "EB", "EC", "ED", "EE", "HA", "HB"]) + digits(rng, 6)
    return s if "sp" not in style else f"{s[:2]} {s[2:]}"


DE_LETTERS = "CFGHJKLMNPRTVWXYZ"


def de_char(rng):
    return str(rng.randint(0, 9)) if rng.random() < 0.65 else rng.choice(DE_LETTERS)


def g_deid(rng, style):
    s = rng.choice("LMNPRTVWXY") + "".join(de_char(rng) for _ in range(8))
    return s + icao_check(s) if "c" in style else s


def g_depass(rng, style):
    s = "C" + "".join(de_char(rng) for _ in range(8))
    return s + icao_check(s) if "c" in style else s


def g_gbpass(rng, style):
    return str(rng.randint(100000000, 999999999))


def g_nino(rng, style):
    while True:
        p = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if p not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    d = digits(rng, 6)
    suf = rng.choice("ABCD")
    if "sp" in style:
        return f"{p} {d[:2]} {d[2:4]} {d[4:]} {suf}"
    return p + d + suf


def g_inn12(rng, style):
    return brute(rng, 12, ru_inn.is_valid, "5677")


def g_rnokpp(rng, style):
    return brute(rng, 10, ua_rntrc.is_valid, "23")


def g_steuerid(rng, style):
    s = brute(rng, 11, de_idnr.is_valid)
    if "sp3" in style:
        return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"
    if "sp" in style:
        return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"
    return s


def g_nip(rng, style):
    s = brute(rng, 10, pl_nip.is_valid)
    if "d2" in style:
        return f"{s[:3]}-{s[3:5]}-{s[5:7]}-{s[7:]}"
    if "d" in style:
        return f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"
    if "pl" in style:
        return "PL" + s
    return s


def g_regon(rng, style):
    return brute(rng, 9, pl_regon.is_valid)


def g_ico(rng, style):
    s = brute(rng, 8, cz_dic.is_valid, "0123456789")
    if "sp" in style:
        return f"{s[:3]} {s[3:5]} {s[5:]}"
    return s


def g_dic(rng, style):
    return "CZ" + g_ico(rng, "")


def g_skdic(rng, style):
    s = brute(rng, 10, sk_dph.is_valid, "12")
    return "SK" + s if "sk" in style else s


def g_ustid(rng, style):
    s = brute(rng, 9, de_vat.is_valid)
    if "sp" in style:
        return f"DE {s[:3]} {s[3:6]} {s[6:]}"
    return "DE" + s


def g_inn10(rng, style):
    return brute(rng, 10, ru_inn.is_valid, "567")


def g_ogrn(rng, style):
    if "ip" in style:
        return brute(rng, 15, ru_ogrn.is_valid, "3")
    return brute(rng, 13, ru_ogrn.is_valid, "1")


def g_edrpou(rng, style):
    return brute(rng, 8, ua_edrpou.is_valid, "234")


def g_gbvat(rng, style):
    s = brute(rng, 9, gb_vat.is_valid)
    if "sp" in style:
        return f"GB {s[:3]} {s[3:7]} {s[7:]}"
    return "GB" + s


def g_utr(rng, style):
    s = brute(rng, 10, gb_utr.is_valid)
    return s if "sp" not in style else f"{s[:5]} {s[5:]}"


def g_card(rng, style):
    pre = rng.choice(["4", "51", "53", "55", "4"])
    body = pre + digits(rng, 15 - len(pre))
    s = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(s)
    if "n" in style:
        return s
    sep = "-" if "d" in style else " "
    return sep.join(s[i : i + 4] for i in range(0, 16, 4))


BBAN = {
    "PL": lambda r: r.choice(["1020", "1140", "1050", "1090", "2490"]) + digits(r, 20),
    "CZ": lambda r: r.choice(["0800", "0100", "0300", "2010", "5500"]) + "000019" + digits(r, 10),
    "SK": lambda r: r.choice(["0900", "1100", "0200", "7500"]) + "000000" + digits(r, 10),
    "DE": lambda r: r.choice(["10010010", "37040044", "50010517", "20041111"]) + digits(r, 10),
    "UA": lambda r: r.choice(["305299", "322001", "300528"]) + "0000" + digits(r, 15),
    "GB": lambda r: r.choice(["NWBK", "BARC", "MIDL"]) + digits(r, 14),
}


def g_iban(rng, style):
    cc = style[0] if style else "PL"
    while True:
        bban = BBAN[cc](rng)
        s = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(s):
            break
    if "n" in style:
        return s
    if "l" in style:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4)).lower()
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def g_nrb(rng, style):
    s = g_iban(rng, ["PL", "n"])[2:]
    if "n" in style:
        return s
    return s[:2] + " " + " ".join(s[i : i + 4] for i in range(2, 26, 4))


def g_ph(rng, style):
    region, mask = style[0], style[1]
    for _ in range(20000):
        v = from_mask(rng, mask)
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(v, region)):
                return v
        except phonenumbers.NumberParseException:
            pass
    raise RuntimeError("no valid phone for " + mask)


GENS = {
    "rc": (g_rc, "birth_number"),
    "pesel": (g_pesel, "pesel"),
    "pldo": (g_pldo, "national_id"),
    "plpas": (g_plpas, "national_id"),
    "ruser": (g_ruser, "national_id"),
    "runum": (g_runum, "national_id"),
    "rupass": (g_rupass, "national_id"),
    "ruzagr": (g_ruzagr, "national_id"),
    "uaold": (g_uaold, "national_id"),
    "uaid": (g_uaid, "national_id"),
    "unzr": (g_unzr, "national_id"),
    "snils": (g_snils, "national_id"),
    "czop": (g_czop, "national_id"),
    "skop": (g_skop, "national_id"),
    "deid": (g_deid, "national_id"),
    "depass": (g_depass, "national_id"),
    "gbpass": (g_gbpass, "national_id"),
    "nino": (g_nino, "national_id"),
    "inn12": (g_inn12, "national_id"),
    "rnokpp": (g_rnokpp, "national_id"),
    "steuerid": (g_steuerid, "national_id"),
    "nip": (g_nip, "tax_id"),
    "regon": (g_regon, "tax_id"),
    "ico": (g_ico, "tax_id"),
    "dic": (g_dic, "tax_id"),
    "skdic": (g_skdic, "tax_id"),
    "ustid": (g_ustid, "tax_id"),
    "inn10": (g_inn10, "tax_id"),
    "ogrn": (g_ogrn, "tax_id"),
    "edrpou": (g_edrpou, "tax_id"),
    "gbvat": (g_gbvat, "tax_id"),
    "utr": (g_utr, "tax_id"),
    "card": (g_card, "card"),
    "iban": (g_iban, "iban"),
    "nrb": (g_nrb, "iban"),
    "ph": (g_ph, "phone"),
}
LITERAL = {"e": "email", "a": "address", "u": "url_token"}

TAG = re.compile(r"\{\{(.+?)\}\}", re.S)


def build(item_id, lang, tmpl):
    rng = random.Random(item_id)
    text, pii, keep, saved, pos = "", [], [], {}, 0
    for m in TAG.finditer(tmpl):
        text += tmpl[pos : m.start()]
        pos = m.end()
        spec = m.group(1)
        label = None
        if "^" in spec:
            spec, label = spec.rsplit("^", 1)
        if spec.startswith("="):
            value, entry = saved[spec[1:]]
        else:
            head, _, rest = spec.partition("|")
            if head.startswith("n.") and head[2:] in NAME_CTX:
                value, entry = rest, {"kind": "name", "context": NAME_CTX[head[2:]]}
            elif head in LITERAL:
                value, entry = rest, {"kind": LITERAL[head]}
            elif head.startswith("k.") and head[2:] in KEEP:
                value, entry = rest, {"what": KEEP[head[2:]]}
            elif head.startswith("K.") and head[2:] in KEEP:
                value, entry = gen_keep(rng, rest, REGION_OF[lang]), {"what": KEEP[head[2:]]}
            elif head in GENS:
                fn, kind = GENS[head]
                style = rest.split("|") if head in ("ph", "iban") else rest
                if head == "iban" and rest:
                    style = rest.split(",")
                value, entry = fn(rng, style), {"kind": kind}
            else:
                raise ValueError(f"{item_id}: bad marker {spec!r}")
        if label:
            saved[label] = (value, entry)
        start = len(text)
        text += value
        span = {"start": start, "end": len(text)}
        span.update(entry)
        (pii if "kind" in entry else keep).append(span)
    text += tmpl[pos:]
    assert "{{" not in text and "}}" not in text, item_id
    for s in pii + keep:
        v = text[s["start"] : s["end"]]
        assert v and v == v.strip(), (item_id, v)
    spans = sorted(pii + keep, key=lambda s: s["start"])
    for a, b in zip(spans, spans[1:], strict=False):
        assert a["end"] <= b["start"], (item_id, a, b)
    for s in pii:
        v = text[s["start"] : s["end"]]
        if s["kind"] == "phone":
            pass
        elif s["kind"] == "card":
            assert luhn.is_valid(re.sub(r"\D", "", v)), (item_id, v)
        elif s["kind"] == "iban":
            c = re.sub(r"\s", "", v).upper()
            assert std_iban.is_valid(c if c[:2].isalpha() else "PL" + c), (item_id, v)
    return {"id": item_id, "lang": lang, "text": text, "pii": pii, "keep": keep}


PL = r"""
Wniosek o kartę kredytową – dane wnioskodawcy
Imię i nazwisko: {{n.o|Dariusz Wróblewski}}
PESEL: {{pesel}}
Seria i nr dowodu osobistego: {{pldo}}
Data urodzenia: {{k.d|14.07.1979}}
Nr referencyjny wniosku: {{K.tn|WN/####/##/25}}
~~~
Klient: dzień dobry, chciałem zaktualizować dowód w umowie bo wyrobiłem nowy
Konsultant {{k.br|Play}}: Dzień dobry! Proszę podać numer nowego dokumentu.
Klient: {{pldo|sp}} a stary był {{pldo}}
Konsultant {{k.br|Play}}: Dziękuję, zmiana będzie widoczna w ciągu {{k.q|24 godzin}}. Numer zgłoszenia {{K.tn|ZG-0######}}.
~~~
Byłam dziś w {{k.br|Enel-Med}}, wizyta na {{k.t|8:15}}, przyjęli mnie o {{k.t|9:05}}. Rejestracja chciała numer skierowania ({{K.icn|0#########}}) i numer karty pacjenta {{K.icn|KP ######}}, jakby nie mieli tego w systemie. Ocena {{k.q|2/5}}.
~~~
Szanowni Państwo,

w załączeniu przesyłam oświadczenie do szkody {{K.tn|SZK/####/######}}. Poszkodowana to moja córka {{n.o|Zuzanna Kamińska-Bąk}}, PESEL {{pesel}}. Polisa nr {{K.icn|0##########}} (wariant rodzinny).

Z poważaniem
{{n.g|Agnieszka Kamińska-Bąk}}
tel. {{ph|PL|5## ### ###}}
~~~
hej, kupiłem u was {{k.pc|SanDisk Ultra 64GB}}, zamówienie {{K.on|##-#####-#####}}. Faktura ma być na firmę: NIP {{nip|d}}, REGON {{regon}}. Na paragonie jest {{k.am|54,99 zł}} a w koszyku było {{k.am|49,99}}, o co chodzi? tel {{ph|PL|609 ### ###}}
~~~
Dzień dobry, zgłaszam odczyt licznika nr {{K.icn|0#######}} – stan {{k.q|15 234,7 kWh}} na dzień {{k.d|31.01.2025}}. Numer klienta {{K.icn|######-####}}. Płatnik: {{n.o|jerzy malinowski}}, pesel płatnika {{pesel}}.
~~~
Pani {{n.s|Jadwigo}},
dziękuję za informację z urzędu. Paszport nr {{plpas}} odbiorę osobiście w {{k.ci|Katowicach}} w czwartek po {{k.t|13:00}}. Poprzedni ({{plpas|sp}}) zgubiłem w {{k.d|2022}}, sygnatura zgłoszenia utraty to {{K.tn|UT-####-##/PA}}.
~~~
Mam karnet {{k.br|Zdrofit}} (numer karty {{K.icn|#### #### #### ####}}) i chcę go zawiesić na {{k.q|2 miesiące}} od {{k.d|1 kwietnia}}. Proszę o kontakt pod {{ph|PL|+48 7## ### ###}}. Karnet jest na mnie, PESEL {{pesel}}.
~~~
Paczka {{K.tr|6############## #########}} od trzech dni stoi w sortowni w {{k.ci|Strykowie}}. Odbierze ją mój mąż {{n.o|Paweł Nowicki}} (PESEL {{pesel}}, gdyby było potrzebne upoważnienie), kod odbioru mam w aplikacji. Kontakt do niego: {{ph|PL|+48 50# ### ###}}. Pozdr.
~~~
Reklamacja przelewu
Dnia {{k.d|04.03.2025}} wykonałam przelew {{k.am|1 250,00 zł}} na rachunek {{nrb|sp}}, tytułem faktura {{K.in|FV/###/03/2025}}. Środki nie dotarły. Rachunek nadawcy: {{nrb|n}}. PESEL zleceniodawcy: {{pesel}}.
~~~
Dzień dobry,
auto odebrane z serwisu {{k.br|Auto-Rapid}}, zlecenie {{K.on|ZL/#####/25}}. Niestety znowu świeci kontrolka. Proszę o kontakt: {{ph|PL|6##-###-###}}. Faktura była na firmę, NIP {{nip}}.

{{n.g|Krzysztof Zając}}
~~~
Szanowna Pani {{k.jt|Dyrektor}},
w związku z zapisem syna {{n.o|Antoniego Lisa}} (PESEL {{pesel}}) do klasy {{k.q|1b}} proszę o potwierdzenie przyjęcia dokumentów złożonych {{k.d|10.05.2025}}.
Z wyrazami szacunku
{{n.g|Marta Lis}}
~~~
Dane do faktury:
{{k.co|Softmar sp. z o.o.}}
{{a|ul. Kolejowa 18/4, 30-805 Kraków}}
NIP: {{nip}}
REGON: {{regon}}
Nr zamówienia: {{K.on|PO-0#####}}
Licencje: {{k.q|15 stanowisk}}, wersja {{k.v|4.2.1}}
~~~
{{n.o|Marek}} ({{k.br|Alior}}): dzień dobry, w czym mogę pomóc?
klient_8841: zablokowała mi się karta, chyba przez podejrzaną transakcję na {{k.am|389 zł}}
Konsultant ({{k.br|Alior}}): proszę potwierdzić tożsamość – numer PESEL?
klient_8841: {{pesel}}
Konsultant ({{k.br|Alior}}): dziękuję, karta {{card|sp}} jest zastrzeżona, nowa przyjdzie w ciągu {{k.q|7 dni}}.
~~~
Rezerwacja {{K.on|%%######}} w hotelu {{k.br|Mercure}} {{k.ci|Gdynia}}, {{k.d|14–16.08}}. Dane gościa do meldunku: {{n.o|Tomasz Grabowski}}, paszport {{plpas}}, PESEL {{pesel}}, tel. {{ph|PL|+48 88# ### ###}}, obywatelstwo polskie.
~~~
---------- Wiadomość przekazana ----------
Od: {{n.o|Ewa Sadowska}} <{{e|e.sadowska@gmail.com}}>
Data: {{k.d|12 marca 2025}} {{k.t|10:42}}
Temat: wniosek o dodatek

W załączeniu skan dowodu ({{pldo}}) oraz mój PESEL: {{pesel}}. Numer sprawy z ośrodka: {{K.tn|OPS.####.##.2025}}.
~~~
Zamówienie z {{k.br|Zooplus}} doszło po {{k.q|3 dniach}}, karma {{k.pc|Royal Canin Maxi Adult 15 kg}} cała, ale brakowało przysmaków (faktura {{K.in|ZP-########}}). Kod rabatowy {{K.icn|ZOO####}} też nie zadziałał. Obsługa odpisała w {{k.q|2 h}}, plus za to.
~~~
[transkrypcja rozmowy]
Dzień dobry, tu {{n.i|Henryk Ostrowski}}, dzwonię w sprawie decyzji {{K.icn|GK.6220.##.2025}} w sprawie podatku od nieruchomości. Mój PESEL {{pesel}}, a działka ma numer {{K.icn|###/##}}. Nie zgadza się powierzchnia, {{k.q|812 m2}} zamiast {{k.q|612 m2}}.
~~~
Dzień dobry, nazywam się {{n.i|Beata Wiśniewska-Kurek}}, mam u Państwa abonament na numer {{ph|PL|+48 5## ### ###}}, PESEL {{pesel}}. Numer umowy {{K.icn|##-####-####}}. Od {{k.d|3 marca}} nie działa internet, restart routera {{k.pc|ZTE MF289F}} nic nie daje.
~~~
W dniu {{k.d|3.02.2025}} o {{k.t|14:05}} {{n.o|Piotr Mazur}} <{{e|piotr.mazur@kaem-serwis.pl}}> napisał:
> Proszę o numer NIP do faktury korygującej {{K.in|KOR/##/2025}}.

NIP naszej firmy: {{nip|pl}}
Pozdrawiam
{{n.g|Kasia}}
~~~
Polisa OC nr {{K.icn|90#########}} – ubezpieczony {{n.o|Wiesław Kubiak}} (PESEL {{pesel}}, dowód {{pldo}}). Proszę o wystawienie zaświadczenia o przebiegu ubezpieczenia za lata {{k.d|2019–2024}}. Składka za ostatni rok: {{k.am|1 148 zł}}.
~~~
Dzień dobry, piszę z lecznicy {{k.br|Zwierzyniec}} – kotka Mela po sterylizacji, chip {{K.pc|616098#########}}. Właściciel nie odbiera, prośba o kontakt zwrotny do pani {{n.o|Oliwii}} z recepcji: {{ph|PL|5## ### ###}}. Numer wizyty {{K.tn|WZ-#####}}.
~~~
Biuro podróży {{k.br|Itaka}}, rezerwacja nr {{K.on|0#######}}
Uczestnicy:
1. {{n.o|Adam Nowak}} – paszport {{plpas}}
2. {{n.o|Ola Nowak}} – dowód os. {{pldo}}
Wylot {{k.d|22.06}} z {{k.ci|Wrocławia}} lotem {{K.pc|%% ####}}.
~~~
hej mam problem z {{k.br|allegro}}, pesel {{pesel}} podałam przy weryfikacji konta i ciągle pisze że błąd. numer zgłoszenia {{K.tn|#########0}}. co mam zrobić?
~~~
| Imię i nazwisko | {{n.o|Grzegorz Pawlak}} |
| PESEL | {{pesel}} |
| Nr dowodu | {{pldo}} |
| Nr rachunku | {{nrb|n}} |
| Nr wniosku | {{K.icn|00########}} |
| Data | {{k.d|07.04.2025}} |
~~~
ZAŚWIADCZENIE  O  ZATRUDNIENIU
Pracownik :  {{n.o|Halina  Szymczak}}
PESEL  :  {{pesel}}
nr  dowodu  osobistego  :  {{pldo}}
zatrudniona  od  {{k.d|01.09.2011}}  na  stanowisku  {{k.jt|starszy  referent}}
wynagrodzenie  brutto  {{k.am|6 420,00  zł}}
~~~
Pociąg {{K.pc|IC 38##}} z {{k.ci|Poznania}} spóźniony o {{k.q|95 minut}}, bilet nr {{K.icn|%%#######}}. Składam wniosek o odszkodowanie, kwota biletu {{k.am|89,00 zł}}. Proszę o zwrot na konto podane w profilu.
~~~
Dziękuję za ofertę, potwierdzam zamówienie {{k.q|40 palet}} granulatu {{K.pc|PP-H ###}}.

Pozdrawiam serdecznie
mgr inż. {{n.g|Robert Kaczmarczyk}}
{{k.jt|Kierownik Działu Zakupów}}
{{k.co|Termoplast S.A.}}
tel. {{ph|PL|+48 61 ### ## ##}}
NIP {{nip|d2}}
~~~
W sprawie faktury najlepiej pytać o pana {{n.o|Zbigniewa}} z księgowości, on ma wszystkie potwierdzenia, tel. {{ph|PL|22 ### ## ##}} wew. {{k.q|214}}. Numer faktury: {{K.in|###/2025/FV}}, termin płatności {{k.d|14 dni}}.
~~~
Proszę o zwrot środków za anulowaną wizytę ({{k.am|250 zł}}). Płaciłam kartą {{card|n}} w dniu {{k.d|18.02}}, terminal przychodni {{k.br|LuxMed}}. Numer transakcji {{K.icn|T##########}}.
~~~
Aktualizacja {{k.v|2.14.0}} aplikacji {{k.br|mObywatel}} usunęła mi dokument, a po ponownym dodaniu pokazuje stary numer. Zgłoszenie {{K.tn|MOB-######}} bez odpowiedzi od {{k.q|10 dni}}.
~~~
Good morning, I'm writing on behalf of my mother who lives in {{k.ci|Lublin}}. Her ID card no. {{pldo}}, PESEL {{pesel}}. Przepraszam, piszę po angielsku bo tak mi łatwiej na telefonie. Numer konta klienta {{K.icn|0########}}.
~~~
Z poważaniem
{{n.g|A. Zielińska}}
{{a|ul. Różana 3, Piaseczno}}
PESEL {{pesel}}
nr klienta {{K.icn|######/####}} (nie mylić z numerem umowy {{K.icn|UM-#######}})
~~~
Adres do korespondencji:
{{a|ul. Słowackiego 7 m. 12
80-257 Gdańsk}}
Proszę nie wysyłać nic na stary adres. Numer polisy {{K.icn|POL/0#######}}, ur. {{k.d|05.11.1990}}, PESEL {{pesel}}. Nowy telefon: {{ph|PL|+48 7## ### ###}}.
~~~
PESEL
{{pesel}}

Seria i numer dowodu
{{pldo|sp}}

Numer telefonu
{{ph|PL|7########}}

Numer karty lojalnościowej
{{K.icn|#### #### #### ####}}

Data wypełnienia
{{k.d|11.03.2025}}
~~~
PESEL:{{pesel}}, nr dow.{{pldo}} – tak jak w poprzednim mailu. Proszę już nie prosić o te dane w każdej wiadomości :) Wcześniejsze zgłoszenia: {{K.tn|#######/24}} i {{K.tn|#######/24}}. Zgł. {{K.tn|#######/25}}.
~~~
Witam, chciałbym przepisać umowę na żonę ({{n.o|Karolina Dudek}}, PESEL {{pesel}}, dowód {{pldo|sp}}). Obecny numer klienta {{K.icn|0#########}}, licznik gazowy {{K.icn|PGN ########}}. Proszę o listę dokumentów.
~~~
szanowny panie {{n.s|Tadeuszu}}, dostałem pismo z numerem {{K.icn|## ## ######}} ale nie wiem czy to numer sprawy czy umowy. u mnie w papierach jest umowa {{K.icn|45/####/10}}. proszę o wyjaśnienie. mój pesel {{pesel}} gdyby był potrzebny
~~~
Dzień dobry, kolega {{n.o|Łukasz Duda}} przekazał mi Pani kontakt. Potrzebujemy {{k.q|12 kompletów}} odzieży roboczej rozm. {{k.pc|XL}} dla {{k.team|zespołu utrzymania ruchu}}. Zamówienie wewnętrzne {{K.on|ZW-######}}, faktura na NIP {{nip|d}}. Mój numer: {{ph|PL|+48 6## ### ###}}.

~~~
Cześć {{n.s|Magda}}! Wyślesz mi jeszcze raz swój pesel do umowy najmu? Ten co mam ({{pesel}}) system odrzuca, może pomyliłam cyfrę. Kaucja {{k.am|3 000 zł}} na konto {{iban|PL}}. Umowa od {{k.d|1 maja}}, numer mieszkania w spółdzielni {{K.icn|M-###/##}}.
"""

CS = r"""
Dobrý den,
posílám údaje k pojistné smlouvě {{K.icn|8#########}}:
jméno: {{n.o|Jana Procházková}}
r.č.: {{rc|f}}
číslo OP: {{czop}}
Pojistné {{k.am|890 Kč}} čtvrtletně od {{k.d|1. 4.}}
Děkuji, {{n.g|Procházková}}
~~~
Dobrý den, jmenuji se {{n.i|Tomáš Kříž}}, RČ {{rc}}, a chci reklamovat vyúčtování za plyn. Číslo odběrného místa {{K.icn|27ZG######}}, faktura {{K.in|2025######}} na {{k.am|4 812 Kč}}.
~~~
Objednávka č. {{K.on|#####/0###}} z {{k.br|Alza}} dorazila rozbitá. Kurýr {{k.br|PPL}} balík hodil přes plot, číslo zásilky {{K.tr|40#########}}. Chci vrátit peníze, ne výměnu, na účet {{iban|CZ}}. Volejte na {{ph|CZ|737 ### ###}}.
~~~
Vážený pane {{n.s|Nováku}},
k Vaší žádosti o přeregistraci vozidla doplňuji rodné číslo majitele: {{rc|ns}}. Technický průkaz č. {{K.icn|UH ######}} přikládám v kopii, číslo OP majitele je {{czop}}.
S pozdravem
Ing. {{n.g|Pavel Dvořák}}
{{k.jt|vedoucí autoprovozu}}
tel. {{ph|CZ|+420 2## ### ###}}
~~~
Přihláška do kurzu plavání
Dítě: {{n.o|Matyáš Černý}}
Rodné číslo: {{rc|sp}}
Narozen: {{k.d|3. 4. 2017}}
Zákonný zástupce: {{n.o|Lucie Černá}}, tel. {{ph|CZ|7## ### ###}}
Variabilní symbol: {{K.icn|0#######}}
~~~
ahoj, tady {{n.i|Petr}} z pokoje {{k.q|214}} – nefunguje wifi a na recepci nikdo není. heslo z kartičky {{K.icn|HTL-####}} nejde. můj mobil {{ph|CZ|6## ### ###}}. díky
~~~
| Položka | Hodnota |
|---|---|
| Pojištěný | {{n.o|Radek Vlček}} |
| r.č. | {{rc}} |
| Č. pojistky | {{K.icn|PS######/##}} |
| Pojistné | {{k.am|2 340 Kč / měsíc}} |
| OP | {{czop}} |
| Telefon | {{ph|CZ|+420 7## ### ###}} |
~~~
Narozena {{k.d|12.03.1988}} v {{k.ci|Olomouci}}, r.č. {{rc|f}}. Žádám o vystavení duplikátu kartičky pojištěnce, původní č. {{K.icn|0#########}} byla odcizena.
~~~
Dobrý den, mám dotaz k tarifu {{k.br|O2 Neo Modrý}}. Číslo smlouvy {{K.icn|#######/2025}}, číslo zákaznického účtu {{K.icn|0#######}}. Jde mi o to, jestli se dá převést na manžela {{n.o|Jiřího}}, jeho rodné číslo {{rc}}.
~~~
Reklamace č. {{K.tn|RK-######}} – kávovar {{k.pc|DeLonghi ECAM 22.110}} nedrží teplotu, koupeno {{k.d|14. 11. 2024}} za {{k.am|8 990 Kč}}. Zatím bez odezvy. Kupující: RČ {{rc}}, účtenka {{K.icn|######-##}}.
~~~
Od: {{n.o|Kateřina Malá}} <{{e|katka.mala@seznam.cz}}>
Odesláno: úterý {{k.d|4. března 2025}} {{k.t|9:12}}
Komu: podatelna
Předmět: žádost o výpis

Dobrý den, prosím o výpis z rejstříku trestů, rodné číslo {{rc|f}}, číslo OP {{czop}}.
~~~
Faktura za servis: {{k.co|Autoservis Beneš s.r.o.}}, IČO {{ico}}, DIČ {{dic}}, tel. {{ph|CZ|+420 5## ### ###}}. Zakázkový list {{K.on|ZL-25-####}}, výměna rozvodů, {{k.am|12 400 Kč}} bez DPH.
~~~
Dobrý den, volám ohledně smlouvy na elektřinu, jsem {{n.i|Zdeňka Horáková}}, rodne cislo {{rc|f,ns}}, ale v systému mám špatně adresu. Správně je {{a|Lipová 1184/7, 779 00 Olomouc}}. Číslo smlouvy {{K.icn|######/####}}, EAN {{K.icn|859182400#########}}.
~~~
Paní {{n.s|Marie}}, posílám vám rodné číslo syna ({{rc|dash}}) a svoje ({{rc|f}}) a číslo průkazu pojištěnce je stejné. Přihlášku do kroužku jsme odevzdali {{k.d|2. 9.}}, zálohu {{k.am|1 500 Kč}} zaplatím převodem.
~~~
Reklamujeme dodávku dle objednávky {{K.on|OBJ-######}}, chybí {{k.q|6 ks}} ventilů {{K.pc|VT-###-##}}. Naše IČO {{ico}}, DIČ {{dic}}.
{{k.team|Oddělení nákupu}}
{{k.co|Strojírny Hranice a.s.}}
~~~
pane {{n.s|Doležale}}, ty údaje pro školní výlet: {{n.o|Ema Doležalová}}, r. č. {{rc|f}}, číslo OP {{czop}}. OP platí do {{k.d|2029}}. výlet stojí {{k.am|2 450 Kč}}, odjezd v {{k.t|7:10}}. díky, {{n.g|Doležalová}}
~~~
Jmenuji se MUDr. {{n.i|Hana Šťastná}}, praktická lékařka pro dospělé, IČZ {{K.icn|0#######}}. Pojišťovna nám vrátila dávku {{K.icn|D-####}} kvůli chybě v rodném čísle pacienta – správně je {{rc}}, ne jak bylo uvedeno. Opravenou dávku zasíláme {{k.d|5. 4.}}
~~~
Dobrý den,
v příloze posílám podklady k hypotéce: občanský průkaz č. {{czop|sp}}, rodné číslo {{rc}}, číslo účtu {{iban|CZ}}. Odhad nemovitosti {{K.icn|OD-####/####}}, číslo žádosti {{K.tn|HU#######}}, úvěr {{k.am|3 200 000 Kč}}.
Děkuji
{{n.g|Vojtěch Pokorný}}
{{ph|CZ|+420 6## ### ###}}
~~~
Balík {{K.tr|DR########CZ}} leží na depu v {{k.ci|Brně}} už týden. Zákaznická linka {{k.br|Zásilkovna}} nebere. Objednávka z {{k.br|Notino}}, č. {{K.on|0#########}}, heslo na výdej {{K.icn|####}}. Adresát má RČ {{rc|ns}}, kdyby bylo potřeba ověření na poště.
~~~
Žádost o vrácení přeplatku
Jméno a příjmení: {{n.o|Milan Kučera}}
Rodné číslo: {{rc|ns}}
Číslo účtu: {{iban|CZ,n}}
Číslo plátce: {{K.icn|0#######}}
Datum: {{k.d|28. 2. 2025}}
~~~
Na pobočce {{k.br|Komerční banky}} mi řekli, že potřebuji číslo OP a RČ. OP: {{czop}}, RČ: {{rc|sp}}. Číslo žádosti je {{K.tn|ZAD######}}. Můžete to dořešit bez další návštěvy?
~~~
Hodnocení posilovny {{k.br|Form Factory}}: čisté šatny, ale {{k.q|3 z 8}} běžících pásů nefunguje. Permanentka č. {{K.icn|########}} mi propadla i když jsem ji měl zmraženou. {{k.q|3/5}}
~~~
> Dne {{k.d|10. 1. 2025}} v {{k.t|15:30}} {{n.o|Martin Zeman}} napsal(a):
> prosím o doplnění rodného čísla kvůli smlouvě
Moje r.č. je {{rc}}, narozen {{k.d|1991}}.
{{n.g|Adam Fiala}}
~~~
Operátor {{n.o|Jakub}}: Dobrý den, ověřím vás – datum narození a číslo dokladu?
Zákazník: {{k.d|21. 6. 1979}}, doklad {{czop}}
Operátor: Děkuji, číslo objednávky {{K.on|####-####-##}} je aktivní.
~~~
Dobrý den, v SIPO nám chodí platba za cizí přípojku. Spojovací číslo {{K.icn|0#########}}, číslo elektroměru {{K.icn|######}}. Majitel přípojky: RČ {{rc|sp}}, tel. {{ph|CZ|604 ### ###}}. Děkuji.
~~~
Fakturační údaje
{{k.co|Datanet Consulting s.r.o.}}
{{a|Na Příkopě 988/31, 110 00 Praha 1}}
IČ: {{ico|sp}}
DIČ: {{dic}}
Slovenská pobočka IČ DPH: {{skdic|sk}}
Číslo dodavatele v SAP: {{K.icn|0#######}}
Splatnost: {{k.q|30 dní}}
~~~
Nemocnice potřebuje údaje kvůli vyúčtování pojišťovně: pacientka {{n.o|Věra Nováková}} (roz. {{n.o|Havlíčková}}), rč {{rc|f}}, pojišťovna {{k.icn|111}}. Hospitalizace {{k.d|3.–7. 2.}}, číslo případu {{K.icn|H-25-######}}.
~~~
Dobrý den, přeposílám od kolegyně {{n.o|Svobodové}}: číslo OP zaměstnance je {{czop}}, osobní číslo {{K.icn|OS#####}}. Jde o přístupovou kartu č. {{K.icn|####-####}} do budovy.
~~~
Rezervace {{K.on|%%%###}} v {{k.br|Hotel Adalbert}}, {{k.d|18.–20. 7.}}, {{k.q|2 osoby}}. Check-in po {{k.t|14:00}}. Prosíme o doplnění čísla dokladu u hosta, který není občanem ČR. U hlavního hosta máme OP {{czop}}.
~~~
Zdravím,
já jsem {{n.i|Lenka}} a posílám údaje pro smlouvu k bytu:
{{n.o|Lenka Marešová}}, nar. {{k.d|7. 8. 1994}}
RČ {{rc|f,dash}}
tel {{ph|CZ|00420 7## ### ###}}
nájem {{k.am|16 900 Kč}} + zálohy {{k.am|3 200 Kč}}
~~~
Faktura č. {{K.in|FA2025/####}} splatná {{k.d|31. 3.}}, částka {{k.am|18 150 Kč}}. Prosím platit na účet {{iban|CZ}}, ne hotově. Odběratel IČO {{ico|sp}}. Variabilní symbol je číslo faktury bez lomítka.
~~~
Dobrý den, syn má ve škole {{k.br|Bakaláře}} a nejde mu přihlášení. Uživatelské jméno jsme zadávali podle rodného čísla {{rc|ns}}, verze aplikace {{k.v|3.41}}. Děkuji, {{n.g|Šárka Benešová}}
~~~
Upomínka: nájemné za {{k.d|únor}} ({{k.am|14 500 Kč}}) nebylo uhrazeno. Smlouva {{K.icn|NS-###/2023}}. Prosím o úhradu do {{k.d|15. 3.}} Nájemce: RČ {{rc|f}}.
{{k.co|Bytové družstvo Vltava}}
~~~
Nahlašuji ztrátu občanského průkazu číslo {{czop}}. Ztracen {{k.d|1. 3. 2025}} v {{k.ci|Plzni}}. Rodné číslo: {{rc}}. Protokol Policie ČR č. {{K.tn|KRPP-#####-#/ČJ-2025}}.
~~~
zdravím, poprosím o změnu tarifu na kartu {{ph|CZ|+420 603 ### ###}}. jsem držitel {{n.i|Roman Hruška}}, r.c. {{rc}}, heslo vím. zákaznické č. {{K.icn|0########}}, nový tarif {{k.br|Neomezeně 5G}}
~~~
Dotaz k přijímacím zkouškám: uchazeč {{n.o|Nikola Pospíšilová}}, rodné číslo {{rc|f}}, kód oboru {{K.pc|18-20-M/01}}. Registrační číslo přihlášky {{K.tn|PZ####}}.
~~~
Ing. {{n.g|Jaroslav Krejčí}}, Ph.D.
{{k.jt|jednatel}}
{{k.co|Krejčí & syn s.r.o.}}
IČO {{ico}}
mob.: {{ph|CZ|+420 7##-###-###}}
~~~
Za vaším technikem panem {{n.o|Kolářem}} jsem byla velmi spokojená. Oprava pračky {{k.pc|Whirlpool FFB 8258}}, servisní list {{K.tn|SL/####/25}}, cena {{k.am|1 290 Kč}}.
~~~
Vstupenka do {{k.br|Aquapalace}} č. {{K.icn|##########}} – platnost do {{k.d|30. 6.}} Kód rezervace {{K.on|AQ-######}}. Bohužel jsme nemohli přijet, je možné ji převést?
~~~
Prosím o potvrzení pro úřad práce. Údaje: Bc. {{n.o|Ondřej Vávra}}, rodného čísla {{rc|sp}}, evidenční číslo uchazeče {{K.icn|UP/#####/##}}. Potvrzení potřebuji do {{k.d|20. 3.}}
"""

SK = r"""
Dobrý deň, volám sa {{n.i|Marek Hudák}} a chcel by som si zriadiť účet. Rodné číslo {{rc}}, občiansky preukaz č. {{skop}}. Kedy môžem prísť na pobočku v {{k.ci|Žiline}}? Najlepšie po {{k.t|15:00}}. Tel. {{ph|SK|0948 ### ###}}
~~~
Žiadosť o prepis elektromera
Odberateľ: {{n.o|Zuzana Baloghová}}
r.č.: {{rc|f}}
Číslo OP: {{skop|sp}}
EIC kód: {{K.icn|24ZZS#######000#}}
Číslo elektromera: {{K.icn|0#######}}
Telefón: {{ph|SK|+421 9## ### ###}}
~~~
Vážená pani {{n.s|Kováčová}},
ďakujeme za Vašu objednávku č. {{K.on|SK-#######}}. Tovar {{k.pc|Bosch GSR 12V-15}} odošleme do {{k.d|pondelka}}.
S pozdravom
{{k.team|Zákaznícky servis}} {{k.br|Hornbach}}
~~~
Pán {{n.s|Tóth}}, posielam Vám rodné číslo mojej mamy pre zmluvu o opatrovaní: {{rc|f,sp}}. Jej číslo preukazu ZŤP je {{K.icn|ZTP/####/##}}, zmluva {{K.icn|######/####}} od {{k.d|1. 3.}} Ďakujem, {{n.g|Ivana Tóthová}}
~~~
Recenzia: hotel {{k.br|Tatra}} v {{k.ci|Bratislave}}, izba {{k.q|512}}, {{k.q|2 noci}} za {{k.am|238 €}}. Raňajky slabé, personál ok. Číslo rezervácie {{K.on|%%######}} som musel diktovať trikrát.
~~~
ahoj, tu {{n.i|Dominika}}, píšem kvôli zmluve na internet. moje rc je {{rc|f,ns}} a číslo zmluvy {{K.icn|##########}}. technik mal prísť o {{k.t|10:00}} a neprišiel nikto
~~~
Dobrý deň,
v prílohe posielam doklady k poistnej udalosti {{K.tn|PU-2025-#####}}:
- kópia OP ({{skop}})
- rodné číslo poškodeného: {{rc}}
- IBAN na výplatu: {{iban|SK}}
- škoda odhadnutá na {{k.am|1 340 €}}
S pozdravom
{{n.g|Ľubomír Šimko}}
{{ph|SK|0905 ### ###}}
~~~
Faktúra {{K.in|FV2025####}} od {{k.co|Tatrasoft s.r.o.}}, IČO {{ico}}, DIČ {{skdic}}, IČ DPH {{skdic|sk}}. Splatnosť {{k.d|30 dní}}, suma {{k.am|1 980,00 €}}.
~~~
Dobrý deň, prosím o vystavenie potvrdenia o návšteve školy pre syna {{n.o|Šimona Lukáča}}, r. č. {{rc|dash}}, trieda {{k.q|6.A}}. Potrebujeme ho pre {{k.br|Sociálnu poisťovňu}}.
~~~
Zásielka {{K.tr|SK###########}} od {{k.br|Packeta}} mala byť doručená včera, stav stále „na ceste". Objednávka {{K.on|#######-##}}, suma na dobierku {{k.am|64,90 €}}. Adresát {{ph|SK|0907 ### ###}}, pri preberaní ukáže OP {{skop}}.
~~~
Pani doktorka {{n.s|Vargová}},
posielam údaje na výmenný lístok: {{n.o|Peter Mikuš}}, rodné číslo {{rc}}, poisťovňa {{k.br|Dôvera}}, číslo preukazu poistenca {{K.icn|0#########}}.
Ďakujem, {{n.g|Mikuš}}
~~~
Dobrý deň, chcem sa opýtať na permanentku do {{k.br|Golem Clubu}}. Karta č. {{K.icn|GC######}} mi prestala fungovať na turnikete od {{k.d|1.3.}}, predplatené mám do {{k.d|31.5.}} Registrovaná som na rodné číslo {{rc|f,ns}}.
~~~
Agent {{n.o|Juraj}}: Dobrý deň, s kým hovorím?
Zákazník: {{n.i|Ondrej Kráľ}}, chcem zmeniť tarif
Agent: Overíme vás – číslo OP alebo rodné číslo?
Zákazník: OP {{skop}}
Agent: Ďakujem. Vaša objednávka {{K.on|#####-####}} je zaregistrovaná, tarif {{k.br|Telekom ÁNO M}} od {{k.d|1. 4.}}
~~~
Dňa {{k.d|5. 2. 2025}} o {{k.t|11:20}} {{n.o|Michal Polák}} <{{e|m.polak@azet.sk}}> napísal:
> Potrebujem ešte rodné číslo pre zmluvu.
Dobrý deň, rodné číslo: {{rc|sp}}
{{n.g|Veronika Poláková}}
~~~
Rodné číslo
{{rc|ns}}
Číslo dokladu totožnosti
{{skop}}
Dátum vydania
{{k.d|14.06.2021}}
Číslo žiadosti
{{K.tn|######/####}}
~~~
Servisný protokol {{K.tn|SP/####/2025}}: výmena brzdových doštičiek, {{k.pc|Škoda Octavia III}}, najazdené {{k.q|148 320 km}}, cena {{k.am|186 €}}. Ďalšia prehliadka o {{k.q|15 000 km}}. Zákazník: IČO {{ico}}, tel. {{ph|SK|+421 905 ### ###}}.
~~~
dobry den, volam sa {{n.i|jan horvath}}, rodne cislo {{rc}}, potrebujem duplikat faktury za vodu, cislo odberatela {{K.icn|######}}, faktura za {{k.d|februar}} {{K.in|FA-#######}}. dakujem, moje cislo je {{ph|SK|0915######}}
~~~
Prihláška na tábor
Meno dieťaťa: {{n.o|Natália Bieliková}}
Rodné č.: {{rc|f}}
Zákonný zástupca: {{n.o|Martina Bieliková}}
Kontakt: {{ph|SK|+421 9## ### ###}}, {{e|martina.bielikova@gmail.com}}
Variabilný symbol: {{K.icn|0#######}}
Termín: {{k.d|7.–13. júla}}, cena {{k.am|285 €}}
~~~
Prosím o preposlanie zmluvy kolegovi {{n.o|Tomášovi Bartošovi}}, ktorý preberá agendu. Zmluva č. {{K.icn|ZM-####/2024}}, dodatok {{K.icn|D###}}, klient IČO {{ico|sp}}, konateľ r.č. {{rc}}. Vďaka.
~~~
| Meno | {{n.o|Katarína Nagyová}} |
| R.č. | {{rc|f}} |
| OP | {{skop}} |
| Číslo klienta | {{K.icn|0#######}} |
| Číslo zmluvy | {{K.icn|## ## ######}} |
~~~
Mám otázku k vyúčtovaniu plynu {{k.br|SPP}} za rok {{k.d|2024}}. Nedoplatok {{k.am|312,40 €}} mi príde veľký. Zmluvný účet {{K.icn|4##########}}, odberné miesto {{K.icn|SKSPPDIS#######}}. Zmluvu mám na rodné číslo {{rc|sp}}.
~~~
Dobrý deň pán {{n.s|Kollár}},
potvrdzujem stretnutie v {{k.t|štvrtok o 9:30}}. Prineste prosím občiansky preukaz a doklad o príjme.
Mgr. {{n.g|Eva Hudecová}}
{{k.jt|hypotekárna špecialistka}}
{{k.br|Slovenská sporiteľňa}}
{{ph|SK|02/5### ####}}
~~~
Nahlasujem stratu peňaženky: občiansky preukaz č. {{skop}}, vodičák som našťastie mal doma, a platobná karta {{card|sp}}. Stratené {{k.d|8. 3.}} v {{k.ci|Košiciach}}.
~~~
Objednávka pre veterinu {{k.br|Zverolekár Plus}}: {{k.q|3 balenia}} {{k.pc|Bravecto 20–40 kg}}, objednávka {{K.on|VT-#####}}. Faktúru poslať na {{e|faktury@zverolekarplus.sk}}.
~~~
Som {{n.i|Alžbeta Švecová}}, narodená {{k.d|22.9.1962}}, rodné číslo {{rc|f}}. Žiadam o zaslanie výpisu dôchodkového poistenia. Číslo rozhodnutia {{K.icn|###-######-AB/##}}.
~~~
Zdravím, kolega {{n.o|Matúš}} mi povedal, že treba poslať r.č. do HR: {{rc}}. Osobné číslo {{K.icn|E#####}}, nastupujem {{k.d|1. apríla}}. Číslo OP {{skop|sp}}, IBAN na výplatu {{iban|SK,n}}.
~~~
Hodnotenie e-shopu {{k.br|Martinus}}: kniha prišla za {{k.q|2 dni}}, obal v poriadku. Objednávka {{K.on|#########}}, kód zľavy {{K.icn|JAR###}} fungoval. {{k.q|5/5}}
~~~
Žiadateľ: JUDr. {{n.o|Ladislav Molnár}}
Rodné číslo: {{rc|9}}
Trvalý pobyt: {{a|Hlavná 12, 040 01 Košice}}
Číslo konania: {{K.tn|OU-KE-####/2025}}
Správny poplatok: {{k.am|6,50 €}}
~~~
Ďakujem za rýchle vybavenie reklamácie {{K.tn|R-25-####}}. Pani {{n.o|Rybárová}} na predajni bola veľmi ochotná. Peniaze prišli na {{iban|SK}} hneď na druhý deň, suma {{k.am|79,99 €}}.
~~~
Dobrý deň, posielam údaje pre kúpnu zmluvu auta: predávajúci {{n.o|Igor Baláž}}, r.č. {{rc|sp}}, OP {{skop}}; kupujúci {{n.o|Stanislav Oravec}}, r.č. {{rc}}, OP {{skop}}. Cena {{k.am|9 400 €}}, vozidlo {{k.pc|Škoda Fabia 1.0 TSI}}, VIN doplním.
~~~
Prosím o zmenu telefónneho čísla v profile na {{ph|SK|0911 ### ###}}. Pôvodné číslo už nepoužívam. Zákaznícke číslo {{K.icn|0########}}, overenie: OP {{skop}}. Zmena platí od {{k.d|15.3.}}
~~~
Dobrý deň,
informujeme Vás, že platba {{k.am|49,00 €}} za členstvo v {{k.br|Decathlon}} klube nebola úspešná. Číslo vernostnej karty: {{K.icn|#### #### #### ####}}. Platobná karta {{card|d}} bola zamietnutá.
{{k.team|Tím Decathlon}}
~~~
> Od: {{n.o|Andrea Kučerová}}
> Poslané: {{k.d|12. marca}}
> rodné číslo syna mi pošli sms
OK, tu je: {{rc|dash}}, a číslo jeho pasu {{K.icn|##########}}? nie, to je číslo poistky, pas nemá.
~~~
Zmluva o nájme – údaje nájomcu: {{n.o|Tibor Szabó}}, r. č. {{rc|ns}}, číslo OP {{skop}}, bytom {{a|Mierová 45, 821 05 Bratislava}}. Nájomné {{k.am|650 €}} mesačne, zmluva {{K.icn|NZ-####/25}}.
~~~
Ahojte, objednávala som si cez {{k.br|Bolt Food}} a kuriér priniesol cudzie jedlo. Objednávka {{K.on|#########}}, suma {{k.am|23,80 €}}. Peniaze späť prosím, účet v appke mám na {{ph|SK|+421 944 ### ###}}.
~~~
Prosím o informáciu k žiadosti o príspevok. Rodne cislo: {{rc|f}}, cislo ziadosti {{K.tn|######/2025}}, cislo OP {{skop}}. podané {{k.d|10.2.2025}}. Ďakujem
~~~
Dobrý deň, pre registráciu k lekárovi potrebujem vyplniť formulár. Pacient: {{n.o|Filip Ďurica}}, RČ:{{rc}}, tel.: {{ph|SK|+421 2 #### ####}}. Ambulancia {{k.br|ProCare}}, termín {{k.d|18.3.}} o {{k.t|8:40}}.
~~~
Aktualizácia {{k.v|5.12.3}} mobilnej aplikácie {{k.br|Tatra banka}} mi zmazala uložené platobné šablóny. Číslo hlásenia {{K.tn|INC#######}}, verzia iOS {{k.v|17.4}}.
~~~
Dobrý deň, som {{n.i|Renáta}} z firmy {{k.co|Agrofarm Senica}}. Fakturačné údaje: IČO {{ico|sp}}, IČ DPH {{skdic|sk}}. Číslo objednávky {{K.on|AO-#####}}.
~~~
Kaviareň {{k.sab|Obchodná 7}} – vernostná karta {{K.icn|######## ####}} mi po aktualizácii na {{k.v|2.0}} ukazuje {{k.q|0 bodov}}, predtým som mal {{k.q|46}}. Dá sa to obnoviť? Bloček z {{k.d|3.3.}} na {{k.am|7,40 €}} mám.
"""

RU = r"""
Здравствуйте! Меня зовут {{n.i|Ольга Викторовна Сафронова}}, хочу оформить полис ОСАГО. Паспорт: серия {{ruser}} номер {{runum}}, выдан {{k.d|14.05.2015}}. Номер предыдущего полиса {{K.icn|ХХХ 0#########}}. Телефон {{ph|RU|+7 9## ###-##-##}}.
~~~
Анкета клиента
ФИО: {{n.o|Кузнецов Игорь Дмитриевич}}
Паспорт РФ: {{rupass}}
СНИЛС: {{snils}}
ИНН: {{inn12}}
Моб.: {{ph|RU|8 (9##) ### ## ##}}
Номер анкеты: {{K.icn|0#########}}
Дата заполнения: {{k.d|11.03.2025}}
~~~
Добрый день, заказ №{{K.on|########-####}} с {{k.br|Ozon}} пришёл без одного товара ({{k.pc|Xiaomi Redmi Buds 5}}). Прошу вернуть {{k.am|2 490 ₽}} на карту {{card|n}}. Спасибо.
~~~
Уважаемая {{n.s|Марина Сергеевна}}!
Направляю копию паспорта {{rupass|no}} для оформления допуска. Пропуск №{{K.icn|0####}} прошу перевыпустить.
С уважением,
{{n.g|Алексей Петрович Громов}}
{{k.jt|ведущий инженер}} {{k.co|ООО «СтройТехМонтаж»}}
тел. {{ph|RU|+7 (9##) ###-##-##}}
~~~
пишу уже третий раз!!! списали {{k.am|799 руб}} за подписку {{k.br|Кинопоиск}} которую я отменил. номер обращения {{K.tn|######}}. паспортные данные мне вам зачем давать, абонент я
~~~
Реквизиты для договора:
{{k.co|ООО «Альфа-Логистик»}}
ИНН {{inn10}} / КПП {{K.icn|1###01001}}
ОГРН {{ogrn}}
р/с {{K.icn|40702810##########}}
~~~
Здравствуйте, {{n.s|Дмитрий}}! Перезвоните, пожалуйста, по заявке {{K.tn|ЗВ-######}}, мой номер {{ph|RU|8 916 ### ## ##}}. Хотим забронировать {{k.q|2 номера}} на {{k.d|15–18 мая}}.
~~~
Оператор {{n.o|Анна}}: Назовите, пожалуйста, серию и номер паспорта.
Клиент: {{rupass|c}}
Оператор: Спасибо. И СНИЛС для госуслуг?
Клиент: {{snils|s}}
Оператор: Заявка {{K.tn|#######}} принята, срок — {{k.q|5 рабочих дней}}.
~~~
Прошу выдать справку об отсутствии задолженности. Лицевой счёт {{K.icn|0########}}, счётчик воды №{{K.icn|########}}. Собственник — {{n.o|Белова Тамара Ивановна}}, СНИЛС {{snils|n}}.
~~~
Загранпаспорт {{ruzagr|sp}} действителен до {{k.d|2031}}, виза оформлялась через {{k.br|VFS Global}}, номер заявки {{K.tn|%%%/######/##}}. Подскажите, когда будет готово? Мой телефон {{ph|RU|+7 (9##) ###-##-##}}, внутренний паспорт {{rupass}}.
~~~
Добрый вечер. Я {{n.i|Никита}}, вчера оставлял машину в сервисе {{k.br|Fit Service}} на замену масла. Заказ-наряд {{K.on|ФС-#####}}, в чеке {{k.am|4 380 ₽}}, а называли {{k.am|3 500}}. Объясните разницу. Тел. {{ph|RU|8-9##-###-##-##}}
~~~
-------- Пересылаемое сообщение --------
От: {{n.o|Егоров Павел}} <{{e|p.egorov@yandex.ru}}>
Дата: {{k.d|3 марта 2025}}, {{k.t|16:10}}
Тема: документы

Паспорт: {{rupass|no}}
ИНН: {{inn12}}
СНИЛС: {{snils|dd}}
~~~
Клиника {{k.br|Медси}}: записала ребёнка к лор-врачу, но в карте указан чужой полис ОМС {{K.icn|################}}. Мой СНИЛС {{snils}}, ребёнка — {{snils|s}}. Исправьте, пожалуйста. Связь: {{ph|RU|+7 912 ### ## ##}}.
~~~
Уважаемый {{n.s|Олег Иванович}}, добрый день.
По договору поставки {{K.icn|## ## ######}} от {{k.d|10.02.2025}} счёт {{K.in|СЧ-####}} оплачен на сумму {{k.am|184 200,00 ₽}}.
{{k.team|Бухгалтерия}} {{k.co|ООО «Север»}}
~~~
ИНН:{{inn12}}, паспорт {{rupass|n}}, выдан ГУ МВД, код подразделения {{K.icn|7##-0##}}. Это всё для налогового вычета, заявление {{K.tn|##########}}.
~~~
Меня зовут {{n.i|Гульнара Рашидовна}}, я мама ученика {{k.q|5 «Б»}} класса {{n.o|Тимура Хасанова}}. Прошу предоставить справку для соцзащиты. Свидетельство о рождении {{K.icn|V-%% ######}}, мой СНИЛС {{snils}}.
~~~
Доставка {{k.br|СДЭК}}, накладная {{K.tr|10########}}. Курьер не пришёл, хотя ждали до {{k.t|21:00}}. Телефон для связи {{ph|RU|8-9##-###-##-##}}.
~~~
Отзыв о спортклубе {{k.br|World Class}}: абонемент №{{K.icn|WC######}} продлили без спроса, списали {{k.am|38 000 ₽}}. Карта клуба {{K.icn|#### #### #### ####}} заблокирована. Оценка {{k.q|1 из 5}}.
~~~
Паспорт серии {{ruser}}, номер {{runum}}, выдан {{k.d|22.08.2018}} ОУФМС по г. {{k.ci|Казань}}. Прошу внести данные в договор аренды {{K.icn|АР-####/25}}. {{n.g|Шарипов Р. М.}}
~~~
Добрый день, коллега {{n.o|Светлана Борисовна Лаптева}} просила передать, что акт сверки по договору {{K.icn|##-####/2024}} подписан. Номер ЭДО-документа {{K.icn|0#########-####}}.
~~~
В заявлении на загранпаспорт указал старый паспорт {{ruzagr}}, а новый внутренний {{rupass|c}}. Правильно? Номер заявления на Госуслугах {{K.tn|##########}}, пошлина {{k.am|6 000 ₽}}.
~~~
Компания {{k.co|ИП Фомин}}
ИНН {{inn12}}
ОГРНИП {{ogrn|ip}}
тел.: {{ph|RU|+7 495 ###-##-##}}
договор поставки {{K.icn|## ## ######}} от {{k.d|01.02.2025}}
~~~
Добрый день! Интернет от {{k.br|Ростелеком}} не работает с {{k.d|понедельника}}. Лицевой счёт {{K.icn|0###########}}, договор {{K.icn|###/##}}. Заявка {{K.tn|#########}} закрыта без выезда мастера. Договор оформлен на паспорт {{rupass|c}}, контактный номер {{ph|RU|8 (8##) ###-##-##}}.
~~~
Здравствуйте, {{n.s|Ирина}}.
Для визы нужны: скан загранпаспорта (номер {{ruzagr|sp}}), фото и справка с работы.
Бронь отеля {{K.on|%%#######}}, вылет рейсом {{K.pc|SU ####}}.
— {{n.g|Вадим}}
~~~
Заявление
Я, {{n.i|Петренко Анастасия Владимировна}}, паспорт {{rupass}}, СНИЛС {{snils}}, прошу вернуть излишне уплаченную сумму {{k.am|12 450 руб.}} по счёту {{K.in|№ ####}}.
~~~
Карта «{{k.br|Перекрёсток}}» №{{K.icn|7### #### #### ####}} не начисляет баллы с {{k.d|февраля}}. Номер телефона в программе {{ph|RU|+79#########}}.
~~~
На сайте {{k.url|https://www.gosuslugi.ru/help}} написано, что СНИЛС можно указать без пробелов: {{snils|n}}. Но форма не принимает. Версия браузера {{k.v|122.0}}.
~~~
Спасибо мастеру {{n.o|Сергею Кравцову}} ({{ph|RU|+7 927 ###-##-##}}), установил кондиционер {{k.pc|Haier HSU-09}} быстро и аккуратно. Заказ {{K.on|#######}}, оплата {{k.am|6 900 ₽}}.
~~~
ИНН физлица {{inn12}} (для чека). Заказ {{K.on|0########}}, сумма {{k.am|15 300 ₽}}. {{n.g|Волкова}}
~~~
> {{k.d|12.03.2025}}, {{k.t|11:05}}, {{n.o|Зайцев Максим}} <{{e|zaytsev.m@mail.ru}}>:
> Пришлите, пожалуйста, паспорт и ИНН.
Паспорт {{rupass|c}}, ИНН {{inn12}}.
С уважением, {{n.g|Ковалёва Дарья}}
~~~
Счёт на оплату {{K.in|№ 0###-25}} для {{k.co|АО «ТехноПарк»}}: ИНН {{inn10}}, ОГРН {{ogrn}}. Сумма {{k.am|96 000 ₽}}, в т.ч. НДС {{k.pct|20%}}.
~~~
Прошу перенести приём в поликлинике на {{k.d|24 апреля}}, {{k.t|9:40}}. Полис ОМС я прикладывал, номер медкарты {{K.icn|МК-######}}. Паспорт {{rupass|no}}.
~~~
Здравствуйте, это {{n.i|Артём Белоусов}} из {{k.co|«ТрансАвто»}}. По поводу водителя {{n.o|Ахмедова}} — данные паспорта: {{rupass|c}}, водительское {{K.icn|## ## ######}}. Рейс {{K.pc|ТА-###}}. Мой номер {{ph|RU|+7 (8##) ###-##-##}}.
~~~
Добрый день! Подскажите, как привязать карту {{k.br|Мир}} к приложению? Версия {{k.v|8.4.1}}, телефон {{k.pc|Samsung A54}}. Ошибка {{K.icn|E-####}}.
~~~
СНИЛС {{snils|s}}
ИНН {{inn12}}
паспорт {{rupass}}
— это всё для бухгалтерии, трудовой договор {{K.icn|ТД-###/25}} от {{k.d|03.03.2025}}, оклад {{k.am|85 000 ₽}}
~~~
Уважаемые коллеги, направляем данные сотрудника для оформления пропуска: {{n.o|Смирнова Елена Андреевна}}, паспорт серия {{ruser}} номер {{runum}}. Пропуск нужен с {{k.d|01.04.2025}}. СНИЛС {{snils}}, ИНН {{inn12}}.
{{k.team|Отдел кадров}}
~~~
Отель {{k.br|Азимут}} в {{k.ci|Сочи}}: бронь {{K.on|#########}}, {{k.q|3 ночи}}, {{k.am|27 600 ₽}}. При заселении потребовали загран {{ruzagr}}, хотя я гражданин РФ и был с внутренним.
~~~
Платёж по карте {{card|sp}} на {{k.am|3 150 ₽}} в {{k.br|Магнит}} прошёл дважды. Прошу вернуть. Чек {{K.icn|ФП ##########}}, время {{k.t|19:42}}.
~~~
Серия и номер паспорта:
{{ruser}}
{{runum}}
Кем выдан: ГУ МВД России по г. {{k.ci|Москве}}
Дата выдачи: {{k.d|17.11.2020}}
~~~
Мой ИНН {{inn12}}, паспорт {{rupass|d}} — прошу уточнить, почему налоговый вычет не пришёл. Номер декларации {{K.tn|###########}}, подана {{k.d|15.04.2024}}.
{{n.g|Калинин Юрий Сергеевич}}
"""

UK = r"""
Добрий день! Мене звати {{n.i|Оксана Петрівна Коваль}}, хочу переоформити договір на газ. Паспорт {{uaold|sp}}, РНОКПП {{rnokpp}}. Особовий рахунок {{K.icn|0#########}}. Мій телефон {{ph|UA|+380 9# ### ## ##}}. Лічильник {{K.icn|G4-#######}}.
~~~
Анкета позичальника
ПІБ: {{n.o|Шевченко Андрій Миколайович}}
ID-картка №: {{uaid}}
Запис №: {{unzr}}
РНОКПП: {{rnokpp}}
Номер заявки: {{K.tn|0########}}
Сума кредиту: {{k.am|45 000 грн}}
~~~
Пане {{n.s|Олеже}}, надсилаю дані для договору оренди: паспорт у формі ID-картки {{uaid}}, УНЗР {{unzr}}. Оренда {{k.am|12 000 грн}} на місяць, депозит такий самий. Договір {{K.icn|## ## ######}} з {{k.d|1 квітня}}.
~~~
Замовлення {{K.on|#########}} з {{k.br|Rozetka}} досі не відправлене, хоча оплачено {{k.d|2 березня}}. Сума {{k.am|3 299 грн}}. Трек-номер {{k.br|Нової Пошти}} {{K.tr|20############}} не відстежується. Отримувач {{ph|UA|063 ### ## ##}}, паспорт для видачі {{uaid}}.
~~~
Шановна {{n.s|Ганно Іванівно}}!
Прошу видати довідку з місця навчання для сина {{n.o|Максима Бондаренка}}, {{k.q|7-А}} клас. Свідоцтво про народження {{K.icn|I-%% ######}}.
З повагою,
{{n.g|Людмила Бондаренко}}
{{ph|UA|+380 67 ### ## ##}}
~~~
привіт, я {{n.i|Дмитро}}, пишу щодо тарифу {{k.br|Київстар}}. номер {{ph|UA|097 ### ## ##}}, договір {{K.icn|####-######}}. з {{k.d|1 квітня}} списують {{k.am|250 грн}} замість {{k.am|180}}
~~~
Реквізити постачальника:
{{k.co|ТОВ «Агроресурс-Південь»}}
Код ЄДРПОУ {{edrpou}}
IBAN {{iban|UA}}
Договір {{K.icn|№ ##/03-25}}
~~~
Оператор {{n.o|Ірина}}: Підкажіть номер паспорта, будь ласка.
Клієнт: старий, книжечка — {{uaold}}
Оператор: А ІПН?
Клієнт: {{rnokpp}}
Оператор: Дякую, заявка {{K.tn|#######}} прийнята. Ліміт {{k.am|20 000 грн}}.
~~~
Відгук про клініку {{k.br|Добробут}}: записалася на {{k.t|10:20}}, прийняли о {{k.t|11:45}}. Номер медкартки {{K.icn|ДБ-######}}. Лікар хороший, адміністрація — ні, тричі перепитували ІПН ({{rnokpp}}). {{k.q|3/5}}
~~~
Прошу оформити субсидію. Заявник: {{n.o|Кравченко Віра Степанівна}}, паспорт {{uaold|sp}}, виданий {{k.d|12.06.2001}}, РНОКПП {{rnokpp}}. Особовий рахунок за електроенергію {{K.icn|0##########}}.
~~~
Доброго дня! Це {{n.i|Василь Ткачук}} з {{k.co|ФОП Ткачук В. І.}} Оплату по рахунку {{K.in|СФ-####}} провели з рахунку {{iban|UA}}. Прошу підтвердити отримання. Мій РНОКПП {{rnokpp}}, тел. {{ph|UA|+380 ## ### ####}}.
~~~
-------- Переслане повідомлення --------
Від: {{n.o|Марченко Юлія}} <{{e|yulia.marchenko@ukr.net}}>
Дата: {{k.d|5 березня 2025}}, {{k.t|09:14}}
Тема: документи на візу

ID-картка {{uaid}}, запис № {{unzr}}, закордонний паспорт {{K.icn|%%######}}? ні, це номер бронювання, паспорт {{uaold}}.
~~~
Шановні колеги, у ТТН {{K.tr|59############}} невірно вказано отримувача. Правильний: {{n.o|Савчук Олександр}}, тел. {{ph|UA|(050) ###-##-##}}. Відділення № {{k.q|27}}.
~~~
Пані {{n.s|Наталю}}, дякую за консультацію. Надсилаю ІПН {{rnokpp}} та номер ID-картки {{uaid|x}}, для декларації з лікарем. Телефон у {{k.br|Helsi}} той самий. Декларація {{K.icn|####-####-####}}.
~~~
Добрий день. Мій чоловік {{n.o|Роман Лисенко}} втратив паспорт {{uaold|sp}}. Чи можна отримати пакунок за його довіреністю? Номер відправлення {{K.tr|2045##########}}, вага {{k.q|3,2 кг}}.
~~~
Рахунок-фактура {{K.in|№ 0###}} від {{k.d|28.02.2025}}
Покупець: {{k.co|ПП «Світлиця»}}, ЄДРПОУ {{edrpou}}
Сума: {{k.am|48 600,00 грн}}, у т.ч. ПДВ {{k.pct|20%}}
~~~
Хочу поскаржитись на сервіс {{k.br|Укрпошти}}: посилка {{K.tr|RB#########UA}} з {{k.ci|Варшави}} йшла {{k.q|5 тижнів}}. Обіцяли {{k.q|10 днів}}. Отримувачка {{n.o|Лариса Мельник}}, тел. {{ph|UA|(067) ### ## ##}}.
~~~
Я, {{n.i|Гончаренко Ігор Васильович}}, РНОКПП {{rnokpp}}, паспорт громадянина України серії {{uaold}}, прошу зарахувати мене до спортзалу {{k.br|Sport Life}} за абонементом {{K.icn|SL-######}}.
~~~
ІПН:{{rnokpp}}
Паспорт:{{uaid}}
УНЗР:{{unzr}}
Телефон:{{ph|UA|+38067#######}}
Договір:{{K.icn|########-#####}}
Дата:{{k.d|07.03.2025}}
~~~
Вітаю! Підкажіть, будь ласка, чи потрібен УНЗР для реєстрації в {{k.br|Дія}}? Версія застосунку {{k.v|4.5.2}}. Помилка {{K.icn|E-###}} при скануванні документа.
~~~
Доброго дня, пані {{n.s|Оксано}}. Нагадую про оплату навчання: {{k.am|18 500 грн}} за семестр, договір {{K.icn|№ ####-Н}}. Реквізити ті самі.
{{k.team|Бухгалтерія}} {{k.co|КНУ}}
~~~
Пишу від імені мами — {{n.o|Марії Іванівни Гнатюк}}. Її паспорт {{uaold}}, ідентифікаційний код {{rnokpp}}. Лічильник газу № {{K.icn|0#######}}, показник {{k.q|4 512 м³}}.
~~~
Замовлення корму в {{k.br|Masterzoo}}: {{k.pc|Purina Pro Plan Sterilised 10 кг}}, {{k.q|2 шт.}} Номер замовлення {{K.on|MZ-#######}}. Доставка на {{k.d|суботу}}, дзвонити на {{ph|UA|+380 (50) ###-##-##}}.
~~~
> {{k.d|10.03.2025}} о {{k.t|13:22}} {{n.o|Остап Гриценко}} написав:
> Надішліть, будь ласка, номер картки і запис з ID.
Картка {{uaid}}, запис {{unzr}}.
{{n.g|Тарас}}
~~~
Добрий день, прошу повернути кошти {{k.am|1 200 грн}} на картку {{card|sp}}. Бронювання в готелі {{k.br|Premier Palace}} {{K.on|%%#####}} скасоване вчасно.
~~~
Заява на відшкодування
ПІБ: {{n.o|Литвиненко Сергій}}
Паспорт (ID): {{uaid}}
РНОКПП: {{rnokpp}}
Поліс: {{K.icn|0########}}
~~~
Привіт, колега {{n.o|Богдан}} сказав, що треба надіслати ІПН для договору ФОП. Ось: {{rnokpp}}. Рахунок {{iban|UA,n}}. Договір {{K.icn|ФОП-###/25}} на {{k.am|30 000 грн}}.
~~~
Відгук: СТО {{k.br|Автолюкс}}, заміна ременя ГРМ на {{k.pc|Skoda Fabia 1.4}}, {{k.am|5 800 грн}}. Наряд {{K.on|#####}}. Все ок, рекомендую.
~~~
Добрий вечір, {{n.s|Валентино Петрівно}}! Передаю дані учасника олімпіади: {{n.o|Карпенко Софія}}, ID-картка {{uaid}}, запис № {{unzr}}. Телефон батьків {{ph|UA|+380 50 ### ####}}. Реєстраційний номер учасника {{K.icn|########-#####}}, олімпіада {{k.d|22 березня}}.
~~~
Проблема з інтернетом від {{k.br|Воля}}. Договір {{K.icn|###########}}, адреса {{a|вул. Січових Стрільців 14, кв. 8, Київ}}. Заявка {{K.tn|######}}.
~~~
Я {{n.i|Олена}}, потрібна довідка для посольства. Паспорт {{uaold|sp}}, ІПН {{rnokpp}}. Номер запису у черзі {{K.tn|Q-####}}, прийом о {{k.t|11:30}}.
~~~
ТОВ {{k.co|«Електросвіт»}}
код ЄДРПОУ: {{edrpou}}
тел. {{ph|UA|044 ### ## ##}}
e-mail: {{e|office@elektrosvit.com.ua}}
{{k.team|Відділ збуту}}
~~~
Квиток на потяг {{K.pc|№ ###К}} {{k.ci|Київ}}—{{k.ci|Львів}}, {{k.d|12.04}}, вагон {{k.q|7}}. Номер квитка {{K.icn|####-####-####-####}}. Потрібно повернути, але сайт видає помилку. Квиток оформлено на ID-картку {{uaid}}.
~~~
ІПН фізособи {{rnokpp}} — для чека, будь ласка. Замовлення {{K.on|0#########}} на {{k.am|2 340 грн}}.
З повагою, {{n.g|Костенко І.}}
~~~
Мене звуть {{n.i|Катерина}}, моя дитина ходить до садочка № {{k.q|112}}. Прошу перерахувати плату за {{k.d|лютий}}: {{k.q|9 днів}} хворіла. Свідоцтво {{K.icn|I-%% ######}}. РНОКПП дитини {{rnokpp}}.
~~~
Для відкриття рахунку:
паспорт {{uaid}}
запис № {{unzr}}
ІПН {{rnokpp}}
тел {{ph|UA|067-###-##-##}}
тариф {{k.br|Преміум}}, заявка {{K.tn|0######}}
{{n.g|Павлюк Андрій}}
~~~
Замовлення на сервер {{k.pc|Dell PowerEdge R650}} — {{k.q|2 шт.}}, специфікація {{K.icn|SP-####}}, ціна {{k.am|$ 8 400}}. Рахунок виставити на {{k.co|ТОВ «Дата Системс»}}, код ЄДРПОУ {{edrpou}}.
~~~
Доброго дня, я {{n.i|Наталія Шевчук}}. Паспорт {{uaold}}, виданий {{k.d|2003}}, в ньому вклеєне фото у {{k.q|45}} років. Номер звернення до ЦНАП {{K.tn|######/25}}.
~~~
Від: {{n.o|Бойко Тетяна}}
Надіслано: {{k.d|3 квітня}}
Тема: ІПН
Привіт! Додай, будь ласка, мій ІПН {{rnokpp}} у договір № {{K.icn|##/####}}.
Дякую, {{n.g|Таня}}
~~~
Вітаємо! Ваш абонемент у {{k.br|Fitness Pro}} діє до {{k.d|31.05.2025}}. Номер клубної картки {{K.icn|## ## ######}}, заморозка доступна {{k.q|14 днів}}.
{{k.team|Команда Fitness Pro}}
"""

EN = r"""
Hi, my name is {{n.i|Priya Raman}} and I'm applying for the tenancy at Flat 4. My passport number is {{gbpass}} and my National Insurance number is {{nino|sp}}. Reference from the agent: {{K.tn|LET-######}}. Best number: {{ph|GB|07### ### ###}}. Move-in {{k.d|1 June}}.
~~~
Customer details
Name: {{n.o|Oliver James Whitfield}}
NI No.: {{nino}}
Passport No.: {{gbpass}}
Date of birth: {{k.d|02/11/1984}}
Policy no.: {{K.icn|PX0######}}
Mobile: {{ph|GB|+44 (0)7### ######}}
~~~
Order #{{K.on|###-#######-#######}} from {{k.br|Amazon}} arrived with a cracked screen ({{k.pc|Kindle Paperwhite}}). I'd like a replacement, not a refund. Card used: {{card|sp}}. Thanks.
~~~
Dear Mrs {{n.s|Okafor}},
Thank you for your call today. To complete the transfer we still need your NINO; the one on file ({{nino}}) does not match HMRC records. Your case number is {{K.tn|CS########}}.
Kind regards,
{{k.team|Payroll Team}}
{{k.co|Brightwell Care Ltd}}
~~~
this is {{n.i|dave}} from flat 12 — the boiler's out again. engineer ref {{K.tn|BG-#######}}, last visit {{k.d|14 feb}}. can someone come before {{k.t|5pm}}? my mobile is {{ph|GB|07#########}}
~~~
VAT invoice {{K.in|INV-2025-####}}
Supplier: {{k.co|Northgate Print Ltd}}, VAT Reg No: {{gbvat|sp}}
Customer ref: {{K.icn|C######}}
Total: {{k.am|£1,284.00}} incl. VAT at {{k.pct|20%}}
~~~
Hi {{n.s|Tom}},
Attached is my UTR ({{utr}}) for the self-assessment. My NI number is {{nino|sp}} if you need it. Tax year {{k.d|2023-24}}, refund due {{k.am|£412}}.
Cheers,
{{n.g|Sophie}}
{{ph|GB|07### ######}}
~~~
Agent {{n.o|Hannah}}: Hi, you're through to {{k.br|EE}}. Can I take the account holder's name?
Customer: {{n.i|Callum Fraser}}
Agent: Thanks. And the last four of the account number?
Customer: it's {{k.q|4471}}
Agent: Great, your upgrade order {{K.on|EE########}} is confirmed.
~~~
Review: stayed at the {{k.br|Premier Inn}} {{k.ci|Leeds}} City Centre, booking {{K.on|%%#######}}. Room was fine, breakfast {{k.am|£9.99}}, check-in queue took {{k.q|25 minutes}}. 4/5.
~~~
On Mon, {{k.d|3 Mar 2025}} at {{k.t|09:41}}, {{n.o|Rebecca Hale}} <{{e|rebecca.hale@outlook.com}}> wrote:
> Could you send over your passport details for the booking?

Passport {{gbpass}}, expires {{k.d|2032}}.
{{n.g|Marcus Hale}}
~~~
Please update my details. Polish PESEL: {{pesel}}, Polish ID card {{pldo}}. I now live at {{a|27 Hazel Grove, Bristol BS6 5QR}}. Customer no. {{K.icn|0########}}. UK mobile {{ph|GB|+447#########}}. Old Polish customer card {{K.icn|#### #### #### ####}}.
~~~
Hello, I'm {{n.i|Tereza Novotná}}, a Czech citizen working in {{k.ci|Manchester}}. For the payroll form: birth number {{rc|f}}, NI number {{nino}}. Employee ID {{K.icn|E######}}.
~~~
Our gym membership card ({{K.icn|#### #### #### ####}}) stopped working at the {{k.br|PureGym}} turnstile after the app update to {{k.v|6.3.0}}. Membership number {{K.icn|PG########}}. Registered under NI number {{nino}}, weirdly.
~~~
The parcel {{K.tr|JD0000##########}} from {{k.br|DPD}} was left with a neighbour I don't know. Please call me on {{ph|GB|+44 7### ### ###}}.
~~~
Ask for {{n.o|Gareth}} at the front desk — he has the spare keys, or ring him on {{ph|GB|020 7### ####}}. Job no. {{K.on|J-#####}}, quote {{k.am|£420}}.
~~~
Hi there, quick one: does the clinic need my NHS number or the NI number? NI is {{nino|sp}}. Appointment ref {{K.tn|APT-######}} on {{k.d|Thursday}} at {{k.t|10:15}}.
~~~
From: {{n.o|Alan Fitzgerald}} <{{e|a.fitzgerald@fitzgeraldbuild.co.uk}}>
Sent: {{k.d|12 March 2025}} {{k.t|16:02}}
Subject: subcontractor docs

Company UTR {{utr|sp}}, VAT {{gbvat}}. Sort code and account on the invoice.
~~~
Tenancy renewal {{K.tn|TR/####}}
Tenant: Mr & Mrs {{n.o|Kowalczyk}}
Lead tenant passport: {{plpas}} (Polish)
Rent: {{k.am|£1,150 pcm}} from {{k.d|1 May}}
~~~
Please refund the duplicate charge of {{k.am|£74.50}} on my card {{card|sp}}. Transaction ID {{K.icn|TXN##########}}, {{k.d|1 April}}. Cardholder's NINO for verification: {{nino|sp}}.
~~~
My German colleague {{n.o|Lukas Brandt}} needs his Steuer-ID on the contract: {{steuerid|sp3}}. Contract number {{K.icn|HR-####-##}}. His passport (Reisepass) is {{depass}}. Start date {{k.d|1 May}}, salary band {{K.pc|B4}}.
~~~
Hello, this is Dr. {{n.i|Anita Bose}} from {{k.br|Riverside Vets}}. We've received a payment of {{k.am|£186.00}} without a reference. Please send your client number ({{K.icn|RV#####}}) or call {{ph|GB|0117 ### ####}}.
~~~
Form: Right to Work check
Full name: {{n.o|Kwame Asante-Boateng}}
Passport number: {{gbpass}}
National Insurance: {{nino}}
Share code: {{K.icn|%%# ### ###}}
Check done: {{k.d|05/03/2025}} by {{k.team|HR Operations}}
~~~
Thanks for getting back to me, Ms {{n.s|Patel}}. The school trip consent form is attached; my son's passport is {{gbpass}}. Trip code {{K.pc|SKI25-##}}, deposit {{k.am|£150}} paid.
{{n.g|Jo Whitaker}}
~~~
Version {{k.v|2.8.1}} of the {{k.br|Monzo}} app keeps logging me out. Ticket {{K.tn|########}}. Phone: {{k.pc|Pixel 8}}.
~~~
Hi, I need to change the name on my {{k.br|British Gas}} account. Account number {{K.icn|8##########}}, meter serial {{K.icn|E##Z######}}. New account holder is my wife {{n.o|Harriet Lowe}}.
~~~
Please note my new address: {{a|Flat 3, 18 Kingsley Road, London N16 8DJ}}. Passport: {{gbpass}}. Account ref {{K.icn|AC-#######}}. Thanks, {{n.g|Ben}}
~~~
Supplier onboarding
Company: {{k.co|Halden Logistics Ltd}}
VAT: {{gbvat}}
UTR: {{utr}}
Contact: {{n.o|Nadia Hussain}}, {{k.jt|Accounts Manager}}, {{ph|GB|0161 ### ####}}
~~~
I'm writing about my mum, {{n.o|Irena Wiśniewska}} (PESEL {{pesel}}), who was a patient at your clinic. She moved back to {{k.ci|Poznań}}. Patient ID {{K.icn|PT-######}}. Her Polish passport: {{plpas}}.
~~~
Dear Sir or Madam,
I enclose my Russian passport details for the visa application: series {{ruser}}, number {{runum}}. Application ref {{K.tn|GWF0########}}. Foreign passport: {{ruzagr}}. SNILS {{snils}}. Appointment {{k.d|14 April}}, {{k.t|9:20}}.
Yours faithfully,
{{n.g|Anastasia Orlova}}
~~~
Hey {{n.s|jamie}}, can you text me the booking code for {{k.br|easyJet}}? flight {{K.pc|U2 ####}} on the {{k.d|14th}}, confirmation {{K.on|%%%%###}}. cheers
~~~
Our German partner's VAT number is {{ustid}}, and ours is {{gbvat|sp}}. Please put both on invoice {{K.in|INV/####}}. Our company UTR is {{utr}}. Payment terms {{k.q|30 days}}.
~~~
Complaint re. {{k.br|Marks & Spencer}} Oxford Street: refund of {{k.am|£62}} never arrived. Receipt no. {{K.icn|#### #### #### ####}}, {{k.d|22/02/2025}}.
~~~
Sent from my iPhone

> On {{k.d|4 Mar 2025}}, at {{k.t|18:30}}, {{n.o|Liam O'Connor}} <{{e|liam.oconnor@gmail.com}}> wrote:
> Mate, need your NI for the payroll, sorry!

{{nino|sp}} — {{n.g|Ciaran}}
~~~
The {{k.sab|Regent Street}} store exchanged my jacket without a receipt, great service. Order {{K.on|##########}}. Five stars.
~~~
Insurance claim {{K.tn|CLM-#######}}: the policyholder {{n.o|Ewan McGregor-Lyle}} was driving. Driving licence and passport ({{gbpass}}) attached. Contact: {{ph|GB|07### ######}}. Vehicle {{k.pc|Ford Focus 1.0}}, policy {{K.icn|MTR#######}}.
~~~
Hi, I'm {{n.i|Oksana}}, a Ukrainian student in {{k.ci|Glasgow}}. My ID card number is {{uaid}} and RNOKPP {{rnokpp}}. Student number {{K.icn|2#######}}.
~~~
Hello team, my NI number was entered as {{K.icn|AB######}} — that's the old customer number. The correct NINO is {{nino}}. Payroll run {{k.d|28 March}}. Passport no. {{gbpass}} if needed for ID.
~~~
Regards,
{{n.g|Fiona MacLeod}}
{{k.jt|Practice Manager}}
{{k.co|Kelvin Dental Care}}
{{ph|GB|0141 ### ####}}
~~~
Hi, I paid council tax twice for {{k.d|March}} ({{k.am|£168.40}}). Council tax account {{K.icn|CT/6#######}}, bank {{iban|GB}}. Please refund.
~~~
User {{n.o|Rachel}} reported that version {{k.v|11.2}} crashes on export. Build {{K.icn|2025.##.##-####}}, ticket {{K.tn|JIRA-####}}. No customer data involved.
"""

DE = r"""
Sehr geehrte Damen und Herren,
mein Name ist {{n.i|Stefanie Kühn}}. Für die Kontoeröffnung übermittle ich meine Ausweisnummer {{deid}} und meine Steuer-ID {{steuerid|sp3}}. Vorgangsnummer {{K.tn|VG-#######}}, Termin am {{k.d|21.03.}} um {{k.t|11:00}}.
Mit freundlichen Grüßen
{{n.g|Stefanie Kühn}}
~~~
Personalbogen
Name, Vorname: {{n.o|Schröder, Jan-Philipp}}
Steuerliche Identifikationsnummer: {{steuerid}}
Personalausweis-Nr.: {{deid|c}}
Eintrittsdatum: {{k.d|01.04.2025}}
Personalnummer: {{K.icn|0#####}}
~~~
Bestellung {{K.on|###-#######-#######}} bei {{k.br|Otto}}: Die Waschmaschine {{k.pc|Bosch WGG14403}} kam mit Transportschaden. Ich bitte um Austausch, nicht um Gutschrift. Erreichbar unter {{ph|DE|0176 ########}}.
~~~
Hallo Herr {{n.s|Yilmaz}},
anbei wie besprochen meine Reisepassnummer {{depass}} für die Buchung {{K.on|%%######}}. Abflug {{k.d|12.07.}} um {{k.t|06:45}} ab {{k.ci|Frankfurt}}.
Viele Grüße
{{n.g|Claudia Berger}}
~~~
hi, hier ist {{n.i|tobi}} aus zimmer {{k.q|14}}, das wlan geht nicht und die rezeption ist nicht besetzt. buchungsnr. {{K.on|#######}}, handy {{ph|DE|0157########}}
~~~
Rechnung {{K.in|RE 1#######}}
{{k.co|Elektro Hoffmann GmbH}}
{{a|Gewerbestraße 14, 70565 Stuttgart}}
USt-IdNr.: {{ustid}}
Kundennummer: {{K.icn|K######}}
Tel.: {{ph|DE|0711 ######}}
Betrag: {{k.am|2.380,00 €}} inkl. {{k.pct|19 %}} MwSt.
~~~
Von: {{n.o|Sabine Wolff}} <{{e|sabine.wolff@web.de}}>
Gesendet: Dienstag, {{k.d|4. März 2025}} {{k.t|08:17}}
Betreff: Steuer-ID

Hallo, hier meine Steuer-ID für die Lohnabrechnung: {{steuerid|sp}}. Die alte Nummer {{K.icn|#########0#}} war die Sozialversicherungsnummer, sorry!
~~~
Ich bin Dr. {{n.i|Matthias Engel}} und möchte meinen Vertrag bei {{k.br|Vodafone}} kündigen. Kundennummer {{K.icn|1########}}, Rufnummer {{ph|DE|0171 #######}}. Bitte bestätigen Sie die Kündigung zum {{k.d|30.06.}}
~~~
Sehr geehrte Frau {{n.s|Lehmann}},
zur Anmeldung Ihres Sohnes benötigen wir noch die Steuer-ID des Kindes (für die Elternbeitragsberechnung). Ihre eigene ({{steuerid|sp3}}) liegt uns vor. Aktenzeichen {{K.tn|KITA-####/25}}.
Mit freundlichen Grüßen
{{k.team|Ihr Kita-Team}} {{k.co|Stadt Bielefeld}}
~~~
Kunde: Hallo, ich hab eine Frage zu meinem Paket
Agentin {{n.o|Melanie}}: Gerne! Wie lautet die Sendungsnummer?
Kunde: {{K.tr|00340434########}}
Agentin: Danke. Das Paket liegt in der Filiale {{k.sab|Schloßstraße}}.
~~~
Bewertung: Fitnessstudio {{k.br|McFit}} {{k.ci|Köln}}-Ehrenfeld. Mitgliedskarte {{K.icn|MF ########}}, seit dem Update {{k.v|5.2}} kommt man nicht durchs Drehkreuz. {{k.q|2 von 5}} Sternen.
~~~
Ausweisdaten für den Mietvertrag:
Personalausweisnummer
{{deid}}
Ausstellende Behörde: Stadt {{k.ci|Leipzig}}
Steuer-ID
{{steuerid|sp}}
Gültig bis: {{k.d|08.2031}}
~~~
Guten Tag,
wir haben Ihre Zahlung über {{k.am|146,50 €}} erhalten, leider ohne Verwendungszweck. Bitte nennen Sie uns die Rechnungsnummer (z. B. {{K.in|R#######}}). Die Zahlung kam von {{iban|DE}}.
{{k.team|Kundenservice}} {{k.br|Stadtwerke München}}
~~~
Mein Mann {{n.o|Uwe Hartmann}} hat seinen Reisepass ({{depass|c}}) verloren. Wie beantragen wir einen vorläufigen Pass? Termin im Bürgeramt: {{k.d|18.03.}}, {{k.t|10:30}}, Wartenummer {{K.icn|A###}}. Mein Personalausweis: {{deid}}.
~~~
Steuer-ID: {{steuerid}}
IBAN: {{iban|DE}}
Name: {{n.o|Nadine Krüger}}
Kita-Beitrag ab {{k.d|August}}: {{k.am|212 €}}
~~~
Am {{k.d|10.03.2025}} um {{k.t|14:12}} schrieb {{n.o|Jörg Neumann}} <{{e|j.neumann@neumann-bau.de}}>:
> Können Sie mir die USt-IdNr. schicken?
Klar: {{ustid|sp}}. Steuernummer folgt per Post.
Gruß {{n.g|Petra}}
~~~
Hallo, ich habe im Shop {{k.br|Fressnapf}} Futter {{k.pc|Josera Kids 15 kg}} gekauft, Bon-Nr. {{K.icn|####-####-####}}. Der Sack war aufgerissen. Umtausch möglich? Bezahlt habe ich mit Karte {{card|n}}.
~~~
Sehr geehrter Herr Prof. {{n.s|Wagner}},
hiermit reiche ich die Unterlagen zur Immatrikulation ein. Reisepass-Nr. {{depass}}, Matrikelnummer {{K.icn|0######}}, Semesterbeitrag {{k.am|312,50 €}}.
Mit freundlichen Grüßen
{{n.g|Aylin Demir}}
~~~
Service-Auftrag {{K.on|SA-######}} – Inspektion {{k.pc|VW Golf 8}}, Kilometerstand {{k.q|45.210 km}}, Kosten {{k.am|389,90 €}}. Termin {{k.d|Mo., 24.03.}}, {{k.t|7:30 Uhr}}. Rückruf an {{ph|DE|+49 172 #######}}.
~~~
Bitte sprechen Sie mit meiner Kollegin Frau {{n.o|Schulze-Brandt}} aus der Buchhaltung, Durchwahl {{ph|DE|+49 30 ######-##}}. Es geht um Vertrag {{K.icn|V-####-###}} und die Gutschrift {{K.in|GS-######}}.
~~~
Identitätsnachweis: Personalausweis Nr. {{deid}}, Steuer-ID {{steuerid|sp}}, Geburtsdatum {{k.d|23.09.1987}}. Antrag {{K.tn|ANT-########}}.
~~~
Mahnung
Ihre Rechnung {{K.in|#######}} vom {{k.d|01.02.2025}} über {{k.am|89,00 €}} ist überfällig. Bitte überweisen Sie bis {{k.d|20.03.2025}} auf {{iban|DE,n}}.
{{k.co|Hausverwaltung Sommer GmbH}}
~~~
Guten Tag, hier spricht {{n.i|Ingrid Baumann}}. Ich rufe an wegen meiner Stromrechnung, Zählernummer {{K.icn|1ESY##########}}, Vertragskonto {{K.icn|8##########}}. Meine Telefonnummer: {{ph|DE|089 / ### ### ##}}.
~~~
{{n.g|Kai Lorenz}}
{{k.jt|Geschäftsführer}}
{{k.co|Lorenz IT-Service UG}}
{{a|Bahnhofstraße 7, 26122 Oldenburg}}
Tel. {{ph|DE|0441 #######}}
USt-IdNr. {{ustid}}
~~~
Bei der Anmeldung für die Fahrschule wurde meine Ausweisnummer falsch eingetragen. Richtig ist {{deid}}, nicht {{K.icn|L0#######}}. Schüler-Nr. {{K.icn|FS-####}}.
~~~
Die Lieferung von {{k.q|48 Kartons}} Kopierpapier ({{k.pc|Navigator A4 80g}}) zu Bestellung {{K.on|BE-######}} ist unvollständig. Es fehlen {{k.q|6 Kartons}}.
~~~
Hallo {{n.s|Lena}}, kannst du mir bitte noch deine Steuer-ID schicken? Die aus dem Formular ({{steuerid|sp3}}) wird vom Portal nicht akzeptiert (Fehler {{K.icn|E####}}, Portal-Version {{k.v|2.3}}). LG {{n.g|Mia}}
~~~
Reklamation {{K.tn|RK########}}: Die Kaffeemaschine {{k.pc|Jura E8}} tropft. Gekauft bei {{k.br|MediaMarkt}} am {{k.d|02.12.2024}} für {{k.am|899 €}}. Rückruf bitte unter {{ph|DE|0221 / ### ## ##}}.
~~~
Sehr geehrte Damen und Herren,
ich bitte um Erstattung der Kartenzahlung ({{card|sp}}) über {{k.am|64,20 €}}. Die Veranstaltung am {{k.d|15.02.}} wurde abgesagt. Ticketnummer {{K.icn|TK-#########}}.
{{n.g|B. Albrecht}}
~~~
Patientenaufnahme
Name: {{n.o|Grabowski, Piotr}}
PESEL (Polen): {{pesel}}
Reisepass: {{plpas}}
Telefon: {{ph|PL|+48 6## ### ###}}
Aufnahme: {{k.d|09.03.2025}}, {{k.t|22:40}}
Fallnummer: {{K.icn|########}}
~~~
Hallo, ich heiße {{n.i|Svetlana}} und komme aus der Ukraine. Meine ID-Karte hat die Nummer {{uaid}}, die Steuernummer RNOKPP {{rnokpp}}. Aktenzeichen Ausländerbehörde {{K.tn|AB-####-####}}, Termin am {{k.d|02.04.}}
~~~
Ihr Vertrag {{K.icn|## ## ######}} für den Tarif {{k.br|MagentaZuhause L}} wurde zum {{k.d|01.05.}} verlängert. Bei Fragen: {{k.url|https://www.telekom.de/hilfe}}.
{{k.team|Ihr Telekom-Team}}
~~~
Moin! Ich hab mein Auto bei {{k.br|ATU}} in {{k.ci|Hamburg}} abgeholt, Auftrag {{K.on|######}}, Rechnung {{K.in|HH-#######}}. Reifenwechsel {{k.am|49 €}}. Alles top, Gruß {{n.g|Finn}}
~~~
Sehr geehrte Frau Dr. {{n.s|Krause}},
wie telefonisch besprochen sende ich Ihnen die Reisepassnummer meiner Tochter {{n.o|Lea}}: {{depass}}. Die Klassenfahrt nach {{k.ci|Prag}} ist am {{k.d|05.05.}}
Viele Grüße
{{n.g|Markus Vogel}}
{{ph|DE|+49 (0)1## ########}}
~~~
Bitte um Rückruf wegen der Kfz-Versicherung, Versicherungsschein {{K.icn|###.###.###}}. Schadennummer {{K.tn|SN-1#####-25}}. Fahrzeug {{k.pc|Audi A4 Avant}}. Versicherungsnehmer Steuer-ID {{steuerid}}, Tel. {{ph|DE|+49 (0)40 ########}}.
~~~
Antrag auf Wohngeld
Antragsteller: {{n.o|Fischer, Monika}}
Steuer-ID: {{steuerid|sp}}
Anschrift: {{a|Lindenweg 3, 04109 Leipzig}}
Aktenzeichen: {{K.tn|WG-####/##}}
Miete: {{k.am|640 €}} warm
~~~
Ich möchte meine Mitgliedschaft im Verein kündigen. Mitgliedsnummer {{K.icn|M-####}}, Beitrag {{k.am|12 € monatlich}}. Danke und Gruß aus {{k.ci|Dresden}}.
~~~
Sehr geehrte Frau {{n.s|Petrović}},
der Vertrag ist erstellt. Für die Identifizierung benötigen wir noch Ihre Ausweisnummer – bitte nicht per E-Mail, sondern im Kundenportal {{k.url|https://kunden.example-versicherung.de}}.
Freundliche Grüße
{{n.g|Thomas Richter}}
{{k.jt|Kundenbetreuer}}
~~~
Version {{k.v|3.14.2}} von {{k.br|ELSTER}} lädt die Steuer-ID {{steuerid}} nicht automatisch in die Anlage. Fehlercode {{K.icn|E-######}}. Die USt-IdNr. {{ustid}} meiner Firma geht dagegen.
~~~
Text aus dem Scan (automatisch erkannt):
BUNDESREPUBLIK  DEUTSCHLAND   PERSONALAUSWEIS
Nr.  {{deid}}
Name :  {{n.o|KELLER}}
Gültig  bis  {{k.d|14.03.2030}}
Bitte prüfen, ob die Nummer stimmt – Kundennr. {{K.icn|KD-######}}.
"""


BLOCKS = {"pl": PL, "cs": CS, "sk": SK, "ru": RU, "uk": UK, "en": EN, "de": DE}


def items():
    out = []
    for lang in LANGS:
        chunks = [c.strip("\n") for c in BLOCKS[lang].strip("\n").split("\n~~~\n")]
        assert len(chunks) == 40, (lang, len(chunks))
        for i, tmpl in enumerate(chunks, 1):
            out.append(build(f"b6-{lang}-{i:02d}", lang, tmpl))
    return out


def render(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def counts(rows):
    kinds = [
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
    ]
    print("| lang | items | no PII | " + " | ".join(kinds) + " | keep |")
    print("|---" * (len(kinds) + 4) + "|")
    tot = Counter()
    for lang in LANGS + ["all"]:
        rs = [r for r in rows if lang == "all" or r["lang"] == lang]
        c = Counter(s["kind"] for r in rs for s in r["pii"])
        nop = sum(1 for r in rs if not r["pii"])
        nk = sum(len(r["keep"]) for r in rs)
        print(
            f"| {lang} | {len(rs)} | {nop} | " + " | ".join(str(c[k]) for k in kinds) + f" | {nk} |"
        )
        if lang == "all":
            tot = c
    ctx = Counter(s["context"] for r in rows for s in r["pii"] if s["kind"] == "name")
    print("names by context:", dict(sorted(ctx.items())))
    ids = sum(tot[k] for k in ["card", "iban", "pesel", "birth_number", "national_id", "tax_id"])
    allp = sum(tot.values())
    print(
        f"pii spans {allp}, ids {ids} ({ids / allp:.0%}), phones {tot['phone']} "
        f"({tot['phone'] / allp:.0%}); items with a name "
        f"{sum(1 for r in rows if any(s['kind'] == 'name' for s in r['pii']))}/{len(rows)}"
    )
    kc = Counter(s["what"] for r in rows for s in r["keep"])
    print("keep:", dict(sorted(kc.items())))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the file on disk")
    args = ap.parse_args()
    rows = items()
    data = render(rows)
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != data:
            print(f"{OUT} differs from the generator output", file=sys.stderr)
            return 1
        print(f"{OUT.name}: {len(rows)} items, identical")
        return 0
    OUT.write_text(data, encoding="utf-8")
    counts(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
