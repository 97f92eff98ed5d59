"""Crash safety: SIGKILL a `vocmine run` mid-analysis, re-run it, and check the books."""

from __future__ import annotations

import csv
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from tests.conftest import fast_config_file
from vocmine.export.incremental import read_dataset
from vocmine.store import open_store

VOCMINE = [str(Path(sys.executable).with_name("vocmine"))]

OPENINGS = [
    "Paczka przyszła uszkodzona",
    "Zásilka dorazila pozdě",
    "Kuriér nechal balík pred dverami",
    "Заказ так и не пришёл",
    "Оператор не відповідав годину",
    "The refund never arrived",
    "Die Rechnung war doppelt so hoch",
]
ENDINGS = [
    "i nikt nie odpowiada na maile.",
    "a nikdo se mi neozval.",
    "a podpora mlčí.",
    "и поддержка молчит.",
    "і я чекаю вже тиждень.",
    "and support keeps closing my ticket.",
    "und niemand ruft zurück.",
]
BAD_ROWS = 3


def write_corpus(folder: Path, size: int) -> Path:
    """Write a reviews CSV of ``size`` distinct rows (+ empty-text rows to quarantine)."""
    path = folder / "reviews.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["review_id", "text", "rating", "date"])
        for n in range(size):
            text = f"{OPENINGS[n % 7]} (#{n}) {ENDINGS[(n // 7) % 7]}"
            writer.writerow([f"r{n}", text, 1 + n % 5, f"2024-03-{1 + n % 28:02d}"])
        for n in range(BAD_ROWS):
            writer.writerow([f"bad{n}", "   ", 3, "2024-03-01"])
    return path


def crash_config(tmp_path: Path, size: int) -> Path:
    config = fast_config_file(tmp_path, with_sources=False)
    raw = yaml.safe_load(config.read_text(encoding="utf-8"))
    raw["sources"] = [
        {"name": "shop", "kind": "reviews", "path": str(write_corpus(tmp_path, size))}
    ]
    raw["chunk_size"] = 8
    raw["topics"]["enabled"] = False
    config.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return config


def start_run(config: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*VOCMINE, "run", "--config", str(config), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "120"},
    )


def wait_for_log(
    proc: subprocess.Popen[str], pattern: str = r"\d+ items: \d+ new", timeout: float = 120.0
) -> str:
    """Read stderr until the run logs a line matching ``pattern``; return what was read."""
    assert proc.stderr is not None
    seen = ""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        seen += line
        if re.search(pattern, line):
            return seen
    proc.kill()
    pytest.fail(f"run never logged {pattern!r}; stderr:\n{seen}")


def kill_when_logged(config: Path, pattern: str, delay: float = 0.0) -> None:
    """Start a run, SIGKILL it once it logs ``pattern`` (after ``delay`` s)."""
    victim = start_run(config)
    wait_for_log(victim, pattern)
    time.sleep(delay)
    victim.send_signal(signal.SIGKILL)
    victim.communicate(timeout=30)
    assert victim.returncode == -signal.SIGKILL


def rerun_summary(config: Path, size: int, rows_read: int | None = None) -> dict:
    """Run again to completion; check every row is accounted for; return the run summary.

    ``rows_read``: rows the re-run reads (default: the whole source, ``size``
    items plus the bad rows); a killed run that stored everything already
    recorded its file manifest, so its re-run reads nothing.
    """
    rerun = subprocess.run(
        [*VOCMINE, "run", "--config", str(config), "--json"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    summary = json.loads(rerun.stdout.strip().splitlines()[-1])
    assert summary["rows_in"] == (size + BAD_ROWS if rows_read is None else rows_read)
    assert summary["rows_in"] == (
        summary["stored"]
        + summary["updated"]
        + summary["quarantined"]
        + summary["skipped_duplicates"]
    )
    assert summary["quarantined"] == (BAD_ROWS if rows_read is None else 0)
    return summary


def test_sigkill_mid_run_then_rerun_loses_and_doubles_nothing(tmp_path: Path) -> None:
    size = 96
    config = crash_config(tmp_path, size)
    store_url = f"duckdb:///{tmp_path / 'vocmine.duckdb'}"

    kill_when_logged(config, r"\d+ items: \d+ new", delay=0.3)

    with open_store(store_url) as store:
        runs = store.read_runs()
        assert list(runs["status"]) == ["running"]  # the killed run never finished
        assert len(store.read_insights()) < size  # it was killed before storing all

    rerun_summary(config, size)

    with open_store(store_url) as store:
        insights = store.read_insights()
        quarantine = store.read_quarantine()
    assert len(insights) == size
    assert insights["item_id"].is_unique
    assert sorted(insights["external_id"]) == sorted(f"r{n}" for n in range(size))
    assert len(quarantine) == BAD_ROWS


def test_sigkill_after_storing_before_the_run_record_then_rerun_stores_nothing_twice(
    tmp_path: Path,
) -> None:
    size = 40
    config = crash_config(tmp_path, size)
    store_url = f"duckdb:///{tmp_path / 'vocmine.duckdb'}"

    kill_when_logged(config, r"stored \d+ insights and opened \d+ follow-up cases")
    with open_store(store_url) as store:
        assert list(store.read_runs()["status"]) == ["running"]
        cases_before = {c["case_id"] for c in store.list_followups("all")}
        assert len(store.read_insights()) == size

    summary = rerun_summary(config, size, rows_read=0)
    assert (summary["stored"], summary["updated"], summary["followups_opened"]) == (0, 0, 0)
    with open_store(store_url) as store:
        insights = store.read_insights()
        assert len(insights) == size and insights["item_id"].is_unique
        assert {c["case_id"] for c in store.list_followups("all")} == cases_before
        assert sorted(store.read_runs()["status"]) == ["completed", "interrupted"]
    # the killed run never wrote its export partition: the re-run catches it up
    exported = read_dataset(tmp_path / "out")
    assert sorted(exported["id"]) == sorted(insights["item_id"])
