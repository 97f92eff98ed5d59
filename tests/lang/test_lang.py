"""Tests for vocmine.lang: telltale letters, restricted backends, sensible fallbacks."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vocmine import SUPPORTED_LANGUAGES
from vocmine.lang import LanguageDetector, LanguageGuess, LinguaBackend
from vocmine.lang.cues import letter_evidence
from vocmine.lang.detect import clean_for_detection

METHODS = {"letters", "lingua", "langdetect", "hint", "script", "fallback"}


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector()


class RecordingBackend:
    """A fake backend: fixed probabilities, and a record of the texts it was asked about."""

    name = "fake"

    def __init__(self, probs: dict[str, float] | None = None) -> None:
        self.probs = probs or {}
        self.seen: list[str] = []

    def probabilities_many(
        self, texts: Sequence[str], languages: Sequence[str]
    ) -> list[dict[str, float]]:
        self.seen.extend(texts)
        return [dict(self.probs) for _ in texts]


class BrokenBackend:
    name = "broken"

    def probabilities_many(
        self, texts: Sequence[str], languages: Sequence[str]
    ) -> list[dict[str, float]]:
        raise RuntimeError("model file is corrupt")


NATIVE_SENTENCES = [
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
]


@pytest.mark.parametrize(("text", "lang"), NATIVE_SENTENCES)
def test_detects_native_sentences(detector: LanguageDetector, text: str, lang: str) -> None:
    guess = detector.detect(text)
    assert guess.lang == lang
    assert guess.method in {"letters", "lingua"}
    assert 0.6 <= guess.confidence <= 1.0


@pytest.mark.parametrize("backend", ["lingua", "lingua-low", "langdetect"])
def test_each_backend_alone_detects_native_sentences(backend: str) -> None:
    det = LanguageDetector(backend=backend, letters_decide=False)
    guesses = det.detect_many([text for text, _ in NATIVE_SENTENCES])
    assert [g.lang for g in guesses] == [lang for _, lang in NATIVE_SENTENCES]
    assert {g.method for g in guesses} == {det.backend_.name}


CLOSE_PAIR_SENTENCES = [
    ("zasilka neprisla, jsem naštvaný", "cs"),
    ("objednavka neprisla, som velmi sklamany", "sk"),
    ("Посылка не пришла, очень плохо", "ru"),
    ("Посилка не прийшла, дуже погано", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), CLOSE_PAIR_SENTENCES)
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
    assert (guess.lang, guess.method) == ("en", "lingua")


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


@pytest.mark.parametrize("backend", ["lingua", "langdetect"])
def test_is_deterministic_and_lazy(backend: str) -> None:
    det = LanguageDetector(seed=3, backend=backend)
    assert not hasattr(det, "backend_")
    text = "to je fakt dobry, ale dodani trvalo dlouho"
    first = [det.detect(text) for _ in range(3)]
    assert hasattr(det, "backend_")
    assert first == [LanguageDetector(seed=3, backend=backend).detect(text)] * 3


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
    assert guess.method in METHODS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Zamówienie przyszło uszkodzone, kurier się nie odzywał.", "pl"),
        ("Reklamace byla vyřízena rychle, děkuji.", "cs"),
        ("Objednávka mi neprišla, zákaznícka linka mi vôbec neodpovedá.", "sk"),
        ("Die Lieferung kam pünktlich, größer als gedacht.", "de"),
        ("Спасибо, всё пришло вовремя, очень быстро!", "ru"),
        ("Дякую, замовлення прийшло вчасно, і якість відмінна!", "uk"),
        ("The parcel was late and the driver would not even ring the bell.", "en"),
    ],
)
def test_telltale_letters_decide_without_the_backend(text: str, lang: str) -> None:
    backend = RecordingBackend({"en": 1.0})
    guess = LanguageDetector(backend=backend).detect(text)
    assert (guess.lang, guess.method) == (lang, "letters")
    assert 0.6 <= guess.confidence <= 0.99
    assert backend.seen == []


@pytest.mark.parametrize(
    "text",
    [
        "I moved from Łódź to Kraków last year and my parcel went to the old address.",
        "Mr Müller says the delivery to Straße 5 never came, please check the order.",
        "Objednávka dorazila včas",  # č/á/... are shared by cs and sk: the model decides
        "The order never arrived",  # no telltale letter, too few English words
        "Das Paket kam nie an, the tracking says it was delivered to you",  # de words too
    ],
)
def test_ambiguous_or_foreign_letters_go_to_the_backend(text: str) -> None:
    backend = RecordingBackend({"en": 0.9})
    LanguageDetector(backend=backend).detect(text)
    assert backend.seen == [clean_for_detection(text)]


def test_letter_evidence_narrows_candidates_by_script_and_letters() -> None:
    assert letter_evidence("Посылка пришла").candidates == ("ru", "uk")
    assert letter_evidence("The parcel arrived late").candidates == ("pl", "cs", "sk", "en", "de")
    assert letter_evidence("Objednávka dorazila včas, díky").candidates == ("cs", "sk")
    assert letter_evidence("Objednávka dorazila včas, díky").lang is None
    assert letter_evidence("").candidates == SUPPORTED_LANGUAGES
    assert letter_evidence("Zażółć gęślą jaźń", ("cs", "sk")).lang is None


def test_backend_only_chooses_among_the_scripts_languages() -> None:
    backend = RecordingBackend({"en": 0.7, "ru": 0.3})
    guess = LanguageDetector(backend=backend).detect("Посылка пришла вовремя")
    assert guess.lang == "ru"  # English is not a candidate for Cyrillic text
    assert guess.confidence == 0.3  # and the backend's confidence is not inflated


def test_backend_object_is_injectable_and_named_in_method() -> None:
    backend = RecordingBackend({"de": 0.9, "en": 0.1})
    guess = LanguageDetector(backend=backend).detect("Alles gut angekommen, danke")
    assert guess == LanguageGuess("de", 0.9, "fake")


def test_unsure_backend_answer_beats_word_lists_but_not_the_hint() -> None:
    backend = RecordingBackend({"cs": 0.45, "pl": 0.4, "sk": 0.15})
    det = LanguageDetector(backend=backend)
    text = "Nekdy v lednu ale nevim kdy presne"  # "ale" is also a Polish function word
    assert det.detect(text) == LanguageGuess("cs", 0.45, "fake")
    assert det.detect(text, hint="sk") == LanguageGuess("sk", 0.5, "hint")


def test_backend_without_an_answer_falls_back_to_cues() -> None:
    det = LanguageDetector(backend=RecordingBackend({}))
    guess = det.detect("Zasilka neprisla, jsem velmi zklamany")
    assert (guess.lang, guess.method) == ("cs", "script")


def test_broken_backend_never_breaks_a_batch() -> None:
    det = LanguageDetector(backend=BrokenBackend())
    guesses = det.detect_many(
        ["Zamówienie przyszło, dziękuję bardzo!", "The order is late"], ["pl", "en"]
    )
    assert guesses[0] == LanguageGuess("pl", guesses[0].confidence, "letters")
    assert guesses[1] == LanguageGuess("en", 0.5, "hint")


def test_unknown_backend_name_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown backend"):
        LanguageDetector(backend="fasttext").detect("hello there, my order is late")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Заказ не пришёл, tracking number не работает, support молчит", "ru"),
        ("Замовлення не прийшло, tracking number не працює, support мовчить", "uk"),
        ("I moved from Łódź to Kraków last year and my parcel went to the old address.", "en"),
        ("Die Lieferung nach Łódź kam nie an, sehr enttäuschend", "de"),
    ],
)
def test_mixed_scripts_follow_the_main_language(
    detector: LanguageDetector, text: str, lang: str
) -> None:
    assert detector.detect(text).lang == lang


@pytest.mark.parametrize("text", ["😀", "🔥🔥🔥 👍", "❤️", "😡 @shop #fail 😡"])
def test_emoji_only_falls_back(detector: LanguageDetector, text: str) -> None:
    assert detector.detect(text) == LanguageGuess("en", 0.05, "fallback")
    assert detector.detect(text, hint="uk") == LanguageGuess("uk", 0.5, "hint")


def test_emoji_between_words_leave_single_spaces() -> None:
    assert clean_for_detection("super😀😀obsługa  👍 polecam\n") == "super obsługa polecam"


def test_parallel_lingua_matches_serial() -> None:
    texts = [text for text, _ in NATIVE_SENTENCES]
    serial = LanguageDetector(letters_decide=False).detect_many(texts)
    parallel = LanguageDetector(
        backend=LinguaBackend(parallel=True), letters_decide=False
    ).detect_many(texts)
    assert parallel == serial


def test_empty_batch(detector: LanguageDetector) -> None:
    assert detector.detect_many([]) == []
