"""Logging in with the form: signed HttpOnly cookie, CSRF on changes, throttle, logout."""

from __future__ import annotations

import re
from pathlib import Path

from tests.web.conftest import PASSWORD, Workspace, make_workspace
from vocmine.store import open_store
from vocmine.web.security import CSRF_HEADER, SESSION_COOKIE, CookieSigner, LoginThrottle


def login(ws: Workspace, user: str, password: str = PASSWORD):
    return ws.client.post(
        "/login", data={"username": user, "password": password}, follow_redirects=False
    )


def test_login_sets_a_signed_httponly_samesite_cookie_and_logout_ends_it(
    workspace: Workspace,
) -> None:
    page = workspace.client.get("/login")
    assert page.status_code == 200 and 'name="password"' in page.text
    answer = login(workspace, "ann")
    assert answer.status_code == 303
    set_cookie = answer.headers["set-cookie"]
    assert set_cookie.startswith(f"{SESSION_COOKIE}=")
    assert "HttpOnly" in set_cookie and "SameSite=strict" in set_cookie
    cookie = workspace.client.cookies.get(SESSION_COOKIE)
    assert cookie is not None
    me = workspace.client.get("/api/me")
    assert me.status_code == 200 and me.json()["name"] == "ann"
    csrf = me.json()["csrf_token"]

    case_id = workspace.cases["T-1"]
    no_csrf = workspace.client.post(f"/api/cases/{case_id}/assign", json={"to": "ann"})
    assert no_csrf.status_code == 403
    with_csrf = workspace.client.post(
        f"/api/cases/{case_id}/assign", json={"to": "ann"}, headers={CSRF_HEADER: csrf}
    )
    assert with_csrf.status_code == 200

    assert workspace.client.post("/logout", data={"csrf_token": "wrong"}).status_code == 403
    out = workspace.client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False)
    assert out.status_code == 303
    workspace.client.cookies.clear()
    workspace.client.cookies.set(SESSION_COOKIE, cookie)  # a copied cookie is dead too
    assert workspace.client.get("/api/me").status_code == 401


def test_a_forged_or_tampered_cookie_is_refused(workspace: Workspace) -> None:
    login(workspace, "ann")
    good = workspace.client.cookies.get(SESSION_COOKIE)
    assert good is not None
    workspace.client.cookies.clear()
    workspace.client.cookies.set(SESSION_COOKIE, good[:-2] + ("AA" if good[-2:] != "AA" else "BB"))
    assert workspace.client.get("/api/me").status_code == 401
    other = CookieSigner("x" * 40).cookie_value("made-up-session")
    workspace.client.cookies.clear()
    workspace.client.cookies.set(SESSION_COOKIE, other)
    assert workspace.client.get("/api/me").status_code == 401


def test_wrong_password_unknown_and_disabled_users_get_the_same_answer(
    workspace: Workspace,
) -> None:
    with open_store(workspace.url) as store:
        store.update_user("bob", {"disabled": True}, actor="root")
    for user, password in (("ann", "wrong-password"), ("nobody", PASSWORD), ("bob", PASSWORD)):
        answer = login(workspace, user, password)
        assert answer.status_code == 401
        assert "Wrong user name or password, or the account is disabled." in answer.text
        assert SESSION_COOKIE not in answer.headers.get("set-cookie", "")


def test_failed_logins_are_throttled_even_with_the_right_password_then_released(
    tmp_path: Path,
) -> None:
    now = [1000.0]
    throttle = LoginThrottle(limit=3, window_seconds=60, clock=lambda: now[0])
    ws = make_workspace(tmp_path, f"duckdb:///{tmp_path / 's.duckdb'}", throttle=throttle)
    with ws.client:
        codes = [login(ws, "ann", f"guess-{i}").status_code for i in range(3)]
        assert codes == [401, 401, 401]
        blocked = login(ws, "ann")
        assert blocked.status_code == 429
        assert int(blocked.headers["Retry-After"]) > 0
        assert "Too many failed logins" in blocked.text
        now[0] += 61
        assert login(ws, "ann").status_code == 303


def test_login_page_escapes_what_it_shows(workspace: Workspace) -> None:
    page = workspace.client.get("/login", params={"error": "<script>alert(1)</script>"})
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text


def test_no_page_loads_anything_from_the_network(workspace: Workspace) -> None:
    assert workspace.client.get("/api/docs").status_code == 404  # Swagger UI would use a CDN
    assert workspace.client.get("/openapi.json").status_code == 200
    login(workspace, "ivy")
    for path in ("/login", "/queue", "/items", "/review", "/dashboard?since=2020-01-01"):
        html = workspace.client.get(path).text
        sources = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert sources and not [s for s in sources if "//" in s], (path, sources)
    assert workspace.client.get("/assets/plotly.min.js").status_code == 200
