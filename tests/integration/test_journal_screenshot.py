"""The journal page in a real window on a real X server (Xvfb), with the demo journal:
French and English, text size 100 % and 200 %. PNGs go to artifacts/screenshots/journal-*.png
for people to look at. Run under ``xvfb-run -a -s "-screen 0 1280x800x24"`` (stage 3 of
scripts/run_tests.sh); without DISPLAY the test skips, or fails when VIGILANCE_REQUIRE_XVFB=1.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.integration.test_xvfb_screenshot import (  # noqa: F401  (x_display: autouse)
    grab_home,
    x_display,
)

pytestmark = pytest.mark.xvfb


def grab_journal(tmp_path: Path, name: str, text_scale: int, lang: str) -> dict:
    return grab_home(tmp_path, name, text_scale, lang,
                     child="tests.integration.journal_screenshot_child")


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
