"""Inference speed of the shipped sentiment model, in documents per second per language.

Texts are hand-written customer messages repeated to ``--n`` documents per language, each
copy made distinct by a ticket number (the model scores identical texts once per batch;
it is a hashed linear model, so speed depends on text length, not content).

Usage:
    .venv/bin/python bench/bench_sentiment.py [--n 2000] [--repeat 3] [--model DIR]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from vocmine.registry import load_sentiment_model  # noqa: E402

SAMPLES: dict[str, list[str]] = {
    "pl": [
        "Przesyłka dotarła po tygodniu, karton był zgnieciony, a infolinia nie odbiera.",
        "Świetny kontakt ze sprzedawcą, towar zgodny z opisem, polecam!",
    ],
    "cs": [
        "Zásilka nepřišla a na zákaznické lince mi nikdo nedokázal říct, kde je.",
        "Skvělá komunikace, zboží dorazilo druhý den, děkuji.",
    ],
    "sk": [
        "Reklamáciu mi nevybavili ani po mesiaci, som veľmi nespokojný.",
        "Všetko prišlo rýchlo a v poriadku, ďakujem!",
    ],
    "ru": [
        "Деньги списали дважды, в поддержке третий день не могут ответить.",
        "Спасибо, оператор быстро решил мой вопрос, всё отлично.",
    ],
    "uk": [
        "Посилка прийшла пошкоджена, а оператор не відповідає вже тиждень.",
        "Дякую, все прийшло швидко і в повному порядку.",
    ],
    "en": [
        "My flight was delayed three hours and nobody at the gate could tell us anything.",
        "Great crew and a smooth flight, thank you!",
    ],
    "de": [
        "Der Zug hatte wieder 40 Minuten Verspätung und die Klimaanlage war kaputt.",
        "Freundliches Personal und pünktliche Ankunft, sehr zufrieden.",
    ],
}


def main() -> None:
    """Print docs/s per language (best of ``--repeat`` runs), by wall clock and CPU time.

    On a shared machine the wall-clock rate depends on other load; the rate per CPU
    second (one process, see ``time.process_time``) is the steadier figure.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="documents per language")
    parser.add_argument("--repeat", type=int, default=3, help="runs per language (best is kept)")
    parser.add_argument("--model", type=Path, help="model folder (default: the shipped model)")
    args = parser.parse_args()

    start = time.perf_counter()
    model = load_sentiment_model(args.model)
    print(f"load: {time.perf_counter() - start:.2f}s", file=sys.stderr)
    print("lang\tdocs\tdocs_per_s\tdocs_per_cpu_s")
    for lang, samples in SAMPLES.items():
        # Distinct texts (a ticket number each): the model scores identical texts once.
        texts = [f"{samples[i % len(samples)]} #{100000 + i}" for i in range(args.n)]
        best = best_cpu = float("inf")
        for _ in range(args.repeat):
            start, start_cpu = time.perf_counter(), time.process_time()
            model.predict_proba(texts, [lang] * len(texts))
            best = min(best, time.perf_counter() - start)
            best_cpu = min(best_cpu, time.process_time() - start_cpu)
        rate_cpu = len(texts) / max(best_cpu, 1e-9)
        print(f"{lang}\t{len(texts)}\t{len(texts) / best:.0f}\t{rate_cpu:.0f}")


if __name__ == "__main__":
    main()
