"""``score.as_written`` finds, in text beyond ASCII, the words its word-by-word reading found.

The replaced code is kept here (``_reference_*``) and compared on generated text mixing ASCII,
accented letters, ligatures, the Kelvin sign, "İ" (whose lower case is two characters), lone
surrogates, characters of four UTF-8 bytes, combining and invisible characters, digits and
underscores, and on corpus messages.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterable
from itertools import compress
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vigilance_app.analysis import score, text, text_model

_SETTINGS = settings(max_examples=500, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


# --- the replaced code ---------------------------------------------------------------------


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
            score._written_ascii(value, wanted)
        else:
            _reference_written_folded(value, wanted)
    return tuple(shown for shown in wanted.values() if shown)


# --- generated text ------------------------------------------------------------------------

_LETTERS = "aAbBeEkKsSfFiIlLoOtTuU"
_OTHERS = ("é", "É", "è", "ç", "œ", "Œ", "ß", "ﬁ", "ﬂ", "\u212a", "\u0130", "ı", "ſ", "µ",
           "½", "²", "е", "Д", "ж", "ü", "e\u0301", "\u034f", "\u200c", "\u00ad", "٣",
           "\udc80", "𝐀", "😀")
_SEPARATORS = (" ", "  ", "\n", "\u00a0", ", ", ".", "'", "’", "-", "—", "/", "(", ")",
               "\u200b", "\t", "€", "!")


def _word() -> st.SearchStrategy[str]:
    piece = st.one_of(st.text(_LETTERS, min_size=1, max_size=6), st.sampled_from(_OTHERS),
                      st.sampled_from(("0", "12", "_", "7")))
    return st.lists(piece, min_size=1, max_size=4).map("".join)


def _texts() -> st.SearchStrategy[str]:
    return st.lists(st.tuples(_word(), st.sampled_from(_SEPARATORS)), max_size=120).map(
        lambda parts: "".join(w + s for w, s in parts))


def _keys_of(value: str) -> list[str]:
    keys = []
    for word in text_model.split_words(value):
        folded = word.lower() if word.isascii() else text.fold(word)
        keys.append(folded if folded.isalpha() else text_model.normalise_word(folded))
    return keys


@st.composite
def _cases(draw: st.DrawFn) -> tuple[list[str], list[str], dict[str, str]]:
    values = draw(st.lists(_texts(), min_size=1, max_size=3))
    known = [k for v in values for k in _keys_of(v)]
    keys = draw(st.lists(st.sampled_from(known), max_size=12)) if known else []
    if draw(st.booleans()):
        keys += draw(st.lists(_word().map(str.lower), max_size=4))
    if draw(st.booleans()):  # only words of letters, the common case
        keys = [k for k in keys if k.isalpha()]
    keys = list(dict.fromkeys(keys))
    shown = {k: draw(st.sampled_from(("", "", "Shown"))) for k in keys}
    return keys, values, shown


@_SETTINGS
@given(_cases())
def test_written_folded_fills_in_what_it_filled_in(
        case: tuple[list[str], list[str], dict[str, str]]) -> None:
    _keys, values, shown = case
    for value in values:
        got, expected = dict(shown), dict(shown)
        score._written_folded(value, got)
        _reference_written_folded(value, expected)
        assert got == expected
        assert list(got) == list(expected)


@_SETTINGS
@given(_cases())
def test_as_written_gives_what_it_gave(
        case: tuple[list[str], list[str], dict[str, str]]) -> None:
    keys, values, _shown = case
    assert score.as_written(keys, *values) == _reference_as_written(keys, *values)


@_SETTINGS
@given(st.text(max_size=300), st.lists(st.text(min_size=1, max_size=8), max_size=6))
def test_any_text_and_words(value: str, keys: list[str]) -> None:
    keys = keys + _keys_of(value)[:6]
    wanted = dict.fromkeys(keys, "")
    got, expected = dict(wanted), dict(wanted)
    score._written_folded(value, got)
    _reference_written_folded(value, expected)
    assert got == expected


@pytest.mark.parametrize(("value", "keys"), [
    ("Kelvin \u212aelvin kelvin", ["kelvin"]),
    ("\u212a k K", ["k"]),
    ("İstanbul istanbul Istanbul", ["istanbul", "i̇stanbul"]),
    ("Vérifier verifier VERIFIER", ["verifier"]),
    ("verifier Vérifier", ["verifier"]),
    ("ﬁle file", ["file"]),
    ("caf\u034fé café cafe", ["cafe", "caf", "e"]),
    ("straße STRASSE strasse", ["strasse", "straße"]),
    ("abc1 ab12c abc_d é", ["abc0", "abc_d"]),
    ("é" * 1500 + " end", ["end", "eee"]),
    ("", ["word"]),
    ("a\udc80b ab b\ud800 \U0001d400b", ["ab", "a", "b", "ab"]),
    ("😀word word 𝐀word", ["word", "aword"]),
    ("été", []),
])
def test_edge_cases(value: str, keys: list[str]) -> None:
    got, expected = dict.fromkeys(keys, ""), dict.fromkeys(keys, "")
    score._written_folded(value, got)
    _reference_written_folded(value, expected)
    assert got == expected


def test_word_char_is_what_the_word_pattern_matches() -> None:
    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert score._word_char(char) == bool(word.match(char)), hex(code)


def test_hostile_text_is_read_quickly() -> None:
    values = ["é" * 1_000_000, "aé " * 300_000, "a" * 1_000_000 + "é", "\u212a" * 500_000,
              ("word " * 200_000) + "é"]
    keys = ["aaa", "word", "k", "eee", "wor"]
    start = time.perf_counter()
    for value in values:
        assert score.as_written(keys, value) == _reference_as_written(keys, value)
    assert time.perf_counter() - start < 5.0


@pytest.mark.skipif(not (CORPUS / "phishing_eml_random").is_dir(),
                    reason=f"corpus not found at {CORPUS}")
def test_corpus_messages_give_what_they_gave() -> None:
    from vigilance_app.analysis import links
    from vigilance_app.analysis.eml import parse_eml

    checked = 0
    for folder in ("phishing_eml_random", "phishing_eml", "ham_eml"):
        for path in sorted((CORPUS / folder).glob("*.eml"))[::3]:
            parsed = parse_eml(path.read_bytes())
            body = links.without_urls((parsed.text or "")[: text_model.MAX_BODY])
            subject = parsed.subject or ""
            keys = list(dict.fromkeys(_keys_of(subject + " " + body)))
            for chosen in (keys[::7], keys[3::11], keys[-12:], keys[:40]):
                assert (score.as_written(chosen, subject, body)
                        == _reference_as_written(chosen, subject, body))
            checked += 1
    assert checked > 50
