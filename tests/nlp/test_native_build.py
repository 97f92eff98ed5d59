"""The redactor compiled by mypyc: the same output as its Python source, and never stale."""

from __future__ import annotations

import importlib.util
import json
import os
import random
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from types import ModuleType

import pytest

import vocmine.nlp.name_tagger
import vocmine.nlp.redact
from vocmine.nlp.native_build import (
    STAMP_NAME,
    StaleCompiledModuleError,
    check_compiled_module,
    redaction_build,
    source_digest,
)

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
NLP = ROOT / "vocmine" / "nlp"
TAGGER = ROOT / "models" / "pii_names" / "v3"


def _fake_build(folder: Path, source_text: str) -> Path:
    """Write ``redact.py`` and an extension file beside it, as ``make native`` leaves them."""
    source = folder / "redact.py"
    source.write_text(source_text, encoding="utf-8")
    (folder / ("redact" + EXTENSION_SUFFIXES[0])).write_bytes(b"\x7fELF")
    (folder / STAMP_NAME).write_text(json.dumps({"redact.py": source_digest(source)}))
    return source


def test_a_compiled_module_loads_while_its_source_is_the_one_it_was_built_from(
    tmp_path: Path,
) -> None:
    _fake_build(tmp_path, "X = 1\n")
    check_compiled_module("vocmine.nlp.redact", tmp_path)


def test_a_compiled_module_refuses_to_load_once_its_source_changed(tmp_path: Path) -> None:
    source = _fake_build(tmp_path, "X = 1\n")
    source.write_text("X = 2\n", encoding="utf-8")
    with pytest.raises(StaleCompiledModuleError, match="make native"):
        check_compiled_module("vocmine.nlp.redact", tmp_path)


def test_a_compiled_module_without_the_builds_digests_refuses_to_load(tmp_path: Path) -> None:
    _fake_build(tmp_path, "X = 1\n")
    (tmp_path / STAMP_NAME).unlink()
    with pytest.raises(StaleCompiledModuleError, match="cannot be read"):
        check_compiled_module("vocmine.nlp.redact", tmp_path)


def test_python_sources_and_wheels_without_sources_are_not_checked(tmp_path: Path) -> None:
    (tmp_path / "redact.py").write_text("X = 1\n", encoding="utf-8")
    check_compiled_module("vocmine.nlp.redact", tmp_path)  # no extension file
    (tmp_path / "redact.py").unlink()
    (tmp_path / ("redact" + EXTENSION_SUFFIXES[0])).write_bytes(b"\x7fELF")
    check_compiled_module("vocmine.nlp.redact", tmp_path)  # no source to compare


def _load_source(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _pure_modules() -> tuple[ModuleType, ModuleType]:
    """The redactor and name tagger run from their ``.py`` files, whatever the build."""
    redact = _load_source("vocmine_redact_pure", NLP / "redact.py")
    compiled = sys.modules["vocmine.nlp.redact"]
    sys.modules["vocmine.nlp.redact"] = redact  # the tagger imports its helpers from there
    try:
        tagger = _load_source("vocmine_name_tagger_pure", NLP / "name_tagger.py")
    finally:
        sys.modules["vocmine.nlp.redact"] = compiled
    return redact, tagger


def _corpus() -> list[tuple[str, str | None]]:
    """Development texts only: the realistic set, the PII dev files, public set samples."""
    rows: list[tuple[str, str | None]] = []
    files = sorted((ROOT / "data" / "eval" / "realistic").glob("*.jsonl"))
    files += sorted((ROOT / "data" / "eval" / "pii").glob("dev*.jsonl"))
    for path in files:
        for record in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
            rows.append((record["text"], record.get("lang")))
    shared: list[tuple[str, str | None]] = []
    for path in sorted(SHARED.glob("*/data.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if isinstance(record.get("text"), str):
                    shared.append((record["text"], record.get("lang")))
    return rows + random.Random(5).sample(shared, min(3000, len(shared)))


def test_the_compiled_redactor_redacts_exactly_as_its_python_source() -> None:
    build = redaction_build()
    if build != "mypyc":
        if os.environ.get("VOCMINE_EXPECT_MYPYC") == "1":  # set by `make test` (NATIVE=1)
            pytest.fail(f"make test runs the compiled redactor, but this one is {build!r}")
        pytest.skip("the redactor is not compiled (make native)")
    redact, tagger = _pure_modules()
    compiled = vocmine.nlp.redact.Redactor(
        name_tagger=vocmine.nlp.name_tagger.NameTagger.load(TAGGER)
    )
    pure = redact.Redactor(name_tagger=tagger.NameTagger.load(TAGGER))
    corpus = _corpus()
    assert len(corpus) > 3000
    differ = []
    redacted = 0
    for text, lang in corpus:
        got = compiled.redact(text, lang=lang)
        want = pure.redact(text, lang=lang)
        redacted += bool(want.spans)
        shape = [(s.start, s.end, s.kind) for s in got.spans]
        if (got.text, shape) != (want.text, [(s.start, s.end, s.kind) for s in want.spans]):
            differ.append(text[:80])
    assert redacted > 500  # the corpus exercises the redactor
    assert differ == []
