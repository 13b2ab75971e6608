"""A full disk (a real 4 MiB tmpfs, filled) during init, unlock, import and migration: the
person reads one true sentence, nothing on disk changed, and the same action works once
space is freed. CI runs this as root; ``VIGILANCE_REQUIRE_FULL_DISK=1`` makes a missing
tmpfs a failure instead of a skip."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.integration.conftest import TEST_PASSWORD, assert_no_traceback, run_vigilance
from tests.reliability.full_disk import fill, small_disk, tmpfs_available
from tests.store_helpers import KEY, checkpoint, entry_count, filled_store
from vigilance_app.paths import DataPaths

WITH_PASSWORD = {"VIGILANCE_PASSWORD": TEST_PASSWORD,
                 "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
FAST = {**WITH_PASSWORD, "VIGILANCE_PASSWORD": "reliability-password"}
SENTENCE = re.compile(r"The disk is full: free at least (\d+) MB and try again\. "
                      r"Nothing was lost\.")


@pytest.fixture
def disk(tmp_path: Path):
    if not tmpfs_available():
        reason = "a full disk needs a tmpfs, which only root can mount"
        if os.environ.get("VIGILANCE_REQUIRE_FULL_DISK") == "1":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    with small_disk(tmp_path) as point:
        yield point


def files_of(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_init_on_a_full_disk(disk: Path, figures: dict) -> None:
    data = disk / "data"
    filler = fill(disk)
    run = run_vigilance("--data-dir", str(data), "init", env=WITH_PASSWORD)
    assert_no_traceback(run)
    assert run.returncode == 1
    assert run.stderr == ("vigilance: The disk is full: free at least 4 MB and try again. "
                          "Nothing was lost.\n")
    assert run.stdout == ""
    assert not [p.name for p in data.iterdir() if p.name != ".vigilance.lock"]
    filler.unlink()
    again = run_vigilance("--data-dir", str(data), "init", env=WITH_PASSWORD)
    assert again.returncode == 0, again.stderr
    figures["disk_full_init"] = {"message": "exact", "retried": "ok"}


def test_unlock_and_import_on_a_full_disk(disk: Path, tmp_path: Path, figures: dict) -> None:
    from tests.reliability.test_kills import password_store

    data = disk / "data"
    password_store(DataPaths(data))  # cheap key derivation: each command unlocks at once
    message = tmp_path / "colis.txt"
    message.write_text("Votre colis est bloque, payez 1,99 EUR sur hxxps://colis-suivi.top")
    assert run_vigilance("--data-dir", str(data), "import", str(message),
                         env=FAST).returncode == 0
    before = files_of(data)
    filler = fill(disk)
    expected = ("vigilance: The disk is full: free at least 3 MB and try again. "
                "Nothing was lost.\n")
    for args in (("search", "colis"), ("import", str(message))):
        run = run_vigilance("--data-dir", str(data), *args, env=FAST)
        assert_no_traceback(run)
        assert run.returncode == 1 and run.stderr == expected, run.stderr
    after = files_of(data)
    # SQLite may leave its empty working files (WAL, shared memory); nothing else changed.
    for name in ("vigilance.db-wal", "vigilance.db-shm"):
        if name not in before and name in after:
            assert not after.pop(name).strip(b"\0"), name
    assert after == before
    filler.unlink()
    found = run_vigilance("--data-dir", str(data), "search", "colis", env=FAST)
    assert found.returncode == 0 and "colis" in found.stdout
    figures["disk_full_unlock"] = {"message": "exact", "commands": 2, "retried": "ok"}


def test_a_journal_write_on_a_full_disk(disk: Path, figures: dict) -> None:
    from vigilance_app.journal.capture import import_one
    from vigilance_app.journal.repository import Journal
    from vigilance_app.store.store import open_store

    paths = DataPaths(disk / "data")
    filled_store(paths, entries=5)
    source = disk.parent / "message.txt"
    source.write_text("Bonjour, votre compte sera suspendu. Appelez le 0899 123 456. " * 40)
    store = open_store(paths, KEY)  # the disk fills up while the store is open
    journal = Journal(store)
    filler = fill(disk)
    tries = []
    for _ in range(3):
        result = import_one(journal, 1, str(source), datetime.now(UTC))
        tries.append(result)
        if result.ok:  # a page or two were still free: fill them too
            filler = fill(disk)
    failed = [r for r in tries if not r.ok]
    assert failed, "the disk never filled up"
    for result in failed:
        assert result.error_code == "disk_full", result.error
        assert SENTENCE.fullmatch(result.error or ""), result.error
    stored = 5 + sum(r.ok for r in tries)
    assert entry_count(paths.database) == stored
    filler.unlink()
    assert import_one(journal, 1, str(source), datetime.now(UTC)).ok  # retried: it works
    store.close()
    assert entry_count(paths.database) == stored + 1
    figures["disk_full_import"] = {"message": failed[0].error_code, "retried": "ok"}


def test_migration_on_a_full_disk(disk: Path, figures: dict) -> None:
    from vigilance_app.store.errors import DiskFullError
    from vigilance_app.store.migrate import HEAD_REVISION
    from vigilance_app.store.store import open_store, quick_check

    paths = DataPaths(disk / "data")
    filled_store(paths, entries=150, revision="0004")
    checkpoint(paths.database)
    before = paths.database.read_bytes()
    filler = fill(disk)
    with pytest.raises(DiskFullError) as caught:
        open_store(paths, KEY)
    match = SENTENCE.fullmatch(str(caught.value))
    assert match, str(caught.value)
    needed = int(match.group(1))
    assert caught.value.params["needed_mb"] == needed
    assert needed * 1024 * 1024 >= len(before)
    assert paths.database.read_bytes() == before
    assert not paths.backups.exists() or list(paths.backups.iterdir()) == []  # no 0-byte file
    filler.unlink()
    assert quick_check(paths.database, KEY) == "0004"
    store = open_store(paths, KEY)
    assert store.schema_revision() == HEAD_REVISION
    store.close()
    (backup,) = paths.backups.iterdir()
    assert quick_check(backup, KEY) == "0004"
    figures["disk_full_migration"] = {"message": "exact", "needed_mb": needed,
                                      "backup_left": "none", "retried": "ok"}
