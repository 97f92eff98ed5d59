"""The supported languages: one module per language, collected in :data:`LANGUAGES`.

To add a language, copy one module (a language of the same script is the closest
start), fill every field, register it below, and follow the checklist in
docs/ARCHITECTURE.md; ``tests/lang/test_languages.py`` names what is still missing.
"""

from __future__ import annotations

from types import MappingProxyType

from vocmine.lang.data.cs import CS
from vocmine.lang.data.de import DE
from vocmine.lang.data.en import EN
from vocmine.lang.data.pl import PL
from vocmine.lang.data.ru import RU
from vocmine.lang.data.sk import SK
from vocmine.lang.data.uk import UK
from vocmine.lang.language import LanguageData

__all__ = ["LANGUAGES", "MIXED_LATIN_LEMMA_ORDER", "SUPPORTED_LANGUAGES"]

LANGUAGES: MappingProxyType[str, LanguageData] = MappingProxyType(
    {data.code: data for data in (PL, CS, SK, RU, UK, EN, DE)}
)
"""Every supported language by ISO 639-1 code, in the default order (an undecided
cs/sk text goes to the earlier one: the order matters)."""

SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(LANGUAGES)
"""Languages vocmine analyses out of the box (ISO 639-1), in :data:`LANGUAGES` order."""

MIXED_LATIN_LEMMA_ORDER: tuple[str, ...] = ("en", "de", "pl", "cs", "sk")
"""simplemma's language order for a Latin-script word whose language is unknown
(every Latin-script language must be listed; simplemma prefers the earlier)."""
