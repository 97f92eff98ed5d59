"""Declarative description of one feedback source (a file or a folder of files)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SourceKind = Literal["reviews", "tickets", "chats"]
SourceFormat = Literal["auto", "csv", "jsonl", "json", "xlsx"]

DEFAULT_CHANNELS: dict[str, str] = {"reviews": "review", "tickets": "ticket", "chats": "chat"}
"""Channel given to the items of a source whose spec does not name one."""

FORMAT_BY_SUFFIX: dict[str, str] = {
    ".csv": "csv",
    ".tsv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".xlsx": "xlsx",
}
"""File format implied by a file extension (``format: auto``)."""


class SourceSpec(BaseModel):
    """One configured source, as declared under ``sources:`` in ``vocmine.yaml``.

    Attributes:
        name: Unique source name; part of every item's stable id.
        kind: ``reviews``, ``tickets`` or ``chats``; decides default columns and channel.
        path: A file, or a folder whose matching files are all read in sorted order.
        format: ``auto`` (from the extension), ``csv``, ``jsonl``, ``json`` or ``xlsx``.
        encoding: ``auto`` (detect) or a Python codec name used strictly.
        channel: Channel of the items; defaults from ``kind`` (review/ticket/chat).
        mapping: Our field -> column (or JSON key) in the file, e.g.
            ``{"external_id": "review_id", "text": "body"}``. Fields not mapped are
            looked up under their usual names (see ``vocmine.ingest.files.DEFAULT_COLUMNS``).
        lang: Language hint for the whole source (ISO 639-1).
        csv_delimiter: CSV delimiter; ``None`` sniffs it from the first lines.

    Example:
        >>> spec = SourceSpec(name="shop", kind="reviews", path="data/reviews.csv")
        >>> spec.resolved(Path("/repo")).path
        PosixPath('/repo/data/reviews.csv')
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    kind: SourceKind
    path: Path
    format: SourceFormat = "auto"
    encoding: str = "auto"
    channel: str | None = None
    mapping: dict[str, str] = Field(default_factory=dict)
    lang: str | None = None
    csv_delimiter: str | None = None

    @property
    def default_channel(self) -> str:
        """Channel for items of this source that do not carry their own."""
        return self.channel or DEFAULT_CHANNELS[self.kind]

    def resolved(self, base_dir: Path) -> SourceSpec:
        """Return a copy whose relative ``path`` is resolved against ``base_dir``.

        Args:
            base_dir: Folder of the config file that declares this source.

        Returns:
            The same spec with an absolute path (unchanged if already absolute).
        """
        path = self.path.expanduser()
        if not path.is_absolute():
            path = Path(base_dir) / path
        return self.model_copy(update={"path": path})

    def files(self) -> list[Path]:
        """Return the files this source reads, sorted by name.

        A file path is returned as is. A folder yields its files whose extension
        matches ``format`` (any supported extension when ``format`` is ``auto``).

        Raises:
            FileNotFoundError: If ``path`` does not exist.
        """
        if self.path.is_file():
            return [self.path]
        if not self.path.is_dir():
            raise FileNotFoundError(f"source {self.name!r}: no such file or folder: {self.path}")
        suffixes = {
            suffix for suffix, fmt in FORMAT_BY_SUFFIX.items() if self.format in ("auto", fmt)
        }
        return sorted(
            p for p in self.path.iterdir() if p.is_file() and p.suffix.lower() in suffixes
        )

    def format_of(self, path: Path) -> str:
        """Return the concrete format of ``path`` (``format`` or the extension's)."""
        if self.format != "auto":
            return self.format
        return FORMAT_BY_SUFFIX.get(path.suffix.lower(), "csv")
