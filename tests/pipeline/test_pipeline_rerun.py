"""Re-runs that cost what changed: appended input, lazy models, per-run export partitions."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import vocmine.pipeline.run as pipeline
from vocmine.export.incremental import read_dataset
from vocmine.store import open_store

TEXTS = [
    ("pl", "Przesyłka nie dotarła, czekam już dwa tygodnie i nikt nie odpisuje."),
    ("pl", "Obsługa była bardzo miła, dziękuję za szybki zwrot pieniędzy."),
    ("cs", "Zásilka přišla poškozená a reklamace trvá měsíc."),
    ("en", "I was charged twice for the same order, please refund me."),
    ("de", "Die Lieferung kam pünktlich, alles bestens."),
    ("ru", "Оператор бросил трубку, больше к вам не обращусь."),
]


def write_items(path: Path, start: int, n: int, day: int = 1, mode: str = "w") -> None:
    with path.open(mode, encoding="utf-8") as handle:
        for index in range(start, start + n):
            lang, text = TEXTS[index % len(TEXTS)]
            row = {
                "id": f"i{index}",
                "text": f"{text} (#{index})",
                "lang": lang,
                "created_at": f"2026-10-{day:02d}T10:00:00Z",
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


@pytest.fixture
def rerun_settings(tmp_path):
    from tests.conftest import fast_settings

    settings = fast_settings(tmp_path)
    return settings.model_copy(
        update={"topics": settings.topics.model_copy(update={"enabled": False})}
    )


def test_appended_input_is_read_from_where_it_ended(rerun_settings, tmp_path):
    source = tmp_path / "items.jsonl"
    write_items(source, 0, 12)
    first = pipeline.run_pipeline(rerun_settings, inputs=[source])
    assert (first.rows_in, first.stored) == (12, 12)
    write_items(source, 12, 3, day=2, mode="a")
    second = pipeline.run_pipeline(rerun_settings, inputs=[source])
    assert (second.rows_in, second.stored, second.skipped_duplicates) == (3, 3, 0)
    third = pipeline.run_pipeline(rerun_settings, inputs=[source])
    assert (third.rows_in, third.stored) == (0, 0)
    with open_store(rerun_settings.resolved_store_url) as store:
        assert len(store.read_insights()) == 15


def test_nothing_to_analyse_loads_no_model(rerun_settings, tmp_path, monkeypatch):
    source = tmp_path / "items.jsonl"
    write_items(source, 0, 6)
    pipeline.run_pipeline(rerun_settings, inputs=[source])

    def refuse(*args, **kwargs):
        raise AssertionError("a model was loaded for a run with nothing to analyse")

    monkeypatch.setattr(pipeline, "build_analyser", refuse)
    monkeypatch.setattr(pipeline, "build_embedder", refuse)
    again = pipeline.run_pipeline(rerun_settings, inputs=[source])
    assert again.status == "completed"
    assert "taxonomy" in again.model_versions and "embedder" not in again.model_versions


def test_each_run_writes_its_partition_and_the_union_is_the_store(rerun_settings, tmp_path):
    source = tmp_path / "items.jsonl"
    write_items(source, 0, 10)
    first = pipeline.run_pipeline(rerun_settings, inputs=[source])
    assert {"run_csv", "run_parquet", "csv", "parquet", "xlsx", "html"} <= set(first.exports)
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
    rows[0]["text"] = "Paczka w końcu dotarła, ale pudełko było zgniecione."
    rows.append({"id": "i99", "text": "Rechnung doppelt bezahlt, bitte erstatten.", "lang": "de"})
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    second = pipeline.run_pipeline(rerun_settings, inputs=[source])
    assert (second.stored, second.updated) == (1, 1)
    partition = pd.read_parquet(second.exports["run_parquet"])
    assert sorted(partition["external_id"]) == ["i0", "i99"]
    assert len(pd.read_csv(second.exports["run_csv"])) == 2
    # 2 of 11 items changed: below the full-export share, the full files stay as they were
    assert "csv" not in second.exports and "parquet" not in second.exports
    with open_store(rerun_settings.resolved_store_url) as store:
        stored = store.read_insights().set_index("item_id")
    union = read_dataset(rerun_settings.resolve(rerun_settings.out_dir)).set_index("id")
    assert sorted(union.index) == sorted(stored.index)
    assert (
        "zgniecione" in union.loc[stored.index[stored["external_id"] == "i0"][0], "text_redacted"]
    )
    assert (union["run_id"] == stored.loc[union.index, "run_id"]).all()


def test_workbook_covers_a_window_and_caps_its_insights_sheet(rerun_settings, tmp_path):
    source = tmp_path / "items.jsonl"
    write_items(source, 0, 8, day=1)
    with source.open("a", encoding="utf-8") as handle:
        old = {
            "id": "old",
            "text": "Stará stížnost na kurýra.",
            "created_at": "2026-01-05T08:00:00Z",
        }
        handle.write(json.dumps(old, ensure_ascii=False) + "\n")
    exports = rerun_settings.exports.model_copy(update={"window_days": 30, "xlsx_max_rows": 5})
    settings = rerun_settings.model_copy(update={"exports": exports})
    summary = pipeline.run_pipeline(settings, inputs=[source])
    sheets = pd.read_excel(summary.exports["xlsx"], sheet_name=None)
    assert len(sheets["insights"]) == 5
    assert "old" not in set(sheets["insights"]["external_id"])
    about = dict(zip(sheets["about"]["what"], sheets["about"]["value"], strict=True))
    assert "8 items" in about["covers"] and "newest 5 of 8" in about["insights sheet"]
    assert int(sheets["by_language"]["items"].sum()) == 8  # summaries count the whole window
    assert len(pd.read_csv(summary.exports["csv"])) == 9  # the full table keeps everything


def test_workbook_and_report_are_rebuilt_only_when_enough_changed(rerun_settings, tmp_path):
    source = tmp_path / "items.jsonl"
    write_items(source, 0, 50)
    first = pipeline.run_pipeline(rerun_settings, inputs=[source])
    assert {"xlsx", "html"} <= set(first.exports)
    write_items(source, 50, 1, mode="a")  # 1 of 50 = 2% < 5%
    small = pipeline.run_pipeline(rerun_settings, inputs=[source])
    assert small.stored == 1
    assert set(small.exports) == {"run_csv", "run_parquet"}
    write_items(source, 51, 1, mode="a")  # 2 of 50 since the build: 4%, still < 5%
    assert "xlsx" not in pipeline.run_pipeline(rerun_settings, inputs=[source]).exports
    write_items(source, 52, 1, mode="a")  # 3 of 50 = 6% >= 5%: rebuilt
    due = pipeline.run_pipeline(rerun_settings, inputs=[source])
    assert {"xlsx", "html"} <= set(due.exports)
    sheets = pd.read_excel(due.exports["xlsx"], sheet_name=["insights"])
    assert len(sheets["insights"]) == 53
    nothing = pipeline.run_pipeline(rerun_settings, inputs=[source])
    assert nothing.exports == {}
    always = rerun_settings.exports.model_copy(update={"rebuild_hours": 0})
    forced = pipeline.run_pipeline(
        rerun_settings.model_copy(update={"exports": always}), inputs=[source]
    )
    assert {"xlsx", "html"} <= set(forced.exports)
