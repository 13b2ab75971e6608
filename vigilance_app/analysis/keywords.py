"""Keyword lists per red flag and per language (resources/keywords/<lang>.toml).

Every language is searched on every message: scams arrive in any of them whatever the app's
language. Lists are read on first use and cached for the process.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from vigilance_app.analysis import text
from vigilance_app.paths import resources_dir

LANGS = ("fr", "en", "de", "es", "it", "nl", "pt")
SECTIONS = ("urgency", "threat", "asks_card_details", "asks_credentials", "asks_nir",
            "asks_bank_details", "payment_request", "fee", "remote_access",
            "relative_impersonation", "too_good_to_be_true", "prize_lure", "crypto_lure",
            "delivery_lure", "fine_lure", "dubious_offer", "callback", "request", "install",
            "payment_context")
# Sections that only qualify another one: never reported as evidence themselves.
TRIGGERS = frozenset({"request", "install", "payment_context"})
# What is asked for counts only in a sentence that also asks ("indiquez", "confirm"…); a fee
# only where it is due or to be paid ("frais de port offerts" is an offer, not a demand); a
# remote-control tool only where the person is asked to install or open it.
NEEDS: dict[str, frozenset[str]] = {
    "asks_card_details": frozenset({"request"}),
    "asks_credentials": frozenset({"request"}),
    "asks_nir": frozenset({"request"}),
    "asks_bank_details": frozenset({"request"}),
    "fee": frozenset({"payment_context"}),
    "remote_access": frozenset({"request", "install"}),
}
NEEDS_REQUEST = frozenset(NEEDS)
# Genuine messages warn with the same words ("ne communiquez jamais votre code"): for these
# sections a phrase right after a negation, in the same clause, is not a request.
NEGATABLE = frozenset({"asks_card_details", "asks_credentials", "asks_nir",
                       "asks_bank_details", "payment_request", "fee", "remote_access",
                       "crypto_lure"})
_NEGATIONS = re.compile(
    r"(?<!\w)(?:n'|(?:jamais|ne|pas|aucun|aucune|rien|never|not|don't|no one|nobody"
    r"|no|non|nao|nie|niemals|nicht|keine?n?|nunca|nadie|nessuno|nooit|geen|niet)(?!\w))")
_NEGATION_WINDOW = 5  # words before the phrase, within its clause
_SENTENCE_END = re.compile(r"[.!?\n]")
_CLAUSE_END = re.compile(r"[.!?;:\n,]")


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
    clause = _CLAUSE_END.split(folded[max(0, start - 80):start])[-1]
    words = clause.split()[-_NEGATION_WINDOW:]
    return bool(_NEGATIONS.search(" ".join(words)))


def _sentence_ids(folded: str, positions: list[int]) -> list[int]:
    """The sentence of each position: the count of sentence ends before it.

    Positions in order (hits are) have the ends counted only in the text between one and the
    next: each character is read once, and the text after the last position not at all.
    Others are bisected into the list of all the ends.
    """
    if any(b < a for a, b in pairwise(positions)):  # out of order: bisect
        ends = [m.start() for m in _SENTENCE_END.finditer(folded)]
        return [bisect.bisect_left(ends, position) for position in positions]
    ids = []
    at = count = 0
    count_in = folded.count
    for position in positions:
        if position > at:  # the characters that end a sentence: . ! ? and a line break
            count += (count_in(".", at, position) + count_in("!", at, position)
                      + count_in("?", at, position) + count_in("\n", at, position))
            at = position
        ids.append(count)
    return ids


def find(folded: str, ws: text.Words | None = None, limit: int = 10,
         distinct: set[str] | None = None) -> dict[str, tuple[str, ...]]:
    """Phrases found per section in already folded text (see ``text.fold``; ``ws`` its
    words when already split, ``distinct`` the set of their texts), unique, in order; the
    evidence shown to the person."""
    if ws is None:
        ws = text.Words(folded)
    matches = list(_index().matches(ws.texts, distinct, folded))
    if not matches:
        return {}
    keys = {key for _first, _last, key, _phrase in matches}
    # Where a phrase starts is read only to tell its sentence (a section that needs another
    # one, and the triggers, when both were found) or a negation before it: most hits need
    # neither, and most mails have their words' positions never worked out.
    by_sentence = bool(keys & NEEDS_REQUEST) and not keys.isdisjoint(TRIGGERS)
    placed = [n for n, (_first, _last, key, _phrase) in enumerate(matches)
              if key in NEGATABLE or (by_sentence and (key in TRIGGERS or key in NEEDS))]
    starts = dict(zip(placed, ws.starts([matches[n][0] for n in placed]), strict=True))
    triggered: dict[str, set[int]] = {}  # trigger section -> sentences holding one
    sentences: dict[int, int] = {}  # of each hit placed in a sentence, by its rank
    if by_sentence:
        in_sentence = [n for n in placed if matches[n][2] in TRIGGERS or matches[n][2] in NEEDS]
        sentences = dict(zip(in_sentence,
                             _sentence_ids(folded, [starts[n] for n in in_sentence]),
                             strict=True))
        for n, sentence in sentences.items():
            key = matches[n][2]
            if key in TRIGGERS:
                triggered.setdefault(key, set()).add(sentence)
    found: dict[str, list[str]] = {}
    for n, (_first, _last, key, phrase) in enumerate(matches):
        if key in TRIGGERS:
            continue
        if key in NEGATABLE and _negated(folded, starts[n]):
            continue
        needs = NEEDS.get(key)
        if needs is not None:
            if not triggered:  # nothing asks in any sentence
                continue
            sentence = sentences[n]
            if not any(sentence in triggered.get(t, ()) for t in needs):
                continue
        section = found.setdefault(key, [])
        if phrase not in section and len(section) < limit:
            section.append(phrase)
    return {key: tuple(v) for key, v in found.items()}


def scan(raw_text: str) -> dict[str, tuple[str, ...]]:
    """Every section's matches in a message."""
    return find(text.fold(raw_text))
