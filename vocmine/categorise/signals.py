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

SIBLING_LANGUAGES: dict[str, tuple[str, ...]] = {
    "cs": ("sk",),
    "sk": ("cs",),
    "ru": ("uk",),
    "uk": ("ru",),
}
"""Languages whose signal rules also run on a text of the key language."""


class SignalDetector:
    """Detects customer-effort signals and churn-risk language.

    Args:
        taxonomy: Taxonomy with ``effort_signals`` and ``churn``; ``None`` loads the default.

    Attributes:
        taxonomy_: The taxonomy in use.
        signals_: Compiled effort-signal rules.
        churn_: Compiled churn rules (``None`` when the taxonomy has none).

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
        self.signals_ = compile_lexicon(self.taxonomy_, self.taxonomy_.effort_signals)
        churn = self.taxonomy_.churn
        self.churn_ = compile_lexicon(self.taxonomy_, [churn]) if churn is not None else None
        return self

    def _languages(self, lang: str | None) -> dict[str, float] | None:
        if lang is None or lang not in self.taxonomy_.languages:
            return None
        return dict.fromkeys((lang, *SIBLING_LANGUAGES.get(lang, ())), 1.0)

    def signal_scores(self, text: str, lang: str | None) -> dict[str, float]:
        """Return ``{signal key: score in [0, 1]}`` for every effort signal."""
        if not hasattr(self, "signals_"):
            raise RuntimeError("This SignalDetector is not fitted yet; call fit() first.")
        return lexicon_scores(self.signals_, text, lang, languages=self._languages(lang))

    def effort_signals(self, text: str, lang: str | None) -> list[str]:
        """Return the effort signals found in ``text`` (taxonomy order)."""
        return [key for key, score in self.signal_scores(text, lang).items() if score >= 0.5]

    def churn_risk(self, text: str, lang: str | None) -> bool:
        """Return whether ``text`` threatens to leave, cancel, switch or never buy again."""
        if not hasattr(self, "signals_"):
            raise RuntimeError("This SignalDetector is not fitted yet; call fit() first.")
        if self.churn_ is None:
            return False
        scores = lexicon_scores(self.churn_, text, lang, languages=self._languages(lang))
        return any(score >= 0.5 for score in scores.values())
