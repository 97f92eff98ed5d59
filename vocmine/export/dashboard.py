"""The workspace dashboard's numbers: plain tables from the items' light columns.

Every function takes :meth:`Store.insight_facts` (one row per item: no text)
and returns a small frame; the web page draws them and links every number
to the items behind it. Nothing here reads the store or knows about HTTP.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from vocmine.export.drivers import ScoreScale, score_drivers
from vocmine.schemas import SENTIMENT_LABELS
from vocmine.topics.trends import EmergingCriteria, emerging_topics

NONE = "(none)"


@dataclass(frozen=True)
class Totals:
    """Headline counts of a slice of items.

    Attributes:
        items: Items in the slice.
        negative: Items with negative sentiment.
        effort: Items flagged as customer effort.
        churn: Items flagged as churn risk.
        review: Items marked for review.
    """

    items: int
    negative: int
    effort: int
    churn: int
    review: int


def totals(facts: pd.DataFrame) -> Totals:
    """Return the headline counts."""
    return Totals(
        items=len(facts),
        negative=int((facts["sentiment"] == "negative").sum()),
        effort=int(facts["effort"].fillna(False).astype(bool).sum()),
        churn=int(facts["churn_risk"].fillna(False).astype(bool).sum()),
        review=int(facts["needs_review"].fillna(False).astype(bool).sum()),
    )


def sentiment_by_period(facts: pd.DataFrame, freq: str = "W") -> pd.DataFrame:
    """Return items per period (week starts, Monday) and sentiment label, oldest first.

    Returns:
        Index: period start (naive UTC date); columns: the sentiment labels.
    """
    if facts.empty:
        return pd.DataFrame(columns=list(SENTIMENT_LABELS))
    when = pd.to_datetime(facts["created_at"], utc=True).dt.tz_localize(None)
    period = when.dt.to_period(freq).dt.start_time
    table = pd.crosstab(period, facts["sentiment"].fillna(NONE))
    for label in SENTIMENT_LABELS:
        if label not in table:
            table[label] = 0
    return table[list(SENTIMENT_LABELS)].sort_index()


def categories_by(facts: pd.DataFrame, column: str) -> pd.DataFrame:
    """Return items per category (rows, most frequent first) and ``column`` value (columns)."""
    exploded = facts[["categories", column]].explode("categories")
    exploded["categories"] = exploded["categories"].fillna(NONE)
    table = pd.crosstab(exploded["categories"], exploded[column].fillna(NONE))
    return table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index]


def effort_churn_by_category(facts: pd.DataFrame) -> pd.DataFrame:
    """Return per category: items, negative, effort and churn-risk counts and shares."""
    exploded = facts[["categories", "sentiment", "effort", "churn_risk"]].explode("categories")
    exploded["categories"] = exploded["categories"].fillna(NONE)
    exploded["negative"] = exploded["sentiment"] == "negative"
    exploded["effort"] = exploded["effort"].fillna(False).astype(bool)
    exploded["churn_risk"] = exploded["churn_risk"].fillna(False).astype(bool)
    grouped = exploded.groupby("categories").agg(
        items=("negative", "size"),
        negative=("negative", "sum"),
        effort=("effort", "sum"),
        churn=("churn_risk", "sum"),
    )
    for name in ("negative", "effort", "churn"):
        grouped[f"{name}_share"] = grouped[name] / grouped["items"]
    return grouped.sort_values("items", ascending=False, kind="stable")


def top_topics(facts: pd.DataFrame, topics: pd.DataFrame, limit: int = 12) -> pd.DataFrame:
    """Return the largest topics of the slice with label, keywords per language and shares.

    Args:
        facts: The slice's items.
        topics: ``Store.read_topics()`` (``topic_id, label, keywords, keywords_by_lang``).
        limit: How many topics (outliers, -1, left out).

    Returns:
        ``topic_id, items, negative_share, label, keywords, keywords_by_lang``.
    """
    dated = facts[facts["topic_id"].notna() & (facts["topic_id"] != -1)]
    if dated.empty:
        return pd.DataFrame(
            columns=["topic_id", "items", "negative_share", "label", "keywords", "keywords_by_lang"]
        )
    grouped = (
        dated.assign(negative=dated["sentiment"] == "negative")
        .groupby(dated["topic_id"].astype(int))
        .agg(items=("negative", "size"), negative_share=("negative", "mean"))
        .sort_values("items", ascending=False, kind="stable")
        .head(limit)
        .reset_index()
    )
    described = topics.drop_duplicates("topic_id", keep="last").set_index("topic_id")
    for column in ("label", "keywords", "keywords_by_lang"):
        grouped[column] = [
            described[column].get(t) if column in described else None for t in grouped["topic_id"]
        ]
    return grouped


def emerging(facts: pd.DataFrame, criteria: EmergingCriteria | None = None) -> pd.DataFrame:
    """Return the topics emerging in the newest week of the slice (:func:`emerging_topics`)."""
    rows = facts[facts["topic_id"].notna()][["created_at", "topic_id"]]
    if rows.empty:
        return pd.DataFrame(columns=["topic_id", "period", "items", "lift", "z", "emerging"])
    judged = emerging_topics(rows.astype({"topic_id": int}), criteria, freq="week")
    return judged[judged["emerging"]] if "emerging" in judged else judged


def scores_by(
    facts: pd.DataFrame, scales: Mapping[str, ScoreScale], key: str
) -> dict[str, pd.DataFrame]:
    """Return, per score scale, each category's or topic's rated items, NPS and mean score.

    A source's ``rating`` counts on the scale its config names
    (``score_scale``); sources without one are left out.

    Args:
        facts: The slice's items (``rating``, ``source``, ``categories``, ``topic_id``).
        scales: Source name -> its scale.
        key: ``categories`` or ``topic_id``.

    Returns:
        ``{scale name: frame}`` with ``rated, mean, promoters, detractors,
        net`` (promoter share minus detractor share, x 100: NPS on
        ``nps_0_10``, the net top-box score on the others), per key value.
    """
    out: dict[str, pd.DataFrame] = {}
    rated = facts[facts["rating"].notna() & facts["source"].isin(list(scales))]
    for name in sorted({s.name for s in scales.values()}):
        scale = next(s for s in scales.values() if s.name == name)
        sources = [src for src, s in scales.items() if s.name == name]
        part = rated[rated["source"].isin(sources)].copy()
        if part.empty:
            continue
        part["score"] = pd.to_numeric(part["rating"], errors="coerce")
        part["promoter"] = part["score"] >= scale.promoter_min
        part["detractor"] = part["score"] <= scale.detractor_max
        if key == "categories":
            part = part.explode("categories")
            part["categories"] = part["categories"].fillna(NONE)
        else:
            part = part[part["topic_id"].notna()].astype({"topic_id": int})
        grouped = part.groupby(key).agg(
            rated=("score", "size"),
            mean=("score", "mean"),
            promoters=("promoter", "mean"),
            detractors=("detractor", "mean"),
        )
        grouped["net"] = (grouped["promoters"] - grouped["detractors"]) * 100
        out[name] = grouped.sort_values("rated", ascending=False, kind="stable")
    return out


def drivers(
    facts: pd.DataFrame, topics: pd.DataFrame, scales: Mapping[str, ScoreScale], limit: int = 10
) -> pd.DataFrame:
    """Return the categories and topics that move the score most (:func:`score_drivers`).

    Only sources with a configured ``score_scale`` count. Per scale, the
    strongest negative drivers come first; at most ``limit`` rows per scale.
    """
    rated = facts[facts["rating"].notna() & facts["source"].isin(list(scales))]
    if rated.empty:
        return pd.DataFrame()
    labels = dict(zip(topics["topic_id"], topics["label"], strict=True)) if len(topics) else {}
    table = rated.assign(
        topic_label=[labels.get(t) if pd.notna(t) else None for t in rated["topic_id"]]
    )
    found = score_drivers(table, scales)
    if found.empty:
        return found
    return found.groupby("scale", sort=True, group_keys=False).head(limit)
