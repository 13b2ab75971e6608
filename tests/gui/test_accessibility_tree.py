"""Every page's accessibility tree, in French and in English.

The main window is built on a real store; each page of ``PAGES`` is shown in turn and the
accessible interface of every visible widget is read as a screen reader would (QAccessible,
offscreen). An interactive control must be named by its purpose: not unnamed, and not named by
its current value (a combo box announced "Tous" says nothing of what it filters). A visible
label holding only spaces or bullets is a decoration and must not be in the tree as text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from tests.fakes import MemoryKeyring
from tests.gui.test_app_support import make_services, make_store
from vigilance_app.preferences import Preferences
from vigilance_app.services import AppServices
from vigilance_app.ui.kit.i18n import install_language, remove_language
from vigilance_app.ui.kit.theme import apply_theme
from vigilance_app.ui.shell.main_window import PAGES, MainWindow
from vigilance_app.vault import KeyringStatus

Role = QAccessible.Role
INTERACTIVE = {
    Role.Button, Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox,
    Role.EditableText, Role.SpinBox, Role.Table, Role.List, Role.Tree, Role.TreeItem,
    Role.Slider, Role.ButtonMenu, Role.ButtonDropDown, Role.PageTab,
}
DECORATION = set(" \t\n\u00a0\u2022\u00b7\u25cf\u25e6\u2013\u2014-*")


@pytest.fixture(autouse=True)
def restore_look(qapp: QApplication) -> Iterator[None]:
    yield
    remove_language(qapp)
    apply_theme(qapp, Preferences())


@pytest.fixture
def services(qapp: QApplication, data_dir: Path,
             memory_keyring: MemoryKeyring) -> Iterator[AppServices]:
    make_store(data_dir, memory_keyring, profiles=("Jeanne", "Moi"))
    services = make_services(data_dir, memory_keyring)
    services.open_with_key(services.vault.open_everyday().data_key)
    yield services
    services.lock()


def describe(widget: QWidget, role: Role, name: str) -> str:
    return f"{type(widget).__name__} {widget.objectName() or ''} role={role.name} name={name!r}"


def offenders(window: QWidget) -> list[str]:
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface is None or not iface.isValid():
            continue
        role = iface.role()
        name = (iface.text(QAccessible.Text.Name) or "").strip()
        if role in INTERACTIVE:
            value = (iface.text(QAccessible.Text.Value) or "").strip()
            if not name:
                found.append("unnamed: " + describe(widget, role, name))
            elif value and name == value and role not in (Role.PushButton, Role.Button,
                                                          Role.CheckBox, Role.RadioButton):
                found.append("named by its value: " + describe(widget, role, name))
        elif role == Role.StaticText:
            text = iface.text(QAccessible.Text.Name) or ""
            if not text.strip() or set(text) <= DECORATION:
                found.append("decoration in the tree: " + describe(widget, role, text))
    return found


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_page_names_its_controls(qtbot, qapp: QApplication, services: AppServices,
                                       language: str) -> None:
    install_language(qapp, language)
    window = MainWindow(services, keyring_status=KeyringStatus.AVAILABLE)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    problems: list[str] = []
    for spec in PAGES:
        window.show_page(spec.key)
        QApplication.processEvents()
        problems += [f"[{language}/{spec.key}] {line}" for line in offenders(window)]
    journal = window.page("journal")
    window.show_page("journal")
    journal.search.search_edit.setText("33700")  # the search box's clear button shows
    journal.search.filters_button.click()  # the filters: named by what they filter
    QApplication.processEvents()
    problems += [f"[{language}/journal search] {line}" for line in offenders(window)]
    journal.start_capture("phone_call")  # "Who did they say they were?" can be typed in
    QApplication.processEvents()
    problems += [f"[{language}/journal capture] {line}" for line in offenders(window)]
    window.show_plan("gave_bank_details")  # a plan on screen: step cards, copy buttons
    QApplication.processEvents()
    problems += [f"[{language}/plan] {line}" for line in offenders(window)]
    assert not problems, "\n".join(dict.fromkeys(problems))
