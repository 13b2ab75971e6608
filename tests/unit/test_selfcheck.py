from __future__ import annotations

from tests.fakes import MemoryKeyring, fast_kdf
from vigilance_app.paths import DataPaths
from vigilance_app.selfcheck import run_selfcheck
from vigilance_app.services import build_services
from vigilance_app.setup_store import create_new_store
from vigilance_app.store.models import Relationship
from vigilance_app.vault import CustodyMode, KeyringAccess

REQUIRED = {"ok", "schema_revision", "integrity", "key_custody"}


def services_for(paths: DataPaths, backend: MemoryKeyring):
    return build_services(paths.root, keyring=KeyringAccess(backend), kdf_params=fast_kdf)


def test_selfcheck_on_a_healthy_keyring_store(paths, memory_keyring) -> None:
    services = services_for(paths, memory_keyring)
    create_new_store(paths, services.vault, CustodyMode.KEYRING, "Moi",
                     Relationship.SELF).store.close()
    report = run_selfcheck(services_for(paths, memory_keyring))
    assert report.keys() >= REQUIRED
    assert report["ok"] is True
    assert report["integrity"] == "ok"
    assert report["schema_revision"] == report["head_revision"]
    assert report["key_custody"]["keyring_holds_key"] is True
    assert report["key_custody"]["wrappings"] == ["keyring", "recovery"]


def test_selfcheck_reports_a_missing_keyring_entry(paths, memory_keyring) -> None:
    services = services_for(paths, memory_keyring)
    create_new_store(paths, services.vault, CustodyMode.KEYRING, "Moi").store.close()
    memory_keyring.entries.clear()
    report = run_selfcheck(services_for(paths, memory_keyring))
    assert report["ok"] is False
    assert report["key_custody"]["keyring"] == "missing_entry"
    assert "recovery key" in report["error"]


def test_selfcheck_reports_damage(paths, memory_keyring) -> None:
    services = services_for(paths, memory_keyring)
    created = create_new_store(paths, services.vault, CustodyMode.KEYRING, "Moi")
    for i in range(200):
        created.store.add_profile(f"Personne {i} " + "x" * 60, Relationship.RELATIVE)
    with created.store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    created.store.close()
    data = bytearray(paths.database.read_bytes())
    data[3 * 4096 + 10: 3 * 4096 + 80] = bytes(70)
    paths.database.write_bytes(bytes(data))
    report = run_selfcheck(services_for(paths, memory_keyring))
    assert report["ok"] is False
    assert report["integrity"] == "damaged"


def test_selfcheck_without_a_store(paths, memory_keyring) -> None:
    report = run_selfcheck(services_for(paths, memory_keyring))
    assert report["ok"] is False and "init" in report["error"]
    assert not paths.root.exists()
