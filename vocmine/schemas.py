"""Records that flow between the stages.

Every stage takes and returns these plain dataclasses, so stages can be
tested alone and composed by :mod:`vocmine.pipeline.run` with or without Prefect.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

SENTIMENT_LABELS: tuple[str, ...] = ("negative", "neutral", "positive")
"""Sentiment labels, in the column order of every ``predict_proba``."""


def stable_item_id(source: str, external_id: str) -> str:
    """Return the stable id of an item from its source name and external id.

    Args:
        source: Name of the configured source (e.g. ``"shop_reviews"``).
        external_id: The id the item has in that source.

    Returns:
        A 16-hex-digit id that is the same on every run for the same pair.
    """
    digest = hashlib.sha256(f"{source}\x1f{external_id}".encode()).hexdigest()
    return digest[:16]


def content_hash(text: str) -> str:
    """Return a hex SHA-256 of ``text``: the key of content-addressed caches."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class FeedbackItem:
    """One customer message as ingested, before analysis.

    Attributes:
        source: Name of the configured source.
        external_id: Id of the item in its source (ticket number, review id, ...).
        text: What the customer wrote (for chats: the customer's turns joined).
        channel: ``review``, ``ticket``, ``chat``, ``social``, ``survey``, ...
        created_at: When the customer wrote it, if known (timezone-aware).
        customer: Customer key (id or e-mail) if known; used for repeat contacts.
        conversation_id: Chat or ticket thread id, if any.
        rating: Star rating, NPS or CSAT score if the source has one.
        lang: Language hint from the source, if any (ISO 639-1).
        subject: Ticket subject, if any (already part of ``text``).
        meta: Other source fields kept for exports (status, priority, ...).
    """

    source: str
    external_id: str
    text: str
    channel: str = "other"
    created_at: datetime | None = None
    customer: str | None = None
    conversation_id: str | None = None
    rating: float | None = None
    lang: str | None = None
    subject: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def item_id(self) -> str:
        """Stable id from ``(source, external_id)``."""
        return stable_item_id(self.source, self.external_id)


@dataclass(slots=True)
class QuarantinedRow:
    """A row that could not become a :class:`FeedbackItem`.

    Attributes:
        source: Name of the configured source.
        location: Where the row was (``file.csv:17``, ``chats.jsonl:3``).
        reason: Short machine-readable reason (``undecodable``, ``empty_text``,
            ``malformed_json``, ``missing_field:id``, ...).
        detail: Human-readable explanation.
        raw_excerpt: At most 200 characters of the row, already redacted.
    """

    source: str
    location: str
    reason: str
    detail: str = ""
    raw_excerpt: str = ""


@dataclass(slots=True)
class IngestResult:
    """What a connector read from one source.

    Attributes:
        items: Rows that parsed into items.
        quarantined: Rows that did not, each with its reason.
        rows_in: Every data row seen (``len(items) + len(quarantined)`` plus
            rows dropped as in-file duplicates).
        skipped_duplicates: Rows whose ``(source, external_id)`` repeated
            within the same read.
        watermarks: Source -> watermark to store once this read is stored.
        files_read: ``(source, file name, sha256)`` of folder-drop files read,
            to remember once stored (each is then never read again).
    """

    items: list[FeedbackItem] = field(default_factory=list)
    quarantined: list[QuarantinedRow] = field(default_factory=list)
    rows_in: int = 0
    skipped_duplicates: int = 0
    watermarks: dict[str, str] = field(default_factory=dict)
    files_read: list[tuple[str, str, str]] = field(default_factory=list)

    def absorb(self, other: IngestResult) -> None:
        """Add another source's result to this one (counts, rows, watermarks)."""
        self.items.extend(other.items)
        self.quarantined.extend(other.quarantined)
        self.rows_in += other.rows_in
        self.skipped_duplicates += other.skipped_duplicates
        self.watermarks.update(other.watermarks)
        self.files_read.extend(other.files_read)


@dataclass(slots=True)
class SentenceInsight:
    """Analysis of one sentence of an item."""

    text: str
    sentiment: str
    sentiment_score: float
    categories: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Insight:
    """The analysis of one item: the analyse contract's output row.

    Field names are part of the public contract (``vocmine analyze``, exports).

    Every label carries a probability: ``sentiment_probabilities`` holds the
    model's probability of each class (``negative``, ``neutral``, ``positive``;
    they sum to 1, ``sentiment`` is the most probable), ``category_scores`` the
    probability-like score of each category (a category is in ``categories``
    when its score reaches the categoriser's threshold, 0.5), and
    ``effort_probability``/``churn_probability`` the measured probability that
    the flag is true given the kind of rule that fired
    (:mod:`vocmine.categorise.calibration`; None without a calibration).
    ``needs_review`` marks an item whose labels are uncertain, for the reasons
    in ``review_reasons`` (:mod:`vocmine.analysis.review`).
    """

    id: str
    lang: str | None = None
    lang_confidence: float = 0.0
    sentiment: str | None = None
    sentiment_score: float | None = None
    sentiment_probabilities: dict[str, float] = field(default_factory=dict)
    categories: list[str] = field(default_factory=list)
    category_scores: dict[str, float] = field(default_factory=dict)
    aspect_sentiment: dict[str, str] = field(default_factory=dict)
    learned_categories: list[str] = field(default_factory=list)
    effort: bool = False
    effort_signals: list[str] = field(default_factory=list)
    effort_probability: float | None = None
    churn_risk: bool = False
    signal_reasons: dict[str, str] = field(default_factory=dict)
    churn_probability: float | None = None
    severity: float = 0.0
    needs_review: bool = False
    review_reasons: list[str] = field(default_factory=list)
    topic_id: int | None = None
    pii: list[str] = field(default_factory=list)
    text_redacted: str = ""
    sentences: list[SentenceInsight] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the insight as a JSON-ready dict (the analyse contract)."""
        out = asdict(self)
        if out["error"] is None:
            out.pop("error")
        return out


@dataclass(slots=True)
class AnalysedItem:
    """An item with its insight, as stored.

    Attributes:
        item: The ingested item (its text is never stored; see ``insight.text_redacted``).
        insight: The analysis.
        content_hash: Hash of the item's text; a changed hash means re-analysis.
        customer_key: Keyed customer pseudonym (:mod:`vocmine.analysis.pseudonyms`),
            never the raw id; set by the run after analysis.
    """

    item: FeedbackItem
    insight: Insight
    content_hash: str
    customer_key: str | None = None


@dataclass(slots=True)
class FollowupCase:
    """A follow-up case for service staff.

    Attributes:
        case_id: Stable id (one open case per customer and conversation).
        item_id: The insight that opened it.
        external_id: The item's id in its source system.
        source: Source name.
        priority: ``P1`` (most urgent) to ``P4``.
        status: ``new`` when opened.
        reasons: Why it was opened (``negative``, ``churn_risk``, categories ...).
        severity: Severity in [0, 1] of the opening insight.
        opened_at: When the case was opened.
        due_at: When it is due under the SLA of its priority.
        lang: Customer's language (for the reply).
        customer_key: Pseudonymous customer key.
        team: Owner team chosen by the routing rules.
        channel: Channel of the opening item.
        categories: Categories of the case's items (for routing, replies, metrics).
        contact_item_ids: Every item of this batch that belongs to the case.
    """

    case_id: str
    item_id: str
    external_id: str
    source: str
    priority: str
    status: str
    reasons: list[str]
    severity: float
    opened_at: datetime
    due_at: datetime
    lang: str | None = None
    customer_key: str | None = None
    team: str | None = None
    channel: str | None = None
    categories: list[str] = field(default_factory=list)
    contact_item_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RunSummary:
    """Counts of one run; ``rows_in == stored + updated + quarantined + skipped_duplicates + expired``.

    ``stages`` holds each step of the run in order (``stage``, ``seconds``,
    ``items`` it worked on, None when it works on none), ``peak_rss_mb`` the
    run process's peak resident memory.
    ``expired`` counts rows read whose item is already past its retention
    (never stored); ``purged`` counts stored items the run deleted because
    they expired, and ``purged_rows`` the rows deleted per table with them.

    ``skipped_duplicates`` counts rows repeated within the input and rows whose
    item is already stored with the same text (a re-run). ``marked_for_review``
    counts this run's analysed items with ``needs_review``, ``review_share`` is
    their share of the items analysed without error, ``review_reasons`` counts
    items per reason (``category_uncertain:<key>`` counted as ``category_uncertain``).
    """

    run_id: str
    started_at: datetime
    finished_at: datetime | None = None
    status: str = "running"
    rows_in: int = 0
    stored: int = 0
    updated: int = 0
    quarantined: int = 0
    skipped_duplicates: int = 0
    expired: int = 0
    purged: int = 0
    purged_rows: dict[str, int] = field(default_factory=dict)
    analysis_errors: int = 0
    followups_opened: int = 0
    marked_for_review: int = 0
    review_share: float = 0.0
    review_reasons: dict[str, int] = field(default_factory=dict)
    by_language: dict[str, int] = field(default_factory=dict)
    by_sentiment: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    top_topics: list[dict[str, Any]] = field(default_factory=list)
    emerging_topics: list[dict[str, Any]] = field(default_factory=list)
    followup_loop: list[dict[str, Any]] = field(default_factory=list)
    model_versions: dict[str, str] = field(default_factory=dict)
    exports: dict[str, str] = field(default_factory=dict)
    quarantine_reasons: dict[str, int] = field(default_factory=dict)
    stages: list[dict[str, Any]] = field(default_factory=list)
    peak_rss_mb: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the summary as a JSON-ready dict."""
        out = asdict(self)
        out["started_at"] = self.started_at.isoformat()
        out["finished_at"] = self.finished_at.isoformat() if self.finished_at else None
        return out


@dataclass(slots=True)
class TopicMatch:
    """Where one topic of a refit came from, or that it was retired.

    Attributes:
        topic_id: The public id after the refit (the previous id when
            ``status`` is ``matched`` or ``retired``, a fresh id when ``new``).
        status: ``matched``, ``new`` or ``retired``.
        fitted_id: The id the new fit gave the topic (None when retired).
        previous_id: The previous topic it continues (None when new).
        similarity: Centroid cosine of the best previous topic (None if none).
        label: The topic's label (the previous label when retired).
    """

    topic_id: int
    status: str
    fitted_id: int | None = None
    previous_id: int | None = None
    similarity: float | None = None
    label: str = ""


@dataclass(slots=True)
class RefitReport:
    """What a refit did, for the CLI, the flow artifact and the store.

    Attributes:
        refit_id: Id of this refit.
        refit_at: When it finished (UTC).
        model_version: Version string the topics were saved under.
        items: Documents the model was fitted on (a sample when the store holds
            more than ``max_fit_items``).
        topics: Topics after the refit.
        matched: Topics that kept a previous id.
        new: Topics with a fresh id.
        retired: Previous topics with no successor.
        outlier_share: Share of fitted documents left as -1.
        centred: Whether the fit centred embeddings by language.
        seconds: Wall time of the refit.
        matches: One :class:`TopicMatch` per topic (and per retired topic).
    """

    refit_id: str
    refit_at: datetime
    model_version: str
    items: int
    topics: int
    matched: int
    new: int
    retired: int
    outlier_share: float
    centred: bool
    seconds: float
    matches: list[TopicMatch] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the report as plain JSON-ready data."""
        out = asdict(self)
        out["refit_at"] = self.refit_at.isoformat()
        return out
