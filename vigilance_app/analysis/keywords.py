"""Keyword lists per red flag and per language (resources/keywords/<lang>.toml).

Both languages are searched on every message: scams arrive in either whatever the app's
language. Lists are read on first use and cached for the process.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from vigilance_app.analysis import text
from vigilance_app.paths import resources_dir

LANGS = ("fr", "en")
SECTIONS = ("urgency", "threat", "asks_card_details", "asks_credentials", "asks_nir",
            "asks_bank_details", "payment_request", "remote_access", "relative_impersonation",
            "too_good_to_be_true", "callback", "request")
# What is asked for counts only in a sentence that also asks ("indiquez", "confirm"…).
NEEDS_REQUEST = frozenset({"asks_card_details", "asks_credentials", "asks_nir",
                           "asks_bank_details"})
# Genuine messages warn with the same words ("ne communiquez jamais votre code"): for these
# sections a phrase right after a negation, in the same clause, is not a request.
NEGATABLE = frozenset({"asks_card_details", "asks_credentials", "asks_nir",
                       "asks_bank_details", "payment_request", "remote_access"})
_NEGATIONS = re.compile(
    r"(?<!\w)(?:n'|(?:jamais|ne|pas|aucun|aucune|rien|never|not|don't|no one|nobody)(?!\w))")
_NEGATION_WINDOW = 5  # words before the phrase, within its clause


class KeywordsError(ValueError):
    """A keyword file does not have the expected shape."""


def load(path: Path) -> dict[str, tuple[str, ...]]:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    unknown = set(data) - set(SECTIONS)
    if unknown:
        raise KeywordsError(f"{path.name}: unknown sections {sorted(unknown)}")
    result: dict[str, tuple[str, ...]] = {}
    for section in SECTIONS:
        table = data.get(section)
        if not isinstance(table, dict) or set(table) != {"phrases"}:
            raise KeywordsError(f"{path.name}: [{section}] needs exactly a 'phrases' list")
        phrases = table["phrases"]
        if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip()
                                                    for p in phrases):
            raise KeywordsError(f"{path.name}: [{section}] phrases must be non-empty strings")
        result[section] = tuple(phrases)
    return result


@lru_cache(maxsize=len(LANGS))
def lists(lang: str) -> dict[str, tuple[str, ...]]:
    if lang not in LANGS:
        raise KeywordsError(f"no keyword list for {lang!r}")
    return load(resources_dir() / "keywords" / f"{lang}.toml")


@lru_cache(maxsize=len(SECTIONS))
def pattern(section: str) -> re.Pattern[str] | None:
    phrases = tuple(p for lang in LANGS for p in lists(lang)[section])
    return text.compile_phrases(phrases)


@lru_cache(maxsize=len(SECTIONS))
def _display(section: str) -> dict[str, str]:
    """Folded phrase -> phrase as written in the list, to show "numéro de carte" with its
    accents rather than the folded form that was matched."""
    return {" ".join(text.fold(p).split()): p for lang in LANGS for p in lists(lang)[section]
            if not p.endswith("*")}


def _sentence(folded: str, start: int, end: int) -> str:
    left = max(folded.rfind(c, 0, start) for c in ".!?\n")
    rights = [i for c in ".!?\n" if (i := folded.find(c, end)) >= 0]
    return folded[left + 1: min(rights) if rights else len(folded)]


def _negated(folded: str, start: int) -> bool:
    clause = re.split(r"[.!?;:\n,]", folded[max(0, start - 80):start])[-1]
    words = clause.split()[-_NEGATION_WINDOW:]
    return bool(_NEGATIONS.search(" ".join(words)))


def matches(section: str, folded: str, limit: int = 10) -> tuple[str, ...]:
    """Phrases of ``section`` found in already folded text (see ``text.fold``), unique, in
    order; these are the evidence shown to the person."""
    compiled = pattern(section)
    if compiled is None:
        return ()
    found: list[str] = []
    for m in compiled.finditer(folded):
        if section in NEGATABLE and _negated(folded, m.start()):
            continue
        if section in NEEDS_REQUEST:
            request = pattern("request")  # compiled once, cached
            if request is None or not request.search(_sentence(folded, m.start(), m.end())):
                continue
        word = _display(section).get(" ".join(m.group(0).split()), m.group(0))
        if word not in found:
            found.append(word)
            if len(found) >= limit:
                break
    return tuple(found)


def scan(raw_text: str) -> dict[str, tuple[str, ...]]:
    """Every section's matches in a message."""
    folded = text.fold(raw_text)
    return {section: m for section in SECTIONS if section != "request"
            and (m := matches(section, folded))}
