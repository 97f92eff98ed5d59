"""Churn phrasings in pl, cs and sk from long e-mails and short posts: positives fire, look-alikes do not.

Positives: already signed with a local operator, moving the shipping to another
carrier, "please do not renew the policy", a cancelled subscription, a deleted
app, saying goodbye to the company, ultimatums ("one more outage and I'm gone"),
"this was our last stay with you", deregistering a child from a school.
Negatives: downgrading the plan within the company, porting a number *into* the
company, "I had the notice written but you fixed it", "I don't want to order
elsewhere", a sign-off "loučím se s pozdravem", a newsletter unsubscribe.
"""

from __future__ import annotations

import pytest

from vocmine.categorise import SignalDetector

POSITIVES = {
    "pl": [
        "Wczoraj podpisałam umowę z tańszym operatorem, router odeślę w przyszłym tygodniu.",
        "Jeśli reklamacja nie zostanie uznana, przeniesiemy wszystkie przesyłki do innego kuriera.",
        "Proszę nie odnawiać mi polisy, mam już inne ubezpieczenie.",
        "Anulowałem abonament, bo od miesiąca nic nie działa.",
        "Aplikacja już odinstalowana, szkoda nerwów.",
        "Zamawiamy teraz w innym sklepie, tam przynajmniej dowożą na czas.",
        "Jeszcze jedna taka awaria i żegnam się z waszą siecią.",
        "Trzeci raz zgubiony bagaż, koniec z lataniem tymi liniami.",
        "Wypisuję syna z przedszkola od przyszłego miesiąca.",
    ],
    "cs": [
        "S vaší posilovnou se po letech loučíme, permanentku už neprodloužím.",
        "Od příštího týdne vozí naše balíky jiný dopravce, takže svozy už nejsou potřeba.",
        "Tohle byl náš poslední pobyt u vás, příště jedeme jinam.",
        "Pokud to nespravíte do středy, požádám o přenos čísla.",
        "Zrušila jsem předplatné, reklamy za peníze platit nebudu.",
        "Přišli jste o věrného klienta.",
        "Od září už trénujeme jinde.",
        "Jestli se to do pátku nevyřeší, končím.",
        "Ještě jeden výpadek a jdu pryč.",
        "Syna jsme už zapsali jinam a pokud neseženete lektora, odhlásím ho.",
        "Hotel na příští léto už máme zarezervovaný v jiném penzionu.",
    ],
    "sk": [
        "Ďalšie letenky už mám kúpené inde.",
        "Celý tovar sme presunuli na inú platformu s nižšou províziou.",
        "Ak sa to nezlepší, ubytovanie na budúci rok zazmluvníme v inom hoteli.",
        "Zrušil som predplatné, už ma to nebaví.",
        "Appku mažem, nakupujem radšej v obchode.",
        "Ak to do piatku neopravíte, končím.",
        "Ešte jeden výpadok a idem preč.",
        "Odhlásim sa z vášho nadštandardného balíka, čakanie je neúnosné.",
        "S vašou ambulanciou sa lúčime, dokumentáciu pošlite novému lekárovi.",
    ],
}

NEGATIVES = {
    "pl": [
        "Chcę zrezygnować z planu Max i przejść na tańszy, ale zostaję z tym samym numerem.",
        "Przeniosłam numer do was z innej sieci i jestem zadowolona.",
        "Chcę przenieść do Państwa numer, który obecnie mam u innego operatora.",
        "Żegnam się z nadzieją na szybką odpowiedź.",
        "Wypisuję się z newslettera klubu, za dużo maili.",
        "Nie chcę kupować gdzie indziej, proszę tylko o rabat.",
    ],
    "cs": [
        "Měl jsem už rozepsanou výpověď, ale nakonec jste to vyřešili a zůstávám.",
        "Převedla jsem si číslo k vám od jiného operátora a jsem spokojená.",
        "Nechci objednávat jinde, jen se ptám na slevu.",
        "Děkuji za pomoc a loučím se s pozdravem.",
        "Zrušila jsem starý účet, protože jsem si omylem založila druhý.",
        "Odhlásím ho z obědů na zítřek, bude u babičky.",
    ],
    "sk": [
        "Chcem prejsť na váš fixný produkt, nemusím podávať žiadnu výpoveď?",
        "Chcem k vám preniesť číslo od iného operátora.",
        "Nechcem nakupovať inde, len prosím o zľavu.",
        "Lúčim sa s pozdravom a ďakujem.",
        "Môj posledný let meškal dve hodiny, prosím o kompenzáciu.",
    ],
}


@pytest.fixture(scope="module")
def detector() -> SignalDetector:
    return SignalDetector().fit()


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in POSITIVES.items() for text in texts]
)
def test_churn_context_fires(detector: SignalDetector, lang: str, text: str) -> None:
    assert detector.churn_risk(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in NEGATIVES.items() for text in texts]
)
def test_churn_look_alike_does_not_fire(detector: SignalDetector, lang: str, text: str) -> None:
    assert not detector.churn_risk(text, lang), text
