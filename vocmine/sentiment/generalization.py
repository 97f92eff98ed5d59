"""Leave-one-dataset-out (LODO) measurement of the sentiment model: how it transfers.

For each training set, the model is fitted on all the other sets and scores the held-out
one. A held-out set that is its language's only set is served by a relative's route
(``sk`` -> ``cs``) or by coverage, which is the cross-lingual case: exactly what the
model faces on a new language or domain. Scores are 3-class accuracy and macro-F1
averaged over the held-out set's GOLD labels (a two-class set such as UCI's: predicted
``neutral`` is a stray prediction, reported apart).

One fit per held-out set serves several *variants*: prediction-time parameters of the
fitted model (e.g. ``ood_pooled_weight``), optionally with the pooled head refitted at
another ``pooled_C`` on the same training rows, plus the pooled head alone.

Pure: takes rows and their vectors, returns a report (no I/O).

Example:
    >>> report = leave_one_dataset_out(rows, vectors, make_model, sets)  # doctest: +SKIP
    >>> report["sets"]["czech_facebook"]["variants"]["model"]["accuracy"]  # doctest: +SKIP
    0.61
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from vocmine.schemas import SENTIMENT_LABELS
from vocmine.sentiment.classifier import (
    DEFAULT_LANG_ROUTES,
    SentimentClassifier,
    fit_pooled_head,
    sentiment_report,
)

POOLED_ALONE = "pooled_head"
"""Name of the variant scoring with the pooled cross-lingual head alone."""


@dataclass(frozen=True)
class LodoVariant:
    """One way of scoring a held-out set with the fold's fitted model.

    Attributes:
        name: Column name in the report.
        params: Prediction-time parameters set on the fitted model
            (``SentimentClassifier.set_params``), e.g. ``{"ood_pooled_weight": 1.0}``.
        pooled_C: Refit the pooled head at this C on the fold's training rows first
            (``None``: the fitted one).
        embeddings: Pass the vectors (``False``: the n-gram experts alone).
    """

    name: str
    params: Mapping[str, Any] = field(default_factory=dict)
    pooled_C: float | None = None
    embeddings: bool = True


DEFAULT_VARIANTS: tuple[LodoVariant, ...] = (LodoVariant("model"),)
"""The fitted model as configured."""

ProgressMessage = Callable[[str], None]


def _ignore(message: str) -> None:
    """Drop a progress message."""


def held_out_route(model: SentimentClassifier, lang: str) -> str:
    """Return how ``model`` serves texts in ``lang``: own model, a route, or coverage."""
    if lang in model.models_:
        return "own language model"
    routes = DEFAULT_LANG_ROUTES if model.lang_routes is None else model.lang_routes
    target = routes.get(lang)
    if target in model.models_:
        return f"routed to {target}"
    return "by coverage (no model of its language)"


def leave_one_dataset_out(
    rows: Sequence[Mapping[str, Any]],
    vectors: np.ndarray | None,
    make_model: Callable[[], SentimentClassifier],
    sets: Sequence[str] | None = None,
    variants: Sequence[LodoVariant] = DEFAULT_VARIANTS,
    pooled_alone: bool = True,
    progress: ProgressMessage | None = None,
) -> dict[str, Any]:
    """Return the LODO report: each set scored by a model fitted on the other sets.

    Args:
        rows: Labelled rows with ``text``, ``lang``, ``sentiment`` and ``dataset``.
        vectors: ``(len(rows), dim)`` embeddings (NaN rows: not embedded), or ``None``.
            With vectors, a held-out set is scored on its embedded rows only (the
            same rows for every variant); the fit uses all rows of the other sets.
        make_model: Returns a fresh, unfitted model (one per fold).
        sets: Sets to hold out in turn (default: every ``dataset`` of ``rows``).
        variants: Ways of scoring the held-out rows (see :class:`LodoVariant`).
        pooled_alone: Also score the pooled head alone (:data:`POOLED_ALONE`).
        progress: Called with one line per fold.

    Returns:
        ``{"sets": {set: {"lang", "n", "gold_labels", "two_class", "route",
        "variants": {name: sentiment_report figures}}}, "mean": {name: {"accuracy",
        "macro_f1"}}}``; the means are unweighted over the held-out sets.

    Raises:
        ValueError: If rows and vectors differ in length, a set has no rows, or
            fewer than two sets are given.
    """
    log = progress or _ignore
    if vectors is not None and len(vectors) != len(rows):
        raise ValueError("rows and vectors must have the same length")
    names = list(sets) if sets is not None else list(dict.fromkeys(r["dataset"] for r in rows))
    if len(names) < 2:
        raise ValueError("leave-one-dataset-out needs at least two sets")
    dataset = np.array([r["dataset"] for r in rows], dtype=object)
    embedded = np.isfinite(vectors).all(axis=1) if vectors is not None else np.ones(len(rows), bool)
    report: dict[str, Any] = {"sets": {}}
    for name in names:
        held = np.flatnonzero((dataset == name) & embedded)
        if not len(held):
            raise ValueError(f"no (embedded) rows of set {name!r}")
        fit_rows = np.flatnonzero(dataset != name)
        fit_list: list[int] = fit_rows.tolist()
        held_list: list[int] = held.tolist()
        model = make_model().fit(
            [rows[i]["text"] for i in fit_list],
            [rows[i]["sentiment"] for i in fit_list],
            [rows[i]["lang"] for i in fit_list],
            [rows[i]["dataset"] for i in fit_list],
            vectors[fit_rows] if vectors is not None else None,
        )
        texts = [rows[i]["text"] for i in held_list]
        langs = [rows[i]["lang"] for i in held_list]
        gold = [rows[i]["sentiment"] for i in held_list]
        held_vectors = vectors[held] if vectors is not None else None
        fitted_head = getattr(model, "pooled_head_", None)
        fitted_params = model.get_params()
        scores: dict[str, Any] = {}
        for variant in variants:
            if variant.pooled_C is not None and vectors is not None:
                model.set_pooled_head(
                    fit_pooled_head(
                        vectors[fit_rows],
                        np.array([SENTIMENT_LABELS.index(rows[i]["sentiment"]) for i in fit_list]),
                        np.array([rows[i]["lang"] for i in fit_list], dtype=object),
                        dataset[fit_rows],
                        variant.pooled_C,
                        model.max_iter,
                    )
                )
            model.set_params(**variant.params)
            predicted = model.predict(texts, langs, held_vectors if variant.embeddings else None)
            scores[variant.name] = _figures(gold, predicted)
            model.set_params(**fitted_params)
            if variant.pooled_C is not None and fitted_head is not None:
                model.set_pooled_head(fitted_head)
        if pooled_alone and held_vectors is not None:
            proba = model.pooled_head_proba(held_vectors)
            if proba is not None:
                scores[POOLED_ALONE] = _figures(
                    gold, [SENTIMENT_LABELS[k] for k in proba.argmax(axis=1)]
                )
        lang = langs[0]
        gold_labels = sorted(set(gold))
        report["sets"][name] = {
            "lang": lang,
            "n": len(held),
            "fit_rows": len(fit_rows),
            "gold_labels": gold_labels,
            "two_class": len(gold_labels) == 2,
            "route": held_out_route(model, lang),
            "variants": scores,
        }
        log(
            f"LODO {name} ({lang}, {held_out_route(model, lang)}): "
            + ", ".join(
                f"{k} acc {v['accuracy']:.3f} F1 {v['macro_f1']:.3f}" for k, v in scores.items()
            )
        )
    variant_names = list(dict.fromkeys(k for s in report["sets"].values() for k in s["variants"]))
    report["mean"] = {
        k: {
            metric: float(
                np.mean(
                    [
                        s["variants"][k][metric]
                        for s in report["sets"].values()
                        if k in s["variants"]
                    ]
                )
            )
            for metric in ("accuracy", "macro_f1")
        }
        for k in variant_names
    }
    return report


def _figures(gold: list[str], predicted: list[str]) -> dict[str, Any]:
    """Return accuracy, macro-F1 (over the gold labels), n and stray predictions."""
    rep = sentiment_report(gold, predicted, ["all"] * len(gold))
    return {k: rep[k] for k in ("accuracy", "macro_f1", "n", "stray_predictions")}


def lodo_markdown(report: Mapping[str, Any]) -> str:
    """Return the LODO report as a Markdown table (accuracy / macro-F1 per variant)."""
    variant_names = list(report["mean"])
    lines = [
        "| held-out set | lang | served by | n | gold labels | "
        + " | ".join(f"{v} acc / F1" for v in variant_names)
        + " |",
        "|---|---|---|---|---|" + "---|" * len(variant_names),
    ]
    for name, s in report["sets"].items():
        cells = []
        for v in variant_names:
            fig = s["variants"].get(v)
            if fig is None:
                cells.append("-")
                continue
            stray = sum(fig["stray_predictions"].values())
            cells.append(
                f"{fig['accuracy']:.3f} / {fig['macro_f1']:.3f}"
                + (f" ({stray} stray)" if stray else "")
            )
        lines.append(
            f"| {name} | {s['lang']} | {s['route']} | {s['n']} | {', '.join(s['gold_labels'])} | "
            + " | ".join(cells)
            + " |"
        )
    lines.append(
        "| **mean** | | | | | "
        + " | ".join(
            f"**{report['mean'][v]['accuracy']:.3f} / {report['mean'][v]['macro_f1']:.3f}**"
            for v in variant_names
        )
        + " |"
    )
    return "\n".join(lines) + "\n"
