"""Tests of the zero-shot Categoriser, the taxonomy loader and the LearnedCategoriser."""

from __future__ import annotations

import hashlib
import json
import re
import textwrap
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from vocmine import SUPPORTED_LANGUAGES
from vocmine.categorise import (
    Categoriser,
    SignalDetector,
    TaxonomyError,
    fold_text,
    load_taxonomy,
)
from vocmine.categorise.learned import (
    LearnedCategoriser,
    categories_report,
    strip_handles_and_urls,
)
from vocmine.categorise.lexicon import (
    STRONG_MISS,
    TOPIC_ALONE,
    CompiledRules,
    blank,
    fold_pattern,
    lexicon_scores,
    strong_hits,
    topic_score,
)
from vocmine.categorise.taxonomy import LanguageRules
from vocmine.nlp.fold import MATCHING
from vocmine.nlp.prefilter import LiteralIndex, required_literals

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


# Billing and delivery in domains the taxonomy was not first written for (gyms, hotels,
# rentals, food delivery, utilities): domain-neutral verbs and nouns such as "charged",
# "debited", "deposit", "delivered to the wrong house", "arrived cold". Each case was
# missed by the taxonomy before this round.
GENERALISED_CASES = [
    ("pl", "billing", "Mimo wypowiedzenia umowy siłownia dalej pobiera składki z mojej karty."),
    ("pl", "billing", "Hotel doliczył mi do pobytu śniadania, których w ogóle nie zamawiałam."),
    ("pl", "delivery", "Kierowca przywiózł zimne jedzenie, a zupa była rozlana w torbie."),
    ("pl", "delivery", "Przesyłkę dostarczono do sąsiedniego domu."),
    ("cs", "billing", "Posilovna mi dál strhává členské i po výpovědi smlouvy."),
    ("cs", "billing", "Půjčovna mi zablokovala na kartě kauci a už měsíc ji neuvolnila."),
    ("cs", "delivery", "Zásilkovna mi doručila zásilku k sousedům do vedlejšího bytu."),
    ("cs", "delivery", "Pizza dorazila studená až po dvou hodinách."),
    ("sk", "billing", "Aj po zrušení predplatného mi stále účtujú mesačný poplatok."),
    ("sk", "billing", "Elektráreň mi poslala nedoplatok, hoci odpočet elektromera bol nižší."),
    ("sk", "delivery", "Kuriér priviezol práčku s poškodeným bokom."),
    ("sk", "delivery", "Jedlo z rozvozu prišlo úplne studené."),
    ("ru", "billing", "Онлайн-школа списала с карты ещё один платёж после отмены."),
    ("ru", "billing", "С меня взяли плату за багаж, который входил в тариф."),
    ("ru", "delivery", "Курьер привёз пиццу холодной и помятой."),
    ("ru", "delivery", "Заказ доставили по старому адресу, хотя я его поменял."),
    ("uk", "billing", "Спортзал і далі списує внески з картки після розірвання договору."),
    ("uk", "billing", "З мене взяли плату за паркування, яке мало бути безкоштовним."),
    ("uk", "delivery", "Кур'єр привіз розбитий телевізор."),
    ("uk", "delivery", "Їжу привезли холодною через дві години."),
    ("en", "billing", "The gym kept charging my card after I cancelled."),
    ("en", "billing", "The hotel took a deposit from my card and never released it."),
    ("en", "delivery", "The courier delivered it to the wrong house."),
    ("en", "delivery", "Our takeaway turned up cold and an hour late."),
    ("de", "billing", "Das Fitnessstudio hat meine Karte nach der Kündigung weiter belastet."),
    ("de", "billing", "Trotz Kündigung hat der Streamingdienst noch zwei Monate kassiert."),
    ("de", "delivery", "Der Lieferdienst hat das Essen kalt gebracht."),
    ("de", "delivery", "Das Paket wurde an die falsche Adresse zugestellt."),
]


@pytest.mark.parametrize(("lang", "key", "text"), GENERALISED_CASES)
def test_generalised_billing_and_delivery(categoriser, lang, key, text):
    assert key in categoriser.predict([text], [lang])[0]
    assert key in categoriser.predict([fold_text(text)], [lang])[0]  # typed without diacritics


def test_generalised_cases_cover_billing_and_delivery_in_every_language():
    covered = {(lang, key) for lang, key, _ in GENERALISED_CASES}
    assert covered == {
        (lang, key) for lang in SUPPORTED_LANGUAGES for key in ("billing", "delivery")
    }


# Look-alikes the wider patterns must leave alone (moving in, value-for-money praise, a
# login page, an unanswered e-mail, a company's profit, a hospital patient).
LOOK_ALIKE_CASES = [
    ("de", "billing", "Ich bin letzten Monat in die neue Wohnung eingezogen."),
    ("pl", "pricing", "Etui za tę cenę jest super."),
    ("ru", "digital_channels", "Не могу войти в личный кабинет, пароль не подходит."),
    ("cs", "delivery", "Odpověď na můj e-mail nepřišla ani po týdnu."),
    ("de", "pricing", "Die Bahn hat ihren Gewinn verdoppelt."),
    ("en", "praise", "The patient record was updated."),
]


@pytest.mark.parametrize(("lang", "key", "text"), LOOK_ALIKE_CASES)
def test_wider_patterns_leave_look_alikes_alone(categoriser, lang, key, text):
    assert key not in categoriser.predict([text], [lang])[0]


# One hand-written case per category and language (not a seed, not in the eval sets).
EVERY_CATEGORY_CASES = [
    ("pl", "delivery", "Kurier przywiózł paczkę z rozdartym kartonem."),
    ("pl", "product_quality", "Czajnik przestał grzać po tygodniu."),
    ("pl", "billing", "Na rachunku naliczono mi opłatę za usługę, której nie mam."),
    ("pl", "refunds_returns", "Kiedy dostanę zwrot za oddane buty?"),
    ("pl", "staff_attitude", "Sprzedawca był arogancki i nie chciał mi pomóc."),
    ("pl", "wait_time", "Od tygodnia nikt nie odpisuje na moje maile."),
    ("pl", "digital_channels", "Aplikacja zawiesza się przy każdym logowaniu karty."),
    ("pl", "account_access", "Nie pamiętam hasła, a link do resetu nie przychodzi."),
    ("pl", "pricing", "Za drogo, w innych sklepach ta sama lampa kosztuje mniej."),
    ("pl", "information", "Nikt nas nie poinformował o zmianie godzin otwarcia."),
    ("pl", "praise", "Świetna obsługa, bardzo polecam ten sklep!"),
    ("cs", "delivery", "Balík dorazil s roztrženou krabicí."),
    ("cs", "product_quality", "Rychlovarná konvice přestala hřát po týdnu."),
    ("cs", "billing", "Ve vyúčtování mám poplatek za službu, kterou nemám."),
    ("cs", "refunds_returns", "Kdy mi vrátíte peníze za vrácené boty?"),
    ("cs", "staff_attitude", "Prodavač byl arogantní a nechtěl mi pomoct."),
    ("cs", "wait_time", "Už týden mi nikdo neodpovídá na e-maily."),
    ("cs", "digital_channels", "Aplikace zamrzne při každém přihlášení karty."),
    ("cs", "account_access", "Zapomněl jsem heslo a odkaz na obnovení hesla nechodí."),
    ("cs", "pricing", "Je to předražené, jinde stojí stejná lampa méně."),
    ("cs", "information", "Nikdo nás neinformoval o změně otevírací doby."),
    ("cs", "praise", "Skvělá obsluha, moc doporučuji tento obchod!"),
    ("sk", "delivery", "Balík prišiel s roztrhnutou krabicou."),
    ("sk", "product_quality", "Rýchlovarná kanvica prestala hriať po týždni."),
    ("sk", "billing", "Vo vyúčtovaní mám poplatok za službu, ktorú nemám."),
    ("sk", "refunds_returns", "Kedy mi vrátite peniaze za vrátené topánky?"),
    ("sk", "staff_attitude", "Predavač bol arogantný a nechcel mi pomôcť."),
    ("sk", "wait_time", "Už týždeň mi nikto neodpovedá na e-maily."),
    ("sk", "digital_channels", "Aplikácia zamrzne pri každom prihlásení karty."),
    ("sk", "account_access", "Zabudol som heslo a odkaz na obnovenie hesla nechodí."),
    ("sk", "pricing", "Je to predražené, inde stojí rovnaká lampa menej."),
    ("sk", "information", "Nikto nás neinformoval o zmene otváracích hodín."),
    ("sk", "praise", "Skvelá obsluha, veľmi odporúčam tento obchod!"),
    ("ru", "delivery", "Курьер привез посылку с порванной коробкой."),
    ("ru", "product_quality", "Чайник перестал греть через неделю."),
    ("ru", "billing", "В счете начислили плату за услугу, которой у меня нет."),
    ("ru", "refunds_returns", "Когда вернут деньги за возвращенные ботинки?"),
    ("ru", "staff_attitude", "Продавец был груб и не захотел помочь."),
    ("ru", "wait_time", "Уже неделю никто не отвечает на мои письма."),
    ("ru", "digital_channels", "Приложение зависает при каждой привязке карты."),
    ("ru", "account_access", "Забыл пароль, а ссылка для сброса не приходит."),
    ("ru", "pricing", "Слишком дорого, в других магазинах такая же лампа дешевле."),
    ("ru", "information", "Никто не сообщил нам об изменении часов работы."),
    ("ru", "praise", "Отличное обслуживание, всем рекомендую этот магазин!"),
    ("uk", "delivery", "Кур'єр привіз посилку з порваною коробкою."),
    ("uk", "product_quality", "Чайник перестав гріти через тиждень."),
    ("uk", "billing", "У рахунку нарахували плату за послугу, якої в мене немає."),
    ("uk", "refunds_returns", "Коли повернуть гроші за повернені черевики?"),
    ("uk", "staff_attitude", "Продавець був грубий і не захотів допомогти."),
    ("uk", "wait_time", "Вже тиждень ніхто не відповідає на мої листи."),
    ("uk", "digital_channels", "Застосунок зависає під час кожної прив'язки картки."),
    ("uk", "account_access", "Забув пароль, а посилання для скидання не приходить."),
    ("uk", "pricing", "Занадто дорого, в інших магазинах така сама лампа дешевша."),
    ("uk", "information", "Ніхто не повідомив нам про зміну годин роботи."),
    ("uk", "praise", "Чудове обслуговування, всім рекомендую цей магазин!"),
    ("en", "delivery", "The courier delivered my parcel with the box torn open."),
    ("en", "product_quality", "The kettle stopped heating after a week."),
    ("en", "billing", "My invoice includes a charge for a service I don't have."),
    ("en", "refunds_returns", "When will I get my refund for the boots I sent back?"),
    ("en", "staff_attitude", "The shop assistant was rude and refused to help."),
    ("en", "wait_time", "Nobody has answered my emails for a week."),
    ("en", "digital_channels", "The app freezes every time I add my card."),
    ("en", "account_access", "Forgot my password and the reset link never comes."),
    ("en", "pricing", "Way too expensive, the same lamp is cheaper elsewhere."),
    ("en", "information", "Nobody told us the opening hours had changed."),
    ("en", "praise", "Excellent service, I really recommend this shop!"),
    ("de", "delivery", "Der Kurier hat das Paket mit aufgerissenem Karton geliefert."),
    ("de", "product_quality", "Der Wasserkocher heizt nach einer Woche nicht mehr, er ist defekt."),
    (
        "de",
        "billing",
        "Auf meiner Rechnung steht eine Gebühr für einen Dienst, den ich nicht habe.",
    ),
    ("de", "refunds_returns", "Wann bekomme ich die Erstattung für die zurückgeschickten Stiefel?"),
    ("de", "staff_attitude", "Der Verkäufer war unfreundlich und wollte nicht helfen."),
    ("de", "wait_time", "Seit einer Woche antwortet niemand auf meine E-Mails."),
    ("de", "digital_channels", "Die App stürzt jedes Mal ab, wenn ich meine Karte hinzufüge."),
    ("de", "account_access", "Passwort vergessen und der Link zum Zurücksetzen kommt nicht an."),
    ("de", "pricing", "Viel zu teuer, woanders kostet dieselbe Lampe weniger."),
    ("de", "information", "Niemand hat uns über die geänderten Öffnungszeiten informiert."),
    ("de", "praise", "Hervorragender Service, ich kann den Laden nur empfehlen!"),
]


def test_every_category_has_a_native_case_in_every_language():
    covered = {(lang, key) for lang, key, _ in EVERY_CATEGORY_CASES}
    wanted = {(lang, key) for lang in SUPPORTED_LANGUAGES for key in TAXONOMY.category_keys}
    assert wanted - covered == {(lang, "other") for lang in SUPPORTED_LANGUAGES}


@pytest.mark.parametrize(("lang", "key", "text"), EVERY_CATEGORY_CASES)
def test_native_case_of_every_category(categoriser, lang, key, text):
    assert key in categoriser.predict([text], [lang])[0]
    assert key in categoriser.predict([fold_text(text)], [lang])[0]  # typed without diacritics


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Czy można zapłacić przy odbiorze?"),
        ("cs", "Dá se u vás platit kartou?"),
        ("sk", "Máte otvorené aj cez sviatky?"),
        ("ru", "Можно ли оплатить при получении?"),
        ("uk", "Чи можна оплатити при отриманні?"),
        ("en", "Can I pay on delivery?"),
        ("de", "Kann ich bei Lieferung bezahlen?"),
    ],
)
def test_a_neutral_question_is_other(categoriser, lang, text):
    # A question mark alone is no problem cue: a topic word ("delivery") stays weak.
    assert categoriser.predict([text], [lang]) == [["other"]]


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("pl", "Na stronie nie ma informacji o kosztach wysyłki.", "information"),
        ("ru", "На сайте нет информации о стоимости доставки.", "information"),
        ("en", "There's no information on the website about shipping costs.", "information"),
    ],
)
def test_a_website_lacking_information_is_not_a_website_problem(categoriser, lang, text, key):
    labels = categoriser.predict([text], [lang])[0]
    assert key in labels and "digital_channels" not in labels


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


class RecordingEmbedder(HashingEmbedder):
    """A hashing embedder that remembers every text it embedded."""

    def __init__(self, dim: int = 512) -> None:
        super().__init__(dim)
        self.texts: list[str] = []

    def embed(self, texts: list[str]) -> np.ndarray:
        self.texts.extend(texts)
        return super().embed(texts)


def test_clauses_are_embedded_by_the_clause_embedder_only():
    seed = "Produkt ma dziwny zapach plastiku i odbarwienia."  # no pattern covers it
    clause = "Produkt ma dziwny zapach plastiku."
    document, clauses = RecordingEmbedder(dim=512), RecordingEmbedder(dim=64)
    categoriser = Categoriser(embedder=document, clause_embedder=clauses).fit(
        texts=[seed] * 2, labels=["product_quality"] * 2
    )
    assert categoriser.clause_prototypes_ is not None
    assert categoriser.clause_prototypes_.vectors.shape[1] == 64
    document.texts.clear()
    clauses.texts.clear()
    doc_scores, labels = categoriser.score_documents(
        [seed + " Kurier miły."], ["pl"], [[clause, "Kurier miły."]]
    )
    assert document.texts == [seed + " Kurier miły."]
    assert clauses.texts == [clause, "Kurier miły."]
    assert "product_quality" in labels[0][0]  # its own prototypes, in its own space
    assert doc_scores == categoriser.score([seed + " Kurier miły."], ["pl"])


def test_without_a_clause_embedder_clauses_use_the_document_prototypes():
    document = RecordingEmbedder()
    categoriser = Categoriser(embedder=document).fit()
    assert categoriser.clause_prototypes_ is None
    document.texts.clear()
    categoriser.score_documents(["Paczka nie dotarła. Zwrot."], ["pl"], [["Paczka nie dotarła."]])
    assert document.texts == ["Paczka nie dotarła. Zwrot.", "Paczka nie dotarła."]


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


def test_strip_handles_and_urls_keeps_email_addresses():
    text = "@united lost my bag http://t.co/x www.example.com/a, write to a@b.com"
    assert strip_handles_and_urls(text).split() == ["lost", "my", "bag", "write", "to", "a@b.com"]
    assert strip_handles_and_urls(".@delta thanks").split() == [".", "thanks"]


@pytest.mark.parametrize("fold", [True, False])
def test_learned_ignores_handles_only_when_told(fold):
    texts = [
        "@united bag lost",
        "@united my bag is lost",
        "@delta flight late",
        "@delta late again",
    ]
    labels = ["luggage", "luggage", "late", "late"]
    pair = ["@united where is my bag", "@delta where is my bag"]
    stripped = LearnedCategoriser(min_df=1, fold=fold).fit(texts * 3, labels * 3)
    kept = LearnedCategoriser(min_df=1, fold=fold, strip_handles=False).fit(texts * 3, labels * 3)
    a, b = stripped.predict_proba(pair)
    assert np.allclose(a, b)
    a, b = kept.predict_proba(pair)
    assert not np.allclose(a, b)


def test_categories_report():
    report = categories_report([["a"], ["b"], ["a", "b"], ["c"]], [["a"], ["a"], ["a", "b"], ["c"]])
    assert report["n"] == 4
    assert report["accuracy"] == 0.75
    # a: tp 2 fp 1 fn 0 -> 0.8; b: tp 1 fn 1 -> 0.6667; c: 1.0
    assert report["macro_f1"] == pytest.approx((0.8 + 2 / 3 + 1.0) / 3, abs=1e-3)
    assert report["micro_f1"] == pytest.approx(2 * 4 / (2 * 4 + 1 + 1), abs=1e-3)
    assert report["stray_predictions"] == {}
    with pytest.raises(ValueError):
        categories_report([["a"]], [])


def test_categories_report_leaves_labels_absent_from_the_gold_set_out_of_the_average():
    gold = [["a"], ["b"], ["a"], ["b"]]
    report = categories_report(gold, [["a"], ["b"], ["a", "other"], ["other"]])
    assert report["stray_predictions"] == {"other": 2}
    # a: perfect; b: tp 1, fn 1 -> 2/3; no zero-F1 "other" class in the average
    assert report["macro_f1"] == pytest.approx((1.0 + 2 / 3) / 2, abs=1e-3)
    assert report["micro_f1"] == pytest.approx(2 * 3 / (2 * 3 + 1), abs=1e-3)


# --- the fast lexicon path equals running every rule ------------------------------------

EVAL_DIR = Path(__file__).resolve().parents[2] / "data" / "eval"


def _eval_texts() -> list[tuple[str, str]]:
    rows = []
    for name in ("categories_eval.jsonl", "categories_heldout.jsonl"):
        with (EVAL_DIR / name).open(encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    return [(r["text"], r["lang"]) for r in rows]


def _reference_fold(text: str) -> str:
    letters = str.maketrans(dict(MATCHING.letters))
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(letters))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def reference_lexicon_scores(lexicon, text, lang, cross_lingual_weight=0.8, languages=None):
    """Every rule of every language run one by one: the scoring the index must reproduce."""
    folded = _reference_fold(text)
    if languages is None:
        known = lexicon.languages
        if lang in known:
            languages = {c: (1.0 if c == lang else cross_lingual_weight) for c in known}
        else:
            languages = dict.fromkeys(known, 1.0)
    negated = blank(folded, [r for regexes in lexicon.negations.values() for r in regexes])
    strong, topic = {}, {}
    for key, per_lang in lexicon.rules.items():
        source = folded if key == lexicon.praise else negated
        strong[key] = topic[key] = 0.0
        for code, weight in languages.items():
            rules = per_lang.get(code)
            if rules is None or weight <= 0.0:
                continue
            hit = min(weight, 1.0) * (1.0 - STRONG_MISS ** strong_hits(source, rules))
            strong[key] = max(strong[key], hit)
            if weight >= 1.0:
                score = topic_score(source, rules, lexicon.cues.get(code, ()))
                topic[key] = max(topic[key], score)
    if any(v > 0.0 for k, v in strong.items() if k != lexicon.praise):
        topic = {k: min(v, TOPIC_ALONE) for k, v in topic.items()}
    return {k: 1.0 - (1.0 - strong[k]) * (1.0 - topic[k]) for k in lexicon.rules}


def test_indexed_lexicon_scores_equal_running_every_rule(categoriser):
    detector = SignalDetector().fit()
    texts = _eval_texts()
    for i, (text, lang) in enumerate(texts):
        assert lexicon_scores(categoriser.lexicon_, text, lang) == reference_lexicon_scores(
            categoriser.lexicon_, text, lang
        ), text
        languages = detector._languages(lang)
        assert lexicon_scores(detector.lexicon_, text, lang, languages=languages) == (
            reference_lexicon_scores(detector.lexicon_, text, lang, languages=languages)
        ), text
        if i % 5 == 0:  # unknown language: every language at full weight, topics included
            assert lexicon_scores(categoriser.lexicon_, text, None) == reference_lexicon_scores(
                categoriser.lexicon_, text, None
            ), text


def test_literal_index_never_hides_a_match(categoriser):
    lexicon = categoriser.lexicon_
    everything = range(len(lexicon.regexes))
    for text, _ in _eval_texts()[::3]:
        folded = fold_text(text)
        found = lexicon.index.find(folded)
        matching = {i for i, regex in enumerate(lexicon.regexes) if regex.search(folded)}
        assert matching <= found, text
        assert found == lexicon.index.confirm(everything, folded), text


def test_literal_index_leaves_few_regexes_to_run(categoriser):
    lexicon = categoriser.lexicon_
    texts = [fold_text(text) for text, _ in _eval_texts()]
    found = sum(len(lexicon.index.find(t)) for t in texts)
    assert found < 0.02 * len(lexicon.regexes) * len(texts)


def test_literal_index_handles_short_strings_and_patterns_without_literals():
    index = LiteralIndex([r"\bno\b", r"\w+\s\w+", r"(ab|cd)xyz", r"a(b|c)"])
    assert index.literals[1] == ()  # no literal condition: always run
    assert index.find("no way") == {0, 1}
    assert index.find("cdxyz") == {1, 2}
    assert index.find("abxy") == {1, 3}  # "ab" (tested with `in`), no "xyz"
    assert index.find("ac") == {1, 3}
    assert index.find("") == {1}


@pytest.mark.parametrize(
    ("pattern", "matches", "misses"),
    [
        (r"\blate (delivery|order)", ["a late order again"], ["late again", "ordered late"]),
        (r"(nobody|no one) (\w+ )?(answered|called)", ["no one ever called"], ["nobody came"]),
        (r"(?<!nie )zadowol\w*", ["zadowolony"], ["zadow", "zadanie"]),
        (r"ru(e)?ckerstatt", ["ruckerstattung", "rueckerstattung"], ["erstattung"]),
    ],
)
def test_required_literals_are_necessary_and_selective(pattern, matches, misses):
    conditions = required_literals(pattern)
    assert conditions

    def passes(text: str) -> bool:
        return all(any(s in text for s in condition) for condition in conditions)

    for text in matches:
        assert re.search(pattern, text) and passes(text), text
    for text in misses:
        assert not passes(text), text


def test_literal_conditions_of_unbounded_heads_and_patterns():
    assert required_literals(r"\w+ing") == (("ing",),)  # the tail is literal
    assert required_literals(r"\w+\s\w+") == ()


def test_score_documents_equals_scoring_texts_and_sentences_apart(categoriser):
    rows = _eval_texts()
    texts = [t for t, _ in rows] + ["Paczka nie dotarła. Obsługa? Bez problemu!", "", "x"]
    langs = [lang for _, lang in rows] + [None, "pl", "en"]
    sentences = [re.split(r"(?<=[.!?])\s+", t) for t in texts]
    sentences[-3].append("a sentence that is not in its text: the parcel never arrived")
    sentences[-2] = []
    for i in range(0, len(texts), 7):
        langs[i] = None  # unknown language: every rule at full weight
    doc_scores, sentence_labels = categoriser.score_documents(texts, langs, sentences)
    assert doc_scores == categoriser.score(texts, langs)
    for parts, lang, labels in zip(sentences, langs, sentence_labels, strict=True):
        assert labels == categoriser.predict(parts, [lang] * len(parts)), parts
    assert "delivery" in sentence_labels[-3][-1]


def test_score_documents_checks_lengths(categoriser):
    with pytest.raises(ValueError, match="sentence lists"):
        categoriser.score_documents(["a"], ["en"], [])


@pytest.mark.parametrize(
    "text",
    [
        "Zásilka NEPŘIŠLA",
        "ﬁnal ŉ ǅ İstanbul ΣΑΣ",
        "e\u0301\u0323 a\u0328\u0301",
        "Ёлка Її ґ",
        "한국어",
    ],
)
def test_fold_text_equals_nfkd_without_marks(text):
    assert fold_text(text) == _reference_fold(text)


def test_escapes_keep_their_case_when_patterns_are_folded():
    # folding lower-cases a pattern; \W, \S, \D and \B lower-cased would be their opposites
    assert fold_pattern(r"Kündig\W{0,2} (\S+) ČEKÁM\d\D") == r"kundig\W{0,2} (\S+) cekam\d\D"
    # "charged (... |\W?\d| ...)" of the English billing rules: a currency sign before the sum
    rules = CompiledRules.from_rules(LanguageRules(patterns=[r"charged \W?\d"]))
    assert rules.patterns[0].search("i was charged £45 twice")
