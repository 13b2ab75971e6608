"""What the launcher does when the store itself changes under the window: a damaged file
salvaged, a backup restored, everything erased. Each closes the window first, changes the
files, then opens the result (or the first-start wizard after erasing)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from vigilance_app.ui.kit.i18n import plural, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from vigilance_app.backup.restore import Secret


def _error_sentence(exc: BaseException) -> str:
    from vigilance_app.ui.kit.errors import error_sentence

    return error_sentence(exc)


class StoreChanges(QObject):
    """Mixed into ``Launcher`` (whose attributes these methods use: services, window,
    reviews, locker, message, wizard, everyday, exit_code)."""

    services: Any
    window: Any
    reviews: Any
    locker: Any
    message: Any
    wizard: Any
    everyday: Any
    exit_code: int
    erase: Any
    app: Any
    exit: Any
    fail: Any
    open_store: Any
    show_main_window: Any
    show_setup: Any

    def offer_salvage(self, data_key: bytes) -> None:
        """The data file is damaged: say so, and offer to recover what can still be read
        into a new file (the damaged one is kept aside, never deleted)."""
        from PySide6.QtWidgets import QMessageBox

        from vigilance_app.ui.custody.unlock_dialog import damaged_message

        self.exit_code = 1
        box = QMessageBox(QMessageBox.Icon.Warning, translate("StoreChanges", "Vigilance"),
                          damaged_message(self.services.paths.root),
                          QMessageBox.StandardButton.Close)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(translate(
            "StoreChanges", "Vigilance can copy everything that can still be read into a new "
                            "file and keep the damaged one aside."))
        recover = box.addButton(translate("StoreChanges", "&Recover what can be read"),
                                QMessageBox.ButtonRole.AcceptRole)
        recover.setObjectName("salvage")
        box.setDefaultButton(recover)
        box.finished.connect(lambda _r: self._salvage_answer(box, recover, data_key))
        self.message = box
        box.show()

    def _salvage_answer(self, box: QMessageBox, recover: object, data_key: bytes) -> None:
        chosen = box.clickedButton() is recover
        self.message = None
        box.deleteLater()
        if not chosen:
            self.exit(1)
            return
        from vigilance_app.store.salvage import salvage_store

        with _busy_cursor():
            try:
                result = salvage_store(self.services.paths, data_key)
            except Exception as exc:  # said in words; the damaged file is still where it was
                self.fail(translate("StoreChanges", "Nothing could be recovered.")
                          + "\n\n" + _error_sentence(exc))
                return
        if not self.open_store(data_key):
            return
        self.exit_code = 0
        self.show_main_window(self.everyday.keyring_status if self.everyday else None)
        text = translate("StoreChanges", "%n journal entry(ies) could be recovered. The "
                                         "damaged file was kept here: {path}",
                         "", result.entries_saved)
        self.report(plural(text, result.entries_saved).format(path=str(result.set_aside)),
                    "journal")

    def erase_everything(self) -> None:
        """Settings → Erase everything, confirmed: close the window, erase, and start again
        at the first-start wizard (saying what could not be erased, if anything)."""
        from PySide6.QtWidgets import QMessageBox

        from vigilance_app.preferences import Preferences

        self.close_window_for_store_change()
        report = self.erase(self.services)
        self.app.setQuitOnLastWindowClosed(True)
        self.services.preferences = Preferences()
        self.show_setup()
        if not report.left:
            return
        text = translate("StoreChanges", "Vigilance erased its data, but could not erase: "
                                         "{what}. You may delete them by hand in {folder}.")
        box = QMessageBox(QMessageBox.Icon.Warning, translate("StoreChanges", "Vigilance"),
                          text.format(what=", ".join(report.left),
                                      folder=str(self.services.paths.root)),
                          QMessageBox.StandardButton.Ok, self.wizard)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        self.message = box

    def restore_backup(self, path: Path, secret: Secret) -> None:
        """Settings → Restore a backup: close the journal, restore, open the restored one.
        Refused (wrong secret, damaged backup, full disk): the current journal opens again,
        unchanged, and the reason is said."""
        from vigilance_app.backup.restore import restore_backup

        window = self.window
        if window is None:
            return
        key = self.services.data_key
        page = window.current_page_key()
        with _busy_cursor():
            self.close_window_for_store_change()
            self.services.lock()
            try:
                result = restore_backup(path, self.services.paths, secret,
                                        keyring=self.services.vault.keyring,
                                        kdf_params=self.services.vault.kdf_factory)
            except Exception as exc:  # said in words; the journal reopens as it was
                self.services.open_with_key(key)
                self.show_main_window(self.everyday.keyring_status if self.everyday else None)
                self.report(translate("StoreChanges", "The backup was not restored; nothing "
                                                      "was changed.")
                            + "\n\n" + _error_sentence(exc), page)
                return
            self.services.vault.reload()
            self.services.open_with_key(result.data_key)
        self.show_main_window(None)
        text = translate("StoreChanges", "The backup was restored: %n journal entry(ies).",
                         "", result.entries)
        self.report(plural(text, result.entries), page)

    def close_window_for_store_change(self) -> None:
        """Close the window, its reminders and the idle lock (the store is about to be
        replaced or erased)."""
        window, self.window = self.window, None
        if self.reviews is not None:
            self.reviews.dispose()
            self.reviews = None
        if self.locker is not None:
            self.locker.dispose()
            self.locker = None
        if window is not None:
            window.close_hook = None
            window.hide()
            window.deleteLater()

    def report(self, text: str, page: str | None = None) -> None:
        """A plain message over the window (after a restore or a salvage)."""
        from PySide6.QtWidgets import QMessageBox

        if self.window is not None and page:
            self.window.show_page(page)
        box = QMessageBox(QMessageBox.Icon.Information, translate("StoreChanges", "Vigilance"),
                          text, QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.finished.connect(lambda _r: box.deleteLater())
        self.message = box
        box.open()


@contextlib.contextmanager
def _busy_cursor() -> Iterator[None]:
    from PySide6.QtWidgets import QApplication

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
