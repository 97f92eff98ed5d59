"""Shared fixtures: fast settings over the sample corpus, in a temp folder; PostgreSQL; Prefect."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
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


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect server and database for every flow test of the session."""
    harness = pytest.importorskip("prefect.testing.utilities")
    with harness.prefect_test_harness(server_startup_timeout=120):
        yield


# ------------------------------------------------------------------ PostgreSQL

PG_BIN = Path("/usr/lib/postgresql")


def _pg_bin() -> Path | None:
    versions = sorted(PG_BIN.glob("*/bin/pg_ctl")) if PG_BIN.is_dir() else []
    return versions[-1].parent if versions else None


def _as_postgres(command: list[str]) -> subprocess.CompletedProcess[str]:
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return subprocess.run(prefix + command, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A throwaway PostgreSQL server on a free loopback port, in a temp folder.

    Skips with the reason when the Debian ``postgresql`` binaries or psycopg
    are missing, except in CI (``CI`` set), where that is a failure:
    ``.ci/run`` installs them.
    """
    binaries = _pg_bin()
    try:
        import psycopg  # noqa: F401
    except ImportError:
        binaries = None
    if binaries is None:
        message = "PostgreSQL server binaries (Debian postgresql) or psycopg not installed"
        if os.environ.get("CI"):
            pytest.fail(message + " (required in CI)")
        pytest.skip(message)
    folder = Path(tempfile.mkdtemp(prefix="vocmine-pg-"))
    folder.chmod(0o777)
    data = folder / "data"
    made = _as_postgres(
        [str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "vocmine", "--no-sync"]
    )
    assert made.returncode == 0, made.stderr
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    options = f"-p {port} -k {folder} -h 127.0.0.1 -F"
    started = _as_postgres(
        [
            str(binaries / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(folder / "log"),
            "-w",
            "-o",
            options,
            "start",
        ]
    )
    assert started.returncode == 0, started.stderr + started.stdout
    try:
        yield f"postgresql+psycopg://vocmine@127.0.0.1:{port}/postgres"
    finally:
        _as_postgres([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"])
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_store_url(pg_url: str) -> str:
    """The URL of a fresh, empty database on the throwaway server (one per test)."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    return admin.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(params=["duckdb", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each store backend in turn: a DuckDB file, then a fresh PostgreSQL database."""
    if request.param == "duckdb":
        return f"duckdb:///{tmp_path / 'store.duckdb'}"
    return request.getfixturevalue("pg_store_url")
