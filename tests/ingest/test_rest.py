"""Tests for the helpdesk REST connector against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

from vocmine.errors import ConfigError, InputError
from vocmine.ingest import SourceSpec, read_source
from vocmine.ingest.rest import RestClient, read_rest_source, read_token
from vocmine.ingest.spec import RestOptions

TOKEN = "tok-3f9a-very-secret"

TICKETS = [
    {
        "id": 101,
        "subject": "Zásilka nepřišla",
        "body": "<p>Objednávka 5521 <b>stále nedorazila</b>, čekám už dva týdny.</p>",
        "updated_at": "2024-03-01T08:00:00Z",
        "customer": "jana@example.cz",
    },
    {
        "id": 102,
        "subject": "Reklamacja",
        "body": "Nadal czekam na zwrot pieniędzy!\n\nW dniu 28.02.2024 o 10:00 Obsługa "
        "napisał:\n> Dziękujemy za zgłoszenie.",
        "updated_at": "2024-03-02T09:30:00+01:00",
    },
    {
        "id": 103,
        "subject": "Счёт",
        "body": "Мне выставили неверный счёт 😡\u200b\u200f за февраль.",
        "updated_at": "2024-03-03T12:00:00Z",
    },
    {"id": 104, "subject": "", "body": "   ", "updated_at": "2024-03-04T12:00:00Z"},
    {
        "id": 105,
        "subject": "Wrong item",
        "body": "I received a blue kettle instead of the red one.",
        "updated_at": "2024-03-05T12:00:00Z",
    },
]


@dataclass
class Api:
    """State of the fake helpdesk: tickets, planned failures, requests seen."""

    tickets: list[dict[str, Any]] = field(default_factory=lambda: [dict(t) for t in TICKETS])
    failures: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    garbage_page: int | None = None
    requests: list[dict[str, Any]] = field(default_factory=list)


def _handler(api: Api) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:  # noqa: N802 (http.server API)
            url = urlparse(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            api.requests.append(
                {"path": url.path, "query": query, "auth": self.headers.get("Authorization")}
            )
            if self.headers.get("Authorization") != f"Bearer {TOKEN}":
                return self._send(401, {"error": "unauthorized"})
            if api.failures:
                status, headers = api.failures.pop(0)
                return self._send(status, {"error": "try later"}, headers)
            since = query.get("updated_since")
            rows = sorted(api.tickets, key=lambda t: (t["updated_at"], t["id"]))
            if since:
                rows = [t for t in rows if _utc(t["updated_at"]) >= _utc(since)]
            size = int(query.get("per_page", "2"))
            if url.path == "/cursor":
                start = int(query.get("cursor") or 0)
                page = rows[start : start + size]
                more = start + size < len(rows)
                body: Any = {"items": page, "next_cursor": str(start + size) if more else None}
            else:
                number = int(query.get("page", "1"))
                if api.garbage_page == number:
                    return self._send_raw(200, b"<html>502 Bad Gateway</html>")
                body = {"items": rows[(number - 1) * size : number * size]}
            return self._send(200, body)

        def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
            self._send_raw(status, json.dumps(body).encode(), headers)

        def _send_raw(
            self, status: int, data: bytes, headers: dict[str, str] | None = None
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

    return Handler


def _utc(text: str) -> str:
    from vocmine.ingest.records import parse_datetime

    parsed = parse_datetime(text)
    assert parsed is not None
    return parsed.isoformat()


@pytest.fixture
def api() -> Iterator[tuple[Api, str]]:
    state = Api()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def rest_spec(base: str, path: str = "/cursor", **options: Any) -> SourceSpec:
    rest = {
        "url": base + path,
        "token_env": "HELPDESK_TOKEN",
        "paging": "cursor" if path == "/cursor" else "page",
        "page_size": 2,
        "backoff_seconds": 0.01,
        "max_backoff_seconds": 0.05,
        "max_retries": 3,
        **options,
    }
    return SourceSpec(name="helpdesk", kind="tickets", type="rest", rest=rest)


class RecordingSleep:
    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def client_for(spec: SourceSpec, sleep: RecordingSleep | None = None) -> RestClient:
    assert spec.rest is not None
    return RestClient(spec.rest, TOKEN, sleep=sleep or RecordingSleep())


@pytest.mark.parametrize("path", ["/cursor", "/pages"])
def test_reads_every_page_and_cleans_text(api: tuple[Api, str], path: str) -> None:
    state, base = api
    spec = rest_spec(base, path)
    result = read_rest_source(spec, None, client_for(spec))
    assert [i.external_id for i in result.items] == ["101", "102", "103", "105"]
    assert [q.reason for q in result.quarantined] == ["empty_text"]
    assert result.rows_in == 5
    texts = {i.external_id: i.text for i in result.items}
    assert texts["101"] == "Zásilka nepřišla\nObjednávka 5521 stále nedorazila, čekám už dva týdny."
    assert texts["102"] == "Reklamacja\nNadal czekam na zwrot pieniędzy!"
    assert "\u200b" not in texts["103"] and "\u200f" not in texts["103"] and "😡" in texts["103"]
    assert result.watermarks == {"helpdesk": "2024-03-05T12:00:00+00:00"}
    assert all(r["auth"] == f"Bearer {TOKEN}" for r in state.requests)
    assert all(r["query"]["per_page"] == "2" for r in state.requests)


def test_updated_since_is_sent_and_filters(api: tuple[Api, str]) -> None:
    state, base = api
    spec = rest_spec(base)
    result = read_rest_source(spec, "2024-03-03T12:00:00+00:00", client_for(spec))
    assert [i.external_id for i in result.items] == ["103", "105"]
    assert state.requests[0]["query"]["updated_since"] == "2024-03-03T12:00:00+00:00"


def test_retries_429_honouring_retry_after_and_5xx_with_backoff(api: tuple[Api, str]) -> None:
    state, base = api
    state.failures = [(429, {"Retry-After": "0.04"}), (503, {}), (500, {})]
    spec = rest_spec(base)
    sleep = RecordingSleep()
    result = read_rest_source(spec, None, client_for(spec, sleep))
    assert len(result.items) == 4
    assert sleep.waits == [pytest.approx(0.04), pytest.approx(0.02), pytest.approx(0.04)]


def test_retry_after_is_capped_and_real_sleep_works(api: tuple[Api, str]) -> None:
    state, base = api
    state.failures = [(429, {"Retry-After": "3600"})]
    spec = rest_spec(base)
    assert spec.rest is not None
    result = read_rest_source(spec, None, RestClient(spec.rest, TOKEN))  # real time.sleep
    assert len(result.items) == 4


def test_gives_up_after_max_retries(api: tuple[Api, str]) -> None:
    state, base = api
    state.failures = [(503, {})] * 10
    spec = rest_spec(base, max_retries=2)
    sleep = RecordingSleep()
    with pytest.raises(InputError, match="HTTP 503"):
        read_rest_source(spec, None, client_for(spec, sleep))
    assert len(sleep.waits) == 2
    assert len(state.requests) == 3


def test_unauthorised_fails_at_once_without_leaking_the_token(
    api: tuple[Api, str], caplog: pytest.LogCaptureFixture
) -> None:
    state, base = api
    spec = rest_spec(base)
    assert spec.rest is not None
    client = RestClient(spec.rest, "wrong-token-value", sleep=RecordingSleep())
    with caplog.at_level(logging.DEBUG), pytest.raises(InputError) as err:
        read_rest_source(spec, None, client)
    assert "401" in str(err.value)
    assert len(state.requests) == 1
    assert "wrong-token-value" not in str(err.value) + caplog.text + repr(client)


def test_token_comes_from_the_named_environment_variable(
    api: tuple[Api, str], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    state, base = api
    spec = rest_spec(base)
    assert spec.rest is not None
    monkeypatch.delenv("HELPDESK_TOKEN", raising=False)
    with pytest.raises(ConfigError, match="HELPDESK_TOKEN"):
        read_source(spec)
    monkeypatch.setenv("HELPDESK_TOKEN", TOKEN)
    state.failures = [(502, {})]
    spec = rest_spec(base, backoff_seconds=0.0)
    with caplog.at_level(logging.DEBUG):
        result = read_source(spec)
    assert len(result.items) == 4
    assert TOKEN not in caplog.text
    assert "retry 1" in caplog.text
    assert read_token(RestOptions(url="http://x")) is None


def test_unreadable_page_is_quarantined_and_keeps_the_watermark(api: tuple[Api, str]) -> None:
    state, base = api
    state.garbage_page = 2
    spec = rest_spec(base, "/pages")
    result = read_rest_source(spec, "2024-02-01T00:00:00+00:00", client_for(spec))
    assert [i.external_id for i in result.items] == ["101", "102"]
    assert [q.reason for q in result.quarantined] == ["malformed_json"]
    assert result.watermarks == {}


def test_incremental_pipeline_runs(
    api: tuple[Api, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import fast_config_file
    from vocmine.config import load_settings
    from vocmine.pipeline.run import run_pipeline
    from vocmine.store import open_store

    state, base = api
    monkeypatch.setenv("HELPDESK_TOKEN", TOKEN)
    config = fast_config_file(tmp_path, with_sources=False)
    import yaml

    raw = yaml.safe_load(config.read_text(encoding="utf-8"))
    raw["sources"] = [rest_spec(base).model_dump(mode="json", exclude_none=True)]
    raw["topics"]["enabled"] = False
    config.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    settings = load_settings(config)

    first = run_pipeline(settings)
    assert (first.rows_in, first.stored, first.quarantined) == (5, 4, 1)
    assert TOKEN not in config.read_text(encoding="utf-8")

    state.requests.clear()
    state.tickets[4]["body"] = "I received a blue kettle instead of the red one, and it leaks."
    state.tickets[4]["updated_at"] = "2024-03-06T08:00:00Z"
    second = run_pipeline(settings)
    assert state.requests[0]["query"]["updated_since"] == "2024-03-05T12:00:00+00:00"
    assert (second.rows_in, second.stored, second.updated, second.skipped_duplicates) == (
        1,
        0,
        1,
        0,
    )
    with open_store(settings.resolved_store_url) as store:
        insights = store.read_insights()
        assert store.get_watermark("helpdesk") == "2024-03-06T08:00:00+00:00"
    assert len(insights) == 4
    assert "leaks" in insights.set_index("external_id").loc["105", "text_redacted"]

    third = run_pipeline(settings)
    assert (third.rows_in, third.stored, third.updated, third.skipped_duplicates) == (1, 0, 0, 1)


def test_token_from_a_secret_reader_never_from_files(api: tuple[Api, str], monkeypatch) -> None:
    state, base = api
    monkeypatch.delenv("HELPDESK_TOKEN", raising=False)
    spec = rest_spec(base, token_env=None, token_secret="helpdesk-token")
    asked: list[str] = []

    def secrets(name: str) -> str:
        asked.append(name)
        return TOKEN + "\n"

    result = read_source(spec, secrets=secrets)
    assert asked == ["helpdesk-token"]
    assert [i.external_id for i in result.items] == ["101", "102", "103", "105"]
    assert {r["auth"] for r in state.requests} == {f"Bearer {TOKEN}"}


def test_secret_token_needs_the_flow_and_a_readable_secret(api: tuple[Api, str]) -> None:
    _, base = api
    spec = rest_spec(base, token_env=None, token_secret="helpdesk-token")
    with pytest.raises(ConfigError, match="only the Prefect flow can read"):
        read_source(spec)

    def missing(name: str) -> str:
        raise ValueError(f"Unable to find block document named {name}")

    with pytest.raises(ConfigError, match="cannot read the secret 'helpdesk-token'"):
        read_source(spec, secrets=missing)
    with pytest.raises(ConfigError, match="is empty"):
        read_source(spec, secrets=lambda name: "  ")
    with pytest.raises(ValueError, match="token_env or token_secret, not both"):
        RestOptions(url="http://x", token_env="A", token_secret="b")
