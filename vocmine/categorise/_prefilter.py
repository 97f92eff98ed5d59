"""Literal n-gram prefilter: skip regexes that cannot match a text, without running them.

Most taxonomy patterns hold a literal stem (``zgubi``, ``(paczk|przesyl)``,
``\\bbroke``). :func:`literal_prefixes` reads a pattern's parse tree and returns
every string of ``size`` characters a match can start with; :func:`required_grams`
turns that into a few 3-grams of which every match must contain one. A text whose
set of 3-grams (:func:`grams`) holds none of them cannot match, so the regex need
not run. When the prefixes cannot be bounded (a leading ``\\w``, ``.``,
``[^.!?]``, a back-reference, flags ...) the answer is ``None`` and the pattern
is always run. Zero-width items (``\\b``, look-arounds) are skipped, which only
widens the prefix set. The prefilter is therefore exact: it never hides a match.

Example:
    >>> sorted(literal_prefixes(r"(paczk|przesyl)\\w* zagin"))
    ['pac', 'prz']
    >>> literal_prefixes(r"\\w+ing") is None
    True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from re import _constants as sre  # noqa: PLC2701 - the parser's opcodes, stable since 3.11
from re import _parser as sre_parse  # noqa: PLC2701

GRAM_SIZE = 3
"""Length of the literal prefixes and text grams."""
MAX_PREFIXES = 512
"""Above this many distinct prefixes a pattern is treated as unbounded (always run)."""
MAX_LITERALS = 8
"""Most alternative strings one literal condition of :func:`required_literals` may hold."""
LITERAL_LENGTHS = (24, 16, 12, 10, 8, 6, 5, 4, 3, 2, 1)
"""Literal lengths :func:`required_literals` tries per split, longest (most selective) first."""
WIDE_LITERALS = 32
"""Most strings of a condition when only this many give strings of 3+ characters."""
WIDE_LITERAL_LENGTHS = (6, 5, 4, 3)
"""Lengths tried for such wide conditions."""
MAX_CONDITIONS = 3
"""Most literal conditions kept per pattern (the most selective ones)."""
_MAX_RANGE = 16
"""Character ranges wider than this (``[a-z]``) count as unbounded."""


class _Unbounded(Exception):
    """The prefixes of a pattern cannot be enumerated."""


def _class_chars(items: Sequence[tuple]) -> list[str]:
    chars: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            chars.append(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _MAX_RANGE:
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY (\w, \d ...), wide ranges
            raise _Unbounded
    return chars


def _extend(
    partials: set[str], items: Iterable[tuple], size: int, limit: int = MAX_PREFIXES
) -> set[str]:
    """Extend every incomplete partial prefix by the items of a sequence."""
    for op, av in items:
        if all(len(p) >= size for p in partials):
            return partials
        done = {p for p in partials if len(p) >= size}
        todo = partials - done
        if op is sre.LITERAL:
            todo = {p + chr(av) for p in todo}
        elif op is sre.IN:
            todo = {p + c for p in todo for c in _class_chars(av)}
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            pass  # zero-width: ignoring the constraint only widens the set
        elif op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unbounded
            todo = _extend(todo, sub, size, limit)
        elif op is sre.ATOMIC_GROUP:
            todo = _extend(todo, av, size, limit)
        elif op is sre.BRANCH:
            todo = set().union(*(_extend(set(todo), alt, size, limit) for alt in av[1]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, sub = av
            todo = _repeat(todo, low, high, sub, size, limit)
        else:  # ANY, NOT_LITERAL, GROUPREF, ...
            raise _Unbounded
        partials = done | todo
        if len(partials) > limit:
            raise _Unbounded
    return partials


def _repeat(
    partials: set[str],
    low: int,
    high: int,
    sub: Iterable[tuple],
    size: int,
    limit: int = MAX_PREFIXES,
) -> set[str]:
    sub = list(sub)
    results = set(partials) if low == 0 else set()
    current = set(partials)
    for count in range(1, size + 2):
        if count > high:
            return results
        current = _extend(current, sub, size, limit)
        if count >= low:
            results |= current
        if all(len(p) >= size for p in current):
            return results
    if high > size + 1:  # the body can match empty text: more repeats could add anything
        raise _Unbounded
    return results


def _parse(pattern: str) -> list[tuple] | None:
    """The top-level items of ``pattern``; ``None`` if it does not parse or ignores case."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:  # literals would stand for several characters
        return None
    return list(parsed)


def _prefixes_of(
    items: Sequence[tuple], size: int, limit: int = MAX_PREFIXES
) -> frozenset[str] | None:
    try:
        partials = _extend({""}, items, size, limit)
    except (_Unbounded, TypeError, ValueError):
        return None
    if any(len(p) < size for p in partials):
        return None
    return frozenset(partials)


def literal_prefixes(pattern: str, size: int = GRAM_SIZE) -> frozenset[str] | None:
    """Return every ``size``-character string a match of ``pattern`` can start with.

    Args:
        pattern: A regular expression (already folded, as the lexicon compiles it).
        size: Prefix length.

    Returns:
        The prefixes, or ``None`` when they cannot be bounded (then always run the regex).
    """
    items = _parse(pattern)
    if items is None:
        return None
    return _prefixes_of(items, size)  # None also when a match may be shorter than ``size``


def required_grams(
    pattern: str, frequency: Mapping[str, int] | None = None, lengths: Sequence[int] = (8, 5, 3)
) -> frozenset[str] | None:
    """Return 3-grams of which every match of ``pattern`` contains at least one.

    Every top-level position ``j`` of the pattern is tried: a match contains a match
    of the items from ``j`` on, which starts with one of their literal prefixes
    (length 8, 5 or 3), which contains each of its own 3-grams. Per prefix the
    rarest 3-gram (by ``frequency``) is kept; the split with the fewest expected
    hits wins. ``(zl|inn)\\w* (produkt|towar)`` thus gets `` pr``/`` to`` ... from its
    tail although its head is too short.

    Args:
        pattern: A regular expression.
        frequency: Counts of 3-grams in typical text (rarer grams are better keys).
        lengths: Prefix lengths to try, longest first.

    Returns:
        The grams, or ``None`` when no split of the pattern is bounded.
    """
    items = _parse(pattern)
    if items is None:
        return None
    frequency = frequency or {}
    best: tuple[int, frozenset[str]] | None = None
    for j in range(len(items)):
        for length in lengths:
            prefixes = _prefixes_of(items[j:], length)
            if prefixes is None:
                continue
            keys = frozenset(
                min(
                    (frequency.get(p[i : i + GRAM_SIZE], 0), -i, p[i : i + GRAM_SIZE])
                    for i in range(len(p) - GRAM_SIZE + 1)
                )[2]
                for p in prefixes
            )
            cost = sum(frequency.get(k, 0) + 1 for k in keys)
            if best is None or cost < best[0]:
                best = (cost, keys)
            break  # the longest bounded length at this split is the most selective
    return None if best is None else best[1]


@lru_cache(maxsize=8192)
def required_literals(
    pattern: str,
    max_alternatives: int = MAX_LITERALS,
    max_conditions: int = MAX_CONDITIONS,
) -> tuple[tuple[str, ...], ...]:
    """Return literal conditions that every match of ``pattern`` satisfies.

    Each condition is a few strings of which a match contains at least one: for a
    top-level split ``j``, the match of the items from ``j`` on starts with one of
    their literal prefixes (the longest length with at most ``max_alternatives``
    of them, or up to ``WIDE_LITERALS`` of them when that length is below 3).
    ``\\blate (delivery|order)`` gives ``("late deliver", "late order")``.
    A text that fails one condition cannot match. The conditions are stronger than
    :func:`required_grams` (a whole stem, not one of its 3-grams) but need the
    text itself, so the gram index finds candidates and the conditions confirm them.

    Args:
        pattern: A regular expression.
        max_alternatives: Most strings per condition.
        max_conditions: Most conditions returned (longest strings first).

    Returns:
        The conditions (each a tuple of strings, fewest strings first); empty when
        no split is bounded.
    """
    items = _parse(pattern)
    if items is None:
        return ()
    found: dict[frozenset[str], int] = {}
    for j in range(len(items)):
        if j and items[j - 1][0] is sre.LITERAL:
            continue  # inside a literal run: its start gives a longer condition
        best: tuple[frozenset[str], int] | None = None
        for length in LITERAL_LENGTHS:
            prefixes = _prefixes_of(items[j:], length, max_alternatives)
            if prefixes is not None:
                best = (prefixes, length)
                break
        if best is None or best[1] < GRAM_SIZE:
            # One- or two-character strings pass almost every text: accept more
            # strings of a useful length (a few more `in` checks beat a regex search).
            for length in WIDE_LITERAL_LENGTHS:
                prefixes = _prefixes_of(items[j:], length, WIDE_LITERALS)
                if prefixes is not None:
                    best = (prefixes, length)
                    break
        if best is not None:
            found.setdefault(*best)
    ranked = sorted(found.items(), key=lambda item: (-item[1], len(item[0]), sorted(item[0])))
    # The longest strings are the most selective; check the conditions with the fewest
    # strings first, since a text usually fails the first one it is tested against.
    kept = sorted(ranked[:max_conditions], key=lambda item: (len(item[0]), -item[1]))
    return tuple(tuple(sorted(strings)) for strings, _ in kept)


def grams(text: str, size: int = GRAM_SIZE) -> set[str]:
    """Return the set of ``size``-character substrings of ``text``."""
    if size == GRAM_SIZE:  # the common case, about a fifth faster than slicing
        return set(map("".join, zip(text, text[1:], text[2:], strict=False)))
    return {text[i : i + size] for i in range(len(text) - size + 1)}


class GramIndex:
    """Maps text grams to the regexes (by position) that may match a text containing them.

    Args:
        patterns: Regex sources, in the order their positions refer to.
        frequency: Counts of 3-grams in typical text, to pick rare keys (speed only).

    Attributes:
        always: Positions of patterns without bounded prefixes (always candidates).
        by_gram: ``{gram: positions}`` of the other patterns.
        literals: :func:`required_literals` of each pattern, checked when
            :meth:`candidates` is given the text.
    """

    def __init__(self, patterns: Sequence[str], frequency: Mapping[str, int] | None = None) -> None:
        self.by_gram: dict[str, list[int]] = {}
        always = []
        for i, pattern in enumerate(patterns):
            keys = required_grams(pattern, frequency)
            if keys is None:
                always.append(i)
                continue
            for key in keys:
                self.by_gram.setdefault(key, []).append(i)
        self.always = frozenset(always)
        self.keys = frozenset(self.by_gram)
        self.literals = tuple(required_literals(pattern) for pattern in patterns)

    def candidates(self, text_grams: Iterable[str], text: str | None = None) -> set[int]:
        """Return the positions of the patterns that may match a text with ``text_grams``.

        Args:
            text_grams: ``grams(text)``.
            text: The text itself: drops candidates whose literal conditions fail.
        """
        found = set(self.always)
        by_gram = self.by_gram
        for gram in self.keys.intersection(text_grams):
            found.update(by_gram[gram])
        if text is None:
            return found
        return self.confirm(found, text)

    def confirm(self, positions: Iterable[int], text: str) -> set[int]:
        """Return the ``positions`` whose patterns pass every literal condition on ``text``."""
        literals = self.literals
        kept = set()
        for i in positions:
            for condition in literals[i]:
                for string in condition:
                    if string in text:
                        break
                else:
                    break  # no string of this condition occurs: cannot match
            else:
                kept.add(i)
        return kept
