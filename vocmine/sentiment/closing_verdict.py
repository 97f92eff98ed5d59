"""The customer's own closing verdict: the rule for mixed reviews.

A mixed review praises one thing and blames another, and the issue's rule for its
overall sentiment is the customer's overall judgement. Customers usually state that
judgement in so many words, and usually at the end: "Drogo, ale nie żałuję", "Trotzdem
klare Empfehlung", "Jinak rozhodně doporučuju", "Never again", or that there is none
yet: "I'll see how it holds over the winter before I make my mind up". The models
weigh every clause alike and often follow the longer complaint or the longer praise.

:class:`ClosingVerdict` finds such a statement in the last sentences of what the
customer wrote (the caller passes the customer's own text: no greeting, signature,
quoted reply or agent turn), with the word lists of each language
(:attr:`~vocmine.lang.language.LanguageData.verdict_positive`, ``verdict_negative``,
``verdict_undecided``); without one, a star rating in the first or the last sentences
("★★★★☆"), a points rating in the last ones ("4/5", "9/10"), a survey score after its
scale anywhere ("Ocena wizyty (1–5): 3": a middle score is neutral) or a star rating in words
that opens its own clause anywhere ("Leider nur 2 Sterne.", "Dávám 2 hvězdičky",
``rating_numbers``, ``rating_stars``, ``rating_openers``); without any of these, a
statement anywhere that the text is written to thank ("ich möchte mich bedanken",
``verdict_thanks``: a thank-you letter is positive however long the problem it tells
of), a customer weighing one side against the other ("on the other hand",
``verdict_balanced``: neutral), or a sentence saying that for the price paid the customer
expects more ("Für 79 Euro pro Person erwarte ich funktionierende Räder", "За такие деньги
ожидала большего", ``verdict_price`` with ``verdict_price_demand``: not positive, so the
more probable of negative and neutral); without any of these, an
emoji of sarcasm or annoyance ("🙃", "🙄", "😒") anywhere makes the verdict negative,
and it turns a positive one negative ("Вы лучшие, серьёзно 🙃"). :meth:`ClosingVerdict.adjust` then moves the document's
sentiment probabilities towards the verdict: with the default ``weight`` of 0.5 the
verdict decides the label, and the probabilities still show how sure the model was.

A social post that opens with a thanks or praise to someone ("Brawo @ParkCity 👏 ...",
"Danke liebe @Stadtreinigung, dass ...", "big shoutout to @BetHaven 👏 ...") and states
no verdict is read twice: the caller scores what follows the opening on its own
(:meth:`ClosingVerdict.ironic_rest`), and a negative reading of it is the post's verdict
(:data:`IRONIC_THANKS`). The models follow the praise words of a mocking thanks; sincere
thanks go on with praise and keep the model's reading.

Measured on the check sets written by other writers (``docs/benchmarks/sentiment.md``);
sentences keep their own scores, so each aspect keeps its polarity in
``aspect_sentiment``.

Example:
    >>> rule = ClosingVerdict().fit()
    >>> rule.find("Obsługa miła. Cena wysoka, ale nie żałuję.", "pl").label
    'positive'
    >>> rule.find("Great staff, terrible food. Never again.", "en").phrase
    'never again'
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from vocmine.lang.data import LANGUAGES
from vocmine.lang.language import LanguageData
from vocmine.nlp.fold import MATCHING
from vocmine.nlp.prefilter import LiteralIndex
from vocmine.schemas import SENTIMENT_LABELS

__all__ = ["IRONIC_THANKS", "NOT_POSITIVE", "ClosingVerdict", "VerdictCue"]

NOT_POSITIVE = "not positive"
"""The label of a cue that rules out a positive verdict and leaves negative or neutral open."""
IRONIC_THANKS = "ironic thanks"
"""The phrase of the negative cue a thanks opening a complaint gives
(:meth:`ClosingVerdict.ironic_rest`)."""

_CONDITION_AFTER = re.compile(
    r"[ \t,]*(?:\w+[ \t,]+){0,2}?(?:only|just|jen|iba|len|tylko|nur|lediglich|только|лишь|"
    r"тільки|лише|if|wenn|falls|jesli|jezeli|pokud|jestli|ak|если|якщо)\b"
)
"""After a positive verdict, a restriction or a condition makes it none: "doporučuju jen
tomu, kdo má času nazbyt", "nur zu empfehlen, wenn man viel Zeit hat" ("recommend it to
anyone who ..." stays a verdict)."""
_DOUBT_BEFORE = re.compile(
    r"(?:don't think|dont think|do not think|doubt|not sure|nie sadze|nie wiem,? czy|"
    r"nevim,? jestli|nemyslim|neviem,? ci|nemyslim si|не думаю|не знаю,? ли|не думаю,? що|"
    r"не знаю,? чи|bezweifle|glaube nicht|glaube kaum)(?:\W+\w+){0,2}\W*\Z"
)
"""Before a positive verdict, doubt turns it round: "don't think we'll book again"."""
_NOT_AFTER = re.compile(r"[ \t]+(?:nicht|nie|not)\b")
"""A positive verdict negated after it: "Diese Praxis empfehle ich nicht"."""
_THANKS_PREAMBLE = re.compile(
    r"(?:first of all|first and foremost|before anything else|before i (?:start|begin)|"
    r"zunachst|vorab|vorweg|erst einmal|zuerst|przede wszystkim|najpierw|na poczatek|"
    r"nejprve|predevsim|nejdriv|predovsetkym|najprv|najskor|прежде всего|сначала|"
    r"для начала|перш за все|насамперед|спочатку|для початку)\b[^.!?\n]*\Z"
)
"""Before a thanks, a preamble announces that a complaint follows: "first of all I want to
thank your team, ... but"."""
_CONTRAST_AFTER = re.compile(
    r"[^.!?\n]*?\b(?:but|however|unfortunately|aber|jedoch|leider|allerdings|ale|jednak|"
    r"niestety|ovsem|bohuzel|avsak|lenze|zial|но|однако|к сожалению|але|проте|на жаль)\b"
)
"""After a thanks or an "on the other hand", a contrast in the same sentence makes it none:
"I want to thank you for the quick reply, but the parcel is still missing"."""
_LOW_EXPECTATION_BEFORE = re.compile(
    r"(?:n't|\b(?:dont|not|no|nothing|never|than|nie|nic|niczego|niz|ne|nez|nicht|kein\w*|"
    r"nichts|als|не|ни|ничего|чем|ні|нічого|ніж)\b)[^.!?\n]{0,25}\Z"
)
"""Just before a demand for more, a negation or a comparison makes it none: "za tę cenę nie
spodziewałem się niczego lepszego", "better than I'd expect for the price"."""
_CONJUNCTIONS = frozenset(
    ("a", "ale", "i", "no", "but", "and", "yet", "aber", "und", "doch", "jedoch")
    + ("и", "а", "но", "да", "але", "і", "та", "проте")
)
"""Words that may open a sentence before "on the other hand"."""
_OPENING_PUNCTUATION = " \t,-–—(\"'«»„“”"
_SARCASM_MARKS = ("🙃", "🙄", "😒", "🤡")
"""Emoji that mark sarcasm or annoyance: praise next to them counts for nothing, and a text
carrying one without any stated verdict is negative. In the public tweets (twitter_us_airline,
twcs) they go with complaints; "👏", which our writers also use for sarcasm, goes with
praise there more often than not, so it is no mark."""
_SARCASM_TAG = re.compile(r"(?:^|\s)(?:/s|#sarcasm|#not)\s*\Z", re.IGNORECASE)
_PRAISE_EMOJI = "👏🙏👌🙌🎉👍\ufe0f"
"""Emoji that clap, pray, approve or celebrate: after a thanks at a post's start they mark it
as addressed praise, sincere or not (:meth:`ClosingVerdict.ironic_rest`)."""
_IRONIC_REACH = 80
"""How many characters after the thanks word its addressee or emoji may come."""
_IRONIC_TRAIL = " \t,.:;!-–—)\"'»“”"
_TAIL_CHARS = 600
"""How much of a text's end (and start, for a star rating) is read."""
_MAX_PHRASE_SUBSETS = 4096
"""Most alternations of the phrases that can match a text kept compiled (then cleared)."""
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\s*\n+\s*")
_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=")
"""A back-reference in a regex source (``\\1``, ``(?P=name)``)."""
_STAR_GLYPHS = re.compile(r"([★⭐]{1,5})\s?(☆{0,4})")
_RATING = re.compile(
    r"(?<![\d/.,])(10|\d)\s?(?:/|\s(?:von|z|ze|zo|из|із|з|out of|of)\s)\s?(10|5)(?![\d/.,]\d)"
)
"""A points rating, "4/5", "9 z 10", "4 von 5", "9 из 10", "8 out of 10"."""
_SCALE_SCORE = re.compile(r"\(\s?([01])\s?[–-]\s?(5|10)\s?\)\s?[:=]?\s?(\d{1,2})(?![\d/.,]\d)")
"""A survey score after its scale, as survey exports write it: "Ocena wizyty (1–5): 3",
"Hodnocení služby (1–10): 6", "Rate us (0-10): 9"."""
_RATING_BOUNDARY = re.compile(r"[.!?\n:;—–(,]|\s-\s")
"""Where the sentence or clause of a star rating in words may start."""
_NOT_A_RATING_AFTER = re.compile(
    r"[ \t-]*(?:odjet|odebran|abgezogen|abzug|weniger|mniej|less\b|off\b|minus|hotel|resort|"
    r"statt|zamiast|instead|z\b|ze\b|zo\b|von\b|of\b|out of|из\b|з\b|із\b)"
)
"""After a star count, a deduction ("ein Stern Abzug", "jedna gwiazdka odjęta"), a hotel class
("4 Sterne Hotel") or a scale ("4 z 5", read as points) makes it no rating."""
_RATING_END = re.compile(
    r"[ \t]*(?:[.!?\n,;:)–—-]|\Z|(?:from|for|von|fur|za|от|од|від|od|ode|odo|and|und|i|и|і|but|"
    r"ale|aber|но|але)\b)"
)
"""A star rating in words ends its clause, or goes on with whom it is from or what it is
for ("2 stars for the friendly driver", "5 gwiazdek ode mnie"): "4 gwiazdki to śmiech" and
"5 gwiazdek a ściany ..." talk about a hotel's class."""


@dataclass(frozen=True, slots=True)
class VerdictCue:
    """An overall verdict found in a text.

    Attributes:
        label: ``positive``, ``negative`` or ``neutral`` (no verdict yet), or
            :data:`NOT_POSITIVE` (dissatisfied, but whether negative or neutral is left
            to the model).
        phrase: The folded words that stated it ("nie polecam", "4/5").
    """

    label: str
    phrase: str


class ClosingVerdict:
    """Finds the customer's stated overall verdict and lets it decide the document label.

    Args:
        languages: Language data whose ``verdict_*`` lists are used (default: every
            supported language).
        sentences: How many sentences at the end of a text are searched for a verdict.
        weight: Share of the verdict in the adjusted probabilities
            (``(1 - weight) * p + weight * onehot``); at 0.5 and above the verdict
            decides the label.
    """

    def __init__(
        self,
        languages: Mapping[str, LanguageData] | None = None,
        sentences: int = 2,
        weight: float = 0.5,
    ) -> None:
        self.languages = languages
        self.sentences = sentences
        self.weight = weight

    def fit(self) -> ClosingVerdict:
        """Compile the word lists of every language.

        Returns:
            self.
        """
        if not 0.0 <= self.weight <= 1.0:
            raise ValueError(f"weight must be in [0, 1], not {self.weight}")
        if self.sentences < 1:
            raise ValueError(f"sentences must be at least 1, not {self.sentences}")
        languages = LANGUAGES if self.languages is None else self.languages
        self.patterns_: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        self.thanks_: dict[str, re.Pattern[str]] = {}
        self.balanced_: dict[str, re.Pattern[str]] = {}
        self.price_: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}
        self.star_words_: dict[str, re.Pattern[str]] = {}
        self.ironic_: dict[str, re.Pattern[str]] = {}
        self.languages_: dict[str, LanguageData] = dict(languages)
        self._phrases: dict[str, tuple[list[tuple[str, range]], list[str], LiteralIndex]] = {}
        self._subsets: dict[tuple[str, tuple[int, ...]], re.Pattern[str]] = {}
        for code, data in languages.items():
            compiled = []
            phrases: list[str] = []
            places: list[tuple[str, range]] = []
            for label, regexes in (
                ("positive", data.verdict_positive),
                ("negative", data.verdict_negative),
                ("neutral", data.verdict_undecided),
            ):
                if regexes:
                    compiled.append((label, _alternation(regexes)))
                    places.append((label, range(len(phrases), len(phrases) + len(regexes))))
                    phrases.extend(regexes)
            self.patterns_[code] = compiled
            if not any(_BACK_REFERENCE.search(phrase) for phrase in phrases):
                # (a back-reference's group number would change in a shorter alternation)
                self._phrases[code] = (places, phrases, LiteralIndex(phrases))
            if data.verdict_thanks:
                self.thanks_[code] = _alternation(data.verdict_thanks)
            if data.verdict_balanced:
                self.balanced_[code] = _alternation(data.verdict_balanced)
            if data.ironic_openers:
                words = "|".join(f"(?:{r})" for r in data.ironic_openers)
                self.ironic_[code] = re.compile(
                    rf"\A\W{{0,3}}(?:{words})\b[^\n]{{0,{_IRONIC_REACH}}}?(?:@\w+|[{_PRAISE_EMOJI}]+)"
                )
            if data.rating_stars:
                numbers = sorted(data.rating_numbers, key=len, reverse=True)
                counts = "|".join([*map(re.escape, numbers), "[1-5]"])
                self.star_words_[code] = re.compile(
                    rf"(?<![\w/.,-])({counts})[ -]?(?:{data.rating_stars})\b"
                )
            if data.verdict_price and data.verdict_price_demand:
                self.price_[code] = (
                    _alternation(data.verdict_price),
                    _alternation(data.verdict_price_demand),
                )
        return self

    def find(self, text: str, lang: str | None) -> VerdictCue | None:
        """Return the verdict the customer states in ``text``, or None.

        A verdict phrase counts in the last ``sentences`` sentences (the one ending
        last wins; a positive one is taken back by a restriction, a condition, doubt
        or a sarcasm emoji, and negated by "nicht"/"not" after it); without one, star
        glyphs in the first or the last sentences, a points rating in the last ones or a
        survey score after its scale ("(1–10): 6"); then a star rating in words
        (:meth:`_star_words`); without these, a statement
        that the text is written to thank (:meth:`_thanks`)
        or that weighs one side against the other (:meth:`_balanced`, neutral), or
        a demand for more for the price paid (:meth:`_price_demand`, not positive);
        without any, an emoji of sarcasm or annoyance makes the verdict negative.

        Args:
            text: The customer's own words (greeting, signature, quotes removed).
            lang: The text's language; a language without word lists gets ratings only.
        """
        text = text.strip()
        # only the end is read: a long ticket is not split whole
        tail = text[-_TAIL_CHARS:] if len(text) > _TAIL_CHARS else text
        sentences = [s for s in _SENTENCE_END.split(tail) if s]
        if not sentences:
            return None
        closing = MATCHING.fold(" ".join(sentences[-self.sentences :]))
        latest: re.Match[str] | None = None
        label = ""
        for pattern_label, pattern in self._verdict_patterns(lang, closing):
            for match in pattern.finditer(closing):
                # the phrase ending last wins; of two ending together, the longer
                # ("nie polecam" over "polecam")
                if latest is None or (match.end(), -match.start()) > (
                    latest.end(),
                    -latest.start(),
                ):
                    latest, label = match, pattern_label
        sarcastic = any(mark in text for mark in _SARCASM_MARKS) or bool(_SARCASM_TAG.search(text))
        if latest is not None:
            start, end = latest.span()
            negated = _NOT_AFTER.match(closing, end) if label == "positive" else None
            if negated is not None:  # "Diese Praxis empfehle ich nicht"
                return VerdictCue("negative", closing[start : negated.end()])
            if label == "positive" and sarcastic:
                return _sarcasm_cue(text)  # "Вы лучшие, серьёзно 🙃": praise said mockingly
            if label == "positive" and (
                _CONDITION_AFTER.match(closing, end)
                or _DOUBT_BEFORE.search(closing, max(0, start - 40), start)
            ):
                return None  # "only to the patient", "don't think we'll book again"
            return VerdictCue(label, latest.group())
        first = _SENTENCE_END.split(text[:_TAIL_CHARS], maxsplit=1)[0]
        rating = (
            _stars(first)
            or _stars(" ".join(sentences[-self.sentences :]))
            or _points(closing)
            or _scale_score(text)
        )
        if rating is None:
            whole = MATCHING.fold(text)  # the rules below read the whole text
            rating = self._star_words(whole, lang)
            if rating is None and not sarcastic:
                rating = (
                    self._thanks(whole, lang)
                    or self._balanced(whole, lang)
                    or self._price_demand(whole, lang)
                )
        if rating is not None and rating.label == "positive" and sarcastic:
            rating = None  # "Priorytety 10/10 🙃"
        if rating is None and sarcastic:
            return _sarcasm_cue(text)  # "Обожаю наш велопрокат 🙃 ..."
        return rating

    def _verdict_patterns(
        self, lang: str | None, closing: str
    ) -> Iterator[tuple[str, re.Pattern[str]]]:
        """Yield ``(label, pattern)`` as :attr:`patterns_`, without the phrases that cannot match.

        A phrase whose literal strings (:class:`~vocmine.nlp.prefilter.LiteralIndex`)
        are not all in ``closing`` matches nowhere in it, so dropping it from the
        alternation leaves every match of ``pattern.finditer(closing)`` the same;
        a label without such a phrase is skipped. The alternations of the phrases
        that can match are compiled once and kept (at most
        :data:`_MAX_PHRASE_SUBSETS`).
        """
        found = self._phrases.get(lang or "")
        if found is None:  # no phrases, or some that refer back to a group: all of them run
            yield from self.patterns_.get(lang or "", ())
            return
        places, phrases, index = found
        candidates = index.find(closing)
        if not candidates:
            return
        for label, positions in places:
            kept = tuple(i for i in positions if i in candidates)
            if not kept:
                continue
            key = (lang or "", kept)
            pattern = self._subsets.get(key)
            if pattern is None:
                if len(self._subsets) >= _MAX_PHRASE_SUBSETS:
                    self._subsets.clear()
                pattern = _alternation([phrases[i] for i in kept])
                self._subsets[key] = pattern
            yield label, pattern

    def _star_words(self, folded: str, lang: str | None) -> VerdictCue | None:
        """Return the verdict of the last star rating in words in ``folded``, or None.

        "2 Sterne.", "Dávám 2 hvězdičky – jednu za víno, jednu za vinaře", "ставлю дві
        зірки", "Still, 4 stars and I'd recommend them": a count of one to five stars that
        opens its clause, after at most the language's ``rating_openers`` ("I give",
        "leider nur", "na razie"), and ends it or goes on with whom it is from or what it
        is for. A hotel's class ("ein 4-Sterne-Hotel", "hotel o standardzie 4 gwiazdek",
        "4 gwiazdki to śmiech"), a deduction ("jedna gwiazdka mniej", "ein Stern Abzug"),
        a range ("1 - 2 gwiazdek") or a wish ("dałbym 5 gwiazdek") is not such a rating.
        """
        pattern = self.star_words_.get(lang or "")
        if pattern is None:
            return None
        data = self.languages_[lang or ""]
        found: VerdictCue | None = None
        for match in pattern.finditer(folded):
            if _NOT_A_RATING_AFTER.match(folded, match.end()) or not _RATING_END.match(
                folded, match.end()
            ):
                continue
            boundary = _last_match(_RATING_BOUNDARY, folded, match.start())
            start = boundary.end() if boundary is not None else 0
            if boundary is not None and boundary.group() == "(":
                continue  # "(5 gwiazdek)": a class in brackets
            if boundary is not None and boundary.group().strip() in (",", "-"):
                before = folded[: boundary.start()].split()
                previous = before[-1] if before else ""
                if previous.isdigit() or previous in data.rating_numbers:
                    continue  # "na trzy, cztery gwiazdki", "3,5 gwiazdki": a range or a fraction
            opening = re.findall(r"[\w']+", folded[start : match.start()])
            if any(word not in data.rating_openers for word in opening):
                continue
            count = match.group(1)
            value = int(count) if count.isdigit() else data.rating_numbers[count]
            found = _of_five(value, match.group())
        return found

    def _thanks(self, folded: str, lang: str | None) -> VerdictCue | None:
        """Return a positive cue when ``folded`` says it is written to thank, else None.

        "Ich möchte mich herzlich bedanken", "chtěli bychom vám poděkovat": a thank-you
        letter tells of the problem that was solved, and the models follow the problem.
        A preamble before it ("first of all", "przede wszystkim") or a contrast after it
        in the same sentence ("..., but") announces a complaint: no cue.
        """
        for match in _matches(self.thanks_.get(lang or ""), folded):
            start = _sentence_start(folded, match.start(), ".!?\n")
            if _THANKS_PREAMBLE.search(folded, start, match.start()):
                continue
            if _CONTRAST_AFTER.match(folded, match.end()):
                continue
            return VerdictCue("positive", match.group())
        return None

    def _balanced(self, folded: str, lang: str | None) -> VerdictCue | None:
        """Return a neutral cue when ``folded`` weighs one side against the other, else None.

        "Z drugiej strony", "on the other hand": with no verdict stated, the customer
        leaves the two sides standing, and the labelling rule calls such a text balanced.
        The phrase must open its sentence (after at most a conjunction: in mid-sentence
        it often means a side, "z drugiej strony etui"). A contrast later in the same
        sentence ("on the other hand I understand ..., but") makes it a complaint: no cue.
        """
        for match in _matches(self.balanced_.get(lang or ""), folded):
            start = _sentence_start(folded, match.start(), ".!?;\n")
            opening = folded[start : match.start()].strip(_OPENING_PUNCTUATION)
            if opening and opening not in _CONJUNCTIONS:
                continue  # mid-sentence: "szkoda, że nie jest z drugiej strony" (a side)
            if not _CONTRAST_AFTER.match(folded, match.end()):
                return VerdictCue("neutral", match.group())
        return None

    def _price_demand(self, folded: str, lang: str | None) -> VerdictCue | None:
        """Return a not-positive cue when a sentence of ``folded`` demands more for the price paid.

        "Za 1 890 Kč na osobu čekám víc", "For €390 a week I expected more than
        babysitting": a price and a demand for more in one sentence say that the product
        or service fell short of what it cost, however warmly the rest of the review
        speaks of it. Whether that makes the review negative or a middling one is left
        to the model: in the public Polish product reviews such a sentence stands in 11
        negative, 6 neutral and 2 positive ones. A negation or a comparison just before
        the demand makes it none: "za tę cenę nie spodziewałem się niczego lepszego",
        "better than I'd expect".
        A past expectation counts only with "more", "better" or "else" after it (the
        word lists): "for that price I expected cheap plastic" tells of a pleasant
        surprise.
        """
        patterns = self.price_.get(lang or "")
        if patterns is None:
            return None
        price, demand = patterns
        for match in demand.finditer(folded):
            start = _sentence_start(folded, match.start(), ".!?\n")
            if _LOW_EXPECTATION_BEFORE.search(folded, start, match.start()):
                continue
            end = _sentence_end(folded, match.end())
            if price.search(folded, start, end):
                return VerdictCue(NOT_POSITIVE, match.group())
        return None

    def ironic_rest(self, text: str, lang: str | None) -> str | None:
        """Return what follows a thanks or praise that opens a social post, or None.

        "Brawo @ParkCity 👏 6 zł za godzinę, a szlaban znowu nie działa", "Danke liebe
        @Stadtreinigung, dass die Tonne seit 3 Wochen nicht geleert wird", "big shoutout
        to @BetHaven 👏 machine swallowed my £20": a post that opens with the language's
        ``ironic_openers`` and, on the same line, names its addressee by ``@handle`` or
        claps, prays or gives a thumbs-up. Its praise may be sincere or mocking; what
        the customer then tells decides, so the caller reads the rest on its own and
        takes a negative reading of it as the post's verdict
        (:class:`~vocmine.analysis.analyser.Analyser`). None without such an opening, or
        when fewer than three words follow it.

        Args:
            text: The customer's own words.
            lang: The text's language.
        """
        pattern = self.ironic_.get(lang or "")
        if pattern is None:
            return None
        stripped = text.lstrip()
        head = stripped[: _IRONIC_REACH + 80]
        match = pattern.match(MATCHING.fold(head))
        if match is None:
            return None
        # the fold may change a text's length ("ß" -> "ss"): find the end in the original
        end = next(
            (k for k in range(len(head) + 1) if len(MATCHING.fold(head[:k])) >= match.end()),
            len(head),
        )
        while end < len(stripped) and (
            stripped[end] in _IRONIC_TRAIL or stripped[end] in _PRAISE_EMOJI
        ):
            end += 1
        rest = stripped[end:]
        return rest if len(rest.split()) >= 3 else None

    def find_many(
        self, texts: Sequence[str], langs: Sequence[str | None]
    ) -> list[VerdictCue | None]:
        """Return :meth:`find` for each text."""
        return [self.find(text, lang) for text, lang in zip(texts, langs, strict=True)]

    def adjust(self, proba: np.ndarray, cue: VerdictCue) -> np.ndarray:
        """Return one document's probabilities (in ``SENTIMENT_LABELS`` order) moved to ``cue``.

        A :data:`NOT_POSITIVE` cue moves them to the more probable of negative and neutral.
        """
        proba = np.asarray(proba, dtype=np.float64)
        label = cue.label
        if label == NOT_POSITIVE:
            negative, neutral = (
                SENTIMENT_LABELS.index("negative"),
                SENTIMENT_LABELS.index("neutral"),
            )
            label = "negative" if proba[negative] >= proba[neutral] else "neutral"
        target = np.zeros(len(SENTIMENT_LABELS))
        target[SENTIMENT_LABELS.index(label)] = 1.0
        return (1.0 - self.weight) * proba + self.weight * target


def _sarcasm_cue(text: str) -> VerdictCue:
    """Return the negative cue of a text marked as sarcastic (its first mark is the phrase)."""
    mark = next((m for m in _SARCASM_MARKS if m in text), "/s")
    return VerdictCue("negative", mark)


def _alternation(regexes: Sequence[str]) -> re.Pattern[str]:
    """Compile ``regexes`` into one pattern that matches any of them."""
    return re.compile("|".join(f"(?:{r})" for r in regexes))


def _matches(pattern: re.Pattern[str] | None, folded: str) -> Iterator[re.Match[str]]:
    """Yield each match of ``pattern`` in ``folded`` (nothing without a pattern)."""
    if pattern is not None:
        yield from pattern.finditer(folded)


def _sentence_start(folded: str, position: int, marks: str) -> int:
    """Return where the sentence holding ``position`` starts: after the last of ``marks``."""
    return max(folded.rfind(mark, 0, position) for mark in marks) + 1


def _last_match(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """Return the last match of ``pattern`` in ``text[:end]``, or None."""
    last = None
    for last in pattern.finditer(text, 0, end):  # noqa: B007 - the last one is wanted
        pass
    return last


def _sentence_end(folded: str, position: int) -> int:
    """Return where the sentence holding ``position`` ends: at the next full stop or line end."""
    ends = [i for i in (folded.find(mark, position) for mark in ".!?\n") if i >= 0]
    return min(ends, default=len(folded))


def _stars(text: str) -> VerdictCue | None:
    """Return the verdict of a star rating written with star glyphs ("★★★★☆", "⭐⭐"), or None."""
    for match in _STAR_GLYPHS.finditer(text):
        filled, empty = len(match.group(1)), len(match.group(2))
        if empty == 0 or filled + empty == 5:
            return _of_five(filled, match.group())
    return None


def _points(folded: str) -> VerdictCue | None:
    """Return the verdict of the last points rating ("4/5", "9/10") in ``folded``, or None.

    Star counts in words are left out: "a 5-star hotel", "hotele 2-gwiazdkowe" name a
    class, not a verdict.
    """
    ratings = [m for m in _RATING.finditer(folded) if int(m.group(1)) <= int(m.group(2))]
    if not ratings:
        return None
    last = ratings[-1]  # "Ocena 2/5, biorąc pod uwagę cenę: 3/5": the last one is the verdict
    return _of_five(int(last.group(1)) * 5 / int(last.group(2)), last.group())


def _scale_score(text: str) -> VerdictCue | None:
    """Return the verdict of the first survey score given after its scale ("(1–5): 3"), or None.

    The score's place on its scale decides: the lowest 30% negative, the highest 30%
    positive, and a score in between neutral: a customer who answers a survey with a middle
    score ("(1–10): 6", "(1–5): 3") has no complaint to make and no praise to give.
    """
    for match in _SCALE_SCORE.finditer(text):
        low, high, score = (int(group) for group in match.groups())
        if not low <= score <= high:
            continue
        place = (score - low) / (high - low)
        if place <= 0.3:
            return VerdictCue("negative", match.group())
        if place >= 0.7:
            return VerdictCue("positive", match.group())
        return VerdictCue("neutral", match.group())
    return None


def _of_five(value: float, phrase: str) -> VerdictCue | None:
    """Four or five of five is positive, one or two negative, three a mixed rating (None)."""
    if value >= 4:
        return VerdictCue("positive", phrase)
    if value <= 2:
        return VerdictCue("negative", phrase)
    return None
