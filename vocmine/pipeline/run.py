"""THE run sequence: read -> select -> analyse -> topics -> store -> export, written once.

:func:`run_pipeline` fixes what every run does and in which order: it takes
the store's run lock, records the run, calls the steps, keeps the ordering
invariants (follow-up cases before insights, watermarks only after the
insights are stored, exports last), marks a failed run ``failed`` and fills
the summary. *How* each step is carried out is a :class:`Steps` object:
:class:`LocalSteps` calls the step functions below directly (``vocmine
run``); the Prefect flow (``flows/pipeline.py``) passes the same functions
wrapped as tasks. So a run gives the same result with or without Prefect.
"""

from __future__ import annotations

import logging
import resource
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar, runtime_checkable

import vocmine
from vocmine.analysis.analyser import Analyser
from vocmine.analysis.contact_history import apply_contact_history
from vocmine.analysis.pseudonyms import Pseudonymiser
from vocmine.config import Settings
from vocmine.embeddings import Embedder
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
from vocmine.pipeline.pseudonym_key import SecretReader, pseudonymiser_for, rekey_store
from vocmine.pipeline.retention import purge_expired, split_expired
from vocmine.pipeline.selection import Selection, select_for_analysis
from vocmine.pipeline.summary import complete_summary
from vocmine.protocols import ProgressCallback
from vocmine.registry import (
    build_analyser,
    build_embedder,
    build_redactor,
    build_topic_stage,
    model_versions,
)
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

T = TypeVar("T")
STORE_BATCH = 5_000
"""Insights upserted per store call."""
FAILED_NOTE = "vocmine run {run_id} failed while {step}"
"""Note added to an error that ends a run (read by the Prefect flow's failure message)."""


RUN_BUSY_WAIT_SECONDS = 15.0
"""How long a run tries again to open a DuckDB file another process holds.

The workspace app holds the file for one request at a time (milliseconds),
so a nightly run that starts during a request waits for it; another run
holds it for its whole length, and this run then stops with a message."""


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


def analyse_chunk(analyser: Analyser, items: Sequence[FeedbackItem]) -> list[AnalysedItem]:
    """Analyse one chunk and pair each item with its insight (customer keys come later).

    The pseudonym key never reaches the chunks (nor a Prefect task or a Dask
    worker): :func:`with_customer_keys` sets the keys in the run's process.
    """
    insights = analyser.analyse(items)
    return [
        AnalysedItem(item=item, insight=insight, content_hash=content_hash(item.text))
        for item, insight in zip(items, insights, strict=True)
    ]


def with_customer_keys(
    analysed: list[AnalysedItem], pseudonymiser: Pseudonymiser
) -> list[AnalysedItem]:
    """Set each item's keyed customer pseudonym (in place); return the same list."""
    for entry in analysed:
        entry.customer_key = pseudonymiser.customer_key(entry.item.customer)
    return analysed


@dataclass(slots=True)
class Models:
    """The run's models, loaded only when a run has something to analyse.

    Attributes:
        analyser: Analyses items (language, sentiment, categories, signals).
        embedder: Embeds texts for the topic stage; None with topics off.
    """

    analyser: Analyser
    embedder: Embedder | None = None


def load_models(settings: Settings, store: Store) -> Models:
    """Build the embedder (with topics on; its cache is kept in ``store``) and the analyser."""
    embedder = build_embedder(settings, store) if settings.topics.enabled else None
    return Models(analyser=build_analyser(settings, embedder, store), embedder=embedder)


def analyse_in_chunks(
    analyser: Analyser,
    items: Sequence[FeedbackItem],
    settings: Settings,
    progress: ProgressCallback | None = None,
) -> list[AnalysedItem]:
    """Analyse ``items`` in chunks of ``settings.chunk_size``; report progress after each."""
    analysed: list[AnalysedItem] = []
    for chunk in chunked(items, settings.chunk_size):
        analysed.extend(analyse_chunk(analyser, chunk))
        if progress:
            progress(len(analysed), len(items))
    return analysed


def new_run_id(now: datetime) -> str:
    """Return a sortable, unique run id."""
    return now.strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]


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


def add_contact_history(
    store: Store, analyser: Analyser, analysed: Sequence[AnalysedItem]
) -> list[AnalysedItem]:
    """Read the customers' stored contacts and add repeat-contact and channel-switch signals.

    The store read is here; the rule is :func:`apply_contact_history` (pure).
    """
    contacts = store.customer_contacts([a.customer_key for a in analysed if a.customer_key])
    return apply_contact_history(analysed, contacts, analyser.severity_of)


def open_followups(settings: Settings, store: Store, analysed: Sequence[AnalysedItem]) -> int:
    """Open (or update) the follow-up cases the analysed items call for; return cases opened.

    Idempotent: opening the same items' cases again changes nothing.
    """
    cases = followup_cases(analysed, settings.followups, datetime.now(UTC))
    return store.upsert_followups(cases, settings.followups.reopen_on_new_contact)


def store_insights(store: Store, run_id: str, analysed: Sequence[AnalysedItem]) -> None:
    """Upsert the run's insights, :data:`STORE_BATCH` at a time.

    Batches keep the rows being written from doubling the run's memory; a
    kill between batches leaves the rest unstored, to be analysed again by
    the next run. Idempotent (keyed by item id).
    """
    for batch in chunked(analysed, STORE_BATCH):
        store.upsert_insights(run_id, batch)


# --- how the steps are carried out -------------------------------------------
@runtime_checkable
class Steps(Protocol):
    """How each step of a run is carried out; :func:`run_pipeline` decides when.

    An implementation does one step per method and nothing else (it never
    calls another step, never opens or locks the store). Steps that write the
    store are idempotent, so an implementation may retry them.
    """

    def read_sources(
        self, settings: Settings, inputs: Sequence[Path] | None, store: Store
    ) -> IngestResult:
        """Read ``inputs`` or every configured source since its watermark (see :func:`ingest`)."""
        ...

    def select(self, store: Store, items: Sequence[FeedbackItem]) -> Selection:
        """Split items into new, changed and unchanged against the store."""
        ...

    def load_models(self, settings: Settings, store: Store) -> Models:
        """Build the run's models (called only when there is something to analyse)."""
        ...

    def analyse(
        self,
        settings: Settings,
        models: Models,
        items: list[FeedbackItem],
        progress: ProgressCallback | None,
    ) -> list[AnalysedItem]:
        """Analyse the items in chunks of ``settings.chunk_size``; return them in order."""
        ...

    def assign_topics(
        self,
        settings: Settings,
        store: Store,
        models: Models | None,
        analysed: list[AnalysedItem],
    ) -> Path | None:
        """Set topic ids (saved model, or a first fit); return the topic model folder used."""
        ...

    def add_contact_history(
        self, store: Store, models: Models, analysed: list[AnalysedItem]
    ) -> list[AnalysedItem]:
        """Return the items with the contact-history signals (see :func:`add_contact_history`)."""
        ...

    def open_followups(self, settings: Settings, store: Store, analysed: list[AnalysedItem]) -> int:
        """Open the items' follow-up cases; return how many were opened."""
        ...

    def store_insights(self, store: Store, run_id: str, analysed: list[AnalysedItem]) -> None:
        """Upsert the run's insights."""
        ...

    def advance_watermarks(self, store: Store, result: IngestResult) -> None:
        """Remember what the run read (source watermarks, processed files)."""
        ...

    def write_exports(
        self, settings: Settings, store: Store, run_id: str, changed: int
    ) -> dict[str, str]:
        """Write the run's exports; return ``kind -> path`` (empty: none written)."""
        ...


class LocalSteps:
    """Each step called directly, in this process (``vocmine run``)."""

    def read_sources(
        self, settings: Settings, inputs: Sequence[Path] | None, store: Store
    ) -> IngestResult:
        """Read ``inputs`` or every configured source (see :func:`ingest`)."""
        return ingest(settings, inputs, store)

    def select(self, store: Store, items: Sequence[FeedbackItem]) -> Selection:
        """Split items into new, changed and unchanged (see :func:`select_for_analysis`)."""
        return select_for_analysis(store, items)

    def load_models(self, settings: Settings, store: Store) -> Models:
        """Build the run's models (see :func:`load_models`)."""
        return load_models(settings, store)

    def analyse(
        self,
        settings: Settings,
        models: Models,
        items: list[FeedbackItem],
        progress: ProgressCallback | None,
    ) -> list[AnalysedItem]:
        """Analyse the items chunk by chunk (see :func:`analyse_in_chunks`)."""
        return analyse_in_chunks(models.analyser, items, settings, progress)

    def assign_topics(
        self,
        settings: Settings,
        store: Store,
        models: Models | None,
        analysed: list[AnalysedItem],
    ) -> Path | None:
        """Set topic ids (see :func:`assign_topics`)."""
        return assign_topics(settings, store, models.embedder if models else None, analysed)

    def add_contact_history(
        self, store: Store, models: Models, analysed: list[AnalysedItem]
    ) -> list[AnalysedItem]:
        """Add the contact-history signals (see :func:`add_contact_history`)."""
        return add_contact_history(store, models.analyser, analysed)

    def open_followups(self, settings: Settings, store: Store, analysed: list[AnalysedItem]) -> int:
        """Open the follow-up cases (see :func:`open_followups`)."""
        return open_followups(settings, store, analysed)

    def store_insights(self, store: Store, run_id: str, analysed: list[AnalysedItem]) -> None:
        """Upsert the insights (see :func:`store_insights`)."""
        store_insights(store, run_id, analysed)

    def advance_watermarks(self, store: Store, result: IngestResult) -> None:
        """Remember what the run read (see :func:`advance_watermarks`)."""
        advance_watermarks(store, result)

    def write_exports(
        self, settings: Settings, store: Store, run_id: str, changed: int
    ) -> dict[str, str]:
        """Write the exports the run calls for (see :func:`vocmine.pipeline.exports.export_run`)."""
        return export_run(settings, store, run_id, changed)


# --- the whole run -----------------------------------------------------------
@dataclass(slots=True)
class _Where:
    """The step a run is in (for the note on the error that ends it) and what each step took."""

    step: str = "opening the store"
    items: int | None = None
    since: float = field(default_factory=time.perf_counter)
    stages: list[dict[str, Any]] = field(default_factory=list)

    def enter(self, step: str, items: int | None = None) -> None:
        """Close the current step's timing and start ``step`` (on ``items`` items, if known)."""
        self.close()
        self.step, self.items, self.since = step, items, time.perf_counter()

    def close(self) -> None:
        """Record the current step's seconds and items (a step is recorded once)."""
        seconds = time.perf_counter() - self.since
        self.stages.append({"stage": self.step, "seconds": round(seconds, 3), "items": self.items})
        self.since = time.perf_counter()


def peak_rss_mb() -> float:
    """Return the peak resident memory of this process so far, in MB (Linux: ru_maxrss in KB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run_pipeline(
    settings: Settings,
    inputs: Sequence[Path] | None = None,
    steps: Steps | None = None,
    progress: ProgressCallback | None = None,
    secrets: SecretReader | None = None,
) -> RunSummary:
    """Run read -> select -> analyse -> topics -> store -> export: THE sequence of a run.

    The run first takes the store's run lock (:meth:`Store.claim_for_run`,
    which also marks runs left ``running`` by a killed process
    ``interrupted``) and records itself as ``running``. An error in any step
    marks it ``failed`` and is raised again with a note naming the step
    (:data:`FAILED_NOTE`). A re-run reads only source files changed since the
    last stored run, loads the models only when there is something to
    analyse, and writes exports bounded by what it changed.

    Ordering invariants, kept here and nowhere else:

    * follow-up cases are written before the insights: a run killed in
      between re-analyses the same items next time (they are not stored yet)
      and opening their cases again is a no-op, so no case is ever lost;
    * watermarks and processed files advance only after the insights are
      stored: a run that dies before reads the same window again (content
      hashes keep anything from being stored twice);
    * exports come last, from what is stored.

    Args:
        settings: The run's configuration.
        inputs: Files to read instead of the configured sources.
        steps: How the steps are carried out; default :class:`LocalSteps`.
        progress: Called with ``(items_done, items_total)`` as items are analysed.
        secrets: Reads a named secret (the Prefect flow passes one reading
            Secret blocks): the pseudonym key's ``pseudonym_key_secret``.

    Returns:
        The run summary (also stored in the runs table).

    Raises:
        StoreError: Another run holds the store (nothing was done).
    """
    steps = steps if steps is not None else LocalSteps()
    started = datetime.now(UTC)
    summary = RunSummary(run_id=new_run_id(started), started_at=started)
    where = _Where()
    try:
        with open_store(
            settings.resolved_store_url,
            auto_upgrade=settings.store_auto_upgrade,
            busy_wait_seconds=RUN_BUSY_WAIT_SECONDS,
        ) as store:
            store.claim_for_run()
            store.start_run(summary)
            try:
                changed = _analyse_and_store(
                    settings, inputs, steps, store, summary, progress, where, secrets
                )
                where.enter("writing the exports", changed)
                summary.exports = steps.write_exports(settings, store, summary.run_id, changed)
                summary.status = "completed"
                _finish(summary, where)
                store.finish_run(summary)
            except BaseException:
                summary.status = "failed"
                _finish(summary, where)
                store.finish_run(summary)
                raise
    except BaseException as error:
        error.add_note(FAILED_NOTE.format(run_id=summary.run_id, step=where.step))
        raise
    return summary


def _finish(summary: RunSummary, where: _Where) -> None:
    """Stamp the end of a run: its time, what each step took, the peak memory."""
    where.close()
    summary.finished_at = datetime.now(UTC)
    summary.stages = list(where.stages)
    summary.peak_rss_mb = peak_rss_mb()


def _analyse_and_store(
    settings: Settings,
    inputs: Sequence[Path] | None,
    steps: Steps,
    store: Store,
    summary: RunSummary,
    progress: ProgressCallback | None,
    where: _Where,
    secrets: SecretReader | None,
) -> int:
    """Every step up to the exports; fill the summary; return how many items changed.

    Its own function so the run's items and models are freed before the exports.
    """
    where.enter("reading the pseudonym key")
    pseudonyms = pseudonymiser_for(settings, store, secrets)
    if store.has_legacy_customer_keys():
        moved = rekey_store(store, pseudonyms)
        logger.warning(
            "moved %d customers' keys and %d case ids to keyed pseudonyms",
            moved["customers"],
            moved["cases"],
        )
    where.enter("purging expired items")
    summary.purged_rows = purge_expired(settings, store, summary.started_at)
    summary.purged = summary.purged_rows.get("insights", 0)
    where.enter("reading the sources")
    result = steps.read_sources(settings, inputs, store)
    where.items = result.rows_in
    fresh, summary.expired = split_expired(result.items, settings, summary.started_at)
    result.items[:] = fresh
    store.add_quarantined(
        summary.run_id, redact_quarantined(result.quarantined, build_redactor(settings))
    )
    where.enter("selecting new and changed items", len(result.items))
    selection = steps.select(store, result.items)
    result.items.clear()  # the selection holds what is analysed; the rest is not needed
    todo = selection.new + selection.changed
    logger.info(
        "%d items: %d new, %d changed, %d unchanged",
        len(todo) + selection.unchanged,
        len(selection.new),
        len(selection.changed),
        selection.unchanged,
    )
    models: Models | None = None
    analysed: list[AnalysedItem] = []
    if todo:  # models load only when there is something to analyse
        where.enter("loading the models")
        models = steps.load_models(settings, store)
        where.enter("analysing the items", len(todo))
        analysed = with_customer_keys(steps.analyse(settings, models, todo, progress), pseudonyms)
    del todo
    where.enter("assigning topics", len(analysed))
    topic_dir = steps.assign_topics(settings, store, models, analysed)
    if models is not None:
        where.enter("adding contact history", len(analysed))
        analysed = steps.add_contact_history(store, models, analysed)
    where.enter("storing insights and follow-ups", len(analysed))
    if models is not None:
        summary.followups_opened = steps.open_followups(settings, store, analysed)  # cases first
        steps.store_insights(store, summary.run_id, analysed)
    steps.advance_watermarks(store, result)  # only once the insights are stored
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
        model_versions(settings, models.analyser if models else None, topic_dir),
    )
    return len(analysed)
