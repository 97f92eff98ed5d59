"""Which source files changed since the last stored run: a per-source file manifest.

A re-run should read only files that are new or changed. The manifest keeps,
per file, its size, ``mtime_ns``, SHA-256 and newline count as of the last
stored run. A file whose size and ``mtime_ns`` are unchanged is not opened at
all; otherwise its bytes are hashed: the same digest (a touched file) is
still skipped, a file that only grew after a newline (an appended JSON Lines
log) is read from where the last run stopped, anything else is read again in
full. Items are still deduplicated by content hash downstream, so reading a
file again never stores anything twice.

The manifest also holds a fingerprint of what the file is read *with* (the
source's options and the vocmine version): when those change, every file is
read again. It travels as a watermark (``IngestResult.watermarks``) under
:func:`manifest_key`, so it is stored only after the run's insights.

Example:
    >>> plan = plan_file_read(Path("feedback.jsonl"), None, appendable=True)  # doctest: +SKIP
    >>> plan.action
    'read'
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

MANIFEST_PREFIX = "files:"
"""Watermark key prefix of a source's file manifest."""

_BLOCK = 1 << 20

ReadAction = Literal["skip", "read", "tail"]


def manifest_key(source: str) -> str:
    """Return the watermark key under which a source's file manifest is stored."""
    return f"{MANIFEST_PREFIX}{source}"


@dataclass(frozen=True, slots=True)
class FileState:
    """A file as it was when last read: size, modification time, digest, newlines."""

    size: int
    mtime_ns: int
    sha256: str
    newlines: int
    ends_with_newline: bool


@dataclass(frozen=True, slots=True)
class FilePlan:
    """What to do with one file on this run.

    Attributes:
        path: The file.
        action: ``skip`` (unchanged since the last stored run), ``read`` (new or
            changed: read it all) or ``tail`` (it only grew: read from ``offset``).
        state: The file's state now (to remember once the run is stored).
        offset: Byte offset to start reading at (``tail`` only; else 0).
        first_line: Line number of the byte at ``offset`` (1 for a full read).
    """

    path: Path
    action: ReadAction
    state: FileState
    offset: int = 0
    first_line: int = 1


@dataclass(slots=True)
class FileManifest:
    """Files of one source as last read, plus the fingerprint of how they were read."""

    fingerprint: str
    files: dict[str, FileState]

    def to_text(self) -> str:
        """Return the manifest as JSON text (stored as the source's watermark value)."""
        return json.dumps(
            {
                "fingerprint": self.fingerprint,
                "files": {path: asdict(state) for path, state in sorted(self.files.items())},
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_text(cls, text: str | None, fingerprint: str) -> FileManifest:
        """Parse a stored manifest; an absent, unreadable or stale one is empty.

        Args:
            text: The stored JSON text, or None before the first stored run.
            fingerprint: How files are read now; a manifest made with another
                one is ignored, so every file is read again.
        """
        if not text:
            return cls(fingerprint, {})
        try:
            data = json.loads(text)
            if data.get("fingerprint") != fingerprint:
                return cls(fingerprint, {})
            files = {path: FileState(**state) for path, state in data["files"].items()}
        except (ValueError, TypeError, KeyError, AttributeError):
            return cls(fingerprint, {})
        return cls(fingerprint, files)

    def get(self, path: Path) -> FileState | None:
        """Return the remembered state of ``path``, or None if it was never read."""
        return self.files.get(str(path))


def read_fingerprint(parts: Mapping[str, object]) -> str:
    """Return a short digest of the options files are read with."""
    text = json.dumps(parts, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def plan_file_read(path: Path, previous: FileState | None, appendable: bool) -> FilePlan:
    """Decide whether to skip, tail or fully read a file, hashing it only if needed.

    Args:
        path: The file.
        previous: Its state after the last stored run, if any.
        appendable: Whether the format can be read from a line boundary
            (JSON Lines); other formats are read in full when they change.

    Returns:
        The plan, with the file's current state.
    """
    stat = path.stat()
    if (
        previous is not None
        and stat.st_size == previous.size
        and stat.st_mtime_ns == previous.mtime_ns
    ):
        return FilePlan(path, "skip", previous)
    prefix_size = previous.size if previous is not None and stat.st_size > previous.size else -1
    digest = hashlib.sha256()
    prefix_digest: str | None = None
    newlines = 0
    last = b""
    done = 0
    with path.open("rb") as handle:
        while block := handle.read(_BLOCK):
            if done < prefix_size <= done + len(block):
                cut = prefix_size - done
                digest.update(block[:cut])
                prefix_digest = digest.copy().hexdigest()
                digest.update(block[cut:])
            else:
                digest.update(block)
            newlines += block.count(b"\n")
            last = block[-1:]
            done += len(block)
    if prefix_size == 0:
        prefix_digest = hashlib.sha256().hexdigest()
    state = FileState(
        size=done,
        mtime_ns=stat.st_mtime_ns,
        sha256=digest.hexdigest(),
        newlines=newlines,
        ends_with_newline=last == b"\n",
    )
    if previous is None:
        return FilePlan(path, "read", state)
    if state.sha256 == previous.sha256:
        return FilePlan(path, "skip", state)
    grew_after_newline = previous.ends_with_newline or previous.size == 0
    if appendable and prefix_digest == previous.sha256 and grew_after_newline:
        first_line = previous.newlines + 1
        return FilePlan(path, "tail", state, offset=previous.size, first_line=first_line)
    return FilePlan(path, "read", state)
