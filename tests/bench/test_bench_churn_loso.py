"""The leave-one-set-out churn head bench (bench/bench_churn_loso.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location(
    "bench_churn_loso", REPO / "bench" / "bench_churn_loso.py"
)
bench = importlib.util.module_from_spec(spec)
sys.modules["bench_churn_loso"] = bench
spec.loader.exec_module(bench)


def _corpus() -> object:
    """40 documents (half churn, half of them of three clauses); churn lies along axis 0."""
    rng = np.random.default_rng(0)
    clause_doc, vectors, gold = [], [], []
    for doc in range(40):
        churn = doc % 2 == 0
        n_clauses = 1 if doc < 20 else 3
        for k in range(n_clauses):
            vector = rng.normal(0, 0.1, 4)
            if churn and k == n_clauses - 1:
                vector[0] += 2.0
            clause_doc.append(doc)
            vectors.append(vector)
        gold.append(churn)
    clause_doc_a = np.array(clause_doc)
    corpus = bench.Corpus(
        sets=np.array(["support"] * 40),
        splits=np.array(["train"] * 40),
        gold=np.array(gold),
        rules=np.zeros(40, dtype=bool),
        evidence=np.array(["none"] * 40),
        clause_doc=clause_doc_a,
        clauses_per_doc=np.bincount(clause_doc_a),
        clause_texts=[""] * len(clause_doc),
    )
    corpus.features["static"] = np.array(vectors)
    return corpus


def test_the_clause_head_scores_a_document_by_its_most_churn_like_clause() -> None:
    corpus = _corpus()
    score = bench.clause_head(corpus, "static")(np.arange(40))
    proba = score(np.arange(40))
    assert proba[corpus.gold].min() > proba[~corpus.gold].max()


def test_a_threshold_is_the_lowest_reaching_the_target_precision() -> None:
    scores = np.array([0.9, 0.8, 0.7, 0.6])
    gold = np.array([True, True, False, True])
    assert bench.lowest_threshold(scores, gold, None) == 0.705  # just above 0.7
    assert bench.lowest_threshold(np.zeros(4), gold, np.array([1, 0, 1, 0], bool)) == 1.0
    assert bench.prf(scores >= 0.6, gold) == (0.75, 1.0, 6 / 7)
