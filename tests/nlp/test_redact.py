"""Tests for vocmine.nlp.redact: placeholders for personal data, no false positives."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vocmine.nlp.redact import (
    PII_KINDS,
    Redactor,
    birth_number_valid,
    iban_valid,
    luhn_valid,
    pesel_valid,
    url_has_secret,
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("text", "expected", "kinds"),
    [
        # e-mail
        ("Pište na jan.novak@seznam.cz prosím", "Pište na [EMAIL] prosím", ["email"]),
        ("Mój mail: anna_kowalska+sklep@wp.pl.", "Mój mail: [EMAIL].", ["email"]),
        ("Пишите на ivan.petrov@yandex.ru!", "Пишите на [EMAIL]!", ["email"]),
        ("Meine Adresse ist max.mustermann@web.de", "Meine Adresse ist [EMAIL]", ["email"]),
        # payment cards (Luhn-valid test numbers)
        ("Karta 4111 1111 1111 1111 została obciążona", "Karta [CARD] została obciążona", ["card"]),
        ("platil jsem kartou 5555-5555-5555-4444", "platil jsem kartou [CARD]", ["card"]),
        ("карта 4012888888881881 заблокирована", "карта [CARD] заблокирована", ["card"]),
        ("Amex 3782 822463 10005 charged twice", "Amex [CARD] charged twice", ["card"]),
        # IBAN / Polish NRB
        ("zwrot na PL61 1090 1014 0000 0712 1981 2874 proszę", "zwrot na [IBAN] proszę", ["iban"]),
        ("nr konta 61 1090 1014 0000 0712 1981 2874", "nr konta [IBAN]", ["iban"]),
        ("účet CZ65 0800 0000 1920 0014 5399", "účet [IBAN]", ["iban"]),
        ("IBAN: SK3112000000198742637541.", "IBAN: [IBAN].", ["iban"]),
        (
            "Bitte auf DE89 3704 0044 0532 0130 00 überweisen",
            "Bitte auf [IBAN] überweisen",
            ["iban"],
        ),
        ("рахунок UA213223130000026007233566001", "рахунок [IBAN]", ["iban"]),
        # PESEL
        ("Mój PESEL to 44051401359", "Mój PESEL to [PESEL]", ["pesel"]),
        ("pesel syna 02270800010, proszę o zwrot", "pesel syna [PESEL], proszę o zwrot", ["pesel"]),
        # rodné číslo
        ("rodné číslo 736028/5163", "rodné číslo [BIRTH_NUMBER]", ["birth_number"]),
        ("RČ: 7360285163", "RČ: [BIRTH_NUMBER]", ["birth_number"]),
        ("narodená 785530/0013 (manželka)", "narodená [BIRTH_NUMBER] (manželka)", ["birth_number"]),
        ("dědeček 450101/123", "dědeček [BIRTH_NUMBER]", ["birth_number"]),
        # phones
        ("Zadzwońcie: +48 600 700 800", "Zadzwońcie: [PHONE]", ["phone"]),
        ("mój nr 600-700-800, dzięki", "mój nr [PHONE], dzięki", ["phone"]),
        ("volejte +420 777 123 456", "volejte [PHONE]", ["phone"]),
        ("volajte 0905 123 456", "volajte [PHONE]", ["phone"]),
        ("звоните +7 (495) 123-45-67", "звоните [PHONE]", ["phone"]),
        ("мой номер 8 900 123 45 67", "мой номер [PHONE]", ["phone"]),
        ("телефон +380 67 123 4567", "телефон [PHONE]", ["phone"]),
        ("мій телефон 067 123 45 67", "мій телефон [PHONE]", ["phone"]),
        ("Handy 0171 1234567, bitte zurückrufen", "Handy [PHONE], bitte zurückrufen", ["phone"]),
        ("Tel. 030/12345678", "Tel. [PHONE]", ["phone"]),
        ("call me at (555) 123-4567", "call me at [PHONE]", ["phone"]),
        ("my number is 555-123-4567", "my number is [PHONE]", ["phone"]),
        ("telefon: 600700800", "telefon: [PHONE]", ["phone"]),
        # URLs with secrets
        (
            "link https://shop.pl/reset?token=ab12cd34ef&user=5 nie działa",
            "link [URL] nie działa",
            ["url_token"],
        ),
        ("https://api.example.com/v1/orders?api_key=XYZ123", "[URL]", ["url_token"]),
        ("viz https://x.cz/d/aB3dE5fG7hJ9kL1mN2.", "viz [URL].", ["url_token"]),
        ("https://s3.aws.com/f.pdf?X-Amz-Signature=abc", "[URL]", ["url_token"]),
        ("www.shop.de/cart;jsessionid=1A2B3C4D", "[URL]", ["url_token"]),
        ("http://t.ly/f/0123456789abcdef0123456789abcdef", "[URL]", ["url_token"]),
    ],
)
def test_redacts_native_examples(
    redactor: Redactor, text: str, expected: str, kinds: list[str]
) -> None:
    result = redactor.redact(text)
    assert result.text == expected
    assert result.kinds == kinds


@pytest.mark.parametrize(
    "text",
    [
        "Order 123456 arrived on 2024-03-01",
        "Zamówienie nr 1234567890123 z dnia 01.03.2024",
        "Objednávka č. 2024031512 stála 1 299,00 Kč",
        "Cena 4 999 zł, ocena 5/5, 10/10 polecam",
        "заказ № 87654321 от 15.03.2024, сумма 12 500 ₽",
        "Bestellnummer 302-1234567-1234567 vom 01.02.2024",
        "Sendungsnummer 00340434161234567890",
        "Tracking 1Z999AA10123456784 stuck since 12:30",
        "Rating 4.5/5 after 3 weeks, 2x returned",
        "Kupiłem 2 sztuki po 149,99 zł dnia 12.12.2023 o 14:35",
        "Order 7360285163",
        "https://shop.pl/produkt/samsung-galaxy-s24-ultra-256gb?ref=newsletter&utm_source=mail",
        "see https://www.alza.cz/kategorie/notebooky/18842920.htm",
        "https://allegro.pl/oferta/sluchawki-bezprzewodowe-12345678901",
        "Faktura FV/2024/03/1234 i paragon 2024-03-01",
        "Hotel 600700800",
        "IBAN? nie mam, PL123",
        "4111 1111 1111 1112",
    ],
)
def test_leaves_harmless_text_alone(redactor: Redactor, text: str) -> None:
    result = redactor.redact(text)
    assert result.text == text
    assert result.kinds == []


def test_several_kinds_in_one_text(redactor: Redactor) -> None:
    text = (
        "Dzień dobry, jan@onet.pl, tel. +48 600 700 800, karta 4111111111111111, "
        "PESEL 44051401359, https://sklep.pl/zamowienie?session=abc"
    )
    result = redactor.redact(text)
    assert result.text == ("Dzień dobry, [EMAIL], tel. [PHONE], karta [CARD], PESEL [PESEL], [URL]")
    assert result.kinds == ["card", "email", "pesel", "phone", "url_token"]


def test_email_inside_secret_url_is_one_url(redactor: Redactor) -> None:
    result = redactor.redact("https://x.com/reset?token=abc123&email=a@b.com")
    assert result.text == "[URL]"
    assert result.kinds == ["url_token"]


def test_numbers_inside_kept_urls_are_not_phones(redactor: Redactor) -> None:
    text = "https://shop.cz/p/600-700-800/detail"
    assert redactor.redact(text).text == text


def test_selected_kinds_only() -> None:
    text = "jan@onet.pl, tel. 600-700-800"
    result = Redactor(kinds=["phone"]).redact(text)
    assert result.text == "jan@onet.pl, tel. [PHONE]"
    assert result.kinds == ["phone"]


def test_unknown_kind_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown PII kinds"):
        Redactor(kinds=["ssn"]).redact("x")


@pytest.mark.parametrize(
    ("check", "valid", "invalid"),
    [
        (luhn_valid, "4111111111111111", "4111111111111112"),
        (iban_valid, "PL61109010140000071219812874", "PL61109010140000071219812875"),
        (pesel_valid, "44051401359", "44051401358"),
        (pesel_valid, "02270800010", "02330800010"),  # month 33 is no century
        (birth_number_valid, "7360285163", "7360285164"),
        (birth_number_valid, "450101123", "540101123"),  # 9 digits only before 1954
    ],
)
def test_checksums(check, valid: str, invalid: str) -> None:
    assert check(valid)
    assert not check(invalid)


@pytest.mark.parametrize(
    ("url", "secret"),
    [
        ("https://a.pl/x?token=1", True),
        ("https://a.pl/x?auth_token=1", True),
        ("https://a.pl/x?sig=1", True),
        ("https://a.pl/x?keywords=shoes", False),
        ("https://a.pl/kategoria/buty-damskie-czarne-skorzane", False),
        ("https://a.pl/x?page=2&sort=price", False),
    ],
)
def test_url_secret_rules(url: str, secret: bool) -> None:
    assert url_has_secret(url) is secret


def test_all_kinds_have_placeholders() -> None:
    assert set(PII_KINDS) == {
        "email",
        "phone",
        "card",
        "iban",
        "pesel",
        "birth_number",
        "url_token",
        "national_id",
        "tax_id",
        "address",
        "name",
    }


def test_is_fast(redactor: Redactor) -> None:
    texts = ["Zamówienie 123456 nie dotarło, proszę o kontakt jan@wp.pl lub 600-700-800."] * 2000
    start = time.perf_counter()
    for text in texts:
        redactor.redact(text)
    assert time.perf_counter() - start < 2.0


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_and_is_idempotent(text: str) -> None:
    redactor = Redactor()
    once = redactor.redact(text)
    assert redactor.redact(once.text).text == once.text
