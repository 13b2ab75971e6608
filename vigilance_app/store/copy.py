"""Verified copies of the store: written under a temporary name, synced, opened with the key
and checked page by page, and only then given their final name.

A copy is therefore either absent or complete: a kill or a full disk while copying leaves at
most a temporary file (removed at once when possible, and ignored by every listing), never an
empty or half-written file under a backup's name.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import sqlcipher3

from vigilance_app.paths import FILE_MODE, ensure_private_dir
from vigilance_app.store.diskspace import disk_full_error, is_disk_full
from vigilance_app.store.engine import connect_raw, key_pragma, quiet_cipher_log

TEMP_PREFIX = ".partial-"


def temporary_name(target: Path) -> Path:
    """Unique per process and per call: two processes copying at once never collide."""
    return target.with_name(f"{TEMP_PREFIX}{os.getpid()}-{os.urandom(4).hex()}-{target.name}")


def is_temporary(path: Path) -> bool:
    return path.name.startswith(TEMP_PREFIX)


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    if os.name == "posix":
        fsync_path(folder)


def verify_copy(path: Path, data_key: bytes) -> None:
    """Open ``path`` with the key and run ``quick_check``; raise StoreError when it fails."""
    from vigilance_app.store.store import quick_check

    quick_check(path, data_key, full=True)


def copy_database(source: Path, data_key: bytes, target: Path) -> Path:
    """Copy the store at ``source`` (with its WAL) to ``target`` through SQLite's online backup,
    verified before the rename. Raise DiskFullError when it does not fit, FileExistsError if
    ``target`` exists; nothing is left behind on failure."""
    ensure_private_dir(target.parent)
    if target.exists():
        raise FileExistsError(target)
    tmp = temporary_name(target)
    needed = _size_with_wal(source)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        os.close(fd)
        src = connect_raw(source, data_key)
        try:
            dest = sqlcipher3.connect(str(tmp))
            try:
                quiet_cipher_log(dest)
                dest.execute(key_pragma(data_key))
                src.backup(dest)
                # A single self-contained file: no WAL to carry along.
                dest.execute("PRAGMA journal_mode = DELETE").fetchall()
            finally:
                dest.close()
        finally:
            src.close()
        fsync_path(tmp)
        verify_copy(tmp, data_key)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, target)
        fsync_folder(target.parent)
    except BaseException as exc:
        for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(exc, Exception) and not isinstance(exc, FileExistsError) \
                and is_disk_full(exc, target.parent):
            raise disk_full_error(target.parent, needed) from exc
        raise
    return target


def remove_stale_temporaries(folder: Path) -> None:
    """Temporary copies left by processes that no longer run (killed mid-copy); those of
    running processes are still being written."""
    with contextlib.suppress(OSError):
        for item in folder.iterdir():
            if is_temporary(item) and not process_alive(_pid_of(item)):
                with contextlib.suppress(OSError):
                    item.unlink()


def _pid_of(item: Path) -> int:
    try:
        return int(item.name[len(TEMP_PREFIX):].split("-", 1)[0])
    except ValueError:
        return 0


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def _size_with_wal(source: Path) -> int:
    total = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            total += Path(f"{source}{suffix}").stat().st_size
    return total

