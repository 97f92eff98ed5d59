"""The release store (salted-hash customer keys) moves to keyed pseudonyms with `vocmine store rekey`."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from tests.store.test_migrations import v0_path  # noqa: F401  (the fixture)
from vocmine.analysis.pseudonyms import KEYED_KEY_LENGTH, is_legacy_key
from vocmine.cli.main import app

runner = CliRunner()


def keys_and_cases(path: Path) -> tuple[set[str], set[str], int]:
    with duckdb.connect(str(path), read_only=True) as con:
        keys = {
            k
            for (k,) in con.execute(
                "SELECT customer_key FROM insights WHERE customer_key IS NOT NULL"
            ).fetchall()
        }
        cases = {c for (c,) in con.execute("SELECT case_id FROM followups").fetchall()}
        events = con.execute(
            "SELECT count(*) FROM followup_events WHERE case_id IN (SELECT case_id FROM followups)"
        ).fetchone()[0]
    return keys, cases, events


def test_rekey_moves_the_release_store_once(v0_path: Path) -> None:  # noqa: F811
    url = f"duckdb:///{v0_path}"
    before_keys, before_cases, events = keys_and_cases(v0_path)
    assert before_keys and all(is_legacy_key(k) for k in before_keys)

    dry = runner.invoke(app, ["store", "rekey", "--store", url, "--dry-run", "--json"])
    assert dry.exit_code == 0, dry.output
    counted = json.loads(dry.output.strip().splitlines()[-1])
    assert counted["customers"] >= len(before_keys) and counted["cases"] == len(before_cases)
    key_file = Path(str(v0_path) + ".key")
    assert not key_file.exists()  # a dry run writes no key
    assert keys_and_cases(v0_path)[0] == before_keys

    done = runner.invoke(app, ["store", "rekey", "--store", url])
    assert done.exit_code == 0, done.output
    assert f"moved {counted['customers']} customers' keys" in done.output
    after_keys, after_cases, after_events = keys_and_cases(v0_path)
    assert len(after_keys) == len(before_keys)
    assert all(len(k) == KEYED_KEY_LENGTH and not is_legacy_key(k) for k in after_keys)
    assert len(after_cases) == len(before_cases) and not after_cases & before_cases
    assert after_events == events  # every case keeps its audit trail
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600

    again = runner.invoke(app, ["store", "rekey", "--store", url])
    assert again.exit_code == 0 and "nothing to do" in again.output
    assert keys_and_cases(v0_path) == (after_keys, after_cases, after_events)
