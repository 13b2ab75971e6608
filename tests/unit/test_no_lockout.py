"""No lock-out and no hang from the small files beside the store: the unlock throttle, the
preferences, the key file's JSON and its key-derivation settings, and passwords typed in
another Unicode form."""

from __future__ import annotations

import errno
import json
import time
import unicodedata
from pathlib import Path

import pytest

from tests.fakes import MemoryKeyring, fast_kdf
from vigilance_app import early_unlock, safe_json
from vigilance_app.paths import DataPaths
from vigilance_app.preferences import RESET_NOTICE, Preferences, read_preferences
from vigilance_app.services import build_services
from vigilance_app.store import integrity
from vigilance_app.vault import (
    CustodyMode,
    KeyringAccess,
    ThrottledError,
    Vault,
    VaultError,
    WrongSecretError,
    kdf,
)
from vigilance_app.vault import throttle as throttle_module
from vigilance_app.vault.errors import HeaderError
from vigilance_app.vault.throttle import FREE_ATTEMPTS, MAX_DELAY
from vigilance_app.vault.vault import KDF_RANGE_MESSAGE

PASSWORD = "correct horse battery"
WRONG = "wrong password!"
DEEP = "[" * 60_000 + "]" * 60_000


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def make_vault(paths: DataPaths, keyring: MemoryKeyring, clock: Clock) -> Vault:
    return Vault(paths, keyring=KeyringAccess(keyring), kdf_params=fast_kdf, clock=clock)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def created(paths: DataPaths, memory_keyring: MemoryKeyring, clock: Clock):
    return make_vault(paths, memory_keyring, clock).create(CustodyMode.PASSWORD, PASSWORD)


# ---- the unlock throttle ---------------------------------------------------------------------

@pytest.mark.parametrize("content", [
    '{"failures": 5, "next_allowed": %r}' % (1_000_000.0 + 315_360_000),  # clock was ahead
    '{"failures": 5, "next_allowed": 1e999}',
    '{"failures": 5, "next_allowed": NaN}',
    '{"failures": 5, "next_allowed": Infinity}',
    '{"failures": 5, "next_allowed": "tomorrow"}',
    '{"failures": "many", "next_allowed": 0}',
    '{"failures": 5, "next_allowed": [1, 2]}',
    '[1, 2, 3]',
    DEEP,
    "{" + " " * 200_000 + "}",
    "\x00\xff garbage",
])
def test_a_damaged_or_future_throttle_waits_at_most_the_maximum(
        paths: DataPaths, memory_keyring: MemoryKeyring, clock: Clock, created,
        content: str) -> None:
    paths.unlock_throttle.write_text(content, encoding="utf-8")
    vault = make_vault(paths, memory_keyring, clock)
    with pytest.raises(ThrottledError) as waited:
        vault.unlock_with_password(PASSWORD)
    assert 0 < waited.value.wait_seconds <= MAX_DELAY
    # A new process sees the same bounded wait, not a new one from its own start.
    clock.now += 60
    with pytest.raises(ThrottledError) as again:
        make_vault(paths, memory_keyring, clock).unlock_with_recovery_key(created.recovery_key)
    assert again.value.wait_seconds <= MAX_DELAY - 60
    clock.now += MAX_DELAY
    assert make_vault(paths, memory_keyring, clock).unlock_with_recovery_key(
        created.recovery_key) == created.data_key
    assert vault.unlock_with_password(PASSWORD) == created.data_key


def test_a_huge_failure_count_is_bounded(paths: DataPaths, memory_keyring: MemoryKeyring,
                                         clock: Clock, created) -> None:
    paths.unlock_throttle.write_text(json.dumps({"failures": 10**300, "next_allowed": 0}))
    vault = make_vault(paths, memory_keyring, clock)
    began = time.perf_counter()
    with pytest.raises(WrongSecretError):
        vault.unlock_with_password(WRONG)
    with pytest.raises(ThrottledError) as waited:
        vault.unlock_with_password(PASSWORD)
    assert time.perf_counter() - began < 5 and waited.value.wait_seconds <= MAX_DELAY


def test_on_a_full_disk_failures_are_still_throttled_in_memory(
        paths: DataPaths, memory_keyring: MemoryKeyring, clock: Clock, created,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(throttle_module, "write_private_file", disk_full)
    vault = make_vault(paths, memory_keyring, clock)
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongSecretError):  # the wrong password, not a disk error
            vault.unlock_with_password(WRONG)
    with pytest.raises(ThrottledError) as waited:
        vault.unlock_with_password(PASSWORD)
    assert waited.value.wait_seconds == 30
    clock.now += 31
    assert vault.unlock_with_password(PASSWORD) == created.data_key


def test_a_stale_throttle_file_that_cannot_be_removed_does_not_refuse_the_right_secret(
        paths: DataPaths, memory_keyring: MemoryKeyring, clock: Clock, created,
        monkeypatch: pytest.MonkeyPatch) -> None:
    vault = make_vault(paths, memory_keyring, clock)
    for _ in range(FREE_ATTEMPTS + 1):
        with pytest.raises((WrongSecretError, ThrottledError)):
            vault.unlock_with_password(WRONG)
    clock.now += MAX_DELAY + 1

    def read_only(self, missing_ok=False):
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(Path, "unlink", read_only)
    assert vault.unlock_with_password(PASSWORD) == created.data_key
    assert vault.unlock_with_password(PASSWORD) == created.data_key  # not throttled again


# ---- preferences and the other small JSON files ---------------------------------------------

@pytest.mark.parametrize("content", [
    '{"text_scale": 1e999}', '{"text_scale": Infinity}', '{"text_scale": NaN}',
    '{"text_scale": "huge"}', '{"high_contrast": "yes"}', '{"lock_after_minutes": [5]}',
    DEEP, '{"language": "fr", "x": ' + "[" * 5000 + "]" * 5000 + "}",
    " " * 100_000 + "{}", "[]", "not json", "\udcff".encode("utf-8", "surrogatepass").decode(
        "latin-1"),
])
def test_damaged_preferences_fall_back_to_defaults_with_a_notice(
        paths: DataPaths, content: str) -> None:
    paths.root.mkdir(parents=True, exist_ok=True)
    paths.preferences.write_text(content, encoding="utf-8")
    prefs, notice = read_preferences(paths.preferences)
    assert prefs.validated() == prefs and notice == RESET_NOTICE
    services = build_services(paths.root)  # every command and the window start
    assert services.preferences_notice == RESET_NOTICE


def test_good_or_missing_preferences_give_no_notice(paths: DataPaths) -> None:
    assert read_preferences(paths.preferences) == (Preferences(), None)
    paths.root.mkdir(parents=True)
    paths.preferences.write_text('{"language": "en", "text_scale": 150, "high_contrast": true}')
    prefs, notice = read_preferences(paths.preferences)
    assert (prefs.language, prefs.text_scale, prefs.high_contrast, notice) == (
        "en", 150, True, None)
    paths.preferences.write_text('{"text_scale": 900}')  # out of range: clamped quietly
    assert read_preferences(paths.preferences) == (Preferences(text_scale=200), None)


def test_bounded_reader_refuses_size_depth_and_infinite_numbers(tmp_path: Path) -> None:
    path = tmp_path / "f.json"
    for content, bound in [(DEEP, 1_000_000), ("1e999", 100), ("-Infinity", 100),
                           ("[" * 20 + "]" * 20, 100), ("{}" + " " * 200, 100)]:
        path.write_text(content)
        with pytest.raises(safe_json.JsonFileError):
            safe_json.read(path, bound)
    path.write_text('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "b": [1.5]}')
    assert safe_json.read(path, 100) == {"a": "[" * 34, "b": [1.5]}


@pytest.mark.parametrize("content", [DEEP, '{"format": 1e999}', "{" * 30 + "}" * 30])
def test_a_damaged_key_file_is_a_clear_error(paths: DataPaths, memory_keyring: MemoryKeyring,
                                             clock: Clock, created, content: str) -> None:
    paths.key_header.write_text(content)
    with pytest.raises(HeaderError):
        make_vault(paths, memory_keyring, clock).unlock_with_password(PASSWORD)
    assert early_unlock._keyring_mode(paths) is False


def test_a_damaged_integrity_record_means_check_again(paths: DataPaths) -> None:
    paths.root.mkdir(parents=True)
    for content in (DEEP, '{"checked_at": 1e999}', '{"checked_at": "' + "9" * 5000 + '"}'):
        integrity.record(paths).write_text(content)
        assert integrity.last_full_check(paths) is None


# ---- key-derivation settings from the key file ----------------------------------------------

@pytest.mark.parametrize("change", [
    {"memory_kib": 4 * 1024 * 1024, "lanes": 16},  # 4 GiB: accepted before, 15 s and 4 GB
    {"memory_kib": kdf.MAX_MEMORY_KIB + 1},
    {"iterations": kdf.MAX_ITERATIONS + 1},
    {"lanes": kdf.MAX_LANES + 1},
])
def test_key_derivation_settings_outside_the_apps_range_are_refused_before_computing(
        paths: DataPaths, memory_keyring: MemoryKeyring, clock: Clock, created,
        monkeypatch: pytest.MonkeyPatch, change: dict[str, int]) -> None:
    data = json.loads(paths.key_header.read_text())
    for slot in ("password", "recovery"):
        data["slots"][slot]["kdf"].update(change)
    paths.key_header.write_text(json.dumps(data))
    derived: list[kdf.KdfParams] = []
    monkeypatch.setattr(kdf, "derive", lambda secret, salt, params: derived.append(params))
    vault = make_vault(paths, memory_keyring, clock)
    with pytest.raises(VaultError) as refused:
        vault.unlock_with_password(PASSWORD)
    assert str(refused.value) == KDF_RANGE_MESSAGE
    with pytest.raises(VaultError):
        vault.unlock_with_recovery_key(created.recovery_key)
    assert derived == [] and vault.failed_attempts() == 0


def test_key_derivation_settings_must_be_whole_numbers() -> None:
    good = kdf.KdfParams(iterations=3, memory_kib=65536, lanes=4).to_json()
    assert kdf.KdfParams.from_json(good).lanes == 4
    for bad in ({"iterations": 3.0}, {"lanes": True}, {"memory_kib": "65536"}):
        with pytest.raises(ValueError):
            kdf.KdfParams.from_json({**good, **bad})


# ---- passwords in another Unicode form -------------------------------------------------------

ACCENTED = "Mot de passe d'Hélène à Noël"


def test_a_password_typed_composed_or_decomposed_opens_the_store(
        paths: DataPaths, memory_keyring: MemoryKeyring, clock: Clock) -> None:
    nfd = unicodedata.normalize("NFD", ACCENTED)
    nfc = unicodedata.normalize("NFC", ACCENTED)
    assert nfd != nfc
    new = make_vault(paths, memory_keyring, clock).create(CustodyMode.PASSWORD, nfd)
    assert make_vault(paths, memory_keyring, clock).unlock_with_password(nfc) == new.data_key
    assert make_vault(paths, memory_keyring, clock).unlock_with_password(nfd) == new.data_key
    vault = make_vault(paths, memory_keyring, clock)
    vault.change_password(new.data_key, nfc)
    assert make_vault(paths, memory_keyring, clock).unlock_with_password(nfd) == new.data_key


@pytest.mark.parametrize("typed_form", ["NFC", "NFD"])
def test_a_store_wrapped_before_normalisation_still_opens_and_is_wrapped_again(
        paths: DataPaths, memory_keyring: MemoryKeyring, clock: Clock,
        monkeypatch: pytest.MonkeyPatch, typed_form: str) -> None:
    from vigilance_app.vault import vault as vault_module

    nfd = unicodedata.normalize("NFD", ACCENTED)
    with monkeypatch.context() as old_version:  # wrapped as typed, decomposed
        old_version.setattr(vault_module, "_nfc", lambda secret: secret)
        new = make_vault(paths, memory_keyring, clock).create(CustodyMode.PASSWORD, nfd)
    typed = unicodedata.normalize(typed_form, ACCENTED)
    assert make_vault(paths, memory_keyring, clock).unlock_with_password(typed) == new.data_key
    # Wrapped again in NFC: the next unlock costs one derivation.
    calls: list[bytes] = []
    real = kdf.derive
    monkeypatch.setattr(kdf, "derive", lambda s, salt, p: calls.append(s) or real(s, salt, p))
    assert make_vault(paths, memory_keyring, clock).unlock_with_password(typed) == new.data_key
    assert len(calls) == 1
