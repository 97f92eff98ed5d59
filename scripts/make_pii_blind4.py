#!/usr/bin/env python3
"""Generate data/eval/pii/blind4.jsonl: a blind PII test split (280 items, 40 per language).

Written by a separate author from hand-written templates (one per item) filled with
hand-written name lists and computed identifiers.  Every checksum identifier is built
with its check digits and validated with python-stdnum (SNILS and the Polish ID card
with their published algorithms); every phone number passes
``phonenumbers.is_valid_number`` for its region.  Order, invoice, ticket and other
numbers to keep are redrawn until they fail every identifier checksum and are not a
valid phone number.  Spans are computed from markers placed while filling the
templates, never counted by hand.

    .venv/bin/python scripts/make_pii_blind4.py          # (re)writes the file, prints counts
    .venv/bin/python scripts/make_pii_blind4.py --check  # file on disk == what it would write
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
import unicodedata
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
OUT = ROOT / "data" / "eval" / "pii" / "blind4.jsonl"
PREFIX = "b4"
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
PER_LANG = 40

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
NAME_CONTEXTS = {"salutation", "signature", "self_intro", "other"}
KEEP_WHATS = {
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

# --------------------------------------------------------------------------- markers

_O, _S, _C = "\x01", "\x1f", "\x02"


def _mark(group: str, kind: str, value: str) -> str:
    value = str(value)
    assert value == value.strip(), repr(value)
    assert _O not in value and _C not in value
    return f"{_O}{group}{_S}{kind}{_S}{value}{_C}"


def S(v):  # addressee after a greeting
    return _mark("name", "salutation", v)


def G(v):  # writer's name in the sign-off
    return _mark("name", "signature", v)


def I(v):  # noqa: E743  writer introducing themself
    return _mark("name", "self_intro", v)


def O(v):  # noqa: E743  any other person
    return _mark("name", "other", v)


def PII(kind, v):
    assert kind in PII_KINDS and kind != "name"
    return _mark("pii", kind, v)


def K(what, v):
    assert what in KEEP_WHATS, what
    return _mark("keep", what, v)


_MARK_RE = re.compile(f"{_O}([a-z]+){_S}([a-z_:]+){_S}([^{_C}]*){_C}")


def parse(marked: str):
    text_parts, pii, keep = [], [], []
    pos, last = 0, 0
    for m in _MARK_RE.finditer(marked):
        chunk = marked[last : m.start()]
        assert _O not in chunk and _C not in chunk and _S not in chunk, repr(chunk)
        text_parts.append(chunk)
        pos += len(chunk)
        group, kind, value = m.group(1), m.group(2), m.group(3)
        start, end = pos, pos + len(value)
        text_parts.append(value)
        pos = end
        last = m.end()
        if group == "name":
            pii.append({"start": start, "end": end, "kind": "name", "context": kind})
        elif group == "pii":
            pii.append({"start": start, "end": end, "kind": kind})
        else:
            keep.append({"start": start, "end": end, "what": kind})
    tail = marked[last:]
    assert _O not in tail and _C not in tail and _S not in tail, repr(tail)
    text_parts.append(tail)
    text = "".join(text_parts)
    return text, pii, keep


# --------------------------------------------------------------------------- text helpers

_TRANSLIT = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "є": "ye",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "і": "i",
    "ї": "yi",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "'": "",
    "’": "",
}
_UA_TRANSLIT = dict(_TRANSLIT, **{"г": "h", "и": "y", "і": "i"})


def nd(s: str) -> str:
    """Strip diacritics (the way people type without a national keyboard)."""
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def latin(s: str, lang: str) -> str:
    """Lower-case ASCII form for e-mail local parts."""
    s = s.lower()
    if lang in ("ru", "uk"):
        table = _UA_TRANSLIT if lang == "uk" else _TRANSLIT
        s = "".join(table.get(c, c) for c in s)
    if lang == "de":
        s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = nd(s)
    return re.sub(r"[^a-z]", "", s)


# --------------------------------------------------------------------------- names


def _words(spec: str) -> list[str]:
    return spec.split()


def _pairs(spec: str):
    """'Jadwiga/Jadwigo Anna/Anno' -> [('Jadwiga','Jadwigo'), ...]; a bare word is its own vocative."""
    out = []
    for tok in spec.split():
        a, _, b = tok.partition("/")
        out.append((a, b or a))
    return out


NAMES = {
    "pl": {
        "f": _pairs(
            "Jadwiga/Jadwigo Anna/Anno Katarzyna/Katarzyno Magdalena/Magdaleno "
            "Agnieszka/Agnieszko Małgorzata/Małgorzato Ewa/Ewo Joanna/Joanno Zofia/Zofio "
            "Barbara/Barbaro Beata/Beato Halina/Halino Izabela/Izabelo Dorota/Doroto "
            "Renata/Renato Grażyna/Grażyno Wiesława/Wiesławo Aleksandra/Aleksandro "
            "Marta/Marto Weronika/Weroniko Urszula/Urszulo Bożena/Bożeno Elżbieta/Elżbieto "
            "Justyna/Justyno Patrycja/Patrycjo"
        ),
        "m": _pairs(
            "Marek/Marku Tomasz/Tomaszu Piotr/Piotrze Krzysztof/Krzysztofie Paweł/Pawle "
            "Andrzej/Andrzeju Grzegorz/Grzegorzu Michał/Michale Jacek/Jacku "
            "Wojciech/Wojciechu Łukasz/Łukaszu Rafał/Rafale Bartosz/Bartoszu "
            "Zbigniew/Zbigniewie Kamil/Kamilu Dariusz/Dariuszu Sławomir/Sławomirze "
            "Mirosław/Mirosławie Artur/Arturze Przemysław/Przemysławie Henryk/Henryku "
            "Janusz/Januszu Witold/Witoldzie Leszek/Leszku"
        ),
        # (male, female); Polish formal address keeps the surname in the nominative
        "last": [
            tuple(x.split("/")) if "/" in x else (x, x)
            for x in _words(
                "Kowalski/Kowalska Wiśniewski/Wiśniewska Zieliński/Zielińska Nowak Wójcik "
                "Kamiński/Kamińska Lewandowski/Lewandowska Dąbrowski/Dąbrowska Kozłowski/Kozłowska "
                "Jankowski/Jankowska Mazur Krawczyk Piotrowski/Piotrowska Grabowski/Grabowska Pawlak "
                "Michalski/Michalska Król Wieczorek Jabłoński/Jabłońska Nowicki/Nowicka "
                "Majewski/Majewska Olszewski/Olszewska Stępień Malinowski/Malinowska Jaworski/Jaworska "
                "Adamczyk Dudek Zając Górski/Górska Rutkowski/Rutkowska Sikora Baran Szewczyk "
                "Ostrowski/Ostrowska Pietrzak Marciniak Wróbel Zalewski/Zalewska Sadowski/Sadowska "
                "Chmielewski/Chmielewska Czarnecki/Czarnecka Sawicki/Sawicka Kubiak Kołodziej "
                "Szczepański/Szczepańska Wysocki/Wysocka Kaczmarek Mróz Bąk Głowacki/Głowacka Żak "
                "Ślusarczyk Gołębiowski/Gołębiowska Kwiatkowski/Kwiatkowska Przybylski/Przybylska "
                "Sobczak Wawrzyniak Jezierski/Jezierska"
            )
        ],
    },
    "cs": {
        "f": _pairs(
            "Jana/Jano Petra/Petro Lucie Markéta/Markéto Kateřina/Kateřino Tereza/Terezo "
            "Hana/Hano Veronika/Veroniko Zuzana/Zuzano Eva/Evo Lenka/Lenko "
            "Michaela/Michaelo Alena/Aleno Jitka/Jitko Dagmar Vlasta/Vlasto "
            "Božena/Boženo Šárka/Šárko Radka/Radko Ivana/Ivano Monika/Moniko"
        ),
        "m": _pairs(
            "Jan/Jane Petr/Petře Tomáš/Tomáši Jiří Martin/Martine Pavel/Pavle "
            "Lukáš/Lukáši Jakub/Jakube Ondřej/Ondřeji Miroslav/Miroslave Zdeněk/Zdeňku "
            "Radek/Radku Vojtěch/Vojtěchu Karel/Karle Josef/Josefe Michal/Michale "
            "Štěpán/Štěpáne Vladimír/Vladimíre Aleš/Aleši Libor/Libore Bohumil/Bohumile"
        ),
        # (male, female, male vocative)
        "last": [
            tuple(x.split("/"))
            for x in _words(
                "Novák/Nováková/Nováku Svoboda/Svobodová/Svobodo Novotný/Novotná/Novotný "
                "Dvořák/Dvořáková/Dvořáku Černý/Černá/Černý Procházka/Procházková/Procházko "
                "Kučera/Kučerová/Kučero Veselý/Veselá/Veselý Horák/Horáková/Horáku "
                "Němec/Němcová/Němče Pospíšil/Pospíšilová/Pospíšile Hájek/Hájková/Hájku "
                "Jelínek/Jelínková/Jelínku Král/Králová/Králi Růžička/Růžičková/Růžičko "
                "Beneš/Benešová/Beneši Fiala/Fialová/Fialo Sedláček/Sedláčková/Sedláčku "
                "Doležal/Doležalová/Doležale Zeman/Zemanová/Zemane Kolář/Kolářová/Koláři "
                "Navrátil/Navrátilová/Navrátile Čermák/Čermáková/Čermáku Vaněk/Vaňková/Vaňku "
                "Urban/Urbanová/Urbane Blažek/Blažková/Blažku Kříž/Křížová/Kříži "
                "Kovář/Kovářová/Kováři Bartoš/Bartošová/Bartoši Vlček/Vlčková/Vlčku "
                "Kopecký/Kopecká/Kopecký Šimek/Šimková/Šimku Konečný/Konečná/Konečný "
                "Holub/Holubová/Holube Štěpánek/Štěpánková/Štěpánku Skála/Skálová/Skálo "
                "Matoušek/Matoušková/Matoušku Hrubý/Hrubá/Hrubý"
            )
        ],
    },
    "sk": {
        "f": _pairs(
            "Jana Mária Zuzana Katarína Lucia Monika Andrea Martina Veronika Ivana "
            "Silvia Dana Lenka Eva Simona Barbora Natália Alžbeta Ľudmila Júlia Gabriela"
        ),
        "m": _pairs(
            "Peter Ján Martin Michal Tomáš Jozef Marek Lukáš Juraj Milan Štefan Dušan "
            "Ľubomír Matej Rastislav Miroslav Igor Roman Vladimír Pavol Branislav"
        ),
        "last": [
            tuple(x.split("/"))
            for x in _words(
                "Horváth/Horváthová Kováč/Kováčová Varga/Vargová Tóth/Tóthová Nagy/Nagyová "
                "Baláž/Balážová Szabó/Szabóová Molnár/Molnárová Balog/Balogová Lukáč/Lukáčová "
                "Kollár/Kollárová Németh/Némethová Oravec/Oravcová Šimko/Šimková Hudák/Hudáková "
                "Krajčír/Krajčírová Gajdoš/Gajdošová Kupec/Kupcová Ďurica/Ďuricová "
                "Hruška/Hrušková Štefanko/Štefanková Mráz/Mrázová Bielik/Bieliková Žiak/Žiaková "
                "Kráľ/Kráľová Čierny/Čierna Sloboda/Slobodová Medveď/Medveďová Jurčo/Jurčová "
                "Kubiš/Kubišová Pavlík/Pavlíková Ondruš/Ondrušová Sokol/Sokolová"
            )
        ],
    },
    "ru": {
        "f": _pairs(
            "Анна Елена Ольга Наталья Татьяна Ирина Светлана Мария Екатерина Юлия "
            "Марина Людмила Галина Ксения Дарья Вероника Алина Полина Оксана Валентина"
        ),
        "m": _pairs(
            "Алексей Дмитрий Сергей Андрей Михаил Игорь Павел Николай Владимир Олег "
            "Евгений Артём Максим Константин Виктор Роман Илья Григорий Тимур Степан"
        ),
        "pat": [
            tuple(x.split("/"))
            for x in _words(
                "Александрович/Александровна Сергеевич/Сергеевна Викторович/Викторовна "
                "Николаевич/Николаевна Петрович/Петровна Иванович/Ивановна Михайлович/Михайловна "
                "Андреевич/Андреевна Юрьевич/Юрьевна Олегович/Олеговна Владимирович/Владимировна "
                "Геннадьевич/Геннадьевна Борисович/Борисовна Анатольевич/Анатольевна "
                "Дмитриевич/Дмитриевна Васильевич/Васильевна"
            )
        ],
        "last": [
            tuple(x.split("/"))
            for x in _words(
                "Иванов/Иванова Смирнов/Смирнова Кузнецов/Кузнецова Попов/Попова "
                "Васильев/Васильева Петров/Петрова Соколов/Соколова Михайлов/Михайлова "
                "Новиков/Новикова Фёдоров/Фёдорова Морозов/Морозова Волков/Волкова "
                "Алексеев/Алексеева Лебедев/Лебедева Семёнов/Семёнова Егоров/Егорова "
                "Павлов/Павлова Козлов/Козлова Степанов/Степанова Николаев/Николаева "
                "Орлов/Орлова Макаров/Макарова Никитин/Никитина Захаров/Захарова "
                "Зайцев/Зайцева Соловьёв/Соловьёва Борисов/Борисова Яковлев/Яковлева "
                "Григорьев/Григорьева Воробьёв/Воробьёва Белов/Белова Комаров/Комарова "
                "Виноградов/Виноградова Богданов/Богданова Тихонов/Тихонова Крылов/Крылова "
                "Жуков/Жукова Гусев/Гусева Тарасов/Тарасова Добровольский/Добровольская "
                "Черных/Черных Шубин/Шубина Ершов/Ершова"
            )
        ],
    },
    "uk": {
        "f": _pairs(
            "Оксана/Оксано Олена/Олено Наталія/Наталіє Ірина/Ірино Марія/Маріє "
            "Тетяна/Тетяно Юлія/Юліє Мар'яна/Мар'яно Софія/Софіє Христина/Христино "
            "Людмила/Людмило Галина/Галино Вікторія/Вікторіє Ганна/Ганно Леся/Лесю "
            "Зоряна/Зоряно Катерина/Катерино Надія/Надіє Світлана/Світлано"
        ),
        "m": _pairs(
            "Олег/Олеже Андрій/Андрію Тарас/Тарасе Іван/Іване Петро/Петре "
            "Микола/Миколо Богдан/Богдане Василь/Василю Дмитро/Дмитре Сергій/Сергію "
            "Юрій/Юрію Остап/Остапе Роман/Романе Максим/Максиме Володимир/Володимире "
            "Ярослав/Ярославе Олександр/Олександре Віталій/Віталію Степан/Степане"
        ),
        # (male, female, male vocative, female vocative)
        "pat": [
            tuple(x.split("/"))
            for x in _words(
                "Іванович/Іванівна Петрович/Петрівна Миколайович/Миколаївна Васильович/Василівна "
                "Олександрович/Олександрівна Степанович/Степанівна Богданович/Богданівна "
                "Михайлович/Михайлівна Володимирович/Володимирівна Юрійович/Юріївна "
                "Тарасович/Тарасівна Андрійович/Андріївна Григорович/Григорівна"
            )
        ],
        "last": [
            tuple(x.split("/"))
            for x in _words(
                "Шевченко/Шевченко/Шевченку Коваленко/Коваленко/Коваленку "
                "Бондаренко/Бондаренко/Бондаренку Ткаченко/Ткаченко/Ткаченку "
                "Кравченко/Кравченко/Кравченку Олійник/Олійник/Олійнику Мельник/Мельник/Мельнику "
                "Шевчук/Шевчук/Шевчуку Поліщук/Поліщук/Поліщуку Бойко/Бойко/Бойку "
                "Ковальчук/Ковальчук/Ковальчуку Савченко/Савченко/Савченку Лисенко/Лисенко/Лисенку "
                "Марченко/Марченко/Марченку Руденко/Руденко/Руденку Петренко/Петренко/Петренку "
                "Кравчук/Кравчук/Кравчуку Гнатюк/Гнатюк/Гнатюку Левченко/Левченко/Левченку "
                "Симоненко/Симоненко/Симоненку Паламарчук/Паламарчук/Паламарчуку "
                "Костенко/Костенко/Костенку Яворський/Яворська/Яворський "
                "Грушевський/Грушевська/Грушевський Федорук/Федорук/Федоруку "
                "Гончаренко/Гончаренко/Гончаренку Зінченко/Зінченко/Зінченку "
                "Стефанишин/Стефанишин/Стефанишине Дорошенко/Дорошенко/Дорошенку"
            )
        ],
    },
    "en": {
        "f": _pairs(
            "Emma Olivia Sarah Rebecca Charlotte Hannah Chloe Emily Grace Lucy Megan "
            "Fiona Aisha Priya Siobhan Helen Joanne Natalie Bethany Zoe"
        ),
        "m": _pairs(
            "James Oliver Thomas Daniel Matthew Callum Liam Rhys Harry Jack Ravi Connor "
            "Owen Nathan Gareth Ian Stuart Adrian Kieran Mohammed"
        ),
        "last": [
            (x, x)
            for x in _words(
                "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson "
                "Evans Walker White Roberts Green Hall Wood Jackson Clarke Patel Khan Hughes Edwards "
                "O'Connor Fitzgerald McAllister Campbell Stewart Murray Ahmed Okafor Baxter Pritchard "
                "Holloway Kowalczyk Nguyen Harrington-Smythe Doyle Gallagher"
            )
        ],
    },
    "de": {
        "f": _pairs(
            "Anna Julia Katharina Sabine Petra Claudia Stefanie Lena Laura Sophie Ursula "
            "Monika Birgit Jana Franziska Miriam Heike Annika Jutta Renate"
        ),
        "m": _pairs(
            "Thomas Michael Andreas Stefan Markus Jens Jürgen Tobias Florian Sebastian "
            "Lukas Matthias Klaus Dieter Uwe Jörg Hendrik Niklas Ralf Björn"
        ),
        "last": [
            (x, x)
            for x in _words(
                "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer "
                "Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger "
                "Hartmann Lange Werner Krause Lehmann Köhler Herrmann Walter Huber Kaiser Fuchs "
                "Peters Scholz Möller Weiß Jung Hahn Schulte-Brinkmann Meyer-Lindner Dietrich "
                "Engel Vogt Brandt Kühn"
            )
        ],
    },
}


class Person:
    def __init__(self, lang, g, first, fvoc, last, lvoc, pat=None, patvoc=None):
        self.lang, self.g = lang, g
        self.first, self.voc, self.last, self.lvoc = first, fvoc, last, lvoc
        self.pat, self.patvoc = pat, patvoc

    full = property(lambda s: f"{s.first} {s.last}")
    rev = property(lambda s: f"{s.last} {s.first}")
    ini = property(lambda s: f"{s.first[0]}. {s.last}")
    fp = property(lambda s: f"{s.first} {s.pat}")  # Ольга Николаевна
    fpvoc = property(lambda s: f"{s.voc} {s.patvoc}")  # Олено Петрівно
    fio = property(lambda s: f"{s.last} {s.first} {s.pat}")  # Иванова Ольга Николаевна
    full3 = property(lambda s: f"{s.first} {s.pat} {s.last}")  # Ольга Николаевна Иванова
    lio = property(lambda s: f"{s.last} {s.first[0]}.{s.pat[0]}.")  # Иванова О.Н.
    iol = property(lambda s: f"{s.first[0]}.{s.pat[0]}. {s.last}")  # О.Н. Иванова
    lat_first = property(lambda s: latin(s.first, s.lang))
    lat_last = property(lambda s: latin(s.last, s.lang))


def make_person(lang, g, rng, used):
    d = NAMES[lang]
    for _ in range(1000):
        first, fvoc = rng.choice(d[g])
        lt = rng.choice(d["last"])
        if first in used or lt[0] in used:
            continue
        break
    used.update({first, lt[0]})
    pat = patvoc = None
    if lang == "cs":
        last, lvoc = (lt[0], lt[2]) if g == "m" else (lt[1], lt[1])
    elif lang == "uk":
        last, lvoc = (lt[0], lt[2]) if g == "m" else (lt[1], lt[1])
        pm, pf = rng.choice(d["pat"])
        pat, patvoc = (pm, pm + "у") if g == "m" else (pf, pf[:-1] + "о")
    elif lang == "ru":
        last = lt[0] if g == "m" else lt[1]
        lvoc = last
        pm, pf = rng.choice(d["pat"])
        pat = patvoc = pm if g == "m" else pf
    else:
        last = lt[0] if g == "m" else lt[1]
        lvoc = last
    return Person(lang, g, first, fvoc, last, lvoc, pat, patvoc)


# --------------------------------------------------------------------------- identifiers


def _digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _iban_check(cc, bban):
    s = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{98 - int(s) % 97:02d}"


def _group(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def _by4(s):
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def gen_pesel(rng, g, year=None):
    while True:
        y = year or rng.randrange(1948, 2006)
        m, d = rng.randrange(1, 13), rng.randrange(1, 29)
        mm = m + (20 if y >= 2000 else 0)
        serial = _digits(rng, 3)
        sexd = rng.choice("13579" if g == "m" else "02468")
        body = f"{y % 100:02d}{mm:02d}{d:02d}{serial}{sexd}"
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        c = (10 - sum(int(a) * b for a, b in zip(body, w, strict=False)) % 10) % 10
        v = body + str(c)
        if pl_pesel.is_valid(v):
            return v


def gen_nip(rng):
    while True:
        body = str(rng.randrange(1, 10)) + _digits(rng, 8)
        c = sum(int(a) * b for a, b in zip(body, [6, 5, 7, 2, 3, 4, 5, 6, 7], strict=False)) % 11
        if c == 10:
            continue
        v = body + str(c)
        if pl_nip.is_valid(v):
            return v


def gen_regon(rng):
    while True:
        body = str(rng.randrange(1, 10)) + _digits(rng, 7)
        c = sum(int(a) * b for a, b in zip(body, [8, 9, 2, 3, 4, 5, 6, 7], strict=False)) % 11 % 10
        v = body + str(c)
        if pl_regon.is_valid(v):
            return v


def gen_pl_idcard(rng):
    def vals(ch):
        return int(ch, 36)

    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUWXYZ") for _ in range(3))
    rest = _digits(rng, 5)
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    s = sum(vals(c) * x for c, x in zip(letters + rest, w, strict=False))
    v = letters + str(s % 10) + rest
    # published rule: weights 7,3,1,9,7,3,1,7,3 over the 9 characters sum to 0 mod 10
    assert sum(vals(c) * x for c, x in zip(v, [7, 3, 1, 9, 7, 3, 1, 7, 3], strict=False)) % 10 == 0
    return v


def gen_nrb(rng):
    bank = rng.choice(["102", "105", "109", "114", "116", "124", "175", "187", "249"])
    branch = bank + _digits(rng, 4)
    c = sum(int(a) * b for a, b in zip(branch, [3, 9, 7, 1, 3, 9, 7], strict=False)) % 10
    sort = branch + str((10 - c) % 10)
    bban = sort + _digits(rng, 16)
    v = "PL" + _iban_check("PL", bban) + bban
    assert std_iban.is_valid(v)
    return v[2:]  # 26-digit NRB


def _cz_account(rng):
    while True:
        prefix = rng.choice(["000000", "000019", "000035", "000043", "000107"])
        acc = "00" + _digits(rng, 8) if rng.random() < 0.5 else _digits(rng, 10)
        wp = [10, 5, 8, 4, 2, 1]
        wa = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
        if sum(int(a) * b for a, b in zip(prefix, wp, strict=False)) % 11:
            continue
        if sum(int(a) * b for a, b in zip(acc, wa, strict=False)) % 11 or int(acc) == 0:
            continue
        return prefix, acc


def gen_iban(rng, cc):
    while True:
        if cc in ("CZ", "SK"):
            bank = rng.choice(
                ["0800", "0100", "0300", "2010", "5500", "0600"]
                if cc == "CZ"
                else ["0900", "1100", "0200", "7500", "5600", "8330"]
            )
            p, a = _cz_account(rng)
            bban = bank + p + a
        elif cc == "DE":
            bban = rng.choice(
                ["10010010", "20050550", "37040044", "50010517", "70150000", "12030000", "43060967"]
            ) + _digits(rng, 10)
        elif cc == "GB":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + _digits(rng, 14)
        elif cc == "UA":
            bban = (
                rng.choice(["305299", "322001", "300346", "320649", "380805"])
                + "0000"
                + _digits(rng, 15)
            )
        elif cc == "PL":
            return "PL" + gen_nrb(rng)
        else:
            raise ValueError(cc)
        v = cc + _iban_check(cc, bban) + bban
        if std_iban.is_valid(v):
            return v


def gen_card(rng):
    while True:
        pre = rng.choice(["4", "4", "51", "53", "55", "2221"])
        body = pre + _digits(rng, 15 - len(pre))
        v = body + luhn.calc_check_digit(body)
        if luhn.is_valid(v):
            return v


def gen_rc(rng, g, mod):
    """Czech/Slovak rodné číslo, 10 digits, born 1954 or later."""
    while True:
        y = rng.randrange(1954, 2006)
        m, d = rng.randrange(1, 13), rng.randrange(1, 29)
        mm = m + (50 if g == "f" else 0)
        body = f"{y % 100:02d}{mm:02d}{d:02d}" + _digits(rng, 3)
        r = int(body) % 11
        if r == 10:
            continue
        v = body + str(r)
        assert int(v) % 11 == 0
        if mod.is_valid(v):
            return v


def gen_ico(rng):
    while True:
        body = _digits(rng, 7)
        if body[0] == "0":
            continue
        r = sum(int(a) * b for a, b in zip(body, [8, 7, 6, 5, 4, 3, 2], strict=False)) % 11
        v = body + str((11 - r) % 10)
        if cz_dic.is_valid(v):
            return v


def gen_sk_dic(rng):
    while True:
        v = rng.choice(["20", "21"]) + str(rng.choice([2, 3, 4, 7, 8, 9])) + _digits(rng, 7)
        if int(v) % 11 == 0 and sk_dph.is_valid("SK" + v):
            return v


def _loop(rng, n, ok, first="123456789"):
    while True:
        v = rng.choice(first) + _digits(rng, n - 1)
        if ok(v):
            return v


def gen_idnr(rng):
    return _loop(rng, 11, de_idnr.is_valid)


def gen_de_vat(rng):
    return "DE" + _loop(rng, 9, lambda v: de_vat.is_valid("DE" + v))


def gen_inn10(rng):
    return _loop(rng, 10, lambda v: ru_inn.is_valid(v) and len(v) == 10, "1234567")


def gen_inn12(rng):
    return _loop(rng, 12, lambda v: ru_inn.is_valid(v) and len(v) == 12, "1234567")


def gen_ogrn(rng, ip=False):
    while True:
        if ip:  # OGRNIP of a sole trader: 15 digits, check mod 13
            body = (
                "3"
                + f"{rng.randrange(4, 24):02d}"
                + f"{rng.randrange(1, 90):02d}"
                + _digits(rng, 9)
            )
            v = body + str(int(body) % 13 % 10)
        else:
            body = (
                rng.choice("15")
                + f"{rng.randrange(2, 24):02d}"
                + f"{rng.randrange(1, 90):02d}"
                + _digits(rng, 7)
            )
            v = body + str(int(body) % 11 % 10)
        if ru_ogrn.is_valid(v):
            return v


def gen_snils(rng):
    body = _digits(rng, 9)
    while int(body) <= 1001998:
        body = _digits(rng, 9)
    s = sum(int(a) * b for a, b in zip(body, range(9, 0, -1), strict=False))
    c = s if s < 100 else (0 if s in (100, 101) else s % 101)
    c = 0 if c == 100 else c
    return body + f"{c:02d}"


def snils_ok(v):
    d = re.sub(r"\D", "", v)
    if len(d) != 11:
        return False
    s = sum(int(a) * b for a, b in zip(d[:9], range(9, 0, -1), strict=False))
    c = s if s < 100 else (0 if s in (100, 101) else s % 101)
    c = 0 if c == 100 else c
    return int(d[9:]) == c


def gen_rnokpp(rng):
    return _loop(rng, 10, ua_rntrc.is_valid)


def gen_edrpou(rng):
    return _loop(rng, 8, ua_edrpou.is_valid, "234")


def gen_gb_vat(rng):
    return _loop(rng, 9, gb_vat.is_valid)


def gen_nhs(rng):
    return _loop(rng, 10, gb_nhs.is_valid, "4")


def gen_utr(rng):
    return _loop(rng, 10, gb_utr.is_valid)


# --------------------------------------------------------------------------- phones

PHONE_REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
CC = {"PL": "48", "CZ": "420", "SK": "421", "RU": "7", "UA": "380", "GB": "44", "DE": "49"}

# national significant number patterns (prefix, total length) and trunk prefix
PHONE_PLANS = {
    "PL": {
        "mobile": [
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
        ],
        "fixed": [("22", 9), ("12", 9), ("61", 9), ("71", 9), ("58", 9), ("42", 9)],
    },
    "CZ": {
        "mobile": [("60", 9), ("72", 9), ("73", 9), ("77", 9), ("79", 9)],
        "fixed": [("2", 9), ("54", 9), ("58", 9), ("37", 9)],
    },
    "SK": {
        "mobile": [("90", 9), ("91", 9), ("94", 9), ("95", 9)],
        "fixed": [("2", 9), ("55", 9), ("41", 9), ("33", 9)],
    },
    "RU": {
        "mobile": [("91", 10), ("92", 10), ("98", 10), ("96", 10), ("90", 10)],
        "fixed": [("495", 10), ("499", 10), ("812", 10), ("343", 10), ("383", 10)],
    },
    "UA": {
        "mobile": [("50", 9), ("67", 9), ("63", 9), ("93", 9), ("97", 9), ("66", 9)],
        "fixed": [("44", 9), ("32", 9), ("48", 9), ("57", 9)],
    },
    "GB": {
        "mobile": [("77", 10), ("78", 10), ("79", 10), ("74", 10)],
        "fixed": [("20", 10), ("161", 10), ("113", 10), ("121", 10), ("131", 10)],
    },
    "DE": {
        "mobile": [("151", 11), ("160", 10), ("170", 10), ("171", 10), ("176", 11), ("152", 11)],
        "fixed": [("30", 10), ("40", 10), ("89", 10), ("221", 10), ("69", 10), ("711", 10)],
    },
}


def phone_valid(number: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


def gen_nsn(rng, region, kind):
    while True:
        pre, n = rng.choice(PHONE_PLANS[region][kind])
        nsn = pre + _digits(rng, n - len(pre))
        if phone_valid("+" + CC[region] + nsn, region):
            return pre, nsn


def fmt_phone(rng, region, kind, style=None):
    pre, d = gen_nsn(rng, region, kind)
    cc = CC[region]

    def j(sizes, sep=" "):
        return sep.join(_group(d, sizes))

    if region in ("PL", "CZ", "SK") and kind == "mobile" or region == "CZ":
        opts = [
            j([3, 3, 3]),
            j([3, 3, 3], "-"),
            f"+{cc} " + j([3, 3, 3]),
            f"+{cc}{d}",
            f"00{cc} " + j([3, 3, 3]),
            d,
            f"(+{cc}) " + j([3, 3, 3]),
        ]
        if region == "SK":
            opts = [
                f"0{d[:3]} {d[3:6]} {d[6:]}",
                f"0{d[:3]}/{d[3:6]} {d[6:]}",
                "+421 " + j([3, 3, 3]),
                f"+421{d}",
                f"0{d}",
                "00421 " + j([3, 3, 3]),
            ]
    elif region == "PL":
        a = len(pre)
        opts = [
            f"{d[:2]} {d[2:5]} {d[5:7]} {d[7:]}",
            f"({d[:2]}) {d[2:5]} {d[5:7]} {d[7:]}",
            f"+48 {d[:2]} {d[2:5]} {d[5:7]} {d[7:]}",
            f"{d[:2]}-{d[2:5]}-{d[5:7]}-{d[7:]}",
        ]
    elif region == "SK":
        a = 1 if d.startswith("2") else 2
        opts = [
            f"0{d[:a]}/{d[a : a + 4]} {d[a + 4 :]}",
            f"+421 {d[:a]} {d[a:]}",
            f"0{d[:a]} {d[a:]}",
        ]
    elif region == "RU":
        a, b = d[:3], d[3:]
        opts = [
            f"+7 ({a}) {b[:3]}-{b[3:5]}-{b[5:]}",
            f"8 {a} {b[:3]}-{b[3:5]}-{b[5:]}",
            f"8({a}){b}",
            f"+7{d}",
            f"8-{a}-{b[:3]}-{b[3:5]}-{b[5:]}",
            f"+7 {a} {b[:3]} {b[3:5]} {b[5:]}",
            f"8 ({a}) {b[:3]} {b[3:5]} {b[5:]}",
        ]
    elif region == "UA":
        a, b = d[:2], d[2:]
        opts = [
            f"+380 {a} {b[:3]} {b[3:5]} {b[5:]}",
            f"+380{d}",
            f"0{a} {b[:3]} {b[3:5]} {b[5:]}",
            f"0{a}-{b[:3]}-{b[3:5]}-{b[5:]}",
            f"(0{a}) {b[:3]}-{b[3:5]}-{b[5:]}",
            f"+38 (0{a}) {b[:3]}-{b[3:5]}-{b[5:]}",
            f"0{d}",
        ]
    elif region == "GB":
        if kind == "mobile":
            opts = [
                f"0{d[:4]} {d[4:]}",
                f"+44 {d[:4]} {d[4:]}",
                f"+44 (0){d[:4]} {d[4:7]} {d[7:]}",
                f"0{d}",
                f"+44{d}",
                f"0{d[:4]} {d[4:7]} {d[7:]}",
            ]
        else:
            a = len(pre)
            rest = d[a:]
            if a == 2:
                opts = [
                    f"0{pre} {rest[:4]} {rest[4:]}",
                    f"+44 {pre} {rest[:4]} {rest[4:]}",
                    f"(0{pre}) {rest[:4]} {rest[4:]}",
                    f"+44 (0){pre} {rest[:4]} {rest[4:]}",
                ]
            else:
                opts = [
                    f"0{pre} {rest[:3]} {rest[3:]}",
                    f"+44 {pre} {rest[:3]} {rest[3:]}",
                    f"(0{pre}) {rest}",
                    f"0{pre} {rest}",
                ]
    elif region == "DE":
        a = len(pre)
        rest = d[a:]
        opts = [
            f"0{pre} {rest}",
            f"0{pre}/{rest}",
            f"+49 {pre} {rest}",
            f"+49 (0){pre} {rest}",
            f"0{pre}-{rest}",
            f"(0{pre}) {rest}",
            f"0049 {pre} {rest}",
            f"+49{d}",
        ]
    else:
        raise ValueError(region)
    v = opts[style % len(opts)] if style is not None else rng.choice(opts)
    assert phone_valid(v, region), (v, region)
    return v


# --------------------------------------------------------------------------- numbers to keep

_ID_CHECKS = [
    pl_pesel.is_valid,
    pl_nip.is_valid,
    pl_regon.is_valid,
    cz_rc.is_valid,
    sk_rc.is_valid,
    cz_dic.is_valid,
    lambda v: sk_dph.is_valid("SK" + v),
    de_idnr.is_valid,
    lambda v: de_vat.is_valid("DE" + v),
    ru_inn.is_valid,
    ru_ogrn.is_valid,
    snils_ok,
    ua_rntrc.is_valid,
    ua_edrpou.is_valid,
    gb_vat.is_valid,
    gb_nhs.is_valid,
    gb_utr.is_valid,
    lambda v: len(v) >= 12 and luhn.is_valid(v),
]


def _safe(f, v):
    try:
        return bool(f(v))
    except Exception:
        return False


def looks_sensitive(value: str, region: str) -> bool:
    """True if any digit run (or run of adjacent runs) passes an id checksum or is a valid
    phone number of the text's region."""
    runs = re.findall(r"\d+", value)
    cands = set()
    for i in range(len(runs)):
        for k in range(i + 1, len(runs) + 1):
            cands.add("".join(runs[i:k]))
    for c in cands:
        if len(c) < 6:
            continue
        if any(_safe(f, c) for f in _ID_CHECKS):
            return True
        if phone_valid(c, region):
            return True
        if (
            c.startswith(CC[region])
            and phone_valid("+" + c, region)
            and phonenumbers.region_code_for_number(phonenumbers.parse("+" + c)) == region
        ):
            return True
    return phone_valid(value, region)


def fill_pattern(rng, pattern):
    """'#' -> digit, '@' -> capital letter, '%' -> digit 1-9; anything else literal."""
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(str(rng.randrange(10)))
        elif ch == "%":
            out.append(str(rng.randrange(1, 10)))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXZ"))
        else:
            out.append(ch)
    return "".join(out)


def clean_number(rng, pattern, region):
    for _ in range(10000):
        v = fill_pattern(rng, pattern)
        if not looks_sensitive(v, region):
            return v
    raise RuntimeError(pattern)


# --------------------------------------------------------------------------- filler context

EMAIL_DOMAINS = {
    "pl": ["gmail.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "poczta.fm"],
    "cs": ["seznam.cz", "email.cz", "gmail.com", "centrum.cz", "post.cz"],
    "sk": ["gmail.com", "azet.sk", "centrum.sk", "zoznam.sk", "post.sk"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru", "inbox.ru"],
    "uk": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
    "en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
}


class Ctx:
    def __init__(self, lang, rng):
        self.lang, self.rng = lang, rng
        self.region = PHONE_REGION[lang]
        self._people = {}
        self._used = set()

    def __getattr__(self, name):
        m = re.fullmatch(r"(m|w|p)(\d*)", name)
        if not m:
            raise AttributeError(name)
        if name not in self._people:
            g = {"m": "m", "w": "f"}.get(m.group(1)) or self.rng.choice("mf")
            self._people[name] = make_person(self.lang, g, self.rng, self._used)
        return self._people[name]

    def pick(self, *opts):
        return self.rng.choice(opts)

    def n(self, a, b):
        return self.rng.randint(a, b)

    # ---- pii
    def phone(self, kind="mobile", style=None, region=None):
        return PII("phone", fmt_phone(self.rng, region or self.region, kind, style))

    def email(self, p, style=None, domain=None):
        f, la = p.lat_first, p.lat_last
        yy = (
            str(self.rng.randrange(70, 100))
            if self.rng.random() < 0.5
            else str(self.rng.randrange(1, 99))
        )
        locals_ = [
            f"{f}.{la}",
            f"{f[0]}.{la}",
            f"{f}{la}{yy}",
            f"{la}.{f}",
            f"{f[0]}{la}",
            f"{f}_{la}",
            f"{f}.{la}{yy}",
            f"{la}{f[0]}",
        ]
        local = locals_[style % len(locals_)] if style is not None else self.rng.choice(locals_)
        return PII("email", f"{local}@{domain or self.rng.choice(EMAIL_DOMAINS[self.lang])}")

    def mail(self, local, domain):
        return PII("email", f"{local}@{domain}")

    def pesel(self, p=None):
        return PII("pesel", gen_pesel(self.rng, p.g if p else self.rng.choice("mf")))

    def nip(self, style=None):
        v = gen_nip(self.rng)
        opts = [
            v,
            f"{v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}",
            f"{v[:3]}-{v[3:5]}-{v[5:7]}-{v[7:]}",
            f"PL{v}",
            f"{v[:3]} {v[3:6]} {v[6:8]} {v[8:]}",
        ]
        return PII("tax_id", opts[style] if style is not None else self.rng.choice(opts))

    def regon(self):
        return PII("tax_id", gen_regon(self.rng))

    def idcard_pl(self, space=False):
        v = gen_pl_idcard(self.rng)
        return PII("national_id", f"{v[:3]} {v[3:]}" if space else v)

    def nrb(self, style=None):
        v = gen_nrb(self.rng)
        opts = [f"{v[:2]} {_by4(v[2:])}", v, f"PL{v[:2]} {_by4(v[2:])}", f"PL{v}"]
        return PII("iban", opts[style] if style is not None else self.rng.choice(opts))

    def iban(self, cc, style=None):
        v = gen_iban(self.rng, cc)
        opts = [_by4(v), v]
        return PII("iban", opts[style] if style is not None else self.rng.choice(opts))

    def card(self, style=None):
        v = gen_card(self.rng)
        opts = [_by4(v), v, "-".join(_by4(v).split())]
        return PII("card", opts[style] if style is not None else self.rng.choice(opts))

    def rc(self, p=None, slash=None):
        mod = cz_rc if self.lang == "cs" else sk_rc
        v = gen_rc(self.rng, p.g if p else self.rng.choice("mf"), mod)
        if slash is None:
            slash = self.rng.random() < 0.7
        return PII("birth_number", f"{v[:6]}/{v[6:]}" if slash else v)

    def ico(self, spaced=False):
        v = gen_ico(self.rng)
        return PII("tax_id", f"{v[:3]} {v[3:5]} {v[5:]}" if spaced else v)

    def dic_cz(self, p=None):
        v = "CZ" + (gen_rc(self.rng, p.g, cz_rc) if p is not None else gen_ico(self.rng))
        assert cz_dic.is_valid(v)
        return PII("tax_id", v)

    def dic_sk(self, dph=False):
        v = gen_sk_dic(self.rng)
        return PII("tax_id", ("SK" + v) if dph else v)

    def idnr(self, spaced=None):
        v = gen_idnr(self.rng)
        if spaced is None:
            spaced = self.rng.random() < 0.5
        return PII("national_id", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if spaced else v)

    def ustid(self, spaced=False):
        v = gen_de_vat(self.rng)
        return PII("tax_id", f"DE {v[2:5]} {v[5:8]} {v[8:]}" if spaced else v)

    def inn10(self):
        return PII("tax_id", gen_inn10(self.rng))

    def inn12(self):
        return PII("national_id", gen_inn12(self.rng))

    def ogrn(self, ip=False):
        return PII("tax_id", gen_ogrn(self.rng, ip))

    def snils(self, style=None):
        v = gen_snils(self.rng)
        opts = [f"{v[:3]}-{v[3:6]}-{v[6:9]} {v[9:]}", v, f"{v[:3]}-{v[3:6]}-{v[6:9]}-{v[9:]}"]
        v2 = opts[style] if style is not None else self.rng.choice(opts)
        assert snils_ok(v2)
        return PII("national_id", v2)

    def rnokpp(self):
        return PII("national_id", gen_rnokpp(self.rng))

    def edrpou(self):
        return PII("tax_id", gen_edrpou(self.rng))

    def gbvat(self, style=None):
        v = gen_gb_vat(self.rng)
        opts = [f"GB {v[:3]} {v[3:7]} {v[7:]}", f"GB{v}", f"{v[:3]} {v[3:7]} {v[7:]}"]
        return PII("tax_id", opts[style] if style is not None else self.rng.choice(opts))

    def nhs(self):
        v = gen_nhs(self.rng)
        return PII("national_id", f"{v[:3]} {v[3:6]} {v[6:]}")

    def utr(self):
        return PII("tax_id", gen_utr(self.rng))

    def token_url(self, base, param="token", n=32):
        alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        tok = "".join(self.rng.choice(alphabet) for _ in range(n))
        return PII("url_token", f"{base}{'&' if '?' in base else '?'}{param}={tok}")

    # ---- keep
    def num(self, what, pattern):
        return K(what, clean_number(self.rng, pattern, self.region))

    def order(self, pattern):
        return self.num("order_number", pattern)

    def invoice(self, pattern):
        return self.num("invoice_number", pattern)

    def ticket(self, pattern):
        return self.num("ticket_number", pattern)

    def tracking(self, pattern):
        return self.num("tracking_number", pattern)

    def bad(self, pattern):
        return self.num("invalid_checksum_number", pattern)

    def code(self, pattern):
        return self.num("product_code", pattern)


# --------------------------------------------------------------------------- templates

TEMPLATES = {lang: [] for lang in LANGS}


def T(lang):
    def deco(fn):
        TEMPLATES[lang].append(fn)
        return fn

    return deco


NL = "\n"


def low(s):
    return s.lower()


def amount_pl(rng):
    return f"{rng.randrange(19, 2400)},{rng.choice(['00', '99', '50', '49', '90'])} zł"


# =========================================================================== Polish


@T("pl")
def _(f):
    w, m = f.w, f.m
    return f"""Szanowna Pani {S(w.voc)},
dziękuję za wczorajszą rozmowę. Niestety na fakturze {f.invoice("F/####/##/2024")} nadal widnieje opłata za pakiet, z którego zrezygnowałem w salonie {K("brand", "Plus")} w {K("city", "Gdańsku")}. Kwota {K("amount", amount_pl(f.rng))} jest dla mnie niezrozumiała.

Z poważaniem
{G(m.full)}
tel. {f.phone()}"""


@T("pl")
def _(f):
    w = f.w
    return f"""hej, tu {I(low(w.first))} :) zamawiałam u was karmę dla kota, zamówienie {f.order("#######")}, przyszło {K("quantity", "5 puszek")} zamiast {K("quantity", "24")}. da się to jakoś ogarnąć bez odsyłania? {K("brand", "Kakadu")} zawsze było ok więc pisze spokojnie"""


@T("pl")
def _(f):
    w, m = f.w, f.m
    return f"""Dzień dobry,
nazywam się {I(w.full)}, PESEL {f.pesel(w)}. Chciałabym przełożyć wizytę z {K("date", "14 marca")} (lekarz prowadzący: dr {O(m.last)}) na dowolny termin po {K("date", "20-tym")}. Rejestracja telefoniczna w {K("brand", "Medicover")} nie odbiera od rana.
Pozdrawiam
{G(w.first)}"""


@T("pl")
def _(f):
    m = f.m
    return f"""[{K("time", "10:42")}] Konsultant {O(m.first)}: Dzień dobry, w czym mogę pomóc?
[{K("time", "10:43")}] Klient: paczka {f.tracking("6########################")} stoi trzeci dzień w sortowni w {K("city", "Strykowie")}
[{K("time", "10:45")}] Konsultant {O(m.first)}: Sprawdzam. Przesyłka ruszy dziś wieczorem, {K("brand", "InPost")} przeprasza za opóźnienie."""


@T("pl")
def _(f):
    w = f.w
    return f"""WNIOSEK O WYDANIE ZAŚWIADCZENIA O ZAMELDOWANIU
Imię i nazwisko: {O(w.full)}
PESEL: {f.pesel(w)}
Adres: {PII("address", "ul. Jaśminowa 7/12, 05-500 Piaseczno")}
Telefon kontaktowy: {f.phone(style=0)}
E-mail: {f.email(w)}
Cel: do przedłożenia w urzędzie skarbowym ({K("company", "US Piaseczno")})"""


@T("pl")
def _(f):
    return f"""Kupiłam kolczyki {K("person_like_brand", "Ania Kruk")} w salonie w {K("street_as_brand", "Pasażu Grunwaldzkim")}, a krem {K("person_like_brand", "Dr Irena Eris")} na stronie. Zamówienie {f.order("PL########")} z {K("date", "2 lutego")}: kolczyki ok, krem rozlany w paczce. Reklamacja złożona {K("date", "5.02")}, cisza. Ocena {K("quantity", "2/5")}."""


@T("pl")
def _(f):
    w, m = f.w, f.m
    return f"""Dzień dobry Panie {S(m.voc)},
w załączeniu przesyłam korektę do faktury {f.invoice("FV ####/03/2024")}. Różnica {K("amount", "1 284,50 zł")} zostanie zwrócona na rachunek {f.nrb(0)} w ciągu 14 dni.
NIP nabywcy: {f.nip(1)}

Pozdrawiam serdecznie
{G(w.full)}
{K("job_title", "Specjalistka ds. rozliczeń")}
{K("company", "Hurtownia Elektryczna Volt-Pol Sp. z o.o.")}
REGON {f.regon()}"""


@T("pl")
def _(f):
    w, m = f.w, f.m
    return f"""Mój mąż {O(m.full)} ma u Was karnet open od stycznia, a od {K("date", "1 kwietnia")} bramka go nie wpuszcza. W recepcji {K("brand", "Zdrofit")} na Woli powiedzieli, że to błąd systemu i trzeba pisać maila. No to piszę. Karnet nr {f.bad("K-#######")}, promocja {K("percent", "-30%")}.
{G(w.full)}"""


@T("pl")
def _(f):
    w = f.w
    return f"""Z tej strony {I(w.full)}. W nocy z karty {f.card(0)} zeszły trzy płatności po {K("amount", "49,99 zł")} dla jakiegoś serwisu, którego nie znam. Kartę już zastrzegłam w aplikacji {K("brand", "mBank")}, proszę o zwrot środków i informację co dalej."""


@T("pl")
def _(f):
    return f"""Hotel {K("brand", "Nosalowy Dwór")} w {K("city", "Zakopanem")} – pokój czysty, widok na Giewont, ale śniadanie do {K("time", "10:00")} to żart w sobotę. Za {K("quantity", "dwie noce")} zapłaciliśmy {K("amount", "1 180 zł")}. Parking płatny dodatkowo. Recepcja miła. Polecam, choć z zastrzeżeniami."""


@T("pl")
def _(f):
    w, m = f.w, f.m2
    return f"""Dziękuję, to rozwiązuje sprawę.
{G(m.first)}

W dniu {K("date", "12.06.2024")} o {K("time", "14:07")} {O(w.full)} <{f.email(w, 1, "serwis-rowerowy.pl")}> napisał(a):
> Dzień dobry, rower jest gotowy do odbioru, koszt przeglądu {K("amount", "180 zł")}.
> Zlecenie {f.order("SR/####")}"""


@T("pl")
def _(f):
    m, m2 = f.m, f.m2
    return f"""Panie {S(m.voc)}, auto stoi u Was od wtorku, a nikt nie dzwoni. Mówiliście że wymiana rozrządu to jeden dzień. Zlecenie {f.order("ZS/####/24")}. Proszę o kontakt, najlepiej po {K("time", "16")}.
dzięki, {G(low(m2.first))}"""


@T("pl")
def _(f):
    w, w2 = f.w, f.w2
    return f"""{K("greeting_without_name", "Szanowna Pani Dyrektor")},
moja córka {O(w2.first)} z klasy 3b od tygodnia wraca ze szkoły z bólem głowy po zajęciach na basenie. Proszę o informację, czy woda była badana. W razie pytań jestem pod numerem {f.phone()}.
{G(w.full)}"""


@T("pl")
def _(f):
    return f"""Zgłoszenie {f.ticket("#######")} – po aktualizacji do wersji {K("version", "4.12.1")} eksport do CSV wyrzuca pusty plik. Dodatkowo link do resetu hasła {f.token_url("https://app.faktura-online.pl/reset", "token", 40)} wygasa od razu po kliknięciu.
Instrukcja z {K("url", "https://pomoc.faktura-online.pl/eksport")} nie pomaga.
Firma: {K("company", "Biuro Rachunkowe Lex-Bis s.c.")}"""


@T("pl")
def _(f):
    w, m = f.w, f.m
    return f"""Zgłoszenie szkody komunikacyjnej
Sprawca: {O(m.full)}, nr polisy OC {f.bad("%##########")}
Miejsce zdarzenia: parking przy {PII("address", "ul. Szarych Szeregów 14, 60-462 Poznań")}
Data: {K("date", "3.09.2024")}, ok. {K("time", "17:30")}
Uszkodzony tylny zderzak, szacunkowo {K("amount", "2 500 zł")}.
{G(w.ini)}"""


@T("pl")
def _(f):
    m = f.m
    return f"""witam czy moge odebrac osobiscie w {K("city", "Lodzi")}? i czy cena {K("amount", "350 zl")} do negocjacji
pozdro {G(low(nd(m.full)))}"""


@T("pl")
def _(f):
    w = f.w
    return f"""Ja, niżej podpisana {I(w.full)}, zamieszkała {PII("address", "ul. Kościuszki 88 m. 3, 42-200 Częstochowa")}, wnoszę o sprawdzenie wodomierza nr {f.bad("##########")}. Odczyt z {K("date", "31 maja")} wynosi {K("quantity", "1 422 m³")}, co jest nierealne dla dwuosobowego gospodarstwa.
Numer klienta: {f.bad("0######")}"""


@T("pl")
def _(f):
    w, m = f.w, f.m
    return f"""Dzień dobry, dzwoniła do Państwa moja żona {O(w.first)} w sprawie szczepienia psa. Chcielibyśmy umówić się na sobotę. Proszę pytać o mnie albo o nią, numer {f.phone()}.
{G(m.full)}"""


@T("pl")
def _(f):
    w, m = f.w, f.m
    return f"""---------- Wiadomość przekazana ----------
Od: {O(w.full)} <{f.email(w)}>
Data: {K("date", "pon., 8 lip 2024")} {K("time", "09:15")}
Temat: Uszkodzona przesyłka
Do: reklamacje@{K("brand", "dpd")}.com.pl

Kurier zostawił karton pod drzwiami, zgnieciony. List przewozowy {f.tracking("########@###")}.

--
Przekazuję do działu reklamacji, {G(m.first)}"""


@T("pl")
def _(f):
    return f"""{K("greeting_without_name", "Szanowni Państwo")},
dziękujemy za zgłoszenie nr {f.ticket("ZG-######")}. Zwrot w kwocie {K("amount", "129,00 zł")} zostanie zaksięgowany w ciągu {K("quantity", "5 dni roboczych")}.
Pozdrawiamy
{K("team_name", "Zespół Obsługi Klienta")} {K("brand", "Empik")}"""


@T("pl")
def _(f):
    w, w2, m = f.w, f.w2, f.m
    dbl = f"{w.last}-{w2.last}" if "-" not in w.last else w.last
    return f"""Szanowna Pani Profesor {S(w.first + " " + dbl)},
w imieniu organizatorów konferencji {K("brand", "EduTech 2024")} dziękuję za przyjęcie zaproszenia. Prelekcja zaplanowana jest na {K("date", "17 października")}, godz. {K("time", "11:30")}, sala B-204.
Z wyrazami szacunku
mgr {G(m.full)}
{K("job_title", "Koordynator programu")}"""


@T("pl")
def _(f):
    m = f.m
    return f"""Dzień dobry, tu {I(m.first)} z {K("company", "Transbud Sp. z o.o.")}, rozmawialiśmy w piątek o dostawie kruszywa. Potwierdzam zamówienie {f.order("ZAM/####/##")}, {K("quantity", "120 ton")}, rozładunek na budowie w {K("city", "Wieliczce")}. W razie czego proszę dzwonić {f.phone(style=2)}."""


@T("pl")
def _(f):
    m = f.m
    return f"""Bardzo proszę o przesłanie recenzji do końca miesiąca.

Z pozdrowieniami
dr hab. inż. {G(m.full)}, prof. PW
{K("company", "Wydział Mechaniczny Energetyki i Lotnictwa")}
pok. 114, tel. {f.phone("fixed", 1)}"""


@T("pl")
def _(f):
    w, w2 = f.w, f.w2
    return f"""Pani {O(w2.first)} z infolinii obiecała mi oddzwonić w poniedziałek. Mamy czwartek. Chodzi o wniosek kredytowy {f.ticket("WK/#######")} w {K("brand", "Pekao")}. Jestem zawiedziona.
{G(w.full)}"""


@T("pl")
def _(f):
    return f"""Reklamacja
Kurier nie dojechał. Dwa razy. Zamówienie {f.order("#########-##")} z {K("brand", "Castorama")}, {K("quantity", "14 szt.")} listew przypodłogowych. Termin dostawy {K("date", "21.08")} przesunięty bez uprzedzenia.
Proszę o kontakt mailowy."""


@T("pl")
def _(f):
    w, m = f.w, f.m
    return f"""Cześć {S(w.first)}!
Wysyłam Ci skan umowy najmu, podpisz proszę i odeślij do piątku. Kaucja {K("amount", "3 200 zł")} na konto {f.nrb(1)}.
Buziaki,
{G(m.first)}"""


@T("pl")
def _(f):
    w, m = f.w, f.m
    return f"""Dzień dobry,
jestem {I(w.full)}, opiekunką prawną pacjenta i proszę o wydanie kopii dokumentacji medycznej z pobytu na oddziale kardiologii.
Pacjent: {O(m.full)}
Mój dowód osobisty: {f.idcard_pl()}
Kontakt: {f.email(w)}
{G(w.first[0] + ". " + w.last)}"""


@T("pl")
def _(f):
    m = f.m
    return f"""Od {K("date", "poniedziałku")} nie działa internet światłowodowy. Umowa {f.bad("UM/######/####")}. Technik {O(m.first)} był we wtorek i powiedział że problem jest w szafce na klatce, ale nic więcej się nie wydarzyło. Płacę {K("amount", "79 zł")} miesięcznie za coś czego nie ma."""


@T("pl")
def _(f):
    w = f.w
    return f"""{K("greeting_without_name", "Dzień dobry")},
uprzejmie przypominam o zaległej płatności za fakturę {f.invoice("####/2024/FS")} na kwotę {K("amount", "4 920,00 zł")}. Termin minął {K("date", "15.05.2024")}.

{K("company", "Drukarnia Kolor-Druk")}
{G(w.full)} | {K("job_title", "dział windykacji")}
{f.phone("fixed")} | {f.mail("windykacja", "kolordruk.pl")}"""


@T("pl")
def _(f):
    w, m = f.w, f.m
    return f"""Szanowny Panie {S(m.last)},
w odpowiedzi na pismo z {K("date", "10 czerwca")} informuję, że wspólnota mieszkaniowa nie wyraża zgody na montaż klimatyzatora na elewacji budynku przy {PII("address", "ul. Ogrodowej 21")}.
Z poważaniem
{G(w.full)}
{K("job_title", "Zarządca nieruchomości")}"""


@T("pl")
def _(f):
    return f"""Zamówiłem w {K("brand", "x-kom")} laptopa {K("product_code", "ThinkPad E14 Gen 5")}, faktura {f.invoice("FVS/#####/05/24")}. Przyszedł z uszkodzoną matrycą. Serwis {K("brand", "Lenovo")} odsyła do sklepu, sklep do serwisu. Proszę o jasną informację kto odpowiada za naprawę w ramach {K("quantity", "24 miesięcy")} gwarancji."""


@T("pl")
def _(f):
    w, m = f.w, f.m
    return f"""Witam serdecznie Pani {S(w.voc)}!
Przesyłam wymiary okien do wyceny rolet: salon 180x150, kuchnia 90x120. Montaż w {K("city", "Gliwicach")}, ul. jak w poprzednim mailu.
Pozdrawiam i czekam na ofertę
{G(m.rev)}"""


@T("pl")
def _(f):
    m, w = f.m, f.w
    return f"""Agent {O(m.first)}: Dzień dobry, tu {I(m.first)} z działu technicznego {K("brand", "Orange")}. Czy rozmawiam z właścicielem numeru?
Klient: tak, {O(w.full)}
Agent {O(m.first)}: Dziękuję. Widzę zgłoszenie {f.ticket("##########-@")}, router zostanie wymieniony jutro."""


@T("pl")
def _(f):
    w = f.w
    return f"""Pozdrawiam,
{G(w.full)}
Księgowa
{K("company", "Piekarnia Złoty Kłos")}
NIP {f.nip(0)}
{PII("address", "ul. Młyńska 3" + NL + "62-200 Gniezno")}"""


@T("pl")
def _(f):
    return f"""Dzień dobry, proszę o fakturę na firmę do paragonu {f.bad("######/####")} z {K("date", "30.04")}. Zakup w {K("brand", "Leroy Merlin")} {K("city", "Kraków")} Zakopianka, kwota {K("amount", "612,40 zł")}. Dane do faktury w załączniku."""


@T("pl")
def _(f):
    w, m = f.w, f.m
    return f"""Drogi Panie {S(m.voc)},
bardzo dziękuję za pomoc przy przeprowadzce biura. Kolega {O(f.m2.full)} wspomniał, że chcecie Państwo referencji – chętnie napiszę.
Ściskam dłoń,
{G(w.first)}"""


@T("pl")
def _(f):
    w = f.w
    return f"""Nazywam się {I(low(w.first) + " " + low(w.last))} i od 3 lat jestem klientką sklepu {K("brand", "Zooart")}. Ostatnie zamówienie {f.order("ZA########")} przyszło bez żwirku, a zapłaciłam za całość {K("amount", "214,97 zł")}. Mój telefon {f.phone(style=4)}."""


@T("pl")
def _(f):
    m = f.m
    return f"""Dzień dobry, w imieniu firmy {K("company", "Agro-Mech Kowalczyk i Synowie")} proszę o ofertę na {K("quantity", "40")} opon {K("product_code", "315/80 R22.5")}. Dostawa do naszego magazynu: {PII("address", "Stara Wieś 41A, 26-600 Radom")}.
{G(m.ini)}
{K("job_title", "Kierownik zaopatrzenia")}"""


@T("pl")
def _(f):
    w, m = f.w, f.m
    return f"""Przekazuję zgłoszenie klientki ({O(w.full)}) – prosi o kontakt po {K("time", "18:00")}. Kolega {O(m.first)} ma szczegóły zamówienia {f.order("WEB-#####")}.
{K("team_name", "Dział Sprzedaży Internetowej")}"""


@T("pl")
def _(f):
    w = f.w
    return f"""Mam na imię {I(nd(w.first))}, od wczoraj jestem Waszą klientką po przeprowadzce. Prosze o przepisanie licznika {f.bad("########")} na mnie, nowy adres: {PII("address", "os. Batorego 15/62, 60-687 Poznań")}. Faktury prosze wysylac na {f.email(w, 6)}.
{G(nd(w.full))}"""


# =========================================================================== Czech


@T("cs")
def _(f):
    m, w = f.m, f.w
    return f"""Dobrý den, pane {S(m.lvoc)},
na faktuře č. {f.invoice("2024######")} mi stále naúčtováváte tarif, který jsem v prodejně {K("brand", "O2")} v {K("city", "Olomouci")} zrušila už v březnu. Prosím o opravu a dobropis na {K("amount", "1 498 Kč")}.
S pozdravem
{G(w.full)}
{f.phone()}"""


@T("cs")
def _(f):
    w, m = f.w, f.m
    return f"""Dobrý den,
jmenuji se {I(w.full)}, rodné číslo {f.rc(w, True)}. Stěhuji se do {K("city", "Kolína")} a ráda bych se přeregistrovala k novému praktikovi (MUDr. {O(m.full)}). Jaké doklady mám donést?
Děkuji, {G(w.first)}"""


@T("cs")
def _(f):
    m = f.m
    return f"""{O(m.first)} (podpora): Dobrý den, jak vám mohu pomoci?
Zákazník: balík {f.tracking("Z #### ### ###")} je podle sledování doručen, ale na výdejním místě nic není
{O(m.first)} (podpora): Omlouvám se, předávám na reklamace {K("brand", "Zásilkovny")}, ozveme se do {K("quantity", "48 hodin")}."""


@T("cs")
def _(f):
    return f"""Nákup v {K("person_like_brand", "Albertu")} na Smíchově, {K("date", "neděle 14. 4.")}: u pokladny mi účtovali jogurty dvakrát. Účtenka {f.bad("#### ### ####")}, rozdíl {K("amount", "57,90 Kč")}. Obsluha nepříjemná, na reklamaci mě poslala na infolinku. Hodnocení {K("quantity", "1 hvězdička")}."""


@T("cs")
def _(f):
    w, m = f.w, f.m
    return f"""Vážená paní {S(w.last)},
v příloze zasíláme fakturu {f.invoice("FV-####-###")} za dodávku kancelářského nábytku. Platbu prosím poukažte na účet {f.iban("CZ", 0)}, variabilní symbol je číslo faktury.
Odběratel: {K("company", "Stavební společnost Brnostav a.s.")}, IČO {f.ico()}, DIČ {f.dic_cz()}

S přátelským pozdravem
{G(m.full)}
{K("job_title", "obchodní zástupce")}
{K("company", "Office Pro CZ s.r.o.")}"""


@T("cs")
def _(f):
    w, m = f.w, f.m
    return f"""Ahoj {S(w.voc)},
posílám fotky té skříně, co jsme koupili přes {K("brand", "Bazoš")}. Jestli ji chceš, dej vědět do středy, jinak ji nabídneme dál za {K("amount", "1 200 Kč")}.
{G(m.first)}"""


@T("cs")
def _(f):
    m = f.m
    return f"""ŽÁDOST O VYDÁNÍ RESIDENTNÍ PARKOVACÍ KARTY
Žadatel: {O(m.full)}
Rodné číslo: {f.rc(m, False)}
Trvalé bydliště: {PII("address", "Kamenická 612/18, 170 00 Praha 7")}
Telefon: {f.phone(style=2)}
E-mail: {f.email(m)}
SPZ vozidla: 7A2 4411"""


@T("cs")
def _(f):
    return f"""Hotel {K("brand", "Horizont")} ve {K("city", "Špindlerově Mlýně")} – pokoje čisté, wellness slušné, ale večeře formou bufetu od {K("time", "18:00")} do {K("time", "19:30")} je málo. Za {K("quantity", "3 noci")} jsme dali {K("amount", "14 700 Kč")}. Personál ochotný, parkování zdarma."""


@T("cs")
def _(f):
    w, m = f.w, f.m
    return f"""Díky moc, termín {K("date", "22. 5.")} nám vyhovuje.
{G(m.first)}

Dne {K("date", "út 14. 5. 2024")} v {K("time", "9:12")} {O(w.full)} <{f.email(w, 1, "autoservis-kratochvil.cz")}> napsal(a):
> Dobrý den, výměna brzdových destiček vyjde na {K("amount", "3 850 Kč")} včetně práce.
> Zakázka {f.order("ZK-#####")}"""


@T("cs")
def _(f):
    m = f.m
    return f"""Dobrý den, tady {I(m.full)} z autoservisu v {K("city", "Kladně")}. Vaše Octavia je hotová, STK prošla bez závad. Vyzvednout si ji můžete zítra od {K("time", "7:30")}, zakázka {f.order("#####/24")}. Případně volejte {f.phone()}."""


@T("cs")
def _(f):
    w, m = f.w, f.m
    return f"""Hlášení pojistné události
Viník nehody: {O(m.full)}
Číslo pojistné smlouvy: {f.bad("##########")}
Místo: {PII("address", "Lidická 41, 602 00 Brno")}, před domem
Datum a čas: {K("date", "7. 10. 2024")}, {K("time", "16:45")}
Poškozené levé zadní dveře.
{G(w.ini)}"""


@T("cs")
def _(f):
    w, m = f.w, f.m
    return f"""Můj manžel {O(m.full)} má u vás permanentku na {K("quantity", "12 měsíců")}, ale od pondělí mu nefunguje čip u turniketu. V recepci {K("brand", "Form Factory")} říkali ať napíšeme mail, tak píšu. Číslo permanentky {f.bad("P#######")}.
{G(low(nd(w.full)))}"""


@T("cs")
def _(f):
    w, w2 = f.w, f.w2
    return f"""{K("greeting_without_name", "Vážená paní učitelko")},
dcera {O(w2.first)} bude od čtvrtka do pátku nemocná, prosím o omluvení z výuky. Domácí úkoly si doplní.
S pozdravem
{G(w.full)}"""


@T("cs")
def _(f):
    return f"""Po aktualizaci na verzi {K("version", "3.8.0")} se nedá přihlásit do administrace. Odkaz pro obnovení hesla {f.token_url("https://admin.eshop-builder.cz/password/reset", "key", 36)} hlásí chybu 500. Ticket {f.ticket("T-######")}.

{K("team_name", "Tým podpory")} {K("brand", "Shoptet")}
{K("url", "https://napoveda.shoptet.cz")}"""


@T("cs")
def _(f):
    w = f.w
    return f"""Dobrý den, jsem {I(w.full)}, klientka {K("brand", "Air Bank")}. Včera mi z karty {f.card(0)} odešly dvě platby do zahraničí po {K("amount", "39,99 EUR")}, které jsem neprováděla. Kartu jsem zablokovala v aplikaci. Prosím o reklamaci."""


@T("cs")
def _(f):
    return f"""Objednávka {f.order("##########")} ze {K("brand", "Super zoo")} přišla bez granulí {K("product_code", "Brit Care Adult 12 kg")}. Na faktuře {f.invoice("V24/#####")} jsou ale zaúčtované. Chci buď dodat, nebo vrátit {K("amount", "1 149 Kč")}."""


@T("cs")
def _(f):
    w = f.w
    return f"""{K("greeting_without_name", "Dobrý den")},
Vaše reklamace byla vyřízena, přeplatek {K("amount", "2 310 Kč")} vrátíme na účet do {K("quantity", "30 dnů")}.

S pozdravem
{G(w.full)}
{K("team_name", "Zákaznické centrum")} {K("brand", "ČEZ")}"""


@T("cs")
def _(f):
    m = f.m
    return f"""dobry den je to jeste k mani? a slo by poslat balikovnou do {K("city", "Jihlavy")}? zaplatim predem
{G(low(nd(m.first)))}"""


@T("cs")
def _(f):
    w, m = f.w, f.m
    return f"""---------- Přeposlaná zpráva ---------
Od: {O(w.full)} <{f.email(w)}>
Datum: {K("date", "pá 3. 5. 2024")} {K("time", "11:02")}
Předmět: Poškozená zásilka
Komu: reklamace@{K("brand", "ppl")}.cz

Krabice byla promáčknutá, televize má prasklý displej. Číslo zásilky {f.tracking("4############")}.

Posílám dál, vyřiď to prosím. {G(m.first)}"""


@T("cs")
def _(f):
    m = f.m
    return f"""Děkuji za zaslání podkladů, posudek dodám do konce měsíce.

S pozdravem
doc. Ing. {G(m.full)}, Ph.D.
{K("company", "Ústav stavební mechaniky")}, {K("company", "VUT v Brně")}
tel. {f.phone("fixed", 1)}"""


@T("cs")
def _(f):
    w = f.w
    return f"""Mé jméno je {I(w.full)} a jsem nová odběratelka plynu. Prosím o převod odběrného místa {f.bad("EAN 8591824########")} na mé jméno. Adresa odběrného místa: {PII("address", "Husova 1187, 547 01 Náchod")}. Stav plynoměru k {K("date", "1. 6.")}: {K("quantity", "18 442 m³")}."""


@T("cs")
def _(f):
    w, m2 = f.w, f.m2
    return f"""{K("greeting_without_name", "Dobrý den, pane inženýre")},
kolega {O(m2.full)} mi předal vaši poptávku na {K("quantity", "200 m²")} zámkové dlažby. Cenovou nabídku posílám v příloze, platí do {K("date", "30. září")}.
{G(w.full)}"""


@T("cs")
def _(f):
    return f"""Zásilka {f.tracking("#########")} od {K("brand", "DPD")} leží třetí den v depu v {K("city", "Hostivici")}. Kurýr napsal, že nikdo nebyl doma, ale doma jsme byli celý den. Objednávka {f.order("OBJ-#######")} z {K("brand", "Alza.cz")}."""


@T("cs")
def _(f):
    w, m = f.w, f.m
    return f"""Milá {S(w.voc)},
potvrzujeme rezervaci {K("quantity", "dvou dvoulůžkových pokojů")} pro firmu {K("company", "Techservis Morava s.r.o.")} na termín {K("date", "12.–15. 7.")} Zálohu {K("amount", "6 000 Kč")} prosíme uhradit do pátku.
Hezký den přeje
{G(m.full)}
{K("job_title", "recepce")}"""


@T("cs")
def _(f):
    m = f.m
    return f"""Zákazník: dobrý den, nejde mi zaplatit kartou
{O(m.first)} (podpora {K("brand", "Rohlík")}): Dobrý den, zkuste prosím odhlásit a přihlásit. Objednávka {f.order("#########")} zůstává rezervovaná do {K("time", "20:00")}.
Zákazník: už to jde, díky"""


@T("cs")
def _(f):
    w = f.w
    return f"""Upomínka – faktura {f.invoice("####2024")} po splatnosti {K("quantity", "14 dní")}, dlužná částka {K("amount", "18 150 Kč")}.
Platbu zašlete na {f.iban("CZ", 1)}.
{K("team_name", "Účtárna")} {K("company", "Kovo Hrubý s.r.o.")}, IČO {f.ico(True)}
vyřizuje {G(w.full)}"""


@T("cs")
def _(f):
    m = f.m
    return f"""Jmenuju se {I(m.first)}, je mi 17 a chtěl bych se přihlásit na kurz boxu. Potřebujete souhlas rodičů? Máma {O(f.w.first)} může přijít podepsat.
{G(m.first)}"""


@T("cs")
def _(f):
    w = f.w
    return f"""MUDr. {O(w.last)} je naprosto skvělá, vysvětlí všechno v klidu. Horší je objednávání – na telefonu nikdo a online systém {K("brand", "Mediconnect")} je pořád plný. Čekárna v {K("city", "Pardubicích")} čistá. Celkově {K("quantity", "4/5")}."""


@T("cs")
def _(f):
    m, w = f.m, f.w
    return f"""zdravím pane {S(m.lvoc)}, ta okna už jsou namontovaná, jen u balkonových dveří chybí lišta. Kdy pro ni můžete přijet? Nejlíp odpoledne.
{G(w.full)}"""


@T("cs")
def _(f):
    w = f.w
    return f"""Dobry den, jmenuji se {I(nd(w.full))} a chtela bych se zeptat na stav objednavky {f.order("1###########")}. Mela prijit ve stredu a nic. Muzete mi zavolat na {f.phone(style=0)}? Dekuji"""


@T("cs")
def _(f):
    w, m = f.w, f.m
    return f"""Dobrý den, s reklamací matrace vám pomůže paní {O(w.last)} na prodejně {K("street_as_brand", "Na Příkopě")}, ptejte se prosím po ní. Číslo reklamace {f.ticket("RK######")}.
{G(m.full)}, {K("brand", "Matrace Hanák")}"""


@T("cs")
def _(f):
    m = f.m
    return f"""Platba za objednávku {f.order("#######")} proběhla dvakrát, prosím o vrácení jedné částky {K("amount", "2 499 Kč")}. Předem děkuji a přeji hezký den, {G(m.full)}"""


@T("cs")
def _(f):
    m = f.m
    return f"""Dobrý den, potvrzuji objednávku {K("quantity", "60 ks")} palet {K("product_code", "EUR 1200x800")}.
Dodací adresa: {PII("address", "Průmyslová 2245, 530 03 Pardubice")}
Fakturační údaje: {K("company", "Logistika Vlček s.r.o.")}, IČO {f.ico()}
{G(m.full)}
{K("job_title", "vedoucí skladu")}
mob. {f.phone(style=5)}"""


@T("cs")
def _(f):
    return f"""{K("greeting_without_name", "Vážení")},
k Vašemu podání č.j. {f.ticket("MMB/######/2024")} sdělujeme, že žádost o zábor veřejného prostranství byla schválena na období {K("date", "1. 8. – 31. 8. 2024")}. Poplatek {K("amount", "3 100 Kč")}.
{K("team_name", "Odbor dopravy")} {K("company", "Magistrátu města Brna")}"""


@T("cs")
def _(f):
    m = f.m
    return f"""Objednatel: {O(m.rev)}
Zakázka: malování bytu 3+1, {K("quantity", "68 m²")}
Termín: {K("date", "18. 6.")} – {K("date", "21. 6.")}
Cena dohodou {K("amount", "24 000 Kč")}
Poznámka: klíče u souseda"""


@T("cs")
def _(f):
    w = f.w
    return f"""Ještě jednou děkuji za rychlé vyřízení.
{G(w.full)}

Odesláno z iPhonu"""


@T("cs")
def _(f):
    w, m = f.w, f.m
    return f"""Dobrý den,
volala jsem včera, jmenuji se {I(w.full)}. Doktor {O(m.last)} mi doporučil kontrolu za {K("quantity", "14 dní")}, ale v systému nevidím žádný volný termín. Mohu přijít {K("date", "27. 3.")}?"""


@T("cs")
def _(f):
    w, m = f.w, f.m
    return f"""Vážený pane {S(m.lvoc)},
děkujeme za zájem o pozici {K("job_title", "skladník – řidič VZV")} v {K("company", "Logistic Park Úžice")}. Pohovor proběhne {K("date", "5. 9.")} v {K("time", "10:00")}.
{G(w.full)}
{K("job_title", "HR specialistka")}"""


@T("cs")
def _(f):
    w, m = f.w, f.m
    return f"""Dobrý den paní {S(w.last)},
posílám slíbené údaje pro fakturaci: {K("company", "Truhlářství Beneš")}, DIČ {f.dic_cz(m)}, sídlo {PII("address", "Zahradní 7, 674 01 Třebíč")}.
S pozdravem {G(m.full)}"""


@T("cs")
def _(f):
    w, m = f.w, f.m
    return f"""Čau {S(m.voc)}, na ten můj pracovní už nepiš, od července jsem jinde. Piš radši na {f.email(w)} nebo volej {f.phone(style=4)}.
Měj se, {G(w.first)}"""


# =========================================================================== Slovak


@T("sk")
def _(f):
    m, w = f.m, f.w
    return f"""Dobrý deň, pán {S(m.last)},
na faktúre č. {f.invoice("8#########")} mi stále účtujete paušál, ktorý som zrušila v predajni {K("brand", "Telekom")} v {K("city", "Žiline")} ešte v apríli. Prosím o opravu a dobropis vo výške {K("amount", "23,90 €")}.
S pozdravom
{G(w.full)}
{f.phone()}"""


@T("sk")
def _(f):
    w, m = f.w, f.m
    return f"""Dobrý deň,
volám sa {I(w.full)}, rodné číslo {f.rc(w, True)}. Sťahujem sa do {K("city", "Prešova")}, nový obvodný lekár bude MUDr. {O(m.full)}. Aké doklady mám priniesť?
Ďakujem, {G(w.first)}"""


@T("sk")
def _(f):
    w = f.w
    return f"""{O(w.first)} (zákaznícka podpora): Dobrý deň, s čím vám môžem pomôcť?
Zákazník: zásielka {f.tracking("SPS########")} je podľa sledovania doručená ale nemám ju
{O(w.first)} (zákaznícka podpora): Rozumiem, otváram reklamáciu {f.ticket("R-######")}, ozveme sa do {K("quantity", "2 pracovných dní")}."""


@T("sk")
def _(f):
    return f"""Knihy z {K("person_like_brand", "Martinusu")} prišli rýchlo, ale jedna mala pokrčený obal. Objednávka {f.order("#########")}, spolu {K("amount", "47,60 €")}. Výmena prebehla bez problémov v predajni na {K("street_as_brand", "Obchodnej")}. Dávam {K("quantity", "4 hviezdičky")}."""


@T("sk")
def _(f):
    w, m = f.w, f.m
    return f"""Vážená pani {S(w.last)},
v prílohe posielame faktúru {f.invoice("FA####/2024")} za dodávku stavebného materiálu. Sumu {K("amount", "3 418,20 €")} prosím uhraďte na účet {f.iban("SK", 0)}.
Odberateľ: {K("company", "Stavby Kubiš s.r.o.")}, IČO {f.ico()}, DIČ {f.dic_sk()}, IČ DPH {f.dic_sk(True)}

S pozdravom
{G(m.full)}
{K("job_title", "obchodný manažér")}"""


@T("sk")
def _(f):
    m, w = f.m, f.w
    return f"""Včera večer ma vodič {O(m.first)} z {K("brand", "Boltu")} viezol z letiska do {K("city", "Petržalky")} a nechala som v aute slúchadlá. Jazda bola o {K("time", "22:40")}, cena {K("amount", "17,20 €")}. Dá sa to nejako dohľadať?
{G(low(w.first))}"""


@T("sk")
def _(f):
    m = f.m
    return f"""ŽIADOSŤ O VYDANIE PARKOVACEJ KARTY REZIDENTA
Meno a priezvisko: {O(m.full)}
Rodné číslo: {f.rc(m, False)}
Trvalý pobyt: {PII("address", "Mlynská 14, 040 01 Košice")}
Telefón: {f.phone(style=1)}
E-mail: {f.email(m)}"""


@T("sk")
def _(f):
    w, m = f.w, f.m
    return f"""{K("greeting_without_name", "Vážená pani riaditeľka")},
posielam potvrdenie o úhrade školného za {K("date", "september")} za syna (meno dieťaťa: {O(m.first)}, trieda Včielky). Suma {K("amount", "60 €")} odišla na účet škôlky {f.iban("SK", 0)}, variabilný symbol {f.bad("2024####")}.
Ďakujem,
{G(w.full)}"""


@T("sk")
def _(f):
    w, m = f.w, f.m
    return f"""Vďaka, termín {K("date", "18. 6.")} nám vyhovuje.
{G(m.first)}

Dňa {K("date", "po 10. 6. 2024")} o {K("time", "8:47")} {O(w.full)} <{f.email(w, 1, "pneuservis-zilina.sk")}> napísal(a):
> Dobrý deň, prezutie pneumatík vrátane vyváženia je {K("amount", "48 €")}.
> Zákazka {f.order("ZK/####")}"""


@T("sk")
def _(f):
    m = f.m
    return f"""Dobrý deň, tu je {I(m.full)} z autoservisu v {K("city", "Trnave")}. Vaše auto je pripravené, STK aj emisná kontrola v poriadku. Vyzdvihnúť si ho môžete zajtra od {K("time", "7:00")}, zákazka {f.order("#####-24")}. Keby niečo, volajte {f.phone()}."""


@T("sk")
def _(f):
    w, m = f.w, f.m
    return f"""Hlásenie poistnej udalosti
Vinník: {O(m.full)}
Číslo poistnej zmluvy: {f.bad("##########")}
Miesto: {PII("address", "Hlavná 112, 080 01 Prešov")}, parkovisko
Dátum: {K("date", "2. 11. 2024")}, {K("time", "15:20")}
Poškodený predný nárazník.
{G(w.ini)}"""


@T("sk")
def _(f):
    m, w = f.m, f.w
    return f"""Pán {S(m.last)}, v byte (adresa: {PII("address", "Družstevná 22, 974 01 Banská Bystrica")}) od soboty nejde bojler, nemáme teplú vodu. Viete poslať niekoho ešte tento týždeň? Som doma po {K("time", "16:00")}.
{G(w.first)}
{f.phone(style=3)}"""


@T("sk")
def _(f):
    w, w2 = f.w, f.w2
    return f"""{K("greeting_without_name", "Vážená pani triedna učiteľka")},
dcéra {O(w2.first)} bude od stredy do piatku chorá, prosím ospravedlniť ju z vyučovania.
S pozdravom
{G(w.full)}"""


@T("sk")
def _(f):
    return f"""Po aktualizácii na verziu {K("version", "2.14.3")} sa nedá prihlásiť do účtu. Odkaz na obnovu hesla {f.token_url("https://moj.fakturacia.sk/reset-hesla", "token", 32)} píše, že vypršal. Tiket {f.ticket("SUP-#####")}.
{K("team_name", "Tím podpory")} {K("brand", "Fakturácia.sk")}"""


@T("sk")
def _(f):
    w = f.w
    return f"""Dobrý deň, som {I(w.full)}, klientka {K("brand", "Tatra banky")}. Včera mi z karty {f.card(2)} odišli tri platby po {K("amount", "19,99 €")}, ktoré som nerobila. Kartu som zablokovala v aplikácii, prosím o reklamáciu."""


@T("sk")
def _(f):
    return f"""Objednávka {f.order("DM########")} z e-shopu {K("person_like_brand", "Dr.Max")}: prišiel sirup, ale chýbali vitamíny {K("product_code", "Vitamín D3 2000 IU")} ({K("quantity", "2 ks")}). Na dobierku som zaplatila {K("amount", "31,85 €")} vrátane nich. Prosím o dodanie alebo vrátenie rozdielu."""


@T("sk")
def _(f):
    m = f.m
    return f"""{K("greeting_without_name", "Dobrý deň")},
Vaša reklamácia bola vybavená, preplatok {K("amount", "64,12 €")} vrátime na účet do {K("quantity", "30 dní")}.

S pozdravom
{G(m.full)}
{K("team_name", "Zákaznícke centrum")} {K("brand", "ZSE")}"""


@T("sk")
def _(f):
    m = f.m
    return f"""dobry den, je to este aktualne? slo by to poslat cez packetu do {K("city", "Banskej Bystrice")}? zaplatim vopred
{G(low(nd(m.full)))}"""


@T("sk")
def _(f):
    w, m = f.w, f.m
    return f"""---------- Preposlaná správa ---------
Od: {O(w.full)} <{f.email(w)}>
Dátum: {K("date", "št 6. 6. 2024")} {K("time", "13:40")}
Predmet: Poškodená zásielka
Komu: reklamacie@{K("brand", "dpd")}.sk

Krabica bola premočená, kniha zničená. Číslo zásielky {f.tracking("#############")}.

Posúvam ďalej, prosím vybav. {G(m.first)}"""


@T("sk")
def _(f):
    m = f.m
    return f"""Ďakujem za podklady, posudok pošlem do konca mesiaca.

S pozdravom
prof. Ing. {G(m.full)}, PhD.
{K("company", "Stavebná fakulta STU")}
tel. {f.phone("fixed", 0)}"""


@T("sk")
def _(f):
    w = f.w
    return f"""Moje meno je {I(w.full)} a od {K("date", "1. júla")} som nová odberateľka elektriny. Prosím o prepis odberného miesta {f.bad("EIC 24ZZS#########")} na moje meno. Adresa: {PII("address", "Kollárova 9, 917 01 Trnava")}. Stav elektromera: {K("quantity", "24 118 kWh")}."""


@T("sk")
def _(f):
    w, m2 = f.w, f.m2
    return f"""{K("greeting_without_name", "Dobrý deň, pán inžinier")},
kolega {O(m2.full)} mi odovzdal vašu požiadavku na {K("quantity", "150 m²")} zámkovej dlažby. Cenovú ponuku posielam v prílohe, platí do {K("date", "31. augusta")}.
{G(w.full)}"""


@T("sk")
def _(f):
    return f"""Zásielka {f.tracking("Z#########")} od {K("brand", "Packeta")} leží tretí deň na výdajnom mieste v {K("city", "Nitre")}, ale SMS s kódom mi neprišla. Objednávka {f.order("OBJ#######")} z {K("brand", "Alza.sk")}."""


@T("sk")
def _(f):
    w, m = f.w, f.m
    return f"""Milá {S(w.first)},
potvrdzujeme rezerváciu {K("quantity", "troch izieb")} pre firmu {K("company", "Elektro Sokol s.r.o.")} na termín {K("date", "20. – 23. 8.")} Zálohu {K("amount", "250 €")} prosím uhraďte do piatku.
Pekný deň
{G(m.full)}
{K("job_title", "recepcia")}"""


@T("sk")
def _(f):
    m = f.m
    return f"""[{K("time", "14:05")}] Technik {O(m.full)}: Dobrý deň, som na ceste, budem u vás asi o {K("quantity", "20 minút")}.
[{K("time", "14:06")}] Zákazník: ok, zvoňte na byt 14, výťah nejde
[{K("time", "14:31")}] Technik {O(m.full)}: Modem vymenený, porucha {f.ticket("INC#######")} uzavretá. Pekný deň prajeme, {K("brand", "Slovak Telekom")}."""


@T("sk")
def _(f):
    w = f.w
    return f"""Upomienka – faktúra {f.invoice("#######2024")} je po splatnosti {K("quantity", "21 dní")}, dlžná suma {K("amount", "1 180,00 €")}.
Platbu pošlite na {f.iban("SK", 1)}.
{K("team_name", "Účtovné oddelenie")} {K("company", "Kovo Medveď s.r.o.")}
vybavuje {G(w.full)}"""


@T("sk")
def _(f):
    w, m = f.w, f.m
    return f"""Dobrý deň, sme {I(w.first)} a {I(m.first)} a budúci rok v {K("date", "júni")} sa berieme v {K("city", "Bojniciach")}. Máte ešte voľný termín {K("date", "14. 6. 2025")}? Radi by sme celodenné fotenie, rozpočet okolo {K("amount", "900 €")}.
Ozvite sa prosím na {f.email(w, 5)}"""


@T("sk")
def _(f):
    return f"""{K("person_like_brand", "Pizzeria Giuseppe")} v {K("city", "Ružomberku")} – pizza výborná, cesto tenké, ale rozvoz trval {K("quantity", "hodinu a pol")}. Objednávka {f.order("#####")} o {K("time", "19:10")}, doručená o {K("time", "20:40")}, studená. Kupón na {K("percent", "15 %")} ako ospravedlnenie síce prišiel, ale aj tak {K("quantity", "3/5")}."""


@T("sk")
def _(f):
    m, w = f.m, f.w
    return f"""Dobrý deň pán {S(m.full)}, okná sú už namontované, len pri balkónových dverách chýba lišta. Kedy ju môžete doniesť? Najlepšie poobede.
{G(w.full)}"""


@T("sk")
def _(f):
    w = f.w
    return f"""Dobry den, volam sa {I(nd(w.full))} a chcela by som sa spytat na stav objednavky {f.order("#########")}. Mala prist v stredu a nic. Mozete mi zavolat na {f.phone(style=0)}? Dakujem"""


@T("sk")
def _(f):
    w = f.w
    return f"""{K("greeting_without_name", "Vážený pán prodekan")},
volám sa {I(w.full)} a som študentka {K("quantity", "2. ročníka")} magisterského štúdia, študijné číslo {f.bad("#####")}. Prosím o predĺženie termínu odovzdania diplomovej práce do {K("date", "30. júna")} zo zdravotných dôvodov. Potvrdenie od lekára prikladám.
S úctou
{G(w.full)}"""


@T("sk")
def _(f):
    m = f.m
    return f"""Dobrý deň, na adrese {PII("address", "Topoľová 3, 900 28 Ivanka pri Dunaji")} nám už druhý týždeň nevyviezli kontajner na plasty. Kód nádoby {f.bad("IPD-#####")}. Poplatok za odpad máme zaplatený.
{G(m.full)}, {f.phone(style=5)}"""


@T("sk")
def _(f):
    m = f.m
    return f"""Dobrý deň, potvrdzujem objednávku {K("quantity", "40 ks")} paliet {K("product_code", "EUR 1200x800")}.
Dodacia adresa: {PII("address", "Priemyselná 8, 949 01 Nitra")}
Fakturačné údaje: {K("company", "Logistika Ondruš s.r.o.")}, IČO {f.ico()}
{G(m.full)}
{K("job_title", "vedúci skladu")}
mobil {f.phone(style=2)}"""


@T("sk")
def _(f):
    return f"""{K("greeting_without_name", "Vážený občan")},
k Vášmu podaniu č. {f.ticket("MsÚ/####/2024")} oznamujeme, že žiadosť o záber verejného priestranstva bola schválená na obdobie {K("date", "1. 9. – 30. 9. 2024")}. Poplatok {K("amount", "120 €")}.
{K("team_name", "Oddelenie dopravy")} {K("company", "Mestského úradu v Trenčíne")}"""


@T("sk")
def _(f):
    w, m = f.w, f.m
    return f"""Ahoj {S(w.first)}, som {I(m.full)}, pracujem ako {K("job_title", "IT recruiter")} v {K("company", "Datalogic Slovakia")}. Videl som tvoj profil a máme otvorenú pozíciu {K("job_title", "Senior Java Developer")} v {K("city", "Košiciach")}, plne remote možné. Mala by si tento týždeň {K("quantity", "15 minút")} na krátky hovor?"""


@T("sk")
def _(f):
    m = f.m
    return f"""Termín dodania potvrdzujem na {K("date", "piatok 12. júla")}.

S pozdravom / Best regards
{G(m.full)}
{K("job_title", "Key Account Manager")}
{K("company", "Euro Pack Slovakia s.r.o.")}
M: {f.phone(style=2)}
E: {f.email(m, 0, "europack.sk")}"""


@T("sk")
def _(f):
    w, m = f.w, f.m
    return f"""Dobrý deň,
píše vám {I(w.full)}, včera som volala kvôli kontrole. Pán doktor {O(m.last)} mi odporučil prísť o {K("quantity", "dva týždne")}, ale v systéme nie je voľný termín. Môžem prísť {K("date", "28. 3.")}?"""


@T("sk")
def _(f):
    w, m = f.w, f.m
    return f"""Vážený pán {S(m.full)},
ďakujeme za záujem o pozíciu {K("job_title", "skladník – vodič VZV")} v spoločnosti {K("company", "Logistic Park Senec")}. Pohovor bude {K("date", "9. 9.")} o {K("time", "10:00")}.
{G(w.full)}
{K("job_title", "personalistka")}"""


@T("sk")
def _(f):
    w, m = f.w, f.m
    return f"""Dobrý deň pani {S(w.last)},
posielam údaje na faktúru: {K("company", "Stolárstvo Jurčo")}, IČO {f.ico(True)}, sídlo {PII("address", "Záhradná 7, 071 01 Michalovce")}.
S pozdravom {G(m.full)}"""


@T("sk")
def _(f):
    w, m = f.w, f.m
    return f"""Čau {S(m.first)}, na ten pracovný mail mi už nepíš, od augusta som inde. Píš radšej na {f.email(w)} alebo volaj {f.phone(style=4)}.
Maj sa, {G(w.first)}"""


# =========================================================================== Russian


@T("ru")
def _(f):
    w, m = f.w, f.m
    return f"""Уважаемая {S(w.fp)}!
Прошу пересчитать плату за отопление за {K("date", "январь")}. По счёту {f.invoice("№ ######-##")} начислено {K("amount", "7 482,16 ₽")}, хотя в квартире стоит исправный счётчик.
С уважением,
{G(m.lio)}
{f.phone()}"""


@T("ru")
def _(f):
    m = f.m
    return f"""Здравствуйте! Меня зовут {I(m.first)}, заказывал у вас на {K("brand", "Ozon")} кофемашину, заказ {f.order("#########-####")}. Пришла с трещиной на поддоне. Фото приложил. Хочу замену, а не возврат денег."""


@T("ru")
def _(f):
    w = f.w
    return f"""Оператор {O(w.first)}: Добрый вечер! Чем могу помочь?
Клиент: посылка {f.tracking("##########")} уже неделю в пункте выдачи {K("brand", "СДЭК")} в {K("city", "Твери")}, а статус «в пути»
Оператор {O(w.first)}: Вижу ошибку сканирования, исправила. Можете забирать сегодня до {K("time", "21:00")}."""


@T("ru")
def _(f):
    return f"""Купили в {K("person_like_brand", "Петровиче")} ламинат {K("product_code", "Tarkett 33 класс")}, {K("quantity", "18 упаковок")}. Две пачки со сколами по краю. Заказ {f.order("П-########")} от {K("date", "14.03.2024")}, сумма {K("amount", "41 580 ₽")}. Обменяли без вопросов, за это плюс."""


@T("ru")
def _(f):
    m, w = f.m, f.w
    return f"""Добрый день, {S(m.fp)}!
Направляем счёт {f.invoice("№ ####/24")} на поставку канцелярских товаров.
Получатель: {K("company", "ООО «Канцлер-Снаб»")}
ИНН {f.inn10()}, КПП {f.bad("77##01001")}
ОГРН {f.ogrn()}
Оплата в течение {K("quantity", "5 банковских дней")}.

С уважением,
{G(w.full)}
{K("job_title", "менеджер по работе с клиентами")}"""


@T("ru")
def _(f):
    w, m = f.w, f.m
    return f"""Привет, {S(w.first)}! Скинь, пожалуйста, номер того мастера по стиралкам, которого ты советовала. У нас опять течёт.
{G(m.first)}"""


@T("ru")
def _(f):
    m = f.m
    return f"""ЗАЯВЛЕНИЕ
о перерасчёте платы за вывоз ТКО
Заявитель: {O(m.fio)}
СНИЛС: {f.snils(0)}
Адрес: {PII("address", "г. Воронеж, ул. Кольцовская, д. 24, кв. 91")}
Телефон: {f.phone(style=1)}
Эл. почта: {f.email(m)}"""


@T("ru")
def _(f):
    return f"""Отель {K("brand", "Волна")} в {K("city", "Анапе")}: до моря {K("quantity", "5 минут")}, номер чистый, кондиционер шумит. Завтрак с {K("time", "8:00")} до {K("time", "10:00")}, однообразный. За {K("quantity", "7 ночей")} отдали {K("amount", "63 000 ₽")}. Вернёмся, но не в высокий сезон."""


@T("ru")
def _(f):
    w, m = f.w, f.m
    return f"""Спасибо, договорились.
{G(m.first)}

{K("date", "12 марта 2024 г.")}, в {K("time", "10:15")}, {O(w.full)} <{f.email(w, 0, "autoprofi-service.ru")}> написал(а):
> Добрый день! Замена масла и фильтров — {K("amount", "4 200 ₽")}, запись на пятницу.
> Заказ-наряд {f.order("ЗН-#####")}"""


@T("ru")
def _(f):
    w = f.w
    return f"""Добрый день! На связи {I(w.first)}, менеджер автосалона {K("brand", "Автомир")}. Ваш автомобиль прошёл предпродажную подготовку, выдача {K("date", "в четверг")} с {K("time", "11:00")}. Договор {f.bad("АМ-#######")}. Мой прямой номер {f.phone(style=0)}."""


@T("ru")
def _(f):
    w, m = f.w, f.m
    return f"""Извещение о ДТП (кратко)
Второй участник: {O(m.fio)}, полис ОСАГО {f.bad("ХХХ ##########")}
Место: {PII("address", "Екатеринбург, ул. Малышева, 51")}
{K("date", "02.10.2024")}, около {K("time", "18:40")}
Повреждено заднее правое крыло.
{G(w.lio)}"""


@T("ru")
def _(f):
    w, m = f.w, f.m
    return f"""Мой муж, {O(m.full)}, купил абонемент в {K("brand", "World Class")} на {K("quantity", "12 месяцев")} по акции {K("percent", "−25%")}, а через месяц получил травму. Можно ли заморозить абонемент на время лечения? Справка есть.
{G(low(w.first))}"""


@T("ru")
def _(f):
    w, w2 = f.w, f.w2
    return f"""{K("greeting_without_name", "Уважаемый классный руководитель")}!
Моя дочь {O(w2.first)} пропустит занятия с {K("date", "15 по 19 апреля")} в связи с соревнованиями. Задания возьмёт у одноклассников.
{G(w.full3)}"""


@T("ru")
def _(f):
    return f"""Обращение {f.ticket("#######")}. После обновления до версии {K("version", "5.2.0")} приложение {K("brand", "МойСклад")} не синхронизирует остатки. Ссылка для сброса пароля {f.token_url("https://online.sklad-app.ru/auth/reset", "t", 40)} открывается с ошибкой.
{K("team_name", "Служба поддержки")}"""


@T("ru")
def _(f):
    w = f.w
    return f"""Вас беспокоит {I(w.fio)}, клиентка {K("person_like_brand", "Тинькофф")}. С моей карты {f.card(0)} сегодня ночью списали {K("amount", "12 990 ₽")} в каком-то интернет-магазине. Я ничего не покупала, карту заблокировала."""


@T("ru")
def _(f):
    return f"""Заказ {f.order("WB-#########")} с {K("brand", "Wildberries")}: вместо корма {K("product_code", "Royal Canin Sterilised 10 кг")} пришли два пакета по {K("quantity", "2 кг")}. В пункте выдачи сказали писать в поддержку. Пишу. Разница {K("amount", "3 140 ₽")}."""


@T("ru")
def _(f):
    w = f.w
    return f"""{K("greeting_without_name", "Здравствуйте")}!
Ваша заявка {f.ticket("№ ЗВ-######")} рассмотрена, перерасчёт в размере {K("amount", "1 218,40 ₽")} будет отражён в квитанции за {K("date", "май")}.

С уважением,
{G(w.full)}
{K("team_name", "Абонентский отдел")} {K("company", "АО «Мосэнергосбыт»")}"""


@T("ru")
def _(f):
    m = f.m
    return f"""добрый вечер, диван еще продаете? могу сегодня забрать сам, я в {K("city", "Химках")}
{G(low(m.first))}"""


@T("ru")
def _(f):
    w, m = f.w, f.m
    return f"""-------- Пересылаемое сообщение --------
От: {O(w.full)} <{f.email(w)}>
Дата: {K("date", "пт, 5 апр. 2024")} {K("time", "16:20")}
Тема: Повреждённая посылка
Кому: claims@{K("brand", "boxberry")}.ru

Коробка была вскрыта, внутри не хватает зарядного устройства. Трек {f.tracking("#############")}.

Перешли, пожалуйста, в юр. отдел. {G(m.first)}"""


@T("ru")
def _(f):
    m = f.m
    return f"""Благодарю за присланные материалы. Отзыв на диссертацию направлю до конца месяца.

С уважением,
д.т.н., профессор {G(m.full3)}
{K("company", "кафедра теплотехники МЭИ")}
тел. {f.phone("fixed", 1)}"""


@T("ru")
def _(f):
    w = f.w
    return f"""Меня зовут {I(w.full)}, я новый собственник квартиры по адресу {PII("address", "197198, Санкт-Петербург, Большой пр. П.С., д. 33, кв. 14")}. Прошу переоформить лицевой счёт {f.bad("№ ########")} на моё имя. ИНН {f.inn12()}."""


@T("ru")
def _(f):
    w, m2 = f.w, f.m2
    return f"""{K("greeting_without_name", "Добрый день, коллеги")}!
{O(m2.full)} передал мне вашу заявку на {K("quantity", "300 м²")} тротуарной плитки. Коммерческое предложение во вложении, цены действительны до {K("date", "30 сентября")}.
{G(w.fp)}"""


@T("ru")
def _(f):
    return f"""Уже третий день не могу получить посылку {f.tracking("RA#########RU")} в отделении {K("brand", "Почты России")} на {K("street_as_brand", "Арбате")}: говорят, не нашли. Заказ {f.order("AE#############")} с {K("brand", "AliExpress")}."""


@T("ru")
def _(f):
    w, m = f.w, f.m
    return f"""Дорогая {S(w.first)}!
Подтверждаем бронирование банкетного зала на {K("quantity", "40 гостей")}, {K("date", "22 июня")} с {K("time", "17:00")}. Предоплата {K("amount", "30 000 ₽")} до пятницы.
Всего доброго,
{G(m.full)}
{K("job_title", "администратор ресторана")} {K("person_like_brand", "«Дядя Ваня»")}"""


@T("ru")
def _(f):
    m = f.m
    return f"""Клиент: здравствуйте, не проходит оплата
{O(m.first)} ({K("brand", "ВкусВилл")}): Добрый день! Попробуйте, пожалуйста, другой способ оплаты. Заказ {f.order("########")} сохранён до {K("time", "22:00")}.
Клиент: прошло, спасибо"""


@T("ru")
def _(f):
    w = f.w
    return f"""Напоминаем о задолженности по счёту {f.invoice("№ ####-С")} от {K("date", "01.04.2024")} на сумму {K("amount", "186 400,00 ₽")}.
Реквизиты для оплаты: БИК {f.bad("0445#####")}, ИНН получателя {f.inn10()}.
{K("team_name", "Бухгалтерия")} {K("company", "ООО «СтройТехРесурс»")}
исп. {G(w.lio)}"""


@T("ru")
def _(f):
    m, w = f.m, f.w
    return f"""Это {I(m.first)}, звоню по поводу мамы: она в больнице, прошу перенести доставку пенсии на {K("date", "следующую неделю")}. Получатель: {O(w.fio)}. Если нужно, перезвоните мне: {f.phone(style=2)}."""


@T("ru")
def _(f):
    w = f.w
    return f"""Доктор {O(w.last)} — лучший стоматолог, к которому я ходила. Всё объясняет, не торопится. Минус — запись в {K("brand", "СМ-Клинику")} только через колл-центр, ждала {K("quantity", "40 минут")}. Итог {K("quantity", "5/5")} врачу, {K("quantity", "3/5")} клинике."""


@T("ru")
def _(f):
    m, w = f.m, f.w
    return f"""{S(m.first)}, добрый день. Окна поставили, но на балконной двери нет уплотнителя. Когда сможете приехать доделать? Лучше после {K("time", "18")}.
{G(w.full)}"""


@T("ru")
def _(f):
    w = f.w
    return f"""Zdravstvuite, menya zovut {I(w.lat_first.capitalize() + " " + w.lat_last.capitalize())}, pishu latinitsei, net russkoi raskladki. Zakaz {f.order("#########")} ne prishel, pozvonite mne {f.phone(style=3)}."""


@T("ru")
def _(f):
    w, m = f.w, f.m
    return f"""По возврату кресла вам поможет {O(w.first)} в магазине на {K("street_as_brand", "Невском")}, она в курсе. Номер обращения {f.ticket("ВЗ-######")}.
{G(m.full)}, {K("brand", "Много Мебели")}"""


@T("ru")
def _(f):
    m = f.m
    return f"""Оплата по заказу {f.order("#######")} прошла дважды, верните, пожалуйста, одну сумму {K("amount", "5 490 ₽")}. Заранее спасибо, {G(m.full)}"""


@T("ru")
def _(f):
    m, w = f.m, f.w
    return f"""Подтверждаю заказ: {K("quantity", "24 поддона")} газобетона {K("product_code", "D500 600x300x200")}.
Адрес доставки: {PII("address", "Московская обл., г. Подольск, ул. Правды, д. 20, стр. 3")}
Плательщик: {K("company", "ООО «ДомСтрой»")}, ИНН {f.inn10()}
Прораб на объекте — {O(w.full)}, {f.phone(style=4)}
{G(m.lio)}"""


@T("ru")
def _(f):
    return f"""{K("greeting_without_name", "Уважаемый заявитель")}!
По обращению {f.ticket("№ 01-##/#####")} сообщаем, что разрешение на размещение летнего кафе выдано на период с {K("date", "1 мая")} по {K("date", "30 сентября 2024 г.")}
{K("team_name", "Отдел потребительского рынка")} {K("company", "администрации г. Калуги")}"""


@T("ru")
def _(f):
    m = f.m
    return f"""Заказчик: {O(m.fio)}
Работы: покраска стен, {K("quantity", "54 м²")}
Срок: {K("date", "10.06")}–{K("date", "14.06")}
Стоимость {K("amount", "38 000 ₽")}
Ключи у консьержа"""


@T("ru")
def _(f):
    w = f.w
    return f"""Ещё раз спасибо за оперативность!
{G(w.first)}
--
Отправлено из мобильной Почты {K("brand", "Mail.ru")}"""


@T("ru")
def _(f):
    m, w = f.m, f.w
    return f"""Добрый день, я {I(m.fio)}, записывался на {K("date", "18 марта")} к неврологу (врач — {O(w.iol)}). Прошу перенести приём, так как буду в командировке. Номер медкарты {f.bad("МК-######")}."""


@T("ru")
def _(f):
    w, m = f.w, f.m
    return f"""Уважаемый {S(m.fp)},
благодарим за интерес к вакансии «{K("job_title", "водитель погрузчика")}» в {K("company", "ООО «ЛогистикПарк»")}. Собеседование состоится {K("date", "9 сентября")} в {K("time", "10:00")}.
{G(w.full)}
{K("job_title", "специалист по подбору персонала")}"""


@T("ru")
def _(f):
    w, m = f.w, f.m
    return f"""Здравствуйте, {S(w.fp)}.
Высылаю реквизиты для договора: ИП {O(m.fio)}, ИНН {f.inn12()}, ОГРНИП {f.ogrn(ip=True)}.
С уважением, {G(m.first)}"""


@T("ru")
def _(f):
    w, m = f.w, f.m
    return f"""{S(m.first)}, привет! Старую почту больше не читаю, пиши на {f.email(w)} или звони {f.phone(style=6)}.
Обнимаю, {G(w.first)}"""


# =========================================================================== Ukrainian


@T("uk")
def _(f):
    w, m = f.w, f.m
    return f"""Шановна пані {S(w.voc)}!
Дякую за швидку відповідь. Проте в рахунку {f.invoice("№ ########")} за {K("date", "березень")} досі стоїть абонплата {K("amount", "250 грн")} за тариф, від якого я відмовився ще в лютому в магазині {K("brand", "Київстар")}.
З повагою,
{G(m.full)}
{f.phone()}"""


@T("uk")
def _(f):
    w = f.w
    return f"""Добрий день! Мене звати {I(w.first)}, замовляла у вас на {K("brand", "Rozetka")} пилосос, замовлення {f.order("#########")}. Прийшов без насадки для меблів, хоча вона є в описі. Прошу досилку."""


@T("uk")
def _(f):
    m = f.m
    return f"""[{K("time", "09:12")}] Оператор {O(m.first)}: Доброго ранку! Чим можу допомогти?
[{K("time", "09:13")}] Клієнт: посилка {f.tracking("2045########")} третій день у відділенні, а смс не прийшла
[{K("time", "09:15")}] Оператор {O(m.first)}: Перевірив, {K("brand", "Нова пошта")} вже надіслала повторне повідомлення."""


@T("uk")
def _(f):
    return f"""Замовляли торт у {K("person_like_brand", "«Бабусі Ганни»")} на день народження сина. Напис переплутали, крем підтанув. Замовлення {f.order("БГ-#####")} від {K("date", "17.05")}, {K("amount", "1 150 грн")}. Гроші частково повернули, але осад лишився."""


@T("uk")
def _(f):
    m, w = f.m, f.w
    return f"""Шановний {S(m.fpvoc)}!
Надсилаємо рахунок-фактуру {f.invoice("№ СФ-####")} на постачання будматеріалів.
Постачальник: {K("company", "ТОВ «Будресурс-Захід»")}, код ЄДРПОУ {f.edrpou()}
IBAN: {f.iban("UA", 0)}
Сума до сплати: {K("amount", "84 360,00 грн")}

З повагою,
{G(w.full)}
{K("job_title", "бухгалтер")}"""


@T("uk")
def _(f):
    w, m = f.w, f.m
    return f"""Привіт, {S(w.voc)}! Кинь, будь ласка, контакт того сантехніка, про якого ти казала. У нас знову капає з бойлера.
{G(m.first)}"""


@T("uk")
def _(f):
    m = f.m
    return f"""ЗАЯВА
про надання довідки про склад сім'ї
Заявник: {O(m.fio)}
РНОКПП: {f.rnokpp()}
Адреса: {PII("address", "вул. Городоцька, 174, кв. 12, м. Львів, 79022")}
Тел.: {f.phone(style=6)}
E-mail: {f.email(m)}"""


@T("uk")
def _(f):
    return f"""Готель {K("brand", "Карпатські зорі")} у {K("city", "Яремчі")}: номер теплий, з балкона видно гори, сніданок до {K("time", "10:30")}. За {K("quantity", "три ночі")} заплатили {K("amount", "7 800 грн")}. Чан за окрему плату. Персонал привітний, повернемося."""


@T("uk")
def _(f):
    w, m = f.w, f.m
    return f"""Дякую, домовились на суботу.
{G(m.first)}

{K("date", "ср, 15 трав. 2024")} о {K("time", "11:48")} {O(w.full)} <{f.email(w, 1, "avtomaister.com.ua")}> пише:
> Доброго дня! Заміна гальмівних колодок — {K("amount", "1 900 грн")} з роботою.
> Замовлення-наряд {f.order("ЗН-####")}"""


@T("uk")
def _(f):
    w = f.w
    return f"""Доброго дня! Це {I(w.first)} з салону меблів {K("brand", "Меблі Стиль")}. Ваша кухня готова, монтаж можемо зробити {K("date", "у вівторок")} з {K("time", "9:00")}. Договір {f.bad("МС-######")}. Якщо зручно, наберіть мене: {f.phone(style=3)}."""


@T("uk")
def _(f):
    w, m = f.w, f.m
    return f"""Європротокол (коротко)
Другий учасник: {O(m.fio)}, поліс {f.bad("ЕР-#########")}
Місце: {PII("address", "м. Дніпро, просп. Яворницького, 52")}
{K("date", "08.10.2024")}, близько {K("time", "17:20")}
Пошкоджено передній бампер.
{G(w.iol)}"""


@T("uk")
def _(f):
    w, m = f.w, f.m
    return f"""Мій чоловік {O(m.full)} придбав у вас абонемент на {K("quantity", "півроку")} зі знижкою {K("percent", "20%")}, але через травму ходити не може. Чи можна його заморозити? Довідка від лікаря є.
{G(low(w.first))}"""


@T("uk")
def _(f):
    w, w2 = f.w, f.w2
    return f"""{K("greeting_without_name", "Шановна класна керівничко")}!
Моя донька {O(w2.first)} не буде на уроках з {K("date", "22 по 24 квітня")}, бо їдемо на змагання. Завдання візьме в однокласників.
{G(w.fp + " " + w.last)}"""


@T("uk")
def _(f):
    return f"""Звернення {f.ticket("#######")}: після оновлення до версії {K("version", "7.1.4")} застосунок {K("brand", "Checkbox")} не друкує фіскальні чеки. Посилання для скидання пароля {f.token_url("https://my.kasa-online.ua/reset", "code", 36)} пише, що термін дії минув.
{K("team_name", "Команда підтримки")}"""


@T("uk")
def _(f):
    w = f.w
    return f"""Вас турбує {I(w.fio)}. З моєї картки {f.card(0)} вночі списали {K("amount", "3 499 грн")} на якомусь сайті. Я нічого не купувала, картку вже заблокувала в {K("brand", "Приват24")}. Прошу опротестувати операцію."""


@T("uk")
def _(f):
    return f"""Замовлення {f.order("#########")} у {K("brand", "MasterZoo")}: замість корму {K("product_code", "Acana Adult Dog 11,4 кг")} привезли два пакети по {K("quantity", "2 кг")}. Кур'єр сказав писати в підтримку. Різниця {K("amount", "2 870 грн")}."""


@T("uk")
def _(f):
    m = f.m
    return f"""{K("greeting_without_name", "Доброго дня")}!
Вашу заявку {f.ticket("№ ######")} розглянуто, перерахунок у сумі {K("amount", "412,36 грн")} відобразиться в рахунку за {K("date", "червень")}.

З повагою,
{G(m.full)}
{K("team_name", "Відділ роботи з клієнтами")} {K("company", "ТОВ «Київська обласна енергопостачальна компанія»")}"""


@T("uk")
def _(f):
    m = f.m
    return f"""добрий вечір, велосипед ще актуальний? можу забрати сьогодні сам, я в {K("city", "Броварах")}
{G(low(m.first))}"""


@T("uk")
def _(f):
    w, m = f.w, f.m
    return f"""---------- Переслане повідомлення ---------
Від: {O(w.full)} <{f.email(w)}>
Дата: {K("date", "пт, 7 черв. 2024")} {K("time", "15:02")}
Тема: Пошкоджена посилка
Кому: pretenzii@{K("brand", "ukrposhta")}.ua

Коробка прийшла розмокла, книги зіпсовані. Трек-номер {f.tracking("RR#########UA")}.

Переслав юристам, розберіться, будь ласка. {G(m.first)}"""


@T("uk")
def _(f):
    m = f.m
    return f"""Дякую за надіслані матеріали. Відгук на дисертацію надішлю до кінця місяця.

З повагою,
д.т.н., проф. {G(m.full)}
{K("company", "кафедра мостів і тунелів КНУБА")}
тел. {f.phone("fixed", 4)}"""


@T("uk")
def _(f):
    w = f.w
    return f"""Мене звати {I(w.full)}, я нова власниця квартири за адресою {PII("address", "м. Київ, вул. Саксаганського, 44, кв. 17")}. Прошу переоформити особовий рахунок {f.bad("№ #########")} на моє ім'я. РНОКПП {f.rnokpp()}."""


@T("uk")
def _(f):
    w, m2 = f.w, f.m2
    return f"""{K("greeting_without_name", "Добрий день, колеги")}!
Ваш запит на {K("quantity", "200 м²")} бруківки мені передав {O(m2.full)}. Комерційна пропозиція у вкладенні, ціни дійсні до {K("date", "30 вересня")}.
{G(w.fp)}"""


@T("uk")
def _(f):
    return f"""Вже четвертий день не можу отримати посилку {f.tracking("20#############")} у відділенні №112. Кажуть, що загубили. Замовлення {f.order("OLX-########")} з {K("brand", "OLX")}, доставка {K("brand", "Нова пошта")}."""


@T("uk")
def _(f):
    w, m = f.w, f.m
    return f"""Дорога {S(w.voc)}!
Підтверджуємо бронювання зали на {K("quantity", "35 гостей")}, {K("date", "14 липня")} з {K("time", "18:00")}. Передоплата {K("amount", "10 000 грн")} до п'ятниці.
Гарного дня,
{G(m.full)}
{K("job_title", "адміністратор")} ресторану {K("person_like_brand", "«Мама Манана»")}"""


@T("uk")
def _(f):
    w = f.w
    return f"""Клієнт: добрий день, не проходить оплата карткою
{O(w.first)} ({K("brand", "Сільпо")}): Вітаю! Спробуйте, будь ласка, інший спосіб оплати. Замовлення {f.order("#########")} збережене до {K("time", "21:30")}.
Клієнт: вийшло, дякую"""


@T("uk")
def _(f):
    w = f.w
    return f"""Нагадуємо про заборгованість за рахунком {f.invoice("№ ###/24")} від {K("date", "03.06.2024")} на суму {K("amount", "46 200,00 грн")}.
Оплату просимо здійснити на {f.iban("UA", 1)}.
{K("team_name", "Бухгалтерія")} {K("company", "ТОВ «Агротех-Поділля»")}, ЄДРПОУ {f.edrpou()}
вик. {G(w.iol)}"""


@T("uk")
def _(f):
    m, w = f.m, f.w
    return f"""Це {I(m.first)}, пишу щодо мами: вона в лікарні, прошу перенести доставку пенсії на {K("date", "наступний тиждень")}. Отримувачка: {O(w.fio)}. Мій номер для зв'язку {f.phone(style=4)}."""


@T("uk")
def _(f):
    m = f.m
    return f"""Лікар {O(m.last)} — найкращий педіатр, до якого ми ходили. Усе пояснює спокійно. Мінус — запис у {K("brand", "Добробут")} тільки через колцентр, чекали {K("quantity", "25 хвилин")}. Лікарю {K("quantity", "5/5")}, клініці {K("quantity", "3/5")}."""


@T("uk")
def _(f):
    m, w = f.m, f.w
    return f"""Пане {S(m.lvoc)}, добрий день. Вікна встановили, але на балконних дверях немає ущільнювача. Коли зможете під'їхати? Краще після {K("time", "18:00")}.
{G(w.full)}"""


@T("uk")
def _(f):
    w = f.w
    return f"""Dobryi den, mene zvaty {I(w.lat_first.capitalize() + " " + w.lat_last.capitalize())}, pyshu latynytseiu z telefona. Zamovlennia {f.order("#########")} ne pryishlo, zatelefonuite meni {f.phone(style=1)}."""


@T("uk")
def _(f):
    w, m = f.w, f.m
    return f"""З поверненням дивана вам допоможе {O(w.first)} у нашому салоні в {K("city", "Житомирі")}, вона в курсі. Номер звернення {f.ticket("ПВ-#####")}.
{G(m.full)}, {K("brand", "Меблі Стефанишин")}"""


@T("uk")
def _(f):
    m = f.m
    return f"""Оплата за замовлення {f.order("#######")} пройшла двічі, поверніть, будь ласка, одну суму {K("amount", "1 299 грн")}. Наперед дякую, {G(m.full)}"""


@T("uk")
def _(f):
    m, w = f.m, f.w
    return f"""Підтверджую замовлення: {K("quantity", "18 піддонів")} газоблоку {K("product_code", "D400 600x300x200")}.
Адреса доставки: {PII("address", "Київська обл., м. Бориспіль, вул. Київський шлях, 2/6")}
Платник: {K("company", "ТОВ «Домобуд»")}, код ЄДРПОУ {f.edrpou()}
Виконроб на об'єкті — {O(w.full)}, {f.phone(style=0)}
{G(m.rev)}"""


@T("uk")
def _(f):
    return f"""{K("greeting_without_name", "Шановний заявнику")}!
За зверненням {f.ticket("№ ЦНАП-####/24")} повідомляємо, що дозвіл на розміщення літнього майданчика кафе {K("street_as_brand", "«Андріївський»")} видано на період з {K("date", "1 травня")} по {K("date", "30 вересня 2024 р.")}
{K("team_name", "Управління торгівлі")} {K("company", "Подільської РДА")}"""


@T("uk")
def _(f):
    m = f.m
    return f"""Замовник: {O(m.fio)}
Роботи: шпаклювання і фарбування стін, {K("quantity", "62 м²")}
Термін: {K("date", "03.07")}–{K("date", "08.07")}
Вартість {K("amount", "18 500 грн")}
Ключі у сусідки з 5-ї квартири"""


@T("uk")
def _(f):
    w = f.w
    return f"""Ще раз дякую, що так швидко все вирішили!
{G(w.first)}

Надіслано з iPhone"""


@T("uk")
def _(f):
    m, w = f.m, f.w
    return f"""Доброго дня, я {I(m.fio)}, був записаний на {K("date", "19 березня")} до невролога (лікарка — {O(w.iol)}). Прошу перенести прийом, бо буду у відрядженні. Декларація в {K("brand", "Helsi")} {f.bad("####-####-####")}."""


@T("uk")
def _(f):
    w, m = f.w, f.m
    return f"""Шановна пані {S(w.fpvoc)},
дякуємо за інтерес до вакансії «{K("job_title", "комірник")}» у {K("company", "ТОВ «Логістик Парк Захід»")}. Співбесіда відбудеться {K("date", "10 вересня")} о {K("time", "10:00")}.
{G(m.full)}
{K("job_title", "рекрутер")}"""


@T("uk")
def _(f):
    w, m = f.w, f.m
    return f"""Доброго дня, пане {S(m.voc)}.
Надсилаю реквізити для договору: ФОП {O(w.fio)}, РНОКПП {f.rnokpp()}, IBAN {f.iban("UA", 0)}.
З повагою, {G(w.first)}"""


@T("uk")
def _(f):
    w, m = f.w, f.m
    return f"""{S(m.voc)}, привіт! Стару пошту вже не читаю, пиши на {f.email(w)} або дзвони {f.phone(style=2)}.
Обіймаю, {G(w.first)}"""


# =========================================================================== English


@T("en")
def _(f):
    w, m = f.w, f.m
    return f"""Dear Mrs {S(w.last)},

Thank you for your call this morning. I'm afraid invoice {f.invoice("INV-######")} still shows the {K("amount", "£18.50")} line rental I cancelled in the {K("brand", "Vodafone")} shop in {K("city", "Reading")} back in March.

Kind regards,
{G(m.full)}
{f.phone()}"""


@T("en")
def _(f):
    m = f.m
    return f"""Hi, {I(m.first)} here. Ordered a coffee grinder from you last week (order {f.order("#########")}) and it turned up with a cracked hopper. Photos attached. I'd rather have a replacement than a refund if possible."""


@T("en")
def _(f):
    w = f.w
    return f"""{O(w.first)} ({K("brand", "Evri")} support): Hi there, how can I help today?
You: parcel {f.tracking("H0#@##############")} says delivered but it's not here
{O(w.first)} ({K("brand", "Evri")} support): Sorry about that! I've raised an investigation, you'll hear back within {K("quantity", "48 hours")}."""


@T("en")
def _(f):
    return f"""Bought a coat at {K("person_like_brand", "John Lewis")} on {K("date", "Saturday")} and a shirt from {K("person_like_brand", "Ted Baker")} online. Order {f.order("TB######")} arrived with a missing button, returned it at the {K("street_as_brand", "Oxford Street")} store and the refund of {K("amount", "£89.00")} took {K("quantity", "ten days")}. Meh. {K("quantity", "3/5")}."""


@T("en")
def _(f):
    m, w = f.m, f.w
    return f"""Dear {S(m.first)},

Please find attached invoice {f.invoice("####-24")} for the catering at your {K("date", "14 June")} event.

Amount due: {K("amount", "£2,340.00")}
Bank: {f.iban("GB", 0)}
VAT reg. no. {f.gbvat(0)}

Best wishes,
{G(w.full)}
{K("job_title", "Events Manager")}
{K("company", "Thyme & Table Catering Ltd")}"""


@T("en")
def _(f):
    w, m = f.w, f.m
    return f"""Hiya {S(w.first)}, can you send me the number for that plumber you used? the boiler's leaking again 🙄
{G(low(m.first))} x"""


@T("en")
def _(f):
    m = f.m
    return f"""RESIDENT PARKING PERMIT APPLICATION
Full name: {O(m.full)}
Address: {PII("address", "Flat 3, 27 Victoria Street, Bristol BS1 6AA")}
Daytime phone: {f.phone(style=0)}
Email: {f.email(m)}
Vehicle registration: WR19 KXT"""


@T("en")
def _(f):
    return f"""Stayed {K("quantity", "two nights")} at the {K("brand", "Harbour View Hotel")} in {K("city", "Whitby")}. Room spotless, view lovely, but breakfast finishing at {K("time", "9:30")} on a Sunday is a bit much. Paid {K("amount", "£265")} including parking. Staff were great."""


@T("en")
def _(f):
    w, m = f.w, f.m
    return f"""Great, Thursday works for us.
{G(m.first)}

On Tue, 4 Jun 2024 at {K("time", "09:12")}, {O(w.full)} <{f.email(w, 0, "kwikfit-centre.co.uk")}> wrote:
> Hi, front brake pads and discs come to {K("amount", "£214.99")} fitted.
> Job ref {f.order("JB####")}"""


@T("en")
def _(f):
    w = f.w
    return f"""Hello, this is {I(w.full)} from {K("company", "Greenway Kitchens")}. Your worktops are ready and we can fit them on {K("date", "Tuesday 9th")} from {K("time", "8am")}. Contract ref {f.bad("GK/#####")}. If that doesn't suit, give me a ring on {f.phone(style=5)}."""


@T("en")
def _(f):
    w, m = f.w, f.m
    return f"""Claim notification
Other driver: {O(m.full)}
Their insurer policy no.: {f.bad("POL########")}
Location: outside {PII("address", "221 Kingsway, Manchester M19 2LL")}
Date/time: {K("date", "02/10/2024")} approx. {K("time", "17:40")}
Damage to nearside rear door.
{G(w.ini)}"""


@T("en")
def _(f):
    w, m = f.w, f.m
    return f"""My husband {O(m.full)} has a {K("quantity", "12-month")} membership with you and hurt his knee badly last week. Is there any way to freeze it while he recovers? We have a GP letter. Thanks, {G(w.first)}"""


@T("en")
def _(f):
    w, w2 = f.w, f.w2
    return f"""{K("greeting_without_name", "Dear Head of Year 8")},
Our daughter {O(w2.first)} will be absent from {K("date", "Wednesday to Friday")} this week due to a swimming competition in {K("city", "Sheffield")}. She will catch up on any missed homework.
Many thanks,
{G(w.full)}"""


@T("en")
def _(f):
    return f"""Ticket #{f.ticket("######")}: since upgrading to {K("version", "v2.18.3")} the Xero sync fails silently. Also the password reset link {f.token_url("https://app.stockroom.io/account/reset", "reset_token", 40)} just loops back to login.
— {K("team_name", "Support Team")}, {K("brand", "Stockroom")}
{K("url", "https://status.stockroom.io")}"""


@T("en")
def _(f):
    w = f.w
    return f"""I'm {I(w.full)} and I bank with {K("brand", "Monzo")}. Two payments of {K("amount", "£49.99")} went out of my card {f.card(1)} overnight to a site I've never used. I've frozen the card in the app. Please treat this as a dispute."""


@T("en")
def _(f):
    return f"""Order {f.order("PAH########")} from {K("brand", "Pets at Home")}: the {K("product_code", "Harringtons Adult 15kg")} bag was missing but it's on the invoice {f.invoice("SI-######")}. Please either send it or refund the {K("amount", "£32.50")}."""


@T("en")
def _(f):
    w = f.w
    return f"""{K("greeting_without_name", "Hello")},

Your complaint reference {f.ticket("CMP########")} has been resolved and a credit of {K("amount", "£61.27")} will appear on your next bill.

Kind regards
{G(w.full)}
{K("team_name", "Customer Resolutions Team")}
{K("brand", "Octopus Energy")}"""


@T("en")
def _(f):
    m = f.m
    return f"""hi is the bike still available? could collect tonight, im in {K("city", "Stockport")}. cash ok?
{G(low(m.first))}"""


@T("en")
def _(f):
    w, m = f.w, f.m
    return f"""From: {O(w.full)} <{f.email(w)}>
Sent: {K("date", "05 April 2024")} {K("time", "16:20")}
To: Customer Services
Subject: Damaged parcel

The box was crushed and the lamp inside is broken. Tracking {f.tracking("JD#################")}.

---
Forwarding to claims, can you pick this up? {G(m.first)}"""


@T("en")
def _(f):
    w = f.w
    return f"""Many thanks for the draft, I'll send comments by Friday.

Best,
Dr {G(w.full)} FRCP
{K("job_title", "Consultant Rheumatologist")}
{K("company", "St Margaret's Hospital")}
Secretary: {f.phone("fixed", 0)}"""


@T("en")
def _(f):
    w = f.w
    return f"""My name's {I(w.first)} and I've just moved into {PII("address", "14 Maple Road, Leeds LS6 2AB")}. Could you put the water account {f.bad("########")} in my name from {K("date", "1 July")}? Meter reading {K("quantity", "04213")}."""


@T("en")
def _(f):
    w, m2 = f.w, f.m2
    return f"""{K("greeting_without_name", "Hi all")},
{O(m2.full)} passed on your enquiry for {K("quantity", "120m²")} of block paving. Quote attached, prices held until {K("date", "30 September")}.
Cheers,
{G(w.first)}"""


@T("en")
def _(f):
    return f"""Third day trying to collect parcel {f.tracking("@@#########GB")} from the {K("brand", "Royal Mail")} delivery office in {K("city", "Croydon")}. Apparently they can't find it. Order {f.order("###-#######-#######")} from {K("brand", "Amazon")}."""


@T("en")
def _(f):
    w, m = f.w, f.m
    return f"""Dear {S(w.full)},
We're delighted to confirm the function room for {K("quantity", "40 guests")} on {K("date", "22 June")} from {K("time", "5pm")}. A deposit of {K("amount", "£300")} is due by Friday.
Warm regards,
{G(m.full)}
{K("job_title", "Events Coordinator")}, {K("person_like_brand", "The Duke of Wellington")}"""


@T("en")
def _(f):
    m = f.m
    return f"""You: hi my card keeps getting declined at checkout
{O(m.first)} ({K("brand", "Ocado")}): Hi! Sorry about that. Could you try another payment method? Your order {f.order("#########")} is held until {K("time", "10pm")}.
You: worked, ta"""


@T("en")
def _(f):
    w = f.w
    return f"""REMINDER: invoice {f.invoice("INV/####/##")} dated {K("date", "03/06/2024")} for {K("amount", "£4,620.00")} is now {K("quantity", "21 days")} overdue.
Please pay to {f.iban("GB", 1)} quoting the invoice number.
{K("team_name", "Accounts")} | {K("company", "Hargreaves Fabrication Ltd")} | VAT {f.gbvat(1)}
Contact: {G(w.full)}"""


@T("en")
def _(f):
    m, w = f.m, f.w
    return f"""It's {I(m.first)}, {O(w.full)}'s son. Mum's in hospital at the moment so could you hold her repeat prescription until {K("date", "next week")}? NHS number {f.nhs()}. You can reach me on {f.phone(style=3)}."""


@T("en")
def _(f):
    w = f.w
    return f"""Dr {O(w.last)} is hands down the best dentist I've had. Explains everything, never rushes. Only downside is booking at {K("brand", "Bupa Dental Care")} – {K("quantity", "35 minutes")} on hold. {K("quantity", "5/5")} for her, {K("quantity", "3/5")} for the practice."""


@T("en")
def _(f):
    m, w = f.m, f.w
    return f"""Morning {S(m.first)}, windows look great but the back door is missing a seal. Any chance you could pop round after {K("time", "6")}? Cheers
{G(w.full)}"""


@T("en")
def _(f):
    w = f.w
    return f"""hello my name is {I(low(w.full))} and i need to change my delivery address for order {f.order("#########")}, its going to my old flat. please call {f.phone(style=1)}"""


@T("en")
def _(f):
    w, m = f.w, f.m
    return f"""For the sofa return, please ask for {O(w.first)} at our {K("city", "Cardiff")} showroom – she's got all the details. Case no. {f.ticket("RTN-#####")}.
{G(m.full)}, {K("brand", "Loaf")}"""


@T("en")
def _(f):
    m = f.m
    return f"""Payment for order {f.order("#######")} went through twice, please refund one lot of {K("amount", "£129.00")}. Thanks in advance – {G(m.full)}"""


@T("en")
def _(f):
    m, w = f.m, f.w
    return f"""Confirming {K("quantity", "24 pallets")} of {K("product_code", "100mm dense blocks")}.
Delivery to: {PII("address", "Unit 7, Brookfield Industrial Estate, Glossop SK13 6LQ")}
Account: {K("company", "Peak Build Ltd")}, VAT {f.gbvat(2)}
Site contact: {O(w.full)}, {f.phone(style=2)}
{G(m.ini)}
{K("job_title", "Contracts Manager")}"""


@T("en")
def _(f):
    return f"""{K("greeting_without_name", "Dear Applicant")},
Your application {f.ticket("PA/####/#####")} for a pavement café licence has been approved for the period {K("date", "1 May")} to {K("date", "30 September 2024")}.
{K("team_name", "Licensing Team")}, {K("company", "Brighton & Hove City Council")}"""


@T("en")
def _(f):
    m = f.m
    return f"""Customer: {O(m.last.upper() + " " + m.first)}
Job: paint living room and hallway, approx {K("quantity", "60m²")}
Dates: {K("date", "10-14 June")}
Price agreed {K("amount", "£1,150")}
Keys with neighbour at no. 5"""


@T("en")
def _(f):
    w = f.w
    return f"""Thanks again for sorting this so quickly!
{G(w.first)}

Sent from my iPhone"""


@T("en")
def _(f):
    m, w = f.m, f.w
    return f"""Hi, I'm {I(m.full)} – I had an appointment on {K("date", "18 March")} with Dr {O(w.ini)} in neurology but I'll be away with work. Could it be moved? Hospital no. {f.bad("RX#######")}."""


@T("en")
def _(f):
    w, m = f.w, f.m
    return f"""Dear Mr {S(m.last)},
Thank you for applying for the {K("job_title", "Warehouse Operative")} role at {K("company", "Northgate Logistics")}. Your interview is on {K("date", "9 September")} at {K("time", "10:00")}.
{G(w.full)}
{K("job_title", "Talent Acquisition Partner")}"""


@T("en")
def _(f):
    w, m = f.w, f.m
    return f"""Hi {S(w.first)},
As discussed, my details for the contract: sole trader {O(m.full)}, UTR {f.utr()}, bank {f.iban("GB", 0)}.
Best, {G(m.first)}"""


@T("en")
def _(f):
    w, m = f.w, f.m
    return f"""{S(m.first)}! not using my work email anymore, use {f.email(w)} or just text {f.phone(style=4)}
{G(w.first)} x"""


# =========================================================================== German


@T("de")
def _(f):
    w, m = f.w, f.m
    return f"""Sehr geehrte Frau {S(w.last)},

vielen Dank für Ihren Rückruf. Leider steht auf der Rechnung {f.invoice("RG-########")} immer noch die Grundgebühr von {K("amount", "29,95 €")} für den Tarif, den ich im {K("brand", "Telekom")} Shop in {K("city", "Bielefeld")} gekündigt habe.

Mit freundlichen Grüßen
{G(m.full)}
Tel. {f.phone()}"""


@T("de")
def _(f):
    m = f.m
    return f"""Hallo, hier ist {I(m.first)}. Ich hab bei euch letzte Woche eine Siebträgermaschine bestellt (Bestellung {f.order("#########")}), die Tropfschale ist gesprungen. Fotos hängen an. Lieber Austausch statt Geld zurück."""


@T("de")
def _(f):
    w = f.w
    return f"""Kundenservice ({O(w.first)}): Guten Tag, wie kann ich helfen?
Kunde: Sendung {f.tracking("00340434##########")} steht seit Montag auf „in Zustellung“
Kundenservice ({O(w.first)}): Ich habe einen Nachforschungsauftrag bei {K("brand", "DHL")} gestartet, Rückmeldung in {K("quantity", "3 Werktagen")}."""


@T("de")
def _(f):
    return f"""Jacke bei {K("person_like_brand", "Hugo Boss")} auf der {K("street_as_brand", "Königsallee")} gekauft, Pullover bei {K("person_like_brand", "Otto")} online. Bestellung {f.order("#######")} kam mit Loch im Ärmel, Retoure lief glatt, {K("amount", "79,99 €")} nach {K("quantity", "8 Tagen")} zurück. Passt."""


@T("de")
def _(f):
    m, w = f.m, f.w
    return f"""Sehr geehrter Herr {S(m.last)},

anbei erhalten Sie die Rechnung {f.invoice("#####/24")} für das Catering am {K("date", "14.06.2024")}.

Rechnungsbetrag: {K("amount", "2.380,00 €")}
IBAN: {f.iban("DE", 0)}
USt-IdNr.: {f.ustid()}

Mit freundlichen Grüßen
{G(w.full)}
{K("job_title", "Eventmanagerin")}
{K("company", "Tafelrunde Catering GmbH")}"""


@T("de")
def _(f):
    w, m = f.w, f.m
    return f"""Hey {S(w.first)}, kannst du mir die Nummer von dem Klempner schicken, den ihr hattet? Bei uns tropft die Therme schon wieder 🙈
LG {G(m.first)}"""


@T("de")
def _(f):
    m = f.m
    return f"""ANTRAG AUF BEWOHNERPARKAUSWEIS
Name, Vorname: {O(m.last + ", " + m.first)}
Anschrift: {PII("address", "Lindenstraße 23, 10969 Berlin")}
Steuer-ID: {f.idnr()}
Telefon: {f.phone(style=1)}
E-Mail: {f.email(m)}
Kennzeichen: B-KL 4471"""


@T("de")
def _(f):
    return f"""{K("quantity", "Zwei Nächte")} im {K("brand", "Hotel Seeblick")} in {K("city", "Binz")}: Zimmer sauber, Blick aufs Meer traumhaft, aber Frühstück nur bis {K("time", "9:30 Uhr")} am Sonntag? Bezahlt haben wir {K("amount", "318 €")} inkl. Parkplatz. Personal sehr freundlich."""


@T("de")
def _(f):
    w, m = f.w, f.m
    return f"""Super, Donnerstag passt.
{G(m.first)}

Am {K("date", "04.06.2024")} um {K("time", "09:12")} schrieb {O(w.full)} <{f.email(w, 1, "kfz-meisterbetrieb-wolf.de")}>:
> Guten Tag, Bremsbeläge und Scheiben vorne kosten {K("amount", "389,00 €")} inkl. Montage.
> Auftrag {f.order("A-#####")}"""


@T("de")
def _(f):
    w = f.w
    return f"""Guten Tag, hier spricht {I(w.full)} von {K("company", "Küchenstudio Brandt")}. Ihre Arbeitsplatten sind da, wir können am {K("date", "Dienstag, 9.7.")} ab {K("time", "8 Uhr")} montieren. Auftragsnummer {f.bad("KS-####")}. Falls das nicht passt: {f.phone(style=0)}."""


@T("de")
def _(f):
    w, m = f.w, f.m
    return f"""Schadenmeldung
Unfallgegner: {O(m.full)}
Versicherungsschein-Nr. des Gegners: {f.bad("VS-########")}
Ort: vor {PII("address", "Hauptstr. 112, 69117 Heidelberg")}
Datum/Uhrzeit: {K("date", "02.10.2024")}, ca. {K("time", "17:40")}
Schaden hinten rechts an der Tür.
{G(w.ini)}"""


@T("de")
def _(f):
    w, m = f.w, f.m
    return f"""Mein Mann {O(m.full)} hat bei Ihnen einen Vertrag über {K("quantity", "24 Monate")} und sich letzte Woche das Knie verletzt. Kann man die Mitgliedschaft ruhen lassen? Ein ärztliches Attest liegt vor.
Viele Grüße, {G(w.first)}"""


@T("de")
def _(f):
    w, w2 = f.w, f.w2
    return f"""{K("greeting_without_name", "Sehr geehrte Klassenleitung")},
unsere Tochter {O(w2.first)} fehlt von {K("date", "Mittwoch bis Freitag")} wegen eines Schwimmwettkampfs in {K("city", "Magdeburg")}. Den Stoff holt sie nach.
Mit freundlichen Grüßen
{G(w.full)}"""


@T("de")
def _(f):
    return f"""Ticket {f.ticket("#######")}: Seit dem Update auf {K("version", "Version 6.3.1")} bricht der DATEV-Export ab. Der Link zum Zurücksetzen des Passworts {f.token_url("https://app.lagerprofi.de/passwort/neu", "token", 40)} führt nur zurück zum Login.
{K("team_name", "Ihr Support-Team")} von {K("brand", "Lagerprofi")}"""


@T("de")
def _(f):
    w = f.w
    return f"""Mein Name ist {I(w.full)}, ich bin Kundin bei {K("brand", "N26")}. Heute Nacht wurden von meiner Karte {f.card(0)} zweimal {K("amount", "49,99 €")} abgebucht, an einen Shop, den ich nicht kenne. Karte ist gesperrt, bitte um Rückbuchung."""


@T("de")
def _(f):
    return f"""Bestellung {f.order("FN-#######")} bei {K("brand", "Fressnapf")}: Das Futter {K("product_code", "Real Nature Adult 12 kg")} fehlte, steht aber auf der Rechnung {f.invoice("R########")}. Bitte nachliefern oder {K("amount", "54,99 €")} erstatten."""


@T("de")
def _(f):
    w = f.w
    return f"""{K("greeting_without_name", "Guten Tag")},

Ihre Beschwerde {f.ticket("BS-######")} wurde bearbeitet, die Gutschrift über {K("amount", "61,27 €")} erscheint auf der nächsten Abrechnung.

Freundliche Grüße
i. A. {G(w.full)}
{K("team_name", "Kundenservice")} {K("company", "Stadtwerke Oldenburg")}"""


@T("de")
def _(f):
    m = f.m
    return f"""hallo ist das fahrrad noch zu haben? könnte heute abend abholen, wohne in {K("city", "Fürth")}. bar ok?
gruß {G(low(m.first))}"""


@T("de")
def _(f):
    w, m = f.w, f.m
    return f"""Von: {O(w.full)} <{f.email(w)}>
Gesendet: {K("date", "Freitag, 5. April 2024")} {K("time", "16:20")}
An: Kundenservice
Betreff: Beschädigtes Paket

Der Karton war eingedrückt, die Lampe ist kaputt. Sendungsnummer {f.tracking("H10####################")}.

---
Bitte an die Reklamation weiterleiten. {G(m.first)}"""


@T("de")
def _(f):
    m = f.m
    return f"""Vielen Dank für den Entwurf, meine Anmerkungen folgen bis Freitag.

Beste Grüße
Prof. Dr.-Ing. {G(m.full)}
{K("job_title", "Lehrstuhlinhaber")}, {K("company", "Institut für Fördertechnik")}
Sekretariat: {f.phone("fixed", 3)}"""


@T("de")
def _(f):
    w = f.w
    return f"""Ich heiße {I(w.full)} und wohne seit dem {K("date", "1. Juli")} in der {PII("address", "Gartenstraße 4, 04109 Leipzig")}. Bitte stellen Sie den Stromzähler {f.bad("1ESY########")} auf meinen Namen um. Zählerstand {K("quantity", "04213 kWh")}."""


@T("de")
def _(f):
    w, m2 = f.w, f.m2
    return f"""{K("greeting_without_name", "Hallo zusammen")},
{O(m2.full)} hat mir Ihre Anfrage über {K("quantity", "120 m²")} Pflastersteine weitergegeben. Angebot anbei, Preise gültig bis {K("date", "30.09.")}
Gruß
{G(w.first)}"""


@T("de")
def _(f):
    return f"""Seit drei Tagen versuche ich, mein Paket {f.tracking("#############")} in der {K("brand", "Hermes")} Filiale in {K("city", "Gelsenkirchen")} abzuholen. Angeblich nicht auffindbar. Bestellung {f.order("###-#######-#######")} bei {K("brand", "Amazon")}."""


@T("de")
def _(f):
    w, m = f.w, f.m
    return f"""Liebe {S(w.first)},
wir bestätigen gerne den Saal für {K("quantity", "40 Gäste")} am {K("date", "22. Juni")} ab {K("time", "17 Uhr")}. Die Anzahlung von {K("amount", "300 €")} bitte bis Freitag.
Herzliche Grüße
{G(m.full)}
{K("job_title", "Bankettleitung")}, {K("person_like_brand", "Hans im Glück")}"""


@T("de")
def _(f):
    m = f.m
    return f"""Kunde: hallo, meine Karte wird beim Bezahlen abgelehnt
{O(m.first)} ({K("brand", "REWE")} Lieferservice): Hallo! Das tut mir leid. Probieren Sie bitte eine andere Zahlungsart. Ihre Bestellung {f.order("#########")} bleibt bis {K("time", "22 Uhr")} reserviert.
Kunde: klappt, danke"""


@T("de")
def _(f):
    w = f.w
    return f"""ZAHLUNGSERINNERUNG: Rechnung {f.invoice("RE-####/##")} vom {K("date", "03.06.2024")} über {K("amount", "4.620,00 €")} ist seit {K("quantity", "21 Tagen")} fällig.
Bitte überweisen Sie auf {f.iban("DE", 1)}.
{K("team_name", "Buchhaltung")} | {K("company", "Metallbau Vogt GmbH")} | USt-IdNr. {f.ustid(True)}
Ansprechpartnerin: {G(w.full)}"""


@T("de")
def _(f):
    m, w = f.m, f.w
    return f"""Sie sprechen mit {I(m.first)}, dem Sohn von Frau {O(w.full)}. Meine Mutter liegt im Krankenhaus, bitte halten Sie das Rezept bis {K("date", "nächste Woche")} zurück. Erreichbar bin ich unter {f.phone(style=3)}."""


@T("de")
def _(f):
    w = f.w
    return f"""Frau Dr. {O(w.last)} ist die beste Zahnärztin, die ich je hatte. Erklärt alles, nimmt sich Zeit. Einziger Minuspunkt: Termine bei {K("brand", "Doctolib")} sind ewig ausgebucht, telefonisch {K("quantity", "30 Minuten")} Warteschleife. {K("quantity", "5 Sterne")} für sie."""


@T("de")
def _(f):
    m, w = f.m, f.w
    return f"""Moin {S(m.first)}, die Fenster sind super geworden, nur an der Terrassentür fehlt eine Dichtung. Kannst du nach {K("time", "18 Uhr")} nochmal vorbeikommen?
Gruß {G(w.full)}"""


@T("de")
def _(f):
    w = f.w
    return f"""hallo ich bin {I(low(nd(w.full)))} und muss die lieferadresse fuer bestellung {f.order("#########")} aendern, die geht noch an meine alte wohnung. bitte rufen sie an {f.phone(style=2)}"""


@T("de")
def _(f):
    w, m = f.w, f.m
    return f"""Wegen der Sofa-Rückgabe fragen Sie bitte nach Frau {O(w.last)} in unserer Filiale in {K("city", "Kassel")}, sie kennt den Vorgang. Vorgangsnr. {f.ticket("RT-#####")}.
{G(m.full)}, {K("brand", "Möbel Kraft")}"""


@T("de")
def _(f):
    m = f.m
    return f"""Die Zahlung für Bestellung {f.order("#######")} wurde doppelt abgebucht, bitte {K("amount", "129,00 €")} einmal zurückerstatten. Danke und schönen Tag noch, {G(m.full)}"""


@T("de")
def _(f):
    m, w = f.m, f.w
    return f"""Hiermit bestätige ich {K("quantity", "24 Paletten")} {K("product_code", "KS-Plansteine 20 DF")}.
Lieferadresse: {PII("address", "Gewerbepark Nord 7, 33102 Paderborn")}
Rechnungsempfänger: {K("company", "Bau Engel GmbH")}, USt-IdNr. {f.ustid()}
Ansprechpartnerin vor Ort: {O(w.full)}, {f.phone(style=4)}
{G(m.ini)}
{K("job_title", "Bauleiter")}"""


@T("de")
def _(f):
    return f"""{K("greeting_without_name", "Sehr geehrte Damen und Herren")},
Ihr Antrag {f.ticket("AZ ##-####/24")} auf Sondernutzung für Außengastronomie wurde für den Zeitraum {K("date", "1. Mai")} bis {K("date", "30. September 2024")} genehmigt.
{K("team_name", "Ordnungsamt")} {K("company", "Stadt Regensburg")}"""


@T("de")
def _(f):
    m = f.m
    return f"""Auftraggeber: {O(m.rev)}
Leistung: Wohnzimmer und Flur streichen, ca. {K("quantity", "60 m²")}
Termin: {K("date", "10.–14.06.")}
Preis pauschal {K("amount", "1.150 €")}
Schlüssel beim Nachbarn (EG links)"""


@T("de")
def _(f):
    w = f.w
    return f"""Danke nochmal für die schnelle Hilfe!
{G(w.first)}

Von meinem iPhone gesendet"""


@T("de")
def _(f):
    m, w = f.m, f.w
    return f"""Guten Tag, ich bin {I(m.full)} und hatte am {K("date", "18. März")} einen Termin in der Neurologie bei Frau Dr. {O(w.last)}. Leider bin ich auf Dienstreise, kann der Termin verschoben werden? Patientennummer {f.bad("#######")}."""


@T("de")
def _(f):
    w, m = f.w, f.m
    return f"""Sehr geehrter Herr Dr. {S(m.full)},
vielen Dank für Ihre Bewerbung als {K("job_title", "Lagerlogistiker")} bei {K("company", "Nordhafen Logistik GmbH")}. Ihr Vorstellungsgespräch ist am {K("date", "9. September")} um {K("time", "10:00 Uhr")}.
{G(w.full)}
{K("job_title", "Recruiting")}"""


@T("de")
def _(f):
    w, m = f.w, f.m
    return f"""Hallo Frau {S(w.last)},
wie besprochen meine Daten für den Vertrag: {O(m.full)}, Einzelunternehmer, Steuer-ID {f.idnr()}, IBAN {f.iban("DE", 0)}.
Viele Grüße, {G(m.first)}"""


@T("de")
def _(f):
    w, m = f.w, f.m
    return f"""{S(m.first)}! Meine Arbeitsadresse nutze ich nicht mehr, schreib an {f.email(w)} oder ruf an: {f.phone(style=6)}
{G(w.first)}"""


# =========================================================================== build / check

_EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$")
_TAX_CHECKS = {
    "tax_id": [
        pl_nip.is_valid,
        pl_regon.is_valid,
        cz_dic.is_valid,
        sk_dph.is_valid,
        lambda v: sk_dph.is_valid("SK" + v),
        de_vat.is_valid,
        ru_inn.is_valid,
        ru_ogrn.is_valid,
        ua_edrpou.is_valid,
        gb_vat.is_valid,
        gb_utr.is_valid,
    ],
    "national_id": [
        de_idnr.is_valid,
        ru_inn.is_valid,
        snils_ok,
        ua_rntrc.is_valid,
        gb_nhs.is_valid,
        lambda v: (
            bool(re.fullmatch(r"[A-Z]{3}\d{6}", v))
            and sum(int(c, 36) * x for c, x in zip(v, [7, 3, 1, 9, 7, 3, 1, 7, 3], strict=False))
            % 10
            == 0
        ),
    ],
}


def _compact(v):
    return re.sub(r"[\s\-/.]", "", v)


def validate_item(item):
    text, lang = item["text"], item["lang"]
    spans = []
    for p in item["pii"]:
        v = text[p["start"] : p["end"]]
        k = p["kind"]
        assert v and v == v.strip() and v[-1] not in (",;:" if k == "name" else ",.;:"), (
            item["id"],
            v,
        )
        assert k in PII_KINDS, k
        c = _compact(v)
        if k == "name":
            assert p["context"] in NAME_CONTEXTS
        elif k == "email":
            assert _EMAIL_RE.match(v), v
        elif k == "phone":
            assert phone_valid(v, PHONE_REGION[lang]), v
        elif k == "pesel":
            assert pl_pesel.is_valid(v), v
        elif k == "birth_number":
            assert (cz_rc if lang == "cs" else sk_rc).is_valid(v), v
        elif k == "iban":
            assert std_iban.is_valid(v) or std_iban.is_valid("PL" + c), v
        elif k == "card":
            assert len(c) == 16 and luhn.is_valid(c), v
        elif k in _TAX_CHECKS:
            assert any(_safe(fn, c) for fn in _TAX_CHECKS[k]), (k, v)
        elif k == "url_token":
            assert v.startswith("https://") and "=" in v, v
        spans.append((p["start"], p["end"]))
    for kp in item["keep"]:
        v = text[kp["start"] : kp["end"]]
        assert v and v == v.strip(), (item["id"], v)
        assert kp["what"] in KEEP_WHATS
        if kp["what"] in (
            "order_number",
            "invoice_number",
            "ticket_number",
            "tracking_number",
            "invalid_checksum_number",
        ):
            assert not looks_sensitive(v, PHONE_REGION[lang]), (item["id"], v)
        spans.append((kp["start"], kp["end"]))
    spans.sort()
    for (a, b), (c, d) in zip(spans, spans[1:], strict=False):
        assert b <= c, (item["id"], text[a:b], text[c:d])


def build():
    items = []
    for lang in LANGS:
        tpls = TEMPLATES[lang]
        assert len(tpls) == PER_LANG, (lang, len(tpls))
        for i, fn in enumerate(tpls, 1):
            iid = f"{PREFIX}-{lang}-{i:02d}"
            ctx = Ctx(lang, random.Random(f"pii-blind4/{iid}"))
            text, pii, keep = parse(fn(ctx))
            assert text == text.strip() and "\r" not in text, iid
            item = {"id": iid, "lang": lang, "text": text, "pii": pii, "keep": keep}
            validate_item(item)
            items.append(item)
    return items


CHECKSUM_KINDS = {"card", "iban", "pesel", "birth_number", "national_id", "tax_id"}
# the minimum per language this split promises (see data/eval/pii/README.md)
MINIMA = {
    "signature": 9,
    "salutation": 6,
    "self_intro": 6,
    "other": 1,
    "email": 3,
    "phone": 4,
    "checksum_id": 4,
    "address": 2,
    "order_or_invoice": 4,
}


def counts(items):
    per = {lang: collections.Counter() for lang in LANGS}
    for it in items:
        c = per[it["lang"]]
        c["items"] += 1
        for p in it["pii"]:
            c[p["kind"]] += 1
            if p["kind"] == "name":
                c[p["context"]] += 1
            if p["kind"] in CHECKSUM_KINDS:
                c["checksum_id"] += 1
        for kp in it["keep"]:
            if kp["what"] in ("order_number", "invoice_number"):
                c["order_or_invoice"] += 1
        c["with_name"] += any(p["kind"] == "name" for p in it["pii"])
        c["no_pii"] += not it["pii"]
    return per


def render(items):
    return "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check",
        action="store_true",
        help="verify that the file on disk equals what this script writes",
    )
    args = ap.parse_args(argv)
    items = build()
    per = counts(items)
    for lang in LANGS:
        for k, n in MINIMA.items():
            assert per[lang][k] >= n, (lang, k, per[lang][k])
        assert per[lang]["with_name"] >= 0.6 * PER_LANG, (lang, per[lang]["with_name"])
        assert per[lang]["no_pii"] >= 2, lang
    data = render(items)
    if args.check:
        on_disk = OUT.read_text(encoding="utf-8") if OUT.exists() else None
        if on_disk != data:
            print(f"{OUT.relative_to(ROOT)} differs from what the script writes", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)}: OK ({len(items)} items)")
        return 0
    OUT.write_text(data, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(items)} items")
    cols = [
        "items",
        "with_name",
        "no_pii",
        "salutation",
        "signature",
        "self_intro",
        "other",
        "email",
        "phone",
        "address",
        "checksum_id",
        "card",
        "iban",
        "pesel",
        "birth_number",
        "national_id",
        "tax_id",
        "url_token",
        "order_or_invoice",
    ]
    print("lang " + " ".join(f"{c[:8]:>8}" for c in cols))
    for lang in LANGS:
        print(f"{lang:4} " + " ".join(f"{per[lang][c]:>8}" for c in cols))
    keep = collections.Counter(k["what"] for it in items for k in it["keep"])
    print("keep: " + ", ".join(f"{k}={n}" for k, n in sorted(keep.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
