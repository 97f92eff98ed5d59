"""The regex helpers of vocmine.nlp.redact that speed searches up without changing matches."""

import re
from collections.abc import Callable
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vocmine.nlp import redact
from vocmine.nlp.redact import _case_variants, _ignorecase_factored

EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def test_case_variants_are_every_character_ignorecase_matches() -> None:
    letters = set(redact._IGNORECASE_FIRST_CHARS) | set(redact._CASE_EXTRAS)
    letters |= set("abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщъыьэюяёіїєґčďěňřšťůž")
    for letter in sorted(letters):
        matched = set(re.findall(f"(?i:{re.escape(letter)})", EVERY_CHARACTER))
        assert matched == _case_variants(letter), letter


def test_ignorecase_factored_matches_as_the_plain_alternation() -> None:
    alternatives = ["as", "als", "jako", "я", "як", r"i[ \t]+am", "i'm", "ſtop", "Kelvin"]
    plain = re.compile(r"(?<!\w)(?i:" + "|".join(alternatives) + r")\b")
    factored = re.compile(_ignorecase_factored(alternatives, r"\w") + r"\b")
    texts = [
        "As I AM, als ALS jako Я, як ЯК; i'm I'M",
        "ſtop STOP Stop ſTOP kelvin KELVIN Kelvin",
        "bas xals _as 1as a.s I  am I\tam ЯКщо якЯ",
    ]
    for text in texts:
        assert [m.span() for m in factored.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


def test_table_classes_match_every_character_their_categories_match() -> None:
    for fast, plain in ((redact._DIGIT_CLASS, r"\d"), (redact._LETTER_CLASS, r"[^\W\d_]")):
        assert re.findall(fast, EVERY_CHARACTER) == re.findall(plain, EVERY_CHARACTER), plain


def test_table_first_matches_every_character_its_class_matches() -> None:
    for first in (r"[+(\d]", r"[A-Z\d]", r"[\dA-Z]", r"[D\d]"):
        found = re.findall(redact._table_first(first), EVERY_CHARACTER)
        assert found == re.findall(first, EVERY_CHARACTER), first


def test_emails_are_the_email_regex_matches() -> None:
    texts = [
        "a@b.cz, jan.novak+x@firma-1.co.uk; @x.com x@ y@z.c x@y.z1 _u@d.de.",
        "mail:jan@x.pl@y.pl a@b.cd.ef@g.hi -x@y.zz- ü.ö@ß.de 1@2.ab @@a.bc",
        "x.y@host.museum.",
        "p@q.rs@t.uv",
        "a@b.cd-e@f.gh",
        "ab@cd.ef_@gh.ij",
        "дмитрий@почта.рф и user@domain.com1",
        "@",
        "",
        "a@",
        "x@x.xx\n@y.yy",
    ]
    for text in texts:
        assert redact._emails(text) == [m.span() for m in redact._EMAIL_RE.finditer(text)], text


@settings(max_examples=500)
@given(st.text(alphabet="ab1_.+-@ ,üß\nД", max_size=40))
def test_emails_are_the_email_regex_matches_anywhere(text: str) -> None:
    assert redact._emails(text) == [m.span() for m in redact._EMAIL_RE.finditer(text)]


KEYWORD_TEXTS = [
    "NIP: 123-456-78-90, REGON 123456785, IČO 27082440, ИНН 7707083893",
    "nip 1234567890; Steuer-ID 12345678901 und USt-IdNr. DE123456789",
    "xNIP 1, _NIP 2, NIPs 3, UTRs, self assessment 4, ЄДРПОУ 5, ЕДРПОУ 6, TIN 7, tin 8",
    "statistický úrad 9 Štatistický úrad 10 ſtatistick, РНОКПП/ІПН 11, company registration no 12",
]


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(
            ["NIP", "nip", "REGON", "IČ", "ИНН", "TIN", "tin", "ІПН", "Reg.", " ", ":", "1", "x"]
            + ["\n", "-", "UTRs", "Steuer-ID", "šs", "ſ", "İ", "DIČ", "numer identyfikacji"]
        ),
        max_size=12,
    )
)
def test_word_start_search_finds_what_the_pattern_finds(pieces: list[str]) -> None:
    texts = ["".join(pieces), *KEYWORD_TEXTS]
    for gated in (redact._ID_KEYWORD_BEFORE_RE, redact._ID_KEYWORD_ANYWHERE_RE):
        pattern = gated.pattern
        for text in texts:
            for pos, endpos in ((0, len(text)), (1, len(text) - 1), (3, len(text))):
                expected = [(m.span(), m.lastgroup) for m in pattern.finditer(text, pos, endpos)]
                got = [(m.span(), m.lastgroup) for m in gated.finditer(text, pos, endpos)]
                assert got == expected
                first = pattern.search(text, pos, endpos)
                found = gated.search(text, pos, endpos)
                assert (found and found.span()) == (first and first.span())


@settings(max_examples=5, deadline=None)
@given(st.data())
def test_word_start_search_finds_each_keywords_strings(data: st.DataObject) -> None:
    """Strings of every id keyword alternative, in upper, lower and title case, after a
    space, a letter or nothing and before a space, a digit or a letter: the gated searches
    (by first letter and the letter after it) find what the patterns find."""
    for alternative in redact._ID_KEYWORD_ALTERNATIVES:
        string = data.draw(st.from_regex(re.compile(alternative, re.IGNORECASE), fullmatch=True))
        for cased in {string, string.upper(), string.lower(), string.title()}:
            for text in (cased, f" {cased} 1", f"x{cased}:", f"{cased}s 2", f"-{cased}x"):
                for gated in (redact._ID_KEYWORD_BEFORE_RE, redact._ID_KEYWORD_ANYWHERE_RE):
                    expected = [(m.span(), m.lastgroup) for m in gated.pattern.finditer(text)]
                    got = [(m.span(), m.lastgroup) for m in gated.finditer(text)]
                    assert got == expected, (alternative, text)


def test_second_chars_any_case_reads_every_case() -> None:
    seconds = redact._second_chars_any_case(["nip", "(?-i:TIN)", "i[čc]o?"])
    assert seconds is not None
    assert seconds["n"] == seconds["N"] == {"i", "I", "İ", "ı"}
    assert seconds["t"] == {"i", "I", "İ", "ı"}
    assert seconds["I"] >= {"č", "Č", "c", "C"}
    assert redact._second_chars_any_case(["a", "nip"]) is None  # "a" alone matches
    assert redact._second_chars_any_case([r"n\w+"]) is None


def test_any_of_is_any_substring() -> None:
    gate = redact._AnyOf(["вас ", "ich hei", "jmenuj", "ab"])
    for text in ["", "a", "xab", "вас", "пишу вас нам", "ICH HEI", "ich heiße", "jmenu", "jmenuji"]:
        assert gate.found_in(text) == any(w in text for w in ["вас ", "ich hei", "jmenuj", "ab"])
    assert not redact._AnyOf([]).found_in("anything")


def test_pronoun_name_starts_where_the_plain_pattern_did() -> None:
    plain = re.compile(r"(?:^|(?<=[\s(]))(?:я|Я|ich|Ich|ja|Ja|I)[ \t]*,")
    factored = re.compile(
        redact._first_char_factored(["я", "Я", "ich", "Ich", "ja", "Ja", "I"], r"[^\s(]")
        + r"[ \t]*,"
    )
    for text in ["Я, Иван", "xя, a", "(ich, Jan", "Ich,I, ja,Ja ,", "\nja,", "mIch, I,"]:
        assert [m.span() for m in factored.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
    assert redact._PRONOUN_NAME_RE.search("Я, Волкова Людмила Сергеевна, прошу")
    assert not redact._PRONOUN_NAME_RE.search("Моя, Волкова Людмила Сергеевна, прошу")


LINE_TEXTS = [
    "Cc: Samantha Cole; Raj Patel\nTo: x\n> From: Jan Novák\nfrom:\nKopia: Anna Nowak",
    "\n\nMaria, hi!\n— Машуль, привет!\n> Константин, добрый день!\n  Jan Novák , ahoj",
    "[09:14] zákazník: ok, díky, kuba\nKlient: dzięki\nSie: danke\n[9:1] x: y",
    "no line starts here: Anna, hi",
    "Anna, hi\nAnna, hi\n\nAnna, hi",
    "",
    "\n",
    "to:\n",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["\n", " ", "\t", ">", "—", "Anna", "Jan", "Cc", "to", ":", ",", "x", "[09:14]", "Ok"]
            + ["Klient", "Кому", "від", "hi", "!"]
        ),
        max_size=16,
    )
)
def test_line_start_search_finds_what_the_pattern_finds(pieces: list[str]) -> None:
    texts = ["".join(pieces), *LINE_TEXTS]
    for gated in (redact._LINE_OPENING_NAME_RE, redact._CHAT_TURN_RE, redact._HEADER_LIST_RE):
        pattern = gated.pattern
        for text in texts:
            expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in gated.finditer(text)] == expected
            first, found = pattern.search(text), gated.search(text)
            assert (found and found.span()) == (first and first.span())


def test_line_start_search_takes_only_caret_patterns() -> None:
    for regex, text in ((r"(?m)^ab", "ab\nxab\nab"), (r"(?m)^a\n", "a\na\na\n\na\n")):
        spans = [m.span() for m in re.finditer(regex, text)]
        assert [m.span() for m in redact._LineStartSearch(regex).finditer(text)] == spans
    for regex in (r"^ab", r"(?i)^ab", r"(?m)ab", r"ab"):
        try:
            redact._LineStartSearch(regex)
        except ValueError:
            continue
        raise AssertionError(regex)


def test_line_keyword_gate_is_the_plain_alternation() -> None:
    plain = re.compile(r"[A-ZА-ЯЄІЇČĎŘŠŽ][A-ZА-ЯЄІЇČĎŘŠŽ]|(?i:" + redact._ID_STEMS + ")")
    texts = [
        "NIP 123, Steuer-ID, tax id, rodné číslo, r. č., HMRC, hmrc, BZSt bzst",
        "ідентифікаційний код, податковий, ИНН, Identifikační, unique taxpayer, ſteuer",
        "Nothing here, only words; A B, Ab, aB, ČŘ, ab",
        "",
    ]
    for text in texts:
        for pos in range(0, len(text), 7):
            expected = [m.span() for m in plain.finditer(text, pos)]
            assert [m.span() for m in redact._LINE_KEYWORD_GATE_RE.finditer(text, pos)] == expected


_GATE_PIECES = [
    "NIP", "nip", "Steuer", "STEUER", "ſteuer", "tax", "TAX", "Tax", "r. č.", "R.Č", "r.c",
    "rodné", "HMRC", "hmrc", "BZSt", "bzst", "dentifik", "IDENTYFIK", "ідентиф", "ИНН", "ІПН",
    "ЄДРПОУ", "податк", "ПОДАТК", "налог", "karti\u010dk", "KARTICK", "pr\u016fkaz", "preukaz",
    "finančn", "FINANZAMT", "daňov", "ssessment", "ſſessment", "\u212aARTIČK", "unique",
    "umsatz", "zentralamt", "skarbow", "tatistick", "свидетельств", "постановк", "трахов",
    "\u1c84рахов", "егистрацион", "арточк", "облік", "латник", "одатк", "алог",
    "A", "Ab", "ČŘ", "ЯЯ", "Є", "ї", "x", "1", " ", "-", ".", "\n", "é", "İ", "ı",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_GATE_PIECES), max_size=12), st.data())
def test_line_keyword_gate_finds_what_the_plain_alternation_finds(
    pieces: list[str], data: st.DataObject
) -> None:
    plain = re.compile(r"[A-ZА-ЯЄІЇČĎŘŠŽ][A-ZА-ЯЄІЇČĎŘŠŽ]|(?i:" + redact._ID_STEMS + ")")
    text = "".join(pieces)
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    expected = plain.search(text, pos, end)
    found = redact._LINE_KEYWORD_GATE_RE.search(text, pos, end)
    assert (found and found.span()) == (expected and expected.span())


_ROLE_ALTERNATIVES = ["as", "jako", "ako", "als", "как", "як", "jsem", "som", "jestem"] + [
    r"ich[ \t]+bin",
    r"i[ \t]+am",
    "i'm",
    "я",
]
_ROLE_PIECES = [
    "as", "AS", "aſ", "Als", "jako", "JAKO", "ako", "Ako", "как", "КАК", "як", "ЯК", "Я", "я",
    "jsem", "JSEM", "som", "ſom", "jestem", "ich bin", "ICH\tBIN", "i am", "I AM", "İ am",
    "ı am", "i'm", "I'M", "x", "b", "_", "1", " ", ",", "\n", "ё", "\u212a",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_ROLE_PIECES), max_size=12), st.sampled_from([None, r"\w", "[\\w.]"])
)
def test_ignorecase_factored_finds_what_the_plain_alternation_finds(
    pieces: list[str], not_after: str | None
) -> None:
    before = "" if not_after is None else f"(?<!{not_after})"
    plain = re.compile(before + "(?i:" + "|".join(_ROLE_ALTERNATIVES) + ")")
    factored = re.compile(_ignorecase_factored(_ROLE_ALTERNATIVES, not_after))
    text = "".join(pieces)
    for pos in range(len(text) + 1):
        expected = [m.span() for m in plain.finditer(text, pos)]
        assert [m.span() for m in factored.finditer(text, pos)] == expected


def _alternation_text(alternatives: list[str]) -> st.SearchStrategy[str]:
    """Texts of matches of ``alternatives`` (in random case) between separators."""
    pieces = st.one_of(
        *(st.from_regex(a, fullmatch=True) for a in alternatives),
        st.sampled_from([" ", "\n", ", ", "x", "1", "#", ": ", " nr ", "č.", "_", "-"]),
    )
    casings: list[Callable[[str], str]] = [str, str.upper, str.title]
    cased = st.tuples(pieces, st.sampled_from(casings)).map(lambda piece: piece[1](piece[0]))
    return st.lists(cased, max_size=8).map("".join)


_FACTORED_CASES = {
    "person nouns": (
        lambda: re.compile(
            r"(?<!\w)(?:" + redact._literal_trie(redact._PERSON_NOUNS) + r")[ \t]+(?=\w)"
        ),
        lambda: redact._PERSON_NOUN_RE,
        lambda: sorted(redact._PERSON_NOUNS),
    ),
    "introductions": (
        lambda: re.compile(
            r"\b(?P<intro>" + redact._cue_alternation(redact._collect("introductions")) + r")(?!\w)"
        ),
        lambda: redact._INTRO_RE,
        lambda: redact._cue_alternatives(redact._collect("introductions")),
    ),
    "phone keywords": (
        lambda: re.compile(r"(?i)\b(?:" + redact._PHONE_KEYWORD + r")\b[^\d\n]{0,15}$"),
        lambda: redact._PHONE_KEYWORD_BEFORE_RE,
        lambda: redact._regex_branches(redact._PHONE_KEYWORD),
    ),
    "reference keywords": (
        lambda: re.compile(
            r"(?i)(?:(?<!\w)(?:" + redact._REFERENCE_KEYWORD + r")(?!\w)|#)[^\w\n]{0,3}"
            r"(?:(?:nr|no|number|numer|[cč][ií]sl[oa]|[cč][ií]s|[cč]|nummer|номер|n°)\.?"
            r"[^\w\n]{0,3}|)$"
        ),
        lambda: redact._REFERENCE_KEYWORD_BEFORE_RE,
        lambda: redact._regex_branches(redact._REFERENCE_KEYWORD),
    ),
}


_FACTORED_CASES["legal forms"] = (
    lambda: re.compile(
        r"(?<!\w)(?:sp\.[ \t]?z[ \t]?o\.[ \t]?o\.?|sp\.[ \t]?[jkp]\.|s\.[ \t]?r\.[ \t]?o\.?|"
        r"spol\.[ \t]s[ \t]r\.[ \t]?o\.?|a\.[ \t]?s\.|s\.[ \t]?a\.|s\.[ \t]?c\.|"
        r"(?-i:GmbH|AG|KG|OHG|UG|SE|Ltd|LLC|Inc|PLC|plc|LLP|ООО|ОАО|ЗАО|ПАО|АО|ИП|ТОВ|ПП|ФОП|ПрАТ|ПАТ)"
        r"|&[ \t]?co\.?)(?![\w])",
        re.IGNORECASE,
    ),
    lambda: redact._LEGAL_FORM_RE,
    lambda: (
        redact._regex_branches(redact._LEGAL_FORMS_ANY_CASE)
        + redact._regex_branches(redact._LEGAL_FORMS_AS_WRITTEN)
        + [r"&[ \t]?co\.?", "sE", "Se", "ſ.r.o.", "aG"]
    ),
)
_FACTORED_CASES["titles before a name"] = (
    lambda: re.compile(
        r"(?<![^\W\d_])(?:(?:"
        + "|".join(sorted((re.escape(h) for h in redact._HONORIFICS), key=len, reverse=True))
        + r")\.?|(?:med|rer|nat|dent|vet|phil|jur|oec)\.)[ \t]+$"
    ),
    lambda: redact._TITLE_BEFORE_RE,
    lambda: (
        [re.escape(h) + r"\.?[ \t]*" for h in sorted(redact._HONORIFICS)]
        + [r"(?:med|rer|nat|dent|vet|phil|jur|oec)\.[ \t]"]
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(",|(/-–—x \tAéя.😊☀\ufe0f🙏\n"), max_size=16), st.data())
def test_name_line_gates_keep_every_match(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    cut = redact._NAME_LINE_CUT_RE.search(text, start, end)
    assert cut is None or redact._NAME_LINE_CUT_GATE_RE.search(text, start, end) is not None
    expected = redact._TRAILING_EMOJI_RE.search(text, start, end)
    found = redact._trailing_emoji(text, start, end)
    assert (found and found.span()) == (expected and expected.span())


_FACTORED_CASES["named after"] = (
    lambda: re.compile(
        r"(?i)(?<![^\W\d_])(?:im\.|imienia|imeni|имени|імені|named[ \t]+after|"
        r"(?-i:Z[ŠS]|SO[ŠS]|MS)|"
        r"t[řr][ií]d[ěea]|ulic[eiy]|ulica|ul\.|al\.|alej[ai]|plac[u]?|n[áa]m[ěe]st[ií]|"
        r"n[áa]b[řr]e[žz][ií]|вулиц[яі]|вул\.|улиц[аеы]|ул\.|проспект\w*|просп\.|площ[аі]\w*|"
        r"(?-i:St|Sv|Sw|Św|Sankt|Saint|San|Santa)\.?|св\.|святого|святої|святой)"
        r"[ \t]+$"
    ),
    lambda: redact._NAMED_AFTER_RE,
    lambda: (
        [
            a + r"[ \t]?"
            for part in redact._NAMED_AFTER_ANY_CASE + redact._NAMED_AFTER_AS_WRITTEN
            for a in redact._regex_branches(part)
            if a
        ]
        + ["zš", "sT.", "SAN "]
    ),
)
_FACTORED_CASES["street keywords"] = (
    lambda: re.compile(
        r"(?<![\w.])(?:" + redact.MATCHING.fold(redact._STREET_KEYWORDS) + r")(?:(?<=\.)|(?!\w))"
    ),
    lambda: redact._STREET_KEYWORD_RE,
    lambda: redact._regex_branches(redact.MATCHING.fold(redact._STREET_KEYWORDS)),
)
_FACTORED_CASES["postcode keywords"] = (
    lambda: re.compile(
        r"(?:kod[ \t]+pocztowy|psc|plz|postleitzahl|post[ \t]?code|zip(?:[ \t]?code|)|"
        r"(?:почтовыи[ \t]+|поштовии[ \t]+|)(?:индекс|індекс))(?!\w)[ \t]*[:.]?[ \t]*"
        r"(?P<code>\d{2}-\d{3}|\d{3}[ ]?\d{2}|\d{5,6}|[a-z]{1,2}\d[a-z\d]?[ ]?\d[a-z]{2})"
        r"(?![\w/]|[.,-]\d)"
    ),
    lambda: redact._POSTCODE_KEYWORD_RE,
    lambda: (
        redact._regex_branches(redact._POSTCODE_KEYWORD_ALTERNATION)
        + [r"\d{2}-\d{3}", r"\d{3} ?\d{2}", r"\d{5,6}", r"[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}"]
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("> \t\nx>"), max_size=20))
def test_quote_marks_blanked_as_by_the_line_start_pattern(text: str) -> None:
    assert redact._quote_marks_blanked(text) == redact._QUOTE_MARK_RE.sub(redact._blank, text)


def test_org_compound_gate_keeps_every_ending() -> None:
    endings = redact._regex_branches(redact._ORG_COMPOUND_RE.pattern[3:-2])
    assert len(endings) == 15
    for ending in endings:
        for word in (ending, ending.upper(), "Haus" + ending.title(), "x" + ending + "\n"):
            word = word.replace("k", "\u212a") if word.endswith("chnik") else word
            assert redact._ORG_COMPOUND_RE.search(word), word
            assert word[-1] in redact._ORG_COMPOUND_ENDS, word
    found = {w[-1] for w in map(chr, range(0x3000)) if redact._ORG_COMPOUND_RE.search("holzba" + w)}
    assert found <= redact._ORG_COMPOUND_ENDS


@pytest.mark.parametrize("case", sorted(_FACTORED_CASES))
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_factored_alternations_match_as_the_plain_ones(case: str, data: st.DataObject) -> None:
    plain_of, factored_of, alternatives_of = _FACTORED_CASES[case]
    plain, factored = plain_of(), factored_of()
    text = data.draw(_alternation_text(alternatives_of()))
    assert [(m.span(), m.lastgroup) for m in factored.finditer(text)] == [
        (m.span(), m.lastgroup) for m in plain.finditer(text)
    ]
    for pos in range(len(text) + 1):
        for end in (pos, (pos + len(text)) // 2, len(text)):
            expected = plain.search(text, pos, end)
            found = factored.search(text, pos, end)
            assert (found and found.span()) == (expected and expected.span()), (pos, end)


_FACTORED_SAMPLES = (
    "účet, ÚČET 1, ucet #2, úcet, účtu: 5, zavolej, volejte, můj numer, meine nummer 3, mein "
    "nr, турбує вас, вітає вас, me jmeno je, moje jmeno je, ſms, SMS:, Kontonr. 4, №, # 12, "
    "почтовыи индекс 123456, поштовии  індекс: 01001, индекс 12345, zip 12345, zipcode 54321, "
    "ul. Jana, St. Hedwig, Sv. Anna, ZŠ Janka, MS Theodor, im. Jana, Santa. Maria, sv. Anna, "
    "ul.ulica, .ul. xul. ul ulice, al.aleja, пр-т, б-р, консультант оператор, operator x"
)
"""Strings of each leading choice the factored alternations write out."""


def test_factored_alternations_match_each_alternatives_strings() -> None:
    for plain_of, factored_of, alternatives_of in _FACTORED_CASES.values():
        plain, factored = plain_of(), factored_of()
        samples = [_FACTORED_SAMPLES] + [
            re.sub(r"\\(.)", r"\1", re.sub(r"\[(.)[^]]*\]|\(\?:|[()?*]|\\w\*?", r"\1", a))
            for a in alternatives_of()
        ]
        for sample in samples:
            for text in (sample, "x " + sample + " 12", sample.upper() + ":", "a" + sample):
                assert [m.span() for m in factored.finditer(text)] == [
                    m.span() for m in plain.finditer(text)
                ], text
                for end in range(len(text) + 1):  # the keywords before a number end at it
                    expected = plain.search(text, 0, end)
                    found = factored.search(text, 0, end)
                    assert (found and found.span()) == (expected and expected.span()), text


_NAME_PIECES = [
    "Mariusz", "Sikora", "Anna", "Nowak-Kowalska", "McDonald", "O’Brien", "ŁUKASZ", "Éva",
    "said", "x", "ab", "a", " ", "  ", "\t", "-", "'", "’", ".", ",", "1", "(", ")", "„", "“",
    "”", "«", "»", '"', "Abcdefghijklmnopq", "abcdefghijklmnop", "Яна", "ёж", "\n",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=12))
def test_possessive_name_patterns_match_as_the_backtracking_ones(pieces: list[str]) -> None:
    full_name = re.compile(
        r"(?P<first>" + redact._CAP + r"(?<![\w.'’-].)[^\W\d_" + redact._UPPER + r"]+)[ \t]+"
        r"(?P<last>" + redact._CAP + r"[^\W\d_" + redact._UPPER + r"]+(?:-" + redact._CAP
        + r"[^\W\d_]+|))(?![\w'’-])"
    )  # fmt: skip
    nickname_gate = re.compile(r"[„“\"«(][^\W\d_]{2,15}[“”\"»)][ \t]+[^\W\d_]")
    text = "".join(pieces)
    for plain, possessive in (
        (full_name, redact._FULL_NAME_RE),
        (nickname_gate, redact._NICKNAME_GATE_RE),
    ):
        for pos in range(len(text) + 1):
            assert [m.span() for m in possessive.finditer(text, pos)] == [
                m.span() for m in plain.finditer(text, pos)
            ]
        assert [m.groupdict() for m in possessive.finditer(text)] == [
            m.groupdict() for m in plain.finditer(text)
        ]


def test_line_spans_are_the_split_lines_stripped() -> None:
    def by_split(text: str, stop_at_first: bool) -> list[tuple[int, int]]:
        spans, position = [], 0
        for line in text.split("\n"):
            stripped = line.strip()
            if stripped:
                lead = len(line) - len(line.lstrip())
                spans.append((position + lead, position + lead + len(stripped)))
                if stop_at_first:
                    break
            position += len(line) + 1
        return spans

    for text in ["", "\n", "a", " a \n\n b\t\n", "\n\n  x", "x\n", "\u3000y\u3000\nz"]:
        for stop in (False, True):
            assert redact._line_spans(text, stop) == by_split(text, stop)


NUMBER_TEXTS = [
    "PESEL 76062576889, karta 4539 7777 7777 7777, 4539.7777.7777.7777 i 4622 7367 4808\n6922",
    "Rodné číslo 631107/0854, 88 09 01 / 4016; účet 19-2000145399/0800, tel 600700800",
    "NIP PL 123-456-32-18, SNILS 112-233-445 95, IdNr 36 574 261 809, ATU 12345678",
    "DE  123456789 / GB 576 6871 81 / CZ 758 32 925, 1234567, 12 345 678, 1-2-3-4-5-6-7",
    "no number here 12 34, 123-45, Nr. 5",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["1", "23", "4567", " ", "-", "/", ".", "\n", "PL", "AT U", "DE ", "x"]),
        max_size=20,
    )
)
def test_number_searches_find_nothing_before_the_gate(pieces: list[str]) -> None:
    """The searches :meth:`Redactor._numbers` starts at the seven-digit gate (less a prefix)."""
    texts = ["".join(pieces), *NUMBER_TEXTS]
    from_gate = [
        redact._CARD_RE,
        redact._SEPARATED_CARD_RE,
        redact._BROKEN_CARD_RE,
        redact._CZ_ACCOUNT_RE,
        redact._PESEL_RE,
        redact._BIRTH_NUMBER_RE,
        redact._BARE_DIGITS_RE,
    ]
    prefixed = [redact._ID_NUMBER_RE, *(p for p, _ in redact._STANDALONE_IDS)]
    for text in texts:
        gate = redact._NUMBER_GATE_RE.search(text)
        run = len(text) if gate is None else gate.start()
        for pattern, first in [(p, run) for p in from_gate] + [
            (p, max(0, run - redact.NUMBER_PREFIX_CHARS)) for p in prefixed
        ]:
            assert [m.span() for m in pattern.finditer(text, first)] == [
                m.span() for m in pattern.finditer(text)
            ], (pattern.pattern, text)
        line = text.rfind("\n", 0, run) + 1
        assert [m.span() for m in redact._BLOCK_ID_RE.finditer(text, line)] == [
            m.span() for m in redact._BLOCK_ID_RE.finditer(text)
        ]


def test_inner_capitals_change_under_lower_case() -> None:
    """_name_word searches for an inner capital only where lower() changes the word's rest."""
    assert all(c.lower() != c for c in redact._UPPER)
    for word in ["NetPol", "ČeskýNet", "УкрЗв'язок", "MacArthur", "McDonald", "Novák", "AbCdEf"]:
        rest = word[2:]
        if rest == rest.lower():
            assert redact._INNER_CAPITAL_RE.search(word) is None, word
    assert not redact._name_word("NetPol")
    assert redact._name_word("MacArthur")
    assert redact._name_word("Novák")


def _translated(text: str) -> str:
    return text.lower() if text.isascii() else text.translate(redact._SameLengthFold())


def test_fold_by_code_pages_is_the_fold_by_table() -> None:
    low = "".join(chr(c) for c in range(redact._TABLE_CHARS_END))
    assert redact._fold_same_length(low) == _translated(low)
    assert redact._fold_same_length(low + "\u3000") == _translated(low + "\u3000")
    high = EVERY_CHARACTER[redact._TABLE_CHARS_END :]
    assert redact._fold_same_length("Ą" + high) == _translated("Ą" + high)
    for page in (redact._LATIN_PAGE, redact._CYRILLIC_PAGE):
        assert page.fold(EVERY_CHARACTER) == _translated(EVERY_CHARACTER)
        on_page = "".join(c for c in EVERY_CHARACTER[:0x3000] if _encodable(page, c))
        assert 200 <= len(on_page) <= 256
        assert page.strict(on_page) == _translated(on_page)  # "?" too, not the placeholder
        assert page.fold(on_page + on_page[::-1]) == _translated(on_page + on_page[::-1])


def _encodable(page: "redact._FoldPage", char: str) -> bool:
    try:
        page.strict(char)
    except UnicodeEncodeError:
        return False
    return True


_FOLD_SAMPLE = (
    "?\uffff\ufffe\ufffd\x00\x01 \t\nAaZz09.,!Ąą Čč Řř Ůů Łł ß ẞ İ ı Ё ё Й й Ї ї Ґ ґ ў Ѣ "
    "„“”‘’«»–—…№€₽ ﬁ Ａａ ǅ ǈ ᾈ Ω K Å 🔥🙂👍\u3000\u0301\u2028"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_FOLD_SAMPLE) | st.characters(), max_size=40))
def test_fold_same_length_is_the_fold_by_table_on_random_texts(text: str) -> None:
    assert redact._fold_same_length(text) == _translated(text)
    for page in (redact._LATIN_PAGE, redact._CYRILLIC_PAGE):
        assert page.fold(text) == _translated(text)


def test_sign_off_skip_takes_no_letter_or_digit() -> None:
    skip = redact._SIGN_OFF_RE.skip
    assert skip is not None
    alnum = [c for c in EVERY_CHARACTER if c.isalnum()]
    assert all(skip.match(c).end() == 0 for c in alnum)  # type: ignore[union-attr]
    assert skip.match("_-, .x").end() == 5  # type: ignore[union-attr]


_CUE_ALTERNATIVES = [
    *redact._GREETING_CUES,
    *redact._CLOSING_CUES,
    *redact._cue_alternatives(
        redact._collect("closings") | {re.escape(w) for w in redact._SIGN_OFFS.split()}
    ),
]


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_parsed_prefixes_hold_every_match_start(data: st.DataObject) -> None:
    """Every string a cue regex matches starts with one of its prefixes (two characters)."""
    regex = data.draw(st.sampled_from(_CUE_ALTERNATIVES))
    prefixes = redact._parsed_prefixes(sre_parse.parse(regex), 2)
    assert prefixes is not None, regex
    for _ in range(10):
        matched = data.draw(st.from_regex(regex, fullmatch=True))
        assert matched[:2] in prefixes, (regex, matched)


def test_parsed_prefixes_read_what_they_understand() -> None:
    def prefixes(regex: str) -> set[str] | None:
        return redact._parsed_prefixes(sre_parse.parse(regex), 2)

    assert prefixes("(?:ab|c)d?e") == {"ab", "cd", "ce"}
    assert prefixes("(?:x|)(?:y|z)+") == {"xy", "xz", "y", "yy", "yz", "z", "zy", "zz"}
    assert prefixes("d[ea](?!\\w)") == {"de", "da"}
    assert prefixes("g\\.?") == {"g", "g."}
    assert prefixes("a\\w") is None
    assert prefixes("(?i:ab)") is None
    assert redact._second_chars(["abc", "ad"], "a") == frozenset("bd")
    assert redact._second_chars(["abc", "a"], "a") is None  # "a" alone matches
    assert redact._second_chars(["(?i)ab"], "a") is None


_CUE_PIECES = ["dzie", "dobry", "den", "hi", "hello", "s", "z", "pozdrav", "em", "m", " ", "\n",
               ",", ".", "-", "díky", "moc", "с", "уважением", "vazen", "a", "pani", "dear", "x",
               "grüße", "gruss", "best", "regards", "thanks", "ahoj", "hey", "good", "morning"]  # fmt: skip


_CUE_STRINGS = st.one_of(
    st.sampled_from(_CUE_PIECES),
    st.sampled_from(_CUE_ALTERNATIVES).flatmap(lambda r: st.from_regex(r, fullmatch=True)),
)
"""Pieces of text: cue-like words, and strings that a cue or sign-off regex matches."""


def _whole_alternations() -> tuple[re.Pattern[str], re.Pattern[str], str]:
    """Return the cue and sign-off regexes as whole alternations, and one sign-off key's
    pattern (each key's pattern is built the same way)."""
    whole_cue = redact._clause_cue_regex(redact._GREETING_CUES + redact._CLOSING_CUES)
    any_key = redact._SIGN_OFF_RE.table["d"]
    alternation = any_key.pattern[
        any_key.pattern.index("(?:(?:") : any_key.pattern.index(")(?!\\w)") + 1
    ]
    sign_off_alternatives = redact._cue_alternatives(
        redact._collect("closings") | {re.escape(w) for w in redact._SIGN_OFFS.split()}
    )
    whole_sign_off = re.compile(
        any_key.pattern.replace(
            alternation, "(?:" + redact._cue_alternation(sign_off_alternatives) + ")", 1
        )
    )
    return whole_cue, whole_sign_off, any_key.pattern


@settings(max_examples=600, deadline=None)
@given(st.lists(_CUE_STRINGS, max_size=6), st.integers(0, 40))
def test_by_first_char_matches_as_the_whole_alternation(pieces: list[str], cut: int) -> None:
    """The cue and sign-off patterns, tried by first and second character, match as their
    whole alternation does, at every position (also with an end position)."""
    text = "".join(pieces)
    whole_cue, whole_sign_off, _ = _whole_alternations()
    for end in (len(text), len(text) - cut if cut < len(text) else len(text)):
        for pos in range(end + 1):
            cue = redact._CLAUSE_CUE_RE.match(text, pos, end)
            expected = whole_cue.match(text, pos, end)
            assert (cue and (cue.span(), cue.lastgroup)) == (
                expected and (expected.span(), expected.lastgroup)
            ), (text, pos, end)
            found = redact._SIGN_OFF_RE.match(text, pos, end)
            expected = whole_sign_off.match(text, pos, end)
            assert (found and found.span()) == (expected and expected.span()), (text, pos, end)


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_by_first_char_matches_each_alternatives_strings(data: st.DataObject) -> None:
    """Strings of every cue and sign-off regex (and each followed by a space or a letter)
    match the cue and sign-off patterns as they match the whole alternations."""
    whole_cue, whole_sign_off, key_pattern = _whole_alternations()
    assert whole_sign_off.pattern != key_pattern
    for regex in _CUE_ALTERNATIVES:
        string = data.draw(st.from_regex(regex, fullmatch=True))
        for text in (string, string + " x", string + "x", "-" + string):
            cue = redact._CLAUSE_CUE_RE.match(text)
            expected = whole_cue.match(text)
            assert (cue and cue.span()) == (expected and expected.span()), (regex, text)
            found = redact._SIGN_OFF_RE.match(text)
            expected = whole_sign_off.match(text)
            assert (found and found.span()) == (expected and expected.span()), (regex, text)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.one_of(_CUE_STRINGS, st.sampled_from([", ", ".\n", "! ", " \t", "-"])), max_size=8)
)
def test_cue_clause_starts_keep_every_cue(pieces: list[str]) -> None:
    """The clause starts the cue search looks at are the clause starts where a cue
    matches, and more (none is lost)."""
    text = "".join(pieces)
    cue_at = [
        m.end()
        for m in redact._CLAUSE_START_RE.finditer(text)
        if redact._CLAUSE_CUE_RE.match(text, m.end()) is not None
    ]
    kept = [m.end() for m in redact._CUE_CLAUSE_START_RE.finditer(text)]
    assert set(cue_at) <= set(kept)
    assert set(kept) <= {m.end() for m in redact._CLAUSE_START_RE.finditer(text)}


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_cue_clause_starts_keep_each_cues_strings(data: st.DataObject) -> None:
    """A string of every cue regex after a comma, a full stop or a line break starts a
    clause the cue search looks at."""
    for regex in (*redact._GREETING_CUES, *redact._CLOSING_CUES):
        string = data.draw(st.from_regex(regex, fullmatch=True))
        for text in (", " + string, ".\n" + string + " x", "-\t" + string + "."):
            kept = [m.end() for m in redact._CUE_CLAUSE_START_RE.finditer(text)]
            start = len(text) - len(text.lstrip(",.\n- \t"))
            if redact._CLAUSE_CUE_RE.match(text, start) is not None:
                assert start in kept, (regex, text)


def test_first_chars_reads_an_empty_branch_as_optional() -> None:
    """``(?:X|)`` (the optional groups' form, without a repeat's state) is ``(?:X)?``."""
    for optional in ("(?:ab|c|)d", "(?:ab|c)?d"):
        assert redact._first_chars(optional) == frozenset("acd")
    assert redact._first_chars("(?:ab|)") is None  # may match empty
    assert redact._first_chars("(?:ab|)+c") is None
    assert re.fullmatch("(?:ab|c|)d", "d") and re.fullmatch("(?:ab|c|)d", "abd")


def test_run_start_patterns_open_at_a_digit_after_no_digit() -> None:
    """Each pattern of ``_AT_RUN_STARTS`` opens with the digit class and a look-behind
    that rules out a digit before it (a class holding ``\\w`` or ``\\d``, or a letter,
    space or "-" required there), so its matches start where a run of digits does."""
    no_digit_before = re.compile(
        r"(?:\(\?<![^\]]*\]?\\d\)|\(\?<!\\d\\\.\.\))*"  # other look-behinds may come first
        r"(?:\(\?<!\[[^\]]*(?:\\w|\\d)[^\]]*\]\\d\)"  # not after a \w or \d
        r"|\(\?<!\\w\\d\)"  # not after a \w (English streets)
        r"|\(\?<=\[A-Za-z\]\{2\}\\d\)"  # after two letters (IBAN)
        r"|\(\?<=\[a-z\]\\d\)"  # after a lower-case letter (VAT prefix)
        r"|\(\?:\(\?<=\(\?<!\[\\dA-Za-z\]\)\[A-Za-z\]\{2\}\\d\)"  # the loose IBAN's three
        r"\|\(\?<=\[a-zA-Z\]\[A-Z\]\{2\}\\d\)\|\(\?<=\(\?<!\[\\dA-Za-z\]\)\[A-Z\]\{2\}\[ -\]\\d\)\))"
    )
    assert len(redact._AT_RUN_STARTS) >= 12
    for pattern in redact._AT_RUN_STARTS:
        assert pattern.pattern.startswith(redact._DIGIT_CLASS), pattern.pattern
        rest = pattern.pattern[len(redact._DIGIT_CLASS) :]
        assert no_digit_before.match(rest), rest[:80]
        assert pattern.match("") is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 -/.,\n+#PLDEGBabcz٣", max_size=60), st.integers(0, 5))
def test_run_start_search_finds_the_same_matches(text: str, pos: int) -> None:
    starts = redact._run_starts(text)
    for pattern in redact._AT_RUN_STARTS:
        expected = [m.span() for m in pattern.finditer(text, pos)]
        assert [m.span() for m in redact._at_run_starts(pattern, text, starts, pos)] == expected


def test_phone_patterns_open_at_a_plus_a_bracket_or_a_digit_after_no_digit() -> None:
    """Each phone pattern opens with "+" or "(", or with a digit that a look-behind keeps
    from following a word character: a phone starts where a run of digits does or at a
    "+" or "(", where the redactor tries :data:`_PHONE_RE` alone."""
    opening = re.compile(
        r"(?:\\\+\(\?<!\[\\w\+\]\\\+\)|\\\(\(\?<!\\w\\\(\)|0\(\?<!\[\\w\+\]0\)"
        r"|(?:0|8|\\d)\(\?<!\[\\w\+[/.,-]*\](?:0|8|\\d)\))"
    )
    for pattern in redact._PHONE_PATTERNS:
        branches = redact._regex_branches(pattern[3 : redact._regex_group_end(pattern, 0)])
        for branch in branches if pattern.startswith("(?:") else [pattern]:
            assert opening.match(branch), branch[:40]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 -/.,\n+()#_abcz8٣", max_size=60))
def test_searches_at_run_starts_find_the_same_matches(text: str) -> None:
    starts = redact._run_starts(text)
    gate = redact._NUMBER_GATE_RE.search(text)
    found = redact._gate_at_run_starts(text, starts)
    assert (gate and gate.span()) == (found and found.span())
    expected = [m.span() for m in redact._PHONE_RE.finditer(text)]
    phone_starts = sorted(starts + redact._char_positions(text, "+("))
    phones = redact._at_run_starts(redact._PHONE_RE, text, phone_starts)
    assert [m.span() for m in phones] == expected
    phone_runs = redact._NumberRuns(text, starts).phone
    gated = sorted(phone_runs + redact._char_positions(text, "+("))
    phones = redact._at_run_starts(redact._PHONE_RE, text, gated)
    assert [m.span() for m in phones] == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 -,.\nD-aBcPMün", max_size=60))
def test_postcode_search_at_run_starts_and_d_finds_the_same_matches(text: str) -> None:
    pattern = redact._POSTCODE_CITY_RES[2][0]
    runs = redact._run_starts(text)
    starts = sorted(runs + redact._substring_positions(text, "D-"))
    expected = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in redact._at_run_starts(pattern, text, starts)] == expected
    gated = sorted(redact._de_postcode_runs(text, runs) + redact._substring_positions(text, "D-"))
    assert [m.span() for m in redact._at_run_starts(pattern, text, gated)] == expected


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789 \t,\na.", max_size=70), st.integers(0, 70))
def test_block_id_numbers_are_the_block_id_matches(text: str, first: int) -> None:
    first = text.rfind("\n", 0, first) + 1  # a line start, as the redactor passes
    expected = [m.span(1) for m in redact._BLOCK_ID_RE.finditer(text, first)]
    found = redact._block_id_numbers(text, redact._run_starts(text), first)
    assert found == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 -/.,\na٣", max_size=60))
def test_run_starts_carry_the_runs_ends(text: str) -> None:
    starts = redact._run_starts(text)
    runs = [m.span() for m in re.finditer(r"\d+", text)]
    assert list(starts) == [s for s, _ in runs]
    assert list(starts.ends.items()) == runs
    assert list(starts) == [
        m.start() for m in re.finditer(redact._DIGIT_CLASS + r"(?<!\d\d)", text)
    ]


_RUN_PREFIXES = ["", " ", "\n", "-", "/", ".", ",", "x", "ab", "PL", "PL ", "sk", "nr ", "1 "]
_RUN_SUFFIXES = [
    "", " ", "\n", ".", ",", "-", "/", "a", " Warszawa", "-123 Kraków", " 12 Praha",
    "/1234", " / 1234", "-1234-5678-9012", " 1234 5678 9012", ".1234.5678.9012",
    "\n1234 5678\n1234", " 1234\n1234 1234", "№123456", " № 1234567", " 123456",
    " 1234 1234 1234 1234 1234 1234", "-1234-1234-1234-1234-1234-1234", "\n1234\n1234",
]  # fmt: skip


def test_run_lengths_hold_every_match() -> None:
    """Each pattern of ``_RUN_LENGTHS`` matches at a run of digits only if the run's length
    is one of its lengths (runs of 1 to 30 digits, in many surroundings)."""
    digits = "4071987654" * 3
    for pattern, lengths in redact._RUN_LENGTHS:
        assert pattern in redact._AT_RUN_STARTS
        matched = set()
        for length in range(1, 31):
            for prefix in _RUN_PREFIXES:
                for suffix in _RUN_SUFFIXES:
                    text = prefix + digits[:length] + suffix
                    if pattern.match(text, len(prefix)) is not None:
                        assert length in lengths, (pattern.pattern[-60:], text)
                        matched.add(length)
        assert matched, pattern.pattern[-60:]  # the surroundings reach each pattern


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789 -/.,\n№PLabczW٣", max_size=70), st.integers(0, 5))
def test_searches_at_runs_of_their_lengths_find_the_same_matches(text: str, pos: int) -> None:
    starts = redact._run_starts(text)
    for pattern, lengths in redact._RUN_LENGTHS:
        expected = [m.span() for m in pattern.finditer(text, pos)]
        assert [m.span() for m in redact._at_runs(pattern, text, starts, lengths, pos)] == expected


_GATE_PREFIXES = [
    *_RUN_PREFIXES, "PL6", "DE-", "CZ-", "SK ", "KontoDE", "IBANUA", "de", "a ", "x-", "+", "_",
    "č.", "1.", "Tel. ", "\t", "(", "RČ ",
]  # fmt: skip
_GATE_SUFFIXES = [
    *_RUN_SUFFIXES, " 1234 5678", "-12-34", " 12 34 56", "-123-456", ".123.456", " 123 456",
    " 123 456 789", "-456-78-90", " 456-78-90", "/0854", "-0854", " / 4016", " 09 01 / 4016",
    " 12 34 / 5678", "\n123456\n05800", "/\n12345", " 1", "\t123 456", " 574 261 809",
    "-233-445 95", " 233 445 95", ".", "x1234",
]  # fmt: skip


def test_run_gates_keep_every_run_their_pattern_matches_at() -> None:
    """A run that a list of ``_NumberRuns`` (and the DE postcode's runs) leaves out is
    one where its pattern does not match (runs of 1 to 30 digits in many surroundings,
    each pattern matching in some)."""
    digits = "0871987654" * 3

    def runs_of(attribute: str) -> Callable[[str, redact._RunStarts], list[int]]:
        return lambda text, starts: getattr(redact._NumberRuns(text, starts), attribute)

    gates = [
        *((pattern, runs_of(attribute)) for pattern, attribute in redact._RUN_GATES),
        (redact._PHONE_RE, runs_of("phone")),
        (redact._POSTCODE_CITY_RES[2][0], redact._de_postcode_runs),
    ]
    for pattern, gate in gates:
        matched = 0
        for length in range(1, 31):
            for first in "08" if pattern is redact._PHONE_RE else "4":
                for prefix in _GATE_PREFIXES:
                    for suffix in _GATE_SUFFIXES:
                        text = prefix + first + digits[1:length] + suffix
                        at = len(prefix)
                        starts = redact._run_starts(text)
                        if pattern.match(text, at) is not None:
                            assert at in gate(text, starts), (pattern.pattern[-60:], text)
                            matched += 1
        assert matched, pattern.pattern[-60:]  # the surroundings reach each pattern


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789 -/.,\n\t+_PLDEKabcz٣", max_size=70), st.integers(0, 5))
def test_searches_at_gated_runs_find_the_same_matches(text: str, pos: int) -> None:
    starts = redact._run_starts(text)
    gated = redact._NumberRuns(text, starts)
    for pattern, attribute in redact._RUN_GATES:
        expected = [m.span() for m in pattern.finditer(text, pos)]
        found = redact._at_run_starts(pattern, text, getattr(gated, attribute), pos)
        assert [m.span() for m in found] == expected, pattern.pattern[-60:]
