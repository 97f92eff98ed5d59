"""Declarative description of one feedback source: files, a folder drop, a REST API or SQL."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from vocmine.errors import ConfigError

SourceKind = Literal["reviews", "tickets", "chats"]
SourceType = Literal["file", "folder_drop", "rest", "sql"]
SourceFormat = Literal["auto", "csv", "jsonl", "json", "xlsx", "parquet"]

DEFAULT_CHANNELS: dict[str, str] = {"reviews": "review", "tickets": "ticket", "chats": "chat"}
"""Channel given to the items of a source whose spec does not name one."""

FORMAT_BY_SUFFIX: dict[str, str] = {
    ".csv": "csv",
    ".tsv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".xlsx": "xlsx",
    ".parquet": "parquet",
}
"""File format implied by a file extension (``format: auto``)."""


class PathEscapeError(ConfigError):
    """A configured path points outside the source's ``root`` folder."""


class RestOptions(BaseModel):
    """How to page through a helpdesk REST API (``type: rest``).

    Attributes:
        url: The list endpoint, e.g. ``https://helpdesk.example.com/api/tickets``.
        token_env: Name of the environment variable holding the bearer token
            (the token itself is never written in a file nor logged).
        token_secret: Name of a Prefect Secret block holding the token
            instead (read by the Prefect flow at run time; the library never
            imports Prefect, the flow hands it a secret reader).
        paging: ``cursor`` (the response names the next cursor) or ``page``
            (page numbers from 1 until an empty page).
        items_key: Key of the list of records in each response page.
        next_cursor_key: Key of the next cursor in a response (``cursor`` paging).
        cursor_param: Query parameter that sends the cursor.
        page_param: Query parameter that sends the page number (``page`` paging).
        page_size_param: Query parameter for the page size; None to send none.
        page_size: Records asked for per page.
        since_param: Query parameter for the incremental lower bound.
        updated_field: Record field holding the last-update time (the watermark).
        max_pages: Safety bound on pages read per run.
        max_retries: Retries of one request on 429, 5xx and connection errors.
        backoff_seconds: First retry delay; doubles each retry unless the
            server sends ``Retry-After``.
        max_backoff_seconds: Longest wait between retries (also caps Retry-After).
        timeout_seconds: Socket timeout per request.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: str = Field(pattern=r"^https?://")
    token_env: str | None = None
    token_secret: str | None = None
    paging: Literal["cursor", "page"] = "cursor"
    items_key: str = "items"
    next_cursor_key: str = "next_cursor"
    cursor_param: str = "cursor"
    page_param: str = "page"
    page_size_param: str | None = "per_page"
    page_size: int = Field(default=100, ge=1)
    since_param: str = "updated_since"
    updated_field: str = "updated_at"
    max_pages: int = Field(default=10_000, ge=1)
    max_retries: int = Field(default=5, ge=0)
    backoff_seconds: float = Field(default=1.0, ge=0)
    max_backoff_seconds: float = Field(default=60.0, ge=0)
    timeout_seconds: float = Field(default=30.0, gt=0)

    @model_validator(mode="after")
    def _one_token_place(self) -> RestOptions:
        if self.token_env and self.token_secret:
            raise ValueError("rest: give token_env or token_secret, not both")
        return self


class SqlOptions(BaseModel):
    """Which rows to read from a database (``type: sql``).

    Attributes:
        url: SQLAlchemy URL without a password (``sqlite:///helpdesk.db``,
            ``postgresql+psycopg://reader@db/helpdesk``); or use ``url_env``.
        url_env: Name of an environment variable holding the URL (with secrets).
        table: A table to read (``schema.table`` allowed); or give ``query``.
        query: A SELECT whose result columns are mapped like a file's. Values
            are bound parameters only; vocmine wraps it as a subquery.
        updated_column: Column holding the last-update time (the watermark);
            None reads everything every run.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: str | None = None
    url_env: str | None = None
    table: str | None = Field(
        default=None, pattern=r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$"
    )
    query: str | None = None
    updated_column: str | None = Field(default=None, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")

    @model_validator(mode="after")
    def _one_of_each(self) -> SqlOptions:
        if (self.url is None) == (self.url_env is None):
            raise ValueError("sql: give exactly one of url or url_env")
        if (self.table is None) == (self.query is None):
            raise ValueError("sql: give exactly one of table or query")
        return self


class SourceSpec(BaseModel):
    """One configured source, as declared under ``sources:`` in ``vocmine.yaml``.

    Attributes:
        name: Unique source name; part of every item's stable id.
        kind: ``reviews``, ``tickets`` or ``chats``; decides default columns and channel.
        type: ``file`` (a file, or every matching file of a folder, each run),
            ``folder_drop`` (files of a folder, each file name+content read
            once), ``rest`` or ``sql``.
        path: The file or folder (``file`` and ``folder_drop``).
        root: Folder that ``path`` must stay inside (relative ``path`` is taken
            against it); a path or symlink escaping it is a config error.
        format: ``auto`` (from the extension), ``csv``, ``jsonl``, ``json``,
            ``xlsx`` or ``parquet``.
        encoding: ``auto`` (detect) or a Python codec name used strictly.
        channel: Channel of the items; defaults from ``kind`` (review/ticket/chat).
        mapping: Our field -> column (or JSON key) in the file, e.g.
            ``{"external_id": "review_id", "text": "body"}``. Fields not mapped are
            looked up under their usual names (see ``vocmine.ingest.records.DEFAULT_COLUMNS``).
        lang: Language hint for the whole source (ISO 639-1).
        csv_delimiter: CSV delimiter; ``None`` sniffs it from the first lines.
        rest: Options of a ``rest`` source.
        sql: Options of a ``sql`` source.
        retention_days: Items of this source older than this many days are
            purged by every run (overrides the global ``retention_days``).
        score_scale: What the source's ``rating`` is: ``stars_1_5``,
            ``csat_1_5``, ``nps_0_10`` or ``ces_1_7`` (None: told from the
            values where possible). The workspace dashboard shows NPS and CES
            per category and topic for the sources that have them.

    Example:
        >>> spec = SourceSpec(name="shop", kind="reviews", path="data/reviews.csv")
        >>> spec.resolved(Path("/repo")).path
        PosixPath('/repo/data/reviews.csv')
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    kind: SourceKind
    type: SourceType = "file"
    path: Path | None = None
    root: Path | None = None
    format: SourceFormat = "auto"
    encoding: str = "auto"
    channel: str | None = None
    mapping: dict[str, str] = Field(default_factory=dict)
    lang: str | None = None
    csv_delimiter: str | None = None
    rest: RestOptions | None = None
    sql: SqlOptions | None = None
    retention_days: int | None = Field(default=None, ge=1)
    score_scale: Literal["stars_1_5", "csat_1_5", "nps_0_10", "ces_1_7"] | None = None

    @model_validator(mode="after")
    def _options_match_type(self) -> SourceSpec:
        needs_path = self.type in ("file", "folder_drop")
        if needs_path and self.path is None:
            raise ValueError(f"source {self.name!r}: type {self.type} needs a path")
        if self.type == "rest" and self.rest is None:
            raise ValueError(f"source {self.name!r}: type rest needs rest: options")
        if self.type == "sql" and self.sql is None:
            raise ValueError(f"source {self.name!r}: type sql needs sql: options")
        return self

    @property
    def default_channel(self) -> str:
        """Channel for items of this source that do not carry their own."""
        return self.channel or DEFAULT_CHANNELS[self.kind]

    @property
    def file_path(self) -> Path:
        """The configured path (file sources only)."""
        if self.path is None:
            raise ValueError(f"source {self.name!r} ({self.type}) has no path")
        return self.path

    def resolved(self, base_dir: Path) -> SourceSpec:
        """Return a copy with absolute ``root``/``path``, checked to stay inside ``root``.

        Args:
            base_dir: Folder of the config file that declares this source.

        Returns:
            The same spec with absolute paths (unchanged for rest/sql sources).

        Raises:
            PathEscapeError: If ``root`` is set and ``path`` resolves outside it.
        """
        if self.path is None:
            return self
        root = _absolute(self.root, Path(base_dir)) if self.root is not None else None
        path = _absolute(self.path, root if root is not None else Path(base_dir))
        if root is not None:
            ensure_inside(path, root, self.name)
        return self.model_copy(update={"path": path, "root": root})

    def files(self) -> list[Path]:
        """Return the files this source reads, sorted by name.

        A file path is returned as is. A folder yields its files whose extension
        matches ``format`` (any supported extension when ``format`` is ``auto``).
        With a ``root``, files (or symlinks) resolving outside it are refused.

        Raises:
            FileNotFoundError: If ``path`` does not exist.
            PathEscapeError: If a file resolves outside ``root``.
        """
        path = self.file_path
        if path.is_file():
            found = [path]
        elif not path.is_dir():
            raise FileNotFoundError(f"source {self.name!r}: no such file or folder: {path}")
        else:
            suffixes = {
                suffix for suffix, fmt in FORMAT_BY_SUFFIX.items() if self.format in ("auto", fmt)
            }
            found = sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix.lower() in suffixes
            )
        if self.root is not None:
            for file in found:
                ensure_inside(file, self.root, self.name)
        return found

    def format_of(self, path: Path) -> str:
        """Return the concrete format of ``path`` (``format`` or the extension's)."""
        if self.format != "auto":
            return self.format
        return FORMAT_BY_SUFFIX.get(path.suffix.lower(), "csv")


def _absolute(path: Path, base: Path) -> Path:
    path = Path(path).expanduser()
    return path if path.is_absolute() else base / path


def ensure_inside(path: Path, root: Path, source: str = "") -> Path:
    """Return ``path`` resolved (symlinks, ``..``) if it lies inside ``root``.

    Raises:
        PathEscapeError: If it does not.
    """
    real_root = Path(root).resolve()
    real = Path(path).resolve()
    if real != real_root and real_root not in real.parents:
        raise PathEscapeError(f"source {source!r}: path {path} is outside its root {root}")
    return real
