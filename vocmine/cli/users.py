"""``vocmine users``: the workspace's accounts (add, list, disable, API tokens).

Passwords are read from standard input (never from an argument, which
would land in the shell history and the process list) and stored only as
argon2 hashes (:mod:`vocmine.workspace.accounts`).
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import Annotated

import typer

from vocmine.cli._common import err, print_json_last
from vocmine.config import load_settings
from vocmine.errors import VocmineError
from vocmine.store import open_store
from vocmine.workspace.accounts import ROLES, add_user, issue_api_token

app = typer.Typer(help="Workspace users: add, list, disable, API tokens.", no_args_is_help=True)

ConfigOption = Annotated[Path | None, typer.Option("--config", "-c", help="YAML config.")]
StoreOption = Annotated[
    str | None, typer.Option("--store", help="Store URL (default: store_url of the config).")
]
ActorOption = Annotated[
    str, typer.Option("--actor", help="Who makes the change (for the audit trail).")
]


def _store_url(config: Path | None, store: str | None) -> str:
    return load_settings(config, store_url=store).resolved_store_url


def _fail(exc: VocmineError) -> typer.Exit:
    err.print(f"[red]error:[/red] {exc}")
    return typer.Exit(2)


def _read_password() -> str:
    """Read the password: a prompt (twice) on a terminal, else the first line of stdin."""
    if sys.stdin.isatty():
        first = getpass.getpass("password: ")
        if getpass.getpass("again: ") != first:
            err.print("[red]error:[/red] the passwords differ")
            raise typer.Exit(2)
        return first
    return sys.stdin.readline().rstrip("\r\n")


@app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="User name (letters, digits, . _ @ -).")],
    role: Annotated[str, typer.Option("--role", help=f"One of: {', '.join(ROLES)}.")],
    team: Annotated[
        str | None, typer.Option("--team", help="The team (needed for agents and leads).")
    ] = None,
    config: ConfigOption = None,
    store: StoreOption = None,
    actor: ActorOption = "cli",
) -> None:
    """Add a user; the password is read from standard input."""
    password = _read_password()
    try:
        with open_store(_store_url(config, store)) as opened:
            user = add_user(opened, name, role, team, password, actor=actor)
    except VocmineError as exc:
        raise _fail(exc) from exc
    typer.echo(f"added {user['name']} ({user['role']}, team {user['team'] or '-'})")


@app.command("token")
def token(
    name: Annotated[str, typer.Argument(help="The user the token acts for.")],
    config: ConfigOption = None,
    store: StoreOption = None,
) -> None:
    """Print a new bearer token for NAME's scripts (valid until the user is disabled)."""
    try:
        with open_store(_store_url(config, store)) as opened:
            value = issue_api_token(opened, name)
    except VocmineError as exc:
        raise _fail(exc) from exc
    err.print("keep this token secret; it is shown once (send it as 'Authorization: Bearer ...')")
    typer.echo(value)


@app.command("list")
def list_users(
    config: ConfigOption = None,
    store: StoreOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON on the last line.")] = False,
) -> None:
    """List the users with their role, team and whether they are disabled."""
    try:
        with open_store(_store_url(config, store)) as opened:
            users = opened.list_users()
    except VocmineError as exc:
        raise _fail(exc) from exc
    if as_json:
        print_json_last(users)
        return
    if not users:
        typer.echo("no users yet: add one with `vocmine users add NAME --role admin`")
    for user in users:
        state = "disabled" if user["disabled"] else "active"
        typer.echo(f"{user['name']:<24} {user['role']:<8} {user['team'] or '-':<16} {state}")


@app.command("disable")
def disable(
    name: Annotated[str, typer.Argument(help="The user to disable.")],
    config: ConfigOption = None,
    store: StoreOption = None,
    actor: ActorOption = "cli",
) -> None:
    """Disable a user: their sessions and tokens stop working at once."""
    try:
        with open_store(_store_url(config, store)) as opened:
            opened.update_user(name, {"disabled": True}, actor=actor)
    except VocmineError as exc:
        raise _fail(exc) from exc
    typer.echo(f"disabled {name}")
