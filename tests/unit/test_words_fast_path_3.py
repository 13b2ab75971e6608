"""The folding, word splitting and phrase search made faster give exactly what the code they
replaced gave, kept here (``_reference_*``), on generated text and real corpus messages.

Latin-1 text folded by a bytes table; words of a text whose non-word characters made spaces
leave only ASCII split by ``str.split``, their positions found only for the hits that need
one (a negation before it, a sentence shared with a trigger); phrases looked for at the
positions of one rare word of each (its anchor), sorted back into the order of their first
words; the one-word prefixes picked among the distinct words by ``str.startswith`` when the
text holds one; an ASCII display name taken as it is, with no accent to strip.
"""

from __future__ import annotations

import bisect
import re
import sys
import time
import unicodedata
from collections.abc import Collection, Iterator
from itertools import accumulate, compress, pairwise
from operator import itemgetter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.test_collect_fast_path_more import pair_tables
from vigilance_app.analysis import brands, keywords, organizations, text

_SETTINGS = settings(max_examples=400, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])
_HEAD1 = itemgetter(slice(0, 1))
_HEAD2 = itemgetter(slice(0, 2))
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


# --- the code replaced ----------------------------------------------------------------------


def _reference_fold(value: str) -> str:
    value = (value or "")[:text.MAX_TEXT]
    if value.isascii() and "`" not in value:
        return value.casefold()
    if text._NEEDS_TRANSLATE.search(value):
        value = value.translate(text._APOSTROPHES)
    if not value.isascii():
        value = text._COMBINING.sub("", unicodedata.normalize("NFKD", value))
    return value.casefold()


class _ReferenceWords:
    def __init__(self, folded: str) -> None:
        self._parts = re.split(r"(\w+)", folded)
        self._bounds: list[int] | None = None
        self.texts: list[str] = self._parts[1::2]

    def span(self, first: int, last: int) -> tuple[int, int]:
        if self._bounds is None:
            self._bounds = list(accumulate(map(len, self._parts)))
        return self._bounds[2 * first], self._bounds[2 * last + 1]

    def starts(self, firsts: list[int]) -> list[int]:
        if self._bounds is not None or any(b < a for a, b in pairwise(firsts)):
            return [self.span(first, first)[0] for first in firsts]
        parts = self._parts
        result = []
        at = position = 0
        for first in firsts:
            end = 2 * first + 1
            if end > at:
                position += sum(map(len, parts[at:end]))
                at = end
            result.append(position)
        return result


def _reference_word_texts(folded: str) -> list[str]:
    return re.findall(r"\w+", folded)


def _reference_any_prefix(index: text.PhraseIndex) -> re.Pattern[str] | None:
    heads = sorted({head for table in (index._prefixes, index._one_letter)
                    for group in table.values() for head, _key in group})
    return re.compile(" (?:" + "|".join(map(re.escape, heads)) + ")") if heads else None


def _reference_matches(index: text.PhraseIndex, words: list[str],
                       distinct: Collection[str] | None = None,
                       ) -> Iterator[tuple[int, int, str, str]]:
    alone, by_pair, pair_firsts = pair_tables(index)
    alone_get = alone.get
    if distinct is None:
        distinct = set(words)
    starting = alone.keys() & distinct
    prefix_get = one_letter = None
    any_prefix = _reference_any_prefix(index)
    if any_prefix is not None and any_prefix.search(" " + " ".join(distinct)):
        prefix_get = index._prefixes.get
        if index._prefixes:
            starting.update(compress(distinct, map(index._prefixes.__contains__,
                                                   map(_HEAD2, distinct))))
        if index._one_letter:
            one_letter = index._one_letter
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
                if last_ok and (n < 3 or all(words[i + k] == tokens[k]
                                             for k in range(1, n - 1))):
                    yield i, i + n - 1, key, phrase
        if prefix_get is None:
            continue
        group = prefix_get(word[:2])
        if group is not None:
            for head, key in group:
                if word.startswith(head):
                    yield i, i, key, word
        if one_letter is not None:
            for _head, key in one_letter.get(word[:1], ()):
                yield i, i, key, word


def _reference_sentence_ids(folded: str, positions: list[int]) -> list[int]:
    ends = [m.start() for m in re.finditer(r"[.!?\n]", folded)]
    return [bisect.bisect_left(ends, p) for p in positions]


def _reference_keywords(folded: str, limit: int = 10) -> dict[str, tuple[str, ...]]:
    ws = _ReferenceWords(folded)
    matches = list(_reference_matches(keywords._index(), ws.texts))
    hits = [(key, phrase, start) for (_first, _last, key, phrase), start
            in zip(matches, ws.starts([m[0] for m in matches]), strict=True)]
    triggered: dict[str, set[int]] = {}
    sentences: list[int] = []
    if any(key in keywords.TRIGGERS for key, _phrase, _start in hits):
        sentences = _reference_sentence_ids(folded, [start for _key, _phrase, start in hits])
        for (key, _phrase, _start), sentence in zip(hits, sentences, strict=True):
            if key in keywords.TRIGGERS:
                triggered.setdefault(key, set()).add(sentence)
    found: dict[str, list[str]] = {}
    for n, (key, phrase, start) in enumerate(hits):
        if key in keywords.TRIGGERS:
            continue
        if key in keywords.NEGATABLE and keywords._negated(folded, start):
            continue
        needs = keywords.NEEDS.get(key)
        if needs is not None:
            if not triggered:
                continue
            sentence = sentences[n]
            if not any(sentence in triggered.get(t, ()) for t in needs):
                continue
        section = found.setdefault(key, [])
        if phrase not in section and len(section) < limit:
            section.append(phrase)
    return {key: tuple(v) for key, v in found.items()}


def _reference_firsts(index: text.PhraseIndex, words: list[str]) -> dict[str, str]:
    first: dict[str, str] = {}
    for _first, _last, key, phrase in _reference_matches(index, words):
        first.setdefault(key, phrase)
    return first


def _reference_strip_accents(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _reference_named_in_display(display: str | None) -> list[tuple[str, str]]:
    display = (display or "")[:brands.MAX_NAME]
    if not display.strip():
        return []
    named = _reference_firsts(brands._names(), _reference_word_texts(_reference_fold(display)))
    found = {b.id: n for b in brands.all_brands() for n in [named.get(b.id)] if n}
    plain = _reference_strip_accents(display)
    for name, pattern, brand_id in brands._strict():
        if brand_id not in found and name in plain and pattern.fullmatch(plain):
            found[brand_id] = display.strip()[:60]
    return list(found.items())


# --- generated text -------------------------------------------------------------------------


def _listed() -> list[str]:
    phrases = [p for lang in keywords.LANGS for section in keywords.SECTIONS
               for p in keywords.lists(lang)[section]]
    phrases += [n for org in organizations.all_organizations() for n in org.names]
    phrases += [n for b in brands.all_brands() for n in (*b.names, *b.strict)]
    return sorted(set(phrases))


_LISTED = _listed()
_FRENCH_ENGLISH = sorted({p for lang in ("fr", "en") for section in keywords.SECTIONS
                          for p in keywords.lists(lang)[section]})


@st.composite
def _phrase(draw: st.DrawFn) -> str:
    """A listed phrase (French or English more often), whole or cut, its prefix star dropped
    or the word it starts written out, in capitals, accented, with typographic apostrophes,
    glued or with look-alike letters."""
    phrase = draw(st.one_of(st.sampled_from(_FRENCH_ENGLISH), st.sampled_from(_LISTED)))
    if phrase.endswith("*"):
        phrase = phrase[:-1] + draw(st.sampled_from(["", "e", "es", "ation", "é", "s_1"]))
    tokens = phrase.split()
    if draw(st.booleans()):
        tokens = tokens[:draw(st.integers(1, max(1, len(tokens))))]
    piece = " ".join(tokens)
    style = draw(st.sampled_from(["plain", "plain", "upper", "title", "accent", "apostrophe",
                                  "glued", "cyrillic", "decomposed", "repeat"]))
    if style == "upper":
        piece = piece.upper()
    elif style == "title":
        piece = piece.title()
    elif style == "accent":
        piece = piece.replace("e", "é").replace("a", "à").replace("o", "ô")
    elif style == "apostrophe":
        piece = piece.replace("'", draw(st.sampled_from(["’", "`", "´", "ʼ", "‘"])))
    elif style == "glued":
        piece = piece.replace(" ", draw(st.sampled_from(["-", "'", "\u00a0", "\u202f", "_",
                                                         "", "—", "\n"])))
    elif style == "cyrillic":
        piece = piece.replace("a", "а").replace("o", "о")
    elif style == "decomposed":
        piece = unicodedata.normalize("NFD", piece.replace("e", "é"))
    elif style == "repeat":
        piece = " ".join([piece] * draw(st.integers(2, 4)))
    return piece


_NOISE = st.sampled_from([
    " ", "  ", "\n", "\n\n", ". ", "! ", "? ", ", ", "; ", ": ", "...", "'", "’", "-", "—",
    "\u00a0", "\u200b", "\u00ad", "\t", "«", "»", "“", "”", "€", "12,50 €", "•", "…", "™",
    "ne", "n'", "jamais", "pas", "never", "not", "don't", "no", "nobody", "aucun", "rien",
    "ne communiquez jamais", "we will never ask", "votre", "your", "a", "e", "to", "de",
    "ﬁ", "ß", "İ", "K", "ſ", "œ", "æ", "ø", "Ⅻ", "½", "µ", "¼", "¨", "¸", "ª", "º", "²",
    "é", "e\u0301", "\u0301", "\u05b0", "\u0591", "a\u0323\u0302", "🎁", "✅", "️", "𝘼",
    "١٢٣", "文字", "кириллица", "ελληνικά", "x" * 70, "é" * 40, "_", "__init__", "0", "2023",
    "\x00", "\x1c", "\x85", "\u2028", "\ud800", "`", "´",
])
_PIECES = st.lists(st.one_of(_phrase(), _NOISE, st.text(max_size=8)), max_size=60)
_SEPARATORS = st.sampled_from([" ", "", "\n", ", ", " - ", ". ", "’"])


def _joined(pieces: list[str], separator: str) -> str:
    return separator.join(pieces)


# --- folding --------------------------------------------------------------------------------


@_SETTINGS
@given(_PIECES, _SEPARATORS)
def test_fold_gives_what_it_gave(pieces: list[str], separator: str) -> None:
    value = _joined(pieces, separator)
    assert text.fold(value) == _reference_fold(value)


@_SETTINGS
@given(st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=60))
def test_fold_of_latin_text_gives_what_it_gave(value: str) -> None:
    assert text.fold(value) == _reference_fold(value)


def test_fold_of_every_latin_1_character_in_context() -> None:
    latin = [chr(code) for code in range(256)]
    for ch in latin:
        for around in ("", "A", "é", "É", " ", "`", "’", "\u0301", "€", "ß"):
            for value in (ch, around + ch, ch + around, around + ch + around):
                assert text.fold(value) == _reference_fold(value), repr(value)
    everything = "".join(latin)
    assert text.fold(everything) == _reference_fold(everything)
    assert text.fold(everything * 500) == _reference_fold(everything * 500)


def test_fold_of_none_empty_and_capped_text() -> None:
    for value in (None, "", "é" * (text.MAX_TEXT + 10), "É" * text.MAX_TEXT + "½",
                  "a" * (text.MAX_TEXT - 1) + "é€"):
        assert text.fold(value) == _reference_fold(value)  # type: ignore[arg-type]


# --- words ----------------------------------------------------------------------------------


def test_a_word_character_is_alphanumeric_or_underscore() -> None:
    word = re.compile(r"\w")
    assert all(bool(word.match(ch)) == (ch.isalnum() or ch == "_")
               for ch in map(chr, range(sys.maxunicode + 1)))


def _same_words(value: str, firsts: list[int], ordered: bool) -> None:
    ref = _ReferenceWords(value)
    new = text.Words(value)
    assert new.texts == ref.texts == text.word_texts(value) == _reference_word_texts(value)
    count = len(ref.texts)
    if not count:
        assert new.starts([]) == []
        return
    firsts = [f % count for f in firsts]
    if ordered:
        firsts.sort()
    assert new.starts(firsts) == ref.starts(firsts)
    for i in range(0, count, max(1, count // 7)):
        for j in (i, min(i + 2, count - 1), count - 1):
            assert new.span(i, j) == ref.span(i, j)
    assert new.starts(firsts) == ref.starts(firsts)  # with the spans worked out


@_SETTINGS
@given(_PIECES, _SEPARATORS, st.lists(st.integers(0, 200), max_size=20), st.booleans())
def test_words_of_folded_text_as_they_were(pieces: list[str], separator: str,
                                           firsts: list[int], ordered: bool) -> None:
    _same_words(text.fold(_joined(pieces, separator)), firsts, ordered)


@_SETTINGS
@given(st.one_of(_PIECES.map("".join), st.text(max_size=80)),
       st.lists(st.integers(0, 200), max_size=20), st.booleans())
def test_words_of_any_text_as_they_were(value: str, firsts: list[int], ordered: bool) -> None:
    _same_words(value, firsts, ordered)


@_SETTINGS
@given(st.lists(st.sampled_from(["a", "b", "ab", "ba", "a_b", "é", "œ", " ", "  ", ".",
                                 "\n", "€", "🎁", "-"]), max_size=60),
       st.lists(st.integers(0, 60), max_size=30))
def test_repeated_words_found_in_order(pieces: list[str], firsts: list[int]) -> None:
    # the same word again and again: each occurrence found after as many as stand between
    _same_words("".join(pieces), firsts, True)


def test_words_with_many_distinct_symbols() -> None:
    symbols = "".join(chr(c) for c in range(0x2190, 0x2300))  # arrows, math: no word
    for value in (symbols + " a b " + symbols, "x".join(symbols), symbols[:17] + "a",
                  symbols[:16] + "a", "a" + symbols + "\u0436"):
        _same_words(value, list(range(0, 40, 3)), True)


# --- phrase search --------------------------------------------------------------------------


def _indexes() -> list[text.PhraseIndex]:
    return [keywords._index(), organizations._names(), brands._names()]


@_SETTINGS
@given(_PIECES, _SEPARATORS)
def test_listed_phrases_found_as_they_were(pieces: list[str], separator: str) -> None:
    folded = text.fold(_joined(pieces, separator))
    texts = text.Words(folded).texts
    for index in _indexes():
        expected = list(_reference_matches(index, texts))
        assert list(index.matches(texts)) == expected
        assert list(index.matches(texts, None, folded)) == expected
        assert list(index.matches(texts, set(texts), folded)) == expected
        assert list(index.matches(texts, set(texts))) == expected
        assert list(index.matches(texts, set(texts) | {"votre", "zzz", "expir"})) == expected
        assert list(index.matches(tuple(texts))) == expected  # type: ignore[arg-type]


_SMALL_LIST = ["a", "a b", "a b c", "a b*", "a c*", "a*", "ab*", "b a", "a a", "a a a",
               "a a*", "b", "b c d e", "c*", "x y", "mot de passe", "mot de pass*", "mot*",
               "de", "l'accès", "é", "a\u0301 b", "b a*", "c d*", "b*", "d", "d d d*",
               "de passe", "passe", "pass*", "x*", "y x", "Mot De Passe", "a b", "b a a*"]
_SMALL_PHRASES = st.lists(st.tuples(st.sampled_from(["k1", "k2", "k3"]),
                                    st.sampled_from(_SMALL_LIST)), min_size=1, max_size=12)
_SMALL_WORDS = st.lists(st.one_of(
    st.builds(str.replace, st.sampled_from(_SMALL_LIST), st.just("*"),
              st.sampled_from(["", "a", "b", "d", "ser", "é"])),
    st.sampled_from(["a", "b", "c", "d", "e", "ab", "abc", "aa", "bc", "ba", "cd", "dd", "x",
                     "y", "mot", "de", "passe", "passer", "l", "acces", "é", "a\u0301"])),
    max_size=50)


@_SETTINGS
@given(_SMALL_PHRASES, _SMALL_WORDS, st.sampled_from([" ", "\n", ", ", " - "]))
def test_small_phrase_lists_found_as_they_were(entries: list[tuple[str, str]],
                                               pieces: list[str], separator: str) -> None:
    # phrases that share words, overlap, repeat, end in prefixes, listed twice
    index = text.PhraseIndex(entries)
    folded = text.fold(separator.join(pieces))
    texts = text.word_texts(folded)
    assert list(index.matches(texts)) == list(_reference_matches(index, texts))
    assert list(index.matches(texts, None, folded)) == list(_reference_matches(index, texts))
    assert list(index.matches(texts, set(texts) | {"zz"})) == list(
        _reference_matches(index, texts))


def test_anchor_is_a_whole_word_of_each_phrase() -> None:
    for index in _indexes():
        for anchor, shapes in index._anchored.items():
            for offset, n, whole, prefix, listed in shapes:
                assert whole[offset] == anchor and len(whole) == (n - 1 if prefix else n)
                assert listed


# --- keywords, organisations, brands ---------------------------------------------------------


@_SETTINGS
@given(_PIECES, _SEPARATORS)
def test_keywords_found_as_they_were(pieces: list[str], separator: str) -> None:
    folded = text.fold(_joined(pieces, separator))
    expected = _reference_keywords(folded)
    assert keywords.find(folded) == expected
    ws = text.Words(folded)
    assert keywords.find(folded, ws, distinct=set(ws.texts)) == expected
    assert keywords.find(folded, ws, limit=1) == _reference_keywords(folded, limit=1)


@_SETTINGS
@given(_PIECES, _SEPARATORS)
def test_organisations_and_brands_named_as_they_were(pieces: list[str],
                                                     separator: str) -> None:
    texts = text.word_texts(text.fold(_joined(pieces, separator)))
    orgs = _reference_firsts(organizations._names(), texts)
    assert [(o.id, n) for o, n in organizations.claimed_in(texts, set(texts))] == [
        (o.id, orgs[o.id]) for o in organizations.all_organizations() if o.id in orgs]
    named = _reference_firsts(brands._names(), texts)
    assert [(b.id, n) for b, n in brands.named_in(texts)] == [
        (b.id, named[b.id]) for b in brands.all_brands() if b.id in named]


_DISPLAY_NAMES = st.one_of(st.none(), st.sampled_from([
    "", " ", "PayPal", "Orange Service Client", "Orange Sécurité", "ORANGE", "Ameli",
    "Assurance Maladie", "Аmazon", "La Poste", "Ｐａｙｐａｌ", "x" * 250 + " PayPal",
    "Free Mobile", "Free", "SFR Service Client", "Bouygues Télécom", "É" * 30,
]), _PIECES.map(" ".join), st.text(max_size=40))


@_SETTINGS
@given(_DISPLAY_NAMES)
def test_display_names_read_as_they_were(display: str | None) -> None:
    if display is not None:
        assert brands._strip_accents(display) == _reference_strip_accents(display)
    assert [(b.id, n) for b, n in brands.named_in_display(display)] == (
        _reference_named_in_display(display))


# --- real messages --------------------------------------------------------------------------


def _corpus_messages() -> list[tuple[str, str, str]]:
    from vigilance_app.analysis.eml import parse_eml

    folder = CORPUS / "phishing_eml_random"
    if not folder.is_dir():
        pytest.skip("corpus not found")
    found = []
    for path in sorted(folder.glob("*.eml")):
        parsed = parse_eml(path.read_bytes())
        body = "\n".join(p for p in (parsed.subject, parsed.text) if p)[:text.MAX_TEXT]
        found.append((body, parsed.sender_name or "", parsed.subject[:2000]))
    return found


def test_corpus_messages_read_as_they_were() -> None:
    for body, name, subject in _corpus_messages():
        for value in (body, name, subject):
            folded = text.fold(value)
            assert folded == _reference_fold(value)
            ref = _ReferenceWords(folded)
            ws = text.Words(folded)
            assert ws.texts == ref.texts
            for index in _indexes():
                expected = list(_reference_matches(index, ref.texts))
                assert list(index.matches(ws.texts, set(ws.texts))) == expected
                assert list(index.matches(ws.texts, set(ws.texts), folded)) == expected
                firsts = [m[0] for m in expected]
                assert ws.starts(firsts) == ref.starts(firsts)
            assert keywords.find(folded, text.Words(folded)) == _reference_keywords(folded)
        assert [(b.id, n) for b, n in brands.named_in_display(name)] == (
            _reference_named_in_display(name))


# --- hostile input --------------------------------------------------------------------------


def _quick(call: object, *args: object) -> None:
    start = time.perf_counter()
    call(*args)  # type: ignore[operator]
    assert time.perf_counter() - start < 5.0


def test_hostile_texts_stay_linear() -> None:
    megabyte = 1_000_000
    negated = "ne communiquez jamais votre code de carte bancaire. " * 20_000
    for value in ("é" * megabyte, "É½" * (megabyte // 2), "a " * (megabyte // 2),
                  "\u2190a" * (megabyte // 2), "".join(map(chr, range(0x4e00, 0x9fff))) * 40,
                  "".join(chr(c) for c in range(0x2190, 0x2bff)) * 60, "\u0301" * megabyte,
                  negated, "your " * 200_000, "expiration " * 90_000):
        _quick(text.fold, value)
        folded = text.fold(value)
        _quick(text.Words, value)  # uncapped: a million characters split
        ws = text.Words(folded)
        _quick(ws.starts, list(range(len(ws.texts))))
        _quick(text.Words(folded).starts, list(range(0, len(ws.texts), 2)))
        _quick(text.word_texts, value)
        _quick(keywords.find, folded)
        _quick(list, keywords._index().matches(ws.texts))
        _quick(organizations.claimed_in, ws.texts)
        _quick(brands.named_in, ws.texts)
