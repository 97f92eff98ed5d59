"""Tests of the sentiment model's transfer: LODO measurement and per-input pooled weighting."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from vocmine.sentiment.classifier import SentimentClassifier
from vocmine.sentiment.generalization import (
    POOLED_ALONE,
    LodoVariant,
    leave_one_dataset_out,
    lodo_markdown,
)

REPO = Path(__file__).resolve().parents[2]
DIM = 12

WORDS = {
    "positive": ["great", "lovely", "super", "thanks"],
    "negative": ["awful", "broken", "late", "never"],
    "neutral": ["where", "when", "address", "hours"],
}


def _rows_and_vectors(
    sets: dict[str, tuple[str, int, tuple[str, ...]]], per_label: int = 12, seed: int = 0
) -> tuple[list[dict], np.ndarray]:
    """Return synthetic rows and vectors: each set's vectors sit around its own axis.

    ``sets`` maps a set name to (language, axis, labels). Dims 0-2 carry the label,
    the set's axis (>= 3) its domain.
    """
    rng = np.random.default_rng(seed)
    rows, vectors = [], []
    for name, (lang, axis, labels) in sets.items():
        for label in labels:
            for i in range(per_label):
                words = rng.choice(WORDS[label], size=3).tolist()
                rows.append(
                    {
                        "text": f"{' '.join(words)} {name} {i}",
                        "lang": lang,
                        "sentiment": label,
                        "dataset": name,
                    }
                )
                vector = rng.normal(0, 0.05, DIM)
                vector[axis] += 3.0
                vector[["negative", "neutral", "positive"].index(label)] += 1.0
                vectors.append(vector)
    return rows, np.array(vectors, dtype=np.float32)


THREE = ("negative", "neutral", "positive")
SETS = {
    "shop_en": ("en", 3, THREE),
    "tweets_en": ("en", 4, THREE),
    "pairs_en": ("en", 5, ("negative", "positive")),
    "shop_de": ("de", 6, THREE),
}


class RecordingClassifier(SentimentClassifier):
    """Remembers the domains of every fit (class attribute, shared by instances)."""

    fitted_domains: list[set[str]] = []  # noqa: RUF012  # test-only record

    def fit(self, texts, labels, langs=None, domains=None, embeddings=None):  # type: ignore[override]
        RecordingClassifier.fitted_domains.append(set(domains or []))
        return super().fit(texts, labels, langs, domains, embeddings)


def _model(**params: object) -> SentimentClassifier:
    return SentimentClassifier(
        embedder_name="toy", C=1.0, min_df=1, max_iter=200, embedding_C=1.0, **params
    )


def test_lodo_never_fits_on_the_held_out_set() -> None:
    rows, vectors = _rows_and_vectors(SETS)
    RecordingClassifier.fitted_domains = []
    report = leave_one_dataset_out(
        rows,
        vectors,
        lambda: RecordingClassifier(embedder_name="toy", min_df=1, max_iter=200),
        list(SETS),
        (LodoVariant("model"), LodoVariant("ngram", embeddings=False)),
    )
    assert len(RecordingClassifier.fitted_domains) == len(SETS)
    for held, fitted in zip(SETS, RecordingClassifier.fitted_domains, strict=True):
        assert held not in fitted
        assert fitted == set(SETS) - {held}
    assert list(report["sets"]) == list(SETS)
    pairs = report["sets"]["pairs_en"]
    assert pairs["two_class"] and pairs["gold_labels"] == ["negative", "positive"]
    assert pairs["n"] == 24 and pairs["fit_rows"] == len(rows) - 24
    # German is its only set's language: held out, it is served by coverage.
    assert report["sets"]["shop_de"]["route"].startswith("by coverage")
    assert report["sets"]["shop_en"]["route"] == "own language model"
    assert set(report["mean"]) == {"model", "ngram", POOLED_ALONE}
    for figures in report["sets"]["shop_en"]["variants"].values():
        assert 0.0 <= figures["accuracy"] <= 1.0
    assert "| pairs_en | en |" in lodo_markdown(report)


def test_lodo_scores_only_embedded_rows_and_rejects_bad_input() -> None:
    rows, vectors = _rows_and_vectors(SETS)
    vectors[:5] = np.nan  # first rows of shop_en: not embedded
    report = leave_one_dataset_out(rows, vectors, _model, list(SETS), pooled_alone=False)
    assert report["sets"]["shop_en"]["n"] == 36 - 5
    with pytest.raises(ValueError, match="at least two sets"):
        leave_one_dataset_out(rows, vectors, _model, ["shop_en"])
    with pytest.raises(ValueError, match="same length"):
        leave_one_dataset_out(rows, vectors[:-1], _model)


def _fitted_en_model(**params: object) -> tuple[SentimentClassifier, np.ndarray]:
    sets = {k: v for k, v in SETS.items() if v[0] == "en"}
    rows, vectors = _rows_and_vectors(sets)
    model = _model(
        pooled_weight_by_domain={name: 0.0 for name in sets},
        fusion_by_domain={name: 0.5 for name in sets},
        **params,
    ).fit(
        [r["text"] for r in rows],
        [r["sentiment"] for r in rows],
        [r["lang"] for r in rows],
        [r["dataset"] for r in rows],
        vectors,
    )
    return model, vectors


def test_out_of_domain_input_leans_on_the_pooled_head() -> None:
    model, vectors = _fitted_en_model()
    texts = ["great lovely thanks", "awful broken never"]
    # Far from every training set: the domain axes are empty, a new axis is set.
    far = np.zeros((2, DIM), dtype=np.float32)
    far[:, 9] = 3.0
    far[0, 2] += 1.0
    far[1, 0] += 1.0
    mixed = model.predict_proba(texts, ["en", "en"], far)
    model.set_params(ood_pooled_weight=1.0)
    leaning = model.predict_proba(texts, ["en", "en"], far)
    pooled = model.pooled_head_proba(far)
    assert pooled is not None
    assert np.allclose(leaning, pooled, atol=1e-5)
    assert not np.allclose(mixed, pooled, atol=1e-3)
    assert np.all(model.models_["en"].out_of_domain_share(far, (0.05, 0.5)) == 1.0)


def test_in_domain_input_keeps_the_tuned_mix() -> None:
    model, vectors = _fitted_en_model()
    texts = ["great lovely thanks", "where address hours"]
    centre = model.models_["en"].centroids
    assert centre is not None
    inside = (centre[[0, 0]] * 3.0).astype(np.float32)  # on the first set's centroid
    tuned = model.predict_proba(texts, ["en", "en"], inside)
    model.set_params(ood_pooled_weight=1.0)
    assert np.allclose(model.predict_proba(texts, ["en", "en"], inside), tuned)
    assert np.all(model.models_["en"].out_of_domain_share(inside, (0.05, 0.5)) == 0.0)


def test_a_language_without_a_model_counts_as_out_of_domain() -> None:
    model, vectors = _fitted_en_model(ood_pooled_weight=1.0)
    texts = ["great lovely thanks"]
    on_centroid = vectors[:1]
    pooled = model.pooled_head_proba(on_centroid)
    assert pooled is not None
    # "xx" has no model and no route: served by coverage, fully out of domain.
    assert np.allclose(model.predict_proba(texts, ["xx"], on_centroid), pooled, atol=1e-5)
    assert not np.allclose(model.predict_proba(texts, ["en"], on_centroid), pooled, atol=1e-3)


def test_centroids_survive_save_and_load(tmp_path: Path) -> None:
    model, _ = _fitted_en_model(ood_pooled_weight=0.8, ood_quantiles=(0.1, 0.6))
    far = np.zeros((1, DIM), dtype=np.float32)
    far[0, 9] = 3.0
    model.save(tmp_path)
    loaded = SentimentClassifier.load(tmp_path)
    assert loaded.ood_pooled_weight == 0.8
    assert np.allclose(
        loaded.predict_proba(["great"], ["en"], far),
        model.predict_proba(["great"], ["en"], far),
        atol=1e-3,
    )


def test_v4_still_loads_and_scores_as_before() -> None:
    v4 = SentimentClassifier.load(REPO / "models" / "sentiment" / "v4")
    assert v4.ood_pooled_weight == 0.0
    assert v4.models_["de"].centroids is None
    vector = np.full((1, 384), 0.05, dtype=np.float32)
    text = ["Das Paket ist nie angekommen."]
    before = v4.predict_proba(text, ["de"], vector)
    # Without centroids a v4 model keeps its tuned mix even when asked to lean.
    v4.set_params(ood_pooled_weight=1.0)
    assert np.allclose(v4.predict_proba(text, ["de"], vector), before)
    assert v4.predict(text, ["de"]) in (["negative"], ["neutral"], ["positive"])


def test_cli_lodo_names_a_missing_set(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from vocmine.cli.main import app

    result = CliRunner().invoke(
        app,
        ["evaluate", "sentiment-lodo", "--data-dir", str(tmp_path), "--sets", "a_set,b_set"],
    )
    assert result.exit_code == 2
    assert "a_set" in result.output and "missing" in result.output


def test_train_options_reject_bad_out_of_domain_settings() -> None:
    from vocmine.sentiment.train import TrainOptions

    with pytest.raises(ValueError, match="ood_pooled_weight"):
        TrainOptions(ood_pooled_weight=1.5)
    with pytest.raises(ValueError, match="ood_quantiles"):
        TrainOptions(ood_quantiles=(0.6, 0.5))


def test_centroids_fitted_afterwards_turn_the_weighting_on() -> None:
    v4 = SentimentClassifier.load(REPO / "models" / "sentiment" / "v4")
    rng = np.random.default_rng(1)
    centre = rng.normal(size=384).astype(np.float32)
    rows = (centre + rng.normal(0, 0.1, (30, 384))).astype(np.float32)
    v4.fit_domain_centroids(rows, ["de"] * 30, ["germeval2017_db_feedback"] * 30)
    assert v4.models_["de"].centroids is not None
    assert v4.models_["cs"].centroids is None  # no rows of its language: left as it was
    far = -centre[None, :]
    assert v4.models_["de"].out_of_domain_share(far, (0.05, 0.5))[0] == 1.0
    assert v4.models_["de"].out_of_domain_share(centre[None, :], (0.05, 0.5))[0] == 0.0
