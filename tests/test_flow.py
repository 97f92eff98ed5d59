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


async def _latest_artifacts():
    async with get_client() as client:
        return await client.read_latest_artifacts(limit=50)


def test_flow_runs_sample_and_publishes_summary(prefect_harness, tmp_path):
    import asyncio

    result = vocmine_pipeline(config=str(fast_config_file(tmp_path)))
    assert result["status"] == "completed"
    assert result["rows_in"] == (
        result["stored"] + result["updated"] + result["quarantined"] + result["skipped_duplicates"]
    )
    assert result["stored"] > 250
    assert (tmp_path / "out" / "insights.parquet").exists()
    artifacts = asyncio.run(_latest_artifacts())
    keys = {a.key for a in artifacts}
    assert ARTIFACT_KEY in keys
    summary = next(a for a in artifacts if a.key == ARTIFACT_KEY)
    assert result["run_id"] in summary.data
