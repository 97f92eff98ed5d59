"""Tests of vocmine.sentiment.tuning (out-of-fold expert probabilities, fusion weights)."""

from __future__ import annotations

import numpy as np
import pytest

from vocmine.schemas import SENTIMENT_LABELS
from vocmine.sentiment.classifier import SentimentClassifier
from vocmine.sentiment.tuning import (
    expected_calibration_error,
    out_of_fold_expert_proba,
    tune_fusion_by_domain,
    tune_fusion_temperature,
    tune_pooled_weight,
)


def _memorisable(n: int = 90, seed: int = 0) -> tuple[list[str], list[str]]:
    """Texts made of one unique token each, with random labels: only memory can fit them."""
    rng = np.random.default_rng(seed)
    labels = [SENTIMENT_LABELS[i] for i in rng.integers(0, 3, n)]
    texts = [f"tok{i:03d}x tok{i:03d}y" for i in range(n)]
    return texts, labels


def _accuracy(proba: np.ndarray, labels: list[str]) -> float:
    return float(
        np.mean([SENTIMENT_LABELS[k] == y for k, y in zip(proba.argmax(1), labels, strict=True)])
    )


def test_out_of_fold_rows_are_scored_by_a_model_that_never_saw_them():
    texts, labels = _memorisable()
    langs, domains = ["en"] * len(texts), ["a"] * len(texts)
    model = SentimentClassifier(C=100.0, min_df=1).fit(texts, labels, langs, domains)
    in_sample, _ = model.domain_expert_proba(texts, "en", "a")
    assert _accuracy(in_sample, labels) > 0.9  # memorised
    ngram, head, pooled = out_of_fold_expert_proba(
        SentimentClassifier(C=100.0, min_df=1), texts, labels, langs, domains, n_splits=3
    )
    assert head is None and pooled is None
    assert ngram.shape == (len(texts), 3)
    np.testing.assert_allclose(ngram.sum(axis=1), 1.0, atol=1e-5)
    # Unseen tokens carry no information: out of fold, about chance (1/3).
    assert _accuracy(ngram, labels) < 0.6


def test_out_of_fold_uses_each_rows_own_domain_and_marks_unembedded_rows():
    texts = ["great", "awful", "fine", "superb", "terrible", "ok"] * 6
    labels = ["positive", "negative", "neutral"] * 12
    langs = ["en"] * 18 + ["pl"] * 18
    domains = ["a"] * 9 + ["b"] * 9 + ["c"] * 18
    vectors = np.zeros((36, 4), dtype=np.float32)
    for i, label in enumerate(labels):
        vectors[i, SENTIMENT_LABELS.index(label)] = 2.0
    vectors[::5] = np.nan
    ngram, head, pooled = out_of_fold_expert_proba(
        SentimentClassifier(min_df=1, embedder_name="toy"),
        texts,
        labels,
        langs,
        domains,
        vectors,
        n_splits=3,
    )
    assert np.isfinite(ngram).all()
    assert np.isnan(head[::5]).all()
    embedded = np.isfinite(vectors).all(axis=1)
    assert np.isfinite(head[embedded]).all()
    # The toy vectors give the label away: the held-out heads get it right.
    assert _accuracy(head[embedded], list(np.asarray(labels)[embedded])) == 1.0
    # The pooled head (all languages and domains) is scored out of fold on the same rows.
    assert np.isnan(pooled[::5]).all()
    assert _accuracy(pooled[embedded], list(np.asarray(labels)[embedded])) == 1.0


def test_out_of_fold_checks_lengths():
    with pytest.raises(ValueError, match="same length"):
        out_of_fold_expert_proba(SentimentClassifier(), ["a", "b"], ["positive"], ["en"] * 2, "ab")


def test_tune_fusion_by_domain_tunes_each_domain_on_its_embedded_rows():
    ngram = np.array([[0.6, 0.1, 0.3]] * 4)
    # Domain a: the head fixes row 2 from weight 0.2; domain b: the head is always wrong.
    head = np.array(
        [[0.9, 0.05, 0.05], [0.05, 0.05, 0.9], [0.05, 0.05, 0.9], [np.nan] * 3],
    )
    labels = ["negative", "positive", "negative", "positive"]
    weights = tune_fusion_by_domain(ngram, head, labels, ["a", "a", "b", "c"])
    assert weights == {"a": 0.2, "b": 0.0}  # c has no embedded row


def test_fusion_temperature_sharpens_an_under_confident_mix_and_leaves_a_calibrated_one():
    rng = np.random.default_rng(0)
    n = 3000
    # Calibrated logits: sample each row's label from softmax(logits).
    logits = rng.normal(scale=2.0, size=(n, 3))
    proba = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    y = np.array([rng.choice(3, p=p) for p in proba])
    labels = [SENTIMENT_LABELS[k] for k in y]
    # Both parts equal the calibrated model: the mix is calibrated too.
    assert tune_fusion_temperature(proba, proba, labels, 0.5) == pytest.approx(1.0, abs=0.1)
    # Both parts flattened (logits halved): the factor brings them back near 2.
    flat = np.exp(logits / 2) / np.exp(logits / 2).sum(axis=1, keepdims=True)
    t = tune_fusion_temperature(flat, flat, labels, 0.5)
    assert 1.7 <= t <= 2.3
    before = expected_calibration_error(flat, labels)
    scaled = np.exp(t * np.log(flat))
    scaled /= scaled.sum(axis=1, keepdims=True)
    assert expected_calibration_error(scaled, labels) < before / 2


def test_tune_pooled_weight_takes_the_smallest_weight_that_helps():
    first = np.array([[0.6, 0.1, 0.3]] * 4)
    labels = ["negative", "positive", "negative", "positive"]
    useless = np.full((4, 3), 1 / 3)
    assert tune_pooled_weight(first, first, useless, labels, 0.5) == 0.0
    # The pooled head knows rows 2 and 4 are positive: from 0.3 on it outvotes the rest.
    knowing = np.array([[0.8, 0.1, 0.1], [0.1, 0.1, 0.8]] * 2)
    assert tune_pooled_weight(first, first, knowing, labels, 0.5) == 0.3
