#!/usr/bin/env python3
"""Write data/train/short_feedback/w2.jsonl: 315 short hand-written customer messages (w2).

45 messages in each of pl, cs, sk, ru, uk, en and de, written for vocmine by an
independent writer (December 2026) without looking at any existing data or model
and without any text from a public data set. Style: what people type on phones:
marketplace and classified-ads reviews, map reviews of local businesses, delivery
app ratings, comments under a brand's post, replies to a satisfaction SMS, one or
two line e-mails and chat messages (filed as ``chat``: the channel set has no
e-mail), messages to a city hall or utility, reviews of courses, events, holiday
flats, subscriptions and games.

Label (overall sentiment): the customer's bottom line about the company or
product in this message. ``negative`` when dissatisfied overall (even politely,
even with some praise), ``positive`` when satisfied overall (even with a minor
flaw), ``neutral`` when there is no judgement (a question, a request for
information, a factual notice) or a truly balanced text without a verdict.

Every language has 18 negative, 9 neutral and 18 positive items; items 01-25 are
``train`` (10/5/10), 26-35 ``holdout`` (4/2/4) and 36-45 ``blind`` (4/2/4). The
hard kinds of each item (KINDS below) are kept here only, not in the jsonl, and
their minima per language and their spread over the splits are asserted on every
run, ``--check`` included. ``blind`` is never to be read or tuned on.

    .venv/bin/python scripts/make_short_feedback_w2.py           # rewrite, print counts
    .venv/bin/python scripts/make_short_feedback_w2.py --check   # file on disk == output
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "train" / "short_feedback" / "w2.jsonl"

LANGS = ("pl", "cs", "sk", "ru", "uk", "en", "de")
CHANNELS = {"review", "app_review", "social", "survey", "chat", "sms"}
SENT = {"neg": "negative", "neu": "neutral", "pos": "positive"}
SPEC_LABELS = ("negative", "neutral", "positive")

# hard kinds an item can carry (space-separated in the fourth field)
KINDS = {
    "mix": "praise and criticism in one message (verdict first or last, or balanced)",
    "iro": "ironic or sarcastic",
    "slang": "slang, dialect or regional variant",
    "typo": "no diacritics, typos, lower case or missing punctuation",
    "posdesp": "mentions a price, a wait or a problem but positive overall",
    "softneg": "negative without any strong negative word",
    "short": "very short (1-3 words)",
    "q": "neutral question or factual notice",
    "emoji": "emoji carry the tone",
}
# minimum per language
MINIMA = {
    "mix": 6,
    "iro": 3,
    "slang": 4,
    "typo": 4,
    "posdesp": 3,
    "softneg": 3,
    "short": 3,
    "q": 2,
    "emoji": 2,
}
SPLIT_SENT = {
    "train": {"negative": 10, "neutral": 5, "positive": 10},
    "holdout": {"negative": 4, "neutral": 2, "positive": 4},
    "blind": {"negative": 4, "neutral": 2, "positive": 4},
}

# (sentiment, channel, domain, kinds, text); position 1-25 train, 26-35 holdout, 36-45 blind
# fmt: off
ITEMS: dict[str, list[tuple[str, str, str, str, str]]] = {
    "pl": [
        ("pos", "review", "hairdresser", "mix", "Jestem zadowolona, fryzura wyszła dokładnie taka, jak chciałam. Tylko czekałam 20 minut mimo umówionej godziny."),
        ("neg", "review", "bakery", "softneg", "Kiedyś chodziłam tu codziennie po chleb, ale ostatnio to już nie to samo. Chyba poszukam innej piekarni."),
        ("neu", "social", "food_delivery", "q", "Czy dowozicie też na Ursus? W aplikacji nie mogę znaleźć swojej ulicy."),
        ("neg", "review", "courier", "iro", "No brawo. Status „doręczono”, a paczki ani śladu. Kurier chyba doręcza telepatycznie."),
        ("pos", "app_review", "mobile_game", "slang", "Gierka sztos, gram w autobusie codziennie i nawet reklamy nie wkurzają. Dawajcie więcej takich"),
        ("neg", "review", "holiday_apartment", "mix", "Widok z balkonu piękny, lokalizacja super, ale w łazience grzyb, a pościel pachniała stęchlizną. Za te pieniądze drugi raz nie przyjadę."),
        ("pos", "sms", "car_wash", "short", "Wszystko super, dziękuję"),
        ("neg", "chat", "heating_utility", "typo", "Dzien dobry, od trzech dni nie ma cieplej wody w calym bloku i nikt nie odbiera telefonu. Kiedy to naprawicie??"),
        ("neu", "chat", "city_hall", "q", "Dzień dobry, chciałbym zgłosić, że na ul. Leśnej od wczoraj nie świeci latarnia przy przystanku. Pozdrawiam"),
        ("pos", "review", "vet", "posdesp", "Wizyta wyszła drożej, niż myślałam, 280 zł, ale pani doktor wszystko wytłumaczyła i kot po dwóch dniach zdrowy. Warto było."),
        ("neg", "social", "pizzeria", "emoji", "Odebrałem dziś pizzę z lokalu na Piotrkowskiej 🤢👎"),
        ("pos", "review", "car_repair", "typo", "Pan Marek naprawil mi sprzeglo w jeden dzien, cena uczciwa. Polecam kazdemu z okolicy"),
        ("neg", "app_review", "taxi_app", "slang", "Apka laguje jak dziadek na rowerze, kierowca przyjechał po 25 min, a kasę ściągnęło od razu. Słabizna"),
        ("neu", "survey", "online_course", "mix", "Część materiałów bardzo przydatna, część to powtórka z YouTube. Prowadzący kompetentny, platforma czasem się zawiesza."),
        ("pos", "social", "cake_shop", "emoji", "Tort na 18stkę córki od Was 😍😍🎂"),
        ("neg", "review", "dentist", "", "Plomba wypadła po tygodniu, a przy poprawce jeszcze chcieli dopłaty. Nie polecam tego gabinetu."),
        ("pos", "review", "locksmith", "", "Zatrzasnęłam klucze w mieszkaniu o 23, pan przyjechał w pół godziny i otworzył bez niszczenia zamka. Ogromne dzięki!"),
        ("neg", "review", "marketplace_seller", "mix", "Odradzam tego sprzedawcę. Kurtka sama w sobie ładna i dobrze uszyta, ale przyszła w innym rozmiarze, a na wiadomości cisza od tygodnia."),
        ("neu", "chat", "gym", "q", "Czy karnet można zawiesić na miesiąc, jeśli wyjeżdżam za granicę? I co z opłatą za ten czas?"),
        ("pos", "app_review", "video_streaming", "mix", "Wybór filmów mógłby być większy i czasem napisy się rozjeżdżają, ale za tę cenę i tak jestem zadowolony. Zostaję."),
        ("neg", "sms", "courier", "short", "Totalna porażka."),
        ("pos", "review", "tailor", "", "Pani krawcowa skróciła mi spodnie od garnituru na jutro rano, idealnie równo. Złote ręce, będę wracać."),
        ("neg", "chat", "electricity_supplier", "", "Trzeci raz piszę w sprawie błędnej faktury za prąd i dalej zero reakcji. Zmieniam dostawcę z końcem umowy."),
        ("neu", "chat", "classifieds", "q", "Dzień dobry, czy rower jest jeszcze aktualny? Mogę podjechać w sobotę do Gliwic."),
        ("pos", "social", "barber", "slang typo", "gryfnie mie ostrzyg, synek zna sie na robocie i jeszcze kafej dostołech. bede jeszcze prziszoł"),
        ("neg", "review", "furniture_shop", "iro", "Szybkość dostawy imponująca: sofa zamówiona w marcu, dotarła w czerwcu. Przynajmniej zdążyłem się za nią stęsknić."),
        ("pos", "review", "pierogi_bar", "posdesp", "Kolejka na pół godziny, ale te pierogi są warte każdej minuty. Ruskie najlepsze w mieście."),
        ("neu", "social", "concert", "q", "Czy na koncert w sobotę można wejść z małym plecakiem? Nie widzę nic w regulaminie."),
        ("neg", "review", "car_wash", "mix", "Obsługa miła i szybko poszło, ale po wyjeździe całe boki w zaciekach, a felgi brudne jak były. 40 zł w błoto."),
        ("pos", "review", "language_school", "mix", "Lektorka czasem spóźnia się na zajęcia online, ale tłumaczy tak, że w końcu rozumiem czasy w angielskim. Zapisuję się na kolejny poziom."),
        ("neg", "survey", "spa_hotel", "softneg typo", "Spodziewalam sie wiecej po tym spa, za taka cene basen mogl byc chociaz cieplejszy. Raczej nie wrocimy"),
        ("pos", "sms", "plumber", "short", "Pełen profesjonalizm, polecam"),
        ("neu", "chat", "internet_provider", "q", "Informuję, że od 1 lutego zmieniam adres korespondencyjny na ul. Polną 4/12, Opole. Proszę o aktualizację danych."),
        ("neg", "social", "clothing_brand", "slang", "Bluza po pierwszym praniu wygląda jak szmata, a kosztowała stówę. Mega lipa, kumpel też się naciął"),
        ("pos", "app_review", "grocery_delivery", "emoji", "Zakupy przywiezione dziś o 7:30, tak jak zamówiłam 👌👌🔥"),
        ("pos", "review", "dog_groomer", "mix", "Polecam z czystym sumieniem. Pies wrócił pachnący i pięknie przycięty, choć termin trzeba rezerwować miesiąc wcześniej."),
        ("neg", "review", "cafe", "softneg", "Kawa w porządku, ale ciasto chyba wczorajsze, a obsługa nas nie zauważała. Myślałam, że będzie przyjemniej, raczej tu nie wrócę."),
        ("neu", "chat", "city_hall", "q", "Dzień dobry, w jakich godzinach mogę odebrać nowy dowód osobisty i czy muszę się wcześniej umawiać?"),
        ("neg", "social", "mobile_operator", "iro emoji", "Dziękuję za kolejną podwyżkę abonamentu, tego mi właśnie brakowało w styczniu 🙃👏"),
        ("pos", "chat", "electronics_eshop", "posdesp", "Słuchawki przyszły z uszkodzonym etui, ale po jednym mailu wysłaliście nowe bez zbędnych pytań. Tak się to robi."),
        ("neg", "sms", "courier", "short", "Szkoda gadać."),
        ("pos", "review", "pc_game", "slang", "Dodatek robi robotę, fabuła wciąga jak bagno, a za 60 zł to petarda."),
        ("neu", "survey", "conference", "mix", "Konferencja miała ciekawe wystąpienia rano i nudnawe po południu. Catering przeciętny, sala wygodna."),
        ("neg", "review", "electrician", "typo mix", "Elektryk przyszedl punktualnie i byl grzeczny, ale gniazdka zamontowane krzywo, a po tygodniu wywala korki. Nie bede polecac"),
        ("pos", "app_review", "fitness_app", "typo", "fajna apka do cwiczen w domu, troche reklam ale da sie zyc. plan na 30 dni naprawde dziala"),
    ],
    "cs": [
        ("pos", "review", "barber", "mix", "Spokojenost. Fade udělaný na jedničku, kluci v pohodě, jen ta hudba tam hraje dost nahlas."),
        ("neg", "review", "cafe", "softneg", "Čekala jsem od té kavárny víc, když má všude tak dobré recenze. Káva obyčejná, dort suchý, asi to byl jen hype."),
        ("neu", "chat", "eshop", "q", "Dobrý den, dá se u vás objednávka vyzvednout osobně v Olomouci, nebo jen přes výdejní místo?"),
        ("neg", "social", "regional_bus", "iro", "Skvělý jízdní řád, autobus jezdí přesně podle něj. Jen o dvacet minut později. Každý den."),
        ("pos", "review", "wine_cellar", "slang", "Tož to byla paráda, víno dobré, cimbál hrál do půlnoci a pan vinař nás hostil jak vlastní. Přijedem zas"),
        ("neg", "review", "holiday_cottage", "mix", "Chalupa má krásnou polohu u lesa a děcka si užila zahradu, jenže matrace proleželé a v kuchyni chyběla půlka nádobí. Podruhé bych nejel."),
        ("pos", "sms", "car_service", "short", "Spokojenost, děkuji"),
        ("neg", "chat", "water_utility", "typo", "Dobry den, uz treti den nam tece z kohoutku hneda voda a nikdo nic nevi. To je normalni??"),
        ("neu", "chat", "city_hall", "q", "Dobrý den, v ulici Palackého u školy nesvítí od pondělí dvě lampy. Posílám pro informaci."),
        ("pos", "review", "vet", "posdesp", "Za ošetření jsme dali skoro dva tisíce, ale veterinářka byla trpělivá a kocour je po třech dnech zase čiperný. Stojí to za to."),
        ("neg", "social", "fast_food", "emoji", "Dnešní objednávka přes vaši appku, hranolky 🥶🥶 burger 🤢"),
        ("pos", "review", "car_repair", "typo", "Pan Dvorak vymenil brzdy jeste ten samy den a cena byla ferova. Doporucuju"),
        ("neg", "app_review", "scooter_sharing", "slang", "Koloběžka se zasekla v půlce cesty a prachy si appka stejně strhla. Fakt trapný, podpora mlčí"),
        ("neu", "survey", "online_course", "mix", "Některé lekce mi hodně daly, jiné byly spíš opakování. Lektor zná věc, platforma občas spadne."),
        ("pos", "social", "cake_shop", "emoji", "Dort na osmnáctiny od vás 😍🎂🎉"),
        ("neg", "review", "dry_cleaner", "", "Košile z čistírny vrácená se žlutou skvrnou, která tam předtím nebyla. Prý to tak už bylo. Nedoporučuji."),
        ("pos", "review", "plumber", "", "Instalatér přijel v neděli večer kvůli prasklé trubce, všechno opravil a ještě po sobě uklidil. Zlatý člověk."),
        ("neg", "review", "classifieds", "mix", "Nic moc zkušenost. Kolo samo o sobě odpovídalo fotkám, ale prodejce přišel o hodinu později a zamlčel prasklý rám."),
        ("neu", "social", "swimming_pool", "q", "Bude bazén otevřený i o svátcích 24.–26. 12.? Na webu nic nenacházím."),
        ("pos", "app_review", "music_streaming", "mix", "Doporučování písniček občas úplně mimo a offline režim někdy zlobí, ale za ty peníze nemám co vytknout. Zůstávám."),
        ("neg", "sms", "courier", "short", "Už nikdy víc."),
        ("pos", "review", "shoe_repair", "", "Švec mi zachránil oblíbené kozačky, podpatky jak nové a za pár stovek. Klobouk dolů."),
        ("neg", "chat", "electricity_supplier", "", "Potřetí píšu kvůli chybnému vyúčtování a pořád žádná odpověď. Ke konci smlouvy odcházím ke konkurenci."),
        ("neu", "chat", "classifieds", "q", "Dobrý den, je ta pračka ještě k mání? Mohl bych se zastavit v sobotu dopoledne."),
        ("pos", "social", "pub", "slang typo", "pivko vychlazeny, gulas jak od babicky a obsluha v pohode. jdem zas"),
        ("neg", "review", "internet_provider", "iro", "Internet opravdu „až 500 Mb/s“. Hlavně to „až“, reálně 12 a večer se nenačte ani e-mail."),
        ("pos", "review", "food_stand", "posdesp", "Na langoš se stála fronta skoro půl hodiny, ale byl to nejlepší langoš mýho života. Příště zas."),
        ("neu", "social", "festival", "q", "Můžu si na festival vzít vlastní láhev s vodou, nebo ji u vstupu zabaví?"),
        ("neg", "review", "car_wash", "mix", "Pán u myčky ochotný, to jo, ale po umytí zůstaly na kapotě šmouhy a kola špinavá jak předtím. Škoda peněz."),
        ("pos", "review", "driving_school", "mix", "Instruktor je občas nervózní a hodiny se shání těžko, ale naučil mě řídit a zkoušky mám napoprvé. Díky!"),
        ("neg", "survey", "spa_hotel", "softneg typo", "Cekala jsem od wellness trochu vic, bazen vlazny a sauna jen jedna. Za tu cenu se asi vracet nebudem"),
        ("pos", "sms", "electrician", "short", "Výborná práce, díky"),
        ("neu", "chat", "internet_provider", "q", "Od 1. února se stěhuji, nová adresa je Husova 12, Jihlava. Prosím o převod přípojky."),
        ("neg", "social", "clothing_brand", "slang", "Mikina po prvním praní jak hadr a stála skoro litr. Fakt šlus, už u vás nic nekoupím"),
        ("pos", "app_review", "grocery_delivery", "emoji", "Rohlíky ráno až ke dveřím a ještě teplý 🥐😋"),
        ("pos", "review", "photo_studio", "mix", "Fotky z ateliéru se povedly, jsme nadšení. Jen jsme na ně místo týdne čekali skoro tři."),
        ("neg", "review", "restaurant", "softneg", "Jídlo bylo takové obyčejné a na obsluhu jsme dlouho čekali. Představovali jsme si to jinak, sem asi už nepůjdeme."),
        ("neu", "chat", "city_hall", "q", "Dobrý den, kdy si můžu vyzvednout nový občanský průkaz a musím se předem objednat?"),
        ("neg", "social", "gas_supplier", "iro emoji", "Krásný dárek, nová záloha na plyn o 40 % vyšší 🙃👏 díky moc"),
        ("pos", "chat", "eshop", "posdesp", "Hodinky přišly s poškrábaným sklíčkem, ale do dvou dnů jste poslali nové a bez dohadování. Takhle to má vypadat."),
        ("neg", "sms", "courier", "short", "Bída, fakt."),
        ("pos", "review", "bakery", "slang", "Frgály jak od stařenky, šak to znáte. Vzala jsem tři a doma nezbyl ani drobek"),
        ("neu", "survey", "conference", "mix", "Dopolední přednášky byly zajímavé, odpolední spíš slabší. Občerstvení průměrné, sál pohodlný."),
        ("neg", "review", "electrician", "typo mix", "Elektrikar prisel vcas a byl slusny, jenze zasuvky jsou nakrivo a jistic porad vypada. Nedoporucuju"),
        ("pos", "app_review", "language_app", "typo", "dobra appka na slovicka, obcas nejaky bugy ale za mesic jsem se naucil vic nez ve skole"),
    ],
    "sk": [
        ("pos", "review", "hairdresser", "mix", "Som veľmi spokojná, farba presne taká, akú som chcela. Jediné mínus je parkovanie, pred salónom nie je kde zastaviť."),
        ("neg", "app_review", "meal_kit_subscription", "softneg", "Prvé týždne boli recepty zaujímavé, teraz sa to stále opakuje a porcie sú menšie. Predplatné asi zruším."),
        ("neu", "social", "food_delivery", "q", "Doručujete aj do Petržalky po 22:00? V appke sa mi to nezobrazuje."),
        ("neg", "review", "post_office", "iro", "Na pošte som dnes strávil iba hodinu a pätnásť minút, otvorené boli dve okienka zo šiestich. Rekord, gratulujem."),
        ("pos", "app_review", "mobile_game", "slang", "Brutál hra, hrám to každý deň cestou do roboty a reklamy vôbec neotravujú. Palec hore kámo"),
        ("neg", "review", "ski_school", "mix", "Inštruktor bol fajn a deti sa tešili, ale v skupine bolo 12 detí a každé sa na svahu dostalo na rad sotva dvakrát. Za tie peniaze sklamanie."),
        ("pos", "sms", "car_service", "short", "Výborne, ďakujem"),
        ("neg", "chat", "water_utility", "typo", "Dobry den, uz druhy tyzden nam v byte ide len studena voda a na dispecingu nikto nedviha. Kedy sa to vyriesi??"),
        ("neu", "chat", "city_hall", "q", "Dobrý deň, na Hlavnej ulici pri zastávke je od víkendu prevrátený smetný kôš. Len pre informáciu."),
        ("pos", "review", "vet", "posdesp", "Nebolo to lacné, skoro 150 eur, ale pán doktor sa psíkovi venoval hodinu a všetko vysvetlil. Určite prídeme znova."),
        ("neg", "social", "fast_food", "emoji", "Dnešné menu z vašej prevádzky v Auparku 🤢🤢👎"),
        ("pos", "review", "car_repair", "typo", "Pan Horvath vymenil rozvody za dva dni a cena bola ferova. Odporucam vsetkym"),
        ("neg", "app_review", "taxi_app", "slang", "Appka zamrzne zakaždým, šofér prišiel po 25 minútach a prachy strhlo hneď. Totálna tragédia, brácho"),
        ("neu", "survey", "online_course", "mix", "Niektoré moduly mi veľa dali, iné boli len opakovanie. Lektorka vysvetľuje zrozumiteľne, platforma občas padá."),
        ("pos", "social", "cake_shop", "emoji", "Torta na krstiny od vás 😍😍🍰"),
        ("neg", "review", "dentist", "", "Plomba vypadla po týždni a za opravu chceli ešte doplatiť. Túto ambulanciu neodporúčam."),
        ("pos", "review", "locksmith", "", "Zabuchla som si kľúče o jedenástej v noci, pán prišiel za 20 minút a otvoril bez poškodenia. Ďakujem pekne!"),
        ("neg", "review", "marketplace_seller", "mix", "Predajcu neodporúčam. Mikina sama o sebe pekná, no prišla iná veľkosť a na správy nikto neodpovedá."),
        ("neu", "chat", "gym", "q", "Dá sa permanentka pozastaviť na mesiac počas PN? Platí sa za to niečo?"),
        ("pos", "app_review", "video_streaming", "mix", "Niektoré seriály chýbajú a titulky občas nesedia, ale za tú cenu som spokojný. Nechávam si to."),
        ("neg", "sms", "courier", "short", "Hrozné, neodporúčam."),
        ("pos", "review", "tailor", "", "Krajčírka mi skrátila oblekové nohavice do druhého dňa a sedia perfektne. Zlaté ruky, ďakujem!"),
        ("neg", "chat", "electricity_supplier", "", "Už tretíkrát píšem kvôli zlej faktúre a stále nič. Po skončení zmluvy odchádzam inam."),
        ("neu", "chat", "classifieds", "q", "Dobrý deň, je ten bicykel ešte na predaj? Mohol by som si ho pozrieť v sobotu v Žiline."),
        ("pos", "social", "restaurant", "slang typo", "salas super, halusky jak od mamy a casnicka sumna. prideme zas, dzekujeme"),
        ("neg", "review", "internet_provider", "iro", "Internet až do 1 Gb/s, hlavne to slovíčko „až“. Večer mi nejde ani YouTube, ale faktúra chodí načas."),
        ("pos", "review", "food_stand", "posdesp", "Na lángoš sme čakali skoro pol hodiny, ale stálo to za to. Najlepší na celých trhoch."),
        ("neu", "social", "festival", "q", "Dá sa na festival zobrať vlastná fľaša s vodou, alebo ju pri vstupe zoberú?"),
        ("neg", "review", "car_wash", "mix", "Obsluha ochotná a rýchla, ale auto po umytí celé v šmuhách a disky špinavé ako predtým. Škoda 15 eur."),
        ("pos", "review", "driving_school", "mix", "Inštruktor bol niekedy netrpezlivý a jazdy sa ťažko plánovali, ale skúšky som spravila na prvý pokus. Ďakujem!"),
        ("neg", "survey", "spa_hotel", "softneg typo", "Cakali sme trochu viac, bazen bol vlazny a v saune stale plno. Za tu cenu sa asi nevratime"),
        ("pos", "sms", "plumber", "short", "Všetko perfektné, vďaka"),
        ("neu", "chat", "insurance", "q", "Dobrý deň, od januára mám nové číslo účtu, posielam ho v prílohe. Prosím zmeniť pri inkase."),
        ("neg", "social", "sneaker_brand", "slang", "Tenisky po mesiaci rozlepené a stáli skoro stovku. Fakt trápne, už nikdy od vás nič"),
        ("pos", "app_review", "grocery_delivery", "emoji", "Nákup doručený o 7:30 presne ako som chcela 🙌🔥"),
        ("pos", "review", "dog_groomer", "mix", "Odporúčam! Psík krásne ostrihaný a voňavý, len na termín sa čaká aj tri týždne."),
        ("neg", "review", "theatre", "softneg", "Predstavenie bolo dlhšie, ako sme čakali, a druhé dejstvo sa dosť ťahalo. Od takého súboru som čakala viac."),
        ("neu", "chat", "city_hall", "q", "Dobrý deň, v akých hodinách sa dá vybaviť občiansky preukaz a treba sa objednať vopred?"),
        ("neg", "social", "mobile_operator", "iro emoji", "Ďakujem za ďalšie zdraženie paušálu, presne to som k Vianociam potreboval 🙃👏"),
        ("pos", "chat", "eshop", "posdesp", "Kávovar prišiel s prasknutou nádobkou, ale do troch dní ste poslali novú bez akýchkoľvek otázok. Super prístup."),
        ("neg", "sms", "courier", "short", "Sklamanie."),
        ("pos", "review", "barber", "slang", "Čávo ma ostrihal fakt mega, fade ako z Instagramu. Určite prídem znova"),
        ("neu", "survey", "conference", "mix", "Ranné prednášky boli zaujímavé, poobedné slabšie. Catering priemerný, priestory pohodlné."),
        ("neg", "review", "electrician", "typo mix", "Elektrikar prisiel nacas a bol slusny, ale zasuvky su nakrivo a istic stale vypada. Neodporucam"),
        ("pos", "app_review", "running_app", "typo", "fajn appka na behanie, obcas strati GPS ale plan na 10 km fakt funguje. odporucam"),
    ],
    "ru": [
        ("pos", "review", "hairdresser", "mix", "Довольна, стрижку сделали ровно как на фото. Единственное — администратор перепутала время и пришлось подождать минут 15."),
        ("neg", "review", "bakery", "softneg", "Раньше брала тут круассаны каждое утро, но последние месяцы они уже не те. Наверное, буду искать другое место."),
        ("neu", "social", "food_delivery", "q", "А на Васильевский остров доставляете? В приложении мой адрес не находится."),
        ("neg", "review", "courier", "iro", "Отличный сервис: посылка «вручена», а я её в глаза не видел. Видимо, курьер вручил её сам себе."),
        ("pos", "app_review", "mobile_game", "slang", "Игра топчик, залипаю каждый вечер, донатить не заставляют. Разрабам респект"),
        ("neg", "review", "holiday_cabin", "mix", "Природа шикарная, озеро рядом, персонал вежливый. Но в домике холодно, душ еле тёплый, а цена как в хорошей гостинице. Больше не поедем."),
        ("pos", "sms", "car_wash", "short", "Всё отлично, спасибо"),
        ("neg", "chat", "housing_utility", "typo", "здраствуйте третий день нет горячей воды в подъезде, в диспечерской трубку не берут. када это кончится??"),
        ("neu", "chat", "city_hall", "q", "Добрый день. Сообщаю, что на остановке у дома 15 по ул. Садовой с понедельника не горит фонарь."),
        ("pos", "review", "vet", "posdesp", "Вышло недёшево, почти 6 тысяч, но врач всё подробно объяснила, и кот через два дня уже бегал. Спасибо клинике."),
        ("neg", "social", "sushi_delivery", "emoji", "Роллы сегодня из вашей точки на Профсоюзной 🤢🤮"),
        ("pos", "review", "car_repair", "typo", "Мастер Сергей поменял сцепление за один день, цена адекватная. Рекамендую всем в районе"),
        ("neg", "app_review", "taxi_app", "slang", "Приложение лагает жёстко, водила ехал 25 минут, а бабки списали сразу. Полный зашквар"),
        ("neu", "survey", "online_course", "mix", "Часть уроков реально полезная, часть — пересказ того, что есть на ютубе. Куратор отвечает, платформа иногда тормозит."),
        ("pos", "social", "florist", "emoji", "Букет к годовщине забрал сегодня 😍💐🔥"),
        ("neg", "review", "dentist", "", "Пломба выпала через неделю, а за переделку ещё и доплату попросили. Клинику не рекомендую."),
        ("pos", "review", "plumber", "", "Сантехник пришёл в воскресенье вечером, быстро поменял смеситель и ещё за собой убрал. Золотой человек!"),
        ("neg", "review", "marketplace_seller", "mix", "Продавца не советую. Куртка сама по себе неплохая, но пришла не того размера, а возврат оформляют уже две недели."),
        ("neu", "chat", "gym", "q", "Подскажите, можно ли заморозить абонемент на месяц, если уезжаю в командировку?"),
        ("pos", "app_review", "music_streaming", "mix", "Рекомендации иногда странные и офлайн-режим глючит, но за такие деньги лучше не найти. Остаюсь."),
        ("neg", "sms", "courier", "short", "Больше никогда."),
        ("pos", "review", "tailor", "", "Ателье подшило брюки к утру, всё ровно и аккуратно. Мастерица с золотыми руками!"),
        ("neg", "chat", "internet_provider", "", "Третий раз пишу про неправильный счёт, ответа до сих пор нет. По окончании договора ухожу к другому провайдеру."),
        ("neu", "chat", "classifieds", "q", "Здравствуйте, велосипед ещё актуален? Могу подъехать в субботу после обеда."),
        ("pos", "social", "shawarma", "slang typo", "шаурма огонь, мяса не жалеют и цены ваще норм. канешно приду еще"),
        ("neg", "review", "bank", "iro", "Обожаю вашу горячую линию: 40 минут музыки, а потом «все операторы заняты». Очень душевно."),
        ("pos", "review", "bakery", "posdesp", "Очередь на полчаса, но пышки того стоят. Как в детстве, обязательно вернёмся"),
        ("neu", "social", "concert", "q", "На концерт можно пройти с небольшим рюкзаком? В правилах ничего не нашла."),
        ("neg", "review", "car_wash", "mix", "Ребята вежливые, сделали быстро, но после мойки разводы по всем бокам и диски грязные. Деньги на ветер."),
        ("pos", "review", "driving_school", "mix", "Инструктор иногда орал, и занятия переносили, но права я сдала с первого раза. Спасибо!"),
        ("neg", "survey", "spa_hotel", "softneg typo", "ожидали большего, бассейн прохладный, в сауне вечно очередь. за такие деньги врядли вернемся"),
        ("pos", "sms", "electrician", "short", "Супер, спасибо большое"),
        ("neu", "chat", "gas_utility", "q", "Добрый день, передаю показания счётчика газа на 25 число: 04512. Лицевой счёт указан в приложении."),
        ("neg", "social", "clothing_brand", "slang", "Худи после первой стирки как тряпка, а стоило почти пятёру. Кринж, больше не беру"),
        ("pos", "app_review", "grocery_delivery", "emoji", "Продукты привезли в 7:30, как заказывала 👌🔥"),
        ("pos", "review", "dog_groomer", "mix", "Рекомендую! Пёсик вернулся чистый и красиво подстриженный, правда, записаться можно только за три недели."),
        ("neg", "review", "city_tour", "softneg", "Экскурсия оказалась короче, чем обещали, и гид говорил очень быстро. Ожидала большего, вряд ли пойду ещё."),
        ("neu", "chat", "city_hall", "q", "Добрый день, в какие часы можно забрать паспорт и нужно ли записываться заранее?"),
        ("neg", "social", "mobile_operator", "iro emoji", "Спасибо за очередное повышение тарифа, как раз к Новому году 🙃👏"),
        ("pos", "chat", "eshop", "posdesp", "Наушники пришли с треснутым кейсом, но после одного письма вы отправили новые без лишних вопросов. Вот это сервис."),
        ("neg", "sms", "courier", "short", "Ну такое."),
        ("pos", "review", "pc_game", "slang", "Годнота, сюжет затягивает, за 1500 вообще огонь. Разрабы красавчики"),
        ("neu", "survey", "conference", "mix", "Утренние доклады были интересными, дневные скорее слабыми. Кофе-брейк обычный, зал удобный."),
        ("neg", "review", "electrician", "typo mix", "электрик пришел вовремя и вежливый, но розетки кривые и автомат выбивает. не советую"),
        ("pos", "app_review", "language_app", "typo", "норм приложение для английского, реклами многовато но за месяц реально прогресс есть"),
    ],
    "uk": [
        ("pos", "review", "hairdresser", "mix", "Дуже задоволена, стрижка саме така, як хотіла. Єдине — адміністраторка переплутала час, довелося трохи почекати."),
        ("neg", "app_review", "coffee_subscription", "softneg", "Спочатку кава в підписці була класна, а останні місяці якась пласка. Мабуть, скасую."),
        ("neu", "social", "food_delivery", "q", "А на Троєщину доставляєте? У застосунку не можу знайти свою вулицю."),
        ("neg", "review", "courier", "iro", "Чудово: посилка «отримана», а я її навіть не бачив. Мабуть, отримав хтось дуже схожий на мене."),
        ("pos", "app_review", "mobile_game", "slang", "Гра топ, шо тут скажеш, граю кожен вечір і реклама не бісить. Разрабам респект"),
        ("neg", "review", "holiday_cottage", "mix", "Краєвиди в Карпатах неймовірні, господиня привітна, але в будиночку холодно, а вайфай ловить тільки на ґанку. За такі гроші — ні."),
        ("pos", "sms", "car_wash", "short", "Все супер, дякую"),
        ("neg", "chat", "heating_utility", "typo", "добрий день третій день нема гарячої води а в диспечерській трубку не беруть. коли це закінчиться??"),
        ("neu", "chat", "city_hall", "q", "Добрий день. Повідомляю, що біля зупинки на вул. Шевченка, 20 з понеділка не світить ліхтар."),
        ("pos", "review", "vet", "posdesp", "Вийшло недешево, майже 2 тисячі, але лікарка все пояснила, і кіт уже через два дні бігав. Дякуємо!"),
        ("neg", "social", "pizzeria", "emoji", "Сьогоднішня піца з вашого закладу на Подолі 🤢👎👎"),
        ("pos", "review", "laptop_repair", "typo", "Олег швидко замінив мені памят у ноуті і всьо пояснив, ціна чесна. рекомендую"),
        ("neg", "app_review", "taxi_app", "slang", "Приложуха лагає, водітєль їхав 25 хвилин, а гроші зняли зразу. Вообще жесть"),
        ("neu", "survey", "online_course", "mix", "Частина уроків справді корисна, частина — переказ ютубу. Куратор відповідає, платформа іноді гальмує."),
        ("pos", "social", "cake_shop", "emoji", "Торт на день народження доньки від вас 😍🎂🎉"),
        ("neg", "review", "dentist", "", "Пломба випала через тиждень, а за переробку ще й доплату хотіли. Не раджу."),
        ("pos", "review", "locksmith", "", "Зачинила ключі в квартирі об одинадцятій вечора, майстер приїхав за пів години і відкрив без пошкоджень. Щиро дякую!"),
        ("neg", "review", "marketplace_seller", "mix", "Продавця не раджу. Куртка сама по собі гарна, але прийшла не того розміру, а на повідомлення мовчать тиждень."),
        ("neu", "chat", "gym", "q", "Підкажіть, чи можна заморозити абонемент на місяць, якщо їду у відрядження?"),
        ("pos", "app_review", "video_streaming", "mix", "Фільмів могло б бути більше, і субтитри часом з'їжджають, але за таку ціну я задоволений. Лишаюсь."),
        ("neg", "sms", "courier", "short", "Дуже розчарована."),
        ("pos", "review", "tailor", "", "Швачка вкоротила штани до ранку, все рівненько. Золоті руки!"),
        ("neg", "chat", "internet_provider", "", "Втретє пишу про неправильний рахунок, і досі тиша. Після закінчення договору йду до іншого провайдера."),
        ("neu", "chat", "classifieds", "q", "Добрий день, велосипед ще актуальний? Можу під'їхати в суботу."),
        ("pos", "social", "shawarma", "slang typo", "шаурма класна, мяса не жаліють і ціни нормальні. канєшно ще прийду"),
        ("neg", "review", "railway", "iro", "Потяг прибув «майже вчасно» — лише на три години пізніше. Зате встигла дочитати книжку."),
        ("pos", "review", "cafe", "posdesp", "Черга хвилин на двадцять, але сирник того вартий. Найкращий у Львові, прийдемо ще"),
        ("neu", "social", "concert", "q", "На концерт можна з маленьким рюкзаком? У правилах нічого не знайшла."),
        ("neg", "review", "car_wash", "mix", "Хлопці ввічливі й швидкі, але після мийки розводи по всій машині, диски брудні. Гроші на вітер."),
        ("pos", "review", "driving_school", "mix", "Інструктор інколи кричав, заняття переносили, але права я здала з першого разу. Дякую!"),
        ("neg", "survey", "spa_hotel", "softneg typo", "чекали трохи більшого, басейн прохолодний, в сауні постійно черга. за такі гроші навряд чи повернемся"),
        ("pos", "sms", "electrician", "short", "Чудово, дуже дякую"),
        ("neu", "chat", "gas_utility", "q", "Добрий день, передаю показники лічильника газу станом на 25 число: 04512."),
        ("neg", "social", "clothing_brand", "slang", "Худі після першого прання як ганчірка, а коштувало майже дві штуки. Кринж, більше не беру"),
        ("pos", "app_review", "grocery_delivery", "emoji", "Продукти привезли о 7:30, як і замовляла 🙌🔥"),
        ("pos", "review", "photographer", "mix", "Фото з весілля просто неймовірні, дякуємо! Хоч і чекали їх майже два місяці замість трьох тижнів."),
        ("neg", "review", "cinema", "softneg", "Зал ніби IMAX, а звук як у звичайному. Чесно, розраховувала на більше, наступного разу оберу інший кінотеатр."),
        ("neu", "chat", "city_hall", "q", "Добрий день, коли можна забрати ID-картку і чи треба записуватися наперед?"),
        ("neg", "social", "mobile_operator", "iro emoji", "Дякую за чергове подорожчання тарифу, саме до свят 🙃👏"),
        ("pos", "chat", "pharmacy", "posdesp", "Замовлення в аптеці зібрали не повністю, але фармацевтка сама зателефонувала й привезла решту додому. Дуже приємно."),
        ("neg", "sms", "courier", "short", "Ну таке."),
        ("pos", "review", "pc_game", "slang", "Гра просто бомба, сюжет затягує, а за 400 гривень взагалі кайф"),
        ("neu", "survey", "conference", "mix", "Ранкові доповіді були цікаві, післяобідні — слабші. Кава-брейк звичайний, зала зручна."),
        ("neg", "review", "electrician", "typo mix", "електрик прийшов вчасно і ввічливий, але розетки криві і автомат вибиває. не раджу"),
        ("pos", "app_review", "language_app", "typo", "норм прога для англійскої, реклами многовато але за місяць реально прогрес є"),
    ],
    "en": [
        ("pos", "review", "nail_salon", "mix", "Really happy with my nails, exactly the shade I asked for. Only thing is they were running about 20 min behind."),
        ("neg", "app_review", "coffee_subscription", "softneg", "Been on the coffee subscription since spring and the last few bags have tasted pretty flat. Probably going to pause it."),
        ("neu", "social", "food_delivery", "q", "Do you deliver to Leith or only central Edinburgh? App won't take my postcode."),
        ("neg", "review", "courier", "iro", "Love how my parcel was 'delivered to a safe place'. So safe that nobody, including me, can find it."),
        ("pos", "app_review", "mobile_game", "slang", "ngl this game slaps, been playing it every commute and the ads aren't even annoying"),
        ("neg", "review", "holiday_cottage", "mix", "Gorgeous views and the host was lovely, but the shower was lukewarm at best and the beds felt damp. Not at that price."),
        ("pos", "sms", "car_wash", "short", "Great, thanks!"),
        ("neg", "chat", "city_council", "typo", "hi bins on our street havent been collected for 3 weeks now and noone answers the phone. when is someone comming??"),
        ("neu", "chat", "city_council", "q", "Hello, just to let you know the streetlight outside 14 Mill Lane has been out since Monday."),
        ("pos", "review", "vet", "posdesp", "Wasn't cheap, £240 all in, but the vet took her time explaining everything and our cat was back to herself in two days. Worth it."),
        ("neg", "social", "burger_chain", "emoji", "Tonight's order from your Camden branch 🤢🤢👎"),
        ("pos", "review", "car_repair", "typo", "Dave sorted my clutch in one day and charged a fair price. Definately recomend to anyone local"),
        ("neg", "app_review", "ride_hailing", "slang", "app keeps crashing, driver turned up 25 mins late and it still took my money. absolutely mid, deleting fr"),
        ("neu", "survey", "online_course", "mix", "Some modules were really useful, others felt like a rehash of free YouTube stuff. Tutor knew his stuff, platform froze a few times."),
        ("pos", "social", "cake_shop", "emoji", "Picked up my daughter's birthday cake from you today 😍😍🎂"),
        ("neg", "review", "dentist", "", "Filling fell out after a week and they wanted to charge me again to redo it. Wouldn't recommend this practice."),
        ("pos", "review", "locksmith", "", "Locked myself out at 11pm, he was here in 30 mins and got me in without damaging the lock. Lifesaver!"),
        ("neg", "review", "marketplace_seller", "mix", "Wouldn't buy from this seller again. The jacket itself is decent quality, but it came in the wrong size and my messages have been ignored for a week."),
        ("neu", "chat", "gym", "q", "Can I freeze my membership for a month while I'm travelling for work? Is there a fee for that?"),
        ("pos", "app_review", "video_streaming", "mix", "Catalogue could be bigger and subtitles drift out of sync sometimes, but for the price I'm happy. Staying subscribed."),
        ("neg", "sms", "courier", "short", "Never again."),
        ("pos", "review", "alterations", "", "Had my suit trousers taken up by the next morning, hems perfectly even. She's brilliant, will be back."),
        ("neg", "chat", "energy_supplier", "", "Third time emailing about the wrong bill and still nothing. I'll be switching suppliers when my contract ends."),
        ("neu", "chat", "classifieds", "q", "Hi, is the bike still available? I could come and have a look Saturday morning."),
        ("pos", "social", "fish_and_chips", "slang typo", "best chippy in town no cap, proper crispy batter and the lads r sound. will defo be back"),
        ("neg", "review", "broadband", "iro", "Speeds 'up to' 500Mb. They're really leaning on that 'up to', I get 12 in the evenings. Great stuff."),
        ("pos", "review", "bakery", "posdesp", "Queued nearly half an hour for the cinnamon buns and honestly they're worth every minute. Best in the city."),
        ("neu", "social", "festival", "q", "Are we allowed to bring a refillable water bottle in, or do they get taken at the gate?"),
        ("neg", "review", "car_wash", "mix", "Staff were friendly and quick, but the car came out streaky down both sides and the wheels still filthy. Waste of £15."),
        ("pos", "review", "driving_school", "mix", "My instructor could be a bit short-tempered and lessons got moved a lot, but I passed first time. Thank you!"),
        ("neg", "survey", "spa_hotel", "softneg typo", "expected a bit more tbh, pool was luke warm and the sauna always full. prob wont be back at that price"),
        ("pos", "sms", "plumber", "short", "Brilliant service, cheers"),
        ("neu", "chat", "broadband", "q", "Hi, I'm moving house on 1 February, new address is 22 Park Road, Leeds. Please update my account."),
        ("neg", "social", "clothing_brand", "slang", "hoodie looked like a rag after one wash and it was nearly 60 quid. proper gutted, not ordering again"),
        ("pos", "app_review", "grocery_delivery", "emoji", "Groceries turned up at 7:30 on the dot like I asked 🙌🔥"),
        ("pos", "review", "dog_groomer", "mix", "Highly recommend! Our spaniel came back smelling amazing and beautifully trimmed, though you have to book about three weeks ahead."),
        ("neg", "review", "city_tour", "softneg", "The tour was shorter than advertised and the guide rushed through most of it. Was hoping for more, don't think we'll book again."),
        ("neu", "chat", "city_council", "q", "Hi, what are the opening hours for collecting a parking permit, and do I need to book an appointment?"),
        ("neg", "social", "mobile_network", "iro emoji", "Thanks for yet another price rise, just what I needed in January 🙃👏"),
        ("pos", "chat", "eshop", "posdesp", "Headphones arrived with a cracked case, but one email and you sent a new pair, no questions asked. That's how it's done."),
        ("neg", "sms", "courier", "short", "Not great tbh."),
        ("pos", "review", "pc_game", "slang", "lowkey the best £15 I've spent this year, story hits different and the soundtrack is unreal"),
        ("neu", "survey", "conference", "mix", "Morning talks were interesting, the afternoon ones less so. Catering average, venue comfortable."),
        ("neg", "review", "electrician", "typo mix", "sparky turned up on time and was polite but the sockets are wonky and the breaker keeps tripping. wouldnt recomend"),
        ("pos", "app_review", "language_app", "typo", "decent app for spanish, bit to many ads but im actually learning alot"),
    ],
    "de": [
        ("pos", "review", "hairdresser", "mix", "Bin sehr zufrieden, der Schnitt ist genau so geworden wie gewünscht. Einziges Manko: Man wartet trotz Termin gern mal 15 Minuten."),
        ("neg", "review", "bakery", "softneg", "Früher hab ich hier jeden Sonntag meine Semmeln geholt, aber irgendwie sind sie nicht mehr wie früher. Werd mich wohl umschauen."),
        ("neu", "social", "food_delivery", "q", "Liefert ihr auch nach Ehrenfeld? In der App wird meine Straße nicht gefunden."),
        ("neg", "review", "parcel_service", "iro", "Toll, Paket laut Sendungsverfolgung „dem Nachbarn übergeben“. Blöd nur, dass ich allein am Waldrand wohne."),
        ("pos", "app_review", "mobile_game", "slang", "Game ist echt nice, zock das jeden Tag in der Bahn und die Werbung nervt kaum. Läuft bei euch!"),
        ("neg", "review", "holiday_apartment", "mix", "Lage top, Blick auf den See traumhaft, Vermieterin nett. Aber Schimmel im Bad und die Betten durchgelegen – für den Preis leider nicht nochmal."),
        ("pos", "sms", "car_wash", "short", "Passt, danke!"),
        ("neg", "chat", "municipal_utility", "typo", "Hallo, seit drei Tagen kein Warmwasser im ganzen Haus und bei der Stoerungsstelle geht keiner ran. Wann wird das endlich repariert??"),
        ("neu", "chat", "city_hall", "q", "Guten Tag, die Straßenlaterne vor Hausnummer 12 in der Lindenstraße ist seit Montag aus. Nur zur Info."),
        ("pos", "review", "vet", "posdesp", "Billig war's nicht, knapp 200 €, aber die Ärztin hat sich richtig Zeit genommen und unser Hund ist nach zwei Tagen wieder fit. Danke!"),
        ("neg", "social", "pizzeria", "emoji", "Die Pizza heute aus eurer Filiale am Hauptbahnhof 🤢🤢👎"),
        ("pos", "review", "car_repair", "typo", "Herr Yilmaz hat die Kupplung an einem Tag gemacht, Preis voll fair. Kann ich jedem empfelen"),
        ("neg", "app_review", "scooter_sharing", "slang", "Roller bleibt mitten auf der Strecke stehen und die App bucht trotzdem ab. Voll lost, Digga, Support antwortet nicht"),
        ("neu", "survey", "online_course", "mix", "Manche Module waren richtig hilfreich, andere eher Wiederholung von YouTube-Inhalten. Dozent kompetent, Plattform hängt manchmal."),
        ("pos", "social", "cake_shop", "emoji", "Torte zum 18. unserer Tochter bei euch abgeholt 😍🎂🥳"),
        ("neg", "review", "dentist", "", "Füllung nach einer Woche raus und für die Nachbesserung wollten sie nochmal Geld. Diese Praxis empfehle ich nicht."),
        ("pos", "review", "locksmith", "", "Um 23 Uhr ausgesperrt, der Herr war in 20 Minuten da und hat die Tür ohne Schaden aufgemacht. Fairer Preis, vielen Dank!"),
        ("neg", "review", "classifieds", "mix", "Von diesem Verkäufer rate ich ab. Die Jacke an sich ist ordentlich verarbeitet, kam aber in falscher Größe und auf Nachrichten reagiert seit einer Woche niemand."),
        ("neu", "chat", "gym", "q", "Kann ich meine Mitgliedschaft für einen Monat pausieren, wenn ich beruflich im Ausland bin?"),
        ("pos", "app_review", "video_streaming", "mix", "Die Auswahl könnte größer sein und die Untertitel hängen ab und zu, aber fürs Geld bin ich zufrieden. Bleib dabei."),
        ("neg", "sms", "food_delivery", "short", "Nie wieder."),
        ("pos", "review", "tailor", "", "Anzughose über Nacht gekürzt, Saum perfekt gerade. Die Frau hat goldene Hände, komme gerne wieder."),
        ("neg", "chat", "energy_supplier", "", "Schreibe jetzt zum dritten Mal wegen der falschen Abrechnung und bekomme keine Antwort. Zum Vertragsende bin ich weg."),
        ("neu", "chat", "classifieds", "q", "Hallo, ist das Fahrrad noch zu haben? Könnte am Samstagvormittag vorbeikommen."),
        ("pos", "social", "sausage_stand", "slang typo", "leiwand, die Käsekrainer is a Wahnsinn und da Chef ur lieb. kumm sicha wieda"),
        ("neg", "review", "internet_provider", "iro", "„Bis zu“ 250 Mbit/s. Das „bis zu“ nehmen die wirklich ernst, abends komm ich auf stolze 8. Großartig."),
        ("pos", "review", "ice_cream_parlour", "posdesp", "Eine halbe Stunde in der Schlange gestanden, aber das Eis ist jede Minute wert. Pistazie ist der Hammer."),
        ("neu", "social", "concert", "q", "Darf man zum Konzert einen kleinen Rucksack mitnehmen? In den FAQ steht dazu nichts."),
        ("neg", "review", "car_wash", "mix", "Personal freundlich und schnell, aber nach der Wäsche überall Schlieren und die Felgen so dreckig wie vorher. Rausgeschmissenes Geld."),
        ("pos", "review", "driving_school", "mix", "Mein Fahrlehrer war manchmal etwas ungeduldig und Stunden wurden oft verschoben, aber ich hab beim ersten Mal bestanden. Danke!"),
        ("neg", "survey", "spa_hotel", "softneg typo", "hatten uns etwas mehr erwartet, pool nur lauwarm und die sauna staendig voll. fuer den preis eher nicht nochmal"),
        ("pos", "sms", "electrician", "short", "Top Arbeit, danke"),
        ("neu", "chat", "insurance", "q", "Guten Tag, ab 1. Februar gilt meine neue Adresse: Gartenweg 5, 8010 Graz. Bitte im Vertrag ändern."),
        ("neg", "social", "clothing_brand", "slang", "Dä Hoodie isch nach em erschte Mal wäsche en Lumpe gsi, und das für fascht 80 Stutz. Huere schad, nie meh."),
        ("pos", "app_review", "grocery_delivery", "emoji", "Einkauf kam um 7:30, pünktlich wie bestellt 🙌🔥"),
        ("pos", "review", "dog_groomer", "mix", "Absolute Empfehlung! Unser Pudel kam duftend und toll geschoren zurück, nur auf einen Termin wartet man drei Wochen."),
        ("neg", "review", "city_tour", "softneg", "Die Führung war kürzer als angekündigt und der Guide ist durch alles durchgehetzt. Hatte mir mehr erhofft, buchen wir eher nicht nochmal."),
        ("neu", "chat", "city_hall", "q", "Guten Tag, wann kann ich meinen neuen Personalausweis abholen und brauche ich dafür einen Termin?"),
        ("neg", "social", "mobile_operator", "iro emoji", "Danke für die nächste Preiserhöhung, genau das hat mir im Januar noch gefehlt 🙃👏"),
        ("pos", "chat", "eshop", "posdesp", "Kopfhörer kamen mit gesprungenem Case an, aber nach einer Mail habt ihr ohne Diskussion neue geschickt. So geht Service."),
        ("neg", "sms", "courier", "short", "Leider enttäuschend."),
        ("pos", "review", "bike_repair", "slang", "Mega schnäll gflickt, s Velo lauft wieder wie neu. Merci vilmal, chume sicher wieder!"),
        ("neu", "survey", "conference", "mix", "Die Vorträge am Vormittag waren spannend, die am Nachmittag eher schwächer. Catering durchschnittlich, Räume bequem."),
        ("neg", "review", "electrician", "typo mix", "elektriker kam puenktlich und war freundlich aber die steckdosen sind schief und die sicherung fliegt dauernd raus. nicht zu empfehlen"),
        ("pos", "app_review", "language_app", "typo", "gute app zum vokabeln lernen, bissl viel werbung aber ich merk echt fortschrite nach nem monat"),
    ],
}
# fmt: on

EMOJI_RE = re.compile("[\u2600-\u27bf\U0001f300-\U0001faff]")
WORD_RE = re.compile(r"\w")


def n_words(text: str) -> int:
    """Whitespace tokens holding at least one letter or digit (emoji alone do not count)."""
    return sum(1 for tok in text.split() if WORD_RE.search(tok))


def split_of(pos: int) -> str:
    if pos <= 25:
        return "train"
    if pos <= 35:
        return "holdout"
    return "blind"


def build() -> tuple[list[dict], dict]:
    rows: list[dict] = []
    stats: dict = {
        "label": collections.Counter(),
        "split": collections.Counter(),
        "kind": collections.Counter(),
        "kind_split": collections.defaultdict(set),
        "len": collections.Counter(),
    }
    seen: set[str] = set()
    assert set(ITEMS) == set(LANGS), sorted(ITEMS)
    for lang in LANGS:
        items = ITEMS[lang]
        assert len(items) == 45, (lang, len(items))
        for pos, (sent, channel, domain, kinds, text) in enumerate(items, start=1):
            iid = f"w2-{lang}-{pos:02d}"
            label = SENT[sent]
            split = split_of(pos)
            ks = kinds.split()
            assert channel in CHANNELS, (iid, channel)
            assert domain and re.fullmatch(r"[a-z_]+", domain), (iid, domain)
            assert all(k in KINDS for k in ks), (iid, ks)
            assert text == text.strip() and "\n" not in text, iid
            assert text not in seen, (iid, "duplicate text")
            seen.add(text)
            nw = n_words(text)
            if "short" in ks:
                assert 1 <= nw <= 3, (iid, nw)
            else:
                assert 3 <= nw <= 40, (iid, nw)
            n_sent = len(re.findall(r"[.!?]+(?:\s|$)", text + " "))
            assert n_sent <= 3, (iid, n_sent)
            if "posdesp" in ks:
                assert label == "positive", iid
            if "softneg" in ks:
                assert label == "negative", iid
            if "q" in ks:
                assert label == "neutral", iid
            if "emoji" in ks:
                assert EMOJI_RE.search(text), iid
            rows.append(
                {
                    "id": iid,
                    "lang": lang,
                    "domain": domain,
                    "channel": channel,
                    "text": text,
                    "sentiment": label,
                    "split": split,
                }
            )
            stats["label"][(lang, label)] += 1
            stats["split"][(lang, split, label)] += 1
            for k in ks:
                stats["kind"][(lang, k)] += 1
                stats["kind_split"][(lang, k)].add(split)
            stats["len"]["1-5" if nw <= 5 else "6-25" if nw <= 25 else "26-40"] += 1
    for lang in LANGS:
        assert stats["label"][(lang, "negative")] == 18, lang
        assert stats["label"][(lang, "neutral")] == 9, lang
        assert stats["label"][(lang, "positive")] == 18, lang
        for split, want in SPLIT_SENT.items():
            for label, n in want.items():
                got = stats["split"][(lang, split, label)]
                assert got == n, (lang, split, label, got)
        for k, n in MINIMA.items():
            got = stats["kind"][(lang, k)]
            assert got >= n, (lang, k, got, n)
            need = 3 if n >= 3 else 2
            assert len(stats["kind_split"][(lang, k)]) >= need, (lang, k)
    assert len(rows) == 315
    return rows, stats


def render(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def report(stats: dict) -> None:
    kinds = list(MINIMA)
    print("lang  neg neu pos | " + " ".join(f"{k:>7}" for k in kinds))
    for lang in LANGS:
        lab = " ".join(f"{stats['label'][(lang, x)]:3d}" for x in SPEC_LABELS)
        kk = " ".join(f"{stats['kind'][(lang, k)]:7d}" for k in kinds)
        print(f"{lang:4s}  {lab} | {kk}")
    for split in SPLIT_SENT:
        per = {x: sum(stats["split"][(lang, split, x)] for lang in LANGS) for x in SPEC_LABELS}
        print(f"{split:8s} " + " ".join(f"{x}={n}" for x, n in per.items()))
    print("words:", dict(sorted(stats["len"].items())))


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the file on disk, write nothing")
    args = ap.parse_args()
    rows, stats = build()
    text = render(rows)
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} differs from the generator output", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)} ok ({len(rows)} rows)")
        report(stats)
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(rows)} rows)")
    report(stats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
