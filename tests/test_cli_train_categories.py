"""``vocmine train categories`` / ``vocmine evaluate categories``: which rows count."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vocmine.categorise.learned import LearnedCategoriser, is_training_label
from vocmine.cli.main import app

runner = CliRunner()

LABELLED = {
    "card": ["my card has not arrived", "card still missing", "where is my new card"],
    "refund": ["I want a refund", "refund not received", "please refund my payment"],
}
UNLABELLED = ["thanks, all good", "thanks a lot, great", "all good now, thanks", "great, thanks"]


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _train(data: Path, out: Path, field: str = "labels"):
    return runner.invoke(
        app,
        ["train", "categories", "--data", str(data), "--label-field", field, "--out", str(out)],
    )


def _multi_label_rows(times: int = 3) -> list[dict]:
    rows = [{"text": t, "labels": [k]} for k, texts in LABELLED.items() for t in texts]
    rows += [{"text": t, "labels": []} for t in UNLABELLED]
    return rows * times


@pytest.mark.parametrize(
    ("value", "usable"),
    [("refund", True), ("", False), (None, False), ([], True), (["a", "b"], True), ([""], False)],
)
def test_is_training_label(value, usable):
    assert is_training_label(value) is usable


def test_train_keeps_rows_without_a_category_as_negatives(tmp_path):
    data = _write(tmp_path / "train.jsonl", _multi_label_rows())
    result = _train(data, tmp_path / "model")
    assert result.exit_code == 0, result.output
    assert "training on 30 rows (12 without a category)" in result.output
    model = LearnedCategoriser.load(tmp_path / "model")
    assert model.multilabel_ and model.classes_ == ["card", "refund"]
    # Learned from the negatives: a thank-you note gets no category.
    assert model.predict(["thanks, all good now"]) == [[]]
    assert model.predict(["my card is missing"]) == [["card"]]


def test_evaluate_counts_rows_without_a_category(tmp_path):
    data = _write(tmp_path / "train.jsonl", _multi_label_rows())
    assert _train(data, tmp_path / "model").exit_code == 0
    result = runner.invoke(
        app,
        [
            "evaluate",
            "categories",
            "--model",
            str(tmp_path / "model"),
            "--data",
            str(data),
            "--label-field",
            "labels",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["n"] == 30


def test_train_still_drops_empty_or_missing_string_labels(tmp_path):
    rows = [{"text": t, "queue": k} for k, texts in LABELLED.items() for t in texts]
    rows += [
        {"text": "no queue"},
        {"text": "empty queue", "queue": ""},
        {"text": "x", "queue": None},
    ]
    result = _train(_write(tmp_path / "train.jsonl", rows), tmp_path / "model", "queue")
    assert result.exit_code == 0, result.output
    assert "training on 6 rows (0 without a category)" in result.output
    assert not LearnedCategoriser.load(tmp_path / "model").multilabel_


def test_train_needs_some_label(tmp_path):
    rows = [{"text": t, "labels": []} for t in UNLABELLED]
    result = _train(_write(tmp_path / "train.jsonl", rows), tmp_path / "model")
    assert result.exit_code == 2
    assert "error:" in result.output
