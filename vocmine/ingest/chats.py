"""Reader for chat transcripts: one conversation per JSONL line (or a JSON list).

A conversation looks like ``{"id", "customer", "channel"?, "turns": [{"speaker",
"text", "ts"}]}``. The item's text is what the *customer* wrote: customer turns
joined with newlines. Agent and bot turns are only counted, for effort signals:

* ``meta["n_customer_turns"]``, ``meta["n_agent_turns"]`` (human agents),
  ``meta["n_bot_turns"]``;
* ``meta["bot_only"]``: no human agent answered (the "chatbot with no way to
  reach a human" case);
* ``meta["turn_speakers"]``: the role of every turn in order
  (``customer``/``agent``/``bot``/``other``).

``created_at`` is the first customer turn's ``ts`` (else the conversation's
``created_at``/``started_at``). A conversation without customer turns is
quarantined as ``empty_text``; ``turns`` that is not a list is
``bad_value:turns``; no ``turns`` key at all is ``missing_field:turns``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from vocmine.ingest.files import iter_json_rows, iter_jsonl_rows
from vocmine.ingest.records import (
    Row,
    RowError,
    normalise_lang,
    normalise_text,
    parse_datetime,
    quarantine,
    resolve_columns,
    scalar_to_str,
    truncated_text,
)
from vocmine.ingest.spec import SourceSpec
from vocmine.lang.data import LANGUAGES
from vocmine.nlp.fold import MARKS
from vocmine.schemas import FeedbackItem

CUSTOMER_SPEAKERS = frozenset().union(*(d.customer_speakers for d in LANGUAGES.values()))
"""Speaker labels of the customer in any supported language (``lang/data/<code>.py``)."""
AGENT_SPEAKERS = frozenset().union(*(d.agent_speakers for d in LANGUAGES.values()))
"""Speaker labels of a human agent in any supported language."""
BOT_SPEAKERS = frozenset().union(*(d.bot_speakers for d in LANGUAGES.values()))
"""Speaker labels of a bot or the system in any supported language."""

_TURN_TEXT_KEYS = ("text", "message", "body", "content")
_TURN_SPEAKER_KEYS = ("speaker", "role", "author", "from", "sender")
_TURN_TS_KEYS = ("ts", "timestamp", "time", "created_at")


def speaker_role(speaker: Any) -> str:
    """Return ``customer``, ``agent``, ``bot`` or ``other`` for a speaker label.

    Labels are compared without case and diacritics, so ``Zákazník`` is a
    customer and ``Operátor`` an agent.

    Example:
        >>> [speaker_role(s) for s in ("Klient", "bot", "Consultant", "?")]
        ['customer', 'bot', 'agent', 'other']
    """
    if not isinstance(speaker, str):
        return "other"
    label = speaker.strip().lower()
    folded = MARKS.fold(label)
    for candidate in (label, folded):
        if candidate in CUSTOMER_SPEAKERS:
            return "customer"
        if candidate in BOT_SPEAKERS:
            return "bot"
        if candidate in AGENT_SPEAKERS:
            return "agent"
    return "other"


def _first(turn: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        if key in turn:
            return turn[key]
    return None


def conversation_item(obj: Any, spec: SourceSpec) -> FeedbackItem:
    """Build the item for one conversation object.

    Raises:
        RowError: With ``malformed_row``, ``missing_field:*``, ``bad_value:*``
            or ``empty_text``.
    """
    if not isinstance(obj, dict):
        raise RowError("malformed_row", "conversation is not a JSON object")
    columns = resolve_columns(spec, obj.keys())
    id_column = columns.get("external_id", "id")
    try:
        external_id = scalar_to_str(obj.get(id_column))
    except TypeError as err:
        raise RowError("bad_value:external_id", str(err)) from err
    if external_id is None:
        raise RowError("missing_field:external_id", f"no {id_column!r}")
    turns_key = spec.mapping.get("turns", "turns")
    if turns_key not in obj:
        raise RowError("missing_field:turns", f"no {turns_key!r}")
    turns = obj[turns_key]
    if not isinstance(turns, list):
        raise RowError("bad_value:turns", f"turns is a {type(turns).__name__}, not a list")

    warnings: list[str] = []
    roles: list[str] = []
    customer_texts: list[str] = []
    first_customer_ts: Any = None
    for turn in turns:
        if not isinstance(turn, dict):
            roles.append("other")
            warnings.append("bad_value:turn")
            continue
        role = speaker_role(_first(turn, _TURN_SPEAKER_KEYS))
        roles.append(role)
        if role != "customer":
            continue
        raw_text = _first(turn, _TURN_TEXT_KEYS)
        if isinstance(raw_text, str) and (text := normalise_text(raw_text)):
            customer_texts.append(text)
            if first_customer_ts is None:
                first_customer_ts = _first(turn, _TURN_TS_KEYS)
        elif raw_text is not None and not isinstance(raw_text, str):
            warnings.append("bad_value:turn_text")
    if not customer_texts:
        raise RowError("empty_text", "no customer turn with text")

    meta: dict[str, Any] = {
        "n_customer_turns": roles.count("customer"),
        "n_agent_turns": roles.count("agent"),
        "n_bot_turns": roles.count("bot"),
        "bot_only": roles.count("agent") == 0,
        "turn_speakers": roles,
    }
    text = truncated_text("\n".join(customer_texts), meta)
    created_raw = first_customer_ts
    if created_raw is None:
        created_raw = obj.get(columns.get("created_at", "created_at"), obj.get("started_at"))
    try:
        created_at = parse_datetime(created_raw)
    except ValueError:
        created_at = None
        warnings.append("bad_value:created_at")
    customer = _safe_scalar(obj.get(columns.get("customer", "customer")), "customer", warnings)
    channel = _safe_scalar(obj.get(columns.get("channel", "channel")), "channel", warnings)
    if warnings:
        meta["warnings"] = warnings
    return FeedbackItem(
        source=spec.name,
        external_id=external_id,
        text=text,
        channel=channel or spec.default_channel,
        created_at=created_at,
        customer=customer,
        conversation_id=external_id,
        rating=None,
        lang=normalise_lang(obj.get(columns.get("lang", "lang"))) or spec.lang,
        meta=meta,
    )


def _safe_scalar(value: Any, field: str, warnings: list[str]) -> str | None:
    try:
        return scalar_to_str(value)
    except TypeError:
        warnings.append(f"bad_value:{field}")
        return None


def conversation_row(obj: Any, spec: SourceSpec, location: str, raw: Any) -> Row:
    """Return the item for ``obj`` or its quarantined row."""
    try:
        return conversation_item(obj, spec)
    except RowError as err:
        return quarantine(spec, location, err.reason, err.detail, raw)


def iter_chat_rows(
    path: Path, spec: SourceSpec, start: int = 0, first_line: int = 1
) -> Iterator[Row]:
    """Yield one item or quarantined row per conversation in a JSONL or JSON file.

    ``start``/``first_line`` read a JSON Lines file from a line boundary on
    (an appended tail); a JSON file is always read whole.
    """

    def build(obj: Any, location: str, raw: Any) -> Row:
        return conversation_row(obj, spec, location, raw)

    if spec.format_of(path) == "json":
        return iter_json_rows(path, spec, build)
    return iter_jsonl_rows(path, spec, build, start=start, first_line=first_line)
