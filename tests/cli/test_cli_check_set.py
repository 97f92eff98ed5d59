"""`vocmine evaluate checkset` and `vocmine evaluate insights`."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from tests.conftest import fast_config_file
from vocmine.cli.main import app

runner = CliRunner()


def _last_json(output: str) -> dict:
    """The JSON report: the last output line that is a JSON object (log lines may follow)."""
    return json.loads([line for line in output.splitlines() if line.startswith("{")][-1])


ROWS = [
    {
        "id": "t1",
        "lang": "pl",
        "channel": "review",
        "split": "dev",
        "text": "Kurier zgubił paczkę, nikt nie odpowiada od tygodnia. Rezygnuję z waszych usług!",
        "sentiment": "negative",
        "categories": ["delivery"],
        "effort_signals": ["long_wait"],
        "churn_risk": True,
    },
    {
        "id": "t2",
        "lang": "en",
        "channel": "review",
        "split": "dev",
        "text": "Fantastic service, the parcel arrived a day early. Thank you!",
        "sentiment": "positive",
        "categories": ["praise"],
        "effort_signals": [],
        "churn_risk": False,
    },
    {
        "id": "t3",
        "lang": "de",
        "channel": "review",
        "split": "blind",
        "text": "Die Rechnung ist doppelt abgebucht worden.",
        "sentiment": "negative",
        "categories": ["billing"],
        "effort_signals": [],
        "churn_risk": False,
    },
]


def test_checkset_scores_the_chosen_split_and_keeps_labels_from_the_analyser(tmp_path):
    data = tmp_path / "set.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS))
    out = tmp_path / "analysed.jsonl"
    result = runner.invoke(
        app,
        [
            "evaluate",
            "checkset",
            "--data",
            str(data),
            "--split",
            "dev",
            "-c",
            str(fast_config_file(tmp_path)),
            "-o",
            str(out),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    report = _last_json(result.output)
    assert report["n"] == 2 and report["missing"] == 0
    assert set(report["sentiment"]["by_lang"]) == {"pl", "en"}
    analysed = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in analysed] == ["t1", "t2"]
    # scoring the kept output again gives the same report
    again = runner.invoke(
        app,
        [
            "evaluate",
            "insights",
            "--gold",
            str(data),
            "--predicted",
            str(out),
            "--split",
            "dev",
            "--json",
        ],
    )
    assert again.exit_code == 0, again.output
    assert _last_json(again.output) == report


def test_checkset_errors_are_clear(tmp_path):
    missing = runner.invoke(app, ["evaluate", "checkset", "--data", str(tmp_path / "no.jsonl")])
    assert missing.exit_code == 2
    assert "not found" in missing.output
    data = tmp_path / "set.jsonl"
    data.write_text(json.dumps(ROWS[0]) + "\n")
    empty = runner.invoke(app, ["evaluate", "checkset", "--data", str(data), "--split", "blind"])
    assert empty.exit_code == 2
    assert "no rows" in empty.output
