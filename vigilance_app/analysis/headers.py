"""Header values made readable without ever raising: charsets, encoded words, addresses.

The stdlib's structured header parsers are quadratic or recursive on hostile values (a
1 kB ``Content-Type`` of ``;`` takes 70 ms, nested ``(`` raise RecursionError), so values
are handled here as plain strings with the simple, bounded stdlib helpers, each guarded.
"""

from __future__ import annotations

import re
from datetime import datetime
from email.header import decode_header, make_header
from email.utils import getaddresses, parsedate_to_datetime

_MAX_NAME = 500
_FOLD = re.compile(r"\r\n|\r|\n")
_ANGLE_ADDRESS = re.compile(r"<\s*([^<>\s@]+@[^<>\s]+?)\s*>")
_BARE_ADDRESS = re.compile(r"[^\s<>\"(),;:@]+@[^\s<>\"(),;:@]+")
# The common forms that email.utils.getaddresses returns as written: 'Name Words <a@b.c>',
# '"Quoted, name" <a@b.c>', '<a@b.c>' and 'a@b.c', with single spaces, atoms without any
# special character, backslash or white space, and an address of dot-separated atoms.
_NAME_ATOM = r'[^()<>@,:;"\[\]\\\s]+'
_ADDRESS_ATOM = r'[^()<>@,:;."\[\]\\\s]+'
_DOT_ATOMS = rf"{_ADDRESS_ATOM}(?:\.{_ADDRESS_ATOM})*"
_SIMPLE_ADDRESS = re.compile(
    rf'(?:({_NAME_ATOM}(?: {_NAME_ATOM})*) |"([^"\\\r\n]*)" ?)?<({_DOT_ATOMS}@{_DOT_ATOMS})>'
    rf"|({_DOT_ATOMS}@{_DOT_ATOMS})")
MAX_AUTH_RESULTS = 4096  # characters of an Authentication-Results value read
_COMMENT = re.compile(r"\([^()]{0,1024}\)")
_QUOTED = re.compile(r'"[^"]{0,1024}"')
_METHOD_RESULT = re.compile(r"(?:^|[\s;])(spf|dkim|dmarc)\s{0,8}=\s{0,8}([a-z]{1,16})", re.I)
# Only verdicts that say the sender is not who it claims; "none", "neutral", "temperror"
# say nothing about the message.
_FAILED = {"spf": ("fail", "softfail"), "dkim": ("fail",), "dmarc": ("fail",)}


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Bytes as text: the declared charset if it is a real text codec, else UTF-8, else
    Windows-1252; undecodable bytes become U+FFFD, never an exception."""
    if charset:
        try:
            # bytes-to-bytes codecs (hex, base64, rot13…) raise LookupError here too
            return data.decode(charset.strip().strip("\"'"), errors="replace")
        except (LookupError, ValueError, TypeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def raw_to_text(raw: str) -> str:
    """An unfolded header value as text; raw 8-bit bytes (kept by the parser as surrogate
    escapes) are read as UTF-8, or Windows-1252 when they are not UTF-8."""
    value = _FOLD.sub("", raw)
    try:
        data = value.encode("ascii", errors="surrogateescape")
    except UnicodeEncodeError:
        return value.encode("utf-8", errors="surrogatepass").decode("utf-8", errors="replace")
    return decode_bytes(data, None)


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words (``=?utf-8?b?…?=``); unknown charsets give U+FFFD."""
    if "=?" not in value:
        return value
    try:
        return str(make_header(decode_header(value)))
    except Exception:
        pass
    try:
        chunks = decode_header(value)
    except Exception:
        return value
    return "".join(
        chunk if isinstance(chunk, str) else decode_bytes(chunk, charset)
        for chunk, charset in chunks
    )


def addresses(value: str) -> list[tuple[str, str]]:
    """(display name, address) pairs; names decoded after splitting, so an encoded name
    cannot smuggle in a fake ``<address>``."""
    simple = _SIMPLE_ADDRESS.fullmatch(value)
    if simple is not None:
        name, quoted, address, bare = simple.groups()
        pairs = [(name or quoted or "", address or bare)]
    else:
        try:
            pairs = getaddresses([value])
        except Exception:  # RecursionError on nested comments, and the like
            pairs = []
    result = [(decode_words(name).strip(), address.strip()) for name, address in pairs
              if name or address]
    if result and any(address for _, address in result):
        return result
    match = _ANGLE_ADDRESS.search(value) or _BARE_ADDRESS.search(value)
    if match:
        address = match.group(1) if match.re is _ANGLE_ADDRESS else match.group(0)
        name = value[: match.start()].strip().strip('"').strip()
        return [(decode_words(name), address)]
    return result


def sender(value: str) -> tuple[str | None, str | None]:
    """Display name and address of a From header.

    The address is the first real one (with "@"). An unquoted comma in the name
    ("Suivi des envois, <info@…>") makes the stdlib drop words, so a missing name is then
    taken from the raw text before "<address>".
    """
    pairs = addresses(value)
    for name, address in pairs:
        if "@" in address:
            if not name:
                at = value.find("<" + address)
                if at < 0:
                    at = value.find("< " + address)
                if at > 0:
                    name = decode_words(value[:at].strip().rstrip(",").strip().strip('"'))
            return (name.strip()[:_MAX_NAME] or None), address
    if pairs:
        return pairs[0][0] or None, pairs[0][1] or None
    return None, None


def parse_date(value: str) -> datetime | None:
    try:
        return parsedate_to_datetime(value.strip())
    except Exception:
        return None


def auth_failures(value: str | None) -> tuple[str, ...]:
    """Failed checks in an Authentication-Results value: ("spf=fail", "dmarc=fail")…

    Comments and quoted strings are removed first ("dmarc=pass (p=none dkim=fail)" says only
    pass); the value is bounded and read with linear patterns, never raising.
    """
    if not value:
        return ()
    value = value[:MAX_AUTH_RESULTS]
    for pattern in (_QUOTED, _COMMENT, _COMMENT):  # two passes: one level of nesting
        value = pattern.sub(" ", value)
    found: list[str] = []
    for match in _METHOD_RESULT.finditer(value):
        method, result = match.group(1).lower(), match.group(2).lower()
        verdict = f"{method}={result}"
        if result in _FAILED[method] and verdict not in found:
            found.append(verdict)
    return tuple(found)
