"""Weekly topic refit: fit on stored insights, keep topic ids stable, record the mapping.

Each task wraps one call into :mod:`vocmine.pipeline.refit`, so the flow gives the
same result as ``vocmine topics refit``. Deployed with ``prefect.yaml``
(entrypoint ``flows/refit_topics.py:refit_topics_flow``); run it locally with
``python -m flows.refit_topics``.
"""

from __future__ import annotations

from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NONE

from flows.logs import vocmine_logs_at_prefect_level
from vocmine.config import Settings, load_settings
from vocmine.pipeline.refit import refit
from vocmine.schemas import RefitReport
from vocmine.store import open_store
from vocmine.topics.refit import DEFAULT_MIN_SIMILARITY

ARTIFACT_KEY = "vocmine-topic-refit"


@task(name="load settings", cache_policy=NONE)
def load_settings_task(config: str | None, store_url: str | None) -> Settings:
    """Read and validate the configuration."""
    return load_settings(config, store_url=store_url)


@task(name="refit topics", cache_policy=NONE)
def refit_task(settings: Settings, days: int | None, min_similarity: float) -> RefitReport:
    """Fit a new topic model on the configured store and map its topics onto the previous ids.

    The task opens the store itself: no live store or model is a task parameter.
    """
    with open_store(settings.resolved_store_url, auto_upgrade=settings.store_auto_upgrade) as store:
        return refit(settings, store, days=days, min_similarity=min_similarity)


def publish_refit_artifacts(report: RefitReport) -> None:
    """Create the keyed artifacts of a refit: summary and id mapping."""
    create_markdown_artifact(
        markdown=(
            f"# Topic refit {report.refit_id}\n\n"
            f"- items: {report.items}\n- topics: {report.topics}\n"
            f"- kept their id: {report.matched}, new: {report.new}, retired: {report.retired}\n"
            f"- outliers: {100 * report.outlier_share:.1f}%\n"
            f"- centred by language: {report.centred}\n- time: {report.seconds:.0f} s\n"
        ),
        key=ARTIFACT_KEY,
        description=f"topic refit {report.refit_id}",
    )
    create_table_artifact(
        table=[
            {
                "topic_id": m.topic_id,
                "status": m.status,
                "previous_id": m.previous_id,
                "similarity": None if m.similarity is None else round(m.similarity, 3),
                "label": m.label,
            }
            for m in report.matches
        ],
        key=f"{ARTIFACT_KEY}-mapping",
        description="How each topic id was decided",
    )


@flow(name="vocmine-refit-topics", log_prints=False)
def refit_topics_flow(
    config: str | None = None,
    store_url: str | None = None,
    days: int | None = None,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
) -> dict[str, Any]:
    """Refit the topic model on stored insights, keeping topic ids stable.

    Args:
        config: YAML config file; default ``vocmine.yaml`` of the checkout.
        store_url: Store URL overriding the config.
        days: Fit only on items created in the last ``days`` (default all).
        min_similarity: Centroid cosine from which a new topic keeps an old id.

    Returns:
        The refit report as a dict.
    """
    vocmine_logs_at_prefect_level()
    logger = get_run_logger()
    settings = load_settings_task(config, store_url)
    report = refit_task(settings, days, min_similarity)
    logger.info(
        "refit %s: %d topics (%d kept id, %d new, %d retired), outliers %.1f%%",
        report.refit_id,
        report.topics,
        report.matched,
        report.new,
        report.retired,
        100 * report.outlier_share,
    )
    publish_refit_artifacts(report)
    return report.to_dict()


if __name__ == "__main__":
    refit_topics_flow()
