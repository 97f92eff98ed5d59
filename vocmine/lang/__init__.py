"""Language identification for customer texts."""

from vocmine.lang.detect import LanguageDetector, LanguageGuess

__all__ = ["LanguageDetector", "LanguageGuess"]
