"""First-run creation of a store: the data key, its wrapped copies, the database, a profile."""

from __future__ import annotations

from dataclasses import dataclass

from vigilance_app.paths import DataPaths
from vigilance_app.store.models import Relationship
from vigilance_app.store.store import Store, create_store
from vigilance_app.vault import CustodyMode, NewVault, StoreAlreadyExists, Vault


@dataclass(frozen=True)
class CreatedStore:
    store: Store
    vault: NewVault


def create_new_store(
    paths: DataPaths,
    vault: Vault,
    mode: CustodyMode,
    profile_name: str,
    relationship: Relationship = Relationship.SELF,
    password: str | None = None,
) -> CreatedStore:
    """All or nothing: if the database cannot be made, the new key file is removed again."""
    if paths.store_exists():
        raise StoreAlreadyExists()
    new_vault = vault.create(mode, password)
    try:
        store = create_store(paths, new_vault.data_key)
    except BaseException:
        vault.discard_new_header()
        raise
    store.add_profile(profile_name, relationship)
    return CreatedStore(store, new_vault)
