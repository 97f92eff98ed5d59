"""Follow-up SLA status: which cases are overdue, due soon, on track or closed."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta

import pandas as pd

CLOSED_STATUSES: frozenset[str] = frozenset({"resolved", "closed"})
"""Case statuses that stop the SLA clock."""

SLA_STATES: tuple[str, ...] = ("overdue", "due_soon", "on_track", "closed")
"""SLA states, most urgent first."""


def sla_state(status: str, due_at: datetime | None, now: datetime, due_soon: timedelta) -> str:
    """Return ``overdue``, ``due_soon``, ``on_track`` or ``closed`` for one case."""
    if status in CLOSED_STATUSES:
        return "closed"
    if due_at is None or pd.isna(due_at):
        return "on_track"
    due = pd.Timestamp(due_at)
    due = due.tz_localize("UTC") if due.tzinfo is None else due
    if due < now:
        return "overdue"
    if due - now <= due_soon:
        return "due_soon"
    return "on_track"


def _cell_text(value: object) -> object:
    """Lists joined with ``|``, dicts as JSON text: what a spreadsheet cell can hold."""
    if isinstance(value, (list, tuple)):
        return "|".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def followups_table(
    cases: Sequence[dict], now: datetime, due_soon: timedelta = timedelta(hours=24)
) -> pd.DataFrame:
    """Return one row per case with its ``sla_status`` and hours until due (negative: late).

    Args:
        cases: Cases as the store lists them (``Store.list_followups("all")``).
        now: Reference time (timezone-aware).
        due_soon: Open cases due within this window are ``due_soon``.

    Returns:
        The cases' columns (reasons joined with ``|``) plus ``sla_status`` and
        ``hours_to_due``; timestamps (``*_at``) as naive UTC and lists as
        ``|``-joined text, so spreadsheets, CSV and Parquet can hold them.
    """
    frame = pd.DataFrame(list(cases))
    if frame.empty:
        return pd.DataFrame(columns=["case_id", "priority", "status", "sla_status", "hours_to_due"])
    frame["sla_status"] = [
        sla_state(str(s), d, now, due_soon)
        for s, d in zip(frame["status"], frame["due_at"], strict=True)
    ]
    due = pd.to_datetime(frame["due_at"], utc=True)
    frame["hours_to_due"] = ((due - pd.Timestamp(now)).dt.total_seconds() / 3600).round(1)
    frame.loc[frame["sla_status"] == "closed", "hours_to_due"] = None
    for column in frame.columns:
        values = frame[column]
        if pd.api.types.is_datetime64_any_dtype(values) or column.endswith("_at"):
            frame[column] = pd.to_datetime(values, utc=True).dt.tz_localize(None)
        elif values.map(lambda v: isinstance(v, (list, tuple, dict))).any():
            frame[column] = pd.Series([_cell_text(v) for v in values], index=frame.index)
    return frame


def sla_summary(cases: pd.DataFrame) -> pd.DataFrame:
    """Return case counts per priority and SLA state (rows P1..P4, columns :data:`SLA_STATES`)."""
    if cases.empty or "sla_status" not in cases:
        return pd.DataFrame(columns=["priority", *SLA_STATES])
    table = pd.crosstab(cases["priority"], cases["sla_status"])
    for state in SLA_STATES:
        if state not in table:
            table[state] = 0
    return table[list(SLA_STATES)].sort_index().reset_index().rename_axis(None, axis=1)
