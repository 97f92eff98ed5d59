"""How many of the name tagger's candidates an upper bound of their score could skip.

The tagger is a logistic regression over binary features with a threshold, so a
candidate whose score cannot reach the threshold, whatever the features not yet computed,
is negative without them. This script asks, for the candidates of the 420 realistic
tickets (the rules' spans as the redactor hands them to ``extra_spans``), how many such a
bound would rule out at each point of ``candidates()``: the line's features known
exactly (computed once a line), then also the word's own features (cached by word), the
static features (place, punctuation), the neighbouring words (``p1``, ``p2``, ``n1``) and
the remaining context flags. What is not yet known is bounded family by family: a feature
family ("b=*", "p1=*", "cap|lang=*") holds at most one feature of a candidate (checked
here), so it adds at most its largest positive weight; a family of another shape than the
word's adds nothing once the word is known; the neighbours' lexicon features
(``prev_evidence`` ...) add at most their positive weights, and only on a side where a
capitalised word stands.

    PYTHONPATH=. .venv/bin/python scripts/experiments/name_tagger_bounds.py \
        [--name-tagger models/pii_names/v3]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from vocmine.nlp.name_tagger import Candidate, NameTagger, candidates  # noqa: E402
from vocmine.nlp.redact import Redactor  # noqa: E402

SHAPES = frozenset({"initial", "single", "caps", "cap", "mixed", "lower"})
WORD_FAMILIES = frozenset(
    {"shape=*", "len=*", "diacritics", "cyrillic", "first_name", "surname_shaped"}
    | {"surname_strong", "evidence", "common"}
)
LINE_FAMILIES = frozenset(
    {"fe=*", "fs=*", "nw=*", "ll=*", "lines=*", "lang=*", "prev_sign_off", "prev_greeting"}
    | {"above_lone_first_name", "above_rule_name", "line_digits", "line_at", "quoted"}
    | {"quoted_text", "speaker", "line_has_rule_name"}
)
NEIGHBOUR_RE = re.compile(r"(?:prev|next)_(?:evidence|first_name|surname|common|initial)")
STAGES = ("line", "word", "static", "neighbour words", "flags")


def family(feature: str) -> str:
    """The feature with its values starred: ``cap|b=,|a=letter`` -> ``cap|b=*|a=*``."""
    return re.sub(r"=[^|]*", "=*", feature)


def shape_of(fam: str) -> str | None:
    """The shape a family belongs to (a ``|``-separated part that is a shape), if any."""
    parts = fam.split("|")
    return next((p for p in parts if p in SHAPES), None)


def group(fam: str) -> str:
    """Which part of ``candidates()`` computes the family's features (see STAGES)."""
    head = fam.split("|")[0]
    if fam in LINE_FAMILIES:
        return "line"
    if fam in WORD_FAMILIES or (head in ("first_name", "surname", "common") and "=" not in fam):
        return "word"
    if fam in ("p1=*", "p2=*", "n1=*"):
        return "neighbour words"
    if NEIGHBOUR_RE.fullmatch(fam):
        return "neighbour"
    if fam in ("ti=*|te=*", "b=*", "a=*") or head in SHAPES or head in ("shape", "evidence"):
        return "static"
    if head == "first_name":  # first_name|fe=*|ti=*|te=*
        return "static"
    return "flags"


def tagger_inputs(tagger: NameTagger) -> list[tuple[str, str | None, list, str | None]]:
    """(text, lang, rule spans, fold) of each realistic ticket, as the redactor passes them."""
    calls = []
    plain = tagger.extra_spans

    def record(text, lang, rule_spans, folded=None):  # type: ignore[no-untyped-def]
        spans = list(rule_spans)
        calls.append((text, lang, spans, folded))
        return plain(text, lang, spans, folded=folded)

    tagger.extra_spans = record  # type: ignore[method-assign]
    redactor = Redactor(name_tagger=tagger)
    for path in sorted((REPO / "data" / "eval" / "realistic").glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for row in map(json.loads, handle):
                if row.get("text"):
                    redactor.redact(row["text"], lang=row.get("lang"))
    tagger.extra_spans = plain  # type: ignore[method-assign]
    return calls


def main() -> None:
    """Print how many candidates each stage's bound rules out."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--name-tagger", type=Path, default=REPO / "models" / "pii_names" / "v3")
    args = parser.parse_args()
    tagger = NameTagger.load(args.name_tagger)
    weights = tagger.weights_
    need = math.log(tagger.threshold_ / (1 - tagger.threshold_)) - tagger.bias_
    best: dict[str, float] = defaultdict(float)  # a family's largest positive weight
    for feature, weight in weights.items():
        fam = family(feature)
        best[fam] = max(best[fam], weight)
    by_group: dict[str, list[str]] = defaultdict(list)
    for fam in best:
        by_group[group(fam)].append(fam)

    def unknown(stage: str, cand: Candidate, shape: str | None) -> float:
        """The bound of what the stages after ``stage`` can add."""
        later = STAGES[STAGES.index(stage) + 1 :]
        total = 0.0
        for g in later:
            for fam in by_group[g]:
                if shape is None or shape_of(fam) in (None, shape):
                    total += best[fam]
        sides = ("prev", "next")
        for side, cap in zip(
            sides, ("prev_cap" in cand.context, "next_cap" in cand.context), strict=True
        ):
            if stage != "flags" or cap:  # before the flags, a capitalised neighbour may be
                total += sum(best[f] for f in by_group["neighbour"] if f.startswith(side))
        return total

    pruned = dict.fromkeys(STAGES, 0)
    gaps: dict[str, list[float]] = defaultdict(list)  # how far each bound is from the need
    n = positives = 0
    for text, lang, rules, folded in tagger_inputs(tagger):
        for cand in candidates(text, lang, rules, skip_taken=True, folded=folded):
            n += 1
            feats = cand.features
            fams = [family(f) for f in feats]
            assert len(fams) == len(set(fams)), feats  # one feature a family: the bound holds
            parts: dict[str, float] = defaultdict(float)
            for f, fam in zip(feats, fams, strict=True):
                parts[group(fam)] += weights.get(f, 0.0)
            assert set(map(group, map(family, cand.line_feats))) <= {"line"}
            assert set(map(group, map(family, cand.word_feats))) <= {"word"}
            assert set(map(group, map(family, cand.static))) <= {"static"}
            score = sum(parts.values())
            positives += score >= need
            shape = cand.word_feats[0].removeprefix("shape=")
            known = 0.0
            for stage in STAGES:
                known += parts[stage]
                bound = known + unknown(stage, cand, None if stage == "line" else shape)
                gaps[stage].append(bound - need)
                if bound < need:
                    pruned[stage] += 1
                    assert score < need
    print(f"{n} candidates, {positives} positive; the features must add {need:.3f}")
    for stage in STAGES:
        gap = sorted(gaps[stage])
        print(
            f"known exactly up to {stage!r}: {pruned[stage]} of {n} ruled out by the bound"
            f" (bound minus need: median {gap[n // 2]:+.2f}, 5th percentile {gap[n // 20]:+.2f})"
        )


if __name__ == "__main__":
    main()
