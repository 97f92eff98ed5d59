"""Analyst exports: views, drivers, trends, SLA status, XLSX formatting, CSV/Parquet columns."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import numpy as np
import openpyxl
import pandas as pd
import pytest
from scipy import stats

from vocmine.export import (
    EXPORT_COLUMNS,
    NPS_10,
    STARS_5,
    filter_insights,
    insights_table,
    score_drivers,
    write_exports,
)
from vocmine.export.drivers import infer_scale, mean_difference_ci
from vocmine.export.trends import emerging_topics_view, iso_week, weekly_trends
from vocmine.followups.sla import followups_table, sla_summary

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
START = datetime(2026, 10, 5, 9, 0, tzinfo=UTC)  # a Monday: ISO week 2026-W41

# (lang, redacted text, categories, sentiment, score, rating, topic, effort signals, churn)
LATE_DELIVERY = [
    ("pl", "Przesyłka szła 9 dni zamiast 2, infolinia milczy.", "negative", -0.8, 1),
    ("cs", "Zásilka nepřišla ani po týdnu, nikdo mi neodpovídá.", "negative", -0.7, 2),
    ("ru", "Заказ так и не доставили, курьер не позвонил.", "negative", -0.75, 1),
    ("sk", "Balík meškal desať dní a kuriér ho nechal pred dverami.", "negative", -0.6, 2),
]
PRAISE = [
    ("en", "Fast delivery and a friendly courier, thank you!", "positive", 0.9, 5),
    ("de", "Alles bestens, schnelle Lieferung und netter Kontakt.", "positive", 0.8, 5),
    ("uk", "Дякую, все прийшло вчасно і добре запаковане.", "positive", 0.85, 4),
    ("pl", "Super obsługa, pani Agnieszka szybko wszystko załatwiła.", "positive", 0.9, 5),
]
DOUBLE_CHARGE = [
    ("cs", "Platba mi byla stržena dvakrát, chci vrátit peníze.", "negative", -0.7, 2),
    ("de", "Mir wurde der Betrag doppelt abgebucht, bitte erstatten.", "negative", -0.6, 3),
    (
        "ru",
        "С карты списали деньги дважды, верните, иначе уйду к конкурентам.",
        "negative",
        -0.8,
        1,
    ),
]
TOPIC_LABELS = {
    0: "przesyłka, zásilka, доставка",
    1: "dziękuję, danke, fast",
    2: "platba, dvakrát, списали",
}


def _row(
    i: int,
    created: datetime,
    lang: str,
    text: str,
    sentiment: str,
    score: float,
    rating: float | None,
    categories: list[str],
    topic: int,
    source: str = "shop_reviews",
    channel: str = "review",
    effort: list[str] | None = None,
    churn: bool = False,
) -> dict:
    return {
        "item_id": f"item-{i:03d}",
        "source": source,
        "external_id": f"R{i}",
        "channel": channel,
        "created_at": created,
        "customer_key": f"k{i % 17}",
        "conversation_id": None,
        "rating": rating,
        "content_hash": f"h{i}",
        "lang": lang,
        "lang_confidence": 0.99,
        "sentiment": sentiment,
        "sentiment_score": score,
        "categories": categories,
        "category_scores": {c: 0.9 for c in categories},
        "aspect_sentiment": {c: sentiment for c in categories},
        "effort": bool(effort),
        "effort_signals": effort or [],
        "churn_risk": churn,
        "severity": 0.8 if sentiment == "negative" else 0.1,
        "topic_id": topic,
        "pii": [],
        "text_redacted": text,
        "sentences": [{"text": text, "sentiment": sentiment}],
        "error": None,
        "meta": {},
        "first_run_id": "run-1",
        "run_id": "run-1",
        "analysed_at": NOW,
    }


def sample_insights() -> pd.DataFrame:
    """Seven weeks of reviews and chats: late deliveries and praise every week, and a
    burst of double charges in the last week only (an emerging topic)."""
    rows, i = [], 0
    for week in range(7):
        monday = START + timedelta(weeks=week)
        for day, (lang, text, sentiment, score, rating) in enumerate(LATE_DELIVERY[: 2 + week % 3]):
            effort = ["long_wait"] if day % 2 == 0 else ["repeat_contact"]
            rows.append(
                _row(
                    i,
                    monday + timedelta(days=day),
                    lang,
                    text,
                    sentiment,
                    score,
                    rating,
                    ["delivery"],
                    0,
                    effort=effort,
                )
            )
            i += 1
        for day, (lang, text, sentiment, score, rating) in enumerate(PRAISE):
            rows.append(
                _row(
                    i,
                    monday + timedelta(days=day, hours=3),
                    lang,
                    text,
                    sentiment,
                    score,
                    rating,
                    ["praise"],
                    1,
                )
            )
            i += 1
        burst = DOUBLE_CHARGE * 2 if week == 6 else DOUBLE_CHARGE[:1] if week == 2 else []
        for day, (lang, text, sentiment, score, rating) in enumerate(burst):
            rows.append(
                _row(
                    i,
                    monday + timedelta(days=day % 5, hours=5),
                    lang,
                    text,
                    sentiment,
                    score,
                    rating,
                    ["billing"],
                    2,
                    churn=lang == "ru",
                )
            )
            i += 1
    # chats carry no rating; one item has no date
    rows.append(
        _row(
            i,
            START + timedelta(days=3),
            "pl",
            "Czat: bot nie łączy z człowiekiem.",
            "negative",
            -0.5,
            None,
            ["digital_channels"],
            0,
            source="web_chats",
            channel="chat",
            effort=["no_human"],
        )
    )
    rows.append(
        _row(
            i + 1,
            None,
            "en",
            "Undated note about a parcel.",
            "neutral",
            0.0,
            None,
            ["delivery"],
            -1,
            source="web_chats",
            channel="chat",
        )
    )
    return pd.DataFrame(rows)


def sample_topics() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "topic_id": list(TOPIC_LABELS),
            "label": list(TOPIC_LABELS.values()),
            "keywords": [label.split(", ") for label in TOPIC_LABELS.values()],
        }
    )


def sample_cases(table: pd.DataFrame) -> list[dict]:
    """Four cases on negative items: overdue, due soon, on track and resolved."""
    negative = table[table["sentiment"] == "negative"]["id"].tolist()
    base = {"source": "shop_reviews", "severity": 0.8, "lang": "pl", "reasons": ["negative"]}
    rows = [
        ("P1", "new", NOW - timedelta(hours=5)),
        ("P2", "assigned", NOW + timedelta(hours=6)),
        ("P3", "new", NOW + timedelta(hours=60)),
        ("P2", "resolved", NOW - timedelta(hours=30)),
    ]
    return [
        {
            **base,
            "case_id": f"case-{n}",
            "item_id": negative[n],
            "external_id": f"R{n}",
            "priority": p,
            "status": s,
            "opened_at": NOW - timedelta(days=2),
            "due_at": due,
            "updated_at": NOW - timedelta(days=1),
            "categories": ["delivery"],
        }
        for n, (p, s, due) in enumerate(rows)
    ]


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return insights_table(sample_insights(), sample_topics())


def test_insights_table_has_export_columns_and_topic_labels(table):
    assert list(table.columns) == list(EXPORT_COLUMNS)
    assert table.loc[table["topic_id"] == 2, "topic_label"].iloc[0] == TOPIC_LABELS[2]


def test_iso_weeks_and_weekly_trends_add_up(table):
    assert iso_week(pd.Series([START]))[0] == "2026-W41"
    trends = weekly_trends(table)
    assert list(trends["week"]) == [f"2026-W{w}" for w in range(41, 48)]
    dated = table["created_at"].notna().sum()
    assert trends["items"].sum() == dated == len(table) - 1
    assert (trends["negative"] + trends["neutral"] + trends["positive"] == trends["items"]).all()
    last = trends.iloc[-1]
    assert last["negative_share"] == pytest.approx(last["negative"] / last["items"], abs=1e-3)


def test_double_charge_burst_is_an_emerging_topic_and_praise_is_not(table):
    emerging = emerging_topics_view(table, sample_topics())
    flagged = emerging.set_index("topic_id")
    assert flagged.loc[2, "emerging"]
    assert flagged.loc[2, "items_this_week"] == 6
    assert flagged.loc[2, "lift"] >= 2
    assert not flagged.loc[1, "emerging"]
    assert emerging.iloc[0]["topic_id"] == 2  # emerging first


def test_mean_difference_ci_matches_welch_t_test():
    rng = np.random.default_rng(7)
    with_, without = rng.normal(2.0, 1.0, 25), rng.normal(3.1, 0.6, 60)
    diff, low, high = mean_difference_ci(with_, without)
    welch = stats.ttest_ind(with_, without, equal_var=False).confidence_interval(0.95)
    assert diff == pytest.approx(with_.mean() - without.mean())
    assert (low, high) == pytest.approx((welch.low, welch.high))


def test_drivers_show_late_delivery_pulls_stars_down_and_praise_up(table):
    drivers = score_drivers(table, min_items=3)
    assert set(drivers["scale"]) == {"stars_1_5"}  # chats have no rating
    by_key = drivers.set_index(["driver_kind", "driver"])
    delivery = by_key.loc[("category", "delivery")]
    rated = table[table["rating"].notna()]
    has_delivery = rated["categories"].apply(lambda c: "delivery" in c)
    assert delivery["n_with"] == has_delivery.sum()
    assert delivery["n_with"] + delivery["n_without"] == len(rated)
    assert delivery["mean_diff"] < -1.5 and delivery["ci_high"] < 0 and delivery["significant"]
    assert delivery["detractor_diff"] > 0.5 and delivery["promoter_diff"] < 0
    praise = by_key.loc[("category", "praise")]
    assert praise["mean_diff"] > 1.5 and praise["ci_low"] > 0
    assert by_key.loc[("topic", "2")]["label"] == TOPIC_LABELS[2]
    assert drivers.iloc[0]["mean_diff"] == drivers["mean_diff"].min()


def test_drivers_never_pool_nps_with_stars(table):
    nps = table[table["rating"].notna()].copy()
    nps["source"] = "nps_survey"
    nps["id"] = nps["id"] + "-nps"
    nps["rating"] = nps["rating"].map({1: 0, 2: 3, 3: 6, 4: 8, 5: 10})
    both = pd.concat([table, nps], ignore_index=True)
    drivers = score_drivers(both, min_items=3)
    assert set(drivers["scale"]) == {"stars_1_5", "nps_0_10"}
    nps_delivery = drivers[(drivers["scale"] == "nps_0_10") & (drivers["driver"] == "delivery")]
    assert nps_delivery["detractor_share_with"].iloc[0] == 1.0  # 0 and 3 are NPS detractors
    assert infer_scale(pd.Series([1, 4, 5])) is STARS_5
    assert infer_scale(pd.Series([0, 7, 10])) is NPS_10
    assert infer_scale(pd.Series([55.0])) is None
    # a scale named explicitly wins over inference (an NPS source that only saw 1..5)
    explicit = score_drivers(table, scales={"shop_reviews": NPS_10}, min_items=3)
    assert set(explicit["scale"]) == {"nps_0_10"}


def test_filter_insights_by_dates_languages_and_channels(table):
    since, until = START + timedelta(weeks=6), START + timedelta(weeks=7)
    last_week = filter_insights(table, since=since, until=until)
    assert len(last_week) and last_week["created_at"].min() >= since
    assert last_week["created_at"].max() < until
    czech = filter_insights(table, langs=["cs"])
    assert set(czech["lang"]) == {"cs"}
    chats = filter_insights(table, channels=["chat"])
    assert len(chats) == 2 and set(chats["channel"]) == {"chat"}
    naive = filter_insights(table, since=since.replace(tzinfo=None))
    assert len(naive) == len(filter_insights(table, since=since))


def test_sla_states_per_case(table):
    cases = followups_table(sample_cases(table), NOW)
    assert list(cases["sla_status"]) == ["overdue", "due_soon", "on_track", "closed"]
    assert cases["hours_to_due"].iloc[0] == pytest.approx(-5.0)
    assert cases["categories"].iloc[0] == "delivery"  # lists become text cells
    summary = sla_summary(cases).set_index("priority")
    assert summary.loc["P2", "due_soon"] == 1 and summary.loc["P2", "closed"] == 1
    assert summary.loc["P1", "overdue"] == 1


def test_write_exports_xlsx_opens_ready_to_read(tmp_path, table):
    cases = sample_cases(table)
    paths = write_exports(table, cases, tmp_path, topics=sample_topics(), now=NOW)
    assert set(paths) == {"csv", "parquet", "xlsx", "html"}
    csv, parquet = pd.read_csv(paths["csv"]), pd.read_parquet(paths["parquet"])
    assert list(csv.columns) == list(parquet.columns) == list(EXPORT_COLUMNS)
    assert len(csv) == len(parquet) == len(table)
    book = openpyxl.load_workbook(paths["xlsx"])
    assert {"insights", "by_category", "by_topic", "by_language", "followups"} <= set(
        book.sheetnames
    )
    assert {"by_language_channel", "trends_weekly", "emerging_topics", "drivers"} <= set(
        book.sheetnames
    )
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref, sheet.title
        assert sheet["A1"].font.bold, sheet.title
    trends = book["trends_weekly"]
    header = [c.value for c in trends[1]]
    assert trends.cell(2, header.index("negative_share") + 1).number_format == "0.0%"
    insights = book["insights"]
    header = [c.value for c in insights[1]]
    created = insights.cell(2, header.index("created_at") + 1)
    assert isinstance(created.value, datetime) and created.number_format == "yyyy-mm-dd hh:mm"
    text_column = openpyxl.utils.get_column_letter(header.index("text_redacted") + 1)
    assert insights.column_dimensions[text_column].width >= 60
    by_topic = pd.read_excel(paths["xlsx"], sheet_name="by_topic")
    assert "keywords" in by_topic and "example_1" in by_topic
    quotes = by_topic.set_index("topic_id").loc[2, "example_1"]
    assert quotes in {t for _, t, *_ in DOUBLE_CHARGE}
    followups = pd.read_excel(paths["xlsx"], sheet_name="followups")
    assert len(followups) == 3 and "resolved" not in set(followups["status"])
    drivers = pd.read_excel(paths["xlsx"], sheet_name="drivers")
    assert {"mean_diff", "ci_low", "ci_high", "n_with", "detractor_diff"} <= set(drivers)


def test_write_exports_only_the_asked_formats(tmp_path, table):
    paths = write_exports(table, [], tmp_path, formats=["csv", "html"], now=NOW)
    assert set(paths) == {"csv", "html"}
    assert not (tmp_path / "insights.xlsx").exists()
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "No follow-up cases." in html and "<svg" in html
    with pytest.raises(Exception, match="unknown export formats"):
        write_exports(table, [], tmp_path, formats=["pdf"])


def test_workbook_cuts_cells_longer_than_excel_allows_and_marks_them(tmp_path):
    import warnings

    from vocmine.export.xlsx import EXCEL_CELL_LIMIT, TRUNCATED_MARK, write_workbook

    frame = pd.DataFrame({"id": [1, 2], "text": ["krótki", "ż" * (EXCEL_CELL_LIMIT + 10)]})
    path = tmp_path / "long.xlsx"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # openpyxl's own silent cut would warn
        write_workbook({"insights": frame}, path)
    sheet = openpyxl.load_workbook(path)["insights"]
    long_cell = sheet.cell(row=3, column=2).value
    assert len(long_cell) == EXCEL_CELL_LIMIT
    assert long_cell.endswith(TRUNCATED_MARK)
    assert sheet.cell(row=2, column=2).value == "krótki"
    assert len(frame.loc[1, "text"]) == EXCEL_CELL_LIMIT + 10  # the caller's frame is untouched


def test_signal_reasons_are_exported_as_json_and_missing_ones_as_empty(tmp_path):
    insights = sample_insights().head(3).copy()
    reasons = {"long_wait": '"czekam od dwóch tygodni"', "churn_risk": '"rezygnuję"'}
    insights["signal_reasons"] = [reasons, None, {}]  # None: stored before the column existed
    table = insights_table(insights)
    assert list(table["signal_reasons"]) == [reasons, {}, {}]
    paths = write_exports(table, [], tmp_path, formats=["csv", "parquet"], now=NOW)
    csv = pd.read_csv(paths["csv"])
    assert json.loads(csv["signal_reasons"].iloc[0]) == reasons
    assert json.loads(csv["signal_reasons"].iloc[1]) == {}
    parquet = pd.read_parquet(paths["parquet"])
    assert json.loads(parquet["signal_reasons"].iloc[0]) == reasons
