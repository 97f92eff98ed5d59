"""The main vocmine flow: ingest -> analyse -> topics -> store -> follow-ups -> export.

Each task wraps one call into :mod:`vocmine.pipeline.run`, so the flow gives the
same result as ``vocmine run``. Run it locally with ``python -m flows.pipeline``
(no server needed) or deploy it with ``prefect.yaml`` (``make deploy``).

Operational behaviour:

* The analysis is mapped in chunks over a task runner chosen by the
  ``task_runner`` parameter: threads in the worker, or Dask (a LocalCluster,
  or the scheduler at ``dask_address``).
* Two runs never write one store at once: the run holds the one slot of a
  global concurrency limit named after the store (see :mod:`flows.store_lock`).
* Only I/O tasks (reading sources, writing the store and exports) retry,
  with exponential backoff.
* A failed run ends with a message naming the step that failed and posts to
  the failure webhook if one is configured (see :mod:`flows.notify`).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.tasks import exponential_backoff

from flows.analysis import analyse_items, register_analyser
from flows.artifacts import SUMMARY_KEY, publish_run_artifacts
from flows.notify import notify_failure
from flows.runners import build_task_runner
from flows.source_secrets import read_prefect_secret
from flows.store_lock import store_lock
from vocmine import registry
from vocmine.config import Settings, load_settings
from vocmine.errors import VocmineError
from vocmine.nlp.redact import Redactor
from vocmine.pipeline import run as steps
from vocmine.pipeline.exports import export_run
from vocmine.pipeline.selection import select_for_analysis
from vocmine.pipeline.summary import complete_summary
from vocmine.schemas import IngestResult, RunSummary
from vocmine.store import mask_password, open_store

ARTIFACT_KEY = SUMMARY_KEY


class PipelineRunError(RuntimeError):
    """A vocmine run failed; the message names the run and the step."""


PERMANENT_ERRORS = (FileNotFoundError, IsADirectoryError, PermissionError, VocmineError)


def is_transient(task: Any, task_run: Any, state: Any) -> bool:
    """Retry only errors that can go away (network, locks); not a missing file or bad config."""
    error = state.result(raise_on_failure=False)
    return not isinstance(error, PERMANENT_ERRORS)


# Every task states its cache policy. Only ``analyse chunk`` (pure, costly)
# caches; the others read or write the outside world and must run each time.
@task(name="load settings", cache_policy=NO_CACHE)
def load_settings_task(config: str | None, store_url: str | None, out_dir: str | None) -> Settings:
    """Read and validate the configuration."""
    return load_settings(config, store_url=store_url, out_dir=out_dir)


@task(
    name="read source",
    retries=3,
    retry_delay_seconds=exponential_backoff(backoff_factor=5),
    retry_condition_fn=is_transient,
    cache_policy=NO_CACHE,
)
def read_source_task(settings: Settings, store) -> IngestResult:
    """Read the one source of ``settings`` since its watermark (I/O: retried with backoff)."""
    return steps.ingest(settings, None, store, secrets=read_prefect_secret)


@task(
    name="read input files",
    retries=3,
    retry_delay_seconds=exponential_backoff(backoff_factor=5),
    retry_condition_fn=is_transient,
    cache_policy=NO_CACHE,
)
def read_files_task(settings: Settings, inputs: list[str], store) -> IngestResult:
    """Read the files given instead of the configured sources (unchanged files skipped)."""
    return steps.ingest(settings, [Path(p) for p in inputs], store)


@task(name="load models", cache_policy=NO_CACHE)
def load_models_task(settings: Settings, store):
    """Build the embedder and analyser from the configured models."""
    embedder = registry.build_embedder(settings, store) if settings.topics.enabled else None
    return embedder, registry.build_analyser(settings, embedder)


@task(name="select new and changed items", cache_policy=NO_CACHE)
def select_task(store, items):
    """Split items into new, changed and unchanged against the store."""
    return select_for_analysis(store, items)


@task(name="assign topics", cache_policy=NO_CACHE)
def topics_task(settings: Settings, store, embedder, analysed):
    """Transform with the saved topic model (fit only the first time)."""
    return steps.assign_topics(settings, store, embedder, analysed)


@task(
    name="store insights and open follow-ups",
    retries=2,
    retry_delay_seconds=exponential_backoff(backoff_factor=2),
    retry_condition_fn=is_transient,
    cache_policy=NO_CACHE,
)
def store_task(settings: Settings, store, summary: RunSummary, analysed, analyser) -> int:
    """Upsert insights and open follow-up cases (idempotent, so safe to retry)."""
    return steps.store_insights(settings, store, summary, analysed, analyser)


@task(
    name="write exports",
    retries=2,
    retry_delay_seconds=exponential_backoff(backoff_factor=2),
    retry_condition_fn=is_transient,
    cache_policy=NO_CACHE,
)
def export_task(settings: Settings, store, run_id: str, changed: int) -> dict[str, str]:
    """Write the run's export partition, and the full files, workbook and report when due."""
    return export_run(settings, store, run_id, changed)


def read_all(settings: Settings, inputs: list[str] | None, store) -> IngestResult:
    """Read ``inputs`` or every configured source, one named task per source."""
    if inputs:
        return read_files_task(settings, inputs, store)
    if not settings.sources:
        raise PipelineRunError("no sources configured and no inputs given")
    merged = IngestResult()
    for spec in settings.sources:
        named = read_source_task.with_options(task_run_name=f"read source {spec.name}")
        result = named(settings.model_copy(update={"sources": [spec]}), store)
        merged.absorb(result)
    return merged


@flow(name="vocmine-pipeline", log_prints=False, on_failure=[notify_failure])
def vocmine_pipeline(
    config: str | None = None,
    inputs: list[str] | None = None,
    store_url: str | None = None,
    out_dir: str | None = None,
    write_exports: bool = True,
    task_runner: str = "thread",
    workers: int = 1,
    dask_address: str | None = None,
    cache_analysis: bool = True,
    store_lock_timeout_seconds: float = 3600.0,
    failure_webhook_url: str | None = None,
) -> dict[str, Any]:
    """Run the whole VoC pipeline on the configured sources (or ``inputs``).

    Args:
        config: YAML config file; default ``vocmine.yaml`` of the checkout.
        inputs: Files to read instead of the configured sources.
        store_url: Store URL overriding the config.
        out_dir: Export folder overriding the config.
        write_exports: Write the CSV/Parquet/XLSX exports (the hourly
            incremental deployment leaves them to the nightly run).
        task_runner: ``thread`` or ``dask``: where analysis chunks run.
        workers: Threads, or local Dask worker processes.
        dask_address: Scheduler of a running Dask cluster (``task_runner=dask``).
        cache_analysis: Reuse the results of identical chunks for a day.
        store_lock_timeout_seconds: How long to wait for another run on the
            same store to finish before failing.
        failure_webhook_url: Posted to when the run fails; default the
            ``VOCMINE_FAILURE_WEBHOOK_URL`` environment variable.

    Returns:
        The run summary as a dict.
    """
    logger = get_run_logger()
    settings = load_settings_task(config, store_url, out_dir)
    runner = build_task_runner(task_runner, workers, dask_address)
    with store_lock(settings.resolved_store_url, store_lock_timeout_seconds):
        summary = _run(settings, inputs, write_exports, runner, workers, cache_analysis)
    publish_run_artifacts(summary)
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
    return {**summary.to_dict(), "store_url": mask_password(settings.resolved_store_url)}


def _run(
    settings: Settings,
    inputs: list[str] | None,
    write_exports: bool,
    runner: Any,
    workers: int,
    cache_analysis: bool,
) -> RunSummary:
    logger = get_run_logger()
    started = datetime.now(UTC)
    summary = RunSummary(run_id=steps.new_run_id(started), started_at=started)
    step = "opening the store"
    with open_store(settings.resolved_store_url) as store:
        store.start_run(summary)
        try:
            step = "reading the sources"
            result = read_all(settings, inputs, store)
            quarantined = steps.redact_quarantined(result.quarantined, Redactor())
            store.add_quarantined(summary.run_id, quarantined)
            step = "selecting new and changed items"
            selection = select_task(store, result.items)
            todo = selection.new + selection.changed
            logger.info(
                "%d items to analyse (%d new, %d changed, %d unchanged)",
                len(todo),
                len(selection.new),
                len(selection.changed),
                selection.unchanged,
            )
            embedder, analyser, analysed = None, None, []
            if todo:  # models load only when there is something to analyse
                step = "loading the models"
                embedder, analyser = load_models_task(settings, store)
                register_analyser(settings, analyser)
                step = "analysing the items"
                versions = registry.model_versions(settings, analyser, None)
                analysed = analyse_items(
                    runner,
                    settings,
                    todo,
                    versions,
                    max_in_flight=2 * workers,
                    cache=cache_analysis,
                )
            step = "assigning topics"
            topic_dir = topics_task(settings, store, embedder, analysed)
            step = "storing insights and follow-ups"
            if analyser is not None:
                summary.followups_opened = store_task(settings, store, summary, analysed, analyser)
            steps.advance_watermarks(store, result)
            complete_summary(
                settings=settings,
                summary=summary,
                store=store,
                result=result,
                selection=selection,
                analysed=analysed,
                versions=registry.model_versions(settings, analyser, topic_dir),
            )
            if write_exports:
                step = "writing the exports"
                summary.exports = export_task(settings, store, summary.run_id, len(analysed))
            summary.status = "completed"
            summary.finished_at = datetime.now(UTC)
            store.finish_run(summary)
        except BaseException as error:
            summary.status = "failed"
            summary.finished_at = datetime.now(UTC)
            store.finish_run(summary)
            if isinstance(error, Exception) and not isinstance(error, PipelineRunError):
                raise PipelineRunError(
                    f"vocmine run {summary.run_id} failed while {step}: "
                    f"{type(error).__name__}: {error}"
                ) from error
            raise
    return summary


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
