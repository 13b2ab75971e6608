"""The domain look-ups' shortcuts answer as the plain comparisons they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vigilance_app.analysis import brands, domains

_LETTERS = st.text(alphabet="amelipyx-0", max_size=12)


@settings(max_examples=600, deadline=None)
@given(_LETTERS, _LETTERS)
def test_within_one_edit_is_the_distance_at_most_one(a: str, b: str) -> None:
    assert domains._within_one_edit(a, b) == (domains.damerau_levenshtein(a, b) <= 1)


@settings(max_examples=400, deadline=None)
@given(_LETTERS, _LETTERS, st.integers(min_value=0, max_value=3))
def test_a_bounded_distance_is_exact_up_to_its_bound(a: str, b: str, bound: int) -> None:
    full = domains.damerau_levenshtein(a, b)
    bounded = domains.damerau_levenshtein(a, b, at_most=bound)
    assert bounded == full if full <= bound else bounded > bound


@settings(max_examples=400, deadline=None)
@given(_LETTERS, _LETTERS, st.integers(min_value=1, max_value=3))
def test_within_is_the_distance_at_most(a: str, b: str, edits: int) -> None:
    assert domains._within(a, b, edits) == (domains.damerau_levenshtein(a, b) <= edits)


def test_long_labels_are_compared_on_their_first_characters() -> None:
    long = "a" * 100
    assert domains._within_one_edit(long, long + "b")  # both cut to the same 64 letters
    assert domains._within_one_edit("x" + long, long) == (
        domains.damerau_levenshtein("x" + long, long) <= 1)


def _reference_lookalike(host: str, officials: tuple[str, ...]) -> domains.Lookalike | None:
    """The search as it was written first: every official, every token, full distance."""
    host = domains.clean_host(host)
    if not host or domains.is_ip(host) or any(domains.is_within(host, d) for d in officials):
        return None
    reg = domains.registrable_domain(host)
    suffix = domains.public_suffix(host)
    if not reg or not suffix:
        return None
    uhost = domains.to_unicode(host)
    own = domains.to_unicode(reg[: -len(suffix) - 1]) if len(reg) > len(suffix) else ""
    left = domains.to_unicode(host[: -len(suffix) - 1]) if len(host) > len(suffix) else ""
    tokens = [t for t in domains.re.split(r"[-_.]", left) if t][:32]
    for official in officials:
        brand = domains._brand(official)
        if not brand:
            continue
        sk_brand = domains.skeleton(brand)
        if own == brand:
            return domains.Lookalike(uhost, official, "other_suffix")
        for token in [*tokens, own]:
            sk = domains.skeleton(token)
            if not sk:
                continue
            if token != brand and sk == sk_brand:
                return domains.Lookalike(uhost, official, "homoglyph")
            if token == brand or (len(brand) >= 5 and (
                    sk.startswith(sk_brand) or sk.endswith(sk_brand))):
                return domains.Lookalike(uhost, official, "brand_in_domain")
            limit = domains._max_distance(brand)
            if limit and abs(len(sk) - len(sk_brand)) <= limit and domains.damerau_levenshtein(
                    sk, sk_brand) <= limit:
                return domains.Lookalike(uhost, official, "edit_distance")
        if "-" in brand and sk_brand in domains.skeleton(left):
            return domains.Lookalike(uhost, official, "brand_in_domain")
    if not uhost.isascii() and domains.mixed_scripts(own):
        return domains.Lookalike(uhost, "", "homoglyph")
    return None


_OFFICIALS = ("ameli.fr", "assurance-maladie.fr", "impots.gouv.fr", "caf.fr",
              "laposte.fr", "credit-agricole.fr", "antai.gouv.fr", "service-public.fr")
_LABEL = st.sampled_from(["ameli", "arneli", "amel1", "аmeli", "amelie", "maeli", "ameIi",
                          "impots", "imp0ts", "impost", "assurance", "maladie",
                          "assurance-maladie", "laposte", "la-poste", "lapost", "caf", "cafe",
                          "secure", "login", "xn--meli-7ve", "credit", "agricole",
                          "creditagricole", "credit-agricoie", "antai", "antia", "servicepublic",
                          "service-publlc", "a", "-", "_", ""])
_SUFFIX = st.sampled_from(["fr", "com", "gouv.fr", "co.uk", "info", "xyz", "fr.", "net"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_LABEL, min_size=1, max_size=4), _SUFFIX,
       st.permutations(_OFFICIALS).map(tuple))
def test_lookalike_answers_as_the_full_search(labels: list[str], suffix: str,
                                              officials: tuple[str, ...]) -> None:
    host = ".".join([*labels, suffix])
    domains._lookalike.cache_clear()
    assert domains.lookalike(host, officials) == _reference_lookalike(host, officials)


_HOST_LABEL = st.sampled_from(["gmail", "com", "orange", "fr", "co", "uk", "yahoo", "laposte",
                               "net", "list-manage", "us1", "xn--gmil-6na", "gmaïl", "", "a",
                               "GMAIL", "sendgrid", "hotmail", "de", "com.br", "mail"])
_HOSTS = st.lists(_HOST_LABEL, min_size=1, max_size=5).map(".".join)


@settings(max_examples=500, deadline=None)
@given(_HOSTS, st.lists(_HOSTS, max_size=6))
def test_within_any_is_any_is_within(host: str, listed: list[str]) -> None:
    assert domains.within_any(host, domains.domain_set(listed)) == any(
        domains.is_within(host, d) for d in listed)


@settings(max_examples=500, deadline=None)
@given(_HOSTS)
def test_freemail_and_trackers_as_every_listed_domain_compared(host: str) -> None:
    brands.is_freemail.cache_clear()
    brands.is_click_tracker.cache_clear()
    assert brands.is_freemail(host) == (bool(host) and any(
        brands._matches(host, d) for d in brands._freemail()))
    assert brands.is_click_tracker(host) == (bool(host) and any(
        domains.is_within(host, d) for d in brands._trackers()))
