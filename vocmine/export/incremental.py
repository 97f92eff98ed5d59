"""Exports of one run that cost what the run changed, not what the store holds.

A run writes:

* ``dataset/insights-<run_id>.parquet`` and ``.csv``: the items this run
  stored or updated, one partition per run. The full table is the union of
  the partitions, keeping each item's row from its latest run
  (:func:`read_dataset`); run ids sort by time.
* the workbook and the HTML report over a bounded window of recent items
  (:func:`recent_insights`), with the workbook's ``insights`` sheet capped,
  rebuilt only when enough changed since they were built or they are old
  (:class:`ExportState`, kept in ``exports.json``).

``vocmine export`` still writes the whole store (or any slice) on demand.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from vocmine.export.safe_cells import write_safe_csv
from vocmine.export.tables import EXPORT_COLUMNS, JSON_EXPORT_COLUMNS, _flat

DATASET_DIR = "dataset"
"""Folder (inside the export folder) holding one partition per run."""

_STRING = pa.string()
_STRING_LIST = pa.list_(pa.string())
PARTITION_SCHEMA = pa.schema(
    [
        ("id", _STRING),
        ("external_id", _STRING),
        ("source", _STRING),
        ("channel", _STRING),
        ("created_at", pa.timestamp("us", tz="UTC")),
        ("run_id", _STRING),
        ("lang", _STRING),
        ("sentiment", _STRING),
        ("sentiment_score", pa.float64()),
        ("sentiment_probabilities", _STRING),
        ("categories", _STRING_LIST),
        ("category_scores", _STRING),
        ("aspect_sentiment", _STRING),
        ("effort", pa.bool_()),
        ("effort_signals", _STRING_LIST),
        ("effort_probability", pa.float64()),
        ("churn_risk", pa.bool_()),
        ("signal_reasons", _STRING),
        ("churn_probability", pa.float64()),
        ("severity", pa.float64()),
        ("needs_review", pa.bool_()),
        ("review_reasons", _STRING_LIST),
        ("topic_id", pa.int64()),
        ("topic_label", _STRING),
        ("rating", pa.float64()),
        ("customer_key", _STRING),
        ("pii", _STRING_LIST),
        ("text_redacted", _STRING),
        ("sentences", _STRING),
        ("error", _STRING),
        ("model_sentiment", _STRING),
        ("model_categories", _STRING_LIST),
        ("model_churn_risk", pa.bool_()),
        ("model_effort", pa.bool_()),
        ("corrected_fields", _STRING_LIST),
    ]
)
"""One fixed schema for every partition, so a folder of them reads as one table."""


def exported_runs(out_dir: Path) -> set[str]:
    """Return the run ids whose partition (Parquet and CSV) is in ``dataset/``."""
    folder = out_dir / DATASET_DIR
    parquet = {
        p.name[len("insights-") : -len(".parquet")] for p in folder.glob("insights-*.parquet")
    }
    csv = {p.name[len("insights-") : -len(".csv")] for p in folder.glob("insights-*.csv")}
    return parquet & csv


def write_run_partitions(table: pd.DataFrame, out_dir: Path) -> dict[str, str]:
    """Write the partition of every run in ``table`` that has none yet.

    Usually that is the current run only; a run killed after storing its
    items (or a deleted ``dataset/`` folder) is caught up here, so the union
    of the partitions is always the store.

    Args:
        table: Output of :func:`~vocmine.export.tables.insights_table` of the
            whole store.
        out_dir: The export folder.

    Returns:
        ``{"run_parquet": path, "run_csv": path}`` of the newest run written,
        or ``{}`` when every run already had its partition.
    """
    done = exported_runs(out_dir)
    paths: dict[str, str] = {}
    for run_id in sorted(set(table["run_id"].dropna()) - done):
        paths = write_run_partition(table, out_dir, run_id)
    return paths


def write_run_partition(table: pd.DataFrame, out_dir: Path, run_id: str) -> dict[str, str]:
    """Write the rows of ``run_id`` as ``dataset/insights-<run_id>.{parquet,csv}``.

    Each file is written under a hidden temporary name and then renamed, so a
    reader of the folder never sees half a partition.

    Args:
        table: Output of :func:`~vocmine.export.tables.insights_table`.
        out_dir: The export folder.
        run_id: The run whose rows (``run_id`` column) go into the partition.

    Returns:
        ``{"run_parquet": path, "run_csv": path}``, or ``{}`` when the run
        stored nothing.
    """
    rows = table[table["run_id"] == run_id].reset_index(drop=True)
    if rows.empty:
        return {}
    folder = out_dir / DATASET_DIR
    folder.mkdir(parents=True, exist_ok=True)
    parquet = folder / f"insights-{run_id}.parquet"
    csv = folder / f"insights-{run_id}.csv"
    arrow = pa.Table.from_pandas(_for_arrow(rows), schema=PARTITION_SCHEMA, preserve_index=False)
    atomic_write(parquet, lambda tmp: pq.write_table(arrow, tmp))
    atomic_write(csv, lambda tmp: write_safe_csv(_flat(rows), tmp))
    return {"run_parquet": str(parquet), "run_csv": str(csv)}


def _for_arrow(rows: pd.DataFrame) -> pd.DataFrame:
    frame = rows[list(EXPORT_COLUMNS)].copy()
    for column in JSON_EXPORT_COLUMNS:
        frame[column] = [json.dumps(v, ensure_ascii=False) for v in frame[column]]
    frame["created_at"] = pd.to_datetime(frame["created_at"], utc=True)
    frame["topic_id"] = pd.array(
        [None if pd.isna(v) else int(v) for v in frame["topic_id"]], dtype="Int64"
    )
    return frame


def atomic_write(path: Path, write: Callable[[Path], object]) -> None:
    """Write ``path`` through ``write(tmp)`` on a hidden temporary file, then rename it over.

    A reader never sees half a file; a failed write leaves the old file and no temporary one.
    """
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def read_dataset(out_dir: Path) -> pd.DataFrame:
    """Return the full table from the run partitions: each item's row from its latest run.

    Args:
        out_dir: The export folder (holding ``dataset/``).

    Returns:
        The export columns, one row per item (an empty frame without partitions).
    """
    files = sorted((out_dir / DATASET_DIR).glob("insights-*.parquet"))
    if not files:
        return pd.DataFrame(columns=list(EXPORT_COLUMNS))
    frame = pa.concat_tables(pq.read_table(f, schema=PARTITION_SCHEMA) for f in files).to_pandas()
    frame = frame.sort_values("run_id", kind="stable")
    return frame.drop_duplicates("id", keep="last").reset_index(drop=True)


def recent_insights(insights: pd.DataFrame, days: int | None) -> pd.DataFrame:
    """Return the stored insights of the last ``days`` days.

    An item's time is its ``created_at``, or when it has none the time it was
    analysed (``analysed_at``). The window ends at the newest such time in the
    store (not the clock), so a backfill of old feedback still shows its last
    weeks.

    Args:
        insights: The store's insights (``Store.read_insights``).
        days: Window length; None keeps everything.

    Returns:
        The rows in the window, in the store's order.
    """
    if days is None or insights.empty:
        return insights
    when = pd.to_datetime(insights["created_at"], utc=True)
    if "analysed_at" in insights:
        when = when.fillna(pd.to_datetime(insights["analysed_at"], utc=True))
    if when.isna().all():
        return insights
    start = when.max() - timedelta(days=days)
    return insights[when.isna() | (when >= start)].reset_index(drop=True)


STATE_FILE = "exports.json"
"""File in the export folder recording when the workbook and report were built."""


@dataclass(slots=True)
class ExportState:
    """What the run exports have covered so far (kept in ``exports.json``).

    Attributes:
        built_at: When the workbook and report were built (ISO, UTC), None if never.
        built_by: The run that built them.
        items: Items they cover.
        changed_since: Items stored or updated by runs since then.
        caught_up_to: The last run whose exports read the whole store (so
            every earlier run's rows have their partition).
    """

    built_at: str | None = None
    built_by: str | None = None
    items: int = 0
    changed_since: int = 0
    caught_up_to: str = ""

    @classmethod
    def read(cls, out_dir: Path) -> ExportState:
        """Return the state kept in ``out_dir`` (empty when missing or unreadable)."""
        try:
            data = json.loads((out_dir / STATE_FILE).read_text(encoding="utf-8"))
            return cls(**data)
        except (OSError, ValueError, TypeError):
            return cls()

    def write(self, out_dir: Path) -> None:
        """Keep the state in ``out_dir`` (written atomically)."""
        out_dir.mkdir(parents=True, exist_ok=True)
        text = json.dumps(asdict(self), indent=2)
        atomic_write(out_dir / STATE_FILE, lambda tmp: tmp.write_text(text, encoding="utf-8"))

    def needs_rebuild(self, now: datetime, share: float, max_hours: float) -> bool:
        """Whether the workbook and report are due: never built, old, or enough changed.

        Args:
            now: The current time (timezone-aware).
            share: Rebuild once ``changed_since`` reaches this share of ``items``.
            max_hours: Rebuild once they are this many hours old (0: always).
        """
        if self.built_at is None or max_hours == 0:
            return True
        age = now - datetime.fromisoformat(self.built_at)
        return age >= timedelta(hours=max_hours) or self.changed_since >= share * max(1, self.items)


def runs_to_catch_up(runs: pd.DataFrame, state: ExportState, current: str) -> list[str]:
    """Return the runs since the last full pass that may have stored rows without a partition.

    Args:
        runs: The store's runs (``Store.read_runs``).
        state: The export state (``caught_up_to``).
        current: The running run (not counted).

    Returns:
        Run ids after ``state.caught_up_to``, other than ``current``, except
        completed runs that stored and updated nothing.
    """
    if runs.empty:
        return []
    changed = runs["stored"].fillna(0) + runs["updated"].fillna(0)
    empty = (runs["status"] == "completed") & (changed == 0)
    later = runs["run_id"] > state.caught_up_to
    return sorted(runs.loc[later & ~empty & (runs["run_id"] != current), "run_id"])
