"""Child process of test_xvfb_screenshot: open the real window, grab it from the X screen.

    python -m tests.integration.xvfb_screenshot_child OUT.png VIGILANCE_ARGS...

Runs ``vigilance VIGILANCE_ARGS`` in this process (the QApplication is made first, so the
app reuses it), waits until the main window has painted and the event queue is quiet, then
grabs the window's area of the X screen (what a person would see, not a widget render),
saves it, and quits the app normally. Prints one JSON line describing the grab.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

SETTLE_MS = 700  # after the first paint: let layouts, fonts and deferred loads finish
TIMEOUT_S = 60


class Grabber(QObject):
    def __init__(self, app: QApplication, out: str) -> None:
        super().__init__()
        self.app = app
        self.out = out
        self.window: QMainWindow | None = None
        self.painted = False
        self.started = time.monotonic()
        self.result: dict[str, object] | None = None
        self.poll = QTimer(self)
        self.poll.setInterval(50)
        self.poll.timeout.connect(self.find_window)
        self.poll.start()

    def find_window(self) -> None:
        if time.monotonic() - self.started > TIMEOUT_S:
            self.finish({"ok": False, "error": "no main window within the time limit"}, 3)
            return
        for widget in self.app.topLevelWidgets():
            if isinstance(widget, QMainWindow) and widget.isVisible():
                self.window = widget
                self.poll.stop()
                widget.installEventFilter(self)
                widget.update()
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.painted and event.type() == QEvent.Type.Paint:
            self.painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(SETTLE_MS, self.grab)
        return False

    def grab(self) -> None:
        window = self.window
        assert window is not None
        self.app.processEvents()
        screen = window.screen()
        frame = window.frameGeometry()
        pixmap = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        saved = pixmap.save(self.out, "PNG")
        self.finish({
            "ok": bool(saved) and not pixmap.isNull(),
            "platform": self.app.platformName(),
            "width": pixmap.width(),
            "height": pixmap.height(),
            "window": [window.width(), window.height()],
            "screen": [screen.geometry().width(), screen.geometry().height()],
            "font_point_size": self.app.font().pointSizeF(),
            "title": window.windowTitle(),
        }, 0)

    def finish(self, result: dict[str, object], code: int) -> None:
        self.result = result
        for widget in self.app.topLevelWidgets():
            widget.close()
        self.app.exit(code)


def main() -> int:
    out, vigilance_args = sys.argv[1], sys.argv[2:]
    app = QApplication(sys.argv[:1])
    grabber = Grabber(app, out)

    from vigilance_app.cli import main as vigilance_main

    code = vigilance_main(vigilance_args)
    print(json.dumps(grabber.result or {"ok": False, "error": f"the app ended with {code}"}))
    return 0 if grabber.result and grabber.result.get("ok") else 1


if __name__ == "__main__":
    sys.exit(main())
