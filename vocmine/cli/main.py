"""The ``vocmine`` command line.

Results go to stdout (``--json`` for machines); progress and logs go to
stderr, so stdout can be piped.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from vocmine.cli import corrections, erase, evaluate, followups, serve, topics, train, users
from vocmine.cli import store as store_commands
from vocmine.config import Settings, load_settings
from vocmine.errors import VocmineError

app = typer.Typer(
    name="vocmine",
    help="Offline voice-of-customer text mining for pl, cs, sk, ru, uk, en and de.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(followups.app, name="followups")
app.add_typer(train.app, name="train")
app.add_typer(evaluate.app, name="evaluate")
app.add_typer(topics.app, name="topics")
app.add_typer(store_commands.app, name="store")
app.add_typer(users.app, name="users")
app.add_typer(corrections.app, name="corrections")
app.command("erase")(erase.erase)
app.command("serve")(serve.serve)

err = Console(stderr=True, soft_wrap=True)  # an error message stays on one line

ConfigOption = Annotated[
    Path | None, typer.Option("--config", "-c", help="YAML config (default: vocmine.yaml).")
]
StoreOption = Annotated[
    str | None, typer.Option("--store", help="Store URL, e.g. duckdb:///var/vocmine.duckdb.")
]


def setup_logging(verbose: bool = False) -> None:
    """Send vocmine's logs to stderr."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
        force=True,
    )


def settings_or_exit(config: Path | None, **overrides: object) -> Settings:
    """Load settings, turning a configuration error into a clean exit."""
    try:
        return load_settings(config, **overrides)
    except VocmineError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


def progress_bar() -> Progress:
    """Return a Rich progress bar that draws on stderr."""
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


@app.command()
def run(
    config: ConfigOption = None,
    inputs: Annotated[
        list[Path] | None,
        typer.Option("--input", "-i", help="Files to read instead of the configured sources."),
    ] = None,
    store: StoreOption = None,
    out: Annotated[Path | None, typer.Option("--out", help="Folder for the exports.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Run the whole pipeline (without Prefect): ingest, analyse, store, export."""
    from vocmine.pipeline.run import run_pipeline

    setup_logging(verbose)
    settings = settings_or_exit(config, store_url=store, out_dir=out)
    try:
        with progress_bar() as bar:
            task = bar.add_task("analysing", total=None)
            summary = run_pipeline(
                settings,
                inputs=inputs,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
    except VocmineError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    result = {
        "run_id": summary.run_id,
        "rows_in": summary.rows_in,
        "stored": summary.stored,
        "updated": summary.updated,
        "quarantined": summary.quarantined,
        "skipped_duplicates": summary.skipped_duplicates,
        "expired": summary.expired,
        "purged": summary.purged,
        "followups_opened": summary.followups_opened,
        "marked_for_review": summary.marked_for_review,
        "review_share": summary.review_share,
        "exports": summary.exports,
    }
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
        return
    typer.echo(
        f"run {summary.run_id}: {summary.rows_in} rows in, {summary.stored} stored, "
        f"{summary.updated} updated, {summary.quarantined} quarantined, "
        f"{summary.skipped_duplicates} skipped duplicates, "
        + (f"{summary.expired} expired, " if summary.expired else "")
        + (f"{summary.purged} expired items purged, " if summary.purged else "")
        + f"{summary.followups_opened} follow-ups opened, "
        f"{summary.marked_for_review} marked for review ({100 * summary.review_share:.1f}%)"
    )
    typer.echo(f"store:   {settings.resolved_store_url}")
    for kind, path in summary.exports.items():
        typer.echo(f"{kind + ':':8} {path}")


@app.command()
def analyze(
    input_file: Annotated[Path, typer.Argument(help="JSON Lines with at least id and text.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write JSON Lines.")],
    config: ConfigOption = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Analyse a JSONL file without storing anything: one output line per input line."""
    from vocmine.pipeline.analyse_file import analyse_jsonl

    setup_logging(verbose)
    settings = settings_or_exit(config)
    if not input_file.is_file():
        err.print(f"[red]error:[/red] input file not found: {input_file}")
        raise typer.Exit(2)
    try:
        with progress_bar() as bar:
            task = bar.add_task("analysing", total=None)
            counts = analyse_jsonl(
                settings,
                input_file,
                output,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
    except VocmineError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    judged = counts["rows"] - counts["errors"]
    share = f"{100 * counts['review'] / judged:.1f}%" if judged else "-"
    err.print(
        f"wrote {counts['rows']} rows ({counts['errors']} with errors) to {output}; "
        f"{counts['review']} marked for review ({share} of the rows analysed)"
    )


def _day_or_time(value: str | None, option: str, end_of_day: bool = False) -> datetime | None:
    """Parse ``YYYY-MM-DD`` or an ISO time (UTC when naive); a bare ``--until`` day is inclusive."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        err.print(f"[red]error:[/red] {option} {value!r}: use YYYY-MM-DD or an ISO date-time")
        raise typer.Exit(2) from exc
    parsed = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if end_of_day and len(value) <= 10:
        parsed += timedelta(days=1)
    return parsed


@app.command()
def export(
    config: ConfigOption = None,
    store: StoreOption = None,
    out: Annotated[Path | None, typer.Option("--out", help="Folder for the exports.")] = None,
    since: Annotated[
        str | None,
        typer.Option("--since", help="Only items created on/after this day or ISO time (UTC)."),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            "--until", help="Only items created up to this day (inclusive) or before this ISO time."
        ),
    ] = None,
    lang: Annotated[
        list[str] | None, typer.Option("--lang", help="Only this language (repeatable).")
    ] = None,
    channel: Annotated[
        list[str] | None, typer.Option("--channel", help="Only this channel (repeatable).")
    ] = None,
    formats: Annotated[
        list[str] | None,
        typer.Option(
            "--format", "-f", help="csv, parquet, xlsx or html (repeatable; default: all)."
        ),
    ] = None,
) -> None:
    """Write CSV, Parquet, XLSX and the HTML report of the store, or of a slice of it."""
    from vocmine.export import EXPORT_FORMATS
    from vocmine.pipeline.exports import export_store
    from vocmine.store import open_store

    setup_logging()
    settings = settings_or_exit(config, store_url=store, out_dir=out)
    unknown = sorted(set(formats or ()) - set(EXPORT_FORMATS))
    if unknown:
        err.print(f"[red]error:[/red] unknown --format {unknown}; use {list(EXPORT_FORMATS)}")
        raise typer.Exit(2)
    since_at = _day_or_time(since, "--since")
    until_at = _day_or_time(until, "--until", end_of_day=True)
    try:
        with (
            open_store(
                settings.resolved_store_url, auto_upgrade=settings.store_auto_upgrade
            ) as opened,
            progress_bar() as bar,
        ):
            task = bar.add_task("exporting", total=len(formats or EXPORT_FORMATS))
            paths = export_store(
                opened,
                settings.resolve(settings.out_dir),
                since=since_at,
                until=until_at,
                langs=lang,
                channels=channel,
                formats=formats,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
                # loop metrics and root causes cover the whole queue: only unsliced exports
                rules=None if (since or until or lang or channel) else settings.followups,
                emerging=settings.topics.emerging_criteria(),
            )
    except VocmineError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    for kind, path in paths.items():
        typer.echo(f"{kind + ':':8} {path}")


if __name__ == "__main__":
    app()
