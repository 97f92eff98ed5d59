"""The whole run without Prefect: accounting, idempotency, PII, exports."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from vocmine.pipeline.run import run_pipeline
from vocmine.store import open_store


@pytest.fixture(scope="module")
def first_and_second_run(tmp_path_factory):
    from tests.conftest import fast_settings

    tmp = tmp_path_factory.mktemp("pipeline")
    settings = fast_settings(tmp)
    first = run_pipeline(settings)
    second = run_pipeline(settings)
    return settings, first, second


def balanced(summary) -> bool:
    return summary.rows_in == (
        summary.stored + summary.updated + summary.quarantined + summary.skipped_duplicates
    )


def test_first_run_accounts_for_every_row(first_and_second_run):
    _, first, _ = first_and_second_run
    assert first.status == "completed"
    assert balanced(first)
    assert first.stored > 250
    assert first.quarantined >= 8
    assert first.skipped_duplicates >= 2
    assert first.analysis_errors == 0
    assert set(first.by_language) >= {"pl", "cs", "sk", "ru", "uk", "en", "de"}
    assert first.followups_opened > 0
    assert 0 < first.marked_for_review < first.stored + first.updated
    assert first.model_versions["signal_calibration"].startswith("v1@")
    assert first.review_share == pytest.approx(
        first.marked_for_review / (first.stored + first.updated - first.analysis_errors), abs=1e-4
    )


def test_rerun_adds_nothing(first_and_second_run):
    settings, first, second = first_and_second_run
    assert balanced(second)
    assert (second.stored, second.updated, second.followups_opened) == (0, 0, 0)
    assert second.rows_in == 0  # every source file is unchanged: none is read again
    assert "run_csv" not in second.exports  # nothing stored, no partition
    with open_store(settings.resolved_store_url) as store:
        assert len(store.read_insights()) == first.stored
        assert len(store.read_quarantine()) == first.quarantined
        assert len(store.list_followups("all")) == first.followups_opened
        assert len(store.read_runs()) == 2


def test_rerun_reading_every_file_again_adds_nothing(first_and_second_run):
    settings, first, _ = first_and_second_run
    third = run_pipeline(settings.model_copy(update={"incremental_files": False}))
    assert balanced(third)
    assert third.rows_in == first.rows_in
    assert (third.stored, third.updated, third.followups_opened) == (0, 0, 0)


def test_exports_hold_one_row_per_item_and_no_raw_pii(first_and_second_run):
    settings, first, _ = first_and_second_run
    csv = pd.read_csv(first.exports["csv"])
    parquet = pd.read_parquet(first.exports["parquet"])
    sheets = pd.read_excel(first.exports["xlsx"], sheet_name=None)
    assert len(csv) == len(parquet) == len(sheets["insights"]) == first.stored
    assert set(sheets) >= {
        "insights",
        "by_category",
        "by_topic",
        "by_language",
        "followups",
        "loop_metrics",
        "root_causes",
    }
    assert len(sheets["root_causes"]) > 0
    for column in (
        "id",
        "lang",
        "sentiment",
        "sentiment_score",
        "categories",
        "topic_id",
        "effort_signals",
        "churn_risk",
        "pii",
        "text_redacted",
        "source",
        "run_id",
    ):
        assert column in csv.columns
    raw = Path(first.exports["csv"]).read_text(encoding="utf-8")
    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", raw), "an e-mail address leaked"
    assert "4111 1111 1111 1111" not in raw and "4111111111111111" not in raw
    assert csv["topic_id"].notna().mean() > 0.9
    for columns in (csv.columns, parquet.columns, sheets["insights"].columns):
        assert {
            "sentiment_probabilities",
            "effort_probability",
            "churn_probability",
            "needs_review",
            "review_reasons",
        } <= set(columns)
    assert int(parquet["needs_review"].sum()) == first.marked_for_review
    assert parquet["churn_probability"].between(0.0, 1.0).all()


def test_changed_text_is_updated_not_duplicated(tmp_path):
    from tests.conftest import fast_settings

    source = tmp_path / "items.jsonl"
    rows = [
        {"id": "a1", "text": "Przesyłka nie dotarła, czekam już dwa tygodnie.", "lang": "pl"},
        {"id": "a2", "text": "Obsługa była bardzo miła, dziękuję!", "lang": "pl"},
    ]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    settings = fast_settings(tmp_path)
    first = run_pipeline(settings, inputs=[source])
    assert (first.stored, first.updated) == (2, 0)
    rows[0]["text"] = "Przesyłka w końcu dotarła, ale uszkodzona."
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    second = run_pipeline(settings, inputs=[source])
    assert (second.stored, second.updated, second.skipped_duplicates) == (0, 1, 1)
    with open_store(settings.resolved_store_url) as store:
        frame = store.read_insights()
    assert len(frame) == 2
    assert "uszkodzona" in frame.set_index("external_id").loc["a1", "text_redacted"]


def test_learned_categoriser_beside_the_taxonomy(tmp_path):
    import yaml

    from tests.conftest import fast_config_file
    from vocmine.categorise.learned import LearnedCategoriser
    from vocmine.config import load_settings

    texts = {
        "logistics": [
            "Paczka nie dotarła",
            "Zásilka nepřišla",
            "Parcel never arrived",
            "Посылка не пришла",
            "Lieferung fehlt",
            "Kurier zgubił paczkę",
        ],
        "finance": [
            "Podwójnie pobrana opłata",
            "Faktura je špatně",
            "I was charged twice",
            "Списали деньги дважды",
            "Rechnung ist falsch",
            "Zła kwota na fakturze",
        ],
    }
    model = LearnedCategoriser(min_df=1).fit(
        [t for ts in texts.values() for t in ts], [k for k, ts in texts.items() for _ in ts]
    )
    model.save(tmp_path / "queues")
    config = fast_config_file(tmp_path, with_sources=False)
    values = yaml.safe_load(config.read_text(encoding="utf-8"))
    values["learned_categoriser"] = {"path": str(tmp_path / "queues"), "mode": "beside"}
    config.write_text(yaml.safe_dump(values, allow_unicode=True), encoding="utf-8")
    source = tmp_path / "new.jsonl"
    source.write_text(
        json.dumps({"id": "n1", "text": "Moja paczka nie dotarła do dziś."}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    run_pipeline(load_settings(config), inputs=[source])
    with open_store(load_settings(config).resolved_store_url) as store:
        row = store.read_insights().iloc[0]
    assert row["learned_categories"] == ["logistics"]
    assert "delivery" in row["categories"]
