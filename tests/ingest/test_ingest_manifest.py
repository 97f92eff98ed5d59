"""File manifest: a re-run reads only new or changed source files (and grown JSONL tails)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from vocmine.ingest import FileManifest, SourceSpec, manifest_key, read_files, read_source
from vocmine.ingest.manifest import FileState, plan_file_read

FINGERPRINT = "test-v1"


def write_jsonl(path: Path, rows: list[dict], mode: str = "w") -> None:
    with path.open(mode, encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def rows(prefix: str, n: int) -> list[dict]:
    return [
        {"id": f"{prefix}{i}", "text": f"Zásilka {prefix} číslo {i} nepřišla."} for i in range(n)
    ]


def manifest_after(result, source: str = "cli") -> FileManifest:
    return FileManifest.from_text(result.watermarks[manifest_key(source)], FINGERPRINT)


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """Names of the files opened through ``Path.open`` (hashing and reading both use it)."""
    names: list[str] = []
    real_open = Path.open

    def spy(self, *args, **kwargs):
        names.append(self.name)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)
    return names


def test_first_read_without_manifest_reads_everything(tmp_path):
    path = tmp_path / "a.jsonl"
    write_jsonl(path, rows("a", 3))
    result = read_files([path], manifest=FileManifest(FINGERPRINT, {}))
    assert result.rows_in == 3
    state = manifest_after(result).get(path)
    assert state is not None and state.size == path.stat().st_size and state.newlines == 3


def test_unchanged_file_is_not_opened(tmp_path, opened):
    path = tmp_path / "a.jsonl"
    write_jsonl(path, rows("a", 3))
    first = read_files([path], manifest=FileManifest(FINGERPRINT, {}))
    opened.clear()
    second = read_files([path], manifest=manifest_after(first))
    assert (second.rows_in, second.items) == (0, [])
    assert opened == []
    assert manifest_after(second).get(path) == manifest_after(first).get(path)


def test_touched_but_identical_file_is_hashed_not_parsed(tmp_path, opened):
    path = tmp_path / "a.jsonl"
    write_jsonl(path, rows("a", 3))
    first = read_files([path], manifest=FileManifest(FINGERPRINT, {}))
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    opened.clear()
    second = read_files([path], manifest=manifest_after(first))
    assert second.rows_in == 0
    assert opened == ["a.jsonl"]  # hashed once, never parsed
    assert manifest_after(second).get(path).mtime_ns == stat.st_mtime_ns + 5_000_000_000


def test_appended_file_reads_only_the_tail_with_true_line_numbers(tmp_path):
    path = tmp_path / "a.jsonl"
    write_jsonl(path, rows("a", 3))
    first = read_files([path], manifest=FileManifest(FINGERPRINT, {}))
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "n0", "text": "Nowa reklamacja, paczka zgubiona."}) + "\n")
        handle.write("{not json\n")
    second = read_files([path], manifest=manifest_after(first))
    assert [i.external_id for i in second.items] == ["n0"]
    assert second.rows_in == 2
    assert [q.location for q in second.quarantined] == ["a.jsonl:5"]
    assert manifest_after(second).get(path).newlines == 5


def test_appended_file_then_full_read_gives_the_same_items(tmp_path):
    path = tmp_path / "a.jsonl"
    write_jsonl(path, rows("a", 4))
    first = read_files([path], manifest=FileManifest(FINGERPRINT, {}))
    write_jsonl(path, rows("b", 2), mode="a")
    tail = read_files([path], manifest=manifest_after(first))
    full = read_files([path])
    assert [i.item_id for i in first.items + tail.items] == [i.item_id for i in full.items]
    assert [i.text for i in first.items + tail.items] == [i.text for i in full.items]


def test_changed_file_is_read_again_in_full(tmp_path):
    path = tmp_path / "a.jsonl"
    data = rows("a", 3)
    write_jsonl(path, data)
    first = read_files([path], manifest=FileManifest(FINGERPRINT, {}))
    data[0]["text"] = "Reklamace vyřízena, ale pozdě."
    write_jsonl(path, data + rows("b", 1))  # grew, but the old part changed too
    second = read_files([path], manifest=manifest_after(first))
    assert second.rows_in == 4
    assert second.items[0].text == "Reklamace vyřízena, ale pozdě."


def test_file_without_final_newline_is_read_in_full_when_it_grows(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a0", "text": "Paczka nie dotarła."}), encoding="utf-8")
    first = read_files([path], manifest=FileManifest(FINGERPRINT, {}))
    with path.open("a", encoding="utf-8") as handle:
        handle.write("\n" + json.dumps({"id": "a1", "text": "Kurier był niemiły."}) + "\n")
    second = read_files([path], manifest=manifest_after(first))
    assert [i.external_id for i in second.items] == ["a0", "a1"]


def test_new_file_is_read_and_a_removed_one_is_forgotten(tmp_path):
    old, new = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_jsonl(old, rows("a", 2))
    first = read_files([old], manifest=FileManifest(FINGERPRINT, {}))
    write_jsonl(new, rows("b", 2))
    second = read_files([new], manifest=manifest_after(first))
    assert [i.external_id for i in second.items] == ["b0", "b1"]
    assert set(manifest_after(second).files) == {str(new)}


def test_another_fingerprint_reads_everything_again(tmp_path):
    path = tmp_path / "a.jsonl"
    write_jsonl(path, rows("a", 3))
    first = read_files([path], manifest=FileManifest(FINGERPRINT, {}))
    stale = FileManifest.from_text(first.watermarks[manifest_key("cli")], "other-version")
    assert stale.files == {}
    assert read_files([path], manifest=stale).rows_in == 3


@pytest.mark.parametrize("text", [None, "", "not json", '{"fingerprint": "test-v1"}'])
def test_missing_or_broken_manifest_is_empty(text):
    assert FileManifest.from_text(text, FINGERPRINT).files == {}


def test_csv_source_unchanged_is_skipped_and_changed_is_read(tmp_path):
    path = tmp_path / "reviews.csv"
    path.write_text("id,text\nr1,Dobrý produkt\nr2,Špatná kvalita\n", encoding="utf-8")
    spec = SourceSpec(name="shop", kind="reviews", path=path)
    first = read_source(spec, manifest=FileManifest(FINGERPRINT, {}))
    assert first.rows_in == 2
    manifest = FileManifest.from_text(first.watermarks[manifest_key("shop")], FINGERPRINT)
    assert read_source(spec, manifest=manifest).rows_in == 0
    with path.open("a", encoding="utf-8") as handle:
        handle.write("r3,Rychlé dodání\n")
    again = read_source(spec, manifest=manifest)
    assert again.rows_in == 3  # CSV is not tail-read: the whole file again


def test_folder_drop_does_not_hash_unchanged_files(tmp_path, opened):
    folder = tmp_path / "drop"
    folder.mkdir()
    write_jsonl(folder / "day1.jsonl", rows("d", 2))
    spec = SourceSpec(name="drop", kind="reviews", type="folder_drop", path=folder)
    first = read_source(spec, manifest=FileManifest(FINGERPRINT, {}))
    assert [f[1] for f in first.files_read] == ["day1.jsonl"]
    write_jsonl(folder / "day2.jsonl", rows("e", 1))
    manifest = FileManifest.from_text(first.watermarks[manifest_key("drop")], FINGERPRINT)
    opened.clear()
    processed = {(name, digest) for _, name, digest in first.files_read}
    second = read_source(spec, processed=processed, manifest=manifest)
    assert [i.external_id for i in second.items] == ["e0"]
    assert "day1.jsonl" not in opened


def test_plan_for_an_empty_file_that_grows_is_a_tail_read(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"")
    empty = FileState(
        size=0,
        mtime_ns=0,
        sha256=plan_file_read(path, None, True).state.sha256,
        newlines=0,
        ends_with_newline=False,
    )
    write_jsonl(path, rows("a", 1))
    plan = plan_file_read(path, empty, appendable=True)
    assert (plan.action, plan.offset, plan.first_line) == ("tail", 0, 1)
