"""Erasure, retention and pseudonym keys: the store's part of data protection.

The use cases (which items, which files, the records) are in
:mod:`vocmine.pipeline.erasure`; here are only the queries. Every delete
takes a list of item ids, so erasing a customer, one item and purging
expired items share one path: :meth:`ErasureMixin.erase_items`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from vocmine.store._session import Session
from vocmine.store.base import json_text

ERASURE_TABLES: tuple[str, ...] = (
    "insights",
    "embeddings",
    "followups",
    "followup_items",
    "followup_events",
    "quarantine",
    "corrections",
    "audit_events",
)
"""Tables an erasure counts rows of, in the order they are reported."""


class ErasureMixin:
    """Erasure and key queries; needs ``self._db`` (a :class:`Session`)."""

    _db: Session

    # store metadata -------------------------------------------------------
    def read_meta(self, name: str) -> str | None:
        """Return a store setting written by :meth:`write_meta` (None if unset)."""
        rows = self._db.fetchall("SELECT value FROM store_meta WHERE name = ?", [name])
        return rows[0][0] if rows else None

    def write_meta(self, name: str, value: str) -> None:
        """Set a store setting (e.g. the fingerprint of the pseudonym key)."""
        self._db.upsert_rows(
            "store_meta",
            ("name", "value", "updated_at"),
            [[name, value, datetime.now(UTC)]],
            ["name"],
            ["value", "updated_at"],
        )

    # pseudonym keys -------------------------------------------------------
    def customer_keys_in_use(self) -> set[str]:
        """Return every distinct customer key in the insights and the follow-up cases."""
        rows = self._db.fetchall(
            "SELECT DISTINCT customer_key FROM insights WHERE customer_key IS NOT NULL "
            "UNION SELECT DISTINCT customer_key FROM followups WHERE customer_key IS NOT NULL"
        )
        return {key for (key,) in rows}

    def has_legacy_customer_keys(self) -> bool:
        """Return whether any row still has a 16-hex key of the unkeyed scheme."""
        rows = self._db.fetchall(
            "SELECT 1 FROM insights WHERE length(customer_key) = 16 "
            "UNION ALL SELECT 1 FROM followups WHERE length(customer_key) = 16 LIMIT 1"
        )
        return bool(rows)

    def case_threads(self, customer_keys: Sequence[str]) -> list[dict[str, Any]]:
        """Return ``case_id, source, customer_key, thread`` of the cases of these keys.

        ``thread`` is what :func:`vocmine.followups.rules.case_id_for` hashed:
        the conversation id of the case's first item, else its external id.
        """
        if not customer_keys:
            return []
        return self._db.fetch_dicts(
            "SELECT f.case_id, f.source, f.customer_key, "
            "COALESCE(i.conversation_id, i.external_id, f.external_id) AS thread "
            "FROM followups f LEFT JOIN insights i ON i.item_id = f.item_id WHERE "
            + self._db.in_list("f.customer_key"),
            [sorted(set(customer_keys))],
        )

    def rename_customer_keys(
        self, keys: Mapping[str, str], case_ids: Mapping[str, str]
    ) -> dict[str, int]:
        """Replace customer keys and case ids everywhere they occur, in one transaction.

        Args:
            keys: Old customer key -> new one.
            case_ids: Old case id -> new one (the id is derived from the key).

        Returns:
            Rows changed per table.
        """
        counts = {"insights": 0, "followups": 0, "followup_items": 0, "followup_events": 0}
        if not keys and not case_ids:
            return counts
        key_list, case_list = sorted(keys), sorted(case_ids)
        with self._db.transaction():
            counts["insights"] = self._count(
                "insights", self._db.in_list("customer_key"), [key_list]
            )
            counts["followups"] = self._count(
                "followups", self._db.in_list("customer_key"), [key_list]
            )
            for table in ("followup_items", "followup_events"):
                counts[table] = self._count(table, self._db.in_list("case_id"), [case_list])
            self._db.update_rows("insights", "customer_key", "customer_key", list(keys.items()))
            self._db.update_rows("followups", "customer_key", "customer_key", list(keys.items()))
            for table in ("followups", "followup_items", "followup_events"):
                self._db.update_rows(table, "case_id", "case_id", list(case_ids.items()))
        return counts

    # finding what to erase --------------------------------------------------
    def item_ids_of_customers(
        self, customer_keys: Sequence[str], source: str | None = None
    ) -> list[str]:
        """Return the ids of the items (and cases' items) of these customer keys."""
        if not customer_keys:
            return []
        keys = [sorted(set(customer_keys))]
        where = self._db.in_list("customer_key")
        extra, params = ("", []) if source is None else (" AND source = ?", [source])
        rows = self._db.fetchall(
            f"SELECT item_id FROM insights WHERE {where}{extra} "
            f"UNION SELECT fi.item_id FROM followup_items fi JOIN followups f "
            f"ON f.case_id = fi.case_id WHERE {self._db.in_list('f.customer_key')}"
            + ("" if source is None else " AND f.source = ?"),
            keys + params + keys + params,
        )
        return sorted(item_id for (item_id,) in rows)

    def item_ids_matching(self, item: str, source: str | None = None) -> list[str]:
        """Return the item whose id is ``item``, else the items with that external id."""
        rows = self._db.fetchall("SELECT item_id FROM insights WHERE item_id = ?", [item])
        if not rows:
            query = "SELECT item_id FROM insights WHERE external_id = ?"
            params: list[Any] = [item]
            if source is not None:
                query += " AND source = ?"
                params.append(source)
            rows = self._db.fetchall(query, params)
        if not rows:
            rows = self._db.fetchall("SELECT item_id FROM followup_items WHERE item_id = ?", [item])
        return sorted(item_id for (item_id,) in rows)

    def item_ids_created_before(
        self, cutoff: datetime, source: str | None = None, except_sources: Sequence[str] = ()
    ) -> list[str]:
        """Return the items written before ``cutoff`` (when the time is unknown: analysed before).

        Args:
            cutoff: Items created earlier than this are returned.
            source: Only this source (None: every source).
            except_sources: Sources left out (those with a retention of their own).
        """
        query = "SELECT item_id FROM insights WHERE COALESCE(created_at, analysed_at) < ?"
        params: list[Any] = [cutoff]
        if source is not None:
            query += " AND source = ?"
            params.append(source)
        if except_sources:
            query += " AND NOT " + self._db.in_list("source")
            params.append(sorted(except_sources))
        return sorted(item_id for (item_id,) in self._db.fetchall(query, params))

    def erasure_subject(self, item_ids: Sequence[str]) -> dict[str, list[str]]:
        """Return what identifies these items: ids, external ids, keys, texts, and the cases they end.

        ``case_ids`` are the cases left without items once these go (a case
        that keeps another item stays, under its id).
        """
        subject: dict[str, list[str]] = {
            "item_ids": sorted(set(item_ids)),
            "external_ids": [],
            "customer_keys": [],
            "texts": [],
            "sentences": [],
            "case_ids": [],
        }
        if not item_ids:
            return subject
        ids = [sorted(set(item_ids))]
        rows = self._db.fetchall(
            "SELECT external_id, customer_key, text_redacted, sentences FROM insights WHERE "
            + self._db.in_list("item_id"),
            ids,
        )
        subject["external_ids"] = sorted({r[0] for r in rows if r[0]})
        subject["customer_keys"] = sorted({r[1] for r in rows if r[1]})
        subject["texts"] = sorted({r[2] for r in rows if r[2]})
        subject["sentences"] = sorted(
            {s["text"] for r in rows if r[3] for s in json.loads(r[3]) if s.get("text")}
        )
        cases = self._db.fetchall(
            "SELECT DISTINCT case_id FROM followup_items WHERE " + self._db.in_list("item_id"),
            ids,
        )
        subject["case_ids"] = self._cases_left_empty([c for (c,) in cases], ids[0])
        return subject

    def texts_kept(self, texts: Sequence[str], except_items: Sequence[str]) -> set[str]:
        """Return which of ``texts`` other items (not ``except_items``) hold too, whole or in part."""
        kept: set[str] = set()
        others = " AND NOT " + self._db.in_list("item_id")
        for text in sorted(set(texts)):
            rows = self._db.fetchall(
                "SELECT 1 FROM insights WHERE strpos(text_redacted, ?) > 0" + others + " LIMIT 1",
                [text, sorted(set(except_items))],
            )
            if rows:
                kept.add(text)
        return kept

    # erasing ------------------------------------------------------------------
    def erase_items(
        self,
        item_ids: Sequence[str],
        embedding_hashes: Sequence[str] = (),
        quarantine_needles: Sequence[str] = (),
        dry_run: bool = False,
    ) -> dict[str, int]:
        """Delete items and everything derived from them; return rows per table.

        * ``insights``: the items' rows (text, labels, topic assignment, key);
        * ``embeddings``: the cached vectors of ``embedding_hashes`` (the caller
          leaves out hashes other items still use);
        * ``followup_items``: the items' links to cases; a case left without
          items is deleted from ``followups``, and its audit rows in
          ``followup_events`` are kept without content: note cleared, case id
          replaced by an unlinkable ``erased-<random>`` (counted under
          ``followup_events``). A case that keeps other items points at one
          of them;
        * ``quarantine``: rows whose redacted excerpt holds one of
          ``quarantine_needles`` (the customer id, the external ids);
        * ``corrections``: analysts' labels of the items; their audit rows in
          ``audit_events`` are kept without content (detail cleared, item id
          replaced by an unlinkable ``erased-<random>``).

        Args:
            item_ids: The items to erase.
            embedding_hashes: Content hashes of their cached vectors (any model).
            quarantine_needles: Strings that mark a quarantined row as theirs.
            dry_run: Count only; change nothing.

        Returns:
            Rows deleted (or, with ``dry_run``, that would be) per table in
            :data:`ERASURE_TABLES`; ``followup_events`` and ``audit_events``
            count rows cleared.
        """
        ids = [sorted(set(item_ids))]
        in_items = self._db.in_list("item_id")
        hashes = [sorted(set(embedding_hashes))]
        needles = sorted({n for n in quarantine_needles if n and len(n.strip()) >= 4})
        counts = dict.fromkeys(ERASURE_TABLES, 0)
        if not item_ids and not needles:
            return counts
        with self._db.transaction():
            touched = [
                c
                for (c,) in self._db.fetchall(
                    "SELECT DISTINCT case_id FROM followup_items WHERE " + in_items, ids
                )
            ]
            emptied = self._cases_left_empty(touched, ids[0])
            quarantine_where = " OR ".join(
                "strpos(lower(raw_excerpt), lower(?)) > 0" for _ in needles
            )
            counts["insights"] = self._count("insights", in_items, ids)
            counts["embeddings"] = self._count(
                "embeddings", self._db.in_list("content_hash"), hashes
            )
            counts["followup_items"] = self._count("followup_items", in_items, ids)
            counts["followups"] = len(emptied)
            counts["followup_events"] = self._count(
                "followup_events", self._db.in_list("case_id"), [emptied]
            )
            if needles:
                counts["quarantine"] = self._count("quarantine", quarantine_where, needles)
            counts["corrections"] = self._count("corrections", in_items, ids)
            item_audit = "target_kind = 'item' AND " + self._db.in_list("target_id")
            counts["audit_events"] = self._count("audit_events", item_audit, ids)
            if dry_run:
                return counts
            self._db.execute("DELETE FROM insights WHERE " + in_items, ids)
            self._db.execute(
                "DELETE FROM embeddings WHERE " + self._db.in_list("content_hash"), hashes
            )
            self._db.execute("DELETE FROM followup_items WHERE " + in_items, ids)
            self._db.execute(
                "DELETE FROM followups WHERE " + self._db.in_list("case_id"), [emptied]
            )
            self._db.execute(
                "UPDATE followup_events SET note = NULL WHERE " + self._db.in_list("case_id"),
                [emptied],
            )
            # The kept audit rows no longer point at the case: its id came from the key.
            self._db.update_rows(
                "followup_events",
                "case_id",
                "case_id",
                [(case_id, "erased-" + uuid.uuid4().hex[:12]) for case_id in emptied],
            )
            self._repoint_cases(sorted(set(touched) - set(emptied)))
            if needles:
                self._db.execute("DELETE FROM quarantine WHERE " + quarantine_where, needles)
            self._db.execute("DELETE FROM corrections WHERE " + in_items, ids)
            self._db.execute("UPDATE audit_events SET detail = '{}' WHERE " + item_audit, ids)
            self._db.update_rows(
                "audit_events",
                "target_id",
                "target_id",
                [(item_id, "erased-" + uuid.uuid4().hex[:12]) for item_id in ids[0]],
            )
        return counts

    def _cases_left_empty(self, case_ids: Sequence[str], erased: Sequence[str]) -> list[str]:
        if not case_ids:
            return []
        keeping = {
            c
            for (c,) in self._db.fetchall(
                "SELECT DISTINCT case_id FROM followup_items WHERE "
                + self._db.in_list("case_id")
                + " AND NOT "
                + self._db.in_list("item_id"),
                [list(case_ids), list(erased)],
            )
        }
        return sorted(set(case_ids) - keeping)

    def _repoint_cases(self, case_ids: Sequence[str]) -> None:
        """Point cases whose first item was erased at their earliest remaining item."""
        if not case_ids:
            return
        rows = self._db.fetchall(
            "SELECT f.case_id, fi.item_id, i.external_id FROM followups f "
            "JOIN followup_items fi ON fi.case_id = f.case_id "
            "LEFT JOIN insights i ON i.item_id = fi.item_id "
            "WHERE " + self._db.in_list("f.case_id") + " AND NOT EXISTS "
            "(SELECT 1 FROM followup_items k WHERE k.case_id = f.case_id "
            "AND k.item_id = f.item_id) ORDER BY f.case_id, fi.attached_at, fi.item_id",
            [list(case_ids)],
        )
        first: dict[str, tuple[str, str | None]] = {}
        for case_id, item_id, external_id in rows:
            first.setdefault(case_id, (item_id, external_id))
        self._db.executemany(
            "UPDATE followups SET item_id = ?, external_id = ? WHERE case_id = ?",
            [[item_id, external_id, case_id] for case_id, (item_id, external_id) in first.items()],
        )

    def _count(self, table: str, where: str, params: Sequence[Any]) -> int:
        return int(self._db.fetchall(f"SELECT count(*) FROM {table} WHERE {where}", params)[0][0])

    # the erasure record ---------------------------------------------------------
    def record_erasure(
        self, scope: str, actor: str, source: str | None, counts: Mapping[str, int]
    ) -> str:
        """Write an erasure record (no personal data: when, who, scope, rows); return its id."""
        erasure_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]
        self._db.upsert_rows(
            "erasures",
            ("erasure_id", "erased_at", "actor", "scope", "source", "row_counts"),
            [[erasure_id, datetime.now(UTC), actor, scope, source, json_text(dict(counts))]],
            ["erasure_id"],
            None,
        )
        return erasure_id

    def list_erasures(self) -> list[dict[str, Any]]:
        """Return the erasure records, oldest first."""
        return self._db.fetch_dicts("SELECT * FROM erasures ORDER BY erased_at, erasure_id")
