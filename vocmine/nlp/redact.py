"""PII redaction: replace personal data in customer texts with placeholders.

Kinds and placeholders:

================ ==================== ===============================================
kind             placeholder          what is matched
================ ==================== ===============================================
``email``        ``[EMAIL]``          e-mail addresses
``url_token``    ``[URL]``            URLs carrying secrets (``token=``, ``key=``,
                                      ``sig=``, session ids, long random path
                                      segments); harmless URLs are kept as they are
``card``         ``[CARD]``           13-19 digit payment card numbers passing Luhn
``iban``         ``[IBAN]``           IBANs with a valid check (and Polish 26-digit
                                      NRB account numbers)
``pesel``        ``[PESEL]``          Polish PESEL: 11 digits, checksum, birth date
``birth_number`` ``[BIRTH_NUMBER]``   Czech/Slovak rodné číslo: YYMMDD/XXX(X)
``national_id``  ``[NATIONAL_ID]``    German Steuer-ID, Ukrainian RNOKPP (ІПН),
                                      Russian SNILS and 12-digit personal INN
``tax_id``       ``[TAX_ID]``         Polish NIP and REGON, Czech IČO/DIČ, Slovak
                                      IČ DPH, German USt-IdNr, Russian 10-digit INN
                                      and OGRN, Ukrainian EDRPOU, EU VAT numbers
``phone``        ``[PHONE]``          phone numbers valid for the text's country
                                      (or any supported one), international ones
``address``      ``[ADDRESS]``        street lines with a house number, postcodes
                                      with a city, a postcode after "PLZ", "PSČ" ...
``name``         ``[NAME]``           a person's name after a greeting ("Dear Mr"),
                                      a closing ("Best regards,"), a label
                                      ("Kontaktní osoba") or a self-introduction
                                      ("nazywam się"); a known first name after a
                                      role word or ending the text
================ ==================== ===============================================

Every checksum is python-stdnum's (SNILS excepted: stdnum has no module for it);
phone numbers are validated by phonenumbers. Fast regexes find candidates first, and
only candidates are validated. Short checksum ids (8-10 digits: IČO, EDRPOU, NIP, INN,
REGON ...) pass a mod-11 check by chance about once in ten, so a bare number counts
only after its keyword ("NIP", "IČO", "ИНН" ...); formatted forms ("123-456-32-18",
"CZ25596641", SNILS "112-233-445 95") stand alone.

Names are found after the greetings and closings of every language's
:class:`~vocmine.lang.LanguageData` (the lists :mod:`vocmine.nlp.customer_text` uses),
a "-- " signature separator, and its ``salutations`` (with labels such as "Kontaktní
osoba", "Ansprechpartner", "ФИО") and ``introductions``: one to three capitalised words;
the cue stays, a title right before the name (``honorifics``: Pani, Herr, Ing., Dr. ...)
goes with it (docs/redaction.md), and words in ``non_names`` ("Zespół", "Team",
"Kundenservice", month and weekday names) end the search. Lower-case words are never
names. A known first name (``first_names``) also
counts after a role word (``person_nouns``: "operator Marina", "a man called Dave"), as
the last words of a text after its last sentence ("... Prosím o nový termín, Eva"), and
anywhere before a capitalised surname ("Kurier Mariusz Sikora"; not a brand named after a
person, ``_PERSON_LIKE_BRANDS``, nor before a ``non_names`` word: "Victoria Station").

A phone number written as one run of digits without a phone keyword counts when
phonenumbers types it ``MOBILE`` for the text's countries ("pod 696246498"); right
after an order, invoice, account ... keyword ("zamówienie nr", "Bestellnummer") no
national number is a phone.

A text's language (``lang``) or a source's country (``region``) chooses the countries
whose national phone numbers count; with neither, every supported country counts.

Matches are collected kind by kind; a later kind never matches inside an earlier match
(so a card number is not also a phone), and numbers inside kept URLs are left alone.
Checksums and date checks keep order numbers, dates, prices and ratings out.

Example:
    >>> Redactor().redact("Pište na jan.novak@seznam.cz nebo volejte +420 777 123 456").text
    'Pište na [EMAIL] nebo volejte [PHONE]'
    >>> r = Redactor().redact("Dobrý den, pane Nováku, PSČ 110 00", lang="cs")
    >>> r.text, [(s.start, s.end, s.kind) for s in r.spans]
    ('Dobrý den, [NAME], PSČ [ADDRESS]', [(11, 22, 'name'), (28, 34, 'address')])
"""

from __future__ import annotations

import codecs
import re
import string
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's opcodes, stable since 3.11
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import ahocorasick
import phonenumbers
from mypy_extensions import mypyc_attr
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.by import unp as by_unp
from stdnum.ch import ssn as ch_ssn
from stdnum.ch import uid as ch_uid
from stdnum.cz import bankaccount as cz_bankaccount
from stdnum.cz import dic as cz_dic
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr as de_idnr
from stdnum.de import stnr as de_stnr
from stdnum.de import vat as de_vat
from stdnum.eu import vat as eu_vat
from stdnum.gb import nhs as gb_nhs
from stdnum.gb import utr as gb_utr
from stdnum.gb import vat as gb_vat
from stdnum.ie import pps as ie_pps
from stdnum.ie import vat as ie_vat
from stdnum.pl import nip as pl_nip
from stdnum.pl import pesel as pl_pesel
from stdnum.pl import regon as pl_regon
from stdnum.ru import inn as ru_inn
from stdnum.ru import ogrn as ru_ogrn
from stdnum.sk import dph as sk_dph
from stdnum.sk import rc as sk_rc
from stdnum.ua import edrpou as ua_edrpou
from stdnum.ua import rntrc as ua_rntrc

from vocmine.lang.data import LANGUAGES
from vocmine.nlp.fold import MATCHING
from vocmine.nlp.name_lexicon import (
    FIRST_NAMES,
    HAND_WRITTEN_FIRST_NAMES,
    first_name,
    has_name_evidence,
    surname_shaped,
)
from vocmine.nlp.native_build import check_compiled_module

if TYPE_CHECKING:
    from vocmine.nlp.name_tagger import NameTagger

check_compiled_module(__name__)  # a mypyc build must match this source (native_build)

__all__ = ["PII_KINDS", "PLACEHOLDERS", "PiiSpan", "Redaction", "Redactor"]

PLACEHOLDERS: dict[str, str] = {
    "email": "[EMAIL]",
    "url_token": "[URL]",
    "card": "[CARD]",
    "iban": "[IBAN]",
    "pesel": "[PESEL]",
    "birth_number": "[BIRTH_NUMBER]",
    "national_id": "[NATIONAL_ID]",
    "tax_id": "[TAX_ID]",
    "phone": "[PHONE]",
    "address": "[ADDRESS]",
    "name": "[NAME]",
}
"""Placeholder per kind."""
PII_KINDS: tuple[str, ...] = tuple(PLACEHOLDERS)
"""Every kind the redactor knows."""

ALL_PHONE_REGIONS: tuple[str, ...] = tuple(
    dict.fromkeys(r for data in LANGUAGES.values() for r in data.phone_regions)
)
"""Countries whose national phone numbers count when neither language nor region is known."""


@dataclass(frozen=True, slots=True)
class PiiSpan:
    """Where one piece of personal data was, as offsets into the original text.

    Attributes:
        start: Offset of the first character.
        end: Offset after the last character.
        kind: One of :data:`PII_KINDS`.
    """

    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class Redaction:
    """A redacted text.

    Attributes:
        text: The text with personal data replaced by placeholders.
        kinds: Sorted unique kinds that were found (e.g. ``["email", "phone"]``).
        spans: What was replaced, as offsets into the original text; sorted, never
            overlapping.
    """

    text: str
    kinds: list[str]
    spans: tuple[PiiSpan, ...] = ()


# --- regex helpers ---------------------------------------------------------------------

_REGEX_SPECIALS = frozenset("\\.^$*+?{}[]|()")


def _regex_class_end(regex: str, start: int) -> int:
    """Return the index of the ``]`` closing the class opened at ``regex[start]``."""
    index = start + (2 if regex[start + 1 : start + 2] == "^" else 1)
    index += 1  # a "]" first is a literal
    while regex[index] != "]":
        index += 2 if regex[index] == "\\" else 1
    return index


def _regex_group_end(regex: str, start: int) -> int:
    """Return the index of the ``)`` closing the group opened at ``regex[start]``."""
    depth = 0
    index = start
    while index < len(regex):
        char = regex[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _regex_class_end(regex, index)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    raise ValueError(f"unbalanced group in {regex!r}")


def _regex_branches(regex: str) -> list[str]:
    """Split ``regex`` at its top-level ``|``."""
    branches: list[str] = []
    depth = begin = index = 0
    while index < len(regex):
        char = regex[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index = _regex_class_end(regex, index)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(regex[begin:index])
            begin = index + 1
        index += 1
    branches.append(regex[begin:])
    return branches


def _leading_choice_expanded(alternatives: list[str]) -> list[str]:
    """Return ``alternatives`` with a leading choice written out, in the same order.

    A leading group ("(?:za|)volej", "(me|moje) jmeno") becomes one alternative per
    branch, a leading class of plain characters ("[uú]čet") one per
    character: at any position the alternation matches as before (its alternatives are
    tried in the same order, and a group's branches were tried in theirs), so that each
    alternative starts with a plain character (:func:`_first_char_factored`). A
    capturing group's capture is lost: only for patterns whose numbered groups are not
    read.
    """
    expanded: list[str] = []
    for alternative in alternatives:
        if alternative.startswith("["):
            end = _regex_class_end(alternative, 0)
            body = alternative[1:end]
            if body.startswith("^") or "\\" in body or "-" in body:
                raise ValueError(f"not a plain class: {alternative!r}")
            choices = list(dict.fromkeys(body))
        elif alternative.startswith("("):
            end = _regex_group_end(alternative, 0)
            inner = alternative[1:end]
            if inner.startswith("?:"):
                inner = inner[2:]
            elif inner.startswith("?"):
                raise ValueError(f"not a plain group: {alternative!r}")
            choices = _regex_branches(inner)
        else:
            expanded.append(alternative)
            continue
        if alternative[end + 1 : end + 2] in ("?", "*", "+", "{"):
            raise ValueError(f"a quantified leading choice: {alternative!r}")
        expanded += _leading_choice_expanded([c + alternative[end + 1 :] for c in choices])
    return expanded


_PLAIN_CHAR_RE = re.compile(r"\\[^\w\s]|[^\\.^$*+?{}\[\]|()\n]")
"""A regex's plain first character: a literal, or an escaped punctuation mark."""


def _by_plain_char(rests: list[str]) -> dict[str, list[str]] | None:
    """Group ``rests`` by their plain first character (in their order), or None if one has none."""
    groups: dict[str, list[str]] = {}
    for rest in rests:
        char = _PLAIN_CHAR_RE.match(rest)
        if char is None or rest[char.end() : char.end() + 1] in ("?", "*", "{", "+"):
            return None
        groups.setdefault(char.group(), []).append(rest[char.end() :])
    return groups


def _first_char_factored(
    alternatives: list[str], not_after: str | None = None, two_chars: bool = False
) -> str:
    """Return ``(?<!not_after)(?:alternatives)`` as a regex whose search skips ahead.

    Each alternative must start with a plain character; they are grouped by it (in their
    order, so the same alternative matches), and the look-behind follows that first
    character, so that the pattern starts with a set of characters the search can look
    for instead of trying every position, and only one group is tried there.

    With ``two_chars``, a group whose alternatives all go on with a plain character is
    grouped again by that one, and the look-behind follows the second character (``..``:
    neither is a line break): where the first characters are common letters, most places
    a search stops at are inside words, and the second character turns them down before
    the look-behind, which costs more.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative[0]
        if first in _REGEX_SPECIALS or alternative[1:2] in ("?", "*", "{", "+") or first == "\n":
            raise ValueError(f"no plain first character: {alternative!r}")
        groups.setdefault(first, []).append(alternative[1:])
    branches = []
    for first, rests in groups.items():
        seconds = _by_plain_char(rests) if two_chars and not_after is not None else None
        if seconds is None:
            after = "" if not_after is None else f"(?<!{not_after}.)"
            branches.append(f"{re.escape(first)}{after}(?:{'|'.join(rests)})")
        else:
            branches.append(
                re.escape(first)
                + "(?:"
                + "|".join(
                    f"{second}(?<!{not_after}..)(?:{'|'.join(more)})"
                    for second, more in seconds.items()
                )
                + ")"
            )
    return "(?:" + "|".join(branches) + ")"


_CASE_EXTRAS = {
    "i": "\u0130\u0131",
    "k": "\u212a",
    "s": "\u017f",
    "в": "\u1c80",
    "д": "\u1c81",
    "о": "\u1c82",
    "с": "\u1c83",
    "т": "\u1c84\u1c85",
    "ъ": "\u1c86",
}
"""The characters besides a letter's upper and lower case that ``re.IGNORECASE`` matches
it with ("ſ" for "s", the Kelvin sign for "k"), for the Latin and Cyrillic letters of the
seven languages; tests/nlp/test_redact_regex.py checks them against ``re`` itself."""
_IGNORECASE_FIRST_CHARS: set[str] = set()
"""The first letters of the alternatives :func:`_ignorecase_factored` was given."""


def _case_variants(letter: str) -> set[str]:
    """The characters ``(?i:letter)`` matches (see :data:`_CASE_EXTRAS`)."""
    lower = letter.lower()
    _IGNORECASE_FIRST_CHARS.add(lower)
    variants = {letter, lower, letter.upper(), *_CASE_EXTRAS.get(lower, "")}
    return {v for v in variants if len(v) == 1}


def _ignorecase_groups(alternatives: list[str]) -> dict[str, list[str]]:
    """Group ``alternatives`` by their first letter (lower case, in their order): the rests."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative[0]
        if not first.isalpha() or alternative[1:2] in ("?", "*", "{", "+"):
            raise ValueError(f"no plain first letter: {alternative!r}")
        groups.setdefault(first.lower(), []).append(alternative[1:])
    return groups


def _ignorecase_by_char(groups: dict[str, list[str]]) -> dict[str, str]:
    """Each case variant of each group's letter, mapped to that letter (they are disjoint)."""
    by_char: dict[str, str] = {}
    for letter in groups:
        for char in _case_variants(letter):
            if by_char.setdefault(char, letter) != letter:
                raise ValueError(f"{char!r} is a case of {letter!r} and of {by_char[char]!r}")
    return by_char


def _ignorecase_factored(alternatives: list[str], not_after: str | None = None) -> str:
    """Return ``(?<!not_after)(?i:alternatives)`` as a regex whose search skips ahead.

    Under ``re.IGNORECASE`` a pattern gets no set of first characters to look for, so its
    search tries every position. Here each case of each first letter (:func:`_case_variants`)
    starts a branch of its own, a plain character, followed by the ``not_after``
    look-behind (as in :func:`_first_char_factored`) and the alternatives starting with
    that letter (case-insensitively, in their order): the search looks for the branches'
    first characters, and at one only its branch goes on (``re`` passes over a branch
    whose first character is another by one comparison; a look-behind per letter, as
    before, cost a matcher context per letter). Each alternative must start with a plain
    letter.
    """
    groups = _ignorecase_groups(alternatives)
    after = "" if not_after is None else f"(?<!{not_after}.)"
    return (
        "(?:"
        + "|".join(
            f"{re.escape(char)}{after}(?i:{'|'.join(groups[letter])})"
            for char, letter in sorted(_ignorecase_by_char(groups).items())
        )
        + ")"
    )


def _mixed_case_factored(alternatives: list[tuple[str, bool]], not_after: str | None = None) -> str:
    """Return ``(?<!not_after)(?:alternatives)`` by first character, in any case or not.

    Each alternative is matched in any case (``True``: as ``(?i:alternative)``) or as
    written (``False``). As :func:`_ignorecase_factored` and :func:`_first_char_factored`: a branch per
    character an alternative may start with (every case of an any-case one's letter), the
    alternatives starting with it in their order (only those can match there).
    """
    groups: dict[str, list[str]] = {}
    for alternative, any_case in alternatives:
        first, rest = alternative[0], alternative[1:]
        if not first.isalpha() or rest[:1] in ("?", "*", "{", "+"):
            raise ValueError(f"no plain first letter: {alternative!r}")
        for char in sorted(_case_variants(first)) if any_case else [first]:
            groups.setdefault(char, []).append(f"(?i:{rest})" if any_case else rest)
    after = "" if not_after is None else f"(?<!{not_after}.)"
    return (
        "(?:"
        + "|".join(f"{re.escape(c)}{after}(?:{'|'.join(rests)})" for c, rests in groups.items())
        + ")"
    )


_TABLE_CHARS_END = 0x3000
"""The code points below this (Latin, Greek, Cyrillic and the other alphabets, the
punctuation, symbols and dingbats) are what the texts are made of."""
_TABLE_CHARS = "".join(map(chr, range(_TABLE_CHARS_END)))
"""Every code point below :data:`_TABLE_CHARS_END`, to list a class's members by ``re``."""


def _class_ranges(chars: Iterable[str]) -> str:
    r"""Return a regex class body listing ``chars`` (sorted) as ``\uXXXX`` ranges."""
    runs: list[list[int]] = []
    for code in map(ord, chars):
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(
        f"\\u{first:04x}" if first == last else f"\\u{first:04x}-\\u{last:04x}"
        for first, last in runs
    )


def _table_class(excluded: str) -> str:
    r"""Return a class matching what ``[^excluded]`` matches, mostly by one table look-up.

    ``excluded`` is a class body of category escapes (``\D``; ``\W\d_``, whose
    class is a letter). ``re`` decides a category by Unicode look-ups for each character
    it tries, which a search that skips to a class's first match does for every character
    of the text; the class returned excludes the characters below
    :data:`_TABLE_CHARS_END` that ``excluded`` holds by their code points first, which
    ``re`` compiles into one bitmap: most characters that cannot start a match are
    turned down by it. The categories stay for the rest (letters and digits of other
    scripts, astral ones), so the class matches the same characters as ``[^excluded]``
    (found with ``re`` itself; tests/nlp/test_redact_regex.py checks all of Unicode). Not
    for ``re.IGNORECASE`` patterns, whose classes add every listed character's cases.
    """
    return f"[^{_class_ranges(re.findall(f'[{excluded}]', _TABLE_CHARS))}{excluded}]"


def _table_first(first: str) -> str:
    r"""Return a regex matching one character of the class ``first``, found by a table.

    For a class mixing a category with other characters (``[+(\d]``), which
    :func:`_table_class` cannot list: the class returned holds the characters below
    :data:`_TABLE_CHARS_END` that ``first`` matches and every character from there on
    (one bitmap and one range, no category), so a search skips to it by a look-up; the
    look-behind after it then checks the character against ``first`` itself, so the
    same characters match. Not for ``re.IGNORECASE`` patterns.
    """
    members = _class_ranges(re.findall(first, _TABLE_CHARS))
    return f"[{members}\\u{_TABLE_CHARS_END:04x}-\\U0010ffff](?<={first})"


_DIGIT_CLASS = _table_class(r"\D")
r"""``\d``, a search skipping to it by one look-up per character."""
_LETTER_CLASS = _table_class(r"\W\d_")
r"""``[^\W\d_]`` (a letter), a search skipping to it by one look-up per character."""


def _first_chars(regex: str) -> frozenset[str] | None:
    """Return the characters a match of ``regex`` can start with, or None if unsure.

    Only literal characters, groups and branches of them, and optional groups (``?``,
    ``*``, or an empty branch: ``(?:X|)``) before more of the same are understood;
    anything else (classes, escapes, look-arounds, flags, a match that may be empty) gives
    None.
    """
    if not regex:
        return None
    char = regex[0]
    if char != "(":
        if char in _REGEX_SPECIALS or regex[1:2] in ("?", "*", "{"):
            return None
        return frozenset(char)
    end = _regex_group_end(regex, 0)
    inner = regex[1:end]
    if inner.startswith("?:"):
        inner = inner[2:]
    elif inner.startswith("?"):
        return None
    chars: set[str] = set()
    optional = False  # an empty branch: "(?:X|)", the same as "(?:X)?"
    for branch in _regex_branches(inner):
        if not branch:
            optional = True
            continue
        first = _first_chars(branch)
        if first is None:
            return None
        chars |= first
    quantifier = regex[end + 1 : end + 2]
    if optional:
        if quantifier in ("?", "*", "{", "+"):
            return None
        after = _first_chars(regex[end + 1 :])
        if after is None:
            return None
        chars |= after
    elif quantifier in ("?", "*"):
        rest = regex[end + 2 :]
        if rest[:1] in ("?", "+"):
            rest = rest[1:]
        after = _first_chars(rest)
        if after is None:
            return None
        chars |= after
    elif quantifier in ("{", "+"):
        return None
    return frozenset(chars)


def _parsed_prefixes(items: Any, k: int, any_flags: bool = False) -> set[str] | None:
    """Return the first ``k`` characters of the strings a parsed regex matches, or None.

    ``items`` is a sequence of ``re._parser`` items; a string shorter than ``k`` is a
    whole match. Literals, classes of literals and ranges, groups without flags, branches,
    repeats and zero-width items (anchors, look-arounds: read as matching nothing, which
    only adds prefixes) are understood; anything else (categories, negated classes, any
    character, flags) gives None. With ``any_flags``, a group's flags are passed over (for
    a caller that adds every case variant of the characters itself).
    """
    results = {""}
    for op, av in items:
        pending = {r for r in results if len(r) < k}
        if not pending:
            break
        piece = _parsed_item_prefixes(op, av, k, any_flags)
        if piece is None:
            return None
        results = (results - pending) | {(r + p)[:k] for r in pending for p in piece}
    return results


def _parsed_item_prefixes(op: Any, av: Any, k: int, any_flags: bool = False) -> set[str] | None:
    """:func:`_parsed_prefixes` of one parsed item."""
    if op is sre.LITERAL:
        return {chr(av)}
    if op is sre.IN:
        chars: set[str] = set()
        for member_op, member in av:
            if member_op is sre.LITERAL:
                chars.add(chr(member))
            elif member_op is sre.RANGE and member[1] - member[0] < 1000:
                chars.update(map(chr, range(member[0], member[1] + 1)))
            else:
                return None
        return chars
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if (add_flags or del_flags) and not any_flags:
            return None
        return _parsed_prefixes(body, k, any_flags)
    if op is sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            prefixes = _parsed_prefixes(branch, k, any_flags)
            if prefixes is None:
                return None
            out |= prefixes
        return out
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        if low > k:
            return None
        out = set()
        for times in range(low, min(high, k) + 1):
            prefixes = _parsed_prefixes(list(body) * times, k, any_flags)
            if prefixes is None:
                return None
            out |= prefixes
        return out
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {""}
    return None


def _second_chars(regexes: Iterable[str], first: str) -> frozenset[str] | None:
    """Return what may follow ``first`` in a match of any of ``regexes`` (None: anything).

    None also where unsure: a regex :func:`_parsed_prefixes` cannot read, or one that may
    match ``first`` alone or nothing.
    """
    seconds: set[str] = set()
    for regex in regexes:
        parsed = sre_parse.parse(regex)
        if parsed.state.flags & re.IGNORECASE:
            return None
        prefixes = _parsed_prefixes(parsed, 2)
        if prefixes is None or "" in prefixes or first in prefixes:
            return None
        seconds.update(prefix[1] for prefix in prefixes if prefix[0] == first)
    return frozenset(seconds)


def _second_chars_any_case(alternatives: Iterable[str]) -> dict[str, set[str]] | None:
    """Return, by first character, what may follow it in a match of any of ``alternatives``.

    The alternatives are matched under ``re.IGNORECASE``: every case variant of both
    characters counts. None if unsure. Read by :func:`_parsed_prefixes` with the groups' flags passed over (adding every
    case variant covers a ``(?-i:...)`` group too); None for an alternative it cannot
    read or one that may match fewer than two characters.
    """
    seconds: dict[str, set[str]] = {}
    for alternative in alternatives:
        prefixes = _parsed_prefixes(sre_parse.parse(alternative), 2, any_flags=True)
        if prefixes is None or any(len(prefix) < 2 for prefix in prefixes):
            return None
        for prefix in prefixes:
            following = _case_variants(prefix[1])
            for first in _case_variants(prefix[0]):
                seconds.setdefault(first, set()).update(following)
    return seconds


def _alternative_first_chars(regex: str) -> frozenset[str] | None:
    """:func:`_first_chars`, also of a class of plain characters or a ``(?-i:...)`` group."""
    if regex.startswith("(?-i:"):
        return _alternative_first_chars(regex[5 : _regex_group_end(regex, 0)])
    if regex.startswith("["):
        end = _regex_class_end(regex, 0)
        body = regex[1:end]
        if body.startswith("^") or "\\" in body or "-" in body or regex[end + 1 : end + 2] in "?*{":
            return None
        return frozenset(body)
    return _first_chars(regex)


class _WordStartSearch:
    r"""An ``(?i)(?<!\w)(?:alternatives)...`` pattern searched only where a match may start.

    Under ``re.IGNORECASE`` the pattern's own search tries every position; this one
    tries it only at the letters its alternatives can start with (in any case, see
    :func:`_case_variants`) that follow no word character, which a plain class finds
    quickly. The matches are the pattern's own (``finditer``: leftmost, not overlapping).
    """

    __slots__ = ("pattern", "starts")

    def __init__(self, pattern: re.Pattern[str], alternatives: list[str]) -> None:
        letters: set[str] = set()
        for alternative in alternatives:
            first = _alternative_first_chars(alternative)
            if first is None or not all(c.isalpha() for c in first):
                raise ValueError(f"no plain first letter: {alternative!r}")
            for letter in first:
                letters |= _case_variants(letter)
        self.pattern = pattern
        seconds = _second_chars_any_case(alternatives)
        if seconds is None:
            self.starts = re.compile(
                "[" + "".join(re.escape(c) for c in sorted(letters)) + r"](?<!\w.)"
            )
        else:  # each first letter only before a letter that may follow it in a match
            self.starts = re.compile(
                "(?:"
                + "|".join(
                    re.escape(c)
                    + r"(?<!\w.)(?=["
                    + "".join(re.escape(n) for n in sorted(seconds[c]))
                    + "])"
                    for c in sorted(letters)
                )
                + ")"
            )

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        """Return the matches of ``pattern.finditer(string, pos, endpos)``."""
        end = len(string) if endpos is None else endpos
        matches: list[re.Match[str]] = []
        after = pos
        for start in self.starts.finditer(string, pos, end):
            at = start.start()
            if at < after:
                continue
            m = self.pattern.match(string, at, end)
            if m is not None:
                matches.append(m)
                after = m.end()
                if after <= at:  # max(m.end(), at + 1), without the call
                    after = at + 1
        return matches

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """Return ``pattern.search(string, pos, endpos)``."""
        end = len(string) if endpos is None else endpos
        for start in self.starts.finditer(string, pos, end):
            m = self.pattern.match(string, start.start(), end)
            if m is not None:
                return m
        return None

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """Return ``pattern.match(string, pos, endpos)``."""
        return self.pattern.match(string, pos, len(string) if endpos is None else endpos)


class _LineStartSearch:
    r"""A ``(?m)^...`` pattern searched only at line starts.

    A pattern that starts with ``^`` gives the search no character to skip ahead to: it
    tries every position. This one matches the pattern at the text's start and then
    looks for ``\n`` followed by the pattern's body (a literal first character, which the
    search finds quickly); each hit's line start is matched with the pattern itself, so
    the matches are the pattern's own (``finditer``: leftmost, not overlapping).
    """

    __slots__ = ("after_break", "pattern")

    def __init__(self, regex: str) -> None:
        flags, caret, body = regex.partition(")^")
        if not caret or not flags.startswith("(?") or "m" not in flags:
            raise ValueError(f"not a (?m)^ pattern: {regex!r}")
        self.pattern = re.compile(regex)
        self.after_break = re.compile(flags + ")\n(?:" + body + ")")

    def _next(self, string: str, pos: int) -> re.Match[str] | None:
        """The first match at a line start from ``pos`` on (the text's start is 0's)."""
        if pos == 0:
            first = self.pattern.match(string)
            if first is not None:
                return first
        hit = self.after_break.search(string, pos - 1 if pos > 0 else 0)
        return None if hit is None else self.pattern.match(string, hit.start() + 1)

    def finditer(self, string: str) -> list[re.Match[str]]:
        """Return the matches of ``pattern.finditer(string)``."""
        matches: list[re.Match[str]] = []
        m = self._next(string, 0)
        while m is not None:
            matches.append(m)
            end, start = m.end(), m.start()
            m = self._next(string, end if end > start else start + 1)
        return matches

    def search(self, string: str) -> re.Match[str] | None:
        """Return ``pattern.search(string)``."""
        return self._next(string, 0)


def _top_level_branches(regex: str) -> list[str]:
    """Split a regex without groups or classes holding "|" at its "|"."""
    return regex.split("|")


# --- checksums (python-stdnum) --------------------------------------------------------


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def luhn_valid(number: str) -> bool:
    """Return whether a digit string passes the Luhn checksum."""
    return luhn.is_valid(number)


def iban_valid(candidate: str) -> bool:
    """Return whether ``candidate`` (spaces allowed) is a valid IBAN."""
    return std_iban.is_valid(candidate.upper())


def pesel_valid(number: str) -> bool:
    """Return whether an 11-digit string is a PESEL (checksum and encoded birth date)."""
    return len(number) == 11 and pl_pesel.is_valid(number)


def birth_number_valid(number: str) -> bool:
    """Return whether a 9- or 10-digit string is a Czech/Slovak rodné číslo."""
    return cz_rc.is_valid(number) or sk_rc.is_valid(number)


def snils_valid(number: str) -> bool:
    """Return whether ``number`` is a Russian SNILS (11 digits, checksum).

    python-stdnum has no SNILS module, hence this one: the first nine digits weighted
    9..1, the sum modulo 101 (100 counts as 0) is the last two digits. Numbers up to
    001-001-998 carry no checksum and are not accepted.
    """
    digits = _digits(number)
    if len(digits) != 11 or int(digits[:9]) <= 1001998:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(9, 0, -1), strict=True))
    return total % 101 % 100 == int(digits[9:])


def pl_id_card_valid(number: str) -> bool:
    """Return whether ``number`` is a Polish ID card number (ABC123456, check digit 4th).

    python-stdnum has no module for it, hence this one: letters count A=10 .. Z=35; the
    other eight characters weighted 7 3 1 7 3 1 7 3, summed modulo 10, give the fourth.
    """
    number = number.replace(" ", "").upper()
    if len(number) != 9 or not number[:3].isalpha() or not number[3:].isdigit():
        return False
    values = [ord(ch) - 55 for ch in number[:3]] + [int(ch) for ch in number[4:]]
    weights = (7, 3, 1, 7, 3, 1, 7, 3)
    return sum(v * w for v, w in zip(values, weights, strict=True)) % 10 == int(number[3])


SK_BANK_CODES = frozenset(
    ("0200", "0720", "0900", "1100", "1111", "3000", "3100", "5200", "5600", "5900", "6500")
    + ("7300", "7500", "7930", "8050", "8100", "8120", "8130", "8160", "8170", "8180", "8191")
    + ("8300", "8320", "8330", "8360", "8370", "8410", "8420", "8430", "8440", "8450")
)
"""Slovak bank codes (the National Bank of Slovakia's list of payment institutions)."""


def domestic_account_valid(number: str) -> bool:
    """Return whether ``number`` is a Czech or Slovak domestic account ("19-2000145399/0800").

    Both countries write accounts as ``prefix-number/bank`` with the same weighted mod-11
    check digits. python-stdnum knows the Czech banks only; a Slovak bank code
    (:data:`SK_BANK_CODES`) gets the same check by standing in a Czech code.
    """
    if cz_bankaccount.is_valid(number):
        return True
    account, _, bank = number.rpartition("/")
    return bank in SK_BANK_CODES and cz_bankaccount.is_valid(account + "/0800")


def _cz_ico_valid(number: str) -> bool:
    # Czech and Slovak IČO share the algorithm of the 8-digit Czech DIČ.
    return len(number) == 8 and number.isdigit() and cz_dic.is_valid(number)


def _sk_dph_valid(number: str) -> bool:
    return sk_dph.is_valid(number if number[:2].upper() == "SK" else "SK" + number)


def _de_vat_valid(number: str) -> bool:
    return de_vat.is_valid(number if number[:2].upper() == "DE" else "DE" + number)


IdCheck = Callable[[str], "str | None"]


def _kind_if(check: Callable[[str], bool], kind: str) -> IdCheck:
    return lambda number: kind if check(number) else None


def _inn_kind(number: str) -> str | None:
    if not ru_inn.is_valid(number):
        return None
    return "tax_id" if len(number) == 10 else "national_id"


_NIP: IdCheck = _kind_if(pl_nip.is_valid, "tax_id")
_REGON: IdCheck = _kind_if(pl_regon.is_valid, "tax_id")
_ICO: IdCheck = _kind_if(_cz_ico_valid, "tax_id")
_CZ_DIC: IdCheck = _kind_if(cz_dic.is_valid, "tax_id")
_SK_DPH: IdCheck = _kind_if(_sk_dph_valid, "tax_id")
_DE_VAT: IdCheck = _kind_if(_de_vat_valid, "tax_id")
_EU_VAT: IdCheck = _kind_if(eu_vat.is_valid, "tax_id")
_GB_VAT: IdCheck = _kind_if(gb_vat.is_valid, "tax_id")
_IDNR: IdCheck = _kind_if(de_idnr.is_valid, "national_id")
_NHS: IdCheck = _kind_if(gb_nhs.is_valid, "national_id")
_UTR: IdCheck = _kind_if(gb_utr.is_valid, "tax_id")
_NINO_RE = re.compile(
    r"[A-CEGHJ-PR-TW-Z](?<![\w+/.,-].)[A-CEGHJ-NPR-TW-Z]([ ]?)\d{2}\1\d{2}\1\d{2}\1[A-D](?!\w)"
)
"""A UK National Insurance number ("AB 12 34 56 C", "AB123456C"): no checksum."""
_NINO_KEYWORD_RE = re.compile(r"(?i)(?:national[ \t]+insurance|\bNI(?:NO|)\b)[^\n]{0,25}$")
"""What must come before a NINO written without spaces (a product code looks the same)."""
_NINO_NOT_ISSUED = ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
_DE_STNR: IdCheck = _kind_if(de_stnr.is_valid, "tax_id")  # format only: after its keyword
_OGRN: IdCheck = _kind_if(ru_ogrn.is_valid, "tax_id")
_SNILS: IdCheck = _kind_if(snils_valid, "national_id")
_EDRPOU: IdCheck = _kind_if(ua_edrpou.is_valid, "tax_id")
_RNOKPP: IdCheck = _kind_if(ua_rntrc.is_valid, "national_id")
_PESEL: IdCheck = _kind_if(pesel_valid, "pesel")
_BIRTH_NUMBER: IdCheck = _kind_if(birth_number_valid, "birth_number")
_BY_UNP: IdCheck = _kind_if(by_unp.is_valid, "tax_id")
_CH_UID: IdCheck = _kind_if(ch_uid.is_valid, "tax_id")
_CH_SSN: IdCheck = _kind_if(ch_ssn.is_valid, "national_id")
_IE_VAT: IdCheck = _kind_if(ie_vat.is_valid, "tax_id")
_IE_PPS: IdCheck = _kind_if(ie_pps.is_valid, "national_id")


def _inn_with_kpp(number: str) -> str | None:
    """Return ``tax_id`` for a Russian organisation's INN written before its KPP."""
    return "tax_id" if len(number) == 10 and ru_inn.is_valid(number) else None


_ID_KEYWORDS: dict[str, tuple[str, tuple[IdCheck, ...]]] = {
    # group: (keyword regex, checks tried in order on the number after it)
    "nip": (
        r"NIP|numer\w*[ \t]+identyfikacji[ \t]+podatkowej|numer\w*[ \t]+podatkow\w*",
        (_NIP, _EU_VAT),
    ),
    "pesel": (r"PESEL", (_PESEL,)),  # "PESEL 730314 50139": grouped digits
    "regon": (r"REGON|Reg\.", (_REGON,)),
    "icdph": (r"I[ČC][ \t]?DPH", (_SK_DPH, _EU_VAT)),
    "dic": (r"DI[ČC]", (_CZ_DIC, _SK_DPH, _EU_VAT)),
    # the IČO is "the identification number"; in Slovakia the statistics office issues it
    "ico": (
        r"I[ČC]O?|identifika[čc]n[íiéeý]\w*[ \t]+[čc][íi]sl\w*|[šs]tatistick\w*[ \t]+[úu]rad\w*|"
        r"(?:company[ \t]+|)registration[ \t]+(?:no|number)",
        (_ICO,),
    ),
    "ustid": (
        r"USt\.?-?[ \t]?Id(?:\.?-?[ \t]?Nr|)\.?|Umsatzsteuer-?(?:identifikations|)nummer",
        (_DE_VAT, _EU_VAT),
    ),
    "idnr": (
        # the Bundeszentralamt für Steuern (BZSt) sends every resident the IdNr by letter
        r"Steuer-?[ \t]?(?:ID|IdNr|Identifikationsnummer)|IdNr|Identifikationsnummer|"
        r"Bundeszentralamt(?:[ \t]+f(?:ü|ue)r[ \t]+Steuern|)|BZSt|Lohnsteuerbescheinigung\w*",
        (_IDNR,),
    ),
    "inn": (
        r"ИНН|INN|ИИН|номер\w*[ \t]+налогоплательщик\w*",
        (_inn_kind, _RNOKPP),
    ),  # "ИНН" is said for the Ukrainian RNOKPP too
    "ogrn": (
        r"ОГРН(?:ИП|)|OGRN|ЕГРЮЛ|ЕГРИП|основн\w*[ \t]+государственн\w*[ \t]+регистрационн\w*[ \t]+номер\w*|"
        r"(?:primary[ \t]+|)state[ \t]+registration[ \t]+number",
        (_OGRN,),
    ),
    "nhs": (r"NHS(?:[ \t]?(?:number|no|nr)|)", (_NHS,)),
    "utr": (r"UTR|unique[ \t]+taxpayer[ \t]+reference|self[ \t-]+assessment", (_UTR,)),
    "stnr": (r"Steuer-?[ \t]?(?:nummer|nr\.?)|St\.?-?[ \t]?Nr\.?", (_DE_STNR,)),
    "rc": (  # "rodné číslo 631107 0854", "r.č.6311070854", "| RČ | ..."
        # also a CSV header ("rodne_cislo") and the insurance card, which carries it
        r"rodn[eéo]\w*?[ \t_]+[cč][ií]sl\w*|r\.[ \t]?[cč]\.?|R[CČ]|"
        r"(?:karti[čc]k|pr[ůu]kaz|preukaz)\w*[ \t]+(?:poji[šs][ťt]ov|poji[šs]t[ěe]n|poist)\w*",
        (_BIRTH_NUMBER,),
    ),
    # the SNILS is printed on the green insurance card ("зелёная карточка")
    "snils": (
        r"СНИЛС?|SNILS|страхов(?:ой|ого)[ \t]+номер|страхов\w*[ \t]+свидетельств\w*|"
        r"зел[её]н\w*[ \t]+карточк\w*",
        (_SNILS,),
    ),
    "unp": (r"УНП|UNP", (_BY_UNP,)),  # Belarus
    "edrpou": (r"[ЄЕ][ДГ]Р?ПОУ|EDRPOU|ЄДР", (_EDRPOU,)),
    "rnokpp": (
        r"РНОКПП|ІПН|ИПН|RNOKPP|ідентифікаційн(?:ий|ого)(?:[ \t]+(?:код|номер)|)|"
        r"облікової[ \t]+картки[ \t]+платника[ \t]+податків|"
        r"податков(?:ий|ого)[ \t]+номер|код[ \t]+платника[ \t]+податків|"
        r"идентификационн(?:ый|ого)[ \t]+(?:код|номер)|налогов(?:ый|ого)[ \t]+номер",
        (_RNOKPP, _inn_kind),
    ),
    # the number the tax office gave: "numer z urzędu skarbowego", "číslo, co mi přidělil
    # finanční úřad", "номер, который дали в налоговой", "the number HMRC gave me"
    "taxoffice": (
        r"(?:urz[ęeą]d\w*[ \t]+|)skarbow\w*|finan[cč]n\w*[ \t]+(?:[uú][řr]?ad\w*|spr[aá]v\w*)|"
        r"da[ňn]ov\w*[ \t]+[uú]rad\w*|налогов(?:ая|ой|ую)|ФНС|податков(?:а|ій|у|ої)|ДПС|"
        r"HMRC|tax[ \t]+office|Finanzamt\w*|постановк\w*[ \t]+на[ \t]+уч[её]т\w*",
        (_inn_kind, _RNOKPP, _NIP, _PESEL, _IDNR, _UTR, _BIRTH_NUMBER, _CZ_DIC, _SK_DPH),
    ),
    "kod": (r"код", (_RNOKPP,)),  # "візьміть паспорт і код 2445530089": the RNOKPP
    "vat": (
        r"VAT(?:[ \t]?(?:ID|No|Nr|number|reg(?:istration|))|)|(?-i:TIN)|NIF|"
        r"tax[ \t]?(?:ID|number|no|identification[ \t]+number)|DPH|USt",
        # "tax ID" is said for a German IdNr and a Ukrainian RNOKPP too
        (_EU_VAT, _GB_VAT, _NIP, _ICO, _SK_DPH, _DE_VAT, _inn_kind, _EDRPOU, _RNOKPP, _IDNR),
    ),
}
_ID_NUMBER_RE = re.compile(
    _table_first(r"[A-Z\d]") + r"(?<![\d+,].)(?<!\d\..)(?<![^\w.]/.)(?<!\d/.)"
    r"(?:(?<=[A-Z])(?<!\w[A-Z])[A-Z](?:[ ]{1,2}|-|)\d|(?<=\d))(?:(?:[ ]{1,2}|[\-/.]|)\d){6,14}"
    r"(?!\w|[.,-]\d|/(?!\d{9}(?!\d)|[^\W\d_]|\s|$))"
)
"""A number an id keyword may stand before (7-15 digits, maybe with a country prefix), not
after "+", "/", "." or ","; the first character is matched before that look-behind, so
that the search skips ahead to letters and digits. After a word character it counts only
glued to its keyword ("ИНН7701234567", checked in :func:`_keyword_id_kind`); after a "/"
only when a letter or a label's dot stands before it ("REGON/975281194", "USt-IdNr./DE...").
Groups may be parted by two spaces, as scanned invoices have them ("NIP:  679  926  70
20"). A "/" may follow only before a KPP, a word or a space ("ИНН/КПП
7707083893/773601001", "ИНН7707083893/КПП", "REGON/975281194/ ")."""
NUMBER_PREFIX_CHARS = 5
"""How far before its first digit a match of :data:`_ID_NUMBER_RE` or of
:data:`_STANDALONE_IDS` starts at most: a country prefix and its spaces ("DE  12...",
"AT U 12...")."""
_ID_KEYWORD_ALTERNATIVES = [a for regex, _ in _ID_KEYWORDS.values() for a in _regex_branches(regex)]
_ID_KEYWORD_ALTERNATION = (
    r"(?i)(?<!\w)(?:"
    + "|".join(f"(?P<{group}>{regex})" for group, (regex, _) in _ID_KEYWORDS.items())
    + ")"
)
"""Every id keyword, each in the group named after its kind, at a word start."""
_ID_KEYWORD_BEFORE_RE = _WordStartSearch(
    re.compile(_ID_KEYWORD_ALTERNATION + r"(?![^\W\d_])(?=[^\d\n]{0,20}$)"),
    _ID_KEYWORD_ALTERNATIVES,
)
"""An id keyword up to 20 characters (no digit, no new line) before the end of the window,
or glued to it ("ИНН7701234567"); searched at its first letters only."""
ID_KEYWORD_WINDOW = 40
"""How far before a number its keyword is looked for (characters)."""
_EU_VAT_PREFIXES = (
    "AT[ ]?U|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK"
)
_EU_VAT_PREFIXED_RE = re.compile(
    _first_char_factored(_top_level_branches(_EU_VAT_PREFIXES), r"[\w+/,-]").replace(
        r"(?<![\w+/,-].)", r"(?<![\w+/,-].)(?<!\d\..)"
    )
    + r"[ -]?\d(?:[ .\-]?\d){7,11}(?![\w/]|[.,-]\d)"
)
"""An EU VAT number with its country prefix ("CZ 758 32 925", "DE-950905958"), not after a
word character, "+", "/" ..., nor after a number's dot, but right after a label's dot
("USt-IdNr.DE950905958"); the look-behinds follow the first letter, so that the search
skips ahead to the prefixes' letters."""
_PL_ID_CARD_RE = re.compile(r"[A-Z](?<![\dA-Z+/.,-][A-Z])[A-Z]{2}[ ]?\d{6}(?![\w/]|[.,-]\d)")
_DOCUMENT_NUMBER_RE = re.compile(
    _DIGIT_CLASS
    + r"(?<![\d+/.,-]\d)(?:\d[ ]?\d{2}[ ]?(?:(?:№|N|номер)[ ]?|)\d{6}|\d{8}|\d[ ]?(?:№[ ]?|)\d{7}|"
    r"\d{7}-\d{5}|"  # a Ukrainian record number (УНЗР): 19680326-66434
    r"(?P<serial>\d{5,6}))(?![\w/]|[.,-]\d)"
)
"""A passport or ID card number without a checksum: Russian "45 10 370712", a 9-digit
Ukrainian ID card or Czech občanský průkaz, "75 1234567"; or (group ``serial``) the
6-7 digits after a two-letter series (:data:`_DOCUMENT_SERIES_RE`): Ukrainian "КН
123456", a passport "AB1234567". Counted only right after a document word
(:data:`_DOCUMENT_KEYWORD_RE`); the search starts at a digit (cheap)."""
_DOCUMENT_SERIES_RE = re.compile(r"(?<!\w)[A-ZА-ЯІЇЄ]{2}[ ]?(?:№[ ]?|)$")
"""The two-letter series right before a document's serial number."""
_DOCUMENT_WORD = (
    r"(?i:паспорт\w*|passport\w*|reisepass\w*|paszport\w*|(?<!\w)pas(?:u|em|e|y|a|)(?!\w)|"
    r"(?:id|identity)[ \t]+card|dow[oó]d\w*|ob[cč]ansk\w+|občiansk\w+|(?:personal|)ausweis\w*|"
    r"id[ \t]?-?картк\w*|ID-карт\w*|запис\w*|УНЗР|unzr)|(?<!\w)OP(?!\w)"
)
_DOCUMENT_KEYWORD_RE = re.compile("(?:" + _DOCUMENT_WORD + r")(?:[^\d\n.;!?]|(?<=\w)\.(?=[ \t]))*$")
"""A document word before its number on the same line, with no digit and no sentence end
between ("паспорт ", "Паспорт | ", "passport no. ", "pas č. ", "dowodu osobistego męża
(seria i numer ", "občianskeho preukazu je "); searched in a window of
:data:`DOCUMENT_KEYWORD_WINDOW` characters."""
_DOCUMENT_WORD_RE = re.compile(_DOCUMENT_WORD)
_DOCUMENT_GATE_WORDS = ("аспорт", "usweis", "ass", "pas", "reukaz", "růkaz", "OP", "dow", "карт")
"""Substrings of most document words: a text without a 7-digit number is searched for
document numbers (a six-digit serial) only when it holds one."""
"""A document word anywhere (the question line before a chat answer)."""
DOCUMENT_KEYWORD_WINDOW = 45
_ANSWER_LINE_RE = re.compile(r"[ \t]*(?:[^\W\d_][\w .'-]{0,30}:|)[ \t]*$")
"""What may stand before a number alone on its line: a chat label ("Klient: ")."""
_DE_DOCUMENT_RE = re.compile(r"[CFGHJ-NPRTV-Z](?<![\w+/.,-][A-Z])[CFGHJ-NPRTV-Z0-9]{8}(?![\w/])")
"""A German ID card or passport number: nine letters (no vowels) and digits."""
_SNILS_RE = re.compile(
    _DIGIT_CLASS + r"(?<![\w+/.,-]\d)\d{2}([ -])\d{3}\1\d{3}[ -]\d{2}(?![\w/]|[.,-]\d)"
)
"""A SNILS in its groups: 112-233-445 95."""
_IDNR_SPACED_RE = re.compile(
    _DIGIT_CLASS + r"(?<![\w+/.,-]\d)\d \d{3} \d{3} \d{3}(?![\w/]|[.,-]\d)"
)
"""A Steuer-ID in its groups: 36 574 261 809."""
_STANDALONE_IDS: tuple[tuple[re.Pattern[str], tuple[IdCheck, ...]], ...] = (
    # NIP 123-456-32-18 / 123-45-67-819 (optionally PL-prefixed)
    (
        re.compile(
            r"[P\d](?<![\w+/.,-].)(?:(?<=P)L[ ]?\d|(?<=\d))"
            r"(?:\d{2}-\d{3}-\d{2}-\d{2}|\d{2}-\d{2}-\d{2}-\d{3})(?![\w/]|[.,-]\d)"
        ),
        (_NIP,),
    ),
    (_SNILS_RE, (_SNILS,)),  # SNILS 112-233-445 95
    (_IDNR_SPACED_RE, (_IDNR,)),  # Steuer-ID 36 574 261 809
    (_EU_VAT_PREFIXED_RE, (_EU_VAT,)),
    # GB VAT: GB 576 6871 81, GB576687181, GB 123 4567 89 012
    (
        re.compile(r"G(?<![\w+/.,-]G)B[ -]?\d{3}[ ]?\d{4}[ ]?\d{2}(?:[ ]?\d{3}|)(?![\w/]|[.,-]\d)"),
        (_GB_VAT,),
    ),
)
_GATED_STANDALONE_IDS: tuple[tuple[str, re.Pattern[str], tuple[IdCheck, ...]], ...] = (
    # (a piece the text must hold, the pattern, its checks)
    # Irish VAT with its letters: IE6433435F, IE6433435OA, IE8D79739I
    ("IE", re.compile(r"I(?<![\w+/.,-]I)E[ ]?\d[\dA-Z+*]\d{5}[A-W][A-IW]?(?!\w)"), (_IE_VAT,)),
    # Swiss UID: CHE-123.456.788, CHE123456788
    (
        "CHE",
        re.compile(r"C(?<![\w+/.,-]C)HE[ -]?\d{3}\.?\d{3}\.?\d{3}(?![\w/]|[.,-]\d)"),
        (_CH_UID,),
    ),
    # Swiss AHV/AVS number as written (EAN-13 check digit): 756.1234.5678.97; bare, it
    # is too like an order number
    (
        "756.",
        re.compile(r"7(?<![\w+/.,-]7)56\.\d{4}\.\d{4}\.\d{2}(?![\w/]|[.,-]\d)"),
        (_CH_SSN,),
    ),
    # A Russian organisation's INN before its KPP: 7707083893/773601001
    ("/", re.compile(r"\d(?<![\w+/.,-]\d)\d{9}(?=/\d{9}(?!\d))"), (_inn_with_kpp,)),
)
"""Ids that stand alone by their shape, searched only in texts holding their piece."""
_PPS_RE = re.compile(_DIGIT_CLASS + r"(?<![\w+/.,-]\d)\d{6}[A-W][A-IW]?(?!\w)")
"""An Irish PPS number (seven digits, one or two letters): counted after its keyword."""
_PPS_KEYWORD_RE = re.compile(r"(?i)\bPPSN?(?:[ \t]+(?:number|no)|)\b[^\d\n]{0,40}$")
"""The PPS keyword earlier on the line, no digits between ("PPS for the tax form: ")."""


# --- e-mail, URL, card, IBAN, PESEL, rodné číslo ----------------------------------------

_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}\b")
"""An e-mail address (what :func:`_emails` finds)."""
_EMAIL_DOMAIN_RE = re.compile(r"@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}\b")


def _emails(text: str) -> list[tuple[int, int]]:
    r"""Return the spans of ``_EMAIL_RE.finditer(text)``, found from each "@".

    A match holds one "@"; it starts where the run of ``[\w.+-]`` before it starts (its
    look-behind) and exists when the domain follows. Searching for it would try every
    position of the text; this looks at the "@"s only.
    """
    spans: list[tuple[int, int]] = []
    after = 0  # the end of the last match: the next one starts at or after it
    at = text.find("@")
    while at >= 0:
        start = at
        while start and (text[start - 1].isalnum() or text[start - 1] in "_.+-"):
            start -= 1  # \w is a letter, a digit or "_" (str.isalnum or "_")
        if after <= start < at:
            domain = _EMAIL_DOMAIN_RE.match(text, at)
            if domain is not None:
                spans.append((start, domain.end()))
                after = domain.end()
        at = text.find("@", at + 1)
    return spans


_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"'`]+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?)]}»"
_SECRET_PARAM_RE = re.compile(
    r"(?:token|key|sig|signature|session|sessionid|sid|secret|password|passwd|pwd|auth|"
    r"otp|jwt|hash|credential|code|kl[ií][cč]|k[lľ][uú][cč]|schl(?:ü|ue)ssel|has[lł]o|heslo|"
    r"passwort|ключ|токен|пароль)$",
    re.IGNORECASE,
)
_QUERY_NAME_RE = re.compile(r"[?&;#]([^=&;#/?]+)=")
_QUERY_VALUE_RE = re.compile(r"[?&;#][^=&;#/?]+=([^&;#?]+)")
_QUERY_HEX_RE = re.compile(r"[0-9a-fA-F]+")
QUERY_TOKEN_MIN_CHARS = 16
"""A query value this long of letters and digits mixed is a token (``?t=b41f09d2e77a4c1bb8c3``)."""
_SESSION_PATH_RE = re.compile(r"session", re.IGNORECASE)
_HEX_RE = re.compile(r"[0-9a-fA-F]{24,}")
_SEGMENT_RE = re.compile(r"[A-Za-z0-9_\-]{16,}")
_DIGIT_RE = re.compile(_DIGIT_CLASS)
_NUMBER_GATE_RE = re.compile(_DIGIT_CLASS + r"(?:[^\w]{0,3}\d){6}")
"""Seven digits with at most three separators between two (a line break is one: an id
wrapped over lines): every numeric kind has them."""
_RUN_RE = re.compile(_DIGIT_CLASS + r"(?<!\d\d)\d*+")
"""A run of digits (its first digit is one that no digit stands before)."""
_SPAN = re.Match.span


# mypyc compiles a subclass of a built-in only as a plain Python class
@mypyc_attr(native_class=False)
class _RunStarts(list[int]):
    """Where the runs of digits of a text start, in order; ``ends``: each run's end by start."""

    __slots__ = ("ends",)

    ends: dict[int, int]


def _run_starts(text: str) -> _RunStarts:
    """Where the runs of digits of ``text`` start, in order (one search for many patterns).

    The list also carries where each run ends (``ends``), for :func:`_at_runs`.
    """
    ends = dict(map(_SPAN, _RUN_RE.finditer(text)))
    starts = _RunStarts(ends)
    starts.ends = ends
    return starts


def _gate_at_run_starts(text: str, starts: Sequence[int]) -> re.Match[str] | None:
    """Return ``_NUMBER_GATE_RE.search(text)``, tried at ``starts`` (:func:`_run_starts`).

    The leftmost match starts a run of digits: where a digit stands before a match's
    first digit, the gate matches from that digit too.
    """
    for at in starts:
        m = _NUMBER_GATE_RE.match(text, at)
        if m is not None:
            return m
    return None


def _substring_positions(text: str, sub: str) -> list[int]:
    """Where ``sub`` starts in ``text``, by ``str.find``."""
    positions: list[int] = []
    at = text.find(sub)
    while at >= 0:
        positions.append(at)
        at = text.find(sub, at + 1)
    return positions


def _char_positions(text: str, chars: str) -> list[int]:
    """Where ``chars`` (each one character) stand in ``text``, by character."""
    return [at for char in chars for at in _substring_positions(text, char)]


def _at_run_starts(
    pattern: re.Pattern[str], text: str, starts: Sequence[int], pos: int = 0
) -> list[re.Match[str]]:
    """Return the matches of ``pattern.finditer(text, pos)``, tried at ``starts`` only.

    For the patterns of :data:`_AT_RUN_STARTS`, which open with a digit that no digit
    stands before (their look-behinds say so) and match no empty string: a match starts
    only where a run of digits does (``starts``, :func:`_run_starts` of ``text``). Each
    such search scans the text for digits, one class check per character; trying the
    pattern at the runs' starts (13.6 in each of the 146 tickets with a number) gives the same
    matches, leftmost and not overlapping.
    """
    matches: list[re.Match[str]] = []
    after = pos
    for at in starts:
        if at >= after:
            m = pattern.match(text, at)
            if m is not None:
                matches.append(m)
                after = m.end()
    return matches


def _pl_id_cards(text: str, starts: _RunStarts) -> list[re.Match[str]]:
    """Return the matches of ``_PL_ID_CARD_RE.finditer(text)``, tried before runs of six digits.

    A match is three capitals, maybe a space, and six digits that no word character
    follows: its digits are a whole run of six (a capital or the space stands before
    them), so it starts three characters before such a run (four after a space). The
    search stopped at every capital letter of the text; this tries the pattern at those
    few places only (:func:`_run_starts`'s ``starts`` of ``text``). The matches hold
    different runs, so they come leftmost and never overlap, as ``finditer``'s do.
    """
    matches: list[re.Match[str]] = []
    ends = starts.ends
    for at in starts:
        if ends[at] - at == 6:
            begin = at - 4 if text[at - 1 : at] == " " else at - 3
            m = _PL_ID_CARD_RE.match(text, begin) if begin >= 0 else None
            if m is not None:
                matches.append(m)
    return matches


def _at_runs(
    pattern: re.Pattern[str],
    text: str,
    starts: _RunStarts,
    lengths: Container[int],
    pos: int = 0,
) -> list[re.Match[str]]:
    """Return ``_at_run_starts(pattern, text, starts, pos)``, tried at runs of ``lengths`` only.

    ``lengths`` holds every length (in digits) that the run of digits a match of
    ``pattern`` starts with can have (:data:`_RUN_LENGTHS`, read from the pattern: a
    PESEL's eleven digits end its run): at the start of a run of another length the
    pattern cannot match, and it is not called there (most runs are dates, times and
    amounts of one to four digits).
    """
    matches: list[re.Match[str]] = []
    after = pos
    ends = starts.ends
    for at in starts:
        if at >= after and ends[at] - at in lengths:
            m = pattern.match(text, at)
            if m is not None:
                matches.append(m)
                after = m.end()
    return matches


_CARD_RE = re.compile(
    _DIGIT_CLASS + r"(?<!\d\..)(?<![\w+/,-]\d)(?:(?:[ ]{1,3}|-|)\d){12,18}(?![\w/]|[.,-]\d)"
)
"""A card-sized run of digits in groups, as pasted: one separator, or up to three spaces
("2200  2279 4460  7293"), also glued to a label's dot ("card no.4539...")."""
_AMOUNT_NUMBER_RE = re.compile(r"[ \t]+\d{1,3}(?:[ .]\d{3})*(?:[.,]\d{1,2}|)")
"""An amount's number after a card number on a statement line ("1 499,00")."""
_FOUR_GROUPS_RE = re.compile(r"\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?=[ -]\d)")
"""Four groups of four at the start of a longer run: a card and then an amount."""
_SEPARATED_CARD_RE = re.compile(
    _DIGIT_CLASS
    + r"(?<![\w+/.,-]\d)\d{3}(\.|/|[ ]?[-–][ ]?|[ ]/[ ])\d{4}\1\d{4}\1\d{4}(?![\w/]|[.,-]\d)"
)
"""A card number in four groups of four with dots, slashes or spaced dashes between
("4539.7777.7777.7777", "4539 - 7777 - 7777 - 7777")."""
_BROKEN_CARD_RE = re.compile(
    _DIGIT_CLASS
    + r"(?<![\w+/.,-]\d)\d{3}([ -])\d{4}(?:\1\d{4}[ \t]*\n[ \t]*\1?\d{4}|[ \t]*\n[ \t]*\d{4}\1\d{4})"
    r"(?![\w/]|[.,-]\d)"
)
"""A card number in groups of four whose last group a paste or a mail client moved to the
next line ("4622 7367 4808\n6922")."""
_IBAN_RE = re.compile(
    _DIGIT_CLASS + r"(?<=[A-Za-z]{2}\d)(?<!\w[A-Za-z]{2}\d)\d(?:[ \n]?[A-Za-z0-9]{4}){2,7}"
    r"(?:[ \n]?[A-Za-z0-9]{1,3}|)(?!\w)"
)
"""An IBAN from its check digits on (the country code is looked behind at: the search
skips ahead to digits, not to every letter); upper or lower case ("de89 5001 ..."); its
groups may be broken over a line by a mail client ("CZ65 0800 0000\n1920 0014 5399")."""
IBAN_COUNTRY_CHARS = 2
"""The country code before a match of :data:`_IBAN_RE`."""
_LOOSE_IBAN_START_RE = re.compile(
    _DIGIT_CLASS + r"(?:(?<=(?<![\dA-Za-z])[A-Za-z]{2}\d)|(?<=[a-zA-Z][A-Z]{2}\d)"
    r"|(?<=(?<![\dA-Za-z])[A-Z]{2}[ -]\d))\d(?=[ -]{0,3}[\dA-Za-z])"
)
"""The check digits of an IBAN written loosely, after its country code, maybe apart ("SK
25 5600 ...", "CZ-79 ..."), also glued to the word before in capitals ("KontoDE77 ...",
"IBANUA74..."). The search skips ahead to digits; the code starts 2 or 3 characters
before the match."""
_LOOSE_IBAN_CHAR_RE = re.compile(r"(?:[ ]{0,3}|-)([A-Za-z0-9])")
IBAN_MAX_CHARS = 34
IBAN_MIN_CHARS = 15


def _loose_iban(text: str, start: int, end: int) -> int | None:
    """Return where a valid IBAN starting at ``text[start:end]`` ends, or None.

    The characters after the check digits are read with up to three spaces or one dash
    between any two ("CZ69 6210 000000  4718361647", "SK55 0200   0000 0060 ...",
    "CZ79-0600-0000-0038-5574-3452"); the IBAN ends
    where a group ends, at the length its country's structure has (python-stdnum checks
    it with the check digits).
    """
    chars = [text[start:end].replace(" ", "").replace("-", "")]
    ends = [end]
    position = end
    while len(chars) + 3 < IBAN_MAX_CHARS:
        m = _LOOSE_IBAN_CHAR_RE.match(text, position)
        if m is None:
            break
        chars.append(m.group(1))
        position = m.end()
        ends.append(position)
    for count in range(len(chars), IBAN_MIN_CHARS - 3, -1):
        stop = ends[count - 1]
        if stop < len(text) and text[stop].isalnum():
            continue  # inside a group
        if iban_valid("".join(chars[:count])):
            return stop
    return None


_CZ_ACCOUNT_RE = re.compile(
    _DIGIT_CLASS + r"(?<![\w/.,-]\d)(?:\d{0,5}-\d{6,10}|\d{5,9})/\d{4}(?![\w/]|[.,-]\d)"
)
"""A Czech or Slovak domestic account number, prefix-number/bank code ("19-2000145399/0800"),
checked by ``stdnum.cz.bankaccount`` (weights and the bank code); six digits or more, as a
short "123/2010" passes the check by chance."""
_NRB_RE = re.compile(
    _DIGIT_CLASS + r"(?<![\w+/.,-]\d)\d(?:(?:[ ]{1,3}|-|[ \t]*\n[ \t]*|)\d{4}){6}(?![\w/]|[.,-]\d)"
)
"""A Polish account number (NRB) in groups, with up to three spaces between them ("61  1246
 7482 ..."), also over one line break."""
_PESEL_RE = re.compile(_DIGIT_CLASS + r"(?<![\w+/.,-]\d)\d{10}(?![\w/]|[.,-]\d)")
_BIRTH_NUMBER_RE = re.compile(
    _DIGIT_CLASS + r"(?<![\w+/,-]\d)(?<!\d\.\d)(?:\d{5}|(?:[ ]?\d){5}(?=[ ]?/[ ]?\d{4}))"
    r"(?:[ ]?/[ ]?|-)\d{3,4}(?![\w/]|[.,-]\d)"
)
"""A rodné číslo with its slash or a dash: 631107/0854, 631107 / 0854, 631107-0854, also
after an abbreviation's dot ("Rodné č.865127/7030") and, with four digits after the
slash (a checksum), spaced as people write it ("88 09 01 / 4016", "905 702 / 3349")."""
_BIRTH_NUMBER_KEYWORD_RE = re.compile(
    r"[rR](?<!\w.)(?i:odn\w*|\.\s?č\.?|č\b|c\b)[^\d\n]{0,15}(\d{9,10})(?![\w/]|[.,-]\d)"
)

_BIRTH_NUMBER_KEYWORD_RUNS = frozenset({9, 10})
r"""The lengths of the run of digits :data:`_BIRTH_NUMBER_KEYWORD_RE`'s number is: its
``\d{9,10}`` follows a character that is no digit and comes before none."""


def _birth_numbers_after_keyword(text: str, starts: _RunStarts) -> list[re.Match[str]]:
    """Return ``list(_BIRTH_NUMBER_KEYWORD_RE.finditer(text))``, searched only if it can match.

    A match ends with a whole run of nine or ten digits (:data:`_BIRTH_NUMBER_KEYWORD_RUNS`);
    most texts with numbers have none (:func:`_run_starts`'s ``starts`` of ``text`` say),
    and the search, which stopped at every "r", is skipped.
    """
    ends = starts.ends
    for at in starts:
        if ends[at] - at in _BIRTH_NUMBER_KEYWORD_RUNS:
            return list(_BIRTH_NUMBER_KEYWORD_RE.finditer(text))
    return []


_SIGNATURE_ID_RE = re.compile(r"(?m)(?:^|,[ \t]*)(\d(?:[ ]?\d){7,11})[ \t]*$")
"""A bare 8-12 digit number (maybe in groups) alone on a line or after "Name, " at a line's
end."""
SIGNATURE_ID_LINES = 3
"""How many lines from the text's end a bare id may stand (the signature block)."""
_SIGNATURE_ID_CHECKS: dict[str, tuple[IdCheck, ...]] = {
    "CZ": (_BIRTH_NUMBER,),
    "SK": (_BIRTH_NUMBER,),
    "UA": (_RNOKPP,),
}
_KNOWN_COUNTRY_SIGNATURE_ID_CHECKS: dict[str, tuple[IdCheck, ...]] = {
    "PL": (_NIP,),
    "RU": (_inn_kind, _SNILS),
    "DE": (_IDNR,),
    "GB": (_NHS, _GB_VAT),
    "UA": (_EDRPOU,),  # a company's code under its name
}
"""More bare ids under a signature, for a text whose country is known (with every
country's checks at once, a random number would pass one of them too often)."""
_BLOCK_ID_CHECKS: dict[str, tuple[IdCheck, ...]] = {
    "PL": (_NIP, _REGON, _PESEL),
    "CZ": (_ICO, _CZ_DIC, _BIRTH_NUMBER),
    "SK": (_ICO, _SK_DPH, _BIRTH_NUMBER),
    "RU": (_inn_kind, _OGRN, _SNILS),
    "UA": (_EDRPOU, _RNOKPP),
    "DE": (_IDNR, _DE_VAT),
    "GB": (_GB_VAT, _UTR, _NHS),
}
"""Checks on a bare number in a company or address block, for a text whose country is
known: the registration and tax numbers printed under a company's name and address."""
_BLOCK_HEAD_RE = re.compile(
    r"(?i)(?<!\d)(?:\d{2}-\d{3}|\d{3}[ ]\d{2}|\d{4,6})[ \t]+[A-ZÀ-ŽА-ЯЁЄІЇ][^\W\d_]+"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}\b"
)
"""What shows a line is a postal address: a postcode before its town, or a UK postcode."""
_BLOCK_ID_RE = re.compile(r"(?m)(?:^|,[ \t]*)(\d(?:[ ]?\d){7,14})[ \t]*$")
"""A bare 8-15 digit number alone on its line (an OGRNIP has 15)."""
_BLOCK_ID_NUMBER_RE = re.compile(r"(?m)(\d(?:[ ]?\d){7,14})[ \t]*$")
""":data:`_BLOCK_ID_RE` from its number on (which starts a run of digits)."""


def _block_id_numbers(text: str, starts: Sequence[int], first: int) -> list[tuple[int, int]]:
    """Return the numbers (group 1) of ``_BLOCK_ID_RE.finditer(text, first)``.

    ``first`` is a line start, ``starts`` :func:`_run_starts` of ``text``. That pattern
    has no first character to skip ahead to (``^``), so its search tries every position;
    its number starts a run of digits at a line start or after a comma and spaces or
    tabs, and ends its line: each run is tried, the comma looked for before it (the
    matches, each ending a line, do not overlap).
    """
    numbers: list[tuple[int, int]] = []
    after = first
    for at in starts:
        if at < after:
            continue
        if at and text[at - 1] != "\n":
            j = at - 1
            while j >= 0 and text[j] in " \t":
                j -= 1
            if j < 0 or text[j] != "," or j < first:
                continue
        m = _BLOCK_ID_NUMBER_RE.match(text, at)
        if m is not None:
            numbers.append(m.span(1))
            after = m.end()
    return numbers


BLOCK_ID_LINES_UP = 4
"""How many lines above a bare number its block's company or address line may stand."""
"""Checks on a bare id in a signature block, by phone region (the text's country)."""


# --- phones (phonenumbers) --------------------------------------------------------------

_PHONE_PATTERNS = [
    # International: +48 600 700 800, +420 777 123 456, +7 (495) 123-45-67, 0049 171 1234567
    r"(?:\+(?<![\w+]\+)|0(?<![\w+]0)0)\d{1,3}[ .\-]?(?:\(\d{1,5}\)[ .\-]?|)\d{1,5}(?:[ .\-/]?\d{1,5}){1,5}",
    # Country code in brackets: (+48) 729 089 418, (+49) 30 1234567
    r"\((?<!\w\()\+\d{1,3}\)[ .\-]?\d{1,5}(?:[ .\-/]?\d{1,5}){1,5}",
    # Trunk 0 before an area code in brackets: 0(67)8244998, 0 (44) 123-45-67
    r"0(?<![\w+/.,-]0)[ ]?\(\d{2,4}\)[ ]?\d{2,4}(?:[ .\-]?\d{2,4}){1,2}(?![\w/]|[.,-]\d)",
    # Area code in brackets: (555) 123-4567, (067) 123-45-67, (0 22) 123 45 67
    r"\((?<!\w\()(?:0[ ]?|)\d{2,4}\)[ ]?\d{2,4}(?:[ .\-]?\d{2,4}){1,2}(?![\w/]|[.,-]\d)",
    # Russian trunk prefix: 8 (495) 123-45-67, 8 900 123 45 67
    r"8(?<![\w+]8)[ \-]?(?:\(\d{3,5}\)|\d{3})[ \-]?\d{2,3}[ \-]?\d{2}[ \-]?\d{2}(?!\w)",
    # Groups of 3: 600 700 800, 600-700-800, 555-123-4567, 777 123 456
    r"\d(?<![\w+/.,-]\d)\d{2}[ \-]\d{3}[ \-]\d{3,4}(?![\w/]|[.,-]\d)",
    # The same with dots: 600.700.800
    r"\d(?<![\w+/.,-]\d)\d{2}\.\d{3}\.\d{3,4}(?![\w/]|[.,-]\d)",
    # Czech/Slovak grouping in pairs: 605 33 44 19, 777-12-34-56
    r"\d(?<![\w+/.,-]\d)\d{2}[ \-]\d{2}[ \-]\d{2}[ \-]\d{2}(?![\w/]|[.,-]\d)",
    # Polish landline: 22 123 45 67, 12-345-67-89
    r"\d(?<![\w+/.,-]\d)\d[ \-]\d{3}[ \-]\d{2}[ \-]\d{2}(?![\w/]|[.,-]\d)",
    # Trunk 0 with an area/mobile code: 0171 1234567, 030/12345678, 067 123 45 67,
    # Bratislava 02 123 456 78, 0171.1234567; a switchboard's "-0" or extension may
    # follow (0871 538562-0)
    r"0(?<![\w+/.,-]0)\d{1,4}(?:[ /\-]|\.(?=\d{6,8}(?![\d.])))\d{2,8}(?:[ \-]\d{2,4}){0,3}"
    r"(?![\w/]|[.,]\d|-\d{3})",
]
_PHONE_FIRST_CHARS = {"\\+": "\\+", "0": "0", "\\(": "\\(", "8": "8", "\\d": "\\d"}


def _after_first_char(pattern: str) -> str:
    """Return a phone pattern with its first character (or choice of them) looked behind at."""
    if pattern.startswith("(?:"):  # "(?:\+(?<!...)|0(?<!...)0)..."
        end = _regex_group_end(pattern, 0)
        return (
            "(?:"
            + "|".join(_after_first_char(b) for b in _regex_branches(pattern[3:end]))
            + ")"
            + pattern[end + 1 :]
        )
    first = next(f for f in _PHONE_FIRST_CHARS if pattern.startswith(f))
    return f"(?<={first})" + pattern[len(first) :]


_PHONE_RE = re.compile(
    _table_first(r"[+(\d]")
    + "(?:"
    + "|".join(f"(?:{_after_first_char(p)})" for p in _PHONE_PATTERNS)
    + ")"
)
"""Any of :data:`_PHONE_PATTERNS`: the first character is matched by one class (the
search skips ahead to it), each pattern looks behind at it."""
_PHONE_KEYWORD = (
    r"tel|phone|mobile|mobil|telef[oó]n\w*|komórk\w*|komork\w*|тел\w*|моб\w*|handy|call|"
    r"whatsapp|viber|sms|zadzwo\w*|(?:za|)volej\w*|(?:za|)volaj\w*|звони\w*|дзвон\w*|anruf\w*|ruf\w*|"
    r"(?:mój|moj|můj|muj|my|мой|мій|meine?) (?:numer|nr|číslo|cislo|number|номер|nummer)|"
    r"rufnummer"
)
_GLUED_PHONE_DOT_RE = re.compile(
    r"\.(?=[+(\d])(?:"
    + "|".join(
        f"(?<=(?i:{word})\\.)(?<![^\\W\\d_](?i:{word})\\.)"
        for word in ("tel", "mob", "mobil", "handy", "тел", "моб")
    )
    + ")"
)
"""The dot of a phone keyword glued to its number ("mob.0915 455 191"): phones are
searched in a copy of the text where it is a space."""
_SPEAKER_LINE_RE = re.compile(
    r"(?i)[\d:.\[\]() \t-]*(?:z[aá]kazn[ií]k|klient|client|customer|kunde|клиент|клієнт)"
    r"[ \t]*:[ \t]*"
)
"""A chat speaker label before a number ("9:14 Zákazník: 0915 832516"): no reference label."""
_BARE_DIGITS_RE = re.compile(_DIGIT_CLASS + r"(?<![\w+/,#-]\d)(?<![\d.]\.\d)\d{8,12}(?!\w)")
"""9-13 digits in one run; after a "." only when a letter stands before it ("tel.604916783")."""
_PHONE_KEYWORD_BEFORE_RE = re.compile(
    _ignorecase_factored(_leading_choice_expanded(_regex_branches(_PHONE_KEYWORD)), r"\w")
    + r"\b(?i:[^\d\n]{0,15})$"
)
r"""``(?i)\b(?:phone keywords)\b[^\d\n]{0,15}$`` by first character (``\b`` before a letter
is ``(?<!\w)``): under ``(?i)`` the search tried every position."""
_REFERENCE_KEYWORD = (
    r"order|invoice|ticket|case|ref|reference|tracking|parcel|shipment|account|contract|"
    r"policy|claim|booking|reservation|confirmation|receipt|membership|customer[ \t]+(?:no|number|id)|"
    r"id|pin|code|kod|zam[oó]wieni\w*|faktur\w*|fv|zg[lł]oszeni\w*|reklamac\w*|przesy[lł]k\w*|"
    r"paczk\w*|umow\w*|polis\w*|kont(?:o|a|u|em|onummer|onr)|rachun\w*|transakc\w*|"
    r"objedn[aá]v\w*|fakt[uú]r\w*|zak[aá]zk\w*|z[aá]sielk\w*|z[aá]silk\w*|smlouv\w*|zmluv\w*|"
    r"[uú][cč]et|[uú][cč]tu|z[aá]kazn[ií]k\w*|заказ\w*|сч[её]т\w*|заявк\w*|договор\w*|"
    r"накладн\w*|посылк\w*|замовлен\w*|рахун\w*|посилк\w*|звернен\w*|обращени\w*|догов[іо]р\w*|"
    r"транзакц\w*|bestell\w*|auftrag\w*|rechnung\w*|sendung\w*|kunden-?(?:nummer|nr)|"
    r"vertrag\w*|vorgang\w*|paket\w*|job|bill|quote|meter|"
    r"rezerwacj\w*|rezervac\w*|rezerv[aá]ci\w*|бронь|брони\w*|бронюван\w*|"
    r"kassenbon\w*|bon|beleg\w*|quittung\w*|paragon\w*|[uú][cč]tenk\w*|blo[cč]ek\w*|"
    r"квитанц\w*|inzer[aá]t\w*|inserat\w*|anzeige\w*|og[lł]oszeni\w*|объявлени\w*|"
    r"оголошен\w*|zamovlenn\w*"
)
_REFERENCE_KEYWORD_BEFORE_RE = re.compile(
    _ignorecase_factored(
        [k + r"(?!\w)" for k in _leading_choice_expanded(_regex_branches(_REFERENCE_KEYWORD))],
        r"\w",
    )[:-1]
    + r"|#)(?i:[^\w\n]{0,3}"
    r"(?:(?:nr|no|number|numer|[cč][ií]sl[oa]|[cč][ií]s|[cč]|nummer|номер|n°)\.?[^\w\n]{0,3}|))$"
)
r"""An order, invoice, ticket, account ... keyword right before a number ("zamówienie nr
", "Bestellnummer: ", "číslo objednávky "): the number is no phone. The alternation
``(?i)(?:(?<!\w)(?:keywords)(?!\w)|#)...$`` by first character, each keyword with its
``(?!\w)`` (under ``(?i)`` the search tried every position)."""


def _labelled_reference(text: str, start: int, phone_keyword: re.Match[str] | None) -> bool:
    """Whether a reference keyword labels the number at ``start``, not a phone keyword.

    Without a phone keyword before it, any reference keyword right before the number labels
    it. With one, the reference keyword must be the nearer and in a later sentence: "Danke
    für den Rückruf. Rechnung 014854911" is an invoice, but "Мой телефон в заказе 8 (986)
    154-51-37" and "Telefonnummer laut Anzeige: 0176 ..." are phones (both patterns end at
    the number, so the one starting later is the nearer).
    """
    reference = _REFERENCE_KEYWORD_BEFORE_RE.search(
        text, (start - 40 if start - 40 > 0 else 0), start
    )
    if reference is None:
        return False
    if phone_keyword is None:
        return True
    return reference.start() > phone_keyword.start() and any(
        mark in text[phone_keyword.start() : reference.start()] for mark in ".!?;\n"
    )


_AMOUNT_AFTER_RE = re.compile(
    r"[ \t]*(?:z[lł]|pln|k[cč]|czk|eur|€|\$|usd|£|gbp|uah|грн|руб|₽|rub|szt|ks|шт|stk|kg)(?!\w)",
    re.IGNORECASE,
)
"""A currency or unit after a number: an amount, no phone."""

_DOCUMENT_CONTEXT_WORD_RE = re.compile(
    r"(?i:паспорт\w*|загранпаспорт\w*|passport\w*|reisepass\w*|paszport\w*|"
    r"(?<!\w)pas(?:u|em|e|y|a|ů|)(?!\w)|"
    r"(?:id|identity)[ \t]*(?:card|-?karte|-?картк\w*|-?карт\w*)|dow[oó]d\w*[ \t]+osobist\w*|"
    r"(?<!\w)dow[oó]d\w*|ob[cč]ansk\w+|ob[cč]ank\w*|občiansk\w+|občiank\w*|"
    r"(?<!\w)(?:personal|truppen|)ausweis\w*|aufenthalts(?:titel|karte|erlaubnis)\w*|f[uü]hrerschein\w*|"
    r"seefahrtsbuch\w*|"
    r"prawo?[ \t]+jazdy|prawa[ \t]+jazdy|kart\w*[ \t]+pobytu|ksi[aą][zż]eczk\w*[ \t]+\w+|"
    r"dokument\w*[ \t]+to[zż]samo\w*|legitymacj\w*|"
    r"[rř]idi[cč]\w*|vodi[cč]\w*[ \t]+preukaz\w*|vodi[cč][aá]k\w*|pr[uů]kaz\w*|preukaz\w*|"
    r"povolen[ií]\w*[ \t]+(?:k|na)[ \t]+pobyt\w*|doklad\w*[ \t]+toto[zž]nosti|"
    r"n[aá]mo[rř]n\w*[ \t]+kn[ií][zž]\w*|"
    r"driv(?:ing|er'?s)[ \t]+licen[cs]e\w*|(?<!\w)licen[cs]e[ \t]+(?:no|number)|"
    r"(?:photo|proof[ \t]+of|my|his|her|your|their|m[oó]j|moje|jego|jej|m[uůô]j|jeho|mein\w*|"
    r"sein\w*|ihr\w*|мой|моё|мое|его|её|ее|мій|моє|його|її)[ \t]+ID(?!\w)|"
    r"(?<!\w)ID[ \t]*(?:/|number|no\b)|(?:my|his|her|your|the)[ \t]+licen[cs]e|"
    r"(?<!\w)OP(?!\w)|passengers?|pasa[zż]er\w*|пассажир\w*|пасажир\w*|cestuj[uú]c\w*|"
    r"reisende\w*|УНЗР|"
    r"(?<!\w)BRP(?!\w)|residence[ \t]+permit\w*|seaman'?s|discharge[ \t]+book|"
    r"document[ \t]+(?:number|no)|dokumentennummer|ausweisnummer|"
    r"удостоверени\w*|водительск\w*|(?<!\w)права(?!\w)|свидетельств\w*[ \t]+о[ \t]+рождени\w*|"
    r"военн\w*[ \t]+билет\w*|миграционн\w*[ \t]+карт\w*|вид\w*[ \t]+на[ \t]+жительство|"
    r"(?:номер|№)[ \t]+документ\w*|документ\w*[ \t]*,[ \t]*удостоверяющ\w*|"
    r"посвідчен\w*|посвідк\w*|свідоцтв\w*[ \t]+про[ \t]+народженн\w*|"
    r"(?:номер|№)[ \t]+документ\w*|сері\w*[ \t]+(?:та|і)[ \t]+номер\w*|сери\w*[ \t]+и[ \t]+номер\w*|"
    r"seria[ \t]+i[ \t]+numer|s[eé]ri[ae][ \t]+a[ \t]+[cč][ií]slo)"
)
"""A word that names an identity document (passport, ID card, driving licence, residence
permit, seaman's book, birth certificate ...), in the seven languages: it puts the
document-shaped numbers near it in :func:`_in_document_context`."""
_DOCUMENT_SHAPED_RE = re.compile(
    r"(?<![\w/.,+-])(?:"
    r"(?!(?:ID|NR|NO|TEL|FAX|PL|CZ|SK|DE|UA|RU|GB|EU|US)[ ]?\d)"
    r"[A-ZА-ЯІЇЄ](?:[ ]?\d{7,8}|[A-ZА-ЯІЇЄ][ ]?\d{6,7}|[A-ZА-ЯІЇЄ]{2}[ ]?\d{6})|"  # EH2002205
    r"[a-zа-яіїє]{2,3}\d{6,7}|"
    r"(?=[A-Z\d]{8,11}(?!\w))(?![A-Z]+\d+(?!\w))(?=[A-Z\d]*\d[A-Z\d]*\d)(?=[A-Z\d]*[A-Z])"
    r"[A-Z\d]{8,11}|"  # letters and digits mixed: CJ1J1KFR6, E43P1H2YN77
    r"[CFGHJ-NPRTV-Z](?=[CFGHJ-NPRTV-Z]*\d)[CFGHJ-NPRTV-Z\d]{8}|"  # a German document
    r"(?=[a-z\d]{9}(?![\w]))(?=[a-z\d]*\d[a-z\d]*\d)(?=[a-z\d]*[a-z])[a-z\d]{9}|"  # l1c2w9ly8
    r"(?i:[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2})|"  # a UK driving licence
    r"\d{5}/\d{2}/\d{4}|"  # a Polish driving licence
    r"(?:[IІ]{1,3}|[IІ]V|V[IІ]{0,3}|[IІ]X|X)-[A-ZА-ЯІЇЄ]{2}[ ]?\d{6}|"  # a birth certificate
    r"\d{2}(?:[ ]\d{2}[ ]?|\d{2}[ ])(?:№[ ]?|)\d{6}|\d{4}[ ]\d{7}|\d{2}[ ]\d{7}|\d{3}[ ]\d{3}[ ]\d{3}|\d{8,9}|"
    r"\d{7,8}-\d{5}"
    r")(?![\w/]|[.,-]\d)"
)
"""A number shaped like an identity document's (no checksum): letters and digits of a
passport or ID card, a UK or Polish driving licence, a birth certificate, a Russian
passport, 8-9 digits. Counted only in :func:`_in_document_context`."""
DOCUMENT_CONTEXT_BEFORE = 300
"""How far before a document-shaped number a document word puts it in context (chars)."""
DOCUMENT_CONTEXT_AFTER = 60
"""How far after it, on the same line ("895751828 – number of his ID card")."""
REFERENCE_CONTEXT = 30
"""How far before a document-shaped number a reference keyword makes it no document
("Nr klienta: ", "číslo pojištěnce ", "Счётчик воды № ")."""
_NUMBER_WORD = r"(?:nr|no|number|numer|[cč][ií]sl[oa]|[cč][ií]s|[cč]|nummer|номер|n°|№)"
_CLIENT_WORD = r"(?:klient\w*|client\w*|kunde\w*|z[aá]kazn[ií]k\w*|клиент\w*|клієнт\w*)"
"""A client or customer: a reference only with a number word ("Nr klienta"); alone it is
a chat label ("Zákazník: ")."""
_CONTEXT_REFERENCE_RE = re.compile(
    r"(?i)(?:(?<!\w)(?:(?:"
    + _NUMBER_WORD
    + r"\.?[ \t]*|)(?:"
    + _REFERENCE_KEYWORD.replace("|id|", "|").replace("|z[aá]kazn[ií]k\\w*|", "|")
    + r"|(?:order|customer|client|user|transaction|booking|device|product|session)[ \t]*id|"
    r"model\w*|seri[ae]l\w*|s/?n|art\w*|sku|ean|imei|vin|flight|let|lot|рейс\w*|бронь|"
    r"rezerwacj\w*|rezervac\w*|rezerv[aá]ci\w*|buchung\w*|flug\w*|zug|train|vlak|"
    r"poci[aą]g\w*|поезд\w*|потяг\w*|zi(?:mmer|)|rm|room|pok[oó]j\w*|izb\w*|company|firm\w*|"
    r"og[lł]oszeni\w*|inzer[aá]\w*|объявлени\w*|оголошенн\w*|anzeige\w*|listing|"
    r"poji[sš]t[eě]n\w*|poisten\w*|ubezpieczon\w*|versichert\w*|insur\w*|"
    r"сч[её]тчик\w*|л[іi]чильник\w*|licznik\w*|m[eě][rř]i[cč]\w*|z[aá]hler\w*|"
    r"догов[іо]р\w*|[uú]ver\w*|kredyt\w*|kredit\w*|credit|loan|кредит\w*|"
    r"variabiln\w*|symbol\w*|vs|ks|ss|eic|eviden[cč]n\w*|spisov\w*|jednac\w*|sygn\w*|"
    r"sprawy|akt[aeyu]?|aktenzeichen|az|gesch[aä]ftszeichen|справ\w*|дел[оа]|абонент\w*|"
    r"ppe|zählpunkt\w*|z[aá]kazn[ií]ck\w*|pojistk\w*|poistk\w*|versicherungs\w*|"
    r"mitglied\w*|member\w*|pin|puk|imsi|iccid|sim|msisdn|plomb\w*|пломб\w*|seal)|"
    + _NUMBER_WORD
    + r"\.?[ \t]*"
    + _CLIENT_WORD
    + "|"
    + _CLIENT_WORD
    + r"[ \t]*"
    + _NUMBER_WORD
    + r")(?!\w)(?:[ \t]+[^\W\d_]+|)|#)[^\w\n]{0,3}(?:"
    + _NUMBER_WORD
    + r"\.?[^\w\n]{0,3}|)$"
)
"""A reference keyword labelling the number right after it ("Nr klienta: ", "číslo
pojištěnce ", "Счётчик воды № ", "flight "): the number is no identity document."""


PHONE_MIN_INTERNATIONAL_DIGITS = 9
"""A ``+`` number needs this many digits (country code included) to count as a phone."""


def _parsed(number: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None


_NUMBER_SHAPES: dict[tuple[str, str], tuple[str, re.Pattern[str]] | None] = {}


def _number_shaped(digits: str, region: str, number_type: str = "general_desc") -> bool:
    """Return whether ``digits`` (maybe after the trunk prefix) fit a pattern of ``region``.

    Args:
        digits: The number's digits as written.
        region: The country (phonenumbers' code).
        number_type: The metadata's description to match: ``general_desc`` (any
            number of the country) or ``mobile``.

    Returns:
        Whether the national number pattern matches; True when phonenumbers has no
        pattern for it (then parsing decides). A cheap look before ``parse`` (~40 µs).
    """
    key = (region, number_type)
    if key not in _NUMBER_SHAPES:
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        desc = None if metadata is None else getattr(metadata, number_type)
        regex = None if desc is None else desc.national_number_pattern
        _NUMBER_SHAPES[key] = (
            None
            if metadata is None or regex is None
            else (metadata.national_prefix or "", re.compile(regex))
        )
    shape = _NUMBER_SHAPES[key]
    if shape is None:
        return True
    prefix, pattern = shape
    return pattern.fullmatch(digits) is not None or (
        bool(prefix)
        and digits.startswith(prefix)
        and pattern.fullmatch(digits[len(prefix) :]) is not None
    )


def _trunk_prefix(region: str) -> str | None:
    """Return ``region``'s national (trunk) prefix: "0" in GB, DE, SK, UA; none in PL, CZ."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return None if metadata is None else metadata.national_prefix


def phone_valid(candidate: str, regions: Sequence[str], keyword: bool = False) -> bool:
    """Return whether ``candidate`` is a phone number.

    Args:
        candidate: The matched text ("+48 600 700 800", "067 123 45 67").
        regions: Countries whose national numbers count, the text's own first (then
            its neighbours: a Slovak mobile in a Czech text).
        keyword: Whether a phone keyword ("tel.", "my number") comes just before it;
            then a number that is only possible (not assigned) counts too.

    Returns:
        International numbers (``+`` or ``00``): whether phonenumbers finds them
        possible. National ones: whether they are valid in one of ``regions`` (or,
        after a keyword or with the first region's trunk 0, possible in the first).
    """
    digits = _digits(candidate)
    if not 7 <= len(digits) <= 15:
        return False
    stripped = candidate.lstrip()
    if stripped.startswith("(+"):  # "(+48) 729 089 418"
        stripped = stripped[1:]
    if stripped[0] == "+" or stripped.startswith("00"):
        if stripped[0] == "0":  # 0049 ...: "00" starts account and order numbers too
            parsed = _parsed("+" + digits[2:], None)
            return parsed is not None and phonenumbers.is_valid_number(parsed)
        parsed = _parsed("+" + digits, None)
        return (
            parsed is not None
            and len(digits) >= PHONE_MIN_INTERNATIONAL_DIGITS
            and phonenumbers.is_possible_number(parsed)
        )
    # A trunk-prefixed number in groups ("07956 555 118", "0171 1234567") looks like
    # nothing else: possible suffices, so unassigned (fictional) ranges count too.
    trunk = (
        stripped[0] in "0("
        and digits[0] == "0"
        and len(digits) >= 10
        and _trunk_prefix(regions[0]) == "0"
    )
    possible = False
    for index, region in enumerate(regions):
        if index and not _number_shaped(digits, region):
            continue  # a neighbour's numbers: a cheap look at its metadata before parsing
        parsed = _parsed(candidate, region)
        if parsed is None:
            continue
        if phonenumbers.is_valid_number(parsed):
            return True
        possible = possible or (region == regions[0] and phonenumbers.is_possible_number(parsed))
    return (keyword or trunk) and (possible or (keyword and 9 <= len(digits) <= 13))


def bare_mobile(digits: str, regions: Sequence[str]) -> bool:
    """Return whether a digit run without separators is a valid mobile number.

    Args:
        digits: The digits as written ("600700800", "07956555118").
        regions: Countries whose national numbers count.

    Returns:
        Whether phonenumbers finds ``digits`` a valid number of type ``MOBILE`` in one
        of ``regions``. Fixed-line numbers written as one run of digits look too much
        like order and account numbers, and so do US and Canadian ones (phonenumbers
        types them ``FIXED_LINE_OR_MOBILE``: almost any ten digits with a valid area
        code).
    """
    for region in regions:
        if not _number_shaped(digits, region, "mobile"):
            continue  # a cheap look at the metadata first: parsing costs ~40 µs
        parsed = _parsed(digits, region)
        if (
            parsed is not None
            and phonenumbers.is_valid_number(parsed)
            and phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE
        ):
            return True
    return False


# --- addresses -----------------------------------------------------------------------------

_UPPER = "".join(
    sorted(
        set(string.ascii_uppercase)
        | {ch.upper() for data in LANGUAGES.values() for ch in data.alphabet}
        | set("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯЄІЇҐ")
    )
).replace("-", "")
_CAP = f"[{_UPPER}]"
"""One upper-case letter of a supported language."""
_CAP_WORD = _CAP + r"[^\W\d_]*(?:['’][^\W\d_]+|)"
_HOUSE = (
    r"\d{1,4}[^\W\d_]?(?:[ \t]*[/\\][ \t]*\d{1,4}[^\W\d_]?|)"
    r"(?:[ \t]*,?[ \t]*(?i:m\.?|lok\.|lokal|kv\.?|кв\.?|квартира|корп\.?|к\.|стр\.|оф\.|офис|apt\.?|"
    r"flat|byt|wohnung|whg\.?)[ \t]*\d{1,4}[^\W\d_]?|)(?![\w/]|[.,]\d)"
)
_STREET_KEYWORDS = (
    r"ul\.|ulic[aeyi]|al\.|alej[ai]?|os\.|osiedl[eu]|pl\.|plac|placu|nám\.|náměstí|"
    r"námestie|nam\.|tř\.|třída|trieda|ул\.|улиц[аеы]|пр-т|проспект|просп\.|пер\.|"
    r"переулок|бульвар|б-р|шоссе|наб\.|набережная|пл\.|площадь|вул\.|вулиц[яі]|провулок|"
    r"пров\.|бульв\.|площа|пр\.|бул\."
)
_STREET_WORD = r"(?:" + _CAP + r"[\w'’-]*\.?|[^\W\d_]{1,4}\.|\d{1,2}(?:-?[^\W\d_]{1,3}|)\.?)"
"""A word of a street name after the first: capitalised, an abbreviation ("gen.") or a
number ("3 Maja", "8 Марта")."""
_STREET_KEYWORD_RE = re.compile(
    _first_char_factored(
        _top_level_branches(MATCHING.fold(_STREET_KEYWORDS)), r"[\w.]", two_chars=True
    )
    + r"(?:(?<=\.)|(?!\w))"
)
"""A street keyword, matched on the text folded character for character."""
_STREET_REST_RE = re.compile(
    r"[ \t]*(?:[^\W\d_][\w'’-]*\.?|\d{1,2}(?:-?[^\W\d_]{1,3}|)\.?)"
    + r"(?:[ \t]+"
    + _STREET_WORD
    + r"){0,4}?[ \t]*,?[ \t]*(?i:(?:д\.|дом|буд\.|будинок|nr|č\.)[ \t]*|)"
    + _HOUSE
)
_CYRILLIC_STREET_GATE_RE = re.compile(
    r"пр-т|проспект|просп\.|ул\.|улица|шоссе|бульвар|б-р|пер\.|наб\.|вул|пров|площ|пл\."
)
_DE_STREET_GATE_RE = re.compile(
    r"(?:stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|damm|ufer|chaussee|ring)[ \t]*\d"
)
_DE_STREET_GATE_WORDS = (
    "str",
    "weg",
    "platz",
    "allee",
    "gasse",
    "damm",
    "ufer",
    "chaussee",
    "ring",
)
"""Text one of which the German street gate needs: a text without any skips its search."""
_DE_STREET_SUFFIX = r"(?:straße|strasse|str\.|weg|platz|allee|gasse|damm|ufer|chaussee)"
_DE_STREET_RE = re.compile(
    r"(?<![\w-])(?:"
    + _CAP
    + r"[^\W\d_]{2,}(?:-"
    + _CAP_WORD
    + ")*"
    + _DE_STREET_SUFFIX
    + r"|"
    + _CAP_WORD
    + r"[ \t]+(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Chaussee))"
    + r"[ \t]*"
    + _HOUSE
)
_EN_STREET_SUFFIX = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Close|Way|Court|Ct|"
    r"Place|Crescent|Terrace|Gardens|Square|Sq|Parade|Row|Hill|Grove)\b"
)
_EN_STREET_RE = re.compile(
    _DIGIT_CLASS
    + r"(?<!\w\d)\d{0,4}[A-Za-z]?,?[ \t]+(?:"
    + _CAP_WORD
    + r"[ \t]+){1,3}"
    + _EN_STREET_SUFFIX
    + r"\.?"
)
_EN_STREET_GATE_RE = re.compile(_EN_STREET_SUFFIX)
"""The street type an English street line ends with: a text without any skips the search."""
_CITY = _CAP_WORD + r"(?:(?:[ \t]+|-)" + _CAP_WORD + r"){0,2}(?:[ \t]+\d{1,2}(?!\d)|)"
_POSTCODE_CITY_RES: tuple[tuple[re.Pattern[str], bool, bool], ...] = (
    # (pattern, whether it ends in a city, whether it needs a line start, a comma or a
    # street before it and the line's end or a comma after it)
    (re.compile(_DIGIT_CLASS + r"(?<![\w-]\d)\d-\d{3}(?![\w-])[ \t]+" + _CITY), True, True),  # PL
    (
        re.compile(_DIGIT_CLASS + r"(?<![\w,.-]\d)\d{2}[ ]\d{2}(?![\w,.-])[ \t]+" + _CITY),
        True,
        False,
    ),
    (
        re.compile(
            # one class first (the search skips ahead to it), each branch looks behind at it
            _table_first(r"[D\d]")
            + r"(?:(?<=D)(?<![\w,.-]D)-\d|(?<=\d)(?<![\w,.-]\d))\d{4,5}(?![\w.-]|,\d),?[ \t]+"
            + r"(?i:(?:г\.|м\.|город|місто)[ \t]*|)"
            + _CITY
        ),
        True,
        True,  # DE 10115 Berlin, RU 101000 Москва, UA 01001 м. Київ
    ),
    # UK SW1A 1AA, with the town before it after a comma ("..., London NW1 6XE")
    (re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]?\d[A-Z\d]?[ ]\d[A-Z]{2}(?!\w)"), False, False),
)
_TOWN_BEFORE_RE = re.compile(r"(?:(?<=, )|(?<=\n))" + _CAP_WORD + r",?[ \t]+$")
"""The town before a UK postcode ("..., London NW1 6XE", "...\nBristol BS6 5QA")."""
_POSTCODE_GATE_RE = re.compile(
    _table_first(r"[\dA-Z]") + r"(?:(?<=\d)\d(?:-\d{3}|\d \d\d|\d{3})|(?<=[A-Z])\d[A-Z\d]? \d[A-Z])"
)
"""Some postcode shape: NN-NNN, NNN NN, NNNNN or a UK one (factored, one class first:
faster to search)."""
_POSTCODE_KEYWORDS = ("kod", "psc", "plz", "post", "zip", "индекс", "індекс")
"""Substrings one of which a postcode keyword holds: a text without any skips the search."""
_POSTCODE_KEYWORD_ALTERNATION = (
    r"kod[ \t]+pocztowy|psc|plz|postleitzahl|post[ \t]?code|zip(?:[ \t]?code|)|"
    r"(?:почтовыи[ \t]+|поштовии[ \t]+|)(?:индекс|індекс)"
)
_POSTCODE_KEYWORD_RE = re.compile(
    _first_char_factored(_leading_choice_expanded(_regex_branches(_POSTCODE_KEYWORD_ALTERNATION)))
    + r"(?!\w)[ \t]*[:.]?[ \t]*"
    r"(?P<code>\d{2}-\d{3}|\d{3}[ ]?\d{2}|\d{5,6}|[a-z]{1,2}\d[a-z\d]?[ ]?\d[a-z]{2})"
    r"(?![\w/]|[.,-]\d)"
)
"""A postcode after its keyword, matched on the text folded character for character (the
keywords by first character: a leading optional group left the search no character to
look for)."""
_STREET_NAME_FIRST_RE = re.compile(
    _CAP_WORD + r"[ \t]+(?:пр-т|проспект|просп\.|ул\.|улица|шоссе|бульвар|б-р|переулок|пер\.|"
    r"набережная|наб\.|вулиця|вул\.|провулок|площа|площадь|пл\.)[ \t]*,?[ \t]*"
    r"(?:(?:д\.|дом|буд\.|будинок)[ \t]*|)" + _HOUSE
)
"""A Russian or Ukrainian street named before its keyword ("Невский пр-т, д. 50")."""
_US_ZIP_RE = re.compile(r"[A-Z](?<=, [A-Z])[A-Z] \d{5}(?:-\d{4}|)(?![\w-])")
"""A US state and ZIP code after a comma ("Columbus, OH 43215"); the look-behind follows
the first capital, so that the search skips ahead to capitals."""
_ATTACH_BEFORE_RE = re.compile(
    r"(?:(?:г|м)\.[ \t]*"
    + _CAP_WORD
    + r"(?:-"
    + _CAP_WORD
    + r")*|\d(?<![\w-]\d)\d{4,5}|(?:Flat|Apt\.?|Apartment|Unit)[ \t]+\d{1,4}[A-Za-z]?)[ \t]*,[ \t]*$"
)
"""What joins an address from before: "г. Москва, ", "620872, ", "Flat 12, "."""
_CYRILLIC_TOWN = r"[А-ЯЁІЇЄ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄ]?[а-яёіїєґ'’]+)*"
_ATTACH_AFTER_RE = re.compile(
    r"[ \t]*,[ \t]*(?:(?:г|м)\.[ \t]*"
    + _CAP_WORD
    + r"(?:-"
    + _CAP_WORD
    + r")*|\d{5,6}(?![\w,-]|\.\d)|"
    + _CYRILLIC_TOWN
    + r"(?=[ \t]*,[ \t]*\d{5,6}(?![\w,-]|\.\d)|[ \t]*(?:$|[\r\n;)]|\.(?:\s|$))))"
)
"""What joins an address from after: ", г. Санкт-Петербург", ", 197516", and a town
without "г." before an index or the clause's end (", Рязань, 390000", ", Самара.")."""
_TOWN_GAP_RE = re.compile(
    r"[ \t]*(?:,|\r?\n)[ \t]*" + _CAP_WORD + r"(?:[ -]" + _CAP_WORD + r"|)[ \t]*(?:,|\r?\n)[ \t]*"
)
"""A town between two parts of one address."""
_STREET_BEFORE_RE = re.compile(
    _CAP_WORD
    + r"(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}[ \t]+(?i:(?:nr|č\.)[ \t]*|)"
    + _HOUSE
    + r"[ \t]*(?:,[ \t]*|\r?\n[ \t]*)$"
)
_NOT_CITIES = frozenset(
    MATCHING.fold(
        "kč zł zl eur euro czk pln usd uah rub грн руб евро dollar dolar dolarů stück stk "
        "szt ks шт kg km mhz ghz khz hz mm cm"
    ).split(" ")
)
"""Currencies and units: "120 00 Kč" is an amount, not a postcode and a town."""


# --- names ------------------------------------------------------------------------------


class _SameLengthFold(dict[int, str]):
    """``str.translate`` table: the MATCHING fold where it maps a character to one."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = MATCHING.fold(char)
        if len(folded) != 1:
            lower = char.lower()
            folded = lower if len(lower) == 1 else char
        self[code] = folded
        return folded


_FOLD_TABLE = _SameLengthFold()
_FOLD_PLACEHOLDER = "\uffff"
"""What a code page's "?" (and a character it lacks, which the "replace" errors of
``codecs.charmap_encode`` turn into "?") decodes to: a noncharacter no page folds to."""


class _FoldPage:
    """A code page of up to 256 characters: the same-length fold by the charmap codec.

    ``str.translate`` with a table takes each character through a Python object look-up
    (about 230 instructions a character); ``codecs.charmap_encode`` with an encoding map
    (``codecs.charmap_build``: a C table) gives each character of the page its byte, and
    ``codecs.charmap_decode`` gives each byte the fold of its character (about 60
    instructions a character together). In :meth:`fold` a character not on the page,
    and "?", come out as :data:`_FOLD_PLACEHOLDER` (``marked``) and are folded by the
    table.
    """

    __slots__ = ("encoding", "folds", "marked")

    def __init__(self, chars: str) -> None:
        if chars[0] != "\0" or len(chars) > 256 or len(set(chars)) != len(chars):
            raise ValueError("a page starts with NUL and lists up to 256 characters once")
        unused = "\ufffe" * (256 - len(chars))  # charmap_build's "undefined"
        self.encoding = codecs.charmap_build(chars + unused)
        self.folds = "".join(_FOLD_TABLE[ord(char)] for char in chars) + unused
        if len(self.folds) != 256 or _FOLD_PLACEHOLDER in self.folds:
            raise ValueError("a fold of more or less than one character, or to the placeholder")
        self.marked = self.folds.replace("?", _FOLD_PLACEHOLDER)

    def strict(self, text: str) -> str:
        """``text`` folded, or UnicodeEncodeError where a character is not on the page."""
        return codecs.charmap_decode(
            codecs.charmap_encode(text, "strict", self.encoding)[0], "strict", self.folds
        )[0]

    def fold(self, text: str) -> str:
        """``text`` folded: characters not on the page (and "?") by the table."""
        folded = codecs.charmap_decode(
            codecs.charmap_encode(text, "replace", self.encoding)[0], "strict", self.marked
        )[0]
        if _FOLD_PLACEHOLDER not in folded:
            return folded
        parts = folded.split(_FOLD_PLACEHOLDER)
        out = [parts[0]]
        position = len(parts[0])
        for part in parts[1:]:
            out.append(_FOLD_TABLE[ord(text[position])])
            out.append(part)
            position += 1 + len(part)
        return "".join(out)


_ASCII_PAGE = "\0\t\n\r" + "".join(map(chr, range(0x20, 0x7F)))
_LATIN_PAGE = _FoldPage(
    _ASCII_PAGE
    + "".join(map(chr, range(0xA0, 0x100)))
    + "ČčĎďĚěŇňŘřŠšŤťŮůŽžĄąĆćĘęŁłŃńŚśŹźŻżĹĺĽľŔŕŐőŰűı„“”‘’‚–—…€•‹›™"
)
"""ASCII, Latin-1 and the letters of Czech, Slovak, Polish and Hungarian, quotes, dashes."""
_CYRILLIC_PAGE = _FoldPage(
    _ASCII_PAGE + "".join(map(chr, range(0x400, 0x460))) + "Ґґ\xa0«»„“”‘’‚–—…№€₽₴°·•§©®×£²³"
)
"""ASCII, the Cyrillic letters of Russian, Ukrainian, Belarusian and Serbian, punctuation."""


def _fold_same_length(text: str) -> str:
    """Return ``text`` folded like MATCHING but character for character (offsets hold).

    The text goes through :data:`_LATIN_PAGE`; where a character is not on it, through
    the Cyrillic page if that character is Cyrillic, else the Latin page, either with
    the characters they lack folded by the table (the same fold: tests compare it with
    ``str.translate``).
    """
    if text.isascii():
        return text.lower()
    try:
        return _LATIN_PAGE.strict(text)
    except UnicodeEncodeError as error:
        first = text[error.start]
    page = _CYRILLIC_PAGE if "\u0400" <= first < "\u0530" else _LATIN_PAGE
    return page.fold(text)


def _cue_alternatives(regexes: set[str]) -> list[str]:
    """Return ``regexes`` folded, the longest first (the order of the alternation)."""
    folded = {_fold_same_length(r).replace("ß", "(?:ß|ss)") for r in regexes}
    return sorted(folded, key=len, reverse=True)


def _cue_alternation(regexes: set[str] | list[str]) -> str:
    alternatives = regexes if isinstance(regexes, list) else _cue_alternatives(regexes)
    return "|".join(f"(?:{r})" for r in alternatives) or "(?!)"


class _ByFirstChar:
    r"""A long alternation of cue regexes, split by the character a match starts with.

    ``build`` returns the regex for a subset of ``alternatives`` (in their order); at a
    position, only the alternatives that may start with the character there are tried
    (with those whose first character is unknown), so a match is the whole
    alternation's match, found without trying hundreds of branches that cannot match.
    ``skip`` (a regex) is what ``build`` lets come before the alternatives; the
    alternatives' known first characters must then be letters, and ``skip`` must match
    nothing at a letter or digit (``str.isalnum``; ``[\W_]*`` does not), so that a
    position at one is taken as it is, without the search.
    """

    __slots__ = ("default", "none_else", "seconds", "skip", "table")

    def __init__(
        self,
        build: Callable[[list[str]], re.Pattern[str]],
        alternatives: list[str],
        skip: re.Pattern[str] | None = None,
    ) -> None:
        firsts = {a: _first_chars(a) for a in alternatives}
        if skip is not None:
            for alternative, first in firsts.items():
                if first is not None and not all(c.isalpha() for c in first):
                    firsts[alternative] = None
        keys = {c for first in firsts.values() if first is not None for c in first}
        by_key = {
            key: [a for a in alternatives if firsts[a] is None or key in firsts[a]]  # type: ignore[operator]
            for key in sorted(keys)
        }
        self.table = {key: build(subset) for key, subset in by_key.items()}
        unknown = [a for a in alternatives if firsts[a] is None]
        self.default = build(unknown)
        # No alternative of unknown first character: at no key's character, no match.
        self.none_else = not unknown
        # The characters that may follow each key's character in a match (None: any): at
        # another, that key's pattern is not tried. With alternatives of unknown first
        # characters (which, after ``skip``'s characters, may start before the position
        # taken) every character may.
        self.seconds = {
            key: None if unknown else _second_chars(subset, key) for key, subset in by_key.items()
        }
        self.skip = skip

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """Return ``build(alternatives).match(string, pos, endpos)``."""
        end = len(string) if endpos is None else endpos
        at = pos
        if self.skip is not None and not (pos < end and string[pos].isalnum()):
            at = self.skip.match(string, pos, end).end()  # type: ignore[union-attr]
        first = string[at : at + 1] if at < end else ""
        pattern = self.table.get(first)
        if pattern is None:
            if self.none_else:
                return None
            pattern = self.default
        else:
            seconds = self.seconds[first]
            if seconds is not None and (at + 1 >= end or string[at + 1] not in seconds):
                return None
        return pattern.match(string, pos, end)


def _collect(attribute: str) -> set[str]:
    return {item for data in LANGUAGES.values() for item in getattr(data, attribute)}


_EXTRA_GREETINGS = {
    r"yo",
    r"hiya",
    r"howdy",
    r"(good )?(morning|afternoon|evening)",
    r"čau",
    r"ahojte",
    r"nazdar",
    r"siema",
    r"elo",
    r"hallöchen",
    r"здорово",
    r"салют",
    r"хай",
    r"ciao",
}
"""Informal greetings a name may follow ("Yo Dave", "Čau Miro"), beyond the languages'
``greetings`` (which also mark whole greeting lines elsewhere)."""
_CLAUSE_START_RE = re.compile(r"[\n.!?,;:&\-–—][ \t]*(?=[^\W\d_])")
"""Where a greeting or closing may start (the match's end): a letter at a line start or
after a punctuation mark; a class first lets the search skip ahead (the text's start is
:data:`_TEXT_START_RE`)."""
_TEXT_START_RE = re.compile(r"[ \t]*(?=[^\W\d_])")
_GREETING_CUES = _cue_alternatives(
    _collect("greetings") | _collect("salutations") | _EXTRA_GREETINGS
)
_CLOSING_CUES = _cue_alternatives(_collect("closings"))


def _clause_cue_regex(alternatives: list[str]) -> re.Pattern[str]:
    keep = set(alternatives)
    return re.compile(
        r"(?:(?P<greeting>"
        + _cue_alternation([a for a in _GREETING_CUES if a in keep])
        + r")|(?P<closing>"
        + _cue_alternation([a for a in _CLOSING_CUES if a in keep])
        + r"))(?!\w)"
    )


_CLAUSE_CUE_RE = _ByFirstChar(_clause_cue_regex, _GREETING_CUES + _CLOSING_CUES)
"""A greeting, salutation or closing, matched (folded) at a clause start only: trying the
long alternation at every character would cost more than the rest of the redaction (and
at a clause start, only the cues starting with its letter are tried)."""


class _AnyOf:
    """Whether a text contains any of some strings: ``any(w in text for w in strings)``.

    One pass of an Aho-Corasick automaton (``pyahocorasick``, in C) instead of a
    substring search per string.
    """

    __slots__ = ("automaton",)

    def __init__(self, strings: Iterable[str]) -> None:
        self.automaton = ahocorasick.Automaton()
        for word in strings:
            if not word:
                raise ValueError("an empty string is in every text")
            self.automaton.add_word(word, word)
        self.automaton.make_automaton()

    def found_in(self, text: str) -> bool:
        """Return whether ``text`` contains one of the strings."""
        if not len(self.automaton):
            return False
        return next(self.automaton.iter(text), None) is not None


def _literal_trie(words: frozenset[str]) -> str:
    """Return a regex matching any of ``words``, factored by prefix (faster than a|b|c)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        if all(child == {"": {}} for char, child in node.items() if char):  # one character
            return f"(?:{body})?"
        # "(?:ab|c|)", not "(?:ab|c)?": the same matches without a repeat's state
        return "(?:" + "|".join(branches) + "|)"

    return build(trie)


def _cue_starts_regex(alternatives: Iterable[str]) -> str:
    """Return a look-ahead for the first three characters of a match of ``alternatives``.

    A trie of every prefix of three characters (or a whole shorter match) that
    :func:`_parsed_prefixes` reads from the alternatives (case-sensitive regexes, none
    that may match nothing): a position where none stands holds no match.
    """
    prefixes: set[str] = set()
    for alternative in alternatives:
        parsed = sre_parse.parse(alternative)
        found = None if parsed.state.flags & re.IGNORECASE else _parsed_prefixes(parsed, 3)
        if found is None or "" in found:
            raise ValueError(f"no prefixes read: {alternative!r}")
        prefixes |= found
    return "(?=" + _literal_trie(frozenset(prefixes)) + ")"


_CUE_CLAUSE_START_RE = re.compile(
    r"[\n.!?,;:&\-–—][ \t]*" + _cue_starts_regex(_GREETING_CUES + _CLOSING_CUES)
)
""":data:`_CLAUSE_START_RE` where a cue of :data:`_CLAUSE_CUE_RE` may start: before the
first three characters of one, looked at by the search (which yields no match for the
other clause starts, most of them)."""


_INTRO_RE = re.compile(
    r"(?P<intro>"
    + _first_char_factored(
        _leading_choice_expanded(_cue_alternatives(_collect("introductions"))), r"\w"
    )
    + r")(?!\w)"
)
r"""A self-introduction ("вас беспокоит", "hier ist", "me jmeno je"), matched folded: the
alternation ``\b(?P<intro>(?:a)|(?:b)|...)``, by first character (the search tried every
position); ``\b`` before a letter is ``(?<!\w)``. Only the group's name is read."""


def _required_literal(regex: str) -> str | None:
    """Return the longest plain text every match of ``regex`` contains, or None if unsure."""
    runs: list[str] = []
    run: list[str] = []
    index = 0
    while index < len(regex):
        char = regex[index]
        if char == "(":
            index = _regex_group_end(regex, index) + 1
        elif char == "[":
            index = _regex_class_end(regex, index) + 1
        elif char == "\\":
            index += 2
        elif char == "|":
            return None
        elif char not in _REGEX_SPECIALS and regex[index + 1 : index + 2] not in ("?", "*", "{"):
            run.append(char)
            index += 1
            continue
        else:
            index += 1
        runs.append("".join(run))
        run = []
        if regex[index : index + 1] in ("?", "*", "+", "{"):
            return None  # a quantifier after a group or class: keep it simple
    runs.append("".join(run))
    literal = max(runs, key=len)
    return literal or None


def _required_literals(regexes: list[str]) -> tuple[str, ...] | None:
    literals = [_required_literal(r) for r in regexes]
    return None if None in literals else tuple(dict.fromkeys(lit for lit in literals if lit))


_INTRO_LITERALS = _required_literals(_cue_alternatives(_collect("introductions")))
"""Text one of which every self-introduction contains: a text without any skips the
search (None: some introduction has none)."""
_ASCII_INTRO_LITERALS = (
    None if _INTRO_LITERALS is None else tuple(w for w in _INTRO_LITERALS if w.isascii())
)
"""Those of :data:`_INTRO_LITERALS` an ASCII text may contain."""
_INTRO_GATE = None if _INTRO_LITERALS is None else _AnyOf(_INTRO_LITERALS)
_ASCII_INTRO_GATE = None if _ASCII_INTRO_LITERALS is None else _AnyOf(_ASCII_INTRO_LITERALS)
_SELF_RE = re.compile(
    r"(?P<self>"
    + _literal_trie(frozenset(MATCHING.fold(w) for w in _collect("self_statements")))
    + r")(?=[ \t]+\w)"
)
"""A weak self-introduction ("jestem", "i'm", "я"), matched folded (a word character
before it is checked apart: a look-behind first would slow the search down): the name
after it needs two words (or a known first name) and must end the clause."""
_SELF_WORDS = frozenset(
    w for w in (MATCHING.fold(c) for c in _collect("self_statements")) if " " not in w
)
_SELF_PHRASES = tuple(
    w for w in (MATCHING.fold(c) for c in _collect("self_statements")) if " " in w
)
"""The one-word and the longer ``self_statements``: a text without any skips the search."""
_SELF_PHRASE_GATE = _AnyOf(_SELF_PHRASES)
_AFTER_SELF_NAME_RE = re.compile(
    r"[ \t]*(?:$|[\r\n,;:.!?)(–—]|-[ \t]|(?:a|i|und|and|from|of|z|ze|zo|aus|von|vom|и|і|й|та|из|с|з|із|od)(?!\w))"
)
"""What may follow a name after a weak self-introduction: the clause's end or a connector."""
_ACADEMIC_ANYWHERE_RE = re.compile(
    r"(?P<academic>Ing|ing|Mgr|mgr|MUDr|JUDr|PhDr|MVDr|RNDr|Bc|Doc|doc|inż|Inż|Dipl\.-Ing)"
    r"\.(?=[ \t]+\w)"
)
"""An academic title with a dot anywhere ("Ing. Pavel Horák z vaší pobočky"), matched
as written; the name after it needs two words ("Dr"/"Prof" are left out: "Dr. Oetker")."""
_ACADEMIC_WORDS = frozenset(
    MATCHING.fold(w) + "."
    for w in ["ing", "mgr", "mudr", "judr", "phdr", "mvdr", "rndr", "bc", "doc", "inż", "dipl.-ing"]
)
_PATRONYMIC_RE = re.compile(
    r"[А-ЯЁІЇЄҐ](?<![\w-][А-ЯЁІЇЄҐ])[а-яёіїєґ'’]+[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’]*"
    r"(?:ович|евич|ьич|ич|овн|евн|ичн|івн|ївн|ічн)(?:а|у|е|ем|ом|ой|ою|і|ы|ам|о|)(?![\w'’-])"
)
"""A first name and a patronymic anywhere: "Анна Сергеевна", "Ганна Степанівна"."""
_SURNAME_RE = re.compile(_CAP + r"[^\W\d_]+(?:-" + _CAP + r"[^\W\d_]+|)")
_LEGAL_FORMS_ANY_CASE = (
    r"sp\.[ \t]?z[ \t]?o\.[ \t]?o\.?|sp\.[ \t]?[jkp]\.|s\.[ \t]?r\.[ \t]?o\.?|"
    r"spol\.[ \t]s[ \t]r\.[ \t]?o\.?|a\.[ \t]?s\.|s\.[ \t]?a\.|s\.[ \t]?c\."
)
_LEGAL_FORMS_AS_WRITTEN = (
    "GmbH|AG|KG|OHG|UG|SE|Ltd|LLC|Inc|PLC|plc|LLP|ООО|ОАО|ЗАО|ПАО|АО|ИП|ТОВ|ПП|ФОП|ПрАТ|ПАТ"
)
_LEGAL_FORM_RE = re.compile(
    _ignorecase_factored(_regex_branches(_LEGAL_FORMS_ANY_CASE), r"\w")[:-1]
    + "|"
    + _first_char_factored(_regex_branches(_LEGAL_FORMS_AS_WRITTEN), r"\w")[3:-1]
    + r"|&(?<!\w.)(?i:[ \t]?co\.?))(?![\w])"
)
r"""A company's legal form ("sp. z o.o.", "s.r.o.", "GmbH", "Ltd", "ООО", "ТОВ", "& Co").

The alternation ``(?i)(?<!\w)(?:any case|(?-i:as written)|&[ \t]?co\.?)(?![\w])`` by first
character: at a character, its branches in the alternation's order (under ``(?i)`` the
search tried every position)."""
_SPELLED_TITLES = ("inž", "inż", "dok", "pro", "док", "про", "mec")
"""Titles spelled out ("inženýre", "Doktor", "профессор"): after a greeting only."""
_HONORIFICS = frozenset(MATCHING.fold(w) for w in _collect("honorifics"))
_NON_NAMES = frozenset(MATCHING.fold(w) for w in _collect("non_names"))
_ACADEMIC = frozenset(
    ["dr", "prof", "ing", "mgr", "mudr", "judr", "bc", "phdr", "doc", "inz"]
    + [MATCHING.fold(h) for h in _collect("honorifics") if len(h) > 5 and h[:3] in _SPELLED_TITLES]
)
_HONORIFIC_RE = re.compile(
    r"(?P<honorific>"
    + _first_char_factored(
        sorted((re.escape(h) for h in _HONORIFICS - _ACADEMIC), key=len, reverse=True)
    )
    + r")\.?(?=[ \t]+\w)"
)
"""A title ("pani", "herr", "mrs") anywhere, matched folded; academic titles ("dr") only
after a greeting ("Dr Martens" is a brand)."""


_PERSON_NOUNS = frozenset(MATCHING.fold(w) for w in _collect("person_nouns"))
_PERSON_NOUN_TRIE = _literal_trie(_PERSON_NOUNS)


def _trie_alternatives(trie: str) -> list[str]:
    """The alternatives of a :func:`_literal_trie` by their first two characters.

    ``(?:a(?:b...|c...)|d...)`` gives ``ab...``, ``ac...``, ``d...``: the same matches, in
    the same order, as the trie's alternation (for :func:`_first_char_factored`).
    """
    if not trie.startswith("(?:") or _regex_group_end(trie, 0) != len(trie) - 1:
        return [trie]
    alternatives = []
    for branch in _regex_branches(trie[3:-1]):
        first, rest = branch[:1], branch[1:]
        if rest.startswith("(?:") and _regex_group_end(rest, 0) == len(rest) - 1:
            alternatives += [first + more for more in _regex_branches(rest[3:-1])]
        else:
            alternatives.append(branch)
    return alternatives


_PERSON_NOUN_RE = re.compile(
    _first_char_factored(_trie_alternatives(_PERSON_NOUN_TRIE), r"\w", two_chars=True)
    + r"[ \t]+(?=\w)"
)
"""A ``person_nouns`` word ("operator", "некая"), which a known first name may follow;
matched folded, only in texts that have one (a set look-up over the words first)."""
_NOT_NAME_WORDS = frozenset(
    MATCHING.fold(w)
    for data in LANGUAGES.values()
    for w in (*data.function_words, *data.filler_words, *data.negators)
)
_SENTIMENT_CUES = tuple(
    c for data in LANGUAGES.values() for c in (*data.positive_cues, *data.negative_cues)
)
_LAST_LINE_NAME_RE = re.compile(
    r"\n[ \t]*(?P<name>(?:"
    + _CAP
    + r"\.[ \t]*|)"
    + _CAP_WORD
    + r"(?:-"
    + _CAP_WORD
    + r"|)(?:[ \t]+(?:(?:van|von|der|de|la|da|di|du|del|ten|zu)[ \t]+){0,2}(?:"
    + _CAP
    + r"\.|"
    + _CAP_WORD
    + r"(?:-"
    + _CAP_WORD
    + r"|))){0,2})[ \t]*[.!]?\s*\Z"
)
"""A signature without a closing: the last line of the text is one to three name words."""
_LAST_WORDS_NAME_RE = re.compile(
    r"[.!?,;…][ \t]+(?P<name>"
    + _CAP_WORD
    + r"(?:-"
    + _CAP_WORD
    + r"|)(?:[ \t]+"
    + _CAP_WORD
    + r"(?:-"
    + _CAP_WORD
    + r"|)){0,2})[ \t]*[.!]?\s*\Z"
)
"""A signature at the end of the text's last sentence: "... Prosím o nový termín, Eva"."""
_REVIEW_SIGN_OFF_RE = re.compile(
    r"\n[ \t]*(?P<name>"
    + _CAP_WORD
    + r")[ \t]+(?:z|ze|zo|zi|із|з|зі|из|from|aus|von)[ \t]+"
    + _CAP_WORD
    + r"(?:[ \t-]+"
    + _CAP_WORD
    + r"|)[ \t]*[.!]?\s*\Z"
)
"""A review's sign-off on its last line, a given name and a town: "Katka z Žiliny",
"Оля зі Львова", "Gareth from Cardiff" (the town is kept)."""
_FROM_AFTER_NAME_RE = re.compile(r"[ \t]+(?:von|from|of|z|ze|zo|из|от|з|із|від)[ \t]+\S")
"""A signer's company or town after their name: "Julia von FlixBus", "Anna z Allegro"."""
_AND_NAME_RE = re.compile(
    r"[ \t]+(?:and|und|i|a|и|і|та|&)[ \t]+(" + _CAP_WORD + r")(?=[ \t]*(?:[,!:]|\r?\n))"
)
"""A second addressee after "and" ("Dear Anna and Tom,", "Liebe Jana und Paul,")."""
_FIRST_NAMES = FIRST_NAMES
"""Known first names, lower case, as written and folded ("jürgen", "jurgen"): the
languages' ``first_names`` and :mod:`vocmine.nlp.name_lexicon`'s lists."""
_CAP_WORD_RE = re.compile(_CAP + r"(?<![\w'’-]" + _CAP + r")[^\W\d_]+(?![\w'’])")
"""A capitalised word (a first name candidate)."""
_SIGNATURE_SEPARATOR_RE = re.compile(r"(?m)^(?P<closing>--)[ \t]*(?=\r?\n)")
"""The e-mail signature separator line ("-- ")."""
SIGNATURE_MAX_LINES = 4
"""After a name under a closing, this many more lines are the signature block (role,
company, phone): none of them is taken as a last-line name."""
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*(?:-[^\W\d_]+)*(\.?)")
_EMOJI = "[\u2600-\u27bf\ufe0f\U0001f300-\U0001faff]"
_GAP_AFTER_GREETING_RE = re.compile(
    r"[ \t]*(?:[,:|]|" + _EMOJI + r")*[ \t]*(?:!?[ \t]*(?:[-–—]|" + _EMOJI + r"+)[ \t]+|)"
)
_GAP_AFTER_CLOSING_RE = re.compile(r"(?:[ \t,.!\-–—]|" + _EMOJI + r")*(?:\r?\n[ \t]*){0,2}")
_FIELD_VALUE_BELOW_RE = re.compile(r"[ \t]*\r?\n[ \t]*(?=\S)")
"""A form field's label alone on its line, its value on the next one."""
_GAP_IN_NAME_RE = re.compile(r"[ \t]+")
_GAP_AFTER_HONORIFIC_RE = re.compile(r"[ \t]+")
_END_AFTER_GREETING_RE = re.compile(r"[ \t]*(?:$|[\r\n,;:.!?)])")
_END_AFTER_CLOSING_RE = re.compile(r"[ \t]*(?:$|[\r\n,;|(]|[-–—])")
_PREDICATE_WORD_RE = re.compile(r"^.+(?:ym|ým|ím|em|ą|ou)$|^.[^\W\d_]*[a-zа-я][A-ZА-Я]")
"""A word after "jestem"/"jsem" that is no name: an instrumental ending ("Asystentem",
"Virtuálním") or a capital inside the word ("FaliNet")."""
_DEGREE_ABBREVIATION_RE = re.compile(r"(?:(?:med|rer|nat|dent|vet|phil|jur|oec)\.[ \t]+){1,2}")
"""Lower-case parts of a German doctor's title after "Dr." ("Dr. med.", "Dr. rer. nat.")."""
_CAPS_SURNAME_FIRST_RE = re.compile(
    r"(" + _CAP + r"{2,}(?:-" + _CAP + r"{2,}|))[ \t]+" + _CAP + r"[^\W\d_A-ZА-Я]+(?![\w.])"
    r"(?=[ \t]*(?:$|[\r\n,;|(]))"
)
"""A surname in capitals and a first name ending the line: "NOVÁK Petr"."""
_LOWER_LAST_WORD_RE = re.compile(r"([^\W\d_]+)[ \t]*\s*\Z")
"""A lower-case first name ending a text after a closing ("Cheers,\nmike")."""
_BARE_CLOSINGS = frozenset({"best", "br", "cheers", "lg", "vg", "gruß", "gruss"})
"""Closings that are ordinary words too: a name after them needs a comma or a new line."""
_CLOSING_BREAK_RE = re.compile(r"[,\n]|[ \t][-–—][ \t]|" + _EMOJI)
NAME_MAX_WORDS = 3
_PARTICLES = frozenset(
    ["van", "von", "der", "den", "de", "la", "da", "di", "du", "del", "ten", "zu"]
)
"""Lower-case surname particles inside a name ("Sophie van der Berg", "Konstantin von Arnim")."""
_PARTICLE_TAIL_RE = re.compile(
    r"(?:(?:" + "|".join(sorted(_PARTICLES)) + r")[ \t]+){1,2}(" + _CAP_WORD + r")"
    r"(?=[ \t]*(?:$|[\r\n,;.!?|(]))"
)
"""Particles and the surname's last word, ending the name ("... van der Berg,", not "Terry
von Liza Cody")."""
_CAPS_NAME_LINE_RE = re.compile(
    _CAP + r"{3,}(?:-" + _CAP + r"{3,}|)(?:[ \t]+" + _CAP + r"{3,}(?:-" + _CAP + r"{3,}|)){1,2}"
    r"(?=[ \t]*(?:$|[\r\n,;|(]))"
)
"""A name in capitals alone on its line under a closing: "ZUZANA KRÁLOVÁ"."""
_CAPS_FIELD_NAME_RE = re.compile(
    _CAP
    + r"{2,}(?:-"
    + _CAP
    + r"{2,}|)(?:,?[ \t]+(?:"
    + _CAP
    + r"{2,}(?:-"
    + _CAP
    + r"{2,}|)|"
    + _CAP
    + r"[^\W\d_A-ZА-Я]+)){1,2}(?=[ \t]*(?:$|[\r\n;|(]))"
)
"""A name in capitals after a form's name label, surname first or not, maybe with a
comma: "NAZWISKO I IMIĘ: WIŚNIEWSKA HALINA", "NAME, VORNAME: SCHÄFER, JÜRGEN"."""
_WORD_BEFORE_RE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")
"""The word right before a position, on its line."""
_LOWER_WORD_RE = re.compile(r"[ \t]*([^\W\d_" + _UPPER + r"][^\W\d_]+)(?![\w'’-])")
"""A lower-case word (a name written in lower case after a self-introduction)."""
_LOWER_FIRST_NAME_RE = re.compile(r"[^\W\d_" + _UPPER + r"]{2,}(?=[ \t]*(?:[,!]|\r?\n))")
"""A lower-case word after a greeting, ending the clause or the line ("hej ania,", "hey
mike\n")."""
_QUOTED_TAIL_RE = re.compile(
    r"\n[ \t]*(?:>|(?:on|w dniu|am|dne|dna|le|el) [^\n]{4,120}"
    r"(?:wrote|pisze|napisał|napisała|schrieb|napsal|napísal|написал|написав|написала)"
    r"|(?:sent from my|wysłane z|von meinem|odesláno z|odoslané z|отправлено с|надіслано з)"
    r"|-{3,}[ \t]*(?:original message|wiadomość oryginalna|původní zpráva|ursprüngliche|"
    r"przekazana wiadomość|preposlaná správa|pôvodná správa|přeposlaná zpráva|forwarded message|"
    r"weitergeleitete nachricht|пересылаемое сообщение|исходное сообщение|переслане повідомлення|"
    r"пересланное сообщение)"
    r"|[^\n]{0,80}<[^>\n]+@[^>\n]+>[^\n]{0,20}(?:wrote|пишет|пише|написал|написала|написав|"
    r"schrieb|napsal|napísal|pisze|napisał)"
    r"|(?:from|od|von|от кого|от|від|kdo|komu):[^\n]*@)",
    re.IGNORECASE,
)
"""Where the writer's own text ends: a quoted reply ("On Mon, ... wrote:", "W dniu ...
pisze:", "Am ... schrieb"), a mobile footer ("Sent from my iPhone") or a forwarded message."""
"""A name is at most this many words ("Anna Maria Kowalska")."""


_INNER_CAPITAL_RE = re.compile(r"(?<![\W\d_])([^\W\d_]*?)[^\W\d_" + _UPPER + r"]{2}" + _CAP)
"""A capital after two lower-case letters inside a word: a brand ("NetPol", "ČeskýNet",
"УкрЗв'язок"), unless a surname prefix comes before it ("MacArthur"; "McDonald" and
"DeLuca" have one lower-case letter)."""
_ORG_COMPOUND_RE = re.compile(
    r"(?:büro|buero|verwaltung|welt|berater|beraterin|dienst|service|technik|handel|zentrum|"
    r"werkstatt|holzbau|hochbau|tiefbau)$",
    re.IGNORECASE,
)
"""The end of a German compound that names a firm, an office or a trade, not a person."""
_ORG_COMPOUND_ENDS = frozenset("oOgGtTrRnNeEkK\u212alLmMuU\n")
"""The characters a word matched by :data:`_ORG_COMPOUND_RE` ends with (each ending's last
letter in every case ``re.IGNORECASE`` matches, and a line break, before which ``$`` also
matches): another word is not searched."""
_SURNAME_PREFIXES = frozenset({"Mac", "Van", "Von", "Del", "Dal", "Der", "Den", "Des", "Dos"})


@lru_cache(maxsize=65536)
def _name_word(word: str) -> bool:
    """Return whether ``word`` may be part of a name (capitalised, no stop word, not "NOT")."""
    if not word[0].isupper() or (len(word) > 1 and word.isupper()):
        return False
    rest = word[2:]  # an inner capital stands after two letters; every capital lower-cases
    inner = _INNER_CAPITAL_RE.search(word) if rest != rest.lower() else None
    if inner is not None and word[: inner.end() - 1] not in _SURNAME_PREFIXES:
        return False
    if len(word) >= 8 and word[-1] in _ORG_COMPOUND_ENDS and _ORG_COMPOUND_RE.search(word):
        return False  # "Planungsbüro", "Marktverwaltung", "Gartenwelt"
    folded = MATCHING.fold(word)
    return folded not in _NON_NAMES and not any(p in _NON_NAMES for p in folded.split("-"))


def _vocative_first_name(word: str) -> bool:
    """Return whether ``word`` is a known first name, maybe in the vocative ("oksano")."""
    return first_name(word) or (word[-1] == "о" and (word[:-1] + "а") in HAND_WRITTEN_FIRST_NAMES)


def _word_char_before(text: str, match: re.Match[str]) -> bool:
    return match.start() > 0 and (
        text[match.start() - 1].isalnum() or text[match.start() - 1] == "_"
    )


def _signature_name(line: str) -> bool:
    """Return whether a last line of a text is a name (no word a common or opinion word)."""
    for word in line.split():
        if word in _PARTICLES:  # "van der Berg"
            continue
        folded = MATCHING.fold(word).rstrip(".!")
        if (
            not _name_word(word.rstrip(".!") or "x")
            or folded in _NOT_NAME_WORDS
            or folded.startswith(_SENTIMENT_CUES)
        ):
            return False
    return True


def _caps_name(line: str) -> bool:
    """Return whether a line is a surname in capitals and a first name ("NOVÁK Petr")."""
    if not _CAPS_SURNAME_FIRST_RE.fullmatch(line.strip()):
        return False
    surname, first = line.split()
    folded = MATCHING.fold(surname)
    return (
        len(surname) >= 4  # "DPD Polska", "BMW Group" are companies
        and folded not in _NON_NAMES
        and folded not in _NOT_NAME_WORDS
        and not folded.startswith(_SENTIMENT_CUES)
        and _signature_name(first)
    )


def _upper_after(text: str, position: int) -> bool:
    """Return whether a capital letter follows ``position`` after spaces."""
    end = min(len(text), position + 4)
    for char in text[position:end]:
        if char not in " \t":
            return char.isupper()
    return False


def _first_name_after(folded: str, position: int) -> bool:
    """Return whether a known given name in lower case follows ``position`` ("som peto")."""
    word = _LOWER_WORD_RE.match(folded, position)
    return word is not None and first_name(word.group(1))


SIGNATURE_LINE_MAX_CHARS = 80
"""A longer line is no line of a signature block."""
_SIGNATURE_TAIL_CHARS = 320
"""How far from the text's end a signature block's name line is looked for."""


def _signature_block_name(text: str, found: _Found) -> tuple[int, int] | None:
    """Return the name of a signature block without a closing, or None.

    The text's last lines (up to four) are the block: phone numbers, e-mail addresses
    or addresses already found, a company (a legal form: "s.r.o.", "GmbH", or a trade
    or team word: "Účetnictví Čermáková", "Zespół obsługi"), or a role
    in lower case; the line before them holds two or three name words, maybe followed
    by ", " and a company ("J. Nowak, Rolmlecz sp. z o.o."). A last line of a name and
    a company counts too.
    """
    tail = len(text) - _SIGNATURE_TAIL_CHARS if len(text) - _SIGNATURE_TAIL_CHARS > 0 else 0
    end = len(text.rstrip())
    if text.find("\n", tail, end) < 0 and text.find(",", tail, end) < 0:
        return None
    block = contact = 0
    while end > tail:
        start = text.rfind("\n", tail, end) + 1
        if start <= tail and tail > 0:
            return None
        line = text[start:end].strip()
        if len(line) > SIGNATURE_LINE_MAX_CHARS:
            return None
        if start > 0 and (contact or "," in line):
            name = _block_name_line(text, start, end, company_required=contact == 0)
            if name is not None:
                return name
        kind = _block_line(text, start, end, line, found) if line and block < 4 else None
        if kind is None:
            return None
        block += 1
        contact += kind == "contact"
        end = start - 1
        if end <= 0 or not text[:end].strip():
            return None
    return None


_BLOCK_LABEL_RE = re.compile(r"(?:^|[|,;])[ \t]*[^\W\d_][\w.\- ]{0,20}:[ \t]*")
"""A field label on a signature line ("tel.: ", "| DIČ: "): not counted against its value."""


def _block_line(text: str, start: int, end: int, line: str, found: _Found) -> str | None:
    """Return "contact" (a company, phone, e-mail, address), "role" or None for a line."""
    if line[0].islower() and len(line) <= 60 and line[-1] not in ".!?":
        return "role"
    covered = 0  # the characters of the line inside spans, without min() and max() calls
    for s, e, _ in found.replaced:
        overlap = (end if end < e else e) - (start if start > s else s)
        if overlap > 0:
            covered += overlap
    labels = sum(len(m.group()) for m in _BLOCK_LABEL_RE.finditer(line))  # "mobil: ", "| DIČ: "
    if covered >= 0.8 * (len(line) - labels) or _LEGAL_FORM_RE.search(line):
        return "contact"
    words = line.split()
    if len(words) <= 4 and MATCHING.fold(words[0]) in _NON_NAMES:
        return "contact"  # a company or team line: "Účetnictví Čermáková", "Kundenservice"
    return None


def _block_name_line(
    text: str, start: int, end: int, company_required: bool
) -> tuple[int, int] | None:
    """Return the name span of a signature block's name line, or None."""
    line = text[start:end]
    lead = len(line) - len(line.lstrip())
    name, comma, rest = line.strip().partition(",")
    if comma:
        if not _LEGAL_FORM_RE.search(rest):
            return None
    elif company_required:
        return None
    name = name.rstrip()
    words = name.split()
    if not 2 <= len(words) <= NAME_MAX_WORDS or not _NAME_LINE_RE.fullmatch(name):
        return None
    if not _signature_name(name) and not _caps_name(name):
        return None
    return start + lead, start + lead + len(name)


def _letterhead_name(text: str, found: _Found) -> tuple[int, int] | None:
    r"""Return the sender's name on a letter's first line, above their address, or None.

    A letter may open with the sender's block ("Marie Kopecká\nZahradní 12, 664 34
    Kuřim\n..."): the first line is two or three name words, one of them a known given
    name, and the line below it is an address, phone or e-mail already found.
    """
    lead = len(text) - len(text.lstrip())
    first_end = text.find("\n", lead)
    if first_end < 0:
        return None
    name = text[lead:first_end].rstrip()
    words = name.split()
    if not 2 <= len(words) <= NAME_MAX_WORDS or not _NAME_LINE_RE.fullmatch(name):
        return None
    if not _signature_name(name) or not any(first_name(word) for word in words):
        return None
    below_end = text.find("\n", first_end + 1)
    below_end = len(text) if below_end < 0 else below_end
    if (
        _block_line(text, first_end + 1, below_end, text[first_end + 1 : below_end].strip(), found)
        != "contact"
    ):
        return None
    return lead, lead + len(name)


_NAME_LINE_RE = re.compile(
    r"(?:" + _CAP + r"\.[ \t]*|)" + _CAP_WORD + r"(?:-" + _CAP_WORD + r"|)"
    r"(?:[ \t]+(?:" + _CAP + r"\.|" + _CAP_WORD + r"(?:-" + _CAP_WORD + r"|))){0,2}"
)
"""One to three name words or initials ("J. Nowak", "Zdeňka Holubová")."""


def _name_after_first_name(text: str, first: re.Match[str]) -> tuple[int, int]:
    """Return the span of a known first name and the surname after it, if there is one."""
    end = first.end()
    gap = _GAP_IN_NAME_RE.match(text, end)
    if gap is not None:
        word = _WORD_RE.match(text, gap.end())
        if word is not None and not word.group(1) and _signature_name(word.group()):
            end = word.end()  # "kurier Marek Nowak"
    return first.start(), end


def _name_after(text: str, cue: re.Match[str]) -> tuple[int, int] | None:
    """Return the span of the name after a cue, or None if no name follows."""
    kind = cue.lastgroup or ""
    position = cue.end()
    folded_cue = cue.group(kind).strip()
    honorific = MATCHING.fold(folded_cue.split()[-1]).rstrip(".") in _HONORIFICS
    if kind in ("honorific", "self", "academic"):  # "pan Wojciech", "jestem Ewa Nowak"
        position = _GAP_AFTER_HONORIFIC_RE.match(text, position).end()  # type: ignore[union-attr]
    gap_re = _GAP_AFTER_CLOSING_RE if kind == "closing" else _GAP_AFTER_GREETING_RE
    position = gap_re.match(text, position).end()  # type: ignore[union-attr]
    if kind == "greeting" and text[position - 1 : position] == ":":
        below = _FIELD_VALUE_BELOW_RE.match(text, position)  # "Imię i nazwisko:\nGrzegorz ..."
        position = position if below is None else below.end()
    if kind in ("self", "intro"):
        lower = _LOWER_WORD_RE.match(text, position)
        if lower is not None and first_name(lower.group(1)):  # "tady lukas", "это саша"
            end = lower.end(1)
            after = _LOWER_WORD_RE.match(text, end)
            if (
                after is not None
                and after.group().startswith(" ")
                and surname_shaped(after.group(1))
                and MATCHING.fold(after.group(1)) not in _NOT_NAME_WORDS
            ):
                end = after.end(1)  # "michal wisniewski"
            return lower.start(1), end
    for _ in range(3):  # "Pani", "Frau Dr.", "Herr Prof. Dr.", "S pozdravem\nIng."
        word = _WORD_RE.match(text, position)
        if word is None or MATCHING.fold(word.group()).rstrip(".") not in _HONORIFICS:
            break
        after = _GAP_AFTER_HONORIFIC_RE.match(text, word.end())
        if after is None:
            return None
        honorific, position = True, after.end()
        word = _DEGREE_ABBREVIATION_RE.match(text, position)  # "Dr. med.", "Dr. rer. nat."
        if word is not None:
            position = word.end()
    if kind == "greeting" and ":" in text[cue.start() : position]:
        upper = _CAPS_FIELD_NAME_RE.match(text, position)  # "ФИО: СОКОЛОВА ИРИНА ПАВЛОВНА"
        if upper is not None:
            words = upper.group().replace(",", " ").split()
            if _signature_name(" ".join(w.title() for w in words)) and any(
                first_name(w.title()) for w in words
            ):
                return upper.span()
    caps = _CAPS_SURNAME_FIRST_RE.match(text, position) if kind == "closing" else None
    if (
        caps is not None
        and MATCHING.fold(caps.group(1)) not in _NON_NAMES
        and _CLOSING_BREAK_RE.search(text, cue.end(), position)
    ):
        return position, caps.end()  # "NOVÁK Petr", "КОВАЛЕНКО Дмитро" under a closing
    if kind == "closing" and _CLOSING_BREAK_RE.search(text, cue.end(), position):
        upper = _CAPS_NAME_LINE_RE.match(text, position)
        if (
            upper is not None
            and _signature_name(upper.group().title())
            and all(len(set(w)) > 2 for w in upper.group().split())  # "XXXX XXXX"
        ):
            return upper.span()  # "ZUZANA KRÁLOVÁ" under a closing
    if (
        kind == "greeting"
        and not honorific
        and "\n" not in text[cue.end() : position]
        and (lower := _LOWER_FIRST_NAME_RE.match(text, position)) is not None
        and _vocative_first_name(lower.group())
    ):
        return lower.span()  # "hej ania,", "привіт оксано,"
    if (
        kind == "greeting"
        and honorific
        and "\n" not in text[cue.end() : position]
        and (lower := _LOWER_FIRST_NAME_RE.match(text, position)) is not None
        and (_vocative_first_name(lower.group()) or surname_shaped(lower.group()))
        and MATCHING.fold(lower.group()) not in _NOT_NAME_WORDS
    ):
        return lower.span()  # "dobry den pani hajkova", "hallo frau mueller"
    if (
        kind == "closing"
        and "\n" in text[cue.end() : position]
        and (lower := _LOWER_LAST_WORD_RE.match(text, position)) is not None
        and lower.group(1) in _FIRST_NAMES
    ):
        return lower.span(1)  # "Cheers,\nmike"
    start = end = position
    count = 0
    while count < NAME_MAX_WORDS:
        word = _WORD_RE.match(text, position)
        if word is None:
            break
        token = word.group()
        core = token[:-1] if word.group(1) else token
        if count and core in _PARTICLES and not word.group(1):  # "van der Berg"
            tail = _PARTICLE_TAIL_RE.match(text, word.start())
            if tail is not None and _name_word(tail.group(1)):
                end = tail.end()
            break
        if count and _DEGREES_AFTER_RE.match(" " + text[word.start() : word.start() + 40].lower()):
            break  # "Dr Hannah Lowe BVSc MRCVS": the degrees end the name (and join it later)
        if not _name_word(core):
            if count == 0:
                return None
            break
        if len(core) == 1 and not word.group(1):
            break  # a lone letter without a dot ("I", "Я") is no initial
        initial = len(core) == 1
        end = word.end() if initial else word.start() + len(core)
        if initial:
            glued = _GLUED_INITIALS_RE.match(text, end)  # "Ковалёв А.Н."
            if glued is not None:
                end = glued.end()
        count += 1
        if word.group(1) and not initial:
            break  # "Kowalski." ends the sentence
        gap = _GAP_IN_NAME_RE.match(text, word.end())
        if gap is None:
            break
        position = gap.end()
    if count == 0:
        return None
    if kind in ("self", "academic") and not honorific:
        words = text[start:end].split()
        if len(words) < 2 and (kind == "academic" or words[0].lower() not in _FIRST_NAMES):
            return None
        if kind == "self" and (
            not _AFTER_SELF_NAME_RE.match(text, end)
            or not _signature_name(text[start:end])
            or any(_PREDICATE_WORD_RE.search(word) for word in words)
        ):
            return None  # "I'm Very Happy With It", "Jestem Wirtualnym Asystentem FaliNet"
    if (
        kind == "greeting"
        and not honorific
        and not _END_AFTER_GREETING_RE.match(text, end)
        and text[start:end].split()[0].lower() not in _FIRST_NAMES  # "this is Anna from"
    ):
        return None  # "Dzień dobry, Paczka nie doszła": a sentence, not a name
    if kind == "closing":
        if (
            not _END_AFTER_CLOSING_RE.match(text, end)
            and not (
                _FROM_AFTER_NAME_RE.match(text, end)  # "Viele Grüße, Julia von FlixBus"
                and text[start:end].split()[0].lower() in _FIRST_NAMES
            )
            and not _DEGREES_AFTER_RE.match(text[end : end + 40].lower())  # "..., Ph.D."
        ):
            return None
        if (
            folded_cue in _BARE_CLOSINGS
            and not _CLOSING_BREAK_RE.search(text, cue.end(), start)
            and text[start:end].split()[0].lower() not in _FIRST_NAMES  # "Danke & Gruß Timo"
        ):
            return None  # "Best Free Podcast App" is no signature
    if (
        kind in ("closing", "greeting")
        and not text[end:].strip(" \t.!)")
        and " " not in text[start:end]
        and not _CLOSING_BREAK_RE.search(text, cue.end(), start)
        and ":" not in text[cue.start() : start]  # a form field: "Nachname: Krämer"
        and not has_name_evidence(text[start:end])
    ):
        return None  # "... Danke Telekom", "Thanks Amazon": a thank-you to a company
    return start, end


_SIGN_OFFS = (
    "dziękuję dzięki z góry dziękuję pozdrawiam pozdro miłego dnia do usłyszenia ukłony "
    "děkuji děkuju díky dík předem děkuji hezký den mějte se zdraví s pozdravem "
    "ďakujem vďaka vopred ďakujem pekný deň majte sa s pozdravom "
    "thanks thank you many thanks all the best take care talk soon cheers regards best "
    "respectfully thx yours "
    "danke vielen dank besten dank grüße gruß grüsse gruss bis bald herzlichst "
    "спасибо заранее спасибо благодарю всего доброго всего хорошего хорошего дня "
    "с уважением удачи дякую заздалегідь дякую щиро гарного дня на все добре з повагою "
    "целую обнимаю пока цілую обіймаю бувай дяк měj se mějte se maj sa čau hugs love xoxo "
    "bussi tschüss ciao grüßle grüessli servus mfg "
    "dyakuyu diakuiu dyakuju spasibo spasybi dziekuje dzieki"
)
"""Words that close a message (beyond the languages' ``closings``), as one string of
words: a line starting with one of them is a sign-off line ("Díky moc!", "Danke und bis
bald"), below which the writer's name is looked for."""
_SIGN_OFF_INTENSIFIERS = (
    r"(?:[ \t]+(?:moc|mnohokrat|pekne|velmi|vel'mi|bardzo|wielkie|serdeczne|serdecznie|"
    r"большое|огромное|дуже|велике|щиро|so much|a lot|very much|again|vielmals|schon|sehr|"
    r"dir|euch|nochmal|lieb))"
)
"""Words that go on a sign-off ("díky moc", "спасибо большое", "danke dir"), folded."""
_SIGN_OFF_RE = _ByFirstChar(
    lambda alternatives: re.compile(
        r"[\W_]*(?:"
        + _cue_alternation(alternatives)
        + r")(?!\w)"
        + _SIGN_OFF_INTENSIFIERS
        + r"{0,2}(?!\w)"
    ),
    _cue_alternatives(_collect("closings") | {re.escape(w) for w in _SIGN_OFFS.split()}),
    skip=re.compile(r"[\W_]*"),
)
SIGN_OFF_LINE_MAX_CHARS = 60
"""A longer line is a sentence, not a sign-off line."""
NAME_LINE_MAX_CHARS = 48
"""A longer line (its part before a comma or dash) is no name line."""
_NAME_LINE_CUT_RE = re.compile(r"[,|(/]|[ \t][-–—][ \t]|[ \t]*[-–—][ \t]*$")
"""Where a name line's name ends: "Jan Novák, vedoucí", "Anna Nowak | Allegro"."""
_NAME_LINE_CUT_GATE_RE = re.compile(r"[,|(/\-–—]")
"""A character every match of :data:`_NAME_LINE_CUT_RE` holds: a line without one has no
cut (the cut's branches start with classes, so its own search tries every position)."""
_LINE_TOKEN_RE = re.compile(r"\S+")
_CONNECTORS = frozenset(["a", "i", "und", "and", "&", "и", "і", "та", "+", "y"])
"""Words joining two signers ("Jan a Eva", "Petra und Tim")."""
_LEADING_TITLE_RE = re.compile(
    r"(?:arch\.|Dr\.-Ing\.|Dipl\.-Ing\.|Dipl\.-Kfm\.|Prof\.|Dr\.|PhDr\.|Ing\.|"
    r"Mgr\.|Bc\.|MUDr\.|JUDr\.|doc\.|inż\.|dr|mgr|i\.A\.|i\.V\.|ppa\.|pp\.|p\.p\.)"
)
"""Titles and "on behalf" marks before a name on a signature line ("i. A.", "Dr.-Ing.")."""
_LEADING_DASH_RE = re.compile(
    r"[ \t]*(?:>[ \t]*)*(?:[-–—~]+|\W*(?:\u2014|\u2013)|(?:" + _EMOJI + r"[ \t]*)+|)[ \t]*"
)
"""Before a name on its line: a dash, quote marks of a reply, emoji ("— Jana", "🙏 Julia")."""
_FAMILY_RE = re.compile(
    r"(?i:rodina|rodzina|rodzinka|família|familie|family|fam\.|семья|сім'я|родина|manželé|"
    r"manželia|państwo|eheleute|супруги|подружжя)[ \t]+"
    r"(?=" + _CAP + r")"
)
"""A family or a couple signing together: "rodina Vávrových", "Familie Brandt", "семья
Ивановых", "manželé Novákovi", "Państwo Kowalscy"."""
_SIGNER_LEADERS = frozenset(["ihr", "ihre", "euer", "eure", "dein", "deine", "x", "xx", "xxx"])
"""Words before a signer's name on its line that are no part of it: "Ihr Thomas Meier",
"xx Lucy"."""
_TRAILING_EMOJI_RE = re.compile(r"(?:[ \t]*" + _EMOJI + r")+[ \t]*\Z")
_EMOJI_CHAR_RE = re.compile(_EMOJI)


def _trailing_emoji(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return ``_TRAILING_EMOJI_RE.search(text, start, end)``.

    A match ends in an emoji and spaces or tabs: where the last other character before
    ``end`` is no emoji the search (which tries every position) is not made.
    """
    last = end - 1
    while last >= start and text[last] in " \t":
        last -= 1
    if last < start or _EMOJI_CHAR_RE.match(text, last) is None:
        return None
    return _TRAILING_EMOJI_RE.search(text, start, end)


_PROXY_LINE_RE = re.compile(
    r"[ \t]*(?i:im auftrag|in vertretung|i\.[ \t]?a\.|i\.[ \t]?v\.|ppa\.?|pp\.?|p\.p\.|per pro|"
    r"w imieniu|z up\.|v zastoupení|v zastúpení|za|от имени|за дорученням)[ \t:]*\Z"
)
"""A line that says the name below signs for someone else: "Im Auftrag", "i. A.", "pp"."""
TAIL_LINES = 4
"""How many of the last non-empty lines of a message are searched for a name line."""
SIGNATURE_BLOCK_LINES = 8
"""How far above the text's end a sign-off is looked for when only short lines follow it."""
_INITIALS_TOKEN_RE = re.compile(_CAP + r"\.(?:" + _CAP + r"\.){0,1}" + _CAP + r"\.?")
"""Initials written together: "A.K.", "В.І.П."."""
_NOT_INITIALS = frozenset({"PS", "NB", "OK", "PP", "AD", "EU", "UK", "US"})
_LEGAL_FORM_INITIALS = frozenset({"SA", "SC", "SJ", "SK", "AS", "NV", "BV", "AG", "KG"})
"""Legal forms written like initials after a company name ("Elektro-Dom S.A.")."""
_DATE_TOKEN_RE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
_KISSES = frozenset({"x", "xx", "xxx", "xo", "xoxo"})
_SURNAME_COMMA_FIRST_RE = re.compile(
    r"(?P<surname>"
    + _CAP
    + r"[^\W\d_]+(?:-"
    + _CAP
    + r"[^\W\d_]+|)),[ \t]+(?P<first>"
    + _CAP
    + r"[^\W\d_]+)[ \t]*\Z"
)
"""A signature line "Surname, First" (the first name known)."""
_SIGNER_JOIN_RE = re.compile(r"[ \t]*(?:,|&|\+|and|und|a|i|и|і|та)[ \t]+(?=\w)")
"""Between two signers on one line: "Anna Kowal, Jan Kowal", "Tom Fry & Ann Lee"."""
_CHAT_SPEAKER = r"[^\W\d_][\w .()-]{0,30}(?:\(\d{1,2}:\d\d(?::\d\d|)\)|):"
"""A chat speaker's label ("Klient:", "Agent Marcus:", "Operátorka Klára (14:02):")."""
_CHAT_STAMP = r"(?:\[[\d:. ]{3,12}\][ \t]*|)"
"""An optional time stamp before it ("[09:14] ")."""
_CHAT_LABEL_RE = re.compile(_CHAT_SPEAKER + r"[ \t]+")
_THANKS_COMMA_NAME_RE = re.compile(r"([^,\n]{1,20}),[ \t]*([^\W\d_]+)[ \t]*[.!]?\Z")
"""A short last clause and a first name after a comma: "ok thanks, ola"."""
_DASH_NAME_RE = re.compile(
    r"[ \t][-–—][ \t]*([^\W\d_]+)(?:[ \t]+(?:z|ze|zo|from|aus|из|з|od|von)[ \t]+[^\W\d_]+|)"
    r"[ \t]*[.!]?\Z"
)
"""A first name after a dash ending a message: "... recommend it - anna"."""


_AFTER_NAME_CUES = (
    "here",
    "speaking",
    "hier",
    "z tej strony",
    "tady",
    "tu",
    "тут",
    "на связи",
    "на зв'язку",
)
_NAME_BEFORE_CUE_RE = re.compile(
    r"(?:^|(?<=[\n.!?,;:]))[ \t]*(?P<name>"
    + _CAP_WORD
    + r"(?:[ \t]+"
    + _CAP_WORD
    + r"|))[ \t]*,?[ \t]+(?i:"
    + "|".join(re.escape(c) for c in _AFTER_NAME_CUES)
    + r")(?!\w)"
)
"""A self-introduction with the name first: "Anna Nowak z tej strony", "Tom here"."""
_AFTER_NAME_WORDS = frozenset(
    c.split()[-1] + mark for c in _AFTER_NAME_CUES for mark in ("", ",", ".", "!", ":", ";")
)
"""The cues' last words: a text without any (a set look-up) skips the search."""


_PRONOUN_NAME_RE = re.compile(
    _first_char_factored(["я", "Я", "ich", "Ich", "ja", "Ja", "I"], r"[^\s(]")
    + r"[ \t]*,[ \t]*(?:[^\W\d_]+[ \t]+){0,2}?(?P<name>"
    + _CAP_WORD
    + r"(?:-"
    + _CAP_WORD
    + r"|)(?:[ \t]+"
    + _CAP_WORD
    + r"(?:-"
    + _CAP_WORD
    + r"|)){1,2})[ \t]*,"
)
"""A formal self-introduction: "Я, Волкова Людмила Сергеевна, ...", "ich, Wolfgang Richter,"
(up to two lower-case words between: "Ja, dolu podpísaný Jaroslav Sivák,"); the pronoun
stands at the text's start or after a space or "(" (the look-behind after its first
letter)."""
_PRONOUN_WORDS = frozenset(["я,", "ich,", "ja,", "i,"])
"""The pronoun with its comma as a folded word: a text without any skips the search."""
_OPENING_NAME_RE = re.compile(
    r"\A[ \t]*(?P<name>" + _CAP_WORD + r"(?:[ \t]+" + _CAP_WORD + r"|))[ \t]*[,!][ \t]*"
)
"""A text that opens with a name and a comma before a greeting: "Кирилл, добрый день!",
or an exclamation mark: "Jen! refund came through"."""
_APPOSITION_NAME = _CAP_WORD + r"(?:-" + _CAP_WORD + r"|)"
_ROLE_APPOSITION_RE = re.compile(
    _ignorecase_factored(
        ["as", "jako", "ako", "als", "как", "як", "jsem", "som", "jestem"]
        + [r"ich[ \t]+bin", r"i[ \t]+am", "i'm", "я"],
        r"\w",
    )
    + r"[ \t]+(?:[^\W\d_]+[ \t]+){0,3}[^\W\d_]+,[ \t]*(?P<name>"
    + _APPOSITION_NAME
    + r"(?:[ \t]+"
    + _APPOSITION_NAME
    + r"){1,2})[ \t]*,"
)
"""A name set off by commas after the writer's role: "as the account holder, Harriet
Fortescue-Smythe, I ...", "jako majitelka účtu, Jana Horáková, žádám", "Als
Kontoinhaberin, Ayşe Yıldırım-Becker, bitte ich"; or after "I am": "Jsem její otec, Jakub
Vacek, tel. ...", "Ja som jeho mama, Ivana Bartošová,"."""
_ROLE_WORDS = frozenset(
    ["as", "jako", "ako", "als", "как", "як", "jsem", "som", "jestem", "bin", "am", "i'm", "я"]
)


_LINE_OPENING_NAME_RE = _LineStartSearch(
    r"(?m)^[ \t]*(?:[>—–-][ \t]*)*(?P<name>" + _CAP_WORD + r"(?:[ \t]+" + _CAP_WORD + r"|))"
    r"[ \t]*,[ \t]*"
)
"""A line (of a chat, a quoted reply) that opens with a name before a greeting: "— Машуль,
привет!", "> Константин, добрый день!"."""
_ADDRESSED_NAME_RE = re.compile(r",[ \t]*(?P<name>[^\W\d_]+)[ \t]*!")
"""A word after a comma and before an exclamation mark: "дякую, Іринко!" (the clause
before the comma decides whether it is a person thanked by name)."""
_OPENING_DASH_NAME_RE = re.compile(r"\A[ \t]*(?P<name>" + _CAP_WORD + r")[ \t]+[-–—][ \t]+(?=\w)")
"""A text that opens with a name and a dash: "Ola - see below"."""


def _formal_and_opening_names(
    text: str, folded: str, words: list[str], found: _Found, lang: str | None
) -> None:
    """Take "Я, Волкова Людмила Сергеевна," and an opening "Лёша, привет!"."""
    dash = _OPENING_DASH_NAME_RE.match(text)
    if dash is not None and first_name(dash.group("name")) and found.free(*dash.span("name")):
        found.take(*dash.span("name"), "name")  # "Ola - see below"
    if "," not in text and "!" not in text:
        return
    roles = () if _ROLE_WORDS.isdisjoint(words) else _ROLE_APPOSITION_RE.finditer(text)
    pronouns = () if _PRONOUN_WORDS.isdisjoint(words) else _PRONOUN_NAME_RE.finditer(text)
    for m in chain(roles, pronouns):  # "as the account holder, Name,", "Я, Name,"
        names = m.group("name").split()
        if (
            all(_name_word(w) for w in names)
            and any(has_name_evidence(w, lang) for w in names)
            and found.free(*m.span("name"))
        ):
            found.take(*m.span("name"), "name")
    if "!" in text:
        for thanked in _ADDRESSED_NAME_RE.finditer(text):
            span = thanked.span("name")
            word = text[span[0] : span[1]]
            start = _clause_start(text, thanked.start())
            if (
                start is not None
                and _after_sign_offs(text, folded, start, thanked.start()) is not None
                and _name_word(word)
                and first_name(word)
                and found.free(*span)
            ):
                found.take(*span, "name")  # "дякую, Іринко!": the person thanked by name
    if "\n" in text or text.lstrip().startswith(("—", "–", "-", ">")):
        for line in _LINE_OPENING_NAME_RE.finditer(text):  # also in blanked quotes
            cue = _CLAUSE_CUE_RE.match(folded, line.end())
            words_of_name = line.group("name").split()
            if (
                cue is not None
                and cue.lastgroup == "greeting"
                and all(_name_word(w) for w in words_of_name)
                and has_name_evidence(words_of_name[0], lang)
                and found.free(*line.span("name"))
            ):
                found.take(*line.span("name"), "name")
    opening = _OPENING_NAME_RE.match(text)
    if opening is not None and _CLAUSE_CUE_RE.match(folded, opening.end()) is None:
        name = opening.group("name")  # "Ania, posyłam ci ...": a known first name alone
        if (
            " " not in name
            and first_name(name)
            and MATCHING.fold(name) not in _NON_NAMES
            and found.free(*opening.span("name"))
        ):
            found.take(*opening.span("name"), "name")
        return
    if opening is not None and _CLAUSE_CUE_RE.match(folded, opening.end()) is not None:
        words = opening.group("name").split()
        if (
            all(_name_word(w) for w in words)
            and has_name_evidence(words[0], lang)
            and found.free(*opening.span("name"))
        ):
            found.take(*opening.span("name"), "name")


_FULL_NAME_RE = re.compile(
    r"(?P<first>" + _CAP + r"(?<![\w.'’-].)[^\W\d_" + _UPPER + r"]++)[ \t]++"
    r"(?P<last>" + _CAP + r"[^\W\d_" + _UPPER + r"]++(?:-" + _CAP + r"[^\W\d_]++|))(?![\w'’-])"
)
"""Two capitalised words in running text ("the courier Mariusz Sikora said ..."); the
look-behind follows the first capital, so that the search skips ahead to capitals. The
repeats are possessive (``++``): what follows each can never be what it gave back (a space
after the letters, a capital after the spaces; after the last word's letters a letter left
would fail the look-ahead), so giving back, which a capitalised word before a lower-case
one made the matcher try letter by letter, finds nothing."""
_NICKNAME_GATE_RE = re.compile(r"[„“\"«(][^\W\d_]{2,15}+[“”\"»)][ \t]+[^\W\d_]")
"""A quoted or bracketed word before another word: texts without one skip the search (the
letters possessive: a closing mark is no letter, so giving one back finds nothing)."""
_NICKNAME_NAME_RE = re.compile(
    r"(?P<first>"
    + _CAP
    + r"(?<![\w.'’-].)"
    + _CAP_WORD[len(_CAP) :]
    + r")[ \t]+[„“\"«(]"
    + _CAP_WORD
    + r"[“”\"»)][ \t]+"
    r"(?P<last>" + _CAP_WORD + r"(?:-" + _CAP_WORD + r"|))(?![\w'’-])"
)
"""A given name, a nickname in quotes or brackets and a surname: 'Tomasz „Tomek”
Wiśniewski', "Maximilian (Max) Schulz", "Дмитро «Дімон» Савченко"."""
_PERSON_LIKE_BRANDS = frozenset(
    MATCHING.fold(brand)
    for brand in (
        "John Lewis",
        "Hugo Boss",
        "Tommy Hilfiger",
        "Calvin Klein",
        "Ralph Lauren",
        "Tom Tailor",
        "Paul Smith",
        "Ted Baker",
        "Emil Frey",
        "Irena Eris",
        "Yves Rocher",
        "Mary Kay",
        "Estee Lauder",
        "Karl Lagerfeld",
        "Bruno Banani",
        "Victoria Secret",
        "Jan Niezbędny",
        "Brit Care",
        "Brit Premium",
        "Ben Jerry",
        "Marc Jacobs",
        "Michael Kors",
        "Jack Wolfskin",
        "Tim Hortons",
        "Dr Oetker",
    )
)
"""Brands named after a person, which a name in running text must not be."""
_STREET_ABBREVIATIONS = frozenset(["st", "rd", "ave", "str", "ln", "blvd"])
_COMPANY_WORD_ENDINGS = ("bank", "haus", "markt", "shop", "service", "versand")
"""Endings of company words written as one word ("Direktbank", "Autohaus", "Getränkemarkt")."""


def _full_names(text: str, found: _Found) -> None:
    """Take a known given name followed by a surname anywhere in the text.

    The given name must be a listed one (hand-written or library), not a common word of
    any language; the next word a capitalised word that is no common word, no opinion
    word and no company or trade word ("Anna Borkowska", "Kathleen Murphy").
    """
    for m in _FULL_NAME_RE.finditer(text):
        first, last = m.group("first"), m.group("last")
        folded_first, folded_last = MATCHING.fold(first), MATCHING.fold(last)
        if (
            not first_name(first)
            or folded_first in _NOT_NAME_WORDS
            or folded_first in _NON_NAMES
            or not _name_word(last)
            or folded_last in _NOT_NAME_WORDS
            or f"{folded_first} {folded_last}" in _PERSON_LIKE_BRANDS
            or folded_last in _STREET_ABBREVIATIONS  # "Tanner St"
            or folded_last.endswith(_COMPANY_WORD_ENDINGS)  # "Hanse Direktbank"
            or folded_last.startswith(_SENTIMENT_CUES)
            or _LEGAL_FORM_RE.match(text, m.end() + 1) is not None
        ):
            continue
        if found.free(*m.span()):
            found.take(*m.span(), "name")
    if _NICKNAME_GATE_RE.search(text) is not None:
        for m in _NICKNAME_NAME_RE.finditer(text):
            if (
                first_name(m.group("first"))
                and _name_word(m.group("last"))
                and MATCHING.fold(m.group("last")) not in _NOT_NAME_WORDS
            ):
                found.widen_name(*m.span())  # 'Tomasz „Tomek” Wiśniewski', over "Tomasz"


CLAUSE_BEFORE_MAX_CHARS = 40
"""The longest clause before a name that is read as a greeting or a thank-you."""


def _clause_start(text: str, position: int) -> int | None:
    """Return where the clause ending at ``position`` starts, or None if it is long."""
    start = max(text.rfind(c, 0, position) for c in "\n.!?;:") + 1
    return start if position - start <= CLAUSE_BEFORE_MAX_CHARS else None


def _greeted(text: str, position: int) -> bool:
    """Return whether the clause before ``position`` is a greeting of the languages' cues."""
    start = _clause_start(text, position)
    if start is None:
        return False
    folded = MATCHING.fold(text[start:position]).lstrip()
    cue = _CLAUSE_CUE_RE.match(folded)
    return (
        cue is not None
        and cue.lastgroup == "greeting"
        and not folded[cue.end() :].strip(" \t,!-–—")  # only the greeting before the name
    )


def _names_before_cue(text: str, words: list[str], found: _Found, lang: str | None) -> None:
    """Take "Tom here", "Jana Horáková tady", "Олег на связи": a known name before the cue.

    After a greeting ("Hi, Dan here") a capitalised word is enough.
    """
    if _AFTER_NAME_WORDS.isdisjoint(words):
        return
    for m in _NAME_BEFORE_CUE_RE.finditer(text):
        words = m.group("name").split()
        if (
            all(_name_word(w) for w in words)
            and (has_name_evidence(words[0], lang) or _greeted(text, m.start("name")))
            and _signature_name(m.group("name"))
            and found.free(*m.span("name"))
        ):
            found.take(*m.span("name"), "name")


def _line_spans(text: str, stop_at_first: bool = False) -> list[tuple[int, int]]:
    """Return the (start, end) of each non-empty line of ``text``, stripped of spaces.

    With ``stop_at_first``, of the first one only.
    """
    spans = []
    position = 0
    while True:  # line by line (not split: the first line is often all that is read)
        newline = text.find("\n", position)
        end = len(text) if newline < 0 else newline
        line = text[position:end]
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((position + lead, position + lead + len(stripped)))
            if stop_at_first:
                break
        if newline < 0:
            break
        position = newline + 1
    return spans


def _tail_line_spans(text: str, count: int) -> list[tuple[int, int]]:
    """Return the spans of the last ``count`` non-empty lines of ``text``, as :func:`_line_spans`.

    The first non-empty line's span comes first if it is not among them. Only the text's
    end (and its start, up to the first non-empty line) is looked at.
    """
    spans: list[tuple[int, int]] = []
    end = len(text)
    while True:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
        if start == 0:
            return spans[::-1]
        if len(spans) == count:
            break
        end = start - 1
    spans.reverse()
    first = _line_spans(text[: start - 1], stop_at_first=True)
    return first + spans


def _name_in_line(
    text: str, start: int, end: int, lang: str | None, weak: bool = False
) -> tuple[int, int] | None:
    """Return the span of a name that makes up a short line (or its part before a comma).

    The line (after a leading dash and titles such as "Ing.", "Dr.") holds one to four
    name words or initials, maybe two signers joined by "a"/"und"/"и"; at least one word
    is a known given name or surname (:func:`~vocmine.nlp.name_lexicon.has_name_evidence`).
    A line in lower case ("michal wisniewski") needs a given name first; a line in
    capitals is judged title-cased. A company's legal form on the line rules it out.
    With ``weak`` (the rest of a sign-off line: "LG Steffi", "Díky, Pája") one or two
    capitalised name words count without that evidence.
    """
    lead = _LEADING_DASH_RE.match(text, start, end)
    if lead is not None:
        start = lead.end()
    comma_name = _SURNAME_COMMA_FIRST_RE.match(text, start, end)
    if (
        comma_name is not None
        and (
            first_name(comma_name.group("first"))
            or (weak and _name_word(comma_name.group("first")))
        )
        and _name_word(comma_name.group("surname"))
    ):
        return comma_name.start(), comma_name.end("first")  # "Novák, Petr"
    cut = (
        _NAME_LINE_CUT_RE.search(text, start, end)
        if _NAME_LINE_CUT_GATE_RE.search(text, start, end)
        else None
    )
    if cut is not None:
        end = cut.start()
    family = _FAMILY_RE.match(text, start, end)
    if family is not None:  # "— rodina Vávrových": the family word is the evidence
        surname = _CAP_WORD_RE.match(text, family.end(), end)
        if surname is not None and surname.end() == len(text[:end].rstrip(" \t.!")):
            return surname.span() if _name_word(surname.group()) else None
    source = _FROM_AFTER_NAME_RE.search(text, start, end)
    if source is not None and source.start() > start:
        end = source.start()  # "Honza z půjčovny", "Julia von FlixBus"
    trailing = _trailing_emoji(text, start, end)
    if trailing is not None:
        end = trailing.start()  # "Lena 😊"
    part = text[start:end].rstrip(" \t.!")
    if not part or len(part) > NAME_LINE_MAX_CHARS:
        return None
    tokens = [(m.start(), m.group()) for m in _LINE_TOKEN_RE.finditer(part)]
    if tokens and _DATE_TOKEN_RE.fullmatch(tokens[0][1]):
        tokens.pop(0)  # "12.03.2025   J. Novák"
    if len(tokens) > 1 and tokens[-1][1].lower() in _KISSES:
        tokens.pop()  # "Anna x"
    if (
        len(tokens) == 1
        and _INITIALS_TOKEN_RE.fullmatch(tokens[0][1])
        and tokens[0][1].replace(".", "") not in _NOT_INITIALS
        and not weak
    ):
        token_end = start + tokens[0][0] + len(tokens[0][1])
        if text.startswith(".", token_end):
            token_end += 1
        return start + tokens[0][0], token_end  # "A.K."
    while tokens and (
        MATCHING.fold(tokens[0][1]).rstrip(".") in _HONORIFICS
        or MATCHING.fold(tokens[0][1]) in _ACADEMIC_WORDS
        or _LEADING_TITLE_RE.fullmatch(tokens[0][1])
    ):
        tokens.pop(0)  # "Ing. Petr Dvořák", "Dr. Anna Weber", "i. A. Birgit Hoffmann"
    if len(tokens) > 1 and tokens[0][1].lower() in _SIGNER_LEADERS:
        tokens.pop(0)  # "Ihr Thomas Meier", "xx Lucy"
        weak = False  # "Ihr Personalteam": after "Ihr" a name needs evidence
    if len(tokens) > 2 and tokens[0][1] == "i." and tokens[1][1] in ("A.", "V."):
        del tokens[:2]
    if not tokens or len(tokens) > 5:
        return None
    lower = part.islower()
    upper = not lower and all(not c.islower() for c in part)
    words = initials = 0
    evidence = False
    for index, (_offset, token) in enumerate(tokens):
        if token.lower() in _CONNECTORS:
            if index in (0, len(tokens) - 1):
                return None
            continue
        core = token.rstrip(".")
        if len(core) == 1 and core.isupper() and (token.endswith(".") or index):
            words += 1  # an initial: "J. Nowak", "Jo W"
            initials += 1
            continue
        if (
            index
            and _INITIALS_TOKEN_RE.fullmatch(token)
            and token.replace(".", "") not in _LEGAL_FORM_INITIALS
        ):
            words += 1  # initials written together after a surname: "Кузнецова Е.В."
            initials += 1
            continue
        if not core.replace("-", "").replace("'", "").replace("’", "").isalpha():
            return None
        folded = MATCHING.fold(core)
        if folded in _NOT_NAME_WORDS or folded in _NON_NAMES or folded.startswith(_SENTIMENT_CUES):
            return None
        if lower:
            if words == 0 and not first_name(core):
                return None
            evidence = True
        else:
            word = core.title() if upper else core
            if not _name_word(word):
                return None
            evidence = evidence or has_name_evidence(word, lang)
        words += 1
    if not 1 <= words <= 4:
        return None
    if initials and words > initials:
        evidence = True  # "Z. Holub", "Семёнов И. А.", "Jo W."
    if (
        not weak
        and 2 <= initials == words <= 3
        and all(t.endswith(".") for _, t in tokens[:-1])
        and "".join(t for _, t in tokens).replace(".", "") not in _NOT_INITIALS
    ):
        evidence = True  # "J. N." alone on a signature line
    if not evidence and not (weak and words <= 2 and not lower and not upper):
        return None
    if _LEGAL_FORM_RE.search(part):
        return None
    first = tokens[0][0]
    last_offset, last_token = tokens[-1]
    name_end = last_offset + len(last_token)
    glued = initials > 0 and _INITIALS_TOKEN_RE.fullmatch(last_token) is not None
    if len(last_token.rstrip(".")) > 1 and not glued:
        name_end -= len(last_token) - len(last_token.rstrip("."))
    elif (initials == words or glued) and text.startswith(".", start + name_end):
        name_end += 1  # "J. N."
    return start + first, start + name_end


def _second_signer(text: str, position: int, end: int, found: _Found, lang: str | None) -> None:
    """Take a second signer after the first on its line or on the next line."""
    join = _SIGNER_JOIN_RE.match(text, position, end)
    if join is not None:  # "Anna Kowal, Jan Kowal", "Tom Fry & Ann Lee"
        span = _name_in_line(text, join.end(), end, lang)
        if span is not None and found.free(*span):
            found.take(*span, "name")
        return
    if text[position:end].strip(" \t.!"):
        return
    start = end + 1  # the next line, right below
    if text.startswith("\n", end) and start < len(text) and not text[start].isspace():
        next_end = text.find("\n", start)
        next_end = len(text) if next_end < 0 else next_end
        first_word = text[start:next_end].split(maxsplit=1)[0]
        if next_end - start > NAME_LINE_MAX_CHARS or not first_name(first_word.rstrip(".,")):
            return  # cheap checks first: a short line opening with a given name
        span = _name_in_line(text, start, next_end, lang)
        if span is not None and found.free(*span) and _strong_name_line(text, span, lang):
            found.take(*span, "name")


def _strong_name_line(text: str, span: tuple[int, int], lang: str | None) -> bool:
    """Return whether a name line's words are all name words, two or three, with a given name."""
    words = text[span[0] : span[1]].split()
    return (
        2 <= len(words) <= 3
        and first_name(words[0].rstrip("."))
        and all(_name_word(w) for w in words)
    )


def _end_first_name(text: str, found: _Found) -> None:
    """Take a known first name closing a message after a dash or a short clause.

    "... recommend it to anyone - anna", a chat's last line "Client: ok thanks, tom";
    a first name not in the lexicon stays.
    """
    line_start = text.rfind("\n") + 1
    dash = _DASH_NAME_RE.search(text, max(line_start, len(text) - 60))
    if dash is not None:
        span = dash.span(1)
    else:
        label = _CHAT_LABEL_RE.match(text, line_start)
        clause = _THANKS_COMMA_NAME_RE.match(text, line_start if label is None else label.end())
        if clause is None or (label is None and line_start == 0):
            return
        span = clause.span(2)
    word = text[span[0] : span[1]]
    if (word.islower() or _name_word(word)) and first_name(word) and found.free(*span):
        found.take(*span, "name")


_SIGN_OFF_GAP_RE = re.compile(r"[ \t]*[,.–—-]?[ \t]*")
"""Between a sign-off and the name after it on its line: "Díky, petr", "pozdr. kuba"."""
_LAST_SENTENCE_MARK_RE = re.compile(r"[.!?…]+[ \t]+(?=[^.!?…]*\Z)")
"""The end of a one-line message's last sentence but one."""


_SIGN_OFF_CHAIN_GAP_RE = re.compile(r"[ \t]*[,.!–—-]*[ \t]*")


def _after_sign_offs(text: str, folded: str, pos: int, end: int) -> int | None:
    """Return where a name may start after the sign-offs at ``pos``, or None without one.

    One sign-off or several in a row, with their gaps: "díky moc, kuba", "dzięki,
    pozdro Bartek", "danke dir! gruß, anke". None also when the word after the last
    sign-off is glued to it by a character that is no gap ("Danke/Telekom").
    """
    cue = _SIGN_OFF_RE.match(folded, pos, end)
    if cue is None:
        return None
    for _ in range(3):
        gap = _SIGN_OFF_CHAIN_GAP_RE.match(text, cue.end(), end)
        assert gap is not None
        if gap.end() == cue.end() and gap.end() < end and not text[gap.end()].isspace():
            return None
        following = _SIGN_OFF_RE.match(folded, gap.end(), end)
        if following is None:
            return gap.end()
        cue = following
    return None


def _one_line_sign_off_name(text: str, folded: str, found: _Found, lang: str | None) -> None:
    """Take a known name after a sign-off closing a message of one line.

    "... vymeníte to prosím? ďakujem zuzka", "... разницу 3 870 ₽. спасибо, наташа",
    "... zitra jedem zas. diky moc marketa". The name needs evidence (a known given
    name or surname): on one line, "Danke Telekom" is a thank-you, not a signature.
    """
    mark = _LAST_SENTENCE_MARK_RE.search(text, (len(text) - 80 if len(text) - 80 > 0 else 0))
    segment = 0 if mark is None else mark.end()
    name_start = _after_sign_offs(text, folded, segment, len(text))
    if name_start is None:
        return
    span = _name_in_line(text, name_start, len(text), lang)
    if (
        span is not None
        and span[1] >= len(text.rstrip(" \t.!)x"))
        and len(text[span[0] : span[1]].split()) <= 2
        and found.free(*span)
    ):
        found.take(*span, "name")


_CHAT_TURN_RE = _LineStartSearch(r"(?m)^[ \t]*" + _CHAT_STAMP + _CHAT_SPEAKER + r"[ \t]+")
"""The start of a chat turn ("[09:14] zákazník: ...")."""
_SIGN_OFF_CHAIN_CHARS = 40
"""The longest clause of sign-offs before a name closing a chat turn."""
_CLAUSE_MARK_RE = re.compile(r"[,.!?;:)]")
_EMOTICON_END_RE = re.compile(r"(?:[:;=xX8]-?[)D(pP]|<3|\^\^|" + _EMOJI + r")[ \t]*\Z")
"""An emoji or an ASCII emoticon right before a name: ":) ondra", "😊 Lena"."""


def _chat_turn_names(text: str, folded: str, found: _Found) -> None:
    """Take a known first name closing a chat turn after a thank-you or an emoticon.

    "[09:14] zákazník: ok, zkusím restartovat, díky moc, kuba", "Klient: dzięki, pozdro
    Bartek", "Sie: ah ok, verstehe. danke dir! gruß, anke", "Zákazník: ok dik :) ondra"
    inside a transcript (its last line is also :func:`_end_first_name`'s): right before
    the name stand one or more sign-offs starting a clause ("díky", "thanks so much",
    "спасибо большое"), or an emoji or emoticon.
    """
    for turn in _CHAT_TURN_RE.finditer(text):
        line_end = text.find("\n", turn.end())
        line_end = len(text) if line_end < 0 else line_end
        stop = line_end
        while stop > turn.end() and text[stop - 1] in " \t.!\r":
            stop -= 1
        begin = stop
        while begin > turn.end() and text[begin - 1].isalpha():
            begin -= 1  # the turn's last word
        if begin == stop or begin == turn.end() or text[begin - 1] not in " \t,":
            continue
        span = (begin, stop)
        turn_end = turn.end()
        emoticon = _EMOTICON_END_RE.search(
            text, begin - 8 if begin - 8 > turn_end else turn_end, begin
        )
        mark = max(text.rfind(c, turn_end, begin) for c in ",.!?;:)")
        if (
            emoticon is None
            and begin - (turn_end if turn_end > mark + 1 else mark + 1) > _SIGN_OFF_CHAIN_CHARS
        ):
            continue  # a sign-off chain is short: "díky moc, kuba", "pozdro Bartek"
        if not first_name(text[begin:stop]) or not found.free(*span):
            continue
        if emoticon is not None:
            found.take(*span, "name")
            continue
        marks = [m.end() for m in _CLAUSE_MARK_RE.finditer(text, turn.end(), begin)]
        for clause_start in [*marks[-3:], turn.end()][::-1]:
            if _after_sign_offs(text, folded, clause_start, span[0]) == span[0]:
                found.take(*span, "name")  # "thanks, tom", not "thanks for the wait, tom"
                break


def _tail_names(text: str, folded: str, found: _Found, lang: str | None) -> None:
    """Take the writer's name from the last lines of a message.

    Below the last sign-off line (a closing such as "S pozdravem", "Díky moc!",
    "Спасибо") the next lines up to a longer one are searched, and the rest of the
    sign-off line after a comma ("Díky, petr"); without one, the last
    :data:`TAIL_LINES` short lines of a message of several lines are, where a name needs
    a known given name or surname. Phone, e-mail, company and role lines around the
    name are simply not names.
    """
    lines = _tail_line_spans(text, SIGNATURE_BLOCK_LINES + 1)
    if not lines:
        return
    window = lines[-TAIL_LINES - 1 :]
    sign_off = -1
    for index in range(len(window) - 1, -1, -1):
        start, end = window[index]
        if end - start <= SIGN_OFF_LINE_MAX_CHARS and (
            _SIGN_OFF_RE.match(folded, start, end) is not None
        ):
            sign_off = index
            break
    if sign_off < 0:  # a sign-off above a longer block of short lines (role, company, ids)
        for index in range(len(lines) - len(window) - 1, 0, -1):
            start, end = lines[index]
            if end - start > SIGN_OFF_LINE_MAX_CHARS:
                break
            if _SIGN_OFF_RE.match(folded, start, end) is not None:
                window, sign_off = lines[index:], 0
                break
    if sign_off >= 0:
        start, end = window[sign_off]
        cue = _SIGN_OFF_RE.match(folded, start, end)
        assert cue is not None
        rest = cue.end()
        gap = _SIGN_OFF_GAP_RE.match(text, rest, end)  # "Díky, petr", "pozdr. kuba"
        if gap is not None and gap.end() < end:
            span = _name_in_line(text, gap.end(), end, lang, weak=True)
            if span is not None and found.free(*span):
                found.take(*span, "name")
        candidates = window[sign_off + 1 :]
    else:
        candidates = window[1:] if len(window) > TAIL_LINES else window[-TAIL_LINES:]
        if candidates and candidates[0] == lines[0]:
            candidates = candidates[1:]
    start, end = lines[-1]
    mark = max(text.rfind(c, start, end - 1) for c in ".!?…–—")
    while mark > start + 1 and text[mark] == "." and text[mark - 1].isupper():
        if text[mark - 2].isalpha():
            break
        mark = max(text.rfind(c, start, mark) for c in ".!?…–—")  # "Ľ." is an initial
    if mark > start and sign_off != len(window) - 1:  # "... ještě dnes. M. Kučera"
        segment = mark + 1
        cue = _SIGN_OFF_RE.match(folded, segment, end)
        if cue is not None:  # "... Sunday if so. Cheers Kerry"
            segment = cue.end()
        span = _name_in_line(text, segment, end, lang, weak=cue is not None)
        if span is not None and found.free(*span) and len(text[span[0] : span[1]].split()) <= 3:
            found.take(*span, "name")
    proxy: tuple[int, int] | None = None
    for start, end in candidates if len(lines) > 1 else ():
        line = text[start:end]  # sliced once for the three looks
        if ";" in line or "|" in line or "\t" in line:
            continue  # a table row above the signature ("02.10.;Weber, Anna;...")
        if end - start > SIGN_OFF_LINE_MAX_CHARS:
            if sign_off >= 0:
                break
            continue
        if any(s < end and e > start for s, e in found.names):
            span = _name_in_line(text, start, end, lang)
            if span is not None and found.free(*span):
                found.take(*span, "name")  # a first signer before the one found
            elif span is not None:
                found.widen_name(*span)  # "Surname, [First]", "K. [L]."
            last = max(e for s, e in found.names if s < end and e > start)
            if last <= end:
                _second_signer(text, last, end, found, lang)
            break  # the block's name is known: company and role lines follow
        if _PROXY_LINE_RE.match(text, start, end):
            proxy = (start, end)  # "Im Auftrag\nWeber": the name is on the next line
            continue
        # the line right below a sign-off is the signer's: "Thanks,\nImran Qureshi"
        below_sign_off = sign_off >= 0 and (
            (start, end) == window[sign_off + 1]
            or (proxy is not None and proxy == window[sign_off + 1])
        )
        span = _name_in_line(text, start, end, lang, weak=below_sign_off)
        if span is not None and found.free(*span):
            found.take(*span, "name")
            _second_signer(text, span[1], end, found, lang)
            break


# --- the redactor --------------------------------------------------------------------


def _span_start(span: PiiSpan) -> int:
    return span.start


class Redactor:
    """Replace personal data in texts with placeholders such as ``[EMAIL]``.

    Args:
        kinds: Kinds to redact (see :data:`PII_KINDS`); None redacts all of them.
        name_tagger: A learned tagger (:class:`vocmine.nlp.name_tagger.NameTagger`) that
            adds ``name`` spans on words no rule span overlaps; None (the default) uses
            the rules alone. The application (:mod:`vocmine.registry`) passes the shipped
            one, ``models/pii_names/v3``.

    Raises:
        ValueError: From :meth:`redact` if ``kinds`` names an unknown kind (checked lazily).

    Example:
        >>> Redactor(kinds=["phone"]).redact("Zadzwoń: 600-700-800, zamówienie 123456").text
        'Zadzwoń: [PHONE], zamówienie 123456'
    """

    def __init__(
        self, kinds: Sequence[str] | None = None, name_tagger: NameTagger | None = None
    ) -> None:
        self.kinds = kinds
        self.name_tagger = name_tagger

    def _active_kinds(self) -> frozenset[str]:
        active = getattr(self, "active_kinds_", None)
        if active is None:
            requested = PII_KINDS if self.kinds is None else tuple(self.kinds)
            unknown = sorted(set(requested) - set(PII_KINDS))
            if unknown:
                raise ValueError(f"unknown PII kinds {unknown}; known: {list(PII_KINDS)}")
            active = self.active_kinds_ = frozenset(requested)
        return active

    def redact(self, text: str, lang: str | None = None, region: str | None = None) -> Redaction:
        """Return ``text`` with personal data replaced, the kinds found and where.

        Args:
            text: Any text.
            lang: The text's language (ISO 639-1), if known: its countries' national
                phone numbers count (``pl`` -> PL, ``en`` -> GB and US ...).
            region: A country (ISO 3166 alpha-2) whose national phone numbers count,
                e.g. from the source's configuration; it wins over ``lang``.

        Returns:
            The redacted text, the sorted unique kinds replaced and their spans in
            ``text``.
        """
        active = self._active_kinds()
        if not text:
            return Redaction(text="", kinds=[])
        found = _Found(active)
        if "@" in text:
            for start, end in _emails(text):
                found.take(start, end, "email")
        if "www" in text or "://" in text:
            self._urls(text, found)
        folded = _fold_same_length(text)
        # where runs of digits start (the same in the keyword view, which keeps the digits)
        starts = _run_starts(text)
        numbers = _gate_at_run_starts(text, starts) is not None
        keywords = _keyword_view(text, starts) if numbers else text
        if "\n" in text and (
            ";" in text or "\t" in text or "|" in text or text.count(",") - text.count(", ") >= 4
        ):
            _table_columns(keywords, found, _regions(lang, region))
        if numbers:
            self._numbers(keywords, found, _regions(lang, region), starts)
        if starts:  # a digit
            for m in _pl_id_cards(text, starts):
                start, end = m.span()
                if (
                    found.free(start, end)
                    and (not text[start - 1 : start].isalpha() or text[start - 2 : start] == "nr")
                    and pl_id_card_valid(m.group())
                    and _after_document_word(text, start)
                ):
                    found.take(start, end, "national_id")
            if lang in (None, "en"):  # a UK id
                self._nino(text, found)
            if numbers or any(word in text for word in _DOCUMENT_GATE_WORDS):
                self._documents(text, found, starts)
            self._documents_in_context(text, found)
            self._addresses(text, folded, found, starts)
        if "\n>" in text:  # quoted reply lines are read without their "> " marks
            unquoted = _quote_marks_blanked(text)
            self._names(unquoted, _quote_marks_blanked(folded), found, lang)
        else:
            self._names(text, folded, found, lang)
        spans = (
            _with_titles(
                folded, tuple(PiiSpan(s, e, k) for s, e, k in sorted(found.replaced)), text
            )
            if found.replaced
            else ()
        )
        if self.name_tagger is not None and "name" in active:
            extra = self.name_tagger.extra_spans(
                text, lang, [(sp.start, sp.end, sp.kind) for sp in spans], folded=folded
            )
            if extra:
                spans = tuple(
                    sorted([*spans, *(PiiSpan(s, e, "name") for s, e in extra)], key=_span_start)
                )
        if not spans:
            return Redaction(text=text, kinds=[])
        parts: list[str] = []
        position = 0
        for span in spans:
            parts.append(text[position : span.start])
            parts.append(PLACEHOLDERS[span.kind])
            position = span.end
        parts.append(text[position:])
        kinds = sorted({span.kind for span in spans})
        return Redaction(text="".join(parts), kinds=kinds, spans=spans)

    @staticmethod
    def _nino(text: str, found: _Found) -> None:
        """Take UK National Insurance numbers: spaced, or after their keyword."""
        for m in _NINO_RE.finditer(text):
            start, end = m.span()
            if (
                found.free(start, end)
                and m.group()[:2] not in _NINO_NOT_ISSUED
                and (
                    m.group(1)
                    or _NINO_KEYWORD_RE.search(text, (start - 40 if start - 40 > 0 else 0), start)
                )
            ):
                found.take(start, end, "national_id")

    @staticmethod
    def _documents(text: str, found: _Found, starts: _RunStarts) -> None:
        """Take passport and ID card numbers after a document word (no checksum).

        ``starts``: where the runs of digits of ``text`` start (:func:`_run_starts`).
        """
        for m in _at_runs(_DOCUMENT_NUMBER_RE, text, starts, _DOCUMENT_RUNS):
            start, end = m.span()
            if m.group("serial") is not None:
                series = _DOCUMENT_SERIES_RE.search(
                    text, (start - 5 if start - 5 > 0 else 0), start
                )
                if series is None:
                    continue
                start = series.start()
            elif text[start - 1 : start].isalpha():
                continue  # "ИНН1234567890": a number glued to another word
            if found.free(start, end) and _after_document_word(text, start):
                found.take(start, end, "national_id")
        if "usweis" in text or "eisepass" in text or "Pass" in text:
            for m in _DE_DOCUMENT_RE.finditer(text):
                start, end = m.span()
                if (
                    found.free(start, end)
                    and any(ch.isdigit() for ch in m.group())
                    and not m.group().isdigit()
                    and _after_document_word(text, start)
                ):
                    found.take(start, end, "national_id")

    @staticmethod
    def _documents_in_context(text: str, found: _Found) -> None:
        """Take document-shaped numbers near a document word (:func:`_in_document_context`).

        Forms, tables, lists and chats put the number lines away from the word that names
        the document; the number's shape and the absence of a reference label decide.
        """
        shaped = [span for span in _document_shaped(text, found.free) if found.free(*span)]
        words = _document_words(text) if shaped else []
        for start, end in shaped if words else ():
            number = text[start:end]
            if _PL_ID_CARD_SHAPE_RE.fullmatch(number) and not pl_id_card_valid(number):
                continue  # a Polish ID card's shape carries a check digit: this one fails it
            if _in_document_context(text, start, end, words):
                found.take(start, end, "national_id")

    @staticmethod
    def _urls(text: str, found: _Found) -> None:
        for m in _URL_RE.finditer(text):
            start, end = m.start(), m.end()
            while end > start and text[end - 1] in _URL_TRAILING:
                end -= 1
            if url_has_secret(text[start:end]) and "url_token" in found.active:
                found.replaced[:] = [r for r in found.replaced if r[1] <= start or r[0] >= end]
                found.replaced.append((start, end, "url_token"))
            found.blocked.append((start, end))

    @staticmethod
    def _numbers(text: str, found: _Found, regions: Sequence[str], starts: _RunStarts) -> None:
        """Take the numeric kinds; ``starts``: :func:`_run_starts` of ``text``."""
        # The searches marked "from the gate" match only where a run of seven digits
        # (:data:`_NUMBER_GATE_RE`) starts: none starts before the first such run.
        gate = _gate_at_run_starts(text, starts)
        run = len(text) if gate is None else gate.start()
        gated = _NumberRuns(text, starts)  # the runs each number pattern may match at
        for m in _at_run_starts(_IBAN_RE, text, gated.iban):
            start, end = m.start() - IBAN_COUNTRY_CHARS, m.end()
            for _ in range(3):  # "PL61 1090 ... 2874 oraz": the word is no fifth group
                if found.free(start, end) and iban_valid(text[start:end].replace("\n", " ")):
                    found.take(start, end, "iban")
                    break
                end = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
                if end <= start:
                    break
        # irregular groups, doubled spaces
        for m in _at_run_starts(_LOOSE_IBAN_START_RE, text, gated.loose_iban):
            start = m.start() - (2 if text[m.start() - 1].isalpha() else 3)
            if found.free(start, m.end()):
                stop = _loose_iban(text, start, m.end())
                if stop is not None and found.free(start, stop):
                    found.take(start, stop, "iban")
        if "/" in text:
            # "19-2000145399/0800"; from the gate
            for m in _at_run_starts(_CZ_ACCOUNT_RE, text, starts, run):
                if found.free(m.start(), m.end()) and domestic_account_valid(m.group()):
                    found.take(m.start(), m.end(), "iban")
        for m in _at_run_starts(_NRB_RE, text, gated.nrb):
            if found.free(m.start(), m.end()) and iban_valid("PL" + _digits(m.group())):
                found.take(m.start(), m.end(), "iban")
        if "\n" in text:
            for m in _at_runs(_BROKEN_CARD_RE, text, starts, _CARD_GROUP_RUNS, run):  # gate on
                if _card_check(m.group()) and found.free(m.start(), m.end()):
                    found.take(m.start(), m.end(), "card")
        for m in _at_runs(_SEPARATED_CARD_RE, text, starts, _CARD_GROUP_RUNS, run):  # gate on
            if _card_check(m.group()) and found.free(m.start(), m.end()):
                found.take(m.start(), m.end(), "card")
        # after IBANs (a card-sized run inside one)
        for m in _at_run_starts(_CARD_RE, text, gated.card, run):
            start, end = m.span()
            if _card_check(m.group()) and not _groups_go_on(text, m.group(), end):
                if found.free(start, end):
                    found.take(start, end, "card")
                continue
            grouped = _FOUR_GROUPS_RE.match(m.group())  # "... 2160 1926 1 499,00 CZK"
            if grouped is None or not _card_check(grouped.group()):
                continue
            end = start + grouped.end()
            amount = _AMOUNT_NUMBER_RE.match(text, end)
            if (
                amount is not None
                and _AMOUNT_AFTER_RE.match(text, amount.end())
                and found.free(start, end)
            ):
                found.take(start, end, "card")
        far_keyword: list[tuple[int, int, str]] = []  # after the standalone shapes
        # from the gate, less a country prefix
        prefixed = run - NUMBER_PREFIX_CHARS if run - NUMBER_PREFIX_CHARS > 0 else 0
        for m in _ID_NUMBER_RE.finditer(text, prefixed):
            start, end = m.span()
            if not found.free(start, end):
                continue
            number = re.sub(r"[ \-/.]", "", m.group())
            kind = (
                _keyword_id_kind(text, start, number)
                or _row_keyword_kind(text, start, number)
                or _answer_keyword_kind(text, start, end, number)
                or _keyword_after_kind(text, end, number)
            )
            if kind is None and text[start].isalpha():  # "Steuer-ID 36728945907": no prefix
                start += len(m.group()) - len(m.group().lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ "))
                number = number.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                kind = _keyword_id_kind(text, start, number)
            if kind is not None:
                found.take(start, end, kind)
            elif not (start and text[start - 1].isalnum()) and not _COUNTRY_CODE_BEFORE_RE.search(
                text, (start - 6 if start - 6 > 0 else 0), start
            ):
                far_keyword.append((start, end, number))
        if "\n" in text:
            _wrapped_keyword_ids(text, found, gated.wrapped)
        if "PPS" in text or "pps" in text:
            for m in _PPS_RE.finditer(text):
                start, end = m.span()
                if (
                    found.free(start, end)
                    and _PPS_KEYWORD_RE.search(text, (start - 60 if start - 60 > 0 else 0), start)
                    and _IE_PPS(m.group())
                ):
                    found.take(start, end, "national_id")
        standalone = chain(
            ((p, c, prefixed) for p, c in _STANDALONE_IDS),  # from the gate, less a prefix
            ((p, c, 0) for piece, p, c in _GATED_STANDALONE_IDS if piece in text),
        )
        for pattern, checks, first in standalone:
            if pattern is _SNILS_RE:
                matches: Iterable[re.Match[str]] = _at_run_starts(pattern, text, gated.snils, first)
            elif pattern is _IDNR_SPACED_RE:
                matches = _at_run_starts(pattern, text, gated.idnr, first)
            else:
                matches = pattern.finditer(text, first)
            for m in matches:
                if found.free(m.start(), m.end()):
                    kind = _first_kind(checks, re.sub(r"[ \-.]", "", m.group()))
                    if kind is not None:
                        found.take(m.start(), m.end(), kind)
        for start, end, number in far_keyword:
            if found.free(start, end):
                kind = _line_keyword_kind(text, start, end, number) or _lines_above_keyword_kind(
                    text, start, end, number
                )
                if kind is not None:
                    found.take(start, end, kind)
        for m in _at_runs(_PESEL_RE, text, starts, _PESEL_RUNS, run):  # from the gate
            if found.free(m.start(), m.end()) and pesel_valid(m.group()):
                found.take(m.start(), m.end(), "pesel")
        # from the gate
        for m in _at_run_starts(_BIRTH_NUMBER_RE, text, gated.birth, run):
            if found.free(m.start(), m.end()) and birth_number_valid(_digits(m.group())):
                found.take(m.start(), m.end(), "birth_number")
        for m in _birth_numbers_after_keyword(text, starts):
            # Bare 9-10 digit numbers count only after a keyword (rodné číslo, RČ): without
            # the slash they are far more often phone or order numbers.
            if found.free(m.start(1), m.end(1)) and birth_number_valid(m.group(1)):
                found.take(m.start(1), m.end(1), "birth_number")
        if "\n" in text and _DIGIT_RE.search(text, len(text) - 60):
            Redactor._signature_ids(text, found, regions)
        if "\n" in text and tuple(regions) != ALL_PHONE_REGIONS:
            # from the gate's line: a block id has its seven digits (and starts on their line)
            Redactor._block_ids(text, found, regions, starts, text.rfind("\n", 0, run) + 1)
        phone_text = text
        if "." in text and _GLUED_PHONE_DOT_RE.search(text):
            phone_text = _GLUED_PHONE_DOT_RE.sub(" ", text)
        # a phone starts at a "+", a "(" or a run of digits (the patterns' look-behinds)
        phone_starts = gated.phone  # a glued dot (a space here) follows a letter, not a run
        if "+" in phone_text or "(" in phone_text:
            phone_starts = sorted([*phone_starts, *_char_positions(phone_text, "+(")])
        for m in _at_run_starts(_PHONE_RE, phone_text, phone_starts):
            start, end = m.span()
            if not found.free(start, end):
                continue
            phone_keyword = _PHONE_KEYWORD_BEFORE_RE.search(
                phone_text, (start - 30 if start - 30 > 0 else 0), start
            )
            keyword = phone_keyword is not None
            if (
                text[start] != "+"
                and _labelled_reference(text, start, phone_keyword)
                and not _SPEAKER_LINE_RE.fullmatch(text, text.rfind("\n", 0, start) + 1, start)
            ):
                continue  # "zamówienie 600 700 800", "Faktura nr 600-700-800": no phone
            for _ in range(3):  # "+79261221746 10 минут": drop trailing groups
                if phone_valid(text[start:end], regions, keyword):
                    found.take(start, end, "phone")
                    break
                cut = max(text.rfind(sep, start, end) for sep in " .-/")
                if cut <= start:
                    break
                end = cut
        for m in _at_runs(_BARE_DIGITS_RE, text, starts, _BARE_DIGITS_RUNS, run):  # gate on
            start, end = m.span()
            if not found.free(start, end):
                continue
            window = start - 40 if start - 40 > 0 else 0
            phone_keyword = _PHONE_KEYWORD_BEFORE_RE.search(text, window, start)
            if phone_keyword is not None and not _labelled_reference(text, start, phone_keyword):
                if phone_valid(m.group(), ALL_PHONE_REGIONS, True):  # "telefon: 600700800"
                    found.take(start, end, "phone")
            elif (  # "pod 696246498": a valid mobile, unless a reference or an amount
                phone_keyword is None
                and not _REFERENCE_KEYWORD_BEFORE_RE.search(text, window, start)
                and not _AMOUNT_AFTER_RE.match(text, end)
                and (
                    end == len(text)
                    or text[end] not in ".,-"
                    or not text[end + 1 : end + 2].isdigit()
                )
                and bare_mobile(m.group(), regions[:1])  # one run of digits: own country only
            ):
                found.take(start, end, "phone")

    @staticmethod
    def _signature_ids(text: str, found: _Found, regions: Sequence[str]) -> None:
        """Take bare ids under a signature ("Novák Jan, 8805121237", an RNOKPP alone).

        Only the checks of the text's country run: a checksum passes by chance one time
        in ten.
        """
        checks = [c for r in regions for c in _SIGNATURE_ID_CHECKS.get(r, ())]
        if tuple(regions) != ALL_PHONE_REGIONS:  # a language's or source's countries
            checks += [c for r in regions for c in _KNOWN_COUNTRY_SIGNATURE_ID_CHECKS.get(r, ())]
        if not checks:
            return
        tail = len(text)
        for _ in range(SIGNATURE_ID_LINES):
            tail = text.rfind("\n", 0, tail)
            if tail < 0:
                break
        for m in _SIGNATURE_ID_RE.finditer(text, max(0, tail)):
            start, end = m.span(1)
            if found.free(start, end):
                kind = _first_kind(checks, text[start:end].replace(" ", ""))
                if kind is not None:
                    found.take(start, end, kind)

    @staticmethod
    def _block_ids(
        text: str, found: _Found, regions: Sequence[str], starts: Sequence[int], first: int
    ) -> None:
        r"""Take bare ids on their own lines in a company block or a list.

        "Truhlářství Doležal\nNa Výsluní 211, 551 01 Jaroměř\n23210303", "ТОВ «Зелений
        Гай»\n22001402". The block is the lines without an empty one between; a line up to
        :data:`BLOCK_ID_LINES_UP` above the number holds a legal form ("s.r.o.", "ТОВ",
        "Ltd"), a postal address or an id keyword with its own number; the checks of the
        text's country run (:data:`_BLOCK_ID_CHECKS`). Under a line that ends with a colon
        ("Moje a manželove, v tomto poradí:\n8858064952\n7504162930") only the strong
        checks of :data:`_SIGNATURE_ID_CHECKS` run (a birth number's date, an RNOKPP).
        The search starts at ``first`` (a line start before which no such id stands);
        ``starts`` are :func:`_run_starts` of ``text``.
        """
        block_checks = [c for r in regions for c in _BLOCK_ID_CHECKS.get(r, ())]
        list_checks = [c for r in regions for c in _SIGNATURE_ID_CHECKS.get(r, ())]
        if not block_checks and not list_checks:
            return
        for start, end in _block_id_numbers(text, starts, first):
            if not found.free(start, end):
                continue
            line_start = text.rfind("\n", 0, start) + 1
            if line_start == 0:
                continue
            above_end = line_start - 1
            checks: list[IdCheck] = []
            numbers_between = True  # only bare numbers between: a list under its colon
            for _ in range(BLOCK_ID_LINES_UP):
                above_start = text.rfind("\n", 0, above_end) + 1
                line = text[above_start:above_end]
                if not line.strip():
                    break  # the block ends at an empty line
                if (
                    _LEGAL_FORM_RE.search(line)
                    or _BLOCK_HEAD_RE.search(line)
                    or _ID_KEYWORD_ANYWHERE_RE.search(line)
                    and _DIGIT_RE.search(line)
                ):
                    checks = block_checks
                    break
                if numbers_between and line.rstrip().endswith(":"):
                    checks = list_checks
                    break
                numbers_between = numbers_between and _BLOCK_ID_RE.fullmatch(line) is not None
                if above_start == 0:
                    break
                above_end = above_start - 1
            if checks:
                kind = _first_kind(checks, text[start:end].replace(" ", ""))
                if kind is not None:
                    found.take(start, end, kind)

    @staticmethod
    def _addresses(text: str, folded: str, found: _Found, starts: _RunStarts) -> None:
        """Take street addresses and postcodes; ``starts``: :func:`_run_starts` of ``text``."""
        spans: list[tuple[int, int]] = []
        for keyword in _STREET_KEYWORD_RE.finditer(folded):
            rest = _STREET_REST_RE.match(text, keyword.end())
            if rest is not None:
                spans.append((keyword.start(), rest.end()))
        if not folded.isascii() and _CYRILLIC_STREET_GATE_RE.search(folded):
            spans += [m.span() for m in _STREET_NAME_FIRST_RE.finditer(text)]
        if any(w in folded for w in _DE_STREET_GATE_WORDS) and _DE_STREET_GATE_RE.search(folded):
            spans += [m.span() for m in _DE_STREET_RE.finditer(text)]
        en_streets = _EN_STREET_GATE_RE.search(text) is not None
        for m in _at_run_starts(_EN_STREET_RE, text, starts) if en_streets else ():
            if m.start() == 0 or text[m.start() - 1] not in "/.,-":
                spans.append(m.span())
        if any(keyword in folded for keyword in _POSTCODE_KEYWORDS):
            spans += (m.span("code") for m in _POSTCODE_KEYWORD_RE.finditer(folded))
        gate = _POSTCODE_GATE_RE.search(text)
        postcodes = _POSTCODE_CITY_RES if gate is not None else ()
        # a postcode starts at the gate's first match or up to two characters before it
        first = 0 if gate is None else max(0, gate.start() - 2)
        for pattern, has_city, needs_context in postcodes:
            if pattern is _POSTCODE_CITY_RES[0][0]:
                matches: Iterable[re.Match[str]] = _at_runs(
                    pattern, text, starts, _PL_POSTCODE_RUNS, first
                )
            elif pattern is _POSTCODE_CITY_RES[1][0]:
                matches = _at_runs(pattern, text, starts, _CZ_POSTCODE_RUNS, first)
            elif pattern is _POSTCODE_CITY_RES[2][0]:  # a run of five or six digits or "D-"
                at_d = _de_postcode_runs(text, starts)
                if "D-" in text:
                    at_d = sorted([*at_d, *_substring_positions(text, "D-")])
                matches = _at_run_starts(pattern, text, at_d, first)
            else:
                matches = pattern.finditer(text, first)
            for m in matches:
                start, end = m.span()
                if has_city and not _is_city(m.group().split()[-1]):
                    continue
                if needs_context and not _postcode_in_context(text, start, end, spans):
                    continue
                street = _STREET_BEFORE_RE.search(
                    text, (start - 80 if start - 80 > 0 else 0), start
                )
                if street is not None and "\n" not in street.group().rstrip():
                    start = street.start()
                elif not has_city:
                    town = _TOWN_BEFORE_RE.search(
                        text, (start - 40 if start - 40 > 0 else 0), start
                    )
                    start = start if town is None else town.start()
                spans.append((start, end))
        if spans:
            spans += [m.span() for m in _US_ZIP_RE.finditer(text)]
        for start, end in _merged(spans, text):
            grown = _attached(text, start, end)
            if found.free(*grown):
                found.take(*grown, "address")
            elif found.free(start, end):  # what it would grow by is taken: an id before it
                found.take(start, end, "address")

    @staticmethod
    def _names(text: str, folded: str, found: _Found, lang: str | None = None) -> None:
        cues: list[re.Match[str] | None] = []
        table, other = _CLAUSE_CUE_RE.table, _CLAUSE_CUE_RE.default
        seconds, none_else = _CLAUSE_CUE_RE.seconds, _CLAUSE_CUE_RE.none_else
        end_folded = len(folded)
        starts: Iterable[int] = map(re.Match.end, _CUE_CLAUSE_START_RE.finditer(folded))
        opening = _TEXT_START_RE.match(folded)
        if opening is not None:
            starts = chain((opening.end(),), starts)
        for start in starts:  # a letter at each start: the cues starting with it are tried
            letter = folded[start]
            pattern = table.get(letter)
            if pattern is None:
                if none_else:
                    continue
                pattern = other
            else:  # and only if the next character may follow it in one of them
                second = seconds[letter]
                if second is not None and (
                    start + 1 == end_folded or folded[start + 1] not in second
                ):
                    continue
            cue = pattern.match(folded, start)
            if cue is None:
                continue
            if cue.lastgroup == "greeting":
                # "Hey it's Ryan", "Hi, this is Anna": a salutation after a greeting
                after = _GAP_AFTER_GREETING_RE.match(folded, cue.end()).end()  # type: ignore[union-attr]
                cues.append(_CLAUSE_CUE_RE.match(folded, after))
            cues.append(cue)
        literals = _ASCII_INTRO_GATE if folded.isascii() else _INTRO_GATE
        if literals is None or literals.found_in(folded):
            cues += _INTRO_RE.finditer(folded)
        words = folded.split()  # set look-ups first: the searches cost more
        if not _SELF_WORDS.isdisjoint(words) or _SELF_PHRASE_GATE.found_in(folded):
            cues += (  # half the matches end a longer word ("я" in "меня"): that look first
                m
                for m in _SELF_RE.finditer(folded)
                if not _word_char_before(folded, m)
                and (_upper_after(text, m.end()) or _first_name_after(folded, m.end()))
            )
        if not _ACADEMIC_WORDS.isdisjoint(words):
            cues += (
                m for m in _ACADEMIC_ANYWHERE_RE.finditer(text) if not _word_char_before(text, m)
            )
        cues += (m for m in _HONORIFIC_RE.finditer(folded) if not _word_char_before(folded, m))
        if "--" in text:  # "--\nBeste Grüße\nName": the closing below takes the name
            cues += (
                m
                for m in _SIGNATURE_SEPARATOR_RE.finditer(text)
                if _SIGN_OFF_RE.match(folded, m.end() + 1) is None
            )
        signature_end = -1
        for cue in cues:
            span = None if cue is None else _name_after(text, cue)
            if span is not None and found.free(*span):
                found.take(*span, "name")
                greeting = cue is not None and cue.lastgroup == "greeting"
                pair = _AND_NAME_RE.match(text, span[1]) if greeting else None
                if pair is not None and first_name(pair.group(1)) and found.free(*pair.span(1)):
                    found.take(*pair.span(1), "name")  # "Dear Anna and Tom,"
                if cue is not None and cue.lastgroup == "closing" and span[1] > signature_end:
                    signature_end = span[1]  # max(signature_end, span[1]), without the call
        full = text
        quoted = _QUOTED_TAIL_RE.search(text) if "\n" in text else None
        if quoted is not None:  # the signature above a quoted reply or "Sent from my iPhone"
            text = text[: quoted.start()]  # for the end-of-text rules only
        if signature_end < 0:
            block = _signature_block_name(text, found)
            if block is not None and found.free(*block):
                found.take(*block, "name")
                signature_end = block[1]
        body, text = text, full
        letterhead = _letterhead_name(text, found) if "\n" in text else None
        if letterhead is not None and found.free(*letterhead):
            found.take(*letterhead, "name")
        if "ич" in text or "вн" in text or "чн" in text:
            for m in _PATRONYMIC_RE.finditer(text):  # "Анна Сергеевна" anywhere
                start = m.start()
                line_start = text.rfind("\n", 0, start) + 1
                surname = text[line_start:start].strip()
                if (  # "Осипов Глеб Игоревич" alone on its line
                    _SURNAME_RE.fullmatch(surname)
                    and _name_word(surname)
                    and _END_AFTER_CLOSING_RE.match(text, m.end())
                ):
                    start = line_start + text[line_start:start].index(surname)
                before = _WORD_BEFORE_RE.search(
                    text, start - 40 if start - 40 > line_start else line_start, start
                )
                if (  # "Я, Бондаренко Тарас Петрович": the surname before the name
                    start == m.start()
                    and before is not None
                    and _name_word(before.group(1))
                    and has_name_evidence(before.group(1), "uk" if "і" in text else "ru")
                ):
                    start = before.start(1)
                if _name_word(m.group().split()[0]) and found.free(start, m.end()):
                    found.take(start, m.end(), "name")
        persons = () if _PERSON_NOUNS.isdisjoint(words) else _PERSON_NOUN_RE.finditer(folded)
        for noun in persons:  # "operator Marina", "a man called Dave"
            first = _CAP_WORD_RE.match(text, noun.end())
            if (
                first is not None
                and first.group().lower() in _FIRST_NAMES
                and not first.group()[1:].isupper()
            ):
                span = _name_after_first_name(text, first)
                if found.free(*span):
                    found.take(*span, "name")
        text = body
        tail = len(text) - 80 if len(text) - 80 > 0 else 0
        last = _LAST_LINE_NAME_RE.search(text, tail)
        if (
            last is not None
            and (_signature_name(last.group("name")) or _caps_name(last.group("name")))
            and not _LEGAL_FORM_RE.search(last.group("name"))  # "Acme Ltd"
        ):
            start, end = last.span("name")
            in_block = 0 <= signature_end <= start and (
                text.count("\n", signature_end, start) <= SIGNATURE_MAX_LINES
            )
            if not in_block and found.free(start, end):
                found.take(start, end, "name")
        elif last is None:
            last = _LAST_WORDS_NAME_RE.search(text, tail)
            if (
                last is not None
                and last.group("name").split()[0].lower() in _FIRST_NAMES
                and _signature_name(last.group("name"))
                and found.free(*last.span("name"))
            ):
                found.take(*last.span("name"), "name")
        if "\n" in text:
            _tail_names(text, folded, found, lang)
            review = _REVIEW_SIGN_OFF_RE.search(text, (len(text) - 80 if len(text) - 80 > 0 else 0))
            if (
                review is not None
                and first_name(review.group("name"))
                and found.free(*review.span("name"))
            ):
                found.take(*review.span("name"), "name")  # "Wojtek z Gdyni", "Uwe aus Bremen"
        else:
            _one_line_sign_off_name(text, folded, found, lang)
        if quoted is not None:  # the quoted message's own signature
            header_end = full.find("\n", quoted.end())
            if header_end > 0 and full.count("\n", header_end + 1) >= 1:
                pad = " " * (header_end + 1)
                _tail_names(
                    pad + full[header_end + 1 :], pad + folded[header_end + 1 :], found, lang
                )
        ending = text[-30:]
        if "," in ending or "-" in ending or "—" in ending or "–" in ending:
            _end_first_name(text, found)
        if "\n" in text and ":" in text:
            _chat_turn_names(text, folded, found)
        _names_before_cue(full, words, found, lang)
        _formal_and_opening_names(full, folded, words, found, lang)
        _full_names(full, found)
        if "\n" in full and found.names:
            _co_signer_names(full, found)
        if ":" in full and _HEADER_LIST_RE.search(full) is not None:
            _header_list_names(full, found)
        if len(full) <= SHORT_MESSAGE_CHARS:
            _short_message_signer(full, found)
        for start, end in list(found.names):
            if _named_after_a_person(full, start, end):
                found.drop_name(start, end)


_SIGNER_LINE_RE = re.compile(
    r"[ \t]*(?P<name>" + _NAME_LINE_RE.pattern + r")[ \t]*(?P<rest>,[^\n]{1,60})?[ \t]*$",
    re.MULTILINE,
)
"""A signer's line: a name, maybe with ", role" ("Imogen Lyle, Partner")."""


_HEADER_LIST_RE = _LineStartSearch(
    r"(?im)^[ \t>]*(?:from|to|cc|bcc|od|do|dw|kopia|komu|kopie|k[óo]pia|von|an|от|кому|"
    r"копия|від|копія)[ \t]*:[ \t]*(?P<list>[^\n]+)$"
)
"""A mail header line that lists people ("Cc: Samantha Cole; Raj Patel", "Копия: ...")."""
_INITIALS_NAME_RE = re.compile(
    r"(?:"
    + _CAP
    + r"\.[ \t]*){1,2}"
    + _CAP_WORD
    + r"|"
    + _CAP_WORD
    + r"(?:[ \t]+"
    + _CAP
    + r"\.){1,2}"
)
"""A surname with initials before or after it ("Г. М. Ярошенко", "Петров В. И.")."""
_HEADER_ITEM_RE = re.compile(r"[^,;<>]+")


def _header_list_names(text: str, found: _Found) -> None:
    """Take the people listed on a mail header line (From, To, Cc, Od, Komu, Кому ...).

    Each item between commas or semicolons counts when it is two or three name words
    with a known given name among them, or a surname with initials: "Cc: Samantha
    Cole", "Копия: Петров В. И., Мария Лебедева". E-mail addresses were found before;
    a team or a company ("To: Accounts Payable", "Od: Kvetinárstvo Ruža s.r.o.") stays.
    """
    for line in _HEADER_LIST_RE.finditer(text):
        for item in _HEADER_ITEM_RE.finditer(text, line.start("list"), line.end("list")):
            value = item.group().strip()
            if not value:
                continue
            start = item.start() + item.group().index(value)
            end = start + len(value)
            words = value.split()
            if _LEGAL_FORM_RE.search(value) or not found.free(start, end):
                continue
            if _INITIALS_NAME_RE.fullmatch(value) is not None:
                surname = next(w for w in words if not w.endswith("."))
                if _name_word(surname):
                    found.take(start, end, "name")
            elif (
                2 <= len(words) <= NAME_MAX_WORDS
                and _NAME_LINE_RE.fullmatch(value)
                and _signature_name(value)
                and any(first_name(word) for word in words)
            ):
                found.take(start, end, "name")


_NAMED_AFTER_ANY_CASE = (
    r"im\.|imienia|imeni|имени|імені|named[ \t]+after|",
    r"t[řr][ií]d[ěea]|ulic[eiy]|ulica|ul\.|al\.|alej[ai]|plac[u]?|n[áa]m[ěe]st[ií]|"
    r"n[áa]b[řr]e[žz][ií]|вулиц[яі]|вул\.|улиц[аеы]|ул\.|проспект\w*|просп\.|площ[аі]\w*|",
    r"св\.|святого|святої|святой",
)
_NAMED_AFTER_AS_WRITTEN = (r"Z[ŠS]|SO[ŠS]|MS|", r"St|Sv|Sw|Św|Sankt|Saint|San|Santa")
"""The naming words before a person's name, in their order in the alternation: any case,
as written, any case, as written (a saint's, with an optional dot), any case."""
_NAMED_AFTER_RE = re.compile(
    _mixed_case_factored(
        [(a, True) for a in _regex_branches(_NAMED_AFTER_ANY_CASE[0][:-1])]
        + [(a, False) for a in _regex_branches(_NAMED_AFTER_AS_WRITTEN[0][:-1])]
        + [(a, True) for a in _regex_branches(_NAMED_AFTER_ANY_CASE[1][:-1])]
        + [(a + r"\.?", False) for a in _regex_branches(_NAMED_AFTER_AS_WRITTEN[1])]
        + [(a, True) for a in _regex_branches(_NAMED_AFTER_ANY_CASE[2])],
        r"[^\W\d_]",
    )
    + r"[ \t]+$"
)
_NAMED_BEFORE_RE = re.compile(
    r"[ \t]+(?:Building|Bursary|Scholarship|Prize|Award|Centre|Center|Library|Institute|"
    r"Foundation|Lecture|Theatre|Museum|Memorial|Hospital|Stadium|Street|Road|Avenue|Square|"
    r"Klinikum|Klinik|Krankenhaus|Stiftung|Schule|Gymnasium|Stra(?:ß|ss)e|Platz|Allee|Preis|"
    r"Stipendium)(?![^\W\d_])"
)
"""A word after a person's name that makes it a building, prize or street: "the Harriet
Lane Building", "the Margaret Ellison Bursary", "Hedwig Klinikum"."""
r"""A word before a person's name that makes it the name of a place, school or ship: "im.
Jana Pawła II", "ZŠ Janka Kráľa", "na třídě Tomáše Bati", "MS Theodor Fontane", or a
saint's: "St. Hedwig Klinikum", "sv. Anna" (:data:`_NAMED_AFTER_RE`, whose alternation,
``(?i)(?<![^\W\d_])(?:...)[ \t]+$``, is written by first character: under ``(?i)`` the
search tried every position)."""


def _named_after_a_person(text: str, start: int, end: int) -> bool:
    """Return whether a name span is a place, school, ship or brand named after a person.

    After a naming word (:data:`_NAMED_AFTER_RE`), or alone inside guillemets, which
    Russian and Ukrainian put around the names of firms, restaurants and ships: «Тарас
    Бульба», «Фёдор Шаляпин» (other quotes may hold a person: '"Анна Смирнова"
    <a.smirnova@...>', a search for "Heidi Klum").
    """
    if _NAMED_AFTER_RE.search(text, (start - 20 if start - 20 > 0 else 0), start):
        return True
    if _NAMED_BEFORE_RE.match(text, end):
        return True
    return (
        start > 0
        and end < len(text)
        and text[start - 1] == "«"
        and text[end] == "»"
        and not text[end + 1 : end + 4].lstrip().startswith("<")  # '"Anna Nowak" <a@b.pl>'
    )


_EMOJI_RE = re.compile(_EMOJI)
_TAIL_WORDS_RE = re.compile(r"[^\W\d_]+")
"""The last words of a message: a signer is searched for only when one is a given name."""
SHORT_MESSAGE_CHARS = 400
"""A message this short (a chat line, an SMS, a review) may end with its writer's name."""
_LOOSE_WORD = r"[^\W\d_]+(?:-[^\W\d_]+|)"
_END_SIGNER_RE = re.compile(
    r"(?:^|(?<=[.!?…,;:)\]])|(?<=" + _EMOJI + r")|[~/–—-]|\()[ \t]*(?:[~/–—-][ \t]*|)\(?"
    r"(?P<first>" + _LOOSE_WORD + r")"
    r"(?:[ \t]+(?P<initial>" + _CAP + r"\.)|[ \t]+(?P<last>" + _CAP_WORD + r")|)"
    r"(?:[ \t]+(?:&|a|i|и|і|та|and|und)[ \t]+(?P<second>" + _LOOSE_WORD + r")|)"
    r"(?:[ \t]*,[ \t]*"
    + _CAP_WORD
    + r"|[ \t]+(?:z|ze|zo|з|із|зі|из|from|aus)[ \t]+"
    + _CAP_WORD
    + r"|)"
    r"[ \t]*\)?[ \t]*(?:x{1,3}|" + _EMOJI + r"|[!.])*[ \t]*\Z"
)
"""The writer's given name closing a short message after a sentence end, an emoji, a
tilde, slash or dash, or in brackets, maybe with a town or a partner: "... 🙂 kasia",
"~Ola", "(Marťa)", "❤️ Lenka a Martin", "(Siobhan, Bristol)", "😍 chloe x"."""
_END_INITIALS_RE = re.compile(
    r"(?<=[.!?…])[ \t]+(?P<name>(?:"
    + _CAP
    + r"\.[ \t]?){2}|"
    + _CAP
    + r"\.[ \t]"
    + _CAP_WORD
    + r")"
    r"[ \t]*\Z"
)
"""Initials, or an initial and a surname, closing a message: "... Diky. M.H.", "P. Horváth"."""
_BEFORE_PHONE_NAME_RE = re.compile(
    r"(?:^|(?<=[.!?…,;)])|(?<="
    + _EMOJI
    + r"))[ \t]*(?P<name>(?:(?:p|fam|pan|pani)\.?[ \t]+|)"
    + _CAP_WORD
    + r")[ \t]+\Z",
    re.IGNORECASE | re.MULTILINE,
)
"""A given name right before the phone number that closes a message: "... Tomasz 500 846
364", "p. Zofia 510-074-050", "Fam. Özdemir 01524-3248676"."""


def _short_message_signer(text: str, found: _Found) -> None:
    """Take the writer's name closing a short message (a chat line, an SMS, a review).

    A known given name (lower case too) after a sentence end, an emoji, "~", "/", a dash
    or in brackets at the very end, maybe with a partner ("& Marek") or a town; initials
    after the last sentence ("M.H."); a given name right before a closing phone number.
    """
    end = len(text.rstrip())
    phone = next((s for s, e, k in found.replaced if k == "phone" and e >= end), None)
    if phone is not None:
        before = _BEFORE_PHONE_NAME_RE.search(text, (phone - 40 if phone - 40 > 0 else 0), phone)
        if before is not None:
            name = before.group("name")
            word = name.split()[-1]
            if (first_name(word) or len(name.split()) > 1) and found.free(*before.span("name")):
                found.take(*before.span("name"), "name")
        return
    tail = _TAIL_WORDS_RE.findall(text, (end - 60 if end - 60 > 0 else 0))[-4:]
    signer = (
        _END_SIGNER_RE.search(text, (end - 80 if end - 80 > 0 else 0))
        if any(word.lower() in _FIRST_NAMES for word in tail)
        else None
    )
    taken = False
    if signer is not None:
        for group in ("first", "second"):
            word = signer.group(group)
            if word is None:
                continue
            lead = text[: signer.start("first")].rstrip(" \t(")
            marked = bool(lead) and (lead[-1] in "~/–—-" or _EMOJI_RE.match(lead[-1]) is not None)
            if (
                first_name(word)
                and MATCHING.fold(word) not in _NOT_NAME_WORDS
                and not MATCHING.fold(word).startswith(_SENTIMENT_CUES)  # "... 🙂 Top"
                and not (len(word) > 1 and word.isupper())  # "JAN": a month, an acronym
                and (word[0].isupper() or (word.islower() and marked))  # not "Good job, dev!"
            ):
                start = signer.start(group)
                stop = signer.end(group)
                if group == "first" and signer.group("initial"):
                    stop = signer.end("initial")  # "Michał W."
                elif group == "first" and signer.group("last") and _name_word(signer.group("last")):
                    stop = signer.end("last")  # "... nemám. Iveta Hrdličková"
                if found.free(start, stop):
                    found.take(start, stop, "name")
                    taken = True
        if taken:
            return
    initials = _END_INITIALS_RE.search(text, (end - 30 if end - 30 > 0 else 0))
    if initials is not None and found.free(*initials.span("name")):
        found.take(*initials.span("name"), "name")


def _co_signer_names(text: str, found: _Found) -> None:
    """Take a second signer on the line right below a signer's name line.

    "Edward Ashworth, Partner" over "Imogen Lyle, Partner": when a name found on its own line
    (or with ", role" after it) has a line below of the same shape, that is a second
    signer: with a role after both names, or with a known given name first ("Account
    Manager" under a bare name is a role, not a signer).
    """
    for start, end in list(found.names):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if line_end < 0:
            continue
        line = _SIGNER_LINE_RE.match(text, line_start, line_end)
        if line is None or line.start("name") != start or line.end("name") != end:
            continue
        below_end = text.find("\n", line_end + 1)
        below = _SIGNER_LINE_RE.match(text, line_end + 1, len(text) if below_end < 0 else below_end)
        if below is None or (below.group("rest") is None) != (line.group("rest") is None):
            continue
        name = below.group("name")
        words = name.split()
        if (
            2 <= len(words) <= NAME_MAX_WORDS
            and (first_name(words[0]) or below.group("rest") is not None)
            and _signature_name(name)
            and not _LEGAL_FORM_RE.search(text, below.start(), below.end())  # "... GmbH"
            and found.free(*below.span("name"))
        ):
            found.take(*below.span("name"), "name")


_QUOTE_MARK_RE = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")
"""The "> " marks of quoted reply lines."""
_QUOTE_MARK_AFTER_BREAK_RE = re.compile(r"\n[ \t]*(?:>[ \t]?)+")
"""Those marks after a line break: the search skips to the breaks (``^`` gives it nothing
to look for)."""


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _blank_after_break(match: re.Match[str]) -> str:
    return "\n" + " " * (len(match.group()) - 1)


def _quote_marks_blanked(text: str) -> str:
    """Return ``_QUOTE_MARK_RE.sub(_blank, text)``: a match holds no line break."""
    blanked = _QUOTE_MARK_AFTER_BREAK_RE.sub(_blank_after_break, text)
    first = _QUOTE_MARK_RE.match(text)
    return blanked if first is None else " " * first.end() + blanked[first.end() :]


class _Found:
    """The spans taken so far (``replaced`` only holds active kinds)."""

    __slots__ = ("active", "blocked", "names", "replaced")

    def __init__(self, active: frozenset[str]) -> None:
        self.active = active
        self.replaced: list[tuple[int, int, str]] = []
        self.blocked: list[tuple[int, int]] = []  # spans later kinds must not touch
        self.names: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        # A loop, not all() over a generator: it is called some 3,700 times a pass over
        # the tickets, mostly with one span or none, where making the generator costs most.
        for s, e in self.blocked:  # noqa: SIM110
            if s < end and start < e:
                return False
        return True

    def take(self, start: int, end: int, kind: str) -> None:
        self.blocked.append((start, end))
        if kind in self.active:
            self.replaced.append((start, end, kind))
        if kind == "name":
            self.names.append((start, end))

    def drop_name(self, start: int, end: int) -> None:
        """Give back a name span taken before (a place or brand named after a person)."""
        self.blocked = [b for b in self.blocked if b != (start, end)]
        self.replaced = [r for r in self.replaced if (r[0], r[1]) != (start, end)]
        self.names = [n for n in self.names if n != (start, end)]

    def widen_name(self, start: int, end: int) -> bool:
        """Take a name over names found inside it ("Surname, [First]"); False if blocked."""
        inside = [(s, e) for s, e in self.blocked if s < end and e > start]
        if any(b not in self.names or b[0] < start or b[1] > end for b in inside):
            return False
        self.blocked = [b for b in self.blocked if b not in inside]
        self.replaced = [r for r in self.replaced if (r[0], r[1]) not in inside]
        self.take(start, end, "name")
        return True


def _regions(lang: str | None, region: str | None) -> Sequence[str]:
    if region:
        return (region.upper(),)
    data = LANGUAGES.get(lang or "")
    if data is not None and data.phone_regions:
        return data.phone_regions
    return ALL_PHONE_REGIONS


_ID_KEYWORD_CELL_RE = re.compile(
    r"(?i)[ \t|]*(?:"
    + "|".join(f"(?P<{group}>{regex})" for group, (regex, _) in _ID_KEYWORDS.items())
    + r")(?!\w)[^\w\n|\t]{0,30}[|\t]"
)
"""An id keyword alone in the first cell of a table row ("| NIP | 3777829207 | ...")."""


_CHAT_ANSWER_PREFIX_RE = re.compile(r"[ \t]*" + _CHAT_STAMP + "(?:" + _CHAT_SPEAKER + r"|)[ \t]*")
"""What may stand before a bare answer on its line: a time stamp and a chat speaker
("[10:04] Klient: ")."""
_ANSWER_END_RE = re.compile(r"[ \t.!]*(?:\n|\Z)")


def _answer_keyword_kind(text: str, start: int, end: int, number: str) -> str | None:
    r"""Return the kind of a bare number answering a question on the line above.

    "[10:03] Konsultant: Proszę podać NIP firmy.\n[10:04] Klient: 6215595013": the
    number alone on its line (after a time stamp and a speaker) takes the id keyword of
    the previous non-empty line, if its checks pass.
    """
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or _CHAT_ANSWER_PREFIX_RE.fullmatch(text, line_start, start) is None:
        return None
    if _ANSWER_END_RE.match(text, end) is None:
        return None
    if _PHONE_KEYWORD_BEFORE_RE.search(text, line_start, start):
        return None  # "Telefón: 915 723 207" is a form field, not a speaker's answer
    above_end = line_start - 1
    for _ in range(ANSWER_LINES_UP):  # the question, or a turn or two before the answer
        while above_end > 0 and text[above_end - 1] in " \t\n":
            above_end -= 1
        if above_end <= 0:
            break
        above_start = text.rfind("\n", 0, above_end) + 1
        for keyword in _ID_KEYWORD_ANYWHERE_RE.finditer(text, above_start, above_end):
            kind = _group_kind(keyword.lastgroup or "", number)
            if kind is not None:
                return kind
        if _DIGIT_RE.search(text, above_start, above_end):
            break  # a line with a number of its own answers something else
        above_end = above_start - 1
    return None


_KEYWORD_AFTER_RE = re.compile(
    r"[ \t]*[-–—(]?[ \t]*(?:(?:to|je|ist|is|это|це|jest|be|das)[ \t]+){0,2}"
    r"(?:(?:m[oóůu]j[ea]?|m[ůo]j|mein[e]?|my|мой|мій|moja|naše|nasz[ea]?|our|unser[e]?|"
    r"nový|nowy|new|neue?)[ \t]+|)"
)
"""What may stand between a number and the id keyword naming it after it ("2091567945 —
це мій РНОКПП", "56483910673 – das ist meine Steuer-ID", "5261040828 (NIP)")."""


def _keyword_after_kind(text: str, end: int, number: str) -> str | None:
    """Return the kind of a number that the id keyword right after it names, or None."""
    gap = _KEYWORD_AFTER_RE.match(text, end)
    position = end if gap is None else gap.end()
    keyword = _ID_KEYWORD_ANYWHERE_RE.match(text, position)
    if keyword is None or keyword.lastgroup in ("kod", "taxoffice"):
        return None
    return _group_kind(keyword.lastgroup or "", number)


ANSWER_LINES_UP = 3
"""How many lines above a bare answer the id's question may stand ("Menedżer: NIP?\n
Klient: chwila, szukam\nKlient: 5261040828")."""


def _row_keyword_kind(text: str, start: int, number: str) -> str | None:
    """Return the kind of a number in a table row whose first cell is an id keyword.

    "| NIP | 3777829207 | 8962438554 |": the keyword names every number of its row, the
    second column too.
    """
    line_start = text.rfind("\n", 0, start) + 1
    if "|" not in text[line_start:start] and "\t" not in text[line_start:start]:
        return None
    cell = _ID_KEYWORD_CELL_RE.match(text, line_start, start)
    if cell is None:
        return None
    return _group_kind(cell.lastgroup or "", number)


_ID_KEYWORD_ANYWHERE_RE = _WordStartSearch(
    re.compile(_ID_KEYWORD_ALTERNATION + r"(?-i:(?<=[A-Z])s|)(?![^\W\d_])"),
    _ID_KEYWORD_ALTERNATIVES,
)
"""An id keyword anywhere (a table header cell, earlier on a number's line), an acronym
maybe in the plural ("UTRs"); searched at its first letters only."""
_ID_CAPITALS = "[A-ZА-ЯЄІЇČĎŘŠŽ]"
_ID_STEMS = (
    r"rodn|r\.[ ]?[cč]|teuer|tax|umsatz|dentifik|unique|"
    r"дентиф|одатк|алог|латник|облік|егистрацион|трахов|zentralamt|BZSt|skarbow|tatistick|"
    r"karti[čc]k|preukaz|pr[ůu]kaz|арточк|свидетельств|ssessment|постановк|finan[cč]n|"
    r"da[ňn]ov|dentyfik|Finanzamt|HMRC"
)
"""Stems of the spelled-out id keywords, matched in any case."""
_ID_STEM_GROUPS = _ignorecase_groups(_top_level_branches(_ID_STEMS))


def _line_keyword_gate(capitals: str, groups: dict[str, list[str]]) -> str:
    """``[capitals][capitals]|(?i:stems)`` (see below), one branch per first character."""
    capital_chars = set(re.findall(capitals, _TABLE_CHARS))
    stem_chars = _ignorecase_by_char(groups)
    branches = []
    for char in sorted(capital_chars | set(stem_chars), key=lambda c: (c in capital_chars, c)):
        letter = stem_chars.get(char)
        stems = "" if letter is None else f"(?i:{'|'.join(groups[letter])})"
        if char not in capital_chars:
            branches.append(re.escape(char) + stems)
        elif letter is None:
            branches.append(re.escape(char) + capitals)
        else:  # a capital's branch first, as in the alternation
            branches.append(f"{re.escape(char)}(?:{capitals}|{stems})")
    return "(?:" + "|".join(branches) + ")"


_LINE_KEYWORD_GATE_RE = re.compile(_line_keyword_gate(_ID_CAPITALS, _ID_STEM_GROUPS))
"""Pieces of every id keyword (two capitals, or a stem of the spelled-out ones): the
keywords are looked for on a number's line only when one of them stands there. Lower-case
acronyms ("nip", "inn") count only right before their number (:func:`_keyword_id_kind`).
A branch per first character (a capital, a case of a stem's first letter; the lower-case
ones first), so that the search skips to the characters they start with and tries only
the branch of the one it finds (a class and a look-behind per branch, before, tried
every stem letter's look-behind at every "a", "t", "d" ...)."""
_PLURAL_REFERENCE_RE = re.compile(r"(?i)\w+(?:ach|ách|ích|ami|ях|ах|ами|ungen)(?!\w)")
"""A reference word in a plural case ("fakturach", "fakturách", "Rechnungen", "счетах")."""
LINE_KEYWORD_REACH = 250
"""How far before a number an id keyword on its line may stand (characters)."""


def _line_keyword_kind(text: str, start: int, end: int, number: str) -> str | None:
    """Return the kind of a number that an id keyword earlier on its line validates.

    The keyword stands too far for :func:`_keyword_id_kind`, or with another number
    between: a corrected id ("ИНН: указал 780004674518, а правильный — 780004074518",
    "IČO 14271813, správne je 14271613", "Steuer-ID falsch angegeben (…). Richtig ist
    61535529743"). Only the keyword's own checksum counts, and not for a number right
    after a reference label ("zamówienie nr ...") or before an amount's currency.
    """
    line_start = text.rfind("\n", 0, start) + 1
    if start - LINE_KEYWORD_REACH > line_start:  # max(line start, start - reach)
        line_start = start - LINE_KEYWORD_REACH
    if line_start >= start or not _LINE_KEYWORD_GATE_RE.search(text, line_start, start):
        return None
    if _AMOUNT_AFTER_RE.match(text, end):
        return None
    reference = _REFERENCE_KEYWORD_BEFORE_RE.search(
        text, start - 40 if start - 40 > line_start else line_start, start
    )
    if reference is not None and not _PLURAL_REFERENCE_RE.match(reference.group()):
        return None  # a plural labels no one number: "NIP ..., który był na fakturach: ..."
    for keyword in reversed(list(_ID_KEYWORD_ANYWHERE_RE.finditer(text, line_start, start))):
        # the keyword's own checks only: at a distance, the VAT fallback of IČ/DIČ
        # would take a phone's digits ("IČO ..., tel. +420 541 074 809")
        kind = _first_kind(_ID_KEYWORDS[keyword.lastgroup or ""][1], number)
        if kind is not None:
            return kind
    return None


KEYWORD_LINES_UP = 4
"""How many lines above a number an id keyword naming it may stand (:func:`_lines_above_keyword_kind`)."""
KEYWORD_ABOVE_REACH = 400
"""How far before a number, in characters, such a keyword may stand."""


def _lines_above_keyword_kind(text: str, start: int, end: int, number: str) -> str | None:
    r"""Return the kind of a number that an id keyword on a line above validates.

    "NIP i REGON firmy podaję poniżej:\n5213817634\n146238711", "Údaje pro fakturaci
    (IČO):\n\n  27082440": the keyword announces the number a few lines before it. Only
    the keyword's own checksum counts, only a keyword without a number after it on its
    line that its checks validate (one that announces numbers, not one that carries its
    own: "NIP: 954-783-73-47"; "КОДИ ЄДРПОУ ФІЛІЙ — для тендеру UA-2025-01-11-710284-a"
    announces), and not for a number right after a reference or phone label or before an
    amount's currency.
    """
    line_start = text.rfind("\n", 0, start) + 1
    floor = start - KEYWORD_ABOVE_REACH if start - KEYWORD_ABOVE_REACH > 0 else 0
    if line_start <= floor or _AMOUNT_AFTER_RE.match(text, end):
        return None
    line_end = text.find("\n", end)
    row = text[line_start : len(text) if line_end < 0 else line_end]
    if any(delimiter in row for delimiter in ";|\t"):
        return None  # a table row: its header names its columns (:func:`_table_header`)
    above_end = line_start - 1
    for _ in range(KEYWORD_LINES_UP):
        if above_end <= floor:
            break
        above_start = text.rfind("\n", 0, above_end) + 1
        if floor > above_start:  # max(line start, floor)
            above_start = floor
        if _LINE_KEYWORD_GATE_RE.search(text, above_start, above_end):
            keywords = list(_ID_KEYWORD_ANYWHERE_RE.finditer(text, above_start, above_end))
            for keyword in reversed(keywords):
                checks = _ID_KEYWORDS[keyword.lastgroup or ""][1]
                if any(
                    _first_kind(checks, re.sub(r"[ \-/.]", "", own.group()))
                    for own in _ID_NUMBER_RE.finditer(text, keyword.end(), above_end)
                ):
                    continue  # it names its own value: "NIP: 954-783-73-47"
                kind = _first_kind(checks, number)
                if kind is not None:
                    # the labels last: they cost
                    label_start = start - 40 if start - 40 > line_start else line_start
                    if _REFERENCE_KEYWORD_BEFORE_RE.search(text, label_start, start) or (
                        _PHONE_KEYWORD_BEFORE_RE.search(text, label_start, start)
                    ):
                        return None
                    return kind
        above_end = above_start - 1
    return None


_DOTTED_ACRONYM_RE = re.compile(r"(?<![\w.])(?:[A-ZА-ЯЁЄІЇČĎŘŠŽ]\.-?){2,}")
"""An acronym written with dots ("N.I.P.", "I.Č.O.", "И.Н.Н.", "Р.Н.О.К.П.П.", "V.A.T.")."""
_DOTTED_GATE_RE = re.compile(r"[A-ZА-ЯЁЄІЇČĎŘŠŽ]\.-?[A-ZА-ЯЁЄІЇČĎŘŠŽ]\.")
_ACRONYM_KEYWORDS = (
    "PESEL", "REGON", "ИНН", "ОГРН", "ОГРНИП", "СНИЛС", "РНОКПП", "ЄДРПОУ", "ЕДРПОУ", "SNILS",
    "RNOKPP", "EDRPOU", "OGRN", "UTR", "NHS",
)  # fmt: skip
_ACRONYM_BY_LETTERS = {"".join(sorted(word)): word for word in _ACRONYM_KEYWORDS}
_ACRONYM_LETTERS = "[" + "".join(sorted(set("".join(_ACRONYM_KEYWORDS)))) + "]"
_ACRONYM_TOKEN_RE = re.compile(_ACRONYM_LETTERS + r"(?<!\w.)" + _ACRONYM_LETTERS + r"{2,6}(?!\w)")
"""A capital word of 3-7 letters, all of them letters of the id acronyms (the first letter
is matched before the look-behind: the search skips ahead to those letters)."""
"""Id acronyms by their sorted letters: a token with the same letters in another order is
the acronym mistyped ("PESLE", "РНКОПП", "ЄДРПУО")."""


def _undotted(match: re.Match[str]) -> str:
    letters = "".join(ch for ch in match.group() if ch.isalpha())
    return letters + " " * (len(match.group()) - len(letters))


_UNDERSCORE_SPACE_RE = re.compile(r"_(?!\d)|(?<=\d{8})_")
"""An underscore before a word or after a long number: a space in the keyword view."""
_UNDERSCORE_DIGIT_RE = re.compile(r"(?<=[^\W\d_])_(?=\d)")
"""An underscore between a word and a number: a space only after an id keyword
("regon_980121650" but not "faktura_8019165777", which may be an order number)."""
_LOWER_VAT_PREFIX_RE = re.compile(_DIGIT_CLASS + r"(?<=[a-z]\d)\d{7,11}(?!\w)")
"""Digits glued to a lower-case letter: a VAT number with its prefix ("sk6727810958")
when :data:`_LOWER_VAT_PREFIXES` end there. The search starts at a digit (cheap)."""
_LOWER_VAT_PREFIXES = ("atu", "at u", "cz", "de", "gb", "pl", "sk")


def _upper_vat_prefixes(text: str, starts: _RunStarts) -> str:
    """Return ``text`` with lower-case VAT prefixes upper-cased after an id keyword.

    ``starts``: where the runs of digits of ``text`` start (:func:`_run_starts`).
    """
    for m in _at_runs(_LOWER_VAT_PREFIX_RE, text, starts, _LOWER_VAT_RUNS):
        start = m.start()
        for prefix in _LOWER_VAT_PREFIXES:
            at = start - len(prefix)
            if (
                text.startswith(prefix, at)
                and not (at and text[at - 1].isalpha())
                and _ID_KEYWORD_BEFORE_RE.search(text, (at - 25 if at - 25 > 0 else 0), at)
            ):
                text = text[:at] + prefix.upper() + text[start:]
                break
    return text


def _keyword_view(text: str, starts: _RunStarts) -> str:
    """Return ``text`` with id acronyms as the keyword rules spell them, at the same length.

    Dots go from acronyms ("N.I.P.: " -> "NIP   : ", "И.Н.Н." -> "ИНН   ") and a mistyped
    acronym whose letters are an id acronym's in another order becomes that acronym
    ("PESLE" -> "PESEL", "РНКОПП" -> "РНОКПП"). Underscores are spaces, so an id in a
    file name is a word ("regon_980121650.pdf" -> "regon 980121650.pdf"; but
    "faktura_8019165777.pdf" stays glued, no keyword stands before it), and a
    lower-case VAT prefix after an id keyword is upper-cased ("dic cz30826705" -> "dic
    CZ30826705"). Digits and offsets stay as they were, so the spans found in the view
    are the spans of ``text``. ``starts``: where the runs of digits of ``text`` start
    (:func:`_run_starts`); no change here makes or removes a digit.
    """
    if "_" in text:  # file names: "zaswiadczenie_regon_980121650.pdf"
        text = _UNDERSCORE_SPACE_RE.sub(" ", text)
        for glued in reversed([m.start() for m in _UNDERSCORE_DIGIT_RE.finditer(text)]):
            if _ID_KEYWORD_BEFORE_RE.search(text, (glued - 25 if glued - 25 > 0 else 0), glued):
                text = text[:glued] + " " + text[glued + 1 :]
    if "." in text and _DOTTED_GATE_RE.search(text):
        text = _DOTTED_ACRONYM_RE.sub(_undotted, text)
    text = _upper_vat_prefixes(text, starts)  # "dic cz30826705", "ust-idnr de438063968"
    for token in _ACRONYM_TOKEN_RE.finditer(text):
        word = token.group()
        right = _ACRONYM_BY_LETTERS.get("".join(sorted(word)))
        if right is not None and right != word:
            text = text[: token.start()] + right + text[token.end() :]
    return text


_TITLE_BEFORE_RE = re.compile(
    _first_char_factored(
        [h + r"\.?" for h in sorted((re.escape(h) for h in _HONORIFICS), key=len, reverse=True)]
        + [f + r"\." for f in ("med", "rer", "nat", "dent", "vet", "phil", "jur", "oec")],
        r"[^\W\d_]",
    )
    + r"[ \t]+$"
)
r"""A title right before a name ("Pani ", "pane ", "Herr ", "Dr. ", "пані "), or the
field of a doctor's degree ("Dr. med. ", "Dr. rer. nat. "), folded: the alternation
``(?<![^\W\d_])(?:(?:honorifics)\.?|(?:med|rer|...)\.)[ \t]+$`` by first character (the
search tried every position of the window)."""
TITLES_BEFORE_A_NAME = 3
"""How many titles in a row a name's span takes in ("Pan Dr. Novák", "Frau Prof. Weber")."""


_GLUED_INITIALS_RE = re.compile(r"(?:" + _CAP + r"\.)+")
"""Initials written together after the first one ("А.Н.", "J.K.")."""
_INITIAL_AFTER_RE = re.compile(r"[ \t]*" + _CAP + r"\.(?:[ \t]?" + _CAP + r"\.|)(?![\w])")
"""Initials right after a name ("Juraj S.", "Ковалёв А.Н.", "Кравчук Л. В.")."""
_NAME_LINE_BELOW_RE = re.compile(
    r"\r?\n[ \t]*(" + _CAP_WORD + r"(?:-" + _CAP_WORD + r"|)"
    r"(?:[ \t]+(?:(?:van|von|der|den|de|la|da|di|du|del|ten|zu)[ \t]+){0,2}"
    + _CAP_WORD
    + r"){0,2})"
    r"[ \t]*(?=\r?\n|$)"
)
"""A line right below a name holding one to three more name words (a surname wrapped to
its own line: "Katarzyna\nLewandowska-Pietrzak", "Николаева\nТатьяна Викторовна")."""


def _name_tail_end(text: str, start: int, end: int) -> int:
    """Return where a name ends once trailing initials and a wrapped second line are in.

    A one-word name alone on its line may go on on the next line when that line holds only
    name words and the two together make a given name and a surname: one line a known
    given name, the other words shaped like a surname or a patronymic (not a town).
    """
    initials = _INITIAL_AFTER_RE.match(text, end)
    if initials is not None:
        return initials.end()
    if text[end : end + 1] == "." and end >= 2 and text[end - 2] == " " and text[end - 1].isupper():
        return end + 1  # "Juraj S" + ".": the initial's dot
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or text[line_start:start].strip() or text[end:line_end].strip():
        return end
    below = _NAME_LINE_BELOW_RE.match(text, line_end)
    if below is None:
        return end
    name, more = text[start:end].split(), below.group(1).split()
    if len(name) != 1 or len(more) > NAME_MAX_WORDS:
        return end  # "Heike Albrecht-Sommer\nKundenbetreuerin": the name is whole
    words = [w for w in name + more if w not in _PARTICLES]
    if not all(_name_word(w) and MATCHING.fold(w) not in _NOT_NAME_WORDS for w in words):
        return end
    if not any(first_name(w) for w in name) and not any(first_name(w) for w in more):
        return end
    other = more if any(first_name(w) for w in name) else name
    if not all(
        surname_shaped(w) or _PATRONYMIC_RE.fullmatch(w) for w in other if w not in _PARTICLES
    ):
        return end  # "Jana Nováková\nOlomouc": a town below the name
    return below.end(1)


_DEGREES_AFTER_RE = re.compile(
    r"(?:,?[ \t]+(?:ph\.[ ]?d\.|phd\.?|artd\.|mba|msc|bsc|csc\.|drsc\.|dis\.|ll\.[ ]?m\.|frcp|"
    r"mrcp|fca|acca|aca|fcca|bvsc|mrcvs|mrics|cpa|mbe|obe|cbe|dr\.[ ]?h\.[ ]?c\.)(?![\w]))+(?=[ \t]*(?:$|[\r\n,;|(]))"
)
"""Degrees written after a name ("Ing. Lenka Horská, Ph.D.", "Dr. Priya Raman PhD FRCP"),
matched folded."""


def _with_titles(folded: str, spans: tuple[PiiSpan, ...], text: str) -> tuple[PiiSpan, ...]:
    """Return ``spans`` with every name grown over what belongs to it around it.

    The titles before it ("Dzień dobry Pani Moniko," -> "Dzień dobry [NAME],": a name is
    redacted whole whether a reader counts the title as part of it or not, and a title
    tells the person's gender, "Pan Dr." their degree too), initials or a surname wrapped
    to the next line after it (:func:`_name_tail_end`) and degrees ("..., Ph.D.").
    """
    grown: list[PiiSpan] = []
    for span in spans:
        start, end = span.start, span.end
        if span.kind == "name":
            floor = grown[-1].end if grown else 0
            for _ in range(TITLES_BEFORE_A_NAME):
                title = _TITLE_BEFORE_RE.search(
                    folded, start - 30 if start - 30 > floor else floor, start
                )
                if title is None:
                    break
                start = title.start()
            end = _name_tail_end(text, start, end)
            degrees = _DEGREES_AFTER_RE.match(folded, end)  # "Lenka Horská, Ph.D."
            if degrees is not None:
                end = degrees.end()
        same = start == span.start and end == span.end
        grown.append(span if same else PiiSpan(start, end, span.kind))
    return tuple(grown)


_TABLE_DELIMITERS = (";", "\t", "|", ",")
"""Cell delimiters of tables pasted as text (CSV exports, spreadsheets, Markdown)."""
_PHONE_HEADER_RE = re.compile(r"(?i)(?<!\w)(?:" + _PHONE_KEYWORD + r"|mob|fax|handy)(?!\w)")
_PHONE_CELL_RE = re.compile(r"[+(\d][\d ()./-]{6,}\d")
_TABLE_CELL_STRIP = " \t\"'"
TABLE_HEADER_CELL_CHARS = 40
"""The longest header cell that may name its column (characters)."""


TABLE_NAME_HEADER_CELLS = 3
"""A header naming a column of names has this many filled cells or more (two cells are a
key and its value: "| Pacient | Věra Horáková |")."""
_NAME_HEADER_RE = re.compile(
    r"(?P<surely>imie|nazwisko|imie[ _]i[ _]nazwisko|nazwisko[ _]i[ _]imie|jmeno|prijmeni|"
    r"jmeno[ _]a[ _]prijmeni|prijmeni[ _]a[ _]jmeno|meno|priezvisko|meno[ _]a[ _]priezvisko|"
    r"(?:first|last|given|family|full)[ _]?name|surname|vorname|nachname|familienname|"
    r"имя|фамилия|отчество|фио|им['’]я|прiзвище|прізвище|піб|ф\.?и\.?о\.?)"
    r"|(?P<maybe>name|jmeno zakaznika|klient|client|customer|kunde|pacjent|pacient|patient|"
    r"zamestnanec|employee|mitarbeiter\w*|pracownik|клиент|клієнт|пациент|пацієнт|сотрудник)"
)
"""A table header cell, folded, naming a column of people's names: "surely" a name
column ("Nazwisko", "Příjmení", "Vorname", "ФИО"), or "maybe" one (a cell there needs a
word with name evidence: "Name" may head a product's name)."""


def _table_header(line: str, next_line: str) -> tuple[str, dict[int, str]] | None:
    """Return the delimiter and the named columns of a table header line, or None.

    The next line must have as many cells. A column is named by an id keyword (the
    group of :data:`_ID_KEYWORDS`: "RČ dítěte", "NHS number", "Steuer-ID") or by a
    phone word ("phone": "Telefon", "Mobile").
    """
    for delimiter in _TABLE_DELIMITERS:
        count = line.count(delimiter)
        if count < (2 if delimiter in ",|" else 1) or next_line.count(delimiter) != count:
            continue
        if delimiter == "," and ", " in line:  # prose, not a CSV header
            continue
        columns: dict[int, str] = {}
        for index, cell in enumerate(line.split(delimiter)):
            cell = cell.strip(_TABLE_CELL_STRIP)
            if not cell or len(cell) > TABLE_HEADER_CELL_CHARS or _DIGIT_RE.search(cell):
                continue
            keyword = _ID_KEYWORD_ANYWHERE_RE.search(cell)
            name = _NAME_HEADER_RE.fullmatch(MATCHING.fold(cell))
            if keyword is not None:
                columns[index] = keyword.lastgroup or ""
            elif _PHONE_HEADER_RE.search(cell):
                columns[index] = "phone"
            elif name is not None:
                columns[index] = "name" if name.lastgroup == "surely" else "name?"
        if columns:
            return delimiter, columns
    return None


_MARKDOWN_RULE_RE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*|)")
"""The rule under a Markdown table's header ("|---|---|", "| :--- | ---: |")."""


def _table_columns(text: str, found: _Found, regions: Sequence[str]) -> None:
    r"""Take the ids and phones in the columns of a delimited table that its header names.

    "č.;RČ dítěte;telefon rodiče\n1;1151114591;720201642": under a header cell naming an
    id, a cell counts when the id's checksum validates it; under a phone word, when it is
    a valid phone number. Rows end at the first line with another number of cells.
    """
    lines = text.split("\n")
    header: tuple[str, dict[int, str]] | None = None
    cells_per_row = 0
    position = 0
    for number, line in enumerate(lines):
        line_start, position = position, position + len(line) + 1
        if header is not None and line.count(header[0]) + 1 == cells_per_row:
            _table_row(line, line_start, header, found, regions)
            continue
        header = None
        if number + 1 < len(lines) and len(line) < 400:
            header = _table_header(line, lines[number + 1])
        if header is not None and {"name", "name?"} & set(header[1].values()):
            cells = [c for c in line.split(header[0]) if c.strip(_TABLE_CELL_STRIP)]
            if len(cells) < TABLE_NAME_HEADER_CELLS and not _MARKDOWN_RULE_RE.fullmatch(
                lines[number + 1]
            ):  # "| Pacient | Věra Horáková |" is a row; "| ФИО | СНИЛС |\n|---|---|" a header
                header = None
        if header is not None:
            cells_per_row = line.count(header[0]) + 1
            if {"name", "name?"} & set(header[1].values()):
                found.blocked.append((line_start, line_start + len(line)))  # "Imię" is no name


def _table_row(
    line: str,
    line_start: int,
    header: tuple[str, dict[int, str]],
    found: _Found,
    regions: Sequence[str],
) -> None:
    """Take the named cells of one table row (see :func:`_table_columns`)."""
    delimiter, columns = header
    cell_start = line_start
    for index, cell in enumerate(line.split(delimiter)):
        here, cell_start = cell_start, cell_start + len(cell) + 1
        group = columns.get(index)
        value = cell.strip(_TABLE_CELL_STRIP)
        if group in ("name", "name?") and value:
            words = value.split()
            if (
                len(words) <= NAME_MAX_WORDS
                and all(_name_word(word) for word in words)
                and (group == "name" or any(has_name_evidence(word) for word in words))
            ):
                start = here + cell.index(value)
                if found.free(start, start + len(value)):
                    found.take(start, start + len(value), "name")
            continue
        if group is None or not value or not _DIGIT_RE.search(value):
            continue
        start = here + cell.index(value)
        end = start + len(value)
        if not found.free(start, end):
            continue
        if group == "phone":
            if _PHONE_CELL_RE.fullmatch(value) and phone_valid(value, regions, True):
                found.take(start, end, "phone")
            continue
        number = re.sub(r"[ \-/.]", "", value)
        if not number.isalnum():
            continue
        kind = _group_kind(group, number)
        if kind is None and group == "edrpou":  # a sole trader's (ФОП) code is the RNOKPP
            kind = _RNOKPP(number)
        if kind is not None:
            found.take(start, end, kind)


_DOCUMENT_CONTEXT_GATE = (
    "паспорт",
    "passport",
    "pas",
    "dowod",
    "dowód",
    "obcan",
    "občan",
    "občian",
    "ausweis",
    "aufenthalt",
    "führerschein",
    "fuhrerschein",
    "seefahrt",
    "jazdy",
    "pobyt",
    "książeczk",
    "ksiazeczk",
    "tożsam",
    "tozsam",
    "legitymac",
    "řidič",
    "ridic",
    "vodič",
    "vodic",
    "růkaz",
    "rukaz",
    "reukaz",
    "totožn",
    "totozn",
    "námořn",
    "namorn",
    "licen",
    "пассажир",
    "пасажир",
    "cestuj",
    "reisend",
    "унзр",
    "residence",
    "seaman",
    "discharge",
    "document",
    "dokument",
    "документ",
    "удостовер",
    "водител",
    "права",
    "свидетел",
    "военн",
    "миграц",
    "жительств",
    "посвідч",
    "посвідк",
    "свідоцтв",
    "серия",
    "серию",
    "серія",
    "серію",
    "seria",
    "série",
    "séria",
    "id-",
    "id ",
    "id/",
)
_DOCUMENT_CONTEXT_GATE_RE = re.compile(
    _first_char_factored(
        [re.escape(piece) for piece in sorted(_DOCUMENT_CONTEXT_GATE, key=len, reverse=True)]
    )
)
"""Lower-case pieces of the document words: the words are looked for only around them."""
_DOCUMENT_CONTEXT_GATE_ANY = _AnyOf(_DOCUMENT_CONTEXT_GATE)
"""Whether a text holds any of the pieces (cheaper than the search when none is there)."""
_DOCUMENT_CONTEXT_GATE_CASED_RE = re.compile(r"ID|OP|BRP|УНЗР")
"""Pieces of the document words that count in their own case only."""
_PL_ID_CARD_SHAPE_RE = re.compile(r"[A-Z]{3}[ ]?\d{6}")
"""Three letters and six digits: the shape of a Polish ID card, which has a check digit."""
DOCUMENT_SHAPE_LONGEST = 20
"""The longest document-shaped number (:data:`_DOCUMENT_SHAPED_RE`), in characters."""
_DOCUMENT_DIGITS_RE = re.compile(
    _DIGIT_CLASS + r"(?:(?:[ ]?\d){5}|\d{4}/|(?<=[^\W\d_]\d)|(?=[^\W\d_]))"
)
"""Digits that may belong to a document-shaped number: six digits (with single spaces), five
before a slash, or a digit next to a letter. Starts with a digit, so the search skips ahead (fast)."""


DOCUMENT_WORD_REACH = 16
"""How far before a piece of a document word (:data:`_DOCUMENT_CONTEXT_GATE`) the word
itself may start ("personal" before "ausweis", "proof of " before "ID"; characters)."""


def _document_words(text: str) -> list[tuple[int, int]]:
    """Return the spans of the document words in ``text`` (:data:`_DOCUMENT_CONTEXT_WORD_RE`).

    That regex is slow over a whole text, so it runs only around the places where a piece
    of a document word stands (:data:`_DOCUMENT_CONTEXT_GATE_RE`; most texts hold none).
    """
    lower = text.lower()
    if len(lower) != len(text):  # a character whose lower case is longer: no offsets
        return [m.span() for m in _DOCUMENT_CONTEXT_WORD_RE.finditer(text)]
    places = (
        [m.start() for m in _DOCUMENT_CONTEXT_GATE_RE.finditer(lower)]
        if _DOCUMENT_CONTEXT_GATE_ANY.found_in(lower)  # one pass: most texts hold no piece
        else []
    )
    places += [m.start() for m in _DOCUMENT_CONTEXT_GATE_CASED_RE.finditer(text)]
    spans: set[tuple[int, int]] = set()
    for position in places:
        # the word starts at a word start at most DOCUMENT_WORD_REACH before the piece
        for start in range(max(0, position - DOCUMENT_WORD_REACH), position + 1):
            if start and text[start - 1].isalnum() or not text[start].isalnum():
                continue
            m = _DOCUMENT_CONTEXT_WORD_RE.match(text, start)
            if m is not None and m.end() > position:
                spans.add(m.span())
    return sorted(spans)


def _document_shaped(
    text: str, free: Callable[[int, int], bool] | None = None
) -> list[tuple[int, int]]:
    """Return the document-shaped numbers in ``text`` (:data:`_DOCUMENT_SHAPED_RE`).

    That regex tries every position; it runs only around the digits that can belong to
    such a number (:data:`_DOCUMENT_DIGITS_RE`), in stretches that reach
    :data:`DOCUMENT_SHAPE_LONGEST` characters to each side of them; with ``free``, only
    around digits it calls free (not taken yet).
    """
    stretches: list[list[int]] = []
    for m in _DOCUMENT_DIGITS_RE.finditer(text):
        if free is not None and not free(m.start(), m.end()):
            continue  # digits of a number already taken (a phone)
        start, end = max(0, m.start() - DOCUMENT_SHAPE_LONGEST), m.end() + DOCUMENT_SHAPE_LONGEST
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = end
        else:
            stretches.append([start, end])
    found: list[tuple[int, int]] = []
    for start, end in stretches:
        # read on past the stretch, so that a number starting in it is read whole
        for shaped in _DOCUMENT_SHAPED_RE.finditer(text, start, end + DOCUMENT_SHAPE_LONGEST):
            if shaped.start() >= end:
                break
            if not found or shaped.start() >= found[-1][1]:
                found.append(shaped.span())
    return found


def _in_document_context(text: str, start: int, end: int, words: Sequence[tuple[int, int]]) -> bool:
    """Return whether a document word stands near a document-shaped number, and no reference.

    Near: up to :data:`DOCUMENT_CONTEXT_BEFORE` characters before it (a form's heading,
    the sentence before, a table's header row, an agent's question), or up to
    :data:`DOCUMENT_CONTEXT_AFTER` after it on its line. A reference keyword right
    before the number ("order", "flight", "room", "model") makes it no document.

    Args:
        text: The text.
        start: Where the number starts.
        end: Where it ends.
        words: The spans of the document words in ``text`` (:func:`_document_words`).
    """
    line_end = text.find("\n", end)
    after_end = min(end + DOCUMENT_CONTEXT_AFTER, len(text) if line_end < 0 else line_end)
    if not any(
        start - DOCUMENT_CONTEXT_BEFORE <= word_start
        and word_end <= start
        or end <= word_start
        and word_end <= after_end
        for word_start, word_end in words
    ):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    window_start = start - REFERENCE_CONTEXT
    if line_start >= window_start:  # max(line_start, start - REFERENCE_CONTEXT)
        window_start = line_start
    return _CONTEXT_REFERENCE_RE.search(text, window_start, start) is None


def _after_document_word(text: str, start: int) -> bool:
    """Return whether a document word stands before ``start``, and no reference word.

    On the same line ("passport no. 731204047"), or on the line before when the number
    stands alone on its line, after a chat label at most (a question and its answer:
    "Agent: Your ID card number, please.", then "Client: 004658462" on the next line).
    """
    line_start = text.rfind("\n", 0, start) + 1
    answer = line_start > 0 and _ANSWER_LINE_RE.fullmatch(text, line_start, start) is not None
    # a chat label ("Zákazník: ") is no reference word, a form's label may be ("Nr klienta:")
    if not answer and _REFERENCE_KEYWORD_BEFORE_RE.search(
        text, (start - 40 if start - 40 > 0 else 0), start
    ):
        return False  # "passport lost, order 123456789"
    if answer and _CONTEXT_REFERENCE_RE.search(text, line_start, start):
        return False
    if _DOCUMENT_KEYWORD_RE.search(
        text, (start - DOCUMENT_KEYWORD_WINDOW if start - DOCUMENT_KEYWORD_WINDOW > 0 else 0), start
    ):
        return True
    if not answer:
        return False
    line_end = text.find("\n", start)
    if text[start : len(text) if line_end < 0 else line_end].strip(" .,;").count(" ") > 2:
        return False  # the answer is a sentence, not a number
    previous = text.rfind("\n", 0, line_start - 1) + 1
    return _DOCUMENT_WORD_RE.search(text, previous, line_start) is not None


_WRAPPED_ID_RE = re.compile(
    _DIGIT_CLASS
    + r"(?<![\w+/.,-]\d)(?:(?:[ ]{1,2}|[\-/.]|/?[ \t]*\n[ \t]*|)\d){6,14}(?![\w/]|[.,-]\d)"
)
"""A number whose digit groups run over line breaks ("PESEL\n012220\n05800")."""
WRAPPED_ID_LINES = 3
"""How many lines a wrapped id may run over."""

_AT_RUN_STARTS = frozenset(
    [
        _IBAN_RE,  # after two letters
        _LOOSE_IBAN_START_RE,  # after a letter, a space or "-"
        _CZ_ACCOUNT_RE,
        _NRB_RE,
        _BROKEN_CARD_RE,
        _SEPARATED_CARD_RE,
        _CARD_RE,
        _PESEL_RE,
        _BIRTH_NUMBER_RE,
        _BARE_DIGITS_RE,
        _WRAPPED_ID_RE,
        _DOCUMENT_NUMBER_RE,
        _LOWER_VAT_PREFIX_RE,  # after a lower-case letter
        _EN_STREET_RE,
        _POSTCODE_CITY_RES[0][0],
        _POSTCODE_CITY_RES[1][0],
        *(
            p
            for p, _ in _STANDALONE_IDS
            if p.pattern.startswith(_DIGIT_CLASS + r"(?<![\w+/.,-]\d)")
        ),
    ]
)

# How many digits the run that a match starts with can have, read from each pattern (its
# first digit is the digit class, then the digits and separators; a look-ahead after
# them rules out a digit). tests/nlp/test_redact_regex.py matches each pattern at runs of
# 1 to 30 digits in many surroundings and compares :func:`_at_runs` with ``finditer``.
_PESEL_RUNS = frozenset({11})  # \d{10} after the first
_BARE_DIGITS_RUNS = range(9, 14)  # \d{8,12}, then no \w
_LOWER_VAT_RUNS = range(8, 13)  # \d{7,11}, then no \w
_CARD_GROUP_RUNS = frozenset({4})  # \d{3}, then a separator (separated and broken cards)
_NRB_RUNS = frozenset(range(2, 27, 4))  # \d, then six groups of four after a separator or none
_DOCUMENT_RUNS = frozenset({2, 4, 6, 7, 8, 9, 10})  # each branch's digits before a space or №
_PL_POSTCODE_RUNS = frozenset({2})  # \d-\d{3}
_CZ_POSTCODE_RUNS = frozenset({3})  # \d{2} \d{2}
_RUN_LENGTHS: tuple[tuple[re.Pattern[str], Container[int]], ...] = (
    (_PESEL_RE, _PESEL_RUNS),
    (_BARE_DIGITS_RE, _BARE_DIGITS_RUNS),
    (_LOWER_VAT_PREFIX_RE, _LOWER_VAT_RUNS),
    (_SEPARATED_CARD_RE, _CARD_GROUP_RUNS),
    (_BROKEN_CARD_RE, _CARD_GROUP_RUNS),
    (_NRB_RE, _NRB_RUNS),
    (_DOCUMENT_NUMBER_RE, _DOCUMENT_RUNS),
    (_POSTCODE_CITY_RES[0][0], _PL_POSTCODE_RUNS),
    (_POSTCODE_CITY_RES[1][0], _CZ_POSTCODE_RUNS),
)
"""The patterns of :data:`_AT_RUN_STARTS` tried by :func:`_at_runs`, with their runs' lengths."""

# Which runs of digits a pattern of :data:`_AT_RUN_STARTS` can match at, read from the
# characters around the run: a failing ``match`` call costs some 1,700-2,600 instructions (the
# call, the matcher's state, its data stack allocated and freed), a test of a character
# a few dozen. Each gate keeps every run where its pattern may match (read from the
# pattern by hand, a comment on each); tests/nlp/test_redact_regex.py compares the
# matches at the kept runs with ``finditer`` on random texts (:data:`_RUN_GATES`).
_ASCII_LETTERS = frozenset(string.ascii_letters)
_ASCII_UPPER = frozenset(string.ascii_uppercase)
_NOT_BEFORE_CARD = frozenset("_+/,-")
"""What, besides a letter or digit (``str.isalnum``, as ``\\w``), no number of the
``(?<![\\w+/,-]\\d)`` patterns follows (cards, birth numbers; the others rule out a
"." too)."""


class _NumberRuns:
    """The runs of digits of a text that each gated number pattern may match at.

    Each list holds the starts (in order) of the runs where its pattern of
    :data:`_AT_RUN_STARTS` may match, read from the run's length, its first digit and
    the characters before and after it (by hand from each pattern, below); at the
    others the pattern cannot match and is not called.
    """

    __slots__ = ("birth", "card", "iban", "idnr", "loose_iban", "nrb", "phone", "snils", "wrapped")

    def __init__(self, text: str, starts: _RunStarts) -> None:
        self.iban: list[int] = []
        self.loose_iban: list[int] = []
        self.card: list[int] = []
        self.birth: list[int] = []
        self.wrapped: list[int] = []
        self.phone: list[int] = []
        self.snils: list[int] = []
        self.idnr: list[int] = []
        self.nrb: list[int] = []
        ends = starts.ends
        end_text = len(text)
        for at in starts:
            end = ends[at]
            n = end - at
            after = text[end] if end < end_text else "\0"  # "\0": in none of the sets
            before = text[at - 1] if at else "\0"
            if before in _ASCII_LETTERS:
                if at >= 2 and text[at - 2] in _ASCII_LETTERS:
                    self.iban.append(at)  # _IBAN_RE: (?<=[A-Za-z]{2}\d)
                if n >= 2:  # _LOOSE_IBAN_START_RE: a letter before, two digits
                    self.loose_iban.append(at)
                continue  # each other pattern's look-behind rules out a letter before
            if before in " -" and n >= 2 and at >= 3 and text[at - 2] in _ASCII_UPPER:
                self.loose_iban.append(at)  # "SK 25 ...", "CZ-79 ..."
            if text[at] in "08" or (
                (n == 3 and after in " -.") or (n == 2 and after in " -")
            ):  # the phones' digit-first branches: "0"/"8" prefixes, groups of 3, pairs
                self.phone.append(at)
            if before.isalnum() or before in _NOT_BEFORE_CARD:
                continue  # (?<![\w+/,-]\d) and its stricter forms
            if 13 <= n <= 19 or (n < 13 and after in " -"):
                self.card.append(at)  # _CARD_RE: 13-19 digits, groups after " " or "-"
            if n <= 6 and after in " /-":
                self.birth.append(at)  # _BIRTH_NUMBER_RE: \d{5} then "/" or "-", or spaced
            if before == ".":
                continue  # (?<![\w+/.,-]\d)
            if 7 <= n <= 15 or (n < 7 and after in " -/.\t\n"):
                self.wrapped.append(at)  # _WRAPPED_ID_RE: 7-15 digits, maybe in groups
            if n == 3 and after in " -":
                self.snils.append(at)  # _SNILS_RE: \d{2}([ -])
            elif n == 2 and after == " ":
                self.idnr.append(at)  # _IDNR_SPACED_RE: \d \d{3}
            if n in _NRB_RUNS and (n == 26 or after in " -\t\n"):
                self.nrb.append(at)  # _NRB_RE: groups of four after a separator


def _de_postcode_runs(text: str, starts: _RunStarts) -> list[int]:
    r"""The runs the DE postcode pattern's digit branch may match at: of five or six digits.

    ``\d{4,5}`` after the first digit, then no ``\w``.
    """
    ends = starts.ends
    return [at for at in starts if 5 <= ends[at] - at <= 6]


_RUN_GATES: tuple[tuple[re.Pattern[str], str], ...] = (
    (_IBAN_RE, "iban"),
    (_LOOSE_IBAN_START_RE, "loose_iban"),
    (_CARD_RE, "card"),
    (_BIRTH_NUMBER_RE, "birth"),
    (_WRAPPED_ID_RE, "wrapped"),
    (_SNILS_RE, "snils"),
    (_IDNR_SPACED_RE, "idnr"),
    (_NRB_RE, "nrb"),
)
"""Patterns of :data:`_AT_RUN_STARTS` and their lists of :class:`_NumberRuns` (the
phones', tried at "+" and "(" too, are tested apart)."""
"""Number patterns whose matches start only where a run of digits does (a digit after no
digit): :func:`_at_run_starts` tries them there, not by a search of the whole text.
tests/nlp/test_redact_regex.py checks their openings."""


def _wrapped_keyword_ids(text: str, found: _Found, starts: Sequence[int]) -> None:
    """Take ids wrapped over lines right after their keyword ("ІПН 19801", "15661").

    A number broken by line breaks (a narrow form, a copy from a PDF) counts when an id
    keyword stands right before it, on its first line or at the end of the line above,
    and the joined digits pass that keyword's checks.
    """
    for m in _at_run_starts(_WRAPPED_ID_RE, text, starts):
        start, end = m.span()
        breaks = m.group().count("\n")
        if not breaks or breaks >= WRAPPED_ID_LINES or not found.free(start, end):
            continue
        before = text[
            (start - ID_KEYWORD_WINDOW if start - ID_KEYWORD_WINDOW > 0 else 0) : start
        ].rstrip(" \t")
        if before.endswith("\n"):  # the keyword ends the line above
            before = before[:-1]
        keywords = list(_ID_KEYWORD_BEFORE_RE.finditer(before))
        if not keywords:
            continue
        keyword = keywords[-1]
        kind = _group_kind(keyword.lastgroup or "", _digits(m.group()))
        if kind is not None:
            found.take(start, end, kind)


def _keyword_id_kind(text: str, start: int, number: str) -> str | None:
    """Return the kind of ``number`` at ``start`` if an id keyword before it validates it."""
    window = _ID_KEYWORD_BEFORE_RE.finditer(
        text, (start - ID_KEYWORD_WINDOW if start - ID_KEYWORD_WINDOW > 0 else 0), start
    )
    glued = start > 0 and text[start - 1].isalnum()
    for keyword in reversed(list(window)):  # the nearest keyword first
        if glued and keyword.end() != start:
            return None  # "firmy12345678": a number inside a word, no keyword before it
        kind = _group_kind(keyword.lastgroup or "", number)
        if kind is not None:
            return kind
    return None


def _group_kind(group: str, number: str) -> str | None:
    """Return the kind of ``number`` that the checks of the id keyword ``group`` give."""
    kind = _first_kind(_ID_KEYWORDS[group][1], number)
    if kind is None and group in ("ico", "dic"):  # "IČ: CZ25596641", "DIČ: SK202..."
        kind = _first_kind(_ID_KEYWORDS["vat"][1], number)
    return kind


def _first_kind(checks: Sequence[IdCheck], number: str) -> str | None:
    for check in checks:
        kind = check(number)
        if kind is not None:
            return kind
    return None


def _is_city(word: str) -> bool:
    if word.isdigit():  # "Praha 2"
        return True
    return any(ch.islower() for ch in word) and MATCHING.fold(word) not in _NOT_CITIES


_POSTCODE_END_RE = re.compile(r"[ \t]*(?:$|[\r\n,;)(]|\.(?:\s|$))")


def _postcode_in_context(text: str, start: int, end: int, streets: list[tuple[int, int]]) -> bool:
    """Return whether a 5-6 digit postcode sits where an address does (not an amount)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rstrip()
    after_ok = _POSTCODE_END_RE.match(text, end) is not None
    if not after_ok:
        return False
    if not before or before.endswith(","):
        return True
    return any(0 <= start - e <= 3 for _, e in streets)


def _attached(text: str, start: int, end: int) -> tuple[int, int]:
    """Return an address span grown by a town with "г."/"м.", a postcode or a flat next to it."""
    for _ in range(3):
        before = _ATTACH_BEFORE_RE.search(text, (start - 60 if start - 60 > 0 else 0), start)
        after = _ATTACH_AFTER_RE.match(text, end)
        if before is None and after is None:
            break
        start = start if before is None else before.start()
        end = end if after is None else after.end()
    return start, end


def _merged(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Return address spans merged across ", ", one line break or a town between them."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        gap = text[merged[-1][1] : start] if merged else ""
        if merged and (
            (start <= merged[-1][1] + 4 and not gap.strip(", \t\r\n") and gap.count("\n") <= 1)
            or _TOWN_GAP_RE.fullmatch(gap)  # "36 Station Road\nBristol\nBS6 5QA"
        ):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def url_has_secret(url: str) -> bool:
    """Return whether a URL carries a token, key, signature, session or random-looking id."""
    for name in _QUERY_NAME_RE.findall(url):
        parts = name.strip().replace("-", "_").split("_")
        if any(_SECRET_PARAM_RE.search(part) for part in parts if part not in ("id",)):
            return True
    try:
        path = urlsplit(url if "://" in url else "http://" + url).path
    except ValueError:
        path = url
    if _SESSION_PATH_RE.search(path):
        return True
    for value in _QUERY_VALUE_RE.findall(url):
        if len(value) < QUERY_TOKEN_MIN_CHARS or not _SEGMENT_RE.fullmatch(value):
            continue
        has_digit = any(ch.isdigit() for ch in value)
        if has_digit and (
            (_QUERY_HEX_RE.fullmatch(value) and any(ch.isalpha() for ch in value))
            or (any(ch.isupper() for ch in value) and any(ch.islower() for ch in value))
        ):
            return True  # hex or mixed case with digits: random ("?sk=app_2878436779" is not)
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


def _groups_go_on(text: str, match: str, end: int) -> bool:
    """Return whether a grouped number goes on past ``end`` in the same grouping.

    "6200 1147 0391 2281 5567 09" is a tracking number whose first four groups pass the
    Luhn check by chance; a card is the whole run, never its first groups.
    """
    separators = {ch for ch in match if not ch.isdigit()}
    return (
        len(separators) == 1
        and end + 1 < len(text)
        and text[end] in separators
        and text[end + 1].isdigit()
        and _DATE_AFTER_RE.match(text, end + 1) is None  # "... 7280 9029 09.11 списали"
    )


_COUNTRY_CODE_BEFORE_RE = re.compile(r"\+\d{1,3}[ \t]?$")
"""An international dialling code right before a number: a phone's, not an id's."""
_DATE_AFTER_RE = re.compile(r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4}|)(?!\d)")
"""A date right after a grouped number: the number ends where it begins."""


def _card_check(candidate: str) -> bool:
    digits = _digits(candidate)
    return 13 <= len(digits) <= 19 and digits[0] in "23456" and luhn_valid(digits)
