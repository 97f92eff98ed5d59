"""Reply drafts in the customer's language."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import yaml

from vocmine import SUPPORTED_LANGUAGES
from vocmine.followups.replies import draft_reply, reply_templates

DUE = datetime(2026, 11, 23, 13, 0, tzinfo=UTC)


def case(lang, categories=("delivery",), reasons=("negative",)):
    return {
        "case_id": "case-0123456789ab",
        "external_id": "ZK-4711",
        "lang": lang,
        "categories": list(categories),
        "reasons": list(reasons),
        "due_at": DUE,
    }


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("pl", "w sprawie dostawy zamówienia (nr ZK-4711)"),
        ("cs", "ohledně doručení zásilky (č. ZK-4711)"),
        ("sk", "ohľadom doručenia zásielky (č. ZK-4711)"),
        ("ru", "по поводу доставки заказа (№ ZK-4711)"),
        ("uk", "щодо доставки замовлення (№ ZK-4711)"),
        ("en", "about your delivery (ref. ZK-4711)"),
        ("de", "zu Ihrer Lieferung (Nr. ZK-4711)"),
    ],
)
def test_reply_in_customers_language_filled_with_case_facts(lang, expected):
    reply = draft_reply(case(lang), signature="Olga, logistics care")
    assert expected in reply
    assert ("2026-11-23" if lang == "en" else "23.11.2026") in reply
    assert reply.endswith("Olga, logistics care")
    assert "{" not in reply


def test_every_language_has_every_category_and_the_same_placeholders():
    templates = reply_templates()
    assert set(templates) == set(SUPPORTED_LANGUAGES)
    topic_keys = {lang: set(t["topics"]) for lang, t in templates.items()}
    assert len({frozenset(keys) for keys in topic_keys.values()}) == 1
    assert "default" in topic_keys["en"] and "billing" in topic_keys["en"]
    for template in templates.values():
        for placeholder in ("{topic}", "{reference}", "{due}", "{churn_line}", "{signature}"):
            assert placeholder in template["frame"]


def test_category_choice_churn_line_and_fallbacks():
    billing = draft_reply(case("cs", categories=["other_thing", "billing"], reasons=["churn_risk"]))
    assert "ohledně vyúčtování a faktury" in billing
    assert "Velmi si vážíme Vaší důvěry." in billing
    assert "důvěry" not in draft_reply(case("cs"))
    assert "Państwa doświadczeń z nami" in draft_reply(case("pl", categories=[]))
    assert draft_reply(case("fr")).startswith("Hello,")
    assert draft_reply(case("en")).endswith("Customer care")


def test_custom_templates_file(tmp_path):
    path = tmp_path / "replies.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "languages": {
                    "en": {
                        "date_format": "%d %b",
                        "frame": "Hi! About {topic} ({reference}), by {due}.{churn_line} {signature}",
                        "churn_line": "",
                        "topics": {"default": "your order"},
                    }
                }
            }
        ),
        encoding="utf-8",
    )
    reply = draft_reply(case("sk"), signature="Team", templates=reply_templates(path))
    assert reply == "Hi! About your order (ZK-4711), by 23 Nov. Team"
