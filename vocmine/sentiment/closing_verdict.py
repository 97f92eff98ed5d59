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
("★★★★☆") or a points rating in the last ones ("4/5", "9/10"); without either, a
statement anywhere that the text is written to thank ("ich möchte mich bedanken",
``verdict_thanks``: a thank-you letter is positive however long the problem it tells
of), or a customer weighing one side against the other ("on the other hand",
``verdict_balanced``: neutral); without any of these, an
emoji of sarcasm or annoyance ("🙃", "🙄", "😒") anywhere makes the verdict negative,
and it takes back any positive one. :meth:`ClosingVerdict.adjust` then moves the document's
sentiment probabilities towards the verdict: with the default ``weight`` of 0.5 the
verdict decides the label, and the probabilities still show how sure the model was.

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
from vocmine.schemas import SENTIMENT_LABELS

__all__ = ["ClosingVerdict", "VerdictCue"]

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
_TAIL_CHARS = 600
"""How much of a text's end (and start, for a star rating) is read."""
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\s*\n+\s*")
_STAR_GLYPHS = re.compile(r"([★⭐]{1,5})\s?(☆{0,4})")
_RATING = re.compile(
    r"(?<![\d/.,])(10|\d)\s?(?:/|\s(?:von|z|ze|zo|из|із|з|out of|of)\s)\s?(10|5)(?![\d/.,]\d)"
)
"""A points rating, "4/5", "9 z 10", "4 von 5", "9 из 10", "8 out of 10"."""


@dataclass(frozen=True, slots=True)
class VerdictCue:
    """An overall verdict found in a text.

    Attributes:
        label: ``positive``, ``negative`` or ``neutral`` (no verdict yet).
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
        for code, data in languages.items():
            compiled = []
            for label, regexes in (
                ("positive", data.verdict_positive),
                ("negative", data.verdict_negative),
                ("neutral", data.verdict_undecided),
            ):
                if regexes:
                    compiled.append((label, _alternation(regexes)))
            self.patterns_[code] = compiled
            if data.verdict_thanks:
                self.thanks_[code] = _alternation(data.verdict_thanks)
            if data.verdict_balanced:
                self.balanced_[code] = _alternation(data.verdict_balanced)
        return self

    def find(self, text: str, lang: str | None) -> VerdictCue | None:
        """Return the verdict the customer states in ``text``, or None.

        A verdict phrase counts in the last ``sentences`` sentences (the one ending
        last wins; a positive one is taken back by a restriction, a condition, doubt
        or a sarcasm emoji, and negated by "nicht"/"not" after it); without one, star
        glyphs in the first or the last sentences or a points rating in the last ones;
        without these, a statement that the text is written to thank (:meth:`_thanks`)
        or that weighs one side against the other (:meth:`_balanced`, neutral);
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
        for pattern_label, pattern in self.patterns_.get(lang or "", ()):
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
            if label == "positive" and (
                sarcastic
                or _CONDITION_AFTER.match(closing, end)
                or _DOUBT_BEFORE.search(closing, max(0, start - 40), start)
            ):
                return None  # "only to the patient", "don't think we'll book again", "🙃"
            return VerdictCue(label, latest.group())
        first = _SENTENCE_END.split(text[:_TAIL_CHARS], maxsplit=1)[0]
        rating = _stars(first) or _stars(" ".join(sentences[-self.sentences :])) or _points(closing)
        if rating is None and not sarcastic:
            rating = self._thanks(text, lang) or self._balanced(text, lang)
        if rating is not None and rating.label == "positive" and sarcastic:
            rating = None  # "Priorytety 10/10 🙃"
        if rating is None and sarcastic:
            mark = next((m for m in _SARCASM_MARKS if m in text), "/s")
            return VerdictCue("negative", mark)  # "Обожаю наш велопрокат 🙃 ..."
        return rating

    def _thanks(self, text: str, lang: str | None) -> VerdictCue | None:
        """Return a positive cue when ``text`` says it is written to thank, else None.

        "Ich möchte mich herzlich bedanken", "chtěli bychom vám poděkovat": a thank-you
        letter tells of the problem that was solved, and the models follow the problem.
        A preamble before it ("first of all", "przede wszystkim") or a contrast after it
        in the same sentence ("..., but") announces a complaint: no cue.
        """
        for folded, match in _matches(self.thanks_.get(lang or ""), text):
            start = _sentence_start(folded, match.start(), ".!?\n")
            if _THANKS_PREAMBLE.search(folded, start, match.start()):
                continue
            if _CONTRAST_AFTER.match(folded, match.end()):
                continue
            return VerdictCue("positive", match.group())
        return None

    def _balanced(self, text: str, lang: str | None) -> VerdictCue | None:
        """Return a neutral cue when ``text`` weighs one side against the other, else None.

        "Z drugiej strony", "on the other hand": with no verdict stated, the customer
        leaves the two sides standing, and the labelling rule calls such a text balanced.
        The phrase must open its sentence (after at most a conjunction: in mid-sentence
        it often means a side, "z drugiej strony etui"). A contrast later in the same
        sentence ("on the other hand I understand ..., but") makes it a complaint: no cue.
        """
        for folded, match in _matches(self.balanced_.get(lang or ""), text):
            start = _sentence_start(folded, match.start(), ".!?;\n")
            opening = folded[start : match.start()].strip(_OPENING_PUNCTUATION)
            if opening and opening not in _CONJUNCTIONS:
                continue  # mid-sentence: "szkoda, że nie jest z drugiej strony" (a side)
            if not _CONTRAST_AFTER.match(folded, match.end()):
                return VerdictCue("neutral", match.group())
        return None

    def find_many(
        self, texts: Sequence[str], langs: Sequence[str | None]
    ) -> list[VerdictCue | None]:
        """Return :meth:`find` for each text."""
        return [self.find(text, lang) for text, lang in zip(texts, langs, strict=True)]

    def adjust(self, proba: np.ndarray, cue: VerdictCue) -> np.ndarray:
        """Return one document's probabilities (in ``SENTIMENT_LABELS`` order) moved to ``cue``."""
        target = np.zeros(len(SENTIMENT_LABELS))
        target[SENTIMENT_LABELS.index(cue.label)] = 1.0
        return (1.0 - self.weight) * np.asarray(proba, dtype=np.float64) + self.weight * target


def _alternation(regexes: Sequence[str]) -> re.Pattern[str]:
    """Compile ``regexes`` into one pattern that matches any of them."""
    return re.compile("|".join(f"(?:{r})" for r in regexes))


def _matches(pattern: re.Pattern[str] | None, text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Yield the folded text with each match of ``pattern`` in it (nothing without one)."""
    if pattern is None:
        return
    folded = MATCHING.fold(text)
    for match in pattern.finditer(folded):
        yield folded, match


def _sentence_start(folded: str, position: int, marks: str) -> int:
    """Return where the sentence holding ``position`` starts: after the last of ``marks``."""
    return max(folded.rfind(mark, 0, position) for mark in marks) + 1


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


def _of_five(value: float, phrase: str) -> VerdictCue | None:
    """Four or five of five is positive, one or two negative, three a mixed rating (None)."""
    if value >= 4:
        return VerdictCue("positive", phrase)
    if value <= 2:
        return VerdictCue("negative", phrase)
    return None
