"""Masking of numbers that must never be stored: NIR, payment card numbers, IBANs.

DESIGN.md rule 5: free text typed or pasted by the person (or written by a criminal) is
scanned before storage; a French social-security number (NIR, checked with its key), a card
number (Luhn) or an IBAN (mod 97) is replaced by its last 4 characters, the other letters and
digits becoming "•" (separators are kept, so ``4970 1012 3456 7890`` becomes
``•••• •••• •••• 7890``). ``Masked.kinds`` says what was found so the window can explain it.

Only numbers that pass their check are masked: dates, phone numbers, amounts and order numbers
stay as they are. Plain Python, no Qt, bounded work on any input (linear scan, short windows).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NIR = "nir"
CARD = "card"
IBAN = "iban"
KINDS: tuple[str, ...] = (NIR, CARD, IBAN)
MASK = "•"
MAX_TEXT = 2_000_000  # characters scanned; longer text is scanned up to here, kept as is after
# Places where a number could start that are examined, at most: real text has a handful;
# a hostile text of digits and spaces ("4 4 4 4 …") would otherwise cost seconds.
MAX_CANDIDATES = 20_000

_SEPARATORS = " .-\u00a0\u202f"
# Where a candidate may start: a digit not preceded by a digit ("carte4970…" counts), or
# two letters and two digits at the start of a word (an IBAN).
_START = re.compile(r"(?<![0-9])[0-9]|(?<![0-9A-Za-z])[A-Za-z]{2}[0-9]{2}")

# IBAN lengths of the countries people in France meet most; others: 15 to 34.
_IBAN_LENGTHS = {
    "FR": 27, "MC": 27, "BE": 16, "DE": 22, "ES": 24, "IT": 27, "PT": 25, "LU": 20,
    "NL": 18, "CH": 21, "GB": 22, "IE": 22, "AT": 20, "PL": 28, "RO": 24, "LT": 20,
    "MT": 31, "CY": 28, "GR": 27, "SE": 24, "DK": 18, "FI": 18, "NO": 15,
}


@dataclass(frozen=True)
class Masked:
    """The text with sensitive numbers masked, and which kinds were found (in KINDS order)."""

    text: str
    kinds: frozenset[str] = frozenset()

    @property
    def changed(self) -> bool:
        return bool(self.kinds)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


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
    """A 15-character NIR (Corsica ``2A``/``2B`` allowed) whose key matches.

    The key is 97 minus the first 13 digits modulo 97; for Corsica ``2A`` counts as ``19``
    and ``2B`` as ``18`` (INSEE rule).
    """
    if not re.fullmatch(r"[1-478][0-9]{4}(?:[0-9]{2}|2[AB])[0-9]{8}", compact):
        return False
    dept = {"2A": "19", "2B": "18"}.get(compact[5:7], compact[5:7])
    body = compact[:5] + dept + compact[7:13]
    return int(compact[13:]) == 97 - int(body) % 97


def iban_ok(compact: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}", compact):
        return False
    expected = _IBAN_LENGTHS.get(compact[:2])
    if expected is not None and len(compact) != expected:
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def _chain(text: str, start: int, limit: int, letters: bool) -> tuple[list[int], str]:
    """From ``start``: the letters/digits read (upper-cased, at most ``limit``), single
    separators allowed between them, and the text index just after each one."""
    ends: list[int] = []
    compact: list[str] = []
    i = start
    n = len(text)
    while i < n and len(compact) < limit:
        ch = text[i]
        if ch in _DIGITS or (letters and ch in _LETTERS):
            compact.append(ch)
            i += 1
            ends.append(i)
            continue
        if ch in _SEPARATORS and compact and i + 1 < n and (
                text[i + 1] in _DIGITS or (letters and text[i + 1] in _LETTERS)):
            i += 1
            continue
        break
    return ends, "".join(compact).upper()


_DIGITS = frozenset("0123456789")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _boundary(text: str, end: int) -> bool:
    """The candidate ends at ``end``: not followed directly by a letter or digit."""
    return end >= len(text) or not (text[end].isascii() and text[end].isalnum())


def _find(text: str, start: int) -> tuple[int, str] | None:
    """The longest valid number starting at ``start``: (end, kind)."""
    first = text[start]
    if first in _DIGITS:
        if first in "123478":  # NIR: digits plus a possible 2A/2B; 15 characters
            ends, compact = _chain(text, start, 15, letters=True)
            if len(compact) == 15 and _boundary(text, ends[14]) and nir_ok(compact):
                return ends[14], NIR
        if first in "23456":  # card: 13 to 19 digits
            ends, compact = _chain(text, start, 19, letters=False)
            for k in range(len(compact), 12, -1):
                if _boundary(text, ends[k - 1]) and card_ok(compact[:k]):
                    return ends[k - 1], CARD
        return None
    ends, compact = _chain(text, start, 34, letters=True)
    for k in range(len(compact), 14, -1):
        if _boundary(text, ends[k - 1]) and iban_ok(compact[:k]):
            return ends[k - 1], IBAN
    return None


def _mask_span(span: str) -> str:
    alnum = [i for i, ch in enumerate(span) if ch.isalnum()]
    hide = set(alnum[:-4])
    return "".join(MASK if i in hide else ch for i, ch in enumerate(span))


def mask_sensitive(text: str | None) -> Masked:
    """Mask every valid NIR, card number and IBAN in ``text``; never raises."""
    if not text:
        return Masked(text or "")
    scanned, rest = text[:MAX_TEXT], text[MAX_TEXT:]
    pieces: list[str] = []
    kinds: set[str] = set()
    pos = 0
    search_from = 0
    budget = MAX_CANDIDATES
    while budget > 0:
        m = _START.search(scanned, search_from)
        if m is None:
            break
        budget -= 1
        start = m.start()
        found = _find(scanned, start)
        if found is None:
            search_from = start + 1  # the look-behinds skip the rest of a run of digits
            continue
        end, kind = found
        pieces.append(scanned[pos:start])
        pieces.append(_mask_span(scanned[start:end]))
        kinds.add(kind)
        pos = search_from = end
    if not kinds:
        return Masked(text)
    pieces.append(scanned[pos:])
    return Masked("".join(pieces) + rest, frozenset(kinds))


def mask_all(*texts: str) -> tuple[list[str], frozenset[str]]:
    """Several fields at once: their masked texts and every kind found."""
    out: list[str] = []
    kinds: set[str] = set()
    for t in texts:
        m = mask_sensitive(t)
        out.append(m.text)
        kinds |= m.kinds
    return out, frozenset(kinds)
