"""Hashed n-gram counts computed with numpy instead of one Python call per n-gram.

scikit-learn's ``HashingVectorizer`` builds every character n-gram as a Python string,
which caps a linear text model at a few hundred long documents per second. Here a whole
batch becomes one array of code points and each n-gram's hash is a few vectorised
multiply-adds over shifted views of it, so counting costs about as much as sorting the
hashed columns.

The hashes are stable across processes, platforms and Python versions (64-bit
polynomial hashing with wrap-around, then Fibonacci hashing into ``n_features``
columns), so saved models keep their meaning.

Example:
    >>> counts = char_wb_ngram_counts(["ab c"], ngram_range=(2, 3), n_features=2**10)
    >>> int(counts.sum())  # " a", "ab", "b ", " c", "c ", " ab", "ab ", " c "
    8
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

_BASE = np.uint64(0x100000001B3)  # FNV-1a 64-bit prime, used as the polynomial base
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)  # 2**64 / golden ratio, for Fibonacci hashing
_SEPARATOR = "\x00"  # between documents; no n-gram may contain it


def _bucket(hashes: np.ndarray, n_features: int) -> np.ndarray:
    """Return columns in ``[0, n_features)``: the top bits of ``hash * golden``."""
    bits = int(n_features).bit_length() - 1
    if n_features != 1 << bits:
        raise ValueError(f"n_features must be a power of two, got {n_features}")
    with np.errstate(over="ignore"):
        mixed = hashes * _GOLDEN
    return (mixed >> np.uint64(64 - bits)).astype(np.int64) if bits else np.zeros_like(hashes)


def _count_matrix(
    rows: np.ndarray,
    cols: np.ndarray,
    n_rows: int,
    n_cols: int,
    column_map: np.ndarray | None = None,
) -> sp.csr_matrix:
    """Return the CSR count matrix of (row, col) pairs, duplicates summed, indices sorted.

    One sort of ``row * n_cols + col`` keys orders the pairs by row then column, so
    runs of equal keys are the counts (cheaper than scipy's COO -> CSR conversion,
    which sorts each row again and then sums duplicates). With ``column_map`` (see
    :func:`char_wb_ngram_counts`) columns are renumbered and unmapped ones dropped first.
    """
    if column_map is not None:
        mapped = column_map[cols]
        keep = mapped >= 0
        rows, cols, n_cols = rows[keep], mapped[keep], int(column_map.max()) + 1
    keys = rows.astype(np.int64) * n_cols + cols
    keys.sort()
    starts = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]])) if len(keys) else keys
    counts = np.diff(np.append(starts, len(keys))).astype(np.float32)
    unique = keys[starts]
    row_of = unique // n_cols
    indptr = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(row_of, minlength=n_rows), out=indptr[1:])
    matrix = sp.csr_matrix(
        (counts, (unique - row_of * n_cols).astype(np.int32), indptr), shape=(n_rows, n_cols)
    )
    matrix.has_sorted_indices = True
    return matrix


def char_wb_ngram_counts(
    texts: Sequence[str],
    ngram_range: tuple[int, int] = (2, 5),
    n_features: int = 2**20,
    column_map: np.ndarray | None = None,
) -> sp.csr_matrix:
    """Return hashed counts of each text's character n-grams inside word boundaries.

    The n-grams are those of scikit-learn's ``analyzer="char_wb"``: each
    whitespace-separated word is padded with one space on either side and cut into
    n-grams that never span two words.

    Args:
        texts: Documents.
        ngram_range: Smallest and largest n.
        n_features: Number of hashed columns (a power of two).
        column_map: Optional ``(n_features,)`` integers: the output column of each
            hashed column, ``-1`` to drop it. A model that keeps a few hashed columns
            gets them directly instead of slicing a full-width matrix.

    Returns:
        Float32 CSR matrix of shape ``(len(texts), n_features)`` with raw counts, or
        ``(len(texts), column_map.max() + 1)`` with a column map.
    """
    min_n, max_n = ngram_range
    if not 2 <= min_n <= max_n:
        # 1-grams would count the space words share in the joined batch once, where
        # scikit-learn pads each word with its own two spaces.
        raise ValueError(f"invalid ngram_range {ngram_range}: need 2 <= min_n <= max_n")
    padded = [f" {' '.join(words)} " if (words := t.split()) else "" for t in texts]
    joined = _SEPARATOR + _SEPARATOR.join(padded) + _SEPARATOR
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    length = len(codes)
    is_sep = codes == ord(_SEPARATOR)
    doc_of = np.cumsum(is_sep) - 1  # position -> document index
    # Prefix counts of separators and spaces, to test any window in O(1).
    seps = np.concatenate([[0], np.cumsum(is_sep)])
    spaces = np.concatenate([[0], np.cumsum(codes == ord(" "))])
    rows, cols = [], []
    hashes = np.zeros(length, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for n in range(1, max_n + 1):
            starts = length - n + 1
            if starts <= 0:
                break
            # hashes[i] becomes the hash of codes[i : i + n].
            hashes = hashes[:starts] * _BASE + codes[n - 1 : n - 1 + starts]
            if n < min_n:
                continue
            idx = np.arange(starts)
            no_sep = seps[idx + n] == seps[idx]
            inner_spaces = spaces[idx + n - 1] - spaces[idx + 1]
            keep = np.flatnonzero(no_sep & (inner_spaces == 0))
            rows.append(doc_of[keep])
            cols.append(_bucket(hashes[keep] + np.uint64(n), n_features))
    if not rows:
        rows, cols = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)]
    return _count_matrix(
        np.concatenate(rows), np.concatenate(cols), len(texts), n_features, column_map
    )


def _token_hash(token: str) -> int:
    """Return a stable 64-bit hash of one token (two CRC-32 halves)."""
    data = token.encode("utf-8")
    return (zlib.crc32(data) << 32) | zlib.crc32(data, 0x5BD1E995)


def word_ngram_counts(
    token_lists: Sequence[Sequence[str]],
    max_n: int = 2,
    n_features: int = 2**20,
    column_map: np.ndarray | None = None,
) -> sp.csr_matrix:
    """Return hashed counts of each document's token 1..``max_n``-grams.

    Args:
        token_lists: Tokens per document, in order.
        max_n: Longest n-gram (1 or 2).
        n_features: Number of hashed columns (a power of two).
        column_map: Optional output column per hashed column (see
            :func:`char_wb_ngram_counts`).

    Returns:
        Float32 CSR matrix of shape ``(len(token_lists), n_features)`` with raw counts
        (``column_map.max() + 1`` columns with a column map).
    """
    if max_n not in (1, 2):
        raise ValueError(f"max_n must be 1 or 2, got {max_n}")
    cache: dict[str, int] = {}
    flat = [
        cache[t] if t in cache else cache.setdefault(t, _token_hash(t))
        for tokens in token_lists
        for t in tokens
    ]
    lengths = np.fromiter((len(t) for t in token_lists), dtype=np.int64, count=len(token_lists))
    doc_of = np.repeat(np.arange(len(token_lists)), lengths)
    ids = np.array(flat, dtype=np.uint64)
    rows, cols = [doc_of], [_bucket(ids, n_features)]
    if max_n == 2 and len(ids) > 1:
        same_doc = doc_of[1:] == doc_of[:-1]
        with np.errstate(over="ignore"):
            pairs = (ids[:-1] * _BASE) ^ (ids[1:] + _GOLDEN)
        rows.append(doc_of[1:][same_doc])
        cols.append(_bucket(pairs[same_doc], n_features))
    return _count_matrix(
        np.concatenate(rows), np.concatenate(cols), len(token_lists), n_features, column_map
    )
