"""Out-of-fold tuning of the sentiment model's per-set choices.

:class:`vocmine.sentiment.classifier.SentimentClassifier` mixes, per training set (domain), an
n-gram expert with an embedding head. The mix weight chosen on one small validation
slice is noisy; here each training row gets the probabilities of its own domain's
expert and head from a model that never saw it (k-fold), so the weight can be chosen
on all the rows at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import NamedTuple

import numpy as np
from sklearn.base import clone
from sklearn.model_selection import StratifiedKFold

from vocmine.sentiment.classifier import SENTIMENT_LABELS, SentimentClassifier, tune_fusion

logger = logging.getLogger(__name__)

FoldCallback = Callable[[int, int], None]
"""Called as ``callback(fold, n_splits)`` after each fold is fitted and scored."""


class OutOfFoldProba(NamedTuple):
    """Out-of-fold probabilities of each row, columns in :data:`SENTIMENT_LABELS` order.

    ``head`` and ``pooled`` are ``None`` without embeddings; their rows without a finite
    embedding are NaN.
    """

    ngram: np.ndarray
    """The row's own domain's n-gram expert."""
    head: np.ndarray | None
    """The row's own domain's embedding head."""
    pooled: np.ndarray | None
    """The pooled embedding head (all languages and domains)."""


def out_of_fold_expert_proba(
    estimator: SentimentClassifier,
    texts: Sequence[str],
    labels: Sequence[str],
    langs: Sequence[str],
    domains: Sequence[str],
    embeddings: np.ndarray | None = None,
    n_splits: int = 4,
    seed: int = 0,
    on_fold: FoldCallback | None = None,
) -> OutOfFoldProba:
    """Return each row's own-domain expert and head probabilities from models that never saw it.

    The rows are split into ``n_splits`` folds stratified by domain and label; a clone
    of ``estimator`` is fitted on all folds but one and scores the held-out fold with the
    expert (and embedding head) of each row's own domain, and the pooled head, unmixed.

    Args:
        estimator: An unfitted :class:`SentimentClassifier` with the parameters to tune
            for (its ``fusion_by_domain`` does not matter: the outputs are unmixed).
        texts: Training texts.
        labels: One of :data:`SENTIMENT_LABELS` per text.
        langs: Language per text (each must have training rows, as in ``fit``).
        domains: Domain (training set) per text.
        embeddings: ``(n, dim)`` vectors, NaN rows for texts left unembedded; required
            when ``estimator.embedder_name`` is set.
        n_splits: Number of folds (at least 2).
        seed: Seed of the fold assignment.
        on_fold: Optional progress callback.

    Returns:
        :class:`OutOfFoldProba` with arrays of shape ``(n, 3)``.

    Example:
        >>> texts = ["great", "awful", "fine", "superb", "terrible", "ok"] * 4
        >>> labels = ["positive", "negative", "neutral"] * 8
        >>> oof = out_of_fold_expert_proba(
        ...     SentimentClassifier(min_df=1), texts, labels, ["en"] * 24, ["a"] * 24, n_splits=2
        ... )
        >>> oof.ngram.shape, oof.head is None, oof.pooled is None
        ((24, 3), True, True)
    """
    n = len(texts)
    if any(len(v) != n for v in (labels, langs, domains)):
        raise ValueError("texts, labels, langs and domains must have the same length")
    if embeddings is not None and len(embeddings) != n:
        raise ValueError("texts and embeddings must have the same length")
    lang_arr = np.asarray(langs, dtype=object)
    dom_arr = np.asarray(domains, dtype=object)
    strata = [f"{d}\t{y}" for d, y in zip(domains, labels, strict=True)]
    ngram = np.full((n, len(SENTIMENT_LABELS)), np.nan)
    head = None if embeddings is None else np.full_like(ngram, np.nan)
    pooled = None if embeddings is None else np.full_like(ngram, np.nan)
    folds = StratifiedKFold(n_splits, shuffle=True, random_state=seed).split(texts, strata)
    for fold, (fit_rows, held) in enumerate(folds):
        model = clone(estimator).fit(
            [texts[i] for i in fit_rows],
            [labels[i] for i in fit_rows],
            lang_arr[fit_rows].tolist(),
            dom_arr[fit_rows].tolist(),
            embeddings[fit_rows] if embeddings is not None else None,
        )
        if pooled is not None:
            p_pooled = model.pooled_head_proba(embeddings[held])
            if p_pooled is not None:
                pooled[held] = p_pooled
        groups = sorted(set(zip(lang_arr[held].tolist(), dom_arr[held].tolist(), strict=True)))
        for lang, domain in groups:
            rows = held[(lang_arr[held] == lang) & (dom_arr[held] == domain)]
            vectors = embeddings[rows] if embeddings is not None else None
            p_ngram, p_head = model.domain_expert_proba(
                [texts[i] for i in rows], lang, domain, vectors
            )
            ngram[rows] = p_ngram
            if head is not None and p_head is not None:
                head[rows] = p_head
        logger.info("out-of-fold predictions: fold %d/%d done", fold + 1, n_splits)
        if on_fold is not None:
            on_fold(fold, n_splits)
    return OutOfFoldProba(ngram, head, pooled)


def tune_fusion_by_domain(
    ngram_proba: np.ndarray,
    head_proba: np.ndarray,
    labels: Sequence[str],
    domains: Sequence[str],
    grid: Sequence[float] = tuple(np.round(np.arange(0.0, 1.01, 0.1), 2)),
) -> dict[str, float]:
    """Return the embedding-head weight per domain that maximises macro-F1 on the rows.

    Rows whose head probabilities are not finite (texts left unembedded) are skipped;
    a domain with no such row is left out of the result. See
    :func:`vocmine.sentiment.classifier.tune_fusion` for the mix and the tie rule.

    Args:
        ngram_proba: ``(n, 3)`` held-out (e.g. out-of-fold) n-gram expert probabilities.
        head_proba: ``(n, 3)`` held-out embedding-head probabilities of the same rows.
        labels: Gold label per row.
        domains: Domain per row.
        grid: Weights tried.

    Returns:
        Domain -> weight of its embedding head.

    Example:
        >>> ngram = np.array([[0.6, 0.1, 0.3], [0.6, 0.1, 0.3], [0.2, 0.1, 0.7]])
        >>> head = np.array([[0.9, 0.05, 0.05], [0.05, 0.05, 0.9], [np.nan] * 3])
        >>> tune_fusion_by_domain(ngram, head, ["negative", "positive", "positive"], "aab")
        {'a': 0.2}
    """
    dom_arr = np.asarray(list(domains), dtype=object)
    label_arr = np.asarray(list(labels), dtype=object)
    usable = np.isfinite(head_proba).all(axis=1) & np.isfinite(ngram_proba).all(axis=1)
    out = {}
    for domain in sorted(set(dom_arr[usable].tolist())):
        rows = usable & (dom_arr == domain)
        out[domain] = tune_fusion(
            ngram_proba[rows], head_proba[rows], label_arr[rows].tolist(), grid
        )
    return out


def tune_fusion_temperature(
    ngram_proba: np.ndarray,
    head_proba: np.ndarray,
    labels: Sequence[str],
    weight: float,
    grid: Sequence[float] = tuple(np.round(np.arange(0.5, 3.001, 0.05), 2)),
) -> float:
    """Return the factor on the mixed log-probabilities that minimises held-out log-loss.

    The model's mix is ``softmax(t * ((1 - weight) * log P_ngram + weight * log P_head))``.
    A log-linear mix of two models is flatter than either when they disagree, so
    ``t`` is usually above 1. ``t`` never changes which label is most probable.

    Args:
        ngram_proba: ``(n, 3)`` held-out (e.g. out-of-fold) n-gram expert probabilities.
        head_proba: ``(n, 3)`` held-out embedding-head probabilities of the same rows.
        labels: Gold label per row.
        weight: The head's weight in the mix (see :func:`tune_fusion_by_domain`).
        grid: Factors tried; ties go to the one closest to 1.

    Returns:
        The chosen factor.

    Example:
        >>> ngram = np.array([[0.6, 0.2, 0.2], [0.2, 0.2, 0.6]] * 5)
        >>> head = np.array([[0.5, 0.3, 0.2], [0.2, 0.3, 0.5]] * 5)
        >>> tune_fusion_temperature(ngram, head, ["negative", "positive"] * 5, 0.5)
        3.0
    """
    y = np.array([SENTIMENT_LABELS.index(label) for label in labels])
    # The mix normalised: a per-row shift, so t * mixed has the same softmax as the model's.
    mixed = np.log(np.clip(first_mix_proba(ngram_proba, head_proba, weight), 1e-300, 1.0))
    best_t, best = 1.0, np.inf
    for t in sorted(grid, key=lambda g: (abs(g - 1.0), g)):
        logits = t * mixed
        logits = logits - logits.max(axis=1, keepdims=True)
        log_p = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
        loss = float(-log_p[np.arange(len(y)), y].mean())
        if loss < best - 1e-9:
            best_t, best = float(t), loss
    return best_t


def expected_calibration_error(proba: np.ndarray, labels: Sequence[str], bins: int = 10) -> float:
    """Return the expected calibration error of the most probable label (equal-width bins).

    Example:
        >>> expected_calibration_error(np.array([[0.9, 0.05, 0.05]] * 10), ["negative"] * 9 + ["positive"])
        0.0
    """
    y = np.array([SENTIMENT_LABELS.index(label) for label in labels])
    confidence = proba.max(axis=1)
    correct = proba.argmax(axis=1) == y
    edges = np.linspace(0.0, 1.0, bins + 1)
    error = 0.0
    for low, high in zip(edges[:-1], edges[1:], strict=True):
        in_bin = (confidence > low) & (confidence <= high)
        if in_bin.any():
            error += in_bin.mean() * abs(confidence[in_bin].mean() - correct[in_bin].mean())
    return round(float(error), 6)


def tune_pooled_weight(
    ngram_proba: np.ndarray,
    head_proba: np.ndarray,
    pooled_proba: np.ndarray,
    labels: Sequence[str],
    weight: float,
) -> float:
    """Return the pooled head's weight that maximises macro-F1 on held-out rows.

    The domain's first mix ``(1 - weight) log P_ngram + weight log P_head`` is mixed again
    with the pooled head, as the model does; ties go to the smallest weight (see
    :func:`vocmine.sentiment.classifier.tune_fusion`).

    Args:
        ngram_proba: ``(n, 3)`` held-out n-gram expert probabilities.
        head_proba: ``(n, 3)`` held-out embedding-head probabilities of the same rows.
        pooled_proba: ``(n, 3)`` held-out pooled-head probabilities of the same rows.
        labels: Gold label per row.
        weight: The domain head's weight in the first mix.

    Example:
        >>> ngram = head = np.array([[0.6, 0.1, 0.3], [0.6, 0.1, 0.3]])
        >>> pooled = np.array([[0.8, 0.1, 0.1], [0.1, 0.1, 0.8]])
        >>> tune_pooled_weight(ngram, head, pooled, ["negative", "positive"], 0.5)
        0.3
    """
    return tune_fusion(first_mix_proba(ngram_proba, head_proba, weight), pooled_proba, labels)


def first_mix_proba(ngram_proba: np.ndarray, head_proba: np.ndarray, weight: float) -> np.ndarray:
    """Return ``softmax((1 - weight) log P_ngram + weight log P_head)``, the model's first mix."""
    mixed = (1 - weight) * np.log(np.clip(ngram_proba, 1e-12, 1.0)) + weight * np.log(
        np.clip(head_proba, 1e-12, 1.0)
    )
    mixed = np.exp(mixed - mixed.max(axis=1, keepdims=True))
    return mixed / mixed.sum(axis=1, keepdims=True)
