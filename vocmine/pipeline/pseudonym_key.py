"""Where the secret key of customer pseudonyms comes from, and moving old stores to it.

The key is looked up in this order:

1. ``pseudonym_key`` (the environment variable ``VOCMINE_PSEUDONYM_KEY``);
2. ``pseudonym_key_secret``: a Prefect Secret block, read by the flow (the
   library never imports Prefect: the flow passes a reader);
3. the key file (``pseudonym_key_file``, default beside the store:
   ``<db>.duckdb.key``, or ``var/keys/<database>-<hash>.key`` for PostgreSQL),
   created with 32 random bytes (hex) and mode 0600 on first use.

An in-memory store gets a random key of its own. The store records the
key's fingerprint (an HMAC of a constant, not the key); a run with another
key is refused, since its pseudonyms would not match the stored ones.

A store written before pseudonyms were keyed holds 16-hex salted hashes;
:func:`rekey_store` moves them (and the follow-up case ids derived from
them) to the keyed scheme. Runs do it on their own when they find such keys.
"""

from __future__ import annotations

import logging
import os
import secrets as random_secrets
from collections.abc import Callable
from pathlib import Path

from vocmine import registry
from vocmine.analysis.pseudonyms import Pseudonymiser, is_legacy_key
from vocmine.config import Settings
from vocmine.errors import ConfigError
from vocmine.followups.rules import case_id_of
from vocmine.store import Store

logger = logging.getLogger(__name__)

FINGERPRINT_META = "pseudonym_key_fingerprint"
"""``store_meta`` entry holding the fingerprint of the store's pseudonym key."""

SecretReader = Callable[[str], str]
"""Returns the value of a named secret (the Prefect flow passes one reading Secret blocks)."""


def pseudonymiser_for(
    settings: Settings, store: Store, secrets: SecretReader | None = None, create: bool = True
) -> Pseudonymiser:
    """Return the store's pseudonymiser: its key found (or made) and checked against the store.

    Args:
        settings: ``pseudonym_key``, ``pseudonym_key_secret``,
            ``pseudonym_key_file``, ``customer_salt`` and the store URL.
        store: The open store; its recorded fingerprint is checked, or
            recorded when there is none.
        secrets: Reads a named secret; needed for ``pseudonym_key_secret``.
        create: Write a new key file and record the fingerprint when there
            are none. False (dry runs) writes nothing: without any key a
            throwaway one is used (the store then has no keyed pseudonym to
            match anyway).

    Raises:
        ConfigError: The key is too short, its secret cannot be read, the key
            file is gone while the store has keyed pseudonyms, or the key is
            not the one the store was written with.
    """
    recorded = store.read_meta(FINGERPRINT_META)
    secret, origin = _secret(settings, secrets, recorded is not None, create)
    try:
        pseudonymiser = Pseudonymiser(secret=secret, salt=settings.customer_salt)
    except ValueError as exc:
        raise ConfigError(f"{exc} ({origin})") from exc
    if recorded is None:
        if create:
            store.write_meta(FINGERPRINT_META, pseudonymiser.fingerprint)
    elif recorded != pseudonymiser.fingerprint:
        raise ConfigError(
            f"the pseudonym key from {origin} (fingerprint {pseudonymiser.fingerprint}) is not "
            f"the one {store.url} was written with (fingerprint {recorded}): customer keys "
            "would not match. Use the store's key (restore its key file, or set "
            "VOCMINE_PSEUDONYM_KEY / pseudonym_key_secret to it)"
        )
    return pseudonymiser


def _secret(
    settings: Settings, secrets: SecretReader | None, must_exist: bool, create: bool
) -> tuple[bytes, str]:
    if settings.pseudonym_key is not None:
        return settings.pseudonym_key.get_secret_value().encode(), "pseudonym_key"
    if settings.pseudonym_key_secret:
        name = settings.pseudonym_key_secret
        if secrets is None:
            raise ConfigError(
                f"the pseudonym key is in the secret {name!r} (pseudonym_key_secret), which only "
                "the Prefect flow can read; run the flow, or set VOCMINE_PSEUDONYM_KEY"
            )
        try:
            value = secrets(name)
        except Exception as exc:  # the reader's own errors (missing block, server down)
            raise ConfigError(f"cannot read the pseudonym key secret {name!r}: {exc}") from exc
        return str(value).strip().encode(), f"the secret {name!r}"
    path = registry.pseudonym_key_file(settings)
    if path is None:
        return random_secrets.token_hex(32).encode(), "a key of this in-memory store"
    if path.is_file():
        return path.read_text(encoding="utf-8").strip().encode(), str(path)
    if must_exist:
        raise ConfigError(
            f"the pseudonym key file {path} is missing, but the store's customer keys were "
            "made with a key: restore the file (or set VOCMINE_PSEUDONYM_KEY to the key). "
            "A new key would make every stored customer a stranger"
        )
    if not create:
        return random_secrets.token_hex(32).encode(), "a throwaway key (dry run, no key yet)"
    return _create_key_file(path), str(path)


def _create_key_file(path: Path) -> bytes:
    """Write a new random key readable by the owner only; another process's key wins a race."""
    path.parent.mkdir(parents=True, exist_ok=True)
    key = random_secrets.token_hex(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="utf-8").strip().encode()
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(key + "\n")
    logger.warning(
        "created the pseudonym key %s: back it up with the store; without it customer keys "
        "cannot be matched or erased by customer id",
        path,
    )
    return key.encode()


def rekey_store(
    store: Store, pseudonymiser: Pseudonymiser, dry_run: bool = False
) -> dict[str, int]:
    """Move a store's unkeyed customer keys (and the case ids made from them) to keyed ones.

    Keys already keyed are left alone, so a second call changes nothing.

    Args:
        store: The open store (hold its run lock).
        pseudonymiser: The store's pseudonymiser (see :func:`pseudonymiser_for`).
        dry_run: Count only.

    Returns:
        ``customers`` moved and rows changed per table.
    """
    legacy = sorted(k for k in store.customer_keys_in_use() if is_legacy_key(k))
    keys = {old: new for old in legacy if (new := pseudonymiser.from_legacy(old))}
    case_ids = {
        case["case_id"]: case_id_of(case["source"], keys[case["customer_key"]], case["thread"])
        for case in store.case_threads(legacy)
        if case["customer_key"] in keys
    }
    if dry_run:
        counts = {"customers": len(keys), "cases": len(case_ids)}
        return counts
    counts = store.rename_customer_keys(keys, case_ids)
    return {"customers": len(keys), "cases": len(case_ids), **counts}
