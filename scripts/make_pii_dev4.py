#!/usr/bin/env python3
"""Write data/eval/pii/dev4.jsonl: a dev split of the PII test set (210 items,
30 per language) focused on person names, above all in signatures.

Every item is one hand-written text in a small inline markup:

    [[kind|value]]   a PII span; kind is a PII kind (email, phone, ...) or one of
                     sig / sal / intro / oth for a name in the context
                     signature / salutation / self_intro / other
    {{what|value}}   a keep span (a near-miss that must survive)

A value starting with "@" is computed by a generator (identifiers with their
check digits, valid phone numbers, order numbers that fail every checksum).
Offsets are computed from the rendered text and checked.  Deterministic: each
item has its own random.Random seeded with its id.

    .venv/bin/python scripts/make_pii_dev4.py          # (re)write, print counts
    .venv/bin/python scripts/make_pii_dev4.py --check  # file on disk == output
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
from stdnum.cz import dic as cz_dic
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr as de_idnr
from stdnum.de import vat as de_vat
from stdnum.gb import vat as gb_vat
from stdnum.iso7064 import mod_11_10
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
OUT = ROOT / "data" / "eval" / "pii" / "dev4.jsonl"
PREFIX = "d4"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}

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
NAME_CTX = {"sig": "signature", "sal": "salutation", "intro": "self_intro", "oth": "other"}
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
ID_LIKE_KEEP = {
    "order_number",
    "invoice_number",
    "ticket_number",
    "tracking_number",
    "invalid_checksum_number",
}


# --------------------------------------------------------------------------
# identifiers (check digits computed, then validated with python-stdnum)
# --------------------------------------------------------------------------


def _digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def _birth(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def gen_pesel(rng, sex="", fmt="plain"):
    y, m, d = _birth(rng, 1945, 2000)
    mm = m + (20 if y >= 2000 else 0)
    serial = _digits(rng, 3)
    sd = rng.choice("13579" if sex == "M" else "02468" if sex == "F" else string.digits)
    body = f"{y % 100:02d}{mm:02d}{d:02d}{serial}{sd}"
    num = body + pl_pesel.calc_check_digit(body)
    assert pl_pesel.is_valid(num), num
    if fmt == "space":
        return f"{num[:6]} {num[6:]}"
    return num


def gen_nip(rng, fmt="dash"):
    while True:
        body = _digits(rng, 9, first_nonzero=True)
        s = sum(int(a) * b for a, b in zip(body, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=False)) % 11
        if s != 10:
            break
    num = body + str(s)
    assert pl_nip.is_valid(num), num
    if fmt == "dash":
        return f"{num[:3]}-{num[3:6]}-{num[6:8]}-{num[8:]}"
    if fmt == "dash2":
        return f"{num[:3]}-{num[3:5]}-{num[5:7]}-{num[7:]}"
    if fmt == "PL":
        return "PL" + num
    if fmt == "space":
        return f"{num[:3]} {num[3:6]} {num[6:8]} {num[8:]}"
    return num


def gen_regon(rng, fmt="plain"):
    body = _digits(rng, 8, first_nonzero=True)
    num = body + pl_regon.calc_check_digit(body)
    assert pl_regon.is_valid(num), num
    if fmt == "space":
        return f"{num[:3]} {num[3:6]} {num[6:]}"
    return num


def gen_plid(rng, fmt="plain"):
    """Polish ID card (dowód osobisty): AAA + check digit + 5 digits."""
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
    rest = _digits(rng, 5)
    vals = [ord(c) - 55 for c in letters]
    w = (7, 3, 1, 7, 3, 1, 7, 3)
    s = sum(a * b for a, b in zip(vals + [int(c) for c in rest], w, strict=False)) % 10
    num = f"{letters}{s}{rest}"
    # published algorithm: weights 7,3,1,9,7,3,1,7,3 over all nine characters
    allv = vals + [int(c) for c in num[3:]]
    assert sum(a * b for a, b in zip(allv, (7, 3, 1, 9, 7, 3, 1, 7, 3), strict=False)) % 10 == 0
    return num if fmt == "plain" else f"{letters} {num[3:]}"


def _rc(rng, sex, module, fmt, y0=1954, y1=2003):
    while True:
        y, m, d = _birth(rng, y0, y1)
        mm = m + (50 if sex == "F" else 0)
        body = f"{y % 100:02d}{mm:02d}{d:02d}{_digits(rng, 3)}"
        c = int(body) % 11
        if c == 10:
            continue
        num = body + str(c)
        if module.is_valid(num):
            break
    return f"{num[:6]}/{num[6:]}" if fmt == "slash" else num


def gen_rc_cz(rng, sex="M", fmt="slash"):
    return _rc(rng, sex, cz_rc, fmt)


def gen_rc_sk(rng, sex="M", fmt="slash"):
    return _rc(rng, sex, sk_rc, fmt)


def gen_ico(rng, fmt="plain"):
    """Czech/Slovak IČO (8 digits, mod 11); validated as a Czech legal DIČ."""
    body = rng.choice("12345678") + _digits(rng, 6)
    num = body + cz_dic.calc_check_digit_legal(body)
    assert cz_dic.is_valid(num), num
    if fmt == "space":
        return f"{num[:3]} {num[3:5]} {num[5:]}"
    if fmt == "CZ":
        return "CZ" + num
    return num


def gen_sk_dic(rng, fmt="plain"):
    """Slovak DIČ whose IČ DPH (SK + DIČ) is valid: 10 digits divisible by 11."""
    while True:
        num = "20" + rng.choice("2234") + _digits(rng, 7)
        if int(num) % 11 == 0:
            break
    assert sk_dph.is_valid("SK" + num), num
    if fmt == "SK":
        return "SK" + num
    if fmt == "SKspace":
        return "SK " + num
    return num


def gen_idnr(rng, fmt="plain"):
    while True:
        body = _digits(rng, 10, first_nonzero=True)
        cnt = collections.Counter(body)
        if sorted(cnt.values(), reverse=True)[0] not in (2, 3) or len(cnt) < 8:
            continue
        # check digit (ISO 7064 Mod 11,10)
        product = 10
        for c in body:
            s = (int(c) + product) % 10 or 10
            product = (s * 2) % 11
        num = body + str((11 - product) % 10)
        if de_idnr.is_valid(num):
            break
    if fmt == "space":
        return f"{num[:2]} {num[2:5]} {num[5:8]} {num[8:]}"
    return num


def gen_ustid(rng, fmt="DE"):
    while True:
        body = _digits(rng, 8, first_nonzero=True)
        num = body + mod_11_10.calc_check_digit(body)
        if de_vat.is_valid(num):
            break
    if fmt == "DEspace":
        return f"DE {num[:3]} {num[3:6]} {num[6:]}"
    return "DE" + num


def gen_inn(rng, n="10", fmt="plain"):
    if n == "10":
        body = rng.choice("1234567") + _digits(rng, 8)
        num = body + ru_inn.calc_company_check_digit(body)
    else:
        body = rng.choice("1234567") + _digits(rng, 9)
        num = body + ru_inn.calc_personal_check_digits(body)
    assert ru_inn.is_valid(num), num
    return num


def gen_ogrn(rng, fmt="plain"):
    body = rng.choice("15") + _digits(rng, 11)
    num = body + ru_ogrn.calc_check_digit(body + "0")
    assert ru_ogrn.is_valid(num), num
    return num


def gen_snils(rng, fmt="dash"):
    while True:
        body = _digits(rng, 9, first_nonzero=True)
        if int(body) > 1001998:
            break
    s = sum(int(c) * w for c, w in zip(body, range(9, 0, -1), strict=False))
    if s > 101:
        s %= 101
    if s in (100, 101):
        s = 0
    num = body + f"{s:02d}"
    if fmt == "plain":
        return num
    return f"{num[:3]}-{num[3:6]}-{num[6:9]} {num[9:]}"


def gen_rntrc(rng, fmt="plain"):
    body = rng.choice("23") + _digits(rng, 8)
    num = body + ua_rntrc.calc_check_digit(body)
    assert ua_rntrc.is_valid(num), num
    return num


def gen_edrpou(rng, fmt="plain"):
    body = rng.choice("234") + _digits(rng, 6)
    num = body + ua_edrpou.calc_check_digit(body)
    assert ua_edrpou.is_valid(num), num
    return num


def gen_gbvat(rng, fmt="space"):
    while True:
        body = _digits(rng, 7, first_nonzero=True)
        cands = [body + f"{c:02d}" for c in range(100) if gb_vat.is_valid(body + f"{c:02d}")]
        if cands:
            num = rng.choice(cands)
            break
    if fmt == "space":
        return f"GB {num[:3]} {num[3:7]} {num[7:]}"
    if fmt == "GB":
        return "GB" + num
    return num


IBAN_BBAN = {"PL": 24, "CZ": 20, "SK": 20, "DE": 18, "GB": None, "UA": None}


def _iban_check(cc, bban):
    return std_iban.calc_check_digits(cc + "00" + bban)


def gen_iban(rng, cc="PL", fmt="group"):
    while True:
        if cc == "GB":
            bban = "".join(rng.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4)) + _digits(
                rng, 14
            )
        elif cc == "UA":
            bban = (
                _digits(rng, 6, first_nonzero=True) + "0" * 5 + _digits(rng, 14, first_nonzero=True)
            )
        elif cc in ("CZ", "SK"):
            bban = (
                rng.choice(["0800", "0300", "0100", "2010", "0600", "1100", "0200", "0900"])
                + "0" * 4
                + _digits(rng, 2)
                + _digits(rng, 10, first_nonzero=True)
            )
        else:
            bban = _digits(rng, IBAN_BBAN[cc], first_nonzero=True)
        num = cc + _iban_check(cc, bban) + bban
        if std_iban.is_valid(num):
            break
    if fmt == "plain":
        return num
    if fmt == "nrb":
        n = num[2:]
        return n[:2] + " " + " ".join(n[i : i + 4] for i in range(2, 26, 4))
    if fmt == "nrbplain":
        return num[2:]
    return " ".join(num[i : i + 4] for i in range(0, len(num), 4))


def gen_card(rng, brand="visa", fmt="group"):
    body = (
        ("4" + _digits(rng, 14))
        if brand == "visa"
        else ("5" + rng.choice("12345") + _digits(rng, 13))
    )
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num) and len(num) == 16
    if fmt == "plain":
        return num
    if fmt == "dash":
        return "-".join(num[i : i + 4] for i in range(0, 16, 4))
    return " ".join(num[i : i + 4] for i in range(0, 16, 4))


def gen_token(rng, n="32", alphabet="hex"):
    al = "0123456789abcdef" if alphabet == "hex" else string.ascii_letters + string.digits
    return "".join(rng.choice(al) for _ in range(int(n)))


def _fill(rng, pattern):
    return "".join(
        rng.choice(string.digits) if c == "#" else rng.choice("123456789") if c == "%" else c
        for c in pattern
    )


def phone_valid(value: str, region: str) -> bool:
    try:
        p = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(p)


def gen_phone(rng, region, pattern):
    for _ in range(20000):
        v = _fill(rng, pattern)
        if phone_valid(v, region):
            p = phonenumbers.parse(v, region)
            if phonenumbers.region_code_for_number(p) == region:
                return v
    raise RuntimeError(f"no valid phone for {region} {pattern}")


CHECKS = [
    pl_pesel.is_valid,
    pl_nip.is_valid,
    pl_regon.is_valid,
    cz_rc.is_valid,
    sk_rc.is_valid,
    cz_dic.is_valid,
    lambda n: sk_dph.is_valid("SK" + n),
    de_idnr.is_valid,
    de_vat.is_valid,
    ru_inn.is_valid,
    ru_ogrn.is_valid,
    lambda n: len(n) == 11 and gen_snils_ok(n),
    ua_rntrc.is_valid,
    ua_edrpou.is_valid,
    gb_vat.is_valid,
    lambda n: 12 <= len(n) <= 19 and luhn.is_valid(n),
]


def gen_snils_ok(n: str) -> bool:
    s = sum(int(c) * w for c, w in zip(n[:9], range(9, 0, -1), strict=False))
    if s > 101:
        s %= 101
    if s in (100, 101):
        s = 0
    return f"{s:02d}" == n[9:]


def number_candidates(value: str) -> list[str]:
    """Digit strings a redactor could take for an identifier or a phone."""
    out = {re.sub(r"\D", "", value)}
    for m in re.finditer(r"\d[\d \-/.]*\d", value):
        out.add(re.sub(r"\D", "", m.group()))
    return [c for c in out if len(c) >= 6]


def looks_like_pii(value: str, region: str) -> bool:
    for c in number_candidates(value):
        for f in CHECKS:
            try:
                if f(c):
                    return True
            except Exception:
                pass
    for m in re.finditer(r"\+?\d[\d \-/.()]*\d", value):
        if len(re.sub(r"\D", "", m.group())) >= 6 and phone_valid(m.group(), region):
            return True
    return False


def gen_num(rng, region, pattern):
    for _ in range(50000):
        v = _fill(rng, pattern)
        if not looks_like_pii(v, region):
            return v
    raise RuntimeError(f"no safe number for {pattern}")


GEN = {
    "pesel": gen_pesel,
    "nip": gen_nip,
    "regon": gen_regon,
    "plid": gen_plid,
    "rc_cz": gen_rc_cz,
    "rc_sk": gen_rc_sk,
    "ico": gen_ico,
    "sk_dic": gen_sk_dic,
    "idnr": gen_idnr,
    "ustid": gen_ustid,
    "inn": gen_inn,
    "ogrn": gen_ogrn,
    "snils": gen_snils,
    "rntrc": gen_rntrc,
    "edrpou": gen_edrpou,
    "gbvat": gen_gbvat,
    "iban": gen_iban,
    "card": gen_card,
    "token": gen_token,
}

# --------------------------------------------------------------------------
# markup
# --------------------------------------------------------------------------

TOKEN = re.compile(r"\[\[(\w+)\|(.*?)\]\]|\{\{(\w+)\|(.*?)\}\}", re.S)
INNER = re.compile(r"<@([^<>]*)>")


def expand(value: str, rng: random.Random, lang: str) -> str:
    """<@gen:arg:arg> inside a value is replaced by a generated string."""

    def sub(m):
        spec = m.group(1)
        if spec.startswith("num:"):
            return gen_num(rng, REGION[lang], spec[4:])
        if spec.startswith("phone:"):
            rest = spec[6:]
            region, pattern = (
                (rest[:2], rest[3:]) if re.match(r"[A-Z]{2}:", rest) else (REGION[lang], rest)
            )
            return gen_phone(rng, region, pattern)
        name, *args = spec.split(":")
        return GEN[name](rng, *args)

    return INNER.sub(sub, value)


# --------------------------------------------------------------------------
# the texts (hand-written, one per item)
# --------------------------------------------------------------------------

ITEMS: dict[str, list[str]] = {}

ITEMS["pl"] = [
    # 01 B2B print shop, vocative salutation, signature with role/company/phone
    """
Szanowna Pani [[sal|Jadwigo]],

dziękuję za szybką odpowiedź w sprawie faktury {{invoice_number|<@num:### ### ## ##>}}. Korekta na kwotę {{amount|86,10 zł}} jest w porządku, proszę ją wystawić z datą {{date|28.03.2024}}.

Z poważaniem
[[sig|Grzegorz Malinowski-Kos]]
{{job_title|Kierownik działu zakupów}}
{{company|Drukarnia Orion sp. z o.o.}}
tel. [[phone|<@phone:+48 6## ### ###>]]
""",
    # 02 clinic, self-intro + PESEL + initial signature
    """
Dzień dobry, nazywam się [[intro|Halina Wróblewska]] i chciałabym przełożyć wizytę u kardiologa z {{date|14 marca}} na inny termin. Mój PESEL: [[pesel|<@pesel:F>]]. Najlepiej po {{time|15:00}}, bo pracuję na zmiany.
Dziękuję,
[[sig|H. Wróblewska]]
""",
    # 03 courier chat, agent handle + lower-case first name sign-off
    """
Konsultant [[oth|Damian]]: Dzień dobry, w czym mogę pomóc?
Klient: paczka {{tracking_number|<@num:6## ### ### ### ### ###>}} stoi od wtorku w sortowni w {{city|Strykowie}}
Konsultant [[oth|Damian]]: Sprawdzam... przesyłka wyjedzie jutro rano, dostawa do {{time|18:00}}.
Klient: ok dzięki, [[sig|ola]]
""",
    # 04 bank notice, no PII
    """
{{greeting_without_name|Dzień dobry}},
informujemy, że od {{date|1 lipca 2024}} opłata za kartę debetową wyniesie {{amount|7 zł}} miesięcznie. Szczegóły znajdą Państwo na {{url|https://www.bankpomorski-przyklad.pl/tabela-oplat}}.
Pozdrawiamy
{{team_name|Zespół Obsługi Klienta}} {{brand|Banku Pomorskiego}}
""",
    # 05 gym, informal vocative, first-name signature + mobile footer
    """
Cześć [[sal|Kamilu]]!
Zawieszam karnet na {{quantity|2 tygodnie}} – złamałem palec na ściance 🙈 Numer karnetu {{invalid_checksum_number|<@num:###########>}}.
Dzięki,
[[sig|Wojtek]]

Wysłane z iPhone'a
""",
    # 06 municipal office, surname-first signature, address
    """
Do: Urząd Miasta {{city|Gniezno}}, Wydział Komunikacji
Dotyczy: rejestracji pojazdu, sprawa nr {{ticket_number|<@num:KM.5410.###.2024>}}

Uprzejmie proszę o przesłanie decyzji na adres: [[address|ul. Wrzosowa 7 m. 12, 62-200 Gniezno]].

[[sig|Kowalczyk Bożena]]
[[pesel|<@pesel:F>]]
""",
    # 07 insurance, two signers, other person in accusative
    """
{{greeting_without_name|Szanowni Państwo}},
zgłaszamy szkodę z polisy {{invalid_checksum_number|<@num:##########>}}: {{date|3 lutego}} zalał nas sąsiad z góry, pan [[oth|Zbigniew Sowa]]. Pękł wężyk od pralki, zniszczony sufit w kuchni i przedpokoju.
Zdjęcia i protokół od administratora w załączniku.

Z wyrazami szacunku
[[sig|Anna Domańska]]
[[sig|Paweł Domański]]
""",
    # 08 marketplace review, name-like company and a hotline agent
    """
Kupiłam suszarkę {{brand|Philips}} na {{brand|Allegro}} od sprzedawcy {{person_like_brand|AGD Kowalczyk}}. Przyszła uszkodzona, ale pan [[oth|Rafał]] z infolinii sklepu w dwa dni załatwił wymianę. Polecam, {{quantity|5/5}}.
""",
    # 09 forwarded e-mail, diminutive vocative, header name, quoted signature
    """
[[sal|Ewuniu]], przesyłam niżej, co odpisał serwis. Zdecyduj proszę, czy bierzemy tę naprawę.
[[sig|Marek]]

---------- Wiadomość przekazana ----------
Od: [[oth|Tomasz Zięba]] <[[email|t.zieba@chlodek-serwis.pl]]>
Data: {{date|8 kwietnia 2024}} {{time|09:12}}
Temat: Wycena do zlecenia {{order_number|<@num:ZL ### ###>}}

Dzień dobry,
wymiana sprężarki to koszt {{amount|2 380 zł}} netto, termin realizacji {{quantity|5 dni roboczych}}.

Pozdrawiam
[[sig|Tomasz Zięba]]
{{company|Serwis Klimatyzacji Chłodek}}
""",
    # 10 utility, "tu X" self-intro in lower case, meter number, phone
    """
tu [[intro|staszek pawlak]] z Lipowej, licznik nr {{invalid_checksum_number|<@num:########>}} pokazuje jakieś kosmiczne zużycie, faktura {{invoice_number|<@num:###-###-##-##>}} na {{amount|1240,55 zł}}?? proszę oddzwonić [[phone|<@phone:5## ### ###>]]
""",
    # 11 pet shop, "Panie Michale", signature after "--" with phone
    """
Panie [[sal|Michale]],
karma {{brand|Brit Care}} {{quantity|12 kg}} dotarła rozerwana, zdjęcia w załączniku. Zamówienie {{order_number|<@num:### ### ###>}} z {{date|2 maja}}.
Proszę o wymianę albo zwrot.
--
[[sig|Beata Sikorska-Nowak]]
[[phone|<@phone:+48 7##-###-###>]]
""",
    # 12 hotel, name on the closing line, husband mentioned
    """
{{greeting_without_name|Szanowny Panie Dyrektorze}},
w hotelu {{brand|Pod Złotym Lwem}} w {{city|Sandomierzu}} spędziliśmy z mężem, [[oth|Jerzym]], trzy noce ({{date|12–15.08}}). Klimatyzacja w pokoju 214 nie działała, a recepcja obiecywała naprawę codziennie. Rezerwacja {{order_number|<@num:RZ-#######>}}. Liczę na częściowy zwrot.
Pozdrawiam serdecznie, [[sig|Iwona Jabłońska]]
""",
    # 13 car service, company with NIP and address, wife as other
    """
Dzień dobry, proszę o fakturę na firmę: {{company|Transbud Nowicki i Syn}}, NIP [[tax_id|<@nip:dash>]], [[address|ul. Kolejowa 3a
87-100 Toruń]]. Auto odbierze moja żona, [[oth|Agnieszka Nowicka]], ok. {{time|16:30}}.
Pozdrawiam
[[sig|Piotr Nowicki]]
""",
    # 14 SaaS ticket, "pozdr." + lower-case first name
    """
hej, po aktualizacji do {{version|4.12.1}} eksport do PDF się wysypuje przy raportach dłuższych niż {{quantity|40 stron}}. Zgłoszenie {{ticket_number|#<@num:#######>}} wisi od tygodnia bez odpowiedzi...
pozdr. [[sig|kuba]]
""",
    # 15 school, "z tej strony" + child + teacher vocative
    """
Dzień dobry Pani [[sal|Doroto]],
z tej strony [[intro|Monika Kaczmarek]], mama [[oth|Zosi]] z 3b. [[oth|Zosia]] jutro nie pojedzie na wycieczkę do {{city|Wieliczki}} (angina), czy można prosić o zwrot {{amount|45 zł}}?
Pozdrawiam,
[[sig|Monika Kaczmarek]]
""",
    # 16 telecom, no diacritics, NRB account
    """
Dzien dobry,
prosze o zwrot nadplaty za abonament ({{amount|59,99 zl}}) na rachunek [[iban|<@iban:PL:nrb>]]. Numer klienta {{invalid_checksum_number|<@num:##########>}}.
Dziekuje
[[sig|Lukasz Wojcik]]
""",
    # 17 review, person-like brands only
    """
Zamawiałam bombonierki {{person_like_brand|E. Wedel}} i lakier {{person_like_brand|Inglot}} w jednym koszyku, przyszło po {{quantity|5 dniach}}. Kurier miły. Paczka cała, tylko karton trochę zgnieciony. Ocena {{quantity|4/5}}.
""",
    # 18 telecom chat, agent handle + "mówi X"
    """
[[oth|Agnieszka]] ({{team_name|Obsługa Klienta}}): Dzień dobry, jak mogę pomóc?
Ty: dzien dobry, mowi [[intro|Radosław Szymański]], chcę przenieść numer [[phone|<@phone:6##-###-###>]] do innej sieci i potrzebuję kodu
[[oth|Agnieszka]] ({{team_name|Obsługa Klienta}}): Kod wyślemy SMS-em w ciągu {{quantity|24 h}}.
""",
    # 19 insurance, REGON + PESEL, role line
    """
Szanowny Panie [[sal|Adamie]],
w załączeniu przesyłam dane do polisy OC firmy {{company|Stolarnia Dąb}}: REGON [[tax_id|<@regon>]], właściciel [[oth|Ryszard Dąbrowski]], PESEL [[pesel|<@pesel:M:space>]].

Z poważaniem
[[sig|Teresa Górecka]]
{{job_title|specjalista ds. kadr}}
""",
    # 20 courier complaint, initials as signature
    """
Kurier (pan [[oth|Marian]]) zostawił paczkę pod drzwiami klatki, zamiast wnieść na {{quantity|3 piętro}}. Przesyłka {{tracking_number|<@num:##########>}}, {{date|wt. 21.05}}. Nie zgadzam się na takie doręczenia.
[[sig|A.K.]]
""",
    # 21 quoted reply with header and quoted signature
    """
Nadal czekam na zwrot pieniędzy, minęło już {{quantity|14 dni}}.
[[sig|Wiktoria Mazur]]

W dniu {{date|pon., 6 maj 2024}} o {{time|18:40}} [[oth|Dariusz Lis]] <[[email|sklep@elektro-lis.pl]]> napisał(a):
> Pani [[sal|Wiktorio]], zwrot zlecony, proszę czekać.
> Pozdrawiam
> [[sig|Dariusz Lis]]
> {{company|Elektro-Lis}}
""",
    # 22 water utility, department signature, no PII
    """
{{greeting_without_name|Szanowni Mieszkańcy}},
w dniu {{date|23.09.2024}} w godz. {{time|8:00}}–{{time|14:00}} nastąpi przerwa w dostawie wody na ulicach Ogrodowej i Polnej. Beczkowóz stanie przy szkole.
{{team_name|Dział Eksploatacji}}
{{company|Wodociągi Miejskie}}
""",
    # 23 clinic, "Jestem X", doctor mentioned, ID card, e-mail
    """
Jestem [[intro|Grażyna Pietrzak-Wolska]], pacjentka dr [[oth|Nowaczyk]]. Proszę o kopię dokumentacji z ostatnich {{quantity|2 lat}}; numer dowodu [[national_id|<@plid>]]. Odbiorę osobiście albo proszę wysłać na [[email|grazyna.pw@o2.pl]].
""",
    # 24 B2B, vocative, full signature block after "--"
    """
Dzień dobry Panie [[sal|Krzysztofie]],
potwierdzam zamówienie {{quantity|40 palet}} kostki brukowej, nr oferty {{order_number|<@num:OF/##/####>}}, dostawa {{date|10.06}}.

--
Pozdrawiam
[[sig|Joanna Lewandowska]]
{{job_title|Koordynator ds. sprzedaży}}
{{company|BRUK-TECH S.A.}}
kom. [[phone|<@phone:+48 88# ### ###>]]
[[email|j.lewandowska@bruk-tech.com.pl]]
NIP [[tax_id|<@nip:plain>]]
""",
    # 25 gym review, trainer mentioned, lower-case name after a dash
    """
świetny trener, pan [[oth|Kuba Wrona]] ogarnął mi plan na {{quantity|8 tygodni}} i schudłam {{quantity|6 kg}}! klub na {{street_as_brand|Puławskiej}} polecam każdemu - [[sig|magda]] z Mokotowa
""",
    # 26 hotel, "nazywam się", card charged twice
    """
Nazywam się [[intro|Bartłomiej Kurek]]. Hotel {{brand|Amber Resort}} obciążył moją kartę [[card|<@card:visa:group>]] dwukrotnie za ten sam pobyt ({{amount|1 120 zł}} x 2). Rezerwacja {{order_number|<@num:#########>}}.
Proszę o zwrot jednej płatności.
[[sig|B. Kurek]]
""",
    # 27 school e-journal, reset link, two parents signing
    """
{{greeting_without_name|Dzień dobry}},
link do resetu hasła w dzienniku nie działa: [[url_token|https://dziennik.sp12-przyklad.edu.pl/haslo/reset?token=<@token:40>]]
Konto jest na syna, [[oth|Kubę Zawadzkiego]].

Pozdrawiamy
[[sig|Karolina Zawadzka]], [[sig|Marcin Zawadzki]]
""",
    # 28 car service chat with name-like brand
    """
Doradca [[oth|Paweł]] ({{person_like_brand|AutoSerwis Kopernik}}): auto gotowe do odbioru, zlecenie {{order_number|<@num:### ### ###>}}, do zapłaty {{amount|1 460 zł}}.
Klient: super, będę o {{time|17}}. [[sig|Sławek Kubiak]]
""",
    # 29 housing cooperative, "mam na imię", address
    """
Mam na imię [[intro|Igor]] i wynajmuję mieszkanie przy [[address|ul. Słonecznej 18/4]]. Od {{date|poniedziałku}} nie ma ciepłej wody, administrator nie odbiera. Proszę o pilny kontakt: [[phone|<@phone:+48 50# ### ###>]].
[[sig|Igor Szewczyk]]
""",
    # 30 municipal, ask for someone, quoted header, signature
    """
Zgodnie z rozmową telefoniczną przesyłam wniosek o wycinkę drzewa. W razie pytań proszę pytać o pana [[oth|Sebastiana Grabowskiego]] z {{team_name|Referatu Ochrony Środowiska}}.

Łączę wyrazy szacunku
[[sig|Elżbieta Kamińska-Duda]]
[[address|Os. Wschodnie 4/17
64-100 Leszno]]
""",
]

ITEMS["cs"] = [
    # 01 telecom, "paní + surname", titled signature with role/company
    """
Vážená paní [[sal|Horáková]],
děkuji za vyřízení reklamace k faktuře {{invoice_number|<@num:### ### ####>}}. Dobropis na {{amount|412 Kč}} mi již přišel.

S pozdravem
Ing. [[sig|Vojtěch Šimek]], Ph.D.
{{job_title|jednatel}}
{{company|Šimek & Partneři s.r.o.}}
""",
    # 02 clinic, "jmenuji se", rodné číslo, initial on the closing line
    """
Dobrý den, jmenuji se [[intro|Kateřina Vlčková]] a potřebovala bych potvrzení o pracovní neschopnosti za {{date|duben}}. Rodné číslo [[birth_number|<@rc_cz:F:slash>]].
Děkuji, [[sig|K. Vlčková]]
""",
    # 03 e-shop chat, agent handle, lower-case sign-off
    """
Operátor [[oth|Lukáš]] ({{brand|Alza}}): Dobrý den, jak vám mohu pomoci?
Zákazník: objednávka {{order_number|<@num:### ### ###>}} ukazuje doručeno ale nic nemám
Operátor [[oth|Lukáš]] ({{brand|Alza}}): Omlouvám se, zakládám reklamaci u dopravce.
Zákazník: dik, [[sig|pavel]]
""",
    # 04 energy notice, no PII
    """
{{greeting_without_name|Vážený zákazníku}},
od {{date|1. 1. 2025}} se mění cena silové elektřiny na {{amount|3,49 Kč/kWh}}. Zálohy si můžete upravit v aplikaci {{brand|Moje ČEZ}}.
S pozdravem
{{team_name|Zákaznický servis}} {{brand|ČEZ}}
""",
    # 05 gym, informal vocative, first name + mobile footer
    """
Ahoj [[sal|Radku]],
můžu si přesunout trénink ze čtvrtka na pátek {{time|7:30}}? Ve čtvrtek mám služebku do {{city|Ostravy}}.
Díky
[[sig|Zuzka]]

Odesláno z mobilního telefonu
""",
    # 06 municipal office, surname-first signature, address
    """
Městský úřad {{city|Kolín}}
odbor dopravy

Žádám o vydání duplikátu technického průkazu, č. j. {{ticket_number|<@num:MUKO ####/2024>}}. Korespondenční adresa: [[address|Politických vězňů 1432, 280 02 Kolín]].

[[sig|Procházka Jiří]]
[[birth_number|<@rc_cz:M:slash>]]
""",
    # 07 insurance, two signers on one line, neighbour in dative
    """
{{greeting_without_name|Dobrý den}},
hlásíme pojistnou událost k pojistce {{invalid_checksum_number|<@num:##########>}}: ve vichřici {{date|12. 7.}} spadl sousedovi, panu [[oth|Karlu Bártovi]], strom na naši garáž.
Fotky posíláme v příloze.

Děkujeme
[[sig|Jana Marešová]] a [[sig|Tomáš Mareš]]
""",
    # 08 review, person-like brand, street as shop name, no PII
    """
Boty od {{person_like_brand|Bati}} vydržely přesně {{quantity|3 měsíce}}, reklamaci v prodejně na {{street_as_brand|Václavském náměstí}} zamítli. Prodavačka byla aspoň milá. Dávám {{quantity|2 hvězdičky}}.
""",
    # 09 forwarded e-mail, vocative, header and quoted signature
    """
[[sal|Martino]], posílám ti, co odepsali z autoservisu. Dej vědět, jestli to bereme.
[[sig|Honza]]

-------- Přeposlaná zpráva --------
Od: [[oth|Petr Kučera]] <[[email|p.kucera@motorpoint-servis.cz]]>
Datum: {{date|15. 4. 2024}} {{time|10:05}}
Předmět: Kalkulace zakázky {{order_number|<@num:ZAK-######>}}

Dobrý den,
výměna rozvodů vychází na {{amount|14 900 Kč}} vč. DPH.

S pozdravem
[[sig|Petr Kučera]]
{{company|Autoservis Motorpoint}}
""",
    # 10 utility, "tady X" lower case, street in genitive, phone
    """
tady [[intro|jarmila nováková]] z [[address|Dlouhé 5]], plynoměr č. {{invalid_checksum_number|<@num:#########>}} ukazuje nesmysly, vyúčtování {{invoice_number|<@num:##########>}} na {{amount|18 230 Kč}}. zavolejte mi prosím na [[phone|<@phone:60# ### ###>]]
""",
    # 11 pet shop, "Pane Nováku", signature after "--", double surname without hyphen
    """
Pane [[sal|Nováku]],
granule {{brand|Brit Premium}} {{quantity|15 kg}} přišly roztržené. Objednávka {{order_number|<@num:#########>}} ze dne {{date|3. 5.}}
Prosím o výměnu.
--
[[sig|Lenka Dušková Krejčí]]
[[phone|<@phone:+420 7## ### ###>]]
""",
    # 12 hotel, name on the closing line, husband in instrumental
    """
{{greeting_without_name|Vážený pane řediteli}},
s manželem [[oth|Ondřejem]] jsme strávili {{quantity|4 noci}} ve vašem hotelu {{brand|Zlatá Hvězda}} v {{city|Třeboni}}. Wellness bylo celou dobu zavřené a nikdo nás neinformoval. Rezervace {{order_number|<@num:RES/######>}}.
S pozdravem [[sig|Ivana Benešová]]
""",
    # 13 car service, IČO with spaces, company address, colleague
    """
Dobrý den, fakturu za servis prosím vystavit na firmu {{company|Stavby Hradec s.r.o.}}, IČO [[tax_id|<@ico:space>]], sídlo [[address|Gočárova třída 1754/48, 500 02 Hradec Králové]]. Auto vyzvedne kolega [[oth|Milan Pokorný]] kolem {{time|15:00}}.
Díky
[[sig|Robert Sýkora]]
""",
    # 14 SaaS, lower-case name on the closing line
    """
ahoj, po updatu na {{version|v3.8}} nejde import CSV, hází to chybu {{product_code|E-1042}}. tiket {{ticket_number|<@num:######>}} zatím bez odezvy.
zdraví [[sig|mirek]]
""",
    # 15 school, "píše vám", child twice (name and diminutive)
    """
Dobrý den, paní [[sal|Malá]],
píše vám [[intro|Hana Černá]], maminka [[oth|Matyáše]] z 2.B. [[oth|Matýsek]] má od středy neštovice a bude doma nejméně do {{date|pátku}}, úkoly si vyzvedne babička.
S pozdravem
[[sig|H. Černá]]
""",
    # 16 bank, without diacritics, IBAN, contract number
    """
Dobry den,
prosim o vraceni preplatku {{amount|1 250 Kc}} na ucet [[iban|<@iban:CZ:group>]]. Cislo smlouvy {{invalid_checksum_number|<@num:##########>}}.
Dekuji
[[sig|Frantisek Ruzicka]]
""",
    # 17 grocery review, person-like brand, no PII
    """
Nákup z {{brand|Rohlík.cz}} dorazil o {{quantity|40 minut}} později, ale řidič volal předem. Zelenina čerstvější než v {{person_like_brand|Albertu}}. Dávám {{quantity|4/5}}.
""",
    # 18 telecom chat, agent handle, "jsem X"
    """
[[oth|Veronika]] ({{team_name|Zákaznická podpora}}): Dobrý den, s čím vám mohu pomoci?
Vy: Dobrý den, jsem [[intro|Miloš Hruška]] a chci převést číslo [[phone|<@phone:73# ### ###>]] na manželku.
[[oth|Veronika]] ({{team_name|Zákaznická podpora}}): Dobře, pošlu vám formulář k převodu.
""",
    # 19 insurance, IČO + DIČ from rodné číslo, titled signature with role
    """
Vážený pane [[sal|Dvořáku]],
zasílám údaje k pojištění odpovědnosti: podnikatel [[oth|Aleš Matějka]], IČO [[tax_id|<@ico:plain>]], DIČ [[tax_id|CZ<@rc_cz:M:plain>]], místo podnikání [[address|Zahradní 211, 679 61 Letovice]].

S pozdravem
Mgr. [[sig|Alžběta Nováčková]]
{{job_title|pojišťovací poradkyně}}
""",
    # 20 courier complaint, driver's nickname, initials
    """
Kurýr [[oth|Standa]] z {{brand|PPL}} nechal balík u sousedů, aniž by mi dal vědět. Zásilka {{tracking_number|<@num:###########>}}. Tohle se opakuje už potřetí.
[[sig|J. Š.]]
""",
    # 21 quoted reply with header and quoted signature
    """
Stále čekám na vrácení peněz, už je to {{quantity|16 dní}}.
[[sig|Tereza Holubová]]

Dne {{date|út 7. 5. 2024}} v {{time|14:22}} [[oth|Michal Havlík]] <[[email|podpora@e-hracky-shop.cz]]> napsal(a):
> Dobrý den paní [[sal|Holubová]],
> peníze byly odeslány, připsání trvá až {{quantity|5 pracovních dní}}.
> S pozdravem
> [[sig|Michal Havlík]]
> {{company|E-hračky.cz}}
""",
    # 22 water outage, department signature, no PII
    """
{{greeting_without_name|Vážení odběratelé}},
dne {{date|18. 9. 2024}} od {{time|7:00}} do {{time|15:00}} bude přerušena dodávka vody v ulicích Lipová a Polní. Cisterna bude přistavena u hasičské zbrojnice.
{{team_name|Provozní oddělení}}
{{company|Vodovody a kanalizace Beroun}}
""",
    # 23 clinic, "mé jméno je", doctor in genitive, e-mail
    """
Mé jméno je [[intro|Bohumila Šťastná]], jsem pacientkou MUDr. [[oth|Zedníkové]]. Prosím o zaslání výsledků krevních testů z {{date|20. 3.}} na e-mail [[email|bohumila.stastna@seznam.cz]].
""",
    # 24 B2B, vocative, full signature block after "--"
    """
Dobrý den pane [[sal|Svobodo]],
potvrzuji objednávku {{quantity|120 ks}} europalet, číslo nabídky {{order_number|<@num:NAB ####/##>}}, dodání do {{date|14. 6.}}

--
S přátelským pozdravem
[[sig|Klára Hájková]]
{{job_title|obchodní referentka}}
{{company|PALETY MORAVA a.s.}}
mob.: [[phone|<@phone:+420 60# ### ###>]]
[[email|hajkova@palety-morava.cz]]
IČ: [[tax_id|<@ico:plain>]]
""",
    # 25 gym review, trainer, lower-case name after a dash
    """
trenérka [[oth|Bára]] je úžasná, za {{quantity|2 měsíce}} jsem shodila {{quantity|5 kilo}}. pobočku {{street_as_brand|Na Florenci}} doporučuju všem - [[sig|lucka]]
""",
    # 26 hotel, colloquial "jmenuju se", card charged twice
    """
Jmenuju se [[intro|Dalibor Kratochvíl]], hotel {{brand|Pyramida}} mi strhl z karty [[card|<@card:mc:group>]] zálohu dvakrát ({{amount|2 × 3 600 Kč}}). Číslo rezervace {{order_number|<@num:#########>}}.
Prosím o vrácení.
[[sig|D. Kratochvíl]]
""",
    # 27 school e-register reset link, daughter, two parents
    """
{{greeting_without_name|Dobrý den}},
odkaz pro obnovení hesla do {{brand|Bakalářů}} nefunguje: [[url_token|https://zs-jih.skola-demo.cz/next/reset.aspx?key=<@token:32>]]
Účet je vedený na dceru [[oth|Elišku Vávrovou]].

Děkujeme
[[sig|Petra Vávrová]], [[sig|Roman Vávra]]
""",
    # 28 tyre service chat, person-like brand, name after the message
    """
Technik [[oth|Vláďa]] ({{person_like_brand|Pneu Jarda}}): přezutí hotovo, zakázka {{order_number|<@num:### ### ###>}}, k úhradě {{amount|1 200 Kč}}.
Zákazník: super, stavím se v {{time|16:30}}. [[sig|Hubert Lang]]
""",
    # 29 housing, "Zdraví vás X", address, phone, initial signature
    """
Zdraví vás [[intro|Oldřich Zeman]], nájemník v domě [[address|Sokolovská 88, Praha 8]]. Už {{quantity|týden}} nejede výtah a správce nebere telefon. Volejte prosím na [[phone|<@phone:+420 602 ### ###>]].
[[sig|O. Zeman]]
""",
    # 30 municipal, "obraťte se na pana", titled signature + address with a person-named street
    """
Na základě telefonického hovoru zasílám žádost o povolení záboru chodníku. Případně se prosím obraťte na pana [[oth|Radima Musila]] z {{team_name|odboru výstavby}}.

Děkuji a zdravím
Ing. arch. [[sig|Eliška Pospíšilová]]
[[address|Kpt. Jaroše 21
602 00 Brno]]
""",
]

ITEMS["sk"] = [
    # 01 B2B building supplies, "pani + surname", titled signature with role/company
    """
Vážená pani [[sal|Kolárová]],
ďakujem za rýchle vybavenie reklamácie k faktúre {{invoice_number|<@num:##########>}}. Dobropis vo výške {{amount|96,40 €}} sme už zaúčtovali.

S pozdravom
Ing. [[sig|Marián Jurčo]]
{{job_title|vedúci nákupu}}
{{company|Stavmat Žilina, s.r.o.}}
""",
    # 02 clinic, "volám sa", rodné číslo without slash, first name + initial
    """
Dobrý deň, volám sa [[intro|Silvia Hudecová]] a potrebovala by som preobjednať kontrolu z {{date|12. marca}}. Moje rodné číslo je [[birth_number|<@rc_sk:F:plain>]].
Ďakujem, [[sig|Silvia H.]]
""",
    # 03 courier chat, "Agent X:" handle, lower-case sign-off
    """
Agent [[oth|Marek]]: Dobrý deň, ako Vám môžem pomôcť?
Zákazník: zásielka {{tracking_number|<@num:Z ### #### ###>}} je od pondelka v depe v {{city|Senci}}
Agent [[oth|Marek]]: Pozriem sa na to... zajtra by mala ísť na doručenie.
Zákazník: ok vďaka, [[sig|miro]]
""",
    # 04 bank notice, no PII
    """
{{greeting_without_name|Vážený klient}},
od {{date|1. 7. 2024}} sa mení poplatok za vedenie účtu na {{amount|4,90 €}} mesačne. Viac informácií nájdete na {{url|https://www.banka-priklad.sk/cennik}}.
S pozdravom
{{team_name|Tím zákazníckej podpory}} {{brand|Tatra banka}}
""",
    # 05 gym, informal, first-name signature + mobile footer
    """
Ahoj [[sal|Maťo]],
môžem si preložiť tréning zo stredy na piatok o {{time|18:00}}? V stredu mám služobku v {{city|Košiciach}}.
Vďaka
[[sig|Peťo]]

Odoslané z môjho iPhonu
""",
    # 06 municipal office, surname-first signature, address
    """
Mestský úrad {{city|Trnava}}
oddelenie dopravy

Žiadam o vydanie duplikátu osvedčenia o evidencii vozidla, číslo konania {{ticket_number|<@num:OD-####/2024>}}. Adresa na doručenie: [[address|Hlavná 27, 917 01 Trnava]].

[[sig|Horváth Ladislav]], [[birth_number|<@rc_sk:M:plain>]]
""",
    # 07 insurance, two signers on two lines, neighbour
    """
{{greeting_without_name|Dobrý deň}},
hlásime poistnú udalosť k zmluve č. {{invalid_checksum_number|<@num:##########>}}: {{date|2. augusta}} nás vytopil sused zhora, pán [[oth|Štefan Mikuš]]. Praskla hadica od práčky, poškodený je strop v kúpeľni.
Fotky prikladáme.

S pozdravom
[[sig|Renáta Šimková]]
[[sig|Branislav Šimko]]
""",
    # 08 bookshop review, person-like brand, street as shop name, no PII
    """
Knihy z {{person_like_brand|Martinusu}} prišli do {{quantity|2 dní}}, ale jedna mala pokrčený obal. Vymenili mi ju priamo v predajni na {{street_as_brand|Obchodnej}}. Hodnotím {{quantity|4 z 5}}.
""",
    # 09 forwarded e-mail, header and quoted signature
    """
[[sal|Zuzka]], posielam ti, čo odpísali zo servisu. Daj vedieť, či to berieme.
[[sig|Rado]]

---------- Preposlaná správa ---------
Od: [[oth|Igor Baran]] <[[email|baran@klimatech-servis.sk]]>
Dátum: {{date|9. 4. 2024}} {{time|11:47}}
Predmet: Cenová ponuka {{order_number|<@num:CP ### ###>}}

Dobrý deň,
výmena kompresora vychádza na {{amount|640 €}} bez DPH.

S pozdravom
[[sig|Igor Baran]]
{{company|Klimatech Servis}}
""",
    # 10 utility, "som X" lower case, street in genitive, phone
    """
som [[intro|gabika molnárová]] z [[address|Kvetnej 14]], elektromer č. {{invalid_checksum_number|<@num:########>}} ukazuje nezmysly, faktúra {{invoice_number|<@num:### ### ####>}} na {{amount|412,18 €}}?? zavolajte mi prosím [[phone|<@phone:090# ### ###>]]
""",
    # 11 pet shop, "Pán X," salutation, "--" signature with double surname and phone
    """
Pán [[sal|Baláž]],
krmivo {{brand|Brit Care}} {{quantity|12 kg}} prišlo roztrhnuté. Objednávka {{order_number|<@num:#########>}} z {{date|6. 5.}}
Prosím o výmenu.
--
[[sig|Katarína Oravcová-Lipková]]
[[phone|<@phone:+421 91# ### ###>]]
""",
    # 12 hotel, name on the closing line, wife
    """
{{greeting_without_name|Vážený pán riaditeľ}},
s manželkou [[oth|Luciou]] sme strávili {{quantity|3 noci}} vo vašom hoteli {{brand|Grand Jasná}}. Bazén bol celý čas mimo prevádzky a nikto nás neupozornil. Rezervácia {{order_number|<@num:######-##>}}.
S pozdravom [[sig|Vladimír Hric]]
""",
    # 13 car service, IČO + IČ DPH, company address, colleague
    """
Dobrý deň, faktúru prosím vystaviť na firmu {{company|DREVOSTAV Orava s.r.o.}}, IČO [[tax_id|<@ico:plain>]], IČ DPH [[tax_id|<@sk_dic:SK>]], sídlo [[address|Nábrežie Oravy 1201/5, 026 01 Dolný Kubín]]. Auto vyzdvihne kolega [[oth|Patrik Jurík]] okolo {{time|15:30}}.
Ďakujem
[[sig|Tibor Kanda]]
""",
    # 14 SaaS, lower-case name on the closing line
    """
ahojte, po aktualizácii na {{version|2.17.0}} nefunguje export faktúr do XML, tiket {{ticket_number|<@num:SUP-#####>}} je bez odpovede už {{quantity|5 dní}}.
s pozdravom [[sig|janko]]
""",
    # 15 school, "píše Vám", child twice, teacher
    """
Dobrý deň, pani [[sal|Vargová]],
píše Vám [[intro|Monika Bartošová]], mamina [[oth|Adamka]] z 1.A. [[oth|Adamko]] má angínu a zajtra nepôjde na výlet do {{city|Bojníc}}. Je možné vrátiť {{amount|15 €}}?
Ďakujem
[[sig|M. Bartošová]]
""",
    # 16 bank, without diacritics, IBAN, customer number
    """
Dobry den,
prosim o vratenie preplatku {{amount|38,70 EUR}} na ucet [[iban|<@iban:SK:group>]]. Cislo zakaznika {{invalid_checksum_number|<@num:#########>}}.
Dakujem
[[sig|Lubomir Stefanik]]
""",
    # 17 e-shop review, no PII
    """
Objednávka z {{brand|Mall.sk}} prišla bez jednej tašky, zákaznícka linka to vyriešila za {{quantity|10 minút}}. Kuriér slušný. Odporúčam, {{quantity|5/5}}.
""",
    # 18 telecom chat, agent handle, "moje meno je"
    """
[[oth|Simona]] ({{team_name|Zákaznícka podpora}}): Dobrý deň, s čím Vám pomôžem?
Vy: dobrý deň, moje meno je [[intro|Dušan Rybár]], chcem preniesť číslo [[phone|<@phone:0949 ### ###>]] k inému operátorovi
[[oth|Simona]] ({{team_name|Zákaznícka podpora}}): Kód Vám pošleme SMS správou do {{quantity|24 hodín}}.
""",
    # 19 insurance, rodné číslo with slash, titled signature with role
    """
Vážený pán [[sal|Lukáč]],
v prílohe posielam údaje k úrazovému poisteniu: poistený [[oth|Michal Dobrovský]], rodné číslo [[birth_number|<@rc_sk:M:slash>]], trvalý pobyt [[address|Partizánska 9, 974 01 Banská Bystrica]].

S pozdravom
Mgr. [[sig|Andrea Šulková]]
{{job_title|finančná agentka}}
""",
    # 20 courier, driver's nickname, initials
    """
Kuriér [[oth|Jožo]] od {{brand|Packety}} nechal balík pri schránke na ulici, hoci som bola doma. Zásielka {{tracking_number|<@num:Z###########>}}. Už tretíkrát.
[[sig|M. H.]]
""",
    # 21 quoted reply with header and quoted signature
    """
Stále čakám na vrátenie peňazí, je to už {{quantity|15 dní}}.
[[sig|Natália Kováčiková]]

Dňa {{date|ut 14. 5. 2024}} o {{time|9:03}} [[oth|Roman Gajdoš]] <[[email|reklamacie@bytovydizajn-eshop.sk]]> napísal(a):
> Dobrý deň pani [[sal|Kováčiková]],
> peniaze sme odoslali, pripísanie môže trvať {{quantity|3 – 5 pracovných dní}}.
> S pozdravom
> [[sig|Roman Gajdoš]]
> {{company|Bytový dizajn s.r.o.}}
""",
    # 22 water outage, department signature, no PII
    """
{{greeting_without_name|Vážení odberatelia}},
dňa {{date|24. 9. 2024}} od {{time|8:00}} do {{time|13:00}} bude prerušená dodávka vody na uliciach Jarná a Školská. Cisterna bude pristavená pri obecnom úrade.
{{team_name|Prevádzkové oddelenie}}
{{company|Vodárne Záhorie a.s.}}
""",
    # 23 clinic, "tu X", doctor in genitive, e-mail
    """
Dobrý deň, tu [[intro|Emília Vrábelová]], pacientka MUDr. [[oth|Halušku]]. Prosím o poslanie výsledkov krvi z {{date|19. 3.}} na mail [[email|emilia.vrabelova@azet.sk]].
""",
    # 24 B2B, salutation, full signature block after "--", DIČ
    """
Dobrý deň pán [[sal|Kováč]],
potvrdzujem objednávku {{quantity|80 ks}} paliet, ponuka č. {{order_number|<@num:PON/####/##>}}, dodanie do {{date|20. 6.}}

--
S priateľským pozdravom
[[sig|Dominika Urbanová]]
{{job_title|obchodná referentka}}
{{company|PALETY VÝCHOD a.s.}}
mobil: [[phone|<@phone:0915 ### ###>]]
[[email|urbanova@palety-vychod.sk]]
DIČ: [[tax_id|<@sk_dic:plain>]]
""",
    # 25 gym review, trainer, lower-case name after "--"
    """
tréner [[oth|Rišo]] je super, za {{quantity|6 týždňov}} mínus {{quantity|4 kilá}}! fitko v {{city|Prešove}} odporúčam
-- [[sig|danka]]
""",
    # 26 hotel, "volám sa", card charged twice, first name + initial
    """
Volám sa [[intro|Juraj Piovarči]]. Hotel {{brand|Patria}} mi dvakrát stiahol z karty [[card|<@card:visa:dash>]] zálohu ({{amount|2 × 180 €}}). Číslo rezervácie {{order_number|<@num:#########>}}.
Prosím o vrátenie jednej platby.
[[sig|Juraj P.]]
""",
    # 27 school e-register reset link, son, two parents
    """
{{greeting_without_name|Dobrý deň}},
odkaz na obnovenie hesla do {{brand|EduPage}} nefunguje: [[url_token|https://zs-demo.edupage-priklad.sk/login/?reset=<@token:24:mix>]]
Konto je vedené na syna [[oth|Samka Lacka]].

Ďakujeme
[[sig|Ivana Lacková]]
[[sig|Peter Lacko]]
""",
    # 28 tyre service chat, person-like brand, name after the message
    """
Technik [[oth|Braňo]] ({{person_like_brand|Pneuservis u Ďura}}): prezutie hotové, zákazka {{order_number|<@num:### ### ###>}}, na úhradu {{amount|48 €}}.
Zákazník: super, prídem o {{time|17:15}}. [[sig|Erik Szabó]]
""",
    # 29 housing, formal self-introduction, address, phone, initial signature
    """
Dovoľte, aby som sa predstavil: [[intro|Ľubomír Čierny]], nájomník v dome [[address|Mierová 45, Bratislava]]. Už {{quantity|týždeň}} nejde výťah a správca nedvíha telefón. Prosím volajte na [[phone|<@phone:+421 90# ### ###>]].
[[sig|Ľ. Čierny]]
""",
    # 30 municipal, "obráťte sa na pani", titled signature + address on a person-named street
    """
Na základe telefonického rozhovoru zasielam žiadosť o povolenie záberu verejného priestranstva. V prípade otázok sa obráťte na pani [[oth|Bednárovú]] z {{team_name|oddelenia výstavby}}.

S úctou
JUDr. [[sig|Tomáš Greguš]], PhD.
[[address|Štúrova 12
040 01 Košice]]
""",
]

ITEMS["ru"] = [
    # 01 B2B, name + patronymic salutation, signature block with role/company/phone
    """
Уважаемая [[sal|Ольга Викторовна]]!

Благодарю за оперативный ответ по счёту {{invoice_number|<@num:### ### ## ##>}}. Корректировку на сумму {{amount|4 870 руб.}} принимаем, просим выставить её датой {{date|29.03.2024}}.

С уважением,
[[sig|Дмитрий Олегович Гаврилов]]
{{job_title|начальник отдела снабжения}}
{{company|ООО «Типография Вектор»}}
тел. [[phone|<@phone:+7 (9##) ###-##-##>]]
""",
    # 02 clinic, "меня зовут" with patronymic, SNILS, surname + initials
    """
Здравствуйте! Меня зовут [[intro|Наталья Андреевна Соколова]], хочу перенести приём к кардиологу с {{date|14 марта}} на другой день. СНИЛС [[national_id|<@snils>]]. Удобно после {{time|15:00}}.
Спасибо.
[[sig|Соколова Н.А.]]
""",
    # 03 courier chat, agent handle, lower-case sign-off
    """
Оператор [[oth|Алексей]]: Здравствуйте! Чем могу помочь?
Клиент: посылка {{tracking_number|<@num:##############>}} висит в сортировке в {{city|Подольске}} уже неделю
Оператор [[oth|Алексей]]: Проверяю... передал запрос на склад, ответ будет в течение {{quantity|48 часов}}.
Клиент: ок, спасибо. [[sig|дима]]
""",
    # 04 bank notice, no PII
    """
{{greeting_without_name|Уважаемый клиент}}!
С {{date|1 июля 2024 г.}} стоимость обслуживания карты составит {{amount|99 ₽}} в месяц. Подробнее: {{url|https://www.bank-primer.ru/tarify}}.
С уважением,
{{team_name|Служба поддержки}} {{brand|банка «Северный»}}
""",
    # 05 gym, colloquial vocative, nickname signature + mobile footer
    """
Привет, [[sal|Серёж]]!
Можно перенести тренировку с четверга на субботу, на {{time|11:00}}? В четверг улетаю в {{city|Казань}}.
Спасибо!
[[sig|Лёха]]

Отправлено с iPhone
""",
    # 06 municipal, formal application "Я, X, проживающая...", surname + initials
    """
В отдел ЖКХ администрации городского округа {{city|Коломна}}

Я, [[intro|Кузнецова Тамара Ильинична]], проживающая по адресу: [[address|140400, г. Коломна, ул. Октябрьской Революции, д. 212, кв. 35]], прошу провести обследование протекающей кровли. Обращение № {{ticket_number|<@num:ОГ-####/24>}}.

{{date|15.04.2024}}   [[sig|Кузнецова Т.И.]]
[[national_id|<@snils>]]
""",
    # 07 insurance, two signers, neighbour with patronymic
    """
{{greeting_without_name|Добрый день}}!
Сообщаем о страховом случае по договору {{invalid_checksum_number|<@num:##########>}}: {{date|5 февраля}} нас залил сосед сверху, [[oth|Виктор Семёнович Руденко]]. Повреждены потолок и ламинат в коридоре.
Фото и акт из управляющей компании во вложении.

С уважением,
[[sig|Ирина Голубева]]
[[sig|Сергей Голубев]]
""",
    # 08 DIY review, person-like brands, no PII
    """
Брали ламинат в «{{person_like_brand|Петровиче}}», а плинтус — в {{person_like_brand|Леруа Мерлен}}. Доставка из обоих пришла в один день, всё целое. Оценка {{quantity|5 из 5}}.
""",
    # 09 forwarded e-mail, header and quoted signature
    """
[[sal|Лена]], пересылаю ответ сервиса. Посмотри, пожалуйста, берём или нет.
[[sig|Костя]]

---------- Пересылаемое сообщение ----------
От кого: [[oth|Артём Зайцев]] <[[email|zaitsev@holod-service.ru]]>
Дата: {{date|8 апреля 2024}}, {{time|09:12}}
Тема: Смета по заявке {{order_number|<@num:### ### ###>}}

Добрый день!
Замена компрессора — {{amount|23 500 руб.}} с работой.

С уважением,
[[sig|Артём Зайцев]]
{{company|Холод-Сервис}}
""",
    # 10 utility, "это X" lower case, meter, invoice, phone
    """
это [[intro|гена быков]] с Садовой, счётчик № {{invalid_checksum_number|<@num:########>}} показывает какую-то ерунду, квитанция {{invoice_number|<@num:##########>}} на {{amount|8 412,60 р}}! перезвоните [[phone|<@phone:8 9## ### ## ##>]]
""",
    # 11 pet shop, first-name salutation, "--" signature with double surname and phone
    """
Здравствуйте, [[sal|Игорь]]!
Корм {{brand|Royal Canin}} {{quantity|15 кг}} пришёл с порванным мешком, фото прикладываю. Заказ {{order_number|<@num:###-###-###>}} от {{date|2 мая}}.
Прошу замену или возврат.
--
[[sig|Вера Пантелеева-Юнусова]]
[[phone|<@phone:+7 9## ### ## ##>]]
""",
    # 12 hotel, name on the closing line, husband
    """
{{greeting_without_name|Уважаемый администратор}}!
Мы с мужем, [[oth|Геннадием]], провели {{quantity|три ночи}} в вашем отеле «{{brand|Волжская жемчужина}}» в {{city|Самаре}}. Кондиционер в номере не работал, на ресепшене каждый день обещали починить. Бронь {{order_number|<@num:БР-#######>}}. Прошу частичный возврат.
С уважением, [[sig|Маргарита Лебедева]]
""",
    # 13 car service, company INN + OGRN, legal address, colleague
    """
Добрый день! Счёт прошу выставить на {{company|ООО «СтройТранс»}}, ИНН [[tax_id|<@inn:10>]], ОГРН [[tax_id|<@ogrn>]], юр. адрес: [[address|450077, г. Уфа, ул. Ленина, д. 70, офис 12]]. Машину заберёт мой коллега, [[oth|Ринат Хабибуллин]], около {{time|16:30}}.
Спасибо,
[[sig|Алексей Воронцов]]
""",
    # 14 SaaS, lower-case name after "спс"
    """
после обновления до {{version|5.2.0}} отчёты в Excel выгружаются пустыми. тикет {{ticket_number|#<@num:######>}} висит без ответа {{quantity|неделю}}.
спс, [[sig|макс]]
""",
    # 15 school, name + patronymic salutation, "беспокоит X", child twice
    """
Добрый день, [[sal|Елена Сергеевна]]!
Беспокоит [[intro|Ольга Кравченко]], мама [[oth|Вани]] из 3 «Б». [[oth|Ваня]] завтра не поедет на экскурсию в {{city|Суздаль}} (температура), можно ли вернуть {{amount|1 500 руб.}}?
Спасибо!
[[sig|Ольга]]
""",
    # 16 telecom, Russian in Latin transliteration
    """
Zdravstvuite,
proshu vernut pereplatu {{amount|1 340 rub}} za internet, dogovor {{invalid_checksum_number|<@num:##########>}}. Pishu latinicei, na rabochem kompe net russkoi raskladki.
Spasibo,
[[sig|Andrei Smirnov]]
""",
    # 17 marketplace review, person-like brands, no PII
    """
Шоколадки «{{person_like_brand|Алёнка}}» в наборе оказались просрочены, в поддержке {{brand|Озона}} вернули деньги за {{quantity|10 минут}}. Оплачивал картой {{person_like_brand|Тинькофф}}, кешбэк пришёл. Оценка {{quantity|4/5}}.
""",
    # 18 telecom chat, agent handle, "на связи X"
    """
Специалист [[oth|Ксения]] ({{team_name|служба поддержки}}): Здравствуйте! Чем могу помочь?
Вы: Здравствуйте, на связи [[intro|Роман Ефимов]]. Хочу перенести номер [[phone|<@phone:+7 9## ###-##-##>]] к другому оператору.
Специалист [[oth|Ксения]] ({{team_name|служба поддержки}}): Код придёт в SMS в течение {{quantity|суток}}.
""",
    # 19 health insurance, personal INN + SNILS, signature with role/company
    """
Уважаемый [[sal|Павел Андреевич]]!
Направляю данные для полиса ДМС: застрахованный [[oth|Шамиль Ринатович Галиев]], ИНН [[national_id|<@inn:12>]], СНИЛС [[national_id|<@snils:plain>]].

С уважением,
[[sig|Юлия Мельникова]]
{{job_title|специалист отдела кадров}}
{{company|АО «Уралмашсервис»}}
""",
    # 20 courier, courier's name in instrumental, initials
    """
Курьер {{brand|СДЭК}} (представился [[oth|Рустамом]]) оставил коробку у подъезда вместо того, чтобы поднять на {{quantity|5 этаж}}. Накладная {{tracking_number|<@num:##########>}}. Такая доставка не устраивает.
[[sig|В.К.]]
""",
    # 21 quoted reply with header, quoted salutation and signature
    """
До сих пор жду возврат денег, прошло уже {{quantity|14 дней}}.
[[sig|Полина Виноградова]]

пн, {{date|13 мая 2024 г.}} в {{time|16:20}}, [[oth|Антон Белов]] <[[email|support@tehno-dom-shop.ru]]>:
> [[sal|Полина]], добрый день!
> Возврат оформлен, ожидайте.
> --
> С уважением,
> [[sig|Антон Белов]]
> {{company|Техно-Дом}}
""",
    # 22 water outage, dispatcher signature, no PII
    """
{{greeting_without_name|Уважаемые жители}}!
{{date|23.09.2024}} с {{time|8:00}} до {{time|17:00}} будет отключено холодное водоснабжение по улицам Лесной и Заречной. Водовозка будет стоять у школы № 4.
{{team_name|Аварийно-диспетчерская служба}}
{{company|МУП «Водоканал»}}
""",
    # 23 clinic, "представлюсь:" surname first, doctor in genitive, e-mail
    """
Представлюсь: [[intro|Тимофеева Людмила Геннадьевна]], наблюдаюсь у доктора [[oth|Осипова]]. Прошу выслать результаты анализов от {{date|20.03}} на почту [[email|ludmila.timofeeva@mail.ru]].
""",
    # 24 B2B, first-name salutation, signature block after "--", INN
    """
Добрый день, [[sal|Виктор]]!
Подтверждаю заказ: {{quantity|40 поддонов}} тротуарной плитки, КП № {{order_number|<@num:КП-##/####>}}, поставка {{date|10.06}}.

--
С уважением,
[[sig|Анастасия Ковалёва]]
{{job_title|менеджер по продажам}}
{{company|ООО «Плитка-Центр»}}
моб. [[phone|<@phone:8 (9##) ###-##-##>]]
[[email|a.kovaleva@plitka-center.ru]]
ИНН [[tax_id|<@inn:10>]]
""",
    # 25 gym review, trainer, lower-case name after a dash
    """
тренер [[oth|Артур]] просто супер, за {{quantity|2 месяца}} минус {{quantity|7 кг}}! клуб на {{street_as_brand|Невском}} всем советую — [[sig|вика]]
""",
    # 26 hotel, "пишет вам X", card, initial + surname
    """
Пишет вам [[intro|Борис Кудрявцев]]. Отель «{{brand|Амбер}}» дважды списал с моей карты [[card|<@card:mc:plain>]] оплату за одно проживание ({{amount|2 × 12 400 ₽}}). Номер брони {{order_number|<@num:#########>}}.
Прошу вернуть один платёж.
[[sig|Б. Кудрявцев]]
""",
    # 27 school e-diary reset link, daughter, two parents on one line
    """
{{greeting_without_name|Здравствуйте}}!
Ссылка для сброса пароля в электронном дневнике не работает: [[url_token|https://dnevnik.school-primer.ru/auth/reset?token=<@token:40>]]
Аккаунт оформлен на дочь, [[oth|Алису Карпову]].

С уважением,
[[sig|Марина Карпова]], [[sig|Денис Карпов]]
""",
    # 28 tyre service chat, person-like brand, name after the message
    """
Мастер [[oth|Саня]] (шиномонтаж «{{person_like_brand|У Михалыча}}»): машина готова, заказ-наряд {{order_number|<@num:### ### ###>}}, к оплате {{amount|3 200 ₽}}.
Клиент: отлично, буду в {{time|18:30}}. [[sig|Эдуард Фомин]]
""",
    # 29 housing, "Вас приветствует X", address on a person-named street, phone
    """
Вас приветствует [[intro|Григорий Ломов]], жилец дома [[address|ул. Гагарина, д. 17]]. Уже {{quantity|неделю}} не работает лифт, УК не отвечает. Прошу связаться со мной: [[phone|<@phone:+7 (9##) ### ## ##>]].
[[sig|Г. Ломов]]
""",
    # 30 municipal, "обратиться к X" by name + patronymic, full name signature + address
    """
По итогам телефонного разговора направляю заявление на вырубку аварийного дерева. По вопросам можно обратиться к [[oth|Галине Петровне]] из {{team_name|отдела благоустройства}}.

С уважением,
[[sig|Евгения Фёдоровна Шестакова]]
[[address|ул. Пушкина, д. 8, кв. 3
603000 Нижний Новгород]]
""",
]

ITEMS["uk"] = [
    # 01 B2B, vocative name + patronymic, signature block with role/company/phone
    """
Шановна пані [[sal|Ірино Василівно]]!

Дякую за швидку відповідь щодо рахунку {{invoice_number|<@num:### ### ## ##>}}. Коригування на суму {{amount|1 920 грн}} погоджуємо, прошу оформити його датою {{date|29.03.2024}}.

З повагою,
[[sig|Віктор Павлович Остапчук]]
{{job_title|начальник відділу закупівель}}
{{company|ТОВ «Друкарня Обрій»}}
тел. [[phone|<@phone:+380 67 ### ## ##>]]
""",
    # 02 clinic, "мене звати", RNOKPP, surname + initials
    """
Добрий день! Мене звати [[intro|Оксана Гнатюк]], хочу перенести прийом до кардіолога з {{date|14 березня}} на інший день. РНОКПП [[national_id|<@rntrc>]]. Зручно після {{time|15:00}}.
Дякую.
[[sig|Гнатюк О. П.]]
""",
    # 03 courier chat, agent handle, lower-case sign-off
    """
Оператор [[oth|Назар]]: Вітаю! Чим можу допомогти?
Клієнт: посилка {{tracking_number|<@num:2045 #### #### ##>}} третій день стоїть у {{city|Броварах}} на сортуванні
Оператор [[oth|Назар]]: Перевіряю... сьогодні ввечері її відправлять, доставка завтра до {{time|18:00}}.
Клієнт: дякую, [[sig|ліна]]
""",
    # 04 bank notice, no PII
    """
{{greeting_without_name|Шановний клієнте}}!
З {{date|1 липня 2024 року}} обслуговування картки коштуватиме {{amount|25 грн}} на місяць. Докладніше: {{url|https://www.bank-pryklad.ua/taryfy}}.
З повагою,
{{team_name|Служба підтримки}} {{brand|банку «Поділля»}}
""",
    # 05 gym, vocative, first-name signature + mobile footer
    """
Привіт, [[sal|Тарасе]]!
Можна перенести тренування з четверга на суботу, на {{time|10:00}}? У четвер їду у відрядження до {{city|Одеси}}.
Дякую!
[[sig|Остап]]

Надіслано з iPhone
""",
    # 06 municipal, formal "Я, X, що проживає...", initials-first signature
    """
До управління ЖКГ Житомирської міської ради

Я, [[intro|Петрук Василь Іванович]], що проживаю за адресою: [[address|вул. Київська, 48, кв. 17, м. Житомир, 10001]], прошу обстежити дах нашого будинку, який протікає. Звернення № {{ticket_number|<@num:ЗВ-####/24>}}.

{{date|15.04.2024}}   [[sig|В. І. Петрук]]
[[national_id|<@rntrc>]]
""",
    # 07 insurance, two signers, neighbour
    """
{{greeting_without_name|Добрий день}}!
Повідомляємо про страховий випадок за договором {{invalid_checksum_number|<@num:##########>}}: {{date|5 лютого}} нас затопив сусід зверху, [[oth|Роман Стефанович Дзюба]]. Пошкоджено стелю та ламінат у коридорі.
Фото та акт від ОСББ у вкладенні.

З повагою,
[[sig|Ганна Литвин]]
[[sig|Ярослав Литвин]]
""",
    # 08 food review, person-like brand, no PII
    """
Вареники «{{person_like_brand|Галя Балувана}}» з {{brand|Сільпо}} — найкращі з магазинних, але упаковка {{quantity|800 г}} подорожчала на {{percent|20%}}. Оцінка {{quantity|4 з 5}}.
""",
    # 09 forwarded e-mail, vocative, header and quoted signature
    """
[[sal|Олю]], пересилаю відповідь сервісу. Подивись, будь ласка, беремо чи ні.
[[sig|Славко]]

---------- Переслане повідомлення ---------
Від: [[oth|Максим Коваль]] <[[email|m.koval@holod-servis.com.ua]]>
Дата: {{date|8 квітня 2024 р.}} о {{time|09:12}}
Тема: Кошторис за заявкою {{order_number|<@num:### ### ###>}}

Добрий день!
Заміна компресора — {{amount|9 800 грн}} разом з роботою.

З повагою,
[[sig|Максим Коваль]]
{{company|Холод-Сервіс Плюс}}
""",
    # 10 utility, "це X" lower case, address on a person-named street, phone
    """
це [[intro|світлана мельник]] з [[address|Шевченка 14]], лічильник № {{invalid_checksum_number|<@num:########>}} показує якусь дурню, рахунок {{invoice_number|<@num:##########>}} на {{amount|3 412,60 грн}}! передзвоніть [[phone|<@phone:0(67)#######>]]
""",
    # 11 pet shop, "Пане X", "--" signature with double surname and phone
    """
Пане [[sal|Олеже]],
корм {{brand|Royal Canin}} {{quantity|15 кг}} прийшов з порваним мішком, фото додаю. Замовлення {{order_number|<@num:###-###-###>}} від {{date|2 травня}}.
Прошу заміну або повернення коштів.
--
[[sig|Леся Кравець-Бондар]]
[[phone|<@phone:+380 (50) ###-##-##>]]
""",
    # 12 hotel, name on the closing line, wife
    """
{{greeting_without_name|Шановна адміністраціє}}!
Ми з дружиною, [[oth|Мариною]], провели {{quantity|три ночі}} у вашому готелі «{{brand|Карпатська зірка}}» в {{city|Яремчі}}. Басейн весь час не працював, і нас ніхто не попередив. Бронювання {{order_number|<@num:БР-#######>}}.
З повагою, [[sig|Степан Гуменюк]]
""",
    # 13 car service, EDRPOU, company address, colleague
    """
Добрий день! Рахунок прошу виставити на {{company|ТОВ «Будтранс-Захід»}}, код ЄДРПОУ [[tax_id|<@edrpou>]], юр. адреса: [[address|вул. Городоцька, 120, м. Львів, 79022]]. Авто забере мій колега, [[oth|Юрій Федорак]], близько {{time|16:30}}.
Дякую,
[[sig|Денис Мацюк]]
""",
    # 14 SaaS, lower-case name after "дяки"
    """
після оновлення до {{version|3.4.2}} звіти в PDF вивантажуються порожніми. тікет {{ticket_number|#<@num:#######>}} висить без відповіді вже {{quantity|тиждень}}.
дяки, [[sig|юра]]
""",
    # 15 school, vocative name + patronymic, "пише вам X", child twice
    """
Добрий день, [[sal|Наталіє Петрівно]]!
Пише вам [[intro|Христина Савчук]], мама [[oth|Данилка]] з 2-Б. [[oth|Данилко]] завтра не поїде на екскурсію до {{city|Чернігова}} (температура), чи можна повернути {{amount|450 грн}}?
Дякую!
[[sig|Христина]]
""",
    # 16 bank, Ukrainian in Latin letters, UA IBAN
    """
Dobryi den,
proshu povernuty pereplatu {{amount|780 hrn}} na rakhunok [[iban|<@iban:UA:plain>]]. Nomer dohovoru {{invalid_checksum_number|<@num:#########>}}.
Dyakuiu,
[[sig|Mykola Tkachenko]]
""",
    # 17 review, brands only, no PII
    """
Замовляли плитку в «{{brand|Епіцентрі}}», доставили за {{quantity|2 дні}}, але {{quantity|3 коробки}} були биті. Заміну привезли вже наступного ранку. Оцінка {{quantity|4/5}}.
""",
    # 18 telecom chat, agent handle, "вітаю, я X"
    """
Фахівчиня [[oth|Софія]] ({{team_name|служба підтримки}}): Вітаю! Чим можу допомогти?
Ви: Вітаю, я [[intro|Тарас Кузьмич]], хочу перенести номер [[phone|<@phone:+380 9# ### ## ##>]] до іншого оператора.
Фахівчиня [[oth|Софія]] ({{team_name|служба підтримки}}): Код надійде в SMS протягом {{quantity|доби}}.
""",
    # 19 insurance, "пане + vocative", RNOKPP, signature with role/company
    """
Шановний пане [[sal|Богдане]]!
Надсилаю дані для полісу: застрахована особа [[oth|Ольга Миколаївна Зінченко]], РНОКПП [[national_id|<@rntrc>]].

З повагою,
[[sig|Ангеліна Бойко]]
{{job_title|фахівець відділу кадрів}}
{{company|ПрАТ «Дніпроенергобуд»}}
""",
    # 20 courier, courier's name, initials
    """
Кур'єр {{brand|Нової пошти}} (представився [[oth|Віталіком]]) залишив коробку біля під'їзду, хоча мав підняти на {{quantity|7 поверх}}. ТТН {{tracking_number|<@num:20 #### #### ####>}}. Така доставка не влаштовує.
[[sig|О.Б.]]
""",
    # 21 quoted reply, header, quoted salutation and signature
    """
Досі чекаю на повернення коштів, минуло вже {{quantity|14 днів}}.
[[sig|Вероніка Шевчук]]

пн, {{date|13 трав. 2024 р.}} о {{time|16:20}} [[oth|Богдан Ярема]] <[[email|support@tekhnodim-shop.com.ua]]> пише:
> Пані [[sal|Вероніко]], добрий день!
> Повернення оформлено, очікуйте.
> --
> З повагою,
> [[sig|Богдан Ярема]]
> {{company|Технодім}}
""",
    # 22 water outage, department signature, no PII
    """
{{greeting_without_name|Шановні мешканці}}!
{{date|23.09.2024}} з {{time|8:00}} до {{time|17:00}} не буде холодної води на вулицях Лісовій та Зарічній. Водовоз стоятиме біля школи № 4.
{{team_name|Аварійно-диспетчерська служба}}
{{company|КП «Водоканал»}}
""",
    # 23 clinic, "турбує вас X", doctor in genitive, e-mail
    """
Турбує вас [[intro|Людмила Романюк]], я спостерігаюся в лікаря [[oth|Осадчого]]. Прошу надіслати результати аналізів від {{date|20.03}} на пошту [[email|lyuda.romaniuk@ukr.net]].
""",
    # 24 B2B, vocative, signature block after "--", EDRPOU
    """
Доброго дня, пане [[sal|Андрію]]!
Підтверджую замовлення: {{quantity|40 піддонів}} тротуарної плитки, КП № {{order_number|<@num:КП-##/####>}}, поставка {{date|10.06}}.

--
З повагою,
[[sig|Ірина Марченко]]
{{job_title|менеджерка з продажу}}
{{company|ТОВ «Плитка-Схід»}}
моб. [[phone|<@phone:(097) ### ## ##>]]
[[email|i.marchenko@plytka-skhid.com.ua]]
ЄДРПОУ [[tax_id|<@edrpou>]]
""",
    # 25 gym review, trainer, lower-case name after a dash
    """
тренер [[oth|Влад]] просто космос, за {{quantity|2 місяці}} мінус {{quantity|6 кг}}! зал на {{street_as_brand|Хрещатику}} раджу всім — [[sig|настя]]
""",
    # 26 hotel, "звертаюся до вас я, X", card, initial + surname
    """
Звертаюся до вас я, [[intro|Ярослав Дмитрук]]. Готель «{{brand|Бурштин}}» двічі списав з моєї картки [[card|<@card:visa:group>]] оплату за одне проживання ({{amount|2 × 3 200 грн}}). Номер бронювання {{order_number|<@num:#########>}}.
Прошу повернути один платіж.
[[sig|Я. Дмитрук]]
""",
    # 27 school e-diary reset link, son, two parents
    """
{{greeting_without_name|Добрий день}}!
Посилання для скидання пароля в електронному щоденнику не працює: [[url_token|https://shchodennyk.school-pryklad.ua/auth/reset?token=<@token:40>]]
Акаунт оформлено на сина, [[oth|Марка Ткачука]].

З повагою,
[[sig|Уляна Ткачук]]
[[sig|Іван Ткачук]]
""",
    # 28 car service chat, person-like brand, name after the message
    """
Майстер [[oth|Василь]] (СТО «{{person_like_brand|У Петровича}}»): авто готове, замовлення-наряд {{order_number|<@num:### ### ###>}}, до сплати {{amount|2 400 грн}}.
Клієнт: супер, буду о {{time|18:30}}. [[sig|Орест Паньків]]
""",
    # 29 housing, "Вас вітає X", address, phone
    """
Вас вітає [[intro|Всеволод Кушнір]], мешканець будинку [[address|вул. Незалежності, 17]]. Уже {{quantity|тиждень}} не працює ліфт, ОСББ не відповідає. Прошу зв'язатися зі мною: [[phone|<@phone:+380 63 ### ## ##>]].
[[sig|В. Кушнір]]
""",
    # 30 municipal, "зверніться до пані X", signature + address on a person-named street
    """
За результатами телефонної розмови надсилаю заяву на видалення аварійного дерева. З питань можна звернутися до пані [[oth|Лесі Гончаренко]] з {{team_name|відділу благоустрою}}.

З повагою,
[[sig|Зоряна Іванівна Федишин]]
[[address|вул. Лесі Українки, 25, кв. 9
79000 Львів]]
""",
]

ITEMS["en"] = [
    # 01 B2B, "Ms + surname", one-line signature with role/company + phone line
    """
Dear Ms [[sal|Okafor]],

Thanks for getting back to us so quickly about invoice {{invoice_number|<@num:### #### ###>}}. The credit note for {{amount|£86.10}} is fine, please date it {{date|28 March 2024}}.

Kind regards,
[[sig|Priya Raman]] | {{job_title|Accounts Payable}} | {{company|Northgate Joinery Ltd}}
T: [[phone|<@phone:0131 %## ####>]]
""",
    # 02 clinic, "my name is", phone, title + initial + surname
    """
Hello, my name is [[intro|Janet Whitaker]] and I need to move my appointment on {{date|14th March}} with the practice nurse. Anything after {{time|3pm}} works as I do shifts. Best number is [[phone|<@phone:07### ######>]].
Thank you,
Mrs [[sig|J. Whitaker]]
""",
    # 03 courier chat, agent handle, lower-case nickname sign-off
    """
Agent [[oth|Callum]]: Hi there, how can I help today?
You: parcel {{tracking_number|<@num:H##########>}} has been stuck at the {{city|Daventry}} hub since tuesday
Agent [[oth|Callum]]: Checking now... it's been re-routed and should be with you tomorrow before {{time|6pm}}.
You: ta, [[sig|becks]]
""",
    # 04 energy notice, no PII
    """
{{greeting_without_name|Dear Customer}},
From {{date|1 July 2024}} your standing charge will change to {{amount|53.35p}} per day. You can see the new tariff at {{url|https://www.energy-example.co.uk/tariffs}}.
Kind regards,
{{team_name|The Customer Care Team}}
{{brand|Brightwell Energy}}
""",
    # 05 gym, informal, first name with a kiss + mobile footer
    """
Hiya [[sal|Jordan]]!
Can I swap Thursday's session to Saturday {{time|10am}}? Got to go to {{city|Leicester}} for work on Thursday.
Thanks
[[sig|Ellie]] x

Sent from my iPhone
""",
    # 06 council, capitalised surname with initials, address
    """
Parking Services
{{company|Medway Council}}

I am appealing penalty charge notice {{ticket_number|<@num:ME#######A>}}. The bay markings outside [[address|41 Canterbury Street, Gillingham ME7 5TR]] have worn away completely.

Yours faithfully

[[sig|D. J. FLETCHER]] (Mr)
""",
    # 07 home insurance, two signers on one line, neighbour
    """
{{greeting_without_name|Hello}},
We need to make a claim on policy {{invalid_checksum_number|<@num:HH-########>}}. On {{date|3 February}} water came through our kitchen ceiling from the flat above (Mr [[oth|Pritchard]]'s). Photos and the managing agent's report attached.

Many thanks,
[[sig|Rob Fielding]] & [[sig|Ama Owusu]]
""",
    # 08 review, person-like brands, street as shop name, no PII
    """
Bought a {{person_like_brand|Ted Baker}} coat at the {{street_as_brand|Oxford Street}} store and a box of {{person_like_brand|Mr Kipling}} slices on the way home - the coat's zip broke within {{quantity|a week}}. Refund was painless though, {{quantity|4/5}}.
""",
    # 09 forwarded e-mail, short salutation, header and quoted signature
    """
[[sal|Sue]] - see below from the aircon people. Shall we go ahead?
[[sig|Martin]]

---------- Forwarded message ---------
From: [[oth|Gareth Price]] <[[email|gareth@coolair-services.co.uk]]>
Date: Mon, {{date|8 Apr 2024}} at {{time|09:12}}
Subject: Quote for job {{order_number|<@num:### ### ####>}}

Hi,
Replacing the compressor comes to {{amount|£1,240}} + VAT.

Best regards,
[[sig|Gareth Price]]
{{company|CoolAir Services}}
""",
    # 10 utility, "it's X" lower case, address, phone
    """
hi its [[intro|kev doherty]] at [[address|14 Marsh Lane]], meter {{invalid_checksum_number|<@num:##########>}} is showing mad readings and bill {{invoice_number|<@num:### ### ####>}} says {{amount|£612.40}}?? ring me on [[phone|<@phone:07### ### ###>]]
""",
    # 11 pet shop, first-name salutation, "--" signature with double surname and phone
    """
Dear [[sal|Siobhan]],
The {{quantity|12kg}} bag of {{brand|Burns}} dog food arrived split open, photos attached. Order {{order_number|<@num:#########>}} from {{date|2 May}}.
Could you send a replacement please?
--
[[sig|Niamh O'Connor-Walsh]]
[[phone|<@phone:+44 7### ######>]]
""",
    # 12 hotel, name on the closing line, husband
    """
{{greeting_without_name|To whom it may concern}},
My husband, [[oth|Desmond]], and I stayed {{quantity|three nights}} at {{brand|The Harbour View}} in {{city|Whitby}}. The heating in room 12 never worked and reception kept promising to fix it. Booking ref {{order_number|<@num:HV-######>}}. I'd like a partial refund.
Regards, [[sig|Pauline Achterberg]]
""",
    # 13 garage, GB VAT, company address, colleague
    """
Morning, can the invoice go to {{company|Hartley Scaffolding Ltd}}, VAT reg. [[tax_id|<@gbvat:space>]], [[address|Unit 4, Ryecroft Industrial Estate, Bradford BD4 7NH]]? My colleague [[oth|Dean Marsh]] will pick the van up about {{time|4.30}}.
Cheers,
[[sig|Phil Hartley]]
""",
    # 14 SaaS, lower-case name under "cheers"
    """
hey, since updating to {{version|v4.12}} the PDF export crashes on anything over {{quantity|40 pages}}. raised ticket {{ticket_number|<@num:#######>}} a week ago, nothing back yet
cheers
[[sig|rav]]
""",
    # 15 school, "Mrs + surname", "I'm X, Y's mum", child twice
    """
Dear Mrs [[sal|Hargreaves]],
I'm [[intro|Leanne Doyle]], [[oth|Finley]]'s mum in Year 4. [[oth|Finley]] has tonsillitis so he won't make the trip to {{city|York}} tomorrow - is it possible to get the {{amount|£18}} back?
Thanks,
[[sig|Leanne]]
""",
    # 16 bank, name written without its diacritics, GB IBAN
    """
Hello,
Please refund the overpayment of {{amount|£42.90}} to [[iban|<@iban:GB:group>]]. My customer number is {{invalid_checksum_number|<@num:##########>}}.
Thank you
[[sig|Malgorzata Wisniewska]]
""",
    # 17 review, surname-like brands, no PII
    """
{{person_like_brand|Morrisons}} delivery was {{quantity|40 minutes}} late but the driver rang ahead. Veg was fresher than the last lot from {{person_like_brand|John Lewis}}' Waitrose range, to be fair. {{quantity|4 stars}}.
""",
    # 18 telecom chat, agent handle, "X here"
    """
[[oth|Hannah]] ({{team_name|Customer Support}}): Hi, thanks for waiting. What can I do for you?
You: hi, [[intro|Marcus Bell]] here - I need a PAC code to move [[phone|<@phone:07%## ######>]] to another network
[[oth|Hannah]] ({{team_name|Customer Support}}): No problem, it'll come by text within {{quantity|24 hours}}.
""",
    # 19 insurance, "Dr + surname", other, "pp." signature with role
    """
Dear Dr [[sal|Adeyemi]],
Further to your call, we have now received the engineer's report on the water damage at your surgery. The loss adjuster, [[oth|Colin Frost]], will visit on {{date|Tuesday 21 May}} at {{time|10:00}}. Claim reference {{ticket_number|<@num:CLM-###-####>}}.

Yours sincerely,
pp. [[sig|Margaret Ellis]]
{{job_title|Senior Claims Handler}}
""",
    # 20 courier complaint, driver's nickname, initials
    """
Your driver ([[oth|Baz]], according to the app) left my parcel in the recycling bin. Tracking {{tracking_number|<@num:##############>}}. Third time this month.
[[sig|T.W.]]
""",
    # 21 quoted reply, "On ... wrote:", quoted salutation and signature
    """
Still waiting for the refund, it has been {{quantity|14 days}} now.
[[sig|Chloe Barnes]]

On Mon, {{date|13 May 2024}} at {{time|16:20}}, [[oth|Oliver Grant]] <[[email|help@homestyle-direct.co.uk]]> wrote:
> Hi [[sal|Chloe]],
> Your refund has been processed and should reach you in {{quantity|3-5 working days}}.
> Kind regards,
> [[sig|Oliver Grant]]
> {{company|HomeStyle Direct}}
""",
    # 22 council bins, team signature, no PII
    """
{{greeting_without_name|Dear Resident}},
Due to the bank holiday, collections on {{date|Monday 26 August}} will take place on {{date|Tuesday 27 August}}. Please have your bins out by {{time|7am}}.
{{team_name|Waste Services Team}}
{{company|Calderdale Council}}
""",
    # 23 clinic, "this is X", doctor, e-mail
    """
This is [[intro|Olumide Bankole]], a patient of Dr [[oth|Fitzgerald]]. Could my blood test results from {{date|20 March}} be e-mailed to [[email|olumide.bankole@outlook.com]] please?
""",
    # 24 B2B, first-name salutation, signature block after "--", GB VAT
    """
Hi [[sal|Connor]],
Confirming the order for {{quantity|40 pallets}} of block paving, quote {{order_number|<@num:QT/##/####>}}, delivery {{date|10 June}}.

--
Best wishes,
[[sig|Joanna Lewis]]
{{job_title|Sales Coordinator}}
{{company|Pennine Paving Supplies}}
M: [[phone|<@phone:+44 (0)7### ### ###>]]
E: [[email|joanna.lewis@pennine-paving.co.uk]]
VAT No. [[tax_id|<@gbvat:GB>]]
""",
    # 25 gym review, trainer, lower-case name after a dash
    """
huge thanks to [[oth|Jade]] who sorted me a {{quantity|12 week}} plan - down {{quantity|9kg}}! the {{street_as_brand|Deansgate}} branch is brilliant - [[sig|sam]]
""",
    # 26 hotel, "I'm X", card charged twice, initial + surname
    """
I'm [[intro|Hamish Rutherford]] and I stayed at {{brand|The Balmoral Arms}} last weekend. You have charged my card [[card|<@card:visa:group>]] twice ({{amount|2 x £310}}). Booking {{order_number|<@num:#########>}}.
Please refund one of the payments.
[[sig|H. Rutherford]]
""",
    # 27 school app reset link, daughter, two parents on two lines
    """
{{greeting_without_name|Good afternoon}},
The password reset link for the parent app doesn't work: [[url_token|https://parents.school-example.org.uk/account/reset?token=<@token:40>]]
The account is under our daughter, [[oth|Isla Parry]].

Thanks,
[[sig|Gemma Parry]]
[[sig|Luke Parry]]
""",
    # 28 garage chat, person-like brand, name after the message
    """
Technician [[oth|Lee]] ({{person_like_brand|Mr Clutch}}): car's ready, job {{order_number|<@num:### ### ###>}}, {{amount|£420}} to pay.
Customer: great, I'll be there at {{time|5.30}}. [[sig|Yusuf Demir]]
""",
    # 29 housing, "my name's X", address, phone
    """
Hello, my name's [[intro|Bartosz Nowicki]], I rent flat 3 at [[address|27 Clarendon Road, Leeds LS2 9PJ]]. The boiler has been off for {{quantity|a week}} and the agent isn't answering. Please call me on [[phone|<@phone:077## ######>]].
[[sig|Bartosz]]
""",
    # 30 council, "ask for Mrs X", titled signature + address
    """
Following my phone call, please find attached my application to fell the dead ash tree in my garden. If anything is unclear, please ask for Mrs [[oth|Dunmore]] in {{team_name|Planning Enforcement}}, she has the file.

Yours sincerely,
Prof. [[sig|Ian McAllister]]
[[address|22 Priory Close
Bath BA2 4JQ]]
""",
]

ITEMS["de"] = [
    # 01 B2B, "Frau + surname", "i. A." signature with role/company/phone
    """
Sehr geehrte Frau [[sal|Schneider]],

vielen Dank für die schnelle Rückmeldung zur Rechnung {{invoice_number|<@num:RE ### ### ####>}}. Die Gutschrift über {{amount|86,10 €}} passt so, bitte mit Datum {{date|28.03.2024}} ausstellen.

Mit freundlichen Grüßen

i. A. [[sig|Katrin Böhm]]
{{job_title|Sachbearbeiterin Einkauf}}
{{company|Druckerei Weiss & Söhne GmbH}}
Tel. [[phone|<@phone:+49 (0)521 %######>]]
""",
    # 02 practice, "mein Name ist", phone, initial + surname
    """
Guten Tag, mein Name ist [[intro|Hildegard Wolter]] und ich muss meinen Termin am {{date|14. März}} bei Dr. [[oth|Reuter]] leider verschieben. Am besten nachmittags ab {{time|15 Uhr}}. Sie erreichen mich unter [[phone|<@phone:030/%#######>]].
Danke und Gruß
[[sig|H. Wolter]]
""",
    # 03 parcel chat, agent handle, lower-case sign-off
    """
Mitarbeiter [[oth|Tobias]]: Hallo, wie kann ich helfen?
Sie: mein paket {{tracking_number|<@num:0034043416##########>}} hängt seit dienstag im paketzentrum {{city|Radefeld}}
Mitarbeiter [[oth|Tobias]]: Ich schaue nach... es geht heute raus, Zustellung morgen bis {{time|18 Uhr}}.
Sie: danke, [[sig|jule]]
""",
    # 04 utility notice, no PII
    """
{{greeting_without_name|Sehr geehrte Kundin, sehr geehrter Kunde}},
ab dem {{date|1. Juli 2024}} beträgt der Grundpreis {{amount|12,90 €}} im Monat. Alle Details finden Sie unter {{url|https://www.stadtwerke-beispiel.de/preise}}.
Freundliche Grüße
{{team_name|Ihr Kundenservice-Team}}
{{company|Stadtwerke Talheim}}
""",
    # 05 gym, informal, "LG" + first name on one line + mobile footer
    """
Moin [[sal|Hauke]],
kann ich das Training von Donnerstag auf Samstag {{time|10 Uhr}} schieben? Donnerstag muss ich nach {{city|Hannover}}.
LG [[sig|Finn]]

Von meinem iPhone gesendet
""",
    # 06 citizens' office, "Surname, First" signature, address
    """
Stadt {{city|Bielefeld}}
Bürgeramt

Ich beantrage eine Meldebescheinigung, Vorgangsnummer {{ticket_number|<@num:BA-####-#####>}}. Bitte an meine neue Anschrift senden: [[address|Am Lehmkuhlenweg 9, 33689 Bielefeld]].

[[sig|Krause, Gerhard]]
""",
    # 07 home insurance, two signers on two lines, neighbour
    """
{{greeting_without_name|Guten Tag}},
wir melden einen Leitungswasserschaden zur Police {{invalid_checksum_number|<@num:##########>}}: am {{date|3. Februar}} ist bei Herrn [[oth|Yilmaz]] über uns ein Schlauch geplatzt, unsere Küchendecke ist durchnässt.
Fotos und Bericht der Hausverwaltung anbei.

Viele Grüße
[[sig|Sabine Weber]]
[[sig|Thomas Weber]]
""",
    # 08 review, person-like brands, street as shop name, no PII
    """
Anzug von {{person_like_brand|Hugo Boss}} in der Filiale {{street_as_brand|Königsallee}} gekauft, nach {{quantity|zwei Wochen}} riss die Naht. Umtausch ging problemlos. {{quantity|4 von 5}}.
""",
    # 09 forwarded e-mail, salutation, header and quoted signature
    """
Hi [[sal|Steffi]], anbei die Antwort vom Klimaservice. Sollen wir das machen?
[[sig|Jens]]

-------- Weitergeleitete Nachricht --------
Von: [[oth|Markus Engel]] <[[email|m.engel@kaelte-klima-nord.de]]>
Datum: {{date|08.04.2024}} {{time|09:12}}
Betreff: Angebot zu Auftrag {{order_number|<@num:### ### ###>}}

Guten Tag,
der Austausch des Kompressors kostet {{amount|1.380 €}} netto.

Mit freundlichen Grüßen
[[sig|Markus Engel]]
{{company|Kälte-Klima Nord GmbH}}
""",
    # 10 utility, "hier ist X" lower case, address, phone
    """
hallo, hier ist [[intro|uwe kaminski]] aus der [[address|Gartenstraße 12]], zähler nr. {{invalid_checksum_number|<@num:#########>}} zeigt totalen quatsch an, abrechnung {{invoice_number|<@num:##########>}} über {{amount|1.240,55 €}}?? rufen sie mich bitte an [[phone|<@phone:017# #######>]]
""",
    # 11 pet shop, "Herr + surname", "--" signature with double surname and phone
    """
Hallo Herr [[sal|Lindner]],
das Trockenfutter von {{brand|Josera}} ({{quantity|12,5 kg}}) kam aufgerissen an, Fotos anbei. Bestellung {{order_number|<@num:#########>}} vom {{date|2. Mai}}.
Bitte um Ersatz.
--
[[sig|Annegret Schulze-Hövelmann]]
[[phone|<@phone:+49 151 ########>]]
""",
    # 12 hotel, "MfG" + name on one line, husband
    """
{{greeting_without_name|Sehr geehrte Damen und Herren}},
mein Mann [[oth|Rüdiger]] und ich waren {{quantity|drei Nächte}} im {{brand|Hotel Seeblick}} in {{city|Lindau}}. Die Heizung im Zimmer ging nie, an der Rezeption wurde täglich Abhilfe versprochen. Buchungsnummer {{order_number|<@num:SB-#######>}}. Ich bitte um eine Teilerstattung.
MfG [[sig|Ilse Brandauer]]
""",
    # 13 garage, USt-IdNr with spaces, company address, colleague
    """
Guten Morgen, bitte die Rechnung auf die {{company|Gerüstbau Hartmann GmbH}} ausstellen, USt-IdNr. [[tax_id|<@ustid:DEspace>]], [[address|Industriestraße 22, 76137 Karlsruhe]]. Den Transporter holt mein Kollege [[oth|Sven Albrecht]] gegen {{time|16:30}} ab.
Danke und Gruß
[[sig|Philipp Hartmann]]
""",
    # 14 SaaS, lower-case name under "gruß"
    """
hi, seit dem update auf {{version|4.12.1}} stürzt der PDF-export bei mehr als {{quantity|40 seiten}} ab. ticket {{ticket_number|<@num:#######>}} ist seit einer woche offen
gruß
[[sig|basti]]
""",
    # 15 school, "Frau + surname", "ich bin X, die Mama von Y", child twice
    """
Liebe Frau [[sal|Özdemir]],
ich bin [[intro|Sandra Hofmann]], die Mama von [[oth|Leni]] aus der 2b. [[oth|Leni]] hat Fieber und kann morgen nicht mit nach {{city|Heidelberg}}, bekommen wir die {{amount|15 €}} zurück?
Viele Grüße
[[sig|Sandra Hofmann]]
""",
    # 16 bank, name with umlauts written as oe, DE IBAN
    """
Guten Tag,
bitte erstatten Sie die Überzahlung von {{amount|42,90 €}} auf [[iban|<@iban:DE:group>]]. Kundennummer {{invalid_checksum_number|<@num:##########>}}.
Danke
[[sig|Joerg Koehler]]
""",
    # 17 review, surname-like brands, no PII
    """
Bei {{person_like_brand|Rossmann}} online bestellt, kam nach {{quantity|zwei Tagen}}. Die Backmischungen von {{person_like_brand|Dr. Oetker}} und die Kapseln von {{brand|Tchibo}} waren aber zerdrückt. Kundenservice hat sofort erstattet, {{quantity|4 Sterne}}.
""",
    # 18 telecom chat, agent handle, "X hier"
    """
Kundenberaterin [[oth|Melanie]] ({{team_name|Kundenservice}}): Hallo! Wie kann ich Ihnen helfen?
Sie: hallo, [[intro|Dennis Wagner]] hier, ich möchte meine Nummer [[phone|<@phone:0176 ########>]] zu einem anderen Anbieter mitnehmen
Kundenberaterin [[oth|Melanie]] ({{team_name|Kundenservice}}): Gern, die Bestätigung kommt innerhalb von {{quantity|24 Stunden}} per SMS.
""",
    # 19 insurance, "Herr Dr. + surname", Steuer-ID, signature with role/company
    """
Sehr geehrter Herr Dr. [[sal|Brandt]],
für die Riester-Zulage benötigen wir noch die Steuer-ID Ihrer Ehefrau, Frau [[oth|Claudia Brandt]]. Die Nummer [[national_id|<@idnr:space>]] aus Ihrer letzten Mail ist Ihre eigene.

Mit freundlichen Grüßen
[[sig|Heike Albrecht-Sommer]]
{{job_title|Kundenbetreuerin}}
{{company|Rheinland Vorsorge AG}}
""",
    # 20 courier complaint, driver's name, initials
    """
Der Fahrer (laut App „[[oth|Kevin]]“) hat mein Paket einfach in die Biotonne gelegt. Sendungsnummer {{tracking_number|<@num:H##############>}}. Das ist jetzt das dritte Mal.
[[sig|M. S.]]
""",
    # 21 quoted reply, "Am ... schrieb X:", quoted salutation and signature
    """
Ich warte immer noch auf die Erstattung, inzwischen {{quantity|14 Tage}}.
[[sig|Lea Brückner]]

Am Mo., {{date|13. Mai 2024}} um {{time|16:20}} Uhr schrieb [[oth|Jana Krüger]] <[[email|service@wohnwelt-versand.de]]>:
> Hallo Frau [[sal|Brückner]],
> die Erstattung ist veranlasst und sollte in {{quantity|3–5 Werktagen}} bei Ihnen sein.
> Viele Grüße
> [[sig|Jana Krüger]]
> {{company|Wohnwelt Versand}}
""",
    # 22 waste collection, team signature, no PII
    """
{{greeting_without_name|Liebe Bürgerinnen und Bürger}},
wegen des Feiertags wird die Biotonne statt am {{date|Donnerstag, 3. Oktober}} erst am {{date|Freitag, 4. Oktober}} geleert. Bitte stellen Sie die Tonnen bis {{time|6 Uhr}} bereit.
{{team_name|Ihr Team der Abfallwirtschaft}}
{{company|Landkreis Rottal-Inn}}
""",
    # 23 practice, "es schreibt Ihnen X", doctor, e-mail
    """
Es schreibt Ihnen [[intro|Dragan Petrović]], Patient von Frau Dr. [[oth|Hallmann]]. Könnten Sie mir die Blutwerte vom {{date|20.03.}} an [[email|d.petrovic@gmx.de]] schicken?
""",
    # 24 B2B, "Herr + surname", signature block after "--", USt-IdNr
    """
Hallo Herr [[sal|Petersen]],
hiermit bestätige ich die Bestellung über {{quantity|40 Paletten}} Pflastersteine, Angebot {{order_number|<@num:AN-####-##>}}, Lieferung am {{date|10.06.}}

--
Beste Grüße
[[sig|Johanna Lehmann]]
{{job_title|Vertriebsinnendienst}}
{{company|Baustoffe Nordheide GmbH}}
Mobil: [[phone|<@phone:0160 ### ####>]]
[[email|j.lehmann@baustoffe-nordheide.de]]
USt-IdNr.: [[tax_id|<@ustid:DE>]]
""",
    # 25 gym review, trainer, lower-case name after a dash
    """
trainerin [[oth|Nadine]] ist der hammer, in {{quantity|8 wochen}} {{quantity|6 kilo}} runter! das studio in {{city|Köln}}-Ehrenfeld kann ich nur empfehlen - [[sig|tom]]
""",
    # 26 hotel, "ich heiße X", card charged twice, initial + surname
    """
Ich heiße [[intro|Wolfgang Pfeiffer]] und war letztes Wochenende Gast im {{brand|Parkhotel Alster}}. Sie haben meine Karte [[card|<@card:mc:group>]] doppelt belastet ({{amount|2 x 310 €}}). Buchung {{order_number|<@num:#########>}}.
Bitte erstatten Sie eine Zahlung.
[[sig|W. Pfeiffer]]
""",
    # 27 school app reset link, son, two parents on one line
    """
{{greeting_without_name|Guten Tag}},
der Link zum Zurücksetzen des Passworts in der Schul-App funktioniert nicht: [[url_token|https://eltern.schule-beispiel.de/konto/reset?token=<@token:40>]]
Das Konto läuft auf unseren Sohn [[oth|Mats Vogel]].

Danke und viele Grüße
[[sig|Birgit Vogel]] und [[sig|Carsten Vogel]]
""",
    # 28 garage chat, person-like brand, name after the message
    """
Monteur [[oth|Ali]] ({{person_like_brand|Reifen-Helmut}}): Wagen ist fertig, Auftrag {{order_number|<@num:### ### ###>}}, macht {{amount|420 €}}.
Kunde: super, bin um {{time|17:30}} da. [[sig|Konstantin Roth]]
""",
    # 29 voicemail transcript, "hier spricht X", address, phone
    """
Transkript Mailbox, {{date|Di 14.05.}}, {{time|08:47}}:
„Ja, hallo, hier spricht [[intro|Erika Lehmann]] aus der [[address|Lindenallee 5]], bei uns ist seit {{quantity|einer Woche}} die Heizung kalt und der Hausmeister geht nicht ran. Rufen Sie mich bitte zurück unter [[phone|<@phone:0341 %######>]]. Danke.“
""",
    # 30 authority, "fragen Sie nach Herrn X", titled signature with "von" + address
    """
{{greeting_without_name|Sehr geehrte Damen und Herren}},
wie telefonisch besprochen sende ich Ihnen den Antrag auf Fällung der abgestorbenen Birke. Bei Rückfragen wenden Sie sich bitte an Herrn [[oth|Albers]] vom {{team_name|Grünflächenamt}}, er kennt den Vorgang.

Mit freundlichen Grüßen
Prof. Dr. [[sig|Friederike von Arnim]]
[[address|Schlossstraße 3
69117 Heidelberg]]
""",
]


def _compact(v: str) -> str:
    return re.sub(r"[\s\-/.]", "", v)


def check_pii_value(kind: str, val: str, lang: str) -> None:
    c = _compact(val)
    if kind == "phone":
        assert phone_valid(val, REGION[lang]), (lang, val)
    elif kind == "card":
        assert len(c) == 16 and luhn.is_valid(c), val
    elif kind == "iban":
        assert std_iban.is_valid(c if c[:2].isalpha() else "PL" + c), val
    elif kind == "pesel":
        assert pl_pesel.is_valid(c), val
    elif kind == "birth_number":
        assert cz_rc.is_valid(c) or sk_rc.is_valid(c), val
    elif kind == "tax_id":
        ok = (
            pl_nip.is_valid(c)
            or pl_regon.is_valid(c)
            or cz_dic.is_valid(c)
            or sk_dph.is_valid(c)
            or (c.isdigit() and sk_dph.is_valid("SK" + c))
            or de_vat.is_valid(c)
            or ru_inn.is_valid(c)
            or ru_ogrn.is_valid(c)
            or ua_edrpou.is_valid(c)
            or gb_vat.is_valid(c)
        )
        assert ok, val
    elif kind == "national_id":
        ok = (
            de_idnr.is_valid(c)
            or (len(c) == 11 and c.isdigit() and gen_snils_ok(c))
            or ru_inn.is_valid(c)
            or ua_rntrc.is_valid(c)
            or re.fullmatch(r"[A-Z]{3}\d{6}", c) is not None
        )
        assert ok, val


def render(src: str, rng: random.Random, lang: str) -> tuple[str, list, list]:
    parts: list[str] = []
    pii: list[dict] = []
    keep: list[dict] = []
    pos = n = 0
    for m in TOKEN.finditer(src):
        lit = src[pos : m.start()]
        parts.append(lit)
        n += len(lit)
        tag, raw = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        val = expand(raw, rng, lang)
        assert val and val == val.strip(), (lang, raw)
        start, end = n, n + len(val)
        parts.append(val)
        n = end
        pos = m.end()
        if m.group(1):
            if tag in NAME_CTX:
                pii.append({"start": start, "end": end, "kind": "name", "context": NAME_CTX[tag]})
            else:
                assert tag in PII_KINDS, tag
                check_pii_value(tag, val, lang)
                pii.append({"start": start, "end": end, "kind": tag})
        else:
            assert tag in KEEP_WHAT, tag
            if tag in ID_LIKE_KEEP:
                assert not looks_like_pii(val, REGION[lang]), (lang, val)
            keep.append({"start": start, "end": end, "what": tag})
    parts.append(src[pos:])
    text = "".join(parts)
    for bad in ("[[", "]]", "{{", "}}", "<@"):
        assert bad not in text, (lang, bad, text[:60])
    spans = sorted([(s["start"], s["end"]) for s in pii + keep])
    for (a, b), (c, d) in zip(spans, spans[1:], strict=False):
        assert b <= c, (lang, text[a:b], text[c:d])
    return text, pii, keep


def build() -> list[dict]:
    items = []
    for lang in LANGS:
        srcs = ITEMS[lang]
        assert len(srcs) == 30, (lang, len(srcs))
        for i, src in enumerate(srcs, 1):
            iid = f"{PREFIX}-{lang}-{i:02d}"
            rng = random.Random(iid)
            text, pii, keep = render(src.strip("\n"), rng, lang)
            for s in pii:
                assert text[s["start"] : s["end"]].strip() == text[s["start"] : s["end"]]
            items.append({"id": iid, "lang": lang, "text": text, "pii": pii, "keep": keep})
    return items


CHECKSUM_KINDS = {"pesel", "birth_number", "national_id", "tax_id"}


def counts(items: list[dict]) -> None:
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
    ctxs = ["salutation", "signature", "self_intro", "other"]
    print("| lang | items | no PII | " + " | ".join(kinds) + " | " + " | ".join(ctxs) + " | keep |")
    keepc = collections.Counter()
    for lang in LANGS + ["all"]:
        sel = [it for it in items if lang in ("all", it["lang"])]
        c = collections.Counter()
        for it in sel:
            c["items"] += 1
            c["no PII"] += not it["pii"]
            for s in it["pii"]:
                c[s["kind"]] += 1
                if s["kind"] == "name":
                    c[s["context"]] += 1
            c["keep"] += len(it["keep"])
            if lang == "all":
                keepc.update(k["what"] for k in it["keep"])
        print(
            f"| {lang} | {c['items']} | {c['no PII']} | "
            + " | ".join(str(c[k]) for k in kinds)
            + " | "
            + " | ".join(str(c[k]) for k in ctxs)
            + f" | {c['keep']} |"
        )
        if lang != "all":
            named = sum(any(s["kind"] == "name" for s in it["pii"]) for it in sel)
            ids = c["pesel"] + c["birth_number"] + c["national_id"] + c["tax_id"]
            oit = sum(
                1
                for it in sel
                for k in it["keep"]
                if k["what"] in ("order_number", "invoice_number", "ticket_number")
            )
            assert c["signature"] >= 14 and c["salutation"] >= 6 and c["self_intro"] >= 6, (lang, c)
            assert c["other"] >= 2 and ids >= 2 and oit >= 3, (lang, c, ids, oit)
            assert named >= 0.6 * len(sel), (lang, named)
    print("keep:", ", ".join(f"{k} {v}" for k, v in sorted(keepc.items(), key=lambda x: -x[1])))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="verify the file on disk")
    args = ap.parse_args()
    items = build()
    data = "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items)
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != data:
            print(f"{OUT.relative_to(ROOT)} differs from what the script writes", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)}: OK ({len(items)} items)")
        return 0
    OUT.write_text(data, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(items)} items")
    counts(items)
    return 0


if __name__ == "__main__":
    sys.exit(main())
