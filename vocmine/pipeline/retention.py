"""Retention: items older than their source's ``retention_days`` are purged by every run.

A source's own ``retention_days`` wins over the global one; without either
its items are kept. An item's age is taken from ``created_at`` (when the
customer wrote it), or, when the source gives no time, from when it was
analysed. Purging goes through :func:`vocmine.pipeline.erasure.erase_items`,
so everything derived from an item goes with it, the run partitions and
exports lose its rows, and an erasure record (scope ``retention``) says how
many rows went. Rows read that are already past retention are not stored
(``expired`` in the run summary).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from vocmine.config import Settings
from vocmine.pipeline.erasure import erase_items
from vocmine.schemas import FeedbackItem
from vocmine.store import Store

RETENTION_ACTOR = "retention"
"""The actor of the erasure records retention writes."""


def retention_cutoffs(settings: Settings, now: datetime) -> dict[str | None, datetime]:
    """Return the cutoff per source name, and under ``None`` the global one (if set).

    Items created before their cutoff have expired.
    """
    cutoffs: dict[str | None, datetime] = {}
    if settings.retention_days is not None:
        cutoffs[None] = now - timedelta(days=settings.retention_days)
    for spec in settings.sources:
        if spec.retention_days is not None:
            cutoffs[spec.name] = now - timedelta(days=spec.retention_days)
    return cutoffs


def split_expired(
    items: Sequence[FeedbackItem], settings: Settings, now: datetime
) -> tuple[list[FeedbackItem], int]:
    """Return the items still within retention, and how many were past it.

    An item without ``created_at`` is kept (its age is unknown until it is stored).
    """
    cutoffs = retention_cutoffs(settings, now)
    if not cutoffs:
        return list(items), 0
    fresh: list[FeedbackItem] = []
    for item in items:
        cutoff = cutoffs.get(item.source, cutoffs.get(None))
        if cutoff is not None and item.created_at is not None and _utc(item.created_at) < cutoff:
            continue
        fresh.append(item)
    return fresh, len(items) - len(fresh)


def purge_expired(settings: Settings, store: Store, now: datetime) -> dict[str, int]:
    """Erase every stored item past its retention; return rows deleted per table.

    Args:
        settings: ``retention_days`` (global and per source), the output folder.
        store: The open store, its run lock held.
        now: The run's start.

    Returns:
        Rows deleted per store table (empty when nothing expired).
    """
    cutoffs = retention_cutoffs(settings, now)
    if not cutoffs:
        return {}
    own = [name for name in cutoffs if name is not None]
    expired: set[str] = set()
    for name in own:
        expired.update(store.item_ids_created_before(cutoffs[name], source=name))
    if None in cutoffs:
        expired.update(store.item_ids_created_before(cutoffs[None], except_sources=own))
    if not expired:
        return {}
    report = erase_items(settings, store, sorted(expired), "retention", RETENTION_ACTOR)
    return report.rows


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
