"""Label corrections: which labels an analyst may correct, and what a valid value is.

A correction is kept beside the model's label, never over it
(:meth:`Store.add_corrections`); :func:`labels_of` gives an item's model
labels, its corrections and the labels that count (a correction wins).

Example:
    >>> clean_correction({"sentiment": "negative", "categories": ["pricing"]}, ["pricing", "delivery"])
    {'sentiment': 'negative', 'categories': ['pricing']}
    >>> clean_correction({"sentiment": "angry"}, ["pricing"])
    Traceback (most recent call last):
    ...
    vocmine.errors.CorrectionError: sentiment must be one of negative, neutral, positive, not 'angry'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from vocmine.errors import CorrectionError, ItemNotFoundError
from vocmine.protocols import Store
from vocmine.schemas import SENTIMENT_LABELS

CORRECTABLE_FIELDS: tuple[str, ...] = ("sentiment", "categories", "churn_risk", "effort")
"""Item labels an analyst can correct."""


def clean_correction(values: Mapping[str, Any], category_keys: Sequence[str]) -> dict[str, Any]:
    """Return a correction's values checked and normalised (categories sorted, unique).

    Args:
        values: Field -> corrected value; ``None`` values are ignored (a
            form's untouched field).
        category_keys: The taxonomy's categories.

    Raises:
        CorrectionError: An unknown field, an invalid value, or nothing to correct.
    """
    unknown = sorted(set(values) - set(CORRECTABLE_FIELDS))
    if unknown:
        raise CorrectionError(
            f"cannot correct {', '.join(unknown)}; correctable: {', '.join(CORRECTABLE_FIELDS)}"
        )
    cleaned: dict[str, Any] = {}
    for field in CORRECTABLE_FIELDS:
        value = values.get(field)
        if value is None:
            continue
        if field == "sentiment":
            if value not in SENTIMENT_LABELS:
                raise CorrectionError(
                    f"sentiment must be one of {', '.join(SENTIMENT_LABELS)}, not {value!r}"
                )
            cleaned[field] = value
        elif field == "categories":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise CorrectionError("categories must be a list of category names")
            bad = sorted(set(value) - set(category_keys))
            if bad:
                raise CorrectionError(
                    f"unknown categories {', '.join(bad)}; known: {', '.join(category_keys)}"
                )
            cleaned[field] = sorted(set(value), key=list(category_keys).index)
        else:
            if not isinstance(value, bool):
                raise CorrectionError(f"{field} must be true or false, not {value!r}")
            cleaned[field] = value
    if not cleaned:
        raise CorrectionError(
            f"nothing to correct: give at least one of {', '.join(CORRECTABLE_FIELDS)}"
        )
    return cleaned


def model_labels(insight: Mapping[str, Any]) -> dict[str, Any]:
    """Return the model's value of each correctable field of a stored item."""
    return {
        "sentiment": insight.get("sentiment"),
        "categories": list(insight.get("categories") or []),
        "churn_risk": _bool(insight.get("churn_risk")),
        "effort": _bool(insight.get("effort")),
    }


def labels_of(
    insight: Mapping[str, Any], corrections: Mapping[str, Mapping[str, Any]]
) -> dict[str, dict[str, Any]]:
    """Return ``model``, ``corrected`` (only corrected fields) and ``labels`` (what counts)."""
    model = model_labels(insight)
    corrected = {field: c["value"] for field, c in corrections.items()}
    return {"model": model, "corrected": corrected, "labels": {**model, **corrected}}


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def training_rows(store: Store) -> list[dict[str, Any]]:
    """Return one training row per corrected item, in the format ``vocmine train`` reads.

    Each row has ``id``, ``text`` (the redacted text: the store never holds
    the raw one), ``lang``, ``source``, and the item's current corrected
    labels under their own names (``sentiment``, ``categories``,
    ``churn_risk``, ``effort``): only the fields an analyst corrected, so
    ``vocmine train sentiment --data`` and ``vocmine train categories
    --label-field categories`` each read the rows that carry their label.
    Also ``corrected_by`` and ``corrected_at`` (the newest correction).
    """
    current: dict[str, dict[str, Any]] = {}
    for correction in store.list_corrections():  # oldest first: newer values replace older
        current.setdefault(correction["item_id"], {})[correction["field"]] = correction
    rows = []
    for item_id in sorted(current):
        try:
            insight = store.get_insight(item_id)
        except ItemNotFoundError:
            continue
        fields = current[item_id]
        newest = max(fields.values(), key=lambda r: r["correction_id"])
        row: dict[str, Any] = {
            "id": item_id,
            "text": insight.get("text_redacted") or "",
            "lang": insight.get("lang"),
            "source": insight.get("source"),
        }
        row.update({field: c["value"] for field, c in fields.items()})
        row["corrected_by"] = newest["actor"]
        row["corrected_at"] = newest["at"].isoformat() if newest["at"] else None
        rows.append(row)
    return rows
