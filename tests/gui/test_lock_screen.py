"""Locking (password mode): on request and after the idle delay; the content is gone while
locked; the app password (or the recovery key) opens it again on the same page."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel

from tests.fakes import MemoryKeyring
from tests.gui.test_app_support import (
    PASSWORD,
    RELATIVE,
    FakeClock,
    english,
    labelled_page,
    make_services,
    make_store,
    save_shot,
)
from vigilance_app.services import AppServices
from vigilance_app.ui.shell.lock import LockController, LockScreen
from vigilance_app.ui.shell.main_window import PAGES, MainWindow


@pytest.fixture
def services(qapp: QApplication, data_dir: Path,
             memory_keyring: MemoryKeyring) -> Iterator[AppServices]:
    english(qapp)
    make_store(data_dir, memory_keyring, password=PASSWORD)
    services = make_services(data_dir, memory_keyring)
    services.open_with_key(services.vault.unlock_with_password(PASSWORD))
    services.preferences = replace(services.preferences, lock_after_minutes=5)
    yield services
    services.lock()


@pytest.fixture
def timer() -> QTimer:
    return QTimer()


@pytest.fixture
def window(qtbot, services: AppServices) -> MainWindow:
    window = MainWindow(services, pages=[PAGES[0], labelled_page("Journal")])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def locker(qapp: QApplication, services: AppServices, window: MainWindow,
           timer: QTimer) -> Iterator[LockController]:
    locker = LockController(services, window, timer=timer, clock=FakeClock(), app=qapp)
    yield locker
    locker.dispose()


def _assert_hidden(window: MainWindow, services: AppServices) -> None:
    assert window.locked
    assert not services.unlocked
    assert window.page_keys() == []
    assert window.pages.count() == 0
    assert not window.content.isVisible()
    assert isinstance(window.lock_screen, LockScreen) and window.lock_screen.isVisible()
    shown = [w for w in window.findChildren(QLabel) if w.isVisible()]
    assert all(RELATIVE not in label.text() for label in shown)  # not even the name
    assert "Locked" in window.status_label.text()


def _unlock(qtbot, window: MainWindow, secret: str, recovery: bool = False) -> None:
    panel = window.lock_screen.panel
    if recovery:
        panel.use_recovery_button.click()
        panel.recovery_field.setText(secret)
    else:
        panel.password_field.setText(secret)
    panel.open_button.click()
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)


def test_lock_on_request_and_unlock_with_the_password(
        qtbot, window: MainWindow, locker: LockController, services: AppServices) -> None:
    window.show_page("journal")
    assert window.lock_button.isVisible() and window.lock_action.isEnabled()
    window.lock_action.trigger()  # "Lock now" / Ctrl+L
    _assert_hidden(window, services)
    assert not window.lock_action.isEnabled()
    save_shot(window, "lock_screen_en_100")

    _unlock(qtbot, window, PASSWORD)
    assert services.unlocked
    assert window.current_page_key() == "journal"  # back where the person was
    assert window.pages.currentWidget().isVisible()
    assert window.profile_name.text() == RELATIVE


def test_ctrl_l_locks(qtbot, window: MainWindow, locker: LockController,
                      services: AppServices) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and not services.unlocked


def test_idle_delay_locks(qtbot, window: MainWindow, locker: LockController,
                          services: AppServices, timer: QTimer) -> None:
    assert timer.isActive() and timer.isSingleShot()
    assert timer.interval() == 5 * 60_000
    assert locker._filtering  # password mode: input is watched application-wide
    timer.timeout.emit()  # five idle minutes, without waiting them
    _assert_hidden(window, services)
    assert not timer.isActive()  # nothing runs while locked
    assert not locker._filtering
    _unlock(qtbot, window, PASSWORD)
    assert timer.isActive() and locker._filtering


def test_input_restarts_the_idle_delay(qapp: QApplication, window: MainWindow,
                                       locker: LockController, services: AppServices,
                                       timer: QTimer) -> None:
    timer.stop()
    QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                             Qt.KeyboardModifier.NoModifier, "a"))
    assert timer.isActive()
    timer.stop()
    services.preferences = replace(services.preferences, lock_after_minutes=15)
    QApplication.sendEvent(window.nav.viewport(), QMouseEvent(
        QEvent.Type.MouseMove, QPointF(QPoint(5, 5)), QPointF(QPoint(5, 5)),
        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    assert timer.isActive() and timer.interval() == 15 * 60_000  # follows Settings at once


def test_never_lock_choice_stops_the_timer(window: MainWindow, locker: LockController,
                                           services: AppServices, timer: QTimer) -> None:
    services.preferences = replace(services.preferences, lock_after_minutes=0)
    QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                             Qt.KeyboardModifier.NoModifier, "a"))
    assert not timer.isActive()
    locker.lock()  # on request it still locks
    assert window.locked


def test_unlock_with_the_recovery_key_from_the_lock_screen(
        qtbot, window: MainWindow, locker: LockController, services: AppServices) -> None:
    recovery = services.vault.recovery_key_for_sheet(services.data_key)
    locker.lock()
    panel = window.lock_screen.panel
    panel.password_field.setText("wrong password")
    panel.open_button.click()
    qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
    assert "not the right password" in panel.feedback.text()
    assert window.locked
    _unlock(qtbot, window, recovery.replace("-", ""), recovery=True)
    assert services.unlocked and window.current_page_key() == "home"


def test_keyring_mode_cannot_lock(qapp: QApplication, qtbot, tmp_path: Path,
                                  memory_keyring: MemoryKeyring) -> None:
    english(qapp)
    make_store(tmp_path / "k", memory_keyring)
    services = make_services(tmp_path / "k", memory_keyring)
    services.open_with_key(services.vault.open_everyday().data_key)
    window = MainWindow(services)
    qtbot.addWidget(window)
    timer = QTimer()
    locker = LockController(services, window, timer=timer, app=qapp)
    try:
        window.show()
        assert not window.lock_button.isVisible()
        assert not window.lock_action.isEnabled()
        assert not timer.isActive()
        # No application-wide filter: every event of every widget would come into Python
        # (and each internal Qt object be given a Python type) for nothing.
        assert not locker._filtering
        locker.lock()
        assert not window.locked and services.unlocked
    finally:
        locker.dispose()
        services.lock()
