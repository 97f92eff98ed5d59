"""The follow-up workflow: status machine, audit trail, concurrency, loop metrics."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from vocmine.errors import CaseConflictError, CaseNotFoundError, InvalidTransitionError
from vocmine.followups.rules import FollowupRules, followup_cases
from vocmine.followups.workflow import (
    TRANSITIONS,
    assign_case,
    check_transition,
    followup_loop_metrics,
    set_case_status,
)
from vocmine.schemas import AnalysedItem, FeedbackItem, Insight
from vocmine.store import open_store

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
RULES = FollowupRules(
    routes=[
        {"team": "finance-care", "categories": ["billing"]},
        {"team": "logistics-care", "categories": ["delivery"]},
    ]
)


def complaint(
    external_id: str, text: str, lang: str, category: str, severity: float
) -> AnalysedItem:
    item = FeedbackItem(source="tickets", external_id=external_id, text=text, lang=lang)
    insight = Insight(
        id=item.item_id,
        lang=lang,
        sentiment="negative",
        sentiment_score=-0.9,
        severity=severity,
        categories=[category],
    )
    return AnalysedItem(item, insight, "h", customer_key=f"cust-{external_id}")


@pytest.fixture
def store(store_url):
    with open_store(store_url) as opened:
        opened.upsert_followups(
            followup_cases(
                [
                    complaint(
                        "T-1", "Faktura jest zawyżona, naliczono mi dwa razy.", "pl", "billing", 0.9
                    ),
                    complaint("T-2", "Посылка так и не пришла.", "ru", "delivery", 0.6),
                ],
                RULES,
                NOW,
            )
        )
        yield opened


def case_of(store, external_id: str) -> str:
    return next(
        c["case_id"] for c in store.list_followups("all") if c["external_id"] == external_id
    )


def test_full_workflow_records_who_when_and_note(store):
    case_id = case_of(store, "T-1")
    steps = [
        (
            lambda at: assign_case(
                store, case_id, "anna", actor="lead", note="billing expert", at=at
            )
        ),
        (lambda at: set_case_status(store, case_id, "in_progress", actor="anna", at=at)),
        (
            lambda at: set_case_status(
                store, case_id, "contacted", actor="anna", note="called", at=at
            )
        ),
        (
            lambda at: set_case_status(
                store, case_id, "resolved", actor="anna", note="refund", at=at
            )
        ),
        (lambda at: set_case_status(store, case_id, "closed", actor="lead", at=at)),
    ]
    for hours, step in enumerate(steps, start=1):
        step(NOW + timedelta(hours=hours))
    case = store.get_followup(case_id)
    assert case["status"] == "closed"
    assert case["owner"] == "anna"
    assert case["version"] == 6
    assert case["first_contact_at"] == NOW + timedelta(hours=3)
    assert case["resolved_at"] == NOW + timedelta(hours=4)
    trail = [(e["actor"], e["from_status"], e["to_status"], e["note"]) for e in case["events"]]
    assert trail[1:] == [
        ("lead", "new", "assigned", "billing expert"),
        ("anna", "assigned", "in_progress", None),
        ("anna", "in_progress", "contacted", "called"),
        ("anna", "contacted", "resolved", "refund"),
        ("lead", "resolved", "closed", None),
    ]
    assert [e["at"] for e in case["events"]][1:] == [NOW + timedelta(hours=h) for h in range(1, 6)]


@pytest.mark.parametrize(
    ("current", "target"),
    [
        ("new", "resolved"),
        ("new", "closed"),
        ("assigned", "closed"),
        ("closed", "in_progress"),
        ("contacted", "new"),
    ],
)
def test_invalid_transitions_are_refused_with_a_clear_message(current, target):
    with pytest.raises(InvalidTransitionError, match=f"from '{current}' to '{target}'.*can go to"):
        check_transition(current, target)


def test_every_allowed_transition_passes_and_unknown_status_is_named():
    for current, targets in TRANSITIONS.items():
        for target in targets:
            check_transition(current, target)
    with pytest.raises(InvalidTransitionError, match="unknown status 'done'"):
        check_transition("new", "done")


def test_refused_transition_leaves_case_and_trail_unchanged(store):
    case_id = case_of(store, "T-1")
    with pytest.raises(InvalidTransitionError):
        set_case_status(store, case_id, "resolved", actor="anna")
    case = store.get_followup(case_id)
    assert (case["status"], case["version"], len(case["events"])) == ("new", 1, 1)


def test_working_a_case_needs_an_owner(store):
    case_id = case_of(store, "T-2")
    with pytest.raises(InvalidTransitionError, match="has no owner; assign it first"):
        set_case_status(store, case_id, "assigned", actor="lead")
    assert assign_case(store, case_id, "olga", actor="lead")["status"] == "assigned"


def test_resolved_case_cannot_be_assigned_until_reopened(store):
    case_id = case_of(store, "T-2")
    assign_case(store, case_id, "olga", actor="lead")
    set_case_status(store, case_id, "contacted", actor="olga")
    set_case_status(store, case_id, "resolved", actor="olga")
    with pytest.raises(InvalidTransitionError, match="reopen it"):
        assign_case(store, case_id, "piotr", actor="lead")
    set_case_status(store, case_id, "reopened", actor="lead", note="customer wrote again")
    case = assign_case(store, case_id, "piotr", actor="lead")
    assert (case["status"], case["owner"]) == ("assigned", "piotr")


def test_two_agents_updating_one_case_second_is_refused(store):
    case_id = case_of(store, "T-1")
    read_by_anna = store.get_followup(case_id)["version"]
    read_by_jan = store.get_followup(case_id)["version"]
    assign_case(store, case_id, "anna", actor="anna", expected_version=read_by_anna)
    with pytest.raises(CaseConflictError, match="changed since you read it"):
        assign_case(store, case_id, "jan", actor="jan", expected_version=read_by_jan)
    case = store.get_followup(case_id)
    assert (case["owner"], case["version"]) == ("anna", 2)
    assert [e["actor"] for e in case["events"]] == ["vocmine", "anna"]


def test_conflict_detected_across_two_open_connections_to_one_store(store_url):
    url = store_url
    item = complaint("T-1", "Rachunek za wysoki.", "pl", "billing", 0.9)
    with open_store(url) as desk_a, open_store(url) as desk_b:
        desk_a.upsert_followups(followup_cases([item], RULES, NOW))
        case_id = desk_b.list_followups()[0]["case_id"]
        version_a = desk_a.get_followup(case_id)["version"]
        version_b = desk_b.get_followup(case_id)["version"]
        assign_case(desk_a, case_id, "a", actor="a", expected_version=version_a)
        with pytest.raises(CaseConflictError):
            assign_case(desk_b, case_id, "b", actor="b", expected_version=version_b)
        assert desk_b.get_followup(case_id)["owner"] == "a"


def test_unknown_case_is_named(store):
    with pytest.raises(CaseNotFoundError, match="case-nope"):
        assign_case(store, "case-nope", "anna", actor="lead")


# --- loop metrics -----------------------------------------------------------
def test_loop_metrics_by_team_and_category_with_sla_edges(store):
    billing = case_of(store, "T-1")  # P1, due NOW + 4 h
    # T-2 (delivery) is P3, due NOW + 72 h, and never worked
    assign_case(store, billing, "anna", actor="lead", at=NOW + timedelta(hours=1))
    set_case_status(store, billing, "contacted", actor="anna", at=NOW + timedelta(hours=2))
    # resolved exactly at the due date: still within the SLA
    set_case_status(store, billing, "resolved", actor="anna", at=NOW + timedelta(hours=4))
    set_case_status(store, billing, "reopened", actor="lead", at=NOW + timedelta(hours=5))
    # delivery stays open; 80 h later it is overdue
    frame = followup_loop_metrics(
        store.list_followups("all"), store.list_followup_events(), NOW + timedelta(hours=80)
    )
    rows = {r["team"]: r for r in frame.to_dict("records")}
    assert set(rows) == {"finance-care", "logistics-care"}
    fin, log = rows["finance-care"], rows["logistics-care"]
    assert (fin["category"], log["category"]) == ("billing", "delivery")
    assert fin["hours_to_first_contact_median"] == 2.0
    assert fin["hours_to_resolve_median"] == 4.0
    assert fin["within_sla_share"] == 1.0
    assert fin["reopen_rate"] == 1.0
    assert (fin["open"], fin["overdue"]) == (1, 1)  # reopened, past due
    assert (log["open"], log["overdue"], log["within_sla_share"]) == (1, 1, 0.0)
    not_yet_due = followup_loop_metrics(
        store.list_followups("all"), store.list_followup_events(), NOW + timedelta(hours=3)
    )
    assert not_yet_due.set_index("team").loc["logistics-care", "overdue"] == 0


def test_loop_metrics_empty():
    assert list(followup_loop_metrics([], [], NOW).columns)[:2] == ["team", "category"]
