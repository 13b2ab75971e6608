"""The recorded-backend shortcut must never import arbitrary modules or bypass configuration."""

from __future__ import annotations

import sys

import pytest

from tests.fakes import MemoryKeyring
from vigilance_app.vault.keyring_access import KeyringAccess, backend_id


@pytest.fixture
def discovered(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    fake = MemoryKeyring()
    monkeypatch.setattr(KeyringAccess, "_discovered_backend", staticmethod(lambda: fake))
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    return fake


@pytest.mark.parametrize("hint", [
    None, "", "json.JSONDecoder", "os.system", "keyring.backends.null.Keyring",
    "keyring.backends.fail.Keyring", "keyring.backends.nope.Keyring", "a+b",
])
def test_unusable_hints_fall_back_to_discovery(discovered: MemoryKeyring, hint) -> None:
    access = KeyringAccess()
    access.prefer(hint)
    assert access.backend() is discovered


def test_hint_outside_keyring_is_never_imported(discovered: MemoryKeyring) -> None:
    sys.modules.pop("xmlrpc.server", None)
    access = KeyringAccess()
    access.prefer("xmlrpc.server.SimpleXMLRPCServer")
    access.backend()
    assert "xmlrpc.server" not in sys.modules


def test_configured_backend_wins_over_the_hint(discovered, monkeypatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    access = KeyringAccess()
    access.prefer("keyring.backends.SecretService.Keyring")
    assert access.backend() is discovered


def test_backend_id_names_the_class() -> None:
    assert backend_id(MemoryKeyring()) == "tests.fakes.MemoryKeyring"
