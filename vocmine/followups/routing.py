"""Routing: which owner team a follow-up case goes to.

A route names a team and the case facts it takes: categories, languages,
channels and sources. Every non-empty list must match (a case is routed on
its main category, the highest-scoring one, so a delivery complaint that
mentions the invoice in passing still goes to logistics); an empty list
matches anything. The first matching route wins, so put the specific routes first;
a case no route takes goes to the default team. The same routes feed
:func:`department_root_causes`, the per-department sheet of top complaint
categories with example (redacted) quotes.

Example:
    >>> routes = [RouteRule(team="finance-care", categories=["billing"]),
    ...           RouteRule(team="pl-care", languages=["pl"])]
    >>> owner_team(routes, "care", categories=["billing"], lang="pl")
    'finance-care'
    >>> owner_team(routes, "care", categories=["delivery"], lang="pl")
    'pl-care'
    >>> owner_team(routes, "care", categories=["delivery"], lang="de")
    'care'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd
from pydantic import BaseModel, Field


class RouteRule(BaseModel):
    """One routing rule (a ``followups.routes`` entry of the config).

    Attributes:
        team: The owner team cases matching this rule go to.
        categories: Categories taken (any of the case's categories).
        languages: Customer languages taken (ISO 639-1).
        channels: Channels taken (``ticket``, ``chat``, ``review`` ...).
        sources: Configured source names taken.
    """

    team: str
    categories: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    channels: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)

    def matches(
        self,
        categories: Iterable[str] = (),
        lang: str | None = None,
        channel: str | None = None,
        source: str | None = None,
    ) -> bool:
        """Return whether a case with these facts is taken by this rule."""
        if self.categories and not set(self.categories) & set(categories):
            return False
        if self.languages and lang not in self.languages:
            return False
        if self.channels and channel not in self.channels:
            return False
        return not (self.sources and source not in self.sources)


def owner_team(
    routes: Sequence[RouteRule],
    default_team: str,
    categories: Iterable[str] = (),
    lang: str | None = None,
    channel: str | None = None,
    source: str | None = None,
) -> str:
    """Return the team of the first route a case matches, else ``default_team``.

    Args:
        routes: Rules in priority order.
        default_team: Team of cases no rule takes.
        categories: The case's categories, main first; routes look at the
            main one only.
        lang: Customer's language.
        channel: Channel of the opening item.
        source: Source name of the opening item.
    """
    cats = list(categories)[:1]
    for route in routes:
        if route.matches(cats, lang, channel, source):
            return route.team
    return default_team


ROOT_CAUSE_COLUMNS: tuple[str, ...] = (
    "team",
    "category",
    "items",
    "churn_risk",
    "mean_severity",
    "top_topics",
    "example_quotes",
)
UNACTIONABLE = frozenset({"other", "praise"})


def department_root_causes(
    insights: pd.DataFrame,
    routes: Sequence[RouteRule],
    default_team: str,
    top_n: int = 5,
    examples: int = 2,
    quote_chars: int = 200,
) -> pd.DataFrame:
    """Return each owner team's top complaint categories with example quotes.

    Every negative insight counts once per actionable category, under the
    team the routes give that category (with the item's language, channel
    and source), so a billing complaint reaches finance even when the item
    also mentions delivery.

    Args:
        insights: Stored insights (``Store.read_insights()``: ``categories``
            decoded to lists; ``sentiment``, ``severity``, ``churn_risk``,
            ``topic_id``, ``text_redacted``, ``lang``, ``channel``, ``source``).
        routes: Routing rules (``FollowupRules.routes``).
        default_team: Team of what no route takes.
        top_n: Categories kept per team, most items first.
        examples: Redacted quotes per row, most severe first.
        quote_chars: Quotes are cut to this length.

    Returns:
        One row per team and category with :data:`ROOT_CAUSE_COLUMNS`;
        ``top_topics`` lists up to three topic ids, ``example_quotes`` joins
        the redacted quotes with `` | ``.
    """
    rows = []
    if insights.empty:
        return pd.DataFrame(columns=list(ROOT_CAUSE_COLUMNS))
    negative = insights[insights["sentiment"] == "negative"]
    if "error" in negative:
        negative = negative[negative["error"].isna()]
    for record in negative.to_dict("records"):
        for category in record.get("categories") or ():
            if category in UNACTIONABLE:
                continue
            team = owner_team(
                routes,
                default_team,
                [category],
                record.get("lang"),
                record.get("channel"),
                record.get("source"),
            )
            rows.append({**record, "team": team, "category": category})
    if not rows:
        return pd.DataFrame(columns=list(ROOT_CAUSE_COLUMNS))
    frame = pd.DataFrame(rows)
    out = []
    for (group_team, group_category), group in frame.groupby(["team", "category"], sort=False):
        ranked = group.sort_values("severity", ascending=False)
        topic_ids = ranked["topic_id"].dropna()
        topics = topic_ids[topic_ids >= 0].astype(int).value_counts().index[:3].tolist()
        quotes = [
            str(text)[:quote_chars] for text in ranked["text_redacted"].head(examples) if text
        ]
        out.append(
            {
                "team": group_team,
                "category": group_category,
                "items": len(group),
                "churn_risk": int(group["churn_risk"].fillna(False).astype(bool).sum()),
                "mean_severity": round(float(group["severity"].mean()), 3),
                "top_topics": topics,
                "example_quotes": " | ".join(quotes),
            }
        )
    result = pd.DataFrame(out).sort_values(["team", "items"], ascending=[True, False])
    return result.groupby("team").head(top_n).reset_index(drop=True)[list(ROOT_CAUSE_COLUMNS)]
