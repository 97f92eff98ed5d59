"""``vocmine analyze``: analyse a JSONL file into a JSONL file, nothing stored.

Input lines need ``id`` and ``text`` (optional ``lang``, ``channel``,
``created_at``). Every input line gives exactly one output line; a line that
cannot be analysed comes back with an ``error`` field.
"""

from __future__ import annotations

import json
import logging
import tempfile
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from vocmine.config import Settings
from vocmine.protocols import ProgressCallback
from vocmine.schemas import FeedbackItem, Insight

logger = logging.getLogger("vocmine.analyze")

SOURCE = "analyze"


def parse_line(line: bytes, number: int) -> tuple[FeedbackItem, None] | tuple[None, dict[str, Any]]:
    """Parse one input line into an item, or an error row for the output.

    Args:
        line: Raw bytes of the line.
        number: 1-based line number (names rows without an id).

    Returns:
        ``(item, None)`` or ``(None, error_row)``.
    """
    fallback_id = f"line:{number}"
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return None, {"id": fallback_id, "error": "undecodable: the line is not UTF-8"}
    except json.JSONDecodeError as exc:
        return None, {"id": fallback_id, "error": f"malformed_json: {exc.msg}"}
    if not isinstance(record, dict):
        return None, {"id": fallback_id, "error": "malformed_json: expected an object"}
    raw_id = record.get("id")
    row_id = str(raw_id) if raw_id not in (None, "") else fallback_id
    if raw_id in (None, ""):
        return None, {"id": row_id, "error": "missing_field: id"}
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return None, {"id": row_id, "error": "empty_text: text is missing or blank"}
    created_at = None
    if isinstance(record.get("created_at"), str):
        try:
            created_at = datetime.fromisoformat(record["created_at"])
        except ValueError:
            created_at = None
    lang = record.get("lang") if isinstance(record.get("lang"), str) else None
    item = FeedbackItem(
        source=SOURCE,
        external_id=row_id,
        text=text,
        channel=str(record.get("channel") or "other"),
        created_at=created_at,
        lang=lang,
    )
    return item, None


def insight_row(item: FeedbackItem, insight: Insight) -> dict[str, Any]:
    """Return the contract row of an analysed item (its own id, not the hash)."""
    row = insight.to_dict()
    row["id"] = item.external_id
    return row


def analyse_jsonl(
    settings: Settings,
    input_file: Path,
    output_file: Path,
    progress: ProgressCallback | None = None,
) -> dict[str, int]:
    """Analyse every line of ``input_file`` into ``output_file``.

    Topics come from the configured store's saved topic model when one exists
    (never fitted here).

    Returns:
        ``{"rows": lines written, "errors": rows with an error, "review": rows
        marked for review}``.

    Raises:
        ConfigError: The saved topic model was fitted with another embedder
            than ``topics.embedder`` (refit it, or set the embedder back).
    """
    from vocmine.pipeline.run import chunked
    from vocmine.registry import build_analyser, build_embedder, build_topic_stage

    lines = [line for line in input_file.read_bytes().splitlines() if line.strip()]
    parsed = [parse_line(line, n) for n, line in enumerate(lines, start=1)]
    items = [item for item, _ in parsed if item is not None]
    embedder = build_embedder(settings) if settings.topics.enabled else None
    stage = build_topic_stage(settings, embedder) if embedder is not None else None
    # Checked before analysing: a model fitted with another embedder is a ConfigError.
    modeler = stage.load_saved_model() if stage and stage.saved_model_exists() else None
    analyser = build_analyser(settings, embedder)
    insights: dict[int, Insight] = {}
    done = 0
    for chunk in chunked(items, settings.chunk_size):
        for item, insight in zip(chunk, analyser.analyse(chunk), strict=True):
            insights[id(item)] = insight
        done += len(chunk)
        if progress:
            progress(done, len(items))
    if stage is not None and modeler is not None:
        ok = [i for i in items if not insights[id(i)].error]
        if ok:
            topic_ids = stage.topic_ids(
                modeler,
                [insights[id(i)].text_redacted for i in ok],
                [insights[id(i)].lang for i in ok],
            )
            for item, topic_id in zip(ok, topic_ids, strict=True):
                insights[id(item)].topic_id = int(topic_id)
    elif stage is not None:
        logger.info("no saved topic model in %s: topic_id stays null", stage.model_dir)
    errors = review = 0
    output_file.parent.mkdir(parents=True, exist_ok=True)
    with output_file.open("w", encoding="utf-8") as out:
        for parsed_line in parsed:
            if parsed_line[0] is None:
                error_row = parsed_line[1]
                row = Insight(id=error_row["id"], error=error_row["error"]).to_dict()
            else:
                parsed_item = parsed_line[0]
                row = insight_row(parsed_item, insights[id(parsed_item)])
            errors += "error" in row
            review += bool(row["needs_review"])
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return {"rows": len(parsed), "errors": errors, "review": review}


def analyse_rows(
    settings: Settings,
    rows: Sequence[Mapping[str, Any]],
    keys: Sequence[str] = ("id", "text", "channel"),
    output_file: Path | None = None,
) -> list[dict[str, Any]]:
    """Analyse labelled rows exactly as ``vocmine analyze`` does; labels never reach it.

    Only ``keys`` of each row are written to the analyser's input (a check set's gold
    labels stay behind). Used by ``vocmine evaluate checkset`` and the benches.

    Args:
        settings: The run's configuration.
        rows: Rows with at least ``id`` and ``text``.
        keys: Fields passed on (add ``lang`` to give the language).
        output_file: Where the output lines are kept; None: a temporary file.

    Returns:
        One output row per input row, in input order.
    """
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "input.jsonl"
        source.write_text(
            "".join(
                json.dumps({k: r[k] for k in keys if k in r}, ensure_ascii=False) + "\n"
                for r in rows
            ),
            encoding="utf-8",
        )
        target = output_file or Path(tmp) / "output.jsonl"
        analyse_jsonl(settings, source, target)
        return [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
