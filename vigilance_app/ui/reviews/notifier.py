"""Desktop notifications for due account reviews: "2 account reviews are due", never which.

Two ways to show one, the first that works:
- on Linux, the freedesktop notification service (``org.freedesktop.Notifications.Notify``)
  on the session bus, when a service owns that name;
- the tray icon's own balloon (``QSystemTrayIcon.showMessage``).

The D-Bus call needs exact argument types (``susssasa{sv}i``: the second one an unsigned
32-bit integer), which PySide6's QtDBus cannot marshal from Python (a Python int always goes
out as a signed ``i``, and a strict service such as GNOME Shell refuses the call). It is sent
with ``jeepney``, the pure-Python D-Bus library the ``keyring`` package already brings on
Linux, imported only when a notification is sent.

Each due occurrence (an account and its due date) is notified once: ``notify_due`` keeps the
keys already announced and stays silent when nothing new became due; a key that stops being
due (the review was done, or put off) is forgotten, so the end of a snooze reminds again.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal

NOTIFICATIONS_SERVICE = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"
DBUS_TIMEOUT_S = 2.0
EXPIRE_MS = -1  # the service's default
APP_NAME = "Vigilance"


def due_text(count: int) -> str:
    from vigilance_app.ui.reviews.texts import reviews_due_text

    return reviews_due_text(count)


def notify_over_dbus(summary: str, body: str, *, replaces_id: int = 0,
                     address: str = "SESSION") -> int | None:
    """Send one notification to the freedesktop service; its id, or None when no service
    answered (no session bus, nobody owns the name, or an error reply)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        from jeepney import DBusAddress, MessageType, new_method_call
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection
    except ImportError:
        return None
    try:
        with open_dbus_connection(bus=address) as conn:
            owned = conn.send_and_get_reply(
                message_bus.NameHasOwner(NOTIFICATIONS_SERVICE), timeout=DBUS_TIMEOUT_S)
            if owned.header.message_type != MessageType.method_return or not owned.body[0]:
                return None
            target = DBusAddress(NOTIFICATIONS_PATH, bus_name=NOTIFICATIONS_SERVICE,
                                 interface=NOTIFICATIONS_SERVICE)
            call = new_method_call(target, "Notify", NOTIFY_SIGNATURE, (
                APP_NAME, replaces_id, "dialog-information", summary, body, [],
                {"category": ("s", "reminder"), "urgency": ("y", 1)}, EXPIRE_MS))
            reply = conn.send_and_get_reply(call, timeout=DBUS_TIMEOUT_S)
    except Exception:  # no bus, a timeout, a broken reply: the tray balloon is used instead
        return None
    if reply.header.message_type != MessageType.method_return:
        return None
    ident = reply.body[0] if reply.body else 0
    return ident if isinstance(ident, int) and 0 <= ident < 2**32 else 0  # shown, id unknown


class ReviewNotifier(QObject):
    """Announces newly due reviews once. ``shown_event(way, text)``: "dbus" or "tray"."""

    shown_event = Signal(str, str)

    def __init__(self, tray: Any = None, *,
                 dbus_send: Callable[..., int | None] | None = notify_over_dbus,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tray = tray  # a QSystemTrayIcon (or None)
        self.dbus_send = dbus_send
        self.notified: set[str] = set()
        self._last_id = 0  # the freedesktop id, replaced by the next notification

    def notify_due(self, due_keys: Iterable[str]) -> bool:
        """Notify when ``due_keys`` holds an occurrence not announced yet; True if shown.

        The text counts every due review (new or not), as a person reads it: "3 account
        reviews are due", never which account or bank.
        """
        keys = set(due_keys)
        new = keys - self.notified
        # Forget what is no longer due (done, or put off): a snooze that ends reminds again.
        self.notified = (self.notified & keys) | new
        if not new:
            return False
        return self.show(len(keys))

    def show(self, count: int) -> bool:
        text = due_text(count)
        title = APP_NAME
        body = self.tr("Open Vigilance to do them: it takes a few minutes.")
        if self.dbus_send is not None:
            ident = self.dbus_send(text, body, replaces_id=self._last_id)
            if ident is not None:
                self._last_id = ident
                self.shown_event.emit("dbus", text)
                return True
        tray = self.tray
        if tray is not None and tray.isVisible() and tray.supportsMessages():
            from PySide6.QtWidgets import QSystemTrayIcon

            tray.showMessage(title, text + "\n" + body,
                             QSystemTrayIcon.MessageIcon.Information, 15_000)
            self.shown_event.emit("tray", text)
            return True
        return False
