"""Evidence in context: where a red flag's words are in the message, and a short, safe excerpt.

Plain Python (no Qt). The keyword rules match folded text (no case, no accents), so the words
are looked up the same way here and mapped back to the message as written. Every excerpt is
made safe to show: control and invisible characters removed (a right-to-left override would
reorder what the person reads), whitespace collapsed, and anything that looks like a web
address defanged (``hxxps://ameli-secu[.]xyz``) so no widget can turn it into a link.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from vigilance_app.analysis import text

MAX_SCAN = 20_000  # characters of the message searched for an excerpt (the rest is not shown)
CONTEXT = 60  # characters shown on each side of the evidence
MAX_PIECE = 200  # characters of one piece of evidence shown

_SCHEME = re.compile(r"(?i)\b(h)tt(ps?)(?=:)|\b(f)t(p)(?=://)")
# A dot inside a word followed by a letter: "ameli.fr", "www.x.com", "bit.ly" (not "fin.").
_DOT = re.compile(r"(?<=[^\s.\[])\.(?=[^\W\d_])")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Excerpt:
    """``before`` + ``match`` + ``after`` is a safe-to-show excerpt of the message."""

    before: str
    match: str
    after: str


def safe_text(value: str, limit: int = MAX_PIECE, defang: bool = True) -> str:
    """Hostile text made fit to show: no control or format characters, one line, bounded,
    web addresses defanged (unless ``defang`` is False, for a file name)."""
    cleaned = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch
                      for ch in (value or "")[: limit * 4]
                      if unicodedata.category(ch) not in ("Cf", "Cs", "Co", "Cn"))
    cleaned = _SPACE.sub(" ", cleaned)
    if len(cleaned) > limit:
        cleaned = cleaned[: limit - 1] + "…"
    return defang_text(cleaned) if defang else cleaned


def defang_text(value: str) -> str:
    """Every web address in ``value`` made harmless: ``http`` -> ``hxxp``, ``.`` -> ``[.]``."""
    value = _SCHEME.sub(lambda m: (f"{m.group(1)}xx{m.group(2)}" if m.group(1)
                                   else f"{m.group(3)}x{m.group(4)}"), value)
    if "." in value:
        value = _DOT.sub("[.]", value)
    return value


class Searchable:
    """A message body folded once (like ``text.fold``), remembering where each folded
    character came from, so many phrases can be looked up in it cheaply."""

    def __init__(self, body: str) -> None:
        self.body = (body or "")[:MAX_SCAN]
        parts: list[str] = []
        positions: list[int] = []
        for index, ch in enumerate(self.body):
            folded = ch.lower() if ch.isascii() else text.fold(ch)
            parts.append(folded)
            positions.extend([index] * len(folded))
        self.folded = "".join(parts)
        self.positions = positions

    def locate(self, phrase: str) -> tuple[int, int] | None:
        """Where ``phrase`` (as the keyword lists write it, a final ``*`` for a word's start)
        is in the body as written, ignoring case, accents and the spacing between words."""
        prefix = phrase.rstrip().endswith("*")
        tokens = [w[2] for w in text.words(text.fold(phrase.rstrip().rstrip("*")))]
        if not tokens or not self.folded:
            return None
        pattern = (r"(?<!\w)" + r"\W{1,5}".join(re.escape(t) for t in tokens)
                   + (r"\w*" if prefix else r"(?!\w)"))
        found = re.search(pattern, self.folded)
        if found is None or found.end() == found.start():
            return None
        return self.positions[found.start()], self.positions[found.end() - 1] + 1

    def excerpt(self, phrase: str, width: int = CONTEXT) -> Excerpt | None:
        """A short excerpt around ``phrase``, safe to show, or None when it is not found."""
        span = self.locate(phrase)
        if span is None:
            return None
        body = self.body
        start, end = span
        head = max(0, start - width)
        tail = min(len(body), end + width)
        before = body[head:start]
        after = body[end:tail]
        if head > 0:  # start at a word, with an ellipsis
            cut = before.find(" ")
            before = "…" + (before[cut + 1:] if 0 <= cut < len(before) - 1
                            else before).lstrip(" ,.;:!?)]»")
        if tail < len(body):
            cut = after.rfind(" ")
            after = (after[:cut] if cut > 0 else after).rstrip() + "…"
        return Excerpt(safe_text(before, width + 2).lstrip(), safe_text(body[start:end]),
                       safe_text(after, width + 2).rstrip())


def locate(body: str, phrase: str) -> tuple[int, int] | None:
    return Searchable(body).locate(phrase)


def excerpt(body: str, phrase: str, width: int = CONTEXT) -> Excerpt | None:
    return Searchable(body).excerpt(phrase, width)
