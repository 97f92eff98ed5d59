"""Measured probabilities of the rule-based effort and churn flags.

The signal detector is rule-based: it says *which kind* of rule fired
(:func:`~vocmine.categorise.signals.evidence_kind`: ``none``, ``weak``,
``strong``, ``multiple``; ``overruled`` when the document's sentiment vetoes a churn
rule, :func:`~vocmine.categorise.signals.churn_evidence`), not how likely the flag is right. A
:class:`SignalCalibration` is the table that answers it, counted on labelled
items: for each flag (``effort``, ``churn``) and each kind, how many items
showed that kind (``items``) and how many of them carry the flag in the gold
labels (``positives``). The probability of a kind is the smoothed share::

    p = (positives + prior) / (items + 2 * prior)

so for a kind that sets the flag it is the observed precision, and for
``none``/``weak`` (flag off) the observed miss rate. The counts are kept in
the file, so every probability can be traced to the data it came from
(``models/signal_calibration/v1``, written by ``scripts/fit_signal_calibration.py``).

Example:
    >>> cal = SignalCalibration().fit(
    ...     [{"churn": "strong"}, {"churn": "strong"}, {"churn": "none"}],
    ...     [{"churn": True}, {"churn": False}, {"churn": False}],
    ... )
    >>> cal.probability("churn", "strong")
    0.5
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from vocmine.categorise.signals import EVIDENCE_KINDS

FLAGS: tuple[str, ...] = ("effort", "churn")
"""The flags a calibration covers."""
CALIBRATION_FILE = "calibration.json"
"""File name of a saved calibration inside its folder."""


class SignalCalibration:
    """Per flag and evidence kind: labelled counts and the probability they give.

    Args:
        prior: Pseudo-count added to positives and negatives (Laplace smoothing),
            so a kind seen on few items is not given 0 or 1.

    Attributes:
        counts_: ``{flag: {kind: {"items": n, "positives": k}}}`` for every flag and kind.
        source_: Free-form provenance (files, splits) stored with the counts.
    """

    def __init__(self, prior: float = 1.0) -> None:
        self.prior = prior

    def fit(
        self,
        evidence: Sequence[Mapping[str, str]],
        gold: Sequence[Mapping[str, bool]],
        source: str = "",
    ) -> SignalCalibration:
        """Count, per flag and kind, the items and the gold positives among them.

        Args:
            evidence: Per item, ``{flag: kind}`` (``SignalDetector.evidence``).
            gold: Per item, ``{flag: bool}`` from the labels.
            source: Where the labels came from (kept in the file).

        Returns:
            self
        """
        counts = {
            flag: {kind: {"items": 0, "positives": 0} for kind in EVIDENCE_KINDS} for flag in FLAGS
        }
        for seen, truth in zip(evidence, gold, strict=True):
            for flag in FLAGS:
                cell = counts[flag][seen[flag]]
                cell["items"] += 1
                cell["positives"] += int(bool(truth[flag]))
        self.counts_ = counts
        self.source_ = source
        return self

    def probability(self, flag: str, kind: str) -> float:
        """Return the probability that ``flag`` is true for an item showing ``kind``.

        Raises:
            RuntimeError: Not fitted or loaded.
            KeyError: An unknown flag or kind.
        """
        if not hasattr(self, "counts_"):
            raise RuntimeError("This SignalCalibration is not fitted yet; call fit() or load().")
        cell = self.counts_[flag][kind]
        return (cell["positives"] + self.prior) / (cell["items"] + 2.0 * self.prior)

    def probabilities(self, evidence: Mapping[str, str]) -> dict[str, float]:
        """Return ``{flag: probability}`` for one item's evidence, rounded to 4 places."""
        return {flag: round(self.probability(flag, evidence[flag]), 4) for flag in FLAGS}

    def to_dict(self) -> dict[str, Any]:
        """Return the calibration as JSON-ready data (counts and the probabilities they give)."""
        return {
            "prior": self.prior,
            "source": self.source_,
            "counts": self.counts_,
            "probability": {
                flag: {kind: round(self.probability(flag, kind), 4) for kind in EVIDENCE_KINDS}
                for flag in FLAGS
            },
        }

    def save(self, folder: Path) -> Path:
        """Write ``calibration.json`` into ``folder``; return its path."""
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / CALIBRATION_FILE
        path.write_text(json.dumps(self.to_dict(), indent=2) + "\n", encoding="utf-8")
        return path

    @classmethod
    def load(cls, folder: Path) -> SignalCalibration:
        """Read a calibration saved by :meth:`save` (probabilities are recomputed from counts).

        Raises:
            FileNotFoundError: ``folder`` holds no ``calibration.json``.
            ValueError: A flag or kind is missing from the counts (a table without
                ``overruled``, written before that kind existed, takes the counts of
                ``none`` for it).
        """
        data = json.loads((folder / CALIBRATION_FILE).read_text(encoding="utf-8"))
        calibration = cls(prior=float(data.get("prior", 1.0)))
        counts = data["counts"]
        for flag_counts in counts.values():
            # a table fitted before the sentiment check had no overruled items: such
            # an item's flag is off, so it reads as if no rule had fired
            if "overruled" not in flag_counts and "none" in flag_counts:
                flag_counts["overruled"] = flag_counts["none"]
        missing = [
            f"{flag}/{kind}"
            for flag in FLAGS
            for kind in EVIDENCE_KINDS
            if kind not in counts.get(flag, {})
        ]
        if missing:
            raise ValueError(f"{folder / CALIBRATION_FILE}: no counts for {', '.join(missing)}")
        calibration.counts_ = {
            flag: {
                kind: {
                    "items": int(counts[flag][kind]["items"]),
                    "positives": int(counts[flag][kind]["positives"]),
                }
                for kind in EVIDENCE_KINDS
            }
            for flag in FLAGS
        }
        calibration.source_ = str(data.get("source", ""))
        return calibration
