"""Start-up: the everyday path opens without a prompt; keyring trouble asks for the recovery
key with its own message, then puts the key back in the keyring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from tests.fakes import MemoryKeyring, OtherMemoryKeyring
from tests.gui.test_app_support import (
    RELATIVE,
    damage,
    english,
    make_services,
    make_store,
    save_shot,
    start,
)
from vigilance_app.paths import DataPaths
from vigilance_app.ui.custody.unlock_dialog import UnlockDialog, UnlockReason
from vigilance_app.ui.shell.app import Launcher
from vigilance_app.ui.shell.main_window import MainWindow
from vigilance_app.vault import KeyringStatus


@pytest.fixture
def launchers(qapp: QApplication) -> Iterator[list[Launcher]]:
    english(qapp)
    made: list[Launcher] = []
    yield made
    for launcher in made:
        launcher.close()


def test_keyring_mode_opens_the_window_without_any_prompt(
        qapp: QApplication, qtbot, data_dir: Path, memory_keyring: MemoryKeyring,
        launchers: list[Launcher]) -> None:
    make_store(data_dir, memory_keyring)
    launcher = start(qapp, make_services(data_dir, memory_keyring))
    launchers.append(launcher)

    assert launcher.dialog is None and launcher.wizard is None and launcher.message is None
    window = launcher.window
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    assert QApplication.activeModalWidget() is None
    assert window.profile_name.text() == RELATIVE
    assert "opened by the system keyring" in window.status_label.text()
    assert not window.lock_button.isVisible()  # keyring mode: nothing to lock


def _delete_entries(keyring: MemoryKeyring) -> None:
    keyring.entries.clear()


def _lock(keyring: MemoryKeyring) -> None:
    keyring.locked = True


def _remove(keyring: MemoryKeyring) -> None:
    keyring.gone = True


TROUBLES = {
    "missing_entry": (_delete_entries, UnlockReason.KEYRING_MISSING_ENTRY,
                      "no longer contains the Vigilance key"),
    "locked": (_lock, UnlockReason.KEYRING_LOCKED, "keyring is locked"),
    "no_backend": (_remove, UnlockReason.NO_KEYRING, "No system keyring is available"),
}


def _recover(qtbot, launcher: Launcher, recovery_key: str) -> UnlockDialog:
    dialog = launcher.dialog
    assert isinstance(dialog, UnlockDialog)
    panel = dialog.panel
    assert panel.using_recovery_key  # keyring mode has no password: the recovery key
    # Any case, spaces instead of dashes.
    panel.recovery_field.setText(recovery_key.lower().replace("-", " "))
    panel.open_button.click()
    qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
    assert dialog.stack.currentWidget() is dialog.result_page, panel.feedback.text()
    return dialog


@pytest.mark.parametrize("trouble", sorted(TROUBLES))
def test_keyring_trouble_asks_for_the_recovery_key_and_restores_the_keyring(
        qapp: QApplication, qtbot, data_dir: Path, memory_keyring: MemoryKeyring,
        launchers: list[Launcher], trouble: str) -> None:
    recovery_key = make_store(data_dir, memory_keyring)
    breaks, reason, words = TROUBLES[trouble]
    breaks(memory_keyring)
    launcher = start(qapp, make_services(data_dir, memory_keyring))
    launchers.append(launcher)

    dialog = launcher.dialog
    assert isinstance(dialog, UnlockDialog)
    assert launcher.window is None
    assert dialog.reason is reason
    assert words in dialog.panel.message.text()
    assert "Your data is intact" in dialog.panel.message.text()
    save_shot(dialog, f"unlock_{trouble}_en_100")

    # The person fixes nothing first: the key cannot go back yet, and the dialog says so.
    _recover(qtbot, launcher, recovery_key)
    if trouble == "missing_entry":
        assert dialog.keyring_status is KeyringStatus.AVAILABLE
        assert "holds the Vigilance key again" in dialog.result_message.text()
    else:
        assert dialog.keyring_status is not KeyringStatus.AVAILABLE
        assert "could not take the key back" in dialog.result_message.text()
    dialog.continue_button.click()
    window = launcher.window
    assert isinstance(window, MainWindow)
    assert window.profile_name.text() == RELATIVE  # the same data


@pytest.mark.parametrize("trouble", ["locked", "no_backend"])
def test_keyring_back_after_recovery_when_it_works_again(
        qapp: QApplication, qtbot, data_dir: Path, memory_keyring: MemoryKeyring,
        launchers: list[Launcher], trouble: str) -> None:
    recovery_key = make_store(data_dir, memory_keyring)
    memory_keyring.entries.clear()
    TROUBLES[trouble][0](memory_keyring)
    launcher = start(qapp, make_services(data_dir, memory_keyring))
    launchers.append(launcher)
    assert launcher.dialog.reason is TROUBLES[trouble][1]
    memory_keyring.locked = memory_keyring.gone = False  # e.g. the session was unlocked

    dialog = _recover(qtbot, launcher, recovery_key)
    assert dialog.keyring_status is KeyringStatus.AVAILABLE
    assert make_services(data_dir, memory_keyring).vault.open_everyday().data_key is not None


def test_changed_backend_recovers_into_the_new_keyring(
        qapp: QApplication, qtbot, data_dir: Path, memory_keyring: MemoryKeyring,
        launchers: list[Launcher]) -> None:
    recovery_key = make_store(data_dir, memory_keyring)
    other = OtherMemoryKeyring()
    launcher = start(qapp, make_services(data_dir, other))
    launchers.append(launcher)
    dialog = launcher.dialog
    assert dialog.reason is UnlockReason.KEYRING_CHANGED
    assert "not the one used when Vigilance was set up" in dialog.panel.message.text()

    _recover(qtbot, launcher, recovery_key)
    assert dialog.keyring_status is KeyringStatus.AVAILABLE
    dialog.continue_button.click()
    assert launcher.window.profile_name.text() == RELATIVE

    # Next start: straight to the window, no prompt.
    again = start(qapp, make_services(data_dir, other))
    launchers.append(again)
    assert again.dialog is None
    assert isinstance(again.window, MainWindow)


def test_wrong_recovery_key_is_refused_in_plain_words(
        qapp: QApplication, qtbot, data_dir: Path, memory_keyring: MemoryKeyring,
        launchers: list[Launcher]) -> None:
    make_store(data_dir, memory_keyring)
    memory_keyring.entries.clear()
    launcher = start(qapp, make_services(data_dir, memory_keyring))
    launchers.append(launcher)
    panel = launcher.dialog.panel

    panel.recovery_field.setText("not a key")
    panel.open_button.click()
    assert "28 letters and digits" in panel.feedback.text()
    assert not panel.busy  # refused before any key derivation

    panel.recovery_field.setText("ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456")
    panel.open_button.click()
    qtbot.waitUntil(lambda: not panel.busy and "does not open" in panel.feedback.text())
    assert launcher.window is None


def _bytes(paths: DataPaths) -> dict[str, bytes | None]:
    """The store file and its key file (SQLite may add empty -wal/-shm files beside them)."""
    return {p.name: p.read_bytes() if p.exists() else None
            for p in (paths.database, paths.key_header)}


def test_store_without_its_key_file_never_becomes_a_new_store(
        qapp: QApplication, data_dir: Path, memory_keyring: MemoryKeyring,
        launchers: list[Launcher]) -> None:
    make_store(data_dir, memory_keyring)
    paths = DataPaths(data_dir)
    paths.key_header.unlink()
    before = _bytes(paths)
    launcher = start(qapp, make_services(data_dir, memory_keyring))
    launchers.append(launcher)

    assert launcher.wizard is None and launcher.window is None
    assert launcher.message is not None and "key file" in launcher.message.text()
    assert launcher.exit_code == 1
    assert _bytes(paths) == before


def test_cancelled_unlock_leaves_the_store_byte_identical(
        qapp: QApplication, data_dir: Path, memory_keyring: MemoryKeyring,
        launchers: list[Launcher], monkeypatch: pytest.MonkeyPatch) -> None:
    make_store(data_dir, memory_keyring)
    memory_keyring.entries.clear()
    paths = DataPaths(data_dir)
    before = _bytes(paths)
    launcher = start(qapp, make_services(data_dir, memory_keyring))
    launchers.append(launcher)
    codes: list[int] = []
    monkeypatch.setattr(launcher, "exit", codes.append)  # not the test's event loop
    launcher.dialog.quit_button.click()
    assert codes == [0]
    assert launcher.window is None and launcher.wizard is None
    assert _bytes(paths) == before


def test_damaged_store_is_reported_and_left_untouched(
        qapp: QApplication, data_dir: Path, memory_keyring: MemoryKeyring,
        launchers: list[Launcher]) -> None:
    make_store(data_dir, memory_keyring, profiles=(RELATIVE, *(f"P{i} " + "x" * 70
                                                              for i in range(150))))
    paths = DataPaths(data_dir)
    damage(paths)
    before = _bytes(paths)
    launcher = start(qapp, make_services(data_dir, memory_keyring))
    launchers.append(launcher)

    assert launcher.window is None and launcher.wizard is None
    assert "damaged" in launcher.message.text()
    assert "left exactly as it was" in launcher.message.text()
    save_shot(launcher.message, "damaged_message_en_100")
    assert _bytes(paths) == before


def test_a_damaged_store_can_be_salvaged_from_the_message(
        qapp: QApplication, data_dir: Path, memory_keyring: MemoryKeyring,
        launchers: list[Launcher]) -> None:
    make_store(data_dir, memory_keyring, profiles=(RELATIVE, *(f"P{i} " + "x" * 70
                                                              for i in range(150))))
    paths = DataPaths(data_dir)
    damage(paths)
    launcher = start(qapp, make_services(data_dir, memory_keyring))
    launchers.append(launcher)
    box = launcher.message
    recover = box.findChild(QPushButton, "salvage")
    assert recover is not None and box.defaultButton() is recover
    recover.click()

    assert launcher.window is not None and launcher.services.unlocked
    assert "could be recovered" in launcher.message.text()
    assert list((data_dir / "set-aside").iterdir())  # the damaged file, kept
    store = launcher.services.store
    assert store is not None and len(store.profiles()) >= 1


def test_no_store_opens_the_setup_wizard_then_the_window(
        qapp: QApplication, data_dir: Path, memory_keyring: MemoryKeyring,
        launchers: list[Launcher]) -> None:
    from vigilance_app.setup_store import create_new_store
    from vigilance_app.ui.custody.setup_wizard import SetupWizard
    from vigilance_app.vault import CustodyMode

    services = make_services(data_dir, memory_keyring)
    launcher = start(qapp, services)
    launchers.append(launcher)
    wizard = launcher.wizard
    assert isinstance(wizard, SetupWizard) and launcher.window is None
    # What the wizard does on its creation page (tested with the wizard itself).
    wizard.created = create_new_store(services.paths, services.vault, CustodyMode.KEYRING,
                                      RELATIVE)
    services.attach_store(wizard.created.store, wizard.created.vault.data_key)
    wizard.accept()
    assert launcher.wizard is None
    assert isinstance(launcher.window, MainWindow)
    assert launcher.window.profile_name.text() == RELATIVE


def test_damaged_preferences_are_said_once_over_the_window(
        qapp: QApplication, data_dir: Path, memory_keyring: MemoryKeyring,
        launchers: list[Launcher]) -> None:
    make_store(data_dir, memory_keyring)
    (data_dir / "preferences.json").write_text('{"text_scale": 1e999}', encoding="utf-8")
    services = make_services(data_dir, memory_keyring)
    assert services.preferences_notice
    launcher = start(qapp, services)
    launchers.append(launcher)
    assert launcher.window is not None
    assert "could not be read" in launcher.message.text()
    assert services.preferences_notice is None


def test_missing_entries_are_said_once_over_the_window(
        qapp: QApplication, data_dir: Path, memory_keyring: MemoryKeyring,
        launchers: list[Launcher]) -> None:
    from vigilance_app.store import commit_counter

    make_store(data_dir, memory_keyring)
    services = make_services(data_dir, memory_keyring)
    key = services.vault.open_everyday().data_key
    store = services.open_with_key(key)
    known = commit_counter.database_count(store.reader)
    services.lock()
    # The record outside the WAL says three more commits were made than the file holds.
    commit_counter.record(services.paths.database, key, known + 3)
    launcher = start(qapp, make_services(data_dir, memory_keyring))
    launchers.append(launcher)
    assert launcher.window is not None
    assert "(3)" in launcher.message.text() and "missing" in launcher.message.text()
    assert launcher.services.store.missing_commits_warning is None  # acknowledged
