"""Churn risk in English and German: phrasings of long e-mails and short posts.

Positives: past-tense and noun-first cancelling ("membership cancelled",
"Abo beendet"), "im cancelling" without an apostrophe, ultimatums with a long
middle ("one more ... and we're gone", "noch ein ... und wir sind weg"),
porting the number out, "I'll no longer fly with you", "verlängere ich nicht".
Negatives: moving house and keeping the service, asking about the notice period,
"almost left but", porting a number in, "Ankündigung", "beim letzten Mal".
"""

from __future__ import annotations

import pytest

from vocmine.categorise import SignalDetector

POSITIVES = {
    "en": [
        "Membership cancelled. Three broken machines in a month is a joke.",
        "Finally cancelled my subs with you, the price went up twice this year.",
        "We ditched our membership after the third billing error.",
        "We're switching broadband provider next month.",
        "if the outage isnt sorted by monday im cancelling",
        "Any more missed deliveries this month and we're gone.",
        "Another surprise charge on my bill and I'm off to a different network.",
        "Unless you refund me, we're out.",
        "Sort the refund by Friday or I walk.",
        "There won't be another booking from our family.",
        "That sofa is the last thing I'll ever buy from you.",
        "Please tell me where to send back the modem and when the final bill arrives.",
        "We'll withdraw our daughter from the swimming club at the end of term.",
        "I want out of my contract after this.",
        "Can you send me my PAC code please.",
        "I'm porting my number out on Monday.",
        "You have lost me as a customer.",
        "You've seen the last of my money.",
        "I will no longer be shopping with you.",
        "Our new energy supplier takes over on the first.",
        "The app was deleted the same day. Selling my books on a different platform now.",
    ],
    "de": [
        "Mitgliedschaft beendet, das Studio ist seit Wochen dreckig.",
        "Das Konto ist aufgelöst, das Gehalt geht jetzt zu einer anderen Bank.",
        "Ab März wandern wir zu einem neuen Stromanbieter ab.",
        "Die Hausratversicherung verlängere ich nächstes Jahr nicht.",
        "Den Handyvertrag verlaengern wir sicher nicht mehr.",
        "Noch eine falsche Abrechnung in diesem Quartal und ich bin weg.",
        "Noch so ein Ausfall und wir suchen uns was anderes.",
        "Ich hab mir inzwischen etwas Günstigeres gesucht.",
        "Beim nächsten Fehler nehme ich meine Rufnummer mit.",
        "Bitte schicken Sie mir den Code für die Rufnummernmitnahme.",
        "Gestern habe ich beim Glasfaseranbieter aus dem Ort unterschrieben.",
        "Ich brauche nur noch die Rücksendeadresse für den Router.",
        "Wenn das nicht klappt, dann wechseln wir eben.",
        "Bei euch bestelle ich sicher nichts mehr.",
        "Wir haben den Stromanbieter letzte Woche gewechselt.",
        "Ich lasse den Vertrag einfach auslaufen.",
        "Ich ziehe mein ganzes Erspartes bei Ihnen ab.",
        "Ab nächsten Monat bin ich raus.",
    ],
}

NEGATIVES = {
    "en": [
        "I'm cancelling the booking for Thursday, can we move it to next week?",
        "I'm cancelling this charge, the parcel never came.",
        "We're moving to a new house in May and want to keep our broadband at the new address.",
        "What is the notice period for cancelling our annual plan? We are not leaving.",
        "How does cancellation work on the family plan? Just checking before I upgrade.",
        "I was about to cancel but your agent fixed it, thank you.",
        "I'm porting my number over to you from my old network.",
        "Please remove them from my credit report.",
        "The flight attendant asked us to remove him from the exit row.",
        "Can I switch to a cheaper plan with you?",
    ],
    "de": [
        "Ohne Ankündigung wurde das Wasser abgestellt.",
        "Beim letzten Mal ging der Umtausch schnell, danke.",
        "Wie das letzte Mal kam das Paket einen Tag zu spät.",
        "Ich möchte meine Nummer von meinem alten Anbieter zu Ihnen mitnehmen.",
        "Wir ziehen um und möchten die Rufnummer an die neue Adresse mitnehmen.",
        "Wie funktioniert die Kündigung, falls ich irgendwann wechseln möchte?",
        "Ich hätte fast gekündigt, aber der Techniker hat alles repariert.",
        "Ich habe beim Techniker unterschrieben, dass alles funktioniert.",
        "Kann ich in einen günstigeren Tarif bei Ihnen wechseln?",
        "Die Bestellung bitte stornieren, ich bestelle gleich neu.",
    ],
}


@pytest.fixture(scope="module")
def detector() -> SignalDetector:
    return SignalDetector().fit()


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in POSITIVES.items() for text in texts]
)
def test_churn_phrasing_fires(detector: SignalDetector, lang: str, text: str) -> None:
    assert detector.churn_risk(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in NEGATIVES.items() for text in texts]
)
def test_look_alike_does_not_fire(detector: SignalDetector, lang: str, text: str) -> None:
    assert not detector.churn_risk(text, lang), text
