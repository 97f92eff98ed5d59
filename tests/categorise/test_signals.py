"""Tests of effort signals and churn risk in the seven languages."""

from __future__ import annotations

import pytest

from vocmine.categorise import SignalDetector, fold_text, load_taxonomy

TAXONOMY = load_taxonomy()


@pytest.fixture(scope="module")
def detector() -> SignalDetector:
    return SignalDetector().fit()


SEED_CASES = [
    pytest.param(s.key, lang, text, id=f"{s.key}-{lang}-{i}")
    for s in TAXONOMY.effort_signals
    for lang, rules in s.lang.items()
    for i, text in enumerate(rules.examples)
]


@pytest.mark.parametrize(("key", "lang", "text"), SEED_CASES)
def test_every_signal_seed_is_detected_with_and_without_diacritics(detector, key, lang, text):
    assert key in detector.effort_signals(text, lang)
    assert key in detector.effort_signals(fold_text(text), lang)


# Hand-written, worded differently from the seeds: (lang, text, expected signals).
NATIVE_CASES = [
    ("pl", "Od dwóch tygodni czekam na odpowiedź w sprawie reklamacji.", {"long_wait"}),
    ("pl", "Piszę po raz kolejny, bo nikt nie reaguje.", {"repeat_contact"}),
    (
        "pl",
        "Infolinia przekierowała mnie do oddziału, a oddział z powrotem na infolinię.",
        {"channel_switch"},
    ),
    ("pl", "nie da sie polaczyc z konsultantem, tylko automat", {"no_human"}),
    ("cs", "Čekám na vrácení peněz už měsíc.", {"long_wait"}),
    ("cs", "Píšu vám znovu, už potřetí.", {"repeat_contact"}),
    ("cs", "Přepojovali mě třikrát a nikdo nepomohl.", {"channel_switch"}),
    ("cs", "Jen automat, živý člověk nikde.", {"no_human"}),
    ("sk", "Čakám na vrátenie peňazí už mesiac.", {"long_wait"}),
    ("sk", "Volal som viackrát a stále nič.", {"repeat_contact"}),
    ("sk", "Poslali ma na pobočku, odtiaľ späť na linku.", {"channel_switch"}),
    ("sk", "Len automat, živý človek nikde.", {"no_human"}),
    ("ru", "Жду возврата денег уже месяц.", {"long_wait"}),
    ("ru", "Обращаюсь повторно, ответа нет.", {"repeat_contact"}),
    ("ru", "Меня перенаправили в другой отдел, а оттуда обратно.", {"channel_switch"}),
    ("ru", "Только робот, живого оператора не дождаться.", {"no_human"}),
    ("uk", "Чекаю на повернення грошей вже місяць.", {"long_wait"}),
    ("uk", "Звертаюся повторно, відповіді немає.", {"repeat_contact"}),
    ("uk", "Мене перенаправили в інший відділ, а звідти назад.", {"channel_switch"}),
    ("uk", "Тільки робот, живої людини не дочекатися.", {"no_human"}),
    ("en", "I've been waiting for a refund for two weeks.", {"long_wait"}),
    ("en", "I have emailed you three times about this.", {"repeat_contact"}),
    (
        "en",
        "The store sent me to the helpline and the helpline sent me back to the store.",
        {"channel_switch"},
    ),
    ("en", "Only an automated menu, no way to reach a human.", {"no_human"}),
    ("de", "Ich warte seit zwei Wochen auf meine Erstattung.", {"long_wait"}),
    ("de", "Ich habe schon dreimal angerufen.", {"repeat_contact"}),
    ("de", "Die Filiale hat mich an die Hotline verwiesen.", {"channel_switch"}),
    ("de", "Nur eine Bandansage, kein Mensch erreichbar.", {"no_human"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NATIVE_CASES)
def test_native_effort_signals(detector, lang, text, expected):
    assert expected <= set(detector.effort_signals(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Dziękuję za szybką pomoc, wszystko działa."),
        ("cs", "Děkuji, všechno funguje."),
        ("ru", "Спасибо, всё работает."),
        ("en", "They charged me twice for one order."),  # "twice" is not a repeat contact
        ("de", "Mir wurde zweimal abgebucht."),
        ("cs", "Boty jsou pohodlné."),  # "bota" (shoe) is not a bot
        ("ru", "Ботинки удобные."),
    ],
)
def test_no_effort_signal_in_plain_texts(detector, lang, text):
    assert detector.effort_signals(text, lang) == []


CHURN = [
    ("pl", "Wypowiadam umowę, mam dość.", True),
    ("pl", "Zmieniam operatora, to był ostatni raz.", True),
    ("pl", "nigdy wiecej nie zamowie w tym sklepie", True),
    ("pl", "Nie zamierzam rezygnować, chcę tylko zmienić pakiet.", False),
    ("pl", "Jestem z wami od lat i nie odejdę.", False),
    ("cs", "Ruším předplatné a jdu ke konkurenci.", True),
    ("cs", "uz nikdy si u vas nic nekoupim", True),
    ("cs", "Nikdy vás neopustím, jste nejlepší.", False),
    ("sk", "Odchádzam ku konkurencii.", True),
    ("sk", "Už nikdy u vás nenakúpim.", True),
    ("sk", "Neodídem, som spokojný.", False),
    ("ru", "Я ухожу к другому оператору.", True),
    ("ru", "Расторгаю договор с вами.", True),
    ("ru", "Я никогда от вас не уйду.", False),
    ("ru", "Не собираюсь уходить, просто вопрос.", False),
    ("uk", "Переходжу до іншого провайдера.", True),
    ("uk", "Розриваю договір.", True),
    ("uk", "Я ніколи від вас не піду.", False),
    ("en", "I'm cancelling my subscription.", True),
    ("en", "Never ordering from you again.", True),
    ("en", "I will never leave you guys!", False),
    ("en", "I'm not going to cancel, just asking.", False),
    ("de", "Ich kündige zum Monatsende.", True),
    ("de", "Nie wieder bestelle ich hier.", True),
    ("de", "Ich werde niemals kündigen.", False),
    ("de", "Kein Grund zu wechseln, alles super.", False),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CHURN)
def test_churn_risk(detector, lang, text, expected):
    assert detector.churn_risk(text, lang) is expected


def test_churn_without_diacritics_and_unknown_language(detector):
    assert detector.churn_risk(fold_text("Rezygnuję z usług."), "pl")
    assert detector.churn_risk("Ich kündige.", None)
    assert detector.churn_risk("Ruším smlouvu.", "sk")  # cs text tagged as Slovak


def test_unfitted_detector_raises():
    with pytest.raises(RuntimeError, match="fit"):
        SignalDetector().effort_signals("x", "en")
    with pytest.raises(RuntimeError, match="fit"):
        SignalDetector().churn_risk("x", "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # An ordinal ("third time") is a repeat contact only next to a contact verb.
        ("pl", "Trzeci raz w tym miesiącu awaria internetu."),
        ("cs", "Už potřetí tento měsíc vypadl proud."),
        ("sk", "Už tretíkrát tento mesiac vypadol internet."),
        ("ru", "Тарифы подняли в третий раз за год."),
        ("uk", "Вже втретє за рік підняли ціни."),
        ("en", "The zip broke the second time I used the bag."),
        ("de", "Schon wieder ein Netzausfall."),
    ],
)
def test_a_repeated_problem_is_not_a_repeat_contact(detector, lang, text):
    assert "repeat_contact" not in detector.effort_signals(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Po raz trzeci piszę w sprawie tej samej faktury."),
        ("cs", "Potřetí vám píšu kvůli stejné faktuře."),
        ("sk", "Tretíkrát vám píšem kvôli tej istej faktúre."),
        ("ru", "Третий раз пишу вам по поводу одного и того же счета."),
        ("uk", "Втретє пишу вам щодо того самого рахунку."),
        ("en", "This is my third email about the same invoice."),
        ("de", "Das ist meine dritte E-Mail wegen derselben Rechnung."),
    ],
)
def test_an_ordinal_next_to_a_contact_verb_is_a_repeat_contact(detector, lang, text):
    assert "repeat_contact" in detector.effort_signals(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Seit zwei Tagen kein Internet.", False),  # an outage, not a wait
        ("de", "Seit zwei Wochen warte ich auf eine Antwort.", True),
        ("en", "Emailed support nine days ago and nothing since.", True),
        ("cs", "Zaplatil jsem, podal reklamaci a dodnes nic.", True),
        ("ru", "Доставка заняла почти месяц.", True),
    ],
)
def test_long_wait_edges(detector, lang, text, expected):
    assert ("long_wait" in detector.effort_signals(text, lang)) is expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Przenoszę numer do innej sieci."),
        ("sk", "Pri takých cenách prechádzam inam."),
        ("ru", "Больше у вас ничего не закажу."),
        ("uk", "Більше у вас не замовлятиму."),
        ("uk", "Шукатиму іншого постачальника."),
        ("en", "I'm done, switching providers."),
        ("en", "Seriously considering moving my accounts elsewhere."),
    ],
)
def test_more_ways_to_threaten_leaving(detector, lang, text):
    assert detector.churn_risk(text, lang)


def test_effort_and_churn_come_from_one_pass_with_the_same_answers(detector):
    text = "Dzwoniłem trzy razy, czekam od miesiąca. Rezygnuję."
    effort, churn = detector.effort_signals(text, "pl"), detector.churn_risk(text, "pl")
    fresh = SignalDetector().fit()
    assert fresh.churn_risk(text, "pl") is churn and churn
    assert fresh.effort_signals(text, "pl") == effort
    assert {"repeat_contact", "long_wait"} <= set(effort)
    assert "__churn__" not in detector.signal_scores(text, "pl")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a duration of ten minutes or more (or any hours) next to a queue or wait word
        ("pl", "Kolejka do kasy na 25 minut, a obsługiwała jedna osoba.", True),
        ("cs", "Byl jsem objednaný na osmou, na řadu jsem šel až po hodině a půl.", True),
        ("sk", "V čakárni sme sedeli tri hodiny.", True),
        ("ru", "Очереди на подъёмник по 40 минут.", True),
        ("uk", "Простояла в черзі пів години.", True),
        ("en", "Queueing 40+ minutes for the gondola every morning.", True),
        ("de", "Trotz Termin saßen wir fast 1,5 Stunden im Wartezimmer.", True),
        # a short wait, or a duration without waiting, is none
        ("sk", "V čakárni som bola päť minút a hneď ma vzali.", False),
        ("en", "The massage lasted 90 minutes and was lovely.", False),
        ("de", "Die Fahrt dauert zwei Stunden.", False),
    ],
)
def test_a_wait_with_its_duration(detector, lang, text, expected):
    assert ("long_wait" in detector.effort_signals(text, lang)) is expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a count of contacts within a few words of a contact verb, either order
        ("pl", "Dzwoniłam w sumie pięć razy i nic.", True),
        ("cs", "Během března jsem se třikrát e-mailem ptal, jestli něco nechybí.", True),
        ("sk", "Nahlásil som to cez formulár, potom ešte štyrikrát.", True),
        ("ru", "Zvonili v vashu dispetcherskuyu 4 raza.", True),
        ("uk", "Dzvonyla 2 razy, skazaly pereustanovyty.", True),
        ("en", "I had to ring twice to rebook.", True),
        ("en", "I am writing for the third time about this fault.", True),
        ("de", "Hab zwischendurch 5x angerufen.", True),
        # a count without a contact, or a contact without a count, is none
        ("pl", "Karnet na dwa razy w tygodniu, super trenerzy.", False),
        ("de", "Ich habe gestern angerufen.", False),
    ],
)
def test_a_contact_with_its_count(detector, lang, text, expected):
    assert ("repeat_contact" in detector.effort_signals(text, lang)) is expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # negated, almost-left, a tariff switch within the company, an announcement
        ("pl", "Proszę anulować to jedno pudełko, z subskrypcji nie rezygnuję."),
        ("pl", "Przechodzę na tańszy abonament od przyszłego miesiąca."),
        ("cs", "Po roce přecházím na flexi tarif, víc tam stejně nejsem."),
        ("sk", "Od marca prechádzam na lacnejší program."),
        ("ru", "В марте я была готова не продлевать абонемент, но тренер всё исправил."),
        ("uk", "Я вже натиснув «Скасувати підписку», але підтримка допомогла."),
        ("en", "I was about to cancel, but your team fixed it in a day."),
        (
            "de",
            "Ich war kurz davor, den Servicevertrag zu kündigen. Ich bin froh, dass ich es nicht getan habe.",
        ),
        ("de", "Die angekündigte Preiserhöhung kam pünktlich."),
    ],
)
def test_churn_words_that_are_no_churn(detector, lang, text):
    assert not detector.churn_risk(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Rezygnuję z usług od przyszłego miesiąca."),
        ("de", "Ich kündige hiermit meinen Vertrag."),
        ("cs", "Přecházím ke konkurenci."),
    ],
)
def test_churn_still_found_next_to_the_new_exclusions(detector, lang, text):
    assert detector.churn_risk(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an hour or more taken, or a delivery that came hours later
        ("pl", "Wydanie samochodu z wypożyczalni trwało prawie dwie godziny.", True),
        ("cs", "Odbavení na letišti trvalo skoro dvě hodiny.", True),
        ("sk", "Výdaj kľúčov trval hodinu, v recepcii bol jeden človek.", True),
        ("ru", "Оформление возврата заняло почти два часа.", True),
        ("uk", "Обід привезли холодним через дві години.", True),
        ("en", "Check-out took nearly two hours because the system was down.", True),
        ("de", "Die Rückgabe des Mietwagens hat fast zwei Stunden gedauert.", True),
        # longer than promised
        ("pl", "Mieli zrobić w tydzień, a szafa przyszła po sześciu tygodniach.", True),
        ("cs", "Kuchyň jsme měli 9 týdnů místo slíbených čtyř.", True),
        ("sk", "Oprava trvala 5 týždňov namiesto sľúbených dvoch.", True),
        ("ru", "Обещали неделю, а по факту отдали через месяц.", True),
        ("uk", "Обіцяли три дні, а забрав через два тижні.", True),
        ("en", "They quoted four weeks and it arrived after eleven.", True),
        ("de", "Es hieß zwei Wochen, geliefert wurde erst nach sechs Wochen.", True),
        # a service that lasts an hour is no wait; nor is news that came hours after
        ("pl", "Wizyta trwała godzinę, lekarka wszystko dokładnie wyjaśniła.", False),
        ("cs", "Masáž trvala hodinu a byla skvělá.", False),
        ("ru", "Операция длилась почти три часа, врачи молодцы.", False),
        ("uk", "Сповіщення прийшло через дві години після відключення.", False),
        ("en", "The consultation took an hour and was very thorough.", False),
        ("de", "Die Behandlung hat gut eine Stunde gedauert, sehr angenehm.", False),
        ("en", "Installation took only 40 minutes.", False),
    ],
)
def test_an_hour_taken_or_a_wait_longer_than_promised(detector, lang, text, expected):
    assert ("long_wait" in detector.effort_signals(text, lang)) is expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the customer says they contacted the company before about the same matter
        ("pl", "Już pisałam do Państwa w tej sprawie dwa tygodnie temu.", True),
        ("cs", "Volala jsem vám už v pondělí a nikdo se neozval.", True),
        ("sk", "Už som to reklamoval minulý mesiac.", True),
        ("ru", "Я уже обращался к вам по этому поводу в марте.", True),
        ("uk", "Я вже писала вам щодо цього рахунку.", True),
        ("en", "I emailed you on the 12th and nobody answered.", True),
        ("en", "Further to my previous email, the parcel is still missing.", True),
        ("de", "Ich habe mich bereits letzte Woche bei Ihnen gemeldet.", True),
        ("de", "Bezüglich meiner Mail vom 3. März: es hat sich nichts getan.", True),
        # "as I already wrote" refers to the same message; someone else's contact is none
        ("pl", "Jak już pisałam, obsługa jest świetna.", False),
        ("cs", "Jak jsem už psal, hotel je krásný.", False),
        ("ru", "Как я уже писала, еда отличная.", False),
        ("uk", "Як я вже писав, персонал привітний.", False),
        ("en", "As I already said, the room was lovely.", False),
        ("pl", "Ktoś już napisał, że parking jest płatny.", False),
    ],
)
def test_a_contact_made_before(detector, lang, text, expected):
    assert ("repeat_contact" in detector.effort_signals(text, lang)) is expected


@pytest.mark.parametrize(
    ("detected", "text"),
    [
        ("sk", "uzhe nedelyu ne rabotaet internet, zvonil 3 raza, nikto ne priehal"),
        ("pl", "vzhe tyzhden ne pratsyuye, dzvonyla 2 razy i nichogo"),
    ],
)
def test_transliterated_russian_and_ukrainian_read_as_west_slavic_keep_their_rules(
    detector, detected, text
):
    # the detector reads Latin-script Russian and Ukrainian as Polish, Czech or Slovak
    assert "repeat_contact" in detector.effort_signals(text, detected)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # one channel sends the customer to another, or says only another can help
        (
            "pl",
            "Na infolinii powiedzieli mi, że reklamację można złożyć tylko przez formularz.",
            True,
        ),
        ("cs", "Na pobočce mi řekli, že výpověď musím podat přes aplikaci.", True),
        ("sk", "V predajni mi povedali, že reklamáciu rieši iba e-mail.", True),
        ("ru", "В банке сказали, что это решается только через приложение.", True),
        ("uk", "У відділенні сказали, що це можна зробити тільки через застосунок.", True),
        ("en", "I was told refunds can only be handled by email.", True),
        ("en", "The app tells me to call the fraud team.", True),
        ("de", "Die Hotline hat mich in den Chat geschickt.", True),
        ("de", "Im Chat hieß es, dass man das nur über die Hotline ändern kann.", True),
        # colloquial Czech "sem" is "jsem": "I sent you a message" is no switch
        ("cs", "Poslal sem vám zprávu do zpráv.", False),
        ("en", "They asked me to email a copy of my ID.", False),
    ],
)
def test_sent_to_another_channel(detector, lang, text, expected):
    assert ("channel_switch" in detector.effort_signals(text, lang)) is expected
