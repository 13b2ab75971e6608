"""Reading a message to check: a file (size-limited before a byte is read) or pasted text,
parsed and analysed into a ``CheckedMessage``. Shared by the command line, the check page,
the journal's quick forms and its import, so every door applies the same limits.

No Qt; the parsing modules are imported when a message is checked, not before.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from vigilance_app.analysis.limits import MAX_INPUT_BYTES, InputTooLarge

if TYPE_CHECKING:
    from vigilance_app.analysis.checked import CheckedMessage

TEXT_SUFFIXES: tuple[str, ...] = (".txt", ".text")  # read as pasted text, not as an email


class NotAFile(OSError):
    """The path is a folder, a device or does not exist."""


def read_limited(path: Path) -> bytes:
    """The bytes of ``path``, refused (before reading) when over the size limit."""
    if not path.is_file():
        raise NotAFile(str(path))
    size = path.stat().st_size
    if size > MAX_INPUT_BYTES:
        raise InputTooLarge(size)
    with path.open("rb") as handle:
        data = handle.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:  # grew since the size was read
        raise InputTooLarge(len(data))
    return data


def default_channel(channel: str | None, sender: str | None) -> str:
    """A text without a channel: an SMS when a sender is given, else an email."""
    return channel or ("sms" if sender else "email")


def shown_name(name: str) -> str:
    """A file name fit to show: no control or invisible characters (a right-to-left override
    would reverse what the person reads), bounded."""
    from vigilance_app.analysis.evidence import safe_text

    return safe_text(Path(name).name, 255, defang=False)


def check_bytes(data: bytes, name: str, channel: str | None = None,
                sender: str | None = None) -> CheckedMessage:
    """Parse and analyse one file's bytes: ``.txt`` as pasted text, anything else as an
    ``.eml`` whose original bytes are kept (for the journal). Raises ``AnalysisError``."""
    from vigilance_app.analysis.analyze import analyze
    from vigilance_app.analysis.checked import CheckedMessage
    from vigilance_app.analysis.eml import parse_eml
    from vigilance_app.analysis.pasted import parse_bytes_as_text

    if name.lower().endswith(TEXT_SUFFIXES):
        parsed = parse_bytes_as_text(data, default_channel(channel, sender), sender)
        raw = None
    else:
        parsed = parse_eml(data)
        raw = data
    return CheckedMessage(parsed, analyze(parsed), raw=raw, source_name=shown_name(name))


def check_file(path: Path, channel: str | None = None,
               sender: str | None = None) -> CheckedMessage:
    """Read (size-limited), parse and analyse one file."""
    return check_bytes(read_limited(path), path.name, channel, sender)


def check_text(text: str, channel: str | None = None,
               sender: str | None = None) -> CheckedMessage:
    """Pasted text (or standard input) with its channel and sender."""
    from vigilance_app.analysis.analyze import analyze
    from vigilance_app.analysis.checked import CheckedMessage
    from vigilance_app.analysis.pasted import parse_text

    parsed = parse_text(text, default_channel(channel, sender), sender)
    return CheckedMessage(parsed, analyze(parsed))
