"""Per-language text processing: sentence splitting and keyword tokens.

One blank spaCy pipeline with a rule-based ``sentencizer`` per language, built on
first use and cached on the instance (nothing is downloaded). Keyword tokens are
lower-cased lemmas without stop words, punctuation, numbers, URLs, e-mails,
placeholders such as ``[EMAIL]`` and tokens shorter than three characters.

Lemmatizers (all offline, from installed packages), chosen by each language's
``LanguageData.lemmatizer`` (:data:`vocmine.lang.LANGUAGES`):

* ``spacy-lookup`` (cs, en, de): spaCy lookup tables from ``spacy-lookups-data``;
* ``pymorphy3`` (ru, uk): its ru/uk dictionaries (most probable parse);
* ``simplemma`` (pl, sk);
* anything else, or a backend that fails to load: the lower-cased form.

Example:
    >>> tp = TextProcessor()
    >>> tp.sentences("Paczka przyszła uszkodzona. Kurier był niemiły!", "pl")
    ['Paczka przyszła uszkodzona.', 'Kurier był niemiły!']
    >>> tp.tokens("Dwa zamówienia nie dotarły, napiszcie na [EMAIL]", "pl")
    ['zamówienie', 'dotrzeć', 'napisać']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from vocmine.lang.data import LANGUAGES, MIXED_LATIN_LEMMA_ORDER, SUPPORTED_LANGUAGES
from vocmine.nlp.stopwords import stop_words, union_stop_words

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["KeywordAnalyser", "TextProcessor"]

_PLACEHOLDER_RE = re.compile(r"\[[A-Z_]{2,}\]")
_URL_OR_EMAIL_RE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SPACE_RE = re.compile(r"\s+")
_UK_LETTERS = LANGUAGES["uk"].telltale_letters
_RU_LETTERS = LANGUAGES["ru"].telltale_letters
_MIN_TOKEN_CHARS = 3
_PL_VERBAL_NOUN_ENDINGS = ("enie", "anie")
_MAX_TOKEN_INPUT_CHARS = 100_000
_LEMMA_CACHE_SIZE = 200_000


class TextProcessor:
    """Split texts into sentences and keyword tokens, per language.

    Args:
        languages: Languages the processor is used with (others fall back to a
            language-neutral tokenizer and no lemmatizer).
        max_sentence_chars: Sentences longer than this are split further at the last
            space before the limit.

    Example:
        >>> TextProcessor().tokens("Die Pakete wurden beschädigt geliefert", "de")
        ['paket', 'beschädigen', 'liefern']
    """

    def __init__(
        self, languages: Sequence[str] = SUPPORTED_LANGUAGES, max_sentence_chars: int = 400
    ) -> None:
        self.languages = languages
        self.max_sentence_chars = max_sentence_chars

    # ------------------------------------------------------------------ lazy state
    def __getstate__(self) -> dict[str, Any]:
        """Pickle only the arguments; pipelines and caches are rebuilt on first use."""
        return {"languages": self.languages, "max_sentence_chars": self.max_sentence_chars}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def _cache(self, name: str) -> dict[Any, Any]:
        cache = self.__dict__.get(name)
        if cache is None:
            cache = self.__dict__[name] = {}
        return cache

    def _spacy_lang(self, lang: str | None) -> str:
        """Return the spaCy language class of ``lang`` (``xx`` when not configured)."""
        if lang is None or lang not in self.languages:
            return "xx"
        data = LANGUAGES.get(lang)
        return data.spacy_lang if data is not None else lang

    def _pipeline(self, lang: str | None) -> Language:
        """Return the blank spaCy pipeline (with sentencizer) for ``lang``, built once."""
        key = self._spacy_lang(lang)
        pipelines = self._cache("pipelines_")
        if key not in pipelines:
            import spacy

            try:
                nlp = spacy.blank(key)
            except (ImportError, KeyError, ValueError):
                nlp = spacy.blank("xx")
            nlp.add_pipe("sentencizer")
            pipelines[key] = nlp
        return pipelines[key]

    def _lemmatizer(self, lang: str | None) -> Callable[[str], str]:
        """Return a word -> lemma function for ``lang`` (lower-casing if none is available)."""
        lemmatizers = self._cache("lemmatizers_")
        if lang not in lemmatizers:
            lemmatizers[lang] = _build_lemmatizer(lang, self.languages)
        return lemmatizers[lang]

    def _stop_words(self, lang: str | None) -> frozenset[str]:
        stops = self._cache("stop_words_")
        if lang not in stops:
            stops[lang] = (
                stop_words(lang) if lang in self.languages else union_stop_words(self.languages)
            )
        return stops[lang]

    # ------------------------------------------------------------------ sentences
    def sentences(self, text: str, lang: str) -> list[str]:
        """Return the sentences of ``text``.

        Lines (chat turns) are split first, then each line by spaCy's sentencizer;
        sentences are stripped, empty ones dropped, overlong ones cut at spaces.

        Args:
            text: Any text.
            lang: ISO 639-1 language of the text.

        Returns:
            The sentences in order.
        """
        return self.sentences_many([text], [lang])[0]

    def sentences_many(self, texts: Sequence[str], langs: Sequence[str | None]) -> list[list[str]]:
        """Return the sentences of each text, batching texts of a language through ``nlp.pipe``.

        Args:
            texts: Texts to split.
            langs: Language of each text (same length as ``texts``).

        Returns:
            One list of sentences per text, in order.

        Raises:
            ValueError: If ``texts`` and ``langs`` differ in length.
        """
        if len(texts) != len(langs):
            raise ValueError(f"got {len(langs)} languages for {len(texts)} texts")
        out: list[list[str]] = [[] for _ in texts]
        by_lang: dict[str, list[tuple[int, str]]] = {}
        for i, (text, lang) in enumerate(zip(texts, langs, strict=True)):
            for line in (text or "").splitlines():
                line = line.strip()
                if line:
                    by_lang.setdefault(self._spacy_lang(lang), []).append((i, line))
        for lang, lines in by_lang.items():
            nlp = self._pipeline(lang)
            is_one_sentence = self._one_sentence_test(lang)
            # a line spaCy would not split skips the pipeline; the rest go through it
            whole = [is_one_sentence(line) for _, line in lines]
            split = (line for (_, line), one in zip(lines, whole, strict=True) if not one)
            marks = self._sentence_marks(lang)
            tokenizer: Any = nlp.tokenizer  # a spaCy Tokenizer (typed as any callable)
            docs = iter(tokenizer.pipe(split, batch_size=256))
            for (i, line), one in zip(lines, whole, strict=True):
                if one:
                    out[i].extend(self._split_long(line))
                    continue
                for sentence in _sentencizer_sentences(next(docs), line, marks):
                    out[i].extend(self._split_long(sentence.strip()))
        return out

    def _sentence_marks(self, lang: str) -> frozenset[int]:
        """Return the string ids of the ``punct_chars`` of ``lang``'s sentencizer."""
        marks = self._cache("sentence_marks_")
        if lang not in marks:
            nlp = self._pipeline(lang)
            sentencizer: Any = nlp.get_pipe("sentencizer")
            marks[lang] = frozenset(nlp.vocab.strings.as_int(c) for c in sentencizer.punct_chars)
        return marks[lang]

    def _one_sentence_test(self, lang: str) -> Callable[[str], bool]:
        """Return a test for stripped lines that the sentencizer of ``lang`` leaves whole.

        spaCy's sentencizer starts a sentence only at a token that follows a token
        made of one of its ``punct_chars`` and is not punctuation itself. A line
        whose punct chars all stand in one unbroken run at its end has no such
        token (every token in that run is punctuation), so it is one sentence:
        the test is exact, and it spares such lines (about a third of the pipeline
        benchmark's) the tokenizer. ``tests/nlp/test_nlp.py`` compares both paths
        on tricky lines, generated ones and the repo's labelled texts.
        """
        tests = self._cache("one_sentence_")
        if lang not in tests:
            sentencizer: Any = self._pipeline(lang).get_pipe("sentencizer")
            chars = "".join(sorted(sentencizer.punct_chars))
            inner = re.compile("[" + "".join(re.escape(c) for c in chars) + "]")
            tests[lang] = lambda line: inner.search(line.rstrip(chars)) is None
        return tests[lang]

    def _split_long(self, sentence: str) -> list[str]:
        """Cut a sentence into pieces of at most ``max_sentence_chars``, at spaces if possible."""
        limit = max(1, self.max_sentence_chars)
        pieces = []
        while len(sentence) > limit:
            cut = sentence.rfind(" ", 0, limit + 1)
            if cut <= 0:
                cut = limit
            pieces.append(sentence[:cut].strip())
            sentence = sentence[cut:].strip()
        if sentence:
            pieces.append(sentence)
        return [p for p in pieces if p]

    # ------------------------------------------------------------------ tokens
    def tokens(self, text: str, lang: str | None) -> list[str]:
        """Return lower-cased lemmas of the content words of ``text``.

        Removed: stop words (checked on the word and on its lemma), punctuation,
        numbers, URLs, e-mail addresses, placeholders like ``[EMAIL]``, and tokens
        shorter than three characters.

        Args:
            text: Any text (only its first 100,000 characters are used).
            lang: ISO 639-1 language; None (or an unconfigured language) uses the union
                of all stop lists and a lemmatizer chosen per word by its script.

        Returns:
            The keyword tokens in order, repeats kept (CountVectorizer counts them).
        """
        if not text:
            return []
        text = _PLACEHOLDER_RE.sub(" ", text[:_MAX_TOKEN_INPUT_CHARS])
        text = _URL_OR_EMAIL_RE.sub(" ", text)
        key = lang if lang in self.languages else None
        stops = self._stop_words(key)
        lemmatize = self._lemmatizer(key)
        out = []
        for token in self._pipeline(key).make_doc(text):
            word = token.text
            if len(word) < _MIN_TOKEN_CHARS or not _WORD_RE.fullmatch(word):
                continue
            lower = word.lower()
            if lower in stops:
                continue
            lemma = lemmatize(word)
            if len(lemma) < _MIN_TOKEN_CHARS or lemma in stops:
                continue
            out.append(lemma)
        return out

    def keyword_analyser(self, lang: str | None = None) -> KeywordAnalyser:
        """Return a callable for ``CountVectorizer(analyzer=...)`` (e.g. BERTopic's c-TF-IDF).

        Args:
            lang: Language of every document; None handles mixed languages (union of stop
                lists, lemmatizer chosen per word by script: Cyrillic via pymorphy3 ru/uk,
                Latin via simplemma over en/de/pl/cs/sk).

        Returns:
            A picklable callable mapping a document to its keyword tokens.
        """
        return KeywordAnalyser(self, lang)

    def is_stop_word(self, word: str, lang: str) -> bool:
        """Return whether ``word`` (any case) is a stop or filler word of ``lang``."""
        key = lang if lang in self.languages else None
        return word.lower() in self._stop_words(key)


class KeywordAnalyser:
    """``CountVectorizer`` analyser: document -> keyword tokens of one language (or any).

    Args:
        processor: The processor whose :meth:`TextProcessor.tokens` does the work.
        lang: Language of the documents, or None for mixed languages.
    """

    def __init__(self, processor: TextProcessor, lang: str | None = None) -> None:
        self.processor = processor
        self.lang = lang

    def __call__(self, document: str) -> list[str]:
        """Return the keyword tokens of ``document``."""
        return self.processor.tokens(document, self.lang)


# ---------------------------------------------------------------------- lemmatizers
def _cached(func: Callable[[str], str]) -> Callable[[str], str]:
    """Memoise a word -> lemma function (bounded: cleared when it grows too large)."""
    memo: dict[str, str] = {}

    def lemma(word: str) -> str:
        found = memo.get(word)
        if found is None:
            if len(memo) >= _LEMMA_CACHE_SIZE:
                memo.clear()
            try:
                found = (func(word) or word).lower()
            except Exception:  # noqa: BLE001 - a lemmatizer bug must not lose the word
                found = word.lower()
            memo[word] = found
        return found

    return lemma


def _spacy_lookup(lang: str) -> Callable[[str], str]:
    from spacy.lookups import load_lookups

    table = load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")

    def lemma(word: str) -> str:
        # German nouns are keyed capitalised; try the word as written, then lower case.
        return table.get(word) or table.get(word.lower()) or word

    return lemma


def _pymorphy(lang: str) -> Callable[[str], str]:
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang=lang)

    def lemma(word: str) -> str:
        parses = morph.parse(word.lower())
        return parses[0].normal_form if parses else word

    return lemma


def _simplemma(langs: str | tuple[str, ...]) -> Callable[[str], str]:
    import simplemma

    polish = "pl" in (langs if isinstance(langs, tuple) else (langs,))

    def lemma(word: str) -> str:
        lower = word.lower()
        found = simplemma.lemmatize(lower, lang=langs)
        # simplemma maps Polish verbal nouns in the nominative to their verb
        # ("zamówienie" -> "zamówić") but their other cases to the noun ("zamówienia" ->
        # "zamówienie"); keep the noun so both count as one keyword.
        if (
            polish
            and found.endswith("ć")
            and lower.endswith(_PL_VERBAL_NOUN_ENDINGS)
            and not lower.endswith("stanie")  # zostanie, dostanie: future of -stać verbs
        ):
            return lower
        return found

    return lemma


LEMMATIZER_BUILDERS: dict[str, Callable[[str], Callable[[str], str]]] = {
    "spacy-lookup": _spacy_lookup,
    "pymorphy3": _pymorphy,
    "simplemma": _simplemma,
}
"""Lemmatizer kinds (``LanguageData.lemmatizer``) -> builder taking the language code."""


def _build_lemmatizer(lang: str | None, languages: Sequence[str]) -> Callable[[str], str]:
    """Return the cached lemmatizer for ``lang``; None picks one per word by script."""

    def load(name: str) -> Callable[[str], str]:
        try:
            return LEMMATIZER_BUILDERS[LANGUAGES[name].lemmatizer](name)
        except Exception:  # noqa: BLE001 - missing data: fall back to the lower-cased form
            return str.lower

    if lang is not None:
        return _cached(load(lang) if lang in LANGUAGES else str.lower)

    latin = tuple(code for code in MIXED_LATIN_LEMMA_ORDER if code in languages)
    by_script: dict[str, Callable[[str], str]] = {}
    morph: dict[str, Any] = {}

    def cyrillic_language(word: str) -> str:
        lower = word.lower()
        if _UK_LETTERS.intersection(lower):
            return "uk"
        if _RU_LETTERS.intersection(lower):
            return "ru"
        for name in ("ru", "uk"):  # letters shared: the dictionary that knows the word
            if name not in morph:
                try:
                    import pymorphy3

                    morph[name] = pymorphy3.MorphAnalyzer(lang=name)
                except Exception:  # noqa: BLE001
                    morph[name] = None
            if morph[name] is not None and morph[name].word_is_known(lower):
                return name
        return "ru"

    def any_language(word: str) -> str:
        cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in word)
        name = cyrillic_language(word) if cyrillic else "latin"
        if name not in by_script:
            if name == "latin":
                try:
                    by_script[name] = _simplemma(latin) if latin else str.lower
                except Exception:  # noqa: BLE001
                    by_script[name] = str.lower
            else:
                by_script[name] = load(name)
        return by_script[name](word)

    return _cached(any_language)


def _sentencizer_sentences(doc: Doc, text: str, marks: frozenset[int]) -> list[str]:
    """Return the sentences spaCy's ``sentencizer`` would find in a tokenized ``doc``.

    The rule is the sentencizer's own (``Sentencizer.predict``): after a token that
    is one of its ``punct_chars`` (``marks``, as string ids), the next token that is
    neither punctuation nor such a mark starts a sentence. It runs here on the
    doc's token array and cuts ``text`` by character offsets, which spares the
    Python ``Token`` and ``Span`` objects that the pipe, ``doc.sents`` and even
    ``doc.text`` build. Sentence splitting takes about a ninth less time for it (the
    tokenizer is most of what is left); that is about 1% of the whole analysis
    (``docs/benchmarks/pipeline.md``). ``tests/nlp/test_nlp.py`` compares the
    sentences with the pipeline's on tricky lines, generated ones and the repo's
    texts.

    Args:
        doc: A doc from the pipeline's tokenizer.
        text: The text ``doc`` was made from.
        marks: String ids of the sentencizer's ``punct_chars``.

    Returns:
        Each sentence's text, trailing whitespace included (callers strip).
    """
    from spacy.attrs import IDX, IS_PUNCT, ORTH

    if not len(doc):
        return []
    rows = doc.to_array([ORTH, IS_PUNCT, IDX]).tolist()
    starts = [0]
    seen_mark = False
    for i, (orth, is_punct, _) in enumerate(rows):
        is_mark = orth in marks
        if seen_mark and not is_punct and not is_mark:
            starts.append(i)
            seen_mark = False
        elif is_mark:
            seen_mark = True
    bounds = [rows[start][2] for start in starts] + [len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
