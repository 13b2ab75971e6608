"""SQLCipher connections with a raw 256-bit key and the pragmas every connection needs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from vigilance_app.store.errors import WrongKeyError

if TYPE_CHECKING:
    from sqlalchemy import Engine

# Room an open needs at least (the shared-memory index and the first WAL frames).
OPEN_NEEDS = 1024 * 1024
REQUIRED_PRAGMAS = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}


def key_pragma(data_key: bytes) -> str:
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    # Raw-key syntax: SQLCipher uses the bytes as the key, no per-open PBKDF2.
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def quiet_cipher_log(conn: sqlcipher3.Connection) -> None:
    """SQLCipher writes a line to stderr for every page it cannot decrypt (about 120 for one
    damaged file) before the error reaches us; the person gets one sentence instead."""
    conn.execute("PRAGMA cipher_log_level = NONE").fetchall()


def connect_raw(path: Path, data_key: bytes) -> sqlcipher3.Connection:
    """A DB-API connection with the key and pragmas applied (also used for backups)."""
    from vigilance_app.store.diskspace import disk_full_error, is_disk_full

    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        quiet_cipher_log(conn)
        conn.execute(key_pragma(data_key))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if is_disk_full(exc, path.parent):
                raise disk_full_error(path.parent, OPEN_NEEDS) from exc
            raise WrongKeyError() from exc
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def make_engine(path: Path, data_key: bytes) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    from vigilance_app.store import commit_counter

    engine = create_engine(
        "sqlite://",
        creator=lambda: connect_raw(path, data_key),
        module=sqlcipher3.dbapi2,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )

    @event.listens_for(engine, "connect")
    def _no_pysqlite_transactions(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself (the documented pysqlite recipe).
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")
        commit_counter.note_begin(conn.connection.dbapi_connection)

    @event.listens_for(engine, "handle_error")
    def _disk_full(context: Any) -> BaseException | None:
        from vigilance_app.store.diskspace import disk_full_error, is_disk_full

        if is_disk_full(context.original_exception, path.parent):
            return disk_full_error(path.parent)
        return None

    # Every write transaction moves the commit counter (store.commit_counter) forward: just
    # before COMMIT in the database, just after it in the sidecar file.
    dialect = engine.dialect
    plain_commit = dialect.do_commit

    def do_commit(pooled: Any) -> None:
        # SQLAlchemy hands the pool's proxy; the counter keys on the driver's connection.
        count = commit_counter.bump_if_written(getattr(pooled, "dbapi_connection", pooled))
        plain_commit(pooled)
        if count is not None:
            commit_counter.record(path, data_key, count)

    dialect.do_commit = do_commit  # type: ignore[method-assign]
    return engine


def read_pragmas(engine: Engine) -> dict[str, object]:
    with engine.connect() as conn:
        return {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in REQUIRED_PRAGMAS
        }
