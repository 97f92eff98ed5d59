"""A cheap, deterministic, model-free embedder for tests and tiny machines."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer

from vocmine.embeddings._base import l2_normalised
from vocmine.protocols import ProgressCallback

_N_FEATURES = 2**15


class TfidfLsaEmbedder:
    """Character n-gram vectors under a fixed random projection.

    Each text becomes hashed ``char_wb`` 2-4-gram counts (sublinear tf, L2
    norm), projected onto ``dim`` Gaussian directions drawn from ``seed``.
    Nothing is fitted on the corpus, so a text gets the same vector in every
    run, alone or in any batch. Similar spellings give similar vectors (typos
    and missing diacritics stay close), but there is no cross-language meaning.

    Args:
        dim: Output dimension.
        seed: Seed of the projection matrix.

    Example:
        >>> TfidfLsaEmbedder(dim=32).embed(["zasilka neprisla"]).shape
        (1, 32)
    """

    def __init__(self, dim: int = 64, seed: int = 0):
        self.dim = dim
        self.seed = seed

    @property
    def name(self) -> str:
        """Settings that change the vectors: the cache key."""
        return f"hashing-char2-4-rp/d{self.dim}/seed{self.seed}"

    def _projection(self) -> np.ndarray:
        projection = getattr(self, "projection_", None)
        if projection is None:
            rng = np.random.default_rng(self.seed)
            projection = rng.standard_normal((_N_FEATURES, self.dim)).astype(np.float32)
            self.projection_ = projection
        return projection

    def embed(self, texts: Sequence[str], progress: ProgressCallback | None = None) -> np.ndarray:
        """Return ``(len(texts), dim)`` float32 unit vectors.

        Args:
            texts: Texts to embed.
            progress: Called once as ``progress(n, n)`` (the work is one step).
        """
        if len(texts) == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectorizer = HashingVectorizer(
            analyzer="char_wb",
            ngram_range=(2, 4),
            n_features=_N_FEATURES,
            alternate_sign=False,
            norm=None,
            lowercase=True,
        )
        counts = vectorizer.transform(list(texts)).astype(np.float32)
        counts.data = 1.0 + np.log(counts.data)
        vectors = l2_normalised(np.asarray(counts @ self._projection()))
        if progress is not None:
            progress(len(texts), len(texts))
        return vectors
