"""HTML to plain text without rendering or fetching anything.

A small linear tokenizer (not ``html.parser``: on Python 3.11 it is quadratic on inputs
such as ``"</" * 500_000``, which took over two minutes). No DOM, no CSS, no images, no
scripts. Visible text is kept, block elements become line breaks, links keep their visible
text and real target, and forms are noticed (a form in an email is a credential trap).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import compress, count, repeat

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
# Runs of spaces, tabs, no-break and zero-width spaces become one space: each of these
# characters present is made a space (a fast str.replace, where a regex class would test every
# character), then runs of spaces become one.
_SPACE_CHARS = "\t\r\f\v\u00a0\u200b\u200c\u200d\u2060\ufeff"
_SPACES = re.compile("   *")  # two spaces as the literal prefix the engine looks for
# The white space that str.strip() removes, but for the characters above, " " and "\n": where
# none is left, a line's white space at either end is one space at most.
_OTHER_WHITE_SPACE = ("\x1c\x1d\x1e\x1f\x85\u1680" + "".join(map(chr, range(0x2000, 0x200B)))
                      + "\u2028\u2029\u202f\u205f\u3000")
# Blank lines, once each line is stripped: three line breaks or more in a row.
_BLANK_LINES = re.compile("\n\n\n+")
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


# A decimal character reference with more digits than any code point: ``html.unescape``
# turns it into int() and Python refuses strings of over 4,300 digits (ValueError), so a
# hostile "&#111…" would stop the analysis. Its value is worked out here instead.
_LONG_DECIMAL_REF = re.compile(r"&#([0-9]{8,});?")


def unescape(value: str) -> str:
    """``html.unescape`` for any input: the same text, where it would raise too."""
    if "&#" not in value or _LONG_DECIMAL_REF.search(value) is None:
        return html.unescape(value)
    # A reference's "&" always starts a match of its own in html.unescape (names stop at
    # "&" and "#"), so the text around each long reference is unescaped on its own.
    pieces = _LONG_DECIMAL_REF.split(value)
    return "".join(html.unescape(piece) if index % 2 == 0
                   else _long_reference_digits(piece)
                   for index, piece in enumerate(pieces))


def _long_reference_digits(digits: str) -> str:
    digits = digits.lstrip("0")
    # more than seven digits is beyond U+10FFFF, which the stdlib turns into U+FFFD
    return "\ufffd" if len(digits) > 7 else html.unescape("&#" + (digits or "0") + ";")


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
    for name, double_quoted, single_quoted, bare in _ATTR.findall(raw):
        name = name.lower()
        if name not in values and (wanted is None or name in wanted):
            value = double_quoted or single_quoted or bare  # "" for a group that is absent
            values[name] = unescape(value) if "&" in value else value
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
        if "\t" in target or "\r" in target or "\n" in target:
            target = _URL_NOISE.sub("", target)
        target = target.strip()
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


def _any_case(letter: str) -> str:
    """The characters whose ``str.lower()`` is this ASCII letter or digit: the letter in
    either case, and for "k" the KELVIN SIGN (no other character lowers to ASCII)."""
    if letter == "k":
        return "[kK\u212a]"
    return f"[{letter}{letter.upper()}]" if letter.isalpha() else letter


def _name_tree(names: set[str], literal_levels: int = 0) -> str:
    """A pattern for these lower-case names in any case, as a tree of their letters: each
    branch starts with another character, so the engine tries one branch at most per step.
    On the first ``literal_levels`` levels each case of a letter has a branch of its own:
    the engine skips a branch that starts with another literal character without entering
    it (a character set costs it more), which is where most "<" of a page are turned down."""
    heads: dict[str, set[str]] = {}
    for name in names:
        heads.setdefault(name[:1], set()).add(name[1:])
    branches = []
    for head, tails in sorted(heads.items()):
        if head:
            tree = _name_tree(tails, literal_levels - 1)
            if literal_levels > 0 and head.isalpha():
                branches += [case + tree for case in _any_case(head).strip("[]")]
            else:
                branches.append(_any_case(head) + tree)
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in heads:
        return body
    return f"(?:{body})?" if branches else ""


def _tag_names(names: frozenset[str] | set[str]) -> str:
    """A tag name among ``names`` (any case), ending where ``_TOKEN``'s name ends (what
    follows is a space, "/" or ">"; "<" or the end would make no tag anyway)."""
    return _name_tree(set(names), literal_levels=1) + r"(?=[\s/>])"


# The tokens that need a Python step: comments, declarations, </a>, and the opening tags
# whose name is skipped, <head> or watched. This matches exactly where ``_TOKEN`` matches one
# of these tokens, and since a tag holds no "<" nor ">", the tokens between two of them are
# the same whether the scan stops at each one or not. Groups: comment, closing "a", name of
# an opening tag, its attributes.
_NOTICED_NAMES = _RAW_SKIPPED | _WATCHED | {"head"}
_NOTICED = re.compile(r"<(?:!(--)?|\?|/([aA])(?=[\s/>])[^<>]*+>|("
                      + _tag_names(_NOTICED_NAMES) + r")([^<>]*+)>)")
# Where a skipped element ends: "</" and its name in any case, as ``str.lower().find`` finds
# it in a text where lower-casing keeps every index (all but those holding U+0130).
_SKIPPED_END = {name: re.compile("</" + _name_tree({name}))
                for name in _RAW_SKIPPED | {"head"}}
_LONGER_LOWER = "\u0130"  # the only character whose lower case is two characters


# Between two noticed tokens there are only text, block tags and tags that do nothing. They
# are put together in one pass of the regex engine: the text between tags is cut out, and a
# block tag leaves its own "<" behind (the only "<" left when every "<" opens a tag), which
# then becomes its line break. A tag is read up to the next ">" (a simpler scan than up to
# "<" or ">"), which is the same tag as long as every "<" opens one: as many tags as "<" says
# so, and the last "<" must come before the last ">" so that no scan runs to the end in vain.
_BLOCK_START = re.compile(r"</?" + _tag_names(_BLOCKS))
_PLAIN_TAG = re.compile(r"<(?:(?<=(<))/?+" + _tag_names(_BLOCKS) + r"[^>]*+>|/?[a-zA-Z][^>]*+>)")
# A "<" that opens no tag is text, and no tag reaches over it: the parts between such "<"
# are put together one by one (a few of them; more, and the pieces are read one by one).
_LONE_LT = re.compile(r"<(?!/?[a-zA-Z][^<>]*+>)")
_MAX_LONE_LT = 8
# An entity-like run reaching a tag: "&am<b></b>p;" is two pieces, "&am" and "p;".
_ENTITY_AT_TAG = re.compile(r"&[^\t\n\f <&;]*+<")


def _without_tags(part: str) -> str | None:
    """Text and plain tags put together, or None if a "<" of ``part`` opens no tag."""
    if "<" not in part:
        return part
    if part.rfind("<") > part.rfind(">"):
        return None
    # text, then for each tag its "<" if it is a block (else None) and the text after it
    pieces = _PLAIN_TAG.split(part)
    if len(pieces) != 2 * part.count("<") + 1:
        return None
    text = "".join(filter(None, pieces))
    return text.replace("<", "\n") if "<" in text else text


def _merged(segment: str) -> str | None:
    """The text of a segment put together (not unescaped), or None where it must be read
    piece by piece."""
    if "<" not in segment:
        return segment
    if "&" in segment and _ENTITY_AT_TAG.search(segment):
        return None
    text = _without_tags(segment)
    if text is None:
        parts = []
        for part in _LONE_LT.split(segment, _MAX_LONE_LT):
            merged = _without_tags(part)
            if merged is None:
                return None
            parts.append(merged)
        text = "<".join(parts)
    return text


def _pieces(segment: str, out: _Converter) -> None:
    """Text and plain tags one by one, each piece checked against the limits."""
    text_start = 0
    for found in _TOKEN.finditer(segment):
        chunk = segment[text_start:found.start()]
        out.text(unescape(chunk) if "&" in chunk else chunk)
        text_start = found.end()
        if _KINDS.get(found.group(3).lower(), 0) & _BLOCK:
            out.text("\n")
    chunk = segment[text_start:]
    out.text(unescape(chunk) if "&" in chunk else chunk)


def _segment(segment: str, out: _Converter) -> None:
    """Text, block tags and tags that do nothing, between two noticed tokens."""
    text = _merged(segment)
    if text is None:
        _pieces(segment, out)
        return
    if "&" in text:
        text = unescape(text)
    if not text:
        return
    size, length = out.size, len(text)
    if out._href is None and size + length <= MAX_TEXT_CHARS:
        out.chunks.append(text)
        out.size = size + length
    elif size < MAX_TEXT_CHARS < size + length or (
            out._href is not None and out._anchor_size < _MAX_ANCHOR_TEXT
            < out._anchor_size + length):
        _pieces(segment, out)  # a limit is reached inside: the piece where it is matters
    else:
        out.text(text)


def _skipped_end(source: str, name: str, start: int, lower: list[str]) -> int:
    """Where ``</name`` starts from ``start`` (any case), found in ``source.lower()`` as the
    tokenizer always did; that copy is made only where it is not index for index ``source``
    (``lower`` keeps it for the next skipped element)."""
    if _LONGER_LOWER not in source:
        found = _SKIPPED_END[name].search(source, start)
        return -1 if found is None else found.start()
    if not lower:
        lower.append(source.lower())
    return lower[0].find("</" + name, start)


def _convert(source: str, out: _Converter) -> None:
    # One search per noticed token; what lies between goes to ``_segment`` whole. The search
    # starts again after what is skipped (a comment, a script…).
    end = len(source)
    pos = 0
    lower: list[str] = []
    while (found := _NOTICED.search(source, pos)) is not None:
        lt = found.start()
        if lt > pos:
            _segment(source[pos:lt], out)
        comment, closing_a, name, raw_attrs = found.groups()
        pos = found.end()
        if name is not None:
            name = name.lower()
            kind = _KINDS[name]
            if kind & (_SKIPPED | _HEAD):
                # <head> is skipped whole: its text (title, styles) is never visible
                close = _skipped_end(source, name, pos, lower)
                pos = end if close < 0 else close
                continue
            out.open_tag(name, raw_attrs)
            if kind & _BLOCK:
                out.text("\n")
        elif closing_a is not None:
            out.close_anchor()
        elif comment is not None:
            close = source.find("-->", lt + 4)
            pos = end if close < 0 else close + 3
        else:  # doctype, CDATA, processing instruction
            close = source.find(">", lt + 2)
            pos = end if close < 0 else close + 1
    if pos < end:
        _segment(source[pos:], out)


def _name_branches(names: set[str] | frozenset[str], suffix: Callable[[str], str],
                   prefix: str = "") -> list[str]:
    """The alternatives of a pattern for these lower-case names in any case, each name
    followed by its own ``suffix``: one alternative per case of a first letter (the engine
    skips a literal that differs without entering the alternative), then a tree of letters."""
    heads: dict[str, set[str]] = {}
    for name in names:
        heads.setdefault(name[:1], set()).add(name[1:])
    branches = []
    for head, tails in sorted(heads.items()):
        if not head:
            branches.append(suffix(prefix))
            continue
        rest = _name_branches(tails, suffix, prefix + head)
        tree = rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")"
        if prefix:
            branches.append(_any_case(head) + tree)
        else:
            branches += [case + tree for case in _any_case(head).strip("[]")]
    return branches


def _skipped_element(name: str) -> str:
    # its opening tag, then everything up to "</name" in any case (or the end)
    return (r"(?=[\s/>])[^<>]*+>[^<]*+(?:<(?!/" + _name_tree({name}) + r")[^<]*+)*+"
            if name in _RAW_SKIPPED or name == "head" else r"(?=[\s/>])[^>]*+>")


# The whole page in one pass of the regex engine, split at every token: group 1 is a token
# that needs a Python step (a comment or declaration up to its end, a skipped element with
# its content, </a>, a watched opening tag), group 2 the ">" of a block tag, and other tags
# are cut out. Tags are read up to the next ">" (a simple scan, where up to "<" or ">" costs
# the engine three times as much on long attributes): they are the tokenizer's tags as long
# as each holds a single "<", which the count of "<" in the page and a check of each watched
# tag show (else the page is read token by token). A page whose last "<" has no ">" after it
# is read that way too, so that no scan runs to the end in vain.
_PAGE = re.compile(
    r"<(?:(!--[^-]*+(?:-(?!->)[^-]*+)*+(?:-->)?|[!?][^>]*+>?|/[aA](?=[\s/>])[^>]*+>|"
    + "|".join(_name_branches(_NOTICED_NAMES, _skipped_element))
    + r")|/?+(?:" + _tag_names(_BLOCKS) + r"[^>]*+(>)|[a-zA-Z][^>]*+>))")
_NAME_END = re.compile(r"[^\s/>]*+")


def _page_segment(items: list[str | None], out: _Converter) -> None:
    """The text between two tokens of ``_PAGE`` (text pieces and the line breaks of block
    tags, None for other tags) added as ``_segment`` adds it."""
    text = "".join(filter(None, items))
    if "&" in text:
        text = unescape(text)
    if not text:
        return
    size, length = out.size, len(text)
    if out._href is None and size + length <= MAX_TEXT_CHARS:
        out.chunks.append(text)
        out.size = size + length
    elif size < MAX_TEXT_CHARS < size + length or (
            out._href is not None and out._anchor_size < _MAX_ANCHOR_TEXT
            < out._anchor_size + length):
        # a limit is reached inside: the piece where it is matters
        for item in items:
            if item:
                out.text(unescape(item) if "&" in item else item)
    else:
        out.text(text)


_LINE_BREAK: dict[str | None, str | None] = {">": "\n"}


def _convert_page(source: str, out: _Converter) -> bool:
    """``_convert`` in one pass over the page, or False (``out`` then half filled) where the
    page must be read token by token: a tag holding a "<", an entity cut by a tag (or
    followed by a "<" that opens none), or a U+0130 (the end of a skipped element is then
    found in lower case)."""
    if _LONGER_LOWER in source or source.rfind("<") > source.rfind(">"):
        return False
    pieces: list[str | None] = _PAGE.split(source)
    tokens = pieces[1::3]
    texts: list[str] = pieces[0::3]  # type: ignore[assignment]
    # the texts with a "<" where each tag was: the "<" left in the text open no tag
    marked = "<".join(texts)
    alone = marked.count("<") - len(tokens)
    # every "<" of the page: one per tag or token, those inside comments and skipped
    # elements, those left alone; so no tag holds one more
    if source.count("<") != len(tokens) + alone + sum(map(str.count, filter(None, tokens),
                                                          repeat("<"))):
        return False
    if "&" in marked and _ENTITY_AT_TAG.search(marked):
        return False
    pieces[2::3] = map(_LINE_BREAK.get, pieces[2::3])  # a block tag's ">" is its line break
    start = 0
    for index in compress(count(), tokens):
        end = 3 * index + 1
        if end > start:
            _page_segment(pieces[start:end], out)
        start = end + 2
        token: str = tokens[index]  # type: ignore[assignment]
        first = token[0]
        if first == "/":
            if "<" in token:
                return False
            out.close_anchor()
        elif first != "!" and first != "?":
            name_end = _NAME_END.match(token).end()  # type: ignore[union-attr]
            name = token[:name_end].lower()
            kind = _KINDS[name]
            if kind & _WATCHES:
                if "<" in token:
                    return False
                out.open_tag(name, token[name_end:-1])
                if kind & _BLOCK:
                    out.text("\n")
    if start < len(pieces):
        _page_segment(pieces[start:], out)
    return True


def _clean_up(text: str) -> str:
    """Runs of white space made one space, each line stripped, blank lines two at most."""
    for char in _SPACE_CHARS:
        if char in text:
            text = text.replace(char, " ")
    text = _SPACES.sub(" ", text)
    if any(char in text for char in _OTHER_WHITE_SPACE):
        text = "\n".join([line.strip() for line in text.split("\n")])
    else:  # each line stripped; the first and the last are with the whole text below
        text = text.replace(" \n", "\n").replace("\n ", "\n")
    return _BLANK_LINES.sub("\n\n", text).strip()


def html_to_text(source: str) -> HtmlText:
    """Visible text, links and form presence of an HTML document (bounded output)."""
    truncated = len(source) > MAX_HTML_CHARS
    page = source[:MAX_HTML_CHARS]
    out = _Converter()
    if not _convert_page(page, out):
        out = _Converter()
        _convert(page, out)
    out.close_anchor()
    text = _clean_up("".join(out.chunks))
    return HtmlText(text=text[:MAX_TEXT_CHARS], links=tuple(out.links), has_form=out.has_form,
                    truncated=truncated or out.truncated)
