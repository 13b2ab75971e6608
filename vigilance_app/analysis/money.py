"""Amounts of money in a message ("642 €", "1,99 EUR", "€4.90", "12,50 euros")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TypeVar

MAX_TEXT = 50_000
MAX_AMOUNTS = 50

_CURRENCIES = {"€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "$": "USD",
               "usd": "USD", "£": "GBP", "gbp": "GBP"}
# Thousands grouped by space, no-break space, narrow no-break space or dot/comma; at most two
# decimals. Digit runs and thousand groups are bounded: an unbounded group made
# "111 111 111 …" (50,000 characters) take 40 s of backtracking; bounded, it is linear.
_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3}){1,4}(?:[.,]\d{1,2})?|\d{1,9}(?:[.,]\d{1,2})?"
_CUR = r"€|\$|£|\beur(?:os?)?\b|\busd\b|\bgbp\b"
# Where a currency starts: what r"€|\$|£|eur|usd|gbp" finds with re.I ("ſ" is an "s" then),
# written with the first character as a set so the regex engine skips ahead to it (a
# case-insensitive alternation is tried at every character).
_ANY_CURRENCY = re.compile(
    r"[€$£eEuUgG](?:(?<=[€$£])|(?<=[eE])[uU][rR]|(?<=[uU])[sSſ][dD]|(?<=[gG])[bB][pP])")
_AMOUNT = re.compile(
    rf"(?P<pre>{_CUR})\s?(?P<n1>{_NUMBER})(?!\d)|(?<![\d.,])(?P<n2>{_NUMBER})\s?(?P<post>{_CUR})",
    re.I,
)


@dataclass(frozen=True)
class Amount:
    raw: str
    value: Decimal
    currency: str  # ISO 4217

    def to_json(self) -> dict[str, str]:
        return {"raw": self.raw, "value": str(self.value), "currency": self.currency}


_SPACES = re.compile(r"[ \u00a0\u202f]")
_DECIMALS = re.compile(r"[.,](\d{1,2})$")
_SEPARATORS = re.compile(r"[.,]")


def _to_decimal(number: str) -> Decimal | None:
    digits = _SPACES.sub("", number)
    # The last separator followed by one or two digits is the decimal mark ("1,99", "4.90");
    # any other separator groups thousands ("1.250,00", "1,250").
    m = _DECIMALS.search(digits)
    if m:
        whole = _SEPARATORS.sub("", digits[: m.start()])
        digits = f"{whole}.{m.group(1)}"
    else:
        digits = _SEPARATORS.sub("", digits)
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


# Characters around a currency sign or code where an amount with it can lie: the longest
# number (22), a space and the longest code ("euros"), with room for the look-arounds.
_REACH = 40
_BESIDE = 2
_DIGIT = re.compile(r"\d")
_Text = TypeVar("_Text", str, bytes)


def _amounts(text: str) -> Iterator[re.Match[str]]:
    """``_AMOUNT.finditer(text)``, searching only near the currencies.

    Every amount holds a currency, and every currency starts with what ``_ANY_CURRENCY``
    finds; so the scan is run on the stretches within ``_REACH`` of those, merged when they
    meet. No amount crosses a stretch's end (its currency would have stretched it), and the
    scan sees the characters before a stretch (look-behinds read the whole text). A currency
    with no digit within ``_BESIDE`` characters before it or after it (and "os" of "euros")
    is in no amount: the number touches it, or is one space away.
    """
    start = end = -1
    for hit_start, hit_end in _currencies(text):
        if not _DIGIT.search(text, max(0, hit_start - _BESIDE), hit_end + _BESIDE + 2):
            continue
        if start >= 0 and hit_start - _REACH <= end:
            end = hit_end + _REACH
            continue
        if start >= 0:
            yield from _AMOUNT.finditer(text, start, end)
        start, end = max(0, hit_start - _REACH), hit_end + _REACH
    if start >= 0:
        yield from _AMOUNT.finditer(text, start, end)


# What _ANY_CURRENCY finds, lower-cased: no other character lower-cases to one of these
# letters (a test checks every code point), and no two of them can overlap.
_CURRENCY_TEXTS = ("€", "$", "£", "eur", "usd", "uſd", "gbp")
# The same but "uſd", in ASCII and outside it: the signs outside ASCII are looked for in the
# text, the others in its ASCII characters lower-cased.
_ASCII_CURRENCIES = ("$", "eur", "usd", "gbp")
_ASCII_CODES = tuple(code.encode("ascii") for code in _ASCII_CURRENCIES)
_OTHER_CURRENCIES = ("€", "£")


def _currencies(text: str) -> list[tuple[int, int]]:
    """The spans of ``_ANY_CURRENCY.finditer(text)``, in order.

    The letters the pattern tests at each "e", "u" and "g" of the text (a tenth of it) cost
    more than a ``str.find`` of each currency in the text lower-cased. Lower-casing a text
    that is not all ASCII costs more than its ASCII bytes, each character outside ASCII
    replaced by one "?" (at the same place): only ASCII characters lower-case to the letters
    of "eur", "usd" and "gbp" (a test checks every code point). "ſ" (of "uſd") is outside
    ASCII: a text holding it is lower-cased whole.
    """
    spans: list[tuple[int, int]] = []
    if text.isascii():
        lower = text.lower()
        for code in _ASCII_CURRENCIES:
            _spans_of(lower, code, spans)
        spans.sort()
        return spans
    if "ſ" in text:
        lower = text.lower()
        if len(lower) != len(text):
            return [m.span() for m in _ANY_CURRENCY.finditer(text)]
        for needle in _CURRENCY_TEXTS:
            _spans_of(lower, needle, spans)
        spans.sort()
        return spans
    for sign in _OTHER_CURRENCIES:
        _spans_of(text, sign, spans)
    folded = text.encode("ascii", "replace").lower()
    for ascii_code in _ASCII_CODES:
        _spans_of(folded, ascii_code, spans)
    spans.sort()
    return spans


def _spans_of(text: _Text, needle: _Text, spans: list[tuple[int, int]]) -> None:
    """Appends the spans of ``needle`` in ``text``, each after the one before."""
    size = len(needle)
    at = text.find(needle)
    while at >= 0:
        spans.append((at, at + size))
        at = text.find(needle, at + size)


def find(text: str) -> tuple[Amount, ...]:
    text = (text or "")[:MAX_TEXT]
    found: list[Amount] = []  # most text has no currency: then _amounts scans nothing
    for m in _amounts(text):
        number = m.group("n1") or m.group("n2")
        currency = _CURRENCIES.get((m.group("pre") or m.group("post")).lower(), "EUR")
        value = _to_decimal(number)
        if value is not None:
            found.append(Amount(m.group(0), value, currency))
        if len(found) >= MAX_AMOUNTS:
            break
    return tuple(found)
