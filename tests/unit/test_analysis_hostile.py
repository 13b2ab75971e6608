"""Hostile input: generated bombs end quickly with a result or a clear error; arbitrary
bytes and text never raise anything but our own AnalysisError."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vigilance_app.analysis import limits
from vigilance_app.analysis.eml import parse_eml
from vigilance_app.analysis.html_text import html_to_text
from vigilance_app.analysis.limits import AnalysisError, InputTooLarge
from vigilance_app.analysis.links import without_urls
from vigilance_app.analysis.message import CHANNELS, ParsedMessage
from vigilance_app.analysis.pasted import find_links, parse_bytes_as_text, parse_text

# A limit check, not a benchmark: the issue promises an end within 5 s.
TIME_LIMIT = 5.0


def _many_parts(count: int) -> bytes:
    parts = b"".join(b"--XX\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i
                     for i in range(count))
    return b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n" + parts + b"--XX--\r\n"


def _deep_multiparts(depth: int) -> bytes:
    opening = b"".join(b"--B%d\r\nContent-Type: multipart/mixed; boundary=B%d\r\n\r\n"
                       % (i, i + 1) for i in range(depth))
    return (b"Content-Type: multipart/mixed; boundary=B0\r\n\r\n" + opening
            + b"--B%d\r\nContent-Type: text/plain\r\n\r\ndeep\r\n" % depth)


def _deep_messages(depth: int) -> bytes:
    return b"Content-Type: message/rfc822\r\n\r\n" * depth + b"Subject: x\r\n\r\nbody"


def _semicolon_headers() -> bytes:
    semis = b";" * 100_000
    return (b"From: a@b.example\r\nContent-Type: text/plain; " + semis + b"\r\n"
            b"Content-Disposition: attachment; " + semis + b"\r\nSubject: " + semis
            + b"\r\nTo: " + semis + b"\r\nReply-To: " + b"(" * 100_000 + b"\r\n\r\nbody")


def _folded_semicolons() -> bytes:
    return b"Content-Type: text/plain;\r\n" + b" ;\r\n" * 50_000 + b"\r\nbody"


def _many_parts_with_long_mime_headers() -> bytes:
    part = (b"--XX\r\nContent-Type: text/plain; " + b";" * 16_000
            + b"\r\nContent-Disposition: attachment; filename=" + b'a="' * 5000
            + b"\r\n\r\nhi\r\n")
    return b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n" + part * 600 + b"--XX--\r\n"


def _nested_digests(depth: int) -> bytes:
    return b"Content-Type: multipart/digest; boundary=D\r\n\r\n" + (
        b"--D\r\n\r\nSubject: m\r\nContent-Type: multipart/digest; boundary=D\r\n\r\n" * depth)


def _html_bomb() -> bytes:
    return b"Content-Type: text/html\r\n\r\n" + b"</" * 500_000 + b"<a " * 300_000


def _timed(call: Callable[[], ParsedMessage]) -> tuple[float, ParsedMessage | AnalysisError]:
    start = time.perf_counter()
    try:
        outcome: ParsedMessage | AnalysisError = call()
    except AnalysisError as error:
        outcome = error
    return time.perf_counter() - start, outcome


@pytest.mark.parametrize(
    ("make", "warning"),
    [
        (lambda: _many_parts(10_000), limits.WARN_TOO_MANY_PARTS),
        (lambda: _deep_multiparts(1_000), limits.WARN_TOO_DEEP),
        (lambda: _deep_messages(1_000), limits.WARN_TOO_DEEP),
        (_semicolon_headers, limits.WARN_HEADER_TOO_LONG),
        (_folded_semicolons, limits.WARN_HEADER_TOO_LONG),
        (_many_parts_with_long_mime_headers, limits.WARN_TOO_MANY_PARTS),
        (lambda: _nested_digests(1_000), limits.WARN_TOO_DEEP),
        (_html_bomb, None),
    ],
    ids=["10000-parts", "1000-deep-multipart", "1000-deep-message", "100kB-semicolons",
         "folded-semicolons", "600-parts-long-mime-headers", "1000-deep-digest", "html-bomb"],
)
def test_hostile_structure_ends_quickly_with_a_result(make: Callable[[], bytes],
                                                      warning: str | None) -> None:
    data = make()
    elapsed, outcome = _timed(lambda: parse_eml(data))
    assert elapsed < TIME_LIMIT, f"took {elapsed:.2f} s"
    assert isinstance(outcome, ParsedMessage)
    if warning is not None:
        assert warning in outcome.warnings


def test_parts_cap_keeps_the_first_parts() -> None:
    parsed = parse_eml(_many_parts(10_000))
    assert parsed.text.startswith("part 0")
    assert f"part {limits.MAX_PARTS - 1}" in parsed.text
    assert f"part {limits.MAX_PARTS + 1}" not in parsed.text


def test_30_mb_is_refused_before_parsing() -> None:
    data = b"Subject: big\r\n\r\n" + b"a" * (30 * 1024 * 1024)
    elapsed, outcome = _timed(lambda: parse_eml(data))
    assert elapsed < TIME_LIMIT
    assert isinstance(outcome, InputTooLarge)
    assert str(outcome).endswith(".") and "25 MB" in str(outcome)
    with pytest.raises(InputTooLarge):
        parse_bytes_as_text(data, "sms", None)
    with pytest.raises(InputTooLarge):
        parse_text("a" * (limits.MAX_INPUT_BYTES + 1), "sms", None)


def test_25_mb_attachment_is_parsed_in_time() -> None:
    body = b"A" * (24 * 1024 * 1024)
    data = (b"Content-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\n"
            b"Content-Type: application/octet-stream; name=big.iso\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n"
            + b"\r\n".join(body[i:i + 76] for i in range(0, len(body), 76))
            + b"\r\n--q--\r\n")
    elapsed, outcome = _timed(lambda: parse_eml(data))
    assert elapsed < TIME_LIMIT
    assert isinstance(outcome, ParsedMessage)
    assert outcome.attachments[0].dangerous


def test_bogus_charset_becomes_replacement_characters() -> None:
    data = (b"Subject: =?x-no-such-charset?q?caf=E9?= ok\r\n"
            b"Content-Type: text/plain; charset=\"x-bogus-42\"\r\n\r\ncaf\xc3\xa9 \xff")
    parsed = parse_eml(data)
    assert "ok" in parsed.subject
    assert parsed.text.startswith("caf")
    for charset in (b"rot13", b"hex", b"base64", b"utf-7", b"\xff\xfe"):
        data = b"Content-Type: text/plain; charset=" + charset + b"\r\n\r\nabc \xe9"
        assert isinstance(parse_eml(data).text, str)


def test_bogus_transfer_encoding_keeps_raw_text() -> None:
    data = (b"Content-Type: text/plain\r\nContent-Transfer-Encoding: x-nonsense\r\n\r\n"
            b"Bonjour")
    assert parse_eml(data).text == "Bonjour"
    broken_base64 = (b"Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                     b"Qm9uam91cg=!!==\r\n####\r\n")
    assert isinstance(parse_eml(broken_base64).text, str)


def test_missing_boundary_is_read_as_text() -> None:
    data = (b"Content-Type: multipart/mixed\r\n\r\n--abc\r\nContent-Type: text/plain\r\n\r\n"
            b"visible\r\n--abc--\r\n")
    parsed = parse_eml(data)
    assert "visible" in parsed.text and parsed.attachments == ()
    unclosed = b"Content-Type: multipart/mixed; boundary=abc\r\n\r\n--abc\r\n\r\nvisible"
    assert "visible" in parse_eml(unclosed).text


def test_raw_8bit_headers_are_decoded() -> None:
    data = ("From: Assurance Maladie <a@b.example>\r\nSubject: Régularisation\r\n\r\nx"
            .encode("latin-1"))
    assert parse_eml(data).subject == "Régularisation"
    utf8 = "Subject: Réclamation ✓\r\n\r\nx".encode()
    assert parse_eml(utf8).subject == "Réclamation ✓"


def test_empty_and_headers_only_inputs() -> None:
    assert parse_eml(b"") == ParsedMessage(channel="email")
    parsed = parse_eml(b"Subject: only headers\r\n")
    assert parsed.subject == "only headers" and parsed.text == ""


def test_multipart_digest_defaults_to_messages() -> None:
    data = (b"Content-Type: multipart/digest; boundary=d\r\n\r\n--d\r\n\r\n"
            b"Subject: inner\r\nContent-Type: text/plain\r\n\r\ninner text\r\n--d--\r\n")
    assert "inner text" in parse_eml(data).text


def test_html_tokenizer_stays_linear() -> None:
    for source in ("<" * 1_000_000, "</" * 500_000, "<!--" * 250_000, '<a "x\' ' * 150_000,
                   "<x" + "\"'" * 300_000, "&" * 1_000_000, "<p a=\"" * 200_000):
        start = time.perf_counter()
        html_to_text(source)
        assert time.perf_counter() - start < TIME_LIMIT


def test_plain_text_link_finder_stays_linear() -> None:
    for text in ("a." * 500_000, "a" * 1_000_000, "www." * 250_000, "http://" * 140_000,
                 ("x" * 50 + ".") * 20_000):
        start = time.perf_counter()
        find_links(text)
        without_urls(text)
        assert time.perf_counter() - start < TIME_LIMIT


_SETTINGS = settings(max_examples=300, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])
_MIME_BITS = st.sampled_from([
    b"Content-Type: multipart/mixed; boundary=b\r\n", b"--b\r\n", b"--b--\r\n", b"\r\n",
    b"Content-Type: message/rfc822\r\n", b"Content-Type: text/html; charset=utf-8\r\n",
    b"Content-Transfer-Encoding: base64\r\n", b"Content-Transfer-Encoding: quoted-printable\r\n",
    b"Content-Disposition: attachment; filename*=utf-8''%E9.exe\r\n", b"From: <@>\r\n",
    b"Subject: =?utf-8?b?====?=\r\n", b" folded\r\n", b"<a href='x'>y</a>", b"=E9=\r\n",
    b"Content-Type: multipart/digest; boundary=\"b\"\r\n", b"(((", b";;;;", b"\xff\xfe",
])


@_SETTINGS
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    try:
        parsed = parse_eml(data)
    except AnalysisError:
        return
    assert isinstance(parsed.text, str) and parsed.size == len(data)


@_SETTINGS
@given(st.lists(st.one_of(_MIME_BITS, st.binary(max_size=40)), max_size=60))
def test_arbitrary_mime_soup_never_raises(pieces: list[bytes]) -> None:
    try:
        parse_eml(b"".join(pieces))
    except AnalysisError:
        return


@_SETTINGS
@given(st.text(max_size=3000), st.sampled_from(CHANNELS), st.none() | st.text(max_size=40))
def test_arbitrary_text_never_raises(text: str, channel: str, sender: str | None) -> None:
    try:
        parsed = parse_text(text, channel, sender)
    except AnalysisError:
        return
    assert parsed.channel == channel


@_SETTINGS
@given(st.binary(max_size=3000))
def test_arbitrary_text_file_never_raises(data: bytes) -> None:
    try:
        parse_bytes_as_text(data, "sms", None)
    except AnalysisError:
        return


@_SETTINGS
@given(st.text(max_size=3000))
def test_arbitrary_html_never_raises(source: str) -> None:
    html_to_text(source)


def test_content_type_missing_its_semicolon_is_still_the_body() -> None:
    data = b"Content-Type: text/html charset=windows-1252\r\n\r\n<p>Caf\xe9</p>"
    parsed = parse_eml(data)
    assert parsed.text == "Café" and parsed.attachments == ()
