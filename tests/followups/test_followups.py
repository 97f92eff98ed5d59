"""Follow-up case rules: who gets a call back, how urgent, never twice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from vocmine.followups.rules import FollowupRules, case_id_for, followup_cases, priority_for
from vocmine.schemas import AnalysedItem, FeedbackItem, Insight

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def entry(
    external_id: str,
    score: float,
    severity: float,
    churn: bool = False,
    customer: str | None = None,
    conversation: str | None = None,
) -> AnalysedItem:
    item = FeedbackItem(
        source="tickets", external_id=external_id, text="x", conversation_id=conversation
    )
    insight = Insight(
        id=item.item_id,
        lang="pl",
        sentiment="negative" if score < 0 else "positive",
        sentiment_score=score,
        severity=severity,
        churn_risk=churn,
        categories=["billing"],
    )
    return AnalysedItem(item, insight, "h", customer_key=customer)


@pytest.mark.parametrize(
    ("severity", "churn", "expected"),
    [
        (0.9, False, "P1"),
        (0.75, False, "P2"),
        (0.6, False, "P3"),
        (0.2, False, "P4"),
        (0.2, True, "P2"),
        (0.9, True, "P1"),
    ],
)
def test_priority_from_severity_and_churn(severity, churn, expected):
    assert priority_for(severity, churn) == expected


def test_negative_and_severe_opens_a_case_with_sla_due_date():
    rules = FollowupRules()
    cases = followup_cases([entry("T-1", -0.9, 0.9)], rules, NOW)
    assert len(cases) == 1
    case = cases[0]
    assert case.status == "new"
    assert case.priority == "P1"
    assert case.due_at == NOW + timedelta(hours=rules.sla_hours["P1"])
    assert "negative" in case.reasons and "category:billing" in case.reasons


def test_mildly_negative_or_positive_items_open_nothing():
    rules = FollowupRules()
    assert followup_cases([entry("T-1", -0.4, 0.3), entry("T-2", 0.8, 0.1)], rules, NOW) == []


def test_churn_risk_always_opens_a_case():
    cases = followup_cases([entry("T-1", 0.1, 0.2, churn=True)], FollowupRules(), NOW)
    assert [c.reasons[0] for c in cases] == ["churn_risk"]


def test_one_case_per_customer_and_conversation():
    first = entry("T-1", -0.9, 0.7, customer="k", conversation="conv-1")
    second = entry("T-2", -0.9, 0.95, customer="k", conversation="conv-1")
    other = entry("T-3", -0.9, 0.9, customer="k", conversation="conv-2")
    assert case_id_for(first) == case_id_for(second) != case_id_for(other)
    cases = followup_cases([first, second, other], FollowupRules(), NOW)
    assert len(cases) == 2
    assert {c.external_id for c in cases} == {"T-2", "T-3"}


def test_items_with_errors_open_nothing():
    broken = entry("T-1", -0.9, 0.9)
    broken.insight.error = "analysis failed"
    assert followup_cases([broken], FollowupRules(), NOW) == []


# --- case rules from config -------------------------------------------------
def rated(external_id: str, rating: float, source: str = "shop_reviews") -> AnalysedItem:
    item = FeedbackItem(
        source=source, external_id=external_id, text="Zásilka nepřišla.", rating=rating
    )
    insight = Insight(
        id=item.item_id, lang="cs", sentiment_score=-0.1, severity=0.3, categories=["delivery"]
    )
    return AnalysedItem(item, insight, "h", customer_key=None)


def test_low_rating_opens_a_case_only_up_to_the_configured_max():
    rules = FollowupRules(low_rating_max=2)
    cases = followup_cases([rated("R-1", 1), rated("R-2", 2), rated("R-3", 4)], rules, NOW)
    assert sorted(c.external_id for c in cases) == ["R-1", "R-2"]
    assert all("low_rating" in c.reasons for c in cases)
    assert followup_cases([rated("R-1", 1)], FollowupRules(low_rating_max=None), NOW) == []


def test_low_rating_max_per_source_for_an_nps_scale():
    rules = FollowupRules(low_rating_max=2, low_rating_max_by_source={"nps": 6})
    cases = followup_cases(
        [rated("N-1", 5, source="nps"), rated("N-2", 8, source="nps")], rules, NOW
    )
    assert [c.external_id for c in cases] == ["N-1"]


def test_watched_category_opens_a_case_whatever_the_sentiment():
    item = entry("T-9", 0.2, 0.1)
    assert followup_cases([item], FollowupRules(), NOW) == []
    cases = followup_cases([item], FollowupRules(categories=["billing"]), NOW)
    assert cases[0].reasons[0] == "watched_category"


def test_priority_thresholds_come_from_config():
    rules = FollowupRules(priority_severity={"P1": 0.95, "P2": 0.9, "P3": 0.8})
    cases = followup_cases([entry("T-1", -0.9, 0.9)], rules, NOW)
    assert cases[0].priority == "P2"
    assert cases[0].due_at == NOW + timedelta(hours=rules.sla_hours["P2"])


def test_repeat_contacts_attach_to_one_case_and_count_as_effort():
    first = entry("T-1", -0.9, 0.7, customer="k", conversation="conv-1")
    second = entry("T-2", -0.8, 0.6, customer="k", conversation="conv-1")
    (case,) = followup_cases([first, second], FollowupRules(), NOW)
    assert case.external_id == "T-1"
    assert case.contact_item_ids == [first.item.item_id, second.item.item_id]
    assert "effort:repeat_contact" in case.reasons


def test_cases_get_their_owner_team_from_the_routes():
    rules = FollowupRules(routes=[{"team": "finance-care", "categories": ["billing"]}])
    assert followup_cases([entry("T-1", -0.9, 0.9)], rules, NOW)[0].team == "finance-care"
    assert followup_cases([entry("T-1", -0.9, 0.9)], FollowupRules(), NOW)[0].team == "care"


# --- the store: idempotent re-runs, contacts, reopening ---------------------
@pytest.fixture
def store():
    from vocmine.store import open_store

    with open_store("duckdb:///:memory:") as opened:
        yield opened


def test_rerun_never_duplicates_or_changes_a_case(store):
    items = [entry("T-1", -0.9, 0.9, customer="k", conversation="c1")]
    assert store.upsert_followups(followup_cases(items, FollowupRules(), NOW)) == 1
    later = NOW + timedelta(days=1)
    assert store.upsert_followups(followup_cases(items, FollowupRules(), later)) == 0
    (case,) = store.list_followups("all")
    assert (case["version"], case["contacts"], case["opened_at"]) == (1, 1, NOW)
    assert [e["action"] for e in store.list_followup_events()] == ["opened"]


def test_rerun_never_reopens_a_closed_case_but_a_new_contact_does(store):
    first = entry("T-1", -0.9, 0.9, customer="k", conversation="c1")
    store.upsert_followups(followup_cases([first], FollowupRules(), NOW))
    case_id = store.list_followups()[0]["case_id"]
    store.update_followup(case_id, 1, {"status": "closed"}, actor="test", action="status")
    store.upsert_followups(followup_cases([first], FollowupRules(), NOW))
    assert store.get_followup(case_id)["status"] == "closed"

    again = entry("T-2", -0.7, 0.6, customer="k", conversation="c1")
    later = NOW + timedelta(hours=1)
    assert store.upsert_followups(followup_cases([again], FollowupRules(), later)) == 0
    case = store.get_followup(case_id)
    assert case["status"] == "reopened"
    assert case["contacts"] == 2
    assert case["item_ids"] == [first.item.item_id, again.item.item_id]
    assert case["events"][-1]["actor"] == "vocmine"


def test_new_contact_on_an_open_case_counts_without_reopening(store):
    first = entry("T-1", -0.9, 0.9, customer="k", conversation="c1")
    store.upsert_followups(followup_cases([first], FollowupRules(), NOW))
    again = entry("T-2", -0.7, 0.6, customer="k", conversation="c1")
    store.upsert_followups(
        followup_cases([again], FollowupRules(), NOW), reopen_on_new_contact=False
    )
    (case,) = store.list_followups()
    assert (case["status"], case["contacts"]) == ("new", 2)


def test_list_filters(store):
    items = [
        entry("T-1", -0.9, 0.9, customer="a"),
        entry("T-2", -0.9, 0.6, customer="b"),
    ]
    store.upsert_followups(followup_cases(items, FollowupRules(), NOW))
    assert [c["external_id"] for c in store.list_followups(priority="P1")] == ["T-1"]
    assert len(store.list_followups(category="billing", lang="pl")) == 2
    assert store.list_followups(category="delivery") == []
    overdue = store.list_followups(overdue_at=NOW + timedelta(hours=5))
    assert [c["priority"] for c in overdue] == ["P1"]


def test_old_store_without_workflow_columns_is_migrated(tmp_path):
    import duckdb

    from vocmine.store import open_store

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE followups (case_id VARCHAR PRIMARY KEY, item_id VARCHAR, external_id VARCHAR,"
        " source VARCHAR, priority VARCHAR, status VARCHAR, reasons VARCHAR, severity DOUBLE,"
        " opened_at TIMESTAMPTZ, due_at TIMESTAMPTZ, lang VARCHAR, customer_key VARCHAR,"
        " updated_at TIMESTAMPTZ)"
    )
    con.execute(
        "INSERT INTO followups VALUES ('case-old', 'i1', 'T-1', 's', 'P2', 'new', '[\"negative\"]',"
        " 0.7, ?, ?, 'pl', NULL, ?)",
        [NOW, NOW + timedelta(hours=24), NOW],
    )
    con.close()
    with open_store(f"duckdb:///{path}") as opened:
        case = opened.get_followup("case-old")
    assert (case["version"], case["contacts"], case["categories"]) == (1, 1, [])
    assert case["item_ids"] == ["i1"]


# --- CLI --------------------------------------------------------------------
@pytest.fixture
def store_url(tmp_path):
    from vocmine.store import open_store

    url = f"duckdb:///{tmp_path / 'queue.duckdb'}"
    now = datetime.now(UTC)
    items = [
        entry("T-1", -0.9, 0.9, customer="a"),  # P1, due in 4 h
        entry("T-2", -0.9, 0.6, customer="b"),  # P3
    ]
    with open_store(url) as opened:
        opened.upsert_followups(followup_cases(items, FollowupRules(), now - timedelta(hours=5)))
    return url


def cli(*args):
    from typer.testing import CliRunner

    from vocmine.cli.main import app

    return CliRunner().invoke(app, ["followups", *args])


def last_json(result):
    import json

    return json.loads(result.stdout.strip().splitlines()[-1])


def test_cli_list_filters_and_json_keys(store_url):
    everything = last_json(cli("list", "--store", store_url, "--json"))
    assert {"id", "external_id", "priority", "status", "reasons"} <= set(everything[0])
    assert [c["external_id"] for c in everything] == ["T-1", "T-2"]
    overdue = last_json(cli("list", "--store", store_url, "--overdue", "--json"))
    assert [c["external_id"] for c in overdue] == ["T-1"]
    assert (
        last_json(cli("list", "--store", store_url, "--priority", "P3", "--json"))[0]["external_id"]
        == "T-2"
    )
    assert last_json(cli("list", "--store", store_url, "--category", "delivery", "--json")) == []
    assert len(last_json(cli("list", "--store", store_url, "--lang", "pl", "--json"))) == 2
    table = cli("list", "--store", store_url)
    assert table.exit_code == 0 and "OVERDUE" in table.stdout


def test_cli_assign_status_show_and_refusal(store_url):
    case_id = last_json(cli("list", "--store", store_url, "--json"))[0]["id"]
    assigned = cli(
        "assign", case_id, "--to", "anna", "--by", "lead", "--store", store_url, "--json"
    )
    assert last_json(assigned)["owner"] == "anna"
    refused = cli("status", case_id, "--set", "closed", "--by", "anna", "--store", store_url)
    assert refused.exit_code == 2
    assert "cannot move a case from 'assigned' to 'closed'" in refused.output
    ok = cli(
        "status",
        case_id,
        "--set",
        "contacted",
        "--note",
        "called back",
        "--by",
        "anna",
        "--store",
        store_url,
    )
    assert ok.exit_code == 0
    assert (
        last_json(cli("list", "--store", store_url, "--owner", "anna", "--json"))[0]["status"]
        == "contacted"
    )
    stale = cli("status", case_id, "--set", "resolved", "--version", "1", "--store", store_url)
    assert stale.exit_code == 2 and "changed since you read it" in stale.output
    shown = last_json(cli("show", case_id, "--store", store_url, "--json"))
    assert [(e["actor"], e["note"]) for e in shown["events"]][1:] == [
        ("lead", None),
        ("anna", "called back"),
    ]
    assert "w sprawie rozliczenia i faktury" in shown["reply"]
    assert cli("show", "case-missing", "--store", store_url).exit_code == 2


def test_cli_export_and_metrics(store_url, tmp_path):
    import pandas as pd

    assert cli("export", str(tmp_path / "cases.csv"), "--store", store_url).exit_code == 0
    assert len(pd.read_csv(tmp_path / "cases.csv")) == 2
    assert cli("export", str(tmp_path / "cases.xlsx"), "--store", store_url).exit_code == 0
    sheets = pd.read_excel(tmp_path / "cases.xlsx", sheet_name=None)
    assert set(sheets) == {"followups", "audit_trail", "loop_metrics", "root_causes"}
    assert len(sheets["audit_trail"]) == 2
    metrics = last_json(cli("metrics", "--store", store_url, "--json"))
    assert metrics == [
        {
            "team": "care",
            "category": "billing",
            "cases": 2,
            "open": 2,
            "overdue": 1,
            "hours_to_first_contact_median": None,
            "hours_to_resolve_median": None,
            "within_sla_share": 0.0,
            "reopen_rate": None,
        }
    ]


def test_case_categories_are_ordered_main_first_for_routing():
    item = entry("T-1", -0.9, 0.9)
    item.insight.categories = ["billing", "delivery"]
    item.insight.category_scores = {"billing": 0.3, "delivery": 0.8}
    rules = FollowupRules(
        routes=[
            {"team": "finance-care", "categories": ["billing"]},
            {"team": "logistics-care", "categories": ["delivery"]},
        ]
    )
    (case,) = followup_cases([item], rules, NOW)
    assert case.categories == ["delivery", "billing"]
    assert case.team == "logistics-care"
