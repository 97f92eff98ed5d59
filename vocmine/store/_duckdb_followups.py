"""DuckDB store, follow-up cases part (mixed into :class:`DuckDBStore`)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import duckdb

from vocmine.schemas import FollowupCase
from vocmine.store.base import json_text

OPEN_STATUSES: tuple[str, ...] = ("new", "assigned", "in_progress", "contacted", "reopened")


class DuckDBFollowupsMixin:
    """Follow-up case storage; needs ``self._con`` (a DuckDB connection)."""

    _con: duckdb.DuckDBPyConnection

    FOLLOWUPS_SCHEMA = """
CREATE TABLE IF NOT EXISTS followups (
    case_id VARCHAR PRIMARY KEY,
    item_id VARCHAR,
    external_id VARCHAR,
    source VARCHAR,
    priority VARCHAR,
    status VARCHAR,
    reasons VARCHAR,
    severity DOUBLE,
    opened_at TIMESTAMPTZ,
    due_at TIMESTAMPTZ,
    lang VARCHAR,
    customer_key VARCHAR,
    updated_at TIMESTAMPTZ
);
"""

    # follow-ups ---------------------------------------------------------
    def upsert_followups(self, cases: Sequence[FollowupCase]) -> int:
        """Open cases not known yet; return how many were opened.

        A case that exists (open or not) is never reopened or duplicated by a
        re-run; its workflow belongs to the people working it.
        """
        opened = 0
        for case in cases:
            if self._con.execute(
                "SELECT 1 FROM followups WHERE case_id = ?", [case.case_id]
            ).fetchone():
                continue
            self._con.execute(
                "INSERT INTO followups VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    case.case_id,
                    case.item_id,
                    case.external_id,
                    case.source,
                    case.priority,
                    case.status,
                    json_text(case.reasons),
                    case.severity,
                    case.opened_at,
                    case.due_at,
                    case.lang,
                    case.customer_key,
                    case.opened_at,
                ],
            )
            opened += 1
        return opened

    def list_followups(self, status: str | None = "open") -> list[dict]:
        """Return cases, most urgent first; ``open``: not resolved or closed; ``all`` or None: every case."""
        query = "SELECT * FROM followups"
        params: list[Any] = []
        if status == "open":
            query += " WHERE status IN (SELECT unnest(?::VARCHAR[]))"
            params.append(list(OPEN_STATUSES))
        elif status not in (None, "all"):
            query += " WHERE status = ?"
            params.append(status)
        query += " ORDER BY priority, due_at, case_id"
        cursor = self._con.execute(query, params)
        names = [d[0] for d in cursor.description]
        cases = []
        for row in cursor.fetchall():
            case = dict(zip(names, row, strict=True))
            case["reasons"] = json.loads(case["reasons"])
            cases.append(case)
        return cases
