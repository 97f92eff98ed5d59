"""Tests of the zero-shot Categoriser, the taxonomy loader and the LearnedCategoriser."""

from __future__ import annotations

import hashlib
import textwrap

import numpy as np
import pytest

from vocmine import SUPPORTED_LANGUAGES
from vocmine.categorise import Categoriser, TaxonomyError, fold_text, load_taxonomy
from vocmine.categorise.learned import LearnedCategoriser, categories_report

TAXONOMY = load_taxonomy()
COMPLAINTS = [c.key for c in TAXONOMY.categories if c.key not in ("praise", "other")]


@pytest.fixture(scope="module")
def categoriser() -> Categoriser:
    return Categoriser().fit()


def test_default_taxonomy_covers_contract_keys_in_all_languages():
    assert TAXONOMY.category_keys == [
        "delivery", "product_quality", "billing", "refunds_returns", "staff_attitude",
        "wait_time", "digital_channels", "account_access", "pricing", "information",
        "praise", "other",
    ]  # fmt: skip
    assert TAXONOMY.signal_keys == ["long_wait", "repeat_contact", "channel_switch", "no_human"]
    for category in TAXONOMY.categories:
        if category.key != "other":
            assert set(category.lang) == set(SUPPORTED_LANGUAGES), category.key
    for signal in [*TAXONOMY.effort_signals, TAXONOMY.churn]:
        assert set(signal.lang) == set(SUPPORTED_LANGUAGES), signal.key


SEED_CASES = [
    pytest.param(c.key, lang, text, id=f"{c.key}-{lang}-{i}")
    for c in TAXONOMY.categories
    for lang, rules in c.lang.items()
    for i, text in enumerate(rules.examples)
]


@pytest.mark.parametrize(("key", "lang", "text"), SEED_CASES)
def test_every_seed_is_found_by_the_lexicon_with_and_without_diacritics(
    categoriser, key, lang, text
):
    assert key in categoriser.predict([text], [lang])[0]
    assert key in categoriser.predict([fold_text(text)], [lang])[0]


# Hand-written cases, worded differently from the seeds.
NATIVE_CASES = [
    ("pl", "Przesyłka od czwartku nie dotarła do paczkomatu.", "delivery"),
    ("pl", "zamowienie nie doszlo, kurier nie odbiera", "delivery"),
    ("pl", "Ekspres do kawy pękł po miesiącu.", "product_quality"),
    ("pl", "pobrali mi podwojna oplate za abonament", "billing"),
    ("pl", "Złożyłam reklamację trzy tygodnie temu.", "refunds_returns"),
    ("pl", "nie moge sie zalogowac do aplikacji banku", "account_access"),
    ("cs", "Objednávka nedorazila a nikdo neví proč.", "delivery"),
    ("cs", "vysavac je vadny, prestal fungovat", "product_quality"),
    ("cs", "Chci vrátit zboží, jak postupovat?", "refunds_returns"),
    ("cs", "Paní u pokladny byla hrubá.", "staff_attitude"),
    ("sk", "Kuriér nedoručil balík, hoci som bol doma.", "delivery"),
    ("sk", "Faktúra je nesprávna, účtujete mi služby navyše.", "billing"),
    ("sk", "neviem sa prihlasit, heslo nefunguje", "account_access"),
    ("ru", "Заказ так и не доставили.", "delivery"),
    ("ru", "Списали лишние деньги с карты.", "billing"),
    ("ru", "Сайт постоянно зависает при оформлении.", "digital_channels"),
    ("ru", "Цены просто грабеж, слишком дорого.", "pricing"),
    ("uk", "Замовлення так і не доставили.", "delivery"),
    ("uk", "Оператор був неввічливий і некомпетентний.", "staff_attitude"),
    ("uk", "Ніхто не відповідає на мої листи.", "wait_time"),
    ("en", "The blender arrived broken and smells of burning.", "product_quality"),
    ("en", "I was overcharged on my last bill.", "billing"),
    ("en", "Been on hold for 45 minutes now.", "wait_time"),
    ("en", "The instructions were confusing and incomplete.", "information"),
    ("de", "Die Lieferung ist schon wieder verspätet.", "delivery"),
    ("de", "Die Rechnung ist falsch, der Betrag stimmt nicht.", "billing"),
    ("de", "Ich kann mich seit gestern nicht mehr einloggen.", "account_access"),
    ("de", "Die Preise sind eine Abzocke.", "pricing"),
]


@pytest.mark.parametrize(("lang", "text", "key"), NATIVE_CASES)
def test_native_complaints(categoriser, lang, text, key):
    assert key in categoriser.predict([text], [lang])[0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Dostawa szybka, bez problemu, dziękuję!"),
        ("cs", "Doručení rychlé, bez problémů, děkuji."),
        ("sk", "Doručenie rýchle, bez problémov, ďakujem."),
        ("ru", "Доставка быстрая, без проблем, спасибо!"),
        ("uk", "Доставка швидка, без проблем, дякую!"),
        ("en", "Delivery was fast, no problem at all."),
        ("de", "Lieferung schnell, keine Probleme, danke!"),
    ],
)
def test_negated_problem_is_praise_not_a_delivery_complaint(categoriser, lang, text):
    labels = categoriser.predict([text], [lang])[0]
    assert labels == ["praise"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Czy sklep w Gdańsku jest otwarty w niedzielę"),
        ("cs", "Máte tento model i v černé barvě"),
        ("ru", "Подскажите, есть ли этот товар в красном цвете"),
        ("de", "Gibt es den Artikel auch in Schwarz"),
        ("en", "Do you ship to Norway"),
        ("en", ""),
    ],
)
def test_other_only_when_nothing_fits(categoriser, lang, text):
    assert categoriser.predict([text], [lang]) == [["other"]]


def test_scores_are_in_range_and_fallback_complements(categoriser):
    rows = categoriser.score(["Paczka nie dotarła", "Do you ship to Norway"], ["pl", "en"])
    for row in rows:
        assert list(row) == TAXONOMY.category_keys
        assert all(0.0 <= v <= 1.0 for v in row.values())
        assert row["other"] == pytest.approx(
            1 - max(v for k, v in row.items() if k != "other"), abs=1e-3
        )
    assert rows[0]["delivery"] >= 0.5 > rows[1]["delivery"]


def test_sentence_level_scores_differ_within_a_review(categoriser):
    sentences = ["Paczka przyszła uszkodzona.", "Ale pani na infolinii była bardzo miła, dziękuję!"]
    labels = categoriser.predict(sentences, ["pl", "pl"])
    assert "delivery" in labels[0] and "praise" not in labels[0]
    assert labels[1] == ["praise"]


def test_multi_label_and_unknown_language(categoriser):
    labels = categoriser.predict(
        ["Kurier był chamski, a paczka przyszła zniszczona i uszkodzona."], [None]
    )[0]
    assert {"delivery", "staff_attitude"} <= set(labels)


def test_mixed_language_text_uses_other_languages_rules(categoriser):
    # Slovak words in a text tagged Czech, English app words in a Polish text.
    assert "delivery" in categoriser.predict(["zasielka neprisla"], ["cs"])[0]
    assert "digital_channels" in categoriser.predict(["the app crashes ciagle"], ["pl"])[0]


def test_unfitted_and_bad_input_raise():
    with pytest.raises(RuntimeError, match="fit"):
        Categoriser().score(["x"], ["en"])
    with pytest.raises(ValueError, match="languages"):
        Categoriser().fit().score(["x", "y"], ["en"])


class HashingEmbedder:
    """Deterministic stand-in for a sentence embedder: hashed character trigrams."""

    def __init__(self, dim: int = 512) -> None:
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


def test_prototypes_add_recall_beyond_the_lexicon():
    seed = "Produkt ma dziwny zapach plastiku i odbarwienia."  # no pattern covers it
    lexicon_only = Categoriser().fit()
    assert "product_quality" not in lexicon_only.predict([seed], ["pl"])[0]
    embedder = HashingEmbedder()
    with_proto = Categoriser(embedder=embedder).fit(
        texts=[seed] * 2, labels=["product_quality"] * 2
    )
    assert with_proto.prototypes_.shape[1] == embedder.dim
    assert np.isfinite(with_proto.prototype_thresholds_[TAXONOMY.category_keys.index("delivery")])
    assert "product_quality" in with_proto.predict([seed], ["pl"])[0]
    scores = with_proto.score([seed, "Paczka nie dotarła"], ["pl", "pl"])
    assert all(0.0 <= v <= 1.0 for row in scores for v in row.values())
    vectors = embedder.embed([seed])
    calls = embedder.calls
    assert with_proto.score([seed], ["pl"], embeddings=vectors) == scores[:1]
    assert embedder.calls == calls  # precomputed embeddings are used as given
    with pytest.raises(ValueError, match="shape"):
        with_proto.score([seed], ["pl"], embeddings=np.zeros((1, 3), dtype=np.float32))


def test_fit_rejects_unknown_extra_labels():
    with pytest.raises(ValueError, match="unknown category"):
        Categoriser(embedder=HashingEmbedder()).fit(texts=["x"], labels=["no_such_category"])


# --- taxonomy files -------------------------------------------------------------------

CUSTOM = textwrap.dedent(
    """
    fallback: other
    praise: praise
    problem_cues: {en: ['\\bnot\\b']}
    categories:
      - key: loyalty_points
        weight: 0.4
        description: Loyalty card and points
        lang:
          en: {patterns: ['loyalty (card|points)', '\\bpoints\\b'], examples: ["My points vanished"]}
          pl: {patterns: ['punkt\\w* lojalno', 'karta? stalego klienta']}
      - key: praise
        weight: 0
        lang: {en: {patterns: ['thank']}}
      - key: other
        weight: 0.2
    effort_signals: []
    """
)


def test_user_taxonomy_with_custom_category(tmp_path):
    path = tmp_path / "my_taxonomy.yaml"
    path.write_text(CUSTOM, encoding="utf-8")
    taxonomy = load_taxonomy(path)
    assert taxonomy.category_keys == ["loyalty_points", "praise", "other"]
    assert taxonomy.category_weights()["loyalty_points"] == 0.4
    cat = Categoriser(taxonomy=taxonomy).fit()
    assert cat.predict(
        ["My loyalty points are gone", "Gdzie są moje punkty lojalnościowe?"], ["en", "pl"]
    ) == [
        ["loyalty_points"],
        ["loyalty_points"],
    ]
    assert cat.predict(["Parcel never arrived"], ["en"]) == [["other"]]


@pytest.mark.parametrize(
    ("mutation", "message"),
    [
        (("weight: 0.4", "weight: 1.5"), r"categories\[loyalty_points\]\.weight"),
        (("'\\bpoints\\b'", "'(unclosed'"), r"categories\[loyalty_points\]\.lang\.en\.patterns"),
        (("key: praise", "key: loyalty_points"), "duplicate category keys"),
        (("fallback: other", "fallback: misc"), "fallback category 'misc'"),
        (("key: loyalty_points", "key: Loyalty Points"), r"categories\[Loyalty Points\]\.key"),
        (
            ("description: Loyalty card and points", "colour: red"),
            r"categories\[loyalty_points\]\.colour",
        ),
        (("pl: {patterns", "polish: {patterns"), "language code 'polish'"),
    ],
)
def test_invalid_taxonomy_names_file_and_key(tmp_path, mutation, message):
    path = tmp_path / "bad.yaml"
    path.write_text(CUSTOM.replace(*mutation), encoding="utf-8")
    with pytest.raises(TaxonomyError, match=message) as info:
        load_taxonomy(path)
    assert str(path) in str(info.value)


def test_unreadable_or_non_mapping_taxonomy(tmp_path):
    with pytest.raises(TaxonomyError, match="cannot read"):
        load_taxonomy(tmp_path / "missing.yaml")
    path = tmp_path / "list.yaml"
    path.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(TaxonomyError, match="mapping"):
        load_taxonomy(path)
    path.write_text("categories: [\n", encoding="utf-8")
    with pytest.raises(TaxonomyError, match="not valid YAML"):
        load_taxonomy(path)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [("Zásilka NEPŘIŠLA", "zasilka neprisla"), ("Łódź, żółć", "lodz, zolc"), ("Ещё йогурт", "еще иогурт"),
     ("Straße", "strasse"), ("Її", "іі"), ("Doručenie rýchle", "dorucenie rychle")],
)  # fmt: skip
def test_fold_text(raw, folded):
    assert fold_text(raw) == folded


# --- learned categoriser ----------------------------------------------------------------

TRAIN = [
    ("Where is my card? It has not arrived", "card_arrival"),
    ("My new card still hasn't come in the post", "card_arrival"),
    ("card not delivered yet", "card_arrival"),
    ("I want my money back for this purchase", "refund"),
    ("Please refund the payment", "refund"),
    ("how do I get a refund", "refund"),
    ("Moja karta nie dotarła", "card_arrival"),
    ("Chcę zwrot pieniędzy", "refund"),
] * 3


def test_learned_single_label_roundtrip(tmp_path):
    texts, labels = zip(*TRAIN, strict=True)
    model = LearnedCategoriser(C=10).fit(texts, labels)
    assert not model.multilabel_ and sorted(model.classes_) == ["card_arrival", "refund"]
    assert model.predict(["my card has still not arrived", "I would like a refund"]) == [
        ["card_arrival"],
        ["refund"],
    ]
    scores = model.score(["refund please"], ["en"])
    assert scores[0]["refund"] > scores[0]["card_arrival"]
    assert sum(scores[0].values()) == pytest.approx(1.0, abs=1e-3)
    path = tmp_path / "airline_reasons"
    model.save(path)
    assert (path / "labels.json").exists()
    again = LearnedCategoriser.load(path)
    assert again.score(["refund please"]) == scores


def test_learned_multi_label_may_predict_several_or_none():
    texts = [
        "app crashes",
        "app is slow",
        "crashes and slow",
        "love it",
        "great app",
        "very slow crash",
    ] * 4
    labels = [["crash"], ["slow"], ["crash", "slow"], [], [], ["crash", "slow"]] * 4
    model = LearnedCategoriser(C=30, class_weight=None).fit(texts, labels)
    assert model.multilabel_
    assert set(model.predict(["crashes and slow"])[0]) == {"crash", "slow"}
    assert model.predict(["love it"])[0] == []


def test_categories_report():
    report = categories_report([["a"], ["b"], ["a", "b"], ["c"]], [["a"], ["a"], ["a", "b"], ["c"]])
    assert report["n"] == 4
    assert report["accuracy"] == 0.75
    # a: tp 2 fp 1 fn 0 -> 0.8; b: tp 1 fn 1 -> 0.6667; c: 1.0
    assert report["macro_f1"] == pytest.approx((0.8 + 2 / 3 + 1.0) / 3, abs=1e-3)
    assert report["micro_f1"] == pytest.approx(2 * 4 / (2 * 4 + 1 + 1), abs=1e-3)
    with pytest.raises(ValueError):
        categories_report([["a"]], [])
