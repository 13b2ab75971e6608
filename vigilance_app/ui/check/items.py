"""What the "Is this a scam?" page checks: one message (a file of a batch, one file, or pasted
text), and the plain words for why one could not be analysed (never the exception's text).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from vigilance_app.analysis.inputs import NotAFile
from vigilance_app.analysis.limits import MAX_INPUT_BYTES, AnalysisError, InputTooLarge
from vigilance_app.ui.kit.i18n import translate

CONTEXT = "CheckPage"

NOT_A_FILE = QT_TRANSLATE_NOOP("CheckPage", "This file does not exist or is not a file.")
UNREADABLE = QT_TRANSLATE_NOOP("CheckPage", "This file cannot be read.")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "CheckPage", "This file is too large to be analysed safely (the limit is %1 MB). "
                 "It was not opened.")
DAMAGED = QT_TRANSLATE_NOOP(
    "CheckPage", "This message could not be analysed: it is damaged or built in an unusual "
                 "way. Treat it with caution.")
INTERNAL = QT_TRANSLATE_NOOP(
    "CheckPage", "This message could not be analysed because of an internal error. Treat it "
                 "with caution.")
STOPPED = QT_TRANSLATE_NOOP("CheckPage", "This file was not analysed: the analysis was stopped.")
WAITING = QT_TRANSLATE_NOOP("CheckPage", "This file is waiting to be analysed.")
ANALYSING = QT_TRANSLATE_NOOP("CheckPage", "This file is being analysed.")

Message = tuple[str, dict[str, str]]  # an English source text and its %n values


def words(message: Message) -> str:
    """``message`` in the window's language, its %n values filled in."""
    source, values = message
    text = translate(CONTEXT, source)
    for key, value in values.items():
        text = text.replace(key, value)
    return text


def error_for(exc: BaseException) -> Message:
    """Plain words for what went wrong (never the exception's own text)."""
    if isinstance(exc, InputTooLarge):
        return TOO_LARGE, {"%1": str(MAX_INPUT_BYTES // (1024 * 1024))}
    if isinstance(exc, AnalysisError):
        return DAMAGED, {}
    if isinstance(exc, NotAFile):
        return NOT_A_FILE, {}
    if isinstance(exc, OSError):
        return UNREADABLE, {}
    return INTERNAL, {}


@dataclass
class CheckItem:
    """One message checked (or to check): a file of a batch, one file, or pasted text."""

    name: str | None  # the file's name; None for pasted text
    path: Path | None = None
    checked: Any = None  # CheckedMessage once analysed
    error: Message | None = None  # why it could not be analysed
    state: str = "waiting"  # waiting | running | done | failed | stopped
    pasted: bool = False  # the text of the box (a change of the box makes it out of date)
