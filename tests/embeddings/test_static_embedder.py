"""StaticEmbedder: the shipped artefact, its contract, back-off and cross-lingual meaning."""

from __future__ import annotations

import json

import numpy as np
import pytest

from vocmine.embeddings import Embedder, StaticEmbedder
from vocmine.embeddings._static import STATIC_FORMAT, word_tokens
from vocmine.embeddings.distill import (
    count_words,
    fit_pca,
    quantise_int8,
    select_vocabulary,
    sif_weights,
    write_static_model,
)
from vocmine.registry import STATIC_EMBEDDER_DIR


@pytest.fixture(scope="module")
def shipped() -> StaticEmbedder:
    return StaticEmbedder(STATIC_EMBEDDER_DIR)


@pytest.fixture()
def tiny(tmp_path) -> StaticEmbedder:
    """Three words on orthogonal axes, uniform weights, no common component."""
    words = ["paczka", "zamówienie", "kot"]
    write_static_model(
        tmp_path / "tiny",
        words,
        np.eye(3, 4, dtype=np.float32),
        np.ones(3, np.float32),
        {"version": "test", "min_prefix": 4},
        quantise=False,
    )
    return StaticEmbedder(tmp_path / "tiny")


def test_shipped_artefact_loads_and_embeds(shipped):
    vectors = shipped.embed(["Paczka nie dotarła", "Zásilka nepřišla", "Посылка не пришла"])
    assert isinstance(shipped, Embedder)
    assert vectors.shape == (3, shipped.dim) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert shipped.name.startswith("static-e5/") and len(shipped.name.split("/")[2]) == 12


def test_deterministic_and_independent_of_batch(shipped):
    texts = ["Kurier zgubił paczkę", "The app keeps crashing", "Der Zug war zu spät"]
    together = shipped.embed(texts)
    np.testing.assert_array_equal(together, StaticEmbedder(STATIC_EMBEDDER_DIR).embed(texts))
    reordered = shipped.embed(texts[::-1])[::-1]
    alone = np.vstack([shipped.embed([t]) for t in texts])
    np.testing.assert_allclose(together, reordered, atol=1e-6)
    np.testing.assert_allclose(together, alone, atol=1e-6)


def test_empty_inputs_give_zero_rows(shipped):
    assert shipped.embed([]).shape == (0, shipped.dim)
    vectors = shipped.embed(["", "   ", "12345 !!!", "paczka"])
    assert np.all(vectors[:3] == 0)
    assert np.linalg.norm(vectors[3]) == pytest.approx(1.0, abs=1e-5)


@pytest.mark.parametrize(
    ("source", "translation", "unrelated"),
    [
        # unrelated sentence in the source language: the language alone must not win
        (
            "Paczka dotarła uszkodzona.",
            "Balík dorazil poškozený.",
            "Nie mogę zalogować się do konta.",
        ),
        ("Zásielka prišla poškodená.", "Посилка прийшла пошкодженою.", "Vlak mal hodinu meškanie."),
        (
            "Ich warte auf meine Rückerstattung.",
            "I am still waiting for my refund.",
            "Das Hotelzimmer war schmutzig.",
        ),
        # unrelated sentence in the target language: retrieval among target-language texts
        (
            "Paczka dotarła uszkodzona.",
            "Balík dorazil poškozený.",
            "Nemůžu se přihlásit ke svému účtu.",
        ),
        (
            "Zásielka prišla poškodená.",
            "Посилка прийшла пошкодженою.",
            "Потяг знову запізнився на годину.",
        ),
    ],
)
def test_translation_is_closer_than_an_unrelated_sentence(shipped, source, translation, unrelated):
    a, b, c = shipped.embed([source, translation, unrelated])
    assert a @ b > a @ c


def test_prefix_backoff_serves_inflected_forms(tiny):
    assert tiny.word_index("paczka") == 0
    assert tiny.word_index("paczkami") == 0  # longest known prefix
    assert tiny.word_index("kotek") == -1  # 'kot' is shorter than min_prefix
    np.testing.assert_allclose(tiny.embed(["paczkami"]), tiny.embed(["paczka"]))
    off = StaticEmbedder(tiny.path, min_prefix=0)
    assert off.word_index("paczkami") == -1 and off.name != tiny.name


def test_weighted_mean_of_word_vectors(tiny):
    vector = tiny.embed(["paczka paczka zamówienie, nieznane"])[0]
    np.testing.assert_allclose(vector[:3], np.array([2, 1, 0]) / np.sqrt(5), atol=1e-6)


def test_missing_or_foreign_folder_fails_clearly(tmp_path):
    with pytest.raises(FileNotFoundError, match="distill_static_embedder"):
        StaticEmbedder(tmp_path / "nowhere").embed(["x"])
    (tmp_path / "bad").mkdir()
    for name in ("config.json", "vocab.txt", "model.safetensors"):
        (tmp_path / "bad" / name).write_text("{}")
    (tmp_path / "bad" / "config.json").write_text(json.dumps({"format": "other"}))
    with pytest.raises(ValueError, match=STATIC_FORMAT):
        StaticEmbedder(tmp_path / "bad").embed(["x"])


def test_word_tokens_keep_diacritics_and_cyrillic_and_drop_numbers():
    assert word_tokens("Zásilka č. 4881 NEPŘIŠLA; посылка_ёлка") == [
        "zásilka",
        "č",
        "nepřišla",
        "посылка",
        "ёлка",
    ]


def test_distill_helpers():
    counts = count_words(["a b b c", "b c"])
    assert select_vocabulary(counts, min_count=2, max_words=2, required=["z"]) == ["b", "z"]
    assert select_vocabulary(counts, min_count=3, max_words=1, required=["y", "z"]) == ["y", "z"]
    weights = sif_weights(np.array([0.0, 1e-3, 1e-1]))
    assert weights[0] == 1.0 and weights[0] > weights[1] > weights[2]
    rng = np.random.default_rng(0)
    data = rng.standard_normal((50, 6)).astype(np.float32)
    mean, components = fit_pca(data, 3)
    np.testing.assert_allclose(components @ components.T, np.eye(3), atol=1e-5)
    rows, scales = quantise_int8(data)
    assert rows.dtype == np.int8
    assert np.abs(rows * scales[:, None] - data).max() <= scales.max() / 2 + 1e-6


def test_default_path_is_the_repository_models_folder():
    assert STATIC_EMBEDDER_DIR.parts[-3:] == ("models", "static_e5", "v1")
