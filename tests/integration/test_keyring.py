"""The data key round-trips through a real OS keyring (Secret Service, e.g. gnome-keyring).

scripts/run_tests.sh runs these inside dbus-run-session with gnome-keyring unlocked and a
temporary HOME. Elsewhere they skip, or fail when VIGILANCE_REQUIRE_KEYRING=1.
"""

from __future__ import annotations

import base64
import contextlib
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.errors import PasswordDeleteError

from tests.integration.conftest import (
    assert_no_traceback,
    child_env,
    run_vigilance,
    secret_service_backend,
    ui_available,
)
from vigilance_app.paths import DataPaths
from vigilance_app.vault import KeyringAccess, KeyringStatus, Vault
from vigilance_app.vault.keyring_access import SERVICE

pytestmark = [pytest.mark.keyring_integration, pytest.mark.usefixtures("secret_service")]

RECOVERY_KEY = re.compile(r"^[A-Z2-9]{4}(?:-[A-Z2-9]{4}){6}$", re.MULTILINE)
SECRET_SERVICE_BACKEND = "keyring.backends.SecretService.Keyring"


def keyring_username(root: Path) -> str:
    header = json.loads((root / "vigilance.keys.json").read_text("utf-8"))
    return header["slots"]["keyring"]["username"]


def selfcheck(root: Path) -> tuple[int, dict]:
    run = run_vigilance("--data-dir", str(root), "selfcheck", "--json")
    assert_no_traceback(run)
    return run.returncode, run.json()


@pytest.fixture
def keyring_store(store_dir: Path) -> Iterator[tuple[Path, str]]:
    """A keyring-mode store made by ``vigilance init`` with no password; its recovery key."""
    run = run_vigilance("--data-dir", str(store_dir), "init")
    assert_no_traceback(run)
    assert run.returncode == 0, run.stderr
    assert "system keyring" in run.stdout
    keys = RECOVERY_KEY.findall(run.stdout)
    assert len(keys) == 1, run.stdout
    yield store_dir, keys[0]
    with contextlib.suppress(PasswordDeleteError):
        secret_service_backend().delete_password(SERVICE, keyring_username(store_dir))


def test_default_keyring_is_the_secret_service() -> None:
    """What the app itself gets from keyring.get_keyring(), in a fresh process."""
    code = ("import keyring; from vigilance_app.vault import KeyringAccess; "
            "k = keyring.get_keyring(); a = KeyringAccess(); "
            "print(type(k).__module__ + '.' + type(k).__qualname__, a.backend_id(), "
            "a.available())")
    proc = subprocess.run([sys.executable, "-c", code], env=child_env(), capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == [SECRET_SERVICE_BACKEND, SECRET_SERVICE_BACKEND, "True"]


def test_init_without_password_uses_the_keyring(keyring_store: tuple[Path, str]) -> None:
    root, _ = keyring_store
    header = json.loads((root / "vigilance.keys.json").read_text("utf-8"))
    assert header["mode"] == "keyring"
    assert set(header["slots"]) == {"keyring", "recovery"}
    assert header["slots"]["keyring"]["backend"] == SECRET_SERVICE_BACKEND

    code, report = selfcheck(root)
    assert code == 0, report
    assert report["ok"] is True
    assert report["integrity"] == "ok"
    assert report["key_custody"]["mode"] == "keyring"
    assert report["key_custody"]["keyring"] == "available"
    assert report["key_custody"]["keyring_holds_key"] is True


def test_keyring_item_holds_a_wrapping_key_not_the_data_key(
        keyring_store: tuple[Path, str]) -> None:
    root, recovery = keyring_store
    stored = secret_service_backend().get_password(SERVICE, keyring_username(root))
    assert stored is not None, "the keyring item should exist after init"
    wrapping_key = base64.b64decode(stored)
    assert len(wrapping_key) == 32
    vault = Vault(DataPaths(root), keyring=KeyringAccess(secret_service_backend()))
    data_key = vault.unlock_with_recovery_key(recovery)
    assert wrapping_key != data_key


def test_lost_keyring_item_is_reported_then_restored_with_the_recovery_key(
        keyring_store: tuple[Path, str]) -> None:
    root, recovery = keyring_store
    backend = secret_service_backend()
    backend.delete_password(SERVICE, keyring_username(root))

    code, report = selfcheck(root)
    assert code == 1
    assert report["ok"] is False
    assert report["key_custody"]["keyring"] == "missing_entry"
    assert report["key_custody"]["keyring_holds_key"] is False
    assert "no longer holds" in report["error"] and "recovery key" in report["error"]

    text = run_vigilance("--data-dir", str(root), "selfcheck")
    assert_no_traceback(text)
    assert text.returncode == 1
    assert "recovery key" in text.stdout

    if ui_available():  # unattended start: a sentence and exit 1, never a waiting dialog
        window = run_vigilance("--data-dir", str(root), "--quit-after-startup",
                               env={"QT_QPA_PLATFORM": "offscreen"}, timeout=120)
        assert_no_traceback(window)
        assert window.returncode == 1
        assert "recovery key" in window.stderr

    vault = Vault(DataPaths(root), keyring=KeyringAccess(backend))  # as the window does
    data_key = vault.unlock_with_recovery_key(recovery.lower().replace("-", " "))
    assert vault.restore_keyring(data_key) is KeyringStatus.AVAILABLE
    assert backend.get_password(SERVICE, keyring_username(root)) is not None

    code, report = selfcheck(root)
    assert code == 0, report
    assert report["key_custody"]["keyring_holds_key"] is True


def test_window_opens_without_a_password(keyring_store: tuple[Path, str]) -> None:
    if not ui_available():
        pytest.skip("the window (vigilance_app/ui) is not in this tree yet")
    root, _ = keyring_store
    run = run_vigilance("--data-dir", str(root), "--quit-after-startup",
                        env={"QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert_no_traceback(run)
    assert run.returncode == 0, run.stderr


def test_erase_leaves_no_keyring_entry(store_dir: Path, tmp_path: Path) -> None:
    """``vigilance erase --yes`` removes the store's Secret Service item with the files."""
    run = run_vigilance("--data-dir", str(store_dir), "init")
    assert run.returncode == 0, run.stderr
    username = keyring_username(store_dir)
    backend = secret_service_backend()
    try:
        assert backend.get_password(SERVICE, username) is not None
        env = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
        erased = run_vigilance("--data-dir", str(store_dir), "erase", "--yes", env=env)
        assert_no_traceback(erased)
        assert erased.returncode == 0, erased.stderr
        assert "entry in the system keyring" in erased.stdout
        assert backend.get_password(SERVICE, username) is None
        assert not store_dir.exists()
        again = run_vigilance("--data-dir", str(store_dir), "selfcheck", "--json")
        assert again.returncode == 1
    finally:
        with contextlib.suppress(PasswordDeleteError):
            backend.delete_password(SERVICE, username)
