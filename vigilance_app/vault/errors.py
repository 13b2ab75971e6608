"""Vault errors: a code for the window; their sentences are printed as they are by the CLI."""

from vigilance_app.errors import CodedError


class VaultError(CodedError):
    """Base class: something prevents opening or changing the key custody."""

    code = "vault"


class NoStoreError(VaultError):
    code = "no_store"

    def __init__(self) -> None:
        super().__init__("No Vigilance store exists in this folder yet.")


class StoreAlreadyExists(VaultError):
    code = "store_exists"

    def __init__(self) -> None:
        super().__init__(
            "A Vigilance store already exists in this folder; it was left untouched."
        )


class WrongSecretError(VaultError):
    """The password or recovery key did not open the data key."""

    code = "wrong_secret"

    def __init__(self, what: str) -> None:
        self.what = what
        super().__init__(f"The {what} is not the right one.", params={"what": what})


class InvalidRecoveryKeyFormat(VaultError):
    code = "recovery_key_format"

    def __init__(self) -> None:
        super().__init__(
            "A recovery key has 28 letters and digits (2 to 9), in groups of four."
        )


class ThrottledError(VaultError):
    """Too many wrong attempts: the next one is allowed after ``wait_seconds``."""

    code = "throttled"

    def __init__(self, wait_seconds: int) -> None:
        self.wait_seconds = wait_seconds
        super().__init__(
            f"Too many wrong attempts. Please wait {wait_seconds} seconds before trying again.",
            params={"seconds": wait_seconds},
        )


class HeaderError(VaultError):
    code = "key_file_unreadable"

    def __init__(self, detail: str) -> None:
        super().__init__(f"The key file beside the store cannot be read ({detail}).")
