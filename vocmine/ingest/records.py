"""Records -> feedback items: the mapping every connector shares.

A record is one row of a file, one JSON object of a REST page, one SQL row.
:func:`record_row` maps it through the source's column mapping to a
:class:`~vocmine.schemas.FeedbackItem`, or to a
:class:`~vocmine.schemas.QuarantinedRow` with a machine reason; the parsers of
dates, ratings and languages and the text normalisation live here too.
Decisions are listed in :mod:`vocmine.ingest.files`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime, time
from typing import Any, TypeVar

from vocmine.ingest.clean import clean_text
from vocmine.ingest.spec import SourceSpec
from vocmine.schemas import FeedbackItem, QuarantinedRow

Row = FeedbackItem | QuarantinedRow
"""What reading one record gives: an item, or the row quarantined with its reason."""

RowBuilder = Callable[[Any, str, Any], Row]
"""``(parsed object, location, raw) -> Row``: how a connector turns one parsed record into a row."""

_Parsed = TypeVar("_Parsed")

MAX_TEXT_CHARS = 20_000
"""Longer texts are truncated and flagged with ``meta["truncated"]``."""


MAX_EXCERPT_CHARS = 200
"""Longest raw excerpt kept in a :class:`QuarantinedRow`."""


OUR_FIELDS: tuple[str, ...] = (
    "external_id",
    "text",
    "created_at",
    "customer",
    "rating",
    "lang",
    "subject",
    "status",
    "priority",
    "conversation_id",
    "channel",
)


DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "external_id": ("id", "review_id", "ticket_id", "item_id", "message_id", "external_id"),
    "text": ("text", "body", "message", "content", "review", "comment", "description"),
    "created_at": ("created_at", "created", "date", "timestamp", "ts", "time", "submitted_at"),
    "customer": ("customer", "customer_id", "customer_email", "email", "user", "client_id"),
    "rating": ("rating", "stars", "score"),
    "lang": ("lang", "language", "locale"),
    "subject": ("subject", "title"),
    "status": ("status", "state"),
    "priority": ("priority",),
    "conversation_id": ("conversation_id", "thread_id"),
    "channel": ("channel",),
}
"""Column names tried, in order and case-insensitively, for fields not in ``mapping``."""


_ZWJ = "\u200d"


_HSPACE_RE = re.compile(r"[^\S\n]+")


_SPACED_NEWLINES_RE = re.compile(r" ?\n ?")


_MANY_NEWLINES_RE = re.compile(r"\n{3,}")


_EPOCH_RE = re.compile(r"^\d{9,13}(\.\d+)?$")


_DATE_FORMATS: tuple[str, ...] = (
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
    "%d.%m.%y",
)


def normalise_text(text: str) -> str:
    r"""Return ``text`` in NFC without invisible characters and with tidy whitespace.

    Zero-width and other format characters (Unicode ``Cf``) and control
    characters are removed, except a zero-width joiner between emoji. Runs of
    spaces/tabs become one space; newlines are kept (at most one blank line).

    Example:
        >>> normalise_text("Zásilka\\u200b  nepřišla \\r\\n\\n\\n\\tdík")
        'Zásilka nepřišla\\n\\ndík'
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    kept: list[str] = []
    for index, char in enumerate(text):
        category = unicodedata.category(char)
        if char in "\n\t":
            kept.append(char)
        elif category == "Cc" or (category == "Cf" and not _emoji_joiner(text, index)):
            continue
        else:
            kept.append(char)
    cleaned = _HSPACE_RE.sub(" ", "".join(kept))
    cleaned = _SPACED_NEWLINES_RE.sub("\n", cleaned)
    return _MANY_NEWLINES_RE.sub("\n\n", cleaned).strip()


def _emoji_joiner(text: str, index: int) -> bool:
    if text[index] != _ZWJ or index == 0 or index + 1 >= len(text):
        return False
    before, after = text[index - 1], text[index + 1]
    return unicodedata.category(after) == "So" and (
        unicodedata.category(before) == "So" or before == "\ufe0f"
    )


def parse_datetime(value: Any) -> datetime | None:
    """Parse a timestamp into a timezone-aware datetime (naive values are UTC).

    Accepts ``datetime``/``date`` objects, epoch seconds (or milliseconds) as
    numbers or digit strings, ISO 8601 (``2024-03-01T14:22:00+01:00``,
    ``2024-03-01 14:22``, ``...Z``) and day-first dates (``01.03.2024``,
    ``1. 3. 2024 14:22``, ``01/03/2024``).

    Returns:
        The datetime, or ``None`` for an empty value.

    Raises:
        ValueError: If the value is not empty and not a recognised timestamp.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(f"not a timestamp: {value!r}")
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime.combine(value, time())
    elif isinstance(value, int | float) or (
        isinstance(value, str) and _EPOCH_RE.match(value.strip())
    ):
        seconds = float(value)
        if seconds > 1e11:
            seconds /= 1000.0
        if not 0 < seconds < 4e9:
            raise ValueError(f"epoch out of range: {value!r}")
        return datetime.fromtimestamp(seconds, tz=UTC)
    elif isinstance(value, str):
        parsed = _parse_datetime_string(value.strip())
    else:
        raise ValueError(f"not a timestamp: {value!r}")
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _parse_datetime_string(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        pass
    compact = re.sub(r"(?<=\d)\.\s+(?=\d)", ".", value)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(compact, fmt)
        except ValueError:
            continue
    raise ValueError(f"not a timestamp: {value[:40]!r}")


def parse_rating(value: Any) -> float | None:
    """Parse a star rating or score (``4``, ``"4,5"``, ``"4/5"``).

    Returns:
        The rating as a float, or ``None`` for an empty value.

    Raises:
        ValueError: If the value is not empty and not a finite number.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(f"not a rating: {value!r}")
    if isinstance(value, int | float):
        rating = float(value)
    else:
        text = str(value).strip().replace(",", ".")
        text = text.split("/", 1)[0].strip()
        rating = float(text)
    if rating != rating or rating in (float("inf"), float("-inf")):
        raise ValueError(f"not a rating: {value!r}")
    return rating


def scalar_to_str(value: Any) -> str | None:
    """Return an id-like scalar as a string (``12.0`` -> ``"12"``), ``None`` if empty.

    Raises:
        TypeError: If the value is a list, dict or other non-scalar.
    """
    if value is None:
        return None
    if isinstance(value, bool | list | dict | tuple | set):
        raise TypeError(f"not a scalar: {type(value).__name__}")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def excerpt(raw: Any) -> str:
    """Return at most :data:`MAX_EXCERPT_CHARS` characters of a raw row."""
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="replace")
    elif not isinstance(raw, str):
        try:
            raw = json.dumps(raw, ensure_ascii=False, default=str)
        except (TypeError, ValueError):
            raw = repr(raw)
    return raw[:MAX_EXCERPT_CHARS]


def truncated_text(text: str, meta: dict[str, Any]) -> str:
    """Return ``text`` cut to :data:`MAX_TEXT_CHARS`, flagging ``meta`` if cut."""
    if len(text) > MAX_TEXT_CHARS:
        meta["truncated"] = True
        return text[:MAX_TEXT_CHARS]
    return text


def _precut(text: str, meta: dict[str, Any]) -> str:
    """Cut very long raw text early (bounds cleaning cost); flags ``meta`` if cut."""
    limit = 4 * MAX_TEXT_CHARS
    if len(text) > limit:
        meta["truncated"] = True
        return text[:limit]
    return text


def normalise_lang(value: Any) -> str | None:
    """Return an ISO 639-1 code from a hint like ``"PL"``, ``"cs-CZ"`` or ``"de_AT"``."""
    text = scalar_to_str(value) if not isinstance(value, list | dict) else None
    if not text:
        return None
    return re.split(r"[-_]", text.lower(), maxsplit=1)[0] or None


class RowError(Exception):
    """A row cannot become an item; carries the machine reason."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


def resolve_columns(spec: SourceSpec, keys: Iterable[str]) -> dict[str, str]:
    """Map each of our fields to a column present in ``keys``.

    Explicit ``spec.mapping`` entries win (even if the column is absent, which
    then yields ``missing_field``); other fields use :data:`DEFAULT_COLUMNS`.
    Tickets take their text from ``body`` rather than ``text`` by default.

    Returns:
        Our field -> column name as spelled in the file.
    """
    by_lower: dict[str, str] = {}
    for key in keys:
        by_lower.setdefault(str(key).strip().lower(), str(key))
    columns: dict[str, str] = {}
    for our in OUR_FIELDS:
        if our in spec.mapping:
            wanted = spec.mapping[our]
            columns[our] = by_lower.get(wanted.strip().lower(), wanted)
            continue
        candidates = DEFAULT_COLUMNS[our]
        if our == "text" and spec.kind == "tickets":
            candidates = ("body", "description", "message", "text", "content")
        for candidate in candidates:
            if candidate in by_lower:
                columns[our] = by_lower[candidate]
                break
    return columns


def item_from_record(
    record: Mapping[str, Any], spec: SourceSpec, columns: Mapping[str, str]
) -> FeedbackItem:
    """Build a :class:`FeedbackItem` from one table row or JSON object.

    Args:
        record: Column -> value.
        spec: The source spec (name, kind, channel, lang hint).
        columns: Our field -> column, from :func:`resolve_columns`.

    Raises:
        RowError: With ``missing_field:*``, ``bad_value:*`` or ``empty_text``.
    """

    def value_of(field: str) -> Any:
        column = columns.get(field)
        return record.get(column) if column is not None else None

    meta: dict[str, Any] = {}
    warnings: list[str] = []
    external_id = _required_scalar(record, columns, "external_id")
    body = _text_value(value_of("text"), "text")
    subject = _text_value(value_of("subject"), "subject") if spec.kind == "tickets" else None
    if columns.get("text") not in record and not subject:
        raise RowError("missing_field:text", f"no column {columns.get('text', 'text')!r}")
    parts = [part for part in (subject, body) if part]
    text = truncated_text(normalise_text(clean_text(_precut("\n".join(parts), meta))), meta)
    if not text:
        raise RowError("empty_text", "text is empty after normalisation")

    created_at = _optional(parse_datetime, value_of("created_at"), "created_at", warnings)
    rating = _optional(parse_rating, value_of("rating"), "rating", warnings)
    customer = _optional(scalar_to_str, value_of("customer"), "customer", warnings)
    conversation_id = _optional(
        scalar_to_str, value_of("conversation_id"), "conversation_id", warnings
    )
    channel = _optional(scalar_to_str, value_of("channel"), "channel", warnings)
    for field in ("status", "priority"):
        value = _optional(scalar_to_str, value_of(field), field, warnings)
        if value is not None:
            meta[field] = value
    used = {column for column in columns.values()}
    for key, value in record.items():
        if key is not None and key not in used and value not in (None, ""):
            meta[str(key)] = value if isinstance(value, str | int | float | bool) else str(value)
    if warnings:
        meta["warnings"] = warnings
    return FeedbackItem(
        source=spec.name,
        external_id=external_id,
        text=text,
        channel=channel or spec.default_channel,
        created_at=created_at,
        customer=customer,
        conversation_id=conversation_id,
        rating=rating,
        lang=normalise_lang(value_of("lang")) or spec.lang,
        subject=normalise_text(subject) if subject else None,
        meta=meta,
    )


def _required_scalar(record: Mapping[str, Any], columns: Mapping[str, str], field: str) -> str:
    column = columns.get(field)
    if column is None or column not in record:
        raise RowError(f"missing_field:{field}", f"no column for {field}")
    try:
        value = scalar_to_str(record[column])
    except TypeError as err:
        raise RowError(f"bad_value:{field}", f"{column}: {err}") from err
    if value is None:
        raise RowError(f"missing_field:{field}", f"{column} is empty")
    return value


def _text_value(value: Any, field: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool | list | dict | tuple | set):
        raise RowError(f"bad_value:{field}", f"{field} is a {type(value).__name__}, not text")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _optional(
    parse: Callable[[Any], _Parsed | None], value: Any, field: str, warnings: list[str]
) -> _Parsed | None:
    try:
        return parse(value)
    except (TypeError, ValueError, OverflowError, OSError):
        warnings.append(f"bad_value:{field}")
        return None


def quarantine(
    spec: SourceSpec, location: str, reason: str, detail: str, raw: Any
) -> QuarantinedRow:
    """Return a :class:`QuarantinedRow` with a bounded raw excerpt."""
    return QuarantinedRow(
        source=spec.name, location=location, reason=reason, detail=detail, raw_excerpt=excerpt(raw)
    )


def record_row(obj: Any, spec: SourceSpec, location: str, raw: Any) -> Row:
    """Return the item for one JSON object of a reviews/tickets file, or its quarantined row."""
    if not isinstance(obj, dict):
        return quarantine(spec, location, "malformed_row", "JSON value is not an object", raw)
    return item_or_quarantine(obj, spec, resolve_columns(spec, obj.keys()), location, raw)


def item_or_quarantine(
    record: Mapping[str, Any], spec: SourceSpec, columns: Mapping[str, str], location: str, raw: Any
) -> Row:
    """Return the item of a record whose columns are resolved, or the row quarantined."""
    try:
        return item_from_record(record, spec, columns)
    except RowError as err:
        return quarantine(spec, location, err.reason, err.detail, raw)
