"""A workspace on a real store: cases of two teams, their items, and one user per role."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from vocmine.config import Settings, load_settings
from vocmine.followups.rules import FollowupRules, followup_cases
from vocmine.schemas import AnalysedItem, FeedbackItem, Insight, SentenceInsight
from vocmine.store import open_store
from vocmine.web import create_app
from vocmine.web.access import StoreGate
from vocmine.web.security import LoginThrottle
from vocmine.workspace.accounts import add_user, issue_api_token

NOW = datetime.now(UTC).replace(microsecond=0)
PASSWORD = "s3cret-passphrase"
RULES = FollowupRules(
    routes=[
        {"team": "finance-care", "categories": ["billing"]},
        {"team": "logistics-care", "categories": ["delivery"]},
    ]
)
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> Faktura zawyżona'
USERS = {
    "root": ("admin", None),
    "lena": ("lead", "finance-care"),
    "ann": ("agent", "finance-care"),
    "bob": ("agent", "logistics-care"),
    "ivy": ("analyst", None),
}


def complaint(
    external_id: str, text: str, lang: str, category: str, severity: float, days_ago: float
) -> AnalysedItem:
    """Return a stored-ready negative item of one category."""
    created = NOW - timedelta(days=days_ago)
    item = FeedbackItem(
        source="tickets", external_id=external_id, text=text, lang=lang, created_at=created
    )
    insight = Insight(
        id=item.item_id,
        lang=lang,
        sentiment="negative",
        sentiment_score=-0.9,
        sentiment_probabilities={"negative": 0.9, "neutral": 0.07, "positive": 0.03},
        severity=severity,
        categories=[category],
        category_scores={category: 0.8},
        text_redacted=text,
        sentences=[SentenceInsight(text=text, sentiment="negative", sentiment_score=-0.9)],
    )
    return AnalysedItem(item, insight, "h-" + external_id, customer_key=f"cust-{external_id}")


ITEMS = [
    complaint("T-1", HOSTILE, "pl", "billing", 0.9, 3),
    complaint("T-2", "Посылка так и не пришла.", "ru", "delivery", 0.6, 2),
    complaint("T-3", "Rechnung doppelt abgebucht.", "de", "billing", 0.7, 0.1),
    complaint("T-4", "Parcel lost again.", "en", "delivery", 0.65, 0.1),
]


@dataclass
class Workspace:
    """The app, its store URL, API tokens per user and case ids per external id."""

    client: TestClient
    url: str
    settings: Settings
    tokens: dict[str, str]
    cases: dict[str, str]
    items: dict[str, str]

    def as_user(self, name: str) -> dict[str, str]:
        """Return the header authenticating as ``name``."""
        return {"Authorization": f"Bearer {self.tokens[name]}"}


def build_store(url: str) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Fill a store with :data:`ITEMS`, their cases and :data:`USERS`; return tokens, cases, items."""
    with open_store(url) as store:
        store.upsert_insights("r1", ITEMS)
        store.upsert_followups(followup_cases(ITEMS, RULES, NOW - timedelta(days=3)))
        for name, (role, team) in USERS.items():
            add_user(store, name, role, team, PASSWORD, actor="test")
        tokens = {name: issue_api_token(store, name) for name in USERS}
        cases = {c["external_id"]: c["case_id"] for c in store.list_followups("all")}
    items = {a.item.external_id: a.item.item_id for a in ITEMS}
    return tokens, cases, items


def make_workspace(tmp_path: Path, url: str, **app_options) -> Workspace:
    """Build the store and the app on it."""
    tokens, cases, items = build_store(url)
    settings = load_settings(None, store_url=url, out_dir=str(tmp_path / "out"))
    app = create_app(
        settings,
        secret="t" * 40,
        gate=app_options.pop("gate", StoreGate(url, busy_wait_seconds=1.0)),
        throttle=app_options.pop("throttle", LoginThrottle()),
        **app_options,
    )
    return Workspace(TestClient(app), url, settings, tokens, cases, items)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """The workspace on a DuckDB file."""
    ws = make_workspace(tmp_path, f"duckdb:///{tmp_path / 'store.duckdb'}")
    with ws.client:
        yield ws


@pytest.fixture
def any_workspace(tmp_path: Path, store_url: str) -> Iterator[Workspace]:
    """The workspace on each backend in turn (DuckDB, then PostgreSQL)."""
    ws = make_workspace(tmp_path, store_url)
    with ws.client:
        yield ws
