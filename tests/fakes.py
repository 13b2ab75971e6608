"""Test doubles for unit and GUI tests. Integration tests use the real OS keyring instead."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, NoKeyringError, PasswordDeleteError

from vigilance_app.vault.kdf import KdfParams


def fast_kdf() -> KdfParams:
    """Cheap Argon2id settings so tests do not spend a second per derivation."""
    return KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring whose failure mode a test can switch."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.locked = False
        self.gone = False  # behave like keyring's "fail" backend

    def _check(self) -> None:
        if self.gone:
            raise NoKeyringError("No recommended backend was available.")
        if self.locked:
            raise KeyringLocked("The keyring is locked.")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such entry")


class OtherMemoryKeyring(MemoryKeyring):
    """A different backend class, to simulate the system keyring changing."""
