"""Every supported language has every piece vocmine needs (the add-a-language checklist).

:func:`missing_pieces` names what a language lacks: a ``LanguageData`` field, stop words,
sentence rules, a lemmatizer, taxonomy rules for every category and signal, reply
templates, a sentiment sub-model (its own or its ``sentiment_via``), the detector. The
last tests build fake languages that lack one piece each, to show the check fails.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

import pytest

from vocmine import SUPPORTED_LANGUAGES as TOP_LEVEL_SUPPORTED
from vocmine.lang import LANGUAGES, MIXED_LATIN_LEMMA_ORDER, SUPPORTED_LANGUAGES, LanguageData
from vocmine.nlp.fold import MATCHING, SENTIMENT


@cache
def _taxonomy():
    from vocmine.categorise import load_taxonomy

    return load_taxonomy()


@cache
def _templates():
    from vocmine.followups.replies import reply_templates

    return reply_templates()


@cache
def _sentiment_languages() -> frozenset[str]:
    from vocmine.registry import load_sentiment_model

    return frozenset(load_sentiment_model().languages_)


@cache
def _detector(languages: tuple[str, ...]):
    from vocmine.lang.detect import LanguageDetector

    return LanguageDetector(languages=languages)


def _field_gaps(data: LanguageData) -> list[str]:
    """Return the fields of ``data`` that are empty or inconsistent."""
    gaps = []
    required = [
        "code",
        "name",
        "function_words",
        "examples",
        "negators",
        "positive_cues",
        "negative_cues",
        "contrast_markers",
        "filler_words",
        "lemmatizer",
        "spacy_lang",
        "customer_speakers",
        "agent_speakers",
        "bot_speakers",
        "greetings",
        "closings",
        "quote_headers",
        "mail_header_fields",
    ]
    gaps += [f"field {name}" for name in required if not getattr(data, name)]
    for regex in (*data.greetings, *data.closings, *data.quote_headers):
        try:
            re.compile(MATCHING.fold(regex))
        except re.error:
            gaps.append(f"text-structure regex {regex!r} does not compile")
    if data.script not in ("Latin", "Cyrillic"):
        gaps.append("field script")
    if data.script != "Latin" and not data.alphabet:
        gaps.append("field alphabet")  # only a Latin language may do with ASCII letters
    if not data.telltale_letters <= data.alphabet:
        gaps.append("telltale letters outside the alphabet")
    cues = (*data.positive_cues, *data.negative_cues, *data.never_again_phrases)
    if any(SENTIMENT.fold(cue.lower()) != cue for cue in cues):
        gaps.append("sentiment cues not folded (lower case, SENTIMENT fold)")
    words = data.function_words | data.filler_words | data.negators
    if any(word != word.lower() for word in words):
        gaps.append("word lists not lower case")
    if any(s not in LANGUAGES or data.code not in LANGUAGES[s].siblings for s in data.siblings):
        gaps.append("siblings not supported or not mutual")
    if data.script == "Latin" and data.code not in MIXED_LATIN_LEMMA_ORDER:
        gaps.append("MIXED_LATIN_LEMMA_ORDER")
    return gaps


def _nlp_gaps(data: LanguageData) -> list[str]:
    """Return what spaCy and the lemmatizer lack for ``data``."""
    import spacy

    from vocmine.nlp.stopwords import stop_words
    from vocmine.nlp.text import LEMMATIZER_BUILDERS

    gaps = []
    try:
        spacy.blank(data.spacy_lang).add_pipe("sentencizer")
    except (ImportError, KeyError, ValueError):
        gaps.append("spaCy language (sentence rules, stop words)")
    if len(stop_words(data.code)) <= len(data.filler_words):
        gaps.append("stop words")
    builder = LEMMATIZER_BUILDERS.get(data.lemmatizer)
    try:
        builder(data.code)("test")  # type: ignore[misc]
    except Exception:  # noqa: BLE001 - any failure means the language has no lemmatizer
        gaps.append("lemmatizer")
    return gaps


def _resource_gaps(data: LanguageData) -> list[str]:
    """Return the taxonomy, reply-template and sentiment pieces ``data`` lacks."""
    gaps = []
    taxonomy = _taxonomy()
    for category in taxonomy.categories:
        rules = category.lang.get(data.code)
        if category.key != taxonomy.fallback and not (rules and rules.patterns):
            gaps.append(f"taxonomy category {category.key}")
    for signal in [*taxonomy.effort_signals, taxonomy.churn]:
        if signal is not None and not (
            signal.lang.get(data.code) and signal.lang[data.code].patterns
        ):
            gaps.append(f"taxonomy signal {signal.key}")
    for table in ("negation_phrases", "problem_cues"):
        if not getattr(taxonomy, table).get(data.code):
            gaps.append(f"taxonomy {table}")
    template = _templates().get(data.code)
    if template is None or set(template["topics"]) != set(_templates()["en"]["topics"]):
        gaps.append("reply templates")
    models = _sentiment_languages()
    if data.code not in models and data.sentiment_via not in models:
        gaps.append("sentiment model (own or sentiment_via)")
    return gaps


def _detector_gaps(data: LanguageData) -> list[str]:
    """Return "detector" unless the detector identifies every example of ``data``."""
    languages = tuple(dict.fromkeys((*SUPPORTED_LANGUAGES, data.code)))
    guesses = _detector(languages).detect_many(list(data.examples))
    return [] if all(guess.lang == data.code for guess in guesses) else ["detector"]


def missing_pieces(data: LanguageData) -> list[str]:
    """Return every piece of the add-a-language checklist ``data`` lacks (empty: none)."""
    return _field_gaps(data) + _nlp_gaps(data) + _resource_gaps(data) + _detector_gaps(data)


def test_registry_is_the_one_list_of_languages():
    assert TOP_LEVEL_SUPPORTED == SUPPORTED_LANGUAGES == tuple(LANGUAGES)
    assert SUPPORTED_LANGUAGES == ("pl", "cs", "sk", "ru", "uk", "en", "de")
    assert all(code == data.code for code, data in LANGUAGES.items())


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_supported_language_has_every_piece(lang):
    assert missing_pieces(LANGUAGES[lang]) == []


def test_stages_read_the_registry():
    from vocmine.analysis.analyser import CONTRAST_MARKERS
    from vocmine.categorise.signals import SIBLING_LANGUAGES
    from vocmine.config import Settings
    from vocmine.lang.cues import CYRILLIC_LANGUAGES
    from vocmine.nlp.stopwords import CX_FILLER_WORDS
    from vocmine.sentiment.classifier import DEFAULT_LANG_ROUTES

    assert set(CONTRAST_MARKERS) == set(CX_FILLER_WORDS) == set(SUPPORTED_LANGUAGES)
    assert SIBLING_LANGUAGES == {"cs": ("sk",), "sk": ("cs",), "ru": ("uk",), "uk": ("ru",)}
    assert DEFAULT_LANG_ROUTES == {"sk": "cs", "uk": "ru"}
    assert CYRILLIC_LANGUAGES == ("ru", "uk")
    assert tuple(Settings().languages) == SUPPORTED_LANGUAGES


# A language that is registered but lacks one piece must fail the check.
FAKE_GAPS = [
    pytest.param({"contrast_markers": ()}, "field contrast_markers", id="no-contrast-markers"),
    pytest.param({"negators": frozenset()}, "field negators", id="no-negators"),
    pytest.param({"filler_words": frozenset()}, "field filler_words", id="no-filler"),
    pytest.param({"agent_speakers": frozenset()}, "field agent_speakers", id="no-agent-label"),
    pytest.param({"closings": ()}, "field closings", id="no-closings"),
    pytest.param({"quote_headers": ()}, "field quote_headers", id="no-quote-headers"),
    pytest.param({"greetings": ("(unclosed",)}, "does not compile", id="bad-greeting-regex"),
    pytest.param({"lemmatizer": "stemmer"}, "lemmatizer", id="unknown-lemmatizer"),
    pytest.param({"spacy_lang": "zz"}, "spaCy language", id="no-spacy-language"),
    pytest.param({"positive_cues": ("Świetn",)}, "not folded", id="unfolded-cue"),
    pytest.param({"siblings": ("sk",)}, "siblings", id="one-sided-sibling"),
]


@pytest.mark.parametrize(("change", "gap"), FAKE_GAPS)
def test_check_fails_for_a_language_missing_a_field(change, gap):
    fake = dataclasses.replace(LANGUAGES["pl"], **change)
    assert any(gap in piece for piece in missing_pieces(fake)), missing_pieces(fake)


def test_check_fails_for_a_new_language_without_resources():
    # Croatian written with Polish word lists: spaCy knows "hr", nothing else does.
    fake = dataclasses.replace(LANGUAGES["pl"], code="hr", name="Croatian", spacy_lang="")
    fake = dataclasses.replace(fake, spacy_lang="hr")
    gaps = missing_pieces(fake)
    assert "taxonomy category delivery" in gaps
    assert "taxonomy signal long_wait" in gaps
    assert "taxonomy negation_phrases" in gaps
    assert "reply templates" in gaps
    assert "sentiment model (own or sentiment_via)" in gaps
    assert "detector" in gaps  # its examples are Polish
    assert "MIXED_LATIN_LEMMA_ORDER" in gaps
    assert not any("spaCy" in gap or "stop words" in gap for gap in gaps)


def test_sentiment_via_a_sibling_covers_a_language_without_its_own_model():
    fake = dataclasses.replace(LANGUAGES["sk"], code="hr", siblings=(), sentiment_via="cs")
    assert "sentiment model (own or sentiment_via)" not in _resource_gaps(fake)
    without = dataclasses.replace(fake, sentiment_via=None)
    assert "sentiment model (own or sentiment_via)" in _resource_gaps(without)


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_chat_speaker_labels_of_every_language_are_recognised(lang):
    from vocmine.ingest.chats import speaker_role

    data = LANGUAGES[lang]
    for role, labels in (
        ("customer", data.customer_speakers),
        ("agent", data.agent_speakers),
        ("bot", data.bot_speakers),
    ):
        assert {speaker_role(label.title()) for label in labels} == {role}, (lang, role)
