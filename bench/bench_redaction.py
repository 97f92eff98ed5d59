"""Redaction speed and yield: the previous redactor against the current one, same process.

The previous redactor (regexes and hand-written checksums, commit 8571179) is loaded
from git into a temporary module; the current one is ``vocmine.nlp.redact``. Both run
on the same corpus, in alternating rounds, and the best round of each is reported
(items/s, chars/s), with how many items each redacted and the counts per kind.
``--old REV`` takes the redactor of any commit as the old one; with ``--name-tagger DIR``
both sides add the learned name tagger with the same weights, the old side with REV's
``name_tagger.py`` bound to REV's rules (a REV without a tagger runs its rules alone).

The corpus is sampled with a fixed seed from the JSONL sets under ../shared/data/*/
(field ``text``, language ``lang``) and from data/eval/realistic/ (long tickets with
greetings and signatures in all seven languages). Texts are read at run time only.

    PYTHONPATH=. .venv/bin/python bench/bench_redaction.py [--items 20000] [--rounds 3]

The current redactor runs as built: compiled by mypyc after ``make native`` (the default
of ``make install``), else from its Python source; the first line says which. The old one
always runs from its Python source, so ``--old HEAD`` on a compiled checkout measures the
compiled build against the same source run as Python, in one process.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
REALISTIC = ROOT / "data" / "eval" / "realistic"
OLD_COMMIT = "8571179"


def _git_show(commit: str, path: str) -> str | None:
    """The text of ``path`` at ``commit``, or None if it has no such file."""
    shown = subprocess.run(
        ["git", "show", f"{commit}:{path}"], cwd=ROOT, capture_output=True, text=True
    )
    return shown.stdout if shown.returncode == 0 else None


def _load_module(name: str, source: str) -> Any:
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as handle:
        handle.write(source)
        path = handle.name
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    Path(path).unlink()
    return module


def load_old_redactor(commit: str = OLD_COMMIT) -> Any:
    """Return the ``Redactor`` class of ``vocmine/nlp/redact.py`` at ``commit``."""
    source = _git_show(commit, "vocmine/nlp/redact.py")
    if source is None:
        raise SystemExit(f"no vocmine/nlp/redact.py at {commit}")
    return _load_module("vocmine_redact_old", source).Redactor


def load_old_name_tagger(commit: str, model: Path) -> Any:
    """Return the name tagger of ``commit`` (its ``name_tagger.py``) loaded with ``model``.

    The old tagger imports its helpers from the old rules (``vocmine/nlp/redact.py`` at
    ``commit``, as loaded by :func:`load_old_redactor`), so the old side is the old rules and
    the old tagger with the same weights. None if ``commit`` has no tagger.
    """
    source = _git_show(commit, "vocmine/nlp/name_tagger.py")
    if source is None:
        return None
    import vocmine.nlp.redact

    sys.modules["vocmine.nlp.redact"] = sys.modules["vocmine_redact_old"]
    try:
        module = _load_module("vocmine_name_tagger_old", source)
    finally:
        sys.modules["vocmine.nlp.redact"] = vocmine.nlp.redact
    return module.NameTagger.load(model)


def read_corpus(items: int, seed: int) -> list[tuple[str, str | None]]:
    """Return ``items`` (text, lang) pairs sampled with ``seed`` from the JSONL sets."""
    rows: list[tuple[str, str | None]] = []
    files = sorted(SHARED.glob("*/data.jsonl")) + sorted(REALISTIC.glob("*.jsonl"))
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                text = record.get("text")
                if isinstance(text, str) and text.strip():
                    rows.append((text, record.get("lang")))
    rng = random.Random(seed)
    sample = rng.sample(rows, min(items, len(rows)))
    # the realistic tickets are few; keep every one of them in the mix
    realistic = [r for path in sorted(REALISTIC.glob("*.jsonl")) for r in _rows(path)]
    return sample[: len(sample) - len(realistic)] + realistic


def _rows(path: Path) -> list[tuple[str, str | None]]:
    with path.open(encoding="utf-8") as handle:
        return [(r["text"], r.get("lang")) for r in map(json.loads, handle) if r.get("text")]


def run(
    redact: Any, corpus: list[tuple[str, str | None]], with_lang: bool
) -> tuple[float, Counter[str], int]:
    """Return (seconds, kinds counted, items with any redaction) for one pass."""
    kinds: Counter[str] = Counter()
    redacted = 0
    start = time.perf_counter()
    if with_lang:
        results = [redact(text, lang=lang) for text, lang in corpus]
    else:
        results = [redact(text) for text, _ in corpus]
    seconds = time.perf_counter() - start
    for result in results:
        if result.kinds:
            redacted += 1
        spans = getattr(result, "spans", None)
        if spans is not None:
            kinds.update(span.kind for span in spans)
        else:
            kinds.update(result.kinds)  # the old redactor reports kinds only
    return seconds, kinds, redacted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--old",
        default=OLD_COMMIT,
        help=f"commit whose redactor is the 'old' one (default {OLD_COMMIT}, before stdnum)",
    )
    parser.add_argument(
        "--realistic-only",
        action="store_true",
        help="only the 420 hand-written tickets, chats and reviews (long, PII-rich)",
    )
    parser.add_argument(
        "--name-tagger",
        type=Path,
        help=(
            "both redactors add the learned name tagger in this folder (the old one with the"
            " old commit's name_tagger.py, if it has one)"
        ),
    )
    args = parser.parse_args()

    from vocmine.nlp.native_build import redaction_build
    from vocmine.nlp.redact import Redactor as NewRedactor

    # "new" is whatever build is installed; `--old HEAD` on a compiled checkout runs the
    # same source as Python ("old") and compiled ("new") in one process
    print(f"new: this checkout's redactor, {redaction_build()} build")

    old_redactor = load_old_redactor(args.old)
    old, new = old_redactor(), NewRedactor()
    if args.name_tagger is not None:
        from vocmine.nlp.name_tagger import NameTagger

        new = NewRedactor(name_tagger=NameTagger.load(args.name_tagger))
        old_tagger = load_old_name_tagger(args.old, args.name_tagger)
        if old_tagger is not None:  # the same weights on both sides
            old = old_redactor(name_tagger=old_tagger)
        print(f"old: {args.old}'s rules" + (" and tagger" if old_tagger else " (no tagger)"))
    if args.realistic_only:
        corpus = [r for path in sorted(REALISTIC.glob("*.jsonl")) for r in _rows(path)]
    else:
        corpus = read_corpus(args.items, args.seed)
    chars = sum(len(text) for text, _ in corpus)
    langs = Counter(lang or "?" for _, lang in corpus)
    print(f"corpus: {len(corpus)} items, {chars} chars, mean {chars / len(corpus):.0f} chars")
    print("languages: " + ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    for text, lang in corpus[:200]:  # warm-up (lazy tables, phone metadata)
        old.redact(text)
        new.redact(text, lang=lang)

    sides = [("old", old.redact, False)]
    if "lang" in inspect.signature(old.redact).parameters:
        sides.append(("old (lang)", old.redact, True))
    sides += [("new", new.redact, True), ("new (no lang)", new.redact, False)]
    best = {name: float("inf") for name, _, _ in sides}
    found: dict[str, tuple[Counter[str], int]] = {}
    for _ in range(args.rounds):
        for name, redact, with_lang in sides:
            seconds, kinds, redacted = run(redact, corpus, with_lang)
            best[name] = min(best[name], seconds)
            found[name] = (kinds, redacted)

    print(f"\n{'redactor':<15} {'items/s':>9} {'chars/s':>11} {'redacted':>9}  kinds (spans)")
    for name, seconds in best.items():
        kinds, redacted = found[name]
        per_kind = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        print(
            f"{name:<15} {len(corpus) / seconds:>9,.0f} {chars / seconds:>11,.0f} "
            f"{redacted:>9}  {per_kind}"
        )
    print("\n(old: no language hint; old (lang), new: the item's language; the redactor of")
    print(" 8571179 reports kinds once per item, later ones once per span)")


if __name__ == "__main__":
    main()
