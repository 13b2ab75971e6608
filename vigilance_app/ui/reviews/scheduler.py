"""When to look again at which account reviews are due: every 15 minutes, after a sleep, when
the wall clock jumps, when the application becomes active again, and at midnight.

A short heartbeat timer (one minute, far below Qt's ~24.8-day limit for one timer) compares how
far the wall clock and the monotonic clock moved since the last beat. On Linux the monotonic
clock stands still while the computer sleeps, so waking up, or someone changing the clock,
shows as a gap between the two: the due reviews are then checked at once. Otherwise they are
checked when 15 minutes have passed on the monotonic clock, or when the day changed.

Both clocks are injected: tests pass fake ones and call ``beat()`` or ``check_now()`` directly,
with no sleep. The check itself is a callable given by the owner (``check(now)``); the
scheduler does not know about the store.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

CHECK_EVERY_S = 15 * 60
HEARTBEAT_MS = 60_000
JUMP_TOLERANCE_S = 120  # the wall clock may drift or be adjusted by NTP by a few seconds
QT_TIMER_LIMIT_MS = 2**31 - 1  # about 24.8 days: no single timer may be longer


def utc_now() -> datetime:
    return datetime.now(UTC)


class ReviewScheduler(QObject):
    """Calls ``check(now)`` when due reviews may have changed.

    ``checked_event(reason)`` tells why the last check ran: "start", "interval", "clock_jump",
    "new_day", "app_active" or "request".
    """

    checked_event = Signal(str)

    def __init__(self, check: Callable[[datetime], object], *,
                 wall: Callable[[], datetime] = utc_now,
                 monotonic: Callable[[], float] = time.monotonic,
                 heartbeat_ms: int = HEARTBEAT_MS,
                 every_s: float = CHECK_EVERY_S,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        if not 0 < heartbeat_ms <= QT_TIMER_LIMIT_MS:
            raise ValueError("A Qt timer cannot be that long.")
        self._check = check
        self._wall = wall
        self._monotonic = monotonic
        self.every_s = every_s
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.setInterval(heartbeat_ms)
        self.timer.timeout.connect(self.beat)
        self._last_wall: datetime | None = None
        self._last_mono: float | None = None
        self._last_check_mono: float | None = None
        self._last_check_day: object = None
        self.paused = False

    # ---- life ----------------------------------------------------------------------

    def start(self) -> None:
        """Check now and keep the heartbeat going."""
        self.paused = False
        self.timer.start()
        self.check_now("start")

    def stop(self) -> None:
        self.timer.stop()

    def pause(self) -> None:
        """While locked: no check reads the store (the heartbeat keeps the clocks)."""
        self.paused = True

    def resume(self) -> None:
        self.paused = False
        self.check_now("request")

    def watch_application(self, app: QObject) -> None:
        """Check again when the application becomes active (a window raised after a sleep)."""
        signal = getattr(app, "applicationStateChanged", None)
        if signal is not None:
            signal.connect(self._state_changed)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.beat(active=True)

    # ---- the beat ------------------------------------------------------------------

    def jumped(self, wall: datetime, mono: float) -> bool:
        """True when the wall clock moved differently from the monotonic clock since the
        last beat (sleep and wake, or the clock was changed, either way)."""
        if self._last_wall is None or self._last_mono is None:
            return False
        wall_delta = (wall - self._last_wall).total_seconds()
        mono_delta = mono - self._last_mono
        return abs(wall_delta - mono_delta) > JUMP_TOLERANCE_S

    def beat(self, active: bool = False) -> str | None:
        """One heartbeat: check if needed; returns the reason a check ran, or None."""
        wall, mono = self._wall(), self._monotonic()
        reason: str | None = None
        if self.jumped(wall, mono):
            reason = "clock_jump"
        elif self._last_check_day is not None and wall.astimezone().date() != \
                self._last_check_day:
            reason = "new_day"
        elif self._last_check_mono is None or mono - self._last_check_mono >= self.every_s:
            reason = "interval"
        elif active:
            reason = "app_active"
        self._last_wall, self._last_mono = wall, mono
        if reason is not None:
            self.check_now(reason)
        return reason if reason is not None and not self.paused else None

    def check_now(self, reason: str = "request") -> None:
        wall, mono = self._wall(), self._monotonic()
        self._last_wall, self._last_mono = wall, mono
        if self.paused:
            return
        self._last_check_mono = mono
        self._last_check_day = wall.astimezone().date()
        self._check(wall)
        self.checked_event.emit(reason)
