"""The encrypted store: pragmas, encryption at rest, migrations, integrity failures."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from vigilance_app.paths import DataPaths
from vigilance_app.store import migrate
from vigilance_app.store.engine import REQUIRED_PRAGMAS, make_engine, read_pragmas
from vigilance_app.store.errors import IntegrityFailure, MissingDatabaseError, WrongKeyError
from vigilance_app.store.models import Relationship
from vigilance_app.store.schema import schema_differences
from vigilance_app.store.store import create_store, open_store

KEY = bytes(range(32))


def test_every_connection_has_the_pragmas(paths: DataPaths) -> None:
    store = create_store(paths, KEY)
    assert read_pragmas(store.engine) == REQUIRED_PRAGMAS
    # A second, concurrent connection from the pool gets them too.
    with store.engine.connect() as a, store.engine.connect() as b:
        for conn in (a, b):
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    store.close()


def test_plain_sqlite_cannot_read_the_file(paths: DataPaths) -> None:
    store = create_store(paths, KEY)
    store.add_profile("Jeannine Martin", Relationship.RELATIVE)
    store.close()
    raw = paths.database.read_bytes()
    assert b"SQLite format 3" not in raw
    assert b"Jeannine" not in raw
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(paths.database).execute("SELECT * FROM sqlite_master").fetchall()
    cli = shutil.which("sqlite3")
    if cli is None:
        pytest.skip("the sqlite3 command-line tool is not installed")
    result = subprocess.run([cli, str(paths.database), ".tables"], capture_output=True,
                            text=True, check=False)
    assert result.returncode != 0
    assert "file is not a database" in result.stderr


def test_files_are_private(paths: DataPaths) -> None:
    create_store(paths, KEY).close()
    for file in paths.root.iterdir():
        if file.is_file():
            assert file.stat().st_mode & 0o077 == 0, file


def test_wrong_key_is_refused(paths: DataPaths) -> None:
    create_store(paths, KEY).close()
    with pytest.raises(WrongKeyError):
        open_store(paths, bytes(32))


def test_missing_database_is_not_recreated(paths: DataPaths) -> None:
    paths.root.mkdir(parents=True)
    with pytest.raises(MissingDatabaseError):
        open_store(paths, KEY)
    assert not paths.database.exists()


def schema(engine) -> list[tuple[str, str, str]]:
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "ORDER BY type, name")).all()
    return [(t, n, " ".join((s or "").split())) for t, n, s in rows]


def test_upgrade_from_first_revision_matches_a_fresh_store(tmp_path: Path) -> None:
    old = DataPaths(tmp_path / "old")
    old.root.mkdir()
    engine = make_engine(old.database, KEY)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0001")
        conn.execute(text("INSERT INTO profiles (display_name, relationship, created_at) "
                          "VALUES ('Moi', 'self', '2026-01-01 00:00:00')"))
    engine.dispose()

    upgraded = open_store(old, KEY)  # applies the migrations at start-up
    fresh = create_store(DataPaths(tmp_path / "fresh"), KEY)
    assert upgraded.schema_revision() == migrate.head_revision()
    assert schema(upgraded.engine) == schema(fresh.engine)
    with upgraded.engine.connect() as conn:
        assert schema_differences(conn) == []
    assert [p.display_name for p in upgraded.profiles()] == ["Moi"]

    # A consistent, still encrypted copy was made before migrating.
    backups = list(old.backups.iterdir())
    assert len(backups) == 1
    assert backups[0].stat().st_mode & 0o077 == 0
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(backups[0]).execute("SELECT * FROM sqlite_master").fetchall()
    engine = make_engine(backups[0], KEY)
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == "0001"
        assert conn.execute(text("SELECT count(*) FROM profiles")).scalar() == 1
    engine.dispose()
    upgraded.close()
    fresh.close()


def test_head_constant_matches_alembic() -> None:
    assert migrate.alembic_head_revision() == migrate.HEAD_REVISION


def test_no_backup_when_already_at_head(paths: DataPaths) -> None:
    create_store(paths, KEY).close()
    open_store(paths, KEY).close()
    assert not paths.backups.exists()


def test_damaged_file_is_reported_and_left_untouched(paths: DataPaths) -> None:
    store = create_store(paths, KEY)
    for i in range(200):  # enough rows to span several pages
        store.add_profile(f"Personne {i} " + "x" * 60, Relationship.RELATIVE)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(paths.database.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    for i in range(2 * page + 100, 2 * page + 164):  # scribble over the third page
        data[i] ^= 0xFF
    paths.database.write_bytes(bytes(data))
    before = paths.database.read_bytes()
    mtime = os.stat(paths.database).st_mtime_ns

    with pytest.raises(IntegrityFailure) as err:
        open_store(paths, KEY)
    assert "left untouched" in str(err.value)
    assert paths.database.read_bytes() == before
    assert os.stat(paths.database).st_mtime_ns == mtime


def test_profiles_and_active_profile(paths: DataPaths) -> None:
    store = create_store(paths, KEY)
    me = store.add_profile("  Moi  ", Relationship.SELF)
    mum = store.add_profile("Maman", Relationship.RELATIVE)
    assert store.active_profile().id == me.id  # the first profile becomes active
    store.set_active_profile(mum.id)
    assert store.active_profile().display_name == "Maman"
    with pytest.raises(ValueError):
        store.set_active_profile(999)
    with pytest.raises(ValueError):
        store.add_profile("   ", Relationship.SELF)
    assert [p.display_name for p in store.profiles()] == ["Moi", "Maman"]
    store.close()
