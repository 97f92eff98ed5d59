"""Complaint categories, effort signals, churn risk and severity in seven languages.

The default :class:`Categoriser` needs no labelled data: it scores texts with the
regex lexicon of the taxonomy (``vocmine/resources/taxonomy.yaml``) and, when an
embedder is given, with the cosine similarity to the taxonomy's multilingual seed
examples (nearest prototypes). The two scores combine as a noisy-OR::

    score_c = 1 - (1 - lexicon_c) * (1 - embedding_weight * prototype_c)
    prototype_c = sigmoid((mean top-k cosine to the seeds of c - t_c) / temperature)

where ``t_c`` is calibrated on the seeds themselves (leave-one-out, best F1 per
category). A category is predicted when its score reaches ``threshold``; the
fallback category (``other``) only when nothing else does.

With a learned :class:`~vocmine.categorise.head.CategoryHead` (injected, fitted on
vectors of the categoriser's embedder), a *document* scores instead the head's
stacked probability ``sigmoid(a_c * logit(head_c) + b_c * lexicon_c + d_c *
prototype_c + e_c)`` and is labelled at the head's threshold per category, except
that, in a short text (at most ``pattern_hits_max_chars`` characters), a category
whose lexicon-and-prototype score reaches ``threshold`` keeps that score, so its
label: a pattern in a sentence or two names what the text is about, and the head
adds recall. In a longer text a pattern is often an aside ("ordered in the app",
"the courier was nice") and the stacker, which reads the patterns as one feature
among others, decides. Sentences keep the lexicon + prototype path (they are never
embedded for the head).

Example:
    >>> cat = Categoriser().fit()
    >>> cat.predict(["Zasilka neprisla, kde je muj balik?"], ["cs"])
    [['delivery']]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from vocmine.categorise.head import CategoryHead
from vocmine.categorise.lexicon import (
    CompiledLexicon,
    compile_lexicon,
    lexicon_scores,
    lexicon_scores_with_parts,
)
from vocmine.categorise.severity import severity
from vocmine.categorise.signals import SignalDetector
from vocmine.categorise.taxonomy import (
    Category,
    LanguageRules,
    Signal,
    Taxonomy,
    TaxonomyError,
    fold_text,
    load_taxonomy,
)
from vocmine.protocols import Embedder

LEXICON_CACHE_SIZE = 20_000
"""Texts whose lexicon scores a fitted :class:`Categoriser` remembers (then it starts over)."""
PATTERN_HITS_MAX_CHARS = 200
"""With a head, pattern hits decide a category only in texts up to this many characters."""


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


@dataclass
class Prototypes:
    """Seed vectors of one embedder and what they stand for.

    Attributes:
        vectors: Seed vectors ``(n_rows, d)``; a seed of two categories has two rows.
        labels: Category index of each row.
        thresholds: Calibrated cosine threshold per category (``inf`` when it has too
            few seeds to calibrate).
    """

    vectors: np.ndarray
    labels: np.ndarray
    thresholds: np.ndarray


def _as_label_list(label: str | Sequence[str]) -> list[str]:
    return [label] if isinstance(label, str) else list(label)


class Categoriser:
    """Multi-label complaint categoriser that works without training data.

    Args:
        taxonomy: Categories and rules; ``None`` loads the packaged default.
        embedder: Optional embedder; seeds become prototypes when given.
        threshold: Score a category needs to be predicted.
        cross_lingual_weight: Weight of other languages' strong patterns
            (texts mix languages; language id confuses cs/sk and ru/uk).
        embedding_weight: Weight of the prototype score in the noisy-OR.
        temperature: Softness of the prototype sigmoid, in cosine units.
        top_k: Number of nearest seeds averaged per category.
        head: Optional fitted :class:`~vocmine.categorise.head.CategoryHead` on vectors
            of ``embedder`` (needs the embedder: its prototypes are a feature of the head).
        pattern_hits_max_chars: With a head, a category whose lexicon-and-prototype
            score reaches ``threshold`` keeps that score in a text of at most this many
            characters (the head adds recall, never removes such a pattern hit);
            ``None``: in every text (as before 2026-12-05), ``-1``: never (the head's
            stacker decides alone). Keeping them in long texts cost 0.6-1.4 points of
            category micro-F1 on every long-text check set (docs/categories.md,
            "Pattern hits in long texts").
        clause_embedder: Embeds the sentences (clauses) of :meth:`score_documents` for
            their prototype scores, against seeds embedded by it too; ``None`` uses
            ``embedder``. A transformer on every clause was 70% of the analysis time
            (512 mixed items: 56 of 78 s), so the registry passes the static embedder
            here; documents keep ``embedder``.

    Attributes:
        taxonomy_: The taxonomy in use.
        lexicon_: The compiled patterns.
        prototypes_: Seed vectors ``(n_seeds, d)`` (only with an embedder).
        prototype_labels_: Category index of each seed row.
        prototype_thresholds_: Calibrated cosine threshold ``t_c`` per category.
        clause_prototypes_: The seeds as embedded by ``clause_embedder`` (vectors,
            category of each row, thresholds); ``None`` when sentences use the
            document prototypes.
        thresholds_: Decision threshold per category of a document's scores (the head's
            where it has one, else ``threshold``).
    """

    def __init__(
        self,
        taxonomy: Taxonomy | None = None,
        embedder: Embedder | None = None,
        threshold: float = 0.5,
        cross_lingual_weight: float = 0.8,
        embedding_weight: float = 0.8,
        temperature: float = 0.015,
        top_k: int = 3,
        head: CategoryHead | None = None,
        clause_embedder: Embedder | None = None,
        pattern_hits_max_chars: int | None = PATTERN_HITS_MAX_CHARS,
    ) -> None:
        self.taxonomy = taxonomy
        self.embedder = embedder
        self.threshold = threshold
        self.cross_lingual_weight = cross_lingual_weight
        self.embedding_weight = embedding_weight
        self.temperature = temperature
        self.top_k = top_k
        self.head = head
        self.pattern_hits_max_chars = pattern_hits_max_chars
        self.clause_embedder = clause_embedder

    def fit(
        self,
        texts: Sequence[str] | None = None,
        labels: Sequence[str | Sequence[str]] | None = None,
    ) -> Categoriser:
        """Compile the patterns and, with an embedder, embed the seeds into prototypes.

        Args:
            texts: Optional extra seed texts (used only with an embedder).
            labels: Category key (or keys) of each extra seed text.

        Returns:
            self
        """
        self.taxonomy_ = self.taxonomy if self.taxonomy is not None else load_taxonomy()
        self.lexicon_: CompiledLexicon = compile_lexicon(self.taxonomy_)
        self._lexicon_cache: dict[tuple[str, str | None, float], dict[str, float]] = {}
        self.categories_ = self.taxonomy_.category_keys
        self.prototypes_: np.ndarray | None = None
        self.clause_prototypes_: Prototypes | None = None
        if (texts is None) != (labels is None) or (
            texts is not None and labels is not None and len(texts) != len(labels)
        ):
            raise ValueError("texts and labels must be given together and have the same length")
        self.thresholds_ = {
            key: self.threshold for key in self.categories_ if key != self.taxonomy_.fallback
        }
        self._head_columns: list[tuple[int, int]] = []
        if self.head is not None:
            self._attach_head(self.head)
        if self.embedder is None and self.clause_embedder is None:
            return self
        seed_texts, seed_labels = self._seeds()
        for text, label in zip(texts or [], labels or [], strict=True):
            unknown = set(_as_label_list(label)) - set(self.categories_)
            if unknown:
                raise ValueError(f"unknown category keys in labels: {sorted(unknown)}")
            seed_texts.append(text)
            seed_labels.append(_as_label_list(label))
        if self.embedder is not None:
            fitted = self._fit_prototypes(self.embedder, seed_texts, seed_labels)
            self.prototypes_ = fitted.vectors
            self.prototype_labels_ = fitted.labels
            self.prototype_thresholds_ = fitted.thresholds
        if self.clause_embedder is not None:
            self.clause_prototypes_ = self._fit_prototypes(
                self.clause_embedder, seed_texts, seed_labels
            )
        return self

    def _fit_prototypes(
        self, embedder: Embedder, seed_texts: list[str], seed_labels: list[list[str]]
    ) -> Prototypes:
        """Embed the seeds with ``embedder`` and calibrate a threshold per category."""
        vectors = np.asarray(embedder.embed(seed_texts), dtype=np.float32)
        rows, label_idx = [], []
        for i, keys in enumerate(seed_labels):
            for key in keys:
                rows.append(i)
                label_idx.append(self.categories_.index(key))
        prototypes = Prototypes(vectors[rows], np.asarray(label_idx), np.empty(0))
        sims = self._prototype_similarity(vectors, prototypes, exclude_self=True)
        prototypes.thresholds = self._calibrate(sims, seed_labels)
        return prototypes

    def _attach_head(self, head: CategoryHead) -> None:
        """Check the head against the taxonomy and embedder; take its thresholds."""
        if self.embedder is None:
            raise ValueError("a category head needs the embedder of its vectors")
        if not head.accepts_embeddings_from(self.embedder.name):
            raise ValueError(
                f"the category head was fitted on {head.embedder_name} vectors, "
                f"not {self.embedder.name}"
            )
        unknown = sorted(set(head.categories_) - set(self.categories_))
        if unknown:
            raise ValueError(f"the category head knows categories the taxonomy lacks: {unknown}")
        for h, key in enumerate(head.categories_):
            self._head_columns.append((self.categories_.index(key), h))
            self.thresholds_[key] = float(head.thresholds_[h])

    def _seeds(self) -> tuple[list[str], list[list[str]]]:
        texts: list[str] = []
        labels: list[list[str]] = []
        for category in self.taxonomy_.categories:
            if category.key == self.taxonomy_.fallback:
                continue
            for rules in category.lang.values():
                texts.extend(rules.examples)
                labels.extend([[category.key]] * len(rules.examples))
        return texts, labels

    def _document_prototypes(self) -> Prototypes:
        assert self.prototypes_ is not None, "fit with an embedder first"
        return Prototypes(self.prototypes_, self.prototype_labels_, self.prototype_thresholds_)

    def _prototype_similarity(
        self, vectors: np.ndarray, prototypes: Prototypes, exclude_self: bool = False
    ) -> np.ndarray:
        """Return ``(n, n_categories)`` mean top-k cosine to each category's seeds."""
        sims = vectors @ prototypes.vectors.T
        if exclude_self:
            # Leave-one-out on the seeds: ignore each seed's own row(s) (and exact duplicates).
            sims = np.where(sims > 0.9999, -1.0, sims)
        out = np.full((len(vectors), len(self.categories_)), -1.0, dtype=np.float32)
        for c in np.unique(prototypes.labels):
            block = sims[:, prototypes.labels == c]
            k = min(self.top_k, block.shape[1])
            out[:, c] = np.sort(block, axis=1)[:, -k:].mean(axis=1)
        return out

    def _calibrate(self, sims: np.ndarray, seed_labels: list[list[str]]) -> np.ndarray:
        """Pick, per category, the cosine threshold with the best leave-one-out F1 on the seeds.

        Args:
            sims: The seeds' leave-one-out similarities (:meth:`_prototype_similarity`).
            seed_labels: The category keys of each seed.
        """
        thresholds = np.full(len(self.categories_), np.inf, dtype=np.float32)
        for c, key in enumerate(self.categories_):
            positive = np.array([key in labels for labels in seed_labels])
            if positive.sum() < 2:
                continue
            best_f1, best_t = -1.0, np.inf
            for t in np.unique(sims[:, c]):
                predicted = sims[:, c] >= t
                tp = float(np.sum(predicted & positive))
                f1 = 2 * tp / (predicted.sum() + positive.sum())
                if f1 > best_f1:
                    best_f1, best_t = f1, float(t)
            thresholds[c] = best_t
        return thresholds

    def _check_fitted(self) -> None:
        if not hasattr(self, "lexicon_"):
            raise RuntimeError("This Categoriser is not fitted yet; call fit() first.")

    def prototype_scores(
        self, texts: Sequence[str], embeddings: np.ndarray | None = None
    ) -> np.ndarray:
        """Return ``(n, n_categories)`` calibrated prototype scores in [0, 1] (zeros without an embedder).

        Args:
            texts: The texts.
            embeddings: Their vectors from the *same* embedder, if already computed.
        """
        self._check_fitted()
        if self.prototypes_ is None:
            return np.zeros((len(texts), len(self.categories_)), dtype=np.float32)
        if embeddings is None:
            assert self.embedder is not None, "prototypes exist only with an embedder"
            embeddings = np.asarray(self.embedder.embed(list(texts)), dtype=np.float32)
        if embeddings.shape != (len(texts), self.prototypes_.shape[1]):
            raise ValueError(
                f"embeddings have shape {embeddings.shape}, expected "
                f"({len(texts)}, {self.prototypes_.shape[1]}) from the categoriser's embedder"
            )
        return self._calibrated_scores(embeddings, self._document_prototypes())

    def _calibrated_scores(self, vectors: np.ndarray, prototypes: Prototypes) -> np.ndarray:
        sims = self._prototype_similarity(vectors, prototypes)
        with np.errstate(invalid="ignore", over="ignore"):
            scores = _sigmoid((sims - prototypes.thresholds) / self.temperature)
        return np.nan_to_num(scores, nan=0.0).astype(np.float32)

    def clause_prototype_scores(self, clauses: Sequence[str]) -> np.ndarray | None:
        """Return the clauses' prototype scores (as :meth:`prototype_scores`), or None.

        With a ``clause_embedder`` the clauses are embedded by it and compared with its
        own prototypes; otherwise with the document embedder's. None when neither
        embedder is there.
        """
        self._check_fitted()
        if self.clause_prototypes_ is not None:
            assert self.clause_embedder is not None
            vectors = np.asarray(self.clause_embedder.embed(list(clauses)), dtype=np.float32)
            return self._calibrated_scores(vectors, self.clause_prototypes_)
        if self.prototypes_ is None:
            return None
        return self.prototype_scores(clauses)

    def score(
        self,
        texts: Sequence[str],
        langs: Sequence[str | None],
        embeddings: np.ndarray | None = None,
    ) -> list[dict[str, float]]:
        """Return one ``{category: score in [0, 1]}`` per text (every category, incl. fallback).

        Args:
            texts: Texts (whole items or single sentences).
            langs: ISO 639-1 code of each text (``None`` when unknown).
            embeddings: Optional precomputed vectors from the same embedder.

        Returns:
            Scores per text; the fallback scores ``1 - max(other scores)``.
        """
        self._check_fitted()
        if len(texts) != len(langs):
            raise ValueError(f"got {len(texts)} texts but {len(langs)} languages")
        embeddings = self._document_vectors(texts, embeddings)
        lexicon = [
            self._lexicon_scores(text, lang) for text, lang in zip(texts, langs, strict=True)
        ]
        return self._document_rows(
            lexicon, self.prototype_scores(texts, embeddings), embeddings, texts
        )

    def _document_vectors(
        self, texts: Sequence[str], embeddings: np.ndarray | None
    ) -> np.ndarray | None:
        """Return the documents' vectors, embedded here when the head needs them."""
        if embeddings is None and self.head is not None:
            assert self.embedder is not None, "a head comes with its embedder (checked in fit)"
            embeddings = np.asarray(self.embedder.embed(list(texts)), dtype=np.float32)
        return embeddings

    def _document_rows(
        self,
        lexicon: Sequence[dict[str, float]],
        proto: np.ndarray,
        embeddings: np.ndarray | None,
        texts: Sequence[str],
    ) -> list[dict[str, float]]:
        """Combine the documents' lexicon, prototype and (with a head) head scores."""
        rows = [self._row(lex, proto[i].tolist()) for i, lex in enumerate(lexicon)]
        if self.head is None or not rows:
            return rows
        assert embeddings is not None
        cols = [c for c, _ in self._head_columns]
        head_cols = [h for _, h in self._head_columns]
        lex = np.array([[row.get(self.categories_[c], 0.0) for c in cols] for row in lexicon])
        combined = np.zeros((len(rows), len(self.head.categories_)))
        combined[:, head_cols] = self.head.combined_proba(
            self.head.head_proba(embeddings)[:, head_cols],
            lex,
            proto[:, cols],
            self.embedding_weight,
        )
        fallback = self.taxonomy_.fallback
        longest = self.pattern_hits_max_chars
        for i, row in enumerate(rows):
            keep_hits = longest is None or len(texts[i]) <= longest
            for c, h in self._head_columns:
                key = self.categories_[c]
                stacked = round(float(combined[i, h]), 4)
                # In a short text a category whose patterns (or prototypes) already
                # reach the threshold keeps that score: the head adds recall, never
                # removes such a hit (realistic check set, dev split: micro-F1 0.448 head
                # alone, 0.503 so). In a long text the stacker decides.
                keep = keep_hits and row[key] >= self.threshold
                row[key] = max(stacked, row[key]) if keep else stacked
            row[fallback] = round(1.0 - max(v for k, v in row.items() if k != fallback), 4)
        return rows

    def score_documents(
        self,
        texts: Sequence[str],
        langs: Sequence[str | None],
        sentences: Sequence[Sequence[str]],
        embeddings: np.ndarray | None = None,
    ) -> tuple[list[dict[str, float]], list[list[list[str]]]]:
        """Score whole texts and label their sentences in one pass.

        Equal to ``score(texts, langs, embeddings)`` and, per text,
        ``predict(sentences[i], [langs[i]] * len(sentences[i]))``, but each text's
        candidate regexes are found once and only confirmed on its sentences
        (see :func:`~vocmine.categorise.lexicon.lexicon_scores_with_parts`).

        Args:
            texts: Whole items.
            langs: ISO 639-1 code of each item (``None`` when unknown).
            sentences: The sentences (or clauses) of each item, in the item's language.
            embeddings: Optional precomputed vectors of ``texts`` from the same embedder
                (sentences are embedded here when the categoriser has an embedder).

        Returns:
            The scores of each text (as :meth:`score`) and the labels of each of its
            sentences (as :meth:`predict`).
        """
        self._check_fitted()
        if not len(texts) == len(langs) == len(sentences):
            raise ValueError(
                f"got {len(texts)} texts, {len(langs)} languages and {len(sentences)} sentence lists"
            )
        embeddings = self._document_vectors(texts, embeddings)
        proto_matrix = self.prototype_scores(texts, embeddings)
        flat = [s for parts in sentences for s in parts]
        clause_proto = self.clause_prototype_scores(flat) if flat else None
        sentence_proto = clause_proto.tolist() if clause_proto is not None else None
        zero_labels: list[str] | None = None
        doc_lexicon: list[dict[str, float]] = []
        sentence_labels: list[list[list[str]]] = []
        offset = 0
        for text, lang, parts in zip(texts, langs, sentences, strict=True):
            whole, part_scores = lexicon_scores_with_parts(
                self.lexicon_, text, parts, lang, self.cross_lingual_weight
            )
            doc_lexicon.append(whole)
            labels = []
            for lex in part_scores:
                if sentence_proto is not None:
                    labels.append(self._sentence_labels(self._row(lex, sentence_proto[offset])))
                elif any(lex.values()):
                    labels.append(self._sentence_labels(self._row(lex, None)))
                else:  # no lexicon evidence and no embedder: the same labels every time
                    if zero_labels is None:
                        zero_labels = self._sentence_labels(self._row(lex, None))
                    labels.append(list(zero_labels))
                offset += 1
            sentence_labels.append(labels)
        rows = self._document_rows(doc_lexicon, proto_matrix, embeddings, texts)
        return rows, sentence_labels

    def _row(self, lex: dict[str, float], proto: list[float] | None) -> dict[str, float]:
        """Combine lexicon and prototype scores of one text (see module doc); rounded."""
        fallback = self.taxonomy_.fallback
        row: dict[str, float] = {}
        for c, key in enumerate(self.categories_):
            if key == fallback:
                continue
            emb = self.embedding_weight * proto[c] if proto is not None else 0.0
            row[key] = round(1.0 - (1.0 - lex.get(key, 0.0)) * (1.0 - emb), 4)
        row[fallback] = round(1.0 - max(row.values(), default=0.0), 4)
        return {key: row[key] for key in self.categories_}

    def _lexicon_scores(self, text: str, lang: str | None) -> dict[str, float]:
        """Lexicon scores, remembered: a one-sentence item is scored again as its sentence."""
        key = (text, lang, self.cross_lingual_weight)
        cached = self._lexicon_cache.get(key)
        if cached is None:
            if len(self._lexicon_cache) >= LEXICON_CACHE_SIZE:
                self._lexicon_cache.clear()
            cached = lexicon_scores(self.lexicon_, text, lang, self.cross_lingual_weight)
            self._lexicon_cache[key] = cached
        return cached

    def predict(
        self,
        texts: Sequence[str],
        langs: Sequence[str | None],
        embeddings: np.ndarray | None = None,
    ) -> list[list[str]]:
        """Return the category keys of each text (multi-label; the fallback only when nothing fits)."""
        return [self.labels_from_scores(row) for row in self.score(texts, langs, embeddings)]

    def labels_from_scores(self, scores: dict[str, float]) -> list[str]:
        """Return the keys of a document at or above their threshold (the fallback when none is).

        The thresholds are :attr:`thresholds_`: the head's per category when the
        categoriser has a head, else ``threshold`` for every category.
        """
        fallback = self.taxonomy_.fallback if hasattr(self, "taxonomy_") else "other"
        thresholds = getattr(self, "thresholds_", {})
        keys = [
            k for k, v in scores.items() if k != fallback and v >= thresholds.get(k, self.threshold)
        ]
        return keys or [fallback]

    def _sentence_labels(self, scores: dict[str, float]) -> list[str]:
        """Return the keys of a sentence at or above ``threshold`` (sentences skip the head)."""
        fallback = self.taxonomy_.fallback
        keys = [k for k, v in scores.items() if k != fallback and v >= self.threshold]
        return keys or [fallback]


__all__ = [
    "PATTERN_HITS_MAX_CHARS",
    "CategoryHead",
    "Categoriser",
    "Category",
    "Embedder",
    "LanguageRules",
    "Signal",
    "SignalDetector",
    "Taxonomy",
    "TaxonomyError",
    "fold_text",
    "load_taxonomy",
    "severity",
]
