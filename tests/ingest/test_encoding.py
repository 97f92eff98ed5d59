"""Tests for vocmine.ingest.encoding: UTF-8 and legacy CEE code-page detection."""

from __future__ import annotations

import codecs

import pytest

from vocmine.ingest.encoding import UndecodableError, decode_bytes, plausibility_score

NATIVE = {
    "pl": "Przesyłka nie dotarła, kurier zostawił ją u sąsiada. Źle zapakowane, ściągnąłem reklamację.",
    "pl_short": "Świetny sklep, ale zażółć gęślą jaźń",
    "cs": "Zásilka nepřišla, šest dní čekám. Žádná odpověď, přecházím ke konkurenci.",
    "cs_short": "Šťastný už nejsem, ťukal jsem na chat",
    "sk": "Zásielka neprišla, ľutujem nákup. Kuriér bol drzý, päť dní čakám.",
    "de": "Die Lieferung kam zu spät und völlig beschädigt. Ich kündige. Grüße",
    "ru": "Заказ не пришёл, жду уже две недели. Расторгну договор, поддержка не отвечает.",
    "ru_short": "Привет, где посылка?",
    "uk": "Замовлення не прийшло, чекаю вже тиждень. Їжа зіпсована, підтримка ігнорує.",
}

CASES = [
    ("pl", "cp1250"),
    ("pl", "iso-8859-2"),
    ("pl_short", "cp1250"),
    ("pl_short", "iso-8859-2"),
    ("cs", "cp1250"),
    ("cs", "iso-8859-2"),
    ("cs_short", "cp1250"),
    ("cs_short", "iso-8859-2"),
    ("sk", "cp1250"),
    ("sk", "iso-8859-2"),
    ("de", "cp1250"),
    ("ru", "cp1251"),
    ("ru", "koi8-r"),
    ("ru_short", "cp1251"),
    ("ru_short", "koi8-r"),
    ("uk", "cp1251"),
]


@pytest.mark.parametrize(("key", "encoding"), CASES)
def test_legacy_code_pages_are_detected(key: str, encoding: str) -> None:
    text = NATIVE[key]
    decoded, used = decode_bytes(text.encode(encoding))
    assert decoded == text
    # the pair cp1250/iso-8859-2 shares many bytes; when the bytes coincide either name is right
    assert used == encoding or text.encode(used) == text.encode(encoding)


def test_mixed_pl_cs_lines_in_iso_8859_2_file() -> None:
    text = "\n".join([NATIVE["pl"], NATIVE["cs"], NATIVE["sk"], "id;rating;text"])
    decoded, used = decode_bytes(text.encode("iso-8859-2"))
    assert (decoded, used) == (text, "iso-8859-2")


@pytest.mark.parametrize("key", sorted(NATIVE))
def test_utf8_and_utf8_sig(key: str) -> None:
    text = NATIVE[key]
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")
    assert decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8")) == (text, "utf-8-sig")


def test_declared_encoding_is_used_strictly() -> None:
    data = NATIVE["ru"].encode("koi8-r")
    assert decode_bytes(data, "koi8-r") == (NATIVE["ru"], "koi8-r")
    with pytest.raises(UndecodableError):
        decode_bytes(b"\xff\xfe\xfa", "utf-8")
    with pytest.raises(UndecodableError):
        decode_bytes(b"abc", "no-such-codec")


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 4, b"\x00\x01\x02\x03\x04\x05\x06\x07\x08" * 30, b"\x81\x98" * 50],
)
def test_binary_garbage_is_undecodable(data: bytes) -> None:
    with pytest.raises(UndecodableError):
        decode_bytes(data)


def test_mis_decoding_scores_lower_than_the_right_one() -> None:
    data = NATIVE["cs"].encode("iso-8859-2")
    assert plausibility_score(data.decode("iso-8859-2")) > plausibility_score(data.decode("cp1250"))
    data = NATIVE["ru"].encode("cp1251")
    assert plausibility_score(data.decode("cp1251")) > plausibility_score(data.decode("koi8-r"))
