"""Pattern lexicon: compiles a taxonomy's regexes and scores folded text with them.

Scoring of one entry (category or signal) in one language:

* spans matching the entry's ``exclude`` regexes are blanked first (and, for
  complaint categories, the language's ``negation_phrases``: "no problem", "bez problemu");
* every distinct strong ``pattern`` that matches is one hit; ``k`` hits give
  ``1 - 0.3 ** k`` (0.7, 0.91, 0.973 ...);
* a ``topic`` match gives 0.3, or 0.6 when a problem cue ("nie", "still", "?")
  occurs in the same sentence;
* the two combine as a noisy-OR: ``1 - (1 - strong) * (1 - topic)``;
* once any complaint category has a strong hit, topic scores of the others are
  capped at 0.3 (topics are fallback evidence).

Rules of other languages also run (customers mix languages and language id
confuses cs/sk, ru/uk), strong patterns only, with their score multiplied by
``cross_lingual_weight``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from vocmine.categorise.taxonomy import LanguageRules, Signal, Taxonomy, fold_text

STRONG_MISS = 0.3
"""Probability-like miss rate of one strong pattern: k hits score ``1 - STRONG_MISS ** k``."""
TOPIC_ALONE = 0.3
"""Score of a topic mention without a problem cue in its sentence."""
TOPIC_WITH_CUE = 0.6
"""Score of a topic mention with a problem cue in the same sentence."""

_SENTENCE_END = re.compile(r"(?<=[.!?;\n])")


def _compile(regexes: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(fold_text(r)) for r in regexes)


def _union(regexes: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One alternation of ``regexes``: a cheap "does any of them match?" pre-check."""
    if not regexes:
        return None
    try:
        return re.compile("|".join(f"(?:{r.pattern})" for r in regexes))
    except re.error:  # a pattern that cannot be embedded (e.g. a back-reference)
        return None


@dataclass(frozen=True, slots=True)
class CompiledRules:
    """One entry's rules in one language, compiled over folded text.

    ``any_pattern`` and ``any_topic`` join each list into one alternation, so
    the common case (nothing matches) costs one regex search instead of one
    per pattern.
    """

    patterns: tuple[re.Pattern[str], ...] = ()
    topics: tuple[re.Pattern[str], ...] = ()
    exclude: tuple[re.Pattern[str], ...] = ()
    any_pattern: re.Pattern[str] | None = None
    any_topic: re.Pattern[str] | None = None

    @classmethod
    def from_rules(cls, rules: LanguageRules) -> CompiledRules:
        """Compile a :class:`LanguageRules` (patterns are folded first)."""
        patterns, topics = _compile(rules.patterns), _compile(rules.topics)
        return cls(patterns, topics, _compile(rules.exclude), _union(patterns), _union(topics))


@dataclass(slots=True)
class CompiledLexicon:
    """Every entry of a taxonomy, compiled: ``rules[key][lang]``."""

    rules: dict[str, dict[str, CompiledRules]] = field(default_factory=dict)
    negations: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    cues: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    praise: str = "praise"

    @property
    def languages(self) -> list[str]:
        """Languages with rules for at least one entry."""
        return sorted({lang for per_lang in self.rules.values() for lang in per_lang})


def compile_lexicon(taxonomy: Taxonomy, entries: Iterable[Signal] | None = None) -> CompiledLexicon:
    """Compile the categories of ``taxonomy`` (or the given ``entries``) into a lexicon.

    Args:
        taxonomy: A validated taxonomy (provides negation phrases and problem cues).
        entries: Entries to compile instead of the categories (effort signals, churn).

    Returns:
        The compiled lexicon.
    """
    chosen = list(taxonomy.categories if entries is None else entries)
    return CompiledLexicon(
        rules={
            e.key: {lang: CompiledRules.from_rules(r) for lang, r in e.lang.items()} for e in chosen
        },
        negations={lang: _compile(v) for lang, v in taxonomy.negation_phrases.items()},
        cues={lang: _compile(v) for lang, v in taxonomy.problem_cues.items()},
        praise=taxonomy.praise,
    )


def blank(text: str, regexes: Iterable[re.Pattern[str]]) -> str:
    """Return ``text`` with every match of ``regexes`` replaced by a space."""
    for regex in regexes:
        text = regex.sub(" ", text)
    return text


def strong_hits(text: str, rules: CompiledRules) -> int:
    """Return how many distinct strong patterns of ``rules`` match folded ``text``."""
    if not rules.patterns:
        return 0
    text = blank(text, rules.exclude)
    if rules.any_pattern is not None and not rules.any_pattern.search(text):
        return 0
    return sum(1 for p in rules.patterns if p.search(text))


def topic_score(text: str, rules: CompiledRules, cues: Iterable[re.Pattern[str]]) -> float:
    """Return the topic score of folded ``text``: 0, ``TOPIC_ALONE`` or ``TOPIC_WITH_CUE``."""
    if not rules.topics:
        return 0.0
    text = blank(text, rules.exclude)
    if rules.any_topic is not None and not rules.any_topic.search(text):
        return 0.0
    cues = tuple(cues)
    best = 0.0
    for sentence in _SENTENCE_END.split(text):
        if any(t.search(sentence) for t in rules.topics):
            if any(c.search(sentence) for c in cues):
                return TOPIC_WITH_CUE
            best = TOPIC_ALONE
    return best


def rules_score(text: str, rules: CompiledRules, cues: Iterable[re.Pattern[str]] = ()) -> float:
    """Return the score in [0, 1] of one entry's rules on folded ``text`` (see module doc)."""
    strong = 1.0 - STRONG_MISS ** strong_hits(text, rules)
    return 1.0 - (1.0 - strong) * (1.0 - topic_score(text, rules, cues))


def lexicon_scores(
    lexicon: CompiledLexicon,
    text: str,
    lang: str | None,
    cross_lingual_weight: float = 0.8,
    languages: Mapping[str, float] | None = None,
) -> dict[str, float]:
    """Score raw ``text`` against every entry of ``lexicon``.

    Args:
        lexicon: The compiled lexicon.
        text: Raw text (folded here).
        lang: Its ISO 639-1 code; ``None`` or an unknown code runs every
            language's rules at full weight.
        cross_lingual_weight: Multiplier for strong hits of other languages' rules
            (0 turns cross-lingual matching off).
        languages: Explicit ``{language: weight}`` to use instead of the rule above.

    Returns:
        ``{entry key: score in [0, 1]}`` for every entry of the lexicon.
    """
    folded = fold_text(text)
    if languages is None:
        known = lexicon.languages
        if lang in known:
            languages = {code: (1.0 if code == lang else cross_lingual_weight) for code in known}
        else:
            languages = dict.fromkeys(known, 1.0)
    all_negations = [r for regexes in lexicon.negations.values() for r in regexes]
    negated = blank(folded, all_negations)
    strong: dict[str, float] = {}
    topic: dict[str, float] = {}
    for key, per_lang in lexicon.rules.items():
        source = folded if key == lexicon.praise else negated
        strong[key] = topic[key] = 0.0
        for code, weight in languages.items():
            rules = per_lang.get(code)
            if rules is None or weight <= 0.0:
                continue
            hit = min(weight, 1.0) * (1.0 - STRONG_MISS ** strong_hits(source, rules))
            strong[key] = max(strong[key], hit)
            if weight >= 1.0:
                topic[key] = max(topic[key], topic_score(source, rules, lexicon.cues.get(code, ())))
    # Topics are fallback evidence: once some complaint has a strong hit, a topic
    # mention elsewhere no longer gets the problem-cue boost.
    if any(v > 0.0 for k, v in strong.items() if k != lexicon.praise):
        topic = {k: min(v, TOPIC_ALONE) for k, v in topic.items()}
    return {k: 1.0 - (1.0 - strong[k]) * (1.0 - topic[k]) for k in lexicon.rules}
