"""Locking with an app password: after some idle minutes, or at once on request.

An application-wide event filter restarts a single-shot QTimer on every input event (no
polling thread). Locking closes the store and forgets the key (``services.lock()``), drops
every page and shows an unlock panel instead; unlocking reopens the store and the page.
Only in password mode: in keyring mode anyone at the session could reopen it anyway.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QVBoxLayout, QWidget

from vigilance_app.services import AppServices
from vigilance_app.vault import CustodyMode

if TYPE_CHECKING:
    from vigilance_app.ui.shell.main_window import MainWindow

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
    QEvent.Type.TabletMove,
})


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes()`` without any input. ``timer`` is injectable."""

    idle = Signal()

    def __init__(self, minutes: Callable[[], int], timer: QTimer | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._minutes = minutes
        self.timer = timer or QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self._running = False

    def start(self) -> None:
        minutes = self._minutes()
        self._running = minutes > 0
        if self._running:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def stop(self) -> None:
        self._running = False
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._running and event.type() in INPUT_EVENTS:
            self.start()  # from now, with the delay chosen in Settings
        return False


class LockScreen(QWidget):
    """What stays on screen while locked: the unlock panel, nothing else."""

    def __init__(self, services: AppServices, clock: Callable[[], float],
                 parent: QWidget | None = None) -> None:
        from vigilance_app.ui.custody.unlock_dialog import (  # only on locking
            UnlockPanel,
            UnlockReason,
        )

        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.panel = UnlockPanel(services, UnlockReason.APP_LOCKED, self, clock=clock)
        row = QHBoxLayout()  # the panel takes the middle three fifths, at any text size
        row.addStretch(1)
        row.addWidget(self.panel, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


class LockController(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, services: AppServices, window: MainWindow,
                 timer: QTimer | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 enabled: bool = True,
                 app: QApplication | None = None) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self.enabled = enabled
        self._clock = clock
        self.watcher = IdleWatcher(lambda: self.services.preferences.lock_after_minutes
                                   if self.can_lock() else 0, timer, self)
        self.watcher.idle.connect(self._idle)
        self._app = app or QApplication.instance()
        self._filtering = False
        window.lock_requested.connect(self.lock)
        window.page_changed.connect(lambda _key: self._restart())
        window.settings_changed.connect(self._restart)  # idle delay or custody changed
        self._watch_input()
        self.watcher.start()

    def _watch_input(self) -> None:
        """The application-wide filter only while the app can lock (password mode). Every
        event of every object then comes into Python, and each object Qt made itself has to
        be given a Python type: in keyring mode that would cost start-up and every repaint
        for nothing."""
        wanted = self.can_lock()
        if wanted and not self._filtering:
            self._app.installEventFilter(self.watcher)
        elif not wanted and self._filtering:
            self._app.removeEventFilter(self.watcher)
        self._filtering = wanted

    def can_lock(self) -> bool:
        return (self.enabled and self.services.unlocked
                and self.services.vault.mode is CustodyMode.PASSWORD)

    @property
    def is_locked(self) -> bool:
        return self.window.locked

    def _restart(self) -> None:
        if not self.is_locked:
            self._watch_input()
            self.watcher.start()

    def _idle(self) -> None:
        if self.can_lock():
            self.lock()

    def lock(self) -> None:
        if not self.can_lock():
            return
        self.watcher.stop()
        from PySide6.QtWidgets import QDialog

        for dialog in self.window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.services.lock()
        self._watch_input()  # nothing to watch while locked
        screen = LockScreen(self.services, self._clock)
        screen.panel.opened.connect(self._opened)
        self.window.hide_content(screen)
        screen.panel.focus_field()
        self.locked.emit()

    def _opened(self, _data_key: bytes) -> None:
        self.window.restore_content()
        self._watch_input()
        self.watcher.start()
        self.unlocked.emit()

    def dispose(self) -> None:
        self.watcher.stop()
        if self._filtering:
            self._app.removeEventFilter(self.watcher)
            self._filtering = False
