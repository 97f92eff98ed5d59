"""Analyse items in chunks mapped over a task runner (threads or a Dask cluster).

The chunk task never receives a model object: it gets the settings and looks
up (or, on a fresh Dask worker, builds once per process) the analyser for
them. So chunks pickle small, worker memory is bounded by one chunk plus the
models, and the task's cache key hashes only the settings, the chunk's items
and a model fingerprint - never a model.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from datetime import timedelta
from typing import cast
from uuid import UUID

from prefect import get_run_logger, task
from prefect.artifacts import create_progress_artifact, update_progress_artifact
from prefect.cache_policies import INPUTS, NO_CACHE, TASK_SOURCE
from prefect.futures import PrefectFuture, as_completed

from flows.native_threads import native_thread_limit
from flows.runners import ChunkRunner
from vocmine import registry
from vocmine.analysis.analyser import Analyser
from vocmine.config import Settings
from vocmine.pipeline import run
from vocmine.schemas import AnalysedItem, FeedbackItem

PROGRESS_KEY = "vocmine-analysis-progress"
KEPT_ANALYSERS = 2
"""Analysers a process keeps (a long-lived Dask worker serves runs of several settings)."""

# One short made-up message per supported language: analysing them loads what
# the analyser loads lazily (language models, lemmatisers, lexicons), so the
# first chunk of a run is not the one that pays for it.
WARM_UP_TEXTS = {
    "pl": "Paczka przyszła uszkodzona, proszę o zwrot pieniędzy.",
    "cs": "Zásilka dorazila poškozená, prosím o vrácení peněz.",
    "sk": "Zásielka prišla poškodená, prosím o vrátenie peňazí.",
    "ru": "Посылка пришла повреждённой, прошу вернуть деньги.",
    "uk": "Посилка прийшла пошкодженою, прошу повернути гроші.",
    "en": "The parcel arrived damaged, please refund my money.",
    "de": "Das Paket kam beschädigt an, bitte erstatten Sie mir das Geld.",
}

_analysers: OrderedDict[str, Analyser] = OrderedDict()
_analysers_lock = threading.Lock()


def settings_fingerprint(settings: Settings) -> str:
    """Return the settings as canonical JSON (the key of the per-process analyser)."""
    return settings.model_dump_json()


def register_analyser(settings: Settings, analyser: Analyser) -> None:
    """Make ``analyser`` the one chunk tasks in this process use for ``settings``."""
    with _analysers_lock:
        _keep(settings_fingerprint(settings), analyser)


def _keep(key: str, analyser: Analyser) -> None:
    """Store ``analyser`` as the newest; drop the oldest beyond :data:`KEPT_ANALYSERS`."""
    _analysers[key] = analyser
    _analysers.move_to_end(key)
    while len(_analysers) > KEPT_ANALYSERS:
        _analysers.popitem(last=False)


def analyser_for(settings: Settings) -> Analyser:
    """Return this process's analyser for ``settings``, building (and warming) it on first use.

    A Dask worker builds it when the worker plugin attaches
    (:class:`flows.dask_workers.AnalyserPlugin`), so chunks find it ready.
    """
    key = settings_fingerprint(settings)
    with _analysers_lock:
        if key not in _analysers:
            embedder = registry.build_embedder(settings) if settings.topics.enabled else None
            analyser = registry.build_analyser(settings, embedder)
            warm_up(analyser)
            _keep(key, analyser)
        _analysers.move_to_end(key)
        return _analysers[key]


def warm_up(analyser: Analyser) -> None:
    """Analyse :data:`WARM_UP_TEXTS` once, so lazily loaded parts are loaded now."""
    analyser.analyse(
        [
            FeedbackItem(source="vocmine-warm-up", external_id=lang, text=text)
            for lang, text in WARM_UP_TEXTS.items()
        ]
    )


@task(
    name="analyse chunk",
    # Pure given its inputs: the settings, the chunk's items and the model
    # versions. A retried or re-triggered run reuses finished chunks for a day.
    cache_policy=INPUTS + TASK_SOURCE,
    cache_expiration=timedelta(days=1),
)
def analyse_chunk_task(
    settings: Settings, chunk: Sequence[FeedbackItem], model_versions: dict[str, str]
) -> list[AnalysedItem]:
    """Detect language, redact, score sentiment, categorise and flag one chunk.

    Runs within this process's native thread share (set on Dask workers).
    """
    with native_thread_limit():
        return run.analyse_chunk(analyser_for(settings), chunk)


def analyse_items(
    runner: ChunkRunner,
    settings: Settings,
    items: list[FeedbackItem],
    model_versions: dict[str, str],
    cache: bool = True,
) -> list[AnalysedItem]:
    """Analyse ``items`` in chunks mapped over ``runner``.

    Call it inside a flow run. The runner is entered here (a Dask runner
    starts or connects to its cluster, and readies its workers) and left when
    all chunks are done. The runner plans the chunks
    (:meth:`flows.runners.ChunkRunner.plan_chunks`): ``settings.chunk_size``
    on threads; on Dask, sized to the cluster so scheduling stays a small
    share of the time. Only the planned number of chunks is in flight at a
    time, so a cluster never holds more; a progress artifact is updated as
    chunks finish. Items are passed to tasks, never as flow-run parameters,
    so no customer text is stored on the Prefect server.

    Args:
        runner: A fresh task runner (see :func:`flows.runners.build_task_runner`).
        settings: The run's settings (chunk size, models).
        items: The new and changed items of the run.
        model_versions: Versions of the models (part of the cache key).
        cache: Reuse results of identical chunks (False: always analyse).

    Returns:
        The analysed items, in the order of ``items``.
    """
    logger = get_run_logger()
    progress_id = cast(  # called from sync code: the id, not a coroutine
        UUID,
        create_progress_artifact(
            progress=0.0, key=PROGRESS_KEY, description="Share of this run's items analysed"
        ),
    )
    task_fn = (
        analyse_chunk_task if cache else analyse_chunk_task.with_options(cache_policy=NO_CACHE)
    )
    results: dict[int, list[AnalysedItem]] = {}
    pending: dict[PrefectFuture, int] = {}
    done_items = 0

    def collect_one() -> None:
        nonlocal done_items
        future = next(as_completed(list(pending)))
        number = pending.pop(future)
        results[number] = future.result()
        done_items += len(results[number])
        update_progress_artifact(progress_id, 100.0 * done_items / max(1, len(items)))

    with runner:
        started = time.perf_counter()
        plan = runner.plan_chunks(settings, len(items))
        chunks = list(run.chunked(items, plan.chunk_size))
        logger.info(
            "runner ready in %.1f s: %d chunks of up to %d items, %d in flight",
            time.perf_counter() - started,
            len(chunks),
            plan.chunk_size,
            plan.in_flight,
        )
        for number, chunk in enumerate(chunks):
            while len(pending) >= max(1, plan.in_flight):
                collect_one()
            named = task_fn.with_options(
                task_run_name=f"analyse chunk {number + 1}/{len(chunks)} "
                f"({len(chunk)} items, {', '.join(sorted({i.source for i in chunk}))})"
            )
            parameters = {"settings": settings, "chunk": chunk, "model_versions": model_versions}
            pending[runner.submit(named, parameters)] = number
        while pending:
            collect_one()
    if not chunks:
        update_progress_artifact(progress_id, 100.0)
    logger.info(
        "analysed %d items in %d chunks of up to %d", len(items), len(chunks), plan.chunk_size
    )
    return [entry for number in sorted(results) for entry in results[number]]
