"""Settings: display (language, text size, contrast) and security (how the journal opens,
idle lock, app password, the recovery sheet).

Display changes apply at once and are saved. Security changes are confirmed first; those that
weaken or reveal something (removing the password, changing it, showing the recovery key)
ask for the app password or the recovery key. Key derivations run off the UI thread.
Dialogs open without blocking (``open()``); the one showing is ``SettingsPage.dialog``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.preferences import LOCK_CHOICES, TEXT_SCALES, Preferences
from vigilance_app.services import AppServices
from vigilance_app.ui.custody.recovery_sheet import RecoveryKeyPanel
from vigilance_app.ui.kit.background import BackgroundRunner
from vigilance_app.ui.kit.common import PasswordPair, VerticalScrollArea, plain_label
from vigilance_app.ui.kit.i18n import Retranslatable, install_language, ui_language
from vigilance_app.ui.kit.screen_fit import fit_to_screen
from vigilance_app.ui.kit.theme import apply_theme, heading
from vigilance_app.ui.settings.backups import BackupsSection
from vigilance_app.ui.settings.erase import EraseSection
from vigilance_app.ui.settings.people import PeopleSection
from vigilance_app.vault import (
    CustodyMode,
    InvalidRecoveryKeyFormat,
    ThrottledError,
    VaultError,
    WrongSecretError,
)
from vigilance_app.vault.keyring_access import KeyringUnavailable

LANGUAGE_NAMES = (("fr", "Français"), ("en", "English"))  # each in its own language


class WholeComboBox(QComboBox):
    """A combo box never narrower than its longest choice: a form row too narrow for the
    label and the box side by side puts the box under its label instead of cutting the text
    ("Après 5 minutes sans utilis…" at 200 %)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class _BusyArea(QWidget):
    """A 'working…' bar with a sentence, hidden when idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setAccessibleName(text)


class _SubmitDialog(QDialog):
    """A dialog ending in an error line, a busy indicator and OK/Cancel (OK calls submit)."""

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        fit_to_screen(self)  # every sentence whole at 200 %, within the screen

    def _build_footer(self) -> None:
        self.error = plain_label()
        self.error.hide()
        self.busy = _BusyArea()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        raise NotImplementedError


class IdentityDialog(Retranslatable, _SubmitDialog):
    """Type the app password or the recovery key before a security change.

    On success ``verified`` carries the data key that the secret opened.
    """

    verified = Signal(bytes)

    def __init__(self, services: AppServices, purpose: str,
                 parent: QWidget | None = None, password_only: bool = False) -> None:
        super().__init__(parent)
        self.services = services
        self.purpose_text = purpose
        self.data_key: bytes | None = None
        self.runner = BackgroundRunner(self)
        self.runner.busy_changed.connect(self._busy_changed)
        self.has_password = services.vault.has_password()
        # Showing the recovery sheet again never asks for the recovery key itself (whoever
        # needs the sheet has lost it): the app password only.
        self.password_only = password_only and self.has_password

        self.purpose = plain_label()
        self.password_radio = QRadioButton()
        self.recovery_radio = QRadioButton()
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.password_radio)
        self.choice.addButton(self.recovery_radio)
        self.password_radio.setVisible(self.has_password and not self.password_only)
        self.recovery_radio.setVisible(self.has_password and not self.password_only)
        (self.password_radio if self.has_password else self.recovery_radio).setChecked(True)
        self.secret_label = plain_label()
        self.secret_edit = QLineEdit()
        self.secret_label.setBuddy(self.secret_edit)
        self._build_footer()

        layout = QVBoxLayout(self)
        for widget in (self.purpose, self.password_radio, self.recovery_radio,
                       self.secret_label, self.secret_edit, self.error, self.busy,
                       self.buttons):
            layout.addWidget(widget)
        self.choice.buttonToggled.connect(lambda *_: self._mode_changed())
        self.secret_edit.textChanged.connect(lambda *_: self._update_ok())
        self.retranslate()
        self._mode_changed()

    @property
    def use_password(self) -> bool:
        return self.has_password and self.password_radio.isChecked()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Confirm it is you"))
        self.purpose.setText(self.purpose_text + "\n\n" + (
            self.tr("To continue, type your app password.")
            if self.password_only else
            self.tr("To continue, type your app password or your recovery key.")
            if self.has_password else
            self.tr("To continue, type your recovery key (on your emergency sheet).")
        ))
        self.password_radio.setText(self.tr("With my app &password"))
        self.recovery_radio.setText(self.tr("With my &recovery key"))
        self.ok_button.setText(self.tr("&Continue"))
        self.busy.set_text(self.tr("Checking… this takes a second or two."))
        self._mode_changed()

    def _mode_changed(self) -> None:
        if self.use_password:
            self.secret_label.setText(self.tr("&App password:"))
            self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret_edit.setAccessibleName(self.tr("App password"))
            self.secret_edit.setPlaceholderText("")
        else:
            self.secret_label.setText(self.tr("&Recovery key (7 groups of 4 characters):"))
            self.secret_edit.setEchoMode(QLineEdit.EchoMode.Normal)
            self.secret_edit.setAccessibleName(self.tr("Recovery key"))
            self.secret_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.secret_edit.text().strip()) and not self.runner.busy)

    def _busy_changed(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.secret_edit, self.password_radio, self.recovery_radio):
            widget.setEnabled(not busy)
        self._update_ok()

    def submit(self) -> None:
        text = self.secret_edit.text()
        if not text.strip() or self.runner.busy:
            return
        vault = self.services.vault
        self.error.hide()
        if self.use_password:
            def job() -> bytes:
                return vault.unlock_with_password(text)
        else:
            def job() -> bytes:
                return vault.unlock_with_recovery_key(text)
        self.runner.run(job, self._done, self._failed)

    def _done(self, key: object) -> None:
        assert isinstance(key, bytes)
        self.data_key = key
        self.secret_edit.clear()
        self.verified.emit(key)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ThrottledError):
            text = self.tr("Too many attempts. Please wait %1 seconds, then try again.").replace(
                "%1", str(exc.wait_seconds))
        elif isinstance(exc, InvalidRecoveryKeyFormat):
            text = self.tr("A recovery key has 28 letters and digits, in 7 groups of 4. "
                           "Please check what you typed.")
        elif isinstance(exc, WrongSecretError):
            text = (self.tr("This is not the right app password. Please try again.")
                    if self.use_password else
                    self.tr("This is not the right recovery key. Please check it and try "
                            "again."))
        else:
            text = self.tr("The check could not be done. Please try again.")
        self.error.setText(text)
        self.error.show()
        self.secret_edit.selectAll()
        self.secret_edit.setFocus()

    def reject(self) -> None:
        if not self.runner.busy:
            super().reject()


class NewPasswordDialog(Retranslatable, _SubmitDialog):
    """Choose a new app password; ``action(password)`` runs off the UI thread."""

    def __init__(self, intro: str, action: Callable[[str], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro_text = intro
        self._action = action
        self.runner = BackgroundRunner(self)
        self.runner.busy_changed.connect(self._busy_changed)
        self.intro = plain_label()
        self.passwords = PasswordPair()
        self._build_footer()
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.passwords, self.error, self.busy, self.buttons):
            layout.addWidget(widget)
        self.passwords.changed.connect(self._update_ok)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New app password"))
        self.intro.setText(self.intro_text)
        self.ok_button.setText(self.tr("&Save the password"))
        self.busy.set_text(self.tr("Saving… this takes a second or two."))
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.passwords.is_valid() and not self.runner.busy)

    def _busy_changed(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passwords.setEnabled(not busy)
        self._update_ok()

    def submit(self) -> None:
        if not self.passwords.is_valid() or self.runner.busy:
            return
        password = self.passwords.password()
        self.error.hide()
        self.runner.run(lambda: self._action(password), self._done, self._failed)

    def _done(self, _result: object) -> None:
        self.passwords.clear()
        self.accept()

    def _failed(self, _exc: BaseException) -> None:
        self.error.setText(self.tr(
            "The password could not be saved. Nothing was changed. Please try again."
        ))
        self.error.show()

    def reject(self) -> None:
        if not self.runner.busy:
            super().reject()


class RecoverySheetDialog(Retranslatable, QDialog):
    """The recovery key again, with Print and Save as PDF."""

    def __init__(self, recovery_key: str, profile_name: str,
                 parent: QWidget | None = None, password_mode: bool | None = None) -> None:
        super().__init__(parent)
        self.panel = RecoveryKeyPanel(recovery_key, profile_name, date.today(), self,
                                      password_mode=password_mode)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self.retranslate()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        fit_to_screen(self)  # every sentence whole at 200 %, within the screen

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My recovery sheet"))


class SettingsPage(Retranslatable, QWidget):
    """The Settings page hosted by the main window."""

    preferences_changed = Signal(object)  # the new Preferences
    lock_delay_changed = Signal(int)  # minutes idle before locking; 0 = never
    custody_changed = Signal()  # how the journal opens changed
    profiles_changed = Signal()  # a person was added, renamed, shown or removed
    erase_requested = Signal()  # the person confirmed "Erase everything"
    restore_requested = Signal(object, object)  # (backup file, Secret) to restore

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.dialog: QDialog | None = None
        self.runner = BackgroundRunner(self)
        self.runner.busy_changed.connect(self._busy_changed)
        self._status: Callable[[], str] | None = None

        self.title = heading(plain_label(), 1)
        self._build_display()
        self._build_security()
        self._build_recovery()

        # People, and what can be done with everything at once
        self.people_box = PeopleSection(services)
        self.people_box.people_changed.connect(self.profiles_changed)
        self.backups_box = BackupsSection(services)
        self.backups_box.restore_requested.connect(self.restore_requested)
        self.erase_box = EraseSection(services)
        self.erase_box.erase_confirmed.connect(self.erase_requested)

        self.busy = _BusyArea()
        self.status_label = plain_label()
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setSpacing(16)
        for widget in (self.title, self.display_box, self.people_box, self.security_box,
                       self.recovery_box, self.backups_box, self.busy, self.status_label,
                       self.erase_box):
            body.addWidget(widget)
        body.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(VerticalScrollArea(content))

        self._load_preferences()
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.size_combo.currentIndexChanged.connect(self._size_chosen)
        self.contrast_check.toggled.connect(self._contrast_chosen)
        self.lock_combo.currentIndexChanged.connect(self._lock_chosen)
        self.switch_button.clicked.connect(self.start_switch)
        self.change_password_button.clicked.connect(self.start_change_password)
        self.show_key_button.clicked.connect(self.start_show_recovery_sheet)
        self.retranslate()

    def _build_display(self) -> None:
        """Language, text size, contrast."""
        self.display_box = QGroupBox()
        self.language_label = QLabel()  # short: no wrapping
        self.language_combo = WholeComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_label.setBuddy(self.language_combo)
        self.size_label = QLabel()  # short: no wrapping
        self.size_combo = WholeComboBox()
        for scale in TEXT_SCALES:
            self.size_combo.addItem("", scale)
        self.size_label.setBuddy(self.size_combo)
        self.contrast_check = QCheckBox()
        display_form = QFormLayout(self.display_box)
        display_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        display_form.addRow(self.language_label, self._left(self.language_combo))
        display_form.addRow(self.size_label, self._left(self.size_combo))
        display_form.addRow(self.contrast_check)

    def _build_security(self) -> None:
        """How the journal opens, the idle lock, the app password."""
        self.security_box = QGroupBox()
        self.mode_text = plain_label()
        self.switch_button = QPushButton()
        self.switch_note = plain_label()
        self.lock_label = QLabel()  # short: no wrapping
        self.lock_combo = WholeComboBox()
        for minutes in LOCK_CHOICES:
            self.lock_combo.addItem("", minutes)
        self.lock_label.setBuddy(self.lock_combo)
        self.lock_note = plain_label()
        self.change_password_button = QPushButton()
        security = QVBoxLayout(self.security_box)
        security.addWidget(self.mode_text)
        security.addWidget(self.switch_note)
        security.addLayout(self._left(self.switch_button, layout_only=True))
        lock_row = QFormLayout()
        lock_row.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        lock_row.addRow(self.lock_label, self._left(self.lock_combo))
        security.addLayout(lock_row)
        security.addWidget(self.lock_note)
        security.addLayout(self._left(self.change_password_button, layout_only=True))

    def _build_recovery(self) -> None:
        """Showing the recovery sheet again."""
        self.recovery_box = QGroupBox()
        self.recovery_text = plain_label()
        self.show_key_button = QPushButton()
        recovery = QVBoxLayout(self.recovery_box)
        recovery.addWidget(self.recovery_text)
        recovery.addLayout(self._left(self.show_key_button, layout_only=True))

    @staticmethod
    def _left(widget: QWidget, layout_only: bool = False) -> Any:
        """A widget kept at its natural width, on the left (big combos look like fields)."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget)
        row.addStretch(1)
        if layout_only:
            return row
        holder = QWidget()
        holder.setLayout(row)
        return holder

    # ---- state ----------------------------------------------------------------------------

    @property
    def prefs(self) -> Preferences:
        return self.services.preferences

    @property
    def password_mode(self) -> bool:
        return self.services.vault.mode is CustodyMode.PASSWORD

    @property
    def keyring_available(self) -> bool:
        return self.services.vault.keyring.available()

    def _load_preferences(self) -> None:
        prefs = self.prefs
        # The language shown now (``--lang`` may differ from the saved preference).
        for combo, value in ((self.language_combo, ui_language()),
                             (self.size_combo, prefs.text_scale),
                             (self.lock_combo, prefs.lock_after_minutes)):
            combo.blockSignals(True)
            index = combo.findData(value)
            if index < 0 and combo is self.lock_combo:  # a delay set elsewhere: show it too
                combo.addItem("", value)
                index = combo.count() - 1
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self.contrast_check.blockSignals(True)
        self.contrast_check.setChecked(prefs.high_contrast)
        self.contrast_check.blockSignals(False)

    def refresh(self) -> None:
        """Re-read preferences and custody (the main window calls this after changes)."""
        self._load_preferences()
        self.people_box.refresh()
        self.backups_box.refresh()
        self.retranslate()

    # ---- texts ----------------------------------------------------------------------------

    def _lock_text(self, minutes: int) -> str:
        if minutes == 0:
            return self.tr("Never")
        if minutes == 1:
            return self.tr("After 1 minute without use")
        if minutes % 60 == 0:
            hours = minutes // 60
            if hours == 1:
                return self.tr("After 1 hour without use")
            return self.tr("After %1 hours without use").replace("%1", str(hours))
        return self.tr("After %1 minutes without use").replace("%1", str(minutes))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.display_box.setTitle(self.tr("Display"))
        self.language_label.setText(self.tr("&Language:"))
        self.size_label.setText(self.tr("&Text size:"))
        for index in range(self.size_combo.count()):
            scale = self.size_combo.itemData(index)
            text = self.tr("%1%").replace("%1", str(scale))
            if scale == 100:
                text = self.tr("%1% (normal)").replace("%1", str(scale))
            self.size_combo.setItemText(index, text)
        self.contrast_check.setText(self.tr("&High contrast (black text on a white background)"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.size_combo.setAccessibleName(self.tr("Text size"))
        self.lock_combo.setAccessibleName(self.tr("Lock Vigilance"))

        self.security_box.setTitle(self.tr("Opening and security"))
        self.recovery_box.setTitle(self.tr("Recovery key"))
        keyring_ok = self.keyring_available
        if self.password_mode:
            self.mode_text.setText(self.tr(
                "Vigilance asks for your app password each time it opens. Your journal is "
                "encrypted on this computer."
            ))
            self.switch_button.setText(self.tr("Open &automatically instead…"))
            self.switch_button.setAccessibleName(
                self.tr("Open automatically with the system keyring instead of a password")
            )
            self.switch_button.setEnabled(keyring_ok and not self.runner.busy)
            self.switch_note.setText("" if keyring_ok else self.tr(
                "Opening automatically is not possible on this computer: it has no protected "
                "storage for keys (no system keyring)."
            ))
            self.lock_combo.setEnabled(True)
            self.lock_note.setText(self.tr(
                "Vigilance closes your journal after this time without use; your app "
                "password opens it again."
            ))
        else:
            self.mode_text.setText(self.tr(
                "Vigilance opens automatically when you are logged in to your session on this "
                "computer (the key is kept in the system keyring). Your journal is encrypted "
                "on this computer."
            ))
            self.switch_button.setText(self.tr("Ask for an app &password instead…"))
            self.switch_button.setAccessibleName(self.tr("Ask for an app password instead"))
            self.switch_button.setEnabled(not self.runner.busy)
            self.switch_note.setText("")
            self.lock_combo.setEnabled(False)
            self.lock_note.setText(self.tr(
                "Locking after some time needs an app password: without one, anyone using "
                "your session could open Vigilance again."
            ))
        self.switch_note.setVisible(bool(self.switch_note.text()))
        for index in range(self.lock_combo.count()):
            self.lock_combo.setItemText(index, self._lock_text(self.lock_combo.itemData(index)))
        self.lock_label.setText(self.tr("L&ock Vigilance:"))
        self.change_password_button.setText(self.tr("C&hange my app password…"))
        self.change_password_button.setVisible(self.password_mode)
        self.change_password_button.setEnabled(not self.runner.busy)
        self.recovery_text.setText(self.tr(
            "Your recovery key is the spare key to your journal. If you have lost your "
            "emergency sheet, show the key again to write it down or print it."
        ) + " " + (self.tr("Your app password is asked first.") if self.password_mode else
                   self.tr("You do not need the old sheet to do this.")))
        self.show_key_button.setText(self.tr("&Show my recovery sheet again…"))
        self.busy.set_text(self.tr("Working… this takes a second or two."))
        self.status_label.setText(self._status() if self._status else "")
        self.status_label.setVisible(bool(self.status_label.text()))

    def _say(self, text: Callable[[], str]) -> None:
        """Show a result sentence (a callable so that it follows the language)."""
        self._status = text
        self.status_label.setText(text())
        self.status_label.setVisible(True)

    # ---- display preferences --------------------------------------------------------------

    def _save(self, **changes: Any) -> Preferences:
        prefs = replace(self.prefs, **changes).validated()
        self.services.save_preferences(prefs)
        self.preferences_changed.emit(self.services.preferences)
        return self.services.preferences

    def _language_chosen(self, index: int) -> None:
        prefs = self._save(language=self.language_combo.itemData(index))
        install_language(QApplication.instance(), prefs.language)

    def _size_chosen(self, index: int) -> None:
        prefs = self._save(text_scale=int(self.size_combo.itemData(index)))
        apply_theme(QApplication.instance(), prefs)

    def _contrast_chosen(self, checked: bool) -> None:
        prefs = self._save(high_contrast=checked)
        apply_theme(QApplication.instance(), prefs)

    def _lock_chosen(self, index: int) -> None:
        prefs = self._save(lock_after_minutes=int(self.lock_combo.itemData(index)))
        self.lock_delay_changed.emit(prefs.lock_after_minutes)

    # ---- security flows -------------------------------------------------------------------

    def confirm(self, title: str, text: str, yes: str) -> bool:
        """Ask before a security change (tests replace this method)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda *_: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _with_identity(self, purpose: str, then: Callable[[bytes], None]) -> IdentityDialog:
        dialog = IdentityDialog(self.services, purpose, self)
        dialog.verified.connect(then)
        self._open(dialog)
        return dialog

    def start_switch(self) -> None:
        if self.password_mode:
            self.start_switch_to_keyring()
        else:
            self.start_switch_to_password()

    def start_switch_to_password(self) -> None:
        if not self.confirm(
            self.tr("Ask for an app password?"),
            self.tr("Vigilance will ask for this password each time it opens, and can lock "
                    "itself after some time without use. Your recovery key stays valid."),
            self.tr("Choose a password"),
        ):
            return
        vault = self.services.vault
        data_key = self.services.data_key
        dialog = NewPasswordDialog(
            self.tr("Choose the app password that Vigilance will ask for each time it opens."),
            lambda password: vault.switch_to_password(data_key, password),
            self,
        )
        dialog.accepted.connect(self._switched_to_password)
        self._open(dialog)

    def _switched_to_password(self) -> None:
        self._custody_updated()
        self.lock_delay_changed.emit(self.prefs.lock_after_minutes)
        self._say(lambda: self.tr("Done: Vigilance now asks for your app password each time "
                                  "it opens."))

    def start_switch_to_keyring(self) -> None:
        if not self.keyring_available:
            self._say(lambda: self.tr("Opening automatically is not possible on this computer: "
                                      "it has no system keyring."))
            return
        if not self.confirm(
            self.tr("Open automatically?"),
            self.tr("Vigilance will open without a password when you are logged in to your "
                    "session on this computer, and your app password will be removed. Anyone "
                    "who uses your session could then open your journal."),
            self.tr("Open automatically"),
        ):
            return
        self._with_identity(
            self.tr("You are about to remove your app password."),
            self._switch_to_keyring_verified,
        )

    def _switch_to_keyring_verified(self, data_key: bytes) -> None:
        vault = self.services.vault
        self.runner.run(lambda: vault.switch_to_keyring(data_key),
                        lambda _: self._switched_to_keyring(), self._switch_to_keyring_failed)

    def _switched_to_keyring(self) -> None:
        self._custody_updated()
        self.lock_delay_changed.emit(0)
        self._say(lambda: self.tr("Done: Vigilance now opens automatically with your session."))

    def _switch_to_keyring_failed(self, exc: BaseException) -> None:
        if isinstance(exc, KeyringUnavailable):
            self._say(lambda: self.tr("The system keyring could not be used (it may be locked). "
                                      "Nothing was changed: your app password still works."))
        else:
            self._say(lambda: self.tr("Nothing was changed: your app password still works."))

    def start_change_password(self) -> None:
        self._with_identity(
            self.tr("You are about to change your app password."),
            self._change_password_verified,
        )

    def _change_password_verified(self, data_key: bytes) -> None:
        vault = self.services.vault
        dialog = NewPasswordDialog(
            self.tr("Choose your new app password."),
            lambda password: vault.change_password(data_key, password),
            self,
        )
        dialog.accepted.connect(lambda: self._say(
            lambda: self.tr("Done: your app password was changed.")))
        self._open(dialog)

    def start_show_recovery_sheet(self) -> None:
        """The journal is open, so the app knows the recovery key (sealed under the data key
        in the key header): it is shown again after a confirmation — the app password where
        there is one — and never asks for the recovery key itself."""
        warning = self.tr("You are about to show your recovery key on the screen. Make sure "
                          "nobody is looking.")
        if self.services.vault.has_password():
            dialog = IdentityDialog(self.services, warning, self, password_only=True)
            dialog.verified.connect(self._show_recovery_verified)
            self._open(dialog)
            return
        if not self.services.unlocked or not self.confirm(
                self.tr("Show your recovery sheet?"), warning, self.tr("Show the sheet")):
            return
        self._show_recovery_verified(self.services.data_key)

    def _show_recovery_verified(self, data_key: bytes) -> None:
        try:
            key = self.services.vault.recovery_key_for_sheet(data_key)
        except VaultError:
            self._say(lambda: self.tr("The recovery key cannot be shown again for this journal."))
            return
        self._open(RecoverySheetDialog(key, self._profile_name(), self,
                                       password_mode=self.password_mode))

    def _profile_name(self) -> str:
        store = self.services.store
        profiles = store.profiles() if store is not None else []
        return profiles[0].display_name if profiles else ""

    def _custody_updated(self) -> None:
        self.retranslate()
        self.custody_changed.emit()

    def _busy_changed(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.retranslate()
