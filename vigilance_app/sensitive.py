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

_SEPARATORS = " .-\u00a0\u202f"
# Where a candidate may start: a digit (NIR, card) or two letters and two digits (IBAN),
# not glued to a preceding letter or digit.
_START = re.compile(r"(?<![0-9A-Za-z])(?:[0-9]|[A-Za-z]{2}[0-9]{2})")

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


def _chain(text: str, start: int, limit: int, letters: bool) -> list[tuple[int, str]]:
    """From ``start``: (end index, compact text) after each letter/digit, single separators
    allowed between them, at most ``limit`` characters kept."""
    out: list[tuple[int, str]] = []
    compact: list[str] = []
    i = start
    n = len(text)
    while i < n and len(compact) < limit:
        ch = text[i]
        if ch.isascii() and (ch.isdigit() or (letters and ch.isalpha())):
            compact.append(ch.upper())
            i += 1
            out.append((i, "".join(compact)))
            continue
        if ch in _SEPARATORS and compact and i + 1 < n and text[i + 1].isascii() and (
                text[i + 1].isdigit() or (letters and text[i + 1].isalpha())):
            i += 1
            continue
        break
    return out


def _boundary(text: str, end: int) -> bool:
    """The candidate ends at ``end``: not followed directly by a letter or digit."""
    return end >= len(text) or not (text[end].isascii() and text[end].isalnum())


def _find(text: str, start: int) -> tuple[int, str] | None:
    """The longest valid number starting at ``start``: (end, kind)."""
    first = text[start]
    if first.isdigit():
        # NIR: digits plus a possible 2A/2B; 15 characters.
        for end, compact in reversed(_chain(text, start, 15, letters=True)):
            if len(compact) == 15 and _boundary(text, end) and nir_ok(compact):
                return end, NIR
        chain = _chain(text, start, 19, letters=False)
        for end, compact in reversed(chain):
            if 13 <= len(compact) <= 19 and _boundary(text, end) and luhn_ok(compact) \
                    and len(set(compact)) > 1:
                return end, CARD
        return None
    for end, compact in reversed(_chain(text, start, 34, letters=True)):
        if len(compact) >= 15 and _boundary(text, end) and iban_ok(compact):
            return end, IBAN
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
    while True:
        m = _START.search(scanned, search_from)
        if m is None:
            break
        start = m.start()
        found = _find(scanned, start)
        if found is None:
            # Skip the rest of this run of letters/digits: a number never starts inside it.
            search_from = start + 1
            while search_from < len(scanned) and scanned[search_from].isascii() \
                    and scanned[search_from].isalnum():
                search_from += 1
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
