"""Vault errors. Their messages are plain sentences: the CLI prints them as they are."""


class VaultError(Exception):
    """Base class: something prevents opening or changing the key custody."""


class NoStoreError(VaultError):
    def __init__(self) -> None:
        super().__init__("No Vigilance store exists in this folder yet.")


class StoreAlreadyExists(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "A Vigilance store already exists in this folder; it was left untouched."
        )


class WrongSecretError(VaultError):
    """The password or recovery key did not open the data key."""

    def __init__(self, what: str) -> None:
        self.what = what
        super().__init__(f"The {what} is not the right one.")


class InvalidRecoveryKeyFormat(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "A recovery key has 28 letters and digits (2 to 9), in groups of four."
        )


class ThrottledError(VaultError):
    """Too many wrong attempts: the next one is allowed after ``wait_seconds``."""

    def __init__(self, wait_seconds: int) -> None:
        self.wait_seconds = wait_seconds
        super().__init__(
            f"Too many wrong attempts. Please wait {wait_seconds} seconds before trying again."
        )


class HeaderError(VaultError):
    def __init__(self, detail: str) -> None:
        super().__init__(f"The key file beside the store cannot be read ({detail}).")
