"""Writing and reading the backup file (see the package docstring for its layout)."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import tarfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vigilance_app import safe_json
from vigilance_app.backup.errors import BackupFolderUnusable, BackupUnreadable
from vigilance_app.paths import FILE_MODE, DataPaths, ensure_private_dir
from vigilance_app.store.copy import (
    copy_database,
    fsync_folder,
    fsync_path,
    remove_stale_temporaries,
    temporary_name,
)
from vigilance_app.store.diskspace import disk_full_error, is_disk_full

SUFFIX = ".vigilance-backup"
FORMAT = 1
MANIFEST = "manifest.json"
KEYS = "vigilance.keys.json"
DATABASE = "vigilance.db"
MAX_MANIFEST_BYTES = 4096
MAX_KEYS_BYTES = 64 * 1024
MAX_DATABASE_BYTES = 16 * 1024 ** 3
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Manifest:
    created_at: str
    schema_revision: str | None
    store_id: str | None


def write_backup(paths: DataPaths, data_key: bytes, target: Path,
                 now: datetime | None = None) -> Path:
    """Write a verified backup of the open store at ``target`` (temporary name, fsync, check,
    rename). Raise DiskFullError when it does not fit; nothing is left behind on failure."""
    from vigilance_app.store.store import quick_check

    folder = target.parent
    try:
        if folder == paths.routine_backups or folder == paths.backups:
            ensure_private_dir(paths.backups)
            ensure_private_dir(folder)
        remove_stale_temporaries(folder)
    except OSError as exc:
        raise BackupFolderUnusable() from exc
    if not folder.is_dir():
        raise BackupFolderUnusable()
    keys = paths.key_header.read_bytes()
    staged = temporary_name(folder / (target.name + ".db"))
    archive = temporary_name(target)
    try:
        copy_database(paths.database, data_key, staged)
        revision = quick_check(staged, data_key, full=False)  # read-only: the copy stays as is
        manifest = {"format": FORMAT, "app": "vigilance",
                    "created_at": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
                    "schema_revision": revision,
                    "store_id": _store_id(keys)}
        digest = _write_tar(archive, json.dumps(manifest).encode(), keys, staged)
        fsync_path(archive)
        _verify_tar(archive, digest, keys)
        os.chmod(archive, FILE_MODE)
        os.replace(archive, target)
        fsync_folder(folder)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            archive.unlink()
        if isinstance(exc, OSError) and is_disk_full(exc, folder):
            raise disk_full_error(folder, _size(paths.database) * 2) from exc
        raise
    finally:
        with contextlib.suppress(OSError):
            staged.unlink()
    return target


def _size(path: Path) -> int:
    """The store's bytes with its WAL: what a backup of it may take."""
    total = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            total += Path(f"{path}{suffix}").stat().st_size
    return total


def _store_id(keys: bytes) -> str | None:
    with contextlib.suppress(ValueError, AttributeError):
        value = safe_json.loads(keys, 8).get("store_id")
        return str(value)[:64] if value else None
    return None


def _write_tar(archive: Path, manifest: bytes, keys: bytes, database: Path) -> str:
    fd = os.open(archive, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    digest = hashlib.sha256()
    with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w",
                                                  format=tarfile.PAX_FORMAT) as tar:
        for name, data in ((MANIFEST, manifest), (KEYS, keys)):
            tar.addfile(_info(name, len(data)), io.BytesIO(data))
        with open(database, "rb") as db:
            size = os.fstat(db.fileno()).st_size
            tar.addfile(_info(DATABASE, size), _Hashing(db, digest))
    return digest.hexdigest()


class _Hashing(io.RawIOBase):
    """Hashes what tarfile reads, so the archive can be checked against the verified copy."""

    def __init__(self, source: io.BufferedReader, digest: Any) -> None:
        self._source, self._digest = source, digest

    def read(self, size: int = -1) -> bytes:
        data = self._source.read(size)
        self._digest.update(data)
        return data


def _info(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = FILE_MODE
    info.mtime = 0  # no time of day or user name in the archive beyond the manifest
    return info


def _verify_tar(archive: Path, digest: str, keys: bytes) -> None:
    """Read the written archive back: the database bytes must be those of the verified copy."""
    with open_backup(archive) as opened:
        if opened.keys != keys:
            raise BackupUnreadable()
        check = hashlib.sha256()
        with opened.database() as stream:
            for chunk in iter(lambda: stream.read(CHUNK), b""):
                check.update(chunk)
        if check.hexdigest() != digest:
            raise BackupUnreadable()


class OpenedBackup:
    """A backup file read with bounds: exactly the three members, regular files, sizes capped.
    Nothing is extracted by name (no path from the file is ever used)."""

    def __init__(self, path: Path) -> None:
        try:
            self._tar = tarfile.open(path, mode="r:")  # noqa: SIM115 - closed by close()
        except (OSError, tarfile.TarError) as exc:
            raise BackupUnreadable() from exc
        try:
            members: dict[str, tarfile.TarInfo] = {}
            for index, info in enumerate(self._tar):
                if index >= 3 or not info.isreg() or info.name in members \
                        or info.name not in (MANIFEST, KEYS, DATABASE):
                    raise BackupUnreadable()
                members[info.name] = info
            if set(members) != {MANIFEST, KEYS, DATABASE}:
                raise BackupUnreadable()
            limits = {MANIFEST: MAX_MANIFEST_BYTES, KEYS: MAX_KEYS_BYTES,
                      DATABASE: MAX_DATABASE_BYTES}
            if any(members[n].size > limit for n, limit in limits.items()):
                raise BackupUnreadable()
            self._members = members
            self.keys = self._read(KEYS)
            data = safe_json.loads(self._read(MANIFEST), 2)
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise BackupUnreadable()
            revision, store_id = data.get("schema_revision"), data.get("store_id")
            self.manifest = Manifest(str(data.get("created_at", ""))[:40],
                                     str(revision)[:16] if revision else None,
                                     str(store_id)[:64] if store_id else None)
        except BackupUnreadable:
            self._tar.close()
            raise
        except (OSError, ValueError, tarfile.TarError, AttributeError) as exc:
            self._tar.close()
            raise BackupUnreadable() from exc

    @property
    def database_size(self) -> int:
        return self._members[DATABASE].size

    def _read(self, name: str) -> bytes:
        stream = self._tar.extractfile(self._members[name])
        if stream is None:
            raise BackupUnreadable()
        with stream:
            return stream.read()

    def database(self) -> io.BufferedReader:
        stream = self._tar.extractfile(self._members[DATABASE])
        if stream is None:
            raise BackupUnreadable()
        return stream  # type: ignore[return-value]

    def extract_database(self, target: Path) -> None:
        """Copy the database member to ``target`` (created, 0600, synced)."""
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            with os.fdopen(fd, "wb") as out, self.database() as stream:
                shutil.copyfileobj(stream, out, CHUNK)
                out.flush()
                os.fsync(out.fileno())
        except (tarfile.TarError, EOFError) as exc:
            raise BackupUnreadable() from exc

    def close(self) -> None:
        self._tar.close()

    def __enter__(self) -> OpenedBackup:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_backup(path: Path) -> OpenedBackup:
    return OpenedBackup(path)
