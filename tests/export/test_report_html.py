"""The HTML report: self-contained, and drawn without errors in a real (headless) Chromium."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.export.test_export import NOW, sample_cases, sample_insights, sample_topics
from vocmine.export import insights_table, write_exports

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--hide-scrollbars",
)
SCREENSHOT_DIR = Path(__file__).resolve().parents[2] / "out" / "test-artifacts"


def chromium_or_skip() -> str:
    """Return the Chromium binary; skip without one, but fail in CI (``CI=true``)."""
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    message = "headless Chromium not found: install Debian's `chromium` (apt-get install chromium)"
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(message + " (CI=true: required)")
    pytest.skip(message)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report")
    table = insights_table(sample_insights(), sample_topics())
    paths = write_exports(
        table, sample_cases(table), out, topics=sample_topics(), formats=["html"], now=NOW
    )
    return Path(paths["html"])


def run_chromium(binary: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_report_is_self_contained(report):
    html = report.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html), "external resource"
    assert "@import" not in html and "url(" not in html
    for heading in (
        "Sentiment trend",
        "Top categories per language",
        "Topics over time",
        "Emerging topics",
        "Effort and churn",
        "Follow-up SLA",
        "Score drivers",
    ):
        assert heading in html
    assert html.count('class="badge up">emerging') == 1  # the double-charge burst


def test_report_draws_in_headless_chromium_without_console_errors(report, tmp_path):
    binary = chromium_or_skip()
    url = report.as_uri()
    dom = run_chromium(
        binary,
        tmp_path / "profile-dom",
        "--enable-logging=stderr",
        "--v=0",
        "--virtual-time-budget=3000",
        "--dump-dom",
        url,
    )
    assert dom.returncode == 0, dom.stderr[-2000:]
    console = [line for line in dom.stderr.splitlines() if ":CONSOLE" in line]
    assert not console, f"console messages: {console}"
    root = re.search(r"<html[^>]*>", dom.stdout)
    assert root, dom.stdout[:500]
    assert "data-js-errors" not in root.group(0)
    total = re.search(r'data-charts-total="(\d+)"', root.group(0))
    drawn = re.search(r'data-charts-drawn="(\d+)"', root.group(0))
    assert total and drawn, f"the report's chart check did not run: {root.group(0)}"
    assert int(total.group(1)) >= 6
    assert int(drawn.group(1)) == int(total.group(1))

    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    screenshot = SCREENSHOT_DIR / "report.png"
    shot = run_chromium(
        binary,
        tmp_path / "profile-shot",
        "--window-size=1280,3200",
        f"--screenshot={screenshot}",
        url,
    )
    assert shot.returncode == 0, shot.stderr[-2000:]
    data = screenshot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 50_000, "the screenshot looks blank"
