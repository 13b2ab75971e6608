"""Handing a person's file over to another relative, and opening such a file.

Export: the file is written (key derivation off the UI thread), then the passphrase the app
made is shown once, in large letters, with the advice to pass it separately from the file.
Import: the file, then its passphrase; the person is added, or merged into the same person
without duplicates. A wrong passphrase or a damaged file changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.ui.kit.background import BackgroundRunner
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.documents import documents_folder
from vigilance_app.ui.kit.errors import error_sentence
from vigilance_app.ui.kit.i18n import Retranslatable, plural, ui_language
from vigilance_app.ui.kit.theme import heading

if TYPE_CHECKING:
    from vigilance_app.handover.merge import ImportSummary
    from vigilance_app.people.api import Person
    from vigilance_app.services import AppServices

FILE_FILTER = "Vigilance (*.vigilance)"


class PassphraseDialog(Retranslatable, QDialog):
    """Shows the passphrase of a handover file once."""

    def __init__(self, name: str, passphrase: str, path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.path = path
        self.title = heading(plain_label(), 2)
        self.intro = plain_label()
        self.words = QLabel(passphrase)
        self.words.setObjectName("handoverPassphrase")
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setWordWrap(True)
        font = self.words.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.words.setFont(font)
        self.advice = plain_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.intro, self.words, self.advice, self.buttons):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Passphrase of the file"))
        self.title.setText(self.tr("Write down these words"))
        self.intro.setText(self.tr(
            "{name}'s file was saved here: {path}\nIt opens only with these words, shown "
            "this once:").format(name=self.name, path=str(self.path)))
        self.words.setAccessibleName(self.tr("Passphrase"))
        self.advice.setText(self.tr(
            "Give the words separately from the file: on paper or by telephone, never in the "
            "same email. Without them nobody can open the file, not even you."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("I have written them down"))


class OpenPassphraseDialog(Retranslatable, QDialog):
    """Asks the passphrase of a handover file to open."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.intro = plain_label()
        self.field = QLineEdit()
        self.field.setObjectName("openPassphrase")
        self.error_line = plain_label()
        self.error_line.setObjectName("openError")
        self.error_line.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.field, self.error_line, self.buttons):
            layout.addWidget(widget)
        self.field.textChanged.connect(lambda text: self.buttons.button(
            QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip())))
        self.retranslate()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def show_error(self, text: str) -> None:
        self.error_line.setText(text)
        self.error_line.setVisible(bool(text))
        self.field.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open a handed-over file"))
        self.intro.setText(self.tr("Type the words given with the file {file}:").format(
            file=self.path.name))
        self.field.setAccessibleName(self.tr("Passphrase of the file"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))


class Handover(Retranslatable, QWidget):
    """The two actions, run for the People section. ``imported`` carries the summary;
    ``message`` a sentence to show beside the section."""

    imported = Signal(object)
    message = Signal(str)

    def __init__(self, services: AppServices, parent: QWidget | None = None, *,
                 choose_save: Callable[[QWidget, str, str], str] | None = None,
                 choose_open: Callable[[QWidget, str], str] | None = None,
                 kdf_params: Callable[[], Any] | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = BackgroundRunner(self)
        self.dialog: QDialog | None = None
        self._choose_save = choose_save or _ask_save_path
        self._choose_open = choose_open or _ask_open_path
        self._kdf_params = kdf_params
        self.hide()

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def start_export(self, person: Person) -> bool:
        from vigilance_app.handover import suggested_name

        store = self.services.store
        if store is None or self.runner.busy:
            return False
        default = documents_folder() / suggested_name(person.name, ui_language())
        chosen = self._choose_save(self.window(), self.tr("Hand over {name}'s file").format(
            name=person.name), str(default))
        if not chosen:
            return False
        path = Path(chosen)

        def work() -> Any:
            from vigilance_app.handover import export_person

            extra = {} if self._kdf_params is None else {"kdf_params": self._kdf_params}
            return export_person(store, person.id, path, **extra)

        self.message.emit(self.tr("Writing {name}'s file…").format(name=person.name))
        return self.runner.run(work, lambda result: self._exported(person, result),
                               lambda exc: self.message.emit(error_sentence(exc)))

    def _exported(self, person: Person, result: Any) -> None:
        self.message.emit(plural(self.tr("{name}'s file is ready: %n journal entry(ies).", "",
                                         result.entries), result.entries).format(
            name=person.name))
        dialog = PassphraseDialog(person.name, result.passphrase, result.path, self.window())
        self._open(dialog)

    def start_import(self) -> OpenPassphraseDialog | None:
        if self.services.store is None or self.runner.busy:
            return None
        chosen = self._choose_open(self.window(), self.tr("Open a handed-over file"))
        if not chosen:
            return None
        dialog = OpenPassphraseDialog(Path(chosen), self.window())
        dialog.buttons.accepted.connect(lambda: self._open_file(dialog))
        self._open(dialog)
        return dialog

    def _open_file(self, dialog: OpenPassphraseDialog) -> None:
        store = self.services.store
        if store is None or self.runner.busy:
            return
        path, words = dialog.path, dialog.field.text()
        dialog.buttons.setEnabled(False)

        def work() -> Any:
            from vigilance_app.handover import import_file

            return import_file(store, path, words, datetime.now().astimezone())

        def failed(exc: BaseException) -> None:
            dialog.buttons.setEnabled(True)
            dialog.show_error(error_sentence(exc))

        def done(summary: ImportSummary) -> None:
            dialog.accept()
            self.message.emit(self.summary_text(summary))
            self.imported.emit(summary)

        self.runner.run(work, done, failed)

    def summary_text(self, summary: ImportSummary) -> str:
        if summary.new_person:
            text = self.tr("{name} was added: %n journal entry(ies).", "",
                           summary.entries_added)
        else:
            text = self.tr("{name}'s file was brought up to date: %n new journal entry(ies).",
                           "", summary.entries_added)
        return plural(text, summary.entries_added).format(name=summary.person_name)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def retranslate(self) -> None:
        """Nothing is shown by this widget itself; its dialogs translate their own texts."""


def _ask_save_path(parent: QWidget, title: str, default: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, default, FILE_FILTER)
    return path


def _ask_open_path(parent: QWidget, title: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(documents_folder()),
                                          FILE_FILTER)
    return path
