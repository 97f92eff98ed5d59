"""Erase a customer or an item: from the store and from every file under the output folder.

``vocmine erase`` and retention (:mod:`vocmine.pipeline.retention`) share
:func:`erase_items`:

1. the store deletes the items' rows, their cached vectors (unless another
   item has the same text), their links to follow-up cases, cases left
   without items (their audit rows stay, note cleared) and quarantined rows
   holding the customer id (:meth:`vocmine.store.Store.erase_items`);
2. an erasure record is written: when, who, scope, rows per table; never an
   id or a text;
3. the files are rewritten: each run partition under ``dataset/`` loses the
   items' rows, and the full table, workbook and report are written again
   from the store when they exist. With ``scan_files`` (``vocmine erase``)
   every other CSV, JSON Lines, Parquet and workbook file under the folder
   (a follow-up export, a copy) loses each row that holds one of the items'
   ids, case ids or customer keys; any other file that still holds one is
   reported, never silently left.

Nothing is written when nothing is found, so a second erase changes nothing.
The topic model keeps only aggregate keywords and topic vectors (no text,
id or key of any item); it is not rewritten.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from openpyxl import load_workbook

from vocmine.config import Settings
from vocmine.errors import InputError
from vocmine.export import insights_table, write_exports
from vocmine.export.incremental import DATASET_DIR, atomic_write
from vocmine.nlp.customer_text import customer_text
from vocmine.pipeline.exports import write_window_exports
from vocmine.pipeline.pseudonym_key import SecretReader, pseudonymiser_for
from vocmine.schemas import content_hash
from vocmine.store import Store, open_store

logger = logging.getLogger(__name__)

FULL_EXPORTS = {"csv": "insights.csv", "parquet": "insights.parquet"}
"""The whole-store files, written again after an erasure when they exist."""
WINDOW_EXPORTS = ("insights.xlsx", "report.html")
"""The workbook and report over the export window, written again when they exist."""
ROW_FILES = (".csv", ".jsonl", ".parquet", ".xlsx")
"""Other files whose rows holding an erased id are dropped."""
STATE_FILE = "exports.json"
"""Export bookkeeping (dates and counts only)."""


@dataclass(slots=True)
class ErasureReport:
    """What an erasure removed (or, with ``dry_run``, would remove).

    Attributes:
        scope: ``customer``, ``item`` or ``retention``.
        dry_run: Nothing was changed.
        items: Items erased.
        rows: Rows per store table.
        files: Files under the output folder rewritten (or that would be).
        files_left: Files that still hold an erased id and could not be
            rewritten (delete or re-export them).
        erasure_id: The erasure record written (None: dry run or nothing found).
    """

    scope: str
    dry_run: bool
    items: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    files_left: list[str] = field(default_factory=list)
    erasure_id: str | None = None

    @property
    def found(self) -> bool:
        """Whether there was anything to erase."""
        return bool(self.items or any(self.rows.values()) or self.files or self.files_left)

    def to_dict(self) -> dict[str, object]:
        """Return the report as JSON-ready data (no personal data in it)."""
        return {
            "scope": self.scope,
            "dry_run": self.dry_run,
            "items": self.items,
            "rows": self.rows,
            "files": self.files,
            "files_left": self.files_left,
            "erasure_id": self.erasure_id,
        }


def erase_customer(
    settings: Settings,
    customer: str,
    source: str | None = None,
    dry_run: bool = False,
    actor: str = "cli",
    secrets: SecretReader | None = None,
) -> ErasureReport:
    """Erase everything of one customer (optionally of one source only).

    Args:
        settings: The store URL, the output folder and the pseudonym key settings.
        customer: The customer id as the sources give it (matched like the
            run matches it: trimmed, case-insensitive).
        source: Only this source's items.
        dry_run: Count and list the files; change nothing.
        actor: Who asked (stored in the erasure record).
        secrets: Reads a named secret (``pseudonym_key_secret``).

    Raises:
        InputError: The customer id is empty.
        ConfigError: The pseudonym key is not the store's.
        StoreError: A run is writing the store now.
    """
    if not customer.strip():
        raise InputError("give the customer id to erase (--customer ID)")
    with open_store(settings.resolved_store_url, settings.store_auto_upgrade) as store:
        store.claim_for_run()
        keys = pseudonymiser_for(settings, store, secrets, create=not dry_run).keys_of(customer)
        item_ids = store.item_ids_of_customers(list(keys), source)
        return erase_items(
            settings,
            store,
            item_ids,
            scope="customer",
            actor=actor,
            source=source,
            dry_run=dry_run,
            needles=[customer.strip(), *keys],
            scan_files=True,
        )


def erase_item(
    settings: Settings,
    item: str,
    source: str | None = None,
    dry_run: bool = False,
    actor: str = "cli",
) -> ErasureReport:
    """Erase one item: by its vocmine id, else by its external id (of ``source``).

    Raises:
        InputError: The id is empty, or an external id matches items of
            several sources and no ``source`` was given.
        StoreError: A run is writing the store now.
    """
    if not item.strip():
        raise InputError("give the item id to erase (--item ID)")
    with open_store(settings.resolved_store_url, settings.store_auto_upgrade) as store:
        store.claim_for_run()
        item_ids = store.item_ids_matching(item.strip(), source)
        if len(item_ids) > 1 and source is None:
            raise InputError(
                f"{len(item_ids)} items of several sources have the external id {item!r}: "
                "name the source (--source S), or give the vocmine item id"
            )
        return erase_items(
            settings,
            store,
            item_ids,
            scope="item",
            actor=actor,
            source=source,
            dry_run=dry_run,
            scan_files=True,
        )


def erase_items(
    settings: Settings,
    store: Store,
    item_ids: Sequence[str],
    scope: str,
    actor: str,
    source: str | None = None,
    dry_run: bool = False,
    needles: Sequence[str] = (),
    scan_files: bool = False,
) -> ErasureReport:
    """Erase items from an open store (holding its run lock) and from the output folder.

    Args:
        settings: The output folder and export settings.
        store: The open store.
        item_ids: The items.
        scope: ``customer``, ``item`` or ``retention`` (for the record).
        actor: Who asked.
        source: The source the erasure was limited to (for the record).
        dry_run: Change nothing.
        needles: More strings that mark a row as the subject's (the customer
            id and keys): quarantined rows and rows of other files holding
            one are removed.
        scan_files: Also look through every other file under the output folder.

    Returns:
        The report; an erasure record is written only when something was found.
    """
    subject = store.erasure_subject(item_ids)
    hashes = _embedding_hashes(store, subject)
    quarantine_needles = [n for n in needles if n]
    marks = _marks(subject, needles)
    out_dir = settings.resolve(settings.out_dir)
    report = ErasureReport(scope=scope, dry_run=dry_run, items=len(subject["item_ids"]))
    report.files = [str(p) for p in _files_holding(out_dir, marks, scan_files)]
    # Nothing found deletes nothing, so a second erase changes nothing (and records nothing).
    report.rows = store.erase_items(item_ids, hashes, quarantine_needles, dry_run=dry_run)
    if dry_run or not report.found:
        return report
    report.erasure_id = store.record_erasure(scope, actor, source, report.rows)
    rewritten, left = _rewrite_files(settings, store, out_dir, marks, scan_files, report.erasure_id)
    report.files, report.files_left = [str(p) for p in rewritten], [str(p) for p in left]
    logger.info(
        "erasure %s (%s): %d items, rows %s, %d files rewritten",
        report.erasure_id,
        scope,
        report.items,
        report.rows,
        len(report.files),
    )
    return report


def _embedding_hashes(store: Store, subject: dict[str, list[str]]) -> list[str]:
    """Return the cache keys of every text the items had embedded that no other item holds.

    The analyser embeds the customer's own text and may embed its clauses;
    the topic stage embeds the whole redacted text (keys: content hashes).
    """
    candidates = {t for text in subject["texts"] for t in (text, customer_text(text))}
    candidates |= set(subject["sentences"])
    kept = store.texts_kept(sorted(candidates), subject["item_ids"])
    return sorted({content_hash(t) for t in candidates - kept})


def _marks(subject: dict[str, list[str]], needles: Iterable[str]) -> frozenset[str]:
    """Strings that mark a row of an exported file as the subject's.

    The items' ids, the ids of the cases they end, and ``needles`` (a
    customer's id and keys, for a customer erasure). The items' customer
    keys are not marks of their own: other items of the customer keep them.
    """
    marks = {*subject["item_ids"], *subject["case_ids"], *needles}
    return frozenset(m for m in marks if m and len(m.strip()) >= 4)


# --- files ---------------------------------------------------------------------
def _files_holding(out_dir: Path, marks: frozenset[str], scan_files: bool) -> list[Path]:
    """Return the files under ``out_dir`` that hold one of ``marks``."""
    if not marks or not out_dir.is_dir():
        return []
    return [p for p in _candidate_files(out_dir, scan_files) if _holds(p, marks)]


def _candidate_files(out_dir: Path, scan_files: bool) -> list[Path]:
    dataset = out_dir / DATASET_DIR
    own = sorted(dataset.glob("insights-*.parquet")) + sorted(dataset.glob("insights-*.csv"))
    own += [out_dir / name for name in (*FULL_EXPORTS.values(), *WINDOW_EXPORTS)]
    own = [p for p in own if p.is_file()]
    if not scan_files:
        return own
    others = sorted(
        p
        for p in out_dir.rglob("*")
        if p.is_file() and p not in own and not p.name.startswith(".") and p.name != STATE_FILE
    )
    return own + others


def _holds(path: Path, marks: frozenset[str]) -> bool:
    """Return whether any cell or any text of ``path`` holds one of ``marks``."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return any(_row_holds(row, marks) for row in _parquet_rows(pq.read_table(path)))
    if suffix == ".xlsx":
        workbook = load_workbook(path, read_only=True)
        try:
            return any(
                _row_holds(row, marks)
                for sheet in workbook.worksheets
                for row in sheet.iter_rows(values_only=True)
            )
        finally:
            workbook.close()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (UnicodeDecodeError, OSError):
        data = path.read_bytes()
        return any(mark.encode() in data for mark in marks)
    return any(mark in text for mark in marks)


def _row_holds(row: Iterable[object], marks: frozenset[str]) -> bool:
    return any(isinstance(v, str) and any(m in v for m in marks) for v in row)


def _parquet_rows(table: pa.Table) -> Iterable[list[object]]:
    strings = [
        c for c, t in zip(table.column_names, table.schema.types, strict=True) if _stringy(t)
    ]
    columns = [table.column(c).to_pylist() for c in strings]
    for values in zip(*columns, strict=True):
        yield [json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for v in values]


def _stringy(kind: pa.DataType) -> bool:
    if pa.types.is_list(kind) or pa.types.is_large_list(kind):
        return _stringy(kind.value_type)
    return bool(pa.types.is_string(kind) or pa.types.is_large_string(kind))


def _rewrite_files(
    settings: Settings,
    store: Store,
    out_dir: Path,
    marks: frozenset[str],
    scan_files: bool,
    erasure_id: str,
) -> tuple[list[Path], list[Path]]:
    """Rewrite every file that held the subject; return (rewritten, still holding)."""
    if not out_dir.is_dir():
        return [], []
    rewritten: list[Path] = []
    dataset = out_dir / DATASET_DIR
    for path in sorted(dataset.glob("insights-*.parquet")):
        if _filter_parquet(path, marks):
            rewritten.append(path)
    for path in sorted(dataset.glob("insights-*.csv")):
        if _filter_csv(path, marks):
            rewritten.append(path)
    full = [kind for kind, name in FULL_EXPORTS.items() if (out_dir / name).is_file()]
    if full:
        table = insights_table(
            store.read_insights(), store.read_topics(), store.current_corrections()
        )
        written = write_exports(table, [], out_dir, formats=full)
        rewritten += [Path(p) for p in written.values()]
    if any((out_dir / name).is_file() for name in WINDOW_EXPORTS):
        written, _ = write_window_exports(
            settings, store, out_dir, datetime.now(UTC), f"erasure {erasure_id}"
        )
        rewritten += [Path(p) for p in written.values()]
    own = set(_candidate_files(out_dir, scan_files=False))
    if scan_files:
        for path in _candidate_files(out_dir, scan_files=True):
            if path in own or not _holds(path, marks):
                continue
            if _filter_rows(path, marks):
                rewritten.append(path)
    left = [p for p in _candidate_files(out_dir, scan_files) if _holds(p, marks)]
    return rewritten, left


def _filter_rows(path: Path, marks: frozenset[str]) -> bool:
    """Drop the rows of a row file that hold a mark; return whether it changed."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return _filter_parquet(path, marks)
    if suffix == ".csv":
        return _filter_csv(path, marks)
    if suffix == ".jsonl":
        return _filter_jsonl(path, marks)
    if suffix == ".xlsx":
        return _filter_xlsx(path, marks)
    return False


def _filter_parquet(path: Path, marks: frozenset[str]) -> bool:
    table = pq.read_table(path)
    keep = [not _row_holds(row, marks) for row in _parquet_rows(table)]
    if all(keep):
        return False
    filtered = table.filter(pa.array(keep, type=pa.bool_()))
    atomic_write(path, lambda tmp: pq.write_table(filtered, tmp))
    return True


def _filter_csv(path: Path, marks: frozenset[str]) -> bool:
    """Drop CSV rows holding a mark; the other rows are written back as they were read."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    kept = [row for index, row in enumerate(rows) if index == 0 or not _row_holds(row, marks)]
    if len(kept) == len(rows):
        return False

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\r\n").writerows(kept)

    atomic_write(path, write)
    return True


def _filter_jsonl(path: Path, marks: frozenset[str]) -> bool:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not any(m in line for m in marks)]
    if len(kept) == len(lines):
        return False
    atomic_write(path, lambda tmp: tmp.write_text("".join(kept), encoding="utf-8"))
    return True


def _filter_xlsx(path: Path, marks: frozenset[str]) -> bool:
    workbook = load_workbook(path)
    changed = False
    for sheet in workbook.worksheets:
        doomed = [
            row[0].row
            for row in sheet.iter_rows(min_row=2)
            if row and _row_holds((c.value for c in row), marks)
        ]
        for number in reversed(doomed):
            sheet.delete_rows(number)
        changed |= bool(doomed)
    if changed:
        atomic_write(path, lambda tmp: workbook.save(tmp))
    workbook.close()
    return changed


__all__ = ["ErasureReport", "erase_customer", "erase_item", "erase_items"]
