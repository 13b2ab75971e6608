"""Parsing of emails, HTML bodies, attachments and pasted text (no corpus needed)."""

from __future__ import annotations

import base64
import io
import zipfile
from datetime import UTC, datetime

import pytest

from vigilance_app.analysis.attachments import describe, display_name, sniff
from vigilance_app.analysis.eml import parse_eml
from vigilance_app.analysis.html_text import html_to_text
from vigilance_app.analysis.limits import AnalysisError, InputTooLarge
from vigilance_app.analysis.message import Link
from vigilance_app.analysis.pasted import find_links, parse_bytes_as_text, parse_text

SIMPLE = (
    b"From: =?utf-8?q?Assurance_Maladie?= <remboursement@ameli-secu.xyz>\r\n"
    b"Reply-To: Service <collect@mail.ru>, other@example.org\r\n"
    b"Return-Path: <bounce@sender.example>\r\n"
    b"Date: Tue, 14 Oct 2025 09:30:00 +0200\r\n"
    b"Subject: =?utf-8?b?Vm90cmUgcmVtYm91cnNlbWVudCBkZSA0Nyw1MCDigqw=?=\r\n"
    b"Content-Type: multipart/alternative; boundary=\"b1\"\r\n"
    b"\r\n"
    b"--b1\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"Content-Transfer-Encoding: quoted-printable\r\n"
    b"\r\n"
    b"Bonjour, un remboursement de 47,50 =E2=82=AC vous attend : https://ameli-secu.xyz/r\r\n"
    b"--b1\r\n"
    b"Content-Type: text/html; charset=utf-8\r\n"
    b"\r\n"
    b"<html><head><style>p{color:red}</style></head><body><p>Bonjour</p>"
    b"<a href=\"https://ameli-secu.xyz/r\">https://www.ameli.fr</a>"
    b"<form action=\"https://steal.example/post\"><input type=password></form></body></html>\r\n"
    b"--b1--\r\n"
)


def test_headers_text_and_links() -> None:
    parsed = parse_eml(SIMPLE)
    assert parsed.channel == "email"
    assert parsed.sender_name == "Assurance Maladie"
    assert parsed.sender_address == "remboursement@ameli-secu.xyz"
    assert parsed.reply_to == ("collect@mail.ru", "other@example.org")
    assert parsed.return_path == "bounce@sender.example"
    assert parsed.date is not None and parsed.date.astimezone(UTC) == datetime(
        2025, 10, 14, 7, 30, tzinfo=UTC)
    assert parsed.subject == "Votre remboursement de 47,50 €"
    assert "47,50 €" in parsed.text  # text/plain preferred over HTML
    assert Link("https://ameli-secu.xyz/r", "https://www.ameli.fr") in parsed.links
    assert Link("https://steal.example/post", "") in parsed.links
    assert parsed.has_html_form
    assert parsed.size == len(SIMPLE)
    assert parsed.warnings == ()


def test_html_only_body_becomes_text() -> None:
    data = (b"From: x@y.example\r\nContent-Type: text/html; charset=iso-8859-1\r\n\r\n"
            b"<p>R\xe9gularisez <b>vite</b></p><script>var a='hidden';</script><p>Merci</p>")
    parsed = parse_eml(data)
    assert parsed.text == "Régularisez vite\n\nMerci"
    assert "hidden" not in parsed.text


def test_encoded_name_cannot_smuggle_an_address() -> None:
    # the display name decodes to "PayPal <service@paypal.com>"; the real sender stays
    data = (b"From: =?utf-8?b?UGF5UGFsIDxzZXJ2aWNlQHBheXBhbC5jb20+?= <evil@phish.example>\r\n"
            b"\r\nhi")
    parsed = parse_eml(data)
    assert parsed.sender_address == "evil@phish.example"
    assert parsed.sender_name == "PayPal <service@paypal.com>"


def test_unquoted_comma_keeps_the_whole_name() -> None:
    parsed = parse_eml(b"From: Suivi des envois, <info@colis.example>\r\n\r\nx")
    assert parsed.sender_name == "Suivi des envois"
    assert parsed.sender_address == "info@colis.example"


def test_attachment_parts_are_described() -> None:
    exe = b"MZ\x90\x00" + b"\x00" * 60
    data = (b"Content-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\n"
            b"Content-Type: text/plain\r\n\r\nVoir la facture\r\n--zz\r\n"
            b"Content-Type: application/pdf; name=\"facture.pdf.exe\"\r\n"
            b"Content-Disposition: attachment; filename=\"facture.pdf.exe\"\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n"
            + base64.encodebytes(exe) + b"--zz--\r\n")
    parsed = parse_eml(data)
    assert parsed.text == "Voir la facture"
    (attachment,) = parsed.attachments
    assert attachment.filename == "facture.pdf.exe"
    assert attachment.declared_type == "application/pdf"
    assert attachment.sniffed_type == "application/x-msdownload"
    assert attachment.size == len(exe)
    assert attachment.dangerous
    assert {"executable", "double_extension"} <= set(attachment.reasons)


def test_eml_too_large_is_refused_with_a_sentence() -> None:
    with pytest.raises(InputTooLarge) as raised:
        parse_eml(b"x" * (25 * 1024 * 1024 + 1))
    assert "too large" in str(raised.value)
    assert isinstance(raised.value, AnalysisError)


def test_html_to_text_blocks_entities_and_links() -> None:
    page = html_to_text(
        "<!DOCTYPE html><html><head><title>T</title></head><body>"
        "<div>Cher&nbsp;client&eacute;</div><ul><li>un</li><li>deux</li></ul>"
        "<a href='https://a.example/x?y=1&amp;z=2'>Se <b>connecter</b></a>"
        "<!-- <a href='https://comment.example'>no</a> -->"
        "<meta http-equiv=refresh content='0; url=https://refresh.example/'>"
        "<area href='https://area.example' alt='zone'></body></html>")
    assert page.text == "Cher client\u00e9\n\nun\n\ndeux\n\nSe connecter"  # no <title>
    assert Link("https://a.example/x?y=1&z=2", "Se connecter") in page.links
    assert all("comment.example" not in link.target for link in page.links)
    assert Link("https://refresh.example/", "") in page.links
    assert Link("https://area.example", "zone") in page.links
    assert not page.has_form


def test_html_link_target_loses_line_breaks() -> None:
    page = html_to_text('<a href="https://x.example/a\r\nb">go</a>')
    assert page.links == (Link("https://x.example/ab", "go"),)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"MZ\x90\x00", "application/x-msdownload"),
        (b"\x7fELF\x02", "application/x-executable"),
        (b"%PDF-1.7", "application/pdf"),
        (b"PK\x03\x04", "application/zip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),
        (b"\x00" * 0x8001 + b"CD001", "application/x-iso9660-image"),
        (b"Rar!\x1a\x07\x00", "application/vnd.rar"),
        (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
        (b"\x1f\x8b\x08", "application/gzip"),
        (b"  <!DOCTYPE html><html>", "text/html"),
        (b"<script>alert(1)</script>", "text/html"),
        (b"<?xml version='1.0'?><plist><dict><key>PayloadContent</key>",
         "application/x-apple-aspen-config"),
        (b"hello", None),
    ],
)
def test_sniff(data: bytes, expected: str | None) -> None:
    assert sniff(data) == expected


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("setup.exe", b"MZ", "executable"),
        ("photo.jpg.scr", b"", "double_extension"),
        ("facture\u202efdp.exe", b"", "hidden_characters"),
        ("commande.iso", b"", "disk_image"),
        ("devis.img", b"", "disk_image"),
        ("releve.docm", b"", "macros"),
        ("releve.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "macros"),
        ("paiement.html", b"<html>", "web_page"),
        ("image.svg", b"<svg>", "web_page"),
        ("profil.mobileconfig", b"", "configuration_profile"),
        ("facture.pdf", b"MZ\x90", "content_mismatch"),
        ("scan.pdf", b"<html><form>", "content_mismatch"),
        ("run.vbs", b"", "executable"),
        ("script.ps1", b"", "executable"),
        ("raccourci.lnk", b"", "executable"),
    ],
)
def test_dangerous_attachments(name: str, data: bytes, reason: str) -> None:
    attachment = describe(name, "application/octet-stream", data)
    assert attachment.dangerous
    assert reason in attachment.reasons


def test_zip_hiding_an_executable_is_dangerous_and_not_extracted() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("docs/facture.pdf.js", b"WScript.Echo(1)")
    attachment = describe("facture.zip", "application/zip", buffer.getvalue())
    assert attachment.sniffed_type == "application/zip"
    assert "archive_hides_executable" in attachment.reasons


@pytest.mark.parametrize(
    ("name", "data"),
    [("facture.pdf", b"%PDF-1.4"), ("photo.png", b"\x89PNG\r\n\x1a\n"),
     ("rapport.docx", b"PK\x03\x04broken"), ("notes.txt", b"hello")],
)
def test_harmless_attachments(name: str, data: bytes) -> None:
    assert not describe(name, "application/octet-stream", data).dangerous


def test_display_name_removes_paths_and_controls() -> None:
    assert display_name("..\\..\\Windows\\evil\x00.exe") == "evil.exe"
    assert display_name("a/b/c.pdf") == "c.pdf"
    assert display_name("") is None


def test_find_links_in_plain_text() -> None:
    text = ("Payez sur https://ameli.fr/x, ou www.ameli-secu.com/login. Voir "
            "ameli-remboursement.fr/xyz et bit.ly/abc) — écrit par M.Dupont, fichier.pdf, "
            "contact@ameli.fr, 1.5 etc.")
    targets = [link.target for link in find_links(text)]
    assert targets == ["https://ameli.fr/x", "www.ameli-secu.com/login",
                       "ameli-remboursement.fr/xyz", "bit.ly/abc"]


def test_find_links_keeps_balanced_parentheses() -> None:
    assert [link.target for link in find_links("(voir https://x.example/a_(b))")] == [
        "https://x.example/a_(b)"]


def test_parse_sms_with_phone_sender() -> None:
    parsed = parse_text("Votre colis est bloqué: https://colis-suivi.top/a", "sms",
                        "06 12 34 56 78")
    assert parsed.channel == "sms"
    assert parsed.sender_address == "06 12 34 56 78"
    assert parsed.sender_name is None
    assert parsed.links == (Link("https://colis-suivi.top/a"),)


def test_parse_sms_with_alphanumeric_sender() -> None:
    parsed = parse_text("Votre code: 1234", "sms", "LAPOSTE")
    assert parsed.sender_name == "LAPOSTE"
    assert parsed.sender_address is None


def test_parse_pasted_email_with_french_headers() -> None:
    parsed = parse_text("De : Ameli <info@ameli-secu.xyz>\nObjet : Remboursement\n"
                        "Répondre à : collect@mail.ru\n\nCliquez sur ameli-rembourse.com/x",
                        "email", None)
    assert parsed.sender_name == "Ameli"
    assert parsed.sender_address == "info@ameli-secu.xyz"
    assert parsed.subject == "Remboursement"
    assert parsed.reply_to == ("collect@mail.ru",)
    assert parsed.text == "Cliquez sur ameli-rembourse.com/x"


def test_parse_pasted_email_with_english_headers() -> None:
    parsed = parse_text("From: Bank <a@b.example>\nSubject: Alert\nDate: Tue, 14 Oct 2025 "
                        "09:30:00 +0200\n\nBody", "email", None)
    assert parsed.subject == "Alert" and parsed.date is not None and parsed.text == "Body"


def test_text_without_headers_is_all_body() -> None:
    parsed = parse_text("Monsieur, je vous appelle de la banque.", "phone_call", None)
    assert parsed.text == "Monsieur, je vous appelle de la banque."
    assert parsed.subject == ""


def test_unknown_channel_is_an_analysis_error() -> None:
    with pytest.raises(AnalysisError):
        parse_text("x", "carrier_pigeon", None)


def test_parse_bytes_as_text_handles_bom_and_bad_bytes() -> None:
    parsed = parse_bytes_as_text(b"\xef\xbb\xbfBonjour \xff", "sms", "+33612345678")
    assert parsed.text == "Bonjour \ufffd"
    assert parsed.size == 12
    utf16 = "Salut".encode("utf-16")
    assert parse_bytes_as_text(utf16, "letter", None).text == "Salut"


@pytest.mark.parametrize(("html", "asks"), [
    ('<form action="/search"><input name="q"><input type="submit"></form>', False),
    ('<form action="https://list.example/subscribe"><input type="email" name="email">'
     '</form>', False),
    ('<form action="https://x.example/p"><input type="password" name="p"></form>', True),
    ('<form action="https://x.example/p"><input name="cardnumber"><input name="cvv"></form>',
     True),
    ('<input placeholder="Code reçu par SMS" name="c">', True),
    ('<form action="https://x.example/p"><input name="identifiant"></form>', True),
])
def test_only_a_form_asking_for_a_secret_counts(html: str, asks: bool) -> None:
    # Honest newsletters carry search and subscribe forms; a password, card or code field
    # is what a credential trap asks for.
    assert html_to_text(f"<html><body>{html}</body></html>").has_form is asks
