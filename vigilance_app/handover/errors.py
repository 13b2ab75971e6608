"""Errors of the handover file: a stable code for the window, a sentence for the CLI.

Every refusal happens before anything is written: "Nothing was imported" is always true."""

from __future__ import annotations

from vigilance_app.errors import CodedError


class HandoverError(CodedError):
    code = "handover"


class HandoverNotAFile(HandoverError):
    code = "handover_not_a_file"

    def __init__(self) -> None:
        super().__init__("This is not a Vigilance handover file. Nothing was imported.")


class HandoverVersionUnsupported(HandoverError):
    code = "handover_version"

    def __init__(self, version: int) -> None:
        super().__init__("This handover file was made by a newer version of Vigilance: update "
                         "Vigilance to open it. Nothing was imported.",
                         params={"version": version})


class HandoverWrongPassphrase(HandoverError):
    code = "handover_wrong_passphrase"

    def __init__(self) -> None:
        super().__init__("The passphrase is not the right one for this file. "
                         "Nothing was imported.")


class HandoverDamaged(HandoverError):
    code = "handover_damaged"

    def __init__(self) -> None:
        super().__init__("This handover file is damaged (changed or cut short since it was "
                         "made). Nothing was imported; ask for the file again.")


class HandoverContentInvalid(HandoverError):
    code = "handover_content_invalid"

    def __init__(self) -> None:
        super().__init__("This handover file opened, but its content is not what Vigilance "
                         "writes. Nothing was imported.")


class HandoverTooLarge(HandoverError):
    code = "handover_too_large"

    def __init__(self, limit_mb: int) -> None:
        super().__init__(f"A handover file holds at most {limit_mb} MB; this one would be "
                         "larger. Nothing was written or imported.",
                         params={"limit_mb": limit_mb})


class HandoverPassphraseMissing(HandoverError):
    code = "handover_passphrase_missing"

    def __init__(self) -> None:
        super().__init__("The passphrase is needed: type it when asked, or set "
                         "VIGILANCE_HANDOVER_PASSPHRASE.")


class HandoverPassphraseTooShort(HandoverError):
    code = "handover_passphrase_short"

    def __init__(self, minimum: int) -> None:
        super().__init__(f"A passphrase of your own needs at least {minimum} characters; the "
                         "one Vigilance proposes is safer.", params={"minimum": minimum})


class HandoverFileUnreadable(HandoverError):
    code = "handover_unreadable"

    def __init__(self, reason: str) -> None:
        super().__init__(f"The handover file could not be read ({reason}). "
                         "Nothing was imported.", params={"reason": reason})


class HandoverWriteFailed(HandoverError):
    code = "handover_write_failed"

    def __init__(self, reason: str) -> None:
        super().__init__(f"The handover file could not be written ({reason}).",
                         params={"reason": reason})
