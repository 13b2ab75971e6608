"""HTML to plain text without rendering or fetching anything.

A small linear tokenizer (not ``html.parser``: on Python 3.11 it is quadratic on inputs
such as ``"</" * 500_000``, which took over two minutes). No DOM, no CSS, no images, no
scripts. Visible text is kept, block elements become line breaks, links keep their visible
text and real target, and forms are noticed (a form in an email is a credential trap).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .limits import MAX_HTML_CHARS, MAX_LINKS, MAX_TEXT_CHARS
from .message import Link

# Content of these elements is never visible text: skipped up to their end tag.
_RAW_SKIPPED = frozenset({"script", "style", "title", "template", "noscript", "textarea",
                          "xmp", "iframe", "noembed", "noframes"})
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "ul",
})
# A tag ends at the first ">" even inside quotes: rare in real mail, and it keeps every
# character scanned at most twice whatever the input (quote-aware matching is quadratic on
# chains like  <a "x' <a "x' …).
# One token: a comment, a declaration or processing instruction, or a tag (its "/", name and
# attributes); a lone "<" stays text without a Python step.
_TOKEN = re.compile(r"<(?:(!--)|[!?]|(/?)([a-zA-Z][^\s/<>]*+)([^<>]*+)>)")
# Opening tags whose attributes matter (links, forms, images' alternative text).
_WATCHED = frozenset({"a", "area", "form", "input", "meta", "img", "button"})
_ATTR = re.compile(r"""([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b\u200c\u200d\u2060\ufeff]+")
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")
_REFRESH_URL = re.compile(r"url\s*=\s*['\"]?([^'\"\s>]+)", re.IGNORECASE)
_URL_NOISE = re.compile(r"[\t\r\n]")
_MAX_ANCHOR_TEXT = 2000


# A field that asks for a secret: a password, a card, a code. Honest newsletters carry forms
# too (search, subscribe with an email address), so a form alone is not a sign.
_SECRET_FIELD = re.compile(
    r"pass|pwd|mot.?de.?passe|card|carte|cc.?num|cvv|cvc|csc|cryptogram|expir|iban|\bpin\b|otp"
    r"|one.?time|sms.?code|code.{0,12}sms|login|identifiant", re.I)


def _asks_secret(attrs: dict[str, str]) -> bool:
    if attrs.get("type", "").lower() == "password":
        return True
    hints = " ".join(attrs.get(k, "")[:200] for k in ("name", "id", "placeholder",
                                                       "autocomplete", "aria-label"))
    return bool(_SECRET_FIELD.search(hints))


@dataclass(frozen=True)
class HtmlText:
    text: str
    links: tuple[Link, ...]
    has_form: bool
    truncated: bool


def _attributes(raw: str, wanted: frozenset[str] | None = None) -> dict[str, str]:
    """Attributes by lower-case name, the first of each name winning; only the ``wanted``
    ones when given (the others are neither unescaped nor kept)."""
    values: dict[str, str] = {}
    for match in _ATTR.finditer(raw):
        name = match.group(1).lower()
        if name not in values and (wanted is None or name in wanted):
            value = match.group(2) or match.group(3) or match.group(4) or ""
            values[name] = html.unescape(value) if "&" in value else value
    return values


# The attributes each watched tag reads (see _Converter.open_tag and _asks_secret).
_READ_ATTRIBUTES = {
    "a": frozenset({"href"}), "area": frozenset({"href", "alt"}),
    "form": frozenset({"action"}), "button": frozenset({"formaction"}),
    "input": frozenset({"type", "name", "id", "placeholder", "autocomplete", "aria-label"}),
    "meta": frozenset({"http-equiv", "content"}), "img": frozenset({"alt"}),
}


class _Converter:
    def __init__(self) -> None:
        self.chunks: list[str] = []
        self.size = 0
        self.truncated = False
        self.links: list[Link] = []
        self.has_form = False
        self._href: str | None = None
        self._anchor: list[str] = []
        self._anchor_size = 0

    def text(self, data: str) -> None:
        if not data:
            return
        if self.size >= MAX_TEXT_CHARS:
            self.truncated = True
        else:
            self.chunks.append(data)
            self.size += len(data)
        if self._href is not None and self._anchor_size < _MAX_ANCHOR_TEXT:
            self._anchor.append(data)
            self._anchor_size += len(data)

    def link(self, target: str, text: str) -> None:
        # browsers drop tabs and line breaks inside a URL (WHATWG URL parsing) and so do we
        target = _URL_NOISE.sub("", target).strip()
        if not target or target.startswith("#"):
            return
        if len(self.links) >= MAX_LINKS:
            self.truncated = True
            return
        self.links.append(Link(target=target, text=" ".join(text.split())))

    def close_anchor(self) -> None:
        if self._href is not None:
            self.link(self._href, "".join(self._anchor))
        self._href = None
        self._anchor = []
        self._anchor_size = 0

    def open_tag(self, name: str, raw_attrs: str) -> None:
        """An opening tag among ``_WATCHED``."""
        attrs = _attributes(raw_attrs, _READ_ATTRIBUTES[name])
        if name == "a":
            self.close_anchor()  # an unclosed <a> ends where the next one starts
            if attrs.get("href"):
                self._href = attrs["href"]
        elif name == "area" and attrs.get("href"):
            self.link(attrs["href"], attrs.get("alt", ""))
        elif name == "form":
            if attrs.get("action"):
                self.link(attrs["action"], "")
        elif name == "button" and attrs.get("formaction"):
            self.link(attrs["formaction"], "")
        elif name == "input" and _asks_secret(attrs):
            self.has_form = True
        elif name == "meta" and attrs.get("http-equiv", "").lower() == "refresh":
            match = _REFRESH_URL.search(attrs.get("content", ""))
            if match:
                self.link(match.group(1), "")
        elif name == "img" and attrs.get("alt"):
            self.text(attrs["alt"])


# What a tag name does, as bits: its content is skipped, it is <head>, its attributes are
# read, it breaks the line. Names absent do nothing but end the text before them.
_SKIPPED, _HEAD, _WATCHES, _BLOCK = 1, 2, 4, 8
_KINDS: dict[str, int] = {}
for _names, _bit in ((_RAW_SKIPPED, _SKIPPED), ({"head"}, _HEAD), (_WATCHED, _WATCHES),
                     (_BLOCKS, _BLOCK)):
    for _name in _names:
        _KINDS[_name] = _KINDS.get(_name, 0) | _bit


def _convert(source: str, out: _Converter) -> None:
    # Tokens in one pass of the regex engine: a comment, a declaration ("<!", "<?") or a tag;
    # a "<" that opens none of them stays text. The pass starts again after what is skipped
    # (a comment, a script…). Text runs without "&" skip the unescaping call, and text out
    # of a link under the size limit is added here rather than through ``out.text``.
    end = len(source)
    pos = 0  # where the next pass starts
    text_start = 0  # text not yet emitted starts here (a "<" that opened no tag is text)
    lower: str | None = None  # lower-cased copy, made only if a skipped element appears
    add = out.chunks.append
    while pos < end:
        for found in _TOKEN.finditer(source, pos):
            lt = found.start()
            if lt > text_start:
                chunk = source[text_start:lt]
                if "&" in chunk:
                    chunk = html.unescape(chunk)
                if out._href is None and out.size < MAX_TEXT_CHARS:
                    if chunk:
                        add(chunk)
                        out.size += len(chunk)
                else:
                    out.text(chunk)
            comment, closing, name, raw_attrs = found.groups()
            if name is None:
                if comment is not None:
                    close = source.find("-->", lt + 4)
                    pos = text_start = end if close < 0 else close + 3
                else:  # doctype, CDATA, processing instruction
                    close = source.find(">", lt + 2)
                    pos = text_start = end if close < 0 else close + 1
                break
            name = name.lower()
            text_start = found.end()
            kind = _KINDS.get(name)
            if kind is None:  # a tag that only ends the text before it (<span>, <font>…)
                continue
            if kind & _SKIPPED or (kind & _HEAD and not closing):
                if closing:
                    continue
                if lower is None:
                    lower = source.lower()
                # <head> is skipped whole: its text (title, styles) is never visible
                close = lower.find("</" + name, text_start)
                pos = text_start = end if close < 0 else close
                break
            if closing:
                if name == "a":
                    out.close_anchor()
            elif kind & _WATCHES:
                out.open_tag(name, raw_attrs)
            if kind & _BLOCK:
                if out._href is None and out.size < MAX_TEXT_CHARS:
                    add("\n")
                    out.size += 1
                else:
                    out.text("\n")
        else:
            break  # no token left
    chunk = source[text_start:]
    out.text(html.unescape(chunk) if "&" in chunk else chunk)


def html_to_text(source: str) -> HtmlText:
    """Visible text, links and form presence of an HTML document (bounded output)."""
    truncated = len(source) > MAX_HTML_CHARS
    out = _Converter()
    _convert(source[:MAX_HTML_CHARS], out)
    out.close_anchor()
    text = _SPACES.sub(" ", "".join(out.chunks))
    text = "\n".join([line.strip() for line in text.split("\n")])
    text = _BLANK_LINES.sub("\n\n", text).strip()
    return HtmlText(text=text[:MAX_TEXT_CHARS], links=tuple(out.links), has_form=out.has_form,
                    truncated=truncated or out.truncated)
