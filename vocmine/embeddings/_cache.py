"""Embedding caches and the embedder that uses one."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from vocmine.protocols import Embedder, EmbeddingCache, ProgressCallback
from vocmine.schemas import content_hash


class InMemoryEmbeddingCache:
    """An :class:`EmbeddingCache` in a dict: for tests and single runs."""

    def __init__(self) -> None:
        self._vectors: dict[tuple[str, str], np.ndarray] = {}

    def get_embeddings(self, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        """Return the stored vectors among ``hashes`` (missing ones are left out)."""
        found = {}
        for key in hashes:
            vector = self._vectors.get((model, key))
            if vector is not None:
                found[key] = vector
        return found

    def put_embeddings(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        """Store ``vectors`` (content hash -> vector) for ``model``."""
        for key, vector in vectors.items():
            self._vectors[(model, key)] = np.asarray(vector, dtype=np.float32).copy()

    def __len__(self) -> int:
        return len(self._vectors)


class FileEmbeddingCache(InMemoryEmbeddingCache):
    """An :class:`EmbeddingCache` kept in one ``.npz`` file: for offline scripts.

    Training and evaluation scripts embed tens of thousands of texts with a slow
    model; this cache lets a second run (or an interrupted one) skip them. The
    file is loaded when the cache is created and rewritten atomically by
    :meth:`save`, which :meth:`put_embeddings` calls every ``save_every`` new vectors.
    Vectors of several embedders of different widths share one file (one group of
    arrays per width).

    Args:
        path: The ``.npz`` file (created on the first save).
        save_every: New vectors between automatic saves.
    """

    def __init__(self, path: str | Path, save_every: int = 512):
        super().__init__()
        self.path = Path(path)
        self.save_every = save_every
        self._unsaved = 0
        if self.path.is_file():
            with np.load(self.path) as data:
                # One group of arrays per vector width ("models_384", ...); files written
                # before mixed widths were allowed hold one group without the suffix.
                suffixes = [n[len("vectors") :] for n in data.files if n.startswith("vectors")]
                for suffix in suffixes:
                    for model, key, vector in zip(
                        data["models" + suffix],
                        data["keys" + suffix],
                        data["vectors" + suffix],
                        strict=True,
                    ):
                        self._vectors[(str(model), str(key))] = vector

    def put_embeddings(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        """Store ``vectors`` for ``model``, saving the file every ``save_every`` vectors."""
        super().put_embeddings(model, vectors)
        self._unsaved += len(vectors)
        if self._unsaved >= self.save_every:
            self.save()

    def save(self) -> None:
        """Write all vectors to :attr:`path` (through a temporary file, then a rename)."""
        if not self._vectors:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        by_width: dict[int, list[tuple[str, str]]] = {}
        for model_key, vector in self._vectors.items():
            by_width.setdefault(int(vector.shape[-1]), []).append(model_key)
        arrays: dict[str, np.ndarray] = {}
        for width, keys in by_width.items():
            arrays[f"models_{width}"] = np.array([m for m, _ in keys])
            arrays[f"keys_{width}"] = np.array([k for _, k in keys])
            arrays[f"vectors_{width}"] = np.stack([self._vectors[k] for k in keys])
        tmp = self.path.with_name(self.path.name + ".tmp.npz")
        np.savez(tmp, **arrays)  # type: ignore[arg-type]
        os.replace(tmp, self.path)
        self._unsaved = 0


class CachedEmbedder:
    """An :class:`Embedder` that asks a cache first and embeds only the misses.

    Keys are ``vocmine.schemas.content_hash(text)`` of the text as given, under
    the wrapped embedder's ``name``. Texts repeated within one call are
    embedded once.

    Args:
        embedder: Computes the vectors the cache does not have.
        cache: Where vectors are looked up and stored.

    Attributes:
        hits: Distinct texts found in the cache, summed over calls.
        misses: Distinct texts embedded, summed over calls.
    """

    def __init__(self, embedder: Embedder, cache: EmbeddingCache):
        self.embedder = embedder
        self.cache = cache
        self.hits = 0
        self.misses = 0

    @property
    def name(self) -> str:
        """The wrapped embedder's name (the cache never changes the vectors)."""
        return self.embedder.name

    def embed(self, texts: Sequence[str], progress: ProgressCallback | None = None) -> np.ndarray:
        """Return the vectors of ``texts``, embedding only those not cached.

        Args:
            texts: Texts to embed.
            progress: Passed to the wrapped embedder for the misses.
        """
        keys = [content_hash(text) for text in texts]
        unique = dict(zip(keys, texts, strict=True))
        found = self.cache.get_embeddings(self.name, list(unique))
        missing = [key for key in unique if key not in found]
        self.hits += len(found)
        self.misses += len(missing)
        if missing:
            batch = [unique[key] for key in missing]
            # Embedders that take no progress callback still satisfy the contract when none is given.
            fresh = (
                self.embedder.embed(batch)
                if progress is None
                else self.embedder.embed(batch, progress=progress)
            )
            computed = dict(zip(missing, fresh, strict=True))
            self.cache.put_embeddings(self.name, computed)
            found.update(computed)
        if not keys:
            return self.embedder.embed([])
        return np.vstack([found[key] for key in keys]).astype(np.float32, copy=False)
