"""Train, measure and save the shipped sentiment model.

The recipe is :func:`vocmine.sentiment.train.train_sentiment_model` (its module docstring
lists the steps); this script runs it through ``vocmine train sentiment``, so both take
the same options with the same defaults (``--help`` lists them), and adds the
classifier's per-expert log lines to the progress on stderr.

Usage (``make train-sentiment``; v3 was ``--embed-per-set 3000 --embed-dev-per-set 1000``,
v2 ``--embed-per-set 1000 --embed-dev-per-set 1000 --fusion-folds 0``):
    .venv/bin/python scripts/train_sentiment.py --data-dir ../shared/data --out models/sentiment/v4
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from a checkout without installing
    sys.path.insert(0, str(REPO))

import typer  # noqa: E402

from vocmine.cli.train import train_sentiment  # noqa: E402

cli = typer.Typer(add_completion=False)
cli.command()(train_sentiment)


def main(argv: list[str] | None = None) -> int:
    """Run ``vocmine train sentiment`` with ``argv`` (default: the command line).

    Returns:
        The exit code (0 on success, 2 on bad options or data).
    """
    logging.basicConfig(
        level=logging.INFO,
        format="[%(asctime)s] %(message)s",
        datefmt="%H:%M:%S",
        stream=sys.stderr,
    )
    args = sys.argv[1:] if argv is None else argv
    try:
        cli(args, prog_name="train_sentiment.py")
    except SystemExit as exc:  # click ends every run with sys.exit
        return exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
