"""Contact history: pseudonymous customer keys, repeat contact and channel switch.

:func:`apply_contact_history` is pure: it takes the customers' stored
contacts as data (the pipeline reads them from the store, see
:func:`vocmine.pipeline.run.add_contact_history`) and returns the run's
analysed items with the signals added, changing neither its arguments nor
anything else.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from vocmine.schemas import AnalysedItem, FeedbackItem, Insight

REPEAT_CONTACT_WINDOW = timedelta(days=30)

Contact = Mapping[str, Any]
"""One contact of a customer: ``item_id``, ``channel``, ``created_at``, ``conversation_id``
(as :meth:`vocmine.store.Store.customer_contacts` returns them)."""

SeverityOf = Callable[[Insight, FeedbackItem], float]
"""Computes an insight's severity (e.g. :meth:`vocmine.analysis.analyser.Analyser.severity_of`)."""


def customer_key(customer: str | None, salt: str) -> str | None:
    """Return the pseudonymous key of a customer id (salted SHA-256), or None."""
    if not customer:
        return None
    normalised = customer.strip().lower()
    return hashlib.sha256(f"{salt}\x1f{normalised}".encode()).hexdigest()[:16]


def apply_contact_history(
    analysed: Sequence[AnalysedItem],
    stored_contacts: Mapping[str, Sequence[Contact]],
    severity_of: SeverityOf,
) -> list[AnalysedItem]:
    """Return the items with ``repeat_contact`` and ``channel_switch`` from the customer's other contacts.

    A customer who wrote about another conversation within 30 days before an
    item repeats a contact; one who used another channel within that window
    switched channels. The contacts are the customer's stored ones plus the
    other items of this run. An item that gains a signal gets a new insight
    with ``effort`` set and its severity recomputed; every other item is
    returned as it was.

    Args:
        analysed: The run's analysed items.
        stored_contacts: Contacts already in the store, per customer key.
        severity_of: Computes the severity of an insight with its new signals.

    Returns:
        The items in the order of ``analysed``.
    """
    history = _contacts_with_this_run(analysed, stored_contacts)
    return [_with_history(entry, history, severity_of) for entry in analysed]


def _contacts_with_this_run(
    analysed: Sequence[AnalysedItem], stored_contacts: Mapping[str, Sequence[Contact]]
) -> dict[str, list[Contact]]:
    history: dict[str, list[Contact]] = {}
    for entry in analysed:
        key = entry.customer_key
        if not key:
            continue
        if key not in history:
            history[key] = list(stored_contacts.get(key, ()))
        if entry.item.item_id not in {c["item_id"] for c in history[key]}:
            history[key].append(
                {
                    "item_id": entry.item.item_id,
                    "channel": entry.item.channel,
                    "created_at": entry.item.created_at,
                    "conversation_id": entry.item.conversation_id,
                }
            )
    return history


def _with_history(
    entry: AnalysedItem, history: Mapping[str, Sequence[Contact]], severity_of: SeverityOf
) -> AnalysedItem:
    insight, item = entry.insight, entry.item
    if not entry.customer_key or insight.error:
        return entry
    earlier = [
        c
        for c in history[entry.customer_key]
        if c["item_id"] != item.item_id and _within_window(c["created_at"], item.created_at)
    ]
    signals = set(insight.effort_signals)
    if any(
        not item.conversation_id or c["conversation_id"] != item.conversation_id for c in earlier
    ):
        signals.add("repeat_contact")
    if any(c["channel"] != item.channel for c in earlier):
        signals.add("channel_switch")
    if signals == set(insight.effort_signals):
        return entry
    updated = dataclasses.replace(insight, effort_signals=sorted(signals), effort=True)
    updated.severity = severity_of(updated, item)
    return dataclasses.replace(entry, insight=updated)


def _within_window(earlier: datetime | None, current: datetime | None) -> bool:
    if earlier is None or current is None:
        return False
    earlier = earlier if earlier.tzinfo else earlier.replace(tzinfo=UTC)
    current = current if current.tzinfo else current.replace(tzinfo=UTC)
    return timedelta(0) <= current - earlier <= REPEAT_CONTACT_WINDOW
