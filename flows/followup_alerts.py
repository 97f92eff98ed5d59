"""Follow-up alerts: post P1 and overdue cases to the configured webhook.

Schedule it (e.g. every 15 minutes) next to the pipeline. Each task wraps
one call into :mod:`vocmine.followups.alerts`; only the network post retries. The flow
holds the store's concurrency slot (see :mod:`flows.store_lock`) so it never
writes the store while a pipeline run does. Run it locally with
``python -m flows.followup_alerts``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.tasks import exponential_backoff

from flows.logs import vocmine_logs_at_prefect_level
from flows.store_lock import store_lock
from vocmine.config import Settings, load_settings
from vocmine.followups import alerts as alert_messages
from vocmine.pipeline import alerts as notify
from vocmine.store import open_store

ARTIFACT_KEY = "vocmine-followup-alerts"


@task(name="load settings", cache_policy=NO_CACHE)
def load_settings_task(config: str | None, store_url: str | None) -> Settings:
    """Read and validate the configuration."""
    return load_settings(config, store_url=store_url)


@task(
    name="post alert",
    retries=3,
    retry_delay_seconds=exponential_backoff(backoff_factor=5),
    cache_policy=NO_CACHE,
)
def post_alert_task(url: str, payload: Mapping[str, Any]) -> int:
    """POST one alert to the webhook."""
    return notify.post_webhook(url, payload)


@flow(name="vocmine-followup-alerts", log_prints=False)
def followup_alerts(
    config: str | None = None,
    store_url: str | None = None,
    store_lock_timeout_seconds: float = 600.0,
) -> list[dict[str, Any]]:
    """Send the P1 and overdue alerts not sent yet; return their payloads.

    Args:
        config: YAML config path (default: ``vocmine.yaml``).
        store_url: Store URL overriding the config's.
        store_lock_timeout_seconds: How long to wait for a pipeline run on the store.
    """
    vocmine_logs_at_prefect_level()
    logger = get_run_logger()
    settings = load_settings_task(config, store_url)
    rules = settings.followups
    if not rules.webhook_url:
        logger.info("no followups.webhook_url configured; nothing to send")
        return []
    now = datetime.now(UTC)
    sent: list[dict[str, Any]] = []
    with (
        store_lock(settings.resolved_store_url, store_lock_timeout_seconds),
        open_store(settings.resolved_store_url, auto_upgrade=settings.store_auto_upgrade) as store,
    ):
        for alert in notify.pending_alerts(store, rules, now):
            payload = alert_messages.alert_message(alert.case, alert.kind, now)
            post_alert_task(rules.webhook_url, payload)
            notify.record_alert_sent(store, alert, now)
            sent.append(payload)
    logger.info("%d follow-up alerts sent", len(sent))
    create_table_artifact(
        key=ARTIFACT_KEY,
        table=[
            {"case": p["case"]["case_id"], "kind": p["kind"], "priority": p["case"]["priority"]}
            for p in sent
        ]
        or [{"case": "-", "kind": "none sent", "priority": "-"}],
        description="Follow-up alerts sent by this run.",
    )
    return sent


if __name__ == "__main__":
    followup_alerts()
