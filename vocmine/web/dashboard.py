"""The dashboard page: volumes, sentiment over time, categories, topics, effort, churn, scores.

Analysts, leads and admins. Filters: period, source, channel, language.
Every number links to ``/items`` with the same filters plus its own, so an
analyst reaches the items behind it in one click. The items' light columns
are read, and the numbers computed, once per data version (the store's item
count and newest analysis time) and filter set, and kept in a small cache:
repeated views of an unchanged store do not compute them again.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import plotly
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from vocmine.config import Settings
from vocmine.errors import PermissionDeniedError
from vocmine.export import dashboard as views
from vocmine.export.charts import SENTIMENT_COLOURS
from vocmine.export.drivers import SCALES, ScoreScale
from vocmine.protocols import Store
from vocmine.web.access import Caller, StoreBusy, StoreGate
from vocmine.web.pages import _render, _with_page_caller, excerpt
from vocmine.workspace import permissions as can

logger = logging.getLogger(__name__)
DEFAULT_DAYS = 90
CACHED_SLICES = 8
router = APIRouter()
PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
"""The plotly.js bundle that ships inside the plotly package (served, never fetched)."""


@router.get("/assets/plotly.min.js", include_in_schema=False)
def plotly_bundle() -> Response:
    """Serve plotly.js from the installed plotly package (no network)."""
    return FileResponse(
        PLOTLY_JS, media_type="text/javascript", headers={"Cache-Control": "max-age=86400"}
    )


class SliceCache:
    """The last few dashboards' numbers, keyed by filters and the store's data version.

    A run or an erasure changes the version (item count, newest analysis), so
    a cached slice is never older than the store.
    """

    def __init__(self, size: int = CACHED_SLICES) -> None:
        self._size = size
        self._slices: OrderedDict[tuple, dict[str, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def has(self, key: tuple) -> bool:
        """Return whether the slice under ``key`` is cached."""
        with self._lock:
            return key in self._slices

    def get(self, key: tuple, build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """Return the slice under ``key``, building (and keeping) it when missing."""
        with self._lock:
            if key in self._slices:
                self._slices.move_to_end(key)
                return self._slices[key]
        built = build()
        with self._lock:
            self._slices[key] = built
            while len(self._slices) > self._size:
                self._slices.popitem(last=False)
        return built


def _sentiment_figure(periods: list[str], by_period: Any) -> dict[str, Any]:
    """Return the plotly figure (as a dict) of items per week by sentiment, stacked."""
    return {
        "data": [
            {
                "type": "bar",
                "name": label,
                "x": periods,
                "y": [int(v) for v in by_period[label]],
                "marker": {"color": SENTIMENT_COLOURS[label]},
                "customdata": [label] * len(periods),
                "hovertemplate": "week of %{x}<br>%{y} " + label + "<extra></extra>",
            }
            for label in by_period.columns
        ],
        "layout": {
            "barmode": "stack",
            "height": 300,
            "margin": {"l": 40, "r": 10, "t": 10, "b": 40},
            "legend": {"orientation": "h"},
            "xaxis": {"type": "category"},
        },
    }


def _category_figure(per_category: Any, top: int = 12) -> dict[str, Any]:
    """Return the plotly figure of items per category (horizontal bars, largest on top)."""
    names = [str(c) for c in per_category.index[:top]][::-1]
    return {
        "data": [
            {
                "type": "bar",
                "orientation": "h",
                "x": [int(v) for v in per_category["items"][:top]][::-1],
                "y": names,
                "customdata": names,
                "marker": {"color": "#2f6fb5"},
                "hovertemplate": "%{y}: %{x} items<extra></extra>",
            }
        ],
        "layout": {
            "height": 40 + 26 * len(names),
            "margin": {"l": 140, "r": 10, "t": 10, "b": 30},
        },
    }


def slice_numbers(
    store: Store, args: dict[str, Any], scales: dict[str, ScoreScale]
) -> dict[str, Any]:
    """Compute every number and chart of the dashboard for one slice."""
    facts = store.insight_facts(**args)
    by_period = views.sentiment_by_period(facts)
    periods = [d.date().isoformat() for d in by_period.index]
    trend = _sentiment_figure(periods, by_period) if len(by_period) else None
    per_category = views.effort_churn_by_category(facts)
    category_chart = _category_figure(per_category) if len(per_category) else None
    topics = views.top_topics(facts, store.read_topics())
    quotes = {
        t: [excerpt(text, 160) for text in texts]
        for t, texts in store.topic_quotes(list(topics["topic_id"]), 2, **args).items()
    }
    return {
        "totals": views.totals(facts),
        "trend": trend,
        "periods": list(zip(periods, by_period.to_dict("records"), strict=True)),
        "category_chart": category_chart,
        "categories_lang": views.categories_by(facts, "lang"),
        "categories_channel": views.categories_by(facts, "channel"),
        "per_category": per_category,
        "topics": topics.to_dict("records"),
        "quotes": quotes,
        "emerging": views.emerging(facts).to_dict("records"),
        "scores_category": views.scores_by(facts, scales, "categories"),
        "scores_topic": views.scores_by(facts, scales, "topic_id"),
        "drivers": views.drivers(facts, store.read_topics(), scales).to_dict("records"),
    }


def score_scales(settings: Settings) -> dict[str, ScoreScale]:
    """Return each configured source's score scale (sources without ``score_scale`` left out)."""
    return {
        spec.name: SCALES[spec.score_scale]
        for spec in settings.sources
        if spec.score_scale is not None
    }


def default_slice() -> dict[str, Any]:
    """Return the filters of the dashboard opened without any (the last 90 days)."""
    since = (datetime.now(UTC) - timedelta(days=DEFAULT_DAYS)).date()
    return {"since": datetime.fromisoformat(since.isoformat()).replace(tzinfo=UTC)}


def warm_default_slice(gate: StoreGate, cache: SliceCache, settings: Settings) -> bool:
    """Compute the default dashboard into the cache if the data changed; return whether it did.

    ``vocmine serve`` calls this at start and every minute, so the first
    person to open the dashboard after a run does not wait for it. A store a
    run is writing is skipped until the next call.
    """
    args = default_slice()
    try:
        with gate.open() as store:
            key = (tuple(sorted(args.items())), store.data_version())
            if cache.has(key):
                return False
            cache.get(key, lambda: slice_numbers(store, args, score_scales(settings)))
            return True
    except StoreBusy:
        return False


class DashboardWarmer:
    """A daemon thread calling :func:`warm_default_slice` now and every ``interval`` seconds."""

    def __init__(
        self, gate: StoreGate, cache: SliceCache, settings: Settings, interval: float = 60.0
    ) -> None:
        self._args = (gate, cache, settings)
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="dashboard-warmer", daemon=True)

    def start(self) -> None:
        """Start warming."""
        self._thread.start()

    def stop(self) -> None:
        """Stop, waiting for a computation under way."""
        self._stop.set()
        self._thread.join(timeout=30)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                warm_default_slice(*self._args)
            except Exception:  # a failed warm-up only costs the first viewer time
                logger.exception("warming the dashboard failed")
            self._stop.wait(self._interval)


def _filters(request: Request) -> tuple[dict[str, Any], dict[str, str]]:
    """Return ``insight_facts`` arguments and the raw values to keep in links and the form."""
    query = request.query_params
    raw = {k: query.get(k, "") for k in ("since", "until", "source", "channel", "lang")}
    if not raw["since"]:
        raw["since"] = default_slice()["since"].date().isoformat()
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
        scales = score_scales(request.app.state.settings)
        key = (tuple(sorted(args.items())), store.data_version())
        numbers = request.app.state.dashboard_cache.get(
            key, lambda: slice_numbers(store, args, scales)
        )

        def link(**extra: Any) -> str:
            chosen = {k: v for k, v in extra.items() if v is not None}
            return "/items?" + urlencode({**kept, **chosen})

        scale_sources: dict[str, list[str]] = {}
        for source, scale in scales.items():
            scale_sources.setdefault(scale.name, []).append(source)
        period = {k: v for k, v in kept.items() if k in ("since", "until")}
        others = {k: v for k, v in kept.items() if k not in ("since", "until")}
        return _render(
            request,
            caller,
            "dashboard.html",
            {
                "filters": kept,
                "link": link,
                "none": views.NONE,
                "drill": {"week": "/items?" + urlencode(others), "category": link(**period)},
                "scale_source": {
                    name: (found[0] if len(found) == 1 else None)
                    for name, found in scale_sources.items()
                },
                **numbers,
            },
        )

    return _with_page_caller(request, work)
