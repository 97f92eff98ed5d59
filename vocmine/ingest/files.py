"""Readers for review and ticket tables: CSV, JSONL, JSON, XLSX and Parquet.

Each reader turns one file into :class:`~vocmine.schemas.FeedbackItem` rows or
:class:`~vocmine.schemas.QuarantinedRow` rows with a machine reason; a bad row
never stops the read. Decisions documented here:

* Reasons: ``undecodable`` (bytes of a line/file cannot be decoded, or an XLSX
  cannot be opened), ``empty_text``, ``malformed_json``, ``malformed_row``
  (wrong field count, a JSON value that is not an object),
  ``missing_field:<field>`` (our field name: ``external_id`` or ``text``),
  ``bad_value:<field>`` (a value of the wrong type for a field the item cannot
  do without, e.g. ``text`` that is a list).
* An unparsable optional value (``created_at``, ``rating``) does **not**
  quarantine the row: the field is left empty and ``meta["warnings"]`` lists
  ``bad_value:<field>``. The text is what matters for analysis.
* Texts lose HTML markup and quoted e-mail replies (:mod:`vocmine.ingest.clean`),
  then are normalised (NFC, zero-width/format and control characters removed,
  whitespace runs collapsed, newlines kept) and truncated to
  :data:`MAX_TEXT_CHARS` with ``meta["truncated"] = True``.
* Columns that are not mapped to one of our fields are kept in ``meta``.
"""

from __future__ import annotations

import csv
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from vocmine.ingest.encoding import UndecodableError, decode_bytes
from vocmine.ingest.records import (
    Row,
    RowBuilder,
    item_or_quarantine,
    quarantine,
    record_row,
    resolve_columns,
    scalar_to_str,
)
from vocmine.ingest.spec import SourceSpec

# --------------------------------------------------------------------------- values


# --------------------------------------------------------------------------- rows


# --------------------------------------------------------------------------- readers


def iter_csv_rows(path: Path, spec: SourceSpec) -> Iterator[Row]:
    """Yield one item or quarantined row per CSV data row (header excluded).

    The whole file is decoded at once (encoding detection needs all of it);
    blank lines are skipped and not counted. A row whose field count differs
    from the header's is ``malformed_row``.
    """
    try:
        text, _ = decode_bytes(path.read_bytes(), spec.encoding)
    except UndecodableError as err:
        yield quarantine(spec, path.name, "undecodable", str(err), b"")
        return
    text = text.replace("\x00", "")
    delimiter = spec.csv_delimiter or sniff_delimiter(text)
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 24))
    lines = text.splitlines(keepends=True)
    reader = csv.reader(lines, delimiter=delimiter)
    header: list[str] | None = None
    columns: dict[str, str] = {}
    while True:
        start_line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield quarantine(spec, f"{path.name}:{start_line}", "malformed_row", str(err), "")
            continue
        if not cells or all(not cell.strip() for cell in cells) and len(cells) <= 1:
            continue
        if header is None:
            header = [cell.strip() for cell in cells]
            columns = resolve_columns(spec, header)
            continue
        location = f"{path.name}:{start_line}"
        raw = delimiter.join(cells)
        if len(cells) != len(header):
            detail = f"{len(cells)} fields, header has {len(header)}"
            yield quarantine(spec, location, "malformed_row", detail, raw)
            continue
        yield item_or_quarantine(
            dict(zip(header, cells, strict=True)), spec, columns, location, raw
        )


def sniff_delimiter(text: str) -> str:
    """Return the delimiter of a CSV text among ``,`` ``;`` tab and ``|`` (default ``,``)."""
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def iter_jsonl_rows(
    path: Path,
    spec: SourceSpec,
    build: RowBuilder | None = None,
    start: int = 0,
    first_line: int = 1,
) -> Iterator[Row]:
    """Yield one item or quarantined row per non-blank JSONL line.

    Lines are decoded one by one (see :func:`decode_lines`), so an undecodable
    or malformed line is quarantined while the others pass.

    Args:
        path: The file.
        spec: The source spec.
        build: ``(obj, location, raw) -> Row`` for one parsed object; defaults to
            table rows via :func:`item_from_record`.
        start: Byte offset of a line start to read from (an appended tail).
        first_line: Line number of the line at ``start`` (for row locations).
    """
    build = build or (lambda obj, location, raw: record_row(obj, spec, location, raw))
    with path.open("rb") as handle:
        handle.seek(start)
        data = handle.read()
    for number, line_text, raw in decode_lines(data, spec.encoding, first_line):
        location = f"{path.name}:{number}"
        if line_text is None:
            yield quarantine(spec, location, "undecodable", "line is not valid text", raw)
            continue
        try:
            obj = json.loads(line_text)
        except (json.JSONDecodeError, RecursionError) as err:
            yield quarantine(spec, location, "malformed_json", str(err)[:120], line_text)
            continue
        yield build(obj, location, line_text)


def decode_lines(
    data: bytes, declared: str = "auto", first_line: int = 1
) -> Iterator[tuple[int, str | None, bytes]]:
    """Split ``data`` into lines and decode each one on its own.

    With ``declared="auto"`` the file's encoding is UTF-8 when at least as many
    non-ASCII lines are valid UTF-8 as are not; otherwise a legacy code page is
    detected from the lines that are not UTF-8. Lines that do not decode with
    the chosen encoding come back as ``None``.

    Lines are numbered from ``first_line`` (for a tail read from mid-file).

    Yields:
        ``(line_number, text_or_None, raw_bytes)`` for every non-blank line.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    raw_lines = [
        (number, raw)
        for number, raw in enumerate(data.split(b"\n"), start=first_line)
        if raw.strip(b" \t\r\x00")
    ]
    encoding = declared
    if declared.lower() == "auto":
        encoding = _jsonl_encoding([raw for _, raw in raw_lines])
    for number, raw in raw_lines:
        try:
            text, _ = decode_bytes(raw.rstrip(b"\r"), encoding)
        except UndecodableError:
            yield number, None, raw
            continue
        yield number, text, raw


def _jsonl_encoding(raw_lines: list[bytes]) -> str:
    utf8_ok = utf8_bad = 0
    bad_lines: list[bytes] = []
    for raw in raw_lines:
        if raw.isascii():
            continue
        try:
            raw.decode("utf-8")
            utf8_ok += 1
        except UnicodeDecodeError:
            utf8_bad += 1
            bad_lines.append(raw)
    if utf8_ok >= utf8_bad:
        return "utf-8"
    try:
        return decode_bytes(b"\n".join(bad_lines))[1]
    except UndecodableError:
        return "utf-8"


def iter_json_rows(path: Path, spec: SourceSpec, build: RowBuilder | None = None) -> Iterator[Row]:
    """Yield rows of a JSON file: a list of objects, or an object holding one list.

    A file that is not valid JSON (or holds no list of records) is one
    ``malformed_json`` row.
    """
    build = build or (lambda obj, location, raw: record_row(obj, spec, location, raw))
    try:
        text, _ = decode_bytes(path.read_bytes(), spec.encoding)
    except UndecodableError as err:
        yield quarantine(spec, path.name, "undecodable", str(err), b"")
        return
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as err:
        yield quarantine(spec, path.name, "malformed_json", str(err)[:120], text)
        return
    records = _records_in(data)
    if records is None:
        detail = "expected a list of objects or an object with one list"
        yield quarantine(spec, path.name, "malformed_json", detail, text)
        return
    for index, obj in enumerate(records):
        yield build(obj, f"{path.name}[{index}]", obj)


def _records_in(data: Any) -> list[Any] | None:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        lists = [value for value in data.values() if isinstance(value, list)]
        if len(lists) == 1:
            return lists[0]
    return None


def iter_xlsx_rows(path: Path, spec: SourceSpec) -> Iterator[Row]:
    """Yield rows of the first worksheet of an XLSX file (first row is the header)."""
    from openpyxl import load_workbook  # imported here: only XLSX sources need it
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, InvalidFileException) as err:
        yield quarantine(spec, path.name, "undecodable", f"cannot open workbook: {err}", b"")
        return
    try:
        sheet = workbook.worksheets[0]
        header: list[str] | None = None
        columns: dict[str, str] = {}
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = list(values)
            if all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells):
                continue
            if header is None:
                while cells and cells[-1] in (None, ""):
                    cells.pop()  # read-only sheets pad every row to the widest one
                header = [scalar_to_str(cell) or f"column_{i}" for i, cell in enumerate(cells)]
                columns = resolve_columns(spec, header)
                continue
            cells = (cells + [None] * len(header))[: max(len(header), len(cells))]
            location = f"{path.name}:{number}"
            if any(cell is not None for cell in cells[len(header) :]):
                yield quarantine(spec, location, "malformed_row", "cells beyond the header", cells)
                continue
            record = dict(zip(header, cells[: len(header)], strict=True))
            yield item_or_quarantine(record, spec, columns, location, cells)
    finally:
        workbook.close()


def iter_table_rows(path: Path, spec: SourceSpec) -> Iterator[Row]:
    """Yield the rows of a reviews/tickets file in the spec's (or extension's) format."""
    fmt = spec.format_of(path)
    if fmt == "csv":
        return iter_csv_rows(path, spec)
    if fmt == "jsonl":
        return iter_jsonl_rows(path, spec)
    if fmt == "json":
        return iter_json_rows(path, spec)
    if fmt == "parquet":
        return iter_parquet_rows(path, spec)
    return iter_xlsx_rows(path, spec)


def iter_parquet_rows(path: Path, spec: SourceSpec) -> Iterator[Row]:
    """Yield one item or quarantined row per Parquet row (read in record batches).

    A file that is not valid Parquet is one ``undecodable`` quarantined row.
    """
    import pyarrow.lib
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
        columns = resolve_columns(spec, parquet.schema_arrow.names)
        number = 0
        for batch in parquet.iter_batches(batch_size=1024):
            for record in batch.to_pylist():
                number += 1
                yield item_or_quarantine(record, spec, columns, f"{path.name}:{number}", record)
    except (pyarrow.lib.ArrowException, OSError, ValueError) as err:
        yield quarantine(spec, path.name, "undecodable", f"not a readable Parquet file: {err}", b"")
