"""Effort share, each effort signal's count and the churn share of a store's insights::

PYTHONPATH=. python scripts/signal_shares.py duckdb:///var/vocmine.duckdb
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from vocmine.store import open_store


def main() -> None:
    """Print the shares as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store_url")
    args = parser.parse_args()
    with open_store(args.store_url) as store:
        frame = store.read_insights()
    signals = Counter(s for listed in frame["effort_signals"] for s in (listed or []))
    print(
        json.dumps(
            {
                "items": len(frame),
                "effort": int(frame["effort"].sum()),
                "effort_pct": round(100 * float(frame["effort"].mean()), 1),
                "churn": int(frame["churn_risk"].sum()),
                "churn_pct": round(100 * float(frame["churn_risk"].mean()), 1),
                "signals": dict(sorted(signals.items())),
            }
        )
    )


if __name__ == "__main__":
    main()
