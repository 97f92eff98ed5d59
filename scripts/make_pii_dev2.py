"""Write data/eval/pii/dev2.jsonl: a second development set for names and addresses.

Hand-written by a different author than ``make_pii_set.py``, in other styles: many
shapes of self-introduction, signature (titles before and after the name, surname
first in capitals, initials, a company on the name's line, a closing that is no
formula), salutations with inflected surnames and double names, addresses without a
street keyword, and near-misses (brands, companies, streets and cities as places).
Names come from the author's own lists, not from ``LanguageData.first_names``.

Markup in the texts below: ``[[k|value]]`` is a PII span (k: ``s``/``g``/``i``/``o``
for a name in a salutation, signature, self-introduction or elsewhere; ``a`` address,
``p`` phone, ``e`` e-mail) and ``{{what|value}}`` a keep span.

    .venv/bin/python scripts/make_pii_dev2.py           # rewrites dev2.jsonl
    .venv/bin/python scripts/make_pii_dev2.py --check   # the file == what it writes
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "eval" / "pii" / "dev2.jsonl"
CONTEXTS = {"s": "salutation", "g": "signature", "i": "self_intro", "o": "other"}
KINDS = {"a": "address", "p": "phone", "e": "email"}
MARK_RE = re.compile(r"\[\[(\w)\|(.+?)\]\]|\{\{(\w+)\|(.+?)\}\}", re.DOTALL)

ITEMS: dict[str, list[str]] = {
    "pl": [
        "Dzień dobry, z tej strony [[i|Bogumił Wiśniewski]], dzwoniłem wczoraj w sprawie "
        "reklamacji lodówki {{brand|Amica}}.",
        "Nazywam się [[i|Kowalczyk Wiesława]] i od trzech tygodni czekam na zwrot pieniędzy.",
        "Witam, tu [[i|Grażyna Pawlak]] z {{city|Radomia}}. Kurier znowu nie przyjechał.",
        "Szanowna Pani [[s|Jadwigo]],\nprzesyłam skan faktury {{invoice_number|FV/2026/07/118}}."
        "\nZ poważaniem\n[[g|Zdzisław Malinowski]]\nKierownik działu zakupów\n"
        "{{brand|Drewmax sp. z o.o.}}",
        "Panie [[s|Tadeuszu]], dziękuję za szybką odpowiedź.\n\n[[g|Urszula Sikora]]",
        "Reklamacja butów z {{brand|CCC}}, odkleiła się podeszwa.\nPozdrawiam\n"
        "[[g|KAMIŃSKA Halina]]",
        "Proszę o kontakt listowny. Adres do korespondencji: [[a|Długa 15/3, 00-238 Warszawa]]."
        "\nDziękuję,\n[[g|Jerzy Sadowski]]",
        "Jestem [[i|Ewelina Dąbrowska]], zamieszkała przy [[a|ul. Lipowej 4 m. 12]] w Lublinie, "
        "i chcę złożyć skargę na administrację.",
        "Świetna obsługa w sklepie {{brand|Jan Niezbędny}} przy "
        "{{street_as_brand|Piotrkowskiej}}, polecam!",
        "Zamieszkały przy [[a|Kościuszki 8, 30-105 Kraków]], proszę o przesłanie duplikatu umowy.",
        "W załączeniu pełnomocnictwo.\n\nZ wyrazami szacunku\nmgr inż. [[g|Remigiusz Czarnecki]]"
        "\n{{brand|Budpol S.A.}}",
        "Dzień dobry panie [[s|Zbyszku]]! Kiedy będzie gotowy samochód?",
        "Cześć, pisze [[i|Kuba Lis]] z serwisu rowerowego {{brand|Kross}}, rower jest gotowy do "
        "odbioru.",
        "Obsługa w salonie {{brand|Orange}} przy {{city|Marszałkowskiej}} bardzo miła, doradca "
        "wszystko wyjaśnił.",
        "Pozdrawiam serdecznie z {{city|Gdańska}}\n[[g|Ola]]",
        "Dzień dobry,\nw imieniu firmy proszę o korektę faktury.\n\n[[g|J. Nowakowski]], "
        "{{brand|Rolmlecz sp. z o.o.}}",
        "Nazywam się [[i|Iwona Kaczmarek-Lis]] i jestem klientką od 2015 roku.",
        "Paczkę proszę wysłać na adres:\n[[a|Wrocławska 7A\n58-500 Jelenia Góra]]\nZ góry "
        "dziękuję.",
        "Pizza {{brand|Dr. Oetker}} była surowa w środku, nie polecam.",
        "Dziękuję bardzo za pomoc!\n\nSerdeczności\n[[g|Wanda Górska]]",
    ],
    "cs": [
        "Dobrý den, jmenuji se [[i|Přemysl Nováček]] a píšu ohledně vyúčtování za plyn.",
        "Píše vám [[i|Radoslav Kučera]], objednávka {{order_number|4410298}} stále nedorazila.",
        "Tu [[i|Jana Malá]] z {{city|Olomouce}}, potřebuji změnit termín instalace.",
        "Vážená paní [[s|Dvořáková]],\nděkuji za vyřízení.\nS přáním hezkého dne\n"
        "[[g|Bohuslav Řezníček]]",
        "Dobrý den pane [[s|Šimku]], posílám fotky poškození.",
        "S pozdravem\n\nMgr. [[g|Jarmila Dvořáková]], Ph.D.\nvedoucí oddělení\n"
        "{{brand|Stavby Morava s.r.o.}}",
        "Adresa pro doručení: [[a|Nové sady 988/2, 602 00 Brno]].",
        "Bytem [[a|Lidická 1020/15, 150 00 Praha 5]], žádám o zrušení smlouvy.",
        "Prodejna {{brand|Albert}} na {{city|Vinohradské}} má špatně označené ceny.",
        "Díky moc!\n[[g|NOVÁK Petr]]",
        "Reklamuji pračku {{brand|Whirlpool}}.\n\n[[g|Zdeňka Holubová]]\n"
        "[[a|Husova 12\n370 01 České Budějovice]]",
        "Dobrý den,\nrád bych se informoval o tarifu.\nDěkuji\n[[g|Vilém]]",
        "Jsem [[i|Blanka Křížová]], majitelka bytu, a chci nahlásit poruchu.",
        "Ing. [[o|Bořivoj Horák]] z vaší pobočky mi slíbil vrácení peněz.",
        "Zákaznická linka {{brand|T-Mobile}} nefunguje, pořád obsazeno. Hrozné.",
        "Hezký den přeje\n[[g|Kamila Jelínková]]\n{{brand|Kadeřnictví Vlasy s.r.o.}}",
        "Zdravím,\nv příloze posílám reklamační protokol.\n\nS úctou\n[[g|Otakar Beneš]], "
        "{{brand|Autodoprava Beneš a.s.}}",
        "Milá [[s|Ludmilo]], děkujeme za objednávku!",
        "Moje jméno je [[i|Drahomír Vlček]], bydliště [[a|Palackého 7, 779 00 Olomouc]].",
        "Hotel {{brand|Jalta}} na {{city|Václavském náměstí}} super, personál ochotný.",
    ],
    "sk": [
        "Dobrý deň, volám sa [[i|Branislav Horváth]] a reklamujem chladničku.",
        "Píše Vám [[i|Zuzana Bieliková]] z {{city|Nitry}}, faktúra "
        "{{invoice_number|FA2026-5531}} je nesprávna.",
        "S pozdravom\ning. [[g|Ctibor Horváth]]\nobchodný zástupca\n{{brand|Slovplast s.r.o.}}",
        "Vážený pán [[s|Kováč]],\nďakujem za odpoveď.",
        "Dobrý deň pani [[s|Hudecová]], zásielka ešte neprišla.",
        "Adresa: [[a|Hlavná 25, 040 01 Košice]]",
        "Bývam na [[a|Štúrovej 14, 010 01 Žilina]] a kuriér {{brand|Packeta}} tvrdí, že ma "
        "nezastihol.",
        "Ďakujem,\n[[g|Ľubomír Straka]]\n[[p|+421 905 123 456]]",
        "Som [[i|Andrea Mikulová]], klientka {{brand|Tatra banky}}, a potrebujem pomoc.",
        "Pekný deň,\n[[g|Miro]]",
        "Predajňa {{brand|Kaufland}} v {{city|Prešove}} - pokazené ovocie, nikdy viac.",
        "Tu [[i|Oľga Kráľová]], voláte mi stále kvôli dlhu, ktorý nemám.",
        "S úctou\n\nMUDr. [[g|Ján Baláž]], PhD.\n{{brand|Poliklinika Sever}}",
        "Dobrý deň,\nmôžete mi poslať novú kartu?\n\n[[g|Dušan Kollár]]",
        "Moje meno je [[i|Gabriela Šimková]], trvalé bydlisko "
        "[[a|Námestie SNP 3, 811 06 Bratislava]].",
        "Zdravím, [[s|Vierka]], ďakujem za pomoc s objednávkou.",
        "Objednávka {{order_number|78120044}} - prosím o storno.\nS pozdravom\n[[g|BALÁŽ Tomáš]]",
        "Volám sa [[i|Kráľ Rastislav]], bytom [[a|Jesenského 9, 080 01 Prešov]].",
        "Ahoj [[s|Maťo]], posielam ti tie faktúry.",
        "Hotel {{brand|Tatra}} v centre, recepčná veľmi milá, odporúčam.",
    ],
    "ru": [
        "Здравствуйте! Меня зовут [[i|Святослав]], фамилия [[i|Иванов]], пишу по поводу счёта "
        "за интернет.",
        "Пишет вам [[i|Анна Сергеевна]], у меня не работает домофон.",
        "Добрый день, [[s|Виктор Павлович]]!\nСпасибо за помощь.\nС уважением,\n"
        "[[g|Колесникова Т. А.]]",
        "Спасибо за быструю доставку!\nВаш [[g|Олег]]",
        "Уважаемая [[s|Галина Петровна]], прошу перенести визит мастера.",
        "Проживаю по адресу: [[a|г. Казань, пр. Победы 10, кв. 5]].",
        "Это [[i|Всеволод Соколов]], звонил вам вчера насчёт возврата.",
        "С наилучшими пожеланиями,\n[[g|Евгения Смирнова]]\nменеджер по закупкам\n"
        "{{brand|ООО «Вектор»}}",
        "Магазин {{brand|Пятёрочка}} на {{city|Тверской}} опять без сдачи.",
        "Адрес доставки: [[a|ул. Ленина, д. 45, кв. 12, г. Пермь]]",
        "Я [[i|Ирина Белова]], клиентка банка с 2010 года.",
        "Привет, [[s|Лёша]]! Заказ пришёл?",
        "Благодарю,\n[[g|Н. Кузнецов]]",
        "Добрый вечер, уважаемый [[s|Аркадий]]!",
        "Доставка от {{brand|СДЭК}} быстрая, курьер вежливый.",
        "Пишу вам как владелец квартиры, [[i|Борис Фёдоров]].",
        "Всего доброго,\n[[g|Ксения]]",
        "Меня зовут [[i|Владислава Кравец]], мой адрес [[a|Садовая ул., 17, кв. 3]].",
        "С уважением, [[g|Петров Алексей Викторович]], {{brand|ООО «Стройресурс»}}",
        "Спасибо огромное врачу, [[o|Зинаида Аркадьевна]] очень внимательная.",
    ],
    "uk": [
        "Мене звуть [[i|Олена Коваль]], пишу щодо рахунку за газ.",
        "Добрий день, пане [[s|Андрію]]! Дякую за консультацію.",
        "Шановна пані [[s|Оксано]], прошу надіслати акт.",
        "Адреса: [[a|вул. Шевченка 12/4, м. Львів]]",
        "З повагою,\n[[g|Тарас Мельник]]\nдиректор {{brand|ТОВ «Агросвіт»}}",
        "Я [[i|Богдана Ткачук]], клієнтка {{brand|Монобанку}}.",
        "Це [[i|Ярослав Бондар]] з {{city|Житомира}}, чекаю на посилку вже тиждень.",
        "Проживаю за адресою [[a|просп. Миру 8, кв. 40, м. Чернігів]].",
        "Дякую!\n[[g|Соломія]]",
        "Магазин {{brand|АТБ}} на {{city|Хрещатику}} дуже брудний.",
        "Вітаю, [[s|Наталіє Іванівно]]! Чи готові документи?",
        "Бажаю гарного дня,\n[[g|Василь Гнатюк]]",
        "Пише вам [[i|Мирослава Савчук]], у мене проблема з лічильником.",
        "Доброго дня, [[s|Любове]], нагадую про оплату.",
        "Відділення {{brand|Нової Пошти}} працює погано, черги величезні.",
        "З найкращими побажаннями\n[[g|КОВАЛЕНКО Дмитро]]",
        "Мене звати [[i|Остап]], номер замовлення {{order_number|55120398}}.",
        "Моя адреса: [[a|бульв. Лесі Українки 21, кв. 7, м. Київ]]",
        "Лікар [[o|Ганна Степанівна]] дуже уважна.",
        "Щиро дякую,\n[[g|Роман Грищенко]]",
    ],
    "en": [
        "I'm [[i|Tom Harris]], account holder, and I still haven't received the refund.",
        "This is [[i|Priya Patel]] from flat 3, the boiler is broken again.",
        "Cheers,\n[[g|mike]]",
        "Hi [[s|Siobhan]],\nThanks for sorting this.\n\nKind regards,\n[[g|Gareth Llewellyn]]\n"
        "Operations Manager\n{{brand|Northgate Logistics Ltd}}\n[[p|+44 20 7946 0321]]",
        "Address: [[a|Flat 2, 14 Baker Street, London NW1 6XE]]",
        "My name's [[i|Declan O'Connor]] and I ordered a sofa from {{brand|DFS}}.",
        "Dear Ms [[s|Okafor]],\nplease find attached the signed form.",
        "Best wishes,\nDr. [[g|Helen Marsh]]",
        "Bought {{brand|Ted Baker}} shoes at the {{street_as_brand|Regent Street}} store, the "
        "sole came off.",
        "Many thanks\n\n[[g|Rhys Edwards]], {{brand|Edwards & Co}}",
        "You can reach me at [[a|27 Mill Lane, Cambridge CB2 1RX]].",
        "Hey it's [[i|Jordan]], still waiting on my order {{order_number|#4471-220}}.",
        "Thanks a lot!\n[[g|A. Whitfield]]",
        "Great service from {{brand|John Lewis}}, the driver was lovely.",
        "I am [[i|Fatima Begum]] and I've been a customer for 6 years.",
        "Regards\n[[g|Callum]]",
        "Hello Mr [[s|Wojcik]], the parcel is with us.",
        "Talk soon,\n[[g|Bea]]",
        "Please send it to [[a|221 Station Road\nBristol BS6 5QA]]",
        "Yours sincerely,\n[[g|Eleanor Whitaker-Jones]]\nHead of Customer Experience, "
        "{{brand|Brightside Energy}}",
    ],
    "de": [
        "Ich bin Frau [[i|Berger]] und habe eine Frage zu meiner Rechnung.",
        "Schreibe Ihnen als Mieter, [[i|Jonas Vogel]], wegen der Heizung.",
        "Mit besten Grüßen aus {{city|Köln}}\n[[g|Sabine]]",
        "Mit freundlichen Grüßen\nDr. med. [[g|Hans Krüger]]\nPraxis für Allgemeinmedizin",
        "Adresse: [[a|Hauptstr. 5, 79098 Freiburg]]",
        "Bitte an folgende Adresse liefern:\n[[a|Am Markt 3\n04109 Leipzig]]",
        "Wohnhaft in der [[a|Gartenstraße 8]], bitte um Rückruf.",
        "Hallo Frau [[s|Özdemir]], danke für die schnelle Hilfe!",
        "Sehr geehrter Herr [[s|Schulze-Wendt]],\nanbei die Unterlagen.\nViele Grüße\n"
        "[[g|Lea Hoffmann]]",
        "Mein Name ist [[i|Friedrich Weber]] und ich wohne in {{city|Bremen}}.",
        "Der Laden in der {{street_as_brand|Königsallee}} ist super, {{brand|Hugo Boss}} hat "
        "tolle Beratung.",
        "LG\n[[g|Steffi]]",
        "Beste Grüße,\n[[g|Matthias Brandt]], {{brand|Brandt Haustechnik GmbH}}",
        "Hier spricht [[i|Ulrike Sommer]], ich rufe wegen des Vertrags an.",
        "Mein Paket von {{brand|Otto}} kam beschädigt an. Unmöglich!",
        "Gruß\n[[g|K. Lehmann]]",
        "Die Pizza von {{brand|Dr. Oetker}} war verbrannt.",
        "Guten Tag,\nich bin [[i|Tobias Krämer]] und wohne seit Mai in der [[a|Bahnhofstraße 21]].",
        "Herzliche Grüße\n\nProf. Dr. [[g|Ingrid Falk]]",
        "Danke und schönes Wochenende!\n[[g|Hartmut]]",
    ],
}


def parse(marked: str) -> tuple[str, list[dict], list[dict]]:
    """Return the plain text and its PII and keep spans from a marked-up text."""
    parts: list[str] = []
    pii: list[dict] = []
    keep: list[dict] = []
    position = length = 0
    for m in MARK_RE.finditer(marked):
        parts.append(marked[position : m.start()])
        length += m.start() - position
        value = m.group(2) if m.group(1) else m.group(4)
        start, end = length, length + len(value)
        if m.group(1) in CONTEXTS:
            pii.append(
                {"start": start, "end": end, "kind": "name", "context": CONTEXTS[m.group(1)]}
            )
        elif m.group(1):
            pii.append({"start": start, "end": end, "kind": KINDS[m.group(1)]})
        else:
            keep.append({"start": start, "end": end, "what": m.group(3)})
        parts.append(value)
        length = end
        position = m.end()
    parts.append(marked[position:])
    return "".join(parts), pii, keep


def lines() -> list[str]:
    out = []
    for lang, texts in ITEMS.items():
        for number, marked in enumerate(texts, 1):
            text, pii, keep = parse(marked)
            item = {"id": f"d2-{lang}-{number:02d}", "lang": lang, "text": text}
            item |= {"pii": pii, "keep": keep}
            out.append(json.dumps(item, ensure_ascii=False))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    content = "\n".join(lines()) + "\n"
    if args.check:
        same = OUT.read_text(encoding="utf-8") == content
        print("up to date" if same else "dev2.jsonl differs from what the script writes")
        return 0 if same else 1
    OUT.write_text(content, encoding="utf-8")
    print(f"{len(content.splitlines())} items -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
