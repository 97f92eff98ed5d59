"""Build a commit's redactor and name tagger as C extensions with mypyc, outside the repo.

An experiment for issue 21 (docs/benchmarks/redaction.md, stop 53), not part of the
package; since stop 54 the package builds itself this way (``make native``, setup.py),
so this is for measuring commits from before that. ``vocmine/`` of ``--commit`` is
exported with ``git archive`` into ``--out``,
``vocmine/nlp/redact.py`` and ``vocmine/nlp/name_tagger.py`` are compiled there by mypyc
(mypy's compiler, installed with the dev dependencies; no type annotation added) and the
extension modules are left next to the sources, which Python imports in their place. The
one change to the source: ``_RunStarts`` subclasses ``list``, which mypyc compiles only
as a plain Python class (``mypyc_attr(native_class=False)``). Put the folder first on
``PYTHONPATH`` to run the bench or the equivalence check on the compiled code:

    PYTHONPATH=. .venv/bin/python scripts/experiments/redaction_mypyc.py --commit main
    PYTHONPATH=/tmp/vocmine_mypyc .venv/bin/python bench/bench_redaction.py --old main \\
        --realistic-only --rounds 9 --name-tagger models/pii_names/v3

``--equivalence REF`` then runs ``redaction_equivalence.py --reference REF`` on the
compiled modules.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MODULES = ("vocmine/nlp/redact.py", "vocmine/nlp/name_tagger.py")
RUN_STARTS = "class _RunStarts(list[int]):"
NON_NATIVE = (
    "from mypy_extensions import mypyc_attr  # noqa: E402\n\n\n"
    "@mypyc_attr(native_class=False)\n" + RUN_STARTS
)


def export(commit: str, out: Path) -> None:
    """Write ``vocmine/`` of ``commit`` into ``out`` (emptied first)."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "archive", commit, "vocmine"], cwd=REPO, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(out, filter="data")


def main() -> None:
    """Export, patch, compile, and check that the compiled modules are the ones imported."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commit", default="HEAD")
    parser.add_argument("--out", type=Path, default=Path("/tmp/vocmine_mypyc"))
    parser.add_argument(
        "--equivalence",
        metavar="REF",
        help="then run redaction_equivalence.py --reference REF on the compiled modules",
    )
    parser.add_argument("--name-tagger", default="models/pii_names/v3")
    args = parser.parse_args()
    out = args.out.resolve()
    export(args.commit, out)
    redact = out / MODULES[0]
    source = redact.read_text(encoding="utf-8")
    if source.count(RUN_STARTS) != 1:
        raise SystemExit(f"{MODULES[0]} at {args.commit}: no single {RUN_STARTS!r}")
    if "@mypyc_attr(native_class=False)" not in source:  # commits before stop 54
        redact.write_text(source.replace(RUN_STARTS, NON_NATIVE), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(out)}
    subprocess.run(
        [sys.executable, "-m", "mypyc", "--ignore-missing-imports", *MODULES],
        cwd=out,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(out / "build", ignore_errors=True)
    check = "import vocmine.nlp.redact as r, vocmine.nlp.name_tagger as t; print(r.__file__, t.__file__)"
    files = subprocess.run(
        [sys.executable, "-c", check], cwd="/", env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    if not all(f.endswith(".so") for f in files):
        raise SystemExit(f"not the compiled modules: {files}")
    print(f"compiled {args.commit} into {out}: PYTHONPATH={out}")
    if args.equivalence:
        # The check puts the repo first on sys.path; the compiled modules, imported first,
        # are the ones it then finds in sys.modules.
        script = REPO / "scripts" / "experiments" / "redaction_equivalence.py"
        tagger = str(REPO / args.name_tagger)
        argv = [str(script), "--reference", args.equivalence, "--name-tagger", tagger]
        run = (
            "import runpy, sys; import vocmine.nlp.redact as r, vocmine.nlp.name_tagger as t; "
            "assert r.__file__.endswith('.so') and t.__file__.endswith('.so'); "
            f"sys.argv = {argv!r}; runpy.run_path(sys.argv[0], run_name='__main__')"
        )
        subprocess.run([sys.executable, "-c", run], cwd="/", env=env, check=True)


if __name__ == "__main__":
    main()
