"""Compare two insight tables, ignoring run ids: did a change alter what a run finds?

Run the sample before and after a change on a fresh store (``make clean run``),
keep each ``out/insights.parquet``, then::

    python scripts/compare_insights.py before.parquet after.parquet

Prints ``IDENTICAL`` (exit 0), or each differing column with a count and an
example (exit 1). Rows are matched by item id; values are compared by ``repr``,
so a NaN equals a NaN and a float must match to the last digit.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

IGNORED = ("run_id",)
"""Columns that differ between any two runs."""


def read_table(path: Path) -> pd.DataFrame:
    """Return the insight table sorted by item id, without the ignored columns."""
    table = pd.read_parquet(path)
    return table.drop(columns=[c for c in IGNORED if c in table]).sort_values("id")


def differences(before: pd.DataFrame, after: pd.DataFrame) -> list[str]:
    """Return one line per difference between the two tables (empty: identical)."""
    if list(before.columns) != list(after.columns):
        return [f"columns differ: {sorted(set(before.columns) ^ set(after.columns))}"]
    if list(before["id"]) != list(after["id"]):
        return [f"items differ: {len(set(before['id']) ^ set(after['id']))} ids in one only"]
    lines = []
    for column in before.columns:
        left = before[column].map(repr).to_numpy()
        right = after[column].map(repr).to_numpy()
        changed = left != right
        if changed.any():
            i = int(changed.argmax())
            lines.append(
                f"{column}: {int(changed.sum())} rows differ, e.g. item {before['id'].iloc[i]}: "
                f"{left[i][:100]} -> {right[i][:100]}"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    """Compare the two files named on the command line; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    lines = differences(read_table(args.before), read_table(args.after))
    print("\n".join(lines) if lines else "IDENTICAL")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
