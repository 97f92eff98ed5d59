"""DuckDB store: one embedded file, the default."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd

from vocmine.errors import StoreError
from vocmine.schemas import AnalysedItem, QuarantinedRow, RunSummary
from vocmine.store._duckdb_followups import DuckDBFollowupsMixin
from vocmine.store._duckdb_topics import DuckDBTopicsMixin
from vocmine.store._duckdb_watermarks import DuckDBWatermarksMixin
from vocmine.store.base import INSIGHT_COLUMNS, JSON_COLUMNS, json_text

logger = logging.getLogger("vocmine.store")


_SCHEMA = """
CREATE TABLE IF NOT EXISTS insights (
    item_id VARCHAR PRIMARY KEY,
    source VARCHAR NOT NULL,
    external_id VARCHAR NOT NULL,
    channel VARCHAR,
    created_at TIMESTAMPTZ,
    customer_key VARCHAR,
    conversation_id VARCHAR,
    rating DOUBLE,
    content_hash VARCHAR NOT NULL,
    lang VARCHAR,
    lang_confidence DOUBLE,
    sentiment VARCHAR,
    sentiment_score DOUBLE,
    categories VARCHAR,
    category_scores VARCHAR,
    aspect_sentiment VARCHAR,
    learned_categories VARCHAR,
    effort BOOLEAN,
    effort_signals VARCHAR,
    churn_risk BOOLEAN,
    severity DOUBLE,
    topic_id INTEGER,
    pii VARCHAR,
    text_redacted VARCHAR,
    sentences VARCHAR,
    error VARCHAR,
    meta VARCHAR,
    first_run_id VARCHAR,
    run_id VARCHAR,
    analysed_at TIMESTAMPTZ
);
CREATE TABLE IF NOT EXISTS quarantine (
    row_key VARCHAR PRIMARY KEY,
    source VARCHAR,
    location VARCHAR,
    reason VARCHAR,
    detail VARCHAR,
    raw_excerpt VARCHAR,
    first_run_id VARCHAR,
    last_run_id VARCHAR
);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMPTZ,
    finished_at TIMESTAMPTZ,
    status VARCHAR,
    rows_in INTEGER,
    stored INTEGER,
    updated INTEGER,
    quarantined INTEGER,
    skipped_duplicates INTEGER,
    analysis_errors INTEGER,
    followups_opened INTEGER,
    model_versions VARCHAR,
    exports VARCHAR,
    summary VARCHAR
);
CREATE TABLE IF NOT EXISTS embeddings (
    model VARCHAR,
    content_hash VARCHAR,
    vector FLOAT[],
    PRIMARY KEY (model, content_hash)
);
CREATE TABLE IF NOT EXISTS topics (
    model_version VARCHAR,
    topic_id INTEGER,
    label VARCHAR,
    keywords VARCHAR,
    keywords_by_lang VARCHAR,
    size INTEGER,
    saved_at TIMESTAMPTZ,
    PRIMARY KEY (model_version, topic_id)
);
"""


def _insight_row(run_id: str, analysed: AnalysedItem, now: datetime) -> dict[str, Any]:
    item, insight = analysed.item, analysed.insight
    return {
        "item_id": item.item_id,
        "source": item.source,
        "external_id": item.external_id,
        "channel": item.channel,
        "created_at": item.created_at,
        "customer_key": analysed.customer_key,
        "conversation_id": item.conversation_id,
        "rating": item.rating,
        "content_hash": analysed.content_hash,
        "lang": insight.lang,
        "lang_confidence": insight.lang_confidence,
        "sentiment": insight.sentiment,
        "sentiment_score": insight.sentiment_score,
        "categories": json_text(insight.categories),
        "category_scores": json_text(insight.category_scores),
        "aspect_sentiment": json_text(insight.aspect_sentiment),
        "learned_categories": json_text(insight.learned_categories),
        "effort": insight.effort,
        "effort_signals": json_text(insight.effort_signals),
        "churn_risk": insight.churn_risk,
        "severity": insight.severity,
        "topic_id": insight.topic_id,
        "pii": json_text(insight.pii),
        "text_redacted": insight.text_redacted,
        "sentences": json_text([_sentence_dict(s) for s in insight.sentences]),
        "error": insight.error,
        "meta": json_text(item.meta),
        "first_run_id": run_id,
        "run_id": run_id,
        "analysed_at": now,
    }


def _sentence_dict(sentence: Any) -> dict[str, Any]:
    return {
        "text": sentence.text,
        "sentiment": sentence.sentiment,
        "sentiment_score": sentence.sentiment_score,
        "categories": list(sentence.categories),
    }


_ADDED_COLUMNS: tuple[tuple[str, str], ...] = (("learned_categories", "VARCHAR"),)
"""Columns added after the first release: stores created before get them on open."""


class DuckDBStore(DuckDBFollowupsMixin, DuckDBWatermarksMixin, DuckDBTopicsMixin):
    """Store backed by one DuckDB file (or ``:memory:``).

    Args:
        path: The database file; its folder is created if needed.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.url = f"duckdb:///{self.path}"
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self._con = duckdb.connect(self.path)
        except duckdb.IOException as exc:
            raise StoreError(
                f"cannot open DuckDB store {self.path}: {exc} (is another vocmine run using it?)"
            ) from exc
        self._con.execute(_SCHEMA)
        for column, sql_type in _ADDED_COLUMNS:
            self._con.execute(f"ALTER TABLE insights ADD COLUMN IF NOT EXISTS {column} {sql_type}")
        self._con.execute(self.FOLLOWUPS_SCHEMA)
        self._con.execute(self.WATERMARKS_SCHEMA)
        self._con.execute(self.TOPICS_SCHEMA)

    def __enter__(self) -> DuckDBStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection."""
        self._con.close()

    # runs ---------------------------------------------------------------
    def start_run(self, summary: RunSummary) -> None:
        """Record that a run started."""
        self._con.execute(
            "INSERT OR REPLACE INTO runs (run_id, started_at, status) VALUES (?, ?, ?)",
            [summary.run_id, summary.started_at, summary.status],
        )

    def finish_run(self, summary: RunSummary) -> None:
        """Record a run's final counts and status."""
        self._con.execute(
            """
            INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                summary.run_id,
                summary.started_at,
                summary.finished_at,
                summary.status,
                summary.rows_in,
                summary.stored,
                summary.updated,
                summary.quarantined,
                summary.skipped_duplicates,
                summary.analysis_errors,
                summary.followups_opened,
                json_text(summary.model_versions),
                json_text(summary.exports),
                json_text(summary.to_dict()),
            ],
        )

    def read_runs(self) -> pd.DataFrame:
        """Return the runs table, newest first."""
        return self._con.execute("SELECT * FROM runs ORDER BY started_at DESC").df()

    # insights -----------------------------------------------------------
    def stored_hashes(self, item_ids: Sequence[str]) -> dict[str, str]:
        """Return ``item_id -> content_hash`` for the ids already stored."""
        if not item_ids:
            return {}
        wanted = pd.DataFrame({"item_id": list(item_ids)})
        self._con.register("_wanted_ids", wanted)
        try:
            rows = self._con.execute(
                "SELECT i.item_id, i.content_hash FROM insights i "
                "JOIN _wanted_ids w USING (item_id)"
            ).fetchall()
        finally:
            self._con.unregister("_wanted_ids")
        return dict(rows)

    def upsert_insights(self, run_id: str, analysed: Sequence[AnalysedItem]) -> None:
        """Insert new items and replace changed ones (keeps ``first_run_id``)."""
        if not analysed:
            return
        now = datetime.now(UTC)
        frame = pd.DataFrame(
            [_insight_row(run_id, a, now) for a in analysed], columns=list(INSIGHT_COLUMNS)
        )
        frame["created_at"] = pd.to_datetime(frame["created_at"], utc=True)
        frame["topic_id"] = frame["topic_id"].astype("Int64")
        frame["rating"] = frame["rating"].astype("float64")
        columns = ", ".join(INSIGHT_COLUMNS)
        updates = ", ".join(
            f"{c} = excluded.{c}" for c in INSIGHT_COLUMNS if c not in ("item_id", "first_run_id")
        )
        self._con.register("_new_insights", frame)
        try:
            self._con.execute(
                f"INSERT INTO insights ({columns}) SELECT {columns} FROM _new_insights "
                f"ON CONFLICT (item_id) DO UPDATE SET {updates}"
            )
        finally:
            self._con.unregister("_new_insights")

    def read_insights(self) -> pd.DataFrame:
        """Return every stored insight, JSON columns decoded."""
        frame = self._con.execute("SELECT * FROM insights ORDER BY source, external_id").df()
        for column in JSON_COLUMNS:
            frame[column] = [json.loads(v) if isinstance(v, str) else v for v in frame[column]]
        return frame

    def customer_contacts(self, customer_keys: Sequence[str]) -> dict[str, list[dict]]:
        """Return earlier contacts (item_id, channel, created_at) per customer key."""
        keys = sorted({k for k in customer_keys if k})
        if not keys:
            return {}
        rows = self._con.execute(
            "SELECT customer_key, item_id, channel, created_at, conversation_id FROM insights "
            "WHERE customer_key IN (SELECT unnest(?::VARCHAR[]))",
            [keys],
        ).fetchall()
        contacts: dict[str, list[dict]] = {}
        for key, item_id, channel, created_at, conversation_id in rows:
            contacts.setdefault(key, []).append(
                {
                    "item_id": item_id,
                    "channel": channel,
                    "created_at": created_at,
                    "conversation_id": conversation_id,
                }
            )
        return contacts

    # quarantine ---------------------------------------------------------
    def add_quarantined(self, run_id: str, rows: Sequence[QuarantinedRow]) -> int:
        """Record quarantined rows; return how many were not known before."""
        new = 0
        for row in rows:
            key = hashlib.sha256(
                f"{row.source}\x1f{row.location}\x1f{row.reason}\x1f{row.raw_excerpt}".encode()
            ).hexdigest()[:24]
            known = self._con.execute(
                "SELECT 1 FROM quarantine WHERE row_key = ?", [key]
            ).fetchone()
            if known:
                self._con.execute(
                    "UPDATE quarantine SET last_run_id = ? WHERE row_key = ?", [run_id, key]
                )
                continue
            new += 1
            self._con.execute(
                "INSERT INTO quarantine VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    key,
                    row.source,
                    row.location,
                    row.reason,
                    row.detail,
                    row.raw_excerpt,
                    run_id,
                    run_id,
                ],
            )
        return new

    def read_quarantine(self) -> pd.DataFrame:
        """Return the quarantine table."""
        return self._con.execute("SELECT * FROM quarantine ORDER BY source, location").df()

    # embeddings cache -----------------------------------------------------
    def get_embeddings(self, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        """Return cached vectors by content hash."""
        if not hashes:
            return {}
        wanted = pd.DataFrame({"content_hash": list(set(hashes))})
        self._con.register("_wanted_hashes", wanted)
        try:
            rows = self._con.execute(
                "SELECT e.content_hash, e.vector FROM embeddings e "
                "JOIN _wanted_hashes w USING (content_hash) WHERE e.model = ?",
                [model],
            ).fetchall()
        finally:
            self._con.unregister("_wanted_hashes")
        return {h: np.asarray(v, dtype=np.float32) for h, v in rows}

    def put_embeddings(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        """Cache vectors by content hash."""
        if not vectors:
            return
        frame = pd.DataFrame(
            {
                "model": model,
                "content_hash": list(vectors),
                "vector": [np.asarray(v, dtype=np.float32).tolist() for v in vectors.values()],
            }
        )
        self._con.register("_new_vectors", frame)
        try:
            self._con.execute(
                "INSERT OR IGNORE INTO embeddings "
                "SELECT model, content_hash, vector::FLOAT[] FROM _new_vectors"
            )
        finally:
            self._con.unregister("_new_vectors")

    # topics -------------------------------------------------------------
    def save_topics(self, model_version: str, topics: Sequence[Mapping]) -> None:
        """Replace the descriptions of a topic model version's topics."""
        now = datetime.now(UTC)
        self._con.execute("DELETE FROM topics WHERE model_version = ?", [model_version])
        for topic in topics:
            self._con.execute(
                "INSERT INTO topics VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    model_version,
                    int(topic["topic_id"]),
                    topic["label"],
                    json_text(topic["keywords"]),
                    json_text(topic.get("keywords_by_lang", {})),
                    int(topic["size"]),
                    now,
                ],
            )

    def read_topics(self) -> pd.DataFrame:
        """Return topic descriptions of the newest model version."""
        frame = self._con.execute(
            "SELECT * FROM topics WHERE saved_at = (SELECT max(saved_at) FROM topics) "
            "ORDER BY topic_id"
        ).df()
        for column in ("keywords", "keywords_by_lang"):
            frame[column] = [json.loads(v) for v in frame[column]]
        return frame
