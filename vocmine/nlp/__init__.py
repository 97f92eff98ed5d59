"""Text processing: diacritic folding, PII redaction, sentence splitting, keyword tokens, stop words."""

from vocmine.nlp.fold import fold
from vocmine.nlp.redact import PII_KINDS, Redaction, Redactor
from vocmine.nlp.stopwords import stop_words
from vocmine.nlp.text import KeywordAnalyser, TextProcessor

__all__ = [
    "PII_KINDS",
    "KeywordAnalyser",
    "Redaction",
    "Redactor",
    "TextProcessor",
    "fold",
    "stop_words",
]
