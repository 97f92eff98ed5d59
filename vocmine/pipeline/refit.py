"""The scheduled topic refit as a use case: read stored insights, refit, save, record."""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import asdict
from datetime import UTC, datetime, timedelta

import numpy as np

from vocmine.config import Settings
from vocmine.protocols import Embedder, Store
from vocmine.registry import build_embedder, build_topic_stage
from vocmine.schemas import RefitReport
from vocmine.topics.modeler import TopicModeler
from vocmine.topics.refit import (
    DEFAULT_MAX_FIT_ITEMS,
    DEFAULT_MIN_SIMILARITY,
    refit_topics,
    replace_model_dir,
)

logger = logging.getLogger("vocmine.topics.refit")


def refit(
    settings: Settings,
    store: Store,
    days: int | None = None,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
    embedder: Embedder | None = None,
    modeler: TopicModeler | None = None,
    max_fit_items: int = DEFAULT_MAX_FIT_ITEMS,
) -> RefitReport:
    """Refit the topic model on stored insights, keep ids stable, store the mapping.

    Reads the insights (the last ``days`` by ``created_at`` when given),
    fits a new model, maps its topics onto the saved model's ids, saves it to
    the store's model folder (:func:`vocmine.registry.topic_model_dir`; the
    replaced one stays in ``<folder>.previous``), saves the topic
    descriptions, records the refit and its id mapping, and sets the new
    topic id on the stored insights it was fitted on.

    When the saved model was fitted with another embedder than the
    configured one (``topics.embedder`` changed), it cannot assign the
    documents in the new vector space: the topic ids stored with the
    insights stand in for its assignments, so ids are still kept.

    Args:
        settings: :class:`vocmine.config.Settings`.
        store: An open store with the topics mixin
            (``record_topic_refit``, ``max_topic_id_issued``, ``set_topic_ids``).
        days: Fit only on items created in the last ``days`` (None: all).
        min_similarity: See :func:`match_topic_ids`.
        embedder: Default: the configured one, cached in ``store``.
        modeler: Default: the configured :class:`TopicModeler` (unfitted).
        max_fit_items: Fit on a sample of at most this many items (seeded by
            ``settings.topics.seed``); the others get their topic by ``transform``.

    Returns:
        What the refit did.

    Raises:
        ValueError: Too few stored items to fit (fewer than
            ``settings.topics.min_items_to_fit``).
    """
    start = time.perf_counter()
    frame = store.read_insights()
    frame = frame[frame["error"].isna() & frame["text_redacted"].fillna("").str.len().gt(0)]
    if days is not None and len(frame):
        since = datetime.now(UTC) - timedelta(days=days)
        frame = frame[frame["created_at"].isna() | (frame["created_at"] >= since)]
    if len(frame) < settings.topics.min_items_to_fit:
        raise ValueError(
            f"only {len(frame)} stored items to refit on "
            f"(need topics.min_items_to_fit={settings.topics.min_items_to_fit})"
        )
    embedder = embedder or build_embedder(settings, store)
    stage = build_topic_stage(settings, embedder, store)
    modeler = modeler or stage.modeler
    previous = (
        TopicModeler.load(stage.model_dir, embedder=embedder)
        if stage.saved_model_exists()
        else None
    )
    texts = frame["text_redacted"].tolist()
    langs = [lang or "" for lang in frame["lang"].tolist()]
    logger.info("refit: embedding %d stored items", len(texts))
    emb = embedder.embed(texts)
    stored_labels = None
    if previous is not None and not _same_vector_space(previous, embedder.name, emb.shape[1]):
        logger.warning(
            "refit: the saved model was fitted with embedder %s, this refit uses %s: "
            "the stored topic ids stand in for its assignments",
            previous.embedder_name_ or "(not recorded)",
            embedder.name,
        )
        stored_labels = frame["topic_id"].fillna(-1).astype("int64").to_numpy()
    previous_max = max((t.topic_id for t in previous.topics()), default=-1) if previous else -1
    next_id = max(store.max_topic_id_issued(), previous_max) + 1
    fit_rows = np.arange(len(texts))
    if len(texts) > max_fit_items:
        rng = np.random.default_rng(settings.topics.seed)
        fit_rows = np.sort(rng.choice(len(texts), max_fit_items, replace=False))
        logger.info("refit: fitting on a sample of %d of %d items", max_fit_items, len(texts))
    matches = refit_topics(
        previous,
        modeler,
        [texts[i] for i in fit_rows],
        emb[fit_rows],
        [langs[i] for i in fit_rows],
        next_id,
        min_similarity,
        previous_labels=None if stored_labels is None else stored_labels[fit_rows],
    )
    topic_ids = np.full(len(texts), -1, dtype=np.int64)
    topic_ids[fit_rows] = modeler.topics_fit_
    rest = np.setdiff1d(np.arange(len(texts)), fit_rows)
    if len(rest):
        topic_ids[rest] = modeler.transform(
            [texts[i] for i in rest], embeddings=emb[rest], langs=[langs[i] for i in rest]
        )
    refit_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]
    model_version = f"{stage.model_dir}#refit-{refit_id}"
    replace_model_dir(modeler, stage.model_dir)
    store.save_topics(model_version, [asdict(t) for t in modeler.topics()])
    store.set_topic_ids(dict(zip(frame["item_id"].tolist(), topic_ids.tolist(), strict=True)))
    report = RefitReport(
        refit_id=refit_id,
        refit_at=datetime.now(UTC),
        model_version=model_version,
        items=len(fit_rows),
        topics=modeler.n_topics_,
        matched=sum(m.status == "matched" for m in matches),
        new=sum(m.status == "new" for m in matches),
        retired=sum(m.status == "retired" for m in matches),
        outlier_share=modeler.outlier_share_,
        centred=bool(modeler.lang_means_),
        seconds=time.perf_counter() - start,
        matches=matches,
    )
    store.record_topic_refit(report)
    logger.info(
        "refit %s: %d topics on %d items (%d matched, %d new, %d retired), outliers %.1f%%",
        refit_id,
        report.topics,
        report.items,
        report.matched,
        report.new,
        report.retired,
        100 * report.outlier_share,
    )
    return report


def _same_vector_space(previous: TopicModeler, embedder_name: str, dim: int) -> bool:
    """Return True when ``previous`` was fitted on vectors of this embedder."""
    if previous.embedder_name_ is not None:
        return previous.embedder_name_ == embedder_name
    return previous.embedding_dim_ in (None, dim)
