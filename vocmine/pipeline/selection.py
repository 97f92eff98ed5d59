"""Split a run's items by what the store already holds: new, changed, unchanged."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vocmine.schemas import (
    FeedbackItem,
    content_hash,
)
from vocmine.store import Store


@dataclass
class Selection:
    """Items split by what the store already has."""

    new: list[FeedbackItem]
    changed: list[FeedbackItem]
    unchanged: int


def select_for_analysis(store: Store, items: Sequence[FeedbackItem]) -> Selection:
    """Split items into new, changed (text differs from the stored one) and unchanged."""
    stored = store.stored_hashes([item.item_id for item in items])
    new, changed, unchanged = [], [], 0
    for item in items:
        known = stored.get(item.item_id)
        if known is None:
            new.append(item)
        elif known != content_hash(item.text):
            changed.append(item)
        else:
            unchanged += 1
    return Selection(new=new, changed=changed, unchanged=unchanged)
