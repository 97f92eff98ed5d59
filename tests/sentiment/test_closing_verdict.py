"""The customer's closing verdict decides a mixed text's overall sentiment."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest

from vocmine.analysis.analyser import Analyser
from vocmine.categorise import Categoriser, SignalDetector
from vocmine.lang import LANGUAGES
from vocmine.lang.detect import LanguageDetector
from vocmine.nlp.redact import Redactor
from vocmine.nlp.text import TextProcessor
from vocmine.schemas import SENTIMENT_LABELS, FeedbackItem
from vocmine.sentiment.closing_verdict import NOT_POSITIVE, ClosingVerdict, VerdictCue


@pytest.fixture(scope="module")
def rule() -> ClosingVerdict:
    return ClosingVerdict().fit()


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        ("pl", "Obsługa przemiła. Cena wysoka, ale nie żałuję.", "positive"),
        ("pl", "Pokój czysty, śniadanie dobre. Ale hałas całą noc, nie polecam.", "negative"),
        ("pl", "Duży wybór, ale drogo i głośno. Zależy, czego kto szuka.", "neutral"),
        ("cs", "Degustace zklamala, malá deci za 390 Kč. Jinak rozhodně doporučuju.", "positive"),
        ("cs", "Personál milý. Ale jídlo studené a drahé, nedoporučuji.", "negative"),
        ("sk", "Auto bolo špinavé, ale personál ochotný. Určite sa vrátime.", "positive"),
        ("sk", "Pekné prostredie, ale tri hodiny čakania. Neodporúčam.", "negative"),
        ("ru", "Цены высокие, ждали долго. Но мы не пожалели.", "positive"),
        ("ru", "Мастер вежливый, но кухня кривая. Деньги на ветер.", "negative"),
        ("uk", "Персонал чудовий, але ціни кусаються. Загалом рекомендую.", "positive"),
        ("uk", "Вид гарний, але квитки дорогі. Варто чи ні, залежить від бюджету.", "neutral"),
        ("en", "Food was a joke. Bring a picnic though, we'll be back.", "positive"),
        ("en", "Friendly staff but the room was filthy. Would not recommend.", "negative"),
        ("en", "Tuned well, but pricey and late. I'll make my mind up in spring.", "neutral"),
        ("en", "The bar is steep but we'd definitely go back.", "positive"),
        ("en", "Nice bloke. Soles lifting again, I'll be taking my shoes elsewhere.", "negative"),
        ("en", "We'll take our business elsewhere from now on.", "negative"),
        ("en", "New gasket fitted. Haven't used it yet so can't say if it holds.", "neutral"),
        ("de", "Die Verkostung war mager. Trotzdem klare Empfehlung.", "positive"),
        ("de", "Beratung nett, aber die Creme war ein Fehlkauf. Nie wieder.", "negative"),
        (
            "de",
            "Pferde gepflegt, Stunde teuer. Ein abschließendes Urteil haben wir noch nicht.",
            "neutral",
        ),
    ],
)
def test_a_stated_verdict_in_each_language_is_found(rule, lang, text, label):
    cue = rule.find(text, lang)
    assert cue is not None
    assert cue.label == label


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        ("pl", "Polecam, ale tym razem jednak nie polecam.", "negative"),  # the later one wins
        ("pl", "Nie polecam. Choć w sumie nie żałuję.", "positive"),
        ("en", "I can't recommend them enough, lovely people.", "positive"),
        ("de", "Ich würde den Laden nicht weiterempfehlen.", "negative"),
        ("ru", "Не рекомендую.", "negative"),  # not read as "рекомендую"
        ("de", "Diese Praxis empfehle ich nicht.", "negative"),  # negated after the verb
        ("en", "I recommend them to anyone who needs a plumber.", "positive"),
    ],
)
def test_negation_and_order_decide_the_polarity(rule, lang, text, label):
    cue = rule.find(text, lang)
    assert cue is not None and cue.label == label


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I recommend you check your billing system before you send another invoice."),
        ("de", "Das kommt nicht wieder vor, versprach der Filialleiter. Die Rechnung ist falsch."),
        ("sk", "Odporúčame okamžitý prevod, napísala agentka. Rozumiem, ďakujem."),
        ("pl", "Paczka nie dotarła. Proszę o zwrot pieniędzy."),
        ("en", "The order 10/10/2026 arrived broken."),
    ],
)
def test_advice_apologies_and_dates_are_no_verdict(rule, lang, text):
    assert rule.find(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        ("pl", "Można skorzystać. Ale polecam poszukać czegoś innego.", "positive"),  # advice
        ("pl", "Jedyne, czego żałuję, to że nie kupiłem go wcześniej.", "negative"),
        ("pl", "Czasem warto się zastanowić, zanim się coś napisze.", "positive"),
        ("en", "Definitely a turn off and I doubt I'll be back.", "positive"),
        ("en", "Staff are highly recommended to not travel in uniform.", "positive"),
        ("de", "Das Produkt kann ich leider nicht empfehlen.", "positive"),
        ("ru", "Машина отличная. Жалею, что продала.", "negative"),
        # a restriction, a condition, doubt or sarcasm takes a positive verdict back
        ("cs", "Na jízdu se čeká tři týdny. Doporučuju jen tomu, kdo má času nazbyt.", "positive"),
        ("de", "Nur zu empfehlen, wenn man sehr viel Zeit hat.", "positive"),
        ("en", "Was hoping for more, don't think we'll book again.", "positive"),
        ("en", "Brilliant staff, I can't say enough good things about them.", "neutral"),
        ("en", "Can't say I was impressed, the food was cold.", "neutral"),
        ("ru", "Третий вечер не могу войти. 10 из 10, всем рекомендую 🙃", "positive"),
        ("pl", "Gra crashuje co 5 minut. Priorytety 10/10 🙃", "positive"),
    ],
)
def test_advice_and_regret_idioms_are_not_misread(rule, lang, text, wrong):
    cue = rule.find(text, lang)
    assert cue is None or cue.label != wrong


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Обожаю наш велопрокат 🙃 третий велик подряд с пробитым колесом.", "negative"),
        ("Love how the app logs me out every single day 🙄", "negative"),
        ("Great, another price rise. Thanks a lot /s", "negative"),
        ("Just had my first delivery, 2 hours flat 👏👏", None),  # applause is no sarcasm mark
    ],
)
def test_sarcasm_marks_make_a_text_without_a_verdict_negative(rule, text, label):
    cue = rule.find(text, "en" if text.isascii() or "👏" in text or "🙄" in text else "ru")
    assert (cue.label if cue else None) == label


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        ("cs", "Balík dorazil o den později, ale to nevadí. Objednám zase.", "positive"),
        ("de", "Login klappt nicht immer. Insgesamt weder gut noch schlecht.", "neutral"),
        ("en", "Nice photos, cramped studio. Make of that what you will.", "neutral"),
        ("ru", "Парковка вечно забита. Ставлю 9 из 10.", "positive"),
        ("de", "Duschen lauwarm. Trotzdem 4 von 5 Sternen von uns.", "positive"),
        ("cs", "Kalkulace 6 500, faktura 9 300. Příští servis už jedu jinam.", "negative"),
        ("en", "Food was fine. Next time we'll try somewhere else.", "negative"),
        ("uk", "Квитки дорогі. Я поки не вирішила, що про це думати.", "neutral"),
    ],
)
def test_ordering_again_going_elsewhere_undecided_words_and_ratings_in_words(
    rule, lang, text, label
):
    cue = rule.find(text, lang)
    assert cue is not None and cue.label == label


def test_only_the_closing_sentences_are_searched(rule):
    text = (
        "Nie polecam tego sklepu, pisałam wcześniej. "
        "Dziś zadzwonili. Przeprosili. Paczka doszła. Rabat dostałam."
    )
    assert rule.find(text, "pl") is None
    assert ClosingVerdict(sentences=5).fit().find(text, "pl") == VerdictCue(
        "negative", "nie polecam"
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("★★★★☆ Brilliant day out. The food was a joke.", "positive"),
        ("⭐⭐ Slow and rude. Some nice views.", "negative"),
        ("★★★☆☆ Okay-ish. Nothing special.", None),
        ("Kurs nett, Organisation chaotisch. 2/5", "negative"),
        ("Great hike, bad hut. 9/10", "positive"),
        ("Ein Stern Abzug für die Website. Sonst alles in Ordnung.", None),
        ("We stayed in a 5 stars hotel. The pool was closed.", None),  # a class, no verdict
    ],
)
def test_star_and_point_ratings(rule, text, label):
    cue = rule.find(text, "de" if "Kurs" in text or "Stern" in text else "en")
    assert (cue.label if cue else None) == label


def test_a_language_without_lists_gets_ratings_only():
    rule = ClosingVerdict(languages={"en": LANGUAGES["en"]}).fit()
    assert rule.find("Nie polecam.", "pl") is None
    assert rule.find("Nie polecam. 1/5", "pl") == VerdictCue("negative", "1/5")


def test_adjust_at_half_weight_makes_the_verdict_the_label(rule):
    proba = np.array([0.9, 0.05, 0.05])
    adjusted = rule.adjust(proba, VerdictCue("positive", "polecam"))
    assert SENTIMENT_LABELS[int(np.argmax(adjusted))] == "positive"
    assert adjusted.sum() == pytest.approx(1.0)
    gentle = ClosingVerdict(weight=0.3).fit().adjust(proba, VerdictCue("positive", "polecam"))
    assert SENTIMENT_LABELS[int(np.argmax(gentle))] == "negative"  # a sure model can win


@pytest.mark.parametrize("kwargs", [{"weight": 1.5}, {"weight": -0.1}, {"sentences": 0}])
def test_bad_parameters_are_refused(kwargs):
    with pytest.raises(ValueError):
        ClosingVerdict(**kwargs).fit()


def test_every_language_has_verdict_lists():
    for code, data in LANGUAGES.items():
        assert data.verdict_positive and data.verdict_negative and data.verdict_undecided, code
        assert data.verdict_price and data.verdict_price_demand, code
        assert data.rating_stars and data.rating_openers, code
        assert data.ironic_openers, code
        assert sorted(set(data.rating_numbers.values())) == [1, 2, 3, 4, 5], code


class NegativeSentiment:
    """A stand-in model that reads every text as negative."""

    def accepts_embeddings_from(self, embedder_name: str) -> bool:
        return False

    def predict_proba(
        self,
        texts: Sequence[str],
        langs: Sequence[str] | None = None,
        embeddings: np.ndarray | None = None,
    ) -> np.ndarray:
        return np.tile([0.7, 0.2, 0.1], (len(texts), 1))


def _analyser(closing: ClosingVerdict | None, sentiment: Any = None) -> Analyser:
    return Analyser(
        detector=LanguageDetector(),
        redactor=Redactor(),
        nlp=TextProcessor(),
        sentiment=sentiment or NegativeSentiment(),
        categoriser=Categoriser(embedder=None).fit(),
        signals=SignalDetector().fit(),
        closing_verdict=closing,
    )


def test_the_analyser_follows_the_closing_verdict_and_keeps_sentence_scores():
    review = (
        "Sesja w studiu, fotograf przemiła. Cena niestety wysoka, 1200 zł za 15 ujęć. "
        "Drogo, ale nie żałuję."
    )
    item = FeedbackItem(source="t", external_id="1", text=review, lang="pl")
    (without,) = _analyser(None).analyse([item])
    (with_rule,) = _analyser(ClosingVerdict().fit()).analyse([item])
    assert without.sentiment == "negative"
    assert with_rule.sentiment == "positive"
    assert with_rule.sentiment_probabilities["positive"] == pytest.approx(0.55)
    assert all(s.sentiment == "negative" for s in with_rule.sentences)


def test_the_verdict_is_read_from_the_customer_text_not_the_signature():
    ticket = "Dzień dobry,\nFaktura znowu błędna, proszę o korektę.\nPozdrawiam\nPolecam się\nJan"
    item = FeedbackItem(source="t", external_id="2", text=ticket, lang="pl")
    (insight,) = _analyser(ClosingVerdict().fit()).analyse([item])
    assert insight.sentiment == "negative"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "ich möchte mich auf diesem Weg bei Herrn Adler aus Ihrer Serviceabteilung bedanken. "
            "Mein Automat hatte drei Wochen nach der Garantie einen Defekt am Mahlwerk.",
        ),
        ("de", "Wir möchten uns für unsere Feier am 07.03. ganz herzlich bedanken. Es regnete."),
        ("en", "I just wanted to say a big thank you to Sam. The boiler broke on Sunday night."),
        (
            "pl",
            "Chciałabym serdecznie podziękować pani z recepcji. Syn zachorował, odwołałam nocleg.",
        ),
        ("cs", "Chtěli bychom vám poděkovat za vymalování bytu. Předchozí malíř nám vše zničil."),
        ("sk", "Chcela by som sa Vám poďakovať za záhradu. Bola to holá hlina po stavbe."),
        (
            "ru",
            "Хочу поблагодарить мастера Олега. Ключ сломался прямо в замке, все службы отказали.",
        ),
        ("uk", "Хочу подякувати майстру Олегу. Ключ зламався прямо в замку, всі служби відмовили."),
    ],
)
def test_a_thank_you_letter_is_positive_however_long_its_problem(rule, lang, text):
    cue = rule.find(text, lang)
    assert cue is not None and cue.label == "positive"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a preamble announces the complaint that follows
        ("en", "Before anything else, I want to say thank you. The new contract is a mess."),
        ("ru", "Прежде всего хочу поблагодарить воспитателей. Сад закрывают на всё лето."),
        # a contrast in the same sentence
        ("en", "I want to thank you for the quick reply, but the parcel is still missing."),
        ("de", "Ich möchte mich für die Antwort bedanken, aber das Problem besteht weiter."),
        # thanks said in passing, not as the letter's purpose
        ("de", "Danke für die Antwort. Das Paket ist immer noch nicht da."),
    ],
)
def test_a_thanks_that_opens_a_complaint_is_no_verdict(rule, lang, text):
    assert rule.find(text, lang) is None


def test_a_closing_verdict_and_sarcasm_win_over_thanks(rule):
    text = "I wanted to thank the driver. The food though was cold. Never again."
    assert rule.find(text, "en") == VerdictCue("negative", "never again")
    assert rule.find("Хочу подякувати майстру Олегу 🙄", "uk") == VerdictCue("negative", "🙄")


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        ("cs", "Kurýr počkal u sousedky a poslal fotku. Takhle to má vypadat", "positive"),
        ("cs", "Kurýr hodil balík přes plot. Takhle to nemá vypadat.", None),
        ("sk", "Vrátili peniaze do hodiny. Takto to má fungovať.", "positive"),
        ("pl", "Zwrot w dwie minuty. Tak to powinno wyglądać!", "positive"),
        ("pl", "Zwrot po trzech miesiącach. Tak to nie powinno wyglądać.", None),
        ("de", "Screenshot geschickt, 15 min später entsperrt. So muss das laufen!", "positive"),
        ("de", "Drei Wochen ohne Antwort. So sollte das nicht laufen.", None),
        ("en", "Fixed in ten minutes for €35. That's how it's done.", "positive"),
        ("en", "Karts were quick. Would 100% come back.", "positive"),
        ("en", "Karts were slow. I would come back if they fixed the brakes.", None),
        ("ru", "Вернули деньги за пять минут. Так и должно быть.", "positive"),
        ("uk", "Обміняли светр за п'ять хвилин. Так і має бути.", "positive"),
    ],
)
def test_this_is_how_it_should_be_is_a_positive_verdict(rule, lang, text, label):
    cue = rule.find(text, lang)
    assert (cue.label if cue is not None else None) == label


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "40 min Verspätung, dann Zugausfall 😂 danke fuer nix, erstklassiger Service 👍"),
        ("de", "Abschlag verdoppelt. Danke für nichts."),
        ("en", "Flight cancelled, no hotel voucher. Thanks for nothing, great service!"),
        ("pl", "Paczka zaginęła, infolinia milczy. Dzięki za nic, super obsługa."),
        ("cs", "Oprava za tři měsíce, nikdo nevolal. Díky za nic, skvělá práce."),
        ("sk", "Technik neprišiel, nikto nedvíhal. Vďaka za nič, výborný servis."),
        ("ru", "Деньги не вернули, на звонки не отвечают. Спасибо за ничего, отличный сервис."),
        ("uk", "Посилка загубилась, ніхто не відповідає. Дякую за ніщо, чудовий сервіс."),
    ],
)
def test_thanks_for_nothing_is_a_negative_verdict_whatever_praise_follows(rule, lang, text):
    cue = rule.find(text, lang)
    assert cue is not None and cue.label == "negative"


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        # two sides weighed, no verdict: balanced, neutral
        ("pl", "Kemping nad samym jeziorem. Z drugiej strony drogo i ciasno.", "neutral"),
        ("cs", "Výhledy pěkné, hudba příjemná. Na druhou stranu bufet průměrný.", "neutral"),
        ("ru", "Трасса интересная. С другой стороны, инструктаж формальный.", "neutral"),
        ("de", "Lage top. Auf der anderen Seite ist es am Wochenende laut.", "neutral"),
        # a stated verdict wins over the weighing
        ("de", "Lage top. Auf der anderen Seite laut. Trotzdem klare Empfehlung.", "positive"),
        # "on the other hand I understand ..., but": a complaint, no cue
        ("en", "On the other hand I understand you are short of staff, but this is a joke.", None),
        # no opinion at all
        ("pl", "Byłam tylko raz, kupiłam to, po co przyszłam. Nie mam zdania.", "neutral"),
        ("uk", "У відділенні не була. Нічого особливого сказати не можу.", "neutral"),
        ("de", "WLAN ging mal, mal nicht. Sonst nichts Besonderes zu berichten.", "neutral"),
    ],
)
def test_a_balanced_text_or_no_opinion_is_neutral(rule, lang, text, label):
    cue = rule.find(text, lang)
    assert (cue.label if cue is not None else None) == label


@pytest.mark.parametrize(
    "text",
    [
        "Plus za podpórkę (szkoda, że nie jest z drugiej strony), bo przyciski są u dołu.",
        "Folię trzeba dokleić, a z drugiej strony mamy szkło bez ochrony.",
    ],
)
def test_on_the_other_side_in_mid_sentence_is_no_balance(rule, text):
    assert rule.find(text, "pl") is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The views were lovely. For £60 a night I expected better. Shame."),
        ("en", "Guide was great, kit was awful. For that price you'd expect better boots."),
        ("de", "Nette Leute. Für 45 € pro Stunde erwarte ich pünktliche Trainer."),
        ("de", "Lage super, Zimmer laut. Bei dem Preis hätte ich deutlich mehr erwartet."),
        ("cs", "Personál milý. Za 2 400 Kč za noc bych čekal aspoň teplou vodu."),
        ("sk", "Pekné prostredie. Za tie peniaze čakám viac než studenú polievku."),
        ("pl", "Widok piękny, ale za 900 zł za weekend oczekuję czystej pościeli."),
        ("ru", "Мастер вежливый. Но за 7 000 рублей хотелось бы, чтобы кран не тёк."),
        ("uk", "Зал красивий. Але за такі гроші очікуєш хоча б чистих рушників."),
    ],
)
def test_a_demand_for_more_for_the_price_paid_is_not_positive(rule, lang, text):
    cue = rule.find(text, lang)
    assert cue is not None and cue.label == NOT_POSITIVE


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # low expectations, a comparison, a negation: no demand
        ("pl", "Za tę cenę nie spodziewałem się niczego lepszego. Działa."),
        ("pl", "Za tę cenę spodziewałem się tandety, a tu miłe zaskoczenie."),
        ("en", "Better than I'd expect for the price. Lovely staff."),
        ("de", "Für 20 € kann man nicht mehr erwarten. Passt."),
        ("ru", "За такие деньги большего и не ждёшь, всё нормально."),
        # a demand without a price, a price without a demand
        ("en", "I expect a reply by Friday."),
        ("cs", "Za 390 Kč jsme dostali tři chody. Paráda."),
    ],
)
def test_low_expectations_and_half_the_phrase_are_no_demand(rule, lang, text):
    assert rule.find(text, lang) is None


def test_a_stated_verdict_wins_over_the_price_demand(rule):
    text = "Für 79 € erwarte ich mehr Platz. Trotzdem klare Empfehlung."
    assert rule.find(text, "de") == VerdictCue("positive", "klare empfehlung")


def test_a_not_positive_cue_keeps_the_likelier_of_negative_and_neutral(rule):
    cue = VerdictCue(NOT_POSITIVE, "erwarte ich")
    order = SENTIMENT_LABELS
    for proba, expected in (
        ({"positive": 0.7, "negative": 0.2, "neutral": 0.1}, "negative"),
        ({"positive": 0.7, "negative": 0.1, "neutral": 0.2}, "neutral"),
    ):
        adjusted = rule.adjust(np.array([proba[label] for label in order]), cue)
        assert order[int(np.argmax(adjusted))] == expected
        assert adjusted.sum() == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        ("en", "Lovely host, noisy street. 2 stars, both for the host.", "negative"),
        ("en", "Slow checkout. Still, 4 stars and I'd come back.", "positive"),
        ("de", "Trainer nett, Halle kalt. Leider nur 2 Sterne.", "negative"),
        ("cs", "Víno dobré, večeře studená. Dávám 2 hvězdičky, obě za víno.", "negative"),
        ("sk", "Inštruktor trpezlivý, za to dve hviezdičky. Ostatné bolo slabé.", "negative"),
        ("pl", "Kurier się spóźnił, ale produkt świetny. Daję 5 gwiazdek.", "positive"),
        ("ru", "Доставили с опозданием. Ставлю три звезды.", None),  # three: mixed
        ("ru", "Суп холодный. Одна звезда — за вежливого официанта.", "negative"),
        ("uk", "Кімната тісна, але чиста. Ставлю чотири зірки.", "positive"),
    ],
)
def test_a_star_rating_in_words_is_the_verdict(rule, lang, text, label):
    cue = rule.find(text, lang)
    assert (cue.label if cue is not None else None) == label


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Hotel o standardzie 4 gwiazdek. Basen zamknięty."),  # a class
        ("pl", "Cztery gwiazdki to śmiech. Pokój brudny."),  # about the class
        ("pl", "Hotel zasługuje na trzy, cztery gwiazdki. Obsługa w porządku."),  # a range
        ("pl", "Gdyby nie kabel, dałbym 5 gwiazdek. Słuchawki grają."),  # a wish
        ("pl", "Jedna gwiazdka odjęta za opakowanie. Produkt super."),  # a deduction
        ("de", "Das schöne 4-Sterne-Hotel liegt am See."),
        ("en", "They put us in a five star resort. It rained."),
        ("en", "The only reason it's not 5 stars is the parking."),
    ],
)
def test_a_hotel_class_a_range_a_wish_or_a_deduction_is_no_rating(rule, lang, text):
    assert rule.find(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The showers were cold. Still, we've already booked again for June."),
        ("en", "App is clunky. Just signed up for another year though."),
        ("de", "Parkplatz knapp, Brötchen teuer. Nächstes Jahr kommen wir wieder."),
        ("de", "Die Lieferung hat gedauert. Ich bleibe trotzdem Kundin."),
        ("de", "Der Empfang war früher muffelig. Jetzt bin ich Stammkunde."),
        ("cs", "Parkování nic moc, jídlo drahé. Příští rok jedeme znovu."),
        ("cs", "Trvalo to týden. Takže zůstávám a pojištění rád prodloužím."),
        ("sk", "Čakanie bolo dlhé. Aj tak zostávam verná."),
        ("sk", "Obsluha pomalá. Ale zase sem budem chodiť."),
        ("pl", "Czekaliśmy tydzień. Szwagrowi dałem już Państwa numer."),
        ("ru", "Душ холодный, еда так себе. В общем, остаюсь."),
        ("ru", "Опоздали на час. Но на следующий год приедем снова."),
        ("uk", "Ціни кусаються. Замовлятиму ще восени."),
        ("uk", "Чекала довго. Тепер тільки до вас."),
    ],
)
def test_staying_returning_or_referring_at_the_end_is_a_positive_verdict(rule, lang, text):
    cue = rule.find(text, lang)
    assert cue is not None and cue.label == "positive"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Сеть пропадает в метро. Хорошо, что без связи не остаюсь."),
        ("de", "Bahn ist Lotterie. So komme ich mal wieder nach Köln."),
        ("de", "Ich bleibe dabei: das war Betrug."),
        ("de", "Wir kommen nicht wieder."),
    ],
)
def test_staying_without_service_or_coming_back_to_a_city_is_no_loyalty(rule, lang, text):
    cue = rule.find(text, lang)
    assert cue is None or cue.label != "positive"


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        ("pl", "Ocena wizyty (1–5): 3. Komentarz: szczepienie, 15 minut obserwacji.", "neutral"),
        ("cs", "Hodnocení služby (1–10): 6. Komentář: půjčovna odsávačky, nic dalšího.", "neutral"),
        ("uk", "Оцініть роботу (1–5): 2. Коментар: черга на пів години.", "negative"),
        (
            "en",
            "How likely are you to recommend us (0-10): 9 Comment: quick and friendly",
            "positive",
        ),
        ("sk", "Ohodnoťte návštevu (1 – 10): 3 Komentár: predavač nemal čas", "negative"),
    ],
)
def test_a_survey_score_after_its_scale_is_the_verdict(rule, lang, text, label):
    cue = rule.find(text, lang)
    assert cue is not None and cue.label == label


@pytest.mark.parametrize("text", ["Pokój (1-5): 7 gwiazdek", "Kod rabatowy (1-10): 42"])
def test_a_score_outside_its_scale_is_no_verdict(rule, text):
    assert rule.find(text, "pl") is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("cs", "Hosté o tom mluví ještě teď. Děkujeme a doporučujeme všem nevěstám."),
        ("cs", "Parkování chybělo. Celkově jsme velmi spokojeni."),
        ("cs", "Jen ta cena by mohla být nižší, ale výsledek za to stojí."),
        ("cs", "Paráda. Díky moc, jste nejlepší půjčovna, co jsme kdy zkoušeli."),
        ("sk", "Teplá voda nešla. Všetkým známym vás budeme odporúčať."),
        ("sk", "Aplikácia mešká, ale celkovo som spokojný."),
        ("pl", "Jedzenie świetne. Wszystkim polecamy!"),
        ("pl", "Drobne usterki były, ale ogólnie jestem bardzo zadowolona."),
        ("pl", "W instrukcji mogliby to napisać po ludzku, ale i tak szacun."),
        ("ru", "Администрация путает запись. В целом я довольна."),
        ("ru", "За такой подход спасибо, буду брать у них ещё."),
        ("uk", "Ціни кусаються. Загалом я дуже задоволена."),
        ("uk", "Беру у вас авто не вперше і буду брати далі!"),
        ("en", "The app is clunky. Fair and honest, will be back."),
        ("en", "You wait a while. Would go back though."),
        ("en", "We'll definitely be booking next year's trip with you."),
        ("de", "Das Frühstück war mau. Insgesamt sind wir sehr zufrieden."),
        ("de", "Die Anfahrt ist weit. Trotzdem empfehlen wir euch jedem."),
        ("pl", "Jedzenie świetne, obsługa miła. Polecamy!"),
    ],
)
def test_recommending_overall_satisfaction_and_coming_back_are_positive_verdicts(rule, lang, text):
    cue = rule.find(text, lang)
    assert cue is not None and cue.label == "positive"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("cs", "Nic nefungovalo. Nedoporučujeme."),
        ("cs", "Celkově nespokojen."),
        ("sk", "Neodporúčame nikomu."),
        ("pl", "Ogólnie nie jestem zadowolony."),
        ("pl", "Zero szacunku dla klienta."),
        ("pl", "Hotel w opłakanym stanie. Nie polecamy!"),
        ("pl", "Obsługa za karę. Niestety my nie polecamy."),
        ("ru", "Там я не буду частым гостем и никому не буду советовать."),
        ("uk", "Більше не прийду і нікому не буду радити."),
        ("ru", "В целом недоволен."),
        ("ru", "Не рекомендуем."),
        ("uk", "Загалом незадоволена."),
        ("en", "Overall not happy at all."),
        ("en", "I doubt we will be back."),
        ("de", "Insgesamt bin ich nicht zufrieden."),
        ("de", "Das empfehlen wir nicht."),
        ("de", "Kein Respekt vor Kunden."),
        # a company's advice is no customer's verdict
        ("cs", "Technik napsal: doporučujeme restartovat router. Uvidíme."),
        ("pl", "Konsultant: polecamy zmianę taryfy na wyższą. Zastanowię się."),
        ("ru", "В ответ: рекомендуем перезагрузить роутер. Посмотрим."),
        ("uk", "Відповідь: рекомендуємо оновити застосунок. Побачимо."),
        ("de", "Antwort: Wir empfehlen Ihnen, den Router neu zu starten. Mal sehen."),
    ],
)
def test_negated_recommendation_or_satisfaction_is_no_positive_verdict(rule, lang, text):
    cue = rule.find(text, lang)
    assert cue is None or cue.label != "positive"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "39,90 € für die Tonne. Schade."),
        ("de", "Ich war zehn Jahre Stammkunde, aber die sehen mich nicht wieder."),
        ("uk", "Тонувати довелося вдома самій. Розчарована."),
        ("ru", "Обещали к пятнице, привезли через месяц. Очень разочарована."),
        ("sk", "Mohlo to skončiť nehodou. Moje auto už u vás neuvidíte."),
        ("cs", "Žádná omluva. Velké zklamání."),
        ("pl", "Nawet nie zadzwonili. Zdzierstwo level hard."),
        ("pl", "Obsługa opryskliwa. Mnie tu już nie zobaczycie."),
        ("en", "Round in circles. Gutted really, because they're the only shop for miles."),
    ],
)
def test_a_closing_disappointment_or_never_seeing_me_again_is_negative(rule, lang, text):
    cue = rule.find(text, lang)
    assert cue is not None and cue.label == "negative"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Schade, dass ich euch erst jetzt entdeckt habe!"),
        ("pl", "Szkoda, że tak późno was odkryłam."),
        ("en", "I was disappointed at first, but they fixed it the same day and I'm delighted."),
        ("cs", "Škoda, že nemáte pobočku i v Brně."),
    ],
)
def test_regret_for_not_finding_them_sooner_is_no_negative_verdict(rule, lang, text):
    cue = rule.find(text, lang)
    assert cue is None or cue.label != "negative"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Опоздала на работу второй раз за неделю. Вы лучшие, серьёзно 🙃"),
        ("ru", "Третий вечер не могу войти. Всем рекомендую 🙃"),
        ("en", "Third cold pizza this month. Will definitely order again 🙄"),
    ],
)
def test_praise_with_a_sarcasm_mark_is_a_negative_verdict(rule, lang, text):
    cue = rule.find(text, lang)
    assert cue is not None and cue.label == "negative"


@pytest.mark.parametrize(
    ("lang", "text", "rest"),
    [
        (
            "pl",
            "Brawo @ParkCity 👏 6 zł za godzinę, a szlaban znowu nie działa",
            "6 zł za godzinę, a szlaban znowu nie działa",
        ),
        (
            "de",
            "Danke liebe @Stadtreinigung, dass die Tonne seit 3 Wochen nicht geleert wird",
            "dass die Tonne seit 3 Wochen nicht geleert wird",
        ),
        (
            "en",
            "big shoutout to @BetHaven 👏👏 machine swallowed my £20 note",
            "machine swallowed my £20 note",
        ),
        ("cs", "Díky @DopravníPodnik, aplikace zase spadla", "aplikace zase spadla"),
        # the opening ends at its addressee; what it thanks for is read with the rest
        ("sk", "Ďakujem @Taxi za jazdu 🙏 cez celé mesto", "za jazdu 🙏 cez celé mesto"),
        (
            "ru",
            "Спасибо @Банк 👍 приложение опять не открывается",
            "приложение опять не открывается",
        ),
        ("uk", "Дякую @Пошта 👏 посилка їде вже тиждень", "посилка їде вже тиждень"),
        # "ß" folds to two letters: the rest is cut from the original text
        ("de", "Danke @Großmarkt 👏 wieder 40 Minuten zu spät", "wieder 40 Minuten zu spät"),
        (
            "de",
            "Herzlichen Glückwunsch @Bahn 👏 wieder 40 Minuten zu spät",
            "wieder 40 Minuten zu spät",
        ),
    ],
)
def test_the_rest_of_a_post_opened_by_thanks_to_someone(rule, lang, text, rest):
    assert rule.ironic_rest(text, lang) == rest


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Thanks for the quick reply, the parcel arrived today and all is fine.",
        ),  # no @, no 👏
        ("en", "My thanks to @Anna 👏"),  # nothing follows
        ("pl", "Zamówienie przyszło, brawo @Sklep 👏 wszystko w porządku"),  # not at the start
        ("en", "Thanks\n@Support 👏 the parcel arrived today"),  # the addressee on another line
        ("xx", "Thanks @Support 👏 the parcel arrived today"),  # no word list
    ],
)
def test_no_ironic_opening(rule, lang, text):
    assert rule.ironic_rest(text, lang) is None


class PraiseUnlessComplaint(NegativeSentiment):
    """A stand-in model: positive when a text mentions thanks or a clap, else negative."""

    def predict_proba(
        self,
        texts: Sequence[str],
        langs: Sequence[str] | None = None,
        embeddings: np.ndarray | None = None,
    ) -> np.ndarray:
        praise = [("thanks" in t.lower() or "👏" in t or "great" in t) for t in texts]
        return np.array([[0.1, 0.2, 0.7] if p else [0.7, 0.2, 0.1] for p in praise])


def test_thanks_that_opens_a_complaint_reads_negative_and_sincere_thanks_stay_positive():
    mocking = FeedbackItem(
        source="t",
        external_id="1",
        text="Thanks @Metro 👏 the 7:12 did not come for the third day running",
        lang="en",
    )
    sincere = FeedbackItem(
        source="t",
        external_id="2",
        text="Thanks @Metro 👏 the new line is great and always on time",
        lang="en",
    )
    without = _analyser(None, PraiseUnlessComplaint()).analyse([mocking, sincere])
    assert [i.sentiment for i in without] == ["positive", "positive"]
    analyser = _analyser(ClosingVerdict().fit(), PraiseUnlessComplaint())
    mocked, kept = analyser.analyse([mocking, sincere])
    assert mocked.sentiment == "negative"
    assert mocked.sentiment_probabilities["negative"] == pytest.approx(0.55)
    assert kept.sentiment == "positive"
    assert analyser.escalated == 0
