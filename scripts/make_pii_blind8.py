"""Write data/eval/pii/blind8.jsonl: a blind PII test split by a separate author.

Focus: checksum identifiers, phone numbers and e-mail addresses written the many
ways customers write them, in ordinary company feedback (pl, cs, sk, ru, uk, en,
de; 40 items each). Every item is its own hand-written template; identifiers,
phones, names, dates and numbers are filled in with a fixed seed per item.
Identifiers are computed and validated with python-stdnum (SNILS with its
published algorithm), phones with ``phonenumbers.is_valid_number``; numeric
near-misses fail every checksum used here and are no valid phone of the text's
region.

    .venv/bin/python scripts/make_pii_blind8.py           # rewrite, print counts
    .venv/bin/python scripts/make_pii_blind8.py --check   # file on disk == output

This split is never used for tuning.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.at import uid as at_uid
from stdnum.at import vnr as at_vnr
from stdnum.ch import uid as ch_uid
from stdnum.ch import vat as ch_vat
from stdnum.cz import dic as cz_dic
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr as de_idnr
from stdnum.de import stnr as de_stnr
from stdnum.de import vat as de_vat
from stdnum.gb import nhs as gb_nhs
from stdnum.gb import utr as gb_utr
from stdnum.gb import vat as gb_vat
from stdnum.ie import pps as ie_pps
from stdnum.ie import vat as ie_vat
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
OUT = ROOT / "data" / "eval" / "pii" / "blind8.jsonl"
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
NAME_CTX = {"salutation", "signature", "self_intro", "other"}


# --------------------------------------------------------------------------- checks


def snils_ok(d: str) -> bool:
    if len(d) != 11 or not d.isdigit():
        return False
    body = d[:9]
    if int(body) <= 1001998:
        return False
    s = sum(int(c) * (9 - i) for i, c in enumerate(body))
    if s < 100:
        chk = s
    elif s in (100, 101):
        chk = 0
    else:
        chk = s % 101
        if chk == 100:
            chk = 0
    return int(d[9:]) == chk


def _ok(fn, s):
    try:
        return bool(fn(s))
    except Exception:
        return False


DIGIT_CHECKS = [
    pl_pesel.is_valid,
    pl_nip.is_valid,
    pl_regon.is_valid,
    cz_rc.is_valid,
    cz_dic.is_valid,
    sk_rc.is_valid,
    sk_dph.is_valid,
    de_idnr.is_valid,
    de_vat.is_valid,
    ru_inn.is_valid,
    ru_ogrn.is_valid,
    ua_rntrc.is_valid,
    ua_edrpou.is_valid,
    gb_vat.is_valid,
    luhn.is_valid,
    snils_ok,
    gb_nhs.is_valid,
    gb_utr.is_valid,
    at_vnr.is_valid,
    lambda s: at_uid.is_valid("U" + s),
    lambda s: ch_uid.is_valid("CHE" + s),
    lambda s: std_iban.is_valid("PL" + s),
    lambda s: len(s) == 26 and std_iban.is_valid("PL" + s),
]


def passes_any_checksum(digits: str) -> bool:
    return any(_ok(fn, digits) for fn in DIGIT_CHECKS)


def is_phone(text: str, region: str) -> bool:
    for cand in (text, re.sub(r"\D", "", text)):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(cand, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def safe_keep(text: str, region: str) -> bool:
    digits = re.sub(r"\D", "", text)
    if len(digits) >= 8 and passes_any_checksum(digits):
        return False
    return not (len(digits) >= 7 and is_phone(text, region))


# --------------------------------------------------------------------------- slots


class Slot:
    __slots__ = ("side", "kind", "value", "ctx")

    def __init__(self, side, kind, value, ctx=None):
        self.side, self.kind, self.value, self.ctx = side, kind, value, ctx


def fill_mask(mask: str, digits: str) -> str:
    it = iter(digits)
    out = "".join(next(it) if c == "#" else c for c in mask)
    assert next(it, None) is None, (mask, digits)
    return out


def strip_acc(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


TRANSLIT = dict(
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
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
            "i",
            "ie",
            "i",
            "g",
        ],
        strict=True,
    )
)


def latin(s: str) -> str:
    s = "".join(TRANSLIT.get(c, TRANSLIT.get(c.lower(), c)) for c in s.lower())
    s = strip_acc(s).replace("ł", "l").replace("ß", "ss")
    return re.sub(r"[^a-z0-9.\-_]", "", s)


class Person:
    def __init__(self, first, last, voc=None, lastvoc=None, pat=None, sex="m", stuple=None):
        self.first, self.last, self.sex, self.stuple = first, last, sex, stuple
        self.voc = voc or first
        self.lastvoc = lastvoc or last
        self.pat = pat

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def rev(self):
        return f"{self.last} {self.first}"

    @property
    def fio(self):
        return f"{self.last} {self.first} {self.pat}"

    @property
    def io(self):
        return f"{self.first} {self.pat}"

    @property
    def init(self):
        return f"{self.first[0]}. {self.last}"

    def mail(self, pattern, domain):
        fst, lst = latin(self.first), latin(self.last)
        local = pattern.format(f=fst, l=lst, i=fst[0], j=lst[0])
        return f"{local}@{domain}"


# name lists: (first, vocative) and surnames (masc, fem, masc vocative)
NAMES = {
    "pl": {
        "m": [
            ("Marek", "Marku"),
            ("Tomasz", "Tomaszu"),
            ("Paweł", "Pawle"),
            ("Krzysztof", "Krzysztofie"),
            ("Jakub", "Jakubie"),
            ("Grzegorz", "Grzegorzu"),
            ("Łukasz", "Łukaszu"),
            ("Wojciech", "Wojciechu"),
            ("Zbigniew", "Zbigniewie"),
            ("Michał", "Michale"),
            ("Jerzy", "Jerzy"),
            ("Bartosz", "Bartoszu"),
        ],
        "f": [
            ("Jadwiga", "Jadwigo"),
            ("Agnieszka", "Agnieszko"),
            ("Małgorzata", "Małgorzato"),
            ("Ewa", "Ewo"),
            ("Katarzyna", "Katarzyno"),
            ("Joanna", "Joanno"),
            ("Beata", "Beato"),
            ("Dorota", "Doroto"),
            ("Halina", "Halino"),
            ("Magdalena", "Magdaleno"),
            ("Żaneta", "Żaneto"),
            ("Urszula", "Urszulo"),
        ],
        "s": [
            ("Nowak", "Nowak"),
            ("Wiśniewski", "Wiśniewska"),
            ("Zając", "Zając"),
            ("Kaczmarek", "Kaczmarek"),
            ("Grabowski", "Grabowska"),
            ("Pawlak", "Pawlak"),
            ("Dudek", "Dudek"),
            ("Sikora", "Sikora"),
            ("Jabłoński", "Jabłońska"),
            ("Wróbel", "Wróbel"),
            ("Ostrowski", "Ostrowska"),
            ("Górecki", "Górecka"),
            ("Szczepański", "Szczepańska"),
            ("Michalak", "Michalak"),
            ("Król", "Król"),
            ("Żak", "Żak"),
        ],
    },
    "cs": {
        "m": [
            ("Petr", "Petře"),
            ("Jiří", "Jiří"),
            ("Tomáš", "Tomáši"),
            ("Martin", "Martine"),
            ("Lukáš", "Lukáši"),
            ("Ondřej", "Ondřeji"),
            ("Vojtěch", "Vojtěchu"),
            ("Karel", "Karle"),
            ("Zdeněk", "Zdeňku"),
            ("Radek", "Radku"),
        ],
        "f": [
            ("Jana", "Jano"),
            ("Lenka", "Lenko"),
            ("Kateřina", "Kateřino"),
            ("Hana", "Hano"),
            ("Veronika", "Veroniko"),
            ("Markéta", "Markéto"),
            ("Zuzana", "Zuzano"),
            ("Ivana", "Ivano"),
            ("Dagmar", "Dagmar"),
            ("Alena", "Aleno"),
        ],
        # (masc, fem, masc vocative, fem vocative)
        "s": [
            ("Novák", "Nováková", "Nováku"),
            ("Dvořák", "Dvořáková", "Dvořáku"),
            ("Černý", "Černá", "Černý"),
            ("Procházka", "Procházková", "Procházko"),
            ("Kučera", "Kučerová", "Kučero"),
            ("Veselý", "Veselá", "Veselý"),
            ("Horák", "Horáková", "Horáku"),
            ("Němec", "Němcová", "Němče"),
            ("Marek", "Marková", "Marku"),
            ("Pokorný", "Pokorná", "Pokorný"),
            ("Král", "Králová", "Králi"),
            ("Růžička", "Růžičková", "Růžičko"),
        ],
    },
    "sk": {
        "m": [
            ("Peter", "Peter"),
            ("Ján", "Ján"),
            ("Marek", "Marek"),
            ("Juraj", "Juraj"),
            ("Ľubomír", "Ľubomír"),
            ("Michal", "Michal"),
            ("Štefan", "Štefan"),
            ("Miroslav", "Miroslav"),
            ("Rastislav", "Rastislav"),
        ],
        "f": [
            ("Zuzana", "Zuzana"),
            ("Katarína", "Katarína"),
            ("Mária", "Mária"),
            ("Ľudmila", "Ľudmila"),
            ("Lucia", "Lucia"),
            ("Jana", "Jana"),
            ("Eva", "Eva"),
            ("Monika", "Monika"),
            ("Silvia", "Silvia"),
        ],
        "s": [
            ("Kováč", "Kováčová", "Kováč"),
            ("Horváth", "Horváthová", "Horváth"),
            ("Varga", "Vargová", "Varga"),
            ("Tóth", "Tóthová", "Tóth"),
            ("Baláž", "Balážová", "Baláž"),
            ("Šimko", "Šimková", "Šimko"),
            ("Oravec", "Oravcová", "Oravec"),
            ("Kollár", "Kollárová", "Kollár"),
            ("Mihálik", "Miháliková", "Mihálik"),
            ("Hudák", "Hudáková", "Hudák"),
            ("Ďurica", "Ďuricová", "Ďurica"),
        ],
    },
    "ru": {
        # (first, vocative/short, patronymic base: masc, fem)
        "m": [
            ("Олег", "Олег"),
            ("Дмитрий", "Дмитрий"),
            ("Сергей", "Сергей"),
            ("Андрей", "Андрей"),
            ("Алексей", "Алексей"),
            ("Игорь", "Игорь"),
            ("Николай", "Николай"),
            ("Павел", "Павел"),
            ("Виктор", "Виктор"),
            ("Евгений", "Евгений"),
        ],
        "f": [
            ("Ольга", "Ольга"),
            ("Наталья", "Наталья"),
            ("Елена", "Елена"),
            ("Татьяна", "Татьяна"),
            ("Ирина", "Ирина"),
            ("Светлана", "Светлана"),
            ("Марина", "Марина"),
            ("Анна", "Анна"),
            ("Юлия", "Юлия"),
            ("Людмила", "Людмила"),
        ],
        "p": [
            ("Викторович", "Викторовна"),
            ("Сергеевич", "Сергеевна"),
            ("Александрович", "Александровна"),
            ("Игоревич", "Игоревна"),
            ("Петрович", "Петровна"),
            ("Николаевич", "Николаевна"),
            ("Юрьевич", "Юрьевна"),
            ("Андреевич", "Андреевна"),
        ],
        "s": [
            ("Кузнецов", "Кузнецова"),
            ("Смирнов", "Смирнова"),
            ("Воробьёв", "Воробьёва"),
            ("Морозов", "Морозова"),
            ("Соколов", "Соколова"),
            ("Лебедев", "Лебедева"),
            ("Белов", "Белова"),
            ("Зайцев", "Зайцева"),
            ("Гусев", "Гусева"),
            ("Тихонов", "Тихонова"),
            ("Орлов", "Орлова"),
            ("Ермаков", "Ермакова"),
        ],
    },
    "uk": {
        "m": [
            ("Олег", "Олеже"),
            ("Андрій", "Андрію"),
            ("Тарас", "Тарасе"),
            ("Богдан", "Богдане"),
            ("Василь", "Василю"),
            ("Микола", "Миколо"),
            ("Іван", "Іване"),
            ("Юрій", "Юрію"),
            ("Дмитро", "Дмитре"),
            ("Сергій", "Сергію"),
        ],
        "f": [
            ("Оксана", "Оксано"),
            ("Ірина", "Ірино"),
            ("Наталія", "Наталіє"),
            ("Олена", "Олено"),
            ("Галина", "Галино"),
            ("Марія", "Маріє"),
            ("Тетяна", "Тетяно"),
            ("Людмила", "Людмило"),
            ("Катерина", "Катерино"),
            ("Юлія", "Юліє"),
        ],
        "p": [
            ("Петрович", "Петрівна"),
            ("Іванович", "Іванівна"),
            ("Васильович", "Василівна"),
            ("Миколайович", "Миколаївна"),
            ("Олександрович", "Олександрівна"),
            ("Богданович", "Богданівна"),
        ],
        "s": [
            ("Шевченко", "Шевченко"),
            ("Коваленко", "Коваленко"),
            ("Бондаренко", "Бондаренко"),
            ("Ткачук", "Ткачук"),
            ("Мельник", "Мельник"),
            ("Кравчук", "Кравчук"),
            ("Олійник", "Олійник"),
            ("Литвиненко", "Литвиненко"),
            ("Гнатюк", "Гнатюк"),
            ("Савчук", "Савчук"),
            ("Мороз", "Мороз"),
            ("Ковальчук", "Ковальчук"),
            ("Ярошенко", "Ярошенко"),
            ("Поліщук", "Поліщук"),
        ],
    },
    "en": {
        "m": [
            (n, n)
            for n in [
                "James",
                "Oliver",
                "Daniel",
                "Connor",
                "Gareth",
                "Rhys",
                "Aidan",
                "Samuel",
                "Liam",
                "Graham",
                "Niall",
                "Stuart",
            ]
        ],
        "f": [
            (n, n)
            for n in [
                "Sarah",
                "Emily",
                "Siobhan",
                "Charlotte",
                "Fiona",
                "Hannah",
                "Megan",
                "Aoife",
                "Rebecca",
                "Lucy",
                "Gemma",
                "Bethany",
            ]
        ],
        "s": [
            (n, n)
            for n in [
                "Thompson",
                "O'Brien",
                "Walsh",
                "Patel",
                "Hughes",
                "McAllister",
                "Fitzgerald",
                "Robertson",
                "Evans",
                "Clarke",
                "Doyle",
                "Whitfield",
                "Kaur",
                "Ashworth",
            ]
        ],
    },
    "de": {
        "m": [
            (n, n)
            for n in [
                "Jürgen",
                "Matthias",
                "Stefan",
                "Thomas",
                "Jörg",
                "Uwe",
                "Lukas",
                "Florian",
                "Andreas",
                "Bernd",
                "Tobias",
                "Klaus",
            ]
        ],
        "f": [
            (n, n)
            for n in [
                "Sabine",
                "Ursula",
                "Katrin",
                "Anja",
                "Petra",
                "Jana",
                "Birgit",
                "Sophie",
                "Heike",
                "Claudia",
                "Lea",
                "Gudrun",
            ]
        ],
        "s": [
            (n, n)
            for n in [
                "Müller",
                "Schröder",
                "Weiß",
                "Hoffmann",
                "Krüger",
                "Becker",
                "Schäfer",
                "Zimmermann",
                "Köhler",
                "Braun",
                "Lehmann",
                "Vogel",
                "Haas",
                "Wagner",
                "Pöschl",
                "Gruber",
                "Huber",
                "Steiner",
            ]
        ],
    },
}


# --------------------------------------------------------------------------- generator


class G:
    def __init__(self, lang: str, rng: random.Random):
        self.lang, self.rng, self.region = lang, rng, REGION[lang]
        self._used_people = set()

    # ---- basics
    def d(self, n, first_nonzero=False):
        r = self.rng
        s = "".join(r.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = r.choice("123456789") + s[1:]
        return s

    def pick(self, seq):
        return self.rng.choice(seq)

    @staticmethod
    def P(kind, value, ctx=None):
        assert kind in PII_KINDS, kind
        if kind == "name":
            assert ctx in NAME_CTX, ctx
        return Slot("pii", kind, value, ctx)

    @staticmethod
    def K(what, value):
        assert what in KEEP_WHAT, what
        return Slot("keep", what, value)

    def name(self, value, ctx):
        return self.P("name", value, ctx)

    def email(self, value):
        assert re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", value), value
        return self.P("email", value)

    def addr(self, value):
        return self.P("address", value)

    def person(self, sex=None, lang=None, fam=None):
        """fam: another Person whose family name is shared (in its masc/fem form)."""
        lang = lang or self.lang
        r = self.rng
        sex = sex or r.choice("mf")
        tbl = NAMES[lang]
        for _ in range(100):
            first, voc = r.choice(tbl[sex])
            s = fam.stuple if fam else r.choice(tbl["s"])
            if (first, s) not in self._used_people:
                break
        self._used_people.add((first, s))
        if lang in ("cs", "sk"):
            last = s[0] if sex == "m" else s[1]
            lastvoc = s[2] if sex == "m" else s[1]
        else:
            last = s[0] if sex == "m" else s[1]
            lastvoc = last
        pat = None
        if lang in ("ru", "uk"):
            pm, pf = r.choice(tbl["p"])
            pat = pm if sex == "m" else pf
        return Person(first, last, voc, lastvoc, pat, sex, s)

    # ---- checksum ids (digits)
    def _complete(self, prefix, ndigits, valid):
        for tail in range(10**ndigits):
            cand = prefix + str(tail).zfill(ndigits)
            if valid(cand):
                return cand
        return None

    def _gen(self, make, valid):
        for _ in range(1000):
            v = make()
            if v and valid(v):
                return v
        raise RuntimeError("cannot generate")

    def birth(self, y0=1950, y1=2003):
        r = self.rng
        start = datetime.date(y0, 1, 1).toordinal()
        end = datetime.date(y1, 12, 31).toordinal()
        return datetime.date.fromordinal(r.randint(start, end))

    def pesel_digits(self, sex=None, y0=1950, y1=2004):
        def make():
            b = self.birth(y0, y1)
            m = b.month + (20 if b.year >= 2000 else 0)
            serial = self.d(3)
            sx = self.rng.choice("13579" if sex == "m" else "02468" if sex == "f" else "0123456789")
            return self._complete(
                f"{b.year % 100:02d}{m:02d}{b.day:02d}{serial}{sx}", 1, pl_pesel.is_valid
            )

        return self._gen(make, pl_pesel.is_valid)

    def pesel(self, sex=None, y0=1950, y1=2004):
        return self.P("pesel", self.pesel_digits(sex, y0, y1))

    def nip_digits(self):
        def make():
            return self._complete(
                self.pick(["5", "6", "7", "8", "9", "1"]) + self.d(8), 1, pl_nip.is_valid
            )

        return self._gen(make, pl_nip.is_valid)

    def nip(self, style="dash"):
        v = self.nip_digits()
        f = {
            "dash": "###-###-##-##",
            "dash2": "###-##-##-###",
            "bare": "##########",
            "PL": "PL##########",
            "PLs": "PL ##########",
            "sp": "### ### ## ##",
            "PLdash": "PL ###-###-##-##",
        }[style]
        return self.P("tax_id", fill_mask(f, v))

    def regon(self, n=9, style="bare"):
        def make():
            return self._complete(self.d(n - 1, True), 1, pl_regon.is_valid)

        v = self._gen(make, pl_regon.is_valid)
        if style == "sp":
            v = fill_mask("### ### ###" if n == 9 else "### ### ### #####", v)
        return self.P("tax_id", v)

    def rc_digits(self, cc="CZ", sex=None, y0=1954, y1=2003):
        valid = cz_rc.is_valid if cc == "CZ" else sk_rc.is_valid

        def make():
            b = self.birth(y0, y1)
            s = sex or self.rng.choice("mf")
            m = b.month + (50 if s == "f" else 0)
            return self._complete(
                f"{b.year % 100:02d}{m:02d}{b.day:02d}{self.d(3)}", 1, lambda c: valid(c)
            )

        return self._gen(make, valid)

    def rc(self, cc="CZ", style="slash", sex=None, y0=1954, y1=2003):
        v = self.rc_digits(cc, sex, y0, y1)
        f = {
            "slash": "######/####",
            "bare": "##########",
            "sp": "###### / ####",
            "sp1": "###### /####",
            "dash": "######-####",
        }[style]
        return self.P("birth_number", fill_mask(f, v))

    def ico_digits(self):
        def make():
            return self._complete(
                self.pick(["2", "4", "6", "0", "1", "3", "7"]) + self.d(6),
                1,
                lambda c: cz_dic.is_valid(c) and c[0] != "9",
            )

        return self._gen(make, cz_dic.is_valid)

    def ico(self, style="bare"):
        v = self.ico_digits()
        if style == "sp":
            v = fill_mask("### ## ###", v)
        return self.P("tax_id", v)

    def dic(self, style="CZ"):
        v = self.ico_digits()
        return self.P("tax_id", {"CZ": "CZ" + v, "CZs": "CZ " + v, "cz": "cz" + v}[style])

    def icdph(self, style="SK"):
        def make():
            return self._complete(
                self.pick("1234567") + self.pick("0123") + self.pick("2347") + self.d(6),
                1,
                sk_dph.is_valid,
            )

        v = self._gen(make, sk_dph.is_valid)
        return self.P("tax_id", {"SK": "SK" + v, "SKs": "SK " + v, "bare": v}[style])

    def sk_ico(self):
        return self.ico()

    def inn(self, n=10):
        def make():
            region = self.pick(["77", "50", "78", "52", "16", "66", "23", "54"])
            nchk = 1 if n == 10 else 2
            return self._complete(region + self.d(n - 2 - nchk), nchk, ru_inn.is_valid)

        v = self._gen(make, ru_inn.is_valid)
        return self.P("tax_id" if n == 10 else "national_id", v)

    def ogrn(self, n=13):
        def make():
            if n == 13:
                pre = self.pick("15") + self.d(2) + self.pick(["77", "50", "78", "16"]) + self.d(7)
            else:
                pre = "3" + self.d(2) + self.pick(["77", "50", "78", "16"]) + self.d(9)
            return self._complete(pre, 1, ru_ogrn.is_valid)

        return self.P("tax_id", self._gen(make, ru_ogrn.is_valid))

    def snils(self, style="grp"):
        def make():
            return self._complete(self.d(9, True), 2, snils_ok)

        v = self._gen(make, snils_ok)
        f = {
            "grp": "###-###-### ##",
            "bare": "###########",
            "sp": "### ### ### ##",
            "dash": "###-###-###-##",
        }[style]
        return self.P("national_id", fill_mask(f, v))

    def rnokpp(self):
        def make():
            b = self.birth(1955, 2003)
            days = (b - datetime.date(1899, 12, 31)).days
            return self._complete(f"{days:05d}" + self.d(4), 1, ua_rntrc.is_valid)

        return self.P("national_id", self._gen(make, ua_rntrc.is_valid))

    def edrpou(self):
        def make():
            return self._complete(self.pick("234") + self.d(6), 1, ua_edrpou.is_valid)

        return self.P("tax_id", self._gen(make, ua_edrpou.is_valid))

    def idnr(self, style="grp"):
        def make():
            digs = self.rng.sample("0123456789", 9)
            if digs[0] == "0":
                digs[0], digs[1] = digs[1], digs[0]
            dup = self.rng.choice(digs[1:])
            pos = self.rng.randint(1, 9)
            digs.insert(pos, dup)
            return self._complete("".join(digs), 1, de_idnr.is_valid)

        v = self._gen(make, de_idnr.is_valid)
        f = {"grp": "## ### ### ###", "bare": "###########", "grp2": "### ### ### ##"}[style]
        return self.P("national_id", fill_mask(f, v))

    def ustid(self, style="DE"):
        def make():
            return self._complete(self.d(8, True), 1, de_vat.is_valid)

        v = self._gen(make, de_vat.is_valid)
        f = {
            "DE": "DE#########",
            "DEs": "DE #########",
            "DEg": "DE ### ### ###",
            "de": "de#########",
        }[style]
        return self.P("tax_id", fill_mask(f, v))

    def atu(self, style="ATU"):
        def make():
            return self._complete("U" + self.d(7), 1, at_uid.is_valid)

        v = self._gen(make, at_uid.is_valid)
        return self.P("tax_id", {"ATU": "AT" + v, "ATUs": "AT " + v}[style])

    def che(self, style="mwst"):
        def make():
            return self._complete("CHE" + self.d(8, True), 1, ch_uid.is_valid)

        v = self._gen(make, ch_uid.is_valid)
        txt = f"CHE-{v[3:6]}.{v[6:9]}.{v[9:]}"
        if style == "mwst":
            txt += " MWST"
            assert ch_vat.is_valid(txt)
        assert ch_uid.is_valid(txt[:15])
        return self.P("tax_id", txt)

    def gbvat(self, style="GBs"):
        def make():
            return self._complete(
                self.pick("123456789") + self.d(6),
                2,
                lambda c: gb_vat.is_valid(c) and gb_vat.checksum(c) == 0,
            )

        v = self._gen(make, gb_vat.is_valid)
        f = {"GBs": "GB ### #### ##", "GB": "GB#########", "sp": "### #### ##"}[style]
        return self.P("tax_id", fill_mask(f, v))

    def stnr(self, fmt="##/###/#####"):
        """German Steuernummer (no check digit; the format is validated)."""
        for _ in range(1000):
            v = fill_mask(fmt, self.d(fmt.count("#"), True))
            if de_stnr.is_valid(v):
                return self.P("tax_id", v)
        raise RuntimeError("stnr")

    def avnr(self, style="sp"):
        def make():
            b = self.birth(1950, 2003)
            serial = self.pick("123456789") + self.d(2)
            for c in "0123456789":
                cand = f"{serial}{c}{b.day:02d}{b.month:02d}{b.year % 100:02d}"
                if at_vnr.is_valid(cand):
                    return cand
            return None

        v = self._gen(make, at_vnr.is_valid)
        return self.P("national_id", v[:4] + " " + v[4:] if style == "sp" else v)

    def nhs(self, style="grp"):
        def make():
            return self._complete(self.d(9, True), 1, gb_nhs.is_valid)

        v = self._gen(make, gb_nhs.is_valid)
        f = {"grp": "### ### ####", "bare": "##########", "dash": "###-###-####"}[style]
        return self.P("national_id", fill_mask(f, v))

    def utr(self, style="bare"):
        def make():
            body = self.d(9)
            for c in "0123456789":
                if gb_utr.is_valid(c + body):
                    return c + body
            return None

        v = self._gen(make, gb_utr.is_valid)
        if style == "sp":
            v = v[:5] + " " + v[5:]
        return self.P("tax_id", v)

    def pps(self):
        def make():
            body = self.d(7)
            for c in "ABCDEFGHIJKLMNOPQRSTUVW":
                if ie_pps.is_valid(body + c):
                    return body + c
            return None

        return self.P("national_id", self._gen(make, ie_pps.is_valid))

    def ievat(self):
        def make():
            body = self.d(7)
            for c in "ABCDEFGHIJKLMNOPQRSTUVW":
                if ie_vat.is_valid("IE" + body + c):
                    return "IE" + body + c
            return None

        return self.P("tax_id", self._gen(make, ie_vat.is_valid))

    def window(self, fmt="hm0"):
        """Slots t1, t2: two times, the second 1-4 hours after the first (a delivery window)."""
        h = self.rng.randint(7, 15)
        m = self.rng.choice([0, 0, 30, 15])
        h2 = h + self.rng.randint(1, 4)
        f = (lambda a, b: f"{a:02d}:{b:02d}") if fmt == "hm0" else (lambda a, b: f"{a}:{b:02d}")
        return {"t1": self.K("time", f(h, m)), "t2": self.K("time", f(h2, m))}

    def stay(self, fmt1="dm", fmt2="dmy", nights=None):
        """Slots d1, d2: two dates, the second 1-7 (or `nights`) days after the first (a stay)."""
        for _ in range(200):
            a = datetime.date.fromordinal(
                self.rng.randint(
                    datetime.date(2023, 1, 1).toordinal(), datetime.date(2025, 12, 20).toordinal()
                )
            )
            b = a + datetime.timedelta(days=nights or self.rng.randint(1, 7))
            fm = {
                "dm": lambda d: f"{d.day}.{d.month}.",
                "dmshort": lambda d: f"{d.day:02d}.{d.month:02d}",
                "dmy": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
                "d": lambda d: f"{d.day}",
                "dmys": lambda d: f"{d.day}. {d.month}. {d.year}",
                "ens": lambda d: (
                    f"{d.day} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.month - 1]} {d.year}"
                ),
                "dmy/": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
            }
            v1, v2 = fm[fmt1](a), fm[fmt2](b)
            if safe_keep(v1, self.region) and safe_keep(v2, self.region):
                return {"d1": self.K("date", v1), "d2": self.K("date", v2)}
        raise RuntimeError("stay")

    # ---- bank accounts & cards
    def _pl_bank(self):
        base = self.pick(["1020", "1140", "1050", "1090", "1240", "1160", "2490", "1870"]) + self.d(
            3
        )
        w = [3, 9, 7, 1, 3, 9, 7]
        s = sum(int(c) * wi for c, wi in zip(base, w, strict=True))
        return base + str((10 - s % 10) % 10)

    def iban_compact(self, cc):
        bban = {
            "PL": lambda: self._pl_bank() + self.d(16),
            "CZ": lambda: (
                self.pick(["0800", "0100", "0300", "2010", "5500", "0600"]) + "0000" + self.d(12)
            ),
            "SK": lambda: self.pick(["0900", "1100", "0200", "7500", "5600"]) + "0000" + self.d(12),
            "DE": lambda: (
                self.pick(["10070000", "50010517", "20041133", "70150000", "43060967"]) + self.d(10)
            ),
            "AT": lambda: self.pick(["20111", "12000", "32000", "14000"]) + self.d(11),
            "UA": lambda: self.pick(["305299", "322001", "380805", "300528"]) + "0000" + self.d(15),
            "GB": lambda: self.pick(["NWBK", "BARC", "LOYD", "MIDL"]) + self.d(6) + self.d(8),
        }[cc]()
        chk = std_iban.calc_check_digits(cc + "00" + bban)
        v = cc + chk + bban
        assert std_iban.is_valid(v), v
        return v

    def iban(self, cc="PL", style="grp"):
        v = self.iban_compact(cc)
        if style == "grp":
            v = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
        elif style == "lower":
            v = " ".join(v[i : i + 4] for i in range(0, len(v), 4)).lower()
        elif style == "lowerbare":
            v = v.lower()
        elif style == "break":
            g = [v[i : i + 4] for i in range(0, len(v), 4)]
            k = self.rng.randint(2, len(g) - 2)
            v = " ".join(g[:k]) + "\n" + " ".join(g[k:])
        elif style == "dash":
            v = "-".join(v[i : i + 4] for i in range(0, len(v), 4))
        elif style == "bare":
            pass
        assert std_iban.is_valid(re.sub(r"\s|-", "", v).upper())
        return self.P("iban", v)

    def nrb(self, style="grp"):
        v = self.iban_compact("PL")[2:]
        f = {
            "grp": "## #### #### #### #### #### ####",
            "bare": "#" * 26,
            "odd": "##-####-####-####-####-####-####",
            "odd2": "## ######## ################",
            "odd3": "##### ##### ##### ##### ######",
        }[style]
        v = fill_mask(f, v)
        assert std_iban.is_valid("PL" + re.sub(r"\D", "", v))
        return self.P("iban", v)

    def card_digits(self, brand="visa"):
        r = self.rng
        if brand == "mir":
            pre, n = "220" + r.choice("01234") + self.d(2), 16
        elif brand == "visa":
            pre, n = "4" + self.d(5), 16
        elif brand == "mc":
            pre, n = "5" + r.choice("12345") + self.d(4), 16
        elif brand == "amex":
            pre, n = r.choice(["34", "37"]) + self.d(4), 15
        elif brand == "maestro":
            pre, n = r.choice(["6759", "5018", "6761"]) + self.d(2), 19
        else:
            raise ValueError(brand)
        body = pre + self.d(n - len(pre) - 1)
        v = body + luhn.calc_check_digit(body)
        assert luhn.is_valid(v)
        return v

    def card(self, brand="visa", style="grp"):
        v = self.card_digits(brand)
        if brand == "amex":
            f = {"grp": "#### ###### #####", "bare": "#" * 15, "dash": "####-######-#####"}[style]
        elif brand == "maestro":
            f = {
                "grp": "#### #### #### #### ###",
                "bare": "#" * 19,
                "grp2": "######## ###########",
            }[style]
        else:
            f = {
                "grp": "#### #### #### ####",
                "dash": "####-####-####-####",
                "bare": "#" * 16,
                "dot": "####.####.####.####",
            }[style]
        return self.P("card", fill_mask(f, v))

    def typo(self, slot: Slot, what="invalid_checksum_number"):
        """The same id with one digit changed so that every checksum fails."""
        v = slot.value
        pos = [i for i, c in enumerate(v) if c.isdigit()]
        for _ in range(200):
            i = self.rng.choice(pos[1:])
            nv = v[:i] + self.rng.choice([c for c in "0123456789" if c != v[i]]) + v[i + 1 :]
            d = re.sub(r"\D", "", nv)
            if (
                not passes_any_checksum(d)
                and not is_phone(nv, self.region)
                and not (std_iban.is_valid(re.sub(r"\s", "", nv).upper()))
            ):
                return self.K(what, nv)
        raise RuntimeError("no typo")

    # ---- phones
    PH = {  # prefixes of national significant numbers; the rest is random digits
        ("PL", "m"): ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"],
        ("PL", "f"): ["22", "12", "61", "71", "58", "42", "32", "81", "91"],
        ("CZ", "m"): [
            "601",
            "602",
            "603",
            "604",
            "605",
            "606",
            "607",
            "608",
            "721",
            "732",
            "736",
            "776",
            "777",
            "739",
            "792",
        ],
        ("CZ", "f"): ["2", "54", "37", "38", "46", "58", "59", "49"],
        ("SK", "m"): [
            "901",
            "902",
            "903",
            "904",
            "905",
            "907",
            "908",
            "910",
            "911",
            "915",
            "917",
            "940",
            "944",
            "948",
            "949",
            "950",
        ],
        ("SK", "f"): ["2", "55", "41", "33", "48", "32"],
        ("RU", "m"): ["916", "903", "905", "926", "915", "985", "999", "977", "962", "921"],
        ("RU", "f"): ["495", "499", "812", "343", "383", "843"],
        ("UA", "m"): ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"],
        ("UA", "f"): ["44", "32", "48", "57", "56"],
        ("GB", "m"): ["74", "75", "77", "78", "79"],
        ("GB", "f"): ["203", "207", "208", "161", "131", "113", "1865", "117", "121", "141", "29"],
        ("IE", "m"): ["83", "85", "86", "87", "89"],
        ("IE", "f"): ["1", "21", "91", "61"],
        ("DE", "m"): [
            "151",
            "152",
            "157",
            "160",
            "162",
            "163",
            "170",
            "171",
            "172",
            "173",
            "174",
            "175",
            "176",
            "177",
            "178",
            "179",
        ],
        ("DE", "f"): ["30", "40", "89", "221", "69", "711", "341", "351", "911", "6221"],
        ("AT", "m"): ["664", "650", "660", "676", "699", "680"],
        ("AT", "f"): ["1", "316", "512", "662", "732"],
        ("CH", "m"): ["76", "77", "78", "79"],
        ("CH", "f"): ["44", "31", "61", "22", "41"],
    }

    def phone(self, region, mask, typ="m", pre=None):
        """mask: '#' = national significant digits, in order; everything else literal.
        pre: a fixed prefix of the national number (area code / operator)."""
        n = mask.count("#")
        for _ in range(3000):
            p = pre if pre is not None else self.pick(self.PH[(region, typ)])
            if len(p) >= n:
                continue
            nsn = p + self.pick("23456789") + self.d(n - len(p) - 1)
            txt = fill_mask(mask, nsn)
            try:
                pn = phonenumbers.parse(txt, region)
            except phonenumbers.NumberParseException:
                continue
            if (
                phonenumbers.is_valid_number(pn)
                and str(pn.national_number) == nsn
                and phonenumbers.region_code_for_number(pn) == region
            ):
                return self.P("phone", txt)
        raise RuntimeError(f"no phone for {region} {mask} {typ} {pre}")

    # ---- keeps
    def num(self, what, mask, region=None):
        """A near-miss number: '#' random digit, '@' random capital letter; must fail
        every checksum and be no valid phone of the region."""
        region = region or self.region
        for _ in range(5000):
            out = []
            for i, c in enumerate(mask):
                if c == "#":
                    out.append(self.rng.choice("0123456789" if i else "123456789"))
                elif c == "@":
                    out.append(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXZ"))
                else:
                    out.append(c)
            v = "".join(out)
            if safe_keep(v, region):
                return self.K(what, v)
        raise RuntimeError("no keep num")

    def date(self, fmt="dmy", y0=2023, y1=2025):
        MONTHS = {
            "pl": [
                "stycznia",
                "lutego",
                "marca",
                "kwietnia",
                "maja",
                "czerwca",
                "lipca",
                "sierpnia",
                "września",
                "października",
                "listopada",
                "grudnia",
            ],
            "cs": [
                "ledna",
                "února",
                "března",
                "dubna",
                "května",
                "června",
                "července",
                "srpna",
                "září",
                "října",
                "listopadu",
                "prosince",
            ],
            "sk": [
                "januára",
                "februára",
                "marca",
                "apríla",
                "mája",
                "júna",
                "júla",
                "augusta",
                "septembra",
                "októbra",
                "novembra",
                "decembra",
            ],
            "ru": [
                "января",
                "февраля",
                "марта",
                "апреля",
                "мая",
                "июня",
                "июля",
                "августа",
                "сентября",
                "октября",
                "ноября",
                "декабря",
            ],
            "uk": [
                "січня",
                "лютого",
                "березня",
                "квітня",
                "травня",
                "червня",
                "липня",
                "серпня",
                "вересня",
                "жовтня",
                "листопада",
                "грудня",
            ],
            "en": [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ],
            "de": [
                "Januar",
                "Februar",
                "März",
                "April",
                "Mai",
                "Juni",
                "Juli",
                "August",
                "September",
                "Oktober",
                "November",
                "Dezember",
            ],
        }
        for _ in range(500):
            b = datetime.date.fromordinal(
                self.rng.randint(
                    datetime.date(y0, 1, 1).toordinal(), datetime.date(y1, 12, 31).toordinal()
                )
            )
            v = {
                "dmy": f"{b.day:02d}.{b.month:02d}.{b.year}",
                "dmy1": f"{b.day}.{b.month}.{b.year}",
                "dmys": f"{b.day}. {b.month}. {b.year}",
                "dm": f"{b.day}.{b.month}.",
                "iso": b.isoformat(),
                "ymd8": f"{b.year}{b.month:02d}{b.day:02d}",
                "dmy/": f"{b.day:02d}/{b.month:02d}/{b.year}",
                "dmy-": f"{b.day:02d}-{b.month:02d}-{b.year}",
                "dmyy": f"{b.day:02d}.{b.month:02d}.{b.year % 100:02d}",
                "text": f"{b.day} {MONTHS[self.lang][b.month - 1]} {b.year}",
                "textd": f"{b.day}. {MONTHS[self.lang][b.month - 1]} {b.year}",
                "ens": f"{b.day} {MONTHS['en'][b.month - 1][:3]} {b.year}",
                "us": f"{MONTHS['en'][b.month - 1]} {b.day}, {b.year}",
                "dmshort": f"{b.day:02d}.{b.month:02d}",
            }[fmt]
            if safe_keep(v, self.region):
                return self.K("date", v)
        raise RuntimeError("no date")

    def time(self, fmt="hm"):
        h, m = self.rng.randint(7, 20), self.rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        return self.K(
            "time",
            {
                "hm": f"{h}:{m:02d}",
                "hm0": f"{h:02d}:{m:02d}",
                "hdot": f"{h}.{m:02d}",
                "pm": f"{(h - 1) % 12 + 1}:{m:02d}{'pm' if h >= 12 else 'am'}",
                "hms": f"{h:02d}:{m:02d}:{self.rng.randint(0, 59):02d}",
            }[fmt],
        )

    def amount(self, lo, hi, fmt="sp,"):
        for _ in range(200):
            v = self.rng.randint(lo, hi)
            c = self.rng.choice([0, 0, 99, 50, self.rng.randint(1, 98)])
            s = f"{v:,}"
            out = {
                "sp,": s.replace(",", " ") + f",{c:02d}",
                "nb,": s.replace(",", "\u00a0") + f",{c:02d}",
                ".,": s.replace(",", ".") + f",{c:02d}",
                ",.": s + f".{c:02d}",
                "int": str(v),
                "sp": s.replace(",", " "),
                ",": s,
                ".": s.replace(",", "."),
                "'.": s.replace(",", "'") + f".{c:02d}",
                ".-": s.replace(",", ".") + ",-",
            }[fmt]
            if safe_keep(out, self.region):
                return self.K("amount", out)
        raise RuntimeError("amount")

    # ---- fill
    TOK = re.compile(r"\{(\w+)\}|\[\[(\w+):(.*?)\]\]", re.S)

    def fill(self, tpl: str, **slots):
        text, pii, keep = [], [], []
        pos = 0
        last = 0
        used = set()
        for m in self.TOK.finditer(tpl):
            lit = tpl[last : m.start()]
            text.append(lit)
            pos += len(lit)
            if m.group(1):
                key = m.group(1)
                s = slots[key]
                used.add(key)
            else:
                s = self.K(m.group(2), m.group(3))
            if isinstance(s, str):
                val = s
            else:
                val = s.value
                span = {"start": pos, "end": pos + len(val)}
                if s.side == "pii":
                    span["kind"] = s.kind
                    if s.kind == "name":
                        span["context"] = s.ctx
                    pii.append(span)
                else:
                    span["what"] = s.kind
                    keep.append(span)
            text.append(val)
            pos += len(val)
            last = m.end()
        text.append(tpl[last:])
        unused = set(slots) - used
        assert not unused, unused
        return "".join(text), pii, keep


ITEMS: dict[str, list] = collections.defaultdict(list)


def item(lang):
    def deco(fn):
        ITEMS[lang].append(fn)
        return fn

    return deco


def check_item(it, region):
    t = it["text"]
    spans = sorted([(s["start"], s["end"]) for s in it["pii"] + it["keep"]])
    for (a, b), (c, d) in zip(spans, spans[1:], strict=False):
        assert b <= c, (it["id"], t[a:b], t[c:d])
    for s in it["pii"] + it["keep"]:
        v = t[s["start"] : s["end"]]
        assert v and v == v.strip() and v[-1] not in ",;:()", (it["id"], v)
        if "kind" in s:
            assert v[0] not in ".,;:)", (it["id"], v)
            assert v[-1] != "." or (s["kind"] == "name" and re.search(r"(^|[\s.])\w\.$", v)), (
                it["id"],
                v,
            )
            assert v[0] != "(" or s["kind"] == "phone", (it["id"], v)
    for s in it["keep"]:
        v = t[s["start"] : s["end"]]
        if s["what"] in (
            "order_number",
            "invoice_number",
            "ticket_number",
            "tracking_number",
            "invalid_checksum_number",
            "product_code",
            "date",
            "amount",
            "quantity",
            "version",
            "time",
        ):
            assert safe_keep(v, region), (it["id"], s["what"], v)


def build():
    out = []
    for lang in LANGS:
        fns = ITEMS[lang]
        assert len(fns) == 40, (lang, len(fns))
        for i, fn in enumerate(fns, 1):
            iid = f"b8-{lang}-{i:02d}"
            g = G(lang, random.Random(iid))
            text, pii, keep = fn(g)
            it = {
                "id": iid,
                "lang": lang,
                "text": text,
                "pii": sorted(pii, key=lambda s: s["start"]),
                "keep": sorted(keep, key=lambda s: s["start"]),
            }
            check_item(it, REGION[lang])
            out.append(it)
    return out


def dump(items):
    return "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items)


def counts(items):
    by_lang = collections.Counter(it["lang"] for it in items)
    pii = collections.Counter(s["kind"] for it in items for s in it["pii"])
    ctx = collections.Counter(
        s["context"] for it in items for s in it["pii"] if s["kind"] == "name"
    )
    keep = collections.Counter(s["what"] for it in items for s in it["keep"])
    no_pii = sum(1 for it in items if not it["pii"])
    with_name = sum(1 for it in items if any(s["kind"] == "name" for s in it["pii"]))
    lines = [
        f"items: {len(items)}  " + " ".join(f"{k}={v}" for k, v in by_lang.items()),
        f"items without pii: {no_pii}; items with names: {with_name}",
        f"pii spans: {sum(pii.values())}  " + " ".join(f"{k}={v}" for k, v in pii.most_common()),
        "name contexts: " + " ".join(f"{k}={v}" for k, v in ctx.most_common()),
        f"keep spans: {sum(keep.values())}  " + " ".join(f"{k}={v}" for k, v in keep.most_common()),
    ]
    for lang in LANGS:
        sub = [it for it in items if it["lang"] == lang]
        pk = collections.Counter(s["kind"] for it in sub for s in it["pii"])
        lines.append(
            f"  {lang}: items={len(sub)} pii={sum(pk.values())} keep={sum(len(it['keep']) for it in sub)}  "
            + " ".join(f"{k}={v}" for k, v in pk.most_common())
        )
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="verify the file on disk equals the output"
    )
    a = ap.parse_args()
    items = build()
    data = dump(items)
    if a.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != data:
            print(f"{OUT.relative_to(ROOT)} differs from the generator output", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)} is up to date ({len(items)} items)")
        return 0
    OUT.write_text(data, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    print(counts(items))
    return 0


# =========================================================================== items

# --------------------------------------------------------------------------- pl


@item("pl")
def _(g):
    return g.fill(
        "[[greeting_without_name:Dzień dobry]], proszę o wyjaśnienie faktury nr {inv} za okres do {d}.\n"
        "Abonentka, PESEL:{pesel}, tel.{ph}\n"
        "Na fakturze doliczono {amt} zł za roaming, a w tym miesiącu w ogóle nie wyjeżdżałam z kraju. "
        "[[brand:Plus]] obiecał korektę już dwa razy.",
        inv=g.num("invoice_number", "F/##########/24"),
        d=g.date("dmy"),
        pesel=g.pesel("f"),
        ph=g.phone("PL", "###-###-###"),
        amt=g.amount(40, 400, "sp,"),
    )


@item("pl")
def _(g):
    p = g.person("m")
    return g.fill(
        "Paczka {trk} stoi w sortowni w [[city:Strykowie]] od {d}. Kurier dzwonił do mnie z numeru {ph1}, "
        "ale jak oddzwaniam, nikt nie odbiera. Mój numer to {ph2}, mail {em}. "
        "Czy [[brand:DPD]] w ogóle jeszcze dowozi paczki?",
        trk=g.num("tracking_number", "##############"),
        d=g.date("dm"),
        ph1=g.phone("PL", "+48 ### ### ###"),
        ph2=g.phone("PL", "#########"),
        em=g.email(p.mail("{f}{l}", "o2.pl")),
    )


@item("pl")
def _(g):
    good = g.nrb("grp")
    return g.fill(
        "Zlecając przelew na kwotę {amt} PLN pomyliłem jedną cyfrę w numerze rachunku ({bad}) i aplikacja "
        "odrzuciła go jako błędny. Poprawny numer to {good}, ale teraz przelew wisi ze statusem „w realizacji”. "
        "Numer referencyjny {ref}, data zlecenia {d}. Czy środki wrócą na moje konto?",
        amt=g.amount(1000, 20000, ".,"),
        bad=g.typo(good),
        good=good,
        ref=g.num("order_number", "@@##########"),
        d=g.date("ymd8"),
    )


@item("pl")
def _(g):
    p = g.person("f")
    return g.fill(
        "Witam,\nw załączniku przesyłam zamówienie na palety EUR ({q} szt.) zgodnie z ofertą {off}.\n"
        "Prosimy o potwierdzenie terminu dostawy do magazynu.\n\n"
        "Pozdrawiam\n{n}\n[[job_title:Specjalista ds. zakupów]]\n[[company:FHU Drewbud Sp. z o.o.]]\n"
        "NIP {nip} | REGON {regon}\ntel. kom. {ph}\n{em}",
        q=g.K("quantity", str(g.rng.randint(40, 400))),
        off=g.num("order_number", "OF/####/##/###"),
        n=g.name(p.full, "signature"),
        nip=g.nip("dash"),
        regon=g.regon(9),
        ph=g.phone("PL", "### ### ###"),
        em=g.email(p.mail("{i}.{l}", "drewbud.pl")),
    )


@item("pl")
def _(g):
    return g.fill(
        "[[job_title:Rejestracja]] [[company:Przychodnia Zdrowie]]: Dzień dobry, w czym mogę pomóc?\n"
        "Pacjent: chciałem przełożyć wizytę u kardiologa z {d} {t}\n"
        "Rejestracja: Poproszę PESEL pacjenta.\n"
        "Pacjent: {pesel}\n"
        "Rejestracja: Dziękuję, najbliższy wolny termin to {d2}",
        d=g.date("dmy"),
        t=g.time("hm"),
        pesel=g.pesel("m"),
        d2=g.date("dm"),
    )


@item("pl")
def _(g):
    return g.fill(
        "Kupiłam na [[brand:Allegro]] zestaw garnków [[brand:Jan Niezbędny]] ({pc}) – oferta nr {off}, "
        "zamówienie {ord}. Zapłaciłam {amt} zł, a przyszły dwa garnki zamiast pięciu. Sprzedawca "
        "[[company:HOMEMAX]] odpisuje, że „tak było w opisie”. Nie polecam, {pct} zwrotu to żart.",
        pc=g.num("product_code", "JN-####"),
        off=g.num("order_number", "###########"),
        ord=g.num("order_number", "########-####-####"),
        amt=g.amount(90, 900, "sp,"),
        pct=g.K("percent", f"{g.rng.choice([10, 15, 20, 30])}%"),
    )


@item("pl")
def _(g):
    wife = g.person("f")
    hus = g.person("m", fam=wife)
    return g.fill(
        "Polisa {pol}, szkoda z {d}.\n"
        "Zgłaszam w imieniu męża ({hn}, PESEL {pesel}), który jest w szpitalu. Odszkodowanie proszę "
        "przelać na nasze wspólne konto {iban}. W razie pytań proszę dzwonić do mnie: {ph}.\n"
        "{wn}",
        pol=g.num("invalid_checksum_number", "###########"),
        d=g.date("dmy"),
        hn=g.name(hus.full, "other"),
        pesel=g.pesel("m"),
        iban=g.iban("PL", "grp"),
        ph=g.phone("PL", "+48 ###-###-###"),
        wn=g.name(wife.full, "signature"),
    )


@item("pl")
def _(g):
    p = g.person("m")
    return g.fill(
        "Chcę wypowiedzieć karnet w [[brand:Zdrofit]], numer karty klubowej {card}. Kontakt: {ph1} lub {ph2} "
        "(służbowy), ewentualnie mailowo {em}. Opłata {amt} zł pobrana {m} to już ostatnia, zgodnie z regulaminem.",
        card=g.num("invalid_checksum_number", "#############"),
        ph1=g.phone("PL", "### ### ###"),
        ph2=g.phone("PL", "(##) ### ## ##", "f"),
        em=g.email(p.mail("{l}.{f}", "interia.pl")),
        amt=g.amount(99, 199, "sp,"),
        m=g.date("dmy"),
    )


@item("pl")
def _(g):
    p = g.person("m")
    s = g.pick(["ul. Lipowa", "ul. Słoneczna", "al. Niepodległości", "ul. Kościuszki"])
    return g.fill(
        "WNIOSEK O WYDANIE ZAŚWIADCZENIA\n"
        "Imię i nazwisko: {n}\n"
        "PESEL: {pesel}\n"
        "Adres zamieszkania: {addr}\n"
        "Telefon kontaktowy: {ph}\n"
        "NIP (jeśli prowadzi działalność): {nip}\n"
        "Cel: do [[company:ZUS]]\n"
        "Data złożenia: {d}",
        n=g.name(p.full.upper(), "self_intro"),
        pesel=g.pesel("m"),
        addr=g.addr(
            f"{s} {g.rng.randint(2, 90)}/{g.rng.randint(1, 40)}, {g.pick(['05-500 Piaseczno', '62-020 Swarzędz', '32-020 Wieliczka'])}"
        ),
        ph=g.phone("PL", "## ### ## ##", "f"),
        nip=g.nip("bare"),
        d=g.date("iso"),
    )


@item("pl")
def _(g):
    return g.fill(
        "Lista uczestników wycieczki klasy 6b (do ubezpieczenia):\n"
        "lp;pesel;telefon_rodzica\n"
        "1;{p1};{t1}\n"
        "2;{p2};{t2}\n"
        "3;{p3};{t3}\n"
        "Wyjazd {d}, zbiórka {t} pod szkołą.",
        p1=g.pesel("f", 2012, 2013),
        t1=g.phone("PL", "#########"),
        p2=g.pesel("m", 2012, 2013),
        t2=g.phone("PL", "+48#########"),
        p3=g.pesel(None, 2012, 2013),
        t3=g.phone("PL", "###-###-###"),
        d=g.date("dmy"),
        t=g.time("hdot"),
    )


@item("pl")
def _(g):
    return g.fill(
        "Auto (Skoda Octavia, zlecenie serwisowe {zl}) miało być gotowe {d}, dzwonię od rana na "
        "tel:{ph} wew. {wew} i nikt nie odbiera. W kosztorysie było {amt} zł, teraz słyszę o dodatkowych "
        "{amt2} zł za klocki. [[company:Auto-Serwis Kowalczyk]] – proszę o kontakt. Faktura na firmę, NIP:{nip}",
        zl=g.num("order_number", "ZS/####/##"),
        d=g.date("dmy1"),
        ph=g.phone("PL", "##-###-##-##", "f"),
        wew=str(g.rng.randint(10, 45)),
        amt=g.amount(1200, 4000, "sp"),
        amt2=g.amount(200, 800, "int"),
        nip=g.nip("dash"),
    )


@item("pl")
def _(g):
    return g.fill(
        "Rezerwacja {res}, pokój dwuosobowy {d1}–{d2}. Recepcja prosiła o dane karty do gwarancji, "
        "więc podaję: {card}, ważna do {exp}. Przyjazd ok. {t}, numer do mnie {ph}. "
        "Fakturę proszę wystawić na firmę, NIP {nip}.",
        res=g.num("order_number", "########"),
        **g.stay("dm", "dmy"),
        card=g.card("visa", "grp"),
        exp=g.K("date", f"{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 29)}"),
        t=g.time("hm0"),
        ph=g.phone("PL", "0048#########"),
        nip=g.nip("dash"),
    )


@item("pl")
def _(g):
    p = g.person("f")
    return g.fill(
        "Dziękuję, ale nadal nie dostałam zwrotu.\n\n"
        "W dniu {d} o {t} {n} <{em}> napisała:\n"
        "> Reklamacja {rk} została uznana. Zwrot {amt} zł nastąpi w ciągu 14 dni.\n"
        "> [[team_name:Zespół Obsługi Klienta]] [[brand:MediaMarkt]]",
        d=g.date("dmy"),
        t=g.time("hm0"),
        n=g.name(p.full, "other"),
        em=g.email(p.mail("{f}.{l}", "gmail.com")),
        rk=g.num("ticket_number", "RK-######"),
        amt=g.amount(100, 3000, "sp,"),
    )


@item("pl")
def _(g):
    return g.fill(
        "Zamawiam w [[brand:Kakadu]] od lat, ale ostatnio karma [[brand:Brit Care]] {w} (SKU {sku}) przyszła "
        "rozerwana. Zdjęcia wysłałam w zgłoszeniu {zg}. Obsługa ok, dostałam {pct} rabatu na następne "
        "zamówienie, ważny do {d}.",
        w=g.K("quantity", "12 kg"),
        sku=g.num("product_code", "########"),
        zg=g.num("ticket_number", "#########"),
        pct=g.K("percent", "15%"),
        d=g.date("dmy"),
    )


@item("pl")
def _(g):
    return g.fill(
        "Prośba o zmianę danych na fakturach w abonamencie [[brand:Fakturownia]] (konto {acc}):\n"
        "nabywca: [[company:Biuro Rachunkowe Bilans s.c.]]\n"
        "NIP {nip}, REGON {regon}\n"
        "faktury proszę wysyłać na {em}\n"
        "Zmiana od faktury za {m}.",
        acc=g.num("invalid_checksum_number", "#########"),
        nip=g.nip("PL"),
        regon=g.regon(14),
        em=g.email("ksiegowosc+faktury@bilans-biuro.com.pl"),
        m=g.K("date", "marzec 2024"),
    )


@item("pl")
def _(g):
    return g.fill(
        "Licznik gazu nr {met}, numer klienta {kl}. Odczyt z {d}: {odc} m3. Prognoza na kolejny okres "
        "jest zawyżona o jakieś {pct}. Proszę o kontakt z biura obsługi, najlepiej na stacjonarny "
        "{ph} wew. 12, albo mailowo: {em}. PESEL właściciela umowy: {pesel}.",
        met=g.num("invalid_checksum_number", "########"),
        kl=g.num("invalid_checksum_number", "###-###-##-##"),
        d=g.date("dmy"),
        odc=g.K("quantity", str(g.rng.randint(1000, 9999))),
        pct=g.K("percent", "30%"),
        ph=g.phone("PL", "(##) ### ## ##", "f", "22"),
        pesel=g.pesel(),
        em=g.email(g.person().mail("{l}{i}", "tlen.pl")),
    )


@item("pl")
def _(g):
    a = g.person("m")
    return g.fill(
        "Konsultant {an}: Witam, w czym mogę pomóc?\n"
        "Klient: karta mi przepadła w bankomacie, nr {card}\n"
        "Konsultant {an}: Proszę jeszcze o PESEL.\n"
        "Klient: {pesel}\n"
        "Konsultant {an}: Zastrzegam. Czy środki mają trafić na rachunek {nrb}?\n"
        "Klient: tak, dokładnie ten.\n"
        "Konsultant {an}: Zgłoszenie {zg} z {t}.",
        an=g.name(a.first, "other"),
        card=g.card("mc", "dash"),
        pesel=g.pesel(),
        nrb=g.nrb("bare"),
        zg=g.num("ticket_number", "ZG########"),
        t=g.time("hms"),
    )


@item("pl")
def _(g):
    p = g.person("f")
    return g.fill(
        "dzien dobry tu {n} mama {c} z 3b, zmienilam numer telefonu, nowy to {ph}. "
        "prosze o wpisanie do dziennika. zebranie {d} o {t} aktualne?",
        n=g.name(strip_acc(p.full).lower(), "self_intro"),
        c=g.name(g.pick(["Zosi", "Kuby", "Oli", "Antka"]), "other"),
        ph=g.phone("PL", "### ### ###"),
        d=g.date("dm"),
        t=g.time("hm"),
    )


@item("pl")
def _(g):
    good = g.pesel("f")
    return g.fill(
        "W formularzu rejestracji wpisałam PESEL {bad}, ale to pomyłka – prawidłowy to {good}. "
        "Proszę poprawić, bo system [[brand:Profil Zaufany]] nie chce mnie zweryfikować. Zgłoszenie nr {zg}.",
        bad=g.typo(good),
        good=good,
        zg=g.num("ticket_number", "#######/##"),
    )


@item("pl")
def _(g):
    p = g.person("m")
    return g.fill(
        "Dzień dobry Panie {v},\n"
        "potwierdzam dane naszego dostawcy z Niemiec do umowy:\n"
        "[[company:Holzwerk Meyer GmbH]], USt-IdNr.: {ust}\n"
        "IBAN {iban}\n"
        "Nasz NIP:{nip}, REGON:{regon}\n"
        "Dostawa wg zamówienia {zam}, płatność {pay} dni.",
        v=g.name(p.voc, "salutation"),
        ust=g.ustid("DE"),
        iban=g.iban("DE", "grp"),
        nip=g.nip("bare"),
        regon=g.regon(9),
        zam=g.num("order_number", "####/##/PL"),
        pay=g.K("quantity", "30"),
    )


@item("pl")
def _(g):
    p = g.person("f")
    return g.fill(
        "Zwracam kurtkę [[person_like_brand:Tommy Hilfiger]] z zamówienia {zam} (rozmiar nie pasuje). "
        "Pieniądze proszę zwrócić na konto {nrb}. Kwota {amt} zł (faktura była na NIP {nip}).\n"
        "--\n{n}\n{em}",
        zam=g.num("order_number", "#########"),
        nrb=g.nrb("odd"),
        amt=g.amount(300, 900, "sp,"),
        nip=g.nip("bare"),
        n=g.name(p.first.lower() + " " + p.last.lower(), "signature"),
        em=g.email(p.mail("{f}{j}", "wp.pl")),
    )


@item("pl")
def _(g):
    return g.fill(
        "Router [[product_code:FunBox 6]] po aktualizacji do wersji {ver} co chwilę się restartuje. "
        "Technik, który był {d}, zostawił swój numer {ph}, ale twierdzi, że to nie jego sprawa. "
        "Prędkość spadła z {q1} do {q2} Mb/s. [[brand:Orange]], serio? Umowa jest na mój PESEL {pesel}.",
        ver=g.K("version", f"{g.rng.randint(3, 5)}.{g.rng.randint(0, 9)}.{g.rng.randint(10, 30)}"),
        d=g.date("dmy"),
        ph=g.phone("PL", "### ### ###"),
        q1=g.K("quantity", "600"),
        q2=g.K("quantity", str(g.rng.randint(40, 90))),
        pesel=g.pesel(),
    )


@item("pl")
def _(g):
    return g.fill(
        "Kupujący: proszę o wysyłkę paczkomatem, a gdyby był problem, mój numer {ph}, mail {em}. "
        "Numer transakcji {tr}, zapłacone {amt} zł przez [[brand:BLIK]].",
        ph=g.phone("PL", "(+48) ### ### ###"),
        em=g.email(g.person().mail("{f}_{l}{j}", "op.pl")),
        tr=g.num("order_number", "##############"),
        amt=g.amount(20, 300, "sp,"),
    )


@item("pl")
def _(g):
    return g.fill(
        "Zgłoszenie szkody komunikacyjnej, polisa OC {pol}\n"
        "Poszkodowany (kierowca): PESEL {p1}\n"
        "Sprawca: PESEL {p2}, tel. {ph}\n"
        "Data i godzina zdarzenia: {d}, {t}\n"
        "Miejsce: skrzyżowanie w [[city:Tarnowie]]",
        pol=g.num("invalid_checksum_number", "### ### ### ###"),
        p1=g.pesel("m"),
        p2=g.pesel("f"),
        ph=g.phone("PL", "+48 ### ### ###"),
        d=g.date("dmy"),
        t=g.time("hm0"),
    )


@item("pl")
def _(g):
    p = g.person("f")
    last2 = g.person("f").last
    return g.fill(
        "Szanowni Państwo,\nod {d} nie mogę zalogować się do panelu klienta [[brand:e-Przedszkole]]. "
        "Login to mój adres {em}, dziecko: PESEL {pesel}. Proszę o reset hasła albo telefon: {ph}.\n\n"
        "Z poważaniem\n{n}",
        d=g.date("text"),
        em=g.email(p.mail("{f}.{l}", "poczta.onet.pl")),
        pesel=g.pesel(None, 2019, 2020),
        ph=g.phone("PL", "+48 ### ### ###"),
        n=g.name(f"{p.first} {p.last}-{last2}", "signature"),
    )


@item("pl")
def _(g):
    return g.fill(
        "Kurier miał być wczoraj, przesyłka {trk}. Zadzwońcie proszę na {ph} albo napiszcie na WhatsAppie, "
        "jestem w domu do {t}. Kod odbioru {code} i tak nie działa. Mail: {em}\n"
        "PS Jeśli paczka wróci do nadawcy, pobranie proszę zwrócić na {nrb}.",
        trk=g.num("tracking_number", "##########@@"),
        ph=g.phone("PL", "0048 ### ### ###"),
        t=g.time("hm"),
        code=str(g.rng.randint(100000, 999999)),
        em=g.email(g.person().mail("{f}.{l}", "gazeta.pl")),
        nrb=g.nrb("odd2"),
    )


@item("pl")
def _(g):
    doc = g.person("f")
    pat = g.person("m")
    return g.fill(
        "Szanowna Pani {v},\n"
        "przesyłam wyniki badań z {d} zgodnie z prośbą. Proszę o ocenę, czy konieczna jest kontrola "
        "przed {d2}.\n\n"
        "Z wyrazami szacunku\n{n} (PESEL {pesel})",
        v=g.name(doc.voc, "salutation"),
        d=g.date("dmy", 2024, 2024),
        d2=g.date("text", 2025, 2025),
        n=g.name(pat.full, "signature"),
        pesel=g.pesel("m"),
    )


@item("pl")
def _(g):
    return g.fill(
        "Zestawienie do korekty (faktura {fv}):\n"
        "| Lp. | Kontrahent | NIP | Kwota netto |\n"
        "| 1 | [[company:Transbud Sp. j.]] | {n1} | {a1} |\n"
        "| 2 | [[company:Pekar s.r.o.]] | {n2} | {a2} |\n"
        "| 3 | [[company:Meblarz SA]] | {n3} | {a3} |",
        fv=g.num("invoice_number", "FV ####/##/####"),
        n1=g.nip("dash"),
        a1=g.amount(1000, 90000, "sp,"),
        n2=g.dic("CZ"),
        a2=g.amount(1000, 90000, "sp,"),
        n3=g.nip("dash2"),
        a3=g.amount(1000, 90000, "sp,"),
    )


@item("pl")
def _(g):
    a, b = g.person("m"), g.person("f")
    return g.fill(
        "---------- Wiadomość przekazana ----------\n"
        "Od: {an} <{ae}>\n"
        "Data: {d}\n"
        "Do: {bn} <{be}>\n"
        "Temat: Re: oferta na szkolenie BHP\n\n"
        "Cena {amt} zł netto za grupę do {q} osób.\n[[company:BHP-Szkolenia Sp. z o.o.]], NIP {nip}",
        an=g.name(a.full, "other"),
        ae=g.email(a.mail("{i}.{l}", "bhp-szkolenia.pl")),
        d=g.date("text"),
        bn=g.name(b.full, "other"),
        be=g.email(b.mail("{f}.{l}", "firma.com.pl")),
        amt=g.amount(900, 4000, "sp"),
        q=g.K("quantity", "15"),
        nip=g.nip("dash"),
    )


@item("pl")
def _(g):
    return g.fill(
        "Polecam trenera {n} z [[brand:Fit Fabric]] w [[city:Gdańsku]] – pytajcie o niego na recepcji. "
        "Karnet open {amt} zł/mies., promocja do {d}. Recepcja: {ph}.",
        n=g.name(g.pick(["Bartka", "Kubę", "Michała", "Tomka"]), "other"),
        amt=g.amount(119, 189, "int"),
        d=g.date("dmy"),
        ph=g.phone("PL", "## ### ## ##", "f", "58"),
    )


@item("pl")
def _(g):
    return g.fill(
        "Leasing samochodu – dane do umowy:\n"
        "[[company:Transport i Spedycja Wolański]]\n"
        "NIP: {nip}\nREGON: {regon}\n"
        "Opłata wstępna {amt} zł kartą firmową {card} (American Express).\n"
        "Umowa nr {um}",
        nip=g.nip("PLs"),
        regon=g.regon(14),
        amt=g.amount(10000, 40000, "sp"),
        card=g.card("amex", "grp"),
        um=g.num("order_number", "UL/#####/####"),
    )


@item("pl")
def _(g):
    return g.fill(
        "Hotel fajny, ale przy wymeldowaniu recepcja wystawiła fakturę bez NIP. Podawałam przy rezerwacji "
        "Tax ID: {nip}. Rezerwacja {res} przez [[brand:Booking.com]], pobyt {d}. Proszę o korektę.",
        nip=g.nip("bare"),
        res=g.num("order_number", "##########"),
        d=g.date("dmy"),
    )


@item("pl")
def _(g):
    return g.fill(
        "Numer klienta: {kl}\nNumer licznika: {lc}\nPunkt poboru: {ppe}\n"
        "Od {d} rachunki za prąd wzrosły o {pct}, choć zużycie jest takie samo ({kwh} kWh). "
        "[[brand:Tauron]] nie odpowiada na reklamację {rk}.",
        kl=g.num("invalid_checksum_number", "###-###-##-##"),
        lc=g.num("invalid_checksum_number", "#########"),
        ppe=g.num("invalid_checksum_number", "PL0031##############"),
        d=g.date("dmy"),
        pct=g.K("percent", "40%"),
        kwh=g.K("quantity", str(g.rng.randint(150, 400))),
        rk=g.num("ticket_number", "RK/####/####"),
    )


@item("pl")
def _(g):
    return g.fill(
        "Proszę o kontakt pod nr {ph} (najlepiej po {t}). Chodzi o montaż klimatyzacji zamówionej "
        "{d}, zamówienie {zam}. Faktura na firmę, NIP {nip}, wysyłka na {em}.",
        nip=g.nip("sp"),
        em=g.email("Biuro@Klimat-Serwis.com.pl"),
        ph=g.phone("PL", "###.###.###"),
        t=g.time("hm0"),
        d=g.date("dmy"),
        zam=g.num("order_number", "##/####/####"),
    )


@item("pl")
def _(g):
    return g.fill(
        "Proszę o zwrot nadpłaty {amt} zł na rachunek:\n{iban}\n"
        "Tytuł: nadpłata za {m}, nr umowy {um}.",
        amt=g.amount(50, 900, "sp,"),
        iban=g.iban("PL", "break"),
        m=g.K("date", "I kwartał 2024"),
        um=g.num("invalid_checksum_number", "############"),
    )


@item("pl")
def _(g):
    par = g.person("m")
    return g.fill(
        "Dzień dobry, zapisuję do świetlicy syna z klasy 2a. PESEL dziecka {pesel}. Odbierać go "
        "będzie mąż albo ja, telefon {ph}, e-mail {em}. Rok szkolny {ys}.",
        pesel=g.pesel("m", 2016, 2017),
        em=g.email(par.mail("{f}{l}", "icloud.com")),
        ph=g.phone("PL", "###-###-###"),
        ys=g.K("date", "2024/2025"),
    )


@item("pl")
def _(g):
    p = g.person()
    return g.fill(
        "Na podstawie RODO proszę o usunięcie wszystkich moich danych z bazy sklepu [[brand:Modivo]]: "
        "e-mail {em}, tel. {ph}. Ostatnie zamówienie {zam} z {d}.",
        em=g.email(p.mail("{f}.{l}", "wp.pl").upper()),
        ph=g.phone("PL", "+48 ## ### ## ##", "m"),
        zam=g.num("order_number", "#########"),
        d=g.date("dmy"),
    )


@item("pl")
def _(g):
    return g.fill(
        "Odwołanie od mandatu – sprawa {spr}, zdarzenie {d8} o {t} w strefie płatnego parkowania przy "
        "[[street_as_brand:Piotrkowskiej]]. Bilet był wykupiony w aplikacji [[brand:mobiParking]] "
        "(transakcja {tr}), kwota {amt} zł.",
        spr=g.num("ticket_number", "SPP/####/####"),
        d8=g.date("ymd8"),
        t=g.time("hm0"),
        tr=g.num("order_number", "###########"),
        amt=g.amount(3, 12, "sp,"),
    )


@item("pl")
def _(g):
    good = g.card("visa", "bare")
    return g.fill(
        "{good} – to numer karty, z której pobrano podwójnie {amt} zł. Wcześniej w formularzu "
        "wpisałam {bad} i płatność odrzuciło, więc może stąd dwa obciążenia? Proszę oddzwonić: {ph}",
        good=good,
        amt=g.amount(50, 500, ".,"),
        bad=g.typo(good),
        ph=g.phone("PL", "### ### ###"),
    )


@item("pl")
def _(g):
    tok = "".join(g.rng.choice("abcdefghijkmnopqrstuvwxyz0123456789") for _ in range(32))
    return g.fill(
        "Dostałam link do ustawienia nowego hasła: {url} ale po kliknięciu wyskakuje błąd 500. "
        "Konto założone na {em}. Strona główna {home} działa normalnie.",
        url=g.P("url_token", f"https://konto.ebilet-sklep.pl/reset-hasla?token={tok}"),
        em=g.email(g.person("f").mail("{f}{l}", "gmail.com")),
        home=g.K("url", "https://ebilet-sklep.pl"),
    )


# --------------------------------------------------------------------------- cs


@item("cs")
def _(g):
    return g.fill(
        "[[greeting_without_name:Dobrý den]],\nreklamuji vyúčtování č. {inv} za {m}. Účtujete mi {amt} Kč za data "
        "v roamingu, ale telefon byl celou dobu v ČR.\nČíslo zákazníka: {zak}\nRČ: {rc}\nTel.: {ph}",
        inv=g.num("invoice_number", "##########"),
        m=g.K("date", "únor 2024"),
        amt=g.amount(300, 2500, "sp,"),
        zak=g.num("invalid_checksum_number", "#########"),
        rc=g.rc("CZ", "slash"),
        ph=g.phone("CZ", "### ### ###"),
    )


@item("cs")
def _(g):
    return g.fill(
        "Objednávka {obj} z [[brand:Alza.cz]] dorazila za dva dny, ale pračka [[product_code:WW80T534DAW]] má "
        "promáčklý bok. Zaplatil jsem {amt} Kč, reklamace {rk} je od {d} „v řešení“. Dávám {q} hvězdy z pěti.",
        obj=g.num("order_number", "#########"),
        amt=g.amount(9000, 19000, "sp"),
        rk=g.num("ticket_number", "RMA-#######"),
        d=g.date("dmys"),
        q=g.K("quantity", "2"),
    )


@item("cs")
def _(g):
    p = g.person("m")
    return g.fill(
        "Posílám cenovou nabídku na dodávku sádrokartonu, platnost do {d}.\n\n"
        "S pozdravem\n\nIng. {n}\n[[job_title:obchodní ředitel]]\n[[company:Stavmat Morava s.r.o.]]\n"
        "IČO: {ico}, DIČ: {dic}\nTel.: {ph}\nE-mail: {em}",
        d=g.date("dmy"),
        n=g.name(p.full, "signature"),
        ico=g.ico(),
        dic=g.dic("CZ"),
        ph=g.phone("CZ", "+420 ### ### ###"),
        em=g.email(p.mail("{l}", "stavmat-morava.cz")),
    )


@item("cs")
def _(g):
    good = g.iban("CZ", "bare")
    return g.fill(
        "Při zadávání platby {amt} Kč jsem napsal účet {bad} a bankovnictví hlásilo chybu. Správně je {good}, "
        "jenže platba se mezitím zobrazuje dvakrát. Variabilní symbol {vs}, splatnost {d}. Jde o nájem za "
        "[[date:březen]].",
        amt=g.amount(8000, 25000, "sp"),
        bad=g.typo(good),
        good=good,
        vs=g.num("order_number", "##########"),
        d=g.date("dmy"),
    )


@item("cs")
def _(g):
    p = g.person("f")
    return g.fill(
        "Dobrý den, jmenuji se {n} a jsem pojištěnka [[brand:VZP]], číslo pojištěnce {rc}. "
        "Potřebuji potvrzení o bezdlužnosti pro zaměstnavatele. Volejte prosím na {ph} nebo pište na {em}.",
        n=g.name(p.full, "self_intro"),
        rc=g.rc("CZ", "bare", "f"),
        ph=g.phone("CZ", "###-###-###"),
        em=g.email(p.mail("{f}.{l}", "seznam.cz")),
    )


@item("cs")
def _(g):
    a = g.person("f")
    return g.fill(
        "Operátorka {an}: Dobrý den, jak vám mohu pomoci?\n"
        "Zákazník: potřebuju přepsat smlouvu na manželku, její RČ je {rc}\n"
        "Operátorka {an}: Rozumím. Číslo smlouvy prosím.\n"
        "Zákazník: {sm}\n"
        "Operátorka {an}: Děkuji, požadavek {pz} je založen.",
        an=g.name(a.first, "other"),
        rc=g.rc("CZ", "sp", "f"),
        sm=g.num("invalid_checksum_number", "#########"),
        pz=g.num("ticket_number", "SR-#######"),
    )


@item("cs")
def _(g):
    return g.fill(
        "Zásilka {trk} je podle trackingu „doručena“, ale v boxu nic nebylo. Kurýr mi volal z čísla "
        "{ph1} a pak už to nikdo nebral. Můj kontakt {ph2}, klidně i přes WhatsApp. [[brand:PPL]] už nikdy. "
        "Dobírku vraťte na {iban}.",
        trk=g.num("tracking_number", "###########"),
        ph1=g.phone("CZ", "00420 ### ### ###"),
        ph2=g.phone("CZ", "#########"),
        iban=g.iban("CZ", "grp"),
    )


@item("cs")
def _(g):
    p = g.person("m")
    return g.fill(
        "Rezervace č. {res}, pokoj pro dva, příjezd {d}. Hotel chce zálohu kartou, tak posílám číslo: "
        "{card}, platnost {exp}. Potvrzení prosím na {em}, fakturu na firmu s IČO {ico}.",
        res=g.num("order_number", "#######"),
        d=g.date("dmys"),
        card=g.card("visa", "dash"),
        exp=g.K("date", f"{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 29)}"),
        em=g.email(p.mail("{f}.{l}", "email.cz")),
        ico=g.ico(),
    )


@item("cs")
def _(g):
    p = g.person("m")
    st = g.pick(["Na Příkopě", "Vinohradská", "Masarykova", "Palackého", "Husova"])
    return g.fill(
        "ŽÁDOST O VYDÁNÍ PARKOVACÍ KARTY\n"
        "Jméno a příjmení: {n}\n"
        "Rodné číslo: {rc}\n"
        "Trvalé bydliště: {addr}\n"
        "Telefon: {ph}\n"
        "RZ vozidla: uvedena v příloze\nDatum: {d}",
        n=g.name(p.full, "self_intro"),
        rc=g.rc("CZ", "slash", "m"),
        addr=g.addr(
            f"{st} {g.rng.randint(3, 120)}, {g.pick(['602 00 Brno', '130 00 Praha 3', '779 00 Olomouc'])}"
        ),
        ph=g.phone("CZ", "+420 ### ### ###"),
        d=g.date("dmy"),
    )


@item("cs")
def _(g):
    return g.fill(
        "export_clenove.csv (vybrané řádky)\n"
        "cislo_karty;rc;telefon;email\n"
        "{c1};{r1};{t1};{e1}\n"
        "{c2};{r2};{t2};{e2}\n"
        "Pozn.: karty vydány {d}.",
        c1=g.num("invalid_checksum_number", "##########"),
        r1=g.rc("CZ", "bare"),
        t1=g.phone("CZ", "#########"),
        e1=g.email(g.person().mail("{f}{l}", "seznam.cz")),
        c2=g.num("invalid_checksum_number", "##########"),
        r2=g.rc("CZ", "slash"),
        t2=g.phone("CZ", "+420#########"),
        e2=g.email(g.person().mail("{l}.{f}", "gmail.com")),
        d=g.date("dmy"),
    )


@item("cs")
def _(g):
    return g.fill(
        "Auto bylo v servisu [[company:AutoCentrum Hradec]] na výměně rozvodů (zakázka {zak}). Účet {amt} Kč, "
        "ale po {km} km zase svítí kontrolka. Na recepci ({ph}, kl. 214) mi řekli, ať počkám na technika. "
        "Čekám od {d}. Fakturu chci na firmu: IČO {ico}, DIČ {dic}.",
        zak=g.num("order_number", "ZAK-#####"),
        amt=g.amount(15000, 30000, "sp"),
        km=g.K("quantity", str(g.rng.randint(200, 900))),
        ph=g.phone("CZ", "### ### ###", "f", "49"),
        d=g.date("dmys"),
        ico=g.ico(),
        dic=g.dic("CZ"),
    )


@item("cs")
def _(g):
    p = g.person("f")
    return g.fill(
        "Reklamace stále není vyřízená!\n\n"
        "Dne {d} v {t} {n} <{em}> napsal(a):\n"
        "> Dobrý den, vaši reklamaci {rk} jsme přijali a vyřídíme ji do 30 dnů.\n"
        "> [[team_name:Zákaznická podpora]] [[brand:Datart]]",
        d=g.date("dmys"),
        t=g.time("hm0"),
        n=g.name(p.full, "other"),
        em=g.email(p.mail("{f}.{l}", "datart.cz")),
        rk=g.num("ticket_number", "#########"),
    )


@item("cs")
def _(g):
    a = g.person("m")
    b = g.person("f")
    return g.fill(
        "Vážený pane {v},\n"
        "děkuji za rychlé vyřízení pojistné události. Doplňuji chybějící údaje: RČ {rc}, bankovní "
        "spojení {iban}.\n\n"
        "S pozdravem\n{n}\n{ph}",
        v=g.name(a.lastvoc, "salutation"),
        rc=g.rc("CZ", "slash", "f"),
        iban=g.iban("CZ", "grp"),
        n=g.name(b.full, "signature"),
        ph=g.phone("CZ", "(+420) ### ### ###"),
    )


@item("cs")
def _(g):
    return g.fill(
        "Pojistná smlouva {ps}. Hlásím škodu za manžela (RČ {rc}), je teď v nemocnici. "
        "Plnění prosím zaslat na účet {iban}. Telefon na mě: {ph}",
        ps=g.num("invalid_checksum_number", "##########"),
        rc=g.rc("CZ", "sp1", "m"),
        iban=g.iban("CZ", "grp"),
        ph=g.phone("CZ", "### ### ###"),
    )


@item("cs")
def _(g):
    return g.fill(
        "Prosím o opravu fakturačních údajů v účtu {acc}:\n"
        "[[company:Účetní kancelář Bilance s.r.o.]]\n"
        "IČ:{ico}\nDIČ:{dic}\n"
        "Faktury zasílejte na {em}. Týká se faktur od {d}.",
        acc=g.num("invalid_checksum_number", "#######"),
        ico=g.ico(),
        dic=g.dic("CZ"),
        em=g.email("fakturace+dodavatele@bilance-ucetni.cz"),
        d=g.date("dmy"),
    )


@item("cs")
def _(g):
    return g.fill(
        "Údaje slovenského odběratele pro fakturu:\n"
        "[[company:Drevona SK, s.r.o.]], [[city:Žilina]]\n"
        "IČO {ico}, IČ DPH {icdph}\n"
        "IBAN: {iban}\n"
        "Náš DIČ {dic} – reverse charge. Objednávka {obj}.",
        ico=g.ico(),
        icdph=g.icdph("SK"),
        iban=g.iban("SK", "grp"),
        dic=g.dic("CZs"),
        obj=g.num("order_number", "OBJ/####/##"),
    )


@item("cs")
def _(g):
    return g.fill(
        "dobry den, jsem maminka z 2.B, od zari mame nove cislo {ph}. "
        "a na omluvenky prosim pouzivejte {em}, dekuji",
        ph=g.phone("CZ", "### ### ###"),
        em=g.email(g.person("f").mail("{f}{l}", "centrum.cz")),
    )


@item("cs")
def _(g):
    return g.fill(
        "Krmivo [[brand:Brit Premium]] {w} jsem objednávala přes [[brand:Zoohit]] (obj. {obj}), přišlo s datem "
        "spotřeby {d}, tedy za měsíc. Za {amt} Kč bych čekala čerstvější zboží. Sleva {pct} nic neřeší.",
        w=g.K("quantity", "15 kg"),
        obj=g.num("order_number", "########"),
        d=g.date("dmy"),
        amt=g.amount(900, 1900, "sp"),
        pct=g.K("percent", "10 %"),
    )


@item("cs")
def _(g):
    good = g.rc("CZ", "slash", "f")
    return g.fill(
        "Ve formuláři jsem omylem uvedla rodné číslo {bad}, správně je {good}. Prosím o opravu, "
        "jinak mi [[brand:Moje VZP]] nevydá průkaz. Požadavek č. {pz}.",
        bad=g.typo(good),
        good=good,
        pz=g.num("ticket_number", "######/##"),
    )


@item("cs")
def _(g):
    return g.fill(
        "EAN odběrného místa: {ean}\nČíslo smlouvy: {sm}\n"
        "Zálohy jste mi od {d} zvedli na {amt} Kč měsíčně, přitom spotřeba klesla o {pct}. "
        "Volejte {ph}, jsem k zastižení po {t}. Smlouva je psaná na RČ {rc}.",
        ean=g.num("invalid_checksum_number", "859182400#########"),
        sm=g.num("invalid_checksum_number", "##########"),
        d=g.date("dmys"),
        amt=g.amount(1500, 4000, "sp"),
        pct=g.K("percent", "20 %"),
        ph=g.phone("CZ", "+420 ### ### ###"),
        t=g.time("hdot"),
        rc=g.rc("CZ", "bare"),
    )


@item("cs")
def _(g):
    return g.fill(
        "Dobrý den, paní doktorko,\nposílám výsledky z odběru {d}. Kontrola byla domluvena na "
        "{d2} v {t}, platí to? Moje RČ {rc}.",
        d=g.date("dmys"),
        d2=g.date("dm"),
        t=g.time("hm0"),
        rc=g.rc("CZ", "bare"),
    )


@item("cs")
def _(g):
    tok = "".join(
        g.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(40)
    )
    return g.fill(
        "Odkaz na obnovení hesla {url} je prý neplatný, i když jsem ho otevřel hned. Účet je na adrese "
        "{em}, licence [[product_code:Business 25]] ({ver}), fakturujeme na IČO {ico}, DIČ {dic}.",
        url=g.P(
            "url_token", f"https://app.fakturoid-demo.cz/password/edit?reset_password_token={tok}"
        ),
        em=g.email(g.person("m").mail("{f}", "firma.praha.cz")),
        ver=g.K("version", "v3.12"),
        ico=g.ico(),
        dic=g.dic("CZ"),
    )


@item("cs")
def _(g):
    return g.fill(
        'Prodám dětské kolo [[brand:Author]] 20", cena {amt} Kč, osobní odběr [[city:Plzeň]]. Volejte na '
        "{ph1} nebo {ph2}, SMS ne. Inzerát {inz}.",
        amt=g.amount(1500, 3500, "sp"),
        ph1=g.phone("CZ", "### ### ###"),
        ph2=g.phone("CZ", "### ### ###"),
        inz=g.num("order_number", "#########"),
    )


@item("cs")
def _(g):
    return g.fill(
        "Seznam účastníků školení BOZP ({d}):\n"
        "č. | rodné číslo | telefon\n"
        "1 | {r1} | {t1}\n"
        "2 | {r2} | {t2}\n"
        "Cena {amt} Kč/os. bez DPH.",
        d=g.date("dmy"),
        r1=g.rc("CZ", "slash", "m"),
        t1=g.phone("CZ", "### ### ###"),
        r2=g.rc("CZ", "slash", "f"),
        t2=g.phone("CZ", "### ### ###"),
        amt=g.amount(600, 1500, "sp"),
    )


@item("cs")
def _(g):
    b = g.person("m")
    return g.fill(
        "---------- Přeposlaná zpráva ---------\n"
        "Od: {ae}\n"
        "Datum: {d}\n"
        "Předmět: nabídka pronájmu skladu\n"
        "Komu: <{be}>\n\n"
        "Nájem {amt} Kč/m² měsíčně, minimálně {q} m².\n[[company:Reality Sklady Morava a.s.]], IČO: {ico}",
        ae=g.email("nabidky@reality-sklady.cz"),
        d=g.date("textd"),
        be=g.email(b.mail("{f}.{l}", "logistika-cz.com")),
        amt=g.amount(90, 180, "int"),
        q=g.K("quantity", "400"),
        ico=g.ico(),
    )


@item("cs")
def _(g):
    return g.fill(
        "Výpověď členství ve [[brand:Form Factory]], číslo karty {k}. Poslední platba {amt} Kč proběhla "
        "{d}. Kontaktovat mě můžete na {em} nebo na {ph}. Případný přeplatek prosím na účet {iban}.",
        k=g.num("invalid_checksum_number", "############"),
        amt=g.amount(900, 1500, "sp"),
        d=g.date("dmy"),
        em=g.email(g.person().mail("{f}{l}", "post.cz")),
        ph=g.phone("CZ", "### ### ###"),
        iban=g.iban("CZ", "lower"),
    )


@item("cs")
def _(g):
    return g.fill(
        "Faktura od rakouského dodavatele ({fa}) neobsahuje správné údaje:\n"
        "[[company:Holzbau Steiner GmbH]], UID {atu}\n"
        "IBAN {iban}\nTel. {ph}\n"
        "Náš DIČ: {dic}. Prosím o opravný doklad.",
        fa=g.num("invoice_number", "RE-####-###"),
        atu=g.atu("ATU"),
        iban=g.iban("AT", "grp"),
        ph=g.phone("AT", "+43 ### #######"),
        dic=g.dic("CZ"),
    )


@item("cs")
def _(g):
    return g.fill(
        "OBJEDNÁVKY NA WEBU NEFUNGUJÍ, pište prosím na {em} a dejte do předmětu číslo objednávky "
        "({obj}). Nebo volejte {ph}.\n[[company:Květinářství Lilie]], IČO {ico}",
        em=g.email("OBJEDNAVKY@Kvetinarstvi-Lilie.cz"),
        obj=g.num("order_number", "####-###"),
        ph=g.phone("CZ", "+420 ### ### ###"),
        ico=g.ico(),
    )


@item("cs")
def _(g):
    return g.fill(
        "Poplatek za odpad za rok {y}: {amt} Kč, variabilní symbol {vs}, splatnost {d}. "
        "Platbu jsem poslal {d2}, ale [[company:Magistrát města Brna]] ji eviduje jako nezaplacenou. "
        "Číslo výzvy {vz}.",
        y=g.K("date", "2024"),
        amt=g.amount(800, 1200, "int"),
        vs=g.num("order_number", "##########"),
        d=g.date("dmys", 2024, 2024),
        d2=g.date("dmy", 2024, 2024),
        vz=g.num("ticket_number", "MMB/######/####"),
    )


@item("cs")
def _(g):
    p = g.person("f")
    return g.fill(
        "Dobrý den, jmenuji se {n} a chtěla bych přihlásit dceru do školky. Její rodné číslo je {rc}, "
        "telefon na mě {ph}. Nástup od {d}.",
        n=g.name(p.full, "self_intro"),
        rc=g.rc("CZ", "slash", "f", 2020, 2021),
        ph=g.phone("CZ", "(+420) ### ### ###"),
        d=g.date("dmys"),
    )


@item("cs")
def _(g):
    return g.fill(
        "Potvrzuji objednávku {obj}. Kontakt pro dopravce: {ph} (jsem doma od {t}), e-mail "
        "{em}, IČO pro fakturu {ico}.",
        obj=g.num("order_number", "###########"),
        ph=g.phone("CZ", "###.###.###"),
        t=g.time("hm0"),
        em=g.email(g.person("m").mail("{f}.{l}+objednavky", "gmail.com")),
        ico=g.ico("sp"),
    )


@item("cs")
def _(g):
    p = g.person("f")
    return g.fill(
        "Vážená paní {v},\nposílám požadované doklady k žádosti o příspěvek.\n\n"
        "S úctou\nMUDr. {n}\n[[company:Ordinace praktického lékaře Kroměříž]]\n"
        "IČO {ico}\ntel.: {ph}",
        v=g.name(g.person("f").last, "salutation"),
        n=g.name(p.full, "signature"),
        ico=g.ico(),
        ph=g.phone("CZ", "### ### ###", "f", "57"),
    )


@item("cs")
def _(g):
    return g.fill(
        "Router [[product_code:Archer AX55]] od [[brand:T-Mobile]] po aktualizaci firmwaru {ver} padá "
        "každých {q} minut. Technik ({ph}) byl u nás {d}, ale nic nezjistil. Smlouva je na RČ {rc}.",
        ver=g.K("version", "1.1.4 Build 20230219"),
        q=g.K("quantity", "20"),
        ph=g.phone("CZ", "### ### ###"),
        d=g.date("dmys"),
        rc=g.rc("CZ", "slash"),
    )


@item("cs")
def _(g):
    return g.fill(
        "Prosím o zablokování dvou karet: {c1} a Maestro {c2}. Obě jsem ztratil {d} v [[city:Ostravě]]. "
        "Číslo klienta {kl}.",
        c1=g.card("mc", "grp"),
        c2=g.card("maestro", "grp"),
        d=g.date("dmys"),
        kl=g.num("invalid_checksum_number", "########"),
    )


@item("cs")
def _(g):
    st = g.pick(["Lipová", "Jiráskova", "Nádražní", "Komenského", "Školní"])
    return g.fill(
        "Doručení nábytku z [[brand:IKEA]] (obj. {obj}): adresa {addr}, 3. patro bez výtahu. "
        "Okno {t1}–{t2}, kontakt {ph}.",
        obj=g.num("order_number", "#########"),
        addr=g.addr(
            f"{st} {g.rng.randint(2, 60)}, {g.pick(['370 01 České Budějovice', '460 01 Liberec', '500 02 Hradec Králové'])}"
        ),
        **g.window(),
        ph=g.phone("CZ", "### ### ###"),
    )


@item("cs")
def _(g):
    return g.fill(
        "Hotel [[brand:Clarion]] v [[city:Olomouci]] – snídaně výborné, pokoj {room} ale s výhledem na "
        "parkoviště. Cena {amt} Kč za noc, pobyt {d1}–{d2}. Wi-Fi heslo na recepci je mimochodem na lístku "
        "u pokladny, to asi není ideální.",
        room=g.K("quantity", str(g.rng.randint(201, 512))),
        amt=g.amount(1900, 3900, "sp"),
        **g.stay("dm", "dmy"),
    )


@item("cs")
def _(g):
    a, b = g.person("m"), g.person("f")
    return g.fill(
        "Posílám podklady k přiznání za klienty:\n"
        "1) {n1}, DIČ {d1}\n"
        "2) {n2}, DIČ {d2}\n"
        "Termín podání {d}. Daňový poradce: [[company:Tax Partner s.r.o.]]",
        n1=g.name(a.rev, "other"),
        d1=g.P("tax_id", "CZ" + g.rc_digits("CZ", "m")),
        n2=g.name(b.rev, "other"),
        d2=g.P("tax_id", "CZ" + g.rc_digits("CZ", "f")),
        d=g.date("dmys"),
    )


@item("cs")
def _(g):
    p = g.person("m")
    return g.fill(
        "Tady {n} z [[company:Elektro Vlček]], volám kvůli vaší poptávce {pp}. Nechal jsem vzkaz, tak "
        "posílám i sem: ozvěte se na {ph}, díky.\n[[company:Elektro Vlček]], IČO {ico}",
        n=g.name(p.first, "self_intro"),
        pp=g.num("ticket_number", "PP-#####"),
        ph=g.phone("CZ", "### ### ###"),
        ico=g.ico("sp"),
    )


@item("cs")
def _(g):
    return g.fill(
        "Doplňuji k objednávce {obj}: platba převodem z polské firmy, NIP {nip}, účet {iban}. "
        "Fakturu prosím v EUR, kurz ke dni {d}.",
        obj=g.num("order_number", "########"),
        nip=g.nip("PLdash"),
        iban=g.iban("PL", "grp"),
        d=g.date("dmy"),
    )


@item("cs")
def _(g):
    good = g.ico()
    p = g.person("m")
    return g.fill(
        "Ve fakturačních údajích jsem uvedl IČO {bad}, což je překlep, správně {good}. Opravte to prosím "
        "u objednávky {obj}.\n\n{n} <{em}>\n{ph}",
        bad=g.typo(good),
        good=good,
        obj=g.num("order_number", "##########"),
        n=g.name(p.full, "signature"),
        em=g.email(p.mail("{j}{f}", "volny.cz")),
        ph=g.phone("CZ", "00420 #########"),
    )


# --------------------------------------------------------------------------- sk


@item("sk")
def _(g):
    return g.fill(
        "[[greeting_without_name:Dobrý deň]], reklamujem faktúru č. {inv} – účtovali ste mi {amt} € za službu, "
        "ktorú som si neobjednal.\nRodné číslo: {rc}\nTel. číslo: {ph}\nĎakujem.",
        inv=g.num("invoice_number", "##########"),
        amt=g.amount(5, 60, "sp,"),
        rc=g.rc("SK", "slash", "m"),
        ph=g.phone("SK", "0### ### ###"),
    )


@item("sk")
def _(g):
    return g.fill(
        "Na [[person_like_brand:Martinus]] nakupujem roky, ale objednávka {obj} z {d} prišla bez jednej knihy. "
        "Zaplatila som {amt} €, chýba titul za {amt2} €. Reklamácia {rk}, čakám už {q} dní.",
        obj=g.num("order_number", "##########"),
        d=g.date("dmys"),
        amt=g.amount(30, 90, "sp,"),
        amt2=g.amount(9, 25, "sp,"),
        rk=g.num("ticket_number", "R#######"),
        q=g.K("quantity", "12"),
    )


@item("sk")
def _(g):
    p = g.person("m")
    vat = g.icdph("SK")
    return g.fill(
        "Zasielam objednávku na {q} ks paliet, dodanie do {d}.\n\n"
        "S pozdravom\n{n}\n[[job_title:konateľ]]\n[[company:Drevotrans, s.r.o.]]\n"
        "IČO: {ico} | DIČ: {dic} | IČ DPH: {icdph}\nmobil: {ph}\n{em}",
        q=g.K("quantity", str(g.rng.randint(20, 120))),
        d=g.date("dmy"),
        n=g.name(p.full, "signature"),
        ico=g.ico(),
        dic=g.P("tax_id", vat.value[2:]),
        icdph=vat,
        ph=g.phone("SK", "+421 ### ### ###"),
        em=g.email(p.mail("{l}", "drevotrans.sk")),
    )


@item("sk")
def _(g):
    good = g.iban("SK", "grp")
    return g.fill(
        "Pri platbe som sa pomýlil v IBAN-e: zadal som {bad} a aplikácia napísala „neplatný IBAN“. Správny je "
        "{good}. Suma {amt} €, variabilný symbol {vs}, dátum {d}. Prečo mi potom zablokovali sumu na účte?",
        bad=g.typo(good),
        good=good,
        amt=g.amount(200, 3000, "sp,"),
        vs=g.num("order_number", "##########"),
        d=g.date("ymd8"),
    )


@item("sk")
def _(g):
    p = g.person("f")
    return g.fill(
        "Dobrý deň, volám sa {n}, som poistenka [[brand:Dôvera]] (RČ {rc}). Potrebujem preukaz poistenca, "
        "starý mi ukradli. Kontakt: {ph}, {em}.",
        n=g.name(p.full, "self_intro"),
        rc=g.rc("SK", "slash", "f"),
        ph=g.phone("SK", "0###/### ###"),
        em=g.email(p.mail("{f}.{l}", "azet.sk")),
    )


@item("sk")
def _(g):
    return g.fill(
        "Zásielka {trk} mala byť doručená včera. Kuriér [[brand:SPS]] mi volal z {ph1}, ja som bol v práci. "
        "Prosím o nové doručenie, môj kontakt {ph2} (aj Viber).",
        trk=g.num("tracking_number", "@@#########SK"),
        ph1=g.phone("SK", "00421 ### ### ###"),
        ph2=g.phone("SK", "+421#########"),
    )


@item("sk")
def _(g):
    p = g.person()
    return g.fill(
        "Hotel v [[city:Tatranskej Lomnici]] chcel zálohu, tak posielam kartu: {card}, platnosť {exp}. "
        "Rezervácia {res}, potvrdenie na {em}.",
        card=g.card("visa", "bare"),
        exp=g.K("date", f"{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 29)}"),
        res=g.num("order_number", "########"),
        em=g.email(p.mail("{f}{l}", "gmail.com")),
    )


@item("sk")
def _(g):
    p = g.person("f")
    st = g.pick(["Hlavná", "Štúrova", "Mlynská", "Jesenského", "Kuzmányho"])
    return g.fill(
        "ŽIADOSŤ O VYDANIE REZIDENTSKEJ KARTY\nRodné číslo žiadateľky: {rc}\n"
        "Trvalý pobyt: {addr}\nTelefón: {ph}\nE-mail: {em}\nDátum: {d}",
        rc=g.rc("SK", "bare", "f"),
        addr=g.addr(
            f"{st} {g.rng.randint(2, 80)}, {g.pick(['040 01 Košice', '010 01 Žilina', '974 01 Banská Bystrica'])}"
        ),
        ph=g.phone("SK", "0### ### ###"),
        em=g.email(p.mail("{f}.{l}", "post.sk")),
        d=g.date("dmy"),
    )


@item("sk")
def _(g):
    v1, v2, v3 = g.icdph("SK"), g.icdph("SK"), g.icdph("SK")
    return g.fill(
        "Zoznam odberateľov (export z účtovníctva):\n"
        "ico;dic;ic_dph;kontakt\n"
        "{i1};{d1};{v1};{e1}\n"
        "{i2};{d2};{v2};{e2}\n"
        "{i3};{d3};{v3};{e3}",
        i1=g.ico(),
        d1=g.P("tax_id", v1.value[2:]),
        v1=v1,
        e1=g.email("fakturacia@agrosev.sk"),
        i2=g.ico(),
        d2=g.P("tax_id", v2.value[2:]),
        v2=v2,
        e2=g.email("uctaren@kovopress-nitra.sk"),
        i3=g.ico(),
        d3=g.P("tax_id", v3.value[2:]),
        v3=v3,
        e3=g.email("info@penzion-pod-lesom.sk"),
    )


@item("sk")
def _(g):
    return g.fill(
        "Servis [[company:AutoMax Trnava]] mi účtoval {amt} € za výmenu bŕzd, v ponuke bolo {amt2} €. "
        "Na linke {ph}, kl. 25 ma prepájali trikrát. Faktúru prosím opraviť, IČO {ico}, zákazka {zak}.",
        amt=g.amount(300, 700, "sp,"),
        amt2=g.amount(200, 299, "sp,"),
        ph=g.phone("SK", "0##/### ## ##", "f", "33"),
        ico=g.ico(),
        zak=g.num("order_number", "Z-######"),
    )


@item("sk")
def _(g):
    p = g.person("m")
    return g.fill(
        "Stále bez odpovede.\n\n"
        "Dňa {d} o {t} {n} <{em}> napísal(a):\n"
        "> Vašu sťažnosť {st} sme postúpili na oddelenie reklamácií.\n"
        "> [[team_name:Zákaznícky servis]] [[brand:Slovak Telekom]]",
        d=g.date("dmys"),
        t=g.time("hm0"),
        n=g.name(p.full, "other"),
        em=g.email(p.mail("{f}.{l}", "telekom.sk")),
        st=g.num("ticket_number", "ST-########"),
    )


@item("sk")
def _(g):
    return g.fill(
        "Český dodávateľ [[company:Elektro Brno s.r.o.]] žiada údaje na faktúru. Ich DIČ {dic}, platba na "
        "{iban}. Naše IČ DPH je {icdph}. Splatnosť {q} dní od {d}.",
        dic=g.dic("CZ"),
        iban=g.iban("CZ", "bare"),
        icdph=g.icdph("SKs"),
        q=g.K("quantity", "14"),
        d=g.date("dmy"),
    )


@item("sk")
def _(g):
    return g.fill(
        "Poistná udalosť {pu}: manželka (RČ {rc}) mala úraz na lyžovačke. Plnenie prosím na účet "
        "{iban}. Lekárska správa v prílohe.",
        pu=g.num("invalid_checksum_number", "##########"),
        rc=g.rc("SK", "slash", "f"),
        iban=g.iban("SK", "lower"),
    )


@item("sk")
def _(g):
    p = g.person()
    return g.fill(
        "Chcem zrušiť členstvo vo fitku [[brand:Golem Club]], členské číslo {cc}. Posledná platba {amt} € "
        "bola {d}. Ozvite sa na {ph} alebo {em}. Preplatok vráťte na {iban}.",
        cc=g.num("invalid_checksum_number", "###########"),
        amt=g.amount(35, 60, "sp,"),
        d=g.date("dmy"),
        ph=g.phone("SK", "0###-###-###"),
        em=g.email(p.mail("{l}{f}", "zoznam.sk")),
        iban=g.iban("SK", "bare"),
    )


@item("sk")
def _(g):
    return g.fill(
        "dobry den, som mama jedneho ziaka z 3.A, mame nove cislo {ph}, stare uz nefunguje. "
        "ospravedlnenku posleme mailom na {em}",
        ph=g.phone("SK", "0### ### ###"),
        em=g.email("zs.hlavna@edu-skola.sk"),
    )


@item("sk")
def _(g):
    return g.fill(
        "EIC kód: {eic}\nZákaznícke číslo: {zc}\nRČ odberateľa: {rc}\n"
        "Preddavky ste od {d} zvýšili o {pct}, spotreba pritom klesla. Prosím o prepočet. Tel. {ph}",
        eic=g.num("invalid_checksum_number", "24ZSS#########@"),
        zc=g.num("invalid_checksum_number", "##########"),
        rc=g.rc("SK", "bare"),
        d=g.date("dmys"),
        pct=g.K("percent", "25 %"),
        ph=g.phone("SK", "+421 ### ### ###"),
    )


@item("sk")
def _(g):
    return g.fill(
        "Granule [[brand:Brit Care]] z e-shopu [[brand:Zoomania]] (obj. {obj}) prišli s roztrhnutým vrecom, {w} "
        "krmiva na zemi v krabici. Vrátili mi {pct} z {amt} €. Nabudúce radšej inde.",
        obj=g.num("order_number", "#######"),
        w=g.K("quantity", "2 kg"),
        pct=g.K("percent", "30 %"),
        amt=g.amount(40, 80, "sp,"),
    )


@item("sk")
def _(g):
    good = g.icdph("SK")
    return g.fill(
        "Na faktúre {fa} je chybné IČ DPH {bad}. Správne je {good}. Prosím o opravnú faktúru.",
        fa=g.num("invoice_number", "FA-####-#####"),
        bad=g.typo(good),
        good=good,
    )


@item("sk")
def _(g):
    vat = g.icdph("SKs")
    return g.fill(
        "Zmena fakturačných údajov od {d}:\n[[company:Účtovníctvo Plus, s.r.o.]]\n"
        "IČO:{ico}\nDIČ:{dic}\nIČ DPH: {icdph}\n"
        "faktúry posielajte na {em}",
        d=g.date("dmy"),
        ico=g.ico(),
        dic=g.P("tax_id", vat.value[3:]),
        icdph=vat,
        em=g.email("faktury+dodavatelia@uctovnictvoplus.sk"),
    )


@item("sk")
def _(g):
    return g.fill(
        "Vážená pani doktorka,\nposielam výsledky odberov z {d}. Kontrolu mám {d2} o {t}, "
        "je to stále platné? RČ {rc}",
        d=g.date("dmys"),
        d2=g.date("dm"),
        t=g.time("hm0"),
        rc=g.rc("SK", "sp1"),
    )


@item("sk")
def _(g):
    return g.fill(
        "Po aktualizácii na verziu {ver} sa nám v [[brand:SuperFaktúra]] nedajú exportovať faktúry. "
        "Účet {em}, tarifa [[product_code:Business]], IČO {ico}. Ticket {tk}.",
        ver=g.K("version", "2.41.0"),
        em=g.email("admin+sf@office.stavby-kral.sk"),
        ico=g.ico(),
        tk=g.num("ticket_number", "######"),
    )


@item("sk")
def _(g):
    return g.fill(
        "Predám detskú postieľku [[brand:Kinderkraft]], {amt} €, [[city:Prešov]]. Volajte {ph1} alebo {ph2} "
        "po {t}.",
        amt=g.amount(40, 120, "int"),
        ph1=g.phone("SK", "0### ### ###"),
        ph2=g.phone("SK", "0### ### ###"),
        t=g.time("hm0"),
    )


@item("sk")
def _(g):
    return g.fill(
        "-----Pôvodná správa-----\nOd: {ae}\nOdoslané: {d}\n"
        "Komu: <{be}>\nPredmet: cenová ponuka – zateplenie\n\n"
        "Cena {amt} € bez DPH, termín realizácie {d2}.\n[[company:Zateplenie SK s.r.o.]], IČO {ico}, IČ DPH {icdph}",
        ae=g.email("ponuky@zateplenie-sk.sk"),
        d=g.date("textd"),
        ico=g.ico(),
        icdph=g.icdph("SK"),
        be=g.email(g.person("m").mail("{i}{l}", "centrum.sk")),
        amt=g.amount(4000, 15000, "sp"),
        d2=g.date("dmy"),
    )


@item("sk")
def _(g):
    return g.fill(
        "Rakúsky dodávateľ: [[company:Fensterbau Huber GmbH]], UID {atu}, IBAN {iban}, tel. {ph}.\n"
        "Naše IČ DPH: {icdph}. Objednávka {obj}.",
        atu=g.atu("ATU"),
        iban=g.iban("AT", "grp"),
        ph=g.phone("AT", "+43 (0)### ### ####", "f", "662"),
        icdph=g.icdph("SK"),
        obj=g.num("order_number", "OBJ-####-###"),
    )


@item("sk")
def _(g):
    return g.fill(
        "Poľský odberateľ: NIP {nip}, účet {nrb}. Fakturujeme v PLN, kurz z {d}. Kontakt na ich účtovníčku: "
        "{em}",
        nip=g.nip("PL"),
        nrb=g.nrb("grp"),
        d=g.date("dmy"),
        em=g.email("ksiegowa@meble-kraw.pl"),
    )


@item("sk")
def _(g):
    return g.fill(
        "Zoznam účastníkov kurzu prvej pomoci ({d}):\n"
        "p.č. | rodné číslo | telefón\n"
        "1 | {r1} | {t1}\n2 | {r2} | {t2}\n3 | {r3} | {t3}\n"
        "Cena {amt} € za osobu.",
        d=g.date("dmy"),
        r1=g.rc("SK", "slash"),
        t1=g.phone("SK", "0### ### ###"),
        r2=g.rc("SK", "slash"),
        t2=g.phone("SK", "0### ### ###"),
        r3=g.rc("SK", "bare"),
        t3=g.phone("SK", "+421 ### ### ###"),
        amt=g.amount(30, 70, "int"),
    )


@item("sk")
def _(g):
    return g.fill(
        "Router [[product_code:Archer C6]] od [[brand:4ka]] po update na firmware {ver} stále reštartuje. "
        "Technik, čo bol u nás {d}, mi nechal číslo {ph}, ale nedvíha. Zmluva je na RČ {rc}.",
        ver=g.K("version", "1.3.9"),
        d=g.date("dmys"),
        ph=g.phone("SK", "0### ### ###"),
        rc=g.rc("SK", "slash"),
    )


@item("sk")
def _(g):
    return g.fill(
        "Stratil som peňaženku, prosím blokovať karty {c1} a {c2}. Klientske číslo {kl}, stalo sa to {d} "
        "okolo {t}.",
        c1=g.card("visa", "grp"),
        c2=g.card("maestro", "bare"),
        kl=g.num("invalid_checksum_number", "########"),
        d=g.date("dmys"),
        t=g.time("hm0"),
    )


@item("sk")
def _(g):
    st = g.pick(["Sládkovičova", "Námestie SNP", "Kollárova", "Dlhá"])
    return g.fill(
        "Doručenie kuchynskej linky (obj. {obj}): {addr}, 4. poschodie. Kontakt {ph}, "
        "prosím volať aspoň hodinu vopred. Okno {t1}–{t2}.",
        obj=g.num("order_number", "#########"),
        addr=g.addr(
            f"{st} {g.rng.randint(2, 40)}, {g.pick(['917 01 Trnava', '949 01 Nitra', '080 01 Prešov'])}"
        ),
        ph=g.phone("SK", "0### ### ###"),
        **g.window(),
    )


@item("sk")
def _(g):
    return g.fill(
        "Penzión pri [[city:Bojniciach]] – izba {room} čistá, raňajky slabšie. Zaplatili sme {amt} € za "
        "{q} noci, termín {d1} – {d2}. Zľava {pct} pre členov klubu nefungovala.",
        room=g.K("quantity", str(g.rng.randint(3, 24))),
        amt=g.amount(150, 400, "sp,"),
        q=g.K("quantity", "3"),
        **g.stay("dm", "dmy", 3),
        pct=g.K("percent", "10 %"),
    )


@item("sk")
def _(g):
    return g.fill(
        "Agent: Dobrý deň, s čím vám môžem pomôcť?\n"
        "Klient: chcem prepísať zmluvu na syna, jeho RČ {rc}\n"
        "Agent: Ďakujem. Požiadavka {pz} je zaevidovaná.",
        rc=g.rc("SK", "sp", "m"),
        pz=g.num("ticket_number", "REQ-########"),
    )


@item("sk")
def _(g):
    p = g.person("m")
    return g.fill(
        "Tu {n} z firmy [[company:Stavebniny Kollár]], píšem kvôli dopytu {dp}. Zavolajte mi na {ph} alebo na "
        "pevnú linku {ph2}.",
        n=g.name(p.first, "self_intro"),
        dp=g.num("ticket_number", "D-#####"),
        ph=g.phone("SK", "0### ### ###"),
        ph2=g.phone("SK", "+421 # #### ####", "f", "2"),
    )


@item("sk")
def _(g):
    return g.fill(
        "Miestny poplatok za komunálny odpad na rok {y}: {amt} €, variabilný symbol {vs}, splatnosť {d}. "
        "[[company:Mestský úrad Martin]] eviduje nedoplatok {amt2} €, ale platba odišla {d2}.",
        y=g.K("date", "2024"),
        amt=g.amount(30, 90, "sp,"),
        vs=g.num("order_number", "##########"),
        d=g.date("dmys", 2024, 2024),
        amt2=g.amount(2, 20, "sp,"),
        d2=g.date("dmy", 2024, 2024),
    )


@item("sk")
def _(g):
    return g.fill(
        "Náš britský zákazník [[company:Hillside Crafts Ltd]] (VAT {gb}) tvrdí, že platbu poslal na {iban}. "
        "My sme ju nevideli. Faktúra {fa}, suma {amt} GBP.",
        gb=g.gbvat("GBs"),
        iban=g.iban("GB", "grp"),
        fa=g.num("invoice_number", "####/####"),
        amt=g.amount(500, 5000, ",."),
    )


@item("sk")
def _(g):
    return g.fill(
        "Podávam daňové priznanie ako SZČO: DIČ {dic}, RČ {rc}. Daňový úrad [[city:Nitra]] mi poslal výzvu "
        "{vz} z {d}, ktorej nerozumiem.",
        dic=g.P("tax_id", g.icdph("bare").value),
        rc=g.rc("SK", "slash"),
        vz=g.num("ticket_number", "#######/####"),
        d=g.date("dmy"),
    )


@item("sk")
def _(g):
    return g.fill(
        "PÍŠTE MI NA {em}, na starý mail už nechodím. A číslo {ph} je stále aktuálne. Objednávka {obj}, "
        "faktúra na IČO:{ico}",
        em=g.email(g.person("m").mail("{f}.{l}", "gmail.com").upper()),
        ph=g.phone("SK", "+421 ### ### ###"),
        obj=g.num("order_number", "##########"),
        ico=g.ico(),
    )


@item("sk")
def _(g):
    tok = "".join(g.rng.choice("0123456789abcdef") for _ in range(48))
    return g.fill(
        "Link na reset hesla {url} mi hlási „token expired“, aj keď som klikol hneď. Účet {em}.",
        url=g.P("url_token", f"https://moj.eshop-elektro.sk/account/reset?t={tok}"),
        em=g.email(g.person().mail("{f}{j}", "pobox.sk")),
    )


@item("sk")
def _(g):
    return g.fill(
        "Služobná cesta – letenky platené firemnou kartou {card} (Amex). Hotel vo [[city:Viedni]] platený "
        "kartou {card2}. Vyúčtovanie cestovného {amt} €, číslo cesty {cc}.",
        card=g.card("amex", "bare"),
        card2=g.card("mc", "grp"),
        amt=g.amount(400, 2000, "sp,"),
        cc=g.num("order_number", "CP-####-##"),
    )


@item("sk")
def _(g):
    p = g.person("f")
    return g.fill(
        "Vážený pán {v},\npracujem v Nemecku a potrebujem potvrdenie o príjme. Moje nemecké daňové "
        "identifikačné číslo (Steuer-ID) je {idnr}, slovenské RČ {rc}.\n\nS pozdravom\n{n}",
        v=g.name(g.person("m").last, "salutation"),
        idnr=g.idnr("grp"),
        rc=g.rc("SK", "slash", "f"),
        n=g.name(p.full, "signature"),
    )


@item("sk")
def _(g):
    good = g.ico()
    return g.fill(
        "IČO {bad} vo formulári je preklep, správne {good}. Centrála: {ph}",
        bad=g.typo(good),
        good=good,
        ph=g.phone("SK", "+421 # #### ####", "f", "2"),
    )


# --------------------------------------------------------------------------- ru


@item("ru")
def _(g):
    return g.fill(
        "[[greeting_without_name:Добрый день]]! С {d} с моего номера {ph} (автоплатёж с карты {card}) списывают по {amt} руб. за подписку, "
        "которую я не подключал. Лицевой счёт {ls}. Прошу вернуть деньги и отключить услугу. [[brand:МТС]], "
        "это уже третье обращение ({obr}).",
        d=g.date("dmy"),
        ph=g.phone("RU", "+7 (###) ###-##-##"),
        card=g.card("mir", "grp"),
        amt=g.amount(99, 399, "int"),
        ls=g.num("invalid_checksum_number", "############"),
        obr=g.num("ticket_number", "#########"),
    )


@item("ru")
def _(g):
    return g.fill(
        "Заказ {zak} на [[brand:Ozon]]: пылесос [[brand:Dreame]] ({art}) пришёл без насадок. Заплатила "
        "{amt} ₽, продавец [[company:ТехноМир]] предлагает компенсацию {pct}. Доставка {d}, пункт выдачи "
        "закрыт по вторникам.",
        zak=g.num("order_number", "########-####"),
        art=g.K("product_code", "арт. " + g.d(9, True)),
        amt=g.amount(8000, 25000, "sp"),
        pct=g.K("percent", "15%"),
        d=g.date("dmy"),
    )


@item("ru")
def _(g):
    p = g.person("m")
    return g.fill(
        "Направляю счёт на оплату по договору {dog}.\n\n"
        "С уважением,\n{n}\n[[job_title:менеджер по закупкам]]\n[[company:ООО «Стройресурс»]]\n"
        "ИНН {inn} / КПП {kpp}\nОГРН {ogrn}\nтел.: {ph} доб. {ext}\n{em}",
        dog=g.num("order_number", "##/##-П"),
        n=g.name(p.fio, "signature"),
        inn=g.inn(10),
        kpp=g.rng.choice(["77", "50", "78"]) + g.d(2) + "01001",
        ogrn=g.ogrn(13),
        ph=g.phone("RU", "+7 (###) ###-##-##", "f", "495"),
        ext=str(g.rng.randint(100, 399)),
        em=g.email(p.mail("{i}.{l}", "stroyresurs.ru")),
    )


@item("ru")
def _(g):
    return g.fill(
        "Ошибочно перевела {amt} руб. на карту {bad} вместо {good}. Перевод от {d} в {t}, номер операции "
        "{op}. Помогите вернуть, пожалуйста. Связь: {ph}",
        amt=g.amount(2000, 40000, "sp"),
        bad=g.card("mir", "grp"),
        good=g.card("mir", "grp"),
        d=g.date("dmy"),
        t=g.time("hm0"),
        op=g.num("order_number", "##########"),
        ph=g.phone("RU", "8 ### ### ## ##"),
    )


@item("ru")
def _(g):
    p = g.person("f")
    return g.fill(
        "Здравствуйте, меня зовут {n}. Для оформления на работу прошу внести мои данные: СНИЛС {snils}, "
        "ИНН {inn}. Телефон для связи {ph}, почта {em}.",
        n=g.name(f"{p.first} {p.last}", "self_intro"),
        snils=g.snils("grp"),
        inn=g.inn(12),
        ph=g.phone("RU", "8-###-###-##-##"),
        em=g.email(p.mail("{f}.{l}", "yandex.ru")),
    )


@item("ru")
def _(g):
    doc = g.person("f")
    pat = g.person("m")
    return g.fill(
        "Уважаемая {v}!\nПересылаю результаты анализов от {d}. Запись на повторный приём на {d2} в {t} "
        "ещё актуальна? СНИЛС {snils}.\n\n{n}",
        v=g.name(doc.io, "salutation"),
        d=g.date("dmy"),
        d2=g.date("dm"),
        t=g.time("hm0"),
        snils=g.snils("bare"),
        n=g.name(f"{pat.last} {pat.first[0]}. {pat.pat[0]}.", "signature"),
    )


@item("ru")
def _(g):
    return g.fill(
        "Посылка [[brand:СДЭК]] {trk} уже неделю «в пути». Курьер звонил с номера {ph1}, но я не успел взять "
        "трубку. Перезвоните на {ph2} или напишите в Telegram, а лучше на почту {em}",
        trk=g.num("tracking_number", "##########"),
        ph1=g.phone("RU", "8##########"),
        ph2=g.phone("RU", "+7 ### ###-##-##"),
        em=g.email(g.person("m").mail("{f}{l}", "bk.ru")),
    )


@item("ru")
def _(g):
    p = g.person()
    return g.fill(
        "Бронирование №{br}, номер «стандарт», заезд {d}. Для гарантии брони указываю карту {card}, срок "
        "действия {exp}. Подтверждение прошу на {em}, телефон {ph}.",
        br=g.num("order_number", "########"),
        d=g.date("dmy"),
        card=g.card("visa", "grp"),
        exp=g.K("date", f"{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 29)}"),
        em=g.email(p.mail("{f}{l}", "mail.ru")),
        ph=g.phone("RU", "+7##########"),
    )


@item("ru")
def _(g):
    p = g.person("f")
    return g.fill(
        "ЗАЯВЛЕНИЕ\nФИО: {n}\nИНН: {inn}\nСНИЛС: {snils}\n"
        "Адрес регистрации: {addr}\nТелефон: {ph}\nДата: {d}",
        n=g.name(p.fio, "self_intro"),
        inn=g.inn(12),
        snils=g.snils("grp"),
        addr=g.addr(
            g.pick(
                [
                    "г. Казань, ул. Баумана, д. 17, кв. 4",
                    "г. Самара, ул. Ленинская, д. 104, кв. 31",
                    "г. Тверь, пр-т Чайковского, д. 9, кв. 56",
                ]
            )
        ),
        ph=g.phone("RU", "8 (###) ###-##-##"),
        d=g.date("dmy"),
    )


@item("ru")
def _(g):
    return g.fill(
        "Список слушателей курсов повышения квалификации ({d}):\n"
        "№ | СНИЛС | ИНН | телефон\n"
        "1 | {s1} | {i1} | {t1}\n"
        "2 | {s2} | {i2} | {t2}\n"
        "Оплата {amt} руб. с человека.",
        d=g.date("dmy"),
        s1=g.snils("grp"),
        i1=g.inn(12),
        t1=g.phone("RU", "8 ### ### ## ##"),
        s2=g.snils("grp"),
        i2=g.inn(12),
        t2=g.phone("RU", "8 ### ### ## ##"),
        amt=g.amount(5000, 15000, "sp"),
    )


@item("ru")
def _(g):
    return g.fill(
        "Машина в сервисе [[company:АвтоЛюкс]] с {d}, заказ-наряд {zn}. Звоню на {ph}, доб. 45 – никто не "
        "отвечает. Предварительная сумма была {amt} руб., теперь говорят о {amt2}. Счёт выставлять на "
        "организацию: ИНН {inn}.",
        d=g.date("dmy"),
        zn=g.num("order_number", "ЗН-######"),
        ph=g.phone("RU", "8 (###) ###-##-##", "f", "812"),
        amt=g.amount(12000, 25000, "sp"),
        amt2=g.amount(30000, 60000, "sp"),
        inn=g.inn(10),
    )


@item("ru")
def _(g):
    p = g.person("f")
    return g.fill(
        "Ответа так и нет.\n\n"
        '{d}, {t}, "{n}" <{em}>:\n'
        "> Ваше обращение {obr} принято в работу. Срок рассмотрения – 10 рабочих дней.\n"
        "> [[team_name:Служба поддержки]] [[brand:Wildberries]]",
        d=g.date("dmy"),
        t=g.time("hm0"),
        n=g.name(p.full, "other"),
        em=g.email(p.mail("{i}.{l}", "support-wb.ru")),
        obr=g.num("ticket_number", "#########"),
    )


@item("ru")
def _(g):
    return g.fill(
        "Полис ОСАГО {pol}. ДТП {d}, виновник скрылся. Пострадавший – мой муж, его СНИЛС {snils}. "
        "Выплату прошу на карту {card}. Мой телефон {ph}.",
        pol=g.K(
            "invalid_checksum_number", "ХХХ " + g.num("invalid_checksum_number", "##########").value
        ),
        d=g.date("dmy"),
        snils=g.snils("sp"),
        card=g.card("mir", "bare"),
        ph=g.phone("RU", "+7 ### ### ## ##"),
    )


@item("ru")
def _(g):
    return g.fill(
        "Прошу изменить реквизиты в личном кабинете (договор {dog}):\n[[company:ООО «Бухгалтер Плюс»]]\n"
        "ИНН:{inn}\nОГРН:{ogrn}\nСчета направлять на {em}",
        dog=g.num("order_number", "Д-####/##"),
        inn=g.inn(10),
        ogrn=g.ogrn(13),
        em=g.email("buh+scheta@buhplus-spb.ru"),
    )


@item("ru")
def _(g):
    return g.fill(
        "Реквизиты ИП для договора аренды: ИНН {inn}, ОГРНИП {ogrn}. Арендная плата {amt} руб. в месяц, "
        "первый платёж до {d}.",
        inn=g.inn(12),
        ogrn=g.ogrn(15),
        amt=g.amount(20000, 90000, "sp"),
        d=g.date("text"),
    )


@item("ru")
def _(g):
    return g.fill(
        "здравствуйте, это мама {c} из 2 «Б». у нас новый номер {ph}, старый не работает. "
        "справку от врача пришлю на почту школы",
        c=g.name(g.pick(["саши", "миши", "даши", "вани", "кати"]), "other"),
        ph=g.phone("RU", "8##########"),
    )


@item("ru")
def _(g):
    return g.fill(
        "Лицевой счёт {ls}, счётчик воды №{sch}. Показания передавала {d}: {pok} м³, а в квитанции "
        "начисление по нормативу – {amt} руб. Прошу сделать перерасчёт. Обращение {obr}.",
        ls=g.num("invalid_checksum_number", "##########"),
        sch=g.num("invalid_checksum_number", "########"),
        d=g.date("dmy"),
        pok=g.K("quantity", str(g.rng.randint(100, 900))),
        amt=g.amount(1500, 5000, ".,"),
        obr=g.num("ticket_number", "##-####"),
    )


@item("ru")
def _(g):
    good = g.inn(10)
    return g.fill(
        "В счёте {sch} указан ИНН {bad}, а правильный ИНН нашей организации {good}. Исправьте, пожалуйста, "
        "иначе бухгалтерия не примет документ.",
        sch=g.num("invoice_number", "№ ####"),
        bad=g.typo(good),
        good=good,
    )


@item("ru")
def _(g):
    return g.fill(
        "Корм [[brand:Monge]] {w} в [[brand:Четыре Лапы]] по акции стоил {amt} ₽, на кассе пробили полную "
        "цену. Чек {chk} от {d}, скидка {pct} так и не применилась.",
        w=g.K("quantity", "10 кг"),
        amt=g.amount(2000, 6000, "sp"),
        chk=g.num("invoice_number", "####"),
        d=g.date("dmy"),
        pct=g.K("percent", "20%"),
    )


@item("ru")
def _(g):
    return g.fill(
        "Хочу расторгнуть абонемент в [[brand:World Class]], карта клиента {kk}. Связаться со мной можно по "
        "телефону {ph1} или {ph2} (рабочий), после {t}. Почта: {em}",
        kk=g.num("invalid_checksum_number", "############"),
        ph1=g.phone("RU", "8 ### ### ## ##"),
        ph2=g.phone("RU", "8 (###) ###-##-##", "f", "495"),
        t=g.time("hm0"),
        em=g.email(g.person("f").mail("{l}_{f}", "list.ru")),
    )


@item("ru")
def _(g):
    tok = "".join(g.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(36))
    return g.fill(
        "Ссылка для сброса пароля {url} не открывается, пишет «срок действия истёк». Логин {em}, "
        "приложение версии {ver}.",
        url=g.P("url_token", f"https://id.kinobilet-demo.ru/restore?key={tok}"),
        em=g.email(g.person("m").mail("{f}.{l}", "rambler.ru").upper()),
        ver=g.K("version", "5.12.1"),
    )


@item("ru")
def _(g):
    return g.fill(
        "Продам велосипед [[brand:Stels]], {amt} ₽, самовывоз [[city:Екатеринбург]]. Звоните {ph} или пишите "
        "в WhatsApp, торг уместен. Объявление {ob}.",
        amt=g.amount(5000, 20000, "sp"),
        ph=g.phone("RU", "+7 ### ###-##-##"),
        ob=g.num("order_number", "##########"),
    )


@item("ru")
def _(g):
    a = g.person("f")
    return g.fill(
        "-------- Пересылаемое сообщение --------\n"
        "{d}, {t}, {an} <{ae}>:\n\n"
        "Коммерческое предложение: {q} ноутбуков, {amt} руб. с НДС. Реквизиты поставщика – ИНН {inn}.",
        d=g.date("dmy"),
        t=g.time("hm0"),
        an=g.name(a.full, "other"),
        ae=g.email(a.mail("{f}.{l}", "techpostavka.ru")),
        q=g.K("quantity", str(g.rng.randint(10, 60))),
        amt=g.amount(500000, 2000000, "sp"),
        inn=g.inn(10),
    )


@item("ru")
def _(g):
    return g.fill(
        "Немецкий поставщик [[company:Maschinenbau Vogel GmbH]] прислал реквизиты: USt-IdNr. {ust}, "
        "IBAN {iban}. Наш ИНН {inn}. Проверьте, пожалуйста, до {d}.",
        ust=g.ustid("DE"),
        iban=g.iban("DE", "grp"),
        inn=g.inn(10),
        d=g.date("dmy"),
    )


@item("ru")
def _(g):
    return g.fill(
        "Поставщик из Польши: NIP {nip}, IBAN {iban}. Контакт: {em}, тел. {ph}. Инвойс {inv}.",
        nip=g.nip("dash"),
        iban=g.iban("PL", "bare"),
        em=g.email("export@polmeb-eksport.pl"),
        ph=g.phone("PL", "+48 ## ### ## ##", "f", "61"),
        inv=g.num("invoice_number", "INV/####/##"),
    )


@item("ru")
def _(g):
    a = g.person("f")
    return g.fill(
        "Оператор {an}: Здравствуйте! Чем могу помочь?\n"
        "Клиент: не могу подтвердить учётную запись, СНИЛС {snils}\n"
        "Оператор {an}: Спасибо. Создана заявка {z}, ожидайте SMS.",
        an=g.name(a.first, "other"),
        snils=g.snils("dash"),
        z=g.num("ticket_number", "###-###-###"),
    )


@item("ru")
def _(g):
    return g.fill(
        "Прошу заблокировать карты {c1} и {c2}, украли сумку {d} около {t}. Звоните на {ph}, "
        "ответ можно прислать на {em}.",
        c1=g.card("mir", "grp"),
        c2=g.card("visa", "dash"),
        d=g.date("dmy"),
        t=g.time("hm0"),
        ph=g.phone("RU", "8 ### ### ## ##"),
        em=g.email(g.person("f").mail("{f}.{l}", "mail.ru")),
    )


@item("ru")
def _(g):
    return g.fill(
        "Доставка дивана (заказ {zak}): {addr}, подъезд 2, этаж 7. Телефон {ph}, окно доставки {t1}–{t2}.",
        zak=g.num("order_number", "#########"),
        addr=g.addr(
            g.pick(
                [
                    "ул. Профсоюзная, д. 12, кв. 45",
                    "Ленинский пр-т, д. 88, кв. 201",
                    "ул. Гагарина, д. 3, кв. 17",
                ]
            )
        ),
        ph=g.phone("RU", "+7 (###) ###-##-##"),
        **g.window(),
    )


@item("ru")
def _(g):
    return g.fill(
        "Гостиница [[brand:Азимут]] в [[city:Сочи]]: номер {room} с видом на стройку, завтраки однообразные. "
        "Отдали {amt} руб. за {q} ночи ({d1}–{d2}). Оценка {score}.",
        room=g.K("quantity", str(g.rng.randint(100, 720))),
        amt=g.amount(20000, 60000, "sp"),
        q=g.K("quantity", "4"),
        **g.stay("dmshort", "dmy", 4),
        score=g.K("quantity", "6/10"),
    )


@item("ru")
def _(g):
    a, b = g.person("m"), g.person("f")
    return g.fill(
        "Для расчёта зарплаты:\n{n1} – ИНН {i1}, СНИЛС {s1}\n{n2} – ИНН {i2}, СНИЛС {s2}",
        n1=g.name(f"{a.last} {a.first[0]}. {a.pat[0]}.", "other"),
        i1=g.inn(12),
        s1=g.snils("grp"),
        n2=g.name(f"{b.last} {b.first[0]}.{b.pat[0]}.", "other"),
        i2=g.inn(12),
        s2=g.snils("bare"),
    )


@item("ru")
def _(g):
    return g.fill(
        "Заявление на налоговый вычет подано {d}, ИНН {inn}. Возврат {amt} руб. прошу перечислить на "
        "карту {card}. Номер заявления {z}.",
        d=g.date("dmy"),
        inn=g.inn(12),
        amt=g.amount(10000, 52000, "sp"),
        card=g.card("mir", "bare"),
        z=g.num("ticket_number", "########"),
    )


@item("ru")
def _(g):
    return g.fill(
        "Вас беспокоит [[company:ООО «Клининг Про»]] по заявке {z}. Уборка назначена на {d}, {t}. "
        "Если время не подходит, перезвоните {ph} или напишите {em}.\nИНН {inn}, ОГРН {ogrn}",
        z=g.num("ticket_number", "КП-#####"),
        d=g.date("text"),
        t=g.time("hm0"),
        ph=g.phone("RU", "8 (###) ###-##-##", "f", "343"),
        em=g.email("zakaz@klining-pro.ru"),
        inn=g.inn(10),
        ogrn=g.ogrn(13),
    )


@item("ru")
def _(g):
    return g.fill(
        "Обращение в [[company:МФЦ]] №{obr} от {d}, запись на {t}. Документы не готовы, хотя срок "
        "{q} рабочих дней прошёл. Окно {okno}, очередь {tal}.",
        obr=g.num("ticket_number", "####-#####-####"),
        d=g.date("dmy"),
        t=g.time("hm0"),
        q=g.K("quantity", "10"),
        okno=g.K("quantity", str(g.rng.randint(1, 30))),
        tal=g.K("ticket_number", "Б" + g.d(3, True)),
    )


@item("ru")
def _(g):
    return g.fill(
        "Акт сверки за [[date:I квартал]]:\n"
        "ИНН | контрагент | сумма\n"
        "{i1} | [[company:ООО «Вектор»]] | {a1}\n"
        "{i2} | [[company:АО «Северсталь-Сервис»]] | {a2}\n"
        "{i3} | [[company:ИП Орлов]] | {a3}",
        i1=g.inn(10),
        a1=g.amount(10000, 900000, "sp,"),
        i2=g.inn(10),
        a2=g.amount(10000, 900000, "sp,"),
        i3=g.inn(12),
        a3=g.amount(10000, 900000, "sp,"),
    )


@item("ru")
def _(g):
    return g.fill(
        "Возврат товара по заказу {zak} оформлен, но деньги не пришли (оплата была картой {card}). "
        "Пишите на {em}. Или звоните: {ph}.",
        zak=g.num("order_number", "##########"),
        em=g.email(g.person("m").mail("{l}.{i}", "yandex.ru")),
        ph=g.phone("RU", "8-###-###-##-##"),
        card=g.card("mir", "grp"),
    )


@item("ru")
def _(g):
    good = g.card("visa", "bare")
    return g.fill(
        "В анкете указал номер карты {bad}, это опечатка, правильный {good}. Проверьте, пожалуйста, заявку {z}.",
        bad=g.typo(good),
        good=good,
        z=g.num("ticket_number", "#######"),
    )


@item("ru")
def _(g):
    return g.fill(
        "Контакты для курьера: тел.{ph1}, моб.{ph2}. Заказ {zak}, оплата при получении {amt} ₽.",
        ph1=g.phone("RU", "+7##########"),
        ph2=g.phone("RU", "8##########"),
        zak=g.num("order_number", "#######"),
        amt=g.amount(1000, 9000, "sp"),
    )


@item("ru")
def _(g):
    return g.fill(
        "Британский клиент [[company:Northgate Tools Ltd]], VAT {gb}, просит счёт в фунтах. Банк клиента: "
        "IBAN {iban}. Сумма {amt} GBP, инвойс {inv}.",
        gb=g.gbvat("GB"),
        iban=g.iban("GB", "grp"),
        amt=g.amount(1000, 20000, ",."),
        inv=g.num("invoice_number", "INV-#####"),
    )


@item("ru")
def _(g):
    return g.fill(
        "Роутер [[product_code:Keenetic Giga KN-1011]] после обновления прошивки {ver} отваливается каждые "
        "{q} минут. Мастер [[brand:Ростелеком]] был {d}, оставил номер {ph}, но трубку не берёт.",
        ver=g.K("version", "4.1.7"),
        q=g.K("quantity", "15"),
        d=g.date("dmy"),
        ph=g.phone("RU", "+7 ### ### ## ##"),
    )


@item("ru")
def _(g):
    return g.fill(
        "ИНН {inn} – это наша организация, а в договоре {dog} указан чужой. Исправленный экземпляр "
        "пришлите на {em}",
        inn=g.inn(10),
        dog=g.num("order_number", "№ ##/####"),
        em=g.email("dogovor@tk-magistral.ru"),
    )


# --------------------------------------------------------------------------- uk


@item("uk")
def _(g):
    return g.fill(
        "[[greeting_without_name:Добрий день]]! З {d} з мого номера {ph} щомісяця знімають {amt} грн за "
        "послугу, яку я не замовляв. Особовий рахунок {os}. Прошу повернути кошти на картку {card}. [[brand:Київстар]], "
        "звернення {zv}.",
        d=g.date("dmy"),
        ph=g.phone("UA", "+380 ## ### ####"),
        amt=g.amount(30, 150, "int"),
        os=g.num("invalid_checksum_number", "############"),
        card=g.card("mc", "grp"),
        zv=g.num("ticket_number", "#########"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Замовлення {zam} на [[brand:Rozetka]]: кавоварка [[brand:De'Longhi]] ({pc}) приїхала з тріснутим "
        "баком. Заплатила {amt} грн, повернення оформили {d}, а гроші досі не надійшли. Знижка {pct} – "
        "не компенсація.",
        zam=g.num("order_number", "#########"),
        pc=g.K("product_code", "EC685.M"),
        amt=g.amount(6000, 15000, "sp"),
        d=g.date("dmy"),
        pct=g.K("percent", "10%"),
    )


@item("uk")
def _(g):
    p = g.person("m")
    return g.fill(
        "Надсилаю рахунок-фактуру {rf} за поставку насіння.\n\n"
        "З повагою,\n{n}\n[[job_title:директор]]\n[[company:ТОВ «Агросвіт Поділля»]]\n"
        "код ЄДРПОУ {edr}\nIBAN {iban}\nтел. {ph}\n{em}",
        rf=g.num("invoice_number", "СФ-#####"),
        n=g.name(p.fio, "signature"),
        edr=g.edrpou(),
        iban=g.iban("UA", "grp"),
        ph=g.phone("UA", "+380 ## ### ## ##", "f", "44"),
        em=g.email(p.mail("{l}", "agrosvit-podillia.com.ua")),
    )


@item("uk")
def _(g):
    return g.fill(
        "Карту {card} заблокували без пояснень після платежу {amt} грн в інтернет-магазині. Номер операції "
        "{op}, дата {d}. Зателефонуйте мені, будь ласка: {ph}",
        card=g.card("mc", "grp"),
        amt=g.amount(500, 9000, "sp"),
        op=g.num("order_number", "############"),
        d=g.date("dmy"),
        ph=g.phone("UA", "0## ### ## ##"),
    )


@item("uk")
def _(g):
    p = g.person("f")
    return g.fill(
        "Доброго дня, мене звати {n}. У застосунку [[brand:Дія]] не підтягується мій РНОКПП {rnokpp}, "
        "через це не можу подати декларацію. Пишіть на {em} або дзвоніть {ph}.",
        n=g.name(p.full, "self_intro"),
        rnokpp=g.rnokpp(),
        em=g.email(p.mail("{f}.{l}", "ukr.net")),
        ph=g.phone("UA", "(0##) ###-##-##"),
    )


@item("uk")
def _(g):
    doc = g.person("f")
    pat = g.person("m")
    return g.fill(
        "Шановна пані {v}!\nНадсилаю результати аналізів від {d}. Декларація з лікарем {dek}. Чи потрібно "
        "приходити на огляд {d2}? Мій РНОКПП {rnokpp}.\n\nЗ повагою, {n}",
        v=g.name(doc.voc, "salutation"),
        d=g.date("dmy"),
        dek=g.num("invalid_checksum_number", "####-####-####"),
        d2=g.date("dm"),
        rnokpp=g.rnokpp(),
        n=g.name(pat.full, "signature"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Посилка [[brand:Нова Пошта]], ТТН {ttn}, третій день «прямує до відділення». Кур'єр дзвонив з {ph1}, "
        "я не встиг відповісти. Мій номер {ph2}, можна у Viber, або пишіть на {em}.",
        ttn=g.num("tracking_number", "20450#########"),
        ph1=g.phone("UA", "+380#########"),
        ph2=g.phone("UA", "0## ### ## ##"),
        em=g.email(g.person("m").mail("{f}.{l}", "gmail.com")),
    )


@item("uk")
def _(g):
    p = g.person()
    return g.fill(
        "Бронювання {br}, готель у [[city:Львові]], заїзд {d}. Для гарантії вказую картку {card}, діє до {exp}. "
        "Підтвердження на {em}.",
        br=g.num("order_number", "#########"),
        d=g.date("dmy"),
        card=g.card("visa", "dash"),
        exp=g.K("date", f"{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 29)}"),
        em=g.email(p.mail("{f}{l}", "gmail.com")),
    )


@item("uk")
def _(g):
    p = g.person("m")
    return g.fill(
        "ЗАЯВА\nПІБ: {n}\nРНОКПП: {rnokpp}\nАдреса: {addr}\nТелефон: {ph}\nДата: {d}",
        n=g.name(p.fio, "self_intro"),
        rnokpp=g.rnokpp(),
        addr=g.addr(
            g.pick(
                [
                    "вул. Хрещатик, 22, кв. 5, м. Київ, 01001",
                    "вул. Городоцька, 118, кв. 12, м. Львів",
                    "просп. Науки, 40, кв. 77, м. Харків",
                ]
            )
        ),
        ph=g.phone("UA", "+38 (0##) ###-##-##"),
        d=g.date("dmy"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Список працівників на медогляд {d}:\n"
        "№ | РНОКПП | телефон\n"
        "1 | {r1} | {t1}\n2 | {r2} | {t2}\n3 | {r3} | {t3}",
        d=g.date("dmy"),
        r1=g.rnokpp(),
        t1=g.phone("UA", "0#########"),
        r2=g.rnokpp(),
        t2=g.phone("UA", "0## ### ## ##"),
        r3=g.rnokpp(),
        t3=g.phone("UA", "+380 ## ### ## ##"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Авто на СТО [[company:Автодім]] з {d}, наряд-замовлення {nz}. Телефоную на {ph}, дод. 12 – ніхто не "
        "бере. Кошторис був {amt} грн, тепер кажуть про {amt2}. Рахунок виписуйте на ФОП, РНОКПП {rnokpp}.",
        d=g.date("dmy"),
        nz=g.num("order_number", "НЗ-#####"),
        ph=g.phone("UA", "(0##) ###-##-##", "f", "44"),
        amt=g.amount(5000, 12000, "sp"),
        amt2=g.amount(15000, 30000, "sp"),
        rnokpp=g.rnokpp(),
    )


@item("uk")
def _(g):
    p = g.person("f")
    return g.fill(
        "Відповіді досі немає.\n\n"
        "{d} о {t} {n} <{em}> пише:\n"
        "> Ваше звернення {zv} передано до відділу претензій.\n"
        "> [[team_name:Служба підтримки]] [[brand:Епіцентр]]",
        d=g.date("text"),
        t=g.time("hm0"),
        n=g.name(p.full, "other"),
        em=g.email(p.mail("{f}.{l}", "epicentrk-support.ua")),
        zv=g.num("ticket_number", "#########"),
    )


@item("uk")
def _(g):
    w = g.person("f")
    h = g.person("m", fam=w)
    return g.fill(
        "Поліс {pol}. Мій чоловік {hn} потрапив у ДТП {d}, його РНОКПП {rnokpp}. Виплату прошу на рахунок "
        "{iban}. Мій телефон {ph}.\n{wn}",
        pol=g.num("invalid_checksum_number", "########"),
        hn=g.name(h.first, "other"),
        d=g.date("dmy"),
        rnokpp=g.rnokpp(),
        iban=g.iban("UA", "grp"),
        ph=g.phone("UA", "0## ### ## ##"),
        wn=g.name(w.full, "signature"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Реквізити ФОП для договору:\nРНОКПП {rnokpp}\nIBAN {iban}\nрахунки надсилати на {em}",
        rnokpp=g.rnokpp(),
        iban=g.iban("UA", "grp"),
        em=g.email("fop.rakhunky+2024@gmail.com"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Змініть, будь ласка, реквізити покупця в кабінеті ({kab}):\n[[company:ПП «Будкомплект»]]\n"
        "ЄДРПОУ:{edr}\nIBAN:{iban}\nз {d}.",
        kab=g.num("invalid_checksum_number", "#######"),
        edr=g.edrpou(),
        iban=g.iban("UA", "bare"),
        d=g.date("dmy"),
    )


@item("uk")
def _(g):
    return g.fill(
        "добрий день, це мама з 3-Б. у нас новий номер {ph}, старий більше не працює. "
        "довідку принесемо {d}",
        ph=g.phone("UA", "0#########"),
        d=g.date("dm"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Особовий рахунок {os}\nEIC-код: {eic}\nЛічильник №{lich}\n"
        "Показники {pok} кВт·год передала {d}, а рахунок виставили за нормою – {amt} грн. Прошу перерахунок.",
        os=g.num("invalid_checksum_number", "##########"),
        eic=g.num("invalid_checksum_number", "62Z#############"),
        lich=g.num("invalid_checksum_number", "########"),
        pok=g.K("quantity", str(g.rng.randint(100, 600))),
        d=g.date("dmy"),
        amt=g.amount(800, 3000, ".,"),
    )


@item("uk")
def _(g):
    good = g.edrpou()
    return g.fill(
        "У видатковій накладній {vn} вказано ЄДРПОУ {bad}, а правильний код нашого підприємства – {good}. "
        "Виправте, будь ласка.",
        vn=g.num("invoice_number", "РН-######"),
        bad=g.typo(good),
        good=good,
    )


@item("uk")
def _(g):
    return g.fill(
        "Корм [[brand:Royal Canin]] {w} у [[brand:MasterZoo]] за акцією коштував {amt} грн, а на касі пробили "
        "повну ціну. Чек {chk} від {d}. Обіцяли знижку {pct}.",
        w=g.K("quantity", "4 кг"),
        amt=g.amount(900, 2500, "sp"),
        chk=g.num("invoice_number", "#####"),
        d=g.date("dmy"),
        pct=g.K("percent", "25%"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Хочу призупинити абонемент у [[brand:Sport Life]] на {q} місяці, картка клієнта {kk}. Мої номери: "
        "{ph1} або {ph2}, пошта {em}.",
        q=g.K("quantity", "2"),
        kk=g.num("invalid_checksum_number", "##########"),
        ph1=g.phone("UA", "0## ### ## ##"),
        ph2=g.phone("UA", "+380 ## ### ## ##"),
        em=g.email(g.person("f").mail("{f}{j}", "meta.ua")),
    )


@item("uk")
def _(g):
    tok = "".join(g.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(32))
    return g.fill(
        "Посилання для відновлення пароля {url} видає помилку 404. Акаунт {em}, версія застосунку {ver}.",
        url=g.P("url_token", f"https://cabinet.energo-demo.ua/auth/reset/{tok}"),
        em=g.email(g.person("f").mail("{l}.{i}", "i.ua")),
        ver=g.K("version", "3.8.0"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Продам дитячу коляску [[brand:Cybex]], {amt} грн, [[city:Дніпро]]. Телефонуйте {ph} або пишіть у "
        "Telegram. Оголошення {ob}.",
        amt=g.amount(3000, 9000, "sp"),
        ph=g.phone("UA", "0## ###-##-##"),
        ob=g.num("order_number", "#########"),
    )


@item("uk")
def _(g):
    return g.fill(
        "---------- Переслане повідомлення ---------\n"
        "Від: <{ae}>\nДата: {d}\nТема: комерційна пропозиція\nКому: <{be}>\n\n"
        "Ціна {amt} грн з ПДВ, постачальник ТОВ з кодом ЄДРПОУ {edr}, IBAN {iban}.",
        ae=g.email("sales@ukrpostach.com.ua"),
        d=g.date("text"),
        be=g.email("zakupivli@agrotek.ua"),
        amt=g.amount(40000, 200000, "sp"),
        edr=g.edrpou(),
        iban=g.iban("UA", "grp"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Працюю в Польщі, роботодавець просить уточнити дані: мій PESEL {pesel}, NIP фірми {nip}. "
        "Телефон польський {ph}, український {ph2}.",
        pesel=g.pesel(None, 1975, 2000),
        nip=g.nip("bare"),
        ph=g.phone("PL", "+48 ### ### ###"),
        ph2=g.phone("UA", "+380 ## ### ####"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Для Jobcenter: моя Steuer-ID {idnr}, рахунок {iban}. Телефон у Німеччині {ph}. Довідку з "
        "Finanzamt отримала {d}.",
        idnr=g.idnr("bare"),
        iban=g.iban("DE", "grp"),
        ph=g.phone("DE", "0### #######"),
        d=g.date("dmy"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Оператор: Вітаю! Чим можу допомогти?\n"
        "Клієнт: не можу увійти в кабінет, РНОКПП {rnokpp}\n"
        "Оператор: Дякую, створено заявку {z}.",
        rnokpp=g.rnokpp(),
        z=g.num("ticket_number", "##-######"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Загубила гаманець, прошу заблокувати картки {c1} та {c2}. Клієнтський номер {kn}, сталося {d} "
        "близько {t}. Відповідь на {em}",
        c1=g.card("visa", "grp"),
        c2=g.card("mc", "bare"),
        kn=g.num("invalid_checksum_number", "#########"),
        d=g.date("dmy"),
        t=g.time("hm0"),
        em=g.email(g.person("f").mail("{l}.{f}", "ukr.net")),
    )


@item("uk")
def _(g):
    return g.fill(
        "Доставка шафи (замовлення {zam}): {addr}, під'їзд 3. Телефон {ph}, зручно з {t1} до {t2}.",
        zam=g.num("order_number", "#########"),
        addr=g.addr(
            g.pick(
                [
                    "вул. Шевченка, 14, кв. 8",
                    "вул. Незалежності, 3, кв. 41",
                    "бульв. Лесі Українки, 26, кв. 110",
                ]
            )
        ),
        ph=g.phone("UA", "0## ### ## ##"),
        **g.window(),
    )


@item("uk")
def _(g):
    return g.fill(
        "Готель у [[city:Буковелі]]: номер {room} чистий, але сніданки слабкі. За {q} ночі заплатили {amt} грн, "
        "період {d1} – {d2}. Оцінка {sc}.",
        room=g.K("quantity", str(g.rng.randint(100, 420))),
        q=g.K("quantity", "3"),
        amt=g.amount(8000, 25000, "sp"),
        **g.stay("dmshort", "dmy", 3),
        sc=g.K("quantity", "7/10"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Відомість на виплату зарплати:\n"
        "1) РНОКПП {r1} – {a1} грн\n2) РНОКПП {r2} – {a2} грн\n3) РНОКПП {r3} – {a3} грн",
        r1=g.rnokpp(),
        a1=g.amount(8000, 40000, "sp,"),
        r2=g.rnokpp(),
        a2=g.amount(8000, 40000, "sp,"),
        r3=g.rnokpp(),
        a3=g.amount(8000, 40000, "sp,"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Податкова знижка за навчання: РНОКПП {rnokpp}, сума до повернення {amt} грн. Кошти прошу на рахунок "
        "{iban}. Заява {z} від {d}.",
        rnokpp=g.rnokpp(),
        amt=g.amount(2000, 9000, "sp"),
        iban=g.iban("UA", "lower"),
        z=g.num("ticket_number", "#######/##"),
        d=g.date("dmy"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Вас турбує служба доставки [[company:Meest]] щодо відправлення {trk}. Уточніть, будь ласка, зручний "
        "час – телефонуйте {ph} або пишіть {em}.\n[[company:ТОВ «Міст Експрес»]], код ЄДРПОУ {edr}",
        trk=g.num("tracking_number", "CV#########UA"),
        ph=g.phone("UA", "(0##) ###-##-##", "f", "32"),
        em=g.email("lviv.dostavka@meest-demo.ua"),
        edr=g.edrpou(),
    )


@item("uk")
def _(g):
    return g.fill(
        "Запис у [[company:ЦНАП]] на {d} о {t}, талон {tal}. Паспорт мали видати за {q} днів, минуло вже "
        "{q2}. Номер заяви {z}.",
        d=g.date("dmy"),
        t=g.time("hm0"),
        tal=g.K("ticket_number", "А-" + g.d(3, True)),
        q=g.K("quantity", "20"),
        q2=g.K("quantity", "35"),
        z=g.num("ticket_number", "####-####-####-####"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Акт звірки за {per}:\nЄДРПОУ | контрагент | сума\n"
        "{e1} | [[company:ТОВ «Вектор-Плюс»]] | {a1}\n"
        "{e2} | [[company:ПАТ «Укрзалізпостач»]] | {a2}\n"
        "{e3} | [[company:ПП «Світанок»]] | {a3}",
        per=g.K("date", "II квартал 2024"),
        e1=g.edrpou(),
        a1=g.amount(10000, 500000, "sp,"),
        e2=g.edrpou(),
        a2=g.amount(10000, 500000, "sp,"),
        e3=g.edrpou(),
        a3=g.amount(10000, 500000, "sp,"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Повернення за замовленням {zam} оформлене {d}, але кошти не прийшли на картку {card}. "
        "Пишіть на {em}. Або дзвоніть: {ph}.",
        zam=g.num("order_number", "##########"),
        d=g.date("dmy"),
        em=g.email(g.person("m").mail("{i}.{l}", "ukr.net")),
        ph=g.phone("UA", "+380 (##) ###-##-##"),
        card=g.card("visa", "bare"),
    )


@item("uk")
def _(g):
    good = g.card("visa", "grp")
    return g.fill(
        "В анкеті вказала номер картки {bad}, це помилка, правильний {good}. Заявка {z}.",
        bad=g.typo(good),
        good=good,
        z=g.num("ticket_number", "########"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Контакти отримувача: тел.{ph1}, моб.{ph2}. Замовлення {zam}, накладений платіж {amt} грн. "
        "Якщо посилку не заберуть – поверніть передоплату на IBAN {iban}",
        ph1=g.phone("UA", "+380#########"),
        ph2=g.phone("UA", "0#########"),
        zam=g.num("order_number", "########"),
        amt=g.amount(300, 5000, "sp"),
        iban=g.iban("UA", "bare"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Чеський партнер [[company:Agro Morava s.r.o.]]: IČO {ico}, DIČ {dic}, IBAN {iban}. Договір {dog} "
        "підписано {d}.",
        ico=g.ico(),
        dic=g.dic("CZ"),
        iban=g.iban("CZ", "grp"),
        dog=g.num("order_number", "№ ##/##-ЕКС"),
        d=g.date("dmy"),
    )


@item("uk")
def _(g):
    return g.fill(
        "Роутер [[product_code:TP-Link Archer AX23]] після оновлення до {ver} постійно перезавантажується. "
        "Майстер [[brand:Воля]] приходив {d}, залишив номер {ph}, але не відповідає. Договір на РНОКПП {rnokpp}.",
        ver=g.K("version", "1.2.0"),
        d=g.date("dmy"),
        ph=g.phone("UA", "0## ### ## ##"),
        rnokpp=g.rnokpp(),
    )


@item("uk")
def _(g):
    return g.fill(
        "{iban} – на цей рахунок прошу повернути передоплату {amt} грн за замовлення {zam}. Мій номер {ph}",
        iban=g.iban("UA", "break"),
        amt=g.amount(500, 8000, "sp"),
        zam=g.num("order_number", "#######"),
        ph=g.phone("UA", "0## ### ## ##"),
    )


# --------------------------------------------------------------------------- en


@item("en")
def _(g):
    return g.fill(
        "[[greeting_without_name:Hi there]], my last bill ({inv}) has £{amt} of roaming charges but I haven't left "
        "the UK since {d}. Account number {acc}, mobile {ph}, direct debit from {iban}. Please sort this out – [[brand:Vodafone]] "
        "promised a credit twice already.",
        inv=g.num("invoice_number", "INV########"),
        amt=g.amount(20, 180, ",."),
        d=g.date("ens"),
        acc=g.num("invalid_checksum_number", "#########"),
        ph=g.phone("GB", "0#### ######"),
        iban=g.iban("GB", "grp"),
    )


@item("en")
def _(g):
    return g.fill(
        "Ordered a [[brand:Ninja]] air fryer ({asin}) on [[brand:Amazon]], order {ord}. Arrived {d} with a cracked "
        "basket. Paid £{amt}, they offered {pct} off as a goodwill gesture. Two stars.",
        asin=g.num("product_code", "B0##@@###@"),
        ord=g.num("order_number", "###-#######-#######"),
        d=g.date("us"),
        amt=g.amount(80, 200, ",."),
        pct=g.K("percent", "15%"),
    )


@item("en")
def _(g):
    p = g.person("m")
    return g.fill(
        "Please find attached our PO {po} for 40 sheets of marine ply.\n\n"
        "Kind regards,\n{n}\n[[job_title:Procurement Manager]]\n[[company:Harbour Timber Ltd]]\n"
        "VAT Reg. No. {vat}\nT: {ph1} | M: {ph2}\n{em}",
        po=g.num("order_number", "PO-######"),
        n=g.name(p.full, "signature"),
        vat=g.gbvat("GBs"),
        ph1=g.phone("GB", "+44 (0)### ### ####", "f", "161"),
        ph2=g.phone("GB", "0#### ### ###"),
        em=g.email(p.mail("{f}.{l}", "harbourtimber.co.uk")),
    )


@item("en")
def _(g):
    return g.fill(
        "I lost my debit card ({card}) at the weekend. Sort code {sc} if that helps. "
        "Could you block it and send a new one? Best number is {ph}.",
        card=g.card("visa", "grp"),
        sc=g.num("invalid_checksum_number", "##-##-##"),
        ph=g.phone("GB", "0#### ######"),
    )


@item("en")
def _(g):
    p = g.person("f")
    return g.fill(
        "Hello, my name is {n} and I'm writing about my repeat prescription. My NHS number is {nhs}, "
        "date of birth on file. Please call me on {ph} or email {em}.",
        n=g.name(p.full, "self_intro"),
        nhs=g.nhs("grp"),
        ph=g.phone("GB", "0#### ### ###"),
        em=g.email(p.mail("{f}.{l}", "btinternet.com")),
    )


@item("en")
def _(g):
    doc = g.person()
    p = g.person("m")
    return g.fill(
        "Dear Dr {v},\nThank you for seeing me on {d}. The blood test results you asked for are attached. "
        "NHS no:{nhs}\n\nMany thanks,\n{n}",
        v=g.name(doc.last, "salutation"),
        d=g.date("ens"),
        nhs=g.nhs("bare"),
        n=g.name(p.full, "signature"),
    )


@item("en")
def _(g):
    return g.fill(
        "Parcel {trk} says 'delivered' but there's nothing here. The driver rang from {ph1} and hung up. "
        "You can reach me on {ph2}, WhatsApp is fine too, or {em}.",
        trk=g.num("tracking_number", "@@#########GB"),
        ph1=g.phone("GB", "+44 #### ######"),
        ph2=g.phone("GB", "0##########"),
        em=g.email(g.person("f").mail("{f}.{l}", "sky.com")),
    )


@item("en")
def _(g):
    p = g.person()
    return g.fill(
        "Booking ref {ref}, double room, arriving {d}. Reception asked for a card to secure the room: "
        "{card} (Amex), expiry {exp}. Please confirm to {em}.",
        ref=g.num("order_number", "##########"),
        d=g.date("ens"),
        card=g.card("amex", "grp"),
        exp=g.K("date", f"{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 29)}"),
        em=g.email(p.mail("{f}{l}", "hotmail.co.uk")),
    )


@item("en")
def _(g):
    p = g.person("f")
    return g.fill(
        "COUNCIL TAX – CHANGE OF ADDRESS\nCouncil tax account: {acc}\nNew address: {addr}\n"
        "Phone: {ph}\nEmail: {em}\nMoving date: {d}",
        acc=g.num("invalid_checksum_number", "########"),
        addr=g.addr(
            g.pick(
                [
                    "14 Elm Grove, Leeds LS6 2AB",
                    "Flat 2, 81 Church Street, Sheffield S1 2GJ",
                    "7 Mill Lane, Norwich NR3 4RT",
                ]
            )
        ),
        ph=g.phone("GB", "0### ### ####", "f", "113"),
        em=g.email(p.mail("{f}{l}", "gmail.com")),
        d=g.date("dmy/"),
    )


@item("en")
def _(g):
    return g.fill(
        "Newsletter bounces (export):\ncustomer_id,email,phone\n"
        "{c1},{e1},{t1}\n{c2},{e2},{t2}\n{c3},{e3},{t3}",
        c1=g.num("invalid_checksum_number", "#########"),
        e1=g.email(g.person().mail("{f}.{l}", "yahoo.co.uk")),
        t1=g.phone("GB", "0##########"),
        c2=g.num("invalid_checksum_number", "#########"),
        e2=g.email(g.person().mail("{i}{l}", "outlook.com")),
        t2=g.phone("GB", "+44##########"),
        c3=g.num("invalid_checksum_number", "#########"),
        e3=g.email(g.person().mail("{l}.{f}", "icloud.com")),
        t3=g.phone("IE", "+353#########"),
    )


@item("en")
def _(g):
    return g.fill(
        "Car's been at [[company:Brookside Motors]] since {d} (job no. {job}). I've rung {ph} ext. 214 four "
        "times. The quote was £{amt}, now they're saying £{amt2} for the clutch. It's a company car, so "
        "invoice us please – VAT no. {vat}.",
        d=g.date("ens"),
        job=g.num("order_number", "J#####"),
        ph=g.phone("GB", "0### ### ####", "f", "113"),
        amt=g.amount(300, 600, ",."),
        amt2=g.amount(900, 1500, ",."),
        vat=g.gbvat("sp"),
    )


@item("en")
def _(g):
    p = g.person("f")
    return g.fill(
        "Still no refund.\n\n"
        "On {d} at {t}, {n} <{em}> wrote:\n"
        "> Your return {ret} has been approved. The refund will reach your account in 5-7 working days.\n"
        "> [[team_name:Customer Care Team]], [[brand:Currys]]",
        d=g.date("ens"),
        t=g.time("hm0"),
        n=g.name(p.full, "other"),
        em=g.email(p.mail("{f}.{l}", "currys-support.co.uk")),
        ret=g.num("ticket_number", "RMA########"),
    )


@item("en")
def _(g):
    w = g.person("f")
    h = g.person("m", fam=w)
    return g.fill(
        "Claim on policy {pol}: my husband {hn} slipped on the ice on {d} and broke his wrist. Please pay "
        "the settlement to {iban}. You can ring me on {ph}.\n{wn}",
        pol=g.num("invalid_checksum_number", "@@@#########"),
        hn=g.name(h.first, "other"),
        d=g.date("ens"),
        iban=g.iban("GB", "grp"),
        ph=g.phone("GB", "0#### ### ###"),
        wn=g.name(w.full, "signature"),
    )


@item("en")
def _(g):
    return g.fill(
        "Please update our billing details from {d}:\n[[company:Greenway Design Studio Ltd]]\n"
        "VAT:{vat}\nCompany no. {cno}\nUTR {utr}\nInvoices to {em}",
        d=g.date("ens"),
        vat=g.gbvat("GB"),
        cno=g.num("invalid_checksum_number", "0#######"),
        utr=g.utr("bare"),
        em=g.email("accounts+invoices@greenwaydesign.co.uk"),
    )


@item("en")
def _(g):
    return g.fill(
        "I'm based in [[city:Cork]] – for the contract you need my PPSN {pps} and our company VAT no. {vat}. "
        "Mobile {ph}, office {ph2}.",
        pps=g.pps(),
        vat=g.ievat(),
        ph=g.phone("IE", "0## ### ####"),
        ph2=g.phone("IE", "+353 (0)## ### ####", "f", "21"),
    )


@item("en")
def _(g):
    return g.fill(
        "hiya its {c}'s mum from year 3, we've got a new number {ph} as the old one's been cut off. "
        "he'll be off on {d} for a hospital appointment",
        c=g.name(g.pick(["jake", "olly", "alfie", "freddie", "noah"]), "other"),
        ph=g.phone("GB", "0##########"),
        d=g.date("dmy/"),
    )


@item("en")
def _(g):
    return g.fill(
        "Account {acc}\nMeter serial: {ms}\nReading on {d}: {rd}\n"
        "My direct debit has gone up {pct} even though usage is down. Please review. Tel {ph}",
        acc=g.num("invalid_checksum_number", "##########"),
        ms=g.num("invalid_checksum_number", "##@#######"),
        d=g.date("dmy/"),
        rd=g.K("quantity", g.d(5, True)),
        pct=g.K("percent", "35%"),
        ph=g.phone("GB", "(0###) ### ####", "f", "131"),
    )


@item("en")
def _(g):
    good = g.gbvat("GBs")
    return g.fill(
        "Your invoice {inv} shows our VAT number as {bad} – that's a typo, it should be {good}. "
        "Could you reissue it please?",
        inv=g.num("invoice_number", "SI-#####"),
        bad=g.typo(good),
        good=good,
    )


@item("en")
def _(g):
    return g.fill(
        "[[brand:Pets at Home]] click & collect was ready on time, but the [[brand:Harringtons]] {w} bag was "
        "split. Receipt {rec}, paid £{amt}. Staff gave me {pct} off, fair enough.",
        w=g.K("quantity", "12kg"),
        rec=g.num("invoice_number", "####-####-####"),
        amt=g.amount(20, 60, ",."),
        pct=g.K("percent", "20%"),
    )


@item("en")
def _(g):
    return g.fill(
        "I'd like to cancel my [[brand:PureGym]] membership, member no. {mem}. Contact me on {ph1} or {ph2} "
        "(work) after {t}, or email {em}.",
        mem=g.num("invalid_checksum_number", "########"),
        ph1=g.phone("GB", "0#### ######"),
        ph2=g.phone("GB", "0## #### ####", "f", "20"),
        t=g.time("pm"),
        em=g.email(g.person("m").mail("{l}{i}", "live.co.uk")),
    )


@item("en")
def _(g):
    tok = "".join(g.rng.choice("abcdef0123456789") for _ in range(40))
    return g.fill(
        "The password reset link {url} says it's expired even though I clicked it straight away. Login is {em}, "
        "app version {ver}.",
        url=g.P(
            "url_token",
            f"https://account.streamly-demo.co.uk/reset-password?token={tok}&uid=" + g.d(7, True),
        ),
        em=g.email(g.person("m").mail("{f}.{l}", "gmail.com")),
        ver=g.K("version", "8.4.2"),
    )


@item("en")
def _(g):
    return g.fill(
        "For sale: [[brand:Bugaboo]] pushchair, £{amt} ono, collection from [[city:Bristol]]. Text or call "
        "{ph}, no time wasters. Ad ID {ad}.",
        amt=g.amount(80, 300, "int"),
        ph=g.phone("GB", "0#### ### ###"),
        ad=g.num("order_number", "##########"),
    )


@item("en")
def _(g):
    a = g.person("m")
    return g.fill(
        "---------- Forwarded message ---------\nFrom: {an} <{ae}>\nDate: {d}\n"
        "Subject: Quote for office refit\nTo: <{be}>\n\n"
        "Total £{amt} + VAT, start date {d2}.\n[[company:Refit Pro Ltd]] · VAT Reg {vat}",
        an=g.name(a.full, "other"),
        ae=g.email(a.mail("{f}", "refit-pro.co.uk")),
        d=g.date("us"),
        be=g.email("facilities@northbank-legal.co.uk"),
        amt=g.amount(10000, 60000, ","),
        d2=g.date("ens"),
        vat=g.gbvat("GBs"),
    )


@item("en")
def _(g):
    return g.fill(
        "Our German supplier [[company:Kühltechnik Braun GmbH]] has sent new bank details: IBAN {iban}, "
        "USt-IdNr. {ust}. Their office line is {ph}. Can someone verify before we pay invoice {inv}?",
        iban=g.iban("DE", "grp"),
        ust=g.ustid("DEs"),
        ph=g.phone("DE", "+49 (0) ## #######", "f", "30"),
        inv=g.num("invoice_number", "RE#######"),
    )


@item("en")
def _(g):
    return g.fill(
        "Polish contractor details for the payment run: NIP {nip}, account {nrb}, mobile {ph}. "
        "Amount €{amt}.",
        nip=g.nip("PL"),
        nrb=g.nrb("grp"),
        ph=g.phone("PL", "0048 ### ### ###"),
        amt=g.amount(1000, 9000, ",."),
    )


@item("en")
def _(g):
    a = g.person("f")
    return g.fill(
        "Agent {an}: Hi, thanks for waiting! How can I help?\n"
        "You: I was charged twice on card {card}\n"
        "Agent {an}: Sorry about that. I've raised case {case}, refund within 3 working days.",
        an=g.name(a.first, "other"),
        card=g.card("mc", "dash"),
        case=g.num("ticket_number", "CS-#######"),
    )


@item("en")
def _(g):
    return g.fill(
        "Re your letter of {d}: my Unique Taxpayer Reference is {utr}, not the one printed. "
        "Self Assessment helpline kept me on hold for {q} minutes. Please ring {ph}.",
        d=g.date("ens"),
        utr=g.utr("sp"),
        q=g.K("quantity", "50"),
        ph=g.phone("GB", "0#### ### ###"),
    )


@item("en")
def _(g):
    return g.fill(
        "Delivery for order {ord}: {addr}. Buzzer doesn't work, please call {ph} when outside. "
        "Slot {t1}-{t2}.",
        ord=g.num("order_number", "#########"),
        addr=g.addr(
            g.pick(
                [
                    "Flat 3, 27 Victoria Road, Bristol BS1 4QA",
                    "56 Orchard Way, Reading RG1 6LP",
                    "12 Castle View, Edinburgh EH1 2NG",
                ]
            )
        ),
        ph=g.phone("GB", "0#### ######"),
        **g.window("hm0"),
    )


@item("en")
def _(g):
    return g.fill(
        "Stayed at the [[brand:Premier Inn]] in [[city:York]], room {room}. Clean, quiet, decent breakfast. "
        "£{amt} for two nights ({d1} – {d2}). Would go again.",
        room=g.K("quantity", str(g.rng.randint(100, 420))),
        amt=g.amount(120, 300, ",."),
        **g.stay("ens", "ens", 2),
    )


@item("en")
def _(g):
    return g.fill(
        "Contractors for this month's CIS return:\n"
        "1. UTR {u1} – £{a1}\n2. UTR {u2} – £{a2}\n3. UTR {u3} – £{a3}",
        u1=g.utr(),
        a1=g.amount(1000, 8000, ",."),
        u2=g.utr(),
        a2=g.amount(1000, 8000, ",."),
        u3=g.utr("sp"),
        a3=g.amount(1000, 8000, ",."),
    )


@item("en")
def _(g):
    return g.fill(
        "Refund for order {ord} should go back to the card I paid with, {card}. Confirmation to {em}, thanks.",
        ord=g.num("order_number", "#########"),
        card=g.card("visa", "bare"),
        em=g.email(g.person("f").mail("{f}{j}", "aol.com")),
    )


@item("en")
def _(g):
    p = g.person("m")
    return g.fill(
        "Hi, this is {n} from [[company:Clearview Windows]] about your enquiry {enq}. I tried calling – "
        "you can get me on {ph} or {em}.\n[[company:Clearview Windows Ltd]] | VAT {vat}",
        n=g.name(p.first, "self_intro"),
        enq=g.num("ticket_number", "EQ-#####"),
        ph=g.phone("GB", "0#### ### ###"),
        em=g.email(p.mail("{f}", "clearview-windows.co.uk")),
        vat=g.gbvat("GB"),
    )


@item("en")
def _(g):
    return g.fill(
        "Appeal against PCN {pcn}, issued {d} at {t} on [[street_as_brand:Oxford Street]]. I had paid via "
        "[[brand:RingGo]] (session {s}), £{amt}.",
        pcn=g.num("ticket_number", "@@########"),
        d=g.date("dmy/"),
        t=g.time("hm0"),
        s=g.num("order_number", "#########"),
        amt=g.amount(3, 12, ",."),
    )


@item("en")
def _(g):
    return g.fill(
        "Supplier VAT numbers for the Q2 return:\n"
        "[[company:Dublin Print Co]] | {ie}\n[[company:Leeds Packaging Ltd]] | {gb}\n[[company:Nordpack GmbH]] | {de}",
        ie=g.ievat(),
        gb=g.gbvat("GB"),
        de=g.ustid("DE"),
    )


@item("en")
def _(g):
    p = g.person("m")
    return g.fill(
        "Please don't use my old address any more, email me at {em}. Order {ord} still hasn't arrived.",
        em=g.email(f"{latin(p.first).title()}.{latin(p.last).title()}@Outlook.com"),
        ord=g.num("order_number", "##########"),
    )


@item("en")
def _(g):
    good = g.card("mc", "grp")
    return g.fill(
        "On the form I typed {bad} by mistake, the right card is {good}. Application {app}.",
        bad=g.typo(good),
        good=good,
        app=g.num("ticket_number", "########"),
    )


@item("en")
def _(g):
    return g.fill(
        "Courier contacts: tel:{ph1}, mob:{ph2}. Order {ord}, cash on delivery £{amt}.",
        ph1=g.phone("GB", "0## #### ####", "f", "20"),
        ph2=g.phone("GB", "0##########"),
        ord=g.num("order_number", "#######"),
        amt=g.amount(20, 200, ",."),
    )


@item("en")
def _(g):
    return g.fill(
        "New suppliers to set up: [[company:Alpenholz GmbH]] (UID {atu}, IBAN {iban}) and "
        "[[company:Berger Feinmechanik AG]] ({che}). Terms 30 days.",
        atu=g.atu("ATU"),
        iban=g.iban("AT", "bare"),
        che=g.che("mwst"),
    )


@item("en")
def _(g):
    return g.fill(
        "[[product_code:Smart Hub 2]] keeps dropping since firmware {ver}. [[brand:BT]] engineer came on {d}, "
        "left his number {ph} but never picks up.",
        ver=g.K("version", "v0.37.02.00821-BT"),
        d=g.date("ens"),
        ph=g.phone("GB", "0#### ######"),
    )


@item("en")
def _(g):
    return g.fill(
        "{iban} – that's the account for the deposit refund ({amt} GBP, booking {ref}). Any questions: {em}",
        iban=g.iban("GB", "bare"),
        amt=g.amount(100, 900, ",."),
        ref=g.num("order_number", "@@######"),
        em=g.email(g.person("f").mail("{l}.{f}", "gmail.com")),
    )


# --------------------------------------------------------------------------- de


@item("de")
def _(g):
    return g.fill(
        "[[greeting_without_name:Guten Tag]],\nin der Rechnung {re} vom {d} stehen {amt} € für Roaming, obwohl ich "
        "Deutschland nicht verlassen habe. Kundennummer {kd}, Rufnummer {ph}, abgebucht von {iban}. Bitte um Korrektur – die "
        "[[brand:Telekom]] hat das schon zweimal zugesagt.",
        re=g.num("invoice_number", "##########"),
        d=g.date("dmy"),
        amt=g.amount(20, 150, "sp,"),
        kd=g.num("invalid_checksum_number", "##########"),
        ph=g.phone("DE", "0### #######"),
        iban=g.iban("DE", "grp"),
    )


@item("de")
def _(g):
    return g.fill(
        "Bei [[person_like_brand:Otto]] einen Staubsauger [[brand:Bosch]] ([[product_code:BGS41ZOO]]) bestellt, "
        "Bestellnummer {bn}, Artikelnummer {an}. Geliefert am {d} ohne Zubehör. Bezahlt {amt} €, angeboten "
        "wurden {pct} Nachlass. Nicht mein Ernst.",
        bn=g.num("order_number", "##########"),
        an=g.num("product_code", "######"),
        d=g.date("dmy"),
        amt=g.amount(150, 400, "sp,"),
        pct=g.K("percent", "10 %"),
    )


@item("de")
def _(g):
    p = g.person("m")
    return g.fill(
        "anbei unsere Bestellung {bs} über {q} m³ Konstruktionsvollholz.\n\n"
        "Mit freundlichen Grüßen\n{n}\n[[job_title:Einkaufsleitung]]\n[[company:Hoffmann Holzbau GmbH]]\n"
        "USt-IdNr.: {ust}\nSteuernummer: {stnr}\nTel.: {ph}, Durchwahl -12\nE-Mail: {em}",
        bs=g.num("order_number", "B-######"),
        q=g.K("quantity", str(g.rng.randint(8, 40))),
        n=g.name(p.full, "signature"),
        ust=g.ustid("DE"),
        stnr=g.stnr("###/###/#####"),
        ph=g.phone("DE", "+49 (0) ## #######", "f", "89"),
        em=g.email(p.mail("{i}.{l}", "hoffmann-holzbau.de")),
    )


@item("de")
def _(g):
    return g.fill(
        "Meine Kreditkarte {card} wurde gestern am Automaten eingezogen. Bitte sperren und Ersatz an die "
        "bekannte Adresse schicken. Das Girokonto {iban} bleibt bestehen. Rückruf bitte unter {ph}.",
        card=g.card("visa", "grp"),
        iban=g.iban("DE", "grp"),
        ph=g.phone("DE", "0###/### ## ##"),
    )


@item("de")
def _(g):
    p = g.person("f")
    return g.fill(
        "Hallo, ich bin {n} und habe eine Frage zu meiner Lohnabrechnung: Dort steht eine falsche Steuer-ID. "
        "Richtig ist {idnr}. Erreichbar bin ich unter {ph} oder {em}.",
        n=g.name(p.full, "self_intro"),
        idnr=g.idnr("grp"),
        ph=g.phone("DE", "+49 ### #######"),
        em=g.email(p.mail("{f}.{l}", "web.de")),
    )


@item("de")
def _(g):
    doc = g.person("f")
    p = g.person("m")
    return g.fill(
        "Sehr geehrte Frau Dr. {v},\nbitte erstatten Sie den Betrag aus der Rechnung {re} ({amt} €) auf mein "
        "Konto {iban}. Die Behandlung war am {d}.\n\nMit freundlichen Grüßen\n{n}",
        v=g.name(doc.last, "salutation"),
        re=g.num("invoice_number", "####/####"),
        amt=g.amount(40, 300, "sp,"),
        iban=g.iban("DE", "bare"),
        d=g.date("dmy"),
        n=g.name(p.full, "signature"),
    )


@item("de")
def _(g):
    return g.fill(
        "Sendung {trk} laut [[brand:DHL]] „zugestellt“, aber nichts da. Der Fahrer hat von {ph1} angerufen und "
        "sofort aufgelegt. Ich bin unter {ph2} erreichbar, gern auch per WhatsApp oder an {em}.",
        trk=g.num("tracking_number", "00340434##########"),
        ph1=g.phone("DE", "+49 ### ########"),
        ph2=g.phone("DE", "0###-#######"),
        em=g.email(g.person("m").mail("{f}{l}", "freenet.de")),
    )


@item("de")
def _(g):
    p = g.person()
    return g.fill(
        "Reservierung {res}, Anreise {d}. Zur Garantie meine Mastercard: {card}, gültig bis {exp}. Bestätigung "
        "bitte an {em}.",
        res=g.num("order_number", "########"),
        d=g.date("dmy"),
        card=g.card("mc", "grp"),
        exp=g.K("date", f"{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 29)}"),
        em=g.email(p.mail("{f}.{l}", "gmx.de")),
    )


@item("de")
def _(g):
    p = g.person("m")
    return g.fill(
        "ANTRAG AUF ANWOHNERPARKAUSWEIS\nName: {n}\nSteuer-ID: {idnr}\nAnschrift: {addr}\nTelefon: {ph}\n"
        "Datum: {d}",
        n=g.name(p.rev.replace(" ", ", ", 1), "self_intro"),
        idnr=g.idnr("bare"),
        addr=g.addr(
            g.pick(
                [
                    "Lindenstraße 12, 10969 Berlin",
                    "Kaiserstraße 48, 60329 Frankfurt am Main",
                    "Am Wall 7, 28195 Bremen",
                ]
            )
        ),
        ph=g.phone("DE", "0## #######", "f", "30"),
        d=g.date("dmy"),
    )


@item("de")
def _(g):
    return g.fill(
        "Export Kundenstamm (Auszug):\nkdnr;ust_idnr;email\n"
        "{k1};{u1};{e1}\n{k2};{u2};{e2}\n{k3};{u3};{e3}",
        k1=g.num("invalid_checksum_number", "######"),
        u1=g.ustid("DE"),
        e1=g.email("buchhaltung@schaefer-metall.de"),
        k2=g.num("invalid_checksum_number", "######"),
        u2=g.ustid("DE"),
        e2=g.email("rechnung@gartenbau-lehmann.de"),
        k3=g.num("invalid_checksum_number", "######"),
        u3=g.atu("ATU"),
        e3=g.email("office@tischlerei-gruber.at"),
    )


@item("de")
def _(g):
    return g.fill(
        "Mein Auto steht seit {d} bei [[company:Autohaus Krüger]] (Auftrag {auf}). Unter {ph}, Durchwahl -12, "
        "geht niemand ran. Angebot waren {amt} €, jetzt heißt es {amt2} €. Rechnung bitte auf die Firma, "
        "USt-IdNr. {ust}.",
        d=g.date("dmy"),
        auf=g.num("order_number", "A-#######"),
        ph=g.phone("DE", "0##/#######", "f", "30"),
        amt=g.amount(400, 900, ".,"),
        amt2=g.amount(1200, 2500, ".,"),
        ust=g.ustid("DEg"),
    )


@item("de")
def _(g):
    p = g.person("f")
    return g.fill(
        "Immer noch keine Erstattung!\n\n"
        "Am {d} um {t} schrieb {n} <{em}>:\n"
        "> Ihre Retoure {ret} wurde geprüft. Die Gutschrift erfolgt in 5–7 Werktagen.\n"
        "> Ihr [[team_name:Kundenservice-Team]] von [[brand:MediaMarkt]]",
        d=g.date("dmy"),
        t=g.time("hm0"),
        n=g.name(p.full, "other"),
        em=g.email(p.mail("{f}.{l}", "mediamarkt-service.de")),
        ret=g.num("ticket_number", "R########"),
    )


@item("de")
def _(g):
    w = g.person("f")
    h = g.person("m", fam=w)
    return g.fill(
        "Schadennummer {sn}: Mein Mann {hn} ist am {d} auf dem Gehweg gestürzt. Bitte die Leistung auf "
        "{iban} überweisen. Telefonisch bin ich unter {ph} erreichbar.\n\nViele Grüße\n{wn}",
        sn=g.num("invalid_checksum_number", "##-#######-##"),
        hn=g.name(h.first, "other"),
        d=g.date("dmy"),
        iban=g.iban("DE", "grp"),
        ph=g.phone("DE", "0### ########"),
        wn=g.name(w.full, "signature"),
    )


@item("de")
def _(g):
    return g.fill(
        "Bitte ab {d} folgende Rechnungsdaten verwenden:\n[[company:Lehmann & Vogel Steuerberatung PartG]]\n"
        "USt-IdNr.:{ust}\nSt.-Nr. {stnr}\nRechnungen an {em}",
        d=g.date("dmy"),
        ust=g.ustid("DE"),
        stnr=g.stnr("##/###/#####"),
        em=g.email("rechnungen+eingang@lehmann-vogel.de"),
    )


@item("de")
def _(g):
    return g.fill(
        "Ich wohne in [[city:Graz]] – für die Versicherung brauchen Sie meine SV-Nummer {svnr} und die UID "
        "unserer Firma {atu}. Handy {ph}, IBAN {iban}.",
        svnr=g.avnr("sp"),
        atu=g.atu("ATU"),
        ph=g.phone("AT", "0###/#######"),
        iban=g.iban("AT", "grp"),
    )


@item("de")
def _(g):
    return g.fill(
        "hallo hier ist die mama von {c} aus der 2b, wir haben eine neue nummer {ph}, die alte geht nicht mehr. "
        "{c} fehlt am {d} wegen arzttermin",
        c=g.name(g.pick(["leonie", "emil", "mia", "paul"]), "other"),
        ph=g.phone("DE", "0###########"),
        d=g.date("dm"),
    )


@item("de")
def _(g):
    return g.fill(
        "Vertragskonto {vk}\nZählernummer {zn}\nZählerstand am {d}: {st} kWh\n"
        "Der Abschlag wurde um {pct} erhöht, obwohl der Verbrauch sinkt. Bitte um Prüfung. Tel. {ph}",
        vk=g.num("invalid_checksum_number", "###########"),
        zn=g.num("invalid_checksum_number", "1ESY##########"),
        d=g.date("dmy"),
        st=g.K("quantity", g.d(5, True)),
        pct=g.K("percent", "30 %"),
        ph=g.phone("DE", "0### ######", "f", "711"),
    )


@item("de")
def _(g):
    good = g.ustid("DE")
    return g.fill(
        "Auf Ihrer Rechnung {re} steht unsere USt-IdNr. als {bad}. Das ist ein Zahlendreher, richtig ist {good}. "
        "Bitte korrigieren.",
        re=g.num("invoice_number", "RE-####-####"),
        bad=g.typo(good),
        good=good,
    )


@item("de")
def _(g):
    return g.fill(
        "[[brand:Fressnapf]] Filiale in [[city:Leipzig]]: Futter von [[brand:Josera]] {w} war abgelaufen ({d}). "
        "Bon {bon}, {amt} €. Man hat mir {pct} Rabatt angeboten.",
        w=g.K("quantity", "12,5 kg"),
        d=g.date("dmy"),
        bon=g.num("invoice_number", "####-####-##"),
        amt=g.amount(40, 80, "sp,"),
        pct=g.K("percent", "20 %"),
    )


@item("de")
def _(g):
    return g.fill(
        "Ich kündige meine Mitgliedschaft bei [[brand:McFit]] zum {d}, Mitgliedsnummer {mn}. Erreichbar "
        "unter {ph1} oder {ph2} (dienstlich), Bestätigung bitte an {em}. Die Lastschrift von {iban} bitte "
        "danach einstellen.",
        d=g.date("dmy"),
        mn=g.num("invalid_checksum_number", "#########"),
        ph1=g.phone("DE", "0### #######"),
        ph2=g.phone("DE", "0## ### ###-##", "f", "40"),
        em=g.email(g.person("f").mail("{f}.{l}", "gmx.net")),
        iban=g.iban("DE", "bare"),
    )


@item("de")
def _(g):
    tok = "".join(g.rng.choice("abcdefghijkmnopqrstuvwxyz0123456789") for _ in range(32))
    return g.fill(
        "Der Link zum Zurücksetzen des Passworts {url} ist angeblich abgelaufen. Konto {em}, App-Version {ver}.",
        url=g.P("url_token", f"https://konto.ticketwelt-demo.de/passwort/neu?code={tok}"),
        em=g.email(g.person("f").mail("{f}.{l}", "t-online.de").upper()),
        ver=g.K("version", "6.3.1"),
    )


@item("de")
def _(g):
    return g.fill(
        "Verkaufe Kinderwagen [[brand:Joolz]], {amt} € VB, Abholung in [[city:Köln]]. Anrufen oder WhatsApp "
        "unter {ph}. Anzeigen-ID {ad}.",
        amt=g.amount(100, 400, "int"),
        ph=g.phone("DE", "0### ### ####"),
        ad=g.num("order_number", "##########"),
    )


@item("de")
def _(g):
    a = g.person("m")
    return g.fill(
        "-------- Weitergeleitete Nachricht --------\nBetreff: Angebot Dachsanierung\nDatum: {d}\n"
        "Von: {an} <{ae}>\nAn: {be}\n\n"
        "Gesamtpreis {amt} € netto, Ausführung ab {d2}.\n--\n[[company:Dachbau Nord GmbH]] | USt-IdNr. {ust} | St.-Nr. {stnr}",
        d=g.date("dmy"),
        an=g.name(a.full, "other"),
        ae=g.email(a.mail("{l}", "dachbau-nord.de")),
        be=g.email("hausverwaltung@immo-weiss.de"),
        amt=g.amount(15000, 60000, "."),
        d2=g.date("textd"),
        ust=g.ustid("DE"),
        stnr=g.stnr("##/###/#####"),
    )


@item("de")
def _(g):
    return g.fill(
        "Neuer Lieferant aus der Schweiz: [[company:Präzisionsteile Steiner AG]], {che}, Tel. {ph}, "
        "Ansprechpartner im Verkauf. Zahlungsziel {q} Tage.",
        che=g.che("mwst"),
        ph=g.phone("CH", "+41 ## ### ## ##", "f", "44"),
        q=g.K("quantity", "30"),
    )


@item("de")
def _(g):
    return g.fill(
        "Polnischer Subunternehmer: NIP {nip}, IBAN {iban}, mobil {ph}. Rechnung {re} über {amt} €.",
        nip=g.nip("dash"),
        iban=g.iban("PL", "grp"),
        ph=g.phone("PL", "+48 ### ### ###"),
        re=g.num("invoice_number", "FV/###/##"),
        amt=g.amount(2000, 15000, ".,"),
    )


@item("de")
def _(g):
    return g.fill(
        "Kundenservice: Hallo! Wie kann ich helfen?\n"
        "Sie: die Lastschrift kam doppelt, mein Konto ist {iban}\n"
        "Kundenservice: Danke, ich habe den Fall {fall} angelegt.",
        iban=g.iban("DE", "lowerbare"),
        fall=g.num("ticket_number", "F-#######"),
    )


@item("de")
def _(g):
    return g.fill(
        "Bitte beide Karten sperren: {c1} und Maestro {c2}. Portemonnaie am {d} gegen {t} in der S-Bahn "
        "verloren.",
        c1=g.card("visa", "dash"),
        c2=g.card("maestro", "grp2"),
        d=g.date("dmy"),
        t=g.time("hm0"),
    )


@item("de")
def _(g):
    return g.fill(
        "Lieferung Bestellung {bn}: {addr}, Hinterhaus, 3. OG. Bitte vorher anrufen: {ph}. Zeitfenster "
        "{t1}–{t2} Uhr.",
        bn=g.num("order_number", "#########"),
        addr=g.addr(
            g.pick(
                [
                    "Hauptstraße 5, 70173 Stuttgart",
                    "Bergmannstraße 102, 10961 Berlin",
                    "Rosenheimer Str. 145, 81671 München",
                ]
            )
        ),
        ph=g.phone("DE", "0###/#######"),
        **g.window("hm0"),
    )


@item("de")
def _(g):
    return g.fill(
        "Hotel direkt an der [[street_as_brand:Königsallee]], Zimmer {room} ruhig, Frühstück gut. {amt} € für "
        "zwei Nächte ({d1}–{d2}), Parken extra.",
        room=g.K("quantity", str(g.rng.randint(100, 640))),
        amt=g.amount(250, 600, "sp,"),
        **g.stay("dm", "dmy", 2),
    )


@item("de")
def _(g):
    return g.fill(
        "Für die Lohnabrechnung {m} fehlen noch die Steuer-IDs:\n"
        "Personalnr. {p1}: {i1}\nPersonalnr. {p2}: {i2}\nPersonalnr. {p3}: {i3}",
        m=g.K("date", "März 2024"),
        p1=g.K("quantity", g.d(4, True)),
        i1=g.idnr("bare"),
        p2=g.K("quantity", g.d(4, True)),
        i2=g.idnr("grp"),
        p3=g.K("quantity", g.d(4, True)),
        i3=g.idnr("grp2"),
    )


@item("de")
def _(g):
    return g.fill(
        "Bezug: Ihr Schreiben vom {d}, Steuernummer {stnr}. Meine Steuer-Identifikationsnummer lautet "
        "{idnr}; die im Bescheid ist falsch. Rückfragen gern unter {ph}.",
        d=g.date("dmy"),
        stnr=g.stnr("###/###/#####"),
        idnr=g.idnr("grp"),
        ph=g.phone("DE", "0### ########"),
    )


@item("de")
def _(g):
    return g.fill(
        "Hier schreibt das Team von [[company:Malerbetrieb Haas]] zu Ihrer Anfrage {anf}. Wir haben Sie "
        "telefonisch nicht erreicht – melden Sie sich gern unter {ph} oder per Mail an {em}.\n"
        "[[company:Malerbetrieb Haas e.K.]], USt-IdNr.: {ust}",
        anf=g.num("ticket_number", "AN-#####"),
        ph=g.phone("DE", "0### ######", "f", "221"),
        em=g.email("info@malerbetrieb-haas-demo.de"),
        ust=g.ustid("DE"),
    )


@item("de")
def _(g):
    return g.fill(
        "Termin im [[company:Bürgeramt Mitte]] am {d} um {t}, Vorgangsnummer {vg}. Der Personalausweis sollte "
        "nach {q} Wochen fertig sein, es sind jetzt {q2}. Wartenummer {wn}.",
        d=g.date("dmy"),
        t=g.time("hm0"),
        vg=g.num("ticket_number", "####-####-####"),
        q=g.K("quantity", "4"),
        q2=g.K("quantity", "7"),
        wn=g.K("ticket_number", "B" + g.d(3, True)),
    )


@item("de")
def _(g):
    return g.fill(
        "Lieferanten EU, Prüfung USt-IdNr. zum {d}:\n"
        "[[company:Nordholz GmbH]] – {de}\n[[company:Alpin Bau GmbH]] – {at}\n[[company:Kovo Plzeň s.r.o.]] – {cz}",
        d=g.date("dmy"),
        de=g.ustid("DEs"),
        at=g.atu("ATU"),
        cz=g.dic("CZ"),
    )


@item("de")
def _(g):
    return g.fill(
        "Bestellung {bn} ist immer noch nicht da. Schreiben Sie mir an {em}! Telefonisch erreichen Sie mich "
        "nicht vor {t}.",
        bn=g.num("order_number", "##########"),
        em=g.email(g.person("m").mail("{i}.{l}", "web.de")),
        t=g.time("hm0"),
    )


@item("de")
def _(g):
    good = g.card("visa", "grp")
    return g.fill(
        "Im Formular habe ich versehentlich {bad} eingegeben, korrekt ist {good}. Antrag {ant}.",
        bad=g.typo(good),
        good=good,
        ant=g.num("ticket_number", "########"),
    )


@item("de")
def _(g):
    return g.fill(
        "Kontakt für den Fahrer: Tel.:{ph1}, Mobil:{ph2}. Bestellung {bn}, Nachnahme {amt} €.",
        ph1=g.phone("DE", "0##########", "f", "89"),
        ph2=g.phone("DE", "+49###########"),
        bn=g.num("order_number", "#######"),
        amt=g.amount(20, 300, "sp,"),
    )


@item("de")
def _(g):
    p = g.person("f")
    return g.fill(
        "Wegen der Reklamation {rk} fragen Sie bitte nach Frau {n} in der Buchhaltung, Telefon {ph}, "
        "Durchwahl -214. Sie kennt den Vorgang.",
        rk=g.num("ticket_number", "RK-####-###"),
        n=g.name(p.last, "other"),
        ph=g.phone("DE", "0## ### ###", "f", "40"),
    )


@item("de")
def _(g):
    return g.fill(
        "Die [[product_code:FRITZ!Box 7590]] verliert seit dem Update auf FRITZ!OS {ver} ständig die "
        "Verbindung. Der Techniker von [[brand:Vodafone]] war am {d} da, hat seine Nummer {ph} dagelassen, "
        "geht aber nie ran.",
        ver=g.K("version", "7.57"),
        d=g.date("dmy"),
        ph=g.phone("DE", "0### #######"),
    )


@item("de")
def _(g):
    return g.fill(
        "{iban}\n– auf dieses Konto bitte die Kaution ({amt} €, Buchung {bu}) zurück. Bei Fragen: {em}",
        iban=g.iban("DE", "break"),
        amt=g.amount(200, 1500, ".,"),
        bu=g.num("order_number", "@@-######"),
        em=g.email(g.person("f").mail("{f}{l}", "posteo.de")),
    )


if __name__ == "__main__":
    sys.exit(main())
