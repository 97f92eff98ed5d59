"""Tests for vocmine.nlp.text and vocmine.nlp.stopwords."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import CountVectorizer

from vocmine.nlp import TextProcessor
from vocmine.nlp.stopwords import CX_FILLER_WORDS, stop_words

REPO = Path(__file__).resolve().parents[2]
_HYPOTHESIS_PROCESSOR = TextProcessor()


@pytest.fixture(scope="module")
def processor() -> TextProcessor:
    return TextProcessor()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Paczka przyszła uszkodzona. Kurier był niemiły! Czy ktoś mi pomoże?",
            "pl",
            ["Paczka przyszła uszkodzona.", "Kurier był niemiły!", "Czy ktoś mi pomoże?"],
        ),
        (
            "Zásilka nepřišla. Volal jsem třikrát! Nikdo to neřeší.",
            "cs",
            ["Zásilka nepřišla.", "Volal jsem třikrát!", "Nikdo to neřeší."],
        ),
        (
            "Objednávka prišla neskoro. Tovar bol poškodený.",
            "sk",
            ["Objednávka prišla neskoro.", "Tovar bol poškodený."],
        ),
        (
            "Посылка не пришла. Поддержка молчит уже неделю!",
            "ru",
            ["Посылка не пришла.", "Поддержка молчит уже неделю!"],
        ),
        (
            "Посилка не прийшла. Підтримка мовчить уже тиждень!",
            "uk",
            ["Посилка не прийшла.", "Підтримка мовчить уже тиждень!"],
        ),
        (
            "The parcel never arrived. Support keeps closing my ticket!",
            "en",
            ["The parcel never arrived.", "Support keeps closing my ticket!"],
        ),
        (
            "Das Paket kam nie an. Der Support antwortet nicht!",
            "de",
            ["Das Paket kam nie an.", "Der Support antwortet nicht!"],
        ),
    ],
)
def test_sentences_per_language(
    processor: TextProcessor, text: str, lang: str, expected: list[str]
) -> None:
    assert processor.sentences(text, lang) == expected


def test_chat_lines_are_split_and_empty_dropped(processor: TextProcessor) -> None:
    chat = "Dobrý den\n\n  mám problém s objednávkou. Kdy přijde?  \n\nDíky"
    assert processor.sentences(chat, "cs") == [
        "Dobrý den",
        "mám problém s objednávkou.",
        "Kdy přijde?",
        "Díky",
    ]
    assert processor.sentences("  \n \n", "cs") == []
    assert processor.sentences("", "pl") == []


def test_long_sentences_are_cut_at_spaces() -> None:
    processor = TextProcessor(max_sentence_chars=50)
    text = " ".join(["zamówienie"] * 30)
    pieces = processor.sentences(text, "pl")
    assert len(pieces) > 1
    assert all(len(p) <= 50 for p in pieces)
    assert " ".join(pieces) == text


def test_sentences_many_keeps_order_across_languages(processor: TextProcessor) -> None:
    texts = ["Paczka nie dotarła. Dramat.", "Paket fehlt. Bitte helfen.", "", "Спасибо! Всё ок."]
    langs = ["pl", "de", "en", "ru"]
    assert processor.sentences_many(texts, langs) == [
        processor.sentences(t, lang) for t, lang in zip(texts, langs, strict=True)
    ]
    with pytest.raises(ValueError, match="languages"):
        processor.sentences_many(texts, ["pl"])


@pytest.mark.parametrize(
    ("text", "lang", "lemma"),
    [
        ("Dwa zamówienia nie dotarły", "pl", "zamówienie"),
        ("brak przesyłki od tygodnia", "pl", "przesyłka"),
        ("Obě objednávky byly poškozené", "cs", "objednávka"),
        ("Reklamácie vybavujú veľmi pomaly", "sk", "reklamácia"),
        ("Objednávky meškajú", "sk", "objednávka"),
        ("Две посылки потерялись", "ru", "посылка"),
        ("Посилки загубилися", "uk", "посилка"),
        ("Both orders were delayed", "en", "order"),
        ("Die Bestellungen sind verschwunden", "de", "bestellung"),
    ],
)
def test_tokens_are_lemmas(processor: TextProcessor, text: str, lang: str, lemma: str) -> None:
    assert lemma in processor.tokens(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "removed"),
    [
        ("To jest naprawdę bardzo zła obsługa", "pl", {"jest", "bardzo", "to", "naprawdę"}),
        ("Dobrý den, to je opravdu špatná služba", "cs", {"dobrý", "den", "je", "to"}),
        ("Dobrý deň, je to veľmi zlá služba", "sk", {"deň", "je", "to"}),
        ("Здравствуйте, это очень плохой сервис", "ru", {"здравствуйте", "это", "очень"}),
        ("Добрий день, це дуже поганий сервіс", "uk", {"добрий", "день", "це", "дуже"}),
        ("Hello, this is a really bad service", "en", {"hello", "this", "really"}),
        ("Hallo, das ist ein sehr schlechter Service", "de", {"hallo", "das", "ist", "sehr"}),
    ],
)
def test_tokens_drop_stop_and_filler_words(
    processor: TextProcessor, text: str, lang: str, removed: set[str]
) -> None:
    tokens = processor.tokens(text, lang)
    assert tokens  # the content words remain
    assert not removed & set(tokens)


def test_tokens_drop_placeholders_urls_numbers_punctuation(processor: TextProcessor) -> None:
    text = "Faktura 1234 [EMAIL] [PHONE] https://sklep.pl/a?b=1 jan@wp.pl !!! reklamacja 99,90 zł"
    assert processor.tokens(text, "pl") == ["faktura", "reklamacja"]


def test_tokens_of_empty_text(processor: TextProcessor) -> None:
    assert processor.tokens("", "pl") == []
    assert processor.tokens("!!! 123 :)", "en") == []


def test_analyser_without_language_handles_mixed_scripts() -> None:
    # Fewer languages: fewer simplemma dictionaries to load, same code path.
    analyser = TextProcessor(languages=("pl", "ru", "uk", "en")).keyword_analyser()
    tokens = analyser("Посилки загубилися, посылки потерялись, zamówienia zaginęły, the orders")
    assert {"посилка", "посылка", "order"} <= set(tokens)
    assert "the" not in tokens


def test_analyser_works_in_count_vectorizer(processor: TextProcessor) -> None:
    docs = ["Zamówienia nie dotarły", "Zamówienie dotarło uszkodzone", "Kurier zgubił paczkę"]
    vectorizer = CountVectorizer(analyzer=processor.keyword_analyser("pl"))
    counts = vectorizer.fit_transform(docs)
    vocabulary = vectorizer.get_feature_names_out().tolist()
    assert "zamówienie" in vocabulary
    assert counts[:, vocabulary.index("zamówienie")].sum() == 2


def test_analyser_pickles_without_pipelines(processor: TextProcessor) -> None:
    analyser = processor.keyword_analyser("pl")
    expected = analyser("Dwa zamówienia nie dotarły")
    restored = pickle.loads(pickle.dumps(analyser))
    assert restored("Dwa zamówienia nie dotarły") == expected == ["zamówienie", "dotrzeć"]
    assert len(pickle.dumps(analyser)) < 1000


def test_pipelines_are_lazy_and_cached() -> None:
    processor = TextProcessor()
    assert "pipelines_" not in vars(processor)
    processor.sentences("Ahoj. Jak se máš?", "cs")
    first = processor.pipelines_["cs"]
    processor.sentences("Druhý text.", "cs")
    assert processor.pipelines_["cs"] is first
    assert set(processor.pipelines_) == {"cs"}


def test_unconfigured_language_still_works() -> None:
    processor = TextProcessor(languages=("en",))
    assert processor.sentences("Bonjour. Merci beaucoup.", "fr") == ["Bonjour.", "Merci beaucoup."]
    assert "commande" in processor.tokens("la commande est perdue", "fr")


@pytest.mark.parametrize("lang", list(CX_FILLER_WORDS))
def test_stop_words_include_spacy_and_filler(processor: TextProcessor, lang: str) -> None:
    words = stop_words(lang)
    assert CX_FILLER_WORDS[lang] <= words
    assert len(words) > len(CX_FILLER_WORDS[lang]) + 100  # spaCy's list is there too
    assert all(processor.is_stop_word(w.capitalize(), lang) for w in CX_FILLER_WORDS[lang])


@pytest.mark.parametrize(
    ("word", "lang"),
    [("zamówienie", "pl"), ("objednávka", "cs"), ("посылка", "ru"), ("refund", "en")],
)
def test_domain_words_are_not_stop_words(processor: TextProcessor, word: str, lang: str) -> None:
    assert not processor.is_stop_word(word, lang)


def _spacy_sentences(processor: TextProcessor, text: str, lang: str) -> list[str]:
    """Every line through the spaCy pipeline and ``doc.sents``: what ``sentences`` shortcuts."""
    nlp = processor._pipeline(lang)
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if line:
            for sent in nlp(line).sents:
                out.extend(processor._split_long(sent.text.strip()))
    return out


@pytest.mark.parametrize(
    "line",
    [
        "Great product",
        "Great product.",
        "Wow!!!",
        "Wow?!",
        "Great ! !",
        "Great !  !",  # two spaces: a whitespace token, which starts a sentence
        "Great. :)",
        "Mr. Smith called",
        "e.g. this one",
        "3.5 stars.",
        "...",
        "Ok… fine",
        "Dobrý den. Děkuji",
        "Спасибо!!! Всё пришло",
        "Hi.\u00a0Bye",
    ],
)
def test_lines_spacy_leaves_whole_skip_it_with_the_same_sentences(
    processor: TextProcessor, line: str
) -> None:
    for lang in ("en", "cs", "ru", "xx"):
        assert processor.sentences(line, lang) == _spacy_sentences(processor, line, lang)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"ab .!?…;:)(\u00a0\n\t。!?\"'-", "  ", "Mr", "e.g", "3.5", ":)", "Да", "ž"]
        ),
        max_size=20,
    ).map("".join),
    st.sampled_from(["en", "ru", "cs", "xx"]),
)
def test_sentences_equal_spacy_on_any_mix_of_words_and_marks(text: str, lang: str) -> None:
    processor = _HYPOTHESIS_PROCESSOR
    assert processor.sentences(text, lang) == _spacy_sentences(processor, text, lang)


def test_sentences_equal_spacy_on_the_shipped_texts(processor: TextProcessor) -> None:
    """The shortcut for one-sentence lines changes no sentence of the repo's own texts."""
    texts: list[tuple[str, str]] = []
    for path in sorted(REPO.glob("data/eval/realistic/*.jsonl")) + [
        REPO / "data/eval/categories_eval.jsonl",
        REPO / "data/eval/sentiment_sk_uk.jsonl",
    ]:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts.append((row["text"], row.get("lang") or path.stem))
    assert len(texts) > 400
    got = processor.sentences_many([t for t, _ in texts], [lang for _, lang in texts])
    for (text, lang), sentences in zip(texts, got, strict=True):
        assert sentences == _spacy_sentences(processor, text, processor._spacy_lang(lang))
