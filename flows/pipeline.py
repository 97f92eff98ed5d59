"""The main vocmine flow: ingest -> analyse -> topics -> store -> follow-ups -> export.

Each task wraps one call into :mod:`vocmine.pipeline`, so the flow gives the
same result as ``vocmine run``. Run it locally with ``python -m flows.pipeline``
(no server needed) or deploy it with ``prefect.yaml``.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import (
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)
from prefect.cache_policies import NONE
from prefect.tasks import exponential_backoff

from vocmine import pipeline as steps
from vocmine.config import Settings, load_settings
from vocmine.report import run_summary_markdown
from vocmine.schemas import RunSummary
from vocmine.store import open_store

ARTIFACT_KEY = "vocmine-run-summary"


@task(name="load settings", cache_policy=NONE)
def load_settings_task(config: str | None, store_url: str | None, out_dir: str | None) -> Settings:
    """Read and validate the configuration."""
    return load_settings(config, store_url=store_url, out_dir=out_dir)


@task(
    name="read sources",
    retries=3,
    retry_delay_seconds=exponential_backoff(backoff_factor=5),
    cache_policy=NONE,
)
def read_sources_task(settings: Settings, inputs: list[str] | None):
    """Read every configured source (I/O: retried with backoff)."""
    return steps.ingest(settings, [Path(p) for p in inputs] if inputs else None)


@task(name="load models", cache_policy=NONE)
def load_models_task(settings: Settings, store):
    """Build the embedder and analyzer from the configured models."""
    embedder = steps.build_embedder(settings, store) if settings.topics.enabled else None
    return embedder, steps.build_analyzer(settings, embedder)


@task(name="select new and changed items", cache_policy=NONE)
def select_task(store, items):
    """Split items into new, changed and unchanged against the store."""
    return steps.select_for_analysis(store, items)


@task(name="analyse chunk", cache_policy=NONE)
def analyse_chunk_task(analyzer, chunk, salt: str):
    """Analyse one chunk of items."""
    return steps.analyse_chunk(analyzer, chunk, salt)


@task(name="assign topics", cache_policy=NONE)
def topics_task(settings: Settings, store, embedder, analysed):
    """Transform with the saved topic model (fit only the first time)."""
    return steps.assign_topics(settings, store, embedder, analysed)


@task(
    name="store insights and open follow-ups",
    retries=2,
    retry_delay_seconds=exponential_backoff(backoff_factor=2),
    cache_policy=NONE,
)
def store_task(settings: Settings, store, summary: RunSummary, analysed, analyzer) -> int:
    """Upsert insights and open follow-up cases (idempotent, so safe to retry)."""
    return steps.store_insights(settings, store, summary, analysed, analyzer)


@task(
    name="write exports",
    retries=2,
    retry_delay_seconds=exponential_backoff(backoff_factor=2),
    cache_policy=NONE,
)
def export_task(settings: Settings, store) -> dict[str, str]:
    """Write CSV, Parquet and XLSX exports of the store."""
    return steps.export_store(store, settings.resolve(settings.out_dir))


def publish_artifacts(summary: RunSummary) -> None:
    """Create the keyed summary artifacts of the run."""
    create_markdown_artifact(
        markdown=run_summary_markdown(summary),
        key=ARTIFACT_KEY,
        description=f"vocmine run {summary.run_id}",
    )
    rows: list[dict[str, Any]] = [
        {"kind": "category", "name": name, "items": count}
        for name, count in summary.by_category.items()
    ]
    rows += [
        {"kind": "topic", "name": f"{t['topic_id']}: {t['label']}", "items": t["items"]}
        for t in summary.top_topics
    ]
    if rows:
        create_table_artifact(
            table=rows, key="vocmine-top-categories-topics", description="Top categories and topics"
        )


@flow(name="vocmine-pipeline", log_prints=False)
def vocmine_pipeline(
    config: str | None = None,
    inputs: list[str] | None = None,
    store_url: str | None = None,
    out_dir: str | None = None,
) -> dict[str, Any]:
    """Run the whole VoC pipeline on the configured sources (or ``inputs``).

    Args:
        config: YAML config file; default ``vocmine.yaml`` of the checkout.
        inputs: Files to read instead of the configured sources.
        store_url: Store URL overriding the config.
        out_dir: Export folder overriding the config.

    Returns:
        The run summary as a dict.
    """
    logger = get_run_logger()
    settings = load_settings_task(config, store_url, out_dir)
    started = datetime.now(UTC)
    summary = RunSummary(run_id=steps.new_run_id(started), started_at=started)
    with open_store(settings.resolved_store_url) as store:
        store.start_run(summary)
        try:
            result = read_sources_task(settings, inputs)
            embedder, analyzer = load_models_task(settings, store)
            quarantined = steps.redact_quarantined(result.quarantined, analyzer.redactor)
            store.add_quarantined(summary.run_id, quarantined)
            selection = select_task(store, result.items)
            todo = selection.new + selection.changed
            logger.info(
                "%d items to analyse (%d new, %d changed, %d unchanged)",
                len(todo),
                len(selection.new),
                len(selection.changed),
                selection.unchanged,
            )
            chunks = list(steps.chunked(todo, settings.chunk_size))
            progress_id = create_progress_artifact(
                progress=0.0, key="vocmine-analysis-progress", description="Items analysed"
            )
            analysed = []
            for number, chunk in enumerate(chunks, start=1):
                named = analyse_chunk_task.with_options(
                    task_run_name=f"analyse chunk {number}/{len(chunks)} ({len(chunk)} items)"
                )
                analysed.extend(named(analyzer, chunk, settings.customer_salt))
                update_progress_artifact(progress_id, 100.0 * number / len(chunks))
            if not chunks:
                update_progress_artifact(progress_id, 100.0)
            topic_dir = topics_task(settings, store, embedder, analysed)
            summary.followups_opened = store_task(settings, store, summary, analysed, analyzer)
            steps.complete_summary(
                summary,
                store,
                result,
                selection,
                analysed,
                steps.model_versions(analyzer, topic_dir),
            )
            summary.exports = export_task(settings, store)
            summary.status = "completed"
            summary.finished_at = datetime.now(UTC)
            store.finish_run(summary)
        except BaseException:
            summary.status = "failed"
            summary.finished_at = datetime.now(UTC)
            store.finish_run(summary)
            raise
    publish_artifacts(summary)
    logger.info(
        "run %s: %d rows in, %d stored, %d updated, %d quarantined, %d skipped, exports in %s",
        summary.run_id,
        summary.rows_in,
        summary.stored,
        summary.updated,
        summary.quarantined,
        summary.skipped_duplicates,
        Path(next(iter(summary.exports.values()))).parent if summary.exports else "-",
    )
    return {**summary.to_dict(), "store_url": settings.resolved_store_url}


if __name__ == "__main__":
    outcome = vocmine_pipeline(config=sys.argv[1] if len(sys.argv) > 1 else None)
    print(
        f"\nvocmine: {outcome['rows_in']} rows in, {outcome['stored']} stored, "
        f"{outcome['updated']} updated, {outcome['quarantined']} quarantined, "
        f"{outcome['skipped_duplicates']} skipped duplicates, "
        f"{outcome['followups_opened']} follow-ups opened"
    )
    print(f"  store    {outcome['store_url']}")
    for kind, path in outcome["exports"].items():
        print(f"  {kind:8} {path}")
