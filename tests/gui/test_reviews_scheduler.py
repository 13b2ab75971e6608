"""The reviews scheduler and notifier with fake clocks: no sleep, the beats are called here."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.test_app_support import FakeClock, english
from vigilance_app.ui.reviews.notifier import ReviewNotifier, due_text
from vigilance_app.ui.reviews.scheduler import (
    CHECK_EVERY_S,
    HEARTBEAT_MS,
    QT_TIMER_LIMIT_MS,
    ReviewScheduler,
)


class FakeWall:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


class Clocks:
    """A wall clock and a monotonic clock that move together unless a test says otherwise."""

    def __init__(self) -> None:
        self.wall = FakeWall(datetime(2026, 11, 29, 9, 0, tzinfo=UTC))
        self.mono = FakeClock()

    def advance(self, seconds: float) -> None:
        self.wall.now += timedelta(seconds=seconds)
        self.mono.advance(seconds)


@pytest.fixture
def clocks() -> Clocks:
    return Clocks()


def make_scheduler(clocks: Clocks, check) -> ReviewScheduler:
    return ReviewScheduler(check, wall=clocks.wall, monotonic=clocks.mono)


def test_the_first_check_runs_at_start_then_every_15_minutes(qapp: QApplication,
                                                            clocks: Clocks) -> None:
    seen: list[datetime] = []
    scheduler = make_scheduler(clocks, seen.append)
    scheduler.start()
    assert scheduler.timer.isActive()
    assert scheduler.timer.interval() == HEARTBEAT_MS <= QT_TIMER_LIMIT_MS
    assert seen == [clocks.wall.now]
    for _ in range(14):  # one beat a minute: nothing to do for 14 minutes
        clocks.advance(60)
        assert scheduler.beat() is None
    clocks.advance(60)
    assert scheduler.beat() == "interval"
    assert len(seen) == 2 and seen[-1] == clocks.wall.now
    assert CHECK_EVERY_S == 15 * 60
    scheduler.stop()


@pytest.mark.parametrize("jump", [3 * 3600, -2 * 3600, 86400 * 3])
def test_a_clock_jump_or_a_wake_up_triggers_a_check_at_once(qapp: QApplication,
                                                           clocks: Clocks, jump: int) -> None:
    seen: list[datetime] = []
    scheduler = make_scheduler(clocks, seen.append)
    scheduler.start()
    clocks.advance(60)
    assert scheduler.beat() is None
    # The computer slept (monotonic stood still) or someone changed the clock.
    clocks.wall.now += timedelta(seconds=jump)
    clocks.mono.advance(60)
    assert scheduler.beat() == "clock_jump"
    assert seen[-1] == clocks.wall.now
    # The next ordinary beat is quiet again.
    clocks.advance(60)
    assert scheduler.beat() is None
    scheduler.stop()


def test_small_drift_is_not_a_jump(qapp: QApplication, clocks: Clocks) -> None:
    seen: list[datetime] = []
    scheduler = make_scheduler(clocks, seen.append)
    scheduler.start()
    clocks.wall.now += timedelta(seconds=65)  # NTP nudged the clock by 5 s
    clocks.mono.advance(60)
    assert scheduler.beat() is None
    assert len(seen) == 1


def test_paused_while_locked_then_checked_at_unlock(qapp: QApplication, clocks: Clocks) -> None:
    seen: list[datetime] = []
    scheduler = make_scheduler(clocks, seen.append)
    scheduler.start()
    scheduler.pause()
    clocks.advance(CHECK_EVERY_S + 1)
    assert scheduler.beat() is None
    assert len(seen) == 1  # nothing was read while locked
    scheduler.resume()
    assert len(seen) == 2


def test_application_becoming_active_rechecks(qapp: QApplication, clocks: Clocks) -> None:
    from PySide6.QtCore import Qt

    seen: list[datetime] = []
    scheduler = make_scheduler(clocks, seen.append)
    scheduler.start()
    clocks.advance(30)
    scheduler._state_changed(Qt.ApplicationState.ApplicationActive)
    assert len(seen) == 2
    scheduler._state_changed(Qt.ApplicationState.ApplicationInactive)
    assert len(seen) == 2


def test_a_timer_longer_than_qt_allows_is_refused(qapp: QApplication) -> None:
    with pytest.raises(ValueError):
        ReviewScheduler(lambda now: None, heartbeat_ms=QT_TIMER_LIMIT_MS + 1)


class FakeDbus:
    def __init__(self, answer: int | None = 7) -> None:
        self.answer = answer
        self.calls: list[tuple[str, str, int]] = []

    def __call__(self, summary: str, body: str, *, replaces_id: int = 0) -> int | None:
        self.calls.append((summary, body, replaces_id))
        return self.answer


def test_each_due_occurrence_is_notified_once(qapp: QApplication) -> None:
    english(qapp)
    bus = FakeDbus()
    notifier = ReviewNotifier(None, dbus_send=bus)
    shown: list[tuple[str, str]] = []
    notifier.shown_event.connect(lambda way, text: shown.append((way, text)))
    assert notifier.notify_due({"1@2026-11-29", "2@2026-11-28"}) is True
    assert bus.calls[0][0] == "2 account reviews are due"
    assert shown == [("dbus", "2 account reviews are due")]
    # Same occurrences at the next tick: silent.
    assert notifier.notify_due({"1@2026-11-29", "2@2026-11-28"}) is False
    assert notifier.notify_due({"1@2026-11-29"}) is False  # one was done: still nothing new
    assert len(bus.calls) == 1
    # A new occurrence (the next due date of account 1): announced, replacing the old bubble.
    assert notifier.notify_due({"1@2026-12-06"}) is True
    assert bus.calls[1][0] == "1 account review is due"
    assert bus.calls[1][2] == 7
    # Nothing names a bank or an account.
    for summary, body, _ in bus.calls:
        assert "@" not in summary + body


def test_without_a_notification_service_and_without_tray_nothing_is_shown(
        qapp: QApplication) -> None:
    english(qapp)
    notifier = ReviewNotifier(None, dbus_send=FakeDbus(answer=None))
    assert notifier.notify_due({"3@2026-11-29"}) is False


def test_numerus_forms_in_french(qapp: QApplication) -> None:
    from vigilance_app.ui.kit.i18n import install_language, remove_language

    install_language(qapp, "fr")
    try:
        assert due_text(1) == "1 vérification de compte à faire"
        assert due_text(3) == "3 vérifications de comptes à faire"
    finally:
        remove_language(qapp)
