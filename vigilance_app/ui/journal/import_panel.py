"""Importing email files in the background: a progress bar, a Cancel button, and the files
that could not be imported listed with their reason (the others go in).

The work runs off the UI thread (``kit.background.BackgroundRunner``) with its own store
connection (``api.import_job``); progress and the result come back on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.ui.kit.background import BackgroundRunner
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.i18n import Retranslatable, plural, translate

MAX_FILES = 10_000
CONTEXT = "ImportPanel"

# Why a file was not imported (the core's error codes), in words.
REASONS: dict[str, str] = {
    "not_found": QT_TRANSLATE_NOOP("ImportPanel", "this file does not exist or is not a file"),
    "too_large": QT_TRANSLATE_NOOP("ImportPanel",
                                   "too large to be read safely; it was not opened"),
    "unreadable": QT_TRANSLATE_NOOP("ImportPanel", "this file cannot be read"),
    "invalid": QT_TRANSLATE_NOOP("ImportPanel",
                                 "not a readable email: damaged or built in an unusual way"),
    "internal": QT_TRANSLATE_NOOP("ImportPanel",
                                  "it could not be imported because of an internal error"),
}


ImportJob = Callable[[list[Path], Callable[[], bool], Callable[[int, int], None]], Any]
"""(paths, cancelled, progress(done, total)) -> a result with ``.imported`` and ``.failed``."""


class ImportPanel(Retranslatable, QFrame):
    """Shown above the list while files are imported, and after, to list failures.

    ``finished(imported_count)`` tells the page to reload the list."""

    finished = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalImport")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.runner = BackgroundRunner(self)
        self.result: Any = None
        self.kept_originals = False
        self._state: tuple[str, int, int] = ("idle", 0, 0)
        self.status = plain_label()
        self.status.setObjectName("importStatus")
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton()
        self.close_button.setObjectName("importClose")
        self.close_button.clicked.connect(self.hide)
        self.failures_label = plain_label()
        self.failures = QListWidget()
        self.failures.setObjectName("importFailures")
        self.failures.setWordWrap(True)
        self.failures.setMaximumHeight(self.fontMetrics().height() * 8)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addWidget(self.status)
        column.addLayout(row)
        column.addWidget(self.failures_label)
        column.addWidget(self.failures)
        self.failures_label.hide()
        self.failures.hide()
        self.hide()
        self.retranslate()

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def start(self, job: ImportJob, paths: list[Path], kept_originals: bool = False) -> bool:
        """Run ``job`` on ``paths``; ``kept_originals``: the job keeps each original email
        file (said in the report)."""
        if self.runner.busy or not paths:
            return False
        self.kept_originals = kept_originals
        if len(paths) > MAX_FILES:
            self._state = ("too_many", len(paths), MAX_FILES)
            self._render()
            self.show()
            return False
        self.result = None
        self.failures.clear()
        self.failures.hide()
        self.failures_label.hide()
        self.bar.setRange(0, len(paths))
        self.bar.setValue(0)
        self._state = ("running", 0, len(paths))
        self._render()
        self.show()
        return self.runner.run_with_progress(
            lambda cancelled, progress: job(paths, cancelled, progress), self._done,
            self._failed, self._progress)

    def cancel(self) -> None:
        if self.runner.busy:
            self.runner.cancel()
            self.cancel_button.setEnabled(False)
            self._state = ("cancelling", *self._state[1:])
            self._render()

    def wait(self, msecs: int = 30_000) -> None:
        if self.runner.busy:
            self.runner.wait(msecs)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if self._state[0] == "running":
            self._state = ("running", done, total)
            self._render()

    def _done(self, result: Any) -> None:
        cancelled = self._state[0] == "cancelling"
        self.result = result
        imported = len(getattr(result, "imported", ()) or ())
        failed = list(getattr(result, "failed", ()) or ())
        self._state = ("cancelled" if cancelled else "done", imported, len(failed))
        self.failures.clear()
        for name, code in failed:
            self.failures.addItem(self.tr("%1: %2").replace("%1", name).replace(
                "%2", translate(CONTEXT, REASONS.get(code, REASONS["internal"]))))
        self.failures.setVisible(bool(failed))
        self.failures_label.setVisible(bool(failed))
        self.bar.setValue(self.bar.maximum())
        self._render()
        self.finished.emit(imported)

    def _failed(self, exc: BaseException) -> None:
        self._state = ("error", 0, 0)
        self._render()
        self.finished.emit(0)

    def _render(self) -> None:
        state, a, b = self._state
        running = state in ("running", "cancelling")
        self.bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(state == "running")
        self.close_button.setVisible(not running)
        if state == "running":
            text = self.tr("Importing the email files: %1 of %2 done. You can keep working.")
        elif state == "cancelling":
            text = self.tr("Stopping the import…")
        elif state == "done":
            text = plural(self.tr("Import finished: %n entry(ies) added.", "", a), a)
            if b:
                text += " " + plural(self.tr("%n file(s) could not be imported.", "", b), b)
        elif state == "cancelled":
            text = plural(self.tr("Import stopped: %n entry(ies) had been added before you "
                                  "stopped it.", "", a), a)
        elif state == "too_many":
            text = self.tr("%1 files at once is too many: import at most %2 at a time.")
        elif state == "error":
            text = self.tr("The import stopped because of an internal error. The entries "
                           "already added are kept.")
        else:
            text = ""
        text = text.replace("%1", str(a)).replace("%2", str(b))
        if self.kept_originals and state in ("done", "cancelled") and a:
            text += " " + self.tr("The original email files were kept as evidence, encrypted "
                                  "with the journal.")
        self.status.setText(text)
        self.status.setAccessibleName(self.status.text())

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("&Cancel the import"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the import report"))
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.failures_label.setText(self.tr("Files not imported, and why:"))
        self.failures.setAccessibleName(self.tr("Files not imported"))
        self._render()


def failure_labels(panel: ImportPanel) -> list[str]:
    return [panel.failures.item(i).text() for i in range(panel.failures.count())]

