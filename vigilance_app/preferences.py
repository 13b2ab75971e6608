"""Display preferences, kept in a small plain JSON file: nothing personal, readable before unlock.

The language and text size must be known before the store is unlocked (the unlock screen
speaks the person's language at their text size), so they cannot live in the encrypted store.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from vigilance_app.paths import write_private_file

LANGUAGES = ("fr", "en")
TEXT_SCALES = (100, 125, 150, 175, 200)
LOCK_CHOICES = (0, 1, 5, 10, 15, 30, 60)  # minutes idle; 0 = never


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
        return replace(
            self,
            language=self.language if self.language in LANGUAGES else "fr",
            text_scale=min(200, max(100, int(self.text_scale))),
            high_contrast=bool(self.high_contrast),
            lock_after_minutes=min(240, max(0, int(self.lock_after_minutes))),
            keep_in_tray=bool(self.keep_in_tray),
        )


def load_preferences(path: Path) -> Preferences:
    try:
        data = json.loads(path.read_text("utf-8"))
        known = {f.name for f in fields(Preferences)}
        return Preferences(**{k: v for k, v in data.items() if k in known}).validated()
    except (OSError, ValueError, TypeError, AttributeError):
        return Preferences()


def save_preferences(path: Path, prefs: Preferences) -> None:
    write_private_file(path, json.dumps(asdict(prefs.validated()), indent=2).encode("utf-8"))
