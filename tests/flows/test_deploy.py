"""Integration: a real Prefect server, `make deploy`, a process worker, the alerts.

Starts ``prefect server start`` on 127.0.0.1 (free port, temp PREFECT_HOME,
scheduler service off so no scheduled run starts during the test) and an HTTP
receiver on 127.0.0.1 standing in for the alert webhook, then runs
``make deploy`` as an operator does (work pool, ``prefect --no-prompt deploy
--all``, alert block and automations). The tests check the deployments and
automations it registered, run ``nightly-pipeline`` on the sample data
through a worker to Completed, and check that a Failed run, a run whose
process is SIGKILLed (Crashed) and a Late nightly run each reach the
receiver. Every process started here is killed at the end, also when a test
fails.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

pytest.importorskip("prefect")

import httpx  # noqa: E402

from bench.dask_cluster import (  # noqa: E402
    free_port,
    local_dask_cluster,
    stop_process_group,
)
from flows.analysis import PROGRESS_KEY  # noqa: E402
from flows.artifacts import EXPORTS_KEY, SUMMARY_KEY, TOP_TABLE_KEY  # noqa: E402
from flows.automations import ALERT_BLOCK, AUTOMATIONS_FILE, read_automations  # noqa: E402
from tests.conftest import REPO, fast_config_file  # noqa: E402

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
PREFECT = str(BIN / "prefect")
# the Makefile's targets as docs/prefect.md gives them; -o: never (re)build the venv or
# the compiled redactor here, BIN: the venv running the tests
MAKE = ["make", "-o", ".venv/.installed", "-o", "vocmine/nlp/redaction_native.json", f"BIN={BIN}"]
SERVER_START_TIMEOUT = 240
RUN_TIMEOUT = 300
ALERT_TIMEOUT = 90
DEPLOYMENTS = {
    "nightly-pipeline",
    "hourly-incremental",
    "weekly-topic-refit",
    "followup-alerts",
    "export-on-demand",
}
FAILED_OR_CRASHED = "vocmine flow run failed or crashed"
NIGHTLY_LATE = "vocmine nightly run late by more than an hour"


def _wait_healthy(api: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"prefect server exited early:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{api}/health", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    pytest.fail(
        f"prefect server not healthy after {SERVER_START_TIMEOUT} s:\n{log.read_text()[-3000:]}"
    )


class _AlertReceiver(ThreadingHTTPServer):
    """Keeps the JSON body of every POST it is sent."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _AlertHandler)
        self.received: list[Any] = []
        self.url = f"http://127.0.0.1:{self.server_address[1]}/alerts"

    def texts(self) -> list[str]:
        return [str(body.get("text", "")) for body in self.received if isinstance(body, dict)]


class _AlertHandler(BaseHTTPRequestHandler):
    server: _AlertReceiver

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        self.server.received.append(json.loads(body or b"null"))
        self.send_response(200)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="module")
def alert_receiver() -> Iterator[_AlertReceiver]:
    """A local HTTP receiver standing in for the Slack/Teams webhook."""
    receiver = _AlertReceiver()
    thread = threading.Thread(target=receiver.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        receiver.shutdown()
        receiver.server_close()


@pytest.fixture(scope="module")
def prefect_env(tmp_path_factory) -> Iterator[dict[str, str]]:
    """A running Prefect server; yields the environment pointing at it."""
    home = tmp_path_factory.mktemp("prefect_home")
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": api,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        # the deployed schedules must not start runs here: followup-alerts is due
        # every 15 minutes, on the checkout's own store
        "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "false",
        "PREFECT_WORKER_QUERY_SECONDS": "2",
        "PREFECT_WORKER_PREFETCH_SECONDS": "5",
        "PREFECT_LOGGING_LEVEL": "INFO",
        "VOCMINE_HOME": str(REPO),
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
    }
    env.pop("PREFECT_PROFILES_PATH", None)
    env.pop("VOCMINE_ALERT_WEBHOOK_URL", None)
    log = home / "server.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [*MAKE, "server", f"PREFECT_PORT={port}"],
            env=env,
            cwd=REPO,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        _wait_healthy(api, server, log)
        yield env
    finally:
        stop_process_group(server)


@pytest.fixture(scope="module")
def deployed(prefect_env, alert_receiver) -> dict[str, str]:
    """``make deploy`` against the server, alerts to the receiver; yields the environment."""
    done = subprocess.run(
        [*MAKE, "deploy", f"PREFECT_PORT={_port(prefect_env)}"],
        env={**prefect_env, "VOCMINE_ALERT_WEBHOOK_URL": alert_receiver.url},
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, f"make deploy failed:\n{done.stdout[-4000:]}\n{done.stderr}"
    return prefect_env


def _prefect(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [PREFECT, *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, f"prefect {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _api(env: dict[str, str]) -> httpx.Client:
    return httpx.Client(base_url=env["PREFECT_API_URL"], timeout=30)


def _automations(client: httpx.Client) -> list[dict]:
    response = client.post("/automations/filter", json={})
    response.raise_for_status()
    return response.json()


def _alert_block(client: httpx.Client) -> dict:
    response = client.post(
        "/block_documents/filter",
        json={"block_documents": {"name": {"any_": [ALERT_BLOCK]}}, "include_secrets": False},
    )
    response.raise_for_status()
    (block,) = response.json()
    return block


def _port(env: dict[str, str]) -> int:
    port = httpx.URL(env["PREFECT_API_URL"]).port
    assert port
    return port


def _start_worker(env: dict[str, str], log: Path) -> subprocess.Popen:
    """``make worker``: a process worker on vocmine-process, running flows from the checkout."""
    with log.open("w") as out:
        return subprocess.Popen(
            [*MAKE, "worker", f"PREFECT_PORT={_port(env)}"],
            env=env,
            cwd=REPO,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def _create_run(client: httpx.Client, deployment: str, **body: Any) -> dict:
    found = client.get(f"/deployments/name/{deployment}")
    found.raise_for_status()
    for attempt in range(3):
        run = client.post(f"/deployments/{found.json()['id']}/create_flow_run", json=body)
        # a busy server's SQLite answers 503 now and then: try again, as Prefect's client does
        if run.status_code != 503 or attempt == 2:
            break
        time.sleep(2)
    run.raise_for_status()
    return run.json()


def _wait_final_state(client: httpx.Client, run_id: str) -> dict:
    deadline = time.monotonic() + RUN_TIMEOUT
    while time.monotonic() < deadline:
        state = client.get(f"/flow_runs/{run_id}").json()["state"]
        if state and state["type"] in {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}:
            return state
        time.sleep(2)
    pytest.fail(f"flow run {run_id} not finished after {RUN_TIMEOUT} s")


def _wait_alert(receiver: _AlertReceiver, *needles: str) -> str:
    deadline = time.monotonic() + ALERT_TIMEOUT
    while time.monotonic() < deadline:
        for text in receiver.texts():
            if all(needle in text for needle in needles):
                return text
        time.sleep(1)
    pytest.fail(f"no alert with {needles} after {ALERT_TIMEOUT} s; received: {receiver.received}")


def test_make_deploy_registers_deployments_and_alerts(deployed, alert_receiver):
    with _api(deployed) as client:
        response = client.post("/deployments/filter", json={})
        response.raise_for_status()
        deployments = {d["name"]: d for d in response.json()}
        assert set(deployments) == DEPLOYMENTS
        for name, deployment in deployments.items():
            assert deployment["work_pool_name"] == "vocmine-process", name
            assert "vocmine" in deployment["tags"], name
            for schedule in deployment["schedules"]:
                assert schedule["schedule"]["timezone"] == "Europe/Warsaw", name
        nightly = deployments["nightly-pipeline"]["schedules"][0]["schedule"]
        assert nightly["cron"] == "0 2 * * *"
        assert deployments["export-on-demand"]["schedules"] == []
        assert deployments["nightly-pipeline"]["parameter_openapi_schema"]["properties"][
            "task_runner"
        ]

        block = _alert_block(client)
        assert block["data"]["url"] == alert_receiver.url
        automations = {a["name"]: a for a in _automations(client)}
        assert set(automations) == {FAILED_OR_CRASHED, NIGHTLY_LATE}
        failed = automations[FAILED_OR_CRASHED]
        assert set(failed["trigger"]["expect"]) == {
            "prefect.flow-run.Failed",
            "prefect.flow-run.Crashed",
        }
        late = automations[NIGHTLY_LATE]
        assert late["trigger"]["posture"] == "Proactive"
        assert late["trigger"]["after"] == ["prefect.flow-run.Late"]
        assert late["trigger"]["within"] == 3600
        for automation in automations.values():
            assert automation["enabled"]
            (action,) = automation["actions"]
            assert (action["type"], action["block_document_id"]) == (
                "send-notification",
                block["id"],
            )

    # again, without the URL: the automations are updated in place, the block keeps its URL
    again = subprocess.run(
        [sys.executable, "-m", "flows.automations"],
        env=deployed,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 0, again.stderr
    assert f"automation updated: {FAILED_OR_CRASHED}" in again.stdout
    listed = _prefect({**deployed, "COLUMNS": "300"}, "automation", "ls")
    assert "vocmine flow run failed" in listed and "vocmine nightly run late" in listed
    with _api(deployed) as client:
        assert len(_automations(client)) == 2
        assert _alert_block(client)["data"]["url"] == alert_receiver.url


def test_deployment_runs_on_worker_and_publishes_artifacts(deployed, tmp_path):
    config = fast_config_file(tmp_path)
    with _api(deployed) as client:
        run_id = _create_run(
            client,
            "vocmine-pipeline/nightly-pipeline",
            parameters={
                "config": str(config),
                "store_url": f"duckdb:///{tmp_path / 'deployed.duckdb'}",
                "out_dir": str(tmp_path / "deployed_out"),
            },
        )["id"]
        worker_log = tmp_path / "worker.log"
        worker = _start_worker(deployed, worker_log)
        try:
            state = _wait_final_state(client, run_id)
        finally:
            stop_process_group(worker)
        assert state["type"] == "COMPLETED", (
            f"{state}\n--- worker log ---\n{worker_log.read_text()[-4000:]}"
        )
        artifacts = client.post(
            "/artifacts/filter",
            json={"artifacts": {"flow_run_id": {"any_": [run_id]}}, "limit": 50},
        )
        artifacts.raise_for_status()
    by_key = {a["key"]: a for a in artifacts.json() if a["key"]}
    assert {SUMMARY_KEY, TOP_TABLE_KEY, EXPORTS_KEY, PROGRESS_KEY} <= set(by_key)
    assert by_key[SUMMARY_KEY]["type"] == "markdown"
    assert "vocmine run" in by_key[SUMMARY_KEY]["data"]
    assert by_key[TOP_TABLE_KEY]["type"] == "table"
    assert by_key[EXPORTS_KEY]["type"] in {
        "link",
        "markdown",
    }  # the server stores links as markdown
    assert (tmp_path / "deployed_out").as_uri() in by_key[EXPORTS_KEY]["data"]
    assert by_key[PROGRESS_KEY]["data"] == 100.0
    assert (tmp_path / "deployed_out" / "insights.parquet").exists()


def test_deployment_runs_on_a_dask_cluster(deployed, tmp_path):
    """Section 5 as written: ``make dask-scheduler``, two ``make dask-worker``, then
    ``prefect deployment run ... -p task_runner=dask -p dask_address=...``."""
    pytest.importorskip("prefect_dask")
    config = fast_config_file(tmp_path)
    worker_log = tmp_path / "worker.log"
    with local_dask_cluster(2, tmp_path / "dask-logs") as address:
        created = _prefect(
            deployed,
            "deployment",
            "run",
            "vocmine-pipeline/nightly-pipeline",
            "-p",
            "task_runner=dask",
            "-p",
            f"dask_address={address}",
            "-p",
            f"config={config}",
            "-p",
            f"store_url=duckdb:///{tmp_path / 'dask.duckdb'}",
            "-p",
            f"out_dir={tmp_path / 'dask_out'}",
        )
        found = re.search(r"UUID: ([0-9a-f-]{36})", created)
        assert found, created
        run_id = found.group(1)
        worker = _start_worker(deployed, worker_log)
        try:
            with _api(deployed) as client:
                state = _wait_final_state(client, run_id)
        finally:
            stop_process_group(worker)
    assert state["type"] == "COMPLETED", (
        f"{state}\n--- worker log ---\n{worker_log.read_text()[-4000:]}"
    )
    with _api(deployed) as client:
        runs = client.post(
            "/task_runs/filter", json={"flow_runs": {"id": {"any_": [run_id]}}, "limit": 200}
        )
        runs.raise_for_status()
    # the chunks ran on the cluster and reported to this server, under the flow run
    chunks = [t for t in runs.json() if t["name"].startswith("analyse chunk ")]
    assert chunks, [t["name"] for t in runs.json()]
    assert {t["state"]["type"] for t in chunks} == {"COMPLETED"}
    assert (tmp_path / "dask_out" / "insights.parquet").exists()


def test_failed_and_killed_runs_reach_the_alert_webhook(deployed, alert_receiver, tmp_path):
    _prefect(
        deployed,
        "--no-prompt",
        "deploy",
        "tests/flows/sleeper_flow.py:sleeper",
        "--name",
        "alert-test",
        "--pool",
        "vocmine-process",
    )
    pid_file = tmp_path / "sleeper.pid"
    with _api(deployed) as client:
        failing = _create_run(
            client,
            "vocmine-test-sleeper/alert-test",
            parameters={"pid_file": str(pid_file), "fail": True},
        )
        sleeping = _create_run(
            client, "vocmine-test-sleeper/alert-test", parameters={"pid_file": str(pid_file)}
        )
        worker_log = tmp_path / "worker.log"
        worker = _start_worker(deployed, worker_log)
        try:
            deadline = time.monotonic() + RUN_TIMEOUT
            while not pid_file.exists() or not pid_file.read_text():
                assert time.monotonic() < deadline, worker_log.read_text()[-4000:]
                time.sleep(1)
            os.kill(int(pid_file.read_text()), signal.SIGKILL)  # as the OOM killer would
            crashed = _wait_final_state(client, sleeping["id"])
            failed = _wait_final_state(client, failing["id"])
        finally:
            stop_process_group(worker)
    log = worker_log.read_text()[-4000:]
    assert crashed["type"] == "CRASHED", f"{crashed}\n{log}"
    assert failed["type"] == "FAILED", f"{failed}\n{log}"
    alert = _wait_alert(alert_receiver, sleeping["name"], "Crashed")
    assert "vocmine-test-sleeper" in alert
    assert "SIGKILL" in alert  # the state message the worker gave the run
    assert sleeping["id"] in alert
    assert "failing on purpose" in _wait_alert(alert_receiver, failing["name"], "Failed")
    for run in (sleeping, failing):  # one alert per run
        assert sum(run["id"] in text for text in alert_receiver.texts()) == 1


def test_late_nightly_run_reaches_the_alert_webhook(deployed, alert_receiver):
    """The late-run automation, its window cut from an hour to 10 s (the shortest allowed)."""
    with _api(deployed) as client:
        block_id = _alert_block(client)["id"]
        (late,) = [
            a
            for a in read_automations(AUTOMATIONS_FILE, {ALERT_BLOCK: block_id})
            if a.name == NIGHTLY_LATE
        ]
        late.name = f"{NIGHTLY_LATE} (test: 10 s)"
        late.trigger.within = timedelta(seconds=10)  # type: ignore[union-attr]
        created = client.post("/automations/", json=late.model_dump(mode="json"))
        created.raise_for_status()
        due = datetime.now(UTC) - timedelta(minutes=2)
        run = _create_run(
            client,
            "vocmine-pipeline/nightly-pipeline",
            state={"type": "SCHEDULED", "state_details": {"scheduled_time": due.isoformat()}},
        )
        try:
            # the server's late-runs service marks it Late; nobody starts it
            alert = _wait_alert(alert_receiver, run["name"], "has not started")
        finally:
            client.delete(f"/flow_runs/{run['id']}")
            client.delete(f"/automations/{created.json()['id']}")
    assert "nightly-pipeline" in alert


def test_every_deployment_matches_its_flow_signature():
    import inspect

    from prefect.flows import load_flow_from_entrypoint

    specs = yaml.safe_load((REPO / "prefect.yaml").read_text(encoding="utf-8"))["deployments"]
    assert {s["name"] for s in specs} == DEPLOYMENTS
    for spec in specs:
        assert spec["work_pool"]["name"] == "vocmine-process"
        assert "vocmine" in spec["tags"]
        assert all(s["timezone"] == "Europe/Warsaw" for s in spec["schedules"])
        # module paths, not file paths: a flow loaded from a file gets the module name
        # of the file ("pipeline"), which a Dask scheduler cannot unpickle
        module = spec["entrypoint"].rsplit(".", 1)[0]
        assert module.startswith("flows."), spec["entrypoint"]
        assert (REPO / (module.replace(".", "/") + ".py")).exists(), spec["entrypoint"]
        flow = load_flow_from_entrypoint(spec["entrypoint"])
        assert flow.fn.__module__ == module
        assert flow.name.startswith("vocmine-"), "automations.yaml matches flows by vocmine-*"
        accepted = set(inspect.signature(flow.fn).parameters)
        assert set(spec["parameters"]) <= accepted, (
            spec["name"],
            set(spec["parameters"]) - accepted,
        )
