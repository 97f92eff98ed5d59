"""Cheap language evidence: text cleaning, script, telltale letters and function words.

Within the seven supported languages a few letters settle the language on their own
(``ł`` is Polish, ``ř`` Czech, ``ľ`` Slovak, ``ß`` German, ``і`` Ukrainian, ``ы``
Russian), a Latin text without them but full of English function words is English,
and the script narrows the rest (Cyrillic: ru/uk; Latin: the other five).
:func:`letter_evidence` turns that into a decision when the evidence is strong, and into
a candidate set for the statistical backend otherwise; it runs in a few microseconds
(compiled regular expressions only, no per-character Python loop).

Example:
    >>> letter_evidence("Zamówienie przyszło uszkodzone, kurier się nie odzywał.").lang
    'pl'
    >>> letter_evidence("The parcel arrived late.").candidates
    ('pl', 'cs', 'sk', 'en', 'de')
    >>> letter_evidence("The parcel was late and the driver would not ring the bell.").lang
    'en'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from vocmine.lang.data import LANGUAGES, SUPPORTED_LANGUAGES

__all__ = [
    "LetterEvidence",
    "clean_for_detection",
    "count_letters",
    "cue_scores",
    "letter_evidence",
]

_MAX_INPUT_CHARS = 20_000
"""Only this much of a text is cleaned (bounds the cost of 1 MB inputs)."""
CYRILLIC_LANGUAGES: tuple[str, ...] = tuple(
    code for code, data in LANGUAGES.items() if data.script == "Cyrillic"
)
"""Supported languages written in Cyrillic; the others are written in Latin script."""
MIN_TELLTALE_SHARE = 0.015
"""Telltale letters must be at least this share of the letters to decide (a name such as
"Müller" in an English sentence must not make it German)."""
MIN_ENGLISH_WORDS = 4
"""English has no telltale letter: a text without any needs this many English function
words, and none of another language, to be settled as English without the backend."""
MIN_ENGLISH_LETTERS = 20
"""... and at least this many letters."""
MAX_CONFIDENCE = 0.99
"""Cap of the confidence of a decision by letters."""


_NOISE_RE = re.compile(
    r"\[[A-Z_]{2,}\]"  # placeholders such as [EMAIL]
    r"|(?:https?://|www\.)\S+"  # URLs
    r"|\S+@\S+"  # e-mail addresses
    r"|[@#]\w+"  # @mentions and #hashtags
)
_NOISE_MARKS = ("@", "#", "[", "http", "www.")
"""Substrings without which _NOISE_RE cannot match (a cheap test skips the regex)."""
_NON_TEXT_RE = re.compile(r"(?:[^\w\s'’.,!?;:-]|[\d_\s])+")
"""Runs of spaces, digits, underscores and symbols (emoji ...): one space each."""
_WORD_RE = re.compile(r"[^\W\d_]+")
_LETTER_RE = re.compile(r"[^\W\d_]")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_LATIN_RE = re.compile(r"[a-z\u00c0-\u024f]")

# Letters that (within the supported languages) point to one language or a few.
_LETTER_CUES: dict[str, tuple[str, ...]] = {}
for _lang, _data in LANGUAGES.items():
    for _letter in sorted(_data.telltale_letters):
        _LETTER_CUES[_letter] = (*_LETTER_CUES.get(_letter, ()), _lang)
_TELLTALE_RE = re.compile("[" + "".join(_LETTER_CUES) + "]")

# Very common words, also as customers type them without diacritics.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    code: data.function_words for code, data in LANGUAGES.items()
}
_WORD_LANGUAGES: dict[str, tuple[str, ...]] = {}
for _lang, _lang_words in _FUNCTION_WORDS.items():
    for _word in _lang_words:
        _WORD_LANGUAGES[_word] = (*_WORD_LANGUAGES.get(_word, ()), _lang)


@dataclass(frozen=True, slots=True)
class LetterEvidence:
    """What the script and the telltale letters of a text say about its language.

    Attributes:
        lang: The language the letters settle, or None when they do not.
        confidence: How sure the letters are of ``lang`` (0 when ``lang`` is None).
        candidates: The configured languages the script and letters leave open, in
            configured order (all of them when the text gives no clue).
    """

    lang: str | None
    confidence: float
    candidates: tuple[str, ...]


def clean_for_detection(text: str) -> str:
    """Return ``text`` without placeholders, URLs, mentions, hashtags, digits and emoji.

    Args:
        text: Any string (only its first 20,000 characters are used).

    Returns:
        The remaining words separated by single spaces.
    """
    text = text[:_MAX_INPUT_CHARS]
    if any(mark in text for mark in _NOISE_MARKS):
        text = _NOISE_RE.sub(" ", text)
    return _NON_TEXT_RE.sub(" ", text).strip()


def count_letters(text: str) -> int:
    """Return the number of letters (any script) in ``text``."""
    return len(_LETTER_RE.findall(text))


def _function_word_counts(lower: str) -> dict[str, int]:
    """Return how many of the words of ``lower`` are function words of each language."""
    counts: dict[str, int] = {}
    for word in _WORD_RE.findall(lower):
        for lang in _WORD_LANGUAGES.get(word, ()):
            counts[lang] = counts.get(lang, 0) + 1
    return counts


def cue_scores(text: str, languages: Sequence[str]) -> dict[str, float]:
    """Score languages by script, telltale letters and common function words.

    Args:
        text: Cleaned text (see :func:`clean_for_detection`).
        languages: Languages allowed to score.

    Returns:
        A non-negative score per language in ``languages``; all zeros when no cue was found.
    """
    scores = dict.fromkeys(languages, 0.0)
    lower = text.lower()
    for ch in _TELLTALE_RE.findall(lower):
        for lang in _LETTER_CUES[ch]:
            if lang in scores:
                scores[lang] += 2.0 / len(_LETTER_CUES[ch])
    for lang, count in _function_word_counts(lower).items():
        if lang in scores:
            scores[lang] += count
    cyrillic = len(_CYRILLIC_RE.findall(lower))
    latin = len(_LATIN_RE.findall(lower))
    if cyrillic or latin:
        # Cyrillic alone narrows the supported languages to ru/uk, so it counts as a cue;
        # Latin script leaves five candidates and only breaks ties against Cyrillic.
        is_cyrillic = cyrillic > latin
        bonus = 1.0 if is_cyrillic else 0.1
        for lang in scores:
            if (lang in CYRILLIC_LANGUAGES) == is_cyrillic:
                scores[lang] += bonus
            else:
                scores[lang] = 0.0
    return scores


def _english_by_words(lower: str, script: tuple[str, ...]) -> LetterEvidence:
    """Settle a Latin text without telltale letters as English by its function words."""
    words = _function_word_counts(lower)
    english = words.get("en", 0)
    if english >= MIN_ENGLISH_WORDS and english == sum(words.values()):
        confidence = min(MAX_CONFIDENCE, 1.0 - 0.5**english)
        return LetterEvidence("en", round(confidence, 4), ("en",))
    return LetterEvidence(None, 0.0, script)


def letter_evidence(text: str, languages: Sequence[str] = ()) -> LetterEvidence:
    """Narrow the languages of ``text`` by its script and telltale letters.

    The letters decide a language when every telltale letter of the text is compatible
    with it and with no other configured language of the same script, there are at
    least two of them, they make at least 1.5% of the letters, and the function words
    do not point more strongly to another language (a Polish city in an English
    sentence stays English). English has no telltale letter: a Latin text without any
    is settled as English when it has at least 4 English function words and none of
    another language (on the labelled sets this settles a third of the English texts
    and nothing else, bar English reviews labelled Polish).

    Args:
        text: Cleaned text (see :func:`clean_for_detection`).
        languages: Configured languages; empty means the seven supported ones.

    Returns:
        The decided language (or None) with its confidence, and the candidates left.
    """
    configured = tuple(languages) or SUPPORTED_LANGUAGES
    lower = text.lower()
    cyrillic = len(_CYRILLIC_RE.findall(lower))
    latin = len(_LATIN_RE.findall(lower))
    if not (cyrillic or latin):
        return LetterEvidence(None, 0.0, configured)
    is_cyrillic = cyrillic > latin
    script = tuple(lang for lang in configured if (lang in CYRILLIC_LANGUAGES) == is_cyrillic)
    if not script:
        return LetterEvidence(None, 0.0, configured)
    script_set = set(script)
    own = [ch for ch in _TELLTALE_RE.findall(lower) if script_set.intersection(_LETTER_CUES[ch])]
    if not own and "en" in script and latin >= MIN_ENGLISH_LETTERS:
        return _english_by_words(lower, script)
    if len(own) < 2 or len(own) < MIN_TELLTALE_SHARE * (cyrillic + latin):
        return LetterEvidence(None, 0.0, script)
    compatible = script_set
    for ch in set(own):
        compatible = compatible.intersection(_LETTER_CUES[ch])
    candidates = tuple(lang for lang in script if lang in compatible)
    if not candidates:  # letters of several languages: a mixed text or names
        return LetterEvidence(None, 0.0, script)
    words = _function_word_counts(lower)
    best_words = max(words.values(), default=0)
    if best_words > max((words.get(lang, 0) for lang in candidates), default=0):
        return LetterEvidence(None, 0.0, script)  # the words say otherwise: trust neither
    if len(candidates) > 1:
        return LetterEvidence(None, 0.0, candidates)
    lang = candidates[0]
    confidence = min(MAX_CONFIDENCE, 1.0 - 0.5 ** len(own))
    return LetterEvidence(lang, round(confidence, 4), candidates)
