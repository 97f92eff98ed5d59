"""Stop words per language: spaCy's lists plus short lists of customer-service filler.

The filler words are greetings, politeness and chat noise that carry no topic
("dzień dobry", "děkuji", "здравствуйте", "hallo"); they would otherwise top every
c-TF-IDF topic representation. Domain words (order, parcel, refund ...) are
deliberately *not* here: they are what topics are made of.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

__all__ = ["CX_FILLER_WORDS", "stop_words", "union_stop_words"]


def _words(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of ``text`` as a set."""
    return frozenset(text.split())


CX_FILLER_WORDS: dict[str, frozenset[str]] = {
    "pl": _words(
        "dzień dobry witam pozdrawiam pozdrowienia dziękuję dziekuje dzięki dzieki "
        "proszę prosze szanowni szanowny państwo panstwo pan pani ok okej xd hej cześć "
        "czesc serdecznie uprzejmie niestety generalnie ogólnie ogolnie naprawdę "
        "naprawde"
    ),
    "cs": _words(
        "dobrý dobry den dobrý den zdravím zdravim děkuji dekuji díky diky prosím "
        "prosim pozdravem s pozdravem vážení vazeni vážený pane paní pani ok xd ahoj "
        "čau cau bohužel bohuzel prostě proste fakt"
    ),
    "sk": _words(
        "dobrý dobry deň den zdravím zdravim ďakujem dakujem vďaka vdaka prosím prosim "
        "pozdravom s pozdravom vážení vazeni pán pani ok xd ahoj čau cau bohužiaľ "
        "bohuzial proste"
    ),
    "ru": _words(
        "здравствуйте добрый день вечер утро спасибо пожалуйста уважаемые уважаемый "
        "привет ок хорошо вообще просто очень короче блин"
    ),
    "uk": _words(
        "добрий день вечір ранок дякую будь ласка шановні шановний привіт вітаю ок "
        "добре взагалі просто дуже"
    ),
    "en": _words(
        "hello hi hey dear thanks thank please regards kind sincerely ok okay lol xd "
        "yes yeah just really guys get got would could also still"
    ),
    "de": _words(
        "hallo guten tag morgen abend danke vielen dank bitte grüße gruesse "
        "freundlichen sehr geehrte geehrter liebe lieber ok okay leider eigentlich halt "
        "mal"
    ),
}
"""Customer-service filler per language, lower case."""


@cache
def stop_words(lang: str) -> frozenset[str]:
    """Return the lower-cased stop words of one language.

    Args:
        lang: ISO 639-1 code; languages spaCy does not know get only their filler list.

    Returns:
        spaCy's stop words for ``lang`` plus :data:`CX_FILLER_WORDS` for it.
    """
    import spacy.util

    try:
        defaults = spacy.util.get_lang_class(lang).Defaults
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
