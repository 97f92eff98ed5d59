"""The category head's recipe: distilled teacher labels as one more source; our items' weight."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from tests.categorise.test_categorise import HashingEmbedder
from vocmine.categorise import Categoriser
from vocmine.categorise.train_head import (
    CHECK_SET_TRAINING,
    DISTIL_MAX_CHARS,
    OWN_TRAINING,
    LabelledRows,
    _stack,
    fit_category_head,
    load_distil_texts,
    teacher_targets,
)
from vocmine.ingest.labelled import SPENT_CHECK_SETS

CATEGORIES = ["delivery", "billing", "pricing"]
DIM = 24


def _rows(name: str, n: int, positive: dict[str, float], seed: int) -> LabelledRows:
    """Rows whose category c is positive when vector coordinate c is large."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, DIM)).astype(np.float32)
    targets = np.zeros((n, len(CATEGORIES)), dtype=np.int8)
    for c, key in enumerate(CATEGORIES):
        if key in positive:
            targets[:, c] = X[:, c] > positive[key]
    return LabelledRows(
        name=name,
        texts=[f"{name} {i}" for i in range(n)],
        langs=["en"] * n,
        targets=targets,
        vectors=X,
        lexicon=np.zeros((n, len(CATEGORIES))),
        prototype=np.zeros((n, len(CATEGORIES))),
    )


def test_teacher_targets_are_the_teachers_document_labels():
    teacher = Categoriser().fit()
    texts = ["Paczka nie dotarła, kurier zgubił przesyłkę.", "Dzień dobry."]
    targets = teacher_targets(teacher, texts, ["pl", "pl"], CATEGORIES, batch=1)
    expected = [
        [1 if c in teacher.labels_from_scores(row) else 0 for c in CATEGORIES]
        for row in teacher.score(texts, ["pl", "pl"])
    ]
    assert targets.tolist() == expected
    assert targets[0, CATEGORIES.index("delivery")] == 1
    assert targets[1].sum() == 0


def test_teacher_targets_take_vectors_at_hand_instead_of_embedding_again():
    embedder = HashingEmbedder()
    seed = "Produkt ma dziwny zapach plastiku i odbarwienia."  # no pattern: the prototypes decide
    teacher = Categoriser(embedder=embedder).fit(texts=[seed] * 2, labels=["product_quality"] * 2)
    texts = [seed, "Paczka nie dotarła.", "Cena jest za wysoka.", "Dzień dobry."]
    langs = ["pl"] * len(texts)
    categories = ["delivery", "product_quality", "pricing"]
    embedded = teacher_targets(teacher, texts, langs, categories, batch=3)
    vectors = embedder.embed(texts)
    calls = embedder.calls
    given = teacher_targets(teacher, texts, langs, categories, batch=3, vectors=vectors)
    assert embedder.calls == calls  # the vectors were used as given, batch by batch
    assert given.tolist() == embedded.tolist()
    assert given[0, 1] == 1  # the prototype's label, which only the vector gives
    # other vectors give other labels: they are read, not ignored
    zeros = teacher_targets(teacher, texts, langs, categories, vectors=np.zeros_like(vectors))
    assert zeros[0, 1] == 0


def test_distil_texts_are_seeded_samples_cut_to_the_customers_words(tmp_path):
    folder = tmp_path / "reviews_pl"
    folder.mkdir()
    rows = [{"text": "Opinia numer 0. " + "x" * (DISTIL_MAX_CHARS + 10), "lang": "pl"}]
    rows += [{"text": f"Opinia numer {i}", "lang": "pl"} for i in range(1, 20)]
    rows.append({"text": "   "})
    (folder / "data.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    texts, langs = load_distil_texts(tmp_path, [("reviews_pl", 5)])
    again, _ = load_distil_texts(tmp_path, [("reviews_pl", 5)])
    assert texts == again and len(texts) == 5 and langs == ["pl"] * 5
    assert all(t.strip() and len(t) <= DISTIL_MAX_CHARS for t in texts)
    assert len(load_distil_texts(tmp_path, [("reviews_pl", 100)])[0]) == 20
    with pytest.raises(FileNotFoundError, match="missing_set"):
        load_distil_texts(tmp_path, [("missing_set", 5)])


def test_distilled_rows_are_fitted_on_but_never_calibrated_on():
    english = [_rows("english", 300, {"delivery": 0.5, "billing": 0.5}, seed=1)]
    own = _rows("own", 120, {"delivery": 0.5, "billing": 0.5}, seed=2)
    distilled = _rows("distilled", 300, {"pricing": 0.5}, seed=3)
    without = fit_category_head(english, own, CATEGORIES, "fake", folds=3)
    with_extra = fit_category_head(english, own, CATEGORIES, "fake", folds=3, extra=[distilled])
    pricing = CATEGORIES.index("pricing")
    assert not without.fitted_[pricing]  # no source but the distilled one has pricing
    assert with_extra.fitted_[pricing]
    proba = with_extra.head_proba(distilled.vectors)[:, pricing]
    assert np.mean((proba >= 0.5) == (distilled.targets[:, pricing] == 1)) > 0.9
    # calibration saw the own items and the English set held out, not the distilled rows
    assert with_extra.calibration_["delivery"]["rows"] == len(own.texts) + 300
    assert "pricing" not in with_extra.calibration_


def test_a_teacher_without_a_head_is_refused_before_anything_is_read(tmp_path):
    from tests.categorise.test_category_head import NamedHashingEmbedder
    from vocmine.categorise.train_head import train_and_save

    with pytest.raises(ValueError, match="no head"):
        train_and_save(
            tmp_path / "missing",
            tmp_path,
            tmp_path / "out",
            NamedHashingEmbedder(),
            teacher=Categoriser().fit(),
        )
    assert not (tmp_path / "out").exists()


def test_own_items_of_a_whole_check_set_when_no_split_is_named(tmp_path) -> None:
    from vocmine.categorise.train_head import load_own_items

    folder = tmp_path / "checkset"
    folder.mkdir()
    rows = [
        {
            "id": "a",
            "lang": "en",
            "split": "dev",
            "text": "Late parcel.",
            "categories": ["delivery"],
        },
        {
            "id": "b",
            "lang": "en",
            "split": "blind",
            "text": "Too pricey.",
            "categories": ["pricing"],
        },
    ]
    (folder / "en.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    every = load_own_items(tmp_path, [("checkset", None)], CATEGORIES)
    dev = load_own_items(tmp_path, [("checkset", "dev")], CATEGORIES)
    assert every.texts == ["Late parcel.", "Too pricey."]
    assert every.targets.tolist() == [[1, 0, 0], [0, 0, 1]]
    assert dev.texts == ["Late parcel."]


def test_own_items_get_their_share_of_the_weight():
    english = [_rows("a", 300, {}, seed=1), _rows("b", 100, {}, seed=2)]
    own = _rows("own", 50, {}, seed=3)
    _, _, equal = _stack([*english, own])
    _, _, same = _stack([*english, own], 1.0)
    _, _, tripled = _stack([*english, own], 3.0)
    assert equal.tolist() == same.tolist()
    for w in (equal, tripled):
        assert w.sum() == pytest.approx(450)
    assert equal[:300].sum() == pytest.approx(150) and equal[400:].sum() == pytest.approx(150)
    # own: three shares of five (1 + 1 + 3), every other source one
    assert tripled[400:].sum() == pytest.approx(450 * 3 / 5)
    assert tripled[:300].sum() == pytest.approx(90) and tripled[300:400].sum() == pytest.approx(90)


def test_own_weight_moves_the_head_towards_our_items():
    # English rows say delivery is coordinate 0, our items say coordinate 1
    english = [_rows("english", 400, {"delivery": 0.0}, seed=1)]
    own = _rows("own", 100, {}, seed=2)
    own.targets[:, 0] = own.vectors[:, 1] > 0.0
    probe = np.zeros((2, DIM), dtype=np.float32)
    probe[0, 1] = probe[1, 0] = 2.0  # our items' delivery, the English rows' delivery
    scores = {}
    for weight in (1.0, 5.0):
        head = fit_category_head(english, own, CATEGORIES, "fake", folds=3, own_weight=weight)
        scores[weight] = head.head_proba(probe)[:, 0]
    assert scores[5.0][0] > scores[1.0][0]
    assert scores[5.0][1] < scores[1.0][1]


def test_the_shipped_heads_learned_from_exactly_the_spent_check_sets():
    """`make train-categories-*` pass --spent-check-sets: the shipped heads record the list's
    sets as own parts, in its order (a set added to the list needs both heads refitted)."""
    models = Path(__file__).resolve().parents[2] / "models" / "categories"
    eval_dir = models.parents[1] / "data" / "eval"
    expected = [f"{f}:{s or 'all'}" for f, s in OWN_TRAINING + CHECK_SET_TRAINING] + [
        f"{name}:all" for name in SPENT_CHECK_SETS
    ]
    for head in ("head_static_v1", "head_chunks_v1"):
        training = json.loads((models / head / "head.json").read_text(encoding="utf-8"))
        assert training["training"]["own_parts"] == expected, head
        assert training["training"]["own_weight"] == 6.0, head
    assert len(set(SPENT_CHECK_SETS)) == len(SPENT_CHECK_SETS)
    for name in SPENT_CHECK_SETS:
        assert list((eval_dir / name).glob("*.jsonl")), name


def test_an_enquiry_tagged_information_is_not_learned_as_an_information_complaint() -> None:
    from vocmine.categorise.train_head import COMPLAINT_ONLY, training_categories

    enquiry = {
        "categories": ["information", "pricing"],
        "aspect_sentiment": {"information": "neutral", "pricing": "neutral"},
    }
    thanks = {"categories": ["information"], "aspect_sentiment": {"information": "positive"}}
    complaint = {
        "categories": ["information", "delivery"],
        "aspect_sentiment": {"information": "negative", "delivery": "negative"},
    }
    short = {"categories": ["information"]}
    assert training_categories(enquiry, COMPLAINT_ONLY) == {"pricing"}
    assert training_categories(thanks, COMPLAINT_ONLY) == set()
    assert training_categories(complaint, COMPLAINT_ONLY) == {"information", "delivery"}
    assert training_categories(short, COMPLAINT_ONLY) == {"information"}
    assert training_categories(enquiry) == {"information", "pricing"}  # as written


def test_own_items_can_learn_the_labels_as_the_taxonomy_defines_them(tmp_path) -> None:
    from vocmine.categorise.train_head import COMPLAINT_ONLY, load_own_items

    folder = tmp_path / "support"
    folder.mkdir()
    row = {
        "id": "q",
        "lang": "en",
        "split": "train",
        "text": "How much is the annual plan?",
        "categories": ["information", "pricing"],
        "aspect_sentiment": {"information": "neutral", "pricing": "neutral"},
    }
    (folder / "en.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    categories = ["information", "pricing"]
    written = load_own_items(tmp_path, [("support", "train")], categories)
    defined = load_own_items(
        tmp_path, [("support", "train")], categories, complaint_only=COMPLAINT_ONLY
    )
    assert defined.targets.tolist() == [[0, 1]]
    assert written.targets.tolist() == [[1, 1]]


def test_the_regularisation_reaches_the_fit_and_is_recorded(tmp_path, monkeypatch) -> None:
    from unittest import mock

    from tests.categorise.test_category_head import NamedHashingEmbedder
    from vocmine.categorise import train_head

    english = [_rows("english", 200, {"delivery": 0.5, "billing": 0.5}, seed=1)]
    own = _rows("own", 80, {"delivery": 0.5, "billing": 0.5}, seed=2)
    monkeypatch.setattr(train_head, "head_categories", lambda _: CATEGORIES)
    heads = {}
    for C in (0.01, 5.0):
        with mock.patch.object(train_head, "load_training_data", return_value=(english, own)):
            heads[C] = train_head.train_and_save(
                tmp_path, tmp_path, tmp_path / str(C), NamedHashingEmbedder(), C=C
            )
        recorded = json.loads((tmp_path / str(C) / "head.json").read_text(encoding="utf-8"))
        assert recorded["training"]["C"] == C
    delivery = CATEGORIES.index("delivery")
    # weaker regularisation: larger weights on the same data
    assert np.abs(heads[5.0].coef_[delivery]).sum() > np.abs(heads[0.01].coef_[delivery]).sum()


def test_calibration_folds_hold_each_group_out_whole():
    from vocmine.categorise.train_head import _calibration_folds

    groups = ["a", "b", "a", "c", "b", "a"]
    folds = _calibration_folds(6, 5, 0, groups)
    assert [f.tolist() for f in folds] == [[0, 2, 5], [1, 4], [3]]
    random = _calibration_folds(6, 3, 0, None)
    assert sorted(np.concatenate(random).tolist()) == list(range(6)) and len(random) == 3
    with pytest.raises(ValueError, match="2 group names for 6 rows"):
        _calibration_folds(6, 5, 0, ["a", "b"])


def test_grouped_calibration_scores_each_writer_with_a_head_that_never_saw_them():
    # two writers of our items mark delivery by different coordinates; the English set
    # by a third: out of group, each writer's delivery is unknown to the fold's head
    english = [_rows("english", 300, {"delivery": 0.5, "billing": 0.5}, seed=1)]
    own = _rows("own", 200, {"billing": 0.5}, seed=2)
    own.targets[:100, 0] = own.vectors[:100, 3] > 0.5
    own.targets[100:, 0] = own.vectors[100:, 4] > 0.5
    groups = ["w1"] * 100 + ["w2"] * 100
    common = {"own_weight": 3.0, "calibrate_on_sets": False}
    random = fit_category_head(english, own, CATEGORIES, "fake", folds=4, **common)
    grouped = fit_category_head(english, own, CATEGORIES, "fake", groups=groups, **common)
    f1 = {
        name: head.calibration_["delivery"]["f1_in_calibration"]
        for name, head in (("random", random), ("grouped", grouped))
    }
    assert f1["grouped"] < f1["random"] - 0.05, f1
    with pytest.raises(ValueError, match="group names"):
        fit_category_head(english, own, CATEGORIES, "fake", groups=groups[:10])


def test_own_item_sources_name_each_item_load_own_items_reads():
    from vocmine.categorise.train_head import load_own_items, own_item_sources

    eval_dir = Path(__file__).resolve().parents[2] / "data" / "eval"
    parts = (*CHECK_SET_TRAINING, ("realistic_blind2", None))
    sources = own_item_sources(eval_dir, parts)
    assert len(sources) == len(load_own_items(eval_dir, parts, CATEGORIES).texts)
    # both halves of a check set are one source (its writers)
    assert sources.count("realistic") == 420 and sources.count("realistic_blind2") == 210
    assert sources == sorted(sources, key=["realistic", "realistic_blind2"].index)
