"""Pasted text (an SMS, an email body with or without its headers, a call or letter
described in words) turned into the same ParsedMessage an .eml gives."""

from __future__ import annotations

import re
from dataclasses import replace

from .headers import addresses, decode_words, parse_date
from .headers import sender as parse_sender
from .limits import (
    MAX_INPUT_BYTES,
    MAX_LINKS,
    MAX_TEXT_CHARS,
    WARN_TEXT_TRUNCATED,
    WARN_TOO_MANY_LINKS,
    AnalysisError,
    InputTooLarge,
)
from .message import CHANNELS, Link, ParsedMessage

# Top-level domains accepted for a bare "name.tld/path" without scheme or www: the common
# ones and those scammers favour. A closed list keeps "M.Dupont" or "fichier.pdf" out.
_BARE_TLDS = (
    "fr|com|net|org|info|eu|be|ch|de|uk|es|it|nl|pt|pl|lu|ca|us|io|co|me|ly|gl|gd|to|cc|tv|"
    "xyz|top|online|site|website|shop|store|app|live|link|click|buzz|icu|vip|club|biz|pro|"
    "support|help|services|service|info|cloud|tk|ml|ga|cf|gq|ru|cn|su|in|re|gp|mq|yt|nc|pf|"
    "bzh|paris|page|dev|win|bid|loan|work|life|world|today|email|digital|network|security|"
    "finance|money|bank|care|health|mobi|asia|one|space|fun|monster|sbs|cfd|lol|rest|bond|cyou"
)
_TRAIL = ".,;:!?)]}'\"»>…"
# Possessive quantifiers keep every pattern linear on hostile text ("a.a.a.a…").
_URL = re.compile(
    r"(?<![\w@.\-/])(?:"
    r"(?:https?|hxxps?)://[^\s<>\"'`{}|\\^]++"
    r"|www\.[\w\-]++(?:\.[\w\-]++)++(?:[/?#][^\s<>\"'`{}|\\^]*+)?"
    r"|(?:[a-z0-9](?:[\w\-]*+)\.)++(?:" + _BARE_TLDS + r")(?![\w\-@])"
    r"(?:[/?#][^\s<>\"'`{}|\\^]*+)?"
    r")",
    re.IGNORECASE,
)
# Pasted mail headers, as mail programs show them in English and French.
_HEADER = re.compile(
    r"^[ \t]*(from|de|to|à|a|cc|subject|objet|sujet|date|envoyé|sent|reply-to|"
    r"répondre à|return-path)[ \t]*:[ \t]*(.*)$",
    re.IGNORECASE,
)
_SENDER_HEADERS = ("from", "de")
_SUBJECT_HEADERS = ("subject", "objet", "sujet")
_DATE_HEADERS = ("date", "envoyé", "sent")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{2,30}$")
_MAX_HEADER_LINES = 30


def find_links(text: str) -> tuple[Link, ...]:
    """URLs written in plain text (http(s)://, www., or a bare domain with a known TLD)."""
    found: dict[str, None] = {}
    for match in _URL.finditer(text):
        url = match.group(0)
        while url and url[-1] in _TRAIL:
            if url[-1] == ")" and url.count("(") >= url.count(")"):
                break
            url = url[:-1]
        if "." in url and url not in found:
            found[url] = None
            if len(found) >= MAX_LINKS:
                break
    return tuple(Link(target=url) for url in found)


def _sender_fields(given: str | None) -> tuple[str | None, str | None]:
    """A phone number or email address goes in the address, an SMS name in the name."""
    if given is None or not given.strip():
        return None, None
    given = given.strip()[:200]
    if "@" in given:
        name, address = parse_sender(given)
        if address:
            return name, address
    if _PHONE.match(given) and sum(ch.isdigit() for ch in given) >= 3:
        return None, given
    return given, None


def _split_headers(text: str) -> tuple[dict[str, str], str]:
    """Leading "From:/Subject:" lines (English or French) and the rest of the text."""
    lines = text.lstrip("\ufeff \t\r\n").split("\n", _MAX_HEADER_LINES)
    headers: dict[str, str] = {}
    consumed = 0
    for line in lines[:_MAX_HEADER_LINES]:
        match = _HEADER.match(line.rstrip("\r"))
        if match is None:
            if not line.strip():
                consumed += 1
            break
        headers.setdefault(match.group(1).lower(), match.group(2).strip())
        consumed += 1
    if not any(key in headers for key in _SENDER_HEADERS + _SUBJECT_HEADERS):
        return {}, text
    return headers, "\n".join(lines[consumed:])


def parse_text(text: str, channel: str, sender: str | None = None) -> ParsedMessage:
    """Parse pasted text; ``sender`` (number or name, as written) wins over pasted headers."""
    if channel not in CHANNELS:
        raise AnalysisError(f"Unknown channel: choose one of {', '.join(CHANNELS)}.")
    if len(text) > MAX_INPUT_BYTES:
        raise InputTooLarge(len(text))
    size = len(text.encode("utf-8", errors="replace"))
    warnings: list[str] = []
    headers, body = _split_headers(text)
    name, address = _sender_fields(sender)
    reply_to: tuple[str, ...] = ()
    return_path = None
    subject = ""
    date = None
    if headers:
        if name is None and address is None:
            raw_from = next((headers[k] for k in _SENDER_HEADERS if k in headers), "")
            if raw_from:
                name, address = parse_sender(raw_from[:2000])
        subject = decode_words(next((headers[k] for k in _SUBJECT_HEADERS if k in headers),
                                    ""))[:2000]
        raw_date = next((headers[k] for k in _DATE_HEADERS if k in headers), "")
        date = parse_date(raw_date) if raw_date else None
        raw_reply = headers.get("reply-to") or headers.get("répondre à") or ""
        reply_to = tuple(a for _, a in addresses(raw_reply[:2000]) if a) if raw_reply else ()
        return_path = headers.get("return-path", "").strip().strip("<>") or None
    body = body.replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(body) > MAX_TEXT_CHARS:
        body = body[:MAX_TEXT_CHARS]
        warnings.append(WARN_TEXT_TRUNCATED)
    links = find_links(body)
    if len(links) >= MAX_LINKS:
        warnings.append(WARN_TOO_MANY_LINKS)
    return ParsedMessage(channel=channel, sender_name=name, sender_address=address,
                         reply_to=reply_to, return_path=return_path, date=date,
                         subject=subject, text=body, links=links, size=size,
                         warnings=tuple(warnings))


def parse_bytes_as_text(data: bytes, channel: str, sender: str | None = None) -> ParsedMessage:
    """A .txt file: UTF-8 (BOM removed) or UTF-16 with a BOM; bad bytes become U+FFFD."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLarge(len(data))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        text = data.decode("utf-8-sig", errors="replace")
    parsed = parse_text(text, channel, sender)
    return replace(parsed, size=len(data))
