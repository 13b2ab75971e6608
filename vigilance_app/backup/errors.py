"""Backup errors (codes for the window, English sentences for the command line)."""

from vigilance_app.errors import CodedError


class BackupError(CodedError):
    code = "backup_failed"


class BackupUnreadable(BackupError):
    code = "backup_unreadable"

    def __init__(self) -> None:
        super().__init__("This file is not a Vigilance backup, or it is damaged. Nothing was "
                         "changed.")


class BackupFolderUnusable(BackupError):
    code = "backup_folder_unusable"

    def __init__(self) -> None:
        super().__init__("The backup cannot be written in this folder (it does not exist or "
                         "cannot be written to). Choose another folder.")


class NoSecretForBackup(BackupError):
    code = "backup_needs_secret"

    def __init__(self) -> None:
        super().__init__("This backup opens with the app password or the recovery key that "
                         "were in use when it was made.")
