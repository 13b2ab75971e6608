"""The main window: navigation follows the selection, keyboard shortcuts, the person watched
over at the top, a status line about the protection, accessible names, retranslation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from tests.fakes import MemoryKeyring
from tests.gui.test_app_support import (
    PASSWORD,
    RELATIVE,
    english,
    labelled_page,
    make_services,
    make_store,
)
from vigilance_app.services import AppServices
from vigilance_app.ui.shell.home_page import HomePage
from vigilance_app.ui.shell.main_window import PAGES, MainWindow
from vigilance_app.vault import KeyringStatus


@pytest.fixture
def services(qapp: QApplication, data_dir: Path,
             memory_keyring: MemoryKeyring) -> Iterator[AppServices]:
    english(qapp)
    make_store(data_dir, memory_keyring, profiles=(RELATIVE, "Moi"))
    services = make_services(data_dir, memory_keyring)
    services.open_with_key(services.vault.open_everyday().data_key)
    yield services
    services.lock()


@pytest.fixture
def window(qtbot, services: AppServices) -> MainWindow:
    window = MainWindow(services, keyring_status=KeyringStatus.AVAILABLE,
                        pages=[PAGES[0], labelled_page("Journal"), labelled_page("Accounts")])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_home_check_and_settings_are_the_registered_pages(qtbot, services: AppServices) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    expected = ["home", "check", "journal", "guidance", "reviews", "settings", "help"]
    assert [spec.key for spec in PAGES] == expected
    assert window.page_keys() == expected
    assert isinstance(window.page("home"), HomePage)
    assert window.current_page_key() == "home"


def test_navigation_follows_the_selection_model(window: MainWindow) -> None:
    model = window.nav.model()
    selection = window.nav.selectionModel()
    # What an assistive tool does: select an item, no click, no current-row change.
    selection.select(model.index(2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert window.current_page_key() == "accounts"
    assert window.pages.currentWidget() is window.page("accounts")
    # Moving the current index (keyboard) works too.
    selection.setCurrentIndex(model.index(1, 0),
                              QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert window.pages.currentWidget() is window.page("journal")
    assert window.page("journal").isVisible() and not window.page("home").isVisible()


def test_ctrl_digits_switch_pages(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "accounts"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "home"
    assert window.nav.hasFocus()


def test_keyboard_arrows_in_the_navigation(qtbot, window: MainWindow) -> None:
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page_key() == "journal"


def test_the_person_watched_over_is_at_the_top_and_can_be_switched(
        window: MainWindow, services: AppServices) -> None:
    combo = window.profile_combo
    assert combo.isVisible()  # two profiles: a choice
    assert combo.currentText() == RELATIVE
    assert [combo.itemText(i) for i in range(combo.count())] == [RELATIVE, "Moi"]
    home = window.page("home")
    assert RELATIVE in home.profile_line.text() and "relative you help" in home.profile_line.text()

    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert services.store.active_profile().display_name == "Moi"
    assert "your own journal (Moi)" in home.profile_line.text()


def test_single_profile_shows_its_name(qapp, qtbot, tmp_path: Path,
                                       memory_keyring: MemoryKeyring) -> None:
    english(qapp)
    make_store(tmp_path / "one", memory_keyring)
    services = make_services(tmp_path / "one", memory_keyring)
    services.open_with_key(services.vault.open_everyday().data_key)
    try:
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.show()
        assert window.profile_name.isVisible() and window.profile_name.text() == RELATIVE
        assert not window.profile_combo.isVisible()
        assert window.profile_name.textFormat() == Qt.TextFormat.PlainText
    finally:
        services.lock()


def test_status_bar_says_how_the_data_is_protected(window: MainWindow) -> None:
    assert window.status_label.text().startswith("Open")
    assert "opened by the system keyring" in window.status_label.text()
    window.set_keyring_status(KeyringStatus.MISSING_ENTRY)
    assert "lacks its key" in window.status_label.text()
    home = window.page("home")
    assert home.trouble_line.isVisible() and home.fix_button.isVisible()


def test_home_fix_puts_the_key_back(window: MainWindow, memory_keyring: MemoryKeyring,
                                    services: AppServices) -> None:
    memory_keyring.entries.clear()
    window.set_keyring_status(KeyringStatus.MISSING_ENTRY)
    home = window.page("home")
    home.fix_button.click()
    assert home.keyring_status is KeyringStatus.AVAILABLE
    assert not home.fix_button.isVisible()
    assert "opened by the system keyring" in window.status_label.text()
    assert services.vault.open_everyday().data_key is not None


def test_every_interactive_widget_has_an_accessible_name(window: MainWindow) -> None:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
    for page in ("home", "journal"):
        window.show_page(page)
        missing = [w for w in window.findChildren(QWidget)
                   if isinstance(w, kinds) and w.isVisible() and not w.accessibleName()]
        assert missing == []


def test_language_change_sets_the_texts_again(window: MainWindow) -> None:
    window.nav.item(0).setText("xx")
    window.status_label.setText("xx")
    home = window.page("home")
    home.encrypted_line.setText("xx")
    QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    QApplication.sendEvent(home, QEvent(QEvent.Type.LanguageChange))
    assert window.nav.item(0).text() == "Home"
    assert window.status_label.text().startswith("Open")
    assert home.encrypted_line.text() == "Your data is encrypted on this computer."


def test_password_mode_offers_lock_now(qapp, qtbot, tmp_path: Path,
                                       memory_keyring: MemoryKeyring) -> None:
    english(qapp)
    make_store(tmp_path / "pw", memory_keyring, password=PASSWORD)
    services = make_services(tmp_path / "pw", memory_keyring)
    services.open_with_key(services.vault.unlock_with_password(PASSWORD))
    try:
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.show()
        assert window.lock_button.isVisible()
        assert window.lock_action.shortcut().toString() == "Ctrl+L"
        assert "app password" in window.status_label.text()
        assert "app password" in window.page("home").custody_line.text()
        with qtbot.waitSignal(window.lock_requested):
            window.lock_button.click()
    finally:
        services.lock()


def test_home_panels_follow_the_person_chosen(qtbot, services: AppServices) -> None:
    """The journal panel on Home shows the entries of the person chosen at the top."""
    from datetime import UTC, datetime

    from vigilance_app.journal.repository import EntryDraft, Journal

    _relative, me = services.store.profiles()
    now = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
    Journal(services.store).add(me.id, EntryDraft(now, "sms", summary="Colis en attente"), now)
    window = MainWindow(services, keyring_status=KeyringStatus.AVAILABLE)
    qtbot.addWidget(window)
    window.show()
    home = window.page("home")

    def home_text() -> str:
        from PySide6.QtWidgets import QAbstractButton, QLabel

        widgets = [*home.findChildren(QLabel), *home.findChildren(QAbstractButton)]
        return " ".join(widget.text() for widget in widgets)

    assert "Colis en attente" not in home_text()
    window.profile_combo.setCurrentIndex(1)
    window.profile_combo.activated.emit(1)
    assert "Colis en attente" in home_text()
