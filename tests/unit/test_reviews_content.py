"""What to look at per account kind (resources/reviews/*.toml), and masking in review notes."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from vigilance_app.heightened import ACCOUNT_KINDS
from vigilance_app.reviews.accounts import clean_note
from vigilance_app.reviews.content import (
    ContentError,
    check_same_rhythms,
    content_path,
    default_rhythm,
    load_content,
    load_file,
    parse,
)
from vigilance_app.reviews.schedule import Rhythm


def raw(lang: str) -> dict[str, Any]:
    return tomllib.loads(content_path(lang).read_text("utf-8"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_kind_is_described(lang: str) -> None:
    content = load_content(lang)
    assert set(content.kinds) == set(ACCOUNT_KINDS)
    for kind in content.kinds.values():
        assert kind.name and 1 <= len(kind.look_at) <= 8
        assert all(sentence.endswith((".", "?")) for sentence in kind.look_at)
    assert content.summary_for("Compte courant").count("Compte courant") == 1


def test_french_and_english_agree_on_kinds_and_rhythms() -> None:
    fr, en = load_content("fr"), load_content("en")
    for kind in ACCOUNT_KINDS:
        assert fr.kinds[kind].rhythm == en.kinds[kind].rhythm
    assert fr.summary_for("Compte courant") == "Vérifier : Compte courant"
    assert en.summary_for("Current account") == "Check: Current account"
    assert load_content("de") is load_content("fr")


def test_the_issue_s_examples_are_there() -> None:
    en = load_content("en")
    bank = " ".join(en.kinds["bank"].look_at).lower()
    for words in ("debits", "beneficiaries", "direct-debit", "abroad"):
        assert words in bank
    assert "forwarding" in " ".join(en.kinds["email"].look_at).lower()
    assert "sim" in " ".join(en.kinds["phone_operator"].look_at).lower()
    assert default_rhythm("bank") == Rhythm(1, "week")
    assert default_rhythm("ameli") == Rhythm(1, "month")
    assert default_rhythm("email") == Rhythm(1, "month")


@pytest.mark.parametrize(("mutate", "message"), [
    (lambda d: d.update(extra={}), "unknown keys"),
    (lambda d: d["kinds"].pop("tax"), "missing keys"),
    (lambda d: d["kinds"].update(casino=d["kinds"]["bank"]), "unknown keys"),
    (lambda d: d["kinds"]["bank"].update(url="https://x"), "unknown keys"),
    (lambda d: d["kinds"]["bank"].update(rhythm="1 fortnight"), "rhythm"),
    (lambda d: d["kinds"]["bank"].update(rhythm=7), "rhythm"),
    (lambda d: d["kinds"]["bank"].update(look_at=[]), "look_at"),
    (lambda d: d["kinds"]["bank"].update(look_at=["ok", " "]), "look_at"),
    (lambda d: d["kinds"]["bank"].update(name=""), "name"),
    (lambda d: d["calendar"].update(summary="Vérifier"), "summary"),
    (lambda d: d["calendar"].update(summary="{name} {institution}"), "summary"),
    (lambda d: d["calendar"].pop("alarm"), "missing keys"),
])
def test_malformed_content_fails(mutate: Any, message: str) -> None:
    data = raw("fr")
    mutate(data)
    with pytest.raises(ContentError, match=message):
        parse(data, "fr")


def test_different_rhythms_between_languages_fail() -> None:
    data = raw("en")
    data["kinds"]["bank"]["rhythm"] = "2 weeks"
    with pytest.raises(ContentError, match="differs"):
        check_same_rhythms(load_content("fr"), parse(data, "en"))


def test_broken_file_fails_with_its_name(tmp_path: Path) -> None:
    bad = tmp_path / "fr.toml"
    bad.write_text("[kinds\n", "utf-8")
    with pytest.raises(ContentError, match=r"fr\.toml"):
        load_file(bad, "fr")


# ---- masking -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "number", "last4"), [
    ("carte 4111 1111 1111 1111 débitée", "4111 1111 1111 1111", "1111"),
    ("4970-1012-3456-7893", "4970-1012-3456-7893", "7893"),  # Luhn-valid, with dashes
    ("IBAN FR76 3000 6000 0112 3456 7890 189 changé", "FR76 3000 6000 0112 3456 7890 189",
     "189"),
    ("NIR 1 85 05 78 006 084 91 donné", "1 85 05 78 006 084 91", "4 91"),
])
def test_sensitive_numbers_in_review_notes_are_masked(text: str, number: str,
                                                      last4: str) -> None:
    """The shared masking (vigilance_app.sensitive) is applied to review notes."""
    masked = clean_note(text)
    assert number not in masked and masked.endswith(text[text.index(number) + len(number):])
    assert last4 in masked and "•" in masked


@pytest.mark.parametrize("text", [
    "Prélèvement de 49,90 € le 12/03/2026",
    "Appel du 06 12 34 56 78",
    "Référence 1234567890123",  # not Luhn-valid
    "FR76 is not an IBAN",
    "2 69 05 2A 123 456 xx",
    "",
])
def test_ordinary_review_notes_are_left_alone(text: str) -> None:
    assert clean_note(text) == text
