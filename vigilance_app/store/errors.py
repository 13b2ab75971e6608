"""Store errors: a code for the window, an English sentence for the command line."""

from vigilance_app.errors import CodedError


class StoreError(CodedError):
    code = "store_unreadable"


class WrongKeyError(StoreError):
    code = "store_wrong_key"

    def __init__(self) -> None:
        super().__init__(
            "The store could not be read with its key: the file may be damaged or come from "
            "another Vigilance folder. It was left untouched."
        )


class IntegrityFailure(StoreError):
    """The integrity check found damage. The file is left exactly as it was."""

    code = "store_damaged"

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(
            "The store file is damaged and was left untouched. Keep a copy of the Vigilance "
            "folder; a backup copy may be beside it."
        )


class MissingDatabaseError(StoreError):
    code = "store_missing"

    def __init__(self) -> None:
        super().__init__(
            "The key file exists but the store file is missing. Nothing was created; "
            "restore the store file (vigilance.db) from a backup."
        )


class DiskFullError(StoreError):
    """No space left: nothing was changed on disk, the same action can be tried again once
    space is freed. ``needed_mb`` (when it can be estimated) is how much to free."""

    code = "disk_full"

    def __init__(self, needed_mb: int | None = None) -> None:
        self.needed_mb = needed_mb
        if needed_mb:
            sentence = (f"The disk is full: free at least {needed_mb} MB and try again. "
                        "Nothing was lost.")
        else:
            sentence = "The disk is full: free some space and try again. Nothing was lost."
        super().__init__(sentence, params={"needed_mb": needed_mb} if needed_mb else None)


class EmptyStoreFile(IntegrityFailure):
    """A store file without a schema (0 bytes, or never finished): never taken as a new
    store, since the real one may have been lost."""
