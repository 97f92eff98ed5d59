"""Ingest: read feedback files into :class:`~vocmine.schemas.FeedbackItem` rows.

Public API::

    read_source(spec)            -> IngestResult   # one configured source
    read_files(paths, source=..) -> IngestResult   # ad-hoc files (CLI)
    decode_bytes(data, declared) -> (text, encoding)

Accounting: ``rows_in == len(items) + len(quarantined) + skipped_duplicates``.
A duplicate is a row whose ``external_id`` was already read as an item in the
same read (across all files of the read); the **first** occurrence is kept,
so the result does not depend on clocks or on unparsable dates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from vocmine.ingest.chats import conversation_row, iter_chat_rows
from vocmine.ingest.encoding import UndecodableError, decode_bytes
from vocmine.ingest.files import Row, iter_jsonl_rows, iter_table_rows, record_row
from vocmine.ingest.spec import SourceSpec
from vocmine.schemas import FeedbackItem, IngestResult

__all__ = [
    "SourceSpec",
    "UndecodableError",
    "collect_rows",
    "decode_bytes",
    "read_files",
    "read_source",
]


def collect_rows(rows: Iterable[Row], result: IngestResult | None = None) -> IngestResult:
    """Add rows to an :class:`IngestResult`, dropping repeated external ids.

    Args:
        rows: Items and quarantined rows, in file order.
        result: A result to extend (its items count as already seen).

    Returns:
        The (new or extended) result.
    """
    result = result if result is not None else IngestResult()
    seen = {(item.source, item.external_id) for item in result.items}
    for row in rows:
        result.rows_in += 1
        if not isinstance(row, FeedbackItem):
            result.quarantined.append(row)
        elif (row.source, row.external_id) in seen:
            result.skipped_duplicates += 1
        else:
            seen.add((row.source, row.external_id))
            result.items.append(row)
    return result


def read_source(spec: SourceSpec) -> IngestResult:
    """Read every file of a configured source.

    Args:
        spec: The source; a relative ``path`` is taken relative to the current
            directory (use :meth:`SourceSpec.resolved` first).

    Returns:
        Items, quarantined rows and counts. Bad rows never raise.

    Raises:
        FileNotFoundError: If the source path does not exist (a config error).
    """
    result = IngestResult()
    for path in spec.files():
        reader = iter_chat_rows if spec.kind == "chats" else iter_table_rows
        collect_rows(reader(path, spec), result)
    return result


def read_files(paths: Sequence[Path], source: str = "cli") -> IngestResult:
    """Read ad-hoc files, choosing kind and format from each extension.

    ``.jsonl``: items like ``{"id", "text", "lang"?, "channel"?, "created_at"?}``
    (the analyse contract's input; a line with ``turns`` and no ``text`` is read
    as a chat conversation); ``.csv``/``.xlsx``: reviews; ``.json``: tickets.

    Args:
        paths: Files to read, in order; duplicates are detected across them.
        source: Source name used in the items' stable ids.

    Returns:
        One result for all files.
    """
    result = IngestResult()
    for path in map(Path, paths):
        suffix = path.suffix.lower()
        if suffix in (".jsonl", ".ndjson"):
            generic = SourceSpec(
                name=source, kind="reviews", path=path, format="jsonl", channel="other"
            )
            chat = SourceSpec(name=source, kind="chats", path=path, format="jsonl")
            build = partial(_contract_row, generic=generic, chat=chat)
            collect_rows(iter_jsonl_rows(path, generic, build), result)
            continue
        kind = "tickets" if suffix == ".json" else "reviews"
        fmt = {".json": "json", ".xlsx": "xlsx"}.get(suffix, "csv")
        spec = SourceSpec(name=source, kind=kind, path=path, format=fmt)
        collect_rows(iter_table_rows(path, spec), result)
    return result


def _contract_row(
    obj: Any, location: str, raw: Any, *, generic: SourceSpec, chat: SourceSpec
) -> Row:
    if isinstance(obj, dict) and "turns" in obj and "text" not in obj:
        return conversation_row(obj, chat, location, raw)
    return record_row(obj, generic, location, raw)
