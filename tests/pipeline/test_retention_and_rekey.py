"""Retention purges exactly the expired items; a store of unkeyed pseudonyms moves to keyed ones."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pandas as pd
import pytest

import vocmine.pipeline.run as pipeline
from tests.pipeline.test_erasure import ANNA, ROWS, TODAY, write_rows
from vocmine.analysis.pseudonyms import is_legacy_key, legacy_customer_key
from vocmine.config import Settings
from vocmine.export.incremental import read_dataset
from vocmine.followups.rules import case_id_of
from vocmine.ingest.spec import SourceSpec
from vocmine.pipeline.pseudonym_key import FINGERPRINT_META, pseudonymiser_for, rekey_store
from vocmine.pipeline.retention import retention_cutoffs, split_expired
from vocmine.schemas import FeedbackItem
from vocmine.store import open_store


@pytest.fixture
def plain_settings(tmp_path: Path) -> Settings:
    from tests.conftest import fast_settings

    return fast_settings(tmp_path)


def aged(rows: list[tuple], days: dict[str, int]) -> list[tuple]:
    """The rows with the given external ids moved ``days`` back."""
    return [(*r[:6], days.get(r[0], r[6])) for r in rows]


def test_retention_purges_exactly_the_expired_items(plain_settings: Settings, tmp_path: Path):
    source = tmp_path / "items.jsonl"
    write_rows(source, aged(ROWS, {"b1": 40, "c2": 100}))
    first = pipeline.run_pipeline(plain_settings, inputs=[source])
    assert first.stored == len(ROWS) and first.purged == 0
    with open_store(plain_settings.resolved_store_url) as store:
        before = store.read_insights().set_index("external_id")
    keeping = plain_settings.model_copy(update={"retention_days": 30})
    late = tmp_path / "late.jsonl"
    write_rows(
        late,
        [
            ("z1", "zoe", "review", None, "en", "Old complaint about a lost parcel.", 60),
            ("z2", "zoe", "review", None, "en", "Fresh praise: quick and friendly.", 1),
        ],
    )
    second = pipeline.run_pipeline(keeping, inputs=[late])
    assert (second.purged, second.expired, second.stored) == (2, 1, 1)
    assert second.purged_rows["insights"] == 2
    assert second.rows_in == second.stored + second.updated + second.quarantined + (
        second.skipped_duplicates + second.expired
    )
    with open_store(plain_settings.resolved_store_url) as store:
        after = store.read_insights().set_index("external_id")
        [record] = store.list_erasures()
        runs = store.read_runs()
    assert set(after.index) == set(before.index) - {"b1", "c2"} | {"z2"}
    assert record["scope"] == "retention" and json.loads(record["row_counts"])["insights"] == 2
    kept = sorted(set(after.index) - {"z2"})  # the others are untouched, row for row
    pd.testing.assert_frame_equal(after.loc[kept], before.loc[kept])
    dataset = read_dataset(plain_settings.resolve(plain_settings.out_dir))
    assert set(dataset["external_id"]) == set(after.index)
    summary = json.loads(runs.iloc[0]["summary"])
    assert summary["purged"] == 2 and summary["expired"] == 1


def test_a_sources_own_retention_wins(plain_settings: Settings) -> None:
    now = TODAY
    settings = plain_settings.model_copy(
        update={
            "retention_days": 30,
            "sources": [SourceSpec(name="chats", kind="chats", path="x.jsonl", retention_days=7)],
        }
    )
    cutoffs = retention_cutoffs(settings, now)
    assert cutoffs == {None: now - timedelta(days=30), "chats": now - timedelta(days=7)}
    items = [
        FeedbackItem("chats", "c", "t", created_at=now - timedelta(days=10)),
        FeedbackItem("shop", "s", "t", created_at=now - timedelta(days=10)),
        FeedbackItem("shop", "old", "t", created_at=now - timedelta(days=31)),
        FeedbackItem("shop", "undated", "t"),
    ]
    fresh, expired = split_expired(items, settings, now)
    assert [i.external_id for i in fresh] == ["s", "undated"] and expired == 2


def test_a_store_of_unkeyed_pseudonyms_keeps_working(plain_settings: Settings, tmp_path: Path):
    source = tmp_path / "items.jsonl"
    write_rows(source, ROWS)
    pipeline.run_pipeline(plain_settings, inputs=[source])
    store_file = Path(plain_settings.resolved_store_url.removeprefix("duckdb:///"))
    # Turn it into what an earlier release wrote: salted hashes, no key, no fingerprint.
    with open_store(plain_settings.resolved_store_url) as store:
        pseudonyms = pseudonymiser_for(plain_settings, store)
        customers = {r[1].strip().lower() for r in ROWS}
        to_legacy = {
            pseudonyms.customer_key(c): legacy_customer_key(c, "vocmine") for c in customers
        }
        threads = store.case_threads(list(to_legacy))
        old_cases = {
            t["case_id"]: case_id_of(t["source"], to_legacy[t["customer_key"]], t["thread"])
            for t in threads
        }
        store.rename_customer_keys(to_legacy, old_cases)
        store._db.execute("DELETE FROM store_meta WHERE name = ?", [FINGERPRINT_META])
        cases_before = len(store.list_followups("all"))
        assert store.has_legacy_customer_keys()
    store_file.with_name(store_file.name + ".key").unlink()

    # Anna writes again in the same thread: the run moves the keys and finds her case.
    more = tmp_path / "more.jsonl"
    write_rows(
        more,
        [("a4", ANNA, "chat", "t-1", "pl", "Dalej nic, paczki nie ma, oddajcie pieniądze.", 0)],
    )
    summary = pipeline.run_pipeline(plain_settings, inputs=[more])
    assert summary.stored == 1
    with open_store(plain_settings.resolved_store_url) as store:
        pseudonyms = pseudonymiser_for(plain_settings, store)
        assert not store.has_legacy_customer_keys()
        keys = store.customer_keys_in_use()
        assert not any(is_legacy_key(k) for k in keys)
        assert keys == {pseudonyms.customer_key(c) for c in customers}
        cases = store.list_followups("all")
        anna = pseudonyms.customer_key(ANNA)
        [anna_case] = [c for c in cases if c["customer_key"] == anna and c["channel"] != "review"]
        assert anna_case["case_id"] in {case_id_of(c["source"], anna, "t-1") for c in cases}
        assert len(cases) == cases_before  # attached to her case, not a new one
        assert rekey_store(store, pseudonyms) == {
            "customers": 0,
            "cases": 0,
            "insights": 0,
            "followups": 0,
            "followup_items": 0,
            "followup_events": 0,
        }


def test_the_summary_shows_time_items_per_second_and_memory_per_step(
    plain_settings: Settings, tmp_path: Path
) -> None:
    from vocmine.export.run_summary import run_summary_markdown

    source = tmp_path / "items.jsonl"
    write_rows(source, ROWS)
    summary = pipeline.run_pipeline(plain_settings, inputs=[source])
    stages = {s["stage"]: s for s in summary.stages}
    assert list(stages)[0] == "opening the store" and list(stages)[-1] == "writing the exports"
    assert stages["reading the sources"]["items"] == summary.rows_in == len(ROWS)
    assert stages["analysing the items"]["items"] == summary.stored
    assert all(s["seconds"] >= 0 for s in summary.stages)
    assert summary.peak_rss_mb and summary.peak_rss_mb > 50
    markdown = run_summary_markdown(summary)
    assert "### Time per step" in markdown and "| analysing the items |" in markdown
    assert "Peak memory" in markdown
    with open_store(plain_settings.resolved_store_url) as store:
        stored = json.loads(store.read_runs().iloc[0]["summary"])
    assert [s["stage"] for s in stored["stages"]] == [s["stage"] for s in summary.stages]
