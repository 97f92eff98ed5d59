"""Store, topics part (mixed into :class:`SqlStore`).

Keeps the history of topic refits and, per refit, how each topic's id was
decided (``topic_id_map``: matched to a previous id, new, or retired), sets
topic ids on stored insights after a refit, and reads what topic trends need.
The tables (``topic_refits``, ``topic_id_map``) come from the store's
migrations (:mod:`vocmine.store._migrations`).
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from vocmine.schemas import RefitReport
from vocmine.store._session import Session


class TopicsMixin:
    """Topic refit history and topic id mapping; needs ``self._db`` (a :class:`Session`)."""

    _db: Session

    def record_topic_refit(self, report: RefitReport) -> None:
        """Store a refit and its id mapping.

        Args:
            report: The refit (:func:`vocmine.pipeline.refit.refit` builds it).
        """
        columns = (
            "refit_id",
            "refit_at",
            "model_version",
            "items",
            "topics",
            "matched",
            "new",
            "retired",
            "outlier_share",
            "centred",
            "seconds",
        )
        row = [
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
        ]
        with self._db.transaction():
            self._db.upsert_rows("topic_refits", columns, [row], ["refit_id"], columns[1:])
            self._db.execute("DELETE FROM topic_id_map WHERE refit_id = ?", [report.refit_id])
            self._db.executemany(
                "INSERT INTO topic_id_map VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    [
                        report.refit_id,
                        m.topic_id,
                        m.status,
                        m.fitted_id,
                        m.previous_id,
                        m.similarity,
                        m.label,
                    ]
                    for m in report.matches
                ],
            )

    def read_topic_refits(self) -> pd.DataFrame:
        """Return the refit history, newest first."""
        return self._db.frame("SELECT * FROM topic_refits ORDER BY refit_at DESC")

    def read_topic_id_map(self, refit_id: str | None = None) -> pd.DataFrame:
        """Return the id mapping of one refit (default: the newest), by topic id."""
        if refit_id is None:
            rows = self._db.fetchall(
                "SELECT refit_id FROM topic_refits ORDER BY refit_at DESC LIMIT 1"
            )
            if not rows:
                return self._db.frame("SELECT * FROM topic_id_map WHERE false")
            refit_id = rows[0][0]
        return self._db.frame(
            "SELECT * FROM topic_id_map WHERE refit_id = ? ORDER BY status <> 'retired', topic_id",
            [refit_id],
        )

    def max_topic_id_issued(self) -> int:
        """Return the largest topic id ever used (-1 when none), so fresh ids are never reused."""
        rows = self._db.fetchall(
            "SELECT max(m) FROM ("
            "SELECT max(topic_id) AS m FROM topic_id_map "
            "UNION ALL SELECT max(topic_id) FROM topics "
            "UNION ALL SELECT max(topic_id) FROM insights) AS issued"
        )
        return int(rows[0][0]) if rows and rows[0][0] is not None else -1

    def set_topic_ids(self, topic_ids: Mapping[str, int]) -> None:
        """Set ``topic_id`` of stored insights by ``item_id`` (after a refit)."""
        if not topic_ids:
            return
        self._db.update_rows(
            "insights", "item_id", "topic_id", [(k, int(v)) for k, v in topic_ids.items()]
        )

    def read_topic_assignments(self) -> pd.DataFrame:
        """Return ``item_id, created_at, analysed_at, lang, topic_id`` of every insight with a topic."""
        return self._db.frame(
            "SELECT item_id, created_at, analysed_at, lang, topic_id FROM insights "
            "WHERE topic_id IS NOT NULL"
        )
