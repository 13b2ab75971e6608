"""The journal page in a real window on a real X server (Xvfb), with the demo journal:
French and English, text size 100 % and 200 %. PNGs go to artifacts/screenshots/journal-*.png
for people to look at. Run under ``xvfb-run -a -s "-screen 0 1280x800x24"`` (stage 3 of
scripts/run_tests.sh); without DISPLAY the test skips, or fails when VIGILANCE_REQUIRE_XVFB=1.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.integration.conftest import REPO, TEST_PASSWORD, child_env
from tests.integration.test_xvfb_screenshot import (  # noqa: F401  (x_display: autouse)
    MIN_COLOURS,
    SCREENSHOTS,
    colour_count,
    x_display,
)

pytestmark = pytest.mark.xvfb


def grab_journal(tmp_path: Path, name: str, text_scale: int, lang: str) -> dict:
    data_dir = tmp_path / name
    data_dir.mkdir(mode=0o700)
    (data_dir / "preferences.json").write_text(
        json.dumps({"text_scale": text_scale, "language": lang}), "utf-8")
    out = SCREENSHOTS / f"{name}.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    proc = subprocess.run(
        [sys.executable, "-m", "tests.integration.journal_screenshot_child", str(out),
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
    colours, width, height = colour_count(out)
    report.update(path=out, colours=colours, size=(width, height))
    assert colours >= MIN_COLOURS, f"the window looks blank: {report}"
    return report


@pytest.fixture(scope="module")
def grabs(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., dict]:
    root = tmp_path_factory.mktemp("journal-xvfb")
    cache: dict[str, dict] = {}

    def get(lang: str, text_scale: int) -> dict:
        name = f"journal-{lang}-{text_scale}"
        if name not in cache:
            cache[name] = grab_journal(root, name, text_scale, lang)
        return cache[name]

    return get


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_demo_journal_on_a_real_x_server(grabs: Callable[..., dict], lang: str) -> None:
    normal = grabs(lang, 100)
    large = grabs(lang, 200)
    for report in (normal, large):
        assert report["page"] == "journal", report
        assert report["journal_rows"] >= 3, f"the demo journal is not shown: {report}"
        assert report["detail_shown"], report
        assert report["width"] <= report["screen"][0], report
        assert report["height"] <= report["screen"][1], report
    assert large["font_point_size"] >= 1.9 * normal["font_point_size"]
    assert normal["path"].read_bytes() != large["path"].read_bytes()


def test_french_and_english_journals_differ(grabs: Callable[..., dict]) -> None:
    assert grabs("fr", 100)["path"].read_bytes() != grabs("en", 100)["path"].read_bytes()
