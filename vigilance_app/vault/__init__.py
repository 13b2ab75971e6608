"""Key custody: the data key, its wrapped copies, and the explicit ways to unlock it."""

from vigilance_app.vault.errors import (
    InvalidRecoveryKeyFormat,
    NoStoreError,
    StoreAlreadyExists,
    ThrottledError,
    VaultError,
    WrongSecretError,
)
from vigilance_app.vault.keyring_access import KeyringAccess, KeyringStatus
from vigilance_app.vault.vault import CustodyMode, EverydayResult, NewVault, Vault

__all__ = [
    "CustodyMode",
    "EverydayResult",
    "InvalidRecoveryKeyFormat",
    "KeyringAccess",
    "KeyringStatus",
    "NewVault",
    "NoStoreError",
    "StoreAlreadyExists",
    "ThrottledError",
    "Vault",
    "VaultError",
    "WrongSecretError",
]
