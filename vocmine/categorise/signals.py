"""Effort signals and churn risk from the taxonomy's patterns.

Effort signals (``long_wait``, ``repeat_contact``, ``channel_switch``, ``no_human``)
and churn risk use strong patterns only: a signal fires when one of its patterns
matches the folded text after its ``exclude`` spans ("I will never leave you",
"nie zamierzam rezygnować") are blanked. Rules of the text's language run, plus
those of its sibling language (cs/sk, ru/uk), which language id often confuses;
with an unknown language every language's rules run.
"""

from __future__ import annotations

from vocmine.categorise.lexicon import compile_lexicon, lexicon_scores
from vocmine.categorise.taxonomy import Taxonomy, load_taxonomy
from vocmine.lang.data import LANGUAGES

_CHURN_SLOT = "__churn__"
"""Key of the churn rules inside the combined lexicon (cannot clash: keys are ``[a-z]...``)."""

SIBLING_LANGUAGES: dict[str, tuple[str, ...]] = {
    code: data.siblings for code, data in LANGUAGES.items() if data.siblings
}
"""Languages whose signal rules also run on a text of the key language."""


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
        return dict.fromkeys((lang, *SIBLING_LANGUAGES.get(lang, ())), 1.0)

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
        """Return whether ``text`` threatens to leave, cancel, switch or never buy again."""
        scores = self._scores(text, lang)
        return scores.get(_CHURN_SLOT, 0.0) >= 0.5

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


EVIDENCE_KINDS: tuple[str, ...] = ("none", "weak", "strong", "multiple")
"""Kinds of rule evidence, weakest first (see :func:`evidence_kind`)."""


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
