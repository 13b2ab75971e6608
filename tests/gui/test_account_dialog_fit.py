"""The add-account dialog at 200 % text in French. Save with no name says so
under the name field (focused and scrolled into view) and beside the Save button; the dialog
fits the screen and its buttons are always visible."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from vigilance_app.preferences import Preferences
from vigilance_app.ui.kit.i18n import install_language, remove_language
from vigilance_app.ui.kit.theme import apply_theme
from vigilance_app.ui.reviews.account_dialog import AccountDialog


@pytest.fixture(autouse=True)
def large_french(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "fr")
    apply_theme(qapp, Preferences(language="fr", text_scale=200))
    yield
    remove_language(qapp)
    apply_theme(qapp, Preferences())


def shown_in(area_widget: QWidget, widget: QWidget) -> bool:
    """``widget`` lies wholly inside the visible part of the scroll area's viewport."""
    top = widget.mapTo(area_widget, QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= area_widget.height()


def test_save_without_a_name_says_so_where_the_person_looks(qtbot) -> None:
    saved: list[dict] = []
    dialog = AccountDialog(saved.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    room = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= room.height()
    assert dialog.frameGeometry().width() <= room.width()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isVisible()
    assert save.mapTo(dialog, QPoint(0, save.height())).y() <= dialog.height()

    bar = dialog.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # the person scrolled down to the rhythm, then pressed Save
    dialog.institution_edit.setText("Crédit Agricole")
    save.click()
    QApplication.processEvents()

    assert saved == [] and dialog.isVisible()
    assert dialog.name_error.isVisible()
    assert dialog.name_error.text().startswith("Donnez un nom au compte")
    assert dialog.focusWidget() is dialog.name_edit
    viewport = dialog.scroll.viewport()
    assert shown_in(viewport, dialog.name_edit) and shown_in(viewport, dialog.name_error)
    assert dialog.error_label.isVisible()  # beside the button too
    assert "Donnez un nom au compte" in dialog.error_label.text()
    assert dialog.error_label.text().startswith("Pas encore enregistré")
    assert save.isVisible()
    assert "Donnez un nom" in dialog.name_edit.accessibleDescription()

    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "Compte courant")
    assert not dialog.name_error.isVisible() and not dialog.error_label.isVisible()
    save.click()
    assert saved and saved[0]["name"] == "Compte courant"


def test_a_wrong_address_is_said_under_the_address(qtbot) -> None:
    dialog = AccountDialog(lambda _values: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("Compte courant")
    dialog.url_edit.setText("http://exemple")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.url_error.isVisible() and not dialog.name_error.isVisible()
    assert dialog.focusWidget() is dialog.url_edit
    assert dialog.error_label.isVisible()
