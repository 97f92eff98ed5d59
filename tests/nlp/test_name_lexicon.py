"""Tests for the name evidence and the structural name rules of the redactor."""

from __future__ import annotations

import pytest

from vocmine.nlp import name_lexicon
from vocmine.nlp.name_lexicon import first_name, has_name_evidence, surname_shaped
from vocmine.nlp.redact import Redactor


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Małgorzata", True),
        ("malgorzata", True),
        ("Bożeno", True),  # Polish vocative
        ("Vojtěchu", True),  # Czech vocative
        ("Zdeňku", True),
        ("Ľuboš", True),
        ("Gudrun", True),
        ("Bethany", True),
        ("Faktura", False),
        ("Zamówienie", False),
    ],
)
def test_first_name(word: str, expected: bool) -> None:
    assert first_name(word) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Zielińska", True),
        ("Procházková", True),
        ("Bondarenko", True),
        ("Лысенко", True),
        ("Reklamacja", False),
    ],
)
def test_surname_shaped(word: str, expected: bool) -> None:
    assert surname_shaped(word, strong=True) is expected


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("Григорьевым", "ru", True),  # a surname in the instrumental (pymorphy3)
        ("Людмилой", "ru", True),
        ("Тарасе", "uk", True),
        ("Претензия", "ru", False),
        ("Рахунок", "uk", False),
    ],
)
def test_cyrillic_evidence(word: str, lang: str, expected: bool) -> None:
    assert has_name_evidence(word, lang) is expected


R = Redactor()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a name under a sign-off that is no listed closing, with a role line below
        (
            "Dzień dobry,\nproszę o korektę faktury.\nDzięki!\nBożena Zielińska\nksięgowa",
            "pl",
            "Dzień dobry,\nproszę o korektę faktury.\nDzięki!\n[NAME]\nksięgowa",
        ),
        # a name in lower case without diacritics on the last line
        (
            "Balík stále nedorazil, prosím o info.\nvojtech prochazka",
            "cs",
            "Balík stále nedorazil, prosím o info.\n[NAME]",
        ),
        # initials and a surname after the last sentence, above a forwarded message
        (
            "Prosím vybaviť. Ľ. Horváth\n\n---------- Preposlaná správa ----------\nOd: x",
            "sk",
            "Prosím vybaviť. [NAME]\n\n---------- Preposlaná správa ----------\nOd: x",
        ),
        # a lower-case given name after a self-introduction
        ("привет, это дима из 12 квартиры, лифт опять сломан", "ru", None),
        # a formal statement with the pronoun first
        (
            "Я, Бондаренко Тарас Петрович, прошу видати довідку.",
            "uk",
            "Я, [NAME], прошу видати довідку.",
        ),
        # the name first, then the cue
        ("Bethany here, my parcel never came.", "en", "[NAME] here, my parcel never came."),
        # an informal greeting and a sign-off on the same line as the name
        (
            "Servus Gudrun, das Paket liegt bei mir.\nLG Jörg",
            "de",
            "Servus [NAME], das Paket liegt bei mir.\nLG [NAME]",
        ),
    ],
)
def test_structural_names(text: str, lang: str, expected: str | None) -> None:
    redacted = R.redact(text, lang=lang).text
    if expected is None:
        assert "[NAME]" in redacted and "дима" not in redacted
    else:
        assert redacted == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Díky moc!\nZákaznický servis\nAlza.cz", "cs"),
        ("Pozdrawiamy\nZespół Obsługi Klienta", "pl"),
        ("Best regards,\nCustomer Support Team\nAcme Ltd", "en"),
        ("Zamówienie 4471-2023 nadal w drodze.\nSklep Kwiaciarnia", "pl"),
        ("С уважением,\nСлужба поддержки", "ru"),
    ],
)
def test_team_and_company_signatures_stay(text: str, lang: str) -> None:
    assert "[NAME]" not in R.redact(text, lang=lang).text


def test_library_names_widen_the_hand_written_lists() -> None:
    from vocmine.nlp.name_lexicon import FIRST_NAMES, HAND_WRITTEN_FIRST_NAMES

    for name in ("fiona", "svenja", "mehmet", "aisha", "yusuf", "harriet"):
        assert name not in HAND_WRITTEN_FIRST_NAMES
        assert first_name(name.title())
    # common words and codes stay out, also without their marks ("máte")
    for word in ("mark", "summer", "line", "mate", "iban", "lada", "hello"):
        assert word not in FIRST_NAMES - HAND_WRITTEN_FIRST_NAMES
        assert not first_name(word.title())


def test_case_forms_are_derived_from_hand_written_names_only() -> None:
    assert first_name("Jadwigo")  # vocative of a hand-written name
    assert not first_name("Tanio")  # "tanio" is no vocative of the library's "Tania"


def test_umlauts_spelt_out() -> None:
    assert first_name("Joerg") and first_name("Juergen")
    assert not first_name("Blue")


def test_suffixes_by_last_character_keep_every_suffix_in_order() -> None:
    for pairs, groups in (
        (name_lexicon._VOCATIVE_ENDINGS, name_lexicon._VOCATIVE_BY_LAST),
        (name_lexicon._CYRILLIC_DIMINUTIVES, name_lexicon._DIMINUTIVES_BY_LAST),
    ):
        for last, group in groups.items():
            assert list(group) == [pair for pair in pairs if pair[0][-1] == last]
        assert sum(map(len, groups.values())) == len(pairs)
