"""Fit the effort/churn calibration table (models/signal_calibration/v1) on labelled items.

Fitting data: items the effort and churn rules were never written on: splits
``b``, ``c``, ``d`` of data/eval/categories_heldout.jsonl and split ``holdout``
of data/train/support (long company feedback; ``effort_signals`` and
``churn_risk`` labels). The items the rules were written on (every item of
data/eval/categories_eval.jsonl, split ``a`` of categories_heldout.jsonl, split
``train`` of data/train/support) are reported beside: their rates show how
much better the rules look on the text they were written on.

Each text goes through the default analyser (``analyse_rows``: PII redaction, the
customer's own text, language detection, overall sentiment); its evidence is
``SignalDetector.evidence`` on the customer's redacted text, with the churn kind
``overruled`` where the item's negative probability vetoes a churn rule
(``churn_evidence``, ``churn_min_negative`` of the default settings).

Run:  python scripts/fit_signal_calibration.py [--out models/signal_calibration/v1]
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path

from vocmine.categorise import SignalDetector
from vocmine.categorise.calibration import FLAGS, SignalCalibration
from vocmine.categorise.signals import EVIDENCE_KINDS, churn_evidence
from vocmine.config import load_settings
from vocmine.ingest.labelled import read_labelled_rows
from vocmine.nlp.customer_text import customer_text
from vocmine.pipeline.analyse_file import analyse_rows

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "data" / "eval" / "categories_eval.jsonl"
HELDOUT = ROOT / "data" / "eval" / "categories_heldout.jsonl"
SUPPORT = ROOT / "data" / "train" / "support"
OUT = ROOT / "models" / "signal_calibration" / "v1"
FIT_SPLITS = {HELDOUT: ("b", "c", "d"), SUPPORT: ("holdout",)}
"""File or folder -> splits used for fitting (None: every split)."""
REPORT_SPLITS = {EVAL: None, HELDOUT: ("a",), SUPPORT: ("train",)}
"""File or folder -> splits the rules were written on, reported beside."""


def read_rows(path: Path, splits: tuple[str, ...] | None) -> list[dict]:
    """Return the labelled rows of ``path`` in ``splits`` (all when None)."""
    rows = read_labelled_rows([path])
    return [r for r in rows if splits is None or r.get("split") in splits]


def describe(parts: Mapping[Path, tuple[str, ...] | None]) -> str:
    """Return ``file (splits) + ...`` for the card."""
    return " + ".join(
        f"{path.relative_to(ROOT)} ({'all splits' if splits is None else '/'.join(splits)})"
        for path, splits in parts.items()
    )


def evidence_and_gold(
    rows: list[dict], detector: SignalDetector
) -> tuple[list[dict[str, str]], list[dict[str, bool]]]:
    """Return each row's evidence kinds (as the analyser sees the text) and gold flags."""
    settings = load_settings()
    evidence = []
    for out in analyse_rows(settings, rows):
        text = customer_text(out["text_redacted"])
        seen = detector.evidence(text, out["lang"])
        negative = (out.get("sentiment_probabilities") or {}).get("negative", 0.0)
        seen["churn"] = churn_evidence(
            seen["churn"], negative, len(text), settings.churn_min_negative
        )
        evidence.append(seen)
    gold = [{"effort": bool(r["effort_signals"]), "churn": bool(r["churn_risk"])} for r in rows]
    return evidence, gold


def main() -> None:
    """Fit, save and report the calibration."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    detector = SignalDetector().fit()
    fit_rows = [row for path, splits in FIT_SPLITS.items() for row in read_rows(path, splits)]
    evidence, gold = evidence_and_gold(fit_rows, detector)
    source = f"{describe(FIT_SPLITS)}: {len(fit_rows)} items"
    calibration = SignalCalibration().fit(evidence, gold, source=source)
    path = calibration.save(args.out)
    print(f"wrote {path} ({source})")

    held = [row for path, splits in REPORT_SPLITS.items() for row in read_rows(path, splits)]
    held_evidence, held_gold = evidence_and_gold(held, detector)
    check = SignalCalibration(prior=0.0).fit(held_evidence, held_gold)
    print(f"\nrules written on: {describe(REPORT_SPLITS)} ({len(held)} items)\n")
    print(
        "| flag | kind | fit items | fit positives | probability | rule-writing items | their rate |"
    )
    print("|---|---|---:|---:|---:|---:|---:|")
    for flag in FLAGS:
        for kind in EVIDENCE_KINDS:
            cell = calibration.counts_[flag][kind]
            h = check.counts_[flag][kind]
            rate = f"{h['positives'] / h['items']:.3f}" if h["items"] else "-"
            print(
                f"| {flag} | {kind} | {cell['items']} | {cell['positives']} | "
                f"{calibration.probability(flag, kind):.3f} | {h['items']} | {rate} |"
            )
    brier = {
        flag: sum(
            (calibration.probability(flag, e[flag]) - float(g[flag])) ** 2
            for e, g in zip(held_evidence, held_gold, strict=True)
        )
        / len(held)
        for flag in FLAGS
    }
    print(
        "\nBrier score on the rule-writing items: "
        + ", ".join(f"{f} {v:.4f}" for f, v in brier.items())
    )


if __name__ == "__main__":
    main()
