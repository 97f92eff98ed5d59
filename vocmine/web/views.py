"""What the app shows of a case or an item, as plain JSON-ready dicts.

Only redacted text leaves the store (``text_redacted``; the store never
holds the raw text), and never the customer's pseudonym key: the other
contacts of a customer are looked up on the server.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from vocmine.workspace.corrections import labels_of

CASE_FIELDS: tuple[str, ...] = (
    "item_id",
    "external_id",
    "source",
    "channel",
    "status",
    "priority",
    "team",
    "owner",
    "lang",
    "categories",
    "reasons",
    "severity",
    "contacts",
    "version",
)


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, datetime) else value


def case_json(case: Mapping[str, Any], now: datetime) -> dict[str, Any]:
    """Return a case's public fields; ``overdue`` is an open case past its due time."""
    out: dict[str, Any] = {"id": case["case_id"]}
    out.update({name: case.get(name) for name in CASE_FIELDS})
    for stamp in ("due_at", "opened_at", "updated_at", "first_contact_at", "resolved_at"):
        out[stamp] = _iso(case.get(stamp))
    due = case.get("due_at")
    out["overdue"] = bool(
        due is not None and case.get("status") not in ("resolved", "closed") and due < now
    )
    return out


def event_json(event: Mapping[str, Any]) -> dict[str, Any]:
    """Return one audit event of a case."""
    return {
        "at": _iso(event.get("at")),
        "actor": event.get("actor"),
        "action": event.get("action"),
        "from_status": event.get("from_status"),
        "to_status": event.get("to_status"),
        "owner": event.get("owner"),
        "note": event.get("note"),
        "version": event.get("version"),
    }


def item_json(insight: Mapping[str, Any], corrections: Mapping[str, Mapping[str, Any]]) -> dict:
    """Return an item: redacted text, model labels with confidences, corrections, sentences."""
    labels = labels_of(insight, corrections)
    return {
        "id": insight["item_id"],
        "source": insight.get("source"),
        "external_id": insight.get("external_id"),
        "channel": insight.get("channel"),
        "lang": insight.get("lang"),
        "created_at": _iso(insight.get("created_at")),
        "rating": insight.get("rating"),
        "text": insight.get("text_redacted") or "",
        "model": labels["model"],
        "corrected": labels["corrected"],
        "labels": labels["labels"],
        "confidence": {
            "sentiment": insight.get("sentiment_probabilities") or {},
            "categories": insight.get("category_scores") or {},
            "churn_risk": insight.get("churn_probability"),
            "effort": insight.get("effort_probability"),
        },
        "corrections": {
            field: {
                "value": c["value"],
                "model_value": c["model_value"],
                "by": c["actor"],
                "at": _iso(c["at"]),
            }
            for field, c in corrections.items()
        },
        "sentences": _sentences(insight.get("sentences") or []),
        "needs_review": bool(insight.get("needs_review")),
        "review_reasons": insight.get("review_reasons") or [],
        "topic_id": insight.get("topic_id"),
        "signals": insight.get("signal_reasons") or {},
    }


def _sentences(sentences: Sequence[Any]) -> list[dict[str, Any]]:
    out = []
    for sentence in sentences:
        if isinstance(sentence, Mapping):
            out.append(
                {
                    "text": sentence.get("text", ""),
                    "sentiment": sentence.get("sentiment"),
                    "score": sentence.get("sentiment_score"),
                    "categories": list(sentence.get("categories") or []),
                }
            )
    return out
