"""Contracts shared by every embedding backend, and the helpers they use."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from vocmine.protocols import ProgressCallback


def truncate_texts(texts: Sequence[str], max_chars: int) -> list[str]:
    """Return ``texts`` cut to ``max_chars`` characters, at a word boundary when one is close.

    Args:
        texts: Texts to cut.
        max_chars: Longest text kept; the cut falls on the last space in the
            final fifth of the window if there is one.

    Returns:
        The truncated texts (empty texts become a single space so every
        backend gets a non-empty input).
    """
    out = []
    for text in texts:
        text = " ".join(text.split())
        if len(text) > max_chars:
            cut = text.rfind(" ", int(max_chars * 0.8), max_chars + 1)
            text = text[: cut if cut > 0 else max_chars]
        out.append(text or " ")
    return out


def l2_normalised(vectors: np.ndarray) -> np.ndarray:
    """Return ``vectors`` as float32 with unit-length rows (zero rows stay zero)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


def embed_in_batches(
    encode: Callable[[list[str]], np.ndarray],
    texts: list[str],
    batch_size: int,
    progress: ProgressCallback | None = None,
) -> np.ndarray:
    """Return ``encode`` applied batch by batch, stacked and L2-normalised.

    Args:
        encode: Embeds one batch of texts.
        texts: All texts, already truncated.
        batch_size: Texts per call of ``encode``.
        progress: Called as ``progress(done, total)`` after each batch.

    Returns:
        A ``(len(texts), d)`` float32 array.
    """
    parts = []
    for start in range(0, len(texts), batch_size):
        parts.append(np.asarray(encode(texts[start : start + batch_size]), dtype=np.float32))
        if progress is not None:
            progress(min(start + batch_size, len(texts)), len(texts))
    return l2_normalised(np.vstack(parts))
