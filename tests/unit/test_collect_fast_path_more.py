"""More fast paths of ``flags.collect`` and ``flags.evaluate`` give exactly what the code they
replaced gave, kept here (``_reference_*``), on generated hostile input and corpus messages.

The sentence of a keyword counted between one hit and the next, the start of the words found
added up from one to the next, one-word prefixes compared only when a word may start with
one, a link text read for a domain only when it has a dot, a brand's strict name matched only
when present, the amounts' separators read by precompiled patterns, bare URLs looked for at
no dot before a space, and short runs of digits counted as tries without being read.
"""

from __future__ import annotations

import bisect
import re
import time
import unicodedata
from collections.abc import Collection, Iterator
from functools import cache
from itertools import compress
from operator import itemgetter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.corpus import CORPUS, needs_corpus
from vigilance_app.analysis import (
    brands,
    flags,
    keywords,
    links,
    money,
    organizations,
    phones,
    text,
)
from vigilance_app.analysis.eml import parse_eml
from vigilance_app.analysis.message import Link, ParsedMessage

_SETTINGS = settings(max_examples=350, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])
_HEAD1 = itemgetter(slice(0, 1))
_HEAD2 = itemgetter(slice(0, 2))


# --- the code replaced ----------------------------------------------------------------------


def _reference_sentence_ids(folded: str, positions: list[int]) -> list[int]:
    ends = [m.start() for m in re.finditer(r"[.!?\n]", folded)]
    return [bisect.bisect_left(ends, p) for p in positions]


def _reference_keywords(folded: str, limit: int = 10) -> dict[str, tuple[str, ...]]:
    ws = text.Words(folded)
    hits = [(key, phrase, ws.span(first, last)[0])
            for first, last, key, phrase in keywords._index().matches(ws.texts)]
    ends: list[int] = []
    triggered: dict[str, set[int]] = {}
    for key, _phrase, start in hits:
        if key in keywords.TRIGGERS:
            if not triggered:
                ends = [m.start() for m in re.finditer(r"[.!?\n]", folded)]
            triggered.setdefault(key, set()).add(bisect.bisect_left(ends, start))
    found: dict[str, list[str]] = {}
    for key, phrase, start in hits:
        if key in keywords.TRIGGERS:
            continue
        if key in keywords.NEGATABLE and keywords._negated(folded, start):
            continue
        needs = keywords.NEEDS.get(key)
        if needs is not None:
            if not triggered:
                continue
            sentence = bisect.bisect_left(ends, start)
            if not any(sentence in triggered.get(t, ()) for t in needs):
                continue
        section = found.setdefault(key, [])
        if phrase not in section and len(section) < limit:
            section.append(phrase)
    return {key: tuple(v) for key, v in found.items()}


@cache
def pair_tables(index: text.PhraseIndex) -> tuple[
        dict[str, list[tuple[tuple[str, ...], bool, str, str]]],
        dict[tuple[str, str], list[tuple[tuple[str, ...], bool, str, str]]], frozenset[str]]:
    """The tables the earlier phrase search read (the index no longer keeps them): the
    candidates of each first word that match whatever follows (one word, or two ending in a
    prefix), those narrowed by each second word, and the first words that have a pair."""
    def loose(candidate: tuple[tuple[str, ...], bool, str, str]) -> bool:
        n = len(candidate[0])
        return n == 1 or (n == 2 and candidate[1])

    alone = {}
    by_pair = {}
    for first, candidates in index._by_first.items():
        if kept := [c for c in candidates if loose(c)]:
            alone[first] = kept
        for second in {c[0][1] for c in candidates if not loose(c)}:
            by_pair[first, second] = [c for c in candidates if loose(c) or c[0][1] == second]
    return alone, by_pair, frozenset(first for first, _ in by_pair)


def _reference_matches(index: text.PhraseIndex, words: list[str],
                       distinct: Collection[str] | None = None,
                       ) -> Iterator[tuple[int, int, str, str]]:
    alone, by_pair, pair_firsts = pair_tables(index)
    alone_get = alone.get
    prefix_get = index._prefixes.get
    one_letter = index._one_letter
    if distinct is None:
        distinct = set(words)
    starting = alone.keys() & distinct
    if index._prefixes:
        starting.update(compress(distinct, map(index._prefixes.__contains__,
                                               map(_HEAD2, distinct))))
    if one_letter:
        starting.update(compress(distinct, map(one_letter.__contains__,
                                               map(_HEAD1, distinct))))
    maybe = pair_firsts.intersection(distinct)
    if not maybe and not starting:
        return
    maybe |= starting
    count = len(words)
    last_index = count - 1
    for i in compress(range(count), map(maybe.__contains__, words)):
        word = words[i]
        candidates = by_pair.get((word, words[i + 1])) if i < last_index else None
        if candidates is None:
            if word not in starting:
                continue
            candidates = alone_get(word)
        if candidates is not None:
            for tokens, prefix, key, phrase in candidates:
                n = len(tokens)
                if i + n > count:
                    continue
                last = words[i + n - 1]
                last_ok = last.startswith(tokens[-1]) if prefix else last == tokens[-1]
                if last_ok and all(words[i + k] == tokens[k] for k in range(1, n - 1)):
                    yield i, i + n - 1, key, phrase
        group = prefix_get(word[:2])
        if group is not None:
            for head, key in group:
                if word.startswith(head):
                    yield i, i, key, word
        if one_letter:
            for _head, key in one_letter.get(word[:1], ()):
                yield i, i, key, word


def _reference_domain_in_text(value: str) -> str | None:
    m = links._SHOWN_DOMAIN.search(unicodedata.normalize("NFKC", value).strip())
    return m.group(1) if m else None


def _reference_named_in_display(display: str | None,
                                ) -> tuple[tuple[brands.Brand, str], ...]:
    display = (display or "")[:brands.MAX_NAME]
    if not display.strip():
        return ()
    found = {b.id: (b, n) for b, n in brands.named_in(text.word_texts(text.fold(display)))}
    plain = brands._strip_accents(display)
    for _name, pattern, brand_id in brands._strict():
        if brand_id not in found and pattern.fullmatch(plain):
            found[brand_id] = (brands.by_id(brand_id), display.strip()[:60])
    return tuple(found.values())


def _reference_to_decimal(number: str) -> object:
    digits = re.sub(r"[ \u00a0\u202f]", "", number)
    m = re.search(r"[.,](\d{1,2})$", digits)
    if m:
        whole = re.sub(r"[.,]", "", digits[: m.start()])
        digits = f"{whole}.{m.group(1)}"
    else:
        digits = re.sub(r"[.,]", "", digits)
    try:
        return money.Decimal(digits)
    except money.InvalidOperation:
        return None


# --- generated hostile input ----------------------------------------------------------------

_PREFIX_WORDS = ["expir", "expiration", "expiré", "bitcoins", "crypto", "cryptomonnaies",
                 "impayee", "impayé", "sweepstakes", "kryptowährung", "ex", "cr", "e", "x"]
_NOISE = st.sampled_from([
    " ", "\n", ". ", "! ", "? ", ", ", "; ", "...", "\n\n", "’", "-", "\u00a0",
    "veuillez", "indiquez", "confirm", "your", "password", "mot de passe", "code",
    "carte bancaire", "pay now", "frais", "dus", "ne", "jamais", "never", "urgent",
    "installez", "anydesk", "rib", "iban", "à régler", "payez", "ﬁ", "ß", "İ", "é", "x" * 30,
    *_PREFIX_WORDS,
])
_TEXTS = st.lists(st.one_of(_NOISE, st.text(max_size=6)), max_size=80).map("".join)


@_SETTINGS
@given(_TEXTS, st.lists(st.integers(0, 400), max_size=30), st.booleans())
def test_sentence_ids_as_bisected(value: str, positions: list[int], ordered: bool) -> None:
    if ordered:
        positions.sort()
    assert keywords._sentence_ids(value, positions) == _reference_sentence_ids(value, positions)


@_SETTINGS
@given(_TEXTS)
def test_keywords_found_as_they_were(value: str) -> None:
    folded = text.fold(value)
    assert keywords.find(folded) == _reference_keywords(folded)


@_SETTINGS
@given(_TEXTS, st.lists(st.integers(0, 120), max_size=20), st.booleans(), st.booleans())
def test_word_starts_as_spans(value: str, firsts: list[int], ordered: bool,
                              spans_first: bool) -> None:
    folded = text.fold(value)
    count = len(text.Words(folded).texts)
    firsts = [f % count for f in firsts] if count else []
    if ordered:
        firsts.sort()
    split = text.Words(folded)
    if spans_first and firsts:
        split.span(firsts[0], firsts[0])
    assert split.starts(firsts) == [text.Words(folded).span(f, f)[0] for f in firsts]


_SMALL_LIST = ["a", "a b", "a b*", "ab*", "a*", "b c d", "c*", "xy*", "x y z", "mot de pass*",
               "expir*", "é*", "bitcoin*", "z"]


@_SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["k1", "k2"]), st.sampled_from(_SMALL_LIST)),
                min_size=1, max_size=8),
       st.lists(st.sampled_from(["a", "ab", "abc", "b", "c", "cd", "x", "xy", "xyz", "y", "z",
                                 "mot", "de", "passe", "expire", "e", "bitcoins", "q"]),
                max_size=40),
       st.sets(st.sampled_from(["a b", " ab", "ab x", "zz", "expir", " c", ""]), max_size=3))
def test_phrase_matches_as_they_were(entries: list[tuple[str, str]], words: list[str],
                                     extra: set[str]) -> None:
    index = text.PhraseIndex(entries)
    assert list(index.matches(words)) == list(_reference_matches(index, words))
    # a set of more words than the text holds, some with spaces: the same phrases
    distinct = set(words) | extra
    assert list(index.matches(words, distinct)) == list(
        _reference_matches(index, words, distinct))


@_SETTINGS
@given(_TEXTS)
def test_listed_phrases_matched_as_they_were(value: str) -> None:
    words = text.word_texts(text.fold(value))
    for index in (keywords._index(), organizations._names(), brands._names()):
        assert list(index.matches(words)) == list(_reference_matches(index, words))


_LINK_TEXTS = st.lists(st.sampled_from([
    "Click here", "www", ".", "．", "﹒", "。", "ameli", "fr", "https://", "paypal", "com",
    "@", "x@", " ", "\u00a0", "ｗｗｗ", "-", "/", "xn--e1a", "ſ", "K", "é",
]), max_size=12).map("".join)


@_SETTINGS
@given(st.one_of(_LINK_TEXTS, st.text(max_size=30)))
def test_domain_in_link_text_as_it_was(value: str) -> None:
    assert links._domain_in_text(value) == _reference_domain_in_text(value)
    info = links.describe(Link("https://example.org/x", value))
    expected = _reference_domain_in_text(info.text) if info.text else None
    if expected is None:
        assert links.text_mismatch(info) is None


_DISPLAY = st.lists(st.one_of(
    st.sampled_from([name for _n, _p, _b in [(n, p, b) for n, p, b in brands._strict()]
                     for name in (_n, _n.lower(), _n.upper())]),
    st.sampled_from([" ", "-", "_", ".", "Service", "client", "Sécurité", "é", "«", "x"]),
    st.text(max_size=4)), max_size=6).map(" ".join)


@_SETTINGS
@given(_DISPLAY)
def test_display_names_read_as_they_were(display: str) -> None:
    assert brands.named_in_display(display) == _reference_named_in_display(display)


@_SETTINGS
@given(st.text(alphabet="0123456789 .,\u00a0\u202f١٢", max_size=24))
def test_amount_numbers_read_as_they_were(number: str) -> None:
    assert money._to_decimal(number) == _reference_to_decimal(number)


# --- hostile sizes and real messages --------------------------------------------------------


@pytest.mark.parametrize("unit", [
    "expiré. ", "a? b! c. ", "veuillez indiquez votre mot de passe.\n",
    "ne jamais indiquez votre code ! ", "bitcoin crypto ex cr ",
])
def test_megabyte_of_hits_stays_linear(unit: str) -> None:
    folded = text.fold(unit * (1_000_000 // len(unit)))
    started = time.perf_counter()
    keywords.find(folded)
    words = text.Words(folded)
    words.starts(list(range(0, len(words.texts), 2)))
    keywords._sentence_ids(folded, list(range(0, len(folded), 7)))
    list(keywords._index().matches(words.texts))
    assert time.perf_counter() - started < 10.0


def test_long_link_text_without_a_dot() -> None:
    value = "x@" * 250 + "a" * 250
    started = time.perf_counter()
    assert links._domain_in_text(value) is None
    assert time.perf_counter() - started < 2.0


@needs_corpus
@pytest.mark.parametrize("folder", ["phishing_eml_random", "ham_eml"])
def test_corpus_messages_as_they_were(folder: str) -> None:
    for path in sorted((CORPUS / folder).glob("*.eml"))[::9]:
        parsed = parse_eml(path.read_bytes())
        body = "\n".join(p for p in (parsed.subject, parsed.text) if p)[: text.MAX_TEXT]
        folded = text.fold(body)
        assert keywords.find(folded) == _reference_keywords(folded), path.name
        for link in parsed.links:
            assert links._domain_in_text(link.text or "") == _reference_domain_in_text(
                link.text or ""), path.name
        assert brands.named_in_display(parsed.sender_name) == _reference_named_in_display(
            parsed.sender_name), path.name


def test_sms_with_a_sender_name_collected_whole() -> None:
    # organisation names read across the sender's name and the body, and without a name
    for name in ("Assurance", "", None):
        parsed = ParsedMessage("sms", sender_name=name, subject="",
                               text="maladie : votre carte vitale expire, https://x.example")
        facts = flags.collect(parsed)
        words = text.word_texts(text.fold(name or "")) + text.word_texts(
            text.fold(parsed.text))
        assert facts.claims == organizations.claimed_in(words)


# --- bare URLs: dots before a space start nothing -------------------------------------------

_URL_BITS = st.sampled_from([
    "http://", "https://", "www.", "WWW.", "://", ".", "..", ". ", ".\n", ".\u00a0", ".\u2003",
    ".\x1c", ".<", ".-", "._", "a", "ab", "-", "_", "@", "/", " ", "\n", "\t", "\u00a0",
    "example", "com", "co.uk", "xn--", "ameli.fr", "é", "ſ", "K", "١", "x" * 63, "x" * 64,
    "end.", "www. x", "www.\u00a0x",
])


def _reference_url_starts(value: str) -> list[int]:
    starts: set[int] = set()
    at = value.find("://")
    while at >= 0:
        starts.update((at - 5, at - 4))
        at = value.find("://", at + 1)
    last = len(value) - 1
    for m in re.finditer(r"\.([\w-]{1,63})", value[::-1], re.I):
        dot = last - m.start()
        starts.update((dot - 3, dot - len(m.group(1))))
    return sorted(starts)


@_SETTINGS
@given(st.lists(st.one_of(_URL_BITS, st.text(max_size=5)), max_size=50))
def test_urls_found_as_from_every_dot(pieces: list[str]) -> None:
    for value in ("".join(pieces), " ".join(pieces) + " " + "word " * 40):
        assert set(links._url_starts(value)) <= set(_reference_url_starts(value))
        assert [m.span() for m in links._urls_in_text(value)] == [
            m.span() for m in links._URL_IN_TEXT.finditer(value)]


def test_megabyte_of_sentence_ends_stays_linear() -> None:
    for unit in ("end. ", "a.b. ", "www. ", "x.\n"):
        value = ("word " * 40 + unit) * (1_000_000 // (200 + len(unit)))
        started = time.perf_counter()
        links.find_urls(value)
        assert time.perf_counter() - started < 5.0


# --- phone numbers: short runs of digits counted as tries without being read -----------------


def _stock_find(value: str) -> tuple[phones.Phone, ...]:
    from phonenumbers import PhoneNumberMatcher

    original = phones._matcher_class
    try:
        phones._matcher_class = lambda: PhoneNumberMatcher  # type: ignore[assignment]
        return phones.find(value)
    finally:
        phones._matcher_class = original


_PHONE_BITS = st.sampled_from([
    "06 12 34 56 78", "+33 6 12 34 56 78", "01.23.45.67.89", "2023", "07", "1", "12345",
    "123456", "٠٦١٢٣٤٥٦٧٨", "١٢٣", "０６", "(", "+", " ", "/", "-", ".", "x", "ext. 12",
    "1-800-FLOWERS", "12/05/2023", "10:30", "\n", "a",
])


@_SETTINGS
@given(st.lists(_PHONE_BITS, max_size=120))
def test_phone_numbers_found_as_by_the_library(pieces: list[str]) -> None:
    # more short runs than the tries allowed, real numbers among them and after them
    value = "".join(pieces)
    assert phones.find(value) == _stock_find(value)
