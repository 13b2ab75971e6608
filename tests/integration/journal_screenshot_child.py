"""Child process of test_journal_screenshot: the real window on the journal page, grabbed from
the X screen.

    python -m tests.integration.journal_screenshot_child OUT.png VIGILANCE_ARGS...

Same as ``xvfb_screenshot_child`` (whose Grabber it reuses), except that once the main window
is up it opens the journal page and selects the newest entry, so the grab shows the list and
the detail of the demo journal. The JSON line also says how many rows the list shows.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.integration.xvfb_screenshot_child import SETTLE_MS, Grabber


class JournalGrabber(Grabber):
    def find_window(self) -> None:
        super().find_window()
        window = self.window
        if window is None or getattr(self, "_opened", False):
            return
        self._opened = True
        window.show_page("journal")
        page = window.page("journal")
        if page is not None and page.model.rowCount() > 0:
            page.table.selectRow(0)
            page.table.setFocus()

    def grab(self) -> None:
        # Let the page lay itself out once more after it was opened, then grab.
        QTimer.singleShot(SETTLE_MS // 2, self._grab_now)

    def _grab_now(self) -> None:
        window = self.window
        page = window.page("journal") if window is not None else None
        facts = {
            "journal_rows": page.model.rowCount() if page is not None else -1,
            "page": window.current_page_key() if window is not None else None,
            "detail_shown": bool(page is not None and page.detail.detail),
        }
        super().grab()
        if self.result is not None:
            self.result.update(facts)


def main() -> int:
    out, vigilance_args = sys.argv[1], sys.argv[2:]
    app = QApplication(sys.argv[:1])
    grabber = JournalGrabber(app, out)

    from vigilance_app.cli import main as vigilance_main

    code = vigilance_main(vigilance_args)
    print(json.dumps(grabber.result or {"ok": False, "error": f"the app ended with {code}"}))
    return 0 if grabber.result and grabber.result.get("ok") else 1


if __name__ == "__main__":
    sys.exit(main())
