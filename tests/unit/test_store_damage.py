"""Damage, full disks and two processes, at the level of the store: a 0-byte file is damage,
salvage saves what can be read, lost WAL commits are noticed, copies are verified and unique,
each process has its own crash marker, and a full disk is told apart from damage."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
import sqlcipher3

from tests.store_helpers import KEY, T0, checkpoint, entry_count, filled_store, flip_byte
from vigilance_app.paths import DataPaths
from vigilance_app.store import copy as store_copy
from vigilance_app.store import integrity
from vigilance_app.store.diskspace import is_disk_full
from vigilance_app.store.errors import DiskFullError, EmptyStoreFile, IntegrityFailure
from vigilance_app.store.salvage import salvage_store
from vigilance_app.store.store import backup_copy, open_store, quick_check


def test_a_zero_byte_store_is_damage_not_a_new_store(paths: DataPaths) -> None:
    paths.root.mkdir(parents=True)
    paths.database.write_bytes(b"")
    with pytest.raises(EmptyStoreFile) as caught:
        open_store(paths, KEY)
    assert caught.value.code == "store_damaged"
    assert paths.database.stat().st_size == 0
    assert not paths.backups.exists()


def test_salvage_saves_the_readable_entries_and_keeps_the_damaged_file(
        paths: DataPaths) -> None:
    filled_store(paths, entries=150)
    checkpoint(paths.database)
    pages = paths.database.stat().st_size // 4096
    flip_byte(paths.database, (pages // 2) * 4096 + 300)
    damaged = paths.database.read_bytes()
    with pytest.raises(IntegrityFailure):
        quick_check(paths.database, KEY)
    result = salvage_store(paths, KEY)
    assert 100 <= result.entries_saved <= 150
    assert (result.set_aside / "vigilance.db").read_bytes() == damaged
    assert quick_check(paths.database, KEY) == "0005"
    store = open_store(paths, KEY)
    try:
        assert store.missing_commits == 0
        from vigilance_app.journal.repository import Journal, JournalQuery

        found = Journal(store).rows(1, JournalQuery(text="colis"), limit=500)
        assert len(found) == result.entries_saved
    finally:
        store.close()


def test_every_single_flipped_page_still_salvages_without_error(paths: DataPaths,
                                                                tmp_path: Path) -> None:
    filled_store(paths, entries=40)
    checkpoint(paths.database)
    clean = paths.database.read_bytes()
    pages = len(clean) // 4096
    saved = []
    for page in range(1, pages):
        for item in paths.root.iterdir():
            if item.is_file():
                item.unlink()
        paths.database.write_bytes(clean)
        flip_byte(paths.database, page * 4096 + 100)
        saved.append(salvage_store(paths, KEY).entries_saved)
    assert max(saved) == 40 and sum(s == 40 for s in saved) >= pages // 2


def test_a_deleted_wal_is_said_as_missing_commits(paths: DataPaths) -> None:
    from vigilance_app.journal.repository import EntryDraft, Journal
    from vigilance_app.store.commit_counter import MissingCommitsWarning

    filled_store(paths, entries=5)
    checkpoint(paths.database)
    store = open_store(paths, KEY)
    Journal(store).add(1, EntryDraft(received_at=T0, channel="sms", summary="recent"), T0)
    # The last commit is only in the WAL; the WAL is then lost (deleted after a crash).
    main_file_before_checkpoint = paths.database.read_bytes()
    assert Path(f"{paths.database}-wal").stat().st_size > 0
    store.close()
    paths.database.write_bytes(main_file_before_checkpoint)
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    reopened = open_store(paths, KEY)
    try:
        assert entry_count(paths.database) == 5
        assert reopened.missing_commits == 1
        warning = reopened.missing_commits_warning
        assert isinstance(warning, MissingCommitsWarning)
        assert warning.code == "entries_missing" and dict(warning.params) == {"commits": 1}
        reopened.acknowledge_missing_commits()
    finally:
        reopened.close()
    again = open_store(paths, KEY)
    assert again.missing_commits == 0
    again.close()


def test_a_forged_or_damaged_counter_is_ignored(paths: DataPaths) -> None:
    import json

    from vigilance_app.store.commit_counter import sidecar_path

    filled_store(paths, entries=1)
    sidecar_path(paths.database).write_text(json.dumps({"count": 999, "mac": "00" * 32}))
    store = open_store(paths, KEY)
    assert store.missing_commits == 0
    store.close()


def test_a_read_only_session_does_not_move_the_counter(paths: DataPaths) -> None:
    from vigilance_app.store.commit_counter import recorded

    filled_store(paths, entries=1)
    before = recorded(paths.database, KEY)
    store = open_store(paths, KEY)
    with store.sessions.begin() as session:
        session.execute(__import__("sqlalchemy").text("SELECT 1")).all()
    store.add_profile("Maman", "relative")  # a write through the ORM moves it
    store.close()
    assert before is not None and recorded(paths.database, KEY) == before + 1


def test_copies_are_verified_unique_and_never_left_half_written(paths: DataPaths,
                                                                monkeypatch) -> None:
    filled_store(paths, entries=3)
    same_second = lambda: T0  # noqa: E731
    first = backup_copy(paths, KEY, "before-0006", now=same_second)
    second = backup_copy(paths, KEY, "before-0006", now=same_second)
    assert first != second and quick_check(first, KEY) == quick_check(second, KEY) == "0005"

    def no_room(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_copy, "fsync_path", no_room)
    with pytest.raises(DiskFullError) as caught:
        backup_copy(paths, KEY, "before-0007", now=same_second)
    assert caught.value.params["needed_mb"] >= 1
    names = sorted(p.name for p in paths.backups.iterdir())
    assert names == sorted([first.name, second.name])  # no 0-byte file, no temporary


def test_a_stale_temporary_of_a_dead_process_is_removed(paths: DataPaths) -> None:
    filled_store(paths, entries=1)
    paths.backups.mkdir()
    dead = paths.backups / f"{store_copy.TEMP_PREFIX}999999999-abcd-vigilance-x.db"
    dead.write_bytes(b"half")
    backup_copy(paths, KEY, "before-0006", now=lambda: T0)
    assert not dead.exists()


def test_each_process_has_its_own_crash_marker(paths: DataPaths) -> None:
    filled_store(paths, entries=1)
    other_running = integrity.marker(paths, pid=1)  # pid 1 is alive: still open, not a crash
    other_running.write_text("1")
    assert integrity.crashed_markers(paths) == []
    store = open_store(paths, KEY)
    store.close()
    assert other_running.exists()  # our clean close left the other process's marker
    dead = integrity.marker(paths, pid=999999999)
    dead.write_text("x")
    assert integrity.crashed_markers(paths) == [dead]
    open_store(paths, KEY).close()  # full check done: that crash is dealt with
    assert not dead.exists() and other_running.exists()


@pytest.mark.parametrize(("error", "full"), [
    (sqlcipher3.OperationalError("database or disk is full"), True),
    (OSError(errno.ENOSPC, "No space left on device"), True),
    (sqlcipher3.DatabaseError("database disk image is malformed"), False),
    (ValueError("bad"), False),
])
def test_disk_full_is_told_apart_from_damage(tmp_path: Path, error: Exception,
                                             full: bool) -> None:
    assert is_disk_full(error, tmp_path) is full


def test_a_failed_rollback_does_not_hide_the_full_disk(tmp_path: Path) -> None:
    try:
        try:
            raise sqlcipher3.OperationalError("database or disk is full")
        except sqlcipher3.OperationalError:
            raise sqlcipher3.OperationalError(
                "cannot rollback - no transaction is active") from None
    except sqlcipher3.OperationalError as exc:
        hidden = exc
    assert hidden.__suppress_context__ and is_disk_full(hidden, tmp_path)
    os.environ.get("X")
