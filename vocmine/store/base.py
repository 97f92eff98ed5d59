"""The store contract every backend implements.

A store keeps analysed items (redacted, never raw text), quarantined rows,
runs, follow-up cases, cached embeddings and topic descriptions. Writes are
idempotent: writing the same item twice leaves one row.
"""

from __future__ import annotations

import json
import re
from typing import Any

INSIGHT_COLUMNS: tuple[str, ...] = (
    "item_id",
    "source",
    "external_id",
    "channel",
    "created_at",
    "customer_key",
    "conversation_id",
    "rating",
    "content_hash",
    "lang",
    "lang_confidence",
    "sentiment",
    "sentiment_score",
    "sentiment_probabilities",
    "categories",
    "category_scores",
    "aspect_sentiment",
    "learned_categories",
    "effort",
    "effort_signals",
    "effort_probability",
    "churn_risk",
    "signal_reasons",
    "churn_probability",
    "severity",
    "needs_review",
    "review_reasons",
    "topic_id",
    "pii",
    "text_redacted",
    "sentences",
    "error",
    "meta",
    "first_run_id",
    "run_id",
    "analysed_at",
)
"""Columns of the insights table, in order; list-like values are JSON text."""

JSON_COLUMNS: frozenset[str] = frozenset(
    {
        "sentiment_probabilities",
        "categories",
        "category_scores",
        "aspect_sentiment",
        "learned_categories",
        "effort_signals",
        "signal_reasons",
        "pii",
        "review_reasons",
        "sentences",
        "meta",
    }
)
"""Insight columns stored as JSON text and decoded by ``read_insights``."""


_PASSWORD = re.compile(r"(://[^:/@]+:)[^@]*@")


def mask_password(url: str) -> str:
    """Return a store URL with its password (if any) replaced by ``***``, for messages and logs."""
    return _PASSWORD.sub(r"\1***@", url)


def json_text(value: Any) -> str:
    """Return ``value`` as JSON text (list-like columns are stored this way)."""
    return json.dumps(value, ensure_ascii=False, default=str)
