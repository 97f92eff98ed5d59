"""A learned name tagger that adds the names the redactor's rules missed.

The rules of :mod:`vocmine.nlp.redact` find names by the phrasing around them; a new
writer phrases a signature or a greeting differently and the rules miss it. This module
is a logistic regression over binary features of *where* a candidate word stands (line
counted from the start and the end of the text, place within the line, a sign-off or
greeting before it, punctuation around it, a chat speaker label, the rules' names next to
it), its shape and the name lexicon's evidence. Positive words that no rule span touches,
adjacent on one line, become ``name`` spans.

It is scored in pure Python from plain weights (a JSON file: feature -> weight, bias,
threshold; no pickle). :meth:`NameTagger.fit` needs scikit-learn (a project dependency)
and is used by ``scripts/train_name_tagger.py``; the shipped model is
``models/pii_names/v3`` (see its ``MODEL_CARD.md``; ``v2`` and ``v1``, without the
neighbour features and the rule-name dropout, are kept).

Candidates (to keep it cheap and to avoid common words on public text): words in the first
:data:`HEAD_LINES` or last :data:`TAIL_LINES` non-empty lines or on a chat turn's line,
among the first six or last four words of the line; capitalised, or lower case only right
after a comma, dash, emoji or a sign-off; not a greeting or sign-off word itself ("Liebe",
"Dear", "Congrats"), not a lower-case or all-caps common word (:data:`COMMON_WORDS`), not
inside a rule span of another kind.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, repeat
from pathlib import Path
from typing import Any

from vocmine.lang.data import LANGUAGES
from vocmine.nlp.name_lexicon import first_name, has_name_evidence, surname_shaped
from vocmine.nlp.native_build import check_compiled_module
from vocmine.nlp.redact import (
    _DIGIT_RE,
    _LETTER_CLASS,
    _SIGN_OFF_RE,
    _collect,
    _cue_alternation,
    _cue_alternatives,
    _fold_same_length,
)

check_compiled_module(__name__)  # a mypyc build must match this source (native_build)

MODEL_FILE = "name_tagger.json"
"""The weights file in a model folder."""
FORMAT_VERSION = 1
HEAD_LINES = 3
TAIL_LINES = 8
MAX_FROM_START = 5
MAX_FROM_END = 3
"""Within a line, candidates are among its first six or last four words."""
LONG_LINE_CHARS = 120
HEAD_WORDS = 8
TAIL_CHARS = 60
TAIL_WORDS = 6
"""A line longer than LONG_LINE_CHARS is read only in its first HEAD_WORDS words and the
last TAIL_WORDS words of its last TAIL_CHARS characters (its word count counts as > 10)."""
CAPS_LINE_MAX_WORDS = 4
"""An all-caps word is a candidate only on a short line (a signature, not a shouted tweet)."""

Span = tuple[int, int, str]

_COMMON_WORDS_TEXT = """
    time times dev mia jan feb mar apr jun jul aug sep sept oct nov dec may june july august
    april march will bill mark rose grace hope joy faith sunny summer autumn winter spring
    dawn eve art page case young king queen bell hill wood field sky star star rich
    love honey baby babe dear sweet happy lucky guy guys man men lady sir madam team
    crew staff support service admin agent customer client user bot help desk office
    thanks thank thx ty cheers congrats regards best kind warm love hugs kisses xoxo bye
    hi hey hello hiya yo ok okay yes no yeah yep nope lol omg wtf btw fyi asap pls plz
    well good great nice cool fine sure sorry please today tomorrow yesterday tonight
    now then soon later again still just only also even really very much more most
    amazon apple google delta united american southwest jetblue virgin spirit frontier
    alaska hawaiian airlines airline air bank card app phone mobile online offline web
    monday tuesday wednesday thursday friday saturday sunday weekend week month year
    day days night morning evening afternoon hour hours minute minutes
    liebe lieber liebes hallo danke bitte gruss grusse gruß grüße mfg lg vg bahn db
    deutsche zug zuge züge heute morgen gestern tag woche jahr herr frau team kunde
    dzien dzień dobry pozdrawiam dziekuje dziękuję pan pani panie panstwo państwo
    polecam dobrze super sklep allegro firma dobry
    dobry den děkuji dekuji zdravím zdravim ahoj pane paní tým
    здравствуйте спасибо привет пока добрый день онлайн сбербанк банк
"""
COMMON_WORDS = frozenset(_COMMON_WORDS_TEXT.split())
"""Lower-case words the name lexicon may accept ("time", "dev", "mia", "jan") or that
stand where names stand (sign-offs, brands, days): a lower-case or all-caps occurrence is
no candidate; a capitalised one carries the ``common`` feature."""

_FUNCTION_WORDS_TEXT = """
    the an and or but if so for to of in on at by with from as is are was were be been not
    this that these those it its my your our their his her him them they we you he she
    what why how when where who which please really very just also too any some all there
    here then than xd
    der die das den dem des ein eine einen einem einer und oder aber wenn dass ist sind war
    nicht kein keine ich du er sie es wir ihr mein dein sein unser mit von zu auf für aus
    bei nach über unter um wie was warum wo wer noch schon auch nur sehr bitte
    na do od po za przez dla bez że czy nie tak to ten ta te jest są był była ja ty on ona
    my wy oni jak co gdzie kiedy dlaczego już jeszcze też tylko bardzo proszę
    ve ze pro nebo ale ne ano je jsou byl byla já vy jak kde kdy proč ještě také velmi
    prosím sa som sme aj ako čo prečo ešte len veľmi
    во на со по за из от до для без что это не да нет ты он она мы вы они как где когда
    почему уже ещё тоже только очень пожалуйста та від що це так ні ти він вона ми ви
    вони як де коли чому вже ще теж тільки дуже
"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())
"""Closed-class words (articles, pronouns, prepositions, conjunctions, auxiliaries) of the
seven languages, and "please": never a candidate in any case, unless the name lexicon
knows the word as a given name ("The", "Please" and "Für" ending a post are no
signature). Single letters are not here: they are initials ("A. Nowak", "В.К.")."""

_WORD_RE = re.compile(_LETTER_CLASS + r"[\w'’]*(?:-[^\W\d_][\w'’]*)*+")
"""A word, maybe hyphenated; the possessive ``*+`` (nothing follows it to give back to)
is the plain ``*``'s match without its backtracking bookkeeping (about 9% faster)."""
_SPEAKER_RE = re.compile(r"[ \t>]*(?:\[[\d:. ]{3,12}\][ \t]*|)[^\W\d_][\w .()-]{0,30}:[ \t]")
_GREETING_RE = re.compile(
    r"[\W_]*(?:" + _cue_alternation(_cue_alternatives(_collect("greetings"))) + r")(?!\w)"
)
_CUE_WORD_RE = re.compile(
    r"(?:"
    + _cue_alternation(
        _cue_alternatives(_collect("greetings") | _collect("salutations") | _collect("closings"))
    )
    + r")"
)
_HONORIFICS = frozenset(h for data in LANGUAGES.values() for h in data.honorifics)
_EMOJI_RE = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf]")
_NON_ASCII_LETTER_RE = re.compile(r"[^\x00-\x7f]")
_CYRILLIC_RE = re.compile(r"[а-яёіїєґА-ЯЁІЇЄҐ]")
_LOWER_AFTER = frozenset(",-–—")
_SPAN = re.Match.span


@dataclass(slots=True)
class Candidate:
    """One candidate word: offsets, its line, whether the rules took it, its features.

    The features come in three parts so that the per-line and per-word parts are
    scored once: ``line`` (shared by a line's candidates), ``word`` (the word's shape and
    lexicon evidence, cached), ``static`` (place and punctuation, cached) and ``context``.
    """

    start: int
    end: int
    line: int
    taken: bool
    line_feats: tuple[str, ...]
    word_feats: tuple[str, ...]
    static: tuple[str, ...]
    context: list[str]

    @property
    def features(self) -> list[str]:
        """All the candidate's features."""
        return [*self.line_feats, *self.word_feats, *self.static, *self.context]


def _bucket(value: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _bucket_features(name: str, edges: Sequence[int]) -> tuple[str, ...]:
    """``f"{name}={_bucket(value, edges)}"`` for each value from 0 to ``edges[-1] + 1``.

    Index it with ``min(value, edges[-1] + 1)`` (a value of zero or more): a line's
    features are looked up, not formatted again for each line.
    """
    return tuple(f"{name}={_bucket(value, edges)}" for value in range(edges[-1] + 2))


_FE_FEATURES = _bucket_features("fe", (0, 1, 2, 3, 5))
_FS_FEATURES = _bucket_features("fs", (0, 1, 2))
_NW_FEATURES = _bucket_features("nw", (1, 2, 3, 4, 6, 10))
_LL_FEATURES = _bucket_features("ll", (15, 30, 48, 80))
_NW_SHORT_FEATURES = _bucket_features("nw", (1, 2, 3, 4, 6))


def _shape(word: str) -> str:
    if len(word) == 1:
        return "initial" if word.isupper() else "single"
    if word.isupper():
        return "caps"
    if word[0].isupper():
        return "cap" if word[1:].islower() or "-" in word else "mixed"
    return "lower"


@lru_cache(maxsize=256)
def _positions(i: int, fromend: int, fe: int) -> tuple[str, str]:
    """The word's place in the line, and that with the line's place from the text's end."""
    tok_pos = f"ti={_bucket(i, (0, 1, 2, 3))}|te={_bucket(fromend, (0, 1, 2, 3))}"
    return tok_pos, f"fe={_bucket(fe, (0, 1, 2, 5))}|{tok_pos}"


@lru_cache(maxsize=65536)
def _static_features(
    shape: str,
    before: str,
    after: str,
    i: int,
    fromend: int,
    fe: int,
    lang_feat: str,
    nw_short: str,
    first: bool,
    evidence: bool,
) -> tuple[str, ...]:
    """The context features that follow from a few small values (cached, scored once)."""
    tok_pos, pos = _positions(i, fromend, fe)
    feats = [
        tok_pos,
        f"b={before}",
        f"a={after}",
        f"shape|{pos}",
        f"{shape}|b={before}|a={after}",
        f"{shape}|{pos}",
        f"{shape}|{lang_feat}",
        f"{shape}|{nw_short}",
    ]
    if first:
        feats.append(f"first_name|{pos}")
    if evidence:
        feats.append(f"evidence|{shape}|{pos}")
    return tuple(feats)


@lru_cache(maxsize=1024)
def _word_places(n_listed: int, n: int, head_n: int) -> tuple[tuple[int, int, int, int, int], ...]:
    """``(k, i, fromend, min(i, 4), min(fromend, 4))`` for the words that may be candidates.

    ``k`` indexes the line's listed words (``n_listed`` of them; a long line lists its
    first ``head_n`` words and its last few), ``i`` is the word's index in the line (a
    long line's tail words count from its end, the line having ``n`` words) and
    ``fromend`` its index from the line's end; a word is among the first
    ``MAX_FROM_START + 1`` or the last ``MAX_FROM_END + 1`` of the line.
    """
    out = []
    for k in range(n_listed):
        i = k if k < head_n else n - (n_listed - k)
        fromend = n - 1 - i
        if i <= MAX_FROM_START or fromend <= MAX_FROM_END:
            out.append((k, i, fromend, min(i, 4), min(fromend, 4)))
    return tuple(out)


@lru_cache(maxsize=256)
def _char_class(char: str) -> str:
    if not char:
        return "edge"
    if char == "\n":
        return "nl"
    if char in ",.:;!?()-–—~\"'>|&/":
        return char
    if _EMOJI_RE.match(char):
        return "emoji"
    if char.isdigit():
        return "digit"
    return "letter" if char.isalpha() else "other"


_ALL_CAPS = 2
"""What :func:`_word_verdict` says of a word of two or more letters, all capitals."""


@lru_cache(maxsize=65536)
def _word_verdict(word: str) -> int:
    """What the word alone says of it as a candidate (one cached look, not five a word).

    Returns:
        0 if it is never one: a common word in lower case or in capitals
        (:data:`COMMON_WORDS`), a word with a digit ("Ua649": no name has digits) or a
        function word the name lexicon does not know as a given name
        (:data:`FUNCTION_WORDS`); :data:`_ALL_CAPS` for two or more letters all in
        capitals (a candidate only on a short line or a speaker's); else 1.
    """
    lower = word.lower()
    if lower in COMMON_WORDS and (not word[0].isupper() or word.isupper()):
        return 0
    if not word.isalpha() and _DIGIT_RE.search(word):  # a word of letters alone has none
        return 0
    if lower in FUNCTION_WORDS and not first_name(word):
        return 0
    return _ALL_CAPS if word.isupper() and len(word) > 1 else 1


@lru_cache(maxsize=65536)
def _excluded(folded_lower: str) -> bool:
    """A greeting, salutation or closing word itself ("liebe", "dear", "congrats")."""
    return _CUE_WORD_RE.fullmatch(folded_lower) is not None


@lru_cache(maxsize=65536)
def _word_features(word: str, lang: str | None) -> tuple[str, bool, tuple[str, ...]]:
    """A word's shape, its evidence flag and its word-only features."""
    shape = _shape(word)
    lex = first_name(word)
    strong = surname_shaped(word, strong=True)
    cyr = _CYRILLIC_RE.match(word) is not None
    evidence = lex or strong
    if not evidence and cyr and shape in ("cap", "caps"):
        evidence = has_name_evidence(word, lang)
    feats = [f"shape={shape}", f"len={_bucket(len(word), (1, 2, 3, 5, 8))}"]
    if _NON_ASCII_LETTER_RE.search(word):
        feats.append("diacritics")
    if cyr:
        feats.append("cyrillic")
    if lex:
        feats += ["first_name", f"first_name|{shape}"]
    if surname_shaped(word):
        feats += ["surname_shaped", f"surname|{shape}"]
    if strong:
        feats.append("surname_strong")
    if evidence:
        feats.append("evidence")
    if word.lower() in COMMON_WORDS:
        feats += ["common", f"common|{shape}"]
    return shape, evidence, tuple(feats)


_PARTICLES_TEXT = "van von der den de la le du da di del della dos das ter ten zu bin ibn al el ван фон дер де ибн бин аль эль"
NAME_PARTICLES = frozenset(_PARTICLES_TEXT.split())
"""Lower-case words inside a name ("van der Berg", "de la Fontaine", "ибн Рашид")."""
_PARTICLES_GAP_RE = re.compile(
    r"[ \t]+(?:(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + r")[ \t]+){1,3}"
)
_NAME_GAP_RE = re.compile(r"[ \t]*[\"'„“”«»‚‘’(]?[ \t]*|[\"'„“”«»‚‘’)]?[ \t]+")
"""What may stand between two words of one name: spaces, or a nickname's quote or bracket."""


def _name_neighbour(
    text: str, folded: str, words: Sequence[tuple[int, int]], k: int, step: int
) -> tuple[int, int] | None:
    """The capitalised word that may be part of the same name as ``words[k]``, or None.

    The next word to one side (``step`` -1 or 1), past up to three name particles
    ("van der", "de la"), with only spaces, a nickname's quote or bracket, or the dot
    of an initial ("A.K.", "Kowalski J.") between the two.
    """
    j = k + step
    while 0 <= j < len(words) and abs(j - k) <= 3:
        ws, we = words[j]
        if folded[ws:we].lower() not in NAME_PARTICLES:
            break
        j += step
    if not 0 <= j < len(words) or not text[words[j][0]].isupper():
        return None
    left, right = (words[j], words[k]) if step < 0 else (words[k], words[j])
    gap_start, gap_end = left[1], right[0]
    if _NAME_GAP_RE.fullmatch(text, gap_start, gap_end):
        return words[j]
    if abs(j - k) > 1 and _PARTICLES_GAP_RE.fullmatch(text, gap_start, gap_end):
        return words[j]
    if (
        left[1] - left[0] == 1
        and text[left[0]].isupper()
        and _INITIAL_GAP_RE.fullmatch(text, gap_start, gap_end)
    ):
        return words[j]
    return None


_INITIAL_GAP_RE = re.compile(r"\.[ \t]?")


@lru_cache(maxsize=65536)
def _neighbour_features(side: str, word: str, lang: str | None) -> tuple[str, ...]:
    """The lexicon's evidence on the capitalised word next to a candidate (same name).

    The rules' names next to a candidate (``prev_taken``) tell the model that a surname
    follows a given name only where the rules found the given name; this says it from
    the neighbour word itself, so it holds for phrasing the rules never saw.
    """
    shape, evidence, feats = _word_features(word, lang)
    out = []
    if evidence:
        out.append(f"{side}_evidence")
    if "first_name" in feats:
        out.append(f"{side}_first_name")
    if "surname_shaped" in feats:
        out.append(f"{side}_surname")
    if "common" in feats:
        out.append(f"{side}_common")
    if shape == "initial":
        out.append(f"{side}_initial")
    return tuple(out)


def candidates(
    text: str,
    lang: str | None,
    rule_spans: Sequence[Span],
    skip_taken: bool = False,
    folded: str | None = None,
) -> list[Candidate]:
    """Candidate words of ``text`` and their features (see the module's docstring).

    Args:
        text: The text.
        lang: Its language.
        rule_spans: The rules' spans (name spans mark taken words and their neighbours;
            a word inside another kind's span is no candidate).
        skip_taken: Leave out the words the rules took as names (at prediction time).
        folded: ``text`` folded by the redactor (same length), if already computed.

    Returns:
        The candidates, in text order.
    """
    lines: list[tuple[int, int]] = []
    nonempty: list[int] = []
    start = 0
    for k, part in enumerate(text.split("\n")):
        lines.append((start, start + len(part)))
        if part and not part.isspace():
            nonempty.append(k)
        start += len(part) + 1
    if not nonempty:
        return []
    n_lines = len(nonempty)
    if folded is None:
        folded = _fold_same_length(text)
    name_spans = [(s, e) for s, e, k in rule_spans if k == "name"]
    other_spans = [(s, e) for s, e, k in rule_spans if k != "name"]
    quoted_reply = "\n>" in text or text.startswith(">")
    len_text = len(text)
    lines_bucket = f"lines={_bucket(n_lines, (1, 2, 4, 8))}"
    lang_feat = f"lang={lang}"
    out: list[Candidate] = []
    sign_offs: dict[int, re.Match[str] | None] = {}  # by line, read once (as the line above too)
    for fs, line in enumerate(nonempty):
        s, e = lines[line]
        fe = n_lines - 1 - fs
        fe6 = fe if fe < 6 else 6  # min(fe, 6), without the call
        speaker = _SPEAKER_RE.match(text, s, e) if text.find(":", s, e) >= 0 else None
        if fs >= HEAD_LINES and fe >= TAIL_LINES and speaker is None:
            continue
        ls = speaker.end() if speaker else s
        if e - ls <= LONG_LINE_CHARS:
            words = list(map(_SPAN, _WORD_RE.finditer(text, ls, e)))
            n = len(words)
        else:  # a long line: only its first and last words are read
            words = list(map(_SPAN, islice(_WORD_RE.finditer(text, ls, e), HEAD_WORDS)))
            cut = text.find(" ", max(words[-1][1] if words else ls, e - TAIL_CHARS), e)
            tail = list(map(_SPAN, _WORD_RE.finditer(text, cut, e))) if cut >= 0 else []
            words += tail[-TAIL_WORDS:]
            n = max(len(words), 11)
        if not words:
            continue
        head_n = len(words) if n == len(words) else HEAD_WORDS
        if line in sign_offs:
            line_sign_off = sign_offs[line]
        else:
            line_sign_off = sign_offs[line] = _SIGN_OFF_RE.match(folded, s, e)
        # a word starting from the sign-off's end to 3 characters after it is right after it
        sign_off_end = -10 if line_sign_off is None else line_sign_off.end()
        sign_off_near = sign_off_end + 4
        prev_sign_off = prev_greeting = above_lone_name = above_rule_name = False
        if fs:
            above = nonempty[fs - 1]
            ps, pe = lines[above]
            if pe - ps <= 60:
                if above in sign_offs:
                    prev_sign_off = sign_offs[above] is not None
                else:
                    sign_offs[above] = _SIGN_OFF_RE.match(folded, ps, pe)
                    prev_sign_off = sign_offs[above] is not None
            prev_greeting = pe - ps <= 40 and _GREETING_RE.match(folded, ps, pe) is not None
            if pe - ps <= 30:
                above_words = _WORD_RE.findall(text, ps, pe)
                above_lone_name = (
                    len(above_words) == 1
                    and above_words[0][0].isupper()
                    and first_name(above_words[0])
                    and not text[ps:pe].rstrip().endswith((",", ":", "!"))
                )
                above_rule_name = any(ps <= ns < pe for ns, _ne in name_spans)
        line_greeting: re.Match[str] | None = None
        line_feats: tuple[str, ...] | None = None
        line_names: list[tuple[int, int]] | None = None  # the rule spans on this line
        line_others: list[tuple[int, int]] = []
        nw_short = ""
        n_listed = len(words)
        for k, i, fromend, i4, fromend4 in _word_places(n_listed, n, head_n):
            ws, we = words[k]
            upper = text[ws].isupper()
            right_after_sign_off = sign_off_end <= ws < sign_off_near or (prev_sign_off and i == 0)
            if not upper and not right_after_sign_off and ws:
                char = text[ws - 1]
                # a space after a letter, the common case: no comma, dash or emoji before
                if char.isalnum() or (char == " " and ws >= 2 and text[ws - 2].isalpha()):
                    continue
            j = ws - 1  # the character before the word, past spaces and tabs
            while j >= 0 and text[j] in " \t":
                j -= 1
            before_char = text[j] if j >= 0 else ""
            if not (
                upper
                or right_after_sign_off
                or before_char in _LOWER_AFTER
                or (before_char >= "\u2600" and _EMOJI_RE.match(before_char))
            ):
                continue
            word = text[ws:we]
            verdict = _word_verdict(word)
            if not verdict:
                continue
            if we - ws == 1 and before_char in ":;=" and j == ws - 1:  # ":D", ";P"
                continue
            if verdict is _ALL_CAPS and n > CAPS_LINE_MAX_WORDS and not speaker:
                continue
            if _excluded(folded[ws:we].lower()):
                continue
            if line_names is None:  # a word, and its neighbours, overlap only these
                line_names = [(ns, ne) for ns, ne in name_spans if ns < e and s < ne]
                line_others = [(os, oe) for os, oe in other_spans if os < e and s < oe]
            taken = bool(line_names) and any(ns < we and ws < ne for ns, ne in line_names)
            if taken and skip_taken:
                continue
            if line_others and any(os < we and ws < oe for os, oe in line_others):
                continue
            if line_feats is None:
                line_greeting = _GREETING_RE.match(folded, s, e)
                line_text = text[s:e]
                common = [
                    _FE_FEATURES[fe6],
                    _FS_FEATURES[fs if fs < 3 else 3],
                    _NW_FEATURES[n if n < 11 else 11],
                    _LL_FEATURES[e - s if e - s < 81 else 81],
                    lines_bucket,
                    lang_feat,
                ]
                if prev_sign_off:
                    common.append("prev_sign_off")
                if prev_greeting:
                    common.append("prev_greeting")
                if above_lone_name:  # a given name alone on the line above ("Anna\nNowak")
                    common.append("above_lone_first_name")
                if above_rule_name:
                    common.append("above_rule_name")
                if _DIGIT_RE.search(text, s, e):
                    common.append("line_digits")
                if "@" in line_text:
                    common.append("line_at")
                if line_text.lstrip().startswith(">"):
                    common.append("quoted")
                elif quoted_reply:
                    common.append("quoted_text")
                if speaker is not None:
                    common.append("speaker")
                if line_names and any(s <= ns < e for ns, _ne in line_names):
                    common.append("line_has_rule_name")
                line_feats = tuple(common)
                nw_short = _NW_SHORT_FEATURES[n if n < 7 else 7]
            shape, evidence, word_feats = _word_features(word, lang)
            prev_word = words[k - 1] if k else None
            next_word = words[k + 1] if k + 1 < n_listed else None
            p1 = "^" if prev_word is None else folded[prev_word[0] : prev_word[1]]
            p2 = folded[words[k - 2][0] : words[k - 2][1]] if k > 1 else "^"
            n1 = "$" if next_word is None else folded[next_word[0] : next_word[1]]
            j = we  # the character after the word, past spaces and tabs
            while j < len_text and text[j] in " \t":
                j += 1
            before, after = _char_class(before_char), _char_class(text[j] if j < len_text else "")
            if before == "letter" and i == 0:
                before = "label"
            static = _static_features(
                shape,
                before,
                after,
                i4,
                fromend4,
                fe6,
                lang_feat,
                nw_short,
                "first_name" in word_feats,
                evidence,
            )
            feats = [f"p1={p1}", f"p2={p2}", f"n1={n1}"]
            if p1 in _HONORIFICS:
                feats.append("after_honorific")
            if prev_word is not None and prev_word[1] == ws - 2 and text[ws - 2] == ".":
                feats.append("after_initial")
            next_upper = next_word is not None and text[next_word[0]].isupper()
            if next_upper:
                feats.append("next_cap")
            prev_upper = prev_word is not None and text[prev_word[0]].isupper()
            if prev_upper:
                feats.append("prev_cap")
            # A neighbour is the adjacent word or, past name particles, one beyond: next to
            # a lower-case word that is no particle (most words) there is none.
            if prev_word is not None and (prev_upper or p1.lower() in NAME_PARTICLES):
                other = _name_neighbour(text, folded, words, k, -1)
                if other is not None:
                    feats += _neighbour_features("prev", text[other[0] : other[1]], lang)
            if next_word is not None and (next_upper or n1.lower() in NAME_PARTICLES):
                other = _name_neighbour(text, folded, words, k, 1)
                if other is not None:
                    feats += _neighbour_features("next", text[other[0] : other[1]], lang)
            if prev_sign_off:
                tok_pos = _positions(i4, fromend4, fe6)[0]
                feats += [f"prev_sign_off|{shape}|{tok_pos}", f"prev_sign_off|ev={evidence}"]
            if line_sign_off is not None and sign_off_end <= ws:
                feats += ["after_sign_off", f"after_sign_off|{shape}|te={fromend <= 1}"]
                if right_after_sign_off:
                    feats.append(f"right_after_sign_off|{shape}")
            if line_greeting is not None and line_greeting.end() <= ws:
                feats += ["after_greeting", f"after_greeting|{shape}|ti={i <= 2}"]
            if prev_greeting:
                feats.append(f"prev_greeting|{shape}|ti={i}")
            if speaker is not None:
                feats.append(f"speaker|{shape}|te={_bucket(fromend, (0, 1))}")
            if before == "." and shape == "cap":
                feats.append("sentence_start")
            if line_names:
                if prev_word is not None and any(
                    ns < prev_word[1] and prev_word[0] < ne for ns, ne in line_names
                ):
                    feats.append("prev_taken")
                if next_word is not None and any(
                    ns < next_word[1] and next_word[0] < ne for ns, ne in line_names
                ):
                    feats.append("next_taken")
            out.append(Candidate(ws, we, line, taken, line_feats, word_feats, static, feats))
    return out


def labels(item: Mapping[str, Any], cands: Sequence[Candidate]) -> list[int | None]:
    """1 inside a gold name, 0 outside any gold span, None inside another kind's span."""
    out: list[int | None] = []
    for c in cands:
        hits = [g for g in item["pii"] if g["start"] < c.end and c.start < g["end"]]
        if any(g["kind"] == "name" for g in hits):
            out.append(1)
        else:
            out.append(None if hits else 0)
    return out


def merge(text: str, cands: Sequence[Candidate], positive: Sequence[bool]) -> list[Span]:
    """Merge positive candidates on one line into spans.

    Candidates merge when only spaces, dots or name particles ("van der", "de la",
    "von") stand between them; a span ending in an initial takes the initial's dot
    ("A.K." whole, not "A.K").
    """
    spans: list[list[int]] = []
    last_line = -1
    for c, pos in zip(cands, positive, strict=True):
        if not pos:
            last_line = -1
            continue
        gap = text[spans[-1][1] : c.start] if spans else ""
        if (
            spans
            and c.line == last_line
            and (not gap.strip(" \t.") or _PARTICLES_GAP_RE.fullmatch(gap))
        ):
            spans[-1][1] = c.end
        else:
            spans.append([c.start, c.end])
        last_line = c.line
    for span in spans:
        s, e = span
        if e < len(text) and text[e] == "." and (e - s == 1 or text[e - 2] in " \t."):
            span[1] = e + 1
    return [(s, e, "name") for s, e in spans]


class NameTagger:
    """Logistic regression over binary candidate features, scored in pure Python.

    Args:
        c: Inverse regularisation strength (for :meth:`fit`).
        target_precision: The threshold rule of :meth:`fit`: the lowest threshold whose
            precision of the rules' spans plus the added spans (out-of-fold, on the
            training data) stays at or above this.
        seed: Random seed of the solver (and of the rule-name dropout).
        drop_rule_names: For :meth:`fit`: also train on a second view of each item in
            which each of the rules' name spans is dropped with this probability (0: no
            second view). The rules find most names of the writers they were written
            from, so the features that say "the rules took the word next to this one"
            carry the model there; on a new writer the rules miss more, and the second
            view teaches the model to find the name from the word and its place alone.
            The threshold is still chosen on the first view (the rules as they are).

    Example:
        >>> from vocmine.nlp.redact import Redactor
        >>> tagger = NameTagger.load("models/pii_names/v3")  # doctest: +SKIP
        >>> Redactor(name_tagger=tagger).redact("Díky moc, Janko! 🙂 Hanka", lang="cs").text  # doctest: +SKIP
        'Díky moc, [NAME]! 🙂 [NAME]'
    """

    def __init__(
        self,
        c: float = 0.3,
        target_precision: float = 0.98,
        seed: int = 0,
        drop_rule_names: float = 0.0,
    ) -> None:
        self.c = c
        self.target_precision = target_precision
        self.seed = seed
        self.drop_rule_names = drop_rule_names
        self.weights_: dict[str, float] = {}
        self.bias_ = 0.0
        self.threshold_ = 1.0
        self._z_cache: dict[tuple[str, ...], float] = {}

    # --- scoring --------------------------------------------------------------------

    def _part(self, feats: tuple[str, ...]) -> float:
        z = self._z_cache.get(feats)
        if z is None:
            z = sum(map(self.weights_.get, feats, repeat(0.0)))  # weights.get(f, 0.0), in order
            if len(self._z_cache) > 100_000:
                self._z_cache.clear()
            self._z_cache[feats] = z
        return z

    def proba(self, cand: Candidate) -> float:
        """Probability that the candidate is part of a person's name."""
        z = self.bias_ + self._part(cand.line_feats) + self._part(cand.word_feats)
        z += self._part(cand.static)
        z += sum(map(self.weights_.get, cand.context, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def _positive(self, cands: Sequence[Candidate]) -> list[bool]:
        """Whether each candidate's :meth:`proba` reaches the threshold (the same sums)."""
        t, bias, part, weight = self.threshold_, self.bias_, self._part, self.weights_.get
        cached = self._z_cache.get
        exp = math.exp
        out = []
        for cand in cands:
            # part(feats), with the cache looked at first (most are there: no call)
            z1 = cached(cand.line_feats)
            z2 = cached(cand.word_feats)
            z3 = cached(cand.static)
            z = bias + (part(cand.line_feats) if z1 is None else z1)
            z += part(cand.word_feats) if z2 is None else z2
            z += part(cand.static) if z3 is None else z3
            z += sum(map(weight, cand.context, repeat(0.0)))
            z = z if z < 50.0 else 50.0  # max(-50.0, min(50.0, z)), without the calls
            z = z if z > -50.0 else -50.0
            out.append(1.0 / (1.0 + exp(-z)) >= t)
        return out

    def extra_spans(
        self,
        text: str,
        lang: str | None,
        rule_spans: Iterable[tuple[int, int, str]],
        folded: str | None = None,
    ) -> list[tuple[int, int]]:
        """Name spans the rules did not find: on words no rule span overlaps.

        Args:
            text: The text.
            lang: Its language, if known.
            rule_spans: The rules' spans as (start, end, kind).
            folded: The redactor's same-length fold of ``text``, if at hand.

        Returns:
            (start, end) of each added name, sorted, overlapping no rule span.
        """
        rules = list(rule_spans)
        cands = candidates(text, lang, rules, skip_taken=True, folded=folded)
        if not cands:
            return []
        positive = self._positive(cands)
        if not any(positive):
            return []
        out = []
        for s, e, _k in merge(text, cands, positive):
            if not any(rs < e and s < re_ for rs, re_, _ in rules):
                out.append((s, e))
        return out

    # --- training -------------------------------------------------------------------

    def _fit_weights(self, cands: Sequence[Candidate], y: Sequence[int]) -> None:
        import numpy as np
        from scipy.sparse import csr_matrix
        from sklearn.linear_model import LogisticRegression

        vocab: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        for r, cand in enumerate(cands):
            for f in cand.features:
                rows.append(r)
                cols.append(vocab.setdefault(f, len(vocab)))
        x = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(cands), len(vocab)))
        x.sum_duplicates()
        x.data[:] = 1.0
        model = LogisticRegression(
            C=self.c, solver="liblinear", max_iter=2000, random_state=self.seed
        )
        model.fit(x, np.asarray(y))
        coef = model.coef_[0]
        self.weights_ = {f: round(float(coef[i]), 6) for f, i in vocab.items() if coef[i] != 0.0}
        self.bias_ = float(model.intercept_[0])
        self._z_cache = {}

    def fit(
        self,
        items: Sequence[Mapping[str, Any]],
        rule_spans: Sequence[Sequence[Span]],
        groups: Sequence[str] | None = None,
        folds: int = 5,
    ) -> NameTagger:
        """Fit on labelled items and the rules' spans on them; choose the threshold.

        Args:
            items: Dicts with ``text``, ``lang`` and gold ``pii`` spans (``start``,
                ``end``, ``kind``), as in ``data/eval/pii``.
            rule_spans: The rules' spans on each item, (start, end, kind).
            groups: A group per item (its split, i.e. its writer): the threshold is
                chosen from out-of-fold probabilities where a fold never holds part of a
                group. None fits without choosing (threshold 0.5).
            folds: Number of grouped folds.

        Returns:
            self
        """
        cands = [
            candidates(it["text"], it.get("lang"), spans)
            for it, spans in zip(items, rule_spans, strict=True)
        ]
        ys = [labels(it, c) for it, c in zip(items, cands, strict=True)]
        views = [(cands, ys)]
        if self.drop_rule_names > 0:
            dropped = drop_rule_names(rule_spans, self.drop_rule_names, self.seed)
            cands2 = [
                candidates(it["text"], it.get("lang"), spans)
                for it, spans in zip(items, dropped, strict=True)
            ]
            views.append((cands2, [labels(it, c) for it, c in zip(items, cands2, strict=True)]))

        def rows(index: Iterable[int]) -> tuple[list[Candidate], list[int]]:
            xs: list[Candidate] = []
            yy: list[int] = []
            index = list(index)
            for view_cands, view_ys in views:
                for k in index:
                    for c, y in zip(view_cands[k], view_ys[k], strict=True):
                        if y is not None:
                            xs.append(c)
                            yy.append(y)
            return xs, yy

        self.threshold_ = 0.5
        if groups is not None:
            names = sorted(set(groups))
            fold_of = {g: i % folds for i, g in enumerate(names)}
            oof: list[list[float]] = [[] for _ in items]
            for f in range(min(folds, len(names))):
                train = [k for k, g in enumerate(groups) if fold_of[g] != f]
                self._fit_weights(*rows(train))
                for k, g in enumerate(groups):
                    if fold_of[g] == f:
                        oof[k] = [self.proba(c) for c in cands[k]]
            self.threshold_ = choose_threshold(items, rule_spans, cands, oof, self.target_precision)
        self._fit_weights(*rows(range(len(items))))
        return self

    # --- persistence ----------------------------------------------------------------

    def save(self, path: str | Path) -> Path:
        """Write the weights, bias and threshold to ``path/name_tagger.json``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        payload = {
            "format": FORMAT_VERSION,
            "model": "logistic regression over binary candidate features",
            "c": self.c,
            "target_precision": self.target_precision,
            "seed": self.seed,
            "drop_rule_names": self.drop_rule_names,
            "threshold": self.threshold_,
            "bias": self.bias_,
            "window": {
                "head_lines": HEAD_LINES,
                "tail_lines": TAIL_LINES,
                "max_from_start": MAX_FROM_START,
                "max_from_end": MAX_FROM_END,
            },
            "weights": dict(sorted(self.weights_.items())),
        }
        out = folder / MODEL_FILE
        out.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        return out

    @classmethod
    def load(cls, path: str | Path) -> NameTagger:
        """Read a tagger written by :meth:`save` (a folder or the JSON file itself).

        Raises:
            FileNotFoundError: No model there.
            ValueError: An unknown format version.
        """
        file = Path(path)
        if file.is_dir():
            file = file / MODEL_FILE
        data = json.loads(file.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT_VERSION:
            raise ValueError(f"{file}: unknown name tagger format {data.get('format')!r}")
        tagger = cls(
            c=data["c"],
            target_precision=data["target_precision"],
            seed=data["seed"],
            drop_rule_names=float(data.get("drop_rule_names", 0.0)),
        )
        tagger.weights_ = {str(k): float(v) for k, v in data["weights"].items()}
        tagger.bias_ = float(data["bias"])
        tagger.threshold_ = float(data["threshold"])
        return tagger


def drop_rule_names(
    rule_spans: Sequence[Sequence[Span]], rate: float, seed: int = 0
) -> list[list[Span]]:
    """The rules' spans with each ``name`` span dropped with probability ``rate`` (seeded).

    Spans of other kinds are kept: a word inside them is still no candidate.
    """
    rng = random.Random(seed)
    return [[sp for sp in spans if sp[2] != "name" or rng.random() >= rate] for spans in rule_spans]


def added_counts(item: Mapping[str, Any], added: Sequence[Span]) -> tuple[int, int]:
    """How many added spans overlap a gold PII span of ``item``, and how many do not."""
    ok = sum(any(g["start"] < e and s < g["end"] for g in item["pii"]) for s, e, _k in added)
    return ok, len(added) - ok


def choose_threshold(
    items: Sequence[Mapping[str, Any]],
    rule_spans: Sequence[Sequence[Span]],
    cands: Sequence[Sequence[Candidate]],
    probs: Sequence[Sequence[float]],
    target: float,
) -> float:
    """The lowest threshold (0.05 ... 0.98) whose union precision is >= ``target``."""
    rules_ok = rules_n = 0
    for it, spans in zip(items, rule_spans, strict=True):
        for s, e, _k in spans:
            rules_n += 1
            rules_ok += any(g["start"] < e and s < g["end"] for g in it["pii"])
    for step in range(5, 99):
        t = step / 100
        ok, bad = rules_ok, rules_n - rules_ok
        for it, c, p in zip(items, cands, probs, strict=True):
            positive = [q >= t and not cc.taken for cc, q in zip(c, p, strict=True)]
            a_ok, a_bad = added_counts(it, merge(it["text"], c, positive))
            ok, bad = ok + a_ok, bad + a_bad
        if ok / max(1, ok + bad) >= target:
            return t
    return 0.99
