"""Fit the effort/churn calibration table (models/signal_calibration/v1) on labelled items.

Fitting data: every item of data/eval/categories_eval.jsonl and split ``a`` of
data/eval/categories_heldout.jsonl (``effort_signals`` and ``churn_risk``
labels). Splits ``b``, ``c``, ``d`` are held out: the script reports, per
flag and kind, the fitted probability beside the rate observed on them.

Each text goes through what the analyser does before the signal detector
(PII redaction, language detection), then ``SignalDetector.evidence``.

Run:  python scripts/fit_signal_calibration.py [--out models/signal_calibration/v1]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from vocmine.categorise import SignalDetector
from vocmine.categorise.calibration import FLAGS, SignalCalibration
from vocmine.categorise.signals import EVIDENCE_KINDS
from vocmine.lang.detect import LanguageDetector
from vocmine.nlp.redact import Redactor

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "data" / "eval" / "categories_eval.jsonl"
HELDOUT = ROOT / "data" / "eval" / "categories_heldout.jsonl"
OUT = ROOT / "models" / "signal_calibration" / "v1"
FIT_SPLITS = {EVAL: None, HELDOUT: ("a",)}
"""File -> splits used for fitting (None: every split)."""
REPORT_SPLITS = ("b", "c", "d")


def read_rows(path: Path, splits: tuple[str, ...] | None) -> list[dict]:
    """Return the labelled rows of ``path`` in ``splits`` (all when None)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if splits is None or r.get("split") in splits]


def evidence_and_gold(
    rows: list[dict], detector: SignalDetector
) -> tuple[list[dict[str, str]], list[dict[str, bool]]]:
    """Return each row's evidence kinds (as the analyser sees the text) and gold flags."""
    redactor, langid = Redactor(), LanguageDetector()
    texts = [redactor.redact(r["text"]).text for r in rows]
    langs = [g.lang for g in langid.detect_many(texts, [None] * len(texts))]
    evidence = [detector.evidence(t, lang) for t, lang in zip(texts, langs, strict=True)]
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
    source = (
        f"{EVAL.relative_to(ROOT)} (all splits) + {HELDOUT.relative_to(ROOT)} split a: "
        f"{len(fit_rows)} items"
    )
    calibration = SignalCalibration().fit(evidence, gold, source=source)
    path = calibration.save(args.out)
    print(f"wrote {path} ({source})")

    held = read_rows(HELDOUT, REPORT_SPLITS)
    held_evidence, held_gold = evidence_and_gold(held, detector)
    check = SignalCalibration(prior=0.0).fit(held_evidence, held_gold)
    print(f"\nheld out: {HELDOUT.name} splits {'/'.join(REPORT_SPLITS)} ({len(held)} items)\n")
    print(
        "| flag | kind | fit items | fit positives | probability | held-out items | held-out rate |"
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
    print("\nheld-out Brier score: " + ", ".join(f"{f} {v:.4f}" for f, v in brier.items()))


if __name__ == "__main__":
    main()
