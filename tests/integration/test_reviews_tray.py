"""The reviews tray and notifications on a real X server (Xvfb) with a real tray host.

scripts/run_tests.sh runs this in its xvfb stage (``xvfb-run -a -s "-screen 0 1280x800x24"``).
Each test runs ``vigilance --demo --minimized`` in a child process on the xcb platform with
trayer (an XEmbed system tray, Debian package ``trayer``) on the display:

- without a session bus, the notification is the tray icon's own balloon: observed as a
  visible ``QBalloonTip`` window and on the screenshot;
- inside a private session bus (``dbus-run-session``) with a small fake freedesktop
  notification service, the notification is received by that service with the exact
  argument types a strict service requires (``susssasa{sv}i``).

What is asserted: Qt sees a system tray, the icon is embedded (visible, with a geometry on the
screen), its tooltip counts the reviews due, the window stays hidden (``--minimized``) until
"Open Vigilance" in the tray menu, and no text names an account or a bank. Screenshots (the
whole screen with the tray, and the accounts page in the window opened from the tray) are
saved in artifacts/screenshots/reviews-tray-*.png.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.conftest import REPO, child_env, require_or_skip, ui_available

pytestmark = pytest.mark.xvfb

SCREENSHOTS = REPO / "artifacts" / "screenshots"
# Names of the demo accounts and institutions: none may appear in a notification.
PRIVATE_WORDS = ("Compte courant", "ameli", "Mutuelle", "Messagerie", "Impôts", "Crédit",
                 "Banque", "Orange")


@pytest.fixture(scope="module", autouse=True)
def x_display() -> None:
    if not ui_available():
        pytest.skip("the window (vigilance_app/ui) is not in this tree yet")
    if not os.environ.get("DISPLAY"):
        require_or_skip("VIGILANCE_REQUIRE_XVFB",
                        "no X display (DISPLAY is unset): run under "
                        "xvfb-run -a -s '-screen 0 1280x800x24', as scripts/run_tests.sh does")
    if shutil.which("trayer") is None:
        require_or_skip("VIGILANCE_REQUIRE_XVFB",
                        "trayer (a system tray host) is missing: scripts/install.sh --test "
                        "installs it")


def run_child(tmp_path: Path, name: str, lang: str, with_bus: bool) -> tuple[dict, list[dict]]:
    report = tmp_path / f"{name}.json"
    served = tmp_path / f"{name}-notifications.jsonl"
    shot = SCREENSHOTS / f"{name}.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    shot.unlink(missing_ok=True)
    command = [sys.executable, "-m", "tests.integration.reviews_tray_child", "app",
               str(report), str(shot)]
    if with_bus:
        command += ["--serve", str(served)]
    command += ["--", "--demo", "--minimized", "--lang", lang]
    if with_bus:
        if shutil.which("dbus-run-session") is None:
            pytest.skip("dbus-run-session is missing")
        command = ["dbus-run-session", "--", *command]
    proc = subprocess.run(
        command, cwd=REPO, capture_output=True, text=True, stdin=subprocess.DEVNULL,
        timeout=180, check=False,
        env=child_env({"QT_QPA_PLATFORM": "xcb", "DBUS_SESSION_BUS_ADDRESS": None,
                       "HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": None}),
    )
    assert "Traceback (most recent call last)" not in proc.stderr, proc.stderr
    assert report.exists(), proc.stdout + proc.stderr
    data = json.loads(report.read_text("utf-8"))
    assert data.get("ok") is True, (data, proc.stderr[-2000:])
    assert proc.returncode == 0, proc.stdout + proc.stderr
    notifications = [json.loads(line) for line in served.read_text("utf-8").splitlines()] \
        if served.exists() else []
    assert shot.exists() and shot.stat().st_size > 1000
    return data, notifications


def assert_tray(data: dict, tooltip: str) -> None:
    assert data["platform"] == "xcb"
    assert data["tray_available"] is True and data["has_tray"] is True
    assert data["icon_visible"] is True
    x, y, width, height = data["icon_geometry"]
    assert width > 0 and height > 0 and x >= 0 and y >= 0, data  # embedded by the tray host
    assert data["count"] >= 1
    assert data["tooltip"] == tooltip
    assert data["window_visible"] is False  # --minimized with a tray: hidden
    assert data["window_after_open"] is True
    assert data["page_screenshot"] is True  # the accounts page, in the window opened
    # closed again: hidden in the tray, the icon still there and the store still open
    assert data["after_close"] == {"window_visible": False, "icon_visible": True,
                                   "store_open": True}


def test_tray_balloon_without_a_notification_service(tmp_path: Path) -> None:
    data, notifications = run_child(tmp_path, "reviews-tray-balloon-en", "en", with_bus=False)
    count = data["count"]
    text = f"{count} account review{'s are' if count > 1 else ' is'} due"
    assert_tray(data, f"Vigilance — {text}")
    assert data["menu"] == ["Open Vigilance", "Start the checks", "Quit"]
    assert data["shown"] == [["tray", text]]
    assert data["balloon"] is True  # the tray's own message window was on screen
    assert notifications == []
    for word in PRIVATE_WORDS:
        assert word not in data["tooltip"]


def test_freedesktop_notification_on_a_private_session_bus(tmp_path: Path) -> None:
    data, notifications = run_child(tmp_path, "reviews-tray-dbus-fr", "fr", with_bus=True)
    count = data["count"]
    text = (f"{count} vérifications de comptes à faire" if count > 1
            else "1 vérification de compte à faire")
    assert_tray(data, f"Vigilance — {text}")
    assert data["shown"] == [["dbus", text]]
    assert data["balloon"] is False  # shown once, by the notification service
    assert len(notifications) == 1, notifications
    [received] = notifications
    assert received["signature"] == "susssasa{sv}i"
    assert received["app_name"] == "Vigilance"
    assert received["summary"] == text
    for word in PRIVATE_WORDS:
        assert word not in received["summary"] + received["body"]
