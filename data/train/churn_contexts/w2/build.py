"""Build the w2 churn-context files (pl, cs, sk, ru, uk, en, de).

Written by hand by a separate writer; this script only lays the items out as
JSONL and assigns ids and splits. Run: .venv/bin/python data/train/churn_contexts/w2/build.py
"""

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent
KINDS = ["explicit", "implicit", "conditional", "hard_negative", "complaint"]
CHURN = {
    "explicit": True,
    "implicit": True,
    "conditional": True,
    "hard_negative": False,
    "complaint": False,
}

# (domain, channel, text) per kind, per language
DATA = {
    "pl": {
        "explicit": [
            (
                "telecom",
                "social",
                "@Fonix_PL rezygnuję z abonamentu, pismo już poszło. 4 lata z wami i tyle 👋",
            ),
            (
                "banking",
                "app_review",
                "zamykam konto w Banku Perla, przelewam wszystko gdzie indziej. apka crashuje co drugi dzien, mam dosc",
            ),
            (
                "energy",
                "review",
                "Złożyłam wniosek o zmianę sprzedawcy prądu. Od stycznia nie jestem już klientką EnerPolu. Żegnam się z wami bez żalu.",
            ),
            (
                "streaming",
                "app_review",
                "anulowalem subskrypcje KinoMax. placic za reklamy w pakiecie premium? dziekuje, postoje",
            ),
            (
                "gym",
                "review",
                "Nigdy więcej FitKlub Mokotów, spadam na siłkę za rogiem. Szafki zepsute od pół roku, trenerów jak na lekarstwo.",
            ),
        ],
        "implicit": [
            (
                "food delivery",
                "app_review",
                "to było moje ostatnie zamówienie w JemTeraz. zimna pizza po 90 min, dzięki za nic 🙃",
            ),
            (
                "telecom",
                "social",
                'Już podpisałem umowę z konkurencją, więc wasze "oferty specjalne" przez telefon możecie sobie darować 😂',
            ),
            (
                "e-commerce",
                "review",
                "stracilicie klienta. 8 lat zakupow i tak mnie potraktowac przy reklamacji czajnika?",
            ),
            (
                "marketplace",
                "app_review",
                "Apka odinstalowana. Sprzedaję teraz na innym portalu, tam przynajmniej prowizja nie zjada połowy ceny.",
            ),
            (
                "insurance",
                "survey",
                "Polisy na auto nie przedłużę. Szkoda likwidowana 4 miesiące to jakiś kabaret.",
            ),
            (
                "car service",
                "review",
                "Cała flota firmy (7 aut) jeździ już do innego serwisu. Gratuluję podejścia do klienta biznesowego, panowie.",
            ),
        ],
        "conditional": [
            (
                "internet",
                "chat",
                "jak do piatku nie naprawicie swiatlowodu to wypowiadam umowe, nie zartuje. 5 dni bez netu",
            ),
            (
                "energy",
                "social",
                "Jeszcze jedna faktura z kosmosu i idę do innego dostawcy. Ostatnie ostrzeżenie @EnerPol ⚡",
            ),
            (
                "banking",
                "chat",
                "Jeśli nie oddacie mi tych 49 zł prowizji, przenoszę konto. Proste.",
            ),
            (
                "airline",
                "social",
                "jeszcze raz zgubicie mi walizke i koniec z lataniem SkyBalt, mowie serio",
            ),
            (
                "clinic",
                "survey",
                "Jeżeli na kardiologa dalej będzie się czekać 3 miesiące, wypisuję się z pakietu medycznego w pracy.",
            ),
        ],
        "hard_negative": [
            (
                "e-commerce",
                "chat",
                "Chcę anulować zamówienie nr 55120, pomyliłam rozmiar. Poza tym wszystko ok, kupuję dalej 🙂",
            ),
            (
                "telecom",
                "chat",
                "czy moge zmienic taryfe na tansza w ramach tej samej umowy? nie chce odchodzic, tylko placic mniej",
            ),
            (
                "internet",
                "review",
                "Już miałem pakować manatki do konkurencji, ale technik przyjechał w 2h i wszystko śmiga. Zostaję!",
            ),
            (
                "telecom",
                "social",
                "Przeniosłem numer DO Fonix z innej sieci i jak na razie super, zasięg w końcu jest nawet w piwnicy",
            ),
            (
                "energy",
                "chat",
                "przeprowadzam sie na inne osiedle, jak przepisac umowe na nowy adres? chce zostac u was",
            ),
            (
                "dentist",
                "chat",
                "Muszę odwołać wizytę na czwartek, dziecko chore. Można przełożyć na przyszły tydzień?",
            ),
            (
                "pet shop",
                "social",
                "wypisałam się z newslettera ZooMania bo 3 maile dziennie to przesada, ale karmę i tak biorę tylko u was 🐶",
            ),
        ],
        "complaint": [
            (
                "rail",
                "social",
                "KolejPlus znowu 40 min spóźnienia, klima nie działa, WC zamknięte. Standard 🙄",
            ),
            (
                "courier",
                "review",
                "kurier nawet nie zadzwonil, awizo w skrzynce a ja caly dzien w domu. brawo PaczkoPol",
            ),
            ("pharmacy", "review", 'Pani w aptece niemiła, lek "na jutro" czekał tydzień. Słabo.'),
            (
                "hotel",
                "review",
                "Pokój śmierdział papierosami, śniadanie wystygłe. Za 600 zł za noc spodziewałem się czegoś więcej.",
            ),
            (
                "water",
                "social",
                "Wodociągi Zielonka znowu bez zapowiedzi zakręciły wodę. Może chociaż jakiś SMS?? 😤",
            ),
            (
                "SaaS",
                "app_review",
                "po aktualizacji synchronizacja kalendarza nie dziala, trace spotkania. poprawcie to szybko plz",
            ),
            (
                "school",
                "survey",
                "Kontakt z sekretariatem szkoły językowej tragiczny, nikt nie odbiera, a na maile odpowiadają po tygodniu.",
            ),
        ],
    },
    "cs": {
        "explicit": [
            (
                "telecom",
                "social",
                "Tak a dost. Dneska jsem podala výpověď u MobiCz, po 6 letech. Sbohem 👋",
            ),
            (
                "banking",
                "app_review",
                "rusim ucet, prevadim vsechno jinam. appka pada kazdy den a poplatky jen rostou",
            ),
            (
                "telecom",
                "review",
                "OKU kód už mám, přenáším číslo k jinému operátorovi. Tohle se vám fakt nepovedlo.",
            ),
            (
                "streaming",
                "app_review",
                "zrusil jsem predplatne KinoBox, za reklamy v premium tarifu platit nebudu",
            ),
            (
                "energy",
                "review",
                "Už nikdy víc EnergoMax. Měním dodavatele, smlouva s novým je podepsaná.",
            ),
        ],
        "implicit": [
            (
                "e-commerce",
                "review",
                "Tohle byl můj poslední nákup u vás. Reklamace 2 měsíce, to fakt ne.",
            ),
            (
                "food delivery",
                "app_review",
                "apku jsem smazal, jídlo chodí studený a kurýr nenajde ani vchod 🙃",
            ),
            (
                "insurance",
                "survey",
                "Pojistku na byt v listopadu neprodloužím. Plnění jste mi zkrátili bez vysvětlení.",
            ),
            (
                "internet",
                "social",
                "@NetFast už mám podepsáno s konkurencí, technik přijde v pondělí. Děkuju za nic.",
            ),
            (
                "gym",
                "review",
                "prisli jste o klienta. a s nim i o manzelku a dva kamose, vsichni uz cvicime jinde",
            ),
            (
                "marketplace",
                "review",
                "Prodávám teď přes jiný bazar, tady mi jen strhávali provize a podpora řešila prd.",
            ),
        ],
        "conditional": [
            ("internet", "chat", "pokud to do patku neopravite, konci to. nemam internet uz 5 dni"),
            (
                "energy",
                "social",
                "Ještě jedno vyúčtování s nesmyslným nedoplatkem a jdu jinam. Berte to jako poslední varování.",
            ),
            (
                "banking",
                "chat",
                "Pokud mi nevrátíte těch 350 Kč za poplatek, zavírám u vás všechno. Jasný?",
            ),
            ("telecom", "social", "jeste jeden vypadek signalu a prechazim, mam toho plny zuby 😡"),
            (
                "airline",
                "social",
                "jestli mi do týdne nevrátíte peníze za zrušený let, s AirMorava už nikdy nikam nepoletím",
            ),
        ],
        "hard_negative": [
            (
                "e-commerce",
                "chat",
                "Chci zrušit objednávku č. 88213, spletla jsem barvu. Jinak u vás objednávám dál 🙂",
            ),
            (
                "telecom",
                "chat",
                "muzu prejit na levnejsi tarif u vas? odchazet nechci, jen platit min",
            ),
            (
                "internet",
                "review",
                "Už jsem byl jednou nohou u konkurence, ale technik to opravil do hodiny. Zůstávám 👍",
            ),
            (
                "telecom",
                "social",
                "Převedl jsem si číslo K vám od jiného operátora a zatím spokojenost, signál i na chalupě.",
            ),
            ("clinic", "chat", "Potřebuju zrušit termín na úterý, můžu se objednat na jiný den?"),
            (
                "hotel",
                "chat",
                "stornuju rezervaci na 12.-14.5., posuneme to na cerven? u vas se nam vzdycky libilo",
            ),
            (
                "energy",
                "chat",
                "Stěhujeme se do Brna, jak převést odběrné místo na novou adresu? Chceme zůstat u vás.",
            ),
        ],
        "complaint": [
            (
                "rail",
                "social",
                "Vlak zase 50 minut zpoždění, klimatizace nefunguje, wifi mrtvá. Klasika RailCZ 🙄",
            ),
            (
                "courier",
                "review",
                "kuryr ani nezvonil, jen listek ve schrance a ja byl celej den doma. super prace",
            ),
            (
                "pharmacy",
                "review",
                "Lékárnice protivná, lék na objednávku jsem čekal 8 dní. Nic moc.",
            ),
            ("water", "social", "vodarny zase vypnuly vodu bez ohlaseni. sms by byla tak slozita?"),
            (
                "SaaS",
                "app_review",
                "po aktualizaci nejde export do PDF, prosim opravte to, pouzivam to denne",
            ),
            (
                "dentist",
                "review",
                "Čekárna narvaná, objednaná na 10:00, vzali mě v 11:20. Zubař pak spěchal jak na vlak.",
            ),
            (
                "car service",
                "review",
                "Výměna oleje trvala celý den a ještě mi ušpinili sedačky. Za ty peníze slabota.",
            ),
        ],
    },
    "sk": {
        "explicit": [
            ("telecom", "social", "Dnes som podal výpoveď, po 7 rokoch končím s TeleSlov. Čau 👋"),
            (
                "banking",
                "app_review",
                "rusim ucet v Banke Dunaj, aplikacia sa zasekne pri kazdej platbe. dost bolo",
            ),
            (
                "telecom",
                "review",
                "Prenášam číslo k inému operátorovi, žiadosť už beží. Ďakujem za 5 rokov trápenia.",
            ),
            (
                "streaming",
                "app_review",
                "zrusila som predplatne, vcera zas nesla appka na TV a podpora nic",
            ),
            (
                "energy",
                "review",
                "Plyn od EnerGasu už nikdy viac. Od januára mám iného dodávateľa, zmluva podpísaná.",
            ),
        ],
        "implicit": [
            (
                "food delivery",
                "app_review",
                "toto bola moja posledna objednavka, jedlo po 2 hodinach studene ako lad 🥶",
            ),
            (
                "telecom",
                "social",
                'Už mám podpísané s konkurenciou, takže vaše telefonáty s "výhodnou ponukou" si odpustite.',
            ),
            (
                "e-commerce",
                "review",
                "Prišli ste o zákazníka. 10 rokov nákupov a pri reklamácii sa so mnou bavíte ako so psom.",
            ),
            ("insurance", "survey", "PZP vám už nepredĺžim. Škodu ste riešili pol roka."),
            (
                "marketplace",
                "app_review",
                "appku mazem, predavam uz inde kde mi nezoberu 15% z kazdej veci",
            ),
            (
                "gym",
                "social",
                "Celá rodina (ja, žena aj syn) sme odišli do iného fitka. Nech sa vám darí, FitZóna.",
            ),
        ],
        "conditional": [
            ("internet", "chat", "ak to do piatku neopravite, koncim. uz tyzden bez netu a vy nic"),
            (
                "energy",
                "social",
                "Ešte jedna faktúra s nezmyselným nedoplatkom a idem preč. Mám toho po krk, posledné varovanie.",
            ),
            ("banking", "chat", "Pokiaľ mi nevrátite tých 25 € za poplatok, presúvam účet inam."),
            ("airline", "social", "ak mi este raz stratite kufor, s vami uz nikdy nikam. fakt"),
            (
                "clinic",
                "survey",
                "Ak sa čakanie na špecialistu neskráti, odhlásim sa z vášho nadštandardného balíka.",
            ),
        ],
        "hard_negative": [
            (
                "e-commerce",
                "chat",
                "Chcem zrušiť objednávku č. 40771, zle som zvolila veľkosť. Inak nakupujem u vás ďalej.",
            ),
            (
                "telecom",
                "chat",
                "da sa u vas prejst na lacnejsi pausal? nechcem odist, len menej platit",
            ),
            (
                "internet",
                "review",
                "Už som mal vybraného iného providera, ale technik prišiel v ten istý deň a všetko ide. Ostávam!",
            ),
            (
                "telecom",
                "social",
                "Preniesla som si číslo K vám z inej siete a zatiaľ top, konečne signál aj na chate.",
            ),
            (
                "dentist",
                "chat",
                "Potrebujem zrušiť termín na stredu, dá sa preobjednať na budúci týždeň?",
            ),
            (
                "pet shop",
                "social",
                "odhlasila som sa z newslettera ZverShop, 5 mailov za tyzden je vela. granule ale beriem stale od vas 🐱",
            ),
            (
                "insurance",
                "chat",
                "Sťahujeme sa, potrebujem zmeniť adresu v poistke domácnosti. Poistenie chcem mať ďalej u vás.",
            ),
        ],
        "complaint": [
            ("rail", "social", "Vlak opäť 45 min meškanie, klíma nejde, WC zatvorené. Klasika 🙄"),
            (
                "courier",
                "review",
                "kurier ani nezazvonil, len listok v schranke a ja som bol cely den doma. super",
            ),
            (
                "pharmacy",
                "review",
                "V lekárni ma odbili, že liek nemajú, a na objednávku týždeň. Slabé.",
            ),
            ("hotel", "review", "Izba smrdela dymom, raňajky studené. Za 140 € na noc čakám viac."),
            (
                "SaaS",
                "app_review",
                "po update nejde synchronizacia kalendara, prosim fixnite to rychlo",
            ),
            (
                "municipal office",
                "survey",
                "Na úrade som čakal 2 hodiny kvôli jednej pečiatke. Online objednávanie nefunguje.",
            ),
            (
                "car service",
                "review",
                "Servis mal auto 4 dni namiesto jedného a ešte fľak na sedačke. Nič moc.",
            ),
        ],
    },
    "ru": {
        "explicit": [
            ("telecom", "social", "Всё, расторгаю договор с ТелеСеть. 5 лет терпела, хватит 👋"),
            (
                "banking",
                "app_review",
                "zakryvayu schet, perevozhu den'gi v drugoy bank. prilozhenie visnet postoyanno",
            ),
            (
                "telecom",
                "review",
                "Переношу номер к другому оператору, заявку уже подал. Спасибо за ничего.",
            ),
            (
                "gym",
                "review",
                "Больше ни ногой в ФитЛайф. Абонемент сдал, пусть сами в своей душевой без горячей воды моются.",
            ),
            (
                "streaming",
                "app_review",
                "отменила подписку КиноПлюс. платить за премиум и смотреть рекламу — нет уж, валю от вас",
            ),
        ],
        "implicit": [
            (
                "food delivery",
                "app_review",
                "это был мой последний заказ. курьер час ехал, суп разлит по всему пакету 🤬",
            ),
            (
                "internet",
                "social",
                "@ДомНет я уже подключился к другому провайдеру, можете не звонить со своими «акциями»",
            ),
            (
                "e-commerce",
                "review",
                "Вы потеряли клиента. 7 лет покупок, а на возврат брака — одни отписки.",
            ),
            ("insurance", "survey", "Каско продлевать не буду. Выплату тянули 4 месяца."),
            (
                "marketplace",
                "app_review",
                "snesla prilozhenie, teper' zakazyvayu v drugom meste, tam hot' dostavka vovremya",
            ),
            (
                "car service",
                "review",
                "Весь автопарк нашей фирмы теперь обслуживается в другом сервисе. Сами виноваты.",
            ),
        ],
        "conditional": [
            (
                "internet",
                "chat",
                "если до пятницы не почините интернет — ухожу к другому провайдеру, я не шучу",
            ),
            (
                "energy",
                "social",
                "Ещё одна квитанция с космическими цифрами — и ищу другого поставщика. Последнее предупреждение.",
            ),
            ("banking", "chat", "vernite 500 rub komissii, inache zakryvayu vse karty u vas"),
            ("telecom", "social", "ещё один обрыв связи — и я к конкурентам, надоело 😡"),
            (
                "airline",
                "social",
                "Если в течение недели не вернёте деньги за отменённый рейс, больше с вами не полечу. Никогда.",
            ),
        ],
        "hard_negative": [
            (
                "e-commerce",
                "chat",
                "Хочу отменить заказ №77340, ошиблась размером. В остальном всё ок, покупаю дальше 🙂",
            ),
            (
                "telecom",
                "chat",
                "можно перейти на тариф подешевле? уходить не хочу, просто платить меньше",
            ),
            (
                "internet",
                "review",
                "Уже собирался уходить к конкурентам, но мастер приехал через час и всё починил. Остаюсь!",
            ),
            (
                "telecom",
                "social",
                "Перенёс номер К вам от другого оператора — пока доволен, связь даже в метро ловит.",
            ),
            (
                "dentist",
                "chat",
                "Нужно отменить запись на четверг, заболела. Можно перенести на следующую неделю?",
            ),
            ("hotel", "review", "Сравнивал с ОтельМаре — у вас дороже, но завтраки лучше. Норм."),
            (
                "SaaS",
                "chat",
                "подскажите, как вообще отменяется подписка? не собираюсь, просто хочу понимать условия",
            ),
        ],
        "complaint": [
            (
                "rail",
                "social",
                "Электричка опять на 40 минут опоздала, в вагоне дубак. Классика 🙄",
            ),
            (
                "courier",
                "review",
                "kurer dazhe ne pozvonil, prosto kinul izveshchenie v yashchik. ya ves' den' doma byla",
            ),
            (
                "pharmacy",
                "review",
                "В аптеке нахамили, лекарство под заказ ждала неделю. Так себе сервис.",
            ),
            (
                "water",
                "social",
                "Водоканал опять отключил горячую воду без предупреждения. СМС отправить так сложно?",
            ),
            (
                "clinic",
                "review",
                "Записана на 10:00, приняли в 11:30. Врач торопился, даже не выслушал.",
            ),
            (
                "school",
                "survey",
                "Онлайн-школа: домашки проверяют по две недели, куратор пропадает. Неприятно.",
            ),
            (
                "municipal office",
                "review",
                "В МФЦ 2 часа в очереди ради одной справки. Электронная очередь не работает.",
            ),
        ],
    },
    "uk": {
        "explicit": [
            ("telecom", "social", "Все, розриваю договір з МобіЛайн. 6 років терпіла, досить 👋"),
            (
                "banking",
                "app_review",
                "закриваю карту, бо шо це за банк такий, додаток постоянно висне. переводжу все в інший",
            ),
            (
                "telecom",
                "review",
                "Переношу номер до іншого оператора, заявку вже подав. Дякую, що навчили цінувати нормальний зв'язок 🙃",
            ),
            ("streaming", "app_review", "skasuvala pidpysku, za taki hroshi dyvytys' reklamu — ni"),
            ("gym", "review", "З СпортХаб я все. Членство скасувала, більше туди ні ногою."),
        ],
        "implicit": [
            (
                "food delivery",
                "app_review",
                "це було моє останнє замовлення. їжа холодна, кур'єр грубіян",
            ),
            (
                "internet",
                "social",
                "я вже підключився до іншого провайдера, тож ваші дзвінки з «акціями» можна не робити",
            ),
            (
                "e-commerce",
                "review",
                "Ви втратили клієнта. 5 років купувала тільки у вас, а тепер повернення браку — місяць.",
            ),
            (
                "insurance",
                "survey",
                "Поліс на авто не продовжуватиму. Виплату затягували 3 місяці.",
            ),
            (
                "marketplace",
                "app_review",
                "vydalyv zastosunok, teper zamovlyayu na inshomu majdanchyku, tam hoch dostavka vchasno",
            ),
            (
                "clinic",
                "social",
                "Сказала мамі й сестрі, щоб теж шукали іншу клініку. Ми з вами закінчили.",
            ),
        ],
        "conditional": [
            (
                "internet",
                "chat",
                "якщо до п'ятниці не полагодите інтернет — я від вас іду, я не жартую",
            ),
            (
                "energy",
                "social",
                "ще один рахунок з космічними цифрами і міняю постачальника. Останнє попередження",
            ),
            (
                "banking",
                "chat",
                "yakshcho ne povernete 200 grn komisii, zakryvayu vsi kartky u vas",
            ),
            ("telecom", "social", "ще одна пропажа зв'язку і я до конкурентів, надоїло вже 😡"),
            (
                "courier",
                "chat",
                "Якщо посилку не знайдете до понеділка, більше жодної відправки через вас.",
            ),
        ],
        "hard_negative": [
            (
                "e-commerce",
                "chat",
                "Хочу скасувати замовлення №66012, помилилась з розміром. В іншому все ок, купую далі 🙂",
            ),
            (
                "telecom",
                "chat",
                "можна перейти на тариф дешевше? йти від вас не хочу, просто платити менше",
            ),
            (
                "internet",
                "review",
                "Вже зібрався до конкурентів, але майстер приїхав за годину і все полагодив. Залишаюсь!",
            ),
            (
                "telecom",
                "social",
                "Переніс номер ДО вас від іншого оператора — поки задоволений, зв'язок навіть у метро",
            ),
            (
                "dentist",
                "chat",
                "Треба відмінити запис на четвер, захворіла. Можна перенести на наступний тиждень?",
            ),
            (
                "pet shop",
                "social",
                "відписалась від розсилки ЗооСвіт бо спам кожен день, але корм беру тільки у вас 🐶",
            ),
            (
                "energy",
                "chat",
                "переїжджаю в іншу квартиру, як переоформити договір на нову адресу? хочу залишитись у вас",
            ),
        ],
        "complaint": [
            (
                "rail",
                "social",
                "Потяг знову запізнився на 50 хв, кондиціонер не працює, туалет закритий. Класика 🙄",
            ),
            (
                "airline",
                "review",
                "rejs zatrymaly na 3 hodyny i nikhto nichoho ne poyasnyv. duzhe pohano",
            ),
            (
                "pharmacy",
                "review",
                "В аптеці нагрубили, ліки під замовлення чекала тиждень. Ну таке.",
            ),
            (
                "water",
                "social",
                "Водоканал знов вирубив воду без попередження. Шо, важко смс скинути?",
            ),
            (
                "hotel",
                "review",
                "Номер смердів цигарками, сніданок холодний. За 3000 грн за ніч чекала більшого.",
            ),
            (
                "school",
                "survey",
                "Домашні завдання перевіряють по два тижні, куратор не відповідає. Засмучує.",
            ),
            (
                "SaaS",
                "app_review",
                "після оновлення не працює експорт в PDF, пофіксіть будь ласка, користуюсь щодня",
            ),
        ],
    },
    "en": {
        "explicit": [
            (
                "telecom",
                "social",
                "That's it @VoxaMobile, contract terminated. 6 yrs of loyalty for this? bye 👋",
            ),
            (
                "banking",
                "app_review",
                "closing my account today, moving everything to another bank. app crashes every single login",
            ),
            (
                "telecom",
                "review",
                "Porting my number out next week, PAC code already requested. Good riddance.",
            ),
            ("streaming", "app_review", "cancelled my sub. paying premium to watch ads?? lol no"),
            (
                "energy",
                "review",
                "Switching energy supplier as of March. VoltaHome, you've priced yourselves right out of my house.",
            ),
        ],
        "implicit": [
            (
                "food delivery",
                "app_review",
                "this was my last order. 90 min wait, cold fries, driver couldn't find a 3 storey building 🙃",
            ),
            (
                "internet",
                "social",
                "already signed with another ISP, so you can stop ringing me with 'loyalty deals' thanks",
            ),
            (
                "e-commerce",
                "review",
                "You've lost a customer. 9 years of orders and this is how a faulty kettle return gets handled?",
            ),
            (
                "insurance",
                "survey",
                "Won't be renewing the car policy. Claim took 5 months to settle.",
            ),
            (
                "marketplace",
                "app_review",
                "app deleted. selling my stuff on another site now, fees there don't eat half the price",
            ),
            (
                "gym",
                "social",
                "Me, my wife and both kids have moved to the leisure centre across town. Enjoy the empty studio, FitCore.",
            ),
        ],
        "conditional": [
            (
                "internet",
                "chat",
                "if the fibre isnt fixed by friday im cancelling. not joking, 6 days offline",
            ),
            (
                "SaaS",
                "social",
                "One more outage during payroll week and we're gone, @ShiftlyHQ. Final warning.",
            ),
            ("banking", "chat", "refund the £35 fee or I'm taking my account elsewhere. simple as"),
            (
                "telecom",
                "social",
                "another dropped call in the middle of a client meeting and I'm off to a different network 😡",
            ),
            (
                "airline",
                "social",
                "Refund my cancelled flight within 7 days or that's the last time I fly BlueKite. Your call.",
            ),
        ],
        "hard_negative": [
            (
                "e-commerce",
                "chat",
                "need to cancel order #48812, wrong size lol. otherwise all good, will keep shopping 🙂",
            ),
            (
                "telecom",
                "chat",
                "can I drop to a cheaper tariff on my current plan? not leaving, just want to pay less",
            ),
            (
                "internet",
                "review",
                "Was literally about to switch providers but the engineer came same day and sorted it. Staying put!",
            ),
            (
                "telecom",
                "social",
                "ported my number TO VoxaMobile from my old network last week, signal actually works in my flat now 👌",
            ),
            (
                "dentist",
                "chat",
                "Hi, have to cancel my Thursday appointment, kid's sick. Can we rebook for next week?",
            ),
            (
                "hotel",
                "social",
                "unsubscribed from the newsletter, 3 emails a day is mad. still booking all my stays with you though",
            ),
            (
                "SaaS",
                "chat",
                "quick q, how does cancelling work on the annual plan? not planning to, just checking the terms before I upgrade",
            ),
        ],
        "complaint": [
            ("rail", "social", "train 45 mins late AGAIN, aircon dead, toilet locked. classic 🙄"),
            (
                "courier",
                "review",
                "driver didn't even knock, just left a 'sorry we missed you' card while I was home all day. brilliant",
            ),
            (
                "pharmacy",
                "review",
                "Prescription 'ready in 2 days' took a week and the staff were rude about it. Poor.",
            ),
            (
                "clinic",
                "review",
                "Booked for 10:00, seen at 11:25. Doctor rushed me out in 4 minutes. Not great.",
            ),
            (
                "water",
                "social",
                "@ClearwaterUtil water off AGAIN with zero notice. would a text kill you??",
            ),
            (
                "municipal office",
                "survey",
                "Council portal for bin collection requests has been broken for weeks and nobody answers the phone.",
            ),
            (
                "car service",
                "review",
                "Car in for 4 days for a 1 day job, plus greasy marks on the seat. Expected better for the price.",
            ),
        ],
    },
    "de": {
        "explicit": [
            (
                "telecom",
                "social",
                "So, Vertrag bei FunkNetz gekündigt. 8 Jahre Kunde, das war's für mich 👋",
            ),
            (
                "banking",
                "app_review",
                "konto wird aufgeloest, alles geht zu ner anderen bank. app stuerzt staendig ab",
            ),
            (
                "telecom",
                "review",
                "Rufnummernmitnahme ist beantragt, meine Nummer zieht zu einem anderen Anbieter um. Tschüss.",
            ),
            (
                "streaming",
                "app_review",
                "abo beendet. fuer werbung im premium zahl ich nicht, sorry",
            ),
            (
                "energy",
                "review",
                "Nie wieder StromPlus. Anbieterwechsel läuft, ab 1. März bin ich raus.",
            ),
        ],
        "implicit": [
            (
                "food delivery",
                "app_review",
                "Das war meine letzte Bestellung. 80 Min gewartet, Pizza eiskalt, Fahrer pampig.",
            ),
            (
                "internet",
                "social",
                "hab schon bei nem anderen anbieter unterschrieben, die 'treueangebote' koennt ihr euch sparen",
            ),
            (
                "e-commerce",
                "review",
                "Sie haben einen Kunden verloren. 10 Jahre Bestellungen und dann so ein Umgang bei einer Reklamation.",
            ),
            (
                "insurance",
                "survey",
                "Die Kfz-Versicherung verlängere ich nicht. Schadensregulierung hat 5 Monate gedauert.",
            ),
            (
                "marketplace",
                "app_review",
                "app geloescht. verkauf jetzt woanders, da frisst die provision nicht die haelfte",
            ),
            (
                "car service",
                "review",
                "Unser Fuhrpark (9 Firmenwagen) geht ab sofort zu einer anderen Werkstatt. Danke für nix.",
            ),
        ],
        "conditional": [
            (
                "internet",
                "chat",
                "wenn das bis freitag nicht laeuft, kuendige ich. kein witz, 5 tage ohne netz",
            ),
            (
                "SaaS",
                "social",
                "Noch ein Ausfall in der Abrechnungswoche und wir sind weg, @Plantaro. Letzte Warnung.",
            ),
            (
                "banking",
                "chat",
                "Entweder die 30 € Gebühr kommen zurück oder ich wechsle die Bank. Ganz einfach.",
            ),
            (
                "telecom",
                "social",
                "Noch ein Funkloch mitten im Kundengespräch und ich such mir was anderes 😡",
            ),
            (
                "rail",
                "review",
                "Wenn die Erstattung nicht bis Monatsende da ist, verlängere ich das Jahresabo bei RegioFlux nicht mehr.",
            ),
        ],
        "hard_negative": [
            (
                "e-commerce",
                "chat",
                "Möchte Bestellung Nr. 30915 stornieren, falsche Größe. Sonst alles top, bestelle weiter 🙂",
            ),
            (
                "telecom",
                "chat",
                "kann ich in nen guenstigeren tarif wechseln? will nicht weg, nur weniger zahlen",
            ),
            (
                "internet",
                "review",
                "War kurz davor zu wechseln, aber der Techniker kam am selben Tag und alles läuft. Ich bleibe!",
            ),
            (
                "gym",
                "social",
                "Mach 3 Monate Auslandssemester, Mitgliedschaft ruht solange. Bin im Sommer wieder da 💪",
            ),
            (
                "dentist",
                "chat",
                "muss den termin am donnerstag absagen, kind krank. geht naechste woche?",
            ),
            (
                "pet shop",
                "social",
                "vom newsletter abgemeldet, 4 mails am tag sind zu viel. futter hol ich trotzdem nur bei euch 🐶",
            ),
            (
                "hotel",
                "review",
                "Verglichen mit dem Seeblick Resort etwas teurer, aber Frühstück deutlich besser. Passt.",
            ),
        ],
        "complaint": [
            (
                "rail",
                "social",
                "zug wieder 40 min verspaetung, klima kaputt, wc gesperrt. laeuft 🙄",
            ),
            (
                "courier",
                "review",
                "paketbote hat nicht mal geklingelt, nur zettel im briefkasten und ich war den ganzen tag daheim. super",
            ),
            (
                "pharmacy",
                "review",
                'Medikament "morgen da" kam nach einer Woche, Personal dazu noch unfreundlich. Schwach.',
            ),
            (
                "water",
                "social",
                "Stadtwerke drehen wieder ohne Ankündigung das Wasser ab. Wäre eine SMS so schwer?",
            ),
            (
                "clinic",
                "review",
                "Termin um 10, dran um 11:30. Ärztin hatte 3 Minuten für mich. Enttäuschend.",
            ),
            (
                "municipal office",
                "survey",
                "Bürgeramt: online keine Termine frei, telefonisch niemand erreichbar. Frustrierend.",
            ),
            (
                "school",
                "survey",
                "Sprachschule: Hausaufgaben werden wochenlang nicht korrigiert, Kursleiter oft krank, keine Vertretung.",
            ),
        ],
    },
}


def main():
    for lang, kinds in DATA.items():
        rows, n = [], 0
        for kind in KINDS:
            for i, (domain, channel, text) in enumerate(kinds[kind], start=1):
                n += 1
                rows.append(
                    {
                        "id": f"w2-{lang}-{n:02d}",
                        "lang": lang,
                        "domain": domain,
                        "channel": channel,
                        "text": text,
                        "churn": CHURN[kind],
                        "kind": kind,
                        "split": "holdout" if i % 3 == 0 else "train",
                    }
                )
        with open(OUT / f"{lang}.jsonl", "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
