"""Back-off after wrong passwords or recovery keys, kept on disk so a restart does not reset it.

The first three mistakes are free (typos happen, and each try already costs a second of key
derivation); after that the wait doubles from 30 seconds up to 15 minutes.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path

from vigilance_app.paths import write_private_file
from vigilance_app.vault.errors import ThrottledError

FREE_ATTEMPTS = 3
FIRST_DELAY = 30
MAX_DELAY = 15 * 60


def delay_after(failures: int) -> int:
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY, FIRST_DELAY * 2 ** (failures - FREE_ATTEMPTS))


class UnlockThrottle:
    def __init__(self, path: Path, clock: Callable[[], float]) -> None:
        self._path = path
        self._clock = clock

    def _read(self) -> tuple[int, float]:
        try:
            data = json.loads(self._path.read_text("utf-8"))
            return int(data["failures"]), float(data["next_allowed"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    def check(self) -> None:
        """Raise ThrottledError while a wait is running."""
        _, next_allowed = self._read()
        remaining = next_allowed - self._clock()
        if remaining > 0:
            raise ThrottledError(math.ceil(remaining))

    def record_failure(self) -> None:
        failures, _ = self._read()
        failures += 1
        next_allowed = self._clock() + delay_after(failures)
        write_private_file(
            self._path,
            json.dumps({"failures": failures, "next_allowed": next_allowed}).encode(),
        )

    def record_success(self) -> None:
        self._path.unlink(missing_ok=True)

    @property
    def failures(self) -> int:
        return self._read()[0]
