"""A plan in progress on a real X server (Xvfb): the demo's "I gave my card number" plan, in
French and English, at text size 100 % and 200 %.

The window runs in a child process on the xcb platform (this file is also the child: ``python
-m tests.integration.test_guidance_screenshot OUT.png VIGILANCE_ARGS...``), opens the demo,
shows the plan through ``MainWindow.show_plan`` and grabs the window's area of the X screen.
PNGs go to artifacts/screenshots/guidance-*.png. Without DISPLAY the test skips, or fails
when VIGILANCE_REQUIRE_XVFB=1.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.conftest import REPO, TEST_PASSWORD, child_env, require_or_skip

pytestmark = pytest.mark.xvfb

SCREENSHOTS = REPO / "artifacts" / "screenshots"
MIN_COLOURS = 40
PLAN = "gave_card_details"


@pytest.fixture(scope="module", autouse=True)
def x_display() -> None:
    if not os.environ.get("DISPLAY"):
        require_or_skip("VIGILANCE_REQUIRE_XVFB",
                        "no X display (DISPLAY is unset): run under "
                        "xvfb-run -a -s '-screen 0 1280x800x24', as scripts/run_tests.sh does")


def grab_plan(tmp_path: Path, name: str, text_scale: int, lang: str) -> dict:
    data_dir = tmp_path / name
    data_dir.mkdir(mode=0o700)
    (data_dir / "preferences.json").write_text(
        json.dumps({"text_scale": text_scale, "language": lang}), "utf-8")
    out = SCREENSHOTS / f"{name}.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    proc = subprocess.run(
        [sys.executable, "-m", "tests.integration.test_guidance_screenshot", str(out),
         "--demo", "--data-dir", str(data_dir), "--lang", lang],
        cwd=REPO, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=180,
        env=child_env({"QT_QPA_PLATFORM": "xcb", "VIGILANCE_PASSWORD": TEST_PASSWORD,
                       "DBUS_SESSION_BUS_ADDRESS": None}),
        check=False,
    )
    assert "Traceback (most recent call last)" not in proc.stderr, proc.stderr
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["ok"] is True, report
    assert report["platform"] == "xcb"
    from tests.integration.test_xvfb_screenshot import colour_count

    colours, width, height = colour_count(out)
    report.update(path=out, colours=colours)
    assert width >= 400 and height >= 300, report
    assert colours >= MIN_COLOURS, f"the window looks blank: {report}"
    return report


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
            window.show_plan(PLAN)
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
