"""Contact history: pseudonymous customer keys, repeat contact and channel switch."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from vocmine.analysis.analyser import Analyser
from vocmine.schemas import (
    AnalysedItem,
)
from vocmine.store import Store

REPEAT_CONTACT_WINDOW = timedelta(days=30)


def customer_key(customer: str | None, salt: str) -> str | None:
    """Return the pseudonymous key of a customer id (salted SHA-256), or None."""
    if not customer:
        return None
    normalised = customer.strip().lower()
    return hashlib.sha256(f"{salt}\x1f{normalised}".encode()).hexdigest()[:16]


def apply_contact_history(
    analysed: Sequence[AnalysedItem], store: Store, analyser: Analyser
) -> None:
    """Add ``repeat_contact`` and ``channel_switch`` from the customer's other contacts.

    A customer who wrote about another conversation within 30 days before this
    item repeats a contact; one who used another channel within that window
    switched channels. Severity is recomputed when signals are added.
    """
    keys = [a.customer_key for a in analysed if a.customer_key]
    history = store.customer_contacts(keys)
    for entry in analysed:
        if entry.customer_key:
            history.setdefault(entry.customer_key, [])
            known = {c["item_id"] for c in history[entry.customer_key]}
            if entry.item.item_id not in known:
                history[entry.customer_key].append(
                    {
                        "item_id": entry.item.item_id,
                        "channel": entry.item.channel,
                        "created_at": entry.item.created_at,
                        "conversation_id": entry.item.conversation_id,
                    }
                )
    for entry in analysed:
        insight, item = entry.insight, entry.item
        if not entry.customer_key or insight.error:
            continue
        earlier = [
            c
            for c in history[entry.customer_key]
            if c["item_id"] != item.item_id and _within_window(c["created_at"], item.created_at)
        ]
        signals = set(insight.effort_signals)
        other_threads = [
            c
            for c in earlier
            if not item.conversation_id or c["conversation_id"] != item.conversation_id
        ]
        if other_threads:
            signals.add("repeat_contact")
        if any(c["channel"] != item.channel for c in earlier):
            signals.add("channel_switch")
        if signals != set(insight.effort_signals):
            insight.effort_signals = sorted(signals)
            insight.effort = True
            insight.severity = analyser.severity_of(insight, item)


def _within_window(earlier: datetime | None, current: datetime | None) -> bool:
    if earlier is None or current is None:
        return False
    earlier = earlier if earlier.tzinfo else earlier.replace(tzinfo=UTC)
    current = current if current.tzinfo else current.replace(tzinfo=UTC)
    return timedelta(0) <= current - earlier <= REPEAT_CONTACT_WINDOW
