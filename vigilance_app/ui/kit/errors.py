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
        "Errors", "Some of the latest entries are missing from your data: the file was "
                  "changed or damaged outside Vigilance."),
    "app_open": QT_TRANSLATE_NOOP(
        "Errors", "Vigilance is already open on this computer: use the window that is open."),
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
