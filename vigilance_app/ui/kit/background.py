"""Run one slow call (key derivation, store creation, an import) off the UI thread.

The result (and, for a job that reports it, its progress) comes back on the UI thread through
queued signals, so callbacks may touch widgets. Exceptions are handed to the error callback as
they are (never shown raw to the person: the caller turns them into plain words). A job that
reports progress may also be asked to stop: it reads ``cancelled()`` between two steps.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps the reference until the result is in
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:
            self._relay.failed.emit(exc)
            return
        self._relay.done.emit(result)


class BackgroundRunner(QObject):
    """One job at a time; ``busy_changed`` drives the busy indicator of the owner."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task: _Task | None = None
        self._relay: _Relay | None = None
        self._on_done: Callable[[Any], None] | None = None
        self._on_error: Callable[[BaseException], None] | None = None
        # The last finished job stays referenced until the next one starts: its worker thread
        # may still be returning from ``run`` when the result arrives here.
        self._previous: tuple[_Task, _Relay] | None = None
        self._cancel: threading.Event | None = None
        self._on_progress: Callable[[int, int], None] | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None], relay: _Relay | None = None) -> bool:
        """Start ``fn`` in the thread pool; False (and nothing started) if a job is running."""
        if self._task is not None:
            return False
        relay = relay or _Relay()
        relay.done.connect(self._finished)
        relay.failed.connect(self._failed)
        self._relay = relay
        self._on_done, self._on_error = on_done, on_error
        self._task = _Task(fn, relay)
        self.busy_changed.emit(True)
        QThreadPool.globalInstance().start(self._task)
        return True

    def run_with_progress(self, fn: Callable[[Callable[[], bool], Callable[[int, int], None]],
                                             Any],
                          on_done: Callable[[Any], None],
                          on_error: Callable[[BaseException], None],
                          on_progress: Callable[[int, int], None]) -> bool:
        """Like ``run`` for a job called as ``fn(cancelled, progress)``: ``progress(done,
        total)`` reaches ``on_progress`` on the UI thread, and ``cancelled()`` turns true
        once ``cancel`` is called."""
        if self._task is not None:
            return False
        cancel = threading.Event()
        relay = _Relay()
        relay.progressed.connect(self._progressed)  # queued: the runner lives on the UI thread
        self.run(lambda: fn(cancel.is_set, relay.progressed.emit), on_done, on_error, relay)
        self._cancel, self._on_progress = cancel, on_progress
        return True

    def cancel(self) -> None:
        """Ask the running job (one started by ``run_with_progress``) to stop soon."""
        if self._cancel is not None:
            self._cancel.set()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (used when a window closes during a job)."""
        return QThreadPool.globalInstance().waitForDone(msecs)

    def _take(self) -> tuple[Callable[[Any], None] | None, Callable[[BaseException], None] | None]:
        callbacks = (self._on_done, self._on_error)
        if self._task is not None and self._relay is not None:
            self._previous = (self._task, self._relay)
        self._task = None
        self._relay = None
        self._on_done = self._on_error = None
        self._cancel = self._on_progress = None
        self.busy_changed.emit(False)
        return callbacks

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)

    @Slot(object)
    def _finished(self, result: object) -> None:
        on_done, _ = self._take()
        if on_done is not None:
            on_done(result)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        _, on_error = self._take()
        if on_error is not None and isinstance(exc, BaseException):
            on_error(exc)
