"""Restoring a backup: check it completely aside, then swap it in; the store it replaces is
kept in ``set-aside/`` (never deleted).

The backup is unpacked into a private staging folder inside the data folder, opened there with
the secret the person gives (its own key file: the password or recovery key of the time it
was made), checked page by page and migrated when it comes from an older version. Only then
are the current files moved aside and the restored ones moved in (renames in one folder).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from vigilance_app.backup.archive import open_backup
from vigilance_app.backup.errors import NoSecretForBackup
from vigilance_app.paths import DataPaths, ensure_private_dir
from vigilance_app.store.diskspace import disk_full_as_error
from vigilance_app.vault import KeyringAccess, Vault
from vigilance_app.vault.kdf import KdfParams, calibrate

STORE_FILES = ("vigilance.db", "vigilance.db-wal", "vigilance.db-shm", "vigilance.db.commits",
               "vigilance.keys.json")


@dataclass(frozen=True)
class Secret:
    """How the person opens the backup: at most one of these."""

    password: str | None = None
    recovery_key: str | None = None


@dataclass(frozen=True)
class RestoreResult:
    entries: int
    schema_revision: str | None
    replaced: Path | None  # where the previous store was put aside, if there was one
    data_key: bytes


def restore_backup(backup: Path, paths: DataPaths, secret: Secret,
                   keyring: KeyringAccess | None = None,
                   kdf_params: Callable[[], KdfParams] = calibrate,
                   now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> RestoreResult:
    """Replace the store in ``paths`` by the one in ``backup``. Raise BackupUnreadable,
    WrongSecretError / VaultError (wrong secret), StoreError (a damaged backup) or
    DiskFullError; in every such case the current store is left exactly as it was."""
    ensure_private_dir(paths.root)
    staging = paths.root / f".restore-{os.getpid()}-{os.urandom(4).hex()}"
    staged = DataPaths(staging)
    try:
        with open_backup(backup) as opened, \
                disk_full_as_error(paths.root, opened.database_size * 2):
            ensure_private_dir(staging)
            staged.key_header.write_bytes(opened.keys)
            os.chmod(staged.key_header, 0o600)
            opened.extract_database(staged.database)
        data_key = _unlock(Vault(staged, keyring=keyring, kdf_params=kdf_params), secret)
        entries, revision = _check_and_migrate(staged, data_key)
        replaced = _swap_in(staged, paths, now())
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _rewrap_keyring(paths, data_key, keyring, kdf_params)
    return RestoreResult(entries, revision, replaced, data_key)


def _unlock(vault: Vault, secret: Secret) -> bytes:
    if secret.recovery_key:
        return vault.unlock_with_recovery_key(secret.recovery_key)
    if secret.password:
        return vault.unlock_with_password(secret.password)
    everyday = vault.open_everyday()  # a backup of this computer's store, keyring mode
    if everyday.data_key is not None:
        return everyday.data_key
    raise NoSecretForBackup()


def _check_and_migrate(staged: DataPaths, data_key: bytes) -> tuple[int, str | None]:
    from vigilance_app.store import commit_counter
    from vigilance_app.store.store import open_store

    store = open_store(staged, data_key)  # full check (small or migrating) and migration
    try:
        revision = store.schema_revision()
        entries = count_entries(store.reader)
        # The restored database starts a new count: the old sidecar must not call it behind.
        commit_counter.acknowledge(staged.database, data_key, store.reader)
    finally:
        store.close()
    return entries, revision


def count_entries(conn: object) -> int:
    import sqlcipher3

    try:
        rows = conn.execute(  # type: ignore[attr-defined]
            "SELECT count(*) FROM journal_entries WHERE deleted_at IS NULL").fetchall()
    except sqlcipher3.Error:
        return 0
    return int(rows[0][0])


def _swap_in(staged: DataPaths, paths: DataPaths, moment: datetime) -> Path | None:
    present = [name for name in STORE_FILES if (paths.root / name).exists()]
    aside: Path | None = None
    if present:
        aside = paths.set_aside / f"replaced-{moment.strftime('%Y%m%dT%H%M%SZ')}-{os.getpid()}"
        ensure_private_dir(paths.set_aside)
        ensure_private_dir(aside)
        for name in present:
            os.replace(paths.root / name, aside / name)
    for name in ("vigilance.db", "vigilance.db.commits", "vigilance.keys.json"):
        source = staged.root / name
        if source.exists():
            os.replace(source, paths.root / name)
    with contextlib.suppress(OSError):
        from vigilance_app.store.copy import fsync_folder

        fsync_folder(paths.root)
    return aside


def _rewrap_keyring(paths: DataPaths, data_key: bytes, keyring: KeyringAccess | None,
                    kdf_params: Callable[[], KdfParams]) -> None:
    """A keyring-mode backup from another computer: put its key in this keyring (best effort;
    otherwise the window asks for the recovery key once, as after any keyring change)."""
    with contextlib.suppress(Exception):
        vault = Vault(paths, keyring=keyring, kdf_params=kdf_params)
        if vault.open_everyday().data_key is None:
            vault.restore_keyring(data_key)
