"""Train, measure and save the shipped sentiment model.

Steps (progress on stderr):
1. read the labelled sets (vocmine.datasets.SENTIMENT_SETS), dropping null labels;
2. make a seeded, stratified 80/20 dev split of each set;
3. fit the reference baseline per set (TF-IDF word 1-2 + char_wb 2-5, sublinear,
   LogisticRegression(C=4, class_weight="balanced")) and our SentimentClassifier on all
   train parts, and score both on each set's dev part;
4. score the model on the hand-written sk/uk check set (data/eval/sentiment_sk_uk.jsonl);
5. refit on everything and save to --out, with metrics.json.

Usage:
    .venv/bin/python scripts/train_sentiment.py --data-dir ../shared/data --out models/sentiment/v1
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

import numpy as np
import scipy
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline, make_union

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from a checkout without installing
    sys.path.insert(0, str(REPO))

from vocmine.datasets import (  # noqa: E402
    SENTIMENT_SETS,
    load_sentiment_training_rows,
    read_labelled_jsonl,
)
from vocmine.sentiment import SentimentClassifier, sentiment_report  # noqa: E402

CHECK_SET = REPO / "data" / "eval" / "sentiment_sk_uk.jsonl"


def log(message: str) -> None:
    """Print a progress line to stderr."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def dev_split(rows: list[dict], seed: int) -> tuple[list[dict], list[dict]]:
    """Return (train, dev): a stratified 80/20 split of each dataset."""
    train, dev = [], []
    for name in SENTIMENT_SETS:
        part = [r for r in rows if r["dataset"] == name]
        tr, de = train_test_split(
            part, test_size=0.2, random_state=seed, stratify=[r["sentiment"] for r in part]
        )
        train += tr
        dev += de
    return train, dev


def baseline_scores(train: list[dict], dev: list[dict]) -> dict:
    """Return dev scores of the per-set reference baseline."""
    out = {}
    for name in SENTIMENT_SETS:
        tr = [r for r in train if r["dataset"] == name]
        de = [r for r in dev if r["dataset"] == name]
        pipe = make_pipeline(
            make_union(
                TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
                TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
            ),
            LogisticRegression(C=4, class_weight="balanced", max_iter=1000),
        )
        start = time.perf_counter()
        pipe.fit([r["text"] for r in tr], [r["sentiment"] for r in tr])
        pred = list(pipe.predict([r["text"] for r in de]))
        rep = sentiment_report([r["sentiment"] for r in de], pred, [name] * len(de))
        out[name] = {k: rep[k] for k in ("accuracy", "macro_f1", "n")}
        log(f"baseline {name}: macro-F1 {rep['macro_f1']:.3f} acc {rep['accuracy']:.3f} "
            f"({time.perf_counter() - start:.0f}s)")
    return out


def model_scores(model: SentimentClassifier, dev: list[dict]) -> dict:
    """Return dev scores of ``model`` per dataset."""
    pred = model.predict([r["text"] for r in dev], [r["lang"] for r in dev])
    rep = sentiment_report([r["sentiment"] for r in dev], pred, [r["dataset"] for r in dev])
    return rep["by_lang"]


def main(argv: list[str] | None = None) -> int:
    """Run the steps above; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True, help="folder of the labelled sets")
    parser.add_argument("--out", type=Path, help="model folder to write (skip the final fit if unset)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the dev split")
    parser.add_argument("--C", type=float, default=8.0, help="inverse regularisation strength")
    parser.add_argument("--min-df", type=int, default=2, help="min document frequency of a feature")
    parser.add_argument("--skip-baseline", action="store_true", help="do not fit the baseline")
    parser.add_argument("--skip-dev", action="store_true", help="no dev evaluation, final fit only")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    rows = load_sentiment_training_rows(args.data_dir)
    log(f"read {len(rows)} labelled rows from {len(SENTIMENT_SETS)} sets")
    params = {"C": args.C, "min_df": args.min_df}
    metrics: dict = {"params": params, "seed": args.seed}

    if not args.skip_dev:
        train, dev = dev_split(rows, args.seed)
        log(f"dev split: {len(train)} train / {len(dev)} dev rows")
        if not args.skip_baseline:
            metrics["baseline_dev"] = baseline_scores(train, dev)
        start = time.perf_counter()
        model = SentimentClassifier(**params).fit(
            [r["text"] for r in train], [r["sentiment"] for r in train], [r["lang"] for r in train]
        )
        log(f"fitted dev model in {time.perf_counter() - start:.0f}s")
        metrics["ours_dev"] = model_scores(model, dev)
        for name, sc in metrics["ours_dev"].items():
            base = metrics.get("baseline_dev", {}).get(name, {}).get("macro_f1", float("nan"))
            log(f"ours {name}: macro-F1 {sc['macro_f1']:.3f} acc {sc['accuracy']:.3f} "
                f"(baseline {base:.3f})")
        ours = [metrics["ours_dev"][n]["macro_f1"] for n in SENTIMENT_SETS]
        log(f"mean macro-F1 ours {np.mean(ours):.4f}")
        if "baseline_dev" in metrics:
            base = [metrics["baseline_dev"][n]["macro_f1"] for n in SENTIMENT_SETS]
            log(f"mean macro-F1 baseline {np.mean(base):.4f}")

    if args.out is None:
        print(json.dumps(metrics, indent=2))
        return 0

    start = time.perf_counter()
    model = SentimentClassifier(**params).fit(
        [r["text"] for r in rows], [r["sentiment"] for r in rows], [r["lang"] for r in rows]
    )
    log(f"fitted final model on {len(rows)} rows in {time.perf_counter() - start:.0f}s")
    if CHECK_SET.is_file():
        check = read_labelled_jsonl(CHECK_SET)
        pred = model.predict([r["text"] for r in check], [r["lang"] for r in check])
        rep = sentiment_report([r["sentiment"] for r in check], pred, [r["lang"] for r in check])
        metrics["check_sk_uk"] = rep
        for lang, sc in rep["by_lang"].items():
            log(f"check set {lang}: macro-F1 {sc['macro_f1']:.3f} acc {sc['accuracy']:.3f} "
                f"n={sc['n']}")
    model.save(args.out)
    metrics["library_versions"] = {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "scikit-learn": sklearn.__version__,
    }
    metrics["train_rows"] = {n: sum(r["dataset"] == n for r in rows) for n in SENTIMENT_SETS}
    metrics["total_seconds"] = round(time.perf_counter() - started, 1)
    (args.out / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    log(f"saved to {args.out} (total {metrics['total_seconds']}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
