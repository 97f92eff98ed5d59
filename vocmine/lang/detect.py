"""Language identification among the configured languages.

A text is cleaned (placeholders, URLs, mentions, digits and emoji removed), then:

1. its script and telltale letters decide when they are unambiguous (``ł``, ``ř``,
   ``ľ``, ``ß``, ``і``, ``ы`` ...; see :func:`vocmine.lang.cues.letter_evidence`), which
   settles about half of real customer texts in microseconds;
2. otherwise a statistical backend scores the configured languages (lingua by default,
   langdetect on request), limited to the candidates the script leaves; cs/sk and ru/uk
   are settled by telltale letters and common words when those favour one of the pair;
3. short text, or text the backend is unsure of, goes to the source hint; then unsure
   text keeps the backend's answer (with its low confidence) and short text goes to
   script and word cues, then to a fixed fallback language. The detector never raises.

Example:
    >>> det = LanguageDetector()
    >>> det.detect("Zamówienie przyszło uszkodzone, nie polecam tego sklepu.").lang
    'pl'
    >>> det.detect("ok", hint="de")
    LanguageGuess(lang='de', confidence=0.5, method='hint')
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from vocmine.lang._langdetect import LangdetectBackend
from vocmine.lang._lingua import LinguaBackend
from vocmine.lang.cues import (
    LetterEvidence,
    clean_for_detection,
    count_letters,
    cue_scores,
    letter_evidence,
)
from vocmine.lang.data import LANGUAGES, SUPPORTED_LANGUAGES
from vocmine.protocols import DetectorBackend

__all__ = [
    "BACKENDS",
    "DetectorBackend",
    "LanguageDetector",
    "LanguageGuess",
    "clean_for_detection",
    "cue_scores",
]

_MAX_DETECT_CHARS = 400
"""Only this much of the cleaned text is scored (plenty for 7 languages)."""
_CLEAN_HEAD_CHARS = 1_000
"""Long texts are cleaned in a head of this many characters first (see _clean_head)."""
HINT_CONFIDENCE = 0.5
"""Confidence reported when the source hint decides (the text itself did not)."""
FALLBACK_CONFIDENCE = 0.05
"""Confidence reported when nothing in the text or the source decided."""

# Pairs statistical models confuse, and that telltale letters and words tell apart.
_CONFUSABLE_PAIRS: tuple[tuple[str, str], ...] = tuple(
    (code, sibling)
    for i, (code, data) in enumerate(LANGUAGES.items())
    for sibling in data.siblings
    if sibling in SUPPORTED_LANGUAGES[i + 1 :]
)


def _clean_head(text: str) -> str:
    """Return the cleaned text, cleaning only a head of long texts when that is enough.

    The models see only the first 400 cleaned characters; cleaning a 1,000-character
    head gives the same ones unless the head is mostly noise, then the text is cleaned
    up to :func:`clean_for_detection`'s own limit.
    """
    if len(text) > _CLEAN_HEAD_CHARS:
        head = clean_for_detection(text[:_CLEAN_HEAD_CHARS])
        if len(head) >= 2 * _MAX_DETECT_CHARS:
            return head
    return clean_for_detection(text)


BACKENDS: dict[str, Callable[[int], DetectorBackend]] = {
    "lingua": lambda seed: LinguaBackend(accuracy="high"),
    "lingua-low": lambda seed: LinguaBackend(accuracy="low"),
    "langdetect": lambda seed: LangdetectBackend(seed=seed),
}
"""Backends by name: a factory taking the detector's seed."""


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """The language of one text.

    Attributes:
        lang: ISO 639-1 code, one of the detector's configured languages.
        confidence: How sure the detector is, 0..1.
        method: What decided: ``"letters"`` (script and telltale letters, or English
            function words in a text without any), the backend's
            name (``"lingua"`` or ``"langdetect"``), ``"hint"``, ``"script"`` (script and
            word cues on short text or text the backend had no answer for) or
            ``"fallback"``.
    """

    lang: str
    confidence: float
    method: str


class LanguageDetector:
    """Detect the language of customer texts among a fixed set of languages.

    Args:
        languages: Languages to choose among (ISO 639-1).
        seed: Seed of the langdetect backend (lingua is deterministic without one).
        min_chars: Texts with fewer letters than this skip letters and backend.
        min_confidence: Letter decisions need this confidence; a backend answer below it
            yields to the source hint (and is kept, with its low confidence, without one).
        fallback: Language returned when nothing else decides.
        backend: Statistical backend: an object following :class:`DetectorBackend`,
            a name from :data:`BACKENDS`, or None for lingua in high-accuracy mode.
        letters_decide: Let unambiguous telltale letters decide without the backend
            (off: every text with enough letters goes to the backend).

    Example:
        >>> LanguageDetector().detect_many(["Спасибо, всё пришло вовремя!", "dekuji"])[1].lang
        'cs'
    """

    def __init__(
        self,
        languages: Sequence[str] = SUPPORTED_LANGUAGES,
        seed: int = 0,
        min_chars: int = 12,
        min_confidence: float = 0.6,
        fallback: str = "en",
        backend: DetectorBackend | str | None = None,
        letters_decide: bool = True,
    ) -> None:
        self.languages = languages
        self.seed = seed
        self.min_chars = min_chars
        self.min_confidence = min_confidence
        self.fallback = fallback
        self.backend = backend
        self.letters_decide = letters_decide

    def _backend(self) -> DetectorBackend:
        """Return the statistical backend, built on first use."""
        backend = getattr(self, "backend_", None)
        if backend is None:
            if self.backend is None or isinstance(self.backend, str):
                backend = BACKENDS[self.backend or "lingua"](self.seed)
            else:
                backend = self.backend
            self.backend_ = backend
        return backend

    def detect(self, text: str, hint: str | None = None) -> LanguageGuess:
        """Return the language of one text.

        Args:
            text: Any string; never raises (empty, emoji only, very long are fine).
            hint: Language the source declares, used only when the text does not decide.

        Returns:
            The guess, with the method that decided it.
        """
        return self.detect_many([text], [hint])[0]

    def detect_many(
        self, texts: Sequence[str], hints: Sequence[str | None] | None = None
    ) -> list[LanguageGuess]:
        """Return the language of each text; the backend scores the batch in one call.

        Args:
            texts: Texts to identify.
            hints: Optional source hint per text (same length as ``texts``).

        Returns:
            One guess per text, in order.

        Raises:
            ValueError: If ``hints`` and ``texts`` differ in length, or ``backend`` names
                no known backend.
        """
        if hints is not None and len(hints) != len(texts):
            raise ValueError(f"got {len(hints)} hints for {len(texts)} texts")
        if isinstance(self.backend, str) and self.backend not in BACKENDS:
            raise ValueError(f"unknown backend {self.backend!r}; choose one of {list(BACKENDS)}")
        hint_list = list(hints) if hints is not None else [None] * len(texts)
        try:
            return self._detect_many(texts, hint_list)
        except ImportError:
            raise  # a missing dependency is a broken install, not a hard text
        except Exception:  # noqa: BLE001 - detection must never break a batch
            return [
                self._detect_one_safely(text, hint)
                for text, hint in zip(texts, hint_list, strict=True)
            ]

    def _detect_one_safely(self, text: str, hint: str | None) -> LanguageGuess:
        try:
            return self._detect_many([text], [hint])[0]
        except Exception:  # noqa: BLE001 - detection must never break a batch
            return self._without_model("", hint)

    def _detect_many(
        self, texts: Sequence[str], hints: Sequence[str | None]
    ) -> list[LanguageGuess]:
        cleaned = [_clean_head(t if isinstance(t, str) else str(t)) for t in texts]
        guesses: list[LanguageGuess | None] = [None] * len(texts)
        pending: list[tuple[int, LetterEvidence]] = []
        for i, text in enumerate(cleaned):
            head = text[:_MAX_DETECT_CHARS]
            if count_letters(head) < self.min_chars:
                continue
            evidence = letter_evidence(head, self.languages)
            if (
                self.letters_decide
                and evidence.lang is not None
                and evidence.confidence >= self.min_confidence
            ):
                guesses[i] = LanguageGuess(evidence.lang, evidence.confidence, "letters")
            else:
                pending.append((i, evidence))
        if pending:
            backend = self._backend()
            batch = [cleaned[i][:_MAX_DETECT_CHARS] for i, _ in pending]
            for (i, evidence), probs in zip(
                pending, backend.probabilities_many(batch, self.languages), strict=True
            ):
                guesses[i] = self._from_probabilities(probs, evidence, cleaned[i], backend.name)
        return [
            guess
            if guess is not None and guess.confidence >= self.min_confidence
            else self._without_model(text, hint, unsure=guess)
            for guess, text, hint in zip(guesses, cleaned, hints, strict=True)
        ]

    def _from_probabilities(
        self, probs: dict[str, float], evidence: LetterEvidence, cleaned: str, method: str
    ) -> LanguageGuess | None:
        """Return the backend's answer among the letters' candidates (None without one)."""
        probs = {lang: p for lang, p in probs.items() if lang in evidence.candidates}
        if not probs:
            return None
        top = max(probs, key=probs.__getitem__)
        lang, confidence = self._resolve_pair(top, probs, cleaned)
        if lang in self.languages:
            return LanguageGuess(lang, round(float(confidence), 4), method)
        return None

    def _resolve_pair(self, top: str, probs: dict[str, float], cleaned: str) -> tuple[str, float]:
        """Choose between cs/sk or ru/uk by the text's cues when they favour one of the pair.

        Character n-gram models confuse these close pairs, especially on short texts;
        telltale letters (ř vs ľ, ы vs і) and function words (jsem vs som, дуже vs
        очень) are the better evidence within a pair.
        """
        for a, b in _CONFUSABLE_PAIRS:
            if top in (a, b):
                other = b if top == a else a
                if other not in self.languages:
                    break
                cues = cue_scores(cleaned, (a, b))
                if cues[other] != cues[top]:  # the cues decide; the model only found the pair
                    winner = other if cues[other] > cues[top] else top
                    return winner, min(1.0, probs.get(top, 0.0) + probs.get(other, 0.0))
        return top, probs.get(top, 0.0)

    def _without_model(
        self, cleaned: str, hint: str | None, unsure: LanguageGuess | None = None
    ) -> LanguageGuess:
        if hint:
            hint_lang = hint.strip().lower().replace("_", "-").split("-")[0]
            if hint_lang in self.languages:
                return LanguageGuess(hint_lang, HINT_CONFIDENCE, "hint")
        if unsure is not None:  # the model's low-confidence answer beats word lists
            return unsure
        scores = cue_scores(cleaned, self.languages) if cleaned else {}
        # Stable sort: among equal scores the earlier configured language wins, so with the
        # default order an undecided cs/sk text goes to cs and ru/uk to ru.
        ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
        if ranked and ranked[0][1] >= 1.0:
            best, best_score = ranked[0]
            runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
            margin = (best_score - runner_up) / best_score
            return LanguageGuess(best, round(0.2 + 0.35 * margin, 4), "script")
        fallback = self.fallback if self.fallback in self.languages else self.languages[0]
        return LanguageGuess(fallback, FALLBACK_CONFIDENCE, "fallback")
