"""The store's erasure and rekey queries on both backends (DuckDB, PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from vocmine.schemas import AnalysedItem, FeedbackItem, FollowupCase, Insight, QuarantinedRow
from vocmine.store import open_store

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def entry(external_id: str, key: str | None, text: str, days_ago: float = 0) -> AnalysedItem:
    item = FeedbackItem(
        source="tickets",
        external_id=external_id,
        text=text,
        channel="ticket",
        created_at=NOW - timedelta(days=days_ago),
    )
    insight = Insight(id=item.item_id, lang="en", sentiment="negative", text_redacted=text)
    return AnalysedItem(item, insight, content_hash=f"h-{external_id}", customer_key=key)


def case(case_id: str, first: AnalysedItem, key: str) -> FollowupCase:
    return FollowupCase(
        case_id=case_id,
        item_id=first.item.item_id,
        external_id=first.item.external_id,
        source="tickets",
        priority="P2",
        status="new",
        reasons=["negative"],
        severity=0.8,
        opened_at=NOW,
        due_at=NOW + timedelta(hours=24),
        customer_key=key,
    )


@pytest.fixture
def filled(store_url):
    anna = [entry("a1", "anna-key-000001", "parcel lost"), entry("a2", "anna-key-000001", "still")]
    bob = [entry("b1", "bob-key-0000001", "charged twice", days_ago=40)]
    with open_store(store_url) as store:
        store.upsert_insights("run1", anna + bob)
        store.upsert_followups([case("case-anna", anna[0], "anna-key-000001")])
        store.upsert_followups([case("case-anna", anna[1], "anna-key-000001")])
        store.upsert_followups([case("case-bob", bob[0], "bob-key-0000001")])
        store.add_followup_event("case-anna", "agent", "note", "called Anna back", NOW)
        store.put_embeddings("m", {"h-parcel": np.ones(3), "h-bob": np.zeros(3)})
        store.add_quarantined(
            "run1", [QuarantinedRow("tickets", "row 9", "bad_date", "", "anna-77 wrote x")]
        )
        for item in (anna[0], bob[0]):
            store.add_corrections(
                item.item.item_id, {"sentiment": "neutral"}, {"sentiment": "negative"}, actor="ivy"
            )
        yield store, anna, bob


def test_erasing_items_removes_their_rows_and_keeps_audit_without_content(filled):
    store, anna, bob = filled
    ids = [a.item.item_id for a in anna]
    anna_events = len(store.list_followup_events("case-anna"))  # opened, attached, the note
    assert anna_events == 3
    dry = store.erase_items(ids, ["h-parcel"], ["anna-77"], dry_run=True)
    assert dry == {
        "insights": 2,
        "embeddings": 1,
        "followups": 1,
        "followup_items": 2,
        "followup_events": anna_events,
        "quarantine": 1,
        "corrections": 1,
        "audit_events": 1,
    }
    assert len(store.read_insights()) == 3  # a dry run changes nothing
    assert store.erase_items(ids, ["h-parcel"], ["anna-77"]) == dry
    assert list(store.read_insights()["external_id"]) == ["b1"]
    assert [c["case_id"] for c in store.list_followups("all")] == ["case-bob"]
    events = store.list_followup_events()
    kept = [e for e in events if e["case_id"] != "case-bob"]
    assert kept and all(e["note"] is None and e["case_id"].startswith("erased-") for e in kept)
    assert store.get_embeddings("m", ["h-parcel", "h-bob"]).keys() == {"h-bob"}
    assert store.read_quarantine().empty
    assert [c["item_id"] for c in store.list_corrections()] == [bob[0].item.item_id]
    audit = store.list_audit_events("item")
    assert [e["target_id"] for e in audit if not e["target_id"].startswith("erased-")] == [
        bob[0].item.item_id
    ]
    assert [e["detail"] for e in audit if e["target_id"].startswith("erased-")] == [{}]
    assert store.erase_items(ids, ["h-parcel"], ["anna-77"]) == dict.fromkeys(dry, 0)


def test_a_case_that_keeps_other_items_points_at_one_of_them(filled):
    store, anna, _ = filled
    store.erase_items([anna[0].item.item_id])
    [kept] = [c for c in store.list_followups("all") if c["case_id"] == "case-anna"]
    assert (kept["item_id"], kept["external_id"]) == (anna[1].item.item_id, "a2")


def test_finding_items_by_customer_item_external_id_and_age(filled):
    store, anna, bob = filled
    assert store.item_ids_of_customers(["anna-key-000001"]) == sorted(a.item.item_id for a in anna)
    assert store.item_ids_of_customers(["anna-key-000001"], source="other") == []
    assert store.item_ids_matching("b1") == [bob[0].item.item_id]
    assert store.item_ids_matching(bob[0].item.item_id) == [bob[0].item.item_id]
    assert store.item_ids_created_before(NOW - timedelta(days=30)) == [bob[0].item.item_id]
    assert store.item_ids_created_before(NOW - timedelta(days=30), except_sources=["tickets"]) == []


def test_renaming_keys_moves_insights_cases_and_their_audit(filled):
    store, anna, _ = filled
    counts = store.rename_customer_keys(
        {"anna-key-000001": "anna-new"}, {"case-anna": "case-anna-new"}
    )
    assert counts == {"insights": 2, "followups": 1, "followup_items": 2, "followup_events": 3}
    assert store.customer_keys_in_use() == {"anna-new", "bob-key-0000001"}
    assert store.list_followup_events("case-anna-new")[-1]["note"] == "called Anna back"
    assert store.case_threads(["anna-new"]) == [
        {
            "case_id": "case-anna-new",
            "source": "tickets",
            "customer_key": "anna-new",
            "thread": "a1",
        }
    ]


def test_erasure_records_and_meta(filled):
    store, _, _ = filled
    assert store.read_meta("x") is None
    store.write_meta("x", "1")
    store.write_meta("x", "2")
    assert store.read_meta("x") == "2"
    erasure_id = store.record_erasure("customer", "dpo", None, {"insights": 2})
    [record] = store.list_erasures()
    assert (record["erasure_id"], record["actor"], record["scope"]) == (
        erasure_id,
        "dpo",
        "customer",
    )
    assert record["row_counts"] == '{"insights": 2}'
