"""On-demand export flow: write the CSV/Parquet/XLSX/HTML exports of the store."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.tasks import exponential_backoff

from flows.artifacts import publish_exports_link
from flows.logs import vocmine_logs_at_prefect_level
from flows.notify import notify_failure
from flows.store_lock import store_lock
from vocmine.config import load_settings
from vocmine.pipeline import exports
from vocmine.store import mask_password, open_store
from vocmine.topics.trends import EmergingCriteria


@task(
    name="write exports",
    retries=2,
    retry_delay_seconds=exponential_backoff(backoff_factor=2),
    cache_policy=NO_CACHE,
)
def write_exports_task(
    store_url: str,
    out_dir: str,
    emerging: EmergingCriteria | None = None,
    auto_upgrade: bool = True,
) -> dict[str, str]:
    """Read the store and write its exports (I/O: retried with backoff)."""
    with open_store(store_url, auto_upgrade=auto_upgrade) as store:
        return exports.export_store(store, Path(out_dir), emerging=emerging)


@flow(name="vocmine-export", log_prints=False, on_failure=[notify_failure])
def export_flow(
    config: str | None = None,
    store_url: str | None = None,
    out_dir: str | None = None,
    store_lock_timeout_seconds: float = 600.0,
    failure_webhook_url: str | None = None,
) -> dict[str, Any]:
    """Export everything in the store, e.g. for an analyst who needs it now.

    Args:
        config: YAML config file; default ``vocmine.yaml`` of the checkout.
        store_url: Store URL overriding the config.
        out_dir: Export folder overriding the config.
        store_lock_timeout_seconds: How long to wait for a running pipeline
            on the same store.
        failure_webhook_url: Posted to when the run fails; default the
            ``VOCMINE_FAILURE_WEBHOOK_URL`` environment variable.

    Returns:
        ``{"exports": {kind: path}, "store_url": ...}``.
    """
    vocmine_logs_at_prefect_level()
    settings = load_settings(config, store_url=store_url, out_dir=out_dir)
    url = settings.resolved_store_url
    with store_lock(url, store_lock_timeout_seconds):
        exports = write_exports_task(
            url,
            str(settings.resolve(settings.out_dir)),
            settings.topics.emerging_criteria(),
            settings.store_auto_upgrade,
        )
    publish_exports_link(exports, f"on-demand export of {mask_password(url)}")
    get_run_logger().info("wrote %d exports: %s", len(exports), ", ".join(exports.values()))
    return {"exports": exports, "store_url": mask_password(url)}


if __name__ == "__main__":
    print(export_flow(config=sys.argv[1] if len(sys.argv) > 1 else None))
