"""The topic stage of a run: reuse the saved topic model, or fit the first one.

A nightly run never refits: it loads the saved model and calls
``transform``, so topic ids mean the same thing from run to run. Only when no
model exists yet (the first run) is one fitted on the run's items (a seeded
sample of at most ``max_fit_items`` of them, the same bound as a refit; the
rest get their topic by ``transform``) and saved.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from vocmine.schemas import AnalysedItem
from vocmine.topics.modeler import TopicModeler

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
    """

    modeler: TopicModeler
    model_dir: Path
    min_items_to_fit: int = 30
    max_fit_items: int = 20_000
    seed: int = 42

    def saved_model_exists(self) -> bool:
        """Return True when a fitted model is saved in :attr:`model_dir`."""
        return self.model_dir.is_dir() and any(self.model_dir.iterdir())

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
            modeler = TopicModeler.load(self.model_dir, embedder=self.modeler.embedder)
            topic_ids = modeler.transform(texts, langs=langs)
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


def topic_records(modeler: TopicModeler) -> list[dict]:
    """Return the modeler's topics as plain dicts for the store and exports."""
    return [asdict(info) for info in modeler.topics()]
