"""The topic stage of a run: reuse the saved topic model, or fit the first one.

A nightly run never refits: it loads the saved model and calls
``transform``, so topic ids mean the same thing from run to run. Only when no
model exists yet (the first run) is one fitted on the run's items (a seeded
sample of at most ``max_fit_items`` of them, the same bound as a refit; the
rest get their topic by ``transform``) and saved.

A saved model is used only with the embedder it was fitted with (the
``embedder_name`` in its ``vocmine_topics.json``; for a model saved without
one, the vector dimension): otherwise :class:`~vocmine.errors.ConfigError`
says to refit (``vocmine topics refit``) or to set the embedder back, in one
line, instead of a numpy broadcasting error.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from vocmine.embeddings import Embedder
from vocmine.errors import ConfigError
from vocmine.schemas import AnalysedItem
from vocmine.topics.modeler import METADATA_FILE, TopicModeler

logger = logging.getLogger("vocmine.topics.stage")


@dataclass
class TopicStage:
    """Assigns topic ids to analysed items.

    Attributes:
        modeler: An unfitted modeler with the embedder and analyser to use.
        model_dir: Where the fitted model is saved and loaded from.
        min_items_to_fit: With no saved model, fit only from this many items.
        max_fit_items: The first fit uses a seeded sample of at most this many
            items (fit time grows faster than linearly; 20k fit in minutes
            here), and assigns the others with ``transform``.
        seed: Seed of that sample.
        embedder_spec: What the settings call the embedder (``topics.embedder``),
            for messages.
    """

    modeler: TopicModeler
    model_dir: Path
    min_items_to_fit: int = 30
    max_fit_items: int = 20_000
    seed: int = 42
    embedder_spec: str = ""

    def saved_model_exists(self) -> bool:
        """Return True when a fitted model is saved in :attr:`model_dir`."""
        return self.model_dir.is_dir() and any(self.model_dir.iterdir())

    def load_saved_model(self) -> TopicModeler:
        """Return the model saved in :attr:`model_dir`, checked against this stage's embedder.

        Raises:
            ConfigError: The model records another embedder than this stage's.
        """
        embedder = self.modeler._embedder()
        meta = json.loads((self.model_dir / METADATA_FILE).read_text(encoding="utf-8"))
        fitted_with = meta.get("embedder_name")  # None: saved before it was recorded
        if fitted_with is not None and fitted_with != embedder.name:
            raise ConfigError(embedder_mismatch(self.model_dir, fitted_with, self._used(embedder)))
        return TopicModeler.load(self.model_dir, embedder=embedder)

    def topic_ids(
        self, modeler: TopicModeler, texts: list[str], langs: list[str | None]
    ) -> list[int]:
        """Return ``modeler``'s topic of each text, embedded with this stage's embedder.

        Raises:
            ConfigError: The vectors do not have the dimension the model was
                fitted on (a model saved without its embedder's name).
        """
        embedder = self.modeler._embedder()
        emb = embedder.embed(texts)
        fitted_dim = modeler.embedding_dim_
        if fitted_dim and len(texts) and emb.shape[1] != fitted_dim:
            raise ConfigError(
                embedder_mismatch(
                    self.model_dir,
                    f"{modeler.embedder_name_ or 'an unrecorded embedder'} "
                    f"({fitted_dim}-dimensional vectors)",
                    f"{self._used(embedder)} ({emb.shape[1]}-dimensional)",
                )
            )
        return modeler.transform(texts, embeddings=emb, langs=langs)

    def _used(self, embedder: Embedder) -> str:
        spec = f" (topics.embedder={self.embedder_spec})" if self.embedder_spec else ""
        return f"{embedder.name}{spec}"

    def assign(self, analysed: Sequence[AnalysedItem]) -> tuple[TopicModeler | None, bool]:
        """Set ``insight.topic_id`` on every item without an error.

        Args:
            analysed: Items analysed in this run.

        Returns:
            The fitted modeler (None if topics were skipped) and whether it
            was fitted now (True) or loaded (False).
        """
        targets = [a for a in analysed if not a.insight.error and a.insight.text_redacted]
        if not targets:
            return None, False
        texts = [a.insight.text_redacted for a in targets]
        langs = [a.insight.lang or "" for a in targets]
        if self.saved_model_exists():
            modeler = self.load_saved_model()
            topic_ids = self.topic_ids(modeler, texts, list(langs))
            fitted_now = False
            logger.info("topics: assigned %d items with the saved model", len(texts))
        elif len(texts) >= self.min_items_to_fit:
            modeler = self.modeler
            topic_ids = self._fit_first_model(modeler, texts, langs)
            fitted_now = True
        else:
            logger.warning(
                "topics skipped: no saved model in %s and only %d items (need %d to fit)",
                self.model_dir,
                len(texts),
                self.min_items_to_fit,
            )
            return None, False
        for entry, topic_id in zip(targets, topic_ids, strict=True):
            entry.insight.topic_id = int(topic_id)
        return modeler, fitted_now

    def _fit_first_model(
        self, modeler: TopicModeler, texts: list[str], langs: list[str]
    ) -> list[int]:
        """Fit on all texts, or on a seeded sample and transform the rest; save the model."""
        if len(texts) <= self.max_fit_items:
            topic_ids = list(modeler.fit_transform(texts, langs=langs))
        else:
            rng = np.random.default_rng(self.seed)
            rows = np.sort(rng.choice(len(texts), self.max_fit_items, replace=False))
            logger.info("topics: fitting on a sample of %d of %d items", len(rows), len(texts))
            fitted = modeler.fit_transform([texts[i] for i in rows], langs=[langs[i] for i in rows])
            topic_ids = modeler.transform(texts, langs=langs)
            for row, topic_id in zip(rows, fitted, strict=True):
                topic_ids[row] = topic_id
        modeler.save(self.model_dir)
        logger.info(
            "topics: fitted %d topics on %d items (outliers %.1f%%), saved to %s",
            modeler.n_topics_,
            min(len(texts), self.max_fit_items),
            100 * modeler.outlier_share_,
            self.model_dir,
        )
        return topic_ids


def embedder_mismatch(model_dir: Path, fitted: str, used: str) -> str:
    """Return the one-line message for a topic model used with another embedder."""
    return (
        f"the topic model in {model_dir} was fitted with embedder {fitted}; this run uses "
        f"{used}: run `vocmine topics refit` to refit it with this embedder (topic ids are "
        "kept), or set topics.embedder back"
    )


def topic_records(modeler: TopicModeler) -> list[dict]:
    """Return the modeler's topics as plain dicts for the store and exports."""
    return [asdict(info) for info in modeler.topics()]
