"""Insight tables for analysts: CSV, Parquet, XLSX with summary sheets, and the HTML report.

Only redacted text is exported; the customer appears as a pseudonymous key.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from vocmine.errors import ConfigError
from vocmine.export.drivers import ScoreScale, score_drivers
from vocmine.export.report_html import render_report
from vocmine.export.safe_cells import write_safe_csv
from vocmine.export.trends import (
    effort_signal_counts,
    emerging_topics_view,
    weekly_topic_shares,
    weekly_trends,
)
from vocmine.export.xlsx import write_workbook
from vocmine.followups.sla import followups_table, sla_summary
from vocmine.protocols import ProgressCallback
from vocmine.topics.trends import EmergingCriteria

logger = logging.getLogger("vocmine.export")

EXPORT_COLUMNS: tuple[str, ...] = (
    "id",
    "external_id",
    "source",
    "channel",
    "created_at",
    "run_id",
    "lang",
    "sentiment",
    "sentiment_score",
    "sentiment_probabilities",
    "categories",
    "category_scores",
    "aspect_sentiment",
    "effort",
    "effort_signals",
    "effort_probability",
    "churn_risk",
    "signal_reasons",
    "churn_probability",
    "severity",
    "needs_review",
    "review_reasons",
    "topic_id",
    "topic_label",
    "rating",
    "customer_key",
    "pii",
    "text_redacted",
    "sentences",
    "error",
    "model_sentiment",
    "model_categories",
    "model_churn_risk",
    "model_effort",
    "corrected_fields",
)
"""Columns of ``insights.*``: the analyse contract's names plus provenance.

``sentiment``, ``categories``, ``churn_risk`` and ``effort`` are the labels
that count: an analyst's correction where there is one (the workspace),
else the model's. ``model_*`` always hold the model's labels, and
``corrected_fields`` names the corrected ones."""

CORRECTED_COLUMNS: tuple[str, ...] = ("sentiment", "categories", "churn_risk", "effort")
"""Labels a correction replaces in the export (the model's stay in ``model_<name>``)."""

LIST_COLUMNS = (
    "categories",
    "effort_signals",
    "pii",
    "review_reasons",
    "model_categories",
    "corrected_fields",
)
JSON_EXPORT_COLUMNS = (
    "sentiment_probabilities",
    "category_scores",
    "aspect_sentiment",
    "signal_reasons",
    "sentences",
)


def insights_table(
    insights: pd.DataFrame,
    topics: pd.DataFrame | None = None,
    corrections: Mapping[str, Mapping[str, Any]] | None = None,
) -> pd.DataFrame:
    """Return one row per analysed item with the export columns.

    Args:
        insights: The store's insights (``Store.read_insights``).
        topics: The store's topics (``Store.read_topics``) for topic labels.
        corrections: ``item_id -> {label: corrected value}``
            (``Store.current_corrections``): those labels replace the model's,
            which stay in ``model_<label>``.

    Returns:
        A frame with :data:`EXPORT_COLUMNS`; list columns hold Python lists.
    """
    table = insights.rename(columns={"item_id": "id"}).copy()
    labels: dict[int, str] = {}
    if topics is not None and len(topics):
        labels = dict(zip(topics["topic_id"].astype(int), topics["label"], strict=True))
    table["topic_label"] = [
        labels.get(int(t)) if pd.notna(t) else None for t in table.get("topic_id", [])
    ]
    for column in EXPORT_COLUMNS:
        if column not in table:
            table[column] = None
    # Items stored before signal reasons existed have none: an empty mapping, not null.
    table["signal_reasons"] = [v if isinstance(v, dict) else {} for v in table["signal_reasons"]]
    _apply_corrections(table, corrections or {})
    return table[list(EXPORT_COLUMNS)].reset_index(drop=True)


def _apply_corrections(table: pd.DataFrame, corrections: Mapping[str, Mapping[str, Any]]) -> None:
    """Keep the model's labels in ``model_*`` and put the corrected ones in their place."""
    found = [corrections.get(item_id, {}) for item_id in table["id"]]
    for column in CORRECTED_COLUMNS:
        model = list(table[column])
        table[f"model_{column}"] = model
        table[column] = [c.get(column, m) for c, m in zip(found, model, strict=True)]
    table["corrected_fields"] = [sorted(k for k in c if k in CORRECTED_COLUMNS) for c in found]


def _flat(table: pd.DataFrame) -> pd.DataFrame:
    """Lists joined with ``|`` and dicts as JSON text, for CSV and XLSX."""
    flat = table.copy()
    for column in LIST_COLUMNS:
        flat[column] = ["|".join(v) if isinstance(v, list) else "" for v in flat[column]]
    for column in JSON_EXPORT_COLUMNS:
        flat[column] = [json.dumps(v, ensure_ascii=False) for v in flat[column]]
    if "created_at" in flat and pd.api.types.is_datetime64_any_dtype(flat["created_at"]):
        flat["created_at"] = flat["created_at"].dt.tz_convert("UTC").dt.tz_localize(None)
    return flat


def summary_by(table: pd.DataFrame, key: str) -> pd.DataFrame:
    """Return items, sentiment mix, mean score, effort and churn per value of ``key``.

    ``key`` may be a list column (``categories``): an item counts once per value.
    """
    frame = table.explode(key) if key in LIST_COLUMNS else table
    frame = frame[frame[key].notna()]
    if frame.empty:
        return pd.DataFrame(columns=[key, "items"])
    grouped = frame.groupby(key, dropna=True)
    out = pd.DataFrame(
        {
            "items": grouped.size(),
            "negative": grouped["sentiment"].apply(lambda s: int((s == "negative").sum())),
            "neutral": grouped["sentiment"].apply(lambda s: int((s == "neutral").sum())),
            "positive": grouped["sentiment"].apply(lambda s: int((s == "positive").sum())),
            "mean_sentiment_score": grouped["sentiment_score"].mean().round(3),
            "effort_items": grouped["effort"].sum().astype(int),
            "churn_risk_items": grouped["churn_risk"].sum().astype(int),
            "mean_severity": grouped["severity"].mean().round(3),
        }
    )
    return out.sort_values("items", ascending=False).reset_index()


def topic_summary(table: pd.DataFrame, topics: pd.DataFrame | None) -> pd.DataFrame:
    """Return :func:`summary_by` per topic with its label and keywords."""
    summary = summary_by(table, "topic_id")
    if topics is not None and len(topics) and len(summary):
        info = topics[["topic_id", "label", "keywords"]].copy()
        info["keywords"] = [", ".join(k) for k in info["keywords"]]
        summary["topic_id"] = summary["topic_id"].astype(int)
        summary = summary.merge(info, on="topic_id", how="left")
    return summary


def filter_insights(
    table: pd.DataFrame,
    since: datetime | None = None,
    until: datetime | None = None,
    langs: Sequence[str] | None = None,
    channels: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Return the rows of a slice: ``since <= created_at < until``, languages, channels.

    Items without ``created_at`` are left out as soon as a date bound is given.
    Naive datetimes are read as UTC.
    """
    mask = pd.Series(True, index=table.index)
    if since is not None or until is not None:
        created = pd.to_datetime(table["created_at"], utc=True)
        mask &= created.notna()
        if since is not None:
            mask &= created >= _utc(since)
        if until is not None:
            mask &= created < _utc(until)
    if langs:
        mask &= table["lang"].isin(list(langs))
    if channels:
        mask &= table["channel"].isin(list(channels))
    return table[mask].reset_index(drop=True)


def _utc(value: datetime) -> pd.Timestamp:
    stamp = pd.Timestamp(value)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def topic_examples(table: pd.DataFrame, per_topic: int = 3, max_chars: int = 220) -> pd.DataFrame:
    """Return up to ``per_topic`` redacted quotes per topic, most severe first.

    Returns:
        Columns ``topic_id, example_1 .. example_<per_topic>`` (redacted text only).
    """
    columns = ["topic_id", *(f"example_{i + 1}" for i in range(per_topic))]
    frame = table[table["topic_id"].notna() & table["text_redacted"].notna()]
    rows = []
    for topic_id, group in frame.sort_values("severity", ascending=False).groupby("topic_id"):
        quotes: list[str] = []
        for text in group["text_redacted"]:
            quote = " ".join(str(text).split())
            quote = quote if len(quote) <= max_chars else quote[: max_chars - 1] + "…"
            if quote not in quotes:
                quotes.append(quote)
            if len(quotes) == per_topic:
                break
        rows.append([int(topic_id), *quotes, *([None] * (per_topic - len(quotes)))])
    return pd.DataFrame(rows, columns=columns)


def topic_sheet(table: pd.DataFrame, topics: pd.DataFrame | None) -> pd.DataFrame:
    """Return :func:`topic_summary` with example redacted quotes per topic."""
    summary = topic_summary(table, topics)
    if summary.empty:
        return summary
    summary["topic_id"] = summary["topic_id"].astype(int)
    return summary.merge(topic_examples(table), on="topic_id", how="left")


def language_channel_summary(table: pd.DataFrame) -> pd.DataFrame:
    """Return :func:`summary_by` per language and channel pair."""
    frame = table.assign(
        language_channel=[
            f"{lang}|{channel}"
            for lang, channel in zip(table["lang"], table["channel"], strict=True)
        ]
    )
    summary = summary_by(frame, "language_channel")
    if summary.empty:
        return pd.DataFrame(columns=["lang", "channel", "items"])
    parts = summary.pop("language_channel").str.split("|", n=1, expand=True)
    summary.insert(0, "channel", parts[1])
    summary.insert(0, "lang", parts[0])
    return summary


def analyst_views(
    table: pd.DataFrame,
    followups: Sequence[dict],
    topics: pd.DataFrame | None = None,
    now: datetime | None = None,
    scales: Mapping[str, ScoreScale] | None = None,
    emerging: EmergingCriteria | None = None,
) -> dict[str, pd.DataFrame]:
    """Return every summary view of the table, keyed by its sheet name.

    Args:
        table: Output of :func:`insights_table` (possibly filtered).
        followups: All cases (``Store.list_followups("all")``); only those of
            the table's items are kept.
        topics: Topic descriptions for labels and keywords.
        now: Reference time of the SLA status (default: now).
        scales: Score scale per source for the drivers (default: inferred).
        emerging: When a topic is emerging (``settings.topics.emerging_criteria()``;
            default :class:`~vocmine.topics.trends.EmergingCriteria`).

    Returns:
        Sheets ``by_category``, ``by_topic``, ``by_language``,
        ``by_language_channel``, ``trends_weekly``, ``topics_weekly``,
        ``emerging_topics``, ``effort_churn``, ``followups`` (open cases),
        ``followups_sla`` and ``drivers``.
    """
    now = now or datetime.now(UTC)
    ids = set(table["id"])
    cases = followups_table([c for c in followups if c.get("item_id") in ids], now)
    open_cases = cases[cases["sla_status"] != "closed"] if len(cases) else cases
    return {
        "by_category": summary_by(table, "categories"),
        "by_topic": topic_sheet(table, topics),
        "by_language": summary_by(table, "lang"),
        "by_language_channel": language_channel_summary(table),
        "trends_weekly": weekly_trends(table),
        "topics_weekly": weekly_topic_shares(table, topics),
        "emerging_topics": emerging_topics_view(table, topics, emerging),
        "effort_churn": effort_signal_counts(table),
        "followups": open_cases.reset_index(drop=True),
        "followups_sla": sla_summary(cases),
        "drivers": score_drivers(table, scales=scales),
    }


EXPORT_FORMATS: tuple[str, ...] = ("csv", "parquet", "xlsx", "html")
"""What :func:`write_exports` can write."""


def write_table_csv(table: pd.DataFrame, path: Path) -> None:
    """Write an insight table as CSV (lists joined with ``|``, dicts as JSON text).

    Text that a spreadsheet would run as a formula is neutralised
    (:mod:`vocmine.export.safe_cells`).
    """
    write_safe_csv(_flat(table), path)


def write_table_parquet(table: pd.DataFrame, path: Path) -> None:
    """Write an insight table as Parquet (lists typed, dicts as JSON text)."""
    parquet = table.copy()
    for column in JSON_EXPORT_COLUMNS:
        parquet[column] = [json.dumps(v, ensure_ascii=False) for v in parquet[column]]
    parquet.to_parquet(path, index=False)


def newest_rows(table: pd.DataFrame, limit: int) -> pd.DataFrame:
    """Return the ``limit`` most recently created rows (undated rows last), newest first."""
    if len(table) <= limit:
        return table
    created = pd.to_datetime(table["created_at"], utc=True)
    order = created.sort_values(ascending=False, na_position="last", kind="stable").index
    return table.loc[order[:limit]].reset_index(drop=True)


def write_exports(
    table: pd.DataFrame,
    followups: Sequence[dict],
    out_dir: Path,
    topics: pd.DataFrame | None = None,
    formats: Sequence[str] | None = None,
    now: datetime | None = None,
    title: str = "Voice of the customer",
    progress: ProgressCallback | None = None,
    extra_sheets: Mapping[str, pd.DataFrame] | None = None,
    insights_sheet_rows: int | None = None,
    notes: Sequence[tuple[str, str]] = (),
    emerging: EmergingCriteria | None = None,
) -> dict[str, str]:
    """Write ``insights.csv``, ``insights.parquet``, ``insights.xlsx`` and ``report.html``.

    Args:
        table: Output of :func:`insights_table`.
        followups: Cases (``Store.list_followups("all")``); the followups sheet
            lists the open ones, the SLA views count all.
        out_dir: Folder to write into (created if missing).
        topics: Topic descriptions for the by_topic sheet.
        formats: Subset of :data:`EXPORT_FORMATS` (default: all).
        now: Reference time of the SLA status and the report (default: now).
        title: Heading of the HTML report.
        progress: Called with ``(files_done, files_total)`` after each file.
        extra_sheets: More workbook sheets by name (e.g. follow-up loop metrics).
        insights_sheet_rows: At most this many rows on the workbook's
            ``insights`` sheet (the newest); the summary sheets and the other
            formats still cover the whole table. None: no cap.
        notes: ``(what, value)`` rows of an ``about`` sheet saying what the
            workbook covers (the sheet is added when notes are given or the
            insights sheet is capped).
        emerging: When a topic is emerging (the ``emerging_topics`` sheet and
            the report's section); default :class:`~vocmine.topics.trends.EmergingCriteria`.

    Returns:
        ``{format: path}`` of the files written.
    """
    formats = list(formats or EXPORT_FORMATS)
    unknown = sorted(set(formats) - set(EXPORT_FORMATS))
    if unknown:
        raise ConfigError(f"unknown export formats {unknown}; use {list(EXPORT_FORMATS)}")
    now = now or datetime.now(UTC)
    out_dir.mkdir(parents=True, exist_ok=True)
    names = {"csv": "insights.csv", "parquet": "insights.parquet", "xlsx": "insights.xlsx"}
    names["html"] = "report.html"
    paths: dict[str, str] = {}
    views = (
        analyst_views(table, followups, topics, now, emerging=emerging)
        if {"xlsx", "html"} & set(formats)
        else {}
    )
    for done, kind in enumerate(formats, start=1):
        path = out_dir / names[kind]
        if kind == "csv":
            write_table_csv(table, path)
        elif kind == "parquet":
            write_table_parquet(table, path)
        elif kind == "xlsx":
            sheet = table
            about = list(notes)
            if insights_sheet_rows is not None and len(table) > insights_sheet_rows:
                sheet = newest_rows(table, insights_sheet_rows)
                about.append(
                    (
                        "insights sheet",
                        f"the newest {insights_sheet_rows:,} of {len(table):,} items; "
                        "the summary sheets count all of them",
                    )
                )
            sheets = {"insights": _flat(sheet), **views, **(extra_sheets or {})}
            if about:
                sheets["about"] = pd.DataFrame(about, columns=["what", "value"])
            write_workbook(sheets, path)
        else:
            report = render_report(table, views, title=title, now=now, emerging=emerging)
            path.write_text(report, encoding="utf-8")
        paths[kind] = str(path)
        if progress:
            progress(done, len(formats))
    logger.info("wrote %d insights to %s (%s)", len(table), out_dir, ", ".join(formats))
    return paths
