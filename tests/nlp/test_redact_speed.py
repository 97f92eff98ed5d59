"""Stop 52's speed changes to the redactor and the name tagger leave every answer as it was."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vocmine.nlp import redact
from vocmine.nlp.name_lexicon import first_name
from vocmine.nlp.name_tagger import _ALL_CAPS, COMMON_WORDS, FUNCTION_WORDS, _word_verdict
from vocmine.nlp.redact import _DIGIT_RE

WORDS = [
    "Anna", "anna", "ANNA", "Jadwigo", "Petře", "Joerg", "Juergen", "Машуля", "Іринко",
    "Катюша", "только", "Planungsbüro", "McDonald", "MacLeod", "VanDyke", "NOT", "Tomasz",
    "Kowalski", "Nowak-Jeziorański", "x", "A", "Ü", "Straße", "ſtop", "İstanbul", "Иванов",
]  # fmt: skip


def _cached_as_plain(word: str) -> None:
    for _ in range(2):  # the second call answers from the cache
        assert first_name(word) == first_name.__wrapped__(word), word
        if word:
            assert redact._name_word(word) == redact._name_word.__wrapped__(word), word


def test_cached_word_checks_answer_as_the_plain_functions() -> None:
    for word in WORDS:
        _cached_as_plain(word)


@settings(max_examples=300)
@given(st.text(alphabet="AaÄäJjOoEeUuRrGgМмаШшуляИиІіНнкоSsKkIi-'ſİ", min_size=1, max_size=12))
def test_cached_word_checks_answer_as_the_plain_functions_anywhere(word: str) -> None:
    _cached_as_plain(word)


def _plain_verdict(word: str) -> int:
    """The tagger's word checks as they were written in its loop (before stop 52)."""
    lower = word.lower()
    upper = word[0].isupper()
    if lower in COMMON_WORDS and (not upper or word.isupper()):
        return 0
    if not word.isalpha() and _DIGIT_RE.search(word):
        return 0
    if lower in FUNCTION_WORDS and not first_name(word):
        return 0
    return _ALL_CAPS if word.isupper() and len(word) > 1 else 1


TAGGER_WORDS = [
    *WORDS, "Time", "time", "TIME", "Mia", "mia", "MIA", "Ua649", "Anna2", "The", "the", "THE",
    "Für", "für", "Please", "Jan", "jan", "JAN", "DB", "Db", "Ok", "OK", "ok", "I", "i", "Я",
    "я", "Bill", "BILL", "bill", "Ta", "ta", "TA", "Ty", "Ola", "На", "на", "Xd", "XD",
]  # fmt: skip


def test_tagger_word_verdict_is_the_loops_checks() -> None:
    for word in TAGGER_WORDS:
        assert _word_verdict(word) == _plain_verdict(word), word


@settings(max_examples=500)
@given(
    st.lists(
        st.sampled_from(
            ["time", "TIME", "Time", "the", "The", "an", "Jan", "x", "X", "1", "²", "ia", "IA"]
            + ["Ia", "na", "NA", "Ta", "a", "A", "ß", "İ", "ǅ", "٣", "на", "НА", "Jadwig", "o"]
        ),
        min_size=1,
        max_size=3,
    )
)
def test_tagger_word_verdict_is_the_loops_checks_anywhere(pieces: list[str]) -> None:
    for word in ("".join(pieces), pieces[0], pieces[-1]):
        assert _word_verdict(word) == _plain_verdict(word), word


PL_ID_PIECES = [
    "ABC", "AB", "A", "Ą", "x", " ", "  ", "123456", "12345", "1234567", "٣٣٣٣٣٣", "/", ".",
    ",", "-", "+", "\n", "ABC 123456", "ABC123456", "ABC1234567", "DAB123456.7", "ABC 12345",
]  # fmt: skip


def _pl_id_cards_as_finditer(text: str) -> None:
    found = [m.span() for m in redact._pl_id_cards(text, redact._run_starts(text))]
    assert found == [m.span() for m in redact._PL_ID_CARD_RE.finditer(text)], text


def test_pl_id_cards_are_the_patterns_matches() -> None:
    for text in (
        "dowód ABC123456, ABC 123456; XABC123456 ABC1234567 AB 123456 ABC 123456/1",
        "ABC123456ABD123456 ABC123456 DEF654321.5 ABC123456.",
        "123456 ABC 123456 ABC  123456 ABC\n123456 ÄBC123456 ABC٣٣٣٣٣٣",
        "",
        "123456",
    ):
        _pl_id_cards_as_finditer(text)


@settings(max_examples=1000)
@given(st.lists(st.sampled_from(PL_ID_PIECES), max_size=10))
def test_pl_id_cards_are_the_patterns_matches_anywhere(pieces: list[str]) -> None:
    _pl_id_cards_as_finditer("".join(pieces))


BIRTH_NUMBER_PIECES = [
    "r", "R", "rodné číslo", "RČ", "r.č.", "R. č.", "rc", " ", ":", "-", "/", "x", "\n", "1",
    "123", "12345678", "123456789", "1234567890", "12345678901", "٣٣٣٣٣٣٣٣٣", ".", ",", "č",
]  # fmt: skip


def _birth_numbers_as_finditer(text: str) -> None:
    found = [m.span() for m in redact._birth_numbers_after_keyword(text, redact._run_starts(text))]
    expected = [m.span() for m in redact._BIRTH_NUMBER_KEYWORD_RE.finditer(text)]
    assert found == expected, text


def test_birth_numbers_after_keyword_are_the_patterns_matches() -> None:
    for text in (
        "rodné číslo: 8805121237, RČ 880512123, r.č. 12345678901, rc 1234567890/1",
        "Rodne cislo 880512/1237 a RČ: 880512123.5",
        "",
    ):
        _birth_numbers_as_finditer(text)


@settings(max_examples=1000)
@given(st.lists(st.sampled_from(BIRTH_NUMBER_PIECES), max_size=10))
def test_birth_numbers_after_keyword_are_the_patterns_matches_anywhere(pieces: list[str]) -> None:
    _birth_numbers_as_finditer("".join(pieces))
