"""Notify a webhook when a vocmine flow run fails (a flow ``on_failure`` hook).

On a Prefect server the automations of ``automations.yaml`` alert on Failed
and Crashed runs of every vocmine flow (``make deploy``); this hook is for
runs without them (``make run``) and stays silent unless a URL is given.
"""

from __future__ import annotations

import logging
import os
from typing import Any

import httpx
from prefect import Flow
from prefect.client.schemas.objects import FlowRun, State

WEBHOOK_ENV = "VOCMINE_FAILURE_WEBHOOK_URL"

logger = logging.getLogger(__name__)


def failure_webhook_url(parameters: dict[str, Any] | None = None) -> str | None:
    """Return the webhook URL: the run's ``failure_webhook_url`` parameter, else the env."""
    url = (parameters or {}).get("failure_webhook_url")
    return url or os.environ.get(WEBHOOK_ENV) or None


def failure_payload(flow_name: str, flow_run: FlowRun, state: State) -> dict[str, Any]:
    """Return the JSON posted for a failed run (``text`` suits Slack/Teams/Mattermost)."""
    message = getattr(state, "message", None) or "no message"
    api = os.environ.get("PREFECT_UI_URL") or os.environ.get("PREFECT_API_URL", "")
    run_url = f"{api.removesuffix('/api')}/runs/flow-run/{flow_run.id}" if api else ""
    return {
        "text": f"vocmine flow {flow_name!r} run {flow_run.name!r} failed: {message}",
        "flow": flow_name,
        "flow_run_id": str(flow_run.id),
        "flow_run_name": flow_run.name,
        "state": getattr(state, "name", "Failed"),
        "message": message,
        "url": run_url,
    }


def notify_failure(flow: Flow[..., Any], flow_run: FlowRun, state: State) -> None:
    """Post the failure to the configured webhook; log (never raise) if that fails."""
    url = failure_webhook_url(getattr(flow_run, "parameters", None))
    if not url:
        return
    try:
        response = httpx.post(url, json=failure_payload(flow.name, flow_run, state), timeout=10)
        response.raise_for_status()
    except httpx.HTTPError as error:
        logger.warning("failure webhook %s did not accept the notification: %s", url, error)
