"""What must hold after any kill: committed entries present, every backup absent or valid."""

from __future__ import annotations

import tempfile
from pathlib import Path

from vigilance_app.backup.archive import open_backup
from vigilance_app.paths import DataPaths
from vigilance_app.store.copy import is_temporary
from vigilance_app.store.store import quick_check


def present_entries(paths: DataPaths, key: bytes) -> set[int]:
    """Open the store as the app does (full check after a crash) and list its entries."""
    from vigilance_app.store.store import open_store

    store = open_store(paths, key)
    try:
        return {i for (i,) in store.reader.execute("SELECT id FROM journal_entries")}
    finally:
        store.close()


def backups_valid(paths: DataPaths, key: bytes, seen: set[tuple[str, int]] | None = None
                  ) -> int:
    """Check every backup under the data folder (those in ``seen`` were checked before and
    have not changed); return how many were checked. Temporary files (a kill mid-copy) are
    not backups: they carry a name no listing shows."""
    checked = 0
    seen = set() if seen is None else seen
    for folder in (paths.backups, paths.routine_backups):
        if not folder.is_dir():
            continue
        for item in folder.iterdir():
            if not item.is_file() or is_temporary(item):
                continue
            stat = item.stat()
            identity = (str(item), stat.st_mtime_ns)
            if identity in seen:
                continue
            seen.add(identity)
            if item.suffix == ".db":
                quick_check(item, key)
            else:
                with open_backup(item) as opened, tempfile.TemporaryDirectory() as tmp:
                    db = Path(tmp) / "check.db"
                    opened.extract_database(db)
                    quick_check(db, key)
            checked += 1
    return checked
