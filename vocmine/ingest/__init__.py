"""Ingest: read feedback sources into :class:`~vocmine.schemas.FeedbackItem` rows.

Public API::

    read_source(spec, since=, processed=) -> IngestResult   # one configured source
    read_files(paths, source=..)          -> IngestResult   # ad-hoc files (CLI)
    decode_bytes(data, declared)          -> (text, encoding)

Connectors, one module each: ``files`` (CSV/JSONL/JSON/XLSX/Parquet),
``chats`` (transcripts by turn), ``rest`` (helpdesk APIs), ``sql`` (any
SQLAlchemy URL); ``clean`` strips HTML and quoted replies. A ``folder_drop``
source reads each file (name + SHA-256) once; ``rest``/``sql`` sources read
what changed since their watermark. With a :class:`FileManifest` (``manifest``),
``file``/``folder_drop`` sources and ad-hoc files skip files unchanged since
the last stored run and read grown JSON Lines files from where they ended. What to remember is returned in
``IngestResult.watermarks`` / ``files_read`` and stored by the pipeline only
after the run has stored the items.

Accounting: ``rows_in == len(items) + len(quarantined) + skipped_duplicates``.
A duplicate is a row whose ``external_id`` was already read as an item in the
same read (across all files of the read); the **first** occurrence is kept,
so the result does not depend on clocks or on unparsable dates.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence, Set
from functools import partial
from pathlib import Path
from typing import Any, Literal

from vocmine.ingest.chats import conversation_row, iter_chat_rows
from vocmine.ingest.collect import collect_rows
from vocmine.ingest.encoding import UndecodableError, decode_bytes
from vocmine.ingest.files import iter_jsonl_rows, iter_table_rows
from vocmine.ingest.manifest import (
    FileManifest,
    FilePlan,
    FileState,
    manifest_key,
    plan_file_read,
    read_fingerprint,
)
from vocmine.ingest.records import Row, record_row
from vocmine.ingest.spec import SourceSpec
from vocmine.schemas import IngestResult

__all__ = [
    "FileManifest",
    "SourceSpec",
    "UndecodableError",
    "collect_rows",
    "decode_bytes",
    "file_sha256",
    "manifest_key",
    "read_fingerprint",
    "read_files",
    "read_source",
]


def read_source(
    spec: SourceSpec,
    since: str | None = None,
    processed: Set[tuple[str, str]] = frozenset(),
    secrets: Callable[[str], str] | None = None,
    manifest: FileManifest | None = None,
) -> IngestResult:
    """Read one configured source.

    Args:
        spec: The source; a relative ``path`` is taken relative to the current
            directory (use :meth:`SourceSpec.resolved` first).
        since: The source's stored watermark (``rest`` and ``sql`` sources).
        processed: ``(file name, sha256)`` already read (``folder_drop`` sources).
        secrets: Reads a named secret (a REST source's ``token_secret``).
        manifest: Its files as last stored (``file``/``folder_drop`` sources):
            files unchanged since are not read, JSON Lines files that only
            grew are read from where they ended (see :mod:`.manifest`). None
            reads every file.

    Returns:
        Items, quarantined rows, counts, and what to remember once stored
        (``watermarks``, including the new file manifest; ``files_read``).
        Bad rows never raise.

    Raises:
        FileNotFoundError: If the source path does not exist (a config error).
        InputError: If a REST API or database cannot be read at all.
    """
    if spec.type == "rest":
        from vocmine.ingest.rest import read_rest_source

        return read_rest_source(spec, since, secrets=secrets)
    if spec.type == "sql":
        from vocmine.ingest.sql import read_sql_source

        return read_sql_source(spec, since)
    result = IngestResult()
    chats = spec.kind == "chats"
    seen = FileManifest(manifest.fingerprint, {}) if manifest is not None else None
    for path in spec.files():
        appendable = spec.type == "file" and spec.format_of(path) == "jsonl"
        plan = _plan(path, manifest, appendable)
        if seen is not None:
            seen.files[str(path)] = plan.state
        if plan.action == "skip":
            continue
        if spec.type == "folder_drop":
            digest = plan.state.sha256
            if (path.name, digest) in processed:
                continue
            result.files_read.append((spec.name, path.name, digest))
        if plan.action == "tail":
            start, first_line = plan.offset, plan.first_line
            rows = (
                iter_chat_rows(path, spec, start, first_line)
                if chats
                else iter_jsonl_rows(path, spec, start=start, first_line=first_line)
            )
        else:
            rows = iter_chat_rows(path, spec) if chats else iter_table_rows(path, spec)
        collect_rows(rows, result)
    if seen is not None:
        result.watermarks[manifest_key(spec.name)] = seen.to_text()
    return result


def _plan(path: Path, manifest: FileManifest | None, appendable: bool) -> FilePlan:
    """Plan a file's read against the manifest; without one, hash-free full read."""
    if manifest is None:
        return FilePlan(path, "read", FileState(0, 0, "", 0, False))
    return plan_file_read(path, manifest.get(path), appendable)


def file_sha256(path: Path) -> str:
    """Return the SHA-256 hex digest of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_files(
    paths: Sequence[Path], source: str = "cli", manifest: FileManifest | None = None
) -> IngestResult:
    """Read ad-hoc files, choosing kind and format from each extension.

    ``.jsonl``: items like ``{"id", "text", "lang"?, "channel"?, "created_at"?}``
    (the analyse contract's input; a line with ``turns`` and no ``text`` is read
    as a chat conversation); ``.csv``/``.xlsx``: reviews; ``.json``: tickets.

    Args:
        paths: Files to read, in order; duplicates are detected across them.
        source: Source name used in the items' stable ids.
        manifest: The files as last stored; unchanged ones are skipped and
            grown JSON Lines files read from where they ended (the new
            manifest is returned under ``watermarks[manifest_key(source)]``).
            None reads every file.

    Returns:
        One result for all files.
    """
    result = IngestResult()
    seen = FileManifest(manifest.fingerprint, {}) if manifest is not None else None
    for path in map(Path, paths):
        suffix = path.suffix.lower()
        jsonl = suffix in (".jsonl", ".ndjson")
        plan = _plan(path, manifest, appendable=jsonl)
        if seen is not None:
            seen.files[str(path)] = plan.state
        if plan.action == "skip":
            continue
        if jsonl:
            generic = SourceSpec(
                name=source, kind="reviews", path=path, format="jsonl", channel="other"
            )
            chat = SourceSpec(name=source, kind="chats", path=path, format="jsonl")
            build = partial(_contract_row, generic=generic, chat=chat)
            rows = iter_jsonl_rows(path, generic, build, plan.offset, plan.first_line)
            collect_rows(rows, result)
            continue
        formats: dict[str, Literal["json", "xlsx", "parquet"]] = {
            ".json": "json",
            ".xlsx": "xlsx",
            ".parquet": "parquet",
        }
        spec = SourceSpec(
            name=source,
            kind="tickets" if suffix == ".json" else "reviews",
            path=path,
            format=formats.get(suffix, "csv"),
        )
        collect_rows(iter_table_rows(path, spec), result)
    if seen is not None:
        result.watermarks[manifest_key(source)] = seen.to_text()
    return result


def _contract_row(
    obj: Any, location: str, raw: Any, *, generic: SourceSpec, chat: SourceSpec
) -> Row:
    if isinstance(obj, dict) and "turns" in obj and "text" not in obj:
        return conversation_row(obj, chat, location, raw)
    return record_row(obj, generic, location, raw)
