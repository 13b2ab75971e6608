"""Sender identifiers: classification, normalisation, search forms of phone numbers."""

from __future__ import annotations

import pytest

from vigilance_app.journal.identifiers import (
    classify,
    classify_all,
    compact_phone_query,
    phone_search_forms,
    search_text,
)


@pytest.mark.parametrize("raw", ["06 12 34 56 78", "0612345678", "+33612345678",
                                 "+33 (0)6 12 34 56 78", "0033 6 12 34 56 78",
                                 "06.12.34.56.78", "06-12-34-56-78"])
def test_phone_numbers_are_e164(raw: str) -> None:
    (ident,) = classify(raw)
    assert (ident.kind, ident.value, ident.display) == ("phone", "+33612345678", raw)


def test_short_number_address_url_domain_and_name() -> None:
    assert [(i.kind, i.value) for i in classify("3646")] == [("phone", "3646")]
    assert [(i.kind, i.value) for i in classify("Ameli <Remboursement@Ameli-Secu.XYZ>")] == [
        ("email", "remboursement@ameli-secu.xyz"), ("domain", "ameli-secu.xyz")]
    # A webmail domain is shared by millions: the address counts, not the domain.
    assert [i.kind for i in classify("jean.dupont@gmail.com")] == ["email"]
    assert [(i.kind, i.value) for i in classify("HTTPS://Login.Ameli-Secu.xyz/Path?a=B")] == [
        ("url", "https://login.ameli-secu.xyz/Path?a=B"), ("domain", "ameli-secu.xyz")]
    assert [(i.kind, i.value) for i in classify("www.impots-gouv.info")] == [
        ("url", "www.impots-gouv.info"), ("domain", "impots-gouv.info")]
    assert [(i.kind, i.value) for i in classify("secure.colis-suivi.fr")] == [
        ("domain", "colis-suivi.fr")]
    assert [(i.kind, i.value) for i in classify("  AMELI  Info ")] == [("name", "ameli info")]
    assert classify("") == [] and classify("   ") == []


def test_classify_all_keeps_each_identifier_once() -> None:
    found = classify_all(["06 12 34 56 78", "+33612345678", "a@x-arnaque.com",
                          "b@x-arnaque.com"], role="content")
    assert [(i.kind, i.value) for i in found] == [
        ("phone", "+33612345678"), ("email", "a@x-arnaque.com"), ("domain", "x-arnaque.com"),
        ("email", "b@x-arnaque.com")]
    assert {i.role for i in found} == {"content"}


def test_search_forms_and_typed_queries() -> None:
    assert phone_search_forms("+33612345678") == ["33612345678", "0612345678",
                                                  "06 12 34 56 78"]
    assert phone_search_forms("+3225551234") == ["3225551234"]
    text = search_text(classify("+33 6 12 34 56 78"))
    assert "0612345678" in text and "33612345678" in text
    assert compact_phone_query("06 12 34") == "061234"
    assert compact_phone_query("+33 6 12") == "33612"
    assert compact_phone_query("0033 6 12 34") == "3361234"
    assert compact_phone_query("3 000 euros en 2024") == "3 000 euros en 2024"
    assert compact_phone_query("colis 0612345678") == "colis 0612345678"


def test_hostile_identifiers_never_raise() -> None:
    for raw in ["\x00" * 1000, "9" * 100_000, "@" * 500, "a@" + "b." * 400 + "com",
                "http://" + "é" * 10_000, "+" + "1" * 64, "xn--" + "a" * 300 + ".com"]:
        for ident in classify(raw):
            assert len(ident.value) <= 300 and len(ident.display) <= 300
