"""Links: where a link really goes, its defanged form, shorteners, text-versus-target mismatch.

A link is only ever described, never opened. Hostile forms are normal here: userinfo tricks
(``https://ameli.fr@evil.com`` goes to evil.com), IP literals, percent-encoded hosts,
Unicode look-alikes, bidi controls and URLs of several megabytes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from vigilance_app.analysis import domains, text
from vigilance_app.analysis.message import Link
from vigilance_app.paths import resources_dir

MAX_URL = 2048  # longer URLs are cut: enough to show the host and the start of the path
MAX_TEXT_SCAN = 100_000  # characters of a message searched for bare URLs
MAX_FOUND = 200  # bare URLs kept per message

# Characters that reorder or hide text (bidi overrides, zero-width): a criminal uses them to
# make "exe.pdf" read as "fdp.exe" or to split a brand name. Dropped from what we show.
_INVISIBLE = re.compile(f"[{text.INVISIBLE}]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]{0,15}):", re.I)
# A bare domain as people write it in text: labels, a dot, a TLD of letters (or punycode).
_DOMAIN_RE = r"(?:[\w-]{1,63}\.){1,10}(?:[a-z]{2,24}|xn--[a-z0-9-]{1,59})"
_URL_IN_TEXT = re.compile(
    rf"(?:\bhttps?://|\bwww\.)[^\s<>\"'()\[\]{{}}]{{1,{MAX_URL}}}"
    rf"|(?<![\w@.-]){_DOMAIN_RE}(?:/[^\s<>\"'()\[\]{{}}]{{0,{MAX_URL}}})?(?![\w@-])",
    re.I,
)
_TRAILING_PUNCT = ".,;:!?»«\"')]}"
# A dot and the label before it, read in the reversed text: there the dot comes first, a
# literal the regex engine skips ahead to (same flags as _URL_IN_TEXT, so that [\w-] holds
# the same characters). A dot that ends the text or comes before a space (a sentence's end)
# is skipped: in a match of _URL_IN_TEXT every dot that follows a label or "www" is followed
# by a label, a TLD or a URL's character, none of them a space. The look-behind reads the
# character after the dot in the text, and follows the dot so that the engine skips to it.
_LABEL_BEFORE_DOT = re.compile(r"\.(?<=\S\.)([\w-]{1,63})", re.I)
# "www" in any case, as _URL_IN_TEXT matches it.
_WWW = frozenset(f"{a}{b}{c}" for a in "wW" for b in "wW" for c in "wW")
_SPARSE_STARTS = 16  # characters of text per dot below which the starts are listed
_WEB_START = re.compile(r"(?:https?://|www\.)", re.I)
_FILE_NAME = re.compile(r"\.(?:pdf|exe|zip|docx?|xlsx?|jpe?g|png|txt)$", re.I)
_SHOWN_DOMAIN = re.compile(rf"(?:https?://)?(?:[^\s/@]*@)?({_DOMAIN_RE})", re.I)


@dataclass(frozen=True)
class LinkInfo:
    """A link described for display and for the red-flag rules."""

    target: str  # as found (cleaned of invisible characters, capped)
    text: str  # visible text, cleaned the same way
    scheme: str  # "https", "http", "mailto"…, "" when none was written
    host: str  # Unicode form, lower-case ("" when there is none)
    host_ascii: str  # punycode form, what the browser would really contact
    registrable_domain: str | None
    is_ip: bool
    userinfo: str  # the part before "@" that a reader may take for the site
    defanged: str  # safe to show: never clickable, never auto-linked

    def to_json(self) -> dict[str, object]:
        # The raw target is kept for reports (e.g. to Phishing Initiative); anything shown
        # to a person uses "defanged".
        return {
            "target": self.target,
            "defanged": self.defanged,
            "text": self.text,
            "host": self.host,
            "registrable_domain": self.registrable_domain,
            "is_ip": self.is_ip,
        }


def clean(text: str, limit: int = MAX_URL) -> str:
    """Bounded, invisible characters removed, controls shown as spaces."""
    text = (text or "")[: limit * 2]
    if not text.isascii():  # the invisible characters are none of ASCII
        text = _INVISIBLE.sub("", text)
    if not text.isprintable():  # controls are not printable
        text = _CONTROL.sub(" ", text)
    return text.strip()[:limit]


# "//" and a host part of printable ASCII without "[" or "]", up to the first "/", "?" or
# "#" (see _simple_netloc).
_PLAIN_NETLOC = re.compile(r"//([ !\"$-.0->@-Z\\^-~]*)")


def _simple_netloc(url: str, colon: int) -> tuple[str, int] | None:
    """``(urlsplit(url).netloc, where it ends)`` when the scheme, ASCII, ends at ``colon``
    and is followed by "//" and a host part of printable ASCII without brackets; else None.

    There urlsplit reads the scheme the same, removes no tab or newline before the host part
    (printable ASCII has none), and finds no invalid IPv6 literal nor characters that NFKC
    turns into delimiters (which it checks only in non-ASCII host parts); the host part ends
    at the first "/", "?" or "#" after "//", as in urlsplit.
    """
    m = _PLAIN_NETLOC.match(url, colon + 1)
    if m is None or not url[:colon].isascii():
        return None
    end = m.end()
    if end < len(url) and url[end] not in "/?#":
        return None
    return m.group(1), end


def _split(url: str) -> tuple[str, str, str, str]:
    """(scheme, userinfo, host, rest) the way a browser reads it, never raising."""
    m = _SCHEME.match(url)
    scheme = m.group(1).lower() if m else ""
    if scheme in ("mailto", "tel", "sms", "data", "javascript"):
        body = url[len(scheme) + 1:]
        # the address ends at "?": "mailto:a@x.fr?subject=b@y.org" writes to x.fr
        address = body.split("?", 1)[0]
        host = address.rsplit("@", 1)[1] if scheme == "mailto" and "@" in address else ""
        return scheme, "", host, body
    if not scheme:
        url = "http://" + url.lstrip("/")  # "www.x.fr/a" or "x.fr/a": a browser adds http
    # Browsers treat backslashes as slashes in http(s) URLs: "https://evil.com\@ameli.fr".
    url = url.replace("\\", "/")
    simple = _simple_netloc(url, m.end() - 1 if m else len("http"))
    if simple is not None:
        netloc, end = simple
        rest = url[end:] if netloc else ""
    else:
        try:
            parts = urlsplit(url)
            netloc = parts.netloc
            start = url.find("//") + 2
            rest = url[start + len(netloc):] if netloc else ""
        except ValueError:  # e.g. an unbalanced "[" in the host
            after = url.split("://", 1)[-1]
            netloc, _, rest = after.partition("/")
            rest = "/" + rest if rest else ""
    # The host is what follows the LAST "@": everything before is userinfo that a reader
    # may mistake for the site (https://ameli.fr@evil.com goes to evil.com).
    userinfo, _, hostport = netloc.rpartition("@")
    bracketed = hostport.startswith("[")  # an IPv6 literal: its colons are not a port
    host = hostport[1:].split("]", 1)[0] if bracketed else hostport.split(":", 1)[0]
    # Percent-encoding in a host is decoded by browsers: "%61meli.fr" is "ameli.fr".
    host = unquote(host, errors="replace")
    return scheme, userinfo, host, rest


_SHOWN_SCHEMES = {"http": "hxxp", "https": "hxxps", "ftp": "fxp"}


def defang(scheme: str, userinfo: str, host: str, rest: str) -> str:
    """``hxxps://ameli-secu[.]xyz/login``: readable, never clickable nor auto-linked."""
    shown_scheme = _SHOWN_SCHEMES.get(scheme, scheme)
    prefix = f"{shown_scheme}://" if shown_scheme and scheme not in ("mailto", "tel") else (
        f"{shown_scheme}:" if shown_scheme else "")
    user = userinfo.replace(".", "[.]") + "[@]" if userinfo else ""
    shown_host = f"[{host}]" if ":" in host else host.replace(".", "[.]")
    if scheme == "mailto":
        return prefix + rest.replace(".", "[.]").replace("@", "[@]")
    return prefix + user + shown_host + rest


def describe(link: Link) -> LinkInfo:
    """Everything the rules and the screen need about one link; never raises."""
    target = clean(link.target)
    text = clean(link.text, 500)
    scheme, userinfo, raw_host, rest = _split(target)
    host_clean = domains.clean_host(raw_host)
    ip = domains.is_ip(host_clean)
    host_ascii = "" if ip else (domains.to_ascii(host_clean) or "")
    host = host_clean if ip else domains.to_unicode(host_ascii or host_clean)
    reg = None if ip else domains.registrable_domain(host_ascii or host_clean)
    shown = defang(scheme, userinfo, host_ascii if host_ascii and host != host_ascii else host,
                   rest[:MAX_URL])
    return LinkInfo(target, text, scheme, host, host_ascii, reg, ip, userinfo,
                    shown[: MAX_URL + 64])


def _plausible_bare(host: str) -> bool:
    """A domain written without scheme: "M.Dupont" or "facture.pdf" are not links."""
    reg = domains.registrable_domain(host)
    if not reg or not domains.has_known_suffix(host):
        return False
    label = reg.split(".", 1)[0]
    return len(label) >= 2 and not _FILE_NAME.search(host)


def _url_starts(text: str) -> list[int]:
    """Every position where a match of _URL_IN_TEXT can start, in order, and a few more.

    "http://" and "https://" start 4 or 5 characters before "://", "www." 3 before its dot
    (the label read before the dot ends with its letters, and only "w" and "W" match "w"
    with the pattern's flags: a test checks every character); a bare domain starts its
    first label, which runs, with nothing before it that a label holds, up to a dot: the
    label is read backwards from each dot.
    """
    starts: set[int] = set()
    at = text.find("://")
    while at >= 0:
        starts.update((at - 5, at - 4))
        at = text.find("://", at + 1)
    last = len(text) - 1
    for m in _LABEL_BEFORE_DOT.finditer(text[::-1]):
        dot = last - m.start()
        label = m.group(1)
        starts.add(dot - len(label))
        if label[:3] in _WWW:
            starts.add(dot - 3)
    return sorted(starts)


def _urls_in_text(text: str) -> Iterator[re.Match[str]]:
    """``_URL_IN_TEXT.finditer(text)``, trying the pattern only where a match can start.

    Its alternatives have no first character for the regex engine to skip ahead to, so
    finditer tried them at every character; a match at a position is what a search
    reaching it finds (look-behinds and word boundaries read the whole text). Text dense
    with dots (hostile, or a list of domains) is scanned whole: there listing the starts
    would cost more than the scan.
    """
    if (text.count(".") + text.count("://")) * _SPARSE_STARTS > len(text):
        yield from _URL_IN_TEXT.finditer(text)
        return
    end = 0
    for start in _url_starts(text):
        if start >= end and (m := _URL_IN_TEXT.match(text, start)):
            end = m.end()
            yield m


def _urls_written(text: str) -> Iterator[tuple[int, str]]:
    """(start, URL) of each bare URL or plausible domain of the text, trailing punctuation
    left out; repeats included."""
    for m in _urls_in_text(text[:MAX_TEXT_SCAN]):
        url = m.group(0).rstrip(_TRAILING_PUNCT)
        if "." not in url:
            continue
        if not _WEB_START.match(url) and not _plausible_bare(
                url.split("/", 1)[0]):
            continue
        yield m.start(), url


def without_urls(value: str) -> str:
    """``value`` with every URL or domain that ``find_urls`` reads blanked out (spaces, same
    length): what is left is the message's own words."""
    pieces, end = [], 0
    for start, url in _urls_written(value):
        pieces += [value[end:start], " " * len(url)]
        end = start + len(url)
    pieces.append(value[end:])
    return "".join(pieces)


def find_urls(text: str) -> tuple[Link, ...]:
    """Bare URLs and domains written in plain text (SMS, pasted mail), in order, unique."""
    found: list[Link] = []
    seen: set[str] = set()
    for _start, url in _urls_written(text or ""):
        if url.lower() in seen:
            continue
        seen.add(url.lower())
        found.append(Link(target=url))
        if len(found) >= MAX_FOUND:
            break
    return tuple(found)


@lru_cache(maxsize=1)
def shorteners() -> frozenset[str]:
    """Domains of URL shorteners (resources/shorteners.txt), read on first use."""
    path = resources_dir() / "shorteners.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#"))


def is_shortener(info: LinkInfo) -> bool:
    if not info.host_ascii:
        return False
    # the host or one of its parent domains is listed: a set look-up per label
    labels = info.host_ascii.split(".")
    listed = shorteners()
    return any(".".join(labels[i:]) in listed for i in range(len(labels) - 1))


def _domain_in_text(text: str) -> str | None:
    """The host a visible link text shows ("www.ameli.fr", "https://ameli.fr/compte")."""
    folded = unicodedata.normalize("NFKC", text).strip()
    if "." not in folded:  # a domain has a dot; most link texts ("Click here") have none
        return None
    m = _SHOWN_DOMAIN.search(folded)
    if not m:
        return None
    return m.group(1)


def text_mismatch(info: LinkInfo) -> str | None:
    """The domain the visible text shows when the link goes to another one, else None."""
    if not info.text:
        return None
    shown = _domain_in_text(info.text)
    if not shown:
        return None
    shown_reg = domains.registrable_domain(shown)
    if not shown_reg or not domains.has_known_suffix(shown):
        return None
    if info.is_ip or shown_reg != info.registrable_domain:
        return domains.to_unicode(shown)
    return None
