"""The one-folder PyInstaller build starts and works like the installed app.

Builds ``build.spec`` into a temporary folder (about a minute on two cores), then runs the
binary: --version, init and selfcheck with an app password (Alembic's revision files are read
from the bundle), the window offscreen, and, when a Secret Service is reachable, the keyring
mode (keyring finds its backends through the bundled package metadata).

Runs only with VIGILANCE_TEST_FROZEN=1 (``pip install -e '.[build]'`` first);
scripts/run_tests.sh runs it as its own stage, inside the private keyring session.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from tests.integration.conftest import (
    REPO,
    TEST_PASSWORD,
    Run,
    assert_no_traceback,
    child_env,
    ui_available,
)

pytestmark = [
    pytest.mark.frozen,
    pytest.mark.skipif(os.environ.get("VIGILANCE_TEST_FROZEN") != "1",
                       reason="builds the binary for a minute: set VIGILANCE_TEST_FROZEN=1"),
]


@pytest.fixture(scope="module")
def binary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is not installed: pip install -e '.[build]'", pytrace=False)
    work = tmp_path_factory.mktemp("frozen")
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         str(REPO / "build.spec")],
        cwd=REPO, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=900,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    path = work / "dist" / "vigilance" / "vigilance"
    assert path.exists()
    return path


def run_binary(binary: Path, *args: str, env: Mapping[str, str | None] | None = None) -> Run:
    # Run from another folder so nothing is picked up from the source tree by accident.
    proc = subprocess.run([str(binary), *args], cwd=binary.parent.parent,
                          env=child_env({"PYTHONPATH": None, **(env or {})}),
                          stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=120, check=False)
    run = Run(proc.returncode, proc.stdout, proc.stderr)
    assert_no_traceback(run)
    return run


def test_bundle_layout(binary: Path) -> None:
    internal = binary.parent / "_internal"
    shipped = [p.relative_to(REPO) for p in (REPO / "resources").rglob("*")
               if p.is_file() and p.suffix != ".ts" and "__pycache__" not in p.parts]
    missing = [str(p) for p in shipped if not (internal / p).is_file()]
    assert not missing, f"resources missing from the bundle: {missing}"
    versions = internal / "vigilance_app" / "store" / "migrations" / "versions"
    assert sorted(p.name for p in versions.glob("0*.py"))
    assert list(internal.glob("keyring-*.dist-info/entry_points.txt"))
    assert not list(internal.glob("keyrings*")), "keyrings.alt must never be bundled"
    assert not (internal / "PySide6" / "QtWebEngineCore.abi3.so").exists()


def test_version(binary: Path) -> None:
    run = run_binary(binary, "--version")
    assert run.returncode == 0
    assert run.stdout.startswith("vigilance ")


def test_analysis_reads_the_bundled_model_and_tables(binary: Path, tmp_path: Path) -> None:
    # The score model, the text model, the keyword and brand files, phonenumbers' metadata
    # and Unicode's confusables tables all come from the bundle.
    message = tmp_path / "scam.eml"
    message.write_bytes(
        "From: \"Amаzon Sеcurity\" <alert@amaz0n-verify.top>\nSubject: Actiоn Requiгed\n"
        "Content-Type: text/plain; charset=utf-8\n\nYour account is suspended. Verify your "
        "password within 24 hours at http://amaz0n-verify.top/login or call 09061701461.\n"
        .encode())
    run = run_binary(binary, "analyze", str(message), "--json")
    assert run.returncode == 0, run.stdout + run.stderr
    result = run.json()
    assert result["ok"] is True and result["risk"] == "high"
    assert 0.5 < result["score"] <= 1.0
    assert "homoglyph_text" in {flag["code"] for flag in result["flags"]}


def test_password_store_init_selfcheck_and_window(binary: Path, tmp_path: Path) -> None:
    data = str(tmp_path / "store")
    secret = {"VIGILANCE_PASSWORD": TEST_PASSWORD, "DBUS_SESSION_BUS_ADDRESS": None}
    init = run_binary(binary, "--data-dir", data, "init", env=secret)
    assert init.returncode == 0, init.stderr
    check = run_binary(binary, "--data-dir", data, "selfcheck", "--json", env=secret)
    assert check.returncode == 0, check.stdout + check.stderr
    report = check.json()
    assert report["ok"] is True
    assert report["schema_revision"] == report["head_revision"]
    if ui_available():
        window = run_binary(binary, "--data-dir", data, "--quit-after-startup",
                            env={**secret, "QT_QPA_PLATFORM": "offscreen"})
        assert window.returncode == 0, window.stderr


def test_window_on_a_virtual_x_server(binary: Path, tmp_path: Path) -> None:
    """The bundled xcb platform plugin finds the libraries it needs."""
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        pytest.skip("xvfb-run is not installed (scripts/install.sh --test adds it)")
    if not ui_available():
        pytest.skip("the window (vigilance_app/ui) is not in this tree yet")
    data = str(tmp_path / "store")
    secret = {"VIGILANCE_PASSWORD": TEST_PASSWORD, "DBUS_SESSION_BUS_ADDRESS": None}
    assert run_binary(binary, "--data-dir", data, "init", env=secret).returncode == 0
    proc = subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 1280x800x24", str(binary), "--data-dir", data,
         "--quit-after-startup"],
        env=child_env({**secret, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": None}),
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.usefixtures("secret_service")
def test_keyring_store_opens_without_a_password(binary: Path, tmp_path: Path) -> None:
    data = str(tmp_path / "store")
    init = run_binary(binary, "--data-dir", data, "init")
    assert init.returncode == 0, init.stderr
    assert "system keyring" in init.stdout
    report = run_binary(binary, "--data-dir", data, "selfcheck", "--json").json()
    assert report["ok"] is True, report
    assert report["key_custody"]["keyring_holds_key"] is True
    if ui_available():
        window = run_binary(binary, "--data-dir", data, "--quit-after-startup",
                            env={"QT_QPA_PLATFORM": "offscreen"})
        assert window.returncode == 0, window.stderr
