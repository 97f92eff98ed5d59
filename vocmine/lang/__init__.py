"""Language identification and per-language data for customer texts.

:data:`LANGUAGES` holds one :class:`LanguageData` per supported language (modules in
:mod:`vocmine.lang.data`); the detector, stop words, lemmatizers, sentiment cues,
contrast markers and signal siblings all read from it.
"""

from vocmine.lang._langdetect import LangdetectBackend
from vocmine.lang._lingua import LinguaBackend
from vocmine.lang.data import LANGUAGES, MIXED_LATIN_LEMMA_ORDER, SUPPORTED_LANGUAGES
from vocmine.lang.detect import BACKENDS, DetectorBackend, LanguageDetector, LanguageGuess
from vocmine.lang.language import LanguageData

__all__ = [
    "BACKENDS",
    "LANGUAGES",
    "MIXED_LATIN_LEMMA_ORDER",
    "SUPPORTED_LANGUAGES",
    "DetectorBackend",
    "LangdetectBackend",
    "LanguageData",
    "LanguageDetector",
    "LanguageGuess",
    "LinguaBackend",
]
