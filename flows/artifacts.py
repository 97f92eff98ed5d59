"""The keyed artifacts a vocmine run publishes in the Prefect UI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect.artifacts import (
    create_link_artifact,
    create_markdown_artifact,
    create_table_artifact,
)

from vocmine.export.run_summary import run_summary_markdown
from vocmine.schemas import RunSummary

SUMMARY_KEY = "vocmine-run-summary"
TOP_TABLE_KEY = "vocmine-top-categories-topics"
EXPORTS_KEY = "vocmine-exports"


def top_rows(summary: RunSummary) -> list[dict[str, Any]]:
    """Return the rows of the top categories and topics table."""
    rows: list[dict[str, Any]] = [
        {"kind": "category", "name": name, "items": count}
        for name, count in summary.by_category.items()
    ]
    rows += [
        {"kind": "topic", "name": f"{t['topic_id']}: {t['label']}", "items": t["items"]}
        for t in summary.top_topics
    ]
    return rows


def publish_exports_link(exports: dict[str, str], run_label: str) -> None:
    """Create the link artifact to the folder holding ``exports`` (no-op when empty)."""
    if not exports:
        return
    folder = Path(next(iter(exports.values()))).resolve().parent
    create_link_artifact(
        link=folder.as_uri(),
        link_text=f"{len(exports)} export files ({', '.join(exports)}) in {folder}",
        key=EXPORTS_KEY,
        description=f"Exports of {run_label}",
    )


def publish_run_artifacts(summary: RunSummary) -> None:
    """Create the summary markdown, the top categories/topics table and the exports link."""
    create_markdown_artifact(
        markdown=run_summary_markdown(summary),
        key=SUMMARY_KEY,
        description=f"vocmine run {summary.run_id}",
    )
    rows = top_rows(summary)
    if rows:
        create_table_artifact(
            table=rows, key=TOP_TABLE_KEY, description="Top categories and topics of this run"
        )
    publish_exports_link(summary.exports, f"vocmine run {summary.run_id}")
