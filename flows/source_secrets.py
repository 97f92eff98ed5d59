"""Secrets for sources, read from Prefect Secret blocks at run time (never from files)."""

from __future__ import annotations

from prefect.blocks.system import Secret


def read_prefect_secret(name: str) -> str:
    """Return the value of the Prefect Secret block ``name``.

    Create one once with ``prefect block create secret`` in the UI, or in
    Python: ``Secret(value="...").save("helpdesk-token")``; then name it in a
    REST source as ``token_secret: helpdesk-token``.

    Raises:
        ValueError: No Secret block has this name.
    """
    block: Secret = Secret.load(name)  # type: ignore[assignment]  # sync call in a sync context
    return str(block.get())
