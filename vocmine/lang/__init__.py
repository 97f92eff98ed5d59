"""Language identification for customer texts."""

from vocmine.lang._langdetect import LangdetectBackend
from vocmine.lang._lingua import LinguaBackend
from vocmine.lang.detect import BACKENDS, DetectorBackend, LanguageDetector, LanguageGuess

__all__ = [
    "BACKENDS",
    "DetectorBackend",
    "LangdetectBackend",
    "LanguageDetector",
    "LanguageGuess",
    "LinguaBackend",
]
