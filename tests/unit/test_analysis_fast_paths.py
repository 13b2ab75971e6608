"""The faster parsing paths give exactly what the slower ones they replace gave.

The feed parser's line buffer (``eml._Lines``) is compared with the stdlib's own
``BytesParser`` on generated MIME soups: same tree, same headers, payloads, preambles,
epilogues and defects.
"""

from __future__ import annotations

import time
from email.message import Message
from email.parser import BytesParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vigilance_app.analysis import eml

_SETTINGS = settings(max_examples=400, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])
_NEWLINES = (b"\r\n", b"\n", b"\r")
_LINES = st.sampled_from([
    b"Content-Type: multipart/mixed; boundary=b", b"Content-Type: multipart/mixed; boundary=c",
    b"Content-Type: multipart/alternative; boundary=\"b\"", b"--b", b"--b--", b"--c",
    b"--c--", b"--b  ", b"--b-- ", b"--bb", b"-- b", b"--", b"---b", b"", b" ", b"\t",
    b"Content-Type: message/rfc822", b"Content-Type: message/delivery-status",
    b"Content-Type: text/html; charset=utf-8", b"Content-Type: multipart/digest; boundary=b",
    b"Content-Transfer-Encoding: base64", b"Content-Type: multipart/mixed",
    b"From nobody Mon Jan 1", b"From: a@b", b"Subject: x", b" folded", b"X-Y:z",
    b"no header here", b"<p>text</p>", b"QUJD", b"\xff\xfe", b"a: b\rc",
])


def _tree(message: Message) -> tuple[object, ...]:
    payload = message._payload  # type: ignore[attr-defined]
    return (type(message).__name__, list(message.raw_items()),
            [_tree(part) for part in payload] if isinstance(payload, list) else payload,
            message.preamble, message.epilogue, [type(d).__name__ for d in message.defects],
            message.get_unixfrom(), message.get_default_type())


def _same_as_stdlib(data: bytes) -> None:
    expected = _tree(BytesParser(policy=eml._POLICY).parsebytes(data))
    assert _tree(eml._parse_message(data)) == expected


@_SETTINGS
@given(st.lists(st.tuples(_LINES, st.sampled_from(_NEWLINES)), max_size=80),
       st.binary(max_size=20))
def test_line_buffer_parses_mime_soup_as_the_stdlib(lines: list[tuple[bytes, bytes]],
                                                    tail: bytes) -> None:
    _same_as_stdlib(b"".join(line + end for line, end in lines) + tail)


@_SETTINGS
@given(st.lists(st.one_of(_LINES, st.binary(max_size=30)), max_size=60))
def test_line_buffer_parses_arbitrary_pieces_as_the_stdlib(pieces: list[bytes]) -> None:
    _same_as_stdlib(b"".join(pieces))


@_SETTINGS
@given(st.binary(max_size=2000))
def test_line_buffer_parses_arbitrary_bytes_as_the_stdlib(data: bytes) -> None:
    _same_as_stdlib(data)


def test_nested_multiparts_and_attached_messages() -> None:
    data = (b"From: a@b\r\nContent-Type: multipart/mixed; boundary=out\r\n\r\npreamble\r\n"
            b"--out\r\nContent-Type: multipart/alternative; boundary=in\r\n\r\n"
            b"--in\r\nContent-Type: text/plain\r\n\r\n-- \r\nsignature\r\n--out-not\r\n"
            b"--in\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--out\r\n"
            b"Content-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\nbody\r\n--out--\r\n"
            b"epilogue\r\n--out\r\n")
    _same_as_stdlib(data)
    parsed = eml.parse_eml(data)
    assert "signature" in parsed.text


def test_many_dash_lines_stay_linear() -> None:
    # Lines that look like boundaries but are not: each is shown to the predicates once.
    data = (b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\n"
            + b"--x\r\n" * 200_000 + b"--b--\r\n")
    start = time.perf_counter()
    _same_as_stdlib(data)
    assert time.perf_counter() - start < 10.0
