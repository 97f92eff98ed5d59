"""The shape of what vocmine knows about one language (:class:`LanguageData`).

Each supported language has one module in :mod:`vocmine.lang.data` (``pl.py``,
``cs.py`` ...) that builds a :class:`LanguageData`; the registry
:data:`vocmine.lang.LANGUAGES` collects them, and the stages read their word lists,
letters and choices from it. Two resources stay in their YAML files because they are
large and edited by users: the taxonomy (``vocmine/resources/taxonomy.yaml``: rules in
the language for every category, effort signal and churn) and the reply templates
(``vocmine/resources/reply_templates.yaml``). ``tests/lang/test_languages.py`` fails when a
supported language lacks any piece, the YAML ones included.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["LanguageData", "Lemmatizer", "Script"]

Script = Literal["Latin", "Cyrillic"]
Lemmatizer = Literal["spacy-lookup", "pymorphy3", "simplemma"]
"""Lemmatizer kinds :class:`vocmine.nlp.text.TextProcessor` can build (all offline)."""


def words(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of ``text`` as a set (for word lists)."""
    return frozenset(text.split())


@dataclass(frozen=True, slots=True)
class LanguageData:
    """Everything vocmine knows about one language, in one place.

    Attributes:
        code: ISO 639-1 code (also the spaCy and lingua/langdetect code).
        name: English name.
        script: Writing system; the detector narrows candidates by it.
        alphabet: Non-ASCII lower-case letters of the language (decoding legacy bytes
            scores candidate encodings by them); empty for English.
        telltale_letters: Letters that, among the supported languages, point to this
            one (a letter shared by several languages is listed in each of them).
        function_words: Very common words, also as typed without diacritics (detector).
        examples: Native sentences the detector must identify (tests; docs).
        negators: Words after which a positive sentiment cue counts as negative.
        never_again_phrases: Folded phrases that count as a negative cue ("nigdy wiecej").
        positive_cues: Folded word prefixes that add a positive polarity token.
        negative_cues: Folded word prefixes that add a negative polarity token.
        contrast_markers: Conjunctions that start a clause with its own sentiment
            ("ale", "but"); sentences are split before them for aspect sentiment.
        filler_words: Customer-service filler added to spaCy's stop words
            ("dzień dobry", "děkuji"); lower case.
        siblings: Close relatives language identification confuses (cs/sk, ru/uk):
            their signal rules also run, and the detector settles the pair by letters.
        latin_read_as: Languages the detector reads this language as when it is
            written in Latin letters ("zvonila 2 raza" -> sk): this language's signal
            rules, which hold transliterated patterns, also run on their texts.
        sentiment_via: Language whose sentiment sub-model serves this one when it has
            no training data of its own (None: it has its own).
        sentiment_letters: Letters mapped (after lower-casing) before the text goes to
            the ``sentiment_via`` model (Ukrainian "і" -> Russian "и").
        lemmatizer: Which lemmatizer :class:`~vocmine.nlp.text.TextProcessor` builds.
        spacy_lang: spaCy language class giving the tokenizer, the sentencizer's
            punctuation rules and the stop words.
        customer_speakers: Chat speaker labels that mean the customer (lower case).
        agent_speakers: Chat speaker labels that mean a human agent.
        bot_speakers: Chat speaker labels that mean a bot or the system.
        greetings: Regexes a whole line that is only a greeting matches ("dzień dobry,").
        closings: Regexes of a closing formula at a line start ("pozdrawiam", "best
            regards"); a signature block runs from it to the end.
        quote_headers: Regexes of a line that starts a quoted earlier message ("W dniu ...
            napisał(a):", "-----Original Message-----").
        mail_header_fields: Names of e-mail header fields ("od", "wysłano", "temat"): two
            or more lines in a row starting ``<field>:`` begin a quoted message.
        phone_regions: Countries (ISO 3166 alpha-2, as :mod:`phonenumbers` spells them)
            whose national phone numbers the redactor accepts for a text in this language.
        honorifics: Titles between a greeting and a name that stay ("pani", "herr",
            "mr"); lower case, without a trailing dot.
        salutations: Regexes of words at a clause start that a name may follow, without
            being a greeting line of their own ("dear", "liebe", "this is", "це"), and
            labels a name follows ("kontaktní osoba", "ansprechpartner", "фио").
        introductions: Regexes of a self-introduction anywhere in a sentence
            ("nazywam się", "my name is"); the name follows.
        self_statements: Weaker self-introductions anywhere, plain lower-case words or
            phrases, no regexes ("jestem", "i'm", "ich bin", "я"): the name after them must be two or three capitalised words
            (or a known first name) ending the clause or followed by a connector ("and",
            "z", "из"): "I'm Tom Harris, account holder", "Я Ирина Белова, клиентка".
        non_names: Capitalised words that follow a greeting or closing but are no
            name ("zespół", "team", "kundenservice"); lower case.
        first_names: Common given names (lower case, nominative), without those that
            are also common words, brands or places ("grace", "otto", "вера"): the
            redactor takes one without another cue only where a name is expected, at
            the very end of a text after its last sentence ("... Prosím o termín, Eva")
            and after a ``person_nouns`` word ("operator Marina").
        person_nouns: Lower-case words for a person by role or a vague mention that a
            first name may follow ("operator", "kurier", "мастер", "called", "некая").
        verdict_positive: Regexes of a customer's own overall verdict that is positive
            ("polecam", "nie żałuję", "will be back", "klare Empfehlung"), matched in
            the closing sentences of a text (:mod:`vocmine.sentiment.closing_verdict`).
        verdict_negative: Regexes of a negative overall verdict ("nie polecam", "never
            again", "Finger weg"); also matched there, and the later match wins.
        verdict_undecided: Regexes of a customer saying they have no verdict yet
            ("time will tell", "trudno powiedzieć", "noch kein Urteil").
        verdict_thanks: Regexes of a customer saying that the text is written to thank
            ("I wanted to thank", "ich möchte mich bedanken", "chciałabym
            podziękować"): a thank-you letter, positive overall however long the
            problem it tells of; matched anywhere in the text, below a closing verdict.
        verdict_balanced: Regexes of a customer weighing one side against the other
            ("on the other hand", "z drugiej strony"): without a stated verdict, a
            rating or a thanks, the text is balanced and its label neutral.
        ironic_openers: Folded regexes of the words that open a thanks or praise to
            someone at the very start of a post ("thanks", "big shoutout", "brawo",
            "danke", "дякую"). Followed within the line by an ``@handle`` or a clapping,
            praying or thumbs-up emoji, they open a social post whose verdict is read from
            the rest of it: "Brawo @ParkCity 👏 szlaban znowu nie działa" is a complaint
            (:meth:`~vocmine.sentiment.closing_verdict.ClosingVerdict.ironic_rest`).
        verdict_price: Regexes of the price a customer paid, named in a sentence ("for
            that price", "für 79 Euro", "za 1 890 Kč", "за такие деньги").
        verdict_price_demand: Regexes of a customer demanding more for it ("I expect",
            "I expected more", "erwarte ich", "čekám víc", "хотелось бы"). A sentence
            holding both says the product or service fell short of what was paid
            for: without a stated verdict, a rating, a thanks or a balance, the text
            is negative (:meth:`~vocmine.sentiment.closing_verdict.ClosingVerdict.find`).
        switch_words: Folded regexes of another provider, a next time or something
            already done ("another", "elsewhere", "next time", "already", "jinde",
            "gdzie indziej", "уже", "woanders"): the churn head
            (:class:`~vocmine.categorise.churn_head.ChurnSentenceHead`) reads only
            closing sentences that hold one.
        rating_numbers: Folded number words from one to five as a star rating counts
            them ("two" -> 2, "dwie" -> 2, "пять" -> 5); digits need no entry.
        rating_stars: Regex of the folded word for a rating's stars in all its forms
            ("stars?", "hvezd(?:a|y|...)").
        rating_openers: Folded words that may stand before a star rating in its own
            sentence ("I give", "leider nur", "dávám", "ставлю", "na razie"): "2 Sterne."
            or "Dávám 2 hvězdičky" is the customer's rating, while "ein 4-Sterne-Hotel"
            or "zasługuje na trzy, cztery gwiazdki" is not read as one.

    The four text-structure lists, ``salutations`` and ``introductions`` are matched
    against lines folded with :data:`vocmine.nlp.fold.MATCHING` (lower case, no
    diacritics; the redactor keeps "ß" and lets it match "ss"): they are folded
    the same way when compiled, so write them in plain lower case, with lower-case
    escapes only (folding lower-cases the regex too, so an upper-case escape such as
    "not a space" would become "a space").

    The ``verdict_*`` lists are folded the same way (write them in plain lower
    case without diacritics; Cyrillic with "е" for "ё" and "и" for "й").

    The polarity cues, negators and phrases are inputs of the sentiment model's
    features (one shared ``emopos``/``emoneg`` token): changing them changes what the
    shipped model sees, so retrain and compare after an edit.
    """

    code: str
    name: str
    script: Script
    alphabet: frozenset[str]
    telltale_letters: frozenset[str]
    function_words: frozenset[str]
    examples: tuple[str, ...]
    negators: frozenset[str]
    never_again_phrases: tuple[str, ...]
    positive_cues: tuple[str, ...]
    negative_cues: tuple[str, ...]
    contrast_markers: tuple[str, ...]
    filler_words: frozenset[str]
    lemmatizer: Lemmatizer
    siblings: tuple[str, ...] = ()
    latin_read_as: tuple[str, ...] = ()
    sentiment_via: str | None = None
    sentiment_letters: Mapping[str, str] = field(default_factory=dict, hash=False)
    spacy_lang: str = ""
    customer_speakers: frozenset[str] = frozenset()
    agent_speakers: frozenset[str] = frozenset()
    bot_speakers: frozenset[str] = frozenset()
    greetings: tuple[str, ...] = ()
    closings: tuple[str, ...] = ()
    quote_headers: tuple[str, ...] = ()
    mail_header_fields: frozenset[str] = frozenset()
    phone_regions: tuple[str, ...] = ()
    honorifics: frozenset[str] = frozenset()
    salutations: tuple[str, ...] = ()
    introductions: tuple[str, ...] = ()
    self_statements: tuple[str, ...] = ()
    non_names: frozenset[str] = frozenset()
    first_names: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    verdict_positive: tuple[str, ...] = ()
    verdict_negative: tuple[str, ...] = ()
    verdict_undecided: tuple[str, ...] = ()
    verdict_thanks: tuple[str, ...] = ()
    verdict_balanced: tuple[str, ...] = ()
    verdict_price: tuple[str, ...] = ()
    ironic_openers: tuple[str, ...] = ()
    verdict_price_demand: tuple[str, ...] = ()
    switch_words: tuple[str, ...] = ()
    rating_numbers: Mapping[str, int] = field(default_factory=dict, hash=False)
    rating_stars: str = ""
    rating_openers: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        """Default ``spacy_lang`` to ``code``."""
        if not self.spacy_lang:
            object.__setattr__(self, "spacy_lang", self.code)
