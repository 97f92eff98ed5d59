"""Contact history: repeat contact and channel switch from a customer's stored contacts.

:func:`apply_contact_history` is pure: it takes the customers' stored
contacts as data (the pipeline reads them from the store, see
:func:`vocmine.pipeline.run.add_contact_history`) and returns the run's
analysed items with the signals added, changing neither its arguments nor
anything else.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from vocmine.schemas import AnalysedItem, FeedbackItem, Insight

REPEAT_CONTACT_WINDOW = timedelta(days=14)
"""How far back an earlier contact about the same matter makes this one a repeat."""

SERVICE_CHANNELS = frozenset({"ticket", "chat", "email", "e-mail", "phone", "call", "voice"})
"""Channels where a customer asks the company for help. A review or a survey answer
is feedback, not a service contact: it never counts as contacting again."""

UNSPECIFIC_CATEGORIES = frozenset({"other", "praise"})
"""Categories too broad to make two contacts the same matter."""

Contact = Mapping[str, Any]
"""One contact of a customer: ``item_id``, ``channel``, ``created_at``, ``conversation_id``,
``categories`` (as :meth:`vocmine.store.Store.customer_contacts` returns them)."""

SeverityOf = Callable[[Insight, FeedbackItem], float]
"""Computes an insight's severity (e.g. :meth:`vocmine.analysis.analyser.Analyser.severity_of`)."""


def apply_contact_history(
    analysed: Sequence[AnalysedItem],
    stored_contacts: Mapping[str, Sequence[Contact]],
    severity_of: SeverityOf,
) -> list[AnalysedItem]:
    """Return the items with ``repeat_contact`` and ``channel_switch`` from the customer's other contacts.

    Both signals are about the same matter: an earlier contact of the same
    customer, at most :data:`REPEAT_CONTACT_WINDOW` before the item, in the same
    conversation or ticket thread, or sharing a specific category (not
    ``other`` or ``praise``).

    * ``repeat_contact``: the item and that earlier contact are both on
      service channels (:data:`SERVICE_CHANNELS`: ticket, chat, e-mail,
      phone); a review after a purchase, or an unrelated question, is none.
    * ``channel_switch``: the item is on a service channel and the same
      matter was raised earlier on another channel (e.g. a review or a post,
      then a ticket).

    The contacts are the customer's stored ones plus the other items of this
    run. An item that gains a signal gets a new insight with ``effort`` set
    (``effort_probability`` 1 when it had one, and no ``effort_uncertain``
    review reason), the signal's reason in ``signal_reasons`` (which earlier
    contact, and why it is the same matter) and its severity recomputed; every
    other item is returned as it was.

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
                    "categories": list(entry.insight.categories),
                }
            )
    return history


def _with_history(
    entry: AnalysedItem, history: Mapping[str, Sequence[Contact]], severity_of: SeverityOf
) -> AnalysedItem:
    insight, item = entry.insight, entry.item
    if not entry.customer_key or insight.error or not _is_service(item.channel):
        return entry
    matters = set(insight.categories) - UNSPECIFIC_CATEGORIES
    same_matter = [
        c
        for c in history[entry.customer_key]
        if c["item_id"] != item.item_id
        and _within_window(c["created_at"], item.created_at)
        and (
            (item.conversation_id is not None and c["conversation_id"] == item.conversation_id)
            or bool(matters & set(c.get("categories") or ()))
        )
    ]
    signals = set(insight.effort_signals)
    reasons = dict(insight.signal_reasons)
    service = [c for c in same_matter if _is_service(c["channel"])]
    if service:
        signals.add("repeat_contact")
        reasons.setdefault("repeat_contact", _contact_reason(item, matters, _latest(service)))
    switched = [c for c in same_matter if c["channel"] != item.channel]
    if switched:
        signals.add("channel_switch")
        reasons.setdefault("channel_switch", _contact_reason(item, matters, _latest(switched)))
    if signals == set(insight.effort_signals):
        return entry
    updated = dataclasses.replace(
        insight, effort_signals=sorted(signals), effort=True, signal_reasons=reasons
    )
    if insight.effort_probability is not None:
        # Stored contacts are facts, not a rule: the effort flag is certain.
        updated.effort_probability = 1.0
        updated.review_reasons = [r for r in insight.review_reasons if r != "effort_uncertain"]
        updated.needs_review = bool(updated.review_reasons)
    updated.severity = severity_of(updated, item)
    return dataclasses.replace(entry, insight=updated)


def _latest(contacts: Sequence[Contact]) -> Contact:
    return max(contacts, key=lambda c: _aware(c["created_at"]))


def _contact_reason(item: FeedbackItem, matters: set[str], earlier: Contact) -> str:
    """Say which earlier contact makes ``item`` a repeat and why.

    E.g. ``"same matter (delivery) as the ticket of 2026-03-02, 3 days before"``.
    """
    if item.conversation_id is not None and earlier["conversation_id"] == item.conversation_id:
        why = "same conversation"
    else:
        shared = sorted(matters & set(earlier.get("categories") or ()))
        why = f"same matter ({', '.join(shared)})"
    when = _aware(earlier["created_at"])
    days = (_aware(item.created_at) - when).days if item.created_at is not None else 0
    ago = "the same day" if days == 0 else f"{days} day{'s' if days != 1 else ''} before"
    return f"{why} as the {earlier['channel'] or 'contact'} of {when:%Y-%m-%d}, {ago}"


def _is_service(channel: str | None) -> bool:
    return (channel or "").lower() in SERVICE_CHANNELS


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _within_window(earlier: datetime | None, current: datetime | None) -> bool:
    if earlier is None or current is None:
        return False
    earlier, current = _aware(earlier), _aware(current)
    return timedelta(0) <= current - earlier <= REPEAT_CONTACT_WINDOW
