"""Folding and phrase search: case, accents and typographic variants do not matter.

Phrases are matched word by word through dictionaries keyed by their first word and by their
first two, so the cost is one look-up per word of the message whatever the number of phrases
(a regex alternation of hundreds of phrases tried at every character was 100 times slower on
long mails).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate, compress, pairwise
from operator import itemgetter

MAX_TEXT = 100_000  # characters of a message searched for words

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
                              "\u00a0": " ", "\u202f": " ", "–": "-", "—": "-"})
_APOSTROPHE_PAIRS = tuple((chr(old), new) for old, new in _APOSTROPHES.items())
_NEEDS_TRANSLATE = re.compile("[’‘ʼ`´\u00a0\u202f–—]")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_WORD_SPLIT = re.compile(r"(\w+)")
_WORD = re.compile(r"\w+")
# Characters that show nothing (zero-width spaces and joiners, direction marks and embeddings,
# invisible operators, BOM, soft hyphen), as the body of a regex character class.
INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad"


def fold(text: str) -> str:
    """Lower-case, accents removed (NFKD), apostrophes and spaces unified."""
    text = (text or "")[:MAX_TEXT]
    if text.isascii() and "`" not in text:  # nothing to translate or decompose
        return text.casefold()
    if _NEEDS_TRANSLATE.search(text):
        # what text.translate(_APOSTROPHES) gives (no replacement is itself replaced), one
        # fast str.replace per character present: translate() looks up every character
        for old, new in _APOSTROPHE_PAIRS:
            if old in text:
                text = text.replace(old, new)
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return text.casefold()


Word = tuple[int, int, str]  # start, end, text: plain tuples, a long mail has 20,000 words
_TEXT = itemgetter(2)  # of a Word
_HEAD1 = itemgetter(slice(0, 1))  # first letter of a word
_HEAD2 = itemgetter(slice(0, 2))  # first two letters


def words(folded: str) -> list[Word]:
    """Words of folded text with their positions; apostrophes and hyphens separate words
    ("d'expiration" is "d" then "expiration"), in phrases and messages alike."""
    # The spans and texts of the matches of \w+, without a match object per word: split()
    # alternates gaps and words, and the running sum of their lengths is where each word
    # starts and ends.
    parts = _WORD_SPLIT.split(folded)
    bounds = list(accumulate(map(len, parts)))
    return list(zip(bounds[0:-1:2], bounds[1::2], parts[1::2], strict=True))


def word_texts(folded: str) -> list[str]:
    """The texts of ``words(folded)``, without their positions."""
    return _WORD.findall(folded)


class Words:
    """The words of a folded text (``texts``, as ``words`` splits them), their spans worked
    out only when asked: most words are never part of a phrase found."""

    __slots__ = ("_bounds", "_parts", "texts")

    def __init__(self, folded: str) -> None:
        self._parts = _WORD_SPLIT.split(folded)
        self._bounds: list[int] | None = None
        self.texts: list[str] = self._parts[1::2]

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Where word ``first`` starts and word ``last`` ends in the folded text."""
        if self._bounds is None:  # gaps and words alternate: running sums are the bounds
            self._bounds = list(accumulate(map(len, self._parts)))
        return self._bounds[2 * first], self._bounds[2 * last + 1]

    def starts(self, firsts: list[int]) -> list[int]:
        """Where each word of ``firsts`` starts in the folded text.

        Words in order (phrases found are) are reached by adding the lengths of the gaps and
        words since the previous one: each part is read once, and those after the last word
        asked for not at all.
        """
        if self._bounds is not None or any(b < a for a, b in pairwise(firsts)):
            return [self.span(first, first)[0] for first in firsts]
        parts = self._parts
        result = []
        at = position = 0  # parts[:at] add up to position
        for first in firsts:
            end = 2 * first + 1  # the gap before each word comes first
            if end > at:
                position += sum(map(len, parts[at:end]))
                at = end
            result.append(position)
        return result


@dataclass(frozen=True)
class Hit:
    key: str  # the list the phrase belongs to (a red-flag section, an organisation id)
    phrase: str  # as written in the list, accents included: shown as evidence
    start: int  # position in the folded text
    end: int


_Candidate = tuple[tuple[str, ...], bool, str, str]  # tokens, last one a prefix, key, phrase


def _loose(candidate: _Candidate) -> bool:
    """Matches whatever the second word: one word, or two ending in a prefix ("mot pass*")."""
    n = len(candidate[0])
    return n == 1 or (n == 2 and candidate[1])


class PhraseIndex:
    """Phrases of several lists; a final ``*`` matches the rest of a word ("expir*")."""

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        self._by_first: dict[str, list[_Candidate]] = {}
        # One-word prefixes ("expir*"), grouped by their first two letters so that a word
        # is compared only with the few that can match it (one-letter prefixes apart).
        self._prefixes: dict[str, list[tuple[str, str]]] = {}
        self._one_letter: dict[str, list[tuple[str, str]]] = {}
        for key, phrase in entries:
            prefix = phrase.rstrip().endswith("*")
            tokens = tuple(w[2] for w in words(fold(phrase.rstrip().rstrip("*"))))
            if not tokens:
                continue
            if prefix and len(tokens) == 1:
                head = tokens[0]
                table = self._one_letter if len(head) == 1 else self._prefixes
                table.setdefault(head[:2], []).append((head, key))
                continue
            self._by_first.setdefault(tokens[0], []).append((tokens, prefix, key, phrase))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda c: len(c[0]), reverse=True)  # the fullest phrase wins
        # The candidates narrowed by the word that follows the first: most positions where a
        # phrase could start ("your", "a", "to") are followed by no phrase's second word.
        # One-word phrases, and two-word ones ending in a prefix, are kept whatever follows.
        self._alone: dict[str, list[_Candidate]] = {}
        self._by_pair: dict[tuple[str, str], list[_Candidate]] = {}
        for first, candidates in self._by_first.items():
            alone = [c for c in candidates if _loose(c)]
            if alone:
                self._alone[first] = alone
            for second in {c[0][1] for c in candidates if not _loose(c)}:
                self._by_pair[first, second] = [c for c in candidates
                                                if _loose(c) or c[0][1] == second]
        self._pair_firsts = frozenset(first for first, _ in self._by_pair)
        # Whether any word may start with a one-word prefix: searched in the distinct words
        # joined, each after a space, so a word starting with one is always found (a word
        # holding a space, which no split word does, may be found wrongly: harmless, each
        # word is compared afterwards). Most messages hold none, and skip the comparisons.
        heads = sorted({head for table in (self._prefixes, self._one_letter)
                        for group in table.values() for head, _key in group})
        self._any_prefix = re.compile(" (?:" + "|".join(map(re.escape, heads)) + ")").search \
            if heads else None

    def find(self, ws: list[Word]) -> Iterator[Hit]:
        """The phrases found in words split by ``words``, in order."""
        for first, last, key, phrase in self.matches(list(map(_TEXT, ws))):
            yield Hit(key, phrase, ws[first][0], ws[last][1])

    def matches(self, words: list[str],
                distinct: Collection[str] | None = None) -> Iterator[tuple[int, int, str, str]]:
        """(first word, last word, key, phrase) of each phrase found in ``words`` (texts of
        folded words; ``distinct`` their set when already made), in order; a prefix gives
        the word that it starts."""
        # The hot loop of the analysis (every word of every message, for each list): the
        # distinct words that may start a phrase are picked first (most words start none),
        # then only their positions are looked at, in order. There a word followed by no
        # phrase's second word is done with at once: most are ("your", "a", "to").
        by_pair = self._by_pair
        alone_get = self._alone.get
        if distinct is None:
            distinct = set(words)
        starting = self._alone.keys() & distinct  # start a phrase whatever follows them
        # One-word prefixes are compared only when a word may start with one.
        prefix_get = one_letter = None
        if self._any_prefix is not None and self._any_prefix(" " + " ".join(distinct)):
            prefix_get = self._prefixes.get
            if self._prefixes:
                starting.update(compress(distinct, map(self._prefixes.__contains__,
                                                       map(_HEAD2, distinct))))
            if self._one_letter:
                one_letter = self._one_letter
                starting.update(compress(distinct, map(one_letter.__contains__,
                                                       map(_HEAD1, distinct))))
        maybe = self._pair_firsts.intersection(distinct)
        if not maybe and not starting:
            return
        maybe |= starting
        count = len(words)
        last_index = count - 1
        for i in compress(range(count), map(maybe.__contains__, words)):
            word = words[i]
            candidates = by_pair.get((word, words[i + 1])) if i < last_index else None
            if candidates is None:
                if word not in starting:
                    continue
                candidates = alone_get(word)
            if candidates is not None:
                for tokens, prefix, key, phrase in candidates:
                    n = len(tokens)
                    if i + n > count:
                        continue
                    last = words[i + n - 1]
                    last_ok = last.startswith(tokens[-1]) if prefix else last == tokens[-1]
                    if last_ok and (n < 3 or all(words[i + k] == tokens[k]
                                                 for k in range(1, n - 1))):
                        yield i, i + n - 1, key, phrase
            if prefix_get is None:
                continue
            group = prefix_get(word[:2])
            if group is not None:
                for head, key in group:
                    if word.startswith(head):
                        yield i, i, key, word
            if one_letter is not None:
                for _head, key in one_letter.get(word[:1], ()):
                    yield i, i, key, word
