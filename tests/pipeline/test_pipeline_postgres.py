"""The whole run on the PostgreSQL team store: same results as on DuckDB, re-runs idempotent."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from pydantic import SecretStr

from tests.conftest import fast_settings
from vocmine.pipeline.run import run_pipeline
from vocmine.store import open_store


def balanced(summary) -> bool:
    return summary.rows_in == (
        summary.stored + summary.updated + summary.quarantined + summary.skipped_duplicates
    )


def test_sample_run_on_postgres_matches_duckdb(pg_store_url: str, tmp_path: Path) -> None:
    (tmp_path / "duck").mkdir()
    (tmp_path / "pg").mkdir()
    key = SecretStr("one pseudonym key for both stores")  # else case ids differ by design
    on_duckdb = fast_settings(tmp_path / "duck").model_copy(update={"pseudonym_key": key})
    on_postgres = fast_settings(tmp_path / "pg").model_copy(
        update={"store_url": pg_store_url, "pseudonym_key": key}
    )

    duck = run_pipeline(on_duckdb)
    first = run_pipeline(on_postgres)
    second = run_pipeline(on_postgres)

    assert first.status == second.status == "completed"
    assert balanced(first) and balanced(second)
    counts = ("rows_in", "stored", "updated", "quarantined", "skipped_duplicates")
    assert [getattr(first, c) for c in counts] == [getattr(duck, c) for c in counts]
    assert first.followups_opened > 0
    assert (second.stored, second.updated, second.followups_opened) == (0, 0, 0)

    with open_store(on_duckdb.resolved_store_url) as d, open_store(pg_store_url) as p:
        left = d.read_insights().set_index("item_id").sort_index()
        right = p.read_insights().set_index("item_id").sort_index()
        assert list(right.index) == list(left.index)
        for column in ("sentiment", "lang", "topic_id", "categories", "text_redacted"):
            pd.testing.assert_series_equal(
                right[column], left[column], check_dtype=False, check_names=False
            )
        assert len(p.read_runs()) == 2
        cases = {c["case_id"]: c["priority"] for c in p.list_followups("all")}
        assert len(cases) == first.followups_opened
        assert cases == {c["case_id"]: c["priority"] for c in d.list_followups("all")}
        assert len(p.read_quarantine()) == first.quarantined

    exported = pd.read_csv(first.exports["csv"])
    assert len(exported) == first.stored


def test_run_refused_while_another_run_writes_the_store(pg_store_url: str, tmp_path: Path) -> None:
    import pytest

    from vocmine.errors import StoreError

    settings = fast_settings(tmp_path).model_copy(update={"store_url": pg_store_url})
    with open_store(pg_store_url) as running:
        running.claim_for_run()
        with pytest.raises(StoreError, match="another vocmine run is writing"):
            run_pipeline(settings)
        assert running.read_runs().empty
        assert running.read_insights().empty
