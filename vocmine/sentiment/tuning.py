"""Tuning of the sentiment model's per-set choices on held-out rows (training only).

:class:`vocmine.sentiment.classifier.SentimentClassifier` mixes, per training set (domain), an
n-gram expert with an embedding head. The mix weight chosen on one small validation
slice is noisy; here each training row gets the probabilities of its own domain's
expert and head from a model that never saw it (k-fold), so the weight can be chosen
on all the rows at once. The grid searches on held-out probabilities live here too:
:func:`tune_fusion` (the head's weight), :func:`tune_class_bias` (per-label offsets),
the pooled head's weight and the mix's temperature. The recipe that calls them is
:mod:`vocmine.sentiment.train`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
from sklearn.base import clone
from sklearn.model_selection import StratifiedKFold

from vocmine.protocols import ProgressCallback
from vocmine.schemas import SENTIMENT_LABELS
from vocmine.sentiment.classifier import SentimentClassifier

logger = logging.getLogger(__name__)


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
    on_fold: ProgressCallback | None = None,
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
        if pooled is not None and embeddings is not None:
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
    :func:`tune_fusion` for the mix and the tie rule.

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
    :func:`tune_fusion`).

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


def _macro_f1(y_true: np.ndarray, y_pred: np.ndarray, labels: np.ndarray) -> float:
    """Return macro-F1 over ``labels`` (fast, no input checks)."""
    scores = []
    for label in labels:
        tp = np.sum((y_pred == label) & (y_true == label))
        denom = np.sum(y_pred == label) + np.sum(y_true == label)
        scores.append(2 * tp / denom if denom else 0.0)
    return float(np.mean(scores))


def tune_class_bias(
    proba: np.ndarray,
    y_true: Sequence[str],
    max_offset: float = 1.0,
    step: float = 0.1,
    min_gain: float = 0.005,
) -> list[float]:
    """Return log-odds offsets per label that maximise macro-F1 on held-out rows.

    A class-balanced logistic regression still under-predicts rare classes at
    argmax; adding a constant to each class's log-probability moves the decision
    boundaries. The first label present stays at 0; the others are searched on a grid
    in ``[-max_offset, max_offset]``. Offsets are kept only if they raise macro-F1 by
    at least ``min_gain`` over no offsets (guarding small sets against noise).

    Args:
        proba: Held-out class probabilities, columns in :data:`SENTIMENT_LABELS` order.
        y_true: Gold labels of the same rows.
        max_offset: Largest absolute offset tried.
        step: Grid step.
        min_gain: Smallest macro-F1 gain that justifies offsets.

    Returns:
        One offset per label in :data:`SENTIMENT_LABELS` order (0 for absent labels).

    Example:
        >>> p = np.array([[0.6, 0.3, 0.1], [0.55, 0.4, 0.05], [0.1, 0.2, 0.7]])
        >>> tune_class_bias(p, ["negative", "neutral", "positive"], min_gain=0.0)[1] > 0
        True
    """
    y = np.array([SENTIMENT_LABELS.index(label) for label in y_true])
    present = np.unique(y)
    logp = np.log(np.clip(proba, 1e-12, 1.0))
    offsets = np.zeros(len(SENTIMENT_LABELS))
    base = best = _macro_f1(y, present[logp[:, present].argmax(axis=1)], present)
    grid = np.round(np.arange(-max_offset, max_offset + step / 2, step), 6)
    free = present[1:]
    for combo in np.array(np.meshgrid(*[grid] * len(free))).T.reshape(-1, len(free)):
        trial = np.zeros(len(SENTIMENT_LABELS))
        trial[free] = combo
        pred = present[(logp[:, present] + trial[present]).argmax(axis=1)]
        score = _macro_f1(y, pred, present)
        if score > best + 1e-12 or (score == best and np.abs(trial).sum() < np.abs(offsets).sum()):
            best, offsets = score, trial
    if best - base < min_gain:
        return [0.0] * len(SENTIMENT_LABELS)
    return [round(float(v), 3) + 0.0 for v in offsets]


def tune_fusion(
    ngram_proba: np.ndarray,
    embedding_proba: np.ndarray,
    y_true: Sequence[str],
    grid: Sequence[float] = tuple(np.round(np.arange(0.0, 1.01, 0.1), 2)),
) -> float:
    """Return the embedding head's weight in ``grid`` that maximises macro-F1 on held-out rows.

    The mix is ``(1 - w) * log P_ngram + w * log P_embedding``. Ties go to the smallest
    weight: the n-gram expert has seen every training row, the head only a sample, and
    on a few hundred validation rows many weights tie.

    Args:
        ngram_proba: Held-out probabilities of the n-gram expert.
        embedding_proba: Held-out probabilities of the embedding head, same rows.
        y_true: Gold labels of the rows.
        grid: Weights tried.

    Returns:
        The chosen weight.

    Example:
        >>> ngram = np.array([[0.6, 0.1, 0.3], [0.6, 0.1, 0.3]])
        >>> emb = np.array([[0.9, 0.05, 0.05], [0.05, 0.05, 0.9]])
        >>> tune_fusion(ngram, emb, ["negative", "positive"])  # smallest weight that fixes row 2
        0.2
    """
    y = np.array([SENTIMENT_LABELS.index(label) for label in y_true])
    present = np.unique(y)
    log_n = np.log(np.clip(ngram_proba, 1e-12, 1.0))
    log_e = np.log(np.clip(embedding_proba, 1e-12, 1.0))
    best_w, best = 0.0, -1.0
    for w in sorted(grid):
        mixed = (1 - w) * log_n + w * log_e
        score = _macro_f1(y, present[mixed[:, present].argmax(axis=1)], present)
        if score > best + 1e-12:
            best_w, best = float(w), score
    return best_w
