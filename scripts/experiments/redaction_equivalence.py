"""Check that the redactor's output is identical to a reference commit's, item by item.

The texts are those of docs/benchmarks/redaction.md's equivalence check: the
development PII splits (``data/eval/pii/dev*.jsonl``; the blind splits are not read),
the 420 realistic tickets of ``data/eval/realistic/`` and the 20,000-text mixed corpus
of ``bench/bench_redaction.py``. Each is redacted with the learned name tagger and
without, with its language hint and without (four redactions per text), by the
working tree's ``vocmine.nlp.redact`` and by the reference commit's (loaded from git
as the bench loads its ``--old`` side, with the same tagger weights). The spans
(start, end, kind) and the redacted text must be the same; differences are listed.

The reference's results are cached under ``--cache`` (keyed by the commit and the
weights), so repeated checks only run the new side.

    PYTHONPATH=. .venv/bin/python scripts/experiments/redaction_equivalence.py \
        [--reference 75a6611] [--name-tagger models/pii_names/v2]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_redaction  # noqa: E402

Output = tuple[str, tuple[tuple[int, int, str], ...]]


def corpus() -> list[tuple[str, str | None]]:
    """The dev splits, the realistic tickets and the bench's mixed corpus, in that order."""
    rows: list[tuple[str, str | None]] = []
    for path in sorted((REPO / "data" / "eval" / "pii").glob("dev*.jsonl")):
        rows += bench_redaction._rows(path)
    for path in sorted(bench_redaction.REALISTIC.glob("*.jsonl")):
        rows += bench_redaction._rows(path)
    rows += bench_redaction.read_corpus(20000, 13)
    return rows


def outputs(redact: Callable[..., Any], texts: list[tuple[str, str | None]]) -> list[Output]:
    """Each text's redacted text and spans, with and without its language hint."""
    results: list[Output] = []
    for text, lang in texts:
        for hint in (lang, None):
            result = redact(text, lang=hint)
            spans = tuple((s.start, s.end, s.kind) for s in result.spans)
            results.append((result.text, spans))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", default="75a6611")
    parser.add_argument("--name-tagger", type=Path, default=REPO / "models" / "pii_names" / "v2")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/redaction_equivalence"))
    parser.add_argument("--show", type=int, default=5, help="differences to print")
    args = parser.parse_args()

    texts = corpus()
    weights = hashlib.sha256()
    for path in sorted(args.name_tagger.rglob("*")):
        if path.is_file():
            weights.update(path.read_bytes())
    key = hashlib.sha256(
        json.dumps([args.reference, weights.hexdigest(), texts]).encode()
    ).hexdigest()[:16]
    cached = args.cache / f"{args.reference}-{key}.pickle"
    if cached.exists():
        reference = pickle.loads(cached.read_bytes())
    else:
        old_class = bench_redaction.load_old_redactor(args.reference)
        old_tagger = bench_redaction.load_old_name_tagger(args.reference, args.name_tagger)
        reference = {
            "rules": outputs(old_class().redact, texts),
            "tagger": outputs(old_class(name_tagger=old_tagger).redact, texts),
        }
        args.cache.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(pickle.dumps(reference))

    from vocmine.nlp.name_tagger import NameTagger
    from vocmine.nlp.redact import Redactor

    new = {
        "rules": outputs(Redactor().redact, texts),
        "tagger": outputs(Redactor(name_tagger=NameTagger.load(args.name_tagger)).redact, texts),
    }
    compared = differences = 0
    for side, results in new.items():
        for index, (old_out, new_out) in enumerate(zip(reference[side], results, strict=True)):
            compared += 1
            if old_out != new_out:
                differences += 1
                if differences <= args.show:
                    text, lang = texts[index // 2]
                    hint = lang if index % 2 == 0 else None
                    print(f"- {side}, lang={hint}: {text[:120]!r}")
                    print(f"  old spans {old_out[1]}")
                    print(f"  new spans {new_out[1]}")
    print(f"{len(texts)} texts, {compared} redactions compared, {differences} differ")
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
