"""Write data/eval/pii/blind3.jsonl: a third blind PII split focused on names.

210 items (30 per language: pl, cs, sk, ru, uk, en, de), ids ``b3-<lang>-NNN``, in the
format of data/eval/pii/README.md. Names in salutations, signatures and
self-introductions written the way customers and B2B contacts write mail and chat,
plus a few phones, e-mails, addresses and checksum ids, and many near-misses to keep.

Templates use ``{slot}`` / ``{slot:ctx}`` placeholders (ctx: sal, sig, intro, other
for name slots) and ``<<literal|what>>`` for literal keep spans. A template may start
with ``M|`` or ``F|`` to fix the gender of the writer and the addressee (salutation
slots and quoted-reply headers name the addressee, other slots the writer). Every checksum id is
validated with python-stdnum, every phone with phonenumbers for its region, and
every order/invoice/ticket number is checked to fail all of them.

    .venv/bin/python scripts/make_pii_blind3.py           # rewrites the file, prints counts
    .venv/bin/python scripts/make_pii_blind3.py --check   # file on disk == what it writes
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
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

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "data" / "eval" / "pii" / "blind3.jsonl"
SEED = 30303
PER_LANG = 30
LANGS = ("pl", "cs", "sk", "ru", "uk", "en", "de")
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
CTX = {"sal": "salutation", "sig": "signature", "intro": "self_intro", "other": "other"}

# ---------------------------------------------------------------------------
# Identifier helpers
# ---------------------------------------------------------------------------

DIGIT_CHECKS = (
    pl_pesel.is_valid,
    pl_nip.is_valid,
    pl_regon.is_valid,
    cz_rc.is_valid,
    cz_dic.is_valid,
    sk_rc.is_valid,
    sk_dph.is_valid,
    de_idnr.is_valid,
    lambda d: de_vat.is_valid("DE" + d),
    gb_vat.is_valid,
    ru_inn.is_valid,
    ru_ogrn.is_valid,
    ua_rntrc.is_valid,
    ua_edrpou.is_valid,
    luhn.is_valid,
)


def passes_any(digits: str, region: str) -> bool:
    """True when the digits pass some checksum or are a valid phone number of region."""
    if any(check(digits) for check in DIGIT_CHECKS):
        return True
    for reg in (region, "PL", "CZ", "SK", "RU", "UA", "GB", "DE"):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(digits, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def bad_number(rng: random.Random, length: int, region: str) -> str:
    while True:
        d = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(length - 1))
        if not passes_any(d, region):
            return d


def digits_until(rng: random.Random, make, valid) -> str:
    while True:
        v = make()
        if valid(v):
            return v


def rdig(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def checksum_id(rng: random.Random, lang: str, which: int) -> tuple[str, str]:
    """(value, kind) for lang; which 0 = personal id, 1 = company/tax id."""
    if lang == "pl":
        if which == 0:
            return digits_until(
                rng,
                lambda: (
                    rdig(rng, 2)
                    + "0"
                    + str(rng.randint(1, 9))
                    + "1"
                    + str(rng.randint(0, 9))
                    + rdig(rng, 5)
                ),
                pl_pesel.is_valid,
            ), "pesel"
        v = digits_until(rng, lambda: str(rng.randint(1, 9)) + rdig(rng, 9), pl_nip.is_valid)
        return f"{v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}", "tax_id"
    if lang == "cs":
        if which == 0:
            v = digits_until(
                rng,
                lambda: (
                    f"{rng.randint(60, 99):02d}{rng.choice([1, 6])}{rng.randint(1, 9)}{rng.randint(10, 28)}"
                    + rdig(rng, 4)
                ),
                cz_rc.is_valid,
            )
            return f"{v[:6]}/{v[6:]}", "birth_number"
        return "CZ" + digits_until(
            rng, lambda: str(rng.randint(1, 9)) + rdig(rng, 7), cz_dic.is_valid
        ), "tax_id"
    if lang == "sk":
        if which == 0:
            v = digits_until(
                rng,
                lambda: (
                    f"{rng.randint(60, 99):02d}{rng.choice([0, 5])}{rng.randint(1, 9)}{rng.randint(10, 28)}"
                    + rdig(rng, 4)
                ),
                sk_rc.is_valid,
            )
            return f"{v[:6]}/{v[6:]}", "birth_number"
        return "SK" + digits_until(
            rng, lambda: str(rng.randint(1, 9)) + rdig(rng, 9), sk_dph.is_valid
        ), "tax_id"
    if lang == "ru":
        if which == 0:
            return digits_until(
                rng, lambda: str(rng.randint(1, 9)) + rdig(rng, 11), ru_inn.is_valid
            ), "national_id"
        return digits_until(
            rng, lambda: str(rng.randint(1, 9)) + rdig(rng, 9), ru_inn.is_valid
        ), "tax_id"
    if lang == "uk":
        if which == 0:
            return digits_until(
                rng, lambda: str(rng.randint(1, 9)) + rdig(rng, 9), ua_rntrc.is_valid
            ), "national_id"
        return digits_until(
            rng, lambda: str(rng.randint(1, 4)) + rdig(rng, 7), ua_edrpou.is_valid
        ), "tax_id"
    if lang == "en":
        v = digits_until(rng, lambda: str(rng.randint(1, 9)) + rdig(rng, 8), gb_vat.is_valid)
        return f"GB {v[:3]} {v[3:7]} {v[7:]}", "tax_id"
    if which == 0:
        v = digits_until(rng, lambda: str(rng.randint(1, 9)) + rdig(rng, 10), de_idnr.is_valid)
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}", "national_id"
    return "DE" + digits_until(
        rng, lambda: str(rng.randint(1, 9)) + rdig(rng, 8), lambda d: de_vat.is_valid("DE" + d)
    ), "tax_id"


PHONE = {
    "pl": (["51", "53", "60", "66", "69", "72", "78", "79", "88"], 7),
    "cs": (["60", "72", "73", "77", "79"], 7),
    "sk": (["90", "91", "94", "95"], 7),
    "ru": (["91", "92", "98", "96"], 8),
    "uk": (["50", "67", "93", "97", "63"], 7),
    "en": (["77", "78", "79", "74"], 8),
    "de": (["151", "160", "171", "176"], 7),
}


def phone(rng: random.Random, lang: str) -> str:
    prefixes, rest = PHONE[lang]
    while True:
        n = rng.choice(prefixes) + rdig(rng, rest)
        style = rng.randint(0, 2)
        if lang in ("pl", "cs", "sk"):
            cc = {"pl": "48", "cs": "420", "sk": "421"}[lang]
            if lang == "sk":
                n = "9" + n[1:] if n[0] != "9" else n
            fmts = [
                f"+{cc} {n[:3]} {n[3:6]} {n[6:]}",
                f"{'0' if lang == 'sk' else ''}{n[:3]} {n[3:6]} {n[6:]}",
                f"00{cc} {n[:3]}-{n[3:6]}-{n[6:]}",
            ]
        elif lang == "ru":
            fmts = [
                f"+7 ({n[:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}",
                f"8 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}",
                f"+7{n}",
            ]
        elif lang == "uk":
            fmts = [
                f"+380 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
                f"0{n[:2]} {n[2:5]} {n[5:]}",
                f"(0{n[:2]}) {n[2:5]}-{n[5:7]}-{n[7:]}",
            ]
        elif lang == "en":
            fmts = [f"+44 {n[:4]} {n[4:]}", f"0{n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}"]
        else:
            fmts = [f"+49 {n[:3]} {n[3:]}", f"0{n[:3]} {n[3:7]} {n[7:]}", f"+49 (0){n[:3]} {n[3:]}"]
        s = fmts[style]
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(s, REGION[lang])):
                return s
        except phonenumbers.NumberParseException:
            pass


# ---------------------------------------------------------------------------
# Per-language lists (written for this set)
# ---------------------------------------------------------------------------

# first names: (nominative, vocative); surnames: (male, female, male vocative)
L: dict[str, dict] = {
    "pl": {
        "m": [
            ("Bartosz", "Bartoszu"),
            ("Wiesław", "Wiesławie"),
            ("Radosław", "Radosławie"),
            ("Dominik", "Dominiku"),
            ("Leszek", "Leszku"),
            ("Hubert", "Hubercie"),
            ("Zdzisław", "Zdzisławie"),
            ("Cezary", "Cezary"),
        ],
        "f": [
            ("Bożena", "Bożeno"),
            ("Jolanta", "Jolanto"),
            ("Grażyna", "Grażyno"),
            ("Iwona", "Iwono"),
            ("Renata", "Renato"),
            ("Halina", "Halino"),
            ("Teresa", "Tereso"),
            ("Marzena", "Marzeno"),
        ],
        "s": [
            ("Przybylski", "Przybylska", "Przybylski"),
            ("Wróblewski", "Wróblewska", "Wróblewski"),
            ("Gajewski", "Gajewska", "Gajewski"),
            ("Kołodziej", "Kołodziej", "Kołodzieju"),
            ("Jędrzejczak", "Jędrzejczak", "Jędrzejczaku"),
            ("Sobczyk", "Sobczyk", "Sobczyku"),
            ("Cieślak", "Cieślak", "Cieślaku"),
            ("Ostrowski", "Ostrowska", "Ostrowski"),
            ("Pietrzyk", "Pietrzyk", "Pietrzyku"),
        ],
        "addr": [
            "ul. Łąkowa {n}, {pc} {city}",
            "ul. Gen. Bema {n}/{f}\n{pc} {city}",
            "os. Kalinowe {n}/{f}, {pc} {city}",
            "ul. Piaskowa {n}, {pc} {city}",
        ],
        "pcs": [
            ("31-{d3}", "Kraków"),
            ("60-{d3}", "Poznań"),
            ("80-{d3}", "Gdańsk"),
            ("90-{d3}", "Łódź"),
            ("20-{d3}", "Lublin"),
        ],
        "cities": ["Rzeszów", "Olsztyn", "Bydgoszcz", "Wrocław", "Katowice"],
        "companies": [
            "Drewtrans Sp. z o.o.",
            "Polmetal-Serwis S.A.",
            "Agrokop Sp. j.",
            "Biuro Rachunkowe Kalkulus",
            "Hurtownia Elektryczna Iskra",
        ],
        "namebrands": [
            "Stefan Meble",
            "Pani Teresa Pierogi",
            "Wojciech Amaro Bistro",
            "Bolesław Chrobry Browar",
            "Kazimierz Koncept",
        ],
        "shops": ["Sklep Wiórek", "Ogrodnik24", "Elektro-Lux Market", "Apteka Pod Lipą"],
        "products": ["Wiórek Max 3000", "OgroPomp X2", "KlimaFresh 12"],
        "titles": ["kierownik zmiany", "specjalista ds. zakupów", "dyrektor handlowy", "księgowa"],
        "mails": ["biuro", "zamowienia", "k.nowicki", "reklamacje", "ostrowska.h"],
        "domains": ["drewtrans.pl", "wp.pl", "onet.pl", "agrokop.com.pl"],
    },
    "cs": {
        "m": [
            ("Radek", "Radku"),
            ("Vojtěch", "Vojtěchu"),
            ("Zdeněk", "Zdeňku"),
            ("Luboš", "Luboši"),
            ("Ondřej", "Ondřeji"),
            ("Vlastimil", "Vlastimile"),
            ("Bohumil", "Bohumile"),
            ("Štěpán", "Štěpáne"),
        ],
        "f": [
            ("Jarmila", "Jarmilo"),
            ("Radka", "Radko"),
            ("Blanka", "Blanko"),
            ("Zdenka", "Zdenko"),
            ("Vlasta", "Vlasto"),
            ("Dagmar", "Dagmar"),
            ("Ivana", "Ivano"),
            ("Libuše", "Libuše"),
        ],
        "s": [
            ("Kratochvíl", "Kratochvílová", "Kratochvíle"),
            ("Šimek", "Šimková", "Šimku"),
            ("Doležal", "Doležalová", "Doležale"),
            ("Vaněk", "Vaňková", "Vaňku"),
            ("Pokorný", "Pokorná", "Pokorný"),
            ("Bartoš", "Bartošová", "Bartoši"),
            ("Jelínek", "Jelínková", "Jelínku"),
            ("Sýkora", "Sýkorová", "Sýkoro"),
            ("Kadlec", "Kadlecová", "Kadleci"),
        ],
        "addr": [
            "Lipová {n}, {pc} {city}",
            "Nádražní {n}/{f}\n{pc} {city}",
            "U Splavu {n}, {pc} {city}",
            "Jabloňová {n}/{f}, {pc} {city}",
        ],
        "pcs": [
            ("602 {d2}", "Brno"),
            ("779 {d2}", "Olomouc"),
            ("370 {d2}", "České Budějovice"),
            ("301 {d2}", "Plzeň"),
            ("460 {d2}", "Liberec"),
        ],
        "cities": ["Jihlava", "Zlín", "Pardubice", "Kladno", "Ostrava"],
        "companies": [
            "Kovošrot Haná s.r.o.",
            "Stavmont CZ a.s.",
            "Pekárna U Mlýna",
            "TechnoSklad s.r.o.",
            "Elektro Brázda",
        ],
        "namebrands": [
            "Franta Pivovar",
            "Babička Marie Dorty",
            "Karel Hynek Café",
            "Josef Lada Papírnictví",
            "Teta Věra Catering",
        ],
        "shops": ["Dřevák.cz", "Zahradníček", "ElektroKos", "Lékárna U Lípy"],
        "products": ["Dřevák Pro 5", "AquaZahrada 200", "SušMax 9"],
        "titles": ["vedoucí skladu", "nákupčí", "obchodní ředitel", "účetní"],
        "mails": ["info", "objednavky", "reklamace", "sklad.brno", "jarmila.s"],
        "domains": ["seznam.cz", "email.cz", "stavmont.cz", "kovosrot-hana.cz"],
    },
    "sk": {
        "m": [
            ("Rastislav", "Rastislav"),
            ("Branislav", "Branislav"),
            ("Dušan", "Dušan"),
            ("Ľuboš", "Ľuboš"),
            ("Miroslav", "Miroslav"),
            ("Igor", "Igor"),
            ("Štefan", "Štefan"),
            ("Juraj", "Juraj"),
        ],
        "f": [
            ("Ľubica", "Ľubica"),
            ("Soňa", "Soňa"),
            ("Iveta", "Iveta"),
            ("Dana", "Dana"),
            ("Andrea", "Andrea"),
            ("Katarína", "Katarína"),
            ("Alžbeta", "Alžbeta"),
            ("Viera", "Viera"),
        ],
        "s": [
            ("Hudec", "Hudecová", "Hudec"),
            ("Baláž", "Balážová", "Baláž"),
            ("Ondruš", "Ondrušová", "Ondruš"),
            ("Lacko", "Lacková", "Lacko"),
            ("Straka", "Straková", "Straka"),
            ("Kmeť", "Kmeťová", "Kmeť"),
            ("Greguš", "Gregušová", "Greguš"),
            ("Kollár", "Kollárová", "Kollár"),
            ("Paulík", "Pauliková", "Paulík"),
        ],
        "addr": [
            "Hlboká {n}, {pc} {city}",
            "Štúrova {n}/{f}\n{pc} {city}",
            "Pod Vinicami {n}, {pc} {city}",
            "Jesenského {n}, {pc} {city}",
        ],
        "pcs": [
            ("040 {d2}", "Košice"),
            ("010 {d2}", "Žilina"),
            ("949 {d2}", "Nitra"),
            ("974 {d2}", "Banská Bystrica"),
            ("080 {d2}", "Prešov"),
        ],
        "cities": ["Trnava", "Martin", "Poprad", "Trenčín", "Zvolen"],
        "companies": [
            "Tatrastav s.r.o.",
            "Agro Hron a.s.",
            "Drevovýroba Lacko s.r.o.",
            "ElektroTrh SK",
            "Kovo Orava s.r.o.",
        ],
        "namebrands": [
            "Jánošík Pizza",
            "Teta Gizka Koláče",
            "Milan Rastislav Štefánik Hotel",
            "Strýko Ďuro Grill",
            "Babka Anča Bistro",
        ],
        "shops": ["Drevko.sk", "Záhradkár", "ElektroPlus", "Lekáreň Pod Hradom"],
        "products": ["Drevko Pro 7", "AquaZáhrada 300", "Sušiak S5"],
        "titles": ["vedúci skladu", "nákupca", "obchodný riaditeľ", "účtovníčka"],
        "mails": ["info", "objednavky", "reklamacie", "sklad.ke", "iveta.h"],
        "domains": ["azet.sk", "centrum.sk", "tatrastav.sk", "agrohron.sk"],
    },
    "ru": {
        "m": [
            ("Всеволод", "Всеволод"),
            ("Аркадий", "Аркадий"),
            ("Геннадий", "Геннадий"),
            ("Тимофей", "Тимофей"),
            ("Ярослав", "Ярослав"),
            ("Вадим", "Вадим"),
            ("Станислав", "Станислав"),
            ("Эдуард", "Эдуард"),
        ],
        "f": [
            ("Вероника", "Вероника"),
            ("Лариса", "Лариса"),
            ("Эльвира", "Эльвира"),
            ("Алевтина", "Алевтина"),
            ("Снежана", "Снежана"),
            ("Зинаида", "Зинаида"),
            ("Регина", "Регина"),
            ("Полина", "Полина"),
        ],
        "s": [
            ("Ершов", "Ершова", "Ершов"),
            ("Лаптев", "Лаптева", "Лаптев"),
            ("Тихомиров", "Тихомирова", "Тихомиров"),
            ("Журавлёв", "Журавлёва", "Журавлёв"),
            ("Гончаров", "Гончарова", "Гончаров"),
            ("Белоусов", "Белоусова", "Белоусов"),
            ("Крылов", "Крылова", "Крылов"),
            ("Сафонов", "Сафонова", "Сафонов"),
        ],
        "patr": [
            ("Олегович", "Олеговна"),
            ("Борисович", "Борисовна"),
            ("Игоревич", "Игоревна"),
            ("Валерьевич", "Валерьевна"),
            ("Леонидович", "Леонидовна"),
            ("Аркадьевич", "Аркадьевна"),
        ],
        "addr": [
            "ул. Садовая, д. {n}, кв. {f}, {pc} {city}",
            "пр-т Мира, д. {n}\n{pc} {city}",
            "ул. Заречная, {n}-{f}, {pc} {city}",
            "пер. Кленовый, д. {n}, {pc} {city}",
        ],
        "pcs": [
            ("630{d3}", "Новосибирск"),
            ("420{d3}", "Казань"),
            ("614{d3}", "Пермь"),
            ("344{d3}", "Ростов-на-Дону"),
            ("620{d3}", "Екатеринбург"),
        ],
        "cities": ["Самара", "Тверь", "Омск", "Воронеж", "Ярославль"],
        "companies": [
            "ООО «Стройресурс»",
            "АО «Сибтехмаш»",
            "ООО «Веста-Логистик»",
            "ООО «Кедр-Сервис»",
            "ООО «Полимерпласт»",
        ],
        "namebrands": [
            "Дядя Ваня",
            "Бабушкин Лукошко",
            "Пётр Великий Пекарня",
            "Иван Царевич Пицца",
            "Тётя Зина Пельмени",
        ],
        "shops": ["ДомТехМаркет", "Садовод-Плюс", "ЭлектроМир", "Аптека Здоровье+"],
        "products": ["ТехноПар 5", "СадПомп Х3", "КлиматДом 12"],
        "titles": [
            "менеджер по закупкам",
            "главный бухгалтер",
            "начальник склада",
            "коммерческий директор",
        ],
        "mails": ["zakupki", "info", "snab", "buh.vesta", "otdel.prodazh"],
        "domains": ["mail.ru", "yandex.ru", "stroyresurs.ru", "sibtehmash.ru"],
    },
    "uk": {
        "m": [
            ("Тарас", "Тарасе"),
            ("Богдан", "Богдане"),
            ("Остап", "Остапе"),
            ("Назар", "Назаре"),
            ("Мирослав", "Мирославе"),
            ("Орест", "Оресте"),
            ("Святослав", "Святославе"),
            ("Ярема", "Яремо"),
        ],
        "f": [
            ("Оксана", "Оксано"),
            ("Соломія", "Соломіє"),
            ("Ганна", "Ганно"),
            ("Мирослава", "Мирославо"),
            ("Ярина", "Ярино"),
            ("Леся", "Лесю"),
            ("Зоряна", "Зоряно"),
            ("Уляна", "Уляно"),
        ],
        "s": [
            ("Гнатюк", "Гнатюк", "Гнатюку"),
            ("Дячук", "Дячук", "Дячуку"),
            ("Процишин", "Процишин", "Процишине"),
            ("Ярошенко", "Ярошенко", "Ярошенку"),
            ("Семенюк", "Семенюк", "Семенюку"),
            ("Кравців", "Кравців", "Кравціву"),
            ("Остапчук", "Остапчук", "Остапчуку"),
            ("Мельничук", "Мельничук", "Мельничуку"),
        ],
        "patr": [
            ("Петрович", "Петрівна", "Петровичу", "Петрівно"),
            ("Миколайович", "Миколаївна", "Миколайовичу", "Миколаївно"),
            ("Степанович", "Степанівна", "Степановичу", "Степанівно"),
            ("Васильович", "Василівна", "Васильовичу", "Василівно"),
        ],
        "addr": [
            "вул. Шевченка, {n}, кв. {f}, {pc} {city}",
            "вул. Личаківська, {n}\n{pc} {city}",
            "просп. Перемоги, {n}/{f}, {pc} {city}",
            "вул. Садова, {n}, {pc} {city}",
        ],
        "pcs": [
            ("79{d3}", "Львів"),
            ("61{d3}", "Харків"),
            ("65{d3}", "Одеса"),
            ("21{d3}", "Вінниця"),
            ("76{d3}", "Івано-Франківськ"),
        ],
        "cities": ["Полтава", "Чернівці", "Тернопіль", "Житомир", "Ужгород"],
        "companies": [
            "ТОВ «Агросвіт»",
            "ПП «Будмайстер»",
            "ТОВ «Карпатська Логістика»",
            "ТОВ «Дніпро-Сервіс»",
            "ТОВ «Теплодім»",
        ],
        "namebrands": [
            "Дід Панас Ковбаси",
            "Бабця Галя Пекарня",
            "Кобзар Кафе",
            "Тарас Бульба Ресторан",
            "Пан Коцький Зоомагазин",
        ],
        "shops": ["ТехноДім", "Садівник", "ЕлектроСвіт", "Аптека Здоров'я"],
        "products": ["ТеплоМакс 9", "СадНасос Т2", "ЕкоБойлер 80"],
        "titles": [
            "менеджер із закупівель",
            "головний бухгалтер",
            "керівник складу",
            "комерційний директор",
        ],
        "mails": ["info", "zakupivli", "buh", "sklad.lviv", "prodazh"],
        "domains": ["ukr.net", "gmail.com", "agrosvit.ua", "teplodim.com.ua"],
    },
    "en": {
        "m": [
            ("Declan", "Declan"),
            ("Rhys", "Rhys"),
            ("Callum", "Callum"),
            ("Oswald", "Oswald"),
            ("Trevor", "Trevor"),
            ("Nigel", "Nigel"),
            ("Gareth", "Gareth"),
            ("Alistair", "Alistair"),
        ],
        "f": [
            ("Imogen", "Imogen"),
            ("Philippa", "Philippa"),
            ("Maeve", "Maeve"),
            ("Rosalind", "Rosalind"),
            ("Harriet", "Harriet"),
            ("Niamh", "Niamh"),
            ("Bronwen", "Bronwen"),
            ("Tamsin", "Tamsin"),
        ],
        "s": [
            ("Pemberton", "Pemberton", "Pemberton"),
            ("Ashworth", "Ashworth", "Ashworth"),
            ("Fairclough", "Fairclough", "Fairclough"),
            ("Trelawney", "Trelawney", "Trelawney"),
            ("Cartwright", "Cartwright", "Cartwright"),
            ("Oduya", "Oduya", "Oduya"),
            ("McAllister", "McAllister", "McAllister"),
            ("Brindley", "Brindley", "Brindley"),
            ("Hollingsworth", "Hollingsworth", "Hollingsworth"),
        ],
        "addr": [
            "{n} Wheatsheaf Lane, {city} {pc}",
            "Flat {f}, {n} Mortimer Road\n{city} {pc}",
            "{n} Old Quarry Close, {city} {pc}",
            "{n} Bramble Court, {city} {pc}",
        ],
        "pcs": [
            ("LS6 {d1}QT", "Leeds"),
            ("BS7 {d1}HW", "Bristol"),
            ("NG5 {d1}RP", "Nottingham"),
            ("CF14 {d1}LD", "Cardiff"),
            ("EH9 {d1}JN", "Edinburgh"),
        ],
        "cities": ["Sheffield", "Norwich", "Swansea", "Aberdeen", "Leicester"],
        "companies": [
            "Brindle & Hoyt Ltd",
            "Northgate Fixings plc",
            "Copperkettle Catering Ltd",
            "Ashdown Freight",
            "Kestrel Office Supplies",
        ],
        "namebrands": [
            "Ted Baker",
            "Uncle Ben's",
            "Jack Daniel's",
            "Betty Crocker",
            "Sam's Kitchen",
        ],
        "shops": ["HomeHaven", "GardenGrove", "VoltMart", "Riverside Pharmacy"],
        "products": ["HomeHaven Air 5", "Grove Pump X2", "VoltMart Kettle K9"],
        "titles": ["Procurement Manager", "Accounts Payable", "Operations Lead", "Office Manager"],
        "mails": ["accounts", "orders", "d.fairclough", "ops", "hello"],
        "domains": ["brindlehoyt.co.uk", "btinternet.com", "outlook.com", "kestreloffice.co.uk"],
    },
    "de": {
        "m": [
            ("Jörg", "Jörg"),
            ("Torsten", "Torsten"),
            ("Volker", "Volker"),
            ("Henning", "Henning"),
            ("Detlef", "Detlef"),
            ("Ulrich", "Ulrich"),
            ("Lennart", "Lennart"),
            ("Matthias", "Matthias"),
        ],
        "f": [
            ("Wiebke", "Wiebke"),
            ("Gesine", "Gesine"),
            ("Heike", "Heike"),
            ("Britta", "Britta"),
            ("Annegret", "Annegret"),
            ("Silke", "Silke"),
            ("Frauke", "Frauke"),
            ("Dörte", "Dörte"),
        ],
        "s": [
            ("Brinkmann", "Brinkmann", "Brinkmann"),
            ("Vosskamp", "Vosskamp", "Vosskamp"),
            ("Hallerbach", "Hallerbach", "Hallerbach"),
            ("Kühnel", "Kühnel", "Kühnel"),
            ("Osterloh", "Osterloh", "Osterloh"),
            ("Rautenberg", "Rautenberg", "Rautenberg"),
            ("Dierks", "Dierks", "Dierks"),
            ("Pfannkuch", "Pfannkuch", "Pfannkuch"),
            ("Lüders", "Lüders", "Lüders"),
        ],
        "addr": [
            "Lindenweg {n}, {pc} {city}",
            "Am Mühlbach {n}\n{pc} {city}",
            "Kastanienallee {n}a, {pc} {city}",
            "Gartenstr. {n}, {pc} {city}",
        ],
        "pcs": [
            ("28{d3}", "Bremen"),
            ("44{d3}", "Dortmund"),
            ("04{d3}", "Leipzig"),
            ("90{d3}", "Nürnberg"),
            ("24{d3}", "Kiel"),
        ],
        "cities": ["Freiburg", "Kassel", "Rostock", "Augsburg", "Münster"],
        "companies": [
            "Brinkmann & Söhne GmbH",
            "Nordlicht Logistik GmbH",
            "Holzbau Eder KG",
            "Elektro Wessel GmbH",
            "Sanitär Ostwald GmbH",
        ],
        "namebrands": [
            "Tchibo",
            "Dr. Oetker",
            "Hans im Glück",
            "Tante Emma Laden",
            "Onkel Hugo Grillhaus",
        ],
        "shops": ["Heimwerkerwelt", "Gartenfreund", "ElektroBlitz", "Linden-Apotheke"],
        "products": ["Heimwerker Pro 5", "Gartenfreund Pumpe P3", "Blitz Toaster T4"],
        "titles": ["Einkaufsleiter", "Buchhaltung", "Lagerleitung", "Geschäftsführer"],
        "mails": ["einkauf", "info", "buchhaltung", "lager", "h.dierks"],
        "domains": ["nordlicht-logistik.de", "web.de", "gmx.de", "holzbau-eder.de"],
    },
}

# ---------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------

T: dict[str, list[str]] = {
    "pl": [
        "F|Szanowna Pani {voc:sal},\ndziękuję za szybką odpowiedź w sprawie zamówienia {order}. Towar dotarł, ale brakuje jednej palety.\n\nPozdrawiam serdecznie\n{name:sig}\n{title}\n{company}\ntel. {phone}",
        "M|Panie {voc:sal}, faktura {inv} nadal nie jest opłacona. Proszę o pilny kontakt.\n{name:sig}",
        "Dzień dobry,\nnazywam się {name:intro} i piszę w imieniu firmy {company}. Chcielibyśmy zamówić {product} w ilości 40 sztuk.\nZ poważaniem, {name:sig}",
        "M|Szanowny Panie {lastvoc:sal},\nprzesyłam skan protokołu reklamacyjnego do zlecenia {order}.\n\nZ wyrazami szacunku\ndr inż. {name:sig}\nKierownik działu jakości, {company}",
        "Cześć {voc:sal}!\nPaczka z {shop} znowu utknęła w {city}. Masz jakiś kontakt do kuriera?\n{first:sig}",
        "Witam,\nreklamacja dot. {product}, nr zamówienia {order}. Urządzenie przestało grzać po tygodniu.\nPozdrawiam, {name:sig}\n\nWysłane z iPhone'a",
        "Dzień dobry, tu {name:intro} z {company}, dzwonię w sprawie faktury {inv}, proszę o oddzwonienie: {phone}.",
        "Zespół {shop} dziękuje za zakupy! Twoje zamówienie {order} zostało wysłane.\n\nPozdrawiamy\nZespół {shop}",
        "F|Pani {voc:sal}, bardzo dziękuję za pomoc przy zwrocie.\nSerdeczności, {first:sig}",
        "Szanowni Państwo,\nproszę o korektę faktury {inv} – błędny NIP nabywcy, poprawny to {id1}.\n\n{caps:sig}\n{company}\n{addr}",
        "Dzień dobry,\nzamówiłem w {namebrand} tort na sobotę, zamówienie {order}, i nikt nie odbiera telefonu.\nPozdrawiam\n{init:sig}",
        "F|Szanowna Pani {dblvoc:sal},\nw załączeniu zestawienie dostaw za marzec.\n\nPozdrawiam\n{name:sig} | {title} | {company}\nkom. {phone} | {email}",
        "Hej, jestem {first:intro}, kupiłem u Was {product} i nie działa aplikacja. Co robić?",
        "Dzień dobry,\nw nawiązaniu do rozmowy telefonicznej przesyłam dane do umowy: PESEL {id0}, adres {addr}.\nZ poważaniem\n{name:sig}\n\nW dniu <<12.03.2025|date>> o <<10:14|time>> {name2:other} <{email}> napisał(a):\n> Proszę o przesłanie danych.",
        "Kierownik sklepu w {city} obiecał zwrot <<249,99 zł|amount>> do piątku. Nie ma nic. Zamówienie {order}.",
        "Dziękuję, {first:sig}",
        "Witam Panią serdecznie,\nczy faktura {inv} może być wystawiona na {company}?\nZ góry dziękuję\n{name:sig}",
        "M|Witam, z tej strony {name:intro}, {title} w {company}. Potrzebujemy oferty na 300 szt. {product}.\n--\n{name:sig}\n{phone}",
        "Szanowny Panie Dyrektorze,\nzwracam się z prośbą o przedłużenie terminu płatności faktury {inv}.\nZ poważaniem\nmgr {name:sig}\n{title}",
        "Dobry wieczór {voc:sal}, dzięki za info o dostawie. Do usłyszenia! – {first:sig}",
        "Kontakt w sprawie zamówień hurtowych: {email}, tel. {phone}.\nZespół {company}",
        "Reklamacja w {namebrand}: zamówienie {order}, kwota <<89,00 zł|amount>>. Proszę o zwrot na konto.\n{name:sig}\nSent from my iPhone",
    ],
    "cs": [
        "F|Vážená paní {lastvoc:sal},\nděkuji za rychlou odpověď k objednávce {order}. Zboží dorazilo, chybí ale jedna paleta.\n\nS pozdravem\n{name:sig}\n{title}\n{company}\ntel.: {phone}",
        "M|Dobrý den, pane {lastvoc:sal},\nfaktura {inv} stále není uhrazena. Prosím o kontakt.\n{name:sig}",
        "Dobrý den,\njmenuji se {name:intro} a píšu za firmu {company}. Rádi bychom objednali {product}, 40 kusů.\nS pozdravem {name:sig}",
        "M|Vážený pane inženýre,\nposílám protokol k reklamaci {order}.\n\nS úctou\nIng. {name:sig}, Ph.D.\nvedoucí kvality, {company}",
        "Ahoj {voc:sal}, balík z {shop} zase uvízl v {city}. Nemáš kontakt na kurýra?\n{first:sig}",
        "Dobrý den,\nreklamace {product}, číslo objednávky {order}. Přestalo to topit po týdnu.\nDíky, {name:sig}\n\nOdesláno z iPhonu",
        "Dobrý den, tady {name:intro} z {company}, volám kvůli faktuře {inv}, zavolejte prosím zpět na {phone}.",
        "Tým {shop} děkuje za nákup! Vaše objednávka {order} byla odeslána.\n\nS pozdravem\nTým {shop}",
        "F|Milá {voc:sal}, moc děkuji za pomoc s vrácením zboží.\nMějte se, {first:sig}",
        "Dobrý den,\nprosím o opravu faktury {inv}, DIČ odběratele je {id1}.\n\n{caps:sig}\n{company}\n{addr}",
        "Dobrý den, objednala jsem u {namebrand} dort na sobotu ({order}) a nikdo nebere telefon.\nZdraví\n{init:sig}",
        "F|Dobrý den, paní {dbl:sal},\nv příloze posílám přehled dodávek za březen.\n\nS pozdravem\n{name:sig} | {title} | {company}\nmobil: {phone} | {email}",
        "Čau, já jsem {first:intro}, koupil jsem u vás {product} a nejde aplikace. Co s tím?",
        "Dobrý den,\nposílám údaje ke smlouvě: rodné číslo {id0}, adresa {addr}.\nS pozdravem\n{name:sig}\n\nDne <<12. 3. 2025|date>> v <<10:14|time>> {name2:other} <{email}> napsal(a):\n> Prosím o zaslání údajů.",
        "Vedoucí prodejny v {city} slíbil vrácení <<1 249 Kč|amount>> do pátku. Nic nepřišlo. Objednávka {order}.",
        "Díky, {first:sig}",
        "Dobrý den,\nmůže být faktura {inv} vystavena na {company}?\nPředem děkuji\n{name:sig}",
        "M|Dobrý den, u telefonu {name:intro}, {title} ve firmě {company}. Potřebujeme nabídku na 300 ks {product}.\n--\n{name:sig}\n{phone}",
        "Vážený pane řediteli,\nžádám o prodloužení splatnosti faktury {inv}.\nS úctou\nMgr. {name:sig}\n{title}",
        "Dobrý večer {voc:sal}, díky za info k dopravě. Zatím! {first:sig}",
        "Kontakt pro velkoodběratele: {email}, tel. {phone}.\nTým {company}",
        "Reklamace u {namebrand}: objednávka {order}, částka <<389 Kč|amount>>. Prosím o vrácení peněz.\n{name:sig}\nSent from my iPhone",
    ],
    "sk": [
        "F|Vážená pani {last:sal},\nďakujem za rýchlu odpoveď k objednávke {order}. Tovar prišiel, chýba však jedna paleta.\n\nS pozdravom\n{name:sig}\n{title}\n{company}\ntel.: {phone}",
        "M|Dobrý deň, pán {last:sal},\nfaktúra {inv} stále nie je uhradená. Prosím o kontakt.\n{name:sig}",
        "Dobrý deň,\nvolám sa {name:intro} a píšem za firmu {company}. Radi by sme objednali {product}, 40 kusov.\nS pozdravom {name:sig}",
        "M|Vážený pán inžinier,\nposielam protokol k reklamácii {order}.\n\nS úctou\nIng. {name:sig}, PhD.\nvedúci kvality, {company}",
        "Ahoj {first:sal}, balík z {shop} zase uviazol v meste {city}. Máš kontakt na kuriéra?\n{first:sig}",
        "Dobrý deň,\nreklamácia {product}, číslo objednávky {order}. Prestalo to hriať po týždni.\nVďaka, {name:sig}\n\nOdoslané z iPhonu",
        "Dobrý deň, tu {name:intro} z {company}, volám kvôli faktúre {inv}, zavolajte mi prosím späť na {phone}.",
        "Tím {shop} ďakuje za nákup! Vaša objednávka {order} bola odoslaná.\n\nS pozdravom\nTím {shop}",
        "F|Milá {first:sal}, veľmi pekne ďakujem za pomoc s vrátením tovaru.\nMaj sa, {first:sig}",
        "Dobrý deň,\nprosím o opravu faktúry {inv}, IČ DPH odberateľa je {id1}.\n\n{caps:sig}\n{company}\n{addr}",
        "Dobrý deň, objednala som si v {namebrand} tortu na sobotu ({order}) a nikto nedvíha telefón.\nZdraví\n{init:sig}",
        "F|Dobrý deň, pani {dbl:sal},\nv prílohe posielam prehľad dodávok za marec.\n\nS pozdravom\n{name:sig} | {title} | {company}\nmobil: {phone} | {email}",
        "Čau, ja som {first:intro}, kúpil som u vás {product} a nejde aplikácia. Čo s tým?",
        "Dobrý deň,\nposielam údaje k zmluve: rodné číslo {id0}, adresa {addr}.\nS pozdravom\n{name:sig}\n\nDňa <<12. 3. 2025|date>> o <<10:14|time>> {name2:other} <{email}> napísal(a):\n> Prosím o zaslanie údajov.",
        "Vedúci predajne v meste {city} sľúbil vrátenie <<49,90 €|amount>> do piatku. Nič neprišlo. Objednávka {order}.",
        "Ďakujem, {first:sig}",
        "Dobrý deň,\nmôže byť faktúra {inv} vystavená na {company}?\nVopred ďakujem\n{name:sig}",
        "M|Dobrý deň, pri telefóne {name:intro}, {title} vo firme {company}. Potrebujeme ponuku na 300 ks {product}.\n--\n{name:sig}\n{phone}",
        "Vážený pán riaditeľ,\nžiadam o predĺženie splatnosti faktúry {inv}.\nS úctou\nMgr. {name:sig}\n{title}",
        "Dobrý večer {first:sal}, vďaka za info k doprave. Zatiaľ! {first:sig}",
        "Kontakt pre veľkoodberateľov: {email}, tel. {phone}.\nTím {company}",
        "Reklamácia v {namebrand}: objednávka {order}, suma <<19,90 €|amount>>. Prosím o vrátenie peňazí.\n{name:sig}\nSent from my iPhone",
    ],
    "ru": [
        "F|Уважаемая {patr:sal}!\nСпасибо за быстрый ответ по заказу {order}. Товар пришёл, но не хватает одного паллета.\n\nС уважением,\n{name:sig}\n{title}\n{company}\nтел.: {phone}",
        "M|{patr:sal}, добрый день! Счёт {inv} до сих пор не оплачен. Прошу связаться со мной.\n{name:sig}",
        "Здравствуйте!\nМеня зовут {name:intro}, пишу от компании {company}. Хотим заказать {product}, 40 штук.\nС уважением, {name:sig}",
        "M|Добрый день, коллеги.\nНаправляю акт по рекламации {order}.\n\nС уважением,\nк.т.н. {fio:sig}\nначальник отдела качества, {company}",
        "Привет, {first:sal}! Посылка из {shop} опять застряла в городе {city}. Есть контакт курьера?\n{first:sig}",
        "Здравствуйте,\nрекламация по {product}, номер заказа {order}. Перестал греть через неделю.\nСпасибо, {name:sig}\n\nОтправлено с iPhone",
        "Добрый день, это {name:intro} из {company}. Звоню по счёту {inv}, перезвоните, пожалуйста: {phone}.",
        "Команда {shop} благодарит за покупку! Ваш заказ {order} отправлен.\n\nС уважением,\nКоманда {shop}",
        "F|{first:sal}, огромное спасибо за помощь с возвратом!\nВсего доброго, {first:sig}",
        "Добрый день!\nПрошу исправить счёт {inv}: ИНН покупателя {id1}.\n\n{caps:sig}\n{company}\n{addr}",
        "Здравствуйте, заказала в {namebrand} торт на субботу ({order}), и никто не берёт трубку.\n{init:sig}",
        "Добрый день, {patr:sal}!\nВо вложении сводка поставок за март.\n\nС уважением,\n{name:sig} | {title} | {company}\nмоб.: {phone} | {email}",
        "Привет, я {first:intro}, купил у вас {product}, и не работает приложение. Что делать?",
        "Добрый день,\nнаправляю данные для договора: ИНН {id0}, адрес {addr}.\nС уважением,\n{name:sig}\n\n<<12.03.2025|date>>, <<10:14|time>>, {name2:other} <{email}> пишет:\n> Пришлите, пожалуйста, данные.",
        "Директор магазина в городе {city} обещал вернуть <<3 490 ₽|amount>> до пятницы. Ничего нет. Заказ {order}.",
        "Спасибо, {first:sig}",
        "Добрый день,\nможно ли выставить счёт {inv} на {company}?\nЗаранее спасибо,\n{name:sig}",
        "M|Здравствуйте, на связи {name:intro}, {title} в {company}. Нужно предложение на 300 шт. {product}.\n--\n{name:sig}\n{phone}",
        "Уважаемый господин директор!\nПрошу продлить срок оплаты счёта {inv}.\nС уважением,\n{fio:sig}\n{title}",
        "Добрый вечер, {first:sal}, спасибо за информацию о доставке. До связи! {first:sig}",
        "Контакты для оптовых клиентов: {email}, тел. {phone}.\nКоманда {company}",
        "Претензия в {namebrand}: заказ {order}, сумма <<1 290 ₽|amount>>. Прошу вернуть деньги.\n{name:sig}\nSent from my iPhone",
    ],
    "uk": [
        "F|Шановна {patrvoc:sal}!\nДякую за швидку відповідь щодо замовлення {order}. Товар прийшов, але бракує одного піддону.\n\nЗ повагою,\n{name:sig}\n{title}\n{company}\nтел.: {phone}",
        "M|Пане {voc:sal}, добрий день! Рахунок {inv} досі не оплачено. Прошу зв'язатися.\n{name:sig}",
        "Добрий день!\nМене звати {name:intro}, пишу від компанії {company}. Хочемо замовити {product}, 40 штук.\nЗ повагою, {name:sig}",
        "M|Добрий день, колеги.\nНадсилаю акт щодо рекламації {order}.\n\nЗ повагою,\nк.т.н. {name:sig}\nкерівник відділу якості, {company}",
        "Привіт, {voc:sal}! Посилка з {shop} знову застрягла у місті {city}. Маєш контакт кур'єра?\n{first:sig}",
        "Добрий день,\nрекламація на {product}, номер замовлення {order}. Перестав гріти через тиждень.\nДякую, {name:sig}\n\nНадіслано з iPhone",
        "Добрий день, це {name:intro} з {company}. Телефоную щодо рахунку {inv}, передзвоніть, будь ласка: {phone}.",
        "Команда {shop} дякує за покупку! Ваше замовлення {order} відправлено.\n\nЗ повагою,\nКоманда {shop}",
        "F|Пані {voc:sal}, щиро дякую за допомогу з поверненням!\nГарного дня, {first:sig}",
        "Добрий день!\nПрошу виправити рахунок {inv}: код ЄДРПОУ покупця {id1}.\n\n{caps:sig}\n{company}\n{addr}",
        "Добрий день, замовила в {namebrand} торт на суботу ({order}), і ніхто не бере слухавку.\n{init:sig}",
        "Добрий день, {patrvoc:sal}!\nУ вкладенні зведення поставок за березень.\n\nЗ повагою,\n{name:sig} | {title} | {company}\nмоб.: {phone} | {email}",
        "Привіт, я {first:intro}, купив у вас {product}, і не працює застосунок. Що робити?",
        "Добрий день,\nнадсилаю дані для договору: РНОКПП {id0}, адреса {addr}.\nЗ повагою,\n{name:sig}\n\n<<12.03.2025|date>> о <<10:14|time>> {name2:other} <{email}> пише:\n> Надішліть, будь ласка, дані.",
        "Директор магазину в місті {city} обіцяв повернути <<1 250 грн|amount>> до п'ятниці. Нічого немає. Замовлення {order}.",
        "Дякую, {first:sig}",
        "Добрий день,\nчи можна виставити рахунок {inv} на {company}?\nЗаздалегідь дякую,\n{name:sig}",
        "M|Вітаю, на зв'язку {name:intro}, {title} у {company}. Потрібна пропозиція на 300 шт. {product}.\n--\n{name:sig}\n{phone}",
        "Шановний пане директоре!\nПрошу продовжити термін оплати рахунку {inv}.\nЗ повагою,\n{name:sig}\n{title}",
        "Добрий вечір, {voc:sal}, дякую за інформацію про доставку. На зв'язку! {first:sig}",
        "Контакти для оптових клієнтів: {email}, тел. {phone}.\nКоманда {company}",
        "Претензія до {namebrand}: замовлення {order}, сума <<480 грн|amount>>. Прошу повернути кошти.\n{name:sig}\nSent from my iPhone",
    ],
    "en": [
        "F|Dear Ms {last:sal},\nThanks for the quick reply about order {order}. The goods arrived but one pallet is missing.\n\nKind regards,\n{name:sig}\n{title}\n{company}\nT: {phone}",
        "M|Hi {first:sal}, invoice {inv} is still unpaid. Could you give me a call?\n{name:sig}",
        "Hello,\nMy name is {name:intro} and I'm writing on behalf of {company}. We'd like to order 40 units of {product}.\nBest, {name:sig}",
        "M|Dear colleagues,\nPlease find attached the report for claim {order}.\n\nYours faithfully,\nDr {name:sig} PhD\nHead of Quality, {company}",
        "Hey {first:sal}! My parcel from {shop} is stuck in {city} again. Got a number for the courier?\n{first:sig}",
        "Hi,\nComplaint about {product}, order no. {order}. Stopped heating after a week.\nThanks, {name:sig}\n\nSent from my iPhone",
        "Hi, this is {name:intro} from {company}. I'm calling about invoice {inv}, please ring me back on {phone}.",
        "The {shop} Team thanks you for shopping with us! Your order {order} has been dispatched.\n\nBest wishes,\nThe {shop} Team",
        "F|{first:sal}, thank you so much for sorting out the return.\nCheers, {first:sig}",
        "Good morning,\nPlease correct invoice {inv}: our VAT number is {id1}.\n\n{caps:sig}\n{company}\n{addr}",
        "Hi, I ordered a cake from {namebrand} for Saturday ({order}) and nobody answers the phone.\n{init:sig}",
        "F|Dear Mrs {dbl:sal},\nAttached is the March delivery summary.\n\nRegards,\n{name:sig} | {title} | {company}\nM: {phone} | {email}",
        "Hiya, I'm {first:intro}, bought {product} from you and the app won't work. What now?",
        "Hello,\nAs discussed, my address for the contract is {addr}.\nBest regards,\n{name:sig}\n\nOn <<12 Mar 2025|date>>, at <<10:14|time>>, {name2:other} <{email}> wrote:\n> Please send your details.",
        "The store manager in {city} promised a refund of <<£49.99|amount>> by Friday. Nothing yet. Order {order}.",
        "Thanks, {first:sig}",
        "Hello,\nCould invoice {inv} be made out to {company}?\nMany thanks in advance\n{name:sig}",
        "M|Hello, {name:intro} here, {title} at {company}. We need a quote for 300 x {product}.\n--\n{name:sig}\n{phone}",
        "Dear Sir or Madam,\nI am writing to request an extension for invoice {inv}.\nYours sincerely,\nProf. {name:sig}\n{title}",
        "Evening {first:sal}, cheers for the delivery update. Speak soon! {first:sig}",
        "Trade enquiries: {email}, tel. {phone}.\nThe {company} Team",
        "Complaint to {namebrand}: order {order}, amount <<£12.50|amount>>. Please refund me.\n{name:sig}\nSent from my iPhone",
    ],
    "de": [
        "F|Sehr geehrte Frau {last:sal},\nvielen Dank für die schnelle Antwort zur Bestellung {order}. Die Ware ist da, aber eine Palette fehlt.\n\nMit freundlichen Grüßen\n{name:sig}\n{title}\n{company}\nTel.: {phone}",
        "M|Hallo Herr {last:sal}, die Rechnung {inv} ist immer noch offen. Bitte melden Sie sich.\n{name:sig}",
        "Guten Tag,\nmein Name ist {name:intro}, ich schreibe im Auftrag von {company}. Wir möchten 40 Stück {product} bestellen.\nBeste Grüße, {name:sig}",
        "M|Sehr geehrte Damen und Herren,\nanbei das Prüfprotokoll zur Reklamation {order}.\n\nMit freundlichen Grüßen\nDr.-Ing. {name:sig}\nLeitung Qualität, {company}",
        "Hi {first:sal}, mein Paket von {shop} hängt schon wieder in {city} fest. Hast du eine Nummer vom Kurier?\n{first:sig}",
        "Hallo,\nReklamation {product}, Bestellnr. {order}. Heizt nach einer Woche nicht mehr.\nDanke, {name:sig}\n\nVon meinem iPhone gesendet",
        "Guten Tag, hier ist {name:intro} von {company}. Ich rufe wegen der Rechnung {inv} an, bitte rufen Sie mich zurück: {phone}.",
        "Ihr {shop}-Team bedankt sich für Ihren Einkauf! Ihre Bestellung {order} wurde versendet.\n\nViele Grüße\nIhr {shop}-Team",
        "F|Liebe {first:sal}, ganz herzlichen Dank für die Hilfe bei der Rücksendung!\nLG {first:sig}",
        "Guten Tag,\nbitte korrigieren Sie die Rechnung {inv}, unsere USt-IdNr. lautet {id1}.\n\n{caps:sig}\n{company}\n{addr}",
        "Hallo, ich habe bei {namebrand} eine Torte für Samstag bestellt ({order}) und niemand geht ans Telefon.\n{init:sig}",
        "F|Sehr geehrte Frau Dr. {dbl:sal},\nanbei die Lieferübersicht für März.\n\nFreundliche Grüße\n{name:sig} | {title} | {company}\nMobil: {phone} | {email}",
        "Moin, ich bin {first:intro}, habe bei euch {product} gekauft und die App geht nicht. Was nun?",
        "Guten Tag,\nwie besprochen meine Daten für den Vertrag: Steuer-ID {id0}, Anschrift {addr}.\nMit freundlichen Grüßen\n{name:sig}\n\nAm <<12.03.2025|date>> um <<10:14|time>> schrieb {name2:other} <{email}>:\n> Bitte senden Sie Ihre Daten.",
        "Der Filialleiter in {city} hat eine Erstattung von <<49,99 €|amount>> bis Freitag versprochen. Nichts passiert. Bestellung {order}.",
        "Danke, {first:sig}",
        "Guten Tag,\nkann die Rechnung {inv} auf {company} ausgestellt werden?\nVielen Dank vorab\n{name:sig}",
        "M|Guten Tag, hier spricht {name:intro}, {title} bei {company}. Wir brauchen ein Angebot über 300 Stück {product}.\n--\n{name:sig}\n{phone}",
        "Sehr geehrte Damen und Herren,\nich bitte um Verlängerung des Zahlungsziels für die Rechnung {inv}.\nHochachtungsvoll\nProf. Dr. {name:sig}\n{title}",
        "Guten Abend {first:sal}, danke für die Info zur Lieferung. Bis bald! {first:sig}",
        "Großkundenkontakt: {email}, Tel. {phone}.\nIhr Team von {company}",
        "Beschwerde an {namebrand}: Bestellung {order}, Betrag <<12,50 €|amount>>. Bitte erstatten Sie mir das Geld.\n{name:sig}\nGesendet von meinem iPhone",
    ],
}

ORDER_FMT = {
    "pl": ["ZAM/{d}", "nr {d}", "#{d}"],
    "cs": ["OBJ-{d}", "{d}", "č. {d}"],
    "sk": ["OBJ-{d}", "{d}", "č. {d}"],
    "ru": ["№{d}", "З-{d}", "{d}"],
    "uk": ["№{d}", "ЗМ-{d}", "{d}"],
    "en": ["#{d}", "ORD-{d}", "{d}"],
    "de": ["Nr. {d}", "B-{d}", "{d}"],
}
INV_FMT = {
    "pl": "FV/{d}/2025",
    "cs": "FA{d}",
    "sk": "FA{d}",
    "ru": "№ СЧ-{d}",
    "uk": "№ РФ-{d}",
    "en": "INV-{d}",
    "de": "RE-{d}",
}

SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}|<<(.+?)\|(\w+)>>", re.S)


class Person:
    def __init__(self, rng: random.Random, lang: str, gender: str) -> None:
        d = L[lang]
        self.first, self.voc = rng.choice(d[gender])
        sm, sf, smv = rng.choice(d["s"])
        self.last = sm if gender == "m" else sf
        self.lastvoc = smv if gender == "m" else sf
        other = rng.choice([s for s in d["s"] if s[0] != sm])
        self.dbl_last = f"{self.last}-{other[0] if gender == 'm' else other[1]}"
        self.patr = self.patrvoc = ""
        if "patr" in d:
            p = rng.choice(d["patr"])
            self.patr = p[0] if gender == "m" else p[1]
            self.patrvoc = (p[2] if gender == "m" else p[3]) if len(p) > 2 else self.patr


def build(rng: random.Random, lang: str, template: str) -> dict:
    d = L[lang]
    gender = rng.choice("mf")
    fixed = template[:2] in ("M|", "F|")
    if fixed:
        gender, template = template[0].lower(), template[2:]
    me = Person(rng, lang, gender)
    # the addressee (salutation, quoted-reply header) is another person
    other = Person(rng, lang, gender if fixed else rng.choice("mf"))
    while other.first == me.first or other.last[:4] == me.last[:4]:
        other = Person(rng, lang, gender if fixed else rng.choice("mf"))
    cache: dict[str, tuple[str, dict | None]] = {}

    def name_value(slot: str, p: Person) -> str:
        if slot in ("name", "name2"):
            return f"{p.first} {p.last}"
        if slot == "first":
            return p.first
        if slot == "voc":
            return p.voc
        if slot == "last":
            return p.last
        if slot == "lastvoc":
            return p.lastvoc
        if slot == "dbl":
            return p.dbl_last
        if slot == "dblvoc":
            return f"{p.voc}" if lang != "pl" else f"{p.voc} {p.dbl_last}"
        if slot == "init":
            return f"{p.first[0]}. {p.last}"
        if slot == "caps":
            return f"{p.first} {p.last}".upper()
        if slot == "patr":
            return f"{p.first} {p.patr}"
        if slot == "patrvoc":
            return f"{p.voc} {p.patrvoc}"
        if slot == "fio":
            return f"{p.last} {p.first} {p.patr}"
        raise KeyError(slot)

    def fill(slot: str, ctx: str | None) -> tuple[str, dict | None]:
        if ctx:
            p = other if slot == "name2" or ctx == "sal" else me
            return name_value(slot, p), {"kind": "name", "context": CTX[ctx]}
        if slot in cache and slot not in ("order",):
            return cache[slot]
        region = REGION[lang]
        if slot == "phone":
            out = (phone(rng, lang), {"kind": "phone"})
        elif slot == "email":
            out = (f"{rng.choice(d['mails'])}@{rng.choice(d['domains'])}", {"kind": "email"})
        elif slot == "addr":
            pc, city = rng.choice(d["pcs"])
            pc = pc.format(d3=rdig(rng, 3), d2=rdig(rng, 2), d1=rng.randint(1, 9))
            text = rng.choice(d["addr"]).format(
                n=rng.randint(2, 87), f=rng.randint(1, 40), pc=pc, city=city
            )
            out = (text, {"kind": "address"})
        elif slot in ("id0", "id1"):
            v, kind = checksum_id(rng, lang, int(slot[-1]))
            out = (v, {"kind": kind})
        elif slot == "order":
            fmt = rng.choice(ORDER_FMT[lang])
            out = (
                fmt.format(d=bad_number(rng, rng.choice([6, 7, 8]), region)),
                {"what": "order_number"},
            )
        elif slot == "inv":
            out = (
                INV_FMT[lang].format(d=bad_number(rng, rng.choice([5, 6, 7]), region)),
                {"what": "invoice_number"},
            )
        elif slot == "city":
            out = (rng.choice(d["cities"]), {"what": "city"})
        elif slot in ("company", "namebrand", "shop", "product"):
            key = {
                "company": "companies",
                "namebrand": "namebrands",
                "shop": "shops",
                "product": "products",
            }[slot]
            out = (rng.choice(d[key]), {"what": "brand"})
        elif slot == "title":
            out = (rng.choice(d["titles"]), None)
        else:
            raise KeyError(slot)
        cache[slot] = out
        return out

    text = ""
    pii: list[dict] = []
    keep: list[dict] = []
    pos = 0
    for m in SLOT.finditer(template):
        text += template[pos : m.start()]
        pos = m.end()
        if m.group(3) is not None:
            value, ann = m.group(3), {"what": m.group(4)}
        else:
            value, ann = fill(m.group(1), m.group(2))
        start = len(text)
        text += value
        if ann is None:
            continue
        span = {"start": start, "end": len(text), **ann}
        (pii if "kind" in ann else keep).append(span)
    text += template[pos:]
    return {"lang": lang, "text": text, "pii": pii, "keep": keep}


def id_valid(lang: str, kind: str, value: str, digits: str) -> bool:
    if lang == "pl":
        return pl_nip.is_valid(digits)
    if lang == "cs":
        return cz_dic.is_valid(value)
    if lang == "sk":
        return sk_dph.is_valid(value)
    if lang == "ru":
        return ru_inn.is_valid(digits)
    if lang == "uk":
        return ua_rntrc.is_valid(digits) if kind == "national_id" else ua_edrpou.is_valid(digits)
    if lang == "en":
        return gb_vat.is_valid(digits)
    return de_idnr.is_valid(digits) if kind == "national_id" else de_vat.is_valid(value)


def validate(item: dict) -> None:
    text = item["text"]
    spans = []
    for sp in item["pii"] + item["keep"]:
        v = text[sp["start"] : sp["end"]]
        assert v and v == v.strip(), (item["id"], v)
        spans.append((sp["start"], sp["end"]))
    spans.sort()
    for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
        assert s2 >= e1, (item["id"], "overlap")
    region = REGION[item["lang"]]
    for sp in item["pii"]:
        v = text[sp["start"] : sp["end"]]
        if sp["kind"] == "phone":
            assert phonenumbers.is_valid_number(phonenumbers.parse(v, region)), v
        digits = re.sub(r"\D", "", v)
        if sp["kind"] == "pesel":
            assert pl_pesel.is_valid(digits)
        if sp["kind"] == "birth_number":
            assert (cz_rc if item["lang"] == "cs" else sk_rc).is_valid(digits)
        if sp["kind"] in ("tax_id", "national_id"):
            assert id_valid(item["lang"], sp["kind"], v, digits), (item["id"], v)
    for sp in item["keep"]:
        if sp["what"] in ("order_number", "invoice_number"):
            digits = re.sub(r"\D", "", text[sp["start"] : sp["end"]])
            if sp["what"] == "invoice_number" and item["lang"] == "pl":
                digits = digits[:-4]
            assert not passes_any(digits, region), (item["id"], digits)


def generate() -> list[dict]:
    rng = random.Random(SEED)
    items: list[dict] = []
    for lang in LANGS:
        templates = T[lang]
        order = list(range(len(templates)))
        order += [rng.randrange(len(templates)) for _ in range(PER_LANG - len(templates))]
        rng.shuffle(order)
        for i, t in enumerate(order, 1):
            item = build(rng, lang, templates[t])
            item = {"id": f"b3-{lang}-{i:03d}", **item}
            validate(item)
            items.append(item)
    return items


def dump(items: list[dict]) -> str:
    return "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items)


def counts(items: list[dict]) -> str:
    lines = []
    kinds: Counter = Counter()
    per_lang: dict[str, Counter] = {}
    ctx: Counter = Counter()
    keep: Counter = Counter()
    for it in items:
        c = per_lang.setdefault(it["lang"], Counter())
        c["items"] += 1
        for sp in it["pii"]:
            kinds[sp["kind"]] += 1
            c[sp["kind"]] += 1
            if sp["kind"] == "name":
                ctx[sp["context"]] += 1
                c["name:" + sp["context"]] += 1
        for sp in it["keep"]:
            keep[sp["what"]] += 1
            c["keep"] += 1
    lines.append(f"items: {len(items)}")
    lines.append("pii kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    lines.append("names per context: " + ", ".join(f"{k}={v}" for k, v in sorted(ctx.items())))
    lines.append("keep: " + ", ".join(f"{k}={v}" for k, v in sorted(keep.items())))
    for lang in LANGS:
        c = per_lang[lang]
        lines.append(f"{lang}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the file on disk")
    args = parser.parse_args(argv)
    items = generate()
    text = dump(items)
    if args.check:
        same = OUT.read_text(encoding="utf-8") == text
        print("blind3.jsonl is up to date" if same else "blind3.jsonl differs")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(counts(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
