"""Benchmark: sentiment + categories + signals per item, as the analyser runs them.

Issue 11's target "sentiment + categories (embeddings excluded) >= 1,000 items/s", in
detail: the sentiment of each document and of each of its clauses, the categories of
both, and the effort and churn signals, chunk by chunk as a run does; then each part
alone over the whole batch. The corpus is the mixed one of ``bench_pipeline.py``
(built at bench time from ../shared/data, never committed); redaction, language id and
sentence splitting run first and are not timed. ``--whole`` adds the whole analysis
stage (``Analyser.analyse``: redaction, the customer's own text, language id, sentences,
sentiment with the closing verdict, categories, signals, review marks) on the raw items,
timed on a second pass so that lazy loading is left out. ``--stages`` (with ``--whole``)
adds a third pass with a timer around each stage of the analyser, and reports each
stage's own seconds (a stage called inside another counts for itself only), so two
checkouts can be compared stage by stage.

``--repo`` measures another checkout with this same script (it uses only long-standing
APIs), so a before/after comparison runs identical code around the stages::

    git worktree add /tmp/before e4b1dfd
    .venv/bin/python bench/bench_analysis_core.py --items 10000 --repo /tmp/before
    .venv/bin/python bench/bench_analysis_core.py --items 10000
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHUNK = 256


_STAGES = {
    # label: (path of the object from the analyser, method name)
    "redaction": ("redactor", "redact"),
    "language id": ("detector", "detect_many"),
    "sentences and clauses": ("", "clauses"),
    "sentiment": ("sentiment", "predict_proba"),
    "verdict head": ("verdict", "predict_proba"),
    "closing verdict": ("", "_closing_cues"),
    "categories": ("categoriser", "score_documents"),
    "learned categories": ("learned", "score"),
    "effort and churn rules": ("signals", "effort_signals"),
    "signal evidence": ("signals", "evidence"),
    "quoted reasons": ("signals", "reasons"),
    "churn head": ("", "_apply_churn_head"),
    "severity": ("", "severity_of"),
}
_MODULE_STAGES = {"customer's own text": "customer_text", "review marks": "mark_for_review"}


class _Proxy:
    """Stands in for an object whose methods cannot be replaced (a compiled class)."""

    def __init__(self, wrapped: object) -> None:
        self._wrapped = wrapped

    def __getattr__(self, name: str) -> object:
        return getattr(self._wrapped, name)


def install_stage_timers(analyser: object) -> dict[str, float]:
    """Wrap each stage the analyser has with a timer; return the live ``{stage: seconds}``.

    Seconds are exclusive: time spent in a stage called from another stage counts
    for the inner stage only. Stages an older checkout lacks are left out.
    """
    import vocmine.analysis.analyser as module

    seconds: dict[str, float] = {}
    inner: list[float] = []  # per active stage: seconds spent in stages it called

    def wrap(label: str, func: Callable[..., object]) -> Callable[..., object]:
        def timed_stage(*args: object, **kwargs: object) -> object:
            inner.append(0.0)
            began = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                spent = time.perf_counter() - began
                own = spent - inner.pop()
                seconds[label] = seconds.get(label, 0.0) + own
                if inner:
                    inner[-1] += spent

        return timed_stage

    for label, (path, name) in _STAGES.items():
        owner = getattr(analyser, path, None) if path else analyser
        if owner is None or not hasattr(owner, name):
            continue
        try:
            setattr(owner, name, wrap(label, getattr(owner, name)))
        except AttributeError:  # a compiled class: put a proxy in its place
            proxy = _Proxy(owner)
            setattr(proxy, name, wrap(label, getattr(owner, name)))
            setattr(analyser, path, proxy)
    for label, name in _MODULE_STAGES.items():
        if hasattr(module, name):
            setattr(module, name, wrap(label, getattr(module, name)))
    return seconds


def timed(label: str, n_items: int, func: Callable[[], object]) -> dict:
    """Run ``func`` once from cold caches; return its wall and CPU seconds and items per second."""
    from vocmine.categorise.lexicon import clear_fold_cache

    clear_fold_cache()
    began, cpu = time.perf_counter(), time.process_time()
    func()
    wall, cpu = time.perf_counter() - began, time.process_time() - cpu
    row = {"part": label, "seconds": round(wall, 2), "cpu_seconds": round(cpu, 2)}
    row["items_per_s"] = round(n_items / wall)
    print(f"{label}: {wall:.2f} s wall, {cpu:.2f} s CPU, {row['items_per_s']} items/s", flush=True)
    return row


def main() -> None:
    """Build the corpus, prepare clauses, time the combined work and each part."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10000)
    parser.add_argument("--repo", type=Path, default=REPO, help="Checkout to measure.")
    parser.add_argument("--data-dir", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument(
        "--whole",
        action="store_true",
        help="Also time Analyser.analyse on the raw items (redaction to review marks), in "
        "chunks, on a second pass, after a first that loads what loads on first use.",
    )
    parser.add_argument(
        "--stages",
        action="store_true",
        help="With --whole: a third pass with a timer around each stage of the analyser.",
    )
    args = parser.parse_args()
    sys.path[:0] = [str(args.repo / "bench"), str(args.repo)]
    from bench_pipeline import build_corpus

    from vocmine.analysis.analyser import contrast_clauses
    from vocmine.config import load_settings
    from vocmine.registry import build_analyser

    try:  # the customer's own text (issue 19); an older checkout has none
        from vocmine.nlp.customer_text import customer_text
    except ImportError:
        customer_text = None

    analyser = build_analyser(load_settings(None, topics={"embedder": "static"}), None)
    texts = [
        analyser.redactor.redact(r["text"]).text for r in build_corpus(args.data_dir, args.items)
    ]
    langs = [g.lang for g in analyser.detector.detect_many(texts)]
    clauses = [
        [clause for sentence in sentences for clause in contrast_clauses(sentence, lang)]
        for sentences, lang in zip(analyser.nlp.sentences_many(texts, langs), langs, strict=True)
    ]
    flat = [c for group in clauses for c in group]
    flat_langs = [lang for lang, group in zip(langs, clauses, strict=True) for _ in group]
    analyser.sentiment.predict_proba(texts[:16], langs[:16])  # warm up lazy state
    analyser.categoriser.score(texts[:16], langs[:16])
    n = len(texts)

    def as_the_analyser_does() -> None:
        for start in range(0, n, CHUNK):
            part, part_langs = texts[start : start + CHUNK], langs[start : start + CHUNK]
            if customer_text is not None:
                part = [customer_text(text) for text in part]
            part_clauses = clauses[start : start + CHUNK]
            sentences = [c for group in part_clauses for c in group]
            sentence_langs = [
                lang for lang, group in zip(part_langs, part_clauses, strict=True) for _ in group
            ]
            analyser.sentiment.predict_proba(part + sentences, part_langs + sentence_langs)
            analyser.categoriser.score_documents(part, part_langs, part_clauses)
            for text, lang in zip(part, part_langs, strict=True):
                analyser.signals.effort_signals(text, lang)
                analyser.signals.churn_risk(text, lang)

    def signals() -> None:
        for text, lang in zip(texts, langs, strict=True):
            analyser.signals.effort_signals(text, lang)
            analyser.signals.churn_risk(text, lang)

    rows = [
        timed("all three, chunked as the analyser runs them", n, as_the_analyser_does),
        timed(
            "sentiment, documents + clauses",
            n,
            lambda: analyser.sentiment.predict_proba(texts + flat, langs + flat_langs),
        ),
        timed(
            "categories, documents + clauses",
            n,
            lambda: analyser.categoriser.score_documents(texts, langs, clauses),
        ),
        timed("effort + churn signals", n, signals),
    ]
    if customer_text is not None:
        rows.append(timed("customer's own text", n, lambda: [customer_text(t) for t in texts]))
    if args.whole:
        from vocmine.schemas import FeedbackItem

        items = [
            FeedbackItem(source="bench", external_id=str(k), text=r["text"], channel=r["channel"])
            for k, r in enumerate(build_corpus(args.data_dir, args.items))
        ]

        def whole() -> None:
            for start in range(0, len(items), CHUNK):
                analyser.analyse(items[start : start + CHUNK])

        whole()  # first pass: what the analyser and its libraries load or cache on first use
        rows.append(timed("whole analysis (Analyser.analyse), second pass", n, whole))
        if args.stages:
            seconds = install_stage_timers(analyser)
            row = timed("whole analysis with stage timers, third pass", n, whole)
            row["stages"] = {k: round(v, 3) for k, v in seconds.items()}
            row["stages"]["rest"] = round(row["seconds"] - sum(seconds.values()), 3)
            print(json.dumps(row["stages"]), flush=True)
            rows.append(row)
    commit = subprocess.run(
        ["git", "-C", str(args.repo), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    print(json.dumps({"commit": commit, "items": n, "clauses": len(flat), "parts": rows}))


if __name__ == "__main__":
    main()
