"""Erasing everything: on a real data folder (store, WAL, backups, key file, preferences,
records), with the keyring entry and the start-at-login entry; nothing of Vigilance is left."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.fakes import MemoryKeyring, fast_kdf
from vigilance_app.journal.repository import EntryDraft, Journal
from vigilance_app.paths import DataPaths
from vigilance_app.people.erase import erase_everything, erase_services
from vigilance_app.preferences import Preferences
from vigilance_app.reviews.autostart import XdgAutostart
from vigilance_app.services import build_services
from vigilance_app.setup_store import create_new_store
from vigilance_app.store.models import Relationship
from vigilance_app.store.store import backup_copy
from vigilance_app.vault import CustodyMode, KeyringAccess

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def used_folder(root: Path, keyring: MemoryKeyring, autostart: XdgAutostart):
    """A data folder as weeks of use leave it: store and WAL, a backup, preferences, the
    unlock counter, the integrity record, the start-at-login entry."""
    services = build_services(root, keyring=KeyringAccess(keyring), kdf_params=fast_kdf)
    created = create_new_store(services.paths, services.vault, CustodyMode.KEYRING, "Jeanne",
                               Relationship.RELATIVE)
    services.attach_store(created.store, created.vault.data_key)
    Journal(created.store).add(1, EntryDraft(received_at=NOW, channel="sms", summary="x"), NOW)
    backup_copy(services.paths, created.vault.data_key, "test")
    services.save_preferences(Preferences(language="en"))
    services.paths.unlock_throttle.write_text("{}")
    autostart.enable(["vigilance", "--minimized"])
    return services


def test_erase_leaves_nothing_of_vigilance(tmp_path: Path) -> None:
    keyring, autostart = MemoryKeyring(), XdgAutostart(tmp_path / "config" / "autostart")
    root = tmp_path / "data"
    services = used_folder(root, keyring, autostart)
    assert keyring.entries and autostart.is_enabled()
    assert (root / "backups").is_dir() and services.paths.preferences.exists()
    assert Path(f"{services.paths.database}-wal").exists()

    report = erase_services(services, autostart)

    assert report.complete, report.left
    assert report.keyring_entry_removed and report.autostart_removed
    assert {"vigilance.db", "vigilance.keys.json", "backups", "preferences.json",
            "unlock-throttle.json"} <= set(report.removed)
    assert not root.exists()
    assert keyring.entries == {}
    assert not autostart.path.exists()
    assert not services.vault.exists() and not services.paths.store_exists()
    # The next start is a first start: a new store can be made in the same place.
    again = build_services(root, keyring=KeyringAccess(keyring), kdf_params=fast_kdf)
    new = create_new_store(again.paths, again.vault, CustodyMode.KEYRING, "Moi")
    new.store.close()


def test_files_vigilance_did_not_make_are_left_alone(tmp_path: Path) -> None:
    keyring, autostart = MemoryKeyring(), XdgAutostart(tmp_path / "autostart")
    root = tmp_path / "chosen folder"
    services = used_folder(root, keyring, autostart)
    (root / "my notes.txt").write_text("mine")
    services.lock()
    report = erase_everything(DataPaths(root), KeyringAccess(keyring), autostart)
    assert report.complete
    assert sorted(p.name for p in root.iterdir()) == ["my notes.txt"]


def test_erasing_an_empty_or_damaged_folder_never_fails(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path / "autostart")
    report = erase_everything(DataPaths(tmp_path / "none"), KeyringAccess(MemoryKeyring()),
                              autostart)
    assert report.complete and report.removed == [] and not report.keyring_entry_removed
    root = tmp_path / "damaged"
    root.mkdir()
    (root / "vigilance.keys.json").write_text("{not json")
    (root / "vigilance.db").write_bytes(b"\0" * 10)
    report = erase_everything(DataPaths(root), KeyringAccess(MemoryKeyring()), autostart)
    assert report.complete and not root.exists()
