"""``vocmine serve``: run the workspace web app on the configured store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from vocmine.cli._common import err
from vocmine.config import load_settings
from vocmine.errors import VocmineError
from vocmine.store import mask_password, open_store


def serve(
    config: Annotated[Path | None, typer.Option("--config", "-c", help="YAML config.")] = None,
    store: Annotated[
        str | None, typer.Option("--store", help="Store URL (default: store_url of the config).")
    ] = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8765,
    secure_cookies: Annotated[
        bool, typer.Option("--secure-cookies", help="Mark the session cookie Secure (HTTPS).")
    ] = False,
) -> None:
    """Start the workspace (queue, cases, items, corrections) on the store.

    Set VOCMINE_WEB_SECRET to keep logins across restarts. Add the first
    user with `vocmine users add NAME --role admin`.
    """
    import uvicorn

    from vocmine.web import create_app

    try:
        settings = load_settings(config, store_url=store)
        with open_store(settings.resolved_store_url) as opened:  # schema current, users known
            if not opened.list_users():
                err.print(
                    "[yellow]no users yet:[/yellow] add one with "
                    "`vocmine users add NAME --role admin` (password on stdin)"
                )
        app = create_app(settings, secure_cookies=secure_cookies, warm_dashboard=True)
    except VocmineError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    err.print(
        f"vocmine workspace on http://{host}:{port}/ "
        f"(store {mask_password(settings.resolved_store_url)})"
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")
