"""Response times of the workspace (pages and API) on a large store.

Builds a DuckDB store through the store's own writes: ``--items`` analysed
items (default 100,000) in 7 languages, 6 sources, 10 categories and 40
topics over 180 days, and ``--cases`` follow-up cases (default 20,000) over 4
teams. It then starts ``vocmine serve`` on loopback and times each page and
API route, one request at a time, as a logged-in agent, analyst or admin.
Each route is timed ``--repeat`` times after 2 untimed warm-up requests.
The dashboard's first request of a filter set (the cold read of the item
facts) is reported apart.

Run:
    PYTHONPATH=. .venv/bin/python bench/bench_workspace.py [--items 100000] [--cases 20000]
        [--repeat 30] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from bench.dask_cluster import free_port
from vocmine.schemas import AnalysedItem, FeedbackItem, FollowupCase, Insight, SentenceInsight
from vocmine.store import open_store
from vocmine.workspace.accounts import add_user, issue_api_token

LANGS = ("pl", "cs", "sk", "ru", "uk", "en", "de")
SOURCES = ("shop_reviews", "helpdesk", "chat", "app_store", "nps_survey", "email")
CATEGORIES = (
    "delivery",
    "billing",
    "pricing",
    "product_quality",
    "staff_attitude",
    "wait_time",
    "account_access",
    "digital_channels",
    "information",
    "returns",
)
TEAMS = ("finance-care", "logistics-care", "digital-care", "general-care")
PASSWORD = "bench-passphrase"
PHRASES = (
    "Paczka nie dotarła na czas, kurier się nie odezwał.",
    "Faktura jest zawyżona, naliczono dwa razy.",
    "Aplikace pořád padá při přihlášení.",
    "Доставка заняла три недели, поддержка не отвечает.",
    "Дуже довго чекав на відповідь оператора.",
    "The refund still has not arrived after two weeks.",
    "Der Kundenservice war freundlich, aber das Problem besteht weiter.",
)


def _items(count: int, rng: random.Random, now: datetime) -> list[AnalysedItem]:
    items = []
    for i in range(count):
        lang = LANGS[i % len(LANGS)]
        sentiment = rng.choices(("negative", "neutral", "positive"), (0.45, 0.25, 0.30))[0]
        cats = rng.sample(CATEGORIES, rng.choice((1, 1, 1, 2)))
        text = f"{rng.choice(PHRASES)} #{i} " + "dodatkowy opis " * rng.randint(0, 30)
        created = now - timedelta(days=rng.random() * 180)
        item = FeedbackItem(
            source=SOURCES[i % len(SOURCES)],
            external_id=f"X-{i}",
            text=text,
            lang=lang,
            created_at=created,
            rating=float(rng.randint(0, 10)) if i % len(SOURCES) == 4 else None,
        )
        p = rng.random()
        insight = Insight(
            id=item.item_id,
            lang=lang,
            sentiment=sentiment,
            sentiment_score=-0.6 if sentiment == "negative" else 0.5,
            sentiment_probabilities={
                "negative": p,
                "neutral": (1 - p) / 2,
                "positive": (1 - p) / 2,
            },
            severity=rng.random(),
            categories=cats,
            category_scores={c: 0.7 for c in cats},
            effort=rng.random() < 0.2,
            churn_risk=rng.random() < 0.05,
            needs_review=rng.random() < 0.1,
            review_reasons=["sentiment"],
            topic_id=rng.randint(-1, 39),
            text_redacted=text,
            sentences=[SentenceInsight(text=text[:120], sentiment=sentiment, sentiment_score=-0.5)],
        )
        items.append(AnalysedItem(item, insight, f"h{i}", customer_key=f"c{i % 60000}"))
    return items


def _cases(
    items: list[AnalysedItem], count: int, rng: random.Random, now: datetime
) -> list[FollowupCase]:
    cases = []
    for i, analysed in enumerate(items[:count]):
        opened = now - timedelta(days=rng.random() * 30)
        priority = rng.choice(("P1", "P2", "P3", "P4"))
        cases.append(
            FollowupCase(
                case_id=f"case-{i}",
                item_id=analysed.item.item_id,
                external_id=analysed.item.external_id,
                source=analysed.item.source,
                priority=priority,
                status="new",
                reasons=["negative"],
                severity=0.7,
                opened_at=opened,
                due_at=opened + timedelta(hours=rng.choice((4, 24, 72, 168))),
                lang=analysed.insight.lang,
                customer_key=analysed.customer_key,
                team=TEAMS[i % len(TEAMS)],
                channel="ticket",
                categories=list(analysed.insight.categories),
            )
        )
    return cases


def build_store(url: str, items: int, cases: int) -> dict[str, object]:
    """Fill a store; return the tokens and ids the requests use, and how long it took."""
    rng = random.Random(7)
    now = datetime.now(UTC)
    started = time.perf_counter()
    analysed = _items(items, rng, now)
    with open_store(url) as store:
        for start in range(0, len(analysed), 10_000):
            store.upsert_insights("bench", analysed[start : start + 10_000])
        store.upsert_followups(_cases(analysed, cases, rng, now))
        add_user(store, "agent1", "agent", "finance-care", PASSWORD, actor="bench")
        add_user(store, "analyst1", "analyst", None, PASSWORD, actor="bench")
        add_user(store, "admin1", "admin", None, PASSWORD, actor="bench")
        token = issue_api_token(store, "agent1")
    return {
        "token": token,
        "case_id": "case-0",
        "item_id": analysed[0].item.item_id,
        "build_seconds": round(time.perf_counter() - started, 1),
    }


def _serve(url: str, port: int, log: Path) -> subprocess.Popen:
    vocmine = str(Path(sys.executable).with_name("vocmine"))
    process = subprocess.Popen(
        [vocmine, "serve", "--store", url, "--port", str(port)],
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
        env={**os.environ, "VOCMINE_WEB_SECRET": "w" * 48},
    )
    deadline = time.monotonic() + 120
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/login", timeout=2)
            return process
        except httpx.HTTPError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(log.read_text()) from None
            time.sleep(0.3)


def _login(base: str, user: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=60)
    answer = client.post("/login", data={"username": user, "password": PASSWORD})
    if answer.status_code not in (200, 303):
        raise RuntimeError(f"login {user}: {answer.status_code}")
    return client


def _time(client: httpx.Client, path: str, repeat: int, headers: dict | None = None) -> dict:
    for _ in range(2):
        client.get(path, headers=headers).raise_for_status()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        client.get(path, headers=headers).raise_for_status()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))], 1),
        "max_ms": round(times[-1], 1),
    }


def main(argv: list[str] | None = None) -> dict:
    """Build the store, serve it, time the routes; print a table (and write JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--reuse", type=Path, help="A folder an earlier run of this bench built (skips the build)."
    )
    args = parser.parse_args(argv)
    if args.reuse:
        folder = args.reuse
        url = f"duckdb:///{folder / 'store.duckdb'}"
        with open_store(url) as store:
            built = {
                "token": issue_api_token(store, "agent1"),
                "case_id": "case-0",
                "item_id": store.get_followup("case-0")["item_id"],
                "build_seconds": None,
            }
        print(f"reusing the store in {folder}", flush=True)
    else:
        folder = Path(tempfile.mkdtemp(prefix="vocmine-bench-web-"))
        url = f"duckdb:///{folder / 'store.duckdb'}"
        print(f"building a store of {args.items:,} items and {args.cases:,} cases ...", flush=True)
        built = build_store(url, args.items, args.cases)
        print(f"built in {built['build_seconds']} s", flush=True)
    port = free_port()
    server = _serve(url, port, folder / "serve.log")
    base = f"http://127.0.0.1:{port}"
    results: dict[str, dict] = {}
    try:
        agent, analyst, admin = (_login(base, u) for u in ("agent1", "analyst1", "admin1"))
        time.sleep(10)  # the server warms the default dashboard in the background
        started = time.perf_counter()
        analyst.get("/dashboard").raise_for_status()
        results["dashboard, default slice (first view, warmed by the server)"] = {
            "median_ms": round((time.perf_counter() - started) * 1000, 1),
            "p95_ms": None,
            "max_ms": None,
        }
        started = time.perf_counter()
        analyst.get("/dashboard?since=2020-01-01").raise_for_status()
        results["dashboard (first view: cold facts)"] = {
            "median_ms": round((time.perf_counter() - started) * 1000, 1),
            "p95_ms": None,
            "max_ms": None,
        }
        for name in (
            "dashboard, default slice (first view, warmed by the server)",
            "dashboard (first view: cold facts)",
        ):
            print(f"{name:<48} {results[name]['median_ms']:>15} ms", flush=True)
        bearer = {"Authorization": f"Bearer {built['token']}"}
        routes = [
            ("queue (agent: team's open cases, page 1)", agent, "/queue", None),
            ("queue, filtered (P1, overdue)", agent, "/queue?priority=P1&overdue=1", None),
            ("queue (admin: every open case)", admin, "/queue", None),
            ("case page", agent, f"/cases/{built['case_id']}", None),
            ("dashboard (all items)", analyst, "/dashboard?since=2020-01-01", None),
            ("dashboard (last 90 days, one language)", analyst, "/dashboard?lang=pl", None),
            ("items (negative, page 1)", analyst, "/items?sentiment=negative", None),
            ("review queue", analyst, "/review", None),
            ("API GET /api/cases", agent, "/api/cases?page_size=50", bearer),
            ("API GET /api/cases/{id}", agent, f"/api/cases/{built['case_id']}", bearer),
            ("API GET /api/items/{id}", agent, f"/api/items/{built['item_id']}", bearer),
        ]
        for name, client, path, headers in routes:
            results[name] = _time(client, path, args.repeat, headers)
            print(
                f"{name:<48} median {results[name]['median_ms']:>8} ms   p95 {results[name]['p95_ms']:>8} ms",
                flush=True,
            )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    report = {
        "items": args.items,
        "cases": args.cases,
        "repeat": args.repeat,
        "build_seconds": built["build_seconds"],
        "routes": results,
    }
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return report


if __name__ == "__main__":
    main()
