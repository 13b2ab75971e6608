"""Display preferences, kept in a small plain JSON file: nothing personal, readable before unlock.

The language and text size must be known before the store is unlocked (the unlock screen
speaks the person's language at their text size), so they cannot live in the encrypted store.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from vigilance_app import safe_json
from vigilance_app.paths import write_private_file

LANGUAGES = ("fr", "en")
TEXT_SCALES = (100, 125, 150, 175, 200)
LOCK_CHOICES = (0, 1, 5, 10, 15, 30, 60)  # minutes idle; 0 = never
MAX_FILE_BYTES = 16 * 1024  # the file holds five short values
# Said once when a damaged file was replaced by the usual settings (the caller shows it).
RESET_NOTICE = ("The display preferences could not be read (the file was damaged); the usual "
                "settings are used until you change them.")


@dataclass(frozen=True)
class Preferences:
    language: str = "fr"
    text_scale: int = 100  # percent of the system font size
    high_contrast: bool = False
    lock_after_minutes: int = 5  # only with an app password
    # Closing the window leaves Vigilance in the tray (when there is one), so the account
    # reminders keep coming; "Quit" in the tray's menu ends it.
    keep_in_tray: bool = True

    def validated(self) -> Preferences:
        """Every value usable: out-of-range numbers clamped, wrong types replaced by the
        default (a damaged file can hold anything)."""
        default = Preferences()
        return replace(
            self,
            language=self.language if self.language in LANGUAGES else default.language,
            text_scale=_bounded_int(self.text_scale, 100, 200, default.text_scale),
            high_contrast=_flag(self.high_contrast, default.high_contrast),
            lock_after_minutes=_bounded_int(self.lock_after_minutes, 0, 240,
                                            default.lock_after_minutes),
            keep_in_tray=_flag(self.keep_in_tray, default.keep_in_tray),
        )


def _bounded_int(value: Any, low: int, high: int, default: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or \
            not math.isfinite(value):
        return default
    return min(high, max(low, int(value)))


def _flag(value: Any, default: bool) -> bool:
    return value if isinstance(value, bool) else default


def read_preferences(path: Path) -> tuple[Preferences, str | None]:
    """The preferences, and a notice to show when the file was damaged (``RESET_NOTICE``):
    too large, not JSON, nested, infinite or wrongly typed values. A missing file is the
    first start: defaults, no notice. Never raises."""
    try:
        data = safe_json.read(path, MAX_FILE_BYTES, max_depth=2)
    except FileNotFoundError:
        return Preferences(), None
    except (OSError, ValueError):
        return Preferences(), RESET_NOTICE
    if not isinstance(data, dict):
        return Preferences(), RESET_NOTICE
    known = {f.name for f in fields(Preferences)}
    given = Preferences(**{k: v for k, v in data.items() if k in known})
    checked = given.validated()
    damaged = any(getattr(given, name) != getattr(checked, name)
                  and not _clamped(getattr(given, name)) for name in known)
    return checked, RESET_NOTICE if damaged else None


def _clamped(value: Any) -> bool:
    """A plain number out of range is clamped quietly; anything else was damage."""
    return isinstance(value, int) and not isinstance(value, bool)


def load_preferences(path: Path) -> Preferences:
    return read_preferences(path)[0]


def save_preferences(path: Path, prefs: Preferences) -> None:
    write_private_file(path, json.dumps(asdict(prefs.validated()), indent=2).encode("utf-8"))
