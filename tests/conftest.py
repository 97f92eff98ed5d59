"""Shared fixtures: fast settings over the sample corpus, in a temp folder."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from vocmine.config import DEFAULT_CONFIG_FILE, Settings, load_settings

REPO = Path(__file__).resolve().parents[1]


def fast_config_file(tmp_path: Path, with_sources: bool = True) -> Path:
    """Write a config over the sample sources with a temp store and the cheap embedder."""
    config = yaml.safe_load(DEFAULT_CONFIG_FILE.read_text(encoding="utf-8"))
    sources = config.get("sources", []) if with_sources else []
    for source in sources:
        source["path"] = str((DEFAULT_CONFIG_FILE.parent / source["path"]).resolve())
    config.update(
        {
            "sources": sources,
            "store_url": f"duckdb:///{tmp_path / 'vocmine.duckdb'}",
            "out_dir": str(tmp_path / "out"),
            "topics": {"embedder": "tfidf", "model_dir": str(tmp_path / "topic_model")},
        }
    )
    path = tmp_path / "vocmine.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def fast_settings(tmp_path: Path) -> Settings:
    """Settings read from :func:`fast_config_file`."""
    return load_settings(fast_config_file(tmp_path))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Fast settings in a fresh temp folder."""
    return fast_settings(tmp_path)
