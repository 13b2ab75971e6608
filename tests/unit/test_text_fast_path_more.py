"""Two fast paths give exactly what the code they replaced gave.

The words shown as written stop being looked for once the shown ones are known: the search
filling every word (then cut) is kept as ``_reference_as_written`` and compared on generated
text (words in any case, with accents, ligatures and digits, several times or never, in the
subject, the body or both; limits from none to more than the words). The clean-up of the text
taken from HTML replaces white space characters with str.replace and strips lines by replacing
" \n" where no other white space is left: the regex passes and line-by-line strip are kept as
``_reference_clean_up`` and compared on every kind of white space.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from itertools import compress
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vigilance_app.analysis import html_text, links, score, text, text_model

_SETTINGS = settings(max_examples=350, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"

# --- the search without a limit, for comparison ---------------------------------------------


def _reference_ascii_word_at(value: str, lowered: str, word: str) -> str:
    size = len(word)
    at = lowered.find(word)
    while at >= 0:
        end = at + size
        if (at == 0 or not _word_char(lowered[at - 1])) and (
                end == len(lowered) or not _word_char(lowered[end])):
            return value[at:end]
        at = lowered.find(word, at + 1)
    return ""


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _reference_written_ascii(value: str, wanted: dict[str, str]) -> None:
    lowered = value.lower()
    for word, shown in wanted.items():
        if not shown:
            wanted[word] = _reference_ascii_word_at(value, lowered, word)


def _reference_written_folded(value: str, wanted: dict[str, str]) -> None:
    missing = sum(1 for shown in wanted.values() if not shown)
    lengths = {len(w) for w in wanted}
    ascii_only = value.isascii()
    found = text_model.split_words(value)
    for word in compress(found, map(lengths.__contains__, map(len, found))):
        folded = word.lower() if ascii_only or word.isascii() else text.fold(word)
        key = folded if folded.isalpha() else text_model.normalise_word(folded)
        if key in wanted and not wanted[key]:
            wanted[key] = word
            missing -= 1
            if not missing:
                break


def _reference_as_written(folded_words: Iterable[str], *texts: str) -> tuple[str, ...]:
    wanted = dict.fromkeys(folded_words, "")
    for value in texts:
        if all(wanted.values()):
            break
        value = value[: text_model.MAX_BODY]
        if value.isascii() and all(w.isalpha() for w in wanted):
            _reference_written_ascii(value, wanted)
        else:
            _reference_written_folded(value, wanted)
    return tuple(shown for shown in wanted.values() if shown)


# --- generated text ------------------------------------------------------------------------

_WORDS = ["verify", "account", "urgent", "paypal", "compte", "verifiez", "fin", "straße",
          "strasse", "i", "k", "ok", "code", "expire", "click", "here", "livraison", "x"]
_PIECES = st.sampled_from([
    "Verify", "VERIFY", "verify", "account", "Account", "urgent", "Urgent!", "PayPal",
    "paypal", "compte", "Vérifiez", "vérifiez", "ﬁn", "fin", "FIN", "straße", "Strasse", "İ",
    "i", "K", "\u212a", "ok", "OK", "οk", "code", "code12", "12", "expire", "click", "here",
    "livraison", "x", "_", "a_b", "e\u0301", "é", "’", "'", " ", "\n", ".", ",", "/",
    "https://x.example/verify", "www.paypal.com", "📦", "кириллица",
])


def _text(max_size: int) -> st.SearchStrategy[str]:
    return st.one_of(
        st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=max_size).map(" ".join),
        st.lists(_PIECES, max_size=max_size).map("".join),
        st.lists(st.sampled_from(["Verify", "account", "here", "code", "x", " ", ", "]),
                 max_size=max_size).map("".join),
    )


_WANTED = st.lists(st.sampled_from(_WORDS), max_size=12, unique=True)
_LIMIT = st.integers(0, 14)


@_SETTINGS
@given(_WANTED, _text(40), _text(12), _LIMIT)
def test_shown_words_are_the_first_of_all_those_found(wanted: list[str], body: str,
                                                       subject: str, limit: int) -> None:
    expected = _reference_as_written(wanted, subject, body)
    assert score.as_written(wanted, subject, body) == expected
    assert score.as_written(wanted, subject, body, limit=limit) == expected[:limit]


@_SETTINGS
@given(st.lists(st.sampled_from([*_WORDS, "code0", "0", "a_b", "é", "kириллица"]),
                max_size=10, unique=True), _text(40), _LIMIT)
def test_any_wanted_words_with_a_limit(wanted: list[str], body: str, limit: int) -> None:
    expected = _reference_as_written(wanted, body[:20], body)
    assert score.as_written(wanted, body[:20], body, limit=limit) == expected[:limit]


@_SETTINGS
@given(_WANTED, st.lists(st.sampled_from(["Verify", "account", "here", "code", "x", "URGENT",
                                          "paypal", "click", " ", ", ", "\n"]),
                         max_size=60).map("".join), _LIMIT)
def test_ascii_text_with_a_limit(wanted: list[str], body: str, limit: int) -> None:
    expected = _reference_as_written(wanted, body[:10], body)
    assert score.as_written(wanted, body[:10], body, limit=limit) == expected[:limit]


def test_known_cases() -> None:
    wanted = ["verify", "account", "urgent", "paypal", "click", "here", "code", "expire"]
    for subject, body in (("", ""), ("Verify", "account URGENT paypal click here code"),
                          ("", "here click paypal urgent account verify code expire"),
                          ("code expire", "Vérify ﬁn account verify"),
                          ("HERE", "https://x.example/verify verify"),
                          ("", "account " * 100 + "Verify")):
        for limit in range(10):
            expected = _reference_as_written(wanted, subject, body)[:limit]
            assert score.as_written(wanted, subject, body, limit=limit) == expected


def test_hostile_text_stays_linear() -> None:
    size = 1_000_000
    wanted = ["account", "verify", "fin", "i", "code", "urgent", "paypal"]
    for body in ("account" * (size // 7), "a" * size, ("Verify ﬁn İ " * size)[:size],
                 "é" * size, "accoun " * (size // 7)):
        start = time.perf_counter()
        for limit in (None, 1, 6):
            shown = score.as_written(wanted, body, body, limit=limit)
            assert shown == _reference_as_written(wanted, body, body)[:limit]
        assert time.perf_counter() - start < 5.0


@pytest.mark.skipif(not (CORPUS / "phishing_eml_random").is_dir(), reason="corpus not found")
def test_corpus_messages() -> None:
    from vigilance_app.analysis.eml import parse_eml

    model = text_model.shipped()
    for path in sorted((CORPUS / "phishing_eml_random").glob("*.eml"))[::3]:
        parsed = parse_eml(path.read_bytes())
        words = model.score_message(parsed).words
        body = links.without_urls((parsed.text or "")[: text_model.MAX_BODY])
        expected = _reference_as_written(words, parsed.subject or "", body)
        for limit in (None, 0, 1, score.MAX_SHOWN_WORDS, 20):
            assert score.as_written(words, parsed.subject or "", body,
                                    limit=limit) == expected[:limit]


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
