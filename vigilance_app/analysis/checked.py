"""A message that was checked: what the check page hands to the journal ("Add to the journal").

Plain data: the parsed message, its analysis, and — for an imported ``.eml`` — the original
bytes, which the journal keeps inside the encrypted store only (never written to a file).
"""

from __future__ import annotations

from dataclasses import dataclass

from vigilance_app.analysis.analyze import Analysis
from vigilance_app.analysis.message import ParsedMessage


@dataclass(frozen=True)
class CheckedMessage:
    parsed: ParsedMessage
    analysis: Analysis
    raw: bytes | None = None  # the original .eml bytes, when the message came from a file
    source_name: str | None = None  # the file's name, for display only
