"""The faster reading of a message's words gives exactly what the code it replaced gave.

The phrase search that narrows the candidates by the pair of words at a position, the words
split once with their spans worked out only for the phrases found, and ``flags.collect``
that shares one split of the sender's name and one set of the body's words between the
keyword, organisation and brand searches are compared with the code they replaced, kept
here (``_reference_*``), on generated hostile text and on real corpus messages.
"""

from __future__ import annotations

import bisect
import re
import time
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

_SETTINGS = settings(max_examples=300, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])
_TEXT = itemgetter(2)
_HEAD1 = itemgetter(slice(0, 1))
_HEAD2 = itemgetter(slice(0, 2))


# --- the code replaced ----------------------------------------------------------------------


def _reference_find(index: text.PhraseIndex, ws: list[text.Word]) -> list[text.Hit]:
    hits: list[text.Hit] = []
    first_get = index._by_first.get
    prefix_get = index._prefixes.get
    one_letter = index._one_letter
    words = list(map(_TEXT, ws))
    distinct = list(set(words))
    starting = index._by_first.keys() & distinct
    if index._prefixes:
        starting.update(compress(distinct, map(index._prefixes.__contains__,
                                               map(_HEAD2, distinct))))
    if one_letter:
        starting.update(compress(distinct, map(one_letter.__contains__,
                                               map(_HEAD1, distinct))))
    if not starting:
        return hits
    count = len(ws)
    for i in compress(range(count), map(starting.__contains__, words)):
        start, end, word = ws[i]
        candidates = first_get(word)
        if candidates is not None:
            for tokens, prefix, key, phrase in candidates:
                n = len(tokens)
                if i + n > count:
                    continue
                last = ws[i + n - 1][2]
                last_ok = last.startswith(tokens[-1]) if prefix else last == tokens[-1]
                if last_ok and all(ws[i + k][2] == tokens[k] for k in range(1, n - 1)):
                    hits.append(text.Hit(key, phrase, start, ws[i + n - 1][1]))
        group = prefix_get(word[:2])
        if group is not None:
            for head, key in group:
                if word.startswith(head):
                    hits.append(text.Hit(key, word, start, end))
        if one_letter:
            for _head, key in one_letter.get(word[:1], ()):
                hits.append(text.Hit(key, word, start, end))
    return hits


def _reference_sentence_ends(folded: str) -> list[int]:
    """Positions of sentence ends, for bisecting a hit into its sentence."""
    return [m.start() for m in re.finditer(r"[.!?\n]", folded)]


def _reference_keywords(folded: str, ws: list[text.Word] | None = None,
                        limit: int = 10) -> dict[str, tuple[str, ...]]:
    hits = _reference_find(keywords._index(), text.words(folded) if ws is None else ws)
    ends: list[int] = []
    triggered: dict[str, set[int]] = {}
    for h in hits:
        if h.key in keywords.TRIGGERS:
            if not triggered:
                ends = _reference_sentence_ends(folded)
            triggered.setdefault(h.key, set()).add(bisect.bisect_left(ends, h.start))
    found: dict[str, list[str]] = {}
    for hit in hits:
        if hit.key in keywords.TRIGGERS:
            continue
        if hit.key in keywords.NEGATABLE and keywords._negated(folded, hit.start):
            continue
        needs = keywords.NEEDS.get(hit.key)
        if needs is not None:
            if not triggered:
                continue
            sentence = bisect.bisect_left(ends, hit.start)
            if not any(sentence in triggered.get(t, ()) for t in needs):
                continue
        section = found.setdefault(hit.key, [])
        if hit.phrase not in section and len(section) < limit:
            section.append(hit.phrase)
    return {key: tuple(v) for key, v in found.items()}


def _reference_claimed_in(ws: list[text.Word]) -> tuple[tuple[organizations.Organization, str],
                                                        ...]:
    first: dict[str, str] = {}
    for hit in _reference_find(organizations._names(), ws):
        first.setdefault(hit.key, hit.phrase)
    if not first:
        return ()
    return tuple((org, first[org.id]) for org in organizations.all_organizations()
                 if org.id in first)


def _reference_named_in(ws: list[text.Word]) -> tuple[tuple[brands.Brand, str], ...]:
    first: dict[str, str] = {}
    for hit in _reference_find(brands._names(), ws):
        first.setdefault(hit.key, hit.phrase)
    if not first:
        return ()
    return tuple((b, first[b.id]) for b in brands.all_brands() if b.id in first)


def _reference_named_in_display(display: str | None) -> tuple[tuple[brands.Brand, str], ...]:
    display = (display or "")[:200]
    if not display.strip():
        return ()
    found = {b.id: (b, n) for b, n in _reference_named_in(text.words(text.fold(display)))}
    plain = brands._strip_accents(display)
    for _name, pattern, brand_id in brands._strict():
        if brand_id not in found and pattern.fullmatch(plain):
            found[brand_id] = (brands.by_id(brand_id), display.strip()[:60])
    return tuple(found.values())


def _reference_collect(parsed: ParsedMessage) -> flags.Facts:
    body = "\n".join(p for p in (parsed.subject, parsed.text) if p)[: text.MAX_TEXT]
    seen = {link.target for link in parsed.links}
    all_links = parsed.links + tuple(u for u in links.find_urls(body) if u.target not in seen)
    infos = tuple(links.describe(link) for link in all_links[: links.MAX_FOUND])
    folded = text.fold(body)
    ws = text.words(folded)
    name_ws = text.words(text.fold(parsed.sender_name or ""))
    claims = _reference_claimed_in(name_ws + ws)
    subject_ws = text.words(text.fold(parsed.subject[:2000]))
    header_claims = _reference_claimed_in(name_ws + subject_ws)
    brand_claims = flags._merge(_reference_named_in_display(parsed.sender_name),
                                _reference_named_in(subject_ws))
    named = flags._merge(brand_claims, _reference_named_in(ws)) \
        if parsed.channel in flags._SMS_LIKE else brand_claims
    return flags.Facts(parsed, flags.address_domain(parsed.sender_address), infos,
                       phones.find(body), money.find(body), claims,
                       _reference_keywords(folded, ws), body, brand_claims, named,
                       header_claims)


# --- generated hostile text -----------------------------------------------------------------


def _listed_phrases() -> list[str]:
    phrases = [p for lang in keywords.LANGS for section in keywords.SECTIONS
               for p in keywords.lists(lang)[section]]
    phrases += [n for org in organizations.all_organizations() for n in org.names]
    phrases += [n for b in brands.all_brands() for n in (*b.names, *b.strict)]
    return sorted(set(phrases))


_LISTED = _listed_phrases()


@st.composite
def _phrase_piece(draw: st.DrawFn) -> str:
    """A listed phrase, whole, cut after some words (a repeated start of a longer phrase),
    its prefix star dropped, or in capitals, with look-alike or accented letters."""
    phrase = draw(st.sampled_from(_LISTED)).rstrip("*")
    tokens = phrase.split()
    cut = draw(st.integers(1, max(1, len(tokens))))
    piece = " ".join(tokens[:cut])
    style = draw(st.sampled_from(["plain", "upper", "glued", "cyrillic", "accent", "extend"]))
    if style == "upper":
        piece = piece.upper()
    elif style == "glued":
        piece = piece.replace(" ", draw(st.sampled_from(["-", "'", "’", "\u00a0", "_", ""])))
    elif style == "cyrillic":
        piece = piece.replace("a", "а").replace("o", "о")
    elif style == "accent":
        piece = piece.replace("e", "é").replace("a", "a\u0301")
    elif style == "extend":
        piece += draw(st.sampled_from(["s", "ion", "x" * 300, "é", "_1"]))
    return piece


_NOISE = st.sampled_from([
    " ", "  ", "\n", ". ", ", ", "!", "?", ";", ":", "'", "’", "-", "—", "\u200b", "\u00ad",
    "0", "06 12 34 56 78", "+33 6 12 34 56 78", "0 892 705 705", "3646", "12,50 €", "€4.90",
    "https://ameli.fr.secure-login.example/x", "www.paypal.com", "paypal.com", "x@y.example",
    "ne", "jamais", "never", "not", "no", "votre", "your", "a", "e", "to", "sua", "the",
    "ﬁ", "ß", "İ", "K", "ſ", "١٢٣", "Ⅻ", "x" * 70, "é" * 40, "\t", "<", ">", "«", "»",
])
_PIECES = st.lists(st.one_of(_phrase_piece(), _NOISE, st.text(max_size=8)), max_size=60)
_SEPARATORS = st.sampled_from([" ", "", "\n", ", ", " - "])


def _join(pieces: list[str], separator: str) -> str:
    return separator.join(pieces)


@_SETTINGS
@given(_PIECES, _SEPARATORS)
def test_listed_phrases_found_as_they_were(pieces: list[str], separator: str) -> None:
    folded = text.fold(_join(pieces, separator))
    ws = text.words(folded)
    for index in (keywords._index(), organizations._names(), brands._names()):
        expected = _reference_find(index, ws)
        assert list(index.find(ws)) == expected
        texts = [w[2] for w in ws]
        assert [(key, phrase, ws[first][0], ws[last][1]) for first, last, key, phrase
                in index.matches(texts, set(texts) | {"votre", "zzz"})] == [
            (h.key, h.phrase, h.start, h.end) for h in expected]


_SMALL_LIST = ["a", "a b", "a b c", "a b*", "a c*", "a*", "ab*", "b a", "a a", "a a a",
               "a a*", "b", "b c d e", "c*", "x y", "mot de passe", "mot de pass*", "mot*",
               "de", "l'accès", "é", "a\u0301 b", "b a*", "c d*"]
_SMALL_PHRASES = st.lists(st.tuples(st.sampled_from(["k1", "k2", "k3"]),
                                    st.sampled_from(_SMALL_LIST)), min_size=1, max_size=10)
# the phrases themselves, a prefix written whole or extended, among single words
_SMALL_WORDS = st.lists(st.one_of(
    st.builds(str.replace, st.sampled_from(_SMALL_LIST), st.just("*"),
              st.sampled_from(["", "a", "b", "d", "ser", "é"])),
    st.sampled_from(["a", "b", "c", "d", "e", "ab", "abc", "aa", "bc", "ba", "cd", "dd", "x",
                     "y", "mot", "de", "passe", "passer", "l", "acces", "é", "a\u0301"])),
    max_size=50)


@_SETTINGS
@given(_SMALL_PHRASES, _SMALL_WORDS, st.sampled_from([" ", "\n", ", ", " - "]))
def test_repeated_phrase_starts_found_as_they_were(entries: list[tuple[str, str]],
                                                   pieces: list[str], separator: str) -> None:
    index = text.PhraseIndex(entries)
    ws = text.words(text.fold(_join(pieces, separator)))
    assert list(index.find(ws)) == _reference_find(index, ws)


def test_phrases_ending_in_a_prefix_after_their_first_word() -> None:
    index = text.PhraseIndex([("k", "a a*"), ("k", "a b"), ("j", "a"), ("k", "b c d*"),
                              ("k", "mot de pass*"), ("j", "mot*")])
    for value in ("a ab", "a a", "a b", "a abc b", "a", "b c dd", "b c", "mot de passe",
                  "mot de", "a ab a b a"):
        ws = text.words(value)
        assert list(index.find(ws)) == _reference_find(index, ws), value


@_SETTINGS
@given(_PIECES, _SEPARATORS)
def test_words_and_their_spans(pieces: list[str], separator: str) -> None:
    folded = text.fold(_join(pieces, separator))
    ws = text.words(folded)
    split = text.Words(folded)
    assert split.texts == [w[2] for w in ws] == text.word_texts(folded)
    for i in range(0, len(ws), 3):
        for j in (i, min(i + 2, len(ws) - 1)):
            assert split.span(i, j) == (ws[i][0], ws[j][1])


@_SETTINGS
@given(_PIECES, _SEPARATORS)
def test_keywords_found_as_they_were(pieces: list[str], separator: str) -> None:
    folded = text.fold(_join(pieces, separator))
    expected = _reference_keywords(folded)
    assert keywords.find(folded) == expected
    split = text.Words(folded)
    assert keywords.find(folded, split, distinct=set(split.texts)) == expected


_NAMES = st.one_of(st.none(), st.sampled_from([
    "", " ", "PayPal", "Orange Service Client", "Ameli", "Assurance", "Assurance Maladie",
    "ameli.fr", "Amazon", "Аmazon", "La Poste", "Chronopost", "SERVICE CLIENT", "impots.gouv",
    "0612345678", "x" * 250 + " PayPal", "PayPal " + "x" * 250, "Ｐａｙｐａｌ",
]), _phrase_piece(), st.text(max_size=30))
_SUBJECTS = st.one_of(_PIECES.map(" ".join), st.text(max_size=40),
                      st.sampled_from(["", "Maladie urgent", "a" * 2100 + " PayPal",
                                       "PayPal " * 400]))


@_SETTINGS
@given(st.sampled_from(["email", "sms", "messaging"]), _NAMES, _SUBJECTS, _PIECES,
       _SEPARATORS, st.sampled_from([None, "a@paypal.com", "x@gmail.com", "+33612345678"]))
def test_collect_gives_what_it_gave(channel: str, name: str | None, subject: str,
                                    pieces: list[str], separator: str,
                                    address: str | None) -> None:
    parsed = ParsedMessage(channel, sender_name=name, sender_address=address,
                           subject=subject, text=_join(pieces, separator),
                           links=(Link(target="https://ameli.fr.example/x", text="ameli.fr"),))
    facts = flags.collect(parsed)
    expected = _reference_collect(parsed)
    assert facts == expected
    assert flags.evaluate(facts) == flags.evaluate(expected)


def test_collect_at_the_edges() -> None:
    for body in ("", "a", "votre " * 30_000, "a b " * 30_000, "assurance " * 20_000 + "maladie",
                 "x" * 200_000, ("mot de " * 10 + "passe ") * 2000):
        for name in (None, "", "Assurance", "Assurance Maladie " * 20):
            parsed = ParsedMessage("sms", sender_name=name, subject=body[:3000], text=body)
            assert flags.collect(parsed) == _reference_collect(parsed)


def test_long_hostile_text_stays_linear() -> None:
    # a megabyte of phrase starts that never complete: each position is looked at once
    unit = "votre mot de " + "a sua " + "your account has "
    body = unit * (1_000_000 // len(unit))
    parsed = ParsedMessage("sms", sender_name="Assurance " * 100, subject=body[:2000],
                           text=body)
    started = time.perf_counter()
    flags.collect(parsed)
    assert time.perf_counter() - started < 5.0
    ws = text.words(text.fold(body))
    started = time.perf_counter()
    list(keywords._index().find(ws))
    assert time.perf_counter() - started < 5.0


@needs_corpus
@pytest.mark.parametrize("folder", ["phishing_eml", "phishing_eml_random", "ham_eml"])
def test_corpus_messages_collected_as_they_were(folder: str) -> None:
    for path in sorted((CORPUS / folder).glob("*.eml"))[::15]:
        parsed = parse_eml(path.read_bytes())
        facts = flags.collect(parsed)
        assert facts == _reference_collect(parsed), path.name
        assert flags.evaluate(facts) == _reference_evaluate(facts), path.name


# --- amounts: currencies found by str.find in the lower-cased text --------------------------


def test_no_other_character_lower_cases_to_a_currency_letter() -> None:
    import sys

    letters = {"".join(sorted(set(needle.lower()))) for needle in money._CURRENCY_TEXTS}
    targets = set("".join(letters))
    written = set("€$£eEuUrRsSſdDgGbBpP")
    for code in range(sys.maxunicode + 1):
        lowered = chr(code).lower()
        if len(lowered) == 1 and lowered in targets:
            assert chr(code) in written, hex(code)


_CURRENCY_BITS = st.sampled_from([
    "€", "$", "£", "eur", "EUR", "Eur", "eUr", "usd", "USD", "uſd", "Uſd", "uSd", "gbp", "GBP",
    "gBp", "euro", "euros", "eueur", "eusd", "ugbp", "İ", "ı", "ſ", "K", "ß", "ﬀ", "12", " ",
    "1,99", "\n", "e", "u", "g", "x", "ǅ", "Ω",
])


@_SETTINGS
@given(st.lists(st.one_of(_CURRENCY_BITS, st.text(max_size=6)), max_size=60))
def test_currencies_are_the_pattern_s(pieces: list[str]) -> None:
    value = "".join(pieces)
    assert money._currencies(value) == [m.span() for m in money._ANY_CURRENCY.finditer(value)]
    assert [m.span() for m in money._amounts(value)] == [
        m.span() for m in money._AMOUNT.finditer(value)]


def test_currencies_in_a_long_text() -> None:
    for value in ("eur" * 300_000, "e" * 1_000_000, "€" * 500_000, "İeur" * 100_000,
                  "uſd gbp 12 € " * 50_000):
        started = time.perf_counter()
        assert money._currencies(value) == [
            m.span() for m in money._ANY_CURRENCY.finditer(value)]
        assert time.perf_counter() - started < 5.0


# --- links: text cleaned only of what it holds ----------------------------------------------


def _reference_clean(value: str, limit: int = links.MAX_URL) -> str:
    value = links._INVISIBLE.sub("", (value or "")[: limit * 2])
    return links._CONTROL.sub(" ", value).strip()[:limit]


@_SETTINGS
@given(st.text(max_size=80), st.sampled_from([5, 500, links.MAX_URL]))
def test_clean_gives_what_it_gave(value: str, limit: int) -> None:
    for text_ in (value, "https://x.example/" + value, value + "\x00\u200b\x7f\t"):
        assert links.clean(text_, limit) == _reference_clean(text_, limit)


# --- rules: owners and gouv words of a host memoised ----------------------------------------


def _reference_non_official_domain(f: flags.Facts) -> list[str]:
    import re

    from vigilance_app.analysis import domains

    gouv_claimed = any(org.gouv_only for org, _ in f.claims)
    found: list[str] = []
    for host in [info.host_ascii for info in f.links if info.host_ascii] + (
            [f.sender_domain] if f.sender_domain else []):
        if domains.is_gouv_fr(host) or flags._government_space(host):
            continue
        suffix = domains.public_suffix(host) or ""
        tokens = set(re.split(r"[-_.]", host[: -len(suffix) - 1] if suffix else host))
        disguised = bool(tokens & {"gouv", "gouvfr"}) or (
            gouv_claimed and bool(tokens & {"gov", "govfr"}))
        if disguised or (gouv_claimed and not organizations.is_official_host.__wrapped__(host)):
            found.append(flags.show_domain(host))
    return list(dict.fromkeys(found))


def _reference_evaluate(facts: flags.Facts) -> tuple[flags.RedFlag, ...]:
    found = []
    for code in flags.CODES:
        rule = _reference_non_official_domain if code == "non_official_domain" \
            else flags.RULES[code]
        evidence = rule(facts)
        if evidence:
            found.append(flags.RedFlag(code, flags.SEVERITY[code],
                                       tuple(dict.fromkeys(evidence))[:10]))
    return tuple(found)


_HOSTS = st.one_of(st.sampled_from([
    "ameli.fr", "www.ameli.fr", "ameli.fr.example", "amendes-gouv.org", "gouv-fr.info",
    "antai-gov.com", "impots.gouv.fr", "gouv.fr", "nasa.gov", "x.gov.uk", "paypal.com",
    "paypal.com.br", "paypal.xyz", "amazon.co.uk", "xn--pypal-4ve.com", "pаypal.com", "",
    "192.168.0.1", "gov", "a_gouv.b", "list-manage.com", "gmail.com",
]), st.text(alphabet="abcgouvfr-_.0", max_size=20))


@_SETTINGS
@given(st.lists(_HOSTS, max_size=6), _NAMES, _PIECES, st.sampled_from(["email", "sms"]))
def test_rules_give_what_they_gave(hosts: list[str], name: str | None, pieces: list[str],
                                   channel: str) -> None:
    for host in hosts:
        for _ in range(2):  # the second answer comes from the memo
            assert brands.owner(host) == brands.owner.__wrapped__(host)
            assert organizations.is_official_host(host) == \
                organizations.is_official_host.__wrapped__(host)
    parsed = ParsedMessage(channel, sender_name=name,
                           sender_address=f"x@{hosts[0]}" if hosts else None,
                           reply_to=tuple(f"r@{h}" for h in hosts[1:2]),
                           text=" ".join(pieces),
                           links=tuple(Link(target=f"https://{h}/a", text=h2)
                                       for h, h2 in zip(hosts, reversed(hosts), strict=True)))
    facts = flags.collect(parsed)
    assert flags.evaluate(facts) == _reference_evaluate(facts)
