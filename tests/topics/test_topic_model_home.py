"""A topic model belongs to its store: derived folder, embedder check, refit across embedders."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.decomposition import PCA
from test_topics import LANGS, TEXTS_REDACTED
from test_topics_refit import _LookupEmbedder, _store_with_insights, new_modeler
from typer.testing import CliRunner

from vocmine.config import Settings, load_settings
from vocmine.embeddings import TfidfLsaEmbedder
from vocmine.errors import ConfigError
from vocmine.registry import build_embedder, build_topic_stage, topic_model_dir
from vocmine.schemas import AnalysedItem, FeedbackItem, Insight
from vocmine.topics.modeler import METADATA_FILE, TopicModeler, simple_keyword_tokens
from vocmine.topics.stage import TopicStage


def settings_for(tmp_path: Path, store: str, **topics: object) -> Settings:
    """Settings with ``store`` (relative to ``tmp_path``), the tfidf embedder, derived model."""
    return load_settings(
        None,
        base_dir=tmp_path,
        store_url=f"duckdb:///{store}",
        topics={"embedder": "tfidf", "min_items_to_fit": 10, **topics},
    )


def fast_stage(settings: Settings, embedder=None) -> TopicStage:
    """The configured stage with PCA instead of UMAP (same folder, embedder and checks)."""
    embedder = embedder or build_embedder(settings)
    stage = build_topic_stage(settings, embedder)
    modeler = TopicModeler(
        embedder=embedder,
        analyser=simple_keyword_tokens,
        min_topic_size=5,
        umap_model=PCA(n_components=5, random_state=0),
    )
    return dataclasses.replace(stage, modeler=modeler)


def analysed_items() -> list[AnalysedItem]:
    items = []
    for i, (text, lang) in enumerate(zip(TEXTS_REDACTED, LANGS, strict=True)):
        item = FeedbackItem(source="s", external_id=str(i), text=text)
        items.append(
            AnalysedItem(item, Insight(id=item.item_id, lang=lang, text_redacted=text), str(i))
        )
    return items


def test_model_folder_is_derived_from_the_store(tmp_path: Path) -> None:
    duck = settings_for(tmp_path, "var/a.duckdb")
    assert topic_model_dir(duck) == tmp_path / "var" / "a.duckdb.topics"
    assert topic_model_dir(settings_for(tmp_path, "b.duckdb")) == tmp_path / "b.duckdb.topics"
    explicit = settings_for(tmp_path, "var/a.duckdb", model_dir="shared/topics")
    assert topic_model_dir(explicit) == tmp_path / "shared" / "topics"

    def pg(url: str) -> Path:
        return topic_model_dir(load_settings(None, base_dir=tmp_path, store_url=url))

    first = pg("postgresql://voc:secret@db.example:5432/feedback")
    assert first.parent == tmp_path / "var" / "topic_models"
    assert first.name.startswith("feedback-") and "secret" not in str(first)
    assert pg("postgresql://voc:other@db.example:5432/feedback?sslmode=require") == first
    assert pg("postgresql://voc@db.example:5432/other") != first
    assert pg("postgresql://voc@db2.example:5432/feedback") != first
    with pytest.raises(ConfigError, match="topics.model_dir"):
        topic_model_dir(settings_for(tmp_path, ":memory:"))


def test_two_stores_fit_two_models_unless_model_dir_is_set(tmp_path: Path) -> None:
    first, fitted_first = fast_stage(settings_for(tmp_path, "a.duckdb")).assign(analysed_items())
    assert fitted_first and (tmp_path / "a.duckdb.topics" / METADATA_FILE).is_file()
    other = fast_stage(settings_for(tmp_path, "other/b.duckdb"))
    assert not other.saved_model_exists()
    _, fitted_other = other.assign(analysed_items())
    assert fitted_other and (tmp_path / "other" / "b.duckdb.topics" / METADATA_FILE).is_file()
    # An explicit topics.model_dir is honoured: a second store then shares that model.
    shared = settings_for(tmp_path, "c.duckdb", model_dir=str(tmp_path / "a.duckdb.topics"))
    stage = fast_stage(shared)
    assert stage.model_dir == tmp_path / "a.duckdb.topics"
    _, fitted_now = stage.assign(analysed_items())
    assert not fitted_now
    assert not (tmp_path / "c.duckdb.topics").exists()


def test_saved_model_records_its_embedder(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, "a.duckdb")
    fast_stage(settings).assign(analysed_items())
    meta = json.loads((topic_model_dir(settings) / METADATA_FILE).read_text(encoding="utf-8"))
    assert meta["embedder_name"] == TfidfLsaEmbedder().name
    assert meta["embedding_dim"] == TfidfLsaEmbedder().dim


def test_switching_the_embedder_stops_with_a_one_line_error(tmp_path: Path) -> None:
    fast_stage(settings_for(tmp_path, "a.duckdb")).assign(analysed_items())
    switched = settings_for(tmp_path, "a.duckdb", embedder="static")
    with pytest.raises(ConfigError) as raised:
        fast_stage(switched).assign(analysed_items())
    message = str(raised.value)
    assert "\n" not in message
    assert f"fitted with embedder {TfidfLsaEmbedder().name}" in message
    assert "topics.embedder=static" in message and "`vocmine topics refit`" in message


def test_analyze_cli_prints_the_embedder_error_on_one_line(tmp_path: Path, monkeypatch) -> None:
    from vocmine.cli.main import app

    settings = settings_for(tmp_path, "a.duckdb")
    fast_stage(settings).assign(analysed_items())
    config = tmp_path / "vocmine.yaml"
    config.write_text("store_url: duckdb:///a.duckdb\ntopics:\n  embedder: tfidf\n", "utf-8")
    rows = tmp_path / "in.jsonl"
    rows.write_text('{"id": "1", "text": "Paczka nie dotarła"}\n', encoding="utf-8")
    monkeypatch.setenv("VOCMINE_TOPICS__EMBEDDER", "static")
    result = CliRunner().invoke(
        app, ["analyze", str(rows), "-o", str(tmp_path / "o.jsonl"), "-c", str(config)]
    )
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: the topic model in")
    assert not (tmp_path / "o.jsonl").exists()


def test_model_saved_without_an_embedder_name_loads_and_checks_the_dimension(
    tmp_path: Path,
) -> None:
    settings = settings_for(tmp_path, "a.duckdb")
    fast_stage(settings).assign(analysed_items())
    loaded = analysed_items()
    _, fitted_now = fast_stage(settings).assign(loaded)
    assert not fitted_now
    expected = [a.insight.topic_id for a in loaded]
    meta_file = topic_model_dir(settings) / METADATA_FILE
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    del meta["embedder_name"], meta["embedding_dim"]  # as saved by an older vocmine
    meta_file.write_text(json.dumps(meta), encoding="utf-8")
    again = analysed_items()
    _, fitted_now = fast_stage(settings).assign(again)
    assert not fitted_now and [a.insight.topic_id for a in again] == expected
    narrower = TfidfLsaEmbedder(dim=32)
    with pytest.raises(ConfigError, match="32-dimensional") as raised:
        fast_stage(settings, embedder=narrower).assign(analysed_items())
    assert "an unrecorded embedder (64-dimensional vectors)" in str(raised.value)


class _RotatedEmbedder(_LookupEmbedder):
    """The fixture geometry in another space (another embedder: other name and dimension)."""

    name = "fixture-themes-rotated"

    def embed(self, texts: list[str], progress=None) -> np.ndarray:
        vectors = super().embed(texts)
        rotation = np.linalg.qr(np.random.default_rng(3).normal(size=(48, 48)))[0][:, :48]
        padded = np.hstack([vectors, np.zeros((len(vectors), 16), dtype=vectors.dtype)])
        return (padded @ rotation).astype(np.float32)


def test_refit_after_an_embedder_switch_keeps_topic_ids(tmp_path: Path) -> None:
    from vocmine.pipeline.refit import refit

    settings = settings_for(tmp_path, "store.duckdb", min_items_to_fit=30)
    with _store_with_insights(tmp_path / "store.duckdb") as store:
        first = refit(settings, store, embedder=_LookupEmbedder(), modeler=new_modeler())
        ids_first = store.read_insights().set_index("item_id")["topic_id"].to_dict()
        rotated = _RotatedEmbedder()
        modeler = new_modeler()
        modeler.embedder = rotated
        second = refit(settings, store, embedder=rotated, modeler=modeler)
        assert second.matched == second.topics == first.topics and second.new == 0
        assert store.read_insights().set_index("item_id")["topic_id"].to_dict() == ids_first
    saved = TopicModeler.load(topic_model_dir(settings))
    assert saved.embedder_name_ == rotated.name and saved.embedding_dim_ == 48


def test_a_store_whose_topics_came_from_a_shared_folder_gets_a_copy(tmp_path: Path) -> None:
    from vocmine.store import open_store

    legacy = tmp_path / "var" / "topic_model"
    shared = settings_for(tmp_path, "a.duckdb", model_dir=str(legacy))
    modeler, _ = fast_stage(shared).assign(analysed_items())
    settings = settings_for(tmp_path, "a.duckdb")
    with open_store(settings.resolved_store_url) as store:
        store.save_topics(str(legacy), [dataclasses.asdict(t) for t in modeler.topics()])
        stage = build_topic_stage(settings, build_embedder(settings), store)
    assert stage.model_dir == tmp_path / "a.duckdb.topics"
    assert (stage.model_dir / METADATA_FILE).read_bytes() == (legacy / METADATA_FILE).read_bytes()
    assert legacy.is_dir()  # copied, not moved
