"""The composition root: builds the services once and hands them to the CLI or the window."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from vigilance_app.errors import CodedError
from vigilance_app.paths import DataPaths, ensure_private_dir
from vigilance_app.preferences import Preferences, read_preferences, save_preferences
from vigilance_app.store.store import Store, open_store
from vigilance_app.vault import KeyringAccess, Vault
from vigilance_app.vault.kdf import KdfParams, calibrate


@dataclass
class AppServices:
    paths: DataPaths
    vault: Vault
    preferences: Preferences
    store: Store | None = None
    # A sentence to show once when preferences.json was damaged and defaults are used.
    preferences_notice: str | None = None
    # The automatic daily backup runs after the first unlock of a day (off the caller's
    # thread); a failure never fails the unlock: it is kept here for the window to show.
    routine_backups: bool = True
    routine_backup_problem: CodedError | None = None
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC), repr=False)
    _data_key: bytes | None = field(default=None, repr=False)
    _backup_thread: threading.Thread | None = field(default=None, repr=False)

    @property
    def unlocked(self) -> bool:
        return self.store is not None

    def open_with_key(self, data_key: bytes) -> Store:
        """Open (and migrate) the store with a key the vault produced."""
        if self.store is None:
            self.store = open_store(self.paths, data_key)
        self._data_key = data_key
        self._start_routine_backup(data_key)
        return self.store

    def _start_routine_backup(self, data_key: bytes) -> None:
        if not self.routine_backups or self._backup_thread is not None:
            return
        from vigilance_app.backup.routine import routine_due

        now = self.clock()
        if not routine_due(self.paths, now):  # one look at a folder: the everyday case
            return
        self._backup_thread = threading.Thread(
            target=self._routine_backup, args=(data_key, now), name="routine-backup",
            daemon=True)
        self._backup_thread.start()

    def _routine_backup(self, data_key: bytes, now: datetime) -> None:
        from vigilance_app.backup.routine import run_routine_backup

        try:
            run_routine_backup(self.paths, data_key, now)
            self.routine_backup_problem = None
        except CodedError as exc:
            self.routine_backup_problem = exc
            _log.warning("automatic backup not made: %s", exc.code)
        except Exception as exc:
            from vigilance_app.crash_log import write_crash_report

            self.routine_backup_problem = CodedError(
                "The automatic backup could not be made.", code="backup_failed")
            write_crash_report(exc, self.paths)

    def wait_for_routine_backup(self) -> None:
        thread, self._backup_thread = self._backup_thread, None
        if thread is not None:
            thread.join()

    def attach_store(self, store: Store, data_key: bytes) -> None:
        self.store = store
        self._data_key = data_key

    @property
    def data_key(self) -> bytes:
        if self._data_key is None:
            raise RuntimeError("The store is locked.")
        return self._data_key

    def lock(self) -> None:
        """Close the store and forget the key; the vault can open it again (after the
        automatic backup under way, if any, is finished)."""
        self.wait_for_routine_backup()
        if self.store is not None:
            self.store.close()
        self.store = None
        self._data_key = None

    def save_preferences(self, prefs: Preferences) -> None:
        self.preferences = prefs.validated()
        ensure_private_dir(self.paths.root)
        save_preferences(self.paths.preferences, self.preferences)


_log = logging.getLogger(__name__)


def build_services(
    data_dir: Path,
    keyring: KeyringAccess | None = None,
    kdf_params: Callable[[], KdfParams] = calibrate,
) -> AppServices:
    paths = DataPaths(data_dir)
    preferences, notice = read_preferences(paths.preferences)
    return AppServices(
        paths=paths,
        vault=Vault(paths, keyring=keyring, kdf_params=kdf_params),
        preferences=preferences,
        preferences_notice=notice,
    )
