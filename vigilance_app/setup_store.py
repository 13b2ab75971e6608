"""First-run creation of a store: the data key, its wrapped copies, the database, a profile."""

from __future__ import annotations

from dataclasses import dataclass

from vigilance_app.paths import DataPaths
from vigilance_app.store.copy import fsync_path
from vigilance_app.store.diskspace import disk_full_as_error
from vigilance_app.store.models import Relationship
from vigilance_app.store.store import (
    NEW_STORE_BYTES,
    Store,
    create_store,
    finish_interrupted_creation,
    open_store,
    remove_database_files,
)
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
    """All or nothing, even if the process is killed: the database is built completely under
    a temporary name, the key file is written, then the database is renamed into place (an
    interruption between the last two is finished at the next open). If the store cannot be
    made (a full disk raises DiskFullError), nothing of it is left."""
    finish_interrupted_creation(paths)
    if paths.store_exists():
        raise StoreAlreadyExists()
    pending = paths.pending_database
    remove_database_files(pending)  # left by an init stopped before its key file existed

    def build(data_key: bytes) -> None:
        store = create_store(paths, data_key, database=pending)
        try:
            store.add_profile(profile_name, relationship)
        finally:
            store.close()  # checkpoints: one complete file
        fsync_path(pending)

    with disk_full_as_error(paths.root, NEW_STORE_BYTES):
        try:
            new_vault = vault.create(mode, password, before_save=build)
        except StoreAlreadyExists:
            raise
        except BaseException:
            remove_database_files(pending)
            vault.discard_new_header()
            raise
        finish_interrupted_creation(paths)
    return CreatedStore(open_store(paths, new_vault.data_key), new_vault)
