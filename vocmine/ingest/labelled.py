"""Read vocmine's own labelled JSON Lines sets (check sets and training items).

Each row has ``id``, ``lang``, ``text`` and gold fields (``sentiment``,
``categories``, ``effort_signals``, ``churn_risk`` ...), and a ``split`` that says
which part it belongs to (``dev``/``blind`` in a check set, ``train``/``holdout``
in a training set).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

SPENT_CHECK_SETS: tuple[str, ...] = (
    "realistic_blind2",
    "realistic_blind3",
    "realistic_blind4",
    "realistic_blind5",
    "realistic_blind6",
    "realistic_blind7",
    "realistic_blind8",
    "realistic_blind9",
    "realistic_blind10",
    "realistic_blind11",
    "realistic_blind12",
    "realistic_blind13",
    "realistic_blind14",
    "realistic_blind15",
)
"""Check sets under ``data/eval`` whose blind looks are spent (development data since).
Both category heads (``scripts/train_category_head.py --spent-check-sets``) learn from
every item of them; the escalation's verdict head from those of
:data:`VERDICT_CHECK_SETS`; the static verdict head and the churn head from none
(measured held out, neither gained: docs/benchmarks/verdict_checkset_lodo.md, stop 53,
and docs/benchmarks/churn_head.md, stop 52). A set joins when its last look is used;
the sets still blind are never listed here."""

VERDICT_CHECK_SETS: tuple[str, ...] = tuple(
    name
    for name in SPENT_CHECK_SETS
    if name
    not in (
        "realistic_blind9",
        "realistic_blind11",
        "realistic_blind13",
        "realistic_blind14",
        "realistic_blind15",
    )
)
"""The spent check sets the escalation's verdict head learns from
(``scripts/train_verdict_head.py --spent-check-sets``): those spent by stop 52. With
``realistic_blind9``, ``11`` and ``13`` too (spent at stop 57) it read the blind set
``realistic_blind14`` worse (sentiment 0.848 -> 0.833), and the short-message holdout
too (0.793 -> 0.779, the head alone), so it was not refitted (docs/benchmarks/verdict_checkset_lodo.md, stop 57);
nor for ``realistic_blind14`` and ``15`` (spent at stop 58)."""


def read_labelled_rows(paths: Iterable[Path], split: str | None = None) -> list[dict[str, Any]]:
    """Return the rows of labelled JSONL files (``.jsonl``, or folders of them).

    Used for vocmine's own labelled sets: the check set ``data/eval/realistic`` and
    the training items ``data/train/support``.

    Args:
        paths: JSONL files, or folders whose ``*.jsonl`` files are read in name order.
        split: Keep only rows of this split (``None``: all rows).

    Raises:
        FileNotFoundError: If a path does not exist or a folder holds no ``.jsonl``.
        ValueError: If a row has no ``id`` or ``text``, or an id repeats.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(path.glob("*.jsonl"))
            if not found:
                raise FileNotFoundError(f"no .jsonl files in {path}")
            files += found
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(f"labelled rows not found: {path}")
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for file in files:
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if not row.get("id") or not isinstance(row.get("text"), str):
                raise ValueError(f"{file}:{number}: a labelled row needs id and text")
            if row["id"] in seen:
                raise ValueError(f"{file}:{number}: id {row['id']!r} repeats")
            seen.add(row["id"])
            if split is None or row.get("split") == split:
                rows.append(row)
    return rows
