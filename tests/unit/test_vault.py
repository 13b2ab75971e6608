"""Key custody: every way in, every way the keyring can fail, and never a lock-out."""

from __future__ import annotations

import json

import pytest

from tests.fakes import MemoryKeyring, OtherMemoryKeyring, fast_kdf
from vigilance_app.paths import DataPaths
from vigilance_app.setup_store import create_new_store
from vigilance_app.store.models import Relationship
from vigilance_app.store.store import open_store
from vigilance_app.vault import (
    CustodyMode,
    InvalidRecoveryKeyFormat,
    KeyringAccess,
    KeyringStatus,
    StoreAlreadyExists,
    ThrottledError,
    Vault,
    VaultError,
    WrongSecretError,
)
from vigilance_app.vault.keyring_access import KeyringUnavailable
from vigilance_app.vault.throttle import FREE_ATTEMPTS

PASSWORD = "correct horse battery"


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def make_vault(paths: DataPaths, backend: MemoryKeyring, clock: Clock | None = None) -> Vault:
    return Vault(paths, keyring=KeyringAccess(backend), kdf_params=fast_kdf,
                 clock=clock or Clock())


def test_keyring_mode_round_trip(paths: DataPaths, memory_keyring: MemoryKeyring) -> None:
    new = make_vault(paths, memory_keyring).create(CustodyMode.KEYRING)
    result = make_vault(paths, memory_keyring).open_everyday()
    assert result.keyring_status is KeyringStatus.AVAILABLE
    assert result.data_key == new.data_key
    # The keyring holds a wrapping key, not the data key itself.
    stored = next(iter(memory_keyring.entries.values()))
    assert new.data_key.hex() not in stored
    assert not make_vault(paths, memory_keyring).has_password()


def test_password_mode_round_trip(paths: DataPaths, memory_keyring: MemoryKeyring) -> None:
    new = make_vault(paths, memory_keyring).create(CustodyMode.PASSWORD, PASSWORD)
    vault = make_vault(paths, memory_keyring)
    assert memory_keyring.entries == {}  # nothing in the keyring in password mode
    assert vault.open_everyday().keyring_status is KeyringStatus.NOT_USED
    assert vault.unlock_with_password(PASSWORD) == new.data_key


def test_recovery_key_opens_in_both_modes(paths: DataPaths, tmp_path,
                                          memory_keyring: MemoryKeyring) -> None:
    for mode, where in ((CustodyMode.KEYRING, "a"), (CustodyMode.PASSWORD, "b")):
        p = DataPaths(tmp_path / where)
        new = make_vault(p, memory_keyring).create(mode, PASSWORD)
        typed = new.recovery_key.lower().replace("-", " ")  # forgiving input
        assert make_vault(p, memory_keyring).unlock_with_recovery_key(typed) == new.data_key


def test_recovery_key_shape(vault: Vault) -> None:
    key = vault.create(CustodyMode.KEYRING).recovery_key
    groups = key.split("-")
    assert len(groups) == 7 and all(len(g) == 4 for g in groups)
    assert not set(key) & set("0O1IL")


def test_wrong_recovery_key_and_bad_format(paths, memory_keyring) -> None:
    make_vault(paths, memory_keyring).create(CustodyMode.KEYRING)
    vault = make_vault(paths, memory_keyring)
    with pytest.raises(WrongSecretError):
        vault.unlock_with_recovery_key("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG")
    with pytest.raises(InvalidRecoveryKeyFormat):
        vault.unlock_with_recovery_key("not a key")


def test_wrong_secrets_back_off_and_survive_restart(paths, memory_keyring) -> None:
    clock = Clock()
    new = make_vault(paths, memory_keyring, clock).create(CustodyMode.PASSWORD, PASSWORD)
    vault = make_vault(paths, memory_keyring, clock)
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongSecretError):
            vault.unlock_with_recovery_key("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG")
    with pytest.raises(ThrottledError) as waited:
        vault.unlock_with_password(PASSWORD)
    assert waited.value.wait_seconds == 30
    # A restart does not reset the wait.
    with pytest.raises(ThrottledError):
        make_vault(paths, memory_keyring, clock).unlock_with_password(PASSWORD)
    clock.now += 31
    with pytest.raises(WrongSecretError):
        vault.unlock_with_password("wrong password")
    with pytest.raises(ThrottledError) as waited:
        vault.unlock_with_password(PASSWORD)
    assert waited.value.wait_seconds == 60  # the wait doubles
    clock.now += 61
    assert vault.unlock_with_password(PASSWORD) == new.data_key
    assert vault.failed_attempts() == 0  # success resets


@pytest.mark.parametrize("failure", ["deleted", "locked", "gone", "changed", "garbage"])
def test_keyring_failures_have_explicit_states_and_recover(
    paths: DataPaths, memory_keyring: MemoryKeyring, failure: str
) -> None:
    new = make_vault(paths, memory_keyring).create(CustodyMode.KEYRING)
    backend: MemoryKeyring = memory_keyring
    expected = {
        "deleted": KeyringStatus.MISSING_ENTRY,
        "locked": KeyringStatus.LOCKED,
        "gone": KeyringStatus.NO_BACKEND,
        "changed": KeyringStatus.BACKEND_CHANGED,
        "garbage": KeyringStatus.MISSING_ENTRY,
    }[failure]
    if failure == "deleted":
        memory_keyring.entries.clear()
    elif failure == "locked":
        memory_keyring.locked = True
    elif failure == "gone":
        memory_keyring.gone = True
    elif failure == "changed":
        backend = OtherMemoryKeyring()
    elif failure == "garbage":
        for k in memory_keyring.entries:
            memory_keyring.entries[k] = "bm90IHRoZSBrZXk="

    vault = make_vault(paths, backend)
    result = vault.open_everyday()
    assert result.data_key is None
    assert result.keyring_status is expected
    with pytest.raises(VaultError):
        vault.unlock_unattended(environ={})

    # The recovery key always opens the same data...
    key = vault.unlock_with_recovery_key(new.recovery_key)
    assert key == new.data_key
    # ...and once the keyring works again the key is wrapped into it again.
    memory_keyring.locked = memory_keyring.gone = False
    restored = vault.restore_keyring(key)
    if failure in ("locked", "gone"):
        assert restored is KeyringStatus.AVAILABLE  # the same backend came back
    assert make_vault(paths, backend).open_everyday().data_key == new.data_key


def test_no_keyring_backend_then_password_path(paths, memory_keyring) -> None:
    memory_keyring.gone = True
    vault = make_vault(paths, memory_keyring)
    with pytest.raises(KeyringUnavailable) as err:
        vault.create(CustodyMode.KEYRING)
    assert err.value.status is KeyringStatus.NO_BACKEND
    assert not paths.key_header.exists()  # nothing half-made
    new = vault.create(CustodyMode.PASSWORD, PASSWORD)
    assert make_vault(paths, memory_keyring).unlock_unattended(
        environ={"VIGILANCE_PASSWORD": PASSWORD}) == new.data_key


def test_create_refuses_existing_store(paths, memory_keyring) -> None:
    paths.root.mkdir(parents=True)
    paths.database.write_bytes(b"existing data")
    with pytest.raises(StoreAlreadyExists):
        make_vault(paths, memory_keyring).create(CustodyMode.PASSWORD, PASSWORD)
    assert paths.database.read_bytes() == b"existing data"
    assert not paths.key_header.exists()


def test_switch_modes_and_change_password(paths, memory_keyring) -> None:
    new = make_vault(paths, memory_keyring).create(CustodyMode.KEYRING)
    vault = make_vault(paths, memory_keyring)
    vault.switch_to_password(new.data_key, PASSWORD)
    assert memory_keyring.entries == {}
    assert make_vault(paths, memory_keyring).mode is CustodyMode.PASSWORD
    vault.change_password(new.data_key, "another long password")
    with pytest.raises(WrongSecretError):
        make_vault(paths, memory_keyring).unlock_with_password(PASSWORD)
    assert make_vault(paths, memory_keyring).unlock_with_password(
        "another long password") == new.data_key
    vault.switch_to_keyring(new.data_key)
    reopened = make_vault(paths, memory_keyring)
    assert reopened.mode is CustodyMode.KEYRING and not reopened.has_password()
    assert reopened.open_everyday().data_key == new.data_key
    with pytest.raises(VaultError):
        vault.change_password(b"\x00" * 32, PASSWORD)  # not this store's key
    with pytest.raises(VaultError):
        vault.switch_to_password(new.data_key, "short")


def test_recovery_sheet_can_be_shown_again(vault: Vault) -> None:
    new = vault.create(CustodyMode.KEYRING)
    assert vault.recovery_key_for_sheet(new.data_key) == new.recovery_key


def test_header_holds_no_key_in_clear(paths, memory_keyring) -> None:
    new = make_vault(paths, memory_keyring).create(CustodyMode.PASSWORD, PASSWORD)
    text = paths.key_header.read_text()
    import base64

    assert new.data_key.hex() not in text
    assert base64.b64encode(new.data_key).decode() not in text
    assert new.recovery_key.replace("-", "") not in text
    assert PASSWORD not in text
    assert oct(paths.key_header.stat().st_mode & 0o777) == "0o600"
    assert oct(paths.root.stat().st_mode & 0o777) == "0o700"


def test_tampered_kdf_settings_are_refused(paths, memory_keyring) -> None:
    new = make_vault(paths, memory_keyring).create(CustodyMode.PASSWORD, PASSWORD)
    data = json.loads(paths.key_header.read_text())
    data["slots"]["password"]["kdf"]["memory_kib"] = 64 * 1024 * 1024
    paths.key_header.write_text(json.dumps(data))
    with pytest.raises(VaultError):
        make_vault(paths, memory_keyring).unlock_with_password(PASSWORD)
    assert make_vault(paths, memory_keyring).unlock_with_recovery_key(
        new.recovery_key) == new.data_key


def test_store_file_without_key_never_becomes_a_new_store(paths, memory_keyring) -> None:
    vault = make_vault(paths, memory_keyring)
    created = create_new_store(paths, vault, CustodyMode.KEYRING, "Moi", Relationship.SELF)
    created.store.close()
    paths.key_header.unlink()  # the key file is lost
    before = paths.database.read_bytes()
    with pytest.raises(StoreAlreadyExists):
        create_new_store(paths, make_vault(paths, memory_keyring), CustodyMode.KEYRING, "Moi")
    assert paths.database.read_bytes() == before
    assert not paths.key_header.exists()


def test_keyring_entry_deleted_recovery_opens_same_data(paths, memory_keyring) -> None:
    created = create_new_store(paths, make_vault(paths, memory_keyring),
                               CustodyMode.KEYRING, "Jeannine", Relationship.RELATIVE)
    created.store.close()
    memory_keyring.entries.clear()
    vault = make_vault(paths, memory_keyring)
    assert vault.open_everyday().keyring_status is KeyringStatus.MISSING_ENTRY
    key = vault.unlock_with_recovery_key(created.vault.recovery_key)
    store = open_store(paths, key)
    assert [p.display_name for p in store.profiles()] == ["Jeannine"]
    store.close()
