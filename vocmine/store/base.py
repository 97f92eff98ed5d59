"""The store contract every backend implements.

A store keeps analysed items (redacted, never raw text), quarantined rows,
runs, follow-up cases, cached embeddings and topic descriptions. Writes are
idempotent: writing the same item twice leaves one row.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

import numpy as np
import pandas as pd

from vocmine.schemas import AnalysedItem, FollowupCase, QuarantinedRow, RunSummary

INSIGHT_COLUMNS: tuple[str, ...] = (
    "item_id",
    "source",
    "external_id",
    "channel",
    "created_at",
    "customer_key",
    "conversation_id",
    "rating",
    "content_hash",
    "lang",
    "lang_confidence",
    "sentiment",
    "sentiment_score",
    "categories",
    "category_scores",
    "aspect_sentiment",
    "learned_categories",
    "effort",
    "effort_signals",
    "churn_risk",
    "severity",
    "topic_id",
    "pii",
    "text_redacted",
    "sentences",
    "error",
    "meta",
    "first_run_id",
    "run_id",
    "analysed_at",
)
"""Columns of the insights table, in order; list-like values are JSON text."""

JSON_COLUMNS: frozenset[str] = frozenset(
    {
        "categories",
        "category_scores",
        "aspect_sentiment",
        "learned_categories",
        "effort_signals",
        "pii",
        "sentences",
        "meta",
    }
)
"""Insight columns stored as JSON text and decoded by ``read_insights``."""


_PASSWORD = re.compile(r"(://[^:/@]+:)[^@]*@")


def mask_password(url: str) -> str:
    """Return a store URL with its password (if any) replaced by ``***``, for messages and logs."""
    return _PASSWORD.sub(r"\1***@", url)


def json_text(value: Any) -> str:
    """Return ``value`` as JSON text (list-like columns are stored this way)."""
    return json.dumps(value, ensure_ascii=False, default=str)


class Store(Protocol):
    """What the pipeline needs from a store (DuckDB by default)."""

    url: str

    def close(self) -> None:
        """Release the connection."""

    def claim_for_run(self) -> None:
        """Take the store's run lock until close; raise ``StoreError`` if another run holds it."""

    def start_run(self, summary: RunSummary) -> None:
        """Record that a run started."""

    def finish_run(self, summary: RunSummary) -> None:
        """Record a run's final counts and status."""

    def stored_hashes(self, item_ids: Sequence[str]) -> dict[str, str]:
        """Return ``item_id -> content_hash`` for the ids already stored."""

    def upsert_insights(self, run_id: str, analysed: Sequence[AnalysedItem]) -> None:
        """Insert new items and replace changed ones (keeps ``first_run_id``)."""

    def add_quarantined(self, run_id: str, rows: Sequence[QuarantinedRow]) -> int:
        """Record quarantined rows; return how many were not known before."""

    def customer_contacts(self, customer_keys: Sequence[str]) -> dict[str, list[dict]]:
        """Return earlier contacts (item_id, channel, created_at) per customer key."""

    def upsert_followups(
        self, cases: Sequence[FollowupCase], reopen_on_new_contact: bool = True
    ) -> int:
        """Open unknown cases, attach new contacts to known ones; return how many were opened.

        A re-run (items already attached) never duplicates, reopens or changes a case.
        """

    def list_followups(
        self,
        status: str | None = "open",
        *,
        priority: str | None = None,
        owner: str | None = None,
        team: str | None = None,
        lang: str | None = None,
        category: str | None = None,
        overdue_at: datetime | None = None,
    ) -> list[dict]:
        """Return cases; ``open``: any status but resolved/closed; ``all`` or None: every case."""

    def get_followup(self, case_id: str) -> dict:
        """Return one case with its ``item_ids`` and ``events``; CaseNotFoundError if unknown."""

    def list_followup_events(self, case_id: str | None = None) -> list[dict]:
        """Return the audit trail (who, when, action, from/to status, note), oldest first."""

    def update_followup(
        self,
        case_id: str,
        expected_version: int,
        changes: Mapping[str, Any],
        *,
        actor: str,
        action: str,
        note: str | None = None,
        at: datetime | None = None,
    ) -> dict:
        """Change a case and record the event atomically; CaseConflictError on a stale version."""

    def add_followup_event(
        self,
        case_id: str,
        actor: str,
        action: str,
        note: str | None = None,
        at: datetime | None = None,
    ) -> None:
        """Record an event that does not change the case (a note, an alert sent)."""

    def read_insights(self) -> pd.DataFrame:
        """Return every stored insight, JSON columns decoded."""

    def read_runs(self) -> pd.DataFrame:
        """Return the runs table, newest first."""

    def read_quarantine(self) -> pd.DataFrame:
        """Return the quarantine table."""

    def get_embeddings(self, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        """Return cached vectors by content hash (EmbeddingCache protocol)."""

    def put_embeddings(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        """Cache vectors by content hash (EmbeddingCache protocol)."""

    def save_topics(self, model_version: str, topics: Sequence[Mapping]) -> None:
        """Replace the descriptions of a topic model version's topics."""

    def read_topics(self) -> pd.DataFrame:
        """Return topic descriptions of the newest model version."""

    def get_watermark(self, source: str) -> str | None:
        """Return a source's watermark, or None before its first incremental run."""

    def set_watermark(self, source: str, value: str) -> None:
        """Store a source's watermark."""

    def processed_files(self, source: str) -> set[tuple[str, str]]:
        """Return ``(file name, sha256)`` of the folder-drop files a source has stored."""

    def mark_files_processed(self, files: Sequence[tuple[str, str, str]]) -> None:
        """Remember ``(source, file name, sha256)`` files as read and stored."""
