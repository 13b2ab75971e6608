"""Settings: display preferences apply at once and persist; security changes are confirmed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from tests.fakes import MemoryKeyring, fast_kdf
from vigilance_app.preferences import Preferences, load_preferences
from vigilance_app.services import AppServices, build_services
from vigilance_app.setup_store import create_new_store
from vigilance_app.ui.kit.i18n import install_language, remove_language
from vigilance_app.ui.kit.theme import apply_theme, base_point_size
from vigilance_app.ui.settings.page import (
    IdentityDialog,
    NewPasswordDialog,
    RecoverySheetDialog,
    SettingsPage,
)
from vigilance_app.vault import CustodyMode, KeyringAccess, KeyringStatus, WrongSecretError

PASSWORD = "correct horse battery"
NEW_PASSWORD = "a brand new passphrase"


class NoKeyring(MemoryKeyring):
    priority = 0  # type: ignore[assignment]


@pytest.fixture(autouse=True)
def restore_look(qapp: QApplication):
    install_language(qapp, "en")
    apply_theme(qapp, Preferences())
    yield
    remove_language(qapp)
    apply_theme(qapp, Preferences())


def open_services(data_dir: Path, keyring: MemoryKeyring, mode: CustodyMode,
                  ) -> tuple[AppServices, str]:
    services = build_services(data_dir, keyring=KeyringAccess(keyring), kdf_params=fast_kdf)
    created = create_new_store(services.paths, services.vault, mode, "Jeanne",
                               password=PASSWORD if mode is CustodyMode.PASSWORD else None)
    services.attach_store(created.store, created.vault.data_key)
    services.save_preferences(Preferences(language="en"))  # as installed by restore_look
    return services, created.vault.recovery_key


@pytest.fixture
def keyring_services(data_dir: Path, memory_keyring: MemoryKeyring):
    services, recovery = open_services(data_dir, memory_keyring, CustodyMode.KEYRING)
    yield services, recovery
    services.lock()


@pytest.fixture
def password_services(data_dir: Path, memory_keyring: MemoryKeyring):
    services, recovery = open_services(data_dir, memory_keyring, CustodyMode.PASSWORD)
    yield services, recovery
    services.lock()


def make_page(qtbot, services: AppServices) -> SettingsPage:
    page = SettingsPage(services)
    page.confirm = lambda *_: True  # no modal question in tests
    qtbot.addWidget(page)
    page.show()
    return page


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def saved(services: AppServices) -> Preferences:
    return load_preferences(services.paths.preferences)


def confirm_identity(qtbot, page: SettingsPage, secret: str, recovery: bool = False) -> None:
    dialog = page.dialog
    assert isinstance(dialog, IdentityDialog)
    if recovery:
        dialog.recovery_radio.setChecked(True)
    dialog.secret_edit.setText(secret)
    dialog.submit()
    qtbot.waitUntil(lambda: page.dialog is not dialog, timeout=10_000)


# ---- display --------------------------------------------------------------------------------


def test_language_switch_translates_at_once_and_persists(qtbot, qapp, keyring_services) -> None:
    services, _ = keyring_services
    page = make_page(qtbot, services)
    assert page.title.text() == "Settings"
    choose(page.language_combo, "fr")
    qtbot.waitUntil(lambda: page.title.text() == "Réglages")
    assert page.display_box.title() == "Affichage"
    assert saved(services).language == "fr"
    choose(page.language_combo, "en")
    qtbot.waitUntil(lambda: page.title.text() == "Settings")
    assert saved(services).language == "en"


def test_text_size_scales_the_application_font(qtbot, qapp, keyring_services) -> None:
    services, _ = keyring_services
    page = make_page(qtbot, services)
    base = base_point_size(qapp)
    changes: list[Preferences] = []
    page.preferences_changed.connect(changes.append)
    choose(page.size_combo, 175)
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.75)
    qtbot.waitUntil(lambda: page.mode_text.font().pointSizeF() == pytest.approx(base * 1.75))
    # Headings keep their proportion to the text.
    assert page.title.font().pointSizeF() == pytest.approx(base * 1.75 * 1.5)
    assert changes and changes[-1].text_scale == 175
    assert saved(services).text_scale == 175
    choose(page.size_combo, 100)
    assert qapp.font().pointSizeF() == pytest.approx(base)


def test_high_contrast_changes_the_palette(qtbot, qapp, keyring_services) -> None:
    services, _ = keyring_services
    page = make_page(qtbot, services)
    normal_window = qapp.palette().color(QPalette.ColorRole.Window)
    page.contrast_check.setChecked(True)
    palette = qapp.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert saved(services).high_contrast is True
    page.contrast_check.setChecked(False)
    assert qapp.palette().color(QPalette.ColorRole.Window) == normal_window
    assert saved(services).high_contrast is False


def test_all_display_choices_survive_a_reload(qtbot, qapp, password_services) -> None:
    services, _ = password_services
    page = make_page(qtbot, services)
    choose(page.language_combo, "fr")
    choose(page.size_combo, 150)
    page.contrast_check.setChecked(True)
    choose(page.lock_combo, 15)
    prefs = saved(services)
    assert prefs == Preferences(language="fr", text_scale=150, high_contrast=True,
                                lock_after_minutes=15)
    again = build_services(services.paths.root, kdf_params=fast_kdf)
    assert again.preferences == prefs
    # A new page shows the saved values.
    other = make_page(qtbot, again)
    assert other.language_combo.currentData() == "fr"
    assert other.size_combo.currentData() == 150
    assert other.contrast_check.isChecked()
    assert other.lock_combo.currentData() == 15


# ---- idle lock ------------------------------------------------------------------------------


def test_lock_delay_only_in_password_mode(qtbot, keyring_services) -> None:
    services, _ = keyring_services
    page = make_page(qtbot, services)
    assert not page.lock_combo.isEnabled()
    assert "app password" in page.lock_note.text()


def test_lock_delay_is_saved_and_signalled(qtbot, password_services) -> None:
    services, _ = password_services
    page = make_page(qtbot, services)
    assert page.lock_combo.isEnabled()
    with qtbot.waitSignal(page.lock_delay_changed) as signal:
        choose(page.lock_combo, 30)
    assert signal.args == [30]
    assert saved(services).lock_after_minutes == 30
    with qtbot.waitSignal(page.lock_delay_changed) as signal:
        choose(page.lock_combo, 0)
    assert signal.args == [0]
    assert page.lock_combo.currentText() == "Never"


# ---- how the journal opens ------------------------------------------------------------------


def test_switch_keyring_to_password(qtbot, keyring_services) -> None:
    services, _ = keyring_services
    page = make_page(qtbot, services)
    assert page.switch_button.isEnabled()
    assert not page.change_password_button.isVisible()
    with qtbot.waitSignal(page.custody_changed, timeout=10_000):
        page.switch_button.click()
        dialog = page.dialog
        assert isinstance(dialog, NewPasswordDialog)
        dialog.passwords.set_password("short")
        assert not dialog.ok_button.isEnabled()
        dialog.passwords.set_password(PASSWORD)
        assert dialog.ok_button.isEnabled()
        dialog.submit()
    assert services.vault.mode is CustodyMode.PASSWORD
    assert services.vault.unlock_with_password(PASSWORD) == services.data_key
    assert page.lock_combo.isEnabled()
    assert page.change_password_button.isVisible()
    assert "now asks" in page.status_label.text()


def test_switch_needs_confirmation(qtbot, keyring_services) -> None:
    services, _ = keyring_services
    page = make_page(qtbot, services)
    page.confirm = lambda *_: False
    page.switch_button.click()
    assert page.dialog is None
    assert services.vault.mode is CustodyMode.KEYRING


def test_switch_password_to_keyring_asks_the_password(qtbot, password_services,
                                                      memory_keyring: MemoryKeyring) -> None:
    services, _ = password_services
    page = make_page(qtbot, services)
    page.switch_button.click()
    dialog = page.dialog
    assert isinstance(dialog, IdentityDialog)
    dialog.secret_edit.setText("not the password")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10_000)
    assert "not the right" in dialog.error.text()
    assert page.dialog is dialog and services.vault.mode is CustodyMode.PASSWORD
    with qtbot.waitSignal(page.custody_changed, timeout=10_000):
        confirm_identity(qtbot, page, PASSWORD)
    assert services.vault.mode is CustodyMode.KEYRING
    everyday = services.vault.open_everyday()
    assert everyday.keyring_status is KeyringStatus.AVAILABLE
    assert everyday.data_key == services.data_key
    assert not page.lock_combo.isEnabled()


def test_no_keyring_disables_the_switch(qtbot, data_dir: Path) -> None:
    services, _ = open_services(data_dir, NoKeyring(), CustodyMode.PASSWORD)
    try:
        page = make_page(qtbot, services)
        assert not page.switch_button.isEnabled()
        assert "not possible" in page.switch_note.text()
    finally:
        services.lock()


def test_change_password_with_the_recovery_key(qtbot, password_services) -> None:
    services, recovery = password_services
    page = make_page(qtbot, services)
    page.change_password_button.click()
    confirm_identity(qtbot, page, recovery.lower().replace("-", " "), recovery=True)
    dialog = page.dialog
    assert isinstance(dialog, NewPasswordDialog)
    dialog.passwords.set_password(NEW_PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: page.dialog is None, timeout=10_000)
    assert services.vault.unlock_with_password(NEW_PASSWORD) == services.data_key
    with pytest.raises(WrongSecretError):
        services.vault.unlock_with_password(PASSWORD)
    assert "changed" in page.status_label.text()


def test_show_recovery_sheet_again(qtbot, password_services) -> None:
    services, recovery = password_services
    page = make_page(qtbot, services)
    page.show_key_button.click()
    assert isinstance(page.dialog, IdentityDialog)
    confirm_identity(qtbot, page, PASSWORD)
    dialog = page.dialog
    assert isinstance(dialog, RecoverySheetDialog)
    assert dialog.panel.recovery_key == recovery
    assert dialog.panel.profile_name == "Jeanne"
    dialog.reject()
    assert page.dialog is None


def test_keyring_mode_shows_the_sheet_without_asking_for_the_key(qtbot,
                                                                  keyring_services) -> None:
    """Whoever needs the sheet again has lost it: the open journal knows the key."""
    services, recovery = keyring_services
    page = make_page(qtbot, services)  # the confirmation is answered "yes"
    page.show_key_button.click()
    assert isinstance(page.dialog, RecoverySheetDialog)
    assert page.dialog.panel.recovery_key == recovery
    page.dialog.reject()  # no modal sheet left open for the tests that follow
    assert page.dialog is None
