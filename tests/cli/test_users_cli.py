"""``vocmine users``: add (password on stdin), list, token, disable; hashes only in the store."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from vocmine.cli.main import app
from vocmine.store import open_store
from vocmine.workspace.accounts import principal_for_token

runner = CliRunner()


def test_users_add_list_token_disable(tmp_path: Path) -> None:
    url = f"duckdb:///{tmp_path / 'users.duckdb'}"
    added = runner.invoke(
        app,
        ["users", "add", "ola", "--role", "agent", "--team", "billing", "--store", url],
        input="a long passphrase\n",
    )
    assert added.exit_code == 0, added.output
    assert "added ola (agent, team billing)" in added.output

    again = runner.invoke(
        app,
        ["users", "add", "ola", "--role", "agent", "--team", "billing", "--store", url],
        input="another passphrase\n",
    )
    assert again.exit_code == 2 and "exists already" in again.output
    for args, message in (
        (["users", "add", "max", "--role", "boss", "--store", url], "role 'boss'"),
        (["users", "add", "max", "--role", "agent", "--store", url], "give --team"),
        (["users", "add", "max", "--role", "admin", "--store", url], "at least 10"),
    ):
        result = runner.invoke(
            app, args, input="short\n" if "admin" in args else "long enough pw\n"
        )
        assert result.exit_code == 2 and message in result.output, result.output

    listed = runner.invoke(app, ["users", "list", "--store", url, "--json"])
    users = json.loads(listed.output.strip().splitlines()[-1])
    assert [(u["name"], u["role"], u["team"], u["disabled"]) for u in users] == [
        ("ola", "agent", "billing", False)
    ]

    issued = runner.invoke(app, ["users", "token", "ola", "--store", url])
    assert issued.exit_code == 0
    token = issued.stdout.strip().splitlines()[-1]
    with open_store(url) as store:
        assert principal_for_token(store, token, ("api",)).name == "ola"
        stored = store.get_user("ola", with_hash=True)
        assert stored["password_hash"].startswith("$argon2id$")
        assert "a long passphrase" not in json.dumps(
            store._db.fetchall("SELECT * FROM users"), default=str
        )
        assert token not in json.dumps(store._db.fetchall("SELECT * FROM user_tokens"), default=str)

    disabled = runner.invoke(app, ["users", "disable", "ola", "--store", url, "--actor", "root"])
    assert disabled.exit_code == 0
    with open_store(url) as store:
        assert principal_for_token(store, token, ("api",)) is None
        actions = [(e["actor"], e["action"]) for e in reversed(store.list_audit_events("user"))]
    assert actions == [("cli", "user_added"), ("ola", "token_issued"), ("root", "user_changed")]
    unknown = runner.invoke(app, ["users", "token", "nobody", "--store", url])
    assert unknown.exit_code == 2 and "no user 'nobody'" in unknown.output
