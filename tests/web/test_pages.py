"""The HTML pages through the app: queue, case, item, forms, escaping, conflicts."""

from __future__ import annotations

import re

from tests.web.conftest import HOSTILE, PASSWORD, Workspace
from vocmine.store import open_store


def log_in(ws: Workspace, user: str) -> None:
    answer = ws.client.post(
        "/login", data={"username": user, "password": PASSWORD}, follow_redirects=False
    )
    assert answer.status_code == 303


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([0-9a-f]+)"', html)
    assert found, "no CSRF field on the page"
    return found.group(1)


def test_pages_need_a_login(workspace: Workspace) -> None:
    for path in (
        "/",
        "/queue",
        f"/cases/{workspace.cases['T-1']}",
        f"/items/{workspace.items['T-1']}",
    ):
        answer = workspace.client.get(path, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"] == "/login"


def test_queue_shows_the_teams_cases_escaped_and_filters(workspace: Workspace) -> None:
    log_in(workspace, "ann")
    page = workspace.client.get("/queue")
    assert page.status_code == 200
    assert page.text.count('data-case="') == 2  # finance-care only
    assert "<script>alert" not in page.text and "onerror=alert(1)>" not in page.text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page.text
    filtered = workspace.client.get("/queue", params={"lang": "de"})
    assert filtered.text.count('data-case="') == 1
    assert workspace.cases["T-3"] in filtered.text
    none = workspace.client.get("/queue", params={"status": "closed"})
    assert "No cases match these filters." in none.text


def test_a_very_long_text_is_one_short_line_in_the_queue(workspace: Workspace) -> None:
    long_text = "Paczka nie dotarła. " * 2000
    with open_store(workspace.url) as store:
        store._db.execute(
            "UPDATE insights SET text_redacted = ? WHERE item_id = ?",
            [long_text, workspace.items["T-3"]],
        )
    log_in(workspace, "ann")
    page = workspace.client.get("/queue")
    case_id = workspace.cases["T-3"]
    row = re.search(rf'data-case="{case_id}".*?</tr>', page.text, re.S)
    assert row and len(row.group(0)) < 1500 and "…" in row.group(0)


def test_agent_assigns_moves_to_contacted_and_sees_the_audit_entry(workspace: Workspace) -> None:
    case_id = workspace.cases["T-1"]
    log_in(workspace, "ann")
    page = workspace.client.get(f"/cases/{case_id}")
    assert page.status_code == 200
    assert "&lt;script&gt;" in page.text and "<script>alert" not in page.text
    assert "Reply draft (pl)" in page.text
    csrf = csrf_of(page.text)
    taken = workspace.client.post(
        f"/cases/{case_id}/assign",
        data={"to": "ann", "version": "1", "note": "mine", "csrf_token": csrf},
        follow_redirects=True,
    )
    assert taken.status_code == 200 and "Saved: assigned." in taken.text
    moved = workspace.client.post(
        f"/cases/{case_id}/status",
        data={
            "status": "contacted",
            "version": "2",
            "note": "rang the customer",
            "csrf_token": csrf,
        },
        follow_redirects=True,
    )
    assert moved.status_code == 200 and "Saved: contacted." in moved.text
    history = moved.text[moved.text.index("<h2>History</h2>") :]
    assert "ann" in history and "rang the customer" in history and "contacted" in history


def test_a_stale_form_gets_a_conflict_message_not_an_overwrite(workspace: Workspace) -> None:
    case_id = workspace.cases["T-1"]
    log_in(workspace, "lena")
    csrf = csrf_of(workspace.client.get(f"/cases/{case_id}").text)
    with open_store(workspace.url) as store:  # someone else assigns meanwhile
        store.update_followup(
            case_id, 1, {"owner": "ann", "status": "assigned"}, actor="ann", action="assigned"
        )
    answer = workspace.client.post(
        f"/cases/{case_id}/assign", data={"to": "lena", "version": "1", "csrf_token": csrf}
    )
    assert answer.status_code == 409
    assert "changed since you read it" in answer.text
    with open_store(workspace.url) as store:
        assert store.get_followup(case_id)["owner"] == "ann"


def test_forms_without_the_csrf_token_change_nothing(workspace: Workspace) -> None:
    case_id = workspace.cases["T-1"]
    log_in(workspace, "ann")
    answer = workspace.client.post(
        f"/cases/{case_id}/assign", data={"to": "ann", "version": "1", "csrf_token": "forged"}
    )
    assert answer.status_code == 403 and "The form expired" in answer.text
    with open_store(workspace.url) as store:
        assert store.get_followup(case_id)["version"] == 1


def test_other_teams_case_is_refused_with_a_message(workspace: Workspace) -> None:
    log_in(workspace, "ann")
    answer = workspace.client.get(f"/cases/{workspace.cases['T-2']}")
    assert answer.status_code == 403 and "may not read case" in answer.text
    assert workspace.client.get("/cases/nope").status_code == 404


def test_analyst_corrects_labels_on_the_item_page(workspace: Workspace) -> None:
    item_id = workspace.items["T-2"]
    log_in(workspace, "ivy")
    page = workspace.client.get(f"/items/{item_id}")
    assert page.status_code == 200 and "Correct the labels" in page.text
    csrf = csrf_of(page.text)
    saved = workspace.client.post(
        f"/items/{item_id}/corrections",
        data={
            "sentiment": "neutral",
            "categories": ["delivery", "wait_time"],
            "churn_risk": "no",
            "effort": "yes",
            "csrf_token": csrf,
        },
        follow_redirects=True,
    )
    assert saved.status_code == 200 and "Correction saved." in saved.text
    with open_store(workspace.url) as store:
        current = store.corrections_for([item_id])[item_id]
    # churn_risk stayed at the model's "no": only what differs is a correction
    assert {f: c["value"] for f, c in current.items()} == {
        "sentiment": "neutral",
        "categories": ["delivery", "wait_time"],
        "effort": True,
    }
    assert all(c["actor"] == "ivy" for c in current.values())
    again = workspace.client.get(f"/items/{item_id}")
    assert "by ivy" in again.text


def test_agents_see_no_correction_form(workspace: Workspace) -> None:
    log_in(workspace, "ann")
    page = workspace.client.get(f"/items/{workspace.items['T-1']}")
    assert page.status_code == 200 and "Correct the labels" not in page.text
    assert HOSTILE not in page.text
