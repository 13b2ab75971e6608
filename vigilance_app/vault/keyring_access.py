"""The OS keyring, seen through explicit states instead of exceptions.

The keyring holds a random wrapping key (never the data key itself); the data key wrapped by
it lives in the key header. Each failure mode gets its own status so the window can say what
happened and offer the right way in.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # keyring is imported on first use: it costs ~0.15 s of start-up
    from keyring.backend import KeyringBackend

SERVICE = "Vigilance"


class KeyringStatus(StrEnum):
    AVAILABLE = "available"  # the entry was read and opened the data key
    MISSING_ENTRY = "missing_entry"  # the keyring works but holds no usable entry for us
    LOCKED = "locked"  # the keyring exists but refused to open (locked, dismissed prompt)
    NO_BACKEND = "no_backend"  # no keyring on this system (e.g. headless Linux)
    BACKEND_CHANGED = "backend_changed"  # the entry was written to a keyring we no longer use
    NOT_USED = "not_used"  # password mode: nothing is kept in the keyring


class KeyringUnavailable(Exception):
    def __init__(self, status: KeyringStatus) -> None:
        self.status = status
        super().__init__(status.value)


def _is_unusable(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    # keyring's fail/null backends are what it returns when nothing real is installed.
    return module.endswith(("backends.fail", "backends.null")) or backend.priority <= 0


def backend_id(backend: KeyringBackend) -> str:
    backends = getattr(backend, "backends", None)  # ChainerBackend
    if backends:
        return "+".join(sorted(backend_id(b) for b in backends))
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


class KeyringAccess:
    """Reads and writes our one secret in the OS keyring. The backend can be injected."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend
        self._preferred: str | None = None

    def prefer(self, recorded_backend_id: str | None) -> None:
        """Hint the backend the key was stored with, to skip probing every other backend.

        keyring's discovery imports and tests each backend (the macOS one alone costs ~70 ms
        on Linux); the recorded one is tried first, and discovery still runs if it is gone.
        """
        self._preferred = recorded_backend_id

    def backend(self) -> KeyringBackend:
        if self._backend is None:
            self._backend = self._recorded_backend() or self._discovered_backend()
        return self._backend

    @staticmethod
    def _discovered_backend() -> KeyringBackend:
        import keyring

        return keyring.get_keyring()

    def _recorded_backend(self) -> KeyringBackend | None:
        hint = self._preferred or ""
        module_name, _, class_name = hint.rpartition(".")
        # Only keyring's own backends: the hint comes from a file an attacker could edit.
        if not module_name.startswith("keyring.backends.") or "+" in hint:
            return None
        import importlib

        from keyring import core

        if core.load_env() or core.load_config():
            return None  # the person configured a keyring: let keyring honour it
        try:
            backend_class = getattr(importlib.import_module(module_name), class_name)
            if backend_class.viable and backend_class.priority > 0:
                return backend_class()
        except Exception:  # any failure here just means: use normal discovery
            return None
        return None

    def backend_id(self) -> str:
        return backend_id(self.backend())

    def available(self) -> bool:
        from keyring.errors import KeyringError

        try:
            return not _is_unusable(self.backend())
        except KeyringError:
            return False

    def read(self, username: str) -> bytes | None:
        """The stored wrapping key, None if there is no entry; KeyringUnavailable otherwise."""
        from keyring.errors import KeyringError, KeyringLocked, NoKeyringError

        backend = self._usable_backend()
        try:
            value = backend.get_password(SERVICE, username)
        except NoKeyringError as exc:
            raise KeyringUnavailable(KeyringStatus.NO_BACKEND) from exc
        except KeyringLocked as exc:
            raise KeyringUnavailable(KeyringStatus.LOCKED) from exc
        except KeyringError as exc:
            raise KeyringUnavailable(KeyringStatus.LOCKED) from exc
        if value is None:
            return None
        try:
            return base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, ValueError, UnicodeEncodeError):
            return None

    def write(self, username: str, secret: bytes) -> None:
        from keyring.errors import KeyringError, NoKeyringError

        backend = self._usable_backend()
        try:
            backend.set_password(SERVICE, username, base64.b64encode(secret).decode("ascii"))
        except NoKeyringError as exc:
            raise KeyringUnavailable(KeyringStatus.NO_BACKEND) from exc
        except KeyringError as exc:
            raise KeyringUnavailable(KeyringStatus.LOCKED) from exc

    def delete(self, username: str) -> None:
        from keyring.errors import KeyringError, PasswordDeleteError

        # Nothing to remove, or nowhere to remove it from: both are fine here.
        with contextlib.suppress(PasswordDeleteError, KeyringUnavailable, KeyringError):
            self._usable_backend().delete_password(SERVICE, username)

    def _usable_backend(self) -> KeyringBackend:
        from keyring.errors import KeyringError

        try:
            backend = self.backend()
        except KeyringError as exc:
            raise KeyringUnavailable(KeyringStatus.NO_BACKEND) from exc
        if _is_unusable(backend):
            raise KeyringUnavailable(KeyringStatus.NO_BACKEND)
        return backend
