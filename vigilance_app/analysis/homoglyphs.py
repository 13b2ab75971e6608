"""Words that mix writing systems: "Amаzon" with a Cyrillic "а" reads like Latin text but is
not, a trick to slip a brand name past filters and a reader's eye; and words that hide from a
filter in other ways, split by invisible characters or written in styled letters.

The Unicode script of each letter and whether it can pass for a Latin one come from the
``confusable_homoglyphs`` package (Unicode's confusables data), imported only when a word
with non-ASCII letters shows up. Genuinely Cyrillic or Greek words (all letters of one
script) and French accents (Latin letters) never count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vigilance_app.analysis import text

MAX_TEXT = 2_000  # characters of a subject or sender name examined
MAX_WORDS = 200
_WORD = re.compile(r"[^\W\d_]{2,64}")
_IGNORED = frozenset({"COMMON", "INHERITED", "Unknown"})
# Inside a word, characters that show nothing split it for a filter and not for the eye
# ("Fi\u200bnal warning").
_INVISIBLE_IN_WORD = re.compile(f"\\w[{text.INVISIBLE}]+\\w")
_INVISIBLE = re.compile(f"[{text.INVISIBLE}]")
# Bold, italic or script letters of the mathematical alphabets (U+1D400-U+1D7FF): "𝐝𝐞𝐥𝐞𝐭𝐞𝐝"
# reads as a word but matches no word a filter looks for.
_STYLED_LETTERS = re.compile(r"[\U0001d400-\U0001d7ff]{3,}")


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    from confusable_homoglyphs import categories

    return categories.alias(ch)


@lru_cache(maxsize=4096)
def _passes_for_latin(ch: str) -> bool:
    from confusable_homoglyphs import confusables

    return bool(confusables.is_confusable(ch, preferred_aliases=["latin"]))


def _scripts(word: str) -> set[str]:
    return {_script(ch) for ch in word if not ch.isascii()} - _IGNORED | (
        {"LATIN"} if any(ch.isascii() for ch in word) else set())


def disguised_word(word: str) -> bool:
    """A Latin word with letters of another script that look like Latin ones."""
    if word.isascii():
        return False
    scripts = _scripts(word)
    if "LATIN" not in scripts or len(scripts) < 2:
        return False
    foreign = [ch for ch in word if not ch.isascii() and _script(ch) not in ("LATIN", *_IGNORED)]
    return bool(foreign) and all(_passes_for_latin(ch) for ch in foreign)


def find(*texts: str | None) -> tuple[str, ...]:
    """Disguised words in the texts (a subject, a sender name), each once, in order."""
    found: list[str] = []
    for value in texts:
        value = (value or "")[:MAX_TEXT]
        if value.isascii():
            continue
        for count, match in enumerate(_WORD.finditer(value)):
            if count >= MAX_WORDS:
                break
            word = match.group()
            if word not in found and disguised_word(word):
                found.append(word)
    return tuple(found)


def hidden_words(*texts: str | None) -> tuple[str, ...]:
    """Words split by invisible characters or written in styled letters, in the texts (a
    subject, a sender name), as read: invisible characters removed, styled letters kept."""
    found: list[str] = []
    for value in texts:
        value = (value or "")[:MAX_TEXT]
        if value.isascii():
            continue
        for match in _INVISIBLE_IN_WORD.finditer(value):
            start = value.rfind(" ", 0, match.start()) + 1
            end = value.find(" ", match.end())
            word = _INVISIBLE.sub("", value[start:end if end >= 0 else len(value)])
            word = word.strip(".,:;!?\"'()[]")[:40]
            if word and word not in found:
                found.append(word)
        found += [m.group() for m in _STYLED_LETTERS.finditer(value)
                  if m.group() not in found][:5]
    return tuple(found[:10])
