"""Folding text for matching: case, accents and typographic variants do not matter."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_TEXT = 100_000  # characters of a message searched for words

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
                              "\u00a0": " ", "\u202f": " ", "–": "-", "—": "-"})


def fold(text: str) -> str:
    """Lower-case, accents removed (NFKD), apostrophes and spaces unified.

    Each input character becomes at most one output character except for ligatures, so
    matches are reported from the folded text, not by position in the original.
    """
    text = unicodedata.normalize("NFKD", (text or "")[:MAX_TEXT].translate(_APOSTROPHES))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def phrase_pattern(phrase: str) -> str:
    """Regex for a folded phrase on word boundaries; spaces match any run of spaces; a
    final ``*`` matches the rest of the word ("expir*": expire, expirent, expiré)."""
    folded = fold(phrase).strip()
    prefix = folded.endswith("*")
    words = [re.escape(w) for w in folded.rstrip("*").split()]
    body = r"\s+".join(words)
    tail = r"\w*" if prefix else r"(?!\w)"
    return rf"(?<!\w){body}{tail}"


@lru_cache(maxsize=256)
def compile_phrases(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation for a list of phrases, longest first so the fullest phrase wins."""
    if not phrases:
        return None
    ordered = sorted(set(phrases), key=len, reverse=True)
    return re.compile("|".join(f"(?:{phrase_pattern(p)})" for p in ordered))
