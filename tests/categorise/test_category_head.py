"""The learned category head: mapping file, estimator, calibration, categoriser and registry."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from vocmine.categorise import PATTERN_HITS_MAX_CHARS, Categoriser, fold_text, load_taxonomy
from vocmine.categorise.category_maps import UNKNOWN, SetMap, load_category_maps, mapped_targets
from vocmine.categorise.head import CategoryHead, best_f1_threshold
from vocmine.categorise.transfer import multilabel_report
from vocmine.registry import load_category_head

DIM = 64


class NamedHashingEmbedder:
    """Deterministic stand-in embedder with a name: hashed character trigrams."""

    def __init__(self, name: str = "fake-e5", dim: int = DIM) -> None:
        self.name = name
        self.dim = dim
        self.calls = 0

    def embed(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            padded = f"  {fold_text(text)}  "
            for j in range(len(padded) - 2):
                h = int(hashlib.md5(padded[j : j + 3].encode()).hexdigest(), 16)
                out[i, h % self.dim] += 1.0
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def _synthetic(n: int = 400, seed: int = 0) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Vectors where category c is positive when coordinate c is large."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, DIM)).astype(np.float32)
    categories = ["delivery", "billing", "pricing"]
    targets = (X[:, :3] > 0.8).astype(np.int8)
    return X, targets, categories


# --- the mapping file -------------------------------------------------------
def test_category_maps_use_only_taxonomy_keys():
    taxonomy = load_taxonomy()
    allowed = set(taxonomy.category_keys) - {taxonomy.fallback}
    maps = load_category_maps()
    assert maps, "the packaged mapping file is empty"
    for set_map in maps.values():
        for label, keys in set_map.labels.items():
            assert keys is None or set(keys) <= allowed, (set_map.name, label, keys)
        assert set_map.missing is None or set(set_map.missing) <= allowed


def test_mapped_targets_known_unknown_and_unused_rows():
    set_map = SetMap(
        name="toy",
        fields=("labels",),
        labels={"Late": ("delivery",), "Fee": ("pricing",), "Product": None},
        missing=(),
        expressible=("delivery", "pricing"),
    )
    rows = [
        {"labels": ["Late"]},  # positive delivery, negative pricing
        {"labels": ["Fee", "Product"]},  # positive pricing, delivery unknown (a null label)
        {"labels": ["Product"]},  # nothing fits: unused
        {"labels": []},  # missing: negative for what the set can express
    ]
    targets, used = mapped_targets(rows, set_map, ["delivery", "billing", "pricing"])
    assert targets.tolist() == [
        [1, UNKNOWN, 0],
        [UNKNOWN, UNKNOWN, 1],
        [UNKNOWN, UNKNOWN, UNKNOWN],
        [0, UNKNOWN, 0],
    ]
    assert used.tolist() == [True, True, False, True]
    with pytest.raises(KeyError, match="not in the category map"):
        set_map.keys_for(["Unlisted"])


# --- the estimator ------------------------------------------------------------
def test_head_fit_save_load_round_trip(tmp_path):
    X, targets, categories = _synthetic()
    head = CategoryHead(embedder_name="fake-e5").fit(X, targets, categories)
    lexicon = np.zeros(targets.shape)
    head.calibrate(head.head_proba(X), lexicon, lexicon, targets)
    head.save(tmp_path / "head")
    loaded = CategoryHead.load(tmp_path / "head")
    assert loaded.categories_ == categories
    np.testing.assert_allclose(loaded.head_proba(X), head.head_proba(X), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(
        loaded.combined_proba(head.head_proba(X), lexicon, lexicon, 0.8),
        head.combined_proba(head.head_proba(X), lexicon, lexicon, 0.8),
    )
    np.testing.assert_allclose(loaded.thresholds_, head.thresholds_)
    assert loaded.accepts_embeddings_from("fake-e5")
    assert not loaded.accepts_embeddings_from("other")
    # the head learned something: its probabilities rank the positives first
    proba = loaded.head_proba(X)
    for c in range(3):
        assert proba[targets[:, c] == 1, c].mean() > proba[targets[:, c] == 0, c].mean() + 0.3
    assert not list(tmp_path.glob("head/*.pkl")) and not list(tmp_path.glob("head/*.joblib"))


def test_head_skips_unknown_targets():
    X, targets, categories = _synthetic()
    poisoned = targets.copy()
    # flip the labels of half the rows of "billing", then mark them unknown: no effect
    poisoned[:200, 1] = UNKNOWN
    head_full = CategoryHead().fit(X[200:], targets[200:], categories)
    head_masked = CategoryHead().fit(X, poisoned, categories)
    np.testing.assert_allclose(head_full.coef_[1], head_masked.coef_[1], rtol=1e-4, atol=1e-5)


def test_thresholds_are_calibrated_per_category():
    rng = np.random.default_rng(1)
    n = 600
    targets = (rng.random((n, 2)) < 0.3).astype(np.int8)
    # category 0: the head is informative; category 1: only the lexicon is
    head_p = np.where(targets[:, 0:1] == 1, 0.7, 0.3) + rng.normal(0, 0.15, (n, 1))
    head_p = np.column_stack([np.clip(head_p[:, 0], 0.01, 0.99), rng.random(n)])
    lexicon = np.column_stack([np.zeros(n), np.where(targets[:, 1] == 1, 0.7, 0.0)])
    lexicon[:, 1] = np.where(rng.random(n) < 0.25, 0.7 - lexicon[:, 1], lexicon[:, 1])
    head = CategoryHead(min_positives=5)
    head.categories_ = ["delivery", "billing"]
    head.coef_ = np.zeros((2, 1), dtype=np.float32)
    head.intercept_ = np.zeros(2, dtype=np.float32)
    head.fitted_ = np.ones(2, dtype=bool)
    head.stack_coef_ = np.full((2, 4), np.nan)
    head.thresholds_ = np.full(2, 0.5)
    head.calibration_ = {}
    head.calibrate(head_p, lexicon, np.zeros((n, 2)), targets)
    combined = head.combined_proba(head_p, lexicon, np.zeros((n, 2)), 0.8)
    for c in range(2):
        expected, _ = best_f1_threshold(combined[:, c], targets[:, c] == 1)
        assert head.thresholds_[c] == pytest.approx(expected)
    # the stacker leans on the informative input of each category
    assert head.stack_coef_[0, 0] > abs(head.stack_coef_[0, 1])
    assert head.stack_coef_[1, 1] > abs(head.stack_coef_[1, 0])
    # calibrated: mean probability close to the positive rate
    assert abs(combined[:, 0].mean() - targets[:, 0].mean()) < 0.05


# --- the categoriser with a head -----------------------------------------------
def _billing_head(embedder: NamedHashingEmbedder, strength: float) -> CategoryHead:
    """A head whose billing probability depends on the vector's similarity to one text."""
    taxonomy = load_taxonomy()
    categories = [k for k in taxonomy.category_keys if k != taxonomy.fallback]
    direction = embedder.embed(["zzqx wobble frumious"])[0]
    head = CategoryHead(embedder_name=embedder.name)
    head.categories_ = categories
    head.coef_ = np.zeros((len(categories), embedder.dim), dtype=np.float32)
    head.intercept_ = np.full(len(categories), -6.0, dtype=np.float32)
    b = categories.index("billing")
    head.coef_[b] = strength * direction
    head.fitted_ = np.ones(len(categories), dtype=bool)
    head.stack_coef_ = np.full((len(categories), 4), np.nan)
    head.stack_coef_[b] = [1.0, 3.0, 0.0, 0.0]
    head.thresholds_ = np.full(len(categories), 0.5)
    head.thresholds_[b] = 0.4
    head.calibration_ = {}
    return head


def test_categoriser_uses_the_head_on_documents_only():
    embedder = NamedHashingEmbedder()
    text = "zzqx wobble frumious"  # no lexicon pattern, far from every seed
    plain = Categoriser(embedder=embedder).fit()
    with_head = Categoriser(embedder=embedder, head=_billing_head(embedder, 12.0)).fit()
    assert "billing" not in plain.predict([text], ["en"])[0]
    scores = with_head.score([text], ["en"])[0]
    assert scores["billing"] > 0.9
    plain_labels = set(plain.predict([text], ["en"])[0]) - {"other"}
    assert set(with_head.predict([text], ["en"])[0]) == plain_labels | {"billing"}
    assert with_head.thresholds_["billing"] == pytest.approx(0.4)
    # score_documents: the document gets the head, its sentence keeps the lexicon path
    docs, sentence_labels = with_head.score_documents([text], ["en"], [[text]])
    assert docs[0]["billing"] == scores["billing"]
    assert sentence_labels == [[plain.predict([text], ["en"])[0]]]


def test_categoriser_head_needs_a_matching_embedder():
    embedder = NamedHashingEmbedder(name="fake-e5")
    head = _billing_head(embedder, 12.0)
    with pytest.raises(ValueError, match="embedder"):
        Categoriser(head=head).fit()
    with pytest.raises(ValueError, match="fitted on fake-e5"):
        Categoriser(embedder=NamedHashingEmbedder(name="other"), head=head).fit()


def test_categoriser_without_head_keeps_the_lexicon_scores():
    embedder = NamedHashingEmbedder()
    texts = ["You charged me twice for the same order.", "The app keeps crashing."]
    plain = Categoriser(embedder=embedder).fit()
    explicit = Categoriser(embedder=embedder, head=None).fit()
    assert plain.score(texts, ["en", "en"]) == explicit.score(texts, ["en", "en"])
    assert all(t == plain.threshold for t in plain.thresholds_.values())


def test_a_pattern_hit_keeps_its_label_when_the_head_says_no():
    embedder = NamedHashingEmbedder()
    text = "You charged me twice for the same order."  # a billing pattern fires
    plain = Categoriser(embedder=embedder).fit()
    lexicon_score = plain.score([text], ["en"])[0]["billing"]
    assert lexicon_score >= plain.threshold
    head = _billing_head(embedder, -12.0)  # the head is sure it is not billing
    with_head = Categoriser(embedder=embedder, head=head).fit()
    assert with_head.score([text], ["en"])[0]["billing"] == lexicon_score
    assert "billing" in with_head.predict([text], ["en"])[0]
    # below the threshold, the lexicon's weak evidence goes through the stacker only
    weak = "zzqx wobble frumious"
    assert with_head.score([weak], ["en"])[0]["billing"] < 0.4


def test_in_a_long_text_the_stacker_decides_over_a_pattern_hit():
    embedder = NamedHashingEmbedder()
    short = "You charged me twice for the same order."  # a billing pattern fires
    filler = " The weather was fine and the parcel came on a Tuesday afternoon."
    long = short + filler * 4
    assert len(short) <= PATTERN_HITS_MAX_CHARS < len(long)
    head = _billing_head(embedder, -12.0)  # the head is sure it is not billing
    with_head = Categoriser(embedder=embedder, head=head).fit()
    assert "billing" in with_head.predict([short], ["en"])[0]
    assert with_head.score([long], ["en"])[0]["billing"] < 0.4
    assert "billing" not in with_head.predict([long], ["en"])[0]
    # score_documents agrees with score
    docs, _ = with_head.score_documents([short, long], ["en", "en"], [[short], [long]])
    assert docs == with_head.score([short, long], ["en", "en"])
    # None keeps pattern hits in every text (the shipped heads' teacher)
    everywhere = Categoriser(embedder=embedder, head=head, pattern_hits_max_chars=None).fit()
    assert "billing" in everywhere.predict([long], ["en"])[0]
    # -1 never keeps them: the stacker decides in the short text too
    never = Categoriser(embedder=embedder, head=head, pattern_hits_max_chars=-1).fit()
    assert "billing" not in never.predict([short], ["en"])[0]


# --- the registry -----------------------------------------------------------------
def test_registry_builds_the_head_only_for_its_embedder(tmp_path):
    X, targets, categories = _synthetic()
    CategoryHead(embedder_name="fake-e5").fit(X, targets, categories).save(tmp_path / "h")
    assert load_category_head(NamedHashingEmbedder(name="fake-e5"), tmp_path / "h") is not None
    assert load_category_head(NamedHashingEmbedder(name="static"), tmp_path / "h") is None
    assert load_category_head(None, tmp_path / "h") is None
    assert load_category_head(NamedHashingEmbedder(), tmp_path / "missing") is None


# --- the metrics -------------------------------------------------------------------
def test_multilabel_report_counts_known_pairs_and_stray_predictions():
    targets = np.array([[1, 0, UNKNOWN], [0, 1, UNKNOWN], [1, UNKNOWN, UNKNOWN]])
    predicted = np.array([[True, False, True], [True, True, False], [False, True, False]])
    report = multilabel_report(targets, predicted, ["a", "b", "c"])
    # a: tp 1, fp 1, fn 1; b: tp 1 (row 2 unknown)
    assert report["per_category"]["a"]["f1"] == pytest.approx(0.5)
    assert report["per_category"]["b"]["f1"] == pytest.approx(1.0)
    assert report["macro_f1"] == pytest.approx(0.75)
    assert report["micro_f1"] == pytest.approx(2 * 2 / (2 * 2 + 1 + 1), abs=1e-4)
    assert report["stray_predictions"] == {"c": 1}
