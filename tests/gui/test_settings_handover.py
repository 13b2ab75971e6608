"""Handing a person's file over from Settings → People and opening it in another Vigilance:
the passphrase is shown once, a wrong one changes nothing, a second opening adds nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.fakes import MemoryKeyring, fast_kdf
from tests.gui.test_app_support import RELATIVE, make_services, make_store
from vigilance_app.journal.repository import EntryDraft, Journal
from vigilance_app.people.api import list_people
from vigilance_app.services import AppServices
from vigilance_app.ui.settings.handover import OpenPassphraseDialog, PassphraseDialog
from vigilance_app.ui.settings.people import PeopleSection


def opened(data_dir: Path, keyring: MemoryKeyring, profiles: tuple[str, ...]) -> AppServices:
    make_store(data_dir, keyring, profiles=profiles)
    services = make_services(data_dir, keyring)
    services.open_with_key(services.vault.open_everyday().data_key)
    return services


def section_for(qtbot, services: AppServices, file: Path) -> PeopleSection:
    section = PeopleSection(services)
    qtbot.addWidget(section)
    section.handover._kdf_params = fast_kdf
    section.handover._choose_save = lambda parent, title, default: str(file)
    section.handover._choose_open = lambda parent, title: str(file)
    section.show()
    return section


def open_with(qtbot, section: PeopleSection, words: str) -> OpenPassphraseDialog:
    dialog = section.handover.start_import()
    assert isinstance(dialog, OpenPassphraseDialog)
    dialog.field.setText(words)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not section.handover.busy, timeout=10_000)
    return dialog


def test_hand_over_and_open_in_another_folder(qtbot, qapp: QApplication, tmp_path: Path,
                                              memory_keyring: MemoryKeyring) -> None:
    file = tmp_path / "Transmission Jeanne.vigilance"
    giver = opened(tmp_path / "a", memory_keyring, ("Jeanne",))
    store = giver.store
    assert store is not None
    jeanne = list_people(store)[0]
    Journal(store).add(jeanne.id, EntryDraft(
        received_at=datetime(2026, 12, 1, 9, 30, tzinfo=UTC), channel="sms",
        summary="Votre remboursement vous attend"), datetime(2026, 12, 1, 10, tzinfo=UTC))
    section = section_for(qtbot, giver, file)
    assert "Jeanne" in section.handover_button.text()
    assert section.start_handover()
    qtbot.waitUntil(lambda: isinstance(section.handover.dialog, PassphraseDialog),
                    timeout=10_000)
    shown = section.handover.dialog
    assert isinstance(shown, PassphraseDialog)
    words = shown.words.text()
    assert len(words.split()) == 6 and file.exists() and (file.stat().st_mode & 0o777) == 0o600
    assert "1 journal entr" in section.feedback.text()
    shown.accept()

    helper = opened(tmp_path / "b", memory_keyring, (RELATIVE,))
    other = section_for(qtbot, helper, file)
    wrong = open_with(qtbot, other, "pas les bons mots du tout")
    assert wrong.error_line.isVisibleTo(wrong) and wrong.isVisible()
    assert [p.name for p in other.people] == [RELATIVE]  # nothing imported
    wrong.reject()

    open_with(qtbot, other, words)  # accepted: the dialog closes and goes
    assert [p.name for p in other.people] == [RELATIVE, "Jeanne"]
    assert "Jeanne was added: 1 journal entry" in other.feedback.text()
    open_with(qtbot, other, words)
    assert [p.name for p in other.people] == [RELATIVE, "Jeanne"]
    assert "0 new journal entries" in other.feedback.text()
