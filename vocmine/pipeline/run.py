"""Plain-Python composition of a whole run: ingest -> analyse -> store -> export.

The CLI calls :func:`run_pipeline`; the Prefect flow in ``flows/pipeline.py``
calls the same step functions one task each, so a run gives the same result
with or without Prefect.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import vocmine
from vocmine.analysis.analyser import Analyser
from vocmine.analysis.contact_history import apply_contact_history, customer_key
from vocmine.config import Settings
from vocmine.embeddings import (
    Embedder,
)
from vocmine.errors import ConfigError
from vocmine.followups.rules import followup_cases
from vocmine.ingest import (
    FileManifest,
    manifest_key,
    read_files,
    read_fingerprint,
    read_source,
)
from vocmine.nlp.redact import Redactor
from vocmine.pipeline.exports import export_run
from vocmine.pipeline.selection import Selection, select_for_analysis
from vocmine.pipeline.summary import complete_summary
from vocmine.registry import build_analyser, build_embedder, build_topic_stage, model_versions
from vocmine.schemas import (
    AnalysedItem,
    FeedbackItem,
    IngestResult,
    QuarantinedRow,
    RunSummary,
    content_hash,
)
from vocmine.store import Store, open_store
from vocmine.topics.stage import topic_records

logger = logging.getLogger("vocmine.pipeline.run")

ProgressCallback = Callable[[int, int], None]
T = TypeVar("T")
STORE_BATCH = 5_000
"""Insights upserted per store call."""


# --- steps -----------------------------------------------------------------
def ingest(
    settings: Settings,
    inputs: Sequence[Path] | None = None,
    store: Store | None = None,
    secrets: Callable[[str], str] | None = None,
) -> IngestResult:
    """Read the given files, or every configured source, into one result.

    Args:
        settings: The run's configuration.
        inputs: Files to read instead of the configured sources.
        store: Where watermarks, processed folder-drop files and the file
            manifests are kept; without one every source is read in full.
            With one (and ``incremental_files``), files unchanged since the
            last stored run are skipped and grown JSON Lines files are read
            from where they ended (also for ``inputs``, as source ``cli``).
        secrets: Reads a named secret, e.g. a REST source's ``token_secret``
            (the Prefect flow passes one reading Secret blocks).

    Returns:
        Every source's rows, with the watermarks and files to remember once
        the run has stored them (see :func:`advance_watermarks`).
    """
    if inputs:
        paths = [Path(p).resolve() for p in inputs]
        fingerprint = read_fingerprint({"vocmine": vocmine.__version__, "reader": "read_files"})
        return read_files(paths, manifest=file_manifest(settings, store, "cli", fingerprint))
    if not settings.sources:
        raise ConfigError("no sources configured and no --input given")
    merged = IngestResult()
    for spec in settings.resolved_sources:
        since = store.get_watermark(spec.name) if store is not None else None
        processed = (
            store.processed_files(spec.name)
            if store is not None and spec.type == "folder_drop"
            else frozenset()
        )
        manifest = None
        if spec.type in ("file", "folder_drop"):
            fingerprint = read_fingerprint(
                {"vocmine": vocmine.__version__, "spec": spec.model_dump(mode="json")}
            )
            manifest = file_manifest(settings, store, spec.name, fingerprint)
        result = read_source(
            spec, since=since, processed=processed, secrets=secrets, manifest=manifest
        )
        logger.info(
            "source %s: %d rows, %d items, %d quarantined, %d duplicates",
            spec.name,
            result.rows_in,
            len(result.items),
            len(result.quarantined),
            result.skipped_duplicates,
        )
        merged.absorb(result)
    return merged


def file_manifest(
    settings: Settings, store: Store | None, source: str, fingerprint: str
) -> FileManifest | None:
    """Return the source's file manifest as last stored (None: read every file).

    Args:
        settings: ``incremental_files`` off means no manifest.
        store: Where the manifest is kept (as the watermark ``files:<source>``).
        source: The source name (``cli`` for ad-hoc ``--input`` files).
        fingerprint: How the files are read now; a manifest made otherwise is
            ignored.
    """
    if store is None or not settings.incremental_files:
        return None
    return FileManifest.from_text(store.get_watermark(manifest_key(source)), fingerprint)


def advance_watermarks(store: Store, result: IngestResult) -> None:
    """Remember what a stored run read: source watermarks and folder-drop files.

    Call only after the run's insights are stored: a run that dies before
    this reads the same window again next time (nothing is lost, and content
    hashes keep it from being stored twice).
    """
    for source, value in result.watermarks.items():
        store.set_watermark(source, value)
    store.mark_files_processed(result.files_read)


def redact_quarantined(rows: Sequence[QuarantinedRow], redactor: Redactor) -> list[QuarantinedRow]:
    """Return quarantined rows with their excerpts redacted (they get stored)."""
    return [
        QuarantinedRow(
            source=row.source,
            location=row.location,
            reason=row.reason,
            detail=row.detail,
            raw_excerpt=redactor.redact(row.raw_excerpt).text,
        )
        for row in rows
    ]


def chunked(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """Yield consecutive chunks of at most ``size`` items."""
    for start in range(0, len(items), max(1, size)):
        yield items[start : start + size]


def analyse_chunk(
    analyser: Analyser, items: Sequence[FeedbackItem], salt: str
) -> list[AnalysedItem]:
    """Analyse one chunk and pair each item with its insight."""
    insights = analyser.analyse(items)
    return [
        AnalysedItem(
            item=item,
            insight=insight,
            content_hash=content_hash(item.text),
            customer_key=customer_key(item.customer, salt),
        )
        for item, insight in zip(items, insights, strict=True)
    ]


def new_run_id(now: datetime) -> str:
    """Return a sortable, unique run id."""
    return now.strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]


# --- the whole run ---------------------------------------------------------
def run_pipeline(
    settings: Settings,
    inputs: Sequence[Path] | None = None,
    progress: ProgressCallback | None = None,
) -> RunSummary:
    """Run ingest -> analyse -> topics -> store -> follow-ups -> export.

    A re-run reads only source files changed since the last stored run, loads
    the models only when there is something to analyse, and writes exports
    bounded by what it changed (:func:`export_run`).

    Args:
        settings: The run's configuration.
        inputs: Files to read instead of the configured sources.
        progress: Called with ``(items_done, items_total)`` after each chunk.

    Returns:
        The run summary (also stored in the runs table).
    """
    started = datetime.now(UTC)
    summary = RunSummary(run_id=new_run_id(started), started_at=started)
    with open_store(settings.resolved_store_url) as store:
        store.claim_for_run()
        store.start_run(summary)
        try:
            _run(settings, inputs, store, summary, progress)
        except BaseException:
            summary.status = "failed"
            summary.finished_at = datetime.now(UTC)
            store.finish_run(summary)
            raise
    return summary


def _run(
    settings: Settings,
    inputs: Sequence[Path] | None,
    store: Store,
    summary: RunSummary,
    progress: ProgressCallback | None,
) -> None:
    result = ingest(settings, inputs, store)
    quarantined = redact_quarantined(result.quarantined, Redactor())
    store.add_quarantined(summary.run_id, quarantined)
    selection = select_for_analysis(store, result.items)
    result.items.clear()  # the selection holds what is analysed; the rest is not needed
    todo = selection.new + selection.changed
    logger.info(
        "%d items: %d new, %d changed, %d unchanged",
        len(todo) + selection.unchanged,
        len(selection.new),
        len(selection.changed),
        selection.unchanged,
    )
    embedder: Embedder | None = None
    analyser: Analyser | None = None
    if todo:  # models load only when there is something to analyse
        embedder = build_embedder(settings, store) if settings.topics.enabled else None
        analyser = build_analyser(settings, embedder)
    analysed: list[AnalysedItem] = []
    for chunk in chunked(todo, settings.chunk_size):
        analysed.extend(analyse_chunk(analyser, chunk, settings.customer_salt))  # type: ignore[arg-type]
        if progress:
            progress(len(analysed), len(todo))
    del todo
    record_run(settings, store, summary, result, selection, analysed, analyser, embedder)
    changed = len(analysed)
    del analysed, selection, result, analyser, embedder  # free the run before the exports
    summary.exports = export_run(settings, store, summary.run_id, changed)
    summary.status = "completed"
    summary.finished_at = datetime.now(UTC)
    store.finish_run(summary)


def assign_topics(
    settings: Settings, store: Store, embedder: Embedder | None, analysed: list[AnalysedItem]
) -> Path | None:
    """Set topic ids (saved model, or a first fit); return the model folder used."""
    if embedder is None or not analysed:
        return None
    stage = build_topic_stage(settings, embedder, store)
    modeler, fitted_now = stage.assign(analysed)
    if modeler is None:
        return None
    if fitted_now:
        store.save_topics(str(stage.model_dir), topic_records(modeler))
    return stage.model_dir


def store_insights(
    settings: Settings,
    store: Store,
    summary: RunSummary,
    analysed: list[AnalysedItem],
    analyser: Analyser,
) -> int:
    """Add contact-history signals, open follow-ups, upsert insights; return cases opened.

    Cases are written before the insights on purpose: a run killed in between
    re-analyses the same items next time (they are not stored yet) and opening
    their cases again is a no-op, so no case is ever lost. In the other order a
    kill would leave stored items whose cases were never opened.

    Insights are upserted :data:`STORE_BATCH` at a time, so the rows being
    written never double the run's memory; a kill between batches leaves the
    rest unstored, to be analysed again by the next run.
    """
    apply_contact_history(analysed, store, analyser)
    cases = followup_cases(analysed, settings.followups, datetime.now(UTC))
    opened = store.upsert_followups(cases, settings.followups.reopen_on_new_contact)
    for batch in chunked(analysed, STORE_BATCH):
        store.upsert_insights(summary.run_id, batch)
    return opened


def record_run(
    settings: Settings,
    store: Store,
    summary: RunSummary,
    result: IngestResult,
    selection: Selection,
    analysed: list[AnalysedItem],
    analyser: Analyser | None,
    embedder: Embedder | None,
) -> None:
    """Topics, contact history, storing, follow-ups, watermarks and the summary's counts."""
    topic_dir = assign_topics(settings, store, embedder, analysed)
    if analyser is not None:
        summary.followups_opened = store_insights(settings, store, summary, analysed, analyser)
    advance_watermarks(store, result)
    logger.info(
        "stored %d insights and opened %d follow-up cases; writing exports",
        len(analysed),
        summary.followups_opened,
    )
    complete_summary(
        settings,
        summary,
        store,
        result,
        selection,
        analysed,
        model_versions(settings, analyser, topic_dir),
    )
