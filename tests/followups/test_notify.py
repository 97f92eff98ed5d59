"""P1 and overdue alerts reach a webhook (a local HTTP server the test starts)."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from vocmine.followups.alerts import alert_message
from vocmine.followups.rules import FollowupRules, followup_cases
from vocmine.pipeline.alerts import pending_alerts, post_webhook, send_followup_alerts
from vocmine.schemas import AnalysedItem, FeedbackItem, Insight
from vocmine.store import open_store

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def webhook():
    """A local endpoint recording the JSON bodies POSTed to it."""
    received: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 (http.server API)
            length = int(self.headers["Content-Length"])
            received.append(json.loads(self.rfile.read(length).decode("utf-8")))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
    server.shutdown()
    server.server_close()


def complaint(external_id: str, text: str, lang: str, severity: float) -> AnalysedItem:
    item = FeedbackItem(source="web_chats", external_id=external_id, text=text, lang=lang)
    insight = Insight(
        id=item.item_id,
        lang=lang,
        sentiment_score=-0.9,
        severity=severity,
        churn_risk=severity > 0.8,
        categories=["billing"],
    )
    return AnalysedItem(item, insight, "h", customer_key=f"k-{external_id}")


@pytest.fixture
def store():
    with open_store("duckdb:///:memory:") as opened:
        items = [
            complaint("C-1", "Wypowiadam umowę, rachunek znów jest zawyżony!", "pl", 0.95),
            complaint("C-2", "Rechnung ist falsch, bitte korrigieren.", "de", 0.6),
        ]
        opened.upsert_followups(followup_cases(items, FollowupRules(), NOW))
        yield opened


def test_p1_alert_reaches_the_local_webhook_once(store, webhook):
    url, received = webhook
    rules = FollowupRules(webhook_url=url)
    sent = send_followup_alerts(store, rules, NOW + timedelta(hours=1))
    assert [p["case"]["external_id"] for p in sent] == ["C-1"]
    assert received == sent
    assert received[0]["kind"] == "priority"
    assert received[0]["text"].startswith("New P1 case case-")
    assert "churn_risk" in received[0]["text"]
    # sent once: a second call sends nothing new
    assert send_followup_alerts(store, rules, NOW + timedelta(hours=2)) == []
    assert len(received) == 1
    case_id = received[0]["case"]["case_id"]
    assert store.get_followup(case_id)["events"][-1]["action"] == "alert_priority"


def test_overdue_cases_alert_once_after_their_due_date(store, webhook):
    url, received = webhook
    rules = FollowupRules(webhook_url=url, notify_priorities=[])
    assert send_followup_alerts(store, rules, NOW + timedelta(hours=3)) == []
    late = NOW + timedelta(hours=80)  # past the P1 (4 h) and P3 (72 h) SLAs
    sent = send_followup_alerts(store, rules, late)
    assert sorted(p["case"]["priority"] for p in sent) == ["P1", "P3"]
    assert all(p["kind"] == "overdue" and "past due" in p["text"] for p in received)
    assert send_followup_alerts(store, rules, late + timedelta(hours=1)) == []


def test_resolved_cases_are_not_alerted(store):
    case_id = store.list_followups(priority="P1")[0]["case_id"]
    store.update_followup(case_id, 1, {"status": "resolved"}, actor="t", action="status")
    alerts = pending_alerts(store, FollowupRules(), NOW + timedelta(hours=100))
    assert [a.case["priority"] for a in alerts] == ["P3"]


def test_no_webhook_configured_sends_nothing(store):
    assert send_followup_alerts(store, FollowupRules(), NOW) == []


def test_failed_post_is_retried_next_time(store, webhook):
    url, received = webhook

    def failing(url, payload):
        raise OSError("connection refused")

    rules = FollowupRules(webhook_url=url)
    with pytest.raises(OSError):
        send_followup_alerts(store, rules, NOW, post=failing)
    assert len(send_followup_alerts(store, rules, NOW)) == 1


def test_message_and_unreachable_endpoint():
    case = {
        "case_id": "case-1",
        "priority": "P2",
        "status": "assigned",
        "owner": "jan",
        "team": "finance-care",
        "lang": "cs",
        "source": "tickets",
        "external_id": "T-9",
        "categories": ["billing"],
        "reasons": ["negative", "category:billing"],
        "due_at": NOW,
    }
    message = alert_message(case, "overdue", NOW + timedelta(hours=2, minutes=30))
    assert message["text"].startswith("OVERDUE P2 case case-1: 2.5 h past due")
    assert "owner jan" in message["text"] and "category:billing" not in message["text"]
    with pytest.raises(OSError):
        post_webhook("http://127.0.0.1:9/nothing-listens", message, timeout=2)


def test_cli_notify_posts_to_the_configured_webhook(tmp_path, webhook, monkeypatch):
    from typer.testing import CliRunner

    from vocmine.cli.main import app

    url, received = webhook
    store_url = f"duckdb:///{tmp_path / 'q.duckdb'}"
    with open_store(store_url) as opened:
        items = [complaint("C-1", "Отключаюсь от вас, счёт опять неправильный!", "ru", 0.95)]
        opened.upsert_followups(followup_cases(items, FollowupRules(), datetime.now(UTC)))
    monkeypatch.setenv("VOCMINE_FOLLOWUPS__WEBHOOK_URL", url)
    result = CliRunner().invoke(app, ["followups", "notify", "--store", store_url])
    assert result.exit_code == 0, result.output
    assert [p["case"]["lang"] for p in received] == ["ru"]
