"""Diacritic folding: the one place that maps "Zásilka NEPŘIŠLA" to "zasilka neprisla".

Folding is Unicode NFKD decomposition with the combining marks dropped, done
character by character through a ``str.translate`` table filled on demand (equal to
folding the whole string: NFKD decomposes each character on its own, and the
reordering of combining marks it also does cannot matter once they are dropped).
ASCII text skips the table.

Unicode does not decompose a few letters (``ł``, ``ß``, ``đ``, ``ø``, ``æ``), and the
stages that fold were built (and the sentiment model trained) with different choices
for them, so a fold is one of three presets, defined here side by side:

* :data:`MARKS`: combining marks only, case kept (``ł`` and ``ß`` stay); chat speaker
  labels and the topic model's stop words.
* :data:`SENTIMENT`: marks and ``ł`` -> ``l``, case kept; the char n-gram features of the
  sentiment model (frozen with the shipped model: changing it means retraining).
* :data:`MATCHING`: lower case, marks, and ``ł`` -> ``l``, ``ß`` -> ``ss``, ``đ`` -> ``d``,
  ``ø`` -> ``o``, ``æ`` -> ``ae``, ``’``/``ʼ`` -> ``'``; the form every taxonomy regex is
  written against (categoriser, signals, learned categoriser).

Every preset maps ``ё`` -> ``е``, ``й`` -> ``и``, ``ř`` -> ``r``, ``ô`` -> ``o``,
``ї`` -> ``і`` (NFKD does), and compatibility forms to their plain letters
(``ﬁ`` -> ``fi``). Changing :data:`MATCHING` changes what every taxonomy regex
matches.

Example:
    >>> fold("Zásilka NEPŘIŠLA, Straße, łódź")
    'zasilka neprisla, strasse, lodz'
    >>> fold("Straße, łódź", SENTIMENT)
    'Straße, lodz'
    >>> fold("Zákazník", MARKS)
    'Zakaznik'
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from types import MappingProxyType

__all__ = [
    "MARKS",
    "MATCHING",
    "SENTIMENT",
    "FoldPreset",
    "fold",
    "fold_for_matching",
    "fold_for_sentiment",
    "fold_keeping_case",
    "fold_marks",
]


def fold_marks(char: str) -> str:
    """Return one character's NFKD form without its combining marks (``"ř"`` -> ``"r"``)."""
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class _FoldTable(dict[int, str]):
    """``str.translate`` table: explicit letters first, any other character on demand.

    A character is looked up once and remembered, so after warming up every lookup
    hits (a miss costs ``str.translate`` an exception).
    """

    def __missing__(self, code: int) -> str:
        folded = fold_marks(chr(code))
        self[code] = folded
        return folded


class FoldPreset:
    """One way of folding text: optional lower-casing, explicit letters, then NFKD marks.

    Args:
        name: Short name (for messages and docs).
        letters: Letters Unicode does not decompose, mapped to what they fold to; the
            values must be ASCII (so folding them again changes nothing).
        lower: Whether the text is lower-cased first.
        fold: The folding function (module level, so models that keep it pickle).

    Attributes:
        table: The ``str.translate`` table ``fold`` uses.
    """

    __slots__ = ("fold", "letters", "lower", "name", "table")

    def __init__(
        self, name: str, letters: Mapping[str, str], lower: bool, fold: Callable[[str], str]
    ) -> None:
        if not all(value.isascii() for value in letters.values()):
            raise ValueError(f"fold preset {name!r}: explicit letters must fold to ASCII")
        self.name = name
        self.letters = MappingProxyType(dict(letters))
        self.lower = lower
        self.table = _FoldTable({ord(k): v for k, v in letters.items()})
        self.fold = fold

    def __repr__(self) -> str:
        """Return ``FoldPreset('name')``."""
        return f"FoldPreset({self.name!r})"


# The three fold functions are written out (not closures) so that a model holding one,
# e.g. as a vectorizer's preprocessor, pickles. ASCII text skips the table: NFKD and the
# explicit letters leave it as it is.
def fold_keeping_case(text: str) -> str:
    """Return ``text`` with combining marks dropped, case and ł/ß kept (:data:`MARKS`)."""
    return text if text.isascii() else text.translate(MARKS.table)


def fold_for_sentiment(text: str) -> str:
    """Return ``text`` with marks dropped and ``ł`` -> ``l``, case kept (:data:`SENTIMENT`)."""
    return text if text.isascii() else text.translate(SENTIMENT.table)


def fold_for_matching(text: str) -> str:
    """Return ``text`` lower-cased and folded for the taxonomy regexes (:data:`MATCHING`)."""
    if text.isascii():
        return text.lower()
    return text.lower().translate(MATCHING.table)


MARKS = FoldPreset("marks", {}, lower=False, fold=fold_keeping_case)
"""Combining marks only: the case and the undecomposable letters (ł, ß ...) stay."""

SENTIMENT = FoldPreset("sentiment", {"ł": "l"}, lower=False, fold=fold_for_sentiment)
"""Marks and ``ł``: the char n-gram features of the sentiment model (models/sentiment/v4).

The model lower-cases first; ``Ł`` is not mapped (it stays, as it did when v4 was trained).
"""

MATCHING = FoldPreset(
    "matching",
    {"ł": "l", "ß": "ss", "đ": "d", "ø": "o", "æ": "ae", "’": "'", "ʼ": "'"},
    lower=True,
    fold=fold_for_matching,
)
"""Lower case, marks and the letters people replace when typing without diacritics:
the form every taxonomy regex is written against."""


def fold(text: str, preset: FoldPreset = MATCHING) -> str:
    """Return ``text`` folded by ``preset`` (default: :data:`MATCHING`).

    Hot paths call ``preset.fold`` directly (one call less).

    Args:
        text: Any text.
        preset: :data:`MATCHING`, :data:`SENTIMENT` or :data:`MARKS`.

    Returns:
        The folded text; the same length in characters is not guaranteed.
    """
    return preset.fold(text)
