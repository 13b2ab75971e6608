"""Revision 0003: the journal tables, upgraded from 0002 on a real SQLCipher store."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

import vigilance_app.journal.models  # noqa: F401  (registers the journal tables on Base)
from vigilance_app.journal.repository import EntryDraft, Journal, JournalQuery
from vigilance_app.paths import DataPaths
from vigilance_app.store import migrate
from vigilance_app.store.engine import make_engine
from vigilance_app.store.models import Base
from vigilance_app.store.store import create_store, open_store

KEY = bytes(range(32))
NOW = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def _fts_or_other_capability(_obj: object, name: str | None, type_: str, *_: object) -> bool:
    # FTS5's shadow tables have no ORM class; other capabilities' tables are theirs to check.
    if type_ == "table" and name:
        return not name.startswith("journal_fts") and (
            name.startswith("journal_") or name in ("profiles", "app_state"))
    return True


def test_upgrade_from_0002_keeps_profiles_and_gives_a_working_journal(tmp_path: Path) -> None:
    old = DataPaths(tmp_path / "old")
    old.root.mkdir()
    engine = make_engine(old.database, KEY)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0002")
        conn.execute(text("INSERT INTO profiles (display_name, relationship, created_at) "
                          "VALUES ('Jeannine', 'relative', '2026-01-01 00:00:00')"))
        tables = {r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table'"))}
        assert "journal_entries" not in tables
    engine.dispose()

    store = open_store(old, KEY)  # backs up, then applies 0003..head
    assert store.schema_revision() == migrate.head_revision()
    with store.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"include_object": _fts_or_other_capability}),
            Base.metadata)
        assert diff == []
        fts = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'journal_fts'")
                           ).scalar()
        assert "fts5" in fts and "remove_diacritics 2" in fts
    profile_id = store.profiles()[0].id
    journal = Journal(store)
    entry = journal.add(profile_id, EntryDraft(NOW, "sms", senders=["06 12 34 56 78"],
                                               summary="Sécurité sociale"), NOW)
    assert [r.id for r in journal.rows(profile_id, JournalQuery(text="securite"))] == [entry]
    # Deleting the profile deletes its journal (foreign keys are on).
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM profiles WHERE id = :id"), {"id": profile_id})
        assert conn.execute(text("SELECT count(*) FROM journal_entries")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM journal_identifiers")).scalar() == 0
    store.close()


def test_fresh_store_has_the_same_journal_schema_as_an_upgraded_one(tmp_path: Path) -> None:
    old = DataPaths(tmp_path / "old")
    old.root.mkdir()
    engine = make_engine(old.database, KEY)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0002")
    engine.dispose()
    upgraded = open_store(old, KEY)
    fresh = create_store(DataPaths(tmp_path / "fresh"), KEY)

    def journal_schema(store) -> list[tuple[str, str]]:
        rows = store.reader.execute(
            "SELECT name, sql FROM sqlite_master WHERE name LIKE 'journal%' ORDER BY name"
        ).fetchall()
        return [(n, " ".join((s or "").split())) for n, s in rows]

    assert journal_schema(upgraded) == journal_schema(fresh)
    assert len(journal_schema(fresh)) > 10
    upgraded.close()
    fresh.close()
