"""Two runs at once on one DuckDB store: the second fails fast, the store stays intact."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import fast_config_file
from vocmine.errors import StoreError
from vocmine.schemas import RunSummary
from vocmine.store import open_store

VOCMINE = str(Path(sys.executable).with_name("vocmine"))

HOLD_STORE = """
import sys, time
from vocmine.store import open_store
with open_store(sys.argv[1]) as store:
    store.set_watermark("helpdesk", "2024-03-01T00:00:00+00:00")
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def test_second_run_fails_fast_while_the_store_is_in_use(tmp_path: Path) -> None:
    config = fast_config_file(tmp_path)
    store_url = f"duckdb:///{tmp_path / 'vocmine.duckdb'}"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_STORE, store_url, "60"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(StoreError, match="another vocmine run"):
            open_store(store_url)
        started = time.monotonic()
        second = subprocess.run(
            [VOCMINE, "run", "--config", str(config)], capture_output=True, text=True, timeout=120
        )
        took = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert second.returncode == 2
    message = " ".join(second.stderr.split())  # Rich wraps long lines
    assert "another vocmine run" in message
    assert "Traceback" not in message
    assert took < 60  # it did not wait for the other run, nor analyse anything

    with open_store(store_url) as store:  # intact, and usable once the holder is gone
        assert store.get_watermark("helpdesk") == "2024-03-01T00:00:00+00:00"
        assert store.read_runs().empty
        assert store.read_insights().empty
        summary = RunSummary(run_id="r1", started_at=datetime.now(UTC))
        store.start_run(summary)
        assert len(store.read_runs()) == 1
