"""The customer's own text: what the customer wrote, without the company's words and the frame.

Tickets and e-mails arrive with a greeting, a signature block and the company's
earlier replies quoted below; pasted chat transcripts carry agent and bot turns.
None of that may decide a label. :func:`customer_text` drops, in this order:

1. a quoted earlier message: everything from a quote header ("W dniu ... napisał(a):",
   a mail client's dated "V ut 9. 4. 2024 o 15:02 ... napísal(a):",
   "On ... wrote:", "-----Original Message-----", a block of two or more mail header
   lines such as "От: ...", "Отправлено: ...") to the end;
2. ``>``-quoted lines;
3. agent and bot turns of a transcript ("Konsultant: ..." up to the next speaker
   label), when the text has at least one labelled agent or bot turn; the
   customer's own labels ("Klient:") are removed, the turns kept. When the customer's
   label is known, every other speaker label that opens two or more turns is the
   company's too, whatever it says ("Konsultantka Ola:", "Agent (Sam):", "Servis
   KołoWrót:", "[NAME] (Chatbot):"): companies name their agents and bots in ways no
   list holds;
4. a signature block: from a line that starts with a closing formula ("Pozdrawiam",
   "Best regards", "LG"), or from a line that is only a redacted name ("[NAME]",
   "[NAME] & [NAME]", "lek. [NAME]") after the customer's first line, to the end, only
   when what follows is short and signature-like (a few short lines). Words of thanks
   and good wishes above the name ("Thanks,", "S vděkem") are the customer's own and
   stay: the sentiment heads read them (a question signed "Thanks," is neutral);
5. lines that are only a greeting ("Dzień dobry,", "Sehr geehrte Damen und Herren,").

The words come from every language's :class:`~vocmine.lang.LanguageData`
(``quote_headers``, ``mail_header_fields``, ``closings``, ``greetings`` and the chat
speaker labels), all at once: a German signature under a Polish e-mail is still a
signature. Lines are matched folded (:data:`~vocmine.nlp.fold.MATCHING`). When nothing
would be left, the input comes back unchanged: the result is never empty for a text
that had any.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from vocmine.lang.data import LANGUAGES
from vocmine.nlp.fold import MATCHING
from vocmine.nlp.redact import PLACEHOLDERS

__all__ = ["CustomerText", "customer_text", "split_customer_text"]

SIGNATURE_MAX_LINES = 6
"""A signature block has at most this many non-empty lines after the closing formula."""
SIGNATURE_MAX_LINE_CHARS = 60
"""... each at most this long (a sentence of complaint is not a signature)."""
MIN_TRANSCRIPT_TURNS = 2
"""A transcript has at least this many labelled turns, one of them an agent's or a bot's
(a lone "Operator: Orange" line is not a transcript)."""
CLOSING_MAX_EXTRA_WORDS = 3
"""Words allowed after the formula on its own line ("Pozdrawiam, Jan Kowalski")."""


def _alternation(regexes: Iterable[str]) -> str:
    folded = sorted({MATCHING.fold(r) for r in regexes}, key=len, reverse=True)
    return "|".join(f"(?:{r})" for r in folded)


def _speaker_labels(kind: str) -> str:
    labels = {
        MATCHING.fold(label).replace("_", " ")
        for data in LANGUAGES.values()
        for label in getattr(data, kind)
    }
    return "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))


_QUOTE_HEADER = re.compile(
    r"^\s*(?:" + _alternation(r for d in LANGUAGES.values() for r in d.quote_headers) + ")"
)
_MAIL_FIELD = re.compile(
    r"^\s*(?:"
    + "|".join(
        sorted(
            {re.escape(MATCHING.fold(f)) for d in LANGUAGES.values() for f in d.mail_header_fields},
            key=len,
            reverse=True,
        )
    )
    + r")\s*:"
)
_QUOTED_LINE = re.compile(r"^\s*>")
_GREETING_WORDS = _alternation(r for d in LANGUAGES.values() for r in d.greetings)
_GREETING_LINE = re.compile(
    r"^\s*(?:"
    + _GREETING_WORDS
    + r")(?:\s*[,!.:]*\s*$|\s+[\w.\-\[\]]+(?:\s+[\w.\-\[\]]+)?\s*[,!:]\s*$)"
)
_CLOSING = re.compile(
    r"^\s*(?:"
    + _alternation(r for d in LANGUAGES.values() for r in d.closings)
    + r")(?!\w)\s*[,.!\-–—]*\s*(?P<rest>.*)$"
)
_NAME = re.escape(MATCHING.fold(PLACEHOLDERS["name"]))
_NAME_LINE = re.compile(
    rf"^\s*(?:[^\W\d_]{{1,6}}\.\s*)?{_NAME}(?:\s*(?:,|&|\+|a|i|и|і|und|and)?\s*{_NAME})*\s*[,.]?\s*$"
)
"""A line that is only a redacted name ("[NAME]", "[NAME] & [NAME]", "lek. [NAME]", folded):
under a text it opens a signature block even without a closing formula."""
_TIME = r"(?:\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?\s+)?\d{1,2}:\d{2}(?::\d{2})?"
"""A chat time stamp, with an optional day before it: "14:21", "8. 4. 10:14"."""
_TURN_PREFIX = rf"^\s*(?:\[[^\]\n]{{1,25}}\]\s*|\(?{_TIME}\)?\s*(?:[–—-]\s*)?)?"
"""Before a speaker label: a bracketed stamp ("[21:03]", "[Tue 10:05]") or a time, with an
optional dash after it ("09:31 – Sie: ...")."""
_TURN_SUFFIX = rf"(?:\s*,?\s*[(\[]{_TIME}[)\]]|\s*,?\s+{_TIME})?"
"""After a speaker label, before its colon: a time stamp ("Klient (14:12):", "Customer 14:31:",
"Ви, 21:04:", "Клієнт [19:40]:")."""
_TURN = re.compile(
    _TURN_PREFIX
    + r"(?:(?P<customer>"
    + _speaker_labels("customer_speakers")
    + r")|(?P<agent>"
    + _speaker_labels("agent_speakers")
    + "|"
    + _speaker_labels("bot_speakers")
    + r"))(?:\s+(?:\w+|\[[a-z_]+\])|\s*\([^()\n:]{1,30}\))?"
    + _TURN_SUFFIX
    + r"\s*:\s*"
)
"""A speaker label at a line start, matched on the folded line: an optional name may follow
("Operátor Tomáš", "Agent (Ravi)"), then an optional time stamp."""
OTHER_SPEAKER_MIN_TURNS = 2
"""An unlisted speaker label counts as the company's when it opens at least this many turns
(one "Problem: ..." line in a customer's turn is no speaker)."""
OTHER_SPEAKER_MAX_WORDS = 6
_SPEAKER = re.compile(
    _TURN_PREFIX
    + r"(?P<label>(?:\[[a-z_]+\]|[^\W\d_])[^:\n]{0,39}?)"
    + _TURN_SUFFIX
    + r"\s*:(?:\s|$)"
)
"""Any short speaker label at a line start (folded line): a name, a role, a brand."""


@dataclass(frozen=True, slots=True)
class CustomerText:
    """The customer's own text and what was dropped to get it.

    Attributes:
        text: The customer's own text (the input itself when nothing would be left).
        dropped: ``(reason, text)`` of every dropped part, in order: ``quote``,
            ``quoted_line``, ``agent_turn``, ``signature``, ``greeting``.
        fell_back: Whether everything would have been dropped and the input came back.
    """

    text: str
    dropped: list[tuple[str, str]] = field(default_factory=list)
    fell_back: bool = False


def customer_text(text: str) -> str:
    r"""Return what the customer wrote in ``text`` (see the module doc).

    Example:
        >>> customer_text("Dzień dobry,\nPaczka nie doszła.\nPozdrawiam,\nJan")
        'Paczka nie doszła.'
    """
    return split_customer_text(text).text


def split_customer_text(text: str) -> CustomerText:
    """Return the customer's own text of ``text`` together with the parts dropped.

    Args:
        text: A ticket, e-mail, review or transcript (redacted or not).

    Returns:
        The customer's text, the dropped parts with their reasons, and whether it fell
        back to the input.
    """
    if "\n" not in text:
        # One line: every rule would drop all of it (a greeting, a closing, a quote
        # header, one turn), and then the input comes back anyway.
        return CustomerText(text)
    lines = text.split("\n")
    folded = MATCHING.fold(text).split("\n")
    if len(folded) != len(lines):  # a fold that changed line breaks (never seen): play safe
        folded = [MATCHING.fold(line) for line in lines]
    dropped: list[tuple[str, str]] = []
    keep = _cut_quote(lines, folded, dropped)
    keep = [
        i
        for i in keep
        if not _dropped_if(_QUOTED_LINE.match(folded[i]), "quoted_line", lines[i], dropped)
    ]
    lines, folded, keep = _transcript(lines, folded, keep, dropped)
    keep = _cut_signature(lines, folded, keep, dropped)
    keep = [
        i
        for i in keep
        if not _dropped_if(_GREETING_LINE.match(folded[i]), "greeting", lines[i], dropped)
    ]
    result = "\n".join(lines[i] for i in keep).strip()
    if not dropped:
        return CustomerText(text)
    if not result and text.strip():
        return CustomerText(text, dropped, fell_back=True)
    return CustomerText(result, dropped)


def _dropped_if(condition: object, reason: str, line: str, dropped: list[tuple[str, str]]) -> bool:
    if condition and line.strip():
        dropped.append((reason, line))
        return True
    return False


def _cut_quote(lines: list[str], folded: list[str], dropped: list[tuple[str, str]]) -> list[int]:
    """Indexes of the lines before the first quote header (all of them when there is none)."""
    for i, line in enumerate(folded):
        is_header = _QUOTE_HEADER.match(line) is not None or (
            _MAIL_FIELD.match(line) is not None
            and i + 1 < len(folded)
            and _MAIL_FIELD.match(folded[i + 1]) is not None
        )
        if is_header:
            dropped.append(("quote", "\n".join(lines[i:])))
            return list(range(i))
    return list(range(len(lines)))


def _transcript(
    lines: list[str], folded: list[str], keep: list[int], dropped: list[tuple[str, str]]
) -> tuple[list[str], list[str], list[int]]:
    """Drop agent and bot turns; strip the customer's speaker labels (lines are rewritten).

    A speaker no list names, seen in at least two turns, is the company's when the
    customer's label is a listed one ("Klient:" and "Kostka & Kafe:"), and the customer
    when only the company's is ("Поддержка:" and "Алексей:").
    """
    turns = {i: _TURN.match(folded[i]) for i in keep}
    labelled = [m for m in turns.values() if m is not None]
    listed_customer = any(m.group("customer") for m in labelled)
    listed_agent = any(m.group("agent") for m in labelled)
    others = _other_speaker_turns(folded, keep, turns) if listed_customer or listed_agent else set()
    if len(labelled) + len(others) < MIN_TRANSCRIPT_TURNS or not (
        (others and listed_customer) or listed_agent
    ):
        return lines, folded, keep
    lines, folded = list(lines), list(folded)
    kept: list[int] = []
    in_agent_turn = False
    for i in keep:
        match = turns[i]
        if match is not None:
            in_agent_turn = bool(match.group("agent"))
            if not in_agent_turn:
                # The label's length in the original line: fold keeps short labels aligned,
                # else find the colon that ends it.
                cut = _label_end(lines[i], match.end())
                lines[i], folded[i] = lines[i][cut:], folded[i][match.end() :]
        elif i in others:
            in_agent_turn = listed_customer
            if not in_agent_turn:  # the customer, named: strip the name label
                speaker = _SPEAKER.match(folded[i])
                assert speaker is not None  # the line was found by the same pattern
                cut = _label_end(lines[i], speaker.end())
                lines[i], folded[i] = lines[i][cut:], folded[i][speaker.end() :]
        if in_agent_turn:
            _dropped_if(True, "agent_turn", lines[i], dropped)
        else:
            kept.append(i)
    return lines, folded, kept


def _other_speaker_turns(
    folded: list[str], keep: list[int], turns: dict[int, re.Match[str] | None]
) -> set[int]:
    """Lines that open a turn of a speaker no list names, seen at least twice.

    Mail header fields ("From:", "Тема:") are no speakers.
    """
    opened: dict[str, list[int]] = {}
    for i in keep:
        if turns[i] is not None:
            continue
        match = _SPEAKER.match(folded[i])
        if match is None or _MAIL_FIELD.match(folded[i]) is not None:
            continue
        label = " ".join(match.group("label").split())
        if len(label.split()) <= OTHER_SPEAKER_MAX_WORDS:
            opened.setdefault(label, []).append(i)
    return {i for rows in opened.values() if len(rows) >= OTHER_SPEAKER_MIN_TURNS for i in rows}


def _label_end(line: str, folded_end: int) -> int:
    """Position in ``line`` where the speaker label that ends at ``folded_end`` when folded ends."""
    if MATCHING.fold(line[:folded_end]).rstrip() == MATCHING.fold(line)[:folded_end].rstrip():
        return folded_end
    colon = line.find(":")
    return colon + 1 if colon >= 0 else 0


def _cut_signature(
    lines: list[str], folded: list[str], keep: list[int], dropped: list[tuple[str, str]]
) -> list[int]:
    """Indexes of the lines before the first closing formula followed by a signature-like tail."""
    for position, i in enumerate(keep):
        if position == 0:
            continue  # a signature follows something the customer wrote
        match = _CLOSING.match(folded[i])
        if match is None:
            if _NAME_LINE.match(folded[i]) is None:
                continue
        elif not _looks_like_name(lines[i], match.group("rest")):
            continue
        tail = [lines[j].strip() for j in keep[position + 1 :] if lines[j].strip()]
        if len(tail) <= SIGNATURE_MAX_LINES and all(
            len(t) <= SIGNATURE_MAX_LINE_CHARS and not t.endswith("?") for t in tail
        ):
            dropped.append(("signature", "\n".join(lines[j] for j in keep[position:])))
            return keep[:position]
    return keep


def _looks_like_name(line: str, rest: str) -> bool:
    """Whether the words after a closing formula are a name (or nothing), not a sentence."""
    words = rest.split()
    if not words:
        return True
    if len(words) > CLOSING_MAX_EXTRA_WORDS:
        return False
    # Case is lost in the folded line: look the words up in the original one.
    original = line.split()[-len(words) :]
    return all(w[:1].isupper() or w.startswith("[") for w in original)
