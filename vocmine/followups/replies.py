"""Reply drafts: a short acknowledgement and thank-you in the customer's language.

Templates are data (``vocmine/resources/reply_templates.yaml``): per language
a frame, a churn-risk line and per category the phrase that names what the
customer wrote about. :func:`draft_reply` fills them with the case facts
(reference, due date, category, churn risk) for the agent to check and send.

Example:
    >>> from datetime import datetime, UTC
    >>> case = {"case_id": "case-0123456789ab", "external_id": "T-7", "lang": "en",
    ...         "categories": ["billing"], "reasons": ["negative"],
    ...         "due_at": datetime(2026, 11, 21, tzinfo=UTC)}
    >>> print(draft_reply(case, signature="Anna, finance care").splitlines()[1])
    thank you for telling us about your bill (ref. T-7), and we are sorry for the trouble. We are looking into it and will get back to you by 2026-11-21.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

FALLBACK_LANGUAGE = "en"
DEFAULT_SIGNATURE = "Customer care"


@cache
def _packaged_templates() -> dict[str, Any]:
    text = resources.files("vocmine").joinpath("resources/reply_templates.yaml").read_text("utf-8")
    return yaml.safe_load(text)["languages"]


def reply_templates(path: Path | None = None) -> dict[str, Any]:
    """Return the templates by language (the packaged ones when ``path`` is None)."""
    if path is None:
        return _packaged_templates()
    return yaml.safe_load(path.read_text("utf-8"))["languages"]


def reply_category(case: Mapping[str, Any], topics: Mapping[str, str]) -> str:
    """Return the first of the case's categories a template names, else ``default``."""
    for category in case.get("categories") or ():
        if category in topics:
            return category
    return "default"


def draft_reply(
    case: Mapping[str, Any],
    signature: str | None = None,
    templates: Mapping[str, Any] | None = None,
) -> str:
    """Return the acknowledgement for a case, in the customer's language.

    Args:
        case: A case as the store returns it (``lang``, ``categories``,
            ``reasons``, ``external_id``, ``due_at``).
        signature: Who signs (agent or team); default: ``Customer care``.
        templates: Templates by language; default: the packaged ones.

    Returns:
        The filled reply; English when the case's language has no template.
    """
    by_lang = templates if templates is not None else reply_templates()
    case_lang = case.get("lang")
    lang = case_lang if isinstance(case_lang, str) and case_lang in by_lang else FALLBACK_LANGUAGE
    template = by_lang[lang]
    topics = template["topics"]
    churn = "churn_risk" in (case.get("reasons") or ())
    return template["frame"].format(
        topic=topics[reply_category(case, topics)],
        reference=case.get("external_id") or case["case_id"],
        due=case["due_at"].strftime(template["date_format"]),
        churn_line=template["churn_line"] if churn else "",
        signature=signature or DEFAULT_SIGNATURE,
    )
