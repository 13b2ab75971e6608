"""The clean-up of the text taken from HTML gives exactly what the code it replaced gave.

White space characters are made spaces with str.replace, and lines are stripped by replacing
" \n" where no other white space is left: the regex passes and the line-by-line strip are kept
as ``_reference_clean_up`` and compared on every kind of white space, real messages and
hostile inputs.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vigilance_app.analysis import html_text

_SETTINGS = settings(max_examples=350, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"

# --- the clean-up of the text taken from HTML -----------------------------------------------

_REFERENCE_OTHER_SPACES = re.compile(
    f"[{html_text._SPACE_CHARS}][ {html_text._SPACE_CHARS}]*+")
_REFERENCE_SPACES = re.compile("  +")
_REFERENCE_BLANK_LINES = re.compile("\n\n\n+")


def _reference_clean_up(text: str) -> str:
    text = _REFERENCE_SPACES.sub(" ", _REFERENCE_OTHER_SPACES.sub(" ", text))
    text = "\n".join([line.strip() for line in text.split("\n")])
    return _REFERENCE_BLANK_LINES.sub("\n\n", text).strip()


def test_white_space_that_strip_removes_is_known() -> None:
    stripped = {c for c in map(chr, range(0x110000)) if c.isspace()}
    assert stripped - set(html_text._SPACE_CHARS) - {" ", "\n"} == set(
        html_text._OTHER_WHITE_SPACE)


_WHITE = st.sampled_from([" ", "  ", "\n", "\n\n", "\n\n\n", " \n ", "\t", "\r", "\r\n", "\f",
                          "\v", "\u00a0", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",
                          "\u2003", "\u3000", "\x1c", "\x85", "\u2028", "\u2029", "\u202f",
                          "a", "bc", "é", "文", "\x00"])


@_SETTINGS
@given(st.one_of(st.lists(_WHITE, max_size=40).map("".join), st.text(max_size=80)))
def test_clean_up_gives_what_it_gave(value: str) -> None:
    assert html_text._clean_up(value) == _reference_clean_up(value)


def test_clean_up_of_corpus_html() -> None:
    import email

    folder = CORPUS / "phishing_eml_random"
    if not folder.is_dir():
        pytest.skip("corpus not found")
    for path in sorted(folder.glob("*.eml"))[:80]:
        for part in email.message_from_bytes(path.read_bytes()).walk():
            payload = part.get_payload(decode=True)
            if part.get_content_type() == "text/html" and isinstance(payload, bytes):
                out = html_text._Converter()
                html_text._convert(payload.decode("utf-8", "replace"), out)
                joined = "".join(out.chunks)
                assert html_text._clean_up(joined) == _reference_clean_up(joined)


def test_clean_up_of_hostile_text_stays_linear() -> None:
    for value in (" \n" * 500_000, "\t" * 1_000_000, "\u2003 \n" * 300_000,
                  " \u00a0\u200b" * 300_000, "\n" * 1_000_000, "a \r\n b" * 150_000):
        start = time.perf_counter()
        assert html_text._clean_up(value) == _reference_clean_up(value)
        assert time.perf_counter() - start < 5.0
