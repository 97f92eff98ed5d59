"""Text processing: diacritic folding, PII redaction, sentence splitting, keyword tokens, stop words."""

from vocmine.nlp.fold import fold
from vocmine.nlp.redact import PII_KINDS, PiiSpan, Redaction, Redactor
from vocmine.nlp.stopwords import stop_words
from vocmine.nlp.text import KeywordAnalyser, TextProcessor

__all__ = [
    "PII_KINDS",
    "KeywordAnalyser",
    "PiiSpan",
    "Redaction",
    "Redactor",
    "TextProcessor",
    "fold",
    "stop_words",
]
