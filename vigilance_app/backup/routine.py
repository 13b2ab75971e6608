"""Automatic backups: at the first unlock of a day, kept for the last 7 days and 4 weeks.

Daily backups are named by the local date (``vigilance-2026-12-07.vigilance-backup``), so
"is one due?" is a look at one folder. Pruning keeps the 7 most recent days that have a
backup, plus the newest backup of each of the 4 most recent weeks; manual backups (other
names) are never pruned.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from vigilance_app.backup.archive import SUFFIX, write_backup
from vigilance_app.paths import DataPaths
from vigilance_app.store.copy import is_temporary

KEEP_DAYS = 7
KEEP_WEEKS = 4
_DAILY = re.compile(r"^vigilance-(\d{4}-\d{2}-\d{2})" + re.escape(SUFFIX) + "$")
_BEFORE_MIGRATION = re.compile(r"^vigilance-(\d{8}T\d{6}Z)-before-.*\.db$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # "daily", "manual" or "before_migration"
    created: datetime | None
    size: int


def daily_name(day: date) -> str:
    return f"vigilance-{day.isoformat()}{SUFFIX}"


def manual_name(now: datetime) -> str:
    return f"vigilance-{now.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}-manual{SUFFIX}"


def local_day(now: datetime) -> date:
    return now.astimezone().date()


def routine_due(paths: DataPaths, now: datetime) -> bool:
    return not (paths.routine_backups / daily_name(local_day(now))).exists()


def run_routine_backup(paths: DataPaths, data_key: bytes, now: datetime) -> Path | None:
    """Today's backup if none exists yet, then pruning; the new file, or None if not due.
    Raises what ``write_backup`` raises (the caller decides it is not fatal)."""
    if not routine_due(paths, now):
        return None
    target = paths.routine_backups / daily_name(local_day(now))
    try:
        written = write_backup(paths, data_key, target, now)
    except FileExistsError:  # another process made today's at the same moment
        return None
    prune(paths.routine_backups)
    return written


def backup_now(paths: DataPaths, data_key: bytes, folder: Path | None = None,
               now: datetime | None = None) -> Path:
    """A manual backup in ``folder`` (a USB key...), or beside the automatic ones."""
    moment = now or datetime.now(UTC)
    target = (folder or paths.routine_backups) / manual_name(moment)
    return write_backup(paths, data_key, target, moment)


def prune(folder: Path) -> list[Path]:
    """Remove daily backups beyond the retention rule; return what was removed."""
    dated: dict[date, Path] = {}
    with contextlib.suppress(OSError):
        for item in folder.iterdir():
            match = _DAILY.match(item.name)
            if match:
                with contextlib.suppress(ValueError):
                    dated[date.fromisoformat(match.group(1))] = item
    days = sorted(dated, reverse=True)
    keep = set(days[:KEEP_DAYS])
    weeks: dict[tuple[int, int], date] = {}
    for day in days:  # newest first: the first seen of each week is its newest
        weeks.setdefault(day.isocalendar()[:2], day)
    keep.update(sorted(weeks.values(), reverse=True)[:KEEP_WEEKS])
    removed = []
    for day in days:
        if day not in keep:
            with contextlib.suppress(OSError):
                dated[day].unlink()
                removed.append(dated[day])
    return removed


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """Automatic, manual (kept beside them) and pre-migration backups, newest first."""
    found: list[BackupInfo] = []
    for folder in (paths.routine_backups, paths.backups):
        with contextlib.suppress(OSError):
            for item in folder.iterdir():
                if is_temporary(item) or not item.is_file():
                    continue
                info = _describe(item)
                if info is not None:
                    found.append(info)
    return sorted(found, key=lambda b: b.created or datetime.min.replace(tzinfo=UTC),
                  reverse=True)


def _describe(item: Path) -> BackupInfo | None:
    size = item.stat().st_size
    daily = _DAILY.match(item.name)
    if daily:
        day = date.fromisoformat(daily.group(1))
        return BackupInfo(item, "daily", datetime(day.year, day.month, day.day, tzinfo=UTC),
                          size)
    before = _BEFORE_MIGRATION.match(item.name)
    if before:
        return BackupInfo(item, "before_migration", _stamp(before.group(1)), size)
    manual = re.match(r"^vigilance-(\d{8}T\d{6}Z)-manual" + re.escape(SUFFIX) + "$",
                      item.name)
    if manual:
        return BackupInfo(item, "manual", _stamp(manual.group(1)), size)
    return None


def _stamp(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None
