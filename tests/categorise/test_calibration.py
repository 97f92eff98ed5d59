"""The effort/churn calibration: counted from labels, smoothed, saved with its counts, shipped."""

from __future__ import annotations

import json

import pytest

from vocmine.categorise import SignalDetector
from vocmine.categorise.calibration import CALIBRATION_FILE, FLAGS, SignalCalibration
from vocmine.categorise.signals import EVIDENCE_KINDS, churn_evidence, evidence_kind
from vocmine.config import Settings
from vocmine.registry import SIGNAL_CALIBRATION_DIR, load_signal_calibration


def fitted() -> SignalCalibration:
    evidence = [
        {"effort": "strong", "churn": "none"},
        {"effort": "strong", "churn": "none"},
        {"effort": "strong", "churn": "multiple"},
        {"effort": "none", "churn": "none"},
    ]
    gold = [
        {"effort": True, "churn": False},
        {"effort": True, "churn": False},
        {"effort": False, "churn": True},
        {"effort": False, "churn": True},
    ]
    return SignalCalibration().fit(evidence, gold, source="test")


def test_counts_and_smoothed_probabilities():
    cal = fitted()
    assert cal.counts_["effort"]["strong"] == {"items": 3, "positives": 2}
    assert cal.counts_["churn"]["none"] == {"items": 3, "positives": 1}
    assert cal.probability("effort", "strong") == pytest.approx((2 + 1) / (3 + 2))
    assert cal.probability("churn", "none") == pytest.approx((1 + 1) / (3 + 2))
    # A kind never seen gets the prior's one half, not 0 or 1.
    assert cal.probability("effort", "weak") == pytest.approx(0.5)
    assert SignalCalibration(prior=0.0).fit(
        [{"effort": "none", "churn": "none"}], [{"effort": False, "churn": True}]
    ).probability("churn", "none") == pytest.approx(1.0)


def test_save_and_load_keep_the_counts(tmp_path):
    cal = fitted()
    cal.save(tmp_path)
    loaded = SignalCalibration.load(tmp_path)
    assert loaded.counts_ == cal.counts_ and loaded.source_ == "test"
    for flag in FLAGS:
        for kind in EVIDENCE_KINDS:
            assert loaded.probability(flag, kind) == cal.probability(flag, kind)


def test_load_refuses_a_table_without_every_kind(tmp_path):
    data = fitted().to_dict()
    del data["counts"]["churn"]["weak"]
    (tmp_path / CALIBRATION_FILE).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="churn/weak"):
        SignalCalibration.load(tmp_path)


def test_unfitted_calibration_says_so():
    with pytest.raises(RuntimeError, match="not fitted"):
        SignalCalibration().probability("churn", "none")


@pytest.mark.parametrize(
    ("kind", "negative", "chars", "expected"),
    [
        ("strong", 0.1, 400, "overruled"),
        ("multiple", 0.19, 200, "overruled"),
        ("strong", 0.2, 400, "strong"),  # negative enough
        ("multiple", 0.05, 199, "multiple"),  # a short threat keeps its flag
        ("none", 0.0, 400, "none"),
        ("weak", 0.0, 400, "weak"),
    ],
)
def test_churn_evidence_overrules_a_fired_rule_in_a_long_text_read_as_not_negative(
    kind, negative, chars, expected
):
    assert churn_evidence(kind, negative, chars, min_negative=0.2) == expected
    assert churn_evidence(kind, negative, chars, min_negative=0.0) == kind


def test_a_table_written_before_overruled_existed_reads_it_as_none(tmp_path):
    cal = SignalCalibration().fit(
        [{"effort": "none", "churn": "strong"}], [{"effort": False, "churn": True}]
    )
    data = cal.to_dict()
    for flag in FLAGS:
        del data["counts"][flag]["overruled"]
    (tmp_path / CALIBRATION_FILE).write_text(json.dumps(data), encoding="utf-8")
    loaded = SignalCalibration.load(tmp_path)
    for flag in FLAGS:
        assert loaded.counts_[flag]["overruled"] == loaded.counts_[flag]["none"]


@pytest.mark.parametrize(
    ("score", "kind"), [(0.0, "none"), (0.3, "weak"), (0.7, "strong"), (0.91, "multiple")]
)
def test_evidence_kind_of_lexicon_scores(score, kind):
    assert evidence_kind(score) == kind


def test_detector_reports_the_kind_of_rule_that_fired():
    det = SignalDetector().fit()
    assert det.evidence("Rezygnuję z waszych usług!", "pl")["churn"] in {"strong", "multiple"}
    assert det.evidence("Dziękuję, wszystko w porządku.", "pl") == {
        "effort": "none",
        "churn": "none",
    }


def test_shipped_table_is_loaded_with_its_counts_and_orders_the_kinds():
    cal = load_signal_calibration(Settings())
    assert cal is not None
    stored = json.loads((SIGNAL_CALIBRATION_DIR / CALIBRATION_FILE).read_text(encoding="utf-8"))
    assert cal.counts_ == stored["counts"]
    for flag in FLAGS:
        assert sum(cell["items"] for cell in cal.counts_[flag].values()) > 500
        # A strong pattern firing must make the flag far likelier than no rule firing.
        assert cal.probability(flag, "strong") > 0.5 > cal.probability(flag, "none")


def test_a_custom_taxonomy_gets_no_shipped_calibration(tmp_path):
    assert load_signal_calibration(Settings(taxonomy=tmp_path / "mine.yaml")) is None
