"""The faster parsing paths give exactly what the slower ones they replace gave.

The feed parser's line buffer (``eml._Lines``) is compared with the stdlib's own
``BytesParser`` on generated MIME soups: same tree, same headers, payloads, preambles,
epilogues and defects; the prescan that jumps from one "--" line to the next with the one
that looks at every line. The analysis' faster paths (folding, phrase search, words as
written, the text model's score, phone candidates) are compared with the code they replaced,
kept here. The HTML tokenizer is compared with the one it replaced (kept below,
``_reference_convert``) on generated markup.
"""

from __future__ import annotations

import html
import re
import time
import unicodedata
from email.parser import BytesParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.mime_trees import tree
from vigilance_app.analysis import eml, html_text, money, phones, score, text, text_model
from vigilance_app.analysis.limits import MAX_HTML_CHARS, MAX_TEXT_CHARS

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


def _same_as_stdlib(data: bytes) -> None:
    expected = tree(BytesParser(policy=eml._POLICY).parsebytes(data))
    assert tree(eml._parse_message(data)) == expected


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


# --- HTML to text: the tokenizer before the single-search one, for comparison --------------

_OLD_TAG = re.compile(r"<(/?)([a-zA-Z][^\s/<>]*+)([^<>]*+)>")
_OLD_CANDIDATE = re.compile(r"<(?:[a-zA-Z!?]|/[a-zA-Z])")


def _reference_tag(out: html_text._Converter, name: str, closing: bool, raw_attrs: str) -> None:
    if closing:
        if name == "a":
            out.close_anchor()
    elif name in ("a", "area", "form", "input", "meta", "img", "button"):
        out.open_tag(name, raw_attrs)
    if name in html_text._BLOCKS:
        out.text("\n")


def _reference_convert(source: str, out: html_text._Converter) -> None:
    pos, end = 0, len(source)
    text_start = 0
    lower: str | None = None
    while pos < end:
        found = _OLD_CANDIDATE.search(source, pos)
        if found is None:
            break
        lt = found.start()
        if source.startswith("<!--", lt):
            out.text(html.unescape(source[text_start:lt]))
            close = source.find("-->", lt + 4)
            pos = text_start = end if close < 0 else close + 3
            continue
        if source.startswith(("<!", "<?"), lt):
            out.text(html.unescape(source[text_start:lt]))
            close = source.find(">", lt + 2)
            pos = text_start = end if close < 0 else close + 1
            continue
        match = _OLD_TAG.match(source, lt)
        if match is None:
            pos = lt + 1
            continue
        out.text(html.unescape(source[text_start:lt]))
        closing, name, raw_attrs = match.group(1), match.group(2).lower(), match.group(3)
        pos = text_start = match.end()
        if name in html_text._RAW_SKIPPED or (name == "head" and not closing):
            if closing:
                continue
            if lower is None:
                lower = source.lower()
            close = lower.find("</" + name, pos)
            pos = text_start = end if close < 0 else close
            continue
        _reference_tag(out, name, bool(closing), raw_attrs)
    out.text(html.unescape(source[text_start:]))


def _both(source: str) -> tuple[html_text.HtmlText, html_text.HtmlText]:
    new = html_text.html_to_text(source)
    original = html_text._convert
    try:
        html_text._convert = _reference_convert  # type: ignore[assignment]
        old = html_text.html_to_text(source)
    finally:
        html_text._convert = original
    return new, old


_MARKUP = st.sampled_from([
    "<p>", "</p>", "<br>", "<br/>", "<a href='http://x.example/a'>", "<a href=y>", "</a>",
    "<A HREF=\"z\">", "<div>", "</DIV>", "<!-- c -->", "<!--", "-->", "<!doctype html>",
    "<?xml x?>", "<![CDATA[x]]>", "<style>", "</style>", "<script>", "</SCRIPT >", "<head>",
    "</head>", "<title>", "<img alt='Pay now'>", "<form action='http://f.example'>",
    "<input type=password>", "<input name=cardnumber>", "<meta http-equiv=refresh "
    "content='0; url=http://m.example'>", "<area href=http://a.example alt=x>",
    "<button formaction=http://b.example>", "&amp;", "&lt;", "&#1;", "&#x41;", "&eacute",
    "&", "<", ">", "</", "<a", "<a\"'", "\n", " ", "\u00a0", "\u200b", "text", "Été",
    "<td>", "<li>", "<table>", "<textarea>", "</textarea>", "<x-y>", "</a b>", "<1>",
])


@_SETTINGS
@given(st.lists(st.one_of(_MARKUP, st.text(max_size=12)), max_size=80))
def test_html_tokenizer_gives_what_the_old_one_gave(pieces: list[str]) -> None:
    new, old = _both("".join(pieces))
    assert new == old


@_SETTINGS
@given(st.text(max_size=3000))
def test_html_tokenizer_on_arbitrary_text(source: str) -> None:
    new, old = _both(source)
    assert new == old
    assert len(new.text) <= MAX_TEXT_CHARS


def test_html_tokenizer_at_the_limits() -> None:
    for source in ("<p>" + "x" * (MAX_TEXT_CHARS + 10), "&amp;" * (MAX_HTML_CHARS // 5 + 3),
                   "<br>" * (MAX_HTML_CHARS // 4 + 1), "<a href=x>" * 2000 + "</a>",
                   "<!--" + "a" * 1000, "<style>" + "<p>" * 100_000):
        new, old = _both(source)
        assert new == old
        assert len(new.text) <= MAX_TEXT_CHARS


# --- phone numbers: candidates too short to be valid are not parsed -------------------------


def test_no_valid_number_has_fewer_digits_than_the_bound() -> None:
    from phonenumbers import PhoneMetadata
    from phonenumbers.phonenumberutil import (
        COUNTRY_CODES_FOR_NON_GEO_REGIONS,
        SUPPORTED_REGIONS,
    )

    every = [PhoneMetadata.metadata_for_region(r) for r in SUPPORTED_REGIONS]
    every += [PhoneMetadata.metadata_for_nongeo_region(c)
              for c in COUNTRY_CODES_FOR_NON_GEO_REGIONS]
    for metadata in every:
        lengths = [n for n in metadata.general_desc.possible_length if n > 0]
        # is_valid_number requires one of the general lengths; none listed would mean any
        assert lengths, metadata.id
        fewest = len(str(metadata.country_code)) + min(lengths)
        assert fewest >= phones.MIN_VALID_DIGITS, metadata.id
    france = PhoneMetadata.metadata_for_region("FR")
    assert min(france.general_desc.possible_length) >= phones.MIN_VALID_DIGITS


def _stock_find(text: str) -> tuple[phones.Phone, ...]:
    original = phones._matcher_class
    try:
        from phonenumbers import PhoneNumberMatcher

        phones._matcher_class = lambda: PhoneNumberMatcher  # type: ignore[assignment]
        return phones.find(text)
    finally:
        phones._matcher_class = original


_PHONE_BITS = st.sampled_from([
    "06 12 34 56 78", "+33 6 12 34 56 78", "0033612345678", "01.23.45.67.89", "3646",
    "+44 20 7946 0958", "09061701461", "0900 123 4567", "+43 1234", "+683 4002", "2023",
    "07", "1.000", "12/05/2023", "10:30", "+0000", "103.225.77.255", "(0)1 23", "tel:",
    "1-800-FLOWERS", "ext. 12", " ", "\n", "€", "abc", "x", "-", "/", "０６１２３４５６７８",
])


@_SETTINGS
@given(st.lists(st.one_of(_PHONE_BITS, st.text(alphabet="0123456789 +-./()", max_size=14)),
                max_size=40))
def test_phone_finder_gives_what_the_stock_matcher_gives(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert phones.find(text) == _stock_find(text)


@_SETTINGS
@given(st.lists(st.one_of(_PHONE_BITS, st.text(alphabet="0123456789 +-./()[]（＋x#~:", max_size=14),
                          st.text(max_size=30)), max_size=40))
def test_candidates_searched_from_the_next_digit_are_the_library_s(pieces: list[str]) -> None:
    # leads and punctuation far from any digit, hostile text around the numbers
    text = "".join(pieces)
    assert phones.find(text) == _stock_find(text)


@_SETTINGS
@given(st.text(alphabet=st.characters(whitelist_categories=["Nd"]), min_size=1,
               max_size=phones.MIN_VALID_DIGITS - 1))
def test_short_digit_runs_hold_no_inner_number(candidate: str) -> None:
    # what lets the finder skip them: no pattern the library tries on a candidate matches
    from phonenumbers import phonenumbermatcher as pm

    assert candidate.isdecimal()
    for pattern in (*pm._INNER_MATCHES, pm._SLASH_SEPARATED_DATES, pm._TIME_STAMPS):
        assert pattern.search(candidate) is None
    assert phones.find(candidate) == _stock_find(candidate)


def test_candidate_lead_is_the_library_pattern_s() -> None:
    from phonenumbers import phonenumbermatcher as pm

    lead = pm._LEAD_CLASS + pm._PUNCTUATION
    assert pm._PATTERN.pattern.startswith("(?:" + lead + ")" + pm._LEAD_LIMIT + "\\d")
    assert pm._LEAD_LIMIT == "{0,2}" and pm._PUNCTUATION.endswith("]{0,4}")
    longest_lead = "(" + "-" * 4 + "+" + " " * 4
    assert phones.find("x" * 50 + longest_lead + "06 12 34 56 78") == _stock_find(
        "x" * 50 + longest_lead + "06 12 34 56 78")


_REFERENCE_SHORT = re.compile(r"(?<![\d+,.])3\d\s?\d{2}(?!\s?(?:\d|€|eur|\$|[.,]\d))",
                              re.I)
_REFERENCE_NATIONAL = re.compile(r"(?<![\d+])0[1-9](?:[ .-]?\d){7,11}(?![\d])")


def _same_short_and_national(value: str) -> None:
    for new, old in ((phones._SHORT, _REFERENCE_SHORT), (phones._NATIONAL, _REFERENCE_NATIONAL)):
        assert [m.span() for m in new.finditer(value)] == [m.span() for m in old.finditer(value)]


@_SETTINGS
@given(st.one_of(st.text(alphabet="0123+,. -€eurE$\n", max_size=80), st.text(max_size=80)))
def test_literal_first_short_and_national_patterns_on_any_text(value: str) -> None:
    _same_short_and_national(value)


def test_literal_first_short_and_national_patterns() -> None:
    samples = ["3646", "x3646", "13646", "+3646", ",3646", ".3646", "36 46", "3646€",
               "0612345678", "+0612345678", "10612345678", "a0612345678", "0 612345678",
               "09061701461 et 0900 123 4567", "3 3646 03646 0.3646"]
    for value in [*samples, " ".join(samples), "".join(samples), "3" * 5000, "0" * 5000]:
        _same_short_and_national(value)


def test_phone_finder_with_more_candidates_than_tries() -> None:
    text = " ".join(f"{n:02d}" for n in range(300)) + " 06 12 34 56 78 " + "2023 " * 100
    text += " ".join(f"+33 6 12 34 {n:02d} 78" for n in range(60))
    assert phones.find(text) == _stock_find(text)


# --- folding, phrase search, words as written, text model score -----------------------------


def _reference_fold(value: str) -> str:
    value = (value or "")[:text.MAX_TEXT]
    if text._NEEDS_TRANSLATE.search(value):
        value = value.translate(text._APOSTROPHES)
    if not value.isascii():
        value = text._COMBINING.sub("", unicodedata.normalize("NFKD", value))
    return value.casefold()


def _reference_find(index: text.PhraseIndex, ws: list[text.Word]) -> list[text.Hit]:
    hits: list[text.Hit] = []
    count = len(ws)
    for i, (start, end, word) in enumerate(ws):
        for tokens, prefix, key, phrase in index._by_first.get(word, ()):
            n = len(tokens)
            if i + n > count:
                continue
            last = ws[i + n - 1][2]
            last_ok = last.startswith(tokens[-1]) if prefix else last == tokens[-1]
            if last_ok and all(ws[i + k][2] == tokens[k] for k in range(1, n - 1)):
                hits.append(text.Hit(key, phrase, start, ws[i + n - 1][1]))
        for head, key in index._prefixes.get(word[:2], ()):
            if word.startswith(head):
                hits.append(text.Hit(key, word, start, end))
        for _head, key in index._one_letter.get(word[:1], ()):
            hits.append(text.Hit(key, word, start, end))
    return hits


_WORDS = st.sampled_from([
    "Vérifiez", "votre", "compte", "mot de passe", "expiré", "expiration", "carte", "bancaire",
    "urgent", "URGENT", "d'expiration", "l’accès", "`x`", "Ärger", "ﬁn", "straße", "İ", "K",
    "code", "sms", "a", "x", "i", "123", "2023", "é", "e\u0301", "\u00a0", "—", " ", "\n",
    ".", "!", "don't", "never", "jamais", "cliquez ici", "confirmer", "ameli", "paypal",
])
_PHRASES = st.lists(st.tuples(st.sampled_from(["k1", "k2"]),
                              st.sampled_from(["mot de passe", "expir*", "carte bancaire",
                                               "a*", "x", "code sms", "cliquez ici",
                                               "l'accès", "e*", "urgent", "confirm*"])),
                    max_size=8)


@_SETTINGS
@given(st.lists(st.one_of(_WORDS, st.text(max_size=8)), max_size=40))
def test_fold_gives_what_it_gave(pieces: list[str]) -> None:
    value = " ".join(pieces)
    assert text.fold(value) == _reference_fold(value)


@_SETTINGS
@given(st.lists(st.one_of(_WORDS, st.text(max_size=8)), max_size=40))
def test_words_are_the_matches_of_a_word_pattern(pieces: list[str]) -> None:
    for value in ("".join(pieces), " ".join(pieces), text.fold(" ".join(pieces))):
        assert text.words(value) == [(*m.span(), m.group())
                                     for m in re.finditer(r"\w+", value)]


def test_words_of_edge_texts() -> None:
    for value in ("", " ", "a", " a ", "a b", "__", "é" * 5000, "a-" * 5000, "1.2,3"):
        assert text.words(value) == [(*m.span(), m.group())
                                     for m in re.finditer(r"\w+", value)]


@_SETTINGS
@given(_PHRASES, st.lists(st.one_of(_WORDS, st.text(max_size=6)), max_size=60))
def test_phrase_search_gives_what_it_gave(entries: list[tuple[str, str]],
                                          pieces: list[str]) -> None:
    index = text.PhraseIndex(entries)
    ws = text.words(text.fold(" ".join(pieces)))
    assert list(index.find(ws)) == _reference_find(index, ws)


def _reference_as_written(folded_words: list[str], *texts: str) -> tuple[str, ...]:
    wanted = dict.fromkeys(folded_words, "")
    missing = len(wanted)
    lengths = {len(w) for w in wanted}
    for value in texts:
        if not missing:
            break
        value = value[: text_model.MAX_BODY]
        ascii_only = value.isascii()
        for m in re.finditer(r"\w+", value):
            word = m.group()
            if len(word) not in lengths:
                continue
            key = text_model.normalise_word(word.lower() if ascii_only
                                            else _reference_fold(word))
            if key in wanted and not wanted[key]:
                wanted[key] = word
                missing -= 1
                if not missing:
                    break
    return tuple(shown for shown in wanted.values() if shown)


@_SETTINGS
@given(st.lists(st.sampled_from(["verifiez", "compte", "straße", "strasse", "fin", "0",
                                 "code0", "expire", "urgent", "i", "k"]), max_size=6),
       st.lists(st.one_of(_WORDS, st.text(max_size=8)), max_size=40))
def test_words_as_written_give_what_they_gave(wanted: list[str], pieces: list[str]) -> None:
    value = " ".join(pieces)
    assert score.as_written(wanted, value[:40], value) == _reference_as_written(
        wanted, value[:40], value)


_ASCII_WORDS = st.sampled_from(["Verify", "verify", "VERIFY", "verifying", "account", "_account",
                                "account_", "account1", "1account", "Urgent!", "urgent.",
                                "code", "code0", "code12", "k", "i", "a", "aa", "-", " ", "\n"])


@_SETTINGS
@given(st.lists(st.sampled_from(["verify", "account", "urgent", "code", "code0", "k", "i",
                                 "aa", "a", "Verify", "straße", "é", "ſ"]), max_size=6),
       st.lists(st.one_of(_ASCII_WORDS, st.text(alphabet="aAkKiI_0 .-\n", max_size=8)),
                max_size=40))
def test_words_as_written_in_ascii_text(wanted: list[str], pieces: list[str]) -> None:
    for value in (" ".join(pieces), "".join(pieces)):
        assert score.as_written(wanted, value[:40], value) == _reference_as_written(
            wanted, value[:40], value)


def test_words_as_written_in_long_ascii_text() -> None:
    value = "a" * 5000 + " aa_a a" + " account" * 500 + " Urgent"
    for wanted in (["a"], ["aa", "account", "urgent"], ["urgent", "code"]):
        assert score.as_written(wanted, value[:40], value) == _reference_as_written(
            wanted, value[:40], value)


def _reference_score(model: text_model.TextModel, found: list[str]) -> text_model.TextScore:
    distinct = set(found)
    indicators = [f for f in distinct if f.startswith(text_model.INDICATOR_PREFIX)]
    count = len(distinct) - len(indicators)
    other = any(f.startswith(text_model.NUISANCE_PREFIX) for f in indicators)
    logit = model.intercept + text_model.INDICATOR_VALUE * sum(
        model.weights.get(f, 0.0) for f in indicators)
    if not count:
        return text_model.TextScore(logit, (), other)
    total = 0.0
    pushes: list[tuple[float, str]] = []
    for feature in distinct:
        w = model.weights.get(feature)
        if w is None or feature.startswith(text_model.INDICATOR_PREFIX):
            continue
        total += w
        if w > 0 and feature.startswith("w:") and len(feature) > 4 and feature[2:].isalpha():
            pushes.append((w, feature[2:]))
    pushes.sort(key=lambda p: (-p[0], p[1]))
    return text_model.TextScore(logit + total * text_model.content_scale(count),
                                tuple(word for _, word in pushes[: text_model.MAX_WORDS]),
                                other)


@_SETTINGS
@given(st.lists(st.sampled_from(["_channel:sms", "_channel:email", "_lang:fr", "w:compte",
                                 "w:verifiez", "w:urgent", "w:x", "b:a b", "c: co", "d:x",
                                 "w:unknown", "w:0", "n:x"]), max_size=30))
def test_text_model_score_gives_what_it_gave(found: list[str]) -> None:
    model = text_model.TextModel(-0.5, {"_channel:sms": 0.3, "w:compte": 0.7,
                                        "w:verifiez": 1.25, "w:urgent": 2.5, "w:x": 3.0,
                                        "b:a b": -0.1, "c: co": 0.2, "w:0": 1.0})
    assert model.score(found) == _reference_score(model, found)


def test_corpus_like_text_through_the_shipped_model() -> None:
    model = text_model.shipped()
    for value in ("Vérifiez votre compte PayPal avant le 12/05 : https://x.example",
                  "Your parcel is waiting, pay 1.99 GBP fee now", ""):
        found = text_model.features(text_model.ParsedMessage("email", subject=value,
                                                             text=value * 3))
        assert model.score(found) == _reference_score(model, found)


# --- headers nobody reads are not given to the stdlib parser --------------------------------

_HEADER_LINES = st.sampled_from([
    b"From: Bank <a@bank.example>", b"from: b@c.example", b"Subject: =?utf-8?q?Caf=C3=A9?=",
    b"Subject : spaced", b"Reply-To: r@x.example", b"Return-Path: <p@x.example>",
    b"Date: Mon, 7 Dec 2026 06:00:00 +0000", b"Authentication-Results: mx; spf=fail",
    b"Received: from x by y", b"DKIM-Signature: v=1; a=rsa", b"X-Mailer: z", b" folded",
    b"\tfolded", b"From nobody Mon Jan 1", b":no name", b"Content-Type: text/html",
    b"Content-Type: multipart/mixed; boundary=b", b"Content-Transfer-Encoding: base64",
    b"Content-Disposition: attachment; filename=a.exe", b"MIME-Version: 1.0",
    b"X Weird: spaced name", b"X-\xff: bytes", b"Content-type : text/html",
])
_BODY_LINES = st.sampled_from([b"", b"--b", b"--b--", b"<p>Hello</p>", b"QUJD", b"text",
                               b"Content-Type: text/plain"])


def _parsed_both(data: bytes) -> tuple[object, object]:
    read = eml._READ
    try:
        eml._READ = None
        every = eml.parse_eml(data)
    finally:
        eml._READ = read
    return eml.parse_eml(data), every


@_SETTINGS
@given(st.lists(_HEADER_LINES, max_size=30), st.lists(st.one_of(_HEADER_LINES, _BODY_LINES),
                                                      max_size=30),
       st.sampled_from(_NEWLINES))
def test_unread_headers_left_out_change_nothing(headers: list[bytes], rest: list[bytes],
                                                newline: bytes) -> None:
    data = newline.join([*headers, b"", *rest])
    kept, every = _parsed_both(data)
    assert kept == every


def test_part_headers_after_a_boundary_the_stdlib_does_not_see_stay_whole() -> None:
    # the folded parameter makes the stdlib read no boundary "b": the lines after "--b" are
    # body text, ":no name" included
    data = (b"Content-Type: multipart/mixed; boundary=b\r\n folded\r\n\r\n--b\r\n"
            b"From: Bank <a@bank.example>\r\n:no name\r\nFrom: Bank <a@bank.example>")
    kept, every = _parsed_both(data)
    assert kept == every
    assert ":no name" in kept.text


def test_unread_headers_are_left_out() -> None:
    data = (b"Received: a\r\nReceived: b\r\nX-Spam: c\r\nFrom: x@y.example\r\n"
            b"DKIM-Signature: d\r\nSubject: s\r\n\r\nbody")
    out, _ = eml._prescan(data)
    assert b"X-Spam" not in out and b"DKIM" not in out and b"Received: a" in out
    assert b"From: x@y.example" in out and b"Subject: s" in out


# --- amounts: the scan runs only near currencies ---------------------------------------------

_MONEY_BITS = st.sampled_from([
    "€", "$", "£", "EUR", "eur", "euros", "euro", "Euros", "usd", "GBP", "leur", "heure",
    "1", "12", "1.250,00", "1,99", "4.90", "9 999 999", "\u00a0", "\u202f", " ", ".", ",",
    "x", "\n", "0", "999999999", "12,5", "eurx", "xeur",
])


@_SETTINGS
@given(st.lists(st.one_of(_MONEY_BITS, st.text(alphabet="0123456789 .,€$£eurEUR",
                                               max_size=12)), max_size=80))
def test_amounts_found_near_currencies_are_all_the_amounts(pieces: list[str]) -> None:
    value = "".join(pieces)
    assert [m.span() for m in money._amounts(value)] == [
        m.span() for m in money._AMOUNT.finditer(value)]


def test_amounts_far_apart_and_in_a_long_text() -> None:
    value = ("x" * 100 + "12,50 € " + "9" * 60 + " 3 euros " + "1 000 000,00 EUR") * 50
    assert [m.span() for m in money._amounts(value)] == [
        m.span() for m in money._AMOUNT.finditer(value)]


@_SETTINGS
@given(st.text(alphabet="eEuUrRsSſdDgGbBpP€$£xKk \u0130", max_size=40))
def test_currency_starts_as_the_case_insensitive_alternation(value: str) -> None:
    original = re.compile(r"€|\$|£|eur|usd|gbp", re.I)
    assert [m.span() for m in money._ANY_CURRENCY.finditer(value)] == [
        m.span() for m in original.finditer(value)]


# --- bare URLs: the pattern tried only where a match can start -----------------------------

_URL_BITS = st.sampled_from([
    "http://", "https://", "HTTPS://", "hTtp://", "www.", "WWW.", "Www.", "://", ".", "..",
    "a", "ab", "-", "_", "@", "/", " ", "\n", "(", "'", "example", "com", "co.uk", "xn--",
    "xn--bcher-kva", "ameli.fr", "é", "ſ", "K", "İ", "١", "paypal.com/login", "x" * 63,
    "x" * 64, ".pdf", "?a=b", "#", "»",
])


def _same_urls_as_finditer(value: str) -> None:
    from vigilance_app.analysis import links

    assert [m.span() for m in links._urls_in_text(value)] == [
        m.span() for m in links._URL_IN_TEXT.finditer(value)]


@_SETTINGS
@given(st.lists(st.one_of(_URL_BITS, st.text(max_size=6)), max_size=60))
def test_urls_found_from_their_possible_starts_are_finditer_s(pieces: list[str]) -> None:
    _same_urls_as_finditer("".join(pieces))
    _same_urls_as_finditer(" ".join(pieces) + " " + "word " * 40)  # sparse dots


def test_urls_starting_inside_a_label() -> None:
    # "www." after a character that forbids a bare domain there: only "www." matches
    for value in ("@-www.example.com", "x.-www.example.com", "a@_-www.b.fr", "-www.x",
                  "é-www.ameli.fr", "x" * 70 + "-www.ameli.fr", "shttps://a.b", "-http://a"):
        _same_urls_as_finditer(value)
        _same_urls_as_finditer(value + " " + "word " * 40)


def test_urls_in_long_and_dense_texts() -> None:
    for value in ("a." * 50_000, "a" * 100_000, "." * 100_000, "http://" * 10_000,
                  "www." * 20_000, ("x" * 63 + ".") * 1000, "a-" * 50_000 + ".",
                  ("a" * 16 + ".") * 5000, ("word " * 3 + "a.b") * 4000,
                  ("x" * 40 + " https://" + "y" * 40) * 500):
        started = time.perf_counter()
        _same_urls_as_finditer(value)
        assert time.perf_counter() - started < 2.0
