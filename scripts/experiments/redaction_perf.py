"""Where the compiled redactor spends its time: sample it with perf, attribute the samples.

cProfile sees no call inside code compiled by mypyc, so the compiled build is sampled with
``perf`` (DWARF unwinding) instead. Two steps (docs/benchmarks/redaction.md, stop 55):

    perf record -F 400 --call-graph dwarf,32768 -o /tmp/perf.data \\
        env PYTHONPATH=. .venv/bin/python scripts/experiments/redaction_perf.py loop 25
    perf script -i /tmp/perf.data | .venv/bin/python scripts/experiments/redaction_perf.py attribute

``loop N`` redacts the 420 tickets of ``data/eval/realistic/`` once (warm-up) and N more
times with their language hint and the name tagger (``--rules-only`` leaves it out), and
prints items/s of the best pass. ``attribute`` reads ``perf script``'s text and counts the
samples taken inside ``Redactor.redact``:

- by what runs at the leaf: the regex engine (``sre_*``), compiled code, numeric libraries,
  the Aho-Corasick automaton, or the rest of libpython (the interpreter, allocation, string
  and dict operations, phonenumbers and scikit-learn's Python code);
- by the innermost compiled function on the stack (its own code and what it calls that is
  not compiled);
- inclusively, by every compiled function on the stack.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FRAME_RE = re.compile(r"^\s*[0-9a-f]+ (?P<symbol>.+?)(?:\+0x[0-9a-f]+)? \((?P<dso>[^()]*)\)$")


def loop(passes: int, rules_only: bool) -> None:
    """Redact the realistic tickets ``passes`` times after a warm-up; print the best rate."""
    from vocmine.nlp.native_build import redaction_build
    from vocmine.nlp.redact import Redactor

    tagger = None
    if not rules_only:
        from vocmine.nlp.name_tagger import NameTagger

        tagger = NameTagger.load(REPO / "models" / "pii_names" / "v3")
    redactor = Redactor(name_tagger=tagger)
    corpus = [
        (row["text"], row.get("lang"))
        for path in sorted((REPO / "data" / "eval" / "realistic").glob("*.jsonl"))
        for row in map(json.loads, path.open(encoding="utf-8"))
        if row.get("text")
    ]
    for text, lang in corpus:
        redactor.redact(text, lang=lang)
    best = float("inf")
    for _ in range(passes):
        start = time.perf_counter()
        for text, lang in corpus:
            redactor.redact(text, lang=lang)
        best = min(best, time.perf_counter() - start)
    print(
        f"{redaction_build()} build, {len(corpus)} items, best pass {len(corpus) / best:,.0f} items/s"
    )


def _leaf_kind(symbol: str, dso: str) -> str:
    if symbol.startswith(("sre_", "_sre_", "pattern_")):
        return "regex"
    if "redaction_native" in dso:
        return "compiled"
    if any(lib in dso for lib in ("openblas", "numpy", "scipy", "sklearn")):
        return "numeric"
    if "ahocorasick" in dso:
        return "ahocorasick"
    return "libpython/other"


def read_samples(lines: list[str]) -> list[list[tuple[str, str]]]:
    """Parse ``perf script`` output into stacks of (symbol, shared object), leaf first."""
    samples: list[list[tuple[str, str]]] = []
    for line in lines:
        if not line.strip():
            continue
        if not line[0].isspace():  # a sample's header line
            samples.append([])
            continue
        frame = FRAME_RE.match(line.rstrip("\n"))
        if frame is not None and samples:
            samples[-1].append((frame.group("symbol"), frame.group("dso")))
    return samples


def attribute(samples: list[list[tuple[str, str]]], top: int) -> None:
    """Print the shares of the samples inside ``Redactor.redact``."""
    inside = [s for s in samples if s and any("Redactor___redact" in sym for sym, _ in s)]
    if not inside:
        raise SystemExit("no sample inside Redactor.redact: was the compiled build sampled?")
    total = len(inside)
    print(f"{len(samples)} samples, {total} inside Redactor.redact")
    leaves = Counter(_leaf_kind(*s[0]) for s in inside)
    print("\nleaf: " + ", ".join(f"{k} {100 * v / total:.1f}%" for k, v in leaves.most_common()))
    innermost: Counter[str] = Counter()
    by_leaf: defaultdict[str, Counter[str]] = defaultdict(Counter)
    inclusive: Counter[str] = Counter()
    for stack in inside:
        compiled = [
            sym.replace("CPyPy_", "CPyDef_")
            for sym, _ in stack
            if sym.startswith(("CPyDef_", "CPyPy_"))
        ]
        if compiled:
            innermost[compiled[0]] += 1
            by_leaf[compiled[0]][_leaf_kind(*stack[0])] += 1
        inclusive.update(set(compiled))
    print("\ninnermost compiled function (own code and what it calls that is not compiled):")
    for name, count in innermost.most_common(top):
        kinds = ", ".join(f"{k} {v}" for k, v in by_leaf[name].most_common())
        print(f"{100 * count / total:5.1f}%  {name}  ({kinds})")
    print("\ninclusive:")
    for name, count in inclusive.most_common(top):
        print(f"{100 * count / total:5.1f}%  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    loop_parser = sub.add_parser("loop", help="redact the realistic tickets N times")
    loop_parser.add_argument("passes", type=int)
    loop_parser.add_argument("--rules-only", action="store_true")
    attribute_parser = sub.add_parser("attribute", help="read `perf script` output on stdin")
    attribute_parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    if args.command == "loop":
        loop(args.passes, args.rules_only)
    else:
        attribute(read_samples(sys.stdin.readlines()), args.top)


if __name__ == "__main__":
    main()
