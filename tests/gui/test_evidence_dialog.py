"""Journal → "Prepare a file": the chosen contacts in the chosen format, saved 0600 under the
suggested name; masked numbers stay masked; an empty period is said in words."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from tests.fakes import MemoryKeyring
from tests.gui.test_app_support import english, make_services, make_store
from vigilance_app.journal.repository import EntryDraft, Journal
from vigilance_app.ui.journal.evidence_dialog import EvidenceDialog

TODAY = date(2026, 12, 7)
CARD = "4970 1012 3456 7890"


def services_with_entries(tmp_path: Path, keyring: MemoryKeyring):
    make_store(tmp_path / "data", keyring, profiles=("Jeanne",))
    services = make_services(tmp_path / "data", keyring)
    services.open_with_key(services.vault.open_everyday().data_key)
    store = services.store
    person = store.active_profile()
    journal = Journal(store)
    for day, org, text in ((2, "Ameli", f"Remboursement, carte {CARD}"),
                           (5, "Banque", "Conseiller au téléphone")):
        moment = datetime(2026, 12, day, 10, tzinfo=UTC)
        journal.add(person.id, EntryDraft(received_at=moment, channel="sms",
                                          claimed_org_text=org, summary=text), moment)
    return services


def test_a_pdf_of_the_period_and_a_json_of_the_selection(qtbot, qapp: QApplication,
                                                         tmp_path: Path,
                                                         memory_keyring: MemoryKeyring) -> None:
    english(qapp)
    services = services_with_entries(tmp_path, memory_keyring)
    asked: list[str] = []

    def choose(parent, title, default, file_filter) -> str:
        asked.append(Path(default).name)
        return str(tmp_path / Path(default).name)

    dialog = EvidenceDialog(services, today=TODAY, choose_path=choose)
    qtbot.addWidget(dialog)
    assert not dialog.selected_choice.isVisible() and dialog.period_choice.isChecked()
    assert dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_to is not None, timeout=10_000)
    pdf = dialog.saved_to
    assert asked == ["Evidence Jeanne 2026-12-07.pdf"]
    assert (pdf.stat().st_mode & 0o777) == 0o600
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Jeanne" in text and "Ameli" in text and "Banque" in text
    assert CARD not in text and "7890" in text  # masked, last digits kept
    assert "readable only by you" in dialog.feedback.text()

    store = services.store
    first = [row[0] for row in store.reader.execute(
        "SELECT id FROM journal_entries ORDER BY received_at LIMIT 1")]
    chosen = EvidenceDialog(services, first, today=TODAY, choose_path=choose)
    qtbot.addWidget(chosen)
    assert chosen.selected_choice.isChecked()
    chosen.json_choice.setChecked(True)
    assert chosen.save()
    qtbot.waitUntil(lambda: chosen.saved_to is not None, timeout=10_000)
    record = json.loads(chosen.saved_to.read_text(encoding="utf-8"))
    assert len(record["contacts"]) == 1


def test_an_empty_period_is_said_in_words(qtbot, qapp: QApplication, tmp_path: Path,
                                          memory_keyring: MemoryKeyring) -> None:
    english(qapp)
    services = services_with_entries(tmp_path, memory_keyring)
    dialog = EvidenceDialog(services, today=TODAY,
                            choose_path=lambda *a: str(tmp_path / "never.pdf"))
    qtbot.addWidget(dialog)
    dialog.until_edit.setDate(dialog.since_edit.date().addDays(1))  # long before the entries
    assert not dialog.save()
    assert dialog.feedback.isVisibleTo(dialog) and dialog.feedback.text()
    assert not (tmp_path / "never.pdf").exists()
