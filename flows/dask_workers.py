"""Prepare a Dask cluster for the analysis: models loaded once per worker, cores shared.

Before the first chunk is submitted, :func:`prepare_cluster` (called by
:func:`flows.analysis.analyse_items` for a Dask runner):

1. waits for the cluster's workers and checks that the scheduler and each
   worker can import this checkout's ``flows`` and ``vocmine`` (the scheduler
   unpickles every task; a process started elsewhere fails here, with the fix
   in the message, not later in a chunk);
2. registers :class:`AnalyserPlugin` on every worker (and on workers that join
   later): it sets the worker's native thread count to its share of the
   machine's cores and builds the analyser for the run's settings once, so no
   chunk pays the model load;
3. returns the number of task slots, from which the flow sizes the chunks
   (:func:`chunk_size_for`) and the number in flight.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import Counter
from typing import Any
from urllib.parse import urlparse

from distributed import Client, WorkerPlugin

from flows.analysis import analyser_for
from flows.native_threads import core_share, native_threads, use_native_threads
from vocmine.config import Settings

logger = logging.getLogger(__name__)

PLUGIN_NAME = "vocmine-analyser"
CHUNKS_PER_SLOT = 4
MAX_CHUNK_SIZE = 2048
WORKER_WAIT_SECONDS = 60.0


class DaskClusterError(RuntimeError):
    """The Dask cluster cannot run the analysis (no workers, or workers without the code)."""


def host_of(address: str) -> str:
    """Return the host part of a Dask address such as ``tcp://10.0.0.5:40123``."""
    return urlparse(address).hostname or address


class AnalyserPlugin(WorkerPlugin):
    """Sets a worker's native threads and builds its analyser once, at attach time.

    Args:
        settings: The run's settings (the analyser is built for them).
        processes_per_host: Worker processes on each host (by host name), to
            split each machine's cores among them.
        threads: Native threads per worker thread; None: the core share.
    """

    name = PLUGIN_NAME

    def __init__(
        self,
        settings: Settings,
        processes_per_host: dict[str, int],
        threads: int | None = None,
    ) -> None:
        self.settings = settings
        self.processes_per_host = processes_per_host
        self.threads = threads

    async def setup(self, worker: Any) -> None:
        """Apply the thread share, then load the models in a thread (heartbeats go on)."""
        host = host_of(worker.address)
        threads = self.threads or core_share(
            self.processes_per_host.get(host, 1), worker.state.nthreads
        )
        use_native_threads(threads)
        started = time.perf_counter()
        await asyncio.to_thread(analyser_for, self.settings)
        logger.info(
            "vocmine worker %s: %d native threads, models loaded in %.1f s",
            worker.address,
            threads,
            time.perf_counter() - started,
        )


def prepare_cluster(
    client: Client,
    settings: Settings,
    threads: int | None = None,
    wait_seconds: float = WORKER_WAIT_SECONDS,
) -> int:
    """Get the cluster's workers ready for ``settings``; return its task slots.

    Args:
        client: A client connected to the cluster.
        settings: The run's settings.
        threads: Native threads per task slot; None: each machine's cores
            divided among its worker threads.
        wait_seconds: How long to wait for a first worker.

    Returns:
        The number of task threads over all workers.

    Raises:
        DaskClusterError: No worker joined in time, or the scheduler or a
            worker cannot import vocmine.
    """
    try:
        client.wait_for_workers(1, timeout=wait_seconds)
    except TimeoutError as error:
        raise DaskClusterError(
            f"no Dask worker joined the scheduler within {wait_seconds:.0f} s: start workers "
            "with `make dask-worker DASK_SCHEDULER=<address>` (docs/prefect.md)"
        ) from error

    def worker_can_run_vocmine() -> str:
        """Run on each worker: '' when the code imports, else the error.

        A local function, so it is sent by value: a worker without the code
        can still run it and say so.
        """
        try:
            import flows.analysis  # noqa: F401
            import vocmine  # noqa: F401
        except Exception as error:  # reported to the client, not raised on the worker
            return f"{type(error).__name__}: {error}"
        return ""

    # the scheduler unpickles each task too, so it needs the code as much as the workers
    problems = {"scheduler": client.run_on_scheduler(worker_can_run_vocmine)}
    problems.update(client.run(worker_can_run_vocmine))
    problems = {where: message for where, message in problems.items() if message}
    if problems:
        listed = "; ".join(f"{where}: {message}" for where, message in problems.items())
        raise DaskClusterError(
            "the Dask cluster cannot import vocmine's code (start the scheduler and each "
            "worker from a checkout with PYTHONPATH set to it, as `make dask-scheduler` and "
            f"`make dask-worker` do): {listed}"
        )
    workers = client.scheduler_info(n_workers=-1)["workers"]
    processes_per_host = dict(Counter(host_of(address) for address in workers))
    started = time.perf_counter()
    client.register_plugin(AnalyserPlugin(settings, processes_per_host, threads), name=PLUGIN_NAME)
    slots = sum(int(info.get("nthreads", 1)) for info in workers.values())
    logger.info(
        "Dask cluster ready in %.1f s: %d workers on %d hosts, %d task slots",
        time.perf_counter() - started,
        len(workers),
        len(processes_per_host),
        slots,
    )
    return max(1, slots)


def chunk_size_for(
    items: int,
    slots: int,
    minimum: int,
    chunks_per_slot: int = CHUNKS_PER_SLOT,
    maximum: int = MAX_CHUNK_SIZE,
) -> int:
    """Return the chunk size that keeps scheduling a small share of a Dask run.

    Each chunk costs a task round trip (submit, state reports to the Prefect
    API, results sent back), so chunks should be large; but each slot should
    get several, so the last ones even out the workers and the progress
    moves. The size aims at ``chunks_per_slot`` chunks per slot, never below
    the configured ``minimum`` (``chunk_size``) and never above ``maximum``
    (a worker's memory holds one chunk and its results).

    Args:
        items: Items to analyse.
        slots: Task threads of the cluster.
        minimum: The configured ``chunk_size``.
        chunks_per_slot: Chunks each slot should get.
        maximum: Largest chunk.

    Returns:
        Items per chunk.
    """
    target = math.ceil(items / max(1, slots * chunks_per_slot))
    return max(1, minimum, min(maximum, target))


def worker_native_threads(client: Client) -> dict[str, int | None]:
    """Return each worker's native thread count (for tests and the bench)."""
    return dict(client.run(native_threads))
