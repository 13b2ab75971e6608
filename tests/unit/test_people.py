"""The people watched over, on a real SQLCipher store: add (yourself or a relative), rename,
switch, remove; removal erases every row of that person and nothing of anyone else."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from vigilance_app import people
from vigilance_app.guidance.breach import record_breach_notice
from vigilance_app.guidance.progress import start_run, tick
from vigilance_app.journal.repository import (
    EntryDraft,
    FlagDraft,
    Journal,
    JournalQuery,
    ReportDraft,
)
from vigilance_app.paths import DataPaths
from vigilance_app.people.file_names import suggested_file_name
from vigilance_app.reviews import accounts as api
from vigilance_app.store.store import Store, create_store

KEY = bytes(range(32))
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = create_store(DataPaths(tmp_path / "data"), KEY)
    yield s
    s.close()


def fill(store: Store, person_id: int, word: str) -> None:
    """A journal, accounts with reviews and a snooze, plans with ticks, a breach notice and a
    period of heightened vigilance, all with ``word`` in their texts."""
    journal = Journal(store)
    ids = journal.add_many(person_id, [EntryDraft(
        received_at=NOW - timedelta(days=i), channel="sms", senders=[f"06 12 34 56 7{i}"],
        summary=f"{word} colis {i}", body=f"{word} https://colis-{word}.info/p",
        flags=[FlagDraft("urgency")], reactions=["clicked_link"], disclosed=["card"],
        reports=[ReportDraft("33700", date(2026, 12, 1), f"note {word}")],
        tags=[f"tag{word}"], raw_eml=b"From: x\n\n" + word.encode() if i == 0 else None)
        for i in range(3)], NOW)
    account = api.add_account(store, person_id, "bank", f"Compte {word}", now=NOW)
    api.record_review(store, account.id, "unusual", f"note {word}", NOW,
                      journal_entry_id=ids[0])
    api.snooze(store, account.id, "tomorrow", NOW.date())
    api.start_heightened(store, person_id, date(2026, 12, 1), date(2027, 1, 1), note=word)
    run = start_run(store, person_id, "clicked_link", NOW, journal_entry_id=ids[1])
    from vigilance_app.guidance.progress import run_state

    tick(store, run, run_state(store, run).step_ids[0], NOW, note=word)
    record_breach_notice(store, person_id, f"Mutuelle {word}", date(2026, 11, 2), "Fuite",
                         ["nir"], NOW)


def rows_of(store: Store, person_id: int) -> dict[str, int]:
    """Every row of every table that belongs to ``person_id`` (directly or through a parent),
    found from the schema itself, so a table added later is not forgotten."""
    conn = store.reader
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'journal_fts%' AND sql NOT LIKE 'CREATE VIRTUAL%'").fetchall()]
    entries = [r[0] for r in conn.execute(
        "SELECT id FROM journal_entries WHERE profile_id = ?", (person_id,)).fetchall()]
    accounts = [r[0] for r in conn.execute(
        "SELECT id FROM accounts WHERE profile_id = ?", (person_id,)).fetchall()]
    runs = [r[0] for r in conn.execute(
        "SELECT id FROM plan_runs WHERE profile_id = ?", (person_id,)).fetchall()]
    owners = {"profile_id": [person_id], "entry_id": entries, "account_id": accounts,
              "run_id": runs, "journal_entry_id": entries}
    found: dict[str, int] = {}
    for table in tables:
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})").fetchall()}
        count = 0
        for column, ids in owners.items():
            if column in columns and ids:
                marks = ",".join("?" * len(ids))
                count += conn.execute(f"SELECT count(*) FROM {table} WHERE {column} IN "
                                      f"({marks})", ids).fetchall()[0][0]
        if table == "profiles":
            count += conn.execute("SELECT count(*) FROM profiles WHERE id = ?",
                                  (person_id,)).fetchall()[0][0]
        if table == "app_state":
            count += conn.execute("SELECT count(*) FROM app_state WHERE value = ? OR key LIKE ?",
                                  (str(person_id), f"%:{person_id}")).fetchall()[0][0]
        if count:
            found[table] = count
    return found


def test_add_list_rename_switch(store: Store) -> None:
    me = people.add_person(store, "  Moi  ", relative=False)
    jeanne = people.add_person(store, "Jeanne\u202e\x00 Martin", relative=True)
    assert me.is_self and not me.relative
    assert jeanne.relative and jeanne.name == "Jeanne Martin"
    assert [p.name for p in people.list_people(store)] == ["Moi", "Jeanne Martin"]
    assert people.active_person(store) == me  # the first one added
    assert people.switch_to(store, jeanne.id) == jeanne
    assert people.active_person(store) == jeanne
    assert people.person_for(store, None) == jeanne
    assert people.person_for(store, "jeanne martin") == jeanne
    renamed = people.rename_person(store, jeanne.id, "Maman")
    assert renamed.name == "Maman" and renamed.relative
    assert people.find_person(store, "MAMAN").id == jeanne.id
    assert people.set_relative(store, jeanne.id, False).is_self


def test_names_are_required_and_unique_whatever_the_case(store: Store) -> None:
    people.add_person(store, "Jeanne", relative=True)
    with pytest.raises(people.PersonNameEmpty) as empty:
        people.add_person(store, " \t\x00 ", relative=True)
    assert empty.value.code == "person_name_empty"
    with pytest.raises(people.PersonNameTaken) as taken:
        people.add_person(store, "JEANNE", relative=False)
    assert taken.value.code == "person_name_taken" and taken.value.params == {"name": "JEANNE"}
    paul = people.add_person(store, "Paul", relative=False)
    with pytest.raises(people.PersonNameTaken):
        people.rename_person(store, paul.id, "jeanne")
    assert people.rename_person(store, paul.id, "PAUL").name == "PAUL"  # own name, new case
    with pytest.raises(people.PersonNotFound) as missing:
        people.find_person(store, "Personne")
    assert missing.value.code == "person_not_found"
    assert "Personne" in str(missing.value)
    assert len(people.add_person(store, "x" * 500, relative=True).name) == 80


def test_nobody_yet_and_the_last_person_cannot_be_removed(store: Store) -> None:
    with pytest.raises(people.NoPersonYet):
        people.person_for(store, None)
    only = people.add_person(store, "Moi", relative=False)
    with pytest.raises(people.LastPerson) as last:
        people.remove_person(store, only.id)
    assert last.value.code == "person_last"
    assert people.list_people(store) == [only]


def test_removal_erases_every_row_of_that_person_and_only_theirs(store: Store) -> None:
    me = people.add_person(store, "Moi", relative=False)
    jeanne = people.add_person(store, "Jeanne", relative=True)
    fill(store, me.id, "mienne")
    fill(store, jeanne.id, "sienne")
    from vigilance_app.handover.payload import person_uid

    person_uid(store, jeanne.id)
    people.switch_to(store, jeanne.id)
    mine_before = rows_of(store, me.id)
    preview = people.removal_preview(store, jeanne.id)
    assert (preview.entries, preview.accounts, preview.reviews, preview.plans,
            preview.breach_notices, preview.heightened_periods) == (3, 1, 1, 2, 1, 1)
    assert rows_of(store, jeanne.id)

    summary = people.remove_person(store, jeanne.id)

    assert summary == preview
    assert rows_of(store, jeanne.id) == {}
    assert people.active_person(store) == me  # the removed person was active
    mine_after = rows_of(store, me.id)
    assert mine_after.pop("app_state") == 1  # now the active person
    assert mine_after == {k: v for k, v in mine_before.items() if k != "app_state"}
    journal = Journal(store)
    assert journal.rows(me.id, JournalQuery(text="mienne"))
    for profile in (me.id, jeanne.id):  # the full-text index holds nothing of hers
        assert not journal.rows(profile, JournalQuery(text="sienne"))
    hits = store.reader.execute("SELECT rowid FROM journal_fts WHERE journal_fts MATCH "
                                "'sienne'").fetchall()
    assert hits == []


def test_no_table_keeps_a_removed_text(store: Store, tmp_path: Path) -> None:
    """No table keeps a removed text, the full-text index included (a contentless index
    keeps deleted words until its segments are merged): checked on a plaintext copy of the
    decrypted database (``sqlcipher_export``)."""
    me = people.add_person(store, "Moi", relative=False)
    jeanne = people.add_person(store, "Jeanne", relative=True)
    fill(store, me.id, "mienne")
    fill(store, jeanne.id, "zqxsecret")
    people.remove_person(store, jeanne.id)
    plain = tmp_path / "plain.db"
    conn = store.engine.raw_connection()
    try:
        driver = conn.driver_connection
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        driver.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
        driver.execute("SELECT sqlcipher_export('plain')").fetchall()
        driver.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    data = plain.read_bytes()
    assert b"mienne" in data  # the check can see text at all
    assert b"zqxsecret" not in data


def test_suggested_file_names_carry_the_name_in_the_person_language() -> None:
    day = date(2026, 12, 7)
    assert suggested_file_name("evidence", "Jeanne", "fr", day, "pdf") == \
        "Dossier Jeanne 2026-12-07.pdf"
    assert suggested_file_name("evidence", "Jeanne", "en", day, "csv") == \
        "Evidence Jeanne 2026-12-07.csv"
    assert suggested_file_name("calendar", "Jeanne", "fr", day, "ics") == \
        "Agenda Jeanne 2026-12-07.ics"
    assert suggested_file_name("handover", "Jeanne", "en", day, "handover") == \
        "Handover Jeanne 2026-12-07.vigilance"
    hostile = suggested_file_name("evidence", "../..\\x/\x00.Jeanne?*", "fr", day, "pdf")
    assert "/" not in hostile and "\\" not in hostile and "\x00" not in hostile
    assert not hostile.startswith(".")
    assert suggested_file_name("evidence", "...", "fr", day, "pdf") == \
        "Dossier Vigilance 2026-12-07.pdf"
