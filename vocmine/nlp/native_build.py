"""Which build of the redactor runs: compiled by mypyc, or the Python sources.

``vocmine/nlp/redact.py`` and ``vocmine/nlp/name_tagger.py`` can be compiled to C
extensions by mypyc (``make native``, or ``VOCMINE_MYPYC=1`` when a wheel is built; see
``setup.py``). The compiled modules give the same redactions about a fifth faster
(docs/benchmarks/redaction.md). Python imports an extension module in place of the
``.py`` file beside it, so a compiled module goes stale as soon as its source is edited.
The build therefore writes the SHA-256 of every source it compiled into
``redaction_native.json`` next to them, and each compiled module calls
:func:`check_compiled_module` with its name when it is imported: a compiled module whose source has
changed since refuses to load, with the command that rebuilds it.

This module is never compiled itself.
"""

from __future__ import annotations

import hashlib
import json
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

COMPILED_MODULES = ("vocmine.nlp.redact", "vocmine.nlp.name_tagger")
"""The modules ``setup.py`` compiles when ``VOCMINE_MYPYC=1``."""

STAMP_NAME = "redaction_native.json"
"""The file, next to the compiled modules, with the SHA-256 of each compiled source."""

REBUILD_HINT = (
    "rebuild it with `make native` (VOCMINE_MYPYC=1 .venv/bin/python setup.py build_ext"
    " --inplace), or remove the compiled files with `make pure`"
)


class StaleCompiledModuleError(ImportError):
    """A compiled module's source changed after the build, or the build's digests are missing."""


def source_digest(path: Path) -> str:
    """Return the SHA-256 (hex) of the file at ``path``."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def is_compiled(module_file: str | None) -> bool:
    """Return whether ``module_file`` (a module's ``__file__``) is an extension module."""
    return module_file is not None and module_file.endswith(tuple(EXTENSION_SUFFIXES))


def compiled_files(module_name: str, folder: Path | None = None) -> list[Path]:
    """Return the extension files Python would import for ``module_name``.

    Python's finder prefers an extension module to the ``.py`` file beside it, in the
    order of ``EXTENSION_SUFFIXES``.

    Args:
        module_name: A module of this package (``vocmine.nlp.redact``).
        folder: Where to look instead of this package's folder (tests).
    """
    short = module_name.rpartition(".")[2]
    here = folder if folder is not None else Path(__file__).resolve().parent
    return [here / (short + s) for s in EXTENSION_SUFFIXES if (here / (short + s)).is_file()]


def check_compiled_module(module_name: str, folder: Path | None = None) -> None:
    """Refuse a compiled module whose source changed after it was compiled.

    Each compiled module calls this with its ``__name__`` as it is imported. (Its
    ``__file__`` cannot be used: while the module body runs, mypyc's value for it is
    wrong for modules in a package.) Nothing is checked when no extension file of the
    module sits in this package's folder (a pure build, or a module loaded from another
    file), nor when its source is not beside it (an installed wheel without sources).

    Args:
        module_name: The calling module's ``__name__``.
        folder: Where to look instead of this package's folder (tests).

    Raises:
        StaleCompiledModuleError: The module is compiled and its source beside it does
            not match the digest recorded when it was built, or no digest was recorded.
    """
    compiled = compiled_files(module_name, folder)
    if not compiled:
        return
    source = compiled[0].with_name(module_name.rpartition(".")[2] + ".py")
    if not source.is_file():
        return
    stamp = compiled[0].with_name(STAMP_NAME)
    try:
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StaleCompiledModuleError(
            f"{compiled[0].name} is compiled but {stamp} cannot be read ({exc}); {REBUILD_HINT}"
        ) from exc
    if recorded.get(source.name) != source_digest(source):
        raise StaleCompiledModuleError(
            f"{source} changed after {compiled[0].name} was compiled from it; {REBUILD_HINT}"
        )


def redaction_build() -> str:
    """Return ``"mypyc"`` if every module of :data:`COMPILED_MODULES` is compiled, else ``"python"``.

    A mix (some compiled, some not) reads ``"mixed: ..."`` with the compiled ones; the
    build always compiles them together, so a mix means files were copied by hand.
    """
    import vocmine.nlp.name_tagger  # noqa: F401  # loads the redactor too
    import vocmine.nlp.redact  # noqa: F401

    compiled = [m for m in COMPILED_MODULES if is_compiled(sys.modules[m].__file__)]
    if len(compiled) == len(COMPILED_MODULES):
        return "mypyc"
    if not compiled:
        return "python"
    return "mixed: " + ", ".join(compiled) + " compiled"
