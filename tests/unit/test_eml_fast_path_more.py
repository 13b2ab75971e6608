"""More faster ways of ``eml``, compared with the code they replace.

- ``_Dashes.at_or_after`` with a limit (a header block's search for a line starting with
  "--" stops after its blank line) gives the unlimited answer when it is within the limit,
  whatever the searches asked before (the cache of earlier answers);
- ``_Dashes.separator_at_or_after`` (body text searched for the open multiparts' own
  separators rather than for every line starting with "--") gives the first line starting
  with one of them, and the prescan and the parsed tree are those of the search for "--";
- the walk over the parts reads each header's parameters once (``_Params``): the walk kept
  here (``_reference_walk``, which asks the stdlib ``Message`` methods) collects the same.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import Message
from email.parser import BytesParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.mime_trees import tree
from vigilance_app.analysis import attachments as attachment_rules
from vigilance_app.analysis import eml
from vigilance_app.analysis.headers import decode_bytes, decode_words, raw_to_text

_SETTINGS = settings(max_examples=350, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])
_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "phishing_eml_random"
_NEWLINES = ("\r\n", "\n", "\r")


# --- line searches ----------------------------------------------------------------------------

def _reference_at_or_after(text: str, offset: int) -> int:
    """The first line start at or after ``offset`` (itself a line start) starting with "--",
    searched afresh."""
    if text.startswith("--", offset):
        return offset
    found = [at for at in (text.find("\n--", offset), text.find("\r--", offset)) if at != -1]
    return min(found) + 1 if found else -1


def _reference_separator_at_or_after(text: str, offset: int, separators: list[str]) -> int:
    """The first line at or after ``offset`` starting with one of ``separators``, found by
    looking at every line."""
    for line in text[offset:].splitlines(keepends=True) if offset < len(text) else []:
        if line.startswith(tuple(separators)):
            return offset
        offset += len(line)
    return -1


_PIECES = st.sampled_from(["--", "--b", "--bb", "--c", "-", "x", "b", "", " ", "--b--"])


def _text(draw: st.DrawFn) -> str:
    lines = draw(st.lists(st.tuples(_PIECES, _PIECES, st.sampled_from(_NEWLINES)),
                          max_size=40))
    return "".join(a + b + end for a, b, end in lines)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    return starts


@st.composite
def _dash_queries(draw: st.DrawFn) -> tuple[str, list[tuple[int, int | None]]]:
    text = _text(draw)
    starts = _line_starts(text)
    offsets = draw(st.lists(st.sampled_from(starts), max_size=12))
    if draw(st.booleans()):
        offsets.sort()
    # a limit is never before the offset
    queries = [(offset, draw(st.one_of(st.none(), st.integers(offset, len(text) + 3))))
               for offset in offsets]
    return text, queries


@_SETTINGS
@given(_dash_queries())
def test_limited_search_is_the_unlimited_one_within_the_limit(
        case: tuple[str, list[tuple[int, int | None]]]) -> None:
    text, queries = case
    for kind in (str, bytes):
        dashes = eml._Dashes(text if kind is str else text.encode())
        for offset, limit in queries:
            expected = _reference_at_or_after(text, offset)
            if limit is not None and expected > limit:
                expected = -1
            assert dashes.at_or_after(offset, limit) == expected, (offset, limit)


@st.composite
def _separator_queries(draw: st.DrawFn) -> tuple[str, list[tuple[int, list[str]]]]:
    text = _text(draw)
    starts = _line_starts(text)
    separators = st.lists(st.sampled_from(["--b", "--bb", "--c", "--b--", "--"]),
                          min_size=1, max_size=3)
    queries = draw(st.lists(st.tuples(st.sampled_from(starts), separators), max_size=12))
    return text, sorted(queries, key=lambda query: query[0])


@_SETTINGS
@given(_separator_queries())
def test_separator_search_finds_the_first_line_starting_with_one(
        case: tuple[str, list[tuple[int, list[str]]]]) -> None:
    text, queries = case
    for kind in (str, bytes):
        dashes = eml._Dashes(text if kind is str else text.encode())
        for offset, separators in queries:
            expected = _reference_separator_at_or_after(text, offset, separators)
            asked = separators if kind is str else [s.encode() for s in separators]
            assert dashes.separator_at_or_after(offset, asked) == expected


@contextmanager
def _dashes_only() -> Iterator[None]:
    """Body text searched for every line starting with "--" (the search budget spent)."""
    original = eml._Dashes.__init__

    def spent(self: eml._Dashes, text: str | bytes) -> None:
        original(self, text)  # type: ignore[arg-type]
        self._budget = -1

    eml._Dashes.__init__ = spent  # type: ignore[method-assign]
    try:
        yield
    finally:
        eml._Dashes.__init__ = original  # type: ignore[method-assign]


def _same_with_separators_or_dashes(data: bytes) -> None:
    prescanned = eml._prescan(data)
    parsed = tree(eml._parse_message(data))
    assert parsed == tree(BytesParser(policy=eml._POLICY).parsebytes(data))
    with _dashes_only():
        assert eml._prescan(data) == prescanned
        assert tree(eml._parse_message(data)) == parsed


_MIME_LINES = st.sampled_from([
    b"Content-Type: multipart/mixed; boundary=b", b"Content-Type: multipart/mixed; boundary=c",
    b"Content-Type: multipart/alternative; boundary=\"bb\"", b"--b", b"--b--", b"--c",
    b"--c--", b"--b  ", b"--b-- ", b"--bb", b"--bb--", b"-- b", b"--", b"---b", b"", b" ",
    b"Content-Type: message/rfc822", b"Content-Type: text/html; charset=utf-8",
    b"Content-Type: multipart/digest; boundary=b", b"Content-Type: multipart/mixed; boundary=",
    b"Content-Type: multipart/mixed; boundary=\"b c\"", b"--b c", b"--b c--",
    b"From nobody Mon Jan 1", b"From: a@b", b"Subject: x", b" folded", b"X-Y:z", b"-x",
    b"no header here", b"<p>text</p>", b"QUJD", b"\xff\xfe", b"a: b\rc", b"--b:x", b"--bx",
])


@_SETTINGS
@given(st.lists(st.tuples(_MIME_LINES, st.sampled_from([b"\r\n", b"\n", b"\r"])),
                max_size=80), st.binary(max_size=12))
def test_separator_search_gives_the_dash_search_output(lines: list[tuple[bytes, bytes]],
                                                       tail: bytes) -> None:
    _same_with_separators_or_dashes(b"".join(a + b for a, b in lines) + tail)


@_SETTINGS
@given(st.lists(st.one_of(_MIME_LINES, st.sampled_from([b"\r\n", b"\n", b"\r"]),
                          st.binary(max_size=8)), max_size=60))
def test_separator_search_in_arbitrary_pieces(pieces: list[bytes]) -> None:
    _same_with_separators_or_dashes(b"".join(pieces))


def test_many_separators_that_never_come_are_linear() -> None:
    # every part opens a multipart whose separator never comes: each would be searched for
    # in the rest of the text, whose lines nearly start with it
    parts = b"".join(b"--b\nContent-Type: multipart/mixed; boundary=c%d\n\nx\n" % index
                     for index in range(400))
    data = b"Content-Type: multipart/mixed; boundary=b\n\n" + parts + b"x--c1\n" * 170_000
    searches: list[tuple[eml._Dashes, int]] = []
    original = eml._Dashes.__init__

    def recorded(self: eml._Dashes, text: str | bytes) -> None:
        original(self, text)  # type: ignore[arg-type]
        searches.append((self, self._budget))

    eml._Dashes.__init__ = recorded  # type: ignore[method-assign]
    try:
        start = time.perf_counter()
        eml._prescan(data)
        eml._parse_message(data)
        elapsed = time.perf_counter() - start
    finally:
        eml._Dashes.__init__ = original  # type: ignore[method-assign]
    assert elapsed < 10.0
    for dashes, budget in searches:
        # characters searched: the separators' budget, then the search for "--"
        assert budget - dashes._budget <= 8 * len(dashes.text) + 2**20


def test_header_block_search_is_linear() -> None:
    # header blocks of attached messages, each followed by text without "--"
    block = b"Content-Type: message/rfc822\n\n" * 15
    data = b"Content-Type: multipart/mixed; boundary=b\n\n--b\n" + block + b"x\n" * 500_000
    start = time.perf_counter()
    eml._prescan(data)
    assert time.perf_counter() - start < 5.0


# --- the walk over the parts as it was: every parameter asked of the stdlib -----------------

def _reference_filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        return None
    if name is None:
        return None
    name = raw_to_text(str(name))
    return decode_words(name) if "=?" in name else name


def _reference_charset(part: Message) -> str | None:
    try:
        charset = part.get_content_charset()
    except Exception:
        return None
    return str(charset) if charset else None


def _reference_leaf(part: Message, body: eml._Body) -> None:
    try:
        content_type = (part.get_content_type().split() or ["text/plain"])[0]
    except Exception:
        content_type = "application/octet-stream"
    if content_type.startswith("multipart/"):
        content_type = "text/plain"
    disposition = eml._disposition(part)
    filename = _reference_filename(part)
    is_text = content_type in ("text/plain", "text/html")
    if is_text and disposition != "attachment" and filename is None:
        text = decode_bytes(eml._payload(part), _reference_charset(part))
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if content_type == "text/plain":
            body.plain.append(text)
        else:
            body.html.append(text)
        return
    data = eml._payload(part)
    body.attachments.append(attachment_rules.describe(filename, content_type, data))
    if content_type == "text/html" or (filename or "").lower().endswith((".html", ".htm")):
        page = eml.html_to_text(decode_bytes(data[:eml.MAX_TEXT_CHARS],
                                             _reference_charset(part)))
        if page.has_form:
            body.has_form = True
            body.links.extend(link for link in page.links if not link.text)


def _reference_walk(message: Message, body: eml._Body) -> None:
    stack: list[tuple[Message, int]] = [(message, 0)]
    seen = 0
    while stack:
        part, depth = stack.pop()
        seen += 1
        if seen > eml.MAX_PARTS + 1:
            body.warn(eml.WARN_TOO_MANY_PARTS)
            return
        payload = part.get_payload()
        if isinstance(payload, list):
            if depth >= eml.MAX_DEPTH:
                body.warn(eml.WARN_TOO_DEEP)
                continue
            children = [child for child in payload if isinstance(child, Message)]
            stack.extend((child, depth + 1) for child in reversed(children))
            continue
        try:
            _reference_leaf(part, body)
        except Exception:
            body.warn(eml.WARN_UNREADABLE_PART)


def _walked(walk: object, message: Message) -> tuple[object, ...]:
    body = eml._Body()
    try:
        walk(message, body)  # type: ignore[operator]
    except Exception as error:  # both must fail alike
        return ("error", type(error).__name__)
    return (body.plain, body.html, body.links, body.attachments, body.has_form,
            body.warnings)


def _same_walk(data: bytes) -> None:
    try:
        message = eml._parse_message(eml._prescan(data)[0])
    except Exception:  # parameters the stdlib parser itself cannot read: no walk
        return
    assert _walked(eml._walk, message) == _walked(_reference_walk, message)
    for part in message.walk():
        params = eml._Params(part)
        assert eml._filename(params) == _reference_filename(part)
        assert eml._charset(params) == _reference_charset(part)


_PARAM_VALUES = st.sampled_from([
    "a.pdf", '"a b.exe"', '"a\\"b"', "=?utf-8?b?w6k=?=", '"=?utf-8?q?f=C3=A9.html?="', "",
    '"', "utf-8", "UTF-8", '"iso-8859-1"', "idna", "hex", "rot13", "bogus", "utf-8''%C3%A9",
    "iso-8859-1'fr'caf%E9", "us-ascii''%FF", "x''a", "'", "%", "\u00e9", "\udcff", "utf-7",
])
_PARAM_NAMES = st.sampled_from([
    "filename", "name", "charset", "FileName", "NAME", "Charset", "filename*", "name*",
    "charset*", "filename*0", "filename*1", "filename*0*", "name*0*", "name*1", "charset*0*",
    "boundary", "", " filename ", "filename ",
])


@st.composite
def _param_header(draw: st.DrawFn, name: str, head: st.SearchStrategy[str]) -> str:
    params = draw(st.lists(st.tuples(_PARAM_NAMES, st.sampled_from(["=", " = ", "", "=="]),
                                     _PARAM_VALUES), max_size=4))
    tail = "".join(f"; {key}{sign}{value}" for key, sign, value in params)
    return f"{name}: {draw(head)}{tail}{draw(st.sampled_from(['', ';', ' ;;', '(c)']))}"


_TYPES = st.sampled_from(["text/plain", "text/html", "TEXT/HTML", "application/pdf", "text",
                          "text/html charset=x", "", "multipart/mixed", "image/png"])
_DISPOSITIONS = st.sampled_from(["attachment", "inline", "", "ATTACHMENT", "form-data"])


@st.composite
def _part(draw: st.DrawFn) -> str:
    headers = draw(st.lists(st.one_of(
        _param_header("Content-Type", _TYPES), _param_header("Content-Disposition",
                                                             _DISPOSITIONS),
        st.sampled_from(["Content-Transfer-Encoding: base64",
                         "Content-Transfer-Encoding: quoted-printable", "X-Other: y",
                         "content-type: text/html"])), max_size=4))
    body = draw(st.sampled_from(["caf\u00e9 <b>x</b>", "Y2Fmw6k=", "caf=C3=A9", "plain",
                                 "<form action=x><input></form>", "\udcff\udcfe", ""]))
    return "\n".join(headers) + "\n\n" + body + "\n"


def _encoded(text: str) -> bytes:
    return text.encode("utf-8", errors="surrogateescape")


@_SETTINGS
@given(_part())
def test_one_part_walked_with_parameters_read_once(part: str) -> None:
    _same_walk(_encoded(part))


@_SETTINGS
@given(st.lists(_part(), min_size=1, max_size=4), st.sampled_from(["mixed", "digest"]))
def test_parts_walked_with_parameters_read_once(parts: list[str], subtype: str) -> None:
    data = (f"Content-Type: multipart/{subtype}; boundary=b\n\n"
            + "".join(f"--b\n{part}" for part in parts) + "--b--\n")
    _same_walk(_encoded(data))


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="corpus not present")
def test_corpus_walk_and_searches() -> None:
    for path in sorted(_CORPUS.glob("*.eml"))[:150]:
        data = path.read_bytes()
        _same_walk(data)
        _same_with_separators_or_dashes(data)


def test_rfc2231_parameters_read_as_by_the_stdlib() -> None:
    data = (b"Content-Type: text/plain; charset*=iso-8859-1''utf-8; name*0*=utf-8''a%C3%A9;"
            b" name*1=.exe\nContent-Disposition: attachment\n\nx\n")
    message = eml._parse_message(data)
    params = eml._Params(message)
    assert eml._filename(params) == _reference_filename(message) == "a\u00e9.exe"
    assert eml._charset(params) == _reference_charset(message) == "utf-8"
    assert re.fullmatch(r"[a-z0-9-]+", eml._charset(params) or "")


def test_parameters_the_stdlib_cannot_read_fail_alike() -> None:
    # mixed numbered and unnumbered RFC 2231 sections make decode_params raise TypeError;
    # an RFC 2231 charset makes get_payload raise on 8-bit text
    for data in (
            b"Content-Type: text/html; name*=a; name*0=b\nContent-Disposition: inline;"
            b" filename*=a; filename*0=b\n\nx\n",
            b"Content-Type: text/plain; charset*=utf-8''idna\n\ncaf\xc3\xa9\n",
            b"Content-Type: text/plain; charset=idna\n\ncaf\xc3\xa9\n",
            b"Content-Type: application/pdf; charset=\"\xff\"; name=\"\xc3\xa9.pdf\"\n\nx\n"):
        _same_walk(data)
