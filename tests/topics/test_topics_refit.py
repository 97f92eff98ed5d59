"""Tests for vocmine.topics.refit: a refit keeps topic ids stable, and the store keeps the map."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from sklearn.decomposition import PCA
from test_topics import GOLD, LANGS, TEXTS_REDACTED

from vocmine.embeddings import TfidfLsaEmbedder
from vocmine.schemas import RefitReport
from vocmine.store._duckdb import DuckDBStore
from vocmine.topics.modeler import TopicModeler, cross_language_ratio, simple_keyword_tokens
from vocmine.topics.refit import match_topic_ids, refit_topics


def new_modeler(seed: int = 42, **kwargs) -> TopicModeler:
    return TopicModeler(
        embedder=TfidfLsaEmbedder(),
        analyser=simple_keyword_tokens,
        min_topic_size=5,
        seed=seed,
        umap_model=PCA(n_components=5, random_state=seed),
        **kwargs,
    )


def theme_embeddings(langs: list[str] = LANGS, seed: int = 0) -> np.ndarray:
    """Embeddings with a known geometry: theme direction + language offset + noise.

    The id-mapping logic is what is under test here, so the embedder is
    replaced by vectors whose clusters are known (a real multilingual
    embedder is exercised in test_topics.py); the texts stay real, so
    keywords and labels come from them.
    """
    rng = np.random.default_rng(seed)
    themes = {g: rng.normal(size=32) for g in sorted(set(GOLD))}
    offsets = {lang: 0.6 * rng.normal(size=32) for lang in sorted(set(langs))}
    rows = [
        themes[g] + offsets[lang] + 0.35 * rng.normal(size=32)
        for g, lang in zip(GOLD, langs, strict=True)
    ]
    return np.asarray(rows, dtype=np.float32)


@pytest.fixture(scope="module")
def embeddings() -> np.ndarray:
    return theme_embeddings()


@pytest.fixture(scope="module")
def previous(embeddings: np.ndarray) -> TopicModeler:
    return new_modeler().fit(TEXTS_REDACTED, embeddings=embeddings, langs=LANGS)


def majority_topic(ids: list[int], theme: str) -> int:
    return Counter(t for t, g in zip(ids, GOLD, strict=True) if g == theme).most_common(1)[0][0]


def test_match_topic_ids_pairs_by_cosine_and_gives_fresh_ids() -> None:
    previous = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    fitted = np.array([[0.0, 0.9, 0.1], [0.6, 0.0, 0.8], [0.98, 0.05, 0.0]])
    matches = match_topic_ids([7, 12, 30], previous, [0, 1, 2], fitted, next_id=31)
    by_fitted = {m.fitted_id: m for m in matches if m.fitted_id is not None}
    assert by_fitted[0].topic_id == 12 and by_fitted[0].status == "matched"
    assert by_fitted[2].topic_id == 7
    assert by_fitted[1].status == "matched" and by_fitted[1].topic_id == 30  # cosine 0.8
    strict = match_topic_ids([7, 12, 30], previous, [0, 1, 2], fitted, 31, min_similarity=0.9)
    assert {(m.status, m.topic_id) for m in strict if m.fitted_id == 1} == {("new", 31)}
    assert [m.topic_id for m in strict if m.status == "retired"] == [30]


def test_refit_on_same_data_with_another_seed_keeps_every_id(
    previous: TopicModeler, embeddings: np.ndarray
) -> None:
    # Old topic ids shifted so that "same id" cannot happen by accident.
    shifted = {t.topic_id: t.topic_id + 10 for t in previous.topics()}
    old = new_modeler().fit(TEXTS_REDACTED, embeddings=embeddings, langs=LANGS).renumber(shifted)
    modeler = new_modeler(seed=7)
    matches = refit_topics(old, modeler, TEXTS_REDACTED, embeddings, LANGS)
    assert {m.status for m in matches} == {"matched"}
    for theme in set(GOLD):
        assert majority_topic(modeler.topics_fit_, theme) == majority_topic(old.topics_fit_, theme)
    assert {t.topic_id for t in modeler.topics()} == {t.topic_id for t in old.topics()}


def test_refit_new_issue_gets_fresh_id_and_gone_issue_is_retired(
    previous: TopicModeler, embeddings: np.ndarray
) -> None:
    # The previous model never saw the "app" issue; the refit data has no "hotline" items.
    seen = [i for i, g in enumerate(GOLD) if g != "app"]
    old = new_modeler().fit(
        [TEXTS_REDACTED[i] for i in seen],
        embeddings=embeddings[seen],
        langs=[LANGS[i] for i in seen],
    )
    now = [i for i, g in enumerate(GOLD) if g != "hotline"]
    modeler = new_modeler(seed=3)
    matches = refit_topics(
        old,
        modeler,
        [TEXTS_REDACTED[i] for i in now],
        embeddings[now],
        [LANGS[i] for i in now],
        next_id=50,
    )
    gold_now = [GOLD[i] for i in now]
    old_ids = dict(zip(seen, old.topics_fit_, strict=True))
    app_topic = Counter(
        t for t, g in zip(modeler.topics_fit_, gold_now, strict=True) if g == "app"
    ).most_common(1)[0][0]
    assert app_topic >= 50
    for theme in ("delivery", "refund"):
        before = Counter(old_ids[i] for i in seen if GOLD[i] == theme).most_common(1)[0][0]
        after = Counter(
            t for t, g in zip(modeler.topics_fit_, gold_now, strict=True) if g == theme
        ).most_common(1)[0][0]
        assert after == before < 50
    hotline_before = Counter(old_ids[i] for i in seen if GOLD[i] == "hotline").most_common(1)[0][0]
    retired = {m.topic_id for m in matches if m.status == "retired"}
    assert hotline_before in retired
    assert all(m.label for m in matches)


def test_same_input_and_seed_give_same_refit(previous: TopicModeler, embeddings) -> None:
    runs = []
    for _ in range(2):
        modeler = new_modeler(seed=5)
        matches = refit_topics(previous, modeler, TEXTS_REDACTED, embeddings, LANGS)
        runs.append(
            (
                modeler.topics_fit_,
                [(m.topic_id, m.status, m.fitted_id) for m in matches],
                [t.keywords for t in modeler.topics()],
            )
        )
    assert runs[0] == runs[1]


def test_renumbered_model_keeps_ids_after_save_and_load(
    embeddings: np.ndarray, tmp_path: Path
) -> None:
    modeler = new_modeler().fit(TEXTS_REDACTED, embeddings=embeddings, langs=LANGS)
    modeler.renumber({t.topic_id: 100 + t.topic_id for t in modeler.topics()})
    assert min(modeler.topics_fit_) >= -1 and min(t for t in modeler.topics_fit_ if t != -1) >= 100
    expected = modeler.transform(TEXTS_REDACTED, embeddings=embeddings, langs=LANGS)
    modeler.save(tmp_path / "model")
    loaded = TopicModeler.load(tmp_path / "model", embedder=TfidfLsaEmbedder())
    assert loaded.transform(TEXTS_REDACTED, embeddings=embeddings, langs=LANGS) == expected
    assert [t.topic_id for t in loaded.topics()] == [t.topic_id for t in modeler.topics()]


def test_auto_centring_follows_shared_themes(embeddings: np.ndarray) -> None:
    # Same four issues in every language: centre. One issue per language: do not.
    assert cross_language_ratio(embeddings, LANGS) > 0.8
    split_langs = [
        {"delivery": "pl", "refund": "cs", "hotline": "ru", "app": "en"}[g] for g in GOLD
    ]
    # Each language its own domain: its own sub-topics, unrelated to other languages'.
    rng = np.random.default_rng(1)
    subtopics = {lang: rng.normal(size=(3, 32)) for lang in set(split_langs)}
    split = np.asarray(
        [subtopics[lang][i % 3] + 0.4 * rng.normal(size=32) for i, lang in enumerate(split_langs)],
        dtype=np.float32,
    )
    assert cross_language_ratio(split, split_langs) < 0.8
    assert new_modeler().fit(TEXTS_REDACTED, embeddings=embeddings, langs=LANGS).centred_
    one_domain_each = new_modeler().fit(TEXTS_REDACTED, embeddings=split, langs=split_langs)
    assert not one_domain_each.centred_ and not one_domain_each.lang_means_


_TopicsStore = DuckDBStore  # the topics mixin is part of the DuckDB store


def test_store_records_refit_mapping_and_max_id(previous: TopicModeler, embeddings) -> None:
    modeler = new_modeler(seed=9)
    matches = refit_topics(previous, modeler, TEXTS_REDACTED, embeddings, LANGS, next_id=40)
    report = RefitReport(
        "r1",
        datetime.now(UTC),
        "var/topic_model#refit-r1",
        len(LANGS),
        modeler.n_topics_,
        0,
        0,
        0,
        modeler.outlier_share_,
        True,
        1.0,
        matches,
    )
    with _TopicsStore(":memory:") as store:
        assert store.max_topic_id_issued() == -1
        store.record_topic_refit(report)
        mapping = store.read_topic_id_map()
        assert len(mapping) == len(matches)
        assert set(mapping["status"]) <= {"matched", "new", "retired"}
        assert store.max_topic_id_issued() == max(m.topic_id for m in matches)
        assert store.read_topic_refits()["refit_id"].tolist() == ["r1"]


# --- the whole refit against a store, and the CLI ----------------------------
class _LookupEmbedder:
    """Returns the known-geometry vector of each fixture text."""

    name = "fixture-themes"

    def __init__(self) -> None:
        self._vectors = dict(zip(TEXTS_REDACTED, theme_embeddings(), strict=True))

    def embed(self, texts: list[str], progress=None) -> np.ndarray:
        return np.vstack([self._vectors[t] for t in texts])


def _store_with_insights(path: Path) -> _TopicsStore:
    store = _TopicsStore(str(path))
    for i, (text, lang) in enumerate(zip(TEXTS_REDACTED, LANGS, strict=True)):
        store._db.execute(
            "INSERT INTO insights (item_id, source, external_id, content_hash, lang, "
            "text_redacted, created_at) VALUES (?, 'fixture', ?, ?, ?, ?, ?)",
            [f"i{i}", str(i), f"h{i}", lang, text, f"2026-03-0{2 + i % 6}T10:00:00Z"],
        )
    return store


@pytest.fixture()
def settings_file(tmp_path: Path) -> Path:
    config = tmp_path / "vocmine.yaml"
    config.write_text(
        f"store_url: duckdb:///{tmp_path / 'store.duckdb'}\n"
        f"topics:\n  embedder: tfidf\n  model_dir: {tmp_path / 'topic_model'}\n"
        "  min_items_to_fit: 30\n",
        encoding="utf-8",
    )
    return config


def test_refit_twice_keeps_ids_in_store_and_model_dir(settings_file: Path) -> None:
    from vocmine.config import load_settings
    from vocmine.pipeline.refit import refit

    settings = load_settings(settings_file)
    embedder = _LookupEmbedder()
    with _store_with_insights(settings_file.parent / "store.duckdb") as store:
        first = refit(settings, store, embedder=embedder, modeler=new_modeler())
        assert first.new == first.topics >= 3 and first.matched == first.retired == 0
        ids_first = store.read_insights().set_index("item_id")["topic_id"].to_dict()
        second = refit(settings, store, embedder=embedder, modeler=new_modeler(seed=11))
        assert second.matched == second.topics and second.new == 0
        ids_second = store.read_insights().set_index("item_id")["topic_id"].to_dict()
        assert ids_first == ids_second
        assert len(store.read_topic_refits()) == 2
        assert set(store.read_topic_id_map()["status"]) == {"matched"}
        saved = TopicModeler.load(settings.resolve(settings.topics.model_dir), embedder=embedder)
        assert saved.transform(TEXTS_REDACTED, langs=LANGS) == [
            ids_first[f"i{i}"] for i in range(80)
        ]
        assert (
            settings.resolve(settings.topics.model_dir).parent / "topic_model.previous"
        ).is_dir()


def test_cli_topics_list_refit_trends(settings_file: Path, monkeypatch) -> None:
    import json

    from typer.testing import CliRunner

    import vocmine.cli.topics as cli
    import vocmine.pipeline.refit as refit_module

    _store_with_insights(settings_file.parent / "store.duckdb").close()
    monkeypatch.setattr(cli, "open_store", lambda url, **_: _TopicsStore(url[len("duckdb:///") :]))
    # pipeline.refit imported the factory by name: patch it where it is looked up.
    monkeypatch.setattr(refit_module, "build_embedder", lambda s, store=None: _LookupEmbedder())
    real_refit = refit_module.refit
    monkeypatch.setattr(cli, "refit", lambda *a, **k: real_refit(*a, modeler=new_modeler(), **k))
    runner = CliRunner()
    result = runner.invoke(cli.app, ["refit", "-c", str(settings_file), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["topics"] >= 3 and report["new"] == report["topics"]
    listed = runner.invoke(cli.app, ["list", "-c", str(settings_file), "--json"])
    topics = json.loads(listed.stdout.strip().splitlines()[-1])
    assert len(topics) == report["topics"] and all(t["label"] for t in topics)
    trends = runner.invoke(
        cli.app, ["trends", "-c", str(settings_file), "--freq", "day", "--periods", "9", "--json"]
    )
    assert trends.exit_code == 0, trends.output
    payload = json.loads(trends.stdout.strip().splitlines()[-1])
    assert sum(r["items"] for r in payload["counts"]) == 80
    assert set(payload) == {"counts", "emerging"}


def test_refit_fits_on_a_sample_and_assigns_the_rest(settings_file: Path) -> None:
    from vocmine.config import load_settings
    from vocmine.pipeline.refit import refit

    settings = load_settings(settings_file)
    with _store_with_insights(settings_file.parent / "store.duckdb") as store:
        report = refit(
            settings, store, embedder=_LookupEmbedder(), modeler=new_modeler(), max_fit_items=60
        )
        assert report.items == 60
        stored = store.read_insights()
        assert stored["topic_id"].notna().all()
        assert set(stored["topic_id"]) - {-1} <= {m.topic_id for m in report.matches}
