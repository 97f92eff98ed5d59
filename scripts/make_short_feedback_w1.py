#!/usr/bin/env python3
"""Write data/train/short_feedback/w1.jsonl: 315 short hand-written customer messages.

45 messages in each of pl, cs, sk, ru, uk, en, de, written for vocmine by an
independent writer (December 2026) without looking at any existing data, model or
public dataset: product and shop reviews, app-store reviews, posts to a brand,
NPS/CSAT survey comments, one-line chat messages and SMS replies.

Label rule (overall sentiment): the customer's bottom line about the company or
product in this message. ``negative`` when dissatisfied overall (even politely,
even with some praise), ``positive`` when satisfied overall (even with a minor
flaw), ``neutral`` when there is no judgement (a question, a request, a factual
notice) or a truly balanced text without a verdict.

Each item is written below in its split block (25 train, 10 holdout, 10 blind per
language); the items of a block are put in a fixed pseudo-random order (seeded by
language and split) before the ids are given, so the label does not follow from
the position. Kinds (only in this script, not in the jsonl):

    M mixed praise and criticism     S sarcastic           L slang / colloquial
    T no diacritics or typos         P positive despite a price, wait or problem
    V very short (1-3 words)         Q question            E emoji carries the tone

The counts per language, label, split and kind are asserted on every run.

    .venv/bin/python scripts/make_short_feedback_w1.py           # rewrite, print counts
    .venv/bin/python scripts/make_short_feedback_w1.py --check   # file on disk == output
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "train" / "short_feedback" / "w1.jsonl"

LANGS = ("pl", "cs", "sk", "ru", "uk", "en", "de")
CHANNELS = {"review", "app_review", "social", "survey", "chat", "sms"}
LABELS = ("negative", "neutral", "positive")
KINDS = set("MSLTPVQE")

# split -> (number of items, expected negative / neutral / positive)
SPLITS = {
    "train": (25, {"negative": 10, "neutral": 5, "positive": 10}),
    "holdout": (10, {"negative": 4, "neutral": 2, "positive": 4}),
    "blind": (10, {"negative": 4, "neutral": 2, "positive": 4}),
}
# per language: at least this many items of each kind
MIN_KINDS = {"M": 6, "S": 3, "L": 4, "T": 4, "P": 3, "V": 3, "Q": 2, "E": 2}

NEG, NEU, POS = "negative", "neutral", "positive"

# (domain, channel, sentiment, kinds, text); per language 25 train, 10 holdout, 10 blind
# fmt: off
ITEMS: dict[str, list[tuple[str, str, str, str, str]]] = {
    "pl": [
        # train
        ("e_shop", "review", NEG, "M", "Produkt sam w sobie w porządku, ale paczka szła dwa tygodnie i nikt nie odpisywał na maile. Więcej tam nie zamówię."),
        ("food_delivery", "app_review", POS, "MP", "Jedzenie dojechało 20 minut po czasie, ale gorące i porcje ogromne. Zamawiam dalej."),
        ("bank", "chat", NEU, "Q", "Dzień dobry, do której godziny dziś czynny jest oddział przy Piotrkowskiej?"),
        ("telecom", "social", NEG, "SE", "@NetFala brawo, trzeci dzień bez internetu i zero informacji 👏👏"),
        ("restaurant", "review", POS, "", "Pierogi jak u babci, obsługa uśmiechnięta, a rachunek nie zwalił z nóg. Wrócimy w weekend."),
        ("parcel_locker", "sms", NEU, "", "Paczka odebrana z paczkomatu, dziękuję."),
        ("gym", "survey", NEG, "ML", "Siłka spoko, ale szatnie to dramat, a pod prysznicem od miesiąca tylko zimna woda. Nie przedłużam karnetu."),
        ("cosmetics", "review", POS, "T", "krem super nawilza, skora nie jest juz taka sucha, polecam kazdemu"),
        ("train", "social", NEG, "", "Pociąg z Krakowa znowu stał pół godziny pod Kielcami, a konduktor nie umiał powiedzieć dlaczego."),
        ("electronics", "review", POS, "VL", "Sztos!"),
        ("insurance", "chat", NEU, "", "Przesyłam w załączniku zdjęcia szkody do zgłoszenia nr 4471/2026."),
        ("hotel", "review", NEG, "M", "Widok z pokoju przepiękny i śniadania bardzo dobre, tylko że całą noc było słychać imprezę z baru pod oknem. Za tę cenę nie wrócę."),
        ("pharmacy", "review", POS, "", "Pani farmaceutka poświęciła mi dziesięć minut i wytłumaczyła, jak brać leki, żeby się nie gryzły. Rzadko się to zdarza."),
        ("software", "app_review", NEG, "TL", "po aktualizacji apka sie wywala przy kazdym logowaniu, nie da sie nic zrobic"),
        ("furniture", "review", POS, "MP", "Kurier spóźnił się dwa dni, ale sofa jest idealna, wygodna i dokładnie w takim kolorze jak na zdjęciu. Polecam."),
        ("energy", "chat", NEU, "Q", "Czy mogę zmienić taryfę na G12 w trakcie trwania umowy?"),
        ("taxi", "app_review", NEG, "", "Kierowca jechał okrężną drogą, a w aplikacji kurs wyszedł o 30 zł drożej niż wycena."),
        ("pet_shop", "social", POS, "E", "Mój kot oszalał na punkcie tej karmy 😻😻 dzięki @ZwierzakSklep za szybką wysyłkę"),
        ("cinema", "survey", NEG, "M", "Film dobry, ale 25 minut reklam przed seansem to przesada, a popcorn był czerstwy."),
        ("public_office", "review", NEU, "", "Urząd czynny od 8 do 16, w środy do 18. Numerki wydają do 15:30."),
        ("fashion", "review", POS, "L", "Kurtka mega, ciepła i dobrze leży, biorę drugą dla brata."),
        ("bank", "app_review", NEG, "S", "Super, że nowa wersja aplikacji wylogowuje mnie co dwie minuty. Dzięki, właśnie o tym marzyłem."),
        ("car_service", "review", POS, "", "Wymiana rozrządu zrobiona w jeden dzień, mechanik pokazał stare części i wszystko wytłumaczył. Cena uczciwa."),
        ("school", "survey", NEG, "", "Kontakt z wychowawczynią praktycznie żaden, na wiadomości w dzienniku odpowiada po tygodniu."),
        ("game", "app_review", POS, "M", "Grafika średnia i trochę bugów, ale gra wciąga jak mało która. Gram codziennie."),
        # holdout
        ("airline", "social", NEG, "M", "Załoga bardzo miła, nie powiem, ale bagaż zaginął i od pięciu dni nikt nie potrafi powiedzieć, gdzie jest."),
        ("e_shop", "sms", POS, "V", "Rewelacja, dziękuję!"),
        ("telecom", "chat", NEU, "Q", "Jak przenieść do was numer z innej sieci i ile to trwa?"),
        ("food_delivery", "social", NEG, "SE", "Zamówienie „w 30 minut” przyjechało po półtorej godziny, zimne. Dzięki, naprawdę 🙃"),
        ("clinic", "review", POS, "MP", "Na wizytę czekałam prawie godzinę po czasie, ale doktor bardzo dokładny i w końcu ktoś znalazł przyczynę moich bólów. Wrócę."),
        ("bus", "review", NEG, "TL", "kierowca nie zatrzymal sie na przystanku chociaz machalam, nastepny byl za 40 minut. masakra"),
        ("cosmetics", "review", POS, "LE", "Ten tusz to petarda, rzęsy jak sztuczne i nic się nie osypuje 😍"),
        ("hotel", "chat", NEU, "", "Proszę o fakturę na firmę, dane przesłałem mailem w dniu wymeldowania."),
        ("electronics", "review", NEG, "M", "Dźwięk w słuchawkach świetny, nie mam zastrzeżeń, ale po trzech miesiącach lewa przestała działać, a reklamacja ciągnie się od miesiąca."),
        ("restaurant", "review", POS, "MP", "Trochę ciasno i głośno, ale pizza najlepsza w mieście i ceny normalne."),
        # blind
        ("train", "review", POS, "MP", "Pociąg tym razem punktualny, czysto, wi-fi działało. Tylko kawa w wagonie mogłaby być tańsza."),
        ("bank", "social", NEG, "S", "Dziękuję bankowi za kolejną „drobną” zmianę w tabeli opłat. Co miesiąc jakaś niespodzianka, naprawdę."),
        ("parcel_locker", "chat", NEU, "Q", "Czy paczkę z paczkomatu może odebrać ktoś inny, jeśli podam mu kod?"),
        ("gym", "app_review", NEG, "TL", "apka do zapisow na zajecia to jakis zart, non stop bledy i zapisy przepadaja"),
        ("fashion", "survey", POS, "E", "Zwrot przyjęty w dwa dni, pieniądze od razu na koncie 👍"),
        ("insurance", "review", NEG, "M", "Agent był uprzejmy i cierpliwy, ale odszkodowanie to 40% wyceny rzeczoznawcy. Zmieniam ubezpieczyciela."),
        ("public_office", "survey", NEU, "", "Pierwszy raz składałem wniosek przez internet, drugi raz osobiście. Oba sposoby mają swoje plusy i minusy."),
        ("pet_shop", "review", POS, "L", "Obsługa ogarnięta, doradzili dobrą karmę dla psa z alergią i nie wcisnęli najdroższej."),
        ("taxi", "sms", NEG, "V", "Totalna porażka."),
        ("furniture", "review", POS, "MPT", "Czekalismy na szafe 6 tygodni, dluzej niz obiecali, ale jakosc wykonania rewelacyjna i montaz bez problemu."),
    ],
    "cs": [
        # train
        ("e_shop", "review", POS, "MP", "Balík dorazil o den později, než slibovali, ale vysavač funguje skvěle a cena byla nejnižší, co jsem našel."),
        ("telecom", "chat", NEU, "Q", "Dobrý den, kdy mi přijde vyúčtování za listopad? Na webu ho zatím nevidím."),
        ("restaurant", "review", NEG, "M", "Svíčková výborná, to se musí nechat, ale na jídlo jsme čekali hodinu a číšník se ani neomluvil. Příště jinam."),
        ("airline", "social", NEG, "SE", "@SkyCzech díky za zrušený let dvě hodiny před odletem, fakt skvělá služba 👏"),
        ("pharmacy", "review", POS, "", "Lékárnice mi poradila levnější variantu léku se stejnou účinnou látkou. Ušetřila jsem skoro tři stovky."),
        ("gym", "survey", NEG, "ML", "Fitko fajn, ale večer je tam narváno a na stroje se čeká i dvacet minut. Permici neprodlužuju."),
        ("bank", "chat", NEU, "", "Posílám potvrzení o příjmu, jak jste chtěli k žádosti o hypotéku."),
        ("food_delivery", "app_review", POS, "L", "Jídlo dorazilo za dvacet minut, ještě horké, kurýr v pohodě. Paráda."),
        ("energy", "review", NEG, "", "Zálohy nám zvedli o polovinu bez jakéhokoli vysvětlení a na zákaznické lince nikdo nebere telefon."),
        ("cosmetics", "review", POS, "T", "sampon je uzasny, vlasy jsou mekke a nepadaji tolik jako driv"),
        ("parcel_locker", "sms", NEU, "", "Zásilku jsem vyzvedl, můžete uzavřít reklamaci č. 20931."),
        ("hotel", "review", NEG, "T", "pokoj nebyl uklizeny kdyz jsme prijeli, na posteli vlasy a v koupelne plisen. za 3000 na noc hruza"),
        ("electronics", "review", POS, "M", "Displej by mohl být jasnější, ale baterie vydrží klidně tři dny a foťák je na tu cenu super."),
        ("train", "social", NEG, "", "Vlak z Brna zase plný, místenky prodané dvakrát na stejné místo a průvodčí jen pokrčil rameny."),
        ("furniture", "review", POS, "", "Stůl z masivu, pevný, hezky zpracovaný a montáž zvládla i moje dvanáctiletá dcera."),
        ("public_office", "chat", NEU, "QL", "Potřebuji k výměně řidičáku nějakou fotku, nebo ji dělají přímo na úřadě?"),
        ("taxi", "app_review", NEG, "S", "Řidič mi celou cestu vyprávěl o politice a pak si naúčtoval čekání, které nebylo. Děkuju pěkně."),
        ("clinic", "review", POS, "MP", "Čekárna plná a čekala jsem přes hodinu, ale paní doktorka si na mě pak udělala čas a všechno vysvětlila. Doporučuju."),
        ("software", "app_review", NEG, "M", "Vzhled aplikace se povedl, to jo, jenže synchronizace mi už dvakrát smazala poznámky. Odinstalováno."),
        ("cinema", "survey", NEU, "", "Byli jsme na promítání v pondělí večer, sál byl asi z poloviny plný."),
        ("pet_shop", "review", POS, "V", "Spokojenost!"),
        ("insurance", "review", NEG, "M", "Pojistka levná, proto jsem ji bral, jenže při první škodě se ukázalo proč: výjimky ve všem. Nedoporučuju."),
        ("fashion", "social", POS, "E", "Boty od @BotyProVas jsem nosila celé léto a pořád vypadají jako nové 😍🙌"),
        ("bus", "sms", NEG, "L", "Autobus zase ujel o tři minuty dřív, fakt síla. Stížnost podávám potřetí."),
        ("game", "app_review", POS, "L", "Hra je hustá, s kámošema to hrajem každej večer."),
        # holdout
        ("e_shop", "review", NEG, "M", "Zboží v pořádku a dobře zabalené, ale vrácení peněz za reklamaci trvá už šest týdnů. Tady už nenakoupím."),
        ("restaurant", "survey", POS, "MP", "Obsluha trochu pomalá, ale pivo perfektně natočené a guláš jak od mámy."),
        ("telecom", "social", NEG, "S", "Gratuluju @MobilNet, podařilo se vám mít výpadek signálu zrovna na Štědrý den. Výkon."),
        ("bank", "chat", NEU, "Q", "Jaký je denní limit pro výběr z bankomatu u studentského účtu?"),
        ("hotel", "review", POS, "T", "super lokalita, personal mily a snidane bohata. urcite se vratime"),
        ("food_delivery", "app_review", NEG, "V", "Už nikdy."),
        ("school", "survey", NEU, "", "Kroužek robotiky začíná od února, přihlášku jsem poslala ve čtvrtek."),
        ("car_service", "review", POS, "MP", "Oprava byla dražší, než jsem čekal, ale mechanik mi předem volal a všechno vysvětlil. Auto jede jako nové."),
        ("electronics", "chat", NEG, "E", "Třetí reklamace stejné pračky a zase prý „závada nezjištěna“ 🤬"),
        ("cosmetics", "review", POS, "L", "Tahle řasenka je bomba, vydrží celý den a nerozmaže se."),
        # blind
        ("airline", "review", POS, "MP", "Sedačky úzké, to ano, ale let přesně na čas, posádka milá a zavazadlo dorazilo jako první."),
        ("parcel_locker", "app_review", NEG, "T", "box se neotevrel, aplikace pise ze je zasilka vyzvednuta. podpora nereaguje uz 3 dny"),
        ("energy", "chat", NEU, "Q", "Můžu si zálohy platit čtvrtletně místo měsíčně?"),
        ("gym", "review", NEG, "S", "Klimatizace v sále nefunguje už druhý měsíc, takže aspoň ušetřím za saunu. Děkuju."),
        ("pharmacy", "sms", POS, "V", "Super, díky!"),
        ("taxi", "review", NEG, "ML", "Auto čistý a řidič sympatickej, ale za kilometr a půl si řekl dvě stovky. To je fakt přes čáru."),
        ("public_office", "review", NEU, "", "Na pas se čeká zhruba měsíc, občanku vydají do dvou týdnů. Objednat se dá online."),
        ("furniture", "social", POS, "E", "Nová sedačka od @NabytekDomov konečně doma 🛋️😊 Kočka ji schválila jako první."),
        ("software", "app_review", NEG, "M", "Funkcí je hodně a vypadá to profesionálně, jenže každá aktualizace něco rozbije. Přecházím ke konkurenci."),
        ("pet_shop", "review", POS, "MPT", "Objednavka sice dorazila s tydennim zpozdenim, ale granule maji ve sleve a pes je miluje."),
    ],
    "sk": [
        # train
        ("telecom", "chat", NEU, "Q", "Dobrý deň, dá sa k paušálu dokúpiť dáta navyše aj cez aplikáciu?"),
        ("e_shop", "review", NEG, "M", "Tovar ako na fotke, to áno, lenže kuriér ho nechal pred bránou v daždi a krabica bola úplne premočená. Už neobjednám."),
        ("restaurant", "review", POS, "", "Bryndzové halušky ako u starej mamy, porcia poriadna a pani čašníčka veľmi milá."),
        ("bank", "social", NEG, "SEL", "Ďakujem @BankaSK, že mi appka spadla presne vo chvíli, keď som platil nájom. Paráda 🙄"),
        ("gym", "review", POS, "L", "Fitko top, tréneri ochotní a ráno tam je skoro prázdno."),
        ("energy", "review", NEG, "", "Vyúčtovanie prišlo o dva mesiace neskôr a s nedoplatkom, ktorý nikto nevie vysvetliť."),
        ("parcel_locker", "sms", NEU, "", "Zmena adresy doručenia potvrdená, balík pôjde do boxu na Obchodnej."),
        ("hotel", "review", POS, "MP", "Izba bola trochu menšia, než sme čakali, ale čistota, raňajky a výhľad na Tatry to vynahradili. Odporúčam."),
        ("food_delivery", "app_review", NEG, "T", "jedlo prislo studene a chybala polovica objednavky, podpora len napisala ze sa ospravedlnuju"),
        ("cosmetics", "review", POS, "V", "Úplná láska!"),
        ("train", "social", NEG, "M", "Nové vagóny sú pekné, to uznávam, ale tretíkrát tento týždeň meškanie vyše hodiny. Do práce radšej autom."),
        ("clinic", "chat", NEU, "", "Posielam výsledky z krvi, ktoré ste chceli pred kontrolou vo štvrtok."),
        ("electronics", "review", POS, "M", "Kamera v noci nič moc, ale inak je telefón rýchly a batéria drží dva dni. Za tie peniaze spokojnosť."),
        ("taxi", "review", NEG, "L", "Šofér celú cestu telefonoval a šoféroval ako blázon. Fakt hrôza, viac s nimi nejdem."),
        ("furniture", "review", POS, "", "Posteľ prišla v dohodnutý deň, montážnici boli hotoví za hodinu a po sebe aj upratali."),
        ("insurance", "chat", NEU, "Q", "Kryje havarijné poistenie aj poškodenie skla, alebo si to musím pripoistiť?"),
        ("software", "app_review", NEG, "ML", "Nápad dobrý a dizajn pekný, ale appka mi žerie batériu ako divá. Kým to neopravia, dávam preč."),
        ("pet_shop", "social", POS, "E", "Náš psík je z novej hračky úplne mimo 🐶❤️ vďaka, @ZverinecOnline!"),
        ("public_office", "review", NEG, "S", "Na úrade som strávil štyri hodiny kvôli jednej pečiatke. Gratulujem k digitalizácii."),
        ("cinema", "survey", NEU, "", "Boli sme na večernom predstavení v sobotu, lístky sme kupovali cez web."),
        ("fashion", "review", POS, "T", "saty sedia presne, latka prijemna a farba ako na obrazku. urcite objednam znova"),
        ("bus", "review", NEG, "", "Spoj o 6:40 znova nepremával a nikde žiadne oznámenie. Stáli sme na zastávke pol hodiny."),
        ("car_service", "review", POS, "MP", "Čakal som na auto o deň dlhšie, no servis mi medzitým zapožičal náhradné a nič si za to nepýtal. Super prístup."),
        ("school", "survey", NEG, "M", "Učitelia sú fajn a snažia sa, ale komunikácia vedenia s rodičmi je katastrofa. Od septembra dieťa prehlásim na inú školu."),
        ("game", "app_review", POS, "L", "Hra je úplne návyková, hrám to každú pauzu v robote."),
        # holdout
        ("airline", "social", NEG, "M", "Letušky zlaté, ale za to, že sme sedeli hodinu v lietadle na zemi bez vody, vám nepoďakujem. Nabudúce iná spoločnosť."),
        ("pharmacy", "review", POS, "MP", "Liek nemali na sklade, ale objednali ho do druhého dňa a ešte mi zavolali, že je pripravený. Výborne."),
        ("telecom", "sms", NEG, "V", "Ruším zmluvu."),
        ("bank", "chat", NEU, "Q", "Aký je poplatok za okamžitú platbu do zahraničia?"),
        ("restaurant", "review", POS, "M", "Parkovanie nikde a interiér trochu zastaraný, ale steak bol perfektný a víno, ktoré odporučili, skvelé."),
        ("e_shop", "social", NEG, "S", "Objednávka „do 24 hodín“ je na ceste už deviaty deň. Rekord, blahoželám."),
        ("gym", "chat", NEU, "", "Chcel by som si na január pozastaviť permanentku, budem v zahraničí."),
        ("cosmetics", "review", POS, "E", "Krém krásne vonia, vstrebal sa hneď a pleť je konečne pokojná ✨😊"),
        ("hotel", "review", NEG, "T", "wifi nefungovala cely pobyt, na recepcii iba krcili plecami. za tu cenu sklamanie"),
        ("furniture", "review", POS, "L", "Gauč je pecka, sedí sa na ňom ako v obláčiku. Prvý večer sme na ňom obaja zaspali."),
        # blind
        ("train", "review", POS, "MP", "Vo vlaku bolo síce trochu chladno, ale prišiel načas a sprievodkyňa bola veľmi ochotná."),
        ("food_delivery", "app_review", NEG, "E", "Hodinu a pol čakania na pizzu a prišla studená ako ľad 🥶👎"),
        ("parcel_locker", "chat", NEU, "Q", "Ako dlho mi balík počká v boxe, kým ho vrátia odosielateľovi?"),
        ("insurance", "review", NEG, "M", "Pani na pobočke ochotná, to áno, lenže poisťovňa sa pol roka vyhovára a plnenie stále nič. Končím s nimi."),
        ("electronics", "sms", POS, "V", "Spokojnosť, ďakujem!"),
        ("taxi", "app_review", NEG, "TL", "vodic nevedel cestu, jazdil podla navigacie dookola a nakoniec chcel viac nez ukazala appka. fakt nic moc"),
        ("public_office", "survey", NEU, "", "Žiadosť o prídavok som podala v pondelok, číslo podania mám 2026/1188."),
        ("fashion", "review", POS, "MP", "Bunda stála viac, než som chcela dať, ale po dvoch zimách stále vyzerá ako nová. Tá cena sa oplatila."),
        ("game", "social", NEG, "SE", "Nový update super, teraz sa hra načítava päť minút namiesto jednej 👏 vďaka, vývojári."),
        ("clinic", "review", POS, "L", "Doktorka je zlatá, vypočuje, nenáhli sa a nepošle vás hneď preč s receptom."),
    ],
    "ru": [
        # train
        ("e_shop", "review", NEG, "M", "Куртка сама по себе неплохая, но пришла на размер меньше, а возврат тянули три недели. Больше у этого продавца не беру."),
        ("taxi", "app_review", POS, "MP", "Машину ждал минут пятнадцать, зато водитель вежливый, в салоне чисто и довёз быстрее, чем обещали."),
        ("bank", "chat", NEU, "Q", "Здравствуйте, подскажите, можно ли перевыпустить карту без визита в отделение?"),
        ("telecom", "social", NEG, "SE", "@MegaSvyaz_help спасибо, третий день без интернета и ни одного сообщения от вас 👏👏👏"),
        ("restaurant", "review", POS, "", "Борщ густой, пампушки с чесноком ещё тёплые, официант посоветовал отличную настойку. Придём ещё."),
        ("clinic", "review", NEG, "M", "Врач грамотная, претензий нет, но регистратура — отдельный круг ада: трубку не берут, записи теряют. Перехожу в другую клинику."),
        ("parcel_locker", "sms", NEU, "", "Заказ забрала из постамата, код больше не нужен."),
        ("cosmetics", "review", POS, "T", "крем вообщем отличный, кожа не шелушится и запах приятный, беру уже вторую банку"),
        ("train", "social", NEG, "", "Поезд опоздал на два часа, в вагоне не работал туалет, а проводница на все вопросы огрызалась."),
        ("electronics", "review", POS, "VL", "Огонь!"),
        ("insurance", "chat", NEU, "", "Меняю номер телефона, прошу обновить его в полисе ОСАГО."),
        ("hotel", "review", NEG, "M", "Вид из номера шикарный и завтраки хорошие, но кондиционер не работал все пять дней, а на ресепшене только обещали прислать мастера. За такие деньги — нет."),
        ("pharmacy", "review", POS, "L", "Фармацевт не стала впаривать дорогой аналог, а честно сказала, что дешёвый ничем не хуже."),
        ("software", "app_review", NEG, "TL", "после обновы приложение вылетает при входе, незнаю что вы там сделали но пользоватся невозможно"),
        ("furniture", "review", POS, "MP", "Доставку переносили два раза, но диван идеальный: мягкий, ровные швы, цвет точно как на сайте. Рекомендую."),
        ("energy", "chat", NEU, "Q", "Как передать показания счётчика, если личный кабинет не открывается?"),
        ("food_delivery", "app_review", NEG, "", "Привезли чужой заказ, а в поддержке предложили промокод на 100 рублей вместо возврата денег."),
        ("pet_shop", "social", POS, "E", "Кот теперь не отходит от новой когтеточки 😻 спасибо @ZooDom_ru за быструю доставку!"),
        ("software", "app_review", NEG, "M", "Подборки в приложении правда хорошие, но за год подписка подорожала дважды. Отписалась."),
        ("public_office", "review", NEU, "", "МФЦ работает с 9 до 20, по воскресеньям выходной. Талон берётся через терминал у входа."),
        ("fashion", "review", POS, "L", "Кроссы топ, удобные, ношу каждый день уже месяц."),
        ("bank", "app_review", NEG, "S", "Обожаю, когда приложение банка просит обновиться ровно в момент оплаты на кассе. Очень вовремя, спасибо."),
        ("beauty_salon", "review", POS, "", "Мастер по маникюру — золото, покрытие держится третью неделю, ни одного скола."),
        ("gym", "survey", NEG, "ML", "Зал норм, но в раздевалке вечно бардак, а душ то холодный, то кипяток. Абонемент продлевать не буду."),
        ("telecom", "survey", POS, "MP", "Тариф дороже, чем у конкурентов, но связь ловит даже на даче, где у других ноль. Остаюсь."),
        # holdout
        ("e_shop", "review", NEG, "M", "Продавец отвечает быстро и вежливо, тут плюс. Но чайник через неделю начал течь, а возврат оформить так и не дали."),
        ("bank", "sms", POS, "V", "Всё получилось, спасибо!"),
        ("train", "chat", NEU, "Q", "Можно ли провезти велосипед в Сапсане, и нужен ли на него отдельный билет?"),
        ("taxi", "social", NEG, "SE", "Отличный сервис: водитель отменил заказ в 3 ночи, а следующая машина через 40 минут 👍 спасибо, век не забуду"),
        ("hotel", "review", POS, "MP", "Заселили на час позже, номер ещё убирали, но в качестве извинения дали бесплатный поздний выезд. Остались довольны."),
        ("gym", "app_review", NEG, "T", "в прилажении постоянно слетает запись на тренеровки, прихожу а меня нет в списке"),
        ("food_delivery", "review", POS, "L", "Шаурма у них зачётная, мяса не жалеют, и курьеры всегда на связи."),
        ("telecom", "chat", NEU, "", "Прошу отключить подписку на музыку с первого числа, номер договора 55812."),
        ("public_office", "review", NEG, "", "Очередь в паспортном столе на полдня, окно работает одно, а сотрудница ушла на обед в разгар приёма."),
        ("electronics", "review", POS, "M", "Корпус маркий и зарядки в комплекте нет, но ноутбук тихий, быстрый и держит целый рабочий день."),
        # blind
        ("airline", "review", POS, "M", "Кресла тесноватые, зато вылетели минута в минуту, покормили нормально и багаж выдали первым."),
        ("insurance", "social", NEG, "S", "Спасибо страховой за незабываемый опыт: три месяца собираю справки, а выплата всё «на рассмотрении»."),
        ("parcel_locker", "chat", NEU, "Q", "Сколько дней посылка хранится в постамате, прежде чем её вернут отправителю?"),
        ("e_shop", "app_review", NEG, "LT", "приложуха тормозит жесть как, корзина сама очищаеться, задолбали уже"),
        ("cosmetics", "survey", POS, "E", "Заказ пришёл с пробниками и милой запиской 🥰"),
        ("car_service", "review", NEG, "M", "Мастер приветливый, всё объяснил, только после их «ремонта» стук никуда не делся, а деньги взяли полностью. Не рекомендую."),
        ("school", "survey", NEU, "", "Секция по шахматам начинается с февраля, запись у администратора до конца января."),
        ("furniture", "review", POS, "MP", "Стоит недёшево, ждали шкаф месяц, но сборка на совесть и двери закрываются идеально."),
        ("cinema", "sms", NEG, "V", "Деньги на ветер."),
        ("game", "review", POS, "T", "игра класная, сюжет затягивает, жду продолжения"),
    ],
    "uk": [
        # train
        ("parcel_locker", "app_review", NEG, "M", "Поштомати зручні, не сперечаюсь, але вже втретє посилка «доставлена», а комірка порожня. Підтримка відповідає шаблонами."),
        ("bank", "app_review", POS, "MP", "Вчора застосунок лежав пів дня, але переказ, що завис, повернули ще до вечора. Загалом банком задоволений."),
        ("energy", "chat", NEU, "Q", "Добрий день, як передати показники лічильника, якщо після переоформлення змінився особовий рахунок?"),
        ("telecom", "social", NEG, "SE", "@KyivNet_support дякую, що інтернет зникає саме тоді, коли дають світло 👏 дуже логічно"),
        ("restaurant", "review", POS, "", "Вареники з вишнею неймовірні, а офіціантка порадила домашню наливку — теж влучно. Прийдемо ще."),
        ("food_delivery", "review", NEG, "L", "Піца приїхала холодна й розчавлена, кур’єр ще й нахамив. Капець, більше не замовляю."),
        ("pharmacy", "sms", NEU, "", "Ліки заберу завтра після 18:00, відкладіть, будь ласка."),
        ("cosmetics", "review", POS, "T", "сироватка класна, шкіра стала рівніша и висипань майже нема. беру вже третю"),
        ("train", "social", NEG, "", "Потяг зі Львова знову запізнився на дві години, а у вагоні не працювало опалення. Їхали в куртках."),
        ("electronics", "review", POS, "VL", "Бомба!"),
        ("insurance", "chat", NEU, "", "Надсилаю фото пошкоджень авто та номер поліса, як ви просили."),
        ("hotel", "review", NEG, "M", "Краєвид з балкона чудовий і сніданки смачні, але в номері було холодно, а обігрівач принесли лише на третю ніч. За такі гроші не повернемось."),
        ("clinic", "review", POS, "", "Лікарка уважна, нікуди не поспішала й пояснила кожен аналіз простою мовою. Рідкість."),
        ("software", "app_review", NEG, "TL", "оновили апку і тепер сповіщеня приходять через годину коли вже не треба шо за фігня"),
        ("furniture", "review", POS, "MP", "Доставку перенесли на тиждень, але шафа якісна, зібрали без жодних проблем, усе рівно й щільно. Рекомендую."),
        ("public_office", "chat", NEU, "Q", "Чи можна оформити закордонний паспорт у ЦНАПі, чи лише в паспортному сервісі?"),
        ("taxi", "app_review", NEG, "", "Водій 20 хвилин їхав до мене з іншого кінця міста, а потім ще й нарахували доплату за очікування."),
        ("pet_shop", "social", POS, "E", "Пес у захваті від нової лежанки 🐶💛 дякую @Zoomarket_ua, доставили за день!"),
        ("cinema", "survey", NEG, "M", "Звук і картинка на висоті, але попкорн черствий, а в залі хтось увесь фільм світив телефоном, і персонал ніяк не реагував."),
        ("school", "survey", NEU, "", "Батьківські збори перенесли на четвер, 18:30, кабінет 214."),
        ("fashion", "review", POS, "L", "Худі просто топчик, тепле і після прання як нове."),
        ("bank", "social", NEG, "S", "Обожнюю, коли банк блокує картку «з міркувань безпеки» просто на касі в супермаркеті. Дякую за турботу."),
        ("car_service", "review", POS, "", "Замінили гальмівні колодки за годину, показали старі й не нав’язували зайвого. Ціна чесна."),
        ("gym", "survey", NEG, "ML", "Тренер норм, але в групу набивають по тридцять людей і килимок нема де постелити. Не продовжую."),
        ("game", "app_review", POS, "MP", "Донатів забагато, чесно, але сюжет і музика такі, що пройшла гру вже двічі."),
        # holdout
        ("airline", "social", NEG, "M", "Екіпаж привітний, без питань, але рейс затримали на п’ять годин і жодного разу не запропонували навіть води."),
        ("e_shop", "sms", POS, "V", "Все чудово, дякую!"),
        ("bus", "chat", NEU, "Q", "Чи є в автобусі до Варшави розетки і скільки багажу можна брати?"),
        ("food_delivery", "social", NEG, "SE", "Обіцяли 30 хвилин, привезли через півтори години, все холодне. Чудово, просто чудово 🙃"),
        ("clinic", "review", POS, "MP", "Зуб лікували довго і недешево, але жодного болю, а пломба тримається вже пів року. Раджу."),
        ("bus", "review", NEG, "T", "маршрутка знову не приихала по розкладу, чекали 50 хв на морозі. скільки можна"),
        ("restaurant", "review", POS, "L", "Кава тут топ, бариста шарить, а круасани завжди свіжі."),
        ("hotel", "chat", NEU, "", "Потрібен рахунок на ФОП, реквізити надіслала на пошту."),
        ("electronics", "review", NEG, "M", "Телевізор гарний, картинка яскрава, але за пів року двічі віддавали в сервіс і щоразу чекали по три тижні. Не раджу."),
        ("restaurant", "review", POS, "M", "Персонал трохи розгублений, бо відкрились нещодавно, але борщ із пампушками — як у мами. Будемо заходити."),
        # blind
        ("train", "review", POS, "MP", "Вагон старенький і трохи прохолодно, зате потяг прибув хвилина в хвилину, а провідниця принесла ще одну ковдру."),
        ("energy", "social", NEG, "S", "Браво, обленерго: третій рахунок поспіль з помилкою, і щоразу я маю доводити, що я не верблюд."),
        ("parcel_locker", "chat", NEU, "Q", "Як змінити адресу доставки, якщо посилка вже в дорозі?"),
        ("telecom", "review", NEG, "LT", "тариф підняли вдруге за рік а звязок як був відстійний так і лишився. пора валити до іншого оператора"),
        ("fashion", "survey", POS, "E", "Сукня сіла ідеально, на весіллі всі питали, де купила 💃✨"),
        ("insurance", "review", NEG, "M", "Менеджерка в офісі чемна і все пояснила, але компенсацію за ДТП чекаю вже четвертий місяць. Шукаю іншу страхову."),
        ("public_office", "survey", NEU, "", "Заяву на субсидію подала через Дію 3 грудня, номер звернення 41-227."),
        ("vet_clinic", "review", POS, "L", "Ветеринарка — просто золото, з котом панькалась як з дитиною і не розводила на зайві аналізи."),
        ("taxi", "sms", NEG, "V", "Більше ніколи."),
        ("furniture", "review", POS, "MPT", "чекали диван 5 тижнів, довше ніж обіцяли, але якисть супер і збирати нічого не треба"),
    ],
    "en": [
        # train
        ("airline", "social", NEG, "SE", "@SkyJetAir love how my 'on time' flight is now 4 hours late with zero updates 🙃 great job"),
        ("software", "app_review", POS, "MP", "Took me a while to figure out the settings and the free tier is limited, but honestly this budgeting app changed how I handle money."),
        ("bank", "chat", NEU, "Q", "Hi, can I increase my daily transfer limit from the app or do I need to call?"),
        ("food_delivery", "review", NEG, "M", "Driver was lovely and apologised, but that doesn't change the fact the curry was cold and the naan was missing. Refund still pending."),
        ("game", "app_review", POS, "L", "ngl this game is lowkey addictive, played way past bedtime"),
        ("insurance", "review", NEG, "", "Claim submitted in August, still 'under review' in December. Every call is a different person who knows nothing."),
        ("energy", "chat", NEU, "", "Submitting my meter reading for December: 48213. Account ends in 0931."),
        ("hotel", "review", POS, "MP", "Room was on the small side and the lift is painfully slow, but the staff went above and beyond and breakfast was outstanding."),
        ("telecom", "app_review", NEG, "T", "app wont let me pay my bill, keeps saying error 502. tried for 3 days now, its ridiculous"),
        ("cosmetics", "review", POS, "V", "Obsessed!"),
        ("parcel_locker", "sms", NEU, "", "Parcel collected from locker 14, you can close the ticket."),
        ("restaurant", "review", NEG, "M", "The steak was cooked perfectly and the wine list is excellent. Shame about the 50-minute wait between courses and the surprise service charge. Won't rush back."),
        ("clinic", "survey", POS, "", "Receptionist fit me in the same day and the GP actually listened. Felt like a person, not a number."),
        ("train", "social", NEG, "L", "another cancelled train, another 40 min in the cold on the platform. absolute joke @NorthRailUK"),
        ("furniture", "review", POS, "MP", "Delivery slot got moved twice, which was annoying, but the sofa is gorgeous and really comfy. Would buy again."),
        ("public_office", "chat", NEU, "Q", "Do I need to book an appointment to renew my passport in person, or can I just walk in?"),
        ("taxi", "app_review", NEG, "", "Driver took the long way round and I got charged £9 more than the quote. Support just sent a copy-paste reply."),
        ("pet_shop", "social", POS, "E", "Our rescue pup hasn't let go of this squeaky hedgehog since it arrived 🐶💕 thank you @PawsAndCo!"),
        ("gym", "survey", NEG, "ML", "Equipment is decent and the trainers are chill, but the changing rooms are grim and the showers have been cold for weeks. Cancelling."),
        ("school", "survey", NEU, "", "My son started in September; parents' evening is booked for the 14th."),
        ("electronics", "review", POS, "L", "These earbuds slap. Bass is deep, battery lasts forever, no complaints."),
        ("bank", "app_review", NEG, "S", "Brilliant update, now face ID fails every single time. Really appreciate typing my password 20 times a day."),
        ("car_service", "review", POS, "", "Booked an MOT on Monday, done by lunchtime and they didn't try to upsell me anything. Honest garage."),
        ("e_shop", "review", NEG, "T", "ordered a size M recieved a XL, sent it back and still havent got my money after 3 weeks"),
        ("cinema", "review", POS, "MP", "Tickets aren't cheap and the snacks are daylight robbery, but the recliner seats and the sound make it worth it."),
        # holdout
        ("telecom", "social", NEG, "M", "@FibreFast_help your support team is genuinely kind, I'll give you that, but 9 days without broadband isn't something kindness fixes."),
        ("pharmacy", "sms", POS, "V", "Perfect, thank you!"),
        ("airline", "chat", NEU, "Q", "Can I add a checked bag after booking, and is it cheaper online than at the airport?"),
        ("e_shop", "social", NEG, "SE", "Ordered 'next day delivery' on Monday. It's Friday. Stellar work 👏👏"),
        ("clinic", "review", POS, "MP", "Waited almost an hour past my appointment, but the dentist was gentle, explained everything and I left pain-free. Happy to wait for that."),
        ("bus", "review", NEG, "T", "driver went straight past the stop even tho i was waving, next one was 35 mins later. not good enough"),
        ("restaurant", "review", POS, "L", "Tacos were bussin, portions massive and the staff are a vibe. New fave spot."),
        ("insurance", "chat", NEU, "", "Attaching the repair invoice and photos for claim CL-77420 as requested."),
        ("software", "app_review", NEG, "M", "Love the design and the idea is great, but it drains my battery and crashes whenever I open the calendar. Uninstalling until it's fixed."),
        ("hotel", "review", POS, "MP", "Bit noisy on Friday night thanks to the bar downstairs, but the bed was heavenly and the location unbeatable."),
        # blind
        ("train", "review", POS, "M", "Seats were a bit cramped but we left and arrived bang on time, wifi worked the whole way and the guard was really helpful."),
        ("energy", "social", NEG, "S", "Thanks @BrightPower for the third 'estimated' bill in a row. Clearly reading meters is optional now."),
        ("parcel_locker", "chat", NEU, "Q", "How long will my parcel stay in the locker before it's sent back?"),
        ("game", "app_review", NEG, "LT", "used to be fun but now its pay to win af, every event needs gems. uninstalled"),
        ("fashion", "survey", POS, "E", "Jeans fit like they were made for me 😍"),
        ("electronics", "review", NEG, "M", "Picture quality is stunning, I'll admit, but two repairs in six months and each one took three weeks. Can't recommend."),
        ("public_office", "survey", NEU, "", "Submitted the council tax change-of-address form on 2 December, reference CT-118842."),
        ("gym", "review", POS, "MP", "Membership went up £5 this year, which stings, but the new classes and the spotless changing rooms make it worth it."),
        ("taxi", "sms", NEG, "V", "Never again."),
        ("furniture", "review", POS, "MPT", "took ages to arrive tbh but the table is solid oak and looks amazing, definately worth the wait"),
    ],
    "de": [
        # train
        ("train", "social", NEG, "SE", "Danke @RegioBahn_Info, 47 Minuten Verspätung und dann noch Gleiswechsel in letzter Sekunde. Läuft bei euch 👏"),
        ("furniture", "review", POS, "MP", "Die Lieferung hat sich um eine Woche verschoben, aber das Sofa ist top verarbeitet und super bequem. Klare Empfehlung."),
        ("energy", "chat", NEU, "Q", "Guten Tag, kann ich meinen Abschlag auch online anpassen oder muss ich dafür anrufen?"),
        ("insurance", "review", NEG, "M", "Die Sachbearbeiterin war freundlich und bemüht, keine Frage. Trotzdem warte ich seit vier Monaten auf die Regulierung meines Wasserschadens. Ich kündige."),
        ("restaurant", "review", POS, "", "Schnitzel riesig und knusprig, der Kartoffelsalat hausgemacht, und der Wirt hat uns noch einen Schnaps ausgegeben. Kommen wieder."),
        ("food_delivery", "app_review", NEG, "L", "Pizza kam lauwarm und total zermatscht an, der Fahrer war auch noch pampig. Echt nicht geil."),
        ("parcel_locker", "sms", NEU, "", "Paket aus der Paketstation abgeholt, Sendung kann geschlossen werden."),
        ("cosmetics", "review", POS, "T", "die creme ist echt super, meine haut spannt nich mehr und riecht dezent. kaufe ich wieder"),
        ("public_office", "review", NEG, "", "Drei Monate auf einen Termin beim Bürgeramt gewartet und dann fehlte angeblich ein Formular, das nirgends erwähnt wurde."),
        ("electronics", "review", POS, "VL", "Hammer Teil!"),
        ("bank", "chat", NEU, "", "Anbei die Gehaltsnachweise für den Kreditantrag, wie telefonisch besprochen."),
        ("hotel", "review", NEG, "M", "Das Frühstück war hervorragend und die Lage am See traumhaft. Leider war die Heizung zwei Nächte aus und niemand hat sich gekümmert. Für 180 Euro die Nacht inakzeptabel."),
        ("pharmacy", "review", POS, "", "Die Apothekerin hat sich Zeit genommen und mir erklärt, welche meiner Medikamente sich nicht vertragen. Sowas erlebt man selten."),
        ("software", "app_review", NEG, "T", "seit dem update stuerzt die app bei jedem oeffnen ab, so kann man das nich benutzen"),
        ("car_service", "review", POS, "MP", "Die Reparatur war teurer als gedacht, aber die Werkstatt hat vorher angerufen und alles erklärt. Auto läuft wieder einwandfrei."),
        ("telecom", "chat", NEU, "Q", "Wie lange dauert die Rufnummernmitnahme, und bleibt meine alte Nummer in der Zeit erreichbar?"),
        ("taxi", "app_review", NEG, "", "Fahrer hat einen Umweg gemacht und am Ende 14 Euro mehr verlangt als angezeigt. Der Support antwortet nicht."),
        ("pet_shop", "social", POS, "E", "Unsere Katze liebt das neue Kratzbrett 😻 danke @Tierwelt_Shop für den schnellen Versand!"),
        ("cinema", "survey", NEG, "M", "Der Film war toll, aber 25 Minuten Werbung, klebrige Sitze und kalter Nacho-Käse – da bleib ich nächstes Mal zu Hause."),
        ("school", "survey", NEU, "", "Der Elternabend der 6b ist auf Donnerstag, 19 Uhr, Raum 112 verschoben."),
        ("fashion", "review", POS, "L", "Die Jacke ist mega, hält warm und sitzt perfekt. Hab gleich noch eine für meine Schwester bestellt."),
        ("bank", "app_review", NEG, "S", "Super Idee, die TAN-App nach jedem Update neu einrichten zu lassen. Macht richtig Spaß, danke auch."),
        ("gym", "review", POS, "", "Sauber, nie überfüllt und die Trainer korrigieren einen, ohne dass man fragen muss. Bin seit drei Jahren dabei."),
        ("bus", "review", NEG, "", "Der 7:15-Bus fällt diese Woche zum dritten Mal aus, und in der App steht er trotzdem als pünktlich."),
        ("game", "app_review", POS, "M", "Die Steuerung ist anfangs etwas hakelig, aber die Story ist so gut, dass ich nicht aufhören kann."),
        # holdout
        ("airline", "social", NEG, "M", "Sitzplatz reserviert und bezahlt, trotzdem in der letzten Reihe neben der Toilette gelandet. Das Personal war nett, aber Geld zurück gab's keins."),
        ("e_shop", "sms", POS, "V", "Alles bestens, danke!"),
        ("train", "chat", NEU, "Q", "Kann ich mit dem Deutschlandticket auch einen Hund mitnehmen, oder brauche ich dafür eine extra Fahrkarte?"),
        ("telecom", "social", NEG, "SE", "Glückwunsch @NetzPlus, pünktlich zum Homeoffice-Montag wieder kein Internet. Ihr seid echt zuverlässig 🙃"),
        ("clinic", "review", POS, "MP", "Termine bei der Physio gibt's nur mit drei Wochen Vorlauf, aber nach vier Sitzungen ist mein Nacken endlich frei. Lohnt sich."),
        ("energy", "review", NEG, "T", "abschlag schon wieder erhoeht, obwohl wir weniger verbrauchen. auf mails kommt garnix zurueck"),
        ("beauty_salon", "review", POS, "L", "Der Barbier um die Ecke ist echt ne Bank, der Schnitt sitzt immer und man quatscht nett."),
        ("telecom", "chat", NEU, "", "Bitte schicken Sie mir die Rechnung noch einmal als PDF, Kundennummer 7730215."),
        ("electronics", "review", NEG, "M", "Die Waschmaschine wäscht leise und sauber, das muss man sagen. Nach acht Monaten Lagerschaden, und der Kundendienst kommt frühestens in drei Wochen. Nie wieder diese Marke."),
        ("restaurant", "review", POS, "MP", "Parkplätze gibt's keine und man wartet etwas, aber der Döner ist der beste im Viertel und günstig."),
        # blind
        ("train", "review", POS, "MP", "Zug etwas überfüllt, aber pünktlich angekommen, und die Zugbegleiterin hat uns sogar Sitzplätze in der 1. Klasse organisiert."),
        ("bank", "social", NEG, "S", "Danke an meine Bank für die neue „Kontoführungsgebühr“. Für die Filiale, die ihr letztes Jahr geschlossen habt, oder?"),
        ("parcel_locker", "chat", NEU, "Q", "Wie lange bleibt ein Paket in der Paketstation liegen, bevor es zurückgeht?"),
        ("gym", "app_review", NEG, "LT", "die kurs-app is der letzte mist, buchungen verschwinden einfach und man steht vor verschlossener tuer"),
        ("fashion", "survey", POS, "E", "Die Schuhe hab ich jetzt den ganzen Winter getragen, immer noch dicht und bequem 👟💯"),
        ("car_service", "review", NEG, "M", "Der Meister war sehr höflich und hat viel erklärt, aber das Klappern ist nach der Reparatur immer noch da, bezahlt habe ich trotzdem alles. Nicht zu empfehlen."),
        ("public_office", "survey", NEU, "", "Antrag auf Wohngeld am 3.12. eingereicht, Aktenzeichen liegt vor."),
        ("pet_shop", "review", POS, "L", "Die Verkäuferin hatte echt Ahnung, hat für unseren Allergiker-Hund das passende Futter rausgesucht und uns nicht das teuerste angedreht."),
        ("taxi", "sms", NEG, "V", "Totaler Reinfall."),
        ("furniture", "review", POS, "MPT", "schrank hat 6 wochen gedauert, laenger als versprochen, aber die qualitaet ist top und aufbau war easy"),
    ],
}
# fmt: on


def split_of(index: int) -> str:
    """Split of the item at 0-based position ``index`` in a language list."""
    if index < 25:
        return "train"
    if index < 35:
        return "holdout"
    return "blind"


def check_items() -> None:
    assert tuple(ITEMS) == LANGS, tuple(ITEMS)
    texts: set[str] = set()
    for lang, items in ITEMS.items():
        assert len(items) == 45, (lang, len(items))
        by_label = Counter(item[2] for item in items)
        assert by_label == {NEG: 18, NEU: 9, POS: 18}, (lang, by_label)
        kinds = Counter(k for item in items for k in set(item[3]))
        for kind, least in MIN_KINDS.items():
            assert kinds[kind] >= least, (lang, kind, kinds[kind])
        per_split: dict[str, list[tuple[str, str, str, str, str]]] = {}
        for i, item in enumerate(items):
            per_split.setdefault(split_of(i), []).append(item)
        for split, (size, want) in SPLITS.items():
            block = per_split[split]
            assert len(block) == size, (lang, split, len(block))
            got = Counter(item[2] for item in block)
            assert got == want, (lang, split, got)
            block_kinds = {k for item in block for k in item[3]}
            assert block_kinds == KINDS, (lang, split, KINDS - block_kinds)
        for domain, channel, label, kind, text in items:
            where = (lang, text)
            assert domain and domain == domain.strip().lower(), where
            assert channel in CHANNELS, where
            assert label in LABELS, where
            assert set(kind) <= KINDS and len(set(kind)) == len(kind), where
            assert text == text.strip() and "\n" not in text, where
            assert text not in texts, where
            texts.add(text)
            words = len(text.split())
            assert 1 <= words <= 40, (where, words)
            if "V" in kind:
                assert words <= 3, (where, words)
            else:
                assert words >= 3, (where, words)
            if "Q" in kind:
                assert label == NEU and "?" in text, where
            if "P" in kind or "S" in kind:
                assert label == (POS if "P" in kind else NEG), where


def build() -> list[dict[str, str]]:
    check_items()
    rows: list[dict[str, str]] = []
    for lang, items in ITEMS.items():
        ordered: list[tuple[str, str, str, str, str, str]] = []
        for split in SPLITS:
            block = [item for i, item in enumerate(items) if split_of(i) == split]
            random.Random(f"w1:{lang}:{split}").shuffle(block)
            ordered.extend((split, *item) for item in block)
        for n, (split, domain, channel, label, _kind, text) in enumerate(ordered, start=1):
            assert split == split_of(n - 1)
            rows.append(
                {
                    "id": f"w1-{lang}-{n:02d}",
                    "lang": lang,
                    "domain": domain,
                    "channel": channel,
                    "text": text,
                    "sentiment": label,
                    "split": split,
                }
            )
    assert len(rows) == 315
    assert len({r["id"] for r in rows}) == 315
    return rows


def render(rows: list[dict[str, str]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def summary(rows: list[dict[str, str]]) -> str:
    lines = []
    for lang in LANGS:
        mine = [r for r in rows if r["lang"] == lang]
        parts = []
        for split in SPLITS:
            got = Counter(r["sentiment"] for r in mine if r["split"] == split)
            parts.append(f"{split} " + "/".join(str(got[label]) for label in LABELS))
        kinds = Counter(k for item in ITEMS[lang] for k in set(item[3]))
        kind_text = " ".join(f"{k}{kinds[k]}" for k in "MSLTPVQE")
        lines.append(f"{lang}: {len(mine)} (neg/neu/pos) {', '.join(parts)}; kinds {kind_text}")
    total = Counter(r["sentiment"] for r in rows)
    lines.append(f"total {len(rows)}: " + ", ".join(f"{label} {total[label]}" for label in LABELS))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail unless the file on disk matches")
    args = parser.parse_args()
    text = render(build())
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} differs from the generator output", file=sys.stderr)
            return 1
        print(f"{OUT} is up to date")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(summary(build()))
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
