"""When the store's full integrity check runs.

``PRAGMA quick_check`` reads every page: a few milliseconds on a young store, but over five
seconds on a journal of 100,000 entries (360 MB) — far too long to make someone wait at every
start. The full check therefore runs when it can matter:

- the file is small (under ``ALWAYS_BELOW`` bytes: the check costs nothing noticeable);
- the previous session did not close the store cleanly (a crash, a power cut: the marker file
  written at open is still there). Each process has its own marker, so one process's clean
  close never removes the marker of another that still has the store open, and the marker of
  a process that is still running is not taken for a crash;
- a migration is about to change the schema (before its backup copy);
- the last full check is older than ``EVERY`` (seven days).

The record of the last check and the marker hold no personal data (a date, a process id).
Every open still reads the schema with the key, so a wrong key or an unreadable first page is
caught at once; ``vigilance selfcheck`` always runs the full check.
"""

from __future__ import annotations

import contextlib
import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from vigilance_app import safe_json
from vigilance_app.paths import DataPaths, write_private_file

ALWAYS_BELOW = 32 * 1024 * 1024
EVERY = timedelta(days=7)
MAX_RECORD_BYTES = 4096  # one date


MARKER_PREFIX = "vigilance.db.open-"


def marker(paths: DataPaths, pid: int | None = None) -> Path:
    """Present while this process (or ``pid``) has the store open; left behind by a crash."""
    return paths.root / f"{MARKER_PREFIX}{os.getpid() if pid is None else pid}"


def crashed_markers(paths: DataPaths) -> list[Path]:
    """Markers of sessions that did not close cleanly: a process that is gone, or an earlier
    store of this very process that was never closed."""
    from vigilance_app.store.copy import process_alive

    found = []
    with contextlib.suppress(OSError):
        for item in paths.root.glob(f"{MARKER_PREFIX}*"):
            try:
                pid = int(item.name[len(MARKER_PREFIX):])
            except ValueError:
                pid = 0
            if pid == os.getpid() or not process_alive(pid):
                found.append(item)
    return found


def clear_crashed_markers(paths: DataPaths) -> None:
    """After a full check passed, the crashes it was run for are dealt with."""
    for item in crashed_markers(paths):
        if item != marker(paths):
            with contextlib.suppress(OSError):
                item.unlink()


def record(paths: DataPaths) -> Path:
    return paths.root / "integrity-check.json"


def last_full_check(paths: DataPaths) -> datetime | None:
    try:
        data = safe_json.read(record(paths), MAX_RECORD_BYTES, max_depth=2)
        value = datetime.fromisoformat(str(data["checked_at"])[:64])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def full_check_needed(paths: DataPaths, now: datetime, migration_due: bool) -> bool:
    if migration_due or crashed_markers(paths):
        return True
    try:
        if paths.database.stat().st_size < ALWAYS_BELOW:
            return True
    except OSError:
        return True
    last = last_full_check(paths)
    return last is None or not (now - EVERY <= last <= now + timedelta(days=1))


def note_full_check(paths: DataPaths, now: datetime) -> None:
    """Keep the date of the last full check, at most once a day: it only feeds the weekly
    rule, and a small store is fully checked at every start (no fsync for each of them)."""
    last = last_full_check(paths)
    if last is not None and now - timedelta(days=1) < last <= now:
        return
    with contextlib.suppress(OSError):  # a full disk: the check simply runs again next time
        write_private_file(record(paths), json.dumps({"checked_at": now.isoformat()}).encode())


def mark_open(paths: DataPaths) -> None:
    """A full disk must not stop an unlock: the marker is then simply missing."""
    with contextlib.suppress(OSError):
        write_private_file(marker(paths), str(os.getpid()).encode())


def mark_closed(paths: DataPaths) -> None:
    with contextlib.suppress(FileNotFoundError):
        marker(paths).unlink()
