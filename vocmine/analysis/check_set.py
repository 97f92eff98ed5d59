"""Score ``vocmine analyze`` output against a labelled check set.

A check set is JSON Lines with ``id``, ``lang``, ``text`` and any of the gold
fields ``sentiment``, ``categories``, ``effort_signals`` and ``churn_risk``
(``data/eval/realistic/`` is vocmine's own; see its README). Its ``split``
field separates the part one may look at (``dev``) from the part kept blind
(``blind``).

The scores are the standard ones:

- sentiment: accuracy, and macro-F1 over the gold labels (predicted labels the
  gold set lacks are listed as ``stray_predictions``), overall and per language;
- categories: micro- and macro-F1 over the gold label set of the whole check
  set (``other`` included), and precision, recall and F1 per category;
- churn and effort (any signal): precision, recall and F1 of the flag, and per
  effort signal;
- aspects: micro precision, recall and F1 of the (category, polarity) pairs of
  ``aspect_sentiment``, on the items whose gold row has that field.

Example:
    >>> gold = [{"id": "1", "lang": "en", "sentiment": "negative", "categories": ["delivery"],
    ...          "effort_signals": [], "churn_risk": True}]
    >>> pred = [{"id": "1", "lang": "en", "sentiment": "negative", "categories": ["delivery"],
    ...          "effort_signals": ["long_wait"], "churn_risk": True}]
    >>> report = check_set_report(gold, pred)
    >>> report["sentiment"]["accuracy"], report["categories"]["micro_f1"], report["effort"]["precision"]
    (1.0, 1.0, 0.0)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vocmine.categorise.learned import categories_report
from vocmine.schemas import SENTIMENT_LABELS
from vocmine.sentiment.classifier import sentiment_report

SPLITS = ("dev", "blind")
"""The parts of a check set: ``dev`` may be looked at, ``blind`` is only scored."""


def _flag_scores(truth: Sequence[bool], predicted: Sequence[bool]) -> dict[str, float | int]:
    tp = sum(t and p for t, p in zip(truth, predicted, strict=True))
    fp = sum(p and not t for t, p in zip(truth, predicted, strict=True))
    fn = sum(t and not p for t, p in zip(truth, predicted, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "support": tp + fn,
        "flagged": tp + fp,
    }


def per_category_scores(
    truth: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]
) -> dict[str, dict[str, float | int]]:
    """Return precision, recall, F1, support and flagged count of every gold category."""
    gold = sorted({label for labels in truth for label in labels})
    return {
        label: _flag_scores(
            [label in labels for labels in truth], [label in labels for labels in predicted]
        )
        for label in gold
    }


def check_set_report(
    gold_rows: Sequence[dict[str, Any]], predicted_rows: Sequence[dict[str, Any]]
) -> dict[str, Any]:
    """Score analyse output rows against gold rows, matched by ``id``.

    Args:
        gold_rows: Check-set rows (see the module doc).
        predicted_rows: ``vocmine analyze`` output rows (``id``, ``lang``,
            ``sentiment``, ``categories``, ``effort_signals``, ``churn_risk``).

    Returns:
        ``{"n", "missing", "errors", "sentiment", "categories", "churn", "effort",
        "effort_signals"}``; ``missing`` counts gold rows without output, which
        are scored as predicting nothing (``neutral``, no categories, no flags).

    Raises:
        ValueError: If no gold row has an id in ``predicted_rows``.
    """
    by_id = {str(row.get("id")): row for row in predicted_rows}
    matched = [(g, by_id.get(str(g["id"]))) for g in gold_rows]
    if gold_rows and all(p is None for _, p in matched):
        raise ValueError("no predicted row matches a gold id: is this the right output file?")
    missing = sum(p is None for _, p in matched)
    errors = sum(1 for _, p in matched if p is not None and p.get("error"))
    pairs = [(g, p or {}) for g, p in matched]
    report: dict[str, Any] = {"n": len(gold_rows), "missing": missing, "errors": errors}

    scored = [(g, p) for g, p in pairs if g.get("sentiment") in SENTIMENT_LABELS]
    report["sentiment"] = sentiment_report(
        [g["sentiment"] for g, _ in scored],
        [p.get("sentiment") or "neutral" for _, p in scored],
        [str(g.get("lang")) for g, _ in scored],
    )

    labelled = [(g, p) for g, p in pairs if isinstance(g.get("categories"), list)]
    truth = [list(g["categories"]) for g, _ in labelled]
    guess = [list(p.get("categories") or []) for _, p in labelled]
    categories = categories_report(truth, guess)
    categories["by_category"] = per_category_scores(truth, guess)
    categories["by_lang"] = {}
    for lang in sorted({str(g.get("lang")) for g, _ in labelled}):
        idx = [i for i, (g, _) in enumerate(labelled) if str(g.get("lang")) == lang]
        sub = categories_report([truth[i] for i in idx], [guess[i] for i in idx])
        categories["by_lang"][lang] = {"micro_f1": sub["micro_f1"], "n": sub["n"]}
    report["categories"] = categories

    churn = [(g, p) for g, p in pairs if isinstance(g.get("churn_risk"), bool)]
    report["churn"] = _flag_scores(
        [bool(g["churn_risk"]) for g, _ in churn], [bool(p.get("churn_risk")) for _, p in churn]
    )
    effort = [(g, p) for g, p in pairs if isinstance(g.get("effort_signals"), list)]
    report["effort"] = _flag_scores(
        [bool(g["effort_signals"]) for g, _ in effort],
        [bool(p.get("effort_signals")) for _, p in effort],
    )
    report["effort_signals"] = per_category_scores(
        [list(g["effort_signals"]) for g, _ in effort],
        [list(p.get("effort_signals") or []) for _, p in effort],
    )
    aspects = [(g, p) for g, p in pairs if isinstance(g.get("aspect_sentiment"), dict)]
    report["aspects"] = aspect_scores(
        [g["aspect_sentiment"] for g, _ in aspects],
        [p.get("aspect_sentiment") or {} for _, p in aspects],
    )
    return report


def aspect_scores(
    truth: Sequence[dict[str, str]], predicted: Sequence[dict[str, str]]
) -> dict[str, float | int]:
    """Return micro precision, recall and F1 of (category, polarity) pairs.

    A pair counts when the item's predicted ``aspect_sentiment`` has the gold
    category with the gold polarity; a right category with the wrong polarity is
    both a miss and a false alarm.

    Example:
        >>> aspect_scores([{"delivery": "negative", "pricing": "positive"}],
        ...               [{"delivery": "negative", "pricing": "negative"}])["f1"]
        0.5
    """
    gold = {(i, k, v) for i, row in enumerate(truth) for k, v in row.items()}
    guess = {(i, k, v) for i, row in enumerate(predicted) for k, v in row.items()}
    tp = len(gold & guess)
    precision = tp / len(guess) if guess else 0.0
    recall = tp / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "support": len(gold),
        "flagged": len(guess),
    }


def report_markdown(report: dict[str, Any], title: str) -> str:
    """Return a check-set report as Markdown tables (headline, per language, per category)."""
    s, c = report["sentiment"], report["categories"]
    lines = [
        f"### {title}",
        "",
        f"{report['n']} items ({report['missing']} without output, {report['errors']} with errors).",
        "",
        "| measure | value |",
        "|---|---:|",
        f"| sentiment accuracy | {s['accuracy']:.3f} |",
        f"| sentiment macro-F1 (gold labels) | {s['macro_f1']:.3f} |",
        f"| category micro-F1 | {c['micro_f1']:.3f} |",
        f"| category macro-F1 | {c['macro_f1']:.3f} |",
        f"| churn precision / recall | {report['churn']['precision']:.2f} / "
        f"{report['churn']['recall']:.2f} ({report['churn']['support']} true) |",
        f"| effort precision / recall | {report['effort']['precision']:.2f} / "
        f"{report['effort']['recall']:.2f} ({report['effort']['support']} true) |",
    ]
    if "aspects" in report:
        a = report["aspects"]
        lines.append(
            f"| aspect (category, polarity) P / R / F1 | {a['precision']:.2f} / "
            f"{a['recall']:.2f} / {a['f1']:.2f} ({a['support']} gold pairs) |"
        )
    lines += [
        "",
        "| language | n | sentiment accuracy | category micro-F1 |",
        "|---|---:|---:|---:|",
    ]
    for lang, figures in sorted(s["by_lang"].items()):
        cat = c["by_lang"].get(lang, {"micro_f1": 0.0})
        lines.append(
            f"| {lang} | {figures['n']} | {figures['accuracy']:.3f} | {cat['micro_f1']:.3f} |"
        )
    lines += ["", "| category | support | precision | recall | F1 |", "|---|---:|---:|---:|---:|"]
    for label, figures in c["by_category"].items():
        lines.append(
            f"| {label} | {figures['support']} | {figures['precision']:.2f} | "
            f"{figures['recall']:.2f} | {figures['f1']:.2f} |"
        )
    if s.get("stray_predictions") or c.get("stray_predictions"):
        lines += [
            "",
            f"Stray predictions (outside the gold labels): sentiment "
            f"{s.get('stray_predictions') or {}}, categories {c.get('stray_predictions') or {}}.",
        ]
    return "\n".join(lines) + "\n"
