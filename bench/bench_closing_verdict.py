"""Measure the closing-verdict rule (vocmine.sentiment.closing_verdict) on labelled sets.

Each set is analysed once as ``vocmine analyze`` does, with the rule switched off
(``closing_verdict: false``); the rule is then applied to each document's final
probabilities exactly as the analyser applies it (last, after the verdict head and the
escalation), so "before" and "after" come from one analysis. Per set it prints the
sentiment accuracy and macro-F1 over the gold labels before and after, the documents the
rule changed (fixed / broke), how often it fired and how often the verdict it read
agreed with the gold label (a "not positive" cue agrees with a negative or neutral one).

Sets: vocmine's own check sets (``--checksets``, folders of labelled JSONL, ``DIR:SPLIT``
for one split) and a seeded
sample of each public sentiment set's rows in ``--data-dir`` (``--public``; these rows
trained the sentiment model, so its accuracy there is in-sample and the rule can only
lose: read the verdict's own agreement with gold beside it).

Usage::

    PYTHONPATH=. .venv/bin/python bench/bench_closing_verdict.py \
        --checksets data/eval/realistic data/eval/realistic_blind2 \
        --public polemo2_klej allegro_reviews --per-set 500
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vocmine.config import load_settings  # noqa: E402
from vocmine.ingest.labelled import read_labelled_rows  # noqa: E402
from vocmine.nlp.customer_text import customer_text  # noqa: E402
from vocmine.pipeline.analyse_file import analyse_rows  # noqa: E402
from vocmine.schemas import SENTIMENT_LABELS  # noqa: E402
from vocmine.sentiment.closing_verdict import NOT_POSITIVE, ClosingVerdict  # noqa: E402
from vocmine.sentiment.datasets import SENTIMENT_SETS, read_labelled_jsonl  # noqa: E402

PUBLIC_SETS = tuple(SENTIMENT_SETS)


def analyse_without_rule(rows: list[dict], config: Path | None) -> list[dict]:
    """Return the analyser's output for ``rows`` with the closing-verdict rule off."""
    settings = load_settings(config).model_copy(update={"closing_verdict": False})
    return analyse_rows(settings, rows)


def score(rows: list[dict], predicted: list[dict], rule: ClosingVerdict) -> dict[str, float]:
    """Return before/after accuracy and macro-F1, changes, firings and the verdicts' agreement."""
    gold = [r["sentiment"] for r in rows]
    before, after, fired, agreed = [], [], 0, 0
    for row, out in zip(rows, predicted, strict=True):
        label = out["sentiment"]
        before.append(label)
        cue = rule.find(customer_text(out["text_redacted"]), out["lang"])
        if cue is not None:
            fired += 1
            agreed += cue.label == row["sentiment"] or (
                cue.label == NOT_POSITIVE and row["sentiment"] != "positive"
            )
            proba = np.array([out["sentiment_probabilities"][k] for k in SENTIMENT_LABELS])
            label = SENTIMENT_LABELS[int(np.argmax(rule.adjust(proba, cue)))]
        after.append(label)
    labels = sorted(set(gold))
    n = len(gold)
    return {
        "n": n,
        "acc_before": sum(g == p for g, p in zip(gold, before, strict=True)) / n,
        "acc_after": sum(g == p for g, p in zip(gold, after, strict=True)) / n,
        "f1_before": float(f1_score(gold, before, labels=labels, average="macro")),
        "f1_after": float(f1_score(gold, after, labels=labels, average="macro")),
        "fixed": sum(b != a and a == g for g, b, a in zip(gold, before, after, strict=True)),
        "broke": sum(b != a and b == g for g, b, a in zip(gold, before, after, strict=True)),
        "fired": fired,
        "agreed": agreed,
    }


def public_rows(data_dir: Path, name: str, per_set: int, seed: int) -> list[dict]:
    """Return a seeded sample of a public set's rows that carry a sentiment label."""
    rows = read_labelled_jsonl(data_dir / name / "data.jsonl")
    rows = [r for r in rows if r["sentiment"] in SENTIMENT_LABELS]
    random.Random(seed).shuffle(rows)
    return [{**r, "channel": r.get("channel") or "review"} for r in rows[:per_set]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--checksets", nargs="*", default=[], help="labelled folders, as DIR or DIR:SPLIT"
    )
    parser.add_argument("--public", nargs="*", default=[], help=f"of {', '.join(PUBLIC_SETS)}")
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--per-set", type=int, default=500)
    parser.add_argument("--seed", type=int, default=43)
    parser.add_argument("--config", type=Path, default=None)
    args = parser.parse_args()
    unknown = sorted(set(args.public) - set(PUBLIC_SETS))
    if unknown:
        parser.error(f"unknown public sets {unknown}")
    rule = ClosingVerdict().fit()
    sets = []
    for spec in args.checksets:
        folder, _, split = spec.partition(":")
        sets.append((spec, read_labelled_rows([Path(folder)], split or None)))
    sets += [(n, public_rows(args.data_dir, n, args.per_set, args.seed)) for n in args.public]
    print(
        "| set | n | accuracy before -> after | macro-F1 before -> after | fixed | broke | "
        "fired | verdict = gold |"
    )
    print("|---|---:|---|---|---:|---:|---:|---:|")
    for name, rows in sets:
        rows = [r for r in rows if r.get("sentiment") in SENTIMENT_LABELS]
        s = score(rows, analyse_without_rule(rows, args.config), rule)
        print(
            f"| {name} | {s['n']} | {s['acc_before']:.3f} -> {s['acc_after']:.3f} | "
            f"{s['f1_before']:.3f} -> {s['f1_after']:.3f} | {s['fixed']} | {s['broke']} | "
            f"{s['fired']} | {s['agreed']}/{s['fired']} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
