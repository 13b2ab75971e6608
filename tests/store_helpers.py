"""Real SQLCipher stores for the reliability tests: made, filled, damaged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from vigilance_app.paths import DataPaths
from vigilance_app.store.models import Relationship
from vigilance_app.store.store import Store, create_store

KEY = bytes(range(32))
T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def filled_store(paths: DataPaths, entries: int = 150, key: bytes = KEY,
                 revision: str | None = None) -> int:
    """A store with ``entries`` journal entries (at ``revision`` when given, older than the
    latest: made by the real migrations, then filled in plain SQL); the profile id."""
    from vigilance_app.journal.repository import EntryDraft, Journal

    store = create_store(paths, key) if revision is None else _store_at(paths, key, revision)
    profile = store.add_profile("Moi", Relationship.SELF)
    if entries:
        Journal(store).add_many(profile.id, [
            EntryDraft(received_at=T0 + timedelta(hours=i), channel="sms",
                       summary=f"colis numero {i}", body=("Votre colis est bloque. " * 20),
                       senders=["06 12 34 56 78"]) for i in range(entries)], T0)
    store.close()
    return profile.id


def _store_at(paths: DataPaths, key: bytes, revision: str) -> Store:
    import os

    from vigilance_app.paths import ensure_private_dir
    from vigilance_app.store import migrate

    ensure_private_dir(paths.root)
    os.close(os.open(paths.database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    store = Store(paths.database, key)
    with store.engine.begin() as conn:
        migrate.upgrade(conn, revision)
    return store


def checkpoint(database: Path, key: bytes = KEY) -> None:
    from vigilance_app.store.engine import connect_raw

    conn = connect_raw(database, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x10
    path.write_bytes(bytes(data))


def entry_count(database: Path, key: bytes = KEY) -> int:
    from vigilance_app.store.engine import connect_raw

    conn = connect_raw(database, key)
    try:
        return int(conn.execute("SELECT count(*) FROM journal_entries").fetchall()[0][0])
    finally:
        conn.close()
