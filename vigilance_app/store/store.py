"""Opening the store: integrity check, backup before migration, Alembic upgrade, sessions.

Never creates a database where one is expected, and never writes to a file that failed its
integrity check.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from vigilance_app.paths import FILE_MODE, DataPaths, ensure_private_dir
from vigilance_app.store import migrate
from vigilance_app.store.engine import connect_raw, key_pragma, make_engine
from vigilance_app.store.errors import IntegrityFailure, MissingDatabaseError, WrongKeyError
from vigilance_app.store.models import AppState, Profile, Relationship

ACTIVE_PROFILE = "active_profile_id"


class Store:
    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self.sessions: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return migrate.current_revision(conn)

    # ---- profiles ----------------------------------------------------------------------

    def add_profile(self, display_name: str, relationship: Relationship) -> Profile:
        name = display_name.strip()[:80]
        if not name:
            raise ValueError("A profile needs a name.")
        with self.sessions.begin() as session:
            profile = Profile(display_name=name, relationship=relationship.value)
            session.add(profile)
            session.flush()
            if session.get(AppState, ACTIVE_PROFILE) is None:
                session.add(AppState(key=ACTIVE_PROFILE, value=str(profile.id)))
            return profile

    def profiles(self) -> list[Profile]:
        with self.sessions() as session:
            return list(session.scalars(select(Profile).order_by(Profile.id)))

    def active_profile(self) -> Profile | None:
        with self.sessions() as session:
            state = session.get(AppState, ACTIVE_PROFILE)
            if state is not None:
                profile = session.get(Profile, int(state.value))
                if profile is not None:
                    return profile
            return session.scalars(select(Profile).order_by(Profile.id).limit(1)).first()

    def set_active_profile(self, profile_id: int) -> None:
        with self.sessions.begin() as session:
            if session.get(Profile, profile_id) is None:
                raise ValueError("No such profile.")
            session.merge(AppState(key=ACTIVE_PROFILE, value=str(profile_id)))


def quick_check(path: Path, data_key: bytes) -> None:
    """Raise WrongKeyError or IntegrityFailure; the connection is read-only so nothing changes."""
    conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        conn.execute(key_pragma(data_key))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if "not a database" in str(exc):
                raise WrongKeyError() from exc
            raise IntegrityFailure(str(exc)) from exc
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        except sqlcipher3.DatabaseError as exc:
            raise IntegrityFailure(str(exc)) from exc
        if rows != ["ok"]:
            raise IntegrityFailure("; ".join(str(r) for r in rows[:5]))
    finally:
        conn.close()


def backup_copy(paths: DataPaths, data_key: bytes, label: str,
                now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Path:
    """A consistent, still-encrypted copy of the store (SQLite online backup)."""
    ensure_private_dir(paths.backups)
    stamp = now().strftime("%Y%m%dT%H%M%SZ")
    target = paths.backups / f"vigilance-{stamp}-{label}.db"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
    source = connect_raw(paths.database, data_key)
    dest = sqlcipher3.connect(str(target))
    try:
        dest.execute(key_pragma(data_key))
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    os.chmod(target, FILE_MODE)
    return target


def create_store(paths: DataPaths, data_key: bytes) -> Store:
    """A new, empty store at head. Refuses if a database file is already there."""
    if paths.database.exists():
        raise FileExistsError("A store file already exists; it was left untouched.")
    ensure_private_dir(paths.root)
    fd = os.open(paths.database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
    engine = make_engine(paths.database, data_key)
    with engine.begin() as conn:
        migrate.upgrade(conn)
    _private_files(paths)
    return Store(paths.database, engine)


def open_store(paths: DataPaths, data_key: bytes, migrate_to: str = "head") -> Store:
    if not paths.database.exists():
        raise MissingDatabaseError()
    quick_check(paths.database, data_key)
    engine = make_engine(paths.database, data_key)
    try:
        with engine.connect() as conn:
            current = migrate.current_revision(conn)
        target = migrate.head_revision() if migrate_to == "head" else migrate_to
        if current != target:
            backup_copy(paths, data_key, f"before-{target}")
            with engine.begin() as conn:
                migrate.upgrade(conn, target)
    except BaseException:
        engine.dispose()
        raise
    _private_files(paths)
    return Store(paths.database, engine)


def _private_files(paths: DataPaths) -> None:
    if os.name != "posix":
        return
    for suffix in ("", "-wal", "-shm"):
        file = Path(f"{paths.database}{suffix}")
        if file.exists():
            os.chmod(file, FILE_MODE)
