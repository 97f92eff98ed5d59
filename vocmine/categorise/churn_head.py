"""Churn the rules miss: a learned head on the closing sentences (issue 19).

The churn rules (:class:`~vocmine.categorise.signals.SignalDetector`) are precise but
narrow: a customer who has already gone says so in words no list holds ("Sestru už jsem
objednala jinam", "there's a hand wash round the corner now – they'll be getting my £12").
:class:`ChurnSentenceHead` is a logistic regression on the static vectors of the last
sentences of the customer's own text, where a churn statement usually stands. The
analyser asks it only where the rules set no flag, the document reads negative and one
of those sentences names another provider, a next time or something already done
(:attr:`~vocmine.lang.language.LanguageData.switch_words` of every language, folded).

Measured leave one set out on the 2,478 development items (docs/benchmarks/churn_head.md,
``scripts/train_churn_head.py``): rules alone precision 0.882, recall 0.577; rules or head
at threshold 0.8: 0.854, 0.661.
The flag's probability is the head's measured precision (``precision``), not its score:
the head is fitted with balanced class weights, so its scores are not calibrated.

Example:
    >>> import numpy as np
    >>> class Tiny:  # two-word "embedder" for the example
    ...     name = "tiny"
    ...     def embed(self, texts):
    ...         return np.array([[t.count("jinde") + 0.1, t.count("super")] for t in texts], float)
    >>> head = ChurnSentenceHead(Tiny(), threshold=0.5).fit(
    ...     [["Auto opravené.", "Příště jedu jinde."], ["Vše super."]], [True, False])
    >>> head.flag(["Auto opravené.", "Příště jedu jinde."])[0]
    True
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from vocmine.lang.data import LANGUAGES
from vocmine.nlp.fold import MATCHING
from vocmine.protocols import Embedder

__all__ = ["HEAD_FILE", "ChurnSentenceHead"]

HEAD_FILE = "churn_head.json"
"""File name of a saved head inside its folder."""
MIN_LETTERS = 8
"""A sentence with fewer letters and digits (placeholders aside) is no sentence to read."""
_PLACEHOLDER_OR_PUNCT = re.compile(r"\[[A-Z_]+\]|\W")
_SWITCH = re.compile(
    r"\b(?:"
    + "|".join(sorted({w for data in LANGUAGES.values() for w in data.switch_words}))
    + r")\b"
)
"""Every language's switch words: a text read as the wrong language keeps its gate."""


class ChurnSentenceHead:
    """Flags churn from the vectors of a text's closing sentences.

    Args:
        embedder: Embeds sentences (the static embedder; its ``name`` is saved and checked).
        last: How many closing sentences are read.
        threshold: A sentence scoring at least this flags the text.
        min_negative: The analyser asks the head only when the document's negative
            probability is at least this.
        C: Inverse regularisation strength of the logistic regression.

    Attributes:
        coef_: The regression's weights, one per vector dimension.
        intercept_: Its intercept.
        precision: Measured precision of the head's flags (leave one set out), the
            probability given to a flag; None before it is measured.
    """

    def __init__(
        self,
        embedder: Embedder,
        last: int = 2,
        threshold: float = 0.8,
        min_negative: float = 0.5,
        C: float = 1.0,
    ) -> None:
        self.embedder = embedder
        self.last = last
        self.threshold = threshold
        self.min_negative = min_negative
        self.C = C
        self.precision: float | None = None

    def closing(self, sentences: Sequence[str]) -> list[str]:
        """Return the last ``last`` sentences that hold enough words (placeholders aside)."""
        kept = [s for s in sentences if len(_PLACEHOLDER_OR_PUNCT.sub("", s)) >= MIN_LETTERS]
        return kept[-self.last :]

    def fit(
        self, sentence_lists: Sequence[Sequence[str]], labels: Sequence[bool]
    ) -> ChurnSentenceHead:
        """Fit on each text's closing sentences, labelled with the text's churn label.

        Args:
            sentence_lists: Each text's sentences, in order (the analyser's clauses).
            labels: Each text's gold churn label.

        Returns:
            self

        Raises:
            ValueError: On lengths that differ, or labels of one class only.
        """
        if len(sentence_lists) != len(labels):
            raise ValueError(f"got {len(labels)} labels for {len(sentence_lists)} texts")
        rows, y = [], []
        for sentences, label in zip(sentence_lists, labels, strict=True):
            for sentence in self.closing(sentences):
                rows.append(sentence)
                y.append(bool(label))
        if len(set(y)) < 2:
            raise ValueError("the closing sentences carry labels of one class only")
        model = LogisticRegression(C=self.C, max_iter=3000, class_weight="balanced")
        model.fit(self._vectors(rows), np.array(y))
        self.coef_ = model.coef_[0].astype(np.float64)
        self.intercept_ = float(model.intercept_[0])
        return self

    def _vectors(self, sentences: Sequence[str]) -> np.ndarray:
        vectors = np.asarray(self.embedder.embed(list(sentences)), dtype=np.float64)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-9)

    def scores(self, sentences: Sequence[str]) -> list[tuple[str, float]]:
        """Return each gated closing sentence with its churn score (none without a switch word)."""
        closing = [s for s in self.closing(sentences) if _SWITCH.search(MATCHING.fold(s))]
        if not closing:
            return []
        logits = self._vectors(closing) @ self.coef_ + self.intercept_
        return list(zip(closing, (1.0 / (1.0 + np.exp(-logits))).tolist(), strict=True))

    def flag(self, sentences: Sequence[str]) -> tuple[bool, str]:
        """Return whether the text's closing sentences flag churn, and the sentence that does.

        Only a closing sentence that holds a switch word is scored (the gate).
        """
        best = max(self.scores(sentences), key=lambda pair: pair[1], default=None)
        if best is None or best[1] < self.threshold:
            return False, ""
        return True, best[0]

    def save(self, folder: str | Path, **metadata: Any) -> Path:
        """Write the head to ``folder/churn_head.json`` (with ``metadata``) and return the path."""
        path = Path(folder) / HEAD_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "embedder": self.embedder.name,
            "last": self.last,
            "threshold": self.threshold,
            "min_negative": self.min_negative,
            "C": self.C,
            "precision": self.precision,
            "intercept": self.intercept_,
            "coef": [round(float(c), 6) for c in self.coef_],
            **metadata,
        }
        path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        return path

    @classmethod
    def load(cls, folder: str | Path, embedder: Embedder) -> ChurnSentenceHead:
        """Read a head saved by :meth:`save`.

        Raises:
            ValueError: When ``embedder`` is not the one the head was fitted on.
        """
        data = json.loads((Path(folder) / HEAD_FILE).read_text(encoding="utf-8"))
        if data["embedder"] != embedder.name:
            raise ValueError(
                f"the churn head in {folder} was fitted on {data['embedder']!r} vectors, "
                f"not {embedder.name!r}"
            )
        head = cls(embedder, data["last"], data["threshold"], data["min_negative"], data["C"])
        head.coef_ = np.asarray(data["coef"], dtype=np.float64)
        head.intercept_ = float(data["intercept"])
        head.precision = data.get("precision")
        return head
