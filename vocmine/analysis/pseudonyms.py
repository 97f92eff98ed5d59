"""Keyed customer pseudonyms: who wrote an item, without the customer id.

A stored ``customer_key`` is

``HMAC-SHA256(secret, legacy_key(customer, salt))``, 32 hex characters,

where :func:`legacy_customer_key` is the salted SHA-256 earlier releases
stored (16 hex characters). Without the secret nobody can recompute a key
from a customer id, even knowing the code and the salt; two installations
with their own secrets give different keys for the same customer.

The HMAC is taken over the legacy key, not over the raw id, so a store
written before keys were secret can be moved to the new scheme from what it
holds (:meth:`Pseudonymiser.from_legacy`; the raw ids were never stored).
A legacy key (16 hex) and a keyed one (32 hex) are told apart by length.

Example:
    >>> p = Pseudonymiser(secret=b"k" * 32)
    >>> key = p.customer_key(" Anna@Example.com ")
    >>> len(key), key == p.customer_key("anna@example.com")
    (32, True)
    >>> p.from_legacy(legacy_customer_key("anna@example.com", "vocmine")) == key
    True
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass, field

__all__ = [
    "KEYED_KEY_LENGTH",
    "LEGACY_KEY_LENGTH",
    "Pseudonymiser",
    "is_legacy_key",
    "legacy_customer_key",
]

LEGACY_KEY_LENGTH = 16
"""Hex characters of a key of the old, unkeyed scheme (salted SHA-256)."""
KEYED_KEY_LENGTH = 32
"""Hex characters of a keyed pseudonym (HMAC-SHA256, 128 bits)."""
MIN_SECRET_BYTES = 16
"""Shortest secret accepted: 128 bits."""

_LEGACY_RE = re.compile(r"[0-9a-f]{16}")


def legacy_customer_key(customer: str | None, salt: str) -> str | None:
    """Return the key earlier releases stored: salted SHA-256 of the normalised id, or None.

    Args:
        customer: The customer id as the source gives it (e-mail, account number ...).
        salt: The ``customer_salt`` setting (public by default: not a secret).
    """
    if not customer or not customer.strip():
        return None
    normalised = customer.strip().lower()
    return hashlib.sha256(f"{salt}\x1f{normalised}".encode()).hexdigest()[:LEGACY_KEY_LENGTH]


def is_legacy_key(key: str | None) -> bool:
    """Return whether a stored key is of the old, unkeyed scheme."""
    return key is not None and len(key) == LEGACY_KEY_LENGTH and bool(_LEGACY_RE.fullmatch(key))


@dataclass(frozen=True, slots=True)
class Pseudonymiser:
    """Turns customer ids into keyed pseudonyms.

    Args:
        secret: The secret key, at least :data:`MIN_SECRET_BYTES` bytes (see
            :mod:`vocmine.pipeline.pseudonym_key` for where it comes from).
        salt: The ``customer_salt`` setting, kept so that stores written by
            earlier releases can be moved (:meth:`from_legacy`).

    Raises:
        ValueError: The secret is too short.
    """

    secret: bytes = field(repr=False)
    salt: str = "vocmine"

    def __post_init__(self) -> None:
        if len(self.secret) < MIN_SECRET_BYTES:
            raise ValueError(
                f"the pseudonym key must have at least {MIN_SECRET_BYTES} bytes, "
                f"got {len(self.secret)}"
            )

    @property
    def fingerprint(self) -> str:
        """Return a short, non-reversible name of the secret (stored to detect a changed key)."""
        digest = hmac.new(self.secret, b"vocmine pseudonym key fingerprint", hashlib.sha256)
        return digest.hexdigest()[:16]

    def customer_key(self, customer: str | None) -> str | None:
        """Return the keyed pseudonym of a customer id (None for a missing id)."""
        return self.from_legacy(legacy_customer_key(customer, self.salt))

    def from_legacy(self, legacy: str | None) -> str | None:
        """Return the keyed pseudonym of a key stored by the old scheme (None stays None)."""
        if legacy is None:
            return None
        digest = hmac.new(self.secret, legacy.encode("ascii"), hashlib.sha256)
        return digest.hexdigest()[:KEYED_KEY_LENGTH]

    def keys_of(self, customer: str) -> tuple[str, ...]:
        """Return every key a customer's rows may carry: keyed, and legacy (not yet moved)."""
        legacy = legacy_customer_key(customer, self.salt)
        if legacy is None:
            return ()
        keyed = self.from_legacy(legacy)
        return (keyed, legacy) if keyed else (legacy,)
