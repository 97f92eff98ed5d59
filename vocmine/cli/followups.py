"""``vocmine followups``: the follow-up queue."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from vocmine.cli._common import err, print_json_last
from vocmine.config import load_settings
from vocmine.errors import VocmineError
from vocmine.store import open_store

app = typer.Typer(help="The follow-up queue: unhappy customers to call back.", no_args_is_help=True)


@app.command("list")
def list_cases(
    config: Annotated[Path | None, typer.Option("--config", "-c", help="YAML config.")] = None,
    store: Annotated[str | None, typer.Option("--store", help="Store URL.")] = None,
    status: Annotated[
        str, typer.Option("--status", help="open (default), all, or one status such as new.")
    ] = "open",
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
) -> None:
    """List follow-up cases, most urgent first."""
    try:
        settings = load_settings(config, store_url=store)
        with open_store(settings.resolved_store_url) as opened:
            cases = opened.list_followups(None if status == "all" else status)
    except VocmineError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if as_json:
        print_json_last(
            [
                {
                    "id": c["case_id"],
                    "external_id": c["external_id"],
                    "source": c["source"],
                    "priority": c["priority"],
                    "status": c["status"],
                    "reasons": c["reasons"],
                    "severity": c["severity"],
                    "lang": c["lang"],
                    "opened_at": c["opened_at"],
                    "due_at": c["due_at"],
                }
                for c in cases
            ]
        )
        return
    table = Table(title=f"{len(cases)} follow-up cases ({status})")
    for column in ("id", "priority", "status", "source", "external_id", "lang", "due", "reasons"):
        table.add_column(column)
    for c in cases:
        table.add_row(
            c["case_id"],
            c["priority"],
            c["status"],
            c["source"],
            c["external_id"],
            c["lang"] or "",
            f"{c['due_at']:%Y-%m-%d %H:%M}",
            ", ".join(c["reasons"]),
        )
    Console().print(table)
