"""Train the redactor's name tagger from the development splits and write models/pii_names/v1.

Data: only ``data/eval/pii/dev.jsonl``, ``dev2.jsonl`` ... ``dev20.jsonl`` (the 21
development splits, each by a different writer); the blind splits are never read. The
rules' spans come from today's ``Redactor()`` (rules alone); the threshold is chosen from
grouped 5-fold out-of-fold probabilities (a fold never holds part of a writer) as the
lowest one keeping the union precision at or above 0.98. Fixed seed.

Run:
    PYTHONPATH=. .venv/bin/python scripts/train_name_tagger.py [--out models/pii_names/v1]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from vocmine.nlp.name_tagger import NameTagger, Span  # noqa: E402
from vocmine.nlp.redact import Redactor  # noqa: E402

DATA = REPO / "data" / "eval" / "pii"
DEV_SPLITS = ("dev", *(f"dev{i}" for i in range(2, 21)))
SEED = 0


def load_dev() -> tuple[list[dict[str, Any]], list[str]]:
    """Every development item (never a blind one) and its split."""
    items: list[dict[str, Any]] = []
    groups: list[str] = []
    for split in DEV_SPLITS:
        with (DATA / f"{split}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    items.append(json.loads(line))
                    groups.append(split)
    return items, groups


def rule_spans(items: list[dict[str, Any]]) -> list[list[Span]]:
    """The rules' spans (no tagger) on each item."""
    redactor = Redactor()
    return [
        [(s.start, s.end, s.kind) for s in redactor.redact(it["text"], lang=it["lang"]).spans]
        for it in items
    ]


def main(argv: list[str] | None = None) -> int:
    """Train on all 21 development splits and write the model folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "models" / "pii_names" / "v1")
    parser.add_argument("--c", type=float, default=0.3)
    parser.add_argument("--target", type=float, default=0.98)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    items, groups = load_dev()
    rules = rule_spans(items)
    tagger = NameTagger(c=args.c, target_precision=args.target, seed=SEED)
    tagger.fit(items, rules, groups=groups)
    out = tagger.save(args.out)
    print(
        f"{len(items)} items, {len(set(groups))} splits: {len(tagger.weights_)} weights, "
        f"threshold {tagger.threshold_:.2f} -> {out} ({time.perf_counter() - t0:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
