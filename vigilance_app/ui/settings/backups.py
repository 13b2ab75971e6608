"""Settings → Backups: when the last automatic backup was made, "Back up now" to a folder or a
USB key, and "Restore a backup…".

A backup opens with the app password or the recovery key that were valid when it was made
(or, on this computer in keyring mode, with nothing more). Restoring is the launcher's job:
it closes the window, restores, and opens the restored journal (or the current one again if
the restore was refused: nothing is changed then).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.ui.kit.background import BackgroundRunner
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.errors import error_sentence
from vigilance_app.ui.kit.flow_layout import FlowLayout
from vigilance_app.ui.kit.i18n import Retranslatable

if TYPE_CHECKING:
    from vigilance_app.backup.restore import Secret
    from vigilance_app.services import AppServices

BACKUP_FILTER = "Vigilance (*.vigilance-backup)"


class RestoreDialog(Retranslatable, QDialog):
    """Which backup, and the secret that opens it."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.intro = plain_label()
        self.use_password = QRadioButton()
        self.use_recovery = QRadioButton()
        self.use_nothing = QRadioButton()
        self.use_password.setChecked(True)
        self.secret = QLineEdit()
        self.secret.setObjectName("restoreSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.warning = plain_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("confirmRestore")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.use_password, self.use_recovery, self.use_nothing,
                       self.secret, self.warning, self.buttons):
            layout.addWidget(widget)
        for choice in (self.use_password, self.use_recovery, self.use_nothing):
            choice.toggled.connect(self._update)
        self.secret.textChanged.connect(self._update)
        self.retranslate()
        self._update()

    def chosen_secret(self) -> Secret:
        from vigilance_app.backup.restore import Secret

        text = self.secret.text()
        if self.use_recovery.isChecked():
            return Secret(recovery_key=text)
        if self.use_password.isChecked():
            return Secret(password=text)
        return Secret()

    def _update(self) -> None:
        needs_text = not self.use_nothing.isChecked()
        self.secret.setEnabled(needs_text)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password if self.use_password.isChecked()
                                else QLineEdit.EchoMode.Normal)
        self.restore_button.setEnabled(not needs_text or bool(self.secret.text().strip()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore a backup"))
        self.intro.setText(self.tr(
            "Restore {file}. It opens with what protected your journal when it was made:"
        ).format(file=self.path.name))
        self.use_password.setText(self.tr("The app password of that time"))
        self.use_recovery.setText(self.tr("The recovery key (on the recovery sheet)"))
        self.use_nothing.setText(self.tr(
            "Nothing: it was made on this computer, which opens without a password"))
        self.secret.setAccessibleName(self.tr("Password or recovery key"))
        self.warning.setText(self.tr(
            "What is in Vigilance now is replaced by the backup; it is not deleted but kept "
            "aside in the Vigilance folder."))
        self.restore_button.setText(self.tr("Restore"))


class BackupsSection(Retranslatable, QGroupBox):
    """``restore_requested(path, secret)`` asks the launcher to restore."""

    restore_requested = Signal(object, object)

    def __init__(self, services: AppServices, parent: QWidget | None = None, *,
                 choose_folder: Callable[[QWidget, str], str] | None = None,
                 choose_file: Callable[[QWidget, str, str], str] | None = None,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        super().__init__(parent)
        self.services = services
        self.now = now
        self._choose_folder = choose_folder or _ask_folder
        self._choose_file = choose_file or _ask_file
        self.runner = BackgroundRunner(self)
        self.dialog: RestoreDialog | None = None
        self.state = plain_label()
        self.state.setObjectName("backupState")
        self.feedback = plain_label()
        self.feedback.setObjectName("backupFeedback")
        self.feedback.hide()
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backupNow")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreBackup")
        actions = QWidget()
        flow = FlowLayout(actions)
        flow.addWidget(self.backup_button)
        flow.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(actions)
        layout.addWidget(self.feedback)
        self.backup_button.clicked.connect(self.start_backup)
        self.restore_button.clicked.connect(self.start_restore)
        self.runner.busy_changed.connect(lambda busy: self.backup_button.setEnabled(not busy))
        self.retranslate()

    def _say(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))

    def state_text(self) -> str:
        from vigilance_app.backup.routine import list_backups

        automatic = [b for b in list_backups(self.services.paths) if b.kind == "daily"]
        problem = self.services.routine_backup_problem
        if problem is not None:
            return self.tr("The last automatic backup could not be made: {reason}").format(
                reason=error_sentence(problem))
        if not automatic or automatic[0].created is None:
            return self.tr("Vigilance makes a backup of your journal each day you open it, "
                           "and keeps those of the last 7 days and 4 weeks. None yet.")
        day = QLocale().toString(automatic[0].created.date(), QLocale.FormatType.LongFormat)
        return self.tr("Vigilance makes a backup of your journal each day you open it, and "
                       "keeps those of the last 7 days and 4 weeks. Latest: {day}.").format(
            day=day)

    def start_backup(self) -> bool:
        if self.services.store is None or self.runner.busy:
            return False
        chosen = self._choose_folder(self.window(), self.tr(
            "Where to put the backup (a folder or a USB key)"))
        if not chosen:
            return False
        folder, paths, key = Path(chosen), self.services.paths, self.services.data_key

        def work() -> Any:
            from vigilance_app.backup.routine import backup_now

            return backup_now(paths, key, folder, self.now())

        self._say(self.tr("Making the backup…"))
        return self.runner.run(
            work, lambda path: self._say(self.tr("Backup saved: {path}").format(
                path=str(path))), lambda exc: self._say(error_sentence(exc)))

    def start_restore(self) -> RestoreDialog | None:
        chosen = self._choose_file(self.window(), self.tr("Restore a backup"),
                                   str(self.services.paths.routine_backups))
        if not chosen:
            return None
        dialog = RestoreDialog(Path(chosen), self.window())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(
            lambda: self.restore_requested.emit(dialog.path, dialog.chosen_secret()))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def refresh(self) -> None:
        self.state.setText(self.state_text())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.backup_button.setText(self.tr("&Back up now…"))
        self.restore_button.setText(self.tr("Restore a &backup…"))
        self.refresh()


def _ask_folder(parent: QWidget, title: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title)


def _ask_file(parent: QWidget, title: str, folder: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, BACKUP_FILTER)
    return path
