"""Benchmark language identification on the labelled sets in /work/shared/data.

Samples up to ``--per-set`` texts from each single-language set (seed 0) and runs,
in one process on the same texts and without hints, side by side:

- ``shipped``: :class:`vocmine.lang.LanguageDetector` as configured by default
  (telltale letters, then lingua high-accuracy, cues for cs/sk and ru/uk, fallbacks);
- ``shipped-langdetect`` / ``shipped-lingua-low``: the same detector with the
  langdetect backend (the previous default) or lingua in low-accuracy mode;
- ``shipped-no-letters``: the default detector with the letter pre-check only
  narrowing candidates, never deciding (every text goes to lingua);
- ``langdetect``: raw langdetect restricted to the seven languages (seeded);
- ``lingua-low`` / ``lingua-high``: raw lingua restricted to the seven languages, in
  low- and high-accuracy mode, on the raw text (as a user would call it);
- ``lingua-high-clean``: lingua high-accuracy on the same cleaned text the shipped
  detector sees (URLs, mentions, digits and emoji removed).

Raw detectors that return nothing count as wrong. It prints accuracy overall, on
texts under 60 characters and per set, texts/s on one thread (every detector is
warmed up first, so model loading is excluded and reported separately), the 2-thread
figure for lingua's parallel batch call (rayon uses one thread per core: 2 here) and
for the shipped detector with ``LinguaBackend(parallel=True)``, the sk/uk check sentences (data/eval/sentiment_sk_uk.jsonl and the native
sentences of tests/lang/test_lang.py), and the cs/sk and ru/uk confusions.

Run:
    .venv/bin/python bench/bench_langid.py [--data /work/shared/data] [--per-set 1000]
        [--repeat 3] [--only shipped,lingua-high]
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import random
import resource
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from vocmine import SUPPORTED_LANGUAGES
from vocmine.lang import LanguageDetector, LinguaBackend
from vocmine.lang.cues import clean_for_detection

REPO = Path(__file__).resolve().parents[1]
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
CHECK_SET = REPO / "data" / "eval" / "sentiment_sk_uk.jsonl"
TEST_FILE = REPO / "tests" / "test_lang.py"
TEST_LISTS = ("NATIVE_SENTENCES", "CLOSE_PAIR_SENTENCES")
SHORT_CHARS = 60
PAIRS = (("cs", "sk"), ("ru", "uk"))

Detect = Callable[[Sequence[str]], list[str | None]]


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


def read_check_sentences() -> list[tuple[str, str]]:
    """Return the hand-written (text, lang) pairs: the sk/uk check set and test_lang.py's."""
    pairs = []
    with CHECK_SET.open(encoding="utf-8") as handle:
        pairs += [(row["text"], row["lang"]) for row in map(json.loads, handle)]
    # NATIVE_SENTENCES and CLOSE_PAIR_SENTENCES of test_lang.py, read without importing it.
    for node in ast.parse(TEST_FILE.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in TEST_LISTS for t in node.targets
        ):
            pairs += [tuple(pair) for pair in ast.literal_eval(node.value)]
    return list(dict.fromkeys(pairs))


def shipped(**kwargs: object) -> Detect:
    """Return the vocmine detector (with ``kwargs``) as a batch function."""
    detector = LanguageDetector(**kwargs)  # type: ignore[arg-type]
    return lambda texts: [g.lang for g in detector.detect_many(texts)]


def raw_langdetect() -> Detect:
    """Return langdetect restricted to the supported languages, seeded, on raw text."""
    from vocmine.lang import LangdetectBackend

    backend = LangdetectBackend(seed=0)

    def detect(texts: Sequence[str]) -> list[str | None]:
        rows = backend.probabilities_many(texts, SUPPORTED_LANGUAGES)
        return [max(row, key=row.__getitem__) if row else None for row in rows]

    return detect


def raw_lingua(accuracy: str, clean: bool = False, parallel: bool = False) -> Detect:
    """Return lingua restricted to the supported languages (its own top answer)."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [
        Language.from_iso_code_639_1(IsoCode639_1.from_str(c)) for c in SUPPORTED_LANGUAGES
    ]
    builder = LanguageDetectorBuilder.from_languages(*languages)
    if accuracy == "low":
        builder = builder.with_low_accuracy_mode()
    detector = builder.build()

    def detect(texts: Sequence[str]) -> list[str | None]:
        inputs = [clean_for_detection(t) for t in texts] if clean else list(texts)
        if parallel:
            found = detector.detect_languages_in_parallel_of(inputs)
        else:
            found = [detector.detect_language_of(t) for t in inputs]
        return [f.iso_code_639_1.name.lower() if f is not None else None for f in found]

    return detect


DETECTORS: dict[str, Callable[[], Detect]] = {
    "shipped": shipped,
    "shipped-langdetect": lambda: shipped(backend="langdetect"),
    "shipped-lingua-low": lambda: shipped(backend="lingua-low"),
    "shipped-no-letters": lambda: shipped(letters_decide=False),
    "langdetect": raw_langdetect,
    "lingua-low": lambda: raw_lingua("low"),
    "lingua-high": lambda: raw_lingua("high"),
    "lingua-high-clean": lambda: raw_lingua("high", clean=True),
}
PARALLEL: dict[str, Callable[[], Detect]] = {
    "shipped (parallel lingua)": lambda: shipped(backend=LinguaBackend(parallel=True)),
    "lingua-low (parallel)": lambda: raw_lingua("low", parallel=True),
    "lingua-high (parallel)": lambda: raw_lingua("high", parallel=True),
}


def rss_mb() -> float:
    """Return this process's peak RSS in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(
    detect: Detect, texts: Sequence[str], repeat: int
) -> tuple[list[str | None], float, float]:
    """Return the answers, the best texts/s (wall) and texts per CPU-second over ``repeat`` runs.

    On shared cores the CPU figure is the steadier one for single-threaded detectors;
    for multi-threaded calls it adds up the threads, so only the wall figure counts there.
    """
    best_wall = best_cpu = float("inf")
    answers: list[str | None] = []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        answers = detect(texts)
        best_wall = min(best_wall, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    return answers, len(texts) / best_wall, len(texts) / max(best_cpu, 1e-9)


def pct(hits: Sequence[bool]) -> str:
    """Return the share of true values as a percentage (or '-' for none)."""
    return f"{sum(hits) / len(hits):6.1%}" if hits else "     -"


def main() -> None:
    """Print accuracy, pair confusions and speed of each detector on the same texts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--per-set", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=3, help="best of N timed runs")
    parser.add_argument("--only", default="", help="comma-separated detector names")
    parser.add_argument("--no-parallel", action="store_true", help="skip the 2-thread runs")
    args = parser.parse_args()

    sample = [
        (text, lang, name)
        for name, lang in SETS.items()
        for text, _ in read_sample(args.data / name / "data.jsonl", args.per_set, args.seed)
    ]
    texts = [text for text, _, _ in sample]
    gold = [lang for _, lang, _ in sample]
    checks = read_check_sentences()
    check_texts = [text for text, _ in checks]
    wanted = [n for n in args.only.split(",") if n] or list(DETECTORS)
    print(f"{len(texts)} texts from {len(SETS)} sets; {len(checks)} check sentences")
    print(f"start: peak RSS {rss_mb():.0f} MB; load average {os.getloadavg()[0]:.1f}")

    results: dict[str, dict[str, object]] = {}
    for name in wanted:
        start = time.perf_counter()
        detect = DETECTORS[name]()
        detect(["Warm up the models, please.", "Загрузка моделей.", "Ładowanie modeli."])
        load_s = time.perf_counter() - start
        answers, speed, cpu_speed = timed(detect, texts, args.repeat)
        check_answers = detect(check_texts)
        results[name] = {
            "answers": answers,
            "speed": speed,
            "cpu_speed": cpu_speed,
            "load_s": load_s,
            "rss": rss_mb(),
            "check": check_answers,
        }

    names = list(results)
    print("\n## Accuracy and speed (single thread)")
    print(
        f"{'detector':20} {'acc':>6} {'<60ch':>6} {'texts/s':>8} {'/CPU-s':>8} "
        f"{'load s':>7} {'peak RSS MB':>11}"
    )
    short = [len(text) < SHORT_CHARS for text in texts]
    for name in names:
        answers = results[name]["answers"]
        hits = [a == g for a, g in zip(answers, gold, strict=True)]
        short_hits = [h for h, s in zip(hits, short, strict=True) if s]
        print(
            f"{name:20} {pct(hits)} {pct(short_hits)} {results[name]['speed']:8.0f} "
            f"{results[name]['cpu_speed']:8.0f} {results[name]['load_s']:7.2f} "
            f"{results[name]['rss']:11.0f}"
        )
    print(f"(n={len(texts)}, n<60ch={sum(short)}; peak RSS is cumulative over the rows above)")

    print("\n## Accuracy per set")
    print(f"{'set':28} {'lang':4} {'n':>5} " + " ".join(f"{n[:18]:>18}" for n in names))
    for set_name, lang in SETS.items():
        idx = [i for i, (_, _, s) in enumerate(sample) if s == set_name]
        row = " ".join(
            f"{pct([results[n]['answers'][i] == gold[i] for i in idx]):>18}" for n in names
        )
        print(f"{set_name:28} {lang:4} {len(idx):5d} {row}")

    print("\n## Check sentences (sk/uk check set + test_lang.py natives)")
    check_gold = [lang for _, lang in checks]
    langs = sorted(set(check_gold))
    print(f"{'detector':20} {'all':>6} " + " ".join(f"{lang:>6}" for lang in langs))
    for name in names:
        answers = results[name]["check"]
        hits = [a == g for a, g in zip(answers, check_gold, strict=True)]
        per_lang = " ".join(
            pct([h for h, g in zip(hits, check_gold, strict=True) if g == lang]) for lang in langs
        )
        print(f"{name:20} {pct(hits)} {per_lang}")

    print("\n## Close-pair confusions (labelled sets + check sentences)")
    for name in names:
        pairs = Counter()
        answers = list(results[name]["answers"]) + list(results[name]["check"])
        for answer, truth in zip(answers, gold + check_gold, strict=True):
            for a, b in PAIRS:
                if {answer, truth} == {a, b}:
                    pairs[f"{truth}->{answer}"] += 1
        others = Counter(
            f"{t}->{a}" for a, t in zip(answers, gold + check_gold, strict=True) if a != t
        )
        print(f"{name:20} pairs {dict(sorted(pairs.items()))}  top errors {others.most_common(5)}")

    if not args.no_parallel:
        print(
            f"\n## Two threads (lingua's parallel batch call; load average {os.getloadavg()[0]:.1f})"
        )
        for name, factory in PARALLEL.items():
            detect = factory()
            detect(["Warm up the models, please."])
            answers, speed, _ = timed(detect, texts, args.repeat)
            hits = [a == g for a, g in zip(answers, gold, strict=True)]
            print(f"{name:28} {pct(hits)} {speed:8.0f} texts/s")


if __name__ == "__main__":
    main()
