"""Store, source watermarks part (mixed into :class:`SqlStore`).

A watermark is the newest ``updated_at`` (or cursor) a source has delivered,
so the next incremental run asks only for what came after it. A folder-drop
source instead remembers each file it has read (name and SHA-256), so a file
is picked up once, and again only if its content changes.

Both are written only after the run has stored what it read, so a run that
dies half-way reads the same window again (content hashes make that a no-op
for what was already stored). The tables (``watermarks``,
``processed_files``) come from the store's migrations
(:mod:`vocmine.store._migrations`).
"""

from __future__ import annotations

from collections.abc import Sequence

from vocmine.store._session import Session


class WatermarksMixin:
    """Watermark and processed-file storage; needs ``self._db`` (a :class:`Session`)."""

    _db: Session

    def get_watermark(self, source: str) -> str | None:
        """Return the stored watermark of a source, or None before its first run."""
        rows = self._db.fetchall("SELECT value FROM watermarks WHERE source = ?", [source])
        return rows[0][0] if rows else None

    def set_watermark(self, source: str, value: str) -> None:
        """Store a source's watermark (ISO timestamp or opaque cursor)."""
        self._db.execute(
            "INSERT INTO watermarks VALUES (?, ?, now()) "
            "ON CONFLICT (source) DO UPDATE SET value = excluded.value, updated_at = now()",
            [source, value],
        )

    def processed_files(self, source: str) -> set[tuple[str, str]]:
        """Return ``(file name, sha256)`` of every file of a folder-drop source already stored."""
        rows = self._db.fetchall(
            "SELECT file_name, sha256 FROM processed_files WHERE source = ?", [source]
        )
        return {(name, digest) for name, digest in rows}

    def mark_files_processed(self, files: Sequence[tuple[str, str, str]]) -> None:
        """Remember ``(source, file name, sha256)`` files as read and stored (in one transaction)."""
        if not files:
            return
        with self._db.transaction():
            self._db.executemany(
                "INSERT INTO processed_files VALUES (?, ?, ?, now()) ON CONFLICT DO NOTHING",
                [list(entry) for entry in files],
            )
