"""Routing follow-up cases to owner teams."""

from __future__ import annotations

import pytest

from vocmine.config import load_settings
from vocmine.followups.routing import RouteRule, owner_team

ROUTES = [
    RouteRule(team="finance-care", categories=["billing", "pricing"]),
    RouteRule(team="social-pl", languages=["pl"], channels=["social"]),
    RouteRule(team="pl-care", languages=["pl"]),
    RouteRule(team="app-store-desk", sources=["app_reviews"]),
]


@pytest.mark.parametrize(
    ("categories", "lang", "channel", "source", "team"),
    [
        (["billing"], "pl", "social", "tickets", "finance-care"),  # first match wins
        (["pricing", "delivery"], "de", "ticket", "tickets", "finance-care"),  # main category
        (["delivery", "pricing"], "de", "ticket", "tickets", "care"),  # only the main one counts
        (["delivery"], "pl", "social", "tweets", "social-pl"),  # all lists must match
        (["delivery"], "pl", "chat", "web_chats", "pl-care"),
        (["staff_attitude"], "cs", "review", "app_reviews", "app-store-desk"),
        (["delivery"], "uk", "chat", "web_chats", "care"),  # default
        ([], None, None, None, "care"),
    ],
)
def test_first_matching_route_wins(categories, lang, channel, source, team):
    assert owner_team(ROUTES, "care", categories, lang, channel, source) == team


def test_empty_rule_takes_everything():
    assert RouteRule(team="all").matches(["x"], "sk", "chat", "s")


def test_routes_load_from_config_and_env(tmp_path, monkeypatch):
    config = tmp_path / "vocmine.yaml"
    config.write_text(
        "followups:\n"
        "  default_team: cx\n"
        "  routes:\n"
        "    - {team: logistics, categories: [delivery], languages: [cs, sk]}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("VOCMINE_FOLLOWUPS__WEBHOOK_URL", "http://127.0.0.1:9/hook")
    rules = load_settings(config).followups
    assert rules.routes[0] == RouteRule(
        team="logistics", categories=["delivery"], languages=["cs", "sk"]
    )
    assert owner_team(rules.routes, rules.default_team, ["delivery"], "sk") == "logistics"
    assert owner_team(rules.routes, rules.default_team, ["delivery"], "pl") == "cx"
    assert rules.webhook_url == "http://127.0.0.1:9/hook"


def test_shipped_config_routes_billing_to_finance():
    rules = load_settings().followups
    assert owner_team(rules.routes, rules.default_team, ["billing"], "pl") == "finance-care"
    assert owner_team(rules.routes, rules.default_team, ["staff_attitude"], "pl") == "pl-care"


def test_department_root_causes_routes_each_category_to_its_team():
    import pandas as pd

    from vocmine.followups.routing import department_root_causes

    insights = pd.DataFrame(
        [
            {
                "sentiment": "negative",
                "categories": ["billing", "delivery"],
                "severity": 0.9,
                "churn_risk": True,
                "topic_id": 3,
                "text_redacted": "Faktura zawyżona, a paczka nie dotarła. Dzwońcie: [PHONE]",
                "lang": "pl",
                "channel": "ticket",
                "source": "tickets",
                "error": None,
            },
            {
                "sentiment": "negative",
                "categories": ["billing"],
                "severity": 0.6,
                "churn_risk": False,
                "topic_id": 3,
                "text_redacted": "Счёт выставлен дважды.",
                "lang": "ru",
                "channel": "chat",
                "source": "web_chats",
                "error": None,
            },
            {
                "sentiment": "positive",
                "categories": ["praise"],
                "severity": 0.0,
                "churn_risk": False,
                "topic_id": -1,
                "text_redacted": "Super obsługa!",
                "lang": "pl",
                "channel": "review",
                "source": "shop_reviews",
                "error": None,
            },
        ]
    )
    frame = department_root_causes(insights, ROUTES, "care")
    rows = {(r["team"], r["category"]): r for r in frame.to_dict("records")}
    assert set(rows) == {("finance-care", "billing"), ("pl-care", "delivery")}
    billing = rows[("finance-care", "billing")]
    assert (billing["items"], billing["churn_risk"], billing["top_topics"]) == (2, 1, [3])
    assert billing["example_quotes"].startswith("Faktura zawyżona")
    assert "Счёт выставлен дважды." in billing["example_quotes"]
    assert "[PHONE]" in billing["example_quotes"]
    assert department_root_causes(insights.iloc[2:], ROUTES, "care").empty
