"""Encrypted backups: daily at the first unlock, retention, "back up now", restore with the
password or the recovery key, from an older schema too."""

from __future__ import annotations

import tarfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.fakes import fast_kdf
from tests.store_helpers import T0, entry_count, filled_store
from vigilance_app.backup import archive, routine
from vigilance_app.backup.errors import BackupUnreadable
from vigilance_app.backup.restore import Secret, restore_backup
from vigilance_app.paths import DataPaths
from vigilance_app.services import AppServices
from vigilance_app.setup_store import create_new_store
from vigilance_app.store.copy import is_temporary
from vigilance_app.store.store import open_store
from vigilance_app.vault import CustodyMode, Vault, WrongSecretError

PASSWORD = "un mot de passe sûr"


def made(paths: DataPaths, vault: Vault, entries: int = 12) -> tuple[bytes, str]:
    from vigilance_app.journal.repository import EntryDraft, Journal

    created = create_new_store(paths, vault, CustodyMode.PASSWORD, "Moi", password=PASSWORD)
    profile = created.store.active_profile()
    Journal(created.store).add_many(profile.id, [
        EntryDraft(received_at=T0 + timedelta(days=i), channel="email", summary=f"n{i}")
        for i in range(entries)], T0)
    created.store.close()
    return created.vault.data_key, created.vault.recovery_key


def test_first_unlock_of_a_day_makes_one_verified_backup(paths: DataPaths, vault: Vault) -> None:
    key, _ = made(paths, vault)
    moments = iter([T0, T0 + timedelta(hours=2), T0 + timedelta(days=1)])
    services = AppServices(paths, vault, preferences=None, clock=lambda: next(moments))  # type: ignore[arg-type]
    for _ in range(3):
        services.open_with_key(key)
        services.lock()
    found = sorted(p.name for p in paths.routine_backups.iterdir())
    assert found == [routine.daily_name(routine.local_day(T0)),
                     routine.daily_name(routine.local_day(T0 + timedelta(days=1)))]
    assert services.routine_backup_problem is None
    assert oct(paths.routine_backups.stat().st_mode & 0o777) == "0o700"
    assert oct(paths.backups.stat().st_mode & 0o777) == "0o700"
    with archive.open_backup(paths.routine_backups / found[0]) as opened:
        assert opened.manifest.schema_revision == "0005"


def test_a_failed_routine_backup_never_fails_the_unlock(paths: DataPaths, vault: Vault,
                                                        monkeypatch) -> None:
    from vigilance_app.store.errors import DiskFullError

    key, _ = made(paths, vault)

    def full(*_a, **_k):
        raise DiskFullError(3)

    monkeypatch.setattr(routine, "write_backup", full)
    services = AppServices(paths, vault, preferences=None, clock=lambda: T0)  # type: ignore[arg-type]
    store = services.open_with_key(key)
    services.wait_for_routine_backup()
    assert store.profiles()
    assert services.routine_backup_problem is not None
    assert services.routine_backup_problem.code == "disk_full"
    services.lock()


def test_retention_keeps_seven_days_and_four_weeks(tmp_path: Path) -> None:
    start = date(2026, 9, 1)
    for offset in range(60):
        (tmp_path / routine.daily_name(start + timedelta(days=offset))).write_bytes(b"x")
    (tmp_path / "vigilance-20260901T000000Z-manual.vigilance-backup").write_bytes(b"m")
    routine.prune(tmp_path)
    kept = sorted(p.name for p in tmp_path.iterdir())
    days = sorted(date.fromisoformat(n[10:20]) for n in kept if "manual" not in n)
    last = start + timedelta(days=59)
    assert days[-7:] == [last - timedelta(days=i) for i in range(6, -1, -1)]
    weeks = {d.isocalendar()[:2] for d in days}
    assert len(weeks) == 4 and len(days) <= 7 + 4
    assert "vigilance-20260901T000000Z-manual.vigilance-backup" in kept


def test_back_up_now_and_restore_with_the_password(paths: DataPaths, vault: Vault,
                                                   tmp_path: Path) -> None:
    key, _ = made(paths, vault, entries=12)
    usb = tmp_path / "usb"
    usb.mkdir()
    written = routine.backup_now(paths, key, usb, now=T0)
    assert written.parent == usb and not [p for p in usb.iterdir() if is_temporary(p)]
    with tarfile.open(written) as tar:
        assert sorted(tar.getnames()) == ["manifest.json", "vigilance.db", "vigilance.keys.json"]
    store = open_store(paths, key)  # the store changes after the backup
    store.close()
    result = restore_backup(written, paths, Secret(password=PASSWORD), kdf_params=fast_kdf,
                            now=lambda: T0 + timedelta(days=1))
    assert result.entries == 12 and result.schema_revision == "0005"
    assert result.replaced is not None and (result.replaced / "vigilance.db").exists()
    assert entry_count(paths.database, key) == 12
    reopened = open_store(paths, key)
    assert reopened.missing_commits == 0
    reopened.close()


def test_restore_with_the_recovery_key_into_an_empty_folder(paths: DataPaths, vault: Vault,
                                                            tmp_path: Path) -> None:
    key, recovery = made(paths, vault, entries=3)
    written = routine.backup_now(paths, key, tmp_path, now=T0)
    elsewhere = DataPaths(tmp_path / "new-computer")
    with pytest.raises(WrongSecretError):
        restore_backup(written, elsewhere, Secret(password="pas le bon"), kdf_params=fast_kdf)
    assert not elsewhere.database.exists()
    result = restore_backup(written, elsewhere, Secret(recovery_key=recovery.lower()),
                            kdf_params=fast_kdf)
    assert result.entries == 3 and result.replaced is None
    assert Vault(elsewhere, kdf_params=fast_kdf).unlock_with_password(PASSWORD) == key


def test_a_backup_from_an_older_schema_is_migrated_on_restore(tmp_path: Path,
                                                              paths: DataPaths) -> None:
    from tests.store_helpers import KEY
    from vigilance_app.vault.header import KeyHeader

    old = DataPaths(tmp_path / "old")
    filled_store(old, entries=20, revision="0004")
    header = KeyHeader.new("password")  # a key file whose recovery slot opens KEY
    vault = Vault(old, kdf_params=fast_kdf)
    vault._header = header
    vault._put_secret_slot("recovery", "ABCDABCDABCDABCDABCDABCDABCD", KEY)
    vault._save()
    written = archive.write_backup(old, KEY, tmp_path / "old.vigilance-backup", T0)
    with archive.open_backup(written) as opened:
        assert opened.manifest.schema_revision == "0004"
    result = restore_backup(written, paths, Secret(recovery_key="ABCD" * 7),
                            kdf_params=fast_kdf)
    assert result.entries == 20 and result.schema_revision == "0005"


@pytest.mark.parametrize("content", [b"", b"not a tar", None])
def test_a_file_that_is_not_a_backup_changes_nothing(paths: DataPaths, vault: Vault,
                                                     tmp_path: Path, content) -> None:
    _key, _ = made(paths, vault, entries=2)
    before = paths.database.read_bytes()
    bad = tmp_path / "bad.vigilance-backup"
    if content is None:  # a tar with a path outside the folder
        with tarfile.open(bad, "w") as tar:
            (tmp_path / "x").write_bytes(b"x")
            tar.add(tmp_path / "x", arcname="../vigilance.db")
    else:
        bad.write_bytes(content)
    with pytest.raises(BackupUnreadable):
        restore_backup(bad, paths, Secret(password=PASSWORD), kdf_params=fast_kdf)
    assert paths.database.read_bytes() == before
    assert not [p for p in paths.root.iterdir() if p.name.startswith(".restore-")]


def test_listing_names_every_kind(paths: DataPaths, vault: Vault) -> None:
    from vigilance_app.store.store import backup_copy

    key, _ = made(paths, vault, entries=1)
    routine.run_routine_backup(paths, key, T0)
    routine.backup_now(paths, key, now=T0)
    backup_copy(paths, key, "before-0006", now=lambda: T0)
    kinds = sorted(b.kind for b in routine.list_backups(paths))
    assert kinds == ["before_migration", "daily", "manual"]
    assert routine.run_routine_backup(paths, key, T0 + timedelta(hours=1)) is None
    assert datetime.now(UTC)  # clock untouched
