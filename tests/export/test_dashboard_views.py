"""The dashboard's numbers from item facts: totals, weeks, categories, scores, drivers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest

from vocmine.export import dashboard as views
from vocmine.export.drivers import SCALES

MONDAY = datetime(2026, 11, 2, 10, tzinfo=UTC)


def facts() -> pd.DataFrame:
    rows = []
    for i in range(24):
        late = i % 2 == 0  # delivery items score low
        rows.append(
            {
                "item_id": f"i{i}",
                "created_at": MONDAY + timedelta(days=i % 14),
                "source": "nps" if i < 20 else "shop",
                "channel": "ticket" if i % 3 else "review",
                "lang": "pl" if i % 4 else "de",
                "sentiment": "negative" if late else "positive",
                "categories": ["delivery"] if late else ["pricing"],
                "effort": i % 5 == 0,
                "churn_risk": i == 3,
                "needs_review": i % 6 == 0,
                "topic_id": 1 if late else 2,
                "rating": ((2.0 if i % 4 == 0 else 3.0) if late else (10.0 if i % 4 == 1 else 9.0))
                if i < 20
                else 5.0,
            }
        )
    return pd.DataFrame(rows)


def test_totals_weeks_and_categories() -> None:
    frame = facts()
    assert views.totals(frame) == views.Totals(items=24, negative=12, effort=5, churn=1, review=4)
    weeks = views.sentiment_by_period(frame)
    assert list(weeks.columns) == ["negative", "neutral", "positive"]
    assert [d.date().isoformat() for d in weeks.index] == ["2026-11-02", "2026-11-09"]
    assert weeks.to_numpy().sum() == 24 and weeks["neutral"].sum() == 0
    by_lang = views.categories_by(frame, "lang")
    assert by_lang.loc["delivery"].sum() == 12 and set(by_lang.columns) == {"de", "pl"}
    per = views.effort_churn_by_category(frame)
    assert per.loc["delivery", "negative_share"] == 1.0 and per.loc["pricing", "negative"] == 0


def test_nps_and_drivers_only_for_sources_with_a_scale() -> None:
    frame = facts()
    scales = {"nps": SCALES["nps_0_10"]}
    scores = views.scores_by(frame, scales, "categories")["nps_0_10"]
    assert scores.loc["delivery", "net"] == pytest.approx(-100.0)  # all detractors
    assert scores.loc["pricing", "net"] == pytest.approx(100.0)
    assert int(scores["rated"].sum()) == 20  # the shop's ratings have no scale: left out
    topics = pd.DataFrame({"topic_id": [1, 2], "label": ["late parcels", "prices"]})
    found = views.drivers(frame, topics, scales)
    first = found.iloc[0]
    assert (first["driver"], first["mean_diff"], first["significant"]) == ("delivery", -7.0, True)
    assert "late parcels" in set(found["label"])
    assert views.drivers(frame, topics, {}).empty
