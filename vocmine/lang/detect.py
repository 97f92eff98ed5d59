"""Language identification: langdetect restricted to the configured languages.

The detector loads only the langdetect profiles of the configured languages
(faster and more accurate than choosing among all 55), is seeded so results
are reproducible, and falls back on a source hint, then on script, diacritic
and function-word cues, then on a fixed default language when the text is too
short or langdetect is unsure. It never raises.

Example:
    >>> det = LanguageDetector()
    >>> det.detect("Zamówienie przyszło uszkodzone, nie polecam tego sklepu.").lang
    'pl'
    >>> det.detect("ok", hint="de")
    LanguageGuess(lang='de', confidence=0.5, method='hint')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from langdetect.detector_factory import DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from vocmine import SUPPORTED_LANGUAGES

__all__ = ["LanguageDetector", "LanguageGuess", "clean_for_detection", "cue_scores"]

_MAX_INPUT_CHARS = 20_000
"""Only this much of a text is cleaned (bounds the cost of 1 MB inputs)."""
_MAX_DETECT_CHARS = 400
"""Only this much of the cleaned text is given to langdetect (plenty for 7 languages)."""
HINT_CONFIDENCE = 0.5
"""Confidence reported when the source hint decides (the text itself did not)."""
FALLBACK_CONFIDENCE = 0.05
"""Confidence reported when nothing in the text or the source decided."""


def _words(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of ``text`` as a set."""
    return frozenset(text.split())


_NOISE_RE = re.compile(
    r"\[[A-Z_]{2,}\]"  # placeholders such as [EMAIL]
    r"|(?:https?://|www\.)\S+"  # URLs
    r"|\S+@\S+"  # e-mail addresses
    r"|[@#]\w+"  # @mentions and #hashtags
)
_NON_TEXT_RE = re.compile(r"[^\w\s'’.,!?;:-]|[\d_]+")
_SPACES_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"[^\W\d_]+")

# Letters that (within the supported languages) point to one language or a few.
_LETTER_CUES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys("іїєґ", ("uk",)),
    **dict.fromkeys("ыэъё", ("ru",)),
    **dict.fromkeys("łąęśźżń", ("pl",)),
    "ć": ("pl",),
    **dict.fromkeys("řůě", ("cs",)),
    **dict.fromkeys("ľĺŕô", ("sk",)),
    "ä": ("sk", "de"),
    **dict.fromkeys("ßöü", ("de",)),
    **dict.fromkeys("čšžňťďýáíéú", ("cs", "sk")),
    "ó": ("pl", "cs", "sk"),
}

# Very common words, also as customers type them without diacritics.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "pl": _words(
        "nie jest się sie że ze jak dla przez już juz tylko mnie mam jestem był byl "
        "była byla bardzo polecam dziękuję dziekuje dzięki dzieki przesyłka przesylka "
        "zamówienie zamowienie paczka paczki kurier sklep towar czy też tez który ktory "
        "które ktore gdzie kiedy żeby zeby został zostal została zostala jeszcze nic "
        "ale oraz lub bez może moze wszystko"
    ),
    "cs": _words(
        "jsem jsi jsme jste jsou není neni nejsou bych bychom taky také jen jenom pak "
        "proč proc když kdyz protože protoze ještě jeste teď ted tady tohle mě mně se "
        "hezky hezký hezké dneska mohu můžu muzu chci jde jdu nejlepší nejlepsi "
        "nejhorší nejhorsi opravdu děkuji dekuji díky diky bohužel bohuzel doufám "
        "doufam nějak nejak něco neco někdo nekdo vůbec vubec zásilka zasilka nepřišla "
        "neprisla přišla prisla zboží zbozi doporučuji doporucuji objednávka objednavka "
        "nefunguje velmi moc máte mate"
    ),
    "sk": _words(
        "som sme ste sú su sa aj ako len iba ešte este teraz keď ked prečo preco "
        "pretože pretoze čo nič veľmi velmi veľa vela ďakujem dakujem ďakujeme dakujeme "
        "vďaka vdaka takej tiež tiez môj moj mňa mna bohužiaľ bohuzial dúfam dufam "
        "chcem neviem viem zásielka zasielka neprišla prišla tovar odporúčam odporucam "
        "objednávka objednavka nefunguje máte mate"
    ),
    "ru": _words(
        "что это не как очень и от для заказ посылка посылку спасибо пожалуйста мне уже "
        "еще ещё нет где когда почему так был была было есть все всё меня вы мы они "
        "товар доставка который которая если или только"
    ),
    "uk": _words(
        "що це не як дуже і й та від для замовлення посилка посилку дякую будь ласка "
        "мені вже ще немає де коли чому так був була було є все мене ви ми вони товар "
        "доставка який яка якщо або тільки"
    ),
    "en": _words(
        "the and is are was were not for with this that you my your have has had order "
        "delivery thanks thank please never again what when where why would will can"
    ),
    "de": _words(
        "der die das und ist nicht mit ich sie wir ein eine auf für fur fuer bei von zu "
        "den dem auch noch sehr danke bitte bestellung lieferung paket nie wieder kein "
        "keine aber oder wurde wird schon"
    ),
}

# Pairs langdetect confuses, and the letters that tell the two apart.
_CONFUSABLE_PAIRS: tuple[tuple[str, str], ...] = (("cs", "sk"), ("ru", "uk"))


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """The language of one text.

    Attributes:
        lang: ISO 639-1 code, one of the detector's configured languages.
        confidence: How sure the detector is, 0..1.
        method: What decided: ``"langdetect"``, ``"hint"``, ``"script"`` or ``"fallback"``.
    """

    lang: str
    confidence: float
    method: str


def clean_for_detection(text: str) -> str:
    """Return ``text`` without placeholders, URLs, mentions, hashtags, digits and emoji.

    Args:
        text: Any string (only its first 20,000 characters are used).

    Returns:
        The remaining words separated by single spaces.
    """
    text = _NOISE_RE.sub(" ", text[:_MAX_INPUT_CHARS])
    text = _NON_TEXT_RE.sub(" ", text)
    return _SPACES_RE.sub(" ", text).strip()


def cue_scores(text: str, languages: Sequence[str]) -> dict[str, float]:
    """Score languages by script, telltale letters and common function words.

    Args:
        text: Cleaned text (see :func:`clean_for_detection`).
        languages: Languages allowed to score.

    Returns:
        A non-negative score per language in ``languages``; all zeros when no cue was found.
    """
    allowed = set(languages)
    scores = dict.fromkeys(languages, 0.0)
    lower = text.lower()
    cyrillic = sum(1 for ch in lower if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in lower if ch.isascii() and ch.isalpha())
    script_langs = {"ru", "uk"} if cyrillic > latin else {"pl", "cs", "sk", "en", "de"}
    for ch in lower:
        for lang in _LETTER_CUES.get(ch, ()):
            if lang in allowed:
                scores[lang] += 2.0 / len(_LETTER_CUES[ch])
    for word in _WORD_RE.findall(lower):
        for lang, words in _FUNCTION_WORDS.items():
            if lang in allowed and word in words:
                scores[lang] += 1.0
    if cyrillic or latin:
        # Cyrillic alone narrows the supported languages to ru/uk, so it counts as a cue;
        # Latin script leaves five candidates and only breaks ties against Cyrillic.
        bonus = 1.0 if cyrillic > latin else 0.1
        for lang in scores:
            if lang in script_langs:
                scores[lang] += bonus
            else:
                scores[lang] = 0.0
    return scores


class LanguageDetector:
    """Detect the language of customer texts among a fixed set of languages.

    Args:
        languages: Languages to choose among (ISO 639-1; must have langdetect profiles).
        seed: Seed of langdetect's sampling, so the same text always gets the same answer.
        min_chars: Texts with fewer letters than this skip langdetect.
        min_confidence: langdetect answers below this probability are not trusted.
        fallback: Language returned when nothing else decides.

    Example:
        >>> LanguageDetector().detect_many(["Спасибо, всё пришло вовремя!", "dekuji"])[1].lang
        'cs'
    """

    def __init__(
        self,
        languages: Sequence[str] = SUPPORTED_LANGUAGES,
        seed: int = 0,
        min_chars: int = 12,
        min_confidence: float = 0.6,
        fallback: str = "en",
    ) -> None:
        self.languages = languages
        self.seed = seed
        self.min_chars = min_chars
        self.min_confidence = min_confidence
        self.fallback = fallback

    def _detector_factory(self) -> DetectorFactory:
        """Return the langdetect factory for the configured languages, built on first use."""
        factory = getattr(self, "factory_", None)
        if factory is None:
            import langdetect

            profiles_dir = Path(langdetect.__file__).parent / "profiles"
            profiles = [
                (profiles_dir / lang).read_text(encoding="utf-8")
                for lang in dict.fromkeys(self.languages)
                if (profiles_dir / lang).is_file()  # no profile: only cues can pick it
            ]
            factory = DetectorFactory()
            if len(profiles) >= 2:  # langdetect refuses fewer than two profiles
                factory.load_json_profile(profiles)
            factory.set_seed(self.seed)
            self.factory_ = factory
        return factory

    def _langdetect_probabilities(self, cleaned: str) -> dict[str, float]:
        factory = self._detector_factory()
        if not factory.langlist:
            return {}
        try:
            text = cleaned[:_MAX_DETECT_CHARS]
            letters = [ch for ch in text if ch.isalpha()]
            if sum(ch.isupper() for ch in letters) > len(letters) / 2:
                text = text.lower()  # langdetect misreads SHOUTED text (often as English)
            detector = factory.create()
            detector.append(text)
            return {p.lang: p.prob for p in detector.get_probabilities()}
        except LangDetectException:
            return {}

    def _resolve_pair(self, top: str, probs: dict[str, float], cleaned: str) -> tuple[str, float]:
        """Choose between cs/sk or ru/uk by the text's cues when they favour one of the pair.

        langdetect's character n-grams confuse these close pairs, especially on short
        texts; telltale letters (ř vs ľ, ы vs і) and function words (jsem vs som,
        дуже vs очень) are the better evidence within a pair.
        """
        for a, b in _CONFUSABLE_PAIRS:
            if top in (a, b):
                other = b if top == a else a
                if other not in self.languages:
                    break
                cues = cue_scores(cleaned, (a, b))
                if cues[other] != cues[top]:  # the cues decide; langdetect only found the pair
                    winner = other if cues[other] > cues[top] else top
                    return winner, min(1.0, probs.get(top, 0.0) + probs.get(other, 0.0))
        return top, probs.get(top, 0.0)

    def detect(self, text: str, hint: str | None = None) -> LanguageGuess:
        """Return the language of one text.

        Args:
            text: Any string; never raises (empty, emoji only, very long are fine).
            hint: Language the source declares, used only when the text does not decide.

        Returns:
            The guess, with the method that decided it.
        """
        try:
            return self._detect(text if isinstance(text, str) else str(text), hint)
        except Exception:  # noqa: BLE001 - detection must never break a batch
            return self._without_langdetect("", hint)

    def _detect(self, text: str, hint: str | None) -> LanguageGuess:
        cleaned = clean_for_detection(text)
        letters = sum(1 for ch in cleaned if ch.isalpha())
        if letters >= self.min_chars:
            probs = self._langdetect_probabilities(cleaned)
            if probs:
                top = max(probs, key=probs.__getitem__)
                lang, confidence = self._resolve_pair(top, probs, cleaned)
                if lang in self.languages and confidence >= self.min_confidence:
                    return LanguageGuess(lang, round(float(confidence), 4), "langdetect")
        return self._without_langdetect(cleaned, hint)

    def _without_langdetect(self, cleaned: str, hint: str | None) -> LanguageGuess:
        if hint:
            hint_lang = hint.strip().lower().replace("_", "-").split("-")[0]
            if hint_lang in self.languages:
                return LanguageGuess(hint_lang, HINT_CONFIDENCE, "hint")
        scores = cue_scores(cleaned, self.languages) if cleaned else {}
        # Stable sort: among equal scores the earlier configured language wins, so with the
        # default order an undecided cs/sk text goes to cs and ru/uk to ru.
        ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
        if ranked and ranked[0][1] >= 1.0:
            best, best_score = ranked[0]
            runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
            margin = (best_score - runner_up) / best_score
            return LanguageGuess(best, round(0.2 + 0.35 * margin, 4), "script")
        fallback = self.fallback if self.fallback in self.languages else self.languages[0]
        return LanguageGuess(fallback, FALLBACK_CONFIDENCE, "fallback")

    def detect_many(
        self, texts: Sequence[str], hints: Sequence[str | None] | None = None
    ) -> list[LanguageGuess]:
        """Return the language of each text.

        Args:
            texts: Texts to identify.
            hints: Optional source hint per text (same length as ``texts``).

        Returns:
            One guess per text, in order.

        Raises:
            ValueError: If ``hints`` and ``texts`` differ in length.
        """
        if hints is not None and len(hints) != len(texts):
            raise ValueError(f"got {len(hints)} hints for {len(texts)} texts")
        hint_list = hints if hints is not None else [None] * len(texts)
        return [self.detect(text, hint) for text, hint in zip(texts, hint_list, strict=True)]
