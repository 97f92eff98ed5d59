#!/usr/bin/env python3
"""Write data/eval/pii/dev3.jsonl: a dev split (30 items per language) on names.

About 70 % of the items carry person names in salutations, signatures and
self-introductions written in many styles (vocatives, patronymics, initials,
titles, double surnames, surname-first, lower case, without diacritics,
chat handles, quoted-reply and forwarded headers), plus other people's names
and near-misses (name-like brands, companies, team and department signatures,
job titles, cities, order/invoice/ticket numbers). Fewer ids, phones, e-mails
and addresses.

Every text is hand-written here in a small markup, ``[[code|value]]``:

    [[s|Anna]]          name, context salutation
    [[g|Anna Nowak]]    name, context signature
    [[i|Anna Nowak]]    name, context self_intro
    [[o|Anna Nowak]]    name, context other
    [[phone|...]]       literal PII of that kind (email, phone, address, url_token, ...)
    [[=pesel]]          a generated, checksum-valid identifier (see GENERATORS)
    [[+order_number|…]] a keep span (near-miss that must survive)

The markup is stripped and the offsets are computed from the filled text; every
span is asserted against the text. Checksum ids are validated with python-stdnum,
phones with phonenumbers, and every number in an order/invoice/ticket/tracking/
product/contract keep span is asserted to fail every identifier checksum and not
to be a valid phone number of the text's region.

    .venv/bin/python scripts/make_pii_dev3.py          # (re)writes the file, prints counts
    .venv/bin/python scripts/make_pii_dev3.py --check  # file on disk == what it would write
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

SEED = 30303
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "eval" / "pii" / "dev3.jsonl"
PREFIX = "d3"
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
NAME_CONTEXT = {"s": "salutation", "g": "signature", "i": "self_intro", "o": "other"}
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
NUMBERED_KEEPS = {
    "order_number",
    "invoice_number",
    "ticket_number",
    "tracking_number",
    "product_code",
    "invalid_checksum_number",
}


# --------------------------------------------------------------------------- ids


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _group(s: str, sizes) -> str:
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return " ".join(out)


def gen_pesel(rng):
    while True:
        year = rng.randrange(1948, 2006)
        month = rng.randrange(1, 13)
        day = rng.randrange(1, 29)
        mm = month + (20 if year >= 2000 else 0)
        body = f"{year % 100:02d}{mm:02d}{day:02d}" + _digits(rng, 4)
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        check = (10 - sum(int(c) * k for c, k in zip(body, w, strict=False)) % 10) % 10
        value = body + str(check)
        if pl_pesel.is_valid(value):
            return value, "pesel"


def gen_nip(rng, fmt="plain"):
    while True:
        body = str(rng.randrange(1, 10)) + _digits(rng, 8)
        w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
        c = sum(int(a) * b for a, b in zip(body, w, strict=False)) % 11
        if c == 10:
            continue
        v = body + str(c)
        if not pl_nip.is_valid(v):
            continue
        if fmt == "dash":
            v = f"{v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}"
        elif fmt == "pl":
            v = "PL" + v
        return v, "tax_id"


def gen_regon(rng):
    while True:
        body = str(rng.randrange(1, 10)) + _digits(rng, 7)
        w = [8, 9, 2, 3, 4, 5, 6, 7]
        c = sum(int(a) * b for a, b in zip(body, w, strict=False)) % 11 % 10
        v = body + str(c)
        if pl_regon.is_valid(v):
            return v, "tax_id"


def _iban(rng, cc, bban_fn, fmt):
    while True:
        bban = bban_fn(rng)
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        check = 98 - int(num) % 97
        v = f"{cc}{check:02d}{bban}"
        if not std_iban.is_valid(v):
            continue
        if fmt == "spaced":
            v = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
        elif fmt == "nrb":  # Polish NRB: 26 digits without the country code
            v = v[2:]
            v = v[:2] + " " + " ".join(v[i : i + 4] for i in range(2, len(v), 4))
        elif fmt == "nrbplain":
            v = v[2:]
        return v, "iban"


def _cz_account(rng):
    # bank code + prefix (6) + account (10), account passing the mod-11 weights
    while True:
        acc = _digits(rng, 10)
        w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
        if acc[:4] != "0000" and sum(int(a) * b for a, b in zip(acc, w, strict=False)) % 11 == 0:
            return acc


def gen_iban_pl(rng, fmt="spaced"):
    return _iban(
        rng,
        "PL",
        lambda r: r.choice(["1020", "1140", "1090", "2490", "1050"]) + _digits(r, 20),
        fmt,
    )


def gen_iban_cz(rng, fmt="spaced"):
    return _iban(
        rng,
        "CZ",
        lambda r: r.choice(["0800", "0100", "2010", "0300"]) + "000000" + _cz_account(r),
        fmt,
    )


def gen_iban_sk(rng, fmt="spaced"):
    return _iban(
        rng,
        "SK",
        lambda r: r.choice(["0900", "1100", "0200", "7500"]) + "000000" + _cz_account(r),
        fmt,
    )


def gen_iban_de(rng, fmt="spaced"):
    return _iban(
        rng,
        "DE",
        lambda r: r.choice(["10050000", "70150000", "20050550", "37050198"]) + _digits(r, 10),
        fmt,
    )


def gen_iban_gb(rng, fmt="spaced"):
    return _iban(
        rng, "GB", lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + _digits(r, 14), fmt
    )


def gen_iban_ua(rng, fmt="spaced"):
    return _iban(
        rng,
        "UA",
        lambda r: r.choice(["305299", "322001", "320649"]) + "00000" + _digits(r, 14),
        fmt,
    )


def gen_card(rng, fmt="spaced"):
    while True:
        body = rng.choice(["4", "5" + str(rng.randrange(1, 6))])
        body += _digits(rng, 15 - len(body))
        v = body + luhn.calc_check_digit(body)
        if not luhn.is_valid(v):
            continue
        if fmt == "spaced":
            v = _group(v, [4, 4, 4, 4])
        elif fmt == "dash":
            v = "-".join(v[i : i + 4] for i in range(0, 16, 4))
        return v, "card"


def _rc(rng, validator, fmt):
    while True:
        year = rng.randrange(1956, 2004)
        month = rng.randrange(1, 13) + rng.choice([0, 50])
        day = rng.randrange(1, 29)
        head = f"{year % 100:02d}{month:02d}{day:02d}"
        tail = _digits(rng, 3)
        n = int(head + tail)
        c = (n % 11) % 10 if n % 11 != 10 else 0
        v = head + tail + str(c)
        if not validator.is_valid(v):
            continue
        return (head + "/" + tail + str(c) if fmt == "slash" else v), "birth_number"


def gen_rc_cz(rng, fmt="slash"):
    return _rc(rng, cz_rc, fmt)


def gen_rc_sk(rng, fmt="slash"):
    return _rc(rng, sk_rc, fmt)


def _ico(rng):
    while True:
        body = str(rng.randrange(1, 10)) + _digits(rng, 6)
        s = sum(int(a) * b for a, b in zip(body, [8, 7, 6, 5, 4, 3, 2], strict=False))
        c = (11 - s % 11) % 10
        v = body + str(c)
        if cz_dic.is_valid(v):
            return v


def gen_ico(rng, fmt="plain"):
    v = _ico(rng)
    return (v[:3] + " " + v[3:5] + " " + v[5:] if fmt == "spaced" else v), "tax_id"


def gen_dic_cz(rng):
    return "CZ" + _ico(rng), "tax_id"


def gen_icdph(rng):
    while True:
        v = str(rng.randrange(1, 10)) + _digits(rng, 1) + rng.choice("234789") + _digits(rng, 7)
        if int(v) % 11 == 0 and sk_dph.is_valid("SK" + v):
            return "SK" + v, "tax_id"


def gen_idnr(rng, fmt="spaced"):
    from stdnum.iso7064 import mod_11_10

    while True:
        body = str(rng.randrange(1, 10)) + _digits(rng, 9)
        v = body + mod_11_10.calc_check_digit(body)
        if de_idnr.is_valid(v):
            return (f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if fmt == "spaced" else v), "national_id"


def gen_ustid(rng):
    from stdnum.iso7064 import mod_11_10

    while True:
        body = str(rng.randrange(1, 10)) + _digits(rng, 7)
        v = "DE" + body + mod_11_10.calc_check_digit(body)
        if de_vat.is_valid(v):
            return v, "tax_id"


def gen_inn10(rng):
    while True:
        body = str(rng.randrange(1, 10)) + _digits(rng, 8)
        v = body + ru_inn.calc_company_check_digit(body)
        if ru_inn.is_valid(v):
            return v, "tax_id"


def gen_inn12(rng):
    while True:
        body = str(rng.randrange(1, 10)) + _digits(rng, 9)
        v = body + ru_inn.calc_personal_check_digits(body)
        if ru_inn.is_valid(v):
            return v, "national_id"


def gen_ogrn(rng):
    while True:
        body = rng.choice("15") + _digits(rng, 11)
        v = body + ru_ogrn.calc_check_digit(body)
        if ru_ogrn.is_valid(v):
            return v, "tax_id"


def snils_valid(v: str) -> bool:
    d = re.sub(r"\D", "", v)
    if len(d) != 11:
        return False
    s = sum(int(c) * (9 - i) for i, c in enumerate(d[:9]))
    while s > 101:
        s %= 101
    c = 0 if s in (100, 101) else s
    return f"{c:02d}" == d[9:]


def gen_snils(rng):
    while True:
        body = str(rng.randrange(1, 10)) + _digits(rng, 8)
        s = sum(int(c) * (9 - i) for i, c in enumerate(body))
        while s > 101:
            s %= 101
        c = 0 if s in (100, 101) else s
        v = f"{body[:3]}-{body[3:6]}-{body[6:9]} {c:02d}"
        if snils_valid(v):
            return v, "national_id"


def gen_rntrc(rng):
    while True:
        body = str(rng.randrange(1, 4)) + _digits(rng, 8)
        v = body + ua_rntrc.calc_check_digit(body)
        if ua_rntrc.is_valid(v):
            return v, "national_id"


def gen_edrpou(rng):
    while True:
        body = rng.choice("234") + _digits(rng, 6)
        v = body + ua_edrpou.calc_check_digit(body)
        if ua_edrpou.is_valid(v):
            return v, "tax_id"


def gen_gbvat(rng, fmt="spaced"):
    while True:
        v = str(rng.randrange(1, 10)) + _digits(rng, 8)
        if gb_vat.is_valid("GB" + v):
            return (
                "GB " + v[:3] + " " + v[3:7] + " " + v[7:] if fmt == "spaced" else "GB" + v
            ), "tax_id"


GENERATORS = {
    "pesel": gen_pesel,
    "nip": gen_nip,
    "regon": gen_regon,
    "iban_pl": gen_iban_pl,
    "iban_cz": gen_iban_cz,
    "iban_sk": gen_iban_sk,
    "iban_de": gen_iban_de,
    "iban_gb": gen_iban_gb,
    "iban_ua": gen_iban_ua,
    "card": gen_card,
    "rc_cz": gen_rc_cz,
    "rc_sk": gen_rc_sk,
    "ico": gen_ico,
    "dic_cz": gen_dic_cz,
    "icdph": gen_icdph,
    "idnr": gen_idnr,
    "ustid": gen_ustid,
    "inn10": gen_inn10,
    "inn12": gen_inn12,
    "ogrn": gen_ogrn,
    "snils": gen_snils,
    "rntrc": gen_rntrc,
    "edrpou": gen_edrpou,
    "gbvat": gen_gbvat,
}


# ------------------------------------------------------------------ validation


def checksum_ok(kind: str, value: str) -> bool:
    """True when value is a valid identifier of the given PII kind."""
    compact = re.sub(r"[\s\-/.]", "", value)
    if kind == "pesel":
        return pl_pesel.is_valid(compact)
    if kind == "card":
        return len(compact) == 16 and luhn.is_valid(compact)
    if kind == "iban":
        if compact[:2].isalpha():
            return std_iban.is_valid(compact)
        return len(compact) == 26 and std_iban.is_valid("PL" + compact)
    if kind == "birth_number":
        return cz_rc.is_valid(compact) or sk_rc.is_valid(compact)
    if kind == "national_id":
        return (
            de_idnr.is_valid(compact)
            or snils_valid(compact)
            or ua_rntrc.is_valid(compact)
            or (len(compact) == 12 and ru_inn.is_valid(compact))
        )
    if kind == "tax_id":
        return any(
            f(compact)
            for f in (
                pl_nip.is_valid,
                pl_regon.is_valid,
                cz_dic.is_valid,
                sk_dph.is_valid,
                de_vat.is_valid,
                gb_vat.is_valid,
                ru_ogrn.is_valid,
                ua_edrpou.is_valid,
                lambda x: len(x) == 10 and ru_inn.is_valid(x),
            )
        )
    return True


def _safe(f, x) -> bool:
    try:
        return bool(f(x))
    except Exception:  # noqa: BLE001 - any validator error means "not valid"
        return False


def number_passes_something(run: str, region: str) -> str | None:
    """Name of an identifier check (or phone) that the digit run passes, else None."""
    checks = [
        ("pesel", pl_pesel.is_valid),
        ("nip", pl_nip.is_valid),
        ("regon", pl_regon.is_valid),
        ("cz_rc", cz_rc.is_valid),
        ("sk_rc", sk_rc.is_valid),
        ("ico/dic", cz_dic.is_valid),
        ("sk_dph", lambda x: sk_dph.is_valid("SK" + x)),
        ("idnr", de_idnr.is_valid),
        ("de_vat", lambda x: de_vat.is_valid("DE" + x)),
        ("gb_vat", lambda x: gb_vat.is_valid("GB" + x)),
        ("inn", ru_inn.is_valid),
        ("ogrn", ru_ogrn.is_valid),
        ("snils", snils_valid),
        ("rntrc", ua_rntrc.is_valid),
        ("edrpou", ua_edrpou.is_valid),
        ("luhn", lambda x: 13 <= len(x) <= 19 and luhn.is_valid(x)),
        ("nrb", lambda x: len(x) == 26 and std_iban.is_valid("PL" + x)),
    ]
    for name, f in checks:
        if _safe(f, run):
            return name
    try:
        if len(run) >= 7 and phonenumbers.is_valid_number(phonenumbers.parse(run, region)):
            return "phone"
    except phonenumbers.NumberParseException:
        pass
    return None


MARK = re.compile(r"\[\[([^|\]]+)(?:\|(.*?))?\]\]", re.S)


def render(markup: str, lang: str, rng: random.Random):
    text, pii, keep = [], [], []
    pos = 0
    length = 0
    for m in MARK.finditer(markup):
        before = markup[pos : m.start()]
        text.append(before)
        length += len(before)
        code, value = m.group(1), m.group(2)
        if code.startswith("="):
            name, _, fmt = code[1:].partition(":")
            gen = GENERATORS[name]
            value, kind = gen(rng, fmt) if fmt else gen(rng)
            assert checksum_ok(kind, value), (kind, value)
            span = {"start": length, "end": length + len(value), "kind": kind}
            pii.append(span)
        elif code.startswith("+"):
            what = code[1:]
            assert what in KEEP_WHAT, what
            assert value, m.group(0)
            keep.append({"start": length, "end": length + len(value), "what": what})
        elif code in NAME_CONTEXT:
            assert value, m.group(0)
            pii.append(
                {
                    "start": length,
                    "end": length + len(value),
                    "kind": "name",
                    "context": NAME_CONTEXT[code],
                }
            )
        else:
            kind, _, region = code.partition("@")
            assert kind in PII_KINDS and kind != "name", code
            assert value, m.group(0)
            assert checksum_ok(kind, value), (kind, value)
            if kind == "phone":
                num = phonenumbers.parse(value, region or REGION[lang])
                assert phonenumbers.is_valid_number(num), (lang, value)
            if kind == "email":
                assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value), value
            pii.append({"start": length, "end": length + len(value), "kind": kind})
        text.append(value)
        length += len(value)
        pos = m.end()
    text.append(markup[pos:])
    full = "".join(text)
    assert "[[" not in full and "]]" not in full, full
    return full, pii, keep, [m for m in MARK.finditer(markup)]


def build_item(idx: int, lang: str, markup: str, rng: random.Random) -> dict:
    text, pii, keep, _ = render(markup, lang, rng)
    spans = sorted([(s["start"], s["end"]) for s in pii + keep])
    for (a1, b1), (a2, b2) in zip(spans, spans[1:], strict=False):
        assert b1 <= a2, (lang, idx, text[a1:b1], text[a2:b2])
    for s in pii + keep:
        val = text[s["start"] : s["end"]]
        assert val and val == val.strip() and val[-1] not in ",;:", (lang, idx, repr(val))
    for k in keep:
        if k["what"] in NUMBERED_KEEPS:
            val = text[k["start"] : k["end"]]
            runs = re.findall(r"\d+", val)
            cands = set(r for r in runs if len(r) >= 6)
            joined = "".join(runs)
            if len(joined) >= 6:
                cands.add(joined)
            for r in cands:
                hit = number_passes_something(r, REGION[lang])
                assert hit is None, (lang, idx, val, r, hit)
    return {
        "id": f"{PREFIX}-{lang}-{idx:02d}",
        "lang": lang,
        "text": text,
        "pii": sorted(pii, key=lambda s: s["start"]),
        "keep": sorted(keep, key=lambda s: s["start"]),
    }


# ------------------------------------------------------------------- the texts

ITEMS: dict[str, list[str]] = {}
ITEMS["pl"] = [
    # 1 clinic e-mail: vocative salutation, double-surname signature, phone line
    """Szanowna Pani [[s|Jadwigo]],

bardzo dziękuję za przesunięcie wizyty w [[+brand|Medicover]] na [[+date|14 marca]], godz. [[+time|8:15]]. Gdyby termin jednak się zmienił, proszę o telefon po [[+time|16:00]], wcześniej jestem w pracy.

Z poważaniem
[[g|Teresa Wróblewska-Kos]]
tel. [[phone|604 218 337]]""",
    # 2 chat log: agent handle, client self-introduction with "tu"
    """Konsultant [[o|Marek]]: Dzień dobry, w czym mogę pomóc?
Klient: hej, tu [[i|Kuba Lis]], od rana nie mam internetu, umowa [[+invalid_checksum_number|UM/4471/2023/87]]
Konsultant [[o|Marek]]: Sprawdzam. Czy router [[+brand|Orange]] Funbox świeci na czerwono?
Klient: tak, dioda DSL miga""",
    # 3 review, husband named in brackets, one-word signature after a dash
    """Kupiliśmy z mężem ([[o|Zbyszkiem]]) pralkę w [[+brand|RTV Euro AGD]] i po [[+quantity|trzech tygodniach]] cieknie spod drzwiczek. Serwis przyjedzie dopiero za [[+quantity|10 dni]]. Nie polecam!!!
— [[g|Ela]]""",
    # 4 reply with quoted header, role and company under the signature
    """Dzień dobry Panie [[s|Krzysztofie]],

korekta faktury jest już w systemie, różnica [[+amount|86,40 zł]] wróci na konto w ciągu [[+quantity|5 dni roboczych]].

Pozdrawiam serdecznie
[[g|Anna Maj]]
[[+job_title|specjalistka ds. rozliczeń]] | [[+company|Ciepłownia Miejska Sp. z o.o.]]

W dniu [[+date|12.02.2024]] o [[+time|10:41]] [[o|Krzysztof Pawlak]] <[[email|k.pawlak@poczta.onet.pl]]> napisał:
> Dzień dobry, na fakturze [[+invoice_number|FV/CM/02/5531]] naliczono mi dwa razy opłatę stałą.""",
    # 5 formal self-introduction, PESEL, initial in the signature
    """Dzień dobry,
nazywam się [[i|Bartłomiej Szczęsny]] i piszę w sprawie faktury [[+invoice_number|FV/2024/03/0193]]. Do wniosku o zwrot podaję PESEL: [[=pesel]]. Proszę o informację, czy potrzebny jest jeszcze skan dowodu.

[[g|B. Szczęsny]]""",
    # 6 informal, lower case, no diacritics
    """czesc, z tej strony [[i|michal wisniewski]], zamawialem rower w [[+brand|Decathlon]] ([[+order_number|zam. 7713-WX-0045]]) i dalej nie ma go w sklepie w [[+city|Lodzi]]. kiedy moge odebrac?
pozdro
[[g|michal]]""",
    # 7 gym: "jestem", trainer by first name, full signature
    """Dzień dobry, jestem [[i|Oliwia]] i od września chodzę na zdrowy kręgosłup do [[+brand|Zdrofit]] w [[+street_as_brand|Pasażu Grunwaldzkim]]. Zajęcia z trenerem [[o|Patrykiem]] są super, ale w [[+quantity|dwa czwartki]] z rzędu sala była zamknięta bez uprzedzenia. Czy mogę dostać przedłużenie karnetu o te dni?

[[g|Oliwia Dąbek]]""",
    # 8 insurance letter: addressee block with title, greeting without a name, role under name
    """Sz. P.
dr [[s|Ewa Nowicka-Lis]]

[[+greeting_without_name|Szanowna Pani Doktor]],
w nawiązaniu do zgłoszenia szkody z polisy [[+invalid_checksum_number|PL-0041-77-3920]] uprzejmie informuję, że rzeczoznawca odwiedzi Panią [[+date|w poniedziałek 18.03]].

Łączę wyrazy szacunku
[[g|Grzegorz Bąk]]
[[+job_title|Agent ubezpieczeniowy]] [[+brand|PZU]]""",
    # 9 courier, casual salutation in vocative, neighbour named, kiss-signoff
    """Cześć [[s|Aniu]]!
Kurier [[+brand|InPost]] zostawił Twoją paczkę ([[+tracking_number|6200 1147 0391 2281 5567 09]]) u sąsiadki z naprzeciwka, pani [[o|Krystyny Zając]]. Odbierz po [[+time|18]], wcześniej jej nie ma.
Buziaki, [[g|Magda]]""",
    # 10 hotel: self-introduction with "piszę ja" and a company named after a surname
    """Dzień dobry,
piszę ja, [[i|Renata Kowalczyk]], w imieniu firmy [[+company|Kowalczyk i Synowie s.c.]] Chciałabym potwierdzić rezerwację nr [[+order_number|HTL-88213-PL]] w [[+brand|Hotelu Pod Wawelem]] na [[+quantity|3 noce]] od [[+date|2 maja]] i poprosić o fakturę na firmę.
Dziękuję""",
    # 11 bank: "mam na imię", card number, name on its own line
    """Witam, mam na imię [[i|Konrad]] i wczoraj ktoś obciążył moją kartę [[=card:spaced]] kwotą [[+amount|1 299,00 PLN]] w sklepie, w którym nigdy nie byłem. Proszę o zastrzeżenie karty i reklamację transakcji.
[[g|Konrad Żak]]""",
    # 12 school: greeting without name, son and the same child in the signature line
    """[[+greeting_without_name|Szanowny Panie Dyrektorze]],
mój syn [[o|Antoś Górski]] z klasy 3b nie pojedzie na wycieczkę do [[+city|Torunia]], bo ma zwolnienie lekarskie do [[+date|piątku]]. Proszę o zwrot zaliczki [[+amount|150 zł]].
[[g|Justyna Górska]] (mama [[o|Antosia]])""",
    # 13 car service writes to client: vocative salutation, "tu X z serwisu", person-like brand
    """Dzień dobry Panie [[s|Wiesławie]], tu [[i|Darek]] z [[+person_like_brand|Auto-Serwisu u Janusza]]. Auto gotowe do odbioru, wymiana rozrządu wyszła [[+amount|1 240 zł]]. Jesteśmy do [[+time|17:30]]. W razie czego [[phone|+48 693 402 118]].""",
    # 14 review: staff member by diminutive, signature "name + z city"
    """Polecam sklep [[+brand|Kakadu]]! Pani [[o|Gosia]] z działu akwarystyki poświęciła mi pół godziny i doradziła filtr, który wreszcie działa. Jedyny minus - kolejka do kasy.
[[g|Stanisław]] z [[+city|Radomia]]""",
    # 15 SaaS: informal vocative, ticket number, signature block with role, company, phone
    """Hej [[s|Tomku]],
dzięki za wczorajsze demo. Zgłoszenie [[+ticket_number|#SUP-20931]] dalej wisi – eksport do CSV w wersji [[+version|4.2.1]] ucina polskie znaki.

--
[[g|Paulina Zawadzka]]
[[+job_title|Head of Operations]]
[[+company|Drewnex Sp. z o.o.]]
[[phone|+48 22 514 30 90]]""",
    # 16 utility meter reading: form field name, address, closing line with initial
    """Przesyłam odczyt licznika gazu nr [[+invalid_checksum_number|G-004417-2291]]: [[+quantity|4512 m³]] (stan na [[+date|31.01]]).
Odbiorca: [[o|Czarnecka Lucyna]]
Adres: [[address|ul. Lipowa 17/4, 26-600 Radom]]
Z poważaniem, [[g|L. Czarnecka]]""",
    # 17 marketplace message
    """Witaj [[s|Piotrek]]! Czy rower z ogłoszenia na [[+brand|OLX]] jest jeszcze dostępny? Mogę podjechać dziś po [[+time|19]] i zapłacić gotówką [[+amount|800 zł]], jeśli zejdziesz trochę z ceny :)
[[g|Kasia]]""",
    # 18 B2B: formal greeting without name, self-introduction, NIP, name repeated above role
    """[[+greeting_without_name|Szanowny Panie Prezesie]],
nazywam się [[i|Wojciech Hejmo]] i reprezentuję [[+company|Transbud Logistyka S.A.]] (NIP [[=nip:dash]]). Chcielibyśmy przedstawić ofertę na obsługę magazynu w [[+city|Strykowie]].

[[g|Wojciech Hejmo]]
[[+job_title|Dyrektor ds. zakupów]]""",
    # 19 forwarded message: header names, inner signature, forwarder's short signature
    """Przekazuję do działu reklamacji, pilne. – [[g|Adam]]

---------- Przekazana wiadomość ----------
Od: [[o|Irena Malinowska]] <[[email|irena.malinowska@wp.pl]]>
Data: [[+date|wt., 5 mar 2024]] [[+time|09:12]]
Temat: Zwrot zamówienia [[+order_number|ZW-55012]]

Dzień dobry, czekam na zwrot pieniędzy od [[+quantity|3 tygodni]]. Proszę o odpowiedź.
[[g|Irena]]""",
    # 20 review without diacritics, name on the closing line
    """Obsluga w salonie [[+brand|Plus]] w [[+city|Kielcach]] tragiczna, pani przy stanowisku nr 2 rozmawiala przez telefon zamiast mnie obsluzyc. Czekalem [[+quantity|40 minut]].
Pozdrawiam, [[g|Jerzy Krol]]""",
    # 21 vet: vocative with title, pet name (not a person), two signers with a shared surname
    """Dzień dobry Pani Doktor [[s|Agnieszko]],
Burek po zabiegu czuje się dobrze, je i pije, ale trochę liże szew. Czy kołnierz jest konieczny? Wizyta kontrolna była ustalona na [[+date|środę]] na [[+time|10:30]].
Pozdrawiamy
[[g|Beata]] i [[g|Marcin Lewandowscy]]""",
    # 22 telecom: "ask for my wife", phone with dashes
    """Proszę o kontakt w sprawie reklamacji [[+ticket_number|RK/24/118730]] z moją żoną, [[o|Haliną Sobczak]], pod numerem [[phone|501-337-902]], bo ja pracuję na zmiany i nie odbieram.
[[g|Ryszard Sobczak]]""",
    # 23 refund to NRB, no names
    """Dzień dobry, proszę o zwrot nadpłaty z faktury [[+invoice_number|F/0349/KW/2024]] na rachunek [[=iban_pl:nrb]]. Potwierdzenie proszę przesłać na [[email|rozliczenia.dom7@gmail.com]].""",
    # 24 password-reset link with a token, app version
    """Link do zmiany hasła z maila nie działa, wyskakuje błąd 410: [[url_token|https://konto.energa-operator.pl/haslo/reset?token=Qm7fZ2kLx93PaVt81cWd]] Aplikacja [[+version|v5.12.3]] na Androidzie, próbowałam [[+quantity|3 razy]].""",
    # 25 correspondence address and phone in a form, no name
    """Zmiana danych kontaktowych
Nowy adres do korespondencji: [[address|ul. Słoneczna 8 m. 12
05-500 Piaseczno]]
Telefon: [[phone|(22) 756 41 09]]
Numer klienta: [[+invalid_checksum_number|KL 7740 1183 25]]""",
    # 26 company data: REGON and NIP in a B2B request
    """Prosimy o wystawienie faktury na: [[+company|PolMetal Serwis sp.j.]], [[address|ul. Fabryczna 3, 41-300 Dąbrowa Górnicza]], NIP [[=nip:pl]], REGON [[=regon]]. Zamówienie [[+order_number|PO-2024-0388]].""",
    # 27 shop reply: person-like brands, team signature, no PII
    """Dzień dobry,
dziękujemy za zamówienie [[+order_number|NT-8830-2214]]. Krem [[+person_like_brand|Dr Irena Eris]] wrócił na magazyn i wyślemy go razem z kosmetykami [[+person_like_brand|Ziaja]] [[+date|jutro]] do [[+time|12:00]].
Pozdrawiamy
[[+team_name|Zespół obsługi klienta Notino]]""",
    # 28 department signature, no person
    """[[+greeting_without_name|Szanowni Państwo]],
informujemy, że reklamacja [[+ticket_number|RKL-2024-00419]] została rozpatrzona pozytywnie. Nowy stół zostanie dostarczony w ciągu [[+quantity|14 dni]].
Dział Reklamacji
[[+company|Meblux sp. z o.o.]]""",
    # 29 structured review, capitalised nouns at line starts, city
    """Dostawa: szybka, kurier dzwonił przed przyjazdem
Jakość: bardzo dobra, [[+quantity|5/5]]
Cena: trochę wyższa niż w [[+brand|Media Expert]]
Miasto: [[+city|Gdańsk]]
Polecam sklep, na pewno wrócę.""",
    # 30 person-like brands and a shop named after a street, no PII
    """Na urodziny kupiłam w delikatesach „[[+street_as_brand|Nowy Świat]]” pudełko [[+person_like_brand|E. Wedel]] i kawę [[+person_like_brand|Pan Kawa]], razem [[+amount|96 zł]]. Czekoladki były przeterminowane o [[+quantity|2 miesiące]]! Paragon [[+invoice_number|P-20240308-0117]].""",
]

ITEMS["cs"] = [
    # 1 clinic: "paní + surname", signature with Ing. title
    """Dobrý den, paní [[s|Dvořáková]],

potvrzuji termín ultrazvuku v [[+brand|Poliklinice Budějovická]] na [[+date|úterý 12. 3.]] v [[+time|7:40]]. Výsledky z minula přinesu s sebou.

S pozdravem
Ing. [[g|Radek Šimánek]]""",
    # 2 insurer to client: vocative of surname, role and brand under the name
    """Vážený pane [[s|Nováku]],

Vaše pojistná událost č. [[+ticket_number|PU-2024-118832]] byla uzavřena a plnění ve výši [[+amount|12 480 Kč]] odešle banka do [[+quantity|pěti pracovních dnů]].

S pozdravem
[[g|Jitka Horká]]
[[+job_title|likvidátorka pojistných událostí]]
[[+brand|Kooperativa]]""",
    # 3 "jmenuji se", operator, phone, initial signature
    """Dobrý den, jmenuji se [[i|Petr Sýkora]] a od [[+date|pondělí]] mi nefunguje pevný internet od [[+brand|O2]]. Technik měl přijít v [[+time|10:00]], nepřišel. Volejte prosím na [[phone|+420 603 412 887]].
[[g|P. Sýkora]]""",
    # 4 lower case without diacritics, "tady", flat neighbour
    """ahoj, tady [[i|lukas]] z bytu 12. vcera vecer zase nesla vytah a pani [[o|vomackova]] z pateho patra musela po schodech s nakupem. muzete to prosim nahlasit firme [[+brand|Schindler]]?
[[g|lukas kratochvil]]""",
    # 5 chat: operator handle, customer self-introduction "u telefonu"
    """Operátorka [[o|Lenka]]: Dobrý den, jak vám mohu pomoci?
Zákazník: Dobrý den, u telefonu [[i|Marie Vlčková]], volám kvůli vyúčtování za elektřinu [[+invoice_number|VY-0024-55817]].
Operátorka [[o|Lenka]]: Děkuji, paní [[s|Vlčková]], hned se podívám.""",
    # 6 reply on top of a quoted header, vocative salutation
    """Dobrý den pane [[s|Bureši]],

reklamaci notebooku jsme přijali, servis ji vyřídí do [[+quantity|30 dnů]].

[[g|Veronika]]
[[+team_name|tým zákaznické podpory Alza.cz]]

Dne [[+date|3. 4. 2024]] v [[+time|9:12]] [[o|Tomáš Bureš]] <[[email|tomas.bures@seznam.cz]]> napsal(a):
> Dobrý den, notebook [[+product_code|NB-ASX-1502]] se po týdnu přestal nabíjet.""",
    # 7 school excuse: greeting without name, daughter in accusative, closing line with name
    """[[+greeting_without_name|Vážená paní učitelko]],
omlouvám dceru [[o|Aničku Procházkovou]] z výuky [[+date|ve čtvrtek a v pátek]], má angínu. Úkoly si doplní.
S pozdravem [[g|Hana Procházková]]""",
    # 8 car service: "píše vám", car brand, initial + phone signature
    """Dobrý den, píše vám [[i|Zdeněk Holub]], majitel vozu [[+brand|Škoda]] Octavia, SPZ mám v objednávce [[+order_number|SRV-24-0719]]. Po výměně brzd auto při brzdění pořád piští. Můžu přijet [[+date|zítra]]?
[[g|Z. Holub]], [[phone|777 123 456]]""",
    # 9 hotel review: receptionist by first name, two signers
    """Krásný víkend v [[+brand|Hotelu Horal]] ve [[+city|Špindlerově Mlýně]]. Paní [[o|Jarmila]] na recepci nám půjčila nabíječku i deštník, snídaně byly výborné. Jen ten wellness byl otevřený až od [[+time|16 h]].
[[g|Kuba]] a [[g|Bára]]""",
    # 10 gym: vocative first name, short signature
    """Ahoj [[s|Michale]],
můžeš mi prosím přesunout osobní trénink z [[+date|pátku]] na [[+date|sobotu]] ráno? V pátek mám služebku do [[+city|Ostravy]].
Díky, [[g|Eliška]]""",
    # 11 utility reply: "paní + surname", role, brand, customer number
    """Vážená paní [[s|Králová]],

k Vašemu odběrnému místu [[+invalid_checksum_number|EAN 859182400410557713]] jsme upravili zálohy na [[+amount|1 850 Kč]] měsíčně, a to od [[+date|dubna]].

S pozdravem
[[g|Ondřej Malý]]
[[+job_title|specialista zákaznické péče]]
[[+brand|ČEZ Prodej]]""",
    # 12 municipal office: greeting without name, self-introduction, street address
    """[[+greeting_without_name|Vážený pane starosto]],
jmenuji se [[i|Alena Benešová]] a bydlím v ulici [[address|Polní 248]]. Už [[+quantity|třetí týden]] nesvítí lampa před domem číslo 250 a večer tam chodí děti ze školy.
Děkuji za vyřízení
[[g|Alena Benešová]]""",
    # 13 classified ad message with nickname signature and phone
    """Dobrý den, je kolo z [[+brand|Bazoše]] ještě k mání? Mohl bych se zastavit dnes po práci, zavolejte mi na [[phone|731 402 118]].
[[g|Vojta]]""",
    # 14 B2B: greeting without name, IČO, name between academic titles, company
    """[[+greeting_without_name|Dobrý den, pane inženýre]],
v příloze posílám objednávku [[+order_number|OBJ-2024/0533]] na [[+quantity|40 ks]] panelů. Fakturujte prosím na naši firmu, IČO [[=ico]].

Ing. arch. [[g|Klára Šebestová]], Ph.D.
[[+company|Atelier Lineár s.r.o.]]""",
    # 15 bank: self-introduction, card, first name signature
    """Dobrý den,
jmenuji se [[i|Dana Pokorná]] a ve výpisu mám platbu [[+amount|2 399 Kč]], kterou jsem neprovedla. Prosím o zablokování karty [[=card:spaced]] a vrácení peněz.
Děkuji
[[g|Dana]]""",
    # 16 courier: vocative of Pavel, tracking, short signature on the closing line
    """Ahoj [[s|Pavle]], balík ze [[+brand|Zásilkovny]] ([[+tracking_number|Z 4471 0239 55]]) jsem ti nechala ve schránce u sousedů, klíč je pod rohožkou.
Díky moc, [[g|Honza]]""",
    # 17 vet: doctor addressed by surname, signature with phone
    """Dobrý den paní doktorko [[s|Šťastná]],
kocour po očkování dva dny nežere a pořád spí. Je to normální, nebo máme přijít? Jsme doma od [[+time|15:00]].

[[g|Milena Hrubá]]
tel. [[phone|605 33 44 19]]""",
    # 18 forwarded mail: header, forwarder's signature with initial
    """Posílám dál, vyřiďte to prosím ještě dnes. [[g|M. Kučera]]

-------- Původní zpráva --------
Od: [[o|Jiří Vaněk]] <[[email|jiri.vanek@email.cz]]>
Odesláno: [[+date|čtvrtek 7. března 2024]] [[+time|14:55]]
Komu: [[email|reklamace@nabytek-domov.cz]]
Předmět: Poškozená skříň, objednávka [[+order_number|ND-77102]]""",
    # 19 "ask for a colleague" (inflected), vocative salutation, team signature
    """Dobrý den pane [[s|Hájku]],
Vaše brýle jsou hotové. Na pobočce v [[+city|Pardubicích]] se prosím zeptejte na kolegu [[o|Radima Kopeckého]], ten Vám je i nastaví.
[[+team_name|Tým Eiffel Optic]]""",
    # 20 review, surname before first name, city
    """Objednávka dorazila za [[+quantity|dva dny]], ale polovina talířů byla rozbitá. Vrácení peněz trvalo [[+quantity|měsíc]]. Už nikdy víc.
[[g|Novotná Věra]], [[+city|Olomouc]]""",
    # 21 pet shop staff: "tady X z ...", signature with job title
    """Zdravím, tady [[i|Adéla]] z prodejny [[+brand|Super zoo]] v [[+city|Kolíně]]. Krmivo, které jste si objednal, nám přijde až [[+date|v pondělí]], pak se vám ozvu.
[[g|Adéla Marková]], [[+job_title|vedoucí prodejny]]""",
    # 22 colloquial "jmenuju se" in lower case, father named
    """dobry den, jmenuju se [[i|radek cerny]] a volal jsem vam uz vcera. na adrese je napsany muj tata [[o|Josef Černý]], ale smlouvu mam na sebe, cislo [[+invalid_checksum_number|SML 0071 2265]].""",
    # 23 birth number and IBAN for a refund, no name
    """Žádost o vrácení přeplatku
Rodné číslo: [[=rc_cz:slash]]
Číslo účtu: [[=iban_cz:spaced]]
Variabilní symbol: [[+invalid_checksum_number|2024118835]]""",
    # 24 reset link with a token and a contact e-mail
    """Odkaz na obnovení hesla mi nefunguje: [[url_token|https://ucet.mojeenergie.cz/obnova?klic=7Hd92LqpZx0Vm4aT3c]] Napište mi prosím na [[email|p.kolarik77@centrum.cz]], zkoušel jsem to i v aplikaci [[+version|3.8.0]].""",
    # 25 delivery address and phone, no name
    """Prosím o změnu doručovací adresy u zakázky [[+order_number|E-24-55190]]:
[[address|Havlíčkova 1127/15
586 01 Jihlava]]
Kurýr ať volá na [[phone|+420 724 509 316]].""",
    # 26 company DIČ and e-mail in a B2B complaint
    """Dobrý den, fakturu [[+invoice_number|FA-24-00912]] máte vystavenou na špatné DIČ. Správně je [[=dic_cz]]. Opravenou fakturu pošlete na [[email|ucetni@stavby-brychta.cz]].""",
    # 27 person-like brands, no PII
    """V [[+person_like_brand|Albertu]] na Smíchově jsem koupila boty [[+person_like_brand|Baťa]] v akci za [[+amount|899 Kč]] a po týdnu se odlepila podrážka. Účtenka [[+invoice_number|UC-8812-0345]].""",
    # 28 team signature of a shop, no person
    """Dobrý den,
objednávka [[+order_number|MALL-30041972]] byla předána dopravci a dorazí během [[+quantity|2–3 dnů]].
Přejeme hezký den,
Váš [[+team_name|tým Mall.cz]]""",
    # 29 structured review with line-start nouns and a city
    """Doprava: rychlá
Balení: nic moc, krabice promáčklá
Kvalita: [[+quantity|4 z 5]]
Prodejna: [[+city|Brno]], Královo Pole
Celkově spokojenost.""",
    # 30 shop named after a street, brand, no PII
    """Kavárna [[+street_as_brand|Na Poříčí]] má nově otevřeno už od [[+time|7:00]] a kávu od [[+brand|Doubleshot]]. Věrnostní kartu jsem dostal, ale razítka se nenačítají do aplikace ([[+version|verze 2.1]]).""",
]

ITEMS["sk"] = [
    # 1 insurer: "pani + surname", Mgr. title in the signature
    """Dobrý deň, pani [[s|Kováčová]],

k Vašej poistnej udalosti [[+ticket_number|PU/2024/77311]] potrebujeme ešte fotografiu poškodeného čelného skla. Stačí ju poslať odpoveďou na tento e-mail.

S pozdravom
Mgr. [[g|Ivana Šuleková]]
[[+brand|Allianz - Slovenská poisťovňa]]""",
    # 2 "volám sa", phone, initial signature
    """Dobrý deň, volám sa [[i|Martin Horváth]] a už [[+quantity|týždeň]] mi nejde pevný internet od [[+brand|Telekomu]]. Technik sa neozval. Prosím zavolajte mi na [[phone|0905 123 456]].
[[g|M. Horváth]]""",
    # 3 "Vážený pán + surname" (nominative), signature on closing line
    """Vážený pán [[s|Baláž]],
ďakujeme za Vašu objednávku v [[+brand|Nay]]. Televízor [[+product_code|TV-55QX-902]] je na sklade a pripravený na vyzdvihnutie v predajni v [[+city|Trnave]] do [[+date|piatku]].
S pozdravom [[g|Lenka Gregorová]]""",
    # 4 lower case without diacritics, "som", nickname
    """ahojte, som [[i|peto]] z bytu 7. od vcera netecie tepla voda, kotolna hlasi poruchu. vie to niekto nahlasit spravcovi? ja som v robote do [[+time|18]].
[[g|peter kralik]]""",
    # 5 chat: agent handle, customer "tu je"
    """Agent [[o|Tomáš]]: Dobrý deň, s čím vám môžem pomôcť?
Zákazník: dobrý deň, tu je [[i|Lucia Mrázová]], neprišla mi faktúra za [[+date|február]]
Agent [[o|Tomáš]]: Rozumiem, pani [[s|Mrázová]], posielam ju ešte raz.""",
    # 6 reply above a quoted header, team signature with a person-like brand
    """Dobrý deň pán [[s|Baran]],

knihu sme Vám poslali znova, pôvodná zásielka sa stratila u prepravcu.

[[g|Katarína]]
[[+team_name|Zákaznícka podpora Martinus]]

Dňa [[+date|5. 2. 2024]] o [[+time|14:03]] [[o|Jozef Baran]] <[[email|jozef.baran@azet.sk]]> napísal:
> Objednávka [[+order_number|MRT-5520417]] stále nedorazila.""",
    # 7 school: greeting without name, son, mother's signature
    """[[+greeting_without_name|Vážená pani riaditeľka]],
môj syn [[o|Samko Hudák]] zo 4. B nebude [[+date|od 11. do 15. marca]] v škole, ideme na rodinnú dovolenku. Učivo doberie.
S úctou
[[g|Renáta Hudáková]]""",
    # 8 car service: "píše vám", Ľ. initial signature
    """Dobrý deň, píše vám [[i|Ľubomír Kollár]]. Auto mám u vás v servise od [[+date|pondelka]] ([[+order_number|zákazka SV-1104-24]]) a nikto mi nevie povedať, kedy bude hotové.
[[g|Ľ. Kollár]]""",
    # 9 hotel review: receptionist, two first-name signers
    """Hotel v [[+city|Tatranskej Lomnici]] super, recepčná [[o|Silvia]] nám dala izbu s výhľadom na štíty bez príplatku. Raňajky slabšie.
[[g|Maroš]] a [[g|Janka]]""",
    # 10 gym: casual vocative, first-name signature
    """Čau [[s|Miro]], ide v [[+date|sobotu]] ten kruhový tréning o [[+time|9:00]]? Zoberiem aj kamošku, ak je miesto.
[[g|Dominika]]""",
    # 11 utility reply: "pani + surname", role, brand
    """Vážená pani [[s|Vargová]],

Vašu reklamáciu vyúčtovania [[+invoice_number|VYU-2024-0041187]] sme posúdili ako oprávnenú. Preplatok [[+amount|63,20 €]] Vám vrátime na účet.

S pozdravom
[[g|Rastislav Kukučka]]
[[+job_title|špecialista zákazníckej podpory]]
[[+brand|ZSE Energia]]""",
    # 12 municipal: "moje meno je", address in Bratislava, full signature
    """Dobrý deň, moje meno je [[i|Alžbeta Oravcová]] a bývam na [[address|Šancová 54, 811 05 Bratislava]]. Pred domom je už mesiac rozkopaný chodník bez osvetlenia. Prosím o nápravu.
[[g|Alžbeta Oravcová]]""",
    # 13 classified ad: nickname signature and phone
    """Dobrý, je ešte bicykel z [[+brand|Bazoš.sk]]? Dám [[+amount|150 €]] a vyzdvihnem hneď. [[phone|+421 948 227 013]]
[[g|Rišo]]""",
    # 14 B2B: IČO and IČ DPH, name with Ing. and PhD., company
    """Dobrý deň,
posielame objednávku [[+order_number|OBJ/24/0671]] na [[+quantity|12 paliet]] dlažby. Fakturačné údaje: IČO [[=ico:spaced]], IČ DPH [[=icdph]].

Ing. [[g|Marek Šimko]], PhD.
[[+job_title|konateľ]], [[+company|Stavmont SK s.r.o.]]""",
    # 15 bank: "volám sa" mid-sentence, card, initial signature
    """Som klientkou [[+brand|Tatra banky]], volám sa [[i|Veronika Lacková]] a v noci mi z karty [[=card:dash]] odišli [[+quantity|tri platby]] po [[+amount|49,99 €]]. Kartu som si zablokovala v aplikácii, prosím o reklamáciu.
[[g|V. Lacková]]""",
    # 16 courier: vocative Paľo, tracking, closing line signature
    """Ahoj [[s|Paľo]], balík od [[+brand|Packety]] ([[+tracking_number|Z 2209 4418 73]]) som ti nechal u susedky na prízemí.
Vďaka, [[g|Fero]]""",
    # 17 vet: "pán doktor + surname", signature with phone
    """Dobrý deň pán doktor [[s|Polák]],
fenka po sterilizácii stále trochu krváca z rany. Môžeme prísť [[+date|zajtra]] ráno?
[[g|Miriam Kmeťová]]
[[phone|0911 480 562]]""",
    # 18 forwarded mail: header name and e-mail, forwarder's first name
    """Preposielam, treba to vybaviť do [[+date|piatku]]. [[g|Jana]]

---------- Preposlaná správa ---------
Od: [[o|Štefan Malík]] <[[email|stefan.malik@post.sk]]>
Dátum: [[+date|pi 8. 3. 2024]] o [[+time|11:20]]
Predmet: Reklamácia [[+ticket_number|RK-24-3390]]""",
    # 19 "ask for a colleague" (inflected), salutation with a surname that is also a noun
    """Dobrý deň pán [[s|Hruška]],
Vaše okuliare sú pripravené. V predajni sa prosím opýtajte na kolegyňu [[o|Evu Šimkovú]], ktorá Vám ich nastaví.
[[+team_name|Tím Optiky Lux]]""",
    # 20 review, surname before first name, city
    """Tovar prišiel rýchlo, ale farba úplne iná ako na fotke. Vrátenie peňazí trvalo [[+quantity|tri týždne]].
[[g|Hlinková Monika]], [[+city|Žilina]]""",
    # 21 pet shop: staff "tu X z ...", signature with surname
    """Zdravím, tu [[i|Nikola]] z [[+brand|Pet Center]] v [[+city|Nitre]]. Akvárium, ktoré ste si rezervovali, príde [[+date|v stredu]]. Ozvem sa, keď bude pripravené.
[[g|Nikola Bartošová]]""",
    # 22 formal declaration "Ja, dolu podpísaný", birth number
    """Čestné vyhlásenie
Ja, dolu podpísaný [[i|Jaroslav Sivák]], rodné číslo [[=rc_sk:slash]], vyhlasujem, že vozidlo som v čase nehody neviedol.
V [[+city|Prešove]] dňa [[+date|4. 3. 2024]]""",
    # 23 IBAN and e-mail for a refund, no name
    """Prosím o vrátenie zálohy [[+amount|200 €]] za zrušený pobyt ([[+order_number|rezervácia R-71093]]) na účet [[=iban_sk:spaced]]. Potvrdenie pošlite na [[email|rodina.kolesar@gmail.com]].""",
    # 24 reset link with a token
    """Odkaz na zmenu hesla z vášho e-mailu vypršal skôr, ako som ho stihol otvoriť: [[url_token|https://moj.zsdis.sk/reset-hesla?t=b41f09d2e77a4c1bb8c3]] Pošlite prosím nový.""",
    # 25 delivery address and phone, no name
    """Doručovacia adresa k objednávke [[+order_number|ES-2024-118273]]:
[[address|Kukučínova 22
040 01 Košice]]
Kuriér nech volá na [[phone|0915 602 337]], zvonček nefunguje.""",
    # 26 company IČ DPH and e-mail
    """Faktúra [[+invoice_number|FV-2024/1193]] je vystavená bez IČ DPH. Doplňte prosím [[=icdph]] a pošlite opravenú na [[email|fakturacia@drevotech.sk]].""",
    # 27 person-like brand and brand, no PII
    """V [[+person_like_brand|Martinuse]] na Obchodnej som kúpila knihu pre syna a [[+brand|Kofolu]] v kaviarni vedľa. Účet [[+amount|27,40 €]], bloček [[+invoice_number|BL-0330-7781]]. Super obsluha!""",
    # 28 team signature, no person
    """Dobrý deň,
Vaša objednávka [[+order_number|AZ-SK-48210577]] bola odoslaná. Zásielku môžete sledovať v aplikácii.
S pozdravom
[[+team_name|Tím Alza.sk]]""",
    # 29 structured review with line-start nouns and city
    """Doručenie: do 24 hodín
Kvalita: výborná
Cena: o [[+percent|10 %]] lacnejšie ako inde
Mesto: [[+city|Košice]]
Odporúčam!""",
    # 30 shop named after a street, brand, no PII
    """Bistro „[[+street_as_brand|Hlavná]]“ zmenilo dodávateľa kávy a teraz má zrnká od [[+brand|Goriffee]]. Otvorené od [[+time|7:30]], cez víkend od [[+time|9:00]].""",
]

ITEMS["ru"] = [
    # 1 clinic: name + patronymic salutation, surname-first full name in the signature
    """Уважаемая [[s|Ирина Валерьевна]]!

Прошу перенести мой приём в клинике «[[+brand|Медси]]» с [[+date|15 марта]] на любой день следующей недели после [[+time|17:00]]. Результаты анализов уже готовы.

С уважением,
[[g|Соколов Андрей Петрович]]""",
    # 2 "меня зовут", operator, phone, name with initial
    """Здравствуйте! Меня зовут [[i|Дмитрий]], у меня уже [[+quantity|три дня]] не работает мобильный интернет [[+brand|МТС]], хотя тариф оплачен. Перезвоните, пожалуйста, на [[phone|+7 916 204-55-17]].
[[g|Дмитрий К.]]""",
    # 3 first-name salutation, initials before surname in the signature
    """Здравствуйте, [[s|Ольга]]!
Высылаю акт сверки за [[+date|февраль]] и счёт [[+invoice_number|СЧ-0312/24]]. Если будут вопросы — пишите.
[[g|Е. В. Гусева]]
[[+job_title|бухгалтер]]""",
    # 4 lower case, "это", flat number, full name in lower case
    """привет, это [[i|саша]] из 45 квартиры. в подъезде опять не горит свет на 3 этаже, уже [[+quantity|неделю]]. кто-нибудь может позвонить в [[+brand|ЖЭК]]?
[[g|александр белов]]""",
    # 5 chat: operator handle, client "на связи" with name and patronymic
    """Оператор [[o|Наталья]]: Добрый вечер! Чем могу помочь?
Клиент: добрый вечер, на связи [[i|Виктор Степанович]], не пришла посылка [[+tracking_number|RU 4410 2938 117]]
Оператор [[o|Наталья]]: [[s|Виктор Степанович]], минуту, уточняю.""",
    # 6 reply above quoted header, salutation at line start, signature with role and company
    """[[s|Кирилл]], добрый день!

Замену плитки согласовали, бригада приедет [[+date|в четверг]] к [[+time|9:00]].

[[g|Марина Лебедева]]
[[+job_title|менеджер по работе с клиентами]]
[[+company|ООО «СтройМаркет»]]

[[+date|12 марта 2024 г.]], в [[+time|15:20]], [[o|Кирилл Зайцев]] <[[email|k.zaitsev@yandex.ru]]> пишет:
> Добрый день, по заказу [[+order_number|СМ-20931]] привезли не тот цвет плитки.""",
    # 7 school: name + patronymic, son, surname and initials signature
    """Уважаемая [[s|Галина Петровна]]!
Мой сын [[o|Петя Орлов]] пропустит занятия [[+date|с 11 по 13 марта]] по болезни, справку принесём.
[[g|Орлова Н. А.]]""",
    # 8 car service: "Вас беспокоит", surname + initial
    """Добрый день! Вас беспокоит [[i|Игорь Семёнов]], я оставлял у вас [[+brand|Kia Rio]] на замену сцепления ([[+order_number|заказ-наряд 24-0715]]). Подскажите, когда можно забрать?
[[g|Семёнов И.]]""",
    # 9 hotel review: administrator, two signers
    """Отдыхали в отеле «[[+brand|Волна]]» в [[+city|Сочи]]. Администратор [[o|Светлана]] помогла с поздним выездом, номер чистый. Минус — шумный кондиционер.
[[g|Сергей]] и [[g|Алла]]""",
    # 10 gym: diminutive salutation first, short signature
    """[[s|Лёша]], привет! Можно перенести персональную тренировку со [[+date|среды]] на [[+date|пятницу]]? В среду задерживаюсь на работе.
[[g|Катя]]""",
    # 11 utility reply: name + patronymic, surname-first signature, role, brand
    """Уважаемый [[s|Николай Иванович]]!

По лицевому счёту [[+invalid_checksum_number|№ 71-004-88213]] выполнен перерасчёт, сумма [[+amount|1 240,50 руб.]] будет учтена в следующей квитанции.

[[g|Кузнецова Татьяна]]
[[+job_title|специалист абонентского отдела]]
[[+brand|Мосэнергосбыт]]""",
    # 12 municipal: "Я, ФИО, проживающая по адресу", SNILS
    """Заявление
Я, [[i|Волкова Людмила Сергеевна]], проживающая по адресу: [[address|г. Тула, ул. Металлистов, д. 14, кв. 8]], СНИЛС [[=snils]], прошу произвести перерасчёт платы за вывоз мусора.""",
    # 13 classified ad, name on its own line
    """Здравствуйте! Диван с [[+brand|Авито]] ещё продаёте? Могу забрать сегодня после [[+time|19]].
[[g|Рустам]]""",
    # 14 B2B: INN and OGRN, job title before surname with initials
    """Просим выставить счёт на оплату [[+quantity|20 комплектов]] мебели. Реквизиты: [[+company|ООО «Вектор-Офис»]], ИНН [[=inn10]], ОГРН [[=ogrn]].

[[+job_title|Генеральный директор]] [[g|Павлов А. Н.]]""",
    # 15 bank named after a person, self-introduction, card
    """Добрый день, меня зовут [[i|Алина Ахмедова]]. В приложении [[+person_like_brand|Тинькофф]] появилось списание [[+amount|3 499 ₽]] с карты [[=card:spaced]], которое я не совершала. Прошу заблокировать карту.
[[g|Алина]]""",
    # 16 courier: first-name salutation, tracking, closing-line signature
    """Добрый день, [[s|Егор]]. Посылка [[+brand|СДЭК]] [[+tracking_number|№ 1490 3382 716]] лежит в пункте выдачи на Ленина, срок хранения до [[+date|20.03]].
Спасибо, [[g|Вера]]""",
    # 17 vet: "Доктор + surname", signature
    """Доктор [[s|Ковалёв]], здравствуйте! Кошка после прививки второй день вялая и не ест. Нужно ли приехать на осмотр?
[[g|Елена Мирошниченко]]""",
    # 18 forwarded message: header with name, forwarder's initial + surname
    """Коллеги, посмотрите, пожалуйста, срочно. [[g|Ю. Федорова]]

-------- Пересылаемое сообщение --------
От кого: [[o|Григорий Тарасов]] <[[email|g.tarasov@mail.ru]]>
Дата: [[+date|11.03.2024]], [[+time|16:40]]
Тема: Возврат по заказу [[+order_number|ОЗ-77102]]""",
    # 19 "спросите X" (accusative), "господин + surname" salutation
    """Добрый день, господин [[s|Ким]]!
Ваши очки готовы. В салоне спросите [[o|Анастасию]], она их подгонит. Работаем до [[+time|20:00]].
[[+team_name|Команда салона «Оптика Люкс»]]""",
    # 20 writing on behalf of mother (genitive), surname-first signature
    """Пишу от имени мамы, [[o|Зинаиды Фёдоровны Крыловой]], ей [[+quantity|82 года]], сама она написать не может. Уже месяц не приходит пенсия на карту.
[[g|Крылов Максим]]""",
    # 21 support agent "с вами", signature with team name
    """Здравствуйте! С вами [[i|Денис]], поддержка [[+brand|Яндекс Маркета]]. Возврат по заказу [[+order_number|YM-58210-33]] одобрен, деньги придут в течение [[+quantity|10 дней]].
[[g|Денис]], [[+team_name|служба поддержки]]""",
    # 22 neighbour "это" with name and patronymic only, another neighbour
    """Здрасьте. Это [[i|Мария Ивановна]] с пятого этажа. Сосед [[o|Лёва]] опять залил мне потолок, вызовите, пожалуйста, сантехника.""",
    # 23 personal INN and SNILS in a form, no name
    """Анкета для налогового вычета
ИНН физлица: [[=inn12]]
СНИЛС: [[=snils]]
Номер договора: [[+invalid_checksum_number|ДГ-2024/00731]]""",
    # 24 reset link with a token
    """Ссылка для восстановления пароля не открывается: [[url_token|https://lk.rt.ru/recovery?token=4Ff9aQ0xLm2Ztp7WcY1k]] Пишет «срок действия истёк», хотя письмо пришло [[+quantity|5 минут]] назад.""",
    # 25 delivery address and phone, no name
    """Прошу доставить заказ [[+order_number|WB-91820377]] по адресу: [[address|Санкт-Петербург, Лиговский пр., д. 50, кв. 31]]. Курьер пусть звонит на [[phone|8 (812) 407-22-19]].""",
    # 26 card without name
    """Оплатил подписку картой [[=card:plain]], деньги списались дважды по [[+amount|599 руб.]] Номер транзакции [[+invalid_checksum_number|TRX 8841 0027 66]].""",
    # 27 person-like brands, no PII
    """Купила в [[+brand|Пятёрочке]] огурцы «[[+person_like_brand|Дядя Ваня]]» и кетчуп «[[+person_like_brand|Махеевъ]]», чек [[+invoice_number|№ 00417/22]]. Банка с огурцами была вздута.""",
    # 28 team signature, no person
    """Здравствуйте!
Ваш заказ [[+order_number|OZ-0194427715]] передан в доставку и будет у вас [[+date|завтра]] с [[+time|10:00]] до [[+time|18:00]].
С уважением,
[[+team_name|команда Ozon]]""",
    # 29 structured review, greeting without name, city
    """[[+greeting_without_name|Добрый день]]!
Доставка: быстро
Качество: на [[+quantity|4]]
Город: [[+city|Казань]]
Продавец ответил на все вопросы, рекомендую.""",
    # 30 shop named after a street, brand, no PII
    """Кофейня «[[+street_as_brand|Маросейка]]» перешла на зерно от [[+brand|Torrefacto]], капучино теперь [[+amount|280 ₽]]. Открыты с [[+time|8:00]].""",
]

ITEMS["uk"] = [
    # 1 clinic: vocative first name, surname-first full name with patronymic
    """Шановна пані [[s|Наталіє]],

прошу перенести мій прийом у «[[+brand|Добробуті]]» з [[+date|18 березня]] на будь-який ранок наступного тижня. Аналізи я вже здав.

З повагою
[[g|Коваль Олександр Миколайович]]""",
    # 2 "мене звати", operator, phone, full name signature
    """Добрий день! Мене звати [[i|Тарас]], вже [[+quantity|четвертий день]] не працює домашній інтернет від [[+brand|Київстару]]. Майстер не приїхав. Передзвоніть, будь ласка: [[phone|+380 67 412 33 90]].
[[g|Тарас Бондар]]""",
    # 3 "Пане + vocative", initial + surname
    """Пане [[s|Олеже]], добрий день!
Надсилаю рахунок [[+invoice_number|РФ-0415/24]] за ремонт покрівлі. Оплатити можна частинами.
[[g|І. Гнатюк]]
[[+job_title|головний інженер]]""",
    # 4 lower case, "це", entrance, full lower-case name
    """привіт, це [[i|оксана]] з третього під'їзду. ліфт знову стоїть з [[+time|8 ранку]], хтось вже дзвонив в [[+brand|ОСББ]]?
[[g|оксана мельничук]]""",
    # 5 chat: operator handle, client "на зв'язку", operator addresses by vocative
    """Оператор [[o|Ірина]]: Доброго дня! Чим можу допомогти?
Клієнт: доброго дня, на зв'язку [[i|Богдан Ткачук]], не прийшло поповнення [[+amount|500 грн]]
Оператор [[o|Ірина]]: Пане [[s|Богдане]], перевіряю платіж.""",
    # 6 reply above quoted header, team signature
    """Доброго дня, пане [[s|Андрію]]!

Повернення коштів за замовлення оформлено, гроші надійдуть протягом [[+quantity|3–5 днів]].

[[g|Юлія]]
[[+team_name|Служба підтримки Rozetka]]

[[+date|пн, 4 бер. 2024]] о [[+time|11:02]] [[o|Андрій Шевчук]] <[[email|a.shevchuk@ukr.net]]> пише:
> Замовлення [[+order_number|RZ-41027753]] скасовано, а гроші не повернулися.""",
    # 7 school: vocative name + patronymic, son, surname-first signature
    """Шановна [[s|Ганно Степанівно]]!
Мій син [[o|Максим Лисенко]] не буде на уроках [[+date|з 11 по 15 березня]], бо хворіє. Довідку принесемо.
[[g|Лисенко Марина]]""",
    # 8 car service: "Вас турбує", initial + surname
    """Добрий день! Вас турбує [[i|Віктор Олійник]], моя [[+brand|Skoda Fabia]] у вас на СТО з [[+date|понеділка]] ([[+order_number|наряд СТ-24-0917]]). Коли можна забрати?
[[g|В. Олійник]]""",
    # 9 hotel review: administrator, two signers
    """Зупинялися в готелі «[[+brand|Дністер]]» у [[+city|Львові]]. Адміністраторка [[o|Соломія]] дозволила пізній виїзд, сніданки смачні. Мінус — тонкі стіни.
[[g|Остап]] і [[g|Христина]]""",
    # 10 gym: vocative salutation, diminutive signature
    """Привіт, [[s|Дмитре]]! Чи можна перенести тренування з [[+date|вівторка]] на [[+date|четвер]]? У вівторок я у відрядженні.
[[g|Настя]]""",
    # 11 utility reply: name + patronymic vocative, surname-first signature, role, brand
    """Шановний [[s|Василю Петровичу]]!

За особовим рахунком [[+invalid_checksum_number|№ 14-113-77523]] виконано перерахунок, сума [[+amount|312,40 грн]] буде врахована в наступному рахунку.

[[g|Марченко Світлана]]
[[+job_title|фахівець абонентського відділу]]
[[+brand|Київводоканал]]""",
    # 12 municipal: "Я, ПІБ, мешкаю за адресою", RNOKPP
    """Заява
Я, [[i|Кравченко Людмила Іванівна]], РНОКПП [[=rntrc]], мешкаю за адресою: [[address|м. Полтава, вул. Соборності, 21, кв. 5]]. Прошу надати довідку про склад сім'ї.""",
    # 13 classified ad
    """Доброго вечора! Велосипед з [[+brand|OLX]] ще продається? Можу забрати в [[+date|суботу]] зранку.
[[g|Назар]]""",
    # 14 B2B: EDRPOU, job title before surname with initials
    """Просимо виставити рахунок на [[+quantity|15 упаковок]] паперу А4. Реквізити: [[+company|ТОВ «Офіс-Сервіс Плюс»]], код ЄДРПОУ [[=edrpou]].

[[+job_title|Директор]] [[g|Петренко В. О.]]""",
    # 15 bank: "мене звуть", card, first-name signature
    """Добрий день, мене звуть [[i|Вікторія Савчук]]. У застосунку [[+brand|ПриватБанку]] бачу списання [[+amount|1 850 грн]] з картки [[=card:spaced]], якого я не робила. Прошу заблокувати картку.
[[g|Вікторія]]""",
    # 16 courier: vocative Романе, tracking, closing-line signature
    """Добрий день, [[s|Романе]]! Посилка «[[+brand|Нової пошти]]» ([[+tracking_number|ТТН 2045 0011 7839 12]]) чекає у відділенні №14 до [[+date|22.03]].
Дякую, [[g|Леся]]""",
    # 17 vet: "лікарко + vocative name and patronymic"
    """Шановна лікарко [[s|Ольго Василівно]]!
Кіт після щеплення другий день млявий і нічого не їсть. Чи варто привезти його на огляд?
[[g|Тетяна Гриценко]]""",
    # 18 forwarded message: header with name, forwarder's first name
    """Переслала вам, подивіться, будь ласка, сьогодні. [[g|Мирослава]]

---------- Переслане повідомлення ---------
Від: [[o|Григорій Сидоренко]] <[[email|h.sydorenko@gmail.com]]>
Дата: [[+date|вт, 12 бер. 2024]] о [[+time|16:05]]
Тема: Повернення по замовленню [[+order_number|ЗМ-55810]]""",
    # 19 "зверніться до колеги" (genitive), "пані + surname"
    """Доброго дня, пані [[s|Ярошенко]]!
Ваші окуляри готові. У салоні зверніться до колеги [[o|Степана]], він їх підлаштує. Працюємо до [[+time|19:00]].
[[+team_name|Команда «Оптика Зір»]]""",
    # 20 on behalf of father (genitive), surname-first signature
    """Пишу від імені батька, [[o|Миколи Зінченка]], йому [[+quantity|79 років]]. Вже другий місяць не приходить субсидія.
[[g|Зінченко Ірина]]""",
    # 21 support agent "з вами", signature with team name
    """Вітаю! З вами [[i|Артем]], підтримка [[+brand|monobank]]. Кошти за скасовану покупку повернуться на картку протягом [[+quantity|7 днів]].
[[g|Артем]], [[+team_name|команда підтримки]]""",
    # 22 neighbour "це" with name + patronymic, another neighbour
    """Добрий вечір. Це [[i|Галина Петрівна]] з п'ятого поверху. Сусід [[o|Левко]] знову залив мені стелю, викличте, будь ласка, сантехніка.""",
    # 23 RNOKPP and IBAN, no name
    """Реквізити для повернення коштів
РНОКПП: [[=rntrc]]
IBAN: [[=iban_ua:compact]]
Призначення: повернення за договором [[+invalid_checksum_number|№ 0417/24-ДП]]""",
    # 24 reset link with a token
    """Посилання для скидання пароля не працює: [[url_token|https://my.kyivstar.ua/password/reset?code=9JkQ27xVaP0mLw3TzR]] Пише «недійсний код».""",
    # 25 delivery address and phone, no name
    """Прошу доставити замовлення [[+order_number|EP-2024-771904]] за адресою: [[address|м. Київ, вул. Саксаганського, 37, кв. 12]]. Кур'єр нехай телефонує на [[phone|067 904 21 38]].""",
    # 26 EDRPOU and e-mail, no name
    """Рахунок [[+invoice_number|СФ-00312]] виставлено на неправильний код ЄДРПОУ. Правильний: [[=edrpou]]. Виправлений рахунок надішліть на [[email|buh@agroplast.com.ua]].""",
    # 27 brands, no PII
    """Купила в «[[+brand|Сільпо]]» цукерки «[[+brand|Рошен]]» і каву «[[+person_like_brand|Жоржина]]», чек [[+invoice_number|№ 0044-8173]]. Цукерки виявилися простроченими.""",
    # 28 team signature, no person
    """Добрий день!
Ваше замовлення [[+order_number|PR-0020417756]] передано в доставку, очікуйте [[+date|завтра]].
З повагою,
[[+team_name|команда Prom.ua]]""",
    # 29 structured review, greeting without name, city
    """[[+greeting_without_name|Добрий день]]!
Доставка: швидка
Якість: на [[+quantity|5]]
Місто: [[+city|Львів]]
Продавець усе пояснив, раджу.""",
    # 30 shop named after a street, no PII
    """Кав'ярня «[[+street_as_brand|Хрещатик]]» тепер відкривається о [[+time|7:30]], а капучино подорожчало до [[+amount|75 грн]].""",
]

ITEMS["en"] = [
    # 1 clinic: "Dear Ms + surname", Dr title in the signature, phone
    """Dear Ms [[s|Okafor]],

Thank you for confirming your appointment at [[+brand|Riverside Dental]] on [[+date|Thursday 14 March]] at [[+time|2.30pm]]. Please bring a list of any medication you take.

Kind regards,
Dr [[g|Priya Raman]]
[[phone|020 7946 0123]]""",
    # 2 "My name is", broadband, mobile, initial signature
    """Hello, my name is [[i|Gareth Lloyd]] and my [[+brand|BT]] broadband has dropped every evening for [[+quantity|two weeks]]. Reference [[+ticket_number|BT-CR-448812]]. Please call me on [[phone|07911 123456]] after [[+time|6pm]].
[[g|G. Lloyd]]""",
    # 3 first-name salutation, "Cheers" signature
    """Hi [[s|Becky]],

Just checking the invoice [[+invoice_number|INV-2024-0318]] went through OK? Accounts said the PO number was missing.

Cheers,
[[g|Tom]]""",
    # 4 lower case, "its X from flat 3", lower-case full name
    """hey its [[i|jamie]] from flat 3, the bins havent been collected since [[+date|tuesday]] and theres a fox getting into them every night. can someone chase the council?
[[g|jamie o'connor]]""",
    # 5 chat: agent handle, "X here" self-introduction
    """Agent [[o|Marcus]]: Hi, you're through to [[+brand|Virgin Media]], how can I help?
You: hi, [[i|Shona McLeod]] here, my TiVo box keeps rebooting
Agent [[o|Marcus]]: Sorry to hear that, [[s|Shona]]. Can you read me the code on the screen?""",
    # 6 reply above quoted header, team and brand under the name
    """Hi [[s|Declan]],

We've applied a credit of [[+amount|£42.17]] to your account, which will show on your next bill.

[[g|Harriet]]
[[+team_name|Customer Care Team]]
[[+brand|Octopus Energy]]

On Tue, [[+date|5 Mar 2024]] at [[+time|09:47]], [[o|Declan Murphy]] <[[email|declan.murphy@gmail.com]]> wrote:
> My smart meter has been sending estimated readings since [[+date|January]].""",
    # 7 school: "Mrs + surname", daughter, possessive name in the signature line
    """Dear Mrs [[s|Whitfield]],

[[o|Isla]] has a dentist appointment on [[+date|Friday]] at [[+time|11:15]], so I'll collect her from reception at [[+time|10:45]].

Many thanks,
[[g|Rachel Bamford]] ([[o|Isla]]'s mum)""",
    # 8 garage calling a client: "This is X from", salutation later
    """Morning Mr [[s|Dunmore]], this is [[i|Raj]] from [[+brand|Kwik Fit]] in [[+city|Leeds]]. Your Golf is ready; the two front tyres came to [[+amount|£186.40]]. We're open till [[+time|5.30]].""",
    # 9 hotel review: receptionist with a foreign name, two signers with "&"
    """Lovely stay at [[+brand|The Harbour Inn]] in [[+city|St Ives]]. The receptionist, [[o|Agnieszka]], upgraded us to a sea-view room for our anniversary. Breakfast could be hotter.
[[g|Mike]] & [[g|Sandra]]""",
    # 10 gym: informal salutation, dash signature
    """Yo [[s|Dave]], any chance you could move my PT session to [[+date|Saturday]] morning? Got a work thing on [[+date|Friday]].
— [[g|Chloe]]""",
    # 11 utility: "Mr + surname", "Yours sincerely", job title, brand
    """Dear Mr [[s|Adeyemi]],

Following our review of account [[+invalid_checksum_number|TW 0041 7789 2210]], we have removed the late-payment charge of [[+amount|£25.00]].

Yours sincerely,

[[g|Fiona Grant]]
[[+job_title|Complaints Resolution Manager]]
[[+brand|Thames Water]]""",
    # 12 council: "on behalf of my mother", address, signature
    """I am writing on behalf of my mother, [[o|Margaret Ellis]], who lives at [[address|14 Larch Close, Ipswich IP4 2QT]]. Her assisted bin collection has been missed [[+quantity|three times]] this month.
Regards,
[[g|Paul Ellis]]""",
    # 13 marketplace message, name on the closing line
    """Hiya, is the pram still available? Can pick up [[+date|Sunday]] if so. Cheers [[g|Kerry]]""",
    # 14 B2B: "I'm X, role at", GB VAT, one-line signature with pipes
    """Hello,
I'm [[i|Oliver Bright]], procurement lead at [[+company|Harlow Fixings Ltd]]. Please update our VAT number on invoice [[+invoice_number|SI-77120]] to [[=gbvat:spaced]].

[[g|Oliver Bright]] | [[+job_title|Procurement Lead]] | [[+company|Harlow Fixings Ltd]]""",
    # 15 bank: "I'm X", card, full-name signature
    """Hi, I'm [[i|Nadia]] and I've just spotted a payment of [[+amount|£349.99]] on my card [[=card:spaced]] that I didn't make. Please freeze the card and raise a dispute.
[[g|Nadia Hussain]]""",
    # 16 courier: first-name salutation, tracking, "Thanks, X"
    """Hello [[s|Sam]],
Your parcel [[+tracking_number|JD0002249871053]] was left in the green bin store as requested.
Thanks, [[g|Bev]]
[[+brand|Evri]]""",
    # 17 vet: "Dr + surname", two signers with "&" and shared surname
    """Dear Dr [[s|Patel]],

Biscuit is much better since the antibiotics, eating again and back to chasing the postman. Do we still need the follow-up on [[+date|the 21st]]?

Best wishes,
[[g|Alison]] & [[g|Greg Turner]]""",
    # 18 forwarded mail: Outlook header, forwarder's short signature
    """FYI - see below, can you pick this up? [[g|Jo W.]]

From: [[o|Stuart Kerr]] <[[email|stuart.kerr@btinternet.com]]>
Sent: [[+date|11 March 2024]] [[+time|16:22]]
To: [[email|support@homeglow.co.uk]]
Subject: Order [[+order_number|HG-500913]] arrived damaged""",
    # 19 "ask for X", "Mr + surname" salutation
    """Good morning Mr [[s|Ferreira]],
Your glasses are ready to collect from our [[+city|Croydon]] branch. Please ask for [[o|Bernadette]] at the front desk and she'll do the final fitting.
[[+team_name|The Specsavers team]]""",
    # 20 double surname with initials in the signature
    """Your engineer turned up [[+quantity|four hours]] late and left without fixing the boiler. I'd like a refund of the call-out fee.
Best,
[[g|A. J. Fitzgerald-Hughes]]""",
    # 21 "Sent from my iPhone" after the signature
    """Morning [[s|Kate]], can we move the viewing to [[+time|4pm]]? Stuck on the M25.
[[g|Lewis]]

Sent from my [[+brand|iPhone]]""",
    # 22 "X here" and a partner named
    """[[i|Ben]] here - my partner [[o|Ade]] booked the table for [[+quantity|six]] under her name for [[+date|Saturday]], but we're now [[+quantity|eight]]. Is that OK?""",
    # 23 IBAN and e-mail, no name
    """Please refund the deposit of [[+amount|£150]] for booking [[+order_number|BK-77231]] to [[=iban_gb:spaced]]. Confirmation to [[email|k.walsh.home@outlook.com]], thanks.""",
    # 24 reset link with a token
    """The password reset link doesn't work, it just says "expired": [[url_token|https://account.sainsburys.co.uk/reset?token=Zp81QmX0aLk4vT7ud2wC]] Tried on the app ([[+version|v9.4.2]]) and in Chrome.""",
    # 25 delivery address and phone, no name
    """Delivery address for order [[+order_number|AO-2094417]]:
[[address|Flat 6, 22 Cavendish Road
Manchester M20 1JG]]
Driver can ring [[phone|0161 496 0734]] if the buzzer doesn't work.""",
    # 26 card, no name
    """I was charged twice for the same subscription, card [[=card:plain]], [[+amount|£9.99]] on [[+date|1 March]] and again on [[+date|2 March]]. Transaction ref [[+invalid_checksum_number|TX 5510 2247 913]].""",
    # 27 person-like brands, no PII
    """Bought a coat from [[+person_like_brand|Ted Baker]] at the [[+person_like_brand|John Lewis]] concession, and the zip broke after a week. Receipt [[+invoice_number|JL-3391-4417]].""",
    # 28 team signature, no person
    """Hi there,
Your order [[+order_number|GS-80021945]] is on its way and should arrive by [[+date|Thursday]].
Thanks for shopping with us,
[[+team_name|The Gymshark Team]]""",
    # 29 greeting without name, structured review, city
    """[[+greeting_without_name|Dear Sir or Madam]],
Order: [[+order_number|CX-118820]]
Delivery: late by [[+quantity|3 days]]
Condition: box crushed
Store: [[+city|Bristol]]
I would like a partial refund.""",
    # 30 shop named after a street, person-like brand, no PII
    """Returned a jumper to the [[+street_as_brand|Oxford Street]] store of [[+person_like_brand|Marks & Spencer]] on [[+date|Monday]] and the [[+amount|£35]] still hasn't shown up on my statement.""",
]

ITEMS["de"] = [
    # 1 clinic: "Frau Dr. + surname", plain signature
    """Sehr geehrte Frau Dr. [[s|Lehmann]],

leider muss ich meinen Termin am [[+date|Dienstag, 12.03.]] um [[+time|8:30 Uhr]] absagen. Wäre ein Termin in der Woche danach möglich?

Mit freundlichen Grüßen
[[g|Jürgen Weiß]]""",
    # 2 "Mein Name ist", phone, initial signature
    """Guten Tag, mein Name ist [[i|Kerstin Vogel]]. Seit [[+quantity|fünf Tagen]] funktioniert mein Festnetzanschluss bei der [[+brand|Telekom]] nicht. Bitte rufen Sie mich unter [[phone|0171 2345678]] zurück.
[[g|K. Vogel]]""",
    # 3 informal salutation, "LG" signature
    """Hallo [[s|Jens]],
hast du die Rechnung [[+invoice_number|RE-12024-0417]] schon an die Buchhaltung weitergegeben? Die fragen schon zum zweiten Mal.
LG [[g|Steffi]]""",
    # 4 lower case, no umlauts, "hier ist"
    """hi, hier ist [[i|timo]] aus der wg im 2. stock. die heizung ist seit [[+date|freitag]] kalt und der hausmeister geht nicht ans telefon. koennt ihr jemanden schicken?
[[g|timo mueller]]""",
    # 5 chat: staff handle, "hier spricht", staff addresses the customer
    """Mitarbeiterin [[o|Sandra]]: Guten Tag, wie kann ich helfen?
Kunde: Guten Tag, hier spricht [[i|Hans-Peter Kühn]], mein Paket [[+tracking_number|00340434161094022115]] ist nicht angekommen.
Mitarbeiterin [[o|Sandra]]: Einen Moment, Herr [[s|Kühn]], ich schaue nach.""",
    # 6 reply above quoted header, team signature, person-like brand
    """Hallo Herr [[s|Brandt]],

Ihre Rücksendung ist bei uns eingegangen, die Gutschrift über [[+amount|89,95 €]] erfolgt in den nächsten Tagen.

[[g|Melanie]]
[[+team_name|Ihr Kundenservice-Team]]
[[+person_like_brand|Otto]]

Am [[+date|05.03.2024]] um [[+time|10:15]] schrieb [[o|Dieter Brandt]] <[[email|d.brandt@web.de]]>:
> Bestellung [[+order_number|OT-17310254]] zurückgeschickt, wo bleibt mein Geld?""",
    # 7 school: "Liebe Frau + surname", son, double surname signature
    """Liebe Frau [[s|Schmitz]],
[[o|Leon]] hat morgen einen Arzttermin und kommt erst zur [[+quantity|dritten Stunde]]. Die Mathehausaufgaben gibt er nach.
Viele Grüße
[[g|Anja Wagner-Schmidt]]""",
    # 8 garage: "Hier ist X von ...", signature with role
    """Guten Tag, hier ist [[i|Murat]] von der [[+brand|ATU]]-Filiale in [[+city|Dortmund]]. Ihr Wagen ist fertig, die Inspektion kostet [[+amount|312,80 €]]. Abholung bis [[+time|18 Uhr]] möglich.
[[g|Murat Yılmaz]]
[[+job_title|Serviceberater]]""",
    # 9 hotel review: receptionist "Frau + surname", two signers with "und"
    """Tolles Wochenende im [[+brand|Hotel Seeblick]] am [[+city|Tegernsee]]. Frau [[o|Özdemir]] an der Rezeption hat uns sogar einen Tisch im ausgebuchten Restaurant besorgt. Nur das WLAN war schwach.
[[g|Uwe]] und [[g|Gabi]]""",
    # 10 gym: northern greeting, "Gruß" signature
    """Moin [[s|Lasse]]! Können wir das Training am [[+date|Donnerstag]] auf [[+time|19 Uhr]] schieben? Komme vorher nicht aus dem Büro.
Gruß [[g|Jannik]]""",
    # 11 utility: "Herr + surname", "i. A." before the name, job title, brand
    """Sehr geehrter Herr [[s|Krause]],

die Abschlagszahlung für Ihre Kundennummer [[+invalid_checksum_number|1400 7719 028]] wurde ab [[+date|April]] auf [[+amount|96,00 €]] angepasst.

Mit freundlichen Grüßen
i. A. [[g|Birgit Hoffmann]]
[[+job_title|Sachbearbeiterin Kundenabrechnung]]
[[+brand|Stadtwerke München]]""",
    # 12 authority: "ich, X, geb.", address, Steuer-ID
    """Antrag auf Erstattung
Hiermit beantrage ich, [[i|Wolfgang Richter]], wohnhaft [[address|Lindenstraße 42, 04109 Leipzig]], Steuer-ID [[=idnr:spaced]], die Erstattung der zu viel gezahlten Hundesteuer für [[+date|2023]].""",
    # 13 classifieds: "VG" signature
    """Hallo, ist das Fahrrad auf [[+brand|Kleinanzeigen]] noch zu haben? Könnte heute Abend vorbeikommen.
VG [[g|Basti]]""",
    # 14 B2B: USt-IdNr, Dr.-Ing. and "von" in the name, role, company
    """[[+greeting_without_name|Sehr geehrte Damen und Herren]],
bitte ändern Sie auf der Rechnung [[+invoice_number|RG-14-00871]] unsere USt-IdNr. auf [[=ustid]].

Dr.-Ing. [[g|Friederike von Albrecht]]
[[+job_title|Leiterin Einkauf]]
[[+company|Nordhydraulik GmbH]]""",
    # 15 bank: "Ich bin", card, first-name signature
    """Hallo, ich bin [[i|Lena Bauer]], Kundin der [[+brand|Sparkasse]]. Auf meiner Karte [[=card:spaced]] ist eine Abbuchung über [[+amount|249,00 €]], die ich nicht getätigt habe. Bitte sperren Sie die Karte.
[[g|Lena]]""",
    # 16 courier: informal salutation, tracking, "Danke dir, X"
    """Hallo [[s|Tobi]], dein [[+brand|DHL]]-Paket ([[+tracking_number|JJD0001408711237]]) hab ich angenommen, liegt bei mir im Flur.
Danke dir, [[g|Svenja]]""",
    # 17 vet: "Herr Dr. + surname", signature with phone
    """Sehr geehrter Herr Dr. [[s|Hartmann]],
unsere Katze frisst seit der Impfung kaum und schläft nur. Sollen wir vorbeikommen?
[[g|Claudia Peters]]
Tel. [[phone|030 28 47 91 16]]""",
    # 18 forwarded mail: Outlook header, forwarder's signature
    """Zur Info, bitte bis [[+date|Freitag]] klären. Gruß, [[g|Thorsten]]

Von: [[o|Ralf Schuster]] <[[email|ralf.schuster@gmx.de]]>
Gesendet: [[+date|Montag, 11. März 2024]] [[+time|14:02]]
An: [[email|service@moebel-kern.de]]
Betreff: Beschädigter Schrank, Auftrag [[+order_number|MK-24-5531]]""",
    # 19 "fragen Sie nach Herrn X", "Frau + surname" salutation
    """Guten Tag Frau [[s|Nguyen]],
Ihre Brille ist fertig. Fragen Sie in der Filiale bitte nach Herrn [[o|Kowalski]], er passt sie Ihnen an.
[[+team_name|Ihr Team von Fielmann]]""",
    # 20 husband, closing line with city and name
    """Mein Mann [[o|Klaus]] hat die Waschmaschine [[+product_code|WM-8140-X]] bei Ihnen bestellt, geliefert wurde ein Trockner. Bitte um Umtausch.
Herzliche Grüße aus [[+city|Bielefeld]], [[g|Ingrid Sommer]]""",
    # 21 Bavarian greeting, "Gesendet von meinem iPhone"
    """Servus [[s|Franzi]], schaffst du es morgen um [[+time|9]] zur Übergabe der Wohnung? Der Vermieter kommt auch.
[[g|Max]]

Gesendet von meinem [[+brand|iPhone]]""",
    # 22 "Ich heiße", colleague "Herr + surname"
    """Guten Tag, ich heiße [[i|Ömer Aydın]] und habe letzte Woche mit Ihrem Kollegen Herrn [[o|Lange]] über die Kündigung meines Vertrags [[+invalid_checksum_number|VN 1204-7781-30]] gesprochen. Eine Bestätigung habe ich nie bekommen.""",
    # 23 Steuer-ID and IBAN in a form, no name
    """Angaben zur Erstattung
Steuerliche Identifikationsnummer: [[=idnr:plain]]
IBAN: [[=iban_de:spaced]]
Aktenzeichen: [[+ticket_number|AZ 24/118-K]]""",
    # 24 reset link with a token
    """Der Link zum Zurücksetzen des Passworts funktioniert nicht: [[url_token|https://mein.vodafone.de/passwort/neu?token=Lk29sXpQ7vMe0aBz4Rty]] Es kommt nur „Link abgelaufen“.""",
    # 25 delivery address and phone, no name
    """Lieferadresse für Bestellung [[+order_number|ZA-1029347711]]:
[[address|Hohenzollernring 57
50672 Köln]]
Bitte vorher anrufen: [[phone|+49 221 98 76 54 30]]""",
    # 26 USt-IdNr and e-mail, no name
    """Die Rechnung [[+invoice_number|1024-RE-0391]] enthält eine falsche USt-IdNr. Korrekt ist [[=ustid]]. Bitte senden Sie die korrigierte Rechnung an [[email|buchhaltung@kern-bau.de]].""",
    # 27 person-like brands, no PII
    """Im Angebot bei [[+person_like_brand|Rossmann]] gab es Pizza von [[+person_like_brand|Dr. Oetker]]?? Nein, das war bei [[+brand|Edeka]]. Egal, der Anzug von [[+person_like_brand|Hugo Boss]] aus dem Outlet war jedenfalls ein Fehlkauf.""",
    # 28 team signature, no person
    """Hallo,
deine Bestellung [[+order_number|ZL-15028841]] ist unterwegs und kommt voraussichtlich am [[+date|Mittwoch]].
Viele Grüße
Dein [[+team_name|Zalando-Team]]""",
    # 29 greeting without name, structured review, city
    """[[+greeting_without_name|Sehr geehrte Damen und Herren]],
Lieferung: [[+quantity|zwei Tage]] zu spät
Zustand: Karton beschädigt
Filiale: [[+city|Hamburg]]
Ich bitte um eine Teilerstattung.""",
    # 30 shop named after a street, no PII
    """Die Filiale an der [[+street_as_brand|Königsallee]] hat meine Reklamation nicht angenommen, obwohl der Kassenbon [[+invoice_number|KB-1471-0093]] noch keine [[+quantity|vier Wochen]] alt ist.""",
]


def build(rng_seed: int = SEED) -> list[dict]:
    rng = random.Random(rng_seed)
    items = []
    for lang in LANGS:
        assert len(ITEMS[lang]) == 30, (lang, len(ITEMS[lang]))
        for idx, markup in enumerate(ITEMS[lang], start=1):
            items.append(build_item(idx, lang, markup, rng))
    return items


def dump(items: list[dict]) -> str:
    return "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items)


def counts(items: list[dict]) -> str:
    lines = []
    per_lang = collections.OrderedDict((lang, collections.Counter()) for lang in LANGS)
    total = collections.Counter()
    keep_total = collections.Counter()
    for it in items:
        c = per_lang[it["lang"]]
        c["items"] += 1
        if not it["pii"]:
            c["no PII"] += 1
        if any(s["kind"] == "name" for s in it["pii"]):
            c["with name"] += 1
        for s in it["pii"]:
            key = s["kind"] if s["kind"] != "name" else "name:" + s["context"]
            c[key] += 1
        for k in it["keep"]:
            keep_total[k["what"]] += 1
        c["keep"] += len(it["keep"])
    cols = [
        "items",
        "with name",
        "no PII",
        "name:salutation",
        "name:signature",
        "name:self_intro",
        "name:other",
        "email",
        "url_token",
        "card",
        "iban",
        "pesel",
        "birth_number",
        "national_id",
        "tax_id",
        "phone",
        "address",
        "keep",
    ]
    lines.append("lang " + " ".join(f"{c:>8}" if len(c) <= 8 else c for c in cols))
    for lang, c in per_lang.items():
        total.update(c)
        lines.append(f"{lang:4} " + " ".join(f"{c[k]:>{max(8, len(k))}}" for k in cols))
    lines.append("all  " + " ".join(f"{total[k]:>{max(8, len(k))}}" for k in cols))
    lines.append("keep: " + ", ".join(f"{w} {n}" for w, n in sorted(keep_total.items())))
    return "\n".join(lines)


def check_balance(items: list[dict]) -> None:
    for lang in LANGS:
        its = [it for it in items if it["lang"] == lang]
        ctx = collections.Counter(
            s["context"] for it in its for s in it["pii"] if s["kind"] == "name"
        )
        with_name = sum(any(s["kind"] == "name" for s in it["pii"]) for it in its)
        no_pii = sum(not it["pii"] for it in its)
        assert ctx["signature"] >= 10 and ctx["salutation"] >= 6 and ctx["self_intro"] >= 6, (
            lang,
            ctx,
        )
        assert with_name >= 21, (lang, with_name)
        assert no_pii >= 2, (lang, no_pii)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="verify the file on disk, write nothing")
    args = ap.parse_args()
    items = build()
    check_balance(items)
    text = dump(items)
    if args.check:
        on_disk = OUT.read_text(encoding="utf-8") if OUT.exists() else None
        if on_disk != text:
            print(f"{OUT.relative_to(ROOT)} differs from what the script writes", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)}: OK ({len(items)} items)")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(items)} items")
    print(counts(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
