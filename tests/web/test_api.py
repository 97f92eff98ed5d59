"""The JSON API on a real store: every status code, team rules, audit rows, conflicts."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.web.conftest import HOSTILE, ITEMS, Workspace, make_workspace
from vocmine.store import open_store
from vocmine.web.access import StoreGate

# ----------------------------------------------------------------- 401


def test_without_credentials_every_api_route_answers_401(workspace: Workspace) -> None:
    case_id = workspace.cases["T-1"]
    item_id = workspace.items["T-1"]
    client = workspace.client
    answers = [
        client.get("/api/me"),
        client.get("/api/cases"),
        client.get(f"/api/cases/{case_id}"),
        client.post(f"/api/cases/{case_id}/assign", json={"to": "ann"}),
        client.post(f"/api/cases/{case_id}/status", json={"status": "assigned"}),
        client.get(f"/api/items/{item_id}"),
        client.post(f"/api/items/{item_id}/corrections", json={"sentiment": "positive"}),
        client.get("/api/cases", headers={"Authorization": "Bearer not-a-token"}),
        client.get("/api/cases", headers={"Authorization": "Basic cm9vdDpyb290"}),
    ]
    assert [a.status_code for a in answers] == [401] * len(answers)
    assert answers[0].headers["WWW-Authenticate"] == "Bearer"
    with open_store(workspace.url) as store:  # nothing changed
        case = store.get_followup(case_id)
        assert (case["status"], case["owner"], case["version"]) == ("new", None, 1)
        assert store.list_corrections() == []


def test_a_disabled_users_token_stops_working(workspace: Workspace) -> None:
    assert workspace.client.get("/api/me", headers=workspace.as_user("bob")).status_code == 200
    with open_store(workspace.url) as store:
        store.update_user("bob", {"disabled": True}, actor="root")
    assert workspace.client.get("/api/me", headers=workspace.as_user("bob")).status_code == 401


# ----------------------------------------------------------------- reading cases


def test_agents_see_their_teams_cases_admins_and_analysts_see_all(workspace: Workspace) -> None:
    client = workspace.client

    def teams(user: str, **params: str) -> list[str]:
        answer = client.get("/api/cases", params=params, headers=workspace.as_user(user))
        assert answer.status_code == 200, answer.text
        return sorted(c["team"] for c in answer.json()["cases"])

    assert teams("ann") == ["finance-care", "finance-care"]
    assert teams("bob") == ["logistics-care", "logistics-care"]
    assert teams("root") == ["finance-care"] * 2 + ["logistics-care"] * 2
    assert teams("ivy", team="logistics-care") == ["logistics-care"] * 2
    refused = client.get(
        "/api/cases", params={"team": "logistics-care"}, headers=workspace.as_user("ann")
    )
    assert refused.status_code == 403
    assert "ann (agent) may not" in refused.json()["detail"]


def test_case_list_fields_filters_and_paging(workspace: Workspace) -> None:
    client = workspace.client
    root = workspace.as_user("root")
    body = client.get("/api/cases", params={"page_size": 3}, headers=root).json()
    assert body["total"] == 4 and len(body["cases"]) == 3 and body["page"] == 1
    second = client.get("/api/cases", params={"page_size": 3, "page": 2}, headers=root).json()
    assert len(second["cases"]) == 1
    ids = {c["id"] for c in body["cases"]} | {c["id"] for c in second["cases"]}
    assert ids == set(workspace.cases.values())
    case = body["cases"][0]
    for field in ("id", "item_id", "status", "priority", "team", "owner", "due_at", "version"):
        assert field in case
    priorities = [c["priority"] for c in body["cases"] + second["cases"]]
    assert priorities == sorted(priorities)  # most urgent first

    def externals(**params: str) -> list[str]:
        answer = client.get("/api/cases", params=params, headers=root)
        assert answer.status_code == 200, answer.text
        return sorted(c["external_id"] for c in answer.json()["cases"])

    assert externals(lang="ru") == ["T-2"]
    assert externals(category="billing") == ["T-1", "T-3"]
    assert externals(source="tickets") == ["T-1", "T-2", "T-3", "T-4"]
    assert externals(source="chat") == []
    overdue = externals(overdue="true")
    assert overdue and set(overdue) <= {"T-1", "T-2", "T-3", "T-4"}
    listed = client.get("/api/cases", headers=root).json()["cases"]
    assert sorted(c["external_id"] for c in listed if c["overdue"]) == overdue
    bad = client.get("/api/cases", params={"page_size": 5000}, headers=root)
    assert bad.status_code == 422


def test_one_case_with_items_events_and_redacted_text_only(workspace: Workspace) -> None:
    case_id = workspace.cases["T-1"]
    answer = workspace.client.get(f"/api/cases/{case_id}", headers=workspace.as_user("ann"))
    assert answer.status_code == 200
    case = answer.json()
    assert case["id"] == case_id and case["item_ids"] == [workspace.items["T-1"]]
    assert [e["action"] for e in case["events"]] == ["opened"]
    (item,) = case["items"]
    assert item["text"] == HOSTILE  # JSON carries the text as data; pages escape it
    assert item["model"]["sentiment"] == "negative"
    assert item["confidence"]["sentiment"]["negative"] == pytest.approx(0.9)
    assert "customer_key" not in case and "customer_key" not in item


def test_unknown_ids_answer_404_and_other_teams_case_403(workspace: Workspace) -> None:
    client = workspace.client
    ann = workspace.as_user("ann")
    assert client.get("/api/cases/no-such-case", headers=ann).status_code == 404
    assert client.get("/api/items/no-such-item", headers=ann).status_code == 404
    assert (
        client.post("/api/cases/no-such-case/status", json={"status": "x"}, headers=ann)
    ).status_code == 404
    other = workspace.cases["T-2"]
    assert client.get(f"/api/cases/{other}", headers=ann).status_code == 403
    assert (
        client.post(f"/api/cases/{other}/assign", json={"to": "ann"}, headers=ann).status_code
        == 403
    )


# ----------------------------------------------------------------- changing cases


def test_agent_takes_a_case_and_moves_it_to_contacted_with_audit(workspace: Workspace) -> None:
    client = workspace.client
    case_id = workspace.cases["T-1"]
    ann = workspace.as_user("ann")
    taken = client.post(f"/api/cases/{case_id}/assign", json={"to": "ann"}, headers=ann)
    assert taken.status_code == 200, taken.text
    assert (taken.json()["status"], taken.json()["owner"], taken.json()["version"]) == (
        "assigned",
        "ann",
        2,
    )
    moved = client.post(
        f"/api/cases/{case_id}/status",
        json={"status": "contacted", "note": "called back, refund promised", "version": 2},
        headers=ann,
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["status"] == "contacted"
    events = client.get(f"/api/cases/{case_id}", headers=ann).json()["events"]
    assert [(e["actor"], e["action"], e["to_status"]) for e in events[1:]] == [
        ("ann", "assigned", "assigned"),
        ("ann", "status", "contacted"),
    ]
    assert events[-1]["note"] == "called back, refund promised"


def test_who_may_assign_to_whom(workspace: Workspace) -> None:
    client = workspace.client
    case_id = workspace.cases["T-1"]  # finance-care

    def assign(actor: str, to: str) -> int:
        url = f"/api/cases/{case_id}/assign"
        return client.post(url, json={"to": to}, headers=workspace.as_user(actor)).status_code

    assert assign("ann", "lena") == 403  # an agent only takes a case for themself
    assert assign("ivy", "ann") == 403  # analysts do not work cases
    assert assign("lena", "bob") == 403  # bob is in another team
    assert assign("lena", "nobody") == 422
    assert assign("lena", "ann") == 200
    assert assign("root", "lena") == 200
    with open_store(workspace.url) as store:
        case = store.get_followup(case_id)
    assert (case["owner"], case["version"]) == ("lena", 3)


def test_invalid_transition_is_422_and_stale_version_is_409(workspace: Workspace) -> None:
    client = workspace.client
    case_id = workspace.cases["T-3"]
    ann = workspace.as_user("ann")
    invalid = client.post(f"/api/cases/{case_id}/status", json={"status": "closed"}, headers=ann)
    assert invalid.status_code == 422
    assert "cannot move a case from 'new' to 'closed'" in invalid.json()["detail"]
    unknown = client.post(f"/api/cases/{case_id}/status", json={"status": "done"}, headers=ann)
    assert unknown.status_code == 422
    assert client.post(f"/api/cases/{case_id}/status", json={}, headers=ann).status_code == 422
    assert (
        client.post(f"/api/cases/{case_id}/assign", json={"to": "ann"}, headers=ann).status_code
        == 200
    )
    stale = client.post(
        f"/api/cases/{case_id}/status", json={"status": "in_progress", "version": 1}, headers=ann
    )
    assert stale.status_code == 409
    assert "changed since you read it" in stale.json()["detail"]
    with open_store(workspace.url) as store:
        case = store.get_followup(case_id)
    assert (case["status"], case["version"]) == ("assigned", 2)


def test_two_people_changing_one_case_at_once_one_gets_409(any_workspace: Workspace) -> None:
    ws = any_workspace
    case_id = ws.cases["T-1"]
    assert (
        ws.client.post(
            f"/api/cases/{case_id}/assign", json={"to": "ann"}, headers=ws.as_user("ann")
        ).status_code
        == 200
    )
    barrier = threading.Barrier(2)
    codes: list[int] = []

    def change(user: str, status: str) -> None:
        barrier.wait()
        answer = ws.client.post(
            f"/api/cases/{case_id}/status",
            json={"status": status, "version": 2, "note": f"by {user}"},
            headers=ws.as_user(user),
        )
        codes.append(answer.status_code)

    threads = [
        threading.Thread(target=change, args=("ann", "contacted")),
        threading.Thread(target=change, args=("lena", "in_progress")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(codes) == [200, 409]
    with open_store(ws.url) as store:
        case = store.get_followup(case_id)
        assert case["version"] == 3
        assert len([e for e in case["events"] if e["action"] == "status"]) == 1


# ----------------------------------------------------------------- items and corrections


def test_item_reading_rules(workspace: Workspace) -> None:
    client = workspace.client
    finance_item = workspace.items["T-1"]
    assert (
        client.get(f"/api/items/{finance_item}", headers=workspace.as_user("ann")).status_code
        == 200
    )
    assert (
        client.get(f"/api/items/{finance_item}", headers=workspace.as_user("bob")).status_code
        == 403
    )
    assert (
        client.get(f"/api/items/{finance_item}", headers=workspace.as_user("ivy")).status_code
        == 200
    )


def test_analyst_corrects_labels_beside_the_models_and_they_survive_a_rerun(
    any_workspace: Workspace,
) -> None:
    ws = any_workspace
    item_id = ws.items["T-2"]
    url = f"/api/items/{item_id}/corrections"
    answer = ws.client.post(
        url,
        json={"sentiment": "neutral", "categories": ["delivery", "wait_time"], "churn_risk": True},
        headers=ws.as_user("ivy"),
    )
    assert answer.status_code == 200, answer.text
    item = answer.json()
    assert item["model"]["sentiment"] == "negative"
    assert item["corrected"] == {
        "sentiment": "neutral",
        "categories": ["delivery", "wait_time"],
        "churn_risk": True,
    }
    assert item["labels"]["sentiment"] == "neutral" and item["labels"]["effort"] is False
    assert item["corrections"]["sentiment"]["by"] == "ivy"

    with open_store(ws.url) as store:
        store.upsert_insights("r2", ITEMS)  # a re-run rewrites the model's labels
        events = store.list_audit_events("item", item_id)
    assert [(e["actor"], e["action"]) for e in events] == [("ivy", "corrected")]
    again = ws.client.get(f"/api/items/{item_id}", headers=ws.as_user("root")).json()
    assert again["corrected"]["sentiment"] == "neutral"

    second = ws.client.post(url, json={"sentiment": "negative"}, headers=ws.as_user("root"))
    assert second.json()["corrected"]["sentiment"] == "negative"
    assert second.json()["corrected"]["churn_risk"] is True  # other fields keep theirs


@pytest.mark.parametrize(
    "body",
    [
        {"sentiment": "furious"},
        {"categories": ["no_such_category"]},
        {"categories": "delivery"},
        {"churn_risk": "yes"},
        {"topic": 3},
        {},
    ],
)
def test_invalid_corrections_are_422_and_store_nothing(workspace: Workspace, body: dict) -> None:
    answer = workspace.client.post(
        f"/api/items/{workspace.items['T-1']}/corrections",
        json=body,
        headers=workspace.as_user("ivy"),
    )
    assert answer.status_code == 422
    with open_store(workspace.url) as store:
        assert store.list_corrections() == []


def test_agents_and_leads_may_not_correct(workspace: Workspace) -> None:
    url = f"/api/items/{workspace.items['T-1']}/corrections"
    for user in ("ann", "lena"):
        answer = workspace.client.post(
            url, json={"sentiment": "positive"}, headers=workspace.as_user(user)
        )
        assert answer.status_code == 403
    assert (
        workspace.client.post(
            "/api/items/nope/corrections",
            json={"sentiment": "positive"},
            headers=workspace.as_user("ivy"),
        ).status_code
        == 404
    )


# ----------------------------------------------------------------- a run holds the store

HOLD_STORE = """
import sys, time
from vocmine.store import open_store
with open_store(sys.argv[1]) as store:
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def test_while_a_run_holds_the_duckdb_file_the_api_says_busy_then_recovers(
    tmp_path: Path,
) -> None:
    url = f"duckdb:///{tmp_path / 'store.duckdb'}"
    ws = make_workspace(tmp_path, url, gate=StoreGate(url, busy_wait_seconds=0.5))
    case_id = ws.cases["T-1"]
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_STORE, url, "60"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with ws.client:
            read = ws.client.get("/api/cases", headers=ws.as_user("ann"))
            change = ws.client.post(
                f"/api/cases/{case_id}/assign", json={"to": "ann"}, headers=ws.as_user("ann")
            )
            page = ws.client.get("/queue")
    finally:
        holder.kill()
        holder.wait(timeout=30)
    for answer in (read, change, page):
        assert answer.status_code == 503
        assert answer.headers["Retry-After"] == "30"
        shown = answer.json()["detail"] if answer is not page else answer.text
        assert "the store is busy" in shown and "Nothing was changed" in shown
    assert "<h1>The store is busy</h1>" in page.text
    with ws.client:
        again = ws.client.post(
            f"/api/cases/{case_id}/assign", json={"to": "ann"}, headers=ws.as_user("ann")
        )
    assert again.status_code == 200 and again.json()["version"] == 2


def test_a_run_waits_out_a_short_hold_of_the_duckdb_file(tmp_path: Path) -> None:
    from vocmine.errors import StoreBusyError

    url = f"duckdb:///{tmp_path / 'store.duckdb'}"
    open_store(url).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_STORE, url, "2"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(StoreBusyError):
            open_store(url)  # no wait: refused at once
        with open_store(url, busy_wait_seconds=30) as store:  # as a run opens it
            assert store.list_users() == []
    finally:
        holder.kill()
        holder.wait(timeout=30)
