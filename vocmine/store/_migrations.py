"""The store's schema: a version number and the ordered migrations that reach it.

A store records in ``schema_version`` (one row per applied migration: version,
name, when) how far its schema has come. Opening a store reads that number;
when it is the code's :data:`LATEST_VERSION` nothing else runs (no DDL, so a
runtime user needs no DDL rights). A store behind it gets the pending
migrations, each in one transaction together with its ``schema_version`` row
(DuckDB and PostgreSQL both roll DDL back), so a failed migration leaves the
store at the version before it. A store ahead of the code is refused: the
code never downgrades.

Version 0 is a store without ``schema_version``: an empty database, or one
written by a release from before versioning. Migration 1 (``baseline``) is
the schema of that last release written with ``CREATE ... IF NOT EXISTS`` and
``ADD COLUMN IF NOT EXISTS``, so it creates a new store and brings any older
one up to date alike.

Why not Alembic: the store has no ORM models to autogenerate from, its
queries go through :class:`~vocmine.store._session.Session` on two dialects
(DuckDB has no SQLAlchemy dialect in our dependencies), and the needs are
small: an ordered list, a version table and a lock. This module is that,
and it is tested on both backends.

Two processes opening an old store at once apply each migration once:
PostgreSQL takes a transaction-scoped advisory lock (:data:`SCHEMA_LOCK_KEY`)
and reads the version again under it; a DuckDB file is opened by one process
at a time already, and threads of one process migrate one after another.

How to add a migration (a column, a table, a backfill):

1. Write what changes, never edit an earlier migration (stores in the field
   have run it already). Plain SQL in both dialects goes through :func:`sql`
   (``{vector_type}`` is the session's vector column type); anything else
   is a function of the session::

       def _backfill_channel(session: Session) -> None:
           session.execute("UPDATE insights SET channel = 'review' WHERE channel IS NULL")

2. Append it to :data:`MIGRATIONS` with the next version number::

       Migration(2, "erasures table", sql(
           "CREATE TABLE erasures (erasure_id VARCHAR PRIMARY KEY, erased_at TIMESTAMPTZ)"
       )),
       Migration(3, "insights.channel backfilled", _backfill_channel),

3. Use the new column or table in the store's queries; ``tests/store/
   test_migrations.py`` then checks that a fresh store and the upgraded
   release fixture end with the same tables and columns.

DuckDB cannot ``ALTER`` a column that an index depends on; PostgreSQL-only
DDL (the baseline's indexes) branches on ``session.name``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from vocmine.errors import StoreError
from vocmine.store._session import Session

SCHEMA_LOCK_KEY = 0x766F636D73636831  # "vocmsch1": the advisory lock key of schema changes
"""PostgreSQL advisory lock taken (per transaction) while a migration runs."""

_MIGRATING = threading.Lock()  # threads of one process migrate one at a time

VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    name VARCHAR,
    applied_at TIMESTAMPTZ
)
"""


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the schema.

    Attributes:
        version: Its number: the previous migration's plus one.
        name: What it does, in a few words (kept in ``schema_version``).
        apply: Runs its statements on the session (inside the transaction
            :func:`upgrade` opens; do not commit).
    """

    version: int
    name: str
    apply: Callable[[Session], None]


def sql(text: str) -> Callable[[Session], None]:
    """Return a migration step that runs ``;``-separated SQL (``{vector_type}`` filled in)."""

    def apply(session: Session) -> None:
        session.script(text.replace("{vector_type}", session.vector_type))

    return apply


# ----------------------------------------------------------------- version 1
# The schema of the last release without versioning, frozen: change it with a
# new migration, never here.

_BASELINE_CORE = """
CREATE TABLE IF NOT EXISTS insights (
    item_id VARCHAR PRIMARY KEY,
    source VARCHAR NOT NULL,
    external_id VARCHAR NOT NULL,
    channel VARCHAR,
    created_at TIMESTAMPTZ,
    customer_key VARCHAR,
    conversation_id VARCHAR,
    rating DOUBLE PRECISION,
    content_hash VARCHAR NOT NULL,
    lang VARCHAR,
    lang_confidence DOUBLE PRECISION,
    sentiment VARCHAR,
    sentiment_score DOUBLE PRECISION,
    sentiment_probabilities VARCHAR,
    categories VARCHAR,
    category_scores VARCHAR,
    aspect_sentiment VARCHAR,
    learned_categories VARCHAR,
    effort BOOLEAN,
    effort_signals VARCHAR,
    effort_probability DOUBLE PRECISION,
    churn_risk BOOLEAN,
    signal_reasons VARCHAR,
    churn_probability DOUBLE PRECISION,
    severity DOUBLE PRECISION,
    needs_review BOOLEAN,
    review_reasons VARCHAR,
    topic_id INTEGER,
    pii VARCHAR,
    text_redacted VARCHAR,
    sentences VARCHAR,
    error VARCHAR,
    meta VARCHAR,
    first_run_id VARCHAR,
    run_id VARCHAR,
    analysed_at TIMESTAMPTZ
);
ALTER TABLE insights ADD COLUMN IF NOT EXISTS learned_categories VARCHAR;
ALTER TABLE insights ADD COLUMN IF NOT EXISTS signal_reasons VARCHAR;
ALTER TABLE insights ADD COLUMN IF NOT EXISTS sentiment_probabilities VARCHAR;
ALTER TABLE insights ADD COLUMN IF NOT EXISTS effort_probability DOUBLE PRECISION;
ALTER TABLE insights ADD COLUMN IF NOT EXISTS churn_probability DOUBLE PRECISION;
ALTER TABLE insights ADD COLUMN IF NOT EXISTS needs_review BOOLEAN;
ALTER TABLE insights ADD COLUMN IF NOT EXISTS review_reasons VARCHAR;
CREATE TABLE IF NOT EXISTS quarantine (
    row_key VARCHAR PRIMARY KEY,
    source VARCHAR,
    location VARCHAR,
    reason VARCHAR,
    detail VARCHAR,
    raw_excerpt VARCHAR,
    first_run_id VARCHAR,
    last_run_id VARCHAR
);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMPTZ,
    finished_at TIMESTAMPTZ,
    status VARCHAR,
    rows_in INTEGER,
    stored INTEGER,
    updated INTEGER,
    quarantined INTEGER,
    skipped_duplicates INTEGER,
    analysis_errors INTEGER,
    followups_opened INTEGER,
    model_versions VARCHAR,
    exports VARCHAR,
    summary VARCHAR
);
CREATE TABLE IF NOT EXISTS embeddings (
    model VARCHAR,
    content_hash VARCHAR,
    vector {vector_type},
    PRIMARY KEY (model, content_hash)
);
CREATE TABLE IF NOT EXISTS topics (
    model_version VARCHAR,
    topic_id INTEGER,
    label VARCHAR,
    keywords VARCHAR,
    keywords_by_lang VARCHAR,
    size INTEGER,
    saved_at TIMESTAMPTZ,
    PRIMARY KEY (model_version, topic_id)
);
"""

_BASELINE_FOLLOWUPS = """
CREATE TABLE IF NOT EXISTS followups (
    case_id VARCHAR PRIMARY KEY,
    item_id VARCHAR,
    external_id VARCHAR,
    source VARCHAR,
    priority VARCHAR,
    status VARCHAR,
    reasons VARCHAR,
    severity DOUBLE PRECISION,
    opened_at TIMESTAMPTZ,
    due_at TIMESTAMPTZ,
    lang VARCHAR,
    customer_key VARCHAR,
    updated_at TIMESTAMPTZ
);
ALTER TABLE followups ADD COLUMN IF NOT EXISTS team VARCHAR;
ALTER TABLE followups ADD COLUMN IF NOT EXISTS owner VARCHAR;
ALTER TABLE followups ADD COLUMN IF NOT EXISTS channel VARCHAR;
ALTER TABLE followups ADD COLUMN IF NOT EXISTS categories VARCHAR DEFAULT '[]';
ALTER TABLE followups ADD COLUMN IF NOT EXISTS contacts INTEGER DEFAULT 1;
ALTER TABLE followups ADD COLUMN IF NOT EXISTS version INTEGER DEFAULT 1;
ALTER TABLE followups ADD COLUMN IF NOT EXISTS first_contact_at TIMESTAMPTZ;
ALTER TABLE followups ADD COLUMN IF NOT EXISTS resolved_at TIMESTAMPTZ;
ALTER TABLE followups ADD COLUMN IF NOT EXISTS closed_at TIMESTAMPTZ;
CREATE TABLE IF NOT EXISTS followup_items (
    case_id VARCHAR,
    item_id VARCHAR,
    attached_at TIMESTAMPTZ,
    PRIMARY KEY (case_id, item_id)
);
INSERT INTO followup_items
    SELECT case_id, item_id, opened_at FROM followups ON CONFLICT DO NOTHING;
CREATE SEQUENCE IF NOT EXISTS followup_event_seq;
CREATE TABLE IF NOT EXISTS followup_events (
    event_id BIGINT PRIMARY KEY DEFAULT nextval('followup_event_seq'),
    case_id VARCHAR,
    "at" TIMESTAMPTZ,
    actor VARCHAR,
    action VARCHAR,
    from_status VARCHAR,
    to_status VARCHAR,
    owner VARCHAR,
    note VARCHAR,
    version INTEGER
);
"""

_BASELINE_WATERMARKS = """
CREATE TABLE IF NOT EXISTS watermarks (
    source VARCHAR PRIMARY KEY,
    value VARCHAR,
    updated_at TIMESTAMPTZ
);
CREATE TABLE IF NOT EXISTS processed_files (
    source VARCHAR,
    file_name VARCHAR,
    sha256 VARCHAR,
    processed_at TIMESTAMPTZ,
    PRIMARY KEY (source, file_name, sha256)
);
"""

_BASELINE_TOPICS = """
CREATE TABLE IF NOT EXISTS topic_refits (
    refit_id VARCHAR PRIMARY KEY,
    refit_at TIMESTAMPTZ,
    model_version VARCHAR,
    items INTEGER,
    topics INTEGER,
    matched INTEGER,
    new INTEGER,
    retired INTEGER,
    outlier_share DOUBLE PRECISION,
    centred BOOLEAN,
    seconds DOUBLE PRECISION
);
CREATE TABLE IF NOT EXISTS topic_id_map (
    refit_id VARCHAR,
    topic_id INTEGER,
    status VARCHAR,
    fitted_id INTEGER,
    previous_id INTEGER,
    similarity DOUBLE PRECISION,
    label VARCHAR
);
"""

_BASELINE_POSTGRES_INDEXES = """
CREATE INDEX IF NOT EXISTS insights_customer_key ON insights (customer_key);
CREATE INDEX IF NOT EXISTS insights_topic_id ON insights (topic_id)
"""
# DuckDB gets no secondary indexes: it cannot ALTER a table column an index uses.


def _baseline(session: Session) -> None:
    """Create every table of the last unversioned release; bring an older store up to it."""
    for text in (_BASELINE_CORE, _BASELINE_FOLLOWUPS, _BASELINE_WATERMARKS, _BASELINE_TOPICS):
        sql(text)(session)
    if session.name == "postgresql":
        session.script(_BASELINE_POSTGRES_INDEXES)


_PRIVACY = """
CREATE TABLE IF NOT EXISTS store_meta (
    name VARCHAR PRIMARY KEY,
    value VARCHAR,
    updated_at TIMESTAMPTZ
);
CREATE TABLE IF NOT EXISTS erasures (
    erasure_id VARCHAR PRIMARY KEY,
    erased_at TIMESTAMPTZ,
    actor VARCHAR,
    scope VARCHAR,
    source VARCHAR,
    row_counts VARCHAR
);
"""
# store_meta: the pseudonym key's fingerprint; erasures: the records of erasure and
# retention (no personal data). See vocmine/store/_erasure.py.


_WORKSPACE = """
CREATE TABLE IF NOT EXISTS users (
    name VARCHAR PRIMARY KEY,
    role VARCHAR NOT NULL,
    team VARCHAR,
    password_hash VARCHAR,
    disabled BOOLEAN DEFAULT false,
    created_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ
);
CREATE TABLE IF NOT EXISTS user_tokens (
    token_hash VARCHAR PRIMARY KEY,
    user_name VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    created_at TIMESTAMPTZ,
    expires_at TIMESTAMPTZ
);
CREATE SEQUENCE IF NOT EXISTS correction_seq;
CREATE TABLE IF NOT EXISTS corrections (
    correction_id BIGINT PRIMARY KEY DEFAULT nextval('correction_seq'),
    item_id VARCHAR NOT NULL,
    field VARCHAR NOT NULL,
    value VARCHAR,
    model_value VARCHAR,
    actor VARCHAR,
    "at" TIMESTAMPTZ
);
CREATE SEQUENCE IF NOT EXISTS audit_event_seq;
CREATE TABLE IF NOT EXISTS audit_events (
    event_id BIGINT PRIMARY KEY DEFAULT nextval('audit_event_seq'),
    "at" TIMESTAMPTZ,
    actor VARCHAR,
    action VARCHAR,
    target_kind VARCHAR,
    target_id VARCHAR,
    detail VARCHAR
);
"""
# users and user_tokens: the workspace's accounts (password and token hashes only);
# corrections: analysts' labels beside the model's (the newest per item and field
# counts); audit_events: who changed a user or a label, when (case changes are in
# followup_events). See vocmine/store/_workspace.py.


_TOPIC_LABELS = """
CREATE TABLE IF NOT EXISTS topic_labels (
    topic_id INTEGER PRIMARY KEY,
    label VARCHAR NOT NULL,
    actor VARCHAR,
    labelled_at TIMESTAMPTZ
);
"""
# topic_labels: an analyst's label of a topic id; it wins over the model's label in
# read_topics (which keeps the model's in model_label). Refits keep matched ids.


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "baseline", _baseline),
    Migration(2, "store_meta and erasures (keyed pseudonyms, erasure records)", sql(_PRIVACY)),
    Migration(3, "workspace: users, tokens, corrections, audit events", sql(_WORKSPACE)),
    Migration(4, "topic label corrections", sql(_TOPIC_LABELS)),
)
"""Every migration, in order; append new ones (versions 1, 2, 3 ... without gaps)."""

LATEST_VERSION = MIGRATIONS[-1].version
"""The schema version this code reads and writes."""


# ----------------------------------------------------------------- running them


def read_version(session: Session) -> int:
    """Return the store's schema version (0: no ``schema_version`` table yet). Reads only."""
    (exists,) = session.fetchall(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version' "
        "AND table_schema = current_schema() AND table_catalog = current_database()"
    )[0]
    if not exists:
        return 0
    (version,) = session.fetchall("SELECT coalesce(max(version), 0) FROM schema_version")[0]
    return int(version)


def pending_migrations(version: int) -> list[Migration]:
    """Return the migrations a store at ``version`` still needs, in order."""
    return [m for m in MIGRATIONS if m.version > version]


def check_version(version: int, url: str) -> None:
    """Refuse a store whose schema is newer than this code's.

    Raises:
        StoreError: ``version`` is above :data:`LATEST_VERSION`.
    """
    if version > LATEST_VERSION:
        raise StoreError(
            f"the store {url} is at schema version {version}, newer than this vocmine "
            f"(version {LATEST_VERSION}); upgrade vocmine - a store is never downgraded"
        )


def upgrade(session: Session, url: str) -> list[Migration]:
    """Apply the pending migrations, each in one transaction with its ``schema_version`` row.

    Under the schema lock each transaction reads the version again, so a
    migration another process (or thread) applied since the first read is
    skipped.

    Args:
        session: The store's open session.
        url: The store URL as shown in messages (password masked).

    Returns:
        The migrations this call applied (empty when the store was current).

    Raises:
        StoreError: The store is newer than the code.
    """
    applied: list[Migration] = []
    with _MIGRATING:
        for migration in pending_migrations(read_version(session)):
            with session.transaction():
                if session.name == "postgresql":
                    session.execute("SELECT pg_advisory_xact_lock(?)", [SCHEMA_LOCK_KEY])
                session.script(VERSION_TABLE)
                version = read_version(session)
                check_version(version, url)
                if version >= migration.version:
                    continue
                migration.apply(session)
                session.execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                    [migration.version, migration.name, datetime.now(UTC)],
                )
            applied.append(migration)
    return applied


def ensure_current(session: Session, url: str, auto_upgrade: bool = True) -> list[Migration]:
    """Bring a store just opened to :data:`LATEST_VERSION`, or refuse it.

    A current store costs two reads and no DDL.

    Args:
        session: The store's open session.
        url: The store URL as shown in messages (password masked).
        auto_upgrade: Apply pending migrations; False refuses a store behind
            the code instead (for users without DDL rights).

    Returns:
        The migrations applied (empty when the store was current).

    Raises:
        StoreError: The store is newer than the code, or behind it with
            ``auto_upgrade`` off.
    """
    version = read_version(session)
    check_version(version, url)
    if version == LATEST_VERSION:
        return []
    if not auto_upgrade:
        raise StoreError(
            f"the store {url} is at schema version {version}; this vocmine needs version "
            f"{LATEST_VERSION}: run `vocmine store upgrade --store {url}` (with a user that "
            "may change the schema), or set store_auto_upgrade: true"
        )
    return upgrade(session, url)
