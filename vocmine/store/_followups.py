"""Store, follow-up cases part (mixed into :class:`SqlStore`, so every backend has it).

Three tables: ``followups`` (one row per case, with an optimistic ``version``
column), ``followup_items`` (every contact attached to a case) and
``followup_events`` (the audit trail: who changed what, when, with which
note). A case update is one transaction that bumps the version only when the
caller read the current one, so two people updating one case cannot
overwrite each other silently. The tables come from the store's migrations
(:mod:`vocmine.store._migrations`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from vocmine.errors import CaseConflictError, CaseNotFoundError
from vocmine.schemas import FollowupCase
from vocmine.store._session import Session
from vocmine.store.base import json_text

OPEN_STATUSES: tuple[str, ...] = ("new", "assigned", "in_progress", "contacted", "reopened")
DONE_STATUSES: tuple[str, ...] = ("resolved", "closed")
UPDATABLE_COLUMNS: frozenset[str] = frozenset(
    {
        "status",
        "owner",
        "team",
        "priority",
        "due_at",
        "first_contact_at",
        "resolved_at",
        "closed_at",
    }
)
SYSTEM_ACTOR = "vocmine"


class FollowupsMixin:
    """Follow-up case storage; needs ``self._db`` (a :class:`Session`)."""

    _db: Session

    # follow-ups ---------------------------------------------------------
    def upsert_followups(
        self, cases: Sequence[FollowupCase], reopen_on_new_contact: bool = True
    ) -> int:
        """Open cases not known yet, attach new contacts to known ones; return how many were opened.

        A known case is never duplicated, and a re-run (items already attached)
        never changes it. An item not seen before attaches to the case, counts
        as a contact and, when ``reopen_on_new_contact`` and the case is
        resolved or closed, reopens it (recorded as a ``vocmine`` event).
        """
        opened = 0
        for case in cases:
            rows = self._db.fetchall(
                "SELECT status, version FROM followups WHERE case_id = ?", [case.case_id]
            )
            known = rows[0] if rows else None
            if known is None:
                self._insert_case(case)
                opened += 1
            else:
                self._attach_contacts(case, known[0], known[1], reopen_on_new_contact)
        return opened

    def _insert_case(self, case: FollowupCase) -> None:
        item_ids = case.contact_item_ids or [case.item_id]
        with self._db.transaction():
            self._db.execute(
                """
                INSERT INTO followups (case_id, item_id, external_id, source, priority, status,
                    reasons, severity, opened_at, due_at, lang, customer_key, updated_at, team,
                    owner, channel, categories, contacts, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 1)
                """,
                [
                    case.case_id,
                    case.item_id,
                    case.external_id,
                    case.source,
                    case.priority,
                    case.status,
                    json_text(case.reasons),
                    case.severity,
                    case.opened_at,
                    case.due_at,
                    case.lang,
                    case.customer_key,
                    case.opened_at,
                    case.team,
                    case.channel,
                    json_text(case.categories),
                    len(item_ids),
                ],
            )
            for item_id in item_ids:
                self._db.execute(
                    "INSERT INTO followup_items VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    [case.case_id, item_id, case.opened_at],
                )
            self._insert_event(
                case.case_id,
                case.opened_at,
                SYSTEM_ACTOR,
                "opened",
                None,
                case.status,
                None,
                f"{case.priority}, team {case.team}: {', '.join(case.reasons)}",
                1,
            )

    def _attach_contacts(self, case: FollowupCase, status: str, version: int, reopen: bool) -> None:
        item_ids = case.contact_item_ids or [case.item_id]
        known = {
            row[0]
            for row in self._db.fetchall(
                "SELECT item_id FROM followup_items WHERE case_id = ?", [case.case_id]
            )
        }
        new_ids = [i for i in item_ids if i not in known]
        if not new_ids:
            return
        reopening = reopen and status in DONE_STATUSES
        new_status = "reopened" if reopening else status
        with self._db.transaction():
            for item_id in new_ids:
                self._db.execute(
                    "INSERT INTO followup_items VALUES (?, ?, ?)",
                    [case.case_id, item_id, case.opened_at],
                )
            self._db.execute(
                """
                UPDATE followups SET contacts = contacts + ?, status = ?, version = version + 1,
                    updated_at = ? WHERE case_id = ?
                """,
                [len(new_ids), new_status, case.opened_at, case.case_id],
            )
            note = f"{len(new_ids)} new contact(s) from the customer"
            self._insert_event(
                case.case_id,
                case.opened_at,
                SYSTEM_ACTOR,
                "reopened" if reopening else "contact",
                status,
                new_status,
                None,
                note,
                version + 1,
            )

    def _insert_event(
        self,
        case_id: str,
        at: datetime,
        actor: str,
        action: str,
        from_status: str | None,
        to_status: str | None,
        owner: str | None,
        note: str | None,
        version: int | None,
    ) -> None:
        self._db.execute(
            """
            INSERT INTO followup_events (case_id, "at", actor, action, from_status, to_status,
                owner, note, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [case_id, at, actor, action, from_status, to_status, owner, note, version],
        )

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
        """Return cases, most urgent first.

        Args:
            status: ``open`` (not resolved or closed), ``all`` or None (every
                case), or one status.
            priority: Only this priority (``P1``..``P4``).
            owner: Only cases assigned to this person.
            team: Only cases of this team.
            lang: Only cases in this language.
            category: Only cases with this category.
            overdue_at: Only open cases due before this moment.
            source: Only cases of this source.
            limit: At most this many (None: all).
            offset: Skip this many first (paging).
        """
        where, params = self._case_filter(
            status, priority, owner, team, lang, category, overdue_at, source
        )
        query = f"SELECT * FROM followups WHERE {where} ORDER BY priority, due_at, case_id"
        if limit is not None:
            query += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        return self._case_rows(query, params)

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
        """Return how many cases :meth:`list_followups` would return without a limit."""
        where, params = self._case_filter(
            status, priority, owner, team, lang, category, overdue_at, source
        )
        return int(self._db.fetchall(f"SELECT count(*) FROM followups WHERE {where}", params)[0][0])

    def _case_filter(
        self,
        status: str | None,
        priority: str | None,
        owner: str | None,
        team: str | None,
        lang: str | None,
        category: str | None,
        overdue_at: datetime | None,
        source: str | None,
    ) -> tuple[str, list[Any]]:
        where = ["true"]
        params: list[Any] = []
        if status == "open" or overdue_at is not None:
            where.append(self._db.in_list("status"))
            params.append(list(OPEN_STATUSES))
        if status not in (None, "all", "open"):
            where.append("status = ?")
            params.append(status)
        for column, value in (
            ("priority", priority),
            ("owner", owner),
            ("team", team),
            ("lang", lang),
            ("source", source),
        ):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if category is not None:
            where.append(self._db.json_list_contains("categories"))
            params.append(category)
        if overdue_at is not None:
            where.append("due_at < ?")
            params.append(overdue_at)
        return " AND ".join(where), params

    def _case_rows(self, query: str, params: list[Any]) -> list[dict]:
        cases = []
        for case in self._db.fetch_dicts(query, params):
            case["reasons"] = json.loads(case["reasons"])
            case["categories"] = json.loads(case["categories"] or "[]")
            cases.append(case)
        return cases

    def get_followup(self, case_id: str) -> dict:
        """Return one case with its ``item_ids`` and ``events`` (oldest first).

        Raises:
            CaseNotFoundError: No case has this id.
        """
        rows = self._case_rows("SELECT * FROM followups WHERE case_id = ?", [case_id])
        if not rows:
            raise CaseNotFoundError(f"no follow-up case {case_id!r}; see `vocmine followups list`")
        case = rows[0]
        case["item_ids"] = [
            r[0]
            for r in self._db.fetchall(
                "SELECT item_id FROM followup_items WHERE case_id = ? ORDER BY attached_at, item_id",
                [case_id],
            )
        ]
        case["events"] = self.list_followup_events(case_id)
        return case

    def case_ids_of_item(self, item_id: str) -> list[str]:
        """Return the ids of the cases an item is attached to (usually none or one)."""
        return [
            r[0]
            for r in self._db.fetchall(
                "SELECT case_id FROM followup_items WHERE item_id = ? ORDER BY case_id", [item_id]
            )
        ]

    def list_followup_events(self, case_id: str | None = None) -> list[dict]:
        """Return the audit trail (one case or every case), oldest first."""
        query = "SELECT * FROM followup_events"
        params: list[Any] = []
        if case_id is not None:
            query += " WHERE case_id = ?"
            params.append(case_id)
        return self._db.fetch_dicts(query + " ORDER BY event_id", params)

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
        """Change a case and record the event, in one transaction; return the case.

        Args:
            case_id: The case.
            expected_version: The ``version`` the caller read; the update is
                refused when the case changed since.
            changes: New values of columns in :data:`UPDATABLE_COLUMNS`.
            actor: Who made the change.
            action: What it was (``assigned``, ``status`` ...).
            note: Free text for the audit trail.
            at: When (default: now, UTC).

        Raises:
            CaseConflictError: The case's version is not ``expected_version``.
            CaseNotFoundError: No case has this id.
        """
        unknown = set(changes) - UPDATABLE_COLUMNS
        if unknown:
            raise ValueError(f"columns not updatable: {sorted(unknown)}")
        at = at or datetime.now(UTC)
        before = self.get_followup(case_id)
        assignments = ", ".join(f"{column} = ?" for column in changes)
        conflict = CaseConflictError(
            f"case {case_id} changed since you read it (version {expected_version}, "
            f"now {before['version']}); reload it and try again"
        )
        try:
            with self._db.transaction():
                count = self._db.execute(
                    f"UPDATE followups SET {assignments}, version = version + 1, updated_at = ? "
                    "WHERE case_id = ? AND version = ?",
                    [*changes.values(), at, case_id, expected_version],
                )
                if count != 1:
                    raise conflict
                self._insert_event(
                    case_id,
                    at,
                    actor,
                    action,
                    before["status"],
                    changes.get("status", before["status"]),
                    changes.get("owner", before["owner"]),
                    note,
                    expected_version + 1,
                )
        except self._db.conflict_errors as exc:  # another transaction changed it meanwhile
            raise conflict from exc
        return self.get_followup(case_id)

    def add_followup_event(
        self,
        case_id: str,
        actor: str,
        action: str,
        note: str | None = None,
        at: datetime | None = None,
    ) -> None:
        """Record an event that does not change the case (a note, a notification sent)."""
        case = self.get_followup(case_id)
        self._insert_event(
            case_id,
            at or datetime.now(UTC),
            actor,
            action,
            case["status"],
            case["status"],
            case["owner"],
            note,
            case["version"],
        )
