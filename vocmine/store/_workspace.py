"""Store, workspace part: users, their tokens, label corrections and the audit trail.

Mixed into :class:`~vocmine.store._sql_store.SqlStore`, so DuckDB and
PostgreSQL both have it. The tables come from migration 3
(:mod:`vocmine.store._migrations`):

* ``users``: name, role, team, the password *hash* (never the password) and
  whether the account is disabled;
* ``user_tokens``: hashes of session and API tokens (the token itself is
  only ever shown to its owner), with an optional expiry;
* ``corrections``: an analyst's label beside the model's, one row per item,
  field and change; the newest row per item and field is the corrected label,
  the older ones are its history. Re-runs and refits never touch this table;
* ``audit_events``: who changed a user or a label, when and what (changes to
  follow-up cases are in ``followup_events``).

Every change writes its audit row in the same transaction as the change.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import pandas as pd

from vocmine.errors import ItemNotFoundError, UserError
from vocmine.store._session import Session
from vocmine.store.base import JSON_COLUMNS, json_text

USER_COLUMNS: tuple[str, ...] = ("name", "role", "team", "disabled", "created_at", "updated_at")
"""Columns of a user as the store returns it (the password hash only on request)."""

CHANGEABLE_USER_COLUMNS: frozenset[str] = frozenset({"role", "team", "password_hash", "disabled"})


class WorkspaceMixin:
    """Users, tokens, corrections and audit queries; needs ``self._db`` (a :class:`Session`)."""

    _db: Session

    # audit ------------------------------------------------------------------
    def _audit(
        self,
        actor: str,
        action: str,
        target_kind: str,
        target_id: str,
        detail: Mapping[str, Any] | None,
        at: datetime,
    ) -> None:
        self._db.execute(
            'INSERT INTO audit_events ("at", actor, action, target_kind, target_id, detail) '
            "VALUES (?, ?, ?, ?, ?, ?)",
            [at, actor, action, target_kind, target_id, json_text(detail or {})],
        )

    def list_audit_events(
        self, target_kind: str | None = None, target_id: str | None = None, limit: int = 200
    ) -> list[dict]:
        """Return audit events (users, corrections), newest first, ``detail`` decoded."""
        query = "SELECT * FROM audit_events WHERE true"
        params: list[Any] = []
        if target_kind is not None:
            query += " AND target_kind = ?"
            params.append(target_kind)
        if target_id is not None:
            query += " AND target_id = ?"
            params.append(target_id)
        query += " ORDER BY event_id DESC LIMIT ?"
        params.append(int(limit))
        events = self._db.fetch_dicts(query, params)
        for event in events:
            event["detail"] = json.loads(event["detail"] or "{}")
        return events

    # users ------------------------------------------------------------------
    def add_user(
        self, name: str, role: str, team: str | None, password_hash: str, *, actor: str
    ) -> dict:
        """Create a user; return it (without the hash).

        Raises:
            UserError: A user of this name exists.
        """
        if self.get_user(name) is not None:
            raise UserError(f"user {name!r} exists already; see `vocmine users list`")
        now = datetime.now(UTC)
        with self._db.transaction():
            self._db.execute(
                "INSERT INTO users (name, role, team, password_hash, disabled, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, false, ?, ?)",
                [name, role, team, password_hash, now, now],
            )
            self._audit(actor, "user_added", "user", name, {"role": role, "team": team}, now)
        user = self.get_user(name)
        assert user is not None
        return user

    def get_user(self, name: str, with_hash: bool = False) -> dict | None:
        """Return one user (None if unknown); ``with_hash`` adds ``password_hash``."""
        columns = [*USER_COLUMNS, "password_hash"] if with_hash else list(USER_COLUMNS)
        rows = self._db.fetch_dicts(
            f"SELECT {', '.join(columns)} FROM users WHERE name = ?", [name]
        )
        return rows[0] if rows else None

    def list_users(self) -> list[dict]:
        """Return every user (no hashes), by name."""
        return self._db.fetch_dicts(f"SELECT {', '.join(USER_COLUMNS)} FROM users ORDER BY name")

    def update_user(self, name: str, changes: Mapping[str, Any], *, actor: str) -> dict:
        """Change a user's role, team, password hash or disabled flag; return the user.

        Disabling a user also deletes every token they hold, so their open
        sessions and scripts stop at their next request.

        Raises:
            UserError: No such user.
            ValueError: A column that cannot be changed.
        """
        unknown = set(changes) - CHANGEABLE_USER_COLUMNS
        if unknown:
            raise ValueError(f"user columns not changeable: {sorted(unknown)}")
        if self.get_user(name) is None:
            raise UserError(f"no user {name!r}; see `vocmine users list`")
        now = datetime.now(UTC)
        assignments = ", ".join(f"{column} = ?" for column in changes)
        shown = {k: ("(changed)" if k == "password_hash" else v) for k, v in changes.items()}
        with self._db.transaction():
            self._db.execute(
                f"UPDATE users SET {assignments}, updated_at = ? WHERE name = ?",
                [*changes.values(), now, name],
            )
            if changes.get("disabled"):
                self._db.execute("DELETE FROM user_tokens WHERE user_name = ?", [name])
            self._audit(actor, "user_changed", "user", name, shown, now)
        user = self.get_user(name)
        assert user is not None
        return user

    # tokens -----------------------------------------------------------------
    def add_user_token(
        self,
        name: str,
        token_hash: str,
        kind: str,
        expires_at: datetime | None = None,
        *,
        audit: bool = False,
    ) -> None:
        """Keep a token's hash for ``name`` (``kind``: ``session`` or ``api``).

        Args:
            name: The user.
            token_hash: The token's digest (the token itself is never stored).
            kind: ``session`` (a login) or ``api`` (a bearer token for scripts).
            expires_at: When it stops working (None: until revoked).
            audit: Record an audit event (API tokens; logins are not audited).
        """
        now = datetime.now(UTC)
        with self._db.transaction():
            self._db.execute(
                "INSERT INTO user_tokens (token_hash, user_name, kind, created_at, expires_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [token_hash, name, kind, now, expires_at],
            )
            if audit:
                self._audit(name, "token_issued", "user", name, {"kind": kind}, now)

    def user_for_token(self, token_hash: str, kinds: Sequence[str], now: datetime) -> dict | None:
        """Return the enabled user a live token of one of ``kinds`` belongs to (None otherwise)."""
        rows = self._db.fetch_dicts(
            "SELECT u.name, u.role, u.team, u.disabled FROM user_tokens t "
            "JOIN users u ON u.name = t.user_name WHERE t.token_hash = ? AND "
            + self._db.in_list("t.kind")
            + " AND (t.expires_at IS NULL OR t.expires_at > ?) AND NOT u.disabled",
            [token_hash, list(kinds), now],
        )
        return rows[0] if rows else None

    def delete_user_token(self, token_hash: str) -> bool:
        """Forget one token (a logout); return whether it existed."""
        return self._db.execute("DELETE FROM user_tokens WHERE token_hash = ?", [token_hash]) > 0

    # items and corrections ----------------------------------------------------
    def get_insight(self, item_id: str) -> dict:
        """Return one stored item's row, JSON columns decoded.

        Raises:
            ItemNotFoundError: No item has this id.
        """
        rows = self._db.fetch_dicts("SELECT * FROM insights WHERE item_id = ?", [item_id])
        if not rows:
            raise ItemNotFoundError(f"no item {item_id!r}")
        row = rows[0]
        for column in JSON_COLUMNS:
            if isinstance(row.get(column), str):
                row[column] = json.loads(row[column])
        return row

    def add_corrections(
        self,
        item_id: str,
        values: Mapping[str, Any],
        model_values: Mapping[str, Any],
        *,
        actor: str,
        at: datetime | None = None,
    ) -> dict[str, dict]:
        """Record an analyst's labels for one item, with the model's beside them.

        Args:
            item_id: The item (must be stored).
            values: Corrected label per field (``sentiment``, ``categories`` ...).
            model_values: The model's label of each field, kept for comparison.
            actor: Who corrected.
            at: When (default: now, UTC).

        Returns:
            The item's corrections after the change (see :meth:`corrections_for`).

        Raises:
            ItemNotFoundError: No item has this id.
        """
        self.get_insight(item_id)
        at = at or datetime.now(UTC)
        with self._db.transaction():
            for field, value in values.items():
                self._db.execute(
                    'INSERT INTO corrections (item_id, field, value, model_value, actor, "at") '
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        item_id,
                        field,
                        json_text(value),
                        json_text(model_values.get(field)),
                        actor,
                        at,
                    ],
                )
            self._audit(actor, "corrected", "item", item_id, dict(values), at)
        return self.corrections_for([item_id]).get(item_id, {})

    def corrections_for(self, item_ids: Sequence[str]) -> dict[str, dict[str, dict]]:
        """Return the current correction per item and field.

        Returns:
            ``{item_id: {field: {"value", "model_value", "actor", "at"}}}``
            from the newest correction of each field; items without one are
            absent.
        """
        if not item_ids:
            return {}
        rows = self._db.fetch_dicts(
            'SELECT item_id, field, value, model_value, actor, "at" FROM corrections WHERE '
            + self._db.in_list("item_id")
            + " ORDER BY correction_id",
            [list(item_ids)],
        )
        current: dict[str, dict[str, dict]] = {}
        for row in rows:  # oldest first: a newer correction of a field replaces the older
            current.setdefault(row["item_id"], {})[row["field"]] = {
                "value": json.loads(row["value"]),
                "model_value": json.loads(row["model_value"]),
                "actor": row["actor"],
                "at": row["at"],
            }
        return current

    def current_corrections(self) -> dict[str, dict[str, Any]]:
        """Return ``item_id -> {field: corrected value}`` (the newest of each), for exports."""
        current: dict[str, dict[str, Any]] = {}
        for row in self.list_corrections():  # oldest first
            current.setdefault(row["item_id"], {})[row["field"]] = row["value"]
        return current

    def set_topic_label(self, topic_id: int, label: str, *, actor: str) -> None:
        """Give a topic an analyst's label (kept across runs and refits that keep its id)."""
        now = datetime.now(UTC)
        with self._db.transaction():
            self._db.upsert_rows(
                "topic_labels",
                ("topic_id", "label", "actor", "labelled_at"),
                [[int(topic_id), label, actor, now]],
                ["topic_id"],
                ["label", "actor", "labelled_at"],
            )
            self._audit(actor, "topic_labelled", "topic", str(topic_id), {"label": label}, now)

    def corrected_item_ids(self) -> set[str]:
        """Return the ids of every item with at least one correction."""
        return {r[0] for r in self._db.fetchall("SELECT DISTINCT item_id FROM corrections")}

    def list_corrections(self) -> list[dict]:
        """Return every correction, oldest first, values decoded (the history included)."""
        rows = self._db.fetch_dicts(
            'SELECT correction_id, item_id, field, value, model_value, actor, "at" '
            "FROM corrections ORDER BY correction_id"
        )
        for row in rows:
            row["value"] = json.loads(row["value"])
            row["model_value"] = json.loads(row["model_value"])
        return rows


ITEM_LIST_COLUMNS: tuple[str, ...] = (
    "item_id",
    "source",
    "external_id",
    "channel",
    "created_at",
    "lang",
    "rating",
    "sentiment",
    "sentiment_probabilities",
    "categories",
    "effort",
    "churn_risk",
    "churn_probability",
    "effort_probability",
    "needs_review",
    "review_reasons",
    "topic_id",
    "text_redacted",
)
"""Columns of an item in a list (no sentences, scores per category or signals)."""


_WHEN = "coalesce(created_at, analysed_at)"
"""An item's time: when the customer wrote, else when it was analysed."""


def _item_where(
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    **equal: Any,
) -> tuple[list[str], list[Any]]:
    """Return SQL conditions and parameters: each ``equal`` column equals its value (None: any)."""
    where: list[str] = ["true"]
    params: list[Any] = []
    for column, value in equal.items():
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if since is not None:
        where.append(f"{_WHEN} >= ?")
        params.append(since)
    if until is not None:
        where.append(f"{_WHEN} < ?")
        params.append(until)
    return where, params


class ItemQueryMixin:
    """Filtered item lists for the workspace's drill-downs; needs ``self._db``."""

    _db: Session

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
        columns: Sequence[str] = ITEM_LIST_COLUMNS,
    ) -> tuple[list[dict], int]:
        """Return stored items matching every given filter, newest first, and how many match.

        Args:
            sentiment: The model's sentiment label.
            category: A category the model gave.
            lang: The item's language.
            channel: Its channel.
            source: Its source.
            topic_id: Its topic.
            needs_review: Marked (or not) for review.
            effort: Flagged (or not) as customer effort.
            churn_risk: Flagged (or not) as churn risk.
            since: Created at or after (``created_at``, else when analysed).
            until: Created before.
            rated: With (or without) a score (``rating``).
            limit: At most this many rows (None: all).
            offset: Skip this many first.
            item_ids: Only these items.
            columns: The columns to return (a subset of :data:`ITEM_LIST_COLUMNS`).

        Returns:
            ``(rows, total)``: the page of rows (``columns``, JSON decoded) and
            the number of matching items.
        """
        where, params = _item_where(
            since=since,
            until=until,
            sentiment=sentiment,
            lang=lang,
            channel=channel,
            source=source,
            topic_id=topic_id,
            needs_review=needs_review,
            effort=effort,
            churn_risk=churn_risk,
        )
        if category is not None:
            where.append(self._db.json_list_contains("categories"))
            params.append(category)
        if item_ids is not None:
            where.append(self._db.in_list("item_id"))
            params.append(list(item_ids))
        if rated is not None:
            where.append("rating IS NOT NULL" if rated else "rating IS NULL")
        unknown = set(columns) - set(ITEM_LIST_COLUMNS)
        if unknown:
            raise ValueError(f"not item list columns: {sorted(unknown)}")
        when = _WHEN
        condition = " AND ".join(where)
        total = int(
            self._db.fetchall(f"SELECT count(*) FROM insights WHERE {condition}", params)[0][0]
        )
        query = (
            f"SELECT {', '.join(columns)} FROM insights WHERE {condition} "
            f"ORDER BY {when} DESC, item_id"
        )
        page_params = list(params)
        if limit is not None:
            query += " LIMIT ? OFFSET ?"
            page_params += [int(limit), int(offset)]
        rows = self._db.fetch_dicts(query, page_params)
        for row in rows:
            for column in ("sentiment_probabilities", "categories", "review_reasons"):
                if isinstance(row.get(column), str):
                    row[column] = json.loads(row[column])
        return rows, total

    def texts_of(self, item_ids: Sequence[str]) -> dict[str, str]:
        """Return the redacted text of each stored item among ``item_ids`` (one query)."""
        if not item_ids:
            return {}
        rows = self._db.fetchall(
            "SELECT item_id, text_redacted FROM insights WHERE " + self._db.in_list("item_id"),
            [list(item_ids)],
        )
        return {item_id: text or "" for item_id, text in rows}

    def topic_quotes(
        self, topic_ids: Sequence[int], per_topic: int = 2, **filters: Any
    ) -> dict[int, list[str]]:
        """Return the newest ``per_topic`` redacted texts of each topic (one query).

        Args:
            topic_ids: The topics.
            per_topic: Texts per topic.
            **filters: ``since``, ``until``, ``source``, ``channel``, ``lang``
                as in :meth:`insight_facts`.
        """
        if not topic_ids:
            return {}
        when = _WHEN
        where, params = _item_where(**filters)
        where.append(self._db.in_list("CAST(topic_id AS VARCHAR)"))
        params.append([str(int(t)) for t in topic_ids])
        rows = self._db.fetchall(
            "SELECT topic_id, text_redacted FROM (SELECT topic_id, text_redacted, row_number() "
            f"OVER (PARTITION BY topic_id ORDER BY {when} DESC, item_id) AS rank FROM insights "
            f"WHERE {' AND '.join(where)}) ranked WHERE rank <= ? ORDER BY topic_id, rank",
            [*params, int(per_topic)],
        )
        quotes: dict[int, list[str]] = {}
        for topic_id, text in rows:
            quotes.setdefault(int(topic_id), []).append(text or "")
        return quotes

    def data_version(self) -> tuple[int, str]:
        """Return what changes whenever items are stored or erased, or a topic is relabelled."""
        count, newest = self._db.fetchall("SELECT count(*), max(analysed_at) FROM insights")[0]
        labels, relabelled = self._db.fetchall(
            "SELECT count(*), max(labelled_at) FROM topic_labels"
        )[0]
        return int(count), f"{newest}|{labels}|{relabelled}"

    def insight_facts(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        source: str | None = None,
        channel: str | None = None,
        lang: str | None = None,
    ) -> pd.DataFrame:
        """Return the light columns of every matching item, for dashboards (no text).

        Columns: ``item_id, created_at`` (``created_at``, else when analysed),
        ``source, channel, lang, sentiment, categories`` (lists), ``effort,
        churn_risk, needs_review, topic_id, rating``.
        """
        when = _WHEN
        where, params = _item_where(
            since=since, until=until, source=source, channel=channel, lang=lang
        )
        frame = self._db.frame(
            f"SELECT item_id, {when} AS created_at, source, channel, lang, sentiment, "
            "categories, effort, churn_risk, needs_review, topic_id, rating "
            f"FROM insights WHERE {' AND '.join(where)}",
            params,
        )
        parsed: dict[str, list[str]] = {}  # few distinct lists: parse each once
        frame["categories"] = [
            (parsed[v] if v in parsed else parsed.setdefault(v, json.loads(v)))
            if isinstance(v, str)
            else []
            for v in frame["categories"]
        ]
        return frame
