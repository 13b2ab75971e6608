"""Opening the store: integrity check, backup before migration, Alembic upgrade, sessions.

Never creates a database where one is expected, and never writes to a file that failed its
integrity check.

The everyday open uses the SQLCipher driver alone: SQLAlchemy (about 0.3 s of imports) is
loaded when the first ORM session is asked for, not to paint the first screen. First-screen
reads go through ``reader``, a plain connection with the same key and pragmas.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import sqlcipher3

from vigilance_app.paths import FILE_MODE, DataPaths, ensure_private_dir
from vigilance_app.store.diskspace import disk_full_as_error, disk_full_error, is_disk_full
from vigilance_app.store.engine import OPEN_NEEDS, connect_raw, key_pragma, quiet_cipher_log
from vigilance_app.store.errors import (
    EmptyStoreFile,
    IntegrityFailure,
    MissingDatabaseError,
    WrongKeyError,
)
from vigilance_app.store.vocabulary import ProfileInfo, Relationship

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from vigilance_app.errors import CodedError

ACTIVE_PROFILE = "active_profile_id"
# Room a new store needs (measured about 0.5 MB, with its WAL), for the "free N MB" sentence.
NEW_STORE_BYTES = 2 * 1024 * 1024
MIGRATION_WAIT = 300.0  # seconds a second process waits for another one's migration
PROFILE_COLUMNS = "id, display_name, relationship"


class Store:
    def __init__(self, path: Path, data_key: bytes,
                 on_close: Callable[[], None] | None = None) -> None:
        self.path = path
        self._data_key = data_key
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._reader: sqlcipher3.Connection | None = None
        self._lock = threading.Lock()
        self._on_close = on_close  # marks a clean close (store.integrity)
        # Commits recorded beside the store that the database lacks (store.commit_counter);
        # ``missing_commits_warning`` says it in words for the window.
        self.missing_commits = 0

    # ---- connections -------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                from vigilance_app.store.engine import make_engine

                self._engine = make_engine(self.path, self._data_key)
            return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions

    @property
    def reader(self) -> sqlcipher3.Connection:
        """A plain connection for quick reads on the UI thread (no SQLAlchemy needed)."""
        with self._lock:
            if self._reader is None:
                self._reader = connect_raw(self.path, self._data_key)
            return self._reader

    def close(self) -> None:
        with self._lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None
            self._sessions = None
            if self._on_close is not None:
                self._on_close()
                self._on_close = None

    def schema_revision(self) -> str | None:
        return revision_of(self.reader)

    def record_commit(self, count: int) -> None:
        """After a raw-connection COMMIT that ``commit_counter.bump`` numbered."""
        from vigilance_app.store import commit_counter

        commit_counter.record(self.path, self._data_key, count)

    @property
    def missing_commits_warning(self) -> CodedError | None:
        from vigilance_app.store.commit_counter import MissingCommitsWarning

        return MissingCommitsWarning(self.missing_commits) if self.missing_commits else None

    def acknowledge_missing_commits(self) -> None:
        """The person was told: stop warning (until commits go missing again)."""
        from vigilance_app.store import commit_counter

        commit_counter.acknowledge(self.path, self._data_key, self.reader)
        self.missing_commits = 0

    # ---- profiles ----------------------------------------------------------------------

    def add_profile(self, display_name: str, relationship: Relationship) -> ProfileInfo:
        from vigilance_app.store.models import AppState, Profile

        name = display_name.strip()[:80]
        if not name:
            raise ValueError("A profile needs a name.")
        with self.sessions.begin() as session:
            profile = Profile(display_name=name, relationship=Relationship(relationship).value)
            session.add(profile)
            session.flush()
            if session.get(AppState, ACTIVE_PROFILE) is None:
                session.add(AppState(key=ACTIVE_PROFILE, value=str(profile.id)))
            return ProfileInfo(profile.id, profile.display_name, profile.relationship)

    def profiles(self) -> list[ProfileInfo]:
        rows = self.reader.execute(f"SELECT {PROFILE_COLUMNS} FROM profiles ORDER BY id")
        return [ProfileInfo(*row) for row in rows.fetchall()]

    def active_profile(self) -> ProfileInfo | None:
        # fetchall, not fetchone: a half-read cursor would pin an old WAL snapshot.
        rows = self.reader.execute(
            f"SELECT {PROFILE_COLUMNS} FROM profiles WHERE id = "
            "(SELECT CAST(value AS INTEGER) FROM app_state WHERE key = ?)",
            (ACTIVE_PROFILE,),
        ).fetchall() or self.reader.execute(
            f"SELECT {PROFILE_COLUMNS} FROM profiles ORDER BY id LIMIT 1").fetchall()
        return ProfileInfo(*rows[0]) if rows else None

    def set_active_profile(self, profile_id: int) -> None:
        from vigilance_app.store.models import AppState, Profile

        with self.sessions.begin() as session:
            if session.get(Profile, profile_id) is None:
                raise ValueError("No such profile.")
            session.merge(AppState(key=ACTIVE_PROFILE, value=str(profile_id)))


def revision_of(conn: sqlcipher3.Connection) -> str | None:
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlcipher3.OperationalError:  # no table yet: a brand-new database
        return None
    return rows[0][0] if len(rows) == 1 else None


def quick_check(path: Path, data_key: bytes,
                full: bool | Callable[[str | None], bool] = True) -> str | None:
    """Read the store with the key on a read-only connection (nothing changes) and return its
    schema revision; with ``full``, also run ``PRAGMA quick_check`` over every page. ``full``
    may decide from the revision just read (one connection, one key set-up, for both).
    Raise WrongKeyError, IntegrityFailure (EmptyStoreFile for a file without any schema: a
    0-byte file is never taken for a new store) or DiskFullError."""
    try:
        if path.stat().st_size == 0:
            raise EmptyStoreFile("empty file")
    except FileNotFoundError as exc:
        raise MissingDatabaseError() from exc
    conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        quiet_cipher_log(conn)
        conn.execute(key_pragma(data_key))
        try:
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchall()[0][0]
            revision = revision_of(conn)
        except sqlcipher3.DatabaseError as exc:
            _raise_read_error(exc, path)
        if not tables:
            raise EmptyStoreFile("no schema")
        if not (full(revision) if callable(full) else full):
            return revision
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        except sqlcipher3.DatabaseError as exc:
            _raise_read_error(exc, path)
        if rows != ["ok"]:
            raise IntegrityFailure("; ".join(str(r) for r in rows[:5]))
        return revision
    finally:
        conn.close()


def _raise_read_error(exc: sqlcipher3.DatabaseError, path: Path) -> NoReturn:
    if is_disk_full(exc, path.parent):
        raise disk_full_error(path.parent, OPEN_NEEDS) from exc
    if "not a database" in str(exc):
        raise WrongKeyError() from exc
    raise IntegrityFailure(str(exc)) from exc


def backup_copy(paths: DataPaths, data_key: bytes, label: str,
                now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Path:
    """A consistent, still-encrypted and verified copy of the store (store.copy), under a
    name unique to this process. Raise DiskFullError when it does not fit."""
    from vigilance_app.store.copy import copy_database, remove_stale_temporaries

    ensure_private_dir(paths.backups)
    remove_stale_temporaries(paths.backups)
    stamp = now().strftime("%Y%m%dT%H%M%SZ")
    target = paths.backups / f"vigilance-{stamp}-{label}.db"
    if target.exists():
        target = paths.backups / f"vigilance-{stamp}-{label}-{os.getpid()}.db"
    for attempt in range(100):
        try:
            return copy_database(paths.database, data_key, target)
        except FileExistsError:
            target = paths.backups / f"vigilance-{stamp}-{label}-{os.getpid()}-{attempt}.db"
    raise FileExistsError(target)


def create_store(paths: DataPaths, data_key: bytes, database: Path | None = None) -> Store:
    """A new, empty store at head (in ``database``, by default the store's file). Refuses if
    that file is already there. On a full disk, the half-made file is removed again (it held
    nothing) and DiskFullError raised."""
    from vigilance_app.store import migrate

    target = database or paths.database
    if target.exists():
        raise FileExistsError("A store file already exists; it was left untouched.")
    ensure_private_dir(paths.root)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
    store = Store(target, data_key)
    try:
        with disk_full_as_error(paths.root, NEW_STORE_BYTES), store.engine.begin() as conn:
            migrate.upgrade(conn)
    except BaseException:
        store.close()
        remove_database_files(target)
        raise
    _private_files(paths)
    return store


def remove_database_files(database: Path) -> None:
    """Only for a database this process has just made and that holds nothing yet."""
    for suffix in ("", "-wal", "-shm", "-journal", ".commits"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)


def finish_interrupted_creation(paths: DataPaths) -> None:
    """``init`` writes the key file only once the new database is complete (under a
    temporary name), then renames the database: if it was stopped between the two, finish
    the rename. A temporary database without a key file can never be opened: it is removed
    by the next ``init`` (``setup_store``)."""
    pending = paths.pending_database
    if paths.database.exists() or not paths.key_header.exists() or not pending.exists():
        return
    with contextlib.suppress(FileNotFoundError):
        os.replace(f"{pending}.commits", f"{paths.database}.commits")
    os.replace(pending, paths.database)
    with contextlib.suppress(OSError):
        from vigilance_app.store.copy import fsync_folder

        fsync_folder(paths.root)


def open_store(paths: DataPaths, data_key: bytes, migrate_to: str | None = None,
               now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Store:
    """Check, back up if a migration is due, migrate, and return the open store.

    The full integrity check runs when ``store.integrity`` says it can matter (small file,
    unclean last close, migration due, or a week since the last one); the key and the schema
    are read at every open."""
    from vigilance_app.store import integrity
    from vigilance_app.store.migrate import HEAD_REVISION

    finish_interrupted_creation(paths)
    if not paths.database.exists():
        raise MissingDatabaseError()
    target = migrate_to or HEAD_REVISION
    moment = now()
    full = False

    def full_check_needed(revision: str | None) -> bool:
        nonlocal full
        full = integrity.full_check_needed(paths, moment, migration_due=revision != target)
        return full

    quick_check(paths.database, data_key, full=full_check_needed)
    if full:
        integrity.note_full_check(paths, moment)
        integrity.clear_crashed_markers(paths)
    store = Store(paths.database, data_key, on_close=lambda: integrity.mark_closed(paths))
    try:
        with disk_full_as_error(paths.root):
            revision = store.schema_revision()
        if revision != target:
            _migrate(paths, data_key, store, target)
        integrity.mark_open(paths)
        store.missing_commits = _missing_commits(store, data_key)
    except BaseException:
        store.close()
        raise
    _private_files(paths)
    return store


def _migrate(paths: DataPaths, data_key: bytes, store: Store, target: str) -> None:
    """Back up, then migrate; one process at a time (a second one waits, then finds the
    work done), since two transactions upgrading at once would collide."""
    from vigilance_app.instance_lock import MIGRATION_LOCK_NAME, InstanceLock
    from vigilance_app.store import migrate

    lock = InstanceLock(paths, MIGRATION_LOCK_NAME)
    lock.acquire(wait=MIGRATION_WAIT)
    try:
        if store.schema_revision() == target:
            return
        backup_copy(paths, data_key, f"before-{target}")
        needed = 2 * paths.database.stat().st_size
        with disk_full_as_error(paths.root, needed), store.engine.begin() as conn:
            migrate.upgrade(conn, target)
    finally:
        lock.release()


def _missing_commits(store: Store, data_key: bytes) -> int:
    from vigilance_app.store import commit_counter

    try:
        return commit_counter.missing_commits(store.path, data_key, store.reader)
    except sqlcipher3.Error:
        return 0


def _private_files(paths: DataPaths) -> None:
    if os.name != "posix":
        return
    for suffix in ("", "-wal", "-shm", ".commits"):
        file = Path(f"{paths.database}{suffix}")
        if file.exists():
            os.chmod(file, FILE_MODE)
