"""The Prefect flow takes the store's run lock like every run does.

* A flow run SIGKILLed mid-analysis leaves its run ``running``; the next flow
  run marks it ``interrupted`` (and stores everything).
* On PostgreSQL, a flow run is refused while a ``vocmine run`` holds the
  store, and a ``vocmine run`` is refused while a flow run holds it.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

pytest.importorskip("prefect")

import vocmine.pipeline.run as run  # noqa: E402
from flows.pipeline import PrefectSteps, vocmine_pipeline  # noqa: E402
from flows.runners import build_task_runner  # noqa: E402
from tests.conftest import REPO, fast_config_file  # noqa: E402
from tests.pipeline.test_crash_safety import crash_config  # noqa: E402
from vocmine.config import load_settings  # noqa: E402
from vocmine.errors import StoreError  # noqa: E402
from vocmine.pipeline.run import Steps, run_pipeline  # noqa: E402
from vocmine.store import open_store  # noqa: E402

pytestmark = pytest.mark.slow

REVIEWS = str(REPO / "data" / "sample" / "reviews.csv")

STALLED_FLOW = """
import sys, time
import vocmine.pipeline.run as run

def stall(analyser, items):
    print("analysing", flush=True)
    time.sleep(600)

run.analyse_chunk = stall
from flows.pipeline import vocmine_pipeline
vocmine_pipeline(config=sys.argv[1], cache_analysis=False)
"""


def test_prefect_steps_are_steps() -> None:
    assert isinstance(PrefectSteps(build_task_runner()), Steps)


def _lines(stream: Any) -> queue.Queue[str]:
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        for line in stream:
            lines.put(line)
        lines.put("")

    threading.Thread(target=pump, daemon=True).start()
    return lines


def test_flow_run_killed_mid_analysis_is_marked_interrupted_by_the_next_flow_run(
    prefect_harness, tmp_path: Path
) -> None:
    size = 40
    config = crash_config(tmp_path, size)
    store_url = f"duckdb:///{tmp_path / 'vocmine.duckdb'}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    # its own throwaway Prefect (an ephemeral server in its process group)
    env |= {
        "PREFECT_HOME": str(tmp_path / "prefect-victim"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
        "PYTHONPATH": str(REPO),
        "PYTHONUNBUFFERED": "1",
    }
    victim = subprocess.Popen(
        [sys.executable, "-c", STALLED_FLOW, str(config)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        start_new_session=True,
    )
    seen = ""
    try:
        lines = _lines(victim.stdout)
        while "analysing" not in seen:
            line = lines.get(timeout=300)
            if not line:
                pytest.fail(f"the flow ended before analysing:\n{seen[-3000:]}")
            seen += line
    finally:
        os.killpg(victim.pid, signal.SIGKILL)  # the flow and its Prefect server
        victim.wait(timeout=60)

    with open_store(store_url) as store:
        assert list(store.read_runs()["status"]) == ["running"]
        assert store.read_insights().empty

    result = vocmine_pipeline(config=str(config), cache_analysis=False, write_exports=False)

    assert result["status"] == "completed"
    assert result["stored"] == size
    with open_store(store_url) as store:
        runs = store.read_runs().set_index("run_id")["status"]
        assert len(store.read_insights()) == size
    assert sorted(runs) == ["completed", "interrupted"]
    assert runs[result["run_id"]] == "completed"


# ------------------------------------------------------------------ PostgreSQL


@pytest.fixture
def pg_config(tmp_path: Path, pg_store_url: str) -> Path:
    """A fast config without sources or topics, on a fresh PostgreSQL database."""
    config = fast_config_file(tmp_path, with_sources=False)
    raw = yaml.safe_load(config.read_text(encoding="utf-8"))
    raw["topics"]["enabled"] = False
    raw["chunk_size"] = 64
    raw["store_url"] = pg_store_url
    config.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return config


@pytest.fixture
def first_chunk_held(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Callable, Callable]]:
    """Hold the first analysed chunk of the test until released; later chunks run freely.

    Yields ``(wait_until_held, release)``.
    """
    held, released = threading.Event(), threading.Event()
    analyse_chunk = run.analyse_chunk

    def holding(analyser: Any, items: Any) -> Any:
        if not held.is_set():
            held.set()
            assert released.wait(timeout=300), "never released"
        return analyse_chunk(analyser, items)

    monkeypatch.setattr(run, "analyse_chunk", holding)

    def wait_until_held() -> None:
        assert held.wait(timeout=300), "the first run never reached the analysis"

    yield wait_until_held, released.set
    released.set()


def _in_thread(call: Callable[[], Any]) -> tuple[threading.Thread, list[Any]]:
    outcome: list[Any] = []

    def target() -> None:
        try:
            outcome.append(call())
        except BaseException as error:  # reported by the test
            outcome.append(error)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    return thread, outcome


def test_flow_refused_on_postgres_while_vocmine_run_holds_the_store(
    prefect_harness, pg_config: Path, pg_store_url: str, first_chunk_held
) -> None:
    wait_until_held, release = first_chunk_held
    settings = load_settings(pg_config)
    cli, cli_outcome = _in_thread(lambda: run_pipeline(settings, inputs=[Path(REVIEWS)]))
    try:
        wait_until_held()
        state = vocmine_pipeline(
            config=str(pg_config),
            inputs=[REVIEWS],
            cache_analysis=False,
            write_exports=False,
            return_state=True,
        )
    finally:
        release()
        cli.join(timeout=300)

    assert state.is_failed()
    assert "another vocmine run is writing" in state.message
    assert "failed while opening the store" in state.message
    [summary] = cli_outcome
    assert summary.status == "completed", summary
    with open_store(pg_store_url) as store:
        runs = store.read_runs()
        assert list(runs["run_id"]) == [summary.run_id]  # the refused flow left no run
        assert list(runs["status"]) == ["completed"]
        assert len(store.read_insights()) == summary.stored > 0


def test_vocmine_run_refused_on_postgres_while_a_flow_run_holds_the_store(
    prefect_harness, pg_config: Path, pg_store_url: str, first_chunk_held
) -> None:
    wait_until_held, release = first_chunk_held
    settings = load_settings(pg_config)
    flow_run, flow_outcome = _in_thread(
        lambda: vocmine_pipeline(
            config=str(pg_config), inputs=[REVIEWS], cache_analysis=False, write_exports=False
        )
    )
    try:
        wait_until_held()
        with pytest.raises(StoreError, match="another vocmine run is writing"):
            run_pipeline(settings, inputs=[Path(REVIEWS)])
    finally:
        release()
        flow_run.join(timeout=300)

    [result] = flow_outcome
    assert isinstance(result, dict), result
    assert result["status"] == "completed"
    with open_store(pg_store_url) as store:
        runs = store.read_runs()
        assert list(runs["run_id"]) == [result["run_id"]]  # the refused run left no run
        assert list(runs["status"]) == ["completed"]
        assert len(store.read_insights()) == result["stored"] > 0
