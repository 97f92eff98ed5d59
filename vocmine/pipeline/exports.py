"""Export use cases: the run's bounded exports and on-demand exports of the store."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from vocmine.config import Settings
from vocmine.export import filter_insights, insights_table, write_exports
from vocmine.export.incremental import (
    DATASET_DIR,
    ExportState,
    recent_insights,
    runs_to_catch_up,
    write_run_partitions,
)
from vocmine.followups.routing import department_root_causes
from vocmine.followups.rules import FollowupRules
from vocmine.followups.workflow import followup_loop_metrics
from vocmine.protocols import ProgressCallback
from vocmine.store import Store
from vocmine.topics.trends import EmergingCriteria


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
    emerging: EmergingCriteria | None = None,
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
        emerging: When a topic is emerging (``settings.topics.emerging_criteria()``;
            default :class:`~vocmine.topics.trends.EmergingCriteria`).
    """
    topics = store.read_topics()
    insights = store.read_insights()
    table = filter_insights(
        insights_table(insights, topics, store.current_corrections()),
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
        emerging=emerging,
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
    table = insights_table(insights, topics, store.current_corrections())
    paths = write_run_partitions(table, out_dir)  # this run's, and any a killed run left out
    if full_missing or changed >= options.full_share * len(table):
        paths.update(write_exports(table, [], out_dir, formats=["csv", "parquet"]))
    state.caught_up_to = run_id
    del table
    if not rebuild:
        state.write(out_dir)
        return paths
    written, covered = write_window_exports(
        settings, store, out_dir, now, f"run {run_id}", insights=insights
    )
    paths.update(written)
    built = ExportState(now.isoformat(), run_id, covered, 0, caught_up_to=run_id)
    built.write(out_dir)
    return paths


def write_window_exports(
    settings: Settings,
    store: Store,
    out_dir: Path,
    now: datetime,
    built_by: str,
    insights: pd.DataFrame | None = None,
) -> tuple[dict[str, str], int]:
    """Write ``insights.xlsx`` and ``report.html`` over the export window of the store.

    Args:
        settings: ``exports`` (window, row cap), ``followups``, ``topics``.
        store: The insights store.
        out_dir: The export folder.
        now: The reference time of the report.
        built_by: What built them, for the ``about`` sheet (``run <id>``, ``erasure <id>``).
        insights: ``store.read_insights()`` when the caller has it already.

    Returns:
        ``{kind: path}`` of the two files, and how many items they cover.
    """
    options = settings.exports
    topics = store.read_topics()
    insights = store.read_insights() if insights is None else insights
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
        ("built", f"{now:%Y-%m-%d %H:%M} UTC by {built_by}"),
        ("full table", f"{DATASET_DIR}/ (one partition per run) or `vocmine export`"),
    ]
    paths = write_exports(
        insights_table(recent, topics, store.current_corrections()),
        cases,
        out_dir,
        topics=topics,
        formats=["xlsx", "html"],
        now=now,
        extra_sheets=followup_sheets(store, recent, cases, settings.followups),
        insights_sheet_rows=options.xlsx_max_rows,
        notes=notes,
        emerging=settings.topics.emerging_criteria(),
    )
    return paths, len(recent)
