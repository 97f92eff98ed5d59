"""The dashboard: totals that drill down to the same number of items, filters, NPS, roles."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from tests.web.conftest import PASSWORD, Workspace, make_workspace
from tests.web.test_pages import log_in
from vocmine.ingest.spec import SourceSpec
from vocmine.store import open_store
from vocmine.web import create_app
from vocmine.web.access import StoreGate


def totals(html: str) -> dict[str, tuple[int, str]]:
    found = re.findall(r'data-total="(\w+)"><a href="([^"]+)">([\d,]+)</a>', html)
    return {
        name: (int(count.replace(",", "")), href.replace("&amp;", "&"))
        for name, href, count in found
    }


def test_every_total_drills_down_to_as_many_items(workspace: Workspace) -> None:
    log_in(workspace, "ivy")
    page = workspace.client.get("/dashboard", params={"since": "2020-01-01"})
    assert page.status_code == 200
    shown = totals(page.text)
    assert {k: v[0] for k, v in shown.items()} == {
        "items": 4,
        "negative": 4,
        "effort": 0,
        "churn": 0,
        "review": 0,
    }
    for name, (count, href) in shown.items():
        listed = workspace.client.get(href)
        match = re.search(r"<small>(\d+) items?</small>", listed.text)
        assert match and int(match.group(1)) == count, (name, href)
    ru = workspace.client.get("/dashboard", params={"since": "2020-01-01", "lang": "ru"})
    assert totals(ru.text)["items"][0] == 1
    table = re.search(r'data-table="categories-lang">.*?</table>', page.text, re.S)
    assert table and ">billing<" in table.group(0) and ">ru<" in table.group(0)


def test_agents_have_no_dashboard(workspace: Workspace) -> None:
    log_in(workspace, "ann")
    assert workspace.client.get("/dashboard").status_code == 403


def test_nps_per_category_for_a_source_with_a_score_scale(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path, f"duckdb:///{tmp_path / 'store.duckdb'}")
    with open_store(ws.url) as store:
        for external_id, score in (("T-1", 2), ("T-2", 10), ("T-3", 9), ("T-4", 8)):
            store._db.execute(
                "UPDATE insights SET rating = ? WHERE item_id = ?", [score, ws.items[external_id]]
            )
    settings = ws.settings.model_copy(
        update={
            "sources": [
                SourceSpec(name="tickets", kind="tickets", path="t.csv", score_scale="nps_0_10")
            ]
        }
    )
    app = create_app(settings, secret="t" * 40, gate=StoreGate(ws.url))
    with TestClient(app) as client:
        client.post("/login", data={"username": "ivy", "password": PASSWORD})
        page = client.get("/dashboard", params={"since": "2020-01-01"})
    table = re.search(r'data-table="scores-nps_0_10">.*?</table>', page.text, re.S)
    assert table, page.text[:500]
    rows = dict(
        re.findall(
            r'<tr><td>(\w+)</td><td><a href="[^"]+">\d+</a></td><td>[\d.]+</td><td>([+-]\d+)</td></tr>',
            table.group(0),
        )
    )
    assert rows == {"billing": "+0", "delivery": "+50"}  # billing: 1 promoter, 1 detractor
    href = re.search(r'<td>delivery</td><td><a href="([^"]+)">2</a>', table.group(0))
    assert href
    with TestClient(app) as client:
        client.post("/login", data={"username": "ivy", "password": PASSWORD})
        listed = client.get(href.group(1).replace("&amp;", "&"))
    assert re.search(r"<small>2 items</small>", listed.text)


def test_topic_quotes_and_paged_cases_on_both_backends(any_workspace: Workspace) -> None:
    ws = any_workspace
    with open_store(ws.url) as store:
        for external_id, topic in (("T-1", 3), ("T-2", 3), ("T-3", 3), ("T-4", 5)):
            store._db.execute(
                "UPDATE insights SET topic_id = ? WHERE item_id = ?", [topic, ws.items[external_id]]
            )
        quotes = store.topic_quotes([3, 5, 9], per_topic=2)
        assert sorted(quotes) == [3, 5] and len(quotes[3]) == 2 and len(quotes[5]) == 1
        assert quotes[3][0] == "Rechnung doppelt abgebucht."  # the newest first
        assert store.topic_quotes([3], per_topic=5, lang="ru") == {3: ["Посылка так и не пришла."]}
        page = store.list_followups("all", limit=3, offset=1)
        every = store.list_followups("all")
        assert [c["case_id"] for c in page] == [c["case_id"] for c in every[1:4]]
        assert store.count_followups("all") == 4 and store.count_followups(source="chat") == 0
        texts = store.texts_of([ws.items["T-2"], "unknown"])
        assert texts == {ws.items["T-2"]: "Посылка так и не пришла."}


def test_the_cached_numbers_follow_new_items(workspace: Workspace) -> None:
    from tests.web.conftest import complaint

    log_in(workspace, "ivy")
    first = workspace.client.get("/dashboard", params={"since": "2020-01-01"})
    assert totals(first.text)["items"][0] == 4
    with open_store(workspace.url) as store:
        store.upsert_insights("r2", [complaint("T-9", "Nowa skarga.", "pl", "billing", 0.2, 0)])
    again = workspace.client.get("/dashboard", params={"since": "2020-01-01"})
    assert totals(again.text)["items"][0] == 5


def test_analyst_renames_a_topic_and_the_label_survives_a_new_topic_model(
    any_workspace: Workspace,
) -> None:
    ws = any_workspace
    with open_store(ws.url) as store:
        store.save_topics(
            "v1",
            [
                {"topic_id": 3, "label": "3_faktura_zawyżona", "keywords": ["faktura"], "size": 2},
                {"topic_id": 5, "label": "5_parcel_lost", "keywords": ["parcel"], "size": 2},
            ],
        )
        for external_id, topic in (("T-1", 3), ("T-3", 3), ("T-2", 5), ("T-4", 5)):
            store._db.execute(
                "UPDATE insights SET topic_id = ? WHERE item_id = ?", [topic, ws.items[external_id]]
            )
    url = "/api/topics/3/label"
    assert ws.client.post(url, json={"label": "x"}, headers=ws.as_user("ann")).status_code == 403
    assert (
        ws.client.post("/api/topics/77/label", json={"label": "x"}, headers=ws.as_user("ivy"))
    ).status_code == 404
    assert ws.client.post(url, json={"label": "  "}, headers=ws.as_user("ivy")).status_code == 422
    named = ws.client.post(url, json={"label": "Double billing"}, headers=ws.as_user("ivy"))
    assert named.status_code == 200 and named.json()["label"] == "Double billing"

    log_in(ws, "ivy")
    page = ws.client.get("/dashboard", params={"since": "2020-01-01"})
    assert "Double billing" in page.text and "5_parcel_lost" in page.text
    with open_store(ws.url) as store:
        store.save_topics(  # a refit that kept id 3 writes a new model version
            "v2", [{"topic_id": 3, "label": "3_rechnung_faktura", "keywords": ["x"], "size": 2}]
        )
        topics = store.read_topics()
        assert list(topics["label"]) == ["Double billing"]
        assert list(topics["model_label"]) == ["3_rechnung_faktura"]
        audit = store.list_audit_events("topic")
        assert [(e["actor"], e["target_id"], e["detail"]) for e in audit] == [
            ("ivy", "3", {"label": "Double billing"})
        ]


def test_the_default_dashboard_is_warmed_once_per_data_version(workspace: Workspace) -> None:
    from vocmine.web.dashboard import SliceCache, warm_default_slice

    gate = StoreGate(workspace.url)
    cache = SliceCache()
    assert warm_default_slice(gate, cache, workspace.settings) is True
    assert warm_default_slice(gate, cache, workspace.settings) is False  # nothing changed
    with open_store(workspace.url) as store:
        from tests.web.conftest import complaint

        store.upsert_insights("r3", [complaint("T-8", "Znowu to samo.", "pl", "billing", 0.2, 0)])
    assert warm_default_slice(gate, cache, workspace.settings) is True
    app = create_app(workspace.settings, secret="t" * 40, gate=gate)
    app.state.dashboard_cache = cache  # the page finds the warmed numbers
    with TestClient(app) as client:
        client.post("/login", data={"username": "ivy", "password": PASSWORD})
        page = client.get("/dashboard")
    assert totals(page.text)["items"][0] == 5
