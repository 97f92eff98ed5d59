"""Labels of public category sets mapped to the taxonomy (``resources/category_maps.yaml``).

A set's map turns each row into targets for the taxonomy's categories: 1 (the row
is about the category), 0 (it is not) or -1 (unknown: the set cannot say). See the
YAML file's header for the rules; :func:`mapped_targets` applies them.

Example:
    >>> maps = load_category_maps()
    >>> maps["twitter_us_airline"].keys_for(["Lost Luggage"])
    ['delivery']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import yaml

UNKNOWN = -1
"""Target of a (row, category) pair the set cannot say anything about."""


@dataclass(frozen=True)
class SetMap:
    """How one set's labels map to taxonomy keys.

    Attributes:
        name: The set's folder name.
        fields: Row fields holding the labels; the first with a value is used.
        labels: Source label -> taxonomy keys (``None``: the label does not fit).
        missing: Keys of a row without labels (``None``: such rows are unused).
        default_null: Labels absent from ``labels`` count as ``None`` (else an error).
    """

    name: str
    fields: tuple[str, ...]
    labels: Mapping[str, tuple[str, ...] | None]
    missing: tuple[str, ...] | None = None
    default_null: bool = False
    expressible: tuple[str, ...] = field(default=())

    def keys_for(self, source_labels: Sequence[str]) -> list[str] | None:
        """Return the taxonomy keys of a row's source labels (``None`` if none fits).

        Raises:
            KeyError: For a label the map does not list (unless ``default_null``).
        """
        keys: list[str] = []
        fits = False
        for label in source_labels:
            if label not in self.labels and not self.default_null:
                raise KeyError(f"{self.name}: label {label!r} is not in the category map")
            mapped = self.labels.get(label)
            if mapped is None:
                continue
            fits = True
            keys.extend(k for k in mapped if k not in keys)
        return keys if fits else None

    def source_labels(self, row: Mapping[str, Any]) -> list[str]:
        """Return the row's labels from the first of :attr:`fields` that has a value."""
        for name in self.fields:
            value = row.get(name)
            if isinstance(value, str) and value:
                return [value]
            if isinstance(value, list) and value:
                return [str(v) for v in value]
        return []


def _keys(value: Any, where: str) -> tuple[str, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: expected a list of taxonomy keys or null, got {value!r}")
    return tuple(value)


def load_category_maps(path: str | Path | None = None) -> dict[str, SetMap]:
    """Return the set maps in ``path`` (default: the packaged ``category_maps.yaml``)."""
    if path is None:
        text = (
            resources.files("vocmine.resources").joinpath("category_maps.yaml").read_text("utf-8")
        )
    else:
        text = Path(path).read_text(encoding="utf-8")
    raw = yaml.safe_load(text) or {}
    maps: dict[str, SetMap] = {}
    for name, spec in raw.items():
        labels = {str(k): _keys(v, f"{name}.{k}") for k, v in (spec.get("labels") or {}).items()}
        missing = _keys(spec.get("missing"), f"{name}.missing")
        expressible = sorted({k for keys in labels.values() if keys for k in keys})
        maps[name] = SetMap(
            name=name,
            fields=tuple(spec["fields"]),
            labels=labels,
            missing=missing,
            default_null=bool(spec.get("default_null", False)),
            expressible=tuple(expressible),
        )
    return maps


def mapped_targets(
    rows: Sequence[Mapping[str, Any]], set_map: SetMap, categories: Sequence[str]
) -> tuple[np.ndarray, np.ndarray]:
    """Return the targets of ``rows`` for ``categories`` and which rows are used.

    Args:
        rows: The set's rows.
        set_map: Its map.
        categories: Taxonomy keys, the columns of the result.

    Returns:
        ``targets`` (``(n, len(categories))`` int8 of 1, 0 or :data:`UNKNOWN`) and
        ``used`` (bool per row: it has at least one known target).
    """
    index = {key: i for i, key in enumerate(categories)}
    expressible = [index[k] for k in set_map.expressible if k in index]
    targets = np.full((len(rows), len(categories)), UNKNOWN, dtype=np.int8)
    for r, row in enumerate(rows):
        labels = set_map.source_labels(row)
        if not labels:
            if set_map.missing is None:
                continue
            targets[r, expressible] = 0
            targets[r, [index[k] for k in set_map.missing if k in index]] = 1
            continue
        keys = set_map.keys_for(labels)
        if keys is None:
            continue
        complete = all(set_map.labels.get(label) is not None for label in labels)
        if complete:
            targets[r, expressible] = 0
        targets[r, [index[k] for k in keys if k in index]] = 1
    used = (targets != UNKNOWN).any(axis=1)
    return targets, used
