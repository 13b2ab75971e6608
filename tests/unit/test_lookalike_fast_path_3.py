"""The look-alike search by index answers as the search over every official it replaces.

``_reference_*`` are the plain versions: every named official compared with every word of
the host, the public suffix asked of the list, the skeleton always normalised.
"""

from __future__ import annotations

import contextlib
import re
import time
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigilance_app.analysis import domains, flags, organizations
from vigilance_app.analysis.eml import parse_eml

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
_CORPORA = ("phishing_eml_random", "phishing_eml", "ham_eml")


def _reference_skeleton(text: str) -> str:
    text = unicodedata.normalize("NFKD", text[: domains.MAX_HOST].lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(domains._CONFUSABLES)
    for pair, letter in domains._DIGRAPHS:
        text = text.replace(pair, letter)
    return re.sub(r"[-_.]", "", text)


def _reference_to_unicode(host: str) -> str:
    labels = []
    for label in domains.clean_host(host).split("."):
        if label.startswith("xn--"):
            with contextlib.suppress(UnicodeError, ValueError):
                label = label.encode("ascii").decode("idna")
        labels.append(label)
    return ".".join(labels)


def _reference_public_suffix(host: str) -> str | None:
    ascii_host = domains.to_ascii(host)
    if not ascii_host or domains.is_ip(ascii_host):
        return None
    try:
        return domains._psl().publicsuffix(ascii_host)
    except (ValueError, UnicodeError):
        return None


def _reference_within(a: str, b: str, edits: int) -> bool:
    if edits == 1:
        return domains._within_one_edit(a, b)
    cut = domains.MAX_LABEL_COMPARE
    if len(set(a[:cut]) ^ set(b[:cut])) > 2 * edits:
        return False
    return domains.damerau_levenshtein(a, b, at_most=edits) <= edits


def _reference_brand(domain: str) -> str | None:
    reg = domains.registrable_domain(domain)
    suffix = _reference_public_suffix(domain)
    if not reg or not suffix or len(reg) <= len(suffix):
        return None
    return reg[: -len(suffix) - 1]


def _reference_lookalike(host: str, officials: tuple[str, ...]) -> domains.Lookalike | None:
    """Every official naming a brand, in order, against every word of the host."""
    named = [(official, brand, _reference_skeleton(brand), domains._max_distance(brand))
             for official in officials if (brand := _reference_brand(official))]
    host = domains.clean_host(host)
    if not host or domains.is_ip(host) or domains.within_any(host, domains.domain_set(officials)):
        return None
    reg = domains.registrable_domain(host)
    suffix = _reference_public_suffix(host)
    if not reg or not suffix:
        return None
    uhost = _reference_to_unicode(host)
    own = _reference_to_unicode(reg[: -len(suffix) - 1]) if len(reg) > len(suffix) else ""
    left = _reference_to_unicode(host[: -len(suffix) - 1]) if len(host) > len(suffix) else ""
    tokens = [t for t in re.split(r"[-_.]", left) if t][:32]
    seen = [(token, sk) for token in [*tokens, own] if (sk := _reference_skeleton(token))]
    for domain, brand, sk_brand, limit in named:
        if own == brand:
            return domains.Lookalike(uhost, domain, "other_suffix")
        for token, sk in seen:
            if token != brand and sk == sk_brand:
                return domains.Lookalike(uhost, domain, "homoglyph")
            if token == brand or (len(brand) >= 5 and (
                    sk.startswith(sk_brand) or sk.endswith(sk_brand))):
                return domains.Lookalike(uhost, domain, "brand_in_domain")
            if limit and abs(len(sk) - len(sk_brand)) <= limit and _reference_within(
                    sk, sk_brand, limit):
                return domains.Lookalike(uhost, domain, "edit_distance")
        if "-" in brand and sk_brand in _reference_skeleton(left):
            return domains.Lookalike(uhost, domain, "brand_in_domain")
    if not uhost.isascii() and domains.mixed_scripts(own):
        return domains.Lookalike(uhost, "", "homoglyph")
    return None


def _same(host: str, officials: tuple[str, ...]) -> None:
    domains._lookalike.cache_clear()
    assert domains.lookalike(host, officials) == _reference_lookalike(host, officials), host


OFFICIAL = organizations.official_domains()
BRANDS = sorted({b for d in OFFICIAL if (b := domains._brand(d))})
# Odd officials: a brand with an empty skeleton, hyphens, digits and homoglyphs in brands,
# a short brand, a long one, a second domain for the same brand.
_ODD_OFFICIALS = ("---.fr", "a-b.fr", "ameli.com", "imp0ts.gouv.fr", "rn-vv.fr", "x.fr",
                  "amélie.fr", "xn--meli-7ve.fr", "tres-long-nom-de-marque-officiel.fr",
                  "caf.fr", "service-public.fr", "cl.co.uk", "_.fr", "")
_OFFICIALS = st.one_of(
    st.just(OFFICIAL),
    st.permutations(OFFICIAL).map(tuple),
    st.lists(st.sampled_from(OFFICIAL + _ODD_OFFICIALS), max_size=12).map(tuple),
)
# Letters criminals swap in: homoglyphs, digits, separators, accents, a ligature.
_SWAPS = "aeilmnorstuvw0135|!$@-_.аеорсοαιіéèçﬁ"
_WORDS = ("", "secure", "www", "login", "mon", "espace", "verif", "fr", "gouv", "client",
          "x", "a" * 40, "123", "mail", "pay", "info")
_SUFFIXES = ("fr", "com", "gouv.fr", "co.uk", "xyz", "github.io", "fr.", "com.br", "net",
             "ameli.fr", "web.app", "dossier", "")


@st.composite
def _imitation(draw: st.DrawFn) -> str:
    """A host built around a real brand: edited, folded, prefixed, split, encoded."""
    word = list(draw(st.sampled_from([*BRANDS, "rn", "vv", "cl", "amelie"])))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(word)))
        op = draw(st.sampled_from(["insert", "delete", "change", "swap", "double"]))
        letter = draw(st.sampled_from(_SWAPS))
        if op == "insert":
            word.insert(at, letter)
        elif word and at < len(word):
            if op == "delete":
                del word[at]
            elif op == "change":
                word[at] = letter
            elif op == "swap" and at + 1 < len(word):
                word[at], word[at + 1] = word[at + 1], word[at]
            elif op == "double":
                word.insert(at, word[at])
    label = "".join(word)
    if draw(st.booleans()):
        label = draw(st.sampled_from(_WORDS)) + draw(st.sampled_from(["", "-", "_", "."])) + label
    if draw(st.booleans()):
        label += draw(st.sampled_from(["", "-", "_", "."])) + draw(st.sampled_from(_WORDS))
    labels = [*draw(st.lists(st.sampled_from(_WORDS), max_size=3)), label,
              draw(st.sampled_from(_SUFFIXES))]
    host = ".".join(labels)
    if draw(st.booleans()):
        with contextlib.suppress(UnicodeError, ValueError):
            host = ".".join(part.encode("idna").decode("ascii") if part else part
                            for part in host.split("."))
    return draw(st.sampled_from([host, host.upper(), host.replace(".", "。"), f" {host}. "]))


_ANY_HOST = st.text(alphabet=st.sampled_from(_SWAPS + "xn-kp.。 "), max_size=90)


@settings(max_examples=600, deadline=None)
@given(_imitation(), _OFFICIALS)
def test_imitations_of_the_real_brands_as_the_full_search(host: str,
                                                          officials: tuple[str, ...]) -> None:
    _same(host, officials)


@settings(max_examples=400, deadline=None)
@given(_ANY_HOST, _OFFICIALS)
def test_any_host_as_the_full_search(host: str, officials: tuple[str, ...]) -> None:
    _same(host, officials)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*BRANDS, *_WORDS, "arneli", "amel1", "chronop0st"]),
                min_size=20, max_size=40), st.sampled_from(_SUFFIXES))
def test_hosts_of_many_words_as_the_full_search(words: list[str], suffix: str) -> None:
    # More words than the 32 compared, and brands among the words cut off.
    for separator in ("-", ".", "_"):
        _same(separator.join([*words, suffix]), OFFICIAL)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40) | st.text(alphabet=_SWAPS + "KİßǄ́̈", max_size=40))
def test_skeleton_as_always_normalised(text: str) -> None:
    domains.skeleton.cache_clear()
    assert domains.skeleton(text) == _reference_skeleton(text)


@settings(max_examples=500, deadline=None)
@given(_imitation() | _ANY_HOST | st.text(max_size=30))
def test_suffix_and_unicode_form_as_before(host: str) -> None:
    domains.public_suffix.cache_clear()
    domains.to_unicode.cache_clear()
    assert domains.public_suffix(host) == _reference_public_suffix(host)
    assert domains.to_unicode(host) == _reference_to_unicode(host)


_LABELS = st.text(alphabet="amelicronpst0l-", max_size=24)


@settings(max_examples=600, deadline=None)
@given(_LABELS, _LABELS, st.integers(min_value=1, max_value=3))
def test_letter_counts_never_reject_a_near_label(a: str, b: str, edits: int) -> None:
    assert domains._within(a, b, edits) == (domains.damerau_levenshtein(a, b) <= edits)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(BRANDS), st.integers(0, 100), st.integers(0, 100))
def test_long_labels_compared_on_their_first_letters(brand: str, before: int,
                                                     after: int) -> None:
    a, b = "x" * before + brand + "y" * after, "x" * before + brand
    for edits in (1, 2):
        assert domains._within(a, b, edits) == _reference_within(a, b, edits)


@lru_cache(maxsize=1)
def _corpus_hosts() -> tuple[str, ...]:
    hosts: dict[str, None] = {}
    for name in _CORPORA:
        for path in sorted((CORPUS / name).glob("*.eml")):
            hosts.update(dict.fromkeys(flags._hosts(flags.collect(parse_eml(path.read_bytes())))))
    return tuple(hosts)


@pytest.mark.skipif(not (CORPUS / "phishing_eml_random").is_dir(),
                    reason=f"corpus not found at {CORPUS} (shared/ beside the repository)")
def test_every_host_of_the_corpora_as_the_full_search() -> None:
    hosts = _corpus_hosts()
    assert len(hosts) > 500
    for host in hosts:
        _same(host, OFFICIAL)
        domains.public_suffix.cache_clear()
        assert domains.public_suffix(host) == _reference_public_suffix(host)


@settings(max_examples=300, deadline=None)
@given(_imitation())
def test_the_first_official_imitated_is_reported(host: str) -> None:
    # Officials reordered: the first one imitated in the caller's order is still the one.
    _same(host, tuple(reversed(OFFICIAL)))


@pytest.mark.parametrize(("host", "officials"), [
    ("---.com", ("---.fr",)),  # the brand's own name, whose skeleton is empty
    ("_.net", ("ameli.fr", "_.fr")),
    ("ﬁ.ﬁ.ﬁ.com", ("ameli.fr", "fi-fi-fi.fr")),  # a ligature: longer once folded
    ("certi-ﬁcatair.fr", OFFICIAL),
    ("veⅲance.fr", ("veillance.fr",)),
    ("amel1.fr", ("ameli.fr", "ameli.com")),  # the first of two domains of one brand
])
def test_brands_found_only_by_one_look_up(host: str, officials: tuple[str, ...]) -> None:
    _same(host, officials)
    assert domains.lookalike(host, officials) is not None


def test_hostile_hosts_stay_cheap() -> None:
    # 32 words near every long brand, the longest host allowed, and a megabyte of label.
    near = [b[:-1] + "x" for b in BRANDS if len(b) >= 5]
    hosts = ["-".join((near * 40)[:40]) + ".com", "a" * 1_000_000 + ".fr",
             ".".join(["collsslmo" + "z" * 50] * 8) + ".xyz",
             "-".join(["assurancemaladie"[:i] for i in range(1, 17)] * 3) + ".fr"]
    hosts += [f"{i}-" + "-".join(near) + ".com" for i in range(300)]
    domains._lookalike.cache_clear()
    start = time.perf_counter()
    found = [domains.lookalike(host, OFFICIAL) for host in hosts]
    assert time.perf_counter() - start < 5
    assert found == [_reference_lookalike(host, OFFICIAL) for host in hosts]
