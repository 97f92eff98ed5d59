"""``vocmine store``: the store itself - its schema version and upgrades.

One command per operation on a whole store; each opens it by ``--store``
(default: the configured ``store_url``) through :mod:`vocmine.store`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from vocmine.cli._common import err, print_json_last
from vocmine.config import load_settings
from vocmine.errors import VocmineError
from vocmine.store import (
    LATEST_VERSION,
    SchemaUpgrade,
    mask_password,
    read_schema_version,
    upgrade_store,
)

app = typer.Typer(
    help="The store itself: schema version, upgrades, pseudonym keys.", no_args_is_help=True
)

ConfigOption = Annotated[Path | None, typer.Option("--config", "-c", help="YAML config.")]
StoreOption = Annotated[
    str | None, typer.Option("--store", help="Store URL (default: store_url of the config).")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON on the last line.")]


def _store_url(config: Path | None, store: str | None) -> str:
    """Return the store URL the options name (``--store`` wins over the config)."""
    return load_settings(config, store_url=store).resolved_store_url


def _fail(exc: VocmineError) -> typer.Exit:
    err.print(f"[red]error:[/red] {exc}")
    return typer.Exit(2)


@app.command("version")
def version(config: ConfigOption = None, store: StoreOption = None, as_json: JsonOption = False):
    """Print the store's schema version and the version this vocmine needs."""
    try:
        url = _store_url(config, store)
        current = read_schema_version(url)
    except VocmineError as exc:
        raise _fail(exc) from exc
    shown = mask_password(url)
    if as_json:
        print_json_last({"store": shown, "version": current, "target_version": LATEST_VERSION})
        return
    typer.echo(f"store:   {shown}")
    typer.echo(f"version: {current}")
    typer.echo(f"target:  {LATEST_VERSION} (this vocmine)")
    if current < LATEST_VERSION:
        err.print(f"the store is behind this vocmine: run `vocmine store upgrade --store {shown}`")
    elif current > LATEST_VERSION:
        err.print("[yellow]the store is newer than this vocmine: upgrade vocmine[/yellow]")


@app.command("upgrade")
def upgrade(
    config: ConfigOption = None,
    store: StoreOption = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show the pending migrations; change nothing.")
    ] = False,
    as_json: JsonOption = False,
):
    """Bring the store's schema to this vocmine's version (each migration in one transaction).

    Run it as a user that may change the schema, before runs whose user may
    not (``store_auto_upgrade: false``). A current store is left as it is.
    """
    try:
        result = upgrade_store(_store_url(config, store), dry_run=dry_run)
    except VocmineError as exc:
        raise _fail(exc) from exc
    if as_json:
        print_json_last(
            {
                "store": result.url,
                "version_before": result.version_before,
                "version_after": result.version_after,
                "target_version": result.target_version,
                "migrations": [{"version": v, "name": n} for v, n in result.migrations],
                "dry_run": result.dry_run,
            }
        )
        return
    _print_upgrade(result)


def _print_upgrade(result: SchemaUpgrade) -> None:
    typer.echo(f"store:   {result.url}")
    typer.echo(f"version: {result.version_before}")
    typer.echo(f"target:  {result.target_version}")
    if not result.migrations:
        typer.echo("nothing to do: the store is at the target version")
        return
    verb = "would apply" if result.dry_run else "applied"
    for number, name in result.migrations:
        typer.echo(f"{verb} {number}: {name}")
    if result.dry_run:
        typer.echo("dry run: nothing was changed")
    else:
        typer.echo(f"the store is now at version {result.version_after}")


@app.command("rekey")
def rekey(
    config: ConfigOption = None,
    store: StoreOption = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Count what would move; change nothing.")
    ] = False,
    as_json: JsonOption = False,
):
    """Move customer keys of earlier releases (salted hashes) to keyed pseudonyms.

    The key is the store's (``VOCMINE_PSEUDONYM_KEY``, the Prefect Secret, or
    the key file beside the store, created on first use). Follow-up case ids
    are made from the key and move with it. Keys already keyed are left
    alone: a second rekey changes nothing. Runs do this on their own too.
    """
    from vocmine.pipeline.pseudonym_key import pseudonymiser_for, rekey_store
    from vocmine.store import open_store

    try:
        settings = load_settings(config, store_url=store)
        with open_store(settings.resolved_store_url, settings.store_auto_upgrade) as opened:
            opened.claim_for_run()
            pseudonyms = pseudonymiser_for(settings, opened, create=not dry_run)
            counts = rekey_store(opened, pseudonyms, dry_run=dry_run)
    except VocmineError as exc:
        raise _fail(exc) from exc
    shown = mask_password(settings.resolved_store_url)
    if as_json:
        print_json_last({"store": shown, "dry_run": dry_run, **counts})
        return
    typer.echo(f"store:   {shown}")
    if not counts["customers"]:
        typer.echo("nothing to do: every customer key is keyed already")
        return
    verb = "would move" if dry_run else "moved"
    typer.echo(f"{verb} {counts['customers']} customers' keys and {counts['cases']} case ids")
    rows = ", ".join(f"{t} {n}" for t, n in counts.items() if t not in ("customers", "cases"))
    if rows:
        typer.echo(f"rows changed: {rows}")
