"""Effort signals and churn risk from the taxonomy's patterns.

Effort signals (``long_wait``, ``repeat_contact``, ``channel_switch``, ``no_human``)
and churn risk use strong patterns only: a signal fires when one of its patterns
matches the folded text after its ``exclude`` spans ("I will never leave you",
"nie zamierzam rezygnować") are blanked. Rules of the text's language run, plus
those of its sibling language (cs/sk, ru/uk), which language id often confuses;
with an unknown language every language's rules run.
"""

from __future__ import annotations

from functools import partial

from vocmine.categorise.lexicon import compile_lexicon, lexicon_scores
from vocmine.categorise.taxonomy import Taxonomy, fold_text, load_taxonomy
from vocmine.lang.data import LANGUAGES
from vocmine.nlp.prefilter import blank_prefiltered

_CHURN_SLOT = "__churn__"
"""Key of the churn rules inside the combined lexicon (cannot clash: keys are ``[a-z]...``)."""

SIBLING_LANGUAGES: dict[str, tuple[str, ...]] = {
    code: data.siblings for code, data in LANGUAGES.items() if data.siblings
}
"""Languages whose signal rules also run on a text of the key language."""

TRANSLITERATED_LANGUAGES: dict[str, tuple[str, ...]] = {
    read_as: tuple(code for code, data in LANGUAGES.items() if read_as in data.latin_read_as)
    for read_as in sorted({c for data in LANGUAGES.values() for c in data.latin_read_as})
}
"""Languages whose rules also run on a text the detector reads as the key language
(``LanguageData.latin_read_as``): Russian and Ukrainian written in Latin letters ("zvonila
2 raza") is read as Polish, Czech or Slovak. On 9,000 public Polish and Czech reviews and
posts their rules add no flag."""

CHURN_KEY = "churn_risk"
"""Key of churn in :meth:`SignalDetector.reasons` (as in :class:`~vocmine.schemas.Insight`)."""
REASON_MAX_CHARS = 80
"""A reason quotes at most this much of the text."""


class SignalDetector:
    """Detects customer-effort signals and churn-risk language.

    Args:
        taxonomy: Taxonomy with ``effort_signals`` and ``churn``; ``None`` loads the default.

    Attributes:
        taxonomy_: The taxonomy in use.
        lexicon_: Effort-signal and churn rules compiled together, so one pass
            over a text answers both :meth:`effort_signals` and :meth:`churn_risk`.

    Example:
        >>> det = SignalDetector().fit()
        >>> det.effort_signals("Dzwoniłem w tej sprawie trzy razy.", "pl")
        ['repeat_contact']
        >>> det.churn_risk("Nie zamierzam rezygnować", "pl")
        False
    """

    def __init__(self, taxonomy: Taxonomy | None = None) -> None:
        self.taxonomy = taxonomy

    def fit(self) -> SignalDetector:
        """Compile the signal and churn patterns.

        Returns:
            self
        """
        self.taxonomy_ = self.taxonomy if self.taxonomy is not None else load_taxonomy()
        entries = list(self.taxonomy_.effort_signals)
        churn = self.taxonomy_.churn
        if churn is not None:
            # A reserved key (copy without validation) so a signal named like the churn
            # entry cannot collide with it.
            entries.append(churn.model_copy(update={"key": _CHURN_SLOT}))
        self.lexicon_ = compile_lexicon(self.taxonomy_, entries)
        self._known_languages = frozenset(self.taxonomy_.languages)
        self._last: tuple[str, str | None, dict[str, float]] | None = None
        return self

    def _languages(self, lang: str | None) -> dict[str, float] | None:
        if lang is None or lang not in self._known_languages:
            return None
        return dict.fromkeys(
            (lang, *SIBLING_LANGUAGES.get(lang, ()), *TRANSLITERATED_LANGUAGES.get(lang, ())), 1.0
        )

    def _scores(self, text: str, lang: str | None) -> dict[str, float]:
        """Scores of every signal and of churn; the last text is remembered (callers ask twice)."""
        if not hasattr(self, "lexicon_"):
            raise RuntimeError("This SignalDetector is not fitted yet; call fit() first.")
        last = self._last
        if last is not None and last[0] == text and last[1] == lang:
            return last[2]
        scores = lexicon_scores(self.lexicon_, text, lang, languages=self._languages(lang))
        self._last = (text, lang, scores)
        return scores

    def signal_scores(self, text: str, lang: str | None) -> dict[str, float]:
        """Return ``{signal key: score in [0, 1]}`` for every effort signal."""
        scores = self._scores(text, lang)
        return {key: scores[key] for key in self.taxonomy_.signal_keys}

    def effort_signals(self, text: str, lang: str | None) -> list[str]:
        """Return the effort signals found in ``text`` (taxonomy order)."""
        return [key for key, score in self.signal_scores(text, lang).items() if score >= 0.5]

    def churn_risk(self, text: str, lang: str | None) -> bool:
        """Return whether the churn rules find in ``text`` a threat to leave, cancel or switch.

        The rules alone: the analyser also weighs the document's sentiment
        (:func:`churn_evidence`) before it sets ``churn_risk``.
        """
        scores = self._scores(text, lang)
        return scores.get(_CHURN_SLOT, 0.0) >= 0.5

    def reasons(self, text: str, lang: str | None) -> dict[str, str]:
        """Return ``{signal or "churn_risk": the phrase of text that fired it}``.

        Only signals that fire (as :meth:`effort_signals` and :meth:`churn_risk` decide)
        get a reason: the longest stretch of adjacent pattern matches of the first
        language with a match (the text's language, its siblings, the others),
        widened to whole words and quoted from the original text
        (``'"Czekam od dwóch tygodni"'``).
        """
        scores = self._scores(text, lang)
        fired = [key for key in self.taxonomy_.signal_keys if scores.get(key, 0.0) >= 0.5]
        if scores.get(_CHURN_SLOT, 0.0) >= 0.5:
            fired.append(_CHURN_SLOT)
        if not fired:
            return {}
        folded = fold_text(text)
        lexicon = self.lexicon_
        negations = lexicon.negation_list
        negated = blank_prefiltered(
            folded,
            negations,
            range(len(negations)),
            lexicon.negation_index.find,
            keep_length=True,  # offsets stay: the reason is quoted from the original text
        )
        preferred = (lang, *SIBLING_LANGUAGES.get(lang or "", ()))
        index, regexes = lexicon.index, lexicon.regexes
        out: dict[str, str] = {}
        for key in fired:
            slots = sorted(
                (slot for slot in self.lexicon_.slots if slot.key == key),
                key=lambda slot: preferred.index(slot.lang) if slot.lang in preferred else 99,
            )
            phrase = None
            for slot in slots:
                searched = blank_prefiltered(
                    negated,
                    slot.rules.exclude,
                    slot.exclude,
                    partial(index.confirm, slot.exclude),
                    keep_length=True,
                )
                # only patterns whose literal conditions hold can match (exact, and cheap)
                spans = [
                    m.span()
                    for i in sorted(index.confirm(slot.patterns, searched))
                    for m in regexes[i].finditer(searched)
                ]
                if spans:
                    start, end = _longest_joined_span(spans)
                    phrase = _quote(text, folded, start, end)
                    break
            out[CHURN_KEY if key == _CHURN_SLOT else key] = (
                f'"{phrase}"' if phrase else "matched a rule"
            )
        return out

    def evidence(self, text: str, lang: str | None) -> dict[str, str]:
        """Return the kind of rule that fired for effort and for churn (:func:`evidence_kind`).

        ``effort`` is the strongest kind over the effort signals; ``churn`` the
        churn rules' kind. :class:`~vocmine.categorise.calibration.SignalCalibration`
        turns a kind into the measured probability that the flag is right.
        """
        scores = self._scores(text, lang)
        effort = max((scores[key] for key in self.taxonomy_.signal_keys), default=0.0)
        return {
            "effort": evidence_kind(effort),
            "churn": evidence_kind(scores.get(_CHURN_SLOT, 0.0)),
        }


def _longest_joined_span(spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The longest span after joining spans that overlap or are at most two characters apart."""
    joined: list[list[int]] = []
    for start, end in sorted(spans):
        if joined and start <= joined[-1][1] + 2:
            joined[-1][1] = max(joined[-1][1], end)
        else:
            joined.append([start, end])
    start, end = max(joined, key=lambda span: span[1] - span[0])
    return start, end


def _quote(text: str, folded: str, start: int, end: int) -> str:
    """The words of ``text`` under ``folded[start:end]``, at most :data:`REASON_MAX_CHARS` long."""
    if len(folded) != len(text):  # a fold that changed lengths ("ß" -> "ss"): map positions
        widths = {char: len(fold_text(char)) for char in set(text)}  # each character once
        origin = [i for i, char in enumerate(text) for _ in range(widths[char])]
        if len(origin) == len(folded) and end > start:
            start, end = origin[start], origin[end - 1] + 1
        else:
            text = folded
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    phrase = " ".join(text[start:end].split())
    return phrase if len(phrase) <= REASON_MAX_CHARS else phrase[: REASON_MAX_CHARS - 1] + "…"


EVIDENCE_KINDS: tuple[str, ...] = ("none", "weak", "strong", "multiple", "overruled")
"""Kinds of rule evidence: those of :func:`evidence_kind`, weakest first, then
``overruled`` (a churn rule fired, but the customer's overall sentiment is not
negative enough for a threat to leave: :func:`churn_evidence`; the flag is off)."""

FLAG_KINDS: frozenset[str] = frozenset({"strong", "multiple"})
"""Evidence kinds that set their flag."""

CHURN_MIN_NEGATIVE = 0.2
"""Default: a churn rule's flag stands when the document's negative probability is at least this."""

CHURN_VETO_MIN_CHARS = 200
"""Customer texts shorter than this keep every churn flag (see :func:`churn_evidence`)."""


def churn_evidence(
    kind: str, negative: float, text_chars: int, min_negative: float = CHURN_MIN_NEGATIVE
) -> str:
    """Return the churn evidence kind once the document's overall sentiment is known.

    In every labelled check set we have, an item carrying ``churn_risk`` is negative
    overall (252 of 252 on the development check sets). A churn phrase in a text read
    as satisfied is mostly a story of staying ("I very nearly didn't renew ... just
    signed up for another two years", "Reklamaci jste ale vyřídili ..., takže
    zůstávám") or a neutral notice (a contract ended because of a move). So a rule's
    flag is ``overruled`` when the negative probability is below ``min_negative``;
    0 keeps every flag. Only in a text of at least :data:`CHURN_VETO_MIN_CHARS`
    characters: a short threat has no room for such a story, and there the sentiment
    models are the ones that err ("После такого повышения цен ухожу к конкурентам."
    reads positive), not the rule. Measured in docs/categories.md.

    Args:
        kind: The churn rules' kind (:meth:`SignalDetector.evidence`).
        negative: The document's probability of negative sentiment.
        text_chars: Length of the customer's own text.
        min_negative: Lowest negative probability at which a rule's flag stands.
    """
    if kind in FLAG_KINDS and negative < min_negative and text_chars >= CHURN_VETO_MIN_CHARS:
        return "overruled"
    return kind


def evidence_kind(score: float) -> str:
    """Return which kind of rule a lexicon score in [0, 1] comes from.

    ``none`` (no rule fired: 0), ``weak`` (a topic mention only: below 0.5, the
    flag stays off), ``strong`` (one strong pattern: 0.7) or ``multiple`` (two
    or more strong patterns: 0.91 and up); see :mod:`vocmine.categorise.lexicon`.
    """
    if score <= 0.0:
        return "none"
    if score < 0.5:
        return "weak"
    if score < 0.9:
        return "strong"
    return "multiple"
