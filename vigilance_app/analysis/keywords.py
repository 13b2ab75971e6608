"""Keyword lists per red flag and per language (resources/keywords/<lang>.toml).

Both languages are searched on every message: scams arrive in either whatever the app's
language. Lists are read on first use and cached for the process.
"""

from __future__ import annotations

import bisect
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


@lru_cache(maxsize=1)
def _index() -> text.PhraseIndex:
    return text.PhraseIndex((section, phrase) for lang in LANGS
                            for section in SECTIONS for phrase in lists(lang)[section])


def _negated(folded: str, start: int) -> bool:
    clause = re.split(r"[.!?;:\n,]", folded[max(0, start - 80):start])[-1]
    words = clause.split()[-_NEGATION_WINDOW:]
    return bool(_NEGATIONS.search(" ".join(words)))


def _sentence_ids(folded: str) -> list[int]:
    """Positions of sentence ends, for bisecting a hit into its sentence."""
    return [m.start() for m in re.finditer(r"[.!?\n]", folded)]


def find(folded: str, ws: list[text.Word] | None = None,
         limit: int = 10) -> dict[str, tuple[str, ...]]:
    """Phrases found per section in already folded text (see ``text.fold``; ``ws`` its
    words when already split), unique, in order; the evidence shown to the person."""
    hits = list(_index().find(text.words(folded) if ws is None else ws))
    ends = _sentence_ids(folded)
    asking = {bisect.bisect_left(ends, h.start) for h in hits if h.key == "request"}
    found: dict[str, list[str]] = {}
    for hit in hits:
        if hit.key == "request":
            continue
        if hit.key in NEGATABLE and _negated(folded, hit.start):
            continue
        if hit.key in NEEDS_REQUEST and bisect.bisect_left(ends, hit.start) not in asking:
            continue
        section = found.setdefault(hit.key, [])
        if hit.phrase not in section and len(section) < limit:
            section.append(hit.phrase)
    return {key: tuple(v) for key, v in found.items()}


def scan(raw_text: str) -> dict[str, tuple[str, ...]]:
    """Every section's matches in a message."""
    return find(text.fold(raw_text))
