"""The HTML converter that searches only for the tokens needing a Python step gives exactly
what the tokenizer reading every token gave.

The converter it replaced (one regex pass over every tag, a Python step for each, then the
clean-up in three steps) is kept here as ``_reference_html_to_text`` and compared on
generated markup: every known tag name in any case, names that only look like them (Kelvin
sign, dotless i, long s, "a1", "p-x"), lone "<", comments, declarations, entities cut by a
tag, unclosed links, white space of every kind, with the text, link and anchor limits made
small so that they are reached inside the runs that are put together.
"""

from __future__ import annotations

import email
import html
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vigilance_app.analysis import html_text

_SETTINGS = settings(max_examples=350, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])

# --- the converter before the search for noticed tokens, for comparison ---------------------

_TOKEN = re.compile(r"<(?:(!--)|[!?]|(/?)([a-zA-Z][^\s/<>]*+)([^<>]*+)>)")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b\u200c\u200d\u2060\ufeff]+")
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")
_SKIPPED, _HEAD, _WATCHES, _BLOCK = 1, 2, 4, 8
_KINDS: dict[str, int] = {}
for _names, _bit in ((html_text._RAW_SKIPPED, _SKIPPED), ({"head"}, _HEAD),
                     (html_text._WATCHED, _WATCHES), (html_text._BLOCKS, _BLOCK)):
    for _name in _names:
        _KINDS[_name] = _KINDS.get(_name, 0) | _bit


def _reference_convert(source: str, out: html_text._Converter) -> None:
    end = len(source)
    pos = 0
    text_start = 0
    lower: str | None = None
    add = out.chunks.append
    while pos < end:
        for found in _TOKEN.finditer(source, pos):
            lt = found.start()
            if lt > text_start:
                chunk = source[text_start:lt]
                if "&" in chunk:
                    chunk = html.unescape(chunk)
                if out._href is None and out.size < html_text.MAX_TEXT_CHARS:
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
                else:
                    close = source.find(">", lt + 2)
                    pos = text_start = end if close < 0 else close + 1
                break
            name = name.lower()
            text_start = found.end()
            kind = _KINDS.get(name)
            if kind is None:
                continue
            if kind & _SKIPPED or (kind & _HEAD and not closing):
                if closing:
                    continue
                if lower is None:
                    lower = source.lower()
                close = lower.find("</" + name, text_start)
                pos = text_start = end if close < 0 else close
                break
            if closing:
                if name == "a":
                    out.close_anchor()
            elif kind & _WATCHES:
                out.open_tag(name, raw_attrs)
            if kind & _BLOCK:
                if out._href is None and out.size < html_text.MAX_TEXT_CHARS:
                    add("\n")
                    out.size += 1
                else:
                    out.text("\n")
        else:
            break
    chunk = source[text_start:]
    out.text(html.unescape(chunk) if "&" in chunk else chunk)


def _reference_html_to_text(source: str) -> html_text.HtmlText:
    truncated = len(source) > html_text.MAX_HTML_CHARS
    out = html_text._Converter()
    _reference_convert(source[:html_text.MAX_HTML_CHARS], out)
    out.close_anchor()
    text = _SPACES.sub(" ", "".join(out.chunks))
    text = "\n".join([line.strip() for line in text.split("\n")])
    text = _BLANK_LINES.sub("\n\n", text).strip()
    limit = html_text.MAX_TEXT_CHARS
    return html_text.HtmlText(text=text[:limit], links=tuple(out.links),
                              has_form=out.has_form, truncated=truncated or out.truncated)


def _same(source: str) -> None:
    assert html_text.html_to_text(source) == _reference_html_to_text(source)


# --- generated markup -----------------------------------------------------------------------

_NAMES = [*sorted(_KINDS), "span", "font", "b", "x-y", "a1", "p-x", "br/", "h7", "tdx",
          "bloc\u212aquote", "\u212abd", "\u017fcript", "scr\u0131pt", "\u0130mg", "im\u0130",
          "heAD", "o:p", "v:shape"]


@st.composite
def _case(draw: st.DrawFn, name: str) -> str:
    flips = draw(st.lists(st.booleans(), min_size=len(name), max_size=len(name)))
    return "".join(c.upper() if flip else c for c, flip in zip(name, flips, strict=True))


_NAME = st.sampled_from(_NAMES).flatmap(lambda name: _case(name))
_ATTRS = st.sampled_from([
    "", " ", "/", " /", " href='http://x.example/a'", " href=y", ' HREF="z&amp;q=1"',
    " alt='Pay &amp; go'", " alt=x", " action=http://f.example", " type=password",
    " name=cardnumber", " http-equiv=refresh content='0; url=http://m.example'",
    " formaction=http://b.example", " class=\"a\"", "\t", "\n", "\u3000", " a=\"x'", " -->",
    " &amp", " x=&",
])
_TAG = st.builds(lambda closing, name, attrs, close: f"<{closing}{name}{attrs}{close}",
                 st.sampled_from(["", "/"]), _NAME, _ATTRS,
                 st.sampled_from([">", ">", ">", "", " <"]))
_BITS = st.sampled_from([
    "<", "</", "<<", "< a>", "<1>", ">", "<!--", "-->", "<!-- c -->", "<!", "<!doctype html>",
    "<?", "<?xml x?>", "<![CDATA[x]]>", "&amp;", "&amp", "&am", "p;", "&#65;", "&#65", "&#",
    "&#x41;", "&#x", "6;", "&notin;", "&notit", "&no", "tin;", "&nbsp", "&nbsp;", "&", ";",
    "&#1;", "&#0;", "&#xD800;", "&NotEqualTilde;", "text", "Été", " ", "  ", "\n", "\n\n",
    "\t", "\r", "\f", "\v", "\u00a0", "\u200b", "\ufeff", "\u2003", "\u3000", "\x1c", "\x85",
    "\u2028", "\u0130", "\u212a", "</a>", "<a href=x>", "<a href=y>", "</script>", "</style",
])
_MARKUP = st.lists(st.one_of(_TAG, _TAG, _BITS, _BITS, st.text(max_size=8)), max_size=60)


@_SETTINGS
@given(_MARKUP)
def test_converter_gives_what_the_reference_gave(pieces: list[str]) -> None:
    _same("".join(pieces))


@_SETTINGS
@given(_MARKUP, st.integers(1, 80), st.integers(1, 40), st.integers(0, 4),
       st.integers(1, 400))
def test_converter_at_small_limits(pieces: list[str], text_limit: int, anchor_limit: int,
                                   links_limit: int, html_limit: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(html_text, "MAX_TEXT_CHARS", text_limit)
        patch.setattr(html_text, "_MAX_ANCHOR_TEXT", anchor_limit)
        patch.setattr(html_text, "MAX_LINKS", links_limit)
        patch.setattr(html_text, "MAX_HTML_CHARS", html_limit)
        _same("".join(pieces))


@_SETTINGS
@given(st.lists(st.sampled_from(["<a href=x>", "<a href=y>", "</a>", "<p>", "<span>", "x" * 7,
                                 "&amp;", "<br>", "<img alt=zz>", "\n", " "]), max_size=80),
       st.integers(1, 400), st.integers(1, 30))
def test_anchors_and_text_near_their_limits(pieces: list[str], text_limit: int,
                                            anchor_limit: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(html_text, "MAX_TEXT_CHARS", text_limit)
        patch.setattr(html_text, "_MAX_ANCHOR_TEXT", anchor_limit)
        _same("".join(pieces))


@_SETTINGS
@given(st.text(max_size=2000))
def test_converter_on_arbitrary_text(source: str) -> None:
    _same(source)


@_SETTINGS
@given(st.text(alphabet=" \t\r\n\f\v\u00a0\u200b\u2003\u3000\x1c\x85\u2028\ufeffab",
               max_size=200))
def test_clean_up_of_white_space(source: str) -> None:
    _same(source)


def test_names_read_as_lower_case_are_matched_as_such() -> None:
    # The patterns spell names with ASCII letters in either case plus the Kelvin sign: no
    # other character lowers to ASCII, and only U+0130 lowers to more than one character.
    to_ascii = [c for c in map(chr, range(128, 0x110000))
                if any(x.isascii() for x in c.lower())]
    assert to_ascii == ["\u0130", "\u212a"]
    longer = [c for c in map(chr, range(0x110000)) if len(c.lower()) != 1]
    assert longer == [html_text._LONGER_LOWER]
    for name in _KINDS:
        tag = f"<{name.upper()}>"
        expected = _KINDS[name] & (_SKIPPED | _HEAD | _WATCHES) != 0
        assert (html_text._NOTICED.match(tag) is not None) is expected, name
        assert (html_text._BLOCK_START.match(tag) is not None) is bool(_KINDS[name] & _BLOCK)
    assert html_text._BLOCK_START.match("<bloc\u212aquote>")
    assert not html_text._NOTICED.match("<\u017fcript>")


def test_known_cases() -> None:
    for source in ("&amp<span>;", "&#<b>65;", "&no<i>tin;", "<x<br>y>", "<b<span>r>",
                   "<<b>>", "a<br>b<p>c", "<a href=x>one<a href=y>two", "&amp<br>;",
                   "<scr\u0130pt>x</script>y", "<\u0130><style>a</STYLE>b", "<head>t</head>v",
                   "<STYLE>x</st\u212aLE>y", "<title>t</title>z", "<!--a<p>-->b", "<p -->c",
                   "<a href=x>" + "w<b>" * 50 + "</a>", "<div\u3000>x</div\x85>",
                   "a<td>b</=></td>c</!--d-->e<p>f", "<p>" + "</=><br>" * 12 + "g<i>",
                   "x<y <p>z", "<p>" + "< <b>" * 8 + "<p", "&amp< <b>;"):
        _same(source)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(html_text, "_MAX_ANCHOR_TEXT", 5)
        _same("<a href=x>abc<span>defgh<span>ijk</a>")


def _corpus_html() -> Iterator[str]:
    corpus = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "phishing_eml_random"
    for path in sorted(corpus.glob("*"))[:60]:
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
    for source in ("<a" * 500_000, "<a " + "x" * 1_000_000, "&" + "a" * 1_000_000 + "<b>",
                   "&a<b>" * 200_000, "<div " * 200_000, "<p>" * 330_000, "\u2003" * 1_000_000,
                   " \n" * 500_000, "<style>" + "</styl" * 150_000, "<x<br>" * 160_000,
                   "<!-" * 330_000, ("&#" + "0" * 4000 + "<i>;") * 200, " \u00a0" * 500_000):
        start = time.perf_counter()
        html_text.html_to_text(source)
        assert time.perf_counter() - start < 5.0, source[:20]
