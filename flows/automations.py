"""Create the alert webhook block and the automations of ``automations.yaml``.

``make deploy`` runs this after ``prefect deploy --all``. It

1. saves the Custom Webhook notification block ``vocmine-alerts`` with the
   URL in ``$VOCMINE_ALERT_WEBHOOK_URL`` (unset: an existing block is kept,
   so a URL set in the UI survives; no block at all is an error), posting
   ``{"text": subject + newline + body}``, which Slack, Mattermost and Teams
   incoming webhooks take as is;
2. creates each automation of ``automations.yaml``, or updates the one of the
   same name, so running it again changes nothing. A ``block: <name>`` in a
   ``send-notification`` action becomes that block's id.

Usage::

    python -m flows.automations [--file automations.yaml]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path
from typing import Any, cast
from uuid import UUID

import yaml
from prefect.blocks.notifications import CustomWebhookNotificationBlock
from prefect.client.orchestration import get_client
from prefect.events.schemas.automations import AutomationCore

WEBHOOK_URL_ENV = "VOCMINE_ALERT_WEBHOOK_URL"
ALERT_BLOCK = "vocmine-alerts"
AUTOMATIONS_FILE = Path(__file__).resolve().parents[1] / "automations.yaml"
ALERT_PAYLOAD = {"text": "{{subject}}\n{{body}}"}


class AlertSetupError(RuntimeError):
    """The alerts cannot be set up (no webhook URL, unknown block)."""


async def save_alert_block(url: str | None, name: str = ALERT_BLOCK) -> UUID:
    """Save (or keep) the webhook notification block ``name``; return its document id.

    Args:
        url: The webhook to post to; None keeps the URL of an existing block.
        name: The block document's name.

    Raises:
        AlertSetupError: ``url`` is None and no block of that name exists.
    """
    if url:
        block = CustomWebhookNotificationBlock.model_validate(
            {"name": name, "url": url, "json_data": ALERT_PAYLOAD}
        )
        return await block.asave(name, overwrite=True)
    try:
        existing = cast(
            CustomWebhookNotificationBlock, await CustomWebhookNotificationBlock.aload(name)
        )
    except ValueError as error:
        raise AlertSetupError(
            f"no notification block {name!r}: set {WEBHOOK_URL_ENV} to the webhook "
            "the alerts should post to (a Slack, Teams or Mattermost incoming webhook)"
        ) from error
    block_id: UUID | None = existing._block_document_id
    assert block_id is not None  # a loaded block has its document id
    return block_id


def read_automations(path: Path, block_ids: dict[str, UUID]) -> list[AutomationCore]:
    """Read ``path``; each action's ``block: <name>`` becomes ``block_document_id``."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    specs: list[dict[str, Any]] = data["automations"] if isinstance(data, dict) else data
    automations = []
    for spec in specs:
        for action in spec.get("actions", []):
            if "block" in action:
                name = action.pop("block")
                if name not in block_ids:
                    raise AlertSetupError(f"{spec['name']!r}: unknown block {name!r}")
                action["block_document_id"] = str(block_ids[name])
        automations.append(AutomationCore.model_validate(spec))
    return automations


async def apply_automations(automations: list[AutomationCore]) -> dict[str, str]:
    """Create each automation, or update the one(s) of the same name.

    Returns:
        ``{name: "created" | "updated"}``.
    """
    done = {}
    async with get_client() as client:
        for automation in automations:
            existing = await client.read_automations_by_name(automation.name)
            for old in existing:
                await client.update_automation(old.id, automation)
            if not existing:
                await client.create_automation(automation)
            done[automation.name] = "updated" if existing else "created"
    return done


async def set_up_alerts(path: Path = AUTOMATIONS_FILE, url: str | None = None) -> dict[str, str]:
    """Save the alert block and apply the automations of ``path``."""
    block_id = await save_alert_block(url)
    return await apply_automations(read_automations(path, {ALERT_BLOCK: block_id}))


def main(argv: list[str] | None = None) -> None:
    """Command line: the alert block and the automations (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--file", type=Path, default=AUTOMATIONS_FILE)
    args = parser.parse_args(argv)
    try:
        done = asyncio.run(set_up_alerts(args.file, os.environ.get(WEBHOOK_URL_ENV) or None))
    except AlertSetupError as error:
        sys.exit(f"error: {error}")
    for name, action in done.items():
        print(f"automation {action}: {name}")


if __name__ == "__main__":
    main()
