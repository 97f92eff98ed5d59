"""Tests of the severity formula."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vocmine.categorise import load_taxonomy, severity

WEIGHTS = load_taxonomy().category_weights()
CATEGORIES = sorted(WEIGHTS)
SIGNALS = ["long_wait", "repeat_contact", "channel_switch", "no_human"]


@given(
    sentiment=st.floats(-5, 5, allow_nan=False),
    categories=st.lists(st.sampled_from([*CATEGORIES, "unknown"]), max_size=4),
    signals=st.lists(st.sampled_from(SIGNALS), max_size=4),
    churn=st.booleans(),
    value=st.one_of(st.none(), st.floats(-1, 2, allow_nan=False)),
)
def test_severity_is_always_in_unit_range(sentiment, categories, signals, churn, value):
    assert 0.0 <= severity(sentiment, categories, signals, churn, WEIGHTS, value) <= 1.0


def test_edges():
    assert severity(1.0, [], [], False, WEIGHTS) == 0.0
    assert severity(1.0, ["praise"], [], False, WEIGHTS) == 0.0
    worst = severity(-1.0, ["staff_attitude"], ["long_wait", "repeat_contact"], True, WEIGHTS, 1.0)
    assert worst == 1.0
    assert severity(-1.0, ["staff_attitude"], SIGNALS, True, WEIGHTS) == pytest.approx(0.95)


@given(a=st.floats(-1, 1), b=st.floats(-1, 1))
def test_monotonic_in_negativity(a, b):
    low, high = sorted((a, b))
    args = (["delivery"], ["long_wait"], False, WEIGHTS)
    assert severity(low, *args) >= severity(high, *args)


@pytest.mark.parametrize("sentiment", [-1.0, -0.3, 0.0, 0.6])
def test_churn_raises_severity(sentiment):
    without = severity(sentiment, ["billing"], [], False, WEIGHTS)
    with_churn = severity(sentiment, ["billing"], [], True, WEIGHTS)
    assert with_churn == pytest.approx(without + 0.15)


def test_effort_signals_raise_severity_and_saturate():
    values = [severity(-0.5, ["billing"], SIGNALS[:n], False, WEIGHTS) for n in range(4)]
    assert values[0] < values[1] < values[2] == values[3]
    assert severity(-0.5, ["billing"], ["long_wait", "long_wait"], False, WEIGHTS) == values[1]


def test_weights_decide_the_category_term():
    heavy = severity(-0.5, ["staff_attitude"], [], False, WEIGHTS)
    light = severity(-0.5, ["pricing"], [], False, WEIGHTS)
    assert heavy - light == pytest.approx(
        0.25 * (WEIGHTS["staff_attitude"] - WEIGHTS["pricing"]), abs=1e-4
    )
    assert severity(-0.5, ["pricing", "staff_attitude"], [], False, WEIGHTS) == heavy
    custom = {"pricing": 1.0}
    assert severity(-0.5, ["pricing"], [], False, custom) > light
    assert severity(-0.5, ["unknown"], [], False, WEIGHTS) == severity(-0.5, [], [], False, WEIGHTS)


def test_customer_value_scales():
    args = (-0.8, ["billing"], ["long_wait"], False, WEIGHTS)
    assert (
        severity(*args, 0.0) < severity(*args, None) == severity(*args, 0.5) < severity(*args, 1.0)
    )
