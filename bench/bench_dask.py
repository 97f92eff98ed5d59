"""Measure analysis throughput (items/s) on threads and on a real Dask cluster.

The corpus is built at bench time from the visible texts in ../shared/data
(``bench_pipeline.build_corpus``: distinct real reviews, tweets, chats and
tickets in 6 languages; never committed). Only the chunked analysis is timed
(language, PII redaction, sentiment, categories, signals), inside one flow
run per setting, with the chunk cache off:

* ``thread``: the flow's thread runner, one thread (native libraries free
  to use every core);
* ``dask N``: a scheduler and N worker processes of one task thread each,
  started with ``make dask-scheduler`` / ``make dask-worker`` on loopback
  (:mod:`bench.dask_cluster`); the flow connects through ``dask_address``.
  Starting the processes is not timed.

Each setting is run twice on the same runner: ``cold`` (the first run: the
worker plugin, or the first chunk on threads, loads and warms the models
within the timed part) and ``warm`` (a second run: the models are already
loaded, as on a long-lived cluster that served the previous night). With
``--runs warm`` alone, the models are loaded untimed before the one run.

Results are printed as Markdown rows (and JSON with ``--json``).

Usage::

    .venv/bin/python bench/bench_dask.py --embedder static --items 10000 --workers 1 2 --native-threads 1
    .venv/bin/python bench/bench_dask.py --items 2000 --workers 1 2 --native-threads 1 --runs warm
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from distributed import Client  # noqa: E402
from prefect import flow  # noqa: E402
from prefect.testing.utilities import prefect_test_harness  # noqa: E402

from bench.bench_pipeline import build_corpus  # noqa: E402
from bench.dask_cluster import local_dask_cluster  # noqa: E402
from flows.analysis import analyse_items, analyser_for  # noqa: E402
from flows.dask_workers import prepare_cluster  # noqa: E402
from flows.runners import build_task_runner  # noqa: E402
from vocmine.config import Settings, load_settings  # noqa: E402
from vocmine.schemas import FeedbackItem  # noqa: E402


def corpus_items(data_dir: Path, size: int) -> list[FeedbackItem]:
    """Return ``size`` distinct-id items drawn from the visible sets under ``data_dir``."""
    return [
        FeedbackItem(
            source="bench",
            external_id=row["id"],
            text=row["text"],
            channel=row["channel"],
            created_at=datetime.fromisoformat(row["created_at"]),
        )
        for row in build_corpus(data_dir, size)
    ]


@flow(name="vocmine-bench-analysis")
def bench_analysis_flow(
    config: str | None,
    embedder: str | None,
    data_dir: str,
    size: int,
    kind: str,
    workers: int,
    dask_address: str | None,
    native_threads: int | None,
) -> dict[str, float]:
    """Analyse ``size`` corpus items on one runner setting; return the timing.

    The items are built here, not passed in: flow-run parameters are stored
    on the Prefect server.
    """
    settings = bench_settings(config, embedder)
    items = corpus_items(Path(data_dir), size)
    runner = build_task_runner(kind, workers, dask_address, native_threads)
    started = time.perf_counter()
    analysed = analyse_items(runner, settings, items, {}, cache=False)
    seconds = time.perf_counter() - started
    return {"items": len(analysed), "seconds": seconds, "items_per_s": len(analysed) / seconds}


def bench_settings(config: str | None, embedder: str | None) -> Settings:
    """The settings of ``config`` (default: the checkout's), with ``embedder`` if given."""
    settings = load_settings(config)
    if embedder:
        topics = settings.topics.model_copy(update={"embedder": embedder})
        settings = settings.model_copy(update={"topics": topics})
    return settings


def load_models_untimed(
    config: str | None, embedder: str | None, address: str | None, threads: int | None
) -> None:
    """Load the models where the runs will use them: on the cluster's workers, or here."""
    settings = bench_settings(config, embedder)
    if address is None:
        analyser_for(settings)
        return
    with Client(address) as client:
        prepare_cluster(client, settings, threads)


def main(argv: list[str] | None = None) -> None:
    """Command line: one Markdown row per runner setting."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--config", default=None, help="vocmine.yaml (default: the checkout's)")
    parser.add_argument(
        "--embedder",
        default=None,
        help="topics.embedder for the run (static: the fast configuration; default: the config's)",
    )
    parser.add_argument("--data-dir", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--runners", nargs="+", default=["thread", "dask"])
    parser.add_argument(
        "--native-threads",
        type=int,
        default=None,
        help="native threads per Dask worker (default: the machine's cores / workers)",
    )
    parser.add_argument(
        "--runs",
        nargs="+",
        choices=["cold", "warm"],
        default=["cold", "warm"],
        help="warm alone: the models are loaded untimed before the run",
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the rows here")
    args = parser.parse_args(argv)
    data_dir = str(args.data_dir)
    rows = []
    print("| runner | workers | native threads / worker | run | items | wall s | items/s |")
    print("|---|---|---|---|---|---|---|")

    def measure(kind: str, workers: int, address: str | None) -> None:
        """The runs asked for on one runner: cold (models loaded in the run), then warm."""
        threads = "all cores" if kind == "thread" else str(args.native_threads or "core share")
        if "cold" not in args.runs:
            load_models_untimed(args.config, args.embedder, address, args.native_threads)
        for label in args.runs:
            result = bench_analysis_flow(
                args.config,
                args.embedder,
                data_dir,
                args.items,
                kind,
                workers,
                address,
                args.native_threads,
            )
            rows.append(
                {"runner": kind, "workers": workers, "native_threads": threads, "run": label}
                | result
            )
            print(
                f"| {kind} | {workers} | {threads} | {label} | {result['items']:.0f} "
                f"| {result['seconds']:.1f} | {result['items_per_s']:.1f} |",
                flush=True,
            )

    # one real (temporary) Prefect server for every run: the flow and the
    # workers' task runs report to it (without one, each Dask worker process
    # would start an ephemeral server of its own)
    with prefect_test_harness(server_startup_timeout=120):
        for kind in args.runners:
            for workers in args.workers if kind == "dask" else [1]:
                if kind == "dask":
                    with (
                        tempfile.TemporaryDirectory() as logs,
                        local_dask_cluster(workers, Path(logs)) as address,
                    ):
                        measure(kind, workers, address)
                else:
                    measure(kind, workers, None)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
