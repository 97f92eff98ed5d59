"""Build hook: compile the redactor with mypyc when ``VOCMINE_MYPYC=1``.

Everything else about the package is in pyproject.toml. Without ``VOCMINE_MYPYC=1``
the package is pure Python. With it, ``vocmine/nlp/redact.py`` and
``vocmine/nlp/name_tagger.py`` are compiled to C extensions by mypyc (mypy's compiler;
a C compiler is needed), as black and mypy build their own wheels. The compiled modules
give the same redactions about a fifth faster (docs/benchmarks/redaction.md).

    make native                                  # in place, for this checkout's .venv
    VOCMINE_MYPYC=1 .venv/bin/pip wheel --no-build-isolation --no-deps -w dist .

The SHA-256 of each compiled source is written to ``vocmine/nlp/redaction_native.json``;
a compiled module whose source no longer matches refuses to load
(``vocmine/nlp/native_build.py``).
"""

from __future__ import annotations

import json
import os
import runpy
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent
# the module list, the digests' file and their hashing are native_build's, which checks
# them at import; loaded by path (standard library only), not through the package
NATIVE = runpy.run_path(str(ROOT / "vocmine" / "nlp" / "native_build.py"))
COMPILED = [m.replace(".", "/") + ".py" for m in NATIVE["COMPILED_MODULES"]]
STAMP = ROOT / "vocmine" / "nlp" / NATIVE["STAMP_NAME"]


def compiled_extensions() -> list[object]:
    """Return mypyc's extensions for :data:`COMPILED` and write their sources' digests."""
    try:
        from mypyc.build import mypycify
    except ImportError as exc:
        raise SystemExit(
            "VOCMINE_MYPYC=1 needs mypy (which ships mypyc) in the build environment: "
            "install it, or build without isolation (pip --no-build-isolation)"
        ) from exc
    digests = {Path(path).name: NATIVE["source_digest"](ROOT / path) for path in COMPILED}
    STAMP.write_text(json.dumps(digests, indent=2) + "\n", encoding="utf-8")
    return list(
        mypycify(
            # mypy's checks are `make lint`'s job; here the ignores that the whole-package
            # check needs (re._parser's stubs) read as unused
            ["--no-warn-unused-ignores", *COMPILED],
            opt_level="3",
            # the shared library of the two modules stays inside the package
            group_name="vocmine.nlp.redaction_native",
        )
    )


setup(ext_modules=compiled_extensions() if os.environ.get("VOCMINE_MYPYC") == "1" else [])
