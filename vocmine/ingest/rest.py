"""Helpdesk REST connector: paged JSON, ``updated_since`` incremental, retries.

Network I/O (:class:`RestClient`, :func:`fetch_rest_pages`) is separate from
turning records into items (:func:`read_rest_source`), so each can be tested
and retried on its own.

* Paging: ``cursor`` (each page names the next cursor; an empty or missing one
  ends) or ``page`` (1, 2, ... until a page has no records).
* Incremental: the stored watermark goes out as ``updated_since``; the new
  watermark is the newest ``updated_at`` read. If any page was unreadable the
  watermark is not advanced, so the next run reads the window again (stored
  items are skipped by content hash, so nothing is stored twice).
* Auth: ``Authorization: Bearer <token>`` with the token read from the
  environment variable named by ``token_env``; it is never logged nor put in
  an error message.
* Retries: 429, 5xx, timeouts and connection errors are retried with
  exponential backoff, or after the server's ``Retry-After`` (seconds or an
  HTTP date), capped by ``max_backoff_seconds``. Other 4xx fail at once.
"""

from __future__ import annotations

import json
import logging
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from vocmine.errors import ConfigError, InputError
from vocmine.ingest.collect import collect_rows
from vocmine.ingest.records import parse_datetime, quarantine, record_row
from vocmine.ingest.spec import RestOptions, SourceSpec
from vocmine.schemas import FeedbackItem, IngestResult, QuarantinedRow

logger = logging.getLogger("vocmine.ingest.rest")

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
"""HTTP statuses worth retrying."""


class RestClient:
    """GETs JSON with bearer auth and retries.

    Args:
        options: The source's REST options.
        token: Bearer token, or None for an open API.
        sleep: Called with the seconds to wait before a retry (injectable for tests).
    """

    def __init__(
        self,
        options: RestOptions,
        token: str | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.options = options
        self.token = token
        self.sleep = sleep

    def __repr__(self) -> str:  # never show the token
        return f"RestClient(url={self.options.url!r}, token={'***' if self.token else None})"

    def fetch_json(self, params: Mapping[str, Any]) -> Any:
        """GET the endpoint with ``params`` and return the decoded JSON body.

        Raises:
            InputError: On a non-retryable status, or when retries are exhausted.
            ValueError: If the body is not JSON (the caller quarantines the page).
        """
        query = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
        url = self.options.url + ("&" if "?" in self.options.url else "?") + query
        headers = {"Accept": "application/json", "User-Agent": "vocmine"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        attempt = 0
        while True:
            request = urllib.request.Request(url, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=self.options.timeout_seconds) as resp:
                    body = resp.read()
                return json.loads(body.decode("utf-8-sig"))
            except urllib.error.HTTPError as err:
                err.close()
                if err.code not in RETRY_STATUSES or attempt >= self.options.max_retries:
                    raise InputError(f"GET {url} failed: HTTP {err.code}") from None
                wait = self._retry_after(err.headers.get("Retry-After"), attempt)
                problem = f"HTTP {err.code}"
            except (urllib.error.URLError, TimeoutError, ConnectionError) as err:
                if attempt >= self.options.max_retries:
                    raise InputError(f"GET {url} failed: {_reason(err)}") from None
                wait = self._backoff(attempt)
                problem = _reason(err)
            attempt += 1
            logger.warning("GET %s: %s, retry %d in %.1fs", url, problem, attempt, wait)
            self.sleep(wait)

    def _backoff(self, attempt: int) -> float:
        return min(self.options.backoff_seconds * 2**attempt, self.options.max_backoff_seconds)

    def _retry_after(self, header: str | None, attempt: int) -> float:
        if not header:
            return self._backoff(attempt)
        try:
            seconds = float(header)
        except ValueError:
            try:
                when = parsedate_to_datetime(header)
            except (TypeError, ValueError):
                return self._backoff(attempt)
            when = when if when.tzinfo else when.replace(tzinfo=UTC)
            seconds = (when - datetime.now(UTC)).total_seconds()
        return min(max(seconds, 0.0), self.options.max_backoff_seconds)


def _reason(err: BaseException) -> str:
    reason = getattr(err, "reason", None)
    return str(reason if reason is not None else err) or type(err).__name__


def fetch_rest_pages(client: RestClient, since: str | None) -> Iterator[tuple[int, Any]]:
    """Yield ``(page number, decoded page)`` until the API has no more.

    A page that is not JSON is yielded as ``(number, ValueError)`` and ends
    the paging (its next cursor is unknown).
    """
    options = client.options
    cursor: str | None = None
    for number in range(1, options.max_pages + 1):
        params: dict[str, Any] = {options.since_param: since}
        if options.page_size_param:
            params[options.page_size_param] = options.page_size
        if options.paging == "page":
            params[options.page_param] = number
        else:
            params[options.cursor_param] = cursor
        try:
            page = client.fetch_json(params)
        except ValueError as err:
            yield number, err
            return
        yield number, page
        records = _records_of(page, options)
        if not records:
            return
        if options.paging == "cursor":
            cursor = page.get(options.next_cursor_key) if isinstance(page, dict) else None
            if not cursor:
                return
    logger.warning("%s: stopped after max_pages=%d", options.url, options.max_pages)


def _records_of(page: Any, options: RestOptions) -> list[Any] | None:
    if isinstance(page, list):
        return page
    if isinstance(page, dict) and isinstance(page.get(options.items_key), list):
        return page[options.items_key]
    return None


SecretReader = Callable[[str], str]
"""Returns the value of a named secret (the Prefect flow passes one reading Secret blocks)."""


def read_token(
    options: RestOptions,
    env: Mapping[str, str] | None = None,
    secrets: SecretReader | None = None,
) -> str | None:
    """Return the bearer token: from the secret ``token_secret`` names, or from ``token_env``.

    Args:
        options: The source's REST options.
        env: Environment to read ``token_env`` from (default ``os.environ``).
        secrets: Reads a named secret; needed when ``token_secret`` is set.

    Raises:
        ConfigError: The variable or secret is missing or empty, or
            ``token_secret`` is set but no secret reader was given.
    """
    if options.token_secret:
        if secrets is None:
            raise ConfigError(
                f"the token is in the secret {options.token_secret!r} (token_secret), which only "
                "the Prefect flow can read; run the source through the flow, or use token_env"
            )
        try:
            secret = secrets(options.token_secret)
        except Exception as exc:
            raise ConfigError(
                f"cannot read the secret {options.token_secret!r} (the API token): {exc}"
            ) from exc
        if not secret or not str(secret).strip():
            raise ConfigError(f"the secret {options.token_secret!r} (the API token) is empty")
        return str(secret).strip()
    if not options.token_env:
        return None
    token = (os.environ if env is None else env).get(options.token_env, "").strip()
    if not token:
        raise ConfigError(f"environment variable {options.token_env} (the API token) is not set")
    return token


def read_rest_source(
    spec: SourceSpec,
    since: str | None = None,
    client: RestClient | None = None,
    secrets: SecretReader | None = None,
) -> IngestResult:
    """Read every record updated since ``since`` from a REST source.

    Args:
        spec: A ``type: rest`` source.
        since: The stored watermark (ISO timestamp), or None for a full read.
        client: The HTTP client; built from the spec (token from env) when None.
        secrets: Reads the secret ``token_secret`` names (see :func:`read_token`).

    Returns:
        Rows as items or quarantined rows (not yet de-duplicated), and in
        ``watermarks`` the newest update time read, when every page was read.
    """
    options = spec.rest
    if options is None:
        raise ConfigError(f"source {spec.name!r} has no rest: options")
    client = client or RestClient(options, read_token(options, secrets=secrets))
    rows: list[FeedbackItem | QuarantinedRow] = []
    newest: datetime | None = None
    complete = True
    for number, page in fetch_rest_pages(client, since):
        location = f"{spec.name} page {number}"
        records = None if isinstance(page, ValueError) else _records_of(page, options)
        if records is None:
            complete = False
            detail = str(page) if isinstance(page, ValueError) else "no record list in the page"
            rows.append(quarantine(spec, location, "malformed_json", detail, repr(page)[:200]))
            continue
        for index, record in enumerate(records, start=1):
            rows.append(record_row(record, spec, f"{location} #{index}", record))
            updated = _updated_at(record, options.updated_field)
            if updated is not None and (newest is None or updated > newest):
                newest = updated
    result = collect_rows(rows)
    if complete and newest is not None:
        result.watermarks[spec.name] = newest.isoformat()
    elif not complete and since is not None:
        logger.warning("%s: an unreadable page; watermark kept at %s", spec.name, since)
    return result


def _updated_at(record: Any, field: str) -> datetime | None:
    if not isinstance(record, dict):
        return None
    try:
        return parse_datetime(record.get(field))
    except (TypeError, ValueError, OverflowError, OSError):
        return None
