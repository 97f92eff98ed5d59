"""Reading the labelled JSON Lines sets used to train and measure models.

Each set lives in ``<data_dir>/<name>/data.jsonl``: one JSON object per line with at
least ``id``, ``text``, ``lang`` and a label field (``sentiment`` for the sentiment sets,
``null`` when the source label could not be mapped).
"""

from __future__ import annotations

import json
from pathlib import Path

SENTIMENT_SETS: list[str] = [
    "polemo2_klej",
    "allegro_reviews",
    "czech_facebook",
    "sentirueval_tweets_ru",
    "sentirueval2015_reviews_ru",
    "twitter_us_airline",
    "uci_sentiment_sentences_en",
    "germeval2017_db_feedback",
]
"""Names of the folders the sentiment model is trained on."""


def read_labelled_jsonl(path: str | Path, label_field: str = "sentiment") -> list[dict]:
    """Return the rows of a JSON Lines file that carry a label.

    Blank lines and rows whose ``label_field`` is missing or null are skipped, as are
    rows with an empty ``text``.

    Args:
        path: The ``.jsonl`` file (UTF-8).
        label_field: Field holding the label.

    Returns:
        The kept rows as dicts, in file order.

    Raises:
        FileNotFoundError: If ``path`` does not exist.
        ValueError: If a line is not valid JSON (the message names the line).
    """
    path = Path(path)
    rows: list[dict] = []
    with path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{line_no}: invalid JSON ({exc.msg})") from exc
            if row.get(label_field) is None or not str(row.get("text") or "").strip():
                continue
            rows.append(row)
    return rows


def load_sentiment_training_rows(data_dir: str | Path) -> list[dict]:
    """Return the labelled rows of every set in :data:`SENTIMENT_SETS`.

    Each row gets a ``dataset`` key with its folder name, so callers can split or
    report per set.

    Args:
        data_dir: Folder holding one sub-folder per set (e.g. ``../shared/data``).

    Returns:
        All rows with a non-null ``sentiment``, set by set in :data:`SENTIMENT_SETS` order.

    Raises:
        FileNotFoundError: If a set's ``data.jsonl`` is missing (the message names it).
    """
    data_dir = Path(data_dir)
    rows: list[dict] = []
    for name in SENTIMENT_SETS:
        path = data_dir / name / "data.jsonl"
        if not path.is_file():
            raise FileNotFoundError(f"sentiment training set missing: {path}")
        for row in read_labelled_jsonl(path, label_field="sentiment"):
            row["dataset"] = name
            rows.append(row)
    return rows
