"""Dask: a real scheduler and two workers on loopback, the worker plugin, chunk sizing.

The cluster is started with the Makefile's ``make dask-scheduler`` and
``make dask-worker`` (docs/prefect.md, section 5) as separate process groups,
and the flow connects to it through ``dask_address``, as an operator's
deployment does.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml

pytest.importorskip("prefect_dask")

from distributed import Client, LocalCluster  # noqa: E402

from bench.dask_cluster import local_dask_cluster  # noqa: E402
from flows.dask_workers import (  # noqa: E402
    DaskClusterError,
    chunk_size_for,
    prepare_cluster,
    worker_native_threads,
)
from flows.native_threads import core_share, usable_cores  # noqa: E402
from flows.pipeline import vocmine_pipeline  # noqa: E402
from tests.conftest import REPO, fast_config_file  # noqa: E402
from tests.flows.test_flow import _task_run_names  # noqa: E402
from vocmine.config import load_settings  # noqa: E402
from vocmine.store import open_store  # noqa: E402

pytestmark = pytest.mark.slow

INPUTS = [
    str(REPO / "data" / "sample" / name)
    for name in ("reviews.csv", "tickets.json", "chats.jsonl", "reviews_ru_cp1251.csv")
]
# what a run sets per run or per store, not per item
RUN_COLUMNS = {"run_id", "first_run_id", "analysed_at"}


def _config(tmp_path: Path, name: str) -> Path:
    """A fast config (no topic stage) with its own store and out folder, 48-item chunks."""
    folder = tmp_path / name
    folder.mkdir()
    config = fast_config_file(folder, with_sources=False)
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    settings["topics"]["enabled"] = False
    settings["chunk_size"] = 48
    config.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    return config


def _stored_insights(config: Path) -> pd.DataFrame:
    settings = load_settings(config)
    with open_store(settings.resolved_store_url) as store:
        frame = store.read_insights()
    frame = frame.drop(columns=[c for c in frame.columns if c in RUN_COLUMNS])
    return frame.set_index("item_id").sort_index()


def _assert_same_insights(threads: pd.DataFrame, dask: pd.DataFrame) -> None:
    assert list(threads.index) == list(dask.index)
    assert list(threads.columns) == list(dask.columns)
    for column in threads.columns:
        left, right = threads[column], dask[column]
        if pd.api.types.is_float_dtype(left):
            # BLAS sums may differ in the last bits with another thread count
            pd.testing.assert_series_equal(left, right, check_exact=False, rtol=1e-5)
        else:
            assert [json.dumps(v, sort_keys=True, default=str) for v in left] == [
                json.dumps(v, sort_keys=True, default=str) for v in right
            ], column


def _summary(result: dict[str, Any]) -> dict[str, Any]:
    ignored = {"run_id", "started_at", "finished_at", "seconds", "stages", "peak_rss_mb"}
    ignored |= {"store_url", "exports"}
    return {k: v for k, v in result.items() if k not in ignored}


def test_flow_on_a_real_two_worker_cluster_equals_the_thread_runner(
    prefect_harness, tmp_path, monkeypatch
):
    # one pseudonym key for both stores, so customer keys may be compared too
    monkeypatch.setenv("VOCMINE_PSEUDONYM_KEY", "dask-test-key-0123456789abcdef")
    on_threads = _config(tmp_path, "threads")
    on_dask = _config(tmp_path, "dask")
    expected = vocmine_pipeline(config=str(on_threads), inputs=INPUTS, write_exports=False)

    def analysers_held() -> int:  # local: sent to the workers by value
        from flows import analysis

        return len(analysis._analysers)

    with local_dask_cluster(2, tmp_path / "dask-logs") as address:
        state = vocmine_pipeline(
            config=str(on_dask),
            inputs=INPUTS,
            task_runner="dask",
            dask_address=address,
            cache_analysis=False,
            write_exports=False,
            return_state=True,
        )
        result = state.result()
        with Client(address) as client:
            threads_per_worker = worker_native_threads(client)
            executed = client.run(lambda dask_worker: dask_worker.state.executed_count)
            analysers = client.run(analysers_held)

    assert result["status"] == "completed"
    assert result["stored"] > 250
    assert _summary(result) == _summary(expected)
    _assert_same_insights(_stored_insights(on_threads), _stored_insights(on_dask))
    # two workers on one machine: each gets its share of the cores
    assert sorted(threads_per_worker.values()) == [core_share(2)] * 2
    # each worker loaded the models once (the plugin), and both analysed chunks
    assert sorted(analysers.values()) == [1, 1]
    assert all(count >= 1 for count in executed.values()), executed
    # the chunks' task runs report to the flow's server (not to a server of each worker)
    chunks = [
        name
        for name in _task_run_names(str(state.state_details.flow_run_id))
        if name.startswith("analyse chunk")
    ]
    planned = chunk_size_for(result["stored"], 2, 48)
    assert len(chunks) == -(-result["stored"] // planned) > 2, chunks


def test_prepare_cluster_fails_clearly_without_workers(tmp_path):
    settings = load_settings(fast_config_file(tmp_path, with_sources=False))
    with (
        LocalCluster(n_workers=0, processes=False, dashboard_address=None) as cluster,
        Client(cluster) as client,
        pytest.raises(DaskClusterError, match="no Dask worker joined the scheduler within 1 s"),
    ):
        prepare_cluster(client, settings, wait_seconds=1)


class _ClusterWithoutTheCode:
    """Stands in for a client whose worker was started outside a checkout."""

    def wait_for_workers(self, n_workers: int, timeout: float | None = None) -> None:
        pass

    def run_on_scheduler(self, function: Any) -> str:
        return function()  # this process has the code

    def run(self, function: Any) -> dict[str, str]:
        return {"tcp://10.0.0.7:40001": "ModuleNotFoundError: No module named 'flows'"}


def test_prepare_cluster_names_the_worker_that_lacks_the_code(tmp_path):
    settings = load_settings(fast_config_file(tmp_path, with_sources=False))
    with pytest.raises(DaskClusterError) as raised:
        prepare_cluster(_ClusterWithoutTheCode(), settings)  # type: ignore[arg-type]
    message = str(raised.value)
    assert "tcp://10.0.0.7:40001: ModuleNotFoundError: No module named 'flows'" in message
    assert "make dask-worker" in message
    assert "scheduler:" not in message


@pytest.mark.parametrize(
    ("items", "slots", "minimum", "expected"),
    [
        (10_000, 1, 256, 2048),  # capped: a worker holds one chunk
        (10_000, 2, 256, 1250),  # 4 chunks per slot
        (2_000, 2, 256, 256),  # never below the configured chunk_size
        (100, 4, 256, 256),
        (0, 2, 256, 256),
        (100_000, 16, 64, 1563),
    ],
)
def test_chunk_size_for(items, slots, minimum, expected):
    assert chunk_size_for(items, slots, minimum) == expected


def test_core_share_divides_the_cores_and_never_goes_below_one():
    assert core_share(1) == usable_cores()
    assert core_share(2) == max(1, usable_cores() // 2)
    assert core_share(usable_cores() * 4) == 1
    assert core_share(1, threads_per_process=usable_cores()) == 1


NATIVE_LIMIT_SCRIPT = """
import json, numpy, threading
from threadpoolctl import threadpool_info
from flows.native_threads import native_thread_limit, native_threads, use_native_threads

def counts():
    return sorted({p["num_threads"] for p in threadpool_info()})

before = native_threads()
with native_thread_limit() as unset:
    pass
use_native_threads(1)
seen = {}
def task():
    with native_thread_limit() as applied:
        seen["applied"] = applied
        seen["inside"] = counts()
thread = threading.Thread(target=task)
thread.start(); thread.join()
print(json.dumps({"before": before, "unset": unset, **seen}))
"""


def test_native_thread_limit_applies_the_share_in_the_task_thread():
    # a child process: the limit is process-wide and must not leak into the tests
    done = subprocess.run(
        [sys.executable, "-c", NATIVE_LIMIT_SCRIPT],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)},
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"before": None, "unset": None, "applied": 1, "inside": [1]}


def test_use_native_threads_refuses_zero():
    from flows.native_threads import use_native_threads

    with pytest.raises(ValueError, match="at least 1"):
        use_native_threads(0)
