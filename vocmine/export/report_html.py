"""The per-run HTML report: one self-contained file with inline SVG charts.

No network is needed to open it: styles, charts (:mod:`vocmine.export.charts`)
and the small script (sortable tables, a self-check that every chart drew)
are inline. Only redacted text and aggregate figures appear in it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime
from html import escape
from typing import Any

import pandas as pd

from vocmine.export import charts
from vocmine.followups.sla import SLA_STATES
from vocmine.topics.trends import EmergingCriteria

SLA_COLOURS: dict[str, str] = {
    "overdue": "#d1495b",
    "due_soon": "#e0a100",
    "on_track": "#2e9e6a",
    "closed": "#a3adb8",
}
TOP_CATEGORIES = 10
TOP_TOPICS = 6
TOP_DRIVERS = 14
IGNORED_CATEGORIES = frozenset({"other"})

STYLE = """
*{box-sizing:border-box}
body{margin:0;background:#f3f5f8;color:#1f2d3d;
 font:14px/1.45 system-ui,'Segoe UI',Roboto,Arial,sans-serif}
header{background:#1f3a5f;color:#fff;padding:28px 40px 22px}
header h1{margin:0 0 4px;font-size:24px;font-weight:650}
header p{margin:0;color:#c9d6e6}
main{max-width:1200px;margin:0 auto;padding:24px 28px 48px}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(128px,1fr));gap:14px;margin-bottom:22px}
.kpi{background:#fff;border-radius:10px;padding:14px 16px;box-shadow:0 1px 3px rgba(15,30,50,.08)}
.kpi .v{font-size:26px;font-weight:650}
section h3{margin:14px 0 6px;font-size:13px;color:#5b6570;font-weight:600}
.kpi .l{color:#5b6570;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.kpi.alert .v{color:#d1495b}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:18px}
section{background:#fff;border-radius:10px;padding:18px 20px;margin-bottom:18px;
 box-shadow:0 1px 3px rgba(15,30,50,.08)}
.grid section{margin-bottom:0}
section h2{margin:0 0 4px;font-size:17px}
section p.note{margin:0 0 12px;color:#5b6570;font-size:12.5px}
.empty{color:#8a949e;font-style:italic}
table{border-collapse:collapse;width:100%;font-size:12.5px;margin-top:10px}
th,td{padding:6px 8px;border-bottom:1px solid #e6e9ed;text-align:left;vertical-align:top}
th{background:#f6f8fa;color:#3c4752;font-weight:600;cursor:pointer;white-space:nowrap}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:11px;font-weight:600}
.badge.up{background:#fde7ea;color:#b02a3d}
.badge.flat{background:#eef1f4;color:#5b6570}
.neg{color:#b02a3d}.pos{color:#1f7a50}
footer{color:#8a949e;font-size:12px;text-align:center;padding:8px}
@media (max-width:900px){.grid{grid-template-columns:1fr}}
"""

SCRIPT = """
(function(){
  var errors=[];
  window.addEventListener('error',function(e){errors.push(String(e.message));
    document.documentElement.dataset.jsErrors=errors.length;});
  function sortable(table){
    table.querySelectorAll('th').forEach(function(th,col){
      th.title='Sort';
      th.addEventListener('click',function(){
        var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
        var asc=th.dataset.dir!=='asc';th.dataset.dir=asc?'asc':'desc';
        rows.sort(function(a,b){
          var x=a.cells[col].dataset.v||a.cells[col].textContent,
              y=b.cells[col].dataset.v||b.cells[col].textContent;
          var nx=parseFloat(x),ny=parseFloat(y);
          var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);
          return asc?c:-c;});
        rows.forEach(function(r){body.appendChild(r);});
      });
    });
  }
  document.addEventListener('DOMContentLoaded',function(){
    document.querySelectorAll('table.sortable').forEach(sortable);
    var drawn=0,all=document.querySelectorAll('svg.chart');
    all.forEach(function(svg){
      var box=svg.getBBox(),marks=svg.querySelectorAll('[data-mark]').length;
      if(box.width>0&&box.height>0&&marks>0){drawn++;svg.dataset.drawn='true';}
    });
    document.documentElement.dataset.chartsTotal=all.length;
    document.documentElement.dataset.chartsDrawn=drawn;
  });
})();
"""


def _section(title: str, note: str, body: str, anchor: str) -> str:
    return (
        f'<section id="{anchor}"><h2>{escape(title)}</h2>'
        f'<p class="note">{escape(note)}</p>{body}</section>'
    )


def _empty(text: str) -> str:
    return f'<p class="empty">{escape(text)}</p>'


def _cell(value: Any, kind: str = "") -> str:
    """Return one ``<td>`` of a pandas cell (any dtype), formatted by ``kind``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return '<td class="n" data-v="">–</td>'
    if kind == "pct":
        return f'<td class="n" data-v="{float(value)}">{float(value) * 100:.1f}%</td>'
    if kind == "signed":
        cls = "neg" if float(value) < 0 else "pos"
        return f'<td class="n {cls}" data-v="{float(value)}">{float(value):+.2f}</td>'
    if kind == "num":
        number = float(value)
        shown = str(int(number)) if number == int(number) else f"{number:.2f}"
        return f'<td class="n" data-v="{number}">{shown}</td>'
    return f"<td>{escape(str(value))}</td>"


def _table(frame: pd.DataFrame, columns: Mapping[str, tuple[str, str]]) -> str:
    """Return a sortable table of ``frame``; ``columns``: column -> (header, kind)."""
    head = "".join(f"<th>{escape(h)}</th>" for h, _ in columns.values())
    rows = []
    for record in frame.to_dict("records"):
        cells = []
        for column, (_, kind) in columns.items():
            value = record.get(column)
            if kind == "badge":
                cells.append(
                    '<td><span class="badge up">emerging</span></td>'
                    if value
                    else '<td><span class="badge flat">steady</span></td>'
                )
            else:
                cells.append(_cell(value, kind))
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (
        f'<table class="sortable"><thead><tr>{head}</tr></thead><tbody>'
        + "".join(rows)
        + "</tbody></table>"
    )


def _kpis(table: pd.DataFrame, views: Mapping[str, pd.DataFrame]) -> str:
    items = len(table)
    negative = float((table["sentiment"] == "negative").mean()) if items else 0.0
    effort = int(table["effort"].fillna(False).astype(bool).sum())
    churn = int(table["churn_risk"].fillna(False).astype(bool).sum())
    rating = pd.to_numeric(table["rating"], errors="coerce")
    cases = views.get("followups", pd.DataFrame())
    overdue = int((cases["sla_status"] == "overdue").sum()) if "sla_status" in cases else 0
    cards = [
        ("Feedback items", f"{items:,}", False),
        ("Negative", f"{negative * 100:.0f}%", negative >= 0.4),
        ("Mean rating", f"{rating.mean():.2f}" if rating.notna().any() else "–", False),
        ("Customer effort", f"{effort:,}", False),
        ("Churn risk", f"{churn:,}", churn > 0),
        ("Open follow-ups", f"{len(cases):,}", False),
        ("Overdue", f"{overdue:,}", overdue > 0),
    ]
    return (
        '<div class="kpis">'
        + "".join(
            f'<div class="kpi{" alert" if alert else ""}"><div class="v">{escape(v)}</div>'
            f'<div class="l">{escape(label)}</div></div>'
            for label, v, alert in cards
        )
        + "</div>"
    )


def sentiment_trend_section(trends: pd.DataFrame) -> str:
    """Weekly sentiment mix as stacked bars with the mean sentiment score as a line."""
    note = "Items per ISO week by sentiment; the line is the mean sentiment score (-1 to +1)."
    if trends.empty:
        return _section("Sentiment trend", note, _empty("No dated items."), "sentiment")
    chart = charts.stacked_bars(
        list(trends["week"]),
        {label: list(trends[label]) for label in ("negative", "neutral", "positive")},
        charts.SENTIMENT_COLOURS,
        "Weekly sentiment",
        line=[float(v) for v in trends["mean_sentiment_score"]],
        line_name="mean score",
    )
    return _section("Sentiment trend", note, chart, "sentiment")


def categories_by_language_section(table: pd.DataFrame) -> str:
    """Share of each language's items in each of the most frequent categories."""
    note = "Share of each language's items tagged with the category (an item can have several)."
    exploded = table[["lang", "categories"]].explode("categories").dropna()
    exploded = exploded[~exploded["categories"].isin(IGNORED_CATEGORIES)]
    if exploded.empty:
        return _section("Top categories per language", note, _empty("No categories."), "cats")
    top = list(exploded["categories"].value_counts().head(TOP_CATEGORIES).index)
    per_lang = table["lang"].value_counts()
    langs = list(per_lang.index)
    counts = pd.crosstab(exploded["categories"], exploded["lang"])
    values = [
        [
            float(counts.at[c, lang]) / float(per_lang[lang]) if lang in counts else 0.0
            for lang in langs
        ]
        for c in top
    ]
    columns = [f"{lang} ({per_lang[lang]})" for lang in langs]
    chart = charts.heatmap(top, columns, values, "Categories per language")
    return _section("Top categories per language", note, chart, "cats")


def topics_over_time_section(shares: pd.DataFrame, weeks: list[str]) -> str:
    """Weekly share of the largest topics."""
    note = f"Weekly share of items for the {TOP_TOPICS} largest topics."
    if shares.empty or len(weeks) < 2:
        return _section("Topics over time", note, _empty("Too few dated topics."), "topics")
    top = list(shares.groupby("topic_id")["items"].sum().nlargest(TOP_TOPICS).index)
    series = {}
    for topic in top:
        rows = shares[shares["topic_id"] == topic].set_index("week")
        label = rows["topic_label"].iloc[0]
        name = f"{topic}: {label}" if isinstance(label, str) else f"topic {topic}"
        series[name[:28]] = [float(rows["share"].get(w, 0.0)) for w in weeks]
    chart = charts.lines(weeks, series, "Topic share per week")
    return _section("Topics over time", note, chart, "topics")


def emerging_section(emerging: pd.DataFrame, criteria: EmergingCriteria | None = None) -> str:
    """Topics whose share in the latest week jumped against the weeks before.

    Args:
        emerging: The ``emerging_topics`` view
            (:func:`vocmine.export.trends.emerging_topics_view`).
        criteria: The thresholds it was judged with (for the note).
    """
    rule = criteria or EmergingCriteria()
    week = str(emerging["week"].iloc[0]) if len(emerging) else "the latest week"
    note = (
        f"{week} against the {rule.baseline_periods} weeks with data before it: "
        f"emerging = at least {rule.min_items} items, share at least {rule.min_lift:g} times "
        f"the earlier (smoothed) share, and z >= {rule.min_z:g} (two-proportion test)."
    )
    if emerging.empty:
        return _section("Emerging topics", note, _empty("Needs two weeks of topics."), "emerging")
    shown = emerging.head(10)
    body = _table(
        shown,
        {
            "topic_id": ("topic", "num"),
            "topic_label": ("label", ""),
            "items_this_week": ("items", "num"),
            "share_this_week": ("share now", "pct"),
            "share_before": ("share before", "pct"),
            "lift": ("lift", "num"),
            "z": ("z", "num"),
            "emerging": ("", "badge"),
        },
    )
    return _section("Emerging topics", note, body, "emerging")


def effort_section(counts: pd.DataFrame) -> str:
    """Items per effort signal and churn-risk items."""
    note = "Items with each customer-effort signal, and items with churn-risk language."
    if counts.empty or not counts["items"].sum():
        return _section("Effort and churn", note, _empty("No effort or churn signals."), "effort")
    chart = charts.hbars(
        [s.replace("_", " ") for s in counts["signal"]],
        [int(v) for v in counts["items"]],
        "Effort and churn counts",
        colour="#e07b39",
    )
    return _section("Effort and churn", note, chart, "effort")


def sla_section(summary: pd.DataFrame) -> str:
    """Follow-up cases per priority and SLA state."""
    note = "Cases per priority: overdue, due within 24 h, on track, or closed."
    if summary.empty:
        return _section("Follow-up SLA", note, _empty("No follow-up cases."), "sla")
    chart = charts.stacked_bars(
        list(summary["priority"]),
        {state: [int(v) for v in summary[state]] for state in SLA_STATES},
        SLA_COLOURS,
        "Follow-up SLA status",
        width=520,
    )
    return _section("Follow-up SLA", note, chart, "sla")


def drivers_section(drivers: pd.DataFrame) -> str:
    """Which categories and topics go with lower or higher scores."""
    note = (
        "Mean score of rated items with the category or topic minus without it, "
        "with its 95% confidence interval (Welch); red pulls the score down."
    )
    if drivers.empty:
        return _section("Score drivers", note, _empty("No rated items to analyse."), "drivers")
    parts = []
    for scale, group in drivers.groupby("scale", sort=True):
        shown = group.reindex(group["mean_diff"].abs().sort_values(ascending=False).index)
        shown = shown.head(TOP_DRIVERS).sort_values("mean_diff")
        labels = [
            f"{'category' if k == 'category' else 'topic'} · {str(lab)[:34]}"
            for k, lab in zip(shown["driver_kind"], shown["label"], strict=True)
        ]
        parts.append(f"<h3>{escape(str(scale))}</h3>")
        parts.append(
            charts.diverging_ci(
                labels,
                [float(v) for v in shown["mean_diff"]],
                [float(v) for v in shown["ci_low"]],
                [float(v) for v in shown["ci_high"]],
                f"Score drivers ({scale})",
            )
        )
        parts.append(
            _table(
                shown,
                {
                    "driver_kind": ("kind", ""),
                    "label": ("driver", ""),
                    "n_with": ("n with", "num"),
                    "n_without": ("n without", "num"),
                    "mean_with": ("mean with", "num"),
                    "mean_without": ("mean without", "num"),
                    "mean_diff": ("difference", "signed"),
                    "ci_low": ("CI low", "signed"),
                    "ci_high": ("CI high", "signed"),
                    "promoter_diff": ("promoters ±", "pct"),
                    "detractor_diff": ("detractors ±", "pct"),
                },
            )
        )
    return _section("Score drivers", note, "".join(parts), "drivers")


def render_report(
    table: pd.DataFrame,
    views: Mapping[str, pd.DataFrame],
    title: str,
    now: datetime,
    emerging: EmergingCriteria | None = None,
) -> str:
    """Return the report as one HTML document.

    Args:
        table: The insight table the views were computed from.
        views: Output of :func:`vocmine.export.tables.analyst_views`.
        title: Page heading.
        now: When the report was made (shown in the header).
        emerging: The thresholds of the emerging-topics view (for its note).
    """
    created = pd.to_datetime(table["created_at"], utc=True).dropna()
    period = f"{created.min():%Y-%m-%d} – {created.max():%Y-%m-%d}" if len(created) else "no dates"
    langs = ", ".join(sorted(str(v) for v in table["lang"].dropna().unique()))
    channels = ", ".join(sorted(str(v) for v in table["channel"].dropna().unique()))
    subtitle = (
        f"{len(table):,} items · {period} · languages: {langs or '–'} · "
        f"channels: {channels or '–'} · generated {now:%Y-%m-%d %H:%M} UTC"
    )
    trends = views["trends_weekly"]
    weeks = list(trends["week"]) if len(trends) else []
    body = [
        _kpis(table, views),
        sentiment_trend_section(trends),
        '<div class="grid">',
        categories_by_language_section(table),
        effort_section(views["effort_churn"]),
        "</div>",
        topics_over_time_section(views["topics_weekly"], weeks),
        '<div class="grid">',
        emerging_section(views["emerging_topics"], emerging),
        sla_section(views["followups_sla"]),
        "</div>",
        drivers_section(views["drivers"]),
    ]
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style>"
        f"<script>{SCRIPT}</script></head><body>"
        f"<header><h1>{escape(title)}</h1><p>{escape(subtitle)}</p></header>"
        f"<main>{''.join(body)}</main>"
        "<footer>vocmine · redacted text and aggregates only</footer></body></html>"
    )
