"""Settings → Backups: "Back up now" to a chosen folder, and restoring a backup from the window
(a wrong secret changes nothing and the journal reopens; the right one brings the backup's
entries back and keeps the replaced store aside)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from tests.fakes import MemoryKeyring
from tests.gui.test_app_support import (
    PASSWORD,
    RELATIVE,
    english,
    make_services,
    make_store,
    start,
)
from vigilance_app.backup.restore import Secret
from vigilance_app.journal.repository import EntryDraft, Journal
from vigilance_app.ui.settings.backups import RestoreDialog
from vigilance_app.ui.settings.page import SettingsPage

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def entry_count(services) -> int:
    store = services.store
    return store.reader.execute(
        "SELECT count(*) FROM journal_entries WHERE deleted_at IS NULL").fetchone()[0]


def add_entry(services, text: str) -> None:
    store = services.store
    profile = store.active_profile()
    Journal(store).add(profile.id, EntryDraft(received_at=NOW, channel="sms", summary=text),
                       NOW)


def test_back_up_now_then_restore_from_settings(qtbot, qapp: QApplication, tmp_path: Path,
                                                memory_keyring: MemoryKeyring) -> None:
    english(qapp)
    data_dir = tmp_path / "data"
    make_store(data_dir, memory_keyring, password=PASSWORD, profiles=(RELATIVE,))
    services = make_services(data_dir, memory_keyring)
    services.open_with_key(services.vault.unlock_with_password(PASSWORD))
    add_entry(services, "first")
    launcher = start(qapp, services)
    try:
        window = launcher.window
        assert window is not None
        window.show_page("settings")
        page = window.page("settings")
        assert isinstance(page, SettingsPage)
        section = page.backups_box
        usb = tmp_path / "usb"
        usb.mkdir()
        section._choose_folder = lambda parent, title: str(usb)
        assert section.start_backup()
        qtbot.waitUntil(lambda: not section.runner.busy, timeout=10_000)
        made = sorted(usb.glob("*.vigilance-backup"))
        assert len(made) == 1 and "Backup saved" in section.feedback.text()
        assert (made[0].stat().st_mode & 0o777) == 0o600

        add_entry(services, "second")  # after the backup: gone once it is restored
        assert entry_count(services) == 2

        section._choose_file = lambda parent, title, folder: str(made[0])
        dialog = section.start_restore()
        assert isinstance(dialog, RestoreDialog) and not dialog.restore_button.isEnabled()
        dialog.secret.setText("not the password")
        dialog.restore_button.click()
        assert launcher.window is not None and services.unlocked
        assert entry_count(services) == 2  # refused: nothing changed, the journal reopened
        assert isinstance(launcher.message, QMessageBox)
        assert "not restored" in launcher.message.text()
        launcher.message.done(0)

        launcher.window.restore_requested.emit(made[0], Secret(password=PASSWORD))
        assert launcher.window is not None and services.unlocked
        assert entry_count(services) == 1
        assert "1 journal entry" in launcher.message.text()
        assert any((data_dir / "set-aside").iterdir())  # the replaced store, kept
    finally:
        launcher.close()
