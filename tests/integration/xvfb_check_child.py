"""Child process of test_xvfb_screenshot: the "Is this a scam?" page with a verdict, on a real
X screen.

    python -m tests.integration.xvfb_check_child OUT.png VIGILANCE_ARGS...

Like ``xvfb_screenshot_child`` (same grab, same JSON line), but once the main window is shown
it opens the check page, analyses a fake Ameli SMS and waits for the verdict before grabbing.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.integration.xvfb_screenshot_child import SETTLE_MS, TIMEOUT_S, Grabber

AMELI_SMS = ("Assurance Maladie : votre remboursement de 642 EUR est en attente. Validez vos "
             "coordonnees bancaires sur https://ameli-remboursement.fr/dossier avant 24h")


class CheckGrabber(Grabber):
    def __init__(self, app: QApplication, out: str) -> None:
        super().__init__(app, out)
        self.page = None
        self.settled = False

    def grab(self) -> None:
        window = self.window
        assert window is not None
        if time.monotonic() - self.started > TIMEOUT_S:
            self.finish({"ok": False, "error": "no verdict within the time limit"}, 3)
            return
        if self.page is None:
            window.show_page("check")
            self.page = window.page("check")
            self.page.channel_combo.setCurrentIndex(self.page.channel_combo.findData("sms"))
            self.page.sender_edit.setText("0612345678")
            self.page.text_edit.setPlainText(AMELI_SMS)
            self.page.analyse()
        if not self.page.result_box.isVisible():
            QTimer.singleShot(100, self.grab)  # the analysis runs off the UI thread
            return
        if not self.settled:  # the page scrolls to the verdict, the layout settles
            self.settled = True
            QTimer.singleShot(SETTLE_MS, self.grab)
            return
        verdict = self.page.verdict_label.text()
        key = window.current_page_key()
        super().grab()  # saves, then closes the window
        if self.result is not None:
            self.result.update(verdict=verdict, page=key)


def main() -> int:
    out, vigilance_args = sys.argv[1], sys.argv[2:]
    app = QApplication(sys.argv[:1])
    grabber = CheckGrabber(app, out)

    from vigilance_app.cli import main as vigilance_main

    code = vigilance_main(vigilance_args)
    print(json.dumps(grabber.result or {"ok": False, "error": f"the app ended with {code}"}))
    return 0 if grabber.result and grabber.result.get("ok") else 1


if __name__ == "__main__":
    sys.exit(main())
