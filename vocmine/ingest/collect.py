"""Gather rows into an :class:`~vocmine.schemas.IngestResult`, counting duplicates."""

from __future__ import annotations

from collections.abc import Iterable

from vocmine.ingest.records import Row
from vocmine.schemas import FeedbackItem, IngestResult


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
