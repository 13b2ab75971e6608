"""Phone numbers, links and amounts found faster give exactly what the code they replaced gave,
kept here (``_reference_*``), on generated hostile input and corpus messages.

Phone candidates found by the library's pattern written to start with a character class, and
French national numbers of the wrong length answered without the library's parser; a link's
host part split by hand when it is plain ASCII; currencies looked for in the ASCII bytes of a
text, and those with no digit beside them left out; "www." looked for only where "www" is.
"""

from __future__ import annotations

import re
import sys
import time
from functools import lru_cache
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.corpus import CORPUS, needs_corpus
from vigilance_app.analysis import domains, links, money, phones, text
from vigilance_app.analysis.eml import parse_eml
from vigilance_app.analysis.message import Link

_SETTINGS = settings(max_examples=400, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])


# --- the code replaced ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _reference_matcher_class() -> Any:
    from phonenumbers import Leniency, PhoneNumberMatcher
    from phonenumbers.phonenumbermatcher import _PATTERN, _SECOND_NUMBER_START_PATTERN

    class _Matcher(PhoneNumberMatcher):  # type: ignore[misc]
        def _parse_and_verify(self, candidate: str, offset: int) -> Any:
            if (self.leniency >= Leniency.VALID
                    and sum(c.isalnum() for c in candidate) < phones.MIN_VALID_DIGITS):
                return None
            return super()._parse_and_verify(candidate, offset)

        def _extract_match(self, candidate: str, offset: int) -> Any:
            if (len(candidate) < phones.MIN_VALID_DIGITS and candidate.isdecimal()
                    and self.leniency >= Leniency.VALID):
                return None
            return super()._extract_match(candidate, offset)

        def _next_candidate(self, index: int) -> re.Match[str] | None:
            digit = re.compile(r"\d").search(self.text, index)
            if digit is None:
                return None
            return _PATTERN.search(self.text, max(index, digit.start() - 10))

        def _find(self, index: int) -> Any:
            short_runs_fail = self.leniency >= Leniency.VALID
            match = self._next_candidate(index)
            while self._max_tries > 0 and match is not None:
                start = match.start()
                candidate = self._trim_after_first_match(_SECOND_NUMBER_START_PATTERN,
                                                         self.text[start:match.end()])
                if len(candidate) >= self._min_candidate_length:
                    if not (short_runs_fail and len(candidate) < phones.MIN_VALID_DIGITS
                            and candidate.isdecimal()):
                        found = self._extract_match(candidate, start)
                        if found is not None:
                            return found
                    self._max_tries -= 1
                match = self._next_candidate(start + len(candidate))
            return None

    return _Matcher


def _find_with(matcher_class: Any, value: str) -> tuple[phones.Phone, ...]:
    original = phones._matcher_class
    try:
        phones._matcher_class = lambda: matcher_class  # type: ignore[assignment]
        return phones.find(value)
    finally:
        phones._matcher_class = original


def _reference_find(value: str) -> tuple[phones.Phone, ...]:
    return _find_with(_reference_matcher_class(), value)


def _stock_find(value: str) -> tuple[phones.Phone, ...]:
    from phonenumbers import PhoneNumberMatcher

    return _find_with(PhoneNumberMatcher, value)


def _reference_split(url: str) -> tuple[str, str, str, str]:
    m = links._SCHEME.match(url)
    scheme = m.group(1).lower() if m else ""
    if scheme in ("mailto", "tel", "sms", "data", "javascript"):
        body = url[len(scheme) + 1:]
        address = body.split("?", 1)[0]
        host = address.rsplit("@", 1)[1] if scheme == "mailto" and "@" in address else ""
        return scheme, "", host, body
    if not scheme:
        url = "http://" + url.lstrip("/")
    url = url.replace("\\", "/")
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        start = url.find("//") + 2
        rest = url[start + len(netloc):] if netloc else ""
    except ValueError:
        after = url.split("://", 1)[-1]
        netloc, _, rest = after.partition("/")
        rest = "/" + rest if rest else ""
    userinfo, _, hostport = netloc.rpartition("@")
    bracketed = hostport.startswith("[")
    host = hostport[1:].split("]", 1)[0] if bracketed else hostport.split(":", 1)[0]
    host = unquote(host, errors="replace")
    return scheme, userinfo, host, rest


def _reference_defang(scheme: str, userinfo: str, host: str, rest: str) -> str:
    shown_scheme = {"http": "hxxp", "https": "hxxps", "ftp": "fxp"}.get(scheme, scheme)
    prefix = f"{shown_scheme}://" if shown_scheme and scheme not in ("mailto", "tel") else (
        f"{shown_scheme}:" if shown_scheme else "")
    user = userinfo.replace(".", "[.]") + "[@]" if userinfo else ""
    shown_host = f"[{host}]" if ":" in host else host.replace(".", "[.]")
    if scheme == "mailto":
        return prefix + rest.replace(".", "[.]").replace("@", "[@]")
    return prefix + user + shown_host + rest


def _reference_describe(link: Link) -> links.LinkInfo:
    target = links.clean(link.target)
    shown_text = links.clean(link.text, 500)
    scheme, userinfo, raw_host, rest = _reference_split(target)
    host_clean = domains.clean_host(raw_host)
    ip = domains.is_ip(host_clean)
    host_ascii = "" if ip else (domains.to_ascii(host_clean) or "")
    host = host_clean if ip else domains.to_unicode(host_ascii or host_clean)
    reg = None if ip else domains.registrable_domain(host_ascii or host_clean)
    shown = _reference_defang(scheme, userinfo,
                              host_ascii if host_ascii and host != host_ascii else host,
                              rest[:links.MAX_URL])
    return links.LinkInfo(target, shown_text, scheme, host, host_ascii, reg, ip, userinfo,
                          shown[: links.MAX_URL + 64])


def _reference_url_starts(value: str) -> list[int]:
    starts: set[int] = set()
    at = value.find("://")
    while at >= 0:
        starts.update((at - 5, at - 4))
        at = value.find("://", at + 1)
    last = len(value) - 1
    for m in links._LABEL_BEFORE_DOT.finditer(value[::-1]):
        dot = last - m.start()
        starts.update((dot - 3, dot - len(m.group(1))))
    return sorted(starts)


def _reference_currencies(value: str) -> list[tuple[int, int]]:
    lower = value.lower()
    if len(lower) != len(value):
        return [m.span() for m in money._ANY_CURRENCY.finditer(value)]
    spans: list[tuple[int, int]] = []
    for needle in money._CURRENCY_TEXTS:
        size = len(needle)
        at = lower.find(needle)
        while at >= 0:
            spans.append((at, at + size))
            at = lower.find(needle, at + size)
    spans.sort()
    return spans


def _reference_amounts(value: str) -> list[tuple[int, int]]:
    return [m.span() for m in money._AMOUNT.finditer(value)]


# --- generators -----------------------------------------------------------------------------

_NUMBERS = st.sampled_from([
    "06 12 34 56 78", "+33 6 12 34 56 78", "0033612345678", "01.23.45.67.89", "3646",
    "33612345678", "0612345678", "612345678", "06-12-34-56-78", "06/12/34/56/78",
    "+44 20 7946 0958", "09061701461", "0906 170 1461", "+44 9061701461", "0800 123 4567",
    "0900 123 4567", "+49 900 1234567", "+49 30 70259837", "030 70259837", "+1 770 255 3136",
    "(415) 555-2671", "+1(888)5145963", "1-800-FLOWERS", "+91 9999 10 6666", "+212 5 22 04 18 18",
    "+43 1234", "+683 4002", "0001-47", "94107-1605", "8800144117", "1996 – 2021",
    "103.225.77.255", "12/05/2023", "2023-01-02 08:00", "10:30", "2022 08", "+0000",
    "ext. 12", "x 12", "#604", " ~ 12", "; ext=3", ",, 12", "（06）12 34 56 78",
    "＋33 6 12 34 56 78", "０６１２３４５６７８", "٠٦١٢٣٤٥٦٧٨",
    "06\u00a012\u00a034\u00a056\u00a078", "06\u200b12 34 56 78",
    "tel:", "Tel : ", "(", "[", "+", "/", "-", ".", " ", "\n", "x", "X", "€", "abc", "é",
])
_SEPARATORS = " .-/()[]+x\u00a0\u2013\u2014\u2212\uff0d\uff0e\uff0f~#;,"
_DIGITS = "0123456789"


@st.composite
def _digit_strings(draw: st.DrawFn) -> str:
    # French-looking candidates of every length around nine digits, with and without the
    # prefixes that change the country (00, 33, +)
    prefix = draw(st.sampled_from(["", "0", "00", "33", "3", "+", "+33", "0033", "1", "8"]))
    digits = draw(st.text(alphabet=_DIGITS, min_size=0, max_size=13))
    pieces = list(prefix + digits)
    out = []
    for piece in pieces:
        out.append(piece)
        if draw(st.integers(0, 3)) == 0:
            out.append(draw(st.text(alphabet=_SEPARATORS, min_size=1, max_size=2)))
    return "".join(out)


_PHONE_TEXT = st.lists(st.one_of(_NUMBERS, _digit_strings(),
                                 st.text(alphabet=_DIGITS + _SEPARATORS, max_size=16),
                                 st.text(max_size=12)), max_size=40).map("".join)


# --- phone numbers --------------------------------------------------------------------------


def test_french_metadata_is_what_the_shortcut_reads() -> None:
    from phonenumbers import PhoneMetadata
    from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

    france = PhoneMetadata.metadata_for_region("FR")
    assert france.country_code == 33 and COUNTRY_CODE_TO_REGION_CODE[33] == ("FR",)
    assert france.international_prefix == "00"
    assert france.national_prefix == "0"
    assert france.national_prefix_for_parsing in (None, "0")
    assert france.national_prefix_transform_rule is None
    assert tuple(france.general_desc.possible_length) == (phones._FRENCH_NSN,)
    assert france.general_desc.national_number_pattern == "[1-9]\\d{8}"


def test_skipped_separators_start_no_extension_nor_second_number() -> None:
    from phonenumbers import phonenumberutil as pu

    for ch in map(chr, phones._SKIPPED):
        # no digit, no letter the parser reads, none of what starts an extension
        assert not ch.isdigit() and not ("a" <= ch.lower() <= "z"), repr(ch)
        assert ch not in "+\uff0b~\uff5e#\uff03;,\t", repr(ch)
        assert pu._EXTN_PATTERN.search("0612345678" + ch + "12") is None, repr(ch)


@_SETTINGS
@given(st.one_of(_digit_strings(), st.text(alphabet=_DIGITS + _SEPARATORS, max_size=24)))
def test_french_candidates_of_the_wrong_length_are_none_for_the_library(candidate: str) -> None:
    from phonenumbers import PhoneNumberMatcher

    if phones._invalid_in_france(candidate):
        for context in (candidate, f"a {candidate} b", f"({candidate})"):
            matcher = PhoneNumberMatcher(context, "FR")
            assert matcher._parse_and_verify(candidate, context.index(candidate)) is None


def test_french_shortcut_on_samples() -> None:
    from phonenumbers import PhoneNumberMatcher

    invalid = ["8800144117", "1996-2021", "0101-47", "166802942 1", "01 23 45 67",
               "0 612345678 9", "2022 08 12", "06 12 34 56 7"]
    left = ["0612345678", "06 12 34 56 78", "612345678", "0033612345678", "33612345678",
            "+33612345678", "0001-47", "94107-1605", "06~12345678", "06x12",
            "06 12 34 56 78 #12", "٠٦١٢٣٤٥٦٧٨"]
    for candidate in invalid:
        assert phones._invalid_in_france(candidate), candidate
        assert PhoneNumberMatcher(candidate, "FR")._parse_and_verify(candidate, 0) is None
    for candidate in left:
        assert not phones._invalid_in_france(candidate), candidate


@_SETTINGS
@given(st.one_of(_PHONE_TEXT, st.text(alphabet="0123456789 +-./()[]（＋x#~:;,ext", max_size=60),
                 st.text(max_size=60)))
def test_candidate_pattern_matches_where_the_library_s_does(value: str) -> None:
    from phonenumbers.phonenumbermatcher import _PATTERN

    pattern = phones._candidate_pattern()
    for index in range(len(value) + 1):
        old, new = _PATTERN.search(value, index), pattern.search(value, index)
        assert (old and old.span()) == (new and new.span()), index


@_SETTINGS
@given(_PHONE_TEXT)
def test_phone_finder_gives_what_it_gave(value: str) -> None:
    assert phones.find(value) == _reference_find(value) == _stock_find(value)


@_SETTINGS
@given(st.lists(st.one_of(_NUMBERS, _digit_strings(), st.text(max_size=30)), max_size=60))
def test_phone_finder_with_hostile_text_around(pieces: list[str]) -> None:
    value = "".join(pieces)
    assert phones.find(value) == _reference_find(value)


def test_phone_finder_running_out_of_tries() -> None:
    # the count of tries reaches its bound before the last numbers: the same ones are found
    for filler in ("2023 ", "1996-2021 ", "8800144117 ", "06 12 ", "0001-47 ", "12/05/2023 ",
                   "+1 ", "(1) "):
        for count in (10, 39, 40, 41, 79, 80, 81, 200):
            value = "06 12 34 56 78 " + filler * count + " 07 12 34 56 78 +44 20 7946 0958"
            assert phones.find(value) == _reference_find(value) == _stock_find(value)


def test_phone_finder_with_slash_and_x_cut() -> None:
    for value in ["(530) 583-6985 x302/x2303", "06 12 34 56 78/x 07 12 34 56 78",
                  "0612345678 / x0712345678", "06/x12/34", "+33 6 12 34 56 78/ x1",
                  "06 12 34 56 78/x1 " * 90, "12/x3 " * 100 + "06 12 34 56 78",
                  "0612345678/x" * 30 + " 07 12 34 56 78"]:
        assert phones.find(value) == _reference_find(value) == _stock_find(value)


def test_phone_finder_on_huge_hostile_text() -> None:
    for value in ["1 " * 500_000, "(+" * 500_000, "+(1" * 333_333, "0612345678" * 100_000,
                  "x" * 1_000_000, "06 12 34 56 7" * 70_000, "( 1 " * 250_000,
                  "1/x" * 333_333, "0612345678/x" * 80_000]:
        started = time.perf_counter()
        phones.find(value)
        assert time.perf_counter() - started < 5.0


# --- links ----------------------------------------------------------------------------------

_URL_BITS = st.sampled_from([
    "http://", "https://", "HTTPS://", "hTTp://", "ftp://", "mailto:", "tel:", "javascript:",
    "data:", "sms:", "http:/", "http:", "//", "www.", "WWW.", "wWw.", "ww.", "xn--", "user@",
    "a.b@", "ameli.fr@", "evil.com", ":8080", ":", "@", "[", "]", "[::1]", "[fe80::1%25eth0]",
    "127.0.0.1", "0x7f.0.0.1", "3232235521", "%61meli.fr", "%2e", "%", "é", "пример.рф",
    "ａｍｅｌｉ.fr", "a。b", "℀", "\\", "/", "?", "#", "?q=1", "#frag", "\t", "\n", " ", "\u200b",
    "\u202e", "ameli.fr", "sub.example.co.uk", "bit.ly", "K", "ſ", "\x00", "\x7f", ".",
])
_URLS = st.lists(st.one_of(_URL_BITS, st.text(max_size=6),
                           st.text(alphabet="abc.-:/@?#[]%\\", max_size=8)),
                 max_size=14).map("".join)


@_SETTINGS
@given(_URLS)
def test_split_gives_what_it_gave(url: str) -> None:
    assert links._split(url) == _reference_split(url)
    cleaned = links.clean(url)
    assert links._split(cleaned) == _reference_split(cleaned)


@_SETTINGS
@given(_URLS, st.one_of(st.just(""), _URLS))
def test_describe_gives_what_it_gave(target: str, shown: str) -> None:
    link = Link(target=target, text=shown)
    assert links.describe(link) == _reference_describe(link)


def test_split_of_plain_and_odd_urls() -> None:
    for url in ["https://ameli.fr@evil.com/x", "https://evil.com\\@ameli.fr", "http://[::1]:80/",
                "http://[::1/", "http://a]b/", "HTTPS://WWW.AMELI.FR:443/a?b#c", "https://",
                "https:///path", "http://x.fr?q", "http://x.fr#f", "http://x.fr", "www.x.fr/a",
                "//x.fr/a", "https://é.fr/", "https://a℀b/", "https://a\tb.fr/", "ftp://u:p@h/",
                "ſtp://x.fr/", "httpſ://x.fr", "c:\\windows", "https://a b.fr/x",
                "https://%61meli.fr/", "x" * 5000]:
        assert links._split(url) == _reference_split(url), url


def test_only_w_matches_w_as_urls_are_read() -> None:
    w = re.compile("w", re.I)
    assert [chr(c) for c in range(sys.maxunicode + 1) if w.fullmatch(chr(c))] == ["W", "w"]
    assert len(links._WWW) == 8 and all(v.lower() == "www" for v in links._WWW)


_TEXT_BITS = st.sampled_from([
    "www.", "WWW.", "wWw.", "xwww.", "www", "w.", "ww.", "http://", "https://", "://", "ameli.fr",
    "a.b.c.d", "M.Dupont", "facture.pdf", ".", "..", ". ", " ", "\n", "-", "@", "é", "/", "'",
    "1.000", "bit.ly/x", "xn--e1afmkfd.xn--p1ai", "ameli.fr.", "(www.x.fr)",
])


@_SETTINGS
@given(st.lists(st.one_of(_TEXT_BITS, st.text(max_size=8)), max_size=40).map("".join))
def test_url_starts_hold_every_match(value: str) -> None:
    assert set(links._url_starts(value)) <= set(_reference_url_starts(value))
    assert [m.span() for m in links._urls_in_text(value)] == [
        m.span() for m in links._URL_IN_TEXT.finditer(value)]
    assert links.without_urls(value) == _reference_without_urls(value)


def _reference_without_urls(value: str) -> str:
    pieces, end = [], 0
    for m in links._URL_IN_TEXT.finditer(value[: links.MAX_TEXT_SCAN]):
        url = m.group(0).rstrip(links._TRAILING_PUNCT)
        if "." not in url:
            continue
        if not links._WEB_START.match(url) and not links._plausible_bare(url.split("/", 1)[0]):
            continue
        pieces += [value[end:m.start()], " " * len(url)]
        end = m.start() + len(url)
    pieces.append(value[end:])
    return "".join(pieces)


def test_links_on_huge_hostile_text() -> None:
    for value in ["www." * 250_000, "http://" + "a" * 1_000_000, "a." * 500_000,
                  "https://" + "@" * 1_000_000, "http://[" * 100_000, "w" * 1_000_000 + "."]:
        started = time.perf_counter()
        links.find_urls(value)
        links.without_urls(value)
        links.describe(Link(target=value, text=value))
        assert time.perf_counter() - started < 5.0


# --- amounts --------------------------------------------------------------------------------


def _literals(parsed: Any) -> set[int]:
    from re import _constants as c  # type: ignore[attr-defined]

    found: set[int] = set()
    for op, av in parsed:
        if op in (c.LITERAL, c.NOT_LITERAL):
            found.add(av)
        elif op is c.IN:
            for item_op, item in av:
                assert item_op is c.LITERAL, (item_op, item)
                found.add(item)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            found |= _literals(av[1])
        elif op is c.BRANCH:
            for branch in av[1]:
                found |= _literals(branch)
        elif op is c.SUBPATTERN:
            found |= _literals(av[3])
        else:
            raise AssertionError(op)
    return found


def test_currency_pattern_reads_ascii_but_three_signs() -> None:
    # what lets the finder look for the letters in the ASCII bytes of a text
    from re import _parser  # type: ignore[attr-defined]

    pattern = money._ANY_CURRENCY
    assert not pattern.flags & re.IGNORECASE
    outside = {chr(c) for c in _literals(_parser.parse(pattern.pattern)) if c > 0x7F}
    assert outside == {"€", "£", "ſ"}
    assert set(money._OTHER_CURRENCIES) == {"€", "£"}
    assert [t for t in money._CURRENCY_TEXTS if not t.isascii()] == ["€", "£", "uſd"]


_MONEY_BITS = st.sampled_from([
    "€", "$", "£", "eur", "EUR", "Euro", "euros", "EUROS", "usd", "USD", "uſd", "UſD", "gbp",
    "GBP", "642", "1,99", "4.90", "12,50", "1 250,00", "1.250,00", "1\u00a0250", "1\u202f250",
    "111 111 111", "0", " ", "  ", "\n", "\t", ".", ",", "-", "pour", "leur", "heure", "serveur",
    "İ", "é", "ß", "Σ", "ﬀ", "٣", "２", "a", "x",
])
_MONEY_TEXT = st.lists(st.one_of(_MONEY_BITS, st.text(max_size=6)), max_size=50).map("".join)


@_SETTINGS
@given(_MONEY_TEXT)
def test_currencies_and_amounts_as_they_were(value: str) -> None:
    assert money._currencies(value) == _reference_currencies(value) == [
        m.span() for m in money._ANY_CURRENCY.finditer(value)]
    assert [m.span() for m in money._amounts(value)] == _reference_amounts(value)


@_SETTINGS
@given(st.text(max_size=80))
def test_currencies_on_any_text(value: str) -> None:
    assert money._currencies(value) == [m.span() for m in money._ANY_CURRENCY.finditer(value)]
    assert [m.span() for m in money._amounts(value)] == _reference_amounts(value)


def test_amounts_next_to_their_currency() -> None:
    for value in ["642 €", "642€", "€642", "€ 642", "eur 5", "euros 5", "euros  5", "5  euros",
                  "5\u00a0euros", "5\teur", "12,50 euros.", "1.250,00EUR", "x€1", "1€x",
                  "İ 5 € et İ", "uſd 5", "5 UſD", "5 ſ", "pour 5 euros", "leur5", "2eur" * 20]:
        assert [m.span() for m in money._amounts(value)] == _reference_amounts(value), value
        assert money._currencies(value) == _reference_currencies(value), value


def test_money_on_huge_hostile_text() -> None:
    for value in ["€1" * 500_000, "1 €" * 333_333, "eur" * 333_333, "111 111 " * 125_000,
                  "é€" * 500_000, "5 eur " * 166_666]:
        started = time.perf_counter()
        money.find(value)
        money._currencies(value)
        assert time.perf_counter() - started < 5.0


# --- corpus ---------------------------------------------------------------------------------


@needs_corpus
@pytest.mark.parametrize("folder", ["phishing_eml_random", "ham_eml", "phishing_eml"])
def test_corpus_messages_as_they_were(folder: str) -> None:
    for path in sorted((CORPUS / folder).glob("*.eml"))[::5]:
        parsed = parse_eml(path.read_bytes())
        body = "\n".join(p for p in (parsed.subject, parsed.text) if p)[: text.MAX_TEXT]
        assert phones.find(body) == _reference_find(body), path.name
        assert money._currencies(body[: money.MAX_TEXT]) == _reference_currencies(
            body[: money.MAX_TEXT]), path.name
        assert [m.span() for m in money._amounts(body)] == _reference_amounts(body), path.name
        assert links._url_starts(body) == sorted(
            set(links._url_starts(body)))  # in order, once each
        assert links.without_urls(body) == _reference_without_urls(body), path.name
        for link in parsed.links + links.find_urls(body):
            assert links.describe(link) == _reference_describe(link), path.name


@needs_corpus
def test_sms_corpus_as_it_was() -> None:
    for path in sorted((CORPUS / "sms").glob("**/*"))[:400]:
        if not path.is_file():
            continue
        value = path.read_text(encoding="utf-8", errors="replace")[:20_000]
        assert phones.find(value) == _reference_find(value), path.name
        assert [m.span() for m in money._amounts(value)] == _reference_amounts(value)
        assert links.without_urls(value) == _reference_without_urls(value)
