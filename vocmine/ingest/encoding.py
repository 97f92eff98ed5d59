"""Decode bytes from exports in UTF-8 or the legacy CEE code pages.

Old exports of CEE companies come in cp1250 / iso-8859-2 (pl, cs, sk, de) and
cp1251 / koi8-r (ru, uk). These single-byte code pages decode almost any byte
string without error, so detection cannot rely on decoding failures alone:
each candidate decoding is scored line by line on how well its letters fit
the alphabet of *one* of the seven supported languages, with penalties for
C1 control characters, symbols glued to letters, Latin and Cyrillic letters
mixed in one word, and upper-case Cyrillic letters inside words (the typical
signature of cp1251 read as koi8-r and back).
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from vocmine.lang.data import LANGUAGES

UTF8_CANDIDATES: tuple[str, ...] = ("utf-8-sig", "utf-8")
LEGACY_CANDIDATES: tuple[str, ...] = ("cp1250", "cp1251", "koi8-r", "iso-8859-2")
"""Legacy code pages tried, in order of preference on equal scores."""

MAX_GARBAGE_RATIO = 0.05
"""Above this share of control/box-drawing/private-use characters a decoding is rejected."""

SCORE_SAMPLE_BYTES = 256 * 1024
"""Only the first bytes are scored (all bytes must still decode), keeping detection fast."""

_ALPHABETS: dict[str, frozenset[str]] = {
    code: data.alphabet for code, data in LANGUAGES.items() if data.alphabet
}
"""Non-ASCII lower-case letters of each language (English needs none)."""

_NEUTRAL_SYMBOLS = frozenset("«»„“”‘’‚–—…•€£°№§×·\u00a0")
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_WORD_INITIAL_NEVER = frozenset("ąęńĺŕ")


class UndecodableError(ValueError):
    """Raised when bytes cannot be decoded into plausible text."""


def _is_garbage(char: str) -> bool:
    code = ord(char)
    if char in "\t\n\r\f":
        return False
    if code < 0x20 or 0x7F <= code <= 0x9F:
        return True
    if 0x2500 <= code <= 0x259F or 0xE000 <= code <= 0xF8FF or char == "\ufffd":
        return True
    return unicodedata.category(char) in ("Cs", "Co", "Cn")


def garbage_ratio(text: str) -> float:
    """Return the share of non-space characters that no human text contains."""
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return 0.0
    return sum(_is_garbage(c) for c in visible) / len(visible)


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def _line_score(line: str) -> float:
    """Score how plausible one decoded line is as text in a supported language."""
    score = 0.0
    letters: list[str] = []
    for index, char in enumerate(line):
        if ord(char) < 0x80:
            continue
        if char.isalpha():
            letters.append(char.lower())
            continue
        if _is_garbage(char):
            score -= 5.0
        elif char in _NEUTRAL_SYMBOLS or ord(char) >= 0x2000:
            continue  # typographic punctuation, emoji
        else:
            before = line[index - 1] if index else " "
            after = line[index + 1] if index + 1 < len(line) else " "
            score -= 2.0 if (before.isalpha() or after.isalpha()) else 0.5
    if letters:
        score += max(
            sum(1.0 if c in alphabet else -3.0 for c in letters) for alphabet in _ALPHABETS.values()
        )
    for word in _WORD_RE.findall(line):
        has_cyr = any(_is_cyrillic(c) for c in word)
        if has_cyr and any(c.isascii() and c.isalpha() for c in word):
            score -= 3.0
        if not has_cyr and word[0].lower() in _WORD_INITIAL_NEVER:
            score -= 2.0
        if has_cyr:
            score -= sum(1.0 for c in word[1:] if c.isupper()) if not word.isupper() else 0.0
    return score


def plausibility_score(text: str) -> float:
    """Return a score of ``text`` as CEE human text; higher is more plausible.

    Args:
        text: A candidate decoding.

    Returns:
        Sum of per-line scores (see module docstring). Only comparable between
        decodings of the same bytes.
    """
    return sum(_line_score(line) for line in text.splitlines())


def _strict_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def detect_legacy_encoding(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` for the best-scoring legacy code page.

    Args:
        data: Bytes that are not valid UTF-8.

    Raises:
        UndecodableError: If no candidate decodes ``data`` into plausible text.
    """
    best: tuple[float, str, str] | None = None
    sample = data[:SCORE_SAMPLE_BYTES]
    for encoding in LEGACY_CANDIDATES:
        text = _strict_decode(data, encoding)
        if text is None:
            continue
        sample_text = text if len(data) <= SCORE_SAMPLE_BYTES else sample.decode(encoding)
        if garbage_ratio(sample_text) > MAX_GARBAGE_RATIO:
            continue
        score = plausibility_score(sample_text)
        if best is None or score > best[0]:
            best = (score, text, encoding)
    if best is None:
        raise UndecodableError(
            f"bytes are neither UTF-8 nor plausible text in {', '.join(LEGACY_CANDIDATES)}"
        )
    return best[1], best[2]


def decode_bytes(data: bytes, declared: str = "auto") -> tuple[str, str]:
    """Decode ``data`` with the declared encoding or a detected one.

    With ``declared="auto"``: a UTF-8 BOM gives ``utf-8-sig``; valid UTF-8 gives
    ``utf-8``; otherwise the legacy code pages cp1250, cp1251, koi8-r and
    iso-8859-2 are scored (see :func:`plausibility_score`) and the best wins.

    Args:
        data: Raw bytes of a file or a line.
        declared: ``"auto"`` or a Python codec name (used strictly, no detection).

    Returns:
        ``(text, encoding_used)``.

    Raises:
        UndecodableError: If the declared codec fails or is unknown, or no
            candidate yields plausible text.

    Example:
        >>> decode_bytes("Zásilka nepřišla".encode("cp1250"))
        ('Zásilka nepřišla', 'cp1250')
    """
    if declared.lower() != "auto":
        try:
            codecs.lookup(declared)
        except LookupError as err:
            raise UndecodableError(f"unknown encoding {declared!r}") from err
        text = _strict_decode(data, declared)
        if text is None:
            raise UndecodableError(f"bytes are not valid {declared}")
        return text, declared
    if data.startswith(codecs.BOM_UTF8):
        text = _strict_decode(data, "utf-8-sig")
        if text is not None:
            return text, "utf-8-sig"
    text = _strict_decode(data, "utf-8")
    if text is not None:
        if garbage_ratio(text) > MAX_GARBAGE_RATIO:
            raise UndecodableError("bytes decode as UTF-8 but are mostly control characters")
        return text, "utf-8"
    return detect_legacy_encoding(data)
