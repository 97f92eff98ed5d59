"""The workspace in a real headless Chromium, served by `vocmine serve` on loopback.

Drives what staff and analysts do: log in, filter the queue, open a case,
assign it, move it to ``contacted``, see the audit entry, correct a label as
an analyst, and drill down from the dashboard to the items behind a number. Screenshots go to ``var/test-artifacts/web/`` (kept after the
run, for a person to look at).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.dask_cluster import free_port
from tests.web.conftest import PASSWORD, build_store

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "var" / "test-artifacts" / "web"
VOCMINE = str(Path(sys.executable).with_name("vocmine"))


def chromium_or_skip() -> str:
    """Return Debian's Chromium; skip without it, but fail in CI (``CI=true``)."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    message = "headless Chromium not found: apt-get install chromium"
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(message + " (CI=true: required)")
    pytest.skip(message)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    """`vocmine serve` on a filled DuckDB store; yields its base URL and the case ids."""
    url = f"duckdb:///{tmp_path / 'store.duckdb'}"
    _, cases, _ = build_store(url)
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(
        [VOCMINE, "serve", "--store", url, "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        env={**os.environ, "VOCMINE_WEB_SECRET": "b" * 48},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/login", timeout=2).read()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError((tmp_path / "serve.log").read_text()) from None
                time.sleep(0.3)
        yield base, cases
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=20)
        log.close()


def test_staff_and_analyst_work_in_the_browser(served: tuple[str, dict[str, str]]) -> None:
    binary = chromium_or_skip()
    sync_api = pytest.importorskip("playwright.sync_api")
    base, cases = served
    case_id = cases["T-1"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=binary, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on("dialog", lambda d: errors.append("dialog: " + d.message))
            # an agent logs in and filters the queue
            page.goto(base + "/login")
            page.fill("input[name=username]", "ann")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(base + "/queue")
            assert page.locator("tr[data-case]").count() == 2
            page.screenshot(path=str(SHOTS / "1-queue.png"), full_page=True)
            page.select_option("select[name=priority]", "P1")
            page.click("form.filters button[type=submit]")
            page.wait_for_url("**/queue?**priority=P1**")
            assert page.locator("tr[data-case]").count() == 1
            # opens the case: the hostile text is shown as text
            page.click(f"tr[data-case='{case_id}'] a")
            page.wait_for_url(f"**/cases/{case_id}")
            assert '<script>alert("x")</script>' in page.inner_text("blockquote.text")
            page.screenshot(path=str(SHOTS / "2-case.png"), full_page=True)
            # assigns it to herself and moves it to contacted, with a note
            page.click("form.assign button[type=submit]")
            page.wait_for_selector("text=Saved: assigned.")
            page.select_option("form.status-change select[name=status]", "contacted")
            page.fill("form.status-change input[name=note]", "called, refund on its way")
            page.click("form.status-change button[type=submit]")
            page.wait_for_selector("text=Saved: contacted.")
            history = page.inner_text("table.audit")
            assert "called, refund on its way" in history and "contacted" in history
            page.screenshot(path=str(SHOTS / "3-contacted.png"), full_page=True)
            page.click("form.logout button")
            page.wait_for_url(base + "/login")

            # an analyst corrects the item's sentiment
            page.fill("input[name=username]", "ivy")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(base + "/review")
            page.goto(f"{base}/cases/{case_id}")
            page.click("article.item h2 a")
            page.select_option("form.correct select[name=sentiment]", "neutral")
            page.click("form.correct button[type=submit]")
            page.wait_for_selector("text=Correction saved.")
            assert "by ivy" in page.inner_text("table.labels")
            page.screenshot(path=str(SHOTS / "4-corrected.png"), full_page=True)
            # ... and drills down from the dashboard to the negative items
            page.goto(base + "/dashboard?since=2020-01-01")
            assert page.inner_text("[data-total=items]") == "4"
            page.wait_for_selector("#trend .main-svg")  # plotly.js, served by the app
            page.wait_for_selector("#categories .main-svg")
            page.screenshot(path=str(SHOTS / "5-dashboard.png"), full_page=True)
            page.click("[data-total=negative] a")
            page.wait_for_url("**/items?**sentiment=negative**")
            assert page.locator("tr[data-item]").count() == 4
            # a click on a chart's bar opens the items behind it
            page.goto(base + "/dashboard?since=2020-01-01")
            page.wait_for_selector("#categories .main-svg")
            box = page.locator("#categories .bars path").first.bounding_box()
            assert box is not None
            page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            page.wait_for_url("**/items?**category=**")
            assert page.locator("tr[data-item]").count() == 2
        finally:
            browser.close()
    assert errors == []
