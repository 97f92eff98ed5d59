"""``vocmine erase``: erase a customer or one item from the store and the output folder."""

from __future__ import annotations

import getpass
import json
from pathlib import Path
from typing import Annotated

import typer

from vocmine.cli._common import err
from vocmine.config import load_settings
from vocmine.errors import VocmineError


def erase(
    customer: Annotated[
        str | None,
        typer.Option(
            "--customer", help="The customer id as the sources give it (e-mail, account ...)."
        ),
    ] = None,
    item: Annotated[
        str | None,
        typer.Option("--item", help="One item: its vocmine id, or its id in the source."),
    ] = None,
    source: Annotated[
        str | None, typer.Option("--source", help="Only this source's items.")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would be erased; change nothing.")
    ] = False,
    actor: Annotated[
        str | None,
        typer.Option("--actor", help="Who asks, for the erasure record (default: the OS user)."),
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", "-c", help="YAML config (default: vocmine.yaml).")
    ] = None,
    store: Annotated[
        str | None, typer.Option("--store", help="Store URL, e.g. duckdb:///var/vocmine.duckdb.")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="The exports folder to clean (default: out_dir).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Erase a customer (or one item) everywhere: store, vector cache, cases, exports.

    The items, their labels, sentences, cached vectors, topic assignments
    and follow-up cases go; case audit rows stay without content. Every run
    partition and export under the output folder that held them is
    rewritten. An erasure record (when, who, rows per table; no ids) is
    kept. A second erase finds nothing and changes nothing. Exit code 1
    when a file under the output folder still holds an erased id (listed).
    """
    from vocmine.pipeline.erasure import erase_customer, erase_item

    if (customer is None) == (item is None):
        err.print("[red]error:[/red] give either --customer ID or --item ID")
        raise typer.Exit(2)
    try:
        settings = load_settings(config, store_url=store, out_dir=out)
        who = actor or getpass.getuser()
        if customer is not None:
            report = erase_customer(settings, customer, source, dry_run, who)
        else:
            report = erase_item(settings, str(item), source, dry_run, who)
    except VocmineError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    elif not report.found:
        typer.echo(
            f"nothing to erase: no such {'customer' if customer is not None else 'item'} "
            "in the store, and no file under the output folder holds one"
        )
    else:
        rows = ", ".join(f"{table} {n}" for table, n in report.rows.items())
        verb = "would erase" if report.dry_run else f"erased (record {report.erasure_id})"
        typer.echo(f"{verb} {report.items} items; rows: {rows}")
        action = "would rewrite" if report.dry_run else "rewrote"
        typer.echo(f"{action} {len(report.files)} files under the output folder")
        for path in report.files:
            typer.echo(f"  {path}")
    if report.files_left:
        err.print(
            "[red]error:[/red] these files still hold an erased id and could not be "
            "rewritten; delete or re-export them: " + ", ".join(report.files_left)
        )
        raise typer.Exit(1)
