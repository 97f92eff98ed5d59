"""Scheduled topic refit that keeps topic ids stable.

Nightly runs only ``transform`` with the saved model. A refit (weekly, own
flow) fits a fresh model on the stored insights and then maps its topics onto
the previous model's ids, so an analyst's "topic 12" still means the same
thing afterwards:

1. both models assign the refit documents (the previous one by ``transform``);
2. each topic's centroid is the mean of its documents' embeddings in one
   common space (the normalised embeddings minus their mean over the refit
   documents, so unrelated topics score near 0 rather than near the
   embedder's typical 0.8; independent of either model's language centring);
3. new and previous topics are paired one-to-one by cosine similarity
   (Hungarian assignment); a pair counts only from ``min_similarity`` up;
4. a paired new topic takes the previous id, an unpaired one a fresh id
   (never reused: above every id ever issued), a previous topic left unpaired
   is *retired*.

:func:`match_topic_ids` is the pure step; :func:`refit_topics` runs it on
two modelers; :func:`refit` does the whole job against a store and the model
folder (the CLI ``vocmine topics refit`` and ``flows/refit_topics.py`` call it).
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from vocmine.embeddings import l2_normalised
from vocmine.schemas import TopicMatch
from vocmine.topics.modeler import TopicModeler

logger = logging.getLogger("vocmine.topics.refit")

DEFAULT_MIN_SIMILARITY = 0.5
"""Centroid cosine (in the mean-removed space) from which a new topic keeps an old id."""

DEFAULT_MAX_FIT_ITEMS = 20_000
"""A refit fits on a seeded sample of at most this many items and assigns the rest
with ``transform``, which bounds refit time whatever the store's size."""


def match_topic_ids(
    previous_ids: Sequence[int],
    previous_centroids: np.ndarray,
    fitted_ids: Sequence[int],
    fitted_centroids: np.ndarray,
    next_id: int,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
) -> list[TopicMatch]:
    """Pair new topics with previous ones one-to-one by centroid cosine.

    Args:
        previous_ids: Ids of the previous topics.
        previous_centroids: Their centroids, one row each (any scale).
        fitted_ids: Ids the new fit gave its topics.
        fitted_centroids: Their centroids, in the same space.
        next_id: First fresh id to hand out (above every id ever issued).
        min_similarity: A pair below this cosine is not a match.

    Returns:
        One match per fitted topic (``matched`` or ``new``, in ``fitted_ids``
        order) followed by one ``retired`` match per unpaired previous topic.
    """
    from scipy.optimize import linear_sum_assignment

    pairs: dict[int, tuple[int, float]] = {}
    best: dict[int, float] = {}
    if len(previous_ids) and len(fitted_ids):
        sims = (
            l2_normalised(np.asarray(fitted_centroids, dtype=np.float64))
            @ l2_normalised(np.asarray(previous_centroids, dtype=np.float64)).T
        )
        rows, cols = linear_sum_assignment(-sims)
        for row, col in zip(rows.tolist(), cols.tolist(), strict=True):
            if sims[row, col] >= min_similarity:
                pairs[row] = (col, float(sims[row, col]))
        best = {row: float(sims[row].max()) for row in range(len(fitted_ids))}
    matches: list[TopicMatch] = []
    fresh = next_id
    for row, fitted in enumerate(fitted_ids):
        if row in pairs:
            col, sim = pairs[row]
            prev = int(previous_ids[col])
            matches.append(TopicMatch(prev, "matched", int(fitted), prev, sim))
        else:
            matches.append(TopicMatch(fresh, "new", int(fitted), None, best.get(row)))
            fresh += 1
    paired = {int(previous_ids[col]) for col, _ in pairs.values()}
    matches += [TopicMatch(int(p), "retired") for p in previous_ids if int(p) not in paired]
    return matches


def _group_centroids(emb: np.ndarray, labels: Sequence[int]) -> tuple[list[int], np.ndarray]:
    labels_arr = np.asarray(labels)
    ids = sorted(int(t) for t in set(labels_arr.tolist()) if t != -1)
    if not ids:
        return [], np.zeros((0, emb.shape[1]))
    return ids, np.vstack([emb[labels_arr == t].mean(axis=0) for t in ids])


def refit_topics(
    previous: TopicModeler | None,
    modeler: TopicModeler,
    texts: Sequence[str],
    embeddings: np.ndarray,
    langs: Sequence[str | None] | None = None,
    next_id: int | None = None,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
    previous_labels: Sequence[int] | None = None,
) -> list[TopicMatch]:
    """Fit ``modeler`` and renumber its topics onto ``previous``'s ids.

    Args:
        previous: The model in use (None on the first fit: ids stay as fitted,
            shifted to start at ``next_id`` when given).
        modeler: An unfitted modeler; fitted and renumbered in place.
        texts: Documents to fit on.
        embeddings: Their embeddings (from the embedder both models use).
        langs: Language of each document.
        next_id: First fresh id; default one above ``previous``'s largest id.
        min_similarity: See :func:`match_topic_ids`.
        previous_labels: The previous topic of each document (-1 for none),
            when ``previous`` cannot assign them itself: it was fitted with
            another embedder (e.g. the ids stored with the insights).

    Returns:
        The matches (also describes retired previous topics).
    """
    emb = np.asarray(embeddings, dtype=np.float32)
    modeler.fit(texts, embeddings=emb, langs=langs)
    fitted_labels = list(modeler.topics_fit_)
    common = l2_normalised(emb) - l2_normalised(emb).mean(axis=0)
    previous_ids: list[int] = []
    previous_centroids = np.zeros((0, emb.shape[1]))
    known = [t.topic_id for t in previous.topics()] if previous is not None else []
    labels_before = {t.topic_id: t.label for t in previous.topics()} if previous else {}
    if previous is not None and known:
        before = (
            [int(t) if int(t) in known else -1 for t in previous_labels]
            if previous_labels is not None
            else previous.transform(texts, embeddings=emb, langs=langs)
        )
        previous_ids, previous_centroids = _group_centroids(common, before)
    fitted_ids, fitted_centroids = _group_centroids(common, fitted_labels)
    if next_id is None:
        next_id = max(known, default=-1) + 1
    matches = match_topic_ids(
        previous_ids, previous_centroids, fitted_ids, fitted_centroids, next_id, min_similarity
    )
    # Previous topics that got no documents at all cannot be matched: retired too.
    matched_or_retired = {m.topic_id for m in matches if m.status != "new"}
    matches += [TopicMatch(t, "retired") for t in known if t not in matched_or_retired]
    modeler.renumber({m.fitted_id: m.topic_id for m in matches if m.fitted_id is not None})
    labels_after = {t.topic_id: t.label for t in modeler.topics()}
    for m in matches:
        labels = labels_before if m.status == "retired" else labels_after
        m.label = labels.get(m.topic_id, "")
    logger.info(
        "refit: %d topics matched, %d new, %d retired",
        sum(m.status == "matched" for m in matches),
        sum(m.status == "new" for m in matches),
        sum(m.status == "retired" for m in matches),
    )
    return matches


def replace_model_dir(modeler: TopicModeler, model_dir: Path) -> None:
    """Save ``modeler`` to ``model_dir``, keeping the replaced model as ``<dir>.previous``."""
    staging = model_dir.with_name(model_dir.name + ".staging")
    backup = model_dir.with_name(model_dir.name + ".previous")
    shutil.rmtree(staging, ignore_errors=True)
    modeler.save(staging)
    if model_dir.exists():
        shutil.rmtree(backup, ignore_errors=True)
        model_dir.rename(backup)
    staging.rename(model_dir)
