"""Write the sample corpus in data/sample/ deterministically.

All texts are hand-written for this project (fictional retailer "Sklepik24"/
parcel service/telco-bank customers); nothing is copied from real data. Every
PII value is fake: example.com/example.org e-mails, made-up phone numbers, the
public Visa test card 4111 1111 1111 1111, an IBAN and a PESEL whose check
digits are computed below.

Run:  python scripts/make_sample_data.py   (rewrites data/sample/*)
"""

from __future__ import annotations

import csv
import io
import json
import random
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "sample"
END = datetime(2026, 11, 20, tzinfo=UTC)
SPAN_DAYS = 56  # eight weeks before END
RNG = random.Random(20261120)


def pesel_with_checksum(first10: str) -> str:
    """Return a PESEL: ``first10`` plus its check digit."""
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    total = sum(int(d) * w for d, w in zip(first10, weights, strict=True))
    return first10 + str((10 - total % 10) % 10)


def iban_with_checksum(country: str, bban: str) -> str:
    """Return an IBAN for ``bban`` with valid ISO 13616 check digits, grouped by 4."""
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(digits) % 97
    iban = f"{country}{check:02d}{bban}"
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


PESEL = pesel_with_checksum("8503141234")
IBAN = iban_with_checksum("PL", "109010140000071219812874")
CARD = "4111 1111 1111 1111"


def when(index: int) -> datetime:
    """Deterministic timestamp in the eight weeks before END, in office-ish hours."""
    day = RNG.randrange(SPAN_DAYS)
    minute = RNG.randrange(7 * 60, 22 * 60)
    return END - timedelta(days=SPAN_DAYS - day) + timedelta(minutes=minute + index % 3)


# --------------------------------------------------------------------------- reviews
# (lang, rating, product, text); lang "" = column left empty in the file
REVIEWS: list[tuple[str, int, str, str]] = [
    # Polish
    (
        "pl",
        1,
        "odkurzacz",
        "Przesyłka szła 9 dni zamiast 2. Nikt nie uprzedził o opóźnieniu, infolinia milczy.",
    ),
    (
        "pl",
        1,
        "czajnik",
        "Czajnik przyszedł z pękniętą obudową, karton cały zgnieciony. Kurier nawet nie zapukał, zostawił pod drzwiami.",
    ),
    (
        "pl",
        2,
        "słuchawki",
        "Zamówiłam czarne słuchawki, dostałam różowe. Reklamacja trwa już trzeci tydzień.",
    ),
    ("pl", 5, "blender", "Super szybka dostawa, blender działa świetnie. Polecam!"),
    (
        "pl",
        5,
        "kurtka",
        "Wszystko zgodnie z opisem, kurtka ciepła i dobrze uszyta. Kupię tu jeszcze nie raz 👍",
    ),
    (
        "pl",
        1,
        "telefon",
        "Pobrali mi pieniądze dwa razy za jedno zamówienie. Czekam na zwrot od 10 dni i cisza.",
    ),
    (
        "pl",
        2,
        "drukarka",
        "Drukarka drukuje krzywo, a w opisie nie było ani słowa, że nie obsługuje papieru A5.",
    ),
    (
        "pl",
        1,
        "pralka",
        "Konsultant na czacie był niemiły i rozłączył się w połowie rozmowy. Skandal.",
    ),
    (
        "pl",
        1,
        "karta SIM",
        "Czekałem 40 minut na infolinii, żeby usłyszeć, że mam napisać maila. Rezygnuję z usług.",
    ),
    (
        "pl",
        3,
        "torba",
        "Torba ok, ale cena wyższa niż u konkurencji o 30 zł. Nastepnym razem porownam ceny.",
    ),
    (
        "pl",
        1,
        "laptop",
        "zasilka nie doszla, status od tygodnia 'w drodze'. nikt nie odpisuje na maile",
    ),
    (
        "pl",
        2,
        "aplikacja",
        "Aplikacja wyrzuca błąd przy płatności BLIK, musiałem zamawiać przez stronę.",
    ),
    (
        "pl",
        1,
        "konto",
        "Zablokowali mi konto po zmianie hasła i od 3 dni nie mogę się zalogować. Zero pomocy.",
    ),
    ("pl", 4, "buty", "Buty wygodne, tylko rozmiarówka trochę zaniżona. Zwrot poszedł sprawnie."),
    (
        "pl",
        1,
        "ekspres",
        "Trzy razy musiałem powtarzać to samo zgłoszenie, za każdym razem inny konsultant. Odchodzę do konkurencji.",
    ),
    ("pl", 5, "rower", "Rower dotarł szybciej niż obiecali, pan kurier bardzo uprzejmy. Dziękuję!"),
    (
        "pl",
        2,
        "lampa",
        "Brak informacji jaki gwint ma żarówka, musiałem pytać na czacie. Opis produktu do poprawy.",
    ),
    ("pl", 1, "faktura", "Na fakturze błędny NIP i kwota, trzeci raz proszę o korektę."),
    ("pl", 3, "", "Czy da się zmienić adres dostawy po złożeniu zamówienia?"),
    (
        "pl",
        1,
        "zmywarka",
        "Kurier uszkodził zmywarkę przy wnoszeniu, a sklep każe mi spisywać protokół. Nigdy więcej.",
    ),
    ("pl", 5, "perfumy", "Piękne opakowanie, próbki gratis, obsługa na medal 🙂"),
    (
        "",
        1,
        "paczka",
        "Chatbot w kółko odsyła mnie do FAQ, nie ma jak porozmawiać z człowiekiem!!!",
    ),
    (
        "pl",
        2,
        "abonament",
        "Podnieśli cenę abonamentu bez uprzedzenia. Jeśli to się nie zmieni, wypowiem umowę.",
    ),
    (
        "pl",
        1,
        "zwrot",
        "Zwrot towaru odebrali miesiąc temu, pieniędzy dalej nie ma. Telefon 512 345 678, proszę o kontakt.",
    ),
    ("pl", 4, "monitor", "Monitor super, tylko dostawa dzień później niż podano."),
    # Czech
    (
        "cs",
        1,
        "vysavač",
        "Zásilka nepřišla ani po dvou týdnech, na infolince mě přepojovali čtyřikrát. Přecházím ke konkurenci.",
    ),
    ("cs", 2, "konvice", "Konvice dorazila poškozená, reklamace se táhne už měsíc."),
    ("cs", 5, "mixér", "Rychlé doručení, všechno v pořádku. Určitě objednám znovu."),
    (
        "cs",
        1,
        "telefon",
        "Strhli mi platbu dvakrát a peníze pořád nevrátili. Nikdo nereaguje na e-maily.",
    ),
    ("cs", 1, "", "zasilka neprisla, kuryr napsal ze jsem nebyl doma ale byl jsem doma celej den"),
    ("cs", 3, "bunda", "Bunda je hezká, ale cena oproti konkurenci dost přestřelená."),
    (
        "cs",
        1,
        "účet",
        "Po změně hesla mám zablokovaný účet a podpora mi už třetí den neodpověděla.",
    ),
    (
        "cs",
        2,
        "tiskárna",
        "V popisu chybí informace o kompatibilitě s Mac, zbytečně jsem ji kupoval.",
    ),
    ("cs", 5, "kolo", "Skvělý přístup, operátorka mi se vším ochotně poradila. Děkuji!"),
    (
        "cs",
        1,
        "aplikace",
        "Aplikace pořád padá při platbě kartou, objednávku jsem nakonec dokončil přes web.",
    ),
    ("cs", 2, "boty", "Poslali mi jinou velikost, než jsem objednal. Výměna trvá strašně dlouho."),
    (
        "cs",
        1,
        "operátor",
        "Čekal jsem na lince 35 minut a pak to spadlo. Takhle se se zákazníky nejedná.",
    ),
    ("cs", 4, "lampa", "Lampa pěkná, dodání o den později, ale bez problémů."),
    # Slovak
    ("sk", 1, "práčka", "Zásielka neprišla, kuriér tvrdí, že som si ju prevzal. Nič som nedostal!"),
    ("sk", 2, "slúchadlá", "Slúchadlá prestali fungovať po týždni, reklamácia ide pomaly."),
    ("sk", 5, "hrnček", "Všetko prišlo včas a pekne zabalené. Ďakujem, odporúčam."),
    ("sk", 1, "faktúra", "Dvakrát mi strhli peniaze za jednu objednávku. Ruším účet a idem inam."),
    ("sk", 1, "chat", "Chatbot ma stále posiela dookola, s človekom sa spojiť nedá."),
    ("sk", 3, "", "zasielka prisla ale chyba navod v slovencine, inak ok"),
    ("sk", 2, "tarif", "Zdražili paušál bez upozornenia, zvažujem zmenu operátora."),
    ("sk", 1, "podpora", "Operátor bol arogantný a skočil mi do reči. Nepríjemná skúsenosť."),
    # Russian
    ("ru", 1, "пылесос", "Заказ не пришёл, жду уже две недели. В поддержке отвечают шаблонами."),
    ("ru", 2, "чайник", "Чайник пришёл с трещиной, претензию приняли, но денег до сих пор нет."),
    ("ru", 5, "наушники", "Быстрая доставка, всё работает отлично. Спасибо!"),
    ("ru", 1, "карта", "Списали деньги два раза за один заказ. Если не вернут, расторгну договор."),
    ("ru", 1, "приложение", "Приложение вылетает при оплате, сайт тоже не грузится. Ужас."),
    (
        "ru",
        1,
        "оператор",
        "Висел на линии 50 минут, потом меня переключили на чат, а там бот. Зачем так издеваться над клиентами?",
    ),
    ("ru", 3, "куртка", "Куртка нормальная, но цена завышена по сравнению с другими магазинами."),
    ("ru", 2, "", "zakaz ne prishel, trek nomer ne rabotaet, pomogite"),
    ("ru", 1, "аккаунт", "Заблокировали аккаунт без объяснения причин, войти не могу уже неделю."),
    ("ru", 4, "монитор", "Монитор хороший, курьер вежливый, но доставку перенесли на день."),
    (
        "ru",
        1,
        "сотрудник",
        "Грубый сотрудник в пункте выдачи, накричал на меня. Больше сюда ни ногой.",
    ),
    # Ukrainian
    ("uk", 1, "пилосос", "Замовлення не прийшло, трек-номер не оновлюється вже тиждень."),
    ("uk", 2, "чайник", "Чайник прийшов пошкоджений, рекламацію розглядають дуже довго."),
    ("uk", 5, "навушники", "Дуже швидка доставка, все працює. Дякую! 🙏"),
    ("uk", 1, "рахунок", "Зняли гроші двічі за одне замовлення. Підтримка не відповідає."),
    ("uk", 1, "чат-бот", "Чат-бот не розуміє питання, а з оператором зв'язатися неможливо."),
    ("uk", 3, "", "Ціна вища, ніж в інших магазинах, але якість нормальна."),
    ("uk", 1, "тариф", "Підвищили тариф без попередження. Розірву договір, якщо так далі буде."),
    # English
    (
        "en",
        1,
        "vacuum",
        "Parcel never arrived and the tracking has said 'in transit' for 10 days. Nobody answers emails.",
    ),
    (
        "en",
        2,
        "kettle",
        "Kettle arrived with a cracked lid. The return process is a nightmare of forms.",
    ),
    ("en", 5, "headphones", "Fast delivery, great sound, friendly support. Would buy again!"),
    ("en", 1, "phone plan", "Charged twice for the same month. I'm cancelling my subscription."),
    (
        "en",
        1,
        "app",
        "The app logs me out every time I try to pay. Website checkout is broken too.",
    ),
    (
        "en",
        1,
        "hotline",
        "Waited 40 minutes on the hotline, then got disconnected. Had to repeat my request three times.",
    ),
    ("en", 3, "jacket", "Decent jacket but overpriced compared to other shops."),
    (
        "en",
        2,
        "printer",
        "No information on the product page about which cartridges fit. Had to ask support.",
    ),
    (
        "en",
        1,
        "account",
        "My account got locked after a password reset and support keeps sending me the same FAQ link.",
    ),
    ("en", 4, "monitor", "Good monitor, delivery was a day late but the courier called ahead."),
    ("en", 1, "staff", "The agent was rude and hung up on me. Unacceptable."),
    ("", 5, "", "Quick refund, no questions asked. Thanks a lot 😊"),
    # German
    (
        "de",
        1,
        "Staubsauger",
        "Das Paket ist nie angekommen, die Sendungsverfolgung zeigt seit einer Woche nichts Neues.",
    ),
    ("de", 2, "Wasserkocher", "Wasserkocher kam beschädigt an, die Reklamation dauert ewig."),
    ("de", 5, "Kopfhörer", "Schnelle Lieferung, alles bestens. Gerne wieder!"),
    (
        "de",
        1,
        "Tarif",
        "Doppelt abgebucht und keine Antwort vom Kundenservice. Ich kündige zum Monatsende.",
    ),
    ("de", 1, "App", "Die App stürzt beim Bezahlen ständig ab. Sehr ärgerlich."),
    ("de", 3, "Jacke", "Jacke ist okay, aber der Preis ist im Vergleich zu anderen Shops zu hoch."),
    (
        "de",
        1,
        "Hotline",
        "45 Minuten in der Warteschleife und dann wurde ich einfach rausgeworfen.",
    ),
    (
        "de",
        2,
        "Drucker",
        "In der Produktbeschreibung fehlt, dass kein WLAN dabei ist. Falsche Infos.",
    ),
    # mixed languages
    (
        "",
        1,
        "paczka",
        "Hello, zamówienie nr 55120 still not delivered, tracking says zugestellt but nothing here.",
    ),
    ("", 2, "", "Zásilka nepřišla, please help, I paid extra for express."),
    (
        "",
        1,
        "посылка",
        "Посилка не прийшла, а в поддержке говорят ждать ещё неделю. Скільки можна?",
    ),
]

REVIEWS += [
    # Polish
    (
        "pl",
        1,
        "kanapa",
        "Dostawa kanapy przełożona trzy razy, za każdym razem brałem wolne w pracy. Kompletny brak szacunku dla klienta.",
    ),
    (
        "pl",
        2,
        "smartwatch",
        "Zegarek traci zasięg z telefonem co godzinę. Wysłałem reklamację, odpisali, że to normalne.",
    ),
    (
        "pl",
        1,
        "internet",
        "Internet nie działa od piątku, technik ma przyjść dopiero za tydzień. Przechodzę do innego operatora.",
    ),
    ("pl", 4, "materac", "Materac wygodny, dostawa na czas. Minus za brak wniesienia na piętro."),
    (
        "pl",
        1,
        "paczkomat",
        "Paczka trafiła do złego paczkomatu 15 km od domu i nikt nie chce tego przekierować.",
    ),
    ("pl", 5, "gra", "Kod do gry przyszedł od razu na maila, wszystko działa. Dzięki!"),
    (
        "pl",
        2,
        "bank",
        "Przelew ekspresowy szedł dwa dni, a opłatę pobrali jak za ekspres. Proszę o zwrot opłaty.",
    ),
    ("pl", 1, "okulary", "W paczce były cudze okulary i czyjś paragon. Moich brak."),
    (
        "pl",
        3,
        "",
        "Dlaczego nie ma możliwości płatności przy odbiorze? Dla starszych osób to problem.",
    ),
    (
        "pl",
        1,
        "infolinia",
        "Infolinia czynna do 16, a czat wiecznie niedostępny. Jak mam zgłosić problem?",
    ),
    (
        "pl",
        5,
        "router",
        "Pan z pomocy technicznej cierpliwie przeprowadził mnie przez konfigurację, dziękuję za profesjonalizm.",
    ),
    ("pl", 2, "kosiarka", "Kosiarka głośniejsza niż w opisie, a instrukcja tylko po angielsku."),
    (
        "pl",
        1,
        "karta",
        "Bank zablokował kartę za granicą, a na infolinii 30 minut czekania. Zostałam bez pieniędzy na wakacjach.",
    ),
    ("pl", 4, "kawa", "Dobra kawa, szybka wysyłka, tylko karton był trochę mokry."),
    (
        "pl",
        1,
        "zwrot",
        "Odrzucili zwrot, bo opakowanie było otwarte. Przecież musiałem sprawdzić, czy działa!",
    ),
    (
        "pl",
        2,
        "faktura",
        "Faktura przychodzi tylko w aplikacji, nie mogę jej pobrać jako PDF na komputerze.",
    ),
    (
        "pl",
        1,
        "abonament",
        "dzwonie 5 raz w tej samej sprawie i kazdy konsultant mowi co innego. mam dosc",
    ),
    ("pl", 5, "pościel", "Pościel piękna, dokładnie jak na zdjęciach. Polecam sklep każdemu."),
    (
        "pl",
        3,
        "krzesło",
        "Krzesło w porządku, ale montaż trwał godzinę, bo brakowało jednej śrubki.",
    ),
    (
        "pl",
        1,
        "dostawa",
        "Kurier nie przyjechał w ogóle, a w systemie wpisał 'adresat nieobecny'. Kłamstwo.",
    ),
    # Czech
    (
        "cs",
        1,
        "internet",
        "Internet vypadává každý večer a technik nepřišel ani na druhý termín. Vypovídám smlouvu.",
    ),
    ("cs", 2, "hodinky", "Hodinky se nepárují s telefonem, podpora jen posílá odkaz na návod."),
    ("cs", 5, "káva", "Výborná káva, objednávka dorazila druhý den. Spokojenost."),
    ("cs", 1, "banka", "Banka mi zablokovala kartu v zahraničí a na lince jsem čekala 40 minut."),
    ("cs", 3, "", "Proč nejde zaplatit na dobírku? To je pro starší lidi problém."),
    (
        "cs",
        1,
        "výdejní místo",
        "Zásilku doručili na jiné výdejní místo a nikdo mi to neumí vysvětlit.",
    ),
    ("cs", 4, "matrace", "Matrace pohodlná, doprava včas, jen kurýr ji nechtěl vynést do patra."),
    (
        "cs",
        1,
        "faktura",
        "Na faktuře jsou služby, které jsem si nikdy neobjednal. Už potřetí žádám o opravu.",
    ),
    ("cs", 2, "sekačka", "Sekačka je hlučnější, než uvádí popis, a návod je jen v angličtině."),
    ("cs", 5, "povlečení", "Krásné povlečení, přesně jako na fotkách. Doporučuji."),
    (
        "cs",
        1,
        "vrácení",
        "Vrácení zamítli, protože byl obal otevřený. Jak mám zkontrolovat zboží, aniž ho otevřu?",
    ),
    ("cs", 1, "linka", "volam uz popate a kazdy operator rika neco jineho, uz toho mam dost"),
    ("cs", 2, "aplikace", "V aplikaci nejde stáhnout faktura do PDF, jen se točí kolečko."),
    (
        "cs",
        5,
        "router",
        "Technik z podpory mě trpělivě provedl nastavením. Moc děkuji za profesionální přístup.",
    ),
    ("cs", 3, "židle", "Židle v pořádku, ale při montáži chyběl jeden šroub."),
    ("cs", 1, "kurýr", "Kurýr vůbec nepřijel a do systému napsal, že jsem nebyl doma. Lež."),
    # Slovak
    (
        "sk",
        1,
        "internet",
        "Internet nejde od piatku, technik príde až o týždeň. Prechádzam ku konkurencii.",
    ),
    ("sk", 2, "hodinky", "Hodinky strácajú spojenie s mobilom, podpora tvrdí, že je to normálne."),
    ("sk", 5, "káva", "Výborná káva, doručenie na druhý deň. Spokojnosť."),
    ("sk", 1, "banka", "Zablokovali mi kartu v zahraničí a na linke som čakala 35 minút. Hrôza."),
    ("sk", 3, "", "Prečo sa nedá platiť na dobierku? Pre starších ľudí je to problém."),
    (
        "sk",
        1,
        "faktúra",
        "Na faktúre sú služby, ktoré som si nikdy neobjednal. Už tretíkrát žiadam o opravu.",
    ),
    (
        "sk",
        4,
        "matrac",
        "Matrac pohodlný, doprava načas, len kuriér ho nechcel vyniesť na poschodie.",
    ),
    ("sk", 1, "vrátenie", "Vrátenie zamietli, lebo obal bol otvorený. To je absurdné."),
    ("sk", 5, "obliečky", "Krásne obliečky, presne ako na fotkách. Odporúčam každému."),
    (
        "sk",
        1,
        "infolinka",
        "volam uz po styri krat a kazdy operator hovori nieco ine. mam toho dost",
    ),
    ("sk", 2, "aplikácia", "Aplikácia sa po aktualizácii nedá otvoriť, musím nakupovať cez web."),
    ("sk", 1, "kuriér", "Kuriér vôbec neprišiel a napísal, že som nebol doma. Klamstvo."),
    ("sk", 5, "router", "Technik z podpory mi trpezlivo pomohol s nastavením. Ďakujem!"),
    (
        "sk",
        2,
        "cena",
        "Cena dopravy sa pri pokladni zrazu zvýšila o 3 eurá. Nikde to nebolo uvedené.",
    ),
    # Russian
    (
        "ru",
        1,
        "интернет",
        "Интернет не работает с пятницы, мастер придёт только через неделю. Ухожу к другому провайдеру.",
    ),
    (
        "ru",
        2,
        "часы",
        "Часы теряют связь с телефоном каждый час. Поддержка говорит, что так и должно быть.",
    ),
    ("ru", 5, "кофе", "Отличный кофе, доставили на следующий день. Рекомендую."),
    (
        "ru",
        1,
        "банк",
        "Банк заблокировал карту за границей, на горячей линии ждал 40 минут. Остался без денег в отпуске.",
    ),
    ("ru", 3, "", "Почему нельзя оплатить наложенным платежом? Для пожилых людей это проблема."),
    (
        "ru",
        1,
        "пункт выдачи",
        "Посылку отправили не в тот пункт выдачи, и никто не может её перенаправить.",
    ),
    (
        "ru",
        4,
        "матрас",
        "Матрас удобный, доставка вовремя, но курьер отказался поднять его на этаж.",
    ),
    (
        "ru",
        1,
        "счёт",
        "В счёте услуги, которые я никогда не заказывал. Уже третий раз прошу исправить.",
    ),
    (
        "ru",
        2,
        "газонокосилка",
        "Косилка громче, чем указано в описании, а инструкция только на английском.",
    ),
    ("ru", 5, "бельё", "Красивое постельное бельё, точно как на фото. Спасибо!"),
    (
        "ru",
        1,
        "возврат",
        "Отказали в возврате, потому что упаковка вскрыта. А как проверить товар, не открывая?",
    ),
    ("ru", 1, "поддержка", "zvonyu uzhe pyatyj raz i kazhdyj operator govorit raznoe. nadoelo"),
    ("ru", 2, "приложение", "В приложении не скачивается счёт в PDF, просто крутится загрузка."),
    (
        "ru",
        5,
        "роутер",
        "Сотрудник техподдержки терпеливо помог настроить роутер. Большое спасибо за профессионализм!",
    ),
    ("ru", 3, "стул", "Стул нормальный, но при сборке не хватило одного винта."),
    (
        "ru",
        1,
        "курьер",
        "Курьер вообще не приехал, а в системе написал 'получатель отсутствует'. Враньё.",
    ),
    ("ru", 1, "тариф", "Тариф подняли без предупреждения. Пишу жалобу и меняю оператора."),
    # Ukrainian
    (
        "uk",
        1,
        "інтернет",
        "Інтернет не працює з п'ятниці, майстер прийде лише через тиждень. Переходжу до іншого провайдера.",
    ),
    (
        "uk",
        2,
        "годинник",
        "Годинник втрачає зв'язок з телефоном, підтримка каже, що так і має бути.",
    ),
    ("uk", 5, "кава", "Чудова кава, доставили наступного дня. Рекомендую!"),
    ("uk", 1, "банк", "Банк заблокував картку за кордоном, на гарячій лінії чекала 40 хвилин."),
    (
        "uk",
        1,
        "відділення",
        "Посилку відправили не в те відділення, і ніхто не може її переадресувати.",
    ),
    (
        "uk",
        4,
        "матрац",
        "Матрац зручний, доставка вчасно, але кур'єр не захотів підняти його на поверх.",
    ),
    (
        "uk",
        1,
        "рахунок",
        "У рахунку послуги, які я ніколи не замовляв. Вже втретє прошу виправити.",
    ),
    ("uk", 5, "білизна", "Гарна постільна білизна, точно як на фото. Дякую!"),
    (
        "uk",
        1,
        "повернення",
        "Відмовили в поверненні, бо упаковка відкрита. Як перевірити товар, не відкриваючи?",
    ),
    ("uk", 1, "підтримка", "dzvonyu vzhe vp'yate i kozhen operator kazhe inshe. nabridlo"),
    (
        "uk",
        2,
        "застосунок",
        "Застосунок після оновлення не відкривається, доводиться купувати через сайт.",
    ),
    ("uk", 5, "роутер", "Співробітник техпідтримки терпляче допоміг з налаштуванням. Дуже дякую!"),
    (
        "uk",
        1,
        "кур'єр",
        "Кур'єр взагалі не приїхав, а в системі написав, що мене не було вдома. Брехня.",
    ),
    ("uk", 3, "", "Чому не можна оплатити при отриманні? Для літніх людей це проблема."),
    (
        "uk",
        2,
        "ціна",
        "Вартість доставки на касі раптом зросла на 50 гривень. Ніде про це не було написано.",
    ),
    # English
    (
        "en",
        1,
        "broadband",
        "Internet has been down since Friday and the engineer can't come until next week. Switching providers.",
    ),
    (
        "en",
        2,
        "smartwatch",
        "Watch keeps losing the Bluetooth connection. Support says that's normal. It isn't.",
    ),
    ("en", 5, "coffee", "Lovely coffee, arrived the next day. Highly recommend."),
    (
        "en",
        1,
        "bank card",
        "Card blocked while abroad and I waited 45 minutes on the phone. Left without money on holiday.",
    ),
    ("en", 3, "", "Why is there no cash on delivery option? My parents can't pay online."),
    (
        "en",
        1,
        "pickup point",
        "Parcel went to the wrong pickup point 10 miles away and nobody can redirect it.",
    ),
    (
        "en",
        4,
        "mattress",
        "Comfortable mattress, on-time delivery, but the driver refused to carry it upstairs.",
    ),
    (
        "en",
        1,
        "invoice",
        "My bill lists services I never ordered. Third time asking for a correction.",
    ),
    ("en", 2, "lawn mower", "Louder than the description says and the manual is missing pages."),
    ("en", 5, "bedding", "Beautiful bedding, exactly like the photos. Thank you!"),
    (
        "en",
        1,
        "returns",
        "Return refused because the box was opened. How am I supposed to test it otherwise?",
    ),
    (
        "en",
        1,
        "support",
        "calling for the 5th time and every agent tells me something different. fed up",
    ),
    (
        "en",
        2,
        "app",
        "Can't download my invoice as a PDF in the app, the spinner just keeps going.",
    ),
    (
        "en",
        5,
        "router",
        "The tech support guy patiently walked me through the setup. Really professional, thanks!",
    ),
    ("en", 3, "chair", "Chair is fine but one screw was missing, assembly took forever."),
    (
        "en",
        1,
        "courier",
        "Courier never showed up and marked it as 'recipient not home'. That's a lie.",
    ),
    ("en", 1, "pricing", "Prices went up with no notice. If this continues I'll close my account."),
    (
        "en",
        2,
        "delivery fee",
        "Shipping cost jumped by 5 euros at checkout. Not mentioned anywhere before.",
    ),
    ("en", 4, "", "Not bad overall. Contact me at j.doe@example.net if you want more feedback."),
    (
        "en",
        1,
        "chatbot",
        "Your chatbot is useless, it just loops back to the main menu. No option to talk to a real person.",
    ),
    ("en", 5, "delivery", "Parcel arrived two days early, well packed. Cheers!"),
    (
        "en",
        1,
        "damaged",
        "TV arrived with a smashed screen. Still waiting for someone to collect it, two weeks on.",
    ),
    # German
    (
        "de",
        1,
        "Internet",
        "Seit Freitag kein Internet, der Techniker kommt erst nächste Woche. Ich wechsle den Anbieter.",
    ),
    (
        "de",
        2,
        "Smartwatch",
        "Die Uhr verliert ständig die Verbindung zum Handy. Der Support meint, das sei normal.",
    ),
    ("de", 5, "Kaffee", "Toller Kaffee, schon am nächsten Tag geliefert. Klare Empfehlung."),
    (
        "de",
        1,
        "Bankkarte",
        "Karte im Ausland gesperrt und 40 Minuten in der Hotline gewartet. Im Urlaub ohne Geld dagestanden.",
    ),
    (
        "de",
        3,
        "",
        "Warum gibt es keine Zahlung per Nachnahme? Für ältere Leute ist das ein Problem.",
    ),
    (
        "de",
        1,
        "Packstation",
        "Paket landete an der falschen Packstation und niemand kann es umleiten.",
    ),
    (
        "de",
        4,
        "Matratze",
        "Bequeme Matratze, pünktlich geliefert, aber der Fahrer wollte sie nicht nach oben tragen.",
    ),
    (
        "de",
        1,
        "Rechnung",
        "Auf meiner Rechnung stehen Leistungen, die ich nie bestellt habe. Zum dritten Mal bitte ich um Korrektur.",
    ),
    ("de", 5, "Bettwäsche", "Wunderschöne Bettwäsche, genau wie auf den Fotos. Danke!"),
    (
        "de",
        1,
        "Rückgabe",
        "Rückgabe abgelehnt, weil die Verpackung geöffnet war. Wie soll ich das Gerät sonst testen?",
    ),
    (
        "de",
        1,
        "Kundenservice",
        "rufe zum fünften mal an und jeder mitarbeiter erzählt was anderes. reicht mir",
    ),
    (
        "de",
        5,
        "Router",
        "Der Techniker am Telefon hat mich geduldig durch die Einrichtung geführt. Sehr professionell!",
    ),
    ("de", 3, "Stuhl", "Stuhl ist in Ordnung, aber eine Schraube hat gefehlt."),
    (
        "de",
        1,
        "Kurier",
        "Der Kurier kam gar nicht und hat 'Empfänger nicht angetroffen' eingetragen. Gelogen.",
    ),
    (
        "de",
        2,
        "Versand",
        "Die Versandkosten sind an der Kasse plötzlich um 4 Euro gestiegen. Stand nirgends.",
    ),
    (
        "de",
        1,
        "Chatbot",
        "Der Chatbot dreht sich im Kreis, einen echten Menschen erreicht man nicht. Ich kündige.",
    ),
    ("de", 1, "Paket", "Paket ist nicht angekommen, please help, ich brauche es bis Freitag."),
]

# Old cp1250 export: (lang, rating, product, text), written with ';' and dd.mm.yyyy dates.
REVIEWS_CP1250: list[tuple[str, int, str, str]] = [
    (
        "pl",
        1,
        "żelazko",
        "Żelazko przyszło zepsute, a infolinia każe czekać na kuriera już tydzień. Źle to zorganizowane.",
    ),
    ("pl", 2, "szczoteczka", "Szczoteczka ładuje się źle, ściągnąłem aplikację i też nie działa."),
    ("pl", 5, "świeca", "Świetna obsługa, przesyłka dotarła następnego dnia. Dziękuję!"),
    (
        "pl",
        1,
        "gąbka",
        "Łącznie cztery telefony i żadnej odpowiedzi. Rezygnuję z zakupów w tym sklepie.",
    ),
    ("cs", 1, "žehlička", "Žehlička přišla rozbitá, na reklamaci čekám už šestý týden."),
    ("cs", 2, "šampon", "Šampon dorazil, ale zboží neodpovídá popisu na e-shopu."),
    ("cs", 5, "čaj", "Skvělý čaj, rychlé dodání a milá paní na telefonu. Děkuji."),
    (
        "sk",
        1,
        "kuchynská váha",
        "Váha nefunguje, reklamácia zamietnutá bez vysvetlenia. Ľutujem nákup.",
    ),
]

# Old cp1251 export of Russian reviews.
REVIEWS_CP1251: list[tuple[str, int, str, str]] = [
    ("ru", 1, "утюг", "Утюг пришёл сломанный, претензию не принимают уже третью неделю."),
    ("ru", 2, "фен", "Фен шумит, в описании об этом ни слова. Вернуть деньги отказались."),
    ("ru", 5, "чай", "Отличный чай, доставили на следующий день. Спасибо за вежливость!"),
    (
        "ru",
        1,
        "связь",
        "Связь пропадает каждый день, оператор обещает перезвонить и не перезванивает. Ухожу к другому провайдеру.",
    ),
    ("ru", 1, "счёт", "В счёте лишние услуги, которые я не подключал. Требую перерасчёт."),
    ("uk", 2, "плита", "Плита прийшла без інструкції, довелося шукати її в інтернеті."),
]

# --------------------------------------------------------------------------- tickets
# (lang, subject, body, customer_email, status, priority)
C_JAN = "jan.kowalski@example.com"
C_PETRA = "petra.novakova@example.cz"
C_OLGA = "olga.ivanova@example.org"
C_MIKE = "mike.t@example.com"
C_ANNA = "anna.m@example.de"
TICKETS: list[tuple[str, str, str, str, str, str]] = [
    (
        "pl",
        "Brak przesyłki",
        "Dzień dobry, zamówienie 48812 miało być we wtorek, dziś jest piątek i nadal nic. Proszę o informację, gdzie jest paczka.",
        C_JAN,
        "open",
        "normal",
    ),
    (
        "pl",
        "Ponownie brak przesyłki",
        "Piszę drugi raz w tej sprawie (zamówienie 48812). Nikt mi nie odpowiedział. Proszę o pilny kontakt, tel. +48 601 234 567.",
        C_JAN,
        "open",
        "high",
    ),
    (
        "pl",
        "Trzecie zgłoszenie - rezygnuję",
        "To już trzecie zgłoszenie o tę samą paczkę. Mam dość powtarzania w kółko tego samego. Proszę o zwrot pieniędzy na konto "
        + IBAN
        + " i rezygnuję z usług.",
        C_JAN,
        "escalated",
        "urgent",
    ),
    (
        "pl",
        "Podwójne obciążenie karty",
        "Z karty "
        + CARD
        + " pobrano dwa razy 249,99 zł za zamówienie 50231. Proszę o zwrot nadpłaty.",
        "ewa.nowak@example.com",
        "open",
        "high",
    ),
    (
        "pl",
        "Korekta faktury",
        "Proszę o korektę faktury FV/2026/10/118 - błędny adres firmy. Pesel do umowy: "
        + PESEL
        + ".",
        "biuro@firma-przyklad.pl",
        "pending",
        "normal",
    ),
    (
        "pl",
        "Reklamacja - uszkodzony towar",
        "Telewizor dotarł z pękniętą matrycą. Załączam zdjęcia. Chcę odstąpić od umowy.",
        "tomasz.w@example.com",
        "open",
        "high",
    ),
    (
        "pl",
        "Nie moge sie zalogowac",
        "konto zablokowane po 3 probach, reset hasla nie przychodzi na maila. prosze o pomoc",
        "kasia88@example.com",
        "open",
        "normal",
    ),
    (
        "pl",
        "Pytanie o gwarancję",
        "Czy gwarancja na ekspres obejmuje również młynek? W opisie nie ma tej informacji.",
        "r.zielinski@example.com",
        "closed",
        "low",
    ),
    (
        "pl",
        "Skarga na kuriera",
        "Kurier był bardzo niegrzeczny, rzucił paczką i powiedział, że nie ma czasu. Oczekuję przeprosin.",
        "m.lewandowska@example.com",
        "open",
        "normal",
    ),
    (
        "pl",
        "Zmiana taryfy",
        "Od listopada płacę 20 zł więcej, nikt mnie o tym nie poinformował. Jeśli nie wrócicie do starej ceny, wypowiadam umowę.",
        "piotr.k@example.com",
        "open",
        "normal",
    ),
    (
        "pl",
        "Dziękuję",
        "Chciałam podziękować pani Agnieszce z infolinii za szybkie i miłe załatwienie sprawy zwrotu.",
        "jola.b@example.com",
        "closed",
        "low",
    ),
    (
        "pl",
        "Błąd w aplikacji",
        "Po aktualizacji aplikacja nie pokazuje historii zamówień, tylko biały ekran.",
        "adam.p@example.com",
        "open",
        "normal",
    ),
    (
        "cs",
        "Zásilka nedorazila",
        "Dobrý den, objednávka 77120 stále nedorazila, sledování zásilky nefunguje. Prosím o informaci.",
        C_PETRA,
        "open",
        "normal",
    ),
    (
        "cs",
        "Opět zásilka",
        "Píšu už podruhé a nikdo neodpovídá. Volala jsem i na linku, 30 minut čekání. Pokud se to nevyřeší, přecházím ke konkurenci.",
        C_PETRA,
        "escalated",
        "high",
    ),
    (
        "cs",
        "Dvojí platba",
        "Byla mi stržena částka 1 299 Kč dvakrát. Kontakt: 731 555 219.",
        "jiri.dvorak@example.cz",
        "open",
        "high",
    ),
    (
        "cs",
        "Reklamace",
        "Reklamuji vadný mixér, po týdnu přestal fungovat. Jak mám postupovat?",
        "lucie.h@example.cz",
        "pending",
        "normal",
    ),
    (
        "cs",
        "Dotaz na dopravu",
        "Doručujete i do Slovenska a kolik stojí doprava?",
        "karel.s@example.cz",
        "closed",
        "low",
    ),
    (
        "cs",
        "Nelze se přihlásit",
        "Po změně hesla mi nejde přihlášení, aplikace píše neznámou chybu.",
        "tomas.k@example.cz",
        "open",
        "normal",
    ),
    (
        "sk",
        "Neprišla zásielka",
        "Dobrý deň, objednávka 66001 neprišla, kuriér nezdvíha telefón. Prosím o pomoc.",
        "martin.h@example.sk",
        "open",
        "normal",
    ),
    (
        "sk",
        "Faktúra",
        "Na faktúre je nesprávna suma, prosím o opravu.",
        "zuzana.k@example.sk",
        "pending",
        "normal",
    ),
    (
        "sk",
        "Vrátenie peňazí",
        "Tovar som vrátila pred mesiacom a peniaze stále nemám. Ak sa to nevyrieši, končím s vami.",
        "jana.p@example.sk",
        "open",
        "high",
    ),
    (
        "ru",
        "Не пришёл заказ",
        "Здравствуйте, заказ 90412 не доставлен, хотя срок прошёл неделю назад. Прошу разобраться.",
        C_OLGA,
        "open",
        "normal",
    ),
    (
        "ru",
        "Повторно: заказ 90412",
        "Пишу повторно, ответа так и не получила. Звонила на горячую линию, сорок минут ожидания. Верните деньги, иначе расторгну договор.",
        C_OLGA,
        "escalated",
        "high",
    ),
    (
        "ru",
        "Двойное списание",
        "С карты списали оплату дважды. Номер телефона для связи +7 916 123 45 67.",
        "sergey.p@example.org",
        "open",
        "high",
    ),
    (
        "ru",
        "Претензия по качеству",
        "Куртка порвалась по шву после двух недель носки. Требую замену или возврат.",
        "irina.s@example.org",
        "pending",
        "normal",
    ),
    (
        "ru",
        "Вопрос",
        "Можно ли оплатить заказ при получении?",
        "dmitry.v@example.org",
        "closed",
        "low",
    ),
    (
        "ru",
        "Хамство сотрудника",
        "Сотрудник колл-центра разговаривал со мной грубо и бросил трубку.",
        "natalia.k@example.org",
        "open",
        "normal",
    ),
    (
        "uk",
        "Замовлення не доставлено",
        "Доброго дня! Замовлення 31007 досі не доставлено, служба доставки не відповідає.",
        "oksana.b@example.org",
        "open",
        "normal",
    ),
    (
        "uk",
        "Повернення коштів",
        "Повернула товар три тижні тому, а гроші досі не надійшли. Скільки ще чекати?",
        "taras.m@example.org",
        "open",
        "high",
    ),
    (
        "uk",
        "Питання щодо тарифу",
        "Чи можна змінити тариф без штрафу до кінця договору?",
        "iryna.l@example.org",
        "closed",
        "low",
    ),
    (
        "en",
        "Order not delivered",
        "Hi, order 61203 was due last Monday and still nothing. Tracking hasn't updated in a week.",
        C_MIKE,
        "open",
        "normal",
    ),
    (
        "en",
        "Re: Order not delivered",
        "Second time writing about this. I also called and waited 40 minutes on hold. Please call me back on +44 7700 900123.",
        C_MIKE,
        "escalated",
        "high",
    ),
    (
        "en",
        "Double charge",
        "I was charged twice for order 61877 on card "
        + CARD
        + ". Please refund the duplicate payment.",
        "sarah.j@example.com",
        "open",
        "high",
    ),
    (
        "en",
        "Wrong item",
        "I ordered a blue size M hoodie and received a red XL one. How do I exchange it?",
        "tom.b@example.com",
        "pending",
        "normal",
    ),
    (
        "en",
        "Cannot reset password",
        "The password reset link expires before the email even arrives. My account is blocked now.",
        "lisa.w@example.com",
        "open",
        "normal",
    ),
    (
        "en",
        "Thank you",
        "Just wanted to say thanks to Kate from support, she sorted my refund in 5 minutes.",
        "paul.r@example.com",
        "closed",
        "low",
    ),
    (
        "de",
        "Lieferung fehlt",
        "Guten Tag, meine Bestellung 82011 ist seit zehn Tagen überfällig. Bitte um Rückmeldung.",
        C_ANNA,
        "open",
        "normal",
    ),
    (
        "de",
        "Erneut: Lieferung fehlt",
        "Ich schreibe zum zweiten Mal und bekomme keine Antwort. Wenn das so weitergeht, kündige ich mein Kundenkonto.",
        C_ANNA,
        "escalated",
        "high",
    ),
    (
        "de",
        "Rechnung falsch",
        "Auf der Rechnung stehen Leistungen, die ich nie bestellt habe. IBAN für die Erstattung: "
        + iban_with_checksum("DE", "370400440532013000")
        + ".",
        "k.schmidt@example.de",
        "open",
        "normal",
    ),
    (
        "de",
        "Frage zur Rücksendung",
        "Kann ich die Ware auch in einer Filiale zurückgeben?",
        "m.weber@example.de",
        "closed",
        "low",
    ),
    (
        "de",
        "Unfreundlicher Mitarbeiter",
        "Der Mitarbeiter am Telefon war unfreundlich und hat mich nicht ausreden lassen.",
        "j.fischer@example.de",
        "open",
        "normal",
    ),
]

# --------------------------------------------------------------------------- chats
# (lang, customer_id, customer turns, agent turns or None for bot-only, bot first?)
AGENT_LINES = {
    "pl": [
        "Dzień dobry, w czym mogę pomóc?",
        "Sprawdzam, proszę chwilę poczekać.",
        "Przekazałem zgłoszenie do działu reklamacji.",
    ],
    "cs": [
        "Dobrý den, jak vám mohu pomoci?",
        "Moment, ověřuji to.",
        "Předal jsem to kolegům z reklamací.",
    ],
    "sk": [
        "Dobrý deň, ako vám môžem pomôcť?",
        "Chvíľku, overujem.",
        "Posunul som to na reklamačné oddelenie.",
    ],
    "ru": [
        "Здравствуйте, чем могу помочь?",
        "Минутку, проверяю.",
        "Передал обращение в отдел претензий.",
    ],
    "uk": [
        "Вітаю, чим можу допомогти?",
        "Хвилинку, перевіряю.",
        "Передав звернення у відділ рекламацій.",
    ],
    "en": [
        "Hi, how can I help?",
        "Let me check that for you.",
        "I've passed this on to our returns team.",
    ],
    "de": [
        "Hallo, wie kann ich helfen?",
        "Einen Moment, ich prüfe das.",
        "Ich habe es an die Reklamationsabteilung weitergeleitet.",
    ],
}
BOT_LINES = {
    "pl": "Cześć! Jestem wirtualnym asystentem. Wybierz temat: Dostawa / Płatności / Zwroty.",
    "cs": "Ahoj! Jsem virtuální asistent. Vyberte téma: Doprava / Platby / Vrácení.",
    "sk": "Ahoj! Som virtuálny asistent. Vyberte tému: Doprava / Platby / Vrátenie.",
    "ru": "Здравствуйте! Я виртуальный помощник. Выберите тему: Доставка / Оплата / Возврат.",
    "uk": "Вітаю! Я віртуальний помічник. Оберіть тему: Доставка / Оплата / Повернення.",
    "en": "Hi! I'm the virtual assistant. Pick a topic: Delivery / Payments / Returns.",
    "de": "Hallo! Ich bin der virtuelle Assistent. Wählen Sie ein Thema: Lieferung / Zahlung / Rückgabe.",
}
CHATS: list[tuple[str, str, list[str], bool]] = [
    # (lang, customer, customer turns, bot_only)
    (
        "pl",
        "jan.kowalski@example.com",
        [
            "Gdzie jest moja paczka? Zamówienie 48812",
            "Piszę już trzeci raz, wcześniej dzwoniłem i mailowałem",
            "To ja dziękuję, rezygnuję",
        ],
        False,
    ),
    (
        "pl",
        "c-2201",
        ["chce rozmawiac z konsultantem", "KONSULTANT", "nie ma tu żadnego człowieka??"],
        True,
    ),
    (
        "pl",
        "c-2202",
        ["Dostałem nie ten kolor butów, jak zrobić wymianę?", "Ok, dzięki za szybką pomoc 🙂"],
        False,
    ),
    (
        "pl",
        "c-2203",
        ["Aplikacja nie przyjmuje mojej karty", "Wyskakuje błąd 500 przy płatności"],
        False,
    ),
    ("pl", "c-2204", ["Ile kosztuje dostawa do paczkomatu?"], False),
    (
        "pl",
        "c-2205",
        [
            "Zostałem przekierowany z infolinii na czat, a tu każą mi dzwonić na infolinię. Żart jakiś?"
        ],
        False,
    ),
    (
        "pl",
        "c-2206",
        [
            "Pobraliście mi opłatę za ubezpieczenie, którego nie zamawiałem",
            "mój email to ola.test@example.com, proszę o odpowiedź",
        ],
        False,
    ),
    (
        "pl",
        "c-2207",
        ["zamowienie nie doszlo a status ze dostarczone", "co mam teraz zrobic"],
        True,
    ),
    ("pl", "c-2208", ["Chciałbym podziękować za szybki zwrot pieniędzy, wszystko sprawnie"], False),
    (
        "cs",
        "petra.novakova@example.cz",
        ["Dobrý den, pořád čekám na zásilku 77120", "Tohle je potřetí co to řeším"],
        False,
    ),
    (
        "cs",
        "c-3301",
        ["chci mluvit s operátorem", "operátor", "nejde to, bot mi pořád nabízí stejné menu"],
        True,
    ),
    ("cs", "c-3302", ["Kolik stojí vrácení zboží poštou?"], False),
    ("cs", "c-3303", ["Byl jsem odpojen už dvakrát, čekám hodinu. Končím s vámi."], False),
    ("cs", "c-3304", ["Děkuji, paní z chatu byla moc ochotná"], False),
    ("sk", "c-4401", ["Dobrý deň, kde je moja objednávka 66120?", "Už týždeň nič"], False),
    ("sk", "c-4402", ["chcem hovoriť s človekom", "nefunguje to, stále len bot"], True),
    ("sk", "c-4403", ["Ďakujem, problém s prihlásením je vyriešený"], False),
    (
        "ru",
        "olga.ivanova@example.org",
        ["Где мой заказ 90412?", "Я уже писала и звонила, никто не помогает"],
        False,
    ),
    (
        "ru",
        "c-5501",
        ["мне нужен живой оператор", "оператор!!!", "бот не понимает ни одного вопроса"],
        True,
    ),
    ("ru", "c-5502", ["Не могу войти в личный кабинет, пишет что пароль неверный"], False),
    ("ru", "c-5503", ["Спасибо, вопрос решили быстро 👍"], False),
    ("ru", "c-5504", ["Меня перекидывают с чата на телефон и обратно уже час"], False),
    ("uk", "c-6601", ["Де моє замовлення? Чекаю вже 10 днів"], False),
    ("uk", "c-6602", ["потрібен оператор", "бот весь час повторює одне й те саме"], True),
    ("uk", "c-6603", ["Дякую за допомогу з поверненням коштів!"], False),
    (
        "en",
        "mike.t@example.com",
        ["Still no sign of order 61203", "This is the third time I'm asking, I also called twice"],
        False,
    ),
    (
        "en",
        "c-7701",
        ["talk to a human", "HUMAN AGENT PLEASE", "there's no way to reach a person here"],
        True,
    ),
    ("en", "c-7702", ["Can I change the delivery address on my order?"], False),
    ("en", "c-7703", ["Your website keeps logging me out at checkout"], False),
    ("en", "c-7704", ["Great help, thank you so much!"], False),
    (
        "de",
        "anna.m@example.de",
        ["Meine Bestellung 82011 ist immer noch nicht da", "Ich habe schon zweimal geschrieben"],
        False,
    ),
    (
        "de",
        "c-8801",
        ["Mitarbeiter bitte", "Ich will mit einem Menschen sprechen, nicht mit einem Bot"],
        True,
    ),
    ("de", "c-8802", ["Wie lange dauert die Erstattung nach der Rücksendung?"], False),
    ("de", "c-8803", ["Danke, das ging schnell und unkompliziert"], False),
    ("", "c-9901", ["Hi, moje zamówienie is late again", "please check, numer 48990"], False),
]


def _ts(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def write_reviews() -> tuple[int, Counter[str]]:
    """Write reviews.csv with broken rows and one duplicate; return (rows, langs)."""
    header = ["review_id", "product", "rating", "text", "lang", "created_at", "customer"]
    rows: list[list[str]] = []
    langs: Counter[str] = Counter()
    for index, (lang, rating, product, text) in enumerate(REVIEWS):
        created = when(index).strftime("%Y-%m-%d %H:%M")
        customer = f"c-{1000 + index % 60}"
        rows.append([f"R{1001 + index}", product, str(rating), text, lang, created, customer])
        langs[lang or "mixed/none"] += 1
    rows[5][2] = "n/a"  # unparsable rating: item kept, meta warning
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows[:20])
    writer.writerow(["R0901", "kabel", "1", "", "pl", "2026-10-02 10:00", "c-0901"])  # empty_text
    writer.writerow(
        ["R0902", "ładowarka", "2", "   \t ", "pl", "2026-10-03 11:00", "c-0902"]
    )  # empty
    writer.writerows(rows[20:50])
    writer.writerow(rows[3])  # exact duplicate of R1004
    buf.write('R0903,mysz,5,"Mysz ok",pl,2026-10-04 12:00,c-0903,EXTRA,FIELDS\n')  # too many
    writer.writerows(rows[50:])
    buf.write("R0904,klawiatura,3\n")  # too few fields
    (OUT / "reviews.csv").write_text(buf.getvalue(), encoding="utf-8")
    return len(rows), langs


def write_legacy(
    name: str, reviews: list[tuple[str, int, str, str]], encoding: str, start: int
) -> Counter[str]:
    """Write an old ';'-separated export in a legacy code page."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(["review_id", "product", "rating", "text", "lang", "created_at", "customer"])
    for offset, (lang, rating, product, text) in enumerate(reviews):
        created = when(start + offset).strftime("%d.%m.%Y %H:%M")
        writer.writerow(
            [f"L{start + offset}", product, rating, text, lang, created, f"c-{start + offset}"]
        )
    (OUT / name).write_bytes(buf.getvalue().encode(encoding))
    return Counter(lang for lang, *_ in reviews)


def write_tickets() -> tuple[int, Counter[str]]:
    """Write tickets.json; one ticket has no id, one is a duplicate."""
    tickets = []
    for index, (_lang, subject, body, email, status, priority) in enumerate(TICKETS):
        created = when(200 + index).isoformat().replace("+00:00", "Z")
        tickets.append(
            {
                "ticket_id": f"T-{5000 + index}",
                "subject": subject,
                "body": body,
                "status": status,
                "priority": priority,
                "created_at": created,
                "customer_email": email,
            }
        )
    # repeated contacts must be in time order
    tickets.sort(key=lambda t: (t["customer_email"], t["ticket_id"]))
    broken = {
        "subject": "Brak numeru",
        "body": "Zgłoszenie bez identyfikatora.",
        "status": "open",
        "priority": "low",
        "created_at": "2026-10-10T09:00:00Z",
        "customer_email": "x@example.com",
    }
    data = tickets[:10] + [broken] + tickets[10:25] + [dict(tickets[2])] + tickets[25:]
    (OUT / "tickets.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return len(TICKETS), Counter(t[0] for t in TICKETS)


def write_chats() -> tuple[int, Counter[str]]:
    """Write chats.jsonl with a malformed line, an undecodable line, a chat without customer turns, a duplicate."""
    lines: list[bytes] = []
    for index, (lang, customer, turns, bot_only) in enumerate(CHATS):
        start = when(400 + index)
        t = start
        out_turns = []
        code = lang or "en"
        if bot_only:
            out_turns.append({"speaker": "bot", "text": BOT_LINES[code], "ts": _ts(t)})
            for turn in turns:
                t += timedelta(seconds=40)
                out_turns.append({"speaker": "customer", "text": turn, "ts": _ts(t)})
                t += timedelta(seconds=5)
                out_turns.append({"speaker": "bot", "text": BOT_LINES[code], "ts": _ts(t)})
        else:
            agents = AGENT_LINES[code]
            out_turns.append({"speaker": "agent", "text": agents[0], "ts": _ts(t)})
            for k, turn in enumerate(turns):
                t += timedelta(minutes=1 + k)
                out_turns.append(
                    {"speaker": "client" if k % 2 else "customer", "text": turn, "ts": _ts(t)}
                )
                t += timedelta(minutes=2)
                out_turns.append({"speaker": "agent", "text": agents[1 + k % 2], "ts": _ts(t)})
        record = {
            "id": f"CH-{7000 + index}",
            "customer": customer,
            "channel": "chat",
            "turns": out_turns,
        }
        if lang:
            record["lang"] = lang
        lines.append(json.dumps(record, ensure_ascii=False).encode("utf-8"))
    broken_json = (
        b'{"id": "CH-6901", "customer": "c-6901", "turns": [{"speaker": "customer", "text": "paczka'
    )
    undecodable = (
        b'{"id": "CH-6902", "turns": [{"speaker": "customer", "text": "\xff\xfe\x81 zle \xc3"}]}'
    )
    no_customer = json.dumps(
        {
            "id": "CH-6903",
            "customer": "c-6903",
            "turns": [
                {"speaker": "bot", "text": BOT_LINES["pl"], "ts": "2026-10-20T10:00:00+00:00"}
            ],
        },
        ensure_ascii=False,
    ).encode("utf-8")
    out = lines[:8] + [broken_json] + lines[8:16] + [undecodable] + lines[16:24] + [no_customer]
    bad_turns = json.dumps(
        {"id": "CH-6904", "customer": "c-6904", "turns": "klient: kde je moje zásielka?"},
        ensure_ascii=False,
    ).encode("utf-8")
    out += lines[24:30] + [lines[1], bad_turns] + lines[30:]
    (OUT / "chats.jsonl").write_bytes(b"\n".join(out) + b"\n")
    return len(CHATS), Counter(c[0] or "mixed/none" for c in CHATS)


def main() -> None:
    """Write every sample file and print the per-file language counts."""
    OUT.mkdir(parents=True, exist_ok=True)
    counts = {
        "reviews.csv": write_reviews(),
        "reviews_cp1250.csv": (
            len(REVIEWS_CP1250),
            write_legacy("reviews_cp1250.csv", REVIEWS_CP1250, "cp1250", 300),
        ),
        "reviews_ru_cp1251.csv": (
            len(REVIEWS_CP1251),
            write_legacy("reviews_ru_cp1251.csv", REVIEWS_CP1251, "cp1251", 320),
        ),
        "tickets.json": write_tickets(),
        "chats.jsonl": write_chats(),
    }
    total: Counter[str] = Counter()
    for name, (good, langs) in counts.items():
        total.update(langs)
        print(f"{name}: {good} good items, by language {dict(sorted(langs.items()))}")
    print(f"total good items: {sum(total.values())}, by language {dict(sorted(total.items()))}")


if __name__ == "__main__":
    main()
