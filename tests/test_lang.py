"""Tests for vocmine.lang.detect: restricted, seeded langdetect with sensible fallbacks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vocmine import SUPPORTED_LANGUAGES
from vocmine.lang import LanguageDetector, LanguageGuess
from vocmine.lang.detect import clean_for_detection


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Zamówienie przyszło uszkodzone, kurier w ogóle się nie odzywał. Nie polecam.", "pl"),
        ("Bardzo dziękuję za szybką wymianę towaru, obsługa na piątkę!", "pl"),
        ("Objednávka nepřišla ani po třech týdnech, zákaznická linka nebere telefon.", "cs"),
        ("Reklamace byla vyřízena rychle, děkuji za vstřícný přístup.", "cs"),
        ("Objednávka mi neprišla, zákaznícka linka mi vôbec neodpovedá.", "sk"),
        ("Ďakujem, tovar prišiel včas a bol výborne zabalený.", "sk"),
        ("Посылка не пришла, в службе поддержки никто не отвечает уже неделю.", "ru"),
        ("Спасибо, всё пришло вовремя, очень доволен покупкой!", "ru"),
        ("Посилка не прийшла, служба підтримки взагалі не відповідає.", "uk"),
        ("Дякую, все прийшло вчасно, дуже задоволений покупкою!", "uk"),
        ("My order never arrived and support keeps closing my tickets.", "en"),
        ("Great service, the refund was processed within a day.", "en"),
        ("Die Bestellung ist nie angekommen und der Kundenservice antwortet nicht.", "de"),
        ("Vielen Dank, die Lieferung kam pünktlich und gut verpackt.", "de"),
    ],
)
def test_detects_native_sentences(detector: LanguageDetector, text: str, lang: str) -> None:
    guess = detector.detect(text)
    assert guess.lang == lang
    assert guess.method == "langdetect"
    assert 0.6 <= guess.confidence <= 1.0


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("zasilka neprisla, jsem naštvaný", "cs"),
        ("objednavka neprisla, som velmi sklamany", "sk"),
        ("Посылка не пришла, очень плохо", "ru"),
        ("Посилка не прийшла, дуже погано", "uk"),
    ],
)
def test_resolves_close_pairs_without_telltale_letters(
    detector: LanguageDetector, text: str, lang: str
) -> None:
    assert detector.detect(text).lang == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("nie polecam", "pl"),
        ("dekuji", "cs"),
        ("ďakujem", "sk"),
        ("спасибо", "ru"),
        ("дякую", "uk"),
        ("Danke schön", "de"),
        ("zażółć", "pl"),
        ("ґанок", "uk"),
    ],
)
def test_short_text_uses_script_and_function_words(
    detector: LanguageDetector, text: str, lang: str
) -> None:
    guess = detector.detect(text)
    assert (guess.lang, guess.method) == (lang, "script")
    assert guess.confidence < 0.6


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("BARDZO ZŁA OBSŁUGA, PACZKA PRZYSZŁA ZNISZCZONA I NIKT NIE ODPISUJE", "pl"),
        ("DIE LIEFERUNG WAR VIEL ZU SPÄT UND DAS PAKET KAPUTT", "de"),
        ("ZÁSILKA NEPŘIŠLA A NIKDO NEZVEDÁ TELEFON", "cs"),
    ],
)
def test_shouted_text(detector: LanguageDetector, text: str, lang: str) -> None:
    assert detector.detect(text).lang == lang


@pytest.mark.parametrize("text", ["@shop Новосибирск", "Пасиб, @shop https://t.co/x"])
def test_short_cyrillic_is_not_english(detector: LanguageDetector, text: str) -> None:
    assert detector.detect(text).lang == "ru"


def test_valid_hint_wins_on_short_text(detector: LanguageDetector) -> None:
    assert detector.detect("ok :)", hint="de") == LanguageGuess("de", 0.5, "hint")
    assert detector.detect("dekuji", hint="sk").lang == "sk"
    assert detector.detect("ok", hint="pl_PL").lang == "pl"


def test_hint_does_not_override_a_clear_text(detector: LanguageDetector) -> None:
    guess = detector.detect("The parcel arrived broken and nobody answers my e-mails.", hint="de")
    assert (guess.lang, guess.method) == ("en", "langdetect")


def test_invalid_hint_is_ignored(detector: LanguageDetector) -> None:
    assert detector.detect("ok", hint="fr").method == "fallback"


@pytest.mark.parametrize("text", ["", "   ", "😀😀😀", "12345 678", "[EMAIL] [PHONE]", "!!!???"])
def test_text_without_words_falls_back(detector: LanguageDetector, text: str) -> None:
    guess = detector.detect(text)
    assert (guess.lang, guess.method) == ("en", "fallback")
    assert guess.confidence < 0.1


def test_fallback_language_is_configurable() -> None:
    assert LanguageDetector(fallback="pl").detect("").lang == "pl"


def test_noise_is_stripped_before_detection() -> None:
    cleaned = clean_for_detection("@shop #fail [EMAIL] https://x.pl/a?b=1 zamówienie 12345 😡")
    assert cleaned == "zamówienie"


def test_mentions_and_urls_do_not_make_text_english(detector: LanguageDetector) -> None:
    text = "@SkleptShop https://t.co/AbCdEf paczka dalej nie doszła, dramat #kurier"
    assert detector.detect(text).lang == "pl"


def test_restricted_languages_only_returns_configured() -> None:
    det = LanguageDetector(languages=("cs", "sk"), fallback="cs")
    texts = ["Zamówienie przyszło uszkodzone", "The order never arrived", "Objednávka nepřišla"]
    assert {g.lang for g in det.detect_many(texts)} <= {"cs", "sk"}


def test_is_deterministic_and_lazy() -> None:
    det = LanguageDetector(seed=3)
    assert not hasattr(det, "factory_")
    text = "to je fakt dobry, ale dodani trvalo dlouho"
    first = [det.detect(text) for _ in range(3)]
    assert hasattr(det, "factory_")
    assert first == [LanguageDetector(seed=3).detect(text)] * 3


def test_detect_many_matches_detect_and_checks_hints(detector: LanguageDetector) -> None:
    texts = ["Die Lieferung kam zu spät", "ok", "Посылка пришла"]
    hints = [None, "cs", "ru"]
    assert detector.detect_many(texts, hints) == [
        detector.detect(t, h) for t, h in zip(texts, hints, strict=True)
    ]
    with pytest.raises(ValueError, match="hints"):
        detector.detect_many(texts, ["pl"])


def test_huge_input_is_handled(detector: LanguageDetector) -> None:
    guess = detector.detect("Zamówienie nie dotarło. " * 45_000)  # ~1 MB
    assert guess.lang == "pl"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_and_returns_configured_language(text: str) -> None:
    guess = LanguageDetector().detect(text)
    assert guess.lang in SUPPORTED_LANGUAGES
    assert 0.0 <= guess.confidence <= 1.0
    assert guess.method in {"langdetect", "hint", "script", "fallback"}
