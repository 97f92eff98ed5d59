"""Contact history as a pure analysis step: repeat contact, channel switch, severity update."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta

from vocmine.analysis.contact_history import apply_contact_history
from vocmine.analysis.pseudonyms import Pseudonymiser
from vocmine.schemas import AnalysedItem, FeedbackItem, Insight

PSEUDONYMS = Pseudonymiser(secret=b"test key of sixteen+ bytes", salt="salt")

NOW = datetime(2026, 3, 20, 12, tzinfo=UTC)


def entry(
    external_id: str,
    customer: str | None = "anna@example.com",
    channel: str = "ticket",
    conversation: str | None = None,
    days_ago: float = 0,
    signals: list[str] | None = None,
    error: str | None = None,
    categories: tuple[str, ...] = ("delivery",),
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
    insight = Insight(
        id=item.item_id,
        effort_signals=list(signals or []),
        error=error,
        categories=list(categories),
    )
    return AnalysedItem(item, insight, "hash", PSEUDONYMS.customer_key(customer))


def stored(
    item_id: str,
    channel: str,
    days_ago: float,
    conversation: str | None = None,
    categories: tuple[str, ...] = ("delivery",),
) -> dict:
    return {
        "item_id": item_id,
        "channel": channel,
        "created_at": NOW - timedelta(days=days_ago),
        "conversation_id": conversation,
        "categories": list(categories),
    }


def severity_by_signals(insight: Insight, item: FeedbackItem) -> float:
    return 0.1 * len(insight.effort_signals) + (0.5 if insight.effort else 0.0)


KEY = PSEUDONYMS.customer_key("anna@example.com")


def test_same_matter_on_another_service_channel_adds_both_signals_and_rescores() -> None:
    current = entry("t1", conversation="c1")
    contacts = {KEY: [stored("old", "chat", days_ago=3, conversation="c0")]}
    [result] = apply_contact_history([current], contacts, severity_by_signals)
    assert result.insight.effort_signals == ["channel_switch", "repeat_contact"]
    assert result.insight.effort is True
    assert result.insight.severity == 0.7
    assert result.item is current.item and result.customer_key == KEY


def test_two_tickets_about_the_same_missing_parcel_repeat_a_contact() -> None:
    current = entry("t2", conversation="c2")
    contacts = {KEY: [stored("t1", "ticket", days_ago=4, conversation="c1")]}
    [result] = apply_contact_history([current], contacts, severity_by_signals)
    assert result.insight.effort_signals == ["repeat_contact"]


def test_a_positive_review_then_an_unrelated_question_is_no_repeat_contact() -> None:
    question = entry("q1", channel="ticket", categories=("information",))
    contacts = {KEY: [stored("r1", "review", days_ago=2, categories=("praise",))]}
    [result] = apply_contact_history([question], contacts, severity_by_signals)
    assert result is question and question.insight.effort_signals == []


def test_a_review_is_feedback_not_a_service_contact() -> None:
    review = entry("r2", channel="review")
    contacts = {KEY: [stored("t1", "ticket", days_ago=1)]}
    [result] = apply_contact_history([review], contacts, severity_by_signals)
    assert result is review  # a review after a ticket repeats nothing
    ticket = entry("t3", channel="ticket")
    contacts = {KEY: [stored("r1", "review", days_ago=1)]}
    [result] = apply_contact_history([ticket], contacts, severity_by_signals)
    assert result.insight.effort_signals == ["channel_switch"]  # raised first in a review


def test_the_same_thread_is_the_same_matter_whatever_the_categories() -> None:
    follow_up = entry("t2", conversation="c1", categories=("other",))
    contacts = {KEY: [stored("t1", "ticket", days_ago=1, conversation="c1", categories=())]}
    [result] = apply_contact_history([follow_up], contacts, severity_by_signals)
    assert result.insight.effort_signals == ["repeat_contact"]


def test_inputs_are_left_as_they_were() -> None:
    current = entry("t1", conversation="c1", signals=["long_wait"])
    contacts = {KEY: [stored("old", "chat", days_ago=3)]}
    contacts_before = copy.deepcopy(contacts)
    apply_contact_history([current], contacts, severity_by_signals)
    assert contacts == contacts_before
    assert current.insight.effort_signals == ["long_wait"]
    assert current.insight.effort is False and current.insight.severity == 0.0


def test_old_contacts_other_matters_and_broad_categories_add_nothing() -> None:
    current = entry("t1", conversation="c1", categories=("delivery", "other"))
    contacts = {
        KEY: [
            stored("too-old", "ticket", days_ago=15, conversation="c0"),
            stored("other-matter", "ticket", days_ago=1, categories=("billing",)),
            stored("broad", "chat", days_ago=1, categories=("other", "praise")),
            stored("later", "ticket", days_ago=-1),
        ]
    }
    result = apply_contact_history([current], contacts, severity_by_signals)
    assert result[0] is current
    assert current.insight.effort_signals == []


def test_items_of_this_run_count_as_contacts_of_later_items_only() -> None:
    first = entry("t1", channel="ticket", conversation="c1", days_ago=2)
    later = entry("t2", channel="chat", conversation="c2", days_ago=1)
    stranger = entry("t3", customer="bob@example.com", conversation="c3", days_ago=1)
    results = apply_contact_history([first, later, stranger], {}, severity_by_signals)
    assert [r.item.external_id for r in results] == ["t1", "t2", "t3"]
    assert results[0].insight.effort_signals == []
    assert results[1].insight.effort_signals == ["channel_switch", "repeat_contact"]
    assert results[2].insight.effort_signals == []


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


def test_each_history_signal_says_which_earlier_contact_and_why() -> None:
    current = entry("t2", categories=("delivery", "other"))
    contacts = {
        KEY: [
            stored("t0", "ticket", days_ago=9),
            stored("t1", "ticket", days_ago=3),
            stored("r1", "review", days_ago=1, categories=("delivery", "product_quality")),
        ]
    }
    [result] = apply_contact_history([current], contacts, severity_by_signals)
    reasons = result.insight.signal_reasons
    three_days_before = (NOW - timedelta(days=3)).strftime("%Y-%m-%d")
    one_day_before = (NOW - timedelta(days=1)).strftime("%Y-%m-%d")
    assert reasons == {
        "repeat_contact": f"same matter (delivery) as the ticket of {three_days_before}, 3 days before",
        "channel_switch": f"same matter (delivery) as the review of {one_day_before}, 1 day before",
    }
    assert current.insight.signal_reasons == {}  # the input is not changed


def test_a_thread_reason_names_the_conversation_and_text_reasons_are_kept() -> None:
    follow_up = entry("t2", conversation="c1", categories=("other",), signals=["long_wait"])
    follow_up.insight.signal_reasons = {"long_wait": '"still waiting"'}
    contacts = {KEY: [stored("t1", "ticket", days_ago=0.25, conversation="c1", categories=())]}
    [result] = apply_contact_history([follow_up], contacts, severity_by_signals)
    day = (NOW - timedelta(days=0.25)).strftime("%Y-%m-%d")
    assert result.insight.signal_reasons == {
        "long_wait": '"still waiting"',
        "repeat_contact": f"same conversation as the ticket of {day}, the same day",
    }


def test_a_signal_from_stored_contacts_makes_effort_certain_and_clears_its_review() -> None:
    current = entry("t1", conversation="c1")
    current.insight.effort_probability = 0.5
    current.insight.review_reasons = ["sentiment_uncertain", "effort_uncertain"]
    current.insight.needs_review = True
    calm = entry("t2", conversation="c1")
    calm.insight.effort_probability = 0.5
    calm.insight.review_reasons = ["effort_uncertain"]
    calm.insight.needs_review = True
    contacts = {KEY: [stored("old", "chat", days_ago=3, conversation="c0")]}
    first, second = apply_contact_history([current, calm], contacts, severity_by_signals)
    assert first.insight.effort_probability == 1.0
    assert first.insight.review_reasons == ["sentiment_uncertain"] and first.insight.needs_review
    assert second.insight.review_reasons == [] and not second.insight.needs_review
    # Without a calibration there is no probability to set.
    [plain] = apply_contact_history([entry("t3", conversation="c1")], contacts, severity_by_signals)
    assert plain.insight.effort and plain.insight.effort_probability is None
