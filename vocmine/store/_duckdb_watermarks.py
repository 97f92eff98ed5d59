"""DuckDB store, source watermarks part (mixed into :class:`DuckDBStore`).

A watermark is the newest ``updated_at`` (or cursor) a source has delivered,
so the next incremental run asks only for what came after it.
"""

from __future__ import annotations

import duckdb


class DuckDBWatermarksMixin:
    """Watermark storage; needs ``self._con`` (a DuckDB connection)."""

    _con: duckdb.DuckDBPyConnection

    WATERMARKS_SCHEMA = """
CREATE TABLE IF NOT EXISTS watermarks (
    source VARCHAR PRIMARY KEY,
    value VARCHAR,
    updated_at TIMESTAMPTZ
);
"""

    def get_watermark(self, source: str) -> str | None:
        """Return the stored watermark of a source, or None before its first run."""
        row = self._con.execute(
            "SELECT value FROM watermarks WHERE source = ?", [source]
        ).fetchone()
        return row[0] if row else None

    def set_watermark(self, source: str, value: str) -> None:
        """Store a source's watermark (ISO timestamp or opaque cursor)."""
        self._con.execute("INSERT OR REPLACE INTO watermarks VALUES (?, ?, now())", [source, value])
