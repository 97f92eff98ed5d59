"""The customer's own text: quoted replies, signatures, greetings and agent turns are dropped."""

from __future__ import annotations

import pytest

from vocmine.lang import LANGUAGES
from vocmine.nlp.customer_text import customer_text, split_customer_text

QUOTED = [
    pytest.param(
        "Dzień dobry,\nPaczka nie dotarła, czekam od dwóch tygodni.\n\n"
        "W dniu 12.03.2026 o 10:15 Sklep <[EMAIL]> napisał(a):\n"
        "> Dziękujemy, wszystko jest wspaniale!",
        "Paczka nie dotarła, czekam od dwóch tygodni.",
        id="pl-w-dniu",
    ),
    pytest.param(
        "Still no refund.\nOn Mon, 2 Mar 2026 at 10:15, Support <[EMAIL]> wrote:\n"
        "> We are delighted to help!",
        "Still no refund.",
        id="en-on-wrote",
    ),
    pytest.param(
        "Die Lieferung fehlt immer noch.\nAm 02.03.2026 um 10:15 schrieb Service <[EMAIL]>:\n"
        "> Vielen Dank, alles bestens!",
        "Die Lieferung fehlt immer noch.",
        id="de-am-schrieb",
    ),
    pytest.param(
        "Zásilka nepřišla.\nDne 2. 3. 2026 v 10:15 Obchod napsal(a):\n> Děkujeme, vše je v pořádku!",
        "Zásilka nepřišla.",
        id="cs-dne-napsal",
    ),
    pytest.param(
        "Zásielka neprišla.\nDňa 2. 3. 2026 o 10:15 Obchod napísal(a):\n> Ďakujeme, všetko je super!",
        "Zásielka neprišla.",
        id="sk-dna-napisal",
    ),
    pytest.param(
        "Жду возврат уже месяц.\nОт: Магазин <[EMAIL]>\nОтправлено: 12 марта 2026 г.\n"
        "Тема: Ваш заказ\nСпасибо, мы очень рады!",
        "Жду возврат уже месяц.",
        id="ru-ot-otpravleno",
    ),
    pytest.param(
        "Гроші досі не повернули.\nВід: Магазин <[EMAIL]>\nНадіслано: 12 березня\n"
        "Дякуємо, ми дуже раді!",
        "Гроші досі не повернули.",
        id="uk-vid-nadislano",
    ),
    pytest.param(
        "I want my money back.\n-----Original Message-----\nFrom: Support\nSent: Monday\n"
        "Thank you, wonderful!",
        "I want my money back.",
        id="en-original-message",
    ),
    pytest.param(
        "Nadal nic.\n> Dziękujemy za cierpliwość\n> Pozdrawiamy serdecznie\nCzekam dalej.",
        "Nadal nic.\nCzekam dalej.",
        id="quoted-lines",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_quoted_replies_are_dropped(text, expected):
    assert customer_text(text) == expected


SIGNED = [
    pytest.param(
        "Dzień dobry,\nProszę o zwrot pieniędzy.\nPozdrawiam,\nJan Kowalski\ntel. [PHONE]",
        "Proszę o zwrot pieniędzy.",
        id="pl",
    ),
    pytest.param(
        "Dobrý den,\nreklamuji poškozené zboží.\nS pozdravem\nJan Novák",
        "reklamuji poškozené zboží.",
        id="cs",
    ),
    pytest.param(
        "Dobrý deň,\nreklamujem poškodený tovar.\nS pozdravom\nJán Novák",
        "reklamujem poškodený tovar.",
        id="sk",
    ),
    pytest.param(
        "Здравствуйте!\nТовар пришёл разбитым.\nС уважением,\nИван",
        "Товар пришёл разбитым.",
        id="ru",
    ),
    pytest.param(
        "Добрий день!\nТовар прийшов розбитим.\nЗ повагою,\nОксана",
        "Товар прийшов розбитим.",
        id="uk",
    ),
    pytest.param(
        "Hello,\nThe item arrived broken.\nKind regards,\nJohn Smith",
        "The item arrived broken.",
        id="en",
    ),
    pytest.param(
        "Sehr geehrte Damen und Herren,\nder Artikel kam kaputt an.\nMit freundlichen Grüßen\nAnna Müller",
        "der Artikel kam kaputt an.",
        id="de",
    ),
    pytest.param("Hallo,\nwo bleibt mein Paket?\nLG\nAnna", "wo bleibt mein Paket?", id="de-lg"),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED)
def test_greetings_and_signatures_are_dropped(text, expected):
    assert customer_text(text) == expected


def test_a_closing_followed_by_more_complaint_is_not_a_signature():
    text = (
        "Pozdrawiam\n"
        "i nadal czekam na odpowiedź, bo od trzech tygodni nikt się do mnie nie odezwał w tej sprawie."
    )
    assert customer_text(text) == text
    lg_tv = "LG telewizor przestał działać po tygodniu\nproszę o naprawę"
    assert customer_text(lg_tv) == lg_tv  # the brand, not "Liebe Grüße"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Konsultant: Dzień dobry, w czym mogę pomóc? Świetnie, że Pan pisze!\n"
            "Klient: Router nie działa od tygodnia.\n"
            "Bot: Dziękujemy za cierpliwość!\n"
            "Klient: Rezygnuję.",
            "Router nie działa od tygodnia.\nRezygnuję.",
            id="pl",
        ),
        pytest.param(
            "[10:15] Agent: Happy to help, have a wonderful day!\n"
            "[10:16] Customer: My order never arrived.\n"
            "and nobody answers",
            "My order never arrived.\nand nobody answers",
            id="en-timestamps",
        ),
        pytest.param(
            "Оператор: Спасибо за обращение, отличного дня!\nКлиент: Деньги так и не вернули.",
            "Деньги так и не вернули.",
            id="ru",
        ),
        pytest.param(
            "Operátor: Děkujeme, přejeme krásný den!\nZákazník: Peníze jsem nedostal.",
            "Peníze jsem nedostal.",
            id="cs",
        ),
        pytest.param(
            "Klient: Termostat nie chce się sparować.\n"
            "Konsultant [NAME]: Proszę przytrzymać przycisk z tyłu, super!\n"
            "Klient: Nadal nie działa.",
            "Termostat nie chce się sparować.\nNadal nie działa.",
            id="pl-redacted-agent-name",
        ),
    ],
)
def test_agent_and_bot_turns_of_a_transcript_are_dropped(text, expected):
    assert customer_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "[10:02] Klient: Czy mogę zabrać rower?\n"
            "[10:04] Konsultantka Ola: Tak, miejsce kosztuje 19 zł.\n"
            "[10:05] Klient: A jeśli oba miejsca będą zajęte?\n"
            "[10:06] Konsultantka Ola: Wtedy system nie pozwoli dokupić.",
            "Czy mogę zabrać rower?\nA jeśli oba miejsca będą zajęte?",
            id="pl-named-agent",
        ),
        pytest.param(
            "Customer: I was charged a cancellation fee\n"
            "Agent (Zippy Assistant): Hi! I can help with lost items.\n"
            "Customer: none of those. I want a human\n"
            "Agent (Zippy Assistant): Would you like to rate your experience?",
            "I was charged a cancellation fee\nnone of those. I want a human",
            id="en-parenthesis",
        ),
        pytest.param(
            "Zákazníčka: Rám prišiel poškodený.\n"
            "Rámovanie Lipa – [NAME]: Mrzí nás to, pošleme nový.\n"
            "Zákazníčka: Ďakujem, ale už druhýkrát.\n"
            "Rámovanie Lipa – [NAME]: Rozumiem.",
            "Rám prišiel poškodený.\nĎakujem, ale už druhýkrát.",
            id="sk-brand-and-redacted-name",
        ),
        pytest.param(
            "Kunde: Hallo, die App stürzt ab.\n"
            "[NAME] (Chatbot): Bitte starte die App neu.\n"
            "Kunde: Schon dreimal gemacht.\n"
            "[NAME] (Chatbot): Kann ich sonst noch helfen?",
            "Hallo, die App stürzt ab.\nSchon dreimal gemacht.",
            id="de-redacted-bot",
        ),
    ],
)
def test_other_speakers_beside_a_known_customer_label_are_the_company(text, expected):
    assert customer_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nutzer: Login geht nicht.\nAssistent: Bitte neu laden.\nNutzer: Geht trotzdem nicht.\n"
            "Assistent: Hier ist die Anleitung.",
            "Login geht nicht.\nGeht trotzdem nicht.",
        ),
        (
            "[21:14] Użytkownik: nie mogę się zalogować\n[21:16] Wsparcie – Kuba: Spokojnie!\n"
            "[21:17] Użytkownik: nadal nic\n[21:18] Wsparcie – Kuba: Proszę spróbować jeszcze raz.",
            "nie mogę się zalogować\nnadal nic",
        ),
        (
            "Пользователь: не приходит код\nОператор: Проверьте спам.\nПользователь: нет там ничего",
            "не приходит код\nнет там ничего",
        ),
    ],
)
def test_users_are_customers(text, expected):
    assert customer_text(text) == expected


def test_an_unlisted_label_seen_once_or_without_a_customer_label_is_kept():
    # one "Problem:" line inside the customer's turn is no speaker
    text = "Klient: Mam dwa problemy.\nProblem: aplikacja się zawiesza.\nKonsultant: Rozumiem."
    assert customer_text(text) == "Mam dwa problemy.\nProblem: aplikacja się zawiesza."
    # without a known customer label, unlisted labels decide nothing
    notes = "Plus: szybka dostawa\nMinus: drogo\nPlus: ładne opakowanie\nMinus: brak faktury"
    assert customer_text(notes) == notes
    # mail header fields are no speakers
    mail = "Klient: Faktura się nie zgadza.\nTemat: faktura\nKlient: Proszę.\nTemat: korekta"
    assert customer_text(mail) == mail  # no company turn: no transcript


def test_a_lone_speaker_word_is_not_a_transcript():
    text = "Operator: Orange\nInternet nie działa od tygodnia."
    assert customer_text(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Dzień dobry,",
        "Pozdrawiam,\nJan",
        "W dniu 12.03.2026 Sklep napisał(a):\n> Dziękujemy!",
        "Konsultant: Dzień dobry\nBot: Wybierz temat",
        "Paczka nie doszła.",
    ],
)
def test_never_empty_falls_back_to_the_input(text):
    result = split_customer_text(text)
    assert result.text == text
    assert result.fell_back == bool(result.dropped)


def test_dropped_parts_are_reported_with_reasons():
    result = split_customer_text(
        "Dzień dobry,\nNadal brak zwrotu.\nPozdrawiam,\nJan\n"
        "On Mon, 2 Mar 2026, Support wrote:\n> Great news!"
    )
    assert result.text == "Nadal brak zwrotu."
    assert [reason for reason, _ in result.dropped] == ["quote", "signature", "greeting"]
    assert "Great news!" in result.dropped[0][1]
    assert not result.fell_back


def test_plain_text_comes_back_unchanged():
    text = "Kurier zostawił paczkę pod drzwiami.\nKarton był mokry: wszystko zniszczone."
    assert customer_text(text) == text


FRAMES = {
    "pl": ("Witam serdecznie,", "Z poważaniem"),
    "cs": ("Dobrý den,", "S pozdravem"),
    "sk": ("Dobrý deň,", "S pozdravom"),
    "ru": ("Добрый день,", "С уважением,"),
    "uk": ("Доброго дня,", "З повагою,"),
    "en": ("Dear Sir or Madam,", "Best regards,"),
    "de": ("Guten Tag,", "Viele Grüße"),
}


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_every_language_greeting_and_closing_is_recognised(lang):
    greeting, closing = FRAMES[lang]
    text = f"{greeting}\nComplaint text here.\n{closing}\nJan"
    assert customer_text(text) == "Complaint text here."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Paczka doszła cała.\n\nZ wyrazami uznania\nlek. [NAME]",
            "Paczka doszła cała.\n\nZ wyrazami uznania",
            id="pl",
        ),
        pytest.param(
            "Budu Vás doporučovat.\n\nS vděkem\n[NAME]\na Vojtíšek (5 týdnů)",
            "Budu Vás doporučovat.\n\nS vděkem",
            id="cs",
        ),
        pytest.param(
            "Такі люди рідкість.\n\nЗ повагою та вдячністю,\n[NAME],\nстарша по будинку",
            "Такі люди рідкість.\n\nЗ повагою та вдячністю,",
            id="uk",
        ),
        pytest.param(
            "Is there a minimum term?\n\nThanks,\n[NAME]",
            "Is there a minimum term?\n\nThanks,",
            id="en",
        ),
    ],
)
def test_a_thanks_or_good_wishes_stays_and_the_name_under_it_goes(text, expected):
    # Words of thanks and good wishes are the customer's own: the sentiment heads read
    # them (a question signed "Thanks," is neutral). Only the name and contact lines go.
    assert customer_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Передайте благодарность бригаде.\n\n[NAME],\nдоговор № ЛС-50914, «Сеть Лайм»",
            "Передайте благодарность бригаде.",
        ),
        ("Sestru už jsem objednala.\n[NAME]\ntel. [PHONE]", "Sestru už jsem objednala."),
        ("Grüße an das Team.\n[NAME] & [NAME]\nMaple Cottage", "Grüße an das Team."),
    ],
)
def test_a_line_of_only_a_redacted_name_opens_a_signature(text, expected):
    assert customer_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a thanks that goes on is the customer's sentence, not a closing
        "Paczka nie doszła.\nDziękuję, że w końcu ktoś odpisał, ale nadal czekam.",
        "Pakket fehlt.\nDanke, dass Sie sich melden.",
        # a redacted name followed by a long complaint is no signature
        "Objednávka zrušena.\n[NAME]\nuž tři týdny čekám na vrácení peněz za objednávku, kterou jste zrušili bez udání důvodu.",
        # the first line is no signature, whatever it holds
        "[NAME]\nok",
    ],
)
def test_thanks_in_a_sentence_or_a_name_before_more_text_stays(text):
    assert customer_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Auto je v poriadku.\n\nV ut 9. 4. 2024 o 15:02 Karavan Servis <[EMAIL]> napísal(a):\n> Dobrý deň",
            "Auto je v poriadku.",
        ),
        (
            "Działa.\n\nwt., 9 kwi 2024 o 15:02 Serwis <[EMAIL]> napisał(a):\n> Dzień dobry",
            "Działa.",
        ),
        (
            "Funguje.\n\nV út 9. 4. 2024 v 15:02 Servis <[EMAIL]> napsal(a):\n> Dobrý den",
            "Funguje.",
        ),
    ],
)
def test_mail_client_quote_headers_with_a_date_are_cut(text, expected):
    assert customer_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "[21:03] FitPuls-Assistent: Hallo! Wie kann ich helfen?\n"
            "[21:03] Ich: seit dem update synchronisiert die uhr nicht\n"
            "[21:04] FitPuls-Assistent: Das tut mir leid!\n"
            "[21:04] Ich: ja, alles schon versucht",
            "seit dem update synchronisiert die uhr nicht\nja, alles schon versucht",
            id="de-ich-and-a-brand-assistant",
        ),
        pytest.param(
            "[09:02] Bot: Hi! How can I help today?\n"
            "[09:02] You: my account is locked\n"
            "[09:02] Bot: I can help with that!\n"
            "[09:03] You: human please",
            "my account is locked\nhuman please",
            id="en-you-and-bot",
        ),
        pytest.param(
            "09:31 – Sie: Muss ich den Gewinn versteuern?\n"
            "09:32 – Frau [NAME] (Kundenservice): Nein, das ist steuerfrei.\n"
            "09:33 – Sie: Super, danke.\n"
            "09:33 – Frau [NAME] (Kundenservice): Gern geschehen!",
            "Muss ich den Gewinn versteuern?\nSuper, danke.",
            id="de-time-dash-label",
        ),
        pytest.param(
            "Zákaznice (14:21): Dobrý den, máte volný stůl?\n"
            "Obsluha Kostka & Kafe (14:23): Dobrý den, ano, do šesti.\n"
            "Zákaznice (14:24): Jo, to by šlo.\n"
            "Obsluha Kostka & Kafe (14:26): Zapsáno!",
            "Dobrý den, máte volný stůl?\nJo, to by šlo.",
            id="cs-time-after-label",
        ),
        pytest.param(
            "Ви, 21:04: Добрий вечір, де моє замовлення?\n"
            "Підтримка «Друга полиця», 21:05: Вже в дорозі.\n"
            "Ви, 21:05: ок, дякую\n"
            "Підтримка «Друга полиця», 21:06: Гарного вечора!",
            "Добрий вечір, де моє замовлення?\nок, дякую",
            id="uk-comma-time",
        ),
        pytest.param(
            "Klient (8. 4. 10:14): Zamek się zaciął.\n"
            "Konsultant (10:16): Proszę spróbować kluczem.\n"
            "Klient [10:20]: Nie działa.",
            "Zamek się zaciął.\nNie działa.",
            id="pl-day-and-time",
        ),
    ],
)
def test_customer_pronoun_labels_and_time_stamps_after_labels(text, expected):
    assert customer_text(text) == expected


def test_a_named_customer_beside_a_listed_company_label_is_the_customer():
    text = (
        "Поддержка: Здравствуйте! Хотите отменить подписку?\n"
        "Алексей: Да, хотел отменить, дороговато\n"
        "Поддержка: Могу предложить годовой тариф.\n"
        "Алексей: О, тогда давайте годовой"
    )
    assert customer_text(text) == "Да, хотел отменить, дороговато\nО, тогда давайте годовой"
    # aspect lines of a review are no company turns
    review = "Jedzenie: pyszne\nObsługa: miła\nCena: wysoka\nObsługa: szybka"
    assert customer_text(review) == review
