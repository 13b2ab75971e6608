"""The tray icon while the app runs, and what keeps reminders going in the background.

``ReviewsTray`` is the icon: the number of reviews due in its tooltip, a menu (Open, Start
the checks, Quit). ``ReviewsBackground`` ties the icon, the scheduler and the notifier to the
window and the lock: while locked nothing is read and the tray says only "Vigilance"; after
unlock the count is read again.

Nothing here names an account or a bank: the count is all that leaves the window.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from vigilance_app.ui.reviews.notifier import ReviewNotifier, due_text
from vigilance_app.ui.reviews.scheduler import ReviewScheduler, utc_now

if TYPE_CHECKING:
    from vigilance_app.services import AppServices
    from vigilance_app.store.store import Store
    from vigilance_app.ui.kit.shell import Shell


def tray_icon_image(size: int = 64) -> QIcon:
    """A shield with a tick, drawn here (no image file to find in a frozen build)."""
    icon = QIcon()
    for side in (16, 22, 24, 32, 48, size):
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = side / 64.0
        shield = QPainterPath(QPointF(32 * s, 3 * s))
        shield.lineTo(58 * s, 12 * s)
        shield.cubicTo(QPointF(58 * s, 38 * s), QPointF(48 * s, 53 * s), QPointF(32 * s, 61 * s))
        shield.cubicTo(QPointF(16 * s, 53 * s), QPointF(6 * s, 38 * s), QPointF(6 * s, 12 * s))
        shield.closeSubpath()
        painter.fillPath(shield, QColor("#1d4f91"))
        painter.setPen(QPen(QColor("white"), max(1.0, 3 * s)))
        painter.drawPath(shield)
        tick = QPainterPath(QPointF(19 * s, 32 * s))
        tick.lineTo(28 * s, 42 * s)
        tick.lineTo(46 * s, 22 * s)
        painter.setPen(QPen(QColor("white"), max(1.5, 6 * s), Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(tick)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class ReviewsTray(QObject):
    """The tray icon and its menu. Only built when a tray is available."""

    open_requested = Signal()
    start_checks_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(tray_icon_image(), self)
        self.menu = QMenu()
        self.open_action = QAction(self.menu)
        self.start_action = QAction(self.menu)
        self.quit_action = QAction(self.menu)
        self.open_action.triggered.connect(self.open_requested)
        self.start_action.triggered.connect(self.start_checks_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.start_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.count: int | None = None  # None: not known (locked, or not read yet)
        self.locked = False
        self.retranslate()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_count(self, count: int | None) -> None:
        self.count = count
        self.retranslate()

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        if locked:
            self.count = None
        self.retranslate()

    def tooltip(self) -> str:
        return self.icon.toolTip()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("Open Vigilance"))
        self.start_action.setText(self.tr("Start the checks"))
        self.quit_action.setText(self.tr("Quit"))
        self.start_action.setVisible(not self.locked)
        if self.locked:
            self.icon.setToolTip("Vigilance — " + self.tr("Locked. Open it to see your "
                                                          "account checks."))
        elif self.count is None:
            self.icon.setToolTip("Vigilance")
        elif self.count == 0:
            self.icon.setToolTip("Vigilance — " + self.tr("No account review is due."))
        else:
            self.icon.setToolTip("Vigilance — " + due_text(self.count))

    def dispose(self) -> None:
        self.icon.hide()
        self.icon.setContextMenu(None)
        self.menu.deleteLater()


def due_keys_of(store: Store, now: datetime, tz: tzinfo | None = None) -> set[str]:
    """One key per review to do now in every profile ("<account id>@<due date>"): due or
    overdue and not put off. Raw SQL through the reviews core (no ORM, no TOML)."""
    from vigilance_app.ui.reviews.api import list_due, local_timezone

    zone = tz or local_timezone()
    today = now.astimezone(zone).date()
    keys: set[str] = set()
    for profile in store.profiles():
        for info in list_due(store, profile.id, today, zone):
            if info.needs_reminder:
                keys.add(f"{info.account.id}@{info.next_due.isoformat()}")
    return keys


NOTIFIED_KEY = "reviews_notified"  # app_state: the occurrences already announced (JSON list)
NOTIFIED_MAX = 2000


def load_notified(store: Store) -> set[str]:
    """What was announced before (kept in the encrypted store, so a restart at login does not
    announce the same reviews again). Raw SQL; bad data reads as nothing."""
    import json

    rows = store.reader.execute("SELECT value FROM app_state WHERE key = ?",
                                (NOTIFIED_KEY,)).fetchall()
    try:
        value = json.loads(rows[0][0]) if rows else []
    except (TypeError, ValueError):
        return set()
    if not isinstance(value, list):
        return set()
    return {item for item in value[:NOTIFIED_MAX] if isinstance(item, str) and len(item) < 40}


def save_notified(store: Store, keys: set[str]) -> None:
    import json

    from vigilance_app.ui.reviews.api import save_app_state

    save_app_state(store, NOTIFIED_KEY, json.dumps(sorted(keys)[:NOTIFIED_MAX]))


class ReviewsBackground(QObject):
    """Tray + scheduler + notifier for one window; created after unlock (app.py).

    ``due_keys(store, now)`` and the clocks are injectable for tests.
    """

    count_changed = Signal(int)

    def __init__(self, services: AppServices, shell: Shell, locker: Any = None, *,
                 tray: ReviewsTray | None = None,
                 use_tray: bool | None = None,
                 due_keys: Callable[[Store, datetime], set[str]] = due_keys_of,
                 wall: Callable[[], datetime] = utc_now,
                 monotonic: Callable[[], float] = time.monotonic,
                 dbus_send: Any = "default",
                 quit_app: Callable[[], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.shell = shell
        self.due_keys = due_keys
        if use_tray is None:
            use_tray = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray = tray if tray is not None else (ReviewsTray(self) if use_tray else None)
        extra = {} if dbus_send == "default" else {"dbus_send": dbus_send}
        self.notifier = ReviewNotifier(self.tray.icon if self.tray else None, parent=self,
                                       **extra)
        self.scheduler = ReviewScheduler(self.check, wall=wall, monotonic=monotonic,
                                         parent=self)
        self.count: int | None = None
        self._loaded = False  # the announced occurrences read from the store
        self._disposed = False
        self._announced = False  # the "still running in the tray" message was shown
        self._quit = quit_app or (lambda: QApplication.instance().quit())
        if self.tray is not None:
            self.tray.open_requested.connect(self.open_window)
            self.tray.start_checks_requested.connect(self.start_checks)
            self.tray.quit_requested.connect(self._quit)
            self.tray.show()
        if locker is not None:
            locker.locked.connect(self.on_locked)
            locker.unlocked.connect(self.on_unlocked)
        app = QApplication.instance()
        if app is not None:
            self.scheduler.watch_application(app)
        shell.page_changed.connect(self._page_changed)

    @property
    def has_tray(self) -> bool:
        return self.tray is not None

    def start(self) -> None:
        if not self._disposed:
            self.scheduler.start()

    def check(self, now: datetime) -> None:
        store = self.services.store
        if store is None or self.shell.locked:
            return
        try:
            keys = self.due_keys(store, now)
        except Exception:  # a reminder must never break the window; try at the next beat
            return
        self.count = len(keys)
        if self.tray is not None:
            self.tray.set_count(self.count)
        self.count_changed.emit(self.count)
        if not self._loaded:
            self._loaded = True
            with contextlib.suppress(Exception):  # unreadable: one reminder may come again
                self.notifier.notified |= load_notified(store)
        before = set(self.notifier.notified)
        with contextlib.suppress(Exception):  # a broken notification service stops nothing
            self.notifier.notify_due(keys)
        if self.notifier.notified != before:
            with contextlib.suppress(Exception):  # a busy store: kept in memory until next time
                save_notified(store, self.notifier.notified)

    def _page_changed(self, key: str) -> None:
        """Follow the accounts page: a review done there updates the tray at once."""
        if key != "reviews" or self._disposed:
            return
        from vigilance_app.ui.reviews.page import ReviewsPage

        page = self.shell.page("reviews")
        if isinstance(page, ReviewsPage) and not page.property("vigilance_tray_follows"):
            page.setProperty("vigilance_tray_follows", True)
            page.reviews_changed.connect(self.refresh_now)

    def refresh_now(self) -> None:
        if not self._disposed:
            self.scheduler.check_now("request")

    # ---- lock --------------------------------------------------------------------

    def on_locked(self) -> None:
        self.scheduler.pause()
        self._loaded = False  # read again from the store after unlock
        self.count = None
        if self.tray is not None:
            self.tray.set_locked(True)

    def on_unlocked(self) -> None:
        if self.tray is not None:
            self.tray.set_locked(False)
        self.scheduler.resume()

    # ---- actions -----------------------------------------------------------------

    def open_window(self) -> None:
        self.shell.bring_forward()

    def announce_in_tray(self) -> None:
        """Once per run, when the window is closed into the tray: say where Vigilance went
        and how to quit (no account named, like every tray text)."""
        if self.tray is None or self._announced:
            return
        self._announced = True
        self.tray.icon.showMessage(
            "Vigilance",
            self.tr("Vigilance keeps running here to remind you of your account checks. "
                    "To quit, use this icon's menu."),
            QSystemTrayIcon.MessageIcon.Information, 8000)

    def start_checks(self) -> None:
        self.open_window()
        if self.shell.locked:
            return  # the unlock panel is shown first
        from vigilance_app.ui.reviews.page import ReviewsPage

        self.shell.show_page("reviews")
        page = self.shell.page("reviews")
        if isinstance(page, ReviewsPage):
            page.start_checks()

    def dispose(self) -> None:
        self._disposed = True
        self.scheduler.stop()
        if self.tray is not None:
            self.tray.dispose()
