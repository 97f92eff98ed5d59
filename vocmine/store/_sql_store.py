"""The store written once in SQL that DuckDB and PostgreSQL share.

:class:`SqlStore` holds every query; a backend gives it a
:class:`~vocmine.store._session.Session` (connection plus dialect) and a URL.
Follow-ups, watermarks and topic refits come from mixins in their own
modules. The tables are made and changed only by the migrations in
:mod:`vocmine.store._migrations`, when a store is opened.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pandas as pd

from vocmine.errors import StoreError
from vocmine.schemas import AnalysedItem, QuarantinedRow, RunSummary, SentenceInsight
from vocmine.store._erasure import ErasureMixin
from vocmine.store._followups import FollowupsMixin
from vocmine.store._migrations import ensure_current
from vocmine.store._session import Session
from vocmine.store._topics import TopicsMixin
from vocmine.store._watermarks import WatermarksMixin
from vocmine.store._workspace import ItemQueryMixin, WorkspaceMixin
from vocmine.store.base import INSIGHT_COLUMNS, JSON_COLUMNS, json_text

RUN_COLUMNS: tuple[str, ...] = (
    "run_id",
    "started_at",
    "finished_at",
    "status",
    "rows_in",
    "stored",
    "updated",
    "quarantined",
    "skipped_duplicates",
    "analysis_errors",
    "followups_opened",
    "model_versions",
    "exports",
    "summary",
)
_INSIGHT_UPDATES = tuple(c for c in INSIGHT_COLUMNS if c not in ("item_id", "first_run_id"))


def _plain(value: Any) -> Any:
    """Return numpy scalars as Python ones (drivers bind those everywhere)."""
    return value.item() if isinstance(value, np.generic) else value


def _insight_row(run_id: str, analysed: AnalysedItem, now: datetime) -> list[Any]:
    item, insight = analysed.item, analysed.insight
    row = {
        "item_id": item.item_id,
        "source": item.source,
        "external_id": item.external_id,
        "channel": item.channel,
        "created_at": item.created_at,
        "customer_key": analysed.customer_key,
        "conversation_id": item.conversation_id,
        "rating": None if item.rating is None else float(item.rating),
        "content_hash": analysed.content_hash,
        "lang": insight.lang,
        "lang_confidence": insight.lang_confidence,
        "sentiment": insight.sentiment,
        "sentiment_score": insight.sentiment_score,
        "sentiment_probabilities": json_text(insight.sentiment_probabilities),
        "categories": json_text(insight.categories),
        "category_scores": json_text(insight.category_scores),
        "aspect_sentiment": json_text(insight.aspect_sentiment),
        "learned_categories": json_text(insight.learned_categories),
        "effort": insight.effort,
        "effort_signals": json_text(insight.effort_signals),
        "effort_probability": insight.effort_probability,
        "churn_risk": insight.churn_risk,
        "signal_reasons": json_text(insight.signal_reasons),
        "churn_probability": insight.churn_probability,
        "severity": insight.severity,
        "needs_review": insight.needs_review,
        "review_reasons": json_text(insight.review_reasons),
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
    return [_plain(row[c]) for c in INSIGHT_COLUMNS]


def _sentence_dict(sentence: SentenceInsight) -> dict[str, Any]:
    return {
        "text": sentence.text,
        "sentiment": sentence.sentiment,
        "sentiment_score": sentence.sentiment_score,
        "categories": list(sentence.categories),
    }


def quarantine_key(row: QuarantinedRow) -> str:
    """Return the id of a quarantined row: the same bad row gets the same key every run."""
    raw = f"{row.source}\x1f{row.location}\x1f{row.reason}\x1f{row.raw_excerpt}"
    return hashlib.sha256(raw.encode()).hexdigest()[:24]


class SqlStore(
    FollowupsMixin, WatermarksMixin, TopicsMixin, ErasureMixin, WorkspaceMixin, ItemQueryMixin
):
    """Every store query, run on the session a backend provides.

    Args:
        session: The open connection and its dialect.
        url: The store URL, with any password masked (shown in messages and
            used as the key of the run lock).
        auto_upgrade: Bring a store behind the code's schema version up to
            it; False refuses such a store (see
            :func:`~vocmine.store._migrations.ensure_current`).

    Raises:
        StoreError: The store's schema is newer than the code, or behind it
            with ``auto_upgrade`` off (the session is closed then).
    """

    def __init__(self, session: Session, url: str, auto_upgrade: bool = True) -> None:
        self._db = session
        self.url = url
        try:
            ensure_current(session, url, auto_upgrade)
        except BaseException:
            session.close()
            raise

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection (and the run lock, if this store took it)."""
        self._db.close()

    def claim_for_run(self) -> None:
        """Take the store's run lock for as long as this store stays open.

        Runs recorded as ``running`` are then marked ``interrupted``: with the
        lock held, no other run can be alive (a killed run leaves its row).

        Raises:
            StoreError: Another vocmine run is writing this store now.
        """
        if not self._db.try_run_lock():
            raise StoreError(
                f"another vocmine run is writing {self.url} right now; this run did nothing - "
                "retry after that run finishes"
            )
        # Holding the lock, no other run is alive: a run still "running" died.
        self._db.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")

    # runs ---------------------------------------------------------------
    def start_run(self, summary: RunSummary) -> None:
        """Record that a run started."""
        self._db.upsert_rows(
            "runs",
            ("run_id", "started_at", "status"),
            [[summary.run_id, summary.started_at, summary.status]],
            ["run_id"],
            ["started_at", "status"],
        )

    def finish_run(self, summary: RunSummary) -> None:
        """Record a run's final counts and status."""
        row = [
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
        ]
        self._db.upsert_rows("runs", RUN_COLUMNS, [row], ["run_id"], RUN_COLUMNS[1:])

    def read_runs(self) -> pd.DataFrame:
        """Return the runs table, newest first."""
        return self._db.frame("SELECT * FROM runs ORDER BY started_at DESC")

    # insights -----------------------------------------------------------
    def stored_hashes(self, item_ids: Sequence[str]) -> dict[str, str]:
        """Return ``item_id -> content_hash`` for the ids already stored."""
        if not item_ids:
            return {}
        rows = self._db.fetchall(
            "SELECT item_id, content_hash FROM insights WHERE " + self._db.in_list("item_id"),
            [list(item_ids)],
        )
        return dict(rows)

    def upsert_insights(self, run_id: str, analysed: Sequence[AnalysedItem]) -> None:
        """Insert new items and replace changed ones (keeps ``first_run_id``)."""
        if not analysed:
            return
        now = datetime.now(UTC)
        rows = [_insight_row(run_id, a, now) for a in analysed]
        with self._db.transaction():
            self._db.upsert_rows("insights", INSIGHT_COLUMNS, rows, ["item_id"], _INSIGHT_UPDATES)

    def read_insights(self) -> pd.DataFrame:
        """Return every stored insight, JSON columns decoded."""
        frame = self._db.frame("SELECT * FROM insights ORDER BY source, external_id")
        for column in JSON_COLUMNS:
            frame[column] = [json.loads(v) if isinstance(v, str) else v for v in frame[column]]
        return frame

    def customer_contacts(self, customer_keys: Sequence[str]) -> dict[str, list[dict]]:
        """Return stored contacts (item_id, channel, created_at, conversation_id, categories)."""
        keys = sorted({k for k in customer_keys if k})
        if not keys:
            return {}
        rows = self._db.fetchall(
            "SELECT customer_key, item_id, channel, created_at, conversation_id, categories "
            "FROM insights WHERE " + self._db.in_list("customer_key"),
            [keys],
        )
        contacts: dict[str, list[dict]] = {}
        for key, item_id, channel, created_at, conversation_id, categories in rows:
            contacts.setdefault(key, []).append(
                {
                    "item_id": item_id,
                    "channel": channel,
                    "created_at": created_at,
                    "conversation_id": conversation_id,
                    "categories": json.loads(categories) if categories else [],
                }
            )
        return contacts

    # quarantine ---------------------------------------------------------
    def add_quarantined(self, run_id: str, rows: Sequence[QuarantinedRow]) -> int:
        """Record quarantined rows; return how many were not known before."""
        if not rows:
            return 0
        by_key = {quarantine_key(row): row for row in rows}
        with self._db.transaction():
            known = {
                key
                for (key,) in self._db.fetchall(
                    "SELECT row_key FROM quarantine WHERE " + self._db.in_list("row_key"),
                    [list(by_key)],
                )
            }
            self._db.executemany(
                "UPDATE quarantine SET last_run_id = ? WHERE row_key = ?",
                [[run_id, key] for key in sorted(known)],
            )
            fresh = [
                [key, r.source, r.location, r.reason, r.detail, r.raw_excerpt, run_id, run_id]
                for key, r in by_key.items()
                if key not in known
            ]
            self._db.executemany("INSERT INTO quarantine VALUES (?, ?, ?, ?, ?, ?, ?, ?)", fresh)
        return len(fresh)

    def read_quarantine(self) -> pd.DataFrame:
        """Return the quarantine table."""
        return self._db.frame("SELECT * FROM quarantine ORDER BY source, location")

    # embeddings cache -----------------------------------------------------
    def get_embeddings(self, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        """Return cached vectors by content hash."""
        if not hashes:
            return {}
        rows = self._db.fetchall(
            "SELECT content_hash, vector FROM embeddings WHERE model = ? AND "
            + self._db.in_list("content_hash"),
            [model, sorted(set(hashes))],
        )
        return {h: self._db.vector_value(v) for h, v in rows}

    def put_embeddings(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        """Cache vectors by content hash (a hash already cached is left as it is)."""
        if not vectors:
            return
        rows = [[model, h, self._db.vector_param(v)] for h, v in vectors.items()]
        with self._db.transaction():
            self._db.upsert_rows(
                "embeddings",
                ("model", "content_hash", "vector"),
                rows,
                ["model", "content_hash"],
                None,
            )

    # topics -------------------------------------------------------------
    def save_topics(self, model_version: str, topics: Sequence[Mapping]) -> None:
        """Replace the descriptions of a topic model version's topics."""
        now = datetime.now(UTC)
        rows = [
            [
                model_version,
                int(topic["topic_id"]),
                topic["label"],
                json_text(topic["keywords"]),
                json_text(topic.get("keywords_by_lang", {})),
                int(topic["size"]),
                now,
            ]
            for topic in topics
        ]
        with self._db.transaction():
            self._db.execute("DELETE FROM topics WHERE model_version = ?", [model_version])
            self._db.executemany("INSERT INTO topics VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    def read_topics(self) -> pd.DataFrame:
        """Return topic descriptions of the newest model version.

        ``label`` is an analyst's label where the topic has one
        (:meth:`set_topic_label`), else the model's; ``model_label`` is the model's.
        """
        frame = self._db.frame(
            "SELECT * FROM topics WHERE saved_at = (SELECT max(saved_at) FROM topics) "
            "ORDER BY topic_id"
        )
        for column in ("keywords", "keywords_by_lang"):
            frame[column] = [json.loads(v) for v in frame[column]]
        corrected = dict(self._db.fetchall("SELECT topic_id, label FROM topic_labels"))
        frame["model_label"] = frame["label"]
        frame["label"] = [
            corrected.get(int(t), label)
            for t, label in zip(frame["topic_id"], frame["label"], strict=True)
        ]
        return frame
