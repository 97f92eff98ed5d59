"""Which embedder the registry gives the categoriser for clauses."""

from __future__ import annotations

import numpy as np

from vocmine.config import Settings
from vocmine.embeddings import StaticEmbedder
from vocmine.registry import build_clause_embedder


class _DocumentEmbedder:
    name = "fake-document-embedder"

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.ones((len(texts), 4), dtype=np.float32) / 2.0


def test_a_transformer_for_documents_gets_the_static_embedder_for_clauses() -> None:
    clause = build_clause_embedder(Settings(), _DocumentEmbedder())
    assert isinstance(clause, StaticEmbedder)
    assert clause.embed(["Paczka nie dotarła."]).shape[0] == 1


def test_document_setting_static_documents_and_no_embedder_share_the_prototypes() -> None:
    document = _DocumentEmbedder()
    assert build_clause_embedder(Settings(clause_embedder="document"), document) is None
    assert build_clause_embedder(Settings(topics={"embedder": "static"}), document) is None
    assert build_clause_embedder(Settings(), None) is None
