"""Measure analysis throughput (docs/s) on threads vs a local Dask cluster.

Runs only the chunked analysis (no store, topics or exports) over the sample
corpus repeated ``--repeat`` times, with each runner, inside one flow run per
setting. Wall time includes starting the cluster and loading the models on
each worker, as a real run pays them. Results go to stdout as Markdown rows.

Usage::

    python bench/bench_dask.py --repeat 3 --chunk-size 64 --workers 1 2
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from prefect import flow

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from flows.analysis import analyse_items
from flows.runners import build_task_runner
from vocmine.config import load_settings
from vocmine.pipeline import run


@flow(name="vocmine-bench-analysis")
def bench_analysis_flow(
    config: str | None, repeat: int, chunk_size: int, kind: str, workers: int
) -> dict[str, float]:
    """Analyse the configured sources ``repeat`` times over; return the timing."""
    settings = load_settings(config).model_copy(update={"chunk_size": chunk_size})
    items = run.ingest(settings).items * repeat
    runner = build_task_runner(kind, workers)
    started = time.perf_counter()
    analysed = analyse_items(runner, settings, items, {}, max_in_flight=2 * workers, cache=False)
    seconds = time.perf_counter() - started
    return {"docs": len(analysed), "seconds": seconds, "docs_per_s": len(analysed) / seconds}


def main(argv: list[str] | None = None) -> None:
    """Command line: print one Markdown row per runner setting."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", default=None)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--chunk-size", type=int, default=64)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--runners", nargs="+", default=["thread", "dask"])
    args = parser.parse_args(argv)
    print("| runner | workers | docs | wall s | docs/s |")
    print("|---|---|---|---|---|")
    for kind in args.runners:
        for workers in args.workers if kind == "dask" else [1]:
            result = bench_analysis_flow(args.config, args.repeat, args.chunk_size, kind, workers)
            print(
                f"| {kind} | {workers} | {result['docs']} | {result['seconds']:.1f} "
                f"| {result['docs_per_s']:.1f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
