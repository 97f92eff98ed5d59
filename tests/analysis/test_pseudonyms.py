"""Keyed customer pseudonyms: not recomputable without the key, and old stores can move."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vocmine.analysis.pseudonyms import (
    KEYED_KEY_LENGTH,
    Pseudonymiser,
    is_legacy_key,
    legacy_customer_key,
)

KEY_A = b"a" * 32
KEY_B = b"b" * 32


def test_the_key_is_an_hmac_of_the_salted_digest_and_needs_the_secret() -> None:
    keyed = Pseudonymiser(KEY_A).customer_key("anna@example.com")
    unkeyed = hashlib.sha256(b"vocmine\x1fanna@example.com").hexdigest()
    assert keyed is not None and len(keyed) == KEYED_KEY_LENGTH
    assert keyed not in unkeyed  # the public recipe of the old scheme does not give it
    assert keyed != Pseudonymiser(KEY_B).customer_key("anna@example.com")


def test_customer_ids_are_matched_trimmed_and_case_insensitive() -> None:
    pseudonyms = Pseudonymiser(KEY_A)
    assert pseudonyms.customer_key(" Anna@Example.COM ") == pseudonyms.customer_key(
        "anna@example.com"
    )
    assert pseudonyms.customer_key(None) is None
    assert pseudonyms.customer_key("   ") is None


def test_a_legacy_key_moves_to_the_key_a_new_run_computes() -> None:
    pseudonyms = Pseudonymiser(KEY_A, salt="s")
    legacy = legacy_customer_key("client-17", "s")
    assert is_legacy_key(legacy) and not is_legacy_key(pseudonyms.customer_key("client-17"))
    assert pseudonyms.from_legacy(legacy) == pseudonyms.customer_key("client-17")
    assert pseudonyms.keys_of("client-17") == (pseudonyms.customer_key("client-17"), legacy)


def test_a_short_secret_is_refused_and_the_fingerprint_names_the_key() -> None:
    with pytest.raises(ValueError, match="at least 16 bytes"):
        Pseudonymiser(b"short")
    assert Pseudonymiser(KEY_A).fingerprint != Pseudonymiser(KEY_B).fingerprint
    assert "a" * 16 not in repr(Pseudonymiser(KEY_A))  # the secret is not in its repr


@given(st.text(min_size=1).filter(lambda s: s.strip()), st.text(min_size=1).filter(str.strip))
def test_different_customers_get_different_keys(first: str, second: str) -> None:
    pseudonyms = Pseudonymiser(KEY_A)
    same = first.strip().lower() == second.strip().lower()
    assert (pseudonyms.customer_key(first) == pseudonyms.customer_key(second)) == same
