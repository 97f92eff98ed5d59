"""PII redaction: replace personal data in customer texts with placeholders.

Kinds and placeholders:

=============== ================ ==================================================
kind            placeholder      what is matched
=============== ================ ==================================================
``email``       ``[EMAIL]``      e-mail addresses
``url_token``   ``[URL]``        URLs carrying secrets (``token=``, ``key=``,
                                 ``sig=``, session ids, long random path segments);
                                 harmless URLs are kept as they are
``card``        ``[CARD]``       13-19 digit payment card numbers passing Luhn
``iban``        ``[IBAN]``       IBANs with a valid mod-97 check (and Polish
                                 26-digit NRB account numbers)
``pesel``       ``[PESEL]``      Polish PESEL: 11 digits, checksum and birth date
``birth_number`` ``[BIRTH_NUMBER]`` Czech/Slovak rodné číslo: YYMMDD/XXX(X)
``phone``       ``[PHONE]``      phone numbers in PL/CZ/SK/RU/UA/DE/US formats
=============== ================ ==================================================

Matches are collected kind by kind in the order above; a later kind never
matches inside an earlier match (so a card number is not also a phone), and
numbers inside kept URLs are left alone. Checksums and date checks keep order
numbers, dates, prices and ratings out.

Example:
    >>> Redactor().redact("Pište na jan.novak@seznam.cz nebo volejte +420 777 123 456").text
    'Pište na [EMAIL] nebo volejte [PHONE]'
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

__all__ = ["PII_KINDS", "PLACEHOLDERS", "Redaction", "Redactor"]

PLACEHOLDERS: dict[str, str] = {
    "email": "[EMAIL]",
    "url_token": "[URL]",
    "card": "[CARD]",
    "iban": "[IBAN]",
    "pesel": "[PESEL]",
    "birth_number": "[BIRTH_NUMBER]",
    "phone": "[PHONE]",
}
"""Placeholder per kind; the dict order is the matching order."""
PII_KINDS: tuple[str, ...] = tuple(PLACEHOLDERS)
"""Every kind the redactor knows."""

_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}\b")
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"'`]+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?)]}»"
_SECRET_PARAM_RE = re.compile(
    r"(?:token|key|sig|signature|session|sessionid|sid|secret|password|passwd|pwd|auth|"
    r"otp|jwt|hash|credential|code)$",
    re.IGNORECASE,
)
_QUERY_NAME_RE = re.compile(r"[?&;#]([^=&;#/?]+)=")
_SESSION_PATH_RE = re.compile(r"session", re.IGNORECASE)
_HEX_RE = re.compile(r"[0-9a-fA-F]{24,}")
_SEGMENT_RE = re.compile(r"[A-Za-z0-9_\-]{16,}")

_DIGIT_GROUPS = r"(?<![\w+/.,-])\d(?:[ -]?\d){%d,%d}(?![\w/]|[.,-]\d)"
_CARD_RE = re.compile(_DIGIT_GROUPS % (12, 18))
_IBAN_RE = re.compile(r"(?<!\w)[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?(?!\w)")
_NRB_RE = re.compile(r"(?<![\w+/.,-])\d{2}(?:[ ]?\d{4}){6}(?![\w/]|[.,-]\d)")
_PESEL_RE = re.compile(r"(?<![\w+/.,-])\d{11}(?![\w/]|[.,-]\d)")
_BIRTH_NUMBER_RE = re.compile(r"(?<![\w+/.,-])\d{6}/\d{3,4}(?![\w/]|[.,-]\d)")
_BIRTH_NUMBER_KEYWORD_RE = re.compile(
    r"(?i)(?:\brodn\w*|\br\.\s?č\.?|\brč\b|\brc\b)[^\d\n]{0,15}(\d{9,10})(?![\w/]|[.,-]\d)"
)
_SEP = r"[ .\-/]?"
_PHONE_PATTERNS = [
    # International: +48 600 700 800, +420 777 123 456, +7 (495) 123-45-67, 0049 171 1234567
    r"(?<![\w+])(?:\+|00)\d{1,3}[ .\-]?(?:\(\d{1,5}\)[ .\-]?)?\d{1,5}(?:[ .\-/]?\d{1,5}){1,5}",
    # US: (555) 123-4567
    r"(?<!\w)\(\d{3}\)[ ]?\d{3}[ .\-]\d{4}(?!\w)",
    # Russian trunk prefix: 8 (495) 123-45-67, 8 900 123 45 67
    r"(?<![\w+])8[ \-]?(?:\(\d{3,5}\)|\d{3})[ \-]?\d{2,3}[ \-]?\d{2}[ \-]?\d{2}(?!\w)",
    # Groups of 3: 600 700 800, 600-700-800, 555-123-4567
    r"(?<![\w+/.,-])\d{3}[ \-]\d{3}[ \-]\d{3,4}(?![\w/]|[.,-]\d)",
    # Trunk 0 with an area/mobile code: 0171 1234567, 030/12345678, 067 123 45 67
    r"(?<![\w+/.,-])0\d{2,4}[ /\-]\d{2,8}(?:[ \-]\d{2,4}){0,3}(?![\w/]|[.,-]\d)",
]
_PHONE_RE = re.compile("|".join(f"(?:{p})" for p in _PHONE_PATTERNS))
_PHONE_KEYWORD_NUMBER_RE = re.compile(
    r"(?i)\b(?:tel|phone|mobile|mobil|telefon\w*|komórk\w*|komork\w*|тел\w*|моб\w*|handy|"
    r"call|whatsapp|sms|(?:mój|moj|můj|muj|my|мой|мій|meine?) (?:numer|číslo|cislo|number|номер|"
    r"nummer))"
    r"[^\d\n]{0,12}(\d{9,13})(?!\w)"
)
_IBAN_LENGTHS = {
    "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20,
    "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IT": 27,
    "LT": 20, "LU": 20, "LV": 21, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24,
    "SI": 19, "SK": 24, "UA": 29, "BY": 28, "MD": 24, "KZ": 20, "RU": 33,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Redaction:
    """A redacted text.

    Attributes:
        text: The text with personal data replaced by placeholders.
        kinds: Sorted unique kinds that were found (e.g. ``["email", "phone"]``).
    """

    text: str
    kinds: list[str]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def luhn_valid(number: str) -> bool:
    """Return whether a digit string passes the Luhn checksum."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_valid(candidate: str) -> bool:
    """Return whether ``candidate`` (spaces allowed) is an IBAN with a valid mod-97 check."""
    iban = candidate.replace(" ", "").upper()
    expected = _IBAN_LENGTHS.get(iban[:2])
    if expected is None or len(iban) != expected or not iban[2:4].isdigit():
        return False
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def _valid_date(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def pesel_valid(number: str) -> bool:
    """Return whether an 11-digit string is a PESEL (checksum and encoded birth date)."""
    if len(number) != 11 or not number.isdigit():
        return False
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(d) * w for d, w in zip(number, weights, strict=False)) % 10) % 10
    if check != int(number[10]):
        return False
    yy, mm, dd = int(number[:2]), int(number[2:4]), int(number[4:6])
    century = {0: 1900, 1: 2000, 2: 2100, 3: 2200, 4: 1800}.get(mm // 20)
    return century is not None and _valid_date(century + yy, mm % 20, dd)


def birth_number_valid(number: str) -> bool:
    """Return whether a 9- or 10-digit string is a Czech/Slovak rodné číslo.

    10 digits: divisible by 11 (or the pre-1986 rule: first nine mod 11 is 10 and the
    last digit 0). 9 digits: only people born before 1954. Months may carry +50 (women),
    +20 or +70 (extra series since 2004).
    """
    if len(number) not in (9, 10) or not number.isdigit():
        return False
    yy, mm, dd = int(number[:2]), int(number[2:4]), int(number[4:6])
    if len(number) == 9:
        if yy >= 54:
            return False
        year = 1900 + yy
    else:
        value = int(number)
        if value % 11 and not (int(number[:9]) % 11 == 10 and number[9] == "0"):
            return False
        year = 2000 + yy if yy < 54 else 1900 + yy
    for offset in (0, 50, 20, 70):
        if 1 <= mm - offset <= 12:
            if offset in (20, 70) and year < 2004:
                return False
            return _valid_date(year, mm - offset, dd)
    return False


def url_has_secret(url: str) -> bool:
    """Return whether a URL carries a token, key, signature, session or random-looking id."""
    for name in _QUERY_NAME_RE.findall(url):
        if _SECRET_PARAM_RE.search(name.strip().replace("-", "_").split("_")[-1]):
            return True
    try:
        path = urlsplit(url if "://" in url else "http://" + url).path
    except ValueError:
        path = url
    if _SESSION_PATH_RE.search(path):
        return True
    for segment in _SEGMENT_RE.findall(path):
        has_digit = any(ch.isdigit() for ch in segment)
        has_upper = any(ch.isupper() for ch in segment)
        has_lower = any(ch.islower() for ch in segment)
        if _HEX_RE.fullmatch(segment) and has_digit:
            return True
        if has_digit and has_upper and has_lower:
            return True
        if has_digit and "-" not in segment and len(segment) >= 24:
            return True
    return False


class Redactor:
    """Replace personal data in texts with placeholders such as ``[EMAIL]``.

    Args:
        kinds: Kinds to redact (see :data:`PII_KINDS`); None redacts all of them.

    Raises:
        ValueError: From :meth:`redact` if ``kinds`` names an unknown kind (checked lazily).

    Example:
        >>> Redactor(kinds=["phone"]).redact("Zadzwoń: 600-700-800, zamówienie 123456").text
        'Zadzwoń: [PHONE], zamówienie 123456'
    """

    def __init__(self, kinds: Sequence[str] | None = None) -> None:
        self.kinds = kinds

    def _active_kinds(self) -> frozenset[str]:
        active = getattr(self, "active_kinds_", None)
        if active is None:
            requested = PII_KINDS if self.kinds is None else tuple(self.kinds)
            unknown = sorted(set(requested) - set(PII_KINDS))
            if unknown:
                raise ValueError(f"unknown PII kinds {unknown}; known: {list(PII_KINDS)}")
            active = self.active_kinds_ = frozenset(requested)
        return active

    def redact(self, text: str) -> Redaction:
        """Return ``text`` with personal data replaced and the kinds found.

        Args:
            text: Any text.

        Returns:
            The redacted text and the sorted unique kinds that were replaced.
        """
        active = self._active_kinds()
        if not text:
            return Redaction(text="", kinds=[])
        replaced: list[tuple[int, int, str]] = []  # (start, end, kind), non-overlapping
        blocked: list[tuple[int, int]] = []  # spans later kinds must not touch

        def free(start: int, end: int) -> bool:
            return all(end <= s or start >= e for s, e in blocked)

        def take(start: int, end: int, kind: str) -> None:
            blocked.append((start, end))
            if kind in active:
                replaced.append((start, end, kind))

        for m in _EMAIL_RE.finditer(text):
            take(m.start(), m.end(), "email")
        for m in _URL_RE.finditer(text):
            start, end = m.start(), m.end()
            while end > start and text[end - 1] in _URL_TRAILING:
                end -= 1
            if url_has_secret(text[start:end]) and "url_token" in active:
                replaced[:] = [r for r in replaced if r[1] <= start or r[0] >= end]
                replaced.append((start, end, "url_token"))
            blocked.append((start, end))
        for kind, pattern, check in self._numeric_rules():
            for m in pattern.finditer(text):
                group = 1 if pattern.groups else 0
                start, end = m.start(group), m.end(group)
                if free(start, end) and check(m.group(group)):
                    take(start, end, kind)
        if not replaced:
            return Redaction(text=text, kinds=[])
        parts: list[str] = []
        position = 0
        for start, end, kind in sorted(replaced):
            parts.append(text[position:start])
            parts.append(PLACEHOLDERS[kind])
            position = end
        parts.append(text[position:])
        return Redaction(text="".join(parts), kinds=sorted({kind for _, _, kind in replaced}))

    @staticmethod
    def _numeric_rules() -> list[tuple[str, re.Pattern[str], Callable[[str], bool]]]:
        return [
            ("card", _CARD_RE, _card_check),
            ("iban", _IBAN_RE, iban_valid),
            ("iban", _NRB_RE, lambda s: iban_valid("PL" + _digits(s))),
            ("pesel", _PESEL_RE, pesel_valid),
            ("birth_number", _BIRTH_NUMBER_RE, _birth_number_check),
            ("birth_number", _BIRTH_NUMBER_KEYWORD_RE, birth_number_valid),
            ("phone", _PHONE_RE, _phone_check),
            ("phone", _PHONE_KEYWORD_NUMBER_RE, lambda s: True),
        ]


def _card_check(candidate: str) -> bool:
    digits = _digits(candidate)
    return 13 <= len(digits) <= 19 and digits[0] in "23456" and luhn_valid(digits)


def _birth_number_check(candidate: str) -> bool:
    # Bare 9-10 digit numbers count only after a keyword (rodné číslo, RČ): without the
    # slash they are far more often phone or order numbers.
    return birth_number_valid(_digits(candidate))


def _phone_check(candidate: str) -> bool:
    return 9 <= len(_digits(candidate)) <= 15
