"""Telling a full disk from damage.

SQLite reports a full disk as SQLITE_FULL ("database or disk is full"), but also as an I/O
error when the shared-memory file cannot grow, and a failed ROLLBACK after a failed COMMIT
hides the first error behind "cannot rollback". The whole chain of causes is therefore
examined, and an I/O error counts as a full disk when the folder really has no room left.
"""

from __future__ import annotations

import contextlib
import errno
import math
import shutil
from collections.abc import Iterator
from pathlib import Path

from vigilance_app.store.errors import DiskFullError

MIB = 1024 * 1024
# Below this much free space an I/O error is taken for a full disk; it is also the margin
# added to every "free at least N MB" (SQLite's WAL and shared-memory files need room too).
NEARLY_FULL = 2 * MIB
# What one ordinary write transaction may need (the WAL frames of its pages).
WRITE_NEEDS = 1 * MIB
FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG})
FULL_MESSAGES = ("database or disk is full", "no space left on device", "disk quota exceeded",
                 "file too large")


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for linked in (current.__cause__, current.__context__,
                       getattr(current, "orig", None)):  # SQLAlchemy's DBAPIError
            if isinstance(linked, BaseException):
                todo.append(linked)


def free_bytes(folder: Path) -> int | None:
    for candidate in (folder, *folder.parents):
        with contextlib.suppress(OSError):
            return shutil.disk_usage(candidate).free
    return None


def is_disk_full(exc: BaseException, folder: Path | None = None) -> bool:
    io_error = False
    for item in _chain(exc):
        if isinstance(item, DiskFullError):
            return True
        if isinstance(item, OSError) and item.errno in FULL_ERRNOS:
            return True
        text = str(item).lower()
        if any(message in text for message in FULL_MESSAGES):
            return True
        io_error |= "disk i/o error" in text or isinstance(item, OSError)
    if io_error and folder is not None:
        free = free_bytes(folder)
        return free is not None and free < NEARLY_FULL
    return False


def needed_mb(needed_bytes: int | None, folder: Path | None = None) -> int | None:
    """Megabytes to free so that ``needed_bytes`` fit (at least 1), None when unknown."""
    if not needed_bytes:
        return None
    free = (free_bytes(folder) if folder is not None else 0) or 0
    return max(1, math.ceil((needed_bytes + NEARLY_FULL - free) / MIB))


def disk_full_error(folder: Path | None, needed_bytes: int | None = None) -> DiskFullError:
    return DiskFullError(needed_mb(needed_bytes, folder))


@contextlib.contextmanager
def disk_full_as_error(folder: Path, needed_bytes: int | None = None) -> Iterator[None]:
    """Re-raise any error that comes from a full disk as ``DiskFullError``."""
    try:
        yield
    except DiskFullError as exc:
        if exc.needed_mb is None and needed_bytes:  # said deeper down, without a figure
            raise disk_full_error(folder, needed_bytes) from exc
        raise
    except Exception as exc:
        if is_disk_full(exc, folder):
            raise disk_full_error(folder, needed_bytes) from exc
        raise
