"""Train the redactor's name tagger and write models/pii_names/v3 (or the v2, v1 recipe).

Data (recipes ``v3``, the default, and ``v2``): the development splits ``data/eval/pii/dev.jsonl``,
``dev2.jsonl`` ... ``dev20.jsonl`` plus the *spent* blind splits listed in
:data:`SPENT_BLIND_SPLITS` (every look at them is taken; data/eval/pii/README.md). Recipe
``v1`` is the development splits only (how ``models/pii_names/v1`` was trained). Never
read: :data:`NOT_SPENT` (blind7, blind8 and blind17 have looks left; blind19 and blind20
are the remaining blind checks).

The rules' spans come from today's ``Redactor()`` (rules alone); the threshold is chosen
from grouped 5-fold out-of-fold probabilities (a fold never holds part of a writer: dev
and blind, written together by one author, are one group) as the lowest one keeping the
union precision at or above 0.98. Fixed seed. Recipe ``v3`` also trains on a second view
of every item with each of the rules' name spans dropped at random (rate 0.5,
``NameTagger(drop_rule_names=...)``): on a writer the rules never saw they miss more names
than on the writers they were written from.

Run:
    PYTHONPATH=. .venv/bin/python scripts/train_name_tagger.py [--recipe v3|v2|v1] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from vocmine.nlp.name_tagger import NameTagger, Span  # noqa: E402
from vocmine.nlp.redact import Redactor  # noqa: E402

DATA = REPO / "data" / "eval" / "pii"
DEV_SPLITS = ("dev", *(f"dev{i}" for i in range(2, 21)))
"""The development splits (the v1 recipe's whole training data): 20 writers."""
SPENT_BLIND_SPLITS = (
    # Each has had every look the README allows, or is declared spent there
    # (data/eval/pii/README.md, "What was measured on the blind splits, and when").
    "blind",  # scored at 5ada8e6 and then at every code state up to ac3bdba (8 looks)
    "blind2",  # four numbered looks, then scored again at ac3bdba
    "blind3",  # four numbered looks, then scored again at ac3bdba
    "blind4",  # three looks: 87a26b3 (first), 9a0405b (second), ac3bdba (third)
    "blind5",  # "looked at three times and is spent for tuning"
    "blind6",  # "has had three looks and is spent"
    "blind9",  # "looked at three times and is spent"
    "blind10",  # "three looks: spent"
    "blind11",  # "spent and serve as development measures from now on"
    "blind12",  # the same sentence
    "blind13",  # third look at 49e228c: "blind13 is now spent"
    "blind14",  # third look after the dev16 rules: "Both splits are spent now"
    "blind15",  # the same sentence
    "blind16",  # third look after the dev19 rules: "blind16 is spent"
    "blind18",  # third look with the tagger: "blind18 is spent"
)
"""Blind splits whose looks are used up: they may now serve as training data."""
NOT_SPENT = ("blind7", "blind8", "blind17", "blind19", "blind20")
"""Never read here: blind7 and blind8 have had two looks each (the README's record),
blind17 one, blind19 and blind20 are the remaining blind checks."""
RECIPES = {
    "v1": DEV_SPLITS,
    "v2": (*DEV_SPLITS, *SPENT_BLIND_SPLITS),
    "v3": (*DEV_SPLITS, *SPENT_BLIND_SPLITS),
}
DROP_RULE_NAMES = {"v1": 0.0, "v2": 0.0, "v3": 0.5}
"""The recipe's ``NameTagger(drop_rule_names=...)``: the rate of the second training view."""
FIXED_THRESHOLD = {"v3": 0.70}
"""A threshold set by hand over the rule's (0.60 for v3): v3 at 0.70 keeps the
leave-one-writer-out precision at or above v2's and adds about as many names as v2 on
public text (docs/redaction.md, "Names of writers nobody has seen: v3")."""
WRITER = {"blind": "dev"}
"""A split's writer where it is not the split itself: dev and blind are one author's set,
drawn 40 / 60 at random per language from the same templates (scripts/make_pii_set.py)."""
SEED = 0

assert not set(NOT_SPENT) & {s for splits in RECIPES.values() for s in splits}


def writer(split: str) -> str:
    """The writer (the group of the grouped folds) of a split."""
    return WRITER.get(split, split)


def load_splits(splits: Sequence[str]) -> tuple[list[dict[str, Any]], list[str]]:
    """Every item of ``splits`` and its split's name, in order."""
    bad = set(splits) & set(NOT_SPENT)
    if bad:
        raise ValueError(f"not spent, never read here: {sorted(bad)}")
    items: list[dict[str, Any]] = []
    names: list[str] = []
    for split in splits:
        with (DATA / f"{split}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    items.append(json.loads(line))
                    names.append(split)
    return items, names


def load_dev() -> tuple[list[dict[str, Any]], list[str]]:
    """Every development item (never a blind one) and its split."""
    return load_splits(DEV_SPLITS)


def rule_spans(items: list[dict[str, Any]]) -> list[list[Span]]:
    """The rules' spans (no tagger) on each item."""
    redactor = Redactor()
    return [
        [(s.start, s.end, s.kind) for s in redactor.redact(it["text"], lang=it["lang"]).spans]
        for it in items
    ]


def main(argv: list[str] | None = None) -> int:
    """Train on the recipe's splits and write the model folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipe", choices=sorted(RECIPES), default="v3")
    parser.add_argument("--out", type=Path, help="default models/pii_names/<recipe>")
    parser.add_argument("--c", type=float, default=0.3)
    parser.add_argument("--target", type=float, default=0.98)
    args = parser.parse_args(argv)
    out_dir = args.out or REPO / "models" / "pii_names" / args.recipe
    t0 = time.perf_counter()
    items, splits = load_splits(RECIPES[args.recipe])
    groups = [writer(s) for s in splits]
    rules = rule_spans(items)
    tagger = NameTagger(
        c=args.c,
        target_precision=args.target,
        seed=SEED,
        drop_rule_names=DROP_RULE_NAMES[args.recipe],
    )
    tagger.fit(items, rules, groups=groups)
    rule_threshold = tagger.threshold_
    tagger.threshold_ = FIXED_THRESHOLD.get(args.recipe, rule_threshold)
    out = tagger.save(out_dir)
    print(
        f"{len(items)} items, {len(set(splits))} splits, {len(set(groups))} writers: "
        f"{len(tagger.weights_)} weights, threshold {tagger.threshold_:.2f} (rule: "
        f"{rule_threshold:.2f}) -> {out} "
        f"({time.perf_counter() - t0:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
