"""Mask card numbers, IBANs and French social-security numbers (NIR) in free text.

A review note is the person's own words, but people under stress paste what they see: a card
number from a statement, an IBAN from a direct-debit mandate. DESIGN.md asks that such values
never be stored: each is replaced by a mask ending with its last 4 characters.
"""

from __future__ import annotations

import re

# Digits with optional single spaces, dots or dashes between them.
_CARD = re.compile(r"(?<![\w])(?:\d[ .-]?){12,18}\d(?![\w])")
_IBAN_START = re.compile(r"(?<![\w])[A-Z]{2}\d{2}", re.IGNORECASE)
_NIR = re.compile(r"(?<![\w])[12][ .]?\d{2}[ .]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .]?(?:\d{2}|2[AB])"
                  r"[ .]?\d{3}[ .]?\d{3}[ .]?\d{2}(?![\w])", re.IGNORECASE)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def iban_ok(text: str) -> bool:
    compact = text.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in moved)
    return int(number) % 97 == 1


def nir_ok(text: str) -> bool:
    compact = re.sub(r"[ .]", "", text).upper()
    if len(compact) != 15:
        return False
    body, key = compact[:13], int(compact[13:])
    body = body.replace("2A", "19").replace("2B", "18")
    if not body.isdigit():
        return False
    return 97 - int(body) % 97 == key


def _mask(value: str) -> str:
    compact = re.sub(r"[ .-]", "", value)
    return "•" * 4 + compact[-4:]


def _mask_ibans(text: str) -> str:
    """IBANs written compact or in groups; the longest valid one from each country code."""
    out, pos = [], 0
    for start in _IBAN_START.finditer(text):
        if start.start() < pos:
            continue
        # Candidate ends: after each alphanumeric character, single spaces allowed inside.
        ends, count, i = [], 0, start.start()
        while i < len(text) and count < 34:
            if text[i].isalnum() and text[i].isascii():
                count += 1
                i += 1
                if count >= 15 and (i == len(text) or not text[i].isalnum()):
                    ends.append(i)
            elif text[i] == " " and i + 1 < len(text) and text[i + 1].isalnum():
                i += 1
            else:
                break
        for end in reversed(ends):
            if iban_ok(text[start.start():end]):
                out.append(text[pos:start.start()])
                out.append(_mask(text[start.start():end]))
                pos = end
                break
    out.append(text[pos:])
    return "".join(out)


def mask_sensitive(text: str) -> str:
    """``text`` with every valid NIR, IBAN and card number masked to its last 4 characters."""
    text = _NIR.sub(lambda m: _mask(m.group()) if nir_ok(m.group()) else m.group(), text)
    text = _mask_ibans(text)

    def card(m: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", m.group())
        return _mask(m.group()) if 13 <= len(digits) <= 19 and luhn_ok(digits) else m.group()

    return _CARD.sub(card, text)


def contains_sensitive(text: str) -> bool:
    return mask_sensitive(text) != text
