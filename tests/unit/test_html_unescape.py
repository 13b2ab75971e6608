"""Character references in hostile HTML: the same text as ``html.unescape``, never an error."""

from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st

from vigilance_app.analysis.analyze import analyze
from vigilance_app.analysis.eml import parse_eml
from vigilance_app.analysis.html_text import html_to_text, unescape

_PIECES = st.sampled_from(["&", "&#", "&#x", ";", "0", "00000000", "6", "5", "1114111",
                           "1114112", "55296", "amp", "lt", "a", " ", "<", "#", "x41"])
_REFERENCES = st.lists(_PIECES, max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(_REFERENCES)
def test_same_text_as_the_stdlib_where_it_answers(value: str) -> None:
    assert unescape(value) == html.unescape(value)


@given(st.integers(min_value=0, max_value=3), st.integers(min_value=4000, max_value=9000),
       st.sampled_from(["", ";"]), st.sampled_from(["0", "1", "9"]))
@settings(max_examples=60, deadline=None)
def test_a_reference_of_thousands_of_digits_is_read(zeros_first: int, length: int,
                                                    end: str, digit: str) -> None:
    digits = "0" * zeros_first * 2000 + digit * length
    value = "a&amp&#" + digits + end + "b&lt;"
    # beyond U+10FFFF, or zero (an invalid reference): both are shown as U+FFFD
    assert unescape(value) == "a&\ufffdb<"


def test_leading_zeros_do_not_change_the_character() -> None:
    assert unescape("&#" + "0" * 6000 + "65;") == "A"
    assert unescape("&#" + "0" * 6000 + "1114112") == "\ufffd"


def test_a_message_with_a_huge_reference_is_analysed() -> None:
    body = b"<p>Votre colis &#" + b"1" * 50_000 + b"; attend</p><a href='http://x.test/&#" \
        + b"2" * 9000 + b"'>suivre</a>"
    data = b"From: a@b.test\r\nSubject: colis\r\nContent-Type: text/html\r\n\r\n" + body
    parsed = parse_eml(data)
    assert "Votre colis \ufffd attend" in parsed.text
    assert analyze(parsed).risk.level in {"low", "medium", "high"}
    assert html_to_text("&#" + "7" * 100_000).text == "\ufffd"
