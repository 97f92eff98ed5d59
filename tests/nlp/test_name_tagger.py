"""Tests for vocmine.nlp.name_tagger: the learned name tagger added to the redactor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vocmine.nlp.name_tagger import MODEL_FILE, NameTagger, candidates
from vocmine.nlp.redact import Redactor

MODELS = Path(__file__).resolve().parents[2] / "models" / "pii_names"
MODEL_DIR = MODELS / "v2"
"""The shipped model (``vocmine.registry.PII_NAMES_DIR``); v1 is kept beside it."""


@pytest.fixture(scope="module")
def tagger() -> NameTagger:
    return NameTagger.load(MODEL_DIR)


def _names(redactor: Redactor, text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text, lang=lang).spans]


@pytest.mark.parametrize("version", ["v1", "v2"])
def test_kept_models_load_from_plain_json(version: str) -> None:
    folder = MODELS / version
    tagger = NameTagger.load(folder)
    data = json.loads((folder / MODEL_FILE).read_text(encoding="utf-8"))
    assert data["format"] == 1
    assert 0.05 <= tagger.threshold_ <= 0.99
    assert len(tagger.weights_) > 1000
    assert (folder / "MODEL_CARD.md").is_file()


def test_the_registry_ships_v2() -> None:
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
