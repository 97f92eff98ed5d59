#!/usr/bin/env python3
"""Write vocmine/resources/first_names.txt: given names from Faker's person providers.

The redactor's hand-written name lists (:mod:`vocmine.nlp.name_lexicon`) cover the
common names of the seven languages, but a company's customers also carry names of
Turkish, Vietnamese, Indian, Irish, Baltic, Romanian, Hungarian ... origin, and many
English and German names were missing ("Fiona", "Svenja", "Mehmet"). Faker (MIT
licence, a maintained library) keeps lists of given names per locale; this script
takes them instead of extending the hand-written lists.

Filter: one word of letters (a hyphen allowed), Latin or Cyrillic script, at least
three letters, not already in the hand-written lists, and not a common word in any of
the seven languages: a word whose wordfreq Zipf frequency is 4.0 or more in pl, cs, sk,
ru, uk, en or de ("ale", "line", "summer", "mark", "bill"), also once its diacritics
are folded ("mate" is Czech "máte"), is left out, so that a greeting or a sign-off
followed by an ordinary word does not read as a name.

Cyrillic names (Faker's and the hand-written ones) also get their Latin spellings, as
customers write them without a Cyrillic keyboard ("Oleksandr", "Sergei", "Natalia"):
Russian by iuliia's schemas (MIT), Ukrainian by the national table below.

The libraries are needed only here (``pip install faker iuliia 'wordfreq>=3.1,<4'``);
the written file is what vocmine reads.

    .venv/bin/python scripts/build_first_names.py           # rewrites the file
    .venv/bin/python scripts/build_first_names.py --check   # file on disk == what it writes
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from vocmine.nlp.fold import MATCHING  # noqa: E402
from vocmine.nlp.name_lexicon import HAND_WRITTEN_FIRST_NAMES  # noqa: E402

OUT = REPO / "vocmine" / "resources" / "first_names.txt"
LOCALES = [
    "pl_PL",
    "cs_CZ",
    "sk_SK",
    "ru_RU",
    "uk_UA",
    "en_GB",
    "en_US",
    "en_IE",
    "en_IN",
    "de_DE",
    "de_AT",
    "de_CH",
    "tr_TR",
    "vi_VN",
    "az_AZ",
    "lt_LT",
    "lv_LV",
    "ro_RO",
    "hu_HU",
    "it_IT",
    "fr_FR",
    "es_ES",
]
"""The seven languages' locales and those of neighbours and large communities."""
LANGS = ("pl", "cs", "sk", "ru", "uk", "en", "de")
MAX_ZIPF = 4.0
TOP_WORDS = 20000
NOT_NAMES = frozenset({"iban", "lada", "zara", "aral"})
"""Names in some locale that in customer text are a code or a brand ("IBAN", "Lada Vesta",
"Zara", "Aral"): checked against the folded form."""
_WORD_RE = re.compile(r"[a-zà-žа-яёіїєґ'’]{3,}(?:-[a-zà-žа-яёіїєґ'’]{3,})?")


RUSSIAN_SCHEMAS = ("WIKIPEDIA", "ICAO_DOC_9303", "SCIENTIFIC", "BGN_PCGN")
"""iuliia's schemas for Latin forms of Russian names: as in articles, in passports, in
scholarly writing, on maps ("Sergey", "Sergei", "Sergej")."""
UKRAINIAN_KMU_2010 = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’",
        [
            "a",
            "b",
            "v",
            "h",
            "g",
            "d",
            "e",
            "ie",
            "zh",
            "z",
            "y",
            "i",
            "i",
            "i",
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
            "iu",
            "ia",
            "_",
            "_",
        ],
        strict=True,
    )
)
"""Ukraine's official transliteration (Cabinet of Ministers resolution 55, 2010), in its
forms inside a word ("Дмитро" is "Dmytro"; iuliia covers Russian only). "_" drops."""


UKRAINIAN_KMU_2010_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
"""The table's forms at the start of a word ("Юлія" is "Yuliia")."""


def ukrainian_latin(name: str) -> str:
    """Return ``name`` (lower case) in the Ukrainian national transliteration."""
    first = UKRAINIAN_KMU_2010_INITIAL.get(name[:1], UKRAINIAN_KMU_2010.get(name[:1], name[:1]))
    rest = "".join(UKRAINIAN_KMU_2010.get(ch, ch) for ch in name[1:])
    return (first + rest).replace("_", "")


def latin_forms(names: set[str]) -> set[str]:
    """Return Latin spellings of the Cyrillic names in ``names`` ("oleksandr", "sergei")."""
    import iuliia

    forms: set[str] = set()
    for name in names:
        if not re.search("[а-яёіїєґ]", name):
            continue
        spellings = {getattr(iuliia, schema).translate(name) for schema in RUSSIAN_SCHEMAS}
        spellings.add(ukrainian_latin(name))
        forms.update(s.lower() for s in spellings if re.fullmatch(r"[a-z-]+", s.lower()))
    return forms


def library_names() -> tuple[list[str], str]:
    """Return the filtered names, sorted, and the versions of the libraries used."""
    from importlib.metadata import version

    import faker
    from wordfreq import top_n_list, zipf_frequency

    names: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            values = getattr(provider, attr, None) or ()
            names.update(str(v).lower() for v in values)
    names |= latin_forms(names | set(HAND_WRITTEN_FIRST_NAMES))
    common = {  # frequent words with their marks folded: "máte" makes "mate" common
        MATCHING.fold(word)
        for lang in LANGS
        for word in top_n_list(lang, TOP_WORDS)
        if zipf_frequency(word, lang) >= MAX_ZIPF
    }
    kept = sorted(
        n
        for n in names
        if _WORD_RE.fullmatch(n)
        and MATCHING.fold(n) not in HAND_WRITTEN_FIRST_NAMES
        and MATCHING.fold(n) not in common
        and MATCHING.fold(n) not in NOT_NAMES
        and max(zipf_frequency(n, lang) for lang in LANGS) < MAX_ZIPF
    )
    return kept, (
        f"Faker {faker.VERSION}, iuliia {version('iuliia')}, wordfreq {version('wordfreq')}"
    )


def render(names: list[str], versions: str) -> str:
    header = (
        "# Given names from Faker's person providers (MIT licence), written by\n"
        "# scripts/build_first_names.py; do not edit by hand.\n"
        f"# {versions}; locales: {' '.join(LOCALES)}\n"
        f"# Left out: names already in vocmine/nlp/name_lexicon.py and words with a\n"
        f"# wordfreq Zipf frequency >= {MAX_ZIPF} in any of {', '.join(LANGS)}, also when\n"
        "# written without diacritics.\n"
    )
    return header + "\n".join(names) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    names, versions = library_names()
    text = render(names, versions)
    if args.check:
        same = OUT.read_text("utf-8") == text
        print("same" if same else "differs")
        sys.exit(0 if same else 1)
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT.relative_to(REPO)}: {len(names)} names ({versions})")


if __name__ == "__main__":
    main()
