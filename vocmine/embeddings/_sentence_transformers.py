"""Any local sentence-transformers model (optional extra)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from vocmine.embeddings._base import embed_in_batches, truncate_texts
from vocmine.protocols import ProgressCallback


class SentenceTransformerEmbedder:
    """Embeds texts with a sentence-transformers model found on this machine.

    Nothing is downloaded: ``model_name_or_path`` must be a local folder or a
    model already in the Hugging Face cache. ``sentence-transformers`` is
    imported on the first ``embed`` call, so it is needed only when used.

    Args:
        model_name_or_path: Local model folder or cached model name.
        max_chars: Longest text embedded; longer texts are cut.
        device: Torch device (``"cpu"`` on machines without a GPU).
        batch_size: Texts per encode call (and per progress report).
    """

    def __init__(
        self,
        model_name_or_path: str,
        max_chars: int = 500,
        device: str = "cpu",
        batch_size: int = 32,
    ):
        self.model_name_or_path = model_name_or_path
        self.max_chars = max_chars
        self.device = device
        self.batch_size = batch_size

    @property
    def name(self) -> str:
        """Model and truncation: the cache key."""
        return f"sentence-transformers/{self.model_name_or_path}/max{self.max_chars}"

    def _model(self) -> Any:
        model = getattr(self, "model_", None)
        if model is None:
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:
                raise ImportError(
                    "SentenceTransformerEmbedder needs sentence-transformers: "
                    "pip install sentence-transformers"
                ) from exc
            try:
                model = SentenceTransformer(
                    self.model_name_or_path, device=self.device, local_files_only=True
                )
            except OSError as exc:
                raise OSError(
                    f"sentence-transformers model {self.model_name_or_path!r} is not on this "
                    "machine; vocmine never downloads models, pass a local folder"
                ) from exc
            self.model_ = model
        return model

    def embed(self, texts: Sequence[str], progress: ProgressCallback | None = None) -> np.ndarray:
        """Return ``(len(texts), d)`` float32 unit vectors.

        Args:
            texts: Texts to embed.
            progress: Called as ``progress(done, total)`` after each batch.
        """
        model = self._model()
        if len(texts) == 0:
            return np.zeros((0, model.get_sentence_embedding_dimension()), dtype=np.float32)

        def encode(batch: list[str]) -> np.ndarray:
            return model.encode(batch, convert_to_numpy=True, normalize_embeddings=True)

        return embed_in_batches(
            encode, truncate_texts(texts, self.max_chars), self.batch_size, progress
        )
