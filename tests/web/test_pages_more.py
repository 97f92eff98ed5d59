"""Items (drill-down), the review queue and the admin page."""

from __future__ import annotations

import re

from tests.web.conftest import PASSWORD, Workspace
from tests.web.test_pages import csrf_of, log_in
from vocmine.store import open_store


def mark_for_review(ws: Workspace, external_id: str, probabilities: str) -> None:
    with open_store(ws.url) as store:
        store._db.execute(
            "UPDATE insights SET needs_review = true, review_reasons = '[\"sentiment\"]', "
            "sentiment_probabilities = ? WHERE item_id = ?",
            [probabilities, ws.items[external_id]],
        )


def listed(html: str) -> list[str]:
    return re.findall(r'data-item="([^"]+)"', html)


def test_items_filter_as_drill_down_and_agents_may_not_browse(workspace: Workspace) -> None:
    log_in(workspace, "lena")
    everything = workspace.client.get("/items")
    assert everything.status_code == 200 and len(listed(everything.text)) == 4
    ru = workspace.client.get("/items", params={"lang": "ru", "category": "delivery"})
    assert listed(ru.text) == [workspace.items["T-2"]]
    none = workspace.client.get("/items", params={"sentiment": "positive"})
    assert listed(none.text) == [] and "No items match." in none.text
    odd = workspace.client.get("/items", params={"since": "not-a-date", "topic_id": "x"})
    assert odd.status_code == 200 and len(listed(odd.text)) == 4
    log_in(workspace, "ann")
    assert workspace.client.get("/items").status_code == 403


def test_review_queue_least_sure_first_and_corrected_items_leave_it(workspace: Workspace) -> None:
    mark_for_review(workspace, "T-2", '{"negative": 0.48, "neutral": 0.52, "positive": 0.0}')
    mark_for_review(workspace, "T-4", '{"negative": 0.45, "neutral": 0.45, "positive": 0.1}')
    log_in(workspace, "ivy")
    assert workspace.client.get("/", follow_redirects=False).headers["location"] == "/review"
    queue = workspace.client.get("/review")
    assert listed(queue.text) == [workspace.items["T-4"], workspace.items["T-2"]]
    item_id = workspace.items["T-4"]
    csrf = csrf_of(workspace.client.get(f"/items/{item_id}").text)
    workspace.client.post(
        f"/items/{item_id}/corrections",
        data={
            "sentiment": "neutral",
            "categories": ["delivery"],
            "churn_risk": "no",
            "effort": "no",
            "csrf_token": csrf,
        },
    )
    assert listed(workspace.client.get("/review").text) == [workspace.items["T-2"]]
    log_in(workspace, "lena")
    assert workspace.client.get("/review").status_code == 403


def test_admin_adds_and_disables_users_and_sees_the_audit(workspace: Workspace) -> None:
    log_in(workspace, "ann")
    assert workspace.client.get("/admin").status_code == 403
    log_in(workspace, "root")
    page = workspace.client.get("/admin")
    assert page.status_code == 200 and 'data-user="ann"' in page.text
    csrf = csrf_of(page.text)
    added = workspace.client.post(
        "/admin/users",
        data={
            "name": "max",
            "role": "agent",
            "team": "logistics-care",
            "password": PASSWORD,
            "csrf_token": csrf,
        },
        follow_redirects=True,
    )
    assert added.status_code == 200 and 'data-user="max"' in added.text
    short = workspace.client.post(
        "/admin/users",
        data={"name": "eve", "role": "agent", "team": "x", "password": "short", "csrf_token": csrf},
    )
    assert short.status_code == 422 and "at least 10 characters" in short.text
    disabled = workspace.client.post(
        "/admin/users/bob/disabled",
        data={"disabled": "1", "csrf_token": csrf},
        follow_redirects=True,
    )
    assert disabled.status_code == 200
    assert workspace.client.get("/api/me", headers=workspace.as_user("bob")).status_code == 401
    audit = disabled.text[disabled.text.index("<h2>Audit") :]
    assert "user_added" in audit and "user max" in audit and "user_changed" in audit
    assert "opened" in audit  # case events too
    moved = workspace.client.post(
        "/admin/users/ann",
        data={"role": "lead", "team": "logistics-care", "csrf_token": csrf},
        follow_redirects=True,
    )
    assert moved.status_code == 200
    no_team = workspace.client.post(
        "/admin/users/ann", data={"role": "agent", "team": "", "csrf_token": csrf}
    )
    assert no_team.status_code == 422 and "works in a team" in no_team.text
    with open_store(workspace.url) as store:
        ann = store.get_user("ann")
        assert (ann["role"], ann["team"]) == ("lead", "logistics-care")
    self_disable = workspace.client.post(
        "/admin/users/root/disabled", data={"disabled": "1", "csrf_token": csrf}
    )
    assert self_disable.status_code == 422
    with open_store(workspace.url) as store:
        assert store.get_user("root")["disabled"] is False
