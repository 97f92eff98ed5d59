"""The topic stage of a run: reuse the saved topic model, or fit the first one.

A nightly run never refits: it loads the saved model and calls
``transform``, so topic ids mean the same thing from run to run. Only when no
model exists yet (the first run) is one fitted on the run's items and saved.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from vocmine.schemas import AnalysedItem
from vocmine.topics import TopicModeler

logger = logging.getLogger("vocmine.topic_stage")


@dataclass
class TopicStage:
    """Assigns topic ids to analysed items.

    Attributes:
        modeler: An unfitted modeler with the embedder and analyzer to use.
        model_dir: Where the fitted model is saved and loaded from.
        min_items_to_fit: With no saved model, fit only from this many items.
    """

    modeler: TopicModeler
    model_dir: Path
    min_items_to_fit: int = 30

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
            topic_ids = modeler.fit_transform(texts, langs=langs)
            modeler.save(self.model_dir)
            fitted_now = True
            logger.info(
                "topics: fitted %d topics on %d items (outliers %.1f%%), saved to %s",
                modeler.n_topics_,
                len(texts),
                100 * modeler.outlier_share_,
                self.model_dir,
            )
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


def topic_records(modeler: TopicModeler) -> list[dict]:
    """Return the modeler's topics as plain dicts for the store and exports."""
    return [asdict(info) for info in modeler.topics()]
