"""Evidence in context: found as the rules found it (no case, no accents), shown safe
(defanged addresses, no invisible characters, bounded)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vigilance_app.analysis import keywords
from vigilance_app.analysis.evidence import (
    CONTEXT,
    MAX_PIECE,
    Searchable,
    defang_text,
    excerpt,
    locate,
    safe_text,
)

SMS = ("Assurance Maladie : votre remboursement de 642 EUR est en attente. Validez vos "
       "coordonnées  bancaires sur https://ameli-remboursement.fr/dossier avant 24h")


def test_phrases_are_found_whatever_the_case_accents_and_spacing() -> None:
    start, end = locate(SMS, "COORDONNEES BANCAIRES")
    assert SMS[start:end] == "coordonnées  bancaires"
    start, end = locate("Réglez l'AMENDE majorée.", "amende majoree")
    assert "Réglez l'AMENDE majorée."[start:end] == "AMENDE majorée"
    assert locate(SMS, "carte vitale") is None
    assert locate("", "x") is None
    assert locate(SMS, "   ") is None


def test_a_final_star_matches_the_rest_of_the_word() -> None:
    start, end = locate(SMS, "rembours*")
    assert SMS[start:end] == "remboursement"
    assert locate("un membre", "mem*") is not None
    assert locate("un remembre", "mem*") is None  # only at the start of a word


def test_whole_words_only() -> None:
    assert locate("codeur", "code") is None
    assert locate("le code reçu", "code") == (3, 7)


def test_expansions_like_eszett_map_back_to_the_original() -> None:
    text = "Straße gesperrt, Konto SPERRE"
    start, end = locate(text, "strasse")
    assert text[start:end] == "Straße"
    start, end = locate(text, "sperre")
    assert text[start:end] == "SPERRE"


def test_excerpt_defangs_links_and_starts_at_a_word() -> None:
    found = excerpt(SMS, "coordonnees bancaires")
    assert found.match == "coordonnées bancaires"  # spaces collapsed
    assert found.before.startswith("…") and "Validez vos " in found.before
    assert "hxxps://ameli-remboursement[.]fr/dossier" in found.after
    assert "https://" not in found.before + found.match + found.after
    assert len(found.before) <= CONTEXT + 3 and len(found.after) <= CONTEXT + 3


def test_excerpt_removes_invisible_and_control_characters() -> None:
    text = "Votre compte\u202e sera bloqué\x00 aujourd'hui\u200b même\nsi rien"
    found = excerpt(text, "bloque")
    shown = found.before + found.match + found.after
    assert "\u202e" not in shown and "\x00" not in shown and "\u200b" not in shown
    assert "\n" not in shown
    assert found.match == "bloqué"


def test_defang_text() -> None:
    assert defang_text("voir https://www.ameli.fr/x et http://a.b") == (
        "voir hxxps://www[.]ameli[.]fr/x et hxxp://a[.]b")
    assert defang_text("ftp://files.example") == "fxp://files[.]example"
    assert defang_text("bit.ly/3xY") == "bit[.]ly/3xY"
    assert defang_text("déjà défangé hxxps://a[.]b") == "déjà défangé hxxps://a[.]b"
    assert defang_text("Fin. Prix 3.50 EUR") == "Fin. Prix 3.50 EUR"


def test_safe_text_is_bounded() -> None:
    assert len(safe_text("a" * 10_000)) == MAX_PIECE
    assert safe_text("facture.pdf.exe", defang=False) == "facture.pdf.exe"
    assert safe_text("facture.pdf.exe") == "facture[.]pdf[.]exe"


def test_searchable_reuses_one_fold_for_many_phrases() -> None:
    body = Searchable(SMS)
    for section in ("urgency", "asks_bank_details"):
        for phrase in keywords.scan(SMS).get(section, ()):
            assert body.excerpt(phrase) is not None, phrase


def test_every_keyword_the_rules_report_is_found_in_context() -> None:
    text = ("URGENT : votre compte sera suspendu. Indiquez votre numéro de carte et le "
            "cryptogramme. Rappelez le 06 12 34 56 78. Frais de 1,99 € à régler.")
    body = Searchable(text)
    found = keywords.scan(text)
    assert found
    for phrases in found.values():
        for phrase in phrases:
            assert body.locate(phrase) is not None, phrase


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.text(max_size=30))
def test_arbitrary_text_never_raises(body: str, phrase: str) -> None:
    found = excerpt(body, phrase)
    if found is not None:
        for part in (found.before, found.match, found.after):
            assert "\u202e" not in part and "\n" not in part
            assert "http://" not in part.lower() and "https://" not in part.lower()
