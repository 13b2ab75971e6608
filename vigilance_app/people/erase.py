"""Erasing everything Vigilance keeps on this computer: the store and its write-ahead files,
the key file, the backups, the preferences and small records, the keyring entry and the
start-at-login entry. Afterwards the app starts again at its first-start wizard.

The store must be closed first (``AppServices.lock()``; ``erase_services`` does it). Nothing
is unlocked: a person who lost every way in can still erase.

The key file is overwritten with random bytes before it is removed: the store and its backups
are encrypted, and without the key file and the keyring entry (both gone) they can no longer
be read, whatever copies of the disk's old blocks may remain. Files of the data folder that
Vigilance did not make are left alone (a folder chosen with ``--data-dir`` may hold others).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from vigilance_app.errors import CodedError

if TYPE_CHECKING:
    from vigilance_app.paths import DataPaths
    from vigilance_app.reviews.autostart import Autostart
    from vigilance_app.services import AppServices
    from vigilance_app.vault import KeyringAccess

# Files of the data folder made by Vigilance besides those ``DataPaths`` names: markers,
# records and the temporary files of atomic writes.
_OWN_NAMES = frozenset({"integrity-check.json", "unlock-throttle.json", "preferences.json"})
_OWN_PREFIXES = ("vigilance", ".vigilance")
# The folder's instance lock (an empty file the command itself may hold while erasing):
# removed like the rest, but not listed as something that held data.
_QUIET = frozenset({".vigilance.lock"})


class EraseIncomplete(CodedError):
    code = "erase_incomplete"

    def __init__(self, left: int) -> None:
        super().__init__(f"{left} item(s) of Vigilance could not be erased (see the list "
                         "above); close Vigilance everywhere and try again.",
                         params={"left": left})


@dataclass
class EraseReport:
    removed: list[str] = field(default_factory=list)  # names, relative to the data folder
    left: list[str] = field(default_factory=list)  # what could not be removed
    keyring_entry_removed: bool = False
    autostart_removed: bool = False

    @property
    def complete(self) -> bool:
        return not self.left


def data_paths_of(paths: DataPaths) -> list[Path]:
    """Every file or folder ``DataPaths`` names (its properties and backup locations)."""
    found: list[Path] = []
    for name in dir(type(paths)):
        if name.startswith("_") or name == "root":
            continue
        attribute = getattr(type(paths), name, None)
        if isinstance(attribute, property):
            value = getattr(paths, name)
            if isinstance(value, Path):
                found.append(value)
    locations = getattr(paths, "backup_locations", None)
    if callable(locations):
        found.extend(locations())
    database = paths.database
    found += [Path(f"{database}{suffix}") for suffix in ("-wal", "-shm", "-journal")]
    return list(dict.fromkeys(found))


def _own_files(root: Path) -> list[Path]:
    try:
        children = list(root.iterdir())
    except OSError:
        return []
    return [child for child in children
            if child.name in _OWN_NAMES or child.name.startswith(_OWN_PREFIXES)
            or (child.name.startswith(".") and child.name.endswith(".tmp"))]


def _keyring_username(paths: DataPaths) -> tuple[str | None, str | None]:
    """(username, backend id) of the store's keyring entry, read from the key file."""
    from vigilance_app.vault.header import KeyHeader

    try:
        slot = KeyHeader.load(paths.key_header).slots.get("keyring") or {}
    except Exception:  # a missing or damaged key file: no entry can be named
        return None, None
    username = slot.get("username")
    return (username if isinstance(username, str) else None), slot.get("backend")


def _shred(path: Path) -> None:
    """Overwrite a small file with random bytes before it is removed."""
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        if 0 < size <= 1024 * 1024:
            with open(path, "r+b") as handle:
                handle.write(os.urandom(size))
                handle.flush()
                os.fsync(handle.fileno())


def _remove(path: Path, root: Path, report: EraseReport) -> None:
    if not (path.exists() or path.is_symlink()):
        return
    name = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    except OSError:
        report.left.append(name)
        return
    if path.name not in _QUIET:
        report.removed.append(name)


def erase_everything(paths: DataPaths, keyring: KeyringAccess | None = None,
                     autostart: Autostart | None = None,
                     extra: Iterable[Path] = (), keep_lock: bool = False) -> EraseReport:
    """Erase it all (see the module docstring). Never raises for a missing piece: the report
    says what was removed and what was left."""
    from vigilance_app.reviews.autostart import autostart_for
    from vigilance_app.vault import KeyringAccess

    report = EraseReport()
    root = paths.root
    username, backend = _keyring_username(paths)
    if username:
        access = keyring or KeyringAccess()
        access.prefer(backend)
        access.delete(username)
        try:
            report.keyring_entry_removed = access.read(username) is None
        except Exception:  # the keyring cannot be asked: say so rather than claim success
            report.keyring_entry_removed = False
        if not report.keyring_entry_removed:
            report.left.append("keyring entry")
    starter = autostart or autostart_for()
    try:
        was_on = starter.is_enabled() or bool(getattr(starter, "path", Path()).exists())
        starter.disable()
        report.autostart_removed = was_on
    except OSError:
        report.left.append("start-at-login entry")
    _shred(paths.key_header)
    for path in [*data_paths_of(paths), *extra]:
        if path != root:
            _remove(path, root, report)
    from vigilance_app.instance_lock import lock_path

    # A window that goes on running (at its first-start wizard) keeps its instance lock: a
    # new lock file beside a deleted one would let a second window open the same folder.
    keep = lock_path(paths) if keep_lock else None
    for path in _own_files(root):
        if path == keep:
            continue
        _remove(path, root, report)
    with contextlib.suppress(OSError):
        if root.is_dir() and not any(root.iterdir()):
            root.rmdir()
    return report


def erase_services(services: AppServices, autostart: Autostart | None = None,
                   keep_lock: bool = False) -> EraseReport:
    """Close the store, forget the key, then ``erase_everything``."""
    services.lock()
    return erase_everything(services.paths, services.vault.keyring, autostart,
                            keep_lock=keep_lock)


def report_lines(report: EraseReport) -> list[str]:
    """Plain sentences for the command line."""
    lines = [f"Erased: {name}" for name in report.removed]
    if report.keyring_entry_removed:
        lines.append("Erased: the store's entry in the system keyring")
    if report.autostart_removed:
        lines.append("Erased: the start-at-login entry")
    lines += [f"Could not erase: {name}" for name in report.left]
    return lines
