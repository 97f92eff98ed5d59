"""DuckDB store, topics part (mixed into :class:`DuckDBStore`).

Keeps the history of topic refits and, per refit, how each topic's id was
decided (``topic_id_map``: matched to a previous id, new, or retired), sets
topic ids on stored insights after a refit, and reads what topic trends need.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import duckdb
import pandas as pd


class DuckDBTopicsMixin:
    """Topic refit history and topic id mapping; needs ``self._con`` (DuckDB)."""

    _con: duckdb.DuckDBPyConnection

    TOPICS_SCHEMA = """
CREATE TABLE IF NOT EXISTS topic_refits (
    refit_id VARCHAR PRIMARY KEY,
    refit_at TIMESTAMPTZ,
    model_version VARCHAR,
    items INTEGER,
    topics INTEGER,
    matched INTEGER,
    new INTEGER,
    retired INTEGER,
    outlier_share DOUBLE,
    centred BOOLEAN,
    seconds DOUBLE
);
CREATE TABLE IF NOT EXISTS topic_id_map (
    refit_id VARCHAR,
    topic_id INTEGER,
    status VARCHAR,
    fitted_id INTEGER,
    previous_id INTEGER,
    similarity DOUBLE,
    label VARCHAR
);
"""

    def record_topic_refit(self, report: Any) -> None:
        """Store a refit and its id mapping.

        Args:
            report: A :class:`vocmine.topic_refit.RefitReport` (or anything
                with the same attributes).
        """
        self._con.execute(
            "INSERT OR REPLACE INTO topic_refits VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                report.refit_id,
                report.refit_at,
                report.model_version,
                report.items,
                report.topics,
                report.matched,
                report.new,
                report.retired,
                report.outlier_share,
                report.centred,
                report.seconds,
            ],
        )
        self._con.execute("DELETE FROM topic_id_map WHERE refit_id = ?", [report.refit_id])
        for m in report.matches:
            self._con.execute(
                "INSERT INTO topic_id_map VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    report.refit_id,
                    m.topic_id,
                    m.status,
                    m.fitted_id,
                    m.previous_id,
                    m.similarity,
                    m.label,
                ],
            )

    def read_topic_refits(self) -> pd.DataFrame:
        """Return the refit history, newest first."""
        return self._con.execute("SELECT * FROM topic_refits ORDER BY refit_at DESC").df()

    def read_topic_id_map(self, refit_id: str | None = None) -> pd.DataFrame:
        """Return the id mapping of one refit (default: the newest), by topic id."""
        if refit_id is None:
            row = self._con.execute(
                "SELECT refit_id FROM topic_refits ORDER BY refit_at DESC LIMIT 1"
            ).fetchone()
            if row is None:
                return self._con.execute("SELECT * FROM topic_id_map WHERE false").df()
            refit_id = row[0]
        return self._con.execute(
            "SELECT * FROM topic_id_map WHERE refit_id = ? ORDER BY status <> 'retired', topic_id",
            [refit_id],
        ).df()

    def max_topic_id_issued(self) -> int:
        """Return the largest topic id ever used (-1 when none), so fresh ids are never reused."""
        row = self._con.execute(
            "SELECT max(m) FROM ("
            "SELECT max(topic_id) AS m FROM topic_id_map "
            "UNION ALL SELECT max(topic_id) FROM topics "
            "UNION ALL SELECT max(topic_id) FROM insights)"
        ).fetchone()
        return int(row[0]) if row and row[0] is not None else -1

    def set_topic_ids(self, topic_ids: Mapping[str, int]) -> None:
        """Set ``topic_id`` of stored insights by ``item_id`` (after a refit)."""
        if not topic_ids:
            return
        frame = pd.DataFrame({"item_id": list(topic_ids), "topic_id": list(topic_ids.values())})
        frame["topic_id"] = frame["topic_id"].astype("int64")
        self._con.register("_new_topic_ids", frame)
        try:
            self._con.execute(
                "UPDATE insights SET topic_id = n.topic_id FROM _new_topic_ids n "
                "WHERE insights.item_id = n.item_id"
            )
        finally:
            self._con.unregister("_new_topic_ids")

    def read_topic_assignments(self) -> pd.DataFrame:
        """Return ``item_id, created_at, analysed_at, lang, topic_id`` of every insight with a topic."""
        return self._con.execute(
            "SELECT item_id, created_at, analysed_at, lang, topic_id FROM insights "
            "WHERE topic_id IS NOT NULL"
        ).df()
