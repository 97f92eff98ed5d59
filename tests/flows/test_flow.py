"""The Prefect flows on the sample data, under one session-scoped prefect_test_harness."""

from __future__ import annotations

import asyncio
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
import yaml

pytest.importorskip("prefect")

from prefect.client.orchestration import get_client  # noqa: E402

from flows.analysis import PROGRESS_KEY  # noqa: E402
from flows.artifacts import EXPORTS_KEY, TOP_TABLE_KEY  # noqa: E402
from flows.dask_workers import chunk_size_for  # noqa: E402
from flows.export import export_flow  # noqa: E402
from flows.pipeline import ARTIFACT_KEY, vocmine_pipeline  # noqa: E402
from flows.runners import build_task_runner  # noqa: E402
from flows.store_lock import store_lock  # noqa: E402
from tests.conftest import REPO, fast_config_file  # noqa: E402

pytestmark = pytest.mark.slow


async def _post_filter(path: str, body: dict) -> list[dict]:
    # Sent by hand: this Prefect client sends null filters that its own server refuses.
    async with get_client() as client:
        response = await client._client.post(path, json={"limit": 200, **body})
        response.raise_for_status()
        return response.json()


def _artifacts_with_key(key: str) -> list[dict]:
    body = {"artifacts": {"key": {"any_": [key]}}, "sort": "CREATED_DESC"}
    return asyncio.run(_post_filter("/artifacts/filter", body))


def _run_artifacts(flow_run_id: str) -> dict[str, dict]:
    body = {"artifacts": {"flow_run_id": {"any_": [flow_run_id]}}}
    return {a["key"]: a for a in asyncio.run(_post_filter("/artifacts/filter", body)) if a["key"]}


def _task_run_names(flow_run_id: str) -> list[str]:
    body = {"flow_runs": {"id": {"any_": [flow_run_id]}}}
    return [t["name"] for t in asyncio.run(_post_filter("/task_runs/filter", body))]


def test_flow_runs_sample_and_publishes_summary(prefect_harness, tmp_path):
    state = vocmine_pipeline(config=str(fast_config_file(tmp_path)), return_state=True)
    result = state.result()
    assert result["status"] == "completed"
    assert result["rows_in"] == (
        result["stored"] + result["updated"] + result["quarantined"] + result["skipped_duplicates"]
    )
    assert result["stored"] > 250
    assert (tmp_path / "out" / "insights.parquet").exists()
    summaries = _artifacts_with_key(ARTIFACT_KEY)
    assert any(result["run_id"] in a["data"] for a in summaries)
    run_id = str(state.state_details.flow_run_id)
    artifacts = _run_artifacts(run_id)
    assert artifacts[TOP_TABLE_KEY]["type"] == "table"
    assert artifacts[EXPORTS_KEY]["type"] in {"link", "markdown"}  # links are stored as markdown
    assert (tmp_path / "out").as_uri() in artifacts[EXPORTS_KEY]["data"]
    assert artifacts[PROGRESS_KEY]["data"] == 100.0
    names = _task_run_names(run_id)
    assert "read source shop_reviews" in names
    assert "read source shop_reviews_legacy_ru" in names
    assert any(n.startswith("analyse chunk 1/2 (256 items, ") for n in names), names


def _no_topics_config(tmp_path: Path, chunk_size: int = 256) -> Path:
    """A fast config without sources or the topic stage (not what these tests check)."""
    config = fast_config_file(tmp_path, with_sources=False)
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    settings["topics"]["enabled"] = False
    settings["chunk_size"] = chunk_size
    config.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    return config


def test_same_flow_runs_chunks_on_a_dask_cluster(prefect_harness, tmp_path):
    pytest.importorskip("prefect_dask")
    config = _no_topics_config(tmp_path, chunk_size=64)
    reviews = str(REPO / "data" / "sample" / "reviews.csv")
    state = vocmine_pipeline(
        config=str(config),
        inputs=[reviews],
        task_runner="dask",
        workers=1,
        cache_analysis=False,
        write_exports=False,
        return_state=True,
    )
    result = state.result()
    assert result["status"] == "completed"
    assert result["stored"] > 0
    assert {"pl", "cs", "ru"} <= set(result["by_language"]), result["by_language"]
    chunks = [n for n in _task_run_names(str(state.state_details.flow_run_id)) if "chunk" in n]
    # sized for the cluster: four chunks per worker thread, never below chunk_size
    size = chunk_size_for(result["stored"], 1, 64)
    assert len(chunks) == -(-result["stored"] // size) > 1


def test_build_task_runner_rejects_unknown_kind():
    with pytest.raises(ValueError, match="unknown task_runner 'spark'"):
        build_task_runner("spark")


class _Hook(BaseHTTPRequestHandler):
    received: list[dict] = []

    def do_POST(self):  # noqa: N802 - http.server API
        length = int(self.headers["Content-Length"])
        _Hook.received.append(json.loads(self.rfile.read(length)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def webhook_url():
    server = HTTPServer(("127.0.0.1", 0), _Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Hook.received.clear()
    yield f"http://127.0.0.1:{server.server_port}/hook"
    server.shutdown()
    server.server_close()


def test_second_run_on_busy_store_fails_clearly_and_notifies(
    prefect_harness, tmp_path, webhook_url
):
    config = fast_config_file(tmp_path)
    store_url = f"duckdb:///{tmp_path / 'busy.duckdb'}"
    with store_lock(store_url):  # a first run holds the store
        state = vocmine_pipeline(
            config=str(config),
            store_url=store_url,
            store_lock_timeout_seconds=2,
            failure_webhook_url=webhook_url,
            return_state=True,
        )
    assert state.is_failed()
    assert "another vocmine run is writing" in state.message
    assert not Path(tmp_path / "busy.duckdb").exists(), "the blocked run must not touch the store"
    assert len(_Hook.received) == 1
    payload = _Hook.received[0]
    assert payload["flow"] == "vocmine-pipeline"
    assert payload["flow_run_id"] == str(state.state_details.flow_run_id)
    assert "another vocmine run is writing" in payload["text"]


def test_failure_names_the_step(prefect_harness, tmp_path, webhook_url, monkeypatch):
    monkeypatch.setenv("VOCMINE_FAILURE_WEBHOOK_URL", webhook_url)
    state = vocmine_pipeline(
        config=str(fast_config_file(tmp_path)),
        inputs=[str(tmp_path / "missing.csv")],
        return_state=True,
    )
    assert state.is_failed()
    assert "failed while reading the sources" in state.message
    assert _Hook.received and "reading the sources" in _Hook.received[0]["message"]


def test_export_flow_writes_exports_and_link(prefect_harness, tmp_path):
    config = _no_topics_config(tmp_path)
    vocmine_pipeline(
        config=str(config),
        inputs=[str(REPO / "data" / "sample" / "reviews.csv")],
        write_exports=False,
    )
    assert not (tmp_path / "out").exists()
    state = export_flow(config=str(config), return_state=True)
    result = state.result()
    assert Path(result["exports"]["parquet"]).exists()
    link = _run_artifacts(str(state.state_details.flow_run_id))[EXPORTS_KEY]
    assert (tmp_path / "out").as_uri() in link["data"]


def test_followup_alerts_flow_posts_p1_cases_once(prefect_harness, tmp_path, webhook_url):
    from flows.followup_alerts import followup_alerts

    config = _no_topics_config(tmp_path)
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    settings.setdefault("followups", {})["webhook_url"] = webhook_url
    config.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    vocmine_pipeline(
        config=str(config),
        inputs=[str(REPO / "data" / "sample" / "tickets.json")],
        write_exports=False,
    )
    sent = followup_alerts(config=str(config))
    assert sent, "the sample tickets open at least one P1 or overdue case"
    assert len(_Hook.received) == len(sent)
    assert followup_alerts(config=str(config)) == []
    assert len(_Hook.received) == len(sent)


def test_rest_source_token_comes_from_a_prefect_secret_block(prefect_harness, tmp_path, caplog):
    from prefect.blocks.system import Secret

    from tests.ingest.test_rest import TOKEN, Api, _handler

    Secret(value=TOKEN).save("helpdesk-token", overwrite=True)
    api = Api()
    server = HTTPServer(("127.0.0.1", 0), _handler(api))
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    try:
        config = _no_topics_config(tmp_path)
        settings = yaml.safe_load(config.read_text(encoding="utf-8"))
        settings["sources"] = [
            {
                "name": "helpdesk",
                "kind": "tickets",
                "type": "rest",
                "rest": {
                    "url": f"http://127.0.0.1:{server.server_address[1]}/cursor",
                    "token_secret": "helpdesk-token",
                    "page_size": 2,
                },
            }
        ]
        config.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
        result = vocmine_pipeline(config=str(config))
    finally:
        server.shutdown()
        server.server_close()
    assert result["status"] == "completed"
    assert result["stored"] == 4
    assert {r["auth"] for r in api.requests} == {f"Bearer {TOKEN}"}
    assert TOKEN not in caplog.text
    assert TOKEN not in (tmp_path / "vocmine.yaml").read_text(encoding="utf-8")
