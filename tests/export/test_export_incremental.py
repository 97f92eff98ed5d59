"""Run partitions, the dataset union, the recent window and the capped insights sheet."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pandas as pd
import pyarrow.parquet as pq

from vocmine.export import EXPORT_COLUMNS, write_exports
from vocmine.export.incremental import (
    DATASET_DIR,
    PARTITION_SCHEMA,
    ExportState,
    read_dataset,
    recent_insights,
    runs_to_catch_up,
    write_run_partition,
)
from vocmine.export.tables import newest_rows


def row(item: str, run: str, created: str | None, **extra) -> dict:
    base = {column: None for column in EXPORT_COLUMNS}
    base.update(
        id=item,
        external_id=item,
        source="s",
        channel="review",
        created_at=pd.Timestamp(created, tz="UTC") if created else pd.NaT,
        run_id=run,
        lang="pl",
        sentiment="negative",
        sentiment_score=-0.5,
        categories=["delivery"],
        category_scores={"delivery": 0.9},
        aspect_sentiment={},
        effort=False,
        effort_signals=[],
        churn_risk=False,
        severity=0.4,
        pii=[],
        text_redacted=f"text {item}",
        sentences=[],
    )
    base.update(extra)
    return base


def table(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(EXPORT_COLUMNS))


def test_partition_holds_only_the_runs_rows_with_the_fixed_schema(tmp_path):
    frame = table(
        [
            row("a", "r1", "2026-10-01"),
            row("b", "r2", "2026-10-02", topic_id=3.0, error=None),
            row("c", "r2", None),
        ]
    )
    paths = write_run_partition(frame, tmp_path, "r2")
    written = pq.read_table(paths["run_parquet"])
    assert written.schema.equals(PARTITION_SCHEMA)
    assert written.column("id").to_pylist() == ["b", "c"]
    assert written.column("topic_id").to_pylist() == [3, None]
    assert list(pd.read_csv(paths["run_csv"])["id"]) == ["b", "c"]
    assert not list((tmp_path / DATASET_DIR).glob(".*"))  # no temporary file left behind
    assert write_run_partition(frame, tmp_path, "r9") == {}


def test_dataset_union_keeps_each_items_latest_run(tmp_path):
    first = table([row("a", "20261001T0000Z-1", "2026-10-01"), row("b", "20261001T0000Z-1", None)])
    write_run_partition(first, tmp_path, "20261001T0000Z-1")
    second = table([row("a", "20261002T0000Z-2", "2026-10-01", text_redacted="new a")])
    write_run_partition(second, tmp_path, "20261002T0000Z-2")
    union = read_dataset(tmp_path).set_index("id")
    assert sorted(union.index) == ["a", "b"]
    assert union.loc["a", "text_redacted"] == "new a"
    assert union.loc["b", "run_id"] == "20261001T0000Z-1"


def test_dataset_of_an_empty_folder_is_an_empty_table(tmp_path):
    assert list(read_dataset(tmp_path).columns) == list(EXPORT_COLUMNS)


def test_recent_window_counts_back_from_the_newest_item():
    analysed = pd.Timestamp("2026-11-20", tz="UTC")
    insights = pd.DataFrame(
        {
            "item_id": ["old", "edge", "new", "undated"],
            "created_at": [
                pd.Timestamp("2026-06-01", tz="UTC"),
                pd.Timestamp("2026-09-15", tz="UTC"),
                pd.Timestamp("2026-10-15", tz="UTC"),
                pd.NaT,
            ],
            "analysed_at": [analysed] * 4,
        }
    )
    # the undated item counts at its analysis time (2026-11-20), the newest time
    assert list(recent_insights(insights, 30)["item_id"]) == ["undated"]
    assert list(recent_insights(insights, 70)["item_id"]) == ["edge", "new", "undated"]
    assert len(recent_insights(insights, None)) == 4


def test_newest_rows_puts_undated_rows_last():
    frame = table([row("a", "r", "2026-10-01"), row("b", "r", None), row("c", "r", "2026-10-03")])
    assert list(newest_rows(frame, 2)["id"]) == ["c", "a"]
    assert newest_rows(frame, 5) is frame


def test_capped_insights_sheet_is_stated_on_the_about_sheet(tmp_path):
    frame = table([row(f"i{n}", "r", f"2026-10-{n + 1:02d}") for n in range(6)])
    paths = write_exports(
        frame,
        [],
        tmp_path,
        formats=["xlsx"],
        now=datetime(2026, 11, 1, tzinfo=UTC),
        insights_sheet_rows=4,
        notes=[("covers", "6 items")],
    )
    sheets = pd.read_excel(paths["xlsx"], sheet_name=None)
    assert list(sheets["insights"]["id"]) == ["i5", "i4", "i3", "i2"]
    assert int(sheets["by_language"]["items"].sum()) == 6
    about = dict(zip(sheets["about"]["what"], sheets["about"]["value"], strict=True))
    assert about["covers"] == "6 items"
    assert about["insights sheet"].startswith("the newest 4 of 6 items")


def test_export_state_round_trips_and_says_when_to_rebuild(tmp_path):
    now = datetime(2026, 11, 2, 12, tzinfo=UTC)
    assert ExportState.read(tmp_path).needs_rebuild(now, 0.05, 24)  # never built
    state = ExportState("2026-11-02T00:00:00+00:00", "r1", items=1000, changed_since=49)
    state.write(tmp_path)
    again = ExportState.read(tmp_path)
    assert again == state
    assert not again.needs_rebuild(now, share=0.05, max_hours=24)
    again.changed_since = 50
    assert again.needs_rebuild(now, share=0.05, max_hours=24)  # 5% of what it covers changed
    again.changed_since = 0
    assert again.needs_rebuild(now, share=0.05, max_hours=12)  # 12 h old
    assert again.needs_rebuild(now, share=0.05, max_hours=0)  # 0: every run
    (tmp_path / "exports.json").write_text("{broken", encoding="utf-8")
    assert ExportState.read(tmp_path) == ExportState()


def test_runs_to_catch_up_skips_empty_completed_runs_and_the_current_one():
    runs = pd.DataFrame(
        {
            "run_id": ["r1", "r2", "r3", "r4", "r5"],
            "status": ["completed", "interrupted", "completed", "completed", "running"],
            "stored": [10, None, 0, 3, None],
            "updated": [0, None, 0, 0, None],
        }
    )
    assert runs_to_catch_up(runs, ExportState(caught_up_to="r1"), current="r5") == ["r2", "r4"]
    assert runs_to_catch_up(runs, ExportState(caught_up_to="r4"), current="r5") == []


def test_a_partition_written_before_signal_reasons_still_joins_the_dataset(tmp_path):
    old_run, new_run = "20261001T0000Z-1", "20261002T0000Z-2"
    write_run_partition(table([row("a", old_run, "2026-10-01")]), tmp_path, old_run)
    old_file = tmp_path / DATASET_DIR / f"insights-{old_run}.parquet"
    pq.write_table(pq.read_table(old_file).drop(["signal_reasons"]), old_file)  # as written then
    reasons = {"churn_risk": '"rezygnuję"'}
    write_run_partition(
        table([row("b", new_run, "2026-10-02", signal_reasons=reasons)]), tmp_path, new_run
    )
    union = read_dataset(tmp_path).set_index("id")
    assert pd.isna(union.loc["a", "signal_reasons"])  # unknown for the old run
    assert json.loads(union.loc["b", "signal_reasons"]) == reasons


def test_probabilities_and_review_marks_reach_the_partition_and_its_csv(tmp_path):
    marked = row(
        "a",
        "r1",
        "2026-10-01",
        sentiment_probabilities={"negative": 0.5, "neutral": 0.3, "positive": 0.2},
        effort_probability=0.02,
        churn_probability=0.94,
        needs_review=True,
        review_reasons=["sentiment_uncertain", "category_none"],
    )
    calm = row("b", "r1", "2026-10-01", needs_review=False, review_reasons=[])
    paths = write_run_partition(table([marked, calm]), tmp_path, "r1")
    back = read_dataset(tmp_path).set_index("id")
    assert back.loc["a", "needs_review"] and not back.loc["b", "needs_review"]
    assert list(back.loc["a", "review_reasons"]) == ["sentiment_uncertain", "category_none"]
    assert back.loc["a", "churn_probability"] == 0.94
    assert json.loads(back.loc["a", "sentiment_probabilities"])["negative"] == 0.5
    csv = pd.read_csv(paths["run_csv"]).set_index("id")
    assert csv.loc["a", "review_reasons"] == "sentiment_uncertain|category_none"
    assert json.loads(csv.loc["a", "sentiment_probabilities"]) == marked["sentiment_probabilities"]


def test_partitions_written_before_the_review_columns_still_read(tmp_path):
    old = table([row("a", "r1", "2026-10-01")])
    paths = write_run_partition(old, tmp_path, "r1")
    legacy = pq.read_table(paths["run_parquet"]).drop(
        ["sentiment_probabilities", "effort_probability", "churn_probability"]
        + ["needs_review", "review_reasons"]
    )
    pq.write_table(legacy, paths["run_parquet"])
    write_run_partition(table([row("b", "r2", "2026-10-02", needs_review=True)]), tmp_path, "r2")
    back = read_dataset(tmp_path).set_index("id")
    assert set(back.index) == {"a", "b"}
    assert back.loc["a", "needs_review"] is None and back.loc["b", "needs_review"]
