"""`vocmine export` slices: --since --until --lang --channel --format."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from tests.conftest import fast_config_file
from vocmine.cli.main import app

runner = CliRunner()

ROWS = [
    (
        "t1",
        "pl",
        "ticket",
        "2026-11-02T10:00:00Z",
        "Przesyłka nie dotarła, czekam już dwa tygodnie.",
    ),
    (
        "t2",
        "cs",
        "ticket",
        "2026-11-03T11:00:00Z",
        "Zásilka nepřišla a nikdo mi neodpovídá na e-maily.",
    ),
    (
        "c1",
        "ru",
        "chat",
        "2026-11-10T09:30:00Z",
        "С карты списали деньги дважды, верните, пожалуйста.",
    ),
    (
        "c2",
        "de",
        "chat",
        "2026-11-12T15:00:00Z",
        "Vielen Dank, die Lieferung kam schnell und gut verpackt.",
    ),
    (
        "c3",
        "en",
        "chat",
        "2026-11-18T08:00:00Z",
        "The chatbot never lets me talk to a human, awful.",
    ),
    (
        "t3",
        "uk",
        "ticket",
        "2026-11-19T12:00:00Z",
        "Замовлення прийшло пошкоджене, хочу повернути гроші.",
    ),
]


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    """A store filled by one real run over six items in six languages and two channels."""
    tmp_path = tmp_path_factory.mktemp("export_cli")
    config = str(fast_config_file(tmp_path, with_sources=False))
    source = tmp_path / "items.jsonl"
    source.write_text(
        "\n".join(
            json.dumps({"id": i, "lang": lang, "channel": ch, "created_at": at, "text": text})
            for i, lang, ch, at, text in ROWS
        ),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["run", "-c", config, "-i", str(source), "--json"])
    assert result.exit_code == 0, result.output
    return config, tmp_path


def test_export_slice_by_language_and_channel(stored):
    config, tmp_path = stored
    out = tmp_path / "slice_chat"
    result = runner.invoke(
        app,
        [
            "export",
            "-c",
            config,
            "--out",
            str(out),
            "--channel",
            "chat",
            "--lang",
            "ru",
            "--lang",
            "en",
            "--format",
            "csv",
            "--format",
            "xlsx",
        ],
    )
    assert result.exit_code == 0, result.output
    assert {p.name for p in out.iterdir()} == {"insights.csv", "insights.xlsx"}
    csv = pd.read_csv(out / "insights.csv")
    assert sorted(csv["external_id"]) == ["c1", "c3"]
    sheets = pd.read_excel(out / "insights.xlsx", sheet_name=None)
    assert len(sheets["insights"]) == 2 and "drivers" in sheets


def test_export_slice_by_days_is_inclusive_and_writes_the_report(stored):
    config, tmp_path = stored
    out = tmp_path / "slice_days"
    result = runner.invoke(
        app,
        [
            "export",
            "-c",
            config,
            "--out",
            str(out),
            "--since",
            "2026-11-03",
            "--until",
            "2026-11-12",
            "-f",
            "parquet",
            "-f",
            "html",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "report.html" in result.output
    parquet = pd.read_parquet(out / "insights.parquet")
    assert sorted(parquet["external_id"]) == ["c1", "c2", "t2"]
    assert (out / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_export_rejects_bad_options(stored):
    config, tmp_path = stored
    bad_format = runner.invoke(app, ["export", "-c", config, "--format", "pdf"])
    assert bad_format.exit_code == 2 and "unknown --format" in bad_format.output
    bad_day = runner.invoke(app, ["export", "-c", config, "--since", "yesterday"])
    assert bad_day.exit_code == 2 and "--since" in bad_day.output
