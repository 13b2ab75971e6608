"""QApplication bootstrap and the window-side composition root.

Flow: no store → the setup wizard; a store → the everyday path (keyring mode opens without a
prompt) or the unlock dialog; then the main window. A store file is never replaced by a new
one. ``--demo`` opens sample data; ``--quit-after-startup`` exits once the window has painted
its first frame with its data, and never waits on a dialog.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from vigilance_app.paths import DataPaths, resolve_data_dir
from vigilance_app.services import AppServices, build_services
from vigilance_app.store.errors import IntegrityFailure, StoreError
from vigilance_app.ui.shell.store_changes import StoreChanges
from vigilance_app.vault import KeyringAccess, KeyringStatus, VaultError
from vigilance_app.vault.vault import PASSWORD_ENV

if TYPE_CHECKING:  # imported when first shown, to keep start-up light
    from PySide6.QtWidgets import QMessageBox

    from vigilance_app.people.erase import EraseReport
    from vigilance_app.ui.custody.unlock_dialog import UnlockDialog
    from vigilance_app.ui.reviews.tray import ReviewsBackground
    from vigilance_app.ui.shell.lock import LockController
    from vigilance_app.ui.shell.main_window import MainWindow
    from vigilance_app.vault import EverydayResult


def _erase_services(services: AppServices) -> EraseReport:
    from vigilance_app.people.erase import erase_services

    return erase_services(services, keep_lock=True)


def _say(sentence: str) -> None:
    print(f"vigilance: {sentence}", file=sys.stderr)


class FirstFrameQuit(QObject):
    """Quits the application right after the watched window painted its first frame."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__()
        self._app = app
        self.fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.fired and event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest):
            self.fired = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: self._app.exit(0))
        return False


class Launcher(StoreChanges):
    """Chooses the first screen and owns the windows for the life of the application."""

    def __init__(self, app: QApplication, services: AppServices, *,
                 can_lock: bool = True, quit_after_startup: bool = False,
                 clock: Callable[[], float] = time.monotonic,
                 everyday: EverydayResult | None = None, minimized: bool = False,
                 use_tray: bool | None = None) -> None:
        super().__init__()
        self.app = app
        self.services = services
        self.everyday = everyday  # the keyring's answer, when it was read early
        self.can_lock = can_lock
        self.quit_after_startup = quit_after_startup
        self.minimized = minimized  # --minimized: hidden in the tray, else minimised
        self.reviews: ReviewsBackground | None = None  # tray, reminders (after unlock)
        self.waiting_tray: Any = None  # locked tray icon (--minimized, password mode)
        self.use_tray = use_tray  # None: when the desktop has a system tray (tests force it)
        self.clock = clock
        self.erase: Callable[[AppServices], EraseReport] = _erase_services  # tests replace it
        self.exit_code = 0
        self.window: MainWindow | None = None
        self.locker: LockController | None = None
        self.dialog: UnlockDialog | None = None  # while it is shown
        self.wizard: QWidget | None = None
        self.message: QMessageBox | None = None
        self.crash_box: QMessageBox | None = None
        self._first_frame: FirstFrameQuit | None = None
        self._closing = False

    # ---- first screen --------------------------------------------------------------

    def start(self) -> None:
        services = self.services
        if services.unlocked:
            self.show_main_window(self.everyday.keyring_status if self.everyday else None)
            return
        paths = services.paths
        if not paths.store_exists():
            self.show_setup()
            return
        if not services.vault.exists():
            self.fail(self.tr(
                "Vigilance found its data file but not the key file beside it "
                "(vigilance.keys.json). Nothing was changed and nothing new was created. Put "
                "the key file back from a backup, then open Vigilance again.\n\n"
                "Folder: {folder}").format(folder=str(paths.root)))
            return
        try:
            everyday = self.everyday or services.vault.open_everyday()
        except VaultError:
            self.fail(self.tr(
                "The key file beside your data cannot be read. Nothing was changed.\n\n"
                "Folder: {folder}").format(folder=str(paths.root)))
            return
        if everyday.data_key is not None:
            if self.open_store(everyday.data_key):
                self.show_main_window(everyday.keyring_status)
            return
        if self.minimized and self.wait_in_tray(everyday):
            return
        self.show_unlock_dialog(everyday)

    def wait_in_tray(self, everyday: EverydayResult) -> bool:
        """--minimized with an app password (at login): no dialog in the person's face, a
        locked tray icon instead; "Open Vigilance" there asks for the password."""
        from PySide6.QtWidgets import QSystemTrayIcon

        from vigilance_app.ui.reviews.tray import ReviewsTray

        available = (self.use_tray if self.use_tray is not None
                     else QSystemTrayIcon.isSystemTrayAvailable())
        if not available:
            return False
        tray = ReviewsTray(self)
        tray.set_locked(True)
        self.waiting_tray = tray

        def open_requested() -> None:
            if self.dialog is None:
                self.show_unlock_dialog(everyday, back_to_tray=True)
            else:
                self.dialog.raise_()
                self.dialog.activateWindow()

        tray.open_requested.connect(open_requested)
        tray.quit_requested.connect(lambda: self.exit(0))
        self.app.setQuitOnLastWindowClosed(False)  # the dialog closing must not end the app
        tray.show()
        return True

    def _stop_waiting_in_tray(self) -> None:
        tray, self.waiting_tray = self.waiting_tray, None
        if tray is not None:
            tray.dispose()
            tray.deleteLater()

    def open_store(self, data_key: bytes) -> bool:
        from vigilance_app.ui.custody.unlock_dialog import damaged_message

        try:
            self.services.open_with_key(data_key)
        except IntegrityFailure:
            if self.quit_after_startup:
                self.fail(damaged_message(self.services.paths.root))
            else:
                self.offer_salvage(data_key)
            return False
        except StoreError as exc:
            from vigilance_app.ui.kit.errors import error_sentence

            self.fail(self.tr("Your data could not be opened. Nothing was changed.") +
                      "\n\n" + error_sentence(exc))
            return False
        return True

    def show_unlock_dialog(self, everyday: EverydayResult, *, back_to_tray: bool = False) -> None:
        """The password or recovery key; with ``back_to_tray`` (opened from the locked tray
        icon) cancelling goes back to the tray instead of ending the app."""
        from vigilance_app.ui.custody.unlock_dialog import UnlockDialog

        dialog = UnlockDialog(self.services, everyday, clock=self.clock)
        self.dialog = dialog

        def accepted() -> None:
            self.dialog = None
            self._stop_waiting_in_tray()
            self.minimized = False  # the person opened it: show the window
            self.app.setQuitOnLastWindowClosed(True)
            self.show_main_window(dialog.keyring_status)
            dialog.deleteLater()

        def rejected() -> None:
            self.dialog = None
            dialog.deleteLater()
            if not (back_to_tray and self.waiting_tray is not None):
                self.exit(0)

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(rejected)
        dialog.show()

    def show_setup(self) -> None:
        from vigilance_app.ui.custody.setup_wizard import SetupWizard

        wizard = SetupWizard(self.services, parent=None)
        self.wizard = wizard

        def accepted() -> None:
            created = wizard.created
            self.wizard = None
            wizard.deleteLater()
            if created is None:
                self.exit(0)
                return
            if not self.services.unlocked:
                self.services.attach_store(created.store, created.vault.data_key)
            self.show_main_window(None)

        def rejected() -> None:
            self.wizard = None
            wizard.deleteLater()
            self.exit(0)

        wizard.accepted.connect(accepted)
        wizard.rejected.connect(rejected)
        wizard.show()

    def show_main_window(self, keyring_status: KeyringStatus | None) -> None:
        from vigilance_app.ui.shell.lock import LockController
        from vigilance_app.ui.shell.main_window import MainWindow

        window = MainWindow(self.services, keyring_status=keyring_status,
                            can_lock=self.can_lock)
        self.window = window
        self.locker = LockController(self.services, window, clock=self.clock,
                                     enabled=self.can_lock, app=self.app)
        window.close_hook = self._window_closing  # closing it may leave the app in the tray
        window.erase_requested.connect(self.erase_everything)
        window.restore_requested.connect(self.restore_backup)
        if self.quit_after_startup:
            self._first_frame = FirstFrameQuit(self.app)
            window.installEventFilter(self._first_frame)
        elif self.minimized:
            self.start_reviews()
            if self.reviews is None or not self.reviews.has_tray:
                window.showMinimized()
            return  # with a tray: hidden until "Open" in the tray menu
        else:
            QTimer.singleShot(0, self, self.start_reviews)  # after the first frame
        window.show()
        self._say_missing_entries()
        if self.services.preferences_notice and not self.quit_after_startup:
            self.services.preferences_notice = None  # said once
            self.report(self.tr(
                "Your settings (language, text size, contrast) could not be read and were put "
                "back to the usual ones. Nothing else was changed; you can choose them again "
                "in Settings."))

    def _say_missing_entries(self) -> None:
        """Entries committed before the last close are missing (the file beside the store
        was deleted or damaged): said once over the window, then acknowledged."""
        store = self.services.store
        warning = store.missing_commits_warning if store is not None else None
        if warning is None or self.quit_after_startup:
            return
        from vigilance_app.ui.kit.errors import error_sentence

        self.report(error_sentence(warning), "journal")
        store.acknowledge_missing_commits()

    def start_reviews(self) -> None:
        """The tray icon and the account-review reminders, for the life of the window."""
        from vigilance_app.ui.reviews.tray import ReviewsBackground

        if self.reviews is None and self.window is not None and not self._closing:
            self.reviews = ReviewsBackground(self.services, self.window, self.locker,
                                             use_tray=self.use_tray,
                                             quit_app=lambda: self.exit(0), parent=self)
            if self.reviews.has_tray:
                # The window may be hidden in the tray: the app ends on "Quit" (tray menu) or
                # on closing the window when the person chose not to keep it there.
                self.app.setQuitOnLastWindowClosed(False)
            self.reviews.start()

    def _window_closing(self, event: QEvent) -> bool:
        """The main window is being closed: True when it only went into the tray."""
        if self._closing or self.quit_after_startup or self.window is None:
            return False
        reviews = self.reviews
        if reviews is None or not reviews.has_tray:
            return False  # the last window closes: Qt quits
        if self.services.preferences.keep_in_tray:
            event.ignore()
            self.window.hide()
            reviews.announce_in_tray()
            return True
        self.exit(0)
        return False

    def bring_forward(self) -> None:
        """Another start of Vigilance on this folder asked for this one."""
        if self.window is not None:
            self.window.bring_forward()
            return
        for widget in (self.dialog, self.wizard, self.message):
            if widget is not None:
                widget.show()
                widget.raise_()
                widget.activateWindow()
                return
        tray = self.waiting_tray
        if tray is not None:
            tray.open_requested.emit()

    def show_crash(self, log: Path | None) -> None:
        """Something unexpected went wrong: a calm sentence, never a traceback; the app
        goes on. One such message at a time."""
        if self.quit_after_startup:
            _say("an unexpected error happened; nothing was lost. Details (no message "
                 f"content) in {log}." if log else "an unexpected error happened; nothing "
                 "was lost.")
            return
        if self.crash_box is not None:
            return
        from PySide6.QtWidgets import QMessageBox

        text = self.tr("Something unexpected went wrong in Vigilance. Your data is safe: "
                       "nothing was lost. You can go on using Vigilance; if this happens "
                       "again, close it and open it again.")
        if log is not None:
            text += "\n\n" + self.tr(
                "A short technical note, without anything from your messages, was written "
                "here, for whoever helps you: {path}").format(path=str(log))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Vigilance"), text,
                          QMessageBox.StandardButton.Ok)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.finished.connect(self._crash_box_closed)
        self.crash_box = box
        box.show()

    def _crash_box_closed(self, _result: int) -> None:
        box, self.crash_box = self.crash_box, None
        if box is not None:
            box.deleteLater()

    # ---- endings -------------------------------------------------------------------

    def fail(self, text: str) -> None:
        """A plain-text message the person must read; the app ends when it is closed."""
        self.exit_code = 1
        if self.quit_after_startup:
            _say(text)
            QTimer.singleShot(0, lambda: self.app.exit(1))
            return
        from PySide6.QtWidgets import QMessageBox  # only when something went wrong

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Vigilance"), text,
                          QMessageBox.StandardButton.Close)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.finished.connect(lambda _result: self.exit(1))
        self.message = box
        box.show()

    def exit(self, code: int) -> None:
        self.exit_code = code
        if not self._closing:
            QTimer.singleShot(0, lambda: self.app.exit(code))

    def close(self) -> None:
        """Close every window and the store (the key is forgotten)."""
        self._closing = True
        self._stop_waiting_in_tray()
        self.app.setQuitOnLastWindowClosed(True)
        if self.locker is not None:
            self.locker.dispose()
        if self.reviews is not None:
            self.reviews.dispose()
            self.reviews = None
        for widget in (self.window, self.dialog, self.wizard, self.message, self.crash_box):
            if widget is not None:
                # hide, not close: closing the last window would post a Quit event that
                # ends the next event loop (a test's, or a second run in the same process)
                widget.hide()
                widget.deleteLater()
        self.window = self.dialog = self.wizard = self.message = self.locker = None
        self.crash_box = None
        self.services.lock()


# ---- entry ---------------------------------------------------------------------------


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Vigilance")
    return app  # type: ignore[return-value]


def _present(app: QApplication, services: AppServices, args: argparse.Namespace, *,
             can_lock: bool, everyday: EverydayResult | None = None) -> int:
    from vigilance_app.crash_log import install_excepthook
    from vigilance_app.ui.kit.i18n import install_language
    from vigilance_app.ui.kit.theme import apply_theme
    from vigilance_app.ui.shell.single_instance import LISTEN_AFTER_MS, SingleInstance

    install_language(app, args.lang or services.preferences.language)
    apply_theme(app, services.preferences)
    instance = SingleInstance(services.paths)
    if not instance.claim():
        _say(f"Vigilance is already open on {services.paths.root}: its window was brought "
             "forward.")
        services.lock()
        return 0
    launcher = Launcher(app, services, can_lock=can_lock,
                        quit_after_startup=bool(args.quit_after_startup), everyday=everyday,
                        minimized=bool(getattr(args, "minimized", False)))
    instance.activation_requested.connect(launcher.bring_forward)
    QTimer.singleShot(LISTEN_AFTER_MS, instance, instance.listen)
    previous_hook = sys.excepthook

    def crashed(exc: BaseException, log: Path | None) -> None:
        launcher.show_crash(log)
        if previous_hook is not sys.__excepthook__:  # a debugger or test runner hears too
            previous_hook(type(exc), exc, exc.__traceback__)

    install_excepthook(services.paths, on_crash=crashed)
    try:
        launcher.start()
        code = app.exec()
        # Quitting closes the windows, which can post one more Quit: drop it, so a later
        # event loop in this process (a test, a second run) is not ended at once.
        app.removePostedEvents(app, QEvent.Type.Quit)
        return code if code else launcher.exit_code
    finally:
        sys.excepthook = previous_hook
        launcher.close()
        instance.release()


def run_gui(args: argparse.Namespace, *, keyring: KeyringAccess | None = None,
            kdf_params: Callable[[], Any] | None = None,
            environ: Mapping[str, str] | None = None,
            everyday: EverydayResult | None = None) -> int:
    """Open the window. ``keyring``, ``kdf_params`` and ``environ`` are for tests;
    ``everyday`` is the keyring's answer when the command line read it early."""
    env = os.environ if environ is None else environ
    if args.demo:
        return _run_demo(args, env, keyring, kdf_params)
    extra: dict[str, Any] = {} if kdf_params is None else {"kdf_params": kdf_params}
    services = build_services(resolve_data_dir(args.data_dir, env), keyring=keyring, **extra)
    if everyday is not None:
        services.vault.adopt_everyday(everyday)
    if args.quit_after_startup and not _open_unattended(services, env, everyday):
        return 1
    return _present(_application(), services, args, can_lock=True, everyday=everyday)


def _open_unattended(services: AppServices, env: Mapping[str, str],
                     everyday: EverydayResult | None = None) -> bool:
    """For --quit-after-startup: keyring or VIGILANCE_PASSWORD, never a dialog."""
    if not services.paths.store_exists():
        _say(f"there is no store in {services.paths.root} yet; open Vigilance without "
             "--quit-after-startup to create one.")
        return False
    try:
        data_key = services.vault.unlock_unattended(env, everyday=everyday)
        services.open_with_key(data_key)
    except (VaultError, StoreError) as exc:
        _say(str(exc))
        return False
    return True


def _run_demo(args: argparse.Namespace, env: Mapping[str, str],
              keyring: KeyringAccess | None, kdf_params: Callable[[], Any] | None) -> int:
    from vigilance_app.demo import create_demo_store, random_password, throwaway_kdf

    if args.data_dir:
        paths = DataPaths(resolve_data_dir(args.data_dir, env))
        if paths.store_exists():
            _say(f"{paths.root} already holds a Vigilance store; it was left untouched. "
                 "Choose an empty or new folder for the demo.")
            return 1
        password = env.get(PASSWORD_ENV)
        if not password:
            _say(f"set {PASSWORD_ENV} to the app password that will protect the demo store "
                 f"kept in {paths.root}.")
            return 1
        extra: dict[str, Any] = {} if kdf_params is None else {"kdf_params": kdf_params}
        services = build_services(paths.root, keyring=keyring, **extra)
        try:
            created = create_demo_store(services.paths, services.vault, password)
        except VaultError as exc:
            _say(str(exc))
            return 1
        services.attach_store(created.store, created.vault.data_key)
        return _present(_application(), services, args, can_lock=True)

    folder = Path(tempfile.mkdtemp(prefix="vigilance-demo-"))
    services = None
    try:
        services = build_services(folder, keyring=keyring, kdf_params=throwaway_kdf)
        created = create_demo_store(services.paths, services.vault, random_password())
        services.attach_store(created.store, created.vault.data_key)
        # Nobody knows the random password, so the temporary demo never locks.
        return _present(_application(), services, args, can_lock=False)
    finally:
        if services is not None:
            services.lock()
        shutil.rmtree(folder, ignore_errors=True)
