"""Stop words per language: spaCy's lists plus short lists of customer-service filler.

The filler words are greetings, politeness and chat noise that carry no topic
("dzień dobry", "děkuji", "здравствуйте", "hallo"); they would otherwise top every
c-TF-IDF topic representation. Domain words (order, parcel, refund ...) are
deliberately *not* here: they are what topics are made of.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from vocmine.lang.data import LANGUAGES

__all__ = ["CX_FILLER_WORDS", "stop_words", "union_stop_words"]


CX_FILLER_WORDS: dict[str, frozenset[str]] = {
    code: data.filler_words for code, data in LANGUAGES.items()
}
"""Customer-service filler per language, lower case (``LanguageData.filler_words``)."""


@cache
def stop_words(lang: str) -> frozenset[str]:
    """Return the lower-cased stop words of one language.

    Args:
        lang: ISO 639-1 code; languages spaCy does not know get only their filler list
            (a supported language uses the spaCy language of its ``LanguageData``).

    Returns:
        spaCy's stop words for ``lang`` plus :data:`CX_FILLER_WORDS` for it.
    """
    import spacy.util

    try:
        data = LANGUAGES.get(lang)
        defaults = spacy.util.get_lang_class(data.spacy_lang if data else lang).Defaults
        spacy_words = {word.lower() for word in defaults.stop_words}
    except (ImportError, KeyError, ValueError):
        spacy_words = set()
    return frozenset(spacy_words | CX_FILLER_WORDS.get(lang, frozenset()))


def union_stop_words(languages: Iterable[str]) -> frozenset[str]:
    """Return the union of :func:`stop_words` over ``languages``."""
    out: set[str] = set()
    for lang in languages:
        out |= stop_words(lang)
    return frozenset(out)
