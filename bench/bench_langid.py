"""Benchmark language identification on the labelled sets in /work/shared/data.

Samples up to ``--per-set`` texts from each single-language set (seed 0), runs
:class:`vocmine.lang.LanguageDetector` without hints and prints accuracy
(overall and on texts under 60 characters), the share decided by each method,
and throughput.

Run:
    .venv/bin/python bench/bench_langid.py [--data /work/shared/data] [--per-set 1000]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from pathlib import Path

from vocmine.lang import LanguageDetector

SETS = {
    "polemo2_klej": "pl",
    "allegro_reviews": "pl",
    "czech_facebook": "cs",
    "sentirueval_tweets_ru": "ru",
    "sentirueval2015_reviews_ru": "ru",
    "twitter_us_airline": "en",
    "banking77": "en",
    "germeval2017_db_feedback": "de",
}
SHORT_CHARS = 60


def read_sample(path: Path, per_set: int, seed: int) -> list[tuple[str, str]]:
    """Return up to ``per_set`` (text, lang) pairs sampled from one data.jsonl."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row.get("text") and row.get("lang"):
                rows.append((row["text"], row["lang"]))
    rng = random.Random(seed)
    return rng.sample(rows, min(per_set, len(rows)))


def main() -> None:
    """Print a per-set accuracy and speed table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--per-set", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    detector = LanguageDetector()
    detector.detect("warm up the profiles")
    header = f"{'set':28} {'lang':4} {'n':>5} {'acc':>6} {'n<60':>5} {'acc<60':>7} {'texts/s':>8}"
    print(header)
    print("-" * len(header))
    totals = Counter()
    methods = Counter()
    confusions = Counter()
    elapsed_total = 0.0
    for name, lang in SETS.items():
        sample = read_sample(args.data / name / "data.jsonl", args.per_set, args.seed)
        texts = [text for text, _ in sample]
        start = time.perf_counter()
        guesses = detector.detect_many(texts)
        elapsed = time.perf_counter() - start
        elapsed_total += elapsed
        ok = [g.lang == gold for g, (_, gold) in zip(guesses, sample, strict=True)]
        short = [hit for hit, text in zip(ok, texts, strict=True) if len(text) < SHORT_CHARS]
        methods.update(g.method for g in guesses)
        confusions.update(
            f"{gold}->{g.lang}"
            for g, (_, gold) in zip(guesses, sample, strict=True)
            if g.lang != gold
        )
        totals.update(n=len(ok), ok=sum(ok), n_short=len(short), ok_short=sum(short))
        short_acc = f"{sum(short) / len(short):7.1%}" if short else "      -"
        print(
            f"{name:28} {lang:4} {len(ok):5d} {sum(ok) / len(ok):6.1%} {len(short):5d} "
            f"{short_acc} {len(ok) / elapsed:8.0f}"
        )
    print("-" * len(header))
    print(
        f"{'ALL':28} {'':4} {totals['n']:5d} {totals['ok'] / totals['n']:6.1%} "
        f"{totals['n_short']:5d} {totals['ok_short'] / max(totals['n_short'], 1):7.1%} "
        f"{totals['n'] / elapsed_total:8.0f}"
    )
    print("methods:", dict(methods))
    print("top confusions:", confusions.most_common(8))


if __name__ == "__main__":
    main()
