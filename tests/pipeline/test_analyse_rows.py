"""analyse_rows: labelled rows analysed as `vocmine analyze` does, labels held back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vocmine.config import Settings
from vocmine.pipeline import analyse_file


@pytest.fixture()
def seen(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """Replace the analysis by an echo that records what reached it."""
    received: list[dict] = []

    def echo(settings: Settings, input_file: Path, output_file: Path) -> dict[str, int]:
        lines = [json.loads(line) for line in input_file.read_text(encoding="utf-8").splitlines()]
        received.extend(lines)
        output_file.write_text(
            "".join(json.dumps({"id": r["id"], "sentiment": "neutral"}) + "\n" for r in lines),
            encoding="utf-8",
        )
        return {"rows": len(lines), "errors": 0, "review": 0}

    monkeypatch.setattr(analyse_file, "analyse_jsonl", echo)
    return received


ROWS = [
    {"id": "b-2", "text": "Paczka nie doszła.", "channel": "email", "sentiment": "negative"},
    {"id": "b-1", "text": "Super, polecam!", "lang": "pl", "sentiment": "positive"},
]


def test_only_the_chosen_fields_reach_the_analyser_and_order_is_kept(seen: list[dict]) -> None:
    out = analyse_file.analyse_rows(Settings(), ROWS)
    assert seen == [
        {"id": "b-2", "text": "Paczka nie doszła.", "channel": "email"},
        {"id": "b-1", "text": "Super, polecam!"},
    ]
    assert [r["id"] for r in out] == ["b-2", "b-1"]


def test_the_language_is_passed_on_request_and_the_output_kept(
    seen: list[dict], tmp_path: Path
) -> None:
    target = tmp_path / "out" / "insights.jsonl"
    target.parent.mkdir()
    analyse_file.analyse_rows(Settings(), ROWS, ("id", "text", "lang"), target)
    assert seen[1] == {"id": "b-1", "text": "Super, polecam!", "lang": "pl"}
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
