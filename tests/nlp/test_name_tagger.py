"""Tests for vocmine.nlp.name_tagger: the learned name tagger added to the redactor."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import sklearn.linear_model
from sklearn.linear_model import LogisticRegression

from vocmine.nlp.name_tagger import (
    HEAD_WORDS,
    MAX_FROM_END,
    MAX_FROM_START,
    MODEL_FILE,
    NameTagger,
    _word_places,
    candidates,
    drop_rule_names,
    merge,
)
from vocmine.nlp.redact import Redactor

MODELS = Path(__file__).resolve().parents[2] / "models" / "pii_names"
MODEL_DIR = MODELS / "v3"
"""The shipped model (``vocmine.registry.PII_NAMES_DIR``); v1 and v2 are kept beside it."""


@pytest.fixture(scope="module")
def tagger() -> NameTagger:
    return NameTagger.load(MODEL_DIR)


def _names(redactor: Redactor, text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text, lang=lang).spans]


@pytest.mark.parametrize("version", ["v1", "v2", "v3"])
def test_kept_models_load_from_plain_json(version: str) -> None:
    folder = MODELS / version
    tagger = NameTagger.load(folder)
    data = json.loads((folder / MODEL_FILE).read_text(encoding="utf-8"))
    assert data["format"] == 1
    assert 0.05 <= tagger.threshold_ <= 0.99
    assert len(tagger.weights_) > 1000
    assert (folder / "MODEL_CARD.md").is_file()


def test_the_registry_ships_v3() -> None:
    from vocmine.registry import PII_NAMES_DIR

    assert PII_NAMES_DIR.resolve() == MODEL_DIR.resolve()


def test_save_load_round_trip(tagger: NameTagger, tmp_path: Path) -> None:
    tagger.save(tmp_path)
    again = NameTagger.load(tmp_path / MODEL_FILE)
    assert again.weights_ == tagger.weights_
    assert again.threshold_ == tagger.threshold_
    assert again.bias_ == tagger.bias_


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    (tmp_path / MODEL_FILE).write_text('{"format": 99}', encoding="utf-8")
    with pytest.raises(ValueError, match="format"):
        NameTagger.load(tmp_path)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Hallo, mein Sohn hat seine Jacke im Bus 7 vergessen. Gibt es Neuigkeiten?\n"
            "Katrin, Mama von Jonas",
            "de",
            "Jonas",
        ),
        ("Děkuji moc, Janko, už to funguje! 🙂 Hanka", "cs", "Janko"),
    ],
)
def test_a_name_the_rules_miss_is_found(
    tagger: NameTagger, text: str, lang: str, name: str
) -> None:
    assert name not in _names(Redactor(), text, lang)
    assert name in _names(Redactor(name_tagger=tagger), text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The parcel never arrived, what a waste of time", "en"),
        ("the app crashes every time, dev team please fix", "en"),
        ("Congrats on the new app! Works great.", "en"),
        ("Liebe Grüße an das Team, alles gut gelaufen.", "de"),
        ("WHAT A JOKE, MIA AGAIN, NEVER FLYING WITH YOU GUYS", "en"),
    ],
)
def test_common_words_are_not_names(tagger: NameTagger, text: str, lang: str) -> None:
    assert Redactor(name_tagger=tagger).redact(text, lang=lang).spans == ()


def test_lower_case_words_are_candidates_only_after_a_comma_dash_or_sign_off() -> None:
    words = {
        "Terrible service today\nregards, mo": ["Terrible", "mo"],
        "it broke again today": [],
    }
    for text, expected in words.items():
        got = [text[c.start : c.end] for c in candidates(text, "en", [])]
        assert got == expected


def test_lower_case_words_after_an_emoji_or_a_spaced_dash_are_candidates() -> None:
    """The skip for a lower-case word after "letter space" leaves these to the full check."""
    texts = {
        "Das Problem\nist ok 🙂 hanka": ["hanka"],
        "Das Problem\nist ok ❶ hanka": ["hanka"],  # a dingbat digit: alphanumeric, and an emoji
        "Das Problem\nist ok  -  hanka x": ["hanka"],
        "Das Problem\nist ok 1 hanka": [],
        "Das Problem\nist ok a hanka": [],
    }
    for text, expected in texts.items():
        got = [text[c.start : c.end] for c in candidates(text, "cs", []) if text[c.start].islower()]
        assert got == expected, text


def test_positive_is_the_probability_at_the_threshold(tagger: NameTagger) -> None:
    text = "Díky moc, Janko, už to funguje! 🙂 Hanka\nS pozdravem\nJana Nováková\nAcme s.r.o."
    cands = candidates(text, "cs", [], skip_taken=True)
    assert cands
    expected = [tagger.proba(c) >= tagger.threshold_ for c in cands]
    assert tagger._positive(cands) == expected
    assert any(expected)


def test_positive_clamps_the_score_as_proba_does(tagger: NameTagger) -> None:
    text = "Díky moc, Janko, už to funguje! 🙂 Hanka\nS pozdravem\nJana Nováková\nAcme s.r.o."
    cands = candidates(text, "cs", [], skip_taken=True)
    for bias in (-1e6, -50.0, -49.5, 49.5, 50.0, 1e6, float("inf"), float("-inf")):
        extreme = NameTagger()
        extreme.weights_, extreme.threshold_, extreme.bias_ = tagger.weights_, 0.5, bias
        assert extreme._positive(cands) == [extreme.proba(c) >= 0.5 for c in cands]


def test_word_places_are_the_plain_loops() -> None:
    # short lines (all words listed, head_n == n) and long ones (the first HEAD_WORDS
    # words and the last few listed, n at least 11)
    shapes = [(n, n, n) for n in range(30)]
    shapes += [(listed, max(listed, 11), HEAD_WORDS) for listed in range(1, 15)]
    shapes += [(listed, n, HEAD_WORDS) for listed in range(1, 15) for n in range(11, 40)]
    for n_listed, n, head_n in shapes:
        expected = []
        for k in range(n_listed):
            i = k if k < head_n else n - (n_listed - k)
            fromend = n - 1 - i
            if i > MAX_FROM_START and fromend > MAX_FROM_END:
                continue
            expected.append((k, i, fromend, min(i, 4), min(fromend, 4)))
        assert _word_places(n_listed, n, head_n) == tuple(expected)


def test_added_spans_never_overlap_rule_spans(tagger: NameTagger) -> None:
    text = "Hallo, mein Sohn hat seine Jacke vergessen.\nKatrin, Mama von Jonas"
    rules = [(44, 50, "name"), (58, 67, "name")]
    for s, e in tagger.extra_spans(text, "de", rules):
        assert all(e <= rs or re_ <= s for rs, re_, _ in rules)


def test_redactor_without_a_tagger_is_unchanged(tagger: NameTagger) -> None:
    texts = [
        ("Děkuji moc, Janko, už to funguje! 🙂 Hanka", "cs"),
        ("Hello, my card 4111 1111 1111 1111 was charged twice.\nBest,\nAnna Nowak", "en"),
        ("", None),
    ]
    plain = Redactor()
    assert plain.name_tagger is None
    for text, lang in texts:
        spans = plain.redact(text, lang=lang).spans
        assert all(not (s.kind == "name" and text[s.start : s.end] == "Janko") for s in spans)
    with_tagger = Redactor(name_tagger=tagger)
    assert _names(with_tagger, texts[1][0], "en") == _names(plain, texts[1][0], "en")


def test_kinds_without_name_skip_the_tagger(tagger: NameTagger) -> None:
    text = "Děkuji moc, Janko, už to funguje! 🙂 Hanka"
    assert Redactor(kinds=["email"], name_tagger=tagger).redact(text, lang="cs").spans == ()


def test_the_application_redactor_takes_the_shipped_tagger_unless_switched_off() -> None:
    from vocmine.config import Settings
    from vocmine.registry import build_redactor

    assert build_redactor().name_tagger is not None
    assert build_redactor(Settings()).name_tagger is not None
    assert build_redactor(Settings(redaction_name_tagger=False)).name_tagger is None


def _context(text: str, word: str, lang: str = "cs") -> list[str]:
    (cand,) = [c for c in candidates(text, lang, []) if text[c.start : c.end] == word]
    return cand.context


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a surname after a given name: the given name is the lexicon's, not the rules'
        ("Dobrý den,\nposílám fakturu.\n\nJakub Procházka", "Procházka", "prev_first_name"),
        # across a nickname's quotes and brackets
        ("Dobrý den,\nposílám fakturu.\n\nJakub „Kuba“ Procházka", "Kuba", "prev_first_name"),
        ("Dobrý den,\nposílám fakturu.\n\nJakub „Kuba“ Procházka", "Procházka", "prev_evidence"),
        ("Hello,\nquote attached.\n\nRobert (Bobby) Quinn", "Quinn", "prev_first_name"),
        # surname first: the given name follows
        ("Dzień dobry,\nw załączniku faktura.\n\nKowalczyk Anna", "Kowalczyk", "next_first_name"),
    ],
)
def test_neighbour_names_are_features(text: str, word: str, expected: str) -> None:
    assert expected in _context(text, word)


@pytest.mark.parametrize(
    ("text", "word", "absent"),
    [
        # a comma or a sentence between the words: no longer one name
        ("Dobrý den,\nposílám fakturu.\n\nJakub, Procházka", "Procházka", "prev_first_name"),
        ("Hello,\nquote attached.\n\nThanks. Anna", "Anna", "prev_evidence"),
        # a capitalised word that is no name gives no evidence
        ("Hello,\nquote attached.\n\nSupport Quinn", "Quinn", "prev_evidence"),
    ],
)
def test_no_neighbour_feature_across_punctuation_or_without_evidence(
    text: str, word: str, absent: str
) -> None:
    assert absent not in _context(text, word, "en")


def test_drop_rule_names_drops_only_names_and_is_seeded() -> None:
    spans = [[(0, 4, "name"), (5, 9, "email"), (10, 14, "name")] for _ in range(200)]
    once = drop_rule_names(spans, 0.5, seed=0)
    assert once == drop_rule_names(spans, 0.5, seed=0)
    assert all((5, 9, "email") in kept for kept in once)
    names_kept = sum(k == "name" for kept in once for _s, _e, k in kept)
    assert 120 < names_kept < 280  # about half of 400
    assert drop_rule_names(spans, 0.0) == spans
    assert all(k != "name" for kept in drop_rule_names(spans, 1.0) for _s, _e, k in kept)


def test_drop_rule_names_adds_a_second_view_to_training(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Dobrý den,\nposílám fakturu.\n\nJakub Procházka"
    item = {"text": text, "lang": "cs", "pii": [{"start": 30, "end": 45, "kind": "name"}]}
    other = {"text": "Dobrý den,\nfaktura nepřišla.\n\nTým podpory", "lang": "cs", "pii": []}
    rules = [[(30, 45, "name")], []]
    seen: list[int] = []

    class Recording(LogisticRegression):  # the tagger's learner, counting its rows
        def fit(self, x: Any, y: Any, sample_weight: Any = None) -> Recording:
            seen.append(x.shape[0])
            return super().fit(x, y, sample_weight)

    # patched where the tagger imports it from at each fit: a compiled tagger's methods
    # cannot be replaced on the instance
    monkeypatch.setattr(sklearn.linear_model, "LogisticRegression", Recording)
    tagger = NameTagger(drop_rule_names=1.0).fit([item, other], rules)
    NameTagger().fit([item, other], rules)
    assert len(seen) == 2
    assert seen[0] == 2 * seen[1]  # both views of every item
    saved = json.loads(tagger.save(tmp_path).read_text(encoding="utf-8"))
    assert saved["drop_rule_names"] == 1.0


@pytest.mark.parametrize(
    ("text", "lang", "word", "expected"),
    [
        # initials: the dot between them and a surname before them
        ("Здравствуйте.\nС уважением, Ковалёв А.Н.", "ru", "Н", "prev_initial"),
        ("Здравствуйте.\nС уважением, Ковалёв А.Н.", "ru", "Ковалёв", "next_initial"),
        # a name particle between the given name and the surname
        ("Hi,\nthanks.\n\nJean-Luc de la Fontaine", "en", "Fontaine", "prev_first_name"),
        ("Hi,\nthanks.\n\nMaria van der Berg", "en", "Berg", "prev_first_name"),
    ],
)
def test_neighbours_across_initials_and_particles(
    text: str, lang: str, word: str, expected: str
) -> None:
    assert expected in _context(text, word, lang)


def test_a_particle_alone_is_no_bridge_to_a_sentence() -> None:
    # "de" starts no name here: "Vries" is four words away from "Alex"
    text = "Hi,\nthanks.\n\nAlex and de la la Vries"
    assert "prev_first_name" not in _context(text, "Vries", "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi,\nok.\n\nT.W.", ["T.W."]),
        ("Hi,\nok.\n\nJ. Š.", ["J. Š."]),
        ("Hi,\nok.\n\nKowalski J.", ["Kowalski J."]),
        ("Hi,\nok.\n\nJean-Luc de la Fontaine", ["Jean-Luc de la Fontaine"]),
        # a sentence's full stop after a name is not taken; nor a particle at the end
        ("Hi,\nok.\n\nBest, Anna.", ["Anna"]),
        ("Hi,\nok.\n\nBest, Anna de", ["Anna"]),
    ],
)
def test_merge_takes_an_initials_dot_and_bridges_particles(text: str, expected: list[str]) -> None:
    cands = [c for c in candidates(text, "en", []) if c.line == text.count("\n")]
    spans = merge(text, cands, [text[c.start : c.end] != "Best" for c in cands])
    assert [text[s:e] for s, e, _k in spans] == expected


def test_a_given_name_alone_on_the_line_above_is_a_feature() -> None:
    text = "Dzień dobry,\nfaktura.\n\nPozdrawiam\nKatarzyna\nLewandowska-Pietrzak"
    (cand,) = [c for c in candidates(text, "pl", []) if text[c.start : c.end].startswith("Lew")]
    assert "above_lone_first_name" in cand.line_feats
    # not after a greeting line ("Anna," greets Anna; the next line is no surname)
    text = "Dzień dobry,\nfaktura.\n\nAnna,\nNowak"
    (cand,) = [c for c in candidates(text, "pl", []) if text[c.start : c.end] == "Nowak"]
    assert "above_lone_first_name" not in cand.line_feats


@pytest.mark.parametrize(
    ("text", "lang", "gone", "kept"),
    [
        # closed-class words ending a post are no signature, in any case
        ("We got 2 middle seats. UNACCEPTABLE. The", "en", "The", None),
        ("Thanks for the help.\nPlease", "en", "Please", None),
        ("Der Zug war wieder zu spät.\nFür", "de", "Für", None),
        # words with digits (flight numbers, link ids) and emoticon letters
        ("don't care about our shoes. Ua649", "en", "Ua649", None),
        ("what a night :D", "en", "D", None),
        # initials stay candidates; so does a function word the lexicon knows as a name
        ("Pozdrawiam\nA. Nowak", "pl", None, "A"),
        ("С уважением,\nВ.К.", "ru", None, "В"),
    ],
)
def test_function_words_digits_and_emoticons_are_no_candidates(
    text: str, lang: str, gone: str | None, kept: str | None
) -> None:
    words = [text[c.start : c.end] for c in candidates(text, lang, [])]
    if gone is not None:
        assert gone not in words
    if kept is not None:
        assert kept in words
