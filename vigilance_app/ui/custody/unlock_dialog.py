"""Opening the store when the everyday path could not: app password or recovery key.

The message depends on the explicit reason (keyring entry missing, keyring locked, no keyring,
keyring changed, password mode, app locked), so the person reads what happened in plain
words and the one way in. Key derivation costs about a second: it runs on a worker thread
while a busy indicator shows. The store file is never replaced or recreated from here.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.services import AppServices
from vigilance_app.store.errors import IntegrityFailure, MissingDatabaseError, WrongKeyError
from vigilance_app.ui.kit.background import BackgroundRunner
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.i18n import Retranslatable
from vigilance_app.ui.kit.theme import heading
from vigilance_app.vault import (
    CustodyMode,
    EverydayResult,
    InvalidRecoveryKeyFormat,
    KeyringStatus,
    ThrottledError,
    VaultError,
    WrongSecretError,
)
from vigilance_app.vault.recovery_key import normalize_recovery_key


class UnlockReason(StrEnum):
    """Why the person is asked for a secret: each reason has its own message."""

    KEYRING_MISSING_ENTRY = "keyring_missing_entry"
    KEYRING_LOCKED = "keyring_locked"
    NO_KEYRING = "no_keyring"
    KEYRING_CHANGED = "keyring_changed"
    PASSWORD = "password"  # password mode, at start-up
    APP_LOCKED = "app_locked"  # password mode, after a lock (idle or on request)

    @property
    def keyring_trouble(self) -> bool:
        return self in KEYRING_REASONS


KEYRING_REASONS = frozenset({
    UnlockReason.KEYRING_MISSING_ENTRY,
    UnlockReason.KEYRING_LOCKED,
    UnlockReason.NO_KEYRING,
    UnlockReason.KEYRING_CHANGED,
})

_BY_STATUS = {
    KeyringStatus.MISSING_ENTRY: UnlockReason.KEYRING_MISSING_ENTRY,
    KeyringStatus.LOCKED: UnlockReason.KEYRING_LOCKED,
    KeyringStatus.NO_BACKEND: UnlockReason.NO_KEYRING,
    KeyringStatus.BACKEND_CHANGED: UnlockReason.KEYRING_CHANGED,
}


def reason_for(result: EverydayResult) -> UnlockReason:
    if result.mode is CustodyMode.PASSWORD:
        return UnlockReason.PASSWORD
    return _BY_STATUS.get(result.keyring_status, UnlockReason.KEYRING_MISSING_ENTRY)


def damaged_message(folder: object) -> str:
    """Said when the integrity check fails: the file was left exactly as it was."""
    return QCoreApplication.translate(
        "UnlockPanel",
        "Your data file is damaged, so Vigilance cannot open it. It was left exactly as it "
        "was: nothing was deleted or replaced. Keep a copy of the Vigilance folder and ask "
        "someone you trust for help; a backup copy may be in its “backups” folder.\n\n"
        "Folder: {folder}").format(folder=str(folder))


# ---- the panel (used by the dialog and by the lock screen) -----------------------------


class UnlockPanel(Retranslatable, QWidget):
    """Asks for the app password or the recovery key, then opens the store.

    ``opened`` is emitted with the data key once ``services.store`` is open.
    ``clock`` (seconds, monotonic) drives the countdown after too many attempts.
    """

    opened = Signal(bytes)
    content_changed = Signal()  # a message appeared or changed: the dialog may need to grow

    def __init__(self, services: AppServices, reason: UnlockReason,
                 parent: QWidget | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.services = services
        self.reason = reason
        self._clock = clock
        self.runner = BackgroundRunner(self)
        self.runner.busy_changed.connect(self._busy_changed)
        self._stopped = False
        self._deadline: float | None = None
        self._feedback_source: Callable[[], str] | None = None
        self.has_password = services.vault.has_password()

        self.title = heading(plain_label())
        self.message = plain_label()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_password_page())
        self.pages.addWidget(self._build_recovery_page())
        self._build_feedback()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addSpacing(8)
        layout.addWidget(self.pages)
        layout.addWidget(self.feedback)
        layout.addWidget(self.progress)
        layout.addLayout(self.buttons)

        self.setTabOrder(self.password_field, self.show_password)
        self.setTabOrder(self.show_password, self.use_recovery_button)
        self.setTabOrder(self.use_recovery_button, self.open_button)
        self.setTabOrder(self.recovery_field, self.use_password_button)
        self.setTabOrder(self.use_password_button, self.open_button)

        self.use_recovery_key(not self.has_password, focus=False)
        self.retranslate()

    # ---- building ------------------------------------------------------------------

    def _build_password_page(self) -> QWidget:
        self.password_label = QLabel()
        self.password_field = QLineEdit()
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label.setBuddy(self.password_field)
        self.show_password = QCheckBox()
        self.show_password.toggled.connect(self._toggle_echo)
        self.use_recovery_button = QPushButton()
        self.use_recovery_button.clicked.connect(lambda: self.use_recovery_key(True))
        password_page = QWidget()
        pl = QVBoxLayout(password_page)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.password_label)
        pl.addWidget(self.password_field)
        pl.addWidget(self.show_password)
        pl.addWidget(self.use_recovery_button, 0, Qt.AlignmentFlag.AlignLeft)
        return password_page

    def _build_recovery_page(self) -> QWidget:
        self.recovery_label = QLabel()  # a constant text whose "&" marks the Alt shortcut
        self.recovery_label.setWordWrap(True)
        self.recovery_field = QLineEdit()
        self.recovery_field.setPlaceholderText("ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456")
        self.recovery_label.setBuddy(self.recovery_field)
        self.recovery_hint = plain_label()
        self.use_password_button = QPushButton()
        self.use_password_button.clicked.connect(lambda: self.use_recovery_key(False))
        self.use_password_button.setVisible(self.has_password)
        recovery_page = QWidget()
        rl = QVBoxLayout(recovery_page)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.recovery_label)
        rl.addWidget(self.recovery_field)
        rl.addWidget(self.recovery_hint)
        rl.addWidget(self.use_password_button, 0, Qt.AlignmentFlag.AlignLeft)
        return recovery_page

    def _build_feedback(self) -> None:
        """What went wrong or how long to wait, the busy bar, and "Open"."""
        self.feedback = plain_label()
        self.feedback.setObjectName("unlockFeedback")
        self.feedback.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy indicator
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.open_button = QPushButton()
        self.open_button.setDefault(True)
        self.open_button.setAutoDefault(True)
        self.open_button.clicked.connect(self.submit)
        self.password_field.returnPressed.connect(self.submit)
        self.recovery_field.returnPressed.connect(self.submit)

        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)

        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.open_button)

    # ---- state ---------------------------------------------------------------------

    @property
    def using_recovery_key(self) -> bool:
        return self.pages.currentIndex() == 1

    @property
    def throttled(self) -> bool:
        return self._deadline is not None

    @property
    def stopped(self) -> bool:
        """The key was right but the store cannot be opened (damaged, missing): no retry."""
        return self._stopped

    def use_recovery_key(self, on: bool, focus: bool = True) -> None:
        if not on and not self.has_password:
            return
        self.pages.setCurrentIndex(1 if on else 0)
        for index in range(self.pages.count()):  # the stack takes the shown page's height
            policy = (QSizePolicy.Policy.Preferred if index == self.pages.currentIndex()
                      else QSizePolicy.Policy.Ignored)
            self.pages.widget(index).setSizePolicy(policy, policy)
        self.pages.adjustSize()
        self.content_changed.emit()
        self._set_feedback(None)
        if focus:
            self.focus_field()

    def focus_field(self) -> None:
        field = self.recovery_field if self.using_recovery_key else self.password_field
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _toggle_echo(self, shown: bool) -> None:
        self.password_field.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def _set_feedback(self, source: Callable[[], str] | None) -> None:
        """Feedback is kept as a function so it can be translated again on LanguageChange."""
        self._feedback_source = source
        self.feedback.setVisible(source is not None)
        self.feedback.setText(source() if source else "")
        self.content_changed.emit()

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def _busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self._update_enabled()

    def _update_enabled(self) -> None:
        usable = not (self.busy or self._stopped)
        for widget in (self.password_field, self.recovery_field, self.show_password,
                       self.use_recovery_button, self.use_password_button):
            widget.setEnabled(usable)
        self.open_button.setEnabled(usable and not self.throttled)

    # ---- texts ---------------------------------------------------------------------

    def _title_text(self) -> str:
        return {
            UnlockReason.KEYRING_MISSING_ENTRY: self.tr("The system keyring no longer has the key"),
            UnlockReason.KEYRING_LOCKED: self.tr("The system keyring is locked"),
            UnlockReason.NO_KEYRING: self.tr("No system keyring is available"),
            UnlockReason.KEYRING_CHANGED: self.tr("The system keyring has changed"),
            UnlockReason.PASSWORD: self.tr("Open your data"),
            UnlockReason.APP_LOCKED: self.tr("Vigilance is locked"),
        }[self.reason]

    def _message_text(self) -> str:
        intact = (self.tr("Your data is intact: enter your app password or your recovery key.")
                  if self.has_password else
                  self.tr("Your data is intact: enter your recovery key."))
        if self.reason is UnlockReason.KEYRING_MISSING_ENTRY:
            return (self.tr("Your system keyring no longer contains the Vigilance key.") + " "
                    + intact)
        if self.reason is UnlockReason.KEYRING_LOCKED:
            return (self.tr("Your system keyring is locked, so Vigilance cannot read its key "
                            "there.") + " " + intact)
        if self.reason is UnlockReason.NO_KEYRING:
            return (self.tr("No system keyring is available on this computer at the moment, "
                            "so Vigilance cannot open by itself.") + " " + intact)
        if self.reason is UnlockReason.KEYRING_CHANGED:
            return (self.tr("Your system keyring is not the one used when Vigilance was set up "
                            "(this can happen after a system change).") + " " + intact)
        if self.reason is UnlockReason.APP_LOCKED:
            return self.tr("Your data is hidden while Vigilance is locked. Enter your app "
                           "password to continue.")
        return self.tr("Your data is protected by your app password. Enter it to open "
                       "Vigilance. If you forgot it, your recovery key always works.")

    def retranslate(self) -> None:
        self.title.setText(self._title_text())
        self.message.setText(self._message_text())
        self.password_label.setText(self.tr("&App password"))
        self.password_field.setAccessibleName(self.tr("App password"))
        self.show_password.setText(self.tr("&Show the password"))
        self.show_password.setAccessibleName(self.tr("Show the password"))
        self.use_recovery_button.setText(self.tr("Use my &recovery key instead"))
        self.use_recovery_button.setAccessibleName(self.tr("Use my recovery key instead"))
        self.recovery_label.setText(
            self.tr("&Recovery key (on the emergency sheet printed at setup)"))
        self.recovery_field.setAccessibleName(self.tr("Recovery key"))
        self.recovery_field.setAccessibleDescription(
            self.tr("28 letters and digits; upper or lower case, spaces and dashes do not "
                    "matter."))
        self.recovery_hint.setText(
            self.tr("Upper or lower case, spaces and dashes do not matter."))
        self.use_password_button.setText(self.tr("Use my app &password instead"))
        self.use_password_button.setAccessibleName(self.tr("Use my app password instead"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open"))
        self.progress.setAccessibleName(self.tr("Opening your data, please wait"))
        if self._feedback_source is not None:
            self.feedback.setText(self._feedback_source())
        elif self._deadline is not None:
            self._tick()


    # ---- actions -------------------------------------------------------------------

    def submit(self) -> None:
        if self.busy or self._stopped or self.throttled:
            return
        vault = self.services.vault
        if self.using_recovery_key:
            text = self.recovery_field.text()
            try:
                normalize_recovery_key(text)
            except InvalidRecoveryKeyFormat:
                self._set_feedback(self._bad_format_text)
                self.recovery_field.setFocus()
                return
            job: Callable[[], bytes] = lambda: vault.unlock_with_recovery_key(text)  # noqa: E731
        else:
            text = self.password_field.text()
            if not text:
                self._set_feedback(lambda: self.tr("Please type your app password."))
                self.password_field.setFocus()
                return
            job = lambda: vault.unlock_with_password(text)  # noqa: E731
        self._set_feedback(lambda: self.tr("Opening… this takes a second or two."))
        self.runner.run(job, self._derived, self._failed)

    def _bad_format_text(self) -> str:
        return self.tr("A recovery key has 28 letters and digits, in seven groups of four "
                       "(for example ABCD-EFGH-…). Please check what you typed.")

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ThrottledError):
            self.start_countdown(exc.wait_seconds)
            return
        if isinstance(exc, WrongSecretError):
            if self.using_recovery_key:
                self._set_feedback(lambda: self.tr(
                    "This recovery key does not open your data. Check each group of four "
                    "characters and try again."))
                self.recovery_field.setFocus()
            else:
                self._set_feedback(lambda: self.tr(
                    "This is not the right password. Check that Caps Lock is off and try "
                    "again."))
                self.password_field.selectAll()
                self.password_field.setFocus()
            return
        if isinstance(exc, InvalidRecoveryKeyFormat):
            self._set_feedback(self._bad_format_text)
            return
        if isinstance(exc, VaultError):
            self._set_feedback(lambda: self.tr(
                "The key file beside your data cannot be read. Nothing was changed."))
            return
        self._set_feedback(lambda: self.tr(
            "Something went wrong while opening your data. Nothing was changed."))

    def _derived(self, data_key: bytes) -> None:
        try:
            self.services.open_with_key(data_key)
        except IntegrityFailure:
            self.show_damaged()
            return
        except WrongKeyError:
            self._stop(lambda: self.tr(
                "Your data file could not be read with its key: it may be damaged or come from "
                "another Vigilance folder. It was left untouched."))
            return
        except MissingDatabaseError:
            self._stop(lambda: self.tr(
                "The key file is here but your data file (vigilance.db) is missing. Nothing was "
                "created: put the file back from a backup, then open Vigilance again."))
            return
        self._set_feedback(None)
        self.password_field.clear()
        self.recovery_field.clear()
        self.opened.emit(data_key)

    def show_damaged(self) -> None:
        self._stop(self.damaged_text)

    def damaged_text(self) -> str:
        return damaged_message(self.services.paths.root)

    def _stop(self, source: Callable[[], str]) -> None:
        self._stopped = True
        self._set_feedback(source)
        self._update_enabled()

    # ---- throttling ----------------------------------------------------------------

    def start_countdown(self, wait_seconds: int) -> None:
        self._set_feedback(None)
        self._deadline = self._clock() + max(1, wait_seconds)
        self.countdown.start()
        self._tick()

    def seconds_left(self) -> int:
        if self._deadline is None:
            return 0
        return max(0, math.ceil(self._deadline - self._clock()))

    def _tick(self) -> None:
        left = self.seconds_left()
        if left <= 0:
            self._deadline = None
            self.countdown.stop()
            self._set_feedback(lambda: self.tr("You can try again now."))
            self._update_enabled()
            return
        minutes, seconds = divmod(left, 60)
        # A clock ("0:30", "4:00") reads the same in every language, without plural forms.
        self.feedback.setText(self.tr(
            "Too many attempts in a row. For your safety, please wait before trying again. "
            "Time left: {time}.").format(time=f"{minutes}:{seconds:02d}"))
        if not self.feedback.isVisible():
            self.feedback.show()
            self.content_changed.emit()
        self._update_enabled()


# ---- the dialog ------------------------------------------------------------------------


class UnlockDialog(Retranslatable, QDialog):
    """The start-up dialog. Accepted once the store is open (``services.store``).

    After a fallback unlock in keyring mode it puts the key back in the keyring and says
    whether that worked; ``keyring_status`` then holds the result.
    """

    def __init__(self, services: AppServices, everyday: EverydayResult,
                 parent: QWidget | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.services = services
        self.data_key: bytes | None = None
        self.keyring_status: KeyringStatus = everyday.keyring_status
        self.reason = reason_for(everyday)

        self.panel = UnlockPanel(services, self.reason, self, clock=clock)
        self.panel.opened.connect(self._opened)
        self.quit_button = QPushButton()
        self.quit_button.clicked.connect(self.reject)
        self.panel.buttons.insertWidget(1, self.quit_button)

        # Shown after a fallback unlock in keyring mode.
        self.result_page = QWidget()
        self.result_title = heading(plain_label())
        self.result_message = QLabel()
        self.result_message.setTextFormat(Qt.TextFormat.PlainText)
        self.result_message.setWordWrap(True)
        self.continue_button = QPushButton()
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.accept)
        rl = QVBoxLayout(self.result_page)
        rl.addWidget(self.result_title)
        rl.addWidget(self.result_message)
        rl.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        rl.addLayout(row)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.panel)
        self.stack.addWidget(self.result_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        # Wide enough for short lines at any text size; the height follows the text.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.panel.content_changed.connect(self.fit)
        self.retranslate()
        self.panel.focus_field()

    def fit(self) -> None:
        """Grow (never shrink) so every wrapped line shows, e.g. after a message appears."""
        layout = self.layout()
        layout.activate()
        width = max(self.width(), self.minimumWidth())
        height = max(layout.totalHeightForWidth(width), layout.totalSizeHint().height())
        if height > self.height() or width > self.width():
            self.resize(width, max(height, self.height()))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.fit()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Vigilance — open your data"))
        self.quit_button.setText(self.tr("&Quit"))
        self.quit_button.setAccessibleName(self.tr("Quit Vigilance"))
        self.continue_button.setText(self.tr("&Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue to Vigilance"))
        self.result_title.setText(self.tr("Your data is open"))
        self.result_message.setText(self._result_text())

    def _result_text(self) -> str:
        if self.keyring_status is KeyringStatus.AVAILABLE:
            return self.tr("The system keyring holds the Vigilance key again: next time, "
                           "Vigilance will open without asking you anything.")
        return self.tr("The system keyring could not take the key back (it is locked or not "
                       "available), so next time Vigilance will ask for your recovery key "
                       "again. To avoid this, you can choose an app password in Settings.")

    def _opened(self, data_key: bytes) -> None:
        self.data_key = data_key
        if not self.reason.keyring_trouble:
            self.accept()
            return
        self.panel.runner.run(lambda: self.services.vault.restore_keyring(data_key),
                              self._restored, self._restore_failed)

    def _restored(self, status: KeyringStatus) -> None:
        self.keyring_status = status
        self.retranslate()
        self.stack.setCurrentWidget(self.result_page)
        self.continue_button.setFocus()

    def _restore_failed(self, _exc: BaseException) -> None:
        self._restored(KeyringStatus.LOCKED)

    def reject(self) -> None:
        if self.panel.busy:
            return  # let the derivation finish; the window closes right after
        super().reject()
