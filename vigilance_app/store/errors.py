"""Store errors, worded for the person using the app."""


class StoreError(Exception):
    pass


class WrongKeyError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "The store could not be read with its key: the file may be damaged or come from "
            "another Vigilance folder. It was left untouched."
        )


class IntegrityFailure(StoreError):
    """The integrity check found damage. The file is left exactly as it was."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(
            "The store file is damaged and was left untouched. Keep a copy of the Vigilance "
            "folder; a backup copy may be beside it."
        )


class MissingDatabaseError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "The key file exists but the store file is missing. Nothing was created; "
            "restore the store file (vigilance.db) from a backup."
        )
