"""SignalDetector.reasons: the phrase of the text that fired each signal, quoted from the original."""

from __future__ import annotations

import pytest

from vocmine.categorise import SignalDetector


@pytest.fixture(scope="module")
def detector() -> SignalDetector:
    return SignalDetector().fit()


def test_adjacent_matches_join_into_one_phrase_with_the_original_letters(detector):
    reasons = detector.reasons("Czekam od dwóch tygodni na zwrot, rezygnuję z usług.", "pl")
    assert reasons == {"long_wait": '"Czekam od dwóch tygodni"', "churn_risk": '"rezygnuję"'}


def test_a_fold_that_changes_lengths_still_quotes_the_original(detector):
    # "ß" folds to "ss": positions are mapped back, so the quote keeps the umlaut.
    reasons = detector.reasons("Große Enttäuschung. Ich kündige, seit drei Wochen warte ich.", "de")
    assert reasons["churn_risk"] == '"kündige"'
    assert reasons["long_wait"] == '"seit drei Wochen warte"'


def test_only_signals_that_fire_get_a_reason(detector):
    text = "Nie zamierzam rezygnować, ale dzwoniłem trzy razy."
    assert not detector.churn_risk(text, "pl")
    assert detector.reasons(text, "pl") == {"repeat_contact": '"dzwoniłem trzy razy"'}
    assert detector.reasons("Wszystko super, dziękuję.", "pl") == {}


def test_reasons_cover_exactly_the_fired_signals(detector):
    text = "I've called five times, been on hold for an hour, and I'm switching to a competitor."
    reasons = detector.reasons(text, "en")
    expected = set(detector.effort_signals(text, "en")) | {"churn_risk"}
    assert set(reasons) == expected
    assert all(r.startswith('"') and len(r) <= 82 for r in reasons.values())
