"""The Dask benchmark's inputs: the settings it runs and the corpus it builds."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("prefect_dask")

from bench.bench_dask import bench_settings, corpus_items  # noqa: E402
from vocmine.config import load_settings  # noqa: E402

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


def test_bench_settings_override_only_the_embedder():
    default = load_settings(None)
    static = bench_settings(None, "static")
    assert static.topics.embedder == "static"
    assert static.model_copy(update={"topics": default.topics}) == default
    assert bench_settings(None, None) == default


@pytest.mark.skipif(not DATA.exists(), reason="needs ../shared/data")
def test_corpus_items_are_distinct_items_of_several_sets():
    items = corpus_items(DATA, 300)
    assert len({item.item_id for item in items}) == 300
    assert len({item.channel for item in items}) >= 3
    assert len({item.text for item in items}) > 250
