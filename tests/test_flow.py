"""The Prefect flow on the sample data, under prefect_test_harness."""

from __future__ import annotations

import pytest

pytest.importorskip("prefect")

from prefect.client.orchestration import get_client  # noqa: E402
from prefect.testing.utilities import prefect_test_harness  # noqa: E402

from flows.pipeline import ARTIFACT_KEY, vocmine_pipeline  # noqa: E402
from tests.conftest import fast_config_file  # noqa: E402


@pytest.fixture(scope="session")
def prefect_harness():
    with prefect_test_harness(server_startup_timeout=120):
        yield


async def _artifacts_with_key(key: str) -> list[dict]:
    # Sent by hand: this Prefect client sends null filters that its own server refuses.
    async with get_client() as client:
        response = await client._client.post(
            "/artifacts/filter",
            json={"artifacts": {"key": {"any_": [key]}}, "limit": 50, "sort": "CREATED_DESC"},
        )
        response.raise_for_status()
        return response.json()


def test_flow_runs_sample_and_publishes_summary(prefect_harness, tmp_path):
    import asyncio

    result = vocmine_pipeline(config=str(fast_config_file(tmp_path)))
    assert result["status"] == "completed"
    assert result["rows_in"] == (
        result["stored"] + result["updated"] + result["quarantined"] + result["skipped_duplicates"]
    )
    assert result["stored"] > 250
    assert (tmp_path / "out" / "insights.parquet").exists()
    summaries = asyncio.run(_artifacts_with_key(ARTIFACT_KEY))
    assert any(result["run_id"] in a["data"] for a in summaries)
    tables = asyncio.run(_artifacts_with_key("vocmine-top-categories-topics"))
    assert tables, "the table artifact of top categories and topics is missing"
