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

Speed: every regex of a lexicon sits in one :class:`~vocmine.nlp.prefilter.LiteralIndex`
of the literal strings its matches must contain, so a text only runs the few regexes
whose strings all occur in it (found in one Aho-Corasick pass). The prefilter never
hides a match; :func:`lexicon_scores` returns exactly what running every rule would
(``tests/categorise/test_categorise.py`` checks it against the plain per-rule functions below).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial

from vocmine.categorise.taxonomy import LanguageRules, Signal, Taxonomy, fold_text
from vocmine.nlp.prefilter import LiteralIndex, blank_prefiltered

STRONG_MISS = 0.3
"""Probability-like miss rate of one strong pattern: k hits score ``1 - STRONG_MISS ** k``."""
TOPIC_ALONE = 0.3
"""Score of a topic mention without a problem cue in its sentence."""
TOPIC_WITH_CUE = 0.6
"""Score of a topic mention with a problem cue in the same sentence."""

_fold = lru_cache(maxsize=65536)(fold_text)
"""``fold_text`` remembered: the categoriser and the signal detector fold the same texts."""


def clear_fold_cache() -> None:
    """Forget the remembered folded texts (benchmarks; memory)."""
    _fold.cache_clear()


_SENTENCE_END = re.compile(r"(?<=[.!?;\n])")


_ESCAPE = re.compile(r"\\.", re.DOTALL)


def fold_pattern(regex: str) -> str:
    r"""Return ``regex`` folded as the text it runs on is, its escapes left as written.

    Folding lower-cases, and ``\W``, ``\S``, ``\D`` or ``\B`` lower-cased would be their
    opposites: only the parts between escapes are folded.

    Example:
        >>> fold_pattern(r"Čekám\W{0,2}\S+")
        'cekam\\W{0,2}\\S+'
    """
    out: list[str] = []
    last = 0
    for escape in _ESCAPE.finditer(regex):
        out.append(fold_text(regex[last : escape.start()]))
        out.append(escape.group())
        last = escape.end()
    out.append(fold_text(regex[last:]))
    return "".join(out)


def _compile(regexes: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(fold_pattern(r)) for r in regexes)


_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
"""A group reference, which would point elsewhere once patterns are joined."""


def _union(regexes: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One alternation of ``regexes``: a cheap "does any of them match?" pre-check."""
    if not regexes or any(_BACK_REFERENCE.search(r.pattern) for r in regexes):
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


@dataclass(frozen=True, slots=True)
class _Slot:
    """One entry in one language, with the positions of its regexes in the lexicon index."""

    key: str
    lang: str
    rules: CompiledRules
    patterns: range
    topics: range
    exclude: range


@dataclass(slots=True)
class CompiledLexicon:
    """Every entry of a taxonomy, compiled: ``rules[key][lang]``.

    The fields after ``praise`` are derived in ``__post_init__``: the flat list of
    every pattern, topic and exclude regex with its literal index, and the negation
    phrases in application order with theirs.
    """

    rules: dict[str, dict[str, CompiledRules]] = field(default_factory=dict)
    negations: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    cues: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    praise: str = "praise"
    slots: tuple[_Slot, ...] = field(init=False, repr=False)
    regexes: tuple[re.Pattern[str], ...] = field(init=False, repr=False)
    index: LiteralIndex = field(init=False, repr=False)
    any_cue: dict[str, re.Pattern[str] | None] = field(init=False, repr=False)
    negation_list: tuple[re.Pattern[str], ...] = field(init=False, repr=False)
    negation_index: LiteralIndex = field(init=False, repr=False)
    owner: tuple[int, ...] = field(init=False, repr=False)
    kind: tuple[int, ...] = field(init=False, repr=False)
    is_praise: tuple[bool, ...] = field(init=False, repr=False)
    _languages: list[str] = field(init=False, repr=False)
    _weights: dict[tuple[str | None, float], dict[str, float]] = field(init=False, repr=False)
    _indexes: dict[frozenset[str], LiteralIndex] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        regexes: list[re.Pattern[str]] = []
        slots = []

        def place(items: tuple[re.Pattern[str], ...]) -> range:
            start = len(regexes)
            regexes.extend(items)
            return range(start, len(regexes))

        for key, per_lang in self.rules.items():
            for lang, rules in per_lang.items():
                slots.append(
                    _Slot(
                        key,
                        lang,
                        rules,
                        place(rules.patterns),
                        place(rules.topics),
                        place(rules.exclude),
                    )
                )
        self.slots = tuple(slots)
        self.regexes = tuple(regexes)
        owner = [0] * len(regexes)
        kind = [0] * len(regexes)
        for s, slot in enumerate(slots):
            for k, positions in enumerate((slot.patterns, slot.topics, slot.exclude)):
                for i in positions:
                    owner[i], kind[i] = s, k
        self.owner, self.kind = tuple(owner), tuple(kind)
        self.is_praise = tuple(slots[s].key == self.praise for s in owner)
        self.index = LiteralIndex([r.pattern for r in regexes])
        self.negation_list = tuple(r for per_lang in self.negations.values() for r in per_lang)
        self.negation_index = LiteralIndex([r.pattern for r in self.negation_list])
        self.any_cue = {lang: _union(cues) for lang, cues in self.cues.items()}
        self._languages = sorted({lang for per_lang in self.rules.values() for lang in per_lang})
        self._weights = {}
        self._indexes = {}

    @property
    def languages(self) -> list[str]:
        """Languages with rules for at least one entry."""
        return list(self._languages)

    def index_for(self, languages: Mapping[str, float]) -> LiteralIndex:
        """Return the literal index of the regexes of the languages with a positive weight.

        Scoring skips every other language's regexes, so they need no look-up. With
        cross-lingual matching on, this is :attr:`index` itself; for the effort and
        churn rules (a language and its sibling) the index is a fraction of it.
        """
        chosen = frozenset(lang for lang, weight in languages.items() if weight > 0.0)
        if chosen >= frozenset(self._languages):
            return self.index
        index = self._indexes.get(chosen)
        if index is None:
            keep = {
                i
                for slot in self.slots
                if slot.lang in chosen
                for i in (*slot.patterns, *slot.topics, *slot.exclude)
            }
            index = LiteralIndex([r.pattern for r in self.regexes], keep=keep)
            self._indexes[chosen] = index
        return index

    def language_weights(self, lang: str | None, cross_lingual_weight: float) -> dict[str, float]:
        """Return ``{language: weight}``: 1 for ``lang``, ``cross_lingual_weight`` for the others.

        An unknown or missing ``lang`` runs every language at full weight.
        """
        cache_key = (lang, cross_lingual_weight)
        weights = self._weights.get(cache_key)
        if weights is None:
            if lang in self._languages:
                weights = {
                    code: (1.0 if code == lang else cross_lingual_weight)
                    for code in self._languages
                }
            else:
                weights = dict.fromkeys(self._languages, 1.0)
            self._weights[cache_key] = weights
        return weights


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


def _candidate_topic_score(
    searched: str,
    rules: CompiledRules,
    topics: list[re.Pattern[str]],
    lexicon: CompiledLexicon,
    lang: str,
) -> float:
    """``topic_score`` of text whose excludes are already blanked, running only ``topics``.

    ``topics`` are the rules' topic regexes that the prefilter lets through: the
    others cannot match the text or any of its sentences, so the answer is the same.
    """
    if rules.any_topic is not None and not any(t.search(searched) for t in topics):
        return 0.0
    any_cue = lexicon.any_cue.get(lang)
    cues = lexicon.cues.get(lang, ())
    best = 0.0
    for sentence in _SENTENCE_END.split(searched):
        for t in topics:
            if t.search(sentence):
                break
        else:
            continue
        if any_cue is not None:
            cued = any_cue.search(sentence) is not None
        else:
            cued = any(c.search(sentence) for c in cues)
        if cued:
            return TOPIC_WITH_CUE
        best = TOPIC_ALONE
    return best


def rules_score(text: str, rules: CompiledRules, cues: Iterable[re.Pattern[str]] = ()) -> float:
    """Return the score in [0, 1] of one entry's rules on folded ``text`` (see module doc)."""
    strong = 1.0 - STRONG_MISS ** strong_hits(text, rules)
    return 1.0 - (1.0 - strong) * (1.0 - topic_score(text, rules, cues))


def blank_negations(
    lexicon: CompiledLexicon,
    folded: str,
    candidates: set[int] | None = None,
) -> str:
    """Return ``blank(folded, every language's negation phrases)``, skipping phrases that cannot match.

    Args:
        lexicon: The compiled lexicon.
        folded: Folded text.
        candidates: Negation phrases (positions) that may match ``folded``, when known.
    """
    regexes = lexicon.negation_list
    return blank_prefiltered(
        folded, regexes, range(len(regexes)), lexicon.negation_index.find, candidates
    )


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
    folded = _fold(text)
    if languages is None:
        languages = lexicon.language_weights(lang, cross_lingual_weight)
    return _folded_scores(
        lexicon,
        folded,
        languages,
        lexicon.index_for(languages).find(folded),
        lexicon.negation_index.find(folded),
    )


def lexicon_scores_with_parts(
    lexicon: CompiledLexicon,
    text: str,
    parts: Sequence[str],
    lang: str | None,
    cross_lingual_weight: float = 0.8,
    languages: Mapping[str, float] | None = None,
) -> tuple[dict[str, float], list[dict[str, float]]]:
    """Score ``text`` and each of ``parts`` (its sentences), finding candidate regexes once.

    Equal to ``lexicon_scores`` of the text and of every part. A part whose folded
    form occurs in the folded text can only match regexes that are candidates of the
    text, so only those are confirmed on it (no index look-up); a part
    that holds none of them scores zero without running a regex. Any other part
    (one the sentence splitter rewrote) is scored on its own.

    Args:
        lexicon: The compiled lexicon.
        text: Raw text (folded here).
        parts: Raw sentences or clauses of ``text``.
        lang: ISO 639-1 code of the text and its parts (see :func:`lexicon_scores`).
        cross_lingual_weight: Multiplier for other languages' strong hits.
        languages: Explicit ``{language: weight}``.

    Returns:
        The text's scores and one score mapping per part.
    """
    folded = _fold(text)
    if languages is None:
        languages = lexicon.language_weights(lang, cross_lingual_weight)
    index, negation_index = lexicon.index_for(languages), lexicon.negation_index
    found = index.find(folded)
    negations = negation_index.find(folded)
    whole = _folded_scores(lexicon, folded, languages, found, negations)
    out = []
    for part in parts:
        part_folded = _fold(part)
        if part_folded == folded:
            out.append(dict(whole))
            continue
        if part_folded in folded:
            part_found = index.confirm(found, part_folded)
            part_negations = negation_index.confirm(negations, part_folded)
            if not part_found and not part_negations:
                out.append(dict.fromkeys(lexicon.rules, 0.0))
                continue
        else:
            part_found = index.find(part_folded)
            part_negations = negation_index.find(part_folded)
        out.append(_folded_scores(lexicon, part_folded, languages, part_found, part_negations))
    return whole, out


def _folded_scores(
    lexicon: CompiledLexicon,
    folded: str,
    languages: Mapping[str, float],
    found: set[int],
    negations: set[int],
) -> dict[str, float]:
    """Scores of folded text whose candidate regexes (``found``) and negation phrases are known."""
    if not found and not negations:
        return dict.fromkeys(lexicon.rules, 0.0)
    negated = blank_negations(lexicon, folded, candidates=negations)
    candidates: dict[str, set[int]] = {folded: found}  # regexes that may match, per text variant

    def may_match(variant: str) -> set[int]:
        variant_found = candidates.get(variant)
        if variant_found is None:
            variant_found = lexicon.index_for(languages).find(variant)
            candidates[variant] = variant_found
        return variant_found

    # Only entries (slots) with a candidate regex can score: group candidates by slot.
    slots, owner, kind, praise = lexicon.slots, lexicon.owner, lexicon.kind, lexicon.praise
    is_praise = lexicon.is_praise
    touched: dict[int, list[int]] = {}
    if folded == negated:
        for i in found:
            s = owner[i]
            if s in touched:
                touched[s].append(i)
            else:
                touched[s] = [i]
    else:
        for source, want_praise in ((folded, True), (negated, False)):
            for i in may_match(source):
                if is_praise[i] is want_praise:
                    touched.setdefault(owner[i], []).append(i)
    strong: dict[str, float] = {}
    topic: dict[str, float] = {}
    regexes = lexicon.regexes
    for s, positions in touched.items():
        slot = slots[s]
        weight = languages.get(slot.lang)
        if weight is None or weight <= 0.0:
            continue
        source = folded if slot.key == praise else negated
        searched = source
        kinds = [kind[i] for i in positions]
        if 2 in kinds:  # an exclude may blank part of the text
            excludes = slot.exclude  # only those that can match run (blank_prefiltered)
            searched = blank_prefiltered(
                source,
                slot.rules.exclude,
                excludes,
                partial(lexicon.index.confirm, excludes),
                set(positions),
            )
            variant_found = may_match(searched)
            positions = [i for i in (*slot.patterns, *slot.topics) if i in variant_found]
            kinds = [kind[i] for i in positions]
        hits = 0
        for i, k in zip(positions, kinds, strict=True):
            if k == 0 and regexes[i].search(searched):
                hits += 1
        if hits:
            hit = min(weight, 1.0) * (1.0 - STRONG_MISS**hits)
            if hit > strong.get(slot.key, 0.0):
                strong[slot.key] = hit
        if weight >= 1.0 and 1 in kinds:
            score = _candidate_topic_score(
                searched,
                slot.rules,
                [regexes[i] for i, k in zip(positions, kinds, strict=True) if k == 1],
                lexicon,
                slot.lang,
            )
            if score > topic.get(slot.key, 0.0):
                topic[slot.key] = score
    # Topics are fallback evidence: once some complaint has a strong hit, a topic
    # mention elsewhere no longer gets the problem-cue boost.
    if any(v > 0.0 for k, v in strong.items() if k != praise):
        topic = {k: min(v, TOPIC_ALONE) for k, v in topic.items()}
    out = dict.fromkeys(lexicon.rules, 0.0)  # 1 - (1 - 0) * (1 - 0) is exactly 0
    for key in (*strong, *topic):
        out[key] = 1.0 - (1.0 - strong.get(key, 0.0)) * (1.0 - topic.get(key, 0.0))
    return out
