"""Masking of numbers that must never be stored: NIR, payment card numbers, IBANs.

Free text typed or pasted by the person (or written by a criminal) is
scanned before storage; a French social-security number (NIR, checked with its key), a card
number (Luhn) or an IBAN (mod 97) is replaced by its last 4 characters, the other letters and
digits becoming "•" (separators are kept, so ``4970 1012 3456 7890`` becomes
``•••• •••• •••• 7890``). ``Masked.kinds`` says what was found so the window can explain it.

Groups of a number may be separated by up to three separator characters: spaces (including
no-break, thin and other Unicode spaces), dots, dashes, slashes and invisible characters.
Only numbers that pass their check are masked: dates, phone numbers, amounts and order
numbers stay as they are.

The work per place where a number could start is bounded. Past ``MAX_CANDIDATES`` such places
(only hostile text has that many) the rest of the text is masked conservatively: every digit
is masked, so no cap ever leaves a number in clear. Plain Python, no Qt, never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

NIR = "nir"
CARD = "card"
IBAN = "iban"
KINDS: tuple[str, ...] = (NIR, CARD, IBAN)
MASK = "•"
# Places where a number could start that are checked one by one; real text has a handful
# per message (real mail: about one per 3 kB). Past this, see the module docstring.
MAX_CANDIDATES = 20_000
MAX_SEPARATORS = 3  # between two groups: "  ", " / ", " - "
# Characters a number can span at most (34 letters or digits of an IBAN and separators):
# ``mask_clipped`` looks this far past its limit so that a cut never hides a number.
REACH = 34 + 33 * MAX_SEPARATORS

# Spaces of every width (U+00A0, U+2000-U+200A, U+202F, U+205F, U+3000), dots, dashes (ASCII,
# Unicode hyphens and minus), slashes, and invisible characters that pasting may bring along
# (zero-width space and joiners, word joiner, BOM, soft hyphen).
_SEP_CLASS = ("[ .\\-/\u00a0\u2000-\u200d\u2010-\u2015\u2212\u2215\u202f\u205f\u2060"
              "\u3000\ufeff\u00ad]")
_SEP = f"{_SEP_CLASS}{{0,{MAX_SEPARATORS}}}"
_ALNUM = "[0-9A-Za-z]"

# Where a candidate may start: a digit not preceded by a digit ("carte4970…" counts), or
# two letters at the start of a word and two digits (an IBAN, "FR76" or "FR 76").
# The look-aheads skip in C what is too short to be a number: 13 characters at least for a
# card or a NIR, 15 for an IBAN.
_START = re.compile(
    rf"(?<![0-9])[0-9](?=(?:{_SEP}[0-9ABab]){{12}})"
    rf"|(?<![0-9A-Za-z])[A-Za-z]{{2}}{_SEP}[0-9]{_SEP}[0-9](?=(?:{_SEP}{_ALNUM}){{11}})")
# From a start: at most n letters/digits with separator runs between them (bounded work).
_DIGIT_CHAIN = re.compile(rf"[0-9](?:{_SEP}[0-9]){{0,18}}")  # a card: 13 to 19 digits
_NIR_CHAIN = re.compile(rf"{_ALNUM}(?:{_SEP}{_ALNUM}){{0,14}}")  # 15, with 2A / 2B
_IBAN_CHAIN = re.compile(rf"{_ALNUM}(?:{_SEP}{_ALNUM}){{0,33}}")  # 15 to 34
_DIGIT_GROUP = re.compile(r"[0-9]+")
_ALNUM_GROUP = re.compile(r"[0-9A-Za-z]+")
_DIGIT = re.compile(r"[0-9]")
_ALNUM_CHAR = re.compile(r"[0-9A-Za-z]")
_ASCII_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_NIR_FORMAT = re.compile(r"[1-478][0-9]{4}(?:[0-9]{2}|2[AB])[0-9]{8}")
_IBAN_FORMAT = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")

_BASE36 = str.maketrans({chr(c): str(c - 55) for c in range(ord("A"), ord("Z") + 1)})

# IBAN lengths of the countries people in France meet most; others: 15 to 34.
_IBAN_LENGTHS = {
    "FR": 27, "MC": 27, "BE": 16, "DE": 22, "ES": 24, "IT": 27, "PT": 25, "LU": 20,
    "NL": 18, "CH": 21, "GB": 22, "IE": 22, "AT": 20, "PL": 28, "RO": 24, "LT": 20,
    "MT": 31, "CY": 28, "GR": 27, "SE": 24, "DK": 18, "FI": 18, "NO": 15,
}


@dataclass(frozen=True)
class Masked:
    """The text with sensitive numbers masked, and which kinds were found (in KINDS order).
    ``blanket`` is True when part of a hostile text was masked conservatively (every digit),
    without telling which kinds were there."""

    text: str
    kinds: frozenset[str] = frozenset()
    blanket: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.kinds) or self.blanket


# python-stdnum does the checks; it is imported at the first candidate only (its utility
# module pulls in pkgutil, pydoc and ssl, tens of milliseconds at start-up).

def luhn_ok(digits: str) -> bool:
    from stdnum import luhn

    return bool(digits) and digits.isdigit() and luhn.checksum(digits) == 0


def card_ok(digits: str) -> bool:
    """A plausible payment card number: Luhn, and a length and first digits that card
    networks use. 14 digits is refused: that is a French SIRET (Luhn-checked too), far more
    common in letters than a Diners card; so are runs of one repeated digit."""
    n = len(digits)
    if n == 13:
        plausible = digits[0] == "4"
    elif n == 15:
        plausible = digits[:2] in ("34", "37")
    elif 16 <= n <= 19:
        plausible = digits[0] in "23456"
    else:
        return False
    return plausible and len(set(digits)) > 1 and luhn_ok(digits)


def nir_ok(compact: str) -> bool:
    """A 15-character NIR (Corsica ``2A``/``2B`` allowed) whose key matches."""
    from stdnum.fr import nir as stdnum_nir

    return bool(_NIR_FORMAT.fullmatch(compact)) and \
        stdnum_nir.calc_check_digits(compact) == compact[13:]


def iban_ok(compact: str) -> bool:
    """Mod 97 and a plausible length. The country's own account format is not checked: a
    number that passes mod 97 is masked even if its bank code is unusual."""
    from stdnum.iso7064 import mod_97_10

    if not _IBAN_FORMAT.fullmatch(compact):
        return False
    expected = _IBAN_LENGTHS.get(compact[:2])
    if expected is not None and len(compact) != expected:
        return False
    moved = compact[4:] + compact[:4]
    # stdnum converts letter by letter (about 20 microseconds here); the same arithmetic
    # through str.translate rejects 96 candidates in 97 first, at C speed.
    return int(moved.translate(_BASE36)) % 97 == 1 and mod_97_10.checksum(moved) == 1


def _boundary(text: str, end: int) -> bool:
    """A candidate may end at ``end``: not followed directly by a letter or digit."""
    return end >= len(text) or not (text[end].isascii() and text[end].isalnum())


def _read(text: str, start: int, chain: re.Pattern[str], group: re.Pattern[str]
          ) -> tuple[str, list[int]]:
    """The characters read from ``start`` (upper-cased, separators left out) and, longest
    first, how many of them end a group that no letter or digit follows: where a number
    may end."""
    m = chain.match(text, start)
    if m is None:
        return "", []
    stop = m.end()
    groups = group.findall(text, start, stop)
    counts = list(accumulate(map(len, groups)))
    if not _boundary(text, stop):
        counts.pop()  # the last group goes on past what was read, or into letters
    counts.reverse()
    return "".join(groups).upper(), counts


def _end_of(text: str, start: int, count: int) -> int:
    """The index just after the ``count``-th letter or digit from ``start``."""
    for g in _ALNUM_GROUP.finditer(text, start):
        count -= g.end() - g.start()
        if count <= 0:
            return g.end() + count
    return len(text)


def _find(text: str, start: int) -> tuple[int, str] | None:
    """The longest valid number starting at ``start``: (end, kind)."""
    first = text[start]
    if first.isdigit():
        found: tuple[int, str] | None = None
        if first in "123478":  # NIR: digits plus a possible 2A/2B; 15 characters
            compact, counts = _read(text, start, _NIR_CHAIN, _ALNUM_GROUP)
            if 15 in counts and nir_ok(compact[:15]):
                found = _end_of(text, start, 15), NIR
        if first in "23456":  # card: 13 to 19 digits
            compact, counts = _read(text, start, _DIGIT_CHAIN, _DIGIT_GROUP)
            for k in counts:
                if k >= 13 and card_ok(compact[:k]):
                    # A card whose first 15 digits happen to make a valid NIR: masking
                    # only the NIR would leave a fifth digit of the card in clear.
                    if found is None or _end_of(text, start, k) > found[0]:
                        found = _end_of(text, start, k), CARD
                    break
        return found
    compact, counts = _read(text, start, _IBAN_CHAIN, _ALNUM_GROUP)
    for k in counts:
        if k >= 15 and iban_ok(compact[:k]):
            return _end_of(text, start, k), IBAN
    return None


def _last_four(text: str, start: int, end: int) -> int:
    """Where the last 4 letters or digits of ``text[start:end]`` begin."""
    seen = 0
    i = end
    while i > start and seen < 4:
        i -= 1
        if text[i] in _ASCII_ALNUM:
            seen += 1
    return i


def _hidden(text: str) -> tuple[list[tuple[int, int]], set[str], int | None]:
    """The ranges to mask (merged, in order), the kinds found, and where conservative masking
    starts (None: the budget was not spent). Every start is examined, also inside a number
    already found, so a number that overlaps another one is masked too."""
    ranges: list[tuple[int, int]] = []
    kinds: set[str] = set()
    search_from = 0
    budget = MAX_CANDIDATES
    while (m := _START.search(text, search_from)) is not None:
        start = m.start()
        if budget == 0:
            return ranges, kinds, start
        budget -= 1
        search_from = start + 1  # the look-behinds skip the rest of a run of digits
        found = _find(text, start)
        if found is None:
            continue
        end, kind = found
        kinds.add(kind)
        stop = _last_four(text, start, end)
        if ranges and start <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], stop))
        else:
            ranges.append((start, stop))
    return ranges, kinds, None


def mask_sensitive(text: str | None) -> Masked:
    """Mask every valid NIR, card number and IBAN in ``text``; never raises."""
    if not text:
        return Masked(text or "")
    ranges, kinds, blanket_from = _hidden(text)
    if not ranges and blanket_from is None:
        return Masked(text)
    pieces: list[str] = []
    pos = 0
    for a, b in ranges:
        pieces.append(text[pos:a])
        pieces.append(_ALNUM_CHAR.sub(MASK, text[a:b]))
        pos = b
    blanket = False
    if blanket_from is not None:
        # Conservative: every digit from there on (letters alone, such as a country or
        # bank code, are no secret).
        cut = max(pos, blanket_from)
        pieces.append(text[pos:cut])
        rest = _DIGIT.sub(MASK, text[cut:])
        blanket = rest != text[cut:]
        pieces.append(rest)
    else:
        pieces.append(text[pos:])
    return Masked("".join(pieces), frozenset(kinds), blanket)


def mask_clipped(text: str | None, limit: int) -> Masked:
    """``text`` cut to ``limit`` characters, masked as if it had not been cut: a number
    across the cut is masked too, never left as a partial number in clear."""
    text = text or ""
    if len(text) <= limit:
        return mask_sensitive(text)
    masked = mask_sensitive(text[:limit + REACH])
    return Masked(masked.text[:limit], masked.kinds, masked.blanket)


def mask_all(*texts: str) -> tuple[list[str], frozenset[str]]:
    """Several fields at once: their masked texts and every kind found."""
    out: list[str] = []
    kinds: set[str] = set()
    for t in texts:
        m = mask_sensitive(t)
        out.append(m.text)
        kinds |= m.kinds
    return out, frozenset(kinds)
