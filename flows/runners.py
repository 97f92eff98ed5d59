"""Choose the task runner the analysis chunks are mapped over, and how to chunk for it.

The runner is a flow parameter, so one deployment can run on threads in the
worker process and another on a Dask cluster, with the same flow code. Each
runner here also says how the items should be chunked for it
(:meth:`ThreadChunkRunner.plan_chunks`, :meth:`DaskChunkRunner.plan_chunks`),
so :func:`flows.analysis.analyse_items` never has to ask which kind it got.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any, NamedTuple, Protocol

from prefect.futures import PrefectFuture
from prefect.task_runners import ThreadPoolTaskRunner

from vocmine.config import Settings

TASK_RUNNERS = ("thread", "dask")


class ChunkPlan(NamedTuple):
    """How a run's items are cut and fed to the runner."""

    chunk_size: int
    """Items per chunk task."""
    in_flight: int
    """Chunks submitted and not yet finished, at most."""


class ChunkRunner(Protocol):
    """A Prefect task runner that also plans the chunks of an analysis."""

    def __enter__(self) -> Any:
        """Start the runner (a Dask runner starts or connects to its cluster)."""
        ...

    def __exit__(self, *args: Any) -> None:
        """Stop the runner."""
        ...

    def submit(self, task: Any, parameters: dict[str, Any]) -> PrefectFuture[Any]:
        """Submit one task run with ``parameters``."""
        ...

    def plan_chunks(self, settings: Settings, items: int) -> ChunkPlan:
        """Return the chunking for ``items`` items (call it inside ``with runner``)."""
        ...


class ThreadChunkRunner(ThreadPoolTaskRunner):
    """Threads in the flow's process: the configured ``chunk_size``, two chunks per thread."""

    def plan_chunks(self, settings: Settings, items: int) -> ChunkPlan:
        """Return ``chunk_size`` from the settings and ``2 x threads`` in flight."""
        return ChunkPlan(settings.chunk_size, 2 * max(1, self._max_workers))


@cache
def _dask_runner_class() -> Callable[..., ChunkRunner]:
    """Return :class:`prefect_dask.DaskTaskRunner` extended with chunk planning (one class).

    Defined on first use, as prefect-dask is an optional install.
    """
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError as error:  # pragma: no cover - depends on the install
        raise ImportError(
            "task_runner='dask' needs prefect-dask: pip install prefect-dask"
        ) from error

    class DaskChunkRunner(DaskTaskRunner):
        """Prefect-dask's runner; before the first chunk it prepares the cluster's workers.

        ``native_threads`` (None: each machine's share of the cores) is the
        native thread count each worker gets.
        """

        native_threads: int | None = None

        def plan_chunks(self, settings: Settings, items: int) -> ChunkPlan:
            """Prepare the workers (:func:`flows.dask_workers.prepare_cluster`); size the chunks.

            Chunks are sized for the cluster's task slots
            (:func:`flows.dask_workers.chunk_size_for`), two per slot in flight.
            """
            from flows.dask_workers import chunk_size_for, prepare_cluster

            slots = prepare_cluster(self.client, settings, self.native_threads)
            return ChunkPlan(chunk_size_for(items, slots, settings.chunk_size), 2 * slots)

    return DaskChunkRunner


def build_task_runner(
    kind: str = "thread",
    workers: int = 1,
    dask_address: str | None = None,
    native_threads: int | None = None,
) -> ChunkRunner:
    """Return the task runner for the analysis chunks.

    Args:
        kind: ``thread`` (threads in the flow's process) or ``dask``.
        workers: Threads (``thread``) or local Dask worker processes
            (``dask`` without ``dask_address``).
        dask_address: ``tcp://host:8786`` of a running Dask scheduler; None
            starts a ``LocalCluster`` with ``workers`` single-threaded
            processes for the run.
        native_threads: Native (OpenMP, BLAS) threads of each Dask worker
            thread; None: each machine's cores divided among its workers.
            Not used by ``thread``, whose one analysis uses every core.

    Returns:
        A Prefect task runner that plans its chunks.

    Raises:
        ValueError: On an unknown ``kind``.
        ImportError: When ``dask`` is asked for without ``prefect-dask``.
    """
    if kind == "thread":
        return ThreadChunkRunner(max_workers=max(1, workers))
    if kind == "dask":
        runner_class = _dask_runner_class()
        runner: Any
        if dask_address:
            runner = runner_class(address=dask_address)
        else:
            runner = runner_class(
                cluster_class="distributed.LocalCluster",
                cluster_kwargs={
                    "n_workers": max(1, workers),
                    "threads_per_worker": 1,
                    "processes": True,
                    "dashboard_address": None,
                },
            )
        runner.native_threads = native_threads
        chunk_runner: ChunkRunner = runner
        return chunk_runner
    raise ValueError(f"unknown task_runner {kind!r}: use one of {', '.join(TASK_RUNNERS)}")
