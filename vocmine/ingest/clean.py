"""Strip markup and quoted replies from ingested text (before normalisation).

Helpdesk and e-mail sources deliver HTML bodies and replies that quote the
whole previous message. Only what the customer wrote this time is analysed:

* HTML (only when the text has tags): ``<script>``/``<style>`` and
  ``<blockquote>`` contents are dropped, ``<br>``/``<p>``/``<div>``/``<li>`` become
  line breaks, other tags go, entities are unescaped.
* E-mail quoting: lines starting with ``>`` are dropped, and everything from
  an attribution line ("On ... wrote:", "W dniu ... napisał(a):",
  "Dne ... napsal(a):", "Am ... schrieb ...:", "... написал(а):",
  "-----Original Message-----") to the end.
"""

from __future__ import annotations

import html
import re

_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>")
_DROP_BLOCK_RE = re.compile(
    r"<(script|style|blockquote)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_BREAK_RE = re.compile(r"<(br|/p|/div|/li|/tr|/h[1-6])\b[^>]*>", re.IGNORECASE)
_ANY_TAG_RE = re.compile(r"<[^<>]{0,2000}>")
_QUOTED_LINE_RE = re.compile(r"^[ \t]*>")
_ATTRIBUTION_RE = re.compile(
    r"^[ \t]*("
    r"On\b.{0,300}\bwrote:"
    r"|W dniu\b.{0,300}\bnapisał(\(a\)|a)?:"
    r"|Dne\b.{0,300}\bnapsal(\(a\)|a)?:"
    r"|D[ňn]a\b.{0,300}\bnap[íi]sal(\(a\)|a)?:"
    r"|Am\b.{0,300}\bschrieb\b.{0,100}:"
    r"|.{0,300}\b(написал|написала|пишет|написав|написала)\s*:"
    r"|-{2,}\s*(Original Message|Wiadomość oryginalna|Původní zpráva|Исходное сообщение)\s*-{2,}"
    r")[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def looks_like_html(text: str) -> bool:
    """Return True if ``text`` contains at least one HTML tag."""
    return _TAG_RE.search(text) is not None


def strip_html(text: str) -> str:
    r"""Return the visible text of an HTML fragment (unchanged if it has no tags).

    Example:
        >>> strip_html("<p>Zásilka <b>nepřišla</b>.</p><p>Díky</p>")
        'Zásilka nepřišla.\\nDíky'
    """
    if not looks_like_html(text):
        return text
    text = _DROP_BLOCK_RE.sub(" ", text)
    text = _BREAK_RE.sub("\n", text)
    text = _ANY_TAG_RE.sub("", text)
    return html.unescape(text).strip()


def strip_quoted_reply(text: str) -> str:
    r"""Return ``text`` without ``>``-quoted lines and anything after a reply attribution.

    Example:
        >>> strip_quoted_reply("Nadal czekam!\\n\\nW dniu 1.03.2024 Obsługa napisał:\\n> Dziękujemy")
        'Nadal czekam!'
    """
    match = _ATTRIBUTION_RE.search(text)
    if match is not None:
        text = text[: match.start()]
    kept = [line for line in text.split("\n") if not _QUOTED_LINE_RE.match(line)]
    return "\n".join(kept).strip()


def clean_text(text: str) -> str:
    """Return ``text`` with HTML and quoted replies removed (see the module doc)."""
    return strip_quoted_reply(strip_html(text))
