"""The main vocmine flow: the run sequence of :mod:`vocmine.pipeline.run`, one task per step.

The flow does not write the sequence again: it passes :class:`PrefectSteps`
(each step wrapped as a Prefect task) to
:func:`vocmine.pipeline.run.run_pipeline`, so the run lock, the ordering and
the summary are those of ``vocmine run``, and so is the result. Run it
locally with ``python -m flows.pipeline`` (no server needed) or deploy it
with ``prefect.yaml`` (``make deploy``).

Operational behaviour:

* The analysis is mapped in chunks over a task runner chosen by the
  ``task_runner`` parameter: threads in the worker, or Dask (a LocalCluster,
  or the scheduler at ``dask_address``).
* Two runs never write one store at once: the run takes the store's run
  lock (as every run does, see :meth:`vocmine.store.Store.claim_for_run`),
  and waits first for the one slot of a global concurrency limit named after
  the store (see :mod:`flows.store_lock`).
* Only I/O tasks (reading sources, writing the store and exports) retry,
  with exponential backoff.
* Task parameters are data (settings, items, run ids): a task reaches the
  store and the models through the closure it is built in, never as a
  parameter, so nothing live is hashed, pickled or sent to the server.
* A failed run ends with a message naming the step that failed and posts to
  the failure webhook if one is configured (see :mod:`flows.notify`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from prefect import Task, flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import State, TaskRun
from prefect.tasks import exponential_backoff

from flows.analysis import analyse_items, register_analyser
from flows.artifacts import SUMMARY_KEY, publish_run_artifacts
from flows.logs import vocmine_logs_at_prefect_level
from flows.notify import notify_failure
from flows.runners import ChunkRunner, build_task_runner
from flows.source_secrets import read_prefect_secret
from flows.store_lock import store_lock
from vocmine import registry
from vocmine.config import Settings, load_settings
from vocmine.errors import VocmineError
from vocmine.pipeline import run
from vocmine.pipeline.exports import export_run
from vocmine.pipeline.selection import Selection, select_for_analysis
from vocmine.protocols import ProgressCallback
from vocmine.schemas import AnalysedItem, FeedbackItem, IngestResult, RunSummary
from vocmine.store import Store, mask_password

ARTIFACT_KEY = SUMMARY_KEY
P = ParamSpec("P")
R = TypeVar("R")


class PipelineRunError(RuntimeError):
    """A vocmine run failed; the message names the run and the step."""


PERMANENT_ERRORS = (FileNotFoundError, IsADirectoryError, PermissionError, VocmineError)


def is_transient(task: Task[..., Any], task_run: TaskRun, state: State) -> bool:
    """Retry only errors that can go away (network, locks); not a missing file or bad config."""
    error = state.result(raise_on_failure=False)
    return not isinstance(error, PERMANENT_ERRORS)


# Every task states its cache policy. Only ``analyse chunk`` (pure, costly;
# see flows/analysis.py) caches; the others read or write the outside world
# and must run each time. Only I/O tasks retry.
READ_RETRIES: dict[str, Any] = {
    "retries": 3,
    "retry_delay_seconds": exponential_backoff(backoff_factor=5),
    "retry_condition_fn": is_transient,
}
WRITE_RETRIES: dict[str, Any] = {
    "retries": 2,
    "retry_delay_seconds": exponential_backoff(backoff_factor=2),
    "retry_condition_fn": is_transient,
}


@task(name="load settings", cache_policy=NO_CACHE)
def load_settings_task(config: str | None, store_url: str | None, out_dir: str | None) -> Settings:
    """Read and validate the configuration."""
    return load_settings(config, store_url=store_url, out_dir=out_dir)


def step_task(fn: Callable[P, R], name: str, **options: Any) -> Task[P, R]:
    """Wrap one step call as an uncached Prefect task named ``name``."""
    return task(name=name, cache_policy=NO_CACHE, **options)(fn)


class PrefectSteps:
    """The steps of :class:`vocmine.pipeline.run.Steps`, each run as a Prefect task.

    Each method builds its task around a closure over the live objects it
    gets (the store, the models) and calls it with data only. Call it inside
    a flow run.

    Args:
        runner: The task runner the analysis chunks are mapped over (it plans
            their size and how many are in flight).
        cache_analysis: Reuse the results of identical chunks for a day.
        write_exports: False leaves the exports to another run (hourly runs).
    """

    def __init__(
        self,
        runner: ChunkRunner,
        cache_analysis: bool = True,
        write_exports: bool = True,
    ) -> None:
        self.runner = runner
        self.cache_analysis = cache_analysis
        self.exports_on = write_exports

    def read_sources(
        self, settings: Settings, inputs: Sequence[Path] | None, store: Store
    ) -> IngestResult:
        """Read ``inputs`` (one task) or every configured source (one named task each)."""
        if inputs:

            def read_input_files(settings: Settings, inputs: list[str]) -> IngestResult:
                """Read the files given instead of the configured sources (unchanged files skipped)."""
                return run.ingest(settings, [Path(p) for p in inputs], store)

            read_files = step_task(read_input_files, "read input files", **READ_RETRIES)
            return read_files(settings, [str(p) for p in inputs])
        if not settings.sources:
            raise PipelineRunError("no sources configured and no inputs given")

        def read_one_source(settings: Settings) -> IngestResult:
            """Read the one source of ``settings`` since its watermark."""
            return run.ingest(settings, None, store, secrets=read_prefect_secret)

        read_source = step_task(read_one_source, "read source", **READ_RETRIES)
        merged = IngestResult()
        for spec in settings.sources:
            named = read_source.with_options(task_run_name=f"read source {spec.name}")
            merged.absorb(named(settings.model_copy(update={"sources": [spec]})))
        return merged

    def select(self, store: Store, items: Sequence[FeedbackItem]) -> Selection:
        """Split items into new, changed and unchanged against the store."""

        def select_new_and_changed(items: Sequence[FeedbackItem]) -> Selection:
            return select_for_analysis(store, items)

        selection = step_task(select_new_and_changed, "select new and changed items")(items)
        get_run_logger().info(
            "%d items to analyse (%d new, %d changed, %d unchanged)",
            len(selection.new) + len(selection.changed),
            len(selection.new),
            len(selection.changed),
            selection.unchanged,
        )
        return selection

    def load_models(self, settings: Settings, store: Store) -> run.Models:
        """Build the embedder and analyser from the configured models."""

        def load_models(settings: Settings) -> run.Models:
            return run.load_models(settings, store)

        return step_task(load_models, "load models")(settings)

    def analyse(
        self,
        settings: Settings,
        models: run.Models,
        items: list[FeedbackItem],
        progress: ProgressCallback | None,
    ) -> list[AnalysedItem]:
        """Map the chunks over the task runner (see :func:`flows.analysis.analyse_items`)."""
        register_analyser(settings, models.analyser)
        analysed = analyse_items(
            self.runner,
            settings,
            items,
            registry.model_versions(settings, models.analyser, None),
            cache=self.cache_analysis,
        )
        if progress:
            progress(len(analysed), len(items))
        return analysed

    def assign_topics(
        self,
        settings: Settings,
        store: Store,
        models: run.Models | None,
        analysed: list[AnalysedItem],
    ) -> Path | None:
        """Transform with the saved topic model (fit only the first time)."""
        embedder = models.embedder if models else None

        def assign_topics(settings: Settings, analysed: list[AnalysedItem]) -> Path | None:
            return run.assign_topics(settings, store, embedder, analysed)

        return step_task(assign_topics, "assign topics")(settings, analysed)

    def add_contact_history(
        self, store: Store, models: run.Models, analysed: list[AnalysedItem]
    ) -> list[AnalysedItem]:
        """Add repeat-contact and channel-switch signals from the customers' stored contacts."""

        def add_contact_history(analysed: list[AnalysedItem]) -> list[AnalysedItem]:
            return run.add_contact_history(store, models.analyser, analysed)

        return step_task(add_contact_history, "add contact history", **READ_RETRIES)(analysed)

    def open_followups(self, settings: Settings, store: Store, analysed: list[AnalysedItem]) -> int:
        """Open the items' follow-up cases (idempotent, so safe to retry)."""

        def open_followups(settings: Settings, analysed: list[AnalysedItem]) -> int:
            return run.open_followups(settings, store, analysed)

        return step_task(open_followups, "open follow-up cases", **WRITE_RETRIES)(
            settings, analysed
        )

    def store_insights(self, store: Store, run_id: str, analysed: list[AnalysedItem]) -> None:
        """Upsert the run's insights (idempotent, so safe to retry)."""

        def store_insights(run_id: str, analysed: list[AnalysedItem]) -> None:
            run.store_insights(store, run_id, analysed)

        step_task(store_insights, "store insights", **WRITE_RETRIES)(run_id, analysed)

    def advance_watermarks(self, store: Store, result: IngestResult) -> None:
        """Remember what the run read (idempotent, so safe to retry)."""

        def advance_watermarks(
            watermarks: dict[str, str], files_read: list[tuple[str, str, str]]
        ) -> None:
            run.advance_watermarks(
                store, IngestResult(watermarks=watermarks, files_read=files_read)
            )

        step_task(advance_watermarks, "advance watermarks", **WRITE_RETRIES)(
            result.watermarks, result.files_read
        )

    def write_exports(
        self, settings: Settings, store: Store, run_id: str, changed: int
    ) -> dict[str, str]:
        """Write the run's export partition, and the full files when due; {} with exports off."""
        if not self.exports_on:
            return {}

        def write_exports(settings: Settings, run_id: str, changed: int) -> dict[str, str]:
            return export_run(settings, store, run_id, changed)

        return step_task(write_exports, "write exports", **WRITE_RETRIES)(settings, run_id, changed)


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
    vocmine_logs_at_prefect_level()
    logger = get_run_logger()
    settings = load_settings_task(config, store_url, out_dir)
    runner = build_task_runner(task_runner, workers, dask_address)
    steps = PrefectSteps(runner, cache_analysis, write_exports)
    with store_lock(settings.resolved_store_url, store_lock_timeout_seconds):
        summary = run_naming_the_step(settings, inputs, steps)
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


def run_naming_the_step(
    settings: Settings, inputs: list[str] | None, steps: PrefectSteps
) -> RunSummary:
    """Run :func:`vocmine.pipeline.run.run_pipeline` with ``steps``; name the failed step.

    Raises:
        PipelineRunError: The run failed; the message names the run, the step
            and the error.
    """
    try:
        return run.run_pipeline(
            settings,
            [Path(p) for p in inputs] if inputs else None,
            steps,
            secrets=read_prefect_secret,
        )
    except PipelineRunError:
        raise
    except Exception as error:
        raise PipelineRunError(f"{failure_note(error)}: {type(error).__name__}: {error}") from error


def failure_note(error: BaseException) -> str:
    """Return the note :func:`vocmine.pipeline.run.run_pipeline` added naming the failed step."""
    notes = [n for n in getattr(error, "__notes__", ()) if n.startswith("vocmine run ")]
    return notes[-1] if notes else "vocmine run failed"


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
