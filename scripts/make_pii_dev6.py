#!/usr/bin/env python3
"""Generate data/eval/pii/dev6.jsonl: a dev split focused on personal and document ids.

Every text is hand-written for this split (one template per item, in a small inline
markup); ids, phones and numbers to keep are drawn by generators, ids are validated with
python-stdnum (or the published algorithm where stdnum has none), phones with
phonenumbers, and numbers to keep are redrawn until they fail every checksum and are no
valid phone.  Deterministic (fixed seed).

    .venv/bin/python scripts/make_pii_dev6.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_dev6.py --check   # file on disk == what it writes

Markup: [[TAG|VALUE]]; VALUE is literal text or $gen[:arg].  TAG: n.s/n.g/n.i/n.o
(name: salutation/signature/self_intro/other), em tok card iban pesel rc nid tax ph
addr (pii kinds), k.<what> (keep).
"""

import datetime
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
from stdnum import iban as s_iban
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

OUT = Path(__file__).resolve().parent.parent / "data" / "eval" / "pii" / "dev6.jsonl"
R = random.Random(60606)

PII_KINDS = {
    "em": "email",
    "tok": "url_token",
    "card": "card",
    "iban": "iban",
    "pesel": "pesel",
    "rc": "birth_number",
    "nid": "national_id",
    "tax": "tax_id",
    "ph": "phone",
    "addr": "address",
}
CTX = {"s": "salutation", "g": "signature", "i": "self_intro", "o": "other"}
KEEP = {
    "ord": "order_number",
    "inv": "invoice_number",
    "tic": "ticket_number",
    "trk": "tracking_number",
    "prod": "product_code",
    "date": "date",
    "time": "time",
    "amt": "amount",
    "qty": "quantity",
    "pct": "percent",
    "ver": "version",
    "url": "url",
    "icn": "invalid_checksum_number",
    "brand": "brand",
    "comp": "company",
    "city": "city",
    "greet": "greeting_without_name",
    "street": "street_as_brand",
    "plb": "person_like_brand",
    "job": "job_title",
    "team": "team_name",
}

# ---------------------------------------------------------------- algorithms stdnum lacks
LV = {c: i + 10 for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}


def _val(c):
    return int(c) if c.isdigit() else LV[c]


def pl_idcard_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{3}\d{6}", s):
        return False
    w = [7, 3, 1, 9, 7, 3, 1, 7, 3]
    return sum(_val(c) * x for c, x in zip(s, w, strict=False)) % 10 == 0


def pl_passport_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{7}", s):
        return False
    w = [7, 3, 9, 1, 7, 3, 1, 7, 3]
    return sum(_val(c) * x for c, x in zip(s, w, strict=False)) % 10 == 0


def snils_check(d9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if s > 101:
        s %= 101
    return "00" if s in (100, 101) else f"{s:02d}"


def snils_ok(d):
    return len(d) == 11 and d[:9] > "001001998" and snils_check(d[:9]) == d[9:]


def unzr_check(d12):
    w = [7, 3, 1]
    return str(sum(int(c) * w[i % 3] for i, c in enumerate(d12)) % 10)


def unzr_ok(d):
    return len(d) == 13 and unzr_check(d[:12]) == d[12]


# ---------------------------------------------------------------- keep-number screening
VALIDATORS = [
    pl_pesel,
    pl_nip,
    pl_regon,
    cz_rc,
    cz_dic,
    sk_rc,
    sk_dph,
    de_idnr,
    ru_inn,
    ru_ogrn,
    ua_rntrc,
    ua_edrpou,
    gb_vat,
    gb_nhs,
    gb_utr,
]
REGIONS = {"PL": "48", "CZ": "420", "SK": "421", "RU": "7", "UA": "380", "DE": "49", "GB": "44"}


def _digits_ok_as_id(d):
    for m in VALIDATORS:
        try:
            if m.is_valid(d):
                return True
        except Exception:
            pass
    if 13 <= len(d) <= 19 and luhn.is_valid(d):
        return True
    if len(d) == 9 and de_vat.is_valid("DE" + d):
        return True
    if len(d) == 26 and s_iban.is_valid("PL" + d):
        return True
    return bool(snils_ok(d) or unzr_ok(d))


CUR = {"region": "PL"}
LANG_REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}


TRUNK = {"DE": "0", "GB": "0", "UA": "0", "SK": "0", "RU": "8"}


def _is_phone(s):
    """Valid phone of the text's region (nationally), or of any region if written with +/00."""
    regs = [CUR["region"]]
    if s.strip().startswith(("+", "00")):
        regs = list(REGIONS)
    for reg in regs:
        cands = [s]
        trunk = TRUNK.get(reg)
        if reg == CUR["region"] and not s.strip().startswith(("+", "00")):
            if trunk and not s.strip().startswith(trunk):
                continue  # a national number there is written with its trunk prefix
            if not trunk:
                cands.append("+" + REGIONS[reg] + re.sub(r"\D", "", s))
        for cand in cands:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(cand, reg)):
                    return True
            except Exception:
                pass
    return False


def looks_valid(s):
    """True if s could be read as a valid id or phone (then it may not be kept)."""
    d = re.sub(r"\D", "", s)
    cands = {d} | set(re.findall(r"\d{6,}", s))
    for part in re.split(r"[^\d ]", s):  # digit groups with spaces
        pd = part.replace(" ", "")
        if len(pd) >= 6:
            cands.add(pd)
    for c in cands:
        if len(c) >= 6 and _digits_ok_as_id(c):
            return True
    pcands = (
        (cands - {d})
        | set(re.findall(r"\d{6,}", s))
        | ({s} if re.fullmatch(r"[\d\s\-+()./]+", s) else set())
    )
    for c in pcands:
        if len(re.sub(r"\D", "", c)) >= 6 and _is_phone(c):
            return True
    up = s.upper().replace(" ", "").replace("-", "")
    for m in re.finditer(r"[A-Z]{2,3}\d{6,7}", up):
        if pl_idcard_ok(m.group()) or pl_passport_ok(m.group()):
            return True
    return bool(re.fullmatch(r"[A-Z]{2}\d{10,30}", up) and s_iban.is_valid(up))


def kn(fmt):
    """Keep number: '#' digit, '@' capital letter, rest literal; fails every check."""
    for _ in range(10000):
        s = "".join(
            str(R.randint(0, 9))
            if c == "#"
            else R.choice("ABCDEFGHJKLMNPRSTUWXZ")
            if c == "@"
            else c
            for c in fmt
        )
        if not looks_valid(s):
            return s
    raise RuntimeError(fmt)


# ---------------------------------------------------------------- id generators
def dig(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def _date(y0=1956, y1=2003):
    return datetime.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def rc(arg="slash"):
    while True:
        d = _date(1954, 2003)
        mm = d.month + (50 if R.random() < 0.5 else 0)
        n9 = f"{d.year % 100:02d}{mm:02d}{d.day:02d}{dig(3)}"
        c = int(n9) % 11
        if c == 10:
            continue
        n = n9 + str(c)
        assert cz_rc.is_valid(n) and sk_rc.is_valid(n)
        return {
            "slash": n[:6] + "/" + n[6:],
            "plain": n,
            "space": n[:6] + " " + n[6:],
            "sp": n[:6] + " / " + n[6:],
            "dash": n[:6] + "-" + n[6:],
            "grp": f"{n[:2]} {n[2:4]} {n[4:6]} / {n[6:]}",
        }[arg]


def pesel(arg=""):
    d = _date(1950, 2008)
    mm = d.month + (20 if d.year >= 2000 else 0)
    b = f"{d.year % 100:02d}{mm:02d}{d.day:02d}{dig(4)}"
    n = b + pl_pesel.calc_check_digit(b)
    assert pl_pesel.is_valid(n)
    return {"": n, "sp": n[:6] + " " + n[6:]}[arg]


def nip(arg="dash"):
    while True:
        n = dig(10)
        if n[0] != "0" and pl_nip.is_valid(n):
            break
    return {
        "dash": f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}",
        "plain": n,
        "pl": "PL" + n,
        "d2": f"{n[:3]}-{n[3:5]}-{n[5:7]}-{n[7:]}",
    }[arg]


def regon(arg=""):
    while True:
        n = f"{R.randint(1, 9)}{dig(8)}"
        if pl_regon.is_valid(n):
            return n


def ico(arg=""):
    while True:
        n = dig(8)
        if n[0] in "1234567" and cz_dic.is_valid(n):
            return {"": n, "cz": "CZ" + n, "sp": n[:3] + " " + n[3:5] + " " + n[5:]}[arg]


def icdph(arg=""):
    while True:
        n = "20" + dig(8)
        if sk_dph.is_valid("SK" + n):
            return {"": "SK" + n, "sp": "SK " + n, "dic": n}[arg]


def innp(arg=""):
    while True:
        n = dig(10)
        n = n + ru_inn.calc_personal_check_digits(n)
        if n[0] != "0" and ru_inn.is_valid(n):
            return {"": n, "sp": n[:4] + " " + n[4:10] + " " + n[10:]}[arg]


def inno(arg=""):
    while True:
        n = dig(9)
        n = n + ru_inn.calc_company_check_digit(n)
        if n[0] != "0" and ru_inn.is_valid(n):
            return n


def ogrn(arg=""):
    while True:
        n = "3" + dig(14) if arg == "ip" else "1" + dig(12)
        if ru_ogrn.is_valid(n):
            return n


def snils(arg="std"):
    while True:
        d9 = dig(9)
        if d9 > "001001998":
            break
    n = d9 + snils_check(d9)
    assert snils_ok(n)
    return {
        "std": f"{n[:3]}-{n[3:6]}-{n[6:9]} {n[9:]}",
        "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}",
        "plain": n,
        "dash": f"{n[:3]}-{n[3:6]}-{n[6:9]}-{n[9:]}",
    }[arg]


def rupass(arg="sp"):
    s = f"{R.randint(1, 99):02d}{R.randint(0, 24):02d}"
    n = f"{R.randint(1, 9)}{dig(5)}"
    return {
        "sp": f"{s[:2]} {s[2:]} {n}",
        "s4": s + " " + n,
        "plain": s + n,
        "ser": f"{s[:2]} {s[2:]}",
        "num": n,
        "ser4": s,
        "no": s + " № " + n,
    }[arg]


def ruzag(arg=""):
    s, n = f"{R.randint(70, 77):02d}", f"{R.randint(1, 9)}{dig(6)}"
    return {"": s + " " + n, "no": s + " № " + n, "plain": s + n}[arg]


UA_L = "АВЕІКМНОРСТХ"


def uaold(arg=""):
    a = R.choice(UA_L) + R.choice(UA_L)
    n = f"{R.randint(1, 9)}{dig(5)}"
    return {"": a + " " + n, "plain": a + n, "no": a + " № " + n}[arg]


def uaid(arg=""):
    return "00" + f"{R.randint(1, 9)}{dig(6)}"


def unzr(arg=""):
    d = _date(1955, 2004)
    d12 = d.strftime("%Y%m%d") + dig(4)
    n = d12 + unzr_check(d12)
    assert unzr_ok(n)
    return n[:8] + "-" + n[8:]


def rnokpp(arg=""):
    while True:
        n = f"{R.randint(2, 3)}{dig(9)}"
        if ua_rntrc.is_valid(n):
            return n


def edrpou(arg=""):
    while True:
        n = f"{R.randint(2, 4)}{dig(7)}"
        if ua_edrpou.is_valid(n):
            return n


def plid(arg=""):
    while True:
        s = "".join(R.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(3)) + dig(6)
        if pl_idcard_ok(s):
            return s if arg != "sp" else s[:3] + " " + s[3:]


def plpass(arg=""):
    while True:
        s = "".join(R.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(2)) + dig(7)
        if pl_passport_ok(s):
            return s if arg != "sp" else s[:2] + " " + s[2:]


def czop(arg=""):
    return f"{R.randint(1, 9)}{dig(8)}"


def skop(arg=""):
    s = R.choice("ABEHKLMS") + R.choice("ABCDEHKLMNPRSTXZ") + dig(6)
    return s if arg != "sp" else s[:2] + " " + s[2:]


DEA = "CFGHJKLMNPRTVWXYZ0123456789"


def depa(arg="pa"):
    while True:
        s = R.choice("LMNPRTVWXY" if arg == "pa" else "C") + "".join(
            R.choice(DEA) for _ in range(8)
        )
        if sum(c.isalpha() for c in s[1:]) >= 2 and sum(c.isdigit() for c in s) >= 3:
            return s


def ukpass(arg=""):
    return f"{R.randint(1, 9)}{dig(8)}"


def nino(arg="sp"):
    while True:
        p = R.choice("ABCEGHJKLMNPRSTWXYZ") + R.choice("ABCEGHJKLMNPRSTWXYZ")
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    n, s = dig(6), R.choice("ABCD")
    return p + n + s if arg == "plain" else f"{p} {n[:2]} {n[2:4]} {n[4:]} {s}"


def idnr(arg="plain"):
    while True:
        n = f"{R.randint(1, 9)}{dig(10)}"
        if de_idnr.is_valid(n):
            break
    return {
        "plain": n,
        "g": f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}",
        "g2": f"{n[:3]} {n[3:7]} {n[7:]}",
        "dot": f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8:]}",
    }[arg]


def ustid(arg=""):
    while True:
        n = "DE" + f"{R.randint(1, 9)}{dig(8)}"
        if de_vat.is_valid(n):
            return n if arg != "sp" else n[:2] + " " + n[2:5] + " " + n[5:8] + " " + n[8:]


def gbvat(arg="sp"):
    while True:
        n = dig(9)
        if n[0] != "0" and gb_vat.is_valid(n):
            return "GB " + n[:3] + " " + n[3:7] + " " + n[7:] if arg == "sp" else "GB" + n


def card(arg="sp"):
    while True:
        b = R.choice(["4", "51", "53", "55", "2200"])
        n = b + dig(15 - len(b))
        n = n + luhn.calc_check_digit(n)
        if luhn.is_valid(n):
            break
    return n if arg == "plain" else " ".join(n[i : i + 4] for i in range(0, 16, 4))


IBAN_LEN = {"PL": 24, "CZ": 20, "SK": 20, "DE": 18, "GB": None, "UA": 25}


def iban(arg="PL"):
    cc, sp = arg.split(".") if "." in arg else (arg, "sp")
    if cc == "GB":
        bban = "NWBK" + dig(14)
    elif cc == "UA":
        bban = "3" + dig(5) + "0" * 5 + dig(14)
    elif cc in ("CZ", "SK"):
        bban = R.choice(["0800", "0100", "0300", "1100", "0900"]) + "0000" + dig(2) + dig(10)
    else:
        bban = dig(IBAN_LEN[cc])
    chk = 98 - int("".join(str(_val(c)) for c in bban + cc + "00")) % 97
    n = f"{cc}{chk:02d}{bban}"
    assert s_iban.is_valid(n), n
    if sp == "plain":
        return n
    if sp == "nrb":
        return " ".join([n[2:4]] + [n[i : i + 4] for i in range(4, len(n), 4)])
    return " ".join(n[i : i + 4] for i in range(0, len(n), 4))


PH_START = {
    "PL": ["5", "6", "7", "88"],
    "CZ": ["60", "72", "73", "77", "79"],
    "SK": ["90", "91", "94", "95"],
    "RU": ["91", "92", "95", "98"],
    "UA": ["67", "50", "63", "66", "97", "73"],
    "DE": ["151", "160", "170", "171", "176", "30", "89", "40"],
    "GB": ["77", "78", "79", "20"],
}
NSN_LEN = {"PL": 9, "CZ": 9, "SK": 9, "RU": 10, "UA": 9, "DE": None, "GB": 10}


def ph(arg="PL"):
    reg, _, style = arg.partition(".")
    reg = reg.upper()
    while True:
        st = R.choice(PH_START[reg])
        ln = NSN_LEN[reg] or (
            R.choice([10, 11]) if st[0] == "1" else (10 if st == "30" else R.choice([9, 10]))
        )
        nsn = st + dig(ln - len(st))
        num = phonenumbers.parse("+" + REGIONS[reg] + nsn)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == reg:
            break
    cc = REGIONS[reg]
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    e164 = "+" + cc + nsn
    styles = {
        "i": intl,
        "n": nat,
        "e": e164,
        "d": intl.replace(" ", "-", 1 if reg == "RU" else 0),
        "00": "00" + cc + " " + intl.split(" ", 1)[1],
        "nd": nat.replace(" ", "-"),
        "ns": re.sub(r"\D", "", nat),
    }
    if reg == "RU":
        styles["8"] = f"8 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:8]}-{nsn[8:]}"
        styles["n"] = f"8 {nsn[:3]} {nsn[3:6]} {nsn[6:8]} {nsn[8:]}"
        styles["ns"] = "8" + nsn
    if reg == "UA":
        styles["38"] = f"+38 (0{nsn[:2]}) {nsn[2:5]}-{nsn[5:7]}-{nsn[7:]}"
    if reg == "DE":
        styles["0"] = f"+49 (0){nat[1:]}"
        styles["sl"] = nat.replace(" ", "/", 1)
    if reg in ("PL", "CZ", "SK") and len(nsn) == 9:
        styles["g3"] = f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
        styles["i3"] = f"+{cc} {nsn[:3]} {nsn[3:6]} {nsn[6:]}"
    if not style:
        style = R.choice(sorted(styles))
    s = styles[style]
    assert phonenumbers.is_valid_number(phonenumbers.parse(s, reg)), (s, reg)
    return s


def email(arg):
    return arg


GENS = {
    f.__name__: f
    for f in [
        rc,
        pesel,
        nip,
        regon,
        ico,
        icdph,
        innp,
        inno,
        ogrn,
        snils,
        rupass,
        ruzag,
        uaold,
        uaid,
        unzr,
        rnokpp,
        edrpou,
        plid,
        plpass,
        czop,
        skop,
        depa,
        ukpass,
        nino,
        idnr,
        ustid,
        gbvat,
        card,
        iban,
        ph,
        kn,
    ]
}
ID_CHECK = {"pesel": pl_pesel.is_valid}

# ---------------------------------------------------------------- rendering
MARK = re.compile(r"\[\[([a-z.]+)\|(.*?)\]\]", re.S)


def render(tpl):
    out, pii, keep, pos = [], [], [], 0
    length = 0
    for m in MARK.finditer(tpl):
        lit = tpl[pos : m.start()]
        out.append(lit)
        length += len(lit)
        tag, val = m.group(1), m.group(2)
        if val.startswith("$"):
            g, _, a = val[1:].partition(":")
            val = GENS[g](a) if a else GENS[g]()
        start, end = length, length + len(val)
        out.append(val)
        length = end
        if tag.startswith("n."):
            pii.append({"start": start, "end": end, "kind": "name", "context": CTX[tag[2:]]})
        elif tag.startswith("k."):
            what = KEEP[tag[2:]]
            if what in (
                "order_number",
                "invoice_number",
                "ticket_number",
                "tracking_number",
                "product_code",
                "invalid_checksum_number",
            ) and looks_valid(val):
                raise AssertionError(f"keep value looks valid: {val!r}")
            keep.append({"start": start, "end": end, "what": what})
        else:
            pii.append({"start": start, "end": end, "kind": PII_KINDS[tag]})
        pos = m.end()
    out.append(tpl[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, text
    return text, pii, keep


# ================================================================ Polish
PL = [
    """Dzień dobry,
w formularzu reklamacyjnym podałam PESEL [[pesel|$pesel]] zamiast numeru klienta, proszę go usunąć. Właściwy numer klienta to [[k.icn|$kn:##########]], umowa nr [[k.icn|$kn:UM/####/######]].
Pozdrawiam
[[n.g|Jadwiga Kołodziej-Wiśniewska]]""",
    """Szanowna Pani [[n.s|Bożeno]],
w załączeniu skan dowodu osobistego męża (seria i numer [[nid|$plid]]) do wniosku o przyłączenie gazu. Numer punktu poboru: [[k.icn|$kn:PL00########]]. Licznik nr [[k.icn|$kn:#########]].
Z poważaniem, [[n.g|Tadeusz Grab]]""",
    """tu [[n.i|kasia]] z pokoju 214, paszport [[nid|$plpass]] zostawiłam na recepcji przy meldunku, rezerwacja [[k.ord|$kn:@@#######]] — czy ktoś go znalazł? jestem pod numerem [[ph|$ph:PL.g3]]""",
    """Reklamacja zamówienia [[k.ord|$kn:######-####]] z dnia [[k.date|14.02.2024]]
Imię i nazwisko: [[n.o|Marek Żuchowski]]
PESEL:
[[pesel|$pesel]]
Nr dowodu: [[nid|$plid:sp]]
Kwota: [[k.amt|349,99 zł]]""",
    """Nazywam się [[n.i|Agnieszka Pyrć]], jestem pacjentką przychodni od lat. Przy rejestracji telefonicznej pani poprosiła o PESEL, podałam [[pesel|$pesel:sp]], a system pokazał inną osobę urodzoną [[k.date|03.11.1979]]. Proszę o sprawdzenie. Skierowanie nr [[k.icn|$kn:####/##/######]].""",
    """Hej, karta na siłownię [[k.prod|$kn:#### #### ####]] przestała działać na bramce w [[k.brand|Zdrofit]]. Karnet ważny do [[k.date|30.06]]. Dzięki!""",
    """Dzień dobry, w imieniu firmy proszę o korektę faktury [[k.inv|$kn:FV/2024/05/####]] — błędny NIP nabywcy. Prawidłowy: [[tax|$nip:dash]], REGON [[tax|$regon]].
--
[[n.g|Ł. Domagała]]
specjalista ds. zakupów
[[ph|$ph:PL.i3]]""",
    """Pani [[n.s|Haliny]] nie ma dzisiaj w biurze, proszę pytać o [[n.o|Grzegorza Lisa]]. Zgłoszenie [[k.tic|$kn:#########]] zostało przekazane do [[k.team|zespołu reklamacji]].""",
    """W dniu [[k.date|2 marca]] zgubiłem portfel z dowodem osobistym nr[[nid|$plid]] i kartą płatniczą [[card|$card]]. Kartę zastrzegłem, proszę o zablokowanie też karty lojalnościowej [[k.icn|$kn:##############]]. Telefon kontaktowy: [[ph|$ph:PL.00]]
[[n.g|Bartosz Wieczorek]]""",
    """Zgłoszenie szkody do polisy [[k.icn|$kn:@@@##########]]
Poszkodowany: [[n.o|Zenon Sikora]], PESEL [[pesel|$pesel]]
Sprawca: [[n.o|Ewelina Kaczmarczyk]] (PESEL [[pesel|$pesel]])
Nr rejestracyjny: [[k.prod|WPI 4H72]]""",
    """Bardzo proszę o zwrot na konto [[iban|$iban:PL.nrb]]. Numer zwrotu [[k.ord|$kn:ZW-#######]], kwota [[k.amt|1 280,00 PLN]]. Przesyłka nadana w [[k.brand|InPost]], nr [[k.trk|$kn:######################]].""",
    """witam, moja żona [[n.o|beata]] rozmawiała z konsultantem [[k.time|wczoraj o 17:40]], miała przekazać pesel do umowy — piszę go tutaj: [[pesel|$pesel]]. Nr konta abonenckiego [[k.icn|$kn:#.#######]].""",
    """Szkoła Podstawowa nr [[k.qty|12]] w [[k.city|Lublinie]] — karta zgłoszenia dziecka
| Imię i nazwisko dziecka | [[n.o|Szymon Nowak-Jeleń]] |
| PESEL dziecka | [[pesel|$pesel]] |
| Data urodzenia | [[k.date|07.09.2016]] |
| Telefon rodzica | [[ph|$ph:PL.nd]] |""",
    """Dzień dobry, z tej strony [[n.i|Piotr Zalewski]] z Gdańska. Mój paszport ([[nid|$plpass:sp]]) wygasa [[k.date|12.08.2025]], czy mogę nim zameldować się w hotelu? Rezerwacja [[k.ord|$kn:######@@]].""",
    """Dzień dobry Panie [[n.s|Jerzy]],
odnośnie wniosku o kartę mieszkańca: do wniosku trzeba dołączyć numer PESEL ([[pesel|$pesel]]) — tak jak Pan podał — oraz nr dowodu [[nid|$plid]]. Sprawa [[k.tic|$kn:WOM.####.###.2024]]. W razie pytań: [[ph|$ph:PL.nd]] (sekretariat).
[[k.team|Urząd Miasta – Wydział Spraw Obywatelskich]]""",
    """Zamówienie z [[k.brand|Allegro]] nr [[k.ord|$kn:########-####-####-####-############]] nie dotarło. Kod odbioru [[k.icn|$kn:######]], paczkomat [[k.prod|WAW22M]]. Proszę o kontakt: [[ph|$ph:PL.ns]] lub [[em|m.lewandowska88@onet.pl]]""",
    """Pan [[n.o|Kazimierz Wróbel]], ur. [[k.date|19.04.1951]], PESEL[[pesel|$pesel]], zam. [[addr|ul. Lipowa 4/12, 26-600 Radom]] — prośba o wydanie duplikatu legitymacji. Legitymacja emeryta nr [[k.icn|$kn:#######/##]].""",
    """Sklep [[k.street|Marszałkowska 104]] nie przyjął zwrotu, bo paragon nr [[k.inv|$kn:####/###/####]] był wyblakły. Zapłaciłam kartą [[card|$card:plain]]. Proszę o pomoc.
[[n.g|Iwona]]""",
    """W nawiązaniu do rozmowy przesyłam dane do umowy leasingu:
NIP: [[tax|$nip:plain]]
REGON: [[tax|$regon]]
Osoba reprezentująca: [[n.o|Dariusz Kmieć]], dowód [[nid|$plid:sp]]
Oferta nr [[k.ord|$kn:OF/###/24]] na kwotę [[k.amt|86 400 zł netto]].""",
    """Witam, przesyłam dane kierowcy do wypożyczenia auta: [[n.o|Paweł Olszewski]], PESEL [[pesel|$pesel]], prawo jazdy nr [[k.icn|$kn:#####/##/####]]. Odbiór [[k.date|24.07]] o [[k.time|9:00]].""",
    """Od: [[n.o|Renata Górska]] <[[em|renata.gorska@wp.pl]]>
Temat: RE: aktualizacja danych
> Prosimy o podanie numeru PESEL.
[[pesel|$pesel]], a nr konta nadal ten sam.""",
    """Dobry wieczór, czy w [[k.brand|Kakadu]] mogę zamówić karmę dla kota z kodem [[k.prod|$kn:@@######]]? Karta stałego klienta [[k.icn|$kn:#### #### #### ####]].""",
    """Szanowni Państwo,
w dniu [[k.date|5.05.2024]] zapłaciłem za wizytę u dr. [[n.o|Marcinkowskiego]] [[k.amt|250 zł]], a otrzymałem fakturę na cudze dane (NIP [[tax|$nip:d2]]). Moje dane: [[n.o|Witold Pająk]], PESEL [[pesel|$pesel]].
[[k.greet|Z wyrazami szacunku]]""",
    """Czat:
Agent [[n.o|Monika]]: Proszę podać numer dowodu.
Klient: [[nid|$plid]]
Agent [[n.o|Monika]]: Dziękuję, weryfikuję. Numer sprawy [[k.tic|$kn:##########]].""",
    """Dzień dobry, [[k.team|Dział Kadr]] prosi o uzupełnienie: PESEL pracownika [[pesel|$pesel]], nr paszportu (cudzoziemiec) [[nid|$plpass]]. Umowa [[k.icn|$kn:UZ/####/###]].
[[k.greet|Pozdrawiamy]]
[[k.comp|Kadry-Płace Sp. z o.o.]]""",
    """Przepraszam za zamieszanie, mój pesel to [[pesel|$pesel]] a nie [[k.icn|$kn:###########]] jak podałam na infolinii. [[n.g|Zofia Brzęczyszczykiewicz]]""",
    """Zgłaszam awarię internetu od [[k.date|wtorku]]. Router [[k.brand|TP-Link]] Archer, oprogramowanie [[k.ver|1.2.3]]. Numer klienta [[k.icn|$kn:###-###-###]], nr umowy [[k.icn|$kn:## ## ######]]. [[k.greet|Dziękuję]].""",
    """Szanowna Pani Doktor [[n.s|Anno Sobczak]],
przesyłam wyniki córki [[n.o|Julii]] (PESEL: [[pesel|$pesel]]). Badanie z [[k.date|18.01.2024]], nr zlecenia [[k.ord|$kn:##########]].
[[n.g|Krystyna Mazur]]
tel. [[ph|$ph:PL.e]]""",
    """Witam, lot [[k.prod|LO3917]] odwołany, wykupiłam bilet na nazwisko z paszportu [[nid|$plpass]]. Nr rezerwacji [[k.ord|$kn:@@@@#@]]. Proszę o zwrot [[k.amt|1 940 zł]].""",
    """Sprzedawca: [[k.comp|Hurtownia Elektryczna Volt]]
NIP: [[tax|$nip:pl]]
Nabywca: [[n.o|Jan Kowalczyk]] (osoba fizyczna), PESEL [[pesel|$pesel]]
Faktura [[k.inv|$kn:##/##/2024]], kwota [[k.amt|4 199,00 zł]]""",
]

# ================================================================ Czech
CS = [
    """Dobrý den,
jmenuji se [[n.i|Lucie Procházková]], rodné číslo [[rc|$rc:slash]]. Žádám o změnu tarifu u smlouvy č. [[k.icn|$kn:######/####]]. Zákaznické číslo [[k.icn|$kn:#########]].
S pozdravem
[[n.g|L. Procházková]]""",
    """Vážený pane [[n.s|Nováku]],
k pojistné události [[k.tic|$kn:PU-####-#####]] potřebujeme ještě r.č. pojištěného: [[rc|$rc:plain]] a číslo OP [[nid|$czop]]. Částka [[k.amt|12 400 Kč]].
[[k.team|Oddělení likvidace]]""",
    """Přihláška do kurzu plavání
Jméno a příjmení: [[n.o|Tereza Malá]]
Rodné číslo:
[[rc|$rc:slash]]
Zákonný zástupce: Ing. [[n.o|Pavel Malý]]
Telefon: [[ph|$ph:CZ.g3]]""",
    """ahoj, tady [[n.i|honza]], potřebuju vyzvednout balík [[k.trk|$kn:Z#########]] za mámu, má rc [[rc|$rc:plain]], stačí to? Výdejní místo [[k.brand|Zásilkovna]] na [[k.street|Národní 26]].""",
    """Dobrý den, v e-shopu [[k.brand|Alza]] jsem objednal notebook (obj. [[k.ord|$kn:##########]]), na faktuře [[k.inv|$kn:####/####]] je ale chybně IČO [[tax|$ico]] místo mého DIČ [[tax|$ico:cz]].
[[n.g|Radek Šimek]]""",
    """| Pacient | [[n.o|Věra Horáková]] |
| r.č. | [[rc|$rc:slash]] |
| Pojišťovna | [[k.icn|111]] |
| Datum | [[k.date|12. 3. 2024]] |
Paní [[n.o|Horákovou]] prosím objednat na kontrolu za [[k.qty|6 týdnů]].""",
    """Dobrý den pane doktore,
syn [[n.o|Matěj]] (rodné číslo [[rc|$rc:sp]]) má horečku od [[k.date|pondělí]]. Můžeme přijít zítra v [[k.time|8:30]]?
Děkuji, [[n.g|Martina Veselá]]""",
    """Na úřad práce: narozena [[k.date|4. 8. 1985]], r.č. [[rc|$rc:slash]], číslo OP [[nid|$czop]], trvalé bydliště [[addr|Husova 1187/5, 370 01 České Budějovice]]. Spis [[k.tic|$kn:UP/####/##]].""",
    """Dobrý den, zapomněl jsem heslo do aplikace [[k.brand|George]]. Odkaz pro obnovení [[tok|https://login.example-bank.cz/reset?token=8fa2c91d7be04e6a]] mi nefunguje. Verze aplikace [[k.ver|5.14.2]].
[[n.g|Petr Dvořák]]""",
    """Reklamace č. [[k.tic|$kn:RK######]]: vysavač [[k.prod|$kn:@@####]] z [[k.brand|Datart]], kupní cena [[k.amt|4 990 Kč]]. Peníze prosím na účet [[iban|$iban:CZ]].
[[n.g|Kateřina Bílá]], tel. [[ph|$ph:CZ.i]]""",
    """Vážená paní [[n.s|Kučerová]],
potvrzujeme přijetí žádosti o hypotéku. Pro dokončení doplňte prosím údaj rodného čísla spoludlužníka: [[rc|$rc:plain]] (uvedeno v příloze) — a číslo občanského průkazu [[nid|$czop]]. Číslo žádosti [[k.icn|$kn:##########]], linka [[ph|$ph:CZ.e]].
[[k.team|Tým hypoték]], [[k.brand|Moneta]]""",
    """Dne [[k.date|2. 5.]] mi v posilovně [[k.brand|Form Factory]] nevzali permanentku [[k.prod|$kn:#########]]. Vyřizoval to kolega [[n.o|Ondra]] z recepce, nic nevyřešil.""",
    """Od: [[n.o|Jitka Pokorná]] <[[em|jitka.pokorna@seznam.cz]]>
Odesláno: [[k.date|pondělí 3. června 2024]] [[k.time|10:12]]
Předmět: rodne cislo pro pojistku
Rodne cislo: [[rc|$rc:plain]], cislo pojistky [[k.icn|$kn:##########]]""",
    """Objednávka [[k.ord|$kn:######-####]] — dodací list [[k.icn|$kn:DL######]]. Dodavatel IČ [[tax|$ico]], DIČ [[tax|$ico:cz]]. Hmotnost [[k.qty|18 kg]].
[[k.greet|S pozdravem]]
[[k.comp|Stavebniny Kámen s.r.o.]]""",
    """Zdravím, volá mi pořád nějaké číslo [[k.icn|$kn:### ### ##]] (neúplné) a chtějí po mně RČ. Dala jsem jim jen datum narození [[k.date|21.09.1990]]. Je to od vás? [[n.g|Eva]]""",
    """Dobrý den,
já, [[n.i|Miroslav Kratochvíl]], nar. [[k.date|1.1.1962]], RČ: [[rc|$rc:sp]], zmocňuji manželku [[n.o|Danu Kratochvílovou]] k převzetí zásilky [[k.trk|$kn:DR####################]].""",
    """Formulář — změna dodavatele elektřiny
EAN: [[k.icn|$kn:859182400############]]
Zákazník: Bc. [[n.o|Filip Urban]]
rodné číslo [[rc|$rc:plain]]
Adresa odběru: [[addr|Palackého 12, 602 00 Brno]]""",
    """Tady [[n.i|Alena]] z recepce hotelu [[k.brand|Pupp]]. Host ve 312 nechal pas č. [[nid|$czop]], odjezd [[k.date|18.6.]], rezervace [[k.ord|$kn:#########]].""",
    """Pane [[n.s|Vojtěchu]], posílám čísla: smlouva [[k.icn|$kn:####-####-##]], variabilní symbol [[k.icn|$kn:##########]], a moje RČ pro kontrolu [[rc|$rc:slash]]. Díky, [[n.g|Jarda]]""",
    """Dobrý den, platba kartou [[card|$card]] byla stržena dvakrát ([[k.amt|2× 899 Kč]]), číslo transakce [[k.icn|$kn:################]]. Prosím o vrácení.
Ing. [[n.g|Zuzana Marková]]
[[k.job|vedoucí oddělení]] | [[k.comp|Pivovar Klášter a.s.]]""",
    """Potvrzení o studiu
Student: [[n.o|Adam Černý]], narozen [[k.date|15.10.2004]], r. č. [[rc|$rc:sp]]
Studijní program [[k.prod|B0413A050001]], ročník [[k.qty|2]].
[[k.team|Studijní oddělení]]""",
    """Kurýr [[k.brand|PPL]] tvrdí, že zásilka [[k.trk|$kn:############]] byla doručena. Nic jsem nedostal. Volejte prosím na [[ph|$ph:CZ.00]].""",
    """Přeposílám:
> Dne [[k.date|pá 7. 6. 2024]] v [[k.time|9:15]] [[n.o|Roman Svoboda]] napsal(a):
> doklad: OP [[nid|$czop]], rodne cislo [[rc|$rc:plain]]
Prosím zpracovat. [[n.g|Hana]]""",
    """Autoservis [[k.brand|Škoda Auto]] — zakázkový list [[k.ord|$kn:ZL-#####]]. VIN [[k.prod|TMBJJ7NE4F0123456]] (pozor, neplatné číslo), km [[k.qty|148 230]]. Zákazník: pan [[n.o|Šťastný]].""",
    """Dobrý den, moje číslo pojištěnce je rodné číslo [[rc|$rc:slash]], zdravotní pojišťovna VZP. Mobil [[ph|$ph:CZ.i3]]. Pojistné za [[k.date|květen]] [[k.amt|2 968 Kč]] jsem platil z účtu [[iban|$iban:CZ.plain]].""",
    """Ahoj [[n.s|Petro]], na schůzku zítra přijde i Mgr. [[n.o|Jana Vávrová]] z účetní firmy. Ticket [[k.tic|$kn:HD-######]].""",
    """Ve škole [[k.comp|ZŠ Komenského]] prosíme vyplnit: číslo OP zákonného zástupce [[nid|$czop]] a rodné číslo žáka [[rc|$rc:dash]]. Termín do [[k.date|30. září]].""",
    """Faktura [[k.inv|$kn:2024######]] za veterinární ošetření psa (čip [[k.icn|$kn:203098100######]]), částka [[k.amt|1 350 Kč]]. [[k.greet|Děkujeme za návštěvu]].
[[k.comp|Veterinární klinika Bulldog]]""",
    """Dobrý den, [[n.i|Marek Hrubý]] z firmy [[k.comp|Hrubý Logistik]]. Slovenský partner má IČ DPH [[tax|$icdph]], my IČO [[tax|$ico]]. Objednávka [[k.ord|$kn:PO######]].""",
    """Potřebuji potvrdit, že letenka [[k.ord|$kn:@@@#@@]] je na jméno z pasu [[nid|$czop]]. Let [[k.prod|OK0724]] dne [[k.date|14. 8.]].""",
]

# ================================================================ Slovak
SK = [
    """Dobrý deň,
volám sa [[n.i|Miroslava Hudecová]] a chcem zmeniť údaje v zmluve č. [[k.icn|$kn:######/####]]. Moje rodné číslo: [[rc|$rc:slash]], občiansky preukaz č. [[nid|$skop]].
Ďakujem""",
    """Vážená pani [[n.s|Baranová]],
Vaša žiadosť o kartu poistenca bola prijatá pod číslom [[k.tic|$kn:ZP-#######]]. Rodné číslo v žiadosti [[rc|$rc:plain]] sme overili.
[[k.team|Zákaznícke centrum]] [[k.brand|Dôvera]]""",
    """Pane [[n.s|Kováč]], posielam údaje na zmluvu:
meno: [[n.o|Ján Kováč]] ml.
r.č.: [[rc|$rc:slash]]
číslo OP: [[nid|$skop:sp]]
IBAN: [[iban|$iban:SK]]
[[n.g|Peter]]""",
    """čau, tu [[n.i|maťo]], v posilke [[k.brand|Golem]] mi nejde čipová karta [[k.prod|$kn:########]], členstvo do [[k.date|31.12.]]. dík""",
    """Dobrý deň, objednávka [[k.ord|$kn:##########]] z [[k.brand|Martinus]] prišla poškodená. Tovar: kniha za [[k.amt|18,90 €]]. Vráťte peniaze prosím na účet [[iban|$iban:SK.plain]].
S pozdravom [[n.g|Zuzana Oravcová]]""",
    """Potvrdzujem, že Mgr. [[n.o|Ľubomír Šťastný]], nar. [[k.date|22.05.1974]], rodné číslo [[rc|$rc:sp]], trvale bytom [[addr|Hlavná 45, 040 01 Košice]], je zamestnancom firmy od [[k.date|1.3.2019]].
[[k.team|Personálne oddelenie]]""",
    """Faktúra [[k.inv|$kn:FA2024####]]
Dodávateľ: [[k.comp|Agro Záhorie s.r.o.]], IČO [[tax|$ico]], IČ DPH [[tax|$icdph]]
Splatnosť [[k.date|15.07.2024]], suma [[k.amt|2 460,00 EUR]]""",
    """Dobrý deň pani doktorka,
syn [[n.o|Samuel]] má rc [[rc|$rc:plain]], potrebujeme potvrdenie do škôlky. Môžem prísť o [[k.time|14:00]]? [[n.g|Katka Mikulová]], [[ph|$ph:SK.n]]""",
    """Chat:
Operátor [[n.o|Tomáš]]: Uveďte prosím číslo občianskeho preukazu.
Zákazník: [[nid|$skop]]
Operátor [[n.o|Tomáš]]: Ďakujem. Ticket [[k.tic|$kn:#######]].""",
    """Prihláška na ubytovanie — internát
Meno: [[n.o|Natália Bôriková]]
Rodné číslo [[rc|$rc:slash]]
Číslo OP [[nid|$skop]]
Izba č. [[k.qty|214]], platba [[k.amt|95 €]] mesačne""",
    """Dobrý deň, v predajni [[k.street|Obchodná 8]] mi predali nefunkčný telefón [[k.brand|Samsung]] (IMEI [[k.icn|$kn:35#############]]). Pokladničný doklad [[k.inv|$kn:####-####-####]].
Ing. [[n.g|Rastislav Benko]]""",
    """Odkaz na obnovu hesla: [[tok|https://moja.example.sk/obnova?kluc=Q7f3KdX9pL2mZ8vR]] — platný [[k.qty|24 hodín]]. Ak ste o obnovu nežiadali, kontaktujte [[k.team|podporu]].""",
    """Dňa [[k.date|18.4.]] som volala na infolinku, pán [[n.o|Galko]] mi povedal, nech pošlem rodné číslo mailom. Posielam: [[rc|$rc:slash]]. Číslo odberného miesta [[k.icn|$kn:#########]].
[[n.g|Oľga Machová]]""",
    """Ahoj [[n.s|Janko]], preposielam od [[n.o|Daniely]]:
---------- Preposlaná správa ----------
Od: [[n.o|Daniela Vrbová]] <[[em|dvrbova@azet.sk]]>
cislo OP: [[nid|$skop]]; rodne cislo [[rc|$rc:plain]]""",
    """Dobrý deň, poisťovňa žiada číslo pasu a rodné číslo. Pas: [[nid|$skop]], RČ [[rc|$rc:dash]]. Poistná zmluva [[k.icn|$kn:##########]].""",
    """Kuriér [[k.brand|Packeta]]: zásielka [[k.trk|$kn:Z #### ### ###]] čaká na výdajnom mieste do [[k.date|piatku]]. Kód na vyzdvihnutie [[k.icn|$kn:######]].""",
    """Mestský úrad — žiadosť o parkovaciu kartu
Žiadateľ: [[n.o|Igor Šimko]]
rodné číslo [[rc|$rc:slash]], č. OP [[nid|$skop]]
EČV: [[k.prod|BA-123XY]]
Poplatok: [[k.amt|50 €]]""",
    """Dobrý deň, ja [[n.i|Dominika Sládková]] reklamujem vyúčtovanie [[k.inv|$kn:####/######]] za plyn, spotreba [[k.qty|1 240 m3]] je nereálna. Číslo zákazníka [[k.icn|$kn:##########]]. Volajte [[ph|$ph:SK.g3]] po [[k.time|16:00]].""",
    """Zdravím, na letenku [[k.ord|$kn:@@#@@@]] som zadala číslo OP [[nid|$skop]] namiesto pasu. Let [[k.prod|W6 2115]] [[k.date|6. júla]]. Dá sa to opraviť? [[n.g|Veronika]], [[ph|$ph:SK.e]]""",
    """Vážený pán Ing. [[n.s|Horváth]],
s Vaším rodným číslom [[rc|$rc:plain]] sme našli dve zmluvy: [[k.icn|$kn:######-####]] a [[k.icn|$kn:######-####]].
[[k.greet|S pozdravom]]
[[k.team|Tím zákazníckej podpory]]""",
    """Servis: auto [[k.brand|Kia]] Ceed, zákazka [[k.ord|$kn:SZ/####]], cena [[k.amt|312,40 €]]. Platené kartou [[card|$card]]. Kontakt [[ph|$ph:SK.i]].""",
    """Pre [[k.comp|ZŠ Mudroňova]]: žiak [[n.o|Tobiáš Kollár]], rodné číslo [[rc|$rc:sp]], trieda [[k.prod|5.B]]. Obed [[k.amt|1,90 €]]/deň.""",
    """Dobrý večer, prosím zrušiť objednávku [[k.ord|$kn:#########]] — [[k.greet|ďakujem]]. Platba prebehla [[k.date|včera]] o [[k.time|21:14]], suma [[k.amt|64,80 €]].""",
    """Hotel [[k.brand|Kempinski]]: hosť [[n.o|Matúš Lenhart]], pas [[nid|$skop:sp]], príchod [[k.date|12.08.2024]], rezervácia [[k.ord|$kn:#########]].""",
    """Dobrý deň,
v prílohe posielam kópiu OP (č. [[nid|$skop]]) a potvrdenie o príjme. Moja manželka [[n.o|Simona]] má rodné číslo [[rc|$rc:slash]].
S pozdravom
[[n.g|Marek Ďurica]]
[[ph|$ph:SK.00]]""",
    """Objednávka chovateľských potrieb [[k.ord|$kn:CH-######]] — [[k.brand|Royal Canin]] [[k.qty|10 kg]], cena [[k.amt|54,99 €]]. Zákaznícka karta [[k.prod|$kn:#### #### ####]].""",
    """Dobrý deň, pani [[n.s|Jana]], potvrdzujem termín u zubára na [[k.time|10:30]]. Poisťovňa potrebuje r. č. pacienta: [[rc|$rc:plain]]. MUDr. [[n.g|Pavol Sedlák]]""",
    """Odberateľ: [[n.o|Branislav Hronec]] – SZČO
IČO: [[tax|$ico]]
DIČ [[tax|$icdph:dic]]
Dodací list [[k.icn|$kn:DL-2024-#####]]""",
    """Dobrý deň, číslo môjho občianskeho preukazu je [[nid|$skop]] a rodné číslo je [[rc|$rc:slash]]. Prečo mi banka zamietla úver [[k.icn|$kn:#########]]? [[n.g|Renáta Kišová]]""",
    """Týždenná správa [[k.team|obchodného tímu]]: [[k.qty|48]] nových zmlúv, priemer [[k.amt|1 200 €]], rast [[k.pct|12 %]]. Ďalšia porada [[k.date|v pondelok]] o [[k.time|9:00]].""",
]

# ================================================================ Russian
RU = [
    """Здравствуйте!
Меня зовут [[n.i|Ольга Сергеевна Белова]]. При оформлении полиса [[k.icn|$kn:ХХХ ##########]] оператор ошибся в паспорте: правильно серия [[nid|$rupass:ser]] номер [[nid|$rupass:num]], а не [[k.icn|$kn:## ## ######]].
С уважением, [[n.g|О. С. Белова]]""",
    """Уважаемый [[n.s|Игорь Петрович]],
для выплаты по договору [[k.icn|$kn:##-######/##]] пришлите, пожалуйста, СНИЛС [[nid|$snils:std]] и ИНН [[nid|$innp]].
[[k.team|Отдел расчётов]] [[k.brand|Сбер]]""",
    """Анкета клиента
ФИО: [[n.o|Кузнецов Дмитрий Алексеевич]]
Паспорт: [[nid|$rupass:sp]]
СНИЛС:
[[nid|$snils:sp]]
Телефон: [[ph|$ph:RU.8]]""",
    """привет, это [[n.i|вика]] из 305-й, заказ [[k.ord|$kn:#########-####]] с [[k.brand|Ozon]] забрала, а чек где? ИНН мой [[nid|$innp]] для вычета""",
    """Добрый день! Загранпаспорт [[nid|$ruzag]] получен, бронь [[k.ord|$kn:@@####]] в отеле [[k.brand|Азимут]] на [[k.date|14.09]] подтверждаю. [[n.g|Максим Лебедев]]""",
    """Прошу перерасчёт по лицевому счёту [[k.icn|$kn:##########]]: показания счётчика [[k.icn|$kn:№ ########]] — [[k.qty|04512 кВт·ч]]. Собственник [[n.o|Зайцева Н. В.]], СНИЛС [[nid|$snils:plain]].""",
    """Клиника «[[k.brand|Медси]]» — запись:
Пациент: [[n.o|Соколова Анна Викторовна]], дата рождения [[k.date|12.03.1988]]
полис ОМС [[k.icn|$kn:################]]
СНИЛС [[nid|$snils:dash]]
Приём [[k.time|в 11:20]]""",
    """От: [[n.o|Павел Орлов]] <[[em|p.orlov@mail.ru]]>
Дата: [[k.date|пн, 3 июня 2024 г.]]
> паспорт серия [[nid|$rupass:ser4]] № [[nid|$rupass:num]] выдан [[k.date|15.05.2015]]
Пересылаю для договора аренды. [[n.g|Ирина]]""",
    """Добрый вечер, карта лояльности [[k.prod|$kn:#### #### #### ####]] в «[[k.brand|Пятёрочке]]» не начисляет баллы. Покупка на [[k.amt|1 342 ₽]], чек [[k.inv|$kn:####]].""",
    """Уважаемая [[n.s|Марина Владимировна]]!
Для заключения договора поставки направляем реквизиты: ИНН [[tax|$inno]], ОГРН [[tax|$ogrn]], договор [[k.icn|$kn:№ ДП-###/24]].
Генеральный директор [[n.g|А. Н. Смирнов]]""",
    """Оператор [[n.o|Елена]]: назовите паспортные данные.
Клиент: [[nid|$rupass:plain]]
Оператор [[n.o|Елена]]: спасибо, заявка [[k.tic|$kn:#########]] создана.""",
    """Я, [[n.i|Васильев Константин Игоревич]], паспорт [[nid|$rupass:no]], доверяю получить посылку [[k.trk|$kn:RA#########RU]] моей жене [[n.o|Васильевой Татьяне]].""",
    """В заявлении на вычет указал ИНН[[nid|$innp]], но налоговая пишет, что ИНН не совпадает. Номер обращения [[k.tic|$kn:#####-###]]. Помогите! [[n.g|Руслан]]""",
    """Здравствуйте, возврат за заказ [[k.ord|$kn:##########]] прошу перевести на карту [[card|$card]]. Сумма [[k.amt|7 890 руб.]]. Покупатель [[n.o|Ковалёва Е.]]""",
    """Школа №[[k.qty|57]], заявление о зачислении:
| ФИО ребёнка | [[n.o|Морозов Артём]] |
| СНИЛС | [[nid|$snils:std]] |
| Свидетельство о рождении | [[k.icn|$kn:IV-МЮ №######]] |
| Дата рождения | [[k.date|02.02.2017]] |""",
    """Автосервис «[[k.brand|Форсаж]]»: заказ-наряд [[k.ord|$kn:ЗН-#####]], пробег [[k.qty|96 400 км]]. Владелец [[n.o|Гусев И. П.]], тел. [[ph|$ph:RU.i]]. Итого [[k.amt|23 450 ₽]].""",
    """Добрый день! Меня зовут [[n.i|Алина]], я хочу сменить тариф. Данные: паспорт [[nid|$rupass:s4]], адрес регистрации [[addr|ул. Садовая, д. 17, кв. 4, Тверь]]. Лицевой счёт [[k.icn|$kn:### ### ###]].""",
    """Доброго времени суток, в личном кабинете [[k.brand|Госуслуги]] отображается чужой СНИЛС [[nid|$snils:std]] вместо моего. Обращение [[k.tic|$kn:##########]] от [[k.date|вчерашнего дня]]. Мой тел.[[ph|$ph:RU.e]]""",
    """Уважаемый [[n.s|Сергей]]!
Подтверждаем бронирование [[k.ord|$kn:#######]] в отеле «[[k.brand|Космос]]». Для заселения иностранного гостя нужен паспорт, для гражданина РФ — паспорт серии [[nid|$rupass:ser]] (как вы указали). [[k.greet|С уважением]], [[k.team|служба бронирования]]""",
    """Индивидуальный предприниматель [[n.o|Фролов Олег Юрьевич]]
ИНН [[nid|$innp]]
ОГРНИП [[tax|$ogrn:ip]]
Счёт [[k.inv|$kn:№ ###]] от [[k.date|01.04.2024]]""",
    """Здравствуйте, в [[k.brand|Wildberries]] пришли не те кроссовки, артикул [[k.prod|$kn:#########]] вместо [[k.prod|$kn:#########]]. [[n.g|Дарья]]""",
    """Пишу по поводу абонемента в фитнес-клуб [[k.brand|World Class]]: карта [[k.prod|$kn:##########]] заблокирована после заморозки на [[k.qty|30 дней]]. Мой номер [[ph|$ph:RU.n]].""",
    """Доверенность
Я, [[n.i|Никитина Людмила Петровна]], паспорт серия [[nid|$rupass:ser]] номер [[nid|$rupass:num]], ИНН [[nid|$innp:sp]], доверяю [[n.o|Никитину Андрею Сергеевичу]] представлять мои интересы.""",
    """Заявка [[k.tic|$kn:#-########]]: интернет не работает с [[k.time|08:00]]. Роутер [[k.brand|Keenetic]], прошивка [[k.ver|4.1.7]]. Договор [[k.icn|$kn:#########]]. Перезвоните на [[ph|$ph:RU.ns]].""",
    """Привет, [[n.s|Лёша]]! Скинь, пожалуйста, свой СНИЛС для отдела кадров: у меня записан [[nid|$snils:sp]], не уверена, что верно. [[n.g|Света]]""",
    """Для оформления визы нужны: загранпаспорт [[nid|$ruzag:no]], справка с работы, выписка. Рейс [[k.prod|SU2134]] [[k.date|20 августа]], бронь [[k.ord|$kn:@@@@@@]].""",
    """Компания [[k.comp|ООО «Вектор Плюс»]], ИНН [[tax|$inno]]. Контактное лицо — [[n.o|Ефимова Наталья]], [[em|n.efimova@vector-plus.ru]], [[ph|$ph:RU.e]].""",
    """Ветклиника «[[k.brand|Белый клык]]»: кот Барсик, чип [[k.icn|$kn:643##########0]], прививка [[k.date|10.10.2023]]. Владелец [[n.o|Тимофеева О.]]""",
    """Здравствуйте! Номер вашего обращения [[k.tic|$kn:###-###-###]]. Специалист свяжется с вами в течение [[k.qty|2 рабочих дней]]. [[k.greet|Спасибо, что выбрали нас]]!""",
    """Пишет [[n.i|Геннадий Борисович Шаров]]. Прошу исправить в базе мой ИНН на [[nid|$innp]] и СНИЛС на [[nid|$snils:std]]; паспорт [[nid|$rupass:sp]] — без изменений. Договор [[k.icn|$kn:№ ##/####]].""",
]

# ================================================================ Ukrainian
UK = [
    """Добрий день!
Мене звати [[n.i|Оксана Петрівна Гнатюк]]. Прошу виправити номер паспорта в договорі [[k.icn|$kn:№ ###/####]]: правильний [[nid|$uaold]], а не [[k.prod|$kn:@@######]].
З повагою, [[n.g|О. Гнатюк]]""",
    """Шановний пане [[n.s|Олеже]],
для оформлення виплати потрібні: РНОКПП [[nid|$rnokpp]], ID-картка № [[nid|$uaid]], запис № [[nid|$unzr]].
[[k.team|Відділ кадрів]]""",
    """Анкета
ПІБ: [[n.o|Мельник Тарас Іванович]]
Паспорт (ID-картка): [[nid|$uaid]]
УНЗР:
[[nid|$unzr]]
Моб.: [[ph|$ph:UA.38]]""",
    """привіт, це [[n.i|дмитро]], замовлення [[k.ord|$kn:#########]] з [[k.brand|Rozetka]] не прийшло, ТТН [[k.trk|$kn:20450#########]] нова пошта пише доставлено ((""",
    """Пані [[n.s|Галино]], нагадую: на прийом до лікаря [[k.time|о 15:40]], візьміть паспорт [[nid|$uaold:plain]] і код [[nid|$rnokpp]]. Направлення [[k.icn|$kn:####-####-####-####]].""",
    """Від: [[n.o|Андрій Ковальчук]] <[[em|a.kovalchuk@ukr.net]]>
Надіслано: [[k.date|вт, 4 червня 2024]] [[k.time|09:02]]
> ІПН: [[nid|$rnokpp]]
> паспорт [[nid|$uaold]]
Переслано для договору оренди. [[n.g|Юля]]""",
    """Добрий вечір, картка лояльності [[k.prod|$kn:#############]] у [[k.brand|Сільпо]] не працює на касі. Покупка [[k.amt|864 грн]], чек [[k.inv|$kn:####-####]].""",
    """ФОП [[n.o|Ткаченко Сергій Миколайович]]
РНОКПП [[nid|$rnokpp]]
IBAN [[iban|$iban:UA]]
Рахунок-фактура [[k.inv|$kn:СФ-#####]] від [[k.date|15.03.2024]]""",
    """Я, [[n.i|Бондаренко Ірина Василівна]], паспорт серії [[nid|$uaold:no]], виданий [[k.date|12.06.2001]], прошу видати довідку про склад сім'ї. Особовий рахунок [[k.icn|$kn:##########]].""",
    """Оператор [[n.o|Наталія]]: продиктуйте, будь ласка, номер ID-картки.
Клієнт: [[nid|$uaid]], запис [[nid|$unzr]]
Оператор [[n.o|Наталія]]: дякую, звернення [[k.tic|$kn:##########]].""",
    """Компанія [[k.comp|ТОВ «Агроресурс»]], код ЄДРПОУ [[tax|$edrpou]]. Контактна особа — [[n.o|Литвиненко Олена]], [[ph|$ph:UA.i]]. Договір поставки [[k.icn|$kn:№ ##-##/24]].""",
    """Добрий день, у застосунку [[k.brand|Дія]] відображається старий паспорт [[nid|$uaold]], хоча вже є ID-картка [[nid|$uaid]]. Версія [[k.ver|4.2.1]].""",
    """Шановна [[n.s|Людмило Іванівно]]!
Повідомляємо, що платіж за договором [[k.icn|$kn:##########]] надійшов [[k.date|3 травня]]. Сума [[k.amt|12 500,00 грн]].
[[k.greet|З повагою]], [[k.team|бухгалтерія]]""",
    """Заява про зарахування до школи №[[k.qty|114]]
Дитина: [[n.o|Шевчук Марко]]
Свідоцтво про народження: [[k.icn|$kn:I-БК №######]]
Код РНОКПП дитини: [[nid|$rnokpp]]
Запис № [[nid|$unzr]]""",
    """Мій чоловік [[n.o|Володимир]] загубив паспорт ([[nid|$uaold]]), а в понеділок рейс [[k.prod|PS 9102]]. Бронювання [[k.ord|$kn:@@@@@@]]. Що робити? Мій номер [[ph|$ph:UA.n]].""",
    """СТО «[[k.brand|Автомакс]]»: замовлення-наряд [[k.ord|$kn:ЗН-######]], авто [[k.brand|Renault]] Megane, пробіг [[k.qty|187 000 км]]. Оплата карткою [[card|$card]].""",
    """На зв'язку [[n.i|Ярослав]] з [[k.comp|ІТ-Сервіс]]. Для реєстрації в кабінеті потрібні ваш ІПН ([[nid|$rnokpp]]) та номер телефону, наприклад [[ph|$ph:UA.n]]. Тікет [[k.tic|$kn:IT-#####]].""",
    """Добрий день, пане [[n.s|Богдане]]! Комунальні платежі: особовий рахунок [[k.icn|$kn:#########]], лічильник [[k.icn|$kn:№ ########]], показник [[k.qty|03421]]. [[n.g|Марія Савчук]]""",
    """| ПІБ | [[n.o|Коваленко Віктор Петрович]] |
| Паспорт | [[nid|$uaold]] |
| РНОКПП | [[nid|$rnokpp]] |
| Телефон | [[ph|$ph:UA.e]] |""",
    """Прошу повернути [[k.amt|1 299 грн]] за замовлення [[k.ord|$kn:##########]] на картку [[card|$card:plain]]. [[n.g|Катерина Остапенко]]""",
    """Вітаю! Це [[n.i|Вікторія]] з готелю «[[k.brand|Прем'єр Палац]]». Гість залишив ID-картку №[[nid|$uaid]] на рецепції, номер бронювання [[k.ord|$kn:#######]].""",
    """Зоомагазин [[k.brand|MasterZoo]]: замовлення [[k.ord|$kn:MZ-#######]], корм [[k.qty|12 кг]], знижка [[k.pct|15%]]. Дякуємо!""",
    """Довідка
Видана [[n.o|Романенко Світлані Олегівні]], [[k.date|1989]] р.н., РНОКПП [[nid|$rnokpp]], в тому, що вона працює в [[k.comp|ТОВ «Лан»]] на посаді [[k.job|головного бухгалтера]].""",
    """Пересилаю лист:
> [[k.date|27.05.2024]] о [[k.time|18:11]] [[n.o|Олександр Павленко]] пише:
> паспорт: [[nid|$uaold:no]]; ІПН [[nid|$rnokpp]]
[[n.g|Таня]]""",
    """Інтернет не працює з ранку. Договір [[k.icn|$kn:##########]], роутер [[k.brand|TP-Link]], прошивка [[k.ver|3.16.9]]. Заявка [[k.tic|$kn:####-#####]]. Контакт: [[ph|$ph:UA.38]]""",
    """Прошу внести зміни: новий закордонний паспорт [[nid|$skop]], РНОКПП без змін. Рейс [[k.prod|PQ 7120]] [[k.date|12 липня]]. [[n.g|Петро Кравець]]""",
    """Шановні колеги, реквізити для оплати: [[k.comp|ПП «Будсервіс»]], ЄДРПОУ [[tax|$edrpou]], IBAN [[iban|$iban:UA.plain]]. Рахунок [[k.inv|$kn:№ ###]] на суму [[k.amt|48 000 грн]].""",
    """Добрий день, звертаюся до вас я, [[n.i|Мирослава Кушнір]]. Мій номер облікової картки платника податків [[nid|$rnokpp]], ID-картка [[nid|$uaid]], запис №[[nid|$unzr]].""",
    """Нова пошта: відправлення [[k.trk|$kn:59######## ####]] прибуло у відділення №[[k.qty|12]]. Отримувач [[n.o|Гаврилюк Н.]], код отримання [[k.icn|$kn:######]].""",
    """Повідомлення для абонента: ваш пакет «[[k.brand|Київстар]] Безлім» продовжено до [[k.date|30.06.2024]]. Баланс [[k.amt|43,20 грн]]. [[k.greet|Дякуємо, що з нами]]!""",
]

# ================================================================ English
EN = [
    """Hi there,
my name is [[n.i|Oliver Hartley]] and I need to update my details. My National Insurance number is [[nid|$nino:sp]], not [[k.icn|$kn:@@ ## ## ## @]] as on the form. Policy [[k.icn|$kn:POL-#########]].
Thanks, [[n.g|Oliver]]""",
    """Dear Mrs [[n.s|Patel]],
thank you for your passport application. We have your old passport number [[nid|$ukpass]] on file. Reference [[k.tic|$kn:#########/##]].
[[k.team|HM Passport Office Customer Services]]""",
    """Booking [[k.ord|$kn:@@@#@@]] — guest [[n.o|Daniel O'Connor]], passport [[nid|$ukpass]], arrival [[k.date|14 Aug]], flight [[k.prod|BA0283]]. Card on file [[card|$card]].""",
    """hey its [[n.i|sam]] again, gym pass [[k.prod|$kn:#########]] still wont scan at [[k.brand|PureGym]] Leeds. membership since [[k.date|March]]""",
    """Payroll query
Name: [[n.o|Chloe Abbott-Reid]]
NI No.: [[nid|$nino:plain]]
Employee no: [[k.icn|$kn:########]]
Tax code: [[k.prod|1257L]]""",
    """Hello, this is Dr. [[n.i|Priya Nair]] from the [[k.comp|Riverside Medical Centre]]. Could you confirm the NHS number for Mr. [[n.o|Hughes]]? We have [[k.icn|$kn:### ### ####]] which fails the check. Call me on [[ph|$ph:GB.n]].""",
    """Good afternoon,
I paid invoice [[k.inv|$kn:INV-######]] twice ([[k.amt|£420.00]] each). Please refund to [[iban|$iban:GB]].
Kind regards,
[[n.g|Margaret Ellison]]
[[k.job|Office Manager]], [[k.comp|Ellison & Webb Ltd]]""",
    """Agent [[n.o|Ryan]]: Can I take your NI number for security?
Customer: [[nid|$nino:sp]]
Agent [[n.o|Ryan]]: Thanks, your case is [[k.tic|$kn:CAS-#######-@#@#]].""",
    """Supplier details for our records: [[k.comp|Northgate Timber Ltd]], VAT reg. [[tax|$gbvat:sp]], company no. [[k.icn|$kn:########]]. PO [[k.ord|$kn:PO-#####]].""",
    """My husband [[n.o|Graham]] lost his passport ([[nid|$ukpass]]) on the [[k.brand|Eurostar]] [[k.prod|9014]] on [[k.date|2 June]]. Lost property ref [[k.tic|$kn:LP######]]. Mobile: [[ph|$ph:GB.i]]""",
    """From: [[n.o|Fiona McLeod]] <[[em|fiona.mcleod@btinternet.com]]>
Sent: [[k.date|Tuesday, 4 June 2024]] [[k.time|16:05]]
> NINO [[nid|$nino:sp]]
> DOB [[k.date|12/03/1988]]
Forwarding for the pension transfer. — [[n.g|Alan]]""",
    """Password reset: [[tok|https://account.example.co.uk/reset/7Hf2kQ9xLm3ZpR8v?uid=55102]] (expires in [[k.qty|30 minutes]]). If this wasn't you, contact [[k.team|Support]].""",
    """Hi [[n.s|Tom]], the courier ([[k.brand|DPD]]) says parcel [[k.trk|$kn:############]] was left with a neighbour at [[addr|14 Rosebery Avenue]]. Can you check? [[n.g|Jess]]""",
    """Registration form — Hillside Primary
| Child | [[n.o|Leo Brennan]] |
| DOB | [[k.date|07/09/2016]] |
| Parent NI number | [[nid|$nino:plain]] |
| Phone | [[ph|$ph:GB.i]] |""",
    """I'm [[n.i|Joanna Wiśniewska]], a Polish citizen living in [[k.city|Bristol]]. For the tenancy I sent my Polish ID card [[nid|$plid]] and PESEL [[pesel|$pesel]]. Tenancy ref [[k.icn|$kn:TEN/####/##]].""",
    """Garage job sheet [[k.ord|$kn:JS-#####]]: [[k.brand|Ford]] Focus, reg [[k.prod|KX19 RTO]], mileage [[k.qty|64,210]]. Customer Mr. [[n.o|Singh]], [[ph|$ph:GB.e]]. Total [[k.amt|£286.40]].""",
    """Dear Sir or Madam,
I enclose a copy of my passport (no. [[nid|$ukpass]]) and my NI number [[nid|$nino:sp]] for the right-to-work check. Start date [[k.date|1 July]].
Yours faithfully,
[[n.g|Kwame Asante]]""",
    """Our order [[k.ord|$kn:##########]] from [[k.brand|John Lewis]] arrived damaged. Item code [[k.prod|$kn:###/#####]], price [[k.amt|£129]]. Please advise — [[ph|$ph:GB.n]] after [[k.time|6pm]].""",
    """Hi, this is [[n.i|Mark]] from accounts at [[k.comp|Brightside Energy]]. Your meter serial [[k.icn|$kn:##@#######]] reads [[k.qty|18,442 kWh]]; account [[k.icn|$kn:##########]]. Any questions, ask for [[n.o|Helen Cho]].""",
    """Vet invoice [[k.inv|$kn:VT######]] for Bella (microchip [[k.icn|$kn:826###########]]), [[k.amt|£74.50]]. Paid by card ending [[k.icn|4421]]. — [[k.comp|Pets at Home]] [[k.brand|Vets4Pets]]""",
    """On Mon, 3 Jun 2024 at 09:12, [[n.o|Lucy Fairbanks]] <[[em|lucy@fairbanks-design.co.uk]]> wrote:
> Our VAT number is [[tax|$gbvat:plain]], UTR on request.
Thanks Lucy, invoice [[k.inv|$kn:#####]] to follow. [[n.g|Ben]]""",
    """We are a German supplier; our USt-IdNr is [[tax|$ustid]] and the contact is Herr [[n.o|Krause]]. Your order [[k.ord|$kn:SO-######]] ships [[k.date|next Tuesday]].""",
    """Student ID [[k.icn|$kn:#######]] / candidate no. [[k.icn|$kn:####]]. I sent my passport number [[nid|$ukpass]] to the exams office but they say it is wrong. [[n.g|Aisha Rahman]]""",
    """Customer review ★★☆☆☆ — [[k.brand|Ted Baker]] store on [[k.street|Regent Street]]: staff asked for my passport to process a [[k.amt|£40]] refund! Receipt [[k.inv|$kn:#### #### ####]].""",
    """Hello, could you update my record: new passport [[nid|$ukpass]] (issued [[k.date|10/01/2024]]), old one [[nid|$ukpass]]. Booking [[k.ord|$kn:@@@@@#]], train [[k.prod|1A23]].
Regards, [[n.g|P. J. Whitmore]]""",
    """Ticket [[k.tic|$kn:#####]] — app crashes on login after update [[k.ver|3.8.0]]. Device [[k.brand|Pixel]] 7. Workspace ID [[k.icn|$kn:ws_#########]]. Thanks, [[k.team|IT team]]""",
    """Tenant: Ms [[n.o|Zofia Kowalczyk]]
Passport: [[nid|$plpass]] (Poland)
Landlord: [[k.comp|Harbour Lettings]]
Deposit scheme ref: [[k.icn|$kn:DPS-########]]""",
    """To whom it may concern, I, [[n.i|Harriet Blake]], authorise my colleague [[n.o|Owen Price]] to collect my parcel [[k.trk|$kn:@@#########GB]]. My NI: [[nid|$nino:sp]].""",
    """[[k.greet|Hi team]], can someone reset the loyalty card [[k.prod|$kn:#### #### #### ####]]? The customer's phone is [[ph|$ph:GB.00]]. Cheers""",
    """Hi, [[n.i|Ivan Petrenko]] here. For the bank account I gave my Ukrainian ID card [[nid|$uaid]] and RNOKPP [[nid|$rnokpp]]; UK NI number pending. Application [[k.icn|$kn:APP-#######]].""",
]

# ================================================================ German
DE = [
    """Sehr geehrte Damen und Herren,
mein Name ist [[n.i|Katrin Vogelsang]]. Bei der Kontoeröffnung habe ich meine Ausweisnummer [[nid|$depa]] angegeben; im Vertrag steht aber [[k.icn|$kn:@#####@##]]. Kundennummer [[k.icn|$kn:##########]].
Mit freundlichen Grüßen
[[n.g|K. Vogelsang]]""",
    """Hallo Frau [[n.s|Brandt]],
für die Lohnabrechnung fehlt noch Ihre Steuer-ID. Laut Unterlagen: [[nid|$idnr:g]]? Personalnummer [[k.icn|$kn:#######]].
Viele Grüße
[[k.team|Ihr Personalteam]]""",
    """Von: [[n.o|Jürgen Hoffmann]] <[[em|j.hoffmann@t-online.de]]>
Gesendet: [[k.date|Montag, 3. Juni 2024]] [[k.time|08:47]]
Betreff: AW: Steuer-ID
> Steuerliche Identifikationsnummer: [[nid|$idnr:plain]]
Bitte so übernehmen. [[n.g|Sabine]]""",
    """hi, hier ist [[n.i|lukas]], mein mitgliedsausweis [[k.prod|$kn:########]] bei [[k.brand|McFit]] geht nicht mehr, vertrag läuft bis [[k.date|31.12.2024]]. danke""",
    """Formular Wohnsitzanmeldung
Name: [[n.o|Özdemir, Elif]]
Geburtsdatum: [[k.date|12.03.1988]]
Personalausweis-Nr.:
[[nid|$depa]]
Anschrift: [[addr|Lindenstraße 17, 50674 Köln]]""",
    """Sehr geehrter Herr Dr. [[n.s|Schulte-Brinkmann]],
anbei die Rechnung [[k.inv|$kn:RE-2024-#####]] über [[k.amt|1.284,50 €]]. Bitte überweisen Sie auf [[iban|$iban:DE]].
Freundliche Grüße
[[n.g|Anja Reimers]]
[[k.job|Buchhaltung]] · [[k.comp|Reimers GmbH]]""",
    """Agent [[n.o|Marek]]: Nennen Sie bitte die Nummer Ihres Reisepasses.
Kunde: [[nid|$depa:rp]]
Agent [[n.o|Marek]]: Danke, Vorgang [[k.tic|$kn:#########]] ist angelegt.""",
    """Guten Tag, ich bin [[n.i|Wolfgang Rieger]] und habe bei [[k.brand|Otto]] bestellt (Bestellnr. [[k.ord|$kn:###-###-###]]). Die Ware kam nicht an, Sendungsnummer [[k.trk|$kn:00340434##########]].""",
    """Hotel [[k.brand|Adlon]]: Gast Hr. [[n.o|Lindqvist]], Reisepass [[nid|$depa:rp]], Anreise [[k.date|14.08.]], Buchung [[k.ord|$kn:@@@#####]]. Bezahlung mit Karte [[card|$card]].""",
    """Hier spricht [[n.i|Monika Seidl]], ich rufe wegen meiner Stromrechnung an. Zählernummer [[k.icn|$kn:1ESY########]], Vertragskonto [[k.icn|$kn:###########]]. Rückruf bitte unter [[ph|$ph:DE.0]].""",
    """Lieber [[n.s|Stefan]],
kannst Du meine Steuer-ID an die Krankenkasse weitergeben? Sie lautet [[nid|$idnr:g2]]. Versichertennummer [[k.icn|$kn:@#########]].
LG [[n.g|Petra]]""",
    """Lieferant: [[k.comp|Bäckerei Sonnenschein KG]]
USt-IdNr.: [[tax|$ustid]]
Ansprechpartner: Herr [[n.o|Kessler]]
Bestellung [[k.ord|$kn:B-#####]], Menge [[k.qty|240 Stück]]""",
    """Ich, [[n.i|Dragan Petrović]], Personalausweis Nr. [[nid|$depa]], bevollmächtige meinen Sohn [[n.o|Nikola]] zur Abholung des Pakets [[k.trk|$kn:JJD############]].""",
    """Werkstattauftrag [[k.ord|$kn:WA-######]]: [[k.brand|VW]] Golf, Kennzeichen [[k.prod|M-KT 4821]], km-Stand [[k.qty|112.430]]. Kunde Familie [[n.o|Huber]], Tel. [[ph|$ph:DE.sl]]. Summe [[k.amt|684,20 €]].""",
    """Anmeldung Grundschule am [[k.street|Kurfürstendamm]]
| Kind | [[n.o|Mia Schröder]] |
| Geburtsdatum | [[k.date|07.09.2016]] |
| Steuer-ID Kind | [[nid|$idnr:plain]] |
| Telefon | [[ph|$ph:DE.i]] |""",
    """Sehr geehrte Frau [[n.s|Yilmaz]],
Ihr neuer Personalausweis liegt zur Abholung bereit. Bitte bringen Sie den alten Ausweis ([[nid|$depa]]) mit. Vorgangsnummer [[k.tic|$kn:BA-####-####]].
[[k.team|Bürgeramt Mitte]]""",
    """Guten Abend, die Kundenkarte [[k.prod|$kn:#### #### #### ####]] von [[k.brand|Fressnapf]] wurde an der Kasse abgelehnt. Einkauf [[k.amt|56,30 €]], Bon [[k.inv|$kn:####]].""",
    """Ticket [[k.tic|$kn:#####]]: Nach dem Update auf [[k.ver|2.4.1]] startet die App nicht. Mandant [[k.icn|$kn:#########]]. Gruß, [[n.g|Jonas Weber]], [[k.comp|Weber IT-Service]], Mobil [[ph|$ph:DE.e]]""",
    """Am [[k.date|28.05.2024]] um [[k.time|14:12]] schrieb [[n.o|Claudia Neumann]]:
> Steuer-Identifikationsnummer: [[nid|$idnr:dot]]
> IBAN: [[iban|$iban:DE.plain]]
Danke, erledigt. [[n.g|Tobias]]""",
    """Mein Mann [[n.o|Frank]] hat seinen Reisepass ([[nid|$depa:rp]]) im Zug [[k.prod|ICE 578]] liegen lassen. Fundsachen-Nr. [[k.tic|$kn:FS-########]]. Bitte melden unter [[ph|$ph:DE.n]].""",
    """Polnischer Kunde: [[k.comp|Transbud Sp. z o.o.]], NIP [[tax|$nip:pl]]. Ansprechpartnerin: Frau [[n.o|Nowicka]]. Auftrag [[k.ord|$kn:AU-#####]] über [[k.amt|12.900 €]].""",
    """Guten Tag,
bitte ändern Sie meine Daten: neue Ausweisnummer [[nid|$depa]], Steuer-ID bleibt [[nid|$idnr:g]]. Vertragsnummer [[k.icn|$kn:V-########]].
Mit besten Grüßen
Prof. [[n.g|Hannelore Ziegler]]""",
    """[[k.greet|Hallo zusammen]], die Lieferung [[k.ord|$kn:##########]] von [[k.brand|Hugo Boss]] ist da, Karton [[k.qty|3 von 4]]. Gruß [[k.team|Team Lager]]""",
    """Tierarztpraxis [[k.comp|Dr. Fell & Partner]]: Rechnung [[k.inv|$kn:TA-#####]], Hund Emma (Chip [[k.icn|$kn:276##########9]]), [[k.amt|89,90 €]]. Halter: [[n.o|Gerd Langer]].""",
    """Moin, [[n.i|Jan-Hendrik Boll]] hier. Ich zahle mit Karte [[card|$card:plain]] für die Jahresmitgliedschaft (Vertrag [[k.icn|$kn:####/####]]). Meine Ausweis-Nr. für den Check-in: [[nid|$depa]].""",
    """Antrag Kindergeld
Antragsteller: [[n.o|Schmitt, Carina]]
Steuer-ID: [[nid|$idnr:g]]
Kind: [[n.o|Schmitt, Paul]], Steuer-ID [[nid|$idnr:plain]]
Kindergeldnummer: [[k.icn|$kn:###FK######]]""",
    """Die Bestellung [[k.ord|$kn:###-#######-#######]] bei [[k.brand|Amazon]] wurde storniert. Erstattung [[k.amt|42,99 €]] in [[k.qty|3–5 Werktagen]]. Rückfragen: [[ph|$ph:DE.n]] [[k.greet|Ihr Kundenservice]]""",
    """Sehr geehrte Frau [[n.s|Wagner-Lohse]], ich, [[n.i|Tomasz Zieliński]], bitte um Bestätigung meiner Anmeldung. PESEL [[pesel|$pesel]], polnischer Ausweis [[nid|$plid]], deutsche Steuer-ID [[nid|$idnr:g2]].""",
    """Kurzer Hinweis aus der Praxis: Versichertenkarte [[k.icn|$kn:@#########]] von Herrn [[n.o|Bauer]] ist abgelaufen. Termin [[k.date|Do]] [[k.time|10:15]]. [[k.team|Praxisteam]]""",
    """Ich bin [[n.i|Aleksandra Nowak]] aus [[k.city|Breslau]] und arbeite in [[k.city|Görlitz]]. Meine Steuer-ID: [[nid|$idnr:plain]], Kontonummer [[iban|$iban:PL.plain]].""",
]

# ================================================================ build
LANGS = [("pl", PL), ("cs", CS), ("sk", SK), ("ru", RU), ("uk", UK), ("en", EN), ("de", DE)]


def build():
    rows = []
    for lang, items in LANGS:
        assert len(items) == 30, (lang, len(items))
        CUR["region"] = LANG_REGION[lang]
        for i, tpl in enumerate(items, 1):
            text, pii, keep = render(tpl)
            spans = sorted([(p["start"], p["end"]) for p in pii + keep])
            for (a, b), (c, d) in zip(spans, spans[1:], strict=False):
                assert b <= c, (lang, i, text[a:b], text[c:d])
            for s in pii + keep:
                v = text[s["start"] : s["end"]]
                assert v and v == v.strip() and v[-1] not in ",;:", (lang, i, v)
            rows.append(
                {
                    "id": f"d6-{lang}-{i:02d}",
                    "lang": lang,
                    "text": text,
                    "pii": pii,
                    "keep": keep,
                }
            )
    return rows


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def counts(rows):
    by_lang = Counter(r["lang"] for r in rows)
    kinds = Counter(p["kind"] for r in rows for p in r["pii"])
    ctx = Counter(p["context"] for r in rows for p in r["pii"] if p["kind"] == "name")
    keep = Counter(k["what"] for r in rows for k in r["keep"])
    print("items:", len(rows), dict(by_lang))
    print("pii spans:", sum(kinds.values()), dict(kinds.most_common()))
    print("name contexts:", dict(ctx.most_common()))
    print(
        "items with names:",
        sum(any(p["kind"] == "name" for p in r["pii"]) for r in rows),
        "items without pii:",
        sum(not r["pii"] for r in rows),
    )
    print("keep spans:", sum(keep.values()), dict(keep.most_common()))


def main():
    rows = build()
    data = dump(rows)
    if "--check" in sys.argv:
        ok = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print("dev6.jsonl " + ("matches" if ok else "DIFFERS"))
        sys.exit(0 if ok else 1)
    OUT.write_text(data, encoding="utf-8")
    counts(rows)


if __name__ == "__main__":
    main()
