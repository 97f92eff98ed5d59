r"""Literal prefilter: skip regexes that cannot match a text, without running them.

Most taxonomy patterns hold a literal stem (``zgubi``, ``(paczk|przesyl)``,
``\\bbroke``). :func:`required_literals` reads a pattern's parse tree and returns a
few *conditions*, each a set of strings of which every match contains one
(``\\blate (delivery|order)`` -> ``("late deliver", "late order")``). A text that
fails a condition cannot match, so the regex need not run. :class:`LiteralIndex`
tests every pattern's conditions against a text in one pass (an Aho-Corasick
automaton over all the strings). When nothing can be bounded (a leading ``\\w``,
``.``, ``[^.!?]``, a back-reference, flags ...) a pattern has no condition and is
always run. Zero-width items (``\\b``, look-arounds) are skipped, which only widens
the conditions. The prefilter is therefore exact: it never hides a match.

Two refinements give most patterns a selective condition:

- a group of alternatives gives the union of each alternative's best condition
  (``(twice|\d+ times)`` -> ``("0 time", "twice")``);
- the index reads every decimal digit as ``0`` (:func:`digits_as_zero`), so ``\d``
  and ``[0-9]`` are one character, not an unbounded class.

Speed and exactness are measured: ``tests/nlp/test_prefilter.py`` checks with
hypothesis that every taxonomy regex is a candidate wherever it matches, and
docs/benchmarks/pipeline.md gives the effect on the effort and churn rules.

Example:
    >>> required_literals(r"(paczk|przesyl)\w* zagin")
    ((' zagin',), ('paczk', 'przes'), ('aczk', 'rzesyl'))
    >>> required_literals(r"\w+\s\w+")
    ()
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import lru_cache
from operator import itemgetter
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's opcodes, stable since 3.11
from re import _parser as sre_parse  # type: ignore[attr-defined]

import ahocorasick

_SECOND = itemgetter(1)
"""The value of an automaton hit (the string's number)."""

MIN_LITERAL = 3
"""Strings shorter than this pass almost every text: :func:`required_literals` widens
such conditions, and :class:`LiteralIndex` tests them with ``in`` instead of indexing them."""
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
_MAX_DEPTH = 4
"""How deep :func:`_sequence_conditions` looks into nested groups."""
_MAX_RANGE = 16
"""Character ranges wider than this (``[a-z]``) count as unbounded."""


class _Unbounded(Exception):
    """The prefixes of a pattern cannot be enumerated."""


_DIGIT = re.compile(r"\d")
"""Every decimal digit (what ``\\d`` matches): the index sees each as ``"0"``."""


def digits_as_zero(text: str) -> str:
    r"""Return ``text`` with every decimal digit replaced by ``"0"``: the form the index reads.

    Conditions spell each digit (a literal ``7``, ``[0-9]``, ``\d``) as ``"0"``, so
    ``\d+ times`` gets the condition ``("0 time",)`` instead of none at all.
    """
    return _DIGIT.sub("0", text) if _DIGIT.search(text) else text


def _char(code: int) -> str:
    """The character ``code`` as the index reads it: any decimal digit is ``"0"``."""
    if code < 128:
        return "0" if 48 <= code <= 57 else chr(code)
    char = chr(code)
    return "0" if char.isdecimal() else char


def _class_chars(items: Sequence[tuple]) -> list[str]:
    chars: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            chars.append(_char(av))
        elif op is sre.RANGE and av[1] - av[0] < _MAX_RANGE:
            chars.extend(_char(c) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            chars.append("0")
        else:  # NEGATE, other categories (\w, \s, \D ...), wide ranges
            raise _Unbounded
    return sorted(set(chars))


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
            todo = {p + _char(av) for p in todo}
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


def _longest_prefixes(
    items: Sequence[tuple], lengths: Sequence[int], limit: int
) -> tuple[frozenset[str], int] | None:
    """The prefixes of ``items`` at the longest of ``lengths`` (descending) with at most ``limit``.

    Found by bisection: if the prefixes at some length are bounded, those at every
    shorter length are too (they are truncations of them).
    """
    best: tuple[frozenset[str], int] | None = None
    low, high = 0, len(lengths) - 1  # lengths[low] is the longest still possible
    while low <= high:
        middle = (low + high) // 2
        prefixes = _prefixes_of(items, lengths[middle], limit)
        if prefixes is None:
            low = middle + 1
        else:
            best = (prefixes, lengths[middle])
            high = middle - 1
    return best


def _best(found: dict[frozenset[str], int]) -> tuple[frozenset[str], int] | None:
    """The most selective condition: longest strings, then fewest of them."""
    return max(found.items(), key=lambda item: (item[1], -len(item[0])), default=None)


def _sequence_conditions(
    items: Sequence[tuple], max_alternatives: int, depth: int = 0
) -> dict[frozenset[str], int]:
    r"""Conditions (strings -> their shortest length) that every match of ``items`` meets.

    Two kinds: the literal prefixes of each split (see :func:`required_literals`), and
    the conditions of each mandatory group inside, found by recursion. A group of
    alternatives gives the union of each alternative's best condition, since a match
    goes through one of them: ``(twice|\d+ times) (called|rang)`` gets
    ``("twice", "0 time")`` besides ``(" call", " rang")``.
    """
    found: dict[frozenset[str], int] = {}
    for j in range(len(items)):
        if j and items[j - 1][0] is sre.LITERAL:
            continue  # inside a literal run: its start gives a longer condition
        best = _longest_prefixes(items[j:], LITERAL_LENGTHS, max_alternatives)
        if best is None or best[1] < MIN_LITERAL:
            # One- or two-character strings pass almost every text: accept more
            # strings of a useful length (a few more `in` checks beat a regex search).
            best = _longest_prefixes(items[j:], WIDE_LITERAL_LENGTHS, WIDE_LITERALS) or best
        if best is not None:
            found.setdefault(*best)
    if depth < _MAX_DEPTH:
        for item in items:
            for strings, length in _item_conditions(item, max_alternatives, depth + 1).items():
                if length >= MIN_LITERAL:
                    found.setdefault(strings, length)
    return found


def _item_conditions(item: tuple, max_alternatives: int, depth: int) -> dict[frozenset[str], int]:
    """Conditions every match of one mandatory item meets (groups and alternatives only)."""
    op, av = item
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return {}
        return _sequence_conditions(list(sub), max_alternatives, depth)
    if op is sre.ATOMIC_GROUP:
        return _sequence_conditions(list(av), max_alternatives, depth)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence_conditions(list(av[2]), max_alternatives, depth)
    if op is sre.BRANCH:
        union: set[str] = set()
        shortest = 10**6
        for alternative in av[1]:
            best = _best(_sequence_conditions(list(alternative), max_alternatives, depth))
            if best is None or best[1] < MIN_LITERAL:
                return {}
            union |= best[0]
            shortest = min(shortest, best[1])
        if len(union) > WIDE_LITERALS:
            return {}
        # A string that contains another adds nothing to an "any of" test.
        kept = frozenset(x for x in union if not any(y != x and y in x for y in union))
        return {kept: shortest}
    return {}


@lru_cache(maxsize=8192)
def required_literals(
    pattern: str,
    max_alternatives: int = MAX_LITERALS,
    max_conditions: int = MAX_CONDITIONS,
) -> tuple[tuple[str, ...], ...]:
    r"""Return literal conditions that every match of ``pattern`` satisfies.

    Each condition is a few strings of which a match contains at least one: for a
    top-level split ``j``, the match of the items from ``j`` on starts with one of
    their literal prefixes (the longest length with at most ``max_alternatives``
    of them, or up to ``WIDE_LITERALS`` of them when that length is below 3).
    ``\\blate (delivery|order)`` gives ``("late deliver", "late order")``.
    A text that fails one condition cannot match.

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
    found = _sequence_conditions(items, max_alternatives)
    ranked = sorted(found.items(), key=lambda item: (-item[1], len(item[0]), sorted(item[0])))
    # The longest strings are the most selective; check the conditions with the fewest
    # strings first, since a text usually fails the first one it is tested against.
    kept = sorted(ranked[:max_conditions], key=lambda item: (len(item[0]), -item[1]))
    return tuple(tuple(sorted(strings)) for strings, _ in kept)


class LiteralIndex:
    """Finds the patterns whose literal conditions all hold in a text, in one pass.

    An Aho-Corasick automaton (``pyahocorasick``, in C) reports every condition
    string of three or more characters that occurs in the text. Each pattern has
    one *trigger*: of its conditions with such strings, the one whose shortest
    string is longest (the rarest, usually). Only the patterns a reported string
    triggers are looked at; each holds when every other condition has a reported
    string (a set test in C). Conditions with a shorter string (rare, and nearly
    always true) are tested with ``in``. A pattern without conditions always holds.

    Looking at triggered patterns only, not at every pattern a reported string
    belongs to, keeps the strings frequent words give ("nie ", "the ") out of the
    Python loop: on the effort and churn rules and the pipeline benchmark's texts,
    about 10 patterns per text instead of about 109 updates of 54 strings
    (docs/benchmarks/pipeline.md).

    Args:
        patterns: Regex sources, in the order their positions refer to.
        keep: Positions to index; ``None`` indexes all. :meth:`find` never returns
            the others (a caller that will not run them saves their look-ups).

    Attributes:
        literals: :func:`required_literals` of each pattern.
    """

    def __init__(self, patterns: Sequence[str], keep: Collection[int] | None = None) -> None:
        self.literals = tuple(required_literals(pattern) for pattern in patterns)
        numbers: dict[str, int] = {}  # indexed string -> its number in the automaton
        triggered_by: dict[int, list[int]] = {}
        # per pattern: its other indexed conditions (string numbers), and those tested with ``in``
        self._indexed_rest: list[tuple[frozenset[int], ...]] = []
        self._tested: list[tuple[tuple[str, ...], ...]] = []
        self._unindexed: list[int] = []  # patterns without a trigger
        for i, conditions in enumerate(self.literals):
            if keep is not None and i not in keep:
                self._indexed_rest.append(())
                self._tested.append(())
                continue
            indexed = [c for c in conditions if min(map(len, c)) >= MIN_LITERAL]
            self._tested.append(tuple(c for c in conditions if c not in indexed))
            if not indexed:
                self._indexed_rest.append(())
                self._unindexed.append(i)
                continue
            trigger = max(indexed, key=lambda c: (min(map(len, c)), -len(c)))
            for string in trigger:
                triggered_by.setdefault(numbers.setdefault(string, len(numbers)), []).append(i)
            self._indexed_rest.append(
                tuple(
                    frozenset(numbers.setdefault(s, len(numbers)) for s in c)
                    for c in indexed
                    if c is not trigger
                )
            )
        # per string: the patterns it triggers that have nothing else to test, and the others
        self._alone = [
            tuple(
                i
                for i in triggered_by.get(k, ())
                if not self._indexed_rest[i] and not self._tested[i]
            )
            for k in range(len(numbers))
        ]
        self._checked = [
            tuple(i for i in triggered_by.get(k, ()) if self._indexed_rest[i] or self._tested[i])
            for k in range(len(numbers))
        ]
        self._automaton = ahocorasick.Automaton()
        for string, k in numbers.items():
            self._automaton.add_word(string, k)
        if numbers:
            self._automaton.make_automaton()

    def _holds(self, i: int, text: str) -> bool:
        return all(any(s in text for s in condition) for condition in self._tested[i])

    def find(self, text: str) -> set[int]:
        """Return the positions of the patterns whose conditions all hold in ``text``.

        Every pattern that matches ``text`` is among them.
        """
        text = digits_as_zero(text)
        found: set[int] = set()
        if self._alone:
            reported = set(map(_SECOND, self._automaton.iter(text)))
            checked: set[int] = set()
            alone, others = self._alone, self._checked
            for k in reported:
                found.update(alone[k])
                checked.update(others[k])
            rest, tested = self._indexed_rest, self._tested
            for i in checked:
                for condition in rest[i]:
                    if reported.isdisjoint(condition):
                        break  # no string of this condition occurs
                else:
                    if not tested[i] or self._holds(i, text):
                        found.add(i)
        if self._unindexed:
            found.update(i for i in self._unindexed if self._holds(i, text))
        return found

    def confirm(self, positions: Iterable[int], text: str) -> set[int]:
        """Return the ``positions`` whose conditions all hold in ``text`` (with ``in``).

        Cheaper than :meth:`find` for a few positions, e.g. a document's candidates
        tested on each of its sentences.
        """
        text = digits_as_zero(text)
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


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group())


def blank_prefiltered(
    text: str,
    regexes: Sequence[re.Pattern[str]],
    positions: Sequence[int],
    may_match: Callable[[str], Collection[int]],
    candidates: Collection[int] | None = None,
    *,
    keep_length: bool = False,
) -> str:
    """Return ``text`` with the matches of ``regexes`` blanked in order, running only those that can match.

    The same as substituting every regex in turn: a regex whose literal conditions
    fail on the current text cannot match it, and ``may_match`` is asked again after
    every change, so a regex that an earlier blanking made matchable still runs.

    Args:
        text: Folded text.
        regexes: Applied in order, each to the text the ones before it left.
        positions: Each regex's position in the index behind ``may_match``.
        may_match: Returns the positions whose literal conditions hold in a text
            (:meth:`LiteralIndex.find`, or :meth:`LiteralIndex.confirm` of ``positions``).
        candidates: ``may_match(text)``, when the caller already has it.
        keep_length: Replace a match by as many spaces (offsets stay) instead of one.
    """
    if candidates is None:
        candidates = may_match(text)
    if not candidates:
        return text
    for position, regex in zip(positions, regexes, strict=True):
        if position not in candidates:
            continue
        replaced = regex.sub(_spaces if keep_length else " ", text)
        if replaced != text:
            text = replaced
            candidates = may_match(text)
    return text
