"""Choose the task runner the analysis chunks are mapped over.

The runner is a flow parameter, so one deployment can run on threads in the
worker process and another on a Dask cluster, with the same flow code.
"""

from __future__ import annotations

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

TASK_RUNNERS = ("thread", "dask")


def build_task_runner(
    kind: str = "thread", workers: int = 1, dask_address: str | None = None
) -> TaskRunner:
    """Return the task runner for the analysis chunks.

    Args:
        kind: ``thread`` (threads in the flow's process) or ``dask``.
        workers: Threads (``thread``) or local Dask worker processes
            (``dask`` without ``dask_address``).
        dask_address: ``tcp://host:8786`` of a running Dask scheduler; None
            starts a ``LocalCluster`` with ``workers`` single-threaded
            processes for the run.

    Returns:
        A Prefect task runner.

    Raises:
        ValueError: On an unknown ``kind``.
        ImportError: When ``dask`` is asked for without ``prefect-dask``.
    """
    if kind == "thread":
        return ThreadPoolTaskRunner(max_workers=max(1, workers))
    if kind == "dask":
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError as error:  # pragma: no cover - depends on the install
            raise ImportError(
                "task_runner='dask' needs prefect-dask: pip install prefect-dask"
            ) from error
        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(
            cluster_class="distributed.LocalCluster",
            cluster_kwargs={
                "n_workers": max(1, workers),
                "threads_per_worker": 1,
                "processes": True,
                "dashboard_address": None,
            },
        )
    raise ValueError(f"unknown task_runner {kind!r}: use one of {', '.join(TASK_RUNNERS)}")
