"""Child processes of test_reviews_tray.py (run on a real X server, Xvfb).

    python -m tests.integration.reviews_tray_child serve OUT.jsonl
        A small freedesktop notification service on the session bus: owns
        org.freedesktop.Notifications and answers Notify like a strict service (GNOME Shell and
        dunst refuse other argument types: anything but ``susssasa{sv}i`` gets InvalidArgs).
        Each call is written to OUT.jsonl as one JSON line. Quits after 120 s in any case.

    python -m tests.integration.reviews_tray_child app REPORT.json SHOT.png [--serve OUT.jsonl]
            -- VIGILANCE_ARGS...
        Starts a tray host (trayer, an XEmbed system tray) on the display, waits until Qt sees
        a system tray, optionally starts the fake notification service (``--serve``), then runs
        ``vigilance VIGILANCE_ARGS`` in this process. Once the reviews reminders have counted
        and notified (or after a time limit) it grabs the whole screen, writes what it observed
        to REPORT.json and quits the app normally.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
SIGNATURE = "susssasa{sv}i"
INTROSPECTION = f"""<interface name="{SERVICE}">
  <method name="Notify">
    <arg type="s" direction="in"/><arg type="u" direction="in"/><arg type="s" direction="in"/>
    <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="as" direction="in"/>
    <arg type="a{{sv}}" direction="in"/><arg type="i" direction="in"/>
    <arg type="u" direction="out"/>
  </method>
  <method name="GetCapabilities"><arg type="as" direction="out"/></method>
</interface>
"""
TRAY_WAIT_S = 15
NOTIFY_WAIT_S = 30
SETTLE_MS = 800  # after the notification: let the balloon and the tray icon paint


# ---- the fake notification service ---------------------------------------------------------


def serve(out: str) -> int:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVirtualObject

    class FakeNotifications(QDBusVirtualObject):
        count = 0

        def introspect(self, path: str) -> str:
            return INTROSPECTION

        def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
            member = message.member()
            if member == "GetCapabilities":
                connection.send(message.createReply([["body"]]))
                return True
            if member != "Notify":
                return False
            args = message.arguments()
            record = {"signature": message.signature(),
                      "app_name": str(args[0]) if args else "",
                      "summary": str(args[3]) if len(args) > 3 else "",
                      "body": str(args[4]) if len(args) > 4 else ""}
            with open(out, "a", encoding="utf-8") as handle:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            if message.signature() != SIGNATURE:
                connection.send(message.createErrorReply(
                    "org.freedesktop.DBus.Error.InvalidArgs",
                    f"Notify takes {SIGNATURE}, not {message.signature()}"))
                return True
            FakeNotifications.count += 1
            connection.send(message.createReply(FakeNotifications.count))
            return True

    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.sessionBus()
    service = FakeNotifications()
    if not bus.isConnected() or not bus.registerVirtualObject(PATH, service) \
            or not bus.registerService(SERVICE):
        print("no session bus, or org.freedesktop.Notifications is taken", flush=True)
        return 2
    print("ready", flush=True)
    QTimer.singleShot(120_000, app.quit)
    return app.exec()


# ---- the app with a tray host ----------------------------------------------------------------


class Observer:
    """Finds the reviews reminders of the running app and watches what they show."""

    def __init__(self, app: Any, report_path: str, shot_path: str) -> None:
        import vigilance_app.ui.reviews.tray as reviews_tray

        self.app = app
        self.report_path = report_path
        self.shot_path = shot_path
        self.started = time.monotonic()
        self.backgrounds: list[Any] = []
        self.shown: list[tuple[str, str]] = []
        self.report: dict[str, Any] | None = None
        original = reviews_tray.ReviewsBackground.__init__
        observer = self

        def init(background: Any, *args: Any, **kwargs: Any) -> None:
            original(background, *args, **kwargs)
            observer.backgrounds.append(background)
            background.notifier.shown_event.connect(
                lambda way, text: observer.shown.append((way, text)))

        reviews_tray.ReviewsBackground.__init__ = init  # type: ignore[method-assign]
        self.poll = QTimer()
        self.poll.setInterval(100)
        self.poll.timeout.connect(self.check)
        self.poll.start()

    def check(self) -> None:
        if self.shown:
            self.poll.stop()
            QTimer.singleShot(SETTLE_MS, self.finish)
        elif time.monotonic() - self.started > NOTIFY_WAIT_S:
            self.poll.stop()
            self.finish()

    def finish(self) -> None:
        from PySide6.QtWidgets import QMainWindow

        self.app.processEvents()
        screen = self.app.primaryScreen()
        pixmap = screen.grabWindow(0)
        saved = pixmap.save(self.shot_path, "PNG")
        background = self.backgrounds[0] if self.backgrounds else None
        tray = background.tray if background is not None else None
        balloons = [w for w in self.app.topLevelWidgets()
                    if w.metaObject().className() == "QBalloonTip" and w.isVisible()]
        windows = [w for w in self.app.topLevelWidgets() if isinstance(w, QMainWindow)]
        geometry = tray.icon.geometry() if tray is not None else None
        self.report = {
            "ok": True,
            "platform": self.app.platformName(),
            "tray_available": _tray_available(),
            "has_tray": tray is not None,
            "icon_visible": bool(tray is not None and tray.icon.isVisible()),
            "icon_geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()]
            if geometry is not None else None,
            "tooltip": tray.icon.toolTip() if tray is not None else None,
            "menu": [a.text() for a in tray.menu.actions() if a.text()] if tray else [],
            "count": background.count if background is not None else None,
            "shown": self.shown,
            "balloon": bool(balloons),
            "window_visible": any(w.isVisible() for w in windows),
            "screenshot": bool(saved),
        }
        if tray is not None:  # "Open Vigilance" in the tray menu shows the hidden window
            tray.open_action.trigger()
            self.app.processEvents()
            self.report["window_after_open"] = any(w.isVisible() for w in windows)
            QTimer.singleShot(SETTLE_MS, lambda: self.grab_page(windows))
            return
        self.quit()

    def grab_page(self, windows: list[Any]) -> None:
        """The accounts page in the window opened from the tray, as the screen shows it."""
        window = next((w for w in windows if w.isVisible()), None)
        if window is None or self.report is None:
            self.quit()
            return
        window.show_page("reviews")
        QTimer.singleShot(SETTLE_MS, lambda: self.grab_window(window))

    def grab_window(self, window: Any) -> None:
        if self.report is not None:
            self.app.processEvents()
            frame = window.frameGeometry()
            pixmap = window.screen().grabWindow(0, frame.x(), frame.y(), frame.width(),
                                                frame.height())
            page_shot = self.shot_path.replace(".png", "-page.png")
            self.report["page_screenshot"] = bool(pixmap.save(page_shot, "PNG"))
            # Closing the window leaves Vigilance in the tray, still reminding.
            window.close()
            self.app.processEvents()
            background = self.backgrounds[0] if self.backgrounds else None
            self.report["after_close"] = {
                "window_visible": window.isVisible(),
                "icon_visible": bool(background is not None and background.tray is not None
                                     and background.tray.icon.isVisible()),
                "store_open": background is not None
                and background.services.store is not None,
            }
        self.quit()

    def quit(self) -> None:
        with open(self.report_path, "w", encoding="utf-8") as handle:
            json.dump(self.report, handle)
        for widget in self.app.topLevelWidgets():
            widget.close()
        self.app.exit(0)


def _tray_available() -> bool:
    from PySide6.QtWidgets import QSystemTrayIcon

    return QSystemTrayIcon.isSystemTrayAvailable()


def _wait_for_tray(app: Any) -> bool:
    """Run the event loop until Qt sees the tray host (or the time limit passes)."""
    deadline = time.monotonic() + TRAY_WAIT_S
    timer = QTimer()
    timer.setInterval(100)

    def poll() -> None:
        if _tray_available() or time.monotonic() > deadline:
            app.exit(0)

    timer.timeout.connect(poll)
    timer.start()
    app.exec()
    timer.stop()
    return _tray_available()


def run_app(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    report_path, shot_path, rest = argv[0], argv[1], argv[2:]
    serve_out = None
    if rest[:1] == ["--serve"]:
        serve_out, rest = rest[1], rest[2:]
    if rest[:1] == ["--"]:
        rest = rest[1:]
    helpers: list[subprocess.Popen] = []
    try:
        if serve_out is not None:
            service = subprocess.Popen(
                [sys.executable, "-m", "tests.integration.reviews_tray_child", "serve",
                 serve_out], stdout=subprocess.PIPE, text=True)
            helpers.append(service)
            line = service.stdout.readline().strip() if service.stdout else ""
            if line != "ready":
                _write(report_path, {"ok": False, "error": f"fake service: {line!r}"})
                return 1
        trayer = shutil.which("trayer")
        if trayer is None:
            _write(report_path, {"ok": False, "error": "trayer is not installed"})
            return 1
        helpers.append(subprocess.Popen(
            [trayer, "--edge", "top", "--align", "right", "--widthtype", "request",
             "--height", "32", "--SetDockType", "true", "--expand", "true",
             "--transparent", "false", "--tint", "0x00dddddd"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        app = QApplication(sys.argv[:1])
        if not _wait_for_tray(app):
            _write(report_path, {"ok": False, "error": "no system tray within the time limit",
                                 "platform": app.platformName()})
            return 1
        observer = Observer(app, report_path, shot_path)

        from vigilance_app.cli import main as vigilance_main

        code = vigilance_main(rest)
        if observer.report is None:
            _write(report_path, {"ok": False, "error": f"the app ended with {code}"})
            return 1
        return 0
    finally:
        for helper in helpers:
            helper.terminate()
            try:
                helper.wait(timeout=10)
            except subprocess.TimeoutExpired:
                helper.kill()


def _write(path: str, report: dict[str, Any]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(report, handle)


def main() -> int:
    mode, argv = sys.argv[1], sys.argv[2:]
    if mode == "serve":
        return serve(argv[0])
    if mode == "app":
        return run_app(argv)
    print(f"unknown mode {mode}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    sys.exit(main())
