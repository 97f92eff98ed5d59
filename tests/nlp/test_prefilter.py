"""The literal prefilter never hides a match, and spares the regexes that cannot match."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from vocmine.categorise.lexicon import blank, compile_lexicon, lexicon_scores
from vocmine.categorise.signals import SignalDetector
from vocmine.categorise.taxonomy import fold_text, load_taxonomy
from vocmine.lang import LANGUAGES
from vocmine.nlp.prefilter import (
    LiteralIndex,
    blank_prefiltered,
    digits_as_zero,
    required_literals,
)
from vocmine.sentiment.closing_verdict import ClosingVerdict


def _passes(conditions: tuple[tuple[str, ...], ...], text: str) -> bool:
    text = digits_as_zero(text)
    return all(any(s in text for s in condition) for condition in conditions)


def test_digits_are_read_as_zero_so_counted_phrases_get_a_condition():
    conditions = required_literals(r"\d+ times")
    assert ("0 time" in {s for c in conditions for s in c}) or any(
        "0 time" in s for c in conditions for s in c
    )
    assert _passes(conditions, "called 12 times") and _passes(conditions, "٣ times")
    assert not _passes(conditions, "many times over")
    assert digits_as_zero("tel. 601-202") == "tel. 000-000"


def test_alternatives_give_the_union_of_their_conditions():
    pattern = r"(twice|(two|three|\d+) times) (called|rang)"
    conditions = required_literals(pattern)
    strings = {s for c in conditions for s in c}
    assert "twice" in strings or "twice " in strings
    # One of the conditions stands for the whole group: a text without any of
    # its alternatives fails it, even when the rest of the pattern is there.
    assert not _passes(conditions, "i called and rang, nothing")
    for text in ("i twice called", "3 times rang", "two times called"):
        assert re.search(pattern, text) and _passes(conditions, text), text


def test_an_alternative_without_a_condition_drops_the_union():
    # "\w+bc": the second alternative has no literal, so the group gives no condition;
    # the tail "bc" still does.
    assert required_literals(r"(a|\w+)bc") == (("bc",),)


def test_index_restricted_to_some_patterns_finds_only_those():
    patterns = [r"late (delivery|order)", r"spät", r"\d+ dni"]
    index = LiteralIndex(patterns, keep={0, 2})
    assert index.find("late order, spät, 5 dni") == {0, 2}
    assert index.find("spät") == set()


def _taxonomy_regexes() -> list[str]:
    taxonomy = load_taxonomy()
    signals = SignalDetector().fit().lexicon_
    categories = compile_lexicon(taxonomy)
    return sorted({r.pattern for lexicon in (signals, categories) for r in lexicon.regexes})


REGEXES = _taxonomy_regexes()
INDEX = LiteralIndex(REGEXES)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_taxonomy_regex_is_a_candidate_wherever_it_matches(data):
    position = data.draw(st.integers(0, len(REGEXES) - 1))
    pattern = REGEXES[position]
    inner = data.draw(st.from_regex(re.compile(pattern), fullmatch=True))
    context = st.text(alphabet="abcdefghij klmnopqrstuvwxyz0123456789.,", max_size=12)
    text = data.draw(context) + inner + data.draw(context)
    assume(re.search(pattern, text) is not None)  # a look-around may fail in context
    assert position in INDEX.find(text), (pattern, text)


def test_signal_scores_equal_the_unfiltered_rules_on_mixed_text():
    """Language-restricted index and exclude blanking change speed, never the result."""
    detector = SignalDetector().fit()
    texts = [
        ("Czekaliśmy na jedzenie godzinę, a kurier z Wolt był szybki.", "pl"),
        ("Na stolik czekaliśmy 40 minut.", "pl"),
        ("Dzwoniłem 3 razy i pisałem dwa razy, nadal nic.", "pl"),
        ("I called 4 times and emailed twice, still nothing. I will cancel my subscription.", "en"),
        ("Čekali jsme na jídlo hodinu.", "cs"),
        ("Пишу в третий раз, уйду к конкурентам.", "ru"),
        ("Пишу вже втретє, дзвонив двічі.", "uk"),
        ("Ich habe 5 mal angerufen und werde kündigen.", "de"),
    ]
    lexicon = detector.lexicon_
    for text, lang in texts:
        got = detector.signal_scores(text, lang)
        # The same rules run by hand, every regex, every exclude, no prefilter.
        folded = fold_text(text)
        negated = folded
        for regex in lexicon.negation_list:
            negated = regex.sub(" ", negated)
        languages = {lang, *detector._languages(lang)}  # noqa: SLF001
        for key in got:
            hit = any(
                p.search(blank(negated, rules.exclude))
                for code, rules in lexicon.rules[key].items()
                if code in languages
                for p in rules.patterns
            )
            assert (got[key] >= 0.5) == hit, (text, key)
    assert lexicon_scores(lexicon, "", "pl") == dict.fromkeys(lexicon.rules, 0.0)


def _repo_texts() -> list[tuple[str, str]]:
    """The repo's own labelled texts (long tickets, reviews, short complaints), with languages."""
    repo = Path(__file__).resolve().parents[2]
    texts = []
    for path in sorted(repo.glob("data/eval/realistic/*.jsonl")) + [
        repo / "data/eval/categories_eval.jsonl",
        repo / "data/eval/sentiment_sk_uk.jsonl",
        repo / "data/eval/sentiment_de_generic.jsonl",
    ]:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts.append((row["text"], row.get("lang") or path.stem))
    return texts


def _without_prefilter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every LiteralIndex answer "any pattern may match": every regex runs."""
    monkeypatch.setattr(LiteralIndex, "find", lambda self, text: set(range(len(self.literals))))
    monkeypatch.setattr(LiteralIndex, "confirm", lambda self, positions, text: set(positions))


def test_signal_reasons_equal_those_of_every_rule_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """The quoted phrase of a fired signal is the same when only possible matches run."""
    texts = _repo_texts()
    filtered = SignalDetector().fit()
    got = [filtered.reasons(text, lang) for text, lang in texts]
    assert sum(bool(r) for r in got) > 50  # enough fired signals to compare
    _without_prefilter(monkeypatch)
    every = SignalDetector().fit()
    assert got == [every.reasons(text, lang) for text, lang in texts]


def test_closing_verdicts_equal_those_of_the_whole_alternations(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Dropping the verdict phrases that cannot match changes no verdict."""
    texts = _repo_texts()
    filtered = ClosingVerdict().fit()
    got = [filtered.find(text, lang) for text, lang in texts]
    assert sum(cue is not None for cue in got) > 50
    _without_prefilter(monkeypatch)
    every = ClosingVerdict().fit()
    assert got == [every.find(text, lang) for text, lang in texts]


def test_found_patterns_are_exactly_those_whose_conditions_all_hold() -> None:
    """One trigger per pattern, the rest tested after: the same set as testing every condition."""
    keep = set(range(0, len(REGEXES), 3))
    restricted = LiteralIndex(REGEXES, keep=keep)
    texts = [fold_text(text) for text, _ in _repo_texts()]
    texts += ["", "0", "called 12 times", "nie działa nic, już 3 razy dzwoniłem"]
    assert any(INDEX.find(text) for text in texts)
    for text in texts:
        holding = {
            i
            for i, conditions in enumerate(INDEX.literals)
            if all(any(s in digits_as_zero(text) for s in c) for c in conditions)
        }
        assert INDEX.find(text) == holding, text
        assert restricted.find(text) == holding & keep, text


def test_verdict_phrases_with_a_back_reference_run_as_one_alternation() -> None:
    """Dropping phrases would renumber groups: a language with a back-reference keeps them all."""
    english = LANGUAGES["en"]
    doubled = replace(english, verdict_positive=(*english.verdict_positive, r"\b(so) \1 good\b"))
    rule = ClosingVerdict(languages={"en": doubled}).fit()
    assert "en" not in rule._phrases  # noqa: SLF001
    cue = rule.find("It arrived late. But honestly it was so so good", "en")
    assert cue is not None and cue.label == "positive"
    assert ClosingVerdict(languages={"en": english}).fit()._phrases  # noqa: SLF001


def test_blanking_runs_a_regex_an_earlier_blanking_made_matchable() -> None:
    """Prefiltered blanking equals substituting every regex in order, lengths kept or not."""
    regexes = [re.compile(r"nie "), re.compile(r"jestem  zadowolony"), re.compile(r"\bzwrot\b")]
    index = LiteralIndex([r.pattern for r in regexes])
    text = "jestem nie zadowolony, prosze o zwrot"
    for keep_length in (False, True):
        expected = text
        for regex in regexes:
            expected = regex.sub((lambda m: " " * len(m.group())) if keep_length else " ", expected)
        got = blank_prefiltered(
            text, regexes, range(len(regexes)), index.find, keep_length=keep_length
        )
        assert got == expected
    # "jestem  zadowolony" exists only once "nie " is blanked: it must still run
    assert "zadowolony" not in blank_prefiltered(text, regexes, range(3), index.find)
    assert len(blank_prefiltered(text, regexes, range(3), index.find, keep_length=True)) == len(
        text
    )
