"""Links and domains: registrable domains, defanged forms, lookalikes, hostile URLs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigilance_app.analysis import domains, links
from vigilance_app.analysis.message import Link

OFFICIAL = ("ameli.fr", "info.ameli.fr", "assurance-maladie.fr", "amendes.gouv.fr",
            "antai.gouv.fr", "caf.fr", "laposte.fr")


@pytest.mark.parametrize(("host", "expected"), [
    ("www.ameli.fr", "ameli.fr"),
    ("info.ameli.fr", "ameli.fr"),
    ("AMELI.FR.", "ameli.fr"),
    # gouv.fr is a public suffix: each service owns its own name under it.
    ("amendes.gouv.fr", "amendes.gouv.fr"),
    ("www.impots.gouv.fr", "impots.gouv.fr"),
    ("shop.example.co.uk", "example.co.uk"),
    ("evil.github.io", "evil.github.io"),  # private suffix: each customer is a separate owner
    ("gouv.fr", None),
    ("fr", None),
    ("192.168.0.1", None),
    ("", None),
    ("a..b.com", None),
])
def test_registrable_domain(host: str, expected: str | None) -> None:
    assert domains.registrable_domain(host) == expected


def test_punycode_is_decoded_for_display_and_kept_for_comparison() -> None:
    cyrillic_a = "\u0430meli.fr"  # Cyrillic "а" then "meli.fr"
    ascii_form = domains.to_ascii(cyrillic_a)
    assert ascii_form is not None and ascii_form.startswith("xn--")
    assert domains.to_unicode(ascii_form) == cyrillic_a
    assert domains.registrable_domain(cyrillic_a) == ascii_form
    # Malformed punycode is shown raw, never an exception.
    assert domains.to_unicode("xn--zz-.fr") == "xn--zz-.fr"


def test_mixed_scripts_and_skeleton() -> None:
    assert domains.mixed_scripts("\u0430meli")
    assert not domains.mixed_scripts("ameli")
    assert domains.skeleton("amel1") == domains.skeleton("ameli")
    assert domains.skeleton("arneli") == domains.skeleton("ameli")
    assert domains.skeleton("\u0430m\u0435li") == domains.skeleton("ameli")
    assert domains.skeleton("amélì") == domains.skeleton("ameli")


def test_damerau_levenshtein() -> None:
    assert domains.damerau_levenshtein("ameli", "ameli") == 0
    assert domains.damerau_levenshtein("ameli", "amel") == 1
    assert domains.damerau_levenshtein("ameli", "maeli") == 1  # a swap is one edit
    assert domains.damerau_levenshtein("kitten", "sitting") == 3
    # Bounded: a huge input costs no more than the limit.
    assert domains.damerau_levenshtein("a" * 100_000, "b" * 100_000) == domains.MAX_LABEL_COMPARE


@pytest.mark.parametrize(("host", "reason"), [
    ("ameli-remboursement.fr", "brand_in_domain"),
    ("ameli.secure-login.com", "brand_in_domain"),
    ("ameli-vital.fr", "brand_in_domain"),
    ("amendes-gouv.org", "brand_in_domain"),
    ("amendes.gouv.fr.evil.com", "brand_in_domain"),
    ("assurance-maladie-remboursement.com", "brand_in_domain"),
    ("amel1.fr", "homoglyph"),
    ("arneli.fr", "homoglyph"),
    ("\u0430meli.fr", "homoglyph"),
    ("xn--meli-43d.fr", "homoglyph"),  # the same, as punycode
    ("ammeli.fr", "edit_distance"),
    ("ameli.com", "other_suffix"),
])
def test_lookalikes_are_found(host: str, reason: str) -> None:
    found = domains.lookalike(host, OFFICIAL)
    assert found is not None and found.reason == reason


@pytest.mark.parametrize("host", [
    "ameli.fr", "www.ameli.fr", "info.ameli.fr", "assurance-maladie.fr", "amendes.gouv.fr",
    "camelia.fr", "cafe.fr", "google.com", "example.co.uk", "192.168.1.1", "",
])
def test_official_and_unrelated_domains_are_not_lookalikes(host: str) -> None:
    assert domains.lookalike(host, OFFICIAL) is None


def _describe(target: str, text: str = "") -> links.LinkInfo:
    return links.describe(Link(target=target, text=text))


def test_defanged_form() -> None:
    info = _describe("https://ameli-secu.xyz/login")
    assert info.defanged == "hxxps://ameli-secu[.]xyz/login"
    assert info.registrable_domain == "ameli-secu.xyz"
    assert _describe("http://www.ameli.fr/").defanged == "hxxp://www[.]ameli[.]fr/"
    assert _describe("www.ameli.fr").defanged == "www[.]ameli[.]fr"
    # Already defanged input is not turned back into a working link.
    assert "http://" not in _describe("hxxp://x.fr").defanged


def test_userinfo_trick_goes_to_the_real_host() -> None:
    info = _describe("https://ameli.fr@evil.com/login")
    assert info.host == "evil.com"
    assert info.registrable_domain == "evil.com"
    assert info.userinfo == "ameli.fr"
    assert "evil[.]com" in info.defanged
    # Browsers read a backslash as a slash: the host is evil.com.
    assert _describe("https://evil.com\\@ameli.fr").registrable_domain == "evil.com"


def test_ip_percent_encoding_and_punycode_hosts() -> None:
    ip = _describe("http://192.168.0.1/ameli")
    assert ip.is_ip and ip.registrable_domain is None
    assert _describe("http://3232235521/").is_ip  # decimal IPv4, as browsers accept it
    assert _describe("http://[::1]:8080/a").is_ip
    assert _describe("https://%61meli.fr/").registrable_domain == "ameli.fr"
    puny = _describe("https://xn--meli-43d.fr/")
    assert puny.host == "\u0430meli.fr"
    assert "xn--meli-43d[.]fr" in puny.defanged  # the real address, never the look-alike


def test_long_and_invisible_input_is_capped_and_cleaned() -> None:
    info = _describe("https://example.com/" + "a" * 1_000_000)
    assert len(info.target) <= links.MAX_URL and len(info.defanged) <= links.MAX_URL + 64
    hidden = _describe("https://ame\u200bli\u202e.fr/")
    assert hidden.host == "ameli.fr"


def test_shorteners() -> None:
    assert links.is_shortener(_describe("https://bit.ly/3abc"))
    assert links.is_shortener(_describe("tinyurl.com/xyz"))
    assert not links.is_shortener(_describe("https://www.ameli.fr/"))


def test_link_text_mismatch() -> None:
    assert links.text_mismatch(_describe("https://evil.com/x", "https://www.ameli.fr")) == (
        "www.ameli.fr")
    assert links.text_mismatch(_describe("https://evil.com/x", "ameli.fr")) == "ameli.fr"
    # Same registrable domain, or a text that is not an address: no mismatch.
    assert links.text_mismatch(_describe("https://www.ameli.fr/compte", "ameli.fr")) is None
    assert links.text_mismatch(_describe("https://evil.com/x", "Cliquez ici")) is None
    assert links.text_mismatch(_describe("https://evil.com/x", "")) is None


def test_find_urls_in_plain_text() -> None:
    found = links.find_urls(
        "Remboursement sur ameli-remboursement.fr/form. Ou www.test.com, M.Dupont, "
        "facture.pdf, 1.99 EUR, https://bit.ly/x).")
    assert [f.target for f in found] == [
        "ameli-remboursement.fr/form", "www.test.com", "https://bit.ly/x"]


def test_without_urls_blanks_what_find_urls_reads() -> None:
    text = ("Payez ici : https://antai-paiement-amende.info/p ou www.antai.top, "
            "sinon critair.com. M.Dupont, 1.99 EUR.")
    left = links.without_urls(text)
    assert len(left) == len(text)
    assert left.split() == ["Payez", "ici", ":", "ou", ",", "sinon", ".", "M.Dupont,", "1.99",
                            "EUR."]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_without_urls_keeps_everything_else(text: str) -> None:
    left = links.without_urls(text)
    assert len(left) == len(text)
    assert all(a == b or a == " " for a, b in zip(left, text, strict=True))
    assert not links.find_urls(left)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    info = links.describe(Link(target=text, text=text))
    assert isinstance(info.defanged, str)
    links.is_shortener(info)
    links.text_mismatch(info)
    links.find_urls(text)
    domains.registrable_domain(text)
    domains.to_unicode(text)
    domains.to_ascii(text)
    domains.lookalike(text, OFFICIAL)
    domains.skeleton(text)
    domains.mixed_scripts(text)


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"(https?://)?([a-z0-9\u0430-\u044f@%.:\[\]-]{0,40})(/[ -~]{0,20})?",
                     fullmatch=True))
def test_url_shaped_text_never_raises(text: str) -> None:
    info = links.describe(Link(target=text))
    assert "http://" not in info.defanged and "https://" not in info.defanged


def test_public_suffix_list_is_read_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    domains._psl.cache_clear()
    domains.registrable_domain.cache_clear()  # memoised: force a real look-up in the list
    assert domains.registrable_domain("www.ameli.fr") == "ameli.fr"
