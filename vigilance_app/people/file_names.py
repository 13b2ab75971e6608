"""Suggested file names, in the person's language and with their name:
"Dossier Jeanne 2026-12-07.pdf", "Evidence Jeanne 2026-12-07.pdf".

The name is the person's own label, but it becomes part of a path: anything that could
change the folder or upset a file system (separators, control characters, a leading dot,
characters Windows refuses) is replaced.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

KINDS: dict[str, dict[str, str]] = {
    "evidence": {"fr": "Dossier", "en": "Evidence"},
    "calendar": {"fr": "Agenda", "en": "Calendar"},
    "handover": {"fr": "Transmission", "en": "Handover"},
}
EXTENSIONS: dict[str, str] = {"pdf": ".pdf", "json": ".json", "csv": ".csv", "ics": ".ics",
                              "handover": ".vigilance"}
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]')
MAX_NAME = 60


def safe_name_part(name: str) -> str:
    text = _UNSAFE.sub(" ", unicodedata.normalize("NFC", name or ""))
    text = " ".join(text.split()).strip(". ")[:MAX_NAME].strip(". ")
    return text or "Vigilance"


def suggested_file_name(kind: str, person: str, lang: str, day: date, fmt: str) -> str:
    """``kind``: evidence, calendar or handover; ``fmt``: pdf, json, csv, ics or handover."""
    word = KINDS[kind]["fr" if lang != "en" else "en"]
    return f"{word} {safe_name_part(person)} {day.isoformat()}{EXTENSIONS[fmt]}"
