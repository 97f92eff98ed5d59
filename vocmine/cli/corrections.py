"""``vocmine corrections``: analysts' label corrections, out of the store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from vocmine.cli._common import err
from vocmine.config import load_settings
from vocmine.errors import VocmineError
from vocmine.store import open_store
from vocmine.workspace.corrections import training_rows

app = typer.Typer(help="Label corrections made in the workspace.", no_args_is_help=True)


@app.command("export")
def export(
    file: Annotated[Path, typer.Argument(help="JSONL file to write.")],
    config: Annotated[Path | None, typer.Option("--config", "-c", help="YAML config.")] = None,
    store: Annotated[
        str | None, typer.Option("--store", help="Store URL (default: store_url of the config).")
    ] = None,
) -> None:
    """Write the corrected items as JSONL that `vocmine train sentiment|categories` reads.

    One row per corrected item: id, text (redacted), lang, source, and each
    corrected label (sentiment, categories, churn_risk, effort). Train on it
    with `vocmine train sentiment --data FILE ...` or `vocmine train
    categories --data FILE --label-field categories ...`.
    """
    try:
        with open_store(load_settings(config, store_url=store).resolved_store_url) as opened:
            rows = training_rows(opened)
    except VocmineError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    file.parent.mkdir(parents=True, exist_ok=True)
    with file.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    fields = {
        f: sum(1 for r in rows if f in r)
        for f in ("sentiment", "categories", "churn_risk", "effort")
    }
    counts = ", ".join(f"{n} {f}" for f, n in fields.items() if n)
    typer.echo(f"wrote {len(rows)} corrected items to {file} ({counts or 'no corrections yet'})")
