"""Folding and phrase search: case, accents and typographic variants do not matter.

Phrases are matched word by word through a dictionary keyed by one rare word of each (its
anchor), so the cost is one set look-up per word of the message whatever the number of
phrases, and a comparison only where an anchor stands (a regex alternation of hundreds of
phrases tried at every character was 100 times slower on long mails).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate, compress, count, pairwise, repeat
from operator import add, itemgetter

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
    if not text.isascii():  # Latin-1 text (most French mail) by a table, see _latin_folded
        try:
            latin = text.encode("latin-1")
        except UnicodeEncodeError:  # a character beyond Latin-1: "€", "œ", an emoji…
            latin = b""
        if latin and not _LATIN_EXPANDED.search(latin):
            return latin.translate(_LATIN_FOLDED).decode("latin-1").casefold()
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return text.casefold()


def _latin_folded() -> tuple[bytes, re.Pattern[bytes]]:
    """What each Latin-1 character becomes, translated then decomposed without its accents
    ("é" "e", "\u00a0" " "), as a bytes table; and the characters that become something
    else than one Latin-1 character ("½" "1⁄2", "µ" the Greek letter), which it cannot hold.

    Each character of a text decomposes alone, and the marks removed are the only ones that
    canonical ordering could move (every character left is a base character): a text of
    Latin-1 characters none of which expands is folded by the table, one C pass instead of
    a normalisation and a regex.
    """
    table = bytearray(range(256))
    expanded = []
    for code in range(256):
        kept = _COMBINING.sub("", unicodedata.normalize(
            "NFKD", chr(code).translate(_APOSTROPHES)))
        if len(kept) == 1 and ord(kept) < 256 and not unicodedata.combining(kept):
            table[code] = ord(kept)
        else:
            expanded.append(re.escape(bytes([code])))
    return bytes(table), re.compile(b"[" + b"".join(expanded) + b"]")


_LATIN_FOLDED, _LATIN_EXPANDED = _latin_folded()


Word = tuple[int, int, str]  # start, end, text: plain tuples, a long mail has 20,000 words
_TEXT = itemgetter(2)  # of a Word
_HEAD1 = itemgetter(slice(0, 1))  # first letter of a word


def words(folded: str) -> list[Word]:
    """Words of folded text with their positions; apostrophes and hyphens separate words
    ("d'expiration" is "d" then "expiration"), in phrases and messages alike."""
    # The spans and texts of the matches of \w+, without a match object per word: split()
    # alternates gaps and words, and the running sum of their lengths is where each word
    # starts and ends.
    parts = _WORD_SPLIT.split(folded)
    bounds = list(accumulate(map(len, parts)))
    return list(zip(bounds[0:-1:2], bounds[1::2], parts[1::2], strict=True))


# The ASCII characters that are not part of a word (\w): made spaces, a text holding only
# ASCII is split by str.split, several times faster than the word pattern.
_ASCII_NOT_WORD = str.maketrans(dict.fromkeys(
    (c for c in map(chr, range(128)) if not (c.isalnum() or c == "_")), " "))
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
_FEW_OTHERS = 16  # distinct non-ASCII characters replaced one by one; more, by the regex


def _spaced(folded: str) -> str | None:
    """``folded`` with every character that is not part of a word made a space (each stays
    one character, so positions hold), when what is left is ASCII; ``None`` when a word
    holds a non-ASCII character (Cyrillic, Arabic, "œ"…), left to the word pattern."""
    if not folded.isascii():
        others = set(_NOT_ASCII.findall(folded))
        for other in others:
            if other.isalnum() or other == "_":  # what \w matches
                return None
        if len(others) > _FEW_OTHERS:
            folded = _NOT_ASCII.sub(" ", folded)
        else:
            for other in others:
                folded = folded.replace(other, " ")
    return folded.translate(_ASCII_NOT_WORD)


def word_texts(folded: str) -> list[str]:
    """The texts of ``words(folded)``, without their positions."""
    spaced = _spaced(folded)
    return spaced.split() if spaced is not None else _WORD.findall(folded)


class Words:
    """The words of a folded text (``texts``, as ``words`` splits them), their spans worked
    out only when asked: most words are never part of a phrase found."""

    __slots__ = ("_bounds", "_parts", "_spaced", "_starts", "texts")

    def __init__(self, folded: str) -> None:
        self._bounds: list[int] | None = None
        self._starts: list[int] | None = None
        self._spaced = _spaced(folded)
        if self._spaced is not None:  # words between spaces only
            self._parts: list[str] = []
            self.texts: list[str] = self._spaced.split()
        else:
            self._parts = _WORD_SPLIT.split(folded)
            self.texts = self._parts[1::2]

    def _word_starts(self) -> list[int]:
        """Where each word starts, from the text with spaces between words: split at each
        space, a piece starts after the pieces and spaces before it; the empty pieces are
        the spaces between words."""
        if self._starts is None:
            assert self._spaced is not None
            pieces = self._spaced.split(" ")
            self._starts = list(compress(
                map(add, accumulate(map(len, pieces), initial=0), count()), pieces))
        return self._starts

    def _found_starts(self, firsts: list[int]) -> list[int]:
        """Where each word of ``firsts`` (in order) starts, each found after the one before.

        Between spaces, a word is found whole: the word asked for is the next occurrence of
        its text after as many as the words between hold (counted in the list). The text is
        read up to the last word asked for, once, and a word's text searched for only where
        it stands again in between.
        """
        assert self._spaced is not None
        texts = self.texts
        padded = " " + self._spaced + " "  # a word at position p is " word " at p here
        result: list[int] = []
        after = 0  # search from here in padded: the words before are behind
        previous = -1  # the last word found
        for first in firsts:
            text = texts[first]
            if first == previous:
                result.append(result[-1])
                continue
            mark = " " + text + " "
            at = padded.find(mark, after)
            for _ in range(texts[previous + 1:first].count(text)):
                at = padded.find(mark, at + len(text) + 1)
            result.append(at)
            after = at + len(text) + 1
            previous = first
        return result

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Where word ``first`` starts and word ``last`` ends in the folded text."""
        if self._spaced is not None:
            starts = self._word_starts()
            return starts[first], starts[last] + len(self.texts[last])
        if self._bounds is None:  # gaps and words alternate: running sums are the bounds
            self._bounds = list(accumulate(map(len, self._parts)))
        return self._bounds[2 * first], self._bounds[2 * last + 1]

    def starts(self, firsts: list[int]) -> list[int]:
        """Where each word of ``firsts`` starts in the folded text.

        Words in order (phrases found are) are found one after the other in the text with
        spaces between words, or reached by adding the lengths of the gaps and words since
        the previous one: each part is read once, and those after the last word asked for
        not at all.
        """
        if not firsts:
            return []
        if self._spaced is not None:
            if self._starts is not None or any(b < a for a, b in pairwise(firsts)):
                starts = self._word_starts()
                return [starts[first] for first in firsts]
            return self._found_starts(firsts)
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
        self._anchored = _anchored(self._by_first)
        self._anchors = set(self._anchored)  # a set: its intersections are sets, added to
        # Whether a word may start with a one-word prefix: searched in the distinct words
        # joined, each after a space, so a word starting with one is always found (a word
        # holding a space, which no split word does, may be found wrongly: harmless, each
        # word is compared afterwards). Most messages hold none, and skip the comparisons.
        # The look-ahead for a first letter fails at once at most spaces.
        heads = sorted({head for table in (self._prefixes, self._one_letter)
                        for group in table.values() for head, _key in group})
        self._heads = tuple(heads)
        self._any_prefix = re.compile(
            " (?=[" + "".join(sorted({re.escape(head[0]) for head in heads})) + "])(?:"
            + "|".join(map(re.escape, heads)) + ")").search if heads else None
        self._prefix_heads = tuple(head for group in self._prefixes.values()
                                   for head, _key in group)

    def find(self, ws: list[Word]) -> Iterator[Hit]:
        """The phrases found in words split by ``words``, in order."""
        for first, last, key, phrase in self.matches(list(map(_TEXT, ws))):
            yield Hit(key, phrase, ws[first][0], ws[last][1])

    def matches(self, words: list[str], distinct: Collection[str] | None = None,
                folded: str | None = None) -> Iterator[tuple[int, int, str, str]]:
        """(first word, last word, key, phrase) of each phrase found in ``words`` (texts of
        folded words; ``distinct`` their set when already made; ``folded`` the text they
        were split from, when at hand), in order; a prefix gives the word that it starts.

        At one word the phrases starting there come longest first, as listed among equals,
        then the one-word prefixes it starts with, as listed.
        """
        # The hot loop of the analysis (every word of every message, for each list): only
        # the positions of the anchors present (the distinct words tell which) are looked
        # at, the phrases found there sorted back into the order of their first words.
        if not isinstance(words, list):
            words = list(words)
        if distinct is None:
            distinct = set(words)
        watched = self._anchors.intersection(distinct)
        # The words that start with a one-word prefix are picked among the distinct words,
        # when any may (few do): when the text holds one (a word starting with one is in
        # it), a few substring searches, else found in the distinct words joined.
        prefix_get = one_letter = None
        if self._any_prefix is not None and (
                any(map(folded.__contains__, self._heads)) if folded is not None
                else self._any_prefix(" " + " ".join(distinct))):
            if self._prefixes:
                prefixed = list(compress(distinct, map(str.startswith, distinct,
                                                       repeat(self._prefix_heads))))
                if prefixed:
                    watched.update(prefixed)
                    prefix_get = self._prefixes.get
            if self._one_letter:
                prefixed = list(compress(distinct, map(self._one_letter.__contains__,
                                                       map(_HEAD1, distinct))))
                if prefixed:
                    watched.update(prefixed)
                    one_letter = self._one_letter
        if not watched:
            return
        anchored_get = self._anchored.get
        count = len(words)
        found: list[tuple[int, int, int, str, str]] = []  # first, rank at first, last, key, phrase
        for at in compress(range(count), map(watched.__contains__, words)):
            word = words[at]
            anchored = anchored_get(word)
            if anchored is not None:
                for offset, n, whole, prefix, listed in anchored:
                    first = at - offset
                    if n > 1:
                        if first < 0 or first + n > count:
                            continue
                        if prefix is None:
                            if words[first:first + n] != whole:
                                continue
                        elif not (words[first + n - 1].startswith(prefix)
                                  and words[first:first + n - 1] == whole):
                            continue
                    last = first + n - 1
                    for rank, key, phrase in listed:
                        found.append((first, rank, last, key, phrase))
            if prefix_get is not None:
                group = prefix_get(word[:2])
                if group is not None:
                    for rank, (head, key) in enumerate(group, _PREFIX_RANK):
                        if word.startswith(head):
                            found.append((at, rank, at, key, word))
            if one_letter is not None:
                for rank, (_head, key) in enumerate(one_letter.get(word[:1], ()),
                                                    _ONE_LETTER_RANK):
                    found.append((at, rank, at, key, word))
        found.sort(key=_FIRST_AND_RANK)
        for first, _rank, last, key, phrase in found:
            yield first, last, key, phrase


# Ranks of the one-word prefixes at a word, after every phrase starting there.
_PREFIX_RANK = 1 << 30
_ONE_LETTER_RANK = 2 << 30
_FIRST_AND_RANK = itemgetter(0, 1)
# Phrases of the same words at their anchor: the anchor's place in them, their length, their
# words compared whole (all but a final prefix), that prefix or None, and each one's rank
# among the phrases of its first word, key and phrase as listed. The same phrase is often
# listed in several languages or sections: its words are compared once.
_Anchored = tuple[int, int, list[str], str | None, list[tuple[int, str, str]]]


def _anchored(by_first: dict[str, list[_Candidate]]) -> dict[str, list[_Anchored]]:
    """The phrases by one word of each, the anchor, chosen rare in mail so that few
    positions are looked at: a word of four letters or more ("a", "to", "de" are
    everywhere), held by the fewest phrases ("your", "votre" start many), the longest; never
    a final prefix, which no word equals."""
    held = Counter(token for candidates in by_first.values()
                   for tokens, _prefix, _key, _phrase in candidates for token in set(tokens))
    shapes: dict[tuple[str, int, tuple[str, ...], bool], _Anchored] = {}
    result: dict[str, list[_Anchored]] = {}
    for candidates in by_first.values():
        for rank, (tokens, prefix, key, phrase) in enumerate(candidates):
            whole = len(tokens) - 1 if prefix else len(tokens)  # >= 1: see PhraseIndex

            def rarity(k: int, tokens: tuple[str, ...] = tokens) -> tuple[bool, int, int, int]:
                return len(tokens[k]) >= 4, -held[tokens[k]], len(tokens[k]), -k

            offset = max(range(whole), key=rarity)
            shape = shapes.get((tokens[offset], offset, tokens, prefix))
            if shape is None:
                shape = (offset, len(tokens), list(tokens[:whole]),
                         tokens[-1] if prefix else None, [])
                shapes[tokens[offset], offset, tokens, prefix] = shape
                result.setdefault(tokens[offset], []).append(shape)
            shape[4].append((rank, key, phrase))
    return result
