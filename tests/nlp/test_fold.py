"""The one diacritic fold (vocmine/nlp/fold.py): presets, native examples, consumers."""

from __future__ import annotations

import unicodedata

import pytest

from vocmine.nlp.fold import MARKS, MATCHING, SENTIMENT, FoldPreset, fold

# (language, raw, MATCHING, SENTIMENT, MARKS)
NATIVE_EXAMPLES = [
    ("pl", "Przesyłka DOTARŁA, łódź", "przesylka dotarla, lodz", "Przesylka DOTARŁA, lodz",
     "Przesyłka DOTARŁA, łodz"),
    ("pl", "Żółć i źdźbło", "zolc i zdzblo", "Zolc i zdzblo", "Zołc i zdzbło"),
    ("de", "Straße, Größe, Ärger", "strasse, grosse, arger", "Straße, Große, Arger",
     "Straße, Große, Arger"),
    ("ru", "Ещё ёлка, ЁЖИК", "еще елка, ежик", "Еще елка, ЕЖИК", "Еще елка, ЕЖИК"),
    ("ru", "Йогурт мой", "иогурт мои", "Иогурт мои", "Иогурт мои"),
    ("cs", "Zásilka NEPŘIŠLA, kůň úpěl", "zasilka neprisla, kun upel",
     "Zasilka NEPRISLA, kun upel", "Zasilka NEPRISLA, kun upel"),
    ("cs", "řeřicha ůůů", "rericha uuu", "rericha uuu", "rericha uuu"),
    ("sk", "Kôň, päť, ľad, ďakujem", "kon, pat, lad, dakujem", "Kon, pat, lad, dakujem",
     "Kon, pat, lad, dakujem"),
    ("uk", "Їжак, є ґанок", "іжак, є ґанок", "Іжак, є ґанок", "Іжак, є ґанок"),
    ("uk", "кур’єр, об'єкт", "кур'єр, об'єкт", "кур’єр, об'єкт", "кур’єр, об'єкт"),
    ("en", "The Parcel", "the parcel", "The Parcel", "The Parcel"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "raw", "matching", "sentiment", "marks"), NATIVE_EXAMPLES)
def test_native_examples_fold_per_preset(lang, raw, matching, sentiment, marks):
    assert fold(raw) == matching, lang
    assert fold(raw, MATCHING) == matching
    assert fold(raw, SENTIMENT) == sentiment
    assert fold(raw, MARKS) == marks


def _reference(text: str, letters: dict[str, str], lower: bool) -> str:
    """Whole-string NFKD with the marks dropped, after the explicit letters."""
    if lower:
        text = text.lower()
    for letter, folded in letters.items():
        text = text.replace(letter, folded)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@pytest.mark.parametrize("preset", [MARKS, SENTIMENT, MATCHING], ids=repr)
@pytest.mark.parametrize(
    "text",
    ["Zásilka NEPŘIŠLA", "ﬁnal ŉ ǅ İstanbul ΣΑΣ ①", "e\u0301\u0323 a\u0328\u0301",
     "Ёлка Її ґ ẞ Æsir Øre đak", "한국어", "", "plain ascii, Even Cased"],
)  # fmt: skip
def test_fold_equals_whole_string_nfkd_without_marks(preset, text):
    assert preset.fold(text) == _reference(text, dict(preset.letters), preset.lower)


@pytest.mark.parametrize("preset", [MARKS, SENTIMENT, MATCHING], ids=repr)
def test_ascii_fast_path_returns_ascii_unchanged_but_for_case(preset):
    text = "Order #12 ARRIVED late :( don't"
    assert preset.fold(text) == (text.lower() if preset.lower else text)


def test_presets_differ_only_where_documented():
    assert fold("ł", MARKS) == "ł"  # Unicode does not decompose it
    assert fold("ł", SENTIMENT) == "l"
    assert fold("ß", SENTIMENT) == "ß"  # the sentiment model was trained with ß kept
    assert fold("ß") == "ss"
    assert fold("æ ø đ ’") == "ae o d '"


def test_explicit_letters_must_fold_to_ascii():
    with pytest.raises(ValueError, match="ASCII"):
        FoldPreset("bad", {"ł": "ľ"}, lower=False, fold=str.lower)


def test_consumers_use_the_one_fold():
    from vocmine.categorise.taxonomy import fold_text
    from vocmine.sentiment.classifier import fold_diacritics

    assert fold_text is MATCHING.fold
    assert fold_diacritics is SENTIMENT.fold


@pytest.mark.parametrize(
    ("label", "role"), [("Zákazník", "customer"), ("OPERÁTOR", "agent"), ("Zákaznícky", "other")]
)
def test_chat_speaker_labels_compare_folded(label, role):
    from vocmine.ingest.chats import speaker_role

    assert speaker_role(label) == role


@pytest.mark.parametrize("preset", [MARKS, SENTIMENT, MATCHING])
def test_a_preset_fold_pickles_so_models_holding_it_save(preset):
    import pickle

    restored = pickle.loads(pickle.dumps(preset.fold))
    assert restored("Zásilka ŁÓDŹ, Straße") == preset.fold("Zásilka ŁÓDŹ, Straße")
