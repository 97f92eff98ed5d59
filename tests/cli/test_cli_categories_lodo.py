"""`vocmine evaluate categories-lodo`: clear errors before any slow work."""

from __future__ import annotations

from typer.testing import CliRunner

from vocmine.cli.main import app

runner = CliRunner()


def test_categories_lodo_names_the_missing_sets(tmp_path):
    (tmp_path / "twitter_us_airline").mkdir()
    (tmp_path / "twitter_us_airline" / "data.jsonl").write_text("{}\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "categories-lodo", "--data-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "banking77/data.jsonl" in result.output
    assert "twitter_us_airline/data.jsonl" not in result.output


def test_categories_lodo_refuses_a_missing_folder(tmp_path):
    result = runner.invoke(
        app, ["evaluate", "categories-lodo", "--data-dir", str(tmp_path / "nope")]
    )
    assert result.exit_code == 2
    assert "not a folder" in result.output
