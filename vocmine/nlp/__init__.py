"""Text processing: PII redaction, sentence splitting, keyword tokens, stop words."""

from vocmine.nlp.redact import PII_KINDS, Redaction, Redactor
from vocmine.nlp.stopwords import stop_words
from vocmine.nlp.text import KeywordAnalyzer, TextProcessor

__all__ = ["PII_KINDS", "KeywordAnalyzer", "Redaction", "Redactor", "TextProcessor", "stop_words"]
