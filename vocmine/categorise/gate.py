"""A second look at a document's categories, knowing its overall sentiment.

The category heads score each category from the text alone. Their errors on new
domains follow the verdict: on our spent check sets, ``staff_attitude`` is
over-predicted on negative documents and ``product_quality`` on positive ones
(docs/categories.md). :class:`CategoryGate` holds one small logistic regression
per category over

* the logit of every category score of the document (so one category's evidence
  can speak for or against another: a strong ``wait_time`` explains a weak
  ``staff_attitude``),
* the document's negative and positive sentiment probabilities,
* how many categories the heads predicted, and whether they predicted this one,

and a threshold per category (best F1 on its training rows). Its output replaces
the document's category probabilities and decisions.

It must be fitted on scores of documents the category heads did NOT learn from,
as a new company's text is: the rows of ``bench/bench_category_checkset_lodo.py
--dump``, where every spent check set is scored by heads fitted without it. It is
only meaningful for the heads (and the recipe) whose scores it was fitted on, so
it records the embedder of the head it follows, and
:func:`vocmine.registry.load_category_gate` uses it only with that head.

Measured (docs/benchmarks/category_gate.md): leaving each of the fourteen spent
check sets out of the gate's fit in turn, category micro-F1 0.676 -> 0.686 over
the 2,940 items, up on all fourteen sets.

The model folder holds ``gate.json`` (categories, score keys, weights,
thresholds); nothing is pickled.

Example:
    >>> gate = CategoryGate().fit(scores, sentiment, predicted, gold, score_keys, categories)
    >>> gate.predict(scores, sentiment, predicted).shape
    (len(scores), len(categories))
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from vocmine.categorise.head import best_f1_threshold, logit

FORMAT = "vocmine-category-gate/1"
"""Written into ``gate.json``; :meth:`CategoryGate.load` refuses other formats."""
THRESHOLD_GRID = np.round(np.arange(0.10, 0.901, 0.01), 2)
"""Thresholds tried per category by :meth:`CategoryGate.fit`."""
SENTIMENT_KEYS = ("negative", "positive")
"""The sentiment probabilities the gate reads (neutral is their complement)."""


class CategoryGate:
    """Per-category logistic regressions over a document's category scores and sentiment.

    Args:
        C: Inverse regularisation of the regressions.
        min_positives: A category needs this many positive (and negative) training
            rows to be gated; others keep the heads' decision.
        head_embedder: ``embedder_name`` of the category head whose scores the gate
            was fitted on.
        min_chars_quantile: The gate re-decides only documents at least as long as
            this quantile of its training documents' lengths: shorter ones lie outside
            what it learned from (on short messages it lowered category micro-F1 from
            0.711 to 0.633 and 0.752 to 0.710, docs/benchmarks/category_gate.md).

    Attributes:
        score_keys_: The document score keys read, in feature order.
        categories_: The categories read (all but the fallback), the columns of every
            output; those with a threshold are gated (:meth:`thresholds`).
        coef_: ``(n_categories, n_features)`` weights (NaN row: not gated).
        intercept_: ``(n_categories,)``.
        thresholds_: Decision threshold per category (NaN: not gated).
        min_chars_: Documents shorter than this keep the heads' categories.
        fit_report_: Rows and positives per category, and training F1 before and after.
    """

    def __init__(
        self,
        C: float = 1.0,
        min_positives: int = 8,
        head_embedder: str | None = None,
        min_chars_quantile: float = 0.05,
    ) -> None:
        self.C = C
        self.min_positives = min_positives
        self.head_embedder = head_embedder
        self.min_chars_quantile = min_chars_quantile

    # --- features -------------------------------------------------------------
    def _base_features(
        self, scores: np.ndarray, sentiment: np.ndarray, predicted: np.ndarray
    ) -> np.ndarray:
        """Return the features shared by all categories: score logits, sentiment, key count."""
        scores = np.asarray(scores, dtype=np.float64)
        if scores.ndim != 2 or scores.shape[1] != len(self.score_keys_):
            raise ValueError(
                f"scores have shape {scores.shape}, expected (n, {len(self.score_keys_)})"
            )
        return np.column_stack(
            [
                logit(scores),
                np.asarray(sentiment, dtype=np.float64),
                np.asarray(predicted, dtype=bool).sum(axis=1),
            ]
        )

    @staticmethod
    def _category_features(base: np.ndarray, predicted: np.ndarray, c: int) -> np.ndarray:
        return np.column_stack([base, np.asarray(predicted, dtype=bool)[:, c]])

    # --- fitting ----------------------------------------------------------------
    def fit(
        self,
        scores: np.ndarray,
        sentiment: np.ndarray,
        predicted: np.ndarray,
        gold: np.ndarray,
        score_keys: Sequence[str],
        categories: Sequence[str],
        chars: np.ndarray | None = None,
        groups: Sequence[str] | None = None,
    ) -> CategoryGate:
        """Fit a regression and a threshold per category.

        Args:
            scores: ``(n, len(score_keys))`` category scores of documents the heads
                did not learn from.
            sentiment: ``(n, 2)`` negative and positive probabilities of the same
                documents (:data:`SENTIMENT_KEYS`).
            predicted: ``(n, len(categories))`` bool: the analyser's categories.
            gold: ``(n, len(categories))`` bool: the labelled categories.
            score_keys: The keys of the columns of ``scores``.
            categories: The keys of the columns of ``predicted`` and ``gold`` (the
                fallback category is not gated: it is what is left when nothing fits).
            chars: The documents' lengths in characters; without them every document
                is gated (``min_chars_`` 0).
            groups: The source of each document (its check set). With three or more
                sources, a category is gated only when the gate, fitted without each
                source in turn, beats the heads on that source's documents (pooled
                F1 over the sources); the others keep the heads' decision. On the
                twelve spent sets of stop 57 this left ``account_access`` and
                ``delivery`` to the heads in every fold.

        Returns:
            self
        """
        self.score_keys_ = list(score_keys)
        self.categories_ = list(categories)
        scores = np.asarray(scores, dtype=np.float64)
        sentiment = np.asarray(sentiment, dtype=np.float64)
        predicted = np.asarray(predicted, dtype=bool)
        gold = np.asarray(gold, dtype=bool)
        if predicted.shape != gold.shape or predicted.shape[1] != len(self.categories_):
            raise ValueError(
                f"predicted {predicted.shape} and gold {gold.shape} must both be "
                f"(n, {len(self.categories_)})"
            )
        self.min_chars_ = (
            0
            if chars is None or not len(chars)
            else int(np.quantile(np.asarray(chars, dtype=float), self.min_chars_quantile))
        )
        base = self._base_features(scores, sentiment, predicted)
        n_cat, n_feat = len(self.categories_), base.shape[1] + 1
        self.coef_ = np.full((n_cat, n_feat), np.nan)
        self.intercept_ = np.full(n_cat, np.nan)
        self.thresholds_ = np.full(n_cat, np.nan)
        self.fit_report_: dict[str, dict[str, float]] = {}
        for c, key in enumerate(self.categories_):
            y = gold[:, c]
            before = _f1(predicted[:, c], y)
            if y.sum() < self.min_positives or (~y).sum() < self.min_positives:
                self.fit_report_[key] = {
                    "positives": int(y.sum()),
                    "gated": 0.0,
                    "f1_heads": before,
                }
                continue
            features = self._category_features(base, predicted, c)
            model = LogisticRegression(C=self.C, max_iter=2000).fit(features, y)
            self.coef_[c] = model.coef_[0]
            self.intercept_[c] = model.intercept_[0]
            threshold, after = best_f1_threshold(
                model.predict_proba(features)[:, 1], y, THRESHOLD_GRID
            )
            self.thresholds_[c] = threshold
            self.fit_report_[key] = {
                "positives": int(y.sum()),
                "gated": 1.0,
                "threshold": threshold,
                "f1_heads": round(before, 4),
                "f1_gate": round(float(after), 4),
            }
        if groups is not None and len(set(groups)) >= 3:
            self._keep_what_beats_the_heads(scores, sentiment, predicted, gold, chars, groups)
        return self

    def _keep_what_beats_the_heads(
        self,
        scores: np.ndarray,
        sentiment: np.ndarray,
        predicted: np.ndarray,
        gold: np.ndarray,
        chars: np.ndarray | None,
        groups: Sequence[str],
    ) -> None:
        """Ungate each category the gate does not improve on sources it was not fitted on."""
        labels = np.asarray(groups)
        out_of_group = np.asarray(predicted, dtype=bool).copy()
        for group in np.unique(labels):
            held = labels == group
            inner = CategoryGate(
                C=self.C,
                min_positives=self.min_positives,
                min_chars_quantile=self.min_chars_quantile,
            ).fit(
                scores[~held],
                sentiment[~held],
                predicted[~held],
                gold[~held],
                self.score_keys_,
                self.categories_,
                None if chars is None else np.asarray(chars)[~held],
            )
            out_of_group[held] = inner.predict(scores[held], sentiment[held], predicted[held])
        for c, key in enumerate(self.categories_):
            if np.isnan(self.intercept_[c]):
                continue
            heads = _f1(predicted[:, c], gold[:, c])
            gate = _f1(out_of_group[:, c], gold[:, c])
            self.fit_report_[key]["f1_heads_out_of_group"] = heads
            self.fit_report_[key]["f1_gate_out_of_group"] = gate
            if gate <= heads:
                self.coef_[c] = np.nan
                self.intercept_[c] = np.nan
                self.thresholds_[c] = np.nan
                self.fit_report_[key]["gated"] = 0.0

    def _check_fitted(self) -> None:
        if not hasattr(self, "coef_"):
            raise RuntimeError("This CategoryGate is not fitted yet; call fit() first.")

    def applies_to(self, chars: int) -> bool:
        """Return whether a document of ``chars`` characters is within the gate's range."""
        self._check_fitted()
        return chars >= self.min_chars_

    # --- prediction ---------------------------------------------------------------
    def predict_proba(
        self, scores: np.ndarray, sentiment: np.ndarray, predicted: np.ndarray
    ) -> np.ndarray:
        """Return ``(n, n_categories)`` gated probabilities (NaN where a category is not gated)."""
        self._check_fitted()
        predicted = np.asarray(predicted, dtype=bool)
        base = self._base_features(scores, sentiment, predicted)
        # every category at once: the shared features, then each category's own indicator
        coef = np.nan_to_num(self.coef_)
        z = base @ coef[:, :-1].T + predicted * coef[:, -1] + np.nan_to_num(self.intercept_)
        out = 1.0 / (1.0 + np.exp(-z))
        out[:, np.isnan(self.intercept_)] = np.nan
        return out

    def predict(
        self, scores: np.ndarray, sentiment: np.ndarray, predicted: np.ndarray
    ) -> np.ndarray:
        """Return ``(n, n_categories)`` bool decisions; an ungated category keeps ``predicted``."""
        return self._decisions(self.predict_proba(scores, sentiment, predicted), predicted)

    def _decisions(self, proba: np.ndarray, predicted: np.ndarray) -> np.ndarray:
        """Return the gated categories' ``proba >= threshold``, the others' ``predicted``."""
        gated = ~np.isnan(self.thresholds_)
        decided = np.asarray(predicted, dtype=bool).copy()
        decided[:, gated] = proba[:, gated] >= self.thresholds_[gated]
        return decided

    def gate_document(
        self,
        scores: Mapping[str, float],
        sentiment_probabilities: Mapping[str, float],
        categories: Sequence[str],
    ) -> tuple[list[str], dict[str, float]]:
        """Return one document's gated categories and their probabilities.

        Args:
            scores: The document's category scores (keys missing count as 0).
            sentiment_probabilities: ``{label: probability}`` of its overall sentiment.
            categories: The categories the analyser predicted.

        Returns:
            The categories at or above their threshold (ungated ones as predicted; the
            fallback is the caller's), and the gated probability of every gated category.
        """
        row = np.array([[float(scores.get(k, 0.0)) for k in self.score_keys_]])
        sentiment = np.array([[float(sentiment_probabilities.get(k, 0.0)) for k in SENTIMENT_KEYS]])
        predicted = np.array([[k in categories for k in self.categories_]])
        proba = self.predict_proba(row, sentiment, predicted)[0]
        decided = self._decisions(proba[None, :], predicted)[0]
        keys = [k for k, d in zip(self.categories_, decided, strict=True) if d]
        gated = {
            k: round(float(p), 4)
            for k, p in zip(self.categories_, proba, strict=True)
            if not np.isnan(p)
        }
        return keys, gated

    def thresholds(self) -> dict[str, float]:
        """Return ``{category: threshold}`` of the gated categories."""
        self._check_fitted()
        return {
            k: float(t)
            for k, t in zip(self.categories_, self.thresholds_, strict=True)
            if not np.isnan(t)
        }

    # --- persistence --------------------------------------------------------------
    def get_params(self) -> dict[str, Any]:
        """Return the constructor arguments."""
        return {
            "C": self.C,
            "min_positives": self.min_positives,
            "head_embedder": self.head_embedder,
            "min_chars_quantile": self.min_chars_quantile,
        }

    def save(self, path: str | Path, extra: dict[str, Any] | None = None) -> None:
        """Write ``gate.json`` into the folder ``path`` (created if needed).

        Args:
            path: The model folder.
            extra: More JSON-able facts to record (training data, figures).
        """
        self._check_fitted()
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        weights = {
            key: (
                None
                if np.isnan(self.intercept_[c])
                else {
                    "coef": [float(v) for v in self.coef_[c]],
                    "intercept": float(self.intercept_[c]),
                    "threshold": float(self.thresholds_[c]),
                }
            )
            for c, key in enumerate(self.categories_)
        }
        config = {
            "format": FORMAT,
            "params": self.get_params(),
            "min_chars": self.min_chars_,
            "score_keys": self.score_keys_,
            "sentiment_keys": list(SENTIMENT_KEYS),
            "categories": self.categories_,
            "weights": weights,
            "fit_report": self.fit_report_,
            **(extra or {}),
        }
        (folder / "gate.json").write_text(
            json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )

    @classmethod
    def load(cls, path: str | Path) -> CategoryGate:
        """Return the gate saved in folder ``path`` by :meth:`save`.

        Raises:
            FileNotFoundError: If ``gate.json`` is missing.
            ValueError: If it was written in another format or its weights do not fit.
        """
        config_path = Path(path) / "gate.json"
        if not config_path.is_file():
            raise FileNotFoundError(f"no category gate in {path} (gate.json)")
        config = json.loads(config_path.read_text(encoding="utf-8"))
        if config.get("format") != FORMAT:
            raise ValueError(f"{path}: unsupported category gate format {config.get('format')}")
        gate = cls(**config["params"])
        gate.score_keys_ = list(config["score_keys"])
        gate.min_chars_ = int(config.get("min_chars", 0))
        gate.categories_ = list(config["categories"])
        n_feat = len(gate.score_keys_) + len(SENTIMENT_KEYS) + 2
        gate.coef_ = np.full((len(gate.categories_), n_feat), np.nan)
        gate.intercept_ = np.full(len(gate.categories_), np.nan)
        gate.thresholds_ = np.full(len(gate.categories_), np.nan)
        for c, key in enumerate(gate.categories_):
            entry = config["weights"].get(key)
            if entry is None:
                continue
            if len(entry["coef"]) != n_feat:
                raise ValueError(f"{path}: {key} has {len(entry['coef'])} weights, not {n_feat}")
            gate.coef_[c] = entry["coef"]
            gate.intercept_[c] = entry["intercept"]
            gate.thresholds_[c] = entry["threshold"]
        gate.fit_report_ = dict(config.get("fit_report", {}))
        return gate


@dataclass(frozen=True)
class GateRows:
    """Labelled documents as the gate reads them (see :func:`gate_rows`)."""

    scores: np.ndarray
    sentiment: np.ndarray
    chars: np.ndarray | None
    predicted: np.ndarray
    gold: np.ndarray
    score_keys: list[str]
    categories: list[str]


def read_gate_lines(paths: Sequence[str | Path]) -> list[dict[str, Any]]:
    """Return the JSON lines of analysed, labelled documents (``.gz`` or plain files).

    The lines are those ``bench/bench_category_checkset_lodo.py --dump`` writes.

    Raises:
        FileNotFoundError: If a file is missing.
    """
    rows: list[dict[str, Any]] = []
    for path in map(Path, paths):
        if not path.is_file():
            raise FileNotFoundError(f"no scored lines at {path}")
        with (
            gzip.open(path, "rt", encoding="utf-8")
            if path.suffix == ".gz"
            else path.open(encoding="utf-8")
        ) as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    return rows


def gate_rows(rows: Sequence[Mapping[str, Any]], fallback: str = "other") -> GateRows:
    """Return the arrays :meth:`CategoryGate.fit` takes from analysed, labelled documents.

    Args:
        rows: One mapping per document with ``scores`` (``{category: score}``),
            ``sentiment_probabilities``, ``predicted`` and ``gold`` (category lists) and
            ``chars`` (the text's length), as ``bench/bench_category_checkset_lodo.py
            --dump`` writes them. Without ``chars`` on every row, ``chars`` is None.
        fallback: The fallback category: scored, but not gated.

    Raises:
        ValueError: If there are no rows or a row lacks scores.
    """
    if not rows:
        raise ValueError("no rows to read")
    score_keys = sorted({k for row in rows for k in row["scores"]})
    if not score_keys:
        raise ValueError("the rows carry no category scores")
    categories = [k for k in score_keys if k != fallback]
    return GateRows(
        scores=np.array([[float(r["scores"].get(k, 0.0)) for k in score_keys] for r in rows]),
        sentiment=np.array(
            [
                [float(r["sentiment_probabilities"].get(k, 0.0)) for k in SENTIMENT_KEYS]
                for r in rows
            ]
        ),
        chars=(
            np.array([int(r["chars"]) for r in rows]) if all("chars" in r for r in rows) else None
        ),
        predicted=np.array([[k in r["predicted"] for k in categories] for r in rows], dtype=bool),
        gold=np.array([[k in r["gold"] for k in categories] for r in rows], dtype=bool),
        score_keys=score_keys,
        categories=categories,
    )


def _f1(predicted: np.ndarray, gold: np.ndarray) -> float:
    tp = float(np.sum(predicted & gold))
    denominator = float(predicted.sum() + gold.sum())
    return round(2 * tp / denominator, 4) if denominator else 0.0


__all__ = [
    "FORMAT",
    "SENTIMENT_KEYS",
    "THRESHOLD_GRID",
    "CategoryGate",
    "GateRows",
    "gate_rows",
    "read_gate_lines",
]
