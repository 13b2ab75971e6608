"""Account checks and the lock (password mode): locking closes an open review flow, the tray
says only "Vigilance" and nothing is read; unlocking counts again and the page comes back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.fakes import MemoryKeyring
from tests.gui.test_app_support import PASSWORD, FakeClock, english, make_services, make_store
from vigilance_app.reviews import accounts as acc
from vigilance_app.reviews.schedule import Rhythm
from vigilance_app.services import AppServices
from vigilance_app.ui.reviews.tray import ReviewsBackground, ReviewsTray, due_keys_of
from vigilance_app.ui.shell.lock import LockController
from vigilance_app.ui.shell.main_window import PAGES, MainWindow

NOW = datetime(2026, 11, 29, 9, tzinfo=UTC)


@pytest.fixture
def services(qapp: QApplication, data_dir: Path,
             memory_keyring: MemoryKeyring) -> Iterator[AppServices]:
    english(qapp)
    make_store(data_dir, memory_keyring, password=PASSWORD)
    services = make_services(data_dir, memory_keyring)
    services.open_with_key(services.vault.unlock_with_password(PASSWORD))
    profile = services.store.active_profile()
    acc.add_account(services.store, profile.id, "bank", "Compte joint",
                    now=NOW - timedelta(days=45), rhythm=Rhythm(1, "month"))
    yield services
    services.lock()


def test_lock_closes_the_flow_hides_the_count_and_unlock_counts_again(
        qtbot, qapp: QApplication, services: AppServices) -> None:
    window = MainWindow(services, pages=[spec for spec in PAGES
                                         if spec.key in ("home", "reviews")])
    qtbot.addWidget(window)
    window.show()
    locker = LockController(services, window, timer=QTimer(), clock=FakeClock(), app=qapp)
    wall = [NOW]
    sent: list[str] = []
    tray = ReviewsTray()
    background = ReviewsBackground(
        services, window, locker, tray=tray, wall=lambda: wall[0], monotonic=FakeClock(),
        due_keys=lambda store, now: due_keys_of(store, now),
        dbus_send=lambda summary, body, replaces_id=0: sent.append(summary) or 1)
    try:
        background.start()
        assert tray.icon.toolTip() == "Vigilance — 1 account review is due"
        window.show_page("reviews")
        page = window.page("reviews")
        page.now = lambda: NOW
        page.refresh()
        flow = page.start_checks()
        assert flow is not None and flow.isVisible()

        locker.lock()
        assert window.locked
        assert not flow.isVisible()
        assert tray.icon.toolTip() == "Vigilance — Locked. Open it to see your account checks."
        assert not tray.start_action.isVisible()
        background.check(NOW)  # a beat while locked reads nothing
        assert background.count is None and tray.icon.toolTip().startswith("Vigilance — Locked")
        background.start_checks()  # "Start the checks" from the tray: the unlock panel first
        assert window.locked

        # What the unlock panel does once the password is right: open, then "opened".
        key = services.vault.unlock_with_password(PASSWORD)
        services.open_with_key(key)
        window.lock_screen.panel.opened.emit(key)
        assert not window.locked
        assert tray.icon.toolTip() == "Vigilance — 1 account review is due"
        assert sent == ["1 account review is due"]  # the same occurrence: not announced again
        assert "reviews" in window.page_keys()
    finally:
        background.dispose()
        locker.dispose()
