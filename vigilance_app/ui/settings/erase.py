"""Settings → "Erase everything from this computer".

The confirmation names what goes (every person's journal, accounts and plans, the backups,
the key file and the keyring entry, the start at login, the settings) and asks the person to
tick that they understand before the button can be used. The erasing itself is the
launcher's (it closes the window first, then starts again at the first-start wizard).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.ui.kit.common import WrappingCheckBox, plain_label
from vigilance_app.ui.kit.i18n import Retranslatable

if TYPE_CHECKING:
    from vigilance_app.services import AppServices


class EraseDialog(Retranslatable, QDialog):
    """Accepting it means: erase everything now."""

    def __init__(self, names: list[str], folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.folder = folder
        self.what = plain_label()
        self.understood = WrappingCheckBox()
        self.understood.setObjectName("eraseUnderstood")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.setObjectName("confirmErase")
        self.erase_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.understood.toggled.connect(self.erase_button.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.understood)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Erase everything"))
        people = ", ".join(self.names) if self.names else "—"
        self.what.setText(self.tr(
            "Everything Vigilance keeps on this computer will be erased:\n"
            "• the journals, accounts and plans of: {people}\n"
            "• the backups in the Vigilance folder\n"
            "• the key file and the key kept in the system keyring\n"
            "• the start at login and the settings\n\n"
            "Backups you saved elsewhere (a USB key) are not touched, but without the key "
            "they can only be opened with the password or the recovery key.\n"
            "Folder: {folder}").format(people=people, folder=self.folder))
        self.understood.setText(self.tr(
            "I understand that this cannot be undone."))
        self.erase_button.setText(self.tr("Erase everything"))


class EraseSection(Retranslatable, QGroupBox):
    """``erase_confirmed`` is emitted once the person confirmed; the launcher erases."""

    erase_confirmed = Signal()

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.dialog: EraseDialog | None = None
        self.text = plain_label()
        self.button = QPushButton()
        self.button.setObjectName("eraseEverything")
        self.button.clicked.connect(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def start(self) -> EraseDialog:
        from vigilance_app.people.api import list_people

        store = self.services.store
        names = [p.name for p in list_people(store)] if store is not None else []
        dialog = EraseDialog(names, str(self.services.paths.root), self.window())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(self.erase_confirmed)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        self.setTitle(self.tr("Erase everything from this computer"))
        self.text.setText(self.tr(
            "For when this computer is given away or no longer used by the person: erases "
            "every journal, account and plan, the backups and the keys. Vigilance then starts "
            "again as on the first day."))
        self.button.setText(self.tr("&Erase everything…"))
