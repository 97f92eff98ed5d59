"""Churn risk in every language: explicit, implicit and conditional threats fire; hard negatives do not.

Implicit: "this was my last order", "you've lost a customer", "I already ordered it
from another operator", "I'm looking at other providers". Conditional: "if it is
not fixed by Friday I cancel", "one more time and I'm leaving". Hard negatives:
cancelling one order, turning a device off, switching to the company's own new
tariff, a cancel button that does not work (a digital-channel complaint).
"""

from __future__ import annotations

import pytest

from vocmine.categorise import SignalDetector

POSITIVES = {
    "pl": [
        "Rezygnuję z usług i przechodzę do konkurencji.",
        "To było moje ostatnie zamówienie w tym sklepie.",
        "Właśnie straciliście klienta.",
        "Router już zamówiłem u innego operatora.",
        "Rozglądam się za innym dostawcą internetu.",
        "Jeśli do piątku tego nie naprawicie, zrywam umowę.",
        "Jeszcze jeden taki numer i odchodzę.",
    ],
    "cs": [
        "Ruším smlouvu a odcházím ke konkurenci.",
        "Tohle byla moje poslední objednávka u vás.",
        "Právě jste přišli o zákazníka.",
        "Router jsem už objednal u jiného operátora.",
        "Dívám se po jiných poskytovatelích.",
        "Pokud to do pátku neopravíte, ruším smlouvu.",
        "Ještě jednou a odcházím.",
    ],
    "sk": [
        "Ruším zmluvu a odchádzam ku konkurencii.",
        "Toto bola moja posledná objednávka u vás.",
        "Práve ste prišli o zákazníka.",
        "Router som si už objednal u iného operátora.",
        "Obzerám sa po iných poskytovateľoch.",
        "Ak to do piatku neopravíte, ruším zmluvu.",
        "Ešte raz a odchádzam.",
    ],
    "ru": [
        "Расторгаю договор и ухожу к конкурентам.",
        "Это был мой последний заказ у вас.",
        "Вы потеряли клиента.",
        "Я уже заказал роутер у другого оператора.",
        "Присматриваюсь к другим провайдерам.",
        "Если до пятницы не исправите, расторгну договор.",
        "Ещё раз такое повторится — и я ухожу.",
    ],
    "uk": [
        "Розриваю договір і переходжу до конкурентів.",
        "Це було моє останнє замовлення у вас.",
        "Ви втратили клієнта.",
        "Я вже замовив роутер в іншого оператора.",
        "Дивлюся на інших провайдерів.",
        "Якщо до п'ятниці не виправите, розірву договір.",
        "Ще раз таке — і я піду від вас.",
    ],
    "en": [
        "I'm cancelling my subscription and switching to a competitor.",
        "This was my last order with you.",
        "You've lost a customer.",
        "I already ordered the router from another operator.",
        "I'm looking at other providers.",
        "If it is not fixed by Friday I'll cancel.",
        "One more time and I'm leaving.",
    ],
    "de": [
        "Ich kündige meinen Vertrag und wechsle zur Konkurrenz.",
        "Das war meine letzte Bestellung bei Ihnen.",
        "Sie haben einen Kunden verloren.",
        "Den Router habe ich schon bei einem anderen Anbieter bestellt.",
        "Ich schaue mich nach anderen Anbietern um.",
        "Wenn das bis Freitag nicht behoben ist, kündige ich.",
        "Noch einmal so etwas und ich bin weg.",
    ],
}

HARD_NEGATIVES = {
    "pl": [
        "Rezygnuję z tego zamówienia, pomyliłem rozmiar.",
        "Wyłączyłem router i włączyłem go ponownie.",
        "Przeszedłem na waszą nową taryfę.",
        "Przycisk rezygnacji z subskrypcji nie działa w aplikacji.",
    ],
    "cs": [
        "Ruším objednávku, spletl jsem si velikost.",
        "Vypnul jsem router a znovu zapnul.",
        "Přešel jsem na váš nový tarif.",
        "Tlačítko zrušit v aplikaci nefunguje.",
    ],
    "sk": [
        "Ruším objednávku, pomýlil som si veľkosť.",
        "Vypol som router a znova zapol.",
        "Prešiel som na váš nový tarif.",
        "Tlačidlo zrušiť v aplikácii nefunguje.",
    ],
    "ru": [
        "Отменяю заказ, ошибся с размером.",
        "Я выключил роутер и включил снова.",
        "Я перехожу на ваш новый тариф.",
        "Кнопка отмены подписки в приложении не работает.",
    ],
    "uk": [
        "Відмовляюся від замовлення, помилився з розміром.",
        "Я вимкнув роутер і знову увімкнув.",
        "Я переходжу на ваш новий тариф.",
        "Кнопка скасування підписки в додатку не працює.",
    ],
    "en": [
        "Please cancel my order, I picked the wrong size.",
        "I turned the router off and on again.",
        "I'm switching to your new tariff next month.",
        "The cancel button doesn't work in the app.",
    ],
    "de": [
        "Ich storniere die Bestellung, falsche Größe.",
        "Ich habe den Router ausgeschaltet und wieder eingeschaltet.",
        "Ich wechsle zu Ihrem neuen Tarif.",
        "Der Kündigungsbutton in der App funktioniert nicht.",
    ],
}


@pytest.fixture(scope="module")
def detector() -> SignalDetector:
    return SignalDetector().fit()


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in POSITIVES.items() for text in texts]
)
def test_churn_threats_fire(detector, lang, text):
    assert detector.churn_risk(text, lang), text
    assert detector.reasons(text, lang)["churn_risk"].startswith('"')


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in HARD_NEGATIVES.items() for text in texts]
)
def test_hard_negatives_do_not_fire(detector, lang, text):
    assert not detector.churn_risk(text, lang), text
    assert "churn_risk" not in detector.reasons(text, lang)


def test_every_language_has_enough_cases():
    for lang in POSITIVES:
        assert len(POSITIVES[lang]) >= 4 and len(HARD_NEGATIVES[lang]) >= 3, lang


def test_giving_up_all_purchases_is_churn_but_one_purchase_is_not(detector):
    assert detector.churn_risk("Rezygnuję z zakupów w tym sklepie.", "pl")
    assert not detector.churn_risk("Rezygnuję z zakupu tego telewizora.", "pl")


# Leaving without the word "cancel": not renewing, going elsewhere, a final bill,
# unsubscribing. Comparisons of prices with other shops are not threats.
LEAVING_QUIETLY = {
    "pl": [
        "Nie przedłużę abonamentu, który kończy się w czerwcu.",
        "Kolejne zakupy będę robić gdzie indziej.",
    ],
    "cs": ["Předplatné už neprodloužím.", "Příště nakoupím jinde."],
    "sk": ["Licenciu nebudeme predlžovať.", "Žiadam zastavenie inkasa a konečné vyúčtovanie."],
    "ru": [
        "Подписку продлевать не буду, отписываюсь.",
        "Мы уже переносим данные в другую систему.",
    ],
    "uk": ["Ліцензію ми не продовжимо.", "Наступного разу піду в іншу клініку."],
    "en": ["We won't renew the contract in May.", "From now on I'll be shopping elsewhere."],
    "de": [
        "Den Vertrag werde ich nicht verlängern.",
        "Ab jetzt bestelle ich meine Medikamente woanders.",
    ],
}
PRICE_COMPARISONS = {
    "pl": "Za drogo, w innym sklepie ten sam fotel jest tańszy.",
    "cs": "Předražené, jinde to mají levněji.",
    "sk": "Drahé, inde je to lacnejšie.",
    "ru": "Дорого, в другом магазине дешевле, чем у вас.",
    "uk": "Ціна трохи нижча, ніж у конкурентів, рекомендую.",
    "en": "Pricey, the same kettle is cheaper elsewhere.",
    "de": "Zu teuer, woanders kostet der Wasserkocher weniger.",
}


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in LEAVING_QUIETLY.items() for text in texts]
)
def test_leaving_without_cancelling_fires(detector, lang, text):
    assert detector.churn_risk(text, lang), text


@pytest.mark.parametrize(("lang", "text"), sorted(PRICE_COMPARISONS.items()))
def test_price_comparisons_are_not_churn(detector, lang, text):
    assert not detector.churn_risk(text, lang), text


# pl, cs, sk: implicit goodbyes, looking for a new provider, ultimatums with "you can count
# me out", and ending a contract; hard negatives: maternity leave or retirement, giving up
# one seat or booking, "I wanted to leave but it was solved", "gladly renew".
WEST_SLAVIC_CHURN = {
    "pl": [
        "Na mnie w przyszłym roku już nie liczcie.",
        "Szukamy właśnie nowego dostawcy internetu dla biura.",
        "Od jutra zamawiam kawę bezpośrednio w palarni, bez Waszego pośrednictwa.",
        "Pakuję manatki, wystarczy mi tych przygód z Waszą siecią.",
        "Od dziś możecie mnie nazywać byłym klientem.",
        "Więcej już z Wami nie pojadę.",
        "Chciałbym zrezygnować z abonamentu telewizyjnego.",
    ],
    "cs": [
        "S vámi už nepojedu, ani zadarmo.",
        "Na příští rok s námi nepočítejte.",
        "Hledáme nějakou spolehlivou pojišťovnu, tahle nás zklamala.",
        "Až doběhne smlouva, mizím.",
        "Příště si boty koupím v obchodě naproti.",
        "Smlouvu na úklid kanceláří ukončujeme ke konci čtvrtletí.",
    ],
    "sk": [
        "So mnou na budúci rok nerátajte.",
        "Hľadáme poriadnu poisťovňu, s tou vašou sme skončili.",
        "Od jesene skúsime iný rezervačný systém.",
        "Tak sa majte, bolo to s vami fajn, kým ste nezdražili.",
        "Vašu vernostnú kartu si pokojne nechajte.",
        "Tento rok si permanentku u vás nekúpim.",
    ],
}
WEST_SLAVIC_NOT_CHURN = {
    "pl": [
        "Odchodzę na emeryturę, proszę o zmianę adresu korespondencyjnego.",
        "Rezygnuję z miejsca przy oknie, wezmę to przy przejściu.",
        "Chętnie przedłużę umowę, jeśli dostanę rabat.",
        "Myślałem, że odejdę do konkurencji, ale doradca wszystko wyjaśnił i zostaję.",
    ],
    "cs": [
        "Chtěl jsem odejít ke konkurenci, ale technik vše vyřešil, zůstávám.",
        "Dala jsem výpověď z nájmu, takže potřebuji převést elektřinu na novou adresu.",
        "Odcházím na mateřskou, můžu si pozastavit splátky?",
    ],
    "sk": [
        "Odchádzam na materskú, ale účet si nechávam.",
        "Rezerváciu na piatok ruším, presuňte ju prosím na sobotu.",
        "Naposledy som u vás bola pred dvoma rokmi a bolo to super.",
    ],
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [(lang, text) for lang, texts in WEST_SLAVIC_CHURN.items() for text in texts],
)
def test_west_slavic_implicit_churn_fires(detector, lang, text):
    assert detector.churn_risk(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [(lang, text) for lang, texts in WEST_SLAVIC_NOT_CHURN.items() for text in texts],
)
def test_west_slavic_hard_negatives_do_not_fire(detector, lang, text):
    assert not detector.churn_risk(text, lang), text


# Russian and Ukrainian phrasings of leaving without the classic verbs: ending the
# cooperation, "from now on I order at «X»", "I'd rather pay more elsewhere", looking at
# other providers, porting paperwork already filed, "we'll manage without you". The
# hard negatives are churn words that are not churn: switching to e-bills, an app deleted
# by accident, "I nearly cancelled but stay", a returning customer, one of two contracts.
EAST_SLAVIC_LEAVING = [
    ("ru", "Всё, прекращаем сотрудничество, грузы со следующего месяца возит другой перевозчик."),
    ("ru", "Отныне буду бронировать отели через «Путник», у вас одни накладки."),
    ("ru", "Лучше доплачу и куплю в соседнем городе, чем снова ждать вашу доставку."),
    ("ru", "Теперь я знаю, каким курьером не стоит пользоваться."),
    ("ru", "Дальше уж как-нибудь без вас справимся."),
    ("ru", "Поищу салон, где мастера приходят вовремя."),
    ("ru", "Заявление на перенос номера уже подал, ждите."),
    ("ru", "Абонемент можете аннулировать, ваши услуги мне больше не нужны."),
    ("uk", "Відтепер замовлятиму піцу тільки в «Смаколиках»."),
    ("uk", "Краще переплачу, ніж знову чекатиму на ваших кур'єрів."),
    ("uk", "Далі якось обійдемося без вас."),
    ("uk", "Уже порівнюю тарифи інших провайдерів."),
    ("uk", "З понеділка наша компанія працює з іншим постачальником."),
    ("uk", "Пошукаю перукарню, де вміють слухати клієнта."),
]
EAST_SLAVIC_NOT_LEAVING = [
    ("ru", "Перехожу на электронные квитанции, бумажные больше не присылайте."),
    ("ru", "Случайно удалил приложение, подскажите, как восстановить доступ."),
    ("ru", "Я уже хотела расторгнуть договор, но менеджер всё решил, так что остаюсь с вами."),
    ("ru", "Последний заказ пришёл холодным, но обычно всё отлично."),
    ("ru", "Год назад ушла от вас к конкуренту, а теперь вернулась и довольна."),
    ("uk", "Переходжу на електронні рахунки, паперові більше не потрібні."),
    ("uk", "Випадково видалила застосунок, як тепер відновити вхід?"),
    ("uk", "Хотіла вже розірвати договір, але оператор усе виправив, тож залишаюся з вами."),
    ("uk", "Колись пішов від вас до конкурента, але повернувся і не шкодую."),
    ("uk", "Розірвіть договір на дачу, мій основний договір залишається."),
]


@pytest.mark.parametrize(("lang", "text"), EAST_SLAVIC_LEAVING)
def test_east_slavic_leaving_phrasings_fire(detector, lang, text):
    assert detector.churn_risk(text, lang), text


@pytest.mark.parametrize(("lang", "text"), EAST_SLAVIC_NOT_LEAVING)
def test_east_slavic_churn_words_that_are_not_churn(detector, lang, text):
    assert not detector.churn_risk(text, lang), text


# English and German phrasing families beyond the obvious "I cancel": terminating a
# named contract, notice in the post, money moved out, renewal refused, "I'm done",
# an ultimatum, asking around for another provider; and their look-alikes.
EN_DE_CHURN = {
    "en": [
        "Please terminate our fleet insurance contract at the end of the term.",
        "My notice is already in the post, so expect it on Monday.",
        "We've started moving our savings elsewhere, one account at a time.",
        "Don't bother with the renewal offer, the decision is made.",
        "Next winter we'll just drive instead of sitting in your airport again.",
        "Third outage this month. I'm done.",
        "Your support team has convinced me to try a different bank.",
        "Anyone got recommendations for a reliable broadband provider? Mine is hopeless.",
    ],
    "de": [
        "Bitte lösen Sie mein Tagesgeldkonto zum Monatsende auf.",
        "Hab mir schon Angebote von anderen Stromanbietern geholt.",
        "Ich schaue mich gerade nach einem neuen Mobilfunkanbieter um.",
        "Ab sofort tanke ich bei der freien Tankstelle nebenan.",
        "Noch so eine Panne und wir nehmen künftig den Fernbus.",
        "Die Verlängerung wird es von unserer Seite nicht geben.",
        "Eure Treuepunkte könnt ihr gern behalten.",
    ],
}
EN_DE_NOT_CHURN = {
    "en": [
        "Please unsubscribe me from your marketing emails, I still love the shop.",
        "I once swore I'd never shop here again, but you turned it around.",
        "Could you cancel the booking for Friday? We'll rebook next week.",
        "I couldn't find this colour anywhere elsewhere, so happy!",
        "Just finished the setup, we're done here, thanks!",
    ],
    "de": [
        "Das Zusatzpaket habe ich gekündigt, mein Hauptvertrag soll aber weiterlaufen.",
        "Ich hatte mir vorgenommen, nie wieder mit euch zu fliegen, aber der Service war super.",
        "Letztes Mal lief alles glatt, diesmal fehlt ein Teil.",
        "Mein Bruder ist zu einem anderen Anbieter gewechselt und reumütig zurückgekommen.",
    ],
}


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in EN_DE_CHURN.items() for text in texts]
)
def test_en_de_churn_families_fire(detector, lang, text):
    assert detector.churn_risk(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in EN_DE_NOT_CHURN.items() for text in texts]
)
def test_en_de_look_alikes_are_not_churn(detector, lang, text):
    assert not detector.churn_risk(text, lang), text
