"""Word-level evidence that a word is part of a person's name, for the PII redactor.

The redactor (:mod:`vocmine.nlp.redact`) finds names by where they stand (after a
greeting, under a closing, on the last lines of a message, after a self-introduction);
this module says whether a word in such a place looks like a name, so that positions
any author uses can be trusted without the author's exact phrasing:

- **Given names**: the languages' ``first_names`` (:mod:`vocmine.lang.data`) and the
  larger hand-written lists below (common given names and their everyday short forms
  in Polish, Czech, Slovak, German, English, Russian and Ukrainian), matched lower case
  with diacritics folded ("michal" = "Michał"), also in the Slavic vocative and a few
  oblique forms ("Jadwigo", "Petře", "Tomáši", "Marku").
- **Surnames by their endings**: "-ski/-ska/-cki/-dzki", "-ová/-ský/-ová", "-czyk/-iak",
  "-enko/-uk/-chuk", "-ov/-ova/-ev/-eva/-in/-ina", "-mann/-berger", Czech past-participle
  surnames ("Novák" is no ending, but "Dvořáková" is) ...
- **Russian and Ukrainian**: pymorphy3 (MIT; dictionaries from OpenCorpora and
  LanguageTool-uk shipped as PyPI packages, nothing downloaded at run time) tags given
  names, surnames and patronymics (``Name``, ``Surn``, ``Patr``) in any case form. Its
  analysis costs a few hundred microseconds a word, so it is asked only about
  capitalised Cyrillic words in a name position that the lists did not decide, and
  remembered.

No list here is taken from any data set of people; they are written by hand from
general knowledge of common names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any, TypeVar

from vocmine.lang.data import LANGUAGES
from vocmine.nlp.fold import MATCHING

__all__ = [
    "FIRST_NAMES",
    "first_name",
    "has_name_evidence",
    "surname_shaped",
]

_EXTRA_FIRST_NAMES = """
adrian adrianna agnieszka alan albert aleksander aleksy alicja amelia aneta angelika anita
antoni antonina arek arkadiusz aurelia bartłomiej beata benedykt bernard blanka bogumiła
bogusław bolesław bronisław cecylia czesław dagmara daria dariusz dominik edward eliza
emil eryk eugeniusz franciszek gabriela gabriel genowefa grzesiek halinka helena henryka
hieronim ignacy irek iza jadzia jagoda janina janka jarek jarosław jola jolka julian
julek julka justynka kacper kajetan kamila karolinka kasia katarzyna kazik kazimiera
klara kornel kornelia krysia krzysiek lech lidia leon leonard lucyna ludwik łucja
maciek maks maksymilian malwina marcelina marcel mariola marzena mieczysław mietek
mikołaj milena mirek mirella nadia natasza nikola norbert olek oliwer oskar patrycja
pawełek piotrek roksana roman romek rysiek sabina seweryn stasiek staś stefan stefania
sylwester szymek tadek teodor tereska wacław wanda wiesia wiesiek wiola wioletta
witold władysław włodek włodzimierz zbyszek zdzisia zenon zosia zuzia żaneta
aleš alena alois alžběta andrea antonín bedřich blanka bohumil bohuslav bořivoj božena
dana daniela david denisa drahomíra dušan eliška ema filip františek hana hanka helena
hynek ilona irena iva ivana ivan jakub jana jarda jaromír jaroslav jarmila jindřich
jindřiška jiří jirka jitka josef jarka karel karolína klára kristýna kateřina květa
květoslava ladislav lenka leoš libor libuše lucie luboš ludmila lukáš magda marcela
marek markéta martin martina matěj matyáš miloslav miloš milan milada michal michaela
miroslav miluše monika naděžda nikola olga ondřej patrik pavel pavla pavlína petr
petra přemysl radek radka radim renata robert roman romana rostislav růžena šárka
simona slavomír soňa stanislav stanislava štěpán štěpánka svatopluk tereza tomáš
vladimír vladislav vlasta václav vendula věra veronika viktor vít vítězslav vojtěch
zbyněk zdeněk zdenka zuzana zdeňka honza pepa franta vašek míla verča bára kuba
anka andrej anton bohuš branislav drahoslava dominika ďurko ernest erika eva gabriela
igor ivica jaroslava ján jozef juraj jurko katarína kristína ľubica ľuboš ľudmila
ľudovít lucia marián mária marta matej maroš michal milena miroslava mirka natália
oliver peter pavol radoslav rastislav richard róbert samuel silvia slavomíra sofia
stanislav svetlana štefan tibor timotej tomáš viera vladimíra zdenko zlatica zoltán
žofia janko zuzka katka majka paľo maťo števo danka
adam alexander alexandra andreas angelika anja anke annette antje barbara bastian
benedikt bernd bettina birgit björn brigitte carina carsten christa christian
christiane christina christoph claudia cornelia dagmar daniel daniela dennis dieter
dirk doris elke elisabeth erik erika felix florian frank franziska frauke friedrich
gabriele georg gerd gerhard gisela günter günther hannah hans harald heike heiko
heinz helga helmut hendrik herbert holger horst ilse ina ingrid jan jana jens jochen
johanna johannes jonas jörg josef julia jürgen karin karl katharina kathrin katja
klaus konstantin kristina lars laura lea lena lisa lukas maik manfred manuela marc
marco maria marie marion markus martin martina matthias max maximilian melanie
michael michaela monika nadine nicole niklas nils norbert olaf oliver patrick paul
petra philipp rainer ralf regina reinhard renate robert rolf rüdiger sabine sandra
sebastian silke simon simone sonja stefan stefanie steffen stephan susanne sven
swen tanja thomas thorsten tim tobias torsten udo ulrich ulrike ursula uta uwe
verena volker walter werner wolfgang yvonne jutta hannelore gudrun sigrid waltraud
irmgard dietmar detlef siegfried hartmut lutz ole finn leon luca jannik kai timo
aaron abigail adrian alan alex alexander alice alison amanda amber amy andrew angela
anna anthony ashley barbara ben benjamin beth bethany brandon brian bruce caitlin
carl carol caroline catherine charles charlie charlotte chloe chris christine
christopher claire colin connor craig daniel danielle dave david debbie deborah dennis
diana donna dylan edward eleanor elizabeth ellie emily emma eric ethan gary gavin
gemma george graham greg hannah harry heather helen holly ian jack jacob james jane
janet jason jeff jennifer jenny jessica joanne joe john jonathan joseph josh joshua
julia julie justin karen kate katherine kathleen katie keith kelly kevin kieran kim
laura lauren leah liam linda lisa louise lucy luke margaret maria martin matthew
megan melissa michael michelle mike natalie nathan neil nicholas nicola nicole niamh
oliver olivia owen patricia paul peter philip rachel rebecca richard robert ryan
samantha sarah scott sean sharon simon sophie stephen steve steven stuart susan
thomas timothy tom tony tracy victoria william zoe
александр алексей анатолий андрей антон аркадий артём артем борис вадим валентин
валерий василий виктор виталий владимир владислав вячеслав геннадий георгий глеб
григорий денис дмитрий евгений егор иван игорь илья кирилл константин леонид максим
михаил никита николай олег павел пётр петр роман руслан сергей станислав степан тимур
фёдор федор юрий ярослав саша дима серёжа сережа костя миша коля паша вова женя витя
алла алина алёна алена алиса анастасия ангелина анна антонина валентина валерия
варвара галина дарья диана евгения екатерина елена елизавета жанна зинаида зоя инна
ирина карина кира клавдия кристина ксения лариса лидия людмила маргарита марина мария
наталья наталия нина оксана олеся ольга полина светлана софья софия таисия тамара
татьяна ульяна юлия яна настя катя таня лена оля юля маша даша наташа света ира
олександр олексій андрій анатолій богдан василь віктор віталій володимир вадим
дмитро євген ігор іван микола михайло назар олег остап павло петро роман сергій
степан тарас юрій ярослав тимофій максим артем денис костянтин валентин
анна валентина вікторія галина дарина ірина катерина леся людмила мар'яна марія
наталія надія оксана олена ольга олександра світлана соломія софія тетяна уляна
христина юлія яна зоряна ганна лариса любов інна алла
staszek gabika kev ela jula lucka terka káťa míša peťa miro ďuro evka jožo
liz jen nick matt pete rob jule basti steffi tobi andi chrissi leni kathi resi sepp
гена макс вика юра лёша леша галя ліна сашко іра ксюша марічка вітя
standa vojta tonda venca zdenda lída ondra honzík pepík ferko duško braňo rasťo ivka
maťko lacko ondro franek józek heniek jurek baśka hania madzia iwonka kaśka
саня лиля гриша петя ваня толя стас валера люба зина надя люда лиза сева алёша
юрко миколка оленка наталка ганнуся оксанка марійка софійка дмитрик петрик андрійко
василько тарасик остапчик ярко стефко зеня христя ліля
bev gaz andy phil jess debs tash kaz baz shaz jules mags bex kez jimmy
moni babsi bine caro sabsi manni
darek ewka krzysiu gregor danny tommy bobby sammy suzy nicky benny zuzi wolfi lenička
petruška віка олька жека гриць ромчик сергійко
"""
"""Common given names and short forms beyond the languages' ``first_names`` lists
(hand-written; words that are also common words in these languages are left out: no
"sue", "bob", "sam", "dan", "jim", "kačka", "тёма", "jojo")."""

HAND_WRITTEN_FIRST_NAMES: frozenset[str] = frozenset(
    form
    for word in {
        *_EXTRA_FIRST_NAMES.split(),
        *(w for d in LANGUAGES.values() for w in d.first_names),
    }
    for form in (word, MATCHING.fold(word))
)
"""The hand-written given names, lower case, as written and with diacritics folded."""


def _library_first_names() -> frozenset[str]:
    """Return the given names taken from Faker's lists (``vocmine/resources/first_names.txt``).

    Written by ``scripts/build_first_names.py``: names of many origins, without those
    that are common words in the seven languages.
    """
    text = resources.files("vocmine").joinpath("resources", "first_names.txt").read_text("utf-8")
    words = (line.strip() for line in text.splitlines())
    return frozenset(
        form
        for word in words
        if word and not word.startswith("#")
        for form in (word, MATCHING.fold(word))
    )


FIRST_NAMES: frozenset[str] = HAND_WRITTEN_FIRST_NAMES | _library_first_names()
"""Known given names, lower case, as written and with diacritics folded."""

_VOCATIVE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("o", "a"),  # Jadwigo, Jano, Evo
    ("ie", ""),  # Janie, Adamie, Marcinie
    ("rze", "r"),  # Piotrze
    ("re", "r"),  # Petře (folded "petre")
    ("ku", "ek"),  # Marku, Jacku
    ("u", ""),  # Łukaszu, Tomaszu
    ("i", ""),  # Tomáši, Lukáši
    ("e", ""),  # Michale, Romane
    ("le", "el"),  # Pavle, Karle
    ("ou", "a"),  # Janou (Czech instrumental)
    ("em", ""),  # Petrem, Adamem
    ("ą", "a"),  # Anną, Ewą
    ("ę", "a"),  # Annę, Ewę
    ("owi", ""),  # Adamowi
    ("ovi", ""),  # Petrovi
    ("о", "а"),  # Cyrillic: Сашо, Оксано, Ірино
    ("ю", "я"),  # Олю, Таню
    ("ю", "и"),  # Андрію (folded "андріи")
    ("е", ""),  # Тарасе, Богдане
)
_CYRILLIC_DIMINUTIVES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("очка", ("а", "я")),  # Ірочка
    ("ечка", ("а", "я")),  # Танечка
    ("енька", ("а", "я")),  # Машенька
    ("онька", ("а", "я")),
    ("уля", ("а", "я")),  # Машуля
    ("уся", ("а", "я")),  # Ганнуся
    ("юша", ("а", "я")),  # Катюша, Танюша
    ("ушка", ("а", "я")),
    ("ька", ("я", "а")),  # Юлька, Олька
    ("ка", ("а", "я")),  # Іринка, Дашка, Сашка
    ("ко", ("а",)),  # Іринко (the vocative of Іринка)
    ("ку", ("а",)),
)
"""Everyday Russian and Ukrainian diminutives of a given name: the suffix and the name's
own endings ("Машуля" -> "маша", "Іринко" -> "ірина", "Катюша" -> "катя"). Only for a
capitalised word ("только" is no "Толя")."""


_T = TypeVar("_T")


def _by_last_char(suffixes: Sequence[tuple[str, _T]]) -> dict[str, tuple[tuple[str, _T], ...]]:
    """Group ``(suffix, value)`` pairs by the suffix's last character, keeping their order.

    A word can only end with the suffixes of its own last character: :func:`first_name`
    tries those few, not all of them.
    """
    groups: dict[str, list[tuple[str, _T]]] = {}
    for suffix, value in suffixes:
        groups.setdefault(suffix[-1], []).append((suffix, value))
    return {last: tuple(pairs) for last, pairs in groups.items()}


_VOCATIVE_BY_LAST = _by_last_char(_VOCATIVE_ENDINGS)
_DIMINUTIVES_BY_LAST = _by_last_char(_CYRILLIC_DIMINUTIVES)


_UMLAUT_SPELLING_RE = re.compile(r"(?<=[^aeiou])(?:ae|oe|ue)")
"""An umlaut spelt out after a consonant, as without a German keyboard ("joerg", "juergen")."""


def _umlaut_base(match: re.Match[str]) -> str:
    return match.group()[0]  # folded names carry no marks: "jörg" is "jorg"


@lru_cache(maxsize=65536)
def first_name(word: str) -> bool:
    """Return whether ``word`` is a known given name, maybe inflected ("Jadwigo", "Petře").

    Args:
        word: One word as written; case and diacritics do not matter.

    Returns:
        True for a listed given name, or a common Slavic case form of a hand-written one
        (the library names of ``first_names.txt`` are matched as written only).
    """
    folded = MATCHING.fold(word)
    if folded in FIRST_NAMES:
        return True
    if len(folded) < 4:
        return False
    spelt = "ae" in folded or "oe" in folded or "ue" in folded  # what the search needs
    if (
        spelt
        and _UMLAUT_SPELLING_RE.search(folded)
        and _UMLAUT_SPELLING_RE.sub(_umlaut_base, folded) in FIRST_NAMES
    ):
        return True  # "Joerg", "Juergen": umlauts spelt out
    for ending, base in _VOCATIVE_BY_LAST.get(folded[-1], ()):
        if folded.endswith(ending):
            stem = folded[: -len(ending)] + base
            if len(stem) >= 3 and stem in HAND_WRITTEN_FIRST_NAMES:
                return True
    if word[:1].isupper() and _CYRILLIC_RE.match(folded):
        for suffix, endings in _DIMINUTIVES_BY_LAST.get(folded[-1], ()):
            if folded.endswith(suffix) and len(folded) - len(suffix) >= 2:
                stem = folded[: -len(suffix)]
                if suffix != "ко":
                    stem = stem.rstrip("ь")
                if any(stem + e in HAND_WRITTEN_FIRST_NAMES for e in endings):
                    return True
    return False


_SURNAME_ENDING_RE = re.compile(
    r"(?:"
    r"[sc]ki|[sc]ka|[sc]kiego|[sc]kiej|[sc]kiemu|[sc]kim|dzki|dzka|czyk|czak|[ia]ak|"
    r"[sc]ky|[sc]ka|ova|ovou|ove|ovej|akova|ikova|"
    r"enko|czuk|chuk|czuk|uk|iuk|yuk|ak|ek|"
    r"ov|ova|ev|eva|in|ina|ovich|evich|ovna|evna|"
    r"ов|ова|ову|овой|ым|ев|ева|еву|евой|ин|ина|ину|иной|ский|ская|ского|ской|цкий|"
    r"цкая|енко|ук|юк|чук|ко|ич|ович|евич|івна|ївна|овна|евна|ський|ська|цький|цька|"
    r"mann|berger|meier|meyer|maier|mayer|müller|schmidt|schneider|fischer|weber|wagner|"
    r"becker|hoffmann|schulz|koch|richter|klein|wolf|neumann|schwarz|zimmermann|braun|"
    r"hofmann|hartmann|lange|werner|krause|lehmann|köhler|kohler|"
    r"son|sen|ton|ley|ford|wood|field|well|worth|ham|by|er|ez|son"
    r")$"
)
"""Word endings typical of surnames (folded, lower case). Used only as supporting
evidence for a capitalised word in a name position, never alone."""
_SLAVIC_SURNAME_RE = re.compile(
    r"(?:[sc]ki|[sc]ka|dzki|dzka|czyk|[sc]ky|[sc]ka|ova|ová|enko|czuk|chuk|iuk|"
    r"ов|ова|ев|ева|ин|ина|ский|ская|цкий|енко|ук|юк|чук|ський|ська|цький|цька)$"
)
"""Strong surname endings: "-ski", "-ová", "-enko", "-ов", "-ська"."""


def surname_shaped(word: str, strong: bool = False) -> bool:
    """Return whether ``word`` ends like a surname ("Wiśniewski", "Dvořáková", "Шевчук").

    Args:
        word: One word as written.
        strong: Only the endings that are rarely anything but a surname.

    Returns:
        True when the folded word (four letters or more) has a surname ending.
    """
    folded = MATCHING.fold(word)
    if len(folded) < 4:
        return False
    pattern = _SLAVIC_SURNAME_RE if strong else _SURNAME_ENDING_RE
    return pattern.search(folded) is not None


_CYRILLIC_RE = re.compile(r"[а-яёіїєґА-ЯЁІЇЄҐ]")
_MORPH: dict[str, Any] = {}
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


def _analyzer(lang: str) -> Any:
    analyzer = _MORPH.get(lang)
    if analyzer is None:
        import pymorphy3  # noqa: PLC0415 - loaded on the first Cyrillic candidate only

        analyzer = _MORPH[lang] = pymorphy3.MorphAnalyzer(lang=lang)
    return analyzer


MORPH_MIN_SCORE = 0.3
"""A name reading of a Russian word needs at least this pymorphy3 score ("Вера" the
faith scores 0.7, the name 0.3; "Надежда" 0.46 as a name)."""


@lru_cache(maxsize=8192)
def cyrillic_name(word: str, lang: str = "ru") -> bool:
    """Return whether pymorphy3 reads a Cyrillic word as a given name, surname or patronymic.

    Args:
        word: One capitalised Cyrillic word.
        lang: ``ru`` or ``uk`` (other values use ``ru``).

    Returns:
        True when a parse with a ``Name``, ``Surn`` or ``Patr`` grammeme scores at least
        :data:`MORPH_MIN_SCORE` (Russian) or is the first parse (Ukrainian, whose
        dictionary gives every parse the same score).
    """
    analyzer = _analyzer("uk" if lang == "uk" else "ru")
    parses = analyzer.parse(word)
    if lang == "uk":
        return any(_NAME_GRAMMEMES & parse.tag.grammemes for parse in parses[:1]) or all(
            _NAME_GRAMMEMES & parse.tag.grammemes for parse in parses[:3]
        )
    score = sum(parse.score for parse in parses if _NAME_GRAMMEMES & parse.tag.grammemes)
    return score >= MORPH_MIN_SCORE


def has_name_evidence(word: str, lang: str | None = None) -> bool:
    """Return whether a word in a name position is a name by the lists, its ending or pymorphy3.

    Args:
        word: One word as written (a trailing dot is ignored).
        lang: The text's language, if known (``uk`` picks the Ukrainian dictionary).

    Returns:
        True for a known given name (maybe inflected), a strong surname ending, or a
        capitalised Cyrillic word pymorphy3 reads as a name.
    """
    word = word.rstrip(".")
    if len(word) < 2:
        return False
    if first_name(word) or surname_shaped(word, strong=True):
        return True
    if word[0].isupper() and _CYRILLIC_RE.match(word):
        return cyrillic_name(word, "uk" if lang == "uk" else "ru")
    return False
