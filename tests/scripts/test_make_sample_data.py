"""scripts/make_sample_data.py rebuilds the committed data/sample/ files byte for byte."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "data" / "sample"
HAND_WRITTEN = {"README.md"}  # in data/sample/ but not written by the script


def _load_script() -> ModuleType:
    """Import scripts/make_sample_data.py by path (scripts/ is not a package)."""
    path = REPO / "scripts" / "make_sample_data.py"
    spec = importlib.util.spec_from_file_location("make_sample_data", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> ModuleType:
    """The make_sample_data script as a module."""
    return _load_script()


def test_regenerated_files_are_byte_identical(script: ModuleType, tmp_path: Path) -> None:
    """Every committed generated file is rebuilt exactly, and nothing else is written."""
    script.main(tmp_path)
    written = sorted(p.name for p in tmp_path.iterdir())
    committed = sorted(p.name for p in SAMPLE.iterdir() if p.name not in HAND_WRITTEN)
    assert written == committed
    for name in committed:
        assert (tmp_path / name).read_bytes() == (SAMPLE / name).read_bytes(), name


def test_two_runs_in_one_process_agree(script: ModuleType, tmp_path: Path) -> None:
    """The random generator is seeded per run, so repeated calls give the same bytes."""
    script.main(tmp_path / "a")
    script.main(tmp_path / "b")
    for path in (tmp_path / "a").iterdir():
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes(), path.name


def test_fake_pii_has_valid_check_digits(script: ModuleType) -> None:
    """The check-digit helpers reproduce published valid examples."""
    assert script.pesel_with_checksum("4405140135") == "44051401359"
    assert script.iban_with_checksum("GB", "WEST12345698765432") == "GB82 WEST 1234 5698 7654 32"
    assert all(
        value in (SAMPLE / "tickets.json").read_text("utf-8") for value in script.PII.values()
    )
