"""Tests of vocmine.sentiment.hashing: vectorised hashed n-gram counts."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.feature_extraction.text import CountVectorizer

from vocmine.sentiment.hashing import char_wb_ngram_counts, word_ngram_counts

# " o", "ok", "k " and "nie", "polecam", "nie polecam": the columns models were trained on.
PINNED_CHAR_COLUMNS = [190370, 453980, 563543]
PINNED_WORD_COLUMNS = [714831, 748086, 1006309]

TEXTS = [
    "Zásilka nepřišla, kurýr byl drzý!!",
    "",
    "   ",
    "a",
    "ok\tthanks  a lot",
    "Посылка не пришла 😡",
    "Nie polecam. Towar uszkodzony",
]


def test_char_wb_counts_match_scikit_learn_ngram_counts() -> None:
    analyser = CountVectorizer(
        analyzer="char_wb", ngram_range=(2, 5), lowercase=False
    ).build_analyzer()
    counts = char_wb_ngram_counts(TEXTS, (2, 5), 2**20)
    expected = [len(analyser(t)) for t in TEXTS]
    assert np.asarray(counts.sum(axis=1)).ravel().astype(int).tolist() == expected


def test_char_wb_same_ngram_same_column_in_any_document_and_batch() -> None:
    alone = char_wb_ngram_counts(["kurýr"], (3, 3), 2**16)
    in_batch = char_wb_ngram_counts(["xyz", "nový kurýr"], (3, 3), 2**16)
    # "kurýr" -> " ku", "kur", "urý", "rýr", "ýr ": all five also occur in the second text.
    assert set(alone.indices) <= set(in_batch[1].indices)
    assert not set(alone.indices) & set(in_batch[0].indices)


def test_char_wb_ngrams_never_span_words_or_documents() -> None:
    joined = char_wb_ngram_counts(["ab cd"], (4, 4), 2**16)
    # Only the padded words " ab " and " cd " are 4-grams; "ab c" would span two words.
    assert joined.sum() == 2
    two_docs = char_wb_ngram_counts(["ab", "cd"], (4, 4), 2**16)
    assert two_docs[0].sum() == 1 and two_docs[1].sum() == 1


def test_columns_are_stable_across_versions() -> None:
    """Saved models keep their meaning only if the hash of an n-gram never changes."""
    counts = char_wb_ngram_counts(["ok"], (2, 2), 2**20)
    words = word_ngram_counts([["nie", "polecam"]], 2, 2**20)
    assert counts.indices.tolist() == PINNED_CHAR_COLUMNS
    assert words.indices.tolist() == PINNED_WORD_COLUMNS


def test_word_counts_unigrams_and_bigrams_within_a_document() -> None:
    counts = word_ngram_counts([["a", "b"], ["c"], []], 2, 2**20)
    assert np.asarray(counts.sum(axis=1)).ravel().tolist() == [3.0, 1.0, 0.0]
    same = word_ngram_counts([["a"], ["a"]], 1, 2**20)
    assert same[0].indices.tolist() == same[1].indices.tolist()


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="power of two"):
        char_wb_ngram_counts(["x"], (2, 3), 1000)
    with pytest.raises(ValueError, match="ngram_range"):
        char_wb_ngram_counts(["x"], (3, 2), 2**10)
    with pytest.raises(ValueError, match="ngram_range"):
        char_wb_ngram_counts(["x"], (1, 3), 2**10)
    with pytest.raises(ValueError, match="max_n"):
        word_ngram_counts([["x"]], 3, 2**10)


def test_counts_sum_duplicates_per_row_in_column_order() -> None:
    counts = word_ngram_counts([["a", "a", "b"], [], ["b"]], 1, 2**4)
    assert counts.has_sorted_indices
    dense = counts.toarray()
    assert dense.sum(axis=1).tolist() == [3.0, 0.0, 1.0]
    assert sorted(dense[0][dense[0] > 0].tolist()) == [1.0, 2.0]
    assert (dense[2] > 0).tolist() == (
        np.isin(np.arange(16), np.flatnonzero(dense[0] == 1))
    ).tolist()
    for row in range(counts.shape[0]):
        indices = counts.indices[counts.indptr[row] : counts.indptr[row + 1]]
        assert (np.diff(indices) > 0).all()


def test_column_map_keeps_and_renumbers_only_mapped_columns() -> None:
    texts = ["Zásilka nepřišla", "ok ok", ""]
    full = char_wb_ngram_counts(texts, (2, 4), 2**12)
    kept = np.unique(full.indices)[::2]  # every other column that occurs
    column_map = np.full(2**12, -1, dtype=np.int32)
    column_map[kept] = np.arange(len(kept), dtype=np.int32)
    mapped = char_wb_ngram_counts(texts, (2, 4), 2**12, column_map=column_map)
    assert mapped.shape == (3, len(kept))
    np.testing.assert_array_equal(mapped.toarray(), full[:, kept].toarray())
    words = word_ngram_counts([["ok", "ok"], ["a"]], 2, 2**12)
    word_map = np.full(2**12, -1, dtype=np.int32)
    word_map[words.indices[:1]] = 0
    np.testing.assert_array_equal(
        word_ngram_counts([["ok", "ok"], ["a"]], 2, 2**12, column_map=word_map).toarray(),
        words[:, words.indices[:1]].toarray(),
    )
