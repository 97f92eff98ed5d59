"""The dashboard page: volumes, sentiment over time, categories, topics, effort, churn, scores.

Analysts, leads and admins. Filters: period, source, channel, language.
Every number links to ``/items`` with the same filters plus its own, so an
analyst reaches the items behind it in one click. The items' light columns
are read once per data version (the store's item count and newest analysis
time) and filter set, and kept in a small cache, so repeated views of an
unchanged store do not read it again.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import pandas as pd
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from vocmine.errors import PermissionDeniedError
from vocmine.export import dashboard as views
from vocmine.export.charts import SENTIMENT_COLOURS, hbars, stacked_bars
from vocmine.export.drivers import SCALES
from vocmine.protocols import Store
from vocmine.web.access import Caller
from vocmine.web.pages import _render, _with_page_caller, excerpt
from vocmine.workspace import permissions as can

DEFAULT_DAYS = 90
CACHED_SLICES = 8
router = APIRouter()


class FactsCache:
    """The last few slices of item facts, keyed by filters and the store's data version."""

    def __init__(self, size: int = CACHED_SLICES) -> None:
        self._size = size
        self._frames: OrderedDict[tuple, pd.DataFrame] = OrderedDict()
        self._lock = threading.Lock()

    def facts(self, store: Store, filters: dict[str, Any]) -> pd.DataFrame:
        """Return the slice's facts, read from the store only when the data changed."""
        key = (tuple(sorted(filters.items())), store.data_version())
        with self._lock:
            if key in self._frames:
                self._frames.move_to_end(key)
                return self._frames[key]
        frame = store.insight_facts(**filters)
        with self._lock:
            self._frames[key] = frame
            while len(self._frames) > self._size:
                self._frames.popitem(last=False)
        return frame


def _filters(request: Request) -> tuple[dict[str, Any], dict[str, str]]:
    """Return ``insight_facts`` arguments and the raw values to keep in links and the form."""
    query = request.query_params
    raw = {k: query.get(k, "") for k in ("since", "until", "source", "channel", "lang")}
    if not raw["since"]:
        raw["since"] = (datetime.now(UTC) - timedelta(days=DEFAULT_DAYS)).date().isoformat()
    args: dict[str, Any] = {}
    for name in ("since", "until"):
        try:
            if raw[name]:
                args[name] = datetime.fromisoformat(raw[name]).replace(tzinfo=UTC)
        except ValueError:
            raw[name] = ""
    for name in ("source", "channel", "lang"):
        if raw[name]:
            args[name] = raw[name]
    return args, {k: v for k, v in raw.items() if v}


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard(request: Request) -> Response:
    """The dashboard of the filtered slice."""

    def work(store: Store, caller: Caller) -> Response:
        if not can.can_read_items(caller.who):
            raise PermissionDeniedError(can.refusal(caller.who, "see the dashboard"))
        args, kept = _filters(request)
        facts = request.app.state.facts_cache.facts(store, args)

        def link(**extra: Any) -> str:
            return "/items?" + urlencode(
                {**kept, **{k: v for k, v in extra.items() if v is not None}}
            )

        by_period = views.sentiment_by_period(facts)
        periods = [d.date().isoformat() for d in by_period.index]
        trend = (
            stacked_bars(
                periods,
                {label: list(by_period[label]) for label in by_period.columns},
                SENTIMENT_COLOURS,
                "Items per week by sentiment",
            )
            if len(by_period)
            else ""
        )
        categories_lang = views.categories_by(facts, "lang")
        categories_channel = views.categories_by(facts, "channel")
        per_category = views.effort_churn_by_category(facts)
        category_chart = (
            hbars(
                list(per_category.index[:12]),
                list(per_category["items"][:12]),
                "Items per category",
            )
            if len(per_category)
            else ""
        )
        topics = views.top_topics(facts, store.read_topics())
        quotes = {
            int(t): [
                excerpt(r["text_redacted"], 160)
                for r in store.find_insights(topic_id=int(t), limit=2, **args)[0]
            ]
            for t in topics["topic_id"]
        }
        scales = {
            s.name: SCALES[s.score_scale]
            for s in request.app.state.settings.sources
            if s.score_scale is not None
        }
        return _render(
            request,
            caller,
            "dashboard.html",
            {
                "filters": kept,
                "totals": views.totals(facts),
                "trend": trend,
                "periods": list(zip(periods, by_period.to_dict("records"), strict=True)),
                "category_chart": category_chart,
                "categories_lang": categories_lang,
                "categories_channel": categories_channel,
                "per_category": per_category,
                "topics": topics.to_dict("records"),
                "quotes": quotes,
                "emerging": views.emerging(facts).to_dict("records"),
                "scores_category": views.scores_by(facts, scales, "categories"),
                "scores_topic": views.scores_by(facts, scales, "topic_id"),
                "link": link,
                "none": views.NONE,
            },
        )

    return _with_page_caller(request, work)
