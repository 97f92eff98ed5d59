"""A global concurrency limit per store, so two runs never write one store at once."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from prefect import get_client
from prefect.concurrency.sync import concurrency

from vocmine.store import mask_password


class StoreBusyError(RuntimeError):
    """Another vocmine run held the store for longer than we were willing to wait."""


def store_lock_name(store_url: str) -> str:
    """Return the name of the global concurrency limit guarding ``store_url``."""
    return "vocmine-store-" + hashlib.sha256(store_url.encode()).hexdigest()[:12]


@contextmanager
def store_lock(store_url: str, timeout_seconds: float | None = 3600) -> Iterator[str]:
    """Hold the one slot of the store's concurrency limit (created if missing).

    Args:
        store_url: The resolved store URL; the limit's name is derived from it.
        timeout_seconds: How long to wait for a running pipeline to finish;
            None waits indefinitely.

    Yields:
        The limit's name.

    Raises:
        StoreBusyError: When the slot did not free up within ``timeout_seconds``.
    """
    name = store_lock_name(store_url)
    with get_client(sync_client=True) as client:
        client.upsert_global_concurrency_limit_by_name(name, limit=1)
    held = ExitStack()
    try:
        held.enter_context(
            concurrency(name, occupy=1, timeout_seconds=timeout_seconds, strict=True)
        )
    except TimeoutError as error:
        raise StoreBusyError(
            f"another vocmine run is writing {mask_password(store_url)} (concurrency limit {name!r} "
            f"stayed busy for {timeout_seconds:g} s); this run did nothing - retry "
            "after that run finishes"
        ) from error
    with held:
        yield name
