"""The faster ways of ``eml`` give exactly what the code they replace gave.

The prescan reads a header block whole (``_header_run``, ``_flush_run``) where it went line
by line and header by header; the line by line scan is kept here (``_reference_prescan``)
and both are compared on generated header soups, with the real caps and with small ones
(so that hypothesis reaches them), and on the corpus when it is there. The search for the
next line starting with "--" (``_Dashes.at_or_after``), which both the prescan and the feed
parser's line buffer use, is compared with a walk over every line.
"""

from __future__ import annotations

import bisect
import itertools
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
from vigilance_app.analysis import eml

_SETTINGS = settings(max_examples=400, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])
_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "phishing_eml_random"


# --- the prescan as it was: every line and every header looked at ---------------------------


def _reference_flush_block(scan: eml._Scan, headers: list[list[bytes]]) -> bytes | None:
    block_size = 0
    content_type: bytes | None = None
    last = len(headers) - 1
    scan.blocks += 1
    every = (eml._READ is None or scan.blocks > 1 or last < 2
             or any(h[0].startswith(b"From ") for h in headers[1:]))
    for index, lines in enumerate(headers):
        value = b"".join(lines)
        head = value[:40].partition(b":")[0]
        name = head.strip().lower()
        is_mime = name in eml._MIME_HEADERS
        limit = eml.MAX_MIME_HEADER_BYTES if is_mime else eml.MAX_HEADER_BYTES
        if len(value) > limit:
            scan.warn(eml.WARN_HEADER_TOO_LONG)
            value = value[:limit].rstrip(b"\r\n") + eml._LINE_END
        if block_size + len(value) > eml.MAX_HEADER_BLOCK_BYTES:
            scan.warn(eml.WARN_TOO_MANY_HEADERS)
            break
        block_size += len(value)
        if (every or index == 0 or index == last
                or head.lower() in eml._READ):  # type: ignore[operator]
            scan.out.append(value)
        if content_type is None and value[:13].lower() == b"content-type:":
            content_type = value[13:]
    return content_type


class _ReferenceDashLines(eml._Dashes):
    """``eml._Dashes`` as line numbers, ``lines`` being the text's lines with their ends,
    as the line-by-line prescan used it."""

    def __init__(self, text: bytes, lines: list[bytes]) -> None:
        super().__init__(text)
        self.count = len(lines)
        self.starts = [0, *itertools.accumulate(map(len, lines))]  # offset of each line

    def next(self, index: int) -> int:
        """The first line at or after ``index`` that starts with "--", or ``count``."""
        if index >= self.count:
            return self.count
        start = self.at_or_after(self.starts[index])
        if start == -1:
            return self.count
        found = bisect.bisect_left(self.starts, start)
        # a line starts after a line end: found is that line (checked, never trusted)
        return found if found < self.count and self.starts[found] == start else index


def _reference_prescan(data: bytes) -> tuple[bytes, list[str]]:
    scan = eml._Scan()
    lines = data.splitlines(keepends=True)
    in_headers = True
    headers: list[list[bytes]] = []
    block_bytes = header_bytes = 0
    index, total = 0, len(lines)
    dashes = _ReferenceDashLines(data, lines)
    while index < total:
        if not in_headers:
            following = dashes.next(index)
            if following > index:
                scan.out.extend(lines[index:following])
                index = following
                continue
        line = lines[index]
        index += 1
        found = eml._boundary_frame(scan.stack, line) if line.startswith(b"--") else None
        if found is not None:
            position, closing = found
            if in_headers:
                _reference_flush_block(scan, headers)
                headers = []
            del scan.stack[position + 1:]
            if closing:
                scan.stack.pop()
                in_headers = False
                scan.out.append(line)
                if not scan.boundaries_open():
                    scan.out.extend(lines[index:])
                    break
                continue
            scan.parts += 1
            if scan.parts > eml.MAX_PARTS:
                scan.warn(eml.WARN_TOO_MANY_PARTS)
                break
            scan.out.append(line)
            in_headers, headers, block_bytes = True, [], 0
            continue
        if not in_headers:
            scan.out.append(line)
            continue
        if line in (b"\n", b"\r\n", b"\r") or not eml._HEADER_LINE.match(line):
            after = eml._enter_body(scan, _reference_flush_block(scan, headers))
            if after == eml._STOP:
                break
            scan.out.append(line)
            headers, block_bytes = [], 0
            in_headers = after == eml._HEADERS
            if not in_headers and not scan.boundaries_open():
                scan.out.extend(lines[index:])
                break
            continue
        block_bytes += len(line)
        if block_bytes > eml.MAX_HEADER_BLOCK_BYTES + eml.MAX_HEADER_BYTES:
            scan.warn(eml.WARN_TOO_MANY_HEADERS)
            continue
        if line[:1] in (b" ", b"\t") and headers:
            if header_bytes <= eml.MAX_HEADER_BYTES:
                headers[-1].append(line)
                header_bytes += len(line)
            else:
                scan.warn(eml.WARN_HEADER_TOO_LONG)
        else:
            headers.append([line])
            header_bytes = len(line)
    else:
        if in_headers and headers:
            _reference_flush_block(scan, headers)
    return b"".join(scan.out), scan.warnings


@contextmanager
def _small_caps() -> Iterator[None]:
    """Caps small enough for generated inputs to hit them (read from ``eml`` by both)."""
    saved = {name: getattr(eml, name) for name in (
        "MAX_HEADER_BYTES", "MAX_MIME_HEADER_BYTES", "MAX_HEADER_BLOCK_BYTES", "MAX_PARTS",
        "MAX_DEPTH")}
    eml.MAX_HEADER_BYTES, eml.MAX_MIME_HEADER_BYTES = 90, 45
    eml.MAX_HEADER_BLOCK_BYTES, eml.MAX_PARTS, eml.MAX_DEPTH = 300, 6, 3
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(eml, name, value)


def _same_prescan(data: bytes) -> None:
    assert eml._prescan(data) == _reference_prescan(data)
    read = eml._READ
    try:
        eml._READ = None
        assert eml._prescan(data) == _reference_prescan(data)
    finally:
        eml._READ = read


_NAME_39 = b"X-" + b"n" * 37
_NAME_40 = b"X-" + b"n" * 38
_HEADER_LINES = st.sampled_from([
    b"From: Bank <a@bank.example>", b"from:b@c.example", b"FROM: x", b"From :x",
    b"Subject: =?utf-8?q?Caf=C3=A9?=", b"Subject : spaced", b"subject:", b"Reply-To: r@x",
    b"Return-Path: <p@x.example>", b"Date: Mon, 7 Dec 2026 06:00:00 +0000",
    b"Authentication-Results: mx; spf=fail", b"Received: from x by y", b"Received:",
    b"DKIM-Signature: v=1; a=rsa", b"X-Mailer: z", b" folded", b"\tfolded", b" ", b"\t",
    b"From nobody Mon Jan 1", b"From ", b":no name", b":", b"Content-Type: text/html",
    b"Content-Type: multipart/mixed; boundary=b", b"content-type:multipart/alternative;"
    b" boundary=\"c\"", b"Content-Type: message/rfc822", b"Content-Type: multipart/digest;"
    b" boundary=b", b"Content-Transfer-Encoding: base64", b"CONTENT-DISPOSITION: attachment",
    b"Content-Type-X: y", b"Content-Type:" + b"x" * 60, b"X-Long: " + b"y" * 100,
    b" " + b"z" * 70, _NAME_39 + b": v", _NAME_40 + b": v", _NAME_40 + b"From: v",
    b"X Weird: spaced name", b"X-\xff: bytes", b"\xffX: y", b"-x: dash", b"--b: not one",
    b"--x", b"-", b"Content-type : text/html", b"no header here", b"\x01ctl: x",
])
_OTHER_LINES = st.sampled_from([
    b"", b"--b", b"--b--", b"--c", b"--c--", b"--b  ", b"--", b"-- ", b"<p>Hello</p>",
    b"QUJD", b"text", b"From x",
])
_NEWLINES = (b"\r\n", b"\n", b"\r")


def _join(pieces: list[tuple[bytes, bytes]], tail: bytes) -> bytes:
    return b"".join(line + end for line, end in pieces) + tail


_SOUP = st.lists(st.tuples(st.one_of(_HEADER_LINES, _HEADER_LINES, _OTHER_LINES),
                           st.sampled_from(_NEWLINES)), max_size=60)


@_SETTINGS
@given(_SOUP, st.sampled_from([b"", b"x", b"Subject: y", b" z", b"\r", b"--b"]))
def test_header_blocks_read_whole_give_the_line_by_line_output(
        pieces: list[tuple[bytes, bytes]], tail: bytes) -> None:
    _same_prescan(_join(pieces, tail))


@_SETTINGS
@given(_SOUP, st.sampled_from([b"", b"x", b"Subject: y", b" z", b"\r", b"--b"]))
def test_header_blocks_read_whole_at_small_caps(pieces: list[tuple[bytes, bytes]],
                                                tail: bytes) -> None:
    with _small_caps():
        _same_prescan(_join(pieces, tail))


@_SETTINGS
@given(st.lists(st.one_of(_HEADER_LINES, _OTHER_LINES, st.sampled_from(_NEWLINES),
                          st.binary(max_size=12)), max_size=60))
def test_header_blocks_of_arbitrary_pieces(pieces: list[bytes]) -> None:
    data = b"".join(pieces)
    _same_prescan(data)
    with _small_caps():
        _same_prescan(data)


@_SETTINGS
@given(st.binary(max_size=1500))
def test_header_blocks_of_arbitrary_bytes(data: bytes) -> None:
    _same_prescan(data)


def test_header_blocks_at_the_real_caps() -> None:
    big = b"X-Big: " + b"a" * eml.MAX_HEADER_BYTES
    fold = b"\r\n " + b"f" * 1000
    mime = b"Content-Type: text/plain; x=" + b"m" * eml.MAX_MIME_HEADER_BYTES
    samples = [
        b"From: a@b\r\n" + big + b"\r\nSubject: s\r\n\r\nbody",
        b"From: a@b\r\nX-Folded: x" + fold * 20 + b"\r\nSubject: s\r\n\r\nbody",
        b"From: a@b\r\nX-Folded: x" + fold * 15 + b"\r\nSubject: s\r\n\r\nbody",
        b"From: a@b\r\n" + mime + b"\r\nSubject: s\r\n\r\nbody",
        b"From: a@b\r\nX-a: b\r\n" + mime + fold + b"\r\n\r\nbody",
        b"From: a@b\r\n" + (b"Received: " + b"r" * 1000 + b"\r\n") * 300 + b"\r\nbody",
        b"From: a@b\r\n" + (b"Received: " + b"r" * 1000 + b"\r\n") * 250 + b"\r\nbody",
        b"X: " + b"r" * 300_000 + b"\r\nSubject: s\r\n\r\nbody",
        (b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n" + big + b"\r\n" + mime
         + b"\r\n\r\nx\r\n--b--\r\n"),
    ]
    for data in samples:
        _same_prescan(data)


def test_blocks_of_unread_headers_are_linear() -> None:
    # header blocks that each end at a line that is no header, nested as deep as allowed,
    # then lines that are read again by no block
    block = b"Content-Type: message/rfc822\nno header\n"
    data = block * 30 + b"X-a: b\n" * 200_000 + b"no header\n" + b"x\n" * 200_000
    start = time.perf_counter()
    _same_prescan(data)
    assert time.perf_counter() - start < 10.0


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="corpus not present")
def test_corpus_prescan_is_the_line_by_line_one() -> None:
    for path in sorted(_CORPUS.glob("*.eml"))[:120]:
        data = path.read_bytes()
        assert eml._prescan(data) == _reference_prescan(data), path.name


# --- the next line starting with "--": searched, or found by looking at every line ----------

_LINE_ENDS = {str: re.compile(r"\r\n?|\n"), bytes: re.compile(rb"\r\n?|\n")}


def _every_line_at_or_after(self: eml._Dashes, offset: int, limit: int | None = None) -> int:
    text = self.text
    end = _LINE_ENDS[type(text)]
    while offset < len(text):
        if text.startswith(self._dash, offset):  # type: ignore[arg-type]
            return offset if limit is None or offset <= limit else -1
        found = end.search(text, offset)  # type: ignore[arg-type]
        if found is None:
            return -1
        offset = found.end()
    return -1


def _same_searched_or_walked(data: bytes) -> None:
    expected = tree(BytesParser(policy=eml._POLICY).parsebytes(data))
    searched = eml._prescan(data)
    assert tree(eml._parse_message(data)) == expected
    original = eml._Dashes.at_or_after
    try:
        eml._Dashes.at_or_after = _every_line_at_or_after  # type: ignore[method-assign]
        assert eml._prescan(data) == searched
        assert tree(eml._parse_message(data)) == expected
    finally:
        eml._Dashes.at_or_after = original  # type: ignore[method-assign]


_MIME_LINES = st.sampled_from([
    b"Content-Type: multipart/mixed; boundary=b", b"Content-Type: multipart/mixed; boundary=c",
    b"Content-Type: multipart/alternative; boundary=\"b\"", b"--b", b"--b--", b"--c",
    b"--c--", b"--b  ", b"--b-- ", b"--bb", b"-- b", b"--", b"---b", b"", b" ", b"\t",
    b"Content-Type: message/rfc822", b"Content-Type: text/html; charset=utf-8",
    b"Content-Type: multipart/digest; boundary=b", b"Content-Transfer-Encoding: base64",
    b"From nobody Mon Jan 1", b"From: a@b", b"Subject: x", b" folded", b"X-Y:z", b"-x",
    b"no header here", b"<p>text</p>", b"QUJD", b"\xff\xfe", b"a: b\rc", b"--b:x",
])


@_SETTINGS
@given(st.lists(st.tuples(_MIME_LINES, st.sampled_from(_NEWLINES)), max_size=80),
       st.binary(max_size=20))
def test_dash_lines_searched_are_the_ones_walked_to(lines: list[tuple[bytes, bytes]],
                                                    tail: bytes) -> None:
    _same_searched_or_walked(_join(lines, tail))


@_SETTINGS
@given(st.lists(st.one_of(_MIME_LINES, _HEADER_LINES, st.sampled_from(_NEWLINES),
                          st.binary(max_size=10)), max_size=60))
def test_dash_lines_in_arbitrary_pieces(pieces: list[bytes]) -> None:
    _same_searched_or_walked(b"".join(pieces))


def test_line_buffer_gives_back_lines_read_in_pieces() -> None:
    # a "From " line last in a header block is given back after the line that ends it
    for data in (b"Subject: a\r\nFrom x\r\nbody\r\n", b"Subject: a\nFrom x\n\nbody",
                 b"Content-Type: multipart/mixed; boundary=b\n\n--b\nX: y\nFrom z\nq\n--b--",
                 b"Content-Type: message/rfc822\r\n\r\nFrom x\r\nSubject: s\r\n\r\nb"):
        _same_searched_or_walked(data)


# --- the parser's boundary matchers: one shared pattern, not one compiled per boundary -------


def _stdlib_boundary(separator: str) -> re.Pattern[str]:
    return re.compile("(?P<sep>" + re.escape(separator) +
                      r")(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$")


_BOUNDARY_TEXT = st.text(alphabet="ab-_=.()+?*[]\\ \t\r\n:\"'é", max_size=12)


@_SETTINGS
@given(_BOUNDARY_TEXT, st.lists(st.one_of(_BOUNDARY_TEXT, st.sampled_from(
    ["--", "\r\n", "\n", "\r", " ", "\t", "-- \r\n", "x"])), max_size=6))
def test_boundary_matcher_matches_as_the_stdlib_pattern(boundary: str,
                                                        tails: list[str]) -> None:
    separator = "--" + boundary
    pattern = _stdlib_boundary(separator)
    matcher = eml._compile(pattern.pattern)
    assert isinstance(matcher, eml._Boundary) and matcher.separator == separator
    for line in (separator + "".join(tails), "".join(tails), separator, separator[:-1]):
        expected, found = pattern.match(line), matcher.match(line)
        assert (found is None) == (expected is None)
        if expected is not None and found is not None:
            assert [found.group(name) for name in ("end", "ws", "linesep")] == [
                expected.group(name) for name in ("end", "ws", "linesep")]


def test_other_patterns_are_compiled() -> None:
    for pattern, flags in (("(?P<sep>--b)", 0), ("a", 0), (_stdlib_boundary("--b").pattern,
                                                             re.IGNORECASE)):
        assert isinstance(eml._compile(pattern, flags), re.Pattern)


# --- line ends of a text part ------------------------------------------------------------------


@_SETTINGS
@given(st.text(alphabet="\r\na \u2028", max_size=60))
def test_text_line_ends_replaced_as_by_the_pattern(value: str) -> None:
    message = BytesParser(policy=eml._POLICY).parsebytes(
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + value.encode("utf-8"))
    body = eml._Body()
    eml._leaf(message, body)
    expected = re.sub(r"\r\n?", "\n", eml.decode_bytes(eml._payload(message), "utf-8"))
    assert body.plain == [expected]


# --- the headers parse_eml reads: one pass over the message's headers -------------------------


def _reference_header(message: Message, name: str) -> str | None:
    wanted = name.lower()
    for key, value in message.raw_items():
        if key.lower() == wanted:
            return eml.raw_to_text(str(value))
    return None


@_SETTINGS
@given(st.lists(st.tuples(_HEADER_LINES, st.sampled_from(_NEWLINES)), max_size=30))
def test_headers_read_in_one_pass_are_the_first_of_each_name(
        pieces: list[tuple[bytes, bytes]]) -> None:
    message = eml._parse_message(_join(pieces, b"\r\nbody"))
    headers = eml._Headers(message)
    for name in ("from", "reply-to", "return-path", "date", "subject",
                 "authentication-results", "content-type", "x-mailer"):
        assert headers.text(name) == _reference_header(message, name)


# --- display names and addresses in their common forms, without the stdlib's parser ----------

_ADDRESS_BITS = st.sampled_from([
    "Bank", "Service client", "J.", "Doe", " ", "  ", "\t", "<", ">", "@", ".", "..", ",",
    ";", ":", '"', "\\", "(", ")", "[", "]", "a", "b.c", "x-y_z", "é", "📦", "\u200a",
    "\u00a0", "=?utf-8?q?Caf=C3=A9?=", "no-reply", "example.com", "<a@b.c>", "a@b.c",
    '"Quoted, name"', '"" ', "\r", "\n", "<>", "@@", "a@", "@b",
])


@_SETTINGS
@given(st.lists(st.one_of(_ADDRESS_BITS, st.text(max_size=4)), max_size=14))
def test_simple_addresses_are_read_as_by_getaddresses(pieces: list[str]) -> None:
    from email.utils import getaddresses

    from vigilance_app.analysis import headers

    value = "".join(pieces)
    simple = headers._SIMPLE_ADDRESS.fullmatch(value)
    if simple is not None:
        name, quoted, address, bare = simple.groups()
        assert [(name or quoted or "", address or bare)] == getaddresses([value])


def test_simple_address_forms() -> None:
    from email.utils import getaddresses

    from vigilance_app.analysis import headers

    for value in ("Bank <a@b.c>", "J. Doe <first.last@mail.example.com>", '"A, B" <x@y>',
                  '""<x@y>', "<x@y.z>", "x@y.z", "Amazon 📦 <n@news.example>"):
        simple = headers._SIMPLE_ADDRESS.fullmatch(value)
        assert simple is not None, value
        name, quoted, address, bare = simple.groups()
        assert [(name or quoted or "", address or bare)] == getaddresses([value])
        assert headers.sender(value) == headers.sender(value + " ")  # the stdlib's way
    for value in ("a " * 300_000, "a." * 300_000 + "@", "a" * 600_000 + " <", '"' * 600_000,
                  ("a " * 1000 + "<") * 300):
        started = time.perf_counter()
        assert headers._SIMPLE_ADDRESS.fullmatch(value) is None
        assert time.perf_counter() - started < 2.0


_ATOM_TEXT = st.text(alphabet='ab.é📦-_ "\\<>@,;:()[]\t', min_size=0, max_size=5)


@_SETTINGS
@given(st.lists(_ATOM_TEXT, max_size=4), st.sampled_from([" <", "<", '" <', " ", ""]),
       st.lists(_ATOM_TEXT, min_size=1, max_size=3), st.lists(_ATOM_TEXT, min_size=1,
                                                               max_size=3),
       st.sampled_from([">", "", "> ", ">>"]))
def test_name_and_address_shapes_are_read_as_by_getaddresses(
        name: list[str], middle: str, local: list[str], domain: list[str], end: str) -> None:
    from email.utils import getaddresses

    from vigilance_app.analysis import headers

    for value in (" ".join(name) + middle + ".".join(local) + "@" + ".".join(domain) + end,
                  '"' + " ".join(name) + middle + ".".join(local) + "@" + ".".join(domain)
                  + end, ".".join(local) + "@" + ".".join(domain)):
        simple = headers._SIMPLE_ADDRESS.fullmatch(value)
        if simple is not None:
            found_name, quoted, address, bare = simple.groups()
            assert [(found_name or quoted or "", address or bare)] == getaddresses([value])
