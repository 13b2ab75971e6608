"""The converter that reads a page in one pass of the regex engine (``_convert_page``) gives
exactly what the converter searching for noticed tokens one by one gave.

That converter is kept here as ``_reference_html_to_text`` (with its patterns) and compared
on generated markup built to reach the one-pass reading's checks: lone "<" and ">" in the
text, tags holding a "<", comments and skipped elements holding tags, entities cut by every
kind of token, block tags whose name looks like a watched one, small limits reached inside a
run of text or of a link's text, U+0130, and on the corpus's real pages.
"""

from __future__ import annotations

import email
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vigilance_app.analysis import html_text

_SETTINGS = settings(max_examples=400, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])

# --- the converter before the one-pass reading, for comparison -------------------------------

_tag_names = html_text._tag_names
_NOTICED = re.compile(r"<(?:!(--)?|\?|/([aA])(?=[\s/>])[^<>]*+>|("
                      + _tag_names(html_text._NOTICED_NAMES) + r")([^<>]*+)>)")
_SKIPPED_END = {name: re.compile("</" + html_text._name_tree({name}))
                for name in html_text._RAW_SKIPPED | {"head"}}
_BLOCK_START = re.compile(r"</?" + _tag_names(html_text._BLOCKS))
_TAG = re.compile(r"</?[a-zA-Z][^>]*+>")
_LONE_LT = re.compile(r"<(?!/?[a-zA-Z][^<>]*+>)")
_ENTITY_AT_TAG = re.compile(r"&[^\t\n\f <&;]*+<")
_TOKEN = re.compile(r"<(?:(!--)|[!?]|(/?)([a-zA-Z][^\s/<>]*+)([^<>]*+)>)")
_SPACES = re.compile("  +")
_KINDS = html_text._KINDS
_SKIPPED, _HEAD, _BLOCK = html_text._SKIPPED, html_text._HEAD, html_text._BLOCK


def _reference_without_tags(part: str) -> str | None:
    if "<" not in part:
        return part
    if part.rfind("<") > part.rfind(">"):
        return None
    text, tags = _TAG.subn("", _BLOCK_START.sub("\n<b", part))
    return text if tags == part.count("<") else None


def _reference_merged(segment: str) -> str | None:
    if "<" not in segment:
        return segment
    if "&" in segment and _ENTITY_AT_TAG.search(segment):
        return None
    text = _reference_without_tags(segment)
    if text is None:
        parts = []
        for part in _LONE_LT.split(segment, 8):
            merged = _reference_without_tags(part)
            if merged is None:
                return None
            parts.append(merged)
        text = "<".join(parts)
    return text


def _reference_pieces(segment: str, out: html_text._Converter) -> None:
    text_start = 0
    for found in _TOKEN.finditer(segment):
        chunk = segment[text_start:found.start()]
        out.text(html_text.unescape(chunk) if "&" in chunk else chunk)
        text_start = found.end()
        if _KINDS.get(found.group(3).lower(), 0) & _BLOCK:
            out.text("\n")
    chunk = segment[text_start:]
    out.text(html_text.unescape(chunk) if "&" in chunk else chunk)


def _reference_segment(segment: str, out: html_text._Converter) -> None:
    text = _reference_merged(segment)
    if text is None:
        _reference_pieces(segment, out)
        return
    if "&" in text:
        text = html_text.unescape(text)
    if not text:
        return
    size, length = out.size, len(text)
    limit, anchor_limit = html_text.MAX_TEXT_CHARS, html_text._MAX_ANCHOR_TEXT
    if out._href is None and size + length <= limit:
        out.chunks.append(text)
        out.size = size + length
    elif size < limit < size + length or (
            out._href is not None and out._anchor_size < anchor_limit
            < out._anchor_size + length):
        _reference_pieces(segment, out)
    else:
        out.text(text)


def _reference_skipped_end(source: str, name: str, start: int, lower: list[str]) -> int:
    if "\u0130" not in source:
        found = _SKIPPED_END[name].search(source, start)
        return -1 if found is None else found.start()
    if not lower:
        lower.append(source.lower())
    return lower[0].find("</" + name, start)


def _reference_convert(source: str, out: html_text._Converter) -> None:
    end = len(source)
    pos = 0
    lower: list[str] = []
    while (found := _NOTICED.search(source, pos)) is not None:
        lt = found.start()
        if lt > pos:
            _reference_segment(source[pos:lt], out)
        comment, closing_a, name, raw_attrs = found.groups()
        pos = found.end()
        if name is not None:
            name = name.lower()
            kind = _KINDS[name]
            if kind & (_SKIPPED | _HEAD):
                close = _reference_skipped_end(source, name, pos, lower)
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
        else:
            close = source.find(">", lt + 2)
            pos = end if close < 0 else close + 1
    if pos < end:
        _reference_segment(source[pos:], out)


def _reference_clean_up(text: str) -> str:
    for char in html_text._SPACE_CHARS:
        if char in text:
            text = text.replace(char, " ")
    text = _SPACES.sub(" ", text)
    if any(char in text for char in html_text._OTHER_WHITE_SPACE):
        text = "\n".join([line.strip() for line in text.split("\n")])
    else:
        text = text.replace(" \n", "\n").replace("\n ", "\n")
    return re.sub("\n\n\n+", "\n\n", text).strip()


def _reference_html_to_text(source: str) -> html_text.HtmlText:
    truncated = len(source) > html_text.MAX_HTML_CHARS
    out = html_text._Converter()
    _reference_convert(source[:html_text.MAX_HTML_CHARS], out)
    out.close_anchor()
    text = _reference_clean_up("".join(out.chunks))
    return html_text.HtmlText(text=text[:html_text.MAX_TEXT_CHARS], links=tuple(out.links),
                              has_form=out.has_form, truncated=truncated or out.truncated)


def _same(source: str) -> None:
    assert html_text.html_to_text(source) == _reference_html_to_text(source)


# --- generated markup -----------------------------------------------------------------------

_NAMES = [*sorted(_KINDS), "span", "b", "a1", "p-x", "br/", "tdx", "o:p", "forms", "imgs",
          "bloc\u212aquote", "\u017fcript", "scr\u0131pt", "\u0130mg", "heAD", "Form", "A"]


@st.composite
def _case(draw: st.DrawFn, name: str) -> str:
    flips = draw(st.lists(st.booleans(), min_size=len(name), max_size=len(name)))
    return "".join(c.upper() if flip else c for c, flip in zip(name, flips, strict=True))


_NAME = st.sampled_from(_NAMES).flatmap(lambda name: _case(name))
_ATTRS = st.sampled_from([
    "", " ", "/", " href='http://x.example/a'", " href=y", ' HREF="z&amp;q=1"', " alt='a&amp;b'",
    " alt=x", " action=http://f.example", " type=password", " formaction=http://b.example",
    " http-equiv=refresh content='0; url=http://m.example'", " src=\"data:x,<b>\"", " a=<",
    " x='>'", "\t", "\u3000", " -->", " &amp", " <i>", " <", " href=\"a<b\"",
])
_TAG_TEXT = st.builds(lambda closing, name, attrs, close: f"<{closing}{name}{attrs}{close}",
                 st.sampled_from(["", "/"]), _NAME, _ATTRS,
                 st.sampled_from([">", ">", ">", "", " <", "/>"]))
_BITS = st.sampled_from([
    "<", ">", "</", "</!--x-->", "</=>", "< a>", "<1>", "<<", ">>", "<!--", "-->",
    "<!-- <a href=c> -->", "<!---->", "<!--->", "<!", "<!x>", "<?x?>", "<![CDATA[<p>]]>",
    "<!--[if mso]><table><![endif]-->",
    "<style>p{}<b></style>", "<script>a<b</script>", "<head><title>t</title></head>", "</head>",
    "<title>x</TITLE", "&amp;", "&amp", "&am", "p;", "&#65;", "&#", "&", ";", "&nbsp;", "&notin;",
    "&no", "tin;", "&#0000000065;", "text", "Été", " ", "  ", "\n", "\n\n", "\t", "\u00a0",
    "\u2003", "\x85", "\u0130", "\u212a", "</a>", "<a href=x>", "<a href=y>", "</form>",
    "<form action=z>", "<br>", "<img alt=pic>", "</p>",
])
_MARKUP = st.lists(st.one_of(_TAG_TEXT, _TAG_TEXT, _BITS, _BITS, st.text(max_size=6)), max_size=60)


@_SETTINGS
@given(_MARKUP)
def test_one_pass_gives_what_the_reference_gave(pieces: list[str]) -> None:
    _same("".join(pieces))


@_SETTINGS
@given(_MARKUP, st.integers(1, 80), st.integers(1, 40), st.integers(0, 4),
       st.integers(1, 400))
def test_one_pass_at_small_limits(pieces: list[str], text_limit: int, anchor_limit: int,
                                  links_limit: int, html_limit: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(html_text, "MAX_TEXT_CHARS", text_limit)
        patch.setattr(html_text, "_MAX_ANCHOR_TEXT", anchor_limit)
        patch.setattr(html_text, "MAX_LINKS", links_limit)
        patch.setattr(html_text, "MAX_HTML_CHARS", html_limit)
        _same("".join(pieces))


@_SETTINGS
@given(st.lists(st.sampled_from(["<a href=x>", "</a>", "<p>", "<span>", "x" * 9, "&amp;",
                                 "<br>", "<img alt=zz>", "\n", " ", "<!--c-->", "<b"]),
                max_size=80),
       st.integers(1, 300), st.integers(1, 30))
def test_links_and_text_near_their_limits(pieces: list[str], text_limit: int,
                                          anchor_limit: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(html_text, "MAX_TEXT_CHARS", text_limit)
        patch.setattr(html_text, "_MAX_ANCHOR_TEXT", anchor_limit)
        _same("".join(pieces))


@_SETTINGS
@given(st.text(alphabet="<>/!-?&;#ab pAF\n\u0130", max_size=300))
def test_on_text_made_of_markup_characters(source: str) -> None:
    _same(source)


@_SETTINGS
@given(st.text(max_size=2000))
def test_on_arbitrary_text(source: str) -> None:
    _same(source)


def test_known_cases() -> None:
    for source in ("", "<", ">", "a>b", "<p>a>b", "&amp<!--x-->;", "&am<a href=x>p;",
                   "<form><input type=password></form>x", "</form>y", "<FORM action=f>z",
                   "<img src=\"a<b\" alt=x>", "<a href='x<y'>t</a>", "</a <b>", "<b x <p>y",
                   "</!--Button-->", "Q&A<<<&nbsp;", "<style>x</st\u212aLE>y",
                   "<scr\u0130pt>x</script>y", "<head>t</head>v", "<!--a<p>-->b",
                   "<a href=x>" + "w<b>" * 50 + "</a>", "x<y <p>z", "<br>" * 5 + "a"):
        _same(source)


def _corpus_html() -> Iterator[str]:
    shared = Path(__file__).resolve().parents[3] / "shared" / "corpus"
    for name in ("phishing_eml_random", "phishing_eml", "ham_eml"):
        for path in sorted((shared / name).glob("*"))[:80]:
            message = email.message_from_bytes(path.read_bytes())
            for part in message.walk():
                if part.get_content_type() == "text/html":
                    payload = part.get_payload(decode=True)
                    if isinstance(payload, bytes):
                        yield payload.decode("utf-8", "replace")


def test_real_messages() -> None:
    sources = list(_corpus_html())
    if not sources:
        pytest.skip("corpus not found")
    for source in sources:
        _same(source)


def test_hostile_inputs_stay_linear() -> None:
    for source in ("<a" * 500_000 + ">", "<a " + "x" * 1_000_000 + ">", "<div " * 200_000 + ">",
                   "<p>" * 330_000, "<!-" * 330_000 + ">", "<style>" + "</styl" * 150_000 + ">",
                   "<x<br>" * 160_000, "<!--" + "-" * 1_000_000 + ">", "&a<b>" * 200_000,
                   "<a href=x>" * 200_000, "</a>" * 250_000, "<img alt=" + "<" * 500_000 + ">",
                   ("&#" + "0" * 4000 + "<i>;") * 200, "<" * 500_000 + ">" * 500_000):
        start = time.perf_counter()
        html_text.html_to_text(source)
        assert time.perf_counter() - start < 5.0, source[:20]
