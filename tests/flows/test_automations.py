"""automations.yaml reads into valid Prefect automations that post to the alert block."""

from __future__ import annotations

import asyncio
import json
import re
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

pytest.importorskip("prefect")

from prefect.blocks.notifications import CustomWebhookNotificationBlock  # noqa: E402

from flows.automations import (  # noqa: E402
    ALERT_BLOCK,
    ALERT_PAYLOAD,
    AUTOMATIONS_FILE,
    WEBHOOK_URL_ENV,
    AlertSetupError,
    read_automations,
    save_alert_block,
)
from tests.conftest import REPO  # noqa: E402


def test_automations_post_to_the_alert_block():
    block_id = uuid.uuid4()
    automations = {a.name: a for a in read_automations(AUTOMATIONS_FILE, {ALERT_BLOCK: block_id})}
    assert set(automations) == {
        "vocmine flow run failed or crashed",
        "vocmine nightly run late by more than an hour",
    }
    for automation in automations.values():
        (action,) = automation.actions
        assert action.type == "send-notification"
        assert action.block_document_id == block_id  # type: ignore[union-attr]
    failed = automations["vocmine flow run failed or crashed"].trigger
    assert failed.expect == {"prefect.flow-run.Failed", "prefect.flow-run.Crashed"}  # type: ignore[union-attr]
    late = automations["vocmine nightly run late by more than an hour"].trigger
    assert late.posture == "Proactive"  # type: ignore[union-attr]
    assert late.within.total_seconds() == 3600  # type: ignore[union-attr]


def test_an_unknown_block_is_refused():
    with pytest.raises(AlertSetupError, match="unknown block 'vocmine-alerts'"):
        read_automations(AUTOMATIONS_FILE, {"another-block": uuid.uuid4()})


class _Receiver(ThreadingHTTPServer):
    """Keeps the JSON body of every POST it is sent."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.received: list[Any] = []
        self.url = f"http://127.0.0.1:{self.server_address[1]}/hook"


class _Handler(BaseHTTPRequestHandler):
    server: _Receiver

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        self.server.received.append(json.loads(body))
        self.send_response(200)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


@pytest.fixture
def receiver() -> Iterator[_Receiver]:
    server = _Receiver()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


SUBJECT = 'vocmine: vocmine-pipeline run "smart-otter" is Crashed'
BODY = "Process exited with status code: -9.\nflow run id: 0d6c"


def _teams_payload_from_the_docs() -> dict[str, Any]:
    text = (REPO / "docs" / "prefect.md").read_text(encoding="utf-8")
    found = re.search(r"set JSON Data to\s+`(\{.*?\})`\s+and run", text, flags=re.DOTALL)
    assert found, "docs/prefect.md no longer gives the Teams JSON Data"
    return json.loads(found.group(1).replace("\n  ", " "))


@pytest.mark.parametrize("payload", ["default", "teams"])
def test_the_alert_block_posts_subject_and_body(receiver, payload):
    json_data = ALERT_PAYLOAD if payload == "default" else _teams_payload_from_the_docs()
    block = CustomWebhookNotificationBlock(
        name=ALERT_BLOCK, url=receiver.url, json_data=json_data, allow_private_urls=True
    )
    block.notify(BODY, SUBJECT)
    (posted,) = receiver.received
    if payload == "default":  # Slack and Mattermost read "text"
        assert posted == {"text": f"{SUBJECT}\n{BODY}"}
    else:  # a Teams "Workflows" webhook: one Adaptive Card, subject in bold, then the body
        (attachment,) = posted["attachments"]
        assert posted["type"] == "message"
        assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
        card = attachment["content"]
        assert (card["type"], card["version"]) == ("AdaptiveCard", "1.4")
        assert [(b["text"], b.get("weight")) for b in card["body"]] == [
            (SUBJECT, "bolder"),
            (BODY, None),
        ]


def test_without_url_or_block_the_alert_setup_stops_with_the_fix(prefect_harness):
    missing = f"vocmine-alerts-test-{uuid.uuid4().hex[:8]}"
    with pytest.raises(AlertSetupError, match=f"no notification block '{missing}'") as raised:
        asyncio.run(save_alert_block(None, name=missing))
    assert WEBHOOK_URL_ENV in str(raised.value)
    # with a URL once, later calls without one keep that block
    saved = asyncio.run(save_alert_block("http://127.0.0.1:9/hook", name=missing))
    assert asyncio.run(save_alert_block(None, name=missing)) == saved
