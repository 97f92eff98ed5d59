"""Leave one check set out: the category gate over the heads' out-of-set scores.

Reads the lines ``bench/bench_category_checkset_lodo.py --dump`` writes: every
spent check set analysed with category heads fitted without it (the shipped
recipe), with each item's gold and predicted categories, document scores and
sentiment probabilities. For each set in turn, a
:class:`~vocmine.categorise.gate.CategoryGate` is fitted on the OTHER sets' lines
(choosing the categories it gates by leaving each of those sets out in turn) and
applied to the held-out set's, followed by the analyser's praise rule
(:func:`~vocmine.analysis.analyser.labels_agreeing_with_verdict`) and fallback,
as ``vocmine analyze`` applies it; documents shorter than the gate's ``min_chars_``
keep the heads' categories. Category micro-F1 (precision, recall) over
(item, category) pairs, with the fallback ``other`` counted as a category, before
(the heads' categories as analysed) and after, per set, pooled, per language and
per category.

No model is fitted on the held-out set, and the dump's scores are out of set too,
so the figures are a new domain's. Seconds to run.

``--timing`` adds the shipped gate's own cost per document.

Usage::

    .venv/bin/python bench/bench_category_gate.py \
        --dump data/train/category_gate/lodo_stop58.jsonl.gz [--report FILE] [--timing]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from vocmine.analysis.analyser import labels_agreeing_with_verdict
from vocmine.categorise.gate import CategoryGate, gate_rows, read_gate_lines
from vocmine.registry import CATEGORY_GATE_DIR

ROOT = Path(__file__).resolve().parents[1]
FALLBACK = "other"
PRAISE = "praise"


def gated_categories(gate: CategoryGate, rows: Sequence[dict[str, Any]]) -> list[list[str]]:
    """Return each row's categories after the gate, the praise rule and the fallback."""
    out = []
    for row in rows:
        if "chars" in row and not gate.applies_to(int(row["chars"])):
            out.append(list(row["predicted"]))
            continue
        keys, _ = gate.gate_document(
            row["scores"], row["sentiment_probabilities"], row["predicted"]
        )
        out.append(
            labels_agreeing_with_verdict(keys or [FALLBACK], row["sentiment"], PRAISE, FALLBACK)
        )
    return out


def shipped_gate_timing(rows: Sequence[dict[str, Any]], repeats: int = 3) -> str:
    """Return a line with the shipped gate's documents per second over ``rows`` (best of ``repeats``)."""
    gate = CategoryGate.load(CATEGORY_GATE_DIR)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for row in rows:
            gate.gate_document(row["scores"], row["sentiment_probabilities"], row["predicted"])
        best = min(best, time.perf_counter() - start)
    return (
        f"The shipped gate alone: {len(rows) / best:,.0f} documents/s "
        f"({1000 * best / len(rows):.3f} ms each, best of {repeats} passes over {len(rows)})."
    )


def counts(pairs: Iterable[tuple[Sequence[str], Sequence[str]]]) -> Counter[str]:
    """Return tp, fp, fn over (gold, predicted) category lists."""
    total: Counter[str] = Counter()
    for gold, predicted in pairs:
        g, p = set(gold), set(predicted)
        total.update(tp=len(g & p), fp=len(p - g), fn=len(g - p))
    return total


def micro(c: Counter[str]) -> str:
    """Return "F1 (P, R)" of tp, fp, fn counts."""
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    return (
        f"{2 * tp / max(1, 2 * tp + fp + fn):.3f} "
        f"(P {tp / max(1, tp + fp):.3f}, R {tp / max(1, tp + fn):.3f})"
    )


def f1(c: Counter[str]) -> float:
    """Return the F1 of tp, fp, fn counts."""
    return 2 * c["tp"] / max(1, 2 * c["tp"] + c["fp"] + c["fn"])


def main() -> None:
    """Run the benchmark (see the module doc)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--dump",
        type=Path,
        nargs="+",
        default=[ROOT / "data" / "train" / "category_gate" / "lodo_stop58.jsonl.gz"],
    )
    parser.add_argument("--C", type=float, default=1.0, help="the gate's regularisation")
    parser.add_argument("--report", type=Path, default=None)
    parser.add_argument(
        "--timing", action="store_true", help="also time the shipped gate per document"
    )
    args = parser.parse_args()

    rows = read_gate_lines(args.dump)
    sets = sorted({row["set"] for row in rows})
    after: dict[str, list[str]] = {}
    for held in sets:
        train = [row for row in rows if row["set"] != held]
        test = [row for row in rows if row["set"] == held]
        arrays = gate_rows(train, FALLBACK)
        gate = CategoryGate(C=args.C).fit(
            arrays.scores,
            arrays.sentiment,
            arrays.predicted,
            arrays.gold,
            arrays.score_keys,
            arrays.categories,
            arrays.chars,
            groups=[str(row["set"]) for row in train],
        )
        for row, keys in zip(test, gated_categories(gate, test), strict=True):
            after[f"{row['set']}/{row['id']}"] = keys

    def pair(row: dict[str, Any], gated: bool) -> tuple[list[str], list[str]]:
        return row["gold"], after[f"{row['set']}/{row['id']}"] if gated else row["predicted"]

    lines = [
        "| held-out set | items | heads (as analysed) | with the gate (fitted on the other sets) |",
        "|---|---:|---|---|",
    ]
    up = 0
    for held in sets:
        part = [row for row in rows if row["set"] == held]
        before_c = counts(pair(r, False) for r in part)
        after_c = counts(pair(r, True) for r in part)
        up += f1(after_c) > f1(before_c)
        lines.append(f"| {held} | {len(part)} | {micro(before_c)} | {micro(after_c)} |")
    lines.append(
        f"| **pooled** | {len(rows)} | {micro(counts(pair(r, False) for r in rows))} | "
        f"**{micro(counts(pair(r, True) for r in rows))}** |"
    )
    for lang in sorted({row["lang"] for row in rows}):
        part = [row for row in rows if row["lang"] == lang]
        lines.append(
            f"| language {lang} | {len(part)} | {micro(counts(pair(r, False) for r in part))} | "
            f"{micro(counts(pair(r, True) for r in part))} |"
        )
    lines += ["", f"Up on {up} of {len(sets)} sets.", "", "| category | heads F1 | gate F1 |"]
    lines.append("|---|---:|---:|")
    for key in sorted({k for row in rows for k in row["gold"]}):
        b = counts(
            ([key] if key in r["gold"] else [], [key] if key in r["predicted"] else [])
            for r in rows
        )
        a = counts(
            (
                [key] if key in r["gold"] else [],
                [key] if key in after[f"{r['set']}/{r['id']}"] else [],
            )
            for r in rows
        )
        lines.append(f"| {key} | {f1(b):.3f} | {f1(a):.3f} |")
    if args.timing:
        lines += ["", shipped_gate_timing(rows)]
    report = "\n".join(lines) + "\n"
    print(report)
    if args.report is not None:
        args.report.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
