"""The command line as a script sees it: exit codes, one JSON object, sentences, no traceback.

No keyring is needed here: stores are made in password mode, and the "no keyring" case forces
keyring's fail backend with no D-Bus session.
"""

from __future__ import annotations

import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.conftest import (
    NO_KEYRING,
    TEST_PASSWORD,
    Run,
    assert_no_traceback,
    run_vigilance,
)

RECOVERY_KEY = re.compile(r"^[A-HJKMNP-Z2-9]{4}(?:-[A-HJKMNP-Z2-9]{4}){6}$")
WITH_PASSWORD = {"VIGILANCE_PASSWORD": TEST_PASSWORD}
NO_SECRET_SERVICE = {"DBUS_SESSION_BUS_ADDRESS": None, "PYTHON_KEYRING_BACKEND": NO_KEYRING}


def recovery_keys(run: Run) -> list[str]:
    return [line.strip() for line in run.stdout.splitlines() if RECOVERY_KEY.match(line.strip())]


@pytest.fixture(scope="module")
def password_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Run]:
    """One password-mode store for the read-only checks (init costs a few Argon2id rounds)."""
    root = tmp_path_factory.mktemp("cli") / "store"
    run = run_vigilance("--data-dir", str(root), "init", env=WITH_PASSWORD)
    assert run.returncode == 0, run.stderr
    return root, run


def test_version_through_the_console_script() -> None:
    script = Path(sys.executable).with_name("vigilance")
    assert script.exists(), "pip install -e . should have made the 'vigilance' command"
    proc = subprocess.run([str(script), "--version"], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=60, check=False)
    assert proc.returncode == 0
    assert re.fullmatch(r"vigilance \d+\.\d+\.\d+\S*\n", proc.stdout)


def test_init_with_password_prints_one_recovery_key(password_store: tuple[Path, Run]) -> None:
    _, run = password_store
    assert_no_traceback(run)
    keys = recovery_keys(run)
    assert len(keys) == 1, run.stdout
    assert len(keys[0].split("-")) == 7
    assert "app password" in run.stdout
    assert TEST_PASSWORD not in run.stdout + run.stderr


def test_store_files_are_private(password_store: tuple[Path, Run]) -> None:
    root, _ = password_store
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    for name in ("vigilance.db", "vigilance.keys.json"):
        assert stat.S_IMODE((root / name).stat().st_mode) == 0o600, name


def test_key_file_holds_no_secret_in_clear(password_store: tuple[Path, Run]) -> None:
    root, run = password_store
    header = (root / "vigilance.keys.json").read_text("utf-8")
    key = recovery_keys(run)[0]
    assert key not in header
    assert key.replace("-", "") not in header
    assert TEST_PASSWORD not in header


def test_plain_sqlite_cannot_read_the_store(password_store: tuple[Path, Run]) -> None:
    root, _ = password_store
    db = root / "vigilance.db"
    assert not db.read_bytes().startswith(b"SQLite format 3")
    sqlite3 = shutil.which("sqlite3")
    if sqlite3 is None:
        pytest.skip("the sqlite3 command is not installed (scripts/install.sh --test adds it)")
    proc = subprocess.run([sqlite3, f"file:{db}?mode=ro", "SELECT * FROM sqlite_master;"],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          timeout=30, check=False)
    assert proc.returncode != 0
    assert "not a database" in proc.stderr


def test_selfcheck_json_reports_a_healthy_password_store(
        password_store: tuple[Path, Run]) -> None:
    root, _ = password_store
    run = run_vigilance("--data-dir", str(root), "selfcheck", "--json", env=WITH_PASSWORD)
    assert_no_traceback(run)
    assert run.returncode == 0, run.stdout + run.stderr
    report = run.json()
    assert {"ok", "schema_revision", "integrity", "key_custody"} <= report.keys()
    assert report["ok"] is True
    assert report["integrity"] == "ok"
    assert report["schema_revision"] == report["head_revision"]
    custody = report["key_custody"]
    assert {"mode", "wrappings", "keyring", "keyring_holds_key"} <= custody.keys()
    assert custody["mode"] == "password"
    assert set(custody["wrappings"]) == {"password", "recovery"}
    assert custody["keyring"] == "not_used"
    assert custody["keyring_holds_key"] is False


def test_selfcheck_text_is_readable(password_store: tuple[Path, Run]) -> None:
    root, _ = password_store
    run = run_vigilance("--data-dir", str(root), "selfcheck", env=WITH_PASSWORD)
    assert_no_traceback(run)
    assert run.returncode == 0
    assert "OK: yes" in run.stdout


def test_selfcheck_without_the_password_fails_with_a_sentence(
        password_store: tuple[Path, Run]) -> None:
    root, _ = password_store
    run = run_vigilance("--data-dir", str(root), "selfcheck", "--json", env=NO_SECRET_SERVICE)
    assert_no_traceback(run)
    assert run.returncode == 1
    report = run.json()
    assert report["ok"] is False
    assert "VIGILANCE_PASSWORD" in report["error"]
    assert report["error"].endswith(".")


def test_selfcheck_with_a_wrong_password_fails_with_a_sentence(
        password_store: tuple[Path, Run]) -> None:
    root, _ = password_store
    run = run_vigilance("--data-dir", str(root), "selfcheck", "--json",
                        env={"VIGILANCE_PASSWORD": "not the right one"})
    assert_no_traceback(run)
    assert run.returncode == 1
    report = run.json()
    assert report["ok"] is False
    assert isinstance(report["error"], str) and len(report["error"].split()) >= 3


def test_init_refuses_an_existing_store(password_store: tuple[Path, Run]) -> None:
    root, _ = password_store
    before = {p.name: p.read_bytes() for p in root.iterdir() if p.is_file()}
    run = run_vigilance("--data-dir", str(root), "init", env=WITH_PASSWORD)
    assert_no_traceback(run)
    assert run.returncode != 0
    assert "already exists" in run.stderr
    assert recovery_keys(run) == []
    after = {p.name: p.read_bytes() for p in root.iterdir() if p.is_file()}
    assert after == before


def test_init_without_password_or_keyring_fails_and_creates_nothing(store_dir: Path) -> None:
    run = run_vigilance("--data-dir", str(store_dir), "init", env=NO_SECRET_SERVICE)
    assert_no_traceback(run)
    assert run.returncode == 1
    assert "keyring" in run.stderr and "VIGILANCE_PASSWORD" in run.stderr
    assert recovery_keys(run) == []
    leftovers = list(store_dir.iterdir()) if store_dir.exists() else []
    assert not [p for p in leftovers if p.name.startswith("vigilance")], leftovers


def test_init_refuses_a_short_password(store_dir: Path) -> None:
    run = run_vigilance("--data-dir", str(store_dir), "init",
                        env={"VIGILANCE_PASSWORD": "short", **NO_SECRET_SERVICE})
    assert_no_traceback(run)
    assert run.returncode == 1
    assert "at least" in run.stderr
    assert not (store_dir / "vigilance.keys.json").exists()
    assert not (store_dir / "vigilance.db").exists()


def test_selfcheck_on_an_empty_folder_says_what_to_do(store_dir: Path) -> None:
    run = run_vigilance("--data-dir", str(store_dir), "selfcheck", "--json")
    assert_no_traceback(run)
    assert run.returncode == 1
    report = run.json()
    assert report["ok"] is False
    assert "vigilance init" in report["error"]
    assert not (store_dir / "vigilance.db").exists()


def test_data_dir_from_the_environment(store_dir: Path) -> None:
    run = run_vigilance("selfcheck", "--json", env={"VIGILANCE_DATA_DIR": str(store_dir)})
    assert_no_traceback(run)
    assert run.json()["data_dir"] == str(store_dir)
