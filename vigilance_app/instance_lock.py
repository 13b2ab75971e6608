"""One writer per data folder: an operating-system file lock in the folder.

The window holds the lock for as long as it runs; command-line commands that write take it
for their duration, waiting a little if another command has it, then saying that Vigilance is
open. The lock belongs to the open file, so the system releases it when its process ends,
however it ends (kill -9, power cut): a stale lock never blocks anyone. The lock file is never
deleted (deleting it would let two processes lock two different files).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from vigilance_app.errors import CodedError
from vigilance_app.paths import FILE_MODE, DataPaths, ensure_private_dir

DEFAULT_WAIT = 10.0  # seconds a command waits for another command to finish
POLL_EVERY = 0.1


class InstanceBusyError(CodedError):
    code = "app_open"

    def __init__(self) -> None:
        super().__init__(
            "Vigilance is open on this folder (the window or another command is using it). "
            "Close the window or wait for the other command to finish, then try again.")


LOCK_NAME = ".vigilance.lock"
# Taken around a migration only: two processes opening an old store migrate one at a time.
MIGRATION_LOCK_NAME = ".vigilance.migration.lock"


def lock_path(paths: DataPaths, name: str = LOCK_NAME) -> Path:
    """Empty and hidden: it is only ever locked, never read, written or deleted."""
    return paths.root / name


class InstanceLock:
    def __init__(self, paths: DataPaths, name: str = LOCK_NAME) -> None:
        self.paths = paths
        self.name = name
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; never waits."""
        if self._fd is not None:
            return True
        ensure_private_dir(self.paths.root)
        fd = os.open(lock_path(self.paths, self.name), os.O_RDWR | os.O_CREAT, FILE_MODE)
        try:
            if not _lock(fd):
                os.close(fd)
                return False
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return True

    def acquire(self, wait: float | None = None,
                clock: Callable[[], float] = time.monotonic,
                sleep: Callable[[float], None] = time.sleep) -> None:
        """Take the lock, waiting at most ``wait`` seconds (``DEFAULT_WAIT``); raise
        InstanceBusyError."""
        deadline = clock() + (DEFAULT_WAIT if wait is None else wait)
        while not self.try_acquire():
            remaining = deadline - clock()
            if remaining <= 0:
                raise InstanceBusyError()
            sleep(min(POLL_EVERY, remaining))

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


@contextlib.contextmanager
def holding(paths: DataPaths, wait: float | None = None,
            clock: Callable[[], float] = time.monotonic,
            sleep: Callable[[float], None] = time.sleep) -> Iterator[InstanceLock]:
    lock = InstanceLock(paths)
    lock.acquire(wait, clock, sleep)
    try:
        yield lock
    finally:
        lock.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
