"""vocmine: offline voice-of-customer text mining for CEE languages."""

__version__ = "0.1.0"

SUPPORTED_LANGUAGES: tuple[str, ...] = ("pl", "cs", "sk", "ru", "uk", "en", "de")
"""Languages vocmine analyses out of the box (ISO 639-1)."""
