"""A real window on a real X server (Xvfb): Home at text size 100 % and 200 %.

scripts/run_tests.sh runs this under ``xvfb-run -a -s "-screen 0 1280x800x24"``. The window
runs in a child process on the xcb platform (the other tests use offscreen), on a demo store
kept in a temporary folder. PNGs are saved in artifacts/screenshots/ for people to look at.
Without DISPLAY the test skips, or fails when VIGILANCE_REQUIRE_XVFB=1.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.integration.conftest import (
    REPO,
    TEST_PASSWORD,
    child_env,
    require_or_skip,
    ui_available,
)

pytestmark = pytest.mark.xvfb

SCREENSHOTS = REPO / "artifacts" / "screenshots"
MIN_COLOURS = 40  # anti-aliased text alone gives far more; a blank or boxes-only window less


@pytest.fixture(scope="module", autouse=True)
def x_display() -> None:
    if not ui_available():
        pytest.skip("the window (vigilance_app/ui) is not in this tree yet")
    if not os.environ.get("DISPLAY"):
        require_or_skip("VIGILANCE_REQUIRE_XVFB",
                        "no X display (DISPLAY is unset): run under "
                        "xvfb-run -a -s '-screen 0 1280x800x24', as scripts/run_tests.sh does")


def colour_count(path: Path) -> tuple[int, int, int]:
    """(distinct colours, width, height) of a PNG."""
    from PySide6.QtGui import QImage

    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull(), path
    data = bytes(image.constBits())[: image.sizeInBytes()]
    return len(set(memoryview(data).cast("I"))), image.width(), image.height()


def grab_home(tmp_path: Path, name: str, text_scale: int, lang: str = "fr",
              child: str = "tests.integration.xvfb_screenshot_child") -> dict:
    data_dir = tmp_path / name
    data_dir.mkdir(mode=0o700)
    (data_dir / "preferences.json").write_text(
        json.dumps({"text_scale": text_scale, "language": lang}), "utf-8")
    out = SCREENSHOTS / f"{name}.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    proc = subprocess.run(
        [sys.executable, "-m", child, str(out),
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
    assert out.exists()
    colours, width, height = colour_count(out)
    report.update(path=out, colours=colours, size=(width, height))
    assert width >= 400 and height >= 300, report
    assert colours >= MIN_COLOURS, f"the window looks blank: {report}"
    return report


@pytest.fixture(scope="module")
def grabs(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., dict]:
    """Each screenshot is taken once per module (a start costs a few seconds)."""
    root = tmp_path_factory.mktemp("xvfb")
    cache: dict[str, dict] = {}

    def get(name: str, text_scale: int, lang: str = "fr", child: str | None = None) -> dict:
        if name not in cache:
            extra = {"child": child} if child else {}
            cache[name] = grab_home(root, name, text_scale, lang, **extra)
        return cache[name]

    return get


def test_home_on_a_real_x_server_at_100_and_200_percent(grabs: Callable[..., dict]) -> None:
    normal = grabs("home-fr-100", 100)
    large = grabs("home-fr-200", 200)
    assert large["font_point_size"] >= 1.9 * normal["font_point_size"], (normal, large)
    assert normal["path"].read_bytes() != large["path"].read_bytes()
    # The window fits on the 1280x800 screen (nothing cut off by the screen edge).
    for report in (normal, large):
        assert report["width"] <= report["screen"][0], report
        assert report["height"] <= report["screen"][1], report


def test_home_in_english(grabs: Callable[..., dict]) -> None:
    english = grabs("home-en-100", 100, "en")
    if not (REPO / "resources" / "translations" / "vigilance_fr.qm").exists():
        pytest.skip("no French translation in this tree yet: nothing to compare")
    french = grabs("home-fr-100", 100)
    assert english["path"].read_bytes() != french["path"].read_bytes(), (
        "French and English windows look the same: is the translation loaded?")


CHECK_CHILD = "tests.integration.xvfb_check_child"


@pytest.mark.parametrize(("lang", "verdict"), [
    ("fr", "Très probablement une arnaque. Ne répondez pas, ne cliquez pas."),
    ("en", "Very likely a scam. Do not reply, do not click."),
])
def test_check_page_verdict_on_a_real_x_server(grabs: Callable[..., dict], lang: str,
                                               verdict: str) -> None:
    """"Is this a scam?" with a verdict, its two buttons and highlighted evidence, at 100 %
    and 200 % (artifacts/screenshots/check-*.png)."""
    normal = grabs(f"check-{lang}-100", 100, lang, child=CHECK_CHILD)
    large = grabs(f"check-{lang}-200", 200, lang, child=CHECK_CHILD)
    for report in (normal, large):
        assert report["page"] == "check", report
        assert report["verdict"] == verdict, report
        assert report["width"] <= report["screen"][0], report
        assert report["height"] <= report["screen"][1], report
    assert large["font_point_size"] >= 1.9 * normal["font_point_size"], (normal, large)
    assert normal["path"].read_bytes() != large["path"].read_bytes()
