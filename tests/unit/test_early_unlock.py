"""The early keyring read: a forked child answers through a pipe, or the parent asks itself."""

from __future__ import annotations

import sys

import pytest

from tests.fakes import MemoryKeyring, fast_kdf
from vigilance_app.early_unlock import DISABLE_ENV, _decode, start_early_keyring_read
from vigilance_app.paths import DataPaths
from vigilance_app.vault import CustodyMode, KeyringAccess, KeyringStatus, Vault

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


def make(paths: DataPaths, backend: MemoryKeyring, mode: CustodyMode) -> bytes:
    vault = Vault(paths, keyring=KeyringAccess(backend), kdf_params=fast_kdf)
    new = vault.create(mode, "long enough password")
    paths.database.write_bytes(b"")  # only its presence matters here
    return new.data_key


def test_child_reads_the_keyring(paths, memory_keyring, monkeypatch) -> None:
    monkeypatch.delenv(DISABLE_ENV, raising=False)
    key = make(paths, memory_keyring, CustodyMode.KEYRING)
    early = start_early_keyring_read(paths, keyring=KeyringAccess(memory_keyring))
    assert early is not None
    result = early.result()
    assert result is not None
    assert result.data_key == key
    assert result.keyring_status is KeyringStatus.AVAILABLE
    assert early.result() is result  # asked once


def test_child_reports_keyring_trouble(paths, memory_keyring, monkeypatch) -> None:
    monkeypatch.delenv(DISABLE_ENV, raising=False)
    make(paths, memory_keyring, CustodyMode.KEYRING)
    memory_keyring.locked = True
    early = start_early_keyring_read(paths, keyring=KeyringAccess(memory_keyring))
    result = early.result()
    assert result.data_key is None and result.keyring_status is KeyringStatus.LOCKED


def test_not_started_when_it_cannot_help(paths, memory_keyring, monkeypatch) -> None:
    monkeypatch.delenv(DISABLE_ENV, raising=False)
    assert start_early_keyring_read(paths) is None  # no store
    make(paths, memory_keyring, CustodyMode.PASSWORD)
    assert start_early_keyring_read(paths) is None  # password mode: nothing to read early
    paths.key_header.write_text('{"mode": "keyring"}')
    monkeypatch.setenv(DISABLE_ENV, "1")
    assert start_early_keyring_read(paths) is None


def test_a_damaged_header_makes_the_parent_ask_itself(paths, monkeypatch) -> None:
    monkeypatch.delenv(DISABLE_ENV, raising=False)
    paths.root.mkdir(parents=True)
    paths.database.write_bytes(b"")
    paths.key_header.write_text('{"mode": "keyring", "format": 99}')
    early = start_early_keyring_read(paths, keyring=KeyringAccess(MemoryKeyring()))
    assert early is not None and early.result() is None


@pytest.mark.parametrize("reply", [
    b"", b"not json", b"[]", b'{"failed": true}', b'{"status": "weird", "mode": "keyring"}',
    b'{"status": "available", "mode": "keyring", "key": "abcd"}',
    b'{"status": "available", "mode": "keyring", "key": "zz"}',
])
def test_bad_replies_are_ignored(reply: bytes) -> None:
    assert _decode(reply) is None
