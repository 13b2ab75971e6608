"""Sender identifiers: classify what the person typed or what the analysis found, normalise it
so the same sender written differently is recognised, and list the forms search should find.

- phone: E.164 with ``phonenumbers`` (region FR): ``06 12 34 56 78``, ``+33612345678`` and
  ``0033 6 12 34 56 78`` are all ``+33612345678``; French short numbers (``3646``) as is.
- email: lower-case address (its registrable domain is recorded separately as a domain,
  except for webmail providers shared by millions of people).
- domain: registrable domain (``www.ameli-secu.xyz`` -> ``ameli-secu.xyz``).
- url: the address as written, scheme and host lower-cased, capped; its domain separately.
- name: an SMS alphanumeric sender or a caller's name, case-folded, spaces collapsed.

``phonenumbers`` and the Public Suffix List are imported on first use (not at start-up).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS: tuple[str, ...] = ("phone", "email", "domain", "url", "name")
ROLES: tuple[str, ...] = ("sender", "content")
MAX_VALUE = 300

# Free webmail domains: many unrelated senders share them, so they do not make a repeat sender.
WEBMAIL = frozenset({
    "gmail.com", "googlemail.com", "hotmail.com", "hotmail.fr", "outlook.com", "outlook.fr",
    "live.com", "live.fr", "msn.com", "yahoo.com", "yahoo.fr", "icloud.com", "me.com",
    "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "neuf.fr", "laposte.net", "bbox.fr",
    "gmx.fr", "gmx.com", "gmx.de", "aol.com", "protonmail.com", "proton.me", "yandex.ru",
    "mail.ru", "numericable.fr", "club-internet.fr", "aliceadsl.fr",
})

_EMAIL = re.compile(r"[^\s@<>\"]{1,64}@([A-Za-z0-9\u00a1-\uffff.-]{1,253}\.[A-Za-z\u00a1-\uffff"
                    r"0-9-]{2,63})")
_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]{1,15}://|www\.)", re.I)
_DOMAIN = re.compile(r"^(?:[\w-]{1,63}\.){1,10}(?:[a-z]{2,24}|xn--[a-z0-9-]{1,59})\.?$", re.I)
_PHONEISH = re.compile(r"^[+(]?[0-9][0-9 .\-()/\u00a0]{2,24}$")


@dataclass(frozen=True)
class Identifier:
    """One normalised identifier: ``value`` is what matching uses, ``display`` what was written
    (shown to the person; a link is shown defanged by the window, never clickable)."""

    kind: str
    value: str
    display: str
    role: str = "sender"


def _clean(raw: str) -> str:
    return re.sub(r"\s+", " ", (raw or "").replace("\x00", "")).strip()[:MAX_VALUE]


def normalise_phone(raw: str) -> str | None:
    """E.164 (``+33612345678``), a French short number (``3646``), or None."""
    from vigilance_app.analysis import phones

    phone = phones.parse(raw)
    return phone.e164 if phone is not None else None


def registrable(host: str) -> str | None:
    from vigilance_app.analysis import domains

    return domains.registrable_domain(host)


def _url_host(url: str) -> str:
    rest = re.sub(r"^[a-z][a-z0-9+.-]{1,15}://", "", url, flags=re.I)
    host = re.split(r"[/?#]", rest, maxsplit=1)[0]
    host = host.rsplit("@", 1)[-1]
    return host.split(":", 1)[0].lower()


def classify(raw: str, role: str = "sender") -> list[Identifier]:
    """The identifiers in one string as written (may be several: an address and its domain).

    Never raises; an empty or meaningless string gives an empty list.
    """
    text = _clean(raw)
    if not text:
        return []
    out: list[Identifier] = []
    email = _EMAIL.search(text)
    if _URL.match(text):
        target = text.split(" ", 1)[0]
        host = _url_host(target)
        m = re.match(r"^((?:[a-z][a-z0-9+.-]{1,15}://)?)([^/?#]*)(.*)$", target, re.I | re.S)
        lowered = (m.group(1).lower() + m.group(2).lower() + m.group(3)) if m else target
        out.append(Identifier("url", lowered, target, role))
        domain = registrable(host) if host else None
        if domain:
            out.append(Identifier("domain", domain, host, role))
        return out
    if email is not None:
        address = email.group(0).strip("<>").lower()
        out.append(Identifier("email", address, address, role))
        domain = registrable(email.group(1))
        if domain and domain not in WEBMAIL:
            out.append(Identifier("domain", domain, email.group(1).lower(), role))
        return out
    if _PHONEISH.match(text):
        e164 = normalise_phone(text)
        if e164 is not None:
            return [Identifier("phone", e164, text, role)]
    if _DOMAIN.match(text) and not text.replace(".", "").isdigit():
        domain = registrable(text.rstrip("."))
        if domain:
            return [Identifier("domain", domain, text.lower(), role)]
    name = text.casefold()
    return [Identifier("name", name, text, role)]


def classify_all(raws: list[str] | tuple[str, ...], role: str = "sender") -> list[Identifier]:
    """Every identifier of several strings, each (kind, value) once, in order."""
    seen: set[tuple[str, str]] = set()
    out: list[Identifier] = []
    for raw in raws:
        for ident in classify(raw, role):
            key = (ident.kind, ident.value)
            if key not in seen:
                seen.add(key)
                out.append(ident)
    return out


def phone_search_forms(e164: str) -> list[str]:
    """The forms of a number put in the search index: ``33612345678`` (E.164 digits),
    ``0612345678`` and ``06 12 34 56 78`` for French numbers, the national digits otherwise."""
    digits = e164.lstrip("+")
    forms = [digits]
    if e164.startswith("+33") and len(digits) == 11:
        national = "0" + digits[2:]
        forms.append(national)
        forms.append(" ".join(national[i:i + 2] for i in range(0, 10, 2)))
    return forms


def search_text(identifiers: list[Identifier]) -> str:
    """What the FTS ``senders`` column holds for these identifiers."""
    parts: list[str] = []
    for ident in identifiers:
        parts.append(ident.display)
        if ident.kind == "phone":
            parts.extend(phone_search_forms(ident.value))
        elif ident.value != ident.display.lower():
            parts.append(ident.value)
    return "\n".join(parts)


_PHONE_IN_QUERY = re.compile(r"(?:\+|\b)[0-9][0-9 .\-\u00a0]{2,24}[0-9]\b")


def compact_phone_query(text: str) -> str:
    """Join the digit groups of a number typed in a search box (``06 12 34`` -> ``061234``,
    ``+33 6 12`` -> ``33612``, ``0033 6`` -> ``336``) so it matches the indexed forms."""

    def join(m: re.Match[str]) -> str:
        chunk = m.group(0)
        digits = re.sub(r"[^0-9]", "", chunk)
        has_sep = len(digits) != len(chunk.lstrip("+"))
        if not (has_sep or chunk.startswith("+")) or len(digits) < 4:
            return chunk
        if not (chunk.startswith("+") or digits.startswith("0")):
            return chunk  # "3 000" euros, a year range: not a phone number
        if digits.startswith("00"):
            digits = digits[2:]
        return digits

    return _PHONE_IN_QUERY.sub(join, text)
