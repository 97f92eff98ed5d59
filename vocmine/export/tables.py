"""Insight tables for analysts: CSV, Parquet and XLSX with summary sheets.

Only redacted text is exported; the customer appears as a pseudonymous key.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

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
    "categories",
    "category_scores",
    "aspect_sentiment",
    "effort",
    "effort_signals",
    "churn_risk",
    "severity",
    "topic_id",
    "topic_label",
    "rating",
    "customer_key",
    "pii",
    "text_redacted",
    "sentences",
    "error",
)
"""Columns of ``insights.*``: the analyse contract's names plus provenance."""

LIST_COLUMNS = ("categories", "effort_signals", "pii")
JSON_EXPORT_COLUMNS = ("category_scores", "aspect_sentiment", "sentences")


def insights_table(insights: pd.DataFrame, topics: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return one row per analysed item with the export columns.

    Args:
        insights: The store's insights (``Store.read_insights``).
        topics: The store's topics (``Store.read_topics``) for topic labels.

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
    return table[list(EXPORT_COLUMNS)].reset_index(drop=True)


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


def write_exports(
    table: pd.DataFrame,
    followups: Sequence[dict],
    out_dir: Path,
    topics: pd.DataFrame | None = None,
) -> dict[str, str]:
    """Write ``insights.csv``, ``insights.parquet`` and ``insights.xlsx``.

    Args:
        table: Output of :func:`insights_table`.
        followups: Open cases (``Store.list_followups``).
        out_dir: Folder to write into (created if missing).
        topics: Topic descriptions for the by_topic sheet.

    Returns:
        ``{"csv": path, "parquet": path, "xlsx": path}``.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {
        "csv": out_dir / "insights.csv",
        "parquet": out_dir / "insights.parquet",
        "xlsx": out_dir / "insights.xlsx",
    }
    flat = _flat(table)
    flat.to_csv(paths["csv"], index=False)
    parquet = table.copy()
    for column in JSON_EXPORT_COLUMNS:
        parquet[column] = [json.dumps(v, ensure_ascii=False) for v in parquet[column]]
    parquet.to_parquet(paths["parquet"], index=False)

    cases = pd.DataFrame(list(followups))
    if len(cases):
        cases["reasons"] = ["|".join(r) for r in cases["reasons"]]
        for column in ("opened_at", "due_at", "updated_at"):
            cases[column] = pd.to_datetime(cases[column], utc=True).dt.tz_localize(None)
    sheets = {
        "insights": flat,
        "by_category": summary_by(table, "categories"),
        "by_topic": topic_summary(table, topics),
        "by_language": summary_by(table, "lang"),
        "followups": cases,
    }
    with pd.ExcelWriter(paths["xlsx"], engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False)
            sheet = writer.sheets[name]
            sheet.freeze_panes = "A2"
            if frame.shape[1]:
                sheet.auto_filter.ref = sheet.dimensions
    logger.info("wrote %d insights to %s", len(table), out_dir)
    return {kind: str(path) for kind, path in paths.items()}
