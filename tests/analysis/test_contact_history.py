"""Contact history as a pure analysis step: repeat contact, channel switch, severity update."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta

from vocmine.analysis.contact_history import apply_contact_history, customer_key
from vocmine.schemas import AnalysedItem, FeedbackItem, Insight

NOW = datetime(2026, 3, 20, 12, tzinfo=UTC)


def entry(
    external_id: str,
    customer: str | None = "anna@example.com",
    channel: str = "ticket",
    conversation: str | None = None,
    days_ago: float = 0,
    signals: list[str] | None = None,
    error: str | None = None,
) -> AnalysedItem:
    item = FeedbackItem(
        source="helpdesk",
        external_id=external_id,
        text=f"text {external_id}",
        channel=channel,
        created_at=NOW - timedelta(days=days_ago),
        customer=customer,
        conversation_id=conversation,
    )
    insight = Insight(id=item.item_id, effort_signals=list(signals or []), error=error)
    return AnalysedItem(item, insight, "hash", customer_key(customer, "salt"))


def stored(item_id: str, channel: str, days_ago: float, conversation: str | None = None) -> dict:
    return {
        "item_id": item_id,
        "channel": channel,
        "created_at": NOW - timedelta(days=days_ago),
        "conversation_id": conversation,
    }


def severity_by_signals(insight: Insight, item: FeedbackItem) -> float:
    return 0.1 * len(insight.effort_signals) + (0.5 if insight.effort else 0.0)


KEY = customer_key("anna@example.com", "salt")


def test_stored_contact_on_another_channel_adds_both_signals_and_rescores() -> None:
    current = entry("t1", conversation="c1")
    contacts = {KEY: [stored("old", "chat", days_ago=3, conversation="c0")]}
    [result] = apply_contact_history([current], contacts, severity_by_signals)
    assert result.insight.effort_signals == ["channel_switch", "repeat_contact"]
    assert result.insight.effort is True
    assert result.insight.severity == 0.7
    assert result.item is current.item and result.customer_key == KEY


def test_inputs_are_left_as_they_were() -> None:
    current = entry("t1", conversation="c1", signals=["long_wait"])
    contacts = {KEY: [stored("old", "chat", days_ago=3)]}
    contacts_before = copy.deepcopy(contacts)
    apply_contact_history([current], contacts, severity_by_signals)
    assert contacts == contacts_before
    assert current.insight.effort_signals == ["long_wait"]
    assert current.insight.effort is False and current.insight.severity == 0.0


def test_contacts_outside_the_window_or_in_the_same_thread_add_nothing() -> None:
    same_thread = entry("t1", conversation="c1")
    contacts = {
        KEY: [
            stored("too-old", "chat", days_ago=31, conversation="c0"),
            stored("same-thread", "ticket", days_ago=1, conversation="c1"),
        ]
    }
    result = apply_contact_history([same_thread], contacts, severity_by_signals)
    assert result[0] is same_thread
    assert same_thread.insight.effort_signals == []


def test_items_of_this_run_count_as_contacts_of_later_items_only() -> None:
    first = entry("t1", channel="ticket", conversation="c1", days_ago=2)
    later = entry("t2", channel="chat", conversation="c2", days_ago=1)
    stranger = entry("t3", customer="bob@example.com", conversation="c3", days_ago=1)
    results = apply_contact_history([first, later, stranger], {}, severity_by_signals)
    assert [r.item.external_id for r in results] == ["t1", "t2", "t3"]
    assert results[0].insight.effort_signals == []
    assert results[1].insight.effort_signals == ["channel_switch", "repeat_contact"]
    assert results[2].insight.effort_signals == []


def test_no_thread_id_means_any_earlier_contact_repeats() -> None:
    current = entry("t1", conversation=None)
    contacts = {KEY: [stored("old", "ticket", days_ago=5, conversation=None)]}
    [result] = apply_contact_history([current], contacts, severity_by_signals)
    assert result.insight.effort_signals == ["repeat_contact"]


def test_failed_insights_and_anonymous_items_are_skipped() -> None:
    failed = entry("t1", conversation="c1", error="boom")
    anonymous = entry("t2", customer=None, conversation="c2")
    contacts = {KEY: [stored("old", "chat", days_ago=1, conversation="c0")]}
    results = apply_contact_history([failed, anonymous], contacts, severity_by_signals)
    assert results[0] is failed and results[1] is anonymous
    assert failed.insight.effort_signals == [] and anonymous.insight.effort_signals == []


def test_existing_signals_are_kept_and_unchanged_sets_keep_the_severity() -> None:
    already = entry("t1", conversation="c1", signals=["repeat_contact"])
    contacts = {KEY: [stored("old", "ticket", days_ago=2, conversation="c0")]}
    [result] = apply_contact_history([already], contacts, severity_by_signals)
    assert result is already  # nothing new: no rescoring
    grows = entry("t2", channel="chat", conversation="c1", signals=["long_wait"])
    [result] = apply_contact_history([grows], contacts, severity_by_signals)
    assert result.insight.effort_signals == ["channel_switch", "long_wait", "repeat_contact"]
