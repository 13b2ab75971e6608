"""The evidence PDF read back with pypdf: several pages, every contact's date and claimed
sender present, sensitive numbers masked, hostile text shown as text (never markup)."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from vigilance_app import people
from vigilance_app.evidence import build_document, write_evidence
from vigilance_app.journal.repository import EntryDraft, FlagDraft, Journal, ReportDraft
from vigilance_app.paths import DataPaths
from vigilance_app.store.store import create_store
from vigilance_app.ui.journal.evidence_pdf import evidence_html, render_evidence_pdf

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
CARD = "4970 1012 3456 7893"
IBAN = "FR76 3000 6000 0112 3456 7890 189"


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).replace("\u00ad", "")


def make_document(tmp_path: Path, lang: str = "fr", count: int = 14):
    store = create_store(DataPaths(tmp_path / "data"), bytes(range(32)))
    people.add_person(store, "Moi", relative=False)
    jeanne = people.add_person(store, "Jeanne <b>Martin</b>", relative=True)
    drafts = [EntryDraft(
        received_at=NOW - timedelta(days=3 * i, hours=i), channel=("sms", "email")[i % 2],
        senders=[f"+33 6 12 34 56 {10 + i}" if i % 2 == 0 else f"conseiller{i}@banque-x.info"],
        mentioned=[f"https://ameli-secu{i}.xyz/login"],
        claimed_org_text=f"Banque Populaire {i} <img src='http://x/y.png'>",
        summary=f"Votre carte {CARD} et votre IBAN {IBAN} <a href='http://e.vil'>ici</a>",
        flags=[FlagDraft("asks_card_details"), FlagDraft("urgency")],
        reactions=["clicked_link"], reports=[ReportDraft("33700", (NOW - timedelta(days=1))
                                                         .date())],
        notes="=cmd|' /C calc'!A0") for i in range(count)]
    Journal(store).add_many(jeanne.id, drafts, NOW)
    doc = build_document(store, jeanne, lang=lang, tz=PARIS, now=NOW)
    store.close()
    return doc


def test_pdf_holds_every_contact_masked(qapp: QApplication, tmp_path: Path) -> None:
    doc = make_document(tmp_path)
    path = write_evidence(doc, "pdf", tmp_path / "Dossier Jeanne 2026-12-07.pdf",
                          render_evidence_pdf)
    assert (path.stat().st_mode & 0o777) == 0o600
    reader = PdfReader(str(path))
    assert len(reader.pages) >= 3  # 14 contacts do not fit on one page
    text = squeeze("".join(page.extract_text() or "" for page in reader.pages))
    assert squeeze("Dossier de signalement — Jeanne <b>Martin</b>") in text
    for page in range(1, len(reader.pages) + 1):  # every page says whose file it is
        assert squeeze(f"Jeanne <b>Martin</b> — page {page} / {len(reader.pages)}") in text
    for contact in doc.contacts:
        stamp = contact.received_local.strftime("%Y-%m-%d %H:%M")
        assert squeeze(stamp) in text
        assert squeeze(contact.claimed_to_be) in text
        for sender in contact.senders:
            assert squeeze(sender) in text
    assert squeeze(CARD) not in text and squeeze("7893") in text
    assert squeeze(IBAN) not in text and "•0189" in text
    assert "hxxps://ameli-secu0[.]xyz/login" in text
    assert "https://ameli-secu" not in text
    assert squeeze("Où signaler : adresses officielles") in text
    assert squeeze("Signal Spam") in text and "https://www.33700.fr" in text


def test_html_escapes_every_stored_text(tmp_path: Path) -> None:
    doc = make_document(tmp_path, count=2)
    html = evidence_html(doc)
    assert "<b>Martin" not in html and "&lt;b&gt;Martin&lt;/b&gt;" in html
    assert "<img" not in html and "<a href" not in html
    assert "&lt;a href=&#x27;hxxp://e[.]vil&#x27;&gt;" in html


def test_english_pdf(qapp: QApplication, tmp_path: Path) -> None:
    doc = make_document(tmp_path, lang="en", count=2)
    text = squeeze("".join(p.extract_text() or "" for p in PdfReader(
        str(write_evidence(doc, "pdf", tmp_path / "e.pdf", render_evidence_pdf))).pages))
    assert squeeze("Evidence file — Jeanne") in text
    assert squeeze("What the person did") in text and squeeze("clicked a link") in text
