"""LearnedCategoriser with an embedding head: fusion, NaN rows, save/load, old models."""

from __future__ import annotations

import joblib
import numpy as np
import pytest

from vocmine.categorise.learned import LearnedCategoriser

TEXTS = ["alpha one", "alpha two", "alpha three", "beta one", "beta two", "beta three"] * 3
LABELS = ["A", "A", "A", "B", "B", "B"] * 3
A_VEC, B_VEC = [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]


def _vectors(labels: list[str], seed: int = 0) -> np.ndarray:
    """Unit vectors pointing at each label's direction, with a little noise."""
    rng = np.random.default_rng(seed)
    base = np.array([A_VEC if y == "A" else B_VEC for y in labels], dtype=np.float32)
    noisy = base + 0.05 * rng.standard_normal(base.shape).astype(np.float32)
    return noisy / np.linalg.norm(noisy, axis=1, keepdims=True)


def _fit(fusion: float = 0.5, **kwargs) -> LearnedCategoriser:
    model = LearnedCategoriser(min_df=1, embedder_name="toy", fusion=fusion, **kwargs)
    return model.fit(TEXTS, LABELS, embeddings=_vectors(LABELS))


# The n-grams say A ("alpha"), the vector says B.
QUERY, QUERY_VEC = ["alpha"], np.array([B_VEC], dtype=np.float32)


@pytest.mark.parametrize(("fusion", "expected"), [(0.0, "A"), (1.0, "B")])
def test_fusion_weight_decides_between_ngrams_and_head(fusion, expected):
    model = _fit(fusion)
    assert model.predict(QUERY, embeddings=QUERY_VEC) == [[expected]]
    # Without vectors, or with a NaN row, only the n-grams speak.
    assert model.predict(QUERY) == [["A"]]
    assert model.predict(QUERY, embeddings=np.full((1, 3), np.nan)) == [["A"]]


def test_fused_probabilities_are_the_weighted_log_probability_mix():
    model = _fit(0.3)
    queries = ["alpha", "beta two", "gamma"]
    vectors = _vectors(["B", "B", "A"], seed=1)
    ngram = model.predict_proba(queries)
    head = model.head_.predict_proba(vectors)
    mixed = np.exp(0.7 * np.log(ngram) + 0.3 * np.log(head))
    expected = mixed / mixed.sum(axis=1, keepdims=True)
    assert np.allclose(model.predict_proba(queries, embeddings=vectors), expected, atol=1e-6)
    # Only the embedded row changes when the others are NaN.
    partial = vectors.copy()
    partial[1:] = np.nan
    got = model.predict_proba(queries, embeddings=partial)
    assert np.allclose(got[0], expected[0], atol=1e-6)
    assert np.allclose(got[1:], ngram[1:])


def test_multi_label_head_mixes_log_odds():
    labels = [["A"] if y == "A" else ["B"] for y in LABELS]
    labels[:2] = [["A", "B"], []]
    model = LearnedCategoriser(min_df=1, class_weight=None, embedder_name="toy", fusion=0.5)
    model.fit(TEXTS, labels, embeddings=_vectors(LABELS))
    assert model.multilabel_ and model.classes_ == ["A", "B"]
    vectors = _vectors(["B", "A"], seed=2)
    ngram = model.predict_proba(["alpha", "beta"])
    head = model.head_.predict_proba(vectors)
    logit = 0.5 * np.log(ngram / (1 - ngram)) + 0.5 * np.log(head / (1 - head))
    fused = model.predict_proba(["alpha", "beta"], embeddings=vectors)
    assert np.allclose(fused, 1 / (1 + np.exp(-logit)), atol=1e-6)
    assert not np.allclose(fused, ngram)


def test_head_learns_only_from_embedded_rows():
    vectors = _vectors(LABELS)
    vectors[::2] = np.nan
    model = LearnedCategoriser(min_df=1, embedder_name="toy", fusion=1.0)
    model.fit(TEXTS, LABELS, embeddings=vectors)
    assert model.predict(QUERY, embeddings=QUERY_VEC) == [["B"]]


@pytest.mark.parametrize(
    ("kwargs", "embeddings", "message"),
    [
        ({}, _vectors(LABELS), "embedder_name"),
        ({"embedder_name": "toy"}, None, "embedder_name"),
        ({"embedder_name": "toy"}, _vectors(LABELS)[:3], "embeddings"),
        ({"embedder_name": "toy", "fusion": 1.5}, _vectors(LABELS), "fusion"),
    ],
)
def test_fit_rejects_inconsistent_embedding_arguments(kwargs, embeddings, message):
    with pytest.raises(ValueError, match=message):
        LearnedCategoriser(min_df=1, **kwargs).fit(TEXTS, LABELS, embeddings=embeddings)


def test_fit_rejects_embedded_rows_that_miss_a_label():
    vectors = _vectors(LABELS)
    vectors[np.array(LABELS) == "B"] = np.nan
    with pytest.raises(ValueError, match=r"miss the labels \['B'\]"):
        LearnedCategoriser(min_df=1, embedder_name="toy").fit(TEXTS, LABELS, embeddings=vectors)


def test_save_and_load_keep_the_head(tmp_path):
    model = _fit(0.8)
    model.save(tmp_path / "model")
    again = LearnedCategoriser.load(tmp_path / "model")
    assert again.accepts_embeddings_from("toy")
    assert not again.accepts_embeddings_from("other")
    assert again.fusion == 0.8
    vectors = _vectors(["B"], seed=3)
    assert again.score(QUERY, embeddings=vectors) == model.score(QUERY, embeddings=vectors)
    assert again.predict(QUERY, embeddings=QUERY_VEC) == [["B"]]


def test_model_without_head_ignores_vectors():
    model = LearnedCategoriser(min_df=1).fit(TEXTS, LABELS)
    assert model.head_ is None and not model.accepts_embeddings_from(None)
    assert np.allclose(model.predict_proba(QUERY, embeddings=QUERY_VEC), model.predict_proba(QUERY))


def test_models_saved_before_the_head_still_load(tmp_path):
    model = LearnedCategoriser(min_df=1, strip_handles=False).fit(TEXTS, LABELS)
    expected = model.predict_proba(["@beta alpha"])
    for name in ("embedder_name", "embedding_C", "fusion", "head_", "strip_handles"):
        del model.__dict__[name]  # what a pickle of the previous versions holds
    (tmp_path / "old").mkdir()
    joblib.dump(model, tmp_path / "old" / LearnedCategoriser.MODEL_FILE)
    old = LearnedCategoriser.load(tmp_path / "old")
    assert old.head_ is None and old.embedder_name is None and not old.strip_handles
    assert not old.accepts_embeddings_from("toy")
    assert np.allclose(old.predict_proba(["@beta alpha"], embeddings=QUERY_VEC), expected)
    assert "LearnedCategoriser" in repr(old)


def test_analyser_feeds_document_vectors_only_from_the_models_embedder():
    from vocmine.analysis.analyser import Analyser
    from vocmine.categorise import Categoriser, SignalDetector
    from vocmine.lang.detect import LanguageDetector
    from vocmine.nlp.redact import Redactor
    from vocmine.nlp.text import TextProcessor
    from vocmine.registry import load_sentiment_model
    from vocmine.schemas import FeedbackItem

    class BVectors:
        def __init__(self, name: str) -> None:
            self.name = name

        def embed(self, texts, progress=None):
            return np.array([B_VEC] * len(texts), dtype=np.float32)

    learned = _fit(1.0)
    sentiment = load_sentiment_model()

    def learned_labels(embedder_name: str) -> list[str]:
        analyser = Analyser(
            detector=LanguageDetector(),
            redactor=Redactor(),
            nlp=TextProcessor(),
            sentiment=sentiment,
            categoriser=Categoriser(embedder=None).fit(),
            signals=SignalDetector().fit(),
            embedder=BVectors(embedder_name),
            learned=learned,
        )
        item = FeedbackItem(source="t", external_id="1", text="alpha", lang="en")
        (insight,) = analyser.analyse([item])
        assert insight.error is None
        return insight.learned_categories

    assert learned_labels("toy") == ["B"]  # the head's vector decides
    assert learned_labels("other-model") == ["A"]  # n-grams only
