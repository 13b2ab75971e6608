"""A plan in progress on a real X server (Xvfb): the demo's "I gave my card number" plan (the
relative's, opened from her journal entry), in French and English, at text size 100 % and
200 %.

The window runs in a child process on the xcb platform (this file is also the child: ``python
-m tests.integration.test_guidance_screenshot OUT.png VIGILANCE_ARGS...``), opens the demo,
shows the plan through ``MainWindow.show_plan`` and grabs the window's area of the X screen.
PNGs go to artifacts/screenshots/guidance-*.png. Without DISPLAY the test skips, or fails
when VIGILANCE_REQUIRE_XVFB=1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.integration.test_xvfb_screenshot import (  # noqa: F401  (x_display: autouse)
    grab_home,
    x_display,
)

pytestmark = pytest.mark.xvfb

PLAN = "gave_card_details"


def grab_plan(tmp_path: Path, name: str, text_scale: int, lang: str) -> dict:
    return grab_home(tmp_path, name, text_scale, lang,
                     child="tests.integration.test_guidance_screenshot")


@pytest.mark.parametrize(("lang", "scale"), [("fr", 100), ("fr", 200), ("en", 100)])
def test_a_plan_in_progress_on_a_real_x_server(tmp_path: Path, lang: str, scale: int) -> None:
    report = grab_plan(tmp_path, f"guidance-{lang}-{scale}", scale, lang)
    assert report["page"] == "guidance"
    assert report["plan"] == PLAN
    assert 0 < report["done"] < report["total"], "the demo plan is in progress"
    assert report["current_step_visible"], report
    assert report["width"] <= report["screen"][0] and report["height"] <= report["screen"][1]


# ---- the child process ----------------------------------------------------------------------


def child_main() -> int:
    from PySide6.QtCore import QPoint, QRect, QTimer
    from PySide6.QtWidgets import QApplication

    from tests.integration.xvfb_screenshot_child import SETTLE_MS, Grabber

    class PlanGrabber(Grabber):
        """Once the window has painted, open the plan, let it settle, then grab."""

        def grab(self) -> None:
            window = self.window
            assert window is not None
            if getattr(self, "_plan_shown", False):
                page = window.page("guidance")
                card = page.plan_view.current_card()
                state = page.plan_view.state
                viewport = page.plan_view.scroll.viewport()
                shown = card is not None and card.isVisible() and viewport.rect().intersects(
                    QRect(card.mapTo(viewport, QPoint(0, 0)), card.size()))
                super().grab()
                if self.result is not None:
                    self.result.update(
                        page=window.current_page_key(), plan=state.run.situation,
                        done=state.done, total=state.total,
                        current_step_visible=bool(shown))
                return
            self._plan_shown = True
            # The demo's card plan belongs to the relative, linked to her journal entry.
            from vigilance_app.demo import RELATIVE_PROFILE
            from vigilance_app.guidance.progress import runs_in_progress

            combo = window.profile_combo
            index = combo.findText(RELATIVE_PROFILE)
            combo.setCurrentIndex(index)
            combo.activated.emit(index)
            store = window.services.store
            run = next(r for r in runs_in_progress(store, store.active_profile().id)
                       if r.situation == PLAN)
            window.show_plan(PLAN, run.journal_entry_id)
            QTimer.singleShot(SETTLE_MS, self.grab)

    out, vigilance_args = sys.argv[1], sys.argv[2:]
    app = QApplication(sys.argv[:1])
    grabber = PlanGrabber(app, out)
    from vigilance_app.cli import main as vigilance_main

    code = vigilance_main(vigilance_args)
    print(json.dumps(grabber.result or {"ok": False, "error": f"the app ended with {code}"}))
    return 0 if grabber.result and grabber.result.get("ok") else 1


if __name__ == "__main__":
    sys.exit(child_main())
