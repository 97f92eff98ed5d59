"""Document sentiment: one estimator serving every supported language.

:class:`SentimentClassifier` holds one linear sub-model per language with training
data (``pl``, ``cs``, ``ru``, ``en``, ``de``) and routes the others to a close relative
(``sk`` -> ``cs``, ``uk`` -> ``ru``, with Ukrainian letters mapped to Russian ones). Texts
with no or an unknown language go to a pooled ``*`` model trained on everything.

Each sub-model is a hashed bag of word 1-2 grams plus diacritic-folded ``char_wb`` 2-5
grams, each block TF-IDF weighted (sublinear tf) and L2-normalised, fed to a
class-balanced multinomial logistic regression. Only hashed columns seen at least
``min_df`` times in training are kept, so the saved model is small (coefficients in
float16).

Example:
    >>> model = load_default_sentiment_model()  # doctest: +SKIP
    >>> model.predict(["Nie polecam, towar uszkodzony."], langs=["pl"])  # doctest: +SKIP
    ['negative']
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.utils.validation import check_is_fitted

from vocmine.schemas import SENTIMENT_LABELS

MODEL_VERSION = "v1"
DEFAULT_SENTIMENT_MODEL: Path = (
    Path(__file__).resolve().parents[1] / "models" / "sentiment" / MODEL_VERSION
)
"""Folder of the sentiment model shipped in the repository."""

POOLED = "*"
"""Key of the sub-model trained on all languages (used when the language is unknown)."""

DEFAULT_LANG_ROUTES: dict[str, str] = {"sk": "cs", "uk": "ru"}
"""Languages without training data and the sub-model that serves them."""

_FORMAT = "vocmine-sentiment-hashed-linear/1"
_N_WORD_FEATURES = 2**20
_N_CHAR_FEATURES = 2**20

_URL_RE = re.compile(r"https?://\S+|www\.\S+")
_USER_RE = re.compile(r"@\w+")
_DIGIT_RE = re.compile(r"\d")
_REPEAT_RE = re.compile(r"(.)\1{2,}")
_SPACE_BEFORE_PUNCT_RE = re.compile(r"\s+([.,!?;:)])")
_SPACES_RE = re.compile(r"\s+")
_POS_EMOTICON_RE = re.compile(r"(?:[:;=]-?[)\]dp]|\^_?\^|<3)(?=\W|$)")
_NEG_EMOTICON_RE = re.compile(r"(?:[:;=]'?-?[(\[/]|:-?c)(?=\W|$)")

_POSITIVE_EMOJI = set("😀😁😂😃😄😅😆😉😊😋😍😎😘🙂🤗🤩🥰😻👍👌👏🙌💪🎉✨⭐🌟❤💕💖💗💙💚💛💜🧡🔥✅🥳😇☺")
_NEGATIVE_EMOJI = set("😞😟😠😡🤬😢😣😤😥😦😧😨😩😫😭😰😱😒😔😕🙁☹👎💩🤮🤢😖😓❌⛔🤦😑😐")

# Ukrainian letters mapped to the Russian letter a Ukrainian word most often shares.
_UK_TO_RU = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "'": "", "’": "", "ʼ": ""})


def normalise_text(text: str) -> str:
    """Return ``text`` normalised for the word features.

    Lower-cases (so ALL-CAPS shouting matches normal text), replaces URLs, @users and
    digits by placeholders, squeezes letters repeated 3+ times to two ("suuuper" ->
    "suuper", "!!!!" -> "!!"), joins pre-tokenised punctuation ("dobry ." -> "dobry."),
    and appends ``emopos``/``emoneg`` tokens for common emoji and emoticons.

    Args:
        text: Raw customer text.

    Returns:
        The normalised text.
    """
    text = unicodedata.normalize("NFC", text)
    text = _URL_RE.sub(" urltoken ", text)
    text = _USER_RE.sub(" usertoken ", text)
    n_pos = sum(ch in _POSITIVE_EMOJI for ch in text) + len(_POS_EMOTICON_RE.findall(text))
    n_neg = sum(ch in _NEGATIVE_EMOJI for ch in text) + len(_NEG_EMOTICON_RE.findall(text))
    text = text.lower()
    text = _DIGIT_RE.sub("0", text)
    text = _REPEAT_RE.sub(r"\1\1", text)
    text = _SPACE_BEFORE_PUNCT_RE.sub(r"\1", text)
    text = _SPACES_RE.sub(" ", text).strip()
    extra = " emopos" * min(n_pos, 3) + " emoneg" * min(n_neg, 3)
    return text + extra


def fold_diacritics(text: str) -> str:
    """Return ``text`` without combining marks ("zásilka nepřišla" -> "zasilka neprisla").

    Also maps "ё" to "е" and "ł" to "l", which Unicode does not decompose.
    """
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("ё", "е"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _word_tokens(text: str) -> list[str]:
    return re.findall(r"\w+|[!?]", text)


def _hashed_counts(texts: Sequence[str]) -> sp.csr_matrix:
    """Return hashed raw counts: word 1-2 grams, then folded char_wb 2-5 grams."""
    normalised = [normalise_text(t) for t in texts]
    words = HashingVectorizer(
        n_features=_N_WORD_FEATURES,
        tokenizer=_word_tokens,
        token_pattern=None,
        lowercase=False,
        ngram_range=(1, 2),
        alternate_sign=False,
        norm=None,
    ).transform(normalised)
    chars = HashingVectorizer(
        n_features=_N_CHAR_FEATURES,
        analyzer="char_wb",
        ngram_range=(2, 5),
        lowercase=False,
        alternate_sign=False,
        norm=None,
    ).transform([fold_diacritics(t) for t in normalised])
    return sp.hstack([words, chars], format="csr", dtype=np.float32)


def _tfidf(counts: sp.csr_matrix, columns: np.ndarray, idf: np.ndarray) -> sp.csr_matrix:
    """Keep ``columns``, apply sublinear tf * idf and L2-normalise word and char blocks."""
    x = counts[:, columns].tocsr()
    x.data = (1.0 + np.log(x.data)) * idf[x.indices]
    n_word = int(np.searchsorted(columns, _N_WORD_FEATURES))
    blocks = []
    for block in (x[:, :n_word], x[:, n_word:]):
        norms = np.sqrt(np.asarray(block.multiply(block).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        blocks.append(sp.diags(1.0 / norms) @ block)
    return sp.hstack(blocks, format="csr", dtype=np.float32)


class _LinearSubModel:
    """Fitted state of one language's model: kept columns, idf, coefficients."""

    def __init__(
        self, columns: np.ndarray, idf: np.ndarray, coef: np.ndarray, intercept: np.ndarray
    ):
        self.columns = columns
        self.idf = idf
        self.coef = coef
        self.intercept = intercept

    @classmethod
    def fit(
        cls, counts: sp.csr_matrix, y: np.ndarray, C: float, min_df: int, max_iter: int
    ) -> _LinearSubModel:
        df = np.bincount(counts.indices, minlength=counts.shape[1])
        columns = np.flatnonzero(df >= min_df).astype(np.int64)
        n_docs = counts.shape[0]
        idf = (np.log((1.0 + n_docs) / (1.0 + df[columns])) + 1.0).astype(np.float32)
        x = _tfidf(counts, columns, idf)
        clf = LogisticRegression(C=C, class_weight="balanced", max_iter=max_iter)
        clf.fit(x, y)
        coef = np.zeros((len(SENTIMENT_LABELS), len(columns)), dtype=np.float32)
        intercept = np.zeros(len(SENTIMENT_LABELS), dtype=np.float32)
        if len(clf.classes_) == 2:  # binary LR stores one row: the second class vs the first
            coef[clf.classes_[1]] = clf.coef_[0] / 2
            coef[clf.classes_[0]] = -clf.coef_[0] / 2
            intercept[clf.classes_[1]] = clf.intercept_[0] / 2
            intercept[clf.classes_[0]] = -clf.intercept_[0] / 2
            missing = sorted(set(range(len(SENTIMENT_LABELS))) - set(clf.classes_))
            intercept[missing] = -30.0
        else:
            coef[clf.classes_] = clf.coef_
            intercept[clf.classes_] = clf.intercept_
        return cls(columns, idf, coef, intercept)

    def predict_proba(self, counts: sp.csr_matrix) -> np.ndarray:
        x = _tfidf(counts, self.columns, self.idf)
        logits = np.asarray(x @ self.coef.astype(np.float32).T) + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        proba = np.exp(logits)
        return proba / proba.sum(axis=1, keepdims=True)


class SentimentClassifier(BaseEstimator, ClassifierMixin):
    """Three-class sentiment (negative / neutral / positive) for all supported languages.

    Args:
        C: Inverse regularisation strength of each logistic regression.
        min_df: A hashed feature is kept only if at least this many training texts have it.
        lang_routes: Languages without their own sub-model mapped to the one serving them;
            ``None`` means :data:`DEFAULT_LANG_ROUTES`.
        pooled_model: Also fit a sub-model on all languages, used for texts whose
            language is ``None`` or unknown.
        max_iter: Iterations of the logistic-regression solver.

    Attributes:
        classes_: ``SENTIMENT_LABELS`` as an array.
        languages_: Languages with their own sub-model (plus ``"*"`` if pooled).
        models_: Dict from language to its fitted sub-model.
    """

    def __init__(
        self,
        C: float = 8.0,
        min_df: int = 2,
        lang_routes: dict[str, str] | None = None,
        pooled_model: bool = True,
        max_iter: int = 300,
    ):
        self.C = C
        self.min_df = min_df
        self.lang_routes = lang_routes
        self.pooled_model = pooled_model
        self.max_iter = max_iter

    def fit(
        self,
        texts: Sequence[str],
        labels: Sequence[str],
        langs: Sequence[str] | None = None,
    ) -> SentimentClassifier:
        """Fit one sub-model per language in ``langs`` (and the pooled one).

        Args:
            texts: Training texts.
            labels: One of :data:`SENTIMENT_LABELS` per text.
            langs: ISO 639-1 code per text; ``None`` fits only the pooled model.

        Returns:
            self
        """
        if len(texts) != len(labels) or (langs is not None and len(langs) != len(texts)):
            raise ValueError("texts, labels and langs must have the same length")
        unknown = set(labels) - set(SENTIMENT_LABELS)
        if unknown:
            raise ValueError(f"unknown sentiment labels: {sorted(unknown)}")
        y = np.array([SENTIMENT_LABELS.index(label) for label in labels])
        counts = _hashed_counts(list(texts))
        lang_arr = np.array(langs if langs is not None else [None] * len(texts), dtype=object)
        self.models_: dict[str, _LinearSubModel] = {}
        for lang in sorted({lang for lang in lang_arr if lang is not None}):
            rows = np.flatnonzero(lang_arr == lang)
            self.models_[lang] = _LinearSubModel.fit(
                counts[rows], y[rows], self.C, self.min_df, self.max_iter
            )
        if self.pooled_model or not self.models_:
            self.models_[POOLED] = _LinearSubModel.fit(
                counts, y, self.C, self.min_df, self.max_iter
            )
        self.languages_ = sorted(self.models_)
        self.classes_ = np.array(SENTIMENT_LABELS)
        return self

    def _route(self, lang: str | None) -> str:
        routes = DEFAULT_LANG_ROUTES if self.lang_routes is None else self.lang_routes
        if lang in self.models_:
            return lang
        target = routes.get(lang) if lang is not None else None
        if target in self.models_:
            return target
        return POOLED if POOLED in self.models_ else sorted(self.models_)[0]

    def predict_proba(self, texts: Sequence[str], langs: Sequence[str] | None = None) -> np.ndarray:
        """Return class probabilities, columns in :data:`SENTIMENT_LABELS` order.

        Args:
            texts: Texts to score.
            langs: ISO 639-1 code per text (``None`` entries or ``langs=None`` use the
                pooled model).

        Returns:
            Array of shape ``(len(texts), 3)``; rows sum to 1.
        """
        check_is_fitted(self, "models_")
        texts = list(texts)
        if langs is not None and len(langs) != len(texts):
            raise ValueError("texts and langs must have the same length")
        proba = np.zeros((len(texts), len(SENTIMENT_LABELS)), dtype=np.float64)
        if not texts:
            return proba
        routed = [self._route(lang) for lang in (langs or [None] * len(texts))]
        for key in set(routed):
            rows = [i for i, r in enumerate(routed) if r == key]
            batch = [texts[i] for i in rows]
            if langs is not None and key == "ru":
                batch = [
                    t.lower().translate(_UK_TO_RU) if langs[i] == "uk" else t
                    for t, i in zip(batch, rows, strict=True)
                ]
            proba[rows] = self.models_[key].predict_proba(_hashed_counts(batch))
        return proba

    def predict(self, texts: Sequence[str], langs: Sequence[str] | None = None) -> list[str]:
        """Return the most probable label per text (see :meth:`predict_proba`)."""
        proba = self.predict_proba(texts, langs)
        return [SENTIMENT_LABELS[i] for i in proba.argmax(axis=1)]

    def polarity(self, texts: Sequence[str], langs: Sequence[str] | None = None) -> np.ndarray:
        """Return ``P(positive) - P(negative)`` per text, in ``[-1, 1]``.

        Neutral or mixed texts put their mass on the neutral class or split it between
        the poles, so they score near 0 rather than being forced to an extreme.
        """
        proba = self.predict_proba(texts, langs)
        pos = SENTIMENT_LABELS.index("positive")
        neg = SENTIMENT_LABELS.index("negative")
        return np.clip(proba[:, pos] - proba[:, neg], -1.0, 1.0)

    def save(self, path: str | Path) -> None:
        """Write the fitted model into the folder ``path`` (created if needed).

        Writes ``config.json`` (hyper-parameters, format) and ``weights.npz``
        (per sub-model: kept columns, idf, float16 coefficients, intercepts).
        """
        check_is_fitted(self, "models_")
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        config = {
            "format": _FORMAT,
            "version": MODEL_VERSION,
            "labels": list(SENTIMENT_LABELS),
            "params": self.get_params(),
            "languages": self.languages_,
        }
        (path / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
        arrays: dict[str, np.ndarray] = {}
        for i, lang in enumerate(self.languages_):
            model = self.models_[lang]
            arrays[f"m{i}_columns"] = model.columns.astype(np.int32)
            arrays[f"m{i}_idf"] = model.idf.astype(np.float16)
            arrays[f"m{i}_coef"] = model.coef.astype(np.float16)
            arrays[f"m{i}_intercept"] = model.intercept.astype(np.float32)
        np.savez_compressed(path / "weights.npz", **arrays)

    @classmethod
    def load(cls, path: str | Path) -> SentimentClassifier:
        """Return the model saved in folder ``path`` by :meth:`save`.

        Raises:
            FileNotFoundError: If the folder lacks ``config.json`` or ``weights.npz``.
            ValueError: If the files were written in another format.
        """
        path = Path(path)
        config_path, weights_path = path / "config.json", path / "weights.npz"
        if not config_path.is_file() or not weights_path.is_file():
            raise FileNotFoundError(f"no sentiment model in {path} (config.json, weights.npz)")
        config = json.loads(config_path.read_text(encoding="utf-8"))
        if config.get("format") != _FORMAT:
            raise ValueError(f"{path}: unsupported sentiment model format {config.get('format')}")
        model = cls(**config["params"])
        model.models_ = {}
        with np.load(weights_path) as weights:
            for i, lang in enumerate(config["languages"]):
                model.models_[lang] = _LinearSubModel(
                    columns=weights[f"m{i}_columns"].astype(np.int64),
                    idf=weights[f"m{i}_idf"].astype(np.float32),
                    coef=weights[f"m{i}_coef"].astype(np.float32),
                    intercept=weights[f"m{i}_intercept"],
                )
        model.languages_ = list(config["languages"])
        model.classes_ = np.array(SENTIMENT_LABELS)
        return model


def load_default_sentiment_model() -> SentimentClassifier:
    """Return the sentiment model shipped in ``models/sentiment/<version>``.

    Raises:
        FileNotFoundError: If it has not been trained; the message says how to train it.
    """
    try:
        return SentimentClassifier.load(DEFAULT_SENTIMENT_MODEL)
    except FileNotFoundError as exc:
        raise FileNotFoundError(
            f"sentiment model not found at {DEFAULT_SENTIMENT_MODEL}; train it with "
            "`make train-sentiment` (scripts/train_sentiment.py)"
        ) from exc


def sentiment_report(
    y_true: Sequence[str], y_pred: Sequence[str], langs: Sequence[str]
) -> dict:
    """Return accuracy and macro-F1 overall and per language.

    Macro-F1 averages over the labels present in ``y_true`` or ``y_pred``.

    Args:
        y_true: Gold labels.
        y_pred: Predicted labels.
        langs: Language per item (any grouping key works, e.g. dataset names).

    Returns:
        ``{"accuracy", "macro_f1", "n", "by_lang": {lang: {"accuracy", "macro_f1", "n"}}}``.
    """
    if not len(y_true) == len(y_pred) == len(langs):
        raise ValueError("y_true, y_pred and langs must have the same length")

    def scores(true: list[str], pred: list[str]) -> dict:
        return {
            "accuracy": float(accuracy_score(true, pred)) if true else 0.0,
            "macro_f1": float(f1_score(true, pred, average="macro", zero_division=0))
            if true
            else 0.0,
            "n": len(true),
        }

    report = scores(list(y_true), list(y_pred))
    report["by_lang"] = {}
    for lang in sorted(set(langs)):
        idx = [i for i, g in enumerate(langs) if g == lang]
        report["by_lang"][lang] = scores([y_true[i] for i in idx], [y_pred[i] for i in idx])
    return report
