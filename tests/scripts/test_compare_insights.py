"""scripts/compare_insights.py: identical tables pass, a changed label is named."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "compare_insights.py"


def load_script():
    spec = importlib.util.spec_from_file_location("compare_insights", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write(path: Path, run_id: str, sentiment: list[str]) -> Path:
    pd.DataFrame(
        {
            "id": ["b", "a"],
            "run_id": [run_id, run_id],
            "sentiment": sentiment,
            "score": [0.5, float("nan")],
        }
    ).to_parquet(path)
    return path


def test_runs_that_differ_only_in_run_id_are_identical(tmp_path, capsys):
    script = load_script()
    before = write(tmp_path / "a.parquet", "run-1", ["negative", "positive"])
    after = write(tmp_path / "b.parquet", "run-2", ["negative", "positive"])
    assert script.main([str(before), str(after)]) == 0
    assert capsys.readouterr().out.strip() == "IDENTICAL"


def test_a_changed_label_is_reported(tmp_path, capsys):
    script = load_script()
    before = write(tmp_path / "a.parquet", "run-1", ["negative", "positive"])
    after = write(tmp_path / "b.parquet", "run-1", ["neutral", "positive"])
    assert script.main([str(before), str(after)]) == 1
    assert "sentiment: 1 rows differ, e.g. item b" in capsys.readouterr().out
