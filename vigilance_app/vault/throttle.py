"""Back-off after wrong passwords or recovery keys, kept on disk so a restart does not reset it.

The first three mistakes are free (typos happen, and each try already costs a second of key
derivation); after that the wait doubles from 30 seconds up to 15 minutes.

No wait is ever longer than ``MAX_DELAY``, whatever the file says: a clock that was ahead when
a failure was recorded, or a damaged file (``1e999``, NaN, wrong types, too large), counts as
the longest wait starting now, and the file is rewritten so the wait really ends. When the file
cannot be written (a full disk), failures are still counted and throttled in memory.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path

from vigilance_app import safe_json
from vigilance_app.paths import write_private_file
from vigilance_app.vault.errors import ThrottledError

FREE_ATTEMPTS = 3
FIRST_DELAY = 30
MAX_DELAY = 15 * 60
MAX_FILE_BYTES = 1024
MAX_FAILURES = 10_000  # counted beyond this no longer changes anything


def delay_after(failures: int) -> int:
    if failures < FREE_ATTEMPTS:
        return 0
    doublings = min(failures - FREE_ATTEMPTS, 16)  # 30 s * 2**5 already exceeds the maximum
    return min(MAX_DELAY, FIRST_DELAY * 2 ** doublings)


class UnlockThrottle:
    def __init__(self, path: Path, clock: Callable[[], float]) -> None:
        self._path = path
        self._clock = clock
        # What this process knows (failures, next allowed time): kept when the file cannot
        # be written, and authoritative once the file could not be trusted or rewritten.
        self._memory: tuple[int, float] = (0, 0.0)
        self._file_unusable = False

    def _read_file(self) -> tuple[int, float] | None:
        """(failures, next allowed time) from the file; None when it is damaged."""
        try:
            data = safe_json.read(self._path, MAX_FILE_BYTES, max_depth=1)
        except FileNotFoundError:
            return 0, 0.0
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict):
            return None
        failures, next_allowed = data.get("failures"), data.get("next_allowed")
        if isinstance(failures, bool) or not isinstance(failures, int) or failures < 0:
            return None
        if isinstance(next_allowed, bool) or not isinstance(next_allowed, int | float) or \
                not math.isfinite(next_allowed):
            return None
        return min(failures, MAX_FAILURES), float(next_allowed)

    def _state(self) -> tuple[int, float]:
        """Failures and the next allowed time, with no wait beyond ``MAX_DELAY`` from now."""
        now = self._clock()
        failures, next_allowed = self._memory
        if not self._file_unusable:
            on_disk = self._read_file()
            if on_disk is None:  # damaged: the longest wait, from now
                on_disk = (max(FREE_ATTEMPTS, failures), now + MAX_DELAY)
                self._save(*on_disk)
            failures, next_allowed = max(failures, on_disk[0]), max(next_allowed, on_disk[1])
        if next_allowed > now + MAX_DELAY:  # recorded with a clock that was ahead
            next_allowed = now + MAX_DELAY
            self._save(failures, next_allowed)
        return failures, next_allowed

    def _save(self, failures: int, next_allowed: float) -> None:
        self._memory = (failures, next_allowed)
        if self._file_unusable:
            return
        try:
            write_private_file(self._path, json.dumps(
                {"failures": failures, "next_allowed": next_allowed}).encode())
        except OSError:
            self._file_unusable = True  # a full disk: throttle in memory from now on

    def check(self) -> None:
        """Raise ThrottledError while a wait is running."""
        _, next_allowed = self._state()
        remaining = min(next_allowed - self._clock(), MAX_DELAY)
        if remaining > 0:
            raise ThrottledError(math.ceil(remaining))

    def record_failure(self) -> None:
        failures, _ = self._state()
        failures = min(failures + 1, MAX_FAILURES)
        self._save(failures, self._clock() + delay_after(failures))

    def record_success(self) -> None:
        self._memory = (0, 0.0)
        try:
            self._path.unlink(missing_ok=True)
        except OSError:
            self._file_unusable = True  # a stale file must not refuse the next right secret

    @property
    def failures(self) -> int:
        return self._state()[0]
