"""The composition root: builds the services once and hands them to the CLI or the window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from vigilance_app.paths import DataPaths, ensure_private_dir
from vigilance_app.preferences import Preferences, read_preferences, save_preferences
from vigilance_app.store.store import Store, open_store
from vigilance_app.vault import KeyringAccess, Vault
from vigilance_app.vault.kdf import KdfParams, calibrate


@dataclass
class AppServices:
    paths: DataPaths
    vault: Vault
    preferences: Preferences
    store: Store | None = None
    # A sentence to show once when preferences.json was damaged and defaults are used.
    preferences_notice: str | None = None
    _data_key: bytes | None = field(default=None, repr=False)

    @property
    def unlocked(self) -> bool:
        return self.store is not None

    def open_with_key(self, data_key: bytes) -> Store:
        """Open (and migrate) the store with a key the vault produced."""
        if self.store is None:
            self.store = open_store(self.paths, data_key)
        self._data_key = data_key
        return self.store

    def attach_store(self, store: Store, data_key: bytes) -> None:
        self.store = store
        self._data_key = data_key

    @property
    def data_key(self) -> bytes:
        if self._data_key is None:
            raise RuntimeError("The store is locked.")
        return self._data_key

    def lock(self) -> None:
        """Close the store and forget the key; the vault can open it again."""
        if self.store is not None:
            self.store.close()
        self.store = None
        self._data_key = None

    def save_preferences(self, prefs: Preferences) -> None:
        self.preferences = prefs.validated()
        ensure_private_dir(self.paths.root)
        save_preferences(self.paths.preferences, self.preferences)


def build_services(
    data_dir: Path,
    keyring: KeyringAccess | None = None,
    kdf_params: Callable[[], KdfParams] = calibrate,
) -> AppServices:
    paths = DataPaths(data_dir)
    preferences, notice = read_preferences(paths.preferences)
    return AppServices(
        paths=paths,
        vault=Vault(paths, keyring=keyring, kdf_params=kdf_params),
        preferences=preferences,
        preferences_notice=notice,
    )
