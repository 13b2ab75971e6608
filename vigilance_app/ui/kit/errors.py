"""The sentence the window shows for an error of the core, in the window's language.

The core's errors carry a stable ``code`` (``vigilance_app.errors.CodedError``); their English
``str()`` is for the command line only. Each code has one sentence here, marked for
translation; ``{name}`` placeholders take the error's ``params``. An unknown code gets the
calm general sentence, never the English text of the exception.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from vigilance_app.errors import CodedError
from vigilance_app.ui.kit.i18n import translate

CONTEXT = "Errors"
GENERAL = QT_TRANSLATE_NOOP(
    "Errors", "Something went wrong inside Vigilance. Nothing was changed; please try again.")
SENTENCES: dict[str, object] = {  # object: the type QT_TRANSLATE_NOOP is declared with
    "internal": GENERAL,
    # The store and the key custody
    "store_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "Your data could not be read. Nothing was changed."),
    "store_wrong_key": QT_TRANSLATE_NOOP(
        "Errors", "Your data could not be opened with its key: the file may be damaged or "
                  "come from another Vigilance folder. It was left untouched."),
    "store_damaged": QT_TRANSLATE_NOOP(
        "Errors", "The file of your data is damaged. It was left untouched."),
    "store_missing": QT_TRANSLATE_NOOP(
        "Errors", "The file of your data (vigilance.db) is missing. Nothing was created; "
                  "restore it from a backup."),
    "disk_full": QT_TRANSLATE_NOOP(
        "Errors", "The disk is full: free at least {needed_mb} MB, then try again. Nothing "
                  "was lost."),
    "disk_full_unknown": QT_TRANSLATE_NOOP(
        "Errors", "The disk is full: free some space, then try again. Nothing was lost."),
    "entries_missing": QT_TRANSLATE_NOOP(
        "Errors", "The last changes saved before Vigilance was last closed are missing "
                  "({commits}): a file beside the journal was deleted or damaged. Entries "
                  "added recently may need to be added again."),
    "app_open": QT_TRANSLATE_NOOP(
        "Errors", "Vigilance is already open on this folder: close the other window or wait "
                  "for the other task to finish, then try again."),
    "vault": QT_TRANSLATE_NOOP(
        "Errors", "The key that protects your data could not be used. Nothing was changed."),
    "no_store": QT_TRANSLATE_NOOP("Errors", "There is no Vigilance data in this folder yet."),
    "store_exists": QT_TRANSLATE_NOOP(
        "Errors", "Vigilance data already exists in this folder; it was left untouched."),
    "wrong_secret": QT_TRANSLATE_NOOP(
        "Errors", "This is not the right password or recovery key."),
    "recovery_key_format": QT_TRANSLATE_NOOP(
        "Errors", "A recovery key has 28 letters and digits (2 to 9), in groups of four."),
    "throttled": QT_TRANSLATE_NOOP(
        "Errors", "Too many wrong attempts. Please wait {seconds} seconds before trying "
                  "again."),
    "key_file_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The key file beside your data cannot be read. Nothing was changed."),
    # The journal
    "journal_invalid": QT_TRANSLATE_NOOP(
        "Errors", "One of the values of this entry is not accepted."),
    "original_too_large": QT_TRANSLATE_NOOP(
        "Errors", "The original message is too large to be kept (limit {megabytes} MB)."),
    "person_not_found": QT_TRANSLATE_NOOP("Errors", "This person is no longer in Vigilance."),
    "entry_gone": QT_TRANSLATE_NOOP("Errors", "This entry no longer exists."),
    "tag_empty": QT_TRANSLATE_NOOP("Errors", "A tag cannot be empty."),
    # People
    "people": QT_TRANSLATE_NOOP("Errors", "This change to the people could not be made."),
    "person_name_empty": QT_TRANSLATE_NOOP(
        "Errors", "Please give a first name (or a nickname) for this person."),
    "person_name_taken": QT_TRANSLATE_NOOP(
        "Errors", "Someone called {name} is already in Vigilance; choose another name."),
    "person_none": QT_TRANSLATE_NOOP(
        "Errors", "Nobody is watched over yet: add someone first."),
    "person_last": QT_TRANSLATE_NOOP(
        "Errors", "This is the only person in Vigilance, so they cannot be removed. To erase "
                  "everything from this computer, use \"Erase everything\" in Settings."),
    # The evidence file
    "evidence": QT_TRANSLATE_NOOP("Errors", "The file could not be prepared."),
    "evidence_empty": QT_TRANSLATE_NOOP(
        "Errors", "There is no journal entry for this person in that period, so no file was "
                  "written."),
    "evidence_too_large": QT_TRANSLATE_NOOP(
        "Errors", "A file holds at most {limit} contacts: choose a shorter period or fewer "
                  "entries."),
    "evidence_period_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The start of the period is after its end."),
    "evidence_entry_not_found": QT_TRANSLATE_NOOP(
        "Errors", "One of the chosen entries no longer exists."),
    "evidence_write_failed": QT_TRANSLATE_NOOP(
        "Errors", "The file could not be saved there. Choose another folder."),
    "evidence_pdf_unavailable": QT_TRANSLATE_NOOP(
        "Errors", "The PDF could not be made on this computer; choose CSV or JSON instead."),
    # Handing a person's file over
    "handover": QT_TRANSLATE_NOOP("Errors", "The file could not be handed over or opened."),
    "handover_not_a_file": QT_TRANSLATE_NOOP(
        "Errors", "This is not a file handed over by Vigilance. Nothing was imported."),
    "handover_version": QT_TRANSLATE_NOOP(
        "Errors", "This file was made by a newer version of Vigilance: update Vigilance to "
                  "open it. Nothing was imported."),
    "handover_wrong_passphrase": QT_TRANSLATE_NOOP(
        "Errors", "These words do not open this file. Check them and try again; nothing was "
                  "imported."),
    "handover_damaged": QT_TRANSLATE_NOOP(
        "Errors", "This file is damaged (changed or cut short since it was made). Nothing was "
                  "imported; ask for the file again."),
    "handover_content_invalid": QT_TRANSLATE_NOOP(
        "Errors", "This file opened, but its content is not what Vigilance writes. Nothing "
                  "was imported."),
    "handover_too_large": QT_TRANSLATE_NOOP(
        "Errors", "This file is too large (more than {limit_mb} MB). Nothing was written or "
                  "imported."),
    "handover_passphrase_missing": QT_TRANSLATE_NOOP(
        "Errors", "Type the words given with the file."),
    "handover_passphrase_short": QT_TRANSLATE_NOOP(
        "Errors", "Words of your own need at least {minimum} characters; those Vigilance "
                  "proposes are safer."),
    "handover_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The file could not be read. Nothing was imported."),
    "handover_write_failed": QT_TRANSLATE_NOOP(
        "Errors", "The file could not be saved there. Choose another folder."),
    # Backups
    "backup_failed": QT_TRANSLATE_NOOP(
        "Errors", "The backup could not be made. Your journal itself is unchanged."),
    "backup_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "This file is not a Vigilance backup, or it is damaged. Nothing was "
                  "changed."),
    "backup_folder_unusable": QT_TRANSLATE_NOOP(
        "Errors", "The backup cannot be written in this folder. Choose another folder or "
                  "plug the USB key in again."),
    "backup_needs_secret": QT_TRANSLATE_NOOP(
        "Errors", "This backup opens with the app password or the recovery key that were in "
                  "use when it was made."),
    "erase_incomplete": QT_TRANSLATE_NOOP(
        "Errors", "Some files of Vigilance could not be erased; close Vigilance everywhere and "
                  "try again."),
}


def sentence_for(code: str, params: Mapping[str, Any] | None = None) -> str:
    """The translated sentence of ``code`` with ``params`` filled in."""
    params = dict(params or {})
    if code == "disk_full" and not params.get("needed_mb"):
        code = "disk_full_unknown"
    template = translate(CONTEXT, str(SENTENCES.get(code, GENERAL)))
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a parameter missing: the general sentence
        return translate(CONTEXT, str(GENERAL))


def error_sentence(exc: BaseException) -> str:
    """What to tell the person about ``exc``: its code's sentence; never ``str(exc)``."""
    if isinstance(exc, CodedError):
        return sentence_for(exc.code, exc.params)
    return sentence_for("internal")
