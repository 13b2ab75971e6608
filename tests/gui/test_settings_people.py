"""Settings → People: add, rename, show and remove people from the window; the header follows;
removing says first what will be erased."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.fakes import MemoryKeyring
from tests.gui.test_app_support import RELATIVE, make_services, make_store
from vigilance_app.people.api import list_people
from vigilance_app.ui.settings.page import SettingsPage
from vigilance_app.ui.shell.main_window import MainWindow
from vigilance_app.vault import KeyringStatus


def open_window(qtbot, data_dir: Path, keyring: MemoryKeyring) -> MainWindow:
    make_store(data_dir, keyring, profiles=(RELATIVE,))
    services = make_services(data_dir, keyring)
    services.open_with_key(services.vault.open_everyday().data_key)
    window = MainWindow(services, keyring_status=KeyringStatus.AVAILABLE)
    qtbot.addWidget(window)
    window.show()
    return window


def settings_of(window: MainWindow) -> SettingsPage:
    window.show_page("settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    return page


def header_names(window: MainWindow) -> list[str]:
    combo = window.profile_combo
    return [combo.itemText(i) for i in range(combo.count())]


def test_add_rename_show_and_remove_a_person(qtbot, qapp: QApplication, tmp_path: Path,
                                             memory_keyring: MemoryKeyring) -> None:
    window = open_window(qtbot, tmp_path / "data", memory_keyring)
    section = settings_of(window).people_box
    assert [p.name for p in section.people] == [RELATIVE]
    assert not section.remove_button.isEnabled()  # the only person: erasing is elsewhere

    dialog = section.start_add()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no name yet
    dialog.name_edit.setText("  Paul  ")
    dialog.self_choice.setChecked(True)
    ok.click()
    assert [p.name for p in section.people] == [RELATIVE, "Paul"]
    assert section.people[1].is_self
    assert header_names(window) == [RELATIVE, "Paul"] and window.profile_combo.isVisible()
    assert "Paul" in section.feedback.text()

    same = section.start_add()  # a name already used is refused in the dialog itself
    same.name_edit.setText("paul")
    same.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert same.error_line.isVisibleTo(same) and "already in Vigilance" in same.error_line.text()
    assert same.isVisible()
    same.reject()

    section.list.setCurrentRow(1)
    renamed = section.start_rename()
    assert renamed is not None and renamed.name_edit.text() == "Paul"
    renamed.name_edit.setText("Paul D.")
    renamed.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert header_names(window) == [RELATIVE, "Paul D."]

    section.show_selected()
    store = window.services.store
    assert store is not None and store.active_profile().display_name == "Paul D."
    assert window.profile_combo.currentText() == "Paul D."

    box = section.start_remove()
    assert box is not None
    assert "Paul D." in box.text() and "cannot be undone" in box.text()
    assert "0 journal entries" in box.text() and "0 accounts" in box.text()
    box.findChild(type(section.remove_button), "confirmRemove").click()
    assert [p.name for p in list_people(store)] == [RELATIVE]
    assert header_names(window) == [RELATIVE] and not window.profile_combo.isVisible()
    assert store.active_profile().display_name == RELATIVE
